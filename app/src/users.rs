//! The shared vocabulary of the user directory: what a query asks for and what it returns, the
//! dashboard's numbers and the sync's progress. The server's query engine produces these; the
//! pages, the CSV writer and the `uam users` command read them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The kind of Atlassian account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum AccountType {
    Atlassian,
    Customer,
    App,
}

impl AccountType {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::Atlassian => "atlassian",
            AccountType::Customer => "customer",
            AccountType::App => "app",
        }
    }
}

/// Where an account stands with the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    /// Org access suspended (no billing; groups and roles kept).
    Suspended,
    /// The Atlassian account itself is deactivated or closed.
    Deactivated,
    /// Invited, never accepted.
    Pending,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Active, Status::Suspended, Status::Deactivated, Status::Pending];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Deactivated => "deactivated",
            Status::Pending => "pending",
        }
    }
}

/// How long since an account was last active, against the settings' thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Inactivity {
    Active,
    /// Inactive for longer than the warning threshold.
    Warning,
    /// Inactive for longer than the overdue threshold.
    Overdue,
    /// No recorded activity at all.
    Never,
}

impl Inactivity {
    pub const ALL: [Inactivity; 4] = [Inactivity::Active, Inactivity::Warning, Inactivity::Overdue, Inactivity::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            Inactivity::Active => "active",
            Inactivity::Warning => "warning",
            Inactivity::Overdue => "overdue",
            Inactivity::Never => "never",
        }
    }

    /// The class of a last-active time, `now` and the thresholds (in days).
    pub fn of(last_active: Option<DateTime<Utc>>, now: DateTime<Utc>, thresholds: Thresholds) -> Inactivity {
        let Some(at) = last_active else { return Inactivity::Never };
        let days = (now - at).num_days();
        if days >= i64::from(thresholds.overdue_days) {
            Inactivity::Overdue
        } else if days >= i64::from(thresholds.warning_days) {
            Inactivity::Warning
        } else {
            Inactivity::Active
        }
    }
}

/// Inactivity thresholds in days (Settings; valid when `overdue_days > warning_days > 0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub warning_days: u32,
    pub overdue_days: u32,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds { warning_days: 90, overdue_days: 180 }
    }
}

impl Thresholds {
    pub fn is_valid(self) -> bool {
        self.warning_days > 0 && self.overdue_days > self.warning_days
    }
}

/// The ways an account is known to the organisation (a query's "kind" filter; the Users tabs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// In the organisation's directory (managed accounts and directory users).
    OrgUser,
    /// A member of a Jira project role or a Confluence space.
    ProjectMember,
    /// A JSM customer of a service desk or a member of a JSM organization.
    Customer,
}

/// Columns a query can sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Name,
    Email,
    Status,
    AccountType,
    LastActive,
    AddedToOrg,
}

impl SortKey {
    pub const ALL: [SortKey; 6] = [
        SortKey::Name,
        SortKey::Email,
        SortKey::Status,
        SortKey::AccountType,
        SortKey::LastActive,
        SortKey::AddedToOrg,
    ];
}

/// A filter, sort and page over the snapshot. Every field is optional; an empty query lists
/// everyone by name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserQuery {
    /// Matched, case-insensitively, anywhere in the name or e-mail.
    pub text: Option<String>,
    pub kind: Option<Kind>,
    pub account_type: Option<AccountType>,
    /// Any of these (empty: every status).
    pub status: Vec<Status>,
    /// A product key (`jira-software`, `confluence`, ...): users with access. It also makes the
    /// inactivity and last-active filters measure activity in that product.
    pub product: Option<String>,
    /// A group id.
    pub group: Option<String>,
    /// A Jira project (`project:<id>`) or a Confluence space (`space:<id>`).
    pub project: Option<String>,
    /// A service desk (`desk:<id>`) or a JSM organization (`jsm_org:<id>`).
    pub desk: Option<String>,
    /// Any of these classes (empty: every class).
    pub inactivity: Vec<Inactivity>,
    pub managed: Option<bool>,
    /// Last active before this day (never-active accounts included).
    pub active_before: Option<NaiveDate>,
    /// Last active on or after this day.
    pub active_after: Option<NaiveDate>,
    pub sort: SortKey,
    pub descending: bool,
    /// Zero-based.
    pub page: u32,
    /// Rows per page (1 to [`MAX_PAGE_SIZE`]; 0 means the default).
    pub page_size: u32,
}

pub const DEFAULT_PAGE_SIZE: u32 = 50;
pub const MAX_PAGE_SIZE: u32 = 1_000;

impl UserQuery {
    pub fn effective_page_size(&self) -> u32 {
        match self.page_size {
            0 => DEFAULT_PAGE_SIZE,
            n => n.min(MAX_PAGE_SIZE),
        }
    }
}

/// A product's use by one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductUse {
    pub key: String,
    pub name: String,
    pub last_active: Option<DateTime<Utc>>,
}

/// One account as the tables show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRow {
    pub account_id: String,
    pub name: String,
    /// Absent when the user's privacy settings hide it.
    pub email: Option<String>,
    pub account_type: AccountType,
    pub status: Status,
    /// The organisation has claimed the account's domain.
    pub managed: bool,
    /// Provisioned by the identity provider (SCIM).
    pub scim: bool,
    pub org_admin: bool,
    pub org_user: bool,
    pub products: Vec<ProductUse>,
    /// Group names.
    pub groups: Vec<String>,
    pub added_to_org: Option<DateTime<Utc>>,
    /// The latest activity across every product.
    pub last_active: Option<DateTime<Utc>>,
    pub inactivity: Inactivity,
}

/// A project, space, service desk or JSM organization an account belongs to, with its roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    /// `project:<id>`, `space:<id>`, `desk:<id>` or `jsm_org:<id>`.
    pub target: String,
    /// The project or space key, when it has one.
    pub key: Option<String>,
    pub name: String,
    /// Role names (Jira project roles, Confluence space roles); empty for desks and organizations.
    pub roles: Vec<String>,
}

/// Everything known of one account: the row plus its memberships.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDetails {
    pub row: UserRow,
    pub projects: Vec<Membership>,
    pub spaces: Vec<Membership>,
    pub service_desks: Vec<Membership>,
    pub jsm_organizations: Vec<Membership>,
}

/// One page of a query's matches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPage {
    /// Every match, not just this page ("select all N").
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    pub rows: Vec<UserRow>,
}

/// A product's numbers on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductStats {
    pub key: String,
    pub name: String,
    /// Accounts with access.
    pub users: u64,
    pub active: u64,
    pub warning: u64,
    pub overdue: u64,
    pub never: u64,
    /// Seats in use and bought, as Atlassian reports them (`None`: unlimited or not reported).
    pub seats_used: Option<u64>,
    pub capacity: Option<u64>,
}

/// The dashboard's aggregates over the whole snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub total: u64,
    pub org_users: u64,
    pub customers: u64,
    pub active: u64,
    pub warning: u64,
    pub overdue: u64,
    pub never: u64,
    pub thresholds: Thresholds,
    pub products: Vec<ProductStats>,
}

/// What a sync is doing now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    Starting,
    /// Reading from Atlassian.
    Collecting,
    /// Building the new snapshot from what was read.
    Indexing,
}

/// A running sync's progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncProgress {
    pub run_id: i64,
    pub started_at: DateTime<Utc>,
    pub phase: SyncPhase,
    /// Accounts read so far.
    pub items: u64,
    /// The number of accounts the previous sync found, while this one has not passed it.
    pub estimated_total: Option<u64>,
    pub requests: u64,
    /// Time spent waiting for Atlassian's rate limits, in milliseconds.
    pub rate_limit_wait_ms: u64,
    pub cancel_requested: bool,
}

/// How a sync ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncOutcome {
    Running,
    Complete,
    Failed,
    Cancelled,
}

impl SyncOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            SyncOutcome::Running => "running",
            SyncOutcome::Complete => "complete",
            SyncOutcome::Failed => "failed",
            SyncOutcome::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<SyncOutcome> {
        [SyncOutcome::Running, SyncOutcome::Complete, SyncOutcome::Failed, SyncOutcome::Cancelled]
            .into_iter()
            .find(|o| o.as_str() == text)
    }
}

/// One sync, finished or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncRun {
    pub id: i64,
    pub trigger: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub outcome: SyncOutcome,
    /// Why it failed or was cancelled, in plain words (never an Atlassian body).
    pub error: Option<String>,
    pub accounts: u64,
    /// Records stored (accounts, memberships, catalog entries).
    pub items: u64,
    pub requests: u64,
}

/// The sync's state for the dashboard: the snapshot being shown and any sync in progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncStatus {
    /// The sync whose snapshot is shown.
    pub snapshot: Option<SyncRun>,
    /// The last sync that did not complete, if it is newer than the snapshot.
    pub last_failure: Option<SyncRun>,
    pub running: Option<SyncProgress>,
    /// When the schedule starts the next sync.
    pub next_scheduled: Option<DateTime<Utc>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn inactivity_classes_follow_the_thresholds() {
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).single().expect("date");
        let t = Thresholds::default();
        let ago = |days| Some(now - chrono::Duration::days(days));
        assert_eq!(Inactivity::of(None, now, t), Inactivity::Never);
        assert_eq!(Inactivity::of(ago(0), now, t), Inactivity::Active);
        assert_eq!(Inactivity::of(ago(89), now, t), Inactivity::Active);
        assert_eq!(Inactivity::of(ago(90), now, t), Inactivity::Warning);
        assert_eq!(Inactivity::of(ago(179), now, t), Inactivity::Warning);
        assert_eq!(Inactivity::of(ago(180), now, t), Inactivity::Overdue);
        let strict = Thresholds { warning_days: 30, overdue_days: 60 };
        assert_eq!(Inactivity::of(ago(45), now, strict), Inactivity::Warning);
    }

    #[test]
    fn thresholds_must_be_ordered_and_positive() {
        assert!(Thresholds::default().is_valid());
        assert!(!Thresholds { warning_days: 0, overdue_days: 10 }.is_valid());
        assert!(!Thresholds { warning_days: 90, overdue_days: 90 }.is_valid());
    }

    #[test]
    fn page_size_is_bounded() {
        let mut q = UserQuery::default();
        assert_eq!(q.effective_page_size(), DEFAULT_PAGE_SIZE);
        q.page_size = 50_000;
        assert_eq!(q.effective_page_size(), MAX_PAGE_SIZE);
    }
}
