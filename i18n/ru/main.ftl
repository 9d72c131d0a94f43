## The language's own name, shown in the language picker.
language-name = Русский

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Перейти к содержимому
nav-label = Главное меню
nav-dashboard = Дашборд
nav-users = Пользователи
nav-audit = Журнал аудита
nav-settings = Настройки
prefs-language = Язык
prefs-theme = Тема
prefs-apply = Применить
theme-system = Системная тема
theme-light = Светлая тема
theme-dark = Тёмная тема
error-title = Что-то пошло не так
error-body = Не удалось показать эту часть страницы. Перезагрузите страницу, чтобы повторить попытку; если ошибка повторяется, подробности см. в журнале сервера.

## Dashboard
dashboard-title = Дашборд
dashboard-empty-title = Данных об организации пока нет
dashboard-empty-body = Подключите организацию Atlassian в настройках. После первой синхронизации на дашборде появятся пользователи, их активность и использование лицензий в Jira, Confluence и Jira Service Management.
dashboard-empty-action = Открыть настройки
dashboard-first-sync-title = Получение данных организации
dashboard-first-sync-body = Первая синхронизация получает из Atlassian пользователей, группы и доступ к продуктам. Ход выполнения показан выше; цифры появятся здесь сразу после её завершения.
dashboard-first-sync-working = Синхронизация…
dashboard-summary = Сводка
card-total = Всего пользователей
card-total-detail = Пользователи организации: { $org }, клиенты: { $customers }
card-active = Недавно активные
card-active-detail = Пользователи организации, работавшие с продуктом за последние { $days } дн.
card-inactive = Неактивные пользователи
card-customers = Клиенты JSM
threshold-warning = Нет активности { $days } дн. и более
threshold-overdue = Нет активности { $days } дн. и более
threshold-never = Активность ни разу не зафиксирована
utilisation-title = Использование лицензий
utilisation-seats = Занято мест: { $used } из { $capacity } ({ $percent })
utilisation-near = Места почти закончились: прежде чем покупать новые, проверьте неактивных пользователей.
utilisation-over = Все места заняты: новым пользователям нельзя предоставить доступ, пока места не освободятся или не будут докуплены.
products-title = Продукты
products-product = Продукт
products-users = Пользователи с доступом
products-seats = Занято мест
products-cost = Стоимость неактивных мест в месяц
products-cost-hint = Укажите цену одного места, чтобы видеть ежемесячную стоимость неактивных мест.
products-cost-set = Указать цены в настройках
chart-title = Последняя активность
chart-intro = Когда пользователи организации с активной учётной записью в последний раз работали с каким-либо продуктом.
chart-days = { $from }–{ $to } дн.
chart-more-than = Более { $days } дн.
chart-table-caption = Последняя активность пользователей организации с активной учётной записью
chart-last-active = Последняя активность
chart-users = Пользователи
sync-title = Синхронизация
sync-last = Данные на { $time }: { $formatted } { $count ->
        [one] аккаунт
        [few] аккаунта
        [many] аккаунтов
       *[other] аккаунта
    }.
sync-never = Синхронизация ещё не выполнялась.
sync-next = Следующая синхронизация по расписанию: { $time }
sync-incremental = Последняя проверка изменений, внесённых в Atlassian: { $time }. { $count ->
        [one] Обновлён { $formatted } пользователь
        [few] Обновлено { $formatted } пользователя
        [many] Обновлено { $formatted } пользователей
       *[other] Обновлено { $formatted } пользователя
    }.
sync-incremental-failed = Проверка изменений, внесённых в Atlassian, в { $time } завершилась ошибкой: { $reason }
sync-failed = Синхронизация, запущенная в { $time }, завершилась ошибкой: { $reason }
sync-now = Синхронизировать
sync-cancel = Отменить синхронизацию
sync-phase-starting = Запуск
sync-phase-collecting = Получение данных из Atlassian
sync-phase-indexing = Создание снимка
sync-items = Прочитано аккаунтов: { $done }
sync-items-of = Прочитано аккаунтов: { $done } из примерно { $total }
sync-waits = Запросов: { $requests }; ожидание из-за ограничений частоты запросов Atlassian: { $seconds } с
sync-families = Прочитанные продукты
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Прочитано полностью
sync-family-partial = Прочитано частично
sync-family-not-on-site = Нет на этом сайте
sync-family-not-configured = Не прочитано: аккаунт сайта не настроен
sync-family-stale = В этот раз не прочитано; показаны данные на { $time } ({ $reason })
sync-family-unread = Ещё не прочитано ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } проект
        [few] { $formatted } проекта
        [many] { $formatted } проектов
       *[other] { $formatted } проекта
    }
sync-part-seats = Количество мест Jira
sync-part-group = { $count ->
        [one] Участники { $formatted } группы
        [few] Участники { $formatted } групп
        [many] Участники { $formatted } групп
       *[other] Участники { $formatted } группы
    }
sync-part-desk = { $count ->
        [one] Клиенты { $formatted } службы поддержки
        [few] Клиенты { $formatted } служб поддержки
        [many] Клиенты { $formatted } служб поддержки
       *[other] Клиенты { $formatted } службы поддержки
    }
sync-part-jsm-org = { $count ->
        [one] Участники { $formatted } организации JSM
        [few] Участники { $formatted } организаций JSM
        [many] Участники { $formatted } организаций JSM
       *[other] Участники { $formatted } организации JSM
    }
sync-part-space = { $count ->
        [one] { $formatted } пространство
        [few] { $formatted } пространства
        [many] { $formatted } пространств
       *[other] { $formatted } пространства
    }
sync-skipped-permission = { $what }: не удалось прочитать. Аккаунту сайта требуется { $permission }.
sync-skipped-not-offered = { $what }: не удалось прочитать. Этот сайт не предоставляет нужный для этого API.
sync-skipped-names = В том числе: { $names }
permission-administer-projects = разрешение проекта «Администрирование проектов» (или «Администрирование Jira»)
permission-administer-jira = глобальное разрешение «Администрирование Jira»
permission-browse-users = глобальное разрешение «Просмотр пользователей и групп»
permission-desk-agent = роль агента или администратора службы поддержки
permission-view-space = разрешение пространства «Просмотр»
sync-history = Последние синхронизации
sync-history-started = Начало
sync-history-outcome = Результат
sync-history-accounts = Аккаунты
sync-history-requests = Запросы
sync-outcome-running = Выполняется
sync-outcome-complete = Завершена
sync-outcome-failed = Ошибка
sync-outcome-cancelled = Отменена

## Users
users-title = Пользователи
users-empty-title = Пользователей пока нет
users-empty-body = После первой синхронизации здесь появятся пользователи организации, участники проектов Jira и пространств Confluence, а также клиенты Jira Service Management.
users-loading = Загрузка пользователей…
users-tabs = Какие пользователи
users-tab-org = Пользователи организации
users-tab-projects = Пользователи проектов
users-tab-customers = Клиенты JSM
users-tab-all = Все
users-presets = Быстрые представления
users-preset-inactive = Неактивны во всех продуктах
users-preset-warning = Предупреждение
users-preset-overdue = Просрочено
users-preset-never = Ни разу не активны
users-clear-filters = Сбросить фильтры
users-count = { $count ->
        [one] { $formatted } пользователь
        [few] { $formatted } пользователя
        [many] { $formatted } пользователей
       *[other] { $formatted } пользователя
    }
users-as-of = на { $time }
users-thresholds = · предупреждение через { $warning } дн., просрочено через { $overdue } дн.
users-table-caption = Пользователи, соответствующие фильтрам
users-no-matches = Нет пользователей, соответствующих фильтрам.
filter-search = Поиск
filter-search-placeholder = Имя или эл. почта
filter-type = Тип аккаунта
filter-product = Продукт
filter-group = Группа
filter-project = Проект или пространство
filter-desk = Служба поддержки или организация
filter-active-after = Последняя активность не ранее
filter-active-before = Последняя активность до
filter-status = Статус
filter-inactivity = Неактивность
filter-any = Любой
filter-apply = Применить фильтры
column-name = Имя
column-email = Эл. почта
column-status = Статус
column-account-type = Тип аккаунта
column-products = Продукты
column-groups = Группы
column-last-active = Последняя активность
column-inactivity = Неактивность
column-added = Добавлен в организацию
column-service-desks = Службы поддержки
column-jsm-organizations = Организации JSM
column-details = Сведения
columns-choose = Столбцы
status-active = Активен
status-suspended = Приостановлен
status-deactivated = Деактивирован
status-pending = Приглашён
class-managed = Управляемый
class-external = Внешний
class-customer = Клиент
class-app = Приложение
inactivity-active = Недавно активен
inactivity-warning = Предупреждение
inactivity-overdue = Просрочено
inactivity-never = Ни разу не активен
never-active = Никогда
email-hidden = Скрыто настройками конфиденциальности пользователя
org-admin = Админ организации
open-in-admin = Открыть в Администрировании Atlassian
list-more = { $list } +{ $more }
details = Сведения
details-for = Сведения: { $name }
details-close = Закрыть сведения
details-missing = Пользователь не найден
details-account-id = ID аккаунта
details-org-admin = Администратор организации
details-scim = Предоставлен поставщиком удостоверений
details-products = Продукты и последняя активность
details-product = Продукт
details-projects = Проекты Jira
details-spaces = Пространства Confluence
details-none = Нет
yes = Да
no = Нет
select-page = Выбрать всех пользователей на этой странице
select-user = Выбрать: { $name }
selection-count = { $count ->
        [0] Пользователи не выбраны
        [one] Выбран { $formatted } пользователь
        [few] Выбрано { $formatted } пользователя
        [many] Выбрано { $formatted } пользователей
       *[other] Выбрано { $formatted } пользователя
    }
select-all-matching = Выбрать всех подходящих ({ $formatted })
selection-clear = Снять выделение
pager-label = Страницы
pager-previous = Назад
pager-next = Далее
pager-position = Страница { $page } из { $pages }
pager-size = Строк на странице:
export-matching = Экспорт подходящих пользователей (CSV)
export-selected = Экспорт выбранных пользователей (CSV)
export-progress = Экспорт пользователей: { $done } из { $total }…
export-cancel = Отменить экспорт
export-cancelled = Экспорт отменён.
export-done = { $count ->
        [one] Экспортирован { $formatted } пользователь.
        [few] Экспортировано { $formatted } пользователя.
        [many] Экспортировано { $formatted } пользователей.
       *[other] Экспортировано { $formatted } пользователя.
    }

## Formats
format-percent = { $value } %
format-money = { $amount } { $currency }

## Audit log
audit-title = Журнал аудита
audit-empty-title = Записей аудита пока нет
audit-empty-body = Каждое действие администратора в этом приложении записывается в журнал: кто, когда и в отношении кого его выполнил и что ответил Atlassian.
audit-loading = Загрузка журнала аудита…
audit-search-placeholder = Администратор, пользователь, действие, сведения или ID запроса
audit-filter-from = С (день по UTC)
audit-filter-to = По (день по UTC)
audit-filter-admin = Администратор
audit-filter-action = Действие
audit-filter-outcome = Результат
audit-filter-user = Затронутый пользователь
audit-filter-user-placeholder = ID аккаунта, имя или эл. почта
audit-count = { $count ->
        [one] { $formatted } запись
        [few] { $formatted } записи
        [many] { $formatted } записей
       *[other] { $formatted } записи
    }
audit-no-matches = Нет записей, соответствующих фильтрам.
audit-table-caption = Записи журнала аудита, сначала новые
audit-column-time = Время (UTC)
audit-column-admin = Администратор
audit-column-action = Действие
audit-column-user = Затронутый пользователь
audit-column-outcome = Результат
audit-column-status = Статус Atlassian
audit-column-request = ID запроса
audit-column-details = Сведения
audit-column-entry = Запись
audit-entry-open = Сведения о записи { $seq }
audit-entry-title = Запись № { $seq }
audit-job = Задание { $id }
audit-export = Экспорт в CSV
audit-export-progress = Экспорт записей: { $done } из { $total }…
audit-export-done = { $count ->
        [one] Экспортирована { $formatted } запись.
        [few] Экспортировано { $formatted } записи.
        [many] Экспортировано { $formatted } записей.
       *[other] Экспортировано { $formatted } записи.
    }
audit-chain-broken = Цепочка нарушена на записи № { $seq }: { $reason }
audit-chain-broken-help = Записи начиная с этой могли быть изменены, удалены или вставлены в обход User Account Manager. Не вносите изменений в базу данных и сравните её с последним экспортом или резервной копией.
audit-chain-unchecked = Не удалось проверить цепочку хешей.
audit-checkpoints-missing = Отсутствуют подписанные контрольные точки: в файле контрольных точек больше нет контрольной точки записи #{ $seq }, записанной этим сервером.
audit-checkpoints-missing-help = Файл удалён, заменён более старой копией или обрезан, поэтому записи вплоть до этой больше нельзя проверить по подписи. Восстановите файл из своей копии (журнал сервера тоже содержит каждую контрольную точку) и не вносите изменений в базу данных.
audit-action-sign_in = Вход
audit-action-sign_out = Выход
audit-action-authn_denied = Доступ запрещён
audit-action-session_ended = Сеанс завершён
audit-action-local_admin_created = Создан локальный администратор
audit-action-settings_changed = Изменена настройка
audit-action-secret_replaced = Заменены учётные данные
audit-action-data_exported = Экспорт данных
audit-action-data_deleted = Удаление данных
audit-action-audit_viewed = Просмотр журнала аудита
audit-action-audit_export = Экспорт журнала аудита
audit-action-users_exported = Экспорт пользователей
audit-outcome-ok = Успешно
audit-outcome-denied = Запрещено
audit-outcome-failed = Ошибка
audit-outcome-intent = Намерение
audit-outcome-skipped = Пропущено
audit-outcome-blocked = Заблокировано
audit-action-data_erasure_scheduled = Запланировано удаление всех данных
audit-action-data_erasure_cancelled = Запланированное удаление отменено
audit-action-audit_pruned = Старые записи аудита удалены
audit-action-bulk_job_queued = Массовое задание поставлено в очередь
audit-action-bulk_job_cancel = Запрошена отмена массового задания
audit-action-bulk_job_refused = Массовое задание отклонено
audit-action-bulk_job_ended = Массовое задание завершено
audit-action-bulk_deactivate = Массовая деактивация
audit-action-bulk_reactivate = Массовая повторная активация
audit-action-bulk_revoke_access = Массовый отзыв доступа к продуктам
audit-action-bulk_assign_access = Массовое предоставление доступа к продуктам
audit-action-bulk_remove_customer = Массовое удаление клиентов JSM
audit-action-bulk_undo_deactivate = Массовая деактивация (отмена)
audit-action-bulk_undo_reactivate = Массовая повторная активация (отмена)
audit-action-bulk_undo_revoke_access = Массовый отзыв доступа к продуктам (отмена)
audit-action-bulk_undo_assign_access = Массовое предоставление доступа к продуктам (отмена)
audit-action-bulk_undo_remove_customer = Массовое удаление клиентов JSM (отмена)
audit-outcome-refused = Отклонено
audit-outcome-unknown = Результат неизвестен
audit-outcome-not_sent = Не отправлено
audit-outcome-reread = Подтверждено повторным чтением
audit-outcome-queued = В очереди
audit-outcome-running = Выполняется
audit-outcome-cancelling = Отмена…
audit-outcome-cancelled = Отменено
audit-outcome-finished = Завершено
audit-csv-seq = Запись
audit-csv-time = Время (UTC)
audit-csv-actor = ID администратора
audit-csv-actor-name = Имя администратора
audit-csv-auth-via = Способ входа
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Установка панели Jira
audit-csv-action = Действие
audit-csv-target = Объект
audit-csv-target-name = Имя затронутого пользователя
audit-csv-target-email = Эл. почта затронутого пользователя
audit-csv-outcome = Результат
audit-csv-atlassian-status = Статус Atlassian
audit-csv-request-id = ID запроса
audit-csv-job-id = Задание
audit-csv-details = Сведения
audit-csv-prev-hash = Предыдущий хеш
audit-csv-hash = Хеш
audit-filter-source = Источник
audit-source-both = Это приложение и Atlassian
audit-source-app = Это приложение
audit-source-atlassian = Atlassian
audit-atlassian-note = Сообщено Atlassian; не входит в хеш-цепочку этого приложения.
audit-event-open = Сведения о событии Atlassian { $seq }
audit-event-title = Событие Atlassian № { $seq }
audit-csv-source = Источник
audit-csv-event-id = ID события Atlassian
audit-csv-ip = IP-адрес
audit-csv-product = Продукт
audit-action-user_deactivated = Пользователь деактивирован
audit-action-user_reactivated = Пользователь повторно активирован
audit-action-user_access_suspended = Доступ пользователя приостановлен
audit-action-user_access_restored = Доступ пользователя восстановлен
audit-action-user_added_to_group = Пользователь добавлен в группу
audit-action-user_removed_from_group = Пользователь удалён из группы
audit-action-group_granted_role = Группе выдана роль продукта
audit-action-group_revoked_role = У группы отозвана роль продукта
audit-action-user_granted_role = Пользователю выдана роль продукта
audit-action-user_revoked_role = У пользователя отозвана роль продукта
audit-action-added_org_admin = Добавлен администратор организации
audit-action-removed_org_admin = Удалён администратор организации
audit-action-service_desk_customer_added = Добавлен клиент службы поддержки
audit-action-service_desk_customer_removed = Удалён клиент службы поддержки
audit-action-project_role_actor_added = Добавлен в роль проекта
audit-action-project_role_actor_removed = Удалён из роли проекта

## Settings
settings-title = Настройки


settings-api-key-docs = Как создать ключ Admin API

## Not found
not-found-title = Страница не найдена
not-found-body = По этому адресу нет страницы. Возможно, в ссылке опечатка или страница была перемещена.
not-found-action = Перейти на дашборд

## Demo mode
demo-badge = Демо-организация
demo-banner = { $org } — имитация организации, поэтому здесь можно спокойно всё изучить: ничто не затрагивает реальные аккаунты Atlassian.
demo-connect = Подключить свою организацию

## Errors a request can end in
error-unauthorized = Ваш сеанс завершён. Чтобы продолжить, войдите снова.
error-forbidden = Это могут делать только администраторы организации.
error-not-found = Объект больше не существует. Возможно, он был удалён в Atlassian.
error-invalid-input = Часть введённых данных недопустима. Проверьте выделенные поля.
error-atlassian-unavailable = Atlassian сейчас не отвечает. Повторите попытку через несколько минут.
error-sync-running = Синхронизация уже выполняется. Дождитесь её завершения или сначала отмените её.
error-no-snapshot = Синхронизация ещё не выполнялась. Первая синхронизация запустится автоматически; это может занять несколько минут.
error-transport = Не удалось связаться с сервером. Проверьте подключение и повторите попытку.
error-internal = На сервере произошла ошибка. Подробности см. в журнале сервера.
error-payload-too-large = Этот запрос больше, чем принимает сервер, поэтому ничего не выполнено. Отправляйте меньше за раз, например меньше записей.
error-timeout = Сервер прервал этот запрос, потому что он выполнялся слишком долго. Повторите попытку чуть позже или запрашивайте меньше за раз.

## CSV export column headers
csv-name = Имя
csv-email = Эл. почта
csv-status = Статус
csv-account-type = Тип аккаунта
csv-products = Продукты
csv-product-last-active = Последняя активность по продуктам
csv-last-active = Последняя активность
csv-groups = Группы
csv-inactivity = Неактивность
csv-service-desks = Службы поддержки
csv-jsm-organizations = Организации JSM

## Signing in
login-title = Вход
login-intro = Пользоваться User Account Manager могут только администраторы организации.
login-atlassian = Войти через Atlassian
login-demo-admins = В этой демоверсии администраторами организации являются следующие имитированные аккаунты. Выберите один из них на имитированной странице входа Atlassian; для любого другого аккаунта вход будет запрещён.
login-local-title = Локальный аккаунт администратора
login-login = Логин
login-password = Пароль
login-totp = Код из приложения-аутентификатора
login-totp-hint = Только если для вашего аккаунта используется приложение-аутентификатор.
login-submit = Войти
login-setup-pending = Локального аккаунта администратора пока нет. При запуске сервер вывел одноразовую ссылку для создания первого такого аккаунта; то же делает команда uam admin create.
login-signed-out = Вы вышли из системы.
login-refused-title = Вход запрещён
login-back = Вернуться ко входу
login-error-invalid = Неверный логин, пароль или код аутентификатора.
login-error-locked = Слишком много неудачных попыток. Подождите 15 минут и повторите попытку.
login-error-totp = Код аутентификатора не указан или неверен.
login-error-not-admin = Этот аккаунт Atlassian не является администратором этой организации или отсутствует в списке администраторов, которым разрешено пользоваться этим сервером.
login-error-unavailable = Сейчас войти невозможно: Atlassian или база данных сервера не ответили. Повторите попытку через минуту.
login-error-state = Срок действия этого входа истёк, он уже был использован или был начат в другом браузере. Начните заново со страницы входа.
login-error-setup-link = Срок действия этой ссылки для настройки истёк или она уже была использована. Перезапустите сервер, чтобы получить новую, или создайте администратора командой uam admin create.
login-error-setup-input = Проверьте поля: логин не должен содержать пробелов, имя должно быть заполнено, пароль должен содержать не менее 12 символов, а оба пароля должны совпадать.
login-error-expired = Ваш сеанс завершён. Войдите снова.

## First-run set-up
setup-title = Создание первого аккаунта администратора
setup-intro = Этот аккаунт входит с собственным паролем. Сохраните его как аварийный: после настройки подключения к Atlassian администраторы организации входят через Atlassian.
setup-login = Логин (адрес эл. почты или короткое имя)
setup-name = Ваше имя
setup-password = Пароль (не менее 12 символов)
setup-password-again = Повторите пароль
setup-totp-title = Приложение-аутентификатор
setup-totp-optional = Рекомендуется: отсканируйте этот код приложением-аутентификатором и введите показанный в нём код. Чтобы пропустить этот шаг, оставьте поле пустым.
setup-totp-required = Этот сервер требует приложение-аутентификатор: отсканируйте им этот код и введите показанный код.
setup-totp-key = Или введите этот ключ вручную:
setup-totp-qr = QR-код для приложения-аутентификатора
setup-totp-code = Код из приложения
setup-submit = Создать аккаунт и войти

## The signed-in admin
account-via-local = Локальный аккаунт
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = через Jira
account-sign-out = Выйти

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Открытие User Account Manager…
embed-expired = Сеанс этой панели завершён. Чтобы продолжить, снова откройте User Account Manager в разделе администрирования Jira.
embed-refused = Пользоваться User Account Manager в Jira могут только администраторы этой организации, и только если их аккаунт разрешён на сервере.
embed-unavailable = User Account Manager сейчас не может подтвердить ваш доступ: Atlassian или сервер не ответили. Повторите попытку через минуту.

## Settings page
settings-saved = Сохранено.
settings-save = Сохранить
settings-set-by-env = Задано в окружении; изменяйте там, где настраивается сервер.
settings-connection-title = Подключение к Atlassian
settings-connection-demo = Показана { $org } — имитированная демо-организация. Ниже можно подключить собственную организацию.
settings-connection-env = Подключено к организации { $org }; настроено в окружении сервера.
settings-connection-saved = Подключено к организации { $org }.
settings-connection-pending = Сохранённое подключение будет использоваться после следующего запуска сервера. Перезапустите сервер, чтобы подключиться к этой организации.
settings-admin-key = Ключ Admin API
settings-key-placeholder = Вставьте новый ключ, чтобы заменить сохранённый
settings-key-write-only = Только для записи: ключ хранится в зашифрованном виде и больше не отображается.
settings-key-expiry = Срок действия ключа
settings-key-expires = Действует до { $date }.
settings-key-expires-soon = Действует до { $date } (осталось дней: { $days }). До этой даты создайте новый ключ в Atlassian и вставьте его сюда.
settings-key-expired = Срок действия истёк { $date }. Синхронизации и действия не будут выполняться, пока не будет сохранён новый ключ.
settings-secret-set = заканчивается на …{ $hint }, задан: { $by }, { $at }
settings-secret-unset = не задано
settings-org = ID организации
settings-find-orgs = Найти организации
settings-site-title = Jira, Confluence и Jira Service Management
settings-site-body = Роли в проектах, участники пространств, клиенты и места Jira считываются через сайт с использованием эл. почты аккаунта и токена API.
settings-site-url = URL сайта
settings-site-email = Эл. почта аккаунта
settings-site-token = Токен API
settings-site-token-again = Вводите токен заново при каждом изменении URL сайта или эл. почты.
settings-test-connection = Проверить подключение
settings-check-admin-key = Ключ Admin API
settings-check-org = Организация
settings-check-directory = Пользователи и группы
settings-check-site = Сайт
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = отказ: ключ или токен неверен, просрочен или отозван
settings-check-outcome-forbidden = отказ: у учётных данных нет необходимого разрешения (области действия)
settings-check-outcome-not-found = не найдено: проверьте ID организации или URL сайта
settings-check-outcome-unreachable = Atlassian не ответил; повторите попытку позже
settings-check-outcome-not-configured = не настроено
settings-check-outcome-not-on-site = нет на этом сайте (на сайте нет этого продукта)
settings-prices-title = Цены лицензий
settings-prices-body = Необязательно. Укажите месячную стоимость одного места для каждого продукта, и на дашборде появится стоимость мест неактивных пользователей. Чтобы не учитывать продукт, оставьте поле пустым.
settings-currency = Валюта (код ISO, например USD или EUR)
settings-thresholds-title = Пороги неактивности
settings-thresholds-body = Пользователь без активности дольше порога предупреждения получает отметку «предупреждение», дольше порога просрочки — «просрочено». Порог просрочки должен быть больше порога предупреждения.
settings-warning-days = Предупреждение через (дней)
settings-overdue-days = Просрочка через (дней)
settings-protected-title = Защищённые аккаунты
settings-protected-body = Массовые действия никогда не деактивируют эти аккаунты и не лишают их доступа. Укажите адреса эл. почты, целые домены в виде *@example.com или ID аккаунтов Atlassian. Администраторы организации и вы сами защищены всегда.
settings-protected-add = Добавьте адреса, домены или ID аккаунтов (можно вставить несколько, разделив запятыми, пробелами или переносами строк)
settings-protected-add-button = Добавить
settings-protected-search = Поиск защищённых аккаунтов
settings-protected-count = { $count ->
    [one] { $count } защищённая запись
    [few] { $count } защищённые записи
    [many] { $count } защищённых записей
   *[other] { $count } защищённой записи
}
settings-protected-remove = Удалить
settings-schedule-title = Расписание синхронизации и хранение журнала аудита
settings-sync-interval = Интервал синхронизации (часов)
settings-sync-interval-hint = 0 отключает синхронизацию по расписанию; кнопка «Синхронизировать» продолжает работать.
settings-retention = Хранить записи аудита (дней)
settings-retention-hint = Не менее 180 дней (столько же, сколько хранится журнал аудита Atlassian), не более 3650; 0 — хранить бессрочно.
error-invalid-entries = Эти записи не являются адресами эл. почты или записями вида *@домен, поэтому ничего не сохранено:
settings-data-title = Ваши данные
settings-data-export-body = Скачайте всё, что хранит User Account Manager, одним архивом: настройки (без секретов), локальные аккаунты администраторов (без паролей), историю синхронизаций, журнал аудита и текущий снимок пользователей. Экспорт записывается в журнал аудита.
settings-data-export = Экспортировать всё
settings-data-delete-body = Удалить всё, что хранит User Account Manager: настройки, сохранённые ключ и токен, локальные аккаунты администраторов, сеансы, снимки и журнал аудита. В Atlassian ничего не изменится. Это действие необратимо; если данные могут понадобиться, сначала выполните экспорт.
settings-data-delete-confirm = Для подтверждения введите DELETE
settings-data-delete = Удалить всё
settings-data-not-confirmed = Ничего не удалено: для подтверждения введите DELETE точно так, как указано.
settings-data-sync-running = Ничего не удалено: выполняется синхронизация. Отмените её или дождитесь завершения и повторите попытку.
settings-data-export-failed = Не удалось выполнить экспорт. Подробности см. в журнале сервера.
settings-data-delete-failed = Не удалось выполнить удаление; ничего не удалено. Подробности см. в журнале сервера.
error-reauth-failed = Неверный пароль или код аутентификации. Ничего не запланировано.
error-reauth-stale = Сначала подтвердите, что это вы: снова войдите через Atlassian, а затем удалите данные в течение 5 минут.
error-panel-refused = Из панели Jira это сделать нельзя. Откройте User Account Manager в отдельной вкладке браузера.
error-erasure-pending = Удаление всех данных уже запланировано. Сначала отмените его или дождитесь выполнения.
settings-data-delete-delay = Ничего не удаляется сразу: удаление выполняется через { $hours } ч после подтверждения. До этого все администраторы видят его на панели мониторинга и могут отменить. Подписанная запись об удалённом журнале аудита сохраняется.
settings-data-reauth-atlassian = Вы вошли через Atlassian более 5 минут назад. Чтобы подтвердить, что это вы, войдите снова, а затем удалите данные в течение 5 минут.
settings-data-reauth-fresh = Вы вошли через Atlassian менее 5 минут назад, это подтверждает, что это вы.
settings-data-scheduled = Удаление всех данных запланировано. Пока оно не выполнено, любой администратор может отменить его здесь или на панели мониторинга.
erasure-title = Все данные будут удалены
erasure-body = { $name } запланировал(а) { $scheduled } удаление всего, что хранит User Account Manager, включая журнал аудита. Оно будет выполнено { $due }, если администратор его не отменит.
erasure-cancel = Отменить удаление
erasure-cancelled = Удаление отменено. Ничего не удалено.
erasure-cancel-failed = Не удалось отменить удаление. Подробности см. в журнале сервера.
login-deleted = Все данные удалены. Сервер вывел новую ссылку для повторного создания первого аккаунта администратора.
error-invalid-org_id = ID организации не указан или недопустим: это ID из адреса admin.atlassian.com/o/<ID>/… — латинские буквы, цифры и дефисы.
error-invalid-admin_api_key = Вставьте ключ Admin API: для этой организации ключ ещё не сохранён.
error-invalid-site = Для сайта нужно указать вместе URL, эл. почту аккаунта и токен API этого аккаунта.
error-invalid-site_url = Недопустимый URL сайта: он должен иметь вид https://your-site.atlassian.net.
error-invalid-site_host = Принимаются только сайты вида https://your-site.atlassian.net: токен API не отправляется ни на какой другой хост. Другой хост сначала должен разрешить оператор сервера (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = Для нового URL сайта или новой эл. почты аккаунта снова нужен токен API: вставьте токен этого аккаунта для этого сайта.
error-invalid-site_email = Эл. почта аккаунта не является допустимым адресом.
error-invalid-thresholds = Оба порога должны быть целым числом дней, причём порог просрочки должен быть больше порога предупреждения.
error-invalid-schedule = Введите целые числа: интервал синхронизации в часах и срок хранения журнала аудита в днях.
error-invalid-sync_interval_hours = Интервал синхронизации должен быть равен 0 (отключено) или от 1 до 168 часов.
error-invalid-audit_retention_days = Срок хранения записей аудита: 0 дней (бессрочно) или от 180 до 3650 дней.
error-invalid-seat_prices = Введите трёхбуквенный код валюты и цены от 0 до 100000, используя цифры и десятичную точку.
login-atlassian-off = Вход через Atlassian на этом сервере не настроен. Администратор сервера может настроить его с помощью приложения OAuth (UAM_OAUTH_CLIENT_ID и UAM_OAUTH_CLIENT_SECRET); до тех пор входите с локальным аккаунтом администратора.

## Bulk actions
bulk-title = Массовое действие
bulk-undo-title = Откат задания
bulk-actions = Действия…
bulk-actions-user = Действия с пользователем…
bulk-choose = Что сделать
bulk-action-deactivate = Деактивировать
bulk-action-reactivate = Активировать повторно
bulk-action-revoke_access = Отозвать доступ к продукту
bulk-action-assign_access = Предоставить доступ к продукту
bulk-action-remove_customer = Удалить клиентов JSM
bulk-every-desk = все службы поддержки
bulk-products = Продукты
bulk-desks = Службы поддержки
bulk-desks-hint = Не выбирайте ни одной, чтобы удалить клиентов из всех служб поддержки, в которых они состоят.
bulk-check = Проверить, кого это затронет
bulk-cancel = Отмена
bulk-checking = Проверка каждого пользователя в Atlassian…
bulk-starting = Запуск задания…
bulk-count-changing = { $count ->
        [one] Будет изменён { $formatted } пользователь
        [few] Будут изменены { $formatted } пользователя
        [many] Будут изменены { $formatted } пользователей
       *[other] Будут изменены { $formatted } пользователя
    }
bulk-count-already = { $count ->
        [one] { $formatted } пользователь уже в этом состоянии
        [few] { $formatted } пользователя уже в этом состоянии
        [many] { $formatted } пользователей уже в этом состоянии
       *[other] { $formatted } пользователя уже в этом состоянии
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } пользователь не может быть изменён
        [few] { $formatted } пользователя не могут быть изменены
        [many] { $formatted } пользователей не могут быть изменены
       *[other] { $formatted } пользователя не могут быть изменены
    }
bulk-how = Как это будет сделано
bulk-method-disable_account = { $count ->
        [one] { $formatted } аккаунт будет деактивирован (управляется организацией: API жизненного цикла пользователей)
        [few] { $formatted } аккаунта будут деактивированы (управляются организацией: API жизненного цикла пользователей)
        [many] { $formatted } аккаунтов будут деактивированы (управляются организацией: API жизненного цикла пользователей)
       *[other] { $formatted } аккаунта будут деактивированы (управляются организацией: API жизненного цикла пользователей)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } аккаунт будет активирован повторно (управляется организацией: API жизненного цикла пользователей)
        [few] { $formatted } аккаунта будут активированы повторно (управляются организацией: API жизненного цикла пользователей)
        [many] { $formatted } аккаунтов будут активированы повторно (управляются организацией: API жизненного цикла пользователей)
       *[other] { $formatted } аккаунта будут активированы повторно (управляются организацией: API жизненного цикла пользователей)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } пользователь потеряет доступ к организации (приостановка: организация не управляет аккаунтом)
        [few] { $formatted } пользователя потеряют доступ к организации (приостановка: организация не управляет их аккаунтами)
        [many] { $formatted } пользователей потеряют доступ к организации (приостановка: организация не управляет их аккаунтами)
       *[other] { $formatted } пользователя потеряют доступ к организации (приостановка: организация не управляет их аккаунтами)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } пользователь снова получит доступ к организации (восстановление: организация не управляет аккаунтом)
        [few] { $formatted } пользователя снова получат доступ к организации (восстановление: организация не управляет их аккаунтами)
        [many] { $formatted } пользователей снова получат доступ к организации (восстановление: организация не управляет их аккаунтами)
       *[other] { $formatted } пользователя снова получат доступ к организации (восстановление: организация не управляет их аккаунтами)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } пользователь будет удалён из групп, дающих доступ к продуктам
        [few] { $formatted } пользователя будут удалены из групп, дающих доступ к продуктам
        [many] { $formatted } пользователей будут удалены из групп, дающих доступ к продуктам
       *[other] { $formatted } пользователя будут удалены из групп, дающих доступ к продуктам
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } пользователь будет добавлен в группу, дающую доступ к продуктам
        [few] { $formatted } пользователя будут добавлены в группу, дающую доступ к продуктам
        [many] { $formatted } пользователей будут добавлены в группу, дающую доступ к продуктам
       *[other] { $formatted } пользователя будут добавлены в группу, дающую доступ к продуктам
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } пользователь потеряет роль в продукте, назначенную напрямую
        [few] { $formatted } пользователя потеряют роль в продукте, назначенную напрямую
        [many] { $formatted } пользователей потеряют роль в продукте, назначенную напрямую
       *[other] { $formatted } пользователя потеряют роль в продукте, назначенную напрямую
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } пользователь получит роль в продукте напрямую
        [few] { $formatted } пользователя получат роль в продукте напрямую
        [many] { $formatted } пользователей получат роль в продукте напрямую
       *[other] { $formatted } пользователя получат роль в продукте напрямую
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } клиент будет удалён из служб поддержки
        [few] { $formatted } клиента будут удалены из служб поддержки
        [many] { $formatted } клиентов будут удалены из служб поддержки
       *[other] { $formatted } клиента будут удалены из служб поддержки
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } клиент будет снова добавлен в службы поддержки
        [few] { $formatted } клиента будут снова добавлены в службы поддержки
        [many] { $formatted } клиентов будут снова добавлены в службы поддержки
       *[other] { $formatted } клиента будут снова добавлены в службы поддержки
    }
bulk-nothing = Изменять нечего: все выбранные пользователи уже в этом состоянии или не могут быть изменены.
bulk-skipped = Без изменений
bulk-skipped-more = …и ещё { $count }.
bulk-reason = Причина
bulk-type-to-confirm = Для подтверждения введите { $count }
bulk-presets = Действия по очистке
bulk-preset-overdue = Деактивировать всех просроченных
bulk-preset-revoke = Отозвать { $product } у пользователей, неактивных в нём { $days } дн.
bulk-skip-already_done = Уже в этом состоянии
bulk-skip-protected = Защищён в настройках
bulk-skip-org_admin = Администратор организации: массовые действия его никогда не изменяют
bulk-skip-acting_admin = Ваш собственный аккаунт: ваши массовые действия его никогда не изменяют
bulk-skip-identity_provider = Предоставлен поставщиком удостоверений (SCIM), который управляет доступом этого аккаунта
bulk-skip-lookup_failed = Не удалось запросить у Atlassian текущее состояние этого пользователя, поэтому изменения не вносились во избежание рисков
bulk-skip-not_found = Этот аккаунт больше не известен Atlassian
bulk-skip-not_applicable = Это действие неприменимо к аккаунтам такого типа
bulk-skip-no_way = Доступ предоставлен источником, который этот продукт не может изменить
bulk-skip-direct_role_unavailable = Назначено напрямую, а эта организация не предоставляет API Atlassian для прямых ролей в продуктах (ограниченная доступность), поэтому ничего не менялось
bulk-step-disable_account = Аккаунт деактивирован
bulk-step-enable_account = Аккаунт активирован повторно
bulk-step-suspend = Доступ к организации приостановлен
bulk-step-restore = Доступ к организации восстановлен
bulk-step-leave_group = Удалён из группы { $object }
bulk-step-join_group = Добавлен в группу { $object }
bulk-step-revoke_role = Отозвана роль { $object }
bulk-step-assign_role = Назначена роль { $object }
bulk-step-remove_customer = Удалён из клиентов { $object }
bulk-step-add_customer = Добавлен в клиенты { $object }

## Jobs
nav-jobs = Задания
jobs-title = Задания
jobs-intro = Массовые действия выполняются на сервере как задания: они продолжаются после закрытия вкладки, видны всем администраторам и выполняются по одному, пока остальные ждут своей очереди.
jobs-loading = Загрузка заданий…
jobs-empty-title = Заданий пока нет
jobs-empty-body = Здесь появляются массовые действия, запущенные со страницы «Пользователи» или с дашборда, с ходом выполнения и результатом по каждому пользователю.
jobs-caption = Задания массовых действий, сначала новые
job-title = Задание
job-back = Все задания
job-loading = Загрузка задания…
job-action = Действие
job-state = Состояние
job-progress = Ход выполнения
job-started-by = Кем запущено
job-created = Создано
job-started = Запущено
job-finished = Завершено
job-counts = Из { $total }: выполнено { $done }, пропущено { $skipped }, с ошибкой { $failed }
job-count-done = Выполнено: { $formatted }
job-count-skipped = Пропущено: { $formatted }
job-count-failed = С ошибкой: { $formatted }
job-count-unknown = Прервано, результат неизвестен: { $formatted }
job-count-cancelled = Не обработано (отменено): { $formatted }
job-count-pending = Ожидает: { $formatted }
job-waiting = Ожидание сброса ограничения частоты запросов Atlassian до { $time }
job-queue-position = { $count ->
        [0] В очереди: следующее
        [one] В очереди: впереди { $count } задание
        [few] В очереди: впереди { $count } задания
        [many] В очереди: впереди { $count } заданий
       *[other] В очереди: впереди { $count } задания
    }
job-undo-of = Это задание — откат одного из предыдущих.
job-open-original = Открыть исходное задание
job-undone-by = Для этого задания выполнен откат.
job-open-undo = Открыть задание отката
job-undone-by-short = выполнен откат
job-error = Остановлено досрочно:
job-stopped-panic = внутренняя ошибка остановила это задание. Пользователи, до которых оно ещё не дошло, не изменены.
job-stopped-not-admin = администратор, запустивший его, больше не является администратором организации с доступом к этому серверу, поэтому задание отклонено.
job-stopped-admin-unconfirmed = Atlassian не смог подтвердить, что администратор, запустивший его, всё ещё администратор организации, поэтому задание отклонено.
job-cancel = Отменить задание
job-undo = Откатить задание
job-results = Результаты по пользователям
job-filter = Показать
job-filter-all = Все
job-item-state = Результат
job-steps = Шаги
job-outcome = Причина и ответ Atlassian
job-no-items = Нет пользователей в этом состоянии.
job-atlassian-status = Ответ Atlassian: { $status }
job-request-id = ID запроса
job-state-queued = В очереди
job-state-running = Выполняется
job-state-cancelling = Отмена…
job-state-cancelled = Отменено
job-state-finished = Завершено
job-state-failed = Ошибка
job-item-pending = Ожидает
job-item-running = Выполняется
job-item-done = Выполнено
job-item-skipped = Пропущено
job-item-failed = Ошибка
job-item-unknown = Результат неизвестен
job-item-cancelled = Отменено

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Показывать мои просмотры журнала
audit-views-hidden = Ваши собственные просмотры журнала, скрыто: { $formatted }.
audit-views-show = Показать
audit-chain-verified-through = Цепочка проверена до записи #{ $last }, последняя подписанная контрольная точка #{ $seq } от { $time }.
audit-chain-verified-through-unsigned = Цепочка проверена до записи #{ $last }, подписанных контрольных точек пока нет.
audit-job-titled = { $title } · задание { $id }
audit-csv-details-json = Подробности (JSON)
audit-say-via-local = Вход с локальной учётной записью.
audit-say-via-atlassian = Вход через Atlassian.
audit-say-via-forge = Вход из панели Jira.
audit-say-refused = Отклонено: { $reason }
audit-say-attempts = Неудачных попыток: { $count }, начиная с { $since }.
audit-say-from = С адреса { $address }.
audit-say-session-ended = Администратор больше не является администратором организации, поэтому сеанс закрыт.
audit-say-totp-on = Входит с паролем и кодом из приложения-аутентификатора.
audit-say-totp-off = Входит только с паролем.
audit-say-setting = { $setting }: изменено с { $before } на { $after }.
audit-say-secret = { $setting } заменён: старое значение оканчивалось на { $before }, новое оканчивается на { $after }.
audit-say-secret-first = { $setting } задан: значение оканчивается на { $after }.
audit-say-nothing = ничего
audit-say-yes = да
audit-say-no = нет
audit-say-data-exported = Экспортировано всё: пользователей: { $users }, размер: { $size } КБ.
audit-say-data-deleted = Всё сохранённое удалено; журнал начинается заново с этой записи.
audit-say-erasure-times = Запланировано { $scheduled }, срок — { $due }.
audit-say-erasure-due = Всё будет удалено { $due }, если администратор не отменит.
audit-say-erasure-cancelled = Отменено удаление, которое { $by } запланировал(а) на { $due }.
audit-say-viewed = Журнал просмотрен.
audit-say-filter = Фильтры: { $filter }.
audit-say-audit-export = Экспортировано записей: { $count }.
audit-say-pruned = Удалено записей по сроку хранения: { $count }, все старше { $cutoff }; последняя — #{ $seq }.
audit-say-users-exported = Экспортировано пользователей из представления таблицы пользователей: { $count }.
audit-say-users-selected = Экспортировано выбранных пользователей: { $count }.
audit-say-job-queued = Пользователей в плане: { $users }; будет изменено: { $changing }; без изменений: { $skipped }.
audit-say-job-cancel = Запрошена остановка задания; пользователи в обработке будут завершены.
audit-say-job-ended = Задание завершено ({ $state }): { $counts }.
audit-say-step-intent = Запрос к Atlassian вот-вот будет отправлен: { $step }.
audit-say-step-failed = Ошибка (попытка { $attempt }): { $step }. Ответ Atlassian: { $error }
audit-say-reread-yes = Повторное чтение пользователя показало, что изменение выполнено.
audit-say-reread-no = Повторное чтение пользователя показало, что изменение не выполнено.
audit-say-interrupted = Прервано перезапуском сервера, затем результат установлен повторным чтением пользователя.
audit-say-skip-preflight = Оставлен без изменений при предварительной проверке: { $reason }.
audit-say-error = Ошибка: { $error }
audit-say-exercise = Записано для проверки словаря аудита; ни один администратор не выполнял это действие.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian не ответил вовремя. Повторите попытку чуть позже.
error-invalid-admin_api_key_refused = Atlassian отклонил этот ключ: он неверен, истёк или отозван либо не может читать организации. Проверьте его в admin.atlassian.com.
settings-no-answer = Atlassian не ответил за { $seconds } с. Повторите попытку чуть позже; если это повторяется, возможно, у Atlassian проблемы.
settings-finding-orgs = Поиск организаций…
settings-orgs-found = Организаций, видимых с этим ключом: { $count }. Выберите одну в поле «ID организации».
settings-orgs-none = С этим ключом не видно ни одной организации. Убедитесь, что это ключ Admin API организации, а не личный API-токен.
settings-checking = Проверка подключения к Atlassian…
settings-check-col-check = Проверка
settings-check-col-result = Результат
settings-check-col-detail = Что это значит
settings-check-result-ok = Работает
settings-check-result-unused = Не используется
settings-check-result-failed = Требует внимания
settings-check-ok-detail = Atlassian принял учётные данные и ответил.
settings-check-status = Ответ Atlassian для поддержки: HTTP { $status }
settings-check-summary = Успешных проверок: { $working } из { $total }.
settings-check-outcome-timeout = нет ответа за { $seconds } с: Atlassian, возможно, работает медленно или недоступен; повторите попытку через несколько минут
settings-check-outcome-rate-limited = Atlassian сейчас ограничивает запросы (слишком много за короткое время); повторите попытку через минуту
settings-check-outcome-server-error = на стороне Atlassian возникла проблема, и он не смог ответить; повторите попытку позже
settings-check-outcome-rejected = Atlassian отклонил запрос в таком виде; подробности в журнале сервера
settings-nav-label = Разделы настроек
settings-danger-title = Опасная зона
settings-danger-unlock = Кнопка станет доступной, когда будет введено DELETE.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Деактивация: { $users }
job-title-reactivate = Повторная активация: { $users }
job-title-revoke_access = Отзыв доступа к { $subjects }: { $users }
job-title-assign_access = Предоставление доступа к { $subjects }: { $users }
job-title-remove_customer = Удаление из клиентов ({ $subjects }): { $users }
job-title-add_customer = Возврат в клиенты ({ $subjects }): { $users }
job-undo-of-job = откат задания { $job }
bulk-plan-disable_account = Деактивировать (управляемая учётная запись)
bulk-plan-enable_account = Активировать снова (управляемая учётная запись)
bulk-plan-suspend = Приостановить доступ к организации
bulk-plan-restore = Восстановить доступ к организации
bulk-plan-leave_group = Удалить из группы { $object }
bulk-plan-join_group = Добавить в группу { $object }
bulk-plan-revoke_role = Отозвать доступ к { $object }
bulk-plan-assign_role = Предоставить доступ к { $object }
bulk-plan-remove_customer = Удалить из клиентов: { $object }
bulk-plan-add_customer = Вернуть в клиенты: { $object }
bulk-changing = Пользователи, которые изменятся
bulk-change = Изменение
bulk-search = Поиск по имени или адресу эл. почты
bulk-search-none = Ни один пользователь не подходит под этот поиск.
job-outcome-confirmed = Готово: Atlassian подтвердил изменение
job-outcome-refused = Atlassian отклонил изменение
job-outcome-unavailable = Atlassian пока не принял изменение (занят или недоступен)
bulk-their-desks = прежние службы поддержки

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Фильтры
filters-active = Применённые фильтры
filter-chip = { $name }: { $value }
filter-remove = Убрать фильтр: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Нет доступа
card-no-access = Не могут войти (приостановлены или деактивированы): { $formatted }
column-places = Проекты и пространства
csv-places = Проекты и пространства (роли)
places-more = ещё { $more }
export-style = Ячейки CSV
export-style-readable = Понятные названия
export-style-codes = Коды для скриптов
