//! Appending to the log, fail-closed: an action that cannot be recorded must not happen, so a
//! caller learns of the failure (and the server's log says why) instead of carrying on.

use crate::store::{AuditEntry, Store};

/// The log could not record an entry: what the entry announces must not be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AuditUnavailable;

impl std::fmt::Display for AuditUnavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the audit log cannot be written")
    }
}

impl std::error::Error for AuditUnavailable {}

/// Appends `entry` (committed and synced before this returns); its `seq` in the chain.
pub async fn append(store: &dyn Store, entry: &AuditEntry) -> Result<i64, AuditUnavailable> {
    store.append_audit(entry).await.map_err(|error| {
        tracing::error!(%error, action = entry.action, "cannot write the audit log");
        AuditUnavailable
    })
}

/// A request whose entry cannot be written fails as the server's own error (the log says why).
impl From<AuditUnavailable> for app::error::AppError {
    fn from(_: AuditUnavailable) -> app::error::AppError {
        app::error::AppError::Internal
    }
}
