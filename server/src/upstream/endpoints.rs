//! Every Atlassian endpoint the product calls, in one place, with the contract it is held to: the
//! published OpenAPI spec that describes it or, for the calls no published spec covers, the
//! source that documents them. A plain data module with no dependencies, so the simulator's tests
//! can include it too (`#[path]`): `server/tests/endpoints.rs` checks every entry against the
//! specs and checks that the product's real code paths call nothing outside this list, and
//! `simulator/tests/registry.rs` checks that the simulator serves every entry.
//!
//! Paths are written from the host's root, with parameters named as the contract names them;
//! a [`Contract::Spec`] names the spec file and the part of the path that is the spec's server
//! URL (the spec's own path is what follows it).

/// The API family a call belongs to (each has its own host or rate limits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// The organization admin API (`api.atlassian.com/admin`).
    Admin,
    /// The user management API for managed accounts (`api.atlassian.com/users/...`).
    UserManagement,
    Jira,
    Jsm,
    Confluence,
    /// Sign in with Atlassian (OAuth 2.0 authorization code with PKCE).
    OAuth,
    /// Forge: the keys Forge signs invocation tokens with.
    Forge,
}

/// What a call is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contract {
    /// Described by the saved copy of a published Atlassian spec: the operation `method` at
    /// `path` without `base`, in `file`.
    Spec { file: &'static str, base: &'static str },
    /// No published spec has it; `source` documents it.
    Documented { source: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub method: &'static str,
    pub path: &'static str,
    pub family: Family,
    pub contract: Contract,
    /// Marked `x-experimental` by its spec (or opt-in by its source): an org may not offer it,
    /// so the product degrades when it answers 404.
    pub experimental: bool,
    /// What the product uses it for.
    pub used_for: &'static str,
}

impl Endpoint {
    /// The path as the contract's spec writes it (the spec's server URL path removed).
    pub fn spec_path(&self) -> &'static str {
        match self.contract {
            Contract::Spec { base, .. } => self.path.strip_prefix(base).unwrap_or(self.path),
            Contract::Documented { .. } => self.path,
        }
    }
}

pub const ORGANIZATIONS: &str = "admin-organizations.swagger.v3.json";
pub const USER_MANAGEMENT: &str = "admin-user-management.swagger.v3.json";
pub const JIRA_PLATFORM: &str = "jira-platform.swagger-v3.v3.json";
pub const SERVICE_MANAGEMENT: &str = "jira-service-management.swagger.v3.json";
pub const CONFLUENCE_V2: &str = "confluence-v2.openapi.v3.json";
pub const CONFLUENCE_V1: &str = "confluence-v1.swagger.v3.json";

/// The admin v2 writes and searches the saved organizations spec (July 2025) predates.
pub const ADMIN_CLIENT: &str = "The admin API's v2 users and groups operations (developer.atlassian.com/cloud/admin/\
     organization/rest/api-group-users and api-group-groups), as the client generated from the official admin spec \
     has them: MrRefactoring/jira.js src/admin/api/users.ts and groups.ts";
const OAUTH_3LO: &str = "OAuth 2.0 (3LO) apps: developer.atlassian.com/cloud/confluence/oauth-2-3lo-apps \
     (authorization URL, token exchange with PKCE, and GET https://api.atlassian.com/me)";
const FORGE_REMOTE: &str = "Forge remote: developer.atlassian.com/platform/forge/remote/essentials \
     (invocation tokens are RS256 JWTs verifiable with the JWKS at forge.cdn.prod.atlassian-dev.net)";

const fn spec(file: &'static str, base: &'static str) -> Contract {
    Contract::Spec { file, base }
}

const ADMIN: Contract = spec(ORGANIZATIONS, "/admin");
const UM: Contract = spec(USER_MANAGEMENT, "");
const JIRA: Contract = spec(JIRA_PLATFORM, "");
const JSM: Contract = spec(SERVICE_MANAGEMENT, "");
const CF2: Contract = spec(CONFLUENCE_V2, "/wiki/api/v2");
const CF1: Contract = spec(CONFLUENCE_V1, "");
const GENERATED: Contract = Contract::Documented { source: ADMIN_CLIENT };

const fn call(
    method: &'static str,
    path: &'static str,
    family: Family,
    contract: Contract,
    used_for: &'static str,
) -> Endpoint {
    Endpoint { method, path, family, contract, experimental: false, used_for }
}

const fn experimental(endpoint: Endpoint) -> Endpoint {
    Endpoint { experimental: true, ..endpoint }
}

use Family::{Admin, Confluence, Forge, Jira, Jsm, OAuth, UserManagement};

/// A service desk's customers: listed, added and removed on the one path.
const DESK_CUSTOMERS: &str = "/rest/servicedeskapi/servicedesk/{serviceDeskId}/customer";

pub const ENDPOINTS: &[Endpoint] = &[
    // ----- organization admin API -----
    call("GET", "/admin/v1/orgs", Admin, ADMIN, "the organisations the key sees (Settings' check)"),
    experimental(call(
        "GET",
        "/admin/v2/orgs/{orgId}/directories",
        Admin,
        ADMIN,
        "the directories, and with accountId the one holding a user (the id for v2 writes)",
    )),
    call(
        "POST",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/search",
        Admin,
        GENERATED,
        "org users with groups, product access and platform roles (sync, pre-flights, sign-in)",
    ),
    call(
        "POST",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/search",
        Admin,
        GENERATED,
        "groups with their counts, and the groups granting a product (resourceIds)",
    ),
    experimental(call(
        "GET",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments",
        Admin,
        ADMIN,
        "a user's roles per product (pre-flights of product access)",
    )),
    call("POST", "/admin/v2/orgs/{orgId}/workspaces", Admin, ADMIN, "products and their seats"),
    call(
        "GET",
        "/admin/v1/orgs/{orgId}/events",
        Admin,
        ADMIN,
        "changes made outside the app (audit history, incremental sync)",
    ),
    call(
        "GET",
        "/admin/v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates",
        Admin,
        ADMIN,
        "a user's last activity per product",
    ),
    call(
        "POST",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/suspend",
        Admin,
        GENERATED,
        "suspend org access",
    ),
    call(
        "POST",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/restore",
        Admin,
        GENERATED,
        "restore org access",
    ),
    call(
        "POST",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}/memberships",
        Admin,
        GENERATED,
        "add a user to a group (product access)",
    ),
    call(
        "DELETE",
        "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}/memberships/{accountId}",
        Admin,
        GENERATED,
        "remove a user from a group (product access)",
    ),
    // Direct product roles are of limited availability: only where the org has them.
    experimental(call("POST", "/admin/v1/orgs/{orgId}/users/{userId}/roles/assign", Admin, ADMIN, "grant a role")),
    experimental(call("POST", "/admin/v1/orgs/{orgId}/users/{userId}/roles/revoke", Admin, ADMIN, "revoke a role")),
    // ----- user management API -----
    call("GET", "/users/{account_id}/manage/profile", UserManagement, UM, "the Jira panel user's name and status"),
    call("POST", "/users/{account_id}/manage/lifecycle/disable", UserManagement, UM, "deactivate a managed account"),
    call("POST", "/users/{account_id}/manage/lifecycle/enable", UserManagement, UM, "reactivate a managed account"),
    // ----- Jira -----
    call("GET", "/rest/api/3/myself", Jira, JIRA, "the site credential (Settings' check)"),
    call("GET", "/rest/api/3/project/search", Jira, JIRA, "Jira projects"),
    call("GET", "/rest/api/3/project/{projectIdOrKey}/role", Jira, JIRA, "a project's roles"),
    call("GET", "/rest/api/3/project/{projectIdOrKey}/role/{id}", Jira, JIRA, "a project role's actors"),
    call("GET", "/rest/api/3/group/member", Jira, JIRA, "members of a group that is a role actor"),
    call("GET", "/rest/api/3/users/search", Jira, JIRA, "every account the site knows (customers, apps)"),
    call("GET", "/rest/api/3/applicationrole", Jira, JIRA, "Jira seats"),
    // ----- Jira Service Management -----
    call("GET", "/rest/servicedeskapi/servicedesk", Jsm, JSM, "service desks"),
    experimental(call("GET", DESK_CUSTOMERS, Jsm, JSM, "a desk's customers")),
    call("POST", DESK_CUSTOMERS, Jsm, JSM, "add customers to a desk (undo)"),
    experimental(call("DELETE", DESK_CUSTOMERS, Jsm, JSM, "remove customers from a desk")),
    call("GET", "/rest/servicedeskapi/organization", Jsm, JSM, "every JSM organization, used by a desk or not"),
    call("GET", "/rest/servicedeskapi/organization/{organizationId}/user", Jsm, JSM, "an organization's users"),
    // ----- Confluence -----
    call("GET", "/wiki/api/v2/spaces", Confluence, CF2, "spaces"),
    call("GET", "/wiki/api/v2/spaces/{id}/permissions", Confluence, CF2, "a space's members (stable listing)"),
    experimental(call(
        "GET",
        "/wiki/api/v2/spaces/{id}/role-assignments",
        Confluence,
        CF2,
        "a space's members by role",
    )),
    experimental(call("GET", "/wiki/api/v2/space-roles", Confluence, CF2, "the names of space roles")),
    call("POST", "/wiki/api/v2/users-bulk", Confluence, CF2, "accounts by id"),
    call("GET", "/wiki/rest/api/group/{groupId}/membersByGroupId", Confluence, CF1, "members of a group in a space"),
    // ----- Sign in with Atlassian, and the Jira panel -----
    call(
        "GET",
        "/authorize",
        OAuth,
        Contract::Documented { source: OAUTH_3LO },
        "where the browser is sent to sign in",
    ),
    call("POST", "/oauth/token", OAuth, Contract::Documented { source: OAUTH_3LO }, "the code exchanged for a token"),
    call("GET", "/me", OAuth, Contract::Documented { source: OAUTH_3LO }, "who signed in"),
    call(
        "GET",
        "/.well-known/jwks.json",
        Forge,
        Contract::Documented { source: FORGE_REMOTE },
        "the keys that verify the Jira panel's invocation tokens",
    ),
];

const V1_WRITE_GONE: &str = "v1 admin write: removed after 2026-06-30";
const V1_SEARCH_GONE: &str = "v1 admin search: removed after 2026-06-30";

/// Calls no saved spec marks deprecated but Atlassian's admin changelog retires: the product
/// must never call them. `(method, path, why)`.
pub const RETIRED: &[(&str, &str, &str)] = &[
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/users", "deprecated for users/search until 2027-06-30"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups", "deprecated for groups/search until 2027-06-30"),
    ("POST", "/admin/v1/orgs/{orgId}/users/search", V1_SEARCH_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/groups/search", V1_SEARCH_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/users/invite", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/users/{accountId}/suspend-access", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/users/{accountId}/restore-access", V1_WRITE_GONE),
    ("DELETE", "/admin/v1/orgs/{orgId}/directory/users/{accountId}", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/groups", V1_WRITE_GONE),
    ("DELETE", "/admin/v1/orgs/{orgId}/directory/groups/{groupId}", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/groups/{groupId}/memberships", V1_WRITE_GONE),
    ("DELETE", "/admin/v1/orgs/{orgId}/directory/groups/{groupId}/memberships/{accountId}", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/groups/{groupId}/roles/assign", V1_WRITE_GONE),
    ("POST", "/admin/v1/orgs/{orgId}/directory/groups/{groupId}/roles/revoke", V1_WRITE_GONE),
];

/// Where [`RETIRED`] comes from.
pub const RETIRED_SOURCE: &str = "developer.atlassian.com/cloud/admin/changelog (the v1 admin writes and searches \
     removed after 2026-06-30; the GET v2 users and groups lists deprecated until 2027-06-30, as the generated \
     admin client's doc comments repeat)";

/// A path template with its parameter names erased (`/a/{x}/b` → `/a/{}/b`): the spec, the
/// simulator's router and this list name parameters differently.
pub fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            c => out.push(c),
        }
    }
    out
}

/// The entry for a request `method path` (a template, or a concrete path whose segments are
/// matched against the templates' parameters); of several, the one with the most literal
/// segments in common (`groups/search` before `groups/{groupId}`).
pub fn find(method: &str, path: &str) -> Option<&'static Endpoint> {
    let literal = |e: &Endpoint| e.path.split('/').zip(path.split('/')).filter(|(a, b)| a == b).count();
    ENDPOINTS
        .iter()
        .filter(|e| e.method.eq_ignore_ascii_case(method) && same_route(e.path, path))
        .max_by_key(|e| literal(e))
}

/// Whether `(method, path)` is a retired call; its reason.
pub fn retired(method: &str, path: &str) -> Option<&'static str> {
    RETIRED.iter().find(|(m, p, _)| m.eq_ignore_ascii_case(method) && same_route(p, path)).map(|(_, _, why)| *why)
}

/// Whether two paths name the same route: equal segment by segment, a `{parameter}` on either
/// side matching any one segment.
pub fn same_route(a: &str, b: &str) -> bool {
    let param = |s: &str| s.starts_with('{') && s.ends_with('}');
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('/').collect(), b.split('/').collect());
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x == y || param(x) || param(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_match_by_shape() {
        assert_eq!(shape("/a/{x}/b/{yy}"), "/a/{}/b/{}");
        assert!(same_route("/rest/api/3/project/{projectIdOrKey}/role", "/rest/api/3/project/{project}/role"));
        assert!(same_route("/rest/api/3/project/{projectIdOrKey}/role", "/rest/api/3/project/KEY/role"));
        assert!(!same_route("/rest/api/3/project/{projectIdOrKey}/role", "/rest/api/3/project/search"));
        assert_eq!(find("post", "/admin/v2/orgs/o/directories/-/groups/search").map(|e| e.contract), Some(GENERATED));
        assert!(find("GET", "/admin/v2/orgs/o/directories/-/groups").is_none());
        assert!(retired("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups").is_some());
    }

    #[test]
    fn entries_are_unique_and_spec_paths_sit_below_their_base() {
        for (i, e) in ENDPOINTS.iter().enumerate() {
            assert!(
                !ENDPOINTS[..i].iter().any(|o| o.method == e.method && shape(o.path) == shape(e.path)),
                "{} {} is listed twice",
                e.method,
                e.path
            );
            if let Contract::Spec { base, .. } = e.contract {
                assert!(e.path.starts_with(base) && e.spec_path().starts_with('/'), "{}", e.path);
            }
            assert!(retired(e.method, e.path).is_none(), "{} {} is retired", e.method, e.path);
        }
    }
}
