//! Forge's side of Forge Remote: the JWKS that invocation tokens are verified against, at the path
//! Forge's CDN serves it, and (the simulator's own, under `/__sim/forge/`) the token `invokeRemote`
//! would send for a Jira user, plus a way for tests to add signing keys of their own.

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::State,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{no_content, ok};
use crate::sim::Sim;

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/.well-known/jwks.json", get(jwks))
        .route("/__sim/forge/invocation-token", post(invocation_token))
        .route("/__sim/forge/keys", post(add_key))
}

async fn jwks(State(sim): State<Arc<Sim>>) -> Response {
    ok(sim.forge.jwks())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TokenRequest {
    /// The Jira user's account id.
    principal: String,
}

/// The FIT Forge would attach to an `invokeRemote` call made by `principal` in the app's Jira
/// admin page on the simulated site.
async fn invocation_token(State(sim): State<Arc<Sim>>, Json(request): Json<TokenRequest>) -> Response {
    let (cloud_id, site_url) = {
        let world = sim.world();
        (world.cloud_id.clone(), world.site_url.clone())
    };
    let claims = sim.forge.claims(&cloud_id, &site_url, &request.principal, chrono::Utc::now().timestamp());
    ok(json!({ "token": sim.forge.mint(&claims) }))
}

/// Adds a public key (a JWK with `kid`, `n` and `e`) to the JWKS, as Forge does when it rotates.
async fn add_key(State(sim): State<Arc<Sim>>, Json(jwk): Json<Value>) -> Response {
    let complete = ["kid", "n", "e"].iter().all(|field| jwk[*field].is_string());
    if !complete {
        return (StatusCode::BAD_REQUEST, Json(json!({ "error": "a JWK needs kid, n and e" }))).into_response();
    }
    sim.forge.add_key(jwk);
    no_content()
}
