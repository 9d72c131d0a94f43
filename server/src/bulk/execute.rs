//! Running a job: one at a time, user by user (a few in parallel, within the upstream client's
//! limits). Each Atlassian call is preceded by its intent in the audit log (no entry, no call)
//! and followed by its result. A call whose outcome is unknown is settled by re-reading the user,
//! never by sending it again blindly. After a restart, users caught mid-call are re-read the same
//! way before the job carries on: a change found in place is done, one not in place is sent.
//! A job runs only while its creator is still an allowed admin (checked at start and at resume),
//! and a panic inside one job fails that job, never the worker.

use std::{panic::AssertUnwindSafe, sync::Arc, time::Duration};

use app::{
    audit::{AuditAction, AuditOutcome},
    bulk::{ItemState, JobItem, JobState, Skip, Step, Verdict},
    code::Code,
};
use chrono::Utc;
use futures_util::{FutureExt, StreamExt, stream};
use serde_json::json;

use super::{
    Bulk,
    context::needs,
    journal::{job_entry, user_action},
    live::{self, LOOKUP_BATCH, Learned},
    plan::Live,
    run::{Run, Stop, Turn, with},
};
use crate::{
    store::{AuditEntry, ItemUpdate, JobRecord, StoreError},
    upstream::{Reply, UpstreamError},
};

/// Users worked on at once: enough that the audit writes around each call never leave the rate
/// budget idle; the upstream engine still caps the requests in flight.
const PARALLEL_USERS: usize = 8;

/// The reason (a message code the job page translates) of a job stopped by a panic.
pub const STOPPED_PANIC: &str = "job-stopped-panic";

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
        run.resume_interrupted().await?;
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

    async fn is_cancelled(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.org.store().job(id).await?.is_some_and(|j| j.state == JobState::Cancelling))
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
        let unsettled: Vec<Turn> = started.into_iter().filter_map(Result::transpose).collect::<Result<_, _>>()?;
        self.until_settled(unsettled).await
    }

    /// Users caught mid-call by a crash are re-read before the job carries on (a hundred at a
    /// time); those whose change is not in place are sent it now.
    async fn resume_interrupted(&self) -> Result<(), Stop> {
        let caught = self.bulk.org.store().job_items(&self.job.id, Some(ItemState::Running), 0, u32::MAX).await?;
        for chunk in caught.chunks(LOOKUP_BATCH) {
            let resend = self.reread_interrupted(chunk).await?;
            let unsettled = self.proceed_all(resend).await?;
            self.until_settled(unsettled).await?;
        }
        Ok(())
    }

    /// Rounds of settling users whose call went unanswered, and carrying on with those it frees,
    /// until every one of them has an outcome.
    async fn until_settled(&self, mut unsettled: Vec<Turn>) -> Result<(), Stop> {
        while !unsettled.is_empty() {
            let ready = self.settle(unsettled).await?;
            unsettled = self.proceed_all(ready).await?;
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
