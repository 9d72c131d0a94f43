//! Signed checkpoints: now and then the head of the audit log (`seq`, `hash`, time) is
//! signed with an Ed25519 key that is not in the database and appended, one JSON line each, to a
//! sink file outside it (and written to the log stream). Whoever can rewrite the database cannot
//! sign, so a log cut short or rewritten before the last checkpoint no longer matches it.
//!
//! "Delete everything" starts a new log at `seq` 1; it appends a signed `reset` record for the
//! new log's first entry, and verification reads only the checkpoints after the last reset (the
//! new epoch). A reset cannot be forged either.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use base64::{Engine as _, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::store::audit_hash::{sha256_hex, time_text};
use crate::store::{Store, StoreError};

/// How often the server checkpoints the head when it has moved.
pub const CHECKPOINT_EVERY: Duration = Duration::from_secs(5 * 60);

/// How many entries the server appends before it checkpoints the head, whatever the time
/// (`UAM_AUDIT_CHECKPOINT_ENTRIES`): a busy hour is never more than this many entries unsigned.
pub const CHECKPOINT_ENTRIES: u64 = 100;

/// The setting under which the database remembers the newest checkpoint this server wrote to the
/// sink ([`Mark`]): a sink deleted, replaced or cut short no longer holds it, and verification
/// says so instead of taking it for "no checkpoint yet".
pub const MARK_SETTING: &str = "audit_checkpoint_written";

/// The newest checkpoint written to the sink, as the database remembers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub seq: i64,
    pub hash: String,
    /// RFC 3339, as in the sink.
    pub at: String,
}

impl Mark {
    /// The mark in `store`; none before the first checkpoint (or after everything was deleted).
    /// One that cannot be read is damage, reported as such.
    pub async fn read(store: &dyn Store) -> Result<Option<Mark>, StoreError> {
        let Some(text) = store.setting(MARK_SETTING).await? else { return Ok(None) };
        serde_json::from_str(&text).map(Some).map_err(|e| StoreError::Corrupt(format!("{MARK_SETTING}: {e}")))
    }
}

/// What is signed is tagged, so a signature made for anything else never passes for a checkpoint.
const SIGNED_TAG: &str = "uam-audit-checkpoint/1";

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("cannot read or write {path}: {source}")]
    Io { path: String, source: io::Error },
    #[error("the audit signing key file {path} does not hold a base64-encoded 32-byte Ed25519 key")]
    BadKey { path: String },
    #[error(
        "the audit public key {path} is not the signing key's: restore the matching pair (or remove the public key file to have it written again)"
    )]
    KeyMismatch { path: String },
    #[error("no audit signing key is loaded here, so no checkpoint can be written")]
    NoSigningKey,
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> CheckpointError + '_ {
    move |source| CheckpointError::Io { path: path.display().to_string(), source }
}

/// Where the key pair and the sink are.
#[derive(Clone, Debug)]
pub struct CheckpointPaths {
    /// The private key (base64 of the 32-byte seed), mode 0600.
    pub key_file: PathBuf,
    /// The public key (base64), beside the private one: `<key file>.pub`.
    pub public_key_file: PathBuf,
    /// The append-only JSON-lines sink.
    pub sink: PathBuf,
}

impl CheckpointPaths {
    /// `UAM_AUDIT_KEY_FILE` (default `audit-signing.key` in the data folder) and
    /// `UAM_AUDIT_CHECKPOINTS` (default `audit-checkpoints.jsonl` there).
    pub fn new(data_dir: &Path, key_file: Option<&Path>, sink: Option<&Path>) -> CheckpointPaths {
        let key_file = key_file.map_or_else(|| data_dir.join("audit-signing.key"), Path::to_path_buf);
        let mut public = key_file.clone().into_os_string();
        public.push(".pub");
        CheckpointPaths {
            key_file,
            public_key_file: PathBuf::from(public),
            sink: sink.map_or_else(|| data_dir.join("audit-checkpoints.jsonl"), Path::to_path_buf),
        }
    }
}

/// A checkpoint as the Audit page and `uam audit verify` show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckpointInfo {
    pub seq: i64,
    pub hash: String,
    pub at: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckpointKind {
    /// The head of the log at `at`.
    Checkpoint,
    /// Everything was deleted: a new log starts at `seq` (1) with `hash`; earlier checkpoints
    /// belong to the deleted log.
    Reset,
}

/// What a reset says about the log it replaced when everything was erased: who did it,
/// and the erased log as it stood, so the erasure stays on signed record after its entries are gone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasedLog {
    /// The audit actor the erasure is carried out for (who scheduled it, or `cli`).
    pub by: String,
    /// How many entries the erased log held.
    pub entries: u64,
    /// Its last entry (0 and an empty hash when it was empty).
    pub last_seq: i64,
    pub last_hash: String,
}

/// One line of the sink, as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedCheckpoint {
    pub kind: CheckpointKind,
    pub seq: i64,
    pub hash: String,
    /// RFC 3339, exactly as signed.
    pub at: String,
    /// Which key signed: the first 16 hex digits of the SHA-256 of its public key.
    pub key_id: String,
    /// Base64 Ed25519 signature of the tagged JSON array `[tag, kind, seq, hash, at]` (with
    /// `erased` as a sixth element when there is one).
    pub signature: String,
    /// On a reset that erased the log: what was erased, signed with the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erased: Option<ErasedLog>,
}

impl SignedCheckpoint {
    fn message(kind: CheckpointKind, seq: i64, hash: &str, at: &str) -> Vec<u8> {
        serde_json::json!([SIGNED_TAG, kind, seq, hash, at]).to_string().into_bytes()
    }

    /// What is signed: the record's fields, and an erasure's details when it has them (records
    /// without them are signed as before, so older sinks still verify).
    fn signed_message(&self) -> Vec<u8> {
        match &self.erased {
            None => Self::message(self.kind, self.seq, &self.hash, &self.at),
            Some(erased) => serde_json::json!([SIGNED_TAG, self.kind, self.seq, self.hash, self.at, erased])
                .to_string()
                .into_bytes(),
        }
    }

    /// Whether `public` signed exactly this record.
    pub fn signed_by(&self, public: &VerifyingKey) -> bool {
        if self.key_id != key_id(public) {
            return false;
        }
        let Ok(bytes) = STANDARD.decode(&self.signature) else { return false };
        let Ok(signature) = Signature::from_slice(&bytes) else { return false };
        public.verify_strict(&self.signed_message(), &signature).is_ok()
    }

    pub fn info(&self) -> Option<CheckpointInfo> {
        let at = DateTime::parse_from_rfc3339(&self.at).ok()?.with_timezone(&Utc);
        Some(CheckpointInfo { seq: self.seq, hash: self.hash.clone(), at })
    }
}

/// A line of the sink as read back: the record, if the line parses, and whether it is genuine.
#[derive(Clone, Debug)]
pub struct SinkLine {
    /// 1-based.
    pub line: usize,
    pub record: Option<SignedCheckpoint>,
    pub genuine: bool,
}

/// The first 16 hex digits of the SHA-256 of the public key.
pub fn key_id(public: &VerifyingKey) -> String {
    sha256_hex(public.as_bytes())[..16].to_owned()
}

/// The running server's checkpoint writer (and what verification checks against).
pub struct Checkpoints {
    signer: Option<SigningKey>,
    public: Option<VerifyingKey>,
    paths: CheckpointPaths,
    /// The last checkpoint written or read from the sink; held while writing, so checkpoints and
    /// resets from this process never interleave.
    last: tokio::sync::Mutex<Option<SignedCheckpoint>>,
    /// Checkpoint after this many appended entries too (0: only on the timer).
    entries: u64,
}

impl std::fmt::Debug for Checkpoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checkpoints")
            .field("key_id", &self.key_id())
            .field("sink", &self.paths.sink)
            .field("can_sign", &self.signer.is_some())
            .finish()
    }
}

fn decode_key(text: &str, path: &Path) -> Result<[u8; 32], CheckpointError> {
    STANDARD
        .decode(text.trim())
        .ok()
        .and_then(|bytes| <[u8; 32]>::try_from(bytes.as_slice()).ok())
        .ok_or_else(|| CheckpointError::BadKey { path: path.display().to_string() })
}

fn read_optional(path: &Path) -> Result<Option<String>, CheckpointError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(io_error(path)(error)),
    }
}

impl Checkpoints {
    /// For the server (and `uam data delete`): loads the signing key, creating it (mode 0600,
    /// with the public key beside it) when it does not exist yet.
    pub fn open(paths: CheckpointPaths) -> Result<Checkpoints, CheckpointError> {
        let signer = match read_optional(&paths.key_file)? {
            Some(text) => SigningKey::from_bytes(&decode_key(&text, &paths.key_file)?),
            None => {
                let mut seed = [0u8; 32];
                aes_gcm::aead::rand_core::RngCore::fill_bytes(&mut aes_gcm::aead::OsRng, &mut seed);
                let key = SigningKey::from_bytes(&seed);
                crate::secrets::write_private(&paths.key_file, format!("{}\n", STANDARD.encode(seed)).as_bytes())
                    .map_err(io_error(&paths.key_file))?;
                tracing::info!(
                    path = %paths.key_file.display(),
                    key_id = key_id(&key.verifying_key()),
                    "created the key that signs audit checkpoints; keep it out of the database's backups"
                );
                key
            }
        };
        let public = signer.verifying_key();
        match read_optional(&paths.public_key_file)? {
            Some(text) if decode_key(&text, &paths.public_key_file)? != public.to_bytes() => {
                return Err(CheckpointError::KeyMismatch { path: paths.public_key_file.display().to_string() });
            }
            Some(_) => {}
            None => std::fs::write(&paths.public_key_file, format!("{}\n", STANDARD.encode(public.as_bytes())))
                .map_err(io_error(&paths.public_key_file))?,
        }
        let mut checkpoints = Checkpoints {
            signer: Some(signer),
            public: Some(public),
            paths,
            last: tokio::sync::Mutex::new(None),
            entries: CHECKPOINT_ENTRIES,
        };
        let last = checkpoints.read()?.into_iter().rev().find(|l| l.genuine).and_then(|l| l.record);
        *checkpoints.last.get_mut() = last;
        Ok(checkpoints)
    }

    /// For verification only: the public key file (or, without it, the signing key's public half);
    /// creates nothing. Without either, every checkpoint in the sink fails verification.
    pub fn open_for_verification(paths: CheckpointPaths) -> Result<Checkpoints, CheckpointError> {
        let public = match read_optional(&paths.public_key_file)? {
            Some(text) => Some(
                VerifyingKey::from_bytes(&decode_key(&text, &paths.public_key_file)?)
                    .map_err(|_| CheckpointError::BadKey { path: paths.public_key_file.display().to_string() })?,
            ),
            None => read_optional(&paths.key_file)?
                .map(|text| decode_key(&text, &paths.key_file))
                .transpose()?
                .map(|seed| SigningKey::from_bytes(&seed).verifying_key()),
        };
        Ok(Checkpoints { signer: None, public, paths, last: tokio::sync::Mutex::new(None), entries: 0 })
    }

    /// Checkpoints after every `entries` appended entries as well as on the timer (0: only on
    /// the timer).
    pub fn every_entries(self, entries: u64) -> Checkpoints {
        Checkpoints { entries, ..self }
    }

    pub fn paths(&self) -> &CheckpointPaths {
        &self.paths
    }

    /// The id of the key checkpoints are checked with (and, in the server, signed with).
    pub fn key_id(&self) -> Option<String> {
        self.public.as_ref().map(key_id)
    }

    /// Every line of the sink, oldest first, each with whether its signature is genuine. No sink
    /// yet is no checkpoint yet.
    pub fn read(&self) -> Result<Vec<SinkLine>, CheckpointError> {
        let text = self.complete_lines()?;
        Ok(text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                let record: Option<SignedCheckpoint> = serde_json::from_str(line).ok();
                let genuine = match (&record, &self.public) {
                    (Some(record), Some(public)) => record.signed_by(public),
                    _ => false,
                };
                SinkLine { line: i + 1, record, genuine }
            })
            .collect())
    }

    /// The sink's complete lines (none when there is no sink). A last line without its newline
    /// is still being written (by the server, while this reads), or was cut short: it is not a
    /// checkpoint.
    fn complete_lines(&self) -> Result<String, CheckpointError> {
        let Some(mut text) = read_optional(&self.paths.sink)? else { return Ok(String::new()) };
        if !text.ends_with('\n') {
            text.truncate(text.rfind('\n').map_or(0, |i| i + 1));
        }
        Ok(text)
    }

    /// The records of the sink's complete lines, signatures unchecked (cheaper than [`Self::read`]).
    fn read_records(&self) -> Result<Vec<SignedCheckpoint>, CheckpointError> {
        Ok(self.complete_lines()?.lines().filter_map(|line| serde_json::from_str(line).ok()).collect())
    }

    fn sign(
        &self,
        kind: CheckpointKind,
        seq: i64,
        hash: &str,
        at: DateTime<Utc>,
    ) -> Result<SignedCheckpoint, CheckpointError> {
        self.sign_with(kind, seq, hash, at, None)
    }

    fn sign_with(
        &self,
        kind: CheckpointKind,
        seq: i64,
        hash: &str,
        at: DateTime<Utc>,
        erased: Option<ErasedLog>,
    ) -> Result<SignedCheckpoint, CheckpointError> {
        let signer = self.signer.as_ref().ok_or(CheckpointError::NoSigningKey)?;
        let mut record = SignedCheckpoint {
            kind,
            seq,
            hash: hash.to_owned(),
            at: time_text(at),
            key_id: key_id(&signer.verifying_key()),
            signature: String::new(),
            erased,
        };
        record.signature = STANDARD.encode(signer.sign(&record.signed_message()).to_bytes());
        Ok(record)
    }

    /// Opens the sink for appending (created mode 0600 when missing).
    fn open_sink(&self) -> Result<std::fs::File, CheckpointError> {
        let mut options = std::fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options.open(&self.paths.sink).map_err(io_error(&self.paths.sink))
    }

    /// Appends the record to the sink (one line, flushed to disk) and to the log stream.
    fn append(&self, sink: &mut std::fs::File, record: &SignedCheckpoint) -> Result<(), CheckpointError> {
        let mut line = serde_json::to_string(record).map_err(|e| io_error(&self.paths.sink)(e.into()))?;
        line.push('\n');
        sink.write_all(line.as_bytes()).and_then(|()| sink.sync_data()).map_err(io_error(&self.paths.sink))?;
        tracing::info!(
            target: "audit_checkpoint",
            kind = ?record.kind,
            seq = record.seq,
            hash = %record.hash,
            at = %record.at,
            key_id = %record.key_id,
            signature = %record.signature,
            "audit checkpoint"
        );
        Ok(())
    }

    /// Signs and writes the head of the log, unless it is what the last checkpoint already says
    /// (or the log is empty); what was written.
    pub async fn checkpoint(&self, store: &dyn Store) -> Result<Option<CheckpointInfo>, CheckpointError> {
        let mut last = self.last.lock().await;
        let Some(head) = store.audit_head().await? else { return Ok(None) };
        if last.as_ref().is_some_and(|l| l.seq == head.seq && l.hash == head.hash) {
            return Ok(None);
        }
        let record = self.sign(CheckpointKind::Checkpoint, head.seq, &head.hash, Utc::now())?;
        self.append(&mut self.open_sink()?, &record)?;
        self.remember(store, &record).await;
        let info = record.info();
        *last = Some(record);
        Ok(info)
    }

    /// Records `written` as the newest checkpoint in the database, unless the sink has lost the
    /// one recorded before: that mark is then kept, so verification goes on reporting the loss
    /// until the sink is restored (a fresh checkpoint must not paper over it).
    async fn remember(&self, store: &dyn Store, written: &SignedCheckpoint) {
        let kept = match Mark::read(store).await {
            Ok(Some(mark)) => match self.holds(&mark) {
                Ok(true) => None,
                Ok(false) => Some(mark),
                Err(error) => {
                    tracing::error!(%error, "cannot read the audit checkpoints back");
                    return;
                }
            },
            Ok(None) => None,
            Err(error) => {
                tracing::error!(%error, "cannot read which audit checkpoint was written last");
                return;
            }
        };
        if let Some(mark) = kept {
            tracing::error!(
                seq = mark.seq,
                sink = %self.paths.sink.display(),
                "the audit checkpoints file no longer holds the checkpoint of this entry: it was deleted, replaced or cut short; restore it from your copy"
            );
            return;
        }
        let mark = Mark { seq: written.seq, hash: written.hash.clone(), at: written.at.clone() };
        let text = serde_json::json!(mark).to_string();
        if let Err(error) = store.set_setting(MARK_SETTING, &text, None).await {
            tracing::error!(%error, "cannot record which audit checkpoint was written last");
        }
    }

    /// Whether a complete line of the sink is the checkpoint `mark` names (its signature is
    /// verification's business).
    pub fn holds(&self, mark: &Mark) -> Result<bool, CheckpointError> {
        Ok(self.read_records()?.iter().any(|r| r.seq == mark.seq && r.hash == mark.hash))
    }

    /// Deletes everything through `delete` (which must leave a new log, see
    /// [`crate::store::DataStore::delete_everything`]) for `by`, then appends a signed reset for
    /// the new log's first entry. The sink is opened first, so a sink that cannot be written stops
    /// the deletion before anything is deleted. Before deleting, the log's head is checkpointed,
    /// and the reset carries what was erased: the erased log stays on signed record.
    pub async fn reset_after<F, E>(&self, store: &dyn Store, by: &str, delete: F) -> Result<(), E>
    where
        F: std::future::Future<Output = Result<(), E>>,
        E: From<CheckpointError>,
    {
        let mut last = self.last.lock().await;
        if self.signer.is_none() {
            return Err(CheckpointError::NoSigningKey.into());
        }
        let mut sink = self.open_sink()?;
        let erased = self.checkpoint_before_erasure(store, &mut sink, &mut last, by).await?;
        delete.await?;
        let first = store.audit_entries(0, 1).await.map_err(CheckpointError::from)?;
        let Some(first) = first.into_iter().next() else { return Ok(()) };
        let record = self.sign_with(CheckpointKind::Reset, first.seq, &first.hash, Utc::now(), Some(erased))?;
        self.append(&mut sink, &record)?;
        *last = Some(record);
        Ok(())
    }

    /// Signs the head of the log about to be erased (unless the last checkpoint already is it),
    /// and counts its entries: what the erasure's reset records.
    async fn checkpoint_before_erasure(
        &self,
        store: &dyn Store,
        sink: &mut std::fs::File,
        last: &mut Option<SignedCheckpoint>,
        by: &str,
    ) -> Result<ErasedLog, CheckpointError> {
        let mut erased = ErasedLog { by: by.to_owned(), entries: 0, last_seq: 0, last_hash: String::new() };
        let mut after = 0;
        loop {
            let page = store.audit_entries(after, 10_000).await?;
            let Some(tail) = page.last() else { break };
            after = tail.seq;
            erased.entries += page.len() as u64;
            erased.last_seq = tail.seq;
            erased.last_hash.clone_from(&tail.hash);
        }
        let signed = last.as_ref().is_some_and(|l| l.seq == erased.last_seq && l.hash == erased.last_hash);
        if erased.entries > 0 && !signed {
            let record = self.sign(CheckpointKind::Checkpoint, erased.last_seq, &erased.last_hash, Utc::now())?;
            self.append(sink, &record)?;
            *last = Some(record);
        }
        Ok(erased)
    }

    /// Checkpoints every `every` when the head has moved, until the task is dropped.
    pub async fn run(self: Arc<Self>, store: Arc<dyn Store>, every: Duration) {
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut appends = store.audit_appends();
        let mut counting = self.entries > 0;
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                changed = appends.changed(), if counting => {
                    if changed.is_err() {
                        counting = false;
                        continue;
                    }
                    // Every N entries, counted from the last checkpoint (a reset or one the
                    // timer wrote included).
                    let head = *appends.borrow_and_update();
                    let signed = self.last.lock().await.as_ref().map_or(0, |l| l.seq);
                    if head.saturating_sub(signed) < i64::try_from(self.entries).unwrap_or(i64::MAX) {
                        continue;
                    }
                }
            }
            if let Err(error) = self.checkpoint(store.as_ref()).await {
                tracing::error!(%error, "cannot write the audit checkpoint");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(dir: &Path) -> CheckpointPaths {
        CheckpointPaths::new(dir, None, None)
    }

    #[test]
    fn the_key_is_created_once_private_with_its_public_half_beside_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = Checkpoints::open(paths(dir.path())).expect("created");
        let again = Checkpoints::open(paths(dir.path())).expect("loaded");
        assert_eq!(first.key_id(), again.key_id());
        let p = paths(dir.path());
        assert!(p.public_key_file.ends_with("audit-signing.key.pub"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p.key_file).expect("key file").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let verifier = Checkpoints::open_for_verification(p).expect("public key");
        assert_eq!(verifier.key_id(), first.key_id());
        assert!(matches!(
            verifier.sign(CheckpointKind::Checkpoint, 1, "h", Utc::now()),
            Err(CheckpointError::NoSigningKey)
        ));
    }

    /// What an erasure's reset says about the erased log is signed with it.
    #[test]
    fn an_erasure_record_is_signed_with_what_was_erased() {
        let dir = tempfile::tempdir().expect("temp dir");
        let checkpoints = Checkpoints::open(paths(dir.path())).expect("created");
        let public = checkpoints.public.expect("public key");
        let erased = ErasedLog { by: "local:a".into(), entries: 42, last_seq: 42, last_hash: "c".repeat(64) };
        let record = checkpoints
            .sign_with(CheckpointKind::Reset, 1, &"d".repeat(64), Utc::now(), Some(erased.clone()))
            .expect("signed");
        assert!(record.signed_by(&public));
        for forged in [
            SignedCheckpoint { erased: Some(ErasedLog { entries: 1, ..erased.clone() }), ..record.clone() },
            SignedCheckpoint { erased: Some(ErasedLog { by: "local:b".into(), ..erased.clone() }), ..record.clone() },
            SignedCheckpoint { erased: None, ..record.clone() },
        ] {
            assert!(!forged.signed_by(&public), "{forged:?}");
        }
    }

    #[test]
    fn a_public_key_that_is_not_the_signing_keys_stops_start_up() {
        let dir = tempfile::tempdir().expect("temp dir");
        Checkpoints::open(paths(dir.path())).expect("created");
        let other = SigningKey::from_bytes(&[7u8; 32]).verifying_key();
        std::fs::write(paths(dir.path()).public_key_file, STANDARD.encode(other.as_bytes())).expect("written");
        assert!(matches!(Checkpoints::open(paths(dir.path())), Err(CheckpointError::KeyMismatch { .. })));
    }

    #[test]
    fn signatures_hold_only_for_the_exact_record_and_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let checkpoints = Checkpoints::open(paths(dir.path())).expect("created");
        let public = checkpoints.public.expect("public key");
        let record = checkpoints.sign(CheckpointKind::Checkpoint, 42, &"a".repeat(64), Utc::now()).expect("signed");
        assert!(record.signed_by(&public));
        for forged in [
            SignedCheckpoint { seq: 41, ..record.clone() },
            SignedCheckpoint { hash: "b".repeat(64), ..record.clone() },
            SignedCheckpoint { kind: CheckpointKind::Reset, ..record.clone() },
            SignedCheckpoint { at: time_text(Utc::now() + chrono::TimeDelta::days(1)), ..record.clone() },
            SignedCheckpoint { signature: "not base64!".into(), ..record.clone() },
        ] {
            assert!(!forged.signed_by(&public), "{forged:?}");
        }
        // A record signed by another key (with that key's id) does not pass for ours.
        let other = SigningKey::from_bytes(&[9u8; 32]);
        let message = SignedCheckpoint::message(record.kind, record.seq, &record.hash, &record.at);
        let theirs = SignedCheckpoint {
            key_id: key_id(&public),
            signature: STANDARD.encode(other.sign(&message).to_bytes()),
            ..record.clone()
        };
        assert!(!theirs.signed_by(&public));
    }
}
