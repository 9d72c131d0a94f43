## The language's own name, shown in the language picker.
language-name = Dansk

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Gå til indhold
nav-label = Hovedmenu
nav-dashboard = Oversigt
nav-users = Brugere
nav-audit = Revisionslog
nav-settings = Indstillinger
prefs-language = Sprog
prefs-theme = Tema
prefs-apply = Anvend
theme-system = Systemtema
theme-light = Lyst tema
theme-dark = Mørkt tema
error-title = Noget gik galt
error-body = Denne del af siden kunne ikke vises. Genindlæs siden for at prøve igen. Hvis problemet fortsætter, kan du finde detaljerne i serverloggen.

## Dashboard
dashboard-title = Oversigt
dashboard-empty-title = Ingen organisationsdata endnu
dashboard-empty-body = Forbind din Atlassian-organisation under Indstillinger. Efter den første synkronisering viser denne oversigt dine brugere, deres aktivitet og licensforbruget på tværs af Jira, Confluence og Jira Service Management.
dashboard-empty-action = Åbn Indstillinger
dashboard-first-sync-title = Læser din organisation
dashboard-first-sync-body = Den første synkronisering læser brugere, grupper og produktadgang fra Atlassian. Fremdriften vises ovenfor; tallene vises her, så snart den er færdig.
dashboard-first-sync-working = Synkroniserer…
dashboard-summary = Sammenfatning
card-total = Brugere i alt
card-total-detail = { $org } organisationsbrugere og { $customers } kunder
card-active = Aktive for nylig
card-active-detail = Organisationsbrugere, der har brugt et produkt inden for de seneste { $days } dage
card-inactive = Inaktive brugere
card-customers = JSM-kunder
threshold-warning = Ingen aktivitet i { $days } dage eller mere
threshold-overdue = Ingen aktivitet i { $days } dage eller mere
threshold-never = Ingen registreret aktivitet overhovedet
utilisation-title = Licensudnyttelse
utilisation-seats = { $used } af { $capacity } licenser ({ $percent })
utilisation-near = Næsten fuldt: gennemgå inaktive brugere, før du køber flere licenser.
utilisation-over = Alle licenser er i brug: nye brugere kan ikke få adgang, før der frigøres eller købes licenser.
products-title = Produkter
products-product = Produkt
products-users = Brugere med adgang
products-seats = Brugte licenser
products-cost = Månedlig pris for inaktive licenser
products-cost-hint = Angiv en pris pr. licens for at se, hvad inaktive licenser koster hver måned.
products-cost-set = Angiv priser under Indstillinger
chart-title = Seneste aktivitet
chart-intro = Hvornår organisationsbrugere med aktiv konto senest brugte et produkt.
chart-days = { $from }–{ $to } dage
chart-more-than = Mere end { $days } dage
chart-table-caption = Seneste aktivitet for organisationsbrugere med aktiv konto
chart-last-active = Senest aktiv
chart-users = Brugere
sync-title = Synkronisering
sync-last = Data fra { $time }: { $formatted } { $count ->
        [one] konto
       *[other] konti
    }.
sync-never = Der er ikke synkroniseret noget endnu.
sync-next = Næste planlagte synkronisering: { $time }
sync-incremental = Ændringer foretaget i Atlassian blev sidst kontrolleret { $time }: { $formatted } { $count ->
        [one] bruger
       *[other] brugere
    } blev opdateret.
sync-incremental-failed = Kontrollen af ændringer foretaget i Atlassian mislykkedes { $time }: { $reason }
sync-failed = Synkroniseringen, der startede { $time }, mislykkedes: { $reason }
sync-now = Synkroniser nu
sync-cancel = Annuller synkronisering
sync-phase-starting = Starter
sync-phase-collecting = Læser fra Atlassian
sync-phase-indexing = Opbygger øjebliksbilledet
sync-items = { $done } konti læst
sync-items-of = { $done } af ca. { $total } konti læst
sync-waits = { $requests } anmodninger; { $seconds } s ventetid på grund af Atlassians hastighedsbegrænsninger
sync-families = Læste produkter
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Fuldstændig
sync-family-partial = Delvist læst
sync-family-not-on-site = Findes ikke på dette websted
sync-family-not-configured = Ikke læst: der er ikke konfigureret nogen webstedskonto
sync-family-stale = Ikke læst denne gang; viser data fra { $time } ({ $reason })
sync-family-unread = Ikke læst endnu ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
       *[other] { $formatted } projekter
    }
sync-part-seats = Jiras licensantal
sync-part-group = { $count ->
        [one] Medlemmerne af { $formatted } gruppe
       *[other] Medlemmerne af { $formatted } grupper
    }
sync-part-desk = { $count ->
        [one] Kunderne i { $formatted } servicedesk
       *[other] Kunderne i { $formatted } servicedesks
    }
sync-part-jsm-org = { $count ->
        [one] Medlemmerne af { $formatted } JSM-organisation
       *[other] Medlemmerne af { $formatted } JSM-organisationer
    }
sync-part-space = { $count ->
        [one] { $formatted } område
       *[other] { $formatted } områder
    }
sync-skipped-permission = { $what } kunne ikke læses: webstedskontoen skal have { $permission }.
sync-skipped-not-offered = { $what } kunne ikke læses: dette websted tilbyder ikke den API, der skal bruges.
sync-skipped-names = Herunder: { $names }
permission-administer-projects = projekttilladelsen «Administrer projekter» (eller «Administrer Jira»)
permission-administer-jira = den globale tilladelse «Administrer Jira»
permission-browse-users = den globale tilladelse «Gennemse brugere og grupper»
permission-desk-agent = en agent- eller administratorrolle i servicedesken
permission-view-space = områdetilladelsen «Vis»
sync-history = Seneste synkroniseringer
sync-history-started = Startet
sync-history-outcome = Resultat
sync-history-accounts = Konti
sync-history-requests = Anmodninger
sync-outcome-running = Kører
sync-outcome-complete = Fuldført
sync-outcome-failed = Mislykkedes
sync-outcome-cancelled = Annulleret

## Users
users-title = Brugere
users-empty-title = Ingen brugere at vise endnu
users-empty-body = Organisationsbrugere, medlemmer af Jira-projekter og Confluence-områder samt kunder i Jira Service Management vises her efter den første synkronisering.
users-loading = Indlæser brugere…
users-tabs = Hvilke brugere
users-tab-org = Organisationsbrugere
users-tab-projects = Projektbrugere
users-tab-customers = JSM-kunder
users-tab-all = Alle
users-presets = Hurtige visninger
users-preset-inactive = Inaktive i alle produkter
users-preset-warning = Advarsel
users-preset-overdue = Overskredet
users-preset-never = Aldrig aktive
users-clear-filters = Ryd filtre
users-count = { $count ->
        [one] { $formatted } bruger
       *[other] { $formatted } brugere
    }
users-as-of = pr. { $time }
users-thresholds = · advarsel efter { $warning } dage, overskredet efter { $overdue }
users-table-caption = Brugere, der matcher filtrene
users-no-matches = Ingen brugere matcher disse filtre.
filter-search = Søg
filter-search-placeholder = Navn eller mail
filter-type = Kontotype
filter-product = Produkt
filter-group = Gruppe
filter-project = Projekt eller område
filter-desk = Servicedesk eller organisation
filter-active-after = Senest aktiv den eller efter
filter-active-before = Senest aktiv før
filter-status = Status
filter-inactivity = Inaktivitet
filter-any = Alle
filter-apply = Anvend filtre
column-name = Navn
column-email = Mail
column-status = Status
column-account-type = Kontotype
column-products = Produkter
column-groups = Grupper
column-last-active = Senest aktiv
column-inactivity = Inaktivitet
column-added = Føjet til organisationen
column-service-desks = Servicedesks
column-jsm-organizations = JSM-organisationer
column-details = Detaljer
columns-choose = Kolonner
status-active = Aktiv
status-suspended = Suspenderet
status-deactivated = Deaktiveret
status-pending = Inviteret
class-managed = Administreret
class-external = Ekstern
class-customer = Kunde
class-app = App
inactivity-active = Aktiv for nylig
inactivity-warning = Advarsel
inactivity-overdue = Overskredet
inactivity-never = Aldrig aktiv
never-active = Aldrig
email-hidden = Skjult af brugerens privatlivsindstillinger
org-admin = Org-administrator
open-in-admin = Åbn i Atlassian Administration
list-more = { $list } +{ $more }
details = Detaljer
details-for = Detaljer for { $name }
details-close = Luk detaljer
details-missing = Brugeren blev ikke fundet
details-account-id = Konto-id
details-org-admin = Organisationsadministrator
details-scim = Klargjort af identitetsudbyderen
details-products = Produkter og seneste aktivitet
details-product = Produkt
details-projects = Jira-projekter
details-spaces = Confluence-områder
details-none = Ingen
yes = Ja
no = Nej
select-page = Vælg alle brugere på denne side
select-user = Vælg { $name }
selection-count = { $count ->
        [0] Ingen brugere valgt
        [one] { $formatted } bruger valgt
       *[other] { $formatted } brugere valgt
    }
select-all-matching = Vælg alle { $formatted } resultater
selection-clear = Ryd valg
pager-label = Sider
pager-previous = Forrige
pager-next = Næste
pager-position = Side { $page } af { $pages }
pager-size = Rækker pr. side:
export-matching = Eksportér filtrerede brugere (CSV)
export-selected = Eksportér valgte brugere (CSV)
export-progress = Eksporterer { $done } af { $total } brugere…
export-cancel = Annuller eksport
export-cancelled = Eksporten blev annulleret.
export-done = { $count ->
        [one] { $formatted } bruger eksporteret.
       *[other] { $formatted } brugere eksporteret.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Revisionslog
audit-empty-title = Ingen logposter endnu
audit-empty-body = Alle handlinger, som en administrator udfører her, registreres i denne log: hvem der gjorde det, hvornår, over for hvem, og hvad Atlassian svarede.
audit-loading = Indlæser revisionsloggen…
audit-search-placeholder = Administrator, bruger, handling, detaljer eller anmodnings-id
audit-filter-from = Fra (UTC-dag)
audit-filter-to = Til (UTC-dag)
audit-filter-admin = Administrator
audit-filter-action = Handling
audit-filter-outcome = Resultat
audit-filter-user = Berørt bruger
audit-filter-user-placeholder = Konto-id, navn eller mail
audit-count = { $count ->
        [one] { $formatted } post
       *[other] { $formatted } poster
    }
audit-no-matches = Ingen poster matcher disse filtre.
audit-table-caption = Poster i revisionsloggen, nyeste først
audit-column-time = Tidspunkt (UTC)
audit-column-admin = Administrator
audit-column-action = Handling
audit-column-user = Berørt bruger
audit-column-outcome = Resultat
audit-column-status = Atlassian-status
audit-column-request = Anmodnings-id
audit-column-details = Detaljer
audit-column-entry = Post
audit-entry-open = Detaljer for post { $seq }
audit-entry-title = Post nr. { $seq }
audit-job = Opgave { $id }
audit-export = Eksportér CSV
audit-export-progress = Eksporterer { $done } af { $total } poster…
audit-export-done = { $count ->
        [one] { $formatted } post eksporteret.
       *[other] { $formatted } poster eksporteret.
    }
audit-chain-broken = Kæden er brudt ved post nr. { $seq }: { $reason }
audit-chain-broken-help = Poster fra og med denne kan være ændret, fjernet eller indsat uden for User Account Manager. Lad databasen være, som den er, og sammenlign den med din seneste eksport eller sikkerhedskopi.
audit-chain-unchecked = Hashkæden kunne ikke kontrolleres.
audit-checkpoints-missing = Signerede kontrolpunkter mangler: kontrolpunktfilen indeholder ikke længere kontrolpunktet for post #{ $seq }, som denne server skrev.
audit-checkpoints-missing-help = Filen er slettet, erstattet af en ældre kopi eller afkortet, så posterne til og med denne kan ikke længere kontrolleres mod en signatur. Gendan filen fra din kopi (serverens log indeholder også alle kontrolpunkter), og lad databasen være, som den er.
audit-action-sign_in = Indlogning
audit-action-sign_out = Udlogning
audit-action-authn_denied = Adgang nægtet
audit-action-session_ended = Session afsluttet
audit-action-local_admin_created = Lokal administrator oprettet
audit-action-settings_changed = Indstilling ændret
audit-action-secret_replaced = Loginoplysninger udskiftet
audit-action-data_exported = Data eksporteret
audit-action-data_deleted = Data slettet
audit-action-audit_viewed = Revisionslog vist
audit-action-audit_export = Revisionslog eksporteret
audit-action-users_exported = Brugere eksporteret
audit-outcome-ok = Gennemført
audit-outcome-denied = Nægtet
audit-outcome-failed = Mislykkedes
audit-outcome-intent = Hensigt
audit-outcome-skipped = Sprunget over
audit-outcome-blocked = Blokeret
audit-action-data_erasure_scheduled = Sletning af alle data planlagt
audit-action-data_erasure_cancelled = Planlagt sletning annulleret
audit-action-audit_pruned = Gamle revisionsposter fjernet
audit-action-bulk_job_queued = Massejob sat i kø
audit-action-bulk_job_cancel = Annullering af massejob anmodet
audit-action-bulk_job_refused = Massejob afvist
audit-action-bulk_job_ended = Massejob afsluttet
audit-action-bulk_deactivate = Massedeaktivering
audit-action-bulk_reactivate = Massereaktivering
audit-action-bulk_revoke_access = Massefjernelse af produktadgang
audit-action-bulk_assign_access = Massetildeling af produktadgang
audit-action-bulk_remove_customer = Massefjernelse af JSM-kunder
audit-action-bulk_undo_deactivate = Massedeaktivering (fortrydelse)
audit-action-bulk_undo_reactivate = Massereaktivering (fortrydelse)
audit-action-bulk_undo_revoke_access = Massefjernelse af produktadgang (fortrydelse)
audit-action-bulk_undo_assign_access = Massetildeling af produktadgang (fortrydelse)
audit-action-bulk_undo_remove_customer = Massefjernelse af JSM-kunder (fortrydelse)
audit-outcome-refused = Afvist
audit-outcome-unknown = Resultat ukendt
audit-outcome-not_sent = Ikke sendt
audit-outcome-reread = Bekræftet ved genlæsning
audit-outcome-queued = I kø
audit-outcome-running = Kører
audit-outcome-cancelling = Annulleres
audit-outcome-cancelled = Annulleret
audit-outcome-finished = Fuldført
audit-csv-seq = Post
audit-csv-time = Tidspunkt (UTC)
audit-csv-actor = Administrator-id
audit-csv-actor-name = Administratornavn
audit-csv-auth-via = Logget ind med
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installation af Jira-panelet
audit-csv-action = Handling
audit-csv-target = Mål
audit-csv-target-name = Berørt brugers navn
audit-csv-target-email = Berørt brugers mail
audit-csv-outcome = Resultat
audit-csv-atlassian-status = Atlassian-status
audit-csv-request-id = Anmodnings-id
audit-csv-job-id = Opgave
audit-csv-details = Detaljer
audit-csv-prev-hash = Forrige hash
audit-csv-hash = Hash
audit-filter-source = Kilde
audit-source-both = Denne app og Atlassian
audit-source-app = Denne app
audit-source-atlassian = Atlassian
audit-atlassian-note = Rapporteret af Atlassian; ikke en del af denne apps hashkæde.
audit-event-open = Detaljer om Atlassian-hændelse { $seq }
audit-event-title = Atlassian-hændelse nr. { $seq }
audit-csv-source = Kilde
audit-csv-event-id = Atlassian-hændelses-ID
audit-csv-ip = IP-adresse
audit-csv-product = Produkt
audit-action-user_deactivated = Bruger deaktiveret
audit-action-user_reactivated = Bruger genaktiveret
audit-action-user_access_suspended = Brugerens adgang suspenderet
audit-action-user_access_restored = Brugerens adgang gendannet
audit-action-user_added_to_group = Bruger tilføjet til gruppe
audit-action-user_removed_from_group = Bruger fjernet fra gruppe
audit-action-group_granted_role = Produktrolle tildelt gruppe
audit-action-group_revoked_role = Produktrolle fjernet fra gruppe
audit-action-user_granted_role = Produktrolle tildelt bruger
audit-action-user_revoked_role = Produktrolle fjernet fra bruger
audit-action-added_org_admin = Organisationsadministrator tilføjet
audit-action-removed_org_admin = Organisationsadministrator fjernet
audit-action-service_desk_customer_added = Servicedeskkunde tilføjet
audit-action-service_desk_customer_removed = Servicedeskkunde fjernet
audit-action-project_role_actor_added = Tilføjet til projektrolle
audit-action-project_role_actor_removed = Fjernet fra projektrolle

## Settings
settings-title = Indstillinger


settings-api-key-docs = Sådan opretter du en Admin API-nøgle

## Not found
not-found-title = Siden blev ikke fundet
not-found-body = Der findes ingen side på denne adresse. Linket kan være skrevet forkert, eller siden kan være flyttet.
not-found-action = Gå til oversigten

## Demo mode
demo-badge = Demoorganisation
demo-banner = { $org } er en simuleret organisation, så du kan udforske uden risiko: intet her berører en rigtig Atlassian-konto.
demo-connect = Forbind din organisation

## Errors a request can end in
error-unauthorized = Din session er udløbet. Log ind igen for at fortsætte.
error-forbidden = Kun organisationsadministratorer kan gøre dette.
error-not-found = Det findes ikke længere. Det kan være fjernet i Atlassian.
error-invalid-input = Noget af det, du har indtastet, er ikke gyldigt. Kontrollér de markerede felter.
error-atlassian-unavailable = Atlassian svarer ikke lige nu. Prøv igen om et par minutter.
error-sync-running = Der kører allerede en synkronisering. Vent, til den er færdig, eller annuller den først.
error-no-snapshot = Der er ikke synkroniseret noget endnu. Den første synkronisering starter automatisk og kan tage et par minutter.
error-transport = Serveren kunne ikke nås. Kontrollér din forbindelse, og prøv igen.
error-internal = Der opstod en fejl på serveren. Du kan finde detaljerne i serverloggen.
error-payload-too-large = Denne anmodning er større, end serveren accepterer, så intet blev udført. Send mindre ad gangen, for eksempel færre poster.
error-timeout = Serveren stoppede denne anmodning, fordi den tog for lang tid. Prøv igen om lidt, eller bed om mindre ad gangen.

## CSV export column headers
csv-name = Navn
csv-email = Mail
csv-status = Status
csv-account-type = Kontotype
csv-products = Produkter
csv-product-last-active = Senest aktiv pr. produkt
csv-last-active = Senest aktiv
csv-groups = Grupper
csv-inactivity = Inaktivitet
csv-service-desks = Servicedesks
csv-jsm-organizations = JSM-organisationer

## Signing in
login-title = Log ind
login-intro = Kun organisationsadministratorer kan bruge User Account Manager.
login-atlassian = Log ind med Atlassian
login-demo-admins = I denne demo er disse simulerede konti organisationsadministratorer. Vælg en af dem på Atlassians simulerede loginside; alle andre konti afvises.
login-local-title = Lokal administratorkonto
login-login = Brugernavn
login-password = Adgangskode
login-totp = Godkendelseskode
login-totp-hint = Kun hvis din konto bruger en godkendelsesapp.
login-submit = Log ind
login-setup-pending = Der findes endnu ingen lokal administratorkonto. Da serveren startede, udskrev den et engangslink til opsætning, der opretter den første; kommandoen uam admin create gør det samme.
login-signed-out = Du er logget ud.
login-refused-title = Login afvist
login-back = Tilbage til login
login-error-invalid = Brugernavnet, adgangskoden eller godkendelseskoden er forkert.
login-error-locked = For mange mislykkede forsøg. Vent 15 minutter, og prøv derefter igen.
login-error-totp = Godkendelseskoden mangler eller er forkert.
login-error-not-admin = Denne Atlassian-konto er ikke administrator for denne organisation eller står ikke på listen over administratorer, der må bruge denne server.
login-error-unavailable = Det er ikke muligt at logge ind lige nu: Atlassian eller serverens database svarede ikke. Prøv igen om et minut.
login-error-state = Dette login er udløbet, er allerede brugt eller blev startet i en anden browser. Start forfra på loginsiden.
login-error-setup-link = Dette opsætningslink er udløbet eller allerede brugt. Genstart serveren for at få udskrevet et nyt, eller opret en administrator med kommandoen uam admin create.
login-error-setup-input = Kontrollér felterne: brugernavnet må ikke indeholde mellemrum, navnet skal udfyldes, adgangskoden skal have mindst 12 tegn, og de to adgangskoder skal være ens.
login-error-expired = Din session er udløbet. Log ind igen.

## First-run set-up
setup-title = Opret den første administratorkonto
setup-intro = Denne konto logger ind med sin egen adgangskode. Behold den som nødkonto: når forbindelsen til Atlassian er konfigureret, logger organisationsadministratorer ind med Atlassian.
setup-login = Brugernavn (en mailadresse eller et kort navn)
setup-name = Dit navn
setup-password = Adgangskode (mindst 12 tegn)
setup-password-again = Gentag adgangskoden
setup-totp-title = Godkendelsesapp
setup-totp-optional = Anbefales: scan denne kode med en godkendelsesapp, og indtast den kode, appen viser. Lad feltet være tomt for at springe trinnet over.
setup-totp-required = Denne server kræver en godkendelsesapp: scan denne kode med appen, og indtast den kode, den viser.
setup-totp-key = Eller indtast denne nøgle manuelt:
setup-totp-qr = QR-kode til godkendelsesappen
setup-totp-code = Kode fra appen
setup-submit = Opret kontoen, og log ind

## The signed-in admin
account-via-local = Lokal konto
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = fra Jira
account-sign-out = Log ud

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Åbner User Account Manager…
embed-expired = Sessionen for dette panel er udløbet. Åbn User Account Manager igen fra Jira-administrationen for at fortsætte.
embed-refused = Kun administratorer for denne organisation kan bruge User Account Manager i Jira, og kun når serveren tillader deres konto.
embed-unavailable = User Account Manager kan ikke bekræfte din adgang lige nu: Atlassian eller serveren svarede ikke. Prøv igen om et minut.

## Settings page
settings-saved = Gemt.
settings-save = Gem
settings-set-by-env = Angivet af miljøet; ændr det der, hvor serveren konfigureres.
settings-connection-title = Forbindelse til Atlassian
settings-connection-demo = Viser { $org }, den simulerede demoorganisation. Forbind din egen organisation nedenfor.
settings-connection-env = Forbundet til organisationen { $org }, konfigureret via serverens miljø.
settings-connection-saved = Forbundet til organisationen { $org }.
settings-connection-pending = Den gemte forbindelse bruges fra næste serverstart. Genstart serveren for at oprette forbindelse til denne organisation.
settings-admin-key = Admin API-nøgle
settings-key-placeholder = Indsæt en ny nøgle for at erstatte den gemte
settings-key-write-only = Kun skrivning: nøglen gemmes krypteret og vises aldrig igen.
settings-key-expiry = Nøglens udløbsdato
settings-key-expires = Udløber den { $date }.
settings-key-expires-soon = Udløber den { $date }, om { $days } dage. Opret en ny nøgle i Atlassian, og indsæt den her inden da.
settings-key-expired = Udløb den { $date }. Synkroniseringer og handlinger mislykkes, indtil en ny nøgle er gemt.
settings-secret-set = slutter på …{ $hint }, angivet af { $by } den { $at }
settings-secret-unset = ikke angivet
settings-org = Organisations-id
settings-find-orgs = Find organisationer
settings-site-title = Jira, Confluence og Jira Service Management
settings-site-body = Projektroller, områdemedlemmer, kunder og Jira-licenser læses via webstedet med en kontos mailadresse og API-token.
settings-site-url = Webstedets URL
settings-site-email = Kontoens mail
settings-site-token = API-token
settings-site-token-again = Indtast tokenet igen, hver gang du ændrer webstedets URL eller mailen.
settings-test-connection = Test forbindelsen
settings-check-admin-key = Admin API-nøgle
settings-check-org = Organisation
settings-check-directory = Brugere og grupper
settings-check-site = Websted
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = afvist: nøglen eller tokenet er forkert, udløbet eller tilbagekaldt
settings-check-outcome-forbidden = afvist: loginoplysningerne mangler den nødvendige tilladelse (scope)
settings-check-outcome-not-found = ikke fundet: kontrollér organisations-id'et eller webstedets URL
settings-check-outcome-unreachable = Atlassian svarede ikke; prøv igen senere
settings-check-outcome-not-configured = ikke konfigureret
settings-check-outcome-not-on-site = ikke på dette websted (webstedet har ikke dette produkt)
settings-prices-title = Licenspriser
settings-prices-body = Valgfrit. Angiv, hvad én licens til hvert produkt koster pr. måned, så viser oversigten, hvad inaktive brugeres licenser koster. Lad et produkt stå tomt for at udelade det.
settings-currency = Valuta (ISO-kode, f.eks. USD eller EUR)
settings-thresholds-title = Grænser for inaktivitet
settings-thresholds-body = En bruger uden aktivitet i længere tid end advarselsgrænsen markeres med »advarsel«; længere end overskridelsesgrænsen med »overskredet«. Overskridelsesgrænsen skal være længere end advarselsgrænsen.
settings-warning-days = Advarsel efter (dage)
settings-overdue-days = Overskredet efter (dage)
settings-protected-title = Beskyttede konti
settings-protected-body = Massehandlinger deaktiverer aldrig disse konti og fjerner aldrig deres adgang. Angiv mailadresser, hele domæner som *@example.com eller Atlassian-konto-id'er. Org-administratorer og du selv er altid beskyttet.
settings-protected-add = Tilføj adresser, domæner eller konto-id'er (indsæt flere, adskilt af kommaer, mellemrum eller linjeskift)
settings-protected-add-button = Tilføj
settings-protected-search = Søg i beskyttede konti
settings-protected-count = { $count ->
    [one] Én beskyttet post
   *[other] { $count } beskyttede poster
}
settings-protected-remove = Fjern
settings-schedule-title = Synkroniseringsplan og opbevaring af revisionslog
settings-sync-interval = Timer mellem synkroniseringer
settings-sync-interval-hint = 0 slår planlagte synkroniseringer fra; »Synkroniser nu« virker stadig.
settings-retention = Behold logposter i (dage)
settings-retention-hint = Mindst 180 dage (lige så længe som Atlassians egen revisionslog), højst 3650; 0 beholder dem for altid.
error-invalid-entries = Disse poster er hverken mailadresser eller *@domæne-poster, så intet blev gemt:
settings-data-title = Dine data
settings-data-export-body = Download alt, hvad User Account Manager gemmer, som ét arkiv: indstillinger (uden hemmeligheder), lokale administratorkonti (uden adgangskoder), synkroniseringshistorikken, revisionsloggen og det aktuelle øjebliksbillede af dine brugere. Eksporten registreres i revisionsloggen.
settings-data-export = Eksportér alt
settings-data-delete-body = Slet alt, hvad User Account Manager gemmer: indstillinger, den gemte nøgle og det gemte token, lokale administratorkonti, sessioner, øjebliksbilleder og revisionsloggen. Intet i Atlassian ændres. Dette kan ikke fortrydes; eksportér først, hvis du kan få brug for dataene.
settings-data-delete-confirm = Skriv DELETE for at bekræfte
settings-data-delete = Slet alt
settings-data-not-confirmed = Intet blev slettet: skriv præcis DELETE for at bekræfte.
settings-data-sync-running = Intet blev slettet: en synkronisering kører. Annuller den, eller vent, til den er færdig, og prøv så igen.
settings-data-export-failed = Eksporten mislykkedes. Du kan finde detaljerne i serverloggen.
settings-data-delete-failed = Sletningen mislykkedes; intet blev slettet. Du kan finde detaljerne i serverloggen.
error-reauth-failed = Adgangskoden eller godkendelseskoden er forkert. Intet blev planlagt.
error-reauth-stale = Bekræft først, at det er dig: log ind med Atlassian igen, og slet derefter inden for 5 minutter.
error-panel-refused = Det er ikke muligt fra Jira-panelet. Åbn User Account Manager i sin egen browserfane.
error-erasure-pending = Sletning af alle data er allerede planlagt. Annuller den først, eller vent på, at den udføres.
settings-data-delete-delay = Intet slettes med det samme: sletningen sker { $hours } timer efter, at du bekræfter. Indtil da ser alle administratorer den på dashboardet og kan annullere den. Der gemmes en signeret registrering af den slettede revisionslog.
settings-data-reauth-atlassian = Du loggede ind med Atlassian for mere end 5 minutter siden. Log ind igen for at bekræfte, at det er dig, og slet derefter inden for 5 minutter.
settings-data-reauth-fresh = Du loggede ind med Atlassian for mindre end 5 minutter siden, hvilket bekræfter, at det er dig.
settings-data-scheduled = Sletning af alle data er planlagt. Indtil den udføres, kan enhver administrator annullere den her eller på dashboardet.
erasure-title = Alle data bliver slettet
erasure-body = { $name } planlagde { $scheduled } at slette alt, hvad User Account Manager gemmer, inklusive revisionsloggen. Det sker { $due }, medmindre en administrator annullerer det.
erasure-cancel = Annuller sletningen
erasure-cancelled = Sletningen blev annulleret. Intet blev slettet.
erasure-cancel-failed = Sletningen kunne ikke annulleres. Du kan finde detaljerne i serverloggen.
login-deleted = Alt er slettet. Serveren har udskrevet et nyt opsætningslink til at oprette den første administratorkonto igen.
error-invalid-org_id = Organisations-id'et mangler eller er ugyldigt: det er id'et i admin.atlassian.com/o/<ID>/…, bestående af bogstaver, cifre og bindestreger.
error-invalid-admin_api_key = Indsæt en Admin API-nøgle: der er endnu ikke gemt nogen for denne organisation.
error-invalid-site = Webstedet kræver URL, en kontos mail og kontoens API-token samlet.
error-invalid-site_url = Webstedets URL er ikke gyldig: den ser ud som https://your-site.atlassian.net.
error-invalid-site_host = Kun websteder på https://your-site.atlassian.net accepteres: API-tokenet sendes ikke til nogen anden vært. En anden vært skal først tillades af den, der driver serveren (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = En ny URL til webstedet eller en ny mail til kontoen kræver API-tokenet igen: indsæt kontoens token til dette websted.
error-invalid-site_email = Kontoens mail er ikke en gyldig mailadresse.
error-invalid-thresholds = Begge grænser skal være hele antal dage, og overskridelsesgrænsen skal være længere end advarselsgrænsen.
error-invalid-schedule = Angiv hele tal: timer mellem synkroniseringer og antal dage, revisionsloggen skal opbevares.
error-invalid-sync_interval_hours = Timer mellem synkroniseringer skal være 0 (fra) eller mellem 1 og 168.
error-invalid-audit_retention_days = Behold logposter i 0 dage (for altid) eller mellem 180 og 3650 dage.
error-invalid-seat_prices = Angiv en valutakode på tre bogstaver og priser mellem 0 og 100000 med cifre og punktum som decimaltegn.
login-atlassian-off = Log ind med Atlassian er ikke konfigureret på denne server. Serverens driftsansvarlige kan konfigurere det med en OAuth-app (UAM_OAUTH_CLIENT_ID og UAM_OAUTH_CLIENT_SECRET); indtil da skal du logge ind med en lokal administratorkonto.

## Bulk actions
bulk-title = Massehandling
bulk-undo-title = Fortryd denne opgave
bulk-actions = Handlinger…
bulk-actions-user = Handlinger for denne bruger…
bulk-choose = Hvad vil du gøre?
bulk-action-deactivate = Deaktiver
bulk-action-reactivate = Genaktiver
bulk-action-revoke_access = Tilbagekald produktadgang
bulk-action-assign_access = Tildel produktadgang
bulk-action-remove_customer = Fjern JSM-kunder
bulk-every-desk = alle servicedesks
bulk-products = Produkter
bulk-desks = Servicedesks
bulk-desks-hint = Vælg ingen for at fjerne kunderne fra alle de servicedesks, de er med i.
bulk-check = Kontrollér, hvem dette berører
bulk-cancel = Annuller
bulk-checking = Kontrollerer hver bruger hos Atlassian…
bulk-starting = Starter opgaven…
bulk-count-changing = { $count ->
        [one] { $formatted } bruger bliver ændret
       *[other] { $formatted } brugere bliver ændret
    }
bulk-count-already = { $count ->
        [one] { $formatted } bruger har allerede den tilstand
       *[other] { $formatted } brugere har allerede den tilstand
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } bruger kan ikke ændres
       *[other] { $formatted } brugere kan ikke ændres
    }
bulk-how = Sådan udføres det
bulk-method-disable_account = { $count ->
        [one] { $formatted } konto deaktiveres (administreret af organisationen: livscyklus-API til brugeradministration)
       *[other] { $formatted } konti deaktiveres (administreret af organisationen: livscyklus-API til brugeradministration)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } konto genaktiveres (administreret af organisationen: livscyklus-API til brugeradministration)
       *[other] { $formatted } konti genaktiveres (administreret af organisationen: livscyklus-API til brugeradministration)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } bruger mister adgangen til organisationen (suspenderet: organisationen administrerer ikke kontoen)
       *[other] { $formatted } brugere mister adgangen til organisationen (suspenderet: organisationen administrerer ikke deres konti)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } bruger får adgangen til organisationen tilbage (gendannet: organisationen administrerer ikke kontoen)
       *[other] { $formatted } brugere får adgangen til organisationen tilbage (gendannet: organisationen administrerer ikke deres konti)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } bruger fjernes fra de grupper, der giver adgang til produkterne
       *[other] { $formatted } brugere fjernes fra de grupper, der giver adgang til produkterne
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } bruger føjes til en gruppe, der giver adgang til produkterne
       *[other] { $formatted } brugere føjes til en gruppe, der giver adgang til produkterne
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } bruger mister en direkte tildelt produktrolle
       *[other] { $formatted } brugere mister en direkte tildelt produktrolle
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } bruger får tildelt produktrollen direkte
       *[other] { $formatted } brugere får tildelt produktrollen direkte
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } kunde fjernes fra servicedesks
       *[other] { $formatted } kunder fjernes fra servicedesks
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } kunde føjes til servicedesks igen
       *[other] { $formatted } kunder føjes til servicedesks igen
    }
bulk-nothing = Intet at ændre: alle valgte brugere har allerede den tilstand eller kan ikke ændres.
bulk-skipped = Ikke ændret
bulk-skipped-more = …og { $count } mere.
bulk-reason = Årsag
bulk-type-to-confirm = Skriv { $count } for at bekræfte
bulk-presets = Oprydningshandlinger
bulk-preset-overdue = Deaktiver alle med overskredet grænse
bulk-preset-revoke = Tilbagekald { $product } fra brugere, der har været inaktive i det i { $days } dage
bulk-skip-already_done = Har allerede den tilstand
bulk-skip-protected = Beskyttet under Indstillinger
bulk-skip-org_admin = Organisationsadministrator: ændres aldrig af en massehandling
bulk-skip-acting_admin = Din egen konto: ændres aldrig af din egen massehandling
bulk-skip-identity_provider = Klargjort af identitetsudbyderen (SCIM), som administrerer kontoens adgang
bulk-skip-lookup_failed = Atlassian kunne ikke spørges om brugerens aktuelle tilstand, så intet blev sat på spil
bulk-skip-not_found = Atlassian kender ikke længere denne konto
bulk-skip-not_applicable = Denne handling gælder ikke for denne type konto
bulk-skip-no_way = Adgangen kommer fra en kilde, som dette produkt ikke kan ændre
bulk-skip-direct_role_unavailable = Tildelt direkte, og denne organisation har ikke Atlassians API til direkte produktroller (begrænset tilgængelighed), så intet blev risikeret
bulk-step-disable_account = Kontoen blev deaktiveret
bulk-step-enable_account = Kontoen blev genaktiveret
bulk-step-suspend = Adgangen til organisationen blev suspenderet
bulk-step-restore = Adgangen til organisationen blev gendannet
bulk-step-leave_group = Fjernet fra gruppen { $object }
bulk-step-join_group = Føjet til gruppen { $object }
bulk-step-revoke_role = Rollen { $object } blev tilbagekaldt
bulk-step-assign_role = Rollen { $object } blev tildelt
bulk-step-remove_customer = Fjernet som kunde i { $object }
bulk-step-add_customer = Tilføjet som kunde i { $object }

## Jobs
nav-jobs = Opgaver
jobs-title = Opgaver
jobs-intro = Massehandlinger kører som opgaver på serveren: de fortsætter, når du lukker fanen, alle administratorer kan se dem, og der kører én ad gangen, mens de andre venter på tur.
jobs-loading = Indlæser opgaver…
jobs-empty-title = Ingen opgaver endnu
jobs-empty-body = Massehandlinger, der er startet fra siden Brugere eller fra oversigten, vises her med deres status og resultatet for hver bruger.
jobs-caption = Opgaver med massehandlinger, nyeste først
job-title = Opgave
job-back = Alle opgaver
job-loading = Indlæser opgaven…
job-action = Handling
job-state = Status
job-progress = Fremskridt
job-started-by = Startet af
job-created = Oprettet
job-started = Startet
job-finished = Afsluttet
job-counts = { $done } udført, { $skipped } sprunget over, { $failed } mislykkedes ud af { $total }
job-count-done = { $formatted } udført
job-count-skipped = { $formatted } sprunget over
job-count-failed = { $formatted } mislykkedes
job-count-unknown = { $formatted } afbrudt, ukendt resultat
job-count-cancelled = { $formatted } ikke nået (annulleret)
job-count-pending = { $formatted } venter
job-waiting = Venter på Atlassians hastighedsbegrænsning indtil { $time }
job-queue-position = { $count ->
        [0] I kø: næste i rækken
        [one] I kø: { $count } opgave foran
       *[other] I kø: { $count } opgaver foran
    }
job-undo-of = Denne opgave fortryder en tidligere opgave.
job-open-original = Åbn den oprindelige opgave
job-undone-by = Denne opgave er blevet fortrudt.
job-open-undo = Åbn fortrydelsesopgaven
job-undone-by-short = fortrudt
job-error = Stoppet før tid:
job-stopped-panic = en intern fejl stoppede jobbet. Brugere, det ikke var nået til, blev ikke ændret.
job-stopped-not-admin = administratoren, der startede det, er ikke længere en organisationsadministrator med adgang til denne server, så det blev afvist.
job-stopped-admin-unconfirmed = Atlassian kunne ikke bekræfte, at administratoren, der startede det, stadig er organisationsadministrator, så det blev afvist.
job-cancel = Annuller opgaven
job-undo = Fortryd denne opgave
job-results = Resultater pr. bruger
job-filter = Vis
job-filter-all = Alle
job-item-state = Resultat
job-steps = Trin
job-outcome = Årsag og Atlassians svar
job-no-items = Ingen brugere med denne status.
job-atlassian-status = Atlassian svarede { $status }
job-request-id = Anmodnings-id
job-state-queued = I kø
job-state-running = Kører
job-state-cancelling = Annulleres
job-state-cancelled = Annulleret
job-state-finished = Fuldført
job-state-failed = Mislykkedes
job-item-pending = Venter
job-item-running = I gang
job-item-done = Udført
job-item-skipped = Sprunget over
job-item-failed = Mislykkedes
job-item-unknown = Ukendt resultat
job-item-cancelled = Annulleret

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Vis mine visninger af loggen
audit-views-hidden = Dine egne visninger af loggen, skjult: { $formatted }.
audit-views-show = Vis dem
audit-chain-verified-through = Kæden er bekræftet til og med post #{ $last }, seneste signerede kontrolpunkt #{ $seq } den { $time }.
audit-chain-verified-through-unsigned = Kæden er bekræftet til og med post #{ $last }, endnu intet signeret kontrolpunkt.
audit-job-titled = { $title } · opgave { $id }
audit-csv-details-json = Detaljer (JSON)
audit-say-via-local = Logget ind med en lokal konto.
audit-say-via-atlassian = Logget ind med Atlassian.
audit-say-via-forge = Logget ind fra Jira-panelet.
audit-say-refused = Afvist: { $reason }
audit-say-attempts = Mislykkede forsøg: { $count }, siden { $since }.
audit-say-from = Fra adressen { $address }.
audit-say-session-ended = Administratoren er ikke længere organisationsadministrator, så sessionen blev lukket.
audit-say-totp-on = Logger ind med adgangskode og godkendelseskode.
audit-say-totp-off = Logger kun ind med adgangskode.
audit-say-setting = { $setting } ændret fra { $before } til { $after }.
audit-say-secret = { $setting } erstattet: den gamle sluttede på { $before }, den nye slutter på { $after }.
audit-say-secret-first = { $setting } angivet: slutter på { $after }.
audit-say-nothing = intet
audit-say-yes = ja
audit-say-no = nej
audit-say-data-exported = Alt blev eksporteret: brugere: { $users }, størrelse: { $size } KB.
audit-say-data-deleted = Alt gemt blev slettet; loggen starter forfra her.
audit-say-erasure-times = Planlagt { $scheduled }, udføres { $due }.
audit-say-erasure-due = Alt slettes { $due }, medmindre en administrator annullerer.
audit-say-erasure-cancelled = Annullerede sletningen, som { $by } havde planlagt til { $due }.
audit-say-viewed = Loggen blev vist.
audit-say-filter = Filtre: { $filter }.
audit-say-audit-export = Eksporterede poster: { $count }.
audit-say-pruned = Poster fjernet efter opbevaringsindstillingen: { $count }, alle ældre end { $cutoff }; den sidste var #{ $seq }.
audit-say-users-exported = Brugere eksporteret fra en visning af brugertabellen: { $count }.
audit-say-users-selected = Valgte brugere eksporteret: { $count }.
audit-say-job-queued = Brugere i planen: { $users }; ændres: { $changing }; uberørt: { $skipped }.
audit-say-job-cancel = Bad opgaven om at stoppe; brugere under behandling gøres færdige først.
audit-say-job-ended = Opgaven sluttede ({ $state }): { $counts }.
audit-say-step-intent = Beder snart Atlassian om: { $step }.
audit-say-step-failed = Mislykkedes (forsøg { $attempt }): { $step }. Atlassians svar: { $error }
audit-say-reread-yes = Ny læsning af brugeren viste, at ændringen var udført.
audit-say-reread-no = Ny læsning af brugeren viste, at ændringen ikke var udført.
audit-say-interrupted = Afbrudt af en genstart af serveren og derefter afklaret ved at læse brugeren igen.
audit-say-skip-preflight = Ikke ændret ved forhåndskontrollen: { $reason }.
audit-say-error = Fejl: { $error }
audit-say-exercise = Skrevet for at kontrollere revisionsordforrådet; ingen administrator udførte denne handling.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian svarede ikke i tide. Prøv igen om et øjeblik.
error-invalid-admin_api_key_refused = Atlassian afviste denne nøgle: den er forkert, udløbet eller tilbagekaldt, eller den må ikke læse organisationer. Tjek den i admin.atlassian.com.
settings-no-answer = Atlassian svarede ikke inden for { $seconds } sekunder. Prøv igen om et øjeblik; sker det igen, har Atlassian måske problemer.
settings-finding-orgs = Søger efter organisationer…
settings-orgs-found = Organisationer, som denne nøgle kan se: { $count }. Vælg en i feltet Organisations-id.
settings-orgs-none = Denne nøgle kan ikke se nogen organisation. Tjek, at det er en Admin API-nøgle til organisationen og ikke et personligt API-token.
settings-checking = Tjekker forbindelsen til Atlassian…
settings-check-col-check = Tjek
settings-check-col-result = Resultat
settings-check-col-detail = Hvad det betyder
settings-check-result-ok = Virker
settings-check-result-unused = Ikke brugt
settings-check-result-failed = Kræver handling
settings-check-ok-detail = Atlassian accepterede legitimationsoplysningerne og svarede.
settings-check-status = Atlassians svar til support: HTTP { $status }
settings-check-summary = Tjek, der virker: { $working } af { $total }.
settings-check-outcome-timeout = intet svar inden for { $seconds } sekunder: Atlassian er måske langsom eller nede; prøv igen om et par minutter
settings-check-outcome-rate-limited = Atlassian begrænser forespørgsler lige nu (for mange på kort tid); prøv igen om et minut
settings-check-outcome-server-error = Atlassian havde et problem på sin side og kunne ikke svare; prøv igen senere
settings-check-outcome-rejected = Atlassian afviste forespørgslen, som den blev sendt; serverloggen har detaljerne
settings-nav-label = Afsnit i indstillingerne
settings-danger-title = Farezone
settings-danger-unlock = Knappen bliver aktiv, når DELETE er skrevet.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deaktiver { $users }
job-title-reactivate = Genaktiver { $users }
job-title-revoke_access = Fjern { $subjects } fra { $users }
job-title-assign_access = Giv { $users } adgang til { $subjects }
job-title-remove_customer = Fjern { $users } fra { $subjects }
job-title-add_customer = Tilføj { $users } igen til { $subjects }
job-undo-of-job = fortryder opgave { $job }
bulk-plan-disable_account = Deaktiver (administreret konto)
bulk-plan-enable_account = Genaktiver (administreret konto)
bulk-plan-suspend = Suspender adgangen til organisationen
bulk-plan-restore = Genskab adgangen til organisationen
bulk-plan-leave_group = Fjern fra gruppen { $object }
bulk-plan-join_group = Tilføj til gruppen { $object }
bulk-plan-revoke_role = Fjern adgang til { $object }
bulk-plan-assign_role = Giv adgang til { $object }
bulk-plan-remove_customer = Fjern fra { $object }
bulk-plan-add_customer = Tilføj igen til { $object }
bulk-changing = Brugere, der ændres
bulk-change = Ændring
bulk-search = Søg efter navn eller e-mail
bulk-search-none = Ingen brugere matcher søgningen.
job-outcome-confirmed = Udført: Atlassian bekræftede ændringen
job-outcome-refused = Atlassian afviste ændringen
job-outcome-unavailable = Atlassian tog ikke imod ændringen lige nu (optaget eller utilgængelig)
bulk-their-desks = de servicedeske, de var på

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtre
filters-active = Aktive filtre
filter-chip = { $name }: { $value }
filter-remove = Fjern filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Ingen adgang
card-no-access = Kan ikke logge ind (suspenderet eller deaktiveret): { $formatted }
column-places = Projekter og områder
csv-places = Projekter og områder (roller)
places-more = +{ $more } mere
export-style = CSV-celler
export-style-readable = Læsbare betegnelser
export-style-codes = Koder til scripts
