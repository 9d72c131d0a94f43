//! The user directory: the dashboard's numbers, the Users table's pages, one user's details, and
//! what exports and "select all" fetch.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    csv_export::{ExportPage, Layout},
    error::AppError,
    users::{FilterOptions, Overview, UserDetails, UserPage, UserQuery},
};

#[server(input = Json, prefix = "/api", endpoint = "overview")]
pub async fn load_overview() -> Result<Overview, AppError> {
    crate::api::services::services()?.overview().await
}

#[server(input = Json, prefix = "/api", endpoint = "users")]
pub async fn query_users(query: UserQuery) -> Result<UserPage, AppError> {
    crate::api::services::services()?.query_users(query).await
}

#[server(input = Json, prefix = "/api", endpoint = "user")]
pub async fn load_user_details(account_id: String) -> Result<UserDetails, AppError> {
    crate::api::services::services()?.user_details(account_id).await
}

#[server(input = Json, prefix = "/api", endpoint = "users/filters")]
pub async fn load_filter_options() -> Result<FilterOptions, AppError> {
    crate::api::services::services()?.filter_options().await
}

#[server(input = Json, prefix = "/api", endpoint = "users/ids")]
pub async fn matching_ids(query: UserQuery) -> Result<Vec<String>, AppError> {
    crate::api::services::services()?.matching_ids(query).await
}

#[server(input = Json, prefix = "/api", endpoint = "users/export")]
pub async fn export_rows(query: UserQuery, layout: Layout) -> Result<ExportPage, AppError> {
    let page = crate::api::services::services()?.export_page(query).await?;
    Ok(ExportPage::of(page.total, &page.rows, layout))
}

#[server(input = Json, prefix = "/api", endpoint = "users/export_by_id")]
pub async fn export_by_id(ids: Vec<String>, layout: Layout) -> Result<ExportPage, AppError> {
    let total = ids.len() as u64;
    let rows = crate::api::services::services()?.rows_by_id(ids).await?;
    Ok(ExportPage::of(total, &rows, layout))
}
