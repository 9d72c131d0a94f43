## The language's own name, shown in the language picker.
language-name = 繁體中文

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = 跳至主要內容
nav-label = 主要導覽
nav-dashboard = 儀表板
nav-users = 使用者
nav-audit = 稽核記錄
nav-settings = 設定
prefs-language = 語言
prefs-theme = 佈景主題
prefs-apply = 套用
theme-system = 跟隨系統
theme-light = 淺色主題
theme-dark = 深色主題
error-title = 發生錯誤
error-body = 無法顯示頁面的這個部分。請重新載入頁面再試一次；如果問題持續發生，請查看伺服器記錄檔以瞭解詳細資訊。

## Dashboard
dashboard-title = 儀表板
dashboard-empty-title = 尚無組織資料
dashboard-empty-body = 請在「設定」中連結您的 Atlassian 組織。首次同步完成後，此儀表板會顯示 Jira、Confluence 和 Jira Service Management 的使用者、活動情形和授權使用狀況。
dashboard-empty-action = 開啟設定
dashboard-first-sync-title = 正在讀取您的組織
dashboard-first-sync-body = 首次同步正在從 Atlassian 讀取使用者、群組和產品存取權。進度顯示在上方；完成後，相關數字會立即顯示在這裡。
dashboard-first-sync-working = 正在同步…
dashboard-summary = 摘要
card-total = 使用者總數
card-total-detail = { $org } 位組織使用者和 { $customers } 位客戶
card-active = 近期活躍使用者
card-active-detail = 過去 { $days } 天內使用過產品的組織使用者
card-inactive = 非活躍使用者
card-customers = JSM 客戶
threshold-warning = { $days } 天以上沒有活動
threshold-overdue = { $days } 天以上沒有活動
threshold-never = 完全沒有活動記錄
utilisation-title = 授權使用率
utilisation-seats = 已使用 { $used } / { $capacity } 個席位（{ $percent }）
utilisation-near = 席位即將用完：購買更多席位前，請先檢視非活躍使用者。
utilisation-over = 所有席位皆已使用：在釋出或購買席位之前，無法授予新使用者存取權。
products-title = 產品
products-product = 產品
products-users = 具有存取權的使用者
products-seats = 已使用席位
products-cost = 非活躍席位的每月費用
products-cost-hint = 輸入每個席位的價格，即可查看非活躍席位每月的費用。
products-cost-set = 在設定中指定價格
chart-title = 上次活動
chart-intro = 帳戶為使用中狀態的組織使用者上次使用任一產品的時間。
chart-days = { $from }–{ $to } 天
chart-more-than = 超過 { $days } 天
chart-table-caption = 帳戶為使用中狀態的組織使用者上次活動時間
chart-last-active = 上次活動
chart-users = 使用者
sync-title = 同步
sync-last = 資料時間 { $time }：共 { $formatted } { $count ->
       *[other] 個帳戶
    }。
sync-never = 尚未進行任何同步。
sync-next = 下次排定同步：{ $time }
sync-incremental = 上次檢查 Atlassian 中的變更：{ $time }，已更新 { $formatted } { $count ->
       *[other] 位使用者
    }。
sync-incremental-failed = 於 { $time } 檢查 Atlassian 中的變更失敗：{ $reason }
sync-failed = 於 { $time } 開始的同步失敗：{ $reason }
sync-now = 立即同步
sync-cancel = 取消同步
sync-phase-starting = 正在啟動
sync-phase-collecting = 正在從 Atlassian 讀取
sync-phase-indexing = 正在建立快照
sync-items = 已讀取 { $done } 個帳戶
sync-items-of = 已讀取 { $done } 個帳戶，共約 { $total } 個
sync-waits = { $requests } 個要求；因 Atlassian 速率限制等待了 { $seconds } 秒
sync-families = 已讀取的產品
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = 已完整讀取
sync-family-partial = 已部分讀取
sync-family-not-on-site = 此網站上沒有
sync-family-not-configured = 未讀取：未設定網站帳戶
sync-family-stale = 本次未讀取；顯示 { $time } 的資料（{ $reason }）
sync-family-unread = 尚未讀取（{ $reason }）
sync-part-project = { $count ->
       *[other] { $formatted } 個專案
    }
sync-part-seats = Jira 的席位數
sync-part-group = { $count ->
       *[other] { $formatted } 個群組的成員
    }
sync-part-desk = { $count ->
       *[other] { $formatted } 個服務台的客戶
    }
sync-part-jsm-org = { $count ->
       *[other] { $formatted } 個 JSM 組織的成員
    }
sync-part-space = { $count ->
       *[other] { $formatted } 個空間
    }
sync-skipped-permission = 無法讀取{ $what }：網站帳戶需要{ $permission }。
sync-skipped-not-offered = 無法讀取{ $what }：此網站未提供列出這些項目的 API。
sync-skipped-names = 包括：{ $names }
permission-administer-projects = 這些專案的「管理專案」權限（或「管理 Jira」）
permission-administer-jira = 「管理 Jira」全域權限
permission-browse-users = 「瀏覽使用者和群組」全域權限
permission-desk-agent = 服務台專員或管理員角色
permission-view-space = 這些空間的「檢視」權限
sync-history = 最近的同步
sync-history-started = 開始時間
sync-history-outcome = 結果
sync-history-accounts = 帳戶
sync-history-requests = 要求
sync-outcome-running = 執行中
sync-outcome-complete = 已完成
sync-outcome-failed = 失敗
sync-outcome-cancelled = 已取消

## Users
users-title = 使用者
users-empty-title = 尚無可顯示的使用者
users-empty-body = 首次同步完成後，組織使用者、Jira 專案和 Confluence 空間成員，以及 Jira Service Management 客戶會顯示在這裡。
users-loading = 正在載入使用者…
users-tabs = 使用者範圍
users-tab-org = 組織使用者
users-tab-projects = 專案使用者
users-tab-customers = JSM 客戶
users-tab-all = 全部
users-presets = 快速檢視
users-preset-inactive = 在所有產品中皆非活躍
users-preset-warning = 警告
users-preset-overdue = 已逾期
users-preset-never = 從未活動
users-clear-filters = 清除篩選條件
users-count = { $count ->
       *[other] { $formatted } 位使用者
    }
users-as-of = 截至 { $time }
users-thresholds = · { $warning } 天後警告，{ $overdue } 天後逾期
users-table-caption = 符合篩選條件的使用者
users-no-matches = 沒有符合這些篩選條件的使用者。
filter-search = 搜尋
filter-search-placeholder = 名稱或電子郵件
filter-type = 帳戶類型
filter-product = 產品
filter-group = 群組
filter-project = 專案或空間
filter-desk = 服務台或組織
filter-active-after = 上次活動不早於
filter-active-before = 上次活動早於
filter-status = 狀態
filter-inactivity = 非活躍程度
filter-any = 不限
filter-apply = 套用篩選條件
column-name = 名稱
column-email = 電子郵件
column-status = 狀態
column-account-type = 帳戶類型
column-products = 產品
column-groups = 群組
column-last-active = 上次活動
column-inactivity = 非活躍程度
column-added = 加入組織日期
column-service-desks = 服務台
column-jsm-organizations = JSM 組織
column-details = 詳細資料
columns-choose = 欄位
status-active = 使用中
status-suspended = 已暫停
status-deactivated = 已停用
status-pending = 已邀請
class-managed = 受管
class-external = 外部
class-customer = 客戶
class-app = 應用程式
inactivity-active = 近期活躍
inactivity-warning = 警告
inactivity-overdue = 已逾期
inactivity-never = 從未活動
never-active = 從未
email-hidden = 因使用者的隱私權設定而隱藏
org-admin = 組織管理員
open-in-admin = 在 Atlassian Administration 中開啟
list-more = { $list } +{ $more }
details = 詳細資料
details-for = { $name } 的詳細資料
details-close = 關閉詳細資料
details-missing = 找不到使用者
details-account-id = 帳戶 ID
details-org-admin = 組織管理員
details-scim = 由身分識別提供者佈建
details-products = 產品和上次活動
details-product = 產品
details-projects = Jira 專案
details-spaces = Confluence 空間
details-none = 無
yes = 是
no = 否
select-page = 選取此頁面上的所有使用者
select-user = 選取 { $name }
selection-count = { $count ->
        [0] 未選取任何使用者
       *[other] 已選取 { $formatted } 位使用者
    }
select-all-matching = 選取全部 { $formatted } 位符合的使用者
selection-clear = 清除選取
pager-label = 分頁
pager-previous = 上一頁
pager-next = 下一頁
pager-position = 第 { $page } 頁，共 { $pages } 頁
pager-size = 每頁列數：
export-matching = 匯出符合的使用者（CSV）
export-selected = 匯出選取的使用者（CSV）
export-progress = 正在匯出使用者：{ $done } / { $total }…
export-cancel = 取消匯出
export-cancelled = 已取消匯出。
export-done = { $count ->
       *[other] 已匯出 { $formatted } 位使用者。
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = 稽核記錄
audit-empty-title = 尚無稽核項目
audit-empty-body = 管理員在此執行的每項操作都會記錄在此記錄中：執行者、時間、對象，以及 Atlassian 的回應。
audit-loading = 正在載入稽核記錄…
audit-search-placeholder = 管理員、使用者、操作、詳細資料或要求 ID
audit-filter-from = 開始日期（UTC）
audit-filter-to = 結束日期（UTC）
audit-filter-admin = 管理員
audit-filter-action = 操作
audit-filter-outcome = 結果
audit-filter-user = 受影響的使用者
audit-filter-user-placeholder = 帳戶 ID、名稱或電子郵件
audit-count = { $count ->
       *[other] { $formatted } 個項目
    }
audit-no-matches = 沒有符合這些篩選條件的項目。
audit-table-caption = 稽核記錄項目（由新到舊）
audit-column-time = 時間（UTC）
audit-column-admin = 管理員
audit-column-action = 操作
audit-column-user = 受影響的使用者
audit-column-outcome = 結果
audit-column-status = Atlassian 狀態
audit-column-request = 要求 ID
audit-column-details = 詳細資料
audit-column-entry = 項目
audit-entry-open = 項目 { $seq } 的詳細資料
audit-entry-title = 項目 #{ $seq }
audit-job = 工作 { $id }
audit-export = 匯出 CSV
audit-export-progress = 正在匯出項目：{ $done } / { $total }…
audit-export-done = { $count ->
       *[other] 已匯出 { $formatted } 個項目。
    }
audit-chain-broken = 雜湊鏈在項目 #{ $seq } 處中斷：{ $reason }
audit-chain-broken-help = 從此項目起的項目，可能已在 User Account Manager 以外遭到變更、移除或插入。請保持資料庫原狀，並與您最近一次的匯出檔或備份進行比對。
audit-chain-unchecked = 無法檢查雜湊鏈。
audit-checkpoints-missing = 已簽署的檢查點遺失：檢查點檔案中已不再包含此伺服器寫入的項目 #{ $seq } 的檢查點。
audit-checkpoints-missing-help = 該檔案已被刪除、被較舊的副本取代或遭截斷，因此截至此項目的項目已無法再以簽章核對。請從您的副本還原該檔案（伺服器記錄中也包含每個檢查點），並保持資料庫原狀。
audit-action-sign_in = 登入
audit-action-sign_out = 登出
audit-action-authn_denied = 拒絕存取
audit-action-session_ended = 工作階段結束
audit-action-local_admin_created = 建立本機管理員
audit-action-settings_changed = 變更設定
audit-action-secret_replaced = 取代認證
audit-action-data_exported = 匯出資料
audit-action-data_deleted = 刪除資料
audit-action-audit_viewed = 檢視稽核記錄
audit-action-audit_export = 匯出稽核記錄
audit-action-users_exported = 匯出使用者
audit-outcome-ok = 成功
audit-outcome-denied = 已拒絕
audit-outcome-failed = 失敗
audit-outcome-intent = 預定執行
audit-outcome-skipped = 已略過
audit-outcome-blocked = 已封鎖
audit-action-data_erasure_scheduled = 已排定刪除所有資料
audit-action-data_erasure_cancelled = 已取消排定的刪除
audit-action-audit_pruned = 已移除舊的稽核項目
audit-action-bulk_job_queued = 大量工作已排入佇列
audit-action-bulk_job_cancel = 已要求取消大量工作
audit-action-bulk_job_refused = 大量工作遭拒
audit-action-bulk_job_ended = 大量工作已結束
audit-action-bulk_deactivate = 大量停用
audit-action-bulk_reactivate = 大量重新啟用
audit-action-bulk_revoke_access = 大量撤銷產品存取權
audit-action-bulk_assign_access = 大量指派產品存取權
audit-action-bulk_remove_customer = 大量移除 JSM 客戶
audit-action-bulk_undo_deactivate = 大量停用（復原）
audit-action-bulk_undo_reactivate = 大量重新啟用（復原）
audit-action-bulk_undo_revoke_access = 大量撤銷產品存取權（復原）
audit-action-bulk_undo_assign_access = 大量指派產品存取權（復原）
audit-action-bulk_undo_remove_customer = 大量移除 JSM 客戶（復原）
audit-outcome-refused = 未執行
audit-outcome-unknown = 結果不明
audit-outcome-not_sent = 未傳送
audit-outcome-reread = 已透過重新讀取確認
audit-outcome-queued = 排隊中
audit-outcome-running = 執行中
audit-outcome-cancelling = 正在取消
audit-outcome-cancelled = 已取消
audit-outcome-finished = 已完成
audit-csv-seq = 項目
audit-csv-time = 時間（UTC）
audit-csv-actor = 管理員 ID
audit-csv-actor-name = 管理員名稱
audit-csv-auth-via = 登入方式
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira 面板安裝
audit-csv-action = 操作
audit-csv-target = 對象
audit-csv-target-name = 受影響使用者的名稱
audit-csv-target-email = 受影響使用者的電子郵件
audit-csv-outcome = 結果
audit-csv-atlassian-status = Atlassian 狀態
audit-csv-request-id = 要求 ID
audit-csv-job-id = 工作
audit-csv-details = 詳細資料
audit-csv-prev-hash = 前一個雜湊
audit-csv-hash = 雜湊
audit-filter-source = 來源
audit-source-both = 本應用程式和 Atlassian
audit-source-app = 本應用程式
audit-source-atlassian = Atlassian
audit-atlassian-note = 由 Atlassian 回報；不屬於本應用程式的雜湊鏈。
audit-event-open = Atlassian 事件 { $seq } 的詳細資料
audit-event-title = Atlassian 事件 #{ $seq }
audit-csv-source = 來源
audit-csv-event-id = Atlassian 事件 ID
audit-csv-ip = IP 位址
audit-csv-product = 產品
audit-action-user_deactivated = 已停用使用者
audit-action-user_reactivated = 已重新啟用使用者
audit-action-user_access_suspended = 已暫停使用者存取權
audit-action-user_access_restored = 已恢復使用者存取權
audit-action-user_added_to_group = 已將使用者新增至群組
audit-action-user_removed_from_group = 已將使用者從群組中移除
audit-action-group_granted_role = 已授予群組產品角色
audit-action-group_revoked_role = 已撤銷群組的產品角色
audit-action-user_granted_role = 已授予使用者產品角色
audit-action-user_revoked_role = 已撤銷使用者的產品角色
audit-action-added_org_admin = 已新增組織管理員
audit-action-removed_org_admin = 已移除組織管理員
audit-action-service_desk_customer_added = 已新增服務台客戶
audit-action-service_desk_customer_removed = 已移除服務台客戶
audit-action-project_role_actor_added = 已新增至專案角色
audit-action-project_role_actor_removed = 已從專案角色中移除

## Settings
settings-title = 設定


settings-api-key-docs = 如何建立管理員 API 金鑰

## Not found
not-found-title = 找不到頁面
not-found-body = 此網址沒有頁面。連結可能輸入錯誤，或頁面可能已移動。
not-found-action = 前往儀表板

## Demo mode
demo-badge = 示範組織
demo-banner = { $org } 是模擬組織，您可以放心探索：這裡的任何操作都不會影響真實的 Atlassian 帳戶。
demo-connect = 連結您的組織

## Errors a request can end in
error-unauthorized = 您的工作階段已結束。請重新登入以繼續。
error-forbidden = 只有組織管理員才能執行此操作。
error-not-found = 此項目已不存在，可能已在 Atlassian 中移除。
error-invalid-input = 您輸入的部分內容無效。請檢查醒目標示的欄位。
error-atlassian-unavailable = Atlassian 目前沒有回應。請過幾分鐘再試一次。
error-sync-running = 已有同步正在執行。請等候同步完成，或先將其取消。
error-no-snapshot = 尚未進行任何同步。首次同步會自動開始，可能需要幾分鐘。
error-transport = 無法連線到伺服器。請檢查您的網路連線，然後再試一次。
error-internal = 伺服器發生錯誤。請查看伺服器記錄檔以瞭解詳細資訊。
error-payload-too-large = 此要求超過伺服器接受的大小，因此未執行任何動作。請每次少傳送一些，例如減少項目數。
error-timeout = 此要求耗時過長，伺服器已將其停止。請稍後再試，或每次少要求一些。

## CSV export column headers
csv-name = 名稱
csv-email = 電子郵件
csv-status = 狀態
csv-account-type = 帳戶類型
csv-products = 產品
csv-product-last-active = 各產品上次活動
csv-last-active = 上次活動
csv-groups = 群組
csv-inactivity = 非活躍程度
csv-service-desks = 服務台
csv-jsm-organizations = JSM 組織

## Signing in
login-title = 登入
login-intro = 只有組織管理員才能使用 User Account Manager。
login-atlassian = 使用 Atlassian 登入
login-demo-admins = 在此示範中，以下模擬帳戶為組織管理員。請在模擬的 Atlassian 登入頁面上選擇其中一個；其他帳戶一律會遭到拒絕。
login-local-title = 本機管理員帳戶
login-login = 登入名稱
login-password = 密碼
login-totp = 驗證碼
login-totp-hint = 僅在您的帳戶使用驗證器應用程式時填寫。
login-submit = 登入
login-setup-pending = 目前還沒有本機管理員帳戶。伺服器啟動時已輸出一次性的設定連結，可用來建立第一個帳戶；執行 uam admin create 指令也能達到相同效果。
login-signed-out = 您已登出。
login-refused-title = 登入遭拒
login-back = 返回登入頁面
login-error-invalid = 登入名稱、密碼或驗證碼不正確。
login-error-locked = 失敗次數過多。請等候 15 分鐘後再試一次。
login-error-totp = 未輸入驗證碼或驗證碼不正確。
login-error-not-admin = 此 Atlassian 帳戶不是此組織的管理員，或不在允許使用此伺服器的管理員清單中。
login-error-unavailable = 目前無法登入：Atlassian 或伺服器的資料庫沒有回應。請過一分鐘再試一次。
login-error-state = 此登入已過期、已使用過，或是在其他瀏覽器中啟動的。請從登入頁面重新開始。
login-error-setup-link = 此設定連結已過期或已使用過。請重新啟動伺服器以輸出新的連結，或使用 uam admin create 指令建立管理員。
login-error-setup-input = 請檢查各欄位：登入名稱不得包含空格、必須填寫名稱、密碼至少須有 12 個字元，且兩次輸入的密碼必須相符。
login-error-expired = 您的工作階段已結束。請重新登入。

## First-run set-up
setup-title = 建立第一個管理員帳戶
setup-intro = 此帳戶使用專屬密碼登入。請將其保留作為緊急存取帳戶：設定好 Atlassian 連線後，組織管理員會使用 Atlassian 登入。
setup-login = 登入名稱（電子郵件地址或簡短名稱）
setup-name = 您的名稱
setup-password = 密碼（至少 12 個字元）
setup-password-again = 再次輸入密碼
setup-totp-title = 驗證器應用程式
setup-totp-optional = 建議：使用驗證器應用程式掃描此條碼，並輸入應用程式顯示的驗證碼。若要略過，請將驗證碼欄位留白。
setup-totp-required = 此伺服器要求使用驗證器應用程式：請用驗證器應用程式掃描此條碼，並輸入應用程式顯示的驗證碼。
setup-totp-key = 或手動輸入此金鑰：
setup-totp-qr = 驗證器應用程式的 QR 圖碼
setup-totp-code = 應用程式中的驗證碼
setup-submit = 建立帳戶並登入

## The signed-in admin
account-via-local = 本機帳戶
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = 透過 Jira
account-sign-out = 登出

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = 正在開啟 User Account Manager…
embed-expired = 此面板的工作階段已結束。請從 Jira 管理中重新開啟 User Account Manager 以繼續。
embed-refused = 只有此組織的管理員才能在 Jira 中使用 User Account Manager，且前提是伺服器允許其帳戶。
embed-unavailable = User Account Manager 目前無法確認您的存取權限：Atlassian 或伺服器沒有回應。請過一分鐘再試一次。

## Settings page
settings-saved = 已儲存。
settings-save = 儲存
settings-set-by-env = 由環境變數設定；請在伺服器的設定處變更。
settings-connection-title = Atlassian 連線
settings-connection-demo = 目前顯示的是模擬示範組織 { $org }。請在下方連結您自己的組織。
settings-connection-env = 已連結到組織 { $org }（由伺服器的環境變數設定）。
settings-connection-saved = 已連結到組織 { $org }。
settings-connection-pending = 已儲存的連線會在伺服器下次啟動時生效。請重新啟動伺服器以連結到此組織。
settings-admin-key = 管理員 API 金鑰
settings-key-placeholder = 貼上新金鑰以取代已儲存的金鑰
settings-key-write-only = 唯寫：金鑰會加密儲存，之後不會再次顯示。
settings-key-expiry = 金鑰到期日
settings-key-expires = 將於 { $date } 到期。
settings-key-expires-soon = 將於 { $date } 到期（剩餘 { $days } 天）。請在此之前於 Atlassian 建立新金鑰並貼到這裡。
settings-key-expired = 已於 { $date } 到期。在儲存新金鑰之前，同步和操作都會失敗。
settings-secret-set = 結尾為 …{ $hint }，由 { $by } 於 { $at } 設定
settings-secret-unset = 未設定
settings-org = 組織 ID
settings-find-orgs = 尋找組織
settings-site-title = Jira、Confluence 和 Jira Service Management
settings-site-body = 專案角色、空間成員、客戶和 Jira 席位是透過網站讀取，使用某個帳戶的電子郵件和 API 權杖。
settings-site-url = 網站 URL
settings-site-email = 帳戶電子郵件
settings-site-token = API 權杖
settings-site-token-again = 每次變更網站 URL 或電子郵件時，請重新輸入權杖。
settings-test-connection = 測試連線
settings-check-admin-key = 管理員 API 金鑰
settings-check-org = 組織
settings-check-directory = 使用者和群組
settings-check-site = 網站
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = 遭拒：金鑰或權杖錯誤、已過期或已撤銷
settings-check-outcome-forbidden = 遭拒：認證缺少所需的權限（範圍）
settings-check-outcome-not-found = 找不到：請檢查組織 ID 或網站 URL
settings-check-outcome-unreachable = Atlassian 沒有回應；請稍後再試
settings-check-outcome-not-configured = 未設定
settings-check-outcome-not-on-site = 不在此網站上（該網站沒有此產品）
settings-prices-title = 授權價格
settings-prices-body = 選填。輸入每項產品每個席位的月費，儀表板就會顯示非活躍使用者所佔席位的費用。不需計算的產品請留白。
settings-currency = 幣別（ISO 代碼，例如 USD 或 EUR）
settings-thresholds-title = 非活躍門檻
settings-thresholds-body = 超過警告門檻沒有活動的使用者會標示為「警告」；超過逾期門檻的使用者會標示為「已逾期」。逾期門檻必須大於警告門檻。
settings-warning-days = 警告門檻（天）
settings-overdue-days = 逾期門檻（天）
settings-protected-title = 受保護的帳戶
settings-protected-body = 大量操作絕不會停用這些帳戶或移除其存取權。請輸入電子郵件地址、以 *@example.com 表示的整個網域，或 Atlassian 帳戶 ID。組織管理員和您本人一律受到保護。
settings-protected-add = 新增地址、網域或帳戶 ID（可一次貼上多個，以逗號、空格或換行分隔）
settings-protected-add-button = 新增
settings-protected-search = 搜尋受保護的帳戶
settings-protected-count = { $count } 個受保護項目
settings-protected-remove = 移除
settings-schedule-title = 同步排程和稽核記錄保留
settings-sync-interval = 同步間隔（小時）
settings-sync-interval-hint = 設為 0 會關閉排定的同步；「立即同步」仍可使用。
settings-retention = 稽核項目保留天數
settings-retention-hint = 至少 180 天（與 Atlassian 本身的稽核記錄相同），最多 3650 天；設為 0 則永久保留。
error-invalid-entries = 以下項目既不是電子郵件地址，也不是 *@網域 格式，因此未儲存任何內容：
settings-data-title = 您的資料
settings-data-export-body = 將 User Account Manager 儲存的所有內容下載為單一封存檔：設定（不含機密資訊）、本機管理員帳戶（不含密碼）、同步歷程記錄、稽核記錄，以及目前的使用者快照。此次匯出會記錄在稽核記錄中。
settings-data-export = 全部匯出
settings-data-delete-body = 刪除 User Account Manager 儲存的所有內容：設定、已儲存的金鑰和權杖、本機管理員帳戶、工作階段、快照和稽核記錄。Atlassian 中的內容都不會變更。此操作無法復原；如果日後可能需要這些資料，請先匯出。
settings-data-delete-confirm = 輸入 DELETE 以確認
settings-data-delete = 全部刪除
settings-data-not-confirmed = 未刪除任何內容：請準確輸入 DELETE 以確認。
settings-data-sync-running = 未刪除任何內容：同步正在執行。請取消同步或等候同步完成，然後再試一次。
settings-data-export-failed = 匯出失敗。請查看伺服器記錄檔以瞭解詳細資訊。
settings-data-delete-failed = 刪除失敗，未刪除任何內容。請查看伺服器記錄檔以瞭解詳細資訊。
error-reauth-failed = 密碼或驗證碼不正確。未排定任何作業。
error-reauth-stale = 請先確認是您本人：重新使用 Atlassian 登入，然後在 5 分鐘內刪除。
error-panel-refused = 無法在 Jira 面板中執行此作業。請在獨立的瀏覽器分頁中開啟 User Account Manager。
error-erasure-pending = 已排定刪除所有資料。請先取消，或等待其執行。
settings-data-delete-delay = 不會立即刪除：刪除將在您確認後 { $hours } 小時執行。在此之前，所有管理員都能在儀表板上看到並可取消。已刪除稽核記錄的簽章紀錄會被保留。
settings-data-reauth-atlassian = 您使用 Atlassian 登入已超過 5 分鐘。為確認是您本人，請重新登入，然後在 5 分鐘內刪除。
settings-data-reauth-fresh = 您在 5 分鐘內使用 Atlassian 登入過，這已確認是您本人。
settings-data-scheduled = 已排定刪除所有資料。在執行之前，任何管理員都可以在此處或儀表板上取消。
erasure-title = 所有資料即將被刪除
erasure-body = { $name } 於 { $scheduled } 排定刪除 User Account Manager 儲存的所有資料，包括稽核記錄。除非有管理員取消，否則將於 { $due } 執行。
erasure-cancel = 取消刪除
erasure-cancelled = 刪除已取消。未刪除任何內容。
erasure-cancel-failed = 無法取消刪除。請查看伺服器記錄檔以瞭解詳細資訊。
login-deleted = 所有內容皆已刪除。伺服器已輸出新的設定連結，可用來重新建立第一個管理員帳戶。
error-invalid-org_id = 組織 ID 未填寫或無效：即 admin.atlassian.com/o/<ID>/… 中的 ID，由英文字母、數字和連字號組成。
error-invalid-admin_api_key = 請貼上管理員 API 金鑰：此組織尚未儲存任何金鑰。
error-invalid-site = 網站必須同時提供 URL、帳戶電子郵件，以及該帳戶的 API 權杖。
error-invalid-site_url = 網站 URL 無效：格式應類似 https://your-site.atlassian.net。
error-invalid-site_host = 只接受 https://your-site.atlassian.net 網站：API 權杖不會傳送到任何其他主機。其他主機須先由伺服器的營運人員允許（UAM_ALLOWED_SITE_HOSTS）。
error-invalid-site_api_token = 變更網站 URL 或帳戶電子郵件後，必須重新輸入 API 權杖：請貼上該帳戶用於此網站的權杖。
error-invalid-site_email = 帳戶電子郵件不是有效的電子郵件地址。
error-invalid-thresholds = 兩個門檻都必須是整數天數，且逾期門檻必須大於警告門檻。
error-invalid-schedule = 請輸入整數：同步間隔的小時數和稽核記錄保留的天數。
error-invalid-sync_interval_hours = 同步間隔必須為 0（關閉）或 1 到 168 小時。
error-invalid-audit_retention_days = 稽核項目保留天數必須為 0（永久）或 180 到 3650 天。
error-invalid-seat_prices = 請輸入三個字母的幣別代碼，並使用數字和小數點輸入 0 到 100000 之間的價格。
login-atlassian-off = 此伺服器尚未設定使用 Atlassian 登入。伺服器管理者可以透過 OAuth 應用程式（UAM_OAUTH_CLIENT_ID 和 UAM_OAUTH_CLIENT_SECRET）進行設定；在此之前，請使用本機管理員帳戶登入。

## Bulk actions
bulk-title = 大量操作
bulk-undo-title = 復原此工作
bulk-actions = 操作…
bulk-actions-user = 此使用者的操作…
bulk-choose = 要執行的操作
bulk-action-deactivate = 停用
bulk-action-reactivate = 重新啟用
bulk-action-revoke_access = 撤銷產品存取權
bulk-action-assign_access = 授予產品存取權
bulk-action-remove_customer = 移除 JSM 客戶
bulk-every-desk = 所有服務台
bulk-products = 產品
bulk-desks = 服務台
bulk-desks-hint = 若未選擇任何服務台，會將客戶從其所屬的所有服務台中移除。
bulk-check = 檢查受影響的使用者
bulk-cancel = 取消
bulk-checking = 正在向 Atlassian 逐一確認每位使用者…
bulk-starting = 正在啟動工作…
bulk-count-changing = { $count ->
       *[other] { $formatted } 位使用者將會變更
    }
bulk-count-already = { $count ->
       *[other] { $formatted } 位使用者已處於該狀態
    }
bulk-count-cannot = { $count ->
       *[other] { $formatted } 位使用者無法變更
    }
bulk-how = 執行方式
bulk-method-disable_account = { $count ->
       *[other] 停用 { $formatted } 個帳戶（由組織管理：使用者管理生命週期 API）
    }
bulk-method-enable_account = { $count ->
       *[other] 重新啟用 { $formatted } 個帳戶（由組織管理：使用者管理生命週期 API）
    }
bulk-method-suspend = { $count ->
       *[other] { $formatted } 位使用者將失去組織存取權（暫停：這些帳戶不由組織管理）
    }
bulk-method-restore = { $count ->
       *[other] { $formatted } 位使用者將重新取得組織存取權（還原：這些帳戶不由組織管理）
    }
bulk-method-leave_group = { $count ->
       *[other] 將 { $formatted } 位使用者從授予產品存取權的群組中移除
    }
bulk-method-join_group = { $count ->
       *[other] 將 { $formatted } 位使用者新增至授予產品存取權的群組
    }
bulk-method-revoke_role = { $count ->
       *[other] 撤銷 { $formatted } 位使用者直接擁有的產品角色
    }
bulk-method-assign_role = { $count ->
       *[other] 直接授予 { $formatted } 位使用者產品角色
    }
bulk-method-remove_customer = { $count ->
       *[other] 將 { $formatted } 位客戶從服務台中移除
    }
bulk-method-add_customer = { $count ->
       *[other] 將 { $formatted } 位客戶重新新增至服務台
    }
bulk-nothing = 無需變更：所有選取的使用者都已處於該狀態或無法變更。
bulk-skipped = 未處理
bulk-skipped-more = …還有 { $count } 位。
bulk-reason = 原因
bulk-type-to-confirm = 輸入 { $count } 以確認
bulk-presets = 清理操作
bulk-preset-overdue = 停用所有已逾期的使用者
bulk-preset-revoke = 撤銷 { $days } 天未使用 { $product } 的使用者的存取權
bulk-skip-already_done = 已處於該狀態
bulk-skip-protected = 已在設定中設為受保護
bulk-skip-org_admin = 組織管理員：大量操作絕不會變更
bulk-skip-acting_admin = 您自己的帳戶：您自己的大量操作絕不會變更
bulk-skip-identity_provider = 由身分識別提供者（SCIM）佈建，此帳戶的存取權由其管理
bulk-skip-lookup_failed = 無法向 Atlassian 查詢此使用者目前的狀態，為避免風險而未做任何變更
bulk-skip-not_found = Atlassian 中已不存在此帳戶
bulk-skip-not_applicable = 此操作不適用於此類帳戶
bulk-skip-no_way = 此存取權來自 User Account Manager 無法變更的來源
bulk-skip-direct_role_unavailable = 為直接授予，而此組織未提供 Atlassian 的直接產品角色 API（有限提供），因此未做任何變更
bulk-step-disable_account = 已停用帳戶
bulk-step-enable_account = 已重新啟用帳戶
bulk-step-suspend = 已暫停組織存取權
bulk-step-restore = 已還原組織存取權
bulk-step-leave_group = 已從群組 { $object } 中移除
bulk-step-join_group = 已新增至群組 { $object }
bulk-step-revoke_role = 已撤銷 { $object } 角色
bulk-step-assign_role = 已授予 { $object } 角色
bulk-step-remove_customer = 已從 { $object } 的客戶中移除
bulk-step-add_customer = 已新增為 { $object } 的客戶

## Jobs
nav-jobs = 工作
jobs-title = 工作
jobs-intro = 大量操作會以工作的形式在伺服器上執行：關閉分頁後仍會繼續進行，所有管理員都看得到；一次只執行一項工作，其他工作依序排隊等候。
jobs-loading = 正在載入工作…
jobs-empty-title = 尚無工作
jobs-empty-body = 從「使用者」頁面或儀表板啟動的大量操作會顯示在這裡，並附上進度和每位使用者的結果。
jobs-caption = 大量操作工作（由新到舊）
job-title = 工作
job-back = 所有工作
job-loading = 正在載入工作…
job-action = 操作
job-state = 狀態
job-progress = 進度
job-started-by = 啟動者
job-created = 建立時間
job-started = 開始時間
job-finished = 結束時間
job-counts = 共 { $total } 個：{ $done } 個已完成，{ $skipped } 個已略過，{ $failed } 個失敗
job-count-done = { $formatted } 個已完成
job-count-skipped = { $formatted } 個已略過
job-count-failed = { $formatted } 個失敗
job-count-unknown = { $formatted } 個已中斷，結果不明
job-count-cancelled = { $formatted } 個未處理（已取消）
job-count-pending = { $formatted } 個等候中
job-waiting = 因 Atlassian 速率限制，等候至 { $time }
job-queue-position = { $count ->
        [0] 排隊中：下一個執行
       *[other] 排隊中：前面還有 { $count } 項工作
    }
job-undo-of = 此工作用於復原先前的工作。
job-open-original = 開啟原始工作
job-undone-by = 此工作已復原。
job-open-undo = 開啟復原工作
job-undone-by-short = 已復原
job-error = 提前停止：
job-stopped-panic = 內部錯誤使此工作停止。尚未處理到的使用者維持不變。
job-stopped-not-admin = 啟動此工作的管理員已不再是獲准使用此伺服器的組織管理員，因此工作遭到拒絕。
job-stopped-admin-unconfirmed = Atlassian 無法確認啟動此工作的管理員仍是組織管理員，因此工作遭到拒絕。
job-cancel = 取消工作
job-undo = 復原此工作
job-results = 各使用者的結果
job-filter = 顯示
job-filter-all = 全部
job-item-state = 結果
job-steps = 步驟
job-outcome = 原因和 Atlassian 的回應
job-no-items = 沒有處於此狀態的使用者。
job-atlassian-status = Atlassian 回應 { $status }
job-request-id = 要求 ID
job-state-queued = 排隊中
job-state-running = 執行中
job-state-cancelling = 正在取消
job-state-cancelled = 已取消
job-state-finished = 已完成
job-state-failed = 失敗
job-item-pending = 等候中
job-item-running = 進行中
job-item-done = 已完成
job-item-skipped = 已略過
job-item-failed = 失敗
job-item-unknown = 結果不明
job-item-cancelled = 已取消

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian 未及時回應。請稍後再試。
error-invalid-admin_api_key_refused = Atlassian 拒絕了此金鑰：金鑰錯誤、已過期或已撤銷，或沒有讀取組織的權限。請在 admin.atlassian.com 中檢查。
settings-no-answer = Atlassian 在 { $seconds } 秒內沒有回應。請稍後再試；如果一再發生，Atlassian 可能出現了問題。
settings-finding-orgs = 正在尋找組織…
settings-orgs-found = 此金鑰可見的組織：{ $count } 個。請在「組織 ID」欄位中選擇一個。
settings-orgs-none = 此金鑰看不到任何組織。請確認這是組織的管理員 API 金鑰，而不是個人 API 權杖。
settings-checking = 正在檢查與 Atlassian 的連線…
settings-check-col-check = 檢查項目
settings-check-col-result = 結果
settings-check-col-detail = 說明
settings-check-result-ok = 正常
settings-check-result-unused = 未使用
settings-check-result-failed = 需要處理
settings-check-ok-detail = Atlassian 接受了憑證並已回應。
settings-check-status = Atlassian 的回應（供支援人員參考）：HTTP { $status }
settings-check-summary = 正常的檢查項目：{ $working } / { $total }。
settings-check-outcome-timeout = { $seconds } 秒內沒有回應：Atlassian 可能很慢或已停止服務；請幾分鐘後再試
settings-check-outcome-rate-limited = Atlassian 目前正在限制請求（短時間內請求過多）；請一分鐘後再試
settings-check-outcome-server-error = Atlassian 端發生問題，無法回應；請稍後再試
settings-check-outcome-rejected = Atlassian 拒絕了所送出的請求；詳細資訊請見伺服器記錄
settings-nav-label = 設定的各個區段
settings-danger-title = 危險區域
settings-danger-unlock = 輸入 DELETE 後按鈕才能使用。

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = 顯示我檢視記錄的項目
audit-views-hidden = 已隱藏您自己檢視記錄的項目：{ $formatted } 筆。
audit-views-show = 顯示
audit-chain-verified-through = 已驗證鏈至項目 #{ $last }，最近的簽署檢查點為 #{ $seq }（{ $time }）。
audit-chain-verified-through-unsigned = 已驗證鏈至項目 #{ $last }，尚無簽署檢查點。
audit-job-titled = { $title } · 工作 { $id }
audit-csv-details-json = 詳細資料（JSON）
audit-say-via-local = 使用本機帳戶登入。
audit-say-via-atlassian = 使用 Atlassian 登入。
audit-say-via-forge = 從 Jira 面板登入。
audit-say-refused = 已拒絕：{ $reason }
audit-say-attempts = 失敗的嘗試：{ $count } 次，自 { $since } 起。
audit-say-from = 來自位址 { $address }。
audit-say-session-ended = 此管理員已不再是組織管理員，因此工作階段已關閉。
audit-say-totp-on = 使用密碼和驗證器代碼登入。
audit-say-totp-off = 僅使用密碼登入。
audit-say-setting = { $setting } 已從 { $before } 改為 { $after }。
audit-say-secret = 已取代 { $setting }：舊值以 { $before } 結尾，新值以 { $after } 結尾。
audit-say-secret-first = 已設定 { $setting }：以 { $after } 結尾。
audit-say-nothing = 無
audit-say-yes = 是
audit-say-no = 否
audit-say-data-exported = 已匯出全部資料：使用者 { $users } 位，大小 { $size } KB。
audit-say-data-deleted = 已刪除所有儲存的資料；記錄從此處重新開始。
audit-say-erasure-times = 於 { $scheduled } 排定，預定於 { $due } 執行。
audit-say-erasure-due = 除非管理員取消，所有資料將於 { $due } 刪除。
audit-say-erasure-cancelled = 已取消 { $by } 排定於 { $due } 的刪除。
audit-say-viewed = 檢視了記錄。
audit-say-filter = 篩選條件：{ $filter }。
audit-say-audit-export = 匯出的項目：{ $count } 筆。
audit-say-pruned = 依保留設定移除的項目：{ $count } 筆，皆早於 { $cutoff }；最後一筆為 #{ $seq }。
audit-say-users-exported = 從使用者表格檢視匯出的使用者：{ $count } 位。
audit-say-users-selected = 匯出的所選使用者：{ $count } 位。
audit-say-job-queued = 計畫中的使用者：{ $users } 位；將變更：{ $changing } 位；維持不變：{ $skipped } 位。
audit-say-job-cancel = 已要求停止工作；處理中的使用者會先完成。
audit-say-job-ended = 工作已結束（{ $state }）：{ $counts }。
audit-say-step-intent = 即將要求 Atlassian：{ $step }。
audit-say-step-failed = 失敗（第 { $attempt } 次嘗試）：{ $step }。Atlassian 的回應：{ $error }
audit-say-reread-yes = 重新讀取此使用者後確認變更已完成。
audit-say-reread-no = 重新讀取此使用者後確認變更未完成。
audit-say-interrupted = 因伺服器重新啟動而中斷，之後重新讀取此使用者以確定結果。
audit-say-skip-preflight = 預先檢查時維持不變：{ $reason }。
audit-say-error = 錯誤：{ $error }
audit-say-exercise = 為檢查稽核詞彙而寫入；沒有管理員執行此動作。

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = 停用{ $users }
job-title-reactivate = 重新啟用{ $users }
job-title-revoke_access = 撤銷{ $users }的 { $subjects }
job-title-assign_access = 為{ $users }指派 { $subjects }
job-title-remove_customer = 將{ $users }從 { $subjects } 移除
job-title-add_customer = 將{ $users }重新加入 { $subjects }
job-undo-of-job = 復原工作 { $job }
bulk-plan-disable_account = 停用（受管帳戶）
bulk-plan-enable_account = 重新啟用（受管帳戶）
bulk-plan-suspend = 暫停組織存取權
bulk-plan-restore = 恢復組織存取權
bulk-plan-leave_group = 從群組 { $object } 移除
bulk-plan-join_group = 加入群組 { $object }
bulk-plan-revoke_role = 撤銷 { $object } 存取權
bulk-plan-assign_role = 授予 { $object } 存取權
bulk-plan-remove_customer = 從 { $object } 移除
bulk-plan-add_customer = 重新加入 { $object }
bulk-changing = 將變更的使用者
bulk-change = 變更
bulk-search = 依名稱或電子郵件搜尋
bulk-search-none = 沒有符合此搜尋的使用者。
job-outcome-confirmed = 完成：Atlassian 已確認變更
job-outcome-refused = Atlassian 拒絕了變更
job-outcome-unavailable = Atlassian 暫未接受變更（忙碌或無法使用）
bulk-their-desks = 他們原先所在的服務台

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = 篩選
filters-active = 已套用的篩選
filter-chip = { $name }：{ $value }
filter-remove = 移除篩選：{ $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = 無存取權
card-no-access = 無法登入（已暫停或已停用）：{ $formatted }
column-places = 專案和空間
csv-places = 專案和空間（角色）
places-more = 另外 { $more } 個
export-style = CSV 儲存格
export-style-readable = 易讀標籤
export-style-codes = 供指令碼使用的代碼
