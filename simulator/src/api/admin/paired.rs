//! The admin writes that come in pairs (a role assigned and revoked, access suspended and
//! restored): one function carries out both, told which way it goes, and serves both routes.

use std::sync::Arc;

use axum::{
    extract::{FromRequest, State},
    routing::{MethodRouter, post},
};

use crate::{api::Answer, sim::Sim};

/// Which way a paired write goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// Assign, restore, add.
    Grant,
    /// Revoke, suspend, remove.
    Withdraw,
}

impl Way {
    /// `grant` or `withdraw`, as this write goes: the action it records, the state it sets.
    pub fn pick<T>(self, grant: T, withdraw: T) -> T {
        match self {
            Way::Grant => grant,
            Way::Withdraw => withdraw,
        }
    }
}

/// A paired write: what the request carries (path, body) in, the answer out.
pub type Write<T> = fn(&Arc<Sim>, T, Way) -> Answer;

/// The `POST` routes of a pair, granting first: each extracts `T` from its request as a handler
/// of its own would (same extractors, same rejections) and hands it to `write`.
pub fn post_pair<T, M>(write: Write<T>) -> [MethodRouter<Arc<Sim>>; 2]
where
    T: FromRequest<Arc<Sim>, M> + Send + 'static,
    M: Send + 'static,
{
    [Way::Grant, Way::Withdraw]
        .map(|way| post(move |State(sim): State<Arc<Sim>>, input: T| async move { write(&sim, input, way) }))
}
