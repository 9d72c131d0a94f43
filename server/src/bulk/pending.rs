//! Pre-flights waiting for their admin's confirmation (a bounded cache), and confirming one:
//! the job it queues, with its entries in the audit log written first.

use std::{
    collections::HashMap,
    sync::PoisonError,
    time::{Duration, Instant},
};

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::SignedIn,
    bulk::{ItemState, JobItem, JobState, Preflight, Skip, Verdict},
    code::Code,
    error::AppError,
};
use chrono::Utc;
use serde_json::json;

use super::{
    Bulk,
    journal::{job_entry, user_action},
    new_id,
};
use crate::store::{AuditEntry, JobRecord};

/// How long a pre-flight may wait for its confirmation.
const PLAN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// Pre-flights kept at most, all admins together: each holds up to `MAX_JOB_USERS`
/// planned users, so the map's memory stays bounded however many pre-flights are asked for.
pub const MAX_PLANS: usize = 64;
/// Pre-flights kept at most per admin: one admin's flood evicts only their own oldest.
pub const MAX_PLANS_PER_ADMIN: usize = 8;

/// A pre-flight waiting for its admin's confirmation.
pub(super) struct Pending {
    preflight: Preflight,
    who: SignedIn,
    made: Instant,
}

/// Evicts pre-flights so one more by `actor` fits the caps: first `actor`'s own oldest (past
/// their share), then the oldest of whoever holds the most, never another admin's newest, so
/// the plan an admin is about to confirm survives whatever others ask for.
fn make_room(plans: &mut HashMap<String, Pending>, actor: &str) {
    let oldest_of = |plans: &HashMap<String, Pending>, who: &str| {
        plans.iter().filter(|(_, p)| p.who.actor() == who).min_by_key(|(_, p)| p.made).map(|(id, _)| id.clone())
    };
    while plans.values().filter(|p| p.who.actor() == actor).count() >= MAX_PLANS_PER_ADMIN {
        let Some(id) = oldest_of(plans, actor) else { break };
        plans.remove(&id);
    }
    while plans.len() >= MAX_PLANS {
        let mut held: HashMap<String, usize> = HashMap::new();
        for p in plans.values() {
            *held.entry(p.who.actor()).or_default() += 1;
        }
        // The admin holding the most (the asking one on a tie) gives up their oldest. Only when
        // every admin holds a single plan (more admins at once than the cap) does the oldest of
        // all go: the cap is hard.
        let Some((most, count)) = held.into_iter().max_by_key(|(who, n)| (*n, who == actor)) else { break };
        let victim = if count >= 2 || most == actor {
            oldest_of(plans, &most)
        } else {
            plans.iter().min_by_key(|(_, p)| p.made).map(|(id, _)| id.clone())
        };
        let Some(id) = victim else { break };
        plans.remove(&id);
    }
}

impl Bulk {
    pub(super) fn keep(&self, preflight: Preflight, who: &SignedIn) -> Preflight {
        let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
        plans.retain(|_, p| p.made.elapsed() < PLAN_LIFETIME);
        make_room(&mut plans, &who.actor());
        plans.insert(
            preflight.plan_id.clone(),
            Pending { preflight: preflight.clone(), who: who.clone(), made: Instant::now() },
        );
        preflight
    }

    /// Queues the job of a confirmed plan. Answers at once: the work happens in the worker.
    pub async fn start_job(&self, who: &SignedIn, plan_id: &str, typed: Option<&str>) -> Result<String, AppError> {
        let pending = {
            let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
            match plans.get(plan_id) {
                Some(p) if p.made.elapsed() < PLAN_LIFETIME && p.who.account_id == who.account_id => {}
                _ => return Err(AppError::NotFound),
            }
            if !plans.get(plan_id).is_some_and(|p| p.preflight.confirmed_by(typed)) {
                return Err(AppError::InvalidInput { field: "confirmation".into() });
            }
            plans.remove(plan_id).map(|p| p.preflight)
        };
        let Some(preflight) = pending else { return Err(AppError::NotFound) };
        if preflight.changing() == 0 {
            return Err(AppError::InvalidInput { field: "confirmation".into() });
        }
        let job = JobRecord {
            id: new_id(),
            action: preflight.action.clone(),
            state: JobState::Queued,
            created_by: who.actor(),
            created_by_name: who.name.clone(),
            auth_via: Some(who.via.code().to_owned()),
            installation_id: who.installation.clone(),
            created_at: Utc::now(),
            started_at: None,
            finished_at: None,
            undo_of: preflight.undo_of.clone(),
            error: None,
        };
        let items: Vec<JobItem> = preflight
            .users
            .iter()
            .map(|u| {
                let (state, steps, skip) = match &u.verdict {
                    Verdict::Change { steps } => (ItemState::Pending, steps.clone(), None),
                    Verdict::Skip { skip } => (ItemState::Skipped, Vec::new(), Some(*skip)),
                };
                JobItem {
                    account_id: u.account_id.clone(),
                    name: u.name.clone(),
                    email: u.email.clone(),
                    state,
                    steps,
                    skip,
                    reason: None,
                    atlassian_status: None,
                    request_id: None,
                }
            })
            .collect();
        // No job without its entry: the log says who asked for what before anything happens.
        let entry = AuditEntry {
            details: json!({
                "action": job.action,
                "undo_of": job.undo_of,
                "users": preflight.users.len(),
                "changing": preflight.changing(),
                "skipped": preflight.users.len() as u32 - preflight.changing(),
            }),
            ..job_entry(&job, AuditAction::BulkJobQueued, AuditOutcome::Ok)
        };
        crate::audit::append(self.org.store().as_ref(), &entry).await?;
        // Users the pre-flight left alone are recorded now: they are never looked at again (the
        // job may only do what the admin confirmed).
        for item in items.iter().filter(|i| i.state == ItemState::Skipped) {
            let skip = item.skip.unwrap_or(Skip::AlreadyDone);
            let entry = AuditEntry {
                target: Some(item.account_id.clone()),
                target_name: Some(item.name.clone()),
                target_email: item.email.clone(),
                details: json!({ "skip": skip.code(), "preflight": true }),
                ..job_entry(&job, user_action(&job), skip.into())
            };
            crate::audit::append(self.org.store().as_ref(), &entry).await?;
        }
        self.org.store().create_job(&job, &items).await?;
        self.wake.notify_one();
        Ok(job.id)
    }
}

#[cfg(test)]
mod tests {
    use app::{
        auth::SignInMethod,
        bulk::{BulkAction, DEFAULT_CONFIRM_THRESHOLD},
    };

    use super::*;

    fn plan(plans: &mut HashMap<String, Pending>, id: &str, admin: &str, age_secs: u64) {
        let who = SignedIn {
            account_id: admin.to_owned(),
            name: admin.to_owned(),
            email: None,
            via: SignInMethod::Local,
            installation: None,
        };
        let preflight = Preflight {
            plan_id: id.to_owned(),
            action: BulkAction::Deactivate,
            undo_of: None,
            users: Vec::new(),
            confirm_threshold: DEFAULT_CONFIRM_THRESHOLD,
        };
        let made = Instant::now().checked_sub(Duration::from_secs(age_secs)).unwrap_or_else(Instant::now);
        make_room(plans, &who.actor());
        plans.insert(id.to_owned(), Pending { preflight, who, made });
    }

    #[test]
    fn one_admin_flooding_pre_flights_evicts_only_their_own_oldest() {
        let mut plans = HashMap::new();
        plan(&mut plans, "alice-plan", "alice", 1_000);
        for n in 0..1_000 {
            plan(&mut plans, &format!("mallory-{n}"), "mallory", 999 - n.min(999));
        }
        assert!(plans.len() <= MAX_PLANS_PER_ADMIN + 1, "{}", plans.len());
        assert!(plans.contains_key("alice-plan"), "another admin's plan survives, however old");
        assert!(plans.contains_key("mallory-999"), "the flooder's newest is kept");
        assert!(!plans.contains_key("mallory-0"), "the flooder's oldest went");
    }

    #[test]
    fn the_cap_is_hard_and_spares_each_admins_newest() {
        let mut plans = HashMap::new();
        // Many admins, each under their own share: the map still never passes the cap, and
        // whoever holds more than one gives up their oldest first.
        for admin in 0..MAX_PLANS {
            for n in 0..3 {
                plan(&mut plans, &format!("{admin}-{n}"), &format!("admin-{admin}"), 100 - n);
            }
            assert!(plans.len() <= MAX_PLANS);
        }
        assert_eq!(plans.len(), MAX_PLANS);
        for admin in 0..MAX_PLANS / 2 {
            assert!(plans.contains_key(&format!("{admin}-2")), "admin {admin}'s newest plan is kept");
        }
        // More admins at once than the cap: the oldest of all goes, the cap holds.
        for admin in 0..MAX_PLANS * 2 {
            plan(&mut plans, &format!("solo-{admin}"), &format!("solo-{admin}"), 0);
        }
        assert_eq!(plans.len(), MAX_PLANS);
        assert!(plans.contains_key(&format!("solo-{}", MAX_PLANS * 2 - 1)));
    }
}
