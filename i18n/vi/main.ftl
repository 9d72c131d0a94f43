## The language's own name, shown in the language picker.
language-name = Tiếng Việt

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Chuyển đến nội dung
nav-label = Điều hướng chính
nav-dashboard = Bảng điều khiển
nav-users = Người dùng
nav-audit = Nhật ký kiểm tra
nav-settings = Cài đặt
prefs-language = Ngôn ngữ
prefs-theme = Giao diện
prefs-apply = Áp dụng
theme-system = Giao diện hệ thống
theme-light = Giao diện sáng
theme-dark = Giao diện tối
error-title = Đã xảy ra lỗi
error-body = Không thể hiển thị phần này của trang. Hãy tải lại trang để thử lại; nếu lỗi vẫn tiếp diễn, xem chi tiết trong nhật ký máy chủ.

## Dashboard
dashboard-title = Bảng điều khiển
dashboard-empty-title = Chưa có dữ liệu tổ chức
dashboard-empty-body = Hãy kết nối tổ chức Atlassian của bạn trong phần Cài đặt. Sau lần đồng bộ đầu tiên, bảng điều khiển này sẽ hiển thị người dùng, hoạt động của họ và mức sử dụng giấy phép trên Jira, Confluence và Jira Service Management.
dashboard-empty-action = Mở Cài đặt
dashboard-first-sync-title = Đang đọc dữ liệu tổ chức của bạn
dashboard-first-sync-body = Lần đồng bộ đầu tiên đang đọc người dùng, nhóm và quyền truy cập sản phẩm từ Atlassian. Tiến trình được hiển thị ở trên; các số liệu sẽ xuất hiện tại đây ngay khi hoàn tất.
dashboard-first-sync-working = Đang đồng bộ…
dashboard-summary = Tóm tắt
card-total = Tổng số người dùng
card-total-detail = { $org } người dùng tổ chức và { $customers } khách hàng
card-active = Hoạt động gần đây
card-active-detail = Người dùng tổ chức đã dùng một sản phẩm trong { $days } ngày qua
card-inactive = Người dùng không hoạt động
card-customers = Khách hàng JSM
threshold-warning = Không hoạt động từ { $days } ngày trở lên
threshold-overdue = Không hoạt động từ { $days } ngày trở lên
threshold-never = Chưa từng có hoạt động nào được ghi nhận
utilisation-title = Mức sử dụng giấy phép
utilisation-seats = { $used } / { $capacity } suất ({ $percent })
utilisation-near = Sắp hết suất: hãy rà soát người dùng không hoạt động trước khi mua thêm suất.
utilisation-over = Đã dùng hết suất: không thể cấp quyền truy cập cho người dùng mới cho đến khi giải phóng hoặc mua thêm suất.
products-title = Sản phẩm
products-product = Sản phẩm
products-users = Người dùng có quyền truy cập
products-seats = Suất đã dùng
products-cost = Chi phí hằng tháng cho suất không hoạt động
products-cost-hint = Nhập giá mỗi suất để xem chi phí hằng tháng của các suất không hoạt động.
products-cost-set = Đặt giá trong Cài đặt
chart-title = Hoạt động gần nhất
chart-intro = Thời điểm người dùng tổ chức có tài khoản đang hoạt động dùng bất kỳ sản phẩm nào lần gần nhất.
chart-days = { $from }–{ $to } ngày
chart-more-than = Hơn { $days } ngày
chart-table-caption = Hoạt động gần nhất của người dùng tổ chức có tài khoản đang hoạt động
chart-last-active = Hoạt động gần nhất
chart-users = Người dùng
sync-title = Đồng bộ
sync-last = Dữ liệu lúc { $time }: { $formatted } { $count ->
       *[other] tài khoản
    }.
sync-never = Chưa đồng bộ dữ liệu nào.
sync-next = Lần đồng bộ theo lịch tiếp theo: { $time }
sync-incremental = Đã kiểm tra các thay đổi thực hiện trong Atlassian lần gần nhất lúc { $time }: đã cập nhật { $formatted } { $count ->
       *[other] người dùng
    }.
sync-incremental-failed = Kiểm tra các thay đổi thực hiện trong Atlassian lúc { $time } đã thất bại: { $reason }
sync-failed = Lần đồng bộ bắt đầu lúc { $time } đã thất bại: { $reason }
sync-now = Đồng bộ ngay
sync-cancel = Hủy đồng bộ
sync-phase-starting = Đang bắt đầu
sync-phase-collecting = Đang đọc dữ liệu từ Atlassian
sync-phase-indexing = Đang tạo bản chụp dữ liệu
sync-items = Đã đọc { $done } tài khoản
sync-items-of = Đã đọc { $done } / khoảng { $total } tài khoản
sync-waits = { $requests } yêu cầu; { $seconds } giây chờ do giới hạn tốc độ của Atlassian
sync-families = Sản phẩm đã đọc
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Đã đọc đầy đủ
sync-family-partial = Đã đọc một phần
sync-family-not-on-site = Không có trên trang web này
sync-family-not-configured = Chưa đọc: chưa cấu hình tài khoản trang web
sync-family-stale = Lần này không đọc được; đang hiển thị dữ liệu lúc { $time } ({ $reason })
sync-family-unread = Chưa đọc ({ $reason })
sync-part-project = { $count ->
       *[other] { $formatted } dự án
    }
sync-part-seats = Số suất Jira
sync-part-group = { $count ->
       *[other] Thành viên của { $formatted } nhóm
    }
sync-part-desk = { $count ->
       *[other] Khách hàng của { $formatted } bàn dịch vụ
    }
sync-part-jsm-org = { $count ->
       *[other] Thành viên của { $formatted } tổ chức JSM
    }
sync-part-space = { $count ->
       *[other] { $formatted } không gian
    }
sync-skipped-permission = { $what }: không đọc được vì tài khoản trang web cần { $permission }.
sync-skipped-not-offered = { $what }: không đọc được vì trang web này không cung cấp API cần thiết.
sync-skipped-names = Bao gồm: { $names }
permission-administer-projects = quyền dự án “Quản trị dự án” (hoặc “Quản trị Jira”)
permission-administer-jira = quyền toàn cục “Quản trị Jira”
permission-browse-users = quyền toàn cục “Duyệt người dùng và nhóm”
permission-desk-agent = vai trò nhân viên hỗ trợ hoặc quản trị viên của bàn dịch vụ
permission-view-space = quyền không gian “Xem”
sync-history = Các lần đồng bộ gần đây
sync-history-started = Bắt đầu
sync-history-outcome = Kết quả
sync-history-accounts = Tài khoản
sync-history-requests = Yêu cầu
sync-outcome-running = Đang chạy
sync-outcome-complete = Hoàn tất
sync-outcome-failed = Thất bại
sync-outcome-cancelled = Đã hủy

## Users
users-title = Người dùng
users-empty-title = Chưa có người dùng nào để hiển thị
users-empty-body = Người dùng tổ chức, thành viên dự án Jira và không gian Confluence, cùng khách hàng Jira Service Management sẽ xuất hiện tại đây sau lần đồng bộ đầu tiên.
users-loading = Đang tải người dùng…
users-tabs = Nhóm người dùng hiển thị
users-tab-org = Người dùng tổ chức
users-tab-projects = Người dùng dự án
users-tab-customers = Khách hàng JSM
users-tab-all = Tất cả
users-presets = Chế độ xem nhanh
users-preset-inactive = Không hoạt động trên mọi sản phẩm
users-preset-warning = Cảnh báo
users-preset-overdue = Quá hạn
users-preset-never = Chưa từng hoạt động
users-clear-filters = Xóa bộ lọc
users-count = { $count ->
       *[other] { $formatted } người dùng
    }
users-as-of = tính đến { $time }
users-thresholds = · cảnh báo sau { $warning } ngày, quá hạn sau { $overdue } ngày
users-table-caption = Người dùng khớp với bộ lọc
users-no-matches = Không có người dùng nào khớp với các bộ lọc này.
filter-search = Tìm kiếm
filter-search-placeholder = Tên hoặc email
filter-type = Loại tài khoản
filter-product = Sản phẩm
filter-group = Nhóm
filter-project = Dự án hoặc không gian
filter-desk = Bàn dịch vụ hoặc tổ chức khách hàng
filter-active-after = Hoạt động gần nhất từ ngày
filter-active-before = Hoạt động gần nhất trước ngày
filter-status = Trạng thái
filter-inactivity = Mức không hoạt động
filter-any = Bất kỳ
filter-apply = Áp dụng bộ lọc
column-name = Tên
column-email = Email
column-status = Trạng thái
column-account-type = Loại tài khoản
column-products = Sản phẩm
column-groups = Nhóm
column-last-active = Hoạt động gần nhất
column-inactivity = Mức không hoạt động
column-added = Ngày thêm vào tổ chức
column-service-desks = Bàn dịch vụ
column-jsm-organizations = Tổ chức JSM
column-details = Chi tiết
columns-choose = Cột
status-active = Đang hoạt động
status-suspended = Bị tạm ngưng
status-deactivated = Đã hủy kích hoạt
status-pending = Đã mời
class-managed = Được quản lý
class-external = Bên ngoài
class-customer = Khách hàng
class-app = Ứng dụng
inactivity-active = Hoạt động gần đây
inactivity-warning = Cảnh báo
inactivity-overdue = Quá hạn
inactivity-never = Chưa từng hoạt động
never-active = Chưa từng
email-hidden = Bị ẩn theo cài đặt quyền riêng tư của người dùng
org-admin = Quản trị tổ chức
open-in-admin = Mở trong Atlassian Administration
list-more = { $list } +{ $more }
details = Chi tiết
details-for = Chi tiết về { $name }
details-close = Đóng chi tiết
details-missing = Không tìm thấy người dùng
details-account-id = ID tài khoản
details-org-admin = Quản trị viên tổ chức
details-scim = Được cấp phát bởi nhà cung cấp danh tính
details-products = Sản phẩm và hoạt động gần nhất
details-product = Sản phẩm
details-projects = Dự án Jira
details-spaces = Không gian Confluence
details-none = Không có
yes = Có
no = Không
select-page = Chọn mọi người dùng trên trang này
select-user = Chọn { $name }
selection-count = { $count ->
        [0] Chưa chọn người dùng nào
       *[other] Đã chọn { $formatted } người dùng
    }
select-all-matching = Chọn tất cả { $formatted } người dùng khớp
selection-clear = Bỏ chọn
pager-label = Phân trang
pager-previous = Trước
pager-next = Tiếp
pager-position = Trang { $page } / { $pages }
pager-size = Số hàng mỗi trang:
export-matching = Xuất người dùng khớp bộ lọc (CSV)
export-selected = Xuất người dùng đã chọn (CSV)
export-progress = Đang xuất { $done } / { $total } người dùng…
export-cancel = Hủy xuất
export-cancelled = Đã hủy xuất dữ liệu.
export-done = { $count ->
       *[other] Đã xuất { $formatted } người dùng.
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = Nhật ký kiểm tra
audit-empty-title = Chưa có mục nhật ký nào
audit-empty-body = Mọi thao tác của quản trị viên tại đây đều được ghi vào nhật ký này: ai thực hiện, khi nào, với người dùng nào và Atlassian đã phản hồi ra sao.
audit-loading = Đang tải nhật ký kiểm tra…
audit-search-placeholder = Quản trị viên, người dùng, thao tác, chi tiết hoặc ID yêu cầu
audit-filter-from = Từ (ngày theo UTC)
audit-filter-to = Đến (ngày theo UTC)
audit-filter-admin = Quản trị viên
audit-filter-action = Thao tác
audit-filter-outcome = Kết quả
audit-filter-user = Người dùng bị ảnh hưởng
audit-filter-user-placeholder = ID tài khoản, tên hoặc email
audit-count = { $count ->
       *[other] { $formatted } mục
    }
audit-no-matches = Không có mục nào khớp với các bộ lọc này.
audit-table-caption = Các mục nhật ký kiểm tra, mới nhất trước
audit-column-time = Thời gian (UTC)
audit-column-admin = Quản trị viên
audit-column-action = Thao tác
audit-column-user = Người dùng bị ảnh hưởng
audit-column-outcome = Kết quả
audit-column-status = Trạng thái Atlassian
audit-column-request = ID yêu cầu
audit-column-details = Chi tiết
audit-column-entry = Mục
audit-entry-open = Chi tiết mục { $seq }
audit-entry-title = Mục #{ $seq }
audit-job = Tác vụ { $id }
audit-export = Xuất CSV
audit-export-progress = Đang xuất { $done } / { $total } mục…
audit-export-done = { $count ->
       *[other] Đã xuất { $formatted } mục.
    }
audit-chain-broken = Chuỗi băm bị đứt tại mục #{ $seq }: { $reason }
audit-chain-broken-help = Các mục từ mục này trở đi có thể đã bị sửa, xóa hoặc chèn thêm từ bên ngoài User Account Manager. Hãy giữ nguyên cơ sở dữ liệu và so sánh với bản xuất hoặc bản sao lưu gần nhất của bạn.
audit-chain-unchecked = Không thể kiểm tra chuỗi băm.
audit-checkpoints-missing = Thiếu điểm kiểm tra đã ký: tệp điểm kiểm tra không còn chứa điểm kiểm tra của mục #{ $seq } mà máy chủ này đã ghi.
audit-checkpoints-missing-help = Tệp đã bị xóa, bị thay bằng một bản sao cũ hơn hoặc bị cắt ngắn, nên không thể đối chiếu các mục cho đến mục này với chữ ký nữa. Hãy khôi phục tệp từ bản sao của bạn (nhật ký của máy chủ cũng có mọi điểm kiểm tra) và giữ nguyên cơ sở dữ liệu.
audit-action-sign_in = Đăng nhập
audit-action-sign_out = Đăng xuất
audit-action-authn_denied = Từ chối truy cập
audit-action-session_ended = Phiên đã kết thúc
audit-action-local_admin_created = Tạo quản trị viên cục bộ
audit-action-settings_changed = Thay đổi cài đặt
audit-action-secret_replaced = Thay thế thông tin xác thực
audit-action-data_exported = Xuất dữ liệu
audit-action-data_deleted = Xóa dữ liệu
audit-action-audit_viewed = Xem nhật ký kiểm tra
audit-action-audit_export = Xuất nhật ký kiểm tra
audit-action-users_exported = Xuất người dùng
audit-outcome-ok = Thành công
audit-outcome-denied = Bị từ chối
audit-outcome-failed = Thất bại
audit-outcome-intent = Dự định
audit-outcome-skipped = Bỏ qua
audit-outcome-blocked = Bị chặn
audit-action-data_erasure_scheduled = Đã lên lịch xóa toàn bộ dữ liệu
audit-action-data_erasure_cancelled = Đã hủy lịch xóa
audit-action-audit_pruned = Đã loại bỏ các mục kiểm tra cũ
audit-action-bulk_job_queued = Tác vụ hàng loạt đã vào hàng đợi
audit-action-bulk_job_cancel = Đã yêu cầu hủy tác vụ hàng loạt
audit-action-bulk_job_refused = Tác vụ hàng loạt bị từ chối
audit-action-bulk_job_ended = Tác vụ hàng loạt đã kết thúc
audit-action-bulk_deactivate = Hủy kích hoạt hàng loạt
audit-action-bulk_reactivate = Kích hoạt lại hàng loạt
audit-action-bulk_revoke_access = Thu hồi quyền truy cập sản phẩm hàng loạt
audit-action-bulk_assign_access = Cấp quyền truy cập sản phẩm hàng loạt
audit-action-bulk_remove_customer = Xóa khách hàng JSM hàng loạt
audit-action-bulk_undo_deactivate = Hủy kích hoạt hàng loạt (hoàn tác)
audit-action-bulk_undo_reactivate = Kích hoạt lại hàng loạt (hoàn tác)
audit-action-bulk_undo_revoke_access = Thu hồi quyền truy cập sản phẩm hàng loạt (hoàn tác)
audit-action-bulk_undo_assign_access = Cấp quyền truy cập sản phẩm hàng loạt (hoàn tác)
audit-action-bulk_undo_remove_customer = Xóa khách hàng JSM hàng loạt (hoàn tác)
audit-outcome-refused = Không thực hiện
audit-outcome-unknown = Không rõ kết quả
audit-outcome-not_sent = Chưa gửi
audit-outcome-reread = Đã xác nhận bằng cách đọc lại
audit-outcome-queued = Trong hàng đợi
audit-outcome-running = Đang chạy
audit-outcome-cancelling = Đang hủy
audit-outcome-cancelled = Đã hủy
audit-outcome-finished = Đã hoàn tất
audit-csv-seq = Mục
audit-csv-time = Thời gian (UTC)
audit-csv-actor = ID quản trị viên
audit-csv-actor-name = Tên quản trị viên
audit-csv-auth-via = Đăng nhập bằng
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Bản cài đặt bảng Jira
audit-csv-action = Thao tác
audit-csv-target = Đối tượng
audit-csv-target-name = Tên người dùng bị ảnh hưởng
audit-csv-target-email = Email người dùng bị ảnh hưởng
audit-csv-outcome = Kết quả
audit-csv-atlassian-status = Trạng thái Atlassian
audit-csv-request-id = ID yêu cầu
audit-csv-job-id = Tác vụ
audit-csv-details = Chi tiết
audit-csv-prev-hash = Mã băm trước
audit-csv-hash = Mã băm
audit-filter-source = Nguồn
audit-source-both = Ứng dụng này và Atlassian
audit-source-app = Ứng dụng này
audit-source-atlassian = Atlassian
audit-atlassian-note = Do Atlassian báo cáo; không thuộc chuỗi băm của ứng dụng này.
audit-event-open = Chi tiết sự kiện Atlassian { $seq }
audit-event-title = Sự kiện Atlassian số { $seq }
audit-csv-source = Nguồn
audit-csv-event-id = ID sự kiện Atlassian
audit-csv-ip = Địa chỉ IP
audit-csv-product = Sản phẩm
audit-action-user_deactivated = Đã vô hiệu hóa người dùng
audit-action-user_reactivated = Đã kích hoạt lại người dùng
audit-action-user_access_suspended = Đã tạm ngưng quyền truy cập của người dùng
audit-action-user_access_restored = Đã khôi phục quyền truy cập của người dùng
audit-action-user_added_to_group = Đã thêm người dùng vào nhóm
audit-action-user_removed_from_group = Đã xóa người dùng khỏi nhóm
audit-action-group_granted_role = Đã cấp vai trò sản phẩm cho nhóm
audit-action-group_revoked_role = Đã thu hồi vai trò sản phẩm của nhóm
audit-action-user_granted_role = Đã cấp vai trò sản phẩm cho người dùng
audit-action-user_revoked_role = Đã thu hồi vai trò sản phẩm của người dùng
audit-action-added_org_admin = Đã thêm quản trị viên tổ chức
audit-action-removed_org_admin = Đã xóa quản trị viên tổ chức
audit-action-service_desk_customer_added = Đã thêm khách hàng của service desk
audit-action-service_desk_customer_removed = Đã xóa khách hàng của service desk
audit-action-project_role_actor_added = Đã thêm vào vai trò dự án
audit-action-project_role_actor_removed = Đã xóa khỏi vai trò dự án

## Settings
settings-title = Cài đặt


settings-api-key-docs = Cách tạo khóa Admin API

## Not found
not-found-title = Không tìm thấy trang
not-found-body = Không có trang nào tại địa chỉ này. Có thể liên kết bị gõ sai hoặc trang đã được chuyển đi.
not-found-action = Đến bảng điều khiển

## Demo mode
demo-badge = Tổ chức minh họa
demo-banner = { $org } là tổ chức mô phỏng, nên bạn có thể thoải mái khám phá: không có gì ở đây tác động đến tài khoản Atlassian thật.
demo-connect = Kết nối tổ chức của bạn

## Errors a request can end in
error-unauthorized = Phiên của bạn đã kết thúc. Hãy đăng nhập lại để tiếp tục.
error-forbidden = Chỉ quản trị viên tổ chức mới có thể thực hiện thao tác này.
error-not-found = Mục này không còn tồn tại. Có thể mục đã bị xóa trong Atlassian.
error-invalid-input = Một số thông tin bạn nhập không hợp lệ. Hãy kiểm tra các trường được đánh dấu.
error-atlassian-unavailable = Atlassian hiện không phản hồi. Hãy thử lại sau vài phút.
error-sync-running = Đang có một lần đồng bộ chạy. Hãy chờ hoàn tất hoặc hủy lần đồng bộ đó trước.
error-no-snapshot = Chưa đồng bộ dữ liệu nào. Lần đồng bộ đầu tiên sẽ tự bắt đầu và có thể mất vài phút.
error-transport = Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối và thử lại.
error-internal = Đã xảy ra lỗi trên máy chủ. Xem chi tiết trong nhật ký máy chủ.
error-payload-too-large = Yêu cầu này lớn hơn mức máy chủ chấp nhận nên không có gì được thực hiện. Hãy gửi ít hơn mỗi lần, ví dụ ít mục hơn.
error-timeout = Máy chủ đã dừng yêu cầu này vì mất quá nhiều thời gian. Hãy thử lại sau giây lát hoặc yêu cầu ít hơn mỗi lần.

## CSV export column headers
csv-name = Tên
csv-email = Email
csv-status = Trạng thái
csv-account-type = Loại tài khoản
csv-products = Sản phẩm
csv-product-last-active = Hoạt động gần nhất theo sản phẩm
csv-last-active = Hoạt động gần nhất
csv-groups = Nhóm
csv-inactivity = Mức không hoạt động
csv-service-desks = Bàn dịch vụ
csv-jsm-organizations = Tổ chức JSM

## Signing in
login-title = Đăng nhập
login-intro = Chỉ quản trị viên tổ chức mới có thể sử dụng User Account Manager.
login-atlassian = Đăng nhập bằng Atlassian
login-demo-admins = Trong bản minh họa này, các tài khoản mô phỏng sau là quản trị viên tổ chức. Hãy chọn một trong số đó trên trang đăng nhập Atlassian mô phỏng; mọi tài khoản khác đều bị từ chối.
login-local-title = Tài khoản quản trị cục bộ
login-login = Tên đăng nhập
login-password = Mật khẩu
login-totp = Mã từ ứng dụng xác thực
login-totp-hint = Chỉ khi tài khoản của bạn dùng ứng dụng xác thực.
login-submit = Đăng nhập
login-setup-pending = Chưa có tài khoản quản trị cục bộ nào. Khi khởi động, máy chủ đã in ra một liên kết thiết lập dùng một lần để tạo tài khoản đầu tiên; lệnh uam admin create cũng có tác dụng tương tự.
login-signed-out = Bạn đã đăng xuất.
login-refused-title = Đăng nhập bị từ chối
login-back = Quay lại trang đăng nhập
login-error-invalid = Tên đăng nhập, mật khẩu hoặc mã từ ứng dụng xác thực không đúng.
login-error-locked = Quá nhiều lần thử không thành công. Hãy chờ 15 phút rồi thử lại.
login-error-totp = Thiếu mã từ ứng dụng xác thực hoặc mã không đúng.
login-error-not-admin = Tài khoản Atlassian này không phải là quản trị viên của tổ chức này, hoặc không có trong danh sách quản trị viên được phép dùng máy chủ này.
login-error-unavailable = Hiện không thể đăng nhập: Atlassian hoặc cơ sở dữ liệu của máy chủ không phản hồi. Hãy thử lại sau một phút.
login-error-state = Phiên đăng nhập này đã hết hạn, đã được sử dụng hoặc được bắt đầu trên trình duyệt khác. Hãy bắt đầu lại từ trang đăng nhập.
login-error-setup-link = Liên kết thiết lập này đã hết hạn hoặc đã được sử dụng. Hãy khởi động lại máy chủ để in liên kết mới, hoặc tạo quản trị viên bằng lệnh uam admin create.
login-error-setup-input = Hãy kiểm tra các trường: tên đăng nhập không có dấu cách, tên đã được điền, mật khẩu có ít nhất 12 ký tự và hai mật khẩu trùng khớp.
login-error-expired = Phiên của bạn đã kết thúc. Hãy đăng nhập lại.

## First-run set-up
setup-title = Tạo tài khoản quản trị đầu tiên
setup-intro = Tài khoản này đăng nhập bằng mật khẩu riêng. Hãy giữ nó làm tài khoản khẩn cấp: sau khi thiết lập kết nối Atlassian, quản trị viên tổ chức sẽ đăng nhập bằng Atlassian.
setup-login = Tên đăng nhập (địa chỉ email hoặc tên ngắn)
setup-name = Tên của bạn
setup-password = Mật khẩu (ít nhất 12 ký tự)
setup-password-again = Nhập lại mật khẩu
setup-totp-title = Ứng dụng xác thực
setup-totp-optional = Khuyến nghị: quét mã này bằng ứng dụng xác thực và nhập mã mà ứng dụng hiển thị. Để trống ô mã nếu muốn bỏ qua.
setup-totp-required = Máy chủ này yêu cầu ứng dụng xác thực: hãy quét mã này bằng ứng dụng và nhập mã mà ứng dụng hiển thị.
setup-totp-key = Hoặc nhập thủ công khóa này:
setup-totp-qr = Mã QR cho ứng dụng xác thực
setup-totp-code = Mã từ ứng dụng
setup-submit = Tạo tài khoản và đăng nhập

## The signed-in admin
account-via-local = Tài khoản cục bộ
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = qua Jira
account-sign-out = Đăng xuất

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Đang mở User Account Manager…
embed-expired = Phiên làm việc của bảng này đã kết thúc. Hãy mở lại User Account Manager từ trang quản trị Jira để tiếp tục.
embed-refused = Chỉ quản trị viên của tổ chức này mới có thể sử dụng User Account Manager trong Jira, và chỉ khi máy chủ cho phép tài khoản của họ.
embed-unavailable = User Account Manager hiện không thể xác nhận quyền truy cập của bạn: Atlassian hoặc máy chủ không phản hồi. Hãy thử lại sau một phút.

## Settings page
settings-saved = Đã lưu.
settings-save = Lưu
settings-set-by-env = Được đặt bởi biến môi trường; hãy thay đổi tại nơi cấu hình máy chủ.
settings-connection-title = Kết nối Atlassian
settings-connection-demo = Đang hiển thị { $org }, tổ chức minh họa mô phỏng. Hãy kết nối tổ chức của bạn ở bên dưới.
settings-connection-env = Đã kết nối với tổ chức { $org }, được cấu hình bởi môi trường của máy chủ.
settings-connection-saved = Đã kết nối với tổ chức { $org }.
settings-connection-pending = Kết nối đã lưu sẽ được dùng từ lần khởi động tiếp theo của máy chủ. Hãy khởi động lại máy chủ để kết nối với tổ chức này.
settings-admin-key = Khóa Admin API
settings-key-placeholder = Dán khóa mới để thay thế khóa đã lưu
settings-key-write-only = Chỉ ghi: khóa được lưu ở dạng mã hóa và sẽ không bao giờ hiển thị lại.
settings-key-expiry = Ngày hết hạn của khóa
settings-key-expires = Hết hạn vào { $date }.
settings-key-expires-soon = Hết hạn vào { $date }, còn { $days } ngày. Hãy tạo khóa mới trong Atlassian và dán vào đây trước thời điểm đó.
settings-key-expired = Đã hết hạn vào { $date }. Việc đồng bộ và các thao tác sẽ thất bại cho đến khi lưu khóa mới.
settings-secret-set = kết thúc bằng …{ $hint }, do { $by } đặt vào { $at }
settings-secret-unset = chưa đặt
settings-org = ID tổ chức
settings-find-orgs = Tìm tổ chức
settings-site-title = Jira, Confluence và Jira Service Management
settings-site-body = Vai trò dự án, thành viên không gian, khách hàng và suất Jira được đọc qua trang web bằng email và mã thông báo API của một tài khoản.
settings-site-url = URL trang web
settings-site-email = Email tài khoản
settings-site-token = Mã thông báo API
settings-site-token-again = Hãy nhập lại mã thông báo mỗi khi bạn thay đổi URL trang web hoặc email.
settings-test-connection = Kiểm tra kết nối
settings-check-admin-key = Khóa Admin API
settings-check-org = Tổ chức
settings-check-directory = Người dùng và nhóm
settings-check-site = Trang web
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = bị từ chối: khóa hoặc mã thông báo sai, đã hết hạn hoặc đã bị thu hồi
settings-check-outcome-forbidden = bị từ chối: thông tin xác thực thiếu quyền (phạm vi) cần thiết
settings-check-outcome-not-found = không tìm thấy: hãy kiểm tra ID tổ chức hoặc URL trang web
settings-check-outcome-unreachable = Atlassian không phản hồi; hãy thử lại sau
settings-check-outcome-not-configured = chưa cấu hình
settings-check-outcome-not-on-site = không có trên trang web này (trang web không có sản phẩm này)
settings-prices-title = Giá giấy phép
settings-prices-body = Không bắt buộc. Nhập giá mỗi tháng của một suất cho từng sản phẩm, bảng điều khiển sẽ hiển thị chi phí cho các suất của người dùng không hoạt động. Để trống sản phẩm nào thì sản phẩm đó sẽ không được tính.
settings-currency = Đơn vị tiền tệ (mã ISO, ví dụ USD hoặc EUR)
settings-thresholds-title = Ngưỡng không hoạt động
settings-thresholds-body = Người dùng không hoạt động lâu hơn ngưỡng cảnh báo sẽ được đánh dấu “cảnh báo”; lâu hơn ngưỡng quá hạn sẽ được đánh dấu “quá hạn”. Ngưỡng quá hạn phải dài hơn ngưỡng cảnh báo.
settings-warning-days = Cảnh báo sau (ngày)
settings-overdue-days = Quá hạn sau (ngày)
settings-protected-title = Tài khoản được bảo vệ
settings-protected-body = Thao tác hàng loạt không bao giờ hủy kích hoạt hoặc gỡ quyền truy cập của các tài khoản này. Nhập địa chỉ email, toàn bộ tên miền theo dạng *@example.com hoặc ID tài khoản Atlassian. Quản trị viên tổ chức và chính bạn luôn được bảo vệ.
settings-protected-add = Thêm địa chỉ email, tên miền hoặc ID tài khoản (có thể dán nhiều mục, phân tách bằng dấu phẩy, dấu cách hoặc xuống dòng)
settings-protected-add-button = Thêm
settings-protected-search = Tìm tài khoản được bảo vệ
settings-protected-count = { $count } mục được bảo vệ
settings-protected-remove = Gỡ bỏ
settings-schedule-title = Lịch đồng bộ và thời gian lưu nhật ký kiểm tra
settings-sync-interval = Số giờ giữa các lần đồng bộ
settings-sync-interval-hint = 0 sẽ tắt đồng bộ theo lịch; “Đồng bộ ngay” vẫn hoạt động.
settings-retention = Lưu các mục nhật ký kiểm tra trong (ngày)
settings-retention-hint = Ít nhất 180 ngày (bằng nhật ký kiểm tra của chính Atlassian), tối đa 3650; 0 là lưu vĩnh viễn.
error-invalid-entries = Các mục sau không phải địa chỉ email hoặc mục dạng *@tên-miền, nên chưa có gì được lưu:
settings-data-title = Dữ liệu của bạn
settings-data-export-body = Tải xuống mọi thứ User Account Manager lưu trữ dưới dạng một tệp lưu trữ: cài đặt (không kèm thông tin bí mật), tài khoản quản trị cục bộ (không kèm mật khẩu), lịch sử đồng bộ, nhật ký kiểm tra và bản chụp dữ liệu hiện tại về người dùng của bạn. Việc xuất dữ liệu được ghi vào nhật ký kiểm tra.
settings-data-export = Xuất tất cả
settings-data-delete-body = Xóa mọi thứ User Account Manager lưu trữ: cài đặt, khóa và mã thông báo đã lưu, tài khoản quản trị cục bộ, phiên, bản chụp dữ liệu và nhật ký kiểm tra. Không có gì thay đổi trong Atlassian. Thao tác này không thể hoàn tác; hãy xuất dữ liệu trước nếu bạn có thể cần đến.
settings-data-delete-confirm = Nhập DELETE để xác nhận
settings-data-delete = Xóa tất cả
settings-data-not-confirmed = Chưa xóa gì: hãy nhập chính xác DELETE để xác nhận.
settings-data-sync-running = Chưa xóa gì: đang có một lần đồng bộ chạy. Hãy hủy hoặc chờ hoàn tất rồi thử lại.
settings-data-export-failed = Xuất dữ liệu thất bại. Xem chi tiết trong nhật ký máy chủ.
settings-data-delete-failed = Xóa thất bại; chưa có gì bị xóa. Xem chi tiết trong nhật ký máy chủ.
error-reauth-failed = Mật khẩu hoặc mã xác thực không đúng. Chưa có gì được lên lịch.
error-reauth-stale = Trước tiên, hãy xác nhận đó là bạn: đăng nhập lại bằng Atlassian, rồi xóa trong vòng 5 phút.
error-panel-refused = Không thể thực hiện việc này từ bảng Jira. Hãy mở User Account Manager trong một thẻ trình duyệt riêng.
error-erasure-pending = Việc xóa toàn bộ dữ liệu đã được lên lịch. Hãy hủy trước, hoặc đợi đến khi nó chạy.
settings-data-delete-delay = Không có gì bị xóa ngay: việc xóa diễn ra { $hours } giờ sau khi bạn xác nhận. Cho đến lúc đó, mọi quản trị viên đều thấy nó trên bảng điều khiển và có thể hủy. Một bản ghi đã ký về nhật ký kiểm tra bị xóa được giữ lại.
settings-data-reauth-atlassian = Bạn đã đăng nhập bằng Atlassian hơn 5 phút trước. Để xác nhận đó là bạn, hãy đăng nhập lại, rồi xóa trong vòng 5 phút.
settings-data-reauth-fresh = Bạn đã đăng nhập bằng Atlassian chưa đến 5 phút trước, điều này xác nhận đó là bạn.
settings-data-scheduled = Việc xóa toàn bộ dữ liệu đã được lên lịch. Trước khi nó chạy, bất kỳ quản trị viên nào cũng có thể hủy tại đây hoặc trên bảng điều khiển.
erasure-title = Toàn bộ dữ liệu sẽ bị xóa
erasure-body = { $name } đã lên lịch vào { $scheduled } việc xóa mọi thứ User Account Manager lưu trữ, bao gồm cả nhật ký kiểm tra. Việc xóa sẽ chạy vào { $due } trừ khi một quản trị viên hủy.
erasure-cancel = Hủy việc xóa
erasure-cancelled = Đã hủy việc xóa. Chưa có gì bị xóa.
erasure-cancel-failed = Không thể hủy việc xóa. Xem chi tiết trong nhật ký máy chủ.
login-deleted = Đã xóa mọi thứ. Máy chủ đã in ra một liên kết thiết lập mới để tạo lại tài khoản quản trị đầu tiên.
error-invalid-org_id = ID tổ chức bị thiếu hoặc không hợp lệ: đó là ID trong admin.atlassian.com/o/<ID>/…, gồm chữ cái, chữ số và dấu gạch ngang.
error-invalid-admin_api_key = Hãy dán một khóa Admin API: chưa có khóa nào được lưu cho tổ chức này.
error-invalid-site = Trang web cần có đủ URL, email tài khoản và mã thông báo API của tài khoản đó.
error-invalid-site_url = URL trang web không hợp lệ: URL có dạng https://your-site.atlassian.net.
error-invalid-site_host = Chỉ chấp nhận các trang web https://your-site.atlassian.net: mã thông báo API không được gửi tới bất kỳ máy chủ nào khác. Máy chủ khác phải được người vận hành máy chủ cho phép trước (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = URL trang web hoặc email tài khoản mới cần nhập lại mã thông báo API: hãy dán mã thông báo của tài khoản đó cho trang web này.
error-invalid-site_email = Email tài khoản không phải là địa chỉ email hợp lệ.
error-invalid-thresholds = Cả hai ngưỡng phải là số ngày nguyên, và ngưỡng quá hạn phải dài hơn ngưỡng cảnh báo.
error-invalid-schedule = Hãy nhập số nguyên: số giờ giữa các lần đồng bộ và số ngày lưu nhật ký kiểm tra.
error-invalid-sync_interval_hours = Số giờ giữa các lần đồng bộ phải là 0 (tắt) hoặc từ 1 đến 168.
error-invalid-audit_retention_days = Lưu các mục nhật ký kiểm tra 0 ngày (vĩnh viễn) hoặc từ 180 đến 3650 ngày.
error-invalid-seat_prices = Hãy nhập mã tiền tệ gồm ba chữ cái và giá từ 0 đến 100000, dùng chữ số và dấu chấm thập phân.
login-atlassian-off = Tính năng đăng nhập bằng Atlassian chưa được thiết lập trên máy chủ này. Người vận hành máy chủ có thể thiết lập bằng một ứng dụng OAuth (UAM_OAUTH_CLIENT_ID và UAM_OAUTH_CLIENT_SECRET); trong lúc chờ, hãy đăng nhập bằng tài khoản quản trị cục bộ.

## Bulk actions
bulk-title = Thao tác hàng loạt
bulk-undo-title = Hoàn tác tác vụ này
bulk-actions = Thao tác…
bulk-actions-user = Thao tác cho người dùng này…
bulk-choose = Việc cần làm
bulk-action-deactivate = Hủy kích hoạt
bulk-action-reactivate = Kích hoạt lại
bulk-action-revoke_access = Thu hồi quyền truy cập sản phẩm
bulk-action-assign_access = Cấp quyền truy cập sản phẩm
bulk-action-remove_customer = Xóa khách hàng JSM
bulk-every-desk = mọi bàn dịch vụ
bulk-products = Sản phẩm
bulk-desks = Bàn dịch vụ
bulk-desks-hint = Không chọn bàn nào để xóa khách hàng khỏi mọi bàn dịch vụ mà họ tham gia.
bulk-check = Kiểm tra đối tượng bị ảnh hưởng
bulk-cancel = Hủy
bulk-checking = Đang đối chiếu từng người dùng với Atlassian…
bulk-starting = Đang bắt đầu tác vụ…
bulk-count-changing = { $count ->
       *[other] { $formatted } người dùng sẽ được thay đổi
    }
bulk-count-already = { $count ->
       *[other] { $formatted } người dùng đã ở trạng thái đó
    }
bulk-count-cannot = { $count ->
       *[other] { $formatted } người dùng không thể thay đổi
    }
bulk-how = Cách thực hiện
bulk-method-disable_account = { $count ->
       *[other] Hủy kích hoạt { $formatted } tài khoản (do tổ chức quản lý: API vòng đời quản lý người dùng)
    }
bulk-method-enable_account = { $count ->
       *[other] Kích hoạt lại { $formatted } tài khoản (do tổ chức quản lý: API vòng đời quản lý người dùng)
    }
bulk-method-suspend = { $count ->
       *[other] { $formatted } người dùng mất quyền truy cập vào tổ chức (tạm ngưng: tổ chức không quản lý các tài khoản này)
    }
bulk-method-restore = { $count ->
       *[other] { $formatted } người dùng được khôi phục quyền truy cập vào tổ chức (khôi phục: tổ chức không quản lý các tài khoản này)
    }
bulk-method-leave_group = { $count ->
       *[other] { $formatted } người dùng bị xóa khỏi các nhóm cấp quyền truy cập sản phẩm
    }
bulk-method-join_group = { $count ->
       *[other] { $formatted } người dùng được thêm vào một nhóm cấp quyền truy cập sản phẩm
    }
bulk-method-revoke_role = { $count ->
       *[other] { $formatted } người dùng mất vai trò sản phẩm được gán trực tiếp
    }
bulk-method-assign_role = { $count ->
       *[other] { $formatted } người dùng được gán trực tiếp vai trò sản phẩm
    }
bulk-method-remove_customer = { $count ->
       *[other] { $formatted } khách hàng bị xóa khỏi bàn dịch vụ
    }
bulk-method-add_customer = { $count ->
       *[other] { $formatted } khách hàng được thêm lại vào bàn dịch vụ
    }
bulk-nothing = Không có gì để thay đổi: mọi người dùng đã chọn đều đã ở trạng thái đó hoặc không thể thay đổi.
bulk-skipped = Giữ nguyên
bulk-skipped-more = …và { $count } người dùng khác.
bulk-reason = Lý do
bulk-type-to-confirm = Nhập { $count } để xác nhận
bulk-presets = Thao tác dọn dẹp
bulk-preset-overdue = Hủy kích hoạt mọi người dùng quá hạn
bulk-preset-revoke = Thu hồi { $product } của người dùng không hoạt động trong sản phẩm này { $days } ngày
bulk-skip-already_done = Đã ở trạng thái đó
bulk-skip-protected = Được bảo vệ trong Cài đặt
bulk-skip-org_admin = Quản trị viên tổ chức: không bao giờ bị thay đổi bởi thao tác hàng loạt
bulk-skip-acting_admin = Tài khoản của chính bạn: không bao giờ bị thay đổi bởi thao tác hàng loạt của bạn
bulk-skip-identity_provider = Được cấp phát bởi nhà cung cấp danh tính (SCIM), nơi quản lý quyền truy cập của tài khoản này
bulk-skip-lookup_failed = Không thể hỏi Atlassian về trạng thái hiện tại của người dùng này, nên không thực hiện gì để tránh rủi ro
bulk-skip-not_found = Atlassian không còn nhận ra tài khoản này
bulk-skip-not_applicable = Thao tác này không áp dụng cho loại tài khoản này
bulk-skip-no_way = Quyền truy cập đến từ một nguồn mà công cụ này không thể thay đổi
bulk-skip-direct_role_unavailable = Được cấp trực tiếp và tổ chức này không cung cấp API của Atlassian cho vai trò sản phẩm trực tiếp (khả dụng hạn chế), nên không thay đổi gì
bulk-step-disable_account = Đã hủy kích hoạt tài khoản
bulk-step-enable_account = Đã kích hoạt lại tài khoản
bulk-step-suspend = Đã tạm ngưng quyền truy cập vào tổ chức
bulk-step-restore = Đã khôi phục quyền truy cập vào tổ chức
bulk-step-leave_group = Đã xóa khỏi nhóm { $object }
bulk-step-join_group = Đã thêm vào nhóm { $object }
bulk-step-revoke_role = Đã thu hồi vai trò { $object }
bulk-step-assign_role = Đã gán vai trò { $object }
bulk-step-remove_customer = Đã xóa khỏi danh sách khách hàng của { $object }
bulk-step-add_customer = Đã thêm làm khách hàng của { $object }

## Jobs
nav-jobs = Tác vụ
jobs-title = Tác vụ
jobs-intro = Thao tác hàng loạt chạy dưới dạng tác vụ trên máy chủ: tác vụ vẫn tiếp tục khi bạn đóng tab, mọi quản trị viên đều thấy được, và mỗi lần chỉ chạy một tác vụ trong khi các tác vụ khác chờ đến lượt.
jobs-loading = Đang tải tác vụ…
jobs-empty-title = Chưa có tác vụ nào
jobs-empty-body = Các thao tác hàng loạt bắt đầu từ trang Người dùng hoặc bảng điều khiển sẽ xuất hiện tại đây, kèm tiến độ và kết quả của từng người dùng.
jobs-caption = Tác vụ thao tác hàng loạt, mới nhất trước
job-title = Tác vụ
job-back = Tất cả tác vụ
job-loading = Đang tải tác vụ…
job-action = Thao tác
job-state = Trạng thái
job-progress = Tiến độ
job-started-by = Người bắt đầu
job-created = Ngày tạo
job-started = Bắt đầu
job-finished = Kết thúc
job-counts = { $done } xong, { $skipped } bỏ qua, { $failed } thất bại trên tổng { $total }
job-count-done = { $formatted } xong
job-count-skipped = { $formatted } bỏ qua
job-count-failed = { $formatted } thất bại
job-count-unknown = { $formatted } bị gián đoạn, không rõ kết quả
job-count-cancelled = { $formatted } chưa được xử lý (đã hủy)
job-count-pending = { $formatted } đang chờ
job-waiting = Đang chờ giới hạn tốc độ của Atlassian đến { $time }
job-queue-position = { $count ->
        [0] Trong hàng đợi: kế tiếp
       *[other] Trong hàng đợi: còn { $count } tác vụ phía trước
    }
job-undo-of = Tác vụ này hoàn tác một tác vụ trước đó.
job-open-original = Mở tác vụ gốc
job-undone-by = Tác vụ này đã được hoàn tác.
job-open-undo = Mở tác vụ hoàn tác
job-undone-by-short = đã hoàn tác
job-error = Đã dừng sớm:
job-stopped-panic = một lỗi nội bộ đã dừng tác vụ này. Những người dùng chưa được xử lý vẫn giữ nguyên.
job-stopped-not-admin = quản trị viên đã bắt đầu tác vụ không còn là quản trị viên tổ chức được phép dùng máy chủ này nên tác vụ đã bị từ chối.
job-stopped-admin-unconfirmed = Atlassian không thể xác nhận quản trị viên đã bắt đầu tác vụ vẫn là quản trị viên tổ chức nên tác vụ đã bị từ chối.
job-cancel = Hủy tác vụ
job-undo = Hoàn tác tác vụ này
job-results = Kết quả theo người dùng
job-filter = Hiển thị
job-filter-all = Tất cả
job-item-state = Kết quả
job-steps = Các bước
job-outcome = Lý do và phản hồi của Atlassian
job-no-items = Không có người dùng nào ở trạng thái này.
job-atlassian-status = Atlassian phản hồi { $status }
job-request-id = ID yêu cầu
job-state-queued = Trong hàng đợi
job-state-running = Đang chạy
job-state-cancelling = Đang hủy
job-state-cancelled = Đã hủy
job-state-finished = Đã hoàn tất
job-state-failed = Thất bại
job-item-pending = Đang chờ
job-item-running = Đang xử lý
job-item-done = Xong
job-item-skipped = Đã bỏ qua
job-item-failed = Thất bại
job-item-unknown = Không rõ kết quả
job-item-cancelled = Đã hủy

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian không trả lời kịp thời. Hãy thử lại sau giây lát.
error-invalid-admin_api_key_refused = Atlassian đã từ chối khóa này: khóa sai, đã hết hạn hoặc bị thu hồi, hoặc không được phép đọc tổ chức. Hãy kiểm tra tại admin.atlassian.com.
settings-no-answer = Atlassian không trả lời trong vòng { $seconds } giây. Hãy thử lại sau giây lát; nếu vẫn tiếp diễn, Atlassian có thể đang gặp sự cố.
settings-finding-orgs = Đang tìm tổ chức…
settings-orgs-found = Số tổ chức khóa này thấy được: { $count }. Hãy chọn một tổ chức trong trường ID tổ chức.
settings-orgs-none = Khóa này không thấy tổ chức nào. Hãy kiểm tra rằng đó là khóa Admin API của tổ chức, không phải mã API cá nhân.
settings-checking = Đang kiểm tra kết nối với Atlassian…
settings-check-col-check = Mục kiểm tra
settings-check-col-result = Kết quả
settings-check-col-detail = Ý nghĩa
settings-check-result-ok = Hoạt động
settings-check-result-unused = Không dùng
settings-check-result-failed = Cần xử lý
settings-check-ok-detail = Atlassian đã chấp nhận thông tin xác thực và trả lời.
settings-check-status = Câu trả lời của Atlassian, dành cho bộ phận hỗ trợ: HTTP { $status }
settings-check-summary = Số mục kiểm tra hoạt động: { $working } trên { $total }.
settings-check-outcome-timeout = không có câu trả lời trong vòng { $seconds } giây: Atlassian có thể chậm hoặc ngừng hoạt động; hãy thử lại sau vài phút
settings-check-outcome-rate-limited = Atlassian đang giới hạn yêu cầu (quá nhiều trong thời gian ngắn); hãy thử lại sau một phút
settings-check-outcome-server-error = Atlassian gặp sự cố ở phía họ và không thể trả lời; hãy thử lại sau
settings-check-outcome-rejected = Atlassian đã từ chối yêu cầu như đã gửi; nhật ký máy chủ có chi tiết
settings-nav-label = Các phần của cài đặt
settings-danger-title = Vùng nguy hiểm
settings-danger-unlock = Nút sẽ dùng được sau khi nhập DELETE.

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Hiện các lần tôi xem nhật ký
audit-views-hidden = Các lần bạn tự xem nhật ký, đã ẩn: { $formatted }.
audit-views-show = Hiện
audit-chain-verified-through = Đã xác minh chuỗi đến mục #{ $last }, điểm kiểm tra đã ký gần nhất #{ $seq } lúc { $time }.
audit-chain-verified-through-unsigned = Đã xác minh chuỗi đến mục #{ $last }, chưa có điểm kiểm tra đã ký.
audit-job-titled = { $title } · tác vụ { $id }
audit-csv-details-json = Chi tiết (JSON)
audit-say-via-local = Đăng nhập bằng tài khoản cục bộ.
audit-say-via-atlassian = Đăng nhập bằng Atlassian.
audit-say-via-forge = Đăng nhập từ bảng điều khiển Jira.
audit-say-refused = Bị từ chối: { $reason }
audit-say-attempts = Số lần thử thất bại: { $count }, kể từ { $since }.
audit-say-from = Từ địa chỉ { $address }.
audit-say-session-ended = Quản trị viên không còn là quản trị viên tổ chức nên phiên đã bị đóng.
audit-say-totp-on = Đăng nhập bằng mật khẩu và mã xác thực.
audit-say-totp-off = Chỉ đăng nhập bằng mật khẩu.
audit-say-setting = Đã đổi { $setting } từ { $before } thành { $after }.
audit-say-secret = Đã thay { $setting }: giá trị cũ kết thúc bằng { $before }, giá trị mới kết thúc bằng { $after }.
audit-say-secret-first = Đã đặt { $setting }: kết thúc bằng { $after }.
audit-say-nothing = không có
audit-say-yes = có
audit-say-no = không
audit-say-data-exported = Đã xuất mọi thứ: người dùng: { $users }, dung lượng: { $size } KB.
audit-say-data-deleted = Đã xóa mọi thứ được lưu; nhật ký bắt đầu lại từ đây.
audit-say-erasure-times = Lên lịch lúc { $scheduled }, đến hạn lúc { $due }.
audit-say-erasure-due = Mọi thứ sẽ bị xóa lúc { $due } trừ khi quản trị viên hủy.
audit-say-erasure-cancelled = Đã hủy việc xóa mà { $by } đã lên lịch cho { $due }.
audit-say-viewed = Đã xem nhật ký.
audit-say-filter = Bộ lọc: { $filter }.
audit-say-audit-export = Số mục đã xuất: { $count }.
audit-say-pruned = Số mục bị xóa theo thời hạn lưu giữ: { $count }, tất cả cũ hơn { $cutoff }; mục cuối là #{ $seq }.
audit-say-users-exported = Số người dùng đã xuất từ một chế độ xem của bảng người dùng: { $count }.
audit-say-users-selected = Số người dùng đã chọn được xuất: { $count }.
audit-say-job-queued = Người dùng trong kế hoạch: { $users }; sẽ thay đổi: { $changing }; giữ nguyên: { $skipped }.
audit-say-job-cancel = Đã yêu cầu dừng tác vụ; người dùng đang xử lý sẽ được hoàn tất trước.
audit-say-job-ended = Tác vụ đã kết thúc ({ $state }): { $counts }.
audit-say-step-intent = Sắp yêu cầu Atlassian: { $step }.
audit-say-step-failed = Thất bại (lần thử { $attempt }): { $step }. Phản hồi của Atlassian: { $error }
audit-say-reread-yes = Đọc lại người dùng cho thấy thay đổi đã được thực hiện.
audit-say-reread-no = Đọc lại người dùng cho thấy thay đổi chưa được thực hiện.
audit-say-interrupted = Bị gián đoạn do máy chủ khởi động lại, sau đó được xác định bằng cách đọc lại người dùng.
audit-say-skip-preflight = Giữ nguyên ở bước kiểm tra trước: { $reason }.
audit-say-error = Lỗi: { $error }
audit-say-exercise = Được ghi để kiểm tra bộ từ vựng kiểm tra; không quản trị viên nào thực hiện hành động này.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Hủy kích hoạt { $users }
job-title-reactivate = Kích hoạt lại { $users }
job-title-revoke_access = Thu hồi { $subjects } của { $users }
job-title-assign_access = Cấp { $subjects } cho { $users }
job-title-remove_customer = Xóa { $users } khỏi { $subjects }
job-title-add_customer = Thêm lại { $users } vào { $subjects }
job-undo-of-job = hoàn tác tác vụ { $job }
bulk-plan-disable_account = Hủy kích hoạt (tài khoản được quản lý)
bulk-plan-enable_account = Kích hoạt lại (tài khoản được quản lý)
bulk-plan-suspend = Tạm ngưng quyền truy cập vào tổ chức
bulk-plan-restore = Khôi phục quyền truy cập vào tổ chức
bulk-plan-leave_group = Xóa khỏi nhóm { $object }
bulk-plan-join_group = Thêm vào nhóm { $object }
bulk-plan-revoke_role = Thu hồi quyền truy cập { $object }
bulk-plan-assign_role = Cấp quyền truy cập { $object }
bulk-plan-remove_customer = Xóa khỏi { $object }
bulk-plan-add_customer = Thêm lại vào { $object }
bulk-changing = Người dùng sẽ thay đổi
bulk-change = Thay đổi
bulk-search = Tìm theo tên hoặc email
bulk-search-none = Không có người dùng nào khớp với tìm kiếm này.
job-outcome-confirmed = Xong: Atlassian đã xác nhận thay đổi
job-outcome-refused = Atlassian đã từ chối thay đổi
job-outcome-unavailable = Atlassian tạm thời chưa nhận thay đổi (đang bận hoặc không khả dụng)
bulk-their-desks = các service desk trước đây của họ

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Bộ lọc
filters-active = Bộ lọc đang áp dụng
filter-chip = { $name }: { $value }
filter-remove = Bỏ bộ lọc: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = Không có quyền truy cập
card-no-access = Không thể đăng nhập (bị tạm ngưng hoặc đã hủy kích hoạt): { $formatted }
column-places = Dự án và không gian
csv-places = Dự án và không gian (vai trò)
places-more = +{ $more } mục khác
export-style = Ô CSV
export-style-readable = Nhãn dễ đọc
export-style-codes = Mã cho script
