//! The user directory over the current snapshot: the dashboard's numbers, the Users table's
//! pages, one user's details, and exports (each recorded in the audit log before its rows leave).

use std::sync::Arc;

use app::{
    api::directory::DirectoryApi,
    auth::SignedIn,
    error::AppError,
    users::{
        EXPORT_PAGE_SIZE, FilterOptions, MAX_IDS_PER_REQUEST, Overview, Thresholds, UserDetails, UserPage, UserQuery,
        UserRow,
    },
};
use chrono::Utc;

use crate::{audit::page as audit_page, org::Org, settings, sync::Syncer};

pub struct Directory {
    pub org: Arc<Org>,
    /// Asked only whether a sync runs, for the dashboard's "no data yet".
    pub syncer: Arc<Syncer>,
}

impl Directory {
    async fn thresholds(&self) -> Result<Thresholds, AppError> {
        Ok(settings::thresholds(self.org.store().as_ref()).await?)
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
impl DirectoryApi for Directory {
    async fn overview(&self) -> Result<Overview, AppError> {
        let thresholds = self.thresholds().await?;
        let mut overview = self.org.index().overview(Utc::now(), thresholds);
        overview.seat_prices = settings::seat_prices(self.org.store().as_ref()).await?;
        overview.syncing = self.syncer.progress().is_some();
        Ok(overview)
    }

    async fn query_users(&self, query: UserQuery) -> Result<UserPage, AppError> {
        let query = checked(query)?;
        let thresholds = self.thresholds().await?;
        Ok(self.org.index().query(&query, Utc::now(), thresholds))
    }

    async fn user_details(&self, account_id: String) -> Result<UserDetails, AppError> {
        let thresholds = self.thresholds().await?;
        self.org.index().details(&account_id, Utc::now(), thresholds).ok_or(AppError::NotFound)
    }

    async fn filter_options(&self) -> Result<FilterOptions, AppError> {
        Ok(self.org.index().filter_options())
    }

    async fn matching_ids(&self, query: UserQuery) -> Result<Vec<String>, AppError> {
        let query = checked(query)?;
        let thresholds = self.thresholds().await?;
        Ok(self.org.index().matching_ids(&query, Utc::now(), thresholds))
    }

    async fn export_page(&self, who: &SignedIn, query: UserQuery) -> Result<UserPage, AppError> {
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
        audit_page::record_user_export(self.org.store().as_ref(), who, details, query.page == 0).await?;
        Ok(page)
    }

    async fn rows_by_id(&self, who: &SignedIn, ids: Vec<String>, places: bool) -> Result<Vec<UserRow>, AppError> {
        if ids.len() > MAX_IDS_PER_REQUEST || ids.iter().any(|id| id.len() > 128) {
            return Err(AppError::InvalidInput { field: "ids".into() });
        }
        let thresholds = self.thresholds().await?;
        let rows = self.org.index().rows_by_id(&ids, Utc::now(), thresholds, places);
        let details = serde_json::json!({ "selected": ids.len(), "rows": rows.len() });
        audit_page::record_user_export(self.org.store().as_ref(), who, details, true).await?;
        Ok(rows)
    }
}
