//! Bulk actions and their jobs: the work is `crate::bulk::Bulk`'s.

use app::{
    api::bulk::BulkApi,
    auth::SignedIn,
    bulk::{BulkAction, ItemState, JobPage, JobSummary, Preflight, Targets},
    error::AppError,
};

use crate::bulk::Bulk;

#[async_trait::async_trait]
impl BulkApi for Bulk {
    async fn preflight(&self, who: &SignedIn, action: BulkAction, targets: Targets) -> Result<Preflight, AppError> {
        Bulk::preflight(self, who, action, targets).await
    }

    async fn undo_preflight(&self, who: &SignedIn, job_id: String) -> Result<Preflight, AppError> {
        Bulk::undo_preflight(self, who, &job_id).await
    }

    async fn start_job(&self, who: &SignedIn, plan_id: String, typed: Option<String>) -> Result<String, AppError> {
        Bulk::start_job(self, who, &plan_id, typed.as_deref()).await
    }

    async fn job_page(&self, job_id: String, state: Option<ItemState>, page: u32) -> Result<JobPage, AppError> {
        Bulk::page(self, &job_id, state, page).await
    }

    async fn jobs(&self) -> Result<Vec<JobSummary>, AppError> {
        Bulk::jobs(self).await
    }

    async fn cancel_job(&self, who: &SignedIn, job_id: String) -> Result<JobSummary, AppError> {
        Bulk::cancel(self, who, &job_id).await
    }
}
