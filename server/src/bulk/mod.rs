//! Bulk actions: the pre-flight that classifies every target user against Atlassian's current
//! state, jobs that carry out a confirmed plan (queued, one at a time, surviving restarts), and
//! undo. Protection is judged here, on what Atlassian says now, whatever the browser sent.
//!
//! `Bulk` is the service; each part of its work has its own file, and the files lean on each
//! other one way only (a file names only those listed before it):
//! - `plan`: the rules, as plain functions of a user's current state (what an action means for
//!   them, whether a step is in effect, what undoing steps means);
//! - `live`: reading users' current state from Atlassian;
//! - `context`: what the rules are judged against (protected entries, products, groups, desks),
//!   which reads an action needs, and the users read for a pre-flight;
//! - `journal`: a job's entries in the audit log;
//! - `creator`: whether a job's creator may still have it run;
//! - `pending`: pre-flights waiting for their admin's confirmation, and the job a confirmation
//!   queues;
//! - `preflight`: planning an action ([`Bulk::preflight`]);
//! - `jobs`: a job as its page shows it, the list of jobs, and cancelling one;
//! - `undo`: planning the undo of a finished job ([`Bulk::undo_preflight`]); the undo job itself
//!   runs as any job, its steps judged by `plan::undo_steps`;
//! - `run`: a running job's shared state and its users' turns;
//! - `settle`: settling calls whose outcome is unknown, by re-reading (after a timeout, or after
//!   a restart caught users mid-call);
//! - `refresh`: the snapshot brought up to date after a job;
//! - `execute`: the worker that runs queued jobs, user by user ([`Bulk::work`]).

mod context;
mod creator;
mod execute;
mod jobs;
mod journal;
pub mod live;
mod pending;
pub mod plan;
mod preflight;
mod refresh;
mod run;
mod settle;
mod undo;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use tokio::sync::Notify;

use self::pending::Pending;
use crate::org::Org;

/// How long the org is taken not to offer direct product roles once it answered so; then it is
/// asked again (Atlassian support may have enabled the limited-availability API meanwhile).
const DIRECT_ROLES_RECHECK: Duration = Duration::from_secs(60 * 60);

/// The bulk-action service: plans waiting for confirmation, and the worker that runs jobs.
pub struct Bulk {
    org: Arc<Org>,
    wake: Notify,
    plans: Mutex<HashMap<String, Pending>>,
    /// Since when the org is known not to offer the direct product-role API (its role APIs
    /// answered 404), if it is.
    direct_roles_gone: Mutex<Option<Instant>>,
    /// The longest pause before sending a change again after a re-read showed it had not
    /// happened. Short: the engine already paces calls, and its circuit breaker stops a run of
    /// failures; this only keeps a resend from following its fault immediately.
    pub resend_pause: Duration,
    /// `UAM_ALLOWED_ADMINS`, normalised: a job's Atlassian creator must still be on it.
    allowed_admins: Vec<String>,
}

/// A fresh, unguessable id for a plan or a job.
fn new_id() -> String {
    use aes_gcm::aead::{OsRng, rand_core::RngCore};
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Bulk {
    /// `allowed_admins`: the normalised allowlist of Atlassian admins (empty: every org admin).
    pub fn new(org: Arc<Org>, allowed_admins: Vec<String>) -> Arc<Bulk> {
        Arc::new(Bulk {
            allowed_admins,
            org,
            wake: Notify::new(),
            plans: Mutex::new(HashMap::new()),
            direct_roles_gone: Mutex::new(None),
            resend_pause: Duration::from_millis(250),
        })
    }

    /// Starts the worker that runs queued jobs (and resumes one a restart interrupted).
    pub fn start(self: &Arc<Self>) {
        tokio::spawn(Arc::clone(self).work());
    }

    /// Whether the org is known, lately, not to offer the direct product-role API.
    fn direct_roles_unavailable(&self) -> bool {
        let gone = self.direct_roles_gone.lock().unwrap_or_else(PoisonError::into_inner);
        gone.is_some_and(|since| since.elapsed() < DIRECT_ROLES_RECHECK)
    }

    /// Notes that the org's role APIs answered 404: direct roles are not offered here.
    fn direct_roles_absent(&self) {
        tracing::info!(
            "the organisation does not offer the direct product-role API; access held directly is left alone"
        );
        *self.direct_roles_gone.lock().unwrap_or_else(PoisonError::into_inner) = Some(Instant::now());
    }
}
