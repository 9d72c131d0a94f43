//! The calls the product makes, one method per Atlassian operation, grouped by API family. Each
//! builds its URL from encoded path segments (ids come from Atlassian, but are never trusted to
//! be URL-safe), picks the right credential and pagination style, and says whether a repeat is
//! safe. Requests and answers are the typed shapes of [`super::api`]; listings return [`Pages`]
//! of those records, each owning what it needs to fetch the next page.

use std::sync::Arc;

use http::Method;
use reqwest::Url;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;

use super::{
    Auth, Call, Pages, Reply, Style, Upstream, UpstreamError,
    api::{
        AccountIds, SiteUser,
        admin::{
            Directories, Directory, Disable, Group, GroupSearch, LastActiveDates, Membership, Org, OrgUser, Profile,
            RoleAssignment, RoleChange, UserSearch, Workspace, WorkspaceSearch,
        },
        confluence::{Space, SpacePermission, SpaceRole, SpaceRoleAssignment, UsersBulk},
        jira::{ApplicationRole, Myself, Project, ProjectRole, ProjectRoles},
        jsm::{Organization, ServiceDesk},
        loose,
    },
};

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

    /// Sends a read and decodes its answer.
    async fn read<T: DeserializeOwned>(&self, call: Call) -> Result<T, UpstreamError> {
        self.engine.send(&call).await?.json()
    }

    /// A listing carried by this upstream's engine.
    fn pages<T: DeserializeOwned>(&self, call: Call, style: Style, page_size: usize) -> Pages<T> {
        Pages::new(Arc::clone(&self.engine), call, style, page_size)
    }

    // ----- organization admin API -----

    /// The organisations the key can see.
    pub fn orgs(&self) -> Pages<Org> {
        self.pages(Call::get(self.admin(&["admin", "v1", "orgs"]), self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    pub fn directories(&self) -> Pages<Directory> {
        self.pages(Call::get(self.org("v2", &["directories"]), self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    /// The org's users (`POST .../directories/{directoryId}/users/search`) in `directories`,
    /// matching `search`, with what its `expand` adds: the one way the sync, the incremental
    /// sync, bulk jobs' lookups, sign-in and Settings read users. Searching one directory at a
    /// time tells which directory holds each user (the v2 writes need its real id): one search
    /// per directory rather than one directory lookup per user.
    pub fn search_users(&self, directories: Directories<'_>, search: &UserSearch<'_>) -> Pages<OrgUser> {
        let url = self.org("v2", &["directories", directories.segment(), "users", "search"]);
        self.pages(Call::search(url, self.admin_auth(), body(search)), Style::AdminCursor, ADMIN_PAGE)
    }

    /// Groups of every directory matching `search` (`POST .../groups/search`; reading across
    /// directories with `-` is documented for reads): every group, or with `resourceIds` the
    /// groups that grant a product.
    pub fn search_groups(&self, search: &GroupSearch<'_>) -> Pages<Group> {
        let url = self.org("v2", &["directories", "-", "groups", "search"]);
        self.pages(Call::search(url, self.admin_auth(), body(search)), Style::AdminCursor, ADMIN_PAGE)
    }

    pub fn user_role_assignments(&self, directories: Directories<'_>, account_id: &str) -> Pages<RoleAssignment> {
        let segments = ["directories", directories.segment(), "users", account_id, "role-assignments"];
        self.pages(Call::get(self.org("v2", &segments), self.admin_auth()), Style::AdminCursor, ADMIN_PAGE)
    }

    /// Products with their seats used (`usage`) and bought (`capacity`). Next pages send the
    /// cursor alone, as the spec requires.
    pub fn workspaces(&self) -> Pages<Workspace> {
        let call = Call::search(self.org("v2", &["workspaces"]), self.admin_auth(), body(&WorkspaceSearch::default()));
        self.pages(call, Style::AdminCursor, WORKSPACES_PAGE).cursor_alone()
    }

    /// Per-product last-active dates of one user (v1; for when a page of users lacks them).
    pub async fn last_active_dates(&self, account_id: &str) -> Result<LastActiveDates, UpstreamError> {
        let url = self.org("v1", &["directory", "users", account_id, "last-active-dates"]);
        self.read(Call::get(url, self.admin_auth())).await
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
        let membership = body(&Membership { account_id });
        self.done(Call::change(Method::POST, url, self.admin_auth(), Some(membership))).await
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
        let change = body(&RoleChange { role, resource });
        self.done(Call::change(Method::POST, url, self.admin_auth(), Some(change))).await
    }

    /// The organisation's audit events, newest first, that happened at or after `from` (and at
    /// or before `to`). The spec allows 10 requests a minute on this path, so pages are the
    /// largest it allows ([`EVENTS_PAGE`]); the limit rides in the URL so that every page, not
    /// only the first, asks for it. The next cursor is `meta.next` (or `links.next`). Events
    /// stay JSON: their objects vary by action, and the events reader checks each against what
    /// the spec requires.
    pub fn events(
        &self,
        from: Option<chrono::DateTime<chrono::Utc>>,
        to: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Pages<Value> {
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
        self.pages(Call::get(url, self.admin_auth()), Style::AdminCursor, EVENTS_PAGE)
    }

    // ----- user management API (managed accounts) -----

    pub async fn profile(&self, account_id: &str) -> Result<Profile, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "profile"]);
        self.read(Call::get(url, self.admin_auth())).await
    }

    /// Deactivates the Atlassian account itself (managed accounts only). The spec requires a
    /// body, an object whose `message` is optional (Atlassian shows a default one without it).
    pub async fn disable_account(&self, account_id: &str, message: Option<&str>) -> Result<Reply, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "lifecycle", "disable"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), Some(body(&Disable { message })))).await
    }

    pub async fn enable_account(&self, account_id: &str) -> Result<Reply, UpstreamError> {
        let url = self.admin(&["users", account_id, "manage", "lifecycle", "enable"]);
        self.done(Call::change(Method::POST, url, self.admin_auth(), None)).await
    }

    // ----- Jira -----

    pub fn jira_projects(&self) -> Result<Pages<Project>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "project", "search"])?;
        Ok(self.pages(Call::get(url, auth), Style::JiraOffset, JIRA_PAGE))
    }

    /// A project's roles: role name → role URL (the id is its last segment).
    pub async fn jira_project_roles(&self, project: &str) -> Result<ProjectRoles, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "project", project, "role"])?;
        self.read(Call::get(url, auth)).await
    }

    /// One project role with its actors, inactive users included.
    pub async fn jira_project_role(&self, project: &str, role_id: &str) -> Result<ProjectRole, UpstreamError> {
        let (mut url, auth) = self.on_site(&["rest", "api", "3", "project", project, "role", role_id])?;
        url.query_pairs_mut().append_pair("excludeInactiveUsers", "false");
        self.read(Call::get(url, auth)).await
    }

    pub fn jira_group_members(&self, group_id: &str) -> Result<Pages<SiteUser>, UpstreamError> {
        let (mut url, auth) = self.on_site(&["rest", "api", "3", "group", "member"])?;
        url.query_pairs_mut().append_pair("groupId", group_id).append_pair("includeInactiveUsers", "true");
        Ok(self.pages(Call::get(url, auth), Style::JiraOffset, 50))
    }

    /// Every account the site knows, customers and apps included.
    pub fn jira_users(&self) -> Result<Pages<SiteUser>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "users", "search"])?;
        Ok(self.pages(Call::get(url, auth), Style::JiraArray, JIRA_USERS_PAGE))
    }

    /// Seats of the Jira family products.
    pub async fn jira_application_roles(&self) -> Result<Vec<ApplicationRole>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "applicationrole"])?;
        Ok(self.read::<loose::Items<ApplicationRole>>(Call::get(url, auth)).await?.0)
    }

    /// The site account the credentials belong to (a cheap credential check).
    pub async fn jira_myself(&self) -> Result<Myself, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "api", "3", "myself"])?;
        self.read(Call::get(url, auth)).await
    }

    // ----- Jira Service Management -----

    pub fn service_desks(&self) -> Result<Pages<ServiceDesk>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk"])?;
        Ok(self.pages(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    /// A service desk's customers (an experimental API: it needs the opt-in header).
    pub fn desk_customers(&self, desk_id: &str) -> Result<Pages<SiteUser>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk", desk_id, "customer"])?;
        Ok(self.pages(Call::get(url, auth).header("X-ExperimentalApi", "opt-in"), Style::JsmOffset, JSM_PAGE))
    }

    /// Every JSM organization of the site, those no service desk uses included.
    pub fn jsm_organizations(&self) -> Result<Pages<Organization>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "organization"])?;
        Ok(self.pages(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    pub fn jsm_organization_users(&self, organization_id: &str) -> Result<Pages<SiteUser>, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "organization", organization_id, "user"])?;
        Ok(self.pages(Call::get(url, auth), Style::JsmOffset, JSM_PAGE))
    }

    /// Adds customers to one service desk (how undo puts removed customers back).
    pub async fn add_customers(&self, desk_id: &str, account_ids: &[String]) -> Result<Reply, UpstreamError> {
        self.desk_customers_change(Method::POST, desk_id, account_ids).await
    }

    /// Removes customers from one service desk.
    pub async fn remove_customers(&self, desk_id: &str, account_ids: &[String]) -> Result<Reply, UpstreamError> {
        self.desk_customers_change(Method::DELETE, desk_id, account_ids).await
    }

    /// Adds (`POST`) or removes (`DELETE`) a desk's customers: the same path, body and opt-in.
    async fn desk_customers_change(
        &self,
        method: Method,
        desk_id: &str,
        account_ids: &[String],
    ) -> Result<Reply, UpstreamError> {
        let (url, auth) = self.on_site(&["rest", "servicedeskapi", "servicedesk", desk_id, "customer"])?;
        let call = Call::change(method, url, auth, Some(body(&AccountIds { account_ids })))
            .header("X-ExperimentalApi", "opt-in");
        self.done(call).await
    }

    // ----- Confluence -----

    pub fn spaces(&self) -> Result<Pages<Space>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces"])?;
        Ok(self.pages(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    /// A space's permissions (`principal` user, group or role, and `operation`): the stable
    /// listing, for sites without the `x-experimental` space-roles API.
    pub fn space_permissions(&self, space_id: &str) -> Result<Pages<SpacePermission>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces", space_id, "permissions"])?;
        Ok(self.pages(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn space_role_assignments(&self, space_id: &str) -> Result<Pages<SpaceRoleAssignment>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "spaces", space_id, "role-assignments"])?;
        Ok(self.pages(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn space_roles(&self) -> Result<Pages<SpaceRole>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "space-roles"])?;
        Ok(self.pages(Call::get(url, auth), Style::ConfluenceCursor, CONFLUENCE_PAGE))
    }

    pub fn confluence_group_members(&self, group_id: &str) -> Result<Pages<SiteUser>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "rest", "api", "group", group_id, "membersByGroupId"])?;
        Ok(self.pages(Call::get(url, auth), Style::ConfluenceOffset, CONFLUENCE_V1_PAGE))
    }

    /// Up to 250 accounts by id (status, type, e-mail where visible).
    pub async fn confluence_users(&self, account_ids: &[String]) -> Result<Vec<SiteUser>, UpstreamError> {
        let (url, auth) = self.on_site(&["wiki", "api", "v2", "users-bulk"])?;
        let found: UsersBulk = self.read(Call::search(url, auth, body(&AccountIds { account_ids }))).await?;
        Ok(found.results)
    }
}

/// A typed request as the JSON body a call carries. These plain structs (string keys, no
/// failing serialisers) always serialise; were one not to, the call would carry `null`, which
/// Atlassian refuses, rather than half a request.
fn body(request: &impl Serialize) -> Value {
    serde_json::to_value(request).unwrap_or(Value::Null)
}
