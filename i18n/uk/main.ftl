## The language's own name, shown in the language picker.
language-name = Українська

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-dashboard = Інформаційна панель
nav-users = Користувачі
nav-audit = Журнал аудиту
nav-settings = Налаштування
prefs-language = Мова
prefs-theme = Тема
prefs-apply = Застосувати
theme-system = Системна тема
theme-light = Світла тема
theme-dark = Темна тема
error-title = Щось пішло не так
error-body = Не вдалося показати цю частину сторінки. Перезавантажте сторінку, щоб спробувати ще раз; якщо помилка повторюється, подробиці див. у журналі сервера.

## Dashboard
dashboard-title = Інформаційна панель
dashboard-empty-title = Даних про організацію ще немає
dashboard-empty-body = Підключіть свою організацію Atlassian у налаштуваннях. Після першої синхронізації на цій панелі з’являться ваші користувачі, їхня активність і використання ліцензій у Jira, Confluence та Jira Service Management.
dashboard-empty-action = Відкрити налаштування
dashboard-first-sync-title = Отримання даних вашої організації
dashboard-first-sync-body = Перша синхронізація отримує з Atlassian користувачів, групи та доступ до продуктів. Її хід показано вище; цифри з’являться тут одразу після її завершення.
dashboard-first-sync-working = Синхронізація…
dashboard-summary = Зведення
card-total = Усього користувачів
card-total-detail = Користувачі організації: { $org }, клієнти: { $customers }
card-active = Нещодавно активні
card-active-detail = Користувачі організації, які працювали з продуктом за останні { $days } дн.
card-inactive = Неактивні користувачі
card-customers = Клієнти JSM
threshold-warning = Немає активності { $days } дн. або довше
threshold-overdue = Немає активності { $days } дн. або довше
threshold-never = Активність жодного разу не зафіксовано
utilisation-title = Використання ліцензій
utilisation-seats = Зайнято місць: { $used } з { $capacity } ({ $percent })
utilisation-near = Місця майже закінчилися: перш ніж купувати нові, перегляньте неактивних користувачів.
utilisation-over = Усі місця зайнято: нові користувачі не зможуть отримати доступ, доки місця не звільняться або не буде придбано нові.
products-title = Продукти
products-product = Продукт
products-users = Користувачі з доступом
products-seats = Зайнято місць
products-cost = Щомісячна вартість неактивних місць
products-cost-hint = Укажіть ціну одного місця, щоб бачити щомісячну вартість неактивних місць.
products-cost-set = Указати ціни в налаштуваннях
chart-title = Остання активність
chart-intro = Коли користувачі організації з активним обліковим записом востаннє працювали з будь-яким продуктом.
chart-days = { $from }–{ $to } дн.
chart-more-than = Понад { $days } дн.
chart-table-caption = Остання активність користувачів організації з активним обліковим записом
chart-last-active = Остання активність
chart-users = Користувачі
sync-title = Синхронізація
sync-last = Дані станом на { $time }: { $formatted } { $count ->
        [one] обліковий запис
        [few] облікові записи
        [many] облікових записів
       *[other] облікового запису
    }.
sync-never = Синхронізацію ще не виконано.
sync-next = Наступна синхронізація за розкладом: { $time }
sync-incremental = Остання перевірка змін, внесених в Atlassian: { $time }. Оновлено { $formatted } { $count ->
        [one] користувача
        [few] користувачів
        [many] користувачів
       *[other] користувача
    }.
sync-incremental-failed = Перевірка змін, внесених в Atlassian, о { $time } завершилася помилкою: { $reason }
sync-failed = Синхронізація, запущена о { $time }, завершилася помилкою: { $reason }
sync-now = Синхронізувати
sync-cancel = Скасувати синхронізацію
sync-phase-starting = Запуск
sync-phase-collecting = Отримання даних з Atlassian
sync-phase-indexing = Створення знімка
sync-items = Прочитано облікових записів: { $done }
sync-items-of = Прочитано облікових записів: { $done } з приблизно { $total }
sync-waits = Запитів: { $requests }; очікування через обмеження частоти запитів Atlassian: { $seconds } с
sync-families = Прочитані продукти
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Прочитано повністю
sync-family-partial = Прочитано частково
sync-family-not-on-site = Немає на цьому сайті
sync-family-not-configured = Не прочитано: обліковий запис сайту не налаштовано
sync-family-stale = Цього разу не прочитано; показано дані станом на { $time } ({ $reason })
sync-family-unread = Ще не прочитано ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } проєкт
        [few] { $formatted } проєкти
        [many] { $formatted } проєктів
       *[other] { $formatted } проєкту
    }
sync-part-seats = Кількість місць Jira
sync-part-group = { $count ->
        [one] Учасники { $formatted } групи
        [few] Учасники { $formatted } груп
        [many] Учасники { $formatted } груп
       *[other] Учасники { $formatted } групи
    }
sync-part-desk = { $count ->
        [one] Клієнти { $formatted } служби підтримки
        [few] Клієнти { $formatted } служб підтримки
        [many] Клієнти { $formatted } служб підтримки
       *[other] Клієнти { $formatted } служби підтримки
    }
sync-part-jsm-org = { $count ->
        [one] Учасники { $formatted } організації JSM
        [few] Учасники { $formatted } організацій JSM
        [many] Учасники { $formatted } організацій JSM
       *[other] Учасники { $formatted } організації JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } простір
        [few] { $formatted } простори
        [many] { $formatted } просторів
       *[other] { $formatted } простору
    }
sync-skipped-permission = { $what }: не вдалося прочитати. Обліковий запис сайту повинен мати { $permission }.
sync-skipped-not-offered = { $what }: не вдалося прочитати. Цей сайт не надає потрібного для цього API.
sync-skipped-names = Зокрема: { $names }
permission-administer-projects = дозвіл проєкту «Адміністрування проєктів» (або «Адміністрування Jira»)
permission-administer-jira = глобальний дозвіл «Адміністрування Jira»
permission-browse-users = глобальний дозвіл «Перегляд користувачів і груп»
permission-desk-agent = роль агента або адміністратора служби підтримки
permission-view-space = дозвіл простору «Перегляд»
sync-history = Останні синхронізації
sync-history-started = Початок
sync-history-outcome = Результат
sync-history-accounts = Облікові записи
sync-history-requests = Запити
sync-outcome-running = Виконується
sync-outcome-complete = Завершено
sync-outcome-failed = Помилка
sync-outcome-cancelled = Скасовано

## Users
users-title = Користувачі
users-empty-title = Користувачів ще немає
users-empty-body = Після першої синхронізації тут з’являться користувачі організації, учасники проєктів Jira і просторів Confluence, а також клієнти Jira Service Management.
users-loading = Завантаження користувачів…
users-tabs = Які користувачі
users-tab-org = Користувачі організації
users-tab-projects = Користувачі проєктів
users-tab-customers = Клієнти JSM
users-tab-all = Усі
users-presets = Швидкі подання
users-preset-inactive = Неактивні в усіх продуктах
users-preset-warning = Попередження
users-preset-overdue = Прострочено
users-preset-never = Жодного разу не активні
users-clear-filters = Скинути фільтри
users-count = { $count ->
        [one] { $formatted } користувач
        [few] { $formatted } користувачі
        [many] { $formatted } користувачів
       *[other] { $formatted } користувача
    }
users-as-of = станом на { $time }
users-thresholds = · попередження через { $warning } дн., прострочено через { $overdue } дн.
users-table-caption = Користувачі, що відповідають фільтрам
users-no-matches = Немає користувачів, що відповідають цим фільтрам.
filter-search = Пошук
filter-search-placeholder = Ім’я або ел. пошта
filter-type = Тип облікового запису
filter-product = Продукт
filter-group = Група
filter-project = Проєкт або простір
filter-desk = Служба підтримки або організація
filter-active-after = Остання активність не раніше
filter-active-before = Остання активність до
filter-status = Статус
filter-inactivity = Неактивність
filter-any = Будь-який
filter-apply = Застосувати фільтри
column-name = Ім’я
column-email = Ел. пошта
column-status = Статус
column-account-type = Тип облікового запису
column-products = Продукти
column-groups = Групи
column-last-active = Остання активність
column-inactivity = Неактивність
column-added = Додано до організації
column-service-desks = Служби підтримки
column-jsm-organizations = Організації JSM
column-details = Відомості
columns-choose = Стовпці
status-active = Активний
status-suspended = Призупинений
status-deactivated = Деактивований
status-pending = Запрошений
class-managed = Керований
class-external = Зовнішній
class-customer = Клієнт
class-app = Застосунок
inactivity-active = Нещодавно активний
inactivity-warning = Попередження
inactivity-overdue = Прострочено
inactivity-never = Жодного разу не активний
never-active = Ніколи
email-hidden = Приховано налаштуваннями конфіденційності користувача
org-admin = Адмін організації
open-in-admin = Відкрити в Адмініструванні Atlassian
list-more = { $list } +{ $more }
details = Відомості
details-for = Відомості: { $name }
details-close = Закрити відомості
details-missing = Користувача не знайдено
details-account-id = ID облікового запису
details-org-admin = Адміністратор організації
details-scim = Надано постачальником ідентифікаційних даних
details-products = Продукти й остання активність
details-product = Продукт
details-projects = Проєкти Jira
details-spaces = Простори Confluence
details-none = Немає
yes = Так
no = Ні
select-page = Вибрати всіх користувачів на цій сторінці
select-user = Вибрати: { $name }
selection-count = { $count ->
        [0] Користувачів не вибрано
        [one] Вибрано { $formatted } користувача
        [few] Вибрано { $formatted } користувачів
        [many] Вибрано { $formatted } користувачів
       *[other] Вибрано { $formatted } користувача
    }
select-all-matching = Вибрати всіх відповідних ({ $formatted })
selection-clear = Скасувати вибір
pager-label = Сторінки
pager-previous = Назад
pager-next = Далі
pager-position = Сторінка { $page } з { $pages }
pager-size = Рядків на сторінці:
export-matching = Експорт відповідних користувачів (CSV)
export-selected = Експорт вибраних користувачів (CSV)
export-progress = Експорт користувачів: { $done } з { $total }…
export-cancel = Скасувати експорт
export-cancelled = Експорт скасовано.
export-done = { $count ->
        [one] Експортовано { $formatted } користувача.
        [few] Експортовано { $formatted } користувачів.
        [many] Експортовано { $formatted } користувачів.
       *[other] Експортовано { $formatted } користувача.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Журнал аудиту
audit-empty-title = Записів аудиту ще немає
audit-empty-body = Кожна дія адміністратора в цьому застосунку записується в журнал: хто, коли й щодо кого її виконав і що відповів Atlassian.
audit-loading = Завантаження журналу аудиту…
audit-search-placeholder = Адміністратор, користувач, дія, відомості або ID запиту
audit-filter-from = З (день за UTC)
audit-filter-to = По (день за UTC)
audit-filter-admin = Адміністратор
audit-filter-action = Дія
audit-filter-outcome = Результат
audit-filter-user = Користувач, якого стосується
audit-filter-user-placeholder = ID облікового запису, ім’я або ел. пошта
audit-count = { $count ->
        [one] { $formatted } запис
        [few] { $formatted } записи
        [many] { $formatted } записів
       *[other] { $formatted } запису
    }
audit-no-matches = Немає записів, що відповідають цим фільтрам.
audit-table-caption = Записи журналу аудиту, спочатку нові
audit-column-time = Час (UTC)
audit-column-admin = Адміністратор
audit-column-action = Дія
audit-column-user = Користувач, якого стосується
audit-column-outcome = Результат
audit-column-status = Статус Atlassian
audit-column-request = ID запиту
audit-column-details = Відомості
audit-column-entry = Запис
audit-entry-open = Відомості про запис { $seq }
audit-entry-title = Запис № { $seq }
audit-job = Завдання { $id }
audit-export = Експорт у CSV
audit-export-progress = Експорт записів: { $done } з { $total }…
audit-export-done = { $count ->
        [one] Експортовано { $formatted } запис.
        [few] Експортовано { $formatted } записи.
        [many] Експортовано { $formatted } записів.
       *[other] Експортовано { $formatted } запису.
    }
audit-chain-broken = Ланцюжок порушено на записі № { $seq }: { $reason }
audit-chain-broken-help = Записи, починаючи з цього, могли бути змінені, видалені або вставлені в обхід User Account Manager. Не змінюйте базу даних і порівняйте її з останнім експортом або резервною копією.
audit-chain-unchecked = Не вдалося перевірити ланцюжок хешів.
audit-checkpoints-missing = Бракує підписаних контрольних точок: файл контрольних точок більше не містить контрольної точки запису #{ $seq }, записаної цим сервером.
audit-checkpoints-missing-help = Файл видалено, замінено старішою копією або обрізано, тож записи аж до цього більше не можна перевірити за підписом. Відновіть файл зі своєї копії (журнал сервера теж містить кожну контрольну точку) і не змінюйте базу даних.
audit-action-sign_in = Вхід
audit-action-sign_out = Вихід
audit-action-authn_denied = Доступ заборонено
audit-action-session_ended = Сеанс завершено
audit-action-local_admin_created = Створено локального адміністратора
audit-action-settings_changed = Змінено налаштування
audit-action-secret_replaced = Замінено облікові дані
audit-action-data_exported = Експорт даних
audit-action-data_deleted = Видалення даних
audit-action-audit_viewed = Перегляд журналу аудиту
audit-action-audit_export = Експорт журналу аудиту
audit-action-users_exported = Експорт користувачів
audit-outcome-ok = Успішно
audit-outcome-denied = Заборонено
audit-outcome-failed = Помилка
audit-outcome-intent = Намір
audit-outcome-skipped = Пропущено
audit-outcome-blocked = Заблоковано
audit-action-data_erasure_scheduled = Заплановано видалення всіх даних
audit-action-data_erasure_cancelled = Заплановане видалення скасовано
audit-action-audit_pruned = Старі записи аудиту видалено
audit-action-bulk_job_queued = Масове завдання поставлено в чергу
audit-action-bulk_job_cancel = Запитано скасування масового завдання
audit-action-bulk_job_refused = Масове завдання відхилено
audit-action-bulk_job_ended = Масове завдання завершено
audit-action-bulk_deactivate = Масова деактивація
audit-action-bulk_reactivate = Масова повторна активація
audit-action-bulk_revoke_access = Масове відкликання доступу до продуктів
audit-action-bulk_assign_access = Масове надання доступу до продуктів
audit-action-bulk_remove_customer = Масове видалення клієнтів JSM
audit-action-bulk_undo_deactivate = Масова деактивація (скасування)
audit-action-bulk_undo_reactivate = Масова повторна активація (скасування)
audit-action-bulk_undo_revoke_access = Масове відкликання доступу до продуктів (скасування)
audit-action-bulk_undo_assign_access = Масове надання доступу до продуктів (скасування)
audit-action-bulk_undo_remove_customer = Масове видалення клієнтів JSM (скасування)
audit-outcome-refused = Відхилено
audit-outcome-unknown = Результат невідомий
audit-outcome-not_sent = Не надіслано
audit-outcome-reread = Підтверджено повторним читанням
audit-outcome-queued = У черзі
audit-outcome-running = Виконується
audit-outcome-cancelling = Скасування…
audit-outcome-cancelled = Скасовано
audit-outcome-finished = Завершено
audit-csv-seq = Запис
audit-csv-time = Час (UTC)
audit-csv-actor = ID адміністратора
audit-csv-actor-name = Ім’я адміністратора
audit-csv-auth-via = Спосіб входу
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Встановлення панелі Jira
audit-csv-action = Дія
audit-csv-target = Об’єкт
audit-csv-target-name = Ім’я користувача, якого стосується
audit-csv-target-email = Ел. пошта користувача, якого стосується
audit-csv-outcome = Результат
audit-csv-atlassian-status = Статус Atlassian
audit-csv-request-id = ID запиту
audit-csv-job-id = Завдання
audit-csv-details = Відомості
audit-csv-prev-hash = Попередній хеш
audit-csv-hash = Хеш
audit-filter-source = Джерело
audit-source-both = Цей застосунок і Atlassian
audit-source-app = Цей застосунок
audit-source-atlassian = Atlassian
audit-atlassian-note = Повідомлено Atlassian; не входить до геш-ланцюжка цього застосунку.
audit-event-open = Відомості про подію Atlassian { $seq }
audit-event-title = Подія Atlassian № { $seq }
audit-csv-source = Джерело
audit-csv-event-id = ID події Atlassian
audit-csv-ip = IP-адреса
audit-csv-product = Продукт
audit-action-user_deactivated = Користувача деактивовано
audit-action-user_reactivated = Користувача повторно активовано
audit-action-user_access_suspended = Доступ користувача призупинено
audit-action-user_access_restored = Доступ користувача відновлено
audit-action-user_added_to_group = Користувача додано до групи
audit-action-user_removed_from_group = Користувача вилучено з групи
audit-action-group_granted_role = Групі надано роль продукту
audit-action-group_revoked_role = У групи відкликано роль продукту
audit-action-user_granted_role = Користувачу надано роль продукту
audit-action-user_revoked_role = У користувача відкликано роль продукту
audit-action-added_org_admin = Додано адміністратора організації
audit-action-removed_org_admin = Вилучено адміністратора організації
audit-action-service_desk_customer_added = Додано клієнта служби підтримки
audit-action-service_desk_customer_removed = Вилучено клієнта служби підтримки
audit-action-project_role_actor_added = Додано до ролі проєкту
audit-action-project_role_actor_removed = Вилучено з ролі проєкту

## Settings
settings-title = Налаштування


settings-api-key-docs = Як створити ключ Admin API

## Not found
not-found-title = Сторінку не знайдено
not-found-body = За цією адресою немає сторінки. Можливо, у посиланні помилка або сторінку переміщено.
not-found-action = Перейти на інформаційну панель

## Demo mode
demo-badge = Демо-організація
demo-banner = { $org } — імітована організація, тож тут можна безпечно все досліджувати: ніщо не зачіпає справжні облікові записи Atlassian.
demo-connect = Підключити свою організацію

## Errors a request can end in
error-unauthorized = Ваш сеанс завершено. Щоб продовжити, увійдіть знову.
error-forbidden = Це можуть робити лише адміністратори організації.
error-not-found = Цей об’єкт більше не існує. Можливо, його видалено в Atlassian.
error-invalid-input = Частина введених даних недійсна. Перевірте виділені поля.
error-atlassian-unavailable = Atlassian зараз не відповідає. Спробуйте ще раз за кілька хвилин.
error-sync-running = Синхронізація вже виконується. Дочекайтеся її завершення або спершу скасуйте її.
error-no-snapshot = Синхронізацію ще не виконано. Перша синхронізація запуститься автоматично; це може тривати кілька хвилин.
error-transport = Не вдалося зв’язатися із сервером. Перевірте підключення та спробуйте ще раз.
error-internal = На сервері сталася помилка. Подробиці див. у журналі сервера.
error-payload-too-large = Цей запит більший, ніж приймає сервер, тому нічого не виконано. Надсилайте менше за раз, наприклад менше записів.
error-timeout = Сервер перервав цей запит, бо він виконувався надто довго. Спробуйте ще раз трохи пізніше або запитуйте менше за раз.

## CSV export column headers
csv-name = Ім’я
csv-email = Ел. пошта
csv-status = Статус
csv-account-type = Тип облікового запису
csv-products = Продукти
csv-product-last-active = Остання активність за продуктами
csv-last-active = Остання активність
csv-groups = Групи
csv-inactivity = Неактивність
csv-service-desks = Служби підтримки
csv-jsm-organizations = Організації JSM

## Signing in
login-title = Вхід
login-intro = Користуватися User Account Manager можуть лише адміністратори організації.
login-atlassian = Увійти через Atlassian
login-demo-admins = У цій демоверсії адміністраторами організації є ці імітовані облікові записи. Виберіть один із них на імітованій сторінці входу Atlassian; для будь-якого іншого облікового запису вхід буде заборонено.
login-local-title = Локальний обліковий запис адміністратора
login-login = Логін
login-password = Пароль
login-totp = Код автентифікатора
login-totp-hint = Лише якщо для вашого облікового запису використовується застосунок-автентифікатор.
login-submit = Увійти
login-setup-pending = Локального облікового запису адміністратора ще немає. Під час запуску сервер вивів одноразове посилання для створення першого такого запису; те саме робить команда uam admin create.
login-signed-out = Ви вийшли з системи.
login-refused-title = Вхід заборонено
login-back = Повернутися до входу
login-error-invalid = Неправильний логін, пароль або код автентифікатора.
login-error-locked = Забагато невдалих спроб. Зачекайте 15 хвилин і спробуйте ще раз.
login-error-totp = Код автентифікатора не вказано або він неправильний.
login-error-not-admin = Цей обліковий запис Atlassian не є адміністратором цієї організації або відсутній у списку адміністраторів, яким дозволено користуватися цим сервером.
login-error-unavailable = Зараз увійти неможливо: Atlassian або база даних сервера не відповіли. Спробуйте ще раз за хвилину.
login-error-state = Термін дії цього входу минув, його вже використано або його розпочато в іншому браузері. Почніть знову зі сторінки входу.
login-error-setup-link = Термін дії цього посилання для налаштування минув або його вже використано. Перезапустіть сервер, щоб отримати нове, або створіть адміністратора командою uam admin create.
login-error-setup-input = Перевірте поля: логін не повинен містити пробілів, ім’я має бути заповнене, пароль має містити щонайменше 12 символів, а обидва паролі мають збігатися.
login-error-expired = Ваш сеанс завершено. Увійдіть знову.

## First-run set-up
setup-title = Створення першого облікового запису адміністратора
setup-intro = Цей обліковий запис входить із власним паролем. Збережіть його як аварійний: після налаштування підключення до Atlassian адміністратори організації входять через Atlassian.
setup-login = Логін (адреса ел. пошти або коротке ім’я)
setup-name = Ваше ім’я
setup-password = Пароль (щонайменше 12 символів)
setup-password-again = Повторіть пароль
setup-totp-title = Застосунок-автентифікатор
setup-totp-optional = Рекомендовано: відскануйте цей код застосунком-автентифікатором і введіть код, який він покаже. Щоб пропустити цей крок, залиште поле порожнім.
setup-totp-required = Цей сервер вимагає застосунок-автентифікатор: відскануйте ним цей код і введіть код, який він покаже.
setup-totp-key = Або введіть цей ключ вручну:
setup-totp-qr = QR-код для застосунку-автентифікатора
setup-totp-code = Код із застосунку
setup-submit = Створити обліковий запис і ввійти

## The signed-in admin
account-via-local = Локальний обліковий запис
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = через Jira
account-sign-out = Вийти

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Відкриття User Account Manager…
embed-expired = Сеанс цієї панелі завершено. Щоб продовжити, знову відкрийте User Account Manager у розділі адміністрування Jira.
embed-refused = Користуватися User Account Manager у Jira можуть лише адміністратори цієї організації, і лише якщо їхній обліковий запис дозволено на сервері.
embed-unavailable = User Account Manager зараз не може підтвердити ваш доступ: Atlassian або сервер не відповіли. Спробуйте ще раз за хвилину.

## Settings page
settings-saved = Збережено.
settings-save = Зберегти
settings-set-by-env = Задано в середовищі; змінюйте там, де налаштовується сервер.
settings-connection-title = Підключення до Atlassian
settings-connection-demo = Показано { $org } — імітовану демо-організацію. Нижче можна підключити власну організацію.
settings-connection-env = Підключено до організації { $org }; налаштовано в середовищі сервера.
settings-connection-saved = Підключено до організації { $org }.
settings-connection-pending = Збережене підключення використовуватиметься після наступного запуску сервера. Перезапустіть сервер, щоб підключитися до цієї організації.
settings-admin-key = Ключ Admin API
settings-key-placeholder = Вставте новий ключ, щоб замінити збережений
settings-key-write-only = Лише для запису: ключ зберігається в зашифрованому вигляді й більше не відображається.
settings-key-expiry = Термін дії ключа
settings-key-expires = Дійсний до { $date }.
settings-key-expires-soon = Дійсний до { $date } (залишилося днів: { $days }). До цієї дати створіть новий ключ в Atlassian і вставте його сюди.
settings-key-expired = Термін дії минув { $date }. Синхронізації та дії не виконуватимуться, доки не буде збережено новий ключ.
settings-secret-set = закінчується на …{ $hint }, задав(-ла): { $by }, { $at }
settings-secret-unset = не задано
settings-org = ID організації
settings-find-orgs = Знайти організації
settings-site-title = Jira, Confluence та Jira Service Management
settings-site-body = Ролі в проєктах, учасники просторів, клієнти та місця Jira зчитуються через сайт за допомогою ел. пошти облікового запису й токена API.
settings-site-url = URL сайту
settings-site-email = Ел. пошта облікового запису
settings-site-token = Токен API
settings-site-token-again = Вводьте токен знову щоразу, коли змінюєте URL-адресу сайту або ел. пошту.
settings-test-connection = Перевірити підключення
settings-check-admin-key = Ключ Admin API
settings-check-org = Організація
settings-check-directory = Користувачі та групи
settings-check-site = Сайт
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = відмова: ключ або токен неправильний, прострочений чи відкликаний
settings-check-outcome-forbidden = відмова: обліковим даним бракує потрібного дозволу (області дії)
settings-check-outcome-not-found = не знайдено: перевірте ID організації або URL сайту
settings-check-outcome-unreachable = Atlassian не відповів; спробуйте пізніше
settings-check-outcome-not-configured = не налаштовано
settings-check-outcome-not-on-site = немає на цьому сайті (на сайті немає цього продукту)
settings-prices-title = Ціни ліцензій
settings-prices-body = Необов’язково. Укажіть щомісячну вартість одного місця для кожного продукту, і на інформаційній панелі з’явиться вартість місць неактивних користувачів. Щоб не враховувати продукт, залиште поле порожнім.
settings-currency = Валюта (код ISO, наприклад USD або EUR)
settings-thresholds-title = Пороги неактивності
settings-thresholds-body = Користувач без активності довше за поріг попередження отримує позначку «попередження», довше за поріг прострочення — «прострочено». Поріг прострочення має бути більшим за поріг попередження.
settings-warning-days = Попередження через (днів)
settings-overdue-days = Прострочення через (днів)
settings-protected-title = Захищені облікові записи
settings-protected-body = Масові дії ніколи не деактивують ці облікові записи й не позбавляють їх доступу. Укажіть адреси ел. пошти, цілі домени у форматі *@example.com або ID облікових записів Atlassian. Адміністратори організації та ви самі захищені завжди.
settings-protected-add = Додайте адреси, домени або ID облікових записів (можна вставити кілька, розділивши комами, пробілами чи новими рядками)
settings-protected-add-button = Додати
settings-protected-search = Пошук захищених облікових записів
settings-protected-count = { $count ->
    [one] { $count } захищений запис
    [few] { $count } захищені записи
    [many] { $count } захищених записів
   *[other] { $count } захищеного запису
}
settings-protected-remove = Вилучити
settings-schedule-title = Розклад синхронізації та зберігання журналу аудиту
settings-sync-interval = Інтервал синхронізації (годин)
settings-sync-interval-hint = 0 вимикає синхронізацію за розкладом; кнопка «Синхронізувати» працює й надалі.
settings-retention = Зберігати записи аудиту (днів)
settings-retention-hint = Щонайменше 180 днів (стільки ж, скільки зберігається журнал аудиту Atlassian), щонайбільше 3650; 0 — зберігати безстроково.
error-invalid-entries = Ці записи не є адресами ел. пошти чи записами вигляду *@домен, тому нічого не збережено:
settings-data-title = Ваші дані
settings-data-export-body = Завантажте все, що зберігає User Account Manager, одним архівом: налаштування (без секретів), локальні облікові записи адміністраторів (без паролів), історію синхронізацій, журнал аудиту й поточний знімок ваших користувачів. Експорт записується в журнал аудиту.
settings-data-export = Експортувати все
settings-data-delete-body = Видалити все, що зберігає User Account Manager: налаштування, збережені ключ і токен, локальні облікові записи адміністраторів, сеанси, знімки та журнал аудиту. В Atlassian нічого не зміниться. Цю дію неможливо скасувати; якщо дані можуть знадобитися, спершу виконайте експорт.
settings-data-delete-confirm = Для підтвердження введіть DELETE
settings-data-delete = Видалити все
settings-data-not-confirmed = Нічого не видалено: для підтвердження введіть DELETE саме так, як указано.
settings-data-sync-running = Нічого не видалено: триває синхронізація. Скасуйте її або дочекайтеся завершення, а потім спробуйте ще раз.
settings-data-export-failed = Не вдалося виконати експорт. Подробиці див. у журналі сервера.
settings-data-delete-failed = Не вдалося виконати видалення; нічого не видалено. Подробиці див. у журналі сервера.
error-reauth-failed = Неправильний пароль або код автентифікації. Нічого не заплановано.
error-reauth-stale = Спершу підтвердьте, що це ви: знову увійдіть через Atlassian, а потім видаліть дані протягом 5 хвилин.
error-panel-refused = З панелі Jira це зробити неможливо. Відкрийте User Account Manager в окремій вкладці браузера.
error-erasure-pending = Видалення всіх даних уже заплановано. Спершу скасуйте його або дочекайтеся виконання.
settings-data-delete-delay = Нічого не видаляється одразу: видалення виконується через { $hours } год після підтвердження. До того всі адміністратори бачать його на панелі моніторингу й можуть скасувати. Підписаний запис про видалений журнал аудиту зберігається.
settings-data-reauth-atlassian = Ви увійшли через Atlassian понад 5 хвилин тому. Щоб підтвердити, що це ви, увійдіть знову, а потім видаліть дані протягом 5 хвилин.
settings-data-reauth-fresh = Ви увійшли через Atlassian менш ніж 5 хвилин тому, це підтверджує, що це ви.
settings-data-scheduled = Видалення всіх даних заплановано. Доки його не виконано, будь-який адміністратор може скасувати його тут або на панелі моніторингу.
erasure-title = Усі дані буде видалено
erasure-body = { $name } запланував(-ла) { $scheduled } видалення всього, що зберігає User Account Manager, включно з журналом аудиту. Його буде виконано { $due }, якщо адміністратор не скасує його.
erasure-cancel = Скасувати видалення
erasure-cancelled = Видалення скасовано. Нічого не видалено.
erasure-cancel-failed = Не вдалося скасувати видалення. Подробиці див. у журналі сервера.
login-deleted = Усі дані видалено. Сервер вивів нове посилання для повторного створення першого облікового запису адміністратора.
error-invalid-org_id = ID організації не вказано або він недійсний: це ID з адреси admin.atlassian.com/o/<ID>/… — латинські літери, цифри й дефіси.
error-invalid-admin_api_key = Вставте ключ Admin API: для цієї організації ключ ще не збережено.
error-invalid-site = Для сайту потрібно вказати разом URL, ел. пошту облікового запису й токен API цього облікового запису.
error-invalid-site_url = Недійсна URL-адреса сайту: вона має виглядати як https://your-site.atlassian.net.
error-invalid-site_host = Приймаються лише сайти виду https://your-site.atlassian.net: токен API не надсилається на жоден інший хост. Інший хост спершу має дозволити оператор сервера (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Для нової URL-адреси сайту або нової ел. пошти облікового запису знову потрібен токен API: вставте токен цього облікового запису для цього сайту.
error-invalid-site_email = Ел. пошта облікового запису не є дійсною адресою.
error-invalid-thresholds = Обидва пороги мають бути цілою кількістю днів, причому поріг прострочення має бути більшим за поріг попередження.
error-invalid-schedule = Введіть цілі числа: інтервал синхронізації в годинах і термін зберігання журналу аудиту в днях.
error-invalid-sync_interval_hours = Інтервал синхронізації має дорівнювати 0 (вимкнено) або бути від 1 до 168 годин.
error-invalid-audit_retention_days = Термін зберігання записів аудиту: 0 днів (безстроково) або від 180 до 3650 днів.
error-invalid-seat_prices = Введіть трилітерний код валюти й ціни від 0 до 100000, використовуючи цифри та десяткову крапку.
login-atlassian-off = Вхід через Atlassian на цьому сервері не налаштовано. Адміністратор сервера може налаштувати його за допомогою застосунку OAuth (UAM_OAUTH_CLIENT_ID і UAM_OAUTH_CLIENT_SECRET); доти входьте з локальним обліковим записом адміністратора.

## Bulk actions
bulk-title = Масова дія
bulk-undo-title = Відкат завдання
bulk-actions = Дії…
bulk-actions-user = Дії з користувачем…
bulk-choose = Що зробити
bulk-action-deactivate = Деактивувати
bulk-action-reactivate = Повторно активувати
bulk-action-revoke_access = Відкликати доступ до продукту
bulk-action-assign_access = Надати доступ до продукту
bulk-action-remove_customer = Вилучити клієнтів JSM
bulk-every-desk = усі служби підтримки
bulk-products = Продукти
bulk-desks = Служби підтримки
bulk-desks-hint = Не вибирайте жодної, щоб вилучити клієнтів з усіх служб підтримки, до яких вони належать.
bulk-check = Перевірити, кого це стосується
bulk-cancel = Скасувати
bulk-checking = Перевірка кожного користувача в Atlassian…
bulk-starting = Запуск завдання…
bulk-count-changing = { $count ->
        [one] Буде змінено { $formatted } користувача
        [few] Буде змінено { $formatted } користувачів
        [many] Буде змінено { $formatted } користувачів
       *[other] Буде змінено { $formatted } користувача
    }
bulk-count-already = { $count ->
        [one] { $formatted } користувач уже в цьому стані
        [few] { $formatted } користувачі вже в цьому стані
        [many] { $formatted } користувачів уже в цьому стані
       *[other] { $formatted } користувача вже в цьому стані
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } користувача неможливо змінити
        [few] { $formatted } користувачів неможливо змінити
        [many] { $formatted } користувачів неможливо змінити
       *[other] { $formatted } користувача неможливо змінити
    }
bulk-how = Як це буде зроблено
bulk-method-disable_account = { $count ->
        [one] { $formatted } обліковий запис буде деактивовано (керується організацією: API життєвого циклу користувачів)
        [few] { $formatted } облікові записи буде деактивовано (керуються організацією: API життєвого циклу користувачів)
        [many] { $formatted } облікових записів буде деактивовано (керуються організацією: API життєвого циклу користувачів)
       *[other] { $formatted } облікового запису буде деактивовано (керуються організацією: API життєвого циклу користувачів)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } обліковий запис буде повторно активовано (керується організацією: API життєвого циклу користувачів)
        [few] { $formatted } облікові записи буде повторно активовано (керуються організацією: API життєвого циклу користувачів)
        [many] { $formatted } облікових записів буде повторно активовано (керуються організацією: API життєвого циклу користувачів)
       *[other] { $formatted } облікового запису буде повторно активовано (керуються організацією: API життєвого циклу користувачів)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } користувач втратить доступ до організації (призупинення: організація не керує обліковим записом)
        [few] { $formatted } користувачі втратять доступ до організації (призупинення: організація не керує їхніми обліковими записами)
        [many] { $formatted } користувачів втратять доступ до організації (призупинення: організація не керує їхніми обліковими записами)
       *[other] { $formatted } користувача втратять доступ до організації (призупинення: організація не керує їхніми обліковими записами)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } користувач знову отримає доступ до організації (відновлення: організація не керує обліковим записом)
        [few] { $formatted } користувачі знову отримають доступ до організації (відновлення: організація не керує їхніми обліковими записами)
        [many] { $formatted } користувачів знову отримають доступ до організації (відновлення: організація не керує їхніми обліковими записами)
       *[other] { $formatted } користувача знову отримають доступ до організації (відновлення: організація не керує їхніми обліковими записами)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } користувача буде вилучено з груп, що надають доступ до продуктів
        [few] { $formatted } користувачів буде вилучено з груп, що надають доступ до продуктів
        [many] { $formatted } користувачів буде вилучено з груп, що надають доступ до продуктів
       *[other] { $formatted } користувача буде вилучено з груп, що надають доступ до продуктів
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } користувача буде додано до групи, що надає доступ до продуктів
        [few] { $formatted } користувачів буде додано до групи, що надає доступ до продуктів
        [many] { $formatted } користувачів буде додано до групи, що надає доступ до продуктів
       *[other] { $formatted } користувача буде додано до групи, що надає доступ до продуктів
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } користувач втратить роль у продукті, призначену безпосередньо
        [few] { $formatted } користувачі втратять роль у продукті, призначену безпосередньо
        [many] { $formatted } користувачів втратять роль у продукті, призначену безпосередньо
       *[other] { $formatted } користувача втратять роль у продукті, призначену безпосередньо
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } користувач отримає роль у продукті безпосередньо
        [few] { $formatted } користувачі отримають роль у продукті безпосередньо
        [many] { $formatted } користувачів отримають роль у продукті безпосередньо
       *[other] { $formatted } користувача отримають роль у продукті безпосередньо
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } клієнта буде вилучено зі служб підтримки
        [few] { $formatted } клієнтів буде вилучено зі служб підтримки
        [many] { $formatted } клієнтів буде вилучено зі служб підтримки
       *[other] { $formatted } клієнта буде вилучено зі служб підтримки
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } клієнта буде знову додано до служб підтримки
        [few] { $formatted } клієнтів буде знову додано до служб підтримки
        [many] { $formatted } клієнтів буде знову додано до служб підтримки
       *[other] { $formatted } клієнта буде знову додано до служб підтримки
    }
bulk-nothing = Змінювати нічого: усі вибрані користувачі вже в цьому стані або їх неможливо змінити.
bulk-skipped = Без змін
bulk-skipped-more = …і ще { $count }.
bulk-reason = Причина
bulk-type-to-confirm = Для підтвердження введіть { $count }
bulk-presets = Дії з очищення
bulk-preset-overdue = Деактивувати всіх прострочених
bulk-preset-revoke = Відкликати { $product } у користувачів, неактивних у ньому { $days } дн.
bulk-skip-already_done = Уже в цьому стані
bulk-skip-protected = Захищено в налаштуваннях
bulk-skip-org_admin = Адміністратор організації: масові дії ніколи його не змінюють
bulk-skip-acting_admin = Ваш власний обліковий запис: ваші масові дії ніколи його не змінюють
bulk-skip-identity_provider = Надано постачальником ідентифікаційних даних (SCIM), який керує доступом цього облікового запису
bulk-skip-lookup_failed = Не вдалося отримати від Atlassian поточний стан цього користувача, тому, щоб уникнути ризику, нічого не змінено
bulk-skip-not_found = Цей обліковий запис більше не відомий Atlassian
bulk-skip-not_applicable = Ця дія не застосовується до облікових записів такого типу
bulk-skip-no_way = Доступ надано джерелом, яке цей продукт не може змінити
bulk-skip-direct_role_unavailable = Надано напряму, а ця організація не надає API Atlassian для прямих ролей у продуктах (обмежена доступність), тому нічого не змінювалося
bulk-step-disable_account = Обліковий запис деактивовано
bulk-step-enable_account = Обліковий запис повторно активовано
bulk-step-suspend = Доступ до організації призупинено
bulk-step-restore = Доступ до організації відновлено
bulk-step-leave_group = Вилучено з групи { $object }
bulk-step-join_group = Додано до групи { $object }
bulk-step-revoke_role = Відкликано роль { $object }
bulk-step-assign_role = Призначено роль { $object }
bulk-step-remove_customer = Вилучено з клієнтів { $object }
bulk-step-add_customer = Додано до клієнтів { $object }

## Jobs
nav-jobs = Завдання
jobs-title = Завдання
jobs-intro = Масові дії виконуються на сервері як завдання: вони тривають і після закриття вкладки, їх бачать усі адміністратори, і водночас виконується лише одне, а решта чекають своєї черги.
jobs-loading = Завантаження завдань…
jobs-empty-title = Завдань ще немає
jobs-empty-body = Тут з’являються масові дії, запущені зі сторінки «Користувачі» або з інформаційної панелі, із перебігом виконання та результатом для кожного користувача.
jobs-caption = Завдання масових дій, спочатку нові
job-title = Завдання
job-back = Усі завдання
job-loading = Завантаження завдання…
job-action = Дія
job-state = Стан
job-progress = Перебіг
job-started-by = Ким запущено
job-created = Створено
job-started = Запущено
job-finished = Завершено
job-counts = З { $total }: виконано { $done }, пропущено { $skipped }, з помилкою { $failed }
job-count-done = Виконано: { $formatted }
job-count-skipped = Пропущено: { $formatted }
job-count-failed = З помилкою: { $formatted }
job-count-unknown = Перервано, результат невідомий: { $formatted }
job-count-cancelled = Не оброблено (скасовано): { $formatted }
job-count-pending = Очікує: { $formatted }
job-waiting = Очікування скидання обмеження частоти запитів Atlassian до { $time }
job-queue-position = { $count ->
        [0] У черзі: наступне
        [one] У черзі: попереду { $count } завдання
        [few] У черзі: попереду { $count } завдання
        [many] У черзі: попереду { $count } завдань
       *[other] У черзі: попереду { $count } завдання
    }
job-undo-of = Це завдання — відкат одного з попередніх.
job-open-original = Відкрити початкове завдання
job-undone-by = Для цього завдання виконано відкат.
job-open-undo = Відкрити завдання відкату
job-undone-by-short = виконано відкат
job-error = Зупинено достроково:
job-stopped-panic = внутрішня помилка зупинила це завдання. Користувачі, до яких воно ще не дійшло, залишилися без змін.
job-stopped-not-admin = адміністратор, який його запустив, більше не є адміністратором організації з доступом до цього сервера, тому завдання відхилено.
job-stopped-admin-unconfirmed = Atlassian не зміг підтвердити, що адміністратор, який його запустив, досі є адміністратором організації, тому завдання відхилено.
job-cancel = Скасувати завдання
job-undo = Відкотити завдання
job-results = Результати за користувачами
job-filter = Показати
job-filter-all = Усі
job-item-state = Результат
job-steps = Кроки
job-outcome = Причина й відповідь Atlassian
job-no-items = Немає користувачів у цьому стані.
job-atlassian-status = Відповідь Atlassian: { $status }
job-request-id = ID запиту
job-state-queued = У черзі
job-state-running = Виконується
job-state-cancelling = Скасування…
job-state-cancelled = Скасовано
job-state-finished = Завершено
job-state-failed = Помилка
job-item-pending = Очікує
job-item-running = Виконується
job-item-done = Виконано
job-item-skipped = Пропущено
job-item-failed = Помилка
job-item-unknown = Результат невідомий
job-item-cancelled = Скасовано

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian не відповів вчасно. Спробуйте ще раз за мить.
error-invalid-admin_api_key_refused = Atlassian відхилив цей ключ: він неправильний, прострочений або відкликаний чи не може читати організації. Перевірте його в admin.atlassian.com.
settings-no-answer = Atlassian не відповів за { $seconds } с. Спробуйте ще раз за мить; якщо це повторюється, можливо, в Atlassian проблеми.
settings-finding-orgs = Пошук організацій…
settings-orgs-found = Організацій, видимих із цим ключем: { $count }. Виберіть одну в полі «ID організації».
settings-orgs-none = З цим ключем не видно жодної організації. Переконайтеся, що це ключ Admin API організації, а не особистий API-токен.
settings-checking = Перевірка з'єднання з Atlassian…
settings-check-col-check = Перевірка
settings-check-col-result = Результат
settings-check-col-detail = Що це означає
settings-check-result-ok = Працює
settings-check-result-unused = Не використовується
settings-check-result-failed = Потребує уваги
settings-check-ok-detail = Atlassian прийняв облікові дані й відповів.
settings-check-status = Відповідь Atlassian для підтримки: HTTP { $status }
settings-check-summary = Успішних перевірок: { $working } з { $total }.
settings-check-outcome-timeout = немає відповіді за { $seconds } с: Atlassian, можливо, працює повільно або недоступний; спробуйте ще раз за кілька хвилин
settings-check-outcome-rate-limited = Atlassian зараз обмежує запити (забагато за короткий час); спробуйте ще раз за хвилину
settings-check-outcome-server-error = на боці Atlassian виникла проблема, і він не зміг відповісти; спробуйте пізніше
settings-check-outcome-rejected = Atlassian відхилив запит у такому вигляді; подробиці в журналі сервера
settings-nav-label = Розділи налаштувань
settings-danger-title = Небезпечна зона
settings-danger-unlock = Кнопка стане доступною, коли буде введено DELETE.

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Показувати мої перегляди журналу
audit-views-hidden = Ваші власні перегляди журналу, приховано: { $formatted }.
audit-views-show = Показати
audit-chain-verified-through = Ланцюжок перевірено до запису #{ $last }, остання підписана контрольна точка #{ $seq } від { $time }.
audit-chain-verified-through-unsigned = Ланцюжок перевірено до запису #{ $last }, підписаних контрольних точок ще немає.
audit-job-titled = { $title } · завдання { $id }
audit-csv-details-json = Подробиці (JSON)
audit-say-via-local = Вхід із локальним обліковим записом.
audit-say-via-atlassian = Вхід через Atlassian.
audit-say-via-forge = Вхід із панелі Jira.
audit-say-refused = Відхилено: { $reason }
audit-say-attempts = Невдалих спроб: { $count }, починаючи з { $since }.
audit-say-from = З адреси { $address }.
audit-say-session-ended = Адміністратор більше не є адміністратором організації, тому сеанс закрито.
audit-say-totp-on = Входить із паролем і кодом із застосунку-автентифікатора.
audit-say-totp-off = Входить лише з паролем.
audit-say-setting = { $setting }: змінено з { $before } на { $after }.
audit-say-secret = { $setting } замінено: старе значення закінчувалося на { $before }, нове закінчується на { $after }.
audit-say-secret-first = { $setting } задано: значення закінчується на { $after }.
audit-say-nothing = нічого
audit-say-yes = так
audit-say-no = ні
audit-say-data-exported = Експортовано все: користувачів: { $users }, розмір: { $size } КБ.
audit-say-data-deleted = Усе збережене видалено; журнал починається знову з цього запису.
audit-say-erasure-times = Заплановано { $scheduled }, термін — { $due }.
audit-say-erasure-due = Усе буде видалено { $due }, якщо адміністратор не скасує.
audit-say-erasure-cancelled = Скасовано видалення, яке { $by } запланував(ла) на { $due }.
audit-say-viewed = Журнал переглянуто.
audit-say-filter = Фільтри: { $filter }.
audit-say-audit-export = Експортовано записів: { $count }.
audit-say-pruned = Видалено записів за терміном зберігання: { $count }, усі старші за { $cutoff }; останній — #{ $seq }.
audit-say-users-exported = Експортовано користувачів із подання таблиці користувачів: { $count }.
audit-say-users-selected = Експортовано вибраних користувачів: { $count }.
audit-say-job-queued = Користувачів у плані: { $users }; буде змінено: { $changing }; без змін: { $skipped }.
audit-say-job-cancel = Запитано зупинку завдання; користувачів в обробці буде завершено.
audit-say-job-ended = Завдання завершено ({ $state }): { $counts }.
audit-say-step-intent = Запит до Atlassian ось-ось буде надіслано: { $step }.
audit-say-step-failed = Помилка (спроба { $attempt }): { $step }. Відповідь Atlassian: { $error }
audit-say-reread-yes = Повторне читання користувача показало, що зміну виконано.
audit-say-reread-no = Повторне читання користувача показало, що зміну не виконано.
audit-say-interrupted = Перервано перезапуском сервера, потім результат встановлено повторним читанням користувача.
audit-say-skip-preflight = Залишено без змін під час попередньої перевірки: { $reason }.
audit-say-error = Помилка: { $error }
audit-say-exercise = Записано для перевірки словника аудиту; жоден адміністратор не виконував цю дію.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Деактивація: { $users }
job-title-reactivate = Повторна активація: { $users }
job-title-revoke_access = Відкликання доступу до { $subjects }: { $users }
job-title-assign_access = Надання доступу до { $subjects }: { $users }
job-title-remove_customer = Вилучення з клієнтів ({ $subjects }): { $users }
job-title-add_customer = Повернення до клієнтів ({ $subjects }): { $users }
job-undo-of-job = відкат завдання { $job }
bulk-plan-disable_account = Деактивувати (керований обліковий запис)
bulk-plan-enable_account = Активувати знову (керований обліковий запис)
bulk-plan-suspend = Призупинити доступ до організації
bulk-plan-restore = Відновити доступ до організації
bulk-plan-leave_group = Вилучити з групи { $object }
bulk-plan-join_group = Додати до групи { $object }
bulk-plan-revoke_role = Відкликати доступ до { $object }
bulk-plan-assign_role = Надати доступ до { $object }
bulk-plan-remove_customer = Вилучити з клієнтів: { $object }
bulk-plan-add_customer = Повернути до клієнтів: { $object }
bulk-changing = Користувачі, які зміняться
bulk-change = Зміна
bulk-search = Пошук за ім'ям або електронною поштою
bulk-search-none = Жоден користувач не відповідає цьому пошуку.
job-outcome-confirmed = Готово: Atlassian підтвердив зміну
job-outcome-refused = Atlassian відхилив зміну
job-outcome-unavailable = Atlassian поки не прийняв зміну (зайнятий або недоступний)
bulk-their-desks = попередні служби підтримки

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Фільтри
filters-active = Застосовані фільтри
filter-chip = { $name }: { $value }
filter-remove = Прибрати фільтр: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Немає доступу
card-no-access = Не можуть увійти (призупинені або деактивовані): { $formatted }
column-places = Проєкти й простори
csv-places = Проєкти й простори (ролі)
places-more = ще { $more }
export-style = Клітинки CSV
export-style-readable = Зрозумілі назви
export-style-codes = Коди для скриптів
