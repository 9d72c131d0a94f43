//! Bulk actions: the pre-flight that classifies every target user against Atlassian's current
//! state, jobs that carry out a confirmed plan (queued, one at a time, surviving restarts), and
//! undo. Protection is judged here, on what Atlassian says now, whatever the browser sent.

pub mod live;
pub mod plan;
mod runner;

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::SignedIn,
    bulk::{
        BulkAction, DEFAULT_CONFIRM_THRESHOLD, ItemState, JOB_PAGE_SIZE, JobItem, JobPage, JobState, JobSummary,
        MAX_JOB_USERS, PlannedUser, Preflight, Skip, Step, Targets, Verdict,
    },
    error::AppError,
};
use chrono::Utc;
use serde_json::json;
use tokio::sync::Notify;

use self::{
    live::{LOOKUP_BATCH, Learned, Needs},
    plan::{Context, Live},
    runner::{job_entry, needs},
};
use crate::{
    org::Org,
    settings,
    snapshot::facts::Grant,
    store::{AuditEntry, JobRecord, StoreError},
    upstream::api::admin::{Directories, Expand, UserSearch},
};

/// How long a pre-flight may wait for its confirmation.
const PLAN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// Pre-flights kept at most, all admins together (SR-48): each holds up to `MAX_JOB_USERS`
/// planned users, so the map's memory stays bounded however many pre-flights are asked for.
pub const MAX_PLANS: usize = 64;
/// Pre-flights kept at most per admin: one admin's flood evicts only their own oldest.
pub const MAX_PLANS_PER_ADMIN: usize = 8;
/// How long the org is taken not to offer direct product roles once it answered so; then it is
/// asked again (Atlassian support may have enabled the limited-availability API meanwhile).
const DIRECT_ROLES_RECHECK: Duration = Duration::from_secs(60 * 60);

/// A pre-flight waiting for its admin's confirmation.
struct Pending {
    preflight: Preflight,
    who: SignedIn,
    made: Instant,
}

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

fn internal(error: StoreError) -> AppError {
    tracing::error!(%error, "store error");
    AppError::Internal
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

    /// The rules' context: protected entries, what the snapshot knows of products, groups and
    /// desks, and, for product-access actions, which groups grant the products now (read live).
    async fn context(
        &self,
        action: &BulkAction,
        acting: &str,
        acting_email: Option<String>,
    ) -> Result<Context, StoreError> {
        let mut ctx = self.snapshot_context(acting, acting_email).await?;
        if let BulkAction::RevokeAccess { products } | BulkAction::AssignAccess { products } = action {
            self.grants_now(products, &mut ctx).await;
        }
        Ok(ctx)
    }

    /// Replaces the snapshot's idea of which groups grant `products` with Atlassian's answer now
    /// (`groups/search` by the product's ARI; stable, where the per-group role assignments are
    /// `x-experimental`). A product that cannot be asked about keeps the snapshot's groups.
    async fn grants_now(&self, products: &[String], ctx: &mut Context) {
        let up = self.org.upstream();
        for product in products {
            let Some((ari, _)) = ctx.products.get(product).cloned() else { continue };
            match live::granting_groups(&up, &ari).await {
                Ok(granting) => {
                    for (id, (_, grants)) in ctx.groups.iter_mut() {
                        if !granting.contains_key(id) {
                            grants.retain(|p| p != product);
                        }
                    }
                    for (id, name) in granting {
                        let entry = ctx.groups.entry(id).or_insert_with(|| (name, Vec::new()));
                        if !entry.1.contains(product) {
                            entry.1.push(product.clone());
                        }
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, product, "cannot read which groups grant a product; using the last sync's")
                }
            }
        }
    }

    async fn snapshot_context(&self, acting: &str, acting_email: Option<String>) -> Result<Context, StoreError> {
        let index = self.org.index();
        let acting_account_id = acting.split_once(':').map_or(acting, |(_, id)| id).to_owned();
        Ok(Context {
            acting_account_id,
            acting_email,
            protected: settings::protected_entries(self.org.store().as_ref()).await?,
            products: index
                .products()
                .filter(|(_, _, ari)| !ari.is_empty())
                .map(|(key, name, ari)| (key.to_owned(), (ari.to_owned(), name.to_owned())))
                .collect(),
            groups: index
                .groups()
                .map(|(id, name, grants)| (id.to_owned(), (name.to_owned(), grants.to_vec())))
                .collect(),
            desks: index
                .targets()
                .filter_map(|(typed, _, name)| Some((typed.strip_prefix("desk:")?.to_owned(), name.to_owned())))
                .collect::<BTreeMap<_, _>>(),
            direct_roles_unavailable: self.direct_roles_unavailable(),
        })
    }

    /// The desks whose customers an action or an undo's steps concern.
    fn desks_for<'a>(&self, action: &BulkAction, steps: impl Iterator<Item = &'a Step>) -> Vec<String> {
        let mut desks: Vec<String> = steps
            .filter_map(|s| match s {
                Step::RemoveCustomer { desk, .. } | Step::AddCustomer { desk, .. } => Some(desk.clone()),
                _ => None,
            })
            .collect();
        if let BulkAction::RemoveCustomer { desks: named } = action {
            if named.is_empty() {
                let index = self.org.index();
                desks
                    .extend(index.targets().filter_map(|(typed, _, _)| typed.strip_prefix("desk:").map(str::to_owned)));
            } else {
                desks.extend(named.iter().cloned());
            }
        }
        desks.sort();
        desks.dedup();
        desks
    }

    /// Refuses actions naming products or desks the organisation does not have.
    fn validate(&self, action: &BulkAction, ctx: &Context) -> Result<(), AppError> {
        let bad = |field: &str| Err(AppError::InvalidInput { field: field.to_owned() });
        match action {
            BulkAction::RevokeAccess { products } | BulkAction::AssignAccess { products } => {
                if products.is_empty() || products.len() > 50 || products.iter().any(|p| !ctx.products.contains_key(p))
                {
                    return bad("products");
                }
            }
            BulkAction::RemoveCustomer { desks } => {
                if desks.len() > 500 || desks.iter().any(|d| !ctx.desks.contains_key(d)) {
                    return bad("desks");
                }
            }
            BulkAction::Deactivate | BulkAction::Reactivate => {}
        }
        Ok(())
    }

    /// The account ids a request names, without duplicates, in the order given.
    async fn resolve(&self, targets: Targets) -> Result<Vec<String>, AppError> {
        let ids = match targets {
            Targets::Accounts(ids) => ids,
            Targets::Matching(query) => {
                let thresholds = settings::thresholds(self.org.store().as_ref()).await.map_err(internal)?;
                self.org.index().matching_ids(&query, Utc::now(), thresholds)
            }
        };
        let mut seen = HashSet::new();
        let ids: Vec<String> = ids.into_iter().filter(|id| seen.insert(id.clone())).collect();
        if ids.is_empty() || ids.len() > MAX_JOB_USERS || ids.iter().any(|id| id.is_empty() || id.len() > 128) {
            return Err(AppError::InvalidInput { field: "targets".into() });
        }
        Ok(ids)
    }

    /// Reads the users' current state, a hundred at a time; a batch that cannot be read leaves
    /// its users out (the rules then refuse them). Where the org turns out not to offer the role
    /// APIs, `ctx` learns it, so the users who would need a direct role are told why not.
    async fn read_all(
        &self,
        ids: &[String],
        needs: Needs,
        desks: &[String],
        ctx: &mut Context,
    ) -> Result<HashMap<String, Live>, AppError> {
        let up = self.org.upstream();
        let customers = if needs.desks {
            match live::desk_customers(&up, desks).await {
                Ok(customers) => Some(customers),
                // The customer listing is `x-experimental`: without it, whom a desk serves cannot
                // be told, and each user is refused as not looked up.
                Err(crate::upstream::UpstreamError::NotFound) => None,
                Err(error) => {
                    tracing::warn!(%error, "cannot read the service desks' customers");
                    return Err(AppError::AtlassianUnavailable { retry_after_secs: None });
                }
            }
        } else {
            None
        };
        let learned = Learned::default();
        let mut all = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(LOOKUP_BATCH) {
            match live::read_accounts(&up, chunk, needs, customers.as_ref(), &learned).await {
                Ok(found) => all.extend(found),
                Err(error) => tracing::warn!(%error, users = chunk.len(), "cannot read users for a pre-flight"),
            }
        }
        if learned.roles_absent() {
            self.direct_roles_absent();
            ctx.direct_roles_unavailable = true;
        }
        Ok(all)
    }

    /// A planned user, named as Atlassian (or else the snapshot) names them.
    fn planned(&self, id: &str, live: Option<&Live>, verdict: Verdict) -> PlannedUser {
        let known = self.org.index().name_and_email(id);
        let name = live.map(|l| l.name.clone()).filter(|n| !n.is_empty());
        let email = live.and_then(|l| l.email.clone());
        PlannedUser {
            account_id: id.to_owned(),
            name: name.or_else(|| known.as_ref().map(|k| k.0.clone())).unwrap_or_else(|| id.to_owned()),
            email: email.or_else(|| known.and_then(|k| k.1)),
            verdict,
        }
    }

    fn keep(&self, preflight: Preflight, who: &SignedIn) -> Preflight {
        let mut plans = self.plans.lock().unwrap_or_else(PoisonError::into_inner);
        plans.retain(|_, p| p.made.elapsed() < PLAN_LIFETIME);
        make_room(&mut plans, &who.actor());
        plans.insert(
            preflight.plan_id.clone(),
            Pending { preflight: preflight.clone(), who: who.clone(), made: Instant::now() },
        );
        preflight
    }

    pub async fn preflight(&self, who: &SignedIn, action: BulkAction, targets: Targets) -> Result<Preflight, AppError> {
        let mut ctx = self.context(&action, &who.actor(), who.email.clone()).await.map_err(internal)?;
        self.validate(&action, &ctx)?;
        let ids = self.resolve(targets).await?;
        let needs = needs(&action, std::iter::empty());
        let live = self.read_all(&ids, needs, &self.desks_for(&action, std::iter::empty()), &mut ctx).await?;
        let index = self.org.index();
        let users = ids
            .iter()
            .map(|id| {
                let verdict = match live.get(id) {
                    Some(l) => plan::classify(&action, l, &ctx),
                    // Not in the directory: a customer (or an app) by the snapshot, or gone.
                    None => {
                        let outside =
                            Live { account_id: id.clone(), account_type: index.account_type_of(id), ..Live::default() };
                        plan::classify(&action, &outside, &ctx)
                    }
                };
                self.planned(id, live.get(id), verdict)
            })
            .collect();
        let preflight =
            Preflight { plan_id: new_id(), action, undo_of: None, users, confirm_threshold: DEFAULT_CONFIRM_THRESHOLD };
        Ok(self.keep(preflight, who))
    }

    pub async fn undo_preflight(&self, who: &SignedIn, job_id: &str) -> Result<Preflight, AppError> {
        let summary = self.summary(job_id).await?;
        if !summary.can_undo() {
            return Err(AppError::InvalidInput { field: "job".into() });
        }
        let done = self.org.store().job_items(job_id, Some(ItemState::Done), 0, u32::MAX).await.map_err(internal)?;
        // Each user's steps undone last-first.
        let reversed: Vec<(JobItem, Vec<Step>)> = done
            .into_iter()
            .map(|(_, item)| {
                let steps = item.steps.iter().rev().map(Step::inverse).collect();
                (item, steps)
            })
            .collect();
        // An undo's steps name their groups already: the snapshot's context is enough.
        let mut ctx = self.snapshot_context(&who.actor(), who.email.clone()).await.map_err(internal)?;
        let all_steps: Vec<Step> = reversed.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
        let needs = needs(&summary.action, all_steps.iter());
        let ids: Vec<String> = reversed.iter().map(|(i, _)| i.account_id.clone()).collect();
        let live = self.read_all(&ids, needs, &self.desks_for(&summary.action, all_steps.iter()), &mut ctx).await?;
        let users = reversed
            .iter()
            .map(|(item, steps)| {
                let verdict = match live.get(&item.account_id) {
                    Some(l) => plan::undo_steps(steps, l, &ctx),
                    None => Verdict::Skip { skip: Skip::LookupFailed },
                };
                self.planned(&item.account_id, live.get(&item.account_id), verdict)
            })
            .collect();
        let preflight = Preflight {
            plan_id: new_id(),
            action: summary.action,
            undo_of: Some(job_id.to_owned()),
            users,
            confirm_threshold: DEFAULT_CONFIRM_THRESHOLD,
        };
        Ok(self.keep(preflight, who))
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
            auth_via: Some(who.via.as_str().to_owned()),
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
                ..job_entry(&job, runner::user_action(&job), skip.into())
            };
            crate::audit::append(self.org.store().as_ref(), &entry).await?;
        }
        self.org.store().create_job(&job, &items).await.map_err(internal)?;
        self.wake.notify_one();
        Ok(job.id)
    }

    pub async fn summary(&self, job_id: &str) -> Result<JobSummary, AppError> {
        let job = self.org.store().job(job_id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
        self.describe(job).await
    }

    async fn describe(&self, job: JobRecord) -> Result<JobSummary, AppError> {
        let counts = self.org.store().job_counts(&job.id).await.map_err(internal)?;
        let undone_by = self.org.store().undone_by(&job.id).await.map_err(internal)?;
        let queue_position = if job.state == JobState::Queued {
            Some(self.org.store().queued_before(job.created_at).await.map_err(internal)?)
        } else {
            None
        };
        let waiting_until =
            (job.state == JobState::Running).then(|| self.org.upstream().engine.paused_until()).flatten();
        Ok(JobSummary {
            id: job.id,
            action: job.action,
            undo_of: job.undo_of,
            undone_by,
            state: job.state,
            created_by: job.created_by_name,
            created_at: job.created_at,
            started_at: job.started_at,
            finished_at: job.finished_at,
            counts,
            waiting_until,
            queue_position,
            error: job.error,
        })
    }

    pub async fn page(&self, job_id: &str, state: Option<ItemState>, page: u32) -> Result<JobPage, AppError> {
        let summary = self.summary(job_id).await?;
        let matching = self.org.store().count_items(job_id, state).await.map_err(internal)?;
        let offset = page.saturating_mul(JOB_PAGE_SIZE);
        let items = self.org.store().job_items(job_id, state, offset, JOB_PAGE_SIZE).await.map_err(internal)?;
        Ok(JobPage { summary, items: items.into_iter().map(|(_, i)| i).collect(), page, matching })
    }

    pub async fn jobs(&self) -> Result<Vec<JobSummary>, AppError> {
        let mut all = Vec::new();
        for job in self.org.store().jobs(100).await.map_err(internal)? {
            all.push(self.describe(job).await?);
        }
        Ok(all)
    }

    /// Asks a queued or running job to stop: the users in progress finish, the rest are left.
    pub async fn cancel(&self, who: &SignedIn, job_id: &str) -> Result<JobSummary, AppError> {
        let job = self.org.store().job(job_id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
        if job.state.is_over() {
            return self.describe(job).await;
        }
        let entry = AuditEntry {
            job_id: Some(job.id.clone()),
            details: json!({ "action": job.action }),
            ..AuditEntry::new("", AuditAction::BulkJobCancel, AuditOutcome::Ok).by(who)
        };
        crate::audit::append(self.org.store().as_ref(), &entry).await?;
        let now = Utc::now();
        if job.state == JobState::Queued {
            self.org.store().cancel_pending(job_id).await.map_err(internal)?;
            self.org.store().set_job_state(job_id, JobState::Cancelled, now, None).await.map_err(internal)?;
            self.finish_audit(job_id).await;
        } else {
            self.org.store().set_job_state(job_id, JobState::Cancelling, now, None).await.map_err(internal)?;
        }
        self.summary(job_id).await
    }

    /// Re-reads the users a job changed (or may have) and writes them into the current snapshot,
    /// so the tables show the new state without waiting for the next sync.
    async fn refresh_snapshot(&self, job: &JobRecord) {
        let Some(run) = self.org.index().run().map(|r| r.id) else { return };
        let mut changed: Vec<JobItem> = Vec::new();
        for state in [ItemState::Done, ItemState::Unknown] {
            if let Ok(items) = self.org.store().job_items(&job.id, Some(state), 0, u32::MAX).await {
                changed.extend(items.into_iter().map(|(_, i)| i));
            }
        }
        if changed.is_empty() {
            return;
        }
        let up = self.org.upstream();
        let mut accounts = Vec::new();
        let (mut removed, mut added) = (Vec::new(), Vec::new());
        for item in &changed {
            for step in &item.steps {
                let grant = |desk: &str| Grant::new(format!("user:{}", item.account_id), format!("desk:{desk}"), "");
                match step {
                    Step::RemoveCustomer { desk, .. } if item.state == ItemState::Done => removed.push(grant(desk)),
                    Step::AddCustomer { desk, .. } if item.state == ItemState::Done => added.push(grant(desk)),
                    _ => {}
                }
            }
        }
        let directory: Vec<String> = changed
            .iter()
            .filter(|i| i.steps.iter().any(|s| !matches!(s, Step::RemoveCustomer { .. } | Step::AddCustomer { .. })))
            .map(|i| i.account_id.clone())
            .collect();
        for chunk in directory.chunks(LOOKUP_BATCH) {
            let search = UserSearch::accounts(chunk, Expand::FULL);
            match up.search_users(Directories::All, &search).collect().await {
                Ok(found) => accounts.extend(found.iter().filter_map(crate::sync::read::org_user)),
                Err(error) => tracing::warn!(%error, "cannot re-read the users a job changed; the next sync will"),
            }
        }
        if let Err(error) = self.org.store().patch_snapshot(run, &accounts, &removed, &added).await {
            tracing::warn!(%error, "cannot update the snapshot after a job");
            return;
        }
        if let Err(error) = self.org.reload().await {
            tracing::warn!(%error, "cannot reload the snapshot after a job");
        }
    }
}

#[cfg(test)]
mod tests {
    use app::auth::SignInMethod;

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
