//! The Audit page's server functions: a page of the log, the pages of an export, what the
//! pickers offer, and whether the hash chain verifies. Reading the log is itself audited, so the
//! two readers name the signed-in admin.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::auth::SignedIn;
use crate::{
    audit::{AuditExportPage, AuditOptions, AuditPage, AuditQuery, Integrity},
    error::AppError,
};

/// The server's side of these calls.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait AuditApi: Send + Sync + 'static {
    /// A page of the audit log. Viewing it is itself audited, at most once per admin and filter
    /// in a while, so paging does not flood the log.
    async fn page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditPage, AppError>;
    /// A page of an audit export (`EXPORT_PAGE_SIZE` entries). The first page records the export
    /// and pins the log as it then was (`until_seq`).
    async fn export_page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditExportPage, AppError>;
    /// What the Audit page's pickers offer.
    async fn options(&self) -> Result<AuditOptions, AppError>;
    /// Whether the log's hash chain verifies.
    async fn integrity(&self) -> Result<Integrity, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn AuditApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "audit")]
pub async fn query_audit(query: AuditQuery) -> Result<AuditPage, AppError> {
    api()?.page(&super::require_admin()?, query).await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/export")]
pub async fn export_audit(query: AuditQuery) -> Result<AuditExportPage, AppError> {
    api()?.export_page(&super::require_admin()?, query).await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/filters")]
pub async fn load_audit_options() -> Result<AuditOptions, AppError> {
    api()?.options().await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/integrity")]
pub async fn load_audit_integrity() -> Result<Integrity, AppError> {
    api()?.integrity().await
}
