## The language's own name, shown in the language picker.
language-name = Suomi

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-dashboard = Koontinäyttö
nav-users = Käyttäjät
nav-audit = Tarkastusloki
nav-settings = Asetukset
prefs-language = Kieli
prefs-theme = Teema
prefs-apply = Käytä
theme-system = Järjestelmän teema
theme-light = Vaalea teema
theme-dark = Tumma teema
error-title = Jokin meni vikaan
error-body = Tätä sivun osaa ei voitu näyttää. Yritä uudelleen lataamalla sivu uudelleen. Jos ongelma toistuu, lisätiedot löytyvät palvelimen lokista.

## Dashboard
dashboard-title = Koontinäyttö
dashboard-empty-title = Organisaation tietoja ei vielä ole
dashboard-empty-body = Yhdistä Atlassian-organisaatiosi Asetuksissa. Ensimmäisen synkronoinnin jälkeen tämä koontinäyttö näyttää käyttäjät, heidän aktiivisuutensa ja lisenssien käytön Jirassa, Confluencessa ja Jira Service Managementissa.
dashboard-empty-action = Avaa Asetukset
dashboard-first-sync-title = Organisaatiotasi luetaan
dashboard-first-sync-body = Ensimmäinen synkronointi lukee Atlassianista käyttäjiä, ryhmiä ja tuotteiden käyttöoikeuksia. Sen edistyminen näkyy yllä; luvut tulevat tähän heti, kun se valmistuu.
dashboard-first-sync-working = Synkronoidaan…
dashboard-summary = Yhteenveto
card-total = Käyttäjiä yhteensä
card-total-detail = Organisaation käyttäjiä { $org }, asiakkaita { $customers }
card-active = Äskettäin aktiiviset
card-active-detail = Organisaation käyttäjät, jotka ovat käyttäneet jotakin tuotetta viimeisten { $days } päivän aikana
card-inactive = Passiiviset käyttäjät
card-customers = JSM-asiakkaat
threshold-warning = Ei toimintaa vähintään { $days } päivään
threshold-overdue = Ei toimintaa vähintään { $days } päivään
threshold-never = Ei lainkaan kirjattua toimintaa
utilisation-title = Lisenssien käyttöaste
utilisation-seats = { $used } / { $capacity } paikkaa ({ $percent })
utilisation-near = Lähes täynnä: käy passiiviset käyttäjät läpi ennen kuin ostat lisää paikkoja.
utilisation-over = Kaikki paikat ovat käytössä: uusille käyttäjille ei voi antaa käyttöoikeutta ennen kuin paikkoja vapautetaan tai ostetaan.
products-title = Tuotteet
products-product = Tuote
products-users = Käyttäjät, joilla on käyttöoikeus
products-seats = Käytetyt paikat
products-cost = Passiivisten paikkojen kuukausikustannus
products-cost-hint = Anna paikkakohtainen hinta, niin näet, mitä passiiviset paikat maksavat kuukaudessa.
products-cost-set = Aseta hinnat Asetuksissa
chart-title = Viimeisin toiminta
chart-intro = Milloin organisaation käyttäjät, joiden tili on aktiivinen, viimeksi käyttivät jotakin tuotetta.
chart-days = { $from }–{ $to } päivää
chart-more-than = Yli { $days } päivää
chart-table-caption = Niiden organisaation käyttäjien viimeisin toiminta, joiden tili on aktiivinen
chart-last-active = Viimeksi aktiivinen
chart-users = Käyttäjät
sync-title = Synkronointi
sync-last = Tilanne { $time }: { $formatted } { $count ->
        [one] tili
       *[other] tiliä
    }.
sync-never = Mitään ei ole vielä synkronoitu.
sync-next = Seuraava ajastettu synkronointi: { $time }
sync-incremental = Atlassianissa tehdyt muutokset tarkistettu viimeksi { $time }: { $formatted } { $count ->
        [one] käyttäjä
       *[other] käyttäjää
    } päivitetty.
sync-incremental-failed = Atlassianissa tehtyjen muutosten tarkistus epäonnistui { $time }: { $reason }
sync-failed = { $time } alkanut synkronointi epäonnistui: { $reason }
sync-now = Synkronoi nyt
sync-cancel = Peruuta synkronointi
sync-phase-starting = Käynnistetään
sync-phase-collecting = Luetaan Atlassianista
sync-phase-indexing = Muodostetaan tilannevedosta
sync-items = Tilejä luettu: { $done }
sync-items-of = Tilejä luettu: { $done } / noin { $total }
sync-waits = Pyyntöjä { $requests }; Atlassianin nopeusrajoitusten vuoksi odotettu { $seconds } s
sync-families = Luetut tuotteet
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Luettu kokonaan
sync-family-partial = Luettu osittain
sync-family-not-on-site = Ei tällä sivustolla
sync-family-not-configured = Ei luettu: sivuston tiliä ei ole määritetty
sync-family-stale = Ei luettu tällä kertaa; näytetään tilanne { $time } ({ $reason })
sync-family-unread = Ei vielä luettu ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekti
       *[other] { $formatted } projektia
    }
sync-part-seats = Jiran paikkamäärät
sync-part-group = { $count ->
        [one] { $formatted } ryhmän jäsenet
       *[other] { $formatted } ryhmän jäsenet
    }
sync-part-desk = { $count ->
        [one] { $formatted } palvelupisteen asiakkaat
       *[other] { $formatted } palvelupisteen asiakkaat
    }
sync-part-jsm-org = { $count ->
        [one] { $formatted } JSM-organisaation jäsenet
       *[other] { $formatted } JSM-organisaation jäsenet
    }
sync-part-space = { $count ->
        [one] { $formatted } tila
       *[other] { $formatted } tilaa
    }
sync-skipped-permission = { $what }: lukeminen ei onnistunut, koska sivuston tililtä puuttuu { $permission }.
sync-skipped-not-offered = { $what }: lukeminen ei onnistunut, koska tämä sivusto ei tarjoa siihen tarvittavaa API-rajapintaa.
sync-skipped-names = Muun muassa: { $names }
permission-administer-projects = projektikäyttöoikeus ”Hallinnoi projekteja” (tai ”Hallinnoi Jiraa”)
permission-administer-jira = yleinen käyttöoikeus ”Hallinnoi Jiraa”
permission-browse-users = yleinen käyttöoikeus ”Selaa käyttäjiä ja ryhmiä”
permission-desk-agent = palvelupisteen agentin tai ylläpitäjän rooli
permission-view-space = tilan käyttöoikeus ”Näytä”
sync-history = Viimeisimmät synkronoinnit
sync-history-started = Aloitettu
sync-history-outcome = Tulos
sync-history-accounts = Tilit
sync-history-requests = Pyynnöt
sync-outcome-running = Käynnissä
sync-outcome-complete = Valmis
sync-outcome-failed = Epäonnistui
sync-outcome-cancelled = Peruutettu

## Users
users-title = Käyttäjät
users-empty-title = Näytettäviä käyttäjiä ei vielä ole
users-empty-body = Organisaation käyttäjät, Jira-projektien ja Confluence-tilojen jäsenet sekä Jira Service Managementin asiakkaat näkyvät täällä ensimmäisen synkronoinnin jälkeen.
users-loading = Ladataan käyttäjiä…
users-tabs = Näytettävät käyttäjät
users-tab-org = Organisaation käyttäjät
users-tab-projects = Projektien käyttäjät
users-tab-customers = JSM-asiakkaat
users-tab-all = Kaikki
users-presets = Pikanäkymät
users-preset-inactive = Passiivinen kaikissa tuotteissa
users-preset-warning = Varoitus
users-preset-overdue = Erääntynyt
users-preset-never = Ei koskaan aktiivinen
users-clear-filters = Tyhjennä suodattimet
users-count = { $count ->
        [one] { $formatted } käyttäjä
       *[other] { $formatted } käyttäjää
    }
users-as-of = tilanne { $time }
users-thresholds = · varoitus { $warning } päivän jälkeen, erääntynyt { $overdue } päivän jälkeen
users-table-caption = Suodattimia vastaavat käyttäjät
users-no-matches = Mikään käyttäjä ei vastaa näitä suodattimia.
filter-search = Haku
filter-search-placeholder = Nimi tai sähköposti
filter-type = Tilin tyyppi
filter-product = Tuote
filter-group = Ryhmä
filter-project = Projekti tai tila
filter-desk = Palvelupiste tai organisaatio
filter-active-after = Viimeksi aktiivinen alkaen
filter-active-before = Viimeksi aktiivinen ennen
filter-status = Tila
filter-inactivity = Passiivisuus
filter-any = Kaikki
filter-apply = Käytä suodattimia
column-name = Nimi
column-email = Sähköposti
column-status = Tila
column-account-type = Tilin tyyppi
column-products = Tuotteet
column-groups = Ryhmät
column-last-active = Viimeksi aktiivinen
column-inactivity = Passiivisuus
column-added = Lisätty organisaatioon
column-service-desks = Palvelupisteet
column-jsm-organizations = JSM-organisaatiot
column-details = Tiedot
columns-choose = Sarakkeet
status-active = Aktiivinen
status-suspended = Jäädytetty
status-deactivated = Poistettu käytöstä
status-pending = Kutsuttu
class-managed = Hallinnoitu
class-external = Ulkoinen
class-customer = Asiakas
class-app = Sovellus
inactivity-active = Äskettäin aktiivinen
inactivity-warning = Varoitus
inactivity-overdue = Erääntynyt
inactivity-never = Ei koskaan aktiivinen
never-active = Ei koskaan
email-hidden = Piilotettu käyttäjän tietosuoja-asetuksilla
org-admin = Org.-ylläpitäjä
open-in-admin = Avaa Atlassian Administrationissa
list-more = { $list } +{ $more }
details = Tiedot
details-for = Käyttäjän { $name } tiedot
details-close = Sulje tiedot
details-missing = Käyttäjää ei löytynyt
details-account-id = Tilin tunnus
details-org-admin = Organisaation ylläpitäjä
details-scim = Identiteetintarjoajan luoma
details-products = Tuotteet ja viimeisin toiminta
details-product = Tuote
details-projects = Jira-projektit
details-spaces = Confluence-tilat
details-none = Ei mitään
yes = Kyllä
no = Ei
select-page = Valitse kaikki tämän sivun käyttäjät
select-user = Valitse käyttäjä { $name }
selection-count = { $count ->
        [0] Ei valittuja käyttäjiä
        [one] { $formatted } käyttäjä valittu
       *[other] { $formatted } käyttäjää valittu
    }
select-all-matching = Valitse kaikki vastaavat ({ $formatted })
selection-clear = Tyhjennä valinta
pager-label = Sivut
pager-previous = Edellinen
pager-next = Seuraava
pager-position = Sivu { $page } / { $pages }
pager-size = Rivejä sivulla:
export-matching = Vie vastaavat käyttäjät (CSV)
export-selected = Vie valitut käyttäjät (CSV)
export-progress = Viedään käyttäjiä: { $done } / { $total }…
export-cancel = Peruuta vienti
export-cancelled = Vienti peruutettiin.
export-done = { $count ->
        [one] { $formatted } käyttäjä viety.
       *[other] { $formatted } käyttäjää viety.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Tarkastusloki
audit-empty-title = Lokimerkintöjä ei vielä ole
audit-empty-body = Jokainen ylläpitäjän täällä tekemä toiminto kirjataan tähän lokiin: kuka sen teki, milloin, kehen se kohdistui ja mitä Atlassian vastasi.
audit-loading = Ladataan tarkastuslokia…
audit-search-placeholder = Ylläpitäjä, käyttäjä, toiminto, tiedot tai pyynnön tunnus
audit-filter-from = Alkaen (UTC-päivä)
audit-filter-to = Asti (UTC-päivä)
audit-filter-admin = Ylläpitäjä
audit-filter-action = Toiminto
audit-filter-outcome = Tulos
audit-filter-user = Kohdekäyttäjä
audit-filter-user-placeholder = Tilin tunnus, nimi tai sähköposti
audit-count = { $count ->
        [one] { $formatted } merkintä
       *[other] { $formatted } merkintää
    }
audit-no-matches = Mikään merkintä ei vastaa näitä suodattimia.
audit-table-caption = Tarkastuslokin merkinnät, uusin ensin
audit-column-time = Aika (UTC)
audit-column-admin = Ylläpitäjä
audit-column-action = Toiminto
audit-column-user = Kohdekäyttäjä
audit-column-outcome = Tulos
audit-column-status = Atlassianin tila
audit-column-request = Pyynnön tunnus
audit-column-details = Tiedot
audit-column-entry = Merkintä
audit-entry-open = Merkinnän { $seq } tiedot
audit-entry-title = Merkintä #{ $seq }
audit-job = Työ { $id }
audit-export = Vie CSV
audit-export-progress = Viedään merkintöjä: { $done } / { $total }…
audit-export-done = { $count ->
        [one] { $formatted } merkintä viety.
       *[other] { $formatted } merkintää viety.
    }
audit-chain-broken = Ketju katkeaa merkinnän #{ $seq } kohdalla: { $reason }
audit-chain-broken-help = Tästä merkinnästä alkaen merkintöjä on voitu muuttaa, poistaa tai lisätä User Account Managerin ulkopuolella. Jätä tietokanta ennalleen ja vertaa sitä viimeisimpään vientiin tai varmuuskopioon.
audit-chain-unchecked = Tiivisteketjua ei voitu tarkistaa.
audit-checkpoints-missing = Allekirjoitettuja tarkistuspisteitä puuttuu: tarkistuspistetiedostossa ei enää ole tämän palvelimen kirjoittamaa merkinnän #{ $seq } tarkistuspistettä.
audit-checkpoints-missing-help = Tiedosto on poistettu, korvattu vanhemmalla kopiolla tai lyhennetty, joten merkintöjä tähän asti ei voi enää tarkistaa allekirjoitusta vasten. Palauta tiedosto kopiostasi (palvelimen lokissa on myös jokainen tarkistuspiste) ja jätä tietokanta ennalleen.
audit-action-sign_in = Kirjautuminen
audit-action-sign_out = Uloskirjautuminen
audit-action-authn_denied = Pääsy estetty
audit-action-session_ended = Istunto päättyi
audit-action-local_admin_created = Paikallinen ylläpitäjä luotu
audit-action-settings_changed = Asetusta muutettu
audit-action-secret_replaced = Tunnistetieto vaihdettu
audit-action-data_exported = Tiedot viety
audit-action-data_deleted = Tiedot poistettu
audit-action-audit_viewed = Tarkastuslokia tarkasteltu
audit-action-audit_export = Tarkastusloki viety
audit-action-users_exported = Käyttäjät viety
audit-outcome-ok = Onnistui
audit-outcome-denied = Estetty
audit-outcome-failed = Epäonnistui
audit-outcome-intent = Aikomus
audit-outcome-skipped = Ohitettu
audit-outcome-blocked = Torjuttu
audit-action-data_erasure_scheduled = Kaikkien tietojen poisto ajastettu
audit-action-data_erasure_cancelled = Ajastettu poisto peruttu
audit-action-audit_pruned = Vanhat tarkastusmerkinnät poistettu
audit-action-bulk_job_queued = Joukkotyö jonossa
audit-action-bulk_job_cancel = Joukkotyön peruutusta pyydetty
audit-action-bulk_job_refused = Joukkotyö hylätty
audit-action-bulk_job_ended = Joukkotyö päättyi
audit-action-bulk_deactivate = Joukkopoisto käytöstä
audit-action-bulk_reactivate = Joukko-otto uudelleen käyttöön
audit-action-bulk_revoke_access = Tuotteen käyttöoikeuksien joukkopoisto
audit-action-bulk_assign_access = Tuotteen käyttöoikeuksien joukkomyöntö
audit-action-bulk_remove_customer = JSM-asiakkaiden joukkopoisto
audit-action-bulk_undo_deactivate = Joukkopoisto käytöstä (kumoaminen)
audit-action-bulk_undo_reactivate = Joukko-otto uudelleen käyttöön (kumoaminen)
audit-action-bulk_undo_revoke_access = Tuotteen käyttöoikeuksien joukkopoisto (kumoaminen)
audit-action-bulk_undo_assign_access = Tuotteen käyttöoikeuksien joukkomyöntö (kumoaminen)
audit-action-bulk_undo_remove_customer = JSM-asiakkaiden joukkopoisto (kumoaminen)
audit-outcome-refused = Hylätty
audit-outcome-unknown = Tulos tuntematon
audit-outcome-not_sent = Ei lähetetty
audit-outcome-reread = Vahvistettu lukemalla uudelleen
audit-outcome-queued = Jonossa
audit-outcome-running = Käynnissä
audit-outcome-cancelling = Peruutetaan
audit-outcome-cancelled = Peruutettu
audit-outcome-finished = Valmis
audit-csv-seq = Merkintä
audit-csv-time = Aika (UTC)
audit-csv-actor = Ylläpitäjän tunnus
audit-csv-actor-name = Ylläpitäjän nimi
audit-csv-auth-via = Kirjautumistapa
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira-paneelin asennus
audit-csv-action = Toiminto
audit-csv-target = Kohde
audit-csv-target-name = Kohdekäyttäjän nimi
audit-csv-target-email = Kohdekäyttäjän sähköposti
audit-csv-outcome = Tulos
audit-csv-atlassian-status = Atlassianin tila
audit-csv-request-id = Pyynnön tunnus
audit-csv-job-id = Työ
audit-csv-details = Tiedot
audit-csv-prev-hash = Edellinen tiiviste
audit-csv-hash = Tiiviste
audit-filter-source = Lähde
audit-source-both = Tämä sovellus ja Atlassian
audit-source-app = Tämä sovellus
audit-source-atlassian = Atlassian
audit-atlassian-note = Atlassianin ilmoittama; ei kuulu tämän sovelluksen tiivisteketjuun.
audit-event-open = Atlassian-tapahtuman { $seq } tiedot
audit-event-title = Atlassian-tapahtuma nro { $seq }
audit-csv-source = Lähde
audit-csv-event-id = Atlassian-tapahtuman tunnus
audit-csv-ip = IP-osoite
audit-csv-product = Tuote
audit-action-user_deactivated = Käyttäjä poistettu käytöstä
audit-action-user_reactivated = Käyttäjä otettu uudelleen käyttöön
audit-action-user_access_suspended = Käyttäjän pääsy keskeytetty
audit-action-user_access_restored = Käyttäjän pääsy palautettu
audit-action-user_added_to_group = Käyttäjä lisätty ryhmään
audit-action-user_removed_from_group = Käyttäjä poistettu ryhmästä
audit-action-group_granted_role = Tuoterooli myönnetty ryhmälle
audit-action-group_revoked_role = Tuoterooli peruttu ryhmältä
audit-action-user_granted_role = Tuoterooli myönnetty käyttäjälle
audit-action-user_revoked_role = Tuoterooli peruttu käyttäjältä
audit-action-added_org_admin = Organisaation ylläpitäjä lisätty
audit-action-removed_org_admin = Organisaation ylläpitäjä poistettu
audit-action-service_desk_customer_added = Palvelupisteen asiakas lisätty
audit-action-service_desk_customer_removed = Palvelupisteen asiakas poistettu
audit-action-project_role_actor_added = Lisätty projektin rooliin
audit-action-project_role_actor_removed = Poistettu projektin roolista

## Settings
settings-title = Asetukset


settings-api-key-docs = Näin luot Admin API -avaimen

## Not found
not-found-title = Sivua ei löytynyt
not-found-body = Tässä osoitteessa ei ole sivua. Linkki voi olla kirjoitettu väärin, tai sivu on ehkä siirretty.
not-found-action = Siirry koontinäyttöön

## Demo mode
demo-badge = Esittelyorganisaatio
demo-banner = { $org } on simuloitu organisaatio, joten voit tutustua siihen turvallisesti: mikään täällä ei vaikuta oikeisiin Atlassian-tileihin.
demo-connect = Yhdistä oma organisaatiosi

## Errors a request can end in
error-unauthorized = Istuntosi on päättynyt. Jatka kirjautumalla uudelleen.
error-forbidden = Vain organisaation ylläpitäjät voivat tehdä tämän.
error-not-found = Kohdetta ei enää ole. Se on ehkä poistettu Atlassianissa.
error-invalid-input = Osa antamistasi tiedoista ei kelpaa. Tarkista korostetut kentät.
error-atlassian-unavailable = Atlassian ei vastaa juuri nyt. Yritä uudelleen muutaman minuutin kuluttua.
error-sync-running = Synkronointi on jo käynnissä. Odota, että se valmistuu, tai peruuta se ensin.
error-no-snapshot = Mitään ei ole vielä synkronoitu. Ensimmäinen synkronointi käynnistyy automaattisesti ja voi kestää muutaman minuutin.
error-transport = Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.
error-internal = Palvelimella tapahtui virhe. Lisätiedot löytyvät palvelimen lokista.
error-payload-too-large = Tämä pyyntö on suurempi kuin palvelin hyväksyy, joten mitään ei tehty. Lähetä kerralla vähemmän, esimerkiksi vähemmän merkintöjä.
error-timeout = Palvelin keskeytti tämän pyynnön, koska se kesti liian kauan. Yritä hetken kuluttua uudelleen tai pyydä kerralla vähemmän.

## CSV export column headers
csv-name = Nimi
csv-email = Sähköposti
csv-status = Tila
csv-account-type = Tilin tyyppi
csv-products = Tuotteet
csv-product-last-active = Viimeksi aktiivinen tuotteittain
csv-last-active = Viimeksi aktiivinen
csv-groups = Ryhmät
csv-inactivity = Passiivisuus
csv-service-desks = Palvelupisteet
csv-jsm-organizations = JSM-organisaatiot

## Signing in
login-title = Kirjaudu sisään
login-intro = Vain organisaation ylläpitäjät voivat käyttää User Account Manageria.
login-atlassian = Kirjaudu Atlassian-tilillä
login-demo-admins = Tässä esittelyssä nämä simuloidut tilit ovat organisaation ylläpitäjiä. Valitse niistä yksi simuloidulla Atlassian-kirjautumissivulla; muut tilit hylätään.
login-local-title = Paikallinen ylläpitäjätili
login-login = Käyttäjätunnus
login-password = Salasana
login-totp = Todennuskoodi
login-totp-hint = Vain jos tilisi käyttää todennussovellusta.
login-submit = Kirjaudu sisään
login-setup-pending = Paikallista ylläpitäjätiliä ei vielä ole. Palvelin tulosti käynnistyessään kertakäyttöisen käyttöönottolinkin, jolla ensimmäinen tili luodaan; komento uam admin create tekee saman.
login-signed-out = Olet kirjautunut ulos.
login-refused-title = Kirjautuminen hylättiin
login-back = Takaisin kirjautumiseen
login-error-invalid = Käyttäjätunnus, salasana tai todennuskoodi on väärä.
login-error-locked = Liian monta epäonnistunutta yritystä. Odota 15 minuuttia ja yritä sitten uudelleen.
login-error-totp = Todennuskoodi puuttuu tai on väärä.
login-error-not-admin = Tämä Atlassian-tili ei ole tämän organisaation ylläpitäjä tai ei ole niiden ylläpitäjien luettelossa, joilla on lupa käyttää tätä palvelinta.
login-error-unavailable = Kirjautuminen ei ole juuri nyt mahdollista: Atlassian tai palvelimen tietokanta ei vastannut. Yritä uudelleen hetken kuluttua.
login-error-state = Tämä kirjautuminen on vanhentunut, se on jo käytetty tai se aloitettiin toisessa selaimessa. Aloita alusta kirjautumissivulta.
login-error-setup-link = Tämä käyttöönottolinkki on vanhentunut tai jo käytetty. Käynnistä palvelin uudelleen, niin se tulostaa uuden, tai luo ylläpitäjä komennolla uam admin create.
login-error-setup-input = Tarkista kentät: käyttäjätunnuksessa ei ole välilyöntejä, nimi on täytetty, salasanassa on vähintään 12 merkkiä ja salasanat täsmäävät.
login-error-expired = Istuntosi on päättynyt. Kirjaudu uudelleen.

## First-run set-up
setup-title = Luo ensimmäinen ylläpitäjätili
setup-intro = Tämä tili kirjautuu omalla salasanallaan. Säilytä se hätäkäyttötilinä: kun Atlassian-yhteys on määritetty, organisaation ylläpitäjät kirjautuvat Atlassian-tilillään.
setup-login = Käyttäjätunnus (sähköpostiosoite tai lyhyt nimi)
setup-name = Nimesi
setup-password = Salasana (vähintään 12 merkkiä)
setup-password-again = Salasana uudelleen
setup-totp-title = Todennussovellus
setup-totp-optional = Suositus: skannaa tämä koodi todennussovelluksella ja anna sovelluksen näyttämä koodi. Jätä koodi tyhjäksi, jos haluat ohittaa tämän vaiheen.
setup-totp-required = Tämä palvelin edellyttää todennussovellusta: skannaa tämä koodi sovelluksella ja anna sen näyttämä koodi.
setup-totp-key = Tai anna tämä avain käsin:
setup-totp-qr = QR-koodi todennussovellusta varten
setup-totp-code = Sovelluksen koodi
setup-submit = Luo tili ja kirjaudu sisään

## The signed-in admin
account-via-local = Paikallinen tili
account-via-atlassian = Atlassian-tili
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jiran kautta
account-sign-out = Kirjaudu ulos

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Avataan User Account Manageria…
embed-expired = Tämän paneelin istunto on päättynyt. Jatka avaamalla User Account Manager uudelleen Jiran hallinnasta.
embed-refused = Vain tämän organisaation ylläpitäjät voivat käyttää User Account Manageria Jirassa, ja vain jos palvelin sallii heidän tilinsä.
embed-unavailable = User Account Manager ei voi vahvistaa käyttöoikeuttasi juuri nyt: Atlassian tai palvelin ei vastannut. Yritä uudelleen hetken kuluttua.

## Settings page
settings-saved = Tallennettu.
settings-save = Tallenna
settings-set-by-env = Määritetty ympäristössä; muuta sitä palvelimen määrityksissä.
settings-connection-title = Atlassian-yhteys
settings-connection-demo = Näytetään simuloitua esittelyorganisaatiota { $org }. Yhdistä oma organisaatiosi alla.
settings-connection-env = Yhdistetty organisaatioon { $org } palvelimen ympäristömäärityksillä.
settings-connection-saved = Yhdistetty organisaatioon { $org }.
settings-connection-pending = Tallennettu yhteys otetaan käyttöön, kun palvelin käynnistyy seuraavan kerran. Käynnistä palvelin uudelleen, jotta se yhdistyy tähän organisaatioon.
settings-admin-key = Admin API -avain
settings-key-placeholder = Liitä uusi avain tallennetun tilalle
settings-key-write-only = Vain kirjoitus: avain tallennetaan salattuna, eikä sitä näytetä enää koskaan.
settings-key-expiry = Avaimen vanhenemispäivä
settings-key-expires = Vanhenee { $date }.
settings-key-expires-soon = Vanhenee { $date }, { $days } päivän kuluttua. Luo uusi avain Atlassianissa ja liitä se tähän ennen sitä.
settings-key-expired = Vanheni { $date }. Synkronoinnit ja toiminnot epäonnistuvat, kunnes uusi avain on tallennettu.
settings-secret-set = päättyy …{ $hint }, asettanut { $by }, { $at }
settings-secret-unset = ei asetettu
settings-org = Organisaation tunnus
settings-find-orgs = Etsi organisaatiot
settings-site-title = Jira, Confluence ja Jira Service Management
settings-site-body = Projektiroolit, tilojen jäsenet, asiakkaat ja Jiran paikat luetaan sivuston kautta tilin sähköpostiosoitteella ja API-tunnuksella.
settings-site-url = Sivuston URL-osoite
settings-site-email = Tilin sähköposti
settings-site-token = API-tunnus
settings-site-token-again = Anna tunnus uudelleen aina, kun muutat sivuston URL-osoitetta tai sähköpostiosoitetta.
settings-test-connection = Testaa yhteys
settings-check-admin-key = Admin API -avain
settings-check-org = Organisaatio
settings-check-directory = Käyttäjät ja ryhmät
settings-check-site = Sivusto
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = hylätty: avain tai tunnus on väärä, vanhentunut tai peruutettu
settings-check-outcome-forbidden = hylätty: tunnistetiedolta puuttuu tarvittava käyttöoikeus (scope)
settings-check-outcome-not-found = ei löytynyt: tarkista organisaation tunnus tai sivuston URL-osoite
settings-check-outcome-unreachable = Atlassian ei vastannut; yritä myöhemmin uudelleen
settings-check-outcome-not-configured = ei määritetty
settings-check-outcome-not-on-site = ei tällä sivustolla (sivustolla ei ole tätä tuotetta)
settings-prices-title = Lisenssien hinnat
settings-prices-body = Valinnainen. Anna kunkin tuotteen yhden paikan kuukausihinta, niin koontinäyttö näyttää, mitä passiivisten käyttäjien paikat maksavat. Jätä tuotteen kenttä tyhjäksi, jos haluat jättää tuotteen pois.
settings-currency = Valuutta (ISO-koodi, esim. USD tai EUR)
settings-thresholds-title = Passiivisuuden raja-arvot
settings-thresholds-body = Käyttäjä, jolla ei ole ollut toimintaa varoitusrajaa pidempään, merkitään tilaan ”varoitus”; erääntymisrajaa pidempään, tilaan ”erääntynyt”. Erääntymisrajan on oltava varoitusrajaa pidempi.
settings-warning-days = Varoitus (päivää)
settings-overdue-days = Erääntyminen (päivää)
settings-protected-title = Suojatut tilit
settings-protected-body = Joukkotoiminnot eivät koskaan poista näitä tilejä käytöstä eivätkä poista niiden käyttöoikeuksia. Anna sähköpostiosoitteita, kokonaisia verkkotunnuksia muodossa *@example.com tai Atlassian-tilien tunnuksia. Organisaation ylläpitäjät ja sinä itse olette aina suojattuja.
settings-protected-add = Lisää osoitteita, verkkotunnuksia tai tilien tunnuksia (voit liittää useita pilkuilla, välilyönneillä tai rivinvaihdoilla erotettuina)
settings-protected-add-button = Lisää
settings-protected-search = Hae suojatuista tileistä
settings-protected-count = { $count ->
    [one] Yksi suojattu kohde
   *[other] { $count } suojattua kohdetta
}
settings-protected-remove = Poista
settings-schedule-title = Synkronointiaikataulu ja tarkastuslokin säilytys
settings-sync-interval = Synkronointien väli (tuntia)
settings-sync-interval-hint = 0 poistaa ajastetut synkronoinnit käytöstä; ”Synkronoi nyt” toimii silti.
settings-retention = Tarkastuslokin merkintöjen säilytysaika (päivää)
settings-retention-hint = Vähintään 180 päivää (yhtä kauan kuin Atlassianin oma tarkastusloki), enintään 3650; 0 säilyttää ne pysyvästi.
error-invalid-entries = Nämä kohteet eivät ole sähköpostiosoitteita tai *@verkkotunnus-muotoisia, joten mitään ei tallennettu:
settings-data-title = Tietosi
settings-data-export-body = Lataa kaikki User Account Managerin tallentamat tiedot yhtenä arkistona: asetukset (ilman salaisuuksia), paikalliset ylläpitäjätilit (ilman salasanoja), synkronointihistoria, tarkastusloki ja käyttäjiesi nykyinen tilannevedos. Vienti kirjataan tarkastuslokiin.
settings-data-export = Vie kaikki
settings-data-delete-body = Poista kaikki User Account Managerin tallentamat tiedot: asetukset, tallennettu avain ja tunnus, paikalliset ylläpitäjätilit, istunnot, tilannevedokset ja tarkastusloki. Atlassianissa ei muutu mitään. Tätä ei voi kumota; vie tiedot ensin, jos saatat tarvita niitä.
settings-data-delete-confirm = Vahvista kirjoittamalla DELETE
settings-data-delete = Poista kaikki
settings-data-not-confirmed = Mitään ei poistettu: vahvista kirjoittamalla täsmälleen DELETE.
settings-data-sync-running = Mitään ei poistettu: synkronointi on käynnissä. Peruuta se tai odota, että se valmistuu, ja yritä sitten uudelleen.
settings-data-export-failed = Vienti epäonnistui. Lisätiedot löytyvät palvelimen lokista.
settings-data-delete-failed = Poisto epäonnistui; mitään ei poistettu. Lisätiedot löytyvät palvelimen lokista.
error-reauth-failed = Salasana tai todennuskoodi on väärä. Mitään ei ajoitettu.
error-reauth-stale = Vahvista ensin henkilöllisyytesi: kirjaudu uudelleen Atlassianilla ja poista sitten 5 minuutin kuluessa.
error-panel-refused = Tämä ei ole mahdollista Jira-paneelista. Avaa User Account Manager omassa selainvälilehdessään.
error-erasure-pending = Kaikkien tietojen poisto on jo ajoitettu. Peruuta se ensin tai odota, että se suoritetaan.
settings-data-delete-delay = Mitään ei poisteta heti: poisto tapahtuu { $hours } tunnin kuluttua vahvistuksestasi. Siihen asti kaikki järjestelmänvalvojat näkevät sen koontinäytöllä ja voivat peruuttaa sen. Poistetusta tarkastuslokista säilytetään allekirjoitettu merkintä.
settings-data-reauth-atlassian = Kirjauduit Atlassianilla yli 5 minuuttia sitten. Vahvista henkilöllisyytesi kirjautumalla uudelleen ja poista sitten 5 minuutin kuluessa.
settings-data-reauth-fresh = Kirjauduit Atlassianilla alle 5 minuuttia sitten, mikä vahvistaa henkilöllisyytesi.
settings-data-scheduled = Kaikkien tietojen poisto on ajoitettu. Ennen sen suorittamista kuka tahansa järjestelmänvalvoja voi peruuttaa sen täällä tai koontinäytöllä.
erasure-title = Kaikki tiedot poistetaan
erasure-body = { $name } ajoitti { $scheduled } kaiken User Account Managerin tallentaman poiston, tarkastusloki mukaan lukien. Se suoritetaan { $due }, ellei joku järjestelmänvalvoja peruuta sitä.
erasure-cancel = Peruuta poisto
erasure-cancelled = Poisto peruutettiin. Mitään ei poistettu.
erasure-cancel-failed = Poistoa ei voitu peruuttaa. Lisätiedot löytyvät palvelimen lokista.
login-deleted = Kaikki tiedot poistettiin. Palvelin tulosti uuden käyttöönottolinkin, jolla ensimmäisen ylläpitäjätilin voi luoda uudelleen.
error-invalid-org_id = Organisaation tunnus puuttuu tai ei kelpaa: se on osoitteen admin.atlassian.com/o/<ID>/… tunnus, joka sisältää kirjaimia, numeroita ja yhdysmerkkejä.
error-invalid-admin_api_key = Liitä Admin API -avain: tälle organisaatiolle ei ole vielä tallennettu avainta.
error-invalid-site = Sivustolle tarvitaan yhdessä sen URL-osoite, tilin sähköpostiosoite ja saman tilin API-tunnus.
error-invalid-site_url = Sivuston URL-osoite ei kelpaa: sen muoto on https://your-site.atlassian.net.
error-invalid-site_host = Vain sivustot muotoa https://your-site.atlassian.net hyväksytään: API-tunnusta ei lähetetä mihinkään muuhun palvelimeen. Palvelimen ylläpitäjän on ensin sallittava muu palvelin (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Uusi sivuston URL-osoite tai tilin sähköpostiosoite vaatii API-tunnuksen uudelleen: liitä tämän tilin tunnus tälle sivustolle.
error-invalid-site_email = Tilin sähköposti ei ole kelvollinen sähköpostiosoite.
error-invalid-thresholds = Kummankin raja-arvon on oltava kokonainen määrä päiviä, ja erääntymisrajan on oltava varoitusrajaa pidempi.
error-invalid-schedule = Anna kokonaislukuja: synkronointien väli tunteina ja tarkastuslokin säilytysaika päivinä.
error-invalid-sync_interval_hours = Synkronointien välin on oltava 0 (pois käytöstä) tai 1–168 tuntia.
error-invalid-audit_retention_days = Tarkastuslokin merkintöjen säilytysajan on oltava 0 päivää (pysyvästi) tai 180–3650 päivää.
error-invalid-seat_prices = Anna kolmikirjaiminen valuuttakoodi ja hinnat väliltä 0–100000 numeroina ja desimaalipisteellä.
login-atlassian-off = Atlassian-kirjautumista ei ole määritetty tälle palvelimelle. Palvelimen ylläpitäjä voi ottaa sen käyttöön OAuth-sovelluksella (UAM_OAUTH_CLIENT_ID ja UAM_OAUTH_CLIENT_SECRET); siihen asti kirjaudu paikallisella ylläpitäjätilillä.

## Bulk actions
bulk-title = Joukkotoiminto
bulk-undo-title = Kumoa tämä työ
bulk-actions = Toiminnot…
bulk-actions-user = Tämän käyttäjän toiminnot…
bulk-choose = Mitä tehdään
bulk-action-deactivate = Poista käytöstä
bulk-action-reactivate = Ota uudelleen käyttöön
bulk-action-revoke_access = Poista tuotteen käyttöoikeus
bulk-action-assign_access = Myönnä tuotteen käyttöoikeus
bulk-action-remove_customer = Poista JSM-asiakkaat
bulk-every-desk = kaikki palvelupisteet
bulk-products = Tuotteet
bulk-desks = Palvelupisteet
bulk-desks-hint = Jos et valitse yhtään, asiakkaat poistetaan kaikista palvelupisteistä, joissa he ovat.
bulk-check = Tarkista, keihin tämä vaikuttaa
bulk-cancel = Peruuta
bulk-checking = Tarkistetaan jokaisen käyttäjän tila Atlassianista…
bulk-starting = Käynnistetään työtä…
bulk-count-changing = { $count ->
        [one] { $formatted } käyttäjä muuttuu
       *[other] { $formatted } käyttäjää muuttuu
    }
bulk-count-already = { $count ->
        [one] { $formatted } käyttäjä on jo tässä tilassa
       *[other] { $formatted } käyttäjää on jo tässä tilassa
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } käyttäjää ei voi muuttaa
       *[other] { $formatted } käyttäjää ei voi muuttaa
    }
bulk-how = Miten se tehdään
bulk-method-disable_account = { $count ->
        [one] { $formatted } tili poistetaan käytöstä (organisaation hallinnoima: käyttäjien elinkaaren hallinnan API)
       *[other] { $formatted } tiliä poistetaan käytöstä (organisaation hallinnoimia: käyttäjien elinkaaren hallinnan API)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } tili otetaan uudelleen käyttöön (organisaation hallinnoima: käyttäjien elinkaaren hallinnan API)
       *[other] { $formatted } tiliä otetaan uudelleen käyttöön (organisaation hallinnoimia: käyttäjien elinkaaren hallinnan API)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } käyttäjä menettää pääsyn organisaatioon (jäädytys: organisaatio ei hallinnoi tiliä)
       *[other] { $formatted } käyttäjää menettää pääsyn organisaatioon (jäädytys: organisaatio ei hallinnoi heidän tilejään)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } käyttäjä saa takaisin pääsyn organisaatioon (palautus: organisaatio ei hallinnoi tiliä)
       *[other] { $formatted } käyttäjää saa takaisin pääsyn organisaatioon (palautus: organisaatio ei hallinnoi heidän tilejään)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } käyttäjä poistetaan ryhmistä, jotka antavat tuotteiden käyttöoikeuden
       *[other] { $formatted } käyttäjää poistetaan ryhmistä, jotka antavat tuotteiden käyttöoikeuden
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } käyttäjä lisätään ryhmään, joka antaa tuotteiden käyttöoikeuden
       *[other] { $formatted } käyttäjää lisätään ryhmään, joka antaa tuotteiden käyttöoikeuden
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } käyttäjä menettää suoraan myönnetyn tuoteroolin
       *[other] { $formatted } käyttäjää menettää suoraan myönnetyn tuoteroolin
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } käyttäjälle myönnetään tuoterooli suoraan
       *[other] { $formatted } käyttäjälle myönnetään tuoterooli suoraan
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } asiakas poistetaan palvelupisteistä
       *[other] { $formatted } asiakasta poistetaan palvelupisteistä
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } asiakas lisätään takaisin palvelupisteisiin
       *[other] { $formatted } asiakasta lisätään takaisin palvelupisteisiin
    }
bulk-nothing = Ei muutettavaa: jokainen valittu käyttäjä on jo tässä tilassa tai häntä ei voi muuttaa.
bulk-skipped = Jätetään ennalleen
bulk-skipped-more = …ja { $count } muuta.
bulk-reason = Syy
bulk-type-to-confirm = Vahvista kirjoittamalla { $count }
bulk-presets = Siivoustoiminnot
bulk-preset-overdue = Poista käytöstä kaikki erääntyneet
bulk-preset-revoke = Poista tuotteen { $product } käyttöoikeus käyttäjiltä, jotka eivät ole käyttäneet sitä { $days } päivään
bulk-skip-already_done = On jo tässä tilassa
bulk-skip-protected = Suojattu Asetuksissa
bulk-skip-org_admin = Organisaation ylläpitäjä: ei koskaan muuteta joukkotoiminnolla
bulk-skip-acting_admin = Oma tilisi: oma joukkotoimintosi ei koskaan muuta sitä
bulk-skip-identity_provider = Identiteetintarjoajan (SCIM) luoma; se hallinnoi tämän tilin käyttöoikeuksia
bulk-skip-lookup_failed = Käyttäjän nykyistä tilaa ei saatu Atlassianista, joten mitään ei muutettu varmuuden vuoksi
bulk-skip-not_found = Atlassian ei enää tunne tätä tiliä
bulk-skip-not_applicable = Tämä toiminto ei koske tämäntyyppistä tiliä
bulk-skip-no_way = Käyttöoikeus tulee lähteestä, jota tämä tuote ei voi muuttaa
bulk-skip-direct_role_unavailable = Myönnetty suoraan, eikä tällä organisaatiolla ole Atlassianin suorien tuoteroolien rajapintaa (rajoitettu saatavuus), joten mitään ei riskeerattu
bulk-step-disable_account = Tili poistettiin käytöstä
bulk-step-enable_account = Tili otettiin uudelleen käyttöön
bulk-step-suspend = Pääsy organisaatioon jäädytettiin
bulk-step-restore = Pääsy organisaatioon palautettiin
bulk-step-leave_group = Poistettu ryhmästä { $object }
bulk-step-join_group = Lisätty ryhmään { $object }
bulk-step-revoke_role = Rooli { $object } poistettu
bulk-step-assign_role = Rooli { $object } myönnetty
bulk-step-remove_customer = Poistettu palvelupisteen { $object } asiakkaista
bulk-step-add_customer = Lisätty palvelupisteen { $object } asiakkaaksi

## Jobs
nav-jobs = Työt
jobs-title = Työt
jobs-intro = Joukkotoiminnot suoritetaan palvelimella töinä: ne jatkuvat, vaikka suljet välilehden, kaikki ylläpitäjät näkevät ne, ja kerrallaan suoritetaan yksi työ muiden odottaessa vuoroaan.
jobs-loading = Ladataan töitä…
jobs-empty-title = Töitä ei vielä ole
jobs-empty-body = Käyttäjät-sivulta tai koontinäytöstä käynnistetyt joukkotoiminnot näkyvät täällä edistymisineen ja käyttäjäkohtaisine tuloksineen.
jobs-caption = Joukkotoimintojen työt, uusin ensin
job-title = Työ
job-back = Kaikki työt
job-loading = Ladataan työtä…
job-action = Toiminto
job-state = Tila
job-progress = Edistyminen
job-started-by = Käynnistäjä
job-created = Luotu
job-started = Aloitettu
job-finished = Päättynyt
job-counts = Yhteensä { $total }: { $done } valmis, { $skipped } ohitettu, { $failed } epäonnistui
job-count-done = { $formatted } valmis
job-count-skipped = { $formatted } ohitettu
job-count-failed = { $formatted } epäonnistui
job-count-unknown = { $formatted } keskeytyi, tulos tuntematon
job-count-cancelled = { $formatted } käsittelemättä (peruutettu)
job-count-pending = { $formatted } odottaa
job-waiting = Odotetaan Atlassianin nopeusrajoituksen vuoksi { $time } asti
job-queue-position = { $count ->
        [0] Jonossa: seuraavana vuorossa
        [one] Jonossa: { $count } työ edellä
       *[other] Jonossa: { $count } työtä edellä
    }
job-undo-of = Tämä työ kumoaa aiemman työn.
job-open-original = Avaa alkuperäinen työ
job-undone-by = Tämä työ on kumottu.
job-open-undo = Avaa kumoava työ
job-undone-by-short = kumottu
job-error = Pysähtyi ennenaikaisesti:
job-stopped-panic = sisäinen virhe pysäytti tämän työn. Käyttäjät, joihin se ei vielä ehtinyt, jäivät ennalleen.
job-stopped-not-admin = sen käynnistänyt ylläpitäjä ei ole enää organisaation ylläpitäjä, jolla on lupa käyttää tätä palvelinta, joten se hylättiin.
job-stopped-admin-unconfirmed = Atlassian ei pystynyt vahvistamaan, että sen käynnistänyt ylläpitäjä on yhä organisaation ylläpitäjä, joten se hylättiin.
job-cancel = Peruuta työ
job-undo = Kumoa tämä työ
job-results = Tulokset käyttäjittäin
job-filter = Näytä
job-filter-all = Kaikki
job-item-state = Tulos
job-steps = Vaiheet
job-outcome = Syy ja Atlassianin vastaus
job-no-items = Ei käyttäjiä tässä tilassa.
job-atlassian-status = Atlassianin vastaus: { $status }
job-request-id = Pyynnön tunnus
job-state-queued = Jonossa
job-state-running = Käynnissä
job-state-cancelling = Peruutetaan
job-state-cancelled = Peruutettu
job-state-finished = Valmis
job-state-failed = Epäonnistui
job-item-pending = Odottaa
job-item-running = Käynnissä
job-item-done = Valmis
job-item-skipped = Ohitettu
job-item-failed = Epäonnistui
job-item-unknown = Tulos tuntematon
job-item-cancelled = Peruutettu

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Näytä omat lokin katseluni
audit-views-hidden = Omat lokin katselusi, piilotettu: { $formatted }.
audit-views-show = Näytä ne
audit-chain-verified-through = Ketju tarkistettu merkintään #{ $last } asti, viimeisin allekirjoitettu tarkistuspiste #{ $seq } { $time }.
audit-chain-verified-through-unsigned = Ketju tarkistettu merkintään #{ $last } asti, allekirjoitettua tarkistuspistettä ei vielä ole.
audit-job-titled = { $title } · työ { $id }
audit-csv-details-json = Tiedot (JSON)
audit-say-via-local = Kirjautui paikallisella tilillä.
audit-say-via-atlassian = Kirjautui Atlassianilla.
audit-say-via-forge = Kirjautui Jira-paneelista.
audit-say-refused = Hylätty: { $reason }
audit-say-attempts = Epäonnistuneet yritykset: { $count }, alkaen { $since }.
audit-say-from = Osoitteesta { $address }.
audit-say-session-ended = Ylläpitäjä ei ole enää organisaation ylläpitäjä, joten istunto suljettiin.
audit-say-totp-on = Kirjautuu salasanalla ja todennuskoodilla.
audit-say-totp-off = Kirjautuu pelkällä salasanalla.
audit-say-setting = { $setting } muutettu: { $before } → { $after }.
audit-say-secret = { $setting } vaihdettu: vanha päättyi { $before }, uusi päättyy { $after }.
audit-say-secret-first = { $setting } asetettu: päättyy { $after }.
audit-say-nothing = ei mitään
audit-say-yes = kyllä
audit-say-no = ei
audit-say-data-exported = Kaikki vietiin: käyttäjiä: { $users }, koko: { $size } kt.
audit-say-data-deleted = Kaikki tallennettu poistettiin; loki alkaa tästä alusta.
audit-say-erasure-times = Ajoitettu { $scheduled }, suoritetaan { $due }.
audit-say-erasure-due = Kaikki poistetaan { $due }, ellei ylläpitäjä peru.
audit-say-erasure-cancelled = Peruttiin poisto, jonka { $by } oli ajoittanut hetkelle { $due }.
audit-say-viewed = Lokia tarkasteltiin.
audit-say-filter = Suodattimet: { $filter }.
audit-say-audit-export = Viedyt merkinnät: { $count }.
audit-say-pruned = Säilytysajan perusteella poistetut merkinnät: { $count }, kaikki vanhempia kuin { $cutoff }; viimeinen oli #{ $seq }.
audit-say-users-exported = Käyttäjätaulukon näkymästä viedyt käyttäjät: { $count }.
audit-say-users-selected = Viedyt valitut käyttäjät: { $count }.
audit-say-job-queued = Käyttäjiä suunnitelmassa: { $users }; muutetaan: { $changing }; jätetään ennalleen: { $skipped }.
audit-say-job-cancel = Työtä pyydettiin pysähtymään; käsittelyssä olevat käyttäjät viedään ensin loppuun.
audit-say-job-ended = Työ päättyi ({ $state }): { $counts }.
audit-say-step-intent = Pyydetään kohta Atlassianilta: { $step }.
audit-say-step-failed = Epäonnistui (yritys { $attempt }): { $step }. Atlassianin vastaus: { $error }
audit-say-reread-yes = Käyttäjän uudelleenluku osoitti, että muutos oli tehty.
audit-say-reread-no = Käyttäjän uudelleenluku osoitti, ettei muutosta ollut tehty.
audit-say-interrupted = Keskeytyi palvelimen uudelleenkäynnistykseen, ja tulos ratkaistiin lukemalla käyttäjä uudelleen.
audit-say-skip-preflight = Jätettiin ennalleen esitarkistuksessa: { $reason }.
audit-say-error = Virhe: { $error }
audit-say-exercise = Kirjoitettu valvontasanaston tarkistamiseksi; kukaan ylläpitäjä ei tehnyt tätä toimintoa.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.
error-invalid-admin_api_key_refused = Atlassian hylkäsi tämän avaimen: se on väärä, vanhentunut tai peruttu, tai sillä ei ole oikeutta lukea organisaatioita. Tarkista se osoitteessa admin.atlassian.com.
settings-no-answer = Atlassian ei vastannut { $seconds } sekunnin kuluessa. Yritä hetken kuluttua uudelleen; jos tämä toistuu, Atlassianilla voi olla ongelmia.
settings-finding-orgs = Etsitään organisaatioita…
settings-orgs-found = Organisaatiot, jotka tämä avain näkee: { $count }. Valitse yksi Organisaation tunnus -kentässä.
settings-orgs-none = Tämä avain ei näe yhtään organisaatiota. Tarkista, että se on organisaation Admin API -avain eikä henkilökohtainen API-tunnus.
settings-checking = Tarkistetaan yhteyttä Atlassianiin…
settings-check-col-check = Tarkistus
settings-check-col-result = Tulos
settings-check-col-detail = Mitä se tarkoittaa
settings-check-result-ok = Toimii
settings-check-result-unused = Ei käytössä
settings-check-result-failed = Vaatii toimia
settings-check-ok-detail = Atlassian hyväksyi tunnistetiedot ja vastasi.
settings-check-status = Atlassianin vastaus tukea varten: HTTP { $status }
settings-check-summary = Toimivat tarkistukset: { $working } / { $total }.
settings-check-outcome-timeout = ei vastausta { $seconds } sekunnin kuluessa: Atlassian voi olla hidas tai poissa käytöstä; yritä muutaman minuutin kuluttua uudelleen
settings-check-outcome-rate-limited = Atlassian rajoittaa juuri nyt pyyntöjä (liian monta lyhyessä ajassa); yritä minuutin kuluttua uudelleen
settings-check-outcome-server-error = Atlassianin päässä tapahtui virhe, eikä se voinut vastata; yritä myöhemmin uudelleen
settings-check-outcome-rejected = Atlassian hylkäsi lähetetyn pyynnön; yksityiskohdat ovat palvelimen lokissa
settings-nav-label = Asetusten osiot
settings-danger-title = Vaaravyöhyke
settings-danger-unlock = Painike avautuu, kun DELETE on kirjoitettu.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Käytöstä poisto: { $users }
job-title-reactivate = Uudelleenaktivointi: { $users }
job-title-revoke_access = Käyttöoikeuden poisto ({ $subjects }): { $users }
job-title-assign_access = Käyttöoikeuden anto ({ $subjects }): { $users }
job-title-remove_customer = Poisto asiakkaista ({ $subjects }): { $users }
job-title-add_customer = Palautus asiakkaiksi ({ $subjects }): { $users }
job-undo-of-job = työn { $job } kumoaminen
bulk-plan-disable_account = Poista käytöstä (hallittu tili)
bulk-plan-enable_account = Aktivoi uudelleen (hallittu tili)
bulk-plan-suspend = Jäädytä pääsy organisaatioon
bulk-plan-restore = Palauta pääsy organisaatioon
bulk-plan-leave_group = Poista ryhmästä { $object }
bulk-plan-join_group = Lisää ryhmään { $object }
bulk-plan-revoke_role = Poista käyttöoikeus: { $object }
bulk-plan-assign_role = Anna käyttöoikeus: { $object }
bulk-plan-remove_customer = Poista asiakkaista: { $object }
bulk-plan-add_customer = Palauta asiakkaaksi: { $object }
bulk-changing = Muuttuvat käyttäjät
bulk-change = Muutos
bulk-search = Hae nimellä tai sähköpostilla
bulk-search-none = Yksikään käyttäjä ei vastaa hakua.
job-outcome-confirmed = Valmis: Atlassian vahvisti muutoksen
job-outcome-refused = Atlassian hylkäsi muutoksen
job-outcome-unavailable = Atlassian ei ottanut muutosta vastaan nyt (kuormitettu tai ei tavoitettavissa)
bulk-their-desks = palvelupisteet, joissa he olivat

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Suodattimet
filters-active = Käytössä olevat suodattimet
filter-chip = { $name }: { $value }
filter-remove = Poista suodatin: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Ei pääsyä
card-no-access = Eivät voi kirjautua (jäädytetty tai poistettu käytöstä): { $formatted }
column-places = Projektit ja tilat
csv-places = Projektit ja tilat (roolit)
places-more = +{ $more } muuta
export-style = CSV-solut
export-style-readable = Luettavat nimet
export-style-codes = Koodit skripteille
