//! The Audit page: the work is `crate::audit::page`'s, over the organisation's store and the
//! signed checkpoints.

use std::sync::Arc;

use app::{
    api::audit::AuditApi,
    audit::{AuditExportPage, AuditOptions, AuditPage, AuditQuery, Integrity},
    auth::SignedIn,
    error::AppError,
};

use crate::{audit::page as audit_page, org::Org};

pub struct AuditLog {
    pub org: Arc<Org>,
    /// The check of the hash chain, reused for a while between page loads.
    pub integrity: audit_page::IntegrityCheck,
}

#[async_trait::async_trait]
impl AuditApi for AuditLog {
    async fn page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditPage, AppError> {
        audit_page::page(self.org.store().as_ref(), who, query).await
    }

    async fn export_page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditExportPage, AppError> {
        audit_page::export_page(self.org.store().as_ref(), who, query).await
    }

    async fn options(&self) -> Result<AuditOptions, AppError> {
        audit_page::options(self.org.store().as_ref()).await
    }

    async fn integrity(&self) -> Result<Integrity, AppError> {
        self.integrity.status(self.org.store().as_ref()).await
    }
}
