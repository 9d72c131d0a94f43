//! The Audit page's server functions: a page of the log, the pages of an export, what the
//! pickers offer, and whether the hash chain verifies. Reading the log is itself audited (SR-36),
//! so the two readers name the signed-in admin.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    audit::{AuditExportPage, AuditOptions, AuditPage, AuditQuery, Integrity},
    error::AppError,
};

#[cfg(feature = "ssr")]
fn reader() -> Result<crate::auth::SignedIn, AppError> {
    crate::auth::SignedIn::current().ok_or(AppError::Unauthorized)
}

#[server(input = Json, prefix = "/api", endpoint = "audit")]
pub async fn query_audit(query: AuditQuery) -> Result<AuditPage, AppError> {
    crate::api::services::services()?.audit_page(&reader()?, query).await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/export")]
pub async fn export_audit(query: AuditQuery) -> Result<AuditExportPage, AppError> {
    crate::api::services::services()?.audit_export_page(&reader()?, query).await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/filters")]
pub async fn load_audit_options() -> Result<AuditOptions, AppError> {
    crate::api::services::services()?.audit_options().await
}

#[server(input = Json, prefix = "/api", endpoint = "audit/integrity")]
pub async fn load_audit_integrity() -> Result<Integrity, AppError> {
    crate::api::services::services()?.audit_integrity().await
}
