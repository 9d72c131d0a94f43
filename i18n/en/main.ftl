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

## Users
users-title = Users
users-empty-title = No users to show yet
users-empty-body = Organisation users, Jira project and Confluence space members, and Jira Service Management customers appear here after the first sync.

## Audit log
audit-title = Audit log
audit-empty-title = No audit entries yet
audit-empty-body = Every action an administrator takes here is recorded in this log: who did it, when, to whom, and what Atlassian answered.

## Settings
settings-title = Settings
settings-empty-title = Not connected to Atlassian
settings-empty-body = No Atlassian organisation is connected yet. You need an organisation Admin API key; Atlassian's guide explains how to create one.
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
