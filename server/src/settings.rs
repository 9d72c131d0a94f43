//! Settings kept in the store, with their defaults. The Settings page (and its validation) writes
//! them; everything else reads them through here.

use app::users::Thresholds;

use crate::store::{Store, StoreError};

pub const WARNING_DAYS: &str = "inactivity.warning_days";
pub const OVERDUE_DAYS: &str = "inactivity.overdue_days";

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
