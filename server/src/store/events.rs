//! What the store keeps of Atlassian's own audit events, beside (never inside) the hash-chained
//! audit log, and of the incremental syncs that read them.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// One event as Atlassian reported it, mapped into the audit log's row shape.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AtlassianEvent {
    /// Atlassian's id of the event (unique within the organisation).
    pub event_id: String,
    pub at: DateTime<Utc>,
    /// Atlassian's action key, as reported.
    pub action: String,
    /// `atlassian:<account id>` of whoever acted.
    pub actor: String,
    pub actor_name: Option<String>,
    pub actor_email: Option<String>,
    /// How the actor authenticated (`api-token`, ...), when reported.
    pub auth_via: Option<String>,
    /// The first user the event is about.
    pub target: Option<String>,
    pub target_name: Option<String>,
    pub target_email: Option<String>,
    pub ip: Option<String>,
    pub product: Option<String>,
    /// Every account the event is about (the incremental sync re-reads them).
    pub accounts: Vec<String>,
    /// The rest of the event (context, container, location).
    pub details: serde_json::Value,
}

/// One incremental sync, as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncrementalRecord {
    pub at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    /// New events read.
    pub events: u64,
    /// Users re-read into the snapshot.
    pub users: u64,
    pub requests: u64,
    /// Users named by events up to this time are in the snapshot (none when the run failed).
    pub covered_until: Option<DateTime<Utc>>,
    pub error: Option<String>,
}

#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Stores the events this organisation's log does not hold yet (by Atlassian's event id);
    /// the positions in `events` of those that were new.
    async fn store_events(
        &self,
        org_id: &str,
        events: &[AtlassianEvent],
        received_at: DateTime<Utc>,
    ) -> Result<Vec<usize>, StoreError>;
    /// The newest event time of the organisation's last complete read.
    async fn events_mark(&self, org_id: &str) -> Result<Option<DateTime<Utc>>, StoreError>;
    async fn set_events_mark(
        &self,
        org_id: &str,
        newest_at: DateTime<Utc>,
        read_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// The accounts named by the organisation's events that happened, or reached us, at or after
    /// `since` (an event Atlassian records late still counts), without repeats.
    async fn event_accounts_since(&self, org_id: &str, since: DateTime<Utc>) -> Result<Vec<String>, StoreError>;
    /// Removes events that happened before `before`; how many.
    async fn prune_events(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;
    async fn record_incremental(&self, run: &IncrementalRecord) -> Result<(), StoreError>;
    /// The newest incremental sync.
    async fn last_incremental(&self) -> Result<Option<IncrementalRecord>, StoreError>;
    /// The newest incremental sync that brought users into the snapshot.
    async fn last_covered(&self) -> Result<Option<DateTime<Utc>>, StoreError>;
}
