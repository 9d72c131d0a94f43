//! The tamper-evident audit log on real SQLite files: the append-only triggers,
//! `uam audit verify` against every kind of tampering, signed checkpoints and forged ones,
//! retention pruning, and "delete everything" starting a new checkpoint epoch.

mod common;

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
    sync::Arc,
    time::Duration,
};

use chrono::{TimeDelta, Utc};
use serde_json::json;
use server::{
    audit::{CheckpointPaths, Checkpoints},
    store::{AuditEntry, Store},
};
use sqlx::{Connection, SqliteConnection};

const BINARY: &str = env!("CARGO_BIN_EXE_uam");

fn database(dir: &Path) -> PathBuf {
    dir.join("uam.sqlite3")
}

fn paths(dir: &Path) -> CheckpointPaths {
    CheckpointPaths::new(dir, None, None)
}

/// Entry number `n` of a test log: every few carry the detail columns, some a target.
fn entry(n: i64, at: chrono::DateTime<Utc>) -> AuditEntry {
    let mut entry = AuditEntry {
        at,
        target: (n % 2 == 0).then(|| format!("account-{n}")),
        details: json!({ "n": n, "note": format!("entry \"{n}\", with a comma") }),
        ..AuditEntry::new("system", "test_action", "ok")
    };
    if n % 3 == 0 {
        entry.actor_name = Some("Zoë Admin".into());
        entry.auth_via = Some("local".into());
        entry.atlassian_status = Some(204);
        entry.request_id = Some(format!("req-{n}"));
    }
    entry
}

/// A data folder whose log has 30 entries, checkpointed (signed) at entry 20.
async fn a_log(dir: &Path) {
    let store = server::store::open_sqlite(&database(dir)).await.expect("store");
    let checkpoints = Checkpoints::open(paths(dir)).expect("key");
    for n in 1..=30 {
        assert_eq!(store.append_audit(&entry(n, Utc::now())).await.expect("appended"), n);
        if n == 20 {
            let written = checkpoints.checkpoint(store.as_ref()).await.expect("checkpoint").expect("written");
            assert_eq!(written.seq, 20);
        }
    }
}

/// A copy of the data folder (database, key pair, checkpoints) that can be tampered with: the
/// copy's append-only triggers are dropped, as an intruder with the file would.
async fn tamperable_copy(from: &Path) -> (tempfile::TempDir, SqliteConnection) {
    let to = tempfile::tempdir().expect("temp dir");
    for name in ["audit-signing.key", "audit-signing.key.pub", "audit-checkpoints.jsonl"] {
        std::fs::copy(from.join(name), to.path().join(name)).expect("copied");
    }
    let mut original = connect(&database(from)).await;
    sqlx::query("VACUUM INTO ?")
        .bind(database(to.path()).to_string_lossy().into_owned())
        .execute(&mut original)
        .await
        .expect("copied the database");
    let mut copy = connect(&database(to.path())).await;
    sqlx::query("DROP TRIGGER audit_log_no_update").execute(&mut copy).await.expect("dropped");
    sqlx::query("DROP TRIGGER audit_log_no_delete").execute(&mut copy).await.expect("dropped");
    (to, copy)
}

async fn connect(path: &Path) -> SqliteConnection {
    SqliteConnection::connect(&format!("sqlite://{}", path.display())).await.expect("connects")
}

async fn exec(db: &mut SqliteConnection, sql: &str) {
    sqlx::query(sql).execute(db).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Runs `uam audit verify` on a data folder (off the async runtime).
async fn verify(dir: &Path) -> Output {
    let dir = dir.to_path_buf();
    tokio::task::spawn_blocking(move || {
        Command::new(BINARY)
            .args(["audit", "verify"])
            .env("UAM_DATA_DIR", &dir)
            .env_remove("UAM_DATABASE_PATH")
            .env_remove("UAM_AUDIT_KEY_FILE")
            .env_remove("UAM_AUDIT_CHECKPOINTS")
            .env("UAM_LOG", "warn")
            .output()
            .expect("uam runs")
    })
    .await
    .expect("joined")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `uam audit verify` fails and its message names `seq` and `kind` as the first problem.
async fn assert_fails_at(dir: &Path, seq: i64, kind: &str) {
    let output = verify(dir).await;
    let stderr = text(&output.stderr);
    assert!(!output.status.success(), "verify passed a tampered log: {}", text(&output.stdout));
    assert!(stderr.contains(&format!("NOT verified: entry {seq} {kind}:")), "wanted entry {seq} {kind}: {stderr}");
}

/// Tampers with a copy of `dir` through `sql`; `uam audit verify` must then name `seq` and `kind`.
async fn tampering_is_named(dir: &Path, sql: &[&str], seq: i64, kind: &str) {
    let (copy, mut db) = tamperable_copy(dir).await;
    for statement in sql {
        exec(&mut db, statement).await;
    }
    assert_fails_at(copy.path(), seq, kind).await;
}

#[tokio::test]
async fn a_clean_log_verifies_with_a_one_line_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let output = verify(dir.path()).await;
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("30 entries, seq 1 to 30; last checkpoint at seq 20"), "{stdout}");
}

#[tokio::test]
async fn a_modified_entry_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    tampering_is_named(dir.path(), &["UPDATE audit_log SET outcome = 'denied' WHERE seq = 7"], 7, "Modified").await;
    // A detail column too, on an entry after the last checkpoint.
    let sql = ["UPDATE audit_log SET request_id = 'req-x' WHERE seq = 27"];
    tampering_is_named(dir.path(), &sql, 27, "Modified").await;
}

#[tokio::test]
async fn a_deleted_entry_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    tampering_is_named(dir.path(), &["DELETE FROM audit_log WHERE seq = 12"], 12, "Deleted").await;
    // The oldest entries, with no pruning recorded.
    tampering_is_named(dir.path(), &["DELETE FROM audit_log WHERE seq <= 3"], 1, "Deleted").await;
}

#[tokio::test]
async fn an_inserted_entry_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let store = server::store::open_sqlite(&database(dir.path())).await.expect("store");
    let before = store.audit_entries(13, 1).await.expect("read").remove(0);
    assert_eq!(before.seq, 14);
    let (copy, mut db) = tamperable_copy(dir.path()).await;
    // Make room at 15 and put a well-chained forgery there.
    exec(&mut db, "UPDATE audit_log SET seq = -seq WHERE seq >= 15").await;
    exec(&mut db, "UPDATE audit_log SET seq = 1 - seq WHERE seq < 0").await;
    let forged = AuditEntry { at: Utc::now(), ..AuditEntry::new("system", "forged", "ok") };
    let hash = server::audit::entry_hash(&before.hash, 15, &forged);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_hash, hash)
         VALUES (15, ?, 'system', 'forged', NULL, 'ok', '{}', ?, ?)",
    )
    .bind(server::store::audit_hash::time_text(forged.at))
    .bind(&before.hash)
    .bind(&hash)
    .execute(&mut db)
    .await
    .expect("inserted");
    assert_fails_at(copy.path(), 15, "Inserted").await;
}

#[tokio::test]
async fn reordered_entries_are_named_at_the_first_moved() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    // Swap the whole contents of entries 5 and 9 (each keeps its seq).
    let columns = "at, actor, action, target, outcome, details, prev_hash, hash, actor_name, auth_via, \
                   target_name, target_email, atlassian_status, request_id, job_id";
    let keep = format!("CREATE TEMP TABLE moved AS SELECT seq, {columns} FROM audit_log WHERE seq IN (5, 9)");
    let set: Vec<String> = columns
        .split(", ")
        .map(|c| format!("{c} = (SELECT {c} FROM moved WHERE moved.seq = 14 - audit_log.seq)"))
        .collect();
    let swap = format!("UPDATE audit_log SET {} WHERE seq IN (5, 9)", set.join(", "));
    tampering_is_named(dir.path(), &[&keep, &swap], 5, "ChainBroken").await;
}

#[tokio::test]
async fn a_tail_cut_before_the_last_checkpoint_is_truncation() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    tampering_is_named(dir.path(), &["DELETE FROM audit_log WHERE seq >= 18"], 18, "Truncated").await;
}

#[tokio::test]
async fn a_log_rewritten_and_rechained_past_a_checkpoint_is_caught() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let store = server::store::open_sqlite(&database(dir.path())).await.expect("store");
    let entries = store.audit_entries(0, 100).await.expect("read");
    let (copy, mut db) = tamperable_copy(dir.path()).await;
    // Everything from entry 10 on rewritten and hashed again: the chain alone holds.
    let mut prev = entries[8].hash.clone();
    for record in &entries[9..] {
        let entry = AuditEntry { actor: "intruder".into(), ..record.entry.clone() };
        let hash = server::audit::entry_hash(&prev, record.seq, &entry);
        sqlx::query("UPDATE audit_log SET actor = 'intruder', prev_hash = ?, hash = ? WHERE seq = ?")
            .bind(&prev)
            .bind(&hash)
            .bind(record.seq)
            .execute(&mut db)
            .await
            .expect("rewritten");
        prev = hash;
    }
    assert_fails_at(copy.path(), 20, "CheckpointMismatch").await;
}

#[tokio::test]
async fn checkpoints_are_signed_and_a_forged_one_is_rejected() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let sink = paths(dir.path()).sink;
    let line = std::fs::read_to_string(&sink).expect("sink");
    let written: serde_json::Value = serde_json::from_str(line.trim()).expect("a JSON line");
    assert_eq!((written["kind"].as_str(), written["seq"].as_i64()), (Some("checkpoint"), Some(20)));
    assert_eq!(written["key_id"].as_str(), Checkpoints::open(paths(dir.path())).expect("key").key_id().as_deref());

    // The signature, checked with the public key alone.
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let public = std::fs::read_to_string(paths(dir.path()).public_key_file).expect("public key");
    let public: [u8; 32] = b64.decode(public.trim()).expect("base64").try_into().expect("32 bytes");
    let public = ed25519_dalek::VerifyingKey::from_bytes(&public).expect("a key");
    let message = json!(["uam-audit-checkpoint/1", "checkpoint", 20, written["hash"], written["at"]]).to_string();
    let signature: [u8; 64] =
        b64.decode(written["signature"].as_str().expect("signature")).expect("base64").try_into().expect("64 bytes");
    public.verify_strict(message.as_bytes(), &ed25519_dalek::Signature::from_bytes(&signature)).expect("genuine");

    // A checkpoint claiming more entries than there are, with the signature of another.
    let (copy, _db) = tamperable_copy(dir.path()).await;
    let mut forged = written.clone();
    forged["seq"] = json!(40);
    append_line(&paths(copy.path()).sink, &forged);
    assert_fails_at(copy.path(), 40, "ForgedCheckpoint").await;

    // A checkpoint signed with another key (under our key's id).
    let other = tempfile::tempdir().expect("temp dir");
    a_log(other.path()).await;
    let theirs = std::fs::read_to_string(paths(other.path()).sink).expect("sink");
    let mut theirs: serde_json::Value = serde_json::from_str(theirs.trim()).expect("JSON");
    theirs["key_id"] = written["key_id"].clone();
    let (copy, _db) = tamperable_copy(dir.path()).await;
    append_line(&paths(copy.path()).sink, &theirs);
    assert_fails_at(copy.path(), 20, "ForgedCheckpoint").await;

    // Emptying the sink to hide a cut tail does not pass for "no checkpoint yet": the database
    // remembers that the checkpoint of entry 20 was written.
    let (copy, mut db) = tamperable_copy(dir.path()).await;
    std::fs::write(paths(copy.path()).sink, "").expect("emptied");
    exec(&mut db, "DELETE FROM audit_log WHERE seq >= 18").await;
    assert_fails_at(copy.path(), 20, "CheckpointsMissing").await;
}

/// A copy of `dir` whose sink `damage` rewrote (or deleted); `uam audit verify` must then say
/// the checkpoint of `seq` is missing, with the reason it gives the admin.
async fn damaged_sink_is_named(dir: &Path, damage: impl FnOnce(&Path), seq: i64) {
    let (copy, _db) = tamperable_copy(dir).await;
    damage(&paths(copy.path()).sink);
    assert_fails_at(copy.path(), seq, "CheckpointsMissing").await;
    let stderr = text(&verify(copy.path()).await.stderr);
    assert!(
        stderr.contains("is not in ") && stderr.contains("the checkpoint file was deleted, replaced or cut short"),
        "{stderr}"
    );
}

#[tokio::test]
async fn a_deleted_or_shortened_checkpoint_file_is_reported_not_taken_for_none_yet() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    // A second checkpoint (of entry 30): the sink has two lines.
    let store = server::store::open_sqlite(&database(dir.path())).await.expect("store");
    let checkpoints = Checkpoints::open(paths(dir.path())).expect("key");
    assert_eq!(checkpoints.checkpoint(store.as_ref()).await.expect("written").map(|c| c.seq), Some(30));
    assert!(verify(dir.path()).await.status.success());
    let sink = std::fs::read_to_string(paths(dir.path()).sink).expect("sink");
    assert_eq!(sink.lines().count(), 2);

    damaged_sink_is_named(dir.path(), |sink| std::fs::remove_file(sink).expect("deleted"), 30).await;
    let first_line = sink.lines().next().map(|l| format!("{l}\n")).expect("a line");
    damaged_sink_is_named(dir.path(), |sink| std::fs::write(sink, &first_line).expect("written"), 30).await;
    let cut = &sink[..sink.len() - 40];
    damaged_sink_is_named(dir.path(), |sink| std::fs::write(sink, cut).expect("written"), 30).await;

    // A restarted server's fresh checkpoint does not paper over the loss: the database keeps
    // naming the lost checkpoint until the file is restored.
    let (copy, _db) = tamperable_copy(dir.path()).await;
    std::fs::remove_file(paths(copy.path()).sink).expect("deleted");
    let copied = server::store::open_sqlite(&database(copy.path())).await.expect("store");
    copied.append_audit(&entry(31, Utc::now())).await.expect("appended");
    let restarted = Checkpoints::open(paths(copy.path())).expect("key");
    assert_eq!(restarted.checkpoint(copied.as_ref()).await.expect("written").map(|c| c.seq), Some(31));
    assert_fails_at(copy.path(), 30, "CheckpointsMissing").await;
    std::fs::write(
        paths(copy.path()).sink,
        format!("{sink}{}", std::fs::read_to_string(paths(copy.path()).sink).expect("sink")),
    )
    .expect("restored");
    assert!(verify(copy.path()).await.status.success(), "restored, it verifies again");
    restarted.checkpoint(copied.as_ref()).await.expect("nothing new");
    copied.append_audit(&entry(32, Utc::now())).await.expect("appended");
    restarted.checkpoint(copied.as_ref()).await.expect("written");
    std::fs::write(paths(copy.path()).sink, &sink).expect("the two first lines only");
    assert_fails_at(copy.path(), 32, "CheckpointsMissing").await;

    // A new install is not an error: entries with no checkpoint written yet verify.
    let fresh = tempfile::tempdir().expect("temp dir");
    let store = server::store::open_sqlite(&database(fresh.path())).await.expect("store");
    Checkpoints::open(paths(fresh.path())).expect("key");
    for n in 1..=3 {
        store.append_audit(&entry(n, Utc::now())).await.expect("appended");
    }
    let output = verify(fresh.path()).await;
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("no checkpoint yet"), "{}", text(&output.stdout));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_are_signed_every_n_entries_between_the_timers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = server::store::open_sqlite(&database(dir.path())).await.expect("store");
    let checkpoints = Arc::new(Checkpoints::open(paths(dir.path())).expect("key").every_entries(5));
    let seqs = || -> Vec<i64> {
        std::fs::read_to_string(paths(dir.path()).sink)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["seq"].as_i64())
            .collect()
    };
    // The timer alone would not write one for an hour.
    let task = tokio::spawn(Arc::clone(&checkpoints).run(Arc::clone(&store), Duration::from_secs(3600)));
    tokio::time::sleep(Duration::from_millis(100)).await;
    for n in 1..=12 {
        store.append_audit(&entry(n, Utc::now())).await.expect("appended");
        // Paced as real appends are (each one waits for its disk), so each count is seen.
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut waited = 0;
    while seqs().len() < 2 && waited < 100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    task.abort();
    assert_eq!(seqs(), vec![5, 10], "one checkpoint per 5 entries, none for the 2 after");
    assert!(verify(dir.path()).await.status.success());
}

fn append_line(sink: &Path, value: &serde_json::Value) {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().append(true).open(sink).expect("sink");
    writeln!(file, "{value}").expect("appended");
}

#[tokio::test]
async fn the_database_refuses_to_update_or_delete_audit_entries() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let mut db = connect(&database(dir.path())).await;
    for sql in [
        "UPDATE audit_log SET outcome = 'denied' WHERE seq = 3",
        "UPDATE audit_log SET seq = 100 WHERE seq = 30",
        "DELETE FROM audit_log WHERE seq = 30",
        "DELETE FROM audit_log",
    ] {
        let error = sqlx::query(sql).execute(&mut db).await.expect_err(sql);
        assert!(error.to_string().contains("the audit log is append-only"), "{sql}: {error}");
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(&mut db).await.expect("count");
    assert_eq!(count, 30);
    assert!(verify(dir.path()).await.status.success());
}

/// A log whose first `old` entries are 400 days old and the next `new` are from today, with a
/// checkpoint among the old ones; retention set to a year.
async fn an_aging_log(dir: &Path, old: i64, new: i64) -> Arc<dyn Store> {
    let store = server::store::open_sqlite(&database(dir)).await.expect("store");
    let checkpoints = Checkpoints::open(paths(dir)).expect("key");
    for n in 1..=old + new {
        let at = if n <= old { Utc::now() - TimeDelta::days(400) } else { Utc::now() };
        store.append_audit(&entry(n, at)).await.expect("appended");
        if n == old / 2 {
            checkpoints.checkpoint(store.as_ref()).await.expect("checkpoint");
        }
    }
    store.set_setting(server::settings::RETENTION_DAYS, "365", Some("test")).await.expect("set");
    store
}

#[tokio::test]
async fn pruning_is_recorded_and_the_pruned_log_verifies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = an_aging_log(dir.path(), 10, 5).await;
    let tenth = store.audit_entries(9, 1).await.expect("read").remove(0);

    let (range, recorded) = server::audit::prune(store.as_ref(), Utc::now()).await.expect("pruned").expect("some");
    assert_eq!((range.count, range.last_seq, range.last_hash.as_str()), (10, 10, tenth.hash.as_str()));
    assert_eq!(recorded, 16);
    let left = store.audit_entries(0, 100).await.expect("read");
    assert_eq!(left.first().map(|e| e.seq), Some(11));
    assert_eq!(left.first().map(|e| e.prev_hash.as_str()), Some(tenth.hash.as_str()));
    let record = left.last().expect("the pruning entry");
    assert_eq!((record.seq, record.entry.action.as_str()), (16, "audit_pruned"));
    assert_eq!(record.entry.details["count"], 10);
    assert_eq!(record.entry.details["last_removed"], json!({ "seq": 10, "hash": tenth.hash }));
    assert!(server::audit::prune(store.as_ref(), Utc::now()).await.expect("pruned").is_none(), "nothing more");

    // Until a checkpoint covers the pruning, nothing signed vouches for it.
    assert_fails_at(dir.path(), 16, "UnsignedPruning").await;
    // The server checkpoints right after pruning; then the pruned log verifies, the checkpoint
    // of a removed entry (5) included.
    let checkpoints = Checkpoints::open(paths(dir.path())).expect("key");
    checkpoints.checkpoint(store.as_ref()).await.expect("checkpoint").expect("written");
    let output = verify(dir.path()).await;
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("6 entries, seq 11 to 16; last checkpoint at seq 16"),
        "{}",
        text(&output.stdout)
    );

    // And tampering is still caught.
    tampering_is_named(dir.path(), &["DELETE FROM audit_log WHERE seq = 11"], 11, "Deleted").await;
    // The pruning record itself, made to claim fewer entries.
    let sql = [r#"UPDATE audit_log SET details = json_set(details, '$.count', 9) WHERE seq = 16"#];
    tampering_is_named(dir.path(), &sql, 16, "Modified").await;

    // Retention 0 keeps everything.
    store.set_setting(server::settings::RETENTION_DAYS, "0", Some("test")).await.expect("set");
    assert!(server::audit::prune(store.as_ref(), Utc::now() + TimeDelta::days(4000)).await.expect("ran").is_none());
}

#[tokio::test]
async fn deleting_everything_starts_a_new_checkpoint_epoch() {
    let dir = tempfile::tempdir().expect("temp dir");
    a_log(dir.path()).await;
    let dir_path = dir.path().to_path_buf();
    let deleted = tokio::task::spawn_blocking(move || {
        Command::new(BINARY)
            .args(["data", "delete", "--now", "--confirm", "DELETE"])
            .env("UAM_DATA_DIR", &dir_path)
            .env("UAM_LOG", "info")
            .env("UAM_LOG_FORMAT", "json")
            .output()
            .expect("uam runs")
    })
    .await
    .expect("joined");
    assert!(deleted.status.success(), "{}", text(&deleted.stderr));
    let sink = std::fs::read_to_string(paths(dir.path()).sink).expect("sink");
    let last: serde_json::Value = serde_json::from_str(sink.lines().last().expect("a line")).expect("JSON");
    assert_eq!((last["kind"].as_str(), last["seq"].as_i64()), (Some("reset"), Some(1)));
    // The same record in the log stream, as one structured line.
    let logged = text(&deleted.stderr)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|l| l["message"] == "audit checkpoint" && l["kind"] == "Reset")
        .expect("a reset's log line");
    assert_eq!(logged["signature"], last["signature"], "{logged}");
    assert_eq!(logged["seq"], 1);

    let output = verify(dir.path()).await;
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("1 entries, seq 1 to 1; last checkpoint at seq 1"),
        "{}",
        text(&output.stdout)
    );

    // Without the signed reset, the deleted log's checkpoint still applies.
    let (copy, _db) = tamperable_copy(dir.path()).await;
    let without: String = sink.lines().filter(|l| !l.contains("\"reset\"")).map(|l| format!("{l}\n")).collect();
    std::fs::write(paths(copy.path()).sink, without).expect("written");
    assert_fails_at(copy.path(), 2, "Truncated").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checkpoints_are_written_periodically_only_when_the_head_moved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = server::store::open_sqlite(&database(dir.path())).await.expect("store");
    let checkpoints = Arc::new(Checkpoints::open(paths(dir.path())).expect("key"));
    let lines = || std::fs::read_to_string(paths(dir.path()).sink).map(|t| t.lines().count()).unwrap_or(0);
    let task = tokio::spawn(Arc::clone(&checkpoints).run(Arc::clone(&store), Duration::from_millis(50)));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(lines(), 0, "an empty log has nothing to sign");
    store.append_audit(&entry(1, Utc::now())).await.expect("appended");
    let mut waited = 0;
    while lines() == 0 && waited < 100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    assert_eq!(lines(), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(lines(), 1, "no new checkpoint while the head stays");
    store.append_audit(&entry(2, Utc::now())).await.expect("appended");
    tokio::time::sleep(Duration::from_millis(400)).await;
    task.abort();
    assert_eq!(lines(), 2);
    assert!(verify(dir.path()).await.status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_prunes_and_checkpoints_at_start_up_and_checkpoints_at_shutdown() {
    let data = tempfile::tempdir().expect("temp dir");
    let state = data.path().join("state");
    std::fs::create_dir_all(&state).expect("state dir");
    drop(an_aging_log(&state, 4, 2).await);
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with(site, |config| config.data_dir = state.clone()).await;
    let store = server::store::open_sqlite(&database(&state)).await.expect("store");
    let entries = store.audit_entries(0, 100).await.expect("read");
    assert_eq!(entries.first().map(|e| e.seq), Some(5), "the old entries were pruned at start-up");
    let pruned = entries.iter().find(|e| e.entry.action == "audit_pruned").map(|e| e.seq).expect("recorded");
    let sink = paths(&state).sink;
    let checkpointed = |path: &Path| -> Vec<i64> {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["seq"].as_i64())
            .collect()
    };
    assert!(checkpointed(&sink).contains(&pruned), "the head after pruning is checkpointed: {:?}", checkpointed(&sink));
    // Signing in appended entries; stopping checkpoints them.
    let head = store.audit_head().await.expect("read").map(|e| e.seq).expect("a head");
    assert!(head > pruned);
    let _kept = server.stop_keeping_data();
    let mut waited = 0;
    while checkpointed(&sink).last() != Some(&head) && waited < 200 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    assert_eq!(checkpointed(&sink).last(), Some(&head), "the shutdown checkpoint");
    let output = verify(&state).await;
    assert!(output.status.success(), "{}", text(&output.stderr));
}
