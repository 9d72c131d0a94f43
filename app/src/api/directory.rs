//! The user directory: the dashboard's numbers, the Users table's pages and one user's details.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    error::AppError,
    users::{Overview, UserDetails, UserPage, UserQuery},
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
