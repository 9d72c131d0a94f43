//! The SQLite store: one file, write-ahead logging so that readers (the server) and a writer (a
//! `uam sync` from cron) can share it, and batched inserts so a 350,000-account snapshot streams
//! in as fast as the pages arrive.

use std::{path::Path, str::FromStr, time::Duration};

use app::{
    code::Code,
    families::Family,
    users::{SyncOutcome, SyncRun},
};
use async_trait::async_trait;
use chrono::{DateTime, SecondsFormat, Utc};
use futures_util::TryStreamExt;
use sqlx::{
    ConnectOptions, QueryBuilder, Row, Sqlite, SqlitePool,
    migrate::Migrator,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous},
};

mod access;
mod audit_search;
mod events;
mod jobs;

use super::{RunEnd, Store, StoreError, StoredSecret};
use crate::secrets::Sealed;
use crate::snapshot::facts::{Batch, CatalogItem, SnapshotSink, Source};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

/// A running sync whose heartbeat is older than this was interrupted (crash, kill, power cut).
const STALE_AFTER: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// Rows per INSERT statement: four values each, well under SQLite's bound-parameter limit.
const ROWS_PER_INSERT: usize = 500;

pub struct SqliteStore {
    pool: SqlitePool,
    /// The `seq` of the newest audit entry appended through this store (see
    /// [`crate::store::AuditStore::audit_appends`]).
    audit_appended: tokio::sync::watch::Sender<i64>,
    /// The `synchronous` level the last audit append committed under (2 is FULL; -1 before any).
    audit_synchronous: std::sync::atomic::AtomicI64,
}

/// Times are stored as fixed-width RFC 3339 text, so that text order is time order.
fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn parse_stamp(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("time {text:?}: {e}")))
}

impl SqliteStore {
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let shown = path.display().to_string();
        let options = SqliteConnectOptions::from_str("sqlite://")
            .map_err(|source| StoreError::Open { path: shown.clone(), source })?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(15))
            .foreign_keys(true)
            // Sorting a snapshot that is not sealed yet spills to a file, not to memory.
            .pragma("temp_store", "file")
            // Loading a 350,000-account snapshot takes a few seconds by design: not a warning.
            .log_slow_statements(log::LevelFilter::Debug, Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|source| StoreError::Open { path: shown.clone(), source })?;
        refuse_newer_schema(&pool, &shown).await?;
        MIGRATOR.run(&pool).await?;
        Ok(SqliteStore {
            pool,
            audit_appended: tokio::sync::watch::Sender::new(0),
            audit_synchronous: std::sync::atomic::AtomicI64::new(-1),
        })
    }
}

/// Stops before migrating a database that a newer version has already migrated further: this
/// version would misread it.
async fn refuse_newer_schema(pool: &SqlitePool, path: &str) -> Result<(), StoreError> {
    let exists: Option<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
            .fetch_optional(pool)
            .await?;
    if exists.is_none() {
        return Ok(());
    }
    let found: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(pool).await?;
    let known = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
    match found {
        Some(found) if found > known => Err(StoreError::TooNew { path: path.to_owned(), found, known }),
        _ => Ok(()),
    }
}

fn run_from_row(row: &SqliteRow) -> Result<SyncRun, StoreError> {
    let outcome: String = row.try_get("outcome")?;
    let finished: Option<String> = row.try_get("finished_at")?;
    Ok(SyncRun {
        id: row.try_get("id")?,
        trigger: row.try_get("trigger")?,
        started_at: parse_stamp(&row.try_get::<String, _>("started_at")?)?,
        finished_at: finished.as_deref().map(parse_stamp).transpose()?,
        outcome: outcome.parse::<SyncOutcome>().map_err(|_| StoreError::Corrupt(format!("outcome {outcome:?}")))?,
        error: row.try_get("error")?,
        accounts: row.try_get::<i64, _>("accounts")?.max(0) as u64,
        items: row.try_get::<i64, _>("items")?.max(0) as u64,
        requests: row.try_get::<i64, _>("requests")?.max(0) as u64,
        families: serde_json::from_str(&row.try_get::<String, _>("families")?)
            .map_err(|e| StoreError::Corrupt(format!("sync families: {e}")))?,
    })
}

const RUN_COLUMNS: &str = "id, trigger, started_at, finished_at, outcome, error, accounts, items, requests, families";

/// The catalog kinds (and so grant target prefixes) a site family's data is stored under.
fn family_kinds(family: Family) -> &'static [&'static str] {
    match family {
        Family::Jira => &["project"],
        Family::Jsm => &["desk", "jsm_org"],
        Family::Confluence => &["space"],
    }
}

async fn discard_rows(tx: &mut sqlx::Transaction<'_, Sqlite>, condition: &str, run: i64) -> Result<(), StoreError> {
    for table in ["snapshot_accounts", "snapshot_grants", "snapshot_catalog"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE {condition}")).bind(run).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Runs one statement that copies rows of the kept run (`?2`) into the run being written (`?1`);
/// `?3`, where the statement has it, narrows what is copied to one kind.
async fn carry_over(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    sql: &str,
    run: i64,
    from: i64,
    narrow: Option<&str>,
) -> Result<(), StoreError> {
    let query = sqlx::query(sql).bind(run).bind(from);
    match narrow {
        Some(narrow) => query.bind(narrow).execute(&mut **tx).await?,
        None => query.execute(&mut **tx).await?,
    };
    Ok(())
}

/// Stores (or replaces) a secret inside the caller's transaction.
async fn put_secret(tx: &mut sqlx::Transaction<'_, Sqlite>, secret: &StoredSecret) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO secrets (name, org_id, nonce, ciphertext, hint, set_by, set_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET org_id = excluded.org_id, nonce = excluded.nonce,
         ciphertext = excluded.ciphertext, hint = excluded.hint, set_by = excluded.set_by,
         set_at = excluded.set_at, expires_at = excluded.expires_at",
    )
    .bind(&secret.name)
    .bind(&secret.org_id)
    .bind(&secret.sealed.nonce)
    .bind(&secret.sealed.ciphertext)
    .bind(secret.hint.as_deref())
    .bind(secret.set_by.as_deref())
    .bind(stamp(secret.set_at))
    .bind(secret.expires_at.map(stamp))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One batch of facts, inside the caller's transaction.
pub(super) async fn write_batch(
    tx: &mut sqlx::Transaction<'_, Sqlite>,
    run: i64,
    batch: &Batch,
) -> Result<(), StoreError> {
    match batch {
        Batch::Accounts(source, rows) => {
            let encoded: Vec<(&str, String)> = rows
                .iter()
                .map(|(id, facts)| Ok((id.as_str(), serde_json::to_string(facts)?)))
                .collect::<Result<_, serde_json::Error>>()
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            for chunk in encoded.chunks(ROWS_PER_INSERT) {
                let mut insert =
                    QueryBuilder::<Sqlite>::new("INSERT INTO snapshot_accounts (run_id, source, account_id, record) ");
                insert.push_values(chunk, |mut row, (id, record)| {
                    row.push_bind(run).push_bind(source.code()).push_bind(*id).push_bind(record.as_str());
                });
                insert.build().execute(&mut **tx).await?;
            }
        }
        Batch::Grants(rows) => {
            for chunk in rows.chunks(ROWS_PER_INSERT) {
                let mut insert =
                    QueryBuilder::<Sqlite>::new("INSERT INTO snapshot_grants (run_id, principal, target, role) ");
                insert.push_values(chunk, |mut row, grant| {
                    row.push_bind(run)
                        .push_bind(grant.principal.as_str())
                        .push_bind(grant.target.as_str())
                        .push_bind(grant.role.as_str());
                });
                insert.build().execute(&mut **tx).await?;
            }
        }
        Batch::Catalog(items) => {
            let encoded: Vec<(&CatalogItem, String)> = items
                .iter()
                .map(|item| Ok((item, serde_json::to_string(item)?)))
                .collect::<Result<_, serde_json::Error>>()
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            for chunk in encoded.chunks(ROWS_PER_INSERT) {
                let mut insert =
                    QueryBuilder::<Sqlite>::new("INSERT OR REPLACE INTO snapshot_catalog (run_id, kind, id, record) ");
                insert.push_values(chunk, |mut row, (item, record)| {
                    row.push_bind(run).push_bind(item.kind()).push_bind(item.id()).push_bind(record.as_str());
                });
                insert.build().execute(&mut **tx).await?;
            }
        }
    }
    Ok(())
}

#[async_trait]
impl Store for SqliteStore {
    async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = ?").bind(key).fetch_optional(&self.pool).await?)
    }

    async fn set_setting(&self, key: &str, value: &str, by: Option<&str>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
             updated_by = excluded.updated_by",
        )
        .bind(key)
        .bind(value)
        .bind(stamp(Utc::now()))
        .bind(by)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn put_secret(&self, secret: &StoredSecret) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        put_secret(&mut tx, secret).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn secrets(&self) -> Result<Vec<StoredSecret>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, org_id, nonce, ciphertext, hint, set_by, set_at, expires_at FROM secrets ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let expires: Option<String> = row.try_get("expires_at")?;
                Ok(StoredSecret {
                    name: row.try_get("name")?,
                    org_id: row.try_get("org_id")?,
                    sealed: Sealed { nonce: row.try_get("nonce")?, ciphertext: row.try_get("ciphertext")? },
                    hint: row.try_get("hint")?,
                    set_by: row.try_get("set_by")?,
                    set_at: parse_stamp(&row.try_get::<String, _>("set_at")?)?,
                    expires_at: expires.as_deref().map(parse_stamp).transpose()?,
                })
            })
            .collect()
    }

    async fn begin_run(&self, trigger: &str, at: DateTime<Utc>) -> Result<i64, StoreError> {
        let stale = stamp(at - STALE_AFTER);
        let mut tx = self.pool.begin().await?;
        // The transaction's first statement writes, so it waits for the write lock (busy
        // timeout) instead of failing to upgrade a read snapshot while the sync writer commits.
        let interrupted: Vec<i64> = sqlx::query_scalar(
            "UPDATE sync_runs SET outcome = 'failed', finished_at = heartbeat_at,
             error = 'The sync was interrupted (the process stopped before it finished).'
             WHERE outcome = 'running' AND heartbeat_at <= ? RETURNING id",
        )
        .bind(&stale)
        .fetch_all(&mut *tx)
        .await?;
        for run in interrupted {
            discard_rows(&mut tx, "run_id = ?", run).await?;
        }
        // Appending is fastest without an index to maintain; `seal` builds it again.
        sqlx::query("DROP INDEX IF EXISTS snapshot_accounts_in_order").execute(&mut *tx).await?;
        // One statement, so two processes cannot both see "none running" and both start.
        let now = stamp(at);
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO sync_runs (trigger, started_at, heartbeat_at, outcome)
             SELECT ?, ?, ?, 'running' WHERE NOT EXISTS (SELECT 1 FROM sync_runs WHERE outcome = 'running')
             RETURNING id",
        )
        .bind(trigger)
        .bind(&now)
        .bind(&now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            let started: String =
                sqlx::query_scalar("SELECT started_at FROM sync_runs WHERE outcome = 'running' LIMIT 1")
                    .fetch_one(&mut *tx)
                    .await?;
            return Err(StoreError::SyncRunning(parse_stamp(&started)?));
        };
        tx.commit().await?;
        Ok(id)
    }

    async fn heartbeat(&self, run: i64, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE sync_runs SET heartbeat_at = ? WHERE id = ? AND outcome = 'running'")
            .bind(stamp(at))
            .bind(run)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn sync_alive(&self, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let alive: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM sync_runs WHERE outcome = 'running' AND heartbeat_at > ? LIMIT 1")
                .bind(stamp(now - STALE_AFTER))
                .fetch_optional(&self.pool)
                .await?;
        Ok(alive.is_some())
    }

    async fn write(&self, run: i64, batches: &[Batch]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for batch in batches {
            write_batch(&mut tx, run, batch).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn seal(&self, _run: i64) -> Result<(), StoreError> {
        sqlx::query("CREATE INDEX IF NOT EXISTS snapshot_accounts_in_order ON snapshot_accounts (run_id, account_id)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn keep_family(&self, run: i64, from: Option<i64>, family: Family) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for kind in family_kinds(family) {
            let prefix = format!("{kind}:%");
            sqlx::query("DELETE FROM snapshot_grants WHERE run_id = ? AND target LIKE ?")
                .bind(run)
                .bind(&prefix)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM snapshot_catalog WHERE run_id = ? AND kind = ?")
                .bind(run)
                .bind(kind)
                .execute(&mut *tx)
                .await?;
            let Some(from) = from else { continue };
            let copy_catalog = "INSERT OR IGNORE INTO snapshot_catalog (run_id, kind, id, record)
                 SELECT ?1, kind, id, record FROM snapshot_catalog WHERE run_id = ?2 AND kind = ?3";
            carry_over(&mut tx, copy_catalog, run, from, Some(kind)).await?;
            let copy_grants = "INSERT INTO snapshot_grants (run_id, principal, target, role)
                 SELECT ?1, principal, target, role FROM snapshot_grants WHERE run_id = ?2 AND target LIKE ?3";
            carry_over(&mut tx, copy_grants, run, from, Some(&prefix)).await?;
        }
        if family == Family::Jsm {
            // Customers are known only from JSM's listings: those no kept or other grant names go.
            sqlx::query(
                "DELETE FROM snapshot_accounts WHERE run_id = ?1 AND source = 'customer'
                 AND 'user:' || account_id NOT IN (SELECT principal FROM snapshot_grants WHERE run_id = ?1)",
            )
            .bind(run)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(from) = from {
            // Site-only groups that the kept roles name, with their members, unless this run read them.
            let copy_groups = "INSERT INTO snapshot_grants (run_id, principal, target, role)
                 SELECT ?1, principal, target, role FROM snapshot_grants
                 WHERE run_id = ?2 AND target IN (SELECT DISTINCT principal FROM snapshot_grants WHERE run_id = ?1 AND principal LIKE 'group:%')
                 AND target NOT IN (SELECT DISTINCT target FROM snapshot_grants WHERE run_id = ?1 AND target LIKE 'group:%')";
            carry_over(&mut tx, copy_groups, run, from, None).await?;
            let copy_group_records = "INSERT OR IGNORE INTO snapshot_catalog (run_id, kind, id, record)
                 SELECT ?1, kind, id, record FROM snapshot_catalog
                 WHERE run_id = ?2 AND kind = 'group' AND 'group:' || id IN (SELECT DISTINCT target FROM snapshot_grants WHERE run_id = ?1)";
            carry_over(&mut tx, copy_group_records, run, from, None).await?;
            // Accounts that only the kept data names (customers, former users), as last read.
            let copy_accounts = "INSERT INTO snapshot_accounts (run_id, source, account_id, record)
                 SELECT ?1, p.source, p.account_id, p.record FROM snapshot_accounts p
                 WHERE p.run_id = ?2 AND p.source <> 'org'
                 AND 'user:' || p.account_id IN (SELECT DISTINCT principal FROM snapshot_grants WHERE run_id = ?1 AND principal LIKE 'user:%')
                 AND NOT EXISTS (SELECT 1 FROM snapshot_accounts n WHERE n.run_id = ?1 AND n.account_id = p.account_id)";
            carry_over(&mut tx, copy_accounts, run, from, None).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn finish_run(&self, run: i64, end: &RunEnd) -> Result<(), StoreError> {
        let families = serde_json::to_string(&end.families).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE sync_runs SET outcome = ?, finished_at = ?, error = ?, accounts = ?, items = ?, requests = ?,
             families = ? WHERE id = ?",
        )
        .bind(end.outcome.code())
        .bind(stamp(end.at))
        .bind(end.error.as_deref())
        .bind(end.accounts as i64)
        .bind(end.items as i64)
        .bind(end.requests as i64)
        .bind(families)
        .bind(run)
        .execute(&mut *tx)
        .await?;
        if end.outcome == SyncOutcome::Complete {
            // The new snapshot replaces every older one.
            discard_rows(&mut tx, "run_id <> ?", run).await?;
        } else {
            discard_rows(&mut tx, "run_id = ?", run).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn runs(&self, limit: u32) -> Result<Vec<SyncRun>, StoreError> {
        let rows = sqlx::query(&format!("SELECT {RUN_COLUMNS} FROM sync_runs ORDER BY id DESC LIMIT ?"))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(run_from_row).collect()
    }

    async fn latest_complete(&self) -> Result<Option<SyncRun>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {RUN_COLUMNS} FROM sync_runs WHERE outcome = 'complete' ORDER BY id DESC LIMIT 1"
        ))
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(run_from_row).transpose()
    }

    async fn load(&self, run: i64, sink: &mut dyn SnapshotSink) -> Result<(), StoreError> {
        let mut catalog =
            sqlx::query("SELECT record FROM snapshot_catalog WHERE run_id = ?").bind(run).fetch(&self.pool);
        while let Some(row) = catalog.try_next().await? {
            let record: String = row.try_get(0)?;
            sink.catalog(serde_json::from_str(&record).map_err(|e| StoreError::Corrupt(e.to_string()))?);
        }
        drop(catalog);
        let mut accounts = sqlx::query(
            "SELECT source, account_id, record FROM snapshot_accounts WHERE run_id = ? ORDER BY account_id",
        )
        .bind(run)
        .fetch(&self.pool);
        while let Some(row) = accounts.try_next().await? {
            let source: String = row.try_get(0)?;
            let source = source.parse::<Source>().map_err(|_| StoreError::Corrupt(format!("source {source:?}")))?;
            let record: String = row.try_get(2)?;
            let facts = serde_json::from_str(&record).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            sink.account(source, row.try_get(1)?, facts);
        }
        drop(accounts);
        let mut grants = sqlx::query("SELECT principal, target, role FROM snapshot_grants WHERE run_id = ?")
            .bind(run)
            .fetch(&self.pool);
        while let Some(row) = grants.try_next().await? {
            sink.grant(crate::snapshot::facts::Grant {
                principal: row.try_get(0)?,
                target: row.try_get(1)?,
                role: row.try_get(2)?,
            });
        }
        Ok(())
    }
}
