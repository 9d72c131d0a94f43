## The language's own name, shown in the language picker.
language-name = Slovenčina

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Prejsť na obsah
nav-label = Hlavná navigácia
nav-dashboard = Prehľad
nav-users = Používatelia
nav-audit = Protokol auditu
nav-settings = Nastavenia
prefs-language = Jazyk
prefs-theme = Motív
prefs-apply = Použiť
theme-system = Motív systému
theme-light = Svetlý motív
theme-dark = Tmavý motív
error-title = Niečo sa pokazilo
error-body = Túto časť stránky nemožno zobraziť. Skúste stránku znova načítať; ak sa to opakuje, podrobnosti nájdete v protokole servera.

## Dashboard
dashboard-title = Prehľad
dashboard-empty-title = Zatiaľ žiadne údaje o organizácii
dashboard-empty-body = Pripojte svoju organizáciu Atlassian v Nastaveniach. Po prvej synchronizácii tu uvidíte používateľov, ich aktivitu a využitie licencií v Jira, Confluence a Jira Service Management.
dashboard-empty-action = Otvoriť Nastavenia
dashboard-first-sync-title = Načítavanie vašej organizácie
dashboard-first-sync-body = Prvá synchronizácia načítava z Atlassian používateľov, skupiny a prístupy k produktom. Jej priebeh je zobrazený vyššie; čísla sa tu zobrazia hneď, ako sa dokončí.
dashboard-first-sync-working = Synchronizácia…
dashboard-summary = Súhrn
card-total = Používatelia celkom
card-total-detail = Používatelia organizácie: { $org }, zákazníci: { $customers }
card-active = Nedávno aktívni
card-active-detail = Používatelia organizácie, ktorí použili niektorý produkt za posledných { $days } dní
card-inactive = Neaktívni používatelia
card-customers = Zákazníci JSM
threshold-warning = Bez aktivity { $days } a viac dní
threshold-overdue = Bez aktivity { $days } a viac dní
threshold-never = Žiadna zaznamenaná aktivita
utilisation-title = Využitie licencií
utilisation-seats = { $used } z { $capacity } licencií ({ $percent })
utilisation-near = Licencie sú takmer vyčerpané: skôr než dokúpite ďalšie, skontrolujte neaktívnych používateľov.
utilisation-over = Všetky licencie sú obsadené: novým používateľom nemožno udeliť prístup, kým sa licencie neuvoľnia alebo nedokúpia.
products-title = Produkty
products-product = Produkt
products-users = Používatelia s prístupom
products-seats = Obsadené licencie
products-cost = Mesačné náklady na neaktívne licencie
products-cost-hint = Zadajte cenu za licenciu a uvidíte, koľko neaktívne licencie stoja mesačne.
products-cost-set = Nastaviť ceny v Nastaveniach
chart-title = Posledná aktivita
chart-intro = Kedy používatelia organizácie s aktívnym účtom naposledy použili niektorý z produktov.
chart-days = { $from }–{ $to } dní
chart-more-than = Viac ako { $days } dní
chart-table-caption = Posledná aktivita používateľov organizácie s aktívnym účtom
chart-last-active = Naposledy aktívny
chart-users = Používatelia
sync-title = Synchronizácia
sync-last = Údaje k { $time }: { $formatted } { $count ->
        [one] účet
        [few] účty
        [many] účtu
       *[other] účtov
    }.
sync-never = Zatiaľ neprebehla žiadna synchronizácia.
sync-next = Ďalšia plánovaná synchronizácia: { $time }
sync-incremental = Posledná kontrola zmien vykonaných v Atlassian: { $time }. { $count ->
        [one] Aktualizovaný { $formatted } používateľ
        [few] Aktualizovaní { $formatted } používatelia
        [many] Aktualizovaných { $formatted } používateľa
       *[other] Aktualizovaných { $formatted } používateľov
    }.
sync-incremental-failed = Kontrola zmien vykonaných v Atlassian { $time } zlyhala: { $reason }
sync-failed = Synchronizácia spustená { $time } zlyhala: { $reason }
sync-now = Synchronizovať teraz
sync-cancel = Zrušiť synchronizáciu
sync-phase-starting = Spúšťanie
sync-phase-collecting = Načítavanie z Atlassian
sync-phase-indexing = Vytváranie snímky
sync-items = Načítané účty: { $done }
sync-items-of = Načítané účty: { $done } z približne { $total }
sync-waits = Požiadavky: { $requests }; čakanie na limity požiadaviek Atlassian: { $seconds } s
sync-families = Načítané produkty
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Načítané úplne
sync-family-partial = Načítané čiastočne
sync-family-not-on-site = Na tejto lokalite nie je
sync-family-not-configured = Nenačítané: nie je nastavený žiadny účet lokality
sync-family-stale = Tentoraz nenačítané; zobrazujú sa údaje k { $time } ({ $reason })
sync-family-unread = Zatiaľ nenačítané ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
        [few] { $formatted } projekty
        [many] { $formatted } projektu
       *[other] { $formatted } projektov
    }
sync-part-seats = Počty licencií Jira
sync-part-group = { $count ->
        [one] Členovia { $formatted } skupiny
        [few] Členovia { $formatted } skupín
        [many] Členovia { $formatted } skupiny
       *[other] Členovia { $formatted } skupín
    }
sync-part-desk = { $count ->
        [one] Zákazníci { $formatted } servisného projektu
        [few] Zákazníci { $formatted } servisných projektov
        [many] Zákazníci { $formatted } servisného projektu
       *[other] Zákazníci { $formatted } servisných projektov
    }
sync-part-jsm-org = { $count ->
        [one] Členovia { $formatted } organizácie JSM
        [few] Členovia { $formatted } organizácií JSM
        [many] Členovia { $formatted } organizácie JSM
       *[other] Členovia { $formatted } organizácií JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } priestor
        [few] { $formatted } priestory
        [many] { $formatted } priestoru
       *[other] { $formatted } priestorov
    }
sync-skipped-permission = { $what }: nepodarilo sa načítať. Účet lokality potrebuje { $permission }.
sync-skipped-not-offered = { $what }: nepodarilo sa načítať. Táto lokalita neponúka potrebné API.
sync-skipped-names = Okrem iného: { $names }
permission-administer-projects = projektové povolenie „Spravovať projekty“ (alebo „Spravovať Jira“)
permission-administer-jira = globálne povolenie „Spravovať Jira“
permission-browse-users = globálne povolenie „Prehľadávať používateľov a skupiny“
permission-desk-agent = rolu agenta alebo správcu servisného projektu
permission-view-space = povolenie priestoru „Zobraziť“
sync-history = Posledné synchronizácie
sync-history-started = Spustené
sync-history-outcome = Výsledok
sync-history-accounts = Účty
sync-history-requests = Požiadavky
sync-outcome-running = Prebieha
sync-outcome-complete = Dokončené
sync-outcome-failed = Zlyhalo
sync-outcome-cancelled = Zrušené

## Users
users-title = Používatelia
users-empty-title = Zatiaľ žiadni používatelia na zobrazenie
users-empty-body = Používatelia organizácie, členovia projektov Jira a priestorov Confluence a zákazníci Jira Service Management sa tu zobrazia po prvej synchronizácii.
users-loading = Načítavajú sa používatelia…
users-tabs = Výber používateľov
users-tab-org = Používatelia organizácie
users-tab-projects = Používatelia projektov
users-tab-customers = Zákazníci JSM
users-tab-all = Všetci
users-presets = Rýchle zobrazenia
users-preset-inactive = Neaktívni vo všetkých produktoch
users-preset-warning = Upozornenie
users-preset-overdue = Po termíne
users-preset-never = Bez aktivity
users-clear-filters = Vymazať filtre
users-count = { $count ->
        [one] { $formatted } používateľ
        [few] { $formatted } používatelia
        [many] { $formatted } používateľa
       *[other] { $formatted } používateľov
    }
users-as-of = k { $time }
users-thresholds = · upozornenie po { $warning } dňoch, „po termíne“ po { $overdue }
users-table-caption = Používatelia zodpovedajúci filtrom
users-no-matches = Filtrom nezodpovedajú žiadni používatelia.
filter-search = Hľadať
filter-search-placeholder = Meno alebo e-mail
filter-type = Typ účtu
filter-product = Produkt
filter-group = Skupina
filter-project = Projekt alebo priestor
filter-desk = Servisný projekt alebo organizácia
filter-active-after = Naposledy aktívny od
filter-active-before = Naposledy aktívny pred
filter-status = Stav
filter-inactivity = Neaktivita
filter-any = Ľubovoľné
filter-apply = Použiť filtre
column-name = Meno
column-email = E-mail
column-status = Stav
column-account-type = Typ účtu
column-products = Produkty
column-groups = Skupiny
column-last-active = Naposledy aktívny
column-inactivity = Neaktivita
column-added = Pridaný do organizácie
column-service-desks = Servisné projekty
column-jsm-organizations = Organizácie JSM
column-details = Podrobnosti
columns-choose = Stĺpce
status-active = Aktívny
status-suspended = Pozastavený
status-deactivated = Deaktivovaný
status-pending = Pozvaný
class-managed = Spravovaný
class-external = Externý
class-customer = Zákazník
class-app = Aplikácia
inactivity-active = Nedávno aktívny
inactivity-warning = Upozornenie
inactivity-overdue = Po termíne
inactivity-never = Bez aktivity
never-active = Nikdy
email-hidden = Skryté nastaveniami ochrany súkromia používateľa
org-admin = Správca organizácie
open-in-admin = Otvoriť v Atlassian Administration
list-more = { $list } +{ $more }
details = Podrobnosti
details-for = Podrobnosti: { $name }
details-close = Zavrieť podrobnosti
details-missing = Používateľ sa nenašiel
details-account-id = ID účtu
details-org-admin = Správca organizácie
details-scim = Zriadené poskytovateľom identít
details-products = Produkty a posledná aktivita
details-product = Produkt
details-projects = Projekty Jira
details-spaces = Priestory Confluence
details-none = Žiadne
yes = Áno
no = Nie
select-page = Vybrať všetkých používateľov na tejto stránke
select-user = Vybrať: { $name }
selection-count = { $count ->
        [0] Nie sú vybraní žiadni používatelia
        [one] Vybraný { $formatted } používateľ
        [few] Vybraní { $formatted } používatelia
        [many] Vybraných { $formatted } používateľa
       *[other] Vybraných { $formatted } používateľov
    }
select-all-matching = Vybrať všetkých zodpovedajúcich ({ $formatted })
selection-clear = Zrušiť výber
pager-label = Stránky
pager-previous = Predchádzajúca
pager-next = Ďalšia
pager-position = Stránka { $page } z { $pages }
pager-size = Riadkov na stránku:
export-matching = Exportovať zodpovedajúcich používateľov (CSV)
export-selected = Exportovať vybraných používateľov (CSV)
export-progress = Exportujú sa používatelia: { $done } z { $total }…
export-cancel = Zrušiť export
export-cancelled = Export bol zrušený.
export-done = { $count ->
        [one] Exportovaný { $formatted } používateľ.
        [few] Exportovaní { $formatted } používatelia.
        [many] Exportovaných { $formatted } používateľa.
       *[other] Exportovaných { $formatted } používateľov.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Protokol auditu
audit-empty-title = Zatiaľ žiadne záznamy auditu
audit-empty-body = Každá akcia, ktorú tu správca vykoná, sa zaznamená do tohto protokolu: kto ju vykonal, kedy, koho sa týkala a čo odpovedal Atlassian.
audit-loading = Načítava sa protokol auditu…
audit-search-placeholder = Správca, používateľ, akcia, podrobnosti alebo ID požiadavky
audit-filter-from = Od (deň v UTC)
audit-filter-to = Do (deň v UTC)
audit-filter-admin = Správca
audit-filter-action = Akcia
audit-filter-outcome = Výsledok
audit-filter-user = Dotknutý používateľ
audit-filter-user-placeholder = ID účtu, meno alebo e-mail
audit-count = { $count ->
        [one] { $formatted } záznam
        [few] { $formatted } záznamy
        [many] { $formatted } záznamu
       *[other] { $formatted } záznamov
    }
audit-no-matches = Filtrom nezodpovedajú žiadne záznamy.
audit-table-caption = Záznamy protokolu auditu, od najnovších
audit-column-time = Čas (UTC)
audit-column-admin = Správca
audit-column-action = Akcia
audit-column-user = Dotknutý používateľ
audit-column-outcome = Výsledok
audit-column-status = Stav v Atlassian
audit-column-request = ID požiadavky
audit-column-details = Podrobnosti
audit-column-entry = Záznam
audit-entry-open = Podrobnosti záznamu { $seq }
audit-entry-title = Záznam č. { $seq }
audit-job = Úloha { $id }
audit-export = Exportovať CSV
audit-export-progress = Exportujú sa záznamy: { $done } z { $total }…
audit-export-done = { $count ->
        [one] Exportovaný { $formatted } záznam.
        [few] Exportované { $formatted } záznamy.
        [many] Exportovaných { $formatted } záznamu.
       *[other] Exportovaných { $formatted } záznamov.
    }
audit-chain-broken = Reťazec je prerušený pri zázname č. { $seq }: { $reason }
audit-chain-broken-help = Záznamy počnúc týmto mohli byť zmenené, odstránené alebo vložené mimo User Account Manager. Databázu ponechajte bez zmien a porovnajte ju s posledným exportom alebo zálohou.
audit-chain-unchecked = Reťazec hodnôt hash nemožno overiť.
audit-checkpoints-missing = Chýbajú podpísané kontrolné body: súbor kontrolných bodov už neobsahuje kontrolný bod záznamu #{ $seq }, ktorý zapísal tento server.
audit-checkpoints-missing-help = Súbor bol odstránený, nahradený staršou kópiou alebo skrátený, takže záznamy až po tento už nemožno overiť podpisom. Obnovte súbor zo svojej kópie (všetky kontrolné body obsahuje aj protokol servera) a databázu ponechajte bez zmien.
audit-action-sign_in = Prihlásenie
audit-action-sign_out = Odhlásenie
audit-action-authn_denied = Prístup odmietnutý
audit-action-session_ended = Relácia ukončená
audit-action-local_admin_created = Vytvorený miestny správca
audit-action-settings_changed = Zmenené nastavenie
audit-action-secret_replaced = Nahradené prihlasovacie údaje
audit-action-data_exported = Exportované údaje
audit-action-data_deleted = Odstránené údaje
audit-action-audit_viewed = Zobrazený protokol auditu
audit-action-audit_export = Exportovaný protokol auditu
audit-action-users_exported = Exportovaní používatelia
audit-outcome-ok = Úspech
audit-outcome-denied = Odmietnuté
audit-outcome-failed = Zlyhalo
audit-outcome-intent = Zámer
audit-outcome-skipped = Preskočené
audit-outcome-blocked = Zablokované
audit-action-data_erasure_scheduled = Naplánované odstránenie všetkých údajov
audit-action-data_erasure_cancelled = Naplánované odstránenie zrušené
audit-action-audit_pruned = Odstránené staré záznamy auditu
audit-action-bulk_job_queued = Hromadná úloha zaradená do frontu
audit-action-bulk_job_cancel = Vyžiadané zrušenie hromadnej úlohy
audit-action-bulk_job_refused = Hromadná úloha zamietnutá
audit-action-bulk_job_ended = Hromadná úloha skončila
audit-action-bulk_deactivate = Hromadná deaktivácia
audit-action-bulk_reactivate = Hromadná reaktivácia
audit-action-bulk_revoke_access = Hromadné odobratie prístupu k produktu
audit-action-bulk_assign_access = Hromadné pridelenie prístupu k produktu
audit-action-bulk_remove_customer = Hromadné odstránenie zákazníkov JSM
audit-action-bulk_undo_deactivate = Hromadná deaktivácia (vrátenie späť)
audit-action-bulk_undo_reactivate = Hromadná reaktivácia (vrátenie späť)
audit-action-bulk_undo_revoke_access = Hromadné odobratie prístupu k produktu (vrátenie späť)
audit-action-bulk_undo_assign_access = Hromadné pridelenie prístupu k produktu (vrátenie späť)
audit-action-bulk_undo_remove_customer = Hromadné odstránenie zákazníkov JSM (vrátenie späť)
audit-outcome-refused = Zamietnuté
audit-outcome-unknown = Výsledok neznámy
audit-outcome-not_sent = Neodoslané
audit-outcome-reread = Overené opätovným načítaním
audit-outcome-queued = Vo fronte
audit-outcome-running = Prebieha
audit-outcome-cancelling = Ruší sa
audit-outcome-cancelled = Zrušené
audit-outcome-finished = Dokončené
audit-csv-seq = Záznam
audit-csv-time = Čas (UTC)
audit-csv-actor = ID správcu
audit-csv-actor-name = Meno správcu
audit-csv-auth-via = Spôsob prihlásenia
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Inštalácia panela Jira
audit-csv-action = Akcia
audit-csv-target = Cieľ
audit-csv-target-name = Meno dotknutého používateľa
audit-csv-target-email = E-mail dotknutého používateľa
audit-csv-outcome = Výsledok
audit-csv-atlassian-status = Stav v Atlassian
audit-csv-request-id = ID požiadavky
audit-csv-job-id = Úloha
audit-csv-details = Podrobnosti
audit-csv-prev-hash = Predchádzajúci hash
audit-csv-hash = Hash
audit-filter-source = Zdroj
audit-source-both = Táto aplikácia a Atlassian
audit-source-app = Táto aplikácia
audit-source-atlassian = Atlassian
audit-atlassian-note = Nahlásené spoločnosťou Atlassian; nie je súčasťou hašovacieho reťazca tejto aplikácie.
audit-event-open = Podrobnosti udalosti Atlassian { $seq }
audit-event-title = Udalosť Atlassian č. { $seq }
audit-csv-source = Zdroj
audit-csv-event-id = ID udalosti Atlassian
audit-csv-ip = IP adresa
audit-csv-product = Produkt
audit-action-user_deactivated = Používateľ deaktivovaný
audit-action-user_reactivated = Používateľ znova aktivovaný
audit-action-user_access_suspended = Prístup používateľa pozastavený
audit-action-user_access_restored = Prístup používateľa obnovený
audit-action-user_added_to_group = Používateľ pridaný do skupiny
audit-action-user_removed_from_group = Používateľ odobratý zo skupiny
audit-action-group_granted_role = Produktová rola udelená skupine
audit-action-group_revoked_role = Produktová rola odobratá skupine
audit-action-user_granted_role = Produktová rola udelená používateľovi
audit-action-user_revoked_role = Produktová rola odobratá používateľovi
audit-action-added_org_admin = Správca organizácie pridaný
audit-action-removed_org_admin = Správca organizácie odobratý
audit-action-service_desk_customer_added = Zákazník servisného pultu pridaný
audit-action-service_desk_customer_removed = Zákazník servisného pultu odobratý
audit-action-project_role_actor_added = Pridaný do roly projektu
audit-action-project_role_actor_removed = Odobratý z roly projektu

## Settings
settings-title = Nastavenia


settings-api-key-docs = Ako vytvoriť kľúč API správcu

## Not found
not-found-title = Stránka sa nenašla
not-found-body = Na tejto adrese nie je žiadna stránka. Odkaz môže obsahovať preklep alebo sa stránka presunula.
not-found-action = Prejsť na prehľad

## Demo mode
demo-badge = Ukážková organizácia
demo-banner = { $org } je simulovaná organizácia, takže môžete všetko bezpečne vyskúšať: nič tu neovplyvní skutočný účet Atlassian.
demo-connect = Pripojiť vlastnú organizáciu

## Errors a request can end in
error-unauthorized = Vaša relácia sa skončila. Ak chcete pokračovať, prihláste sa znova.
error-forbidden = Túto akciu môžu vykonať iba správcovia organizácie.
error-not-found = Položka už neexistuje. Mohla byť odstránená v Atlassian.
error-invalid-input = Niektoré zadané údaje nie sú platné. Skontrolujte zvýraznené polia.
error-atlassian-unavailable = Atlassian momentálne neodpovedá. Skúste to znova o niekoľko minút.
error-sync-running = Synchronizácia už prebieha. Počkajte na jej dokončenie alebo ju najprv zrušte.
error-no-snapshot = Zatiaľ neprebehla žiadna synchronizácia. Prvá synchronizácia sa spustí automaticky; môže trvať niekoľko minút.
error-transport = Server je nedostupný. Skontrolujte pripojenie a skúste to znova.
error-internal = Na serveri sa vyskytla chyba. Podrobnosti nájdete v protokole servera.
error-payload-too-large = Táto požiadavka je väčšia, než server prijíma, preto sa nič nevykonalo. Pošlite naraz menej, napríklad menej položiek.
error-timeout = Server túto požiadavku zastavil, pretože trvala príliš dlho. Skúste to o chvíľu znova alebo žiadajte naraz menej.

## CSV export column headers
csv-name = Meno
csv-email = E-mail
csv-status = Stav
csv-account-type = Typ účtu
csv-products = Produkty
csv-product-last-active = Posledná aktivita podľa produktu
csv-last-active = Naposledy aktívny
csv-groups = Skupiny
csv-inactivity = Neaktivita
csv-service-desks = Servisné projekty
csv-jsm-organizations = Organizácie JSM

## Signing in
login-title = Prihlásenie
login-intro = User Account Manager môžu používať iba správcovia organizácie.
login-atlassian = Prihlásiť sa cez Atlassian
login-demo-admins = V tejto ukážke sú správcami organizácie tieto simulované účty. Vyberte jeden z nich na simulovanej prihlasovacej stránke Atlassian; akýkoľvek iný účet bude odmietnutý.
login-local-title = Miestny účet správcu
login-login = Prihlasovacie meno
login-password = Heslo
login-totp = Kód z overovacej aplikácie
login-totp-hint = Iba ak váš účet používa overovaciu aplikáciu.
login-submit = Prihlásiť sa
login-setup-pending = Zatiaľ neexistuje žiadny miestny účet správcu. Server pri spustení vypísal jednorazový odkaz na nastavenie, pomocou ktorého vytvoríte prvý účet; to isté urobí príkaz uam admin create.
login-signed-out = Boli ste odhlásení.
login-refused-title = Prihlásenie odmietnuté
login-back = Späť na prihlásenie
login-error-invalid = Prihlasovacie meno, heslo alebo kód z overovacej aplikácie nie je správny.
login-error-locked = Príliš veľa neúspešných pokusov. Počkajte 15 minút a skúste to znova.
login-error-totp = Kód z overovacej aplikácie chýba alebo nie je správny.
login-error-not-admin = Tento účet Atlassian nie je správcom tejto organizácie alebo nie je na zozname správcov, ktorí môžu používať tento server.
login-error-unavailable = Prihlásenie teraz nie je možné: Atlassian alebo databáza servera neodpovedala. Skúste to znova o minútu.
login-error-state = Platnosť tohto prihlásenia vypršala, už bolo použité alebo bolo začaté v inom prehliadači. Začnite znova na prihlasovacej stránke.
login-error-setup-link = Platnosť tohto odkazu na nastavenie vypršala alebo už bol použitý. Reštartujte server, aby vypísal nový, alebo vytvorte správcu príkazom uam admin create.
login-error-setup-input = Skontrolujte polia: prihlasovacie meno nesmie obsahovať medzery, meno musí byť vyplnené, heslo musí mať aspoň 12 znakov a obe heslá sa musia zhodovať.
login-error-expired = Vaša relácia sa skončila. Prihláste sa znova.

## First-run set-up
setup-title = Vytvorte prvý účet správcu
setup-intro = Tento účet sa prihlasuje vlastným heslom. Ponechajte si ho ako núdzový účet: po nastavení pripojenia k Atlassian sa budú správcovia organizácie prihlasovať cez Atlassian.
setup-login = Prihlasovacie meno (e-mailová adresa alebo krátke meno)
setup-name = Vaše meno
setup-password = Heslo (aspoň 12 znakov)
setup-password-again = Heslo znova
setup-totp-title = Overovacia aplikácia
setup-totp-optional = Odporúčané: naskenujte tento kód overovacou aplikáciou a zadajte kód, ktorý zobrazí. Ak chcete tento krok preskočiť, nechajte pole kódu prázdne.
setup-totp-required = Tento server vyžaduje overovaciu aplikáciu: naskenujte v nej tento kód a zadajte kód, ktorý zobrazí.
setup-totp-key = Alebo zadajte tento kľúč ručne:
setup-totp-qr = QR kód pre overovaciu aplikáciu
setup-totp-code = Kód z aplikácie
setup-submit = Vytvoriť účet a prihlásiť sa

## The signed-in admin
account-via-local = Miestny účet
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = cez Jira
account-sign-out = Odhlásiť sa

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Otvára sa User Account Manager…
embed-expired = Relácia tohto panela sa skončila. Ak chcete pokračovať, otvorte User Account Manager znova zo správy Jira.
embed-refused = User Account Manager v Jira môžu používať iba správcovia tejto organizácie, a to len vtedy, ak server povoľuje ich účet.
embed-unavailable = User Account Manager teraz nemôže overiť váš prístup: Atlassian alebo server neodpovedal. Skúste to znova o minútu.

## Settings page
settings-saved = Uložené.
settings-save = Uložiť
settings-set-by-env = Nastavené premennými prostredia; zmeňte to v konfigurácii servera.
settings-connection-title = Pripojenie k Atlassian
settings-connection-demo = Zobrazuje sa { $org }, simulovaná ukážková organizácia. Nižšie môžete pripojiť vlastnú organizáciu.
settings-connection-env = Pripojené k organizácii { $org }, nakonfigurované v prostredí servera.
settings-connection-saved = Pripojené k organizácii { $org }.
settings-connection-pending = Uložené pripojenie sa použije od ďalšieho spustenia servera. Ak sa chcete pripojiť k tejto organizácii, reštartujte server.
settings-admin-key = Kľúč API správcu
settings-key-placeholder = Vložte nový kľúč, ktorý nahradí uložený
settings-key-write-only = Iba na zápis: kľúč je uložený zašifrovaný a už sa nikdy nezobrazí.
settings-key-expiry = Dátum uplynutia platnosti kľúča
settings-key-expires = Platnosť uplynie { $date }.
settings-key-expires-soon = Platnosť uplynie { $date }, o { $days } dní. Dovtedy vytvorte v Atlassian nový kľúč a vložte ho sem.
settings-key-expired = Platnosť uplynula { $date }. Synchronizácie a akcie budú zlyhávať, kým neuložíte nový kľúč.
settings-secret-set = končí na …{ $hint }; nastavil(a) { $by }, { $at }
settings-secret-unset = nenastavené
settings-org = ID organizácie
settings-find-orgs = Nájsť organizácie
settings-site-title = Jira, Confluence a Jira Service Management
settings-site-body = Roly v projektoch, členovia priestorov, zákazníci a licencie Jira sa načítavajú cez lokalitu pomocou e-mailu účtu a jeho tokenu API.
settings-site-url = URL lokality
settings-site-email = E-mail účtu
settings-site-token = Token API
settings-site-token-again = Pri každej zmene URL lokality alebo e-mailu zadajte token znova.
settings-test-connection = Otestovať pripojenie
settings-check-admin-key = Kľúč API správcu
settings-check-org = Organizácia
settings-check-directory = Používatelia a skupiny
settings-check-site = Lokalita
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = odmietnuté: kľúč alebo token je nesprávny, jeho platnosť uplynula alebo bol odvolaný
settings-check-outcome-forbidden = odmietnuté: prihlasovacie údaje nemajú potrebné povolenie (rozsah)
settings-check-outcome-not-found = nenájdené: skontrolujte ID organizácie alebo URL lokality
settings-check-outcome-unreachable = Atlassian neodpovedal; skúste to neskôr
settings-check-outcome-not-configured = nenakonfigurované
settings-check-outcome-not-on-site = nie je na tejto lokalite (lokalita tento produkt nemá)
settings-prices-title = Ceny licencií
settings-prices-body = Voliteľné. Zadajte mesačnú cenu jednej licencie každého produktu a prehľad zobrazí, koľko stoja licencie neaktívnych používateľov. Produkt, ktorý chcete vynechať, nechajte prázdny.
settings-currency = Mena (kód ISO, napr. USD alebo EUR)
settings-thresholds-title = Prahy neaktivity
settings-thresholds-body = Používateľ bez aktivity dlhšie, ako je prah upozornenia, je označený ako „upozornenie“; po prekročení prahu „po termíne“ ako „po termíne“. Prah „po termíne“ musí byť dlhší ako prah upozornenia.
settings-warning-days = Prah upozornenia (dni)
settings-overdue-days = Prah „po termíne“ (dni)
settings-protected-title = Chránené účty
settings-protected-body = Hromadné akcie tieto účty nikdy nedeaktivujú ani im neodoberú prístup. Zadajte e-mailové adresy, celé domény v tvare *@example.com alebo ID účtov Atlassian. Správcovia organizácie a vy ste chránení vždy.
settings-protected-add = Pridajte adresy, domény alebo ID účtov (môžete vložiť viacero naraz, oddelené čiarkami, medzerami alebo novými riadkami)
settings-protected-add-button = Pridať
settings-protected-search = Hľadať chránené účty
settings-protected-count = { $count ->
    [one] Jedna chránená položka
    [few] { $count } chránené položky
    [many] { $count } chránenej položky
   *[other] { $count } chránených položiek
}
settings-protected-remove = Odstrániť
settings-schedule-title = Plán synchronizácie a uchovávanie auditu
settings-sync-interval = Interval synchronizácie (hodiny)
settings-sync-interval-hint = 0 vypne plánované synchronizácie; tlačidlo „Synchronizovať teraz“ funguje ďalej.
settings-retention = Uchovávať záznamy auditu (dni)
settings-retention-hint = Najmenej 180 dní (rovnako dlho ako vlastný protokol auditu Atlassian), najviac 3650; 0 ich uchováva natrvalo.
error-invalid-entries = Tieto položky nie sú e-mailové adresy ani položky v tvare *@doména, preto sa nič neuložilo:
settings-data-title = Vaše údaje
settings-data-export-body = Stiahnite všetko, čo User Account Manager ukladá, v jednom archíve: nastavenia (bez tajných údajov), miestne účty správcov (bez hesiel), históriu synchronizácií, protokol auditu a aktuálnu snímku vašich používateľov. Export sa zaznamená do protokolu auditu.
settings-data-export = Exportovať všetko
settings-data-delete-body = Odstráňte všetko, čo User Account Manager ukladá: nastavenia, uložený kľúč a token, miestne účty správcov, relácie, snímky a protokol auditu. V Atlassian sa nič nezmení. Túto akciu nemožno vrátiť späť; ak by ste údaje mohli potrebovať, najprv ich exportujte.
settings-data-delete-confirm = Na potvrdenie napíšte DELETE
settings-data-delete = Odstrániť všetko
settings-data-not-confirmed = Nič sa neodstránilo: na potvrdenie napíšte presne DELETE.
settings-data-sync-running = Nič sa neodstránilo: prebieha synchronizácia. Zrušte ju alebo počkajte na jej dokončenie a skúste to znova.
settings-data-export-failed = Export zlyhal. Podrobnosti nájdete v protokole servera.
settings-data-delete-failed = Odstránenie zlyhalo; nič sa neodstránilo. Podrobnosti nájdete v protokole servera.
error-reauth-failed = Heslo alebo overovací kód nie sú správne. Nič sa nenaplánovalo.
error-reauth-stale = Najprv potvrďte, že ste to vy: znova sa prihláste cez Atlassian a potom odstráňte do 5 minút.
error-panel-refused = Z panela Jira to nie je možné. Otvorte User Account Manager vo vlastnej karte prehliadača.
error-erasure-pending = Odstránenie všetkých údajov je už naplánované. Najprv ho zrušte alebo počkajte, kým prebehne.
settings-data-delete-delay = Nič sa neodstráni hneď: odstránenie prebehne { $hours } hodín po vašom potvrdení. Dovtedy ho všetci správcovia vidia na nástenke a môžu ho zrušiť. Podpísaný záznam o vymazanom audítorskom protokole sa zachová.
settings-data-reauth-atlassian = Cez Atlassian ste sa prihlásili pred viac ako 5 minútami. Na potvrdenie sa prihláste znova a potom odstráňte do 5 minút.
settings-data-reauth-fresh = Cez Atlassian ste sa prihlásili pred menej ako 5 minútami, čo potvrdzuje, že ste to vy.
settings-data-scheduled = Odstránenie všetkých údajov je naplánované. Kým neprebehne, môže ho ktorýkoľvek správca zrušiť tu alebo na nástenke.
erasure-title = Všetky údaje budú odstránené
erasure-body = { $name } naplánoval(a) dňa { $scheduled } odstránenie všetkého, čo User Account Manager ukladá, vrátane audítorského protokolu. Prebehne { $due }, ak ho niektorý správca nezruší.
erasure-cancel = Zrušiť odstránenie
erasure-cancelled = Odstránenie bolo zrušené. Nič sa neodstránilo.
erasure-cancel-failed = Odstránenie sa nepodarilo zrušiť. Podrobnosti nájdete v protokole servera.
login-deleted = Všetko sa odstránilo. Server vypísal nový odkaz na nastavenie, pomocou ktorého znova vytvoríte prvý účet správcu.
error-invalid-org_id = ID organizácie chýba alebo nie je platné: je to ID v adrese admin.atlassian.com/o/<ID>/…, zložené z písmen, číslic a pomlčiek.
error-invalid-admin_api_key = Vložte kľúč API správcu: pre túto organizáciu zatiaľ nie je uložený žiadny.
error-invalid-site = Lokalita vyžaduje zároveň URL, e-mail účtu a token API tohto účtu.
error-invalid-site_url = URL lokality nie je platná: má tvar https://your-site.atlassian.net.
error-invalid-site_host = Prijímajú sa len lokality https://your-site.atlassian.net: token API sa neposiela na žiadneho iného hostiteľa. Iného hostiteľa musí najprv povoliť prevádzkovateľ servera (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Nová URL lokality alebo nový e-mail účtu vyžaduje znova token API: vložte token tohto účtu pre túto lokalitu.
error-invalid-site_email = E-mail účtu nie je platná e-mailová adresa.
error-invalid-thresholds = Oba prahy musia byť celé počty dní a prah „po termíne“ musí byť dlhší ako prah upozornenia.
error-invalid-schedule = Zadajte celé čísla: počet hodín medzi synchronizáciami a počet dní uchovávania protokolu auditu.
error-invalid-sync_interval_hours = Interval synchronizácie musí byť 0 (vypnuté) alebo 1 až 168 hodín.
error-invalid-audit_retention_days = Záznamy auditu možno uchovávať 0 dní (natrvalo) alebo 180 až 3650 dní.
error-invalid-seat_prices = Zadajte trojpísmenový kód meny a ceny od 0 do 100000 pomocou číslic a desatinnej bodky.
login-atlassian-off = Prihlásenie cez Atlassian nie je na tomto serveri nastavené. Jeho prevádzkovateľ ho môže nastaviť pomocou aplikácie OAuth (UAM_OAUTH_CLIENT_ID a UAM_OAUTH_CLIENT_SECRET); dovtedy sa prihláste miestnym účtom správcu.

## Bulk actions
bulk-title = Hromadná akcia
bulk-undo-title = Vrátiť túto úlohu späť
bulk-actions = Akcie…
bulk-actions-user = Akcie pre tohto používateľa…
bulk-choose = Čo vykonať
bulk-action-deactivate = Deaktivovať
bulk-action-reactivate = Znova aktivovať
bulk-action-revoke_access = Odobrať prístup k produktu
bulk-action-assign_access = Prideliť prístup k produktu
bulk-action-remove_customer = Odobrať zákazníkov JSM
bulk-every-desk = všetky servisné projekty
bulk-products = Produkty
bulk-desks = Servisné projekty
bulk-desks-hint = Ak nič nevyberiete, zákazníci budú odobratí zo všetkých servisných projektov, v ktorých sú.
bulk-check = Zistiť, koho sa to týka
bulk-cancel = Zrušiť
bulk-checking = Overuje sa každý používateľ v Atlassian…
bulk-starting = Spúšťa sa úloha…
bulk-count-changing = { $count ->
        [one] Zmení sa { $formatted } používateľ
        [few] Zmenia sa { $formatted } používatelia
        [many] Zmení sa { $formatted } používateľa
       *[other] Zmení sa { $formatted } používateľov
    }
bulk-count-already = { $count ->
        [one] { $formatted } používateľ už je v tomto stave
        [few] { $formatted } používatelia už sú v tomto stave
        [many] { $formatted } používateľa už je v tomto stave
       *[other] { $formatted } používateľov už je v tomto stave
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } používateľa nemožno zmeniť
        [few] { $formatted } používateľov nemožno zmeniť
        [many] { $formatted } používateľa nemožno zmeniť
       *[other] { $formatted } používateľov nemožno zmeniť
    }
bulk-how = Ako sa to vykoná
bulk-method-disable_account = { $count ->
        [one] { $formatted } účet bude deaktivovaný (spravuje ho organizácia: API životného cyklu používateľov)
        [few] { $formatted } účty budú deaktivované (spravuje ich organizácia: API životného cyklu používateľov)
        [many] { $formatted } účtu bude deaktivovaných (spravuje ich organizácia: API životného cyklu používateľov)
       *[other] { $formatted } účtov bude deaktivovaných (spravuje ich organizácia: API životného cyklu používateľov)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } účet bude znova aktivovaný (spravuje ho organizácia: API životného cyklu používateľov)
        [few] { $formatted } účty budú znova aktivované (spravuje ich organizácia: API životného cyklu používateľov)
        [many] { $formatted } účtu bude znova aktivovaných (spravuje ich organizácia: API životného cyklu používateľov)
       *[other] { $formatted } účtov bude znova aktivovaných (spravuje ich organizácia: API životného cyklu používateľov)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } používateľ stratí prístup k organizácii (pozastavenie: organizácia jeho účet nespravuje)
        [few] { $formatted } používatelia stratia prístup k organizácii (pozastavenie: organizácia ich účty nespravuje)
        [many] { $formatted } používateľa stratí prístup k organizácii (pozastavenie: organizácia ich účty nespravuje)
       *[other] { $formatted } používateľov stratí prístup k organizácii (pozastavenie: organizácia ich účty nespravuje)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } používateľ opäť získa prístup k organizácii (obnovenie: organizácia jeho účet nespravuje)
        [few] { $formatted } používatelia opäť získajú prístup k organizácii (obnovenie: organizácia ich účty nespravuje)
        [many] { $formatted } používateľa opäť získa prístup k organizácii (obnovenie: organizácia ich účty nespravuje)
       *[other] { $formatted } používateľov opäť získa prístup k organizácii (obnovenie: organizácia ich účty nespravuje)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } používateľ bude odobratý zo skupín, ktoré poskytujú prístup k produktom
        [few] { $formatted } používatelia budú odobratí zo skupín, ktoré poskytujú prístup k produktom
        [many] { $formatted } používateľa bude odobratých zo skupín, ktoré poskytujú prístup k produktom
       *[other] { $formatted } používateľov bude odobratých zo skupín, ktoré poskytujú prístup k produktom
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } používateľ bude pridaný do skupiny, ktorá poskytuje prístup k produktom
        [few] { $formatted } používatelia budú pridaní do skupiny, ktorá poskytuje prístup k produktom
        [many] { $formatted } používateľa bude pridaných do skupiny, ktorá poskytuje prístup k produktom
       *[other] { $formatted } používateľov bude pridaných do skupiny, ktorá poskytuje prístup k produktom
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } používateľ stratí priamo pridelenú rolu produktu
        [few] { $formatted } používatelia stratia priamo pridelenú rolu produktu
        [many] { $formatted } používateľa stratí priamo pridelenú rolu produktu
       *[other] { $formatted } používateľov stratí priamo pridelenú rolu produktu
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } používateľ získa rolu produktu priamo
        [few] { $formatted } používatelia získajú rolu produktu priamo
        [many] { $formatted } používateľa získa rolu produktu priamo
       *[other] { $formatted } používateľov získa rolu produktu priamo
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } zákazník bude odobratý zo servisných projektov
        [few] { $formatted } zákazníci budú odobratí zo servisných projektov
        [many] { $formatted } zákazníka bude odobratých zo servisných projektov
       *[other] { $formatted } zákazníkov bude odobratých zo servisných projektov
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } zákazník bude opäť pridaný do servisných projektov
        [few] { $formatted } zákazníci budú opäť pridaní do servisných projektov
        [many] { $formatted } zákazníka bude opäť pridaných do servisných projektov
       *[other] { $formatted } zákazníkov bude opäť pridaných do servisných projektov
    }
bulk-nothing = Nie je čo meniť: každý vybraný používateľ už je v danom stave alebo ho nemožno zmeniť.
bulk-skipped = Ponechané bez zmeny
bulk-skipped-more = …a ešte { $count }.
bulk-reason = Dôvod
bulk-type-to-confirm = Na potvrdenie napíšte { $count }
bulk-presets = Upratovacie akcie
bulk-preset-overdue = Deaktivovať všetkých po termíne
bulk-preset-revoke = Odobrať prístup k { $product } používateľom, ktorí v ňom nie sú aktívni { $days } dní
bulk-skip-already_done = Už je v danom stave
bulk-skip-protected = Chránené v Nastaveniach
bulk-skip-org_admin = Správca organizácie: hromadné akcie ho nikdy nemenia
bulk-skip-acting_admin = Váš vlastný účet: vaše hromadné akcie ho nikdy nemenia
bulk-skip-identity_provider = Zriadené poskytovateľom identít (SCIM), ktorý spravuje prístup tohto účtu
bulk-skip-lookup_failed = Aktuálny stav tohto používateľa sa v Atlassian nepodarilo overiť, preto sa nič neriskovalo
bulk-skip-not_found = Atlassian tento účet už nepozná
bulk-skip-not_applicable = Táto akcia sa na tento druh účtu nevzťahuje
bulk-skip-no_way = Prístup pochádza zo zdroja, ktorý tento nástroj nemôže zmeniť
bulk-skip-direct_role_unavailable = Pridelené priamo a táto organizácia neposkytuje API Atlassianu pre priame produktové roly (obmedzená dostupnosť), preto sa nič neriskovalo
bulk-step-disable_account = Účet deaktivovaný
bulk-step-enable_account = Účet znova aktivovaný
bulk-step-suspend = Prístup k organizácii pozastavený
bulk-step-restore = Prístup k organizácii obnovený
bulk-step-leave_group = Odobratý zo skupiny { $object }
bulk-step-join_group = Pridaný do skupiny { $object }
bulk-step-revoke_role = Odobratá rola { $object }
bulk-step-assign_role = Pridelená rola { $object }
bulk-step-remove_customer = Odobratý zo zákazníkov: { $object }
bulk-step-add_customer = Pridaný medzi zákazníkov: { $object }

## Jobs
nav-jobs = Úlohy
jobs-title = Úlohy
jobs-intro = Hromadné akcie bežia na serveri ako úlohy: pokračujú aj po zatvorení karty, vidia ich všetci správcovia a vždy beží iba jedna, zatiaľ čo ostatné čakajú vo fronte.
jobs-loading = Načítavajú sa úlohy…
jobs-empty-title = Zatiaľ žiadne úlohy
jobs-empty-body = Hromadné akcie spustené zo stránky Používatelia alebo z prehľadu sa zobrazia tu, spolu s priebehom a výsledkom pre každého používateľa.
jobs-caption = Úlohy hromadných akcií, od najnovších
job-title = Úloha
job-back = Všetky úlohy
job-loading = Načítava sa úloha…
job-action = Akcia
job-state = Stav
job-progress = Priebeh
job-started-by = Spustil(a)
job-created = Vytvorené
job-started = Spustené
job-finished = Ukončené
job-counts = Hotovo: { $done }, preskočené: { $skipped }, zlyhalo: { $failed } (celkom { $total })
job-count-done = Hotovo: { $formatted }
job-count-skipped = Preskočené: { $formatted }
job-count-failed = Zlyhalo: { $formatted }
job-count-unknown = Prerušené, výsledok neznámy: { $formatted }
job-count-cancelled = Nespracované (zrušené): { $formatted }
job-count-pending = Čaká: { $formatted }
job-waiting = Čaká sa na limit požiadaviek Atlassian do { $time }
job-queue-position = { $count ->
        [0] Vo fronte: ďalšia na rade
        [one] Vo fronte: pred ňou { $count } úloha
        [few] Vo fronte: pred ňou { $count } úlohy
        [many] Vo fronte: pred ňou { $count } úlohy
       *[other] Vo fronte: pred ňou { $count } úloh
    }
job-undo-of = Táto úloha vracia späť skoršiu úlohu.
job-open-original = Otvoriť pôvodnú úlohu
job-undone-by = Táto úloha bola vrátená späť.
job-open-undo = Otvoriť úlohu vrátenia
job-undone-by-short = vrátené späť
job-error = Predčasne zastavené:
job-stopped-panic = úlohu zastavila vnútorná chyba. Používatelia, na ktorých ešte neprišiel rad, zostali bez zmeny.
job-stopped-not-admin = správca, ktorý ju spustil, už nie je správcom organizácie oprávneným používať tento server, preto bola odmietnutá.
job-stopped-admin-unconfirmed = Atlassian nedokázal potvrdiť, že správca, ktorý ju spustil, je stále správcom organizácie, preto bola odmietnutá.
job-cancel = Zrušiť úlohu
job-undo = Vrátiť túto úlohu späť
job-results = Výsledky podľa používateľov
job-filter = Zobraziť
job-filter-all = Všetko
job-item-state = Výsledok
job-steps = Kroky
job-outcome = Dôvod a odpoveď Atlassian
job-no-items = V tomto stave nie sú žiadni používatelia.
job-atlassian-status = Odpoveď Atlassian: { $status }
job-request-id = ID požiadavky
job-state-queued = Vo fronte
job-state-running = Prebieha
job-state-cancelling = Ruší sa
job-state-cancelled = Zrušené
job-state-finished = Dokončené
job-state-failed = Zlyhalo
job-item-pending = Čaká
job-item-running = Prebieha
job-item-done = Hotovo
job-item-skipped = Preskočené
job-item-failed = Zlyhalo
job-item-unknown = Výsledok neznámy
job-item-cancelled = Zrušené

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Zobraziť moje zobrazenia protokolu
audit-views-hidden = Vaše vlastné zobrazenia protokolu, skryté: { $formatted }.
audit-views-show = Zobraziť ich
audit-chain-verified-through = Reťazec overený po záznam #{ $last }, posledný podpísaný kontrolný bod #{ $seq } z { $time }.
audit-chain-verified-through-unsigned = Reťazec overený po záznam #{ $last }, zatiaľ bez podpísaného kontrolného bodu.
audit-job-titled = { $title } · úloha { $id }
audit-csv-details-json = Podrobnosti (JSON)
audit-say-via-local = Prihlásenie miestnym účtom.
audit-say-via-atlassian = Prihlásenie cez Atlassian.
audit-say-via-forge = Prihlásenie z panela Jira.
audit-say-refused = Odmietnuté: { $reason }
audit-say-attempts = Neúspešné pokusy: { $count }, od { $since }.
audit-say-from = Z adresy { $address }.
audit-say-session-ended = Správca už nie je správcom organizácie, preto bola relácia ukončená.
audit-say-totp-on = Prihlasuje sa heslom a kódom z overovacej aplikácie.
audit-say-totp-off = Prihlasuje sa iba heslom.
audit-say-setting = { $setting }: zmenené z { $before } na { $after }.
audit-say-secret = { $setting }: nahradené; stará hodnota končila na { $before }, nová končí na { $after }.
audit-say-secret-first = { $setting }: nastavené; hodnota končí na { $after }.
audit-say-nothing = nič
audit-say-yes = áno
audit-say-no = nie
audit-say-data-exported = Exportované všetko: používatelia: { $users }, veľkosť: { $size } KB.
audit-say-data-deleted = Všetko uložené bolo odstránené; protokol tu začína odznova.
audit-say-erasure-times = Naplánované { $scheduled }, termín { $due }.
audit-say-erasure-due = Všetko bude odstránené { $due }, ak to správca nezruší.
audit-say-erasure-cancelled = Zrušené odstránenie, ktoré { $by } naplánoval(a) na { $due }.
audit-say-viewed = Protokol zobrazený.
audit-say-filter = Filtre: { $filter }.
audit-say-audit-export = Exportované záznamy: { $count }.
audit-say-pruned = Záznamy odstránené podľa doby uchovávania: { $count }, všetky staršie ako { $cutoff }; posledný bol #{ $seq }.
audit-say-users-exported = Používatelia exportovaní zo zobrazenia tabuľky používateľov: { $count }.
audit-say-users-selected = Exportovaní vybraní používatelia: { $count }.
audit-say-job-queued = Používatelia v pláne: { $users }; na zmenu: { $changing }; bez zmeny: { $skipped }.
audit-say-job-cancel = Požiadané o zastavenie úlohy; rozpracovaní používatelia sa najprv dokončia.
audit-say-job-ended = Úloha skončila ({ $state }): { $counts }.
audit-say-step-intent = Chystá sa požiadať Atlassian: { $step }.
audit-say-step-failed = Zlyhalo (pokus { $attempt }): { $step }. Odpoveď Atlassianu: { $error }
audit-say-reread-yes = Opätovné načítanie používateľa ukázalo, že zmena prebehla.
audit-say-reread-no = Opätovné načítanie používateľa ukázalo, že zmena neprebehla.
audit-say-interrupted = Prerušené reštartom servera, potom vyriešené opätovným načítaním používateľa.
audit-say-skip-preflight = Ponechané bez zmeny pri predbežnej kontrole: { $reason }.
audit-say-error = Chyba: { $error }
audit-say-exercise = Zapísané na kontrolu slovníka auditu; žiadny správca túto akciu nevykonal.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian neodpovedal včas. Skúste to o chvíľu znova.
error-invalid-admin_api_key_refused = Atlassian tento kľúč odmietol: je chybný, neplatný alebo odvolaný, alebo nesmie čítať organizácie. Skontrolujte ho v admin.atlassian.com.
settings-no-answer = Atlassian neodpovedal do { $seconds } s. Skúste to o chvíľu znova; ak sa to opakuje, Atlassian má možno problémy.
settings-finding-orgs = Hľadajú sa organizácie…
settings-orgs-found = Organizácie, ktoré tento kľúč vidí: { $count }. Vyberte jednu v poli ID organizácie.
settings-orgs-none = Tento kľúč nevidí žiadnu organizáciu. Overte, že ide o kľúč Admin API organizácie, a nie o osobný API token.
settings-checking = Kontroluje sa pripojenie k Atlassianu…
settings-check-col-check = Kontrola
settings-check-col-result = Výsledok
settings-check-col-detail = Čo to znamená
settings-check-result-ok = Funguje
settings-check-result-unused = Nepoužité
settings-check-result-failed = Vyžaduje pozornosť
settings-check-ok-detail = Atlassian prijal prihlasovacie údaje a odpovedal.
settings-check-status = Odpoveď Atlassianu pre podporu: HTTP { $status }
settings-check-summary = Funkčné kontroly: { $working } z { $total }.
settings-check-outcome-timeout = žiadna odpoveď do { $seconds } s: Atlassian je možno pomalý alebo nedostupný; skúste to o pár minút znova
settings-check-outcome-rate-limited = Atlassian práve obmedzuje požiadavky (príliš veľa za krátky čas); skúste to o minútu znova
settings-check-outcome-server-error = Atlassian mal na svojej strane problém a nemohol odpovedať; skúste to neskôr
settings-check-outcome-rejected = Atlassian odoslanú požiadavku odmietol; podrobnosti sú v denníku servera
settings-nav-label = Časti nastavení
settings-danger-title = Nebezpečná zóna
settings-danger-unlock = Tlačidlo sa odomkne po zadaní DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deaktivácia: { $users }
job-title-reactivate = Opätovná aktivácia: { $users }
job-title-revoke_access = Odobratie prístupu k { $subjects }: { $users }
job-title-assign_access = Pridelenie prístupu k { $subjects }: { $users }
job-title-remove_customer = Odobratie zo zákazníkov ({ $subjects }): { $users }
job-title-add_customer = Vrátenie medzi zákazníkov ({ $subjects }): { $users }
job-undo-of-job = vrátenie úlohy { $job }
bulk-plan-disable_account = Deaktivovať (spravovaný účet)
bulk-plan-enable_account = Znova aktivovať (spravovaný účet)
bulk-plan-suspend = Pozastaviť prístup k organizácii
bulk-plan-restore = Obnoviť prístup k organizácii
bulk-plan-leave_group = Odobrať zo skupiny { $object }
bulk-plan-join_group = Pridať do skupiny { $object }
bulk-plan-revoke_role = Odobrať prístup k { $object }
bulk-plan-assign_role = Prideliť prístup k { $object }
bulk-plan-remove_customer = Odobrať zo zákazníkov: { $object }
bulk-plan-add_customer = Vrátiť medzi zákazníkov: { $object }
bulk-changing = Používatelia, ktorí sa zmenia
bulk-change = Zmena
bulk-search = Hľadať podľa mena alebo e-mailu
bulk-search-none = Tomuto hľadaniu nezodpovedá žiadny používateľ.
job-outcome-confirmed = Hotovo: Atlassian zmenu potvrdil
job-outcome-refused = Atlassian zmenu odmietol
job-outcome-unavailable = Atlassian zmenu zatiaľ neprijal (je zaneprázdnený alebo nedostupný)
bulk-their-desks = servisné pulty, kde boli

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtre
filters-active = Použité filtre
filter-chip = { $name }: { $value }
filter-remove = Odstrániť filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Bez prístupu
card-no-access = Nemôžu sa prihlásiť (pozastavení alebo deaktivovaní): { $formatted }
column-places = Projekty a priestory
csv-places = Projekty a priestory (roly)
places-more = +{ $more } ďalšie
export-style = Bunky CSV
export-style-readable = Čitateľné označenia
export-style-codes = Kódy pre skripty
