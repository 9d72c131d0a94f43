//! Product roles: a user's and a group's role assignments (read), and the writes that grant and
//! revoke them, to a user directly (v1, limited availability) or to a group (v2).

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, Query, State},
};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    answer::{bad_request, not_found},
    lookup::{directory_group, directory_user, named_directory, scope},
};
use crate::{
    api::paired::Way,
    api::{Answer, Params, no_content, ok},
    events::action,
    model::{AccountStatus, Actor, ORG_ADMIN_ROLE, Place, Target},
    sim::Sim,
};

pub async fn user_role_assignments(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
    Query(params): Query<Params>,
) -> Answer {
    let world = sim.world();
    let ix = directory_user(&world, &org_id, &directory, &account_id)?;
    let mut data: Vec<Value> = Vec::new();
    if world.acc(ix).org_admin {
        data.push(json!({ "resourceId": format!("ari:cloud:platform::org/{}", world.org_id), "resourceOwner": "platform", "roles": [ORG_ADMIN_ROLE] }));
    }
    for (product, roles) in world.roles_of(ix) {
        let p = &world.products[product];
        data.push(json!({ "resourceId": p.ari, "resourceOwner": p.type_key, "roles": roles }));
    }
    if let Some(wanted) = params.all("roleIds") {
        data.retain(|a| {
            a["roles"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x.as_str().is_some_and(|x| wanted.iter().any(|w| w == x))))
        });
    }
    if let Some(wanted) = params.all("resourceIds") {
        data.retain(|a| a["resourceId"].as_str().is_some_and(|r| wanted.iter().any(|w| w == r)));
    }
    Ok(ok(json!({ "data": data, "links": {} })))
}

pub async fn group_role_assignments(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
) -> Answer {
    let world = sim.world();
    let g = directory_group(&world, &org_id, &directory, &group_id)?;
    let mut by_product: Vec<(usize, Vec<&str>)> = Vec::new();
    for (product, role) in &world.groups[g].roles {
        match by_product.iter_mut().find(|(p, _)| p == product) {
            Some((_, roles)) => roles.push(role),
            None => by_product.push((*product, vec![role])),
        }
    }
    let data: Vec<Value> = by_product
        .into_iter()
        .map(|(p, roles)| json!({ "resourceId": world.products[p].ari, "resourceOwner": world.products[p].type_key, "roles": roles }))
        .collect();
    Ok(ok(json!({ "data": data, "links": {} })))
}

/// The body of the v1 role writes, to a product role and to the org admin role alike.
#[derive(Deserialize)]
pub struct RoleBody {
    pub role: String,
    resource: Option<String>,
}

/// Grants or revokes `role` in `product` in a list of (product, role) pairs: the role is there
/// once, last, after a grant, and not at all after a revocation.
fn set_role(roles: &mut Vec<(usize, String)>, product: usize, role: String, way: Way) {
    roles.retain(|(p, r)| !(*p == product && *r == role));
    if way == Way::Grant {
        roles.push((product, role));
    }
}

/// v1 direct product role grant, limited availability ([ORG]): 204 on success.
pub fn change_user_role(
    sim: &Arc<Sim>,
    (Path((org_id, account_id)), Json(body)): (Path<(String, String)>, Json<RoleBody>),
    way: Way,
) -> Answer {
    let (ix, product) = {
        let world = sim.world();
        scope(&world, &org_id, None)?;
        let ix = world.account(&account_id).ok_or_else(|| not_found("User"))?;
        let product = body.resource.as_deref().and_then(|r| world.product_by_ari(r));
        let product =
            product.ok_or_else(|| bad_request("resource must be the ARI of a product in this organization"))?;
        if world.acc(ix).status != AccountStatus::Active {
            return Err(bad_request("Inactive user"));
        }
        (ix, product)
    };
    let role = body.role;
    sim.write_later(move |world| {
        set_role(&mut world.acc_mut(ix).direct_roles, product, role, way);
        let what = way.pick(action::USER_GRANTED_ROLE, action::USER_REVOKED_ROLE);
        world.record(what, Actor::ApiKey, vec![Target::User(ix), Target::Product(product)], Place::Org);
    });
    Ok(no_content())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupRoleBody {
    resource_id: String,
    role_id: String,
}

/// v2 group role assignment: every member holds the role through the group.
pub fn change_group_role(
    sim: &Arc<Sim>,
    (Path((org_id, directory, group_id)), Json(body)): (Path<(String, String, String)>, Json<GroupRoleBody>),
    way: Way,
) -> Answer {
    named_directory(&directory)?;
    let (g, product) = {
        let world = sim.world();
        let g = directory_group(&world, &org_id, &directory, &group_id)?;
        let product = world.product_by_ari(&body.resource_id);
        let product =
            product.ok_or_else(|| bad_request("resourceId must be the ARI of a product in this organization"))?;
        (g, product)
    };
    let role = body.role_id;
    sim.write_later(move |world| {
        set_role(&mut world.groups[g].roles, product, role, way);
        let what = way.pick(action::GROUP_GRANTED_ROLE, action::GROUP_REVOKED_ROLE);
        world.record(what, Actor::ApiKey, vec![Target::Group(g), Target::Product(product)], Place::Org);
    });
    Ok(no_content())
}
