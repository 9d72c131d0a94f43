//! Retention: the only way entries leave the audit log (besides "delete everything"). Entries
//! older than the Settings page's retention are removed oldest first, through the `audit_gate`,
//! in the same transaction that appends an `audit_pruned` entry saying how many went, the
//! cut-off, and the `seq` and hash of the last one removed: the link the first remaining entry
//! keeps, so verification can anchor the shortened chain.

use std::{sync::Arc, time::Duration};

use app::audit::{AuditAction, AuditOutcome};
use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::checkpoint::Checkpoints;
use crate::{
    settings,
    store::{AuditEntry, PrunedRange, Store, StoreError},
};

/// How often the server prunes (and once at start-up).
pub const PRUNE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// The last entry a pruning removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedEntry {
    pub seq: i64,
    pub hash: String,
}

/// The details of an `audit_pruned` entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrunedDetails {
    /// How many entries were removed.
    pub count: u64,
    /// Entries written before this time were removed.
    pub cutoff: DateTime<Utc>,
    pub last_removed: RemovedEntry,
}

/// The entry that records `range` being removed.
pub fn pruned_entry(range: &PrunedRange) -> AuditEntry {
    let details = PrunedDetails {
        count: range.count,
        cutoff: range.cutoff,
        last_removed: RemovedEntry { seq: range.last_seq, hash: range.last_hash.clone() },
    };
    AuditEntry {
        details: serde_json::to_value(details).unwrap_or_default(),
        ..AuditEntry::new("system", AuditAction::AuditPruned, AuditOutcome::Ok)
    }
}

/// Removes the entries older than the retention setting (none when it is 0, "forever"); what was
/// removed, and the `seq` of the `audit_pruned` entry that records it.
pub async fn prune(store: &dyn Store, now: DateTime<Utc>) -> Result<Option<(PrunedRange, i64)>, StoreError> {
    let days = settings::retention_days(store).await?;
    if days == 0 {
        return Ok(None);
    }
    let cutoff = now - TimeDelta::days(i64::from(days));
    let pruned = store.prune_audit(cutoff, &pruned_entry).await?;
    if let Some((range, seq)) = &pruned {
        tracing::info!(
            count = range.count,
            cutoff = %range.cutoff,
            last_removed = range.last_seq,
            recorded_as = seq,
            "pruned the audit log"
        );
    }
    Ok(pruned)
}

/// Prunes, then checkpoints what the pruning appended.
pub async fn prune_and_checkpoint(store: &dyn Store, checkpoints: &Checkpoints) {
    match prune(store, Utc::now()).await {
        Ok(Some(_)) => {
            if let Err(error) = checkpoints.checkpoint(store).await {
                tracing::error!(%error, "cannot write the audit checkpoint after pruning");
            }
        }
        Ok(None) => {}
        Err(error) => tracing::error!(%error, "cannot prune the audit log"),
    }
}

/// Prunes every `every` (the first time after `every`: start-up prunes on its own).
pub async fn run(store: Arc<dyn Store>, checkpoints: Arc<Checkpoints>, every: Duration) {
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        prune_and_checkpoint(store.as_ref(), &checkpoints).await;
    }
}
