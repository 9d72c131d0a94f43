//! The Settings page's server functions. Each change names the signed-in admin for the audit log;
//! secrets are accepted here but never returned.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::auth::SignedIn;
use crate::{
    error::AppError,
    settings::{Check, ConnectionInput, ProtectedChange, SettingsView},
    users::SeatPrices,
};

/// The server's side of these calls.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait SettingsApi: Send + Sync + 'static {
    /// The settings as the page shows them (of each secret, only what the page may show).
    async fn view(&self) -> Result<SettingsView, AppError>;
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
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn SettingsApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "settings")]
pub async fn load_settings() -> Result<SettingsView, AppError> {
    api()?.view().await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/thresholds")]
pub async fn save_thresholds(warning_days: u32, overdue_days: u32) -> Result<SettingsView, AppError> {
    api()?.save_thresholds(&super::require_admin()?, warning_days, overdue_days).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/protected")]
pub async fn change_protected(change: ProtectedChange) -> Result<SettingsView, AppError> {
    api()?.change_protected(&super::require_admin()?, change).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/schedule")]
pub async fn save_schedule(sync_interval_hours: f64, audit_retention_days: u32) -> Result<SettingsView, AppError> {
    api()?.save_schedule(&super::require_admin()?, sync_interval_hours, audit_retention_days).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/seat_prices")]
pub async fn save_seat_prices(prices: SeatPrices) -> Result<SettingsView, AppError> {
    api()?.save_seat_prices(&super::require_admin()?, prices).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/connection")]
pub async fn save_connection(input: ConnectionInput) -> Result<SettingsView, AppError> {
    api()?.save_connection(&super::require_admin()?, input).await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/test_connection")]
pub async fn test_connection() -> Result<Vec<Check>, AppError> {
    api()?.test_connection().await
}

#[server(input = Json, prefix = "/api", endpoint = "settings/orgs")]
pub async fn orgs_for_key(admin_api_key: Option<String>) -> Result<Vec<(String, String)>, AppError> {
    api()?.orgs_for_key(admin_api_key).await
}
