## The language's own name, shown in the language picker.
language-name = Română

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Salt la conținut
nav-label = Navigare principală
nav-dashboard = Tablou de bord
nav-users = Utilizatori
nav-audit = Jurnal de audit
nav-settings = Setări
prefs-language = Limbă
prefs-theme = Temă
prefs-apply = Aplică
theme-system = Tema sistemului
theme-light = Temă luminoasă
theme-dark = Temă întunecată
error-title = A apărut o problemă
error-body = Această parte a paginii nu a putut fi afișată. Reîncărcați pagina pentru a încerca din nou; dacă problema persistă, detaliile se află în jurnalul serverului.

## Dashboard
dashboard-title = Tablou de bord
dashboard-empty-title = Încă nu există date despre organizație
dashboard-empty-body = Conectați organizația Atlassian din Setări. După prima sincronizare, acest tablou de bord afișează utilizatorii, activitatea lor și utilizarea licențelor în Jira, Confluence și Jira Service Management.
dashboard-empty-action = Deschideți Setările
dashboard-first-sync-title = Se citește organizația
dashboard-first-sync-body = Prima sincronizare citește utilizatorii, grupurile și accesul la produse din Atlassian. Progresul este afișat mai sus; cifrele vor apărea aici imediat ce se termină.
dashboard-first-sync-working = Se sincronizează…
dashboard-summary = Rezumat
card-total = Total utilizatori
card-total-detail = Utilizatori ai organizației: { $org }; clienți: { $customers }
card-active = Activi recent
card-active-detail = Utilizatori ai organizației care au folosit un produs în { $days ->
        [one] ultima zi
        [few] ultimele { $days } zile
       *[other] ultimele { $days } de zile
    }
card-inactive = Utilizatori inactivi
card-customers = Clienți JSM
threshold-warning = Fără activitate de cel puțin { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }
threshold-overdue = Fără activitate de cel puțin { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }
threshold-never = Nicio activitate înregistrată
utilisation-title = Utilizarea licențelor
utilisation-seats = Licențe: { $used } din { $capacity } ({ $percent })
utilisation-near = Aproape toate licențele sunt ocupate: verificați utilizatorii inactivi înainte de a cumpăra altele.
utilisation-over = Toate licențele sunt ocupate: utilizatorii noi nu pot primi acces până când nu se eliberează sau nu se cumpără licențe.
products-title = Produse
products-product = Produs
products-users = Utilizatori cu acces
products-seats = Licențe utilizate
products-cost = Costul lunar al licențelor inactive
products-cost-hint = Introduceți prețul pe licență pentru a vedea cât costă lunar licențele inactive.
products-cost-set = Setați prețurile în Setări
chart-title = Ultima activitate
chart-intro = Când au folosit ultima dată un produs utilizatorii organizației cu contul activ.
chart-days = { $from }–{ $to } { $to ->
        [one] zi
        [few] zile
       *[other] de zile
    }
chart-more-than = Peste { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }
chart-table-caption = Ultima activitate a utilizatorilor organizației cu contul activ
chart-last-active = Ultima activitate
chart-users = Utilizatori
sync-title = Sincronizare
sync-last = Date din { $time }: { $formatted } { $count ->
        [one] cont
        [few] conturi
       *[other] de conturi
    }.
sync-never = Nu s-a efectuat încă nicio sincronizare.
sync-next = Următoarea sincronizare programată: { $time }
sync-incremental = Modificările făcute în Atlassian au fost verificate ultima dată la { $time }: { $count ->
        [one] a fost actualizat { $formatted } utilizator
        [few] au fost actualizați { $formatted } utilizatori
       *[other] au fost actualizați { $formatted } de utilizatori
    }.
sync-incremental-failed = Verificarea modificărilor făcute în Atlassian a eșuat la { $time }: { $reason }
sync-failed = Sincronizarea pornită la { $time } a eșuat: { $reason }
sync-now = Sincronizați acum
sync-cancel = Anulați sincronizarea
sync-phase-starting = Se pornește
sync-phase-collecting = Se citesc datele din Atlassian
sync-phase-indexing = Se creează instantaneul
sync-items = Conturi citite: { $done }
sync-items-of = Conturi citite: { $done } din aproximativ { $total }
sync-waits = Solicitări: { $requests }; timp de așteptare pentru limitele de rată Atlassian: { $seconds } s
sync-families = Produse citite
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Complet
sync-family-partial = Citit parțial
sync-family-not-on-site = Nu există pe acest site
sync-family-not-configured = Necitit: nu este configurat niciun cont de site
sync-family-stale = Necitit de această dată; se afișează datele din { $time } ({ $reason })
sync-family-unread = Încă necitit ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } proiect
        [few] { $formatted } proiecte
       *[other] { $formatted } de proiecte
    }
sync-part-seats = Numărul de licențe Jira
sync-part-group = { $count ->
        [one] Membrii din { $formatted } grup
        [few] Membrii din { $formatted } grupuri
       *[other] Membrii din { $formatted } de grupuri
    }
sync-part-desk = { $count ->
        [one] Clienții din { $formatted } proiect de servicii
        [few] Clienții din { $formatted } proiecte de servicii
       *[other] Clienții din { $formatted } de proiecte de servicii
    }
sync-part-jsm-org = { $count ->
        [one] Membrii din { $formatted } organizație JSM
        [few] Membrii din { $formatted } organizații JSM
       *[other] Membrii din { $formatted } de organizații JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } spațiu
        [few] { $formatted } spații
       *[other] { $formatted } de spații
    }
sync-skipped-permission = { $what }: citirea nu a fost posibilă. Contul de site are nevoie de { $permission }.
sync-skipped-not-offered = { $what }: citirea nu a fost posibilă. Acest site nu oferă API-ul necesar.
sync-skipped-names = Printre care: { $names }
permission-administer-projects = permisiunea de proiect „Administrare proiecte” (sau „Administrare Jira”)
permission-administer-jira = permisiunea globală „Administrare Jira”
permission-browse-users = permisiunea globală „Răsfoire utilizatori și grupuri”
permission-desk-agent = un rol de agent sau de administrator al proiectului de servicii
permission-view-space = permisiunea de spațiu „Vizualizare”
sync-history = Sincronizări recente
sync-history-started = Pornită
sync-history-outcome = Rezultat
sync-history-accounts = Conturi
sync-history-requests = Solicitări
sync-outcome-running = În curs
sync-outcome-complete = Finalizată
sync-outcome-failed = Eșuată
sync-outcome-cancelled = Anulată

## Users
users-title = Utilizatori
users-empty-title = Încă nu există utilizatori de afișat
users-empty-body = Utilizatorii organizației, membrii proiectelor Jira și ai spațiilor Confluence, precum și clienții Jira Service Management apar aici după prima sincronizare.
users-loading = Se încarcă utilizatorii…
users-tabs = Categorii de utilizatori
users-tab-org = Utilizatori ai organizației
users-tab-projects = Utilizatori ai proiectelor
users-tab-customers = Clienți JSM
users-tab-all = Toți
users-presets = Vizualizări rapide
users-preset-inactive = Inactivi în toate produsele
users-preset-warning = Avertisment
users-preset-overdue = Termen depășit
users-preset-never = Niciodată activi
users-clear-filters = Ștergeți filtrele
users-count = { $count ->
        [one] { $formatted } utilizator
        [few] { $formatted } utilizatori
       *[other] { $formatted } de utilizatori
    }
users-as-of = la { $time }
users-thresholds = · praguri (zile): avertisment după { $warning }, termen depășit după { $overdue }
users-table-caption = Utilizatori care corespund filtrelor
users-no-matches = Niciun utilizator nu corespunde acestor filtre.
filter-search = Căutare
filter-search-placeholder = Nume sau e-mail
filter-type = Tip de cont
filter-product = Produs
filter-group = Grup
filter-project = Proiect sau spațiu
filter-desk = Proiect de servicii sau organizație
filter-active-after = Activ ultima dată începând cu
filter-active-before = Activ ultima dată înainte de
filter-status = Stare
filter-inactivity = Inactivitate
filter-any = Oricare
filter-apply = Aplicați filtrele
column-name = Nume
column-email = E-mail
column-status = Stare
column-account-type = Tip de cont
column-products = Produse
column-groups = Grupuri
column-last-active = Ultima activitate
column-inactivity = Inactivitate
column-added = Adăugat în organizație
column-service-desks = Proiecte de servicii
column-jsm-organizations = Organizații JSM
column-details = Detalii
columns-choose = Coloane
status-active = Activ
status-suspended = Suspendat
status-deactivated = Dezactivat
status-pending = Invitat
class-managed = Gestionat
class-external = Extern
class-customer = Client
class-app = Aplicație
inactivity-active = Activ recent
inactivity-warning = Avertisment
inactivity-overdue = Termen depășit
inactivity-never = Niciodată activ
never-active = Niciodată
email-hidden = Ascuns de setările de confidențialitate ale utilizatorului
org-admin = Administrator organizație
open-in-admin = Deschideți în Atlassian Administration
list-more = { $list } +{ $more }
details = Detalii
details-for = Detalii pentru { $name }
details-close = Închideți detaliile
details-missing = Utilizatorul nu a fost găsit
details-account-id = ID cont
details-org-admin = Administrator al organizației
details-scim = Provizionat de furnizorul de identitate
details-products = Produse și ultima activitate
details-product = Produs
details-projects = Proiecte Jira
details-spaces = Spații Confluence
details-none = Niciunul
yes = Da
no = Nu
select-page = Selectați toți utilizatorii de pe această pagină
select-user = Selectați { $name }
selection-count = { $count ->
        [0] Niciun utilizator selectat
        [one] { $formatted } utilizator selectat
        [few] { $formatted } utilizatori selectați
       *[other] { $formatted } de utilizatori selectați
    }
select-all-matching = Selectați toate rezultatele ({ $formatted })
selection-clear = Anulați selecția
pager-label = Pagini
pager-previous = Anterioara
pager-next = Următoarea
pager-position = Pagina { $page } din { $pages }
pager-size = Rânduri pe pagină:
export-matching = Exportați utilizatorii găsiți (CSV)
export-selected = Exportați utilizatorii selectați (CSV)
export-progress = Se exportă utilizatorii: { $done } din { $total }…
export-cancel = Anulați exportul
export-cancelled = Exportul a fost anulat.
export-done = { $count ->
        [one] A fost exportat { $formatted } utilizator.
        [few] Au fost exportați { $formatted } utilizatori.
       *[other] Au fost exportați { $formatted } de utilizatori.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Jurnal de audit
audit-empty-title = Încă nu există intrări de audit
audit-empty-body = Fiecare acțiune efectuată aici de un administrator este înregistrată în acest jurnal: cine a efectuat-o, când, asupra cui și ce a răspuns Atlassian.
audit-loading = Se încarcă jurnalul de audit…
audit-search-placeholder = Administrator, utilizator, acțiune, detalii sau ID solicitare
audit-filter-from = De la (zi UTC)
audit-filter-to = Până la (zi UTC)
audit-filter-admin = Administrator
audit-filter-action = Acțiune
audit-filter-outcome = Rezultat
audit-filter-user = Utilizator vizat
audit-filter-user-placeholder = ID cont, nume sau e-mail
audit-count = { $count ->
        [one] { $formatted } intrare
        [few] { $formatted } intrări
       *[other] { $formatted } de intrări
    }
audit-no-matches = Nicio intrare nu corespunde acestor filtre.
audit-table-caption = Intrări din jurnalul de audit, cele mai noi primele
audit-column-time = Ora (UTC)
audit-column-admin = Administrator
audit-column-action = Acțiune
audit-column-user = Utilizator vizat
audit-column-outcome = Rezultat
audit-column-status = Stare Atlassian
audit-column-request = ID solicitare
audit-column-details = Detalii
audit-column-entry = Intrare
audit-entry-open = Detaliile intrării { $seq }
audit-entry-title = Intrarea nr. { $seq }
audit-job = Sarcina { $id }
audit-export = Exportați CSV
audit-export-progress = Se exportă intrările: { $done } din { $total }…
audit-export-done = { $count ->
        [one] A fost exportată { $formatted } intrare.
        [few] Au fost exportate { $formatted } intrări.
       *[other] Au fost exportate { $formatted } de intrări.
    }
audit-chain-broken = Lanț întrerupt la intrarea nr. { $seq }: { $reason }
audit-chain-broken-help = Intrările începând cu aceasta ar fi putut fi modificate, eliminate sau inserate în afara User Account Manager. Păstrați baza de date neschimbată și comparați-o cu ultimul export sau cu ultima copie de rezervă.
audit-chain-unchecked = Lanțul de hash-uri nu a putut fi verificat.
audit-checkpoints-missing = Lipsesc puncte de control semnate: fișierul punctelor de control nu mai conține punctul de control al intrării #{ $seq } scris de acest server.
audit-checkpoints-missing-help = Fișierul a fost șters, înlocuit cu o copie mai veche sau trunchiat, astfel că intrările până la aceasta nu mai pot fi verificate cu o semnătură. Restaurați fișierul din copia dvs. (și jurnalul serverului conține fiecare punct de control) și păstrați baza de date neschimbată.
audit-action-sign_in = Conectare
audit-action-sign_out = Deconectare
audit-action-authn_denied = Acces refuzat
audit-action-session_ended = Sesiune încheiată
audit-action-local_admin_created = Administrator local creat
audit-action-settings_changed = Setare modificată
audit-action-secret_replaced = Credențiale înlocuite
audit-action-data_exported = Date exportate
audit-action-data_deleted = Date șterse
audit-action-audit_viewed = Jurnal de audit vizualizat
audit-action-audit_export = Jurnal de audit exportat
audit-action-users_exported = Utilizatori exportați
audit-outcome-ok = Reușit
audit-outcome-denied = Refuzat
audit-outcome-failed = Eșuat
audit-outcome-intent = Intenție
audit-outcome-skipped = Omis
audit-outcome-blocked = Blocat
audit-action-data_erasure_scheduled = Ștergerea tuturor datelor programată
audit-action-data_erasure_cancelled = Ștergerea programată anulată
audit-action-audit_pruned = Intrări de audit vechi eliminate
audit-action-bulk_job_queued = Sarcină în masă pusă în coadă
audit-action-bulk_job_cancel = Anularea sarcinii în masă solicitată
audit-action-bulk_job_refused = Sarcină în masă respinsă
audit-action-bulk_job_ended = Sarcină în masă încheiată
audit-action-bulk_deactivate = Dezactivare în masă
audit-action-bulk_reactivate = Reactivare în masă
audit-action-bulk_revoke_access = Revocare în masă a accesului la produse
audit-action-bulk_assign_access = Atribuire în masă a accesului la produse
audit-action-bulk_remove_customer = Eliminare în masă a clienților JSM
audit-action-bulk_undo_deactivate = Dezactivare în masă (anulare)
audit-action-bulk_undo_reactivate = Reactivare în masă (anulare)
audit-action-bulk_undo_revoke_access = Revocare în masă a accesului la produse (anulare)
audit-action-bulk_undo_assign_access = Atribuire în masă a accesului la produse (anulare)
audit-action-bulk_undo_remove_customer = Eliminare în masă a clienților JSM (anulare)
audit-outcome-refused = Respins
audit-outcome-unknown = Rezultat necunoscut
audit-outcome-not_sent = Netrimis
audit-outcome-reread = Confirmat prin recitire
audit-outcome-queued = În coadă
audit-outcome-running = În desfășurare
audit-outcome-cancelling = Se anulează
audit-outcome-cancelled = Anulată
audit-outcome-finished = Finalizată
audit-csv-seq = Intrare
audit-csv-time = Ora (UTC)
audit-csv-actor = ID administrator
audit-csv-actor-name = Nume administrator
audit-csv-auth-via = Conectat prin
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Instalare panou Jira
audit-csv-action = Acțiune
audit-csv-target = Țintă
audit-csv-target-name = Nume utilizator vizat
audit-csv-target-email = E-mail utilizator vizat
audit-csv-outcome = Rezultat
audit-csv-atlassian-status = Stare Atlassian
audit-csv-request-id = ID solicitare
audit-csv-job-id = Sarcină
audit-csv-details = Detalii
audit-csv-prev-hash = Hash anterior
audit-csv-hash = Hash
audit-filter-source = Sursă
audit-source-both = Această aplicație și Atlassian
audit-source-app = Această aplicație
audit-source-atlassian = Atlassian
audit-atlassian-note = Raportat de Atlassian; nu face parte din lanțul de hash-uri al acestei aplicații.
audit-event-open = Detaliile evenimentului Atlassian { $seq }
audit-event-title = Evenimentul Atlassian nr. { $seq }
audit-csv-source = Sursă
audit-csv-event-id = ID-ul evenimentului Atlassian
audit-csv-ip = Adresă IP
audit-csv-product = Produs
audit-action-user_deactivated = Utilizator dezactivat
audit-action-user_reactivated = Utilizator reactivat
audit-action-user_access_suspended = Accesul utilizatorului suspendat
audit-action-user_access_restored = Accesul utilizatorului restabilit
audit-action-user_added_to_group = Utilizator adăugat în grup
audit-action-user_removed_from_group = Utilizator eliminat din grup
audit-action-group_granted_role = Rol de produs acordat grupului
audit-action-group_revoked_role = Rol de produs revocat grupului
audit-action-user_granted_role = Rol de produs acordat utilizatorului
audit-action-user_revoked_role = Rol de produs revocat utilizatorului
audit-action-added_org_admin = Administrator al organizației adăugat
audit-action-removed_org_admin = Administrator al organizației eliminat
audit-action-service_desk_customer_added = Client al service desk-ului adăugat
audit-action-service_desk_customer_removed = Client al service desk-ului eliminat
audit-action-project_role_actor_added = Adăugat la un rol de proiect
audit-action-project_role_actor_removed = Eliminat dintr-un rol de proiect

## Settings
settings-title = Setări


settings-api-key-docs = Cum se creează o cheie API de administrator

## Not found
not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nicio pagină la această adresă. Este posibil ca linkul să fie greșit sau ca pagina să fi fost mutată.
not-found-action = Accesați tabloul de bord

## Demo mode
demo-badge = Organizație demonstrativă
demo-banner = { $org } este o organizație simulată, așa că puteți explora în siguranță: nimic de aici nu afectează un cont Atlassian real.
demo-connect = Conectați-vă organizația

## Errors a request can end in
error-unauthorized = Sesiunea s-a încheiat. Conectați-vă din nou pentru a continua.
error-forbidden = Doar administratorii organizației pot efectua această acțiune.
error-not-found = Elementul nu mai există. Este posibil să fi fost eliminat în Atlassian.
error-invalid-input = Unele dintre datele introduse nu sunt valide. Verificați câmpurile evidențiate.
error-atlassian-unavailable = Atlassian nu răspunde momentan. Încercați din nou peste câteva minute.
error-sync-running = O sincronizare este deja în curs. Așteptați să se termine sau anulați-o mai întâi.
error-no-snapshot = Nu s-a sincronizat încă nimic. Prima sincronizare pornește automat și poate dura câteva minute.
error-transport = Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.
error-internal = A apărut o eroare pe server. Detaliile se află în jurnalul serverului.
error-payload-too-large = Această cerere este mai mare decât acceptă serverul, așa că nu s-a făcut nimic. Trimiteți mai puțin deodată, de exemplu mai puține intrări.
error-timeout = Serverul a oprit această cerere, deoarece a durat prea mult. Încercați din nou peste puțin timp sau cereți mai puțin deodată.

## CSV export column headers
csv-name = Nume
csv-email = E-mail
csv-status = Stare
csv-account-type = Tip de cont
csv-products = Produse
csv-product-last-active = Ultima activitate per produs
csv-last-active = Ultima activitate
csv-groups = Grupuri
csv-inactivity = Inactivitate
csv-service-desks = Proiecte de servicii
csv-jsm-organizations = Organizații JSM

## Signing in
login-title = Conectare
login-intro = Doar administratorii organizației pot folosi User Account Manager.
login-atlassian = Conectați-vă cu Atlassian
login-demo-admins = În această demonstrație, următoarele conturi simulate sunt administratori ai organizației. Alegeți unul dintre ele pe pagina simulată de conectare Atlassian; orice alt cont este refuzat.
login-local-title = Cont local de administrator
login-login = Nume de conectare
login-password = Parolă
login-totp = Cod din aplicația de autentificare
login-totp-hint = Doar dacă contul dumneavoastră folosește o aplicație de autentificare.
login-submit = Conectați-vă
login-setup-pending = Nu există încă niciun cont local de administrator. La pornire, serverul a afișat un link de configurare de unică folosință care creează primul cont; comanda uam admin create face același lucru.
login-signed-out = V-ați deconectat.
login-refused-title = Conectare refuzată
login-back = Înapoi la conectare
login-error-invalid = Numele de conectare, parola sau codul din aplicația de autentificare nu sunt corecte.
login-error-locked = Prea multe încercări eșuate. Așteptați 15 minute, apoi încercați din nou.
login-error-totp = Codul din aplicația de autentificare lipsește sau nu este corect.
login-error-not-admin = Acest cont Atlassian nu este administrator al acestei organizații sau nu se află pe lista administratorilor care au permisiunea să folosească acest server.
login-error-unavailable = Conectarea nu este posibilă momentan: Atlassian sau baza de date a serverului nu a răspuns. Încercați din nou peste un minut.
login-error-state = Această conectare a expirat, a fost deja folosită sau a fost începută în alt browser. Reluați de pe pagina de conectare.
login-error-setup-link = Acest link de configurare a expirat sau a fost deja folosit. Reporniți serverul pentru a afișa unul nou sau creați un administrator cu comanda uam admin create.
login-error-setup-input = Verificați câmpurile: numele de conectare nu trebuie să conțină spații, numele trebuie completat, parola trebuie să aibă cel puțin 12 caractere, iar cele două parole trebuie să coincidă.
login-error-expired = Sesiunea s-a încheiat. Conectați-vă din nou.

## First-run set-up
setup-title = Creați primul cont de administrator
setup-intro = Acest cont se conectează cu propria parolă. Păstrați-l drept cont de urgență: după configurarea conexiunii Atlassian, administratorii organizației se conectează prin Atlassian.
setup-login = Nume de conectare (o adresă de e-mail sau un nume scurt)
setup-name = Numele dumneavoastră
setup-password = Parolă (cel puțin 12 caractere)
setup-password-again = Confirmați parola
setup-totp-title = Aplicație de autentificare
setup-totp-optional = Recomandat: scanați acest cod cu o aplicație de autentificare și introduceți codul afișat de aceasta. Lăsați câmpul de cod gol pentru a omite acest pas.
setup-totp-required = Acest server necesită o aplicație de autentificare: scanați acest cod cu o astfel de aplicație și introduceți codul afișat.
setup-totp-key = Sau introduceți manual această cheie:
setup-totp-qr = Cod QR pentru aplicația de autentificare
setup-totp-code = Codul din aplicație
setup-submit = Creați contul și conectați-vă

## The signed-in admin
account-via-local = Cont local
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = prin Jira
account-sign-out = Deconectați-vă

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Se deschide User Account Manager…
embed-expired = Sesiunea acestui panou s-a încheiat. Redeschideți User Account Manager din administrarea Jira pentru a continua.
embed-refused = Doar administratorii acestei organizații pot folosi User Account Manager în Jira și numai dacă serverul le permite contul.
embed-unavailable = User Account Manager nu vă poate confirma accesul momentan: Atlassian sau serverul nu a răspuns. Încercați din nou peste un minut.

## Settings page
settings-saved = Salvat.
settings-save = Salvați
settings-set-by-env = Setat prin variabile de mediu; modificați valoarea în configurația serverului.
settings-connection-title = Conexiunea Atlassian
settings-connection-demo = Se afișează { $org }, organizația demonstrativă simulată. Vă puteți conecta propria organizație mai jos.
settings-connection-env = Conectat la organizația { $org }, configurată prin mediul serverului.
settings-connection-saved = Conectat la organizația { $org }.
settings-connection-pending = Conexiunea salvată va fi folosită de la următoarea pornire a serverului. Reporniți serverul pentru a vă conecta la această organizație.
settings-admin-key = Cheie API de administrator
settings-key-placeholder = Lipiți o cheie nouă pentru a o înlocui pe cea stocată
settings-key-write-only = Doar scriere: cheia este stocată criptat și nu mai este afișată niciodată.
settings-key-expiry = Data expirării cheii
settings-key-expires = Expiră la { $date }.
settings-key-expires-soon = Expiră la { $date }, peste { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }. Creați o cheie nouă în Atlassian și lipiți-o aici înainte de această dată.
settings-key-expired = A expirat la { $date }. Sincronizările și acțiunile eșuează până când se salvează o cheie nouă.
settings-secret-set = se termină cu …{ $hint }, setat de { $by } la { $at }
settings-secret-unset = nesetat
settings-org = ID organizație
settings-find-orgs = Găsiți organizațiile
settings-site-title = Jira, Confluence și Jira Service Management
settings-site-body = Rolurile din proiecte, membrii spațiilor, clienții și licențele Jira sunt citite prin site, folosind adresa de e-mail a unui cont și tokenul API al acestuia.
settings-site-url = URL site
settings-site-email = E-mail cont
settings-site-token = Token API
settings-site-token-again = Introduceți din nou tokenul de fiecare dată când schimbați URL-ul site-ului sau adresa de e-mail.
settings-test-connection = Testați conexiunea
settings-check-admin-key = Cheie API de administrator
settings-check-org = Organizație
settings-check-directory = Utilizatori și grupuri
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = refuzat: cheia sau tokenul este greșit, a expirat sau a fost revocat
settings-check-outcome-forbidden = refuzat: credențialele nu au permisiunea necesară (domeniul de acces)
settings-check-outcome-not-found = negăsit: verificați ID-ul organizației sau URL-ul site-ului
settings-check-outcome-unreachable = Atlassian nu a răspuns; încercați din nou mai târziu
settings-check-outcome-not-configured = neconfigurat
settings-check-outcome-not-on-site = nu există pe acest site (site-ul nu are acest produs)
settings-prices-title = Prețuri licențe
settings-prices-body = Opțional. Introduceți costul lunar al unei licențe pentru fiecare produs, iar tabloul de bord va afișa cât costă licențele utilizatorilor inactivi. Lăsați un produs necompletat pentru a-l exclude.
settings-currency = Monedă (cod ISO, de exemplu USD sau EUR)
settings-thresholds-title = Praguri de inactivitate
settings-thresholds-body = Un utilizator fără activitate pe o perioadă mai lungă decât pragul de avertisment este marcat cu „avertisment”; peste pragul de termen depășit, cu „termen depășit”. Pragul de termen depășit trebuie să fie mai lung decât cel de avertisment.
settings-warning-days = Avertisment după (zile)
settings-overdue-days = Termen depășit după (zile)
settings-protected-title = Conturi protejate
settings-protected-body = Acțiunile în masă nu dezactivează niciodată aceste conturi și nu le elimină accesul. Introduceți adrese de e-mail, domenii întregi sub forma *@example.com sau ID-uri de cont Atlassian. Administratorii organizației și dumneavoastră sunteți întotdeauna protejați.
settings-protected-add = Adăugați adrese, domenii sau ID-uri de cont (puteți lipi mai multe, separate prin virgule, spații sau rânduri noi)
settings-protected-add-button = Adăugați
settings-protected-search = Căutați conturi protejate
settings-protected-count = { $count ->
    [one] O intrare protejată
    [few] { $count } intrări protejate
   *[other] { $count } de intrări protejate
}
settings-protected-remove = Eliminați
settings-schedule-title = Programul sincronizării și păstrarea auditului
settings-sync-interval = Ore între sincronizări
settings-sync-interval-hint = 0 dezactivează sincronizările programate; „Sincronizați acum” funcționează în continuare.
settings-retention = Păstrați intrările de audit (zile)
settings-retention-hint = Cel puțin 180 de zile (cât păstrează și jurnalul de audit al Atlassian), cel mult 3650; 0 le păstrează pe termen nelimitat.
error-invalid-entries = Aceste intrări nu sunt adrese de e-mail sau intrări de forma *@domeniu, așa că nu s-a salvat nimic:
settings-data-title = Datele dumneavoastră
settings-data-export-body = Descărcați într-o singură arhivă tot ce stochează User Account Manager: setările (fără secrete), conturile locale de administrator (fără parole), istoricul sincronizărilor, jurnalul de audit și instantaneul curent al utilizatorilor. Exportul este înregistrat în jurnalul de audit.
settings-data-export = Exportați tot
settings-data-delete-body = Ștergeți tot ce stochează User Account Manager: setările, cheia și tokenul stocate, conturile locale de administrator, sesiunile, instantaneele și jurnalul de audit. În Atlassian nu se modifică nimic. Operațiunea este ireversibilă; exportați mai întâi datele dacă s-ar putea să aveți nevoie de ele.
settings-data-delete-confirm = Tastați DELETE pentru a confirma
settings-data-delete = Ștergeți tot
settings-data-not-confirmed = Nu s-a șters nimic: tastați exact DELETE pentru a confirma.
settings-data-sync-running = Nu s-a șters nimic: o sincronizare este în curs. Anulați-o sau așteptați să se termine, apoi încercați din nou.
settings-data-export-failed = Exportul a eșuat. Detaliile se află în jurnalul serverului.
settings-data-delete-failed = Ștergerea a eșuat; nu s-a șters nimic. Detaliile se află în jurnalul serverului.
error-reauth-failed = Parola sau codul de autentificare nu este corect. Nu s-a programat nimic.
error-reauth-stale = Confirmați mai întâi că sunteți dumneavoastră: conectați-vă din nou cu Atlassian, apoi ștergeți în cel mult 5 minute.
error-panel-refused = Acest lucru nu este posibil din panoul Jira. Deschideți User Account Manager într-o filă separată a browserului.
error-erasure-pending = Ștergerea tuturor datelor este deja programată. Anulați-o mai întâi sau așteptați să se execute.
settings-data-delete-delay = Nimic nu se șterge imediat: ștergerea are loc la { $hours } ore după confirmare. Până atunci, toți administratorii o văd în tabloul de bord și o pot anula. Se păstrează o înregistrare semnată a jurnalului de audit șters.
settings-data-reauth-atlassian = V-ați conectat cu Atlassian acum mai mult de 5 minute. Pentru a confirma că sunteți dumneavoastră, conectați-vă din nou, apoi ștergeți în cel mult 5 minute.
settings-data-reauth-fresh = V-ați conectat cu Atlassian acum mai puțin de 5 minute, ceea ce confirmă că sunteți dumneavoastră.
settings-data-scheduled = Ștergerea tuturor datelor este programată. Până la executare, orice administrator o poate anula aici sau în tabloul de bord.
erasure-title = Toate datele vor fi șterse
erasure-body = { $name } a programat pe { $scheduled } ștergerea a tot ce stochează User Account Manager, inclusiv jurnalul de audit. Se execută pe { $due }, dacă niciun administrator nu o anulează.
erasure-cancel = Anulați ștergerea
erasure-cancelled = Ștergerea a fost anulată. Nu s-a șters nimic.
erasure-cancel-failed = Ștergerea nu a putut fi anulată. Detaliile se află în jurnalul serverului.
login-deleted = Totul a fost șters. Serverul a afișat un nou link de configurare pentru a crea din nou primul cont de administrator.
error-invalid-org_id = ID-ul organizației lipsește sau nu este valid: este ID-ul din admin.atlassian.com/o/<ID>/…, format din litere, cifre și cratime.
error-invalid-admin_api_key = Lipiți o cheie API de administrator: încă nu este stocată nicio cheie pentru această organizație.
error-invalid-site = Site-ul necesită împreună URL-ul, adresa de e-mail a unui cont și tokenul API al acelui cont.
error-invalid-site_url = URL-ul site-ului nu este valid: trebuie să aibă forma https://your-site.atlassian.net.
error-invalid-site_host = Sunt acceptate doar site-uri https://your-site.atlassian.net: tokenul API nu este trimis către niciun alt host. Un alt host trebuie mai întâi permis de operatorul serverului (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Un URL nou al site-ului sau o adresă de e-mail nouă a contului necesită din nou tokenul API: lipiți tokenul acelui cont pentru acest site.
error-invalid-site_email = Adresa de e-mail a contului nu este validă.
error-invalid-thresholds = Ambele praguri trebuie să fie numere întregi de zile, iar pragul de termen depășit trebuie să fie mai lung decât cel de avertisment.
error-invalid-schedule = Introduceți numere întregi: orele dintre sincronizări și zilele de păstrare a jurnalului de audit.
error-invalid-sync_interval_hours = Intervalul dintre sincronizări trebuie să fie 0 (dezactivat) sau între 1 și 168 de ore.
error-invalid-audit_retention_days = Intrările de audit se pot păstra 0 zile (pe termen nelimitat) sau între 180 și 3650 de zile.
error-invalid-seat_prices = Introduceți un cod de monedă din trei litere și prețuri între 0 și 100000, folosind cifre și punctul ca separator zecimal.
login-atlassian-off = Conectarea cu Atlassian nu este configurată pe acest server. Operatorul serverului o poate configura cu o aplicație OAuth (UAM_OAUTH_CLIENT_ID și UAM_OAUTH_CLIENT_SECRET); până atunci, conectați-vă cu un cont local de administrator.

## Bulk actions
bulk-title = Acțiune în masă
bulk-undo-title = Anulați efectele acestei sarcini
bulk-actions = Acțiuni…
bulk-actions-user = Acțiuni pentru acest utilizator…
bulk-choose = Ce doriți să faceți
bulk-action-deactivate = Dezactivați
bulk-action-reactivate = Reactivați
bulk-action-revoke_access = Revocați accesul la produs
bulk-action-assign_access = Acordați acces la produs
bulk-action-remove_customer = Eliminați clienți JSM
bulk-every-desk = toate proiectele de servicii
bulk-products = Produse
bulk-desks = Proiecte de servicii
bulk-desks-hint = Nu alegeți niciunul pentru a elimina clienții din toate proiectele de servicii din care fac parte.
bulk-check = Verificați pe cine afectează
bulk-cancel = Anulați
bulk-checking = Se verifică fiecare utilizator în Atlassian…
bulk-starting = Se pornește sarcina…
bulk-count-changing = { $count ->
        [one] { $formatted } utilizator va fi modificat
        [few] { $formatted } utilizatori vor fi modificați
       *[other] { $formatted } de utilizatori vor fi modificați
    }
bulk-count-already = { $count ->
        [one] { $formatted } utilizator este deja în starea respectivă
        [few] { $formatted } utilizatori sunt deja în starea respectivă
       *[other] { $formatted } de utilizatori sunt deja în starea respectivă
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } utilizator nu poate fi modificat
        [few] { $formatted } utilizatori nu pot fi modificați
       *[other] { $formatted } de utilizatori nu pot fi modificați
    }
bulk-how = Cum se va proceda
bulk-method-disable_account = { $count ->
        [one] { $formatted } cont dezactivat (gestionat de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
        [few] { $formatted } conturi dezactivate (gestionate de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
       *[other] { $formatted } de conturi dezactivate (gestionate de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } cont reactivat (gestionat de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
        [few] { $formatted } conturi reactivate (gestionate de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
       *[other] { $formatted } de conturi reactivate (gestionate de organizație: API-ul de ciclu de viață din gestionarea utilizatorilor)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } utilizator pierde accesul la organizație (suspendat: organizația nu îi gestionează contul)
        [few] { $formatted } utilizatori pierd accesul la organizație (suspendați: organizația nu le gestionează conturile)
       *[other] { $formatted } de utilizatori pierd accesul la organizație (suspendați: organizația nu le gestionează conturile)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } utilizator își recapătă accesul la organizație (restabilit: organizația nu îi gestionează contul)
        [few] { $formatted } utilizatori își recapătă accesul la organizație (restabiliți: organizația nu le gestionează conturile)
       *[other] { $formatted } de utilizatori își recapătă accesul la organizație (restabiliți: organizația nu le gestionează conturile)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } utilizator eliminat din grupurile care acordă acces la produse
        [few] { $formatted } utilizatori eliminați din grupurile care acordă acces la produse
       *[other] { $formatted } de utilizatori eliminați din grupurile care acordă acces la produse
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } utilizator adăugat într-un grup care acordă acces la produse
        [few] { $formatted } utilizatori adăugați într-un grup care acordă acces la produse
       *[other] { $formatted } de utilizatori adăugați într-un grup care acordă acces la produse
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } utilizator pierde un rol de produs atribuit direct
        [few] { $formatted } utilizatori pierd un rol de produs atribuit direct
       *[other] { $formatted } de utilizatori pierd un rol de produs atribuit direct
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } utilizator primește direct rolul de produs
        [few] { $formatted } utilizatori primesc direct rolul de produs
       *[other] { $formatted } de utilizatori primesc direct rolul de produs
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } client eliminat din proiectele de servicii
        [few] { $formatted } clienți eliminați din proiectele de servicii
       *[other] { $formatted } de clienți eliminați din proiectele de servicii
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } client adăugat din nou în proiectele de servicii
        [few] { $formatted } clienți adăugați din nou în proiectele de servicii
       *[other] { $formatted } de clienți adăugați din nou în proiectele de servicii
    }
bulk-nothing = Nimic de modificat: fiecare utilizator selectat este deja în starea respectivă sau nu poate fi modificat.
bulk-skipped = Lăsați neschimbați
bulk-skipped-more = …și încă { $count }.
bulk-reason = Motiv
bulk-type-to-confirm = Tastați { $count } pentru a confirma
bulk-presets = Acțiuni de curățare
bulk-preset-overdue = Dezactivați toți utilizatorii cu termen depășit
bulk-preset-revoke = Revocați accesul la { $product } pentru utilizatorii inactivi în acesta de { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }
bulk-skip-already_done = Deja în starea respectivă
bulk-skip-protected = Protejat în Setări
bulk-skip-org_admin = Administrator al organizației: nu este modificat niciodată de o acțiune în masă
bulk-skip-acting_admin = Propriul dumneavoastră cont: nu este modificat niciodată de propriile acțiuni în masă
bulk-skip-identity_provider = Provizionat de furnizorul de identitate (SCIM), care gestionează accesul acestui cont
bulk-skip-lookup_failed = Starea curentă a acestui utilizator nu a putut fi verificată în Atlassian, așa că nu s-a riscat nimic
bulk-skip-not_found = Atlassian nu mai recunoaște acest cont
bulk-skip-not_applicable = Această acțiune nu se aplică acestui tip de cont
bulk-skip-no_way = Accesul provine dintr-o sursă pe care acest instrument nu o poate modifica
bulk-skip-direct_role_unavailable = Acordat direct, iar această organizație nu oferă API-ul Atlassian pentru roluri de produs directe (disponibilitate limitată), așa că nu s-a riscat nimic
bulk-step-disable_account = Contul a fost dezactivat
bulk-step-enable_account = Contul a fost reactivat
bulk-step-suspend = Accesul la organizație a fost suspendat
bulk-step-restore = Accesul la organizație a fost restabilit
bulk-step-leave_group = Eliminat din grupul { $object }
bulk-step-join_group = Adăugat în grupul { $object }
bulk-step-revoke_role = Rolul { $object } a fost revocat
bulk-step-assign_role = Rolul { $object } a fost atribuit
bulk-step-remove_customer = Eliminat dintre clienții { $object }
bulk-step-add_customer = Adăugat printre clienții { $object }

## Jobs
nav-jobs = Sarcini
jobs-title = Sarcini
jobs-intro = Acțiunile în masă rulează pe server sub formă de sarcini: continuă și după ce închideți fila, sunt vizibile pentru toți administratorii și rulează câte una, în timp ce celelalte își așteaptă rândul.
jobs-loading = Se încarcă sarcinile…
jobs-empty-title = Încă nu există sarcini
jobs-empty-body = Acțiunile în masă pornite din pagina Utilizatori sau din tabloul de bord apar aici, împreună cu progresul lor și rezultatul pentru fiecare utilizator.
jobs-caption = Sarcini de acțiuni în masă, cele mai noi primele
job-title = Sarcină
job-back = Toate sarcinile
job-loading = Se încarcă sarcina…
job-action = Acțiune
job-state = Stare
job-progress = Progres
job-started-by = Pornită de
job-created = Creată
job-started = Pornită
job-finished = Încheiată
job-counts = Finalizate: { $done }, omise: { $skipped }, eșuate: { $failed } (din { $total })
job-count-done = Finalizate: { $formatted }
job-count-skipped = Omise: { $formatted }
job-count-failed = Eșuate: { $formatted }
job-count-unknown = Întrerupte, rezultat necunoscut: { $formatted }
job-count-cancelled = Neprocesate (sarcină anulată): { $formatted }
job-count-pending = În așteptare: { $formatted }
job-waiting = Se așteaptă limita de rată Atlassian până la { $time }
job-queue-position = { $count ->
        [0] În coadă: urmează la rând
        [one] În coadă: { $count } sarcină înainte
        [few] În coadă: { $count } sarcini înainte
       *[other] În coadă: { $count } de sarcini înainte
    }
job-undo-of = Această sarcină anulează efectele unei sarcini anterioare.
job-open-original = Deschideți sarcina inițială
job-undone-by = Efectele acestei sarcini au fost anulate.
job-open-undo = Deschideți sarcina de anulare
job-undone-by-short = efecte anulate
job-error = Oprită prematur:
job-stopped-panic = o eroare internă a oprit această sarcină. Utilizatorii la care nu ajunsese încă au rămas neschimbați.
job-stopped-not-admin = administratorul care a pornit-o nu mai este un administrator al organizației autorizat să folosească acest server, așa că a fost refuzată.
job-stopped-admin-unconfirmed = Atlassian nu a putut confirma că administratorul care a pornit-o este încă administrator al organizației, așa că a fost refuzată.
job-cancel = Anulați sarcina
job-undo = Anulați efectele sarcinii
job-results = Rezultate per utilizator
job-filter = Afișare
job-filter-all = Toate
job-item-state = Rezultat
job-steps = Pași
job-outcome = Motivul și răspunsul Atlassian
job-no-items = Niciun utilizator în această stare.
job-atlassian-status = Răspuns Atlassian: { $status }
job-request-id = ID solicitare
job-state-queued = În coadă
job-state-running = În desfășurare
job-state-cancelling = Se anulează
job-state-cancelled = Anulată
job-state-finished = Finalizată
job-state-failed = Eșuată
job-item-pending = În așteptare
job-item-running = În curs
job-item-done = Finalizat
job-item-skipped = Omis
job-item-failed = Eșuat
job-item-unknown = Rezultat necunoscut
job-item-cancelled = Anulat

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Arată vizualizările mele ale jurnalului
audit-views-hidden = Propriile vizualizări ale jurnalului, ascunse: { $formatted }.
audit-views-show = Arată-le
audit-chain-verified-through = Lanț verificat până la intrarea #{ $last }, ultimul punct de control semnat #{ $seq } la { $time }.
audit-chain-verified-through-unsigned = Lanț verificat până la intrarea #{ $last }, încă fără punct de control semnat.
audit-job-titled = { $title } · sarcina { $id }
audit-csv-details-json = Detalii (JSON)
audit-say-via-local = Autentificare cu un cont local.
audit-say-via-atlassian = Autentificare cu Atlassian.
audit-say-via-forge = Autentificare din panoul Jira.
audit-say-refused = Refuzat: { $reason }
audit-say-attempts = Încercări eșuate: { $count }, începând cu { $since }.
audit-say-from = De la adresa { $address }.
audit-say-session-ended = Administratorul nu mai este administrator al organizației, așa că sesiunea a fost închisă.
audit-say-totp-on = Se autentifică cu parolă și cod de autentificare.
audit-say-totp-off = Se autentifică doar cu parolă.
audit-say-setting = { $setting } modificat din { $before } în { $after }.
audit-say-secret = { $setting } înlocuit: cel vechi se termina în { $before }, cel nou se termină în { $after }.
audit-say-secret-first = { $setting } setat: se termină în { $after }.
audit-say-nothing = nimic
audit-say-yes = da
audit-say-no = nu
audit-say-data-exported = Totul a fost exportat: utilizatori: { $users }, dimensiune: { $size } KB.
audit-say-data-deleted = Tot ce era stocat a fost șters; jurnalul reîncepe de aici.
audit-say-erasure-times = Programată la { $scheduled }, scadentă la { $due }.
audit-say-erasure-due = Totul va fi șters la { $due }, dacă un administrator nu anulează.
audit-say-erasure-cancelled = A fost anulată ștergerea pe care { $by } o programase pentru { $due }.
audit-say-viewed = Jurnalul a fost vizualizat.
audit-say-filter = Filtre: { $filter }.
audit-say-audit-export = Intrări exportate: { $count }.
audit-say-pruned = Intrări eliminate conform perioadei de păstrare: { $count }, toate mai vechi de { $cutoff }; ultima a fost #{ $seq }.
audit-say-users-exported = Utilizatori exportați dintr-o vizualizare a tabelului de utilizatori: { $count }.
audit-say-users-selected = Utilizatori selectați exportați: { $count }.
audit-say-job-queued = Utilizatori în plan: { $users }; de modificat: { $changing }; lăsați neschimbați: { $skipped }.
audit-say-job-cancel = S-a cerut oprirea sarcinii; utilizatorii în curs sunt finalizați mai întâi.
audit-say-job-ended = Sarcina s-a încheiat ({ $state }): { $counts }.
audit-say-step-intent = Urmează cererea către Atlassian: { $step }.
audit-say-step-failed = Eșuat (încercarea { $attempt }): { $step }. Răspunsul Atlassian: { $error }
audit-say-reread-yes = Recitirea utilizatorului a arătat că modificarea a fost făcută.
audit-say-reread-no = Recitirea utilizatorului a arătat că modificarea nu a fost făcută.
audit-say-interrupted = Întrerupt de o repornire a serverului, apoi lămurit prin recitirea utilizatorului.
audit-say-skip-preflight = Lăsat neschimbat la verificarea prealabilă: { $reason }.
audit-say-error = Eroare: { $error }
audit-say-exercise = Scris pentru a verifica vocabularul de audit; niciun administrator nu a efectuat această acțiune.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian nu a răspuns la timp. Încercați din nou peste o clipă.
error-invalid-admin_api_key_refused = Atlassian a refuzat această cheie: este greșită, expirată sau revocată ori nu are voie să citească organizațiile. Verificați-o în admin.atlassian.com.
settings-no-answer = Atlassian nu a răspuns în { $seconds } secunde. Încercați din nou peste o clipă; dacă se repetă, Atlassian poate avea probleme.
settings-finding-orgs = Se caută organizațiile…
settings-orgs-found = Organizații pe care le vede această cheie: { $count }. Alegeți una în câmpul ID organizație.
settings-orgs-none = Această cheie nu vede nicio organizație. Verificați că este o cheie Admin API a organizației, nu un token API personal.
settings-checking = Se verifică conexiunea cu Atlassian…
settings-check-col-check = Verificare
settings-check-col-result = Rezultat
settings-check-col-detail = Ce înseamnă
settings-check-result-ok = Funcționează
settings-check-result-unused = Nefolosit
settings-check-result-failed = Necesită atenție
settings-check-ok-detail = Atlassian a acceptat datele de autentificare și a răspuns.
settings-check-status = Răspunsul Atlassian, pentru asistență: HTTP { $status }
settings-check-summary = Verificări care funcționează: { $working } din { $total }.
settings-check-outcome-timeout = niciun răspuns în { $seconds } secunde: Atlassian poate fi lent sau indisponibil; încercați din nou peste câteva minute
settings-check-outcome-rate-limited = Atlassian limitează acum cererile (prea multe într-un timp scurt); încercați din nou peste un minut
settings-check-outcome-server-error = Atlassian a avut o problemă de partea sa și nu a putut răspunde; încercați din nou mai târziu
settings-check-outcome-rejected = Atlassian a refuzat cererea așa cum a fost trimisă; jurnalul serverului are detaliile
settings-nav-label = Secțiunile setărilor
settings-danger-title = Zonă periculoasă
settings-danger-unlock = Butonul devine activ după ce tastați DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Dezactivare: { $users }
job-title-reactivate = Reactivare: { $users }
job-title-revoke_access = Revocarea accesului la { $subjects }: { $users }
job-title-assign_access = Acordarea accesului la { $subjects }: { $users }
job-title-remove_customer = Eliminare dintre clienți ({ $subjects }): { $users }
job-title-add_customer = Readăugare printre clienți ({ $subjects }): { $users }
job-undo-of-job = anularea sarcinii { $job }
bulk-plan-disable_account = Dezactivare (cont gestionat)
bulk-plan-enable_account = Reactivare (cont gestionat)
bulk-plan-suspend = Suspendarea accesului la organizație
bulk-plan-restore = Restabilirea accesului la organizație
bulk-plan-leave_group = Eliminare din grupul { $object }
bulk-plan-join_group = Adăugare în grupul { $object }
bulk-plan-revoke_role = Revocarea accesului la { $object }
bulk-plan-assign_role = Acordarea accesului la { $object }
bulk-plan-remove_customer = Eliminare din { $object }
bulk-plan-add_customer = Readăugare în { $object }
bulk-changing = Utilizatori care se vor schimba
bulk-change = Schimbare
bulk-search = Căutați după nume sau e-mail
bulk-search-none = Niciun utilizator nu corespunde căutării.
job-outcome-confirmed = Gata: Atlassian a confirmat schimbarea
job-outcome-refused = Atlassian a refuzat schimbarea
job-outcome-unavailable = Atlassian nu a acceptat schimbarea deocamdată (ocupat sau indisponibil)
bulk-their-desks = service desk-urile în care erau

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtre
filters-active = Filtre aplicate
filter-chip = { $name }: { $value }
filter-remove = Elimină filtrul: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Fără acces
card-no-access = Nu se pot conecta (suspendați sau dezactivați): { $formatted }
column-places = Proiecte și spații
csv-places = Proiecte și spații (roluri)
places-more = încă { $more }
export-style = Celule CSV
export-style-readable = Etichete lizibile
export-style-codes = Coduri pentru scripturi
