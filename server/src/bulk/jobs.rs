//! Jobs as their pages show them: one job's summary and a page of its users' results, the list
//! of jobs, and cancelling one.

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::SignedIn,
    bulk::{ItemState, JOB_PAGE_SIZE, JobPage, JobState, JobSummary},
    error::AppError,
};
use chrono::Utc;
use serde_json::json;

use super::Bulk;
use crate::store::{AuditEntry, JobRecord};

impl Bulk {
    pub async fn summary(&self, job_id: &str) -> Result<JobSummary, AppError> {
        let job = self.org.store().job(job_id).await?.ok_or(AppError::NotFound)?;
        self.describe(job).await
    }

    async fn describe(&self, job: JobRecord) -> Result<JobSummary, AppError> {
        let counts = self.org.store().job_counts(&job.id).await?;
        let undone_by = self.org.store().undone_by(&job.id).await?;
        let queue_position = if job.state == JobState::Queued {
            Some(self.org.store().queued_before(job.created_at).await?)
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
        let matching = self.org.store().count_items(job_id, state).await?;
        let offset = page.saturating_mul(JOB_PAGE_SIZE);
        let items = self.org.store().job_items(job_id, state, offset, JOB_PAGE_SIZE).await?;
        Ok(JobPage { summary, items: items.into_iter().map(|(_, i)| i).collect(), page, matching })
    }

    pub async fn jobs(&self) -> Result<Vec<JobSummary>, AppError> {
        let mut all = Vec::new();
        for job in self.org.store().jobs(100).await? {
            all.push(self.describe(job).await?);
        }
        Ok(all)
    }

    /// Asks a queued or running job to stop: the users in progress finish, the rest are left.
    pub async fn cancel(&self, who: &SignedIn, job_id: &str) -> Result<JobSummary, AppError> {
        let job = self.org.store().job(job_id).await?.ok_or(AppError::NotFound)?;
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
            self.org.store().cancel_pending(job_id).await?;
            self.org.store().set_job_state(job_id, JobState::Cancelled, now, None).await?;
            self.finish_audit(job_id).await;
        } else {
            self.org.store().set_job_state(job_id, JobState::Cancelling, now, None).await?;
        }
        self.summary(job_id).await
    }
}
