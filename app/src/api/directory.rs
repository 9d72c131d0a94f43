//! The user directory: the dashboard's numbers, the Users table's pages, one user's details, and
//! what exports and "select all" fetch. Every export is recorded in the audit log, so the two
//! exports name the signed-in admin.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::auth::SignedIn;
use crate::{
    csv_export::{ExportPage, Layout},
    error::AppError,
    users::{FilterOptions, Overview, UserDetails, UserPage, UserQuery},
};

/// The server's side of these calls, over the current snapshot.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait DirectoryApi: Send + Sync + 'static {
    /// The dashboard's numbers.
    async fn overview(&self) -> Result<Overview, AppError>;
    async fn query_users(&self, query: UserQuery) -> Result<UserPage, AppError>;
    async fn user_details(&self, account_id: String) -> Result<UserDetails, AppError>;
    /// What the Users page's pickers offer.
    async fn filter_options(&self) -> Result<FilterOptions, AppError>;
    /// The ids of every account a query matches ("select all N").
    async fn matching_ids(&self, query: UserQuery) -> Result<Vec<String>, AppError>;
    /// One page of rows for an export: as `query_users`, in pages of `EXPORT_PAGE_SIZE`.
    async fn export_page(&self, who: &SignedIn, query: UserQuery) -> Result<UserPage, AppError>;
    /// The rows of these accounts (an export of the selection), with their projects and spaces
    /// when `places`.
    async fn rows_by_id(
        &self,
        who: &SignedIn,
        ids: Vec<String>,
        places: bool,
    ) -> Result<Vec<crate::users::UserRow>, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn DirectoryApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "overview")]
pub async fn load_overview() -> Result<Overview, AppError> {
    api()?.overview().await
}

#[server(input = Json, prefix = "/api", endpoint = "users")]
pub async fn query_users(query: UserQuery) -> Result<UserPage, AppError> {
    api()?.query_users(query).await
}

#[server(input = Json, prefix = "/api", endpoint = "user")]
pub async fn load_user_details(account_id: String) -> Result<UserDetails, AppError> {
    api()?.user_details(account_id).await
}

#[server(input = Json, prefix = "/api", endpoint = "users/filters")]
pub async fn load_filter_options() -> Result<FilterOptions, AppError> {
    api()?.filter_options().await
}

#[server(input = Json, prefix = "/api", endpoint = "users/ids")]
pub async fn matching_ids(query: UserQuery) -> Result<Vec<String>, AppError> {
    api()?.matching_ids(query).await
}

#[server(input = Json, prefix = "/api", endpoint = "users/export")]
pub async fn export_rows(query: UserQuery, layout: Layout) -> Result<ExportPage, AppError> {
    let page = api()?.export_page(&super::require_admin()?, query).await?;
    Ok(ExportPage::of(page.total, &page.rows, layout))
}

#[server(input = Json, prefix = "/api", endpoint = "users/export_by_id")]
pub async fn export_by_id(ids: Vec<String>, layout: Layout) -> Result<ExportPage, AppError> {
    let total = ids.len() as u64;
    let rows = api()?.rows_by_id(&super::require_admin()?, ids, layout == Layout::Projects).await?;
    Ok(ExportPage::of(total, &rows, layout))
}
