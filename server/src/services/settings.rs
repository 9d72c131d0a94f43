//! The Settings page: the work is `crate::settings_page::SettingsService`'s.

use app::{
    api::settings::SettingsApi,
    auth::SignedIn,
    error::AppError,
    settings::{Check, ConnectionInput, ProtectedChange, SettingsView},
    users::{SeatPrices, Thresholds},
};

use crate::settings_page::SettingsService;

#[async_trait::async_trait]
impl SettingsApi for SettingsService {
    async fn view(&self) -> Result<SettingsView, AppError> {
        SettingsService::view(self).await
    }

    async fn save_thresholds(
        &self,
        who: &SignedIn,
        warning_days: u32,
        overdue_days: u32,
    ) -> Result<SettingsView, AppError> {
        SettingsService::save_thresholds(self, who, Thresholds { warning_days, overdue_days }).await
    }

    async fn change_protected(&self, who: &SignedIn, change: ProtectedChange) -> Result<SettingsView, AppError> {
        SettingsService::change_protected(self, who, change).await
    }

    async fn save_schedule(
        &self,
        who: &SignedIn,
        sync_interval_hours: f64,
        audit_retention_days: u32,
    ) -> Result<SettingsView, AppError> {
        SettingsService::save_schedule(self, who, sync_interval_hours, audit_retention_days).await
    }

    async fn save_seat_prices(&self, who: &SignedIn, prices: SeatPrices) -> Result<SettingsView, AppError> {
        SettingsService::save_seat_prices(self, who, prices).await
    }

    async fn save_connection(&self, who: &SignedIn, input: ConnectionInput) -> Result<SettingsView, AppError> {
        SettingsService::save_connection(self, who, input).await
    }

    async fn test_connection(&self) -> Result<Vec<Check>, AppError> {
        Ok(SettingsService::test_connection(self).await)
    }

    async fn orgs_for_key(&self, admin_api_key: Option<String>) -> Result<Vec<(String, String)>, AppError> {
        SettingsService::orgs_for_key(self, admin_api_key).await
    }
}
