//! The organization admin API: `/admin/v1/...` and `/admin/v2/...` on api.atlassian.com.
//! Read endpoints follow the saved spec; the v2 writes (`users/search`, suspend/restore, group
//! memberships and role assignments, `groups/search`) are not in it and follow what Atlassian's
//! documentation and changelog say of them.
//!
//! One module per resource (the org and its directories, workspaces, users, groups, roles, org
//! admins, org access, memberships); below them, the lookups of what a path names, the error
//! answers, the cursor paging. The route table is here, in one place.

mod answer;
mod filter;
mod group_query;
mod groups;
mod lookup;
mod memberships;
mod org_access;
mod org_admins;
mod orgs;
mod paging;
mod roles;
mod user_json;
mod user_query;
mod users;
mod v1_users;
mod workspaces;

use std::sync::Arc;

use axum::{
    Router,
    routing::{MethodFilter, delete, get, post},
};

use crate::{api::paired::paired_routes, sim::Sim};

pub fn routes() -> Router<Arc<Sim>> {
    let v1 = "/admin/v1/orgs/{orgId}";
    let v2 = "/admin/v2/orgs/{orgId}/directories/{directoryId}";
    let both = [MethodFilter::POST; 2];
    let [assign_user_role, revoke_user_role] = paired_routes(roles::change_user_role, both);
    let [assign_org_role, revoke_org_role] = paired_routes(org_admins::change_org_role, both);
    let [assign_group_role, revoke_group_role] = paired_routes(roles::change_group_role, both);
    let [restore, suspend] = paired_routes(org_access::set_access, both);
    Router::new()
        .route("/admin/v1/orgs", get(orgs::orgs))
        .route(v1, get(orgs::org))
        .route(&format!("{v1}/users"), get(v1_users::v1_users))
        .route(&format!("{v1}/directory/users/{{accountId}}/last-active-dates"), get(v1_users::last_active_dates))
        .route(&format!("{v1}/users/{{accountId}}/roles/assign"), assign_user_role)
        .route(&format!("{v1}/users/{{accountId}}/roles/revoke"), revoke_user_role)
        .route(&format!("{v1}/users/{{accountId}}/role-assignments/assign"), assign_org_role)
        .route(&format!("{v1}/users/{{accountId}}/role-assignments/revoke"), revoke_org_role)
        .route("/admin/v2/orgs/{orgId}/directories", get(orgs::directories))
        .route("/admin/v2/orgs/{orgId}/workspaces", post(workspaces::workspaces))
        .route(&format!("{v2}/users"), get(users::list_users))
        .route(&format!("{v2}/users/search"), post(users::search_users))
        .route(&format!("{v2}/users/count"), get(users::count_users))
        .route(&format!("{v2}/users/stats"), get(users::user_stats))
        .route(&format!("{v2}/users/{{accountId}}"), get(users::user_details))
        .route(&format!("{v2}/users/{{accountId}}/role-assignments"), get(roles::user_role_assignments))
        .route(&format!("{v2}/users/{{accountId}}/suspend"), suspend)
        .route(&format!("{v2}/users/{{accountId}}/restore"), restore)
        .route(&format!("{v2}/groups"), get(groups::list_groups))
        .route(&format!("{v2}/groups/search"), post(groups::search_groups))
        .route(&format!("{v2}/groups/stats"), get(groups::group_stats))
        .route(&format!("{v2}/groups/{{groupId}}"), get(groups::group_details))
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments"), get(roles::group_role_assignments))
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments/assign"), assign_group_role)
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments/revoke"), revoke_group_role)
        .route(&format!("{v2}/groups/{{groupId}}/memberships"), post(memberships::add_membership))
        .route(&format!("{v2}/groups/{{groupId}}/memberships/{{accountId}}"), delete(memberships::remove_membership))
}
