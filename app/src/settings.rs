//! What the Settings page shows and sends. Secrets only ever travel browser → server: what comes
//! back about them is a hint (last four characters), who set them, when, and their expiry.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::users::Thresholds;

/// Where the Atlassian connection comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionSource {
    /// Nothing configured: the simulated demo organisation.
    #[default]
    Demo,
    /// `UAM_ORG_ID` and `UAM_ADMIN_API_KEY` (and the site variables): not editable here.
    Environment,
    /// Saved from this page.
    Settings,
}

/// What the page may know about a stored secret.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretInfo {
    /// The last four characters.
    pub hint: Option<String>,
    pub set_by: Option<String>,
    pub set_at: Option<DateTime<Utc>>,
    pub expires_on: Option<NaiveDate>,
}

impl SecretInfo {
    /// Days until the key expires (negative once expired), when its expiry is known.
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        self.expires_on.map(|on| (on - today).num_days())
    }

    /// `expired`, `soon` (7 days or fewer), `near` (30 days or fewer), or nothing.
    pub fn expiry_warning(&self, today: NaiveDate) -> Option<&'static str> {
        match self.days_left(today)? {
            ..0 => Some("expired"),
            0..=7 => Some("soon"),
            8..=30 => Some("near"),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionView {
    /// Where the connection in use comes from.
    pub source: ConnectionSource,
    /// A connection is saved that the server uses only from its next start.
    pub pending_restart: bool,
    pub org_id: Option<String>,
    pub org_name: Option<String>,
    pub admin_key: Option<SecretInfo>,
    pub site_url: Option<String>,
    pub site_email: Option<String>,
    pub site_token: Option<SecretInfo>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SettingsView {
    pub connection: ConnectionView,
    pub thresholds: Thresholds,
    /// Normalised e-mails and `*@domain` entries, sorted.
    pub protected: Vec<String>,
    /// Hours between scheduled syncs (0: off).
    pub sync_interval_hours: f64,
    /// The interval is set by `UAM_SYNC_INTERVAL_HOURS` and cannot be changed here.
    pub sync_interval_from_env: bool,
    /// Days audit entries are kept (0: forever).
    pub audit_retention_days: u32,
    /// Monthly prices per seat, for the dashboard's cost of inactive seats.
    pub seat_prices: crate::users::SeatPrices,
}

/// A new Atlassian connection from the page. Empty secret fields keep the stored value. Its
/// `Debug` says only whether a key or token was given, never what it is.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionInput {
    pub org_id: String,
    pub admin_api_key: Option<String>,
    pub admin_key_expires_on: Option<NaiveDate>,
    pub site_url: Option<String>,
    pub site_email: Option<String>,
    pub site_api_token: Option<String>,
}

impl std::fmt::Debug for ConnectionInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let given = |secret: &Option<String>| secret.as_ref().map(|_| "[REDACTED]");
        f.debug_struct("ConnectionInput")
            .field("org_id", &self.org_id)
            .field("admin_api_key", &given(&self.admin_api_key))
            .field("admin_key_expires_on", &self.admin_key_expires_on)
            .field("site_url", &self.site_url)
            .field("site_email", &self.site_email)
            .field("site_api_token", &given(&self.site_api_token))
            .finish()
    }
}

/// One thing "Test connection" checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// `admin-key`, `org`, `directory`, `site`, `site-jira`, `site-jsm`, `site-confluence`.
    pub what: String,
    /// `ok`; `not-configured` or `not-on-site` (nothing to check); or what failed: `unauthorized`,
    /// `forbidden`, `not-found`, `timeout`, `rate-limited`, `server-error`, `unreachable`,
    /// `rejected`. The page says each as a sentence (`settings-check-outcome-<outcome>`).
    pub outcome: String,
    /// Atlassian's HTTP status, when it answered one: a detail for support, never the message.
    #[serde(default)]
    pub status: Option<u16>,
    /// For `timeout`, how long the check waited; for `rate-limited`, when to try again.
    #[serde(default)]
    pub seconds: Option<u64>,
}

/// How a check's result reads at a glance, beside the sentence that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckResult {
    Works,
    /// Nothing to check: no site configured, or a product the site does not have.
    NotUsed,
    Failed,
}

impl Check {
    pub fn result(&self) -> CheckResult {
        match self.outcome.as_str() {
            "ok" => CheckResult::Works,
            "not-configured" | "not-on-site" => CheckResult::NotUsed,
            _ => CheckResult::Failed,
        }
    }
}

impl CheckResult {
    /// Its code: the CSS class `check-<code>` and the label `settings-check-result-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            CheckResult::Works => "ok",
            CheckResult::NotUsed => "unused",
            CheckResult::Failed => "failed",
        }
    }
}

/// How many checks work, out of those that checked something (not the unused ones).
pub fn checks_working(checks: &[Check]) -> (usize, usize) {
    let used = checks.iter().filter(|c| c.result() != CheckResult::NotUsed);
    let (working, total) = used.fold((0, 0), |(w, t), c| (w + usize::from(c.result() == CheckResult::Works), t + 1));
    (working, total)
}

/// What the Delete everything form asks to be typed (the server checks the same word, trimmed).
pub const DELETE_WORD: &str = "DELETE";

/// Whether the typed confirmation unlocks the delete button: the word exactly, spaces around allowed.
pub fn delete_confirmed(typed: &str) -> bool {
    typed.trim() == DELETE_WORD
}

/// Where the protected-accounts list changed; invalid entries are named and nothing is saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedChange {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

/// Allowed range of the schedule, in hours (0 turns it off).
pub const MAX_SYNC_INTERVAL_HOURS: f64 = 168.0;
/// Audit entries are kept at least as long as Atlassian's own audit log (180 days), or forever.
pub const MIN_RETENTION_DAYS: u32 = 180;
pub const MAX_RETENTION_DAYS: u32 = 3650;
pub const DEFAULT_RETENTION_DAYS: u32 = 730;

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(outcome: &str) -> Check {
        Check { what: "admin-key".into(), outcome: outcome.into(), status: None, seconds: None }
    }

    #[test]
    fn checks_read_as_works_not_used_or_failed() {
        assert_eq!(checked("ok").result(), CheckResult::Works);
        for unused in ["not-configured", "not-on-site"] {
            assert_eq!(checked(unused).result(), CheckResult::NotUsed, "{unused}");
        }
        for failed in ["timeout", "rate-limited", "server-error", "unauthorized", "unreachable", "rejected"] {
            assert_eq!(checked(failed).result(), CheckResult::Failed, "{failed}");
        }
        let all = [checked("ok"), checked("timeout"), checked("not-configured"), checked("ok")];
        assert_eq!(checks_working(&all), (2, 3), "the unused check counts for neither");
    }

    #[test]
    fn only_the_word_itself_confirms_deleting() {
        assert!(delete_confirmed("DELETE") && delete_confirmed("  DELETE "));
        for typed in ["", "delete", "DELET", "DELETE!", "D E L E T E"] {
            assert!(!delete_confirmed(typed), "{typed:?}");
        }
    }

    #[test]
    fn key_expiry_warns_from_30_and_7_days() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let key =
            |days: i64| SecretInfo { expires_on: Some(today + chrono::TimeDelta::days(days)), ..SecretInfo::default() };
        assert_eq!(key(31).expiry_warning(today), None);
        assert_eq!(key(30).expiry_warning(today), Some("near"));
        assert_eq!(key(8).expiry_warning(today), Some("near"));
        assert_eq!(key(7).expiry_warning(today), Some("soon"));
        assert_eq!(key(0).expiry_warning(today), Some("soon"));
        assert_eq!(key(-1).expiry_warning(today), Some("expired"));
        assert_eq!(SecretInfo::default().expiry_warning(today), None, "no date, no warning");
        assert_eq!(key(12).days_left(today), Some(12));
    }
}
