//! The simulator's routes that the official specs mark `x-experimental`, in one place: with
//! `--no-experimental` (`SimConfig::no_experimental`) each answers 404, as Atlassian answers a
//! route it does not have. The conformance suite checks this list against the specs' marks for
//! every route the simulator serves.

/// (method, route template as the simulator registers it).
pub const EXPERIMENTAL: [(&str, &str); 15] = [
    ("GET", "/admin/v2/orgs/{orgId}/directories"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/users"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/stats"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/stats"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}"),
    ("GET", "/admin/v2/orgs/{orgId}/directories/{directoryId}/groups/{groupId}/role-assignments"),
    ("POST", "/admin/v1/orgs/{orgId}/users/{accountId}/roles/assign"),
    ("POST", "/admin/v1/orgs/{orgId}/users/{accountId}/roles/revoke"),
    ("GET", "/rest/api/3/group/bulk"),
    ("GET", "/rest/servicedeskapi/servicedesk/{id}/customer"),
    ("DELETE", "/rest/servicedeskapi/servicedesk/{id}/customer"),
    ("GET", "/wiki/api/v2/space-roles"),
    ("GET", "/wiki/api/v2/spaces/{id}/role-assignments"),
];

/// Whether `method template` (as the router matched it) is experimental.
pub fn is_experimental(method: &str, template: &str) -> bool {
    EXPERIMENTAL.iter().any(|(m, t)| *m == method && *t == template)
}
