//! The server's side of `app::api::services::Services`: what server functions can ask for. Each
//! method is a thin adapter over the sync and the snapshot; errors are logged once here and cross
//! to the browser as an `AppError` code.

use std::sync::Arc;

use app::{
    api::{deployment::Deployment, services::Services},
    audit::{AuditExportPage, AuditOptions, AuditPage, AuditQuery, Integrity},
    auth::{LoginOptions, SetupStatus, SignedIn},
    error::AppError,
    settings::{Check, ConnectionInput, ProtectedChange, SettingsView},
    users::{
        EXPORT_PAGE_SIZE, FilterOptions, MAX_IDS_PER_REQUEST, Overview, SeatPrices, SyncStatus, Thresholds,
        UserDetails, UserPage, UserQuery, UserRow,
    },
};
use chrono::Utc;

use crate::{
    audit::page as audit_page,
    auth::Access,
    org::Org,
    settings::{self, SettingsService},
    store::StoreError,
    sync::{SyncError, Syncer},
};

pub struct ServerServices {
    pub deployment: Deployment,
    pub org: Arc<Org>,
    pub syncer: Arc<Syncer>,
    pub access: Arc<Access>,
    pub settings: SettingsService,
    /// The Audit page's check of the hash chain.
    pub integrity: audit_page::IntegrityCheck,
    pub bulk: Arc<crate::bulk::Bulk>,
}

fn internal(error: StoreError) -> AppError {
    tracing::error!(%error, "store error");
    AppError::Internal
}

impl ServerServices {
    async fn thresholds(&self) -> Result<Thresholds, AppError> {
        settings::thresholds(self.org.store().as_ref()).await.map_err(internal)
    }
}

/// Refuses a query whose free text is unreasonably long (nothing real is 200 characters).
fn checked(query: UserQuery) -> Result<UserQuery, AppError> {
    if query.text.as_ref().is_some_and(|t| t.chars().count() > 200) {
        return Err(AppError::InvalidInput { field: "text".into() });
    }
    Ok(query)
}

#[async_trait::async_trait]
impl Services for ServerServices {
    async fn bulk_preflight(
        &self,
        who: &SignedIn,
        action: app::bulk::BulkAction,
        targets: app::bulk::Targets,
    ) -> Result<app::bulk::Preflight, AppError> {
        self.bulk.preflight(who, action, targets).await
    }

    async fn undo_preflight(&self, who: &SignedIn, job_id: String) -> Result<app::bulk::Preflight, AppError> {
        self.bulk.undo_preflight(who, &job_id).await
    }

    async fn start_job(&self, who: &SignedIn, plan_id: String, typed: Option<String>) -> Result<String, AppError> {
        self.bulk.start_job(who, &plan_id, typed.as_deref()).await
    }

    async fn job_page(
        &self,
        job_id: String,
        state: Option<app::bulk::ItemState>,
        page: u32,
    ) -> Result<app::bulk::JobPage, AppError> {
        self.bulk.page(&job_id, state, page).await
    }

    async fn jobs(&self) -> Result<Vec<app::bulk::JobSummary>, AppError> {
        self.bulk.jobs().await
    }

    async fn cancel_job(&self, who: &SignedIn, job_id: String) -> Result<app::bulk::JobSummary, AppError> {
        self.bulk.cancel(who, &job_id).await
    }

    fn deployment(&self) -> Deployment {
        self.deployment.clone()
    }

    async fn login_options(&self) -> Result<LoginOptions, AppError> {
        self.access.login_options().await.map_err(internal)
    }

    async fn setup_status(&self, token: String) -> Result<SetupStatus, AppError> {
        if token.len() > 100 {
            return Err(AppError::InvalidInput { field: "token".into() });
        }
        self.access.setup_status(&token).await.map_err(internal)
    }

    async fn overview(&self) -> Result<Overview, AppError> {
        let thresholds = self.thresholds().await?;
        let mut overview = self.org.index().overview(Utc::now(), thresholds);
        overview.seat_prices = settings::seat_prices(self.org.store().as_ref()).await.map_err(internal)?;
        Ok(overview)
    }

    async fn query_users(&self, query: UserQuery) -> Result<UserPage, AppError> {
        let query = checked(query)?;
        let thresholds = self.thresholds().await?;
        Ok(self.org.index().query(&query, Utc::now(), thresholds))
    }

    async fn filter_options(&self) -> Result<FilterOptions, AppError> {
        Ok(self.org.index().filter_options())
    }

    async fn matching_ids(&self, query: UserQuery) -> Result<Vec<String>, AppError> {
        let query = checked(query)?;
        let thresholds = self.thresholds().await?;
        Ok(self.org.index().matching_ids(&query, Utc::now(), thresholds))
    }

    async fn export_page(&self, query: UserQuery) -> Result<UserPage, AppError> {
        let query = checked(UserQuery { page_size: EXPORT_PAGE_SIZE, ..query })?;
        let thresholds = self.thresholds().await?;
        let page = self.org.index().query_page(&query, EXPORT_PAGE_SIZE, Utc::now(), thresholds);
        // Every page that returns is covered by a record: a first page starts an export and is
        // recorded; a later page is recorded unless its export already is (the same filter by
        // the same admin, recently), so a client that skips the first page is recorded too.
        let details = serde_json::json!({
            "filter": UserQuery { page: 0, ..query.clone() },
            "page": query.page,
            "rows": page.total,
        });
        audit_page::record_user_export(self.org.store().as_ref(), details, query.page == 0).await?;
        Ok(page)
    }

    async fn rows_by_id(&self, ids: Vec<String>) -> Result<Vec<UserRow>, AppError> {
        if ids.len() > MAX_IDS_PER_REQUEST || ids.iter().any(|id| id.len() > 128) {
            return Err(AppError::InvalidInput { field: "ids".into() });
        }
        let thresholds = self.thresholds().await?;
        let rows = self.org.index().rows_by_id(&ids, Utc::now(), thresholds);
        let details = serde_json::json!({ "selected": ids.len(), "rows": rows.len() });
        audit_page::record_user_export(self.org.store().as_ref(), details, true).await?;
        Ok(rows)
    }

    async fn user_details(&self, account_id: String) -> Result<UserDetails, AppError> {
        let thresholds = self.thresholds().await?;
        self.org.index().details(&account_id, Utc::now(), thresholds).ok_or(AppError::NotFound)
    }

    async fn sync_status(&self) -> Result<SyncStatus, AppError> {
        self.syncer.status().await.map_err(internal)
    }

    async fn start_sync(&self) -> Result<i64, AppError> {
        match self.syncer.start("manual").await {
            Ok(run) => Ok(run),
            Err(SyncError::AlreadyRunning(_)) => Err(AppError::SyncRunning),
            Err(error) => {
                tracing::error!(%error, "a sync could not start");
                Err(AppError::Internal)
            }
        }
    }

    async fn cancel_sync(&self) -> Result<bool, AppError> {
        Ok(self.syncer.cancel())
    }

    async fn settings(&self) -> Result<SettingsView, AppError> {
        self.settings.view().await
    }

    async fn save_thresholds(
        &self,
        who: &SignedIn,
        warning_days: u32,
        overdue_days: u32,
    ) -> Result<SettingsView, AppError> {
        self.settings.save_thresholds(who, Thresholds { warning_days, overdue_days }).await
    }

    async fn change_protected(&self, who: &SignedIn, change: ProtectedChange) -> Result<SettingsView, AppError> {
        self.settings.change_protected(who, change).await
    }

    async fn save_schedule(
        &self,
        who: &SignedIn,
        sync_interval_hours: f64,
        audit_retention_days: u32,
    ) -> Result<SettingsView, AppError> {
        self.settings.save_schedule(who, sync_interval_hours, audit_retention_days).await
    }

    async fn save_seat_prices(&self, who: &SignedIn, prices: SeatPrices) -> Result<SettingsView, AppError> {
        self.settings.save_seat_prices(who, prices).await
    }

    async fn save_connection(&self, who: &SignedIn, input: ConnectionInput) -> Result<SettingsView, AppError> {
        self.settings.save_connection(who, input).await
    }

    async fn test_connection(&self) -> Result<Vec<Check>, AppError> {
        Ok(self.settings.test_connection().await)
    }

    async fn orgs_for_key(&self, admin_api_key: Option<String>) -> Result<Vec<(String, String)>, AppError> {
        self.settings.orgs_for_key(admin_api_key).await
    }

    async fn audit_page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditPage, AppError> {
        audit_page::page(self.org.store().as_ref(), who, query).await
    }

    async fn audit_export_page(&self, who: &SignedIn, query: AuditQuery) -> Result<AuditExportPage, AppError> {
        audit_page::export_page(self.org.store().as_ref(), who, query).await
    }

    async fn audit_options(&self) -> Result<AuditOptions, AppError> {
        audit_page::options(self.org.store().as_ref()).await
    }

    async fn audit_integrity(&self) -> Result<Integrity, AppError> {
        self.integrity.status(self.org.store().as_ref()).await
    }
}
