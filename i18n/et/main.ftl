## The language's own name, shown in the language picker.
language-name = Eesti

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Liigu sisu juurde
nav-label = Peamenüü
nav-dashboard = Ülevaade
nav-users = Kasutajad
nav-audit = Auditilogi
nav-settings = Seaded
prefs-language = Keel
prefs-theme = Kujundus
prefs-apply = Rakenda
theme-system = Süsteemi kujundus
theme-light = Hele kujundus
theme-dark = Tume kujundus
error-title = Midagi läks valesti
error-body = Seda lehe osa ei õnnestunud kuvada. Proovimiseks laadige leht uuesti; kui probleem kordub, leiate üksikasjad serveri logist.

## Dashboard
dashboard-title = Ülevaade
dashboard-empty-title = Organisatsiooni andmeid veel pole
dashboard-empty-body = Ühendage oma Atlassiani organisatsioon seadetes. Pärast esimest sünkroonimist näitab see ülevaade teie kasutajaid, nende tegevust ja litsentside kasutust Jiras, Confluence'is ja Jira Service Managementis.
dashboard-empty-action = Ava seaded
dashboard-first-sync-title = Teie organisatsiooni lugemine
dashboard-first-sync-body = Esimene sünkroonimine loeb Atlassianist kasutajaid, rühmi ja juurdepääsu toodetele. Selle edenemist näidatakse ülal; arvud ilmuvad siia kohe, kui see lõpeb.
dashboard-first-sync-working = Sünkroonimine…
dashboard-summary = Kokkuvõte
card-total = Kasutajaid kokku
card-total-detail = Organisatsiooni kasutajaid { $org }, kliente { $customers }
card-active = Hiljuti aktiivsed
card-active-detail = Organisatsiooni kasutajad, kes on viimase { $days } päeva jooksul mõnda toodet kasutanud
card-inactive = Mitteaktiivsed kasutajad
card-customers = JSM-i kliendid
threshold-warning = Tegevus puudub vähemalt { $days } päeva
threshold-overdue = Tegevus puudub vähemalt { $days } päeva
threshold-never = Registreeritud tegevus puudub täielikult
utilisation-title = Litsentside kasutus
utilisation-seats = { $used } / { $capacity } kohta ({ $percent })
utilisation-near = Peaaegu täis: vaadake mitteaktiivsed kasutajad üle, enne kui ostate kohti juurde.
utilisation-over = Kõik kohad on kasutusel: uutele kasutajatele ei saa juurdepääsu anda enne, kui kohti vabastatakse või juurde ostetakse.
products-title = Tooted
products-product = Toode
products-users = Juurdepääsuga kasutajad
products-seats = Kasutatud kohad
products-cost = Mitteaktiivsete kohtade kuukulu
products-cost-hint = Sisestage koha hind, et näha, kui palju mitteaktiivsed kohad kuus maksavad.
products-cost-set = Määrake hinnad seadetes
chart-title = Viimane tegevus
chart-intro = Millal aktiivse kontoga organisatsiooni kasutajad viimati mõnda toodet kasutasid.
chart-days = { $from }–{ $to } päeva
chart-more-than = Üle { $days } päeva
chart-table-caption = Aktiivse kontoga organisatsiooni kasutajate viimane tegevus
chart-last-active = Viimati aktiivne
chart-users = Kasutajad
sync-title = Sünkroonimine
sync-last = Andmed seisuga { $time }: { $formatted } { $count ->
        [one] konto
       *[other] kontot
    }.
sync-never = Midagi pole veel sünkroonitud.
sync-next = Järgmine ajastatud sünkroonimine: { $time }
sync-incremental = Atlassianis tehtud muudatusi kontrolliti viimati { $time }: värskendati { $formatted } { $count ->
        [one] kasutaja
       *[other] kasutajat
    }.
sync-incremental-failed = Atlassianis tehtud muudatuste kontrollimine { $time } nurjus: { $reason }
sync-failed = Sünkroonimine, mis algas { $time }, nurjus: { $reason }
sync-now = Sünkrooni kohe
sync-cancel = Katkesta sünkroonimine
sync-phase-starting = Alustamine
sync-phase-collecting = Lugemine Atlassianist
sync-phase-indexing = Hetktõmmise koostamine
sync-items = Loetud kontosid: { $done }
sync-items-of = Loetud kontosid: { $done } / umbes { $total }
sync-waits = Päringuid: { $requests }; Atlassiani päringupiirangute tõttu oodatud { $seconds } s
sync-families = Loetud tooted
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Täielikult loetud
sync-family-partial = Osaliselt loetud
sync-family-not-on-site = Pole sellel saidil
sync-family-not-configured = Lugemata: saidi kontot pole seadistatud
sync-family-stale = Seekord lugemata; kuvatakse andmeid seisuga { $time } ({ $reason })
sync-family-unread = Veel lugemata ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
       *[other] { $formatted } projekti
    }
sync-part-seats = Jira kohtade arvud
sync-part-group = { $count ->
        [one] { $formatted } rühma liikmed
       *[other] { $formatted } rühma liikmed
    }
sync-part-desk = { $count ->
        [one] { $formatted } teenuslaua kliendid
       *[other] { $formatted } teenuslaua kliendid
    }
sync-part-jsm-org = { $count ->
        [one] { $formatted } JSM-i organisatsiooni liikmed
       *[other] { $formatted } JSM-i organisatsiooni liikmed
    }
sync-part-space = { $count ->
        [one] { $formatted } ruum
       *[other] { $formatted } ruumi
    }
sync-skipped-permission = { $what }: lugemine ebaõnnestus, sest saidi kontol puudub { $permission }.
sync-skipped-not-offered = { $what }: lugemine ebaõnnestus, sest see sait ei paku selleks vajalikku API-t.
sync-skipped-names = Sealhulgas: { $names }
permission-administer-projects = projektiõigus „Projektide haldamine“ (või „Jira haldamine“)
permission-administer-jira = globaalne õigus „Jira haldamine“
permission-browse-users = globaalne õigus „Kasutajate ja rühmade sirvimine“
permission-desk-agent = teenuslaua agendi või administraatori roll
permission-view-space = ruumi õigus „Vaatamine“
sync-history = Viimased sünkroonimised
sync-history-started = Alustatud
sync-history-outcome = Tulemus
sync-history-accounts = Kontod
sync-history-requests = Päringud
sync-outcome-running = Käib
sync-outcome-complete = Lõpetatud
sync-outcome-failed = Nurjus
sync-outcome-cancelled = Katkestatud

## Users
users-title = Kasutajad
users-empty-title = Kuvatavaid kasutajaid veel pole
users-empty-body = Organisatsiooni kasutajad, Jira projektide ja Confluence'i ruumide liikmed ning Jira Service Managementi kliendid ilmuvad siia pärast esimest sünkroonimist.
users-loading = Kasutajate laadimine…
users-tabs = Millised kasutajad
users-tab-org = Organisatsiooni kasutajad
users-tab-projects = Projektide kasutajad
users-tab-customers = JSM-i kliendid
users-tab-all = Kõik
users-presets = Kiirvaated
users-preset-inactive = Mitteaktiivne kõigis toodetes
users-preset-warning = Hoiatus
users-preset-overdue = Üle tähtaja
users-preset-never = Pole kunagi aktiivne olnud
users-clear-filters = Tühjenda filtrid
users-count = { $count ->
        [one] { $formatted } kasutaja
       *[other] { $formatted } kasutajat
    }
users-as-of = seisuga { $time }
users-thresholds = · hoiatus { $warning } päeva järel, üle tähtaja { $overdue } päeva järel
users-table-caption = Filtritele vastavad kasutajad
users-no-matches = Nendele filtritele ei vasta ükski kasutaja.
filter-search = Otsing
filter-search-placeholder = Nimi või e-post
filter-type = Konto tüüp
filter-product = Toode
filter-group = Rühm
filter-project = Projekt või ruum
filter-desk = Teenuslaud või organisatsioon
filter-active-after = Viimati aktiivne alates
filter-active-before = Viimati aktiivne enne
filter-status = Olek
filter-inactivity = Mitteaktiivsus
filter-any = Kõik
filter-apply = Rakenda filtrid
column-name = Nimi
column-email = E-post
column-status = Olek
column-account-type = Konto tüüp
column-products = Tooted
column-groups = Rühmad
column-last-active = Viimati aktiivne
column-inactivity = Mitteaktiivsus
column-added = Organisatsiooni lisatud
column-service-desks = Teenuslauad
column-jsm-organizations = JSM-i organisatsioonid
column-details = Üksikasjad
columns-choose = Veerud
status-active = Aktiivne
status-suspended = Peatatud
status-deactivated = Desaktiveeritud
status-pending = Kutsutud
class-managed = Hallatud
class-external = Väline
class-customer = Klient
class-app = Rakendus
inactivity-active = Hiljuti aktiivne
inactivity-warning = Hoiatus
inactivity-overdue = Üle tähtaja
inactivity-never = Pole kunagi aktiivne olnud
never-active = Mitte kunagi
email-hidden = Peidetud kasutaja privaatsusseadetega
org-admin = Org. administraator
open-in-admin = Ava Atlassian Administrationis
list-more = { $list } +{ $more }
details = Üksikasjad
details-for = Kasutaja { $name } üksikasjad
details-close = Sulge üksikasjad
details-missing = Kasutajat ei leitud
details-account-id = Konto ID
details-org-admin = Organisatsiooni administraator
details-scim = Identiteedipakkuja loodud
details-products = Tooted ja viimane tegevus
details-product = Toode
details-projects = Jira projektid
details-spaces = Confluence'i ruumid
details-none = Puudub
yes = Jah
no = Ei
select-page = Vali kõik selle lehe kasutajad
select-user = Vali kasutaja { $name }
selection-count = { $count ->
        [0] Ühtegi kasutajat pole valitud
        [one] Valitud { $formatted } kasutaja
       *[other] Valitud { $formatted } kasutajat
    }
select-all-matching = Vali kõik vastavad ({ $formatted })
selection-clear = Tühista valik
pager-label = Lehed
pager-previous = Eelmine
pager-next = Järgmine
pager-position = Leht { $page } / { $pages }
pager-size = Ridu lehel:
export-matching = Ekspordi vastavad kasutajad (CSV)
export-selected = Ekspordi valitud kasutajad (CSV)
export-progress = Kasutajate eksportimine: { $done } / { $total }…
export-cancel = Katkesta eksport
export-cancelled = Eksport katkestati.
export-done = { $count ->
        [one] Eksporditud { $formatted } kasutaja.
       *[other] Eksporditud { $formatted } kasutajat.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Auditilogi
audit-empty-title = Auditilogi kirjeid veel pole
audit-empty-body = Iga toiming, mille administraator siin teeb, salvestatakse sellesse logisse: kes selle tegi, millal, kelle suhtes ja mida Atlassian vastas.
audit-loading = Auditilogi laadimine…
audit-search-placeholder = Administraator, kasutaja, toiming, üksikasjad või päringu ID
audit-filter-from = Alates (UTC päev)
audit-filter-to = Kuni (UTC päev)
audit-filter-admin = Administraator
audit-filter-action = Toiming
audit-filter-outcome = Tulemus
audit-filter-user = Mõjutatud kasutaja
audit-filter-user-placeholder = Konto ID, nimi või e-post
audit-count = { $count ->
        [one] { $formatted } kirje
       *[other] { $formatted } kirjet
    }
audit-no-matches = Nendele filtritele ei vasta ükski kirje.
audit-table-caption = Auditilogi kirjed, uusimad eespool
audit-column-time = Aeg (UTC)
audit-column-admin = Administraator
audit-column-action = Toiming
audit-column-user = Mõjutatud kasutaja
audit-column-outcome = Tulemus
audit-column-status = Atlassiani olek
audit-column-request = Päringu ID
audit-column-details = Üksikasjad
audit-column-entry = Kirje
audit-entry-open = Kirje { $seq } üksikasjad
audit-entry-title = Kirje nr { $seq }
audit-job = Töö { $id }
audit-export = Ekspordi CSV
audit-export-progress = Kirjete eksportimine: { $done } / { $total }…
audit-export-done = { $count ->
        [one] Eksporditud { $formatted } kirje.
       *[other] Eksporditud { $formatted } kirjet.
    }
audit-chain-broken = Ahel on katkenud kirje nr { $seq } juures: { $reason }
audit-chain-broken-help = Alates sellest kirjest võidi kirjeid muuta, eemaldada või lisada väljaspool User Account Managerit. Jätke andmebaas muutmata ja võrrelge seda oma viimase ekspordi või varukoopiaga.
audit-chain-unchecked = Räsiahelat ei õnnestunud kontrollida.
audit-checkpoints-missing = Allkirjastatud kontrollpunktid puuduvad: kontrollpunktide failis ei ole enam selle serveri kirjutatud kirje #{ $seq } kontrollpunkti.
audit-checkpoints-missing-help = Fail on kustutatud, asendatud vanema koopiaga või lühendatud, nii et kirjeid kuni selleni ei saa enam allkirja järgi kontrollida. Taastage fail oma koopiast (serveri logis on samuti kõik kontrollpunktid) ja jätke andmebaas muutmata.
audit-action-sign_in = Sisselogimine
audit-action-sign_out = Väljalogimine
audit-action-authn_denied = Juurdepääs keelatud
audit-action-session_ended = Seanss lõppes
audit-action-local_admin_created = Kohalik administraator loodud
audit-action-settings_changed = Seadet muudeti
audit-action-secret_replaced = Mandaat asendatud
audit-action-data_exported = Andmed eksporditud
audit-action-data_deleted = Andmed kustutatud
audit-action-audit_viewed = Auditilogi vaadatud
audit-action-audit_export = Auditilogi eksporditud
audit-action-users_exported = Kasutajad eksporditud
audit-outcome-ok = Õnnestus
audit-outcome-denied = Keelatud
audit-outcome-failed = Nurjus
audit-outcome-intent = Kavatsus
audit-outcome-skipped = Vahele jäetud
audit-outcome-blocked = Blokeeritud
audit-action-data_erasure_scheduled = Kõigi andmete kustutamine ajastatud
audit-action-data_erasure_cancelled = Ajastatud kustutamine tühistatud
audit-action-audit_pruned = Vanad auditikirjed eemaldatud
audit-action-bulk_job_queued = Hulgitöö järjekorda lisatud
audit-action-bulk_job_cancel = Hulgitöö tühistamist taotletud
audit-action-bulk_job_refused = Hulgitöö tagasi lükatud
audit-action-bulk_job_ended = Hulgitöö lõppenud
audit-action-bulk_deactivate = Hulgi desaktiveerimine
audit-action-bulk_reactivate = Hulgi taasaktiveerimine
audit-action-bulk_revoke_access = Tootele juurdepääsu hulgi eemaldamine
audit-action-bulk_assign_access = Tootele juurdepääsu hulgi andmine
audit-action-bulk_remove_customer = JSM-i klientide hulgi eemaldamine
audit-action-bulk_undo_deactivate = Hulgi desaktiveerimine (tagasivõtmine)
audit-action-bulk_undo_reactivate = Hulgi taasaktiveerimine (tagasivõtmine)
audit-action-bulk_undo_revoke_access = Tootele juurdepääsu hulgi eemaldamine (tagasivõtmine)
audit-action-bulk_undo_assign_access = Tootele juurdepääsu hulgi andmine (tagasivõtmine)
audit-action-bulk_undo_remove_customer = JSM-i klientide hulgi eemaldamine (tagasivõtmine)
audit-outcome-refused = Tagasi lükatud
audit-outcome-unknown = Tulemus teadmata
audit-outcome-not_sent = Saatmata
audit-outcome-reread = Kinnitatud uuesti lugemisega
audit-outcome-queued = Järjekorras
audit-outcome-running = Käimas
audit-outcome-cancelling = Tühistamine
audit-outcome-cancelled = Tühistatud
audit-outcome-finished = Lõpetatud
audit-csv-seq = Kirje
audit-csv-time = Aeg (UTC)
audit-csv-actor = Administraatori ID
audit-csv-actor-name = Administraatori nimi
audit-csv-auth-via = Sisselogimisviis
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira paneeli installatsioon
audit-csv-action = Toiming
audit-csv-target = Sihtmärk
audit-csv-target-name = Mõjutatud kasutaja nimi
audit-csv-target-email = Mõjutatud kasutaja e-post
audit-csv-outcome = Tulemus
audit-csv-atlassian-status = Atlassiani olek
audit-csv-request-id = Päringu ID
audit-csv-job-id = Töö
audit-csv-details = Üksikasjad
audit-csv-prev-hash = Eelmine räsi
audit-csv-hash = Räsi
audit-filter-source = Allikas
audit-source-both = See rakendus ja Atlassian
audit-source-app = See rakendus
audit-source-atlassian = Atlassian
audit-atlassian-note = Teatas Atlassian; ei kuulu selle rakenduse räsiahelasse.
audit-event-open = Atlassiani sündmuse { $seq } üksikasjad
audit-event-title = Atlassiani sündmus nr { $seq }
audit-csv-source = Allikas
audit-csv-event-id = Atlassiani sündmuse ID
audit-csv-ip = IP-aadress
audit-csv-product = Toode
audit-action-user_deactivated = Kasutaja desaktiveeritud
audit-action-user_reactivated = Kasutaja taasaktiveeritud
audit-action-user_access_suspended = Kasutaja juurdepääs peatatud
audit-action-user_access_restored = Kasutaja juurdepääs taastatud
audit-action-user_added_to_group = Kasutaja lisatud gruppi
audit-action-user_removed_from_group = Kasutaja eemaldatud grupist
audit-action-group_granted_role = Tooteroll antud grupile
audit-action-group_revoked_role = Tooteroll grupilt ära võetud
audit-action-user_granted_role = Tooteroll antud kasutajale
audit-action-user_revoked_role = Tooteroll kasutajalt ära võetud
audit-action-added_org_admin = Organisatsiooni admin lisatud
audit-action-removed_org_admin = Organisatsiooni admin eemaldatud
audit-action-service_desk_customer_added = Teenindusdeski klient lisatud
audit-action-service_desk_customer_removed = Teenindusdeski klient eemaldatud
audit-action-project_role_actor_added = Lisatud projekti rolli
audit-action-project_role_actor_removed = Eemaldatud projekti rollist

## Settings
settings-title = Seaded


settings-api-key-docs = Kuidas luua Admin API võtit

## Not found
not-found-title = Lehte ei leitud
not-found-body = Sellel aadressil pole lehte. Link võib olla valesti kirjutatud või leht on teisaldatud.
not-found-action = Mine ülevaatesse

## Demo mode
demo-badge = Demo-organisatsioon
demo-banner = { $org } on simuleeritud organisatsioon, nii et võite seda ohutult uurida: miski siin ei puuduta päris Atlassiani kontot.
demo-connect = Ühenda oma organisatsioon

## Errors a request can end in
error-unauthorized = Teie seanss on lõppenud. Jätkamiseks logige uuesti sisse.
error-forbidden = Seda saavad teha ainult organisatsiooni administraatorid.
error-not-found = Seda enam ei eksisteeri. Võimalik, et see eemaldati Atlassianis.
error-invalid-input = Osa sisestatud andmetest ei sobi. Kontrollige esiletõstetud välju.
error-atlassian-unavailable = Atlassian ei vasta praegu. Proovige mõne minuti pärast uuesti.
error-sync-running = Sünkroonimine juba käib. Oodake, kuni see lõpeb, või katkestage see enne.
error-no-snapshot = Midagi pole veel sünkroonitud. Esimene sünkroonimine algab automaatselt ja võib võtta mõne minuti.
error-transport = Serveriga ei saadud ühendust. Kontrollige ühendust ja proovige uuesti.
error-internal = Serveris läks midagi valesti. Üksikasjad leiate serveri logist.
error-payload-too-large = See päring on suurem, kui server vastu võtab, seega ei tehtud midagi. Saatke korraga vähem, näiteks vähem kirjeid.
error-timeout = Server peatas selle päringu, sest see kestis liiga kaua. Proovige hetke pärast uuesti või küsige korraga vähem.

## CSV export column headers
csv-name = Nimi
csv-email = E-post
csv-status = Olek
csv-account-type = Konto tüüp
csv-products = Tooted
csv-product-last-active = Viimati aktiivne toodete kaupa
csv-last-active = Viimati aktiivne
csv-groups = Rühmad
csv-inactivity = Mitteaktiivsus
csv-service-desks = Teenuslauad
csv-jsm-organizations = JSM-i organisatsioonid

## Signing in
login-title = Sisselogimine
login-intro = User Account Managerit saavad kasutada ainult organisatsiooni administraatorid.
login-atlassian = Logi sisse Atlassiani kontoga
login-demo-admins = Selles demos on need simuleeritud kontod organisatsiooni administraatorid. Valige simuleeritud Atlassiani sisselogimislehel üks neist; kõik muud kontod lükatakse tagasi.
login-local-title = Kohalik administraatorikonto
login-login = Kasutajanimi
login-password = Parool
login-totp = Autentimiskood
login-totp-hint = Ainult siis, kui teie konto kasutab autentimisrakendust.
login-submit = Logi sisse
login-setup-pending = Kohalikku administraatorikontot veel pole. Käivitumisel väljastas server ühekordse seadistuslingi, millega saab luua esimese konto; sama teeb käsk uam admin create.
login-signed-out = Olete välja logitud.
login-refused-title = Sisselogimine keelati
login-back = Tagasi sisselogimise juurde
login-error-invalid = Kasutajanimi, parool või autentimiskood on vale.
login-error-locked = Liiga palju nurjunud katseid. Oodake 15 minutit ja proovige siis uuesti.
login-error-totp = Autentimiskood puudub või on vale.
login-error-not-admin = See Atlassiani konto ei ole selle organisatsiooni administraator või ei ole nende administraatorite loendis, kellel on lubatud seda serverit kasutada.
login-error-unavailable = Sisselogimine pole praegu võimalik: Atlassian või serveri andmebaas ei vastanud. Proovige minuti pärast uuesti.
login-error-state = See sisselogimine on aegunud, juba kasutatud või alustatud teises brauseris. Alustage uuesti sisselogimislehelt.
login-error-setup-link = See seadistuslink on aegunud või juba kasutatud. Uue lingi saamiseks taaskäivitage server või looge administraator käsuga uam admin create.
login-error-setup-input = Kontrollige välju: kasutajanimes ei ole tühikuid, nimi on täidetud, paroolis on vähemalt 12 märki ja mõlemad paroolid kattuvad.
login-error-expired = Teie seanss on lõppenud. Logige uuesti sisse.

## First-run set-up
setup-title = Looge esimene administraatorikonto
setup-intro = See konto logib sisse oma parooliga. Hoidke seda hädaolukorra kontona: kui Atlassiani ühendus on seadistatud, logivad organisatsiooni administraatorid sisse Atlassiani kontoga.
setup-login = Kasutajanimi (e-posti aadress või lühinimi)
setup-name = Teie nimi
setup-password = Parool (vähemalt 12 märki)
setup-password-again = Parool uuesti
setup-totp-title = Autentimisrakendus
setup-totp-optional = Soovitatav: skannige see kood autentimisrakendusega ja sisestage rakenduse kuvatud kood. Vahelejätmiseks jätke koodiväli tühjaks.
setup-totp-required = See server nõuab autentimisrakendust: skannige see kood rakendusega ja sisestage rakenduse kuvatud kood.
setup-totp-key = Või sisestage see võti käsitsi:
setup-totp-qr = Autentimisrakenduse QR-kood
setup-totp-code = Rakenduse kood
setup-submit = Loo konto ja logi sisse

## The signed-in admin
account-via-local = Kohalik konto
account-via-atlassian = Atlassiani konto
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jira kaudu
account-sign-out = Logi välja

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manageri avamine…
embed-expired = Selle paneeli seanss on lõppenud. Jätkamiseks avage User Account Manager uuesti Jira haldusest.
embed-refused = User Account Managerit saavad Jiras kasutada ainult selle organisatsiooni administraatorid ja ainult siis, kui server nende kontot lubab.
embed-unavailable = User Account Manager ei saa praegu teie juurdepääsu kinnitada: Atlassian või server ei vastanud. Proovige minuti pärast uuesti.

## Settings page
settings-saved = Salvestatud.
settings-save = Salvesta
settings-set-by-env = Määratud keskkonnas; muutke seda serveri konfiguratsioonis.
settings-connection-title = Atlassiani ühendus
settings-connection-demo = Kuvatakse simuleeritud demo-organisatsiooni { $org }. Ühendage allpool oma organisatsioon.
settings-connection-env = Ühendatud organisatsiooniga { $org }, seadistatud serveri keskkonnas.
settings-connection-saved = Ühendatud organisatsiooniga { $org }.
settings-connection-pending = Salvestatud ühendus võetakse kasutusele serveri järgmisel käivitamisel. Selle organisatsiooniga ühenduse loomiseks taaskäivitage server.
settings-admin-key = Admin API võti
settings-key-placeholder = Salvestatud võtme asendamiseks kleepige uus võti
settings-key-write-only = Ainult kirjutamiseks: võti salvestatakse krüptituna ja seda ei kuvata enam kunagi.
settings-key-expiry = Võtme aegumiskuupäev
settings-key-expires = Aegub { $date }.
settings-key-expires-soon = Aegub { $date }, { $days } päeva pärast. Looge enne seda Atlassianis uus võti ja kleepige see siia.
settings-key-expired = Aegus { $date }. Sünkroonimised ja toimingud nurjuvad, kuni uus võti on salvestatud.
settings-secret-set = lõpeb …{ $hint }, määras { $by }, { $at }
settings-secret-unset = määramata
settings-org = Organisatsiooni ID
settings-find-orgs = Leia organisatsioonid
settings-site-title = Jira, Confluence ja Jira Service Management
settings-site-body = Projektirollid, ruumide liikmed, kliendid ja Jira kohad loetakse saidi kaudu konto e-posti aadressi ja API-tokeniga.
settings-site-url = Saidi URL
settings-site-email = Konto e-post
settings-site-token = API-token
settings-site-token-again = Sisestage token uuesti iga kord, kui muudate saidi URL-i või e-posti aadressi.
settings-test-connection = Testi ühendust
settings-check-admin-key = Admin API võti
settings-check-org = Organisatsioon
settings-check-directory = Kasutajad ja rühmad
settings-check-site = Sait
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = tagasi lükatud: võti või token on vale, aegunud või tühistatud
settings-check-outcome-forbidden = tagasi lükatud: mandaadil puudub vajalik õigus (ulatus)
settings-check-outcome-not-found = ei leitud: kontrollige organisatsiooni ID-d või saidi URL-i
settings-check-outcome-unreachable = Atlassian ei vastanud; proovige hiljem uuesti
settings-check-outcome-not-configured = seadistamata
settings-check-outcome-not-on-site = pole sellel saidil (saidil pole seda toodet)
settings-prices-title = Litsentside hinnad
settings-prices-body = Valikuline. Sisestage iga toote ühe koha kuuhind ja ülevaade näitab, kui palju mitteaktiivsete kasutajate kohad maksavad. Toote väljajätmiseks jätke selle väli tühjaks.
settings-currency = Valuuta (ISO-kood, nt USD või EUR)
settings-thresholds-title = Mitteaktiivsuse läved
settings-thresholds-body = Kasutaja, kellel pole olnud tegevust hoiatusläve ületava aja jooksul, märgitakse olekuga „hoiatus“; tähtajaläve ületamisel olekuga „üle tähtaja“. Tähtajalävi peab olema hoiatuslävest pikem.
settings-warning-days = Hoiatuslävi (päeva)
settings-overdue-days = Tähtajalävi (päeva)
settings-protected-title = Kaitstud kontod
settings-protected-body = Hulgitoimingud ei desaktiveeri neid kontosid ega eemalda nende juurdepääsu kunagi. Sisestage e-posti aadressid, terved domeenid kujul *@example.com või Atlassiani konto ID-d. Organisatsiooni administraatorid ja teie ise olete alati kaitstud.
settings-protected-add = Lisage aadresse, domeene või konto ID-sid (võite kleepida mitu, eraldatuna komade, tühikute või reavahetustega)
settings-protected-add-button = Lisa
settings-protected-search = Otsi kaitstud kontode hulgast
settings-protected-count = { $count ->
    [one] Üks kaitstud kirje
   *[other] { $count } kaitstud kirjet
}
settings-protected-remove = Eemalda
settings-schedule-title = Sünkroonimise ajakava ja auditilogi säilitamine
settings-sync-interval = Sünkroonimiste vahe (tundi)
settings-sync-interval-hint = 0 lülitab ajastatud sünkroonimise välja; „Sünkrooni kohe“ töötab endiselt.
settings-retention = Auditilogi kirjete säilitamine (päeva)
settings-retention-hint = Vähemalt 180 päeva (sama kaua kui Atlassiani enda auditilogi), kõige rohkem 3650; 0 säilitab need igaveseks.
error-invalid-entries = Need kirjed ei ole e-posti aadressid ega *@domeen-kirjed, seega midagi ei salvestatud:
settings-data-title = Teie andmed
settings-data-export-body = Laadige kõik, mida User Account Manager talletab, alla ühe arhiivina: seaded (ilma saladusteta), kohalikud administraatorikontod (ilma paroolideta), sünkroonimisajalugu, auditilogi ja teie kasutajate praegune hetktõmmis. Eksport salvestatakse auditilogisse.
settings-data-export = Ekspordi kõik
settings-data-delete-body = Kustutage kõik, mida User Account Manager talletab: seaded, salvestatud võti ja token, kohalikud administraatorikontod, seansid, hetktõmmised ja auditilogi. Atlassianis ei muutu midagi. Seda ei saa tagasi võtta; kui võite andmeid vajada, eksportige need enne.
settings-data-delete-confirm = Kinnitamiseks tippige DELETE
settings-data-delete = Kustuta kõik
settings-data-not-confirmed = Midagi ei kustutatud: kinnitamiseks tippige täpselt DELETE.
settings-data-sync-running = Midagi ei kustutatud: sünkroonimine käib. Katkestage see või oodake selle lõppu ja proovige siis uuesti.
settings-data-export-failed = Eksport nurjus. Üksikasjad leiate serveri logist.
settings-data-delete-failed = Kustutamine nurjus; midagi ei kustutatud. Üksikasjad leiate serveri logist.
error-reauth-failed = Parool või autentimiskood on vale. Midagi ei ajastatud.
error-reauth-stale = Kinnitage esmalt, et see olete teie: logige uuesti Atlassianiga sisse ja kustutage seejärel 5 minuti jooksul.
error-panel-refused = See pole Jira paneelist võimalik. Avage User Account Manager eraldi brauseri vahekaardil.
error-erasure-pending = Kõigi andmete kustutamine on juba ajastatud. Tühistage see esmalt või oodake, kuni see käivitub.
settings-data-delete-delay = Midagi ei kustutata kohe: kustutamine toimub { $hours } tundi pärast teie kinnitust. Seni näevad kõik administraatorid seda armatuurlaual ja saavad selle tühistada. Kustutatud auditilogist säilitatakse allkirjastatud kirje.
settings-data-reauth-atlassian = Logisite Atlassianiga sisse rohkem kui 5 minutit tagasi. Kinnitamiseks logige uuesti sisse ja kustutage seejärel 5 minuti jooksul.
settings-data-reauth-fresh = Logisite Atlassianiga sisse vähem kui 5 minutit tagasi, mis kinnitab, et see olete teie.
settings-data-scheduled = Kõigi andmete kustutamine on ajastatud. Kuni see käivitub, saab iga administraator selle siin või armatuurlaual tühistada.
erasure-title = Kõik andmed kustutatakse
erasure-body = { $name } ajastas { $scheduled } kõige User Account Manageris talletatu kustutamise, sealhulgas auditilogi. See käivitub { $due }, kui ükski administraator seda ei tühista.
erasure-cancel = Tühista kustutamine
erasure-cancelled = Kustutamine tühistati. Midagi ei kustutatud.
erasure-cancel-failed = Kustutamist ei õnnestunud tühistada. Üksikasjad leiate serveri logist.
login-deleted = Kõik andmed kustutati. Server väljastas uue seadistuslingi, et saaksite esimese administraatorikonto uuesti luua.
error-invalid-org_id = Organisatsiooni ID puudub või on vigane: see on ID aadressis admin.atlassian.com/o/<ID>/… ning koosneb tähtedest, numbritest ja sidekriipsudest.
error-invalid-admin_api_key = Kleepige Admin API võti: selle organisatsiooni jaoks pole veel ühtegi salvestatud.
error-invalid-site = Saidi jaoks on vaja korraga selle URL-i, konto e-posti aadressi ja selle konto API-tokenit.
error-invalid-site_url = Saidi URL on vigane: see peab olema kujul https://your-site.atlassian.net.
error-invalid-site_host = Lubatud on ainult saidid kujul https://your-site.atlassian.net: API-tokenit ei saadeta ühelegi teisele hostile. Muu hosti peab esmalt lubama serveri haldaja (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Uus saidi URL või konto e-posti aadress nõuab uuesti API-tokenit: kleepige selle konto token selle saidi jaoks.
error-invalid-site_email = Konto e-post ei ole kehtiv e-posti aadress.
error-invalid-thresholds = Mõlemad läved peavad olema täisarv päevi ja tähtajalävi peab olema hoiatuslävest pikem.
error-invalid-schedule = Sisestage täisarvud: tunnid sünkroonimiste vahel ja päevad auditilogi säilitamiseks.
error-invalid-sync_interval_hours = Sünkroonimiste vahe peab olema 0 (väljas) või 1 kuni 168 tundi.
error-invalid-audit_retention_days = Auditilogi kirjete säilitusaeg peab olema 0 päeva (igavesti) või 180 kuni 3650 päeva.
error-invalid-seat_prices = Sisestage kolmetäheline valuutakood ja hinnad vahemikus 0 kuni 100000, kasutades numbreid ja kümnendpunkti.
login-atlassian-off = Sisselogimine Atlassiani kontoga pole selles serveris seadistatud. Serveri haldaja saab selle seadistada OAuth-rakendusega (UAM_OAUTH_CLIENT_ID ja UAM_OAUTH_CLIENT_SECRET); seni logige sisse kohaliku administraatorikontoga.

## Bulk actions
bulk-title = Hulgitoiming
bulk-undo-title = Võta see töö tagasi
bulk-actions = Toimingud…
bulk-actions-user = Selle kasutaja toimingud…
bulk-choose = Mida teha
bulk-action-deactivate = Desaktiveeri
bulk-action-reactivate = Aktiveeri uuesti
bulk-action-revoke_access = Eemalda tootele juurdepääs
bulk-action-assign_access = Anna tootele juurdepääs
bulk-action-remove_customer = Eemalda JSM-i kliendid
bulk-every-desk = kõik teenuslauad
bulk-products = Tooted
bulk-desks = Teenuslauad
bulk-desks-hint = Kui te ühtegi ei vali, eemaldatakse kliendid kõigist teenuslaudadest, kuhu nad kuuluvad.
bulk-check = Kontrolli, keda see mõjutab
bulk-cancel = Tühista
bulk-checking = Iga kasutaja kontrollimine Atlassianis…
bulk-starting = Töö käivitamine…
bulk-count-changing = { $count ->
        [one] Muudetakse { $formatted } kasutaja
       *[other] Muudetakse { $formatted } kasutajat
    }
bulk-count-already = { $count ->
        [one] { $formatted } kasutaja on juba selles olekus
       *[other] { $formatted } kasutajat on juba selles olekus
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } kasutajat ei saa muuta
       *[other] { $formatted } kasutajat ei saa muuta
    }
bulk-how = Kuidas seda tehakse
bulk-method-disable_account = { $count ->
        [one] Desaktiveeritakse { $formatted } konto (organisatsiooni hallatud: kasutajahalduse elutsükli API)
       *[other] Desaktiveeritakse { $formatted } kontot (organisatsiooni hallatud: kasutajahalduse elutsükli API)
    }
bulk-method-enable_account = { $count ->
        [one] Aktiveeritakse uuesti { $formatted } konto (organisatsiooni hallatud: kasutajahalduse elutsükli API)
       *[other] Aktiveeritakse uuesti { $formatted } kontot (organisatsiooni hallatud: kasutajahalduse elutsükli API)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } kasutaja kaotab juurdepääsu organisatsioonile (peatamine: organisatsioon ei halda kontot)
       *[other] { $formatted } kasutajat kaotab juurdepääsu organisatsioonile (peatamine: organisatsioon ei halda nende kontosid)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } kasutaja saab juurdepääsu organisatsioonile tagasi (taastamine: organisatsioon ei halda kontot)
       *[other] { $formatted } kasutajat saab juurdepääsu organisatsioonile tagasi (taastamine: organisatsioon ei halda nende kontosid)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } kasutaja eemaldatakse rühmadest, mis annavad juurdepääsu toodetele
       *[other] { $formatted } kasutajat eemaldatakse rühmadest, mis annavad juurdepääsu toodetele
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } kasutaja lisatakse rühma, mis annab juurdepääsu toodetele
       *[other] { $formatted } kasutajat lisatakse rühma, mis annab juurdepääsu toodetele
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } kasutaja kaotab otse määratud tooterolli
       *[other] { $formatted } kasutajat kaotab otse määratud tooterolli
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } kasutajale määratakse tooteroll otse
       *[other] { $formatted } kasutajale määratakse tooteroll otse
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } klient eemaldatakse teenuslaudadest
       *[other] { $formatted } klienti eemaldatakse teenuslaudadest
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } klient lisatakse teenuslaudadesse tagasi
       *[other] { $formatted } klienti lisatakse teenuslaudadesse tagasi
    }
bulk-nothing = Pole midagi muuta: kõik valitud kasutajad on juba selles olekus või neid ei saa muuta.
bulk-skipped = Jäetakse muutmata
bulk-skipped-more = …ja veel { $count }.
bulk-reason = Põhjus
bulk-type-to-confirm = Kinnitamiseks tippige { $count }
bulk-presets = Puhastustoimingud
bulk-preset-overdue = Desaktiveeri kõik tähtaja ületanud kasutajad
bulk-preset-revoke = Eemalda toote { $product } juurdepääs kasutajatelt, kes pole seda { $days } päeva kasutanud
bulk-skip-already_done = Juba selles olekus
bulk-skip-protected = Seadetes kaitstud
bulk-skip-org_admin = Organisatsiooni administraator: hulgitoimingud ei muuda seda kunagi
bulk-skip-acting_admin = Teie enda konto: teie enda hulgitoiming ei muuda seda kunagi
bulk-skip-identity_provider = Identiteedipakkuja (SCIM) loodud; see haldab selle konto juurdepääsu
bulk-skip-lookup_failed = Atlassianilt ei õnnestunud küsida kasutaja praegust olekut, seega ei võetud riski
bulk-skip-not_found = Atlassian ei tunne seda kontot enam
bulk-skip-not_applicable = See toiming ei kehti seda tüüpi konto kohta
bulk-skip-no_way = Juurdepääs tuleb kohast, mida see toode muuta ei saa
bulk-skip-direct_role_unavailable = Antud otse ja see organisatsioon ei paku Atlassiani otseste tooterollide API-t (piiratud saadavus), seega ei riskitud millegagi
bulk-step-disable_account = Konto desaktiveeriti
bulk-step-enable_account = Konto aktiveeriti uuesti
bulk-step-suspend = Juurdepääs organisatsioonile peatati
bulk-step-restore = Juurdepääs organisatsioonile taastati
bulk-step-leave_group = Eemaldatud rühmast { $object }
bulk-step-join_group = Lisatud rühma { $object }
bulk-step-revoke_role = Roll { $object } eemaldatud
bulk-step-assign_role = Roll { $object } määratud
bulk-step-remove_customer = Eemaldatud teenuslaua { $object } klientide hulgast
bulk-step-add_customer = Lisatud teenuslaua { $object } kliendiks

## Jobs
nav-jobs = Tööd
jobs-title = Tööd
jobs-intro = Hulgitoimingud käivad serveris töödena: need jätkuvad ka siis, kui sulgete vahekaardi, kõik administraatorid näevad neid ning korraga käib üks töö, teised ootavad oma järjekorda.
jobs-loading = Tööde laadimine…
jobs-empty-title = Töid veel pole
jobs-empty-body = Kasutajate lehelt või ülevaatest käivitatud hulgitoimingud ilmuvad siia koos edenemise ja iga kasutaja tulemusega.
jobs-caption = Hulgitoimingute tööd, uusimad eespool
job-title = Töö
job-back = Kõik tööd
job-loading = Töö laadimine…
job-action = Toiming
job-state = Olek
job-progress = Edenemine
job-started-by = Käivitaja
job-created = Loodud
job-started = Alustatud
job-finished = Lõpetatud
job-counts = Kokku { $total }: { $done } tehtud, { $skipped } vahele jäetud, { $failed } nurjunud
job-count-done = { $formatted } tehtud
job-count-skipped = { $formatted } vahele jäetud
job-count-failed = { $formatted } nurjunud
job-count-unknown = { $formatted } katkestatud, tulemus teadmata
job-count-cancelled = { $formatted } jäi töötlemata (tühistatud)
job-count-pending = { $formatted } ootel
job-waiting = Atlassiani päringupiirangu tõttu ootel kuni { $time }
job-queue-position = { $count ->
        [0] Järjekorras: järgmine
        [one] Järjekorras: ees { $count } töö
       *[other] Järjekorras: ees { $count } tööd
    }
job-undo-of = See töö võtab tagasi varasema töö.
job-open-original = Ava algne töö
job-undone-by = See töö on tagasi võetud.
job-open-undo = Ava tagasivõtmise töö
job-undone-by-short = tagasi võetud
job-error = Peatus enneaegselt:
job-stopped-panic = sisemine viga peatas selle töö. Kasutajad, kelleni see veel ei jõudnud, jäid muutmata.
job-stopped-not-admin = selle käivitanud administraator ei ole enam organisatsiooni administraator, kellel on lubatud seda serverit kasutada, seega lükati see tagasi.
job-stopped-admin-unconfirmed = Atlassian ei suutnud kinnitada, et selle käivitanud administraator on endiselt organisatsiooni administraator, seega lükati see tagasi.
job-cancel = Tühista töö
job-undo = Võta see töö tagasi
job-results = Tulemused kasutajate kaupa
job-filter = Kuva
job-filter-all = Kõik
job-item-state = Tulemus
job-steps = Sammud
job-outcome = Põhjus ja Atlassiani vastus
job-no-items = Selles olekus kasutajaid pole.
job-atlassian-status = Atlassiani vastus: { $status }
job-request-id = Päringu ID
job-state-queued = Järjekorras
job-state-running = Käimas
job-state-cancelling = Tühistamine
job-state-cancelled = Tühistatud
job-state-finished = Lõpetatud
job-state-failed = Nurjunud
job-item-pending = Ootel
job-item-running = Pooleli
job-item-done = Tehtud
job-item-skipped = Vahele jäetud
job-item-failed = Nurjunud
job-item-unknown = Tulemus teadmata
job-item-cancelled = Tühistatud

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Näita minu logi vaatamisi
audit-views-hidden = Teie enda logi vaatamised, peidetud: { $formatted }.
audit-views-show = Näita neid
audit-chain-verified-through = Ahel kontrollitud kirjeni #{ $last }, viimane allkirjastatud kontrollpunkt #{ $seq } { $time }.
audit-chain-verified-through-unsigned = Ahel kontrollitud kirjeni #{ $last }, allkirjastatud kontrollpunkti veel pole.
audit-job-titled = { $title } · töö { $id }
audit-csv-details-json = Üksikasjad (JSON)
audit-say-via-local = Logis sisse kohaliku kontoga.
audit-say-via-atlassian = Logis sisse Atlassianiga.
audit-say-via-forge = Logis sisse Jira paneelilt.
audit-say-refused = Keelatud: { $reason }
audit-say-attempts = Ebaõnnestunud katsed: { $count }, alates { $since }.
audit-say-from = Aadressilt { $address }.
audit-say-session-ended = Administraator ei ole enam organisatsiooni administraator, seega seanss suleti.
audit-say-totp-on = Logib sisse parooli ja autentimiskoodiga.
audit-say-totp-off = Logib sisse ainult parooliga.
audit-say-setting = { $setting } muudetud: { $before } → { $after }.
audit-say-secret = { $setting } asendatud: vana lõppes märkidega { $before }, uus lõpeb märkidega { $after }.
audit-say-secret-first = { $setting } määratud: lõpeb märkidega { $after }.
audit-say-nothing = mitte midagi
audit-say-yes = jah
audit-say-no = ei
audit-say-data-exported = Kõik eksporditi: kasutajaid: { $users }, maht: { $size } KB.
audit-say-data-deleted = Kõik salvestatu kustutati; logi algab siit uuesti.
audit-say-erasure-times = Ajastatud { $scheduled }, tähtaeg { $due }.
audit-say-erasure-due = Kõik kustutatakse { $due }, kui administraator seda ei tühista.
audit-say-erasure-cancelled = Tühistati kustutamine, mille { $by } oli ajastanud ajaks { $due }.
audit-say-viewed = Logi vaadati.
audit-say-filter = Filtrid: { $filter }.
audit-say-audit-export = Eksporditud kirjed: { $count }.
audit-say-pruned = Säilitusaja järgi eemaldatud kirjed: { $count }, kõik vanemad kui { $cutoff }; viimane oli #{ $seq }.
audit-say-users-exported = Kasutajate tabeli vaatest eksporditud kasutajad: { $count }.
audit-say-users-selected = Eksporditud valitud kasutajad: { $count }.
audit-say-job-queued = Kasutajaid plaanis: { $users }; muudetakse: { $changing }; jäetakse muutmata: { $skipped }.
audit-say-job-cancel = Paluti töö peatada; töös olevad kasutajad lõpetatakse enne.
audit-say-job-ended = Töö lõppes ({ $state }): { $counts }.
audit-say-step-intent = Kohe palutakse Atlassianilt: { $step }.
audit-say-step-failed = Ebaõnnestus (katse { $attempt }): { $step }. Atlassiani vastus: { $error }
audit-say-reread-yes = Kasutaja uuesti lugemine näitas, et muudatus tehti.
audit-say-reread-no = Kasutaja uuesti lugemine näitas, et muudatust ei tehtud.
audit-say-interrupted = Katkes serveri taaskäivituse tõttu, seejärel selgitati tulemus kasutaja uuesti lugemisega.
audit-say-skip-preflight = Eelkontrollis muutmata jäetud: { $reason }.
audit-say-error = Viga: { $error }
audit-say-exercise = Kirjutatud auditi sõnavara kontrollimiseks; ükski administraator seda toimingut ei teinud.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian ei vastanud õigel ajal. Proovige mõne hetke pärast uuesti.
error-invalid-admin_api_key_refused = Atlassian lükkas selle võtme tagasi: see on vale, aegunud või tühistatud või ei tohi see organisatsioone lugeda. Kontrollige seda aadressil admin.atlassian.com.
settings-no-answer = Atlassian ei vastanud { $seconds } sekundi jooksul. Proovige mõne hetke pärast uuesti; kui see kordub, võib Atlassianil olla probleeme.
settings-finding-orgs = Organisatsioonide otsimine…
settings-orgs-found = Organisatsioonid, mida see võti näeb: { $count }. Valige üks väljal Organisatsiooni ID.
settings-orgs-none = See võti ei näe ühtegi organisatsiooni. Kontrollige, et see oleks organisatsiooni Admin API võti, mitte isiklik API-tõend.
settings-checking = Ühenduse kontrollimine Atlassianiga…
settings-check-col-check = Kontroll
settings-check-col-result = Tulemus
settings-check-col-detail = Mida see tähendab
settings-check-result-ok = Töötab
settings-check-result-unused = Pole kasutusel
settings-check-result-failed = Vajab tähelepanu
settings-check-ok-detail = Atlassian võttis mandaadi vastu ja vastas.
settings-check-status = Atlassiani vastus toe jaoks: HTTP { $status }
settings-check-summary = Töötavad kontrollid: { $working } / { $total }.
settings-check-outcome-timeout = vastust pole { $seconds } sekundi jooksul: Atlassian võib olla aeglane või maas; proovige mõne minuti pärast uuesti
settings-check-outcome-rate-limited = Atlassian piirab praegu päringuid (liiga palju lühikese aja jooksul); proovige minuti pärast uuesti
settings-check-outcome-server-error = Atlassiani poolel tekkis probleem ja see ei saanud vastata; proovige hiljem uuesti
settings-check-outcome-rejected = Atlassian lükkas saadetud päringu tagasi; üksikasjad on serveri logis
settings-nav-label = Seadete jaotised
settings-danger-title = Ohutsoon
settings-danger-unlock = Nupp avaneb, kui DELETE on sisestatud.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Desaktiveerimine: { $users }
job-title-reactivate = Taasaktiveerimine: { $users }
job-title-revoke_access = Juurdepääsu eemaldamine ({ $subjects }): { $users }
job-title-assign_access = Juurdepääsu andmine ({ $subjects }): { $users }
job-title-remove_customer = Klientide hulgast eemaldamine ({ $subjects }): { $users }
job-title-add_customer = Klientide hulka tagasi lisamine ({ $subjects }): { $users }
job-undo-of-job = töö { $job } tagasivõtmine
bulk-plan-disable_account = Desaktiveeri (hallatav konto)
bulk-plan-enable_account = Taasaktiveeri (hallatav konto)
bulk-plan-suspend = Peata juurdepääs organisatsioonile
bulk-plan-restore = Taasta juurdepääs organisatsioonile
bulk-plan-leave_group = Eemalda grupist { $object }
bulk-plan-join_group = Lisa gruppi { $object }
bulk-plan-revoke_role = Eemalda juurdepääs: { $object }
bulk-plan-assign_role = Anna juurdepääs: { $object }
bulk-plan-remove_customer = Eemalda klientide hulgast: { $object }
bulk-plan-add_customer = Lisa tagasi klientide hulka: { $object }
bulk-changing = Kasutajad, keda muudetakse
bulk-change = Muudatus
bulk-search = Otsi nime või e-posti järgi
bulk-search-none = Ükski kasutaja ei vasta otsingule.
job-outcome-confirmed = Tehtud: Atlassian kinnitas muudatuse
job-outcome-refused = Atlassian keeldus muudatusest
job-outcome-unavailable = Atlassian ei võtnud muudatust praegu vastu (hõivatud või kättesaamatu)
bulk-their-desks = teenuslauad, kus nad olid

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtrid
filters-active = Kehtivad filtrid
filter-chip = { $name }: { $value }
filter-remove = Eemalda filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Juurdepääs puudub
card-no-access = Ei saa sisse logida (peatatud või desaktiveeritud): { $formatted }
column-places = Projektid ja ruumid
csv-places = Projektid ja ruumid (rollid)
places-more = +{ $more } veel
export-style = CSV lahtrid
export-style-readable = Loetavad nimetused
export-style-codes = Koodid skriptidele
