//! The sync: its status and progress, "Sync now" and cancel.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{error::AppError, users::SyncStatus};

#[server(input = Json, prefix = "/api", endpoint = "sync/status")]
pub async fn load_sync_status() -> Result<SyncStatus, AppError> {
    crate::api::services::services()?.sync_status().await
}

#[server(input = Json, prefix = "/api", endpoint = "sync/start")]
pub async fn start_sync() -> Result<i64, AppError> {
    crate::api::services::services()?.start_sync().await
}

#[server(input = Json, prefix = "/api", endpoint = "sync/cancel")]
pub async fn cancel_sync() -> Result<bool, AppError> {
    crate::api::services::services()?.cancel_sync().await
}
