//! The writes that come in pairs (a role assigned and revoked, access suspended and restored,
//! customers added and removed): one function carries out both, told which way it goes, and
//! serves both routes.

use std::sync::Arc;

use axum::{
    extract::{FromRequest, State},
    routing::{MethodFilter, MethodRouter, on},
};

use super::Answer;
use crate::sim::Sim;

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

/// The routes of a pair, granting first, answering `methods` (the grant's, the withdrawal's):
/// each extracts `T` from its request as a handler of its own would (same extractors, same
/// rejections) and hands it to `write`.
pub fn paired_routes<T, M>(write: Write<T>, methods: [MethodFilter; 2]) -> [MethodRouter<Arc<Sim>>; 2]
where
    T: FromRequest<Arc<Sim>, M> + Send + 'static,
    M: Send + 'static,
{
    let route = |way: Way, method: MethodFilter| {
        on(method, move |State(sim): State<Arc<Sim>>, input: T| async move { write(&sim, input, way) })
    };
    [route(Way::Grant, methods[0]), route(Way::Withdraw, methods[1])]
}
