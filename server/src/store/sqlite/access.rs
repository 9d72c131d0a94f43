//! Local admins, the set-up link, sessions and the audit log in SQLite.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Row, sqlite::SqliteRow};

use super::{SqliteStore, parse_stamp, stamp};
use crate::store::{
    AccessStore, AuditEntry, AuditRecord, AuditStore, DataStore, LocalAdmin, PrunedRange, SessionRecord, SettingRecord,
    StoreError, StoredSecret,
};

use crate::store::audit_hash::{GENESIS, entry_hash};

/// Appends `entry` as number `seq`, chained to `prev_hash`, inside the caller's transaction.
async fn insert_audit(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    seq: i64,
    prev_hash: &str,
    entry: &AuditEntry,
) -> Result<(), StoreError> {
    let at = stamp(entry.at);
    let details = entry.details.to_string();
    let hash = entry_hash(prev_hash, seq, entry);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_hash, hash,
                                actor_name, auth_via, target_name, target_email, atlassian_status,
                                request_id, job_id, installation_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(seq)
    .bind(&at)
    .bind(&entry.actor)
    .bind(&entry.action)
    .bind(entry.target.as_deref())
    .bind(&entry.outcome)
    .bind(&details)
    .bind(prev_hash)
    .bind(&hash)
    .bind(entry.actor_name.as_deref())
    .bind(entry.auth_via.as_deref())
    .bind(entry.target_name.as_deref())
    .bind(entry.target_email.as_deref())
    .bind(entry.atlassian_status.map(i64::from))
    .bind(entry.request_id.as_deref())
    .bind(entry.job_id.as_deref())
    .bind(entry.installation_id.as_deref())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An audit entry as read back; a value that cannot be what was written (wrong type, bad time or
/// JSON) is reported as damage to that entry.
fn audit_from_row(row: &SqliteRow) -> Result<AuditRecord, StoreError> {
    let seq: i64 = row.try_get("seq")?;
    let damaged =
        |what: &str, e: &dyn std::fmt::Display| StoreError::Corrupt(format!("audit entry {seq}: {what}: {e}"));
    let text = |column: &str| row.try_get::<String, _>(column).map_err(|e| damaged(column, &e));
    let optional = |column: &str| row.try_get::<Option<String>, _>(column).map_err(|e| damaged(column, &e));
    let details = text("details")?;
    let status = row.try_get::<Option<i64>, _>("atlassian_status").map_err(|e| damaged("atlassian_status", &e))?;
    Ok(AuditRecord {
        seq,
        entry: AuditEntry {
            at: parse_stamp(&text("at")?).map_err(|e| damaged("at", &e))?,
            actor: text("actor")?,
            action: text("action")?,
            target: optional("target")?,
            outcome: text("outcome")?,
            details: serde_json::from_str(&details).map_err(|e| damaged("details", &e))?,
            actor_name: optional("actor_name")?,
            auth_via: optional("auth_via")?,
            target_name: optional("target_name")?,
            target_email: optional("target_email")?,
            atlassian_status: status
                .map(|s| u16::try_from(s).map_err(|e| damaged("atlassian_status", &e)))
                .transpose()?,
            request_id: optional("request_id")?,
            job_id: optional("job_id")?,
            installation_id: optional("installation_id")?,
        },
        prev_hash: text("prev_hash")?,
        hash: text("hash")?,
    })
}

fn session_from_row(row: &SqliteRow) -> Result<SessionRecord, StoreError> {
    Ok(SessionRecord {
        id_hash: row.try_get("id_hash")?,
        auth_via: row.try_get("auth_via")?,
        installation_id: row.try_get("installation_id")?,
        account_id: row.try_get("account_id")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        created_at: parse_stamp(&row.try_get::<String, _>("created_at")?)?,
        last_seen_at: parse_stamp(&row.try_get::<String, _>("last_seen_at")?)?,
        checked_at: parse_stamp(&row.try_get::<String, _>("checked_at")?)?,
    })
}

#[async_trait]
impl AccessStore for SqliteStore {
    async fn local_admin_count(&self) -> Result<u64, StoreError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM local_admins").fetch_one(&self.pool).await?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    async fn local_admin(&self, login: &str) -> Result<Option<LocalAdmin>, StoreError> {
        let row = sqlx::query(
            "SELECT login, name, password_hash, totp, created_at, created_by FROM local_admins WHERE login = ?",
        )
        .bind(login)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(LocalAdmin {
                login: row.try_get("login")?,
                name: row.try_get("name")?,
                password_hash: row.try_get("password_hash")?,
                totp: row.try_get::<i64, _>("totp")? != 0,
                created_at: parse_stamp(&row.try_get::<String, _>("created_at")?)?,
                created_by: row.try_get("created_by")?,
            })
        })
        .transpose()
    }

    async fn create_local_admin(&self, admin: &LocalAdmin, totp: Option<&StoredSecret>) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let inserted = sqlx::query(
            "INSERT INTO local_admins (login, name, password_hash, totp, created_at, created_by)
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING",
        )
        .bind(&admin.login)
        .bind(&admin.name)
        .bind(&admin.password_hash)
        .bind(i64::from(totp.is_some()))
        .bind(stamp(admin.created_at))
        .bind(&admin.created_by)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            return Ok(false);
        }
        if let Some(secret) = totp {
            super::put_secret(&mut tx, secret).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn accept_totp_step(&self, login: &str, step: i64) -> Result<bool, StoreError> {
        // One statement: two sign-ins racing with the same code cannot both see the old step.
        let updated = sqlx::query(
            "UPDATE local_admins SET totp_last_step = ?
             WHERE login = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
        )
        .bind(step)
        .bind(login)
        .bind(step)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(updated == 1)
    }

    async fn replace_setup_token(&self, token_hash: &str, expires_at: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("DELETE FROM setup_tokens WHERE used_at IS NULL").execute(&mut *tx).await?;
        sqlx::query("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)")
            .bind(token_hash)
            .bind(stamp(expires_at))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn setup_token_valid(&self, token_hash: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM setup_tokens WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
        )
        .bind(token_hash)
        .bind(stamp(now))
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    async fn redeem_setup_token(&self, token_hash: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE setup_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
        )
        .bind(stamp(now))
        .bind(token_hash)
        .bind(stamp(now))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn create_session(&self, session: &SessionRecord) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, auth_via, account_id, name, email, created_at, last_seen_at, checked_at,
                                   installation_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&session.id_hash)
        .bind(&session.auth_via)
        .bind(&session.account_id)
        .bind(&session.name)
        .bind(session.email.as_deref())
        .bind(stamp(session.created_at))
        .bind(stamp(session.last_seen_at))
        .bind(stamp(session.checked_at))
        .bind(session.installation_id.as_deref())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, id_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        let row =
            sqlx::query("SELECT * FROM sessions WHERE id_hash = ?").bind(id_hash).fetch_optional(&self.pool).await?;
        row.as_ref().map(session_from_row).transpose()
    }

    async fn touch_session(
        &self,
        id_hash: &str,
        last_seen_at: DateTime<Utc>,
        checked_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = ?, checked_at = ? WHERE id_hash = ?")
            .bind(stamp(last_seen_at))
            .bind(stamp(checked_at))
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn end_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = ?").bind(id_hash).execute(&self.pool).await?;
        Ok(())
    }

    async fn end_expired_sessions(
        &self,
        idle_before: DateTime<Utc>,
        created_before: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")
            .bind(stamp(idle_before))
            .bind(stamp(created_before))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

/// Appends `entry` after the head on `conn`: its `seq`, and the `synchronous` level the commit
/// ran under (read inside the transaction, so a test can see that appends are durable).
async fn append_on(conn: &mut sqlx::SqliteConnection, entry: &AuditEntry) -> Result<(i64, i64), StoreError> {
    // IMMEDIATE: the head is read under the write lock, so two writers (the server and a CLI
    // command) can never chain to the same previous entry.
    let mut tx = sqlx::Connection::begin_with(conn, "BEGIN IMMEDIATE").await?;
    let level: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&mut *tx).await?;
    let head: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetch_optional(&mut *tx).await?;
    let (seq, prev_hash) = head.map_or((1, GENESIS.to_owned()), |(seq, hash)| (seq + 1, hash));
    insert_audit(&mut tx, seq, &prev_hash, entry).await?;
    tx.commit().await?;
    Ok((seq, level))
}

impl SqliteStore {
    /// The `synchronous` level (2 = FULL) the last audit append through this store committed
    /// under; -1 before the first.
    pub fn audit_synchronous(&self) -> i64 {
        self.audit_synchronous.load(std::sync::atomic::Ordering::Relaxed)
    }
}

#[async_trait]
impl AuditStore for SqliteStore {
    async fn append_audit(&self, entry: &AuditEntry) -> Result<i64, StoreError> {
        // The pool commits with `synchronous=NORMAL`, which in WAL mode leaves the last commits
        // in the page cache until the next checkpoint: a power cut could take an intent entry
        // whose Atlassian call was already sent. An audit append is made durable before it
        // returns (FULL syncs the WAL at commit); the level cannot change inside a transaction,
        // so it is set around it, on this connection only.
        let mut conn = self.pool.acquire().await?;
        sqlx::query("PRAGMA synchronous = FULL").execute(&mut *conn).await?;
        let appended = append_on(&mut conn, entry).await;
        // Back to the pool's level; a connection left at FULL is only slower, never less safe.
        if let Err(error) = sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut *conn).await {
            tracing::warn!(%error, "cannot restore synchronous=NORMAL after an audit append");
        }
        let (seq, level) = appended?;
        self.audit_synchronous.store(level, std::sync::atomic::Ordering::Relaxed);
        self.audit_appended.send_replace(seq);
        Ok(seq)
    }

    fn audit_appends(&self) -> tokio::sync::watch::Receiver<i64> {
        self.audit_appended.subscribe()
    }

    async fn audit_entries(&self, after_seq: i64, limit: u32) -> Result<Vec<AuditRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")
            .bind(after_seq)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(audit_from_row).collect()
    }

    async fn audit_head(&self) -> Result<Option<AuditRecord>, StoreError> {
        let row = sqlx::query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1").fetch_optional(&self.pool).await?;
        row.as_ref().map(audit_from_row).transpose()
    }

    async fn prune_audit(
        &self,
        before: DateTime<Utc>,
        record: &(dyn for<'r> Fn(&'r PrunedRange) -> AuditEntry + Send + Sync),
    ) -> Result<Option<(PrunedRange, i64)>, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        // Oldest first, and never past an entry written after the cut-off, so what remains is
        // one unbroken chain even if clocks ever went backwards between writers.
        let keep_from: Option<i64> = sqlx::query_scalar("SELECT MIN(seq) FROM audit_log WHERE at >= ?")
            .bind(stamp(before))
            .fetch_one(&mut *tx)
            .await?;
        let last: Option<(i64, String)> =
            sqlx::query_as("SELECT seq, hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1")
                .bind(keep_from.unwrap_or(i64::MAX))
                .fetch_optional(&mut *tx)
                .await?;
        let Some((last_seq, last_hash)) = last else { return Ok(None) };
        sqlx::query("INSERT INTO audit_gate (open) VALUES (1)").execute(&mut *tx).await?;
        let count = sqlx::query("DELETE FROM audit_log WHERE seq <= ?").bind(last_seq).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM audit_gate").execute(&mut *tx).await?;
        let range = PrunedRange { count: count.rows_affected(), cutoff: before, last_seq, last_hash };
        let head: Option<(i64, String)> = sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        let (seq, prev_hash) = head.unwrap_or_else(|| (range.last_seq, range.last_hash.clone()));
        insert_audit(&mut tx, seq + 1, &prev_hash, &record(&range)).await?;
        tx.commit().await?;
        self.audit_appended.send_replace(seq + 1);
        Ok(Some((range, seq + 1)))
    }
}

#[async_trait]
impl DataStore for SqliteStore {
    async fn all_settings(&self) -> Result<Vec<SettingRecord>, StoreError> {
        let rows = sqlx::query("SELECT key, value, updated_at, updated_by FROM settings ORDER BY key")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(SettingRecord {
                    key: row.try_get("key")?,
                    value: row.try_get("value")?,
                    updated_at: parse_stamp(&row.try_get::<String, _>("updated_at")?)?,
                    updated_by: row.try_get("updated_by")?,
                })
            })
            .collect()
    }

    async fn local_admins(&self) -> Result<Vec<LocalAdmin>, StoreError> {
        let logins: Vec<String> =
            sqlx::query_scalar("SELECT login FROM local_admins ORDER BY login").fetch_all(&self.pool).await?;
        let mut admins = Vec::with_capacity(logins.len());
        for login in logins {
            admins.extend(self.local_admin(&login).await?);
        }
        Ok(admins)
    }

    async fn discard_snapshots(&self) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for table in ["snapshot_accounts", "snapshot_grants", "snapshot_catalog", "sync_runs"] {
            sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn delete_everything(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("INSERT INTO audit_gate (open) VALUES (1)").execute(&mut *tx).await?;
        for table in [
            "audit_log",
            "settings",
            "secrets",
            "local_admins",
            "setup_tokens",
            "sessions",
            "jobs",
            "snapshot_accounts",
            "snapshot_grants",
            "snapshot_catalog",
            "sync_runs",
            "atlassian_event_accounts",
            "atlassian_events",
            "atlassian_events_mark",
            "incremental_runs",
        ] {
            sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM audit_gate").execute(&mut *tx).await?;
        insert_audit(&mut tx, 1, GENESIS, entry).await?;
        tx.commit().await?;
        sqlx::query("VACUUM").execute(&self.pool).await?;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{AuditEntry, AuditStore};

    use super::SqliteStore;

    #[tokio::test]
    async fn audit_appends_commit_with_synchronous_full_and_are_announced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = SqliteStore::open(&dir.path().join("uam.sqlite3")).await.expect("store");
        let mut appends = store.audit_appends();
        assert_eq!(store.audit_synchronous(), -1);
        let seq = store.append_audit(&AuditEntry::new("system", "test", "intent")).await.expect("appended");
        // 2 is FULL: the WAL is synced at commit, before the caller sends the call it announces.
        assert_eq!(store.audit_synchronous(), 2, "the pool's NORMAL would lose it in a power cut");
        assert!(appends.has_changed().expect("open"));
        assert_eq!(*appends.borrow_and_update(), seq);
        // The other writes keep the pool's cheaper level.
        let level: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&store.pool).await.expect("read");
        assert_eq!(level, 1);
    }
}
