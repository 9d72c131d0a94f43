//! The calls the product makes, one method per Atlassian operation, grouped by API family. Each
//! builds its URL from encoded path segments (ids come from Atlassian, but are never trusted to
//! be URL-safe), picks the right credential and pagination style, and says whether a repeat is
//! safe. Listings return [`Pages`] of JSON items; the sync maps them into its own model.

use http::Method;
use reqwest::Url;
use serde_json::{Value, json};

use super::{Auth, Call, Pages, Reply, Style, Upstream, UpstreamError};

/// Page sizes: the largest each API allows, to make the fewest requests.
const ADMIN_PAGE: usize = 100;
/// The workspaces search allows up to 1,000 a page.
const WORKSPACES_PAGE: usize = 1_000;
const JIRA_PAGE: usize = 100;
const JIRA_USERS_PAGE: usize = 1_000;
const JSM_PAGE: usize = 50;
const CONFLUENCE_PAGE: usize = 250;
const CONFLUENCE_V1_PAGE: usize = 200;
/// Events per page: the events API's largest (`limit` 1 to 500).
pub const EVENTS_PAGE: usize = 500;

impl Upstream {
    /// `base` + each segment, percent-encoded.
    fn url(base: &Url, segments: &[&str]) -> Url {
        let mut url = base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    fn admin(&self, segments: &[&str]) -> Url {
        Upstream::url(&self.connection.admin_url, segments)
    }

    fn org(&self, version: &str, segments: &[&str]) -> Url {
        let mut all = vec!["admin", version, "orgs", self.connection.org_id.as_str()];
        all.extend_from_slice(segments);
        self.admin(&all)
    }

    fn on_site(&self, segments: &[&str]) -> Result<(Url, Auth), UpstreamError> {
        let (base, auth) = self.site("").ok_or(UpstreamError::SiteNotConfigured)?;
        Ok((Upstream::url(&base, segments), auth))
    }

    /// Sends a change; the answer carries Atlassian's status and request id for the audit log.
    async fn done(&self, call: Call) -> Result<Reply, UpstreamError> {
        self.engine.send(&call).await
    }

    // ----- organization admin API -----

    /// The organisations the key can see.
    pub fn orgs(&self) -> Pages {
        Pages::new(Call::get(self.admin(&["admin", "v1", "orgs"]), self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    pub fn directories(&self) -> Pages {
        Pages::new(Call::get(self.org("v2", &["directories"]), self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    /// Users of every directory the key manages, matching `filter` (the `users/search` body:
    /// `expand`, `status`, `groupIds`, ...).
    pub fn search_users(&self, filter: Value) -> Pages {
        self.search_directory_users("-", filter)
    }

    /// Users of one directory matching `filter`: what tells a bulk action which directory holds
    /// each user (the v2 writes need its real id), one search per directory rather than one
    /// directory lookup per user.
    pub fn search_directory_users(&self, directory_id: &str, filter: Value) -> Pages {
        let url = self.org("v2", &["directories", directory_id, "users", "search"]);
        Pages::new(Call::search(url, self.admin_auth(), filter), Style::AdminCursor, ADMIN_PAGE)
    }

    /// Groups of every directory matching `filter`, the body of `POST .../groups/search` as the
    /// generated admin client has it (`groupIds`, `groupNames`, `accountIds`, `resourceIds`,
    /// `roleIds`, `searchTerm`, `expand`: `counts.users`, `counts.resources`). Reading across
    /// directories with `-` is documented for reads. Callers pass e.g.
    /// `{"expand": ["counts.users", "counts.resources"]}` for every group with its counts, or
    /// `{"resourceIds": [ari]}` for the groups that grant a product.
    pub fn search_groups(&self, filter: Value) -> Pages {
        let url = self.org("v2", &["directories", "-", "groups", "search"]);
        Pages::new(Call::search(url, self.admin_auth(), filter), Style::AdminCursor, ADMIN_PAGE)
    }

    pub fn user_role_assignments(&self, directory_id: &str, account_id: &str) -> Pages {
        let url = self.org("v2", &["directories", directory_id, "users", account_id, "role-assignments"]);
        Pages::new(Call::get(url, self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    /// Products with their seats used (`usage`) and bought (`capacity`). Next pages send the
    /// cursor alone, as the spec requires.
    pub fn workspaces(&self) -> Pages {
        let call = Call::search(self.org("v2", &["workspaces"]), self.admin_auth(), json!({}));
        Pages::new(call, Style::AdminCursor, WORKSPACES_PAGE).cursor_alone()
    }

    /// Per-product last-active dates of one user (v1; for when a page of users lacks them).
    pub async fn last_active_dates(&self, account_id: &str) -> Result<Value, UpstreamError> {
        let url = self.org("v1", &["directory", "users", account_id, "last-active-dates"]);
        self.engine.send(&Call::get(url, self.admin_auth())).await?.json()
    }

    /// Suspends the user's access to the org (no billing; groups and roles are kept).
    pub async fn suspend(&self, directory_id: &str, account_id: &str) -> Result<Reply, UpstreamError> {
        let url = self.org("v2", &["directories", directory_id, "users", account_id, "suspend"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), None)).await
    }

    pub async fn restore(&self, directory_id: &str, account_id: &str) -> Result<Reply, UpstreamError> {
        let url = self.org("v2", &["directories", directory_id, "users", account_id, "restore"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), None)).await
    }

    pub async fn add_to_group(
        &self,
        directory_id: &str,
        group_id: &str,
        account_id: &str,
    ) -> Result<Reply, UpstreamError> {
        let url = self.org("v2", &["directories", directory_id, "groups", group_id, "memberships"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), Some(json!({ "accountId": account_id })))).await
    }

    pub async fn remove_from_group(
        &self,
        directory_id: &str,
        group_id: &str,
        account_id: &str,
    ) -> Result<Reply, UpstreamError> {
        let url = self.org("v2", &["directories", directory_id, "groups", group_id, "memberships", account_id]);
        self.done(Call::change(Method::DELETE, url, self.admin_auth(), None)).await
    }

    /// Grants or revokes a product role to one user directly (v1, limited availability).
    pub async fn user_role(
        &self,
        account_id: &str,
        role: &str,
        resource: &str,
        grant: bool,
    ) -> Result<Reply, UpstreamError> {
        let url = self.org("v1", &["users", account_id, "roles", if grant { "assign" } else { "revoke" }]);
        self.done(Call::change(
            Method::POST,
            url,
            self.admin_auth(),
            Some(json!({ "role": role, "resource": resource })),
        ))
        .await
    }

    /// The organisation's audit events, newest first, that happened at or after `from` (and at
    /// or before `to`). The spec allows 10 requests a minute on this path, so pages are the
    /// largest it allows ([`EVENTS_PAGE`]); the limit rides in the URL so that every page, not
    /// only the first, asks for it. The next cursor is `meta.next` (or `links.next`).
    pub fn events(
        &self,
        from: Option<chrono::DateTime<chrono::Utc>>,
        to: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Pages {
        let mut url = self.org("v1", &["events"]);
        {
            let mut query = url.query_pairs_mut();
            if let Some(from) = from {
                query.append_pair("from", &from.timestamp_millis().to_string());
            }
            if let Some(to) = to {
                query.append_pair("to", &to.timestamp_millis().to_string());
            }
            query.append_pair("limit", &EVENTS_PAGE.to_string());
        }
        Pages::new(Call::get(url, self.admin_auth()), Style::AdminCursor, EVENTS_PAGE)
    }

    // ----- user management API (managed accounts) -----

    pub async fn profile(&self, account_id: &str) -> Result<Value, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "profile"]);
        self.engine.send(&Call::get(url, self.admin_auth())).await?.json()
    }

    /// Deactivates the Atlassian account itself (managed accounts only). The spec requires a
    /// body, an object whose `message` is optional (Atlassian shows a default one without it).
    pub async fn disable_account(&self, account_id: &str, message: Option<&str>) -> Result<Reply, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "lifecycle", "disable"]);
        let body = message.map_or_else(|| json!({}), |m| json!({ "message": m }));
        self.done(Call::change(Method::POST, url, self.admin_auth(), Some(body))).await
    }

    pub async fn enable_account(&self, account_id: &str) -> Result<Reply, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "lifecycle", "enable"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), None)).await
    }

    // ----- Jira -----

    pub fn jira_projects(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "project", "search"])?;
        Ok(Pages::new(Call::get(url, auth), Style::JiraOffset, JIRA_PAGE))
    }

    /// A project's roles: role name → role URL (the id is its last segment).
    pub async fn jira_project_roles(&self, project: &str) -> Result<Value, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "project", project, "role"])?;
        self.engine.send(&Call::get(url, auth)).await?.json()
    }

    /// One project role with its actors, inactive users included.
    pub async fn jira_project_role(&self, project: &str, role_id: &str) -> Result<Value, UpstreamError> {
        let (mut url, auth) = self.on_site(&["rest", "api", "3", "project", project, "role", role_id])?;
        url.query_pairs_mut().append_pair("excludeInactiveUsers", "false");
        self.engine.send(&Call::get(url, auth)).await?.json()
    }

    pub fn jira_group_members(&self, group_id: &str) -> Result<Pages, UpstreamError> {
        let (mut url, auth) = self.on_site(&["rest", "api", "3", "group", "member"])?;
        url.query_pairs_mut().append_pair("groupId", group_id).append_pair("includeInactiveUsers", "true");
        Ok(Pages::new(Call::get(url, auth), Style::JiraOffset, 50))
    }

    /// Every account the site knows, customers and apps included.
    pub fn jira_users(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "users", "search"])?;
        Ok(Pages::new(Call::get(url, auth), Style::JiraArray, JIRA_USERS_PAGE))
    }

    /// Seats of the Jira family products.
    pub async fn jira_application_roles(&self) -> Result<Value, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "applicationrole"])?;
        self.engine.send(&Call::get(url, auth)).await?.json()
    }

    /// The site account the credentials belong to (a cheap credential check).
    pub async fn jira_myself(&self) -> Result<Value, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "myself"])?;
        self.engine.send(&Call::get(url, auth)).await?.json()
    }

    // ----- Jira Service Management -----

    pub fn service_desks(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk"])?;
        Ok(Pages::new(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    /// A service desk's customers (an experimental API: it needs the opt-in header).
    pub fn desk_customers(&self, desk_id: &str) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk", desk_id, "customer"])?;
        Ok(Pages::new(Call::get(url, auth).header("X-ExperimentalApi", "opt-in"), Style::JsmOffset, JSM_PAGE))
    }

    /// Every JSM organization of the site, those no service desk uses included.
    pub fn jsm_organizations(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "organization"])?;
        Ok(Pages::new(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    pub fn jsm_organization_users(&self, organization_id: &str) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "organization", organization_id, "user"])?;
        Ok(Pages::new(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    /// Adds customers to one service desk (how undo puts removed customers back).
    pub async fn add_customers(&self, desk_id: &str, account_ids: &[String]) -> Result<Reply, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk", desk_id, "customer"])?;
        let call = Call::change(Method::POST, url, auth, Some(json!({ "accountIds": account_ids })))
            .header("X-ExperimentalApi", "opt-in");
        self.done(call).await
    }

    /// Removes customers from one service desk.
    pub async fn remove_customers(&self, desk_id: &str, account_ids: &[String]) -> Result<Reply, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk", desk_id, "customer"])?;
        let call = Call::change(Method::DELETE, url, auth, Some(json!({ "accountIds": account_ids })))
            .header("X-ExperimentalApi", "opt-in");
        self.done(call).await
    }

    // ----- Confluence -----

    pub fn spaces(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces"])?;
        Ok(Pages::new(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    /// A space's permissions (`principal` user, group or role, and `operation`): the stable
    /// listing, for sites without the `x-experimental` space-roles API.
    pub fn space_permissions(&self, space_id: &str) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces", space_id, "permissions"])?;
        Ok(Pages::new(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn space_role_assignments(&self, space_id: &str) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces", space_id, "role-assignments"])?;
        Ok(Pages::new(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn space_roles(&self) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "space-roles"])?;
        Ok(Pages::new(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn confluence_group_members(&self, group_id: &str) -> Result<Pages, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "rest", "api", "group", group_id, "membersByGroupId"])?;
        Ok(Pages::new(Call::get(url, auth), Style::ConfluenceOffset, CONFLUENCE_V1_PAGE))
    }

    /// Up to 250 accounts by id (status, type, e-mail where visible).
    pub async fn confluence_users(&self, account_ids: &[String]) -> Result<Vec<Value>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "users-bulk"])?;
        let reply = self.engine.send(&Call::search(url, auth, json!({ "accountIds": account_ids }))).await?;
        let body: Value = reply.json()?;
        Ok(body["results"].as_array().cloned().unwrap_or_default())
    }
}
