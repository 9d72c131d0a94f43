//! A running job's shared state: its context, what it has learned, and each user's turn (the
//! steps still to send and those done). The worker (`execute`) and the settling of unknown
//! outcomes (`settle`) both work on these.

use std::{collections::HashMap, sync::Arc};

use app::{
    audit::{AuditAction, AuditOutcome},
    bulk::{JobItem, Step, Verdict},
};

use super::{
    Bulk,
    journal::job_entry,
    live::{self, Learned, Needs},
    plan::{self, Context, Live},
};
use crate::{
    store::{AuditEntry, JobRecord, StoreError},
    upstream::{Upstream, UpstreamError},
};

/// Why a job stops before its end.
#[derive(Debug)]
pub(super) enum Stop {
    /// An intent could not be written: no further call may be made.
    AuditUnavailable,
    Store(StoreError),
    /// A bug: the job's future panicked (its message, for the log only).
    Panicked(String),
}

impl From<StoreError> for Stop {
    fn from(error: StoreError) -> Stop {
        Stop::Store(error)
    }
}

/// A user's turn in a job: the steps still to send (the first is under way), and those done.
pub(super) struct Turn {
    pub(super) seq: i64,
    pub(super) item: JobItem,
    pub(super) steps: Vec<Step>,
    pub(super) done: Vec<Step>,
    /// Times the first step was sent.
    pub(super) sends: u32,
    /// Status and request id of the last answered call.
    pub(super) last: (Option<u16>, Option<String>),
    pub(super) note: Option<String>,
}

impl Turn {
    pub(super) fn next_step(&mut self) {
        if !self.steps.is_empty() {
            self.done.push(self.steps.remove(0));
        }
        self.sends = 0;
    }
}

/// Everything a running job needs, shared by its users' tasks.
pub(super) struct Run<'a> {
    pub(super) bulk: &'a Bulk,
    pub(super) job: &'a JobRecord,
    /// The audit log's action for the users' entries (`bulk_deactivate`, ...).
    pub(super) action: AuditAction,
    pub(super) up: Arc<Upstream>,
    pub(super) ctx: Context,
    pub(super) needs: Needs,
    /// Desk customers read at the start (customer actions only).
    pub(super) customers: Option<HashMap<String, HashMap<String, Option<String>>>>,
    /// Where users' directories are, and whether the org has the role APIs, as learned so far.
    pub(super) learned: Learned,
}

impl Run<'_> {
    pub(super) fn entry(&self, action: AuditAction, outcome: AuditOutcome, item: &JobItem) -> AuditEntry {
        AuditEntry {
            target: Some(item.account_id.clone()),
            target_name: Some(item.name.clone()),
            target_email: item.email.clone(),
            ..job_entry(self.job, action, outcome)
        }
    }

    pub(super) async fn audit(&self, entry: AuditEntry) -> Result<(), Stop> {
        crate::audit::append(self.bulk.org.store().as_ref(), &entry).await.map_err(|_| Stop::AuditUnavailable)?;
        Ok(())
    }

    pub(super) async fn read(&self, ids: &[String]) -> Result<HashMap<String, Live>, UpstreamError> {
        let read = live::read_accounts(&self.up, ids, self.needs, self.customers.as_ref(), &self.learned).await;
        if self.learned.roles_absent() && !self.bulk.direct_roles_unavailable() {
            self.bulk.direct_roles_absent();
        }
        read
    }

    /// A user as just read, or (not in the directory) as the snapshot knows them: still
    /// classified (customers, or gone).
    pub(super) fn current(&self, live: &HashMap<String, Live>, item: &JobItem) -> Live {
        live.get(&item.account_id).cloned().unwrap_or_else(|| Live {
            account_id: item.account_id.clone(),
            name: item.name.clone(),
            account_type: self.bulk.org.index().account_type_of(&item.account_id),
            ..Live::default()
        })
    }

    /// What this job still has to do for a user, on Atlassian's state now.
    pub(super) fn verdict(&self, item: &JobItem, live: &Live) -> Verdict {
        let verdict = if self.job.undo_of.is_some() {
            plan::undo_steps(&item.steps, live, &self.ctx)
        } else {
            plan::classify(&self.job.action, live, &self.ctx)
        };
        // Learned during this job: users after the first refusal are not sent the call at all.
        plan::gate_direct_roles(verdict, self.bulk.direct_roles_unavailable())
    }
}

/// The steps done, and the one that was under way.
pub(super) fn with(done: &[Step], step: &Step) -> Vec<Step> {
    let mut steps = done.to_vec();
    steps.push(step.clone());
    steps
}
