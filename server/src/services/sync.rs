//! "Sync now", cancel and the sync's status, over the sync that owns the snapshot.

use std::sync::Arc;

use app::{api::sync::SyncApi, error::AppError, users::SyncStatus};

use crate::sync::{SyncError, Syncer};

/// The sync as the dashboard controls it (starting one needs the `Arc`).
pub struct SyncControl(pub Arc<Syncer>);

#[async_trait::async_trait]
impl SyncApi for SyncControl {
    async fn status(&self) -> Result<SyncStatus, AppError> {
        Ok(self.0.status().await?)
    }

    async fn start(&self) -> Result<i64, AppError> {
        match self.0.start("manual").await {
            Ok(run) => Ok(run),
            Err(SyncError::AlreadyRunning(_)) => Err(AppError::SyncRunning),
            Err(error) => {
                tracing::error!(%error, "a sync could not start");
                Err(AppError::Internal)
            }
        }
    }

    async fn cancel(&self) -> Result<bool, AppError> {
        Ok(self.0.cancel())
    }
}
