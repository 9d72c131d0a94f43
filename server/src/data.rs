//! Data protection: everything the product stores, exported as one archive or deleted. Both are
//! audited. The archive is a gzip-compressed tar of JSON files; secrets are never in it (only
//! what the Settings page shows about them), and neither are password hashes.

use std::io::Write;

use app::users::Thresholds;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::{
    auth::audit,
    snapshot::index::Index,
    store::{AuditEntry, Store, StoreError},
};

/// What the admin types to confirm deleting everything.
pub const DELETE_CONFIRMATION: &str = "DELETE";

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the archive: {0}")]
    Archive(#[from] std::io::Error),
    #[error("type {DELETE_CONFIRMATION} to confirm deleting everything")]
    NotConfirmed,
    #[error("a sync is running: cancel it (or wait for it to finish) first")]
    SyncRunning,
    #[error("cannot record the new audit log's start in the checkpoints: {0}")]
    Checkpoint(#[from] crate::audit::CheckpointError),
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
    audit(store, AuditEntry { details, ..AuditEntry::new(actor, "data_exported", "ok") }).await;
    Ok(bytes)
}

/// Deletes everything, after the typed confirmation; the new audit log starts with this. The
/// checkpoint sink then gets a signed reset for the new log's first entry: checkpoints of the
/// deleted log no longer apply, and nobody without the key can make that happen.
pub async fn delete_everything(
    store: &dyn Store,
    checkpoints: &crate::audit::Checkpoints,
    actor: &str,
    confirmation: &str,
) -> Result<(), DataError> {
    if confirmation.trim() != DELETE_CONFIRMATION {
        return Err(DataError::NotConfirmed);
    }
    let running =
        store.runs(1).await?.into_iter().next().is_some_and(|run| run.outcome == app::users::SyncOutcome::Running);
    if running {
        return Err(DataError::SyncRunning);
    }
    let entry =
        AuditEntry { details: json!({ "scope": "everything" }), ..AuditEntry::new(actor, "data_deleted", "ok") };
    checkpoints.reset_after(store, async { Ok::<_, DataError>(store.delete_everything(&entry).await?) }).await
}

/// The Settings page's export and delete buttons: plain form posts, so the download and the
/// confirmation work without the script.
pub mod routes {
    use std::sync::Arc;

    use app::auth::SignedIn;
    use axum::{
        Extension, Form, Router,
        extract::State,
        response::{IntoResponse, Redirect, Response},
        routing::post,
    };
    use http::{HeaderValue, StatusCode, header};
    use serde::Deserialize;

    use super::{DataError, delete_everything, export, file_name};
    use crate::{auth::Access, sync::Syncer};

    pub struct DataState {
        pub syncer: Arc<Syncer>,
        pub checkpoints: Arc<crate::audit::Checkpoints>,
        pub access: Arc<Access>,
        /// Where admins reach the server, for the new set-up link.
        pub base: String,
        /// The organisation's id or name, for the archive's file name.
        pub org: String,
    }

    pub fn routes(state: Arc<DataState>) -> Router {
        Router::new().route("/data/export", post(export_all)).route("/data/delete", post(delete_all)).with_state(state)
    }

    async fn export_all(State(state): State<Arc<DataState>>, Extension(who): Extension<SignedIn>) -> Response {
        let index = state.syncer.index();
        match export(state.syncer.store().as_ref(), &index, &state.org, &who.actor()).await {
            Ok(bytes) => {
                let disposition = format!("attachment; filename=\"{}\"", file_name(&state.org, chrono::Utc::now()));
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

    #[derive(Deserialize)]
    struct DeleteForm {
        confirm: String,
    }

    async fn delete_all(
        State(state): State<Arc<DataState>>,
        Extension(who): Extension<SignedIn>,
        Form(form): Form<DeleteForm>,
    ) -> Response {
        let store = state.syncer.store().as_ref();
        match delete_everything(store, &state.checkpoints, &who.actor(), &form.confirm).await {
            Ok(()) => {
                if let Err(error) = state.syncer.refresh().await {
                    tracing::warn!(%error, "could not reload after deleting everything");
                }
                if let Ok(Some(token)) = state.access.setup_token().await {
                    println!(
                        "Everything was deleted. Create the first admin account again at: {}/setup?token={token}",
                        state.base
                    );
                }
                let mut response = Redirect::to("/login?deleted=1").into_response();
                let clear = state.access.cookies.clear(state.access.cookies.session());
                if let Ok(value) = HeaderValue::from_str(&clear) {
                    response.headers_mut().append(header::SET_COOKIE, value);
                }
                response
            }
            Err(DataError::NotConfirmed) => Redirect::to("/settings?data=not-confirmed").into_response(),
            Err(DataError::SyncRunning) => Redirect::to("/settings?data=sync-running").into_response(),
            Err(error) => {
                tracing::error!(%error, "deleting everything failed");
                (StatusCode::INTERNAL_SERVER_ERROR, Redirect::to("/settings?data=delete-failed")).into_response()
            }
        }
    }
}
