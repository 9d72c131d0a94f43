## The language's own name, shown in the language picker.
language-name = 한국어

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = 본문으로 건너뛰기
nav-label = 메인
nav-dashboard = 대시보드
nav-users = 사용자
nav-audit = 감사 로그
nav-settings = 설정
prefs-language = 언어
prefs-theme = 테마
prefs-apply = 적용
theme-system = 시스템 테마
theme-light = 라이트 테마
theme-dark = 다크 테마
error-title = 문제가 발생했습니다
error-body = 페이지의 이 부분을 표시할 수 없습니다. 페이지를 새로 고친 후 다시 시도하세요. 문제가 계속되면 서버 로그에서 자세한 내용을 확인하세요.

## Dashboard
dashboard-title = 대시보드
dashboard-empty-title = 아직 조직 데이터가 없습니다
dashboard-empty-body = 설정에서 Atlassian 조직을 연결하세요. 첫 번째 동기화가 끝나면 이 대시보드에 Jira, Confluence, Jira Service Management 전반의 사용자, 활동, 라이선스 사용 현황이 표시됩니다.
dashboard-empty-action = 설정 열기
dashboard-first-sync-title = 조직을 읽는 중
dashboard-first-sync-body = 첫 번째 동기화에서 Atlassian의 사용자, 그룹, 제품 액세스를 읽고 있습니다. 진행 상황은 위에 표시되며, 완료되는 즉시 여기에 수치가 표시됩니다.
dashboard-first-sync-working = 동기화하는 중…
dashboard-summary = 요약
card-total = 전체 사용자
card-total-detail = 조직 사용자 { $org }명, 고객 { $customers }명
card-active = 최근 활동한 사용자
card-active-detail = 최근 { $days }일 동안 제품을 사용한 조직 사용자
card-inactive = 비활성 사용자
card-customers = JSM 고객
threshold-warning = { $days }일 이상 활동 없음
threshold-overdue = { $days }일 이상 활동 없음
threshold-never = 활동 기록 없음
utilisation-title = 라이선스 사용률
utilisation-seats = 시트 { $capacity }개 중 { $used }개 사용({ $percent })
utilisation-near = 시트가 거의 다 찼습니다. 시트를 추가로 구매하기 전에 비활성 사용자를 검토하세요.
utilisation-over = 모든 시트가 사용 중입니다. 시트를 확보하거나 구매하기 전까지는 새 사용자에게 액세스 권한을 부여할 수 없습니다.
products-title = 제품
products-product = 제품
products-users = 액세스 권한이 있는 사용자
products-seats = 사용 중인 시트
products-cost = 비활성 시트의 월 비용
products-cost-hint = 시트당 가격을 입력하면 비활성 시트에 매월 드는 비용을 확인할 수 있습니다.
products-cost-set = 설정에서 가격 지정
chart-title = 마지막 활동
chart-intro = 계정이 활성 상태인 조직 사용자가 제품을 마지막으로 사용한 시점입니다.
chart-days = { $from }~{ $to }일
chart-more-than = { $days }일 초과
chart-table-caption = 계정이 활성 상태인 조직 사용자의 마지막 활동
chart-last-active = 마지막 활동
chart-users = 사용자
sync-title = 동기화
sync-last = { $time } 기준 데이터: 계정 { $formatted }{ $count ->
       *[other] 개
    }.
sync-never = 아직 동기화된 데이터가 없습니다.
sync-next = 다음 예약 동기화: { $time }
sync-incremental = Atlassian에서 변경된 내용 마지막 확인: { $time }, 사용자 { $formatted }{ $count ->
       *[other] 명
    } 업데이트됨.
sync-incremental-failed = { $time }에 Atlassian에서 변경된 내용을 확인하지 못했습니다: { $reason }
sync-failed = { $time }에 시작한 동기화가 실패했습니다: { $reason }
sync-now = 지금 동기화
sync-cancel = 동기화 취소
sync-phase-starting = 시작하는 중
sync-phase-collecting = Atlassian에서 읽는 중
sync-phase-indexing = 스냅샷 생성 중
sync-items = 계정 { $done }개 읽음
sync-items-of = 약 { $total }개 중 계정 { $done }개 읽음
sync-waits = 요청 { $requests }건, Atlassian 속도 제한으로 { $seconds }초 대기
sync-families = 읽은 제품
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = 모두 읽음
sync-family-partial = 일부만 읽음
sync-family-not-on-site = 이 사이트에 없음
sync-family-not-configured = 읽지 않음: 구성된 사이트 계정이 없습니다
sync-family-stale = 이번에는 읽지 못해 { $time } 기준 데이터를 표시합니다({ $reason })
sync-family-unread = 아직 읽지 않음({ $reason })
sync-part-project = { $count ->
       *[other] 프로젝트 { $formatted }개
    }
sync-part-seats = Jira 시트 수
sync-part-group = { $count ->
       *[other] 그룹 { $formatted }개의 멤버
    }
sync-part-desk = { $count ->
       *[other] 서비스 데스크 { $formatted }개의 고객
    }
sync-part-jsm-org = { $count ->
       *[other] JSM 조직 { $formatted }개의 멤버
    }
sync-part-space = { $count ->
       *[other] 스페이스 { $formatted }개
    }
sync-skipped-permission = { $what }: 읽지 못했습니다. 사이트 계정에 필요한 권한: { $permission }.
sync-skipped-not-offered = { $what }: 읽지 못했습니다. 이 사이트는 이를 나열하는 API를 제공하지 않습니다.
sync-skipped-names = 포함: { $names }
permission-administer-projects = 해당 프로젝트의 '프로젝트 관리' 권한(또는 'Jira 관리')
permission-administer-jira = 'Jira 관리' 전역 권한
permission-browse-users = '사용자 및 그룹 찾아보기' 전역 권한
permission-desk-agent = 서비스 데스크 에이전트 또는 관리자 역할
permission-view-space = 해당 스페이스의 '보기' 권한
sync-history = 최근 동기화
sync-history-started = 시작
sync-history-outcome = 결과
sync-history-accounts = 계정
sync-history-requests = 요청
sync-outcome-running = 실행 중
sync-outcome-complete = 완료
sync-outcome-failed = 실패
sync-outcome-cancelled = 취소됨

## Users
users-title = 사용자
users-empty-title = 아직 표시할 사용자가 없습니다
users-empty-body = 첫 번째 동기화가 끝나면 조직 사용자, Jira 프로젝트 및 Confluence 스페이스 멤버, Jira Service Management 고객이 여기에 표시됩니다.
users-loading = 사용자를 불러오는 중…
users-tabs = 사용자 범위
users-tab-org = 조직 사용자
users-tab-projects = 프로젝트 사용자
users-tab-customers = JSM 고객
users-tab-all = 전체
users-presets = 빠른 보기
users-preset-inactive = 모든 제품에서 비활성
users-preset-warning = 경고
users-preset-overdue = 기한 초과
users-preset-never = 활동 없음
users-clear-filters = 필터 지우기
users-count = { $count ->
       *[other] 사용자 { $formatted }명
    }
users-as-of = { $time } 기준
users-thresholds = · { $warning }일 후 경고, { $overdue }일 후 기한 초과
users-table-caption = 필터와 일치하는 사용자
users-no-matches = 이 필터와 일치하는 사용자가 없습니다.
filter-search = 검색
filter-search-placeholder = 이름 또는 이메일
filter-type = 계정 유형
filter-product = 제품
filter-group = 그룹
filter-project = 프로젝트 또는 스페이스
filter-desk = 서비스 데스크 또는 조직
filter-active-after = 마지막 활동일(이후)
filter-active-before = 마지막 활동일(이전)
filter-status = 상태
filter-inactivity = 비활성 수준
filter-any = 전체
filter-apply = 필터 적용
column-name = 이름
column-email = 이메일
column-status = 상태
column-account-type = 계정 유형
column-products = 제품
column-groups = 그룹
column-last-active = 마지막 활동
column-inactivity = 비활성 수준
column-added = 조직 추가일
column-service-desks = 서비스 데스크
column-jsm-organizations = JSM 조직
column-details = 세부 정보
columns-choose = 열
status-active = 활성
status-suspended = 일시 중단됨
status-deactivated = 비활성화됨
status-pending = 초대됨
class-managed = 관리됨
class-external = 외부
class-customer = 고객
class-app = 앱
inactivity-active = 최근 활동
inactivity-warning = 경고
inactivity-overdue = 기한 초과
inactivity-never = 활동 없음
never-active = 없음
email-hidden = 사용자의 개인정보 설정으로 숨겨짐
org-admin = 조직 관리자
open-in-admin = Atlassian Administration에서 열기
list-more = { $list } +{ $more }
details = 세부 정보
details-for = { $name }의 세부 정보
details-close = 세부 정보 닫기
details-missing = 사용자를 찾을 수 없음
details-account-id = 계정 ID
details-org-admin = 조직 관리자
details-scim = ID 공급자가 프로비저닝함
details-products = 제품 및 마지막 활동
details-product = 제품
details-projects = Jira 프로젝트
details-spaces = Confluence 스페이스
details-none = 없음
yes = 예
no = 아니요
select-page = 이 페이지의 모든 사용자 선택
select-user = { $name } 선택
selection-count = { $count ->
        [0] 선택한 사용자 없음
       *[other] 사용자 { $formatted }명 선택됨
    }
select-all-matching = 일치하는 { $formatted }명 모두 선택
selection-clear = 선택 해제
pager-label = 페이지
pager-previous = 이전
pager-next = 다음
pager-position = { $page }/{ $pages } 페이지
pager-size = 페이지당 행 수:
export-matching = 일치하는 사용자 내보내기(CSV)
export-selected = 선택한 사용자 내보내기(CSV)
export-progress = 사용자 { $total }명 중 { $done }명 내보내는 중…
export-cancel = 내보내기 취소
export-cancelled = 내보내기가 취소되었습니다.
export-done = { $count ->
       *[other] 사용자 { $formatted }명을 내보냈습니다.
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = 감사 로그
audit-empty-title = 아직 감사 항목이 없습니다
audit-empty-body = 관리자가 여기에서 수행하는 모든 작업은 수행자, 시간, 대상, Atlassian의 응답과 함께 이 로그에 기록됩니다.
audit-loading = 감사 로그를 불러오는 중…
audit-search-placeholder = 관리자, 사용자, 작업, 세부 정보 또는 요청 ID
audit-filter-from = 시작일(UTC)
audit-filter-to = 종료일(UTC)
audit-filter-admin = 관리자
audit-filter-action = 작업
audit-filter-outcome = 결과
audit-filter-user = 대상 사용자
audit-filter-user-placeholder = 계정 ID, 이름 또는 이메일
audit-count = { $count ->
       *[other] 항목 { $formatted }개
    }
audit-no-matches = 이 필터와 일치하는 항목이 없습니다.
audit-table-caption = 감사 로그 항목(최신순)
audit-column-time = 시간(UTC)
audit-column-admin = 관리자
audit-column-action = 작업
audit-column-user = 대상 사용자
audit-column-outcome = 결과
audit-column-status = Atlassian 상태
audit-column-request = 요청 ID
audit-column-details = 세부 정보
audit-column-entry = 항목
audit-entry-open = 항목 { $seq }의 세부 정보
audit-entry-title = 항목 #{ $seq }
audit-job = 작업 { $id }
audit-export = CSV 내보내기
audit-export-progress = 항목 { $total }개 중 { $done }개 내보내는 중…
audit-export-done = { $count ->
       *[other] 항목 { $formatted }개를 내보냈습니다.
    }
audit-chain-broken = 항목 #{ $seq }에서 체인이 끊어졌습니다: { $reason }
audit-chain-broken-help = 이 항목 이후의 항목은 User Account Manager 외부에서 변경, 삭제 또는 삽입되었을 수 있습니다. 데이터베이스를 그대로 보존하고 마지막 내보내기 파일 또는 백업과 비교하세요.
audit-chain-unchecked = 해시 체인을 확인할 수 없습니다.
audit-checkpoints-missing = 서명된 체크포인트 누락: 체크포인트 파일에 이 서버가 기록한 항목 #{ $seq }의 체크포인트가 더 이상 없습니다.
audit-checkpoints-missing-help = 파일이 삭제되었거나, 이전 사본으로 바뀌었거나, 잘렸기 때문에 이 항목까지의 항목을 더 이상 서명으로 확인할 수 없습니다. 보관 중인 사본에서 파일을 복원하고(서버 로그에도 모든 체크포인트가 있습니다) 데이터베이스는 그대로 두십시오.
audit-action-sign_in = 로그인
audit-action-sign_out = 로그아웃
audit-action-authn_denied = 액세스 거부
audit-action-session_ended = 세션 종료
audit-action-local_admin_created = 로컬 관리자 생성
audit-action-settings_changed = 설정 변경
audit-action-secret_replaced = 자격 증명 교체
audit-action-data_exported = 데이터 내보내기
audit-action-data_deleted = 데이터 삭제
audit-action-audit_viewed = 감사 로그 조회
audit-action-audit_export = 감사 로그 내보내기
audit-action-users_exported = 사용자 내보내기
audit-outcome-ok = 성공
audit-outcome-denied = 거부됨
audit-outcome-failed = 실패
audit-outcome-intent = 실행 예정
audit-outcome-skipped = 건너뜀
audit-outcome-blocked = 차단됨
audit-action-data_erasure_scheduled = 모든 데이터 삭제 예약됨
audit-action-data_erasure_cancelled = 예약된 삭제 취소됨
audit-action-audit_pruned = 오래된 감사 항목 제거됨
audit-action-bulk_job_queued = 일괄 작업 대기열에 추가됨
audit-action-bulk_job_cancel = 일괄 작업 취소 요청됨
audit-action-bulk_job_refused = 일괄 작업 거절됨
audit-action-bulk_job_ended = 일괄 작업 종료됨
audit-action-bulk_deactivate = 일괄 비활성화
audit-action-bulk_reactivate = 일괄 재활성화
audit-action-bulk_revoke_access = 제품 액세스 일괄 회수
audit-action-bulk_assign_access = 제품 액세스 일괄 할당
audit-action-bulk_remove_customer = JSM 고객 일괄 제거
audit-action-bulk_undo_deactivate = 일괄 비활성화 (실행 취소)
audit-action-bulk_undo_reactivate = 일괄 재활성화 (실행 취소)
audit-action-bulk_undo_revoke_access = 제품 액세스 일괄 회수 (실행 취소)
audit-action-bulk_undo_assign_access = 제품 액세스 일괄 할당 (실행 취소)
audit-action-bulk_undo_remove_customer = JSM 고객 일괄 제거 (실행 취소)
audit-outcome-refused = 거절됨
audit-outcome-unknown = 결과 알 수 없음
audit-outcome-not_sent = 전송되지 않음
audit-outcome-reread = 다시 읽어 확인됨
audit-outcome-queued = 대기 중
audit-outcome-running = 실행 중
audit-outcome-cancelling = 취소하는 중
audit-outcome-cancelled = 취소됨
audit-outcome-finished = 완료됨
audit-csv-seq = 항목
audit-csv-time = 시간(UTC)
audit-csv-actor = 관리자 ID
audit-csv-actor-name = 관리자 이름
audit-csv-auth-via = 로그인 방법
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira 패널 설치
audit-csv-action = 작업
audit-csv-target = 대상
audit-csv-target-name = 대상 사용자 이름
audit-csv-target-email = 대상 사용자 이메일
audit-csv-outcome = 결과
audit-csv-atlassian-status = Atlassian 상태
audit-csv-request-id = 요청 ID
audit-csv-job-id = 작업
audit-csv-details = 세부 정보
audit-csv-prev-hash = 이전 해시
audit-csv-hash = 해시
audit-filter-source = 출처
audit-source-both = 이 앱 및 Atlassian
audit-source-app = 이 앱
audit-source-atlassian = Atlassian
audit-atlassian-note = Atlassian에서 보고한 항목이며 이 앱의 해시 체인에 포함되지 않습니다.
audit-event-open = Atlassian 이벤트 { $seq } 세부 정보
audit-event-title = Atlassian 이벤트 #{ $seq }
audit-csv-source = 출처
audit-csv-event-id = Atlassian 이벤트 ID
audit-csv-ip = IP 주소
audit-csv-product = 제품
audit-action-user_deactivated = 사용자 비활성화됨
audit-action-user_reactivated = 사용자 재활성화됨
audit-action-user_access_suspended = 사용자 액세스 일시 중지됨
audit-action-user_access_restored = 사용자 액세스 복원됨
audit-action-user_added_to_group = 사용자가 그룹에 추가됨
audit-action-user_removed_from_group = 사용자가 그룹에서 제거됨
audit-action-group_granted_role = 그룹에 제품 역할 부여됨
audit-action-group_revoked_role = 그룹의 제품 역할 취소됨
audit-action-user_granted_role = 사용자에게 제품 역할 부여됨
audit-action-user_revoked_role = 사용자의 제품 역할 취소됨
audit-action-added_org_admin = 조직 관리자 추가됨
audit-action-removed_org_admin = 조직 관리자 제거됨
audit-action-service_desk_customer_added = 서비스 데스크 고객 추가됨
audit-action-service_desk_customer_removed = 서비스 데스크 고객 제거됨
audit-action-project_role_actor_added = 프로젝트 역할에 추가됨
audit-action-project_role_actor_removed = 프로젝트 역할에서 제거됨

## Settings
settings-title = 설정


settings-api-key-docs = 관리자 API 키를 만드는 방법

## Not found
not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 이 주소에는 페이지가 없습니다. 링크를 잘못 입력했거나 페이지가 이동되었을 수 있습니다.
not-found-action = 대시보드로 이동

## Demo mode
demo-badge = 데모 조직
demo-banner = { $org }은(는) 시뮬레이션 조직이므로 안심하고 둘러보셔도 됩니다. 여기에서 하는 작업은 실제 Atlassian 계정에 영향을 주지 않습니다.
demo-connect = 조직 연결

## Errors a request can end in
error-unauthorized = 세션이 종료되었습니다. 계속하려면 다시 로그인하세요.
error-forbidden = 조직 관리자만 이 작업을 수행할 수 있습니다.
error-not-found = 더 이상 존재하지 않습니다. Atlassian에서 삭제되었을 수 있습니다.
error-invalid-input = 입력한 내용 중 일부가 유효하지 않습니다. 강조 표시된 필드를 확인하세요.
error-atlassian-unavailable = 지금은 Atlassian이 응답하지 않습니다. 몇 분 후에 다시 시도하세요.
error-sync-running = 이미 동기화가 실행 중입니다. 완료될 때까지 기다리거나 먼저 취소하세요.
error-no-snapshot = 아직 동기화된 데이터가 없습니다. 첫 번째 동기화는 자동으로 시작되며 몇 분 정도 걸릴 수 있습니다.
error-transport = 서버에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요.
error-internal = 서버에서 문제가 발생했습니다. 자세한 내용은 서버 로그를 확인하세요.
error-payload-too-large = 이 요청은 서버가 허용하는 크기보다 커서 아무 작업도 수행되지 않았습니다. 한 번에 보내는 양을 줄이세요(예: 항목 수 줄이기).
error-timeout = 처리 시간이 너무 오래 걸려 서버가 이 요청을 중단했습니다. 잠시 후 다시 시도하거나 한 번에 요청하는 양을 줄이세요.

## CSV export column headers
csv-name = 이름
csv-email = 이메일
csv-status = 상태
csv-account-type = 계정 유형
csv-products = 제품
csv-product-last-active = 제품별 마지막 활동
csv-last-active = 마지막 활동
csv-groups = 그룹
csv-inactivity = 비활성 수준
csv-service-desks = 서비스 데스크
csv-jsm-organizations = JSM 조직

## Signing in
login-title = 로그인
login-intro = 조직 관리자만 User Account Manager를 사용할 수 있습니다.
login-atlassian = Atlassian으로 로그인
login-demo-admins = 이 데모에서는 다음 시뮬레이션 계정이 조직 관리자입니다. 시뮬레이션된 Atlassian 로그인 페이지에서 이 중 하나를 선택하세요. 다른 계정은 거부됩니다.
login-local-title = 로컬 관리자 계정
login-login = 로그인 ID
login-password = 비밀번호
login-totp = 인증 코드
login-totp-hint = 계정에서 인증 앱을 사용하는 경우에만 입력하세요.
login-submit = 로그인
login-setup-pending = 아직 로컬 관리자 계정이 없습니다. 서버가 시작될 때 첫 번째 계정을 만드는 일회용 설정 링크를 출력했습니다. uam admin create 명령으로도 만들 수 있습니다.
login-signed-out = 로그아웃했습니다.
login-refused-title = 로그인 거부됨
login-back = 로그인으로 돌아가기
login-error-invalid = 로그인 ID, 비밀번호 또는 인증 코드가 올바르지 않습니다.
login-error-locked = 실패한 시도가 너무 많습니다. 15분 후에 다시 시도하세요.
login-error-totp = 인증 코드가 없거나 올바르지 않습니다.
login-error-not-admin = 이 Atlassian 계정은 이 조직의 관리자가 아니거나, 이 서버를 사용할 수 있는 관리자 목록에 없습니다.
login-error-unavailable = 지금은 로그인할 수 없습니다. Atlassian 또는 서버 데이터베이스가 응답하지 않았습니다. 1분 후에 다시 시도하세요.
login-error-state = 이 로그인은 만료되었거나, 이미 사용되었거나, 다른 브라우저에서 시작되었습니다. 로그인 페이지에서 다시 시작하세요.
login-error-setup-link = 이 설정 링크는 만료되었거나 이미 사용되었습니다. 서버를 다시 시작하여 새 링크를 출력하거나 uam admin create 명령으로 관리자를 만드세요.
login-error-setup-input = 입력란을 확인하세요. 로그인 ID에는 공백이 없어야 하고, 이름을 입력해야 하며, 비밀번호는 12자 이상이고 두 비밀번호가 일치해야 합니다.
login-error-expired = 세션이 종료되었습니다. 다시 로그인하세요.

## First-run set-up
setup-title = 첫 번째 관리자 계정 만들기
setup-intro = 이 계정은 자체 비밀번호로 로그인합니다. 비상용 계정으로 보관하세요. Atlassian 연결이 설정되면 조직 관리자는 Atlassian으로 로그인합니다.
setup-login = 로그인 ID(이메일 주소 또는 짧은 이름)
setup-name = 이름
setup-password = 비밀번호(12자 이상)
setup-password-again = 비밀번호 확인
setup-totp-title = 인증 앱
setup-totp-optional = 권장: 인증 앱으로 이 코드를 스캔하고 앱에 표시되는 코드를 입력하세요. 건너뛰려면 코드를 비워 두세요.
setup-totp-required = 이 서버에서는 인증 앱을 사용해야 합니다. 인증 앱으로 이 코드를 스캔하고 앱에 표시되는 코드를 입력하세요.
setup-totp-key = 또는 이 키를 직접 입력하세요.
setup-totp-qr = 인증 앱용 QR 코드
setup-totp-code = 앱에 표시된 코드
setup-submit = 계정 만들고 로그인

## The signed-in admin
account-via-local = 로컬 계정
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = Jira 경유
account-sign-out = 로그아웃

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = User Account Manager를 여는 중…
embed-expired = 이 패널의 세션이 종료되었습니다. 계속하려면 Jira 관리에서 User Account Manager를 다시 여세요.
embed-refused = 이 조직의 관리자만 Jira에서 User Account Manager를 사용할 수 있으며, 서버에서 계정을 허용한 경우에만 사용할 수 있습니다.
embed-unavailable = 지금은 User Account Manager에서 액세스 권한을 확인할 수 없습니다. Atlassian 또는 서버가 응답하지 않았습니다. 1분 후에 다시 시도하세요.

## Settings page
settings-saved = 저장했습니다.
settings-save = 저장
settings-set-by-env = 환경 변수로 설정되었습니다. 서버를 구성하는 곳에서 변경하세요.
settings-connection-title = Atlassian 연결
settings-connection-demo = 시뮬레이션 데모 조직인 { $org }을(를) 표시하고 있습니다. 아래에서 실제 조직을 연결하세요.
settings-connection-env = 서버 환경 변수로 구성된 { $org } 조직에 연결되어 있습니다.
settings-connection-saved = { $org } 조직에 연결되어 있습니다.
settings-connection-pending = 저장된 연결은 서버가 다음에 시작될 때부터 사용됩니다. 이 조직에 연결하려면 서버를 다시 시작하세요.
settings-admin-key = 관리자 API 키
settings-key-placeholder = 저장된 키를 교체하려면 새 키를 붙여 넣으세요
settings-key-write-only = 쓰기 전용: 키는 암호화되어 저장되며 다시 표시되지 않습니다.
settings-key-expiry = 키 만료일
settings-key-expires = { $date }에 만료됩니다.
settings-key-expires-soon = { $date }에 만료됩니다({ $days }일 남음). 그 전에 Atlassian에서 새 키를 만들어 여기에 붙여 넣으세요.
settings-key-expired = { $date }에 만료되었습니다. 새 키를 저장할 때까지 동기화와 작업이 실패합니다.
settings-secret-set = …{ $hint }(으)로 끝남, { $at }에 { $by } 님이 설정
settings-secret-unset = 설정되지 않음
settings-org = 조직 ID
settings-find-orgs = 조직 찾기
settings-site-title = Jira, Confluence 및 Jira Service Management
settings-site-body = 프로젝트 역할, 스페이스 멤버, 고객, Jira 시트는 계정의 이메일과 API 토큰을 사용해 사이트를 통해 읽어 옵니다.
settings-site-url = 사이트 URL
settings-site-email = 계정 이메일
settings-site-token = API 토큰
settings-site-token-again = 사이트 URL이나 이메일을 바꿀 때마다 토큰을 다시 입력하세요.
settings-test-connection = 연결 테스트
settings-check-admin-key = 관리자 API 키
settings-check-org = 조직
settings-check-directory = 사용자 및 그룹
settings-check-site = 사이트
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = 거부됨: 키 또는 토큰이 잘못되었거나 만료되었거나 취소되었습니다
settings-check-outcome-forbidden = 거부됨: 자격 증명에 필요한 권한(범위)이 없습니다
settings-check-outcome-not-found = 찾을 수 없음: 조직 ID 또는 사이트 URL을 확인하세요
settings-check-outcome-unreachable = Atlassian이 응답하지 않았습니다. 나중에 다시 시도하세요
settings-check-outcome-not-configured = 구성되지 않음
settings-check-outcome-not-on-site = 이 사이트에 없음(사이트에 이 제품이 없음)
settings-prices-title = 라이선스 가격
settings-prices-body = 선택 사항입니다. 각 제품의 시트 1개당 월 비용을 입력하면 대시보드에 비활성 사용자의 시트 비용이 표시됩니다. 제외할 제품은 비워 두세요.
settings-currency = 통화(USD, EUR 등의 ISO 코드)
settings-thresholds-title = 비활성 임계값
settings-thresholds-body = 경고 임계값보다 오래 활동이 없는 사용자는 '경고'로, 기한 초과 임계값보다 오래 활동이 없는 사용자는 '기한 초과'로 표시됩니다. 기한 초과 임계값은 경고 임계값보다 길어야 합니다.
settings-warning-days = 경고 기준(일)
settings-overdue-days = 기한 초과 기준(일)
settings-protected-title = 보호된 계정
settings-protected-body = 일괄 작업은 이 계정들을 비활성화하거나 액세스 권한을 제거하지 않습니다. 이메일 주소, *@example.com 형식의 전체 도메인 또는 Atlassian 계정 ID를 입력하세요. 조직 관리자와 본인은 항상 보호됩니다.
settings-protected-add = 주소, 도메인 또는 계정 ID 추가(쉼표, 공백 또는 줄 바꿈으로 구분해 여러 개를 붙여 넣을 수 있음)
settings-protected-add-button = 추가
settings-protected-search = 보호된 계정 검색
settings-protected-count = 보호 항목 { $count }개
settings-protected-remove = 제거
settings-schedule-title = 동기화 일정 및 감사 로그 보존
settings-sync-interval = 동기화 간격(시간)
settings-sync-interval-hint = 0이면 예약 동기화가 꺼집니다. '지금 동기화'는 계속 사용할 수 있습니다.
settings-retention = 감사 항목 보존 기간(일)
settings-retention-hint = 최소 180일(Atlassian 자체 감사 로그와 동일), 최대 3650일입니다. 0이면 영구 보존합니다.
error-invalid-entries = 다음 항목은 이메일 주소나 *@도메인 형식이 아니므로 아무것도 저장되지 않았습니다.
settings-data-title = 데이터
settings-data-export-body = User Account Manager에 저장된 모든 데이터를 하나의 아카이브로 다운로드합니다. 설정(비밀 정보 제외), 로컬 관리자 계정(비밀번호 제외), 동기화 기록, 감사 로그, 현재 사용자 스냅샷이 포함됩니다. 내보내기는 감사 로그에 기록됩니다.
settings-data-export = 모두 내보내기
settings-data-delete-body = User Account Manager에 저장된 모든 데이터를 삭제합니다. 설정, 저장된 키와 토큰, 로컬 관리자 계정, 세션, 스냅샷, 감사 로그가 삭제됩니다. Atlassian에서는 아무것도 변경되지 않습니다. 이 작업은 되돌릴 수 없으므로 데이터가 필요할 수 있다면 먼저 내보내세요.
settings-data-delete-confirm = 확인하려면 DELETE를 입력하세요
settings-data-delete = 모두 삭제
settings-data-not-confirmed = 아무것도 삭제되지 않았습니다. 확인하려면 DELETE를 정확히 입력하세요.
settings-data-sync-running = 아무것도 삭제되지 않았습니다. 동기화가 실행 중입니다. 동기화를 취소하거나 완료될 때까지 기다린 후 다시 시도하세요.
settings-data-export-failed = 내보내기에 실패했습니다. 자세한 내용은 서버 로그를 확인하세요.
settings-data-delete-failed = 삭제에 실패했으며 아무것도 삭제되지 않았습니다. 자세한 내용은 서버 로그를 확인하세요.
error-reauth-failed = 비밀번호 또는 인증 코드가 올바르지 않습니다. 아무것도 예약되지 않았습니다.
error-reauth-stale = 먼저 본인임을 확인하세요. Atlassian으로 다시 로그인한 다음 5분 이내에 삭제하세요.
error-panel-refused = Jira 패널에서는 할 수 없습니다. User Account Manager를 별도의 브라우저 탭에서 여세요.
error-erasure-pending = 모든 데이터 삭제가 이미 예약되어 있습니다. 먼저 취소하거나 실행될 때까지 기다리세요.
settings-data-delete-delay = 즉시 삭제되지 않습니다. 삭제는 확인 후 { $hours }시간 뒤에 실행됩니다. 그때까지 모든 관리자가 대시보드에서 이를 확인하고 취소할 수 있습니다. 삭제된 감사 로그의 서명된 기록은 보존됩니다.
settings-data-reauth-atlassian = Atlassian으로 로그인한 지 5분이 넘었습니다. 본인임을 확인하려면 다시 로그인한 다음 5분 이내에 삭제하세요.
settings-data-reauth-fresh = Atlassian으로 로그인한 지 5분이 지나지 않아 본인임이 확인되었습니다.
settings-data-scheduled = 모든 데이터 삭제가 예약되었습니다. 실행되기 전까지 모든 관리자가 여기 또는 대시보드에서 취소할 수 있습니다.
erasure-title = 모든 데이터가 삭제될 예정입니다
erasure-body = { $name }님이 { $scheduled }에 감사 로그를 포함해 User Account Manager가 저장한 모든 데이터의 삭제를 예약했습니다. 관리자가 취소하지 않으면 { $due }에 실행됩니다.
erasure-cancel = 삭제 취소
erasure-cancelled = 삭제가 취소되었습니다. 아무것도 삭제되지 않았습니다.
erasure-cancel-failed = 삭제를 취소하지 못했습니다. 자세한 내용은 서버 로그를 확인하세요.
login-deleted = 모든 데이터가 삭제되었습니다. 첫 번째 관리자 계정을 다시 만들 수 있도록 서버에서 새 설정 링크를 출력했습니다.
error-invalid-org_id = 조직 ID가 없거나 유효하지 않습니다. 조직 ID는 admin.atlassian.com/o/<ID>/…의 ID 부분이며 영문자, 숫자, 하이픈으로 구성됩니다.
error-invalid-admin_api_key = 관리자 API 키를 붙여 넣으세요. 이 조직에 저장된 키가 아직 없습니다.
error-invalid-site = 사이트에는 URL, 계정 이메일, 해당 계정의 API 토큰이 모두 필요합니다.
error-invalid-site_url = 사이트 URL이 유효하지 않습니다. https://your-site.atlassian.net과 같은 형식이어야 합니다.
error-invalid-site_host = https://your-site.atlassian.net 형식의 사이트만 허용됩니다. API 토큰은 다른 호스트로 전송되지 않습니다. 다른 호스트는 먼저 서버 운영자가 허용해야 합니다(UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = 사이트 URL이나 계정 이메일을 바꾸면 API 토큰을 다시 입력해야 합니다. 이 사이트에 대한 해당 계정의 토큰을 붙여 넣으세요.
error-invalid-site_email = 계정 이메일이 유효한 이메일 주소가 아닙니다.
error-invalid-thresholds = 두 임계값은 모두 일 단위의 정수여야 하며, 기한 초과 임계값이 경고 임계값보다 길어야 합니다.
error-invalid-schedule = 동기화 간격(시간)과 감사 로그 보존 기간(일)을 정수로 입력하세요.
error-invalid-sync_interval_hours = 동기화 간격은 0(꺼짐) 또는 1~168시간이어야 합니다.
error-invalid-audit_retention_days = 감사 항목 보존 기간은 0일(영구) 또는 180~3650일이어야 합니다.
error-invalid-seat_prices = 세 글자 통화 코드를 입력하고, 가격은 숫자와 소수점을 사용해 0~100000 사이로 입력하세요.
login-atlassian-off = 이 서버에는 Atlassian 로그인이 설정되어 있지 않습니다. 서버 운영자가 OAuth 앱(UAM_OAUTH_CLIENT_ID 및 UAM_OAUTH_CLIENT_SECRET)으로 설정할 수 있습니다. 그때까지는 로컬 관리자 계정으로 로그인하세요.

## Bulk actions
bulk-title = 일괄 작업
bulk-undo-title = 이 작업 실행 취소
bulk-actions = 작업…
bulk-actions-user = 이 사용자에 대한 작업…
bulk-choose = 수행할 작업
bulk-action-deactivate = 비활성화
bulk-action-reactivate = 다시 활성화
bulk-action-revoke_access = 제품 액세스 취소
bulk-action-assign_access = 제품 액세스 부여
bulk-action-remove_customer = JSM 고객 제거
bulk-every-desk = 모든 서비스 데스크
bulk-products = 제품
bulk-desks = 서비스 데스크
bulk-desks-hint = 아무것도 선택하지 않으면 고객이 속한 모든 서비스 데스크에서 고객이 제거됩니다.
bulk-check = 영향받는 사용자 확인
bulk-cancel = 취소
bulk-checking = Atlassian에서 각 사용자를 확인하는 중…
bulk-starting = 작업을 시작하는 중…
bulk-count-changing = { $count ->
       *[other] 사용자 { $formatted }명이 변경됩니다
    }
bulk-count-already = { $count ->
       *[other] 사용자 { $formatted }명은 이미 해당 상태입니다
    }
bulk-count-cannot = { $count ->
       *[other] 사용자 { $formatted }명은 변경할 수 없습니다
    }
bulk-how = 처리 방법
bulk-method-disable_account = { $count ->
       *[other] 계정 { $formatted }개 비활성화(조직 관리 계정: 사용자 관리 수명 주기 API)
    }
bulk-method-enable_account = { $count ->
       *[other] 계정 { $formatted }개 다시 활성화(조직 관리 계정: 사용자 관리 수명 주기 API)
    }
bulk-method-suspend = { $count ->
       *[other] 사용자 { $formatted }명이 조직 액세스 권한을 잃음(일시 중단: 조직에서 관리하지 않는 계정)
    }
bulk-method-restore = { $count ->
       *[other] 사용자 { $formatted }명이 조직 액세스 권한을 되찾음(복원: 조직에서 관리하지 않는 계정)
    }
bulk-method-leave_group = { $count ->
       *[other] 사용자 { $formatted }명을 제품 액세스를 부여하는 그룹에서 제거
    }
bulk-method-join_group = { $count ->
       *[other] 사용자 { $formatted }명을 제품 액세스를 부여하는 그룹에 추가
    }
bulk-method-revoke_role = { $count ->
       *[other] 사용자 { $formatted }명에게 직접 부여된 제품 역할 취소
    }
bulk-method-assign_role = { $count ->
       *[other] 사용자 { $formatted }명에게 제품 역할을 직접 부여
    }
bulk-method-remove_customer = { $count ->
       *[other] 고객 { $formatted }명을 서비스 데스크에서 제거
    }
bulk-method-add_customer = { $count ->
       *[other] 고객 { $formatted }명을 서비스 데스크에 다시 추가
    }
bulk-nothing = 변경할 항목이 없습니다. 선택한 모든 사용자가 이미 해당 상태이거나 변경할 수 없습니다.
bulk-skipped = 변경하지 않음
bulk-skipped-more = …외 { $count }명.
bulk-reason = 사유
bulk-type-to-confirm = 확인하려면 { $count }을(를) 입력하세요
bulk-presets = 정리 작업
bulk-preset-overdue = 기한 초과 사용자 모두 비활성화
bulk-preset-revoke = { $days }일 동안 { $product }을(를) 사용하지 않은 사용자의 액세스 취소
bulk-skip-already_done = 이미 해당 상태임
bulk-skip-protected = 설정에서 보호됨
bulk-skip-org_admin = 조직 관리자: 일괄 작업으로 변경되지 않음
bulk-skip-acting_admin = 본인 계정: 본인의 일괄 작업으로 변경되지 않음
bulk-skip-identity_provider = 이 계정의 액세스를 관리하는 ID 공급자(SCIM)가 프로비저닝함
bulk-skip-lookup_failed = Atlassian에서 이 사용자의 현재 상태를 조회할 수 없어 안전을 위해 변경하지 않음
bulk-skip-not_found = Atlassian에 더 이상 이 계정이 없음
bulk-skip-not_applicable = 이 작업은 이 유형의 계정에 적용되지 않음
bulk-skip-no_way = User Account Manager에서 변경할 수 없는 경로로 부여된 액세스임
bulk-skip-direct_role_unavailable = 직접 부여되었으나 이 조직에서는 Atlassian의 직접 제품 역할 API(제한적 제공)를 사용할 수 없어 아무것도 변경하지 않음
bulk-step-disable_account = 계정을 비활성화함
bulk-step-enable_account = 계정을 다시 활성화함
bulk-step-suspend = 조직 액세스를 일시 중단함
bulk-step-restore = 조직 액세스를 복원함
bulk-step-leave_group = { $object } 그룹에서 제거함
bulk-step-join_group = { $object } 그룹에 추가함
bulk-step-revoke_role = { $object } 역할을 취소함
bulk-step-assign_role = { $object } 역할을 부여함
bulk-step-remove_customer = { $object }의 고객에서 제거함
bulk-step-add_customer = { $object }의 고객으로 추가함

## Jobs
nav-jobs = 작업
jobs-title = 작업
jobs-intro = 일괄 작업은 서버에서 백그라운드 작업으로 실행됩니다. 탭을 닫아도 계속 실행되고 모든 관리자가 볼 수 있으며, 한 번에 하나씩 실행되고 나머지는 차례를 기다립니다.
jobs-loading = 작업을 불러오는 중…
jobs-empty-title = 아직 작업이 없습니다
jobs-empty-body = 사용자 페이지나 대시보드에서 시작한 일괄 작업이 진행 상황 및 사용자별 결과와 함께 여기에 표시됩니다.
jobs-caption = 일괄 작업 목록(최신순)
job-title = 작업
job-back = 모든 작업
job-loading = 작업을 불러오는 중…
job-action = 작업 유형
job-state = 상태
job-progress = 진행률
job-started-by = 시작한 사람
job-created = 생성 시간
job-started = 시작 시간
job-finished = 종료 시간
job-counts = 전체 { $total }개 중 완료 { $done }개, 건너뜀 { $skipped }개, 실패 { $failed }개
job-count-done = 완료 { $formatted }개
job-count-skipped = 건너뜀 { $formatted }개
job-count-failed = 실패 { $formatted }개
job-count-unknown = 중단됨 { $formatted }개(결과 알 수 없음)
job-count-cancelled = 처리되지 않음 { $formatted }개(취소됨)
job-count-pending = 대기 중 { $formatted }개
job-waiting = Atlassian 속도 제한으로 { $time }까지 대기 중
job-queue-position = { $count ->
        [0] 대기 중: 다음 순서
       *[other] 대기 중: 앞에 작업 { $count }개
    }
job-undo-of = 이 작업은 이전 작업을 실행 취소합니다.
job-open-original = 원래 작업 열기
job-undone-by = 이 작업은 실행 취소되었습니다.
job-open-undo = 실행 취소 작업 열기
job-undone-by-short = 실행 취소됨
job-error = 중간에 중지됨:
job-stopped-panic = 내부 오류로 이 작업이 중지되었습니다. 아직 처리되지 않은 사용자는 변경되지 않았습니다.
job-stopped-not-admin = 이 작업을 시작한 관리자가 더 이상 이 서버 사용이 허용된 조직 관리자가 아니므로 작업이 거부되었습니다.
job-stopped-admin-unconfirmed = 이 작업을 시작한 관리자가 여전히 조직 관리자인지 Atlassian에서 확인할 수 없어 작업이 거부되었습니다.
job-cancel = 작업 취소
job-undo = 이 작업 실행 취소
job-results = 사용자별 결과
job-filter = 표시
job-filter-all = 전체
job-item-state = 결과
job-steps = 단계
job-outcome = 사유 및 Atlassian 응답
job-no-items = 이 상태의 사용자가 없습니다.
job-atlassian-status = Atlassian 응답: { $status }
job-request-id = 요청 ID
job-state-queued = 대기 중
job-state-running = 실행 중
job-state-cancelling = 취소하는 중
job-state-cancelled = 취소됨
job-state-finished = 완료됨
job-state-failed = 실패
job-item-pending = 대기 중
job-item-running = 진행 중
job-item-done = 완료
job-item-skipped = 건너뜀
job-item-failed = 실패
job-item-unknown = 결과 알 수 없음
job-item-cancelled = 취소됨

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = 내 로그 조회 기록 표시
audit-views-hidden = 숨긴 내 로그 조회 기록: { $formatted }건.
audit-views-show = 표시
audit-chain-verified-through = 항목 #{ $last }까지 체인을 검증했습니다. 마지막 서명된 체크포인트는 #{ $seq }({ $time })입니다.
audit-chain-verified-through-unsigned = 항목 #{ $last }까지 체인을 검증했습니다. 아직 서명된 체크포인트가 없습니다.
audit-job-titled = { $title } · 작업 { $id }
audit-csv-details-json = 세부 정보(JSON)
audit-say-via-local = 로컬 계정으로 로그인했습니다.
audit-say-via-atlassian = Atlassian으로 로그인했습니다.
audit-say-via-forge = Jira 패널에서 로그인했습니다.
audit-say-refused = 거부됨: { $reason }
audit-say-attempts = 실패한 시도: { $count }회, { $since }부터.
audit-say-from = 주소 { $address }에서.
audit-say-session-ended = 이 관리자는 더 이상 조직 관리자가 아니므로 세션이 종료되었습니다.
audit-say-totp-on = 비밀번호와 인증 앱 코드로 로그인합니다.
audit-say-totp-off = 비밀번호만으로 로그인합니다.
audit-say-setting = { $setting }을(를) { $before }에서 { $after }(으)로 변경했습니다.
audit-say-secret = { $setting }을(를) 교체했습니다: 이전 값은 { $before }(으)로 끝났고, 새 값은 { $after }(으)로 끝납니다.
audit-say-secret-first = { $setting }을(를) 설정했습니다: { $after }(으)로 끝납니다.
audit-say-nothing = 없음
audit-say-yes = 예
audit-say-no = 아니요
audit-say-data-exported = 모든 데이터를 내보냈습니다: 사용자 { $users }명, 크기 { $size } KB.
audit-say-data-deleted = 저장된 모든 데이터를 삭제했습니다. 로그는 여기서 새로 시작합니다.
audit-say-erasure-times = { $scheduled }에 예약, { $due }에 실행 예정.
audit-say-erasure-due = 관리자가 취소하지 않으면 { $due }에 모든 데이터가 삭제됩니다.
audit-say-erasure-cancelled = { $by }이(가) { $due }에 예약한 삭제를 취소했습니다.
audit-say-viewed = 로그를 조회했습니다.
audit-say-filter = 필터: { $filter }.
audit-say-audit-export = 내보낸 항목: { $count }건.
audit-say-pruned = 보존 설정에 따라 제거된 항목: { $count }건, 모두 { $cutoff } 이전; 마지막 항목은 #{ $seq }입니다.
audit-say-users-exported = 사용자 표의 보기에서 내보낸 사용자: { $count }명.
audit-say-users-selected = 내보낸 선택된 사용자: { $count }명.
audit-say-job-queued = 계획의 사용자: { $users }명; 변경: { $changing }명; 그대로 둠: { $skipped }명.
audit-say-job-cancel = 작업 중지를 요청했습니다. 처리 중인 사용자는 먼저 완료됩니다.
audit-say-job-ended = 작업이 종료되었습니다({ $state }): { $counts }.
audit-say-step-intent = Atlassian에 요청하려는 작업: { $step }.
audit-say-step-failed = 실패({ $attempt }번째 시도): { $step }. Atlassian의 응답: { $error }
audit-say-reread-yes = 사용자를 다시 읽어 변경이 적용되었음을 확인했습니다.
audit-say-reread-no = 사용자를 다시 읽어 변경이 적용되지 않았음을 확인했습니다.
audit-say-interrupted = 서버 재시작으로 중단된 후 사용자를 다시 읽어 결과를 확정했습니다.
audit-say-skip-preflight = 사전 점검에서 그대로 둠: { $reason }.
audit-say-error = 오류: { $error }
audit-say-exercise = 감사 어휘를 확인하려고 기록한 항목이며, 관리자가 수행한 작업이 아닙니다.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian이 제시간에 응답하지 않았습니다. 잠시 후 다시 시도하세요.
error-invalid-admin_api_key_refused = Atlassian이 이 키를 거부했습니다. 키가 잘못되었거나 만료 또는 취소되었거나, 조직을 읽을 권한이 없습니다. admin.atlassian.com에서 확인하세요.
settings-no-answer = Atlassian이 { $seconds }초 안에 응답하지 않았습니다. 잠시 후 다시 시도하세요. 계속 발생하면 Atlassian에 문제가 있을 수 있습니다.
settings-finding-orgs = 조직을 찾는 중…
settings-orgs-found = 이 키로 볼 수 있는 조직: { $count }개. 조직 ID 필드에서 하나를 선택하세요.
settings-orgs-none = 이 키로는 조직이 보이지 않습니다. 개인 API 토큰이 아니라 조직의 관리자 API 키인지 확인하세요.
settings-checking = Atlassian 연결을 확인하는 중…
settings-check-col-check = 확인 항목
settings-check-col-result = 결과
settings-check-col-detail = 의미
settings-check-result-ok = 정상
settings-check-result-unused = 사용 안 함
settings-check-result-failed = 조치 필요
settings-check-ok-detail = Atlassian이 자격 증명을 수락하고 응답했습니다.
settings-check-status = 지원팀용 Atlassian 응답: HTTP { $status }
settings-check-summary = 정상인 확인 항목: { $total }개 중 { $working }개.
settings-check-outcome-timeout = { $seconds }초 안에 응답 없음: Atlassian이 느리거나 중단되었을 수 있습니다. 몇 분 후 다시 시도하세요
settings-check-outcome-rate-limited = Atlassian이 지금 요청을 제한하고 있습니다(짧은 시간에 요청이 너무 많음). 1분 후 다시 시도하세요
settings-check-outcome-server-error = Atlassian 측에 문제가 생겨 응답하지 못했습니다. 나중에 다시 시도하세요
settings-check-outcome-rejected = Atlassian이 보낸 요청을 거부했습니다. 자세한 내용은 서버 로그에 있습니다
settings-nav-label = 설정 섹션
settings-danger-title = 위험 구역
settings-danger-unlock = DELETE를 입력하면 버튼을 사용할 수 있습니다.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = { $users } 비활성화
job-title-reactivate = { $users } 다시 활성화
job-title-revoke_access = { $users }의 { $subjects } 취소
job-title-assign_access = { $users }에게 { $subjects } 할당
job-title-remove_customer = { $subjects }에서 { $users } 제거
job-title-add_customer = { $subjects }에 { $users } 다시 추가
job-undo-of-job = 작업 { $job } 실행 취소
bulk-plan-disable_account = 비활성화(관리형 계정)
bulk-plan-enable_account = 다시 활성화(관리형 계정)
bulk-plan-suspend = 조직 액세스 일시 중단
bulk-plan-restore = 조직 액세스 복원
bulk-plan-leave_group = { $object } 그룹에서 제거
bulk-plan-join_group = { $object } 그룹에 추가
bulk-plan-revoke_role = { $object } 액세스 취소
bulk-plan-assign_role = { $object } 액세스 부여
bulk-plan-remove_customer = { $object }에서 제거
bulk-plan-add_customer = { $object }에 다시 추가
bulk-changing = 변경될 사용자
bulk-change = 변경 내용
bulk-search = 이름 또는 이메일로 검색
bulk-search-none = 이 검색과 일치하는 사용자가 없습니다.
job-outcome-confirmed = 완료: Atlassian이 변경을 확인함
job-outcome-refused = Atlassian이 변경을 거부함
job-outcome-unavailable = Atlassian이 지금은 변경을 받지 않음(사용 중이거나 사용할 수 없음)
bulk-their-desks = 이전에 속해 있던 서비스 데스크

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = 필터
filters-active = 적용된 필터
filter-chip = { $name }: { $value }
filter-remove = 필터 제거: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = 액세스 없음
card-no-access = 로그인할 수 없음(일시 중단 또는 비활성화): { $formatted }
column-places = 프로젝트 및 스페이스
csv-places = 프로젝트 및 스페이스(역할)
places-more = 외 { $more }개
export-style = CSV 셀
export-style-readable = 읽기 쉬운 레이블
export-style-codes = 스크립트용 코드
