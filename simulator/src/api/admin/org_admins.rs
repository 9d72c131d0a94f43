//! The organization admin role, granted and revoked through the v1 role-assignments writes.
//! Eventually consistent in Atlassian, up to 30 s.

use std::sync::Arc;

use axum::{Json, extract::Path};

use super::{
    answer::bad_request,
    lookup::{org_user, scope},
    roles::RoleBody,
};
use crate::{
    api::paired::Way,
    api::{Answer, no_content},
    events::action,
    model::{Actor, ORG_ADMIN_ROLE, Place, Target},
    sim::Sim,
};

pub fn change_org_role(
    sim: &Arc<Sim>,
    (Path((org_id, account_id)), Json(body)): (Path<(String, String)>, Json<RoleBody>),
    way: Way,
) -> Answer {
    let ix = {
        let world = sim.world();
        scope(&world, &org_id, None)?;
        let ix = org_user(&world, &account_id)?;
        if body.role != ORG_ADMIN_ROLE {
            return Err(bad_request("role must be an organization-level role such as atlassian/org-admin"));
        }
        ix
    };
    sim.write_later(move |world| {
        world.acc_mut(ix).org_admin = way == Way::Grant;
        let what = way.pick(action::ADDED_ORG_ADMIN, action::REMOVED_ORG_ADMIN);
        world.record(what, Actor::ApiKey, vec![Target::User(ix)], Place::Org);
    });
    Ok(no_content())
}
