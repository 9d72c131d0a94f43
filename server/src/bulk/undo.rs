//! Planning the undo of a finished job: each user's steps that were carried out, inverted and
//! taken last-first, judged again on what Atlassian says now. The undo job then runs as any job.

use app::{
    auth::SignedIn,
    bulk::{DEFAULT_CONFIRM_THRESHOLD, ItemState, JobItem, Preflight, Skip, Step, Verdict},
    error::AppError,
};

use super::{Bulk, context::needs, new_id, plan};

impl Bulk {
    pub async fn undo_preflight(&self, who: &SignedIn, job_id: &str) -> Result<Preflight, AppError> {
        let summary = self.summary(job_id).await?;
        if !summary.can_undo() {
            return Err(AppError::InvalidInput { field: "job".into() });
        }
        let done = self.org.store().job_items(job_id, Some(ItemState::Done), 0, u32::MAX).await?;
        // Each user's steps undone last-first.
        let reversed: Vec<(JobItem, Vec<Step>)> = done
            .into_iter()
            .map(|(_, item)| {
                let steps = item.steps.iter().rev().map(Step::inverse).collect();
                (item, steps)
            })
            .collect();
        // An undo's steps name their groups already: the snapshot's context is enough.
        let mut ctx = self.snapshot_context(&who.actor(), who.email.clone()).await?;
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
}
