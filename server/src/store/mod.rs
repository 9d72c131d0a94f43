//! The store: everything the server keeps between restarts. Services talk to the [`Store`] trait,
//! so a PostgreSQL implementation (for several servers sharing one deployment) can sit beside the
//! SQLite one without touching them.

mod sqlite;

use std::{path::Path, sync::Arc};

use app::users::{SyncOutcome, SyncRun};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use self::sqlite::SqliteStore;
use crate::snapshot::facts::{AccountFacts, Batch, CatalogItem, Grant, Source};

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
}

/// Receives a stored snapshot, record by record, so it is never held twice in memory: the
/// catalog first, then accounts grouped by id in ascending id order, then grants.
pub trait SnapshotSink: Send {
    fn account(&mut self, source: Source, id: String, facts: AccountFacts);
    fn grant(&mut self, grant: Grant);
    fn catalog(&mut self, item: CatalogItem);
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
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
    /// Appends facts to a running run's snapshot, in one transaction.
    async fn write(&self, run: i64, batches: &[Batch]) -> Result<(), StoreError>;
    /// Prepares a run's written snapshot for loading (an index in account order, which the
    /// writes went without).
    async fn seal(&self, run: i64) -> Result<(), StoreError>;
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
