//! The shared vocabulary of the user directory: what a query asks for and what it returns, the
//! dashboard's numbers and the sync's progress. The server's query engine produces these; the
//! pages, the CSV writer and the `uam users` command read them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// The kind of Atlassian account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AccountType {
    Atlassian,
    Customer,
    App,
}

/// How an admin tells accounts apart: an Atlassian account the organisation manages (its domain
/// is verified) or not, a JSM customer, or an app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AccountClass {
    Managed,
    External,
    Customer,
    App,
}

impl AccountClass {
    pub fn of(account_type: AccountType, managed: bool) -> AccountClass {
        match account_type {
            AccountType::Customer => AccountClass::Customer,
            AccountType::App => AccountClass::App,
            AccountType::Atlassian if managed => AccountClass::Managed,
            AccountType::Atlassian => AccountClass::External,
        }
    }

    /// The query filters that select exactly this class.
    pub fn filters(self) -> (AccountType, Option<bool>) {
        match self {
            AccountClass::Managed => (AccountType::Atlassian, Some(true)),
            AccountClass::External => (AccountType::Atlassian, Some(false)),
            AccountClass::Customer => (AccountType::Customer, None),
            AccountClass::App => (AccountType::App, None),
        }
    }
}

/// Where an account stands with the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    Active,
    /// Org access suspended (no billing; groups and roles kept).
    Suspended,
    /// The Atlassian account itself is deactivated or closed.
    Deactivated,
    /// Invited, never accepted.
    Pending,
}

/// How long since an account was last active, against the settings' thresholds; or, for an
/// account that cannot sign in at all, that it has no access.
///
/// An account whose org access is suspended or whose Atlassian account is deactivated cannot be
/// "recently active", nor "overdue" for a clean-up: it is already off. It gets its own class, so
/// the inactivity filters (and the clean-up presets built on them) list only accounts an admin can
/// still act on, and a deactivated account never wears a green badge. An invited account that has
/// not accepted yet keeps its activity class (usually "never active"): it holds a seat and may
/// still sign in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Inactivity {
    /// Active within the warning threshold ("recently active").
    Active,
    /// Inactive for longer than the warning threshold.
    Warning,
    /// Inactive for longer than the overdue threshold.
    Overdue,
    /// No recorded activity at all.
    Never,
    /// Suspended or deactivated: the account cannot sign in, whatever its last activity.
    NoAccess,
}

impl Status {
    /// Whether the account can sign in (an invitation can still be accepted).
    pub fn can_sign_in(self) -> bool {
        matches!(self, Status::Active | Status::Pending)
    }
}

impl Inactivity {
    /// The class of an account with this status and last-active time, `now` and the thresholds.
    pub fn of_account(
        status: Status,
        last_active: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        thresholds: Thresholds,
    ) -> Inactivity {
        if status.can_sign_in() { Inactivity::of(last_active, now, thresholds) } else { Inactivity::NoAccess }
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

/// Columns a query can sort by (the index keeps one order per key, in `VARIANTS` order; the Users
/// page's URL names them with `table_state::sort_name`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray)]
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
    /// Names of the service desks the account is a customer of.
    pub service_desks: Vec<String>,
    /// Names of the JSM organizations the account belongs to.
    pub jsm_organizations: Vec<String>,
    pub added_to_org: Option<DateTime<Utc>>,
    /// The latest activity across every product.
    pub last_active: Option<DateTime<Utc>>,
    pub inactivity: Inactivity,
    /// The projects and spaces the account holds roles in, with those roles: filled on the
    /// Project users tab (only the chosen one when it is filtered to one), empty elsewhere.
    #[serde(default)]
    pub places: Vec<Membership>,
}

impl UserRow {
    pub fn class(&self) -> AccountClass {
        AccountClass::of(self.account_type, self.managed)
    }

    /// The account's page in Atlassian Administration.
    pub fn admin_url(&self, org_id: &str) -> String {
        format!("https://admin.atlassian.com/o/{}/users/{}", path_segment(org_id), path_segment(&self.account_id))
    }
}

/// `text` as one URL path segment: RFC 3986 `pchar`s stay as they are (account ids such as
/// `557058:f1c2...` keep their colon, as in Atlassian's own links); anything else is escaped.
fn path_segment(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b':'
            | b'@'
            | b'!'
            | b'$'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b'&' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
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

impl Membership {
    /// The place's name, with its key when it has one: "Engineering (ENG)".
    pub fn label(&self) -> String {
        match &self.key {
            Some(key) => format!("{} ({key})", self.name),
            None => self.name.clone(),
        }
    }
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
    /// When the snapshot queried was taken (`None`: nothing synced yet).
    pub synced_at: Option<DateTime<Utc>>,
    /// The thresholds the inactivity classes were computed with.
    pub thresholds: Thresholds,
    /// The server's time of the answer: what "3 days ago" counts from, on the server's render and
    /// the browser's alike.
    pub as_of: DateTime<Utc>,
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

impl ProductStats {
    /// Accounts with access that are inactive (warning, overdue or never active).
    pub fn inactive(&self) -> u64 {
        self.warning + self.overdue + self.never
    }

    /// What the inactive accounts' seats cost a month, when a price is set for the product.
    pub fn inactive_monthly_cost(&self, prices: &SeatPrices) -> Option<f64> {
        prices.price_of(&self.key).map(|price| price * self.inactive() as f64)
    }

    /// How full the product's seats are, when both numbers are known.
    pub fn utilisation(&self) -> Option<Utilisation> {
        match (self.seats_used, self.capacity) {
            (Some(used), Some(capacity)) if capacity > 0 => Some(Utilisation::of(used, capacity)),
            _ => None,
        }
    }
}

/// Seats in use against seats bought, with the level the bar shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Utilisation {
    /// 0.0 to 1.0 and beyond (over capacity).
    pub share: f64,
    pub level: UtilisationLevel,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UtilisationLevel {
    Normal,
    /// 90 % or more: time to look at inactive seats before buying more.
    Near,
    /// Every seat is taken, or more.
    Over,
}

impl Utilisation {
    pub fn of(used: u64, capacity: u64) -> Utilisation {
        let share = used as f64 / capacity.max(1) as f64;
        let level = if used >= capacity {
            UtilisationLevel::Over
        } else if share >= 0.9 {
            UtilisationLevel::Near
        } else {
            UtilisationLevel::Normal
        };
        Utilisation { share, level }
    }
}

/// Monthly prices per seat, by product key, in one currency (Settings; optional).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SeatPrices {
    /// ISO 4217 code, such as `USD`.
    pub currency: String,
    pub prices: std::collections::BTreeMap<String, f64>,
}

impl SeatPrices {
    pub fn price_of(&self, product_key: &str) -> Option<f64> {
        self.prices.get(product_key).copied()
    }

    /// Whether the currency is a three-letter code and every price a sensible amount.
    pub fn is_valid(&self) -> bool {
        let currency_ok = self.currency.len() == 3 && self.currency.bytes().all(|b| b.is_ascii_uppercase());
        currency_ok
            && self.prices.len() <= 50
            && self.prices.iter().all(|(key, price)| {
                !key.is_empty() && key.len() <= 100 && price.is_finite() && (0.0..=100_000.0).contains(price)
            })
    }
}

/// Days-since-last-activity edges of the dashboard's distribution: "0–7 days", "8–30 days", ...,
/// "more than 365 days".
pub const ACTIVITY_EDGES: [u32; 5] = [7, 30, 90, 180, 365];

/// One bar of the last-activity distribution: accounts last active on or after `after` and
/// before `before` (both days, UTC; the same meaning as [`UserQuery`]'s filters, so a bar links to
/// exactly its accounts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityBucket {
    /// At least this many days ago (0 for the newest bar).
    pub min_days: u32,
    /// At most this many days ago (`None` for the oldest bar).
    pub max_days: Option<u32>,
    pub after: Option<NaiveDate>,
    pub before: Option<NaiveDate>,
    pub count: u64,
}

impl ActivityBucket {
    /// The bars' edges on `today`, with no counts yet.
    pub fn edges(today: NaiveDate) -> Vec<ActivityBucket> {
        let day = |days: u32| today - chrono::Duration::days(i64::from(days));
        let mut lower = 0;
        let mut buckets: Vec<ActivityBucket> = ACTIVITY_EDGES
            .iter()
            .map(|&upper| {
                let bucket = ActivityBucket {
                    min_days: lower,
                    max_days: Some(upper),
                    after: Some(day(upper)),
                    before: (lower > 0).then(|| day(lower)),
                    count: 0,
                };
                lower = upper;
                bucket
            })
            .collect();
        buckets.push(ActivityBucket {
            min_days: lower,
            max_days: None,
            after: None,
            before: Some(day(lower)),
            count: 0,
        });
        buckets
    }
}

/// The dashboard's aggregates over the whole snapshot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub total: u64,
    pub org_users: u64,
    pub customers: u64,
    /// Org users whose account is active (the accounts that hold licences and can sign in),
    /// split by inactivity below.
    pub active_org_users: u64,
    /// Org users who cannot sign in (suspended or deactivated): the inactivity class `no_access`.
    #[serde(default)]
    pub no_access: u64,
    pub active: u64,
    pub warning: u64,
    pub overdue: u64,
    pub never: u64,
    pub thresholds: Thresholds,
    pub products: Vec<ProductStats>,
    /// When active org users were last active; the never-active are `never`.
    pub distribution: Vec<ActivityBucket>,
    pub seat_prices: SeatPrices,
    /// Whether a sync is reading the organisation now: with no data yet, the dashboard says the
    /// first sync is under way instead of asking for a connection.
    #[serde(default)]
    pub syncing: bool,
}

impl Overview {
    pub fn inactive(&self) -> u64 {
        self.warning + self.overdue + self.never
    }
}

/// What the Users page's pickers offer: everything the snapshot knows by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterOptions {
    /// (key, name)
    pub products: Vec<(String, String)>,
    /// (id, name)
    pub groups: Vec<(String, String)>,
    /// Jira projects and Confluence spaces: (typed id, label).
    pub projects: Vec<(String, String)>,
    /// Service desks and JSM organizations: (typed id, label).
    pub desks: Vec<(String, String)>,
}

/// Rows per request when an export fetches every match.
pub const EXPORT_PAGE_SIZE: u32 = 5_000;
/// The most accounts an export by selection asks for at once.
pub const MAX_IDS_PER_REQUEST: usize = 5_000;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SyncOutcome {
    Running,
    Complete,
    Failed,
    Cancelled,
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
    /// How each site family fared (empty for syncs recorded before families were reported).
    #[serde(default)]
    pub families: Vec<crate::families::FamilyReport>,
}

/// One incremental sync: when it ran, the new events it read, the users it re-read into the
/// snapshot, its requests, and why it failed, if it did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncrementalRun {
    pub at: DateTime<Utc>,
    pub events: u64,
    pub users: u64,
    pub requests: u64,
    pub error: Option<String>,
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
    /// The last incremental sync (events since the last read, and the users they name).
    #[serde(default)]
    pub incremental: Option<IncrementalRun>,
    /// The most recent syncs, newest first (the sync history).
    #[serde(default)]
    pub history: Vec<SyncRun>,
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
    fn accounts_that_cannot_sign_in_have_no_access_whatever_their_activity() {
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).single().expect("date");
        let t = Thresholds::default();
        let recent = Some(now - chrono::Duration::days(1));
        let old = Some(now - chrono::Duration::days(400));
        for status in [Status::Suspended, Status::Deactivated] {
            for at in [recent, old, None] {
                assert_eq!(Inactivity::of_account(status, at, now, t), Inactivity::NoAccess, "{status:?} {at:?}");
            }
        }
        assert_eq!(Inactivity::of_account(Status::Active, recent, now, t), Inactivity::Active);
        assert_eq!(Inactivity::of_account(Status::Active, old, now, t), Inactivity::Overdue);
        // An open invitation can still be accepted: it is measured like any other account.
        assert_eq!(Inactivity::of_account(Status::Pending, None, now, t), Inactivity::Never);
    }

    /// The codes in URLs, the store and translation ids are serde's names for the same values.
    #[test]
    fn codes_are_the_serde_names() {
        use crate::code::Code;
        fn check<T: Code + Serialize>(values: &[T]) -> Vec<&'static str> {
            for value in values {
                assert_eq!(serde_json::json!(value), value.code());
            }
            values.iter().map(Code::code).collect()
        }
        assert_eq!(
            check(&[AccountType::Atlassian, AccountType::Customer, AccountType::App]),
            ["atlassian", "customer", "app"]
        );
        assert_eq!(check(AccountClass::VARIANTS), ["managed", "external", "customer", "app"]);
        assert_eq!(check(Status::VARIANTS), ["active", "suspended", "deactivated", "pending"]);
        assert_eq!(check(Inactivity::VARIANTS), ["active", "warning", "overdue", "never", "no_access"]);
        let outcomes = [SyncOutcome::Running, SyncOutcome::Complete, SyncOutcome::Failed, SyncOutcome::Cancelled];
        assert_eq!(check(&outcomes), ["running", "complete", "failed", "cancelled"]);
        for outcome in outcomes {
            assert_eq!(outcome.code().parse::<SyncOutcome>().ok(), Some(outcome));
        }
        assert_eq!(SortKey::VARIANTS.len(), 6);
    }

    #[test]
    fn thresholds_must_be_ordered_and_positive() {
        assert!(Thresholds::default().is_valid());
        assert!(!Thresholds { warning_days: 0, overdue_days: 10 }.is_valid());
        assert!(!Thresholds { warning_days: 90, overdue_days: 90 }.is_valid());
    }

    #[test]
    fn admin_links_keep_account_ids_readable() {
        let row = UserRow {
            account_id: "557058:f1c2-a/b".into(),
            name: String::new(),
            email: None,
            account_type: AccountType::Atlassian,
            status: Status::Active,
            managed: false,
            scim: false,
            org_admin: false,
            org_user: true,
            products: vec![],
            groups: vec![],
            service_desks: vec![],
            jsm_organizations: vec![],
            added_to_org: None,
            last_active: None,
            inactivity: Inactivity::Never,
            places: vec![],
        };
        assert_eq!(row.admin_url("org 1"), "https://admin.atlassian.com/o/org%201/users/557058:f1c2-a%2Fb");
    }

    #[test]
    fn activity_buckets_tile_the_past() {
        let today = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
        let buckets = ActivityBucket::edges(today);
        assert_eq!(buckets.len(), ACTIVITY_EDGES.len() + 1);
        assert_eq!((buckets[0].after, buckets[0].before), (NaiveDate::from_ymd_opt(2026, 6, 23), None));
        // Each bar starts where the previous one ends, with no gap and no overlap.
        for pair in buckets.windows(2) {
            assert_eq!(pair[1].before, pair[0].after);
            assert_eq!(Some(pair[1].min_days), pair[0].max_days);
        }
        let last = buckets.last().expect("a last bar");
        assert_eq!((last.after, last.max_days), (None, None));
    }

    #[test]
    fn utilisation_turns_amber_then_red() {
        assert_eq!(Utilisation::of(50, 100).level, UtilisationLevel::Normal);
        assert_eq!(Utilisation::of(90, 100).level, UtilisationLevel::Near);
        assert_eq!(Utilisation::of(100, 100).level, UtilisationLevel::Over);
        assert_eq!(Utilisation::of(120, 100).level, UtilisationLevel::Over);
    }

    #[test]
    fn seat_prices_are_validated_and_cost_counts_inactive_seats() {
        let mut prices = SeatPrices { currency: "EUR".into(), ..SeatPrices::default() };
        prices.prices.insert("jira-software".into(), 8.5);
        assert!(prices.is_valid());
        let stats = ProductStats {
            key: "jira-software".into(),
            name: "Jira".into(),
            users: 10,
            active: 6,
            warning: 2,
            overdue: 1,
            never: 1,
            seats_used: None,
            capacity: None,
        };
        assert_eq!(stats.inactive_monthly_cost(&prices), Some(34.0));
        assert_eq!(stats.inactive_monthly_cost(&SeatPrices::default()), None);
        for bad in ["eur", "EURO", ""] {
            assert!(!SeatPrices { currency: bad.into(), ..prices.clone() }.is_valid(), "{bad}");
        }
        prices.prices.insert("confluence".into(), f64::NAN);
        assert!(!prices.is_valid());
    }

    #[test]
    fn page_size_is_bounded() {
        let mut q = UserQuery::default();
        assert_eq!(q.effective_page_size(), DEFAULT_PAGE_SIZE);
        q.page_size = 50_000;
        assert_eq!(q.effective_page_size(), MAX_PAGE_SIZE);
    }
}
