## The language's own name, shown in the language picker.
language-name = Nederlands

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Naar inhoud gaan
nav-label = Hoofdmenu
nav-dashboard = Dashboard
nav-users = Gebruikers
nav-audit = Auditlogboek
nav-settings = Instellingen
prefs-language = Taal
prefs-theme = Thema
prefs-apply = Toepassen
theme-system = Systeemthema
theme-light = Licht thema
theme-dark = Donker thema
error-title = Er is iets misgegaan
error-body = Dit deel van de pagina kon niet worden weergegeven. Laad de pagina opnieuw om het nogmaals te proberen. Blijft het probleem zich voordoen, dan vindt u de details in het serverlogboek.

## Dashboard
dashboard-title = Dashboard
dashboard-empty-title = Nog geen organisatiegegevens
dashboard-empty-body = Koppel uw Atlassian-organisatie via Instellingen. Na de eerste synchronisatie toont dit dashboard uw gebruikers, hun activiteit en het licentiegebruik in Jira, Confluence en Jira Service Management.
dashboard-empty-action = Instellingen openen
dashboard-first-sync-title = Uw organisatie wordt ingelezen
dashboard-first-sync-body = De eerste synchronisatie haalt gebruikers, groepen en producttoegang op bij Atlassian. De voortgang wordt hierboven weergegeven; de aantallen verschijnen hier zodra deze is voltooid.
dashboard-first-sync-working = Synchroniseren…
dashboard-summary = Samenvatting
card-total = Totaal aantal gebruikers
card-total-detail = { $org } organisatiegebruikers en { $customers } klanten
card-active = Recent actief
card-active-detail = Organisatiegebruikers die de afgelopen { $days } dagen een product hebben gebruikt
card-inactive = Inactieve gebruikers
card-customers = JSM-klanten
threshold-warning = Geen activiteit gedurende { $days } dagen of langer
threshold-overdue = Geen activiteit gedurende { $days } dagen of langer
threshold-never = Helemaal geen activiteit geregistreerd
utilisation-title = Licentiegebruik
utilisation-seats = { $used } van { $capacity } licenties ({ $percent })
utilisation-near = Bijna vol: controleer inactieve gebruikers voordat u extra licenties koopt.
utilisation-over = Alle licenties zijn in gebruik: nieuwe gebruikers kunnen pas toegang krijgen als er licenties vrijkomen of worden bijgekocht.
products-title = Producten
products-product = Product
products-users = Gebruikers met toegang
products-seats = Gebruikte licenties
products-cost = Maandelijkse kosten van inactieve licenties
products-cost-hint = Voer een prijs per licentie in om te zien wat inactieve licenties per maand kosten.
products-cost-set = Prijzen instellen via Instellingen
chart-title = Laatste activiteit
chart-intro = Wanneer organisatiegebruikers met een actief account voor het laatst een product hebben gebruikt.
chart-days = { $from }–{ $to } dagen
chart-more-than = Meer dan { $days } dagen
chart-table-caption = Laatste activiteit van organisatiegebruikers met een actief account
chart-last-active = Laatst actief
chart-users = Gebruikers
sync-title = Synchronisatie
sync-last = Gegevens van { $time }: { $formatted } { $count ->
        [one] account
       *[other] accounts
    }.
sync-never = Er is nog niets gesynchroniseerd.
sync-next = Volgende geplande synchronisatie: { $time }
sync-incremental = Wijzigingen in Atlassian voor het laatst gecontroleerd op { $time }: { $formatted } { $count ->
        [one] gebruiker
       *[other] gebruikers
    } bijgewerkt.
sync-incremental-failed = De controle van de wijzigingen in Atlassian op { $time } is mislukt: { $reason }
sync-failed = De synchronisatie die om { $time } is gestart, is mislukt: { $reason }
sync-now = Nu synchroniseren
sync-cancel = Synchronisatie annuleren
sync-phase-starting = Wordt gestart
sync-phase-collecting = Gegevens ophalen bij Atlassian
sync-phase-indexing = Momentopname opbouwen
sync-items = { $done } accounts gelezen
sync-items-of = { $done } van ongeveer { $total } accounts gelezen
sync-waits = { $requests } verzoeken; { $seconds } s gewacht vanwege de snelheidslimieten van Atlassian
sync-families = Gelezen producten
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Volledig
sync-family-partial = Gedeeltelijk gelezen
sync-family-not-on-site = Niet op deze site
sync-family-not-configured = Niet gelezen: er is geen siteaccount ingesteld
sync-family-stale = Deze keer niet gelezen; gegevens van { $time } worden getoond ({ $reason })
sync-family-unread = Nog niet gelezen ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } project
       *[other] { $formatted } projecten
    }
sync-part-seats = De aantallen Jira-licenties
sync-part-group = { $count ->
        [one] De leden van { $formatted } groep
       *[other] De leden van { $formatted } groepen
    }
sync-part-desk = { $count ->
        [one] De klanten van { $formatted } servicedesk
       *[other] De klanten van { $formatted } servicedesks
    }
sync-part-jsm-org = { $count ->
        [one] De leden van { $formatted } JSM-organisatie
       *[other] De leden van { $formatted } JSM-organisaties
    }
sync-part-space = { $count ->
        [one] { $formatted } ruimte
       *[other] { $formatted } ruimten
    }
sync-skipped-permission = { $what }: niet te lezen. Het siteaccount heeft { $permission } nodig.
sync-skipped-not-offered = { $what }: niet te lezen. Deze site biedt de API daarvoor niet aan.
sync-skipped-names = Waaronder: { $names }
permission-administer-projects = de projectmachtiging 'Projecten beheren' (of 'Jira beheren')
permission-administer-jira = de globale machtiging 'Jira beheren'
permission-browse-users = de globale machtiging 'Gebruikers en groepen doorzoeken'
permission-desk-agent = een agent- of beheerdersrol in de servicedesk
permission-view-space = de ruimtemachtiging 'Weergeven'
sync-history = Recente synchronisaties
sync-history-started = Gestart
sync-history-outcome = Resultaat
sync-history-accounts = Aantal accounts
sync-history-requests = Verzoeken
sync-outcome-running = Bezig
sync-outcome-complete = Voltooid
sync-outcome-failed = Mislukt
sync-outcome-cancelled = Geannuleerd

## Users
users-title = Gebruikers
users-empty-title = Nog geen gebruikers om weer te geven
users-empty-body = Organisatiegebruikers, leden van Jira-projecten en Confluence-ruimten en klanten van Jira Service Management worden hier na de eerste synchronisatie weergegeven.
users-loading = Gebruikers laden…
users-tabs = Welke gebruikers
users-tab-org = Organisatiegebruikers
users-tab-projects = Projectgebruikers
users-tab-customers = JSM-klanten
users-tab-all = Alle
users-presets = Snelle weergaven
users-preset-inactive = Inactief in alle producten
users-preset-warning = Waarschuwing
users-preset-overdue = Achterstallig
users-preset-never = Nooit actief
users-clear-filters = Filters wissen
users-count = { $count ->
        [one] { $formatted } gebruiker
       *[other] { $formatted } gebruikers
    }
users-as-of = per { $time }
users-thresholds = · waarschuwing na { $warning } dagen, achterstallig na { $overdue }
users-table-caption = Gebruikers die aan de filters voldoen
users-no-matches = Geen gebruikers voldoen aan deze filters.
filter-search = Zoeken
filter-search-placeholder = Naam of e-mailadres
filter-type = Accounttype
filter-product = Product
filter-group = Groep
filter-project = Project of ruimte
filter-desk = Servicedesk of organisatie
filter-active-after = Laatst actief op of na
filter-active-before = Laatst actief vóór
filter-status = Status
filter-inactivity = Inactiviteit
filter-any = Alle
filter-apply = Filters toepassen
column-name = Naam
column-email = E-mailadres
column-status = Status
column-account-type = Accounttype
column-products = Producten
column-groups = Groepen
column-last-active = Laatst actief
column-inactivity = Inactiviteit
column-added = Toegevoegd aan organisatie
column-service-desks = Servicedesks
column-jsm-organizations = JSM-organisaties
column-details = Details
columns-choose = Kolommen
status-active = Actief
status-suspended = Opgeschort
status-deactivated = Gedeactiveerd
status-pending = Uitgenodigd
class-managed = Beheerd
class-external = Extern
class-customer = Klant
class-app = App
inactivity-active = Recent actief
inactivity-warning = Waarschuwing
inactivity-overdue = Achterstallig
inactivity-never = Nooit actief
never-active = Nooit
email-hidden = Verborgen door de privacyinstellingen van de gebruiker
org-admin = Org-beheerder
open-in-admin = Openen in Atlassian Administration
list-more = { $list } +{ $more }
details = Details
details-for = Details van { $name }
details-close = Details sluiten
details-missing = Gebruiker niet gevonden
details-account-id = Account-ID
details-org-admin = Organisatiebeheerder
details-scim = Ingericht door de identiteitsprovider
details-products = Producten en laatste activiteit
details-product = Product
details-projects = Jira-projecten
details-spaces = Confluence-ruimten
details-none = Geen
yes = Ja
no = Nee
select-page = Alle gebruikers op deze pagina selecteren
select-user = { $name } selecteren
selection-count = { $count ->
        [0] Geen gebruikers geselecteerd
        [one] { $formatted } gebruiker geselecteerd
       *[other] { $formatted } gebruikers geselecteerd
    }
select-all-matching = Alle { $formatted } resultaten selecteren
selection-clear = Selectie wissen
pager-label = Pagina's
pager-previous = Vorige
pager-next = Volgende
pager-position = Pagina { $page } van { $pages }
pager-size = Rijen per pagina:
export-matching = Gefilterde gebruikers exporteren (CSV)
export-selected = Geselecteerde gebruikers exporteren (CSV)
export-progress = { $done } van { $total } gebruikers exporteren…
export-cancel = Export annuleren
export-cancelled = De export is geannuleerd.
export-done = { $count ->
        [one] { $formatted } gebruiker geëxporteerd.
       *[other] { $formatted } gebruikers geëxporteerd.
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = Auditlogboek
audit-empty-title = Nog geen auditvermeldingen
audit-empty-body = Elke actie die een beheerder hier uitvoert, wordt in dit logboek vastgelegd: wie het deed, wanneer, bij wie, en wat Atlassian antwoordde.
audit-loading = Auditlogboek laden…
audit-search-placeholder = Beheerder, gebruiker, actie, details of aanvraag-ID
audit-filter-from = Van (UTC-dag)
audit-filter-to = Tot en met (UTC-dag)
audit-filter-admin = Beheerder
audit-filter-action = Actie
audit-filter-outcome = Resultaat
audit-filter-user = Betrokken gebruiker
audit-filter-user-placeholder = Account-ID, naam of e-mailadres
audit-count = { $count ->
        [one] { $formatted } vermelding
       *[other] { $formatted } vermeldingen
    }
audit-no-matches = Geen vermeldingen voldoen aan deze filters.
audit-table-caption = Vermeldingen in het auditlogboek, nieuwste eerst
audit-column-time = Tijd (UTC)
audit-column-admin = Beheerder
audit-column-action = Actie
audit-column-user = Betrokken gebruiker
audit-column-outcome = Resultaat
audit-column-status = Atlassian-status
audit-column-request = Aanvraag-ID
audit-column-details = Details
audit-column-entry = Vermelding
audit-entry-open = Details van vermelding { $seq }
audit-entry-title = Vermelding #{ $seq }
audit-job = Taak { $id }
audit-export = CSV exporteren
audit-export-progress = { $done } van { $total } vermeldingen exporteren…
audit-export-done = { $count ->
        [one] { $formatted } vermelding geëxporteerd.
       *[other] { $formatted } vermeldingen geëxporteerd.
    }
audit-chain-broken = Keten verbroken bij vermelding #{ $seq }: { $reason }
audit-chain-broken-help = Vanaf deze vermelding kunnen vermeldingen buiten User Account Manager zijn gewijzigd, verwijderd of ingevoegd. Laat de database ongewijzigd en vergelijk deze met uw laatste export of back-up.
audit-chain-unchecked = De hashketen kon niet worden gecontroleerd.
audit-checkpoints-missing = Ondertekende controlepunten ontbreken: het controlepuntbestand bevat het door deze server geschreven controlepunt van vermelding #{ $seq } niet meer.
audit-checkpoints-missing-help = Het bestand is verwijderd, vervangen door een oudere kopie of ingekort, waardoor de vermeldingen tot en met deze niet meer aan een handtekening kunnen worden getoetst. Zet het bestand terug vanuit uw kopie (het logboek van de server bevat ook elk controlepunt) en laat de database ongewijzigd.
audit-action-sign_in = Aanmelding
audit-action-sign_out = Afmelding
audit-action-authn_denied = Toegang geweigerd
audit-action-session_ended = Sessie beëindigd
audit-action-local_admin_created = Lokale beheerder aangemaakt
audit-action-settings_changed = Instelling gewijzigd
audit-action-secret_replaced = Referentie vervangen
audit-action-data_exported = Gegevens geëxporteerd
audit-action-data_deleted = Gegevens verwijderd
audit-action-audit_viewed = Auditlogboek bekeken
audit-action-audit_export = Auditlogboek geëxporteerd
audit-action-users_exported = Gebruikers geëxporteerd
audit-outcome-ok = Geslaagd
audit-outcome-denied = Geweigerd
audit-outcome-failed = Mislukt
audit-outcome-intent = Voornemen
audit-outcome-skipped = Overgeslagen
audit-outcome-blocked = Geblokkeerd
audit-action-data_erasure_scheduled = Verwijderen van alle gegevens gepland
audit-action-data_erasure_cancelled = Gepland verwijderen geannuleerd
audit-action-audit_pruned = Oude auditlogboekitems verwijderd
audit-action-bulk_job_queued = Bulktaak in wachtrij
audit-action-bulk_job_cancel = Annuleren van bulktaak aangevraagd
audit-action-bulk_job_refused = Bulktaak afgewezen
audit-action-bulk_job_ended = Bulktaak beëindigd
audit-action-bulk_deactivate = Bulkdeactivering
audit-action-bulk_reactivate = Bulkheractivering
audit-action-bulk_revoke_access = Bulkintrekking van producttoegang
audit-action-bulk_assign_access = Bulktoewijzing van producttoegang
audit-action-bulk_remove_customer = Bulkverwijdering van JSM-klanten
audit-action-bulk_undo_deactivate = Bulkdeactivering (ongedaan maken)
audit-action-bulk_undo_reactivate = Bulkheractivering (ongedaan maken)
audit-action-bulk_undo_revoke_access = Bulkintrekking van producttoegang (ongedaan maken)
audit-action-bulk_undo_assign_access = Bulktoewijzing van producttoegang (ongedaan maken)
audit-action-bulk_undo_remove_customer = Bulkverwijdering van JSM-klanten (ongedaan maken)
audit-outcome-refused = Afgewezen
audit-outcome-unknown = Resultaat onbekend
audit-outcome-not_sent = Niet verzonden
audit-outcome-reread = Bevestigd door opnieuw te lezen
audit-outcome-queued = In wachtrij
audit-outcome-running = Wordt uitgevoerd
audit-outcome-cancelling = Wordt geannuleerd
audit-outcome-cancelled = Geannuleerd
audit-outcome-finished = Voltooid
audit-csv-seq = Vermelding
audit-csv-time = Tijd (UTC)
audit-csv-actor = Beheerder-ID
audit-csv-actor-name = Naam beheerder
audit-csv-auth-via = Aangemeld via
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Installatie Jira-paneel
audit-csv-action = Actie
audit-csv-target = Doel
audit-csv-target-name = Naam betrokken gebruiker
audit-csv-target-email = E-mailadres betrokken gebruiker
audit-csv-outcome = Resultaat
audit-csv-atlassian-status = Atlassian-status
audit-csv-request-id = Aanvraag-ID
audit-csv-job-id = Taak
audit-csv-details = Details
audit-csv-prev-hash = Vorige hash
audit-csv-hash = Hash
audit-filter-source = Bron
audit-source-both = Deze app en Atlassian
audit-source-app = Deze app
audit-source-atlassian = Atlassian
audit-atlassian-note = Gemeld door Atlassian; geen deel van de hashketen van deze app.
audit-event-open = Details van Atlassian-gebeurtenis { $seq }
audit-event-title = Atlassian-gebeurtenis nr. { $seq }
audit-csv-source = Bron
audit-csv-event-id = Atlassian-gebeurtenis-ID
audit-csv-ip = IP-adres
audit-csv-product = Product
audit-action-user_deactivated = Gebruiker gedeactiveerd
audit-action-user_reactivated = Gebruiker opnieuw geactiveerd
audit-action-user_access_suspended = Toegang van gebruiker opgeschort
audit-action-user_access_restored = Toegang van gebruiker hersteld
audit-action-user_added_to_group = Gebruiker aan groep toegevoegd
audit-action-user_removed_from_group = Gebruiker uit groep verwijderd
audit-action-group_granted_role = Productrol aan groep toegekend
audit-action-group_revoked_role = Productrol van groep ingetrokken
audit-action-user_granted_role = Productrol aan gebruiker toegekend
audit-action-user_revoked_role = Productrol van gebruiker ingetrokken
audit-action-added_org_admin = Organisatiebeheerder toegevoegd
audit-action-removed_org_admin = Organisatiebeheerder verwijderd
audit-action-service_desk_customer_added = Servicedeskklant toegevoegd
audit-action-service_desk_customer_removed = Servicedeskklant verwijderd
audit-action-project_role_actor_added = Aan projectrol toegevoegd
audit-action-project_role_actor_removed = Uit projectrol verwijderd

## Settings
settings-title = Instellingen


settings-api-key-docs = Een Admin API-sleutel maken

## Not found
not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat geen pagina. Mogelijk is de link verkeerd getypt of is de pagina verplaatst.
not-found-action = Naar het dashboard

## Demo mode
demo-badge = Demo-organisatie
demo-banner = { $org } is een gesimuleerde organisatie, dus u kunt veilig rondkijken: niets hier raakt een echt Atlassian-account.
demo-connect = Uw organisatie koppelen

## Errors a request can end in
error-unauthorized = Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan.
error-forbidden = Alleen organisatiebeheerders kunnen dit doen.
error-not-found = Dit bestaat niet meer. Mogelijk is het in Atlassian verwijderd.
error-invalid-input = Een deel van wat u hebt ingevoerd, is ongeldig. Controleer de gemarkeerde velden.
error-atlassian-unavailable = Atlassian reageert op dit moment niet. Probeer het over een paar minuten opnieuw.
error-sync-running = Er wordt al een synchronisatie uitgevoerd. Wacht tot deze klaar is of annuleer deze eerst.
error-no-snapshot = Er is nog niets gesynchroniseerd. De eerste synchronisatie start automatisch en kan enkele minuten duren.
error-transport = De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.
error-internal = Er is iets misgegaan op de server. De details staan in het serverlogboek.
error-payload-too-large = Dit verzoek is groter dan de server accepteert, dus er is niets gedaan. Stuur minder tegelijk, bijvoorbeeld minder items.
error-timeout = De server heeft dit verzoek afgebroken omdat het te lang duurde. Probeer het zo opnieuw, of vraag minder tegelijk op.

## CSV export column headers
csv-name = Naam
csv-email = E-mailadres
csv-status = Status
csv-account-type = Accounttype
csv-products = Producten
csv-product-last-active = Laatst actief per product
csv-last-active = Laatst actief
csv-groups = Groepen
csv-inactivity = Inactiviteit
csv-service-desks = Servicedesks
csv-jsm-organizations = JSM-organisaties

## Signing in
login-title = Aanmelden
login-intro = Alleen organisatiebeheerders kunnen User Account Manager gebruiken.
login-atlassian = Aanmelden met Atlassian
login-demo-admins = In deze demo zijn deze gesimuleerde accounts organisatiebeheerders. Kies er een op de gesimuleerde aanmeldpagina van Atlassian; elk ander account wordt geweigerd.
login-local-title = Lokaal beheerdersaccount
login-login = Gebruikersnaam
login-password = Wachtwoord
login-totp = Verificatiecode
login-totp-hint = Alleen als uw account een authenticator-app gebruikt.
login-submit = Aanmelden
login-setup-pending = Er bestaat nog geen lokaal beheerdersaccount. Bij het starten heeft de server een eenmalige installatielink weergegeven waarmee u het eerste account aanmaakt; de opdracht uam admin create doet hetzelfde.
login-signed-out = U bent afgemeld.
login-refused-title = Aanmelding geweigerd
login-back = Terug naar aanmelden
login-error-invalid = De gebruikersnaam, het wachtwoord of de verificatiecode is onjuist.
login-error-locked = Te veel mislukte pogingen. Wacht 15 minuten en probeer het dan opnieuw.
login-error-totp = De verificatiecode ontbreekt of is onjuist.
login-error-not-admin = Dit Atlassian-account is geen beheerder van deze organisatie of staat niet op de lijst met beheerders die deze server mogen gebruiken.
login-error-unavailable = Aanmelden is op dit moment niet mogelijk: Atlassian of de database van de server reageerde niet. Probeer het over een minuut opnieuw.
login-error-state = Deze aanmelding is verlopen, is al gebruikt of is in een andere browser gestart. Begin opnieuw op de aanmeldpagina.
login-error-setup-link = Deze installatielink is verlopen of al gebruikt. Start de server opnieuw om een nieuwe link weer te geven, of maak een beheerder aan met de opdracht uam admin create.
login-error-setup-input = Controleer de velden: de gebruikersnaam bevat geen spaties, de naam is ingevuld, het wachtwoord heeft minstens 12 tekens en beide wachtwoorden komen overeen.
login-error-expired = Uw sessie is beëindigd. Meld u opnieuw aan.

## First-run set-up
setup-title = Het eerste beheerdersaccount aanmaken
setup-intro = Dit account meldt zich aan met een eigen wachtwoord. Bewaar het als noodaccount: zodra de Atlassian-koppeling is ingesteld, melden organisatiebeheerders zich aan met Atlassian.
setup-login = Gebruikersnaam (een e-mailadres of een korte naam)
setup-name = Uw naam
setup-password = Wachtwoord (minstens 12 tekens)
setup-password-again = Wachtwoord herhalen
setup-totp-title = Authenticator-app
setup-totp-optional = Aanbevolen: scan deze code met een authenticator-app en voer de code in die de app toont. Laat het veld leeg om deze stap over te slaan.
setup-totp-required = Deze server vereist een authenticator-app: scan deze code met de app en voer de code in die de app toont.
setup-totp-key = Of voer deze sleutel handmatig in:
setup-totp-qr = QR-code voor de authenticator-app
setup-totp-code = Code uit de app
setup-submit = Account aanmaken en aanmelden

## The signed-in admin
account-via-local = Lokaal account
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = vanuit Jira
account-sign-out = Afmelden

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manager wordt geopend…
embed-expired = De sessie van dit paneel is beëindigd. Open User Account Manager opnieuw vanuit Jira-beheer om verder te gaan.
embed-refused = Alleen beheerders van deze organisatie kunnen User Account Manager in Jira gebruiken, en alleen als de server hun account toestaat.
embed-unavailable = User Account Manager kan uw toegang op dit moment niet bevestigen: Atlassian of de server reageerde niet. Probeer het over een minuut opnieuw.

## Settings page
settings-saved = Opgeslagen.
settings-save = Opslaan
settings-set-by-env = Ingesteld door de omgeving; wijzig dit waar de server wordt geconfigureerd.
settings-connection-title = Atlassian-koppeling
settings-connection-demo = U ziet { $org }, de gesimuleerde demo-organisatie. Koppel hieronder uw eigen organisatie.
settings-connection-env = Gekoppeld aan organisatie { $org }, geconfigureerd via de serveromgeving.
settings-connection-saved = Gekoppeld aan organisatie { $org }.
settings-connection-pending = De opgeslagen koppeling wordt gebruikt vanaf de volgende start van de server. Start de server opnieuw om met deze organisatie te koppelen.
settings-admin-key = Admin API-sleutel
settings-key-placeholder = Plak een nieuwe sleutel om de opgeslagen sleutel te vervangen
settings-key-write-only = Alleen schrijven: de sleutel wordt versleuteld opgeslagen en nooit meer weergegeven.
settings-key-expiry = Vervaldatum van sleutel
settings-key-expires = Verloopt op { $date }.
settings-key-expires-soon = Verloopt op { $date }, over { $days } dagen. Maak vóór die datum een nieuwe sleutel in Atlassian en plak deze hier.
settings-key-expired = Verlopen op { $date }. Synchronisaties en acties mislukken totdat er een nieuwe sleutel is opgeslagen.
settings-secret-set = eindigt op …{ $hint }, ingesteld door { $by } op { $at }
settings-secret-unset = niet ingesteld
settings-org = Organisatie-ID
settings-find-orgs = Organisaties zoeken
settings-site-title = Jira, Confluence en Jira Service Management
settings-site-body = Projectrollen, ruimteleden, klanten en Jira-licenties worden via de site gelezen met het e-mailadres en de API-token van een account.
settings-site-url = Site-URL
settings-site-email = E-mailadres van account
settings-site-token = API-token
settings-site-token-again = Voer de token opnieuw in telkens wanneer u de site-URL of het e-mailadres wijzigt.
settings-test-connection = Verbinding testen
settings-check-admin-key = Admin API-sleutel
settings-check-org = Organisatie
settings-check-directory = Gebruikers en groepen
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = geweigerd: de sleutel of token is onjuist, verlopen of ingetrokken
settings-check-outcome-forbidden = geweigerd: de referentie mist de benodigde machtiging (scope)
settings-check-outcome-not-found = niet gevonden: controleer de organisatie-ID of de site-URL
settings-check-outcome-unreachable = Atlassian reageerde niet; probeer het later opnieuw
settings-check-outcome-not-configured = niet geconfigureerd
settings-check-outcome-not-on-site = niet op deze site (de site heeft dit product niet)
settings-prices-title = Licentieprijzen
settings-prices-body = Optioneel. Voer in wat één licentie van elk product per maand kost; het dashboard toont dan wat de licenties van inactieve gebruikers kosten. Laat een product leeg om het buiten beschouwing te laten.
settings-currency = Valuta (ISO-code, zoals USD of EUR)
settings-thresholds-title = Drempels voor inactiviteit
settings-thresholds-body = Een gebruiker die langer dan de waarschuwingsdrempel geen activiteit heeft, wordt gemarkeerd als 'waarschuwing'; langer dan de achterstandsdrempel als 'achterstallig'. De achterstandsdrempel moet langer zijn dan de waarschuwingsdrempel.
settings-warning-days = Waarschuwing na (dagen)
settings-overdue-days = Achterstallig na (dagen)
settings-protected-title = Beschermde accounts
settings-protected-body = Bulkacties deactiveren deze accounts nooit en trekken nooit hun toegang in. Voer e-mailadressen, hele domeinen als *@example.com of Atlassian-account-ID's in. Org-beheerders en uzelf zijn altijd beschermd.
settings-protected-add = Adressen, domeinen of account-ID's toevoegen (plak er meerdere, gescheiden door komma's, spaties of regels)
settings-protected-add-button = Toevoegen
settings-protected-search = Beschermde accounts zoeken
settings-protected-count = { $count ->
    [one] Eén beschermde vermelding
   *[other] { $count } beschermde vermeldingen
}
settings-protected-remove = Verwijderen
settings-schedule-title = Synchronisatieschema en bewaartermijn van het auditlogboek
settings-sync-interval = Uren tussen synchronisaties
settings-sync-interval-hint = 0 schakelt geplande synchronisaties uit; 'Nu synchroniseren' blijft werken.
settings-retention = Auditvermeldingen bewaren (dagen)
settings-retention-hint = Minimaal 180 dagen (even lang als het eigen auditlogboek van Atlassian), maximaal 3650; bij 0 worden ze voor altijd bewaard.
error-invalid-entries = Deze vermeldingen zijn geen e-mailadressen of *@domein-vermeldingen, dus er is niets opgeslagen:
settings-data-title = Uw gegevens
settings-data-export-body = Download alles wat User Account Manager opslaat als één archief: instellingen (zonder geheimen), lokale beheerdersaccounts (zonder wachtwoorden), de synchronisatiegeschiedenis, het auditlogboek en de huidige momentopname van uw gebruikers. De export wordt vastgelegd in het auditlogboek.
settings-data-export = Alles exporteren
settings-data-delete-body = Verwijder alles wat User Account Manager opslaat: instellingen, de opgeslagen sleutel en token, lokale beheerdersaccounts, sessies, momentopnamen en het auditlogboek. In Atlassian verandert niets. Dit kan niet ongedaan worden gemaakt; exporteer eerst als u de gegevens mogelijk nog nodig hebt.
settings-data-delete-confirm = Typ DELETE ter bevestiging
settings-data-delete = Alles verwijderen
settings-data-not-confirmed = Er is niets verwijderd: typ exact DELETE ter bevestiging.
settings-data-sync-running = Er is niets verwijderd: er wordt een synchronisatie uitgevoerd. Annuleer deze of wacht tot deze klaar is en probeer het dan opnieuw.
settings-data-export-failed = De export is mislukt. De details staan in het serverlogboek.
settings-data-delete-failed = Verwijderen is mislukt; er is niets verwijderd. De details staan in het serverlogboek.
error-reauth-failed = Het wachtwoord of de authenticatiecode klopt niet. Er is niets gepland.
error-reauth-stale = Bevestig eerst dat u het bent: meld u opnieuw aan met Atlassian en verwijder daarna binnen 5 minuten.
error-panel-refused = Dit kan niet vanuit het Jira-paneel. Open User Account Manager in een eigen browsertabblad.
error-erasure-pending = Het verwijderen van alle gegevens is al gepland. Annuleer het eerst of wacht tot het is uitgevoerd.
settings-data-delete-delay = Er wordt niets direct verwijderd: het verwijderen gebeurt { $hours } uur nadat u bevestigt. Tot dan ziet elke beheerder het op het dashboard en kan het annuleren. Een ondertekend verslag van het gewiste auditlogboek blijft bewaard.
settings-data-reauth-atlassian = U hebt zich meer dan 5 minuten geleden aangemeld met Atlassian. Meld u opnieuw aan om te bevestigen dat u het bent en verwijder daarna binnen 5 minuten.
settings-data-reauth-fresh = U hebt zich minder dan 5 minuten geleden aangemeld met Atlassian; dat bevestigt dat u het bent.
settings-data-scheduled = Het verwijderen van alle gegevens is gepland. Tot het wordt uitgevoerd, kan elke beheerder het hier of op het dashboard annuleren.
erasure-title = Alle gegevens worden verwijderd
erasure-body = { $name } heeft op { $scheduled } gepland om alles wat User Account Manager bewaart te verwijderen, inclusief het auditlogboek. Het wordt uitgevoerd op { $due }, tenzij een beheerder het annuleert.
erasure-cancel = Verwijderen annuleren
erasure-cancelled = Het verwijderen is geannuleerd. Er is niets verwijderd.
erasure-cancel-failed = Het verwijderen kon niet worden geannuleerd. De details staan in het serverlogboek.
login-deleted = Alles is verwijderd. De server heeft een nieuwe installatielink weergegeven om opnieuw het eerste beheerdersaccount aan te maken.
error-invalid-org_id = De organisatie-ID ontbreekt of is ongeldig: het is de ID in admin.atlassian.com/o/<ID>/…, bestaande uit letters, cijfers en streepjes.
error-invalid-admin_api_key = Plak een Admin API-sleutel: voor deze organisatie is er nog geen opgeslagen.
error-invalid-site = Voor de site zijn de URL, een e-mailadres van een account en de API-token van dat account samen nodig.
error-invalid-site_url = De site-URL is ongeldig: deze ziet eruit als https://your-site.atlassian.net.
error-invalid-site_host = Alleen sites op https://your-site.atlassian.net worden geaccepteerd: de API-token wordt naar geen enkele andere host gestuurd. Een andere host moet eerst worden toegestaan door de beheerder van de server (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Een nieuwe site-URL of een nieuw e-mailadres van het account vereist de API-token opnieuw: plak de token van dat account voor deze site.
error-invalid-site_email = Het e-mailadres van het account is geen geldig e-mailadres.
error-invalid-thresholds = Beide drempels moeten hele aantallen dagen zijn, waarbij de achterstandsdrempel langer is dan de waarschuwingsdrempel.
error-invalid-schedule = Voer hele getallen in: uren tussen synchronisaties en dagen dat het auditlogboek wordt bewaard.
error-invalid-sync_interval_hours = Het aantal uren tussen synchronisaties moet 0 (uit) zijn of tussen 1 en 168 liggen.
error-invalid-audit_retention_days = Bewaar auditvermeldingen 0 dagen (voor altijd) of tussen 180 en 3650 dagen.
error-invalid-seat_prices = Voer een valutacode van drie letters in en prijzen tussen 0 en 100000, met cijfers en een punt als decimaalteken.
login-atlassian-off = Aanmelden met Atlassian is niet ingesteld op deze server. De beheerder van de server kan dit instellen met een OAuth-app (UAM_OAUTH_CLIENT_ID en UAM_OAUTH_CLIENT_SECRET); meld u tot die tijd aan met een lokaal beheerdersaccount.

## Bulk actions
bulk-title = Bulkactie
bulk-undo-title = Deze taak ongedaan maken
bulk-actions = Acties…
bulk-actions-user = Acties voor deze gebruiker…
bulk-choose = Wat wilt u doen?
bulk-action-deactivate = Deactiveren
bulk-action-reactivate = Heractiveren
bulk-action-revoke_access = Producttoegang intrekken
bulk-action-assign_access = Producttoegang verlenen
bulk-action-remove_customer = JSM-klanten verwijderen
bulk-every-desk = alle servicedesks
bulk-products = Producten
bulk-desks = Servicedesks
bulk-desks-hint = Kies er geen om de klanten te verwijderen uit alle servicedesks waarin ze zitten.
bulk-check = Controleren wie dit raakt
bulk-cancel = Annuleren
bulk-checking = Elke gebruiker wordt bij Atlassian gecontroleerd…
bulk-starting = Taak wordt gestart…
bulk-count-changing = { $count ->
        [one] { $formatted } gebruiker wordt gewijzigd
       *[other] { $formatted } gebruikers worden gewijzigd
    }
bulk-count-already = { $count ->
        [one] { $formatted } gebruiker heeft die status al
       *[other] { $formatted } gebruikers hebben die status al
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } gebruiker kan niet worden gewijzigd
       *[other] { $formatted } gebruikers kunnen niet worden gewijzigd
    }
bulk-how = Hoe het wordt uitgevoerd
bulk-method-disable_account = { $count ->
        [one] { $formatted } account gedeactiveerd (beheerd door de organisatie: lifecycle-API van gebruikersbeheer)
       *[other] { $formatted } accounts gedeactiveerd (beheerd door de organisatie: lifecycle-API van gebruikersbeheer)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } account geheractiveerd (beheerd door de organisatie: lifecycle-API van gebruikersbeheer)
       *[other] { $formatted } accounts geheractiveerd (beheerd door de organisatie: lifecycle-API van gebruikersbeheer)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } gebruiker verliest de toegang tot de organisatie (opgeschort: de organisatie beheert het account niet)
       *[other] { $formatted } gebruikers verliezen de toegang tot de organisatie (opgeschort: de organisatie beheert hun accounts niet)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } gebruiker krijgt weer toegang tot de organisatie (hersteld: de organisatie beheert het account niet)
       *[other] { $formatted } gebruikers krijgen weer toegang tot de organisatie (hersteld: de organisatie beheert hun accounts niet)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } gebruiker verwijderd uit de groepen die toegang tot de producten geven
       *[other] { $formatted } gebruikers verwijderd uit de groepen die toegang tot de producten geven
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } gebruiker toegevoegd aan een groep die toegang tot de producten geeft
       *[other] { $formatted } gebruikers toegevoegd aan een groep die toegang tot de producten geeft
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } gebruiker verliest een rechtstreeks toegewezen productrol
       *[other] { $formatted } gebruikers verliezen een rechtstreeks toegewezen productrol
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } gebruiker krijgt de productrol rechtstreeks
       *[other] { $formatted } gebruikers krijgen de productrol rechtstreeks
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } klant verwijderd uit servicedesks
       *[other] { $formatted } klanten verwijderd uit servicedesks
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } klant opnieuw toegevoegd aan servicedesks
       *[other] { $formatted } klanten opnieuw toegevoegd aan servicedesks
    }
bulk-nothing = Niets te wijzigen: alle geselecteerde gebruikers hebben die status al of kunnen niet worden gewijzigd.
bulk-skipped = Ongemoeid gelaten
bulk-skipped-more = …en nog { $count }.
bulk-reason = Reden
bulk-type-to-confirm = Typ { $count } ter bevestiging
bulk-presets = Opschoonacties
bulk-preset-overdue = Alle achterstallige gebruikers deactiveren
bulk-preset-revoke = { $product } intrekken bij gebruikers die er { $days } dagen inactief zijn
bulk-skip-already_done = Heeft die status al
bulk-skip-protected = Beschermd in Instellingen
bulk-skip-org_admin = Organisatiebeheerder: wordt nooit gewijzigd door een bulkactie
bulk-skip-acting_admin = Uw eigen account: wordt nooit gewijzigd door uw eigen bulkactie
bulk-skip-identity_provider = Ingericht door de identiteitsprovider (SCIM), die de toegang van dit account beheert
bulk-skip-lookup_failed = De huidige status van deze gebruiker kon niet bij Atlassian worden opgevraagd, dus er is geen risico genomen
bulk-skip-not_found = Atlassian kent dit account niet meer
bulk-skip-not_applicable = Deze actie is niet van toepassing op dit soort account
bulk-skip-no_way = De toegang komt van een bron die dit product niet kan wijzigen
bulk-skip-direct_role_unavailable = Direct toegekend, en deze organisatie biedt de API van Atlassian voor directe productrollen (beperkt beschikbaar) niet aan, dus er is niets geriskeerd
bulk-step-disable_account = Account gedeactiveerd
bulk-step-enable_account = Account geheractiveerd
bulk-step-suspend = Toegang tot de organisatie opgeschort
bulk-step-restore = Toegang tot de organisatie hersteld
bulk-step-leave_group = Verwijderd uit groep { $object }
bulk-step-join_group = Toegevoegd aan groep { $object }
bulk-step-revoke_role = Rol { $object } ingetrokken
bulk-step-assign_role = Rol { $object } toegewezen
bulk-step-remove_customer = Verwijderd als klant van { $object }
bulk-step-add_customer = Toegevoegd als klant van { $object }

## Jobs
nav-jobs = Taken
jobs-title = Taken
jobs-intro = Bulkacties worden als taken op de server uitgevoerd: ze gaan door als u het tabblad sluit, alle beheerders zien ze, en er wordt er steeds één tegelijk uitgevoerd terwijl de andere op hun beurt wachten.
jobs-loading = Taken laden…
jobs-empty-title = Nog geen taken
jobs-empty-body = Bulkacties die vanaf de pagina Gebruikers of het dashboard zijn gestart, worden hier weergegeven met hun voortgang en het resultaat per gebruiker.
jobs-caption = Taken voor bulkacties, nieuwste eerst
job-title = Taak
job-back = Alle taken
job-loading = Taak laden…
job-action = Actie
job-state = Status
job-progress = Voortgang
job-started-by = Gestart door
job-created = Aangemaakt
job-started = Gestart
job-finished = Beëindigd
job-counts = { $done } voltooid, { $skipped } overgeslagen, { $failed } mislukt van { $total }
job-count-done = { $formatted } voltooid
job-count-skipped = { $formatted } overgeslagen
job-count-failed = { $formatted } mislukt
job-count-unknown = { $formatted } onderbroken, resultaat onbekend
job-count-cancelled = { $formatted } niet bereikt (geannuleerd)
job-count-pending = { $formatted } wachtend
job-waiting = Wacht op de snelheidslimiet van Atlassian tot { $time }
job-queue-position = { $count ->
        [0] In wachtrij: als volgende aan de beurt
        [one] In wachtrij: { $count } taak ervoor
       *[other] In wachtrij: { $count } taken ervoor
    }
job-undo-of = Deze taak maakt een eerdere taak ongedaan.
job-open-original = Oorspronkelijke taak openen
job-undone-by = Deze taak is ongedaan gemaakt.
job-open-undo = Taak voor ongedaan maken openen
job-undone-by-short = ongedaan gemaakt
job-error = Voortijdig gestopt:
job-stopped-panic = een interne fout heeft deze taak gestopt. Gebruikers die nog niet aan de beurt waren, zijn ongewijzigd gebleven.
job-stopped-not-admin = de beheerder die de taak startte, is geen organisatiebeheerder met toegang tot deze server meer; de taak is daarom geweigerd.
job-stopped-admin-unconfirmed = Atlassian kon niet bevestigen dat de beheerder die de taak startte nog organisatiebeheerder is; de taak is daarom geweigerd.
job-cancel = Taak annuleren
job-undo = Deze taak ongedaan maken
job-results = Resultaten per gebruiker
job-filter = Weergeven
job-filter-all = Alle
job-item-state = Resultaat
job-steps = Stappen
job-outcome = Reden en antwoord van Atlassian
job-no-items = Geen gebruikers met deze status.
job-atlassian-status = Atlassian antwoordde met { $status }
job-request-id = Aanvraag-ID
job-state-queued = In wachtrij
job-state-running = Wordt uitgevoerd
job-state-cancelling = Wordt geannuleerd
job-state-cancelled = Geannuleerd
job-state-finished = Voltooid
job-state-failed = Mislukt
job-item-pending = Wachtend
job-item-running = Bezig
job-item-done = Voltooid
job-item-skipped = Overgeslagen
job-item-failed = Mislukt
job-item-unknown = Resultaat onbekend
job-item-cancelled = Geannuleerd

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Mijn weergaven van het logboek tonen
audit-views-hidden = Uw eigen weergaven van het logboek, verborgen: { $formatted }.
audit-views-show = Tonen
audit-chain-verified-through = Keten gecontroleerd tot en met item #{ $last }, laatste ondertekende controlepunt #{ $seq } op { $time }.
audit-chain-verified-through-unsigned = Keten gecontroleerd tot en met item #{ $last }, nog geen ondertekend controlepunt.
audit-job-titled = { $title } · taak { $id }
audit-csv-details-json = Details als JSON
audit-say-via-local = Aangemeld met een lokaal account.
audit-say-via-atlassian = Aangemeld met Atlassian.
audit-say-via-forge = Aangemeld vanuit het Jira-paneel.
audit-say-refused = Geweigerd: { $reason }
audit-say-attempts = Mislukte pogingen: { $count }, sinds { $since }.
audit-say-from = Vanaf het adres { $address }.
audit-say-session-ended = De beheerder is geen organisatiebeheerder meer, dus de sessie is gesloten.
audit-say-totp-on = Meldt zich aan met wachtwoord en authenticatorcode.
audit-say-totp-off = Meldt zich alleen met een wachtwoord aan.
audit-say-setting = { $setting } gewijzigd van { $before } naar { $after }.
audit-say-secret = { $setting } vervangen: de oude eindigde op { $before }, de nieuwe eindigt op { $after }.
audit-say-secret-first = { $setting } ingesteld: eindigt op { $after }.
audit-say-nothing = niets
audit-say-yes = ja
audit-say-no = nee
audit-say-data-exported = Alles is geëxporteerd: gebruikers: { $users }, grootte: { $size } KB.
audit-say-data-deleted = Alles wat was opgeslagen is verwijderd; het logboek begint hier opnieuw.
audit-say-erasure-times = Gepland op { $scheduled }, uit te voeren op { $due }.
audit-say-erasure-due = Alles wordt op { $due } verwijderd, tenzij een beheerder het annuleert.
audit-say-erasure-cancelled = De verwijdering die { $by } voor { $due } had gepland, is geannuleerd.
audit-say-viewed = Logboek bekeken.
audit-say-filter = Filterinstellingen: { $filter }.
audit-say-audit-export = Geëxporteerde items: { $count }.
audit-say-pruned = Items verwijderd volgens de bewaartermijn: { $count }, alle ouder dan { $cutoff }; het laatste was #{ $seq }.
audit-say-users-exported = Gebruikers geëxporteerd uit een weergave van de gebruikerstabel: { $count }.
audit-say-users-selected = Geselecteerde gebruikers geëxporteerd: { $count }.
audit-say-job-queued = Gebruikers in het plan: { $users }; te wijzigen: { $changing }; ongemoeid gelaten: { $skipped }.
audit-say-job-cancel = Gevraagd de taak te stoppen; gebruikers die in behandeling zijn, worden eerst afgerond.
audit-say-job-ended = De taak is beëindigd ({ $state }): { $counts }.
audit-say-step-intent = Staat op het punt Atlassian te vragen: { $step }.
audit-say-step-failed = Mislukt (poging { $attempt }): { $step }. Antwoord van Atlassian: { $error }
audit-say-reread-yes = Opnieuw lezen van de gebruiker liet zien dat de wijziging is doorgevoerd.
audit-say-reread-no = Opnieuw lezen van de gebruiker liet zien dat de wijziging niet is doorgevoerd.
audit-say-interrupted = Onderbroken door een herstart van de server en daarna vastgesteld door de gebruiker opnieuw te lezen.
audit-say-skip-preflight = Ongemoeid gelaten bij de voorcontrole: { $reason }.
audit-say-error = Fout: { $error }
audit-say-exercise = Geschreven om de auditwoordenlijst te controleren; geen beheerder heeft deze actie uitgevoerd.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian antwoordde niet op tijd. Probeer het zo opnieuw.
error-invalid-admin_api_key_refused = Atlassian weigerde deze sleutel: hij is onjuist, verlopen of ingetrokken, of mag geen organisaties lezen. Controleer hem in admin.atlassian.com.
settings-no-answer = Atlassian antwoordde niet binnen { $seconds } seconden. Probeer het zo opnieuw; blijft dit gebeuren, dan heeft Atlassian mogelijk problemen.
settings-finding-orgs = Organisaties zoeken…
settings-orgs-found = Organisaties die deze sleutel ziet: { $count }. Kies er een in het veld Organisatie-ID.
settings-orgs-none = Deze sleutel ziet geen organisatie. Controleer of het een Admin API-sleutel van de organisatie is en geen persoonlijk API-token.
settings-checking = De verbinding met Atlassian wordt gecontroleerd…
settings-check-col-check = Controle
settings-check-col-result = Resultaat
settings-check-col-detail = Betekenis
settings-check-result-ok = Werkt
settings-check-result-unused = Niet gebruikt
settings-check-result-failed = Actie nodig
settings-check-ok-detail = Atlassian accepteerde de inloggegevens en antwoordde.
settings-check-status = Antwoord van Atlassian, voor support: HTTP { $status }
settings-check-summary = Controles die werken: { $working } van { $total }.
settings-check-outcome-timeout = geen antwoord binnen { $seconds } seconden: Atlassian is mogelijk traag of onbereikbaar; probeer het over een paar minuten opnieuw
settings-check-outcome-rate-limited = Atlassian beperkt nu het aantal verzoeken (te veel in korte tijd); probeer het over een minuut opnieuw
settings-check-outcome-server-error = Atlassian had een probleem aan zijn kant en kon niet antwoorden; probeer het later opnieuw
settings-check-outcome-rejected = Atlassian weigerde het verzoek zoals het verstuurd werd; het serverlogboek heeft de details
settings-nav-label = Onderdelen van de instellingen
settings-danger-title = Gevarenzone
settings-danger-unlock = De knop wordt actief zodra DELETE is getypt.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = { $users } deactiveren
job-title-reactivate = { $users } heractiveren
job-title-revoke_access = { $subjects } intrekken bij { $users }
job-title-assign_access = { $subjects } toekennen aan { $users }
job-title-remove_customer = { $users } verwijderen uit { $subjects }
job-title-add_customer = { $users } weer toevoegen aan { $subjects }
job-undo-of-job = maakt taak { $job } ongedaan
bulk-plan-disable_account = Deactiveren (beheerd account)
bulk-plan-enable_account = Heractiveren (beheerd account)
bulk-plan-suspend = Toegang tot de organisatie opschorten
bulk-plan-restore = Toegang tot de organisatie herstellen
bulk-plan-leave_group = Verwijderen uit groep { $object }
bulk-plan-join_group = Toevoegen aan groep { $object }
bulk-plan-revoke_role = Toegang tot { $object } intrekken
bulk-plan-assign_role = Toegang tot { $object } toekennen
bulk-plan-remove_customer = Verwijderen uit { $object }
bulk-plan-add_customer = Weer toevoegen aan { $object }
bulk-changing = Gebruikers die veranderen
bulk-change = Wijziging
bulk-search = Zoeken op naam of e-mailadres
bulk-search-none = Geen gebruiker komt overeen met deze zoekopdracht.
job-outcome-confirmed = Klaar: Atlassian heeft de wijziging bevestigd
job-outcome-refused = Atlassian heeft de wijziging geweigerd
job-outcome-unavailable = Atlassian heeft de wijziging nu niet aangenomen (bezet of onbereikbaar)
bulk-their-desks = de servicedesks waar ze in zaten

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filters
filters-active = Actieve filters
filter-chip = { $name }: { $value }
filter-remove = Filter verwijderen: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Geen toegang
card-no-access = Kunnen niet inloggen (opgeschort of gedeactiveerd): { $formatted }
column-places = Projecten en ruimtes
csv-places = Projecten en ruimtes (rollen)
places-more = +{ $more } meer
export-style = CSV-cellen
export-style-readable = Leesbare labels
export-style-codes = Codes voor scripts
