//! The sync: reads the organisation from Atlassian into a new stored snapshot, then swaps the
//! in-memory index to it. One runs at a time (across every process sharing the database); it can
//! be cancelled; a failed or cancelled run leaves the previous snapshot in place and records why.

mod collect;
pub mod incremental;
pub mod read;
pub mod summary;

use std::{
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use app::{
    code::Code,
    families::{Family, FamilyReport, FamilyState},
    users::{SyncOutcome, SyncPhase, SyncProgress, SyncRun, SyncStatus},
};
use chrono::{DateTime, SubsecRound, Utc};
use tokio::sync::{mpsc, watch};

use crate::{
    org::Org,
    snapshot::{Index, IndexBuilder, facts::Batch},
    store::{RunEnd, Store, StoreError},
    upstream::UpstreamError,
};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{0}")]
    Upstream(#[from] UpstreamError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("the sync was cancelled")]
    Cancelled,
    #[error("the snapshot could not be written")]
    WriterStopped,
    #[error("another sync is already running (started {0})")]
    AlreadyRunning(DateTime<Utc>),
}

impl SyncError {
    fn outcome(&self) -> SyncOutcome {
        match self {
            SyncError::Cancelled => SyncOutcome::Cancelled,
            _ => SyncOutcome::Failed,
        }
    }
}

/// Syncs the dashboard's history lists.
const HISTORY: u32 = 10;

/// Heartbeats tell other processes a run is alive.
const HEARTBEAT: Duration = Duration::from_secs(10);

/// A sync in progress.
struct Running {
    run_id: i64,
    started_at: DateTime<Utc>,
    phase: Mutex<SyncPhase>,
    accounts: Arc<AtomicU64>,
    estimate: Option<u64>,
    requests_before: u64,
    waited_before: Duration,
    cancel: watch::Sender<bool>,
}

/// Runs syncs of the organisation into its next snapshot, one at a time, and schedules them.
pub struct Syncer {
    org: Arc<Org>,
    running: Mutex<Option<Arc<Running>>>,
    next_scheduled: Mutex<Option<DateTime<Utc>>>,
    /// Atlassian's events are read one at a time (a full sync's read and an incremental one's
    /// may meet); held per syncer, never process-wide, so servers sharing a process (tests) never
    /// wait on each other.
    events_reading: tokio::sync::Mutex<()>,
    /// Incremental syncs run one at a time.
    incremental_running: tokio::sync::Mutex<()>,
}

impl Syncer {
    pub fn new(org: Arc<Org>) -> Arc<Syncer> {
        Arc::new(Syncer {
            org,
            running: Mutex::new(None),
            next_scheduled: Mutex::new(None),
            events_reading: tokio::sync::Mutex::new(()),
            incremental_running: tokio::sync::Mutex::new(()),
        })
    }

    /// Where the sync stands, for the dashboard.
    pub async fn status(&self) -> Result<SyncStatus, StoreError> {
        let snapshot = self.org.index().run().cloned();
        let history = self.org.store().runs(HISTORY).await?;
        let last = history.first().cloned();
        let last_failure = last.filter(|run| {
            matches!(run.outcome, SyncOutcome::Failed | SyncOutcome::Cancelled)
                && snapshot.as_ref().is_none_or(|s| run.id > s.id)
        });
        let incremental = self.last_incremental().await;
        Ok(SyncStatus {
            snapshot,
            last_failure,
            running: self.progress(),
            next_scheduled: *self.next_scheduled.lock().unwrap_or_else(PoisonError::into_inner),
            incremental,
            history,
        })
    }

    pub fn progress(&self) -> Option<SyncProgress> {
        let running = self.running.lock().unwrap_or_else(PoisonError::into_inner).clone()?;
        let stats = self.org.upstream().engine.stats();
        let items = running.accounts.load(Ordering::Relaxed);
        Some(SyncProgress {
            run_id: running.run_id,
            started_at: running.started_at,
            phase: *running.phase.lock().unwrap_or_else(PoisonError::into_inner),
            items,
            // A count the previous sync saw; dropped once this one has gone past it.
            estimated_total: running.estimate.filter(|&e| e >= items),
            requests: stats.requests.saturating_sub(running.requests_before),
            rate_limit_wait_ms: stats.rate_limit_wait.saturating_sub(running.waited_before).as_millis() as u64,
            cancel_requested: *running.cancel.borrow(),
        })
    }

    /// Asks the running sync to stop; false when none is running.
    pub fn cancel(&self) -> bool {
        match self.running.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
            Some(running) => {
                running.cancel.send_replace(true);
                true
            }
            None => false,
        }
    }

    /// Starts a sync in the background and returns its run id.
    pub async fn start(self: &Arc<Self>, trigger: &str) -> Result<i64, SyncError> {
        let running = self.begin(trigger).await?;
        let run_id = running.run_id;
        let syncer = Arc::clone(self);
        tokio::spawn(async move {
            if let Err(error) = syncer.execute(running).await {
                tracing::warn!(run = run_id, %error, "sync did not complete");
            }
        });
        Ok(run_id)
    }

    /// Runs a sync to its end (the `uam sync` command and tests).
    pub async fn run(self: &Arc<Self>, trigger: &str) -> Result<SyncRun, SyncError> {
        let running = self.begin(trigger).await?;
        self.execute(running).await
    }

    async fn begin(&self, trigger: &str) -> Result<Arc<Running>, SyncError> {
        // Read before the run is recorded, so no failure can leave a "running" row behind.
        let previous = self.org.store().latest_complete().await?;
        // As stored (microseconds), so reports that carry it compare equal after a restart.
        let started_at = Utc::now().trunc_subsecs(6);
        let run_id = self.org.store().begin_run(trigger, started_at).await.map_err(|error| match error {
            StoreError::SyncRunning(at) => SyncError::AlreadyRunning(at),
            other => SyncError::Store(other),
        })?;
        let stats = self.org.upstream().engine.stats();
        let running = Arc::new(Running {
            run_id,
            started_at,
            phase: Mutex::new(SyncPhase::Starting),
            accounts: Arc::new(AtomicU64::new(0)),
            estimate: previous.map(|run| run.accounts).filter(|&n| n > 0),
            requests_before: stats.requests,
            waited_before: stats.rate_limit_wait,
            cancel: watch::channel(false).0,
        });
        *self.running.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::clone(&running));
        tracing::info!(run = run_id, trigger, "sync started");
        Ok(running)
    }

    /// Collects, stores, indexes and records the run; always clears the running state.
    async fn execute(&self, running: Arc<Running>) -> Result<SyncRun, SyncError> {
        let run_id = running.run_id;
        let result = self.collect_and_index(&running).await;
        let stats = self.org.upstream().engine.stats();
        let requests = stats.requests.saturating_sub(running.requests_before);
        let end = match &result {
            Ok((index, items, families)) => RunEnd {
                outcome: SyncOutcome::Complete,
                at: Utc::now(),
                error: None,
                accounts: index.len() as u64,
                items: *items,
                requests,
                families: families.clone(),
            },
            Err(error) => RunEnd {
                outcome: error.outcome(),
                at: Utc::now(),
                error: Some(error.to_string()),
                accounts: 0,
                items: 0,
                requests,
                families: Vec::new(),
            },
        };
        let recorded = self.org.store().finish_run(run_id, &end).await;
        let outcome = match (result, recorded) {
            (Ok((mut index, _, families)), Ok(())) => {
                for report in &families {
                    tracing::info!(run = run_id, family = report.family.code(), "{}", summary::plain_summary(report));
                }
                let run = self.org.store().runs(8).await?.into_iter().find(|r| r.id == run_id);
                index.set_run(run.clone());
                self.org.set_index(index);
                tracing::info!(run = run_id, accounts = end.accounts, requests, "sync complete");
                run.ok_or(SyncError::Store(StoreError::Corrupt(format!("run {run_id} vanished"))))
            }
            (Err(error), _) => Err(error),
            (Ok(_), Err(error)) => Err(error.into()),
        };
        *self.running.lock().unwrap_or_else(PoisonError::into_inner) = None;
        outcome
    }

    async fn collect_and_index(&self, running: &Running) -> Result<(Index, u64, Vec<FamilyReport>), SyncError> {
        let previous = self.org.store().latest_complete().await?;
        let (tx, rx) = mpsc::channel::<Batch>(2 * BATCHES_PER_TRANSACTION);
        let out = collect::Out { tx, accounts: Arc::clone(&running.accounts) };
        let writer = tokio::spawn(write_batches(Arc::clone(self.org.store()), running.run_id, rx));
        let mut cancel = running.cancel.subscribe();
        *running.phase.lock().unwrap_or_else(PoisonError::into_inner) = SyncPhase::Collecting;
        let collected = tokio::select! {
            result = self.collect(&out, running) => result,
            _ = cancel.wait_for(|c| *c) => Err(SyncError::Cancelled),
        };
        drop(out);
        let written = writer.await.map_err(|_| SyncError::WriterStopped)?;
        let (items, ended) = match (collected, written) {
            // The writer's own error explains a stopped writer better than the collectors can.
            (Err(SyncError::WriterStopped), Err(error)) | (Ok(_), Err(error)) | (Err(error), _) => return Err(error),
            (Ok(ended), Ok(items)) => (items, ended),
        };
        *running.phase.lock().unwrap_or_else(PoisonError::into_inner) = SyncPhase::Indexing;
        self.org.store().seal(running.run_id).await?;
        let mut families = Vec::with_capacity(ended.len());
        for (family, ending, skips) in ended {
            let previous_report = previous.as_ref().and_then(|run| run.families.iter().find(|r| r.family == family));
            let report = report(family, ending, skips, running.started_at, previous.as_ref(), previous_report)?;
            // A family this sync could not read keeps the previous sync's data, in place of
            // whatever part of it this sync had read.
            if report.state == FamilyState::Stale {
                self.org.store().keep_family(running.run_id, previous.as_ref().map(|run| run.id), family).await?;
            }
            families.push(report);
        }
        // Built beside the index being served, in buffers sized like it.
        let mut builder = IndexBuilder::sized_like(&self.org.index());
        self.org.store().load(running.run_id, &mut builder).await?;
        if *cancel.borrow() {
            return Err(SyncError::Cancelled);
        }
        Ok((builder.build(None), items, families))
    }

    async fn collect(&self, out: &collect::Out, running: &Running) -> Result<Vec<Ended>, SyncError> {
        let upstream = self.org.upstream();
        let up = &*upstream;
        let seen = collect::Seen::default();
        let heartbeat = async {
            loop {
                tokio::time::sleep(HEARTBEAT).await;
                if let Err(error) = self.org.store().heartbeat(running.run_id, Utc::now()).await {
                    tracing::warn!(%error, "sync heartbeat not recorded");
                }
            }
        };
        let work = async {
            // Atlassian's events first: a change made while the directory is being read is then
            // after the read mark, so the next incremental sync re-reads its user. Events never
            // fail the sync (they show on the Audit page; the incremental sync reports failures).
            if let Err(error) = self.pull_events(up).await {
                tracing::warn!(%error, "Atlassian's events could not be read during the sync");
            }
            let products = collect::products(up).await?;
            let skips: [collect::SkipLog; 3] = Default::default();
            let [jira_skips, jsm_skips, confluence_skips] = &skips;
            let sites = async {
                tokio::join!(
                    collect::jira(up, out, &seen, jira_skips),
                    collect::jsm(up, out, &seen, jsm_skips),
                    collect::confluence(up, out, &seen, confluence_skips),
                )
            };
            // The admin API's failure fails the sync; a site family's ends only that family.
            let (directory, (jira, jsm, confluence)) =
                tokio::try_join!(collect::admin(up, out, &seen, products), async { Ok(sites.await) })?;
            let (jira, seats) = match jira {
                Ok(seats) => (collect::site_groups(up, out, &seen, &directory, Family::Jira, jira_skips).await, seats),
                Err(halt) => (Err(halt), Vec::new()),
            };
            let confluence = match confluence {
                Ok(()) => collect::site_groups(up, out, &seen, &directory, Family::Confluence, confluence_skips).await,
                Err(halt) => Err(halt),
            };
            collect::unknown_accounts(up, out, &seen).await?;
            out.send(Batch::Catalog(collect::products_with_seats(&directory, &seats))).await?;
            let endings = [(Family::Jira, jira), (Family::Jsm, jsm), (Family::Confluence, confluence)];
            Ok(endings
                .into_iter()
                .zip(skips)
                .map(|((family, ending), skips)| (family, ending, skips.into_inner()))
                .collect())
        };
        tokio::select! {
            result = work => result,
            () = heartbeat => unreachable!("the heartbeat never ends"),
        }
    }

    /// Runs the schedule: syncs when the snapshot is older than the interval (the environment's
    /// `env_hours`, else the Settings page's; at once when there is no snapshot), and picks up
    /// snapshots written by other processes. Never returns.
    pub async fn schedule(self: Arc<Self>, env_hours: Option<f64>) {
        let tick = Duration::from_secs(15);
        loop {
            if let Err(error) = self.org.refresh().await {
                tracing::warn!(%error, "could not read the latest snapshot");
            }
            // Read every tick, so a change on the Settings page applies without a restart.
            let hours = crate::settings::sync_interval_hours(self.org.store().as_ref(), env_hours).await;
            let every = (hours > 0.0).then(|| Duration::try_from_secs_f64(hours * 3600.0).ok()).flatten();
            if let Some(every) = every {
                let last = match self.org.store().runs(1).await {
                    Ok(runs) => runs.into_iter().next(),
                    Err(error) => {
                        tracing::warn!(%error, "could not read the sync history");
                        None
                    }
                };
                let every = chrono::Duration::from_std(every).unwrap_or(chrono::Duration::hours(6));
                let next = last.as_ref().map_or_else(Utc::now, |run| run.started_at + every);
                *self.next_scheduled.lock().unwrap_or_else(PoisonError::into_inner) = Some(next);
                let idle = self.running.lock().unwrap_or_else(PoisonError::into_inner).is_none();
                if idle && next <= Utc::now() {
                    match self.start("schedule").await {
                        // The one after it, not the one just started, is what the dashboard shows.
                        Ok(_) => {
                            *self.next_scheduled.lock().unwrap_or_else(PoisonError::into_inner) =
                                Some(Utc::now() + every)
                        }
                        Err(SyncError::AlreadyRunning(_)) => {}
                        Err(error) => tracing::warn!(%error, "the scheduled sync could not start"),
                    }
                }
            } else {
                *self.next_scheduled.lock().unwrap_or_else(PoisonError::into_inner) = None;
            }
            tokio::time::sleep(tick).await;
        }
    }
}

/// How one site family's read ended, with what it skipped.
type Ended = (Family, Result<(), collect::Halt>, app::families::Skips);

/// The report of one family: what this sync read, or for a family it could not read, how old
/// the data kept from the previous sync is. A store failure ends the whole sync.
fn report(
    family: Family,
    ending: Result<(), collect::Halt>,
    skips: app::families::Skips,
    started_at: DateTime<Utc>,
    previous: Option<&SyncRun>,
    previous_report: Option<&FamilyReport>,
) -> Result<FamilyReport, SyncError> {
    use collect::Halt;
    let mut report = match ending {
        Ok(()) if skips.is_empty() => FamilyReport::new(family, FamilyState::Complete),
        Ok(()) => FamilyReport { skipped: skips.into_sorted(), ..FamilyReport::new(family, FamilyState::Partial) },
        Err(Halt::NotOnSite) => return Ok(FamilyReport::new(family, FamilyState::NotOnSite)),
        Err(Halt::NotConfigured) => return Ok(FamilyReport::new(family, FamilyState::NotConfigured)),
        Err(Halt::Failed(SyncError::Upstream(error))) => {
            // Kept from the previous sync: as old as that sync's data for this family.
            let data_from = match previous_report {
                Some(kept) if kept.has_data() => kept.data_from,
                Some(_) => None,
                None => previous.map(|run| run.started_at),
            };
            tracing::warn!(family = family.code(), %error, "a site family could not be read; its earlier data is kept");
            return Ok(FamilyReport {
                data_from,
                error: Some(error.to_string()),
                ..FamilyReport::new(family, FamilyState::Stale)
            });
        }
        Err(Halt::Failed(error)) => return Err(error),
    };
    report.data_from = Some(started_at);
    Ok(report)
}

/// Batches written in one transaction at most: whatever queued up while the last one was written.
const BATCHES_PER_TRANSACTION: usize = 64;

/// Writes batches as they arrive; returns how many records were stored. When pages arrive
/// faster than single writes commit, the queue is drained into one transaction, so the store
/// never holds the collectors back.
async fn write_batches(store: Arc<dyn Store>, run: i64, mut rx: mpsc::Receiver<Batch>) -> Result<u64, SyncError> {
    let mut items = 0u64;
    let mut queued = Vec::with_capacity(BATCHES_PER_TRANSACTION);
    while rx.recv_many(&mut queued, BATCHES_PER_TRANSACTION).await > 0 {
        store.write(run, &queued).await?;
        items += queued.iter().map(|b| b.len() as u64).sum::<u64>();
        queued.clear();
    }
    Ok(items)
}
