## The language's own name, shown in the language picker.
language-name = Norsk bokmål

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Gå til innholdet
nav-label = Hovedmeny
nav-dashboard = Oversikt
nav-users = Brukere
nav-audit = Revisjonslogg
nav-settings = Innstillinger
prefs-language = Språk
prefs-theme = Tema
prefs-apply = Bruk
theme-system = Systemtema
theme-light = Lyst tema
theme-dark = Mørkt tema
error-title = Noe gikk galt
error-body = Denne delen av siden kunne ikke vises. Last inn siden på nytt for å prøve igjen. Hvis det skjer igjen, finner du detaljene i serverloggen.

## Dashboard
dashboard-title = Oversikt
dashboard-empty-title = Ingen organisasjonsdata ennå
dashboard-empty-body = Koble til Atlassian-organisasjonen din under Innstillinger. Etter den første synkroniseringen viser denne oversikten brukerne, aktiviteten deres og lisensbruken i Jira, Confluence og Jira Service Management.
dashboard-empty-action = Åpne Innstillinger
dashboard-first-sync-title = Leser organisasjonen din
dashboard-first-sync-body = Den første synkroniseringen leser brukere, grupper og produkttilgang fra Atlassian. Fremdriften vises ovenfor; tallene vises her så snart den er ferdig.
dashboard-first-sync-working = Synkroniserer …
dashboard-summary = Sammendrag
card-total = Brukere totalt
card-total-detail = { $org } organisasjonsbrukere og { $customers } kunder
card-active = Nylig aktive
card-active-detail = Organisasjonsbrukere som har brukt et produkt de siste { $days } dagene
card-inactive = Inaktive brukere
card-customers = JSM-kunder
threshold-warning = Ingen aktivitet på { $days } dager eller mer
threshold-overdue = Ingen aktivitet på { $days } dager eller mer
threshold-never = Ingen registrert aktivitet
utilisation-title = Lisensutnyttelse
utilisation-seats = { $used } av { $capacity } plasser ({ $percent })
utilisation-near = Nesten fullt: gå gjennom inaktive brukere før du kjøper flere plasser.
utilisation-over = Alle plasser er i bruk: nye brukere kan ikke få tilgang før plasser frigjøres eller kjøpes.
products-title = Produkter
products-product = Produkt
products-users = Brukere med tilgang
products-seats = Plasser i bruk
products-cost = Månedskostnad for inaktive plasser
products-cost-hint = Angi en pris per plass for å se hva inaktive plasser koster hver måned.
products-cost-set = Angi priser under Innstillinger
chart-title = Siste aktivitet
chart-intro = Når organisasjonsbrukere med aktiv konto sist brukte et produkt.
chart-days = { $from }–{ $to } dager
chart-more-than = Mer enn { $days } dager
chart-table-caption = Siste aktivitet for organisasjonsbrukere med aktiv konto
chart-last-active = Sist aktiv
chart-users = Brukere
sync-title = Synkronisering
sync-last = Data fra { $time }: { $formatted } { $count ->
        [one] konto
       *[other] kontoer
    }.
sync-never = Ingenting er synkronisert ennå.
sync-next = Neste planlagte synkronisering: { $time }
sync-incremental = Endringer gjort i Atlassian ble sist kontrollert { $time }: { $formatted } { $count ->
        [one] bruker
       *[other] brukere
    } ble oppdatert.
sync-incremental-failed = Kontrollen av endringer gjort i Atlassian mislyktes { $time }: { $reason }
sync-failed = Synkroniseringen som startet { $time }, mislyktes: { $reason }
sync-now = Synkroniser nå
sync-cancel = Avbryt synkronisering
sync-phase-starting = Starter
sync-phase-collecting = Leser fra Atlassian
sync-phase-indexing = Bygger øyeblikksbildet
sync-items = { $done } kontoer lest
sync-items-of = { $done } av omtrent { $total } kontoer lest
sync-waits = { $requests } forespørsler; { $seconds } s ventetid på grunn av Atlassians hastighetsgrenser
sync-families = Leste produkter
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Fullstendig
sync-family-partial = Delvis lest
sync-family-not-on-site = Finnes ikke på dette nettstedet
sync-family-not-configured = Ikke lest: ingen nettstedskonto er konfigurert
sync-family-stale = Ikke lest denne gangen; viser data fra { $time } ({ $reason })
sync-family-unread = Ikke lest ennå ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } prosjekt
       *[other] { $formatted } prosjekter
    }
sync-part-seats = Jiras lisensantall
sync-part-group = { $count ->
        [one] Medlemmene av { $formatted } gruppe
       *[other] Medlemmene av { $formatted } grupper
    }
sync-part-desk = { $count ->
        [one] Kundene i { $formatted } servicedesk
       *[other] Kundene i { $formatted } servicedesker
    }
sync-part-jsm-org = { $count ->
        [one] Medlemmene av { $formatted } JSM-organisasjon
       *[other] Medlemmene av { $formatted } JSM-organisasjoner
    }
sync-part-space = { $count ->
        [one] { $formatted } område
       *[other] { $formatted } områder
    }
sync-skipped-permission = { $what } kunne ikke leses: nettstedskontoen trenger { $permission }.
sync-skipped-not-offered = { $what } kunne ikke leses: dette nettstedet tilbyr ikke API-et som trengs.
sync-skipped-names = Blant annet: { $names }
permission-administer-projects = prosjekttillatelsen «Administrer prosjekter» (eller «Administrer Jira»)
permission-administer-jira = den globale tillatelsen «Administrer Jira»
permission-browse-users = den globale tillatelsen «Bla gjennom brukere og grupper»
permission-desk-agent = en agent- eller administratorrolle i servicedesken
permission-view-space = områdetillatelsen «Vis»
sync-history = Siste synkroniseringer
sync-history-started = Startet
sync-history-outcome = Resultat
sync-history-accounts = Kontoer
sync-history-requests = Forespørsler
sync-outcome-running = Kjører
sync-outcome-complete = Fullført
sync-outcome-failed = Mislyktes
sync-outcome-cancelled = Avbrutt

## Users
users-title = Brukere
users-empty-title = Ingen brukere å vise ennå
users-empty-body = Organisasjonsbrukere, medlemmer av Jira-prosjekter og Confluence-områder samt Jira Service Management-kunder vises her etter den første synkroniseringen.
users-loading = Laster inn brukere …
users-tabs = Hvilke brukere
users-tab-org = Organisasjonsbrukere
users-tab-projects = Prosjektbrukere
users-tab-customers = JSM-kunder
users-tab-all = Alle
users-presets = Hurtigvisninger
users-preset-inactive = Inaktive i alle produkter
users-preset-warning = Advarsel
users-preset-overdue = Forfalt
users-preset-never = Aldri aktive
users-clear-filters = Fjern filtre
users-count = { $count ->
        [one] { $formatted } bruker
       *[other] { $formatted } brukere
    }
users-as-of = per { $time }
users-thresholds = · advarsel etter { $warning } dager, forfalt etter { $overdue }
users-table-caption = Brukere som samsvarer med filtrene
users-no-matches = Ingen brukere samsvarer med disse filtrene.
filter-search = Søk
filter-search-placeholder = Navn eller e-post
filter-type = Kontotype
filter-product = Produkt
filter-group = Gruppe
filter-project = Prosjekt eller område
filter-desk = Servicedesk eller organisasjon
filter-active-after = Sist aktiv fra og med
filter-active-before = Sist aktiv før
filter-status = Status
filter-inactivity = Inaktivitet
filter-any = Alle
filter-apply = Bruk filtre
column-name = Navn
column-email = E-post
column-status = Status
column-account-type = Kontotype
column-products = Produkter
column-groups = Grupper
column-last-active = Sist aktiv
column-inactivity = Inaktivitet
column-added = Lagt til i organisasjonen
column-service-desks = Servicedesker
column-jsm-organizations = JSM-organisasjoner
column-details = Detaljer
columns-choose = Kolonner
status-active = Aktiv
status-suspended = Suspendert
status-deactivated = Deaktivert
status-pending = Invitert
class-managed = Administrert
class-external = Ekstern
class-customer = Kunde
class-app = App
inactivity-active = Nylig aktiv
inactivity-warning = Advarsel
inactivity-overdue = Forfalt
inactivity-never = Aldri aktiv
never-active = Aldri
email-hidden = Skjult av brukerens personverninnstillinger
org-admin = Org.-administrator
open-in-admin = Åpne i Atlassian-administrasjon
list-more = { $list } +{ $more }
details = Detaljer
details-for = Detaljer for { $name }
details-close = Lukk detaljer
details-missing = Fant ikke brukeren
details-account-id = Konto-ID
details-org-admin = Organisasjonsadministrator
details-scim = Klargjort av identitetsleverandøren
details-products = Produkter og siste aktivitet
details-product = Produkt
details-projects = Jira-prosjekter
details-spaces = Confluence-områder
details-none = Ingen
yes = Ja
no = Nei
select-page = Velg alle brukere på denne siden
select-user = Velg { $name }
selection-count = { $count ->
        [0] Ingen brukere valgt
        [one] { $formatted } bruker valgt
       *[other] { $formatted } brukere valgt
    }
select-all-matching = Velg alle { $formatted } treff
selection-clear = Fjern valget
pager-label = Sider
pager-previous = Forrige
pager-next = Neste
pager-position = Side { $page } av { $pages }
pager-size = Rader per side:
export-matching = Eksporter treff (CSV)
export-selected = Eksporter valgte (CSV)
export-progress = Eksporterer { $done } av { $total } brukere …
export-cancel = Avbryt eksport
export-cancelled = Eksporten ble avbrutt.
export-done = { $count ->
        [one] Eksporterte { $formatted } bruker.
       *[other] Eksporterte { $formatted } brukere.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Revisjonslogg
audit-empty-title = Ingen oppføringer ennå
audit-empty-body = Alle handlinger en administrator utfører her, registreres i denne loggen: hvem som gjorde det, når, overfor hvem, og hva Atlassian svarte.
audit-loading = Laster inn revisjonsloggen …
audit-search-placeholder = Administrator, bruker, handling, detaljer eller forespørsels-ID
audit-filter-from = Fra (UTC-dag)
audit-filter-to = Til (UTC-dag)
audit-filter-admin = Administrator
audit-filter-action = Handling
audit-filter-outcome = Resultat
audit-filter-user = Berørt bruker
audit-filter-user-placeholder = Konto-ID, navn eller e-post
audit-count = { $count ->
        [one] { $formatted } oppføring
       *[other] { $formatted } oppføringer
    }
audit-no-matches = Ingen oppføringer samsvarer med disse filtrene.
audit-table-caption = Oppføringer i revisjonsloggen, nyeste først
audit-column-time = Tid (UTC)
audit-column-admin = Administrator
audit-column-action = Handling
audit-column-user = Berørt bruker
audit-column-outcome = Resultat
audit-column-status = Atlassian-status
audit-column-request = Forespørsels-ID
audit-column-details = Detaljer
audit-column-entry = Oppføring
audit-entry-open = Detaljer for oppføring { $seq }
audit-entry-title = Oppføring nr. { $seq }
audit-job = Jobb { $id }
audit-export = Eksporter CSV
audit-export-progress = Eksporterer { $done } av { $total } oppføringer …
audit-export-done = { $count ->
        [one] Eksporterte { $formatted } oppføring.
       *[other] Eksporterte { $formatted } oppføringer.
    }
audit-chain-broken = Kjeden er brutt ved oppføring nr. { $seq }: { $reason }
audit-chain-broken-help = Oppføringer fra og med denne kan ha blitt endret, fjernet eller satt inn utenfor User Account Manager. La databasen være som den er, og sammenlign den med den siste eksporten eller sikkerhetskopien.
audit-chain-unchecked = Hashkjeden kunne ikke kontrolleres.
audit-checkpoints-missing = Signerte kontrollpunkter mangler: kontrollpunktfilen inneholder ikke lenger kontrollpunktet for oppføring #{ $seq } som denne serveren skrev.
audit-checkpoints-missing-help = Filen er slettet, erstattet med en eldre kopi eller forkortet, så oppføringene til og med denne kan ikke lenger kontrolleres mot en signatur. Gjenopprett filen fra kopien din (serverens logg inneholder også alle kontrollpunkter), og la databasen være som den er.
audit-action-sign_in = Pålogging
audit-action-sign_out = Avlogging
audit-action-authn_denied = Tilgang avvist
audit-action-session_ended = Økten ble avsluttet
audit-action-local_admin_created = Lokal administrator opprettet
audit-action-settings_changed = Innstilling endret
audit-action-secret_replaced = Legitimasjon erstattet
audit-action-data_exported = Data eksportert
audit-action-data_deleted = Data slettet
audit-action-audit_viewed = Revisjonslogg vist
audit-action-audit_export = Revisjonslogg eksportert
audit-action-users_exported = Brukere eksportert
audit-outcome-ok = Vellykket
audit-outcome-denied = Avvist
audit-outcome-failed = Mislyktes
audit-outcome-intent = Hensikt
audit-outcome-skipped = Hoppet over
audit-outcome-blocked = Blokkert
audit-action-data_erasure_scheduled = Sletting av alle data planlagt
audit-action-data_erasure_cancelled = Planlagt sletting avbrutt
audit-action-audit_pruned = Gamle revisjonsoppføringer fjernet
audit-action-bulk_job_queued = Massejobb satt i kø
audit-action-bulk_job_cancel = Avbrudd av massejobb forespurt
audit-action-bulk_job_refused = Massejobb avslått
audit-action-bulk_job_ended = Massejobb avsluttet
audit-action-bulk_deactivate = Massedeaktivering
audit-action-bulk_reactivate = Massereaktivering
audit-action-bulk_revoke_access = Massefjerning av produkttilgang
audit-action-bulk_assign_access = Massetildeling av produkttilgang
audit-action-bulk_remove_customer = Massefjerning av JSM-kunder
audit-action-bulk_undo_deactivate = Massedeaktivering (angring)
audit-action-bulk_undo_reactivate = Massereaktivering (angring)
audit-action-bulk_undo_revoke_access = Massefjerning av produkttilgang (angring)
audit-action-bulk_undo_assign_access = Massetildeling av produkttilgang (angring)
audit-action-bulk_undo_remove_customer = Massefjerning av JSM-kunder (angring)
audit-outcome-refused = Avslått
audit-outcome-unknown = Ukjent resultat
audit-outcome-not_sent = Ikke sendt
audit-outcome-reread = Bekreftet ved ny lesing
audit-outcome-queued = I kø
audit-outcome-running = Kjører
audit-outcome-cancelling = Avbryter
audit-outcome-cancelled = Avbrutt
audit-outcome-finished = Fullført
audit-csv-seq = Oppføring
audit-csv-time = Tid (UTC)
audit-csv-actor = Administrator-ID
audit-csv-actor-name = Administratornavn
audit-csv-auth-via = Logget på med
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installasjon av Jira-panelet
audit-csv-action = Handling
audit-csv-target = Mål
audit-csv-target-name = Navn på berørt bruker
audit-csv-target-email = E-post til berørt bruker
audit-csv-outcome = Resultat
audit-csv-atlassian-status = Atlassian-status
audit-csv-request-id = Forespørsels-ID
audit-csv-job-id = Jobb
audit-csv-details = Detaljer
audit-csv-prev-hash = Forrige hash
audit-csv-hash = Hash
audit-filter-source = Kilde
audit-source-both = Denne appen og Atlassian
audit-source-app = Denne appen
audit-source-atlassian = Atlassian
audit-atlassian-note = Rapportert av Atlassian; ikke en del av denne appens hashkjede.
audit-event-open = Detaljer om Atlassian-hendelse { $seq }
audit-event-title = Atlassian-hendelse nr. { $seq }
audit-csv-source = Kilde
audit-csv-event-id = Atlassian-hendelses-ID
audit-csv-ip = IP-adresse
audit-csv-product = Produkt
audit-action-user_deactivated = Bruker deaktivert
audit-action-user_reactivated = Bruker reaktivert
audit-action-user_access_suspended = Brukerens tilgang suspendert
audit-action-user_access_restored = Brukerens tilgang gjenopprettet
audit-action-user_added_to_group = Bruker lagt til i gruppe
audit-action-user_removed_from_group = Bruker fjernet fra gruppe
audit-action-group_granted_role = Produktrolle gitt til gruppe
audit-action-group_revoked_role = Produktrolle fjernet fra gruppe
audit-action-user_granted_role = Produktrolle gitt til bruker
audit-action-user_revoked_role = Produktrolle fjernet fra bruker
audit-action-added_org_admin = Organisasjonsadministrator lagt til
audit-action-removed_org_admin = Organisasjonsadministrator fjernet
audit-action-service_desk_customer_added = Servicedeskkunde lagt til
audit-action-service_desk_customer_removed = Servicedeskkunde fjernet
audit-action-project_role_actor_added = Lagt til i prosjektrolle
audit-action-project_role_actor_removed = Fjernet fra prosjektrolle

## Settings
settings-title = Innstillinger


settings-api-key-docs = Slik oppretter du en Admin API-nøkkel

## Not found
not-found-title = Fant ikke siden
not-found-body = Det finnes ingen side på denne adressen. Lenken kan være feilskrevet, eller siden kan ha blitt flyttet.
not-found-action = Gå til oversikten

## Demo mode
demo-badge = Demoorganisasjon
demo-banner = { $org } er en simulert organisasjon, så du kan utforske trygt: ingenting her berører en ekte Atlassian-konto.
demo-connect = Koble til organisasjonen din

## Errors a request can end in
error-unauthorized = Økten din er avsluttet. Logg på igjen for å fortsette.
error-forbidden = Bare organisasjonsadministratorer kan gjøre dette.
error-not-found = Dette finnes ikke lenger. Det kan ha blitt fjernet i Atlassian.
error-invalid-input = Noe av det du har angitt, er ikke gyldig. Kontroller de uthevede feltene.
error-atlassian-unavailable = Atlassian svarer ikke akkurat nå. Prøv igjen om noen minutter.
error-sync-running = En synkronisering kjører allerede. Vent til den er ferdig, eller avbryt den først.
error-no-snapshot = Ingenting er synkronisert ennå. Den første synkroniseringen starter automatisk og kan ta noen minutter.
error-transport = Kunne ikke nå serveren. Kontroller tilkoblingen og prøv igjen.
error-internal = Noe gikk galt på serveren. Du finner detaljene i serverloggen.
error-payload-too-large = Denne forespørselen er større enn serveren godtar, så ingenting ble gjort. Send mindre om gangen, for eksempel færre oppføringer.
error-timeout = Serveren stoppet denne forespørselen fordi den tok for lang tid. Prøv igjen om litt, eller be om mindre om gangen.

## CSV export column headers
csv-name = Navn
csv-email = E-post
csv-status = Status
csv-account-type = Kontotype
csv-products = Produkter
csv-product-last-active = Sist aktiv per produkt
csv-last-active = Sist aktiv
csv-groups = Grupper
csv-inactivity = Inaktivitet
csv-service-desks = Servicedesker
csv-jsm-organizations = JSM-organisasjoner

## Signing in
login-title = Logg på
login-intro = Bare organisasjonsadministratorer kan bruke User Account Manager.
login-atlassian = Logg på med Atlassian
login-demo-admins = I denne demoen er disse simulerte kontoene organisasjonsadministratorer. Velg én av dem på den simulerte Atlassian-påloggingssiden; alle andre kontoer blir avvist.
login-local-title = Lokal administratorkonto
login-login = Brukernavn
login-password = Passord
login-totp = Autentiseringskode
login-totp-hint = Bare hvis kontoen din bruker en autentiseringsapp.
login-submit = Logg på
login-setup-pending = Det finnes ingen lokal administratorkonto ennå. Da serveren startet, skrev den ut en engangslenke for oppsett som oppretter den første kontoen; kommandoen uam admin create gjør det samme.
login-signed-out = Du er logget av.
login-refused-title = Pålogging avvist
login-back = Tilbake til pålogging
login-error-invalid = Brukernavnet, passordet eller autentiseringskoden er feil.
login-error-locked = For mange mislykkede forsøk. Vent 15 minutter, og prøv deretter igjen.
login-error-totp = Autentiseringskoden mangler eller er feil.
login-error-not-admin = Denne Atlassian-kontoen er ikke administrator i denne organisasjonen, eller den står ikke på listen over administratorer som har lov til å bruke denne serveren.
login-error-unavailable = Pålogging er ikke mulig akkurat nå: Atlassian eller serverens database svarte ikke. Prøv igjen om et minutt.
login-error-state = Denne påloggingen er utløpt, er allerede brukt eller ble startet i en annen nettleser. Start på nytt fra påloggingssiden.
login-error-setup-link = Denne oppsettslenken er utløpt eller allerede brukt. Start serveren på nytt for å få skrevet ut en ny, eller opprett en administrator med kommandoen uam admin create.
login-error-setup-input = Kontroller feltene: brukernavnet har ingen mellomrom, navnet er fylt ut, passordet har minst 12 tegn, og begge passordene er like.
login-error-expired = Økten din er avsluttet. Logg på igjen.

## First-run set-up
setup-title = Opprett den første administratorkontoen
setup-intro = Denne kontoen logger på med sitt eget passord. Behold den som nødkonto: Når Atlassian-tilkoblingen er satt opp, logger organisasjonsadministratorer på med Atlassian.
setup-login = Brukernavn (en e-postadresse eller et kort navn)
setup-name = Navnet ditt
setup-password = Passord (minst 12 tegn)
setup-password-again = Gjenta passordet
setup-totp-title = Autentiseringsapp
setup-totp-optional = Anbefalt: Skann denne koden med en autentiseringsapp, og skriv inn koden den viser. La kodefeltet stå tomt for å hoppe over.
setup-totp-required = Denne serveren krever en autentiseringsapp: Skann denne koden med en slik app, og skriv inn koden den viser.
setup-totp-key = Eller skriv inn denne nøkkelen manuelt:
setup-totp-qr = QR-kode for autentiseringsappen
setup-totp-code = Kode fra appen
setup-submit = Opprett kontoen og logg på

## The signed-in admin
account-via-local = Lokal konto
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = fra Jira
account-sign-out = Logg av

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Åpner User Account Manager …
embed-expired = Økten for dette panelet er avsluttet. Åpne User Account Manager på nytt fra Jira-administrasjonen for å fortsette.
embed-refused = Bare administratorer i denne organisasjonen kan bruke User Account Manager i Jira, og bare når serveren tillater kontoen deres.
embed-unavailable = User Account Manager kan ikke bekrefte tilgangen din akkurat nå: Atlassian eller serveren svarte ikke. Prøv igjen om et minutt.

## Settings page
settings-saved = Lagret.
settings-save = Lagre
settings-set-by-env = Angitt av miljøet; endre det der serveren konfigureres.
settings-connection-title = Atlassian-tilkobling
settings-connection-demo = Viser { $org }, den simulerte demoorganisasjonen. Koble til din egen organisasjon nedenfor.
settings-connection-env = Koblet til organisasjonen { $org }, konfigurert av serverens miljø.
settings-connection-saved = Koblet til organisasjonen { $org }.
settings-connection-pending = Den lagrede tilkoblingen tas i bruk neste gang serveren starter. Start serveren på nytt for å koble til denne organisasjonen.
settings-admin-key = Admin API-nøkkel
settings-key-placeholder = Lim inn en ny nøkkel for å erstatte den lagrede
settings-key-write-only = Kun skriving: Nøkkelen lagres kryptert og vises aldri igjen.
settings-key-expiry = Utløpsdato for nøkkelen
settings-key-expires = Utløper { $date }.
settings-key-expires-soon = Utløper { $date }, om { $days } dager. Opprett en ny nøkkel i Atlassian og lim den inn her før det.
settings-key-expired = Utløp { $date }. Synkroniseringer og handlinger mislykkes til en ny nøkkel er lagret.
settings-secret-set = slutter på …{ $hint }, angitt av { $by } { $at }
settings-secret-unset = ikke angitt
settings-org = Organisasjons-ID
settings-find-orgs = Finn organisasjoner
settings-site-title = Jira, Confluence og Jira Service Management
settings-site-body = Prosjektroller, områdemedlemmer, kunder og Jira-plasser leses via nettstedet med en kontos e-postadresse og API-token.
settings-site-url = Nettstedets URL
settings-site-email = Kontoens e-post
settings-site-token = API-token
settings-site-token-again = Skriv inn tokenet på nytt hver gang du endrer nettstedets URL eller e-postadressen.
settings-test-connection = Test tilkoblingen
settings-check-admin-key = Admin API-nøkkel
settings-check-org = Organisasjon
settings-check-directory = Brukere og grupper
settings-check-site = Nettsted
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = avvist: nøkkelen eller tokenet er feil, utløpt eller tilbakekalt
settings-check-outcome-forbidden = avvist: legitimasjonen mangler tillatelsen (omfanget) som trengs
settings-check-outcome-not-found = ikke funnet: kontroller organisasjons-ID-en eller nettstedets URL
settings-check-outcome-unreachable = Atlassian svarte ikke; prøv igjen senere
settings-check-outcome-not-configured = ikke konfigurert
settings-check-outcome-not-on-site = ikke på dette nettstedet (nettstedet har ikke dette produktet)
settings-prices-title = Lisenspriser
settings-prices-body = Valgfritt. Angi hva én plass i hvert produkt koster per måned, så viser oversikten hva inaktive brukeres plasser koster. La et produkt stå tomt for å utelate det.
settings-currency = Valuta (ISO-kode, for eksempel USD eller EUR)
settings-thresholds-title = Terskler for inaktivitet
settings-thresholds-body = En bruker uten aktivitet i lengre tid enn advarselsterskelen merkes med «advarsel», og lengre enn forfallsterskelen med «forfalt». Forfallsterskelen må være lengre enn advarselsterskelen.
settings-warning-days = Advarsel etter (dager)
settings-overdue-days = Forfalt etter (dager)
settings-protected-title = Beskyttede kontoer
settings-protected-body = Massehandlinger deaktiverer aldri disse kontoene eller fjerner tilgangen deres. Angi e-postadresser, hele domener som *@example.com eller Atlassian-konto-ID-er. Organisasjonsadministratorer og du selv er alltid beskyttet.
settings-protected-add = Legg til adresser, domener eller konto-ID-er (lim inn flere, atskilt med komma, mellomrom eller linjeskift)
settings-protected-add-button = Legg til
settings-protected-search = Søk i beskyttede kontoer
settings-protected-count = { $count ->
    [one] Én beskyttet oppføring
   *[other] { $count } beskyttede oppføringer
}
settings-protected-remove = Fjern
settings-schedule-title = Synkroniseringsplan og lagring av revisjonslogg
settings-sync-interval = Timer mellom synkroniseringer
settings-sync-interval-hint = 0 slår av planlagte synkroniseringer; «Synkroniser nå» fungerer fortsatt.
settings-retention = Behold oppføringer i revisjonsloggen i (dager)
settings-retention-hint = Minst 180 dager (like lenge som Atlassians egen revisjonslogg), høyst 3650; 0 beholder dem for alltid.
error-invalid-entries = Disse oppføringene er verken e-postadresser eller *@domene-oppføringer, så ingenting ble lagret:
settings-data-title = Dataene dine
settings-data-export-body = Last ned alt User Account Manager lagrer, som ett arkiv: innstillinger (uten hemmeligheter), lokale administratorkontoer (uten passord), synkroniseringshistorikken, revisjonsloggen og det gjeldende øyeblikksbildet av brukerne dine. Eksporten registreres i revisjonsloggen.
settings-data-export = Eksporter alt
settings-data-delete-body = Slett alt User Account Manager lagrer: innstillinger, den lagrede nøkkelen og tokenet, lokale administratorkontoer, økter, øyeblikksbilder og revisjonsloggen. Ingenting endres i Atlassian. Dette kan ikke angres; eksporter først hvis du kan få bruk for dataene.
settings-data-delete-confirm = Skriv DELETE for å bekrefte
settings-data-delete = Slett alt
settings-data-not-confirmed = Ingenting ble slettet: skriv nøyaktig DELETE for å bekrefte.
settings-data-sync-running = Ingenting ble slettet: en synkronisering kjører. Avbryt den eller vent til den er ferdig, og prøv deretter igjen.
settings-data-export-failed = Eksporten mislyktes. Du finner detaljene i serverloggen.
settings-data-delete-failed = Slettingen mislyktes; ingenting ble slettet. Du finner detaljene i serverloggen.
error-reauth-failed = Passordet eller autentiseringskoden er feil. Ingenting ble planlagt.
error-reauth-stale = Bekreft først at det er deg: logg på med Atlassian igjen, og slett deretter innen 5 minutter.
error-panel-refused = Dette er ikke mulig fra Jira-panelet. Åpne User Account Manager i en egen nettleserfane.
error-erasure-pending = Sletting av alle data er allerede planlagt. Avbryt den først, eller vent til den kjøres.
settings-data-delete-delay = Ingenting slettes med en gang: slettingen skjer { $hours } timer etter at du bekrefter. Inntil da ser alle administratorer den på dashbordet og kan avbryte den. En signert registrering av den slettede revisjonsloggen beholdes.
settings-data-reauth-atlassian = Du logget på med Atlassian for mer enn 5 minutter siden. Logg på igjen for å bekrefte at det er deg, og slett deretter innen 5 minutter.
settings-data-reauth-fresh = Du logget på med Atlassian for mindre enn 5 minutter siden, noe som bekrefter at det er deg.
settings-data-scheduled = Sletting av alle data er planlagt. Inntil den kjøres, kan enhver administrator avbryte den her eller på dashbordet.
erasure-title = Alle data blir slettet
erasure-body = { $name } planla { $scheduled } å slette alt User Account Manager lagrer, inkludert revisjonsloggen. Det skjer { $due } med mindre en administrator avbryter det.
erasure-cancel = Avbryt slettingen
erasure-cancelled = Slettingen ble avbrutt. Ingenting ble slettet.
erasure-cancel-failed = Slettingen kunne ikke avbrytes. Du finner detaljene i serverloggen.
login-deleted = Alt ble slettet. Serveren har skrevet ut en ny oppsettslenke for å opprette den første administratorkontoen på nytt.
error-invalid-org_id = Organisasjons-ID-en mangler eller er ugyldig: Det er ID-en i admin.atlassian.com/o/<ID>/…, med bokstaver, sifre og bindestreker.
error-invalid-admin_api_key = Lim inn en Admin API-nøkkel: Ingen er lagret for denne organisasjonen ennå.
error-invalid-site = Nettstedet trenger både URL, en kontos e-postadresse og kontoens API-token.
error-invalid-site_url = Nettstedets URL er ugyldig: Den ser ut som https://your-site.atlassian.net.
error-invalid-site_host = Bare nettsteder på https://your-site.atlassian.net godtas: API-tokenet sendes ikke til noen annen vert. En annen vert må først tillates av den som driver serveren (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = En ny URL for nettstedet eller ny e-postadresse for kontoen krever API-tokenet på nytt: Lim inn kontoens token for dette nettstedet.
error-invalid-site_email = Kontoens e-post er ikke en gyldig e-postadresse.
error-invalid-thresholds = Begge tersklene må være hele antall dager, og forfallsterskelen må være lengre enn advarselsterskelen.
error-invalid-schedule = Angi hele tall: timer mellom synkroniseringer og dager revisjonsloggen skal beholdes.
error-invalid-sync_interval_hours = Timer mellom synkroniseringer må være 0 (av) eller mellom 1 og 168.
error-invalid-audit_retention_days = Behold oppføringer i revisjonsloggen i 0 dager (for alltid) eller mellom 180 og 3650 dager.
error-invalid-seat_prices = Angi en valutakode på tre bokstaver og priser mellom 0 og 100000, med sifre og desimalpunktum.
login-atlassian-off = Pålogging med Atlassian er ikke satt opp på denne serveren. Driftsansvarlig kan sette det opp med en OAuth-app (UAM_OAUTH_CLIENT_ID og UAM_OAUTH_CLIENT_SECRET); inntil da logger du på med en lokal administratorkonto.

## Bulk actions
bulk-title = Massehandling
bulk-undo-title = Angre denne jobben
bulk-actions = Handlinger …
bulk-actions-user = Handlinger for denne brukeren …
bulk-choose = Hva skal gjøres
bulk-action-deactivate = Deaktiver
bulk-action-reactivate = Reaktiver
bulk-action-revoke_access = Tilbakekall produkttilgang
bulk-action-assign_access = Tildel produkttilgang
bulk-action-remove_customer = Fjern JSM-kunder
bulk-every-desk = alle servicedesker
bulk-products = Produkter
bulk-desks = Servicedesker
bulk-desks-hint = Velg ingen for å fjerne kundene fra alle servicedeskene de er med i.
bulk-check = Sjekk hvem dette berører
bulk-cancel = Avbryt
bulk-checking = Sjekker hver bruker mot Atlassian …
bulk-starting = Starter jobben …
bulk-count-changing = { $count ->
        [one] { $formatted } bruker blir endret
       *[other] { $formatted } brukere blir endret
    }
bulk-count-already = { $count ->
        [one] { $formatted } bruker har allerede denne tilstanden
       *[other] { $formatted } brukere har allerede denne tilstanden
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } bruker kan ikke endres
       *[other] { $formatted } brukere kan ikke endres
    }
bulk-how = Slik blir det gjort
bulk-method-disable_account = { $count ->
        [one] { $formatted } konto deaktiveres (administrert av organisasjonen: API for brukerlivssyklus)
       *[other] { $formatted } kontoer deaktiveres (administrert av organisasjonen: API for brukerlivssyklus)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } konto reaktiveres (administrert av organisasjonen: API for brukerlivssyklus)
       *[other] { $formatted } kontoer reaktiveres (administrert av organisasjonen: API for brukerlivssyklus)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } bruker mister tilgangen til organisasjonen (suspendert: organisasjonen administrerer ikke kontoen)
       *[other] { $formatted } brukere mister tilgangen til organisasjonen (suspendert: organisasjonen administrerer ikke kontoene deres)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } bruker får tilgangen til organisasjonen tilbake (gjenopprettet: organisasjonen administrerer ikke kontoen)
       *[other] { $formatted } brukere får tilgangen til organisasjonen tilbake (gjenopprettet: organisasjonen administrerer ikke kontoene deres)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } bruker fjernes fra gruppene som gir produkttilgang
       *[other] { $formatted } brukere fjernes fra gruppene som gir produkttilgang
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } bruker legges til i en gruppe som gir produkttilgang
       *[other] { $formatted } brukere legges til i en gruppe som gir produkttilgang
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } bruker mister en direkte tildelt produktrolle
       *[other] { $formatted } brukere mister en direkte tildelt produktrolle
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } bruker får produktrollen direkte
       *[other] { $formatted } brukere får produktrollen direkte
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } kunde fjernes fra servicedesker
       *[other] { $formatted } kunder fjernes fra servicedesker
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } kunde legges til i servicedesker igjen
       *[other] { $formatted } kunder legges til i servicedesker igjen
    }
bulk-nothing = Ingenting å endre: alle valgte brukere har allerede denne tilstanden eller kan ikke endres.
bulk-skipped = Ikke endret
bulk-skipped-more = … og { $count } til.
bulk-reason = Årsak
bulk-type-to-confirm = Skriv { $count } for å bekrefte
bulk-presets = Oppryddingshandlinger
bulk-preset-overdue = Deaktiver alle forfalte
bulk-preset-revoke = Tilbakekall { $product } fra brukere som har vært inaktive der i { $days } dager
bulk-skip-already_done = Har allerede denne tilstanden
bulk-skip-protected = Beskyttet under Innstillinger
bulk-skip-org_admin = Organisasjonsadministrator: endres aldri av en massehandling
bulk-skip-acting_admin = Din egen konto: endres aldri av din egen massehandling
bulk-skip-identity_provider = Klargjort av identitetsleverandøren (SCIM), som styrer tilgangen til denne kontoen
bulk-skip-lookup_failed = Kunne ikke hente brukerens nåværende tilstand fra Atlassian, så ingenting ble risikert
bulk-skip-not_found = Atlassian kjenner ikke lenger til denne kontoen
bulk-skip-not_applicable = Denne handlingen gjelder ikke for denne typen konto
bulk-skip-no_way = Tilgangen kommer fra et sted dette produktet ikke kan endre
bulk-skip-direct_role_unavailable = Tildelt direkte, og denne organisasjonen har ikke Atlassians API for direkte produktroller (begrenset tilgjengelighet), så ingenting ble risikert
bulk-step-disable_account = Deaktiverte kontoen
bulk-step-enable_account = Reaktiverte kontoen
bulk-step-suspend = Suspenderte tilgangen til organisasjonen
bulk-step-restore = Gjenopprettet tilgangen til organisasjonen
bulk-step-leave_group = Fjernet fra gruppen { $object }
bulk-step-join_group = Lagt til i gruppen { $object }
bulk-step-revoke_role = Tilbakekalte rollen { $object }
bulk-step-assign_role = Tildelte rollen { $object }
bulk-step-remove_customer = Fjernet som kunde hos { $object }
bulk-step-add_customer = Lagt til som kunde hos { $object }

## Jobs
nav-jobs = Jobber
jobs-title = Jobber
jobs-intro = Massehandlinger kjøres som jobber på serveren: De fortsetter når du lukker fanen, alle administratorer ser dem, og én kjører om gangen mens de andre venter på tur.
jobs-loading = Laster inn jobber …
jobs-empty-title = Ingen jobber ennå
jobs-empty-body = Massehandlinger som startes fra Brukere-siden eller oversikten, vises her med fremdrift og resultat for hver bruker.
jobs-caption = Jobber for massehandlinger, nyeste først
job-title = Jobb
job-back = Alle jobber
job-loading = Laster inn jobben …
job-action = Handling
job-state = Tilstand
job-progress = Fremdrift
job-started-by = Startet av
job-created = Opprettet
job-started = Startet
job-finished = Avsluttet
job-counts = { $done } utført, { $skipped } hoppet over, { $failed } mislyktes av { $total }
job-count-done = { $formatted } utført
job-count-skipped = { $formatted } hoppet over
job-count-failed = { $formatted } mislyktes
job-count-unknown = { $formatted } avbrutt, ukjent resultat
job-count-cancelled = { $formatted } ikke nådd (avbrutt)
job-count-pending = { $formatted } venter
job-waiting = Venter på Atlassians hastighetsgrense til { $time }
job-queue-position = { $count ->
        [0] I kø: neste i rekken
        [one] I kø: { $count } jobb foran
       *[other] I kø: { $count } jobber foran
    }
job-undo-of = Denne jobben angrer en tidligere jobb.
job-open-original = Åpne den opprinnelige jobben
job-undone-by = Denne jobben er angret.
job-open-undo = Åpne angrejobben
job-undone-by-short = angret
job-error = Stoppet tidlig:
job-stopped-panic = en intern feil stoppet jobben. Brukere den ikke hadde nådd ennå, ble ikke endret.
job-stopped-not-admin = administratoren som startet den, er ikke lenger en organisasjonsadministrator med tilgang til denne serveren, så den ble avvist.
job-stopped-admin-unconfirmed = Atlassian kunne ikke bekrefte at administratoren som startet den, fortsatt er organisasjonsadministrator, så den ble avvist.
job-cancel = Avbryt jobben
job-undo = Angre denne jobben
job-results = Resultater per bruker
job-filter = Vis
job-filter-all = Alle
job-item-state = Resultat
job-steps = Trinn
job-outcome = Årsak og svar fra Atlassian
job-no-items = Ingen brukere med denne tilstanden.
job-atlassian-status = Atlassian svarte { $status }
job-request-id = Forespørsels-ID
job-state-queued = I kø
job-state-running = Kjører
job-state-cancelling = Avbryter
job-state-cancelled = Avbrutt
job-state-finished = Fullført
job-state-failed = Mislyktes
job-item-pending = Venter
job-item-running = Pågår
job-item-done = Utført
job-item-skipped = Hoppet over
job-item-failed = Mislyktes
job-item-unknown = Ukjent resultat
job-item-cancelled = Avbrutt

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Vis mine visninger av loggen
audit-views-hidden = Dine egne visninger av loggen, skjult: { $formatted }.
audit-views-show = Vis dem
audit-chain-verified-through = Kjeden er bekreftet til og med oppføring #{ $last }, siste signerte kontrollpunkt #{ $seq } { $time }.
audit-chain-verified-through-unsigned = Kjeden er bekreftet til og med oppføring #{ $last }, ingen signerte kontrollpunkter ennå.
audit-job-titled = { $title } · jobb { $id }
audit-csv-details-json = Detaljer (JSON)
audit-say-via-local = Logget på med en lokal konto.
audit-say-via-atlassian = Logget på med Atlassian.
audit-say-via-forge = Logget på fra Jira-panelet.
audit-say-refused = Avvist: { $reason }
audit-say-attempts = Mislykkede forsøk: { $count }, siden { $since }.
audit-say-from = Fra adressen { $address }.
audit-say-session-ended = Administratoren er ikke lenger organisasjonsadministrator, så økten ble lukket.
audit-say-totp-on = Logger på med passord og autentiseringskode.
audit-say-totp-off = Logger på med bare passord.
audit-say-setting = { $setting } endret fra { $before } til { $after }.
audit-say-secret = { $setting } erstattet: den gamle endte på { $before }, den nye ender på { $after }.
audit-say-secret-first = { $setting } angitt: ender på { $after }.
audit-say-nothing = ingenting
audit-say-yes = ja
audit-say-no = nei
audit-say-data-exported = Alt ble eksportert: brukere: { $users }, størrelse: { $size } KB.
audit-say-data-deleted = Alt lagret ble slettet; loggen starter på nytt her.
audit-say-erasure-times = Planlagt { $scheduled }, utføres { $due }.
audit-say-erasure-due = Alt slettes { $due } med mindre en administrator avbryter.
audit-say-erasure-cancelled = Avbrøt slettingen som { $by } hadde planlagt til { $due }.
audit-say-viewed = Loggen ble vist.
audit-say-filter = Filtre: { $filter }.
audit-say-audit-export = Eksporterte oppføringer: { $count }.
audit-say-pruned = Oppføringer fjernet etter oppbevaringsinnstillingen: { $count }, alle eldre enn { $cutoff }; den siste var #{ $seq }.
audit-say-users-exported = Brukere eksportert fra en visning av brukertabellen: { $count }.
audit-say-users-selected = Valgte brukere eksportert: { $count }.
audit-say-job-queued = Brukere i planen: { $users }; endres: { $changing }; urørt: { $skipped }.
audit-say-job-cancel = Ba jobben stoppe; brukere som behandles, fullføres først.
audit-say-job-ended = Jobben ble avsluttet ({ $state }): { $counts }.
audit-say-step-intent = Ber snart Atlassian om: { $step }.
audit-say-step-failed = Mislyktes (forsøk { $attempt }): { $step }. Svar fra Atlassian: { $error }
audit-say-reread-yes = Ny lesing av brukeren viste at endringen var gjort.
audit-say-reread-no = Ny lesing av brukeren viste at endringen ikke var gjort.
audit-say-interrupted = Avbrutt av en omstart av serveren, deretter avklart ved å lese brukeren på nytt.
audit-say-skip-preflight = Ikke endret ved forhåndskontrollen: { $reason }.
audit-say-error = Feil: { $error }
audit-say-exercise = Skrevet for å kontrollere revisjonsordforrådet; ingen administrator utførte denne handlingen.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian svarte ikke i tide. Prøv igjen om et øyeblikk.
error-invalid-admin_api_key_refused = Atlassian avviste denne nøkkelen: den er feil, utløpt eller tilbakekalt, eller den har ikke lov til å lese organisasjoner. Sjekk den i admin.atlassian.com.
settings-no-answer = Atlassian svarte ikke innen { $seconds } sekunder. Prøv igjen om et øyeblikk; skjer det igjen, har Atlassian kanskje problemer.
settings-finding-orgs = Søker etter organisasjoner…
settings-orgs-found = Organisasjoner denne nøkkelen ser: { $count }. Velg én i feltet Organisasjons-ID.
settings-orgs-none = Denne nøkkelen ser ingen organisasjon. Sjekk at det er en Admin API-nøkkel for organisasjonen og ikke et personlig API-token.
settings-checking = Sjekker tilkoblingen til Atlassian…
settings-check-col-check = Sjekk
settings-check-col-result = Resultat
settings-check-col-detail = Hva det betyr
settings-check-result-ok = Fungerer
settings-check-result-unused = Ikke i bruk
settings-check-result-failed = Krever handling
settings-check-ok-detail = Atlassian godtok påloggingsinformasjonen og svarte.
settings-check-status = Atlassians svar, for brukerstøtte: HTTP { $status }
settings-check-summary = Sjekker som fungerer: { $working } av { $total }.
settings-check-outcome-timeout = ikke noe svar innen { $seconds } sekunder: Atlassian er kanskje treg eller nede; prøv igjen om noen minutter
settings-check-outcome-rate-limited = Atlassian begrenser forespørsler akkurat nå (for mange på kort tid); prøv igjen om et minutt
settings-check-outcome-server-error = Atlassian fikk et problem på sin side og kunne ikke svare; prøv igjen senere
settings-check-outcome-rejected = Atlassian avviste forespørselen slik den ble sendt; serverloggen har detaljene
settings-nav-label = Deler av innstillingene
settings-danger-title = Faresone
settings-danger-unlock = Knappen blir aktiv når DELETE er skrevet inn.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deaktiver { $users }
job-title-reactivate = Aktiver { $users } på nytt
job-title-revoke_access = Fjern { $subjects } fra { $users }
job-title-assign_access = Gi { $users } tilgang til { $subjects }
job-title-remove_customer = Fjern { $users } fra { $subjects }
job-title-add_customer = Legg { $users } tilbake i { $subjects }
job-undo-of-job = angrer jobb { $job }
bulk-plan-disable_account = Deaktiver (administrert konto)
bulk-plan-enable_account = Aktiver på nytt (administrert konto)
bulk-plan-suspend = Suspender tilgangen til organisasjonen
bulk-plan-restore = Gjenopprett tilgangen til organisasjonen
bulk-plan-leave_group = Fjern fra gruppen { $object }
bulk-plan-join_group = Legg til i gruppen { $object }
bulk-plan-revoke_role = Fjern tilgang til { $object }
bulk-plan-assign_role = Gi tilgang til { $object }
bulk-plan-remove_customer = Fjern fra { $object }
bulk-plan-add_customer = Legg tilbake i { $object }
bulk-changing = Brukere som endres
bulk-change = Endring
bulk-search = Søk etter navn eller e-post
bulk-search-none = Ingen brukere samsvarer med søket.
job-outcome-confirmed = Utført: Atlassian bekreftet endringen
job-outcome-refused = Atlassian avviste endringen
job-outcome-unavailable = Atlassian tok ikke imot endringen nå (opptatt eller utilgjengelig)
bulk-their-desks = servicedeskene de var i

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtre
filters-active = Aktive filtre
filter-chip = { $name }: { $value }
filter-remove = Fjern filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Ingen tilgang
card-no-access = Kan ikke logge på (suspendert eller deaktivert): { $formatted }
column-places = Prosjekter og områder
csv-places = Prosjekter og områder (roller)
places-more = +{ $more } til
export-style = CSV-celler
export-style-readable = Lesbare etiketter
export-style-codes = Koder for skript
