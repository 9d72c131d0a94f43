//! The organisation itself (`/admin/v1/orgs`) and its directories (`/admin/v2/.../directories`).

use std::sync::Arc;

use axum::{
    extract::{Path, Query, State},
    response::Response,
};
use serde_json::{Value, json};

use super::{answer::org_not_found, lookup::scope};
use crate::{
    api::{Answer, Params, ok},
    model::World,
    sim::{Base, Sim},
};

pub async fn orgs(State(sim): State<Arc<Sim>>, Base(base): Base) -> Response {
    let world = sim.world();
    ok(json!({ "data": [org_json(&world, &base)], "links": { "self": format!("{base}/admin/v1/orgs") } }))
}

pub async fn org(State(sim): State<Arc<Sim>>, Base(base): Base, Path(org_id): Path<String>) -> Response {
    let world = sim.world();
    if org_id != world.org_id {
        return org_not_found();
    }
    ok(json!({ "data": org_json(&world, &base) }))
}

fn org_json(world: &World, base: &str) -> Value {
    let org = format!("{base}/admin/v1/orgs/{}", world.org_id);
    json!({
        "id": world.org_id,
        "type": "orgs",
        "attributes": { "name": world.org_name },
        "relationships": {
            "domains": { "links": { "related": format!("{org}/domains") } },
            "users": { "links": { "related": format!("{org}/users") } },
        },
        "links": { "self": org },
    })
}

/// Every directory, or with `accountId` the one that holds the account (none for an unknown one).
pub async fn directories(
    State(sim): State<Arc<Sim>>,
    Path(org_id): Path<String>,
    Query(params): Query<Params>,
) -> Answer {
    let world = sim.world();
    scope(&world, &org_id, None)?;
    let account = params.get("accountId").map(|id| world.account(id));
    let data: Vec<Value> = world
        .directories
        .iter()
        .enumerate()
        .filter(|(i, _)| match account {
            None => true,
            Some(None) => false,
            Some(Some(ix)) => world.acc(ix).directory == Some(*i),
        })
        .map(|(_, d)| json!({ "directoryId": d.id, "name": d.name }))
        .collect();
    Ok(ok(json!({ "data": data, "links": {} })))
}
