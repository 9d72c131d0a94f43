## The language's own name, shown in the language picker.
language-name = Čeština

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Přejít na obsah
nav-label = Hlavní navigace
nav-dashboard = Přehled
nav-users = Uživatelé
nav-audit = Protokol auditu
nav-settings = Nastavení
prefs-language = Jazyk
prefs-theme = Motiv
prefs-apply = Použít
theme-system = Motiv systému
theme-light = Světlý motiv
theme-dark = Tmavý motiv
error-title = Něco se pokazilo
error-body = Tuto část stránky nelze zobrazit. Zkuste stránku načíst znovu; pokud se to opakuje, podrobnosti najdete v protokolu serveru.

## Dashboard
dashboard-title = Přehled
dashboard-empty-title = Zatím žádná data organizace
dashboard-empty-body = Připojte svou organizaci Atlassian v Nastavení. Po první synchronizaci zde uvidíte uživatele, jejich aktivitu a využití licencí v Jira, Confluence a Jira Service Management.
dashboard-empty-action = Otevřít Nastavení
dashboard-first-sync-title = Načítání vaší organizace
dashboard-first-sync-body = První synchronizace načítá z Atlassian uživatele, skupiny a přístupy k produktům. Její průběh je zobrazen výše; čísla se zde objeví, jakmile skončí.
dashboard-first-sync-working = Synchronizace…
dashboard-summary = Souhrn
card-total = Uživatelé celkem
card-total-detail = Uživatelé organizace: { $org }, zákazníci: { $customers }
card-active = Nedávno aktivní
card-active-detail = Uživatelé organizace, kteří použili některý produkt za posledních { $days } dní
card-inactive = Neaktivní uživatelé
card-customers = Zákazníci JSM
threshold-warning = Bez aktivity { $days } a více dní
threshold-overdue = Bez aktivity { $days } a více dní
threshold-never = Žádná zaznamenaná aktivita
utilisation-title = Využití licencí
utilisation-seats = { $used } z { $capacity } licencí ({ $percent })
utilisation-near = Licence jsou téměř vyčerpány: než dokoupíte další, projděte neaktivní uživatele.
utilisation-over = Všechny licence jsou obsazeny: novým uživatelům nelze udělit přístup, dokud se licence neuvolní nebo nedokoupí.
products-title = Produkty
products-product = Produkt
products-users = Uživatelé s přístupem
products-seats = Obsazené licence
products-cost = Měsíční náklady na neaktivní licence
products-cost-hint = Zadejte cenu za licenci a uvidíte, kolik neaktivní licence stojí měsíčně.
products-cost-set = Nastavit ceny v Nastavení
chart-title = Poslední aktivita
chart-intro = Kdy uživatelé organizace s aktivním účtem naposledy použili některý z produktů.
chart-days = { $from }–{ $to } dní
chart-more-than = Více než { $days } dní
chart-table-caption = Poslední aktivita uživatelů organizace s aktivním účtem
chart-last-active = Naposledy aktivní
chart-users = Uživatelé
sync-title = Synchronizace
sync-last = Data k { $time }: { $formatted } { $count ->
        [one] účet
        [few] účty
        [many] účtu
       *[other] účtů
    }.
sync-never = Zatím neproběhla žádná synchronizace.
sync-next = Další plánovaná synchronizace: { $time }
sync-incremental = Poslední kontrola změn provedených v Atlassian: { $time }. { $count ->
        [one] Aktualizován { $formatted } uživatel
        [few] Aktualizováni { $formatted } uživatelé
        [many] Aktualizováno { $formatted } uživatele
       *[other] Aktualizováno { $formatted } uživatelů
    }.
sync-incremental-failed = Kontrola změn provedených v Atlassian { $time } selhala: { $reason }
sync-failed = Synchronizace spuštěná { $time } selhala: { $reason }
sync-now = Synchronizovat nyní
sync-cancel = Zrušit synchronizaci
sync-phase-starting = Spouštění
sync-phase-collecting = Načítání z Atlassian
sync-phase-indexing = Vytváření snímku
sync-items = Načteno účtů: { $done }
sync-items-of = Načteno účtů: { $done } z přibližně { $total }
sync-waits = Požadavky: { $requests }; čekání na limity požadavků Atlassian: { $seconds } s
sync-families = Načtené produkty
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Načteno úplně
sync-family-partial = Načteno částečně
sync-family-not-on-site = Na tomto webu není
sync-family-not-configured = Nenačteno: není nastaven žádný účet webu
sync-family-stale = Tentokrát nenačteno; zobrazují se data k { $time } ({ $reason })
sync-family-unread = Zatím nenačteno ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
        [few] { $formatted } projekty
        [many] { $formatted } projektu
       *[other] { $formatted } projektů
    }
sync-part-seats = Počty licencí Jira
sync-part-group = { $count ->
        [one] Členové { $formatted } skupiny
        [few] Členové { $formatted } skupin
        [many] Členové { $formatted } skupiny
       *[other] Členové { $formatted } skupin
    }
sync-part-desk = { $count ->
        [one] Zákazníci { $formatted } servisního projektu
        [few] Zákazníci { $formatted } servisních projektů
        [many] Zákazníci { $formatted } servisního projektu
       *[other] Zákazníci { $formatted } servisních projektů
    }
sync-part-jsm-org = { $count ->
        [one] Členové { $formatted } organizace JSM
        [few] Členové { $formatted } organizací JSM
        [many] Členové { $formatted } organizace JSM
       *[other] Členové { $formatted } organizací JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } prostor
        [few] { $formatted } prostory
        [many] { $formatted } prostoru
       *[other] { $formatted } prostorů
    }
sync-skipped-permission = { $what }: nepodařilo se načíst. Účet webu potřebuje { $permission }.
sync-skipped-not-offered = { $what }: nepodařilo se načíst. Tento web nenabízí potřebné API.
sync-skipped-names = Mimo jiné: { $names }
permission-administer-projects = projektové oprávnění „Spravovat projekty“ (nebo „Spravovat Jira“)
permission-administer-jira = globální oprávnění „Spravovat Jira“
permission-browse-users = globální oprávnění „Procházet uživatele a skupiny“
permission-desk-agent = roli agenta nebo správce servisního projektu
permission-view-space = oprávnění prostoru „Zobrazit“
sync-history = Poslední synchronizace
sync-history-started = Zahájeno
sync-history-outcome = Výsledek
sync-history-accounts = Účty
sync-history-requests = Požadavky
sync-outcome-running = Probíhá
sync-outcome-complete = Dokončeno
sync-outcome-failed = Selhalo
sync-outcome-cancelled = Zrušeno

## Users
users-title = Uživatelé
users-empty-title = Zatím žádní uživatelé k zobrazení
users-empty-body = Uživatelé organizace, členové projektů Jira a prostorů Confluence a zákazníci Jira Service Management se zde zobrazí po první synchronizaci.
users-loading = Načítání uživatelů…
users-tabs = Výběr uživatelů
users-tab-org = Uživatelé organizace
users-tab-projects = Uživatelé projektů
users-tab-customers = Zákazníci JSM
users-tab-all = Vše
users-presets = Rychlá zobrazení
users-preset-inactive = Neaktivní ve všech produktech
users-preset-warning = Varování
users-preset-overdue = Po termínu
users-preset-never = Bez aktivity
users-clear-filters = Vymazat filtry
users-count = { $count ->
        [one] { $formatted } uživatel
        [few] { $formatted } uživatelé
        [many] { $formatted } uživatele
       *[other] { $formatted } uživatelů
    }
users-as-of = k { $time }
users-thresholds = · varování po { $warning } dnech, „po termínu“ po { $overdue }
users-table-caption = Uživatelé odpovídající filtrům
users-no-matches = Filtrům neodpovídají žádní uživatelé.
filter-search = Hledat
filter-search-placeholder = Jméno nebo e-mail
filter-type = Typ účtu
filter-product = Produkt
filter-group = Skupina
filter-project = Projekt nebo prostor
filter-desk = Servisní projekt nebo organizace
filter-active-after = Naposledy aktivní od
filter-active-before = Naposledy aktivní před
filter-status = Stav
filter-inactivity = Neaktivita
filter-any = Libovolné
filter-apply = Použít filtry
column-name = Jméno
column-email = E-mail
column-status = Stav
column-account-type = Typ účtu
column-products = Produkty
column-groups = Skupiny
column-last-active = Naposledy aktivní
column-inactivity = Neaktivita
column-added = Přidáno do organizace
column-service-desks = Servisní projekty
column-jsm-organizations = Organizace JSM
column-details = Podrobnosti
columns-choose = Sloupce
status-active = Aktivní
status-suspended = Pozastavený
status-deactivated = Deaktivovaný
status-pending = Pozvaný
class-managed = Spravovaný
class-external = Externí
class-customer = Zákazník
class-app = Aplikace
inactivity-active = Nedávno aktivní
inactivity-warning = Varování
inactivity-overdue = Po termínu
inactivity-never = Bez aktivity
never-active = Nikdy
email-hidden = Skryto nastavením soukromí uživatele
org-admin = Správce organizace
open-in-admin = Otevřít v Atlassian Administration
list-more = { $list } +{ $more }
details = Podrobnosti
details-for = Podrobnosti: { $name }
details-close = Zavřít podrobnosti
details-missing = Uživatel nebyl nalezen
details-account-id = ID účtu
details-org-admin = Správce organizace
details-scim = Zřízeno poskytovatelem identit
details-products = Produkty a poslední aktivita
details-product = Produkt
details-projects = Projekty Jira
details-spaces = Prostory Confluence
details-none = Žádné
yes = Ano
no = Ne
select-page = Vybrat všechny uživatele na této stránce
select-user = Vybrat: { $name }
selection-count = { $count ->
        [0] Nejsou vybráni žádní uživatelé
        [one] Vybrán { $formatted } uživatel
        [few] Vybráni { $formatted } uživatelé
        [many] Vybráno { $formatted } uživatele
       *[other] Vybráno { $formatted } uživatelů
    }
select-all-matching = Vybrat všechny odpovídající ({ $formatted })
selection-clear = Zrušit výběr
pager-label = Stránky
pager-previous = Předchozí
pager-next = Další
pager-position = Stránka { $page } z { $pages }
pager-size = Řádků na stránku:
export-matching = Exportovat odpovídající uživatele (CSV)
export-selected = Exportovat vybrané uživatele (CSV)
export-progress = Exportování uživatelů: { $done } z { $total }…
export-cancel = Zrušit export
export-cancelled = Export byl zrušen.
export-done = { $count ->
        [one] Exportován { $formatted } uživatel.
        [few] Exportováni { $formatted } uživatelé.
        [many] Exportováno { $formatted } uživatele.
       *[other] Exportováno { $formatted } uživatelů.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Protokol auditu
audit-empty-title = Zatím žádné záznamy auditu
audit-empty-body = Každá akce, kterou zde správce provede, se zaznamená do tohoto protokolu: kdo ji provedl, kdy, koho se týkala a co odpověděl Atlassian.
audit-loading = Načítání protokolu auditu…
audit-search-placeholder = Správce, uživatel, akce, podrobnosti nebo ID požadavku
audit-filter-from = Od (den v UTC)
audit-filter-to = Do (den v UTC)
audit-filter-admin = Správce
audit-filter-action = Akce
audit-filter-outcome = Výsledek
audit-filter-user = Dotčený uživatel
audit-filter-user-placeholder = ID účtu, jméno nebo e-mail
audit-count = { $count ->
        [one] { $formatted } záznam
        [few] { $formatted } záznamy
        [many] { $formatted } záznamu
       *[other] { $formatted } záznamů
    }
audit-no-matches = Filtrům neodpovídají žádné záznamy.
audit-table-caption = Záznamy protokolu auditu, od nejnovějších
audit-column-time = Čas (UTC)
audit-column-admin = Správce
audit-column-action = Akce
audit-column-user = Dotčený uživatel
audit-column-outcome = Výsledek
audit-column-status = Stav v Atlassian
audit-column-request = ID požadavku
audit-column-details = Podrobnosti
audit-column-entry = Záznam
audit-entry-open = Podrobnosti záznamu { $seq }
audit-entry-title = Záznam č. { $seq }
audit-job = Úloha { $id }
audit-export = Exportovat CSV
audit-export-progress = Exportování záznamů: { $done } z { $total }…
audit-export-done = { $count ->
        [one] Exportován { $formatted } záznam.
        [few] Exportovány { $formatted } záznamy.
        [many] Exportováno { $formatted } záznamu.
       *[other] Exportováno { $formatted } záznamů.
    }
audit-chain-broken = Řetězec je přerušen u záznamu č. { $seq }: { $reason }
audit-chain-broken-help = Záznamy počínaje tímto mohly být změněny, odstraněny nebo vloženy mimo User Account Manager. Databázi ponechte beze změn a porovnejte ji s posledním exportem nebo zálohou.
audit-chain-unchecked = Řetězec hodnot hash nelze ověřit.
audit-checkpoints-missing = Chybí podepsané kontrolní body: soubor kontrolních bodů už neobsahuje kontrolní bod záznamu #{ $seq }, který tento server zapsal.
audit-checkpoints-missing-help = Soubor byl smazán, nahrazen starší kopií nebo zkrácen, takže záznamy až po tento už nelze ověřit podpisem. Obnovte soubor ze své kopie (všechny kontrolní body obsahuje i protokol serveru) a databázi ponechte beze změn.
audit-action-sign_in = Přihlášení
audit-action-sign_out = Odhlášení
audit-action-authn_denied = Přístup odepřen
audit-action-session_ended = Relace ukončena
audit-action-local_admin_created = Vytvořen místní správce
audit-action-settings_changed = Změněno nastavení
audit-action-secret_replaced = Nahrazeny přihlašovací údaje
audit-action-data_exported = Exportována data
audit-action-data_deleted = Odstraněna data
audit-action-audit_viewed = Zobrazen protokol auditu
audit-action-audit_export = Exportován protokol auditu
audit-action-users_exported = Exportováni uživatelé
audit-outcome-ok = Úspěch
audit-outcome-denied = Odepřeno
audit-outcome-failed = Selhalo
audit-outcome-intent = Záměr
audit-outcome-skipped = Přeskočeno
audit-outcome-blocked = Zablokováno
audit-action-data_erasure_scheduled = Naplánováno odstranění všech dat
audit-action-data_erasure_cancelled = Naplánované odstranění zrušeno
audit-action-audit_pruned = Odstraněny staré záznamy auditu
audit-action-bulk_job_queued = Hromadná úloha zařazena do fronty
audit-action-bulk_job_cancel = Vyžádáno zrušení hromadné úlohy
audit-action-bulk_job_refused = Hromadná úloha odmítnuta
audit-action-bulk_job_ended = Hromadná úloha skončila
audit-action-bulk_deactivate = Hromadná deaktivace
audit-action-bulk_reactivate = Hromadná reaktivace
audit-action-bulk_revoke_access = Hromadné odebrání přístupu k produktu
audit-action-bulk_assign_access = Hromadné přidělení přístupu k produktu
audit-action-bulk_remove_customer = Hromadné odebrání zákazníků JSM
audit-action-bulk_undo_deactivate = Hromadná deaktivace (vrácení zpět)
audit-action-bulk_undo_reactivate = Hromadná reaktivace (vrácení zpět)
audit-action-bulk_undo_revoke_access = Hromadné odebrání přístupu k produktu (vrácení zpět)
audit-action-bulk_undo_assign_access = Hromadné přidělení přístupu k produktu (vrácení zpět)
audit-action-bulk_undo_remove_customer = Hromadné odebrání zákazníků JSM (vrácení zpět)
audit-outcome-refused = Zamítnuto
audit-outcome-unknown = Výsledek neznámý
audit-outcome-not_sent = Neodesláno
audit-outcome-reread = Ověřeno opětovným načtením
audit-outcome-queued = Ve frontě
audit-outcome-running = Probíhá
audit-outcome-cancelling = Rušení
audit-outcome-cancelled = Zrušeno
audit-outcome-finished = Dokončeno
audit-csv-seq = Záznam
audit-csv-time = Čas (UTC)
audit-csv-actor = ID správce
audit-csv-actor-name = Jméno správce
audit-csv-auth-via = Způsob přihlášení
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Instalace panelu Jira
audit-csv-action = Akce
audit-csv-target = Cíl
audit-csv-target-name = Jméno dotčeného uživatele
audit-csv-target-email = E-mail dotčeného uživatele
audit-csv-outcome = Výsledek
audit-csv-atlassian-status = Stav v Atlassian
audit-csv-request-id = ID požadavku
audit-csv-job-id = Úloha
audit-csv-details = Podrobnosti
audit-csv-prev-hash = Předchozí hash
audit-csv-hash = Hash
audit-filter-source = Zdroj
audit-source-both = Tato aplikace a Atlassian
audit-source-app = Tato aplikace
audit-source-atlassian = Atlassian
audit-atlassian-note = Nahlášeno společností Atlassian; není součástí hashového řetězce této aplikace.
audit-event-open = Podrobnosti události Atlassian { $seq }
audit-event-title = Událost Atlassian č. { $seq }
audit-csv-source = Zdroj
audit-csv-event-id = ID události Atlassian
audit-csv-ip = IP adresa
audit-csv-product = Produkt
audit-action-user_deactivated = Uživatel deaktivován
audit-action-user_reactivated = Uživatel znovu aktivován
audit-action-user_access_suspended = Přístup uživatele pozastaven
audit-action-user_access_restored = Přístup uživatele obnoven
audit-action-user_added_to_group = Uživatel přidán do skupiny
audit-action-user_removed_from_group = Uživatel odebrán ze skupiny
audit-action-group_granted_role = Produktová role udělena skupině
audit-action-group_revoked_role = Produktová role odebrána skupině
audit-action-user_granted_role = Produktová role udělena uživateli
audit-action-user_revoked_role = Produktová role odebrána uživateli
audit-action-added_org_admin = Správce organizace přidán
audit-action-removed_org_admin = Správce organizace odebrán
audit-action-service_desk_customer_added = Zákazník servisního pultu přidán
audit-action-service_desk_customer_removed = Zákazník servisního pultu odebrán
audit-action-project_role_actor_added = Přidán do role projektu
audit-action-project_role_actor_removed = Odebrán z role projektu

## Settings
settings-title = Nastavení


settings-api-key-docs = Jak vytvořit klíč API správce

## Not found
not-found-title = Stránka nebyla nalezena
not-found-body = Na této adrese žádná stránka není. Odkaz může obsahovat překlep nebo byla stránka přesunuta.
not-found-action = Přejít na přehled

## Demo mode
demo-badge = Ukázková organizace
demo-banner = { $org } je simulovaná organizace, takže můžete vše bezpečně vyzkoušet: nic zde neovlivní skutečný účet Atlassian.
demo-connect = Připojit vlastní organizaci

## Errors a request can end in
error-unauthorized = Vaše relace skončila. Chcete-li pokračovat, přihlaste se znovu.
error-forbidden = Tuto akci mohou provést pouze správci organizace.
error-not-found = Položka již neexistuje. Mohla být odstraněna v Atlassian.
error-invalid-input = Některé zadané údaje nejsou platné. Zkontrolujte zvýrazněná pole.
error-atlassian-unavailable = Atlassian momentálně neodpovídá. Zkuste to znovu za několik minut.
error-sync-running = Synchronizace již probíhá. Počkejte na její dokončení, nebo ji nejprve zrušte.
error-no-snapshot = Zatím neproběhla žádná synchronizace. První synchronizace se spustí automaticky; může trvat několik minut.
error-transport = Server je nedostupný. Zkontrolujte připojení a zkuste to znovu.
error-internal = Na serveru došlo k chybě. Podrobnosti najdete v protokolu serveru.
error-payload-too-large = Tento požadavek je větší, než server přijímá, proto se nic neprovedlo. Pošlete najednou méně, například méně položek.
error-timeout = Server tento požadavek zastavil, protože trval příliš dlouho. Zkuste to za chvíli znovu nebo požádejte najednou o méně.

## CSV export column headers
csv-name = Jméno
csv-email = E-mail
csv-status = Stav
csv-account-type = Typ účtu
csv-products = Produkty
csv-product-last-active = Poslední aktivita podle produktu
csv-last-active = Naposledy aktivní
csv-groups = Skupiny
csv-inactivity = Neaktivita
csv-service-desks = Servisní projekty
csv-jsm-organizations = Organizace JSM

## Signing in
login-title = Přihlášení
login-intro = User Account Manager mohou používat pouze správci organizace.
login-atlassian = Přihlásit se přes Atlassian
login-demo-admins = V této ukázce jsou správci organizace tyto simulované účty. Vyberte jeden z nich na simulované přihlašovací stránce Atlassian; jakýkoli jiný účet bude odmítnut.
login-local-title = Místní účet správce
login-login = Přihlašovací jméno
login-password = Heslo
login-totp = Kód z ověřovací aplikace
login-totp-hint = Pouze pokud váš účet používá ověřovací aplikaci.
login-submit = Přihlásit se
login-setup-pending = Zatím neexistuje žádný místní účet správce. Server při spuštění vypsal jednorázový odkaz pro nastavení, pomocí kterého vytvoříte první účet; totéž udělá příkaz uam admin create.
login-signed-out = Byli jste odhlášeni.
login-refused-title = Přihlášení odmítnuto
login-back = Zpět na přihlášení
login-error-invalid = Přihlašovací jméno, heslo nebo kód z ověřovací aplikace není správný.
login-error-locked = Příliš mnoho neúspěšných pokusů. Počkejte 15 minut a zkuste to znovu.
login-error-totp = Kód z ověřovací aplikace chybí nebo není správný.
login-error-not-admin = Tento účet Atlassian není správcem této organizace nebo není na seznamu správců, kteří smějí tento server používat.
login-error-unavailable = Přihlášení teď není možné: Atlassian nebo databáze serveru neodpověděla. Zkuste to znovu za minutu.
login-error-state = Platnost tohoto přihlášení vypršela, bylo již použito nebo bylo zahájeno v jiném prohlížeči. Začněte znovu na přihlašovací stránce.
login-error-setup-link = Platnost tohoto odkazu pro nastavení vypršela nebo již byl použit. Restartujte server, aby vypsal nový, nebo vytvořte správce příkazem uam admin create.
login-error-setup-input = Zkontrolujte pole: přihlašovací jméno nesmí obsahovat mezery, jméno musí být vyplněno, heslo musí mít alespoň 12 znaků a obě hesla se musí shodovat.
login-error-expired = Vaše relace skončila. Přihlaste se znovu.

## First-run set-up
setup-title = Vytvořte první účet správce
setup-intro = Tento účet se přihlašuje vlastním heslem. Ponechte si ho jako nouzový účet: jakmile bude nastaveno připojení k Atlassian, budou se správci organizace přihlašovat přes Atlassian.
setup-login = Přihlašovací jméno (e-mailová adresa nebo krátké jméno)
setup-name = Vaše jméno
setup-password = Heslo (alespoň 12 znaků)
setup-password-again = Heslo znovu
setup-totp-title = Ověřovací aplikace
setup-totp-optional = Doporučeno: naskenujte tento kód ověřovací aplikací a zadejte kód, který zobrazí. Chcete-li tento krok přeskočit, ponechte pole kódu prázdné.
setup-totp-required = Tento server vyžaduje ověřovací aplikaci: naskenujte v ní tento kód a zadejte kód, který zobrazí.
setup-totp-key = Nebo zadejte tento klíč ručně:
setup-totp-qr = QR kód pro ověřovací aplikaci
setup-totp-code = Kód z aplikace
setup-submit = Vytvořit účet a přihlásit se

## The signed-in admin
account-via-local = Místní účet
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = přes Jira
account-sign-out = Odhlásit se

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Otevírá se User Account Manager…
embed-expired = Relace tohoto panelu skončila. Chcete-li pokračovat, otevřete User Account Manager znovu z administrace Jira.
embed-refused = User Account Manager v Jira mohou používat pouze správci této organizace, a to jen tehdy, když server jejich účet povoluje.
embed-unavailable = User Account Manager teď nemůže ověřit váš přístup: Atlassian nebo server neodpověděl. Zkuste to znovu za minutu.

## Settings page
settings-saved = Uloženo.
settings-save = Uložit
settings-set-by-env = Nastaveno proměnnými prostředí; změňte to v konfiguraci serveru.
settings-connection-title = Připojení k Atlassian
settings-connection-demo = Zobrazuje se { $org }, simulovaná ukázková organizace. Níže můžete připojit vlastní organizaci.
settings-connection-env = Připojeno k organizaci { $org }, nakonfigurováno v prostředí serveru.
settings-connection-saved = Připojeno k organizaci { $org }.
settings-connection-pending = Uložené připojení se použije od příštího spuštění serveru. Chcete-li se připojit k této organizaci, restartujte server.
settings-admin-key = Klíč API správce
settings-key-placeholder = Vložte nový klíč, který nahradí uložený
settings-key-write-only = Pouze pro zápis: klíč je uložen zašifrovaný a už se nikdy nezobrazí.
settings-key-expiry = Datum vypršení platnosti klíče
settings-key-expires = Platnost vyprší { $date }.
settings-key-expires-soon = Platnost vyprší { $date }, za { $days } dní. Do té doby vytvořte v Atlassian nový klíč a vložte ho sem.
settings-key-expired = Platnost vypršela { $date }. Synchronizace a akce budou selhávat, dokud neuložíte nový klíč.
settings-secret-set = končí na …{ $hint }; nastavil(a) { $by }, { $at }
settings-secret-unset = nenastaveno
settings-org = ID organizace
settings-find-orgs = Najít organizace
settings-site-title = Jira, Confluence a Jira Service Management
settings-site-body = Role v projektech, členové prostorů, zákazníci a licence Jira se načítají přes web pomocí e-mailu účtu a jeho tokenu API.
settings-site-url = URL webu
settings-site-email = E-mail účtu
settings-site-token = Token API
settings-site-token-again = Při každé změně URL webu nebo e-mailu zadejte token znovu.
settings-test-connection = Otestovat připojení
settings-check-admin-key = Klíč API správce
settings-check-org = Organizace
settings-check-directory = Uživatelé a skupiny
settings-check-site = Web
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = odmítnuto: klíč nebo token je chybný, vypršela jeho platnost nebo byl odvolán
settings-check-outcome-forbidden = odmítnuto: přihlašovací údaje nemají potřebné oprávnění (rozsah)
settings-check-outcome-not-found = nenalezeno: zkontrolujte ID organizace nebo URL webu
settings-check-outcome-unreachable = Atlassian neodpověděl; zkuste to později
settings-check-outcome-not-configured = nenakonfigurováno
settings-check-outcome-not-on-site = není na tomto webu (web tento produkt nemá)
settings-prices-title = Ceny licencí
settings-prices-body = Volitelné. Zadejte měsíční cenu jedné licence každého produktu a přehled zobrazí, kolik stojí licence neaktivních uživatelů. Produkt, který chcete vynechat, ponechte prázdný.
settings-currency = Měna (kód ISO, např. USD nebo EUR)
settings-thresholds-title = Prahy neaktivity
settings-thresholds-body = Uživatel bez aktivity po dobu delší, než je práh varování, je označen jako „varování“; při překročení prahu „po termínu“ jako „po termínu“. Práh „po termínu“ musí být delší než práh varování.
settings-warning-days = Práh varování (dny)
settings-overdue-days = Práh „po termínu“ (dny)
settings-protected-title = Chráněné účty
settings-protected-body = Hromadné akce tyto účty nikdy nedeaktivují ani jim neodeberou přístup. Zadejte e-mailové adresy, celé domény ve tvaru *@example.com nebo ID účtů Atlassian. Správci organizace a vy jste chráněni vždy.
settings-protected-add = Přidejte adresy, domény nebo ID účtů (lze vložit více najednou, oddělené čárkami, mezerami nebo novými řádky)
settings-protected-add-button = Přidat
settings-protected-search = Hledat chráněné účty
settings-protected-count = { $count ->
    [one] Jedna chráněná položka
    [few] { $count } chráněné položky
    [many] { $count } chráněné položky
   *[other] { $count } chráněných položek
}
settings-protected-remove = Odebrat
settings-schedule-title = Plán synchronizace a uchovávání auditu
settings-sync-interval = Interval synchronizace (hodiny)
settings-sync-interval-hint = 0 vypne plánované synchronizace; tlačítko „Synchronizovat nyní“ funguje dál.
settings-retention = Uchovávat záznamy auditu (dny)
settings-retention-hint = Nejméně 180 dní (stejně dlouho jako vlastní protokol auditu Atlassian), nejvýše 3650; 0 je uchovává navždy.
error-invalid-entries = Tyto položky nejsou e-mailové adresy ani položky ve tvaru *@doména, proto se nic neuložilo:
settings-data-title = Vaše data
settings-data-export-body = Stáhněte vše, co User Account Manager ukládá, v jednom archivu: nastavení (bez tajných údajů), místní účty správců (bez hesel), historii synchronizací, protokol auditu a aktuální snímek vašich uživatelů. Export se zaznamená do protokolu auditu.
settings-data-export = Exportovat vše
settings-data-delete-body = Odstraňte vše, co User Account Manager ukládá: nastavení, uložený klíč a token, místní účty správců, relace, snímky a protokol auditu. V Atlassian se nic nezmění. Tuto akci nelze vrátit zpět; pokud byste data mohli potřebovat, nejprve je exportujte.
settings-data-delete-confirm = Pro potvrzení napište DELETE
settings-data-delete = Odstranit vše
settings-data-not-confirmed = Nic nebylo odstraněno: pro potvrzení napište přesně DELETE.
settings-data-sync-running = Nic nebylo odstraněno: probíhá synchronizace. Zrušte ji nebo počkejte na její dokončení a zkuste to znovu.
settings-data-export-failed = Export selhal. Podrobnosti najdete v protokolu serveru.
settings-data-delete-failed = Odstranění selhalo; nic nebylo odstraněno. Podrobnosti najdete v protokolu serveru.
error-reauth-failed = Heslo nebo ověřovací kód nejsou správné. Nic nebylo naplánováno.
error-reauth-stale = Nejprve potvrďte, že jste to vy: znovu se přihlaste přes Atlassian a pak smažte do 5 minut.
error-panel-refused = Z panelu Jira to není možné. Otevřete User Account Manager ve vlastní kartě prohlížeče.
error-erasure-pending = Odstranění všech dat je už naplánováno. Nejprve ho zrušte, nebo počkejte, až proběhne.
settings-data-delete-delay = Nic se neodstraní hned: odstranění proběhne { $hours } hodin po vašem potvrzení. Do té doby ho všichni správci vidí na nástěnce a mohou ho zrušit. Podepsaný záznam o smazaném auditním protokolu zůstane zachován.
settings-data-reauth-atlassian = Přes Atlassian jste se přihlásili před více než 5 minutami. Pro potvrzení se přihlaste znovu a pak smažte do 5 minut.
settings-data-reauth-fresh = Přes Atlassian jste se přihlásili před méně než 5 minutami, což potvrzuje, že jste to vy.
settings-data-scheduled = Odstranění všech dat je naplánováno. Dokud neproběhne, může ho kterýkoli správce zrušit zde nebo na nástěnce.
erasure-title = Všechna data budou odstraněna
erasure-body = { $name } naplánoval(a) dne { $scheduled } odstranění všeho, co User Account Manager ukládá, včetně auditního protokolu. Proběhne { $due }, pokud ho některý správce nezruší.
erasure-cancel = Zrušit odstranění
erasure-cancelled = Odstranění bylo zrušeno. Nic nebylo odstraněno.
erasure-cancel-failed = Odstranění se nepodařilo zrušit. Podrobnosti najdete v protokolu serveru.
login-deleted = Vše bylo odstraněno. Server vypsal nový odkaz pro nastavení, pomocí kterého znovu vytvoříte první účet správce.
error-invalid-org_id = ID organizace chybí nebo není platné: je to ID v adrese admin.atlassian.com/o/<ID>/…, složené z písmen, číslic a pomlček.
error-invalid-admin_api_key = Vložte klíč API správce: pro tuto organizaci zatím není uložen žádný.
error-invalid-site = Web vyžaduje zároveň URL, e-mail účtu a token API tohoto účtu.
error-invalid-site_url = URL webu není platná: má tvar https://your-site.atlassian.net.
error-invalid-site_host = Přijímají se jen weby https://your-site.atlassian.net: token API se neposílá na žádného jiného hostitele. Jiného hostitele musí nejdřív povolit provozovatel serveru (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Nová URL webu nebo nový e-mail účtu vyžaduje znovu token API: vložte token tohoto účtu pro tento web.
error-invalid-site_email = E-mail účtu není platná e-mailová adresa.
error-invalid-thresholds = Oba prahy musí být celé počty dní a práh „po termínu“ musí být delší než práh varování.
error-invalid-schedule = Zadejte celá čísla: počet hodin mezi synchronizacemi a počet dní uchovávání protokolu auditu.
error-invalid-sync_interval_hours = Interval synchronizace musí být 0 (vypnuto) nebo 1 až 168 hodin.
error-invalid-audit_retention_days = Záznamy auditu lze uchovávat 0 dní (navždy) nebo 180 až 3650 dní.
error-invalid-seat_prices = Zadejte třípísmenný kód měny a ceny od 0 do 100000 pomocí číslic a desetinné tečky.
login-atlassian-off = Přihlášení přes Atlassian není na tomto serveru nastaveno. Jeho provozovatel ho může nastavit pomocí aplikace OAuth (UAM_OAUTH_CLIENT_ID a UAM_OAUTH_CLIENT_SECRET); do té doby se přihlaste místním účtem správce.

## Bulk actions
bulk-title = Hromadná akce
bulk-undo-title = Vrátit tuto úlohu zpět
bulk-actions = Akce…
bulk-actions-user = Akce pro tohoto uživatele…
bulk-choose = Co provést
bulk-action-deactivate = Deaktivovat
bulk-action-reactivate = Znovu aktivovat
bulk-action-revoke_access = Odebrat přístup k produktu
bulk-action-assign_access = Přidělit přístup k produktu
bulk-action-remove_customer = Odebrat zákazníky JSM
bulk-every-desk = všechny servisní projekty
bulk-products = Produkty
bulk-desks = Servisní projekty
bulk-desks-hint = Pokud nic nevyberete, zákazníci budou odebráni ze všech servisních projektů, ve kterých jsou.
bulk-check = Zjistit, koho se to týká
bulk-cancel = Zrušit
bulk-checking = Ověřování každého uživatele v Atlassian…
bulk-starting = Spouštění úlohy…
bulk-count-changing = { $count ->
        [one] Změní se { $formatted } uživatel
        [few] Změní se { $formatted } uživatelé
        [many] Změní se { $formatted } uživatele
       *[other] Změní se { $formatted } uživatelů
    }
bulk-count-already = { $count ->
        [one] { $formatted } uživatel už je v tomto stavu
        [few] { $formatted } uživatelé už jsou v tomto stavu
        [many] { $formatted } uživatele už je v tomto stavu
       *[other] { $formatted } uživatelů už je v tomto stavu
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } uživatele nelze změnit
        [few] { $formatted } uživatele nelze změnit
        [many] { $formatted } uživatele nelze změnit
       *[other] { $formatted } uživatelů nelze změnit
    }
bulk-how = Jak se to provede
bulk-method-disable_account = { $count ->
        [one] { $formatted } účet bude deaktivován (spravuje ho organizace: API životního cyklu uživatelů)
        [few] { $formatted } účty budou deaktivovány (spravuje je organizace: API životního cyklu uživatelů)
        [many] { $formatted } účtu bude deaktivováno (spravuje je organizace: API životního cyklu uživatelů)
       *[other] { $formatted } účtů bude deaktivováno (spravuje je organizace: API životního cyklu uživatelů)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } účet bude znovu aktivován (spravuje ho organizace: API životního cyklu uživatelů)
        [few] { $formatted } účty budou znovu aktivovány (spravuje je organizace: API životního cyklu uživatelů)
        [many] { $formatted } účtu bude znovu aktivováno (spravuje je organizace: API životního cyklu uživatelů)
       *[other] { $formatted } účtů bude znovu aktivováno (spravuje je organizace: API životního cyklu uživatelů)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } uživatel ztratí přístup k organizaci (pozastavení: organizace jeho účet nespravuje)
        [few] { $formatted } uživatelé ztratí přístup k organizaci (pozastavení: organizace jejich účty nespravuje)
        [many] { $formatted } uživatele ztratí přístup k organizaci (pozastavení: organizace jejich účty nespravuje)
       *[other] { $formatted } uživatelů ztratí přístup k organizaci (pozastavení: organizace jejich účty nespravuje)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } uživatel znovu získá přístup k organizaci (obnovení: organizace jeho účet nespravuje)
        [few] { $formatted } uživatelé znovu získají přístup k organizaci (obnovení: organizace jejich účty nespravuje)
        [many] { $formatted } uživatele znovu získá přístup k organizaci (obnovení: organizace jejich účty nespravuje)
       *[other] { $formatted } uživatelů znovu získá přístup k organizaci (obnovení: organizace jejich účty nespravuje)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } uživatel bude odebrán ze skupin, které poskytují přístup k produktům
        [few] { $formatted } uživatelé budou odebráni ze skupin, které poskytují přístup k produktům
        [many] { $formatted } uživatele bude odebráno ze skupin, které poskytují přístup k produktům
       *[other] { $formatted } uživatelů bude odebráno ze skupin, které poskytují přístup k produktům
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } uživatel bude přidán do skupiny, která poskytuje přístup k produktům
        [few] { $formatted } uživatelé budou přidáni do skupiny, která poskytuje přístup k produktům
        [many] { $formatted } uživatele bude přidáno do skupiny, která poskytuje přístup k produktům
       *[other] { $formatted } uživatelů bude přidáno do skupiny, která poskytuje přístup k produktům
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } uživatel ztratí přímo přidělenou roli produktu
        [few] { $formatted } uživatelé ztratí přímo přidělenou roli produktu
        [many] { $formatted } uživatele ztratí přímo přidělenou roli produktu
       *[other] { $formatted } uživatelů ztratí přímo přidělenou roli produktu
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } uživatel získá roli produktu přímo
        [few] { $formatted } uživatelé získají roli produktu přímo
        [many] { $formatted } uživatele získá roli produktu přímo
       *[other] { $formatted } uživatelů získá roli produktu přímo
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } zákazník bude odebrán ze servisních projektů
        [few] { $formatted } zákazníci budou odebráni ze servisních projektů
        [many] { $formatted } zákazníka bude odebráno ze servisních projektů
       *[other] { $formatted } zákazníků bude odebráno ze servisních projektů
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } zákazník bude znovu přidán do servisních projektů
        [few] { $formatted } zákazníci budou znovu přidáni do servisních projektů
        [many] { $formatted } zákazníka bude znovu přidáno do servisních projektů
       *[other] { $formatted } zákazníků bude znovu přidáno do servisních projektů
    }
bulk-nothing = Není co měnit: každý vybraný uživatel už je v daném stavu nebo ho nelze změnit.
bulk-skipped = Ponecháno beze změny
bulk-skipped-more = …a { $count } dalších.
bulk-reason = Důvod
bulk-type-to-confirm = Pro potvrzení napište { $count }
bulk-presets = Úklidové akce
bulk-preset-overdue = Deaktivovat všechny po termínu
bulk-preset-revoke = Odebrat přístup k { $product } uživatelům, kteří v něm nejsou aktivní { $days } dní
bulk-skip-already_done = Už je v daném stavu
bulk-skip-protected = Chráněno v Nastavení
bulk-skip-org_admin = Správce organizace: hromadné akce ho nikdy nemění
bulk-skip-acting_admin = Váš vlastní účet: vaše hromadné akce ho nikdy nemění
bulk-skip-identity_provider = Zřízeno poskytovatelem identit (SCIM), který spravuje přístup tohoto účtu
bulk-skip-lookup_failed = Aktuální stav tohoto uživatele se v Atlassian nepodařilo ověřit, proto se nic neriskovalo
bulk-skip-not_found = Atlassian tento účet již nezná
bulk-skip-not_applicable = Tato akce se na tento druh účtu nevztahuje
bulk-skip-no_way = Přístup pochází ze zdroje, který tento nástroj nemůže změnit
bulk-skip-direct_role_unavailable = Přístup je přidělen přímo a tato organizace nenabízí API Atlassianu pro přímé produktové role (omezená dostupnost), proto se nic neriskovalo
bulk-step-disable_account = Účet deaktivován
bulk-step-enable_account = Účet znovu aktivován
bulk-step-suspend = Přístup k organizaci pozastaven
bulk-step-restore = Přístup k organizaci obnoven
bulk-step-leave_group = Odebráno ze skupiny { $object }
bulk-step-join_group = Přidáno do skupiny { $object }
bulk-step-revoke_role = Odebrána role { $object }
bulk-step-assign_role = Přidělena role { $object }
bulk-step-remove_customer = Odebráno ze zákazníků: { $object }
bulk-step-add_customer = Přidáno mezi zákazníky: { $object }

## Jobs
nav-jobs = Úlohy
jobs-title = Úlohy
jobs-intro = Hromadné akce běží na serveru jako úlohy: pokračují i po zavření karty, vidí je všichni správci a vždy běží jen jedna, zatímco ostatní čekají ve frontě.
jobs-loading = Načítání úloh…
jobs-empty-title = Zatím žádné úlohy
jobs-empty-body = Hromadné akce spuštěné ze stránky Uživatelé nebo z přehledu se zobrazí zde, včetně průběhu a výsledku pro každého uživatele.
jobs-caption = Úlohy hromadných akcí, od nejnovějších
job-title = Úloha
job-back = Všechny úlohy
job-loading = Načítání úlohy…
job-action = Akce
job-state = Stav
job-progress = Průběh
job-started-by = Spustil(a)
job-created = Vytvořeno
job-started = Spuštěno
job-finished = Ukončeno
job-counts = Hotovo: { $done }, přeskočeno: { $skipped }, selhalo: { $failed } (celkem { $total })
job-count-done = Hotovo: { $formatted }
job-count-skipped = Přeskočeno: { $formatted }
job-count-failed = Selhalo: { $formatted }
job-count-unknown = Přerušeno, výsledek neznámý: { $formatted }
job-count-cancelled = Nezpracováno (zrušeno): { $formatted }
job-count-pending = Čeká: { $formatted }
job-waiting = Čekání na limit požadavků Atlassian do { $time }
job-queue-position = { $count ->
        [0] Ve frontě: další na řadě
        [one] Ve frontě: před ní { $count } úloha
        [few] Ve frontě: před ní { $count } úlohy
        [many] Ve frontě: před ní { $count } úlohy
       *[other] Ve frontě: před ní { $count } úloh
    }
job-undo-of = Tato úloha vrací zpět dřívější úlohu.
job-open-original = Otevřít původní úlohu
job-undone-by = Tato úloha byla vrácena zpět.
job-open-undo = Otevřít úlohu vrácení
job-undone-by-short = vráceno zpět
job-error = Předčasně zastaveno:
job-stopped-panic = úlohu zastavila vnitřní chyba. Uživatelé, na které ještě nedošla řada, zůstali beze změny.
job-stopped-not-admin = správce, který ji spustil, už není správcem organizace oprávněným používat tento server, proto byla odmítnuta.
job-stopped-admin-unconfirmed = Atlassian nedokázal potvrdit, že správce, který ji spustil, je stále správcem organizace, proto byla odmítnuta.
job-cancel = Zrušit úlohu
job-undo = Vrátit tuto úlohu zpět
job-results = Výsledky podle uživatelů
job-filter = Zobrazit
job-filter-all = Vše
job-item-state = Výsledek
job-steps = Kroky
job-outcome = Důvod a odpověď Atlassian
job-no-items = V tomto stavu nejsou žádní uživatelé.
job-atlassian-status = Odpověď Atlassian: { $status }
job-request-id = ID požadavku
job-state-queued = Ve frontě
job-state-running = Probíhá
job-state-cancelling = Rušení
job-state-cancelled = Zrušeno
job-state-finished = Dokončeno
job-state-failed = Selhalo
job-item-pending = Čeká
job-item-running = Probíhá
job-item-done = Hotovo
job-item-skipped = Přeskočeno
job-item-failed = Selhalo
job-item-unknown = Výsledek neznámý
job-item-cancelled = Zrušeno

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Zobrazit moje zobrazení protokolu
audit-views-hidden = Vaše vlastní zobrazení protokolu, skrytá: { $formatted }.
audit-views-show = Zobrazit je
audit-chain-verified-through = Řetězec ověřen po záznam #{ $last }, poslední podepsaný kontrolní bod #{ $seq } z { $time }.
audit-chain-verified-through-unsigned = Řetězec ověřen po záznam #{ $last }, zatím bez podepsaného kontrolního bodu.
audit-job-titled = { $title } · úloha { $id }
audit-csv-details-json = Podrobnosti (JSON)
audit-say-via-local = Přihlášení místním účtem.
audit-say-via-atlassian = Přihlášení přes Atlassian.
audit-say-via-forge = Přihlášení z panelu Jira.
audit-say-refused = Odmítnuto: { $reason }
audit-say-attempts = Neúspěšné pokusy: { $count }, od { $since }.
audit-say-from = Z adresy { $address }.
audit-say-session-ended = Správce už není správcem organizace, proto byla relace ukončena.
audit-say-totp-on = Přihlašuje se heslem a kódem z ověřovací aplikace.
audit-say-totp-off = Přihlašuje se jen heslem.
audit-say-setting = { $setting }: změněno z { $before } na { $after }.
audit-say-secret = { $setting }: nahrazeno; stará hodnota končila na { $before }, nová končí na { $after }.
audit-say-secret-first = { $setting }: nastaveno; hodnota končí na { $after }.
audit-say-nothing = nic
audit-say-yes = ano
audit-say-no = ne
audit-say-data-exported = Exportováno vše: uživatelé: { $users }, velikost: { $size } KB.
audit-say-data-deleted = Vše uložené bylo smazáno; protokol zde začíná znovu.
audit-say-erasure-times = Naplánováno { $scheduled }, termín { $due }.
audit-say-erasure-due = Vše bude smazáno { $due }, pokud to správce nezruší.
audit-say-erasure-cancelled = Zrušeno smazání, které { $by } naplánoval(a) na { $due }.
audit-say-viewed = Protokol zobrazen.
audit-say-filter = Filtry: { $filter }.
audit-say-audit-export = Exportované záznamy: { $count }.
audit-say-pruned = Záznamy odstraněné podle doby uchování: { $count }, všechny starší než { $cutoff }; poslední byl #{ $seq }.
audit-say-users-exported = Uživatelé exportovaní ze zobrazení tabulky uživatelů: { $count }.
audit-say-users-selected = Exportovaní vybraní uživatelé: { $count }.
audit-say-job-queued = Uživatelé v plánu: { $users }; ke změně: { $changing }; beze změny: { $skipped }.
audit-say-job-cancel = Požádáno o zastavení úlohy; rozpracovaní uživatelé se nejdřív dokončí.
audit-say-job-ended = Úloha skončila ({ $state }): { $counts }.
audit-say-step-intent = Chystá se požádat Atlassian: { $step }.
audit-say-step-failed = Selhalo (pokus { $attempt }): { $step }. Odpověď Atlassianu: { $error }
audit-say-reread-yes = Opětovné načtení uživatele ukázalo, že změna proběhla.
audit-say-reread-no = Opětovné načtení uživatele ukázalo, že změna neproběhla.
audit-say-interrupted = Přerušeno restartem serveru, poté vyřešeno opětovným načtením uživatele.
audit-say-skip-preflight = Ponecháno beze změny při předběžné kontrole: { $reason }.
audit-say-error = Chyba: { $error }
audit-say-exercise = Zapsáno pro kontrolu slovníku auditu; žádný správce tuto akci neprovedl.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian neodpověděl včas. Zkuste to za chvíli znovu.
error-invalid-admin_api_key_refused = Atlassian tento klíč odmítl: je chybný, prošlý nebo odvolaný, nebo nesmí číst organizace. Zkontrolujte ho v admin.atlassian.com.
settings-no-answer = Atlassian neodpověděl do { $seconds } s. Zkuste to za chvíli znovu; pokud se to opakuje, Atlassian možná má potíže.
settings-finding-orgs = Hledají se organizace…
settings-orgs-found = Organizace, které tento klíč vidí: { $count }. Vyberte jednu v poli ID organizace.
settings-orgs-none = Tento klíč nevidí žádnou organizaci. Ověřte, že jde o klíč Admin API organizace, a ne o osobní API token.
settings-checking = Kontroluje se připojení k Atlassianu…
settings-check-col-check = Kontrola
settings-check-col-result = Výsledek
settings-check-col-detail = Co to znamená
settings-check-result-ok = Funguje
settings-check-result-unused = Nepoužito
settings-check-result-failed = Vyžaduje pozornost
settings-check-ok-detail = Atlassian přihlašovací údaje přijal a odpověděl.
settings-check-status = Odpověď Atlassianu pro podporu: HTTP { $status }
settings-check-summary = Funkční kontroly: { $working } z { $total }.
settings-check-outcome-timeout = žádná odpověď do { $seconds } s: Atlassian je možná pomalý nebo nedostupný; zkuste to za pár minut znovu
settings-check-outcome-rate-limited = Atlassian právě omezuje požadavky (příliš mnoho v krátké době); zkuste to za minutu znovu
settings-check-outcome-server-error = Atlassian měl na své straně potíže a nemohl odpovědět; zkuste to později
settings-check-outcome-rejected = Atlassian odeslaný požadavek odmítl; podrobnosti jsou v protokolu serveru
settings-nav-label = Části nastavení
settings-danger-title = Nebezpečná zóna
settings-danger-unlock = Tlačítko se odemkne po zadání DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deaktivace: { $users }
job-title-reactivate = Opětovná aktivace: { $users }
job-title-revoke_access = Odebrání přístupu k { $subjects }: { $users }
job-title-assign_access = Přidělení přístupu k { $subjects }: { $users }
job-title-remove_customer = Odebrání ze zákazníků ({ $subjects }): { $users }
job-title-add_customer = Vrácení mezi zákazníky ({ $subjects }): { $users }
job-undo-of-job = vrácení úlohy { $job }
bulk-plan-disable_account = Deaktivovat (spravovaný účet)
bulk-plan-enable_account = Znovu aktivovat (spravovaný účet)
bulk-plan-suspend = Pozastavit přístup k organizaci
bulk-plan-restore = Obnovit přístup k organizaci
bulk-plan-leave_group = Odebrat ze skupiny { $object }
bulk-plan-join_group = Přidat do skupiny { $object }
bulk-plan-revoke_role = Odebrat přístup k { $object }
bulk-plan-assign_role = Přidělit přístup k { $object }
bulk-plan-remove_customer = Odebrat ze zákazníků: { $object }
bulk-plan-add_customer = Vrátit mezi zákazníky: { $object }
bulk-changing = Uživatelé, kteří se změní
bulk-change = Změna
bulk-search = Hledat podle jména nebo e-mailu
bulk-search-none = Tomuto hledání neodpovídá žádný uživatel.
job-outcome-confirmed = Hotovo: Atlassian změnu potvrdil
job-outcome-refused = Atlassian změnu odmítl
job-outcome-unavailable = Atlassian změnu zatím nepřijal (je přetížený nebo nedostupný)
bulk-their-desks = servisní pulty, kde byli

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtry
filters-active = Použité filtry
filter-chip = { $name }: { $value }
filter-remove = Odebrat filtr: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Bez přístupu
card-no-access = Nemohou se přihlásit (pozastavení nebo deaktivovaní): { $formatted }
column-places = Projekty a prostory
csv-places = Projekty a prostory (role)
places-more = +{ $more } další
export-style = Buňky CSV
export-style-readable = Čitelné popisky
export-style-codes = Kódy pro skripty
