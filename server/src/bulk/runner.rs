//! Running a job: one at a time, user by user (a few in parallel, within the upstream client's
//! limits). Each Atlassian call is preceded by its intent in the audit log (no entry, no call)
//! and followed by its result. A call whose outcome is unknown is settled by re-reading the user,
//! never by sending it again blindly. After a restart, users caught mid-call are re-read the same
//! way before the job carries on: a change found in place is done, one not in place is sent.
//! A job runs only while its creator is still an allowed admin (checked at start and at resume),
//! and a panic inside one job fails that job, never the worker.

use std::{collections::HashMap, panic::AssertUnwindSafe, sync::Arc, time::Duration};

use app::{
    audit::{AuditAction, AuditOutcome},
    bulk::{BulkAction, ItemState, JobItem, JobState, Skip, Step, Verdict},
};
use chrono::Utc;
use futures_util::{FutureExt, StreamExt, stream};
use serde_json::json;

use super::{
    Bulk,
    live::{self, LOOKUP_BATCH, Learned, Needs},
    plan::{self, Context, Live},
};
use crate::{
    store::{AuditEntry, ItemUpdate, JobRecord},
    upstream::{Reply, Upstream, UpstreamError},
};

/// Users worked on at once: enough that the audit writes around each call never leave the rate
/// budget idle; the upstream engine still caps the requests in flight (SR-42).
const PARALLEL_USERS: usize = 8;
/// Sends of one step at most, each after a re-read showed it had not happened.
const MAX_SENDS: u32 = 4;

/// The reason (a message code the job page translates) of a job stopped by a panic.
pub const STOPPED_PANIC: &str = "job-stopped-panic";
/// The reason of a job refused because its creator is no longer an allowed admin (SR-51).
pub const REFUSED_NOT_ADMIN: &str = "job-stopped-not-admin";
/// The reason of a job refused because Atlassian could not confirm its creator's role.
pub const REFUSED_UNCONFIRMED: &str = "job-stopped-admin-unconfirmed";

/// Why a job stops before its end.
#[derive(Debug)]
enum Stop {
    /// An intent could not be written: no further call may be made.
    AuditUnavailable,
    Store(crate::store::StoreError),
    /// A bug: the job's future panicked (its message, for the log only).
    Panicked(String),
}

/// Runs `work`, turning a panic inside it into an error carrying the panic's message, so the
/// caller (the job worker) lives on.
async fn caught<T>(work: impl Future<Output = T>) -> Result<T, String> {
    AssertUnwindSafe(work).catch_unwind().await.map_err(|panic| {
        panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned())
    })
}

impl From<crate::store::StoreError> for Stop {
    fn from(error: crate::store::StoreError) -> Stop {
        Stop::Store(error)
    }
}

/// A user's turn in a job: the steps still to send (the first is under way), and those done.
struct Turn {
    seq: i64,
    item: JobItem,
    steps: Vec<Step>,
    done: Vec<Step>,
    /// Times the first step was sent.
    sends: u32,
    /// Status and request id of the last answered call.
    last: (Option<u16>, Option<String>),
    note: Option<String>,
}

impl Turn {
    fn next_step(&mut self) {
        if !self.steps.is_empty() {
            self.done.push(self.steps.remove(0));
        }
        self.sends = 0;
    }
}

/// Everything a running job needs, shared by its users' tasks.
struct Run<'a> {
    bulk: &'a Bulk,
    job: &'a JobRecord,
    /// The audit log's action for the users' entries (`bulk_deactivate`, ...).
    action: AuditAction,
    up: Arc<Upstream>,
    ctx: Context,
    needs: Needs,
    /// Desk customers read at the start (customer actions only).
    customers: Option<HashMap<String, HashMap<String, Option<String>>>>,
    /// Where users' directories are, and whether the org has the role APIs, as learned so far.
    learned: Learned,
}

impl Bulk {
    /// Works through queued jobs until the process ends.
    pub async fn work(self: Arc<Self>) {
        loop {
            match self.org.store().next_job().await {
                Ok(Some(job)) => {
                    let id = job.id.clone();
                    // A panic in one job (a bug, or an answer our code could not handle) fails
                    // that job; the worker goes on with the next one.
                    let outcome = caught(self.execute(job)).await.unwrap_or_else(|panic| Err(Stop::Panicked(panic)));
                    if let Err(error) = outcome {
                        tracing::error!(job = id, ?error, "a bulk-action job stopped");
                        let message = match error {
                            Stop::AuditUnavailable => "the audit log could not be written".to_owned(),
                            Stop::Store(e) => e.to_string(),
                            Stop::Panicked(panic) => {
                                tracing::error!(job = id, panic, "a bulk-action job panicked; the worker goes on");
                                STOPPED_PANIC.to_owned()
                            }
                        };
                        let _ = self.org.store().cancel_pending(&id).await;
                        self.abandon_running(&id).await;
                        let _ = self.org.store().set_job_state(&id, JobState::Failed, Utc::now(), Some(&message)).await;
                        self.finish_audit(&id).await;
                        // A store that keeps failing must not turn this loop into a busy one.
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
                Ok(None) => {
                    let _ = tokio::time::timeout(Duration::from_secs(2), self.wake.notified()).await;
                }
                Err(error) => {
                    tracing::error!(%error, "cannot read the job queue");
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
            }
        }
    }

    /// Users left mid-call by a job that stopped: their outcome is unknown (they are not re-read:
    /// whatever stopped the job may stop a re-read too).
    async fn abandon_running(&self, id: &str) {
        let Ok(caught) = self.org.store().job_items(id, Some(ItemState::Running), 0, u32::MAX).await else { return };
        for (seq, _) in caught {
            let update = ItemUpdate {
                reason: Some("the job stopped during the call, outcome unknown".to_owned()),
                ..ItemUpdate::new(ItemState::Unknown)
            };
            let _ = self.org.store().update_item(id, seq, &update).await;
        }
    }

    /// Why the job's creator may no longer have it run (SR-51), if so: a local admin whose
    /// account is gone; an Atlassian admin no longer on the allowlist or without the org-admin
    /// role (asked of Atlassian now, as sign-in does). Fails closed when Atlassian cannot say.
    async fn creator_refusal(&self, job: &JobRecord) -> Result<Option<&'static str>, Stop> {
        let (kind, id) = job.created_by.split_once(':').unwrap_or(("", job.created_by.as_str()));
        match kind {
            "local" => Ok(self.org.store().local_admin(id).await?.is_none().then_some(REFUSED_NOT_ADMIN)),
            "atlassian" => {
                if !self.allowed_admins.is_empty() {
                    // The allowlist names account ids or e-mails; the e-mail is the snapshot's.
                    let email = self.org.index().name_and_email(id).and_then(|(_, email)| email);
                    let names = [Some(id.to_owned()), email].into_iter().flatten().map(|n| crate::auth::normalise(&n));
                    let listed = names.into_iter().any(|n| self.allowed_admins.contains(&n));
                    if !listed {
                        return Ok(Some(REFUSED_NOT_ADMIN));
                    }
                }
                match crate::auth::is_org_admin(&self.org.upstream(), id).await {
                    Ok(true) => Ok(None),
                    Ok(false) => Ok(Some(REFUSED_NOT_ADMIN)),
                    Err(error) => {
                        tracing::warn!(%error, job = job.id, "cannot confirm the job creator's org-admin role");
                        Ok(Some(REFUSED_UNCONFIRMED))
                    }
                }
            }
            _ => Ok(Some(REFUSED_NOT_ADMIN)),
        }
    }

    /// Records a job its creator may no longer run: an audit entry with the reason, its users not
    /// reached, and the job failed with the reason.
    async fn refuse(&self, job: &JobRecord, reason: &str) -> Result<(), Stop> {
        tracing::warn!(job = job.id, reason, "a bulk-action job was refused");
        let entry = AuditEntry {
            details: json!({ "action": job.action, "reason": reason, "undo_of": job.undo_of }),
            ..job_entry(job, AuditAction::BulkJobRefused, AuditOutcome::Denied)
        };
        crate::audit::append(self.org.store().as_ref(), &entry).await.map_err(|_| Stop::AuditUnavailable)?;
        self.org.store().cancel_pending(&job.id).await?;
        self.abandon_running(&job.id).await;
        self.org.store().set_job_state(&job.id, JobState::Failed, Utc::now(), Some(reason)).await?;
        self.finish_audit(&job.id).await;
        Ok(())
    }

    async fn execute(&self, job: JobRecord) -> Result<(), Stop> {
        if let Some(reason) = self.creator_refusal(&job).await? {
            return self.refuse(&job, reason).await;
        }
        if job.state == JobState::Queued {
            self.org.store().set_job_state(&job.id, JobState::Running, Utc::now(), None).await?;
        }
        let up = self.org.upstream();
        let undo_steps = if job.undo_of.is_some() {
            self.org.store().job_items(&job.id, None, 0, u32::MAX).await?
        } else {
            Vec::new()
        };
        let ctx = if job.undo_of.is_some() {
            self.snapshot_context(&job.created_by, None).await?
        } else {
            self.context(&job.action, &job.created_by, None).await?
        };
        let needs = needs(&job.action, undo_steps.iter().flat_map(|(_, i)| i.steps.iter()));
        let customers = if needs.desks {
            let desks = self.desks_for(&job.action, undo_steps.iter().flat_map(|(_, i)| i.steps.iter()));
            live::desk_customers(&up, &desks).await.ok()
        } else {
            None
        };
        let action = user_action(&job);
        let run = Run { bulk: self, job: &job, action, up, ctx, needs, customers, learned: Learned::default() };
        run.settle_interrupted().await?;
        loop {
            if self.is_cancelled(&job.id).await? {
                self.org.store().cancel_pending(&job.id).await?;
                self.org.store().set_job_state(&job.id, JobState::Cancelled, Utc::now(), None).await?;
                break;
            }
            let batch = self.org.store().job_items(&job.id, Some(ItemState::Pending), 0, LOOKUP_BATCH as u32).await?;
            if batch.is_empty() {
                self.org.store().set_job_state(&job.id, JobState::Finished, Utc::now(), None).await?;
                break;
            }
            run.batch(batch).await?;
        }
        self.refresh_snapshot(&job).await;
        self.finish_audit(&job.id).await;
        Ok(())
    }

    async fn is_cancelled(&self, id: &str) -> Result<bool, crate::store::StoreError> {
        Ok(self.org.store().job(id).await?.is_some_and(|j| j.state == JobState::Cancelling))
    }

    /// The closing entry of a job: its counts.
    pub(super) async fn finish_audit(&self, id: &str) {
        let Ok(Some(job)) = self.org.store().job(id).await else { return };
        let counts = self.org.store().job_counts(id).await.unwrap_or_default();
        let entry = AuditEntry {
            job_id: Some(id.to_owned()),
            details: json!({ "action": job.action, "state": job.state.code(), "counts": counts, "undo_of": job.undo_of, "error": job.error }),
            ..job_entry(&job, AuditAction::BulkJobEnded, job.state.into())
        };
        // The job is over whatever the log says; a failure to record it is in the server's log.
        let _ = crate::audit::append(self.org.store().as_ref(), &entry).await;
    }
}

/// What reads a job's users need, from its action (or, for an undo, its steps).
pub(super) fn needs<'a>(action: &BulkAction, steps: impl Iterator<Item = &'a Step>) -> Needs {
    let mut needs = Needs {
        roles: matches!(action, BulkAction::RevokeAccess { .. } | BulkAction::AssignAccess { .. }),
        desks: matches!(action, BulkAction::RemoveCustomer { .. }),
        // Any other action may suspend, restore or change a group membership.
        directories: !matches!(action, BulkAction::RemoveCustomer { .. }),
    };
    for step in steps {
        needs.roles |= matches!(step, Step::RevokeRole { .. } | Step::AssignRole { .. });
        needs.desks |= matches!(step, Step::RemoveCustomer { .. } | Step::AddCustomer { .. });
    }
    needs
}

/// The audit log's action for a job's users: `bulk_deactivate`, or `bulk_undo_deactivate` for
/// the job that undoes one.
pub(super) fn user_action(job: &JobRecord) -> AuditAction {
    AuditAction::bulk_item(&job.action, job.undo_of.is_some())
}

/// An audit entry in the name of the job's admin.
pub(super) fn job_entry(job: &JobRecord, action: AuditAction, outcome: AuditOutcome) -> AuditEntry {
    AuditEntry {
        actor_name: Some(job.created_by_name.clone()),
        auth_via: job.auth_via.clone(),
        installation_id: job.installation_id.clone(),
        job_id: Some(job.id.clone()),
        ..AuditEntry::new(&job.created_by, action, outcome)
    }
}

fn is_direct_role(step: &Step) -> bool {
    matches!(step, Step::AssignRole { .. } | Step::RevokeRole { .. })
}

fn is_ambiguous(error: &UpstreamError) -> bool {
    match error {
        UpstreamError::Timeout | UpstreamError::Ambiguous(_) => true,
        UpstreamError::Unavailable { status, .. } => status.is_server_error(),
        _ => false,
    }
}

impl Run<'_> {
    fn entry(&self, action: AuditAction, outcome: AuditOutcome, item: &JobItem) -> AuditEntry {
        AuditEntry {
            target: Some(item.account_id.clone()),
            target_name: Some(item.name.clone()),
            target_email: item.email.clone(),
            ..job_entry(self.job, action, outcome)
        }
    }

    async fn audit(&self, entry: AuditEntry) -> Result<(), Stop> {
        crate::audit::append(self.bulk.org.store().as_ref(), &entry).await.map_err(|_| Stop::AuditUnavailable)?;
        Ok(())
    }

    async fn read(&self, ids: &[String]) -> Result<HashMap<String, Live>, UpstreamError> {
        let read = live::read_accounts(&self.up, ids, self.needs, self.customers.as_ref(), &self.learned).await;
        if self.learned.roles_absent() && !self.bulk.direct_roles_unavailable() {
            self.bulk.direct_roles_absent();
        }
        read
    }

    /// Users caught mid-call by a crash (SR-53): their intent was written, their answer never
    /// was, so the call may or may not have reached Atlassian. Each is re-read: what is in place
    /// is done; what is not was never applied and is sent now (the normal path, so a call left
    /// unanswered again is settled by re-reading, never repeated blindly). Only a user who
    /// cannot be read stays "unknown": then Atlassian itself cannot tell.
    async fn settle_interrupted(&self) -> Result<(), Stop> {
        let caught = self.bulk.org.store().job_items(&self.job.id, Some(ItemState::Running), 0, u32::MAX).await?;
        for chunk in caught.chunks(LOOKUP_BATCH) {
            let ids: Vec<String> = chunk.iter().map(|(_, i)| i.account_id.clone()).collect();
            let live = self.read(&ids).await;
            let mut resend = Vec::new();
            for (seq, item) in chunk {
                let current = match &live {
                    Ok(live) => self.current(live, item),
                    Err(error) => {
                        let reason = "interrupted, and the re-read failed: outcome unknown";
                        let entry = AuditEntry {
                            details: json!({ "steps": item.steps, "interrupted": true, "reason": reason, "error": error.to_string() }),
                            ..self.entry(self.action, AuditOutcome::Unknown, item)
                        };
                        self.audit(entry).await?;
                        let update =
                            ItemUpdate { reason: Some(reason.to_owned()), ..ItemUpdate::new(ItemState::Unknown) };
                        self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                        continue;
                    }
                };
                // The steps recorded for this user: those carried out, the one under way, and
                // (since SR-53) the ones still planned after it.
                let done: Vec<Step> = item
                    .steps
                    .iter()
                    .filter(|s| plan::in_effect(s, &current, &self.ctx) == Some(true))
                    .cloned()
                    .collect();
                match self.verdict(item, &current) {
                    Verdict::Change { steps } => {
                        let entry = AuditEntry {
                            details: json!({ "steps": steps, "interrupted": true, "reread": false }),
                            ..self.entry(self.action, AuditOutcome::Reread, item)
                        };
                        self.audit(entry).await?;
                        let note = "interrupted; sent again after a re-read showed the change was not in place";
                        resend.push(Turn {
                            seq: *seq,
                            item: item.clone(),
                            steps,
                            done,
                            sends: 0,
                            last: (None, None),
                            note: Some(note.to_owned()),
                        });
                    }
                    Verdict::Skip { skip: Skip::AlreadyDone } => {
                        let reason = "interrupted; the change was found in place on re-reading";
                        let entry = AuditEntry {
                            details: json!({ "steps": done, "interrupted": true, "reread": true, "reason": reason }),
                            ..self.entry(self.action, AuditOutcome::Ok, item)
                        };
                        self.audit(entry).await?;
                        let update = ItemUpdate {
                            steps: Some(done),
                            reason: Some(reason.to_owned()),
                            ..ItemUpdate::new(ItemState::Done)
                        };
                        self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                    }
                    // Refused now for a reason the pre-flight would have given (protected meanwhile,
                    // say): recorded as any user's refusal, with what was done before kept.
                    Verdict::Skip { skip } => {
                        let entry = AuditEntry {
                            details: json!({ "skip": skip.code(), "interrupted": true, "steps": done }),
                            ..self.entry(self.action, skip.into(), item)
                        };
                        self.audit(entry).await?;
                        let update =
                            ItemUpdate { steps: Some(done), skip: Some(skip), ..ItemUpdate::new(ItemState::Skipped) };
                        self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                    }
                }
            }
            let mut unsettled = self.proceed_all(resend).await?;
            while !unsettled.is_empty() {
                unsettled = self.settle(unsettled).await?;
            }
        }
        Ok(())
    }

    /// A user as just read, or (not in the directory) as the snapshot knows them: still
    /// classified (customers, or gone).
    fn current(&self, live: &HashMap<String, Live>, item: &JobItem) -> Live {
        live.get(&item.account_id).cloned().unwrap_or_else(|| Live {
            account_id: item.account_id.clone(),
            name: item.name.clone(),
            account_type: self.bulk.org.index().account_type_of(&item.account_id),
            ..Live::default()
        })
    }

    /// What this job still has to do for a user, on Atlassian's state now.
    fn verdict(&self, item: &JobItem, live: &Live) -> Verdict {
        let verdict = if self.job.undo_of.is_some() {
            plan::undo_steps(&item.steps, live, &self.ctx)
        } else {
            plan::classify(&self.job.action, live, &self.ctx)
        };
        // Learned during this job: users after the first refusal are not sent the call at all.
        plan::gate_direct_roles(verdict, self.bulk.direct_roles_unavailable())
    }

    /// Carries on with these users' turns, a few at once; those whose call went unanswered.
    async fn proceed_all(&self, turns: Vec<Turn>) -> Result<Vec<Turn>, Stop> {
        let results: Vec<Result<Option<Turn>, Stop>> =
            stream::iter(turns).map(|turn| self.proceed(turn)).buffer_unordered(PARALLEL_USERS).collect().await;
        results.into_iter().filter_map(Result::transpose).collect()
    }

    /// Up to a hundred users: one fresh read, then each user's calls. Users whose call went
    /// unanswered wait for the batch's end, when one read settles them all.
    async fn batch(&self, batch: Vec<(i64, JobItem)>) -> Result<(), Stop> {
        let ids: Vec<String> = batch.iter().map(|(_, i)| i.account_id.clone()).collect();
        let live = self.read(&ids).await;
        let started: Vec<Result<Option<Turn>, Stop>> = stream::iter(batch)
            .map(|(seq, item)| {
                let current = match &live {
                    Ok(live) => Ok(self.current(live, &item)),
                    Err(error) => Err(error.to_string()),
                };
                async move { self.user(seq, item, current).await }
            })
            .buffer_unordered(PARALLEL_USERS)
            .collect()
            .await;
        let mut unsettled: Vec<Turn> = started.into_iter().filter_map(Result::transpose).collect::<Result<_, _>>()?;
        while !unsettled.is_empty() {
            unsettled = self.settle(unsettled).await?;
        }
        Ok(())
    }

    async fn user(&self, seq: i64, item: JobItem, live: Result<Live, String>) -> Result<Option<Turn>, Stop> {
        let verdict = match &live {
            Err(_) => Verdict::Skip { skip: Skip::LookupFailed },
            Ok(live) => self.verdict(&item, live),
        };
        match verdict {
            Verdict::Skip { skip } => {
                let reason = live.as_ref().err().cloned();
                let entry = AuditEntry {
                    details: json!({ "skip": skip.code(), "reason": reason }),
                    ..self.entry(self.action, skip.into(), &item)
                };
                self.audit(entry).await?;
                let update = ItemUpdate {
                    state: ItemState::Skipped,
                    steps: Some(Vec::new()),
                    skip: Some(skip),
                    reason,
                    ..ItemUpdate::new(ItemState::Skipped)
                };
                self.bulk.org.store().update_item(&self.job.id, seq, &update).await?;
                Ok(None)
            }
            Verdict::Change { steps } => {
                let turn = Turn { seq, item, steps, done: Vec::new(), sends: 0, last: (None, None), note: None };
                self.proceed(turn).await
            }
        }
    }

    /// Sends the user's remaining steps in order, each after its intent is recorded. Ends with
    /// the user's outcome stored, or hands the user back when a call went unanswered.
    async fn proceed(&self, mut turn: Turn) -> Result<Option<Turn>, Stop> {
        while let Some(step) = turn.steps.first().cloned() {
            turn.sends += 1;
            // Recorded before the call: after a crash, this user is re-read, not retried blindly.
            // The steps still planned after this one are kept, so an undo resumes them all.
            let planned: Vec<Step> = turn.done.iter().chain(&turn.steps).cloned().collect();
            let running = ItemUpdate { steps: Some(planned), ..ItemUpdate::new(ItemState::Running) };
            self.audit(AuditEntry {
                details: self.details(&step, turn.sends, None),
                ..self.entry(self.action, AuditOutcome::Intent, &turn.item)
            })
            .await?;
            self.bulk.org.store().update_item(&self.job.id, turn.seq, &running).await?;
            match self.call(&step, &turn.item.account_id).await {
                Ok(reply) => {
                    let (status, request_id) = (reply.status.as_u16(), reply.request_id());
                    let entry = AuditEntry {
                        atlassian_status: Some(status),
                        request_id: request_id.clone(),
                        details: self.details(&step, turn.sends, None),
                        ..self.entry(self.action, AuditOutcome::Ok, &turn.item)
                    };
                    self.audit(entry).await?;
                    turn.last = (Some(status), request_id);
                    turn.next_step();
                }
                Err(UpstreamError::CircuitOpen { remaining, .. }) => {
                    // Nothing was sent: wait for the circuit, then send this step again.
                    let error = format!("calls paused for {remaining:?} after repeated failures");
                    self.audit(AuditEntry {
                        details: self.details(&step, turn.sends, Some(&error)),
                        ..self.entry(self.action, AuditOutcome::NotSent, &turn.item)
                    })
                    .await?;
                    turn.sends -= 1;
                    tokio::time::sleep(remaining).await;
                }
                Err(UpstreamError::NotFound) if is_direct_role(&step) => {
                    // The org does not offer the direct product-role API (the user was just read
                    // from the directory, so the 404 is the route's): this user is refused with
                    // the reason, the rest of the job goes on and sends no more such calls.
                    self.bulk.direct_roles_absent();
                    return self.refuse(turn, &step, Skip::DirectRoleUnavailable).await;
                }
                Err(error) if is_ambiguous(&error) => {
                    let status = error.status().map(|s| s.as_u16());
                    let entry = AuditEntry {
                        atlassian_status: status,
                        details: self.details(&step, turn.sends, Some(&error.to_string())),
                        ..self.entry(self.action, AuditOutcome::Unknown, &turn.item)
                    };
                    self.audit(entry).await?;
                    return Ok(Some(turn));
                }
                Err(error) => {
                    let status = error.status().map(|s| s.as_u16());
                    let reason = error.to_string();
                    let entry = AuditEntry {
                        atlassian_status: status,
                        details: self.details(&step, turn.sends, Some(&reason)),
                        ..self.entry(self.action, AuditOutcome::Failed, &turn.item)
                    };
                    self.audit(entry).await?;
                    let update = ItemUpdate {
                        steps: Some(with(&turn.done, &step)),
                        reason: Some(reason),
                        atlassian_status: status,
                        ..ItemUpdate::new(ItemState::Failed)
                    };
                    self.bulk.org.store().update_item(&self.job.id, turn.seq, &update).await?;
                    return Ok(None);
                }
            }
        }
        let update = ItemUpdate {
            steps: Some(turn.done),
            reason: turn.note,
            atlassian_status: turn.last.0,
            request_id: turn.last.1,
            ..ItemUpdate::new(ItemState::Done)
        };
        self.bulk.org.store().update_item(&self.job.id, turn.seq, &update).await?;
        Ok(None)
    }

    /// Users whose call went unanswered: one read for all of them decides, for each, whether the
    /// change is there (carry on), is not (send it again, a few times at most) or cannot be told.
    async fn settle(&self, unsettled: Vec<Turn>) -> Result<Vec<Turn>, Stop> {
        let ids: Vec<String> = unsettled.iter().map(|t| t.item.account_id.clone()).collect();
        let mut live = HashMap::new();
        for chunk in ids.chunks(LOOKUP_BATCH) {
            if let Ok(found) = self.read(chunk).await {
                live.extend(found);
            }
        }
        let mut ready = Vec::new();
        let mut resending = false;
        for mut turn in unsettled {
            let Some(step) = turn.steps.first().cloned() else { continue };
            let applied = live.get(&turn.item.account_id).and_then(|l| plan::in_effect(&step, l, &self.ctx));
            let entry = AuditEntry {
                details: json!({ "step": step, "object": step.object(), "reread": applied }),
                ..self.entry(
                    self.action,
                    if applied == Some(true) { AuditOutcome::Ok } else { AuditOutcome::Reread },
                    &turn.item,
                )
            };
            self.audit(entry).await?;
            let reason = match applied {
                Some(true) => {
                    turn.note = Some("no answer; the change was found in place on re-reading".to_owned());
                    turn.next_step();
                    None
                }
                Some(false) if turn.sends < MAX_SENDS => {
                    resending = true;
                    None
                }
                Some(false) => Some(format!("no answer after {MAX_SENDS} attempts, outcome unknown")),
                None => Some("no answer, and the re-read failed: outcome unknown".to_owned()),
            };
            match reason {
                Some(reason) => {
                    let update = ItemUpdate {
                        steps: Some(with(&turn.done, &step)),
                        reason: Some(reason),
                        ..ItemUpdate::new(ItemState::Unknown)
                    };
                    self.bulk.org.store().update_item(&self.job.id, turn.seq, &update).await?;
                }
                None => ready.push(turn),
            }
        }
        if resending {
            // One short pause for the whole round, so a resend never follows its fault at once.
            tokio::time::sleep(self.bulk.resend_pause).await;
        }
        self.proceed_all(ready).await
    }

    /// A user left alone after a call was refused for a reason the pre-flight would have given:
    /// recorded as skipped with that reason (what was done before stays done).
    async fn refuse(&self, turn: Turn, step: &Step, skip: Skip) -> Result<Option<Turn>, Stop> {
        let entry = AuditEntry {
            atlassian_status: Some(404),
            details: json!({ "step": step, "object": step.object(), "skip": skip.code() }),
            ..self.entry(self.action, skip.into(), &turn.item)
        };
        self.audit(entry).await?;
        let update = ItemUpdate {
            steps: Some(turn.done),
            skip: Some(skip),
            atlassian_status: Some(404),
            ..ItemUpdate::new(ItemState::Skipped)
        };
        self.bulk.org.store().update_item(&self.job.id, turn.seq, &update).await?;
        Ok(None)
    }

    fn details(&self, step: &Step, attempt: u32, error: Option<&str>) -> serde_json::Value {
        json!({ "step": step, "object": step.object(), "attempt": attempt, "error": error })
    }

    async fn call(&self, step: &Step, account: &str) -> Result<Reply, UpstreamError> {
        let up = &self.up;
        let one = || vec![account.to_owned()];
        match step {
            Step::DisableAccount => up.disable_account(account, None).await,
            Step::EnableAccount => up.enable_account(account).await,
            Step::Suspend { directory } => up.suspend(directory, account).await,
            Step::Restore { directory } => up.restore(directory, account).await,
            Step::LeaveGroup { directory, group, .. } => up.remove_from_group(directory, group, account).await,
            Step::JoinGroup { directory, group, .. } => up.add_to_group(directory, group, account).await,
            Step::RevokeRole { resource, role, .. } => up.user_role(account, role, resource, false).await,
            Step::AssignRole { resource, role, .. } => up.user_role(account, role, resource, true).await,
            Step::RemoveCustomer { desk, .. } => up.remove_customers(desk, &one()).await,
            Step::AddCustomer { desk, .. } => up.add_customers(desk, &one()).await,
        }
    }
}

fn with(done: &[Step], step: &Step) -> Vec<Step> {
    let mut steps = done.to_vec();
    steps.push(step.clone());
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_becomes_an_error_with_its_message() {
        let panicking = async {
            if std::hint::black_box(true) {
                panic!("slice index inside a character");
            }
            1
        };
        assert_eq!(caught(panicking).await, Err("slice index inside a character".to_owned()));
        let formatted = async { panic!("{} users", std::hint::black_box(3)) };
        assert_eq!(caught(formatted).await, Err::<(), _>("3 users".to_owned()));
        assert_eq!(caught(async { 7 }).await, Ok(7));
    }
}
