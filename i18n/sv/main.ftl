## The language's own name, shown in the language picker.
language-name = Svenska

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-dashboard = Översikt
nav-users = Användare
nav-audit = Granskningslogg
nav-settings = Inställningar
prefs-language = Språk
prefs-theme = Tema
prefs-apply = Tillämpa
theme-system = Systemtema
theme-light = Ljust tema
theme-dark = Mörkt tema
error-title = Något gick fel
error-body = Den här delen av sidan kunde inte visas. Läs in sidan igen för att försöka på nytt. Om felet kvarstår finns mer information i serverloggen.

## Dashboard
dashboard-title = Översikt
dashboard-empty-title = Inga organisationsdata än
dashboard-empty-body = Anslut din Atlassian-organisation under Inställningar. Efter den första synkroniseringen visar översikten dina användare, deras aktivitet och licensanvändningen i Jira, Confluence och Jira Service Management.
dashboard-empty-action = Öppna Inställningar
dashboard-first-sync-title = Läser in din organisation
dashboard-first-sync-body = Den första synkroniseringen läser användare, grupper och produktåtkomst från Atlassian. Förloppet visas ovan; siffrorna visas här så snart den är klar.
dashboard-first-sync-working = Synkroniserar…
dashboard-summary = Sammanfattning
card-total = Totalt antal användare
card-total-detail = { $org } organisationsanvändare och { $customers } kunder
card-active = Nyligen aktiva
card-active-detail = Organisationsanvändare som har använt en produkt de senaste { $days } dagarna
card-inactive = Inaktiva användare
card-customers = JSM-kunder
threshold-warning = Ingen aktivitet på { $days } dagar eller mer
threshold-overdue = Ingen aktivitet på { $days } dagar eller mer
threshold-never = Ingen registrerad aktivitet alls
utilisation-title = Licensutnyttjande
utilisation-seats = { $used } av { $capacity } licenser ({ $percent })
utilisation-near = Nästan fullt: gå igenom inaktiva användare innan du köper fler licenser.
utilisation-over = Alla licenser är upptagna: nya användare kan inte få åtkomst förrän licenser frigörs eller köps till.
products-title = Produkter
products-product = Produkt
products-users = Användare med åtkomst
products-seats = Använda licenser
products-cost = Månadskostnad för inaktiva licenser
products-cost-hint = Ange ett pris per licens för att se vad inaktiva licenser kostar varje månad.
products-cost-set = Ange priser under Inställningar
chart-title = Senaste aktivitet
chart-intro = När organisationsanvändare med aktivt konto senast använde någon produkt.
chart-days = { $from }–{ $to } dagar
chart-more-than = Mer än { $days } dagar
chart-table-caption = Senaste aktivitet för organisationsanvändare med aktivt konto
chart-last-active = Senast aktiv
chart-users = Användare
sync-title = Synkronisering
sync-last = Data från { $time }: { $formatted } { $count ->
        [one] konto
       *[other] konton
    }.
sync-never = Inget har synkroniserats än.
sync-next = Nästa schemalagda synkronisering: { $time }
sync-incremental = Ändringar gjorda i Atlassian kontrollerades senast { $time }: { $formatted } { $count ->
        [one] användare
       *[other] användare
    } uppdaterades.
sync-incremental-failed = Kontrollen av ändringar gjorda i Atlassian misslyckades { $time }: { $reason }
sync-failed = Synkroniseringen som startade { $time } misslyckades: { $reason }
sync-now = Synkronisera nu
sync-cancel = Avbryt synkronisering
sync-phase-starting = Startar
sync-phase-collecting = Läser från Atlassian
sync-phase-indexing = Skapar ögonblicksbilden
sync-items = { $done } konton lästa
sync-items-of = { $done } av cirka { $total } konton lästa
sync-waits = { $requests } anrop; { $seconds } s väntan på grund av Atlassians hastighetsbegränsningar
sync-families = Lästa produkter
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Fullständig
sync-family-partial = Delvis läst
sync-family-not-on-site = Finns inte på den här webbplatsen
sync-family-not-configured = Inte läst: inget webbplatskonto har konfigurerats
sync-family-stale = Inte läst den här gången; visar data från { $time } ({ $reason })
sync-family-unread = Inte läst än ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
       *[other] { $formatted } projekt
    }
sync-part-seats = Jiras licensantal
sync-part-group = { $count ->
        [one] Medlemmarna i { $formatted } grupp
       *[other] Medlemmarna i { $formatted } grupper
    }
sync-part-desk = { $count ->
        [one] Kunderna i { $formatted } servicedesk
       *[other] Kunderna i { $formatted } servicedeskar
    }
sync-part-jsm-org = { $count ->
        [one] Medlemmarna i { $formatted } JSM-organisation
       *[other] Medlemmarna i { $formatted } JSM-organisationer
    }
sync-part-space = { $count ->
        [one] { $formatted } utrymme
       *[other] { $formatted } utrymmen
    }
sync-skipped-permission = { $what } kunde inte läsas: webbplatskontot behöver { $permission }.
sync-skipped-not-offered = { $what } kunde inte läsas: den här webbplatsen erbjuder inte det API som behövs.
sync-skipped-names = Bland annat: { $names }
permission-administer-projects = projektbehörigheten ”Administrera projekt” (eller ”Administrera Jira”)
permission-administer-jira = den globala behörigheten ”Administrera Jira”
permission-browse-users = den globala behörigheten ”Bläddra bland användare och grupper”
permission-desk-agent = en agent- eller administratörsroll i servicedesken
permission-view-space = utrymmesbehörigheten ”Visa”
sync-history = Senaste synkroniseringar
sync-history-started = Startad
sync-history-outcome = Resultat
sync-history-accounts = Konton
sync-history-requests = Anrop
sync-outcome-running = Pågår
sync-outcome-complete = Klar
sync-outcome-failed = Misslyckades
sync-outcome-cancelled = Avbruten

## Users
users-title = Användare
users-empty-title = Inga användare att visa än
users-empty-body = Organisationsanvändare, medlemmar i Jira-projekt och Confluence-utrymmen samt kunder i Jira Service Management visas här efter den första synkroniseringen.
users-loading = Läser in användare…
users-tabs = Vilka användare
users-tab-org = Organisationsanvändare
users-tab-projects = Projektanvändare
users-tab-customers = JSM-kunder
users-tab-all = Alla
users-presets = Snabbvyer
users-preset-inactive = Inaktiva i alla produkter
users-preset-warning = Varning
users-preset-overdue = Överskriden
users-preset-never = Aldrig aktiva
users-clear-filters = Rensa filter
users-count = { $count ->
        [one] { $formatted } användare
       *[other] { $formatted } användare
    }
users-as-of = per { $time }
users-thresholds = · varning efter { $warning } dagar, överskriden efter { $overdue }
users-table-caption = Användare som matchar filtren
users-no-matches = Inga användare matchar de här filtren.
filter-search = Sök
filter-search-placeholder = Namn eller e-post
filter-type = Kontotyp
filter-product = Produkt
filter-group = Grupp
filter-project = Projekt eller utrymme
filter-desk = Servicedesk eller organisation
filter-active-after = Senast aktiv från och med
filter-active-before = Senast aktiv före
filter-status = Status
filter-inactivity = Inaktivitet
filter-any = Alla
filter-apply = Tillämpa filter
column-name = Namn
column-email = E-post
column-status = Status
column-account-type = Kontotyp
column-products = Produkter
column-groups = Grupper
column-last-active = Senast aktiv
column-inactivity = Inaktivitet
column-added = Tillagd i organisationen
column-service-desks = Servicedeskar
column-jsm-organizations = JSM-organisationer
column-details = Detaljer
columns-choose = Kolumner
status-active = Aktiv
status-suspended = Avstängd
status-deactivated = Inaktiverad
status-pending = Inbjuden
class-managed = Hanterat
class-external = Externt
class-customer = Kund
class-app = App
inactivity-active = Nyligen aktiv
inactivity-warning = Varning
inactivity-overdue = Överskriden
inactivity-never = Aldrig aktiv
never-active = Aldrig
email-hidden = Dold av användarens sekretessinställningar
org-admin = Org-admin
open-in-admin = Öppna i Atlassian Administration
list-more = { $list } +{ $more }
details = Detaljer
details-for = Detaljer för { $name }
details-close = Stäng detaljer
details-missing = Användaren hittades inte
details-account-id = Konto-ID
details-org-admin = Organisationsadministratör
details-scim = Etablerad av identitetsleverantören
details-products = Produkter och senaste aktivitet
details-product = Produkt
details-projects = Jira-projekt
details-spaces = Confluence-utrymmen
details-none = Inga
yes = Ja
no = Nej
select-page = Markera alla användare på den här sidan
select-user = Markera { $name }
selection-count = { $count ->
        [0] Inga användare markerade
        [one] { $formatted } användare markerad
       *[other] { $formatted } användare markerade
    }
select-all-matching = Markera alla { $formatted } träffar
selection-clear = Rensa markering
pager-label = Sidor
pager-previous = Föregående
pager-next = Nästa
pager-position = Sida { $page } av { $pages }
pager-size = Rader per sida:
export-matching = Exportera filtrerade användare (CSV)
export-selected = Exportera markerade användare (CSV)
export-progress = Exporterar { $done } av { $total } användare…
export-cancel = Avbryt export
export-cancelled = Exporten avbröts.
export-done = { $count ->
        [one] { $formatted } användare exporterad.
       *[other] { $formatted } användare exporterade.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Granskningslogg
audit-empty-title = Inga loggposter än
audit-empty-body = Varje åtgärd som en administratör utför här registreras i den här loggen: vem som gjorde det, när, mot vem och vad Atlassian svarade.
audit-loading = Läser in granskningsloggen…
audit-search-placeholder = Administratör, användare, åtgärd, detaljer eller begäran-ID
audit-filter-from = Från (UTC-dag)
audit-filter-to = Till (UTC-dag)
audit-filter-admin = Administratör
audit-filter-action = Åtgärd
audit-filter-outcome = Resultat
audit-filter-user = Berörd användare
audit-filter-user-placeholder = Konto-ID, namn eller e-post
audit-count = { $count ->
        [one] { $formatted } post
       *[other] { $formatted } poster
    }
audit-no-matches = Inga poster matchar de här filtren.
audit-table-caption = Poster i granskningsloggen, nyaste först
audit-column-time = Tid (UTC)
audit-column-admin = Administratör
audit-column-action = Åtgärd
audit-column-user = Berörd användare
audit-column-outcome = Resultat
audit-column-status = Atlassian-status
audit-column-request = Begäran-ID
audit-column-details = Detaljer
audit-column-entry = Post
audit-entry-open = Detaljer för post { $seq }
audit-entry-title = Post nr { $seq }
audit-job = Jobb { $id }
audit-export = Exportera CSV
audit-export-progress = Exporterar { $done } av { $total } poster…
audit-export-done = { $count ->
        [one] { $formatted } post exporterad.
       *[other] { $formatted } poster exporterade.
    }
audit-chain-broken = Kedjan bruten vid post nr { $seq }: { $reason }
audit-chain-broken-help = Poster från och med denna kan ha ändrats, tagits bort eller lagts till utanför User Account Manager. Lämna databasen orörd och jämför den med din senaste export eller säkerhetskopia.
audit-chain-unchecked = Hashkedjan kunde inte kontrolleras.
audit-checkpoints-missing = Signerade kontrollpunkter saknas: kontrollpunktsfilen innehåller inte längre kontrollpunkten för post #{ $seq } som den här servern skrev.
audit-checkpoints-missing-help = Filen har tagits bort, ersatts med en äldre kopia eller kortats, så posterna till och med denna kan inte längre kontrolleras mot en signatur. Återställ filen från din kopia (serverns logg innehåller också varje kontrollpunkt) och lämna databasen orörd.
audit-action-sign_in = Inloggning
audit-action-sign_out = Utloggning
audit-action-authn_denied = Åtkomst nekad
audit-action-session_ended = Sessionen avslutad
audit-action-local_admin_created = Lokal administratör skapad
audit-action-settings_changed = Inställning ändrad
audit-action-secret_replaced = Autentiseringsuppgift ersatt
audit-action-data_exported = Data exporterade
audit-action-data_deleted = Data raderade
audit-action-audit_viewed = Granskningslogg visad
audit-action-audit_export = Granskningslogg exporterad
audit-action-users_exported = Användare exporterade
audit-outcome-ok = Lyckades
audit-outcome-denied = Nekad
audit-outcome-failed = Misslyckades
audit-outcome-intent = Avsikt
audit-outcome-skipped = Hoppades över
audit-outcome-blocked = Blockerad
audit-action-data_erasure_scheduled = Radering av alla data schemalagd
audit-action-data_erasure_cancelled = Schemalagd radering avbruten
audit-action-audit_pruned = Gamla granskningsposter borttagna
audit-action-bulk_job_queued = Massjobb köat
audit-action-bulk_job_cancel = Avbrott av massjobb begärt
audit-action-bulk_job_refused = Massjobb avvisat
audit-action-bulk_job_ended = Massjobb avslutat
audit-action-bulk_deactivate = Massinaktivering
audit-action-bulk_reactivate = Massåteraktivering
audit-action-bulk_revoke_access = Massåterkallande av produktåtkomst
audit-action-bulk_assign_access = Masstilldelning av produktåtkomst
audit-action-bulk_remove_customer = Massborttagning av JSM-kunder
audit-action-bulk_undo_deactivate = Massinaktivering (ångra)
audit-action-bulk_undo_reactivate = Massåteraktivering (ångra)
audit-action-bulk_undo_revoke_access = Massåterkallande av produktåtkomst (ångra)
audit-action-bulk_undo_assign_access = Masstilldelning av produktåtkomst (ångra)
audit-action-bulk_undo_remove_customer = Massborttagning av JSM-kunder (ångra)
audit-outcome-refused = Avvisad
audit-outcome-unknown = Okänt resultat
audit-outcome-not_sent = Inte skickad
audit-outcome-reread = Bekräftad genom omläsning
audit-outcome-queued = I kö
audit-outcome-running = Körs
audit-outcome-cancelling = Avbryts
audit-outcome-cancelled = Avbrutet
audit-outcome-finished = Slutfört
audit-csv-seq = Post
audit-csv-time = Tid (UTC)
audit-csv-actor = Administratörs-ID
audit-csv-actor-name = Administratörens namn
audit-csv-auth-via = Inloggad med
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installation av Jira-panelen
audit-csv-action = Åtgärd
audit-csv-target = Mål
audit-csv-target-name = Berörd användares namn
audit-csv-target-email = Berörd användares e-post
audit-csv-outcome = Resultat
audit-csv-atlassian-status = Atlassian-status
audit-csv-request-id = Begäran-ID
audit-csv-job-id = Jobb
audit-csv-details = Detaljer
audit-csv-prev-hash = Föregående hash
audit-csv-hash = Hash
audit-filter-source = Källa
audit-source-both = Den här appen och Atlassian
audit-source-app = Den här appen
audit-source-atlassian = Atlassian
audit-atlassian-note = Rapporterad av Atlassian; ingår inte i den här appens hashkedja.
audit-event-open = Detaljer om Atlassian-händelse { $seq }
audit-event-title = Atlassian-händelse nr { $seq }
audit-csv-source = Källa
audit-csv-event-id = Atlassian-händelse-ID
audit-csv-ip = IP-adress
audit-csv-product = Produkt
audit-action-user_deactivated = Användare inaktiverad
audit-action-user_reactivated = Användare återaktiverad
audit-action-user_access_suspended = Användarens åtkomst pausad
audit-action-user_access_restored = Användarens åtkomst återställd
audit-action-user_added_to_group = Användare tillagd i grupp
audit-action-user_removed_from_group = Användare borttagen från grupp
audit-action-group_granted_role = Produktroll tilldelad grupp
audit-action-group_revoked_role = Produktroll återkallad från grupp
audit-action-user_granted_role = Produktroll tilldelad användare
audit-action-user_revoked_role = Produktroll återkallad från användare
audit-action-added_org_admin = Organisationsadministratör tillagd
audit-action-removed_org_admin = Organisationsadministratör borttagen
audit-action-service_desk_customer_added = Servicedeskkund tillagd
audit-action-service_desk_customer_removed = Servicedeskkund borttagen
audit-action-project_role_actor_added = Tillagd i projektroll
audit-action-project_role_actor_removed = Borttagen från projektroll

## Settings
settings-title = Inställningar


settings-api-key-docs = Så skapar du en Admin API-nyckel

## Not found
not-found-title = Sidan hittades inte
not-found-body = Det finns ingen sida på den här adressen. Länken kan vara felskriven, eller så har sidan flyttats.
not-found-action = Gå till översikten

## Demo mode
demo-badge = Demoorganisation
demo-banner = { $org } är en simulerad organisation, så du kan utforska utan risk: inget här påverkar något riktigt Atlassian-konto.
demo-connect = Anslut din organisation

## Errors a request can end in
error-unauthorized = Din session har avslutats. Logga in igen för att fortsätta.
error-forbidden = Endast organisationsadministratörer kan göra detta.
error-not-found = Det finns inte längre. Det kan ha tagits bort i Atlassian.
error-invalid-input = En del av det du angav är inte giltigt. Kontrollera de markerade fälten.
error-atlassian-unavailable = Atlassian svarar inte just nu. Försök igen om några minuter.
error-sync-running = En synkronisering pågår redan. Vänta tills den är klar eller avbryt den först.
error-no-snapshot = Inget har synkroniserats än. Den första synkroniseringen startar automatiskt och kan ta några minuter.
error-transport = Det gick inte att nå servern. Kontrollera anslutningen och försök igen.
error-internal = Något gick fel på servern. Mer information finns i serverloggen.
error-payload-too-large = Den här begäran är större än servern tar emot, så ingenting gjordes. Skicka mindre åt gången, till exempel färre poster.
error-timeout = Servern avbröt den här begäran eftersom den tog för lång tid. Försök igen om en stund, eller be om mindre åt gången.

## CSV export column headers
csv-name = Namn
csv-email = E-post
csv-status = Status
csv-account-type = Kontotyp
csv-products = Produkter
csv-product-last-active = Senast aktiv per produkt
csv-last-active = Senast aktiv
csv-groups = Grupper
csv-inactivity = Inaktivitet
csv-service-desks = Servicedeskar
csv-jsm-organizations = JSM-organisationer

## Signing in
login-title = Logga in
login-intro = Endast organisationsadministratörer kan använda User Account Manager.
login-atlassian = Logga in med Atlassian
login-demo-admins = I den här demon är dessa simulerade konton organisationsadministratörer. Välj ett av dem på Atlassians simulerade inloggningssida; alla andra konton nekas.
login-local-title = Lokalt administratörskonto
login-login = Användarnamn
login-password = Lösenord
login-totp = Autentiseringskod
login-totp-hint = Endast om ditt konto använder en autentiseringsapp.
login-submit = Logga in
login-setup-pending = Det finns inget lokalt administratörskonto än. När servern startade skrev den ut en engångslänk för konfiguration som skapar det första kontot; kommandot uam admin create gör samma sak.
login-signed-out = Du har loggat ut.
login-refused-title = Inloggningen nekades
login-back = Tillbaka till inloggningen
login-error-invalid = Användarnamnet, lösenordet eller autentiseringskoden är fel.
login-error-locked = För många misslyckade försök. Vänta 15 minuter och försök sedan igen.
login-error-totp = Autentiseringskoden saknas eller är fel.
login-error-not-admin = Det här Atlassian-kontot är inte administratör för den här organisationen, eller finns inte med i listan över administratörer som får använda den här servern.
login-error-unavailable = Det går inte att logga in just nu: Atlassian eller serverns databas svarade inte. Försök igen om en minut.
login-error-state = Den här inloggningen har gått ut, har redan använts eller startades i en annan webbläsare. Börja om från inloggningssidan.
login-error-setup-link = Den här konfigurationslänken har gått ut eller har redan använts. Starta om servern så att den skriver ut en ny, eller skapa en administratör med kommandot uam admin create.
login-error-setup-input = Kontrollera fälten: användarnamnet får inte innehålla mellanslag, namnet måste fyllas i, lösenordet måste ha minst 12 tecken och båda lösenorden måste stämma överens.
login-error-expired = Din session har avslutats. Logga in igen.

## First-run set-up
setup-title = Skapa det första administratörskontot
setup-intro = Det här kontot loggar in med ett eget lösenord. Behåll det som nödkonto: när Atlassian-anslutningen har konfigurerats loggar organisationsadministratörer in med Atlassian.
setup-login = Användarnamn (en e-postadress eller ett kort namn)
setup-name = Ditt namn
setup-password = Lösenord (minst 12 tecken)
setup-password-again = Upprepa lösenordet
setup-totp-title = Autentiseringsapp
setup-totp-optional = Rekommenderas: skanna den här koden med en autentiseringsapp och ange koden som appen visar. Lämna fältet tomt för att hoppa över steget.
setup-totp-required = Den här servern kräver en autentiseringsapp: skanna den här koden med appen och ange koden som den visar.
setup-totp-key = Eller ange den här nyckeln manuellt:
setup-totp-qr = QR-kod för autentiseringsappen
setup-totp-code = Kod från appen
setup-submit = Skapa kontot och logga in

## The signed-in admin
account-via-local = Lokalt konto
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = från Jira
account-sign-out = Logga ut

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Öppnar User Account Manager…
embed-expired = Sessionen för den här panelen har avslutats. Öppna User Account Manager igen från Jira-administrationen för att fortsätta.
embed-refused = Endast administratörer för den här organisationen kan använda User Account Manager i Jira, och bara om servern tillåter deras konto.
embed-unavailable = User Account Manager kan inte bekräfta din åtkomst just nu: Atlassian eller servern svarade inte. Försök igen om en minut.

## Settings page
settings-saved = Sparat.
settings-save = Spara
settings-set-by-env = Anges av miljön; ändra värdet där servern konfigureras.
settings-connection-title = Atlassian-anslutning
settings-connection-demo = Visar { $org }, den simulerade demoorganisationen. Anslut din egen organisation nedan.
settings-connection-env = Ansluten till organisationen { $org }, konfigurerad via serverns miljö.
settings-connection-saved = Ansluten till organisationen { $org }.
settings-connection-pending = Den sparade anslutningen används från och med nästa serverstart. Starta om servern för att ansluta till den här organisationen.
settings-admin-key = Admin API-nyckel
settings-key-placeholder = Klistra in en ny nyckel för att ersätta den sparade
settings-key-write-only = Endast skrivning: nyckeln lagras krypterad och visas aldrig igen.
settings-key-expiry = Nyckelns utgångsdatum
settings-key-expires = Går ut { $date }.
settings-key-expires-soon = Går ut { $date }, om { $days } dagar. Skapa en ny nyckel i Atlassian och klistra in den här innan dess.
settings-key-expired = Gick ut { $date }. Synkroniseringar och åtgärder misslyckas tills en ny nyckel har sparats.
settings-secret-set = slutar på …{ $hint }, angiven av { $by } { $at }
settings-secret-unset = inte angiven
settings-org = Organisations-ID
settings-find-orgs = Hitta organisationer
settings-site-title = Jira, Confluence och Jira Service Management
settings-site-body = Projektroller, utrymmesmedlemmar, kunder och Jira-licenser läses via webbplatsen med ett kontos e-postadress och API-token.
settings-site-url = Webbplatsens URL
settings-site-email = Kontots e-post
settings-site-token = API-token
settings-site-token-again = Ange token igen varje gång du ändrar webbplatsens URL eller e-postadressen.
settings-test-connection = Testa anslutningen
settings-check-admin-key = Admin API-nyckel
settings-check-org = Organisation
settings-check-directory = Användare och grupper
settings-check-site = Webbplats
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = nekad: nyckeln eller token är fel, har gått ut eller har återkallats
settings-check-outcome-forbidden = nekad: autentiseringsuppgiften saknar den behörighet (scope) som krävs
settings-check-outcome-not-found = hittades inte: kontrollera organisations-ID:t eller webbplatsens URL
settings-check-outcome-unreachable = Atlassian svarade inte; försök igen senare
settings-check-outcome-not-configured = inte konfigurerad
settings-check-outcome-not-on-site = inte på den här webbplatsen (webbplatsen har inte den här produkten)
settings-prices-title = Licenspriser
settings-prices-body = Valfritt. Ange vad en licens för varje produkt kostar per månad, så visar översikten vad inaktiva användares licenser kostar. Lämna en produkt tom för att utelämna den.
settings-currency = Valuta (ISO-kod, t.ex. USD eller EUR)
settings-thresholds-title = Tröskelvärden för inaktivitet
settings-thresholds-body = En användare utan aktivitet längre än varningsgränsen markeras med ”varning”; längre än överskridningsgränsen med ”överskriden”. Överskridningsgränsen måste vara längre än varningsgränsen.
settings-warning-days = Varning efter (dagar)
settings-overdue-days = Överskriden efter (dagar)
settings-protected-title = Skyddade konton
settings-protected-body = Massåtgärder inaktiverar aldrig dessa konton och tar aldrig bort deras åtkomst. Ange e-postadresser, hela domäner som *@example.com eller Atlassian-konto-ID:n. Org-administratörer och du själv är alltid skyddade.
settings-protected-add = Lägg till adresser, domäner eller konto-ID:n (klistra in flera, åtskilda med kommatecken, mellanslag eller radbrytningar)
settings-protected-add-button = Lägg till
settings-protected-search = Sök bland skyddade konton
settings-protected-count = { $count ->
    [one] En skyddad post
   *[other] { $count } skyddade poster
}
settings-protected-remove = Ta bort
settings-schedule-title = Synkroniseringsschema och lagring av granskningsloggen
settings-sync-interval = Timmar mellan synkroniseringar
settings-sync-interval-hint = 0 stänger av schemalagda synkroniseringar; ”Synkronisera nu” fungerar fortfarande.
settings-retention = Behåll loggposter i (dagar)
settings-retention-hint = Minst 180 dagar (lika länge som Atlassians egen granskningslogg), högst 3650; 0 behåller dem för alltid.
error-invalid-entries = Dessa poster är varken e-postadresser eller *@domän-poster, så inget sparades:
settings-data-title = Dina data
settings-data-export-body = Ladda ned allt som User Account Manager lagrar som ett arkiv: inställningar (utan hemligheter), lokala administratörskonton (utan lösenord), synkroniseringshistoriken, granskningsloggen och den aktuella ögonblicksbilden av dina användare. Exporten registreras i granskningsloggen.
settings-data-export = Exportera allt
settings-data-delete-body = Radera allt som User Account Manager lagrar: inställningar, den sparade nyckeln och token, lokala administratörskonton, sessioner, ögonblicksbilder och granskningsloggen. Inget ändras i Atlassian. Detta kan inte ångras; exportera först om du kan behöva dina data.
settings-data-delete-confirm = Skriv DELETE för att bekräfta
settings-data-delete = Radera allt
settings-data-not-confirmed = Inget raderades: skriv exakt DELETE för att bekräfta.
settings-data-sync-running = Inget raderades: en synkronisering pågår. Avbryt den eller vänta tills den är klar och försök sedan igen.
settings-data-export-failed = Exporten misslyckades. Mer information finns i serverloggen.
settings-data-delete-failed = Raderingen misslyckades; inget raderades. Mer information finns i serverloggen.
error-reauth-failed = Lösenordet eller autentiseringskoden är fel. Inget har schemalagts.
error-reauth-stale = Bekräfta först att det är du: logga in med Atlassian igen och radera sedan inom 5 minuter.
error-panel-refused = Det går inte från Jira-panelen. Öppna User Account Manager i en egen webbläsarflik.
error-erasure-pending = Radering av alla data är redan schemalagd. Avbryt den först eller vänta tills den körs.
settings-data-delete-delay = Inget raderas direkt: raderingen sker { $hours } timmar efter att du bekräftar. Fram till dess ser alla administratörer den på instrumentpanelen och kan avbryta den. En signerad uppgift om den raderade granskningsloggen sparas.
settings-data-reauth-atlassian = Du loggade in med Atlassian för mer än 5 minuter sedan. Logga in igen för att bekräfta att det är du och radera sedan inom 5 minuter.
settings-data-reauth-fresh = Du loggade in med Atlassian för mindre än 5 minuter sedan, vilket bekräftar att det är du.
settings-data-scheduled = Radering av alla data är schemalagd. Tills den körs kan alla administratörer avbryta den här eller på instrumentpanelen.
erasure-title = Alla data kommer att raderas
erasure-body = { $name } schemalade { $scheduled } radering av allt som User Account Manager lagrar, inklusive granskningsloggen. Den körs { $due } om ingen administratör avbryter den.
erasure-cancel = Avbryt raderingen
erasure-cancelled = Raderingen avbröts. Inget raderades.
erasure-cancel-failed = Raderingen kunde inte avbrytas. Mer information finns i serverloggen.
login-deleted = Allt har raderats. Servern skrev ut en ny konfigurationslänk för att skapa det första administratörskontot igen.
error-invalid-org_id = Organisations-ID:t saknas eller är ogiltigt: det är ID:t i admin.atlassian.com/o/<ID>/…, med bokstäver, siffror och bindestreck.
error-invalid-admin_api_key = Klistra in en Admin API-nyckel: ingen nyckel har sparats för den här organisationen än.
error-invalid-site = För webbplatsen krävs URL, ett kontos e-postadress och det kontots API-token tillsammans.
error-invalid-site_url = Webbplatsens URL är inte giltig: den ser ut som https://your-site.atlassian.net.
error-invalid-site_host = Endast webbplatser på https://your-site.atlassian.net godtas: API-token skickas inte till någon annan värd. En annan värd måste först tillåtas av den som driver servern (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = En ny URL för webbplatsen eller en ny e-postadress för kontot kräver API-token igen: klistra in kontots token för den här webbplatsen.
error-invalid-site_email = Kontots e-post är inte en giltig e-postadress.
error-invalid-thresholds = Båda tröskelvärdena måste vara hela antal dagar, och överskridningsgränsen måste vara längre än varningsgränsen.
error-invalid-schedule = Ange heltal: timmar mellan synkroniseringar och antal dagar som granskningsloggen ska behållas.
error-invalid-sync_interval_hours = Timmar mellan synkroniseringar måste vara 0 (av) eller mellan 1 och 168.
error-invalid-audit_retention_days = Behåll loggposter i 0 dagar (för alltid) eller mellan 180 och 3650 dagar.
error-invalid-seat_prices = Ange en valutakod med tre bokstäver och priser mellan 0 och 100000, med siffror och punkt som decimaltecken.
login-atlassian-off = Inloggning med Atlassian är inte konfigurerad på den här servern. Serverns ansvarige kan konfigurera den med en OAuth-app (UAM_OAUTH_CLIENT_ID och UAM_OAUTH_CLIENT_SECRET); tills dess loggar du in med ett lokalt administratörskonto.

## Bulk actions
bulk-title = Massåtgärd
bulk-undo-title = Ångra det här jobbet
bulk-actions = Åtgärder…
bulk-actions-user = Åtgärder för den här användaren…
bulk-choose = Vad vill du göra?
bulk-action-deactivate = Inaktivera
bulk-action-reactivate = Återaktivera
bulk-action-revoke_access = Återkalla produktåtkomst
bulk-action-assign_access = Tilldela produktåtkomst
bulk-action-remove_customer = Ta bort JSM-kunder
bulk-every-desk = alla servicedeskar
bulk-products = Produkter
bulk-desks = Servicedeskar
bulk-desks-hint = Välj ingen för att ta bort kunderna från alla servicedeskar de tillhör.
bulk-check = Kontrollera vilka som påverkas
bulk-cancel = Avbryt
bulk-checking = Kontrollerar varje användare mot Atlassian…
bulk-starting = Startar jobbet…
bulk-count-changing = { $count ->
        [one] { $formatted } användare kommer att ändras
       *[other] { $formatted } användare kommer att ändras
    }
bulk-count-already = { $count ->
        [one] { $formatted } användare har redan det tillståndet
       *[other] { $formatted } användare har redan det tillståndet
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } användare kan inte ändras
       *[other] { $formatted } användare kan inte ändras
    }
bulk-how = Så här genomförs det
bulk-method-disable_account = { $count ->
        [one] { $formatted } konto inaktiveras (hanteras av organisationen: livscykel-API för användarhantering)
       *[other] { $formatted } konton inaktiveras (hanteras av organisationen: livscykel-API för användarhantering)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } konto återaktiveras (hanteras av organisationen: livscykel-API för användarhantering)
       *[other] { $formatted } konton återaktiveras (hanteras av organisationen: livscykel-API för användarhantering)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } användare förlorar åtkomsten till organisationen (avstängd: organisationen hanterar inte kontot)
       *[other] { $formatted } användare förlorar åtkomsten till organisationen (avstängda: organisationen hanterar inte deras konton)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } användare får tillbaka åtkomsten till organisationen (återställd: organisationen hanterar inte kontot)
       *[other] { $formatted } användare får tillbaka åtkomsten till organisationen (återställda: organisationen hanterar inte deras konton)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } användare tas bort från grupperna som ger åtkomst till produkterna
       *[other] { $formatted } användare tas bort från grupperna som ger åtkomst till produkterna
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } användare läggs till i en grupp som ger åtkomst till produkterna
       *[other] { $formatted } användare läggs till i en grupp som ger åtkomst till produkterna
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } användare förlorar en direkt tilldelad produktroll
       *[other] { $formatted } användare förlorar en direkt tilldelad produktroll
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } användare tilldelas produktrollen direkt
       *[other] { $formatted } användare tilldelas produktrollen direkt
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } kund tas bort från servicedeskar
       *[other] { $formatted } kunder tas bort från servicedeskar
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } kund läggs tillbaka i servicedeskar
       *[other] { $formatted } kunder läggs tillbaka i servicedeskar
    }
bulk-nothing = Inget att ändra: alla markerade användare har redan det tillståndet eller kan inte ändras.
bulk-skipped = Lämnades orörda
bulk-skipped-more = …och { $count } till.
bulk-reason = Orsak
bulk-type-to-confirm = Skriv { $count } för att bekräfta
bulk-presets = Rensningsåtgärder
bulk-preset-overdue = Inaktivera alla överskridna
bulk-preset-revoke = Återkalla { $product } från användare som varit inaktiva där i { $days } dagar
bulk-skip-already_done = Har redan det tillståndet
bulk-skip-protected = Skyddad under Inställningar
bulk-skip-org_admin = Organisationsadministratör: ändras aldrig av en massåtgärd
bulk-skip-acting_admin = Ditt eget konto: ändras aldrig av din egen massåtgärd
bulk-skip-identity_provider = Etablerad av identitetsleverantören (SCIM), som hanterar kontots åtkomst
bulk-skip-lookup_failed = Det gick inte att fråga Atlassian om användarens aktuella tillstånd, så inget riskerades
bulk-skip-not_found = Atlassian känner inte längre till det här kontot
bulk-skip-not_applicable = Åtgärden gäller inte för den här typen av konto
bulk-skip-no_way = Åtkomsten kommer från en källa som den här produkten inte kan ändra
bulk-skip-direct_role_unavailable = Tilldelad direkt, och den här organisationen erbjuder inte Atlassians API för direkta produktroller (begränsad tillgänglighet), så inget riskerades
bulk-step-disable_account = Kontot inaktiverades
bulk-step-enable_account = Kontot återaktiverades
bulk-step-suspend = Åtkomsten till organisationen stängdes av
bulk-step-restore = Åtkomsten till organisationen återställdes
bulk-step-leave_group = Togs bort från gruppen { $object }
bulk-step-join_group = Lades till i gruppen { $object }
bulk-step-revoke_role = Rollen { $object } återkallades
bulk-step-assign_role = Rollen { $object } tilldelades
bulk-step-remove_customer = Togs bort som kund i { $object }
bulk-step-add_customer = Lades till som kund i { $object }

## Jobs
nav-jobs = Jobb
jobs-title = Jobb
jobs-intro = Massåtgärder körs som jobb på servern: de fortsätter när du stänger fliken, alla administratörer ser dem, och ett jobb körs i taget medan de andra väntar på sin tur.
jobs-loading = Läser in jobb…
jobs-empty-title = Inga jobb än
jobs-empty-body = Massåtgärder som startats från sidan Användare eller från översikten visas här, med förlopp och resultat för varje användare.
jobs-caption = Jobb för massåtgärder, nyaste först
job-title = Jobb
job-back = Alla jobb
job-loading = Läser in jobbet…
job-action = Åtgärd
job-state = Status
job-progress = Förlopp
job-started-by = Startat av
job-created = Skapat
job-started = Startat
job-finished = Avslutat
job-counts = { $done } klara, { $skipped } överhoppade, { $failed } misslyckade av { $total }
job-count-done = { $formatted } klara
job-count-skipped = { $formatted } överhoppade
job-count-failed = { $formatted } misslyckade
job-count-unknown = { $formatted } avbrutna, okänt resultat
job-count-cancelled = { $formatted } nåddes inte (avbrutet)
job-count-pending = { $formatted } väntar
job-waiting = Väntar på Atlassians hastighetsbegränsning till { $time }
job-queue-position = { $count ->
        [0] I kö: näst på tur
        [one] I kö: { $count } jobb före
       *[other] I kö: { $count } jobb före
    }
job-undo-of = Det här jobbet ångrar ett tidigare jobb.
job-open-original = Öppna det ursprungliga jobbet
job-undone-by = Det här jobbet har ångrats.
job-open-undo = Öppna ångringsjobbet
job-undone-by-short = ångrat
job-error = Stoppades i förtid:
job-stopped-panic = ett internt fel stoppade jobbet. Användare som det inte hunnit till lämnades oförändrade.
job-stopped-not-admin = administratören som startade det är inte längre en organisationsadministratör med tillgång till den här servern, så det avvisades.
job-stopped-admin-unconfirmed = Atlassian kunde inte bekräfta att administratören som startade det fortfarande är organisationsadministratör, så det avvisades.
job-cancel = Avbryt jobbet
job-undo = Ångra det här jobbet
job-results = Resultat per användare
job-filter = Visa
job-filter-all = Alla
job-item-state = Resultat
job-steps = Steg
job-outcome = Orsak och Atlassians svar
job-no-items = Inga användare med den här statusen.
job-atlassian-status = Atlassian svarade { $status }
job-request-id = Begäran-ID
job-state-queued = I kö
job-state-running = Körs
job-state-cancelling = Avbryts
job-state-cancelled = Avbrutet
job-state-finished = Slutfört
job-state-failed = Misslyckades
job-item-pending = Väntar
job-item-running = Pågår
job-item-done = Klar
job-item-skipped = Överhoppad
job-item-failed = Misslyckades
job-item-unknown = Okänt resultat
job-item-cancelled = Avbruten

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Visa mina visningar av loggen
audit-views-hidden = Dina egna visningar av loggen, dolda: { $formatted }.
audit-views-show = Visa dem
audit-chain-verified-through = Kedjan verifierad till och med post #{ $last }, senaste signerade kontrollpunkt #{ $seq } { $time }.
audit-chain-verified-through-unsigned = Kedjan verifierad till och med post #{ $last }, ingen signerad kontrollpunkt ännu.
audit-job-titled = { $title } · jobb { $id }
audit-csv-details-json = Detaljer (JSON)
audit-say-via-local = Loggade in med ett lokalt konto.
audit-say-via-atlassian = Loggade in med Atlassian.
audit-say-via-forge = Loggade in från Jira-panelen.
audit-say-refused = Nekad: { $reason }
audit-say-attempts = Misslyckade försök: { $count }, sedan { $since }.
audit-say-from = Från adressen { $address }.
audit-say-session-ended = Administratören är inte längre organisationsadministratör, så sessionen stängdes.
audit-say-totp-on = Loggar in med lösenord och autentiseringskod.
audit-say-totp-off = Loggar in med enbart lösenord.
audit-say-setting = { $setting } ändrad från { $before } till { $after }.
audit-say-secret = { $setting } ersatt: den gamla slutade på { $before }, den nya slutar på { $after }.
audit-say-secret-first = { $setting } angiven: slutar på { $after }.
audit-say-nothing = inget
audit-say-yes = ja
audit-say-no = nej
audit-say-data-exported = Allt exporterades: användare: { $users }, storlek: { $size } kB.
audit-say-data-deleted = Allt som lagrats raderades; loggen börjar om här.
audit-say-erasure-times = Schemalagd { $scheduled }, utförs { $due }.
audit-say-erasure-due = Allt raderas { $due } om inte en administratör avbryter.
audit-say-erasure-cancelled = Avbröt raderingen som { $by } hade schemalagt till { $due }.
audit-say-viewed = Loggen visades.
audit-say-filter = Filter: { $filter }.
audit-say-audit-export = Exporterade poster: { $count }.
audit-say-pruned = Poster borttagna enligt lagringstiden: { $count }, alla äldre än { $cutoff }; den sista var #{ $seq }.
audit-say-users-exported = Användare exporterade från en vy av användartabellen: { $count }.
audit-say-users-selected = Valda användare exporterade: { $count }.
audit-say-job-queued = Användare i planen: { $users }; ändras: { $changing }; lämnas orörda: { $skipped }.
audit-say-job-cancel = Bad jobbet att stoppa; användare som bearbetas slutförs först.
audit-say-job-ended = Jobbet avslutades ({ $state }): { $counts }.
audit-say-step-intent = Ska strax be Atlassian om: { $step }.
audit-say-step-failed = Misslyckades (försök { $attempt }): { $step }. Atlassians svar: { $error }
audit-say-reread-yes = När användaren lästes igen syntes att ändringen var gjord.
audit-say-reread-no = När användaren lästes igen syntes att ändringen inte var gjord.
audit-say-interrupted = Avbröts av en omstart av servern och avgjordes sedan genom att läsa användaren igen.
audit-say-skip-preflight = Lämnad orörd vid förhandskontrollen: { $reason }.
audit-say-error = Fel: { $error }
audit-say-exercise = Skrivet för att kontrollera granskningsordförrådet; ingen administratör utförde denna åtgärd.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian svarade inte i tid. Försök igen om en stund.
error-invalid-admin_api_key_refused = Atlassian avvisade den här nyckeln: den är fel, har gått ut eller återkallats, eller får inte läsa organisationer. Kontrollera den på admin.atlassian.com.
settings-no-answer = Atlassian svarade inte inom { $seconds } sekunder. Försök igen om en stund; händer det igen kan Atlassian ha problem.
settings-finding-orgs = Söker efter organisationer…
settings-orgs-found = Organisationer som nyckeln ser: { $count }. Välj en i fältet Organisations-ID.
settings-orgs-none = Nyckeln ser ingen organisation. Kontrollera att det är en Admin API-nyckel för organisationen och inte en personlig API-token.
settings-checking = Kontrollerar anslutningen till Atlassian…
settings-check-col-check = Kontroll
settings-check-col-result = Resultat
settings-check-col-detail = Vad det betyder
settings-check-result-ok = Fungerar
settings-check-result-unused = Används inte
settings-check-result-failed = Kräver åtgärd
settings-check-ok-detail = Atlassian godtog inloggningsuppgifterna och svarade.
settings-check-status = Atlassians svar, för support: HTTP { $status }
settings-check-summary = Kontroller som fungerar: { $working } av { $total }.
settings-check-outcome-timeout = inget svar inom { $seconds } sekunder: Atlassian kan vara långsamt eller nere; försök igen om några minuter
settings-check-outcome-rate-limited = Atlassian begränsar förfrågningar just nu (för många på kort tid); försök igen om en minut
settings-check-outcome-server-error = Atlassian fick ett problem på sin sida och kunde inte svara; försök igen senare
settings-check-outcome-rejected = Atlassian avvisade förfrågan som den skickades; serverloggen har detaljerna
settings-nav-label = Avsnitt i inställningarna
settings-danger-title = Riskzon
settings-danger-unlock = Knappen blir aktiv när DELETE har skrivits.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Inaktivera { $users }
job-title-reactivate = Återaktivera { $users }
job-title-revoke_access = Återkalla { $subjects } för { $users }
job-title-assign_access = Ge { $users } tillgång till { $subjects }
job-title-remove_customer = Ta bort { $users } från { $subjects }
job-title-add_customer = Lägg tillbaka { $users } i { $subjects }
job-undo-of-job = ångrar jobb { $job }
bulk-plan-disable_account = Inaktivera (hanterat konto)
bulk-plan-enable_account = Återaktivera (hanterat konto)
bulk-plan-suspend = Stäng av åtkomsten till organisationen
bulk-plan-restore = Återställ åtkomsten till organisationen
bulk-plan-leave_group = Ta bort från gruppen { $object }
bulk-plan-join_group = Lägg till i gruppen { $object }
bulk-plan-revoke_role = Återkalla åtkomst till { $object }
bulk-plan-assign_role = Ge åtkomst till { $object }
bulk-plan-remove_customer = Ta bort från { $object }
bulk-plan-add_customer = Lägg tillbaka i { $object }
bulk-changing = Användare som ändras
bulk-change = Ändring
bulk-search = Sök på namn eller e-post
bulk-search-none = Ingen användare matchar sökningen.
job-outcome-confirmed = Klart: Atlassian bekräftade ändringen
job-outcome-refused = Atlassian avvisade ändringen
job-outcome-unavailable = Atlassian tog inte emot ändringen just nu (upptagen eller otillgänglig)
bulk-their-desks = servicedeskarna de fanns i

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filter
filters-active = Aktiva filter
filter-chip = { $name }: { $value }
filter-remove = Ta bort filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Ingen åtkomst
card-no-access = Kan inte logga in (avstängda eller inaktiverade): { $formatted }
column-places = Projekt och utrymmen
csv-places = Projekt och utrymmen (roller)
places-more = +{ $more } till
export-style = CSV-celler
export-style-readable = Läsbara etiketter
export-style-codes = Koder för skript
