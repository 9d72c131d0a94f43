## The language's own name, shown in the language picker.
language-name = 日本語

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = コンテンツにスキップ
nav-label = メイン
nav-dashboard = ダッシュボード
nav-users = ユーザー
nav-audit = 監査ログ
nav-settings = 設定
prefs-language = 言語
prefs-theme = テーマ
prefs-apply = 適用
theme-system = システムのテーマ
theme-light = ライトテーマ
theme-dark = ダークテーマ
error-title = 問題が発生しました
error-body = ページのこの部分を表示できませんでした。ページを再読み込みして、もう一度お試しください。問題が続く場合は、サーバーログで詳細を確認してください。

## Dashboard
dashboard-title = ダッシュボード
dashboard-empty-title = 組織のデータはまだありません
dashboard-empty-body = 「設定」で Atlassian 組織を接続してください。初回の同期が完了すると、Jira、Confluence、Jira Service Management 全体のユーザー、アクティビティ、ライセンスの使用状況がこのダッシュボードに表示されます。
dashboard-empty-action = 設定を開く
dashboard-first-sync-title = 組織を読み込み中
dashboard-first-sync-body = 初回の同期で Atlassian からユーザー、グループ、製品アクセスを読み込んでいます。進行状況は上に表示されます。完了するとすぐに、ここに数値が表示されます。
dashboard-first-sync-working = 同期中…
dashboard-summary = 概要
card-total = ユーザー総数
card-total-detail = 組織ユーザー { $org } 人、顧客 { $customers } 人
card-active = 最近アクティブなユーザー
card-active-detail = 過去 { $days } 日間にいずれかの製品を使用した組織ユーザー
card-inactive = 非アクティブなユーザー
card-customers = JSM の顧客
threshold-warning = { $days } 日以上アクティビティなし
threshold-overdue = { $days } 日以上アクティビティなし
threshold-never = アクティビティの記録なし
utilisation-title = ライセンス使用率
utilisation-seats = { $capacity } シート中 { $used } シートを使用（{ $percent }）
utilisation-near = 空きシートが残りわずかです。シートを追加購入する前に、非アクティブなユーザーを見直してください。
utilisation-over = すべてのシートが使用中です。シートを解放または購入するまで、新しいユーザーにアクセス権を付与できません。
products-title = 製品
products-product = 製品
products-users = アクセス権のあるユーザー
products-seats = 使用中のシート
products-cost = 非アクティブなシートの月額コスト
products-cost-hint = シート単価を入力すると、非アクティブなシートにかかる月額コストが表示されます。
products-cost-set = 設定で価格を指定
chart-title = 最終アクティビティ
chart-intro = アカウントが有効な組織ユーザーがいずれかの製品を最後に使用した時期です。
chart-days = { $from }～{ $to } 日
chart-more-than = { $days } 日超
chart-table-caption = アカウントが有効な組織ユーザーの最終アクティビティ
chart-last-active = 最終アクティビティ
chart-users = ユーザー
sync-title = 同期
sync-last = { $time } 時点のデータ：{ $formatted } { $count ->
       *[other] 件のアカウント
    }。
sync-never = まだ同期されていません。
sync-next = 次回の定期同期：{ $time }
sync-incremental = Atlassian での変更を最後に確認した日時：{ $time }。{ $formatted } { $count ->
       *[other] 人のユーザーを更新しました
    }。
sync-incremental-failed = { $time } の Atlassian での変更の確認に失敗しました：{ $reason }
sync-failed = { $time } に開始した同期が失敗しました：{ $reason }
sync-now = 今すぐ同期
sync-cancel = 同期をキャンセル
sync-phase-starting = 開始中
sync-phase-collecting = Atlassian から読み込み中
sync-phase-indexing = スナップショットを作成中
sync-items = { $done } 件のアカウントを読み込みました
sync-items-of = 約 { $total } 件中 { $done } 件のアカウントを読み込みました
sync-waits = リクエスト { $requests } 件、Atlassian のレート制限による待機 { $seconds } 秒
sync-families = 読み込んだ製品
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = すべて読み込み済み
sync-family-partial = 一部のみ読み込み済み
sync-family-not-on-site = このサイトにはありません
sync-family-not-configured = 未読み込み：サイトのアカウントが設定されていません
sync-family-stale = 今回は読み込めませんでした。{ $time } 時点のデータを表示しています（{ $reason }）
sync-family-unread = まだ読み込まれていません（{ $reason }）
sync-part-project = { $count ->
       *[other] { $formatted } 件のプロジェクト
    }
sync-part-seats = Jira のシート数
sync-part-group = { $count ->
       *[other] { $formatted } 件のグループのメンバー
    }
sync-part-desk = { $count ->
       *[other] { $formatted } 件のサービスデスクの顧客
    }
sync-part-jsm-org = { $count ->
       *[other] { $formatted } 件の JSM 組織のメンバー
    }
sync-part-space = { $count ->
       *[other] { $formatted } 件のスペース
    }
sync-skipped-permission = { $what }を読み込めませんでした：サイトのアカウントには{ $permission }が必要です。
sync-skipped-not-offered = { $what }を読み込めませんでした：このサイトでは、それらを一覧表示する API が提供されていません。
sync-skipped-names = 含まれるもの：{ $names }
permission-administer-projects = 対象プロジェクトでの「プロジェクト管理」権限（または「Jira の管理」）
permission-administer-jira = グローバル権限「Jira の管理」
permission-browse-users = グローバル権限「ユーザーとグループの参照」
permission-desk-agent = サービスデスクのエージェントまたは管理者のロール
permission-view-space = 対象スペースでの「表示」権限
sync-history = 最近の同期
sync-history-started = 開始
sync-history-outcome = 結果
sync-history-accounts = アカウント
sync-history-requests = リクエスト
sync-outcome-running = 実行中
sync-outcome-complete = 完了
sync-outcome-failed = 失敗
sync-outcome-cancelled = キャンセル済み

## Users
users-title = ユーザー
users-empty-title = 表示するユーザーはまだいません
users-empty-body = 初回の同期が完了すると、組織ユーザー、Jira プロジェクトと Confluence スペースのメンバー、Jira Service Management の顧客がここに表示されます。
users-loading = ユーザーを読み込み中…
users-tabs = 表示するユーザー
users-tab-org = 組織ユーザー
users-tab-projects = プロジェクトのユーザー
users-tab-customers = JSM の顧客
users-tab-all = すべて
users-presets = クイックビュー
users-preset-inactive = すべての製品で非アクティブ
users-preset-warning = 警告
users-preset-overdue = 期限超過
users-preset-never = アクティビティなし
users-clear-filters = フィルターをクリア
users-count = { $count ->
       *[other] { $formatted } 人のユーザー
    }
users-as-of = { $time } 時点
users-thresholds = · { $warning } 日で警告、{ $overdue } 日で期限超過
users-table-caption = フィルターに一致するユーザー
users-no-matches = これらのフィルターに一致するユーザーはいません。
filter-search = 検索
filter-search-placeholder = 名前またはメールアドレス
filter-type = アカウントの種類
filter-product = 製品
filter-group = グループ
filter-project = プロジェクトまたはスペース
filter-desk = サービスデスクまたは組織
filter-active-after = 最終アクティビティ（この日以降）
filter-active-before = 最終アクティビティ（この日より前）
filter-status = ステータス
filter-inactivity = 非アクティブ状況
filter-any = すべて
filter-apply = フィルターを適用
column-name = 名前
column-email = メールアドレス
column-status = ステータス
column-account-type = アカウントの種類
column-products = 製品
column-groups = グループ
column-last-active = 最終アクティビティ
column-inactivity = 非アクティブ状況
column-added = 組織への追加日
column-service-desks = サービスデスク
column-jsm-organizations = JSM 組織
column-details = 詳細
columns-choose = 列
status-active = アクティブ
status-suspended = 停止中
status-deactivated = 無効
status-pending = 招待済み
class-managed = 管理対象
class-external = 外部
class-customer = 顧客
class-app = アプリ
inactivity-active = 最近アクティブ
inactivity-warning = 警告
inactivity-overdue = 期限超過
inactivity-never = アクティビティなし
never-active = なし
email-hidden = ユーザーのプライバシー設定により非表示
org-admin = 組織管理者
open-in-admin = Atlassian Administration で開く
list-more = { $list } +{ $more }
details = 詳細
details-for = { $name } の詳細
details-close = 詳細を閉じる
details-missing = ユーザーが見つかりません
details-account-id = アカウント ID
details-org-admin = 組織管理者
details-scim = ID プロバイダーによるプロビジョニング
details-products = 製品と最終アクティビティ
details-product = 製品
details-projects = Jira プロジェクト
details-spaces = Confluence スペース
details-none = なし
yes = はい
no = いいえ
select-page = このページのユーザーをすべて選択
select-user = { $name } を選択
selection-count = { $count ->
        [0] ユーザーが選択されていません
       *[other] { $formatted } 人のユーザーを選択中
    }
select-all-matching = 一致する { $formatted } 人をすべて選択
selection-clear = 選択を解除
pager-label = ページ
pager-previous = 前へ
pager-next = 次へ
pager-position = { $page } / { $pages } ページ
pager-size = 1 ページあたりの行数：
export-matching = 一致するユーザーをエクスポート（CSV）
export-selected = 選択したユーザーをエクスポート（CSV）
export-progress = { $total } 人中 { $done } 人のユーザーをエクスポート中…
export-cancel = エクスポートをキャンセル
export-cancelled = エクスポートはキャンセルされました。
export-done = { $count ->
       *[other] { $formatted } 人のユーザーをエクスポートしました。
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = 監査ログ
audit-empty-title = 監査エントリはまだありません
audit-empty-body = 管理者がここで行ったすべての操作が、実行者、日時、対象ユーザー、Atlassian の応答とともにこのログに記録されます。
audit-loading = 監査ログを読み込み中…
audit-search-placeholder = 管理者、ユーザー、操作、詳細、リクエスト ID
audit-filter-from = 開始日（UTC）
audit-filter-to = 終了日（UTC）
audit-filter-admin = 管理者
audit-filter-action = 操作
audit-filter-outcome = 結果
audit-filter-user = 対象ユーザー
audit-filter-user-placeholder = アカウント ID、名前、メールアドレス
audit-count = { $count ->
       *[other] { $formatted } 件のエントリ
    }
audit-no-matches = これらのフィルターに一致するエントリはありません。
audit-table-caption = 監査ログのエントリ（新しい順）
audit-column-time = 日時（UTC）
audit-column-admin = 管理者
audit-column-action = 操作
audit-column-user = 対象ユーザー
audit-column-outcome = 結果
audit-column-status = Atlassian のステータス
audit-column-request = リクエスト ID
audit-column-details = 詳細
audit-column-entry = エントリ
audit-entry-open = エントリ { $seq } の詳細
audit-entry-title = エントリ #{ $seq }
audit-job = ジョブ { $id }
audit-export = CSV をエクスポート
audit-export-progress = { $total } 件中 { $done } 件のエントリをエクスポート中…
audit-export-done = { $count ->
       *[other] { $formatted } 件のエントリをエクスポートしました。
    }
audit-chain-broken = エントリ #{ $seq } でチェーンが破損しています：{ $reason }
audit-chain-broken-help = このエントリ以降は、User Account Manager の外部で変更、削除、または挿入された可能性があります。データベースは現状のまま保持し、最新のエクスポートまたはバックアップと比較してください。
audit-chain-unchecked = ハッシュチェーンを検証できませんでした。
audit-checkpoints-missing = 署名付きチェックポイントがありません：このサーバーが書き込んだエントリ #{ $seq } のチェックポイントが、チェックポイントファイルにもうありません。
audit-checkpoints-missing-help = ファイルが削除された、古いコピーに置き換えられた、または切り詰められたため、このエントリまでのエントリを署名で確認できなくなりました。お手元のコピーからファイルを復元し（サーバーのログにもすべてのチェックポイントがあります）、データベースは現状のままにしてください。
audit-action-sign_in = サインイン
audit-action-sign_out = サインアウト
audit-action-authn_denied = アクセス拒否
audit-action-session_ended = セッション終了
audit-action-local_admin_created = ローカル管理者の作成
audit-action-settings_changed = 設定の変更
audit-action-secret_replaced = 認証情報の置き換え
audit-action-data_exported = データのエクスポート
audit-action-data_deleted = データの削除
audit-action-audit_viewed = 監査ログの閲覧
audit-action-audit_export = 監査ログのエクスポート
audit-action-users_exported = ユーザーのエクスポート
audit-outcome-ok = 成功
audit-outcome-denied = 拒否
audit-outcome-failed = 失敗
audit-outcome-intent = 実行予定
audit-outcome-skipped = スキップ
audit-outcome-blocked = ブロック
audit-action-data_erasure_scheduled = 全データ削除の予約
audit-action-data_erasure_cancelled = 予約済み削除の取り消し
audit-action-audit_pruned = 古い監査エントリの削除
audit-action-bulk_job_queued = 一括ジョブの登録
audit-action-bulk_job_cancel = 一括ジョブのキャンセル要求
audit-action-bulk_job_refused = 一括ジョブの拒否
audit-action-bulk_job_ended = 一括ジョブの終了
audit-action-bulk_deactivate = 一括無効化
audit-action-bulk_reactivate = 一括再有効化
audit-action-bulk_revoke_access = 製品アクセスの一括取り消し
audit-action-bulk_assign_access = 製品アクセスの一括付与
audit-action-bulk_remove_customer = JSM 顧客の一括削除
audit-action-bulk_undo_deactivate = 一括無効化（元に戻す）
audit-action-bulk_undo_reactivate = 一括再有効化（元に戻す）
audit-action-bulk_undo_revoke_access = 製品アクセスの一括取り消し（元に戻す）
audit-action-bulk_undo_assign_access = 製品アクセスの一括付与（元に戻す）
audit-action-bulk_undo_remove_customer = JSM 顧客の一括削除（元に戻す）
audit-outcome-refused = 対象外
audit-outcome-unknown = 結果不明
audit-outcome-not_sent = 未送信
audit-outcome-reread = 再読み込みで確認
audit-outcome-queued = 待機中
audit-outcome-running = 実行中
audit-outcome-cancelling = キャンセル中
audit-outcome-cancelled = キャンセル済み
audit-outcome-finished = 完了
audit-csv-seq = エントリ
audit-csv-time = 日時（UTC）
audit-csv-actor = 管理者 ID
audit-csv-actor-name = 管理者名
audit-csv-auth-via = サインイン方法
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira パネルのインストール
audit-csv-action = 操作
audit-csv-target = 対象
audit-csv-target-name = 対象ユーザー名
audit-csv-target-email = 対象ユーザーのメールアドレス
audit-csv-outcome = 結果
audit-csv-atlassian-status = Atlassian のステータス
audit-csv-request-id = リクエスト ID
audit-csv-job-id = ジョブ
audit-csv-details = 詳細
audit-csv-prev-hash = 前のハッシュ
audit-csv-hash = ハッシュ
audit-filter-source = ソース
audit-source-both = このアプリと Atlassian
audit-source-app = このアプリ
audit-source-atlassian = Atlassian
audit-atlassian-note = Atlassian が報告したもので、このアプリのハッシュチェーンには含まれません。
audit-event-open = Atlassian イベント { $seq } の詳細
audit-event-title = Atlassian イベント #{ $seq }
audit-csv-source = ソース
audit-csv-event-id = Atlassian イベント ID
audit-csv-ip = IP アドレス
audit-csv-product = 製品
audit-action-user_deactivated = ユーザーを無効化
audit-action-user_reactivated = ユーザーを再有効化
audit-action-user_access_suspended = ユーザーのアクセスを停止
audit-action-user_access_restored = ユーザーのアクセスを復元
audit-action-user_added_to_group = ユーザーをグループに追加
audit-action-user_removed_from_group = ユーザーをグループから削除
audit-action-group_granted_role = グループに製品ロールを付与
audit-action-group_revoked_role = グループから製品ロールを取り消し
audit-action-user_granted_role = ユーザーに製品ロールを付与
audit-action-user_revoked_role = ユーザーから製品ロールを取り消し
audit-action-added_org_admin = 組織管理者を追加
audit-action-removed_org_admin = 組織管理者を削除
audit-action-service_desk_customer_added = サービスデスクの顧客を追加
audit-action-service_desk_customer_removed = サービスデスクの顧客を削除
audit-action-project_role_actor_added = プロジェクトロールに追加
audit-action-project_role_actor_removed = プロジェクトロールから削除

## Settings
settings-title = 設定


settings-api-key-docs = 管理者 API キーの作成方法

## Not found
not-found-title = ページが見つかりません
not-found-body = このアドレスにページはありません。リンクが間違っているか、ページが移動した可能性があります。
not-found-action = ダッシュボードに移動

## Demo mode
demo-badge = デモ組織
demo-banner = { $org } はシミュレーション用の組織なので、安心して操作を試せます。ここでの操作が実際の Atlassian アカウントに影響することはありません。
demo-connect = 組織を接続

## Errors a request can end in
error-unauthorized = セッションが終了しました。続行するには、もう一度サインインしてください。
error-forbidden = この操作を行えるのは組織管理者のみです。
error-not-found = 対象はすでに存在しません。Atlassian で削除された可能性があります。
error-invalid-input = 入力内容の一部が無効です。強調表示されたフィールドを確認してください。
error-atlassian-unavailable = 現在 Atlassian から応答がありません。数分後にもう一度お試しください。
error-sync-running = 同期はすでに実行中です。完了するまで待つか、先にキャンセルしてください。
error-no-snapshot = まだ同期されていません。初回の同期は自動的に開始され、数分かかる場合があります。
error-transport = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。
error-internal = サーバーで問題が発生しました。詳細はサーバーログを確認してください。
error-payload-too-large = このリクエストはサーバーが受け付けるサイズを超えているため、何も実行されませんでした。一度に送る量を減らしてください（例：項目数を減らす）。
error-timeout = 処理に時間がかかりすぎたため、サーバーがこのリクエストを停止しました。しばらくしてから再試行するか、一度に求める量を減らしてください。

## CSV export column headers
csv-name = 名前
csv-email = メールアドレス
csv-status = ステータス
csv-account-type = アカウントの種類
csv-products = 製品
csv-product-last-active = 製品ごとの最終アクティビティ
csv-last-active = 最終アクティビティ
csv-groups = グループ
csv-inactivity = 非アクティブ状況
csv-service-desks = サービスデスク
csv-jsm-organizations = JSM 組織

## Signing in
login-title = サインイン
login-intro = User Account Manager を使用できるのは組織管理者のみです。
login-atlassian = Atlassian でサインイン
login-demo-admins = このデモでは、以下のシミュレーション用アカウントが組織管理者です。シミュレーション用の Atlassian サインインページでいずれかを選択してください。それ以外のアカウントは拒否されます。
login-local-title = ローカル管理者アカウント
login-login = ログイン ID
login-password = パスワード
login-totp = 認証コード
login-totp-hint = アカウントで認証アプリを使用している場合のみ入力してください。
login-submit = サインイン
login-setup-pending = ローカル管理者アカウントはまだありません。サーバーの起動時に、最初のアカウントを作成するための 1 回限りのセットアップリンクが出力されています。uam admin create コマンドでも作成できます。
login-signed-out = サインアウトしました。
login-refused-title = サインインが拒否されました
login-back = サインインに戻る
login-error-invalid = ログイン ID、パスワード、または認証コードが正しくありません。
login-error-locked = 失敗した試行が多すぎます。15 分待ってから、もう一度お試しください。
login-error-totp = 認証コードが入力されていないか、正しくありません。
login-error-not-admin = この Atlassian アカウントはこの組織の管理者ではないか、このサーバーの使用を許可された管理者の一覧に含まれていません。
login-error-unavailable = 現在サインインできません。Atlassian またはサーバーのデータベースから応答がありませんでした。1 分後にもう一度お試しください。
login-error-state = このサインインは期限切れか、使用済みか、別のブラウザーで開始されたものです。サインインページからやり直してください。
login-error-setup-link = このセットアップリンクは期限切れか、すでに使用されています。サーバーを再起動して新しいリンクを出力するか、uam admin create コマンドで管理者を作成してください。
login-error-setup-input = 入力内容を確認してください。ログイン ID にはスペースを含めず、名前を入力し、パスワードは 12 文字以上にして、2 つのパスワードを一致させる必要があります。
login-error-expired = セッションが終了しました。もう一度サインインしてください。

## First-run set-up
setup-title = 最初の管理者アカウントを作成
setup-intro = このアカウントは専用のパスワードでサインインします。緊急用のアカウントとして保持してください。Atlassian との接続を設定した後は、組織管理者は Atlassian でサインインします。
setup-login = ログイン ID（メールアドレスまたは短い名前）
setup-name = 名前
setup-password = パスワード（12 文字以上）
setup-password-again = パスワード（確認）
setup-totp-title = 認証アプリ
setup-totp-optional = 推奨：認証アプリでこのコードをスキャンし、アプリに表示されたコードを入力してください。スキップする場合は、コードを空欄のままにします。
setup-totp-required = このサーバーでは認証アプリが必須です。認証アプリでこのコードをスキャンし、アプリに表示されたコードを入力してください。
setup-totp-key = または、このキーを手動で入力してください：
setup-totp-qr = 認証アプリ用の QR コード
setup-totp-code = アプリに表示されたコード
setup-submit = アカウントを作成してサインイン

## The signed-in admin
account-via-local = ローカルアカウント
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jira 経由
account-sign-out = サインアウト

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manager を開いています…
embed-expired = このパネルのセッションは終了しました。続行するには、Jira の管理画面から User Account Manager を開き直してください。
embed-refused = Jira で User Account Manager を使用できるのは、この組織の管理者のうち、サーバーでアカウントが許可されている管理者のみです。
embed-unavailable = 現在 User Account Manager でアクセス権を確認できません。Atlassian またはサーバーから応答がありませんでした。1 分後にもう一度お試しください。

## Settings page
settings-saved = 保存しました。
settings-save = 保存
settings-set-by-env = 環境変数で設定されています。サーバーの構成で変更してください。
settings-connection-title = Atlassian との接続
settings-connection-demo = シミュレーション用のデモ組織 { $org } を表示しています。以下でお使いの組織を接続してください。
settings-connection-env = 組織 { $org } に接続しています（サーバーの環境変数で構成）。
settings-connection-saved = 組織 { $org } に接続しています。
settings-connection-pending = 保存した接続は、サーバーの次回起動時から使用されます。この組織に接続するには、サーバーを再起動してください。
settings-admin-key = 管理者 API キー
settings-key-placeholder = 保存済みのキーを置き換える新しいキーを貼り付け
settings-key-write-only = 書き込み専用：キーは暗号化して保存され、再表示されることはありません。
settings-key-expiry = キーの有効期限
settings-key-expires = 有効期限は { $date } です。
settings-key-expires-soon = 有効期限は { $date } です（残り { $days } 日）。それまでに Atlassian で新しいキーを作成し、ここに貼り付けてください。
settings-key-expired = { $date } に期限切れになりました。新しいキーを保存するまで、同期と操作は失敗します。
settings-secret-set = 末尾 …{ $hint }、{ $at } に { $by } が設定
settings-secret-unset = 未設定
settings-org = 組織 ID
settings-find-orgs = 組織を検索
settings-site-title = Jira、Confluence、Jira Service Management
settings-site-body = プロジェクトロール、スペースのメンバー、顧客、Jira のシートは、アカウントのメールアドレスと API トークンを使用してサイト経由で読み込まれます。
settings-site-url = サイト URL
settings-site-email = アカウントのメールアドレス
settings-site-token = API トークン
settings-site-token-again = サイト URL またはメールアドレスを変更するときは、トークンをもう一度入力してください。
settings-test-connection = 接続をテスト
settings-check-admin-key = 管理者 API キー
settings-check-org = 組織
settings-check-directory = ユーザーとグループ
settings-check-site = サイト
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = 拒否：キーまたはトークンが間違っているか、期限切れか、取り消されています
settings-check-outcome-forbidden = 拒否：認証情報に必要な権限（スコープ）がありません
settings-check-outcome-not-found = 見つかりません：組織 ID またはサイト URL を確認してください
settings-check-outcome-unreachable = Atlassian から応答がありません。後でもう一度お試しください
settings-check-outcome-not-configured = 未設定
settings-check-outcome-not-on-site = このサイトにはありません（このサイトはこの製品を利用していません）
settings-prices-title = ライセンス価格
settings-prices-body = 任意。各製品の 1 シートあたりの月額料金を入力すると、非アクティブなユーザーのシートにかかるコストがダッシュボードに表示されます。対象外にする製品は空欄のままにしてください。
settings-currency = 通貨（USD、EUR などの ISO コード）
settings-thresholds-title = 非アクティブのしきい値
settings-thresholds-body = 警告のしきい値を超えてアクティビティがないユーザーは「警告」、期限超過のしきい値を超えたユーザーは「期限超過」になります。期限超過のしきい値は、警告のしきい値より長くする必要があります。
settings-warning-days = 警告までの日数
settings-overdue-days = 期限超過までの日数
settings-protected-title = 保護対象のアカウント
settings-protected-body = 一括操作で、これらのアカウントが無効化されたりアクセス権が削除されたりすることはありません。メールアドレス、*@example.com 形式のドメイン全体、または Atlassian アカウント ID を入力してください。組織管理者とご自身は常に保護されます。
settings-protected-add = アドレス、ドメイン、アカウント ID を追加（カンマ、スペース、改行で区切って複数貼り付けできます）
settings-protected-add-button = 追加
settings-protected-search = 保護対象のアカウントを検索
settings-protected-count = 保護対象のエントリ { $count } 件
settings-protected-remove = 削除
settings-schedule-title = 同期スケジュールと監査ログの保持
settings-sync-interval = 同期の間隔（時間）
settings-sync-interval-hint = 0 にすると定期同期はオフになります。「今すぐ同期」は引き続き使用できます。
settings-retention = 監査エントリの保持期間（日）
settings-retention-hint = 180 日（Atlassian 自体の監査ログと同じ期間）以上、3650 日以下。0 にすると無期限に保持します。
error-invalid-entries = 次のエントリはメールアドレスでも *@ドメイン 形式でもないため、何も保存されませんでした：
settings-data-title = データ
settings-data-export-body = User Account Manager が保存しているすべてのデータを 1 つのアーカイブとしてダウンロードします：設定（シークレットを除く）、ローカル管理者アカウント（パスワードを除く）、同期履歴、監査ログ、ユーザーの現在のスナップショット。エクスポートは監査ログに記録されます。
settings-data-export = すべてエクスポート
settings-data-delete-body = User Account Manager が保存しているすべてのデータを削除します：設定、保存済みのキーとトークン、ローカル管理者アカウント、セッション、スナップショット、監査ログ。Atlassian 側は何も変更されません。この操作は元に戻せません。データが必要になる可能性がある場合は、先にエクスポートしてください。
settings-data-delete-confirm = 確認のため DELETE と入力してください
settings-data-delete = すべて削除
settings-data-not-confirmed = 何も削除されませんでした。確認のため、DELETE と正確に入力してください。
settings-data-sync-running = 何も削除されませんでした。同期が実行中です。同期をキャンセルするか完了を待ってから、もう一度お試しください。
settings-data-export-failed = エクスポートに失敗しました。詳細はサーバーログを確認してください。
settings-data-delete-failed = 削除に失敗しました。何も削除されていません。詳細はサーバーログを確認してください。
error-reauth-failed = パスワードまたは認証コードが正しくありません。何も予約されていません。
error-reauth-stale = まずご本人であることを確認してください。Atlassian で再度サインインし、5 分以内に削除してください。
error-panel-refused = Jira パネルからは実行できません。User Account Manager をブラウザーの別のタブで開いてください。
error-erasure-pending = すべてのデータの削除はすでに予約されています。先に取り消すか、実行されるまでお待ちください。
settings-data-delete-delay = すぐには削除されません。削除は確認から { $hours } 時間後に実行されます。それまでの間、すべての管理者がダッシュボードで確認し、取り消すことができます。削除された監査ログの署名付き記録は保持されます。
settings-data-reauth-atlassian = Atlassian でサインインしてから 5 分以上経過しています。ご本人であることを確認するため再度サインインし、5 分以内に削除してください。
settings-data-reauth-fresh = Atlassian で 5 分以内にサインインしているため、ご本人であることが確認されています。
settings-data-scheduled = すべてのデータの削除が予約されました。実行されるまでは、どの管理者もここまたはダッシュボードで取り消せます。
erasure-title = すべてのデータが削除される予定です
erasure-body = { $name } が { $scheduled } に、監査ログを含め User Account Manager が保存しているすべてのデータの削除を予約しました。管理者が取り消さない限り、{ $due } に実行されます。
erasure-cancel = 削除を取り消す
erasure-cancelled = 削除は取り消されました。何も削除されていません。
erasure-cancel-failed = 削除を取り消せませんでした。詳細はサーバーログを確認してください。
login-deleted = すべて削除されました。最初の管理者アカウントを再度作成するための新しいセットアップリンクがサーバーに出力されました。
error-invalid-org_id = 組織 ID が入力されていないか、無効です。組織 ID は admin.atlassian.com/o/<ID>/… の ID 部分で、英字、数字、ハイフンで構成されます。
error-invalid-admin_api_key = 管理者 API キーを貼り付けてください。この組織のキーはまだ保存されていません。
error-invalid-site = サイトには、URL、アカウントのメールアドレス、そのアカウントの API トークンをすべて指定する必要があります。
error-invalid-site_url = サイト URL が無効です。https://your-site.atlassian.net のような形式で入力してください。
error-invalid-site_host = 受け付けるのは https://your-site.atlassian.net のサイトだけです。API トークンはほかのホストには送信されません。別のホストを使うには、先にサーバーの運用者が許可する必要があります (UAM_ALLOWED_SITE_HOSTS)。
error-invalid-site_api_token = サイト URL またはアカウントのメールアドレスを変更するには、API トークンをもう一度入力する必要があります。このサイト用のそのアカウントのトークンを貼り付けてください。
error-invalid-site_email = アカウントのメールアドレスが有効な形式ではありません。
error-invalid-thresholds = どちらのしきい値も日数を整数で指定し、期限超過のしきい値を警告のしきい値より長くする必要があります。
error-invalid-schedule = 同期の間隔（時間）と監査ログの保持期間（日）を整数で入力してください。
error-invalid-sync_interval_hours = 同期の間隔は 0（オフ）または 1～168 時間で指定してください。
error-invalid-audit_retention_days = 監査エントリの保持期間は 0 日（無期限）または 180～3650 日で指定してください。
error-invalid-seat_prices = 3 文字の通貨コードと、0～100000 の価格を数字と小数点で入力してください。
login-atlassian-off = このサーバーでは Atlassian でのサインインが設定されていません。サーバーの運用者は OAuth アプリ（UAM_OAUTH_CLIENT_ID と UAM_OAUTH_CLIENT_SECRET）で設定できます。それまでは、ローカル管理者アカウントでサインインしてください。

## Bulk actions
bulk-title = 一括操作
bulk-undo-title = このジョブを元に戻す
bulk-actions = 操作…
bulk-actions-user = このユーザーの操作…
bulk-choose = 実行する操作
bulk-action-deactivate = 無効化
bulk-action-reactivate = 再有効化
bulk-action-revoke_access = 製品アクセスを取り消す
bulk-action-assign_access = 製品アクセスを付与
bulk-action-remove_customer = JSM の顧客を削除
bulk-every-desk = すべてのサービスデスク
bulk-products = 製品
bulk-desks = サービスデスク
bulk-desks-hint = 何も選択しない場合、顧客は所属するすべてのサービスデスクから削除されます。
bulk-check = 影響を受けるユーザーを確認
bulk-cancel = キャンセル
bulk-checking = 各ユーザーを Atlassian で確認中…
bulk-starting = ジョブを開始中…
bulk-count-changing = { $count ->
       *[other] { $formatted } 人のユーザーが変更されます
    }
bulk-count-already = { $count ->
       *[other] { $formatted } 人のユーザーはすでにその状態です
    }
bulk-count-cannot = { $count ->
       *[other] { $formatted } 人のユーザーは変更できません
    }
bulk-how = 実行方法
bulk-method-disable_account = { $count ->
       *[other] { $formatted } 件のアカウントを無効化（組織の管理対象アカウント：ユーザー管理ライフサイクル API）
    }
bulk-method-enable_account = { $count ->
       *[other] { $formatted } 件のアカウントを再有効化（組織の管理対象アカウント：ユーザー管理ライフサイクル API）
    }
bulk-method-suspend = { $count ->
       *[other] { $formatted } 人のユーザーが組織へのアクセス権を失います（停止：組織の管理対象外のアカウント）
    }
bulk-method-restore = { $count ->
       *[other] { $formatted } 人のユーザーが組織へのアクセス権を回復します（復元：組織の管理対象外のアカウント）
    }
bulk-method-leave_group = { $count ->
       *[other] { $formatted } 人のユーザーを、製品へのアクセス権を付与するグループから削除
    }
bulk-method-join_group = { $count ->
       *[other] { $formatted } 人のユーザーを、製品へのアクセス権を付与するグループに追加
    }
bulk-method-revoke_role = { $count ->
       *[other] { $formatted } 人のユーザーから、直接付与された製品ロールを取り消し
    }
bulk-method-assign_role = { $count ->
       *[other] { $formatted } 人のユーザーに製品ロールを直接付与
    }
bulk-method-remove_customer = { $count ->
       *[other] { $formatted } 人の顧客をサービスデスクから削除
    }
bulk-method-add_customer = { $count ->
       *[other] { $formatted } 人の顧客をサービスデスクに再追加
    }
bulk-nothing = 変更の対象はありません。選択したユーザーはすべて、すでにその状態か、変更できません。
bulk-skipped = 変更しないユーザー
bulk-skipped-more = …ほか { $count } 人。
bulk-reason = 理由
bulk-type-to-confirm = 確認のため { $count } と入力してください
bulk-presets = クリーンアップ操作
bulk-preset-overdue = 期限超過のユーザーをすべて無効化
bulk-preset-revoke = { $product } を { $days } 日間使用していないユーザーのアクセス権を取り消す
bulk-skip-already_done = すでにその状態です
bulk-skip-protected = 設定で保護されています
bulk-skip-org_admin = 組織管理者：一括操作で変更されることはありません
bulk-skip-acting_admin = ご自身のアカウント：ご自身の一括操作で変更されることはありません
bulk-skip-identity_provider = ID プロバイダー（SCIM）によってプロビジョニングされており、このアカウントのアクセス権は ID プロバイダーが管理しています
bulk-skip-lookup_failed = このユーザーの現在の状態を Atlassian に問い合わせられなかったため、安全のため変更しませんでした
bulk-skip-not_found = このアカウントは Atlassian にもう存在しません
bulk-skip-not_applicable = この操作は、この種類のアカウントには適用されません
bulk-skip-no_way = このアクセス権は、User Account Manager では変更できない経路で付与されています
bulk-skip-direct_role_unavailable = 直接付与されていますが、この組織では Atlassian の直接製品ロール API（限定提供）を利用できないため、何も変更していません
bulk-step-disable_account = アカウントを無効化しました
bulk-step-enable_account = アカウントを再有効化しました
bulk-step-suspend = 組織へのアクセスを停止しました
bulk-step-restore = 組織へのアクセスを復元しました
bulk-step-leave_group = グループ { $object } から削除しました
bulk-step-join_group = グループ { $object } に追加しました
bulk-step-revoke_role = { $object } ロールを取り消しました
bulk-step-assign_role = { $object } ロールを付与しました
bulk-step-remove_customer = { $object } の顧客から削除しました
bulk-step-add_customer = { $object } の顧客として追加しました

## Jobs
nav-jobs = ジョブ
jobs-title = ジョブ
jobs-intro = 一括操作はサーバー上でジョブとして実行されます。タブを閉じても処理は続行され、すべての管理者がジョブを確認できます。一度に実行されるジョブは 1 つだけで、他のジョブは順番を待ちます。
jobs-loading = ジョブを読み込み中…
jobs-empty-title = ジョブはまだありません
jobs-empty-body = 「ユーザー」ページやダッシュボードから開始した一括操作が、進行状況とユーザーごとの結果とともにここに表示されます。
jobs-caption = 一括操作のジョブ（新しい順）
job-title = ジョブ
job-back = すべてのジョブ
job-loading = ジョブを読み込み中…
job-action = 操作
job-state = 状態
job-progress = 進行状況
job-started-by = 開始者
job-created = 作成日時
job-started = 開始日時
job-finished = 終了日時
job-counts = { $total } 件中、完了 { $done } 件、スキップ { $skipped } 件、失敗 { $failed } 件
job-count-done = 完了 { $formatted } 件
job-count-skipped = スキップ { $formatted } 件
job-count-failed = 失敗 { $formatted } 件
job-count-unknown = 中断 { $formatted } 件（結果不明）
job-count-cancelled = 未処理 { $formatted } 件（キャンセル済み）
job-count-pending = 待機中 { $formatted } 件
job-waiting = Atlassian のレート制限により { $time } まで待機中
job-queue-position = { $count ->
        [0] キュー待機中：次に実行されます
       *[other] キュー待機中：前に { $count } 件のジョブがあります
    }
job-undo-of = このジョブは、以前のジョブを元に戻すためのものです。
job-open-original = 元のジョブを開く
job-undone-by = このジョブは元に戻されました。
job-open-undo = 取り消し用のジョブを開く
job-undone-by-short = 元に戻し済み
job-error = 途中で停止しました：
job-stopped-panic = 内部エラーによりこのジョブは停止しました。まだ処理されていなかったユーザーは変更されていません。
job-stopped-not-admin = このジョブを開始した管理者は、このサーバーの利用を許可された組織管理者ではなくなったため、ジョブは拒否されました。
job-stopped-admin-unconfirmed = このジョブを開始した管理者がまだ組織管理者であることを Atlassian で確認できなかったため、ジョブは拒否されました。
job-cancel = ジョブをキャンセル
job-undo = このジョブを元に戻す
job-results = ユーザーごとの結果
job-filter = 表示
job-filter-all = すべて
job-item-state = 結果
job-steps = ステップ
job-outcome = 理由と Atlassian の応答
job-no-items = この状態のユーザーはいません。
job-atlassian-status = Atlassian の応答：{ $status }
job-request-id = リクエスト ID
job-state-queued = 待機中
job-state-running = 実行中
job-state-cancelling = キャンセル中
job-state-cancelled = キャンセル済み
job-state-finished = 完了
job-state-failed = 失敗
job-item-pending = 待機中
job-item-running = 処理中
job-item-done = 完了
job-item-skipped = スキップ
job-item-failed = 失敗
job-item-unknown = 結果不明
job-item-cancelled = キャンセル済み

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = 自分の監査ログ閲覧を表示
audit-views-hidden = 非表示にしたあなた自身の閲覧：{ $formatted } 件。
audit-views-show = 表示する
audit-chain-verified-through = エントリ #{ $last } までチェーンを検証しました。最後の署名済みチェックポイントは #{ $seq }（{ $time }）です。
audit-chain-verified-through-unsigned = エントリ #{ $last } までチェーンを検証しました。署名済みチェックポイントはまだありません。
audit-job-titled = { $title } · ジョブ { $id }
audit-csv-details-json = 詳細（JSON）
audit-say-via-local = ローカルアカウントでサインインしました。
audit-say-via-atlassian = Atlassian でサインインしました。
audit-say-via-forge = Jira パネルからサインインしました。
audit-say-refused = 拒否：{ $reason }
audit-say-attempts = 失敗した試行：{ $count } 回（{ $since } 以降）。
audit-say-from = 接続元アドレス：{ $address }。
audit-say-session-ended = この管理者は組織管理者ではなくなったため、セッションを終了しました。
audit-say-totp-on = パスワードと認証コードでサインインします。
audit-say-totp-off = パスワードのみでサインインします。
audit-say-setting = { $setting } を { $before } から { $after } に変更しました。
audit-say-secret = { $setting } を置き換えました：旧値の末尾は { $before }、新しい値の末尾は { $after } です。
audit-say-secret-first = { $setting } を設定しました：末尾は { $after } です。
audit-say-nothing = なし
audit-say-yes = はい
audit-say-no = いいえ
audit-say-data-exported = すべてをエクスポートしました：ユーザー { $users } 人、サイズ { $size } KB。
audit-say-data-deleted = 保存されていたすべてを削除しました。ログはここから新しく始まります。
audit-say-erasure-times = { $scheduled } に予約、実行予定は { $due }。
audit-say-erasure-due = 管理者が取り消さない限り、{ $due } にすべて削除されます。
audit-say-erasure-cancelled = { $by } が { $due } に予約した削除を取り消しました。
audit-say-viewed = ログを閲覧しました。
audit-say-filter = フィルター：{ $filter }。
audit-say-audit-export = エクスポートしたエントリ：{ $count } 件。
audit-say-pruned = 保持期間の設定により削除したエントリ：{ $count } 件（すべて { $cutoff } より前）。最後のエントリは #{ $seq } です。
audit-say-users-exported = ユーザー表のビューからエクスポートしたユーザー：{ $count } 人。
audit-say-users-selected = エクスポートした選択中のユーザー：{ $count } 人。
audit-say-job-queued = 計画のユーザー：{ $users } 人、変更：{ $changing } 人、変更なし：{ $skipped } 人。
audit-say-job-cancel = ジョブの停止を依頼しました。処理中のユーザーは完了してから止まります。
audit-say-job-ended = ジョブが終了しました（{ $state }）：{ $counts }。
audit-say-step-intent = これから Atlassian に依頼します：{ $step }。
audit-say-step-failed = 失敗（{ $attempt } 回目）：{ $step }。Atlassian の応答：{ $error }
audit-say-reread-yes = ユーザーを再取得したところ、変更は反映されていました。
audit-say-reread-no = ユーザーを再取得したところ、変更は反映されていませんでした。
audit-say-interrupted = サーバーの再起動で中断され、ユーザーを再取得して確定しました。
audit-say-skip-preflight = 事前確認で変更対象外になりました：{ $reason }。
audit-say-error = エラー：{ $error }
audit-say-exercise = 監査の語彙を確認するために書き込まれました。管理者が行った操作ではありません。

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian から時間内に応答がありませんでした。しばらくしてからもう一度お試しください。
error-invalid-admin_api_key_refused = Atlassian がこのキーを拒否しました。キーが間違っているか、期限切れか、取り消されているか、組織を読み取る権限がありません。admin.atlassian.com で確認してください。
settings-no-answer = Atlassian から { $seconds } 秒以内に応答がありませんでした。しばらくしてからもう一度お試しください。繰り返し起きる場合は、Atlassian 側で障害が起きている可能性があります。
settings-finding-orgs = 組織を検索しています…
settings-orgs-found = このキーで見える組織：{ $count } 件。組織 ID 欄で 1 つ選んでください。
settings-orgs-none = このキーで見える組織はありません。個人の API トークンではなく、組織の管理者 API キーであることを確認してください。
settings-checking = Atlassian への接続を確認しています…
settings-check-col-check = 確認項目
settings-check-col-result = 結果
settings-check-col-detail = 説明
settings-check-result-ok = 正常
settings-check-result-unused = 未使用
settings-check-result-failed = 要対応
settings-check-ok-detail = Atlassian が認証情報を受け入れ、応答しました。
settings-check-status = サポート向けの Atlassian の応答：HTTP { $status }
settings-check-summary = 正常な確認項目：{ $total } 件中 { $working } 件。
settings-check-outcome-timeout = { $seconds } 秒以内に応答がありません：Atlassian が遅いか停止している可能性があります。数分後にもう一度お試しください
settings-check-outcome-rate-limited = Atlassian が現在リクエストを制限しています（短時間のリクエストが多すぎます）。1 分後にもう一度お試しください
settings-check-outcome-server-error = Atlassian 側で問題が起きたため応答できませんでした。後でもう一度お試しください
settings-check-outcome-rejected = Atlassian が送信されたリクエストを拒否しました。詳細はサーバーログにあります
settings-nav-label = 設定のセクション
settings-danger-title = 危険な操作
settings-danger-unlock = DELETE と入力するとボタンが使えるようになります。

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = { $users }を無効化
job-title-reactivate = { $users }を再有効化
job-title-revoke_access = { $users }から { $subjects } を取り消す
job-title-assign_access = { $users }に { $subjects } を割り当てる
job-title-remove_customer = { $users }を { $subjects } から削除
job-title-add_customer = { $users }を { $subjects } に戻す
job-undo-of-job = ジョブ { $job } の取り消し
bulk-plan-disable_account = 無効化（管理対象アカウント）
bulk-plan-enable_account = 再有効化（管理対象アカウント）
bulk-plan-suspend = 組織へのアクセスを停止
bulk-plan-restore = 組織へのアクセスを復元
bulk-plan-leave_group = グループ { $object } から削除
bulk-plan-join_group = グループ { $object } に追加
bulk-plan-revoke_role = { $object } へのアクセスを取り消す
bulk-plan-assign_role = { $object } へのアクセスを付与
bulk-plan-remove_customer = { $object } から削除
bulk-plan-add_customer = { $object } に戻す
bulk-changing = 変更されるユーザー
bulk-change = 変更内容
bulk-search = 名前またはメールアドレスで検索
bulk-search-none = この検索に一致するユーザーはいません。
job-outcome-confirmed = 完了：Atlassian が変更を確認しました
job-outcome-refused = Atlassian が変更を拒否しました
job-outcome-unavailable = Atlassian は現在この変更を受け付けませんでした（混雑中または利用不可）
bulk-their-desks = 以前所属していたサービスデスク

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = 絞り込み
filters-active = 適用中の絞り込み
filter-chip = { $name }：{ $value }
filter-remove = 絞り込みを解除：{ $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = アクセス不可
card-no-access = サインインできないユーザー（停止中または無効）：{ $formatted }
column-places = プロジェクトとスペース
csv-places = プロジェクトとスペース（ロール）
places-more = ほか { $more } 件
export-style = CSV のセル
export-style-readable = 読みやすいラベル
export-style-codes = スクリプト用コード
