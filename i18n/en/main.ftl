## The language's own name, shown in the language picker.
language-name = English

## Shell
app-name = User Account Manager
# The browser tab's title: the page's name, then the product's.
page-title = { $page } · User Account Manager
skip-to-content = Skip to content
nav-label = Main
nav-dashboard = Dashboard
nav-users = Users
nav-audit = Audit log
nav-settings = Settings
prefs-language = Language
prefs-theme = Theme
prefs-apply = Apply
theme-system = System theme
theme-light = Light theme
theme-dark = Dark theme
error-title = Something went wrong
error-body = This part of the page could not be shown. Reload the page to try again; if it keeps happening, the server log has the details.

## Dashboard
dashboard-title = Dashboard
dashboard-empty-title = No organisation data yet
dashboard-empty-body = Connect your Atlassian organisation in Settings. After the first sync, this dashboard shows your users, their activity and licence use across Jira, Confluence and Jira Service Management.
dashboard-empty-action = Open Settings
dashboard-first-sync-title = Reading your organisation
dashboard-first-sync-body = The first sync is reading users, groups and product access from Atlassian. Its progress is shown above; the numbers appear here as soon as it finishes.
dashboard-first-sync-working = Syncing…
dashboard-summary = Summary
card-total = Total users
card-total-detail = { $org } organisation users and { $customers } customers
card-active = Recently active
card-active-detail = Organisation users who used a product in the last { $days } days
card-inactive = Inactive users
card-customers = JSM customers
threshold-warning = No activity for { $days } days or more
threshold-overdue = No activity for { $days } days or more
threshold-never = No recorded activity at all
utilisation-title = Licence utilisation
utilisation-seats = { $used } of { $capacity } seats ({ $percent })
utilisation-near = Nearly full: review inactive users before buying more seats.
utilisation-over = Every seat is taken: new users cannot be given access until seats are freed or bought.
products-title = Products
products-product = Product
products-users = Users with access
products-seats = Seats used
products-cost = Monthly cost of inactive seats
products-cost-hint = Enter a price per seat to see what inactive seats cost each month.
products-cost-set = Set prices in Settings
chart-title = Last activity
chart-intro = When organisation users with an active account last used any product.
chart-days = { $from }–{ $to } days
chart-more-than = More than { $days } days
chart-table-caption = Last activity of organisation users with an active account
chart-last-active = Last active
chart-users = Users
sync-title = Sync
sync-last = Data from { $time }: { $formatted } { $count ->
        [one] account
       *[other] accounts
    }.
sync-never = Nothing has been synced yet.
sync-next = Next scheduled sync: { $time }
sync-incremental = Changes made in Atlassian last checked { $time }: { $formatted } { $count ->
        [one] user
       *[other] users
    } refreshed.
sync-incremental-failed = Checking the changes made in Atlassian failed { $time }: { $reason }
sync-failed = The sync started at { $time } failed: { $reason }
sync-now = Sync now
sync-cancel = Cancel sync
sync-phase-starting = Starting
sync-phase-collecting = Reading from Atlassian
sync-phase-indexing = Building the snapshot
sync-items = { $done } accounts read
sync-items-of = { $done } of about { $total } accounts read
sync-waits = { $requests } requests; { $seconds } s spent waiting for Atlassian's rate limits
sync-families = Products read
family-jira = Jira
family-jsm = Jira Service Management
family-confluence = Confluence
sync-family-complete = Complete
sync-family-partial = Partly read
sync-family-not-on-site = Not on this site
sync-family-not-configured = Not read: no site account is configured
sync-family-stale = Not read this time; showing data from { $time } ({ $reason })
sync-family-unread = Not read yet ({ $reason })
sync-part-project = { $count ->
        [one] { $formatted } project
       *[other] { $formatted } projects
    }
sync-part-seats = Jira's seat counts
sync-part-group = { $count ->
        [one] The members of { $formatted } group
       *[other] The members of { $formatted } groups
    }
sync-part-desk = { $count ->
        [one] The customers of { $formatted } service desk
       *[other] The customers of { $formatted } service desks
    }
sync-part-jsm-org = { $count ->
        [one] The members of { $formatted } JSM organization
       *[other] The members of { $formatted } JSM organizations
    }
sync-part-space = { $count ->
        [one] { $formatted } space
       *[other] { $formatted } spaces
    }
sync-skipped-permission = { $what } could not be read: the site account needs { $permission }.
sync-skipped-not-offered = { $what } could not be read: this site does not offer the API that lists them.
sync-skipped-names = Including: { $names }
permission-administer-projects = Administer Projects for them (or Administer Jira)
permission-administer-jira = Administer Jira
permission-browse-users = Browse users and groups
permission-desk-agent = a service desk agent or administrator role
permission-view-space = permission to view them
sync-history = Recent syncs
sync-history-started = Started
sync-history-outcome = Outcome
sync-history-accounts = Accounts
sync-history-requests = Requests
sync-outcome-running = Running
sync-outcome-complete = Complete
sync-outcome-failed = Failed
sync-outcome-cancelled = Cancelled

## Users
users-title = Users
users-empty-title = No users to show yet
users-empty-body = Organisation users, Jira project and Confluence space members, and Jira Service Management customers appear here after the first sync.
users-loading = Loading users…
users-tabs = Which users
users-tab-org = Organisation users
users-tab-projects = Project users
users-tab-customers = JSM customers
users-tab-all = All
users-presets = Quick views
users-preset-inactive = Inactive across every product
users-preset-warning = Warning
users-preset-overdue = Overdue
users-preset-never = Never active
users-clear-filters = Clear filters
users-count = { $count ->
        [one] { $formatted } user
       *[other] { $formatted } users
    }
users-as-of = as of { $time }
users-thresholds = · warning after { $warning } days, overdue after { $overdue }
users-table-caption = Users matching the filters
users-no-matches = No users match these filters.
filter-search = Search
filter-search-placeholder = Name or email
filter-type = Account type
filter-product = Product
filter-group = Group
filter-project = Project or space
filter-desk = Service desk or organization
filter-active-after = Last active on or after
filter-active-before = Last active before
filter-status = Status
filter-inactivity = Inactivity
filter-any = Any
filter-apply = Apply filters
column-name = Name
column-email = Email
column-status = Status
column-account-type = Account type
column-products = Products
column-groups = Groups
column-last-active = Last active
column-inactivity = Inactivity
column-added = Added to organisation
column-service-desks = Service desks
column-jsm-organizations = JSM organizations
column-details = Details
columns-choose = Columns
status-active = Active
status-suspended = Suspended
status-deactivated = Deactivated
status-pending = Invited
class-managed = Managed
class-external = External
class-customer = Customer
class-app = App
inactivity-active = Recently active
inactivity-warning = Warning
inactivity-overdue = Overdue
inactivity-never = Never active
never-active = Never
email-hidden = Hidden by the user's privacy settings
org-admin = Org admin
open-in-admin = Open in Atlassian Administration
list-more = { $list } +{ $more }
details = Details
details-for = Details for { $name }
details-close = Close details
details-missing = User not found
details-account-id = Account ID
details-org-admin = Organisation admin
details-scim = Provisioned by the identity provider
details-products = Products and last activity
details-product = Product
details-projects = Jira projects
details-spaces = Confluence spaces
details-none = None
yes = Yes
no = No
select-page = Select every user on this page
select-user = Select { $name }
selection-count = { $count ->
        [0] No users selected
        [one] { $formatted } user selected
       *[other] { $formatted } users selected
    }
select-all-matching = Select all { $formatted } matching
selection-clear = Clear selection
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages }
pager-size = Rows per page:
export-matching = Export matching users (CSV)
export-selected = Export selected users (CSV)
export-progress = Exporting { $done } of { $total } users…
export-cancel = Cancel export
export-cancelled = The export was cancelled.
export-done = { $count ->
        [one] Exported { $formatted } user.
       *[other] Exported { $formatted } users.
    }

## Formats
format-percent = { $value }%
format-money = { $currency } { $amount }

## Audit log
audit-title = Audit log
audit-empty-title = No audit entries yet
audit-empty-body = Every action an administrator takes here is recorded in this log: who did it, when, to whom, and what Atlassian answered.
audit-loading = Loading the audit log…
audit-search-placeholder = Admin, user, action, details or request ID
audit-filter-from = From (UTC day)
audit-filter-to = To (UTC day)
audit-filter-admin = Admin
audit-filter-action = Action
audit-filter-outcome = Outcome
audit-filter-user = Affected user
audit-filter-user-placeholder = Account ID, name or email
audit-count = { $count ->
        [one] { $formatted } entry
       *[other] { $formatted } entries
    }
audit-no-matches = No entries match these filters.
audit-table-caption = Audit log entries, newest first
audit-column-time = Time (UTC)
audit-column-admin = Admin
audit-column-action = Action
audit-column-user = Affected user
audit-column-outcome = Outcome
audit-column-status = Atlassian status
audit-column-request = Request ID
audit-column-details = Details
audit-column-entry = Entry
audit-entry-open = Details of entry { $seq }
audit-entry-title = Entry #{ $seq }
audit-job = Job { $id }
audit-export = Export CSV
audit-export-progress = Exporting { $done } of { $total } entries…
audit-export-done = { $count ->
        [one] Exported { $formatted } entry.
       *[other] Exported { $formatted } entries.
    }
audit-chain-broken = Chain broken at entry #{ $seq }: { $reason }
audit-chain-broken-help = Entries from this one on may have been changed, removed or inserted outside User Account Manager. Keep the database as it is and compare it with your last export or backup.
audit-chain-unchecked = The hash chain could not be checked.
audit-checkpoints-missing = Signed checkpoints missing: the checkpoint file no longer holds the checkpoint of entry #{ $seq } that this server wrote.
audit-checkpoints-missing-help = The file was deleted, replaced by an older copy or cut short, so the entries up to this one can no longer be checked against a signature. Restore the file from your copy (the server's log holds every checkpoint too) and keep the database as it is.
audit-action-sign_in = Sign-in
audit-action-sign_out = Sign-out
audit-action-authn_denied = Access refused
audit-action-session_ended = Session ended
audit-action-local_admin_created = Local admin created
audit-action-settings_changed = Setting changed
audit-action-secret_replaced = Credential replaced
audit-action-data_exported = Data exported
audit-action-data_deleted = Data deleted
audit-action-audit_viewed = Audit log viewed
audit-action-audit_export = Audit log exported
audit-action-users_exported = Users exported
audit-outcome-ok = Succeeded
audit-outcome-denied = Denied
audit-outcome-failed = Failed
audit-outcome-intent = Intent
audit-outcome-skipped = Skipped
audit-outcome-blocked = Blocked
audit-action-data_erasure_scheduled = Deletion of all data scheduled
audit-action-data_erasure_cancelled = Scheduled deletion cancelled
audit-action-audit_pruned = Old audit entries removed
audit-action-bulk_job_queued = Bulk job queued
audit-action-bulk_job_cancel = Bulk job cancellation requested
audit-action-bulk_job_refused = Bulk job refused
audit-action-bulk_job_ended = Bulk job ended
audit-action-bulk_deactivate = Bulk deactivation
audit-action-bulk_reactivate = Bulk reactivation
audit-action-bulk_revoke_access = Bulk product access revocation
audit-action-bulk_assign_access = Bulk product access assignment
audit-action-bulk_remove_customer = Bulk JSM customer removal
audit-action-bulk_undo_deactivate = Bulk deactivation (undo)
audit-action-bulk_undo_reactivate = Bulk reactivation (undo)
audit-action-bulk_undo_revoke_access = Bulk product access revocation (undo)
audit-action-bulk_undo_assign_access = Bulk product access assignment (undo)
audit-action-bulk_undo_remove_customer = Bulk JSM customer removal (undo)
audit-outcome-refused = Refused
audit-outcome-unknown = Outcome unknown
audit-outcome-not_sent = Not sent
audit-outcome-reread = Confirmed by re-reading
audit-outcome-queued = Queued
audit-outcome-running = Running
audit-outcome-cancelling = Cancelling
audit-outcome-cancelled = Cancelled
audit-outcome-finished = Finished
audit-csv-seq = Entry
audit-csv-time = Time (UTC)
audit-csv-actor = Admin ID
audit-csv-actor-name = Admin name
audit-csv-auth-via = Signed in with
# The Forge installation (of the Jira panel app) an admin acted from; empty for tab sign-ins.
audit-csv-installation = Jira panel installation
audit-csv-action = Action
audit-csv-target = Target
audit-csv-target-name = Affected user name
audit-csv-target-email = Affected user email
audit-csv-outcome = Outcome
audit-csv-atlassian-status = Atlassian status
audit-csv-request-id = Request ID
audit-csv-job-id = Job
audit-csv-details = Details
audit-csv-prev-hash = Previous hash
audit-csv-hash = Hash
audit-filter-source = Source
audit-source-both = This app and Atlassian
audit-source-app = This app
audit-source-atlassian = Atlassian
audit-atlassian-note = Reported by Atlassian; not part of this app's hash chain.
audit-event-open = Details of Atlassian event { $seq }
audit-event-title = Atlassian event #{ $seq }
audit-csv-source = Source
audit-csv-event-id = Atlassian event ID
audit-csv-ip = IP address
audit-csv-product = Product
audit-action-user_deactivated = User deactivated
audit-action-user_reactivated = User reactivated
audit-action-user_access_suspended = User's access suspended
audit-action-user_access_restored = User's access restored
audit-action-user_added_to_group = User added to group
audit-action-user_removed_from_group = User removed from group
audit-action-group_granted_role = Product role granted to group
audit-action-group_revoked_role = Product role revoked from group
audit-action-user_granted_role = Product role granted to user
audit-action-user_revoked_role = Product role revoked from user
audit-action-added_org_admin = Organisation admin added
audit-action-removed_org_admin = Organisation admin removed
audit-action-service_desk_customer_added = Service desk customer added
audit-action-service_desk_customer_removed = Service desk customer removed
audit-action-project_role_actor_added = Added to project role
audit-action-project_role_actor_removed = Removed from project role

## Settings
settings-title = Settings


settings-api-key-docs = How to create an Admin API key

## Not found
not-found-title = Page not found
not-found-body = There is no page at this address. The link may be mistyped, or the page may have moved.
not-found-action = Go to the dashboard

## Demo mode
demo-badge = Demo organisation
demo-banner = { $org } is a simulated organisation, so you can explore safely: nothing here touches a real Atlassian account.
demo-connect = Connect your organisation

## Errors a request can end in
error-unauthorized = Your session has ended. Sign in again to continue.
error-forbidden = Only organisation admins can do this.
error-not-found = It no longer exists. It may have been removed in Atlassian.
error-invalid-input = Some of what you entered is not valid. Check the highlighted fields.
error-atlassian-unavailable = Atlassian is not answering right now. Try again in a few minutes.
error-sync-running = A sync is already running. Wait for it to finish, or cancel it first.
error-no-snapshot = Nothing has been synced yet. The first sync starts on its own; it may take a few minutes.
error-transport = The server could not be reached. Check your connection and try again.
error-internal = Something went wrong on the server. The server log has the details.
error-payload-too-large = This request is larger than the server accepts, so nothing was done. Send less at once, for example fewer entries.
error-timeout = The server stopped this request because it took too long. Try again in a moment, or ask for less at once.

## CSV export column headers
csv-name = Name
csv-email = Email
csv-status = Status
csv-account-type = Account type
csv-products = Products
csv-product-last-active = Last active per product
csv-last-active = Last active
csv-groups = Groups
csv-inactivity = Inactivity
csv-service-desks = Service desks
csv-jsm-organizations = JSM organizations

## Signing in
login-title = Sign in
login-intro = Only organisation admins can use User Account Manager.
login-atlassian = Sign in with Atlassian
login-demo-admins = In this demo, these simulated accounts are organisation admins. Pick one of them on the simulated Atlassian sign-in page; any other account is refused.
login-local-title = Local admin account
login-login = Login
login-password = Password
login-totp = Authenticator code
login-totp-hint = Only if your account uses an authenticator app.
login-submit = Sign in
login-setup-pending = No local admin account exists yet. When it started, the server printed a one-time set-up link that creates the first one; the command uam admin create does the same.
login-signed-out = You have signed out.
login-refused-title = Sign-in refused
login-back = Back to sign-in
login-error-invalid = The login, password or authenticator code is not right.
login-error-locked = Too many failed attempts. Wait 15 minutes, then try again.
login-error-totp = The authenticator code is missing or not right.
login-error-not-admin = This Atlassian account is not an admin of this organisation, or is not on the list of admins allowed to use this server.
login-error-unavailable = Signing in is not possible right now: Atlassian or the server's database did not answer. Try again in a minute.
login-error-state = This sign-in has expired, was already used, or was started in another browser. Start again from the sign-in page.
login-error-setup-link = This set-up link has expired or was already used. Restart the server to print a new one, or create an admin with the command uam admin create.
login-error-setup-input = Check the fields: the login has no spaces, the name is filled in, the password has at least 12 characters and both passwords match.
login-error-expired = Your session has ended. Sign in again.

## First-run set-up
setup-title = Create the first admin account
setup-intro = This account signs in with a password of its own. Keep it as a break-glass account: once the Atlassian connection is set up, organisation admins sign in with Atlassian.
setup-login = Login (an e-mail address or a short name)
setup-name = Your name
setup-password = Password (at least 12 characters)
setup-password-again = Password again
setup-totp-title = Authenticator app
setup-totp-optional = Recommended: scan this code with an authenticator app and enter the code it shows. Leave the code empty to skip.
setup-totp-required = This server requires an authenticator app: scan this code with one and enter the code it shows.
setup-totp-key = Or enter this key by hand:
setup-totp-qr = QR code for the authenticator app
setup-totp-code = Code from the app
setup-submit = Create the account and sign in

## The signed-in admin
account-via-local = Local account
account-via-atlassian = Atlassian
# The admin opened the product in its Jira panel (a Forge app in Jira's administration).
account-via-forge = via Jira
account-sign-out = Sign out

## The Jira panel's first page, while it opens the panel's session from Jira's launch code
embed-opening = Opening User Account Manager…
embed-expired = This panel's session has ended. Reopen User Account Manager from Jira's administration to continue.
embed-refused = Only admins of this organisation can use User Account Manager in Jira, and only when the server allows their account.
embed-unavailable = User Account Manager cannot confirm your access right now: Atlassian or the server did not answer. Try again in a minute.

## Settings page
settings-saved = Saved.
settings-save = Save
settings-set-by-env = Set by the environment; change it where the server is configured.
settings-connection-title = Atlassian connection
settings-connection-demo = Showing { $org }, the simulated demo organisation. Connect your own organisation below.
settings-connection-env = Connected to organisation { $org }, configured by the server's environment.
settings-connection-saved = Connected to organisation { $org }.
settings-connection-pending = The saved connection is used from the server's next start. Restart the server to connect to this organisation.
settings-admin-key = Admin API key
settings-key-placeholder = Paste a new key to replace the stored one
settings-key-write-only = Write-only: the key is stored encrypted and never shown again.
settings-key-expiry = Key expiry date
settings-key-expires = Expires on { $date }.
settings-key-expires-soon = Expires on { $date }, in { $days } days. Create a new key in Atlassian and paste it here before then.
settings-key-expired = Expired on { $date }. Syncs and actions fail until a new key is saved.
settings-secret-set = ends in …{ $hint }, set by { $by } on { $at }
settings-secret-unset = not set
settings-org = Organisation ID
settings-find-orgs = Find organisations
settings-site-title = Jira, Confluence and Jira Service Management
settings-site-body = Project roles, space members, customers and Jira seats are read through the site with an account's e-mail and API token.
settings-site-url = Site URL
settings-site-email = Account e-mail
settings-site-token = API token
settings-site-token-again = Enter the token again whenever you change the site URL or the e-mail.
settings-test-connection = Test connection
settings-check-admin-key = Admin API key
settings-check-org = Organisation
settings-check-directory = Users and groups
settings-check-site = Site
settings-check-site-jira = Jira
settings-check-site-jsm = Jira Service Management
settings-check-site-confluence = Confluence
settings-check-outcome-unauthorized = refused: the key or token is wrong, expired or revoked
settings-check-outcome-forbidden = refused: the credential lacks the permission (scope) this needs
settings-check-outcome-not-found = not found: check the organisation ID or the site URL
settings-check-outcome-unreachable = Atlassian did not answer; try again later
settings-check-outcome-not-configured = not configured
settings-check-outcome-not-on-site = not on this site (the site does not have this product)
settings-prices-title = Licence prices
settings-prices-body = Optional. Enter what one seat of each product costs per month, and the dashboard shows what inactive users' seats cost. Leave a product empty to leave it out.
settings-currency = Currency (ISO code, such as USD or EUR)
settings-thresholds-title = Inactivity thresholds
settings-thresholds-body = A user with no activity for longer than the warning threshold is marked "warning"; longer than the overdue threshold, "overdue". The overdue threshold must be longer than the warning one.
settings-warning-days = Warning after (days)
settings-overdue-days = Overdue after (days)
settings-protected-title = Protected accounts
settings-protected-body = Bulk actions never deactivate or remove access from these accounts. Enter e-mail addresses, whole domains as *@example.com, or Atlassian account ids. Org admins and you are always protected.
settings-protected-add = Add addresses or domains, or account ids (paste several, separated by commas, spaces or lines)
settings-protected-add-button = Add
settings-protected-search = Search protected accounts
settings-protected-count = { $count ->
    [one] One protected entry
   *[other] { $count } protected entries
}
settings-protected-remove = Remove
settings-schedule-title = Sync schedule and audit retention
settings-sync-interval = Hours between syncs
settings-sync-interval-hint = 0 turns scheduled syncs off; "Sync now" still works.
settings-retention = Keep audit entries for (days)
settings-retention-hint = At least 180 days (as long as Atlassian's own audit log), at most 3650; 0 keeps them forever.
error-invalid-entries = These entries are not e-mail addresses or *@domain entries, so nothing was saved:
settings-data-title = Your data
settings-data-export-body = Download everything User Account Manager stores as one archive: settings (without secrets), local admin accounts (without passwords), the sync history, the audit log and the current snapshot of your users. The export is recorded in the audit log.
settings-data-export = Export everything
settings-data-delete-body = Delete everything User Account Manager stores: settings, the stored key and token, local admin accounts, sessions, snapshots and the audit log. Nothing in Atlassian changes. This cannot be undone; export first if you may need the data.
settings-data-delete-confirm = Type DELETE to confirm
settings-data-delete = Delete everything
settings-data-not-confirmed = Nothing was deleted: type DELETE exactly to confirm.
settings-data-sync-running = Nothing was deleted: a sync is running. Cancel it or wait for it to finish, then try again.
settings-data-export-failed = The export failed. The server log has the details.
settings-data-delete-failed = Deleting failed; nothing was deleted. The server log has the details.
error-reauth-failed = The password or authenticator code is not right. Nothing was scheduled.
error-reauth-stale = Confirm it is you first: sign in with Atlassian again, then delete within 5 minutes.
error-panel-refused = This is not possible from the Jira panel. Open User Account Manager in its own browser tab.
error-erasure-pending = Deleting everything is already scheduled. Cancel it first, or wait for it to run.
settings-data-delete-delay = Nothing is deleted at once: deleting runs { $hours } hours after you confirm. Until then, every admin sees it on the dashboard and can cancel it. A signed record of the erased audit log is kept.
settings-data-reauth-atlassian = You signed in with Atlassian more than 5 minutes ago. To confirm it is you, sign in again, then delete within 5 minutes.
settings-data-reauth-fresh = You signed in with Atlassian less than 5 minutes ago, which confirms it is you.
settings-data-scheduled = Deleting everything is scheduled. Until it runs, any admin can cancel it here or on the dashboard.
erasure-title = Everything is scheduled to be deleted
erasure-body = { $name } scheduled deleting everything User Account Manager stores, the audit log included, on { $scheduled }. It runs on { $due } unless an admin cancels it.
erasure-cancel = Cancel the deletion
erasure-cancelled = The deletion was cancelled. Nothing was deleted.
erasure-cancel-failed = The deletion could not be cancelled. The server log has the details.
login-deleted = Everything was deleted. The server printed a new set-up link to create the first admin account again.
error-invalid-org_id = The organisation ID is missing or not valid: it is the ID in admin.atlassian.com/o/<ID>/…, letters, digits and dashes.
error-invalid-admin_api_key = Paste an Admin API key: none is stored for this organisation yet.
error-invalid-site = The site needs its URL, an account e-mail and that account's API token together.
error-invalid-site_url = The site URL is not valid: it looks like https://your-site.atlassian.net.
error-invalid-site_host = Only https://your-site.atlassian.net sites are accepted: the API token is sent to no other host. Another host must first be allowed by the server's operator (UAM_ALLOWED_SITE_HOSTS).
error-invalid-site_api_token = A new site URL or account e-mail needs the API token again: paste that account's token for this site.
error-invalid-site_email = The account e-mail is not a valid e-mail address.
error-invalid-thresholds = Both thresholds must be whole numbers of days, with the overdue threshold longer than the warning one.
error-invalid-schedule = Enter whole numbers: hours between syncs and days to keep the audit log.
error-invalid-sync_interval_hours = Hours between syncs must be 0 (off) or between 1 and 168.
error-invalid-audit_retention_days = Keep audit entries for 0 days (forever) or between 180 and 3650 days.
error-invalid-seat_prices = Enter a three-letter currency code and prices between 0 and 100000, using digits and a decimal point.
login-atlassian-off = Sign in with Atlassian is not set up on this server. Its operator can set it up with an OAuth app (UAM_OAUTH_CLIENT_ID and UAM_OAUTH_CLIENT_SECRET); until then, sign in with a local admin account.

## Bulk actions
bulk-title = Bulk action
bulk-undo-title = Undo this job
bulk-actions = Actions…
bulk-actions-user = Actions for this user…
bulk-choose = What to do
bulk-action-deactivate = Deactivate
bulk-action-reactivate = Reactivate
bulk-action-revoke_access = Revoke product access
bulk-action-assign_access = Assign product access
bulk-action-remove_customer = Remove JSM customers
bulk-every-desk = every service desk
bulk-products = Products
bulk-desks = Service desks
bulk-desks-hint = Pick none to remove the customers from every service desk they are in.
bulk-check = Check who this affects
bulk-cancel = Cancel
bulk-checking = Checking each user against Atlassian…
bulk-starting = Starting the job…
bulk-count-changing = { $count ->
        [one] { $formatted } user will change
       *[other] { $formatted } users will change
    }
bulk-count-already = { $count ->
        [one] { $formatted } user is already in that state
       *[other] { $formatted } users are already in that state
    }
bulk-count-cannot = { $count ->
        [one] { $formatted } user cannot be changed
       *[other] { $formatted } users cannot be changed
    }
bulk-how = How it will be done
bulk-method-disable_account = { $count ->
        [one] { $formatted } account deactivated (managed by the organisation: user-management lifecycle API)
       *[other] { $formatted } accounts deactivated (managed by the organisation: user-management lifecycle API)
    }
bulk-method-enable_account = { $count ->
        [one] { $formatted } account reactivated (managed by the organisation: user-management lifecycle API)
       *[other] { $formatted } accounts reactivated (managed by the organisation: user-management lifecycle API)
    }
bulk-method-suspend = { $count ->
        [one] { $formatted } user loses access to the organisation (suspended: the organisation does not manage the account)
       *[other] { $formatted } users lose access to the organisation (suspended: the organisation does not manage their accounts)
    }
bulk-method-restore = { $count ->
        [one] { $formatted } user gets access to the organisation back (restored: the organisation does not manage the account)
       *[other] { $formatted } users get access to the organisation back (restored: the organisation does not manage their accounts)
    }
bulk-method-leave_group = { $count ->
        [one] { $formatted } user removed from the groups that give the products
       *[other] { $formatted } users removed from the groups that give the products
    }
bulk-method-join_group = { $count ->
        [one] { $formatted } user added to a group that gives the products
       *[other] { $formatted } users added to a group that gives the products
    }
bulk-method-revoke_role = { $count ->
        [one] { $formatted } user loses a product role held directly
       *[other] { $formatted } users lose a product role held directly
    }
bulk-method-assign_role = { $count ->
        [one] { $formatted } user given the product role directly
       *[other] { $formatted } users given the product role directly
    }
bulk-method-remove_customer = { $count ->
        [one] { $formatted } customer removed from service desks
       *[other] { $formatted } customers removed from service desks
    }
bulk-method-add_customer = { $count ->
        [one] { $formatted } customer added back to service desks
       *[other] { $formatted } customers added back to service desks
    }
bulk-nothing = Nothing to change: every selected user is already in that state or cannot be changed.
bulk-skipped = Left alone
bulk-skipped-more = …and { $count } more.
bulk-reason = Reason
bulk-type-to-confirm = Type { $count } to confirm
bulk-presets = Clean-up actions
bulk-preset-overdue = Deactivate everyone overdue
bulk-preset-revoke = Revoke { $product } from users inactive in it for { $days } days
bulk-skip-already_done = Already in that state
bulk-skip-protected = Protected in Settings
bulk-skip-org_admin = Organisation admin: never changed by a bulk action
bulk-skip-acting_admin = Your own account: never changed by your own bulk action
bulk-skip-identity_provider = Provisioned by the identity provider (SCIM), which manages this account's access
bulk-skip-lookup_failed = Atlassian could not be asked about this user's current state, so nothing was risked
bulk-skip-not_found = Atlassian no longer knows this account
bulk-skip-not_applicable = This action does not apply to this kind of account
bulk-skip-no_way = The access comes from somewhere this product cannot change
bulk-skip-direct_role_unavailable = Held directly, and this organisation does not offer Atlassian's API for direct product roles (limited availability), so nothing was risked
bulk-step-disable_account = Deactivated the account
bulk-step-enable_account = Reactivated the account
bulk-step-suspend = Suspended access to the organisation
bulk-step-restore = Restored access to the organisation
bulk-step-leave_group = Removed from group { $object }
bulk-step-join_group = Added to group { $object }
bulk-step-revoke_role = Revoked the { $object } role
bulk-step-assign_role = Assigned the { $object } role
bulk-step-remove_customer = Removed as a customer of { $object }
bulk-step-add_customer = Added as a customer of { $object }

## Jobs
nav-jobs = Jobs
jobs-title = Jobs
jobs-intro = Bulk actions run as jobs on the server: they carry on when you close the tab, every admin sees them, and one runs at a time while the others wait their turn.
jobs-loading = Loading jobs…
jobs-empty-title = No jobs yet
jobs-empty-body = Bulk actions started from the Users page or the dashboard appear here, with their progress and each user's result.
jobs-caption = Bulk-action jobs, newest first
job-title = Job
job-back = All jobs
job-loading = Loading the job…
job-action = Action
job-state = State
job-progress = Progress
job-started-by = Started by
job-created = Created
job-started = Started
job-finished = Ended
job-counts = { $done } done, { $skipped } skipped, { $failed } failed of { $total }
job-count-done = { $formatted } done
job-count-skipped = { $formatted } skipped
job-count-failed = { $formatted } failed
job-count-unknown = { $formatted } interrupted, outcome unknown
job-count-cancelled = { $formatted } not reached (cancelled)
job-count-pending = { $formatted } waiting
job-waiting = Waiting for Atlassian's rate limit until { $time }
job-queue-position = { $count ->
        [0] Queued: next in line
        [one] Queued: { $count } job ahead
       *[other] Queued: { $count } jobs ahead
    }
job-undo-of = This job undoes an earlier one.
job-open-original = Open the original job
job-undone-by = This job has been undone.
job-open-undo = Open the undo job
job-undone-by-short = undone
job-error = Stopped early:
job-stopped-panic = an internal error stopped this job. Users it had not reached were left unchanged.
job-stopped-not-admin = the admin who started it is no longer an organisation admin allowed to use this server, so it was refused.
job-stopped-admin-unconfirmed = Atlassian could not confirm that the admin who started it is still an organisation admin, so it was refused.
job-cancel = Cancel the job
job-undo = Undo this job
job-results = Results per user
job-filter = Show
job-filter-all = All
job-item-state = Result
job-steps = Steps
job-outcome = Reason and Atlassian's answer
job-no-items = No users in this state.
job-atlassian-status = Atlassian answered { $status }
job-request-id = Request ID
job-state-queued = Queued
job-state-running = Running
job-state-cancelling = Cancelling
job-state-cancelled = Cancelled
job-state-finished = Finished
job-state-failed = Failed
job-item-pending = Waiting
job-item-running = In progress
job-item-done = Done
job-item-skipped = Skipped
job-item-failed = Failed
job-item-unknown = Outcome unknown
job-item-cancelled = Cancelled

## H4: the Audit page: the viewer's own views, the chain's reach, details as sentences
audit-my-views = Show my views of the log
audit-views-hidden = Your own views of the log, hidden: { $formatted }.
audit-views-show = Show them
audit-chain-verified-through = Chain verified through entry #{ $last }, last signed checkpoint #{ $seq } at { $time }.
audit-chain-verified-through-unsigned = Chain verified through entry #{ $last }, no signed checkpoint yet.
audit-job-titled = { $title } · job { $id }
audit-csv-details-json = Details (JSON)
audit-say-via-local = Signed in with a local account.
audit-say-via-atlassian = Signed in with Atlassian.
audit-say-via-forge = Signed in from the Jira panel.
audit-say-refused = Refused: { $reason }
audit-say-attempts = Failed attempts: { $count }, since { $since }.
audit-say-from = From the address { $address }.
audit-say-session-ended = The admin is no longer an organisation admin, so the session was closed.
audit-say-totp-on = Signs in with a password and an authenticator code.
audit-say-totp-off = Signs in with a password only.
audit-say-setting = { $setting } changed from { $before } to { $after }.
audit-say-secret = { $setting } replaced: the old one ended in { $before }, the new one ends in { $after }.
audit-say-secret-first = { $setting } set: it ends in { $after }.
audit-say-nothing = nothing
audit-say-yes = Yes
audit-say-no = No
audit-say-data-exported = Everything was exported: users: { $users }, size: { $size } KB.
audit-say-data-deleted = Everything stored was deleted; the log starts again here.
audit-say-erasure-times = Scheduled at { $scheduled }, due at { $due }.
audit-say-erasure-due = Everything will be deleted at { $due } unless an admin cancels it.
audit-say-erasure-cancelled = Cancelled the deletion that { $by } had scheduled for { $due }.
audit-say-viewed = Read the log.
audit-say-filter = Filters: { $filter }.
audit-say-audit-export = Entries exported: { $count }.
audit-say-pruned = Entries removed under the retention setting: { $count }, all older than { $cutoff }; the last was #{ $seq }.
audit-say-users-exported = Users exported from a view of the Users table: { $count }.
audit-say-users-selected = Selected users exported: { $count }.
audit-say-job-queued = Users in the plan: { $users }; to change: { $changing }; left alone: { $skipped }.
audit-say-job-cancel = Asked the job to stop; users already in progress finish first.
audit-say-job-ended = The job ended ({ $state }): { $counts }.
audit-say-step-intent = About to ask Atlassian: { $step }.
audit-say-step-failed = Failed (attempt { $attempt }): { $step }. Atlassian's answer: { $error }
audit-say-reread-yes = Reading the user again showed that the change was made.
audit-say-reread-no = Reading the user again showed that the change was not made.
audit-say-interrupted = Interrupted by a server restart, then settled by reading the user again.
audit-say-skip-preflight = Left alone at the pre-flight: { $reason }.
audit-say-error = Error: { $error }
audit-say-exercise = Written to check the audit vocabulary; no admin took this action.

## Settings (area H1): bounded Atlassian checks, their results one per line, the danger zone
error-atlassian-timeout = Atlassian did not answer in time. Try again in a moment.
error-invalid-admin_api_key_refused = Atlassian refused this key: it is wrong, expired or revoked, or it may not read organisations. Check it in admin.atlassian.com.
settings-no-answer = Atlassian did not answer within { $seconds } seconds. Try again in a moment; if it keeps happening, Atlassian may be having problems.
settings-finding-orgs = Looking for organisations…
settings-orgs-found = Organisations this key can see: { $count }. Pick one in the Organisation ID field.
settings-orgs-none = This key sees no organisation. Check that it is an organisation Admin API key, not a personal API token.
settings-checking = Checking the connection with Atlassian…
settings-check-col-check = Check
settings-check-col-result = Result
settings-check-col-detail = What it means
settings-check-result-ok = Works
settings-check-result-unused = Not used
settings-check-result-failed = Needs attention
settings-check-ok-detail = Atlassian accepted the credential and answered.
settings-check-status = Atlassian's answer, for support: HTTP { $status }
settings-check-summary = Checks that work: { $working } of { $total }.
settings-check-outcome-timeout = no answer within { $seconds } seconds: Atlassian may be slow or down; try again in a few minutes
settings-check-outcome-rate-limited = Atlassian is limiting requests right now (too many in a short time); try again in a minute
settings-check-outcome-server-error = Atlassian had a problem on its side and could not answer; try again later
settings-check-outcome-rejected = Atlassian refused the request as sent; the server log has the details
settings-nav-label = Sections of the settings
settings-danger-title = Danger zone
settings-danger-unlock = The button unlocks once DELETE is typed.

# H2: bulk actions and jobs (issue 21): job titles, the pre-flight's list of changes, job outcomes
job-title-deactivate = Deactivate { $users }
job-title-reactivate = Reactivate { $users }
job-title-revoke_access = Revoke { $subjects } from { $users }
job-title-assign_access = Give { $subjects } to { $users }
job-title-remove_customer = Remove { $users } from { $subjects }
job-title-add_customer = Add { $users } back to { $subjects }
job-undo-of-job = undo of job { $job }
bulk-plan-disable_account = Deactivate (managed account)
bulk-plan-enable_account = Reactivate (managed account)
bulk-plan-suspend = Suspend access to the organisation
bulk-plan-restore = Restore access to the organisation
bulk-plan-leave_group = Remove from group { $object }
bulk-plan-join_group = Add to group { $object }
bulk-plan-revoke_role = Revoke { $object } access
bulk-plan-assign_role = Give { $object } access
bulk-plan-remove_customer = Remove from { $object }
bulk-plan-add_customer = Add back to { $object }
bulk-changing = Users who will change
bulk-change = Change
bulk-search = Search by name or e-mail
bulk-search-none = No user matches this search.
job-outcome-confirmed = Done: Atlassian confirmed the change
job-outcome-refused = Atlassian refused the change
job-outcome-unavailable = Atlassian did not take the change for now (busy or unavailable)
bulk-their-desks = the service desks they were in

# Users table layout: the folded filter panel and the chips of the filters in force
filters-toggle = Filters
filters-active = Active filters
filter-chip = { $name }: { $value }
filter-remove = Remove filter: { $filter }

# Users and dashboard (area H3): the no-access class, project users' places, the CSV cells' style
inactivity-no_access = No access
card-no-access = Cannot sign in (suspended or deactivated): { $formatted }
column-places = Projects and spaces
csv-places = Projects and spaces (roles)
places-more = +{ $more } more
export-style = CSV cells
export-style-readable = Readable labels
export-style-codes = Codes for scripts
