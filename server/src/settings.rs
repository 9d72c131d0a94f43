//! Settings kept in the store: their keys, their defaults, and typed reads of them (the
//! inactivity thresholds, protected accounts, sync interval, audit retention, seat prices, the
//! saved connection). Sync, bulk actions, the audit log's retention, events and the Settings page
//! all read them here; this module imports only the store.

use app::{
    settings::DEFAULT_RETENTION_DAYS,
    users::{SeatPrices, Thresholds},
};
use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError};

pub const WARNING_DAYS: &str = "inactivity.warning_days";
pub const OVERDUE_DAYS: &str = "inactivity.overdue_days";
pub const PROTECTED: &str = "protected.accounts";
pub const SYNC_INTERVAL_HOURS: &str = "sync.interval_hours";
pub const RETENTION_DAYS: &str = "audit.retention_days";
pub const SEAT_PRICES: &str = "licences.seat_prices";
/// The connection saved from the page (no secrets: those are in `secrets`).
pub const CONNECTION: &str = "connection";
pub const ADMIN_KEY_SECRET: &str = "admin_api_key";
pub const SITE_TOKEN_SECRET: &str = "site_api_token";
/// The organisation the stored snapshots belong to.
pub const SNAPSHOT_ORG: &str = "snapshot.org_id";
/// Default hours between scheduled syncs.
pub const DEFAULT_SYNC_INTERVAL_HOURS: f64 = 6.0;

/// The inactivity thresholds; the defaults (90 and 180 days) when unset or invalid.
pub async fn thresholds(store: &dyn Store) -> Result<Thresholds, StoreError> {
    let defaults = Thresholds::default();
    let read = |value: Option<String>, default: u32| value.and_then(|v| v.parse().ok()).unwrap_or(default);
    let thresholds = Thresholds {
        warning_days: read(store.setting(WARNING_DAYS).await?, defaults.warning_days),
        overdue_days: read(store.setting(OVERDUE_DAYS).await?, defaults.overdue_days),
    };
    Ok(if thresholds.is_valid() { thresholds } else { defaults })
}

/// The protected e-mails and domains, normalised and sorted.
pub async fn protected_entries(store: &dyn Store) -> Result<Vec<String>, StoreError> {
    Ok(store.setting(PROTECTED).await?.and_then(|v| serde_json::from_str(&v).ok()).unwrap_or_default())
}

/// Hours between syncs: the environment's value when set, else the saved one, else 6.
pub async fn sync_interval_hours(store: &dyn Store, env: Option<f64>) -> f64 {
    match env {
        Some(hours) => hours,
        None => store
            .setting(SYNC_INTERVAL_HOURS)
            .await
            .ok()
            .flatten()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_SYNC_INTERVAL_HOURS),
    }
}

pub async fn retention_days(store: &dyn Store) -> Result<u32, StoreError> {
    Ok(store.setting(RETENTION_DAYS).await?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_RETENTION_DAYS))
}

/// Monthly prices per seat; none set (and the currency US dollars) until an admin enters them.
pub async fn seat_prices(store: &dyn Store) -> Result<SeatPrices, StoreError> {
    let saved: Option<SeatPrices> = store.setting(SEAT_PRICES).await?.and_then(|v| serde_json::from_str(&v).ok());
    Ok(saved
        .filter(SeatPrices::is_valid)
        .unwrap_or_else(|| SeatPrices { currency: "USD".into(), ..SeatPrices::default() }))
}

/// Makes sure the stored snapshots are of `org_id`: when the server now serves another
/// organisation (the demo before, a real one now, or a different real one), the old one's
/// snapshots and sync history are discarded, so its users are never shown as this one's.
pub async fn claim_snapshots(store: &dyn Store, org_id: &str) -> Result<(), StoreError> {
    match store.setting(SNAPSHOT_ORG).await? {
        Some(owner) if owner == org_id => return Ok(()),
        Some(owner) => {
            tracing::info!(previous = %owner, now = %org_id, "another organisation: the previous one's snapshots are discarded");
            store.discard_snapshots().await?;
        }
        // Recorded from now on; what is stored was written for this organisation.
        None => {}
    }
    store.set_setting(SNAPSHOT_ORG, org_id, None).await
}

/// The connection as saved from the Settings page.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SavedConnection {
    pub org_id: String,
    pub site_url: Option<String>,
    pub site_email: Option<String>,
    pub admin_key_expires_on: Option<chrono::NaiveDate>,
}

/// The connection as saved from the Settings page, if one is (`None` too when what is stored
/// cannot be read as one).
pub async fn saved_connection(store: &dyn Store) -> Result<Option<SavedConnection>, StoreError> {
    Ok(store.setting(CONNECTION).await?.and_then(|v| serde_json::from_str(&v).ok()))
}
