//! Data protection: everything the product stores, exported as one archive or deleted. Both are
//! audited. The archive is a gzip-compressed tar of JSON files; secrets are never in it (only
//! what the Settings page shows about them), and neither are password hashes.
//!
//! Deleting everything clears the audit log, so no single admin may do it on a whim: it
//! needs a fresh re-authentication, is refused from the Jira panel, and is only scheduled; the
//! server carries it out after a delay during which every admin sees it on the dashboard and any
//! admin can cancel it. The checkpoints keep a signed record of the erased log.

use std::{io::Write, sync::Arc};

use app::{
    api::data::{EraseRequest, ErasureStatus, PendingErasure, ReauthKind},
    audit::{AuditAction, AuditOutcome},
    auth::{SignInMethod, SignedIn},
    settings::{DELETE_WORD, delete_confirmed},
    users::Thresholds,
};
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Value, json};

use crate::{
    audit,
    auth::Access,
    org::Org,
    snapshot::index::Index,
    store::{AuditEntry, Store, StoreError},
    sync::Syncer,
};

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the archive: {0}")]
    Archive(#[from] std::io::Error),
    #[error("type {DELETE_WORD} to confirm deleting everything")]
    NotConfirmed,
    #[error("a sync is running: cancel it (or wait for it to finish) first")]
    SyncRunning,
    #[error("cannot record the new audit log's start in the checkpoints: {0}")]
    Checkpoint(#[from] crate::audit::CheckpointError),
    #[error("the password or authenticator code is not right")]
    ReauthFailed,
    #[error("sign in with Atlassian again (within the last 5 minutes) to confirm")]
    ReauthStale,
    #[error("erasing everything is refused from the Jira panel")]
    PanelRefused,
    #[error("an erasure is already scheduled")]
    AlreadyPending,
}

impl DataError {
    /// The Settings page's `data=` notice for this refusal.
    pub fn notice(&self) -> &'static str {
        match self {
            DataError::NotConfirmed => "not-confirmed",
            DataError::SyncRunning => "sync-running",
            DataError::ReauthFailed => "reauth-failed",
            DataError::ReauthStale => "reauth-stale",
            DataError::PanelRefused => "panel-refused",
            DataError::AlreadyPending => "erasure-pending",
            DataError::Store(_) | DataError::Archive(_) | DataError::Checkpoint(_) => "delete-failed",
        }
    }
}

impl From<DataError> for app::error::AppError {
    fn from(error: DataError) -> Self {
        use app::error::AppError;
        match error {
            DataError::NotConfirmed => AppError::InvalidInput { field: "confirm".into() },
            DataError::SyncRunning => AppError::SyncRunning,
            DataError::ReauthFailed => AppError::ReauthFailed,
            DataError::ReauthStale => AppError::ReauthStale,
            DataError::PanelRefused => AppError::PanelRefused,
            DataError::AlreadyPending => AppError::ErasurePending,
            error => {
                tracing::error!(%error, "erasing everything failed");
                AppError::Internal
            }
        }
    }
}

/// The archive's file name: `uam-export-<org>-<date>.tar.gz`.
pub fn file_name(org: &str, at: DateTime<Utc>) -> String {
    let org: String = org.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '-' }).collect();
    format!("uam-export-{org}-{}.tar.gz", at.format("%Y-%m-%d"))
}

fn add(archive: &mut tar::Builder<impl Write>, name: &str, bytes: &[u8], at: DateTime<Utc>) -> std::io::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(bytes.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(u64::try_from(at.timestamp()).unwrap_or(0));
    header.set_cksum();
    archive.append_data(&mut header, name, bytes)
}

fn lines(values: impl Iterator<Item = Value>) -> Vec<u8> {
    let mut out = Vec::new();
    for value in values {
        out.extend_from_slice(value.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

/// Builds the archive and records the export in the audit log (after it was built, so a failed
/// export is not recorded as done).
pub async fn export(store: &dyn Store, index: &Index, org: &str, actor: &str) -> Result<Vec<u8>, DataError> {
    let now = Utc::now();
    let thresholds = crate::settings::thresholds(store).await.unwrap_or_else(|_| Thresholds::default());
    let settings = store.all_settings().await?;
    let secrets: Vec<Value> = store
        .secrets()
        .await?
        .into_iter()
        .map(|s| json!({ "name": s.name, "org_id": s.org_id, "ends_with": s.hint, "set_by": s.set_by, "set_at": s.set_at, "expires_at": s.expires_at }))
        .collect();
    let admins: Vec<Value> = store
        .local_admins()
        .await?
        .into_iter()
        .map(|a| json!({ "login": a.login, "name": a.name, "totp": a.totp, "created_at": a.created_at, "created_by": a.created_by }))
        .collect();
    let runs = store.runs(10_000).await?;
    let mut audit_log = Vec::new();
    let mut after = 0;
    loop {
        let page = store.audit_entries(after, 10_000).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        audit_log.extend(page);
    }
    let ids = index.matching_ids(&app::users::UserQuery::default(), now, thresholds);
    let users = ids.iter().filter_map(|id| index.details(id, now, thresholds)).map(|d| json!(d));

    let manifest = json!({
        "product": "User Account Manager",
        "version": env!("CARGO_PKG_VERSION"),
        "organisation": org,
        "exported_at": now,
        "exported_by": actor,
        "snapshot": index.run(),
        "files": {
            "settings.json": "settings, and what is known about stored secrets (never their values)",
            "admins.json": "local admin accounts (never their password hashes or TOTP seeds)",
            "sync_runs.json": "the sync history",
            "audit_log.jsonl": "the audit log, one entry per line, with its hash chain",
            "users.jsonl": "the current snapshot, one user per line",
        },
    });
    let mut archive = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default()));
    add(&mut archive, "manifest.json", serde_json::to_vec_pretty(&manifest).unwrap_or_default().as_slice(), now)?;
    let settings_file = json!({ "settings": settings, "secrets": secrets });
    add(&mut archive, "settings.json", serde_json::to_vec_pretty(&settings_file).unwrap_or_default().as_slice(), now)?;
    add(&mut archive, "admins.json", serde_json::to_vec_pretty(&admins).unwrap_or_default().as_slice(), now)?;
    add(&mut archive, "sync_runs.json", serde_json::to_vec_pretty(&runs).unwrap_or_default().as_slice(), now)?;
    add(&mut archive, "audit_log.jsonl", &lines(audit_log.iter().map(|e| json!(e))), now)?;
    add(&mut archive, "users.jsonl", &lines(users), now)?;
    let bytes = archive.into_inner()?.finish()?;
    let details = json!({ "users": ids.len(), "bytes": bytes.len() });
    let entry = AuditEntry { details, ..AuditEntry::new(actor, AuditAction::DataExported, AuditOutcome::Ok) };
    // The archive is the admin's already; a failure to record it is in the server's log.
    let _ = audit::append(store, &entry).await;
    Ok(bytes)
}

/// Deletes everything, after the typed confirmation; the new audit log starts with this. The
/// checkpoint sink then gets a signed reset for the new log's first entry, with what was erased:
/// checkpoints of the deleted log no longer apply, and nobody without the key can make that
/// happen. `scheduled` is the erasure this carries out (none when the command line erases now).
pub async fn delete_everything(
    store: &dyn Store,
    checkpoints: &crate::audit::Checkpoints,
    actor: &str,
    confirmation: &str,
    scheduled: Option<&PendingErasure>,
) -> Result<(), DataError> {
    if !delete_confirmed(confirmation) {
        return Err(DataError::NotConfirmed);
    }
    sync_not_running(store).await?;
    let mut details = json!({ "scope": "everything" });
    if let Some(scheduled) = scheduled {
        details["scheduled_at"] = json!(scheduled.scheduled_at);
        details["due_at"] = json!(scheduled.due_at);
    }
    let entry = AuditEntry { details, ..AuditEntry::new(actor, AuditAction::DataDeleted, AuditOutcome::Ok) };
    checkpoints.reset_after(store, actor, async { Ok::<_, DataError>(store.delete_everything(&entry).await?) }).await
}

/// A sync whose process died (no heartbeat) is not running.
async fn sync_not_running(store: &dyn Store) -> Result<(), DataError> {
    if store.sync_alive(Utc::now()).await? { Err(DataError::SyncRunning) } else { Ok(()) }
}

/// Where the pending erasure is kept: a setting, so that it survives a restart (empty: none).
const PENDING_KEY: &str = "erasure.pending";

/// How recent a Sign in with Atlassian must be to confirm an erasure.
pub const FRESH_SIGN_IN: TimeDelta = TimeDelta::minutes(5);

/// The erasure waiting for its time, if any.
pub async fn pending(store: &dyn Store) -> Result<Option<PendingErasure>, StoreError> {
    let text = store.setting(PENDING_KEY).await?.unwrap_or_default();
    if text.is_empty() {
        return Ok(None);
    }
    match serde_json::from_str(&text) {
        Ok(pending) => Ok(Some(pending)),
        Err(error) => Err(StoreError::Corrupt(format!("the pending erasure cannot be read: {error}"))),
    }
}

/// Schedules deleting everything `delay` from now for `actor` (re-authenticated by the caller);
/// audited. Only one erasure can be pending.
pub async fn schedule(
    store: &dyn Store,
    actor: &AuditEntry,
    by_name: &str,
    delay: TimeDelta,
    confirmation: &str,
) -> Result<PendingErasure, DataError> {
    if !delete_confirmed(confirmation) {
        return Err(DataError::NotConfirmed);
    }
    if pending(store).await?.is_some() {
        return Err(DataError::AlreadyPending);
    }
    // A running sync does not stop scheduling: the erasure waits for it when due.
    let now = Utc::now();
    let erasure =
        PendingErasure { by: actor.actor.clone(), by_name: by_name.to_owned(), scheduled_at: now, due_at: now + delay };
    let text = serde_json::to_string(&erasure).unwrap_or_default();
    store.set_setting(PENDING_KEY, &text, Some(&erasure.by)).await?;
    let details = json!({ "scope": "everything", "due_at": erasure.due_at });
    let entry = AuditEntry { details, ..recorded(actor, AuditAction::DataErasureScheduled, AuditOutcome::Ok) };
    // Scheduled already (and shown to every admin); a failure to record it is in the server's log.
    let _ = audit::append(store, &entry).await;
    Ok(erasure)
}

/// Cancels the pending erasure for `actor`; audited. What was cancelled, if anything was pending.
pub async fn cancel(store: &dyn Store, actor: &AuditEntry) -> Result<Option<PendingErasure>, DataError> {
    let Some(erasure) = pending(store).await? else { return Ok(None) };
    store.set_setting(PENDING_KEY, "", Some(&actor.actor)).await?;
    let details = json!({ "scheduled_by": erasure.by, "scheduled_at": erasure.scheduled_at, "due_at": erasure.due_at });
    let entry = AuditEntry { details, ..recorded(actor, AuditAction::DataErasureCancelled, AuditOutcome::Ok) };
    let _ = audit::append(store, &entry).await;
    Ok(Some(erasure))
}

/// Carries out the pending erasure when it is due at `now`; what was carried out. The new log's
/// first entry (`data_deleted`) names who scheduled it and when.
pub async fn carry_out_if_due(
    store: &dyn Store,
    checkpoints: &crate::audit::Checkpoints,
    now: DateTime<Utc>,
) -> Result<Option<PendingErasure>, DataError> {
    let Some(erasure) = pending(store).await?.filter(|e| e.due_at <= now) else { return Ok(None) };
    delete_everything(store, checkpoints, &erasure.by, DELETE_WORD, Some(&erasure)).await?;
    Ok(Some(erasure))
}

/// `template`'s actor fields (who, how they came) on a new entry.
fn recorded(who: &AuditEntry, action: AuditAction, outcome: AuditOutcome) -> AuditEntry {
    AuditEntry {
        actor_name: who.actor_name.clone(),
        auth_via: who.auth_via.clone(),
        installation_id: who.installation_id.clone(),
        ..AuditEntry::new(&who.actor, action, outcome)
    }
}

/// The server's erasures: scheduling (after a fresh re-authentication), cancelling, what the
/// pages show, and the background task that carries a due one out.
pub struct Erasures {
    org: Arc<Org>,
    /// Stops a sync in progress before the erasure.
    syncer: Arc<Syncer>,
    checkpoints: Arc<crate::audit::Checkpoints>,
    access: Arc<Access>,
    delay: TimeDelta,
    /// Where admins reach the server, for the set-up link printed after an erasure.
    base: String,
    /// Checking that none is pending and writing the new one happen one caller at a time.
    lock: tokio::sync::Mutex<()>,
    /// Wakes the background task when an erasure is scheduled or cancelled.
    wake: tokio::sync::Notify,
}

/// `UAM_ERASURE_DELAY_HOURS` as a duration (whole milliseconds; the setting is validated).
pub fn delay_of(hours: f64) -> TimeDelta {
    TimeDelta::milliseconds((hours * 3_600_000.0).round() as i64)
}

/// When the session the request came with was opened: for an Atlassian admin, the time of the
/// last Sign in with Atlassian (each sign-in opens a new session).
async fn session_started(access: &Access, headers: &http::HeaderMap) -> Option<DateTime<Utc>> {
    let cookies = crate::prefs::cookies(headers);
    let id = app::prefs::cookie_value(&cookies, access.cookies.session())?;
    let record = access.org.store().session(&crate::auth::session::digest(id)).await.ok()??;
    Some(record.created_at)
}

impl Erasures {
    pub fn new(
        org: Arc<Org>,
        syncer: Arc<Syncer>,
        checkpoints: Arc<crate::audit::Checkpoints>,
        access: Arc<Access>,
        delay_hours: f64,
        base: String,
    ) -> Erasures {
        Erasures {
            org,
            syncer,
            checkpoints,
            access,
            delay: delay_of(delay_hours),
            base,
            lock: tokio::sync::Mutex::new(()),
            wake: tokio::sync::Notify::new(),
        }
    }

    fn store(&self) -> &dyn Store {
        self.org.store().as_ref()
    }

    /// How `who` confirms an erasure, as the Settings form asks for it.
    async fn reauth_kind(&self, who: &SignedIn, started: Option<DateTime<Utc>>) -> ReauthKind {
        match who.via {
            SignInMethod::Forge => ReauthKind::Panel,
            SignInMethod::Atlassian => {
                ReauthKind::Atlassian { fresh: started.is_some_and(|at| Utc::now() - at < FRESH_SIGN_IN) }
            }
            SignInMethod::Local => {
                let has_totp = self.store().local_admin(&who.account_id).await.ok().flatten().is_some_and(|a| a.totp);
                ReauthKind::Password { totp: has_totp || self.access.local.require_totp }
            }
        }
    }

    /// Whether `who` proved again who they are: the password (and code) of a local admin, a
    /// recent Sign in with Atlassian; never the Jira panel. A refusal is audited.
    async fn reauthenticate(
        &self,
        who: &SignedIn,
        request: &EraseRequest,
        started: Option<DateTime<Utc>>,
        address: &str,
    ) -> Result<(), DataError> {
        let outcome = match self.reauth_kind(who, started).await {
            ReauthKind::Panel => Err(DataError::PanelRefused),
            ReauthKind::Atlassian { fresh: true } => Ok(()),
            ReauthKind::Atlassian { fresh: false } => Err(DataError::ReauthStale),
            ReauthKind::Password { .. } => {
                let password = request.password.as_deref().unwrap_or_default();
                let code = request.code.as_deref().map(str::trim).filter(|c| !c.is_empty());
                match self.access.check_local(&who.account_id, password, code, address).await {
                    Ok(again) if again.account_id == who.account_id => Ok(()),
                    // A wrong password, a wrong code and a lockout answer alike.
                    _ => Err(DataError::ReauthFailed),
                }
            }
        };
        if let Err(error) = &outcome {
            let details = json!({ "reason": error.notice() });
            let entry = AuditEntry {
                details,
                ..AuditEntry::new("", AuditAction::DataErasureScheduled, AuditOutcome::Denied).by(who)
            };
            let _ = audit::append(self.store(), &entry).await;
        }
        outcome
    }

    /// Schedules deleting everything for `who`, after the typed confirmation and a fresh
    /// re-authentication.
    pub async fn schedule(
        &self,
        who: &SignedIn,
        request: &EraseRequest,
        headers: &http::HeaderMap,
        address: &str,
    ) -> Result<PendingErasure, DataError> {
        if who.via != SignInMethod::Forge && !delete_confirmed(&request.confirm) {
            return Err(DataError::NotConfirmed);
        }
        let started = session_started(&self.access, headers).await;
        self.reauthenticate(who, request, started, address).await?;
        let _one = self.lock.lock().await;
        let actor = AuditEntry::new("", "", "").by(who);
        let erasure = schedule(self.store(), &actor, &who.name, self.delay, &request.confirm).await?;
        self.wake.notify_one();
        Ok(erasure)
    }

    /// Any admin may cancel (from the panel too: cancelling only keeps data).
    pub async fn cancel(&self, who: &SignedIn) -> Result<Option<PendingErasure>, DataError> {
        let _one = self.lock.lock().await;
        let cancelled = cancel(self.store(), &AuditEntry::new("", "", "").by(who)).await?;
        self.wake.notify_one();
        Ok(cancelled)
    }

    pub async fn status(&self, who: &SignedIn, headers: &http::HeaderMap) -> Result<ErasureStatus, DataError> {
        let started = session_started(&self.access, headers).await;
        Ok(ErasureStatus {
            pending: pending(self.store()).await?,
            delay_hours: self.delay.num_milliseconds() as f64 / 3_600_000.0,
            reauth: self.reauth_kind(who, started).await,
        })
    }

    /// Carries out the pending erasure when it is due (at start too, if it became due while the
    /// server was stopped); until the task is dropped.
    pub async fn run(self: Arc<Self>) {
        loop {
            let wait = self.tick().await;
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                () = self.wake.notified() => {}
            }
        }
    }

    /// Stops [`Erasures::run`] between two looks, never in the middle of an erasure: the
    /// database's erasure and its signed record in the checkpoints belong together, and a server
    /// stopped between them would leave a log that `uam audit verify` cannot vouch for.
    pub async fn stop(&self, task: tokio::task::JoinHandle<()>) {
        let _between_looks = self.lock.lock().await;
        task.abort();
    }

    /// One look at the pending erasure; how long until the next.
    async fn tick(&self) -> std::time::Duration {
        use std::time::Duration;
        let _one = self.lock.lock().await;
        let now = Utc::now();
        match pending(self.store()).await {
            Ok(None) => Duration::from_secs(60),
            Ok(Some(erasure)) if erasure.due_at > now => {
                (erasure.due_at - now).to_std().unwrap_or_default().min(Duration::from_secs(60))
            }
            Ok(Some(_)) => match carry_out_if_due(self.store(), &self.checkpoints, now).await {
                Ok(_) => {
                    self.after_erasure().await;
                    Duration::from_secs(60)
                }
                Err(DataError::SyncRunning) => {
                    // The admins had the whole delay to cancel the erasure; a sync that started
                    // meanwhile does not postpone it: it is stopped, and the erasure follows.
                    tracing::info!("the scheduled erasure stops the running sync first");
                    self.syncer.cancel();
                    Duration::from_secs(1)
                }
                Err(error) => {
                    tracing::error!(%error, "cannot carry out the scheduled erasure");
                    Duration::from_secs(30)
                }
            },
            Err(error) => {
                tracing::error!(%error, "cannot read the pending erasure");
                Duration::from_secs(30)
            }
        }
    }

    /// Everything is gone: serve the empty state, and print the link that creates the first
    /// admin again.
    async fn after_erasure(&self) {
        tracing::info!("everything was deleted, as scheduled");
        if let Err(error) = self.org.refresh().await {
            tracing::warn!(%error, "could not reload after deleting everything");
        }
        if let Ok(Some(token)) = self.access.setup_token().await {
            // Printed for the operator, never logged: the link is a credential until it is used.
            println!(
                "Everything was deleted. Create the first admin account again at: {}/setup?token={token}",
                self.base
            );
        }
    }
}

/// The Settings page's export and delete buttons and the dashboard's Cancel: plain form posts,
/// so the download, the confirmation and the cancel work without the script.
pub mod routes {
    use std::{net::SocketAddr, sync::Arc};

    use app::{api::data::EraseRequest, auth::SignedIn};
    use axum::{
        Extension, Form, Router,
        extract::{ConnectInfo, State},
        response::{IntoResponse, Redirect, Response},
        routing::post,
    };
    use http::{HeaderMap, HeaderValue, header};
    use secrecy::{ExposeSecret, SecretString};
    use serde::Deserialize;

    use super::{Erasures, export, file_name};
    use crate::org::Org;

    pub struct DataState {
        pub org: Arc<Org>,
        pub erasures: Arc<Erasures>,
        /// The organisation's id or name, for the archive's file name.
        pub org_name: String,
    }

    pub fn routes(state: Arc<DataState>) -> Router {
        Router::new()
            .route("/data/export", post(export_all))
            .route("/data/delete", post(delete_all))
            .route("/data/cancel", post(cancel))
            .with_state(state)
    }

    async fn export_all(State(state): State<Arc<DataState>>, Extension(who): Extension<SignedIn>) -> Response {
        let index = state.org.index();
        match export(state.org.store().as_ref(), &index, &state.org_name, &who.actor()).await {
            Ok(bytes) => {
                let disposition =
                    format!("attachment; filename=\"{}\"", file_name(&state.org_name, chrono::Utc::now()));
                let mut response = bytes.into_response();
                let headers = response.headers_mut();
                headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/gzip"));
                if let Ok(value) = HeaderValue::from_str(&disposition) {
                    headers.insert(header::CONTENT_DISPOSITION, value);
                }
                response
            }
            Err(error) => {
                tracing::error!(%error, "the data export failed");
                Redirect::to("/settings?data=export-failed").into_response()
            }
        }
    }

    /// The delete form: the typed confirmation, and the password and code of a local admin.
    #[derive(Deserialize)]
    struct DeleteForm {
        confirm: String,
        #[serde(default)]
        password: Option<SecretString>,
        #[serde(default)]
        totp: Option<String>,
    }

    /// The client's address, for the sign-in limiter the password check goes through.
    pub(crate) fn address(connect: Option<&ConnectInfo<SocketAddr>>) -> String {
        connect.map(|c| c.0.ip().to_string()).unwrap_or_else(|| "unknown".to_owned())
    }

    async fn delete_all(
        State(state): State<Arc<DataState>>,
        Extension(who): Extension<SignedIn>,
        connect: Option<Extension<ConnectInfo<SocketAddr>>>,
        headers: HeaderMap,
        Form(form): Form<DeleteForm>,
    ) -> Response {
        let request = EraseRequest {
            confirm: form.confirm,
            password: form.password.map(|p| p.expose_secret().to_owned()),
            code: form.totp,
        };
        let address = address(connect.as_ref().map(|c| &c.0));
        let notice = match state.erasures.schedule(&who, &request, &headers, &address).await {
            Ok(_) => "scheduled",
            Err(error) => {
                if error.notice() == "delete-failed" {
                    tracing::error!(%error, "scheduling the erasure failed");
                }
                error.notice()
            }
        };
        Redirect::to(&format!("/settings?data={notice}")).into_response()
    }

    #[derive(Deserialize)]
    struct CancelForm {
        /// The page to go back to (the dashboard, or Settings).
        #[serde(default)]
        next: Option<String>,
    }

    async fn cancel(
        State(state): State<Arc<DataState>>,
        Extension(who): Extension<SignedIn>,
        Form(form): Form<CancelForm>,
    ) -> Response {
        let back = if form.next.as_deref() == Some("/settings") { "/settings" } else { "/" };
        match state.erasures.cancel(&who).await {
            Ok(_) => Redirect::to(&format!("{back}?erasure=cancelled")).into_response(),
            Err(error) => {
                tracing::error!(%error, "cancelling the erasure failed");
                Redirect::to(&format!("{back}?erasure=cancel-failed")).into_response()
            }
        }
    }
}
