//! A simulator of the Atlassian Cloud APIs that User Account Manager uses.
//!
//! It serves, on one listener, the organization admin API (`/admin/...`), the user management API
//! (`/users/...`), Jira and Jira Service Management (`/rest/...`), Confluence (`/wiki/...`) and the
//! OAuth 2.0 endpoints of "Sign in with Atlassian" and Forge's JWKS, with Atlassian's paths, auth schemes, status
//! codes, field names and page shapes. The server mounts it in-process for demo mode and tests;
//! the `atlassian-sim` binary serves it on a port.

// Handlers bail out early with a ready `Response` as the error; boxing it would only add noise.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod config;
pub mod events;
pub mod experimental;
pub mod forge;
pub mod generate;
pub mod limits;
pub mod model;
pub mod names;
pub mod outage;
pub mod respond;
pub mod rng;
pub mod sim;

use std::{future::Future, sync::Arc};

use axum::{Router, extract::Request, middleware::from_fn_with_state, response::Response};
use http::StatusCode;
use tokio::net::TcpListener;

pub use crate::{
    config::{FaultRates, Products, SimConfig, SiteFamily, Sizes},
    sim::{KeyState, Sim},
};

/// Every simulated endpoint behind the gate (auth, rate limits, faults, counters).
pub fn router(sim: Arc<Sim>) -> Router {
    Router::new()
        .merge(api::admin::routes())
        .merge(api::events::routes())
        .merge(api::user_management::routes())
        .merge(api::jira::routes())
        .merge(api::jsm::routes())
        .merge(api::confluence::routes())
        .merge(api::oauth::routes())
        .merge(api::control::routes())
        .merge(api::forge::routes())
        .route_layer(from_fn_with_state(Arc::clone(&sim), sim::gate))
        .fallback(not_found)
        .with_state(sim)
}

/// A path no handler serves: 404 in the family's shape, unless the site lacks the product or the
/// family is failing (then the answer is the one every request of that family gets).
async fn not_found(axum::extract::State(sim): axum::extract::State<Arc<Sim>>, request: Request) -> Response {
    let path = request.uri().path();
    let family = respond::Family::of_path(path);
    sim.refusal(family, request.method(), None, path)
        .unwrap_or_else(|| family.error(StatusCode::NOT_FOUND, "No such resource"))
}

/// Serves the simulator on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    sim: Arc<Sim>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(sim)).with_graceful_shutdown(shutdown).await
}
