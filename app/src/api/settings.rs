//! The Settings page's server functions. Each change names the signed-in admin for the audit log;
//! secrets are accepted here but never returned.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    error::AppError,
    settings::{Check, ConnectionInput, ProtectedChange, SettingsView},
};

#[cfg(feature = "ssr")]
fn admin() -> Result<crate::auth::SignedIn, AppError> {
    crate::auth::SignedIn::current().ok_or(AppError::Unauthorized)
}

#[server(input = Json, prefix = "/api", endpoint = "settings")]
pub async fn load_settings() -> Result<SettingsView, AppError> {
    crate::api::services::services()?.settings().await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/thresholds")]
pub async fn save_thresholds(warning_days: u32, overdue_days: u32) -> Result<SettingsView, AppError> {
    crate::api::services::services()?.save_thresholds(&admin()?, warning_days, overdue_days).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/protected")]
pub async fn change_protected(change: ProtectedChange) -> Result<SettingsView, AppError> {
    crate::api::services::services()?.change_protected(&admin()?, change).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/schedule")]
pub async fn save_schedule(sync_interval_hours: f64, audit_retention_days: u32) -> Result<SettingsView, AppError> {
    crate::api::services::services()?.save_schedule(&admin()?, sync_interval_hours, audit_retention_days).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/seat_prices")]
pub async fn save_seat_prices(prices: crate::users::SeatPrices) -> Result<SettingsView, AppError> {
    crate::api::services::services()?.save_seat_prices(&admin()?, prices).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/connection")]
pub async fn save_connection(input: ConnectionInput) -> Result<SettingsView, AppError> {
    crate::api::services::services()?.save_connection(&admin()?, input).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/test_connection")]
pub async fn test_connection() -> Result<Vec<Check>, AppError> {
    crate::api::services::services()?.test_connection().await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/orgs")]
pub async fn orgs_for_key(admin_api_key: Option<String>) -> Result<Vec<(String, String)>, AppError> {
    crate::api::services::services()?.orgs_for_key(admin_api_key).await
}
