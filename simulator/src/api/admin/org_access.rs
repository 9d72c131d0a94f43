//! Suspending and restoring a user's access to the org (v2 `suspend` and `restore`). They change
//! org access, not the account: groups and roles are kept.

use std::sync::Arc;

use axum::extract::Path;

use super::{
    answer::bad_request,
    lookup::{directory_user, named_directory},
};
use crate::{
    api::paired::Way,
    api::{Answer, no_content},
    events::action,
    model::{AccountKind, Actor, Membership, Place, Target},
    sim::Sim,
};

/// Restores access ([`Way::Grant`]) or suspends it ([`Way::Withdraw`]).
pub fn set_access(
    sim: &Arc<Sim>,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
    way: Way,
) -> Answer {
    named_directory(&directory)?;
    let ix = {
        let world = sim.world();
        let ix = directory_user(&world, &org_id, &directory, &account_id)?;
        if world.acc(ix).kind != AccountKind::Atlassian {
            return Err(bad_request("Only Atlassian accounts can be suspended or restored"));
        }
        ix
    };
    sim.write_later(move |world| {
        world.acc_mut(ix).membership = way.pick(Membership::Active, Membership::Suspended);
        let what = way.pick(action::USER_RESTORED, action::USER_SUSPENDED);
        world.record(what, Actor::ApiKey, vec![Target::User(ix)], Place::Org);
    });
    Ok(no_content())
}
