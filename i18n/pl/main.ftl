## The language's own name, shown in the language picker.
language-name = Polski

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Przejdź do treści
nav-label = Menu główne
nav-dashboard = Pulpit
nav-users = Użytkownicy
nav-audit = Dziennik audytu
nav-settings = Ustawienia
prefs-language = Język
prefs-theme = Motyw
prefs-apply = Zastosuj
theme-system = Motyw systemowy
theme-light = Motyw jasny
theme-dark = Motyw ciemny
error-title = Coś poszło nie tak
error-body = Nie udało się wyświetlić tej części strony. Odśwież stronę, aby spróbować ponownie; jeśli problem się powtarza, szczegóły znajdziesz w logu serwera.

## Dashboard
dashboard-title = Pulpit
dashboard-empty-title = Brak danych organizacji
dashboard-empty-body = Połącz swoją organizację Atlassian w Ustawieniach. Po pierwszej synchronizacji na tym pulpicie zobaczysz użytkowników, ich aktywność i wykorzystanie licencji w Jira, Confluence i Jira Service Management.
dashboard-empty-action = Otwórz Ustawienia
dashboard-first-sync-title = Odczytywanie Twojej organizacji
dashboard-first-sync-body = Pierwsza synchronizacja odczytuje z Atlassian użytkowników, grupy i dostęp do produktów. Jej postęp widać powyżej; liczby pojawią się tutaj, gdy tylko się zakończy.
dashboard-first-sync-working = Synchronizacja…
dashboard-summary = Podsumowanie
card-total = Wszyscy użytkownicy
card-total-detail = Użytkownicy organizacji: { $org }, klienci: { $customers }
card-active = Niedawno aktywni
card-active-detail = Użytkownicy organizacji, którzy korzystali z produktu w ciągu ostatnich { $days } dni
card-inactive = Nieaktywni użytkownicy
card-customers = Klienci JSM
threshold-warning = Brak aktywności od co najmniej { $days } dni
threshold-overdue = Brak aktywności od co najmniej { $days } dni
threshold-never = Brak jakiejkolwiek zarejestrowanej aktywności
utilisation-title = Wykorzystanie licencji
utilisation-seats = { $used } z { $capacity } licencji ({ $percent })
utilisation-near = Prawie wszystkie licencje są zajęte: przed dokupieniem kolejnych przejrzyj nieaktywnych użytkowników.
utilisation-over = Wszystkie licencje są zajęte: nowym użytkownikom nie można nadać dostępu, dopóki licencje nie zostaną zwolnione lub dokupione.
products-title = Produkty
products-product = Produkt
products-users = Użytkownicy z dostępem
products-seats = Zajęte licencje
products-cost = Miesięczny koszt nieaktywnych licencji
products-cost-hint = Podaj cenę jednej licencji, aby zobaczyć miesięczny koszt nieaktywnych licencji.
products-cost-set = Ustaw ceny w Ustawieniach
chart-title = Ostatnia aktywność
chart-intro = Kiedy użytkownicy organizacji z aktywnym kontem ostatnio korzystali z dowolnego produktu.
chart-days = { $from }–{ $to } dni
chart-more-than = Ponad { $days } dni
chart-table-caption = Ostatnia aktywność użytkowników organizacji z aktywnym kontem
chart-last-active = Ostatnia aktywność
chart-users = Użytkownicy
sync-title = Synchronizacja
sync-last = Stan na { $time }: { $formatted } { $count ->
        [one] konto
        [few] konta
        [many] kont
       *[other] kont
    }.
sync-never = Nie przeprowadzono jeszcze żadnej synchronizacji.
sync-next = Następna zaplanowana synchronizacja: { $time }
sync-incremental = Ostatnie sprawdzenie zmian wprowadzonych w Atlassian: { $time }. Odświeżono { $formatted } { $count ->
        [one] użytkownika
        [few] użytkowników
        [many] użytkowników
       *[other] użytkownika
    }.
sync-incremental-failed = Sprawdzenie zmian wprowadzonych w Atlassian { $time } nie powiodło się: { $reason }
sync-failed = Synchronizacja rozpoczęta { $time } nie powiodła się: { $reason }
sync-now = Synchronizuj teraz
sync-cancel = Anuluj synchronizację
sync-phase-starting = Uruchamianie
sync-phase-collecting = Odczyt danych z Atlassian
sync-phase-indexing = Tworzenie migawki
sync-items = Odczytane konta: { $done }
sync-items-of = Odczytane konta: { $done } z ok. { $total }
sync-waits = Żądania: { $requests }; oczekiwanie na limity żądań Atlassian: { $seconds } s
sync-families = Odczytane produkty
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Odczytano w całości
sync-family-partial = Odczytano częściowo
sync-family-not-on-site = Brak w tej witrynie
sync-family-not-configured = Nie odczytano: nie skonfigurowano konta witryny
sync-family-stale = Tym razem nie odczytano; pokazano dane według stanu na { $time } ({ $reason })
sync-family-unread = Jeszcze nie odczytano ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } projekt
        [few] { $formatted } projekty
        [many] { $formatted } projektów
       *[other] { $formatted } projektu
    }
sync-part-seats = Liczby licencji Jira
sync-part-group = { $count ->
        [one] Członkowie { $formatted } grupy
        [few] Członkowie { $formatted } grup
        [many] Członkowie { $formatted } grup
       *[other] Członkowie { $formatted } grupy
    }
sync-part-desk = { $count ->
        [one] Klienci { $formatted } projektu usługowego
        [few] Klienci { $formatted } projektów usługowych
        [many] Klienci { $formatted } projektów usługowych
       *[other] Klienci { $formatted } projektu usługowego
    }
sync-part-jsm-org = { $count ->
        [one] Członkowie { $formatted } organizacji JSM
        [few] Członkowie { $formatted } organizacji JSM
        [many] Członkowie { $formatted } organizacji JSM
       *[other] Członkowie { $formatted } organizacji JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } przestrzeń
        [few] { $formatted } przestrzenie
        [many] { $formatted } przestrzeni
       *[other] { $formatted } przestrzeni
    }
sync-skipped-permission = { $what }: odczyt nie był możliwy. Konto witryny wymaga { $permission }.
sync-skipped-not-offered = { $what }: odczyt nie był możliwy. Ta witryna nie udostępnia potrzebnego do tego API.
sync-skipped-names = W tym: { $names }
permission-administer-projects = uprawnienia projektu „Administrowanie projektami” (lub „Administrowanie Jira”)
permission-administer-jira = uprawnienia globalnego „Administrowanie Jira”
permission-browse-users = uprawnienia globalnego „Przeglądanie użytkowników i grup”
permission-desk-agent = roli agenta lub administratora projektu usługowego
permission-view-space = uprawnienia przestrzeni „Wyświetlanie”
sync-history = Ostatnie synchronizacje
sync-history-started = Rozpoczęto
sync-history-outcome = Wynik
sync-history-accounts = Konta
sync-history-requests = Żądania
sync-outcome-running = W toku
sync-outcome-complete = Zakończona
sync-outcome-failed = Nieudana
sync-outcome-cancelled = Anulowana

## Users
users-title = Użytkownicy
users-empty-title = Brak użytkowników do wyświetlenia
users-empty-body = Użytkownicy organizacji, członkowie projektów Jira i przestrzeni Confluence oraz klienci Jira Service Management pojawią się tutaj po pierwszej synchronizacji.
users-loading = Wczytywanie użytkowników…
users-tabs = Zakres użytkowników
users-tab-org = Użytkownicy organizacji
users-tab-projects = Użytkownicy projektów
users-tab-customers = Klienci JSM
users-tab-all = Wszyscy
users-presets = Szybkie widoki
users-preset-inactive = Nieaktywni we wszystkich produktach
users-preset-warning = Ostrzeżenie
users-preset-overdue = Po terminie
users-preset-never = Bez aktywności
users-clear-filters = Wyczyść filtry
users-count = { $count ->
        [one] { $formatted } użytkownik
        [few] { $formatted } użytkownicy
        [many] { $formatted } użytkowników
       *[other] { $formatted } użytkowników
    }
users-as-of = stan na { $time }
users-thresholds = · ostrzeżenie po { $warning } dniach, „po terminie” po { $overdue }
users-table-caption = Użytkownicy spełniający kryteria filtrów
users-no-matches = Żaden użytkownik nie spełnia tych kryteriów.
filter-search = Szukaj
filter-search-placeholder = Nazwa lub e-mail
filter-type = Typ konta
filter-product = Produkt
filter-group = Grupa
filter-project = Projekt lub przestrzeń
filter-desk = Projekt usługowy lub organizacja
filter-active-after = Ostatnia aktywność od dnia
filter-active-before = Ostatnia aktywność przed dniem
filter-status = Status
filter-inactivity = Nieaktywność
filter-any = Wszystkie
filter-apply = Zastosuj filtry
column-name = Nazwa
column-email = E-mail
column-status = Status
column-account-type = Typ konta
column-products = Produkty
column-groups = Grupy
column-last-active = Ostatnia aktywność
column-inactivity = Nieaktywność
column-added = Dodano do organizacji
column-service-desks = Projekty usługowe
column-jsm-organizations = Organizacje JSM
column-details = Szczegóły
columns-choose = Kolumny
status-active = Aktywny
status-suspended = Zawieszony
status-deactivated = Dezaktywowany
status-pending = Zaproszony
class-managed = Zarządzane
class-external = Zewnętrzne
class-customer = Klient
class-app = Aplikacja
inactivity-active = Niedawno aktywny
inactivity-warning = Ostrzeżenie
inactivity-overdue = Po terminie
inactivity-never = Bez aktywności
never-active = Nigdy
email-hidden = Ukryty przez ustawienia prywatności użytkownika
org-admin = Administrator organizacji
open-in-admin = Otwórz w Atlassian Administration
list-more = { $list } +{ $more }
details = Szczegóły
details-for = Szczegóły: { $name }
details-close = Zamknij szczegóły
details-missing = Nie znaleziono użytkownika
details-account-id = ID konta
details-org-admin = Administrator organizacji
details-scim = Aprowizowany przez dostawcę tożsamości
details-products = Produkty i ostatnia aktywność
details-product = Produkt
details-projects = Projekty Jira
details-spaces = Przestrzenie Confluence
details-none = Brak
yes = Tak
no = Nie
select-page = Zaznacz wszystkich użytkowników na tej stronie
select-user = Zaznacz: { $name }
selection-count = { $count ->
        [0] Nie zaznaczono użytkowników
        [one] Zaznaczono { $formatted } użytkownika
        [few] Zaznaczono { $formatted } użytkowników
        [many] Zaznaczono { $formatted } użytkowników
       *[other] Zaznaczono { $formatted } użytkowników
    }
select-all-matching = Zaznacz wszystkich pasujących ({ $formatted })
selection-clear = Wyczyść zaznaczenie
pager-label = Strony
pager-previous = Poprzednia
pager-next = Następna
pager-position = Strona { $page } z { $pages }
pager-size = Wierszy na stronie:
export-matching = Eksportuj pasujących użytkowników (CSV)
export-selected = Eksportuj zaznaczonych użytkowników (CSV)
export-progress = Eksportowanie użytkowników: { $done } z { $total }…
export-cancel = Anuluj eksport
export-cancelled = Eksport został anulowany.
export-done = { $count ->
        [one] Wyeksportowano { $formatted } użytkownika.
        [few] Wyeksportowano { $formatted } użytkowników.
        [many] Wyeksportowano { $formatted } użytkowników.
       *[other] Wyeksportowano { $formatted } użytkowników.
    }

## Formats
format-percent = { $value }%
format-money = { $amount } { $currency }

## Audit log
audit-title = Dziennik audytu
audit-empty-title = Brak wpisów w dzienniku audytu
audit-empty-body = Każda czynność wykonana tutaj przez administratora jest zapisywana w tym dzienniku: kto ją wykonał, kiedy, wobec kogo i jaką odpowiedź zwrócił Atlassian.
audit-loading = Wczytywanie dziennika audytu…
audit-search-placeholder = Administrator, użytkownik, akcja, szczegóły lub ID żądania
audit-filter-from = Od (dzień UTC)
audit-filter-to = Do (dzień UTC)
audit-filter-admin = Administrator
audit-filter-action = Akcja
audit-filter-outcome = Wynik
audit-filter-user = Użytkownik docelowy
audit-filter-user-placeholder = ID konta, nazwa lub e-mail
audit-count = { $count ->
        [one] { $formatted } wpis
        [few] { $formatted } wpisy
        [many] { $formatted } wpisów
       *[other] { $formatted } wpisów
    }
audit-no-matches = Żaden wpis nie spełnia tych kryteriów.
audit-table-caption = Wpisy dziennika audytu, od najnowszych
audit-column-time = Czas (UTC)
audit-column-admin = Administrator
audit-column-action = Akcja
audit-column-user = Użytkownik docelowy
audit-column-outcome = Wynik
audit-column-status = Status Atlassian
audit-column-request = ID żądania
audit-column-details = Szczegóły
audit-column-entry = Wpis
audit-entry-open = Szczegóły wpisu { $seq }
audit-entry-title = Wpis nr { $seq }
audit-job = Zadanie { $id }
audit-export = Eksportuj do CSV
audit-export-progress = Eksportowanie wpisów: { $done } z { $total }…
audit-export-done = { $count ->
        [one] Wyeksportowano { $formatted } wpis.
        [few] Wyeksportowano { $formatted } wpisy.
        [many] Wyeksportowano { $formatted } wpisów.
       *[other] Wyeksportowano { $formatted } wpisów.
    }
audit-chain-broken = Łańcuch przerwany na wpisie nr { $seq }: { $reason }
audit-chain-broken-help = Wpisy począwszy od tego mogły zostać zmienione, usunięte lub dodane poza User Account Manager. Pozostaw bazę danych bez zmian i porównaj ją z ostatnim eksportem lub kopią zapasową.
audit-chain-unchecked = Nie udało się sprawdzić łańcucha skrótów.
audit-checkpoints-missing = Brak podpisanych punktów kontrolnych: plik punktów kontrolnych nie zawiera już punktu kontrolnego wpisu #{ $seq } zapisanego przez ten serwer.
audit-checkpoints-missing-help = Plik został usunięty, zastąpiony starszą kopią lub skrócony, więc wpisów aż do tego nie można już sprawdzić za pomocą podpisu. Przywróć plik ze swojej kopii (dziennik serwera również zawiera każdy punkt kontrolny) i pozostaw bazę danych bez zmian.
audit-action-sign_in = Logowanie
audit-action-sign_out = Wylogowanie
audit-action-authn_denied = Odmowa dostępu
audit-action-session_ended = Koniec sesji
audit-action-local_admin_created = Utworzono lokalnego administratora
audit-action-settings_changed = Zmieniono ustawienie
audit-action-secret_replaced = Zastąpiono dane uwierzytelniające
audit-action-data_exported = Wyeksportowano dane
audit-action-data_deleted = Usunięto dane
audit-action-audit_viewed = Wyświetlono dziennik audytu
audit-action-audit_export = Wyeksportowano dziennik audytu
audit-action-users_exported = Wyeksportowano użytkowników
audit-outcome-ok = Powodzenie
audit-outcome-denied = Odmowa
audit-outcome-failed = Niepowodzenie
audit-outcome-intent = Zamiar
audit-outcome-skipped = Pominięto
audit-outcome-blocked = Zablokowano
audit-action-data_erasure_scheduled = Zaplanowano usunięcie wszystkich danych
audit-action-data_erasure_cancelled = Anulowano zaplanowane usunięcie
audit-action-audit_pruned = Usunięto stare wpisy audytu
audit-action-bulk_job_queued = Zadanie zbiorcze w kolejce
audit-action-bulk_job_cancel = Zażądano anulowania zadania zbiorczego
audit-action-bulk_job_refused = Zadanie zbiorcze odrzucone
audit-action-bulk_job_ended = Zadanie zbiorcze zakończone
audit-action-bulk_deactivate = Zbiorcza dezaktywacja
audit-action-bulk_reactivate = Zbiorcza reaktywacja
audit-action-bulk_revoke_access = Zbiorcze odebranie dostępu do produktów
audit-action-bulk_assign_access = Zbiorcze przyznanie dostępu do produktów
audit-action-bulk_remove_customer = Zbiorcze usunięcie klientów JSM
audit-action-bulk_undo_deactivate = Zbiorcza dezaktywacja (cofnięcie)
audit-action-bulk_undo_reactivate = Zbiorcza reaktywacja (cofnięcie)
audit-action-bulk_undo_revoke_access = Zbiorcze odebranie dostępu do produktów (cofnięcie)
audit-action-bulk_undo_assign_access = Zbiorcze przyznanie dostępu do produktów (cofnięcie)
audit-action-bulk_undo_remove_customer = Zbiorcze usunięcie klientów JSM (cofnięcie)
audit-outcome-refused = Odrzucono
audit-outcome-unknown = Wynik nieznany
audit-outcome-not_sent = Nie wysłano
audit-outcome-reread = Potwierdzono ponownym odczytem
audit-outcome-queued = W kolejce
audit-outcome-running = W toku
audit-outcome-cancelling = Anulowanie
audit-outcome-cancelled = Anulowano
audit-outcome-finished = Zakończono
audit-csv-seq = Wpis
audit-csv-time = Czas (UTC)
audit-csv-actor = ID administratora
audit-csv-actor-name = Nazwa administratora
audit-csv-auth-via = Metoda logowania
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Instalacja panelu Jira
audit-csv-action = Akcja
audit-csv-target = Obiekt docelowy
audit-csv-target-name = Użytkownik docelowy – nazwa
audit-csv-target-email = Użytkownik docelowy – e-mail
audit-csv-outcome = Wynik
audit-csv-atlassian-status = Status Atlassian
audit-csv-request-id = ID żądania
audit-csv-job-id = Zadanie
audit-csv-details = Szczegóły
audit-csv-prev-hash = Poprzedni skrót
audit-csv-hash = Skrót
audit-filter-source = Źródło
audit-source-both = Ta aplikacja i Atlassian
audit-source-app = Ta aplikacja
audit-source-atlassian = Atlassian
audit-atlassian-note = Zgłoszone przez Atlassian; nie należy do łańcucha skrótów tej aplikacji.
audit-event-open = Szczegóły zdarzenia Atlassian { $seq }
audit-event-title = Zdarzenie Atlassian nr { $seq }
audit-csv-source = Źródło
audit-csv-event-id = Identyfikator zdarzenia Atlassian
audit-csv-ip = Adres IP
audit-csv-product = Produkt
audit-action-user_deactivated = Użytkownik dezaktywowany
audit-action-user_reactivated = Użytkownik ponownie aktywowany
audit-action-user_access_suspended = Dostęp użytkownika zawieszony
audit-action-user_access_restored = Dostęp użytkownika przywrócony
audit-action-user_added_to_group = Użytkownik dodany do grupy
audit-action-user_removed_from_group = Użytkownik usunięty z grupy
audit-action-group_granted_role = Rola produktu nadana grupie
audit-action-group_revoked_role = Rola produktu odebrana grupie
audit-action-user_granted_role = Rola produktu nadana użytkownikowi
audit-action-user_revoked_role = Rola produktu odebrana użytkownikowi
audit-action-added_org_admin = Dodano administratora organizacji
audit-action-removed_org_admin = Usunięto administratora organizacji
audit-action-service_desk_customer_added = Dodano klienta service desku
audit-action-service_desk_customer_removed = Usunięto klienta service desku
audit-action-project_role_actor_added = Dodano do roli projektu
audit-action-project_role_actor_removed = Usunięto z roli projektu

## Settings
settings-title = Ustawienia


settings-api-key-docs = Jak utworzyć klucz API administratora

## Not found
not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nie ma żadnej strony. Link może zawierać literówkę lub strona mogła zostać przeniesiona.
not-found-action = Przejdź do pulpitu

## Demo mode
demo-badge = Organizacja demonstracyjna
demo-banner = { $org } to symulowana organizacja, więc możesz bezpiecznie eksperymentować: nic tutaj nie wpływa na prawdziwe konto Atlassian.
demo-connect = Połącz swoją organizację

## Errors a request can end in
error-unauthorized = Sesja wygasła. Zaloguj się ponownie, aby kontynuować.
error-forbidden = Tylko administratorzy organizacji mogą wykonać tę czynność.
error-not-found = Ten obiekt już nie istnieje. Mógł zostać usunięty w Atlassian.
error-invalid-input = Część wprowadzonych danych jest nieprawidłowa. Sprawdź wyróżnione pola.
error-atlassian-unavailable = Atlassian w tej chwili nie odpowiada. Spróbuj ponownie za kilka minut.
error-sync-running = Synchronizacja jest już w toku. Zaczekaj na jej zakończenie lub najpierw ją anuluj.
error-no-snapshot = Nie przeprowadzono jeszcze synchronizacji. Pierwsza synchronizacja uruchomi się automatycznie; może potrwać kilka minut.
error-transport = Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
error-internal = Na serwerze wystąpił błąd. Szczegóły znajdziesz w logu serwera.
error-payload-too-large = To żądanie jest większe, niż akceptuje serwer, więc nic nie zostało wykonane. Wyślij mniej naraz, na przykład mniej pozycji.
error-timeout = Serwer przerwał to żądanie, ponieważ trwało zbyt długo. Spróbuj ponownie za chwilę lub poproś o mniej naraz.

## CSV export column headers
csv-name = Nazwa
csv-email = E-mail
csv-status = Status
csv-account-type = Typ konta
csv-products = Produkty
csv-product-last-active = Ostatnia aktywność wg produktu
csv-last-active = Ostatnia aktywność
csv-groups = Grupy
csv-inactivity = Nieaktywność
csv-service-desks = Projekty usługowe
csv-jsm-organizations = Organizacje JSM

## Signing in
login-title = Logowanie
login-intro = Z User Account Manager mogą korzystać tylko administratorzy organizacji.
login-atlassian = Zaloguj się przez Atlassian
login-demo-admins = W tej wersji demonstracyjnej poniższe symulowane konta są administratorami organizacji. Wybierz jedno z nich na symulowanej stronie logowania Atlassian; każde inne konto zostanie odrzucone.
login-local-title = Lokalne konto administratora
login-login = Login
login-password = Hasło
login-totp = Kod z aplikacji uwierzytelniającej
login-totp-hint = Tylko jeśli Twoje konto korzysta z aplikacji uwierzytelniającej.
login-submit = Zaloguj się
login-setup-pending = Nie ma jeszcze żadnego lokalnego konta administratora. Podczas uruchamiania serwer wyświetlił jednorazowy link konfiguracyjny, który pozwala utworzyć pierwsze konto; to samo robi polecenie uam admin create.
login-signed-out = Wylogowano.
login-refused-title = Odmowa logowania
login-back = Wróć do logowania
login-error-invalid = Nieprawidłowy login, hasło lub kod z aplikacji uwierzytelniającej.
login-error-locked = Zbyt wiele nieudanych prób. Odczekaj 15 minut i spróbuj ponownie.
login-error-totp = Brak kodu z aplikacji uwierzytelniającej lub kod jest nieprawidłowy.
login-error-not-admin = To konto Atlassian nie jest administratorem tej organizacji lub nie znajduje się na liście administratorów uprawnionych do korzystania z tego serwera.
login-error-unavailable = Logowanie nie jest teraz możliwe: Atlassian lub baza danych serwera nie odpowiada. Spróbuj ponownie za minutę.
login-error-state = To logowanie wygasło, zostało już użyte lub rozpoczęto je w innej przeglądarce. Zacznij od nowa na stronie logowania.
login-error-setup-link = Ten link konfiguracyjny wygasł lub został już użyty. Uruchom ponownie serwer, aby wyświetlić nowy, lub utwórz administratora poleceniem uam admin create.
login-error-setup-input = Sprawdź pola: login nie może zawierać spacji, nazwa musi być wypełniona, hasło musi mieć co najmniej 12 znaków, a oba hasła muszą być identyczne.
login-error-expired = Sesja wygasła. Zaloguj się ponownie.

## First-run set-up
setup-title = Utwórz pierwsze konto administratora
setup-intro = To konto loguje się własnym hasłem. Zachowaj je jako konto awaryjne: po skonfigurowaniu połączenia z Atlassian administratorzy organizacji logują się przez Atlassian.
setup-login = Login (adres e-mail lub krótka nazwa)
setup-name = Imię i nazwisko
setup-password = Hasło (co najmniej 12 znaków)
setup-password-again = Powtórz hasło
setup-totp-title = Aplikacja uwierzytelniająca
setup-totp-optional = Zalecane: zeskanuj ten kod aplikacją uwierzytelniającą i wpisz kod, który ona wyświetli. Pozostaw pole kodu puste, aby pominąć ten krok.
setup-totp-required = Ten serwer wymaga aplikacji uwierzytelniającej: zeskanuj nią ten kod i wpisz kod, który ona wyświetli.
setup-totp-key = Możesz też wpisać ten klucz ręcznie:
setup-totp-qr = Kod QR dla aplikacji uwierzytelniającej
setup-totp-code = Kod z aplikacji
setup-submit = Utwórz konto i zaloguj się

## The signed-in admin
account-via-local = Konto lokalne
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = przez Jira
account-sign-out = Wyloguj się

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Otwieranie User Account Manager…
embed-expired = Sesja tego panelu wygasła. Otwórz ponownie User Account Manager w administracji Jira, aby kontynuować.
embed-refused = Z User Account Manager w Jira mogą korzystać tylko administratorzy tej organizacji i tylko wtedy, gdy serwer zezwala na użycie ich konta.
embed-unavailable = User Account Manager nie może teraz potwierdzić dostępu: Atlassian lub serwer nie odpowiada. Spróbuj ponownie za minutę.

## Settings page
settings-saved = Zapisano.
settings-save = Zapisz
settings-set-by-env = Ustawione przez zmienne środowiskowe; zmień to w konfiguracji serwera.
settings-connection-title = Połączenie z Atlassian
settings-connection-demo = Wyświetlana jest symulowana organizacja demonstracyjna { $org }. Poniżej możesz połączyć własną organizację.
settings-connection-env = Połączono z organizacją { $org } skonfigurowaną w środowisku serwera.
settings-connection-saved = Połączono z organizacją { $org }.
settings-connection-pending = Zapisane połączenie zostanie użyte od następnego uruchomienia serwera. Uruchom ponownie serwer, aby połączyć się z tą organizacją.
settings-admin-key = Klucz API administratora
settings-key-placeholder = Wklej nowy klucz, aby zastąpić zapisany
settings-key-write-only = Tylko do zapisu: klucz jest przechowywany w postaci zaszyfrowanej i nie będzie już nigdy wyświetlany.
settings-key-expiry = Data wygaśnięcia klucza
settings-key-expires = Wygasa { $date }.
settings-key-expires-soon = Wygasa { $date }, za { $days } dni. Przed tym terminem utwórz nowy klucz w Atlassian i wklej go tutaj.
settings-key-expired = Wygasł { $date }. Synchronizacje i akcje będą kończyć się niepowodzeniem do czasu zapisania nowego klucza.
settings-secret-set = kończy się na …{ $hint }, ustawiony przez: { $by }, { $at }
settings-secret-unset = nie ustawiono
settings-org = ID organizacji
settings-find-orgs = Znajdź organizacje
settings-site-title = Jira, Confluence i Jira Service Management
settings-site-body = Role w projektach, członkowie przestrzeni, klienci i licencje Jira są odczytywane przez witrynę przy użyciu adresu e-mail konta i jego tokenu API.
settings-site-url = Adres URL witryny
settings-site-email = E-mail konta
settings-site-token = Token API
settings-site-token-again = Wpisz token ponownie przy każdej zmianie adresu URL witryny lub adresu e-mail.
settings-test-connection = Testuj połączenie
settings-check-admin-key = Klucz API administratora
settings-check-org = Organizacja
settings-check-directory = Użytkownicy i grupy
settings-check-site = Witryna
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = odrzucono: klucz lub token jest nieprawidłowy, wygasł lub został unieważniony
settings-check-outcome-forbidden = odrzucono: dane uwierzytelniające nie mają wymaganego uprawnienia (zakresu)
settings-check-outcome-not-found = nie znaleziono: sprawdź ID organizacji lub adres URL witryny
settings-check-outcome-unreachable = Atlassian nie odpowiedział; spróbuj ponownie później
settings-check-outcome-not-configured = nie skonfigurowano
settings-check-outcome-not-on-site = brak w tej witrynie (witryna nie ma tego produktu)
settings-prices-title = Ceny licencji
settings-prices-body = Opcjonalne. Podaj miesięczny koszt jednej licencji każdego produktu, a pulpit pokaże, ile kosztują licencje nieaktywnych użytkowników. Pozostaw pole produktu puste, aby go pominąć.
settings-currency = Waluta (kod ISO, np. USD lub EUR)
settings-thresholds-title = Progi nieaktywności
settings-thresholds-body = Użytkownik bez aktywności dłużej niż próg ostrzeżenia otrzymuje status „ostrzeżenie”, a dłużej niż próg „po terminie” – status „po terminie”. Próg „po terminie” musi być dłuższy niż próg ostrzeżenia.
settings-warning-days = Próg ostrzeżenia (dni)
settings-overdue-days = Próg „po terminie” (dni)
settings-protected-title = Chronione konta
settings-protected-body = Akcje zbiorcze nigdy nie dezaktywują tych kont ani nie odbierają im dostępu. Wpisz adresy e-mail, całe domeny w postaci *@example.com lub identyfikatory kont Atlassian. Administratorzy organizacji i Ty jesteście zawsze chronieni.
settings-protected-add = Dodaj adresy, domeny lub identyfikatory kont (możesz wkleić kilka naraz, oddzielając je przecinkami, spacjami lub znakami nowego wiersza)
settings-protected-add-button = Dodaj
settings-protected-search = Szukaj chronionych kont
settings-protected-count = { $count ->
    [one] Jeden chroniony wpis
    [few] { $count } chronione wpisy
    [many] { $count } chronionych wpisów
   *[other] { $count } chronionych wpisów
}
settings-protected-remove = Usuń
settings-schedule-title = Harmonogram synchronizacji i przechowywanie dziennika audytu
settings-sync-interval = Odstęp między synchronizacjami (godziny)
settings-sync-interval-hint = 0 wyłącza zaplanowane synchronizacje; przycisk „Synchronizuj teraz” nadal działa.
settings-retention = Okres przechowywania wpisów audytu (dni)
settings-retention-hint = Co najmniej 180 dni (tyle, ile przechowuje je dziennik audytu Atlassian), maksymalnie 3650; 0 oznacza przechowywanie bezterminowe.
error-invalid-entries = Te wpisy nie są adresami e-mail ani wpisami w postaci *@domena, więc nic nie zostało zapisane:
settings-data-title = Twoje dane
settings-data-export-body = Pobierz w jednym archiwum wszystko, co przechowuje User Account Manager: ustawienia (bez sekretów), lokalne konta administratorów (bez haseł), historię synchronizacji, dziennik audytu i bieżącą migawkę użytkowników. Eksport zostanie odnotowany w dzienniku audytu.
settings-data-export = Eksportuj wszystko
settings-data-delete-body = Usuń wszystko, co przechowuje User Account Manager: ustawienia, zapisany klucz i token, lokalne konta administratorów, sesje, migawki i dziennik audytu. W Atlassian nic się nie zmieni. Tej operacji nie można cofnąć; jeśli dane mogą być jeszcze potrzebne, najpierw je wyeksportuj.
settings-data-delete-confirm = Wpisz DELETE, aby potwierdzić
settings-data-delete = Usuń wszystko
settings-data-not-confirmed = Nic nie zostało usunięte: aby potwierdzić, wpisz dokładnie DELETE.
settings-data-sync-running = Nic nie zostało usunięte: trwa synchronizacja. Anuluj ją lub zaczekaj na jej zakończenie, a następnie spróbuj ponownie.
settings-data-export-failed = Eksport nie powiódł się. Szczegóły znajdziesz w logu serwera.
settings-data-delete-failed = Usuwanie nie powiodło się; nic nie zostało usunięte. Szczegóły znajdziesz w logu serwera.
error-reauth-failed = Hasło lub kod uwierzytelniający są nieprawidłowe. Niczego nie zaplanowano.
error-reauth-stale = Najpierw potwierdź, że to Ty: zaloguj się ponownie przez Atlassian, a potem usuń w ciągu 5 minut.
error-panel-refused = Nie jest to możliwe z panelu Jira. Otwórz User Account Manager w osobnej karcie przeglądarki.
error-erasure-pending = Usunięcie wszystkich danych jest już zaplanowane. Najpierw je anuluj albo poczekaj, aż zostanie wykonane.
settings-data-delete-delay = Nic nie jest usuwane od razu: usunięcie nastąpi { $hours } godz. po Twoim potwierdzeniu. Do tego czasu każdy administrator widzi je na pulpicie i może je anulować. Podpisany zapis o usuniętym dzienniku audytu zostaje zachowany.
settings-data-reauth-atlassian = Zalogowano się przez Atlassian ponad 5 minut temu. Aby potwierdzić, że to Ty, zaloguj się ponownie, a potem usuń w ciągu 5 minut.
settings-data-reauth-fresh = Zalogowano się przez Atlassian mniej niż 5 minut temu, co potwierdza, że to Ty.
settings-data-scheduled = Usunięcie wszystkich danych zostało zaplanowane. Do czasu wykonania każdy administrator może je anulować tutaj lub na pulpicie.
erasure-title = Wszystkie dane zostaną usunięte
erasure-body = { $name } zaplanował(a) { $scheduled } usunięcie wszystkiego, co przechowuje User Account Manager, łącznie z dziennikiem audytu. Nastąpi ono { $due }, chyba że administrator je anuluje.
erasure-cancel = Anuluj usunięcie
erasure-cancelled = Usunięcie zostało anulowane. Nic nie zostało usunięte.
erasure-cancel-failed = Nie udało się anulować usunięcia. Szczegóły znajdziesz w logu serwera.
login-deleted = Wszystko zostało usunięte. Serwer wyświetlił nowy link konfiguracyjny, aby można było ponownie utworzyć pierwsze konto administratora.
error-invalid-org_id = Brak ID organizacji lub jest ono nieprawidłowe: to ID z adresu admin.atlassian.com/o/<ID>/…, złożone z liter, cyfr i łączników.
error-invalid-admin_api_key = Wklej klucz API administratora: dla tej organizacji nie zapisano jeszcze żadnego klucza.
error-invalid-site = Witryna wymaga jednocześnie adresu URL, adresu e-mail konta i tokenu API tego konta.
error-invalid-site_url = Adres URL witryny jest nieprawidłowy: powinien mieć postać https://your-site.atlassian.net.
error-invalid-site_host = Akceptowane są tylko witryny https://your-site.atlassian.net: token API nie jest wysyłany do żadnego innego hosta. Na inny host musi najpierw zezwolić operator serwera (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Nowy adres URL witryny lub nowy adres e-mail konta wymaga ponownego podania tokenu API: wklej token tego konta dla tej witryny.
error-invalid-site_email = E-mail konta nie jest prawidłowym adresem e-mail.
error-invalid-thresholds = Oba progi muszą być liczbami całkowitymi dni, a próg „po terminie” musi być dłuższy niż próg ostrzeżenia.
error-invalid-schedule = Wpisz liczby całkowite: odstęp między synchronizacjami w godzinach i okres przechowywania dziennika audytu w dniach.
error-invalid-sync_interval_hours = Odstęp między synchronizacjami musi wynosić 0 (wyłączone) lub od 1 do 168 godzin.
error-invalid-audit_retention_days = Okres przechowywania wpisów audytu musi wynosić 0 dni (bezterminowo) lub od 180 do 3650 dni.
error-invalid-seat_prices = Wpisz trzyliterowy kod waluty i ceny od 0 do 100000, używając cyfr i kropki dziesiętnej.
login-atlassian-off = Logowanie przez Atlassian nie jest skonfigurowane na tym serwerze. Operator serwera może je skonfigurować za pomocą aplikacji OAuth (UAM_OAUTH_CLIENT_ID i UAM_OAUTH_CLIENT_SECRET); do tego czasu zaloguj się lokalnym kontem administratora.

## Bulk actions
bulk-title = Akcja zbiorcza
bulk-undo-title = Cofnij to zadanie
bulk-actions = Akcje…
bulk-actions-user = Akcje dla tego użytkownika…
bulk-choose = Co zrobić
bulk-action-deactivate = Dezaktywuj
bulk-action-reactivate = Aktywuj ponownie
bulk-action-revoke_access = Odbierz dostęp do produktu
bulk-action-assign_access = Nadaj dostęp do produktu
bulk-action-remove_customer = Usuń klientów JSM
bulk-every-desk = wszystkie projekty usługowe
bulk-products = Produkty
bulk-desks = Projekty usługowe
bulk-desks-hint = Nie wybieraj żadnego, aby usunąć klientów ze wszystkich projektów usługowych, do których należą.
bulk-check = Sprawdź, kogo to dotyczy
bulk-cancel = Anuluj
bulk-checking = Sprawdzanie każdego użytkownika w Atlassian…
bulk-starting = Uruchamianie zadania…
bulk-count-changing = { $count ->
        [one] Zmiana obejmie { $formatted } użytkownika
        [few] Zmiana obejmie { $formatted } użytkowników
        [many] Zmiana obejmie { $formatted } użytkowników
       *[other] Zmiana obejmie { $formatted } użytkowników
    }
bulk-count-already = { $count ->
        [one] { $formatted } użytkownik jest już w tym stanie
        [few] { $formatted } użytkownicy są już w tym stanie
        [many] { $formatted } użytkowników jest już w tym stanie
       *[other] { $formatted } użytkowników jest już w tym stanie
    }
bulk-count-cannot = { $count ->
        [one] Nie można zmienić { $formatted } użytkownika
        [few] Nie można zmienić { $formatted } użytkowników
        [many] Nie można zmienić { $formatted } użytkowników
       *[other] Nie można zmienić { $formatted } użytkowników
    }
bulk-how = Sposób wykonania
bulk-method-disable_account = { $count ->
        [one] { $formatted } konto zostanie dezaktywowane (konto zarządzane przez organizację: API cyklu życia użytkowników)
        [few] { $formatted } konta zostaną dezaktywowane (konta zarządzane przez organizację: API cyklu życia użytkowników)
        [many] { $formatted } kont zostanie dezaktywowanych (konta zarządzane przez organizację: API cyklu życia użytkowników)
       *[other] { $formatted } kont zostanie dezaktywowanych (konta zarządzane przez organizację: API cyklu życia użytkowników)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } konto zostanie ponownie aktywowane (konto zarządzane przez organizację: API cyklu życia użytkowników)
        [few] { $formatted } konta zostaną ponownie aktywowane (konta zarządzane przez organizację: API cyklu życia użytkowników)
        [many] { $formatted } kont zostanie ponownie aktywowanych (konta zarządzane przez organizację: API cyklu życia użytkowników)
       *[other] { $formatted } kont zostanie ponownie aktywowanych (konta zarządzane przez organizację: API cyklu życia użytkowników)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } użytkownik straci dostęp do organizacji (zawieszenie: organizacja nie zarządza tym kontem)
        [few] { $formatted } użytkownicy stracą dostęp do organizacji (zawieszenie: organizacja nie zarządza ich kontami)
        [many] { $formatted } użytkowników straci dostęp do organizacji (zawieszenie: organizacja nie zarządza ich kontami)
       *[other] { $formatted } użytkowników straci dostęp do organizacji (zawieszenie: organizacja nie zarządza ich kontami)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } użytkownik odzyska dostęp do organizacji (przywrócenie: organizacja nie zarządza tym kontem)
        [few] { $formatted } użytkownicy odzyskają dostęp do organizacji (przywrócenie: organizacja nie zarządza ich kontami)
        [many] { $formatted } użytkowników odzyska dostęp do organizacji (przywrócenie: organizacja nie zarządza ich kontami)
       *[other] { $formatted } użytkowników odzyska dostęp do organizacji (przywrócenie: organizacja nie zarządza ich kontami)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } użytkownik zostanie usunięty z grup nadających dostęp do produktów
        [few] { $formatted } użytkownicy zostaną usunięci z grup nadających dostęp do produktów
        [many] { $formatted } użytkowników zostanie usuniętych z grup nadających dostęp do produktów
       *[other] { $formatted } użytkowników zostanie usuniętych z grup nadających dostęp do produktów
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } użytkownik zostanie dodany do grupy nadającej dostęp do produktów
        [few] { $formatted } użytkownicy zostaną dodani do grupy nadającej dostęp do produktów
        [many] { $formatted } użytkowników zostanie dodanych do grupy nadającej dostęp do produktów
       *[other] { $formatted } użytkowników zostanie dodanych do grupy nadającej dostęp do produktów
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } użytkownik straci rolę produktu przypisaną bezpośrednio
        [few] { $formatted } użytkownicy stracą rolę produktu przypisaną bezpośrednio
        [many] { $formatted } użytkowników straci rolę produktu przypisaną bezpośrednio
       *[other] { $formatted } użytkowników straci rolę produktu przypisaną bezpośrednio
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } użytkownik otrzyma rolę produktu bezpośrednio
        [few] { $formatted } użytkownicy otrzymają rolę produktu bezpośrednio
        [many] { $formatted } użytkowników otrzyma rolę produktu bezpośrednio
       *[other] { $formatted } użytkowników otrzyma rolę produktu bezpośrednio
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } klient zostanie usunięty z projektów usługowych
        [few] { $formatted } klienci zostaną usunięci z projektów usługowych
        [many] { $formatted } klientów zostanie usuniętych z projektów usługowych
       *[other] { $formatted } klientów zostanie usuniętych z projektów usługowych
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } klient zostanie ponownie dodany do projektów usługowych
        [few] { $formatted } klienci zostaną ponownie dodani do projektów usługowych
        [many] { $formatted } klientów zostanie ponownie dodanych do projektów usługowych
       *[other] { $formatted } klientów zostanie ponownie dodanych do projektów usługowych
    }
bulk-nothing = Nie ma nic do zmiany: każdy zaznaczony użytkownik jest już w tym stanie lub nie można go zmienić.
bulk-skipped = Pominięci
bulk-skipped-more = …oraz { $count } innych.
bulk-reason = Powód
bulk-type-to-confirm = Wpisz { $count }, aby potwierdzić
bulk-presets = Akcje porządkowe
bulk-preset-overdue = Dezaktywuj wszystkich „po terminie”
bulk-preset-revoke = Odbierz dostęp do { $product } użytkownikom nieaktywnym w nim od { $days } dni
bulk-skip-already_done = Już w tym stanie
bulk-skip-protected = Chronione w Ustawieniach
bulk-skip-org_admin = Administrator organizacji: akcje zbiorcze nigdy go nie zmieniają
bulk-skip-acting_admin = Twoje własne konto: Twoje akcje zbiorcze nigdy go nie zmieniają
bulk-skip-identity_provider = Aprowizowane przez dostawcę tożsamości (SCIM), który zarządza dostępem tego konta
bulk-skip-lookup_failed = Nie udało się sprawdzić w Atlassian bieżącego stanu tego użytkownika, więc nie podjęto ryzyka zmiany
bulk-skip-not_found = Atlassian nie zna już tego konta
bulk-skip-not_applicable = Ta akcja nie dotyczy tego typu konta
bulk-skip-no_way = Dostęp pochodzi ze źródła, którego to narzędzie nie może zmienić
bulk-skip-direct_role_unavailable = Przyznany bezpośrednio, a ta organizacja nie udostępnia API Atlassian do bezpośrednich ról produktowych (ograniczona dostępność), więc niczego nie ryzykowano
bulk-step-disable_account = Dezaktywowano konto
bulk-step-enable_account = Ponownie aktywowano konto
bulk-step-suspend = Zawieszono dostęp do organizacji
bulk-step-restore = Przywrócono dostęp do organizacji
bulk-step-leave_group = Usunięto z grupy { $object }
bulk-step-join_group = Dodano do grupy { $object }
bulk-step-revoke_role = Odebrano rolę { $object }
bulk-step-assign_role = Przypisano rolę { $object }
bulk-step-remove_customer = Usunięto z listy klientów: { $object }
bulk-step-add_customer = Dodano do listy klientów: { $object }

## Jobs
nav-jobs = Zadania
jobs-title = Zadania
jobs-intro = Akcje zbiorcze są wykonywane na serwerze jako zadania: działają dalej po zamknięciu karty, widzi je każdy administrator, a w danej chwili wykonywane jest tylko jedno z nich – pozostałe czekają w kolejce.
jobs-loading = Wczytywanie zadań…
jobs-empty-title = Brak zadań
jobs-empty-body = Akcje zbiorcze uruchomione na stronie Użytkownicy lub na pulpicie pojawią się tutaj wraz z postępem i wynikiem dla każdego użytkownika.
jobs-caption = Zadania akcji zbiorczych, od najnowszych
job-title = Zadanie
job-back = Wszystkie zadania
job-loading = Wczytywanie zadania…
job-action = Akcja
job-state = Stan
job-progress = Postęp
job-started-by = Uruchomione przez
job-created = Utworzono
job-started = Rozpoczęto
job-finished = Zakończono
job-counts = Wykonano: { $done }, pominięto: { $skipped }, niepowodzenia: { $failed } (łącznie { $total })
job-count-done = Wykonano: { $formatted }
job-count-skipped = Pominięto: { $formatted }
job-count-failed = Niepowodzenia: { $formatted }
job-count-unknown = Przerwano, wynik nieznany: { $formatted }
job-count-cancelled = Nieobsłużone (anulowano): { $formatted }
job-count-pending = Oczekujące: { $formatted }
job-waiting = Oczekiwanie na limit żądań Atlassian do { $time }
job-queue-position = { $count ->
        [0] W kolejce: następne do wykonania
        [one] W kolejce: { $count } zadanie wcześniej
        [few] W kolejce: { $count } zadania wcześniej
        [many] W kolejce: { $count } zadań wcześniej
       *[other] W kolejce: { $count } zadań wcześniej
    }
job-undo-of = To zadanie cofa wcześniejsze zadanie.
job-open-original = Otwórz pierwotne zadanie
job-undone-by = To zadanie zostało cofnięte.
job-open-undo = Otwórz zadanie cofające
job-undone-by-short = cofnięte
job-error = Przerwano przedwcześnie:
job-stopped-panic = błąd wewnętrzny zatrzymał to zadanie. Użytkownicy, do których jeszcze nie dotarło, pozostali bez zmian.
job-stopped-not-admin = administrator, który je uruchomił, nie jest już administratorem organizacji uprawnionym do korzystania z tego serwera, więc zadanie odrzucono.
job-stopped-admin-unconfirmed = Atlassian nie potwierdził, że administrator, który je uruchomił, nadal jest administratorem organizacji, więc zadanie odrzucono.
job-cancel = Anuluj zadanie
job-undo = Cofnij to zadanie
job-results = Wyniki dla poszczególnych użytkowników
job-filter = Pokaż
job-filter-all = Wszystkie
job-item-state = Wynik
job-steps = Kroki
job-outcome = Powód i odpowiedź Atlassian
job-no-items = Brak użytkowników w tym stanie.
job-atlassian-status = Odpowiedź Atlassian: { $status }
job-request-id = ID żądania
job-state-queued = W kolejce
job-state-running = W toku
job-state-cancelling = Anulowanie
job-state-cancelled = Anulowano
job-state-finished = Zakończono
job-state-failed = Niepowodzenie
job-item-pending = Oczekuje
job-item-running = W toku
job-item-done = Gotowe
job-item-skipped = Pominięto
job-item-failed = Niepowodzenie
job-item-unknown = Wynik nieznany
job-item-cancelled = Anulowano

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Pokaż moje wyświetlenia dziennika
audit-views-hidden = Twoje własne wyświetlenia dziennika, ukryte: { $formatted }.
audit-views-show = Pokaż je
audit-chain-verified-through = Łańcuch zweryfikowany do wpisu #{ $last }, ostatni podpisany punkt kontrolny #{ $seq } z { $time }.
audit-chain-verified-through-unsigned = Łańcuch zweryfikowany do wpisu #{ $last }, brak jeszcze podpisanego punktu kontrolnego.
audit-job-titled = { $title } · zadanie { $id }
audit-csv-details-json = Szczegóły (JSON)
audit-say-via-local = Zalogowano kontem lokalnym.
audit-say-via-atlassian = Zalogowano przez Atlassian.
audit-say-via-forge = Zalogowano z panelu Jira.
audit-say-refused = Odmowa: { $reason }
audit-say-attempts = Nieudane próby: { $count }, od { $since }.
audit-say-from = Z adresu { $address }.
audit-say-session-ended = Administrator nie jest już administratorem organizacji, więc sesję zamknięto.
audit-say-totp-on = Loguje się hasłem i kodem z aplikacji uwierzytelniającej.
audit-say-totp-off = Loguje się tylko hasłem.
audit-say-setting = { $setting }: zmieniono z { $before } na { $after }.
audit-say-secret = { $setting }: zastąpiono; stara wartość kończyła się na { $before }, nowa kończy się na { $after }.
audit-say-secret-first = { $setting }: ustawiono; wartość kończy się na { $after }.
audit-say-nothing = nic
audit-say-yes = tak
audit-say-no = nie
audit-say-data-exported = Wyeksportowano wszystko: użytkownicy: { $users }, rozmiar: { $size } KB.
audit-say-data-deleted = Usunięto wszystkie przechowywane dane; dziennik zaczyna się tu od nowa.
audit-say-erasure-times = Zaplanowano { $scheduled }, termin: { $due }.
audit-say-erasure-due = Wszystko zostanie usunięte { $due }, chyba że administrator to anuluje.
audit-say-erasure-cancelled = Anulowano usunięcie zaplanowane przez { $by } na { $due }.
audit-say-viewed = Wyświetlono dziennik.
audit-say-filter = Filtry: { $filter }.
audit-say-audit-export = Wyeksportowane wpisy: { $count }.
audit-say-pruned = Wpisy usunięte zgodnie z okresem przechowywania: { $count }, wszystkie starsze niż { $cutoff }; ostatni to #{ $seq }.
audit-say-users-exported = Użytkownicy wyeksportowani z widoku tabeli użytkowników: { $count }.
audit-say-users-selected = Wyeksportowani zaznaczeni użytkownicy: { $count }.
audit-say-job-queued = Użytkownicy w planie: { $users }; do zmiany: { $changing }; bez zmian: { $skipped }.
audit-say-job-cancel = Poproszono o zatrzymanie zadania; użytkownicy w trakcie zostaną najpierw dokończeni.
audit-say-job-ended = Zadanie zakończone ({ $state }): { $counts }.
audit-say-step-intent = Za chwilę prośba do Atlassian: { $step }.
audit-say-step-failed = Niepowodzenie (próba { $attempt }): { $step }. Odpowiedź Atlassian: { $error }
audit-say-reread-yes = Ponowny odczyt użytkownika pokazał, że zmiana została wprowadzona.
audit-say-reread-no = Ponowny odczyt użytkownika pokazał, że zmiana nie została wprowadzona.
audit-say-interrupted = Przerwane przez ponowne uruchomienie serwera, potem rozstrzygnięte ponownym odczytem użytkownika.
audit-say-skip-preflight = Pozostawiony bez zmian w kontroli wstępnej: { $reason }.
audit-say-error = Błąd: { $error }
audit-say-exercise = Zapisane w celu sprawdzenia słownika audytu; żaden administrator nie wykonał tej akcji.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian nie odpowiedział na czas. Spróbuj ponownie za chwilę.
error-invalid-admin_api_key_refused = Atlassian odrzucił ten klucz: jest błędny, wygasł lub został unieważniony albo nie może odczytywać organizacji. Sprawdź go w admin.atlassian.com.
settings-no-answer = Atlassian nie odpowiedział w ciągu { $seconds } s. Spróbuj ponownie za chwilę; jeśli to się powtarza, Atlassian może mieć problemy.
settings-finding-orgs = Wyszukiwanie organizacji…
settings-orgs-found = Organizacje widoczne dla tego klucza: { $count }. Wybierz jedną w polu ID organizacji.
settings-orgs-none = Ten klucz nie widzi żadnej organizacji. Sprawdź, czy to klucz Admin API organizacji, a nie osobisty token API.
settings-checking = Sprawdzanie połączenia z Atlassian…
settings-check-col-check = Sprawdzenie
settings-check-col-result = Wynik
settings-check-col-detail = Co to oznacza
settings-check-result-ok = Działa
settings-check-result-unused = Nieużywane
settings-check-result-failed = Wymaga uwagi
settings-check-ok-detail = Atlassian przyjął dane uwierzytelniające i odpowiedział.
settings-check-status = Odpowiedź Atlassian dla wsparcia: HTTP { $status }
settings-check-summary = Działające sprawdzenia: { $working } z { $total }.
settings-check-outcome-timeout = brak odpowiedzi w ciągu { $seconds } s: Atlassian może działać wolno lub być niedostępny; spróbuj ponownie za kilka minut
settings-check-outcome-rate-limited = Atlassian ogranicza teraz żądania (zbyt wiele w krótkim czasie); spróbuj ponownie za minutę
settings-check-outcome-server-error = po stronie Atlassian wystąpił problem i nie mógł odpowiedzieć; spróbuj ponownie później
settings-check-outcome-rejected = Atlassian odrzucił wysłane żądanie; szczegóły są w dzienniku serwera
settings-nav-label = Sekcje ustawień
settings-danger-title = Strefa zagrożenia
settings-danger-unlock = Przycisk odblokuje się po wpisaniu DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Dezaktywacja: { $users }
job-title-reactivate = Ponowna aktywacja: { $users }
job-title-revoke_access = Odebranie dostępu do { $subjects }: { $users }
job-title-assign_access = Nadanie dostępu do { $subjects }: { $users }
job-title-remove_customer = Usunięcie z klientów ({ $subjects }): { $users }
job-title-add_customer = Przywrócenie do klientów ({ $subjects }): { $users }
job-undo-of-job = cofnięcie zadania { $job }
bulk-plan-disable_account = Dezaktywuj (konto zarządzane)
bulk-plan-enable_account = Aktywuj ponownie (konto zarządzane)
bulk-plan-suspend = Zawieś dostęp do organizacji
bulk-plan-restore = Przywróć dostęp do organizacji
bulk-plan-leave_group = Usuń z grupy { $object }
bulk-plan-join_group = Dodaj do grupy { $object }
bulk-plan-revoke_role = Odbierz dostęp do { $object }
bulk-plan-assign_role = Nadaj dostęp do { $object }
bulk-plan-remove_customer = Usuń z klientów: { $object }
bulk-plan-add_customer = Przywróć do klientów: { $object }
bulk-changing = Użytkownicy, którzy zostaną zmienieni
bulk-change = Zmiana
bulk-search = Szukaj po nazwie lub adresie e-mail
bulk-search-none = Żaden użytkownik nie pasuje do wyszukiwania.
job-outcome-confirmed = Gotowe: Atlassian potwierdził zmianę
job-outcome-refused = Atlassian odrzucił zmianę
job-outcome-unavailable = Atlassian na razie nie przyjął zmiany (przeciążony lub niedostępny)
bulk-their-desks = ich wcześniejsze service deski

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filtry
filters-active = Aktywne filtry
filter-chip = { $name }: { $value }
filter-remove = Usuń filtr: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Brak dostępu
card-no-access = Nie mogą się zalogować (zawieszeni lub dezaktywowani): { $formatted }
column-places = Projekty i przestrzenie
csv-places = Projekty i przestrzenie (role)
places-more = +{ $more } więcej
export-style = Komórki CSV
export-style-readable = Czytelne etykiety
export-style-codes = Kody dla skryptów
