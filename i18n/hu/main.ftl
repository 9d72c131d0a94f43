## The language's own name, shown in the language picker.
language-name = Magyar

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Ugrás a tartalomra
nav-label = Főmenü
nav-dashboard = Irányítópult
nav-users = Felhasználók
nav-audit = Auditnapló
nav-settings = Beállítások
prefs-language = Nyelv
prefs-theme = Téma
prefs-apply = Alkalmaz
theme-system = Rendszertéma
theme-light = Világos téma
theme-dark = Sötét téma
error-title = Hiba történt
error-body = Az oldal ezen része nem jeleníthető meg. Töltse be újra az oldalt; ha a hiba ismétlődik, a részleteket a szervernaplóban találja.

## Dashboard
dashboard-title = Irányítópult
dashboard-empty-title = Még nincsenek szervezeti adatok
dashboard-empty-body = Csatlakoztassa Atlassian-szervezetét a Beállításokban. Az első szinkronizálás után ez az irányítópult megmutatja a felhasználókat, tevékenységüket és a licenchasználatot a Jira, a Confluence és a Jira Service Management termékekben.
dashboard-empty-action = Beállítások megnyitása
dashboard-first-sync-title = Szervezetének beolvasása
dashboard-first-sync-body = Az első szinkronizálás beolvassa a felhasználókat, a csoportokat és a termékhozzáféréseket az Atlassianből. Az előrehaladása fent látható; a számok itt jelennek meg, amint befejeződik.
dashboard-first-sync-working = Szinkronizálás…
dashboard-summary = Összegzés
card-total = Összes felhasználó
card-total-detail = { $org } szervezeti felhasználó és { $customers } ügyfél
card-active = Nemrég aktív
card-active-detail = Szervezeti felhasználók, akik az elmúlt { $days } napban használtak valamilyen terméket
card-inactive = Inaktív felhasználók
card-customers = JSM-ügyfelek
threshold-warning = Legalább { $days } napja nincs tevékenység
threshold-overdue = Legalább { $days } napja nincs tevékenység
threshold-never = Egyáltalán nincs rögzített tevékenység
utilisation-title = Licenckihasználtság
utilisation-seats = { $used } / { $capacity } hely ({ $percent })
utilisation-near = Majdnem betelt: további helyek vásárlása előtt tekintse át az inaktív felhasználókat.
utilisation-over = Minden hely foglalt: új felhasználók csak akkor kaphatnak hozzáférést, ha helyek szabadulnak fel, vagy újakat vásárol.
products-title = Termékek
products-product = Termék
products-users = Hozzáféréssel rendelkező felhasználók
products-seats = Felhasznált helyek
products-cost = Inaktív helyek havi költsége
products-cost-hint = Adjon meg egy helyenkénti árat, hogy lássa, mennyibe kerülnek havonta az inaktív helyek.
products-cost-set = Árak megadása a Beállításokban
chart-title = Utolsó tevékenység
chart-intro = Mikor használták utoljára valamelyik terméket az aktív fiókkal rendelkező szervezeti felhasználók.
chart-days = { $from }–{ $to } nap
chart-more-than = Több mint { $days } nap
chart-table-caption = Az aktív fiókkal rendelkező szervezeti felhasználók utolsó tevékenysége
chart-last-active = Utoljára aktív
chart-users = Felhasználók
sync-title = Szinkronizálás
sync-last = Adatok állapota: { $time }, { $formatted } { $count ->
        [one] fiók
       *[other] fiók
    }.
sync-never = Még nem történt szinkronizálás.
sync-next = Következő ütemezett szinkronizálás: { $time }
sync-incremental = Az Atlassianben végzett módosítások legutóbbi ellenőrzése: { $time }; { $formatted } { $count ->
        [one] felhasználó
       *[other] felhasználó
    } frissítve.
sync-incremental-failed = Az Atlassianben végzett módosítások ellenőrzése sikertelen volt ({ $time }): { $reason }
sync-failed = Sikertelen szinkronizálás (indítva: { $time }): { $reason }
sync-now = Szinkronizálás most
sync-cancel = Szinkronizálás megszakítása
sync-phase-starting = Indítás
sync-phase-collecting = Olvasás az Atlassianből
sync-phase-indexing = Pillanatkép készítése
sync-items = Beolvasott fiókok: { $done }
sync-items-of = Beolvasott fiókok: { $done } / kb. { $total }
sync-waits = Kérések: { $requests }; várakozás az Atlassian sebességkorlátjai miatt: { $seconds } mp
sync-families = Beolvasott termékek
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Teljes
sync-family-partial = Részben beolvasva
sync-family-not-on-site = Nincs ezen a webhelyen
sync-family-not-configured = Nincs beolvasva: nincs beállítva webhelyfiók
sync-family-stale = Ezúttal nincs beolvasva; a megjelenített adatok állapota: { $time } ({ $reason })
sync-family-unread = Még nincs beolvasva ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
       *[other] { $formatted } projekt
    }
sync-part-seats = A Jira-helyek száma
sync-part-group = { $count ->
        [one] { $formatted } csoport tagjai
       *[other] { $formatted } csoport tagjai
    }
sync-part-desk = { $count ->
        [one] { $formatted } ügyfélszolgálat ügyfelei
       *[other] { $formatted } ügyfélszolgálat ügyfelei
    }
sync-part-jsm-org = { $count ->
        [one] { $formatted } JSM-szervezet tagjai
       *[other] { $formatted } JSM-szervezet tagjai
    }
sync-part-space = { $count ->
        [one] { $formatted } terület
       *[other] { $formatted } terület
    }
sync-skipped-permission = { $what }: nem sikerült beolvasni, mert a webhelyfiókhoz { $permission } szükséges.
sync-skipped-not-offered = { $what }: nem sikerült beolvasni, mert ez a webhely nem kínálja az ehhez szükséges API-t.
sync-skipped-names = Többek között: { $names }
permission-administer-projects = a „Projektek adminisztrálása” projektengedély (vagy a „Jira adminisztrálása”)
permission-administer-jira = a „Jira adminisztrálása” globális engedély
permission-browse-users = a „Felhasználók és csoportok böngészése” globális engedély
permission-desk-agent = ügyfélszolgálati ügynöki vagy adminisztrátori szerepkör
permission-view-space = a „Megtekintés” területengedély
sync-history = Legutóbbi szinkronizálások
sync-history-started = Indítva
sync-history-outcome = Eredmény
sync-history-accounts = Fiókok
sync-history-requests = Kérések
sync-outcome-running = Folyamatban
sync-outcome-complete = Befejeződött
sync-outcome-failed = Sikertelen
sync-outcome-cancelled = Megszakítva

## Users
users-title = Felhasználók
users-empty-title = Még nincsenek megjeleníthető felhasználók
users-empty-body = A szervezeti felhasználók, a Jira-projektek és Confluence-területek tagjai, valamint a Jira Service Management ügyfelei az első szinkronizálás után jelennek meg itt.
users-loading = Felhasználók betöltése…
users-tabs = Mely felhasználók
users-tab-org = Szervezeti felhasználók
users-tab-projects = Projektfelhasználók
users-tab-customers = JSM-ügyfelek
users-tab-all = Összes
users-presets = Gyorsnézetek
users-preset-inactive = Minden termékben inaktív
users-preset-warning = Figyelmeztetés
users-preset-overdue = Lejárt
users-preset-never = Soha nem volt aktív
users-clear-filters = Szűrők törlése
users-count = { $count ->
        [one] { $formatted } felhasználó
       *[other] { $formatted } felhasználó
    }
users-as-of = állapot: { $time }
users-thresholds = · figyelmeztetés { $warning } nap után, lejárt { $overdue } nap után
users-table-caption = A szűrőknek megfelelő felhasználók
users-no-matches = Egy felhasználó sem felel meg ezeknek a szűrőknek.
filter-search = Keresés
filter-search-placeholder = Név vagy e-mail-cím
filter-type = Fióktípus
filter-product = Termék
filter-group = Csoport
filter-project = Projekt vagy terület
filter-desk = Ügyfélszolgálat vagy szervezet
filter-active-after = Utoljára aktív ettől a naptól
filter-active-before = Utoljára aktív e nap előtt
filter-status = Állapot
filter-inactivity = Inaktivitás
filter-any = Bármely
filter-apply = Szűrők alkalmazása
column-name = Név
column-email = E-mail-cím
column-status = Állapot
column-account-type = Fióktípus
column-products = Termékek
column-groups = Csoportok
column-last-active = Utoljára aktív
column-inactivity = Inaktivitás
column-added = Szervezethez adva
column-service-desks = Ügyfélszolgálatok
column-jsm-organizations = JSM-szervezetek
column-details = Részletek
columns-choose = Oszlopok
status-active = Aktív
status-suspended = Felfüggesztve
status-deactivated = Deaktiválva
status-pending = Meghívva
class-managed = Felügyelt
class-external = Külső
class-customer = Ügyfél
class-app = Alkalmazás
inactivity-active = Nemrég aktív
inactivity-warning = Figyelmeztetés
inactivity-overdue = Lejárt
inactivity-never = Soha nem volt aktív
never-active = Soha
email-hidden = A felhasználó adatvédelmi beállításai elrejtik
org-admin = Szervezeti admin
open-in-admin = Megnyitás az Atlassian Administrationben
list-more = { $list } +{ $more }
details = Részletek
details-for = { $name } adatai
details-close = Részletek bezárása
details-missing = A felhasználó nem található
details-account-id = Fiókazonosító
details-org-admin = Szervezeti adminisztrátor
details-scim = Az identitásszolgáltató hozta létre
details-products = Termékek és utolsó tevékenység
details-product = Termék
details-projects = Jira-projektek
details-spaces = Confluence-területek
details-none = Nincs
yes = Igen
no = Nem
select-page = Az oldal összes felhasználójának kijelölése
select-user = { $name } kijelölése
selection-count = { $count ->
        [0] Nincs kijelölt felhasználó
        [one] { $formatted } felhasználó kijelölve
       *[other] { $formatted } felhasználó kijelölve
    }
select-all-matching = Az összes találat kijelölése ({ $formatted })
selection-clear = Kijelölés törlése
pager-label = Oldalak
pager-previous = Előző
pager-next = Következő
pager-position = Oldal: { $page } / { $pages }
pager-size = Sorok oldalanként:
export-matching = Találatok exportálása (CSV)
export-selected = Kijelöltek exportálása (CSV)
export-progress = Felhasználók exportálása: { $done } / { $total }…
export-cancel = Exportálás megszakítása
export-cancelled = Az exportálás megszakadt.
export-done = { $count ->
        [one] { $formatted } felhasználó exportálva.
       *[other] { $formatted } felhasználó exportálva.
    }

## Formats
format-percent = { $value }%
format-money = { $amount } { $currency }

## Audit log
audit-title = Auditnapló
audit-empty-title = Még nincsenek naplóbejegyzések
audit-empty-body = Minden itt végzett adminisztrátori művelet bekerül ebbe a naplóba: ki végezte, mikor, kit érintett, és mit válaszolt az Atlassian.
audit-loading = Az auditnapló betöltése…
audit-search-placeholder = Adminisztrátor, felhasználó, művelet, részletek vagy kérésazonosító
audit-filter-from = Ettől (UTC szerinti nap)
audit-filter-to = Eddig (UTC szerinti nap)
audit-filter-admin = Adminisztrátor
audit-filter-action = Művelet
audit-filter-outcome = Eredmény
audit-filter-user = Érintett felhasználó
audit-filter-user-placeholder = Fiókazonosító, név vagy e-mail-cím
audit-count = { $count ->
        [one] { $formatted } bejegyzés
       *[other] { $formatted } bejegyzés
    }
audit-no-matches = Egy bejegyzés sem felel meg ezeknek a szűrőknek.
audit-table-caption = Auditnapló-bejegyzések, a legújabb elöl
audit-column-time = Idő (UTC)
audit-column-admin = Adminisztrátor
audit-column-action = Művelet
audit-column-user = Érintett felhasználó
audit-column-outcome = Eredmény
audit-column-status = Atlassian-állapot
audit-column-request = Kérésazonosító
audit-column-details = Részletek
audit-column-entry = Bejegyzés
audit-entry-open = { $seq }. bejegyzés részletei
audit-entry-title = { $seq }. bejegyzés
audit-job = Feladat: { $id }
audit-export = CSV exportálása
audit-export-progress = Bejegyzések exportálása: { $done } / { $total }…
audit-export-done = { $count ->
        [one] { $formatted } bejegyzés exportálva.
       *[other] { $formatted } bejegyzés exportálva.
    }
audit-chain-broken = A lánc megszakadt ({ $seq }. bejegyzés): { $reason }
audit-chain-broken-help = Ettől a bejegyzéstől kezdve a bejegyzéseket a User Account Manageren kívül módosíthatták, törölhették vagy beszúrhatták. Hagyja változatlanul az adatbázist, és vesse össze a legutóbbi exporttal vagy biztonsági mentéssel.
audit-chain-unchecked = A hash-lánc nem ellenőrizhető.
audit-checkpoints-missing = Hiányoznak aláírt ellenőrzőpontok: az ellenőrzőpont-fájl már nem tartalmazza a #{ $seq } bejegyzés ellenőrzőpontját, amelyet ez a szerver írt.
audit-checkpoints-missing-help = A fájlt törölték, egy régebbi másolatra cserélték vagy megrövidítették, így az eddigi bejegyzések már nem ellenőrizhetők aláírással. Állítsa vissza a fájlt a másolatából (a szerver naplója is tartalmaz minden ellenőrzőpontot), és hagyja változatlanul az adatbázist.
audit-action-sign_in = Bejelentkezés
audit-action-sign_out = Kijelentkezés
audit-action-authn_denied = Hozzáférés megtagadva
audit-action-session_ended = Munkamenet vége
audit-action-local_admin_created = Helyi adminisztrátor létrehozva
audit-action-settings_changed = Beállítás módosítva
audit-action-secret_replaced = Hitelesítő adat lecserélve
audit-action-data_exported = Adatok exportálva
audit-action-data_deleted = Adatok törölve
audit-action-audit_viewed = Auditnapló megtekintve
audit-action-audit_export = Auditnapló exportálva
audit-action-users_exported = Felhasználók exportálva
audit-outcome-ok = Sikeres
audit-outcome-denied = Megtagadva
audit-outcome-failed = Sikertelen
audit-outcome-intent = Szándék
audit-outcome-skipped = Kihagyva
audit-outcome-blocked = Letiltva
audit-action-data_erasure_scheduled = Minden adat törlése ütemezve
audit-action-data_erasure_cancelled = Ütemezett törlés visszavonva
audit-action-audit_pruned = Régi auditbejegyzések eltávolítva
audit-action-bulk_job_queued = Tömeges feladat sorba állítva
audit-action-bulk_job_cancel = Tömeges feladat megszakítása kérve
audit-action-bulk_job_refused = Tömeges feladat elutasítva
audit-action-bulk_job_ended = Tömeges feladat befejeződött
audit-action-bulk_deactivate = Tömeges deaktiválás
audit-action-bulk_reactivate = Tömeges újraaktiválás
audit-action-bulk_revoke_access = Termékhozzáférés tömeges visszavonása
audit-action-bulk_assign_access = Termékhozzáférés tömeges kiosztása
audit-action-bulk_remove_customer = JSM-ügyfelek tömeges eltávolítása
audit-action-bulk_undo_deactivate = Tömeges deaktiválás (visszavonás)
audit-action-bulk_undo_reactivate = Tömeges újraaktiválás (visszavonás)
audit-action-bulk_undo_revoke_access = Termékhozzáférés tömeges visszavonása (visszavonás)
audit-action-bulk_undo_assign_access = Termékhozzáférés tömeges kiosztása (visszavonás)
audit-action-bulk_undo_remove_customer = JSM-ügyfelek tömeges eltávolítása (visszavonás)
audit-outcome-refused = Elutasítva
audit-outcome-unknown = Ismeretlen eredmény
audit-outcome-not_sent = Nem elküldve
audit-outcome-reread = Újraolvasással megerősítve
audit-outcome-queued = Sorban áll
audit-outcome-running = Fut
audit-outcome-cancelling = Megszakítás folyamatban
audit-outcome-cancelled = Megszakítva
audit-outcome-finished = Befejeződött
audit-csv-seq = Bejegyzés
audit-csv-time = Idő (UTC)
audit-csv-actor = Adminisztrátor azonosítója
audit-csv-actor-name = Adminisztrátor neve
audit-csv-auth-via = Bejelentkezés módja
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira-panel telepítése
audit-csv-action = Művelet
audit-csv-target = Cél
audit-csv-target-name = Érintett felhasználó neve
audit-csv-target-email = Érintett felhasználó e-mail-címe
audit-csv-outcome = Eredmény
audit-csv-atlassian-status = Atlassian-állapot
audit-csv-request-id = Kérésazonosító
audit-csv-job-id = Feladat
audit-csv-details = Részletek
audit-csv-prev-hash = Előző hash
audit-csv-hash = Hash-érték
audit-filter-source = Forrás
audit-source-both = Ez az alkalmazás és az Atlassian
audit-source-app = Ez az alkalmazás
audit-source-atlassian = Atlassian
audit-atlassian-note = Az Atlassian jelentette; nem része az alkalmazás hash-láncának.
audit-event-open = A(z) { $seq }. Atlassian-esemény részletei
audit-event-title = { $seq }. Atlassian-esemény
audit-csv-source = Forrás
audit-csv-event-id = Atlassian-eseményazonosító
audit-csv-ip = IP-cím
audit-csv-product = Termék
audit-action-user_deactivated = Felhasználó inaktiválva
audit-action-user_reactivated = Felhasználó újraaktiválva
audit-action-user_access_suspended = Felhasználó hozzáférése felfüggesztve
audit-action-user_access_restored = Felhasználó hozzáférése visszaállítva
audit-action-user_added_to_group = Felhasználó hozzáadva a csoporthoz
audit-action-user_removed_from_group = Felhasználó eltávolítva a csoportból
audit-action-group_granted_role = Termékszerepkör megadva a csoportnak
audit-action-group_revoked_role = Termékszerepkör visszavonva a csoporttól
audit-action-user_granted_role = Termékszerepkör megadva a felhasználónak
audit-action-user_revoked_role = Termékszerepkör visszavonva a felhasználótól
audit-action-added_org_admin = Szervezeti adminisztrátor hozzáadva
audit-action-removed_org_admin = Szervezeti adminisztrátor eltávolítva
audit-action-service_desk_customer_added = Ügyfélszolgálati ügyfél hozzáadva
audit-action-service_desk_customer_removed = Ügyfélszolgálati ügyfél eltávolítva
audit-action-project_role_actor_added = Hozzáadva projektszerepkörhöz
audit-action-project_role_actor_removed = Eltávolítva projektszerepkörből

## Settings
settings-title = Beállítások


settings-api-key-docs = Admin API-kulcs létrehozása

## Not found
not-found-title = Az oldal nem található
not-found-body = Ezen a címen nincs oldal. Lehet, hogy a hivatkozás elírt, vagy az oldal máshová került.
not-found-action = Ugrás az irányítópultra

## Demo mode
demo-badge = Demószervezet
demo-banner = { $org }: szimulált szervezet, így nyugodtan kipróbálhat mindent – semmi sem érint valódi Atlassian-fiókot.
demo-connect = Saját szervezet csatlakoztatása

## Errors a request can end in
error-unauthorized = A munkamenete lejárt. A folytatáshoz jelentkezzen be újra.
error-forbidden = Ezt csak szervezeti adminisztrátorok tehetik meg.
error-not-found = Ez már nem létezik. Lehet, hogy törölték az Atlassianben.
error-invalid-input = A megadott adatok egy része érvénytelen. Ellenőrizze a kiemelt mezőket.
error-atlassian-unavailable = Az Atlassian jelenleg nem válaszol. Próbálja újra néhány perc múlva.
error-sync-running = Már folyamatban van egy szinkronizálás. Várja meg, amíg befejeződik, vagy előbb szakítsa meg.
error-no-snapshot = Még nem történt szinkronizálás. Az első szinkronizálás automatikusan elindul, és néhány percig tarthat.
error-transport = A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.
error-internal = Hiba történt a szerveren. A részleteket a szervernaplóban találja.
error-payload-too-large = Ez a kérés nagyobb, mint amit a szerver elfogad, ezért semmi sem történt. Küldjön egyszerre kevesebbet, például kevesebb bejegyzést.
error-timeout = A szerver leállította ezt a kérést, mert túl sokáig tartott. Próbálja újra egy kicsit később, vagy kérjen egyszerre kevesebbet.

## CSV export column headers
csv-name = Név
csv-email = E-mail-cím
csv-status = Állapot
csv-account-type = Fióktípus
csv-products = Termékek
csv-product-last-active = Utoljára aktív termékenként
csv-last-active = Utoljára aktív
csv-groups = Csoportok
csv-inactivity = Inaktivitás
csv-service-desks = Ügyfélszolgálatok
csv-jsm-organizations = JSM-szervezetek

## Signing in
login-title = Bejelentkezés
login-intro = A User Account Managert csak szervezeti adminisztrátorok használhatják.
login-atlassian = Bejelentkezés Atlassian-fiókkal
login-demo-admins = Ebben a demóban ezek a szimulált fiókok szervezeti adminisztrátorok. Válasszon egyet közülük a szimulált Atlassian bejelentkezési oldalon; minden más fiókot elutasít a rendszer.
login-local-title = Helyi adminisztrátori fiók
login-login = Felhasználónév
login-password = Jelszó
login-totp = Hitelesítő kód
login-totp-hint = Csak ha a fiókja hitelesítő alkalmazást használ.
login-submit = Bejelentkezés
login-setup-pending = Még nincs helyi adminisztrátori fiók. A szerver indításkor kiírt egy egyszer használatos beállítási hivatkozást, amellyel létrehozható az első fiók; ugyanezt teszi az uam admin create parancs.
login-signed-out = Kijelentkezett.
login-refused-title = Bejelentkezés elutasítva
login-back = Vissza a bejelentkezéshez
login-error-invalid = A felhasználónév, a jelszó vagy a hitelesítő kód helytelen.
login-error-locked = Túl sok sikertelen próbálkozás. Várjon 15 percet, majd próbálja újra.
login-error-totp = A hitelesítő kód hiányzik vagy helytelen.
login-error-not-admin = Ez az Atlassian-fiók nem adminisztrátora ennek a szervezetnek, vagy nem szerepel azon adminisztrátorok listáján, akik használhatják ezt a szervert.
login-error-unavailable = A bejelentkezés most nem lehetséges: az Atlassian vagy a szerver adatbázisa nem válaszolt. Próbálja újra egy perc múlva.
login-error-state = Ez a bejelentkezés lejárt, már felhasználták, vagy másik böngészőben indult. Kezdje újra a bejelentkezési oldalról.
login-error-setup-link = Ez a beállítási hivatkozás lejárt, vagy már felhasználták. Indítsa újra a szervert, hogy újat írjon ki, vagy hozzon létre adminisztrátort az uam admin create paranccsal.
login-error-setup-input = Ellenőrizze a mezőket: a felhasználónév nem tartalmazhat szóközt, a nevet ki kell tölteni, a jelszó legalább 12 karakter legyen, és a két jelszónak egyeznie kell.
login-error-expired = A munkamenete lejárt. Jelentkezzen be újra.

## First-run set-up
setup-title = Az első adminisztrátori fiók létrehozása
setup-intro = Ez a fiók saját jelszóval jelentkezik be. Tartsa meg vészhelyzeti fióknak: miután beállította az Atlassian-kapcsolatot, a szervezeti adminisztrátorok Atlassian-fiókkal jelentkeznek be.
setup-login = Felhasználónév (e-mail-cím vagy rövid név)
setup-name = Az Ön neve
setup-password = Jelszó (legalább 12 karakter)
setup-password-again = Jelszó még egyszer
setup-totp-title = Hitelesítő alkalmazás
setup-totp-optional = Ajánlott: olvassa be ezt a kódot egy hitelesítő alkalmazással, és írja be az általa mutatott kódot. A kihagyáshoz hagyja üresen a kód mezőt.
setup-totp-required = Ez a szerver hitelesítő alkalmazást követel meg: olvassa be ezt a kódot egy ilyen alkalmazással, és írja be az általa mutatott kódot.
setup-totp-key = Vagy adja meg kézzel ezt a kulcsot:
setup-totp-qr = QR-kód a hitelesítő alkalmazáshoz
setup-totp-code = Az alkalmazás kódja
setup-submit = Fiók létrehozása és bejelentkezés

## The signed-in admin
account-via-local = Helyi fiók
account-via-atlassian = Atlassian-fiók
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jirán keresztül
account-sign-out = Kijelentkezés

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = A User Account Manager megnyitása…
embed-expired = A panel munkamenete lejárt. A folytatáshoz nyissa meg újra a User Account Managert a Jira adminisztrációs felületéről.
embed-refused = A User Account Managert a Jirában csak ennek a szervezetnek az adminisztrátorai használhatják, és csak akkor, ha a szerver engedélyezi a fiókjukat.
embed-unavailable = A User Account Manager most nem tudja ellenőrizni a hozzáférését: az Atlassian vagy a szerver nem válaszolt. Próbálja újra egy perc múlva.

## Settings page
settings-saved = Mentve.
settings-save = Mentés
settings-set-by-env = A környezet határozza meg; ott módosítsa, ahol a szerver konfigurálva van.
settings-connection-title = Atlassian-kapcsolat
settings-connection-demo = Megjelenítve: { $org } (szimulált demószervezet). Alább csatlakoztathatja saját szervezetét.
settings-connection-env = Csatlakoztatott szervezet: { $org } (a szerver környezeti beállításai alapján).
settings-connection-saved = Csatlakoztatott szervezet: { $org }.
settings-connection-pending = A mentett kapcsolat a szerver következő indításakor lép életbe. Indítsa újra a szervert a szervezethez való csatlakozáshoz.
settings-admin-key = Admin API-kulcs
settings-key-placeholder = Illesszen be egy új kulcsot a tárolt lecseréléséhez
settings-key-write-only = Csak írható: a kulcs titkosítva tárolódik, és soha többé nem jelenik meg.
settings-key-expiry = A kulcs lejárati dátuma
settings-key-expires = Lejárat: { $date }.
settings-key-expires-soon = Lejárat: { $date } ({ $days } nap múlva). Addig hozzon létre új kulcsot az Atlassianben, és illessze be ide.
settings-key-expired = Lejárt: { $date }. A szinkronizálások és a műveletek sikertelenek lesznek, amíg nem ment új kulcsot.
settings-secret-set = végződés: …{ $hint }, beállította: { $by }, { $at }
settings-secret-unset = nincs megadva
settings-org = Szervezetazonosító
settings-find-orgs = Szervezetek keresése
settings-site-title = Jira, Confluence és Jira Service Management
settings-site-body = A projektszerepköröket, a területtagokat, az ügyfeleket és a Jira-helyeket a rendszer a webhelyen keresztül olvassa be egy fiók e-mail-címével és API-tokenjével.
settings-site-url = Webhely URL-címe
settings-site-email = Fiók e-mail-címe
settings-site-token = API-token
settings-site-token-again = Adja meg újra a tokent, valahányszor módosítja a webhely URL-címét vagy az e-mail-címet.
settings-test-connection = Kapcsolat tesztelése
settings-check-admin-key = Admin API-kulcs
settings-check-org = Szervezet
settings-check-directory = Felhasználók és csoportok
settings-check-site = Webhely
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = elutasítva: a kulcs vagy a token hibás, lejárt vagy visszavonták
settings-check-outcome-forbidden = elutasítva: a hitelesítő adatból hiányzik a szükséges engedély (hatókör)
settings-check-outcome-not-found = nem található: ellenőrizze a szervezetazonosítót vagy a webhely URL-címét
settings-check-outcome-unreachable = az Atlassian nem válaszolt; próbálja újra később
settings-check-outcome-not-configured = nincs beállítva
settings-check-outcome-not-on-site = nincs ezen a webhelyen (a webhely nem rendelkezik ezzel a termékkel)
settings-prices-title = Licencárak
settings-prices-body = Nem kötelező. Adja meg, mennyibe kerül havonta egy hely az egyes termékekben, és az irányítópult megmutatja, mennyibe kerülnek az inaktív felhasználók helyei. Ha egy terméket ki szeretne hagyni, hagyja üresen.
settings-currency = Pénznem (ISO-kód, például USD vagy EUR)
settings-thresholds-title = Inaktivitási küszöbök
settings-thresholds-body = Ha egy felhasználónál a figyelmeztetési küszöbnél hosszabb ideje nincs tevékenység, „figyelmeztetés” jelölést kap; ha a lejárati küszöbnél hosszabb ideje, „lejárt” jelölést. A lejárati küszöbnek hosszabbnak kell lennie a figyelmeztetésinél.
settings-warning-days = Figyelmeztetés ennyi nap után
settings-overdue-days = Lejárt ennyi nap után
settings-protected-title = Védett fiókok
settings-protected-body = A tömeges műveletek soha nem deaktiválják ezeket a fiókokat, és nem vonják meg a hozzáférésüket. Adjon meg e-mail-címeket, teljes tartományokat *@example.com formában vagy Atlassian-fiókazonosítókat. A szervezeti adminisztrátorok és Ön mindig védettek.
settings-protected-add = Címek, tartományok vagy fiókazonosítók hozzáadása (többet is beilleszthet vesszővel, szóközzel vagy sortöréssel elválasztva)
settings-protected-add-button = Hozzáadás
settings-protected-search = Keresés a védett fiókok között
settings-protected-count = { $count ->
    [one] Egy védett bejegyzés
   *[other] { $count } védett bejegyzés
}
settings-protected-remove = Eltávolítás
settings-schedule-title = Szinkronizálási ütemezés és auditnapló-megőrzés
settings-sync-interval = Szinkronizálások közti idő (óra)
settings-sync-interval-hint = 0 esetén nincs ütemezett szinkronizálás; a „Szinkronizálás most” továbbra is működik.
settings-retention = Auditbejegyzések megőrzése (nap)
settings-retention-hint = Legalább 180 nap (ugyanannyi, mint az Atlassian saját auditnaplójáé), legfeljebb 3650; 0 esetén örökre megmaradnak.
error-invalid-entries = Ezek a bejegyzések nem e-mail-címek és nem *@tartomány formájúak, ezért a rendszer semmit sem mentett:
settings-data-title = Az Ön adatai
settings-data-export-body = Töltsön le egyetlen archívumban mindent, amit a User Account Manager tárol: a beállításokat (titkos adatok nélkül), a helyi adminisztrátori fiókokat (jelszavak nélkül), a szinkronizálási előzményeket, az auditnaplót és a felhasználók aktuális pillanatképét. Az exportálás bekerül az auditnaplóba.
settings-data-export = Minden exportálása
settings-data-delete-body = Töröljön mindent, amit a User Account Manager tárol: a beállításokat, a tárolt kulcsot és tokent, a helyi adminisztrátori fiókokat, a munkameneteket, a pillanatképeket és az auditnaplót. Az Atlassianben semmi sem változik. Ez nem vonható vissza; ha még szüksége lehet az adatokra, előbb exportálja őket.
settings-data-delete-confirm = A megerősítéshez írja be: DELETE
settings-data-delete = Minden törlése
settings-data-not-confirmed = Semmi sem törlődött: a megerősítéshez pontosan a DELETE szót írja be.
settings-data-sync-running = Semmi sem törlődött: szinkronizálás van folyamatban. Szakítsa meg, vagy várja meg a végét, majd próbálja újra.
settings-data-export-failed = Az exportálás sikertelen. A részleteket a szervernaplóban találja.
settings-data-delete-failed = A törlés sikertelen; semmi sem törlődött. A részleteket a szervernaplóban találja.
error-reauth-failed = A jelszó vagy a hitelesítő kód nem megfelelő. Semmi sem lett ütemezve.
error-reauth-stale = Előbb igazolja, hogy Ön az: jelentkezzen be újra az Atlassiannal, majd 5 percen belül töröljön.
error-panel-refused = Ez a Jira-panelből nem lehetséges. Nyissa meg a User Account Managert egy külön böngészőlapon.
error-erasure-pending = Az összes adat törlése már ütemezve van. Előbb vonja vissza, vagy várja meg, amíg lefut.
settings-data-delete-delay = Semmi sem törlődik azonnal: a törlés { $hours } órával a megerősítés után fut le. Addig minden rendszergazda látja az irányítópulton, és visszavonhatja. A törölt auditnaplóról aláírt feljegyzés marad meg.
settings-data-reauth-atlassian = Több mint 5 perce jelentkezett be az Atlassiannal. A megerősítéshez jelentkezzen be újra, majd 5 percen belül töröljön.
settings-data-reauth-fresh = Kevesebb mint 5 perce jelentkezett be az Atlassiannal, ez igazolja, hogy Ön az.
settings-data-scheduled = Az összes adat törlése ütemezve van. Amíg le nem fut, bármelyik rendszergazda visszavonhatja itt vagy az irányítópulton.
erasure-title = Minden adat törlődni fog
erasure-body = { $name } { $scheduled } időpontban ütemezte mindannak a törlését, amit a User Account Manager tárol, az auditnaplót is beleértve. { $due } időpontban fut le, hacsak egy rendszergazda vissza nem vonja.
erasure-cancel = Törlés visszavonása
erasure-cancelled = A törlés visszavonva. Semmi sem törlődött.
erasure-cancel-failed = A törlést nem sikerült visszavonni. A részleteket a szervernaplóban találja.
login-deleted = Minden adat törölve. A szerver kiírt egy új beállítási hivatkozást, amellyel ismét létrehozható az első adminisztrátori fiók.
error-invalid-org_id = A szervezetazonosító hiányzik vagy érvénytelen: ez az admin.atlassian.com/o/<ID>/… címben szereplő azonosító, amely betűkből, számjegyekből és kötőjelekből áll.
error-invalid-admin_api_key = Illesszen be egy Admin API-kulcsot: ehhez a szervezethez még nincs tárolt kulcs.
error-invalid-site = A webhelyhez együtt szükséges az URL-cím, egy fiók e-mail-címe és ugyanannak a fióknak az API-tokenje.
error-invalid-site_url = A webhely URL-címe érvénytelen: formája https://your-site.atlassian.net.
error-invalid-site_host = Csak https://your-site.atlassian.net alakú webhelyek fogadhatók el: az API-tokent a kiszolgáló más gazdagépre nem küldi el. Más gazdagépet előbb a kiszolgáló üzemeltetőjének kell engedélyeznie (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Új webhely-URL-cím vagy fiók-e-mail-cím esetén ismét meg kell adni az API-tokent: illessze be a fiók tokenjét ehhez a webhelyhez.
error-invalid-site_email = A fiók e-mail-címe nem érvényes e-mail-cím.
error-invalid-thresholds = Mindkét küszöbnek egész számú napnak kell lennie, és a lejárati küszöbnek hosszabbnak kell lennie a figyelmeztetésinél.
error-invalid-schedule = Egész számokat adjon meg: a szinkronizálások közti órák számát és az auditnapló megőrzési napjainak számát.
error-invalid-sync_interval_hours = A szinkronizálások közti idő 0 (kikapcsolva) vagy 1 és 168 óra közötti lehet.
error-invalid-audit_retention_days = Az auditbejegyzések megőrzési ideje 0 nap (örökre) vagy 180 és 3650 nap közötti lehet.
error-invalid-seat_prices = Adjon meg egy hárombetűs pénznemkódot és 0 és 100000 közötti árakat, számjegyekkel és tizedesponttal.
login-atlassian-off = Az Atlassian-fiókkal való bejelentkezés nincs beállítva ezen a szerveren. Az üzemeltető egy OAuth-alkalmazással állíthatja be (UAM_OAUTH_CLIENT_ID és UAM_OAUTH_CLIENT_SECRET); addig helyi adminisztrátori fiókkal jelentkezzen be.

## Bulk actions
bulk-title = Tömeges művelet
bulk-undo-title = A feladat visszavonása
bulk-actions = Műveletek…
bulk-actions-user = Műveletek ezzel a felhasználóval…
bulk-choose = Mi történjen
bulk-action-deactivate = Deaktiválás
bulk-action-reactivate = Újraaktiválás
bulk-action-revoke_access = Termékhozzáférés visszavonása
bulk-action-assign_access = Termékhozzáférés kiosztása
bulk-action-remove_customer = JSM-ügyfelek eltávolítása
bulk-every-desk = minden ügyfélszolgálat
bulk-products = Termékek
bulk-desks = Ügyfélszolgálatok
bulk-desks-hint = Ha egyet sem választ, az ügyfelek minden olyan ügyfélszolgálatból törlődnek, amelyhez tartoznak.
bulk-check = Érintettek ellenőrzése
bulk-cancel = Mégse
bulk-checking = Minden felhasználó ellenőrzése az Atlassiannél…
bulk-starting = A feladat indítása…
bulk-count-changing = { $count ->
        [one] { $formatted } felhasználó módosul
       *[other] { $formatted } felhasználó módosul
    }
bulk-count-already = { $count ->
        [one] { $formatted } felhasználó már ebben az állapotban van
       *[other] { $formatted } felhasználó már ebben az állapotban van
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } felhasználó nem módosítható
       *[other] { $formatted } felhasználó nem módosítható
    }
bulk-how = Végrehajtás módja
bulk-method-disable_account = { $count ->
        [one] { $formatted } fiók deaktiválása (a szervezet felügyeli: felhasználókezelési életciklus-API)
       *[other] { $formatted } fiók deaktiválása (a szervezet felügyeli: felhasználókezelési életciklus-API)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } fiók újraaktiválása (a szervezet felügyeli: felhasználókezelési életciklus-API)
       *[other] { $formatted } fiók újraaktiválása (a szervezet felügyeli: felhasználókezelési életciklus-API)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } felhasználó elveszíti a hozzáférést a szervezethez (felfüggesztés: a szervezet nem felügyeli a fiókot)
       *[other] { $formatted } felhasználó elveszíti a hozzáférést a szervezethez (felfüggesztés: a szervezet nem felügyeli a fiókjaikat)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } felhasználó visszakapja a hozzáférést a szervezethez (visszaállítás: a szervezet nem felügyeli a fiókot)
       *[other] { $formatted } felhasználó visszakapja a hozzáférést a szervezethez (visszaállítás: a szervezet nem felügyeli a fiókjaikat)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } felhasználó eltávolítása a termékhozzáférést adó csoportokból
       *[other] { $formatted } felhasználó eltávolítása a termékhozzáférést adó csoportokból
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } felhasználó hozzáadása egy termékhozzáférést adó csoporthoz
       *[other] { $formatted } felhasználó hozzáadása egy termékhozzáférést adó csoporthoz
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } felhasználó elveszít egy közvetlenül kapott termékszerepkört
       *[other] { $formatted } felhasználó elveszít egy közvetlenül kapott termékszerepkört
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } felhasználó közvetlenül megkapja a termékszerepkört
       *[other] { $formatted } felhasználó közvetlenül megkapja a termékszerepkört
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } ügyfél eltávolítása az ügyfélszolgálatokból
       *[other] { $formatted } ügyfél eltávolítása az ügyfélszolgálatokból
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } ügyfél ismételt hozzáadása az ügyfélszolgálatokhoz
       *[other] { $formatted } ügyfél ismételt hozzáadása az ügyfélszolgálatokhoz
    }
bulk-nothing = Nincs mit módosítani: minden kijelölt felhasználó már ebben az állapotban van, vagy nem módosítható.
bulk-skipped = Változatlanul hagyva
bulk-skipped-more = …és még { $count }.
bulk-reason = Indok
bulk-type-to-confirm = A megerősítéshez írja be: { $count }
bulk-presets = Tisztítási műveletek
bulk-preset-overdue = Minden lejárt felhasználó deaktiválása
bulk-preset-revoke = { $product }: hozzáférés visszavonása azoktól, akik { $days } napja nem használják
bulk-skip-already_done = Már ebben az állapotban van
bulk-skip-protected = A Beállításokban védettként megjelölve
bulk-skip-org_admin = Szervezeti adminisztrátor: tömeges művelet soha nem módosítja
bulk-skip-acting_admin = Az Ön saját fiókja: saját tömeges művelete soha nem módosítja
bulk-skip-identity_provider = Az identitásszolgáltató (SCIM) hozta létre, és az kezeli a fiók hozzáférését
bulk-skip-lookup_failed = Nem sikerült lekérdezni az Atlassiantől a felhasználó aktuális állapotát, ezért a rendszer nem kockáztatott
bulk-skip-not_found = Az Atlassian már nem ismeri ezt a fiókot
bulk-skip-not_applicable = Ez a művelet nem vonatkozik erre a fióktípusra
bulk-skip-no_way = A hozzáférés olyan forrásból származik, amelyet ez a termék nem tud módosítani
bulk-skip-direct_role_unavailable = Közvetlenül kiosztva, és ez a szervezet nem kínálja az Atlassian közvetlen termékszerepkör-API-ját (korlátozottan elérhető), ezért semmit sem kockáztattunk
bulk-step-disable_account = Fiók deaktiválva
bulk-step-enable_account = Fiók újraaktiválva
bulk-step-suspend = Szervezeti hozzáférés felfüggesztve
bulk-step-restore = Szervezeti hozzáférés visszaállítva
bulk-step-leave_group = Eltávolítva a csoportból: { $object }
bulk-step-join_group = Hozzáadva a csoporthoz: { $object }
bulk-step-revoke_role = Szerepkör visszavonva: { $object }
bulk-step-assign_role = Szerepkör kiosztva: { $object }
bulk-step-remove_customer = Ügyfélként eltávolítva innen: { $object }
bulk-step-add_customer = Ügyfélként hozzáadva ehhez: { $object }

## Jobs
nav-jobs = Feladatok
jobs-title = Feladatok
jobs-intro = A tömeges műveletek feladatként futnak a szerveren: a lap bezárása után is folytatódnak, minden adminisztrátor látja őket, és egyszerre egy fut, a többi pedig a sorára vár.
jobs-loading = Feladatok betöltése…
jobs-empty-title = Még nincsenek feladatok
jobs-empty-body = A Felhasználók oldalról vagy az irányítópultról indított tömeges műveletek itt jelennek meg az előrehaladásukkal és az egyes felhasználók eredményével.
jobs-caption = Tömeges műveleti feladatok, a legújabb elöl
job-title = Feladat
job-back = Összes feladat
job-loading = A feladat betöltése…
job-action = Művelet
job-state = Állapot
job-progress = Előrehaladás
job-started-by = Indította
job-created = Létrehozva
job-started = Elindítva
job-finished = Befejeződött
job-counts = Összesen { $total }: { $done } kész, { $skipped } kihagyva, { $failed } sikertelen
job-count-done = { $formatted } kész
job-count-skipped = { $formatted } kihagyva
job-count-failed = { $formatted } sikertelen
job-count-unknown = { $formatted } megszakadt, az eredmény ismeretlen
job-count-cancelled = { $formatted } nem került sorra (megszakítva)
job-count-pending = { $formatted } várakozik
job-waiting = Várakozás az Atlassian sebességkorlátja miatt eddig: { $time }
job-queue-position = { $count ->
        [0] Sorban áll: következik
        [one] Sorban áll: { $count } feladat van előtte
       *[other] Sorban áll: { $count } feladat van előtte
    }
job-undo-of = Ez a feladat egy korábbit von vissza.
job-open-original = Az eredeti feladat megnyitása
job-undone-by = Ezt a feladatot visszavonták.
job-open-undo = A visszavonó feladat megnyitása
job-undone-by-short = visszavonva
job-error = Idő előtt leállt:
job-stopped-panic = egy belső hiba leállította ezt a feladatot. Azok a felhasználók, akikhez még nem ért el, változatlanok maradtak.
job-stopped-not-admin = az indító adminisztrátor már nem a szerver használatára jogosult szervezeti adminisztrátor, ezért a feladatot elutasítottuk.
job-stopped-admin-unconfirmed = az Atlassian nem tudta megerősíteni, hogy az indító adminisztrátor még mindig szervezeti adminisztrátor, ezért a feladatot elutasítottuk.
job-cancel = Feladat megszakítása
job-undo = A feladat visszavonása
job-results = Eredmények felhasználónként
job-filter = Megjelenítés
job-filter-all = Összes
job-item-state = Eredmény
job-steps = Lépések
job-outcome = Indok és az Atlassian válasza
job-no-items = Nincs ilyen állapotú felhasználó.
job-atlassian-status = Az Atlassian válasza: { $status }
job-request-id = Kérésazonosító
job-state-queued = Sorban áll
job-state-running = Fut
job-state-cancelling = Megszakítás folyamatban
job-state-cancelled = Megszakítva
job-state-finished = Befejeződött
job-state-failed = Sikertelen
job-item-pending = Várakozik
job-item-running = Folyamatban
job-item-done = Kész
job-item-skipped = Kihagyva
job-item-failed = Sikertelen
job-item-unknown = Ismeretlen eredmény
job-item-cancelled = Megszakítva

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Saját naplómegtekintéseim megjelenítése
audit-views-hidden = Saját naplómegtekintései, elrejtve: { $formatted }.
audit-views-show = Megjelenítés
audit-chain-verified-through = A lánc ellenőrizve a(z) #{ $last } bejegyzésig, utolsó aláírt ellenőrzőpont: #{ $seq }, { $time }.
audit-chain-verified-through-unsigned = A lánc ellenőrizve a(z) #{ $last } bejegyzésig, még nincs aláírt ellenőrzőpont.
audit-job-titled = { $title } · feladat: { $id }
audit-csv-details-json = Részletek (JSON)
audit-say-via-local = Bejelentkezés helyi fiókkal.
audit-say-via-atlassian = Bejelentkezés Atlassiannal.
audit-say-via-forge = Bejelentkezés a Jira-panelről.
audit-say-refused = Elutasítva: { $reason }
audit-say-attempts = Sikertelen kísérletek: { $count }, kezdete: { $since }.
audit-say-from = Erről a címről: { $address }.
audit-say-session-ended = Az adminisztrátor már nem a szervezet adminisztrátora, ezért a munkamenet lezárult.
audit-say-totp-on = Jelszóval és hitelesítő kóddal jelentkezik be.
audit-say-totp-off = Csak jelszóval jelentkezik be.
audit-say-setting = { $setting } módosítva: { $before } → { $after }.
audit-say-secret = { $setting } lecserélve: a régi vége { $before }, az újé { $after }.
audit-say-secret-first = { $setting } beállítva: a vége { $after }.
audit-say-nothing = semmi
audit-say-yes = igen
audit-say-no = nem
audit-say-data-exported = Minden exportálva: felhasználók: { $users }, méret: { $size } KB.
audit-say-data-deleted = Minden tárolt adat törölve; a napló itt újraindul.
audit-say-erasure-times = Ütemezve: { $scheduled }, esedékes: { $due }.
audit-say-erasure-due = Minden törlődik ekkor: { $due }, hacsak egy adminisztrátor nem vonja vissza.
audit-say-erasure-cancelled = Visszavonva a törlés, amelyet { $by } ütemezett erre: { $due }.
audit-say-viewed = A napló megtekintve.
audit-say-filter = Szűrők: { $filter }.
audit-say-audit-export = Exportált bejegyzések: { $count }.
audit-say-pruned = A megőrzési beállítás szerint eltávolított bejegyzések: { $count }, mind régebbi, mint { $cutoff }; az utolsó: #{ $seq }.
audit-say-users-exported = A felhasználói táblázat egy nézetéből exportált felhasználók: { $count }.
audit-say-users-selected = Exportált kijelölt felhasználók: { $count }.
audit-say-job-queued = Felhasználók a tervben: { $users }; módosul: { $changing }; változatlan marad: { $skipped }.
audit-say-job-cancel = A feladat leállítása kérve; a folyamatban lévő felhasználók előbb befejeződnek.
audit-say-job-ended = A feladat véget ért ({ $state }): { $counts }.
audit-say-step-intent = Kérés az Atlassian felé hamarosan: { $step }.
audit-say-step-failed = Sikertelen ({ $attempt }. kísérlet): { $step }. Az Atlassian válasza: { $error }
audit-say-reread-yes = A felhasználó újraolvasása szerint a módosítás megtörtént.
audit-say-reread-no = A felhasználó újraolvasása szerint a módosítás nem történt meg.
audit-say-interrupted = Egy szerver-újraindítás megszakította, majd a felhasználó újraolvasásával tisztázódott.
audit-say-skip-preflight = Az előzetes ellenőrzéskor változatlanul hagyva: { $reason }.
audit-say-error = Hiba: { $error }
audit-say-exercise = Az auditszókincs ellenőrzésére írva; egy adminisztrátor sem hajtotta végre ezt a műveletet.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Az Atlassian nem válaszolt időben. Próbálja újra egy pillanat múlva.
error-invalid-admin_api_key_refused = Az Atlassian elutasította ezt a kulcsot: hibás, lejárt vagy visszavonták, vagy nem olvashatja a szervezeteket. Ellenőrizze az admin.atlassian.com oldalon.
settings-no-answer = Az Atlassian nem válaszolt { $seconds } másodpercen belül. Próbálja újra egy pillanat múlva; ha ismét előfordul, lehet, hogy az Atlassiannál hiba van.
settings-finding-orgs = Szervezetek keresése…
settings-orgs-found = A kulccsal látható szervezetek: { $count }. Válasszon egyet a Szervezetazonosító mezőben.
settings-orgs-none = Ez a kulcs egyetlen szervezetet sem lát. Ellenőrizze, hogy a szervezet Admin API-kulcsa-e, és nem személyes API-token.
settings-checking = Az Atlassian-kapcsolat ellenőrzése…
settings-check-col-check = Ellenőrzés
settings-check-col-result = Eredmény
settings-check-col-detail = Mit jelent
settings-check-result-ok = Működik
settings-check-result-unused = Nincs használatban
settings-check-result-failed = Beavatkozást igényel
settings-check-ok-detail = Az Atlassian elfogadta a hitelesítő adatokat, és válaszolt.
settings-check-status = Az Atlassian válasza a támogatás számára: HTTP { $status }
settings-check-summary = Működő ellenőrzések: { $working } / { $total }.
settings-check-outcome-timeout = nincs válasz { $seconds } másodpercen belül: az Atlassian lassú vagy nem elérhető; próbálja újra néhány perc múlva
settings-check-outcome-rate-limited = Az Atlassian most korlátozza a kéréseket (túl sok rövid idő alatt); próbálja újra egy perc múlva
settings-check-outcome-server-error = Az Atlassian oldalán hiba történt, és nem tudott válaszolni; próbálja újra később
settings-check-outcome-rejected = Az Atlassian elutasította az elküldött kérést; a részletek a szervernaplóban vannak
settings-nav-label = A beállítások részei
settings-danger-title = Veszélyzóna
settings-danger-unlock = A gomb a DELETE beírása után válik elérhetővé.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deaktiválás: { $users }
job-title-reactivate = Újraaktiválás: { $users }
job-title-revoke_access = Hozzáférés visszavonása ({ $subjects }): { $users }
job-title-assign_access = Hozzáférés kiosztása ({ $subjects }): { $users }
job-title-remove_customer = Eltávolítás az ügyfelek közül ({ $subjects }): { $users }
job-title-add_customer = Visszavétel az ügyfelek közé ({ $subjects }): { $users }
job-undo-of-job = a(z) { $job } feladat visszavonása
bulk-plan-disable_account = Deaktiválás (felügyelt fiók)
bulk-plan-enable_account = Újraaktiválás (felügyelt fiók)
bulk-plan-suspend = Szervezeti hozzáférés felfüggesztése
bulk-plan-restore = Szervezeti hozzáférés visszaállítása
bulk-plan-leave_group = Eltávolítás a csoportból: { $object }
bulk-plan-join_group = Hozzáadás a csoporthoz: { $object }
bulk-plan-revoke_role = Hozzáférés visszavonása: { $object }
bulk-plan-assign_role = Hozzáférés kiosztása: { $object }
bulk-plan-remove_customer = Eltávolítás innen: { $object }
bulk-plan-add_customer = Visszavétel ide: { $object }
bulk-changing = Változó felhasználók
bulk-change = Változás
bulk-search = Keresés név vagy e-mail alapján
bulk-search-none = Egy felhasználó sem felel meg a keresésnek.
job-outcome-confirmed = Kész: az Atlassian megerősítette a változást
job-outcome-refused = Az Atlassian elutasította a változást
job-outcome-unavailable = Az Atlassian most nem fogadta a változást (túlterhelt vagy nem érhető el)
bulk-their-desks = a korábbi ügyfélszolgálataik

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Szűrők
filters-active = Aktív szűrők
filter-chip = { $name }: { $value }
filter-remove = Szűrő eltávolítása: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Nincs hozzáférés
card-no-access = Nem tudnak bejelentkezni (felfüggesztve vagy deaktiválva): { $formatted }
column-places = Projektek és területek
csv-places = Projektek és területek (szerepkörök)
places-more = +{ $more } további
export-style = CSV-cellák
export-style-readable = Olvasható címkék
export-style-codes = Kódok szkriptekhez
