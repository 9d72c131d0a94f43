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
use crate::sim::{KeyState, Sim};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/__sim/info", get(info))
        .route("/__sim/counters", get(counters))
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
    }))
}

async fn counters(State(sim): State<Arc<Sim>>) -> Response {
    ok(serde_json::to_value(sim.counters()).unwrap_or_default())
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
