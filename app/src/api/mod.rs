//! Server functions, one resource per file: thin adapters from the browser to the services.
//! Every one takes JSON input (never a form: see SECURITY.md 1.6).

pub mod audit;
pub mod auth;
pub mod bulk;
pub mod data;
pub mod deployment;
pub mod directory;
pub mod settings;
pub mod sync;

/// What the server provides to server functions and pages. Defined here, implemented by the
/// server crate, so that `app` never depends on `server`.
#[cfg(feature = "ssr")]
pub mod services {
    use std::sync::Arc;

    use super::deployment::Deployment;
    use crate::{
        auth::{LoginOptions, SetupStatus, SignedIn},
        error::AppError,
        settings::{Check, ConnectionInput, ProtectedChange, SettingsView},
        users::{FilterOptions, Overview, SeatPrices, SyncStatus, UserDetails, UserPage, UserQuery, UserRow},
    };

    #[async_trait::async_trait]
    pub trait Services: Send + Sync + 'static {
        /// Classifies every target user against Atlassian's current state; nothing runs yet.
        async fn bulk_preflight(
            &self,
            who: &SignedIn,
            action: crate::bulk::BulkAction,
            targets: crate::bulk::Targets,
        ) -> Result<crate::bulk::Preflight, AppError>;
        /// The pre-flight of undoing a finished job: each changed user's steps, reversed.
        async fn undo_preflight(&self, who: &SignedIn, job_id: String) -> Result<crate::bulk::Preflight, AppError>;
        /// Queues the job of a confirmed plan; its id.
        async fn start_job(&self, who: &SignedIn, plan_id: String, typed: Option<String>) -> Result<String, AppError>;
        async fn job_page(
            &self,
            job_id: String,
            state: Option<crate::bulk::ItemState>,
            page: u32,
        ) -> Result<crate::bulk::JobPage, AppError>;
        /// The newest jobs first.
        async fn jobs(&self) -> Result<Vec<crate::bulk::JobSummary>, AppError>;
        async fn cancel_job(&self, who: &SignedIn, job_id: String) -> Result<crate::bulk::JobSummary, AppError>;
        fn deployment(&self) -> Deployment;
        /// What the sign-in page offers (asked before anyone is signed in).
        async fn login_options(&self) -> Result<LoginOptions, AppError>;
        /// Whether a set-up link is still good, with a fresh TOTP seed to offer.
        async fn setup_status(&self, token: String) -> Result<SetupStatus, AppError>;
        /// The dashboard's numbers over the current snapshot.
        async fn overview(&self) -> Result<Overview, AppError>;
        async fn query_users(&self, query: UserQuery) -> Result<UserPage, AppError>;
        async fn user_details(&self, account_id: String) -> Result<UserDetails, AppError>;
        /// What the Users page's pickers offer.
        async fn filter_options(&self) -> Result<FilterOptions, AppError>;
        /// The ids of every account a query matches ("select all N").
        async fn matching_ids(&self, query: UserQuery) -> Result<Vec<String>, AppError>;
        /// One page of rows for an export: as `query_users`, in pages of `EXPORT_PAGE_SIZE`.
        async fn export_page(&self, query: UserQuery) -> Result<UserPage, AppError>;
        /// The rows of these accounts (an export of the selection).
        async fn rows_by_id(&self, ids: Vec<String>) -> Result<Vec<UserRow>, AppError>;
        async fn sync_status(&self) -> Result<SyncStatus, AppError>;
        /// Starts a sync; the run id.
        async fn start_sync(&self) -> Result<i64, AppError>;
        /// Asks the running sync to stop; false when none runs.
        async fn cancel_sync(&self) -> Result<bool, AppError>;

        async fn settings(&self) -> Result<SettingsView, AppError>;
        async fn save_thresholds(
            &self,
            who: &SignedIn,
            warning_days: u32,
            overdue_days: u32,
        ) -> Result<SettingsView, AppError>;
        async fn change_protected(&self, who: &SignedIn, change: ProtectedChange) -> Result<SettingsView, AppError>;
        async fn save_schedule(
            &self,
            who: &SignedIn,
            sync_interval_hours: f64,
            audit_retention_days: u32,
        ) -> Result<SettingsView, AppError>;
        async fn save_seat_prices(&self, who: &SignedIn, prices: SeatPrices) -> Result<SettingsView, AppError>;
        async fn save_connection(&self, who: &SignedIn, input: ConnectionInput) -> Result<SettingsView, AppError>;
        async fn test_connection(&self) -> Result<Vec<Check>, AppError>;
        /// The organisations an Admin API key can see: (id, name).
        async fn orgs_for_key(&self, admin_api_key: Option<String>) -> Result<Vec<(String, String)>, AppError>;

        /// A page of the audit log. Viewing it is itself audited, at most once per admin and
        /// filter in a while, so paging does not flood the log.
        async fn audit_page(
            &self,
            who: &SignedIn,
            query: crate::audit::AuditQuery,
        ) -> Result<crate::audit::AuditPage, AppError>;
        /// A page of an audit export (`EXPORT_PAGE_SIZE` entries). The first page records the
        /// export and pins the log as it then was (`until_seq`).
        async fn audit_export_page(
            &self,
            who: &SignedIn,
            query: crate::audit::AuditQuery,
        ) -> Result<crate::audit::AuditExportPage, AppError>;
        /// What the Audit page's pickers offer.
        async fn audit_options(&self) -> Result<crate::audit::AuditOptions, AppError>;
        /// Whether the log's hash chain verifies.
        async fn audit_integrity(&self) -> Result<crate::audit::Integrity, AppError>;
    }

    /// The services of this request, provided as context by the server.
    pub fn services() -> Result<Arc<dyn Services>, AppError> {
        leptos::prelude::use_context::<Arc<dyn Services>>().ok_or(AppError::Internal)
    }
}
