//! The Audit page's service: filtered pages of the log (and of Atlassian's events beside it),
//! exports in pages, and the entries that record those readings and the exports of users.
//! A view is recorded at most once per admin and filter in [`VIEW_WINDOW`], so paging does not
//! flood the log; every export is recorded with its filter and row count before any of its rows
//! leaves the server. The signed-in admin's own readings are left out of what the page lists
//! (and exports) unless the filter asks for them, and counted, so the page can say so.

use app::{
    audit::{
        AuditAction, AuditExportPage, AuditJob, AuditOptions, AuditOutcome, AuditPage, AuditQuery, AuditRow,
        CheckpointInfo, EXPORT_PAGE_SIZE, Integrity, IntegrityProblem, cells,
    },
    auth::SignedIn,
    error::AppError,
};
use chrono::{TimeDelta, Utc};
use serde_json::json;

use crate::store::{AuditEntry, Store};

/// A second view of the same filter by the same admin within this long is not recorded again.
pub const VIEW_WINDOW: TimeDelta = TimeDelta::minutes(10);

/// The query as the store should run it: blank values dropped, nothing unreasonably long.
fn checked(query: AuditQuery) -> Result<AuditQuery, AppError> {
    if let Some(field) = query.filter.too_long() {
        return Err(AppError::InvalidInput { field: field.to_owned() });
    }
    if query.filter.source().is_err() {
        return Err(AppError::InvalidInput { field: "source".into() });
    }
    if query.until_seq.is_some_and(|s| s < 0) {
        return Err(AppError::InvalidInput { field: "until_seq".into() });
    }
    if query.until_event.is_some_and(|s| s < 0) {
        return Err(AppError::InvalidInput { field: "until_event".into() });
    }
    Ok(AuditQuery { filter: query.filter.normalised(), ..query })
}

/// The query as `who` sees it: their own readings of the log left out unless asked for.
fn as_seen_by(query: AuditQuery, who: &SignedIn) -> AuditQuery {
    let hide_views_of = query.filter.hides_my_views().then(|| who.actor());
    AuditQuery { hide_views_of, ..query }
}

/// The jobs `rows` belong to, each once, as the page names them; a job no longer stored is left
/// out (the page then shows its short id alone).
async fn jobs_of(store: &dyn Store, rows: &[AuditRow]) -> Result<Vec<AuditJob>, AppError> {
    let mut jobs: Vec<AuditJob> = Vec::new();
    for id in rows.iter().filter_map(|row| row.job_id.as_deref()) {
        if jobs.iter().any(|job| job.id == id) {
            continue;
        }
        if let Some(job) = store.job(id).await? {
            let counts = store.job_counts(id).await?;
            jobs.push(AuditJob {
                id: job.id,
                action: job.action,
                undo_of: job.undo_of,
                users: counts.total.saturating_sub(counts.skipped),
            });
        }
    }
    Ok(jobs)
}

/// One page for the Audit page: the log as it was when asked, with the view recorded before the
/// page is returned (a view that cannot be recorded is not shown).
pub async fn page(store: &dyn Store, who: &SignedIn, query: AuditQuery) -> Result<AuditPage, AppError> {
    let query = as_seen_by(checked(AuditQuery { until_seq: None, until_event: None, ..query })?, who);
    let mut page = store.search_audit(&query).await?;
    page.jobs = jobs_of(store, &page.rows).await?;
    let entry = AuditEntry {
        details: json!({ "filter": query.filter }),
        ..AuditEntry::new("", AuditAction::AuditViewed, AuditOutcome::Ok).by(who)
    };
    store.append_audit_once(&entry, Utc::now() - VIEW_WINDOW).await?;
    Ok(page)
}

/// One page of an export. A request without `until_seq` begins an export: the log is pinned at
/// its newest entry, and the export is recorded (with the filter and how many rows it holds)
/// before the rows are returned. The later pages ask up to that entry; one that arrives without
/// a recent record of its export (a script skipping the first page) records it too.
pub async fn export_page(store: &dyn Store, who: &SignedIn, query: AuditQuery) -> Result<AuditExportPage, AppError> {
    let query = as_seen_by(checked(AuditQuery { page_size: EXPORT_PAGE_SIZE, ..query })?, who);
    let page = store.search_audit(&query).await?;
    let jobs = jobs_of(store, &page.rows).await?;
    let until_seq = query.until_seq.unwrap_or(page.head_seq);
    let until_event = query.until_event.unwrap_or(page.head_event);
    let details =
        json!({ "filter": query.filter, "rows": page.total, "until_seq": until_seq, "until_event": until_event });
    let entry = AuditEntry { details, ..AuditEntry::new("", AuditAction::AuditExport, AuditOutcome::Ok).by(who) };
    record(store, &entry, query.until_seq.is_none()).await?;
    Ok(AuditExportPage {
        total: page.total,
        until_seq,
        until_event,
        cells: page.rows.iter().map(cells).collect(),
        jobs,
    })
}

/// Records an export of users by `who`, before any row is returned. One that `starts` (a first
/// page, or one request of a selection's export) is always recorded; a later page only when no
/// record of the same `details.filter` by this admin is recent (within [`VIEW_WINDOW`]): one
/// record per export, and none skipped by starting past the first page.
pub async fn record_user_export(
    store: &dyn Store,
    who: &SignedIn,
    details: serde_json::Value,
    starts: bool,
) -> Result<(), AppError> {
    let entry = AuditEntry { details, ..AuditEntry::new("", AuditAction::UsersExported, AuditOutcome::Ok).by(who) };
    record(store, &entry, starts).await
}

/// Records an export: always when it `starts`, else only when no record of it is recent.
async fn record(store: &dyn Store, entry: &AuditEntry, starts: bool) -> Result<(), AppError> {
    match starts {
        true => store.append_audit(entry).await.map(Some),
        false => store.append_audit_once(entry, Utc::now() - VIEW_WINDOW).await,
    }?;
    Ok(())
}

pub async fn options(store: &dyn Store) -> Result<AuditOptions, AppError> {
    Ok(store.audit_options().await?)
}

/// How long a verification stands before the next page load checks the whole chain again:
/// verifying reads and hashes every entry, too much for every page load of a large log.
pub const INTEGRITY_FOR: std::time::Duration = std::time::Duration::from_secs(30);

/// The Audit page's integrity status: [`super::verify`] against the signed checkpoints,
/// reused for [`INTEGRITY_FOR`].
pub struct IntegrityCheck {
    pub checkpoints: std::sync::Arc<super::Checkpoints>,
    last: tokio::sync::Mutex<Option<(std::time::Instant, Integrity)>>,
}

impl IntegrityCheck {
    pub fn new(checkpoints: std::sync::Arc<super::Checkpoints>) -> IntegrityCheck {
        IntegrityCheck { checkpoints, last: tokio::sync::Mutex::new(None) }
    }

    /// Whether the chain verifies (one verification at a time; callers meanwhile wait for it).
    pub async fn status(&self, store: &dyn Store) -> Result<Integrity, AppError> {
        let mut last = self.last.lock().await;
        if let Some((_, integrity)) = last.as_ref().filter(|(at, _)| at.elapsed() < INTEGRITY_FOR) {
            return Ok(integrity.clone());
        }
        let found = super::verify(store, &self.checkpoints).await?;
        let integrity = Integrity {
            entries: found.entries,
            first_seq: found.first_seq,
            last_seq: found.last_seq,
            last_checkpoint: found.last_checkpoint.map(|c| CheckpointInfo { seq: c.seq, at: c.at }),
            problem: found.problem.map(|p| IntegrityProblem {
                seq: p.seq,
                kind: serde_json::to_value(p.kind).ok().and_then(|k| k.as_str().map(str::to_owned)).unwrap_or_default(),
                reason: p.reason,
            }),
        };
        if let Some(problem) = &integrity.problem {
            tracing::error!(seq = problem.seq, kind = problem.kind, "the audit log does not verify");
        }
        *last = Some((std::time::Instant::now(), integrity.clone()));
        Ok(integrity)
    }
}
