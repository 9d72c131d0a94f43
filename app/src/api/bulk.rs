//! Bulk actions and their jobs: the pre-flight, starting a confirmed plan, progress, cancel and
//! undo. The work itself runs on the server; these only ask and report.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::auth::SignedIn;
use crate::{
    bulk::{BulkAction, ItemState, JobPage, JobSummary, Preflight, Targets},
    error::AppError,
};

/// The server's side of these calls.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait BulkApi: Send + Sync + 'static {
    /// Classifies every target user against Atlassian's current state; nothing runs yet.
    async fn preflight(&self, who: &SignedIn, action: BulkAction, targets: Targets) -> Result<Preflight, AppError>;
    /// The pre-flight of undoing a finished job: each changed user's steps, reversed.
    async fn undo_preflight(&self, who: &SignedIn, job_id: String) -> Result<Preflight, AppError>;
    /// Queues the job of a confirmed plan; its id.
    async fn start_job(&self, who: &SignedIn, plan_id: String, typed: Option<String>) -> Result<String, AppError>;
    async fn job_page(&self, job_id: String, state: Option<ItemState>, page: u32) -> Result<JobPage, AppError>;
    /// The newest jobs first.
    async fn jobs(&self) -> Result<Vec<JobSummary>, AppError>;
    async fn cancel_job(&self, who: &SignedIn, job_id: String) -> Result<JobSummary, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn BulkApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/preflight")]
pub async fn bulk_preflight(action: BulkAction, targets: Targets) -> Result<Preflight, AppError> {
    api()?.preflight(&super::require_admin()?, action, targets).await
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/undo-preflight")]
pub async fn undo_preflight(job_id: String) -> Result<Preflight, AppError> {
    api()?.undo_preflight(&super::require_admin()?, job_id).await
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/start")]
pub async fn start_job(plan_id: String, typed: Option<String>) -> Result<String, AppError> {
    api()?.start_job(&super::require_admin()?, plan_id, typed).await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs/get")]
pub async fn load_job(job_id: String, state: Option<ItemState>, page: u32) -> Result<JobPage, AppError> {
    api()?.job_page(job_id, state, page).await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs")]
pub async fn load_jobs() -> Result<Vec<JobSummary>, AppError> {
    api()?.jobs().await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs/cancel")]
pub async fn cancel_job(job_id: String) -> Result<JobSummary, AppError> {
    api()?.cancel_job(&super::require_admin()?, job_id).await
}
