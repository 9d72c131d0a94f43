//! The incremental sync: between full syncs, every `UAM_INCREMENTAL_SYNC_MINUTES`, it reads the
//! organisation's events since the last read, collects the accounts they name, re-reads only
//! those users (a hundred per `users/search`, expanded as the full sync reads them) and patches
//! the current snapshot, so the tables are minutes fresh at a few requests per run. It never runs
//! while a full sync runs (in this process or another sharing the database), and a full sync
//! that completes meanwhile wins: its snapshot is not patched.

use std::{
    collections::BTreeSet,
    sync::{Arc, PoisonError},
    time::Duration,
};

use app::users::IncrementalRun;
use chrono::{DateTime, Utc};

use super::{Syncer, read};
use crate::{
    events::{self, EventsError, OVERLAP},
    snapshot::facts::AccountFacts,
    store::{IncrementalRecord, StoreError},
    upstream::{
        UpstreamError,
        api::admin::{Directories, Expand, UserSearch},
    },
};

/// The default minutes between incremental syncs.
pub const DEFAULT_MINUTES: u32 = 5;

/// Accounts per `users/search` request (the admin API's largest page).
const BATCH: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum IncrementalError {
    #[error("{0}")]
    Events(#[from] EventsError),
    #[error("{0}")]
    Upstream(#[from] UpstreamError),
    #[error("{0}")]
    Store(#[from] StoreError),
    /// Nothing to do: a full sync is running (it brings everything).
    #[error("a full sync is running")]
    FullSyncRunning,
    /// Nothing to patch yet: the first full sync has not completed.
    #[error("there is no snapshot yet")]
    NoSnapshot,
}

/// What one incremental run did, for the record and the dashboard.
fn shown(record: &IncrementalRecord) -> IncrementalRun {
    IncrementalRun {
        at: record.at,
        events: record.events,
        users: record.users,
        requests: record.requests,
        error: record.error.clone(),
    }
}

impl Syncer {
    /// Reads Atlassian's new events (one read at a time per syncer).
    pub(super) async fn pull_events(
        &self,
        up: &crate::upstream::Upstream,
    ) -> Result<events::EventsPulled, EventsError> {
        let _one_at_a_time = self.events_reading.lock().await;
        events::pull(up, self.org.store().as_ref()).await
    }

    /// Whether a full sync is running here or in another process sharing the database.
    async fn full_sync_running(&self) -> Result<bool, StoreError> {
        if self.running.lock().unwrap_or_else(PoisonError::into_inner).is_some() {
            return Ok(true);
        }
        // Another process's run counts while its heartbeat is recent: one that died does not
        // hold the incremental sync off until the next full sync.
        self.org.store().sync_alive(Utc::now()).await
    }

    /// Runs one incremental sync now (the schedule's step; also for tests and a "refresh now"):
    /// reads the new events, re-reads the users named by events since the last run that
    /// refreshed the snapshot (or since the snapshot's own sync began), patches the snapshot and
    /// records the run. Skipped, and not recorded, while a full sync runs or before the first.
    pub async fn incremental(&self) -> Result<IncrementalRun, IncrementalError> {
        let _one_at_a_time = self.incremental_running.lock().await;
        if self.full_sync_running().await? {
            return Err(IncrementalError::FullSyncRunning);
        }
        let snapshot = self.org.index().run().cloned().ok_or(IncrementalError::NoSnapshot)?;
        let up = self.org.upstream();
        let at = Utc::now();
        let before = up.engine.stats().requests;
        let mut events = 0;
        let result = async {
            let pulled = self.pull_events(&up).await?;
            events = pulled.new;
            // Events are Atlassian's record, read by full syncs too: every account named since
            // the snapshot (or the last refresh) began is re-read, whoever read its event.
            let covered = self.org.store().last_covered().await?.into_iter().chain([snapshot.started_at]).max();
            let since = covered.unwrap_or(snapshot.started_at) - OVERLAP;
            let mut accounts: BTreeSet<String> = pulled.accounts.into_iter().collect();
            accounts.extend(self.org.store().event_accounts_since(&up.connection.org_id, since).await?);
            let accounts: Vec<String> = accounts.into_iter().collect();
            let mut found: Vec<(String, AccountFacts)> = Vec::new();
            for chunk in accounts.chunks(BATCH) {
                let users =
                    up.search_users(Directories::All, &UserSearch::accounts(chunk, Expand::FULL)).collect().await?;
                found.extend(users.iter().filter_map(read::org_user).filter(|(id, _)| chunk.contains(id)));
            }
            // A full sync that began or completed meanwhile brings everything: leave it be.
            if !found.is_empty() {
                let current = self.org.index().run().map(|run| run.id);
                if self.full_sync_running().await? || current != Some(snapshot.id) {
                    return Err(IncrementalError::FullSyncRunning);
                }
                self.org.store().patch_snapshot(snapshot.id, &found, &[], &[]).await?;
                self.org.reload().await?;
            }
            Ok::<_, IncrementalError>(found.len() as u64)
        }
        .await;
        let requests = up.engine.stats().requests.saturating_sub(before);
        let record = IncrementalRecord {
            at,
            finished_at: Utc::now(),
            events,
            users: *result.as_ref().unwrap_or(&0),
            requests,
            covered_until: result.is_ok().then_some(at),
            error: result.as_ref().err().map(ToString::to_string),
        };
        if matches!(result, Err(IncrementalError::FullSyncRunning)) {
            return Err(IncrementalError::FullSyncRunning);
        }
        self.org.store().record_incremental(&record).await?;
        match result {
            Ok(users) => {
                tracing::info!(events, users, requests, "incremental sync complete");
                Ok(shown(&record))
            }
            Err(error) => Err(error),
        }
    }

    /// The last incremental sync, for the dashboard (none before the first, or when it cannot
    /// be read).
    pub async fn last_incremental(&self) -> Option<IncrementalRun> {
        match self.org.store().last_incremental().await {
            Ok(record) => record.as_ref().map(shown),
            Err(error) => {
                tracing::warn!(%error, "cannot read the last incremental sync");
                None
            }
        }
    }

    /// Runs an incremental sync every `minutes` (never when 0), the first one `minutes` after
    /// start. Never returns.
    pub async fn incremental_schedule(self: Arc<Self>, minutes: u32) {
        if minutes == 0 {
            return;
        }
        let every = Duration::from_secs(u64::from(minutes) * 60);
        let mut next: DateTime<Utc> = Utc::now() + chrono::Duration::minutes(i64::from(minutes));
        loop {
            let wait = (next - Utc::now()).to_std().unwrap_or(Duration::ZERO);
            tokio::time::sleep(wait).await;
            match self.incremental().await {
                Ok(_) | Err(IncrementalError::FullSyncRunning | IncrementalError::NoSnapshot) => {}
                Err(error) => tracing::warn!(%error, "the incremental sync did not complete"),
            }
            // Start to start, so a run's own time does not add to how old the data gets.
            let every = chrono::Duration::from_std(every).unwrap_or(chrono::Duration::minutes(5));
            next = (next + every).max(Utc::now());
        }
    }
}
