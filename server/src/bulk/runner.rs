//! Running a job: one at a time, user by user (a few in parallel, within the upstream client's
//! limits). Each Atlassian call is preceded by its intent in the audit log (no entry, no call)
//! and followed by its result. A call whose outcome is unknown is settled by re-reading the user,
//! never by sending it again blindly. After a restart, users caught mid-call are re-read the same
//! way before the job carries on.

use std::{collections::HashMap, sync::Arc, time::Duration};

use app::bulk::{BulkAction, ItemState, JobItem, JobState, Skip, Step, Verdict};
use chrono::Utc;
use futures_util::{StreamExt, stream};
use serde_json::json;

use super::{
    Bulk,
    live::{self, LOOKUP_BATCH, Needs},
    plan::{self, Context, Live},
};
use crate::{
    store::{AuditEntry, ItemUpdate, JobRecord},
    upstream::{Reply, Upstream, UpstreamError},
};

/// Users worked on at once.
const PARALLEL_USERS: usize = 4;
/// Sends of one step at most, each after a re-read showed it had not happened.
const MAX_SENDS: u32 = 4;

/// Why a job stops before its end.
#[derive(Debug)]
enum Stop {
    /// An intent could not be written: no further call may be made.
    AuditUnavailable,
    Store(crate::store::StoreError),
}

impl From<crate::store::StoreError> for Stop {
    fn from(error: crate::store::StoreError) -> Stop {
        Stop::Store(error)
    }
}

/// How one step went.
enum Sent {
    Applied {
        status: u16,
        request_id: Option<String>,
        note: Option<String>,
    },
    Failed {
        status: Option<u16>,
        reason: String,
    },
    /// Still unknown after re-reading.
    Unknown {
        reason: String,
    },
}

/// Everything a running job needs, shared by its users' tasks.
struct Run<'a> {
    bulk: &'a Bulk,
    job: &'a JobRecord,
    up: Arc<Upstream>,
    ctx: Context,
    needs: Needs,
    /// Desk customers read at the start (customer actions only).
    customers: Option<HashMap<String, HashMap<String, Option<String>>>>,
}

impl Bulk {
    /// Works through queued jobs until the process ends.
    pub async fn work(self: Arc<Self>) {
        loop {
            match self.store.next_job().await {
                Ok(Some(job)) => {
                    let id = job.id.clone();
                    if let Err(error) = self.execute(job).await {
                        tracing::error!(job = id, ?error, "a bulk-action job stopped");
                        let message = match error {
                            Stop::AuditUnavailable => "the audit log could not be written".to_owned(),
                            Stop::Store(e) => e.to_string(),
                        };
                        let _ = self.store.cancel_pending(&id).await;
                        let _ = self.store.set_job_state(&id, JobState::Failed, Utc::now(), Some(&message)).await;
                        self.finish_audit(&id).await;
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

    async fn execute(&self, job: JobRecord) -> Result<(), Stop> {
        if job.state == JobState::Queued {
            self.store.set_job_state(&job.id, JobState::Running, Utc::now(), None).await?;
        }
        let up = self.syncer.upstream();
        let ctx = self.context(&job.created_by, None).await.map_err(|_| Stop::AuditUnavailable)?;
        let undo_steps =
            if job.undo_of.is_some() { self.store.job_items(&job.id, None, 0, u32::MAX).await? } else { Vec::new() };
        let needs = needs(&job.action, undo_steps.iter().flat_map(|(_, i)| i.steps.iter()));
        let customers = if needs.desks {
            let desks = self.desks_for(&job.action, undo_steps.iter().flat_map(|(_, i)| i.steps.iter()));
            live::desk_customers(&up, &desks).await.ok()
        } else {
            None
        };
        let run = Run { bulk: self, job: &job, up, ctx, needs, customers };
        run.settle_interrupted().await?;
        loop {
            if self.is_cancelled(&job.id).await? {
                self.store.cancel_pending(&job.id).await?;
                self.store.set_job_state(&job.id, JobState::Cancelled, Utc::now(), None).await?;
                break;
            }
            let batch = self.store.job_items(&job.id, Some(ItemState::Pending), 0, LOOKUP_BATCH as u32).await?;
            if batch.is_empty() {
                self.store.set_job_state(&job.id, JobState::Finished, Utc::now(), None).await?;
                break;
            }
            run.batch(batch).await?;
        }
        self.refresh_snapshot(&job).await;
        self.finish_audit(&job.id).await;
        Ok(())
    }

    async fn is_cancelled(&self, id: &str) -> Result<bool, crate::store::StoreError> {
        Ok(self.store.job(id).await?.is_some_and(|j| j.state == JobState::Cancelling))
    }

    /// The closing entry of a job: its counts.
    pub(super) async fn finish_audit(&self, id: &str) {
        let Ok(Some(job)) = self.store.job(id).await else { return };
        let counts = self.store.job_counts(id).await.unwrap_or_default();
        let entry = AuditEntry {
            job_id: Some(id.to_owned()),
            details: json!({ "action": job.action, "state": job.state.code(), "counts": counts, "undo_of": job.undo_of, "error": job.error }),
            ..job_entry(&job, "bulk_job_ended", job.state.code())
        };
        crate::auth::audit(self.store.as_ref(), entry).await;
    }
}

/// What reads a job's users need, from its action (or, for an undo, its steps).
pub(super) fn needs<'a>(action: &BulkAction, steps: impl Iterator<Item = &'a Step>) -> Needs {
    let mut needs = Needs {
        roles: matches!(action, BulkAction::RevokeAccess { .. } | BulkAction::AssignAccess { .. }),
        desks: matches!(action, BulkAction::RemoveCustomer { .. }),
    };
    for step in steps {
        needs.roles |= matches!(step, Step::RevokeRole { .. } | Step::AssignRole { .. });
        needs.desks |= matches!(step, Step::RemoveCustomer { .. } | Step::AddCustomer { .. });
    }
    needs
}

/// An audit entry in the name of the job's admin.
pub(super) fn job_entry(job: &JobRecord, action: &str, outcome: &str) -> AuditEntry {
    AuditEntry {
        actor_name: Some(job.created_by_name.clone()),
        auth_via: job.auth_via.clone(),
        job_id: Some(job.id.clone()),
        ..AuditEntry::new(&job.created_by, action, outcome)
    }
}

fn is_ambiguous(error: &UpstreamError) -> bool {
    match error {
        UpstreamError::Timeout | UpstreamError::Ambiguous(_) => true,
        UpstreamError::Unavailable { status, .. } => status.is_server_error(),
        _ => false,
    }
}

impl Run<'_> {
    fn entry(&self, action: &str, outcome: &str, item: &JobItem) -> AuditEntry {
        AuditEntry {
            target: Some(item.account_id.clone()),
            target_name: Some(item.name.clone()),
            target_email: item.email.clone(),
            ..job_entry(self.job, action, outcome)
        }
    }

    async fn audit(&self, entry: AuditEntry) -> Result<(), Stop> {
        if crate::auth::audit(self.bulk.store.as_ref(), entry).await { Ok(()) } else { Err(Stop::AuditUnavailable) }
    }

    async fn read(&self, ids: &[String]) -> Result<HashMap<String, Live>, UpstreamError> {
        live::read_accounts(&self.up, ids, self.needs, self.customers.as_ref()).await
    }

    /// Users caught mid-call by a crash: re-read, and recorded as done when their change is
    /// there, or as interrupted with the outcome unknown. Never sent again.
    async fn settle_interrupted(&self) -> Result<(), Stop> {
        let caught = self.bulk.store.job_items(&self.job.id, Some(ItemState::Running), 0, u32::MAX).await?;
        for chunk in caught.chunks(LOOKUP_BATCH) {
            let ids: Vec<String> = chunk.iter().map(|(_, i)| i.account_id.clone()).collect();
            let live = self.read(&ids).await.ok();
            for (seq, item) in chunk {
                let current = live.as_ref().and_then(|l| l.get(&item.account_id));
                let applied = current.is_some_and(|l| {
                    !item.steps.is_empty() && item.steps.iter().all(|s| plan::in_effect(s, l, &self.ctx) == Some(true))
                });
                let (state, outcome, reason) = if applied {
                    (ItemState::Done, "ok", "interrupted; the change was found in place on re-reading")
                } else {
                    (ItemState::Unknown, "unknown", "interrupted, outcome unknown")
                };
                let entry = AuditEntry {
                    details: json!({ "steps": item.steps, "interrupted": true, "reason": reason }),
                    ..self.entry(&format!("bulk_{}", self.job.action.code()), outcome, item)
                };
                self.audit(entry).await?;
                let update = ItemUpdate {
                    state,
                    steps: None,
                    skip: None,
                    reason: Some(reason.to_owned()),
                    atlassian_status: None,
                    request_id: None,
                };
                self.bulk.store.update_item(&self.job.id, *seq, &update).await?;
            }
        }
        Ok(())
    }

    /// Up to a hundred users: one fresh read, then each user's calls.
    async fn batch(&self, batch: Vec<(i64, JobItem)>) -> Result<(), Stop> {
        let ids: Vec<String> = batch.iter().map(|(_, i)| i.account_id.clone()).collect();
        let live = self.read(&ids).await;
        let results: Vec<Result<(), Stop>> = stream::iter(batch)
            .map(|(seq, item)| {
                let current = match &live {
                    Ok(live) => live.get(&item.account_id).cloned().map(Ok).unwrap_or_else(|| {
                        // Not in the directory: still classified (customers, or gone).
                        Ok(Live {
                            account_id: item.account_id.clone(),
                            name: item.name.clone(),
                            account_type: self.bulk.syncer.index().account_type_of(&item.account_id),
                            ..Live::default()
                        })
                    }),
                    Err(error) => Err(error.to_string()),
                };
                async move { self.user(seq, item, current).await }
            })
            .buffer_unordered(PARALLEL_USERS)
            .collect()
            .await;
        results.into_iter().collect()
    }

    async fn user(&self, seq: i64, item: JobItem, live: Result<Live, String>) -> Result<(), Stop> {
        let verdict = match &live {
            Err(_) => Verdict::Skip { skip: Skip::LookupFailed },
            Ok(live) if self.job.undo_of.is_some() => plan::undo_steps(&item.steps, live, &self.ctx),
            Ok(live) => plan::classify(&self.job.action, live, &self.ctx),
        };
        let action = format!("bulk_{}", self.job.action.code());
        let steps = match verdict {
            Verdict::Skip { skip } => {
                let reason = live.as_ref().err().cloned();
                let entry = AuditEntry {
                    details: json!({ "skip": skip.code(), "reason": reason }),
                    ..self.entry(&action, skip.outcome(), &item)
                };
                self.audit(entry).await?;
                let update = ItemUpdate {
                    state: ItemState::Skipped,
                    steps: Some(Vec::new()),
                    skip: Some(skip),
                    reason,
                    atlassian_status: None,
                    request_id: None,
                };
                self.bulk.store.update_item(&self.job.id, seq, &update).await?;
                return Ok(());
            }
            Verdict::Change { steps } => steps,
        };
        let mut done: Vec<Step> = Vec::new();
        let mut last = (None, None);
        for step in steps {
            // Recorded before the call: after a crash, this user is re-read, not retried.
            let running = ItemUpdate {
                state: ItemState::Running,
                steps: Some(with(&done, &step)),
                skip: None,
                reason: None,
                atlassian_status: None,
                request_id: None,
            };
            match self.send(&action, &item, &step, seq, &running).await? {
                Sent::Applied { status, request_id, note } => {
                    last = (Some(status), request_id);
                    done.push(step);
                    if let Some(note) = note {
                        let update = ItemUpdate { reason: Some(note), ..running.clone() };
                        self.bulk.store.update_item(&self.job.id, seq, &update).await?;
                    }
                }
                Sent::Failed { status, reason } => {
                    let update = ItemUpdate {
                        state: ItemState::Failed,
                        steps: Some(with(&done, &step)),
                        skip: None,
                        reason: Some(reason),
                        atlassian_status: status,
                        request_id: None,
                    };
                    self.bulk.store.update_item(&self.job.id, seq, &update).await?;
                    return Ok(());
                }
                Sent::Unknown { reason } => {
                    let update = ItemUpdate {
                        state: ItemState::Unknown,
                        steps: Some(with(&done, &step)),
                        skip: None,
                        reason: Some(reason),
                        atlassian_status: None,
                        request_id: None,
                    };
                    self.bulk.store.update_item(&self.job.id, seq, &update).await?;
                    return Ok(());
                }
            }
        }
        let update = ItemUpdate {
            state: ItemState::Done,
            steps: Some(done),
            skip: None,
            reason: None,
            atlassian_status: last.0,
            request_id: last.1,
        };
        self.bulk.store.update_item(&self.job.id, seq, &update).await?;
        Ok(())
    }

    /// One step: intent, call, result; after an unanswered call, a re-read decides.
    async fn send(
        &self,
        action: &str,
        item: &JobItem,
        step: &Step,
        seq: i64,
        running: &ItemUpdate,
    ) -> Result<Sent, Stop> {
        let details = |extra: serde_json::Value| {
            let mut d = json!({ "step": step, "object": step.object() });
            if let (Some(d), Some(extra)) = (d.as_object_mut(), extra.as_object()) {
                d.extend(extra.clone());
            }
            d
        };
        for attempt in 1..=MAX_SENDS {
            self.audit(AuditEntry {
                details: details(json!({ "attempt": attempt })),
                ..self.entry(action, "intent", item)
            })
            .await?;
            self.bulk.store.update_item(&self.job.id, seq, running).await?;
            let answer = self.call(step, &item.account_id).await;
            let error = match answer {
                Ok(reply) => {
                    let entry = AuditEntry {
                        atlassian_status: Some(reply.status.as_u16()),
                        request_id: reply.request_id(),
                        details: details(json!({ "attempt": attempt })),
                        ..self.entry(action, "ok", item)
                    };
                    self.audit(entry).await?;
                    return Ok(Sent::Applied {
                        status: reply.status.as_u16(),
                        request_id: reply.request_id(),
                        note: None,
                    });
                }
                Err(error) => error,
            };
            if let UpstreamError::CircuitOpen { remaining, .. } = &error {
                // Nothing was sent: wait for the circuit, then try again.
                self.audit(AuditEntry {
                    details: details(json!({ "attempt": attempt, "error": error.to_string() })),
                    ..self.entry(action, "not_sent", item)
                })
                .await?;
                tokio::time::sleep(*remaining).await;
                continue;
            }
            let status = error.status().map(|s| s.as_u16());
            if !is_ambiguous(&error) {
                let reason = error.to_string();
                let entry = AuditEntry {
                    atlassian_status: status,
                    details: details(json!({ "attempt": attempt, "error": reason })),
                    ..self.entry(action, "failed", item)
                };
                self.audit(entry).await?;
                return Ok(Sent::Failed { status, reason });
            }
            // The change may or may not have happened: look before anything is sent again.
            let reread = self.read(std::slice::from_ref(&item.account_id)).await;
            let applied = reread
                .as_ref()
                .ok()
                .and_then(|l| l.get(&item.account_id))
                .and_then(|l| plan::in_effect(step, l, &self.ctx));
            let outcome = match applied {
                Some(true) => "ok",
                _ => "unknown",
            };
            let entry = AuditEntry {
                atlassian_status: status,
                details: details(json!({ "attempt": attempt, "error": error.to_string(), "reread": applied })),
                ..self.entry(action, outcome, item)
            };
            self.audit(entry).await?;
            match applied {
                Some(true) => {
                    return Ok(Sent::Applied {
                        status: status.unwrap_or(200),
                        request_id: None,
                        note: Some("no answer; the change was found in place on re-reading".to_owned()),
                    });
                }
                Some(false) => {
                    let wait = crate::upstream::retry::RetryPolicy::ATLASSIAN
                        .backoff(attempt, 0.5)
                        .min(self.bulk.resend_pause);
                    tokio::time::sleep(wait).await;
                }
                None => return Ok(Sent::Unknown { reason: format!("{error}; the re-read failed, outcome unknown") }),
            }
        }
        Ok(Sent::Unknown { reason: format!("no answer after {MAX_SENDS} attempts, outcome unknown") })
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
