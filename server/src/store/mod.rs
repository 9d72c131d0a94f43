//! The store: everything the server keeps between restarts. Services talk to the [`Store`] trait,
//! so a PostgreSQL implementation (for several servers sharing one deployment) can sit beside the
//! SQLite one without touching them.

pub mod audit_hash;
mod events;
mod sqlite;

use std::{path::Path, sync::Arc};

use app::{
    code::Code,
    users::{SyncOutcome, SyncRun},
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use self::events::{AtlassianEvent, EventStore, IncrementalRecord};
pub use self::sqlite::SqliteStore;
use crate::snapshot::facts::{Batch, SnapshotSink};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the database {path} was written by a newer version of User Account Manager (schema version {found}; this version knows up to {known}). Run the newer version, or restore a backup made by this one."
    )]
    TooNew { path: String, found: i64, known: i64 },
    #[error("cannot open the database {path}: {source}")]
    Open { path: String, source: sqlx::Error },
    #[error("cannot update the database schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("a stored record is damaged: {0}")]
    Corrupt(String),
    #[error("another sync is already running (started {0})")]
    SyncRunning(DateTime<Utc>),
}

/// How a store failure reaches the browser: `Internal`, with its cause logged here, once, for the
/// operator (SQL errors never cross to the browser). A server function's service writes `?`.
impl From<StoreError> for app::error::AppError {
    fn from(error: StoreError) -> Self {
        tracing::error!(%error, "store error");
        app::error::AppError::Internal
    }
}

/// A secret as stored: only ciphertext, with what the UI may show about it.
#[derive(Clone, Debug)]
pub struct StoredSecret {
    /// What the secret is for (`admin_api_key`, `site_api_token`, ...).
    pub name: String,
    pub org_id: String,
    pub sealed: crate::secrets::Sealed,
    /// The last four characters, for "ends in …".
    pub hint: Option<String>,
    pub set_by: Option<String>,
    pub set_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// How a sync run ended, as recorded.
#[derive(Clone, Debug)]
pub struct RunEnd {
    pub outcome: SyncOutcome,
    pub at: DateTime<Utc>,
    pub error: Option<String>,
    pub accounts: u64,
    pub items: u64,
    pub requests: u64,
    /// How each site family fared.
    pub families: Vec<app::families::FamilyReport>,
}

/// A local admin account (first-run set-up and break-glass sign-in). Its `Debug` leaves out the
/// password hash (an offline guessing target).
#[derive(Clone)]
pub struct LocalAdmin {
    pub login: String,
    pub name: String,
    /// Argon2id, as a PHC string (algorithm, parameters, salt and hash).
    pub password_hash: String,
    /// Whether a TOTP seed is stored for the account (as the secret `totp:<login>`).
    pub totp: bool,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
}

/// A signed-in admin's server-side session. The browser holds the id; the store only its digest,
/// which `Debug` leaves out too.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub id_hash: String,
    /// `local`, `atlassian` or `forge`.
    pub auth_via: String,
    /// The Forge installation a Jira panel session was opened from.
    pub installation_id: Option<String>,
    pub account_id: String,
    pub name: String,
    pub email: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// When the org-admin role was last confirmed with Atlassian.
    pub checked_at: DateTime<Utc>,
}

impl std::fmt::Debug for LocalAdmin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalAdmin")
            .field("login", &self.login)
            .field("name", &self.name)
            .field("password_hash", &"[REDACTED]")
            .field("totp", &self.totp)
            .field("created_at", &self.created_at)
            .field("created_by", &self.created_by)
            .finish()
    }
}

impl std::fmt::Debug for SessionRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionRecord")
            .field("id_hash", &"[REDACTED]")
            .field("auth_via", &self.auth_via)
            .field("installation_id", &self.installation_id)
            .field("account_id", &self.account_id)
            .field("created_at", &self.created_at)
            .field("last_seen_at", &self.last_seen_at)
            .field("checked_at", &self.checked_at)
            .finish_non_exhaustive()
    }
}

/// One admin action, as it is appended to the audit log.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// Who acted: `local:<login>`, `atlassian:<account id>`, `cli` or `system`.
    pub actor: String,
    /// The acting admin's display name, when known.
    pub actor_name: Option<String>,
    /// How the admin signed in: `local`, `atlassian` or `forge` (none for `cli` and `system`).
    pub auth_via: Option<String>,
    /// The Forge installation, when the admin acted from the Jira panel.
    pub installation_id: Option<String>,
    /// An [`app::audit::AuditAction`]'s code (or, in an entry an older version wrote, its code).
    pub action: String,
    /// The affected account id, or the setting or secret that changed.
    pub target: Option<String>,
    /// The affected user's name and e-mail as Atlassian reported them at the time.
    pub target_name: Option<String>,
    pub target_email: Option<String>,
    /// An [`app::audit::AuditOutcome`]'s code, as `action`.
    pub outcome: String,
    /// What changed: before and after values, reasons (never a secret).
    pub details: serde_json::Value,
    /// The HTTP status Atlassian answered, for entries that record a call.
    pub atlassian_status: Option<u16>,
    /// Atlassian's request id (trace id) of that call.
    pub request_id: Option<String>,
    /// The bulk-action job the entry belongs to.
    pub job_id: Option<String>,
}

impl AuditEntry {
    /// An entry stamped now, with no target and empty details. The server passes its vocabulary
    /// ([`app::audit::AuditAction`], [`app::audit::AuditOutcome`]); the stored codes are text, as
    /// entries of other versions hold codes this one may not know.
    pub fn new(actor: &str, action: impl AsRef<str>, outcome: impl AsRef<str>) -> AuditEntry {
        AuditEntry {
            at: Utc::now(),
            actor: actor.to_owned(),
            action: action.as_ref().to_owned(),
            outcome: outcome.as_ref().to_owned(),
            details: serde_json::json!({}),
            ..AuditEntry::default()
        }
    }

    /// The same entry acted by a signed-in admin (id, name and how they signed in).
    pub fn by(mut self, who: &app::auth::SignedIn) -> AuditEntry {
        self.actor = who.actor();
        self.actor_name = Some(who.name.clone());
        self.auth_via = Some(who.via.code().to_owned());
        self.installation_id.clone_from(&who.installation);
        self
    }

    /// Whether any of the columns added after the first schema is set (see `audit_hash`).
    pub fn has_detail_columns(&self) -> bool {
        self.actor_name.is_some()
            || self.auth_via.is_some()
            || self.target_name.is_some()
            || self.target_email.is_some()
            || self.atlassian_status.is_some()
            || self.request_id.is_some()
            || self.job_id.is_some()
    }
}

/// An audit entry as stored, with its place in the hash chain.
#[derive(Clone, Debug, serde::Serialize)]
pub struct AuditRecord {
    pub seq: i64,
    #[serde(flatten)]
    pub entry: AuditEntry,
    pub prev_hash: String,
    pub hash: String,
}

/// The oldest entries that one retention pruning removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrunedRange {
    pub count: u64,
    /// Entries written before this time were removed (oldest first, up to the first one written
    /// after it).
    pub cutoff: DateTime<Utc>,
    /// The last entry removed: the first remaining one links to its hash.
    pub last_seq: i64,
    pub last_hash: String,
}

/// Sign-in state: local admins, the set-up link and sessions.
#[async_trait]
pub trait AccessStore: Send + Sync + 'static {
    async fn local_admin_count(&self) -> Result<u64, StoreError>;
    async fn local_admin(&self, login: &str) -> Result<Option<LocalAdmin>, StoreError>;
    /// Creates the account, with its TOTP seed when it has one, in one transaction; false when
    /// the login is taken.
    async fn create_local_admin(&self, admin: &LocalAdmin, totp: Option<&StoredSecret>) -> Result<bool, StoreError>;
    /// Records that the TOTP code of time step `step` signed `login` in; false (and nothing
    /// changes) when a code of this step or a later one already did: each code works once.
    async fn accept_totp_step(&self, login: &str, step: i64) -> Result<bool, StoreError>;
    /// Replaces any unused set-up token with this one (only its digest is stored).
    async fn replace_setup_token(&self, token_hash: &str, expires_at: DateTime<Utc>) -> Result<(), StoreError>;
    /// Whether the token is unused and unexpired.
    async fn setup_token_valid(&self, token_hash: &str, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// Marks the token used; false when it was used, expired or unknown (it works once).
    async fn redeem_setup_token(&self, token_hash: &str, now: DateTime<Utc>) -> Result<bool, StoreError>;

    async fn create_session(&self, session: &SessionRecord) -> Result<(), StoreError>;
    async fn session(&self, id_hash: &str) -> Result<Option<SessionRecord>, StoreError>;
    async fn touch_session(
        &self,
        id_hash: &str,
        last_seen_at: DateTime<Utc>,
        checked_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn end_session(&self, id_hash: &str) -> Result<(), StoreError>;
    /// Ends sessions idle since before `idle_before` or created before `created_before`.
    async fn end_expired_sessions(
        &self,
        idle_before: DateTime<Utc>,
        created_before: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
}

/// A setting as stored, for the data export.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SettingRecord {
    pub key: String,
    pub value: String,
    pub updated_at: DateTime<Utc>,
    pub updated_by: Option<String>,
}

/// Everything at once: the data-protection export and erasure.
#[async_trait]
pub trait DataStore: Send + Sync + 'static {
    async fn all_settings(&self) -> Result<Vec<SettingRecord>, StoreError>;
    async fn local_admins(&self) -> Result<Vec<LocalAdmin>, StoreError>;
    /// Deletes everything the product stores (settings, secrets, accounts, sessions, snapshots,
    /// jobs, the audit log) in one transaction, then starts a new audit log whose first entry is
    /// `entry` (who deleted everything, and when); the file is compacted afterwards so nothing
    /// deleted lingers in free pages.
    async fn delete_everything(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// Deletes every snapshot and the sync history (when the server now serves another
    /// organisation, whose users must never be mixed with the last one's).
    async fn discard_snapshots(&self) -> Result<(), StoreError>;
}

/// The append-only, hash-chained audit log.
#[async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Appends an entry after the current head; its sequence number.
    async fn append_audit(&self, entry: &AuditEntry) -> Result<i64, StoreError>;
    /// Entries after `after_seq`, oldest first.
    async fn audit_entries(&self, after_seq: i64, limit: u32) -> Result<Vec<AuditRecord>, StoreError>;
    /// The newest entry (what a checkpoint signs).
    async fn audit_head(&self) -> Result<Option<AuditRecord>, StoreError>;
    /// Retention pruning, the only removal path besides deleting everything: removes the oldest
    /// entries, up to the first one written at or after `before`, through the audit gate, and in
    /// the same transaction appends the entry `record` makes of what was removed. None when
    /// nothing is that old; else the range and the recording entry's `seq`.
    async fn prune_audit(
        &self,
        before: DateTime<Utc>,
        record: &(dyn for<'r> Fn(&'r PrunedRange) -> AuditEntry + Send + Sync),
    ) -> Result<Option<(PrunedRange, i64)>, StoreError>;
    /// The `seq` of the newest entry appended through this store, changed after each append:
    /// the checkpoint writer waits on it to sign every N entries.
    fn audit_appends(&self) -> tokio::sync::watch::Receiver<i64>;
}

/// The Audit page's reading of the log: filtered pages, what the pickers offer, and entries
/// written at most once in a while (views of the log).
#[async_trait]
pub trait AuditSearch: Send + Sync + 'static {
    /// The entries `query` matches, newest first, with how many match and the log's newest entry.
    async fn search_audit(&self, query: &app::audit::AuditQuery) -> Result<app::audit::AuditPage, StoreError>;
    /// The actions, outcomes and acting admins the log holds.
    async fn audit_options(&self) -> Result<app::audit::AuditOptions, StoreError>;
    /// Appends `entry` unless the same actor already wrote the same action with the same
    /// `details.filter` at or after `since`; the new entry's sequence number, if written.
    async fn append_audit_once(&self, entry: &AuditEntry, since: DateTime<Utc>) -> Result<Option<i64>, StoreError>;
}

/// A bulk-action job as stored.
#[derive(Clone, Debug)]
pub struct JobRecord {
    pub id: String,
    pub action: app::bulk::BulkAction,
    pub state: app::bulk::JobState,
    /// The actor (`atlassian:<id>`, `local:<login>`), and their name and sign-in method.
    pub created_by: String,
    pub created_by_name: String,
    pub auth_via: Option<String>,
    /// The Forge installation, when the job was started from the Jira panel.
    pub installation_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub undo_of: Option<String>,
    pub error: Option<String>,
}

/// What changes on an item as it runs (`None`: unchanged).
#[derive(Clone, Debug)]
pub struct ItemUpdate {
    pub state: app::bulk::ItemState,
    pub steps: Option<Vec<app::bulk::Step>>,
    pub skip: Option<app::bulk::Skip>,
    pub reason: Option<String>,
    pub atlassian_status: Option<u16>,
    pub request_id: Option<String>,
}

impl ItemUpdate {
    /// A new state, nothing else changed.
    pub fn new(state: app::bulk::ItemState) -> ItemUpdate {
        ItemUpdate { state, steps: None, skip: None, reason: None, atlassian_status: None, request_id: None }
    }
}

/// Bulk-action jobs and their per-user items.
#[async_trait]
pub trait JobStore: Send + Sync + 'static {
    /// Stores a queued job with its items (`seq` is their place in the list).
    async fn create_job(&self, job: &JobRecord, items: &[app::bulk::JobItem]) -> Result<(), StoreError>;
    async fn job(&self, id: &str) -> Result<Option<JobRecord>, StoreError>;
    /// The newest jobs first.
    async fn jobs(&self, limit: u32) -> Result<Vec<JobRecord>, StoreError>;
    /// The job to work on: a running or cancelling one first (it resumes after a restart), else
    /// the oldest queued one.
    async fn next_job(&self) -> Result<Option<JobRecord>, StoreError>;
    /// Queued jobs created before `at` (the queue position of a job created then).
    async fn queued_before(&self, at: DateTime<Utc>) -> Result<u32, StoreError>;
    async fn set_job_state(
        &self,
        id: &str,
        state: app::bulk::JobState,
        at: DateTime<Utc>,
        error: Option<&str>,
    ) -> Result<(), StoreError>;
    /// The job that undoes `id`, if any.
    async fn undone_by(&self, id: &str) -> Result<Option<String>, StoreError>;
    /// Items with their sequence numbers, in order, optionally of one state.
    async fn job_items(
        &self,
        id: &str,
        state: Option<app::bulk::ItemState>,
        offset: u32,
        limit: u32,
    ) -> Result<Vec<(i64, app::bulk::JobItem)>, StoreError>;
    async fn job_counts(&self, id: &str) -> Result<app::bulk::JobCounts, StoreError>;
    /// Items matching a state (for a page's total).
    async fn count_items(&self, id: &str, state: Option<app::bulk::ItemState>) -> Result<u32, StoreError>;
    async fn update_item(&self, id: &str, seq: i64, update: &ItemUpdate) -> Result<(), StoreError>;
    /// Marks every pending item of the job cancelled.
    async fn cancel_pending(&self, id: &str) -> Result<u64, StoreError>;
    /// Replaces what the current snapshot says of these org accounts (after a job re-read them),
    /// and removes or adds the memberships (such as a desk's customers) a job changed.
    async fn patch_snapshot(
        &self,
        run: i64,
        accounts: &[(String, crate::snapshot::facts::AccountFacts)],
        removed: &[crate::snapshot::facts::Grant],
        added: &[crate::snapshot::facts::Grant],
    ) -> Result<(), StoreError>;
}

#[async_trait]
pub trait Store:
    AccessStore + AuditStore + AuditSearch + DataStore + EventStore + JobStore + Send + Sync + 'static
{
    async fn setting(&self, key: &str) -> Result<Option<String>, StoreError>;
    async fn set_setting(&self, key: &str, value: &str, by: Option<&str>) -> Result<(), StoreError>;

    /// Stores (or replaces) an encrypted secret.
    async fn put_secret(&self, secret: &StoredSecret) -> Result<(), StoreError>;
    /// Every stored secret (ciphertext only).
    async fn secrets(&self) -> Result<Vec<StoredSecret>, StoreError>;

    /// Starts a sync run, unless one is already running (in this process or another one sharing
    /// the database). A run whose heartbeat stopped is recorded as interrupted first.
    async fn begin_run(&self, trigger: &str, at: DateTime<Utc>) -> Result<i64, StoreError>;
    /// Tells other processes the run is still alive.
    async fn heartbeat(&self, run: i64, at: DateTime<Utc>) -> Result<(), StoreError>;
    /// Whether a sync is running with a recent heartbeat, in any process sharing the database
    /// (a run whose process died is not).
    async fn sync_alive(&self, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// Appends facts to a running run's snapshot, in one transaction.
    async fn write(&self, run: i64, batches: &[Batch]) -> Result<(), StoreError>;
    /// Prepares a run's written snapshot for loading (an index in account order, which the
    /// writes went without).
    async fn seal(&self, run: i64) -> Result<(), StoreError>;
    /// For a family a sealed run could not read: removes what the run had read of it, and copies
    /// in the family's data from the run `from` (the previous snapshot), when there is one: its
    /// projects, spaces, desks or JSM organizations with their members and roles, the members of
    /// site-only groups those name, and the accounts only those name.
    async fn keep_family(&self, run: i64, from: Option<i64>, family: app::families::Family) -> Result<(), StoreError>;
    /// Ends a run. A complete run's snapshot replaces the previous one; a failed or cancelled
    /// run's partial data is discarded and the previous snapshot stays.
    async fn finish_run(&self, run: i64, end: &RunEnd) -> Result<(), StoreError>;
    /// The newest runs first.
    async fn runs(&self, limit: u32) -> Result<Vec<SyncRun>, StoreError>;
    /// The run whose snapshot is current.
    async fn latest_complete(&self) -> Result<Option<SyncRun>, StoreError>;
    /// Streams a run's snapshot into `sink`, in the order [`SnapshotSink`] describes.
    async fn load(&self, run: i64, sink: &mut dyn SnapshotSink) -> Result<(), StoreError>;
}

/// Opens (creating if needed) the SQLite database at `path`, migrated to this version's schema.
pub async fn open_sqlite(path: &Path) -> Result<Arc<dyn Store>, StoreError> {
    Ok(Arc::new(SqliteStore::open(path).await?))
}
