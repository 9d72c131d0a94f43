//! The simulator's own endpoints (not Atlassian's): counters for benchmarks, and switches that
//! make the admin key expire, lose scopes or be revoked. Served on loopback only, like the rest.

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::State,
    response::Response,
    routing::{get, post, put},
};
use serde::Deserialize;
use serde_json::json;

use super::{no_content, ok};
use crate::{
    model::Principal,
    sim::{KeyState, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/__sim/info", get(info))
        .route("/__sim/accounts", get(accounts))
        .route("/__sim/counters", get(counters))
        .route("/__sim/changes", get(changes))
        .route("/__sim/counters/reset", post(reset))
        .route("/__sim/admin-key", put(set_key))
}

async fn info(State(sim): State<Arc<Sim>>) -> Response {
    let world = sim.world();
    ok(json!({
        "orgId": world.org_id,
        "orgName": world.org_name,
        "cloudId": world.cloud_id,
        "accounts": world.accounts.len(),
        "groups": world.groups.len(),
        "projects": world.projects.len(),
        "spaces": world.spaces.len(),
        "serviceDesks": world.service_desks.len(),
        "siteUrl": world.site_url,
        "forge": {
            "appId": sim.forge.app_id,
            "installationId": sim.forge.installation_id,
            "jwksPath": "/.well-known/jwks.json",
        },
    }))
}

/// Every account as the org holds it now, with what follows from the model (product access,
/// memberships): the ground truth browser tests compute their expected numbers from.
async fn accounts(State(sim): State<Arc<Sim>>) -> Response {
    let world = sim.world();
    let products: Vec<_> =
        world.products.iter().map(|p| json!({ "key": p.type_key, "name": p.name, "capacity": p.capacity })).collect();
    let usage = world.usage();
    let holds = |principal: &Principal, ix: u32| match *principal {
        Principal::User(u) => u == ix,
        Principal::Group(g) => world.groups[g].members.contains(&ix),
    };
    let accounts: Vec<_> = (0..world.accounts.len() as u32)
        .map(|ix| {
            let a = world.acc(ix);
            let access: Vec<_> = world
                .product_access(ix)
                .into_iter()
                .map(|p| json!({ "key": world.products[p].type_key, "lastActive": a.last_active(p) }))
                .collect();
            let desks: Vec<u32> =
                world.service_desks.iter().filter(|d| d.customers.contains(&ix)).map(|d| d.id).collect();
            let jsm_orgs: Vec<u32> = world.jsm_orgs.iter().filter(|o| o.members.contains(&ix)).map(|o| o.id).collect();
            // Project roles and space roles held directly or through a group.
            let projects: Vec<u32> = world
                .projects
                .iter()
                .filter(|p| p.roles.iter().any(|r| r.actors.iter().any(|actor| holds(actor, ix))))
                .map(|p| p.id)
                .collect();
            let spaces: Vec<u64> = world
                .spaces
                .iter()
                .filter(|s| s.assignments.iter().any(|(principal, _)| holds(principal, ix)))
                .map(|s| s.id)
                .collect();
            json!({
                "accountId": a.id,
                "name": a.name,
                // Org admins see every e-mail through the admin API; profile visibility only
                // hides it from the product APIs.
                "email": a.email,
                "emailHidden": a.email_hidden,
                "kind": a.kind.as_str(),
                "status": a.admin_status(),
                "orgUser": a.directory.is_some(),
                "managed": a.managed,
                "scim": a.synced,
                "orgAdmin": a.org_admin,
                "access": access,
                "lastActive": a.activity.iter().map(|(_, at)| *at).max(),
                "groups": a
                    .groups
                    .iter()
                    .map(|&g| json!({ "id": world.groups[g].id, "name": world.groups[g].name }))
                    .collect::<Vec<_>>(),
                "serviceDesks": desks,
                "jsmOrganizations": jsm_orgs,
                "projects": projects,
                "spaces": spaces,
            })
        })
        .collect();
    ok(json!({ "orgId": world.org_id, "products": products, "usage": usage, "accounts": accounts }))
}

async fn counters(State(sim): State<Arc<Sim>>) -> Response {
    ok(serde_json::to_value(sim.counters()).unwrap_or_default())
}

/// Every write carried out (method, path, status, trace id), oldest first: how tests prove that
/// nothing was applied twice.
async fn changes(State(sim): State<Arc<Sim>>) -> Response {
    ok(json!({ "changes": sim.changes() }))
}

async fn reset(State(sim): State<Arc<Sim>>) -> Response {
    sim.reset_counters();
    no_content()
}

#[derive(Deserialize)]
struct KeyBody {
    #[serde(default)]
    expired: bool,
    #[serde(default)]
    revoked: bool,
    scopes: Option<Vec<String>>,
}

async fn set_key(State(sim): State<Arc<Sim>>, Json(body): Json<KeyBody>) -> Response {
    sim.set_key_state(KeyState { expired: body.expired, revoked: body.revoked, scopes: body.scopes });
    no_content()
}
