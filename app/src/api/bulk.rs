//! Bulk actions and their jobs: the pre-flight, starting a confirmed plan, progress, cancel and
//! undo. The work itself runs on the server; these only ask and report.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    bulk::{BulkAction, ItemState, JobPage, JobSummary, Preflight, Targets},
    error::AppError,
};

#[cfg(feature = "ssr")]
fn admin() -> Result<crate::auth::SignedIn, AppError> {
    crate::auth::SignedIn::current().ok_or(AppError::Unauthorized)
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/preflight")]
pub async fn bulk_preflight(action: BulkAction, targets: Targets) -> Result<Preflight, AppError> {
    crate::api::services::services()?.bulk_preflight(&admin()?, action, targets).await
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/undo-preflight")]
pub async fn undo_preflight(job_id: String) -> Result<Preflight, AppError> {
    crate::api::services::services()?.undo_preflight(&admin()?, job_id).await
}

#[server(input = Json, prefix = "/api", endpoint = "bulk/start")]
pub async fn start_job(plan_id: String, typed: Option<String>) -> Result<String, AppError> {
    crate::api::services::services()?.start_job(&admin()?, plan_id, typed).await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs/get")]
pub async fn load_job(job_id: String, state: Option<ItemState>, page: u32) -> Result<JobPage, AppError> {
    crate::api::services::services()?.job_page(job_id, state, page).await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs")]
pub async fn load_jobs() -> Result<Vec<JobSummary>, AppError> {
    crate::api::services::services()?.jobs().await
}

#[server(input = Json, prefix = "/api", endpoint = "jobs/cancel")]
pub async fn cancel_job(job_id: String) -> Result<JobSummary, AppError> {
    crate::api::services::services()?.cancel_job(&admin()?, job_id).await
}
