## The language's own name, shown in the language picker.
language-name = 简体中文

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = 跳到主要内容
nav-label = 主导航
nav-dashboard = 仪表板
nav-users = 用户
nav-audit = 审核日志
nav-settings = 设置
prefs-language = 语言
prefs-theme = 主题
prefs-apply = 应用
theme-system = 跟随系统
theme-light = 浅色主题
theme-dark = 深色主题
error-title = 出错了
error-body = 无法显示页面的这一部分。请重新加载页面后重试；如果问题仍然存在，请查看服务器日志了解详情。

## Dashboard
dashboard-title = 仪表板
dashboard-empty-title = 暂无组织数据
dashboard-empty-body = 请在“设置”中连接您的 Atlassian 组织。首次同步后，此仪表板将显示 Jira、Confluence 和 Jira Service Management 中的用户、用户活动和许可证使用情况。
dashboard-empty-action = 打开设置
dashboard-first-sync-title = 正在读取您的组织
dashboard-first-sync-body = 首次同步正在从 Atlassian 读取用户、组和产品访问权限。进度显示在上方；完成后，相关数字会立即显示在此处。
dashboard-first-sync-working = 正在同步…
dashboard-summary = 摘要
card-total = 用户总数
card-total-detail = { $org } 名组织用户和 { $customers } 名客户
card-active = 近期活跃用户
card-active-detail = 过去 { $days } 天内使用过产品的组织用户
card-inactive = 不活跃用户
card-customers = JSM 客户
threshold-warning = { $days } 天或更长时间无活动
threshold-overdue = { $days } 天或更长时间无活动
threshold-never = 没有任何活动记录
utilisation-title = 许可证使用率
utilisation-seats = 已使用 { $used } / { $capacity } 个席位（{ $percent }）
utilisation-near = 席位即将用完：购买更多席位前，请先审查不活跃用户。
utilisation-over = 所有席位均已占用：在释放或购买席位之前，无法为新用户授予访问权限。
products-title = 产品
products-product = 产品
products-users = 有访问权限的用户
products-seats = 已用席位
products-cost = 不活跃席位的月度费用
products-cost-hint = 输入每个席位的价格，即可查看不活跃席位每月的费用。
products-cost-set = 在设置中设定价格
chart-title = 上次活动
chart-intro = 账户处于活动状态的组织用户上次使用任一产品的时间。
chart-days = { $from }–{ $to } 天
chart-more-than = 超过 { $days } 天
chart-table-caption = 账户处于活动状态的组织用户的上次活动时间
chart-last-active = 上次活动
chart-users = 用户
sync-title = 同步
sync-last = 数据截至 { $time }：共 { $formatted } { $count ->
       *[other] 个帐户
    }。
sync-never = 尚未进行过同步。
sync-next = 下次计划同步：{ $time }
sync-incremental = 上次检查 Atlassian 中的更改：{ $time }，已更新 { $formatted } { $count ->
       *[other] 名用户
    }。
sync-incremental-failed = 于 { $time } 检查 Atlassian 中的更改失败：{ $reason }
sync-failed = 开始于 { $time } 的同步失败：{ $reason }
sync-now = 立即同步
sync-cancel = 取消同步
sync-phase-starting = 正在启动
sync-phase-collecting = 正在从 Atlassian 读取
sync-phase-indexing = 正在构建快照
sync-items = 已读取 { $done } 个帐户
sync-items-of = 已读取 { $done } 个帐户，共约 { $total } 个
sync-waits = { $requests } 个请求；因 Atlassian 速率限制等待了 { $seconds } 秒
sync-families = 已读取的产品
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = 已完整读取
sync-family-partial = 已部分读取
sync-family-not-on-site = 此站点上没有
sync-family-not-configured = 未读取：未配置站点帐户
sync-family-stale = 本次未读取；显示截至 { $time } 的数据（{ $reason }）
sync-family-unread = 尚未读取（{ $reason }）
sync-part-project = { $count ->
       *[other] { $formatted } 个项目
    }
sync-part-seats = Jira 的席位数
sync-part-group = { $count ->
       *[other] { $formatted } 个组的成员
    }
sync-part-desk = { $count ->
       *[other] { $formatted } 个服务台的客户
    }
sync-part-jsm-org = { $count ->
       *[other] { $formatted } 个 JSM 组织的成员
    }
sync-part-space = { $count ->
       *[other] { $formatted } 个空间
    }
sync-skipped-permission = 无法读取{ $what }：站点帐户需要{ $permission }。
sync-skipped-not-offered = 无法读取{ $what }：此站点未提供列出这些内容的 API。
sync-skipped-names = 包括：{ $names }
permission-administer-projects = 这些项目的“管理项目”权限（或“管理 Jira”权限）
permission-administer-jira = “管理 Jira”全局权限
permission-browse-users = “浏览用户和组”全局权限
permission-desk-agent = 服务台代理或管理员角色
permission-view-space = 这些空间的“查看”权限
sync-history = 最近的同步
sync-history-started = 开始时间
sync-history-outcome = 结果
sync-history-accounts = 帐户
sync-history-requests = 请求
sync-outcome-running = 正在运行
sync-outcome-complete = 已完成
sync-outcome-failed = 失败
sync-outcome-cancelled = 已取消

## Users
users-title = 用户
users-empty-title = 暂无可显示的用户
users-empty-body = 首次同步后，组织用户、Jira 项目和 Confluence 空间成员以及 Jira Service Management 客户将显示在此处。
users-loading = 正在加载用户…
users-tabs = 用户范围
users-tab-org = 组织用户
users-tab-projects = 项目用户
users-tab-customers = JSM 客户
users-tab-all = 全部
users-presets = 快速视图
users-preset-inactive = 在所有产品中均不活跃
users-preset-warning = 警告
users-preset-overdue = 已逾期
users-preset-never = 从未活跃
users-clear-filters = 清除筛选条件
users-count = { $count ->
       *[other] { $formatted } 名用户
    }
users-as-of = 截至 { $time }
users-thresholds = · { $warning } 天后警告，{ $overdue } 天后逾期
users-table-caption = 符合筛选条件的用户
users-no-matches = 没有符合这些筛选条件的用户。
filter-search = 搜索
filter-search-placeholder = 姓名或电子邮件
filter-type = 帐户类型
filter-product = 产品
filter-group = 组
filter-project = 项目或空间
filter-desk = 服务台或组织
filter-active-after = 上次活动不早于
filter-active-before = 上次活动早于
filter-status = 状态
filter-inactivity = 不活跃程度
filter-any = 任意
filter-apply = 应用筛选
column-name = 姓名
column-email = 电子邮件
column-status = 状态
column-account-type = 帐户类型
column-products = 产品
column-groups = 组
column-last-active = 上次活动
column-inactivity = 不活跃程度
column-added = 加入组织时间
column-service-desks = 服务台
column-jsm-organizations = JSM 组织
column-details = 详细信息
columns-choose = 列
status-active = 活动
status-suspended = 已暂停
status-deactivated = 已停用
status-pending = 已邀请
class-managed = 托管
class-external = 外部
class-customer = 客户
class-app = 应用
inactivity-active = 近期活跃
inactivity-warning = 警告
inactivity-overdue = 已逾期
inactivity-never = 从未活跃
never-active = 从未
email-hidden = 因用户的隐私设置而隐藏
org-admin = 组织管理员
open-in-admin = 在 Atlassian Administration 中打开
list-more = { $list } +{ $more }
details = 详细信息
details-for = { $name } 的详细信息
details-close = 关闭详细信息
details-missing = 未找到用户
details-account-id = 帐户 ID
details-org-admin = 组织管理员
details-scim = 由身份提供商预配
details-products = 产品和上次活动
details-product = 产品
details-projects = Jira 项目
details-spaces = Confluence 空间
details-none = 无
yes = 是
no = 否
select-page = 选择此页上的所有用户
select-user = 选择 { $name }
selection-count = { $count ->
        [0] 未选择用户
       *[other] 已选择 { $formatted } 名用户
    }
select-all-matching = 选择全部 { $formatted } 名匹配用户
selection-clear = 清除选择
pager-label = 分页
pager-previous = 上一页
pager-next = 下一页
pager-position = 第 { $page } 页，共 { $pages } 页
pager-size = 每页行数：
export-matching = 导出匹配的用户（CSV）
export-selected = 导出所选用户（CSV）
export-progress = 正在导出用户：{ $done } / { $total }…
export-cancel = 取消导出
export-cancelled = 导出已取消。
export-done = { $count ->
       *[other] 已导出 { $formatted } 名用户。
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = 审核日志
audit-empty-title = 暂无审核条目
audit-empty-body = 管理员在此处执行的每项操作都会记录在此日志中：操作人、时间、操作对象，以及 Atlassian 的响应。
audit-loading = 正在加载审核日志…
audit-search-placeholder = 管理员、用户、操作、详细信息或请求 ID
audit-filter-from = 开始日期（UTC）
audit-filter-to = 结束日期（UTC）
audit-filter-admin = 管理员
audit-filter-action = 操作
audit-filter-outcome = 结果
audit-filter-user = 受影响的用户
audit-filter-user-placeholder = 帐户 ID、姓名或电子邮件
audit-count = { $count ->
       *[other] { $formatted } 个条目
    }
audit-no-matches = 没有符合这些筛选条件的条目。
audit-table-caption = 审核日志条目（最新的在前）
audit-column-time = 时间（UTC）
audit-column-admin = 管理员
audit-column-action = 操作
audit-column-user = 受影响的用户
audit-column-outcome = 结果
audit-column-status = Atlassian 状态
audit-column-request = 请求 ID
audit-column-details = 详细信息
audit-column-entry = 条目
audit-entry-open = 条目 { $seq } 的详细信息
audit-entry-title = 条目 #{ $seq }
audit-job = 任务 { $id }
audit-export = 导出 CSV
audit-export-progress = 正在导出条目：{ $done } / { $total }…
audit-export-done = { $count ->
       *[other] 已导出 { $formatted } 个条目。
    }
audit-chain-broken = 哈希链在条目 #{ $seq } 处断开：{ $reason }
audit-chain-broken-help = 从此条目开始的条目可能已在 User Account Manager 之外被修改、删除或插入。请保持数据库原样，并与最近一次导出或备份进行比较。
audit-chain-unchecked = 无法检查哈希链。
audit-checkpoints-missing = 签名检查点缺失：检查点文件中已不再包含本服务器写入的条目 #{ $seq } 的检查点。
audit-checkpoints-missing-help = 该文件已被删除、被较旧的副本替换或被截断，因此截至此条目的条目已无法再用签名核对。请从您的副本恢复该文件（服务器日志中也包含每个检查点），并保持数据库原样。
audit-action-sign_in = 登录
audit-action-sign_out = 退出登录
audit-action-authn_denied = 拒绝访问
audit-action-session_ended = 会话结束
audit-action-local_admin_created = 创建本地管理员
audit-action-settings_changed = 更改设置
audit-action-secret_replaced = 替换凭据
audit-action-data_exported = 导出数据
audit-action-data_deleted = 删除数据
audit-action-audit_viewed = 查看审核日志
audit-action-audit_export = 导出审核日志
audit-action-users_exported = 导出用户
audit-outcome-ok = 成功
audit-outcome-denied = 已拒绝
audit-outcome-failed = 失败
audit-outcome-intent = 拟执行
audit-outcome-skipped = 已跳过
audit-outcome-blocked = 已阻止
audit-action-data_erasure_scheduled = 已安排删除所有数据
audit-action-data_erasure_cancelled = 已取消计划的删除
audit-action-audit_pruned = 已移除旧的审核条目
audit-action-bulk_job_queued = 批量任务已排队
audit-action-bulk_job_cancel = 已请求取消批量任务
audit-action-bulk_job_refused = 批量任务被拒绝
audit-action-bulk_job_ended = 批量任务已结束
audit-action-bulk_deactivate = 批量停用
audit-action-bulk_reactivate = 批量重新激活
audit-action-bulk_revoke_access = 批量撤销产品访问权限
audit-action-bulk_assign_access = 批量分配产品访问权限
audit-action-bulk_remove_customer = 批量移除 JSM 客户
audit-action-bulk_undo_deactivate = 批量停用（撤消）
audit-action-bulk_undo_reactivate = 批量重新激活（撤消）
audit-action-bulk_undo_revoke_access = 批量撤销产品访问权限（撤消）
audit-action-bulk_undo_assign_access = 批量分配产品访问权限（撤消）
audit-action-bulk_undo_remove_customer = 批量移除 JSM 客户（撤消）
audit-outcome-refused = 未执行
audit-outcome-unknown = 结果未知
audit-outcome-not_sent = 未发送
audit-outcome-reread = 已通过重新读取确认
audit-outcome-queued = 排队中
audit-outcome-running = 运行中
audit-outcome-cancelling = 正在取消
audit-outcome-cancelled = 已取消
audit-outcome-finished = 已完成
audit-csv-seq = 条目
audit-csv-time = 时间（UTC）
audit-csv-actor = 管理员 ID
audit-csv-actor-name = 管理员姓名
audit-csv-auth-via = 登录方式
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira 面板安装
audit-csv-action = 操作
audit-csv-target = 对象
audit-csv-target-name = 受影响用户的姓名
audit-csv-target-email = 受影响用户的电子邮件
audit-csv-outcome = 结果
audit-csv-atlassian-status = Atlassian 状态
audit-csv-request-id = 请求 ID
audit-csv-job-id = 任务
audit-csv-details = 详细信息
audit-csv-prev-hash = 上一个哈希
audit-csv-hash = 哈希
audit-filter-source = 来源
audit-source-both = 本应用和 Atlassian
audit-source-app = 本应用
audit-source-atlassian = Atlassian
audit-atlassian-note = 由 Atlassian 报告；不属于本应用的哈希链。
audit-event-open = Atlassian 事件 { $seq } 的详细信息
audit-event-title = Atlassian 事件 #{ $seq }
audit-csv-source = 来源
audit-csv-event-id = Atlassian 事件 ID
audit-csv-ip = IP 地址
audit-csv-product = 产品
audit-action-user_deactivated = 已停用用户
audit-action-user_reactivated = 已重新激活用户
audit-action-user_access_suspended = 已暂停用户访问权限
audit-action-user_access_restored = 已恢复用户访问权限
audit-action-user_added_to_group = 已将用户添加到组
audit-action-user_removed_from_group = 已将用户从组中移除
audit-action-group_granted_role = 已向组授予产品角色
audit-action-group_revoked_role = 已撤销组的产品角色
audit-action-user_granted_role = 已向用户授予产品角色
audit-action-user_revoked_role = 已撤销用户的产品角色
audit-action-added_org_admin = 已添加组织管理员
audit-action-removed_org_admin = 已移除组织管理员
audit-action-service_desk_customer_added = 已添加服务台客户
audit-action-service_desk_customer_removed = 已移除服务台客户
audit-action-project_role_actor_added = 已添加到项目角色
audit-action-project_role_actor_removed = 已从项目角色中移除

## Settings
settings-title = 设置


settings-api-key-docs = 如何创建管理员 API 密钥

## Not found
not-found-title = 找不到页面
not-found-body = 此地址没有页面。链接可能输入有误，或者页面可能已移动。
not-found-action = 前往仪表板

## Demo mode
demo-badge = 演示组织
demo-banner = { $org } 是一个模拟组织，您可以放心探索：此处的任何操作都不会影响真实的 Atlassian 帐户。
demo-connect = 连接您的组织

## Errors a request can end in
error-unauthorized = 您的会话已结束。请重新登录以继续。
error-forbidden = 只有组织管理员才能执行此操作。
error-not-found = 该对象已不存在，可能已在 Atlassian 中被删除。
error-invalid-input = 您输入的部分内容无效。请检查突出显示的字段。
error-atlassian-unavailable = Atlassian 当前没有响应。请几分钟后重试。
error-sync-running = 已有同步正在运行。请等待其完成，或先将其取消。
error-no-snapshot = 尚未进行过同步。首次同步会自动开始，可能需要几分钟。
error-transport = 无法连接到服务器。请检查网络连接后重试。
error-internal = 服务器出错。请查看服务器日志了解详情。
error-payload-too-large = 此请求超出服务器接受的大小，因此未执行任何操作。请每次少发送一些，例如减少条目数。
error-timeout = 此请求耗时过长，服务器已将其停止。请稍后重试，或每次少请求一些。

## CSV export column headers
csv-name = 姓名
csv-email = 电子邮件
csv-status = 状态
csv-account-type = 帐户类型
csv-products = 产品
csv-product-last-active = 各产品上次活动
csv-last-active = 上次活动
csv-groups = 组
csv-inactivity = 不活跃程度
csv-service-desks = 服务台
csv-jsm-organizations = JSM 组织

## Signing in
login-title = 登录
login-intro = 只有组织管理员才能使用 User Account Manager。
login-atlassian = 使用 Atlassian 登录
login-demo-admins = 在此演示中，以下模拟帐户是组织管理员。请在模拟的 Atlassian 登录页面上选择其中一个；其他任何帐户都会被拒绝。
login-local-title = 本地管理员帐户
login-login = 登录名
login-password = 密码
login-totp = 验证码
login-totp-hint = 仅当您的帐户使用身份验证器应用时填写。
login-submit = 登录
login-setup-pending = 尚无本地管理员帐户。服务器启动时已输出一个一次性设置链接，用于创建第一个管理员帐户；命令 uam admin create 也可完成同样的操作。
login-signed-out = 您已退出登录。
login-refused-title = 登录被拒绝
login-back = 返回登录页面
login-error-invalid = 登录名、密码或验证码不正确。
login-error-locked = 失败次数过多。请等待 15 分钟后重试。
login-error-totp = 验证码缺失或不正确。
login-error-not-admin = 此 Atlassian 帐户不是该组织的管理员，或不在允许使用此服务器的管理员列表中。
login-error-unavailable = 目前无法登录：Atlassian 或服务器数据库没有响应。请一分钟后重试。
login-error-state = 此登录已过期、已被使用，或是在其他浏览器中发起的。请从登录页面重新开始。
login-error-setup-link = 此设置链接已过期或已被使用。请重启服务器以输出新链接，或使用命令 uam admin create 创建管理员。
login-error-setup-input = 请检查各字段：登录名不能包含空格，必须填写姓名，密码至少 12 个字符，且两次输入的密码必须一致。
login-error-expired = 您的会话已结束。请重新登录。

## First-run set-up
setup-title = 创建第一个管理员帐户
setup-intro = 此帐户使用自己的密码登录。请将其保留为应急帐户：设置好 Atlassian 连接后，组织管理员将使用 Atlassian 登录。
setup-login = 登录名（电子邮件地址或简短名称）
setup-name = 您的姓名
setup-password = 密码（至少 12 个字符）
setup-password-again = 再次输入密码
setup-totp-title = 身份验证器应用
setup-totp-optional = 推荐：使用身份验证器应用扫描此二维码，并输入应用显示的验证码。如要跳过，请将验证码留空。
setup-totp-required = 此服务器要求使用身份验证器应用：请用身份验证器应用扫描此二维码，并输入应用显示的验证码。
setup-totp-key = 或手动输入此密钥：
setup-totp-qr = 身份验证器应用的二维码
setup-totp-code = 应用中的验证码
setup-submit = 创建帐户并登录

## The signed-in admin
account-via-local = 本地帐户
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = 通过 Jira
account-sign-out = 退出登录

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = 正在打开 User Account Manager…
embed-expired = 此面板的会话已结束。请从 Jira 管理中重新打开 User Account Manager 以继续。
embed-refused = 只有此组织的管理员才能在 Jira 中使用 User Account Manager，且前提是服务器允许其帐户。
embed-unavailable = User Account Manager 目前无法确认您的访问权限：Atlassian 或服务器没有响应。请一分钟后重试。

## Settings page
settings-saved = 已保存。
settings-save = 保存
settings-set-by-env = 由环境变量设置；请在服务器的配置中更改。
settings-connection-title = Atlassian 连接
settings-connection-demo = 正在显示模拟演示组织 { $org }。请在下方连接您自己的组织。
settings-connection-env = 已连接到组织 { $org }（由服务器环境变量配置）。
settings-connection-saved = 已连接到组织 { $org }。
settings-connection-pending = 已保存的连接将在服务器下次启动时生效。请重启服务器以连接到此组织。
settings-admin-key = 管理员 API 密钥
settings-key-placeholder = 粘贴新密钥以替换已存储的密钥
settings-key-write-only = 只写：密钥经加密存储，之后不会再显示。
settings-key-expiry = 密钥到期日期
settings-key-expires = 将于 { $date } 到期。
settings-key-expires-soon = 将于 { $date } 到期（剩余 { $days } 天）。请在此之前在 Atlassian 中创建新密钥并粘贴到此处。
settings-key-expired = 已于 { $date } 到期。在保存新密钥之前，同步和操作都会失败。
settings-secret-set = 结尾为 …{ $hint }，由 { $by } 于 { $at } 设置
settings-secret-unset = 未设置
settings-org = 组织 ID
settings-find-orgs = 查找组织
settings-site-title = Jira、Confluence 和 Jira Service Management
settings-site-body = 项目角色、空间成员、客户和 Jira 席位通过站点读取，使用某个帐户的电子邮件和 API 令牌。
settings-site-url = 站点 URL
settings-site-email = 帐户电子邮件
settings-site-token = API 令牌
settings-site-token-again = 每次更改站点 URL 或电子邮件时，请重新输入令牌。
settings-test-connection = 测试连接
settings-check-admin-key = 管理员 API 密钥
settings-check-org = 组织
settings-check-directory = 用户和组
settings-check-site = 站点
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = 被拒绝：密钥或令牌错误、已过期或已被撤销
settings-check-outcome-forbidden = 被拒绝：凭据缺少所需的权限（范围）
settings-check-outcome-not-found = 未找到：请检查组织 ID 或站点 URL
settings-check-outcome-unreachable = Atlassian 没有响应；请稍后重试
settings-check-outcome-not-configured = 未配置
settings-check-outcome-not-on-site = 不在此站点上（该站点没有此产品）
settings-prices-title = 许可证价格
settings-prices-body = 可选。输入每个产品每个席位的月费，仪表板将显示不活跃用户所占席位的费用。不需要计算的产品请留空。
settings-currency = 货币（ISO 代码，如 USD 或 EUR）
settings-thresholds-title = 不活跃阈值
settings-thresholds-body = 无活动时间超过警告阈值的用户标记为“警告”；超过逾期阈值的用户标记为“已逾期”。逾期阈值必须大于警告阈值。
settings-warning-days = 警告阈值（天）
settings-overdue-days = 逾期阈值（天）
settings-protected-title = 受保护的帐户
settings-protected-body = 批量操作绝不会停用这些帐户或移除其访问权限。请输入电子邮件地址、*@example.com 形式的整个域，或 Atlassian 帐户 ID。组织管理员和您本人始终受保护。
settings-protected-add = 添加地址、域或帐户 ID（可一次粘贴多个，以逗号、空格或换行分隔）
settings-protected-add-button = 添加
settings-protected-search = 搜索受保护的帐户
settings-protected-count = { $count } 个受保护条目
settings-protected-remove = 移除
settings-schedule-title = 同步计划和审核日志保留
settings-sync-interval = 同步间隔（小时）
settings-sync-interval-hint = 设为 0 会关闭计划同步；“立即同步”仍然可用。
settings-retention = 审核条目保留天数
settings-retention-hint = 至少 180 天（与 Atlassian 自身审核日志的保留期相同），最多 3650 天；设为 0 则永久保留。
error-invalid-entries = 以下条目既不是电子邮件地址，也不是 *@域名 格式，因此未保存任何内容：
settings-data-title = 您的数据
settings-data-export-body = 将 User Account Manager 存储的所有内容下载为一个归档文件：设置（不含机密信息）、本地管理员帐户（不含密码）、同步历史记录、审核日志以及当前的用户快照。此次导出会记录在审核日志中。
settings-data-export = 全部导出
settings-data-delete-body = 删除 User Account Manager 存储的所有内容：设置、已存储的密钥和令牌、本地管理员帐户、会话、快照和审核日志。Atlassian 中的任何内容都不会改变。此操作无法撤消；如果您可能还需要这些数据，请先导出。
settings-data-delete-confirm = 输入 DELETE 以确认
settings-data-delete = 全部删除
settings-data-not-confirmed = 未删除任何内容：请准确输入 DELETE 以确认。
settings-data-sync-running = 未删除任何内容：同步正在运行。请取消同步或等待其完成，然后重试。
settings-data-export-failed = 导出失败。请查看服务器日志了解详情。
settings-data-delete-failed = 删除失败，未删除任何内容。请查看服务器日志了解详情。
error-reauth-failed = 密码或验证码不正确。未安排任何操作。
error-reauth-stale = 请先确认是您本人：重新使用 Atlassian 登录，然后在 5 分钟内删除。
error-panel-refused = 无法在 Jira 面板中执行此操作。请在单独的浏览器标签页中打开 User Account Manager。
error-erasure-pending = 已安排删除所有数据。请先取消，或等待其执行。
settings-data-delete-delay = 不会立即删除：删除将在您确认后 { $hours } 小时执行。在此之前，所有管理员都能在仪表板上看到并可以取消。已删除审计日志的签名记录会被保留。
settings-data-reauth-atlassian = 您使用 Atlassian 登录已超过 5 分钟。为确认是您本人，请重新登录，然后在 5 分钟内删除。
settings-data-reauth-fresh = 您在 5 分钟内使用 Atlassian 登录过，这已确认是您本人。
settings-data-scheduled = 已安排删除所有数据。在执行之前，任何管理员都可以在此处或仪表板上取消。
erasure-title = 所有数据即将被删除
erasure-body = { $name } 于 { $scheduled } 安排删除 User Account Manager 存储的所有数据，包括审计日志。除非有管理员取消，否则将于 { $due } 执行。
erasure-cancel = 取消删除
erasure-cancelled = 删除已取消。未删除任何内容。
erasure-cancel-failed = 无法取消删除。请查看服务器日志了解详情。
login-deleted = 所有内容均已删除。服务器已输出新的设置链接，用于重新创建第一个管理员帐户。
error-invalid-org_id = 组织 ID 缺失或无效：它是 admin.atlassian.com/o/<ID>/… 中的 ID，由字母、数字和连字符组成。
error-invalid-admin_api_key = 请粘贴管理员 API 密钥：此组织尚未存储任何密钥。
error-invalid-site = 站点需要同时提供 URL、帐户电子邮件以及该帐户的 API 令牌。
error-invalid-site_url = 站点 URL 无效：格式应类似 https://your-site.atlassian.net。
error-invalid-site_host = 只接受 https://your-site.atlassian.net 站点：API 令牌不会发送到任何其他主机。其他主机须先由服务器运维人员允许（UAM_ALLOWED_SITE_HOSTS）。
error-invalid-site_api_token = 更改站点 URL 或帐户电子邮件后需要重新输入 API 令牌：请粘贴该帐户用于此站点的令牌。
error-invalid-site_email = 帐户电子邮件不是有效的电子邮件地址。
error-invalid-thresholds = 两个阈值都必须是整数天数，且逾期阈值必须大于警告阈值。
error-invalid-schedule = 请输入整数：同步间隔小时数和审核日志保留天数。
error-invalid-sync_interval_hours = 同步间隔必须为 0（关闭）或 1 到 168 小时。
error-invalid-audit_retention_days = 审核条目保留天数必须为 0（永久）或 180 到 3650 天。
error-invalid-seat_prices = 请输入三个字母的货币代码，并使用数字和小数点输入 0 到 100000 之间的价格。
login-atlassian-off = 此服务器未设置使用 Atlassian 登录。服务器管理员可以通过 OAuth 应用（UAM_OAUTH_CLIENT_ID 和 UAM_OAUTH_CLIENT_SECRET）进行设置；在此之前，请使用本地管理员帐户登录。

## Bulk actions
bulk-title = 批量操作
bulk-undo-title = 撤消此任务
bulk-actions = 操作…
bulk-actions-user = 针对此用户的操作…
bulk-choose = 要执行的操作
bulk-action-deactivate = 停用
bulk-action-reactivate = 重新激活
bulk-action-revoke_access = 撤销产品访问权限
bulk-action-assign_access = 授予产品访问权限
bulk-action-remove_customer = 移除 JSM 客户
bulk-every-desk = 所有服务台
bulk-products = 产品
bulk-desks = 服务台
bulk-desks-hint = 如果不选择任何服务台，将把客户从其所在的所有服务台中移除。
bulk-check = 检查受影响的用户
bulk-cancel = 取消
bulk-checking = 正在向 Atlassian 逐一核对每个用户…
bulk-starting = 正在启动任务…
bulk-count-changing = { $count ->
       *[other] { $formatted } 名用户将被更改
    }
bulk-count-already = { $count ->
       *[other] { $formatted } 名用户已处于该状态
    }
bulk-count-cannot = { $count ->
       *[other] { $formatted } 名用户无法更改
    }
bulk-how = 执行方式
bulk-method-disable_account = { $count ->
       *[other] 停用 { $formatted } 个帐户（由组织托管：用户管理生命周期 API）
    }
bulk-method-enable_account = { $count ->
       *[other] 重新激活 { $formatted } 个帐户（由组织托管：用户管理生命周期 API）
    }
bulk-method-suspend = { $count ->
       *[other] { $formatted } 名用户将失去组织访问权限（暂停：这些帐户不由组织托管）
    }
bulk-method-restore = { $count ->
       *[other] { $formatted } 名用户将恢复组织访问权限（恢复：这些帐户不由组织托管）
    }
bulk-method-leave_group = { $count ->
       *[other] 将 { $formatted } 名用户从授予产品访问权限的组中移除
    }
bulk-method-join_group = { $count ->
       *[other] 将 { $formatted } 名用户添加到授予产品访问权限的组
    }
bulk-method-revoke_role = { $count ->
       *[other] 撤销 { $formatted } 名用户直接拥有的产品角色
    }
bulk-method-assign_role = { $count ->
       *[other] 直接向 { $formatted } 名用户授予产品角色
    }
bulk-method-remove_customer = { $count ->
       *[other] 将 { $formatted } 名客户从服务台中移除
    }
bulk-method-add_customer = { $count ->
       *[other] 将 { $formatted } 名客户重新添加到服务台
    }
bulk-nothing = 无需更改：所选用户均已处于该状态或无法更改。
bulk-skipped = 未处理
bulk-skipped-more = …还有 { $count } 名。
bulk-reason = 原因
bulk-type-to-confirm = 输入 { $count } 以确认
bulk-presets = 清理操作
bulk-preset-overdue = 停用所有已逾期用户
bulk-preset-revoke = 撤销 { $days } 天未使用 { $product } 的用户的访问权限
bulk-skip-already_done = 已处于该状态
bulk-skip-protected = 已在设置中设为受保护
bulk-skip-org_admin = 组织管理员：批量操作绝不会更改
bulk-skip-acting_admin = 您自己的帐户：您自己的批量操作绝不会更改
bulk-skip-identity_provider = 由身份提供商（SCIM）预配，此帐户的访问权限由其管理
bulk-skip-lookup_failed = 无法向 Atlassian 查询此用户的当前状态，为避免风险未做任何更改
bulk-skip-not_found = Atlassian 中已不存在此帐户
bulk-skip-not_applicable = 此操作不适用于此类帐户
bulk-skip-no_way = 该访问权限来自 User Account Manager 无法更改的来源
bulk-skip-direct_role_unavailable = 为直接授予，而此组织未提供 Atlassian 的直接产品角色 API（有限提供），因此未做任何更改
bulk-step-disable_account = 已停用帐户
bulk-step-enable_account = 已重新激活帐户
bulk-step-suspend = 已暂停组织访问权限
bulk-step-restore = 已恢复组织访问权限
bulk-step-leave_group = 已从组 { $object } 中移除
bulk-step-join_group = 已添加到组 { $object }
bulk-step-revoke_role = 已撤销 { $object } 角色
bulk-step-assign_role = 已授予 { $object } 角色
bulk-step-remove_customer = 已从 { $object } 的客户中移除
bulk-step-add_customer = 已添加为 { $object } 的客户

## Jobs
nav-jobs = 任务
jobs-title = 任务
jobs-intro = 批量操作以任务形式在服务器上运行：关闭标签页后仍会继续，所有管理员都能看到；每次只运行一个任务，其他任务依次排队等待。
jobs-loading = 正在加载任务…
jobs-empty-title = 暂无任务
jobs-empty-body = 从“用户”页面或仪表板启动的批量操作会显示在此处，并附带进度和每个用户的结果。
jobs-caption = 批量操作任务（最新的在前）
job-title = 任务
job-back = 所有任务
job-loading = 正在加载任务…
job-action = 操作
job-state = 状态
job-progress = 进度
job-started-by = 发起人
job-created = 创建时间
job-started = 开始时间
job-finished = 结束时间
job-counts = 共 { $total } 个：{ $done } 个已完成，{ $skipped } 个已跳过，{ $failed } 个失败
job-count-done = { $formatted } 个已完成
job-count-skipped = { $formatted } 个已跳过
job-count-failed = { $formatted } 个失败
job-count-unknown = { $formatted } 个已中断，结果未知
job-count-cancelled = { $formatted } 个未处理（已取消）
job-count-pending = { $formatted } 个等待中
job-waiting = 因 Atlassian 速率限制，等待至 { $time }
job-queue-position = { $count ->
        [0] 排队中：下一个运行
       *[other] 排队中：前面还有 { $count } 个任务
    }
job-undo-of = 此任务用于撤消之前的任务。
job-open-original = 打开原始任务
job-undone-by = 此任务已被撤消。
job-open-undo = 打开撤消任务
job-undone-by-short = 已撤消
job-error = 提前停止：
job-stopped-panic = 内部错误使此作业停止。尚未处理到的用户保持不变。
job-stopped-not-admin = 启动此作业的管理员已不再是获准使用此服务器的组织管理员，因此作业被拒绝。
job-stopped-admin-unconfirmed = Atlassian 无法确认启动此作业的管理员仍是组织管理员，因此作业被拒绝。
job-cancel = 取消任务
job-undo = 撤消此任务
job-results = 每个用户的结果
job-filter = 显示
job-filter-all = 全部
job-item-state = 结果
job-steps = 步骤
job-outcome = 原因和 Atlassian 的响应
job-no-items = 没有处于此状态的用户。
job-atlassian-status = Atlassian 返回 { $status }
job-request-id = 请求 ID
job-state-queued = 排队中
job-state-running = 运行中
job-state-cancelling = 正在取消
job-state-cancelled = 已取消
job-state-finished = 已完成
job-state-failed = 失败
job-item-pending = 等待中
job-item-running = 进行中
job-item-done = 已完成
job-item-skipped = 已跳过
job-item-failed = 失败
job-item-unknown = 结果未知
job-item-cancelled = 已取消

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian 未及时响应。请稍后再试。
error-invalid-admin_api_key_refused = Atlassian 拒绝了此密钥：密钥错误、已过期或已撤销，或者无权读取组织。请在 admin.atlassian.com 中检查。
settings-no-answer = Atlassian 在 { $seconds } 秒内未响应。请稍后再试；如果反复出现，Atlassian 可能出现了故障。
settings-finding-orgs = 正在查找组织…
settings-orgs-found = 此密钥可见的组织：{ $count } 个。请在“组织 ID”字段中选择一个。
settings-orgs-none = 此密钥看不到任何组织。请确认它是组织的管理员 API 密钥，而不是个人 API 令牌。
settings-checking = 正在检查与 Atlassian 的连接…
settings-check-col-check = 检查项
settings-check-col-result = 结果
settings-check-col-detail = 含义
settings-check-result-ok = 正常
settings-check-result-unused = 未使用
settings-check-result-failed = 需要处理
settings-check-ok-detail = Atlassian 接受了凭据并作出响应。
settings-check-status = Atlassian 的响应（供支持人员参考）：HTTP { $status }
settings-check-summary = 正常的检查项：{ $working } / { $total }。
settings-check-outcome-timeout = { $seconds } 秒内无响应：Atlassian 可能很慢或已停止服务；请几分钟后再试
settings-check-outcome-rate-limited = Atlassian 当前正在限制请求（短时间内请求过多）；请一分钟后再试
settings-check-outcome-server-error = Atlassian 方面出现问题，无法响应；请稍后再试
settings-check-outcome-rejected = Atlassian 拒绝了所发送的请求；详细信息见服务器日志
settings-nav-label = 设置的各个部分
settings-danger-title = 危险区域
settings-danger-unlock = 输入 DELETE 后按钮才可使用。

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = 显示我查看日志的记录
audit-views-hidden = 已隐藏您自己查看日志的记录：{ $formatted } 条。
audit-views-show = 显示
audit-chain-verified-through = 已验证链至条目 #{ $last }，最近的签名检查点为 #{ $seq }（{ $time }）。
audit-chain-verified-through-unsigned = 已验证链至条目 #{ $last }，尚无签名检查点。
audit-job-titled = { $title } · 任务 { $id }
audit-csv-details-json = 详细信息（JSON）
audit-say-via-local = 使用本地账户登录。
audit-say-via-atlassian = 使用 Atlassian 登录。
audit-say-via-forge = 从 Jira 面板登录。
audit-say-refused = 已拒绝：{ $reason }
audit-say-attempts = 失败的尝试：{ $count } 次，自 { $since } 起。
audit-say-from = 来自地址 { $address }。
audit-say-session-ended = 该管理员已不再是组织管理员，因此会话已关闭。
audit-say-totp-on = 使用密码和验证器代码登录。
audit-say-totp-off = 仅使用密码登录。
audit-say-setting = { $setting } 已从 { $before } 改为 { $after }。
audit-say-secret = 已替换 { $setting }：旧值以 { $before } 结尾，新值以 { $after } 结尾。
audit-say-secret-first = 已设置 { $setting }：以 { $after } 结尾。
audit-say-nothing = 无
audit-say-yes = 是
audit-say-no = 否
audit-say-data-exported = 已导出全部数据：用户 { $users } 个，大小 { $size } KB。
audit-say-data-deleted = 已删除所有存储的数据；日志从此处重新开始。
audit-say-erasure-times = 于 { $scheduled } 安排，预定于 { $due } 执行。
audit-say-erasure-due = 除非管理员取消，所有数据将于 { $due } 删除。
audit-say-erasure-cancelled = 已取消 { $by } 安排在 { $due } 的删除。
audit-say-viewed = 查看了日志。
audit-say-filter = 筛选条件：{ $filter }。
audit-say-audit-export = 导出的条目：{ $count } 条。
audit-say-pruned = 按保留设置删除的条目：{ $count } 条，均早于 { $cutoff }；最后一条为 #{ $seq }。
audit-say-users-exported = 从用户表视图导出的用户：{ $count } 个。
audit-say-users-selected = 导出的所选用户：{ $count } 个。
audit-say-job-queued = 计划中的用户：{ $users } 个；将更改：{ $changing } 个；保持不变：{ $skipped } 个。
audit-say-job-cancel = 已请求停止任务；正在处理的用户会先完成。
audit-say-job-ended = 任务已结束（{ $state }）：{ $counts }。
audit-say-step-intent = 即将请求 Atlassian：{ $step }。
audit-say-step-failed = 失败（第 { $attempt } 次尝试）：{ $step }。Atlassian 的答复：{ $error }
audit-say-reread-yes = 重新读取该用户后确认更改已完成。
audit-say-reread-no = 重新读取该用户后确认更改未完成。
audit-say-interrupted = 因服务器重启而中断，随后通过重新读取该用户确定结果。
audit-say-skip-preflight = 预检时保持不变：{ $reason }。
audit-say-error = 错误：{ $error }
audit-say-exercise = 为检查审核词汇而写入；没有管理员执行此操作。

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = 停用{ $users }
job-title-reactivate = 重新激活{ $users }
job-title-revoke_access = 撤销{ $users }的 { $subjects }
job-title-assign_access = 为{ $users }分配 { $subjects }
job-title-remove_customer = 将{ $users }从 { $subjects } 中移除
job-title-add_customer = 将{ $users }重新加入 { $subjects }
job-undo-of-job = 撤消任务 { $job }
bulk-plan-disable_account = 停用（托管账户）
bulk-plan-enable_account = 重新激活（托管账户）
bulk-plan-suspend = 暂停组织访问权限
bulk-plan-restore = 恢复组织访问权限
bulk-plan-leave_group = 从组 { $object } 中移除
bulk-plan-join_group = 添加到组 { $object }
bulk-plan-revoke_role = 撤销 { $object } 访问权限
bulk-plan-assign_role = 授予 { $object } 访问权限
bulk-plan-remove_customer = 从 { $object } 中移除
bulk-plan-add_customer = 重新加入 { $object }
bulk-changing = 将被更改的用户
bulk-change = 更改
bulk-search = 按姓名或电子邮件搜索
bulk-search-none = 没有与此搜索匹配的用户。
job-outcome-confirmed = 完成：Atlassian 已确认更改
job-outcome-refused = Atlassian 拒绝了更改
job-outcome-unavailable = Atlassian 暂未接受更改（繁忙或不可用）
bulk-their-desks = 他们原先所在的服务台

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = 筛选
filters-active = 已应用的筛选
filter-chip = { $name }：{ $value }
filter-remove = 移除筛选：{ $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = 无访问权限
card-no-access = 无法登录（已暂停或已停用）：{ $formatted }
column-places = 项目和空间
csv-places = 项目和空间（角色）
places-more = 另外 { $more } 个
export-style = CSV 单元格
export-style-readable = 易读标签
export-style-codes = 供脚本使用的代码
