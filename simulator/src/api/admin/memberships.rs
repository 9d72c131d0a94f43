//! Group memberships (v2): adding a user to a group and removing one, for groups the org manages
//! (not the identity provider's), within the seats of every product the group grants.

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, State},
    response::Response,
};
use http::StatusCode;
use serde::Deserialize;

use super::{
    answer::{bad_request, err},
    lookup::{directory_group, named_directory, org_user},
};
use crate::{
    api::paired::Way,
    api::{Answer, no_content},
    model::{AccountIx, Actor, Place},
    sim::Sim,
};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MembershipBody {
    account_id: String,
}

pub async fn add_membership(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
    Json(body): Json<MembershipBody>,
) -> Answer {
    change_membership(&sim, &org_id, &directory, &group_id, &body.account_id, Way::Grant)
}

pub async fn remove_membership(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id, account_id)): Path<(String, String, String, String)>,
) -> Answer {
    change_membership(&sim, &org_id, &directory, &group_id, &account_id, Way::Withdraw)
}

/// Adds the user to the group or removes them; an event is recorded only when membership changed.
fn change_membership(
    sim: &Arc<Sim>,
    org_id: &str,
    directory: &str,
    group_id: &str,
    account_id: &str,
    way: Way,
) -> Answer {
    let (g, ix) = membership_target(sim, org_id, directory, group_id, account_id, way)?;
    sim.write_later(move |world| world.change_membership(g, ix, way == Way::Grant, Actor::ApiKey, Place::Org));
    Ok(no_content())
}

/// Checks a membership change: the group is not the IdP's, the user is in its directory, and
/// adding stays within the seats of every product the group grants.
fn membership_target(
    sim: &Sim,
    org_id: &str,
    directory: &str,
    group_id: &str,
    account_id: &str,
    way: Way,
) -> Result<(usize, AccountIx), Response> {
    named_directory(directory)?;
    let world = sim.world();
    let g = directory_group(&world, org_id, directory, group_id)?;
    let group = &world.groups[g];
    let ix = org_user(&world, account_id)?;
    if group.synced {
        return Err(err(
            StatusCode::FORBIDDEN,
            "This group is synced from an identity provider; change its members there.",
        ));
    }
    if world.acc(ix).directory != Some(group.directory) {
        return Err(bad_request("The user and the group are in different directories."));
    }
    if way == Way::Grant && !group.members.contains(&ix) {
        let usage = world.usage();
        let granted = group.roles.iter().map(|(p, _)| *p);
        if let Some(full) = granted
            .filter(|&p| !world.product_access(ix).contains(&p))
            .find(|&p| world.products[p].capacity.is_some_and(|c| usage[p] >= c as usize))
        {
            return Err(bad_request(&format!("The user limit of {} has been reached.", world.products[full].name)));
        }
    }
    Ok((g, ix))
}
