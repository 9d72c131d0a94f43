//! The sync: its status and progress, "Sync now" and cancel.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{error::AppError, users::SyncStatus};

/// The server's side of these calls.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait SyncApi: Send + Sync + 'static {
    async fn status(&self) -> Result<SyncStatus, AppError>;
    /// Starts a sync; the run id.
    async fn start(&self) -> Result<i64, AppError>;
    /// Asks the running sync to stop; false when none runs.
    async fn cancel(&self) -> Result<bool, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn SyncApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "sync/status")]
pub async fn load_sync_status() -> Result<SyncStatus, AppError> {
    api()?.status().await
}

#[server(input = Json, prefix = "/api", endpoint = "sync/start")]
pub async fn start_sync() -> Result<i64, AppError> {
    api()?.start().await
}

#[server(input = Json, prefix = "/api", endpoint = "sync/cancel")]
pub async fn cancel_sync() -> Result<bool, AppError> {
    api()?.cancel().await
}
