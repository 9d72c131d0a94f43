//! Atlassian's events in SQLite: stored once each (by organisation and event id), the read mark,
//! the accounts they name, and the record of incremental syncs. Nothing here touches the audit
//! log, its chain or its gate.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{SqliteStore, parse_stamp, stamp};
use crate::store::{AtlassianEvent, EventStore, IncrementalRecord, StoreError};

#[async_trait]
impl EventStore for SqliteStore {
    async fn store_events(
        &self,
        org_id: &str,
        events: &[AtlassianEvent],
        received_at: DateTime<Utc>,
    ) -> Result<Vec<usize>, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut new = Vec::new();
        let received = stamp(received_at);
        for (position, event) in events.iter().enumerate() {
            let details = serde_json::to_string(&event.details).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO atlassian_events (org_id, event_id, at, action, actor, actor_name, actor_email, auth_via,
                 target, target_name, target_email, ip, product, details, received_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (org_id, event_id) DO NOTHING RETURNING id",
            )
            .bind(org_id)
            .bind(&event.event_id)
            .bind(stamp(event.at))
            .bind(&event.action)
            .bind(&event.actor)
            .bind(event.actor_name.as_deref())
            .bind(event.actor_email.as_deref())
            .bind(event.auth_via.as_deref())
            .bind(event.target.as_deref())
            .bind(event.target_name.as_deref())
            .bind(event.target_email.as_deref())
            .bind(event.ip.as_deref())
            .bind(event.product.as_deref())
            .bind(details)
            .bind(&received)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else { continue };
            for account in &event.accounts {
                sqlx::query("INSERT OR IGNORE INTO atlassian_event_accounts (event, account_id) VALUES (?, ?)")
                    .bind(id)
                    .bind(account)
                    .execute(&mut *tx)
                    .await?;
            }
            new.push(position);
        }
        tx.commit().await?;
        Ok(new)
    }

    async fn events_mark(&self, org_id: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
        let mark: Option<String> = sqlx::query_scalar("SELECT newest_at FROM atlassian_events_mark WHERE org_id = ?")
            .bind(org_id)
            .fetch_optional(&self.pool)
            .await?;
        mark.as_deref().map(parse_stamp).transpose()
    }

    async fn set_events_mark(
        &self,
        org_id: &str,
        newest_at: DateTime<Utc>,
        read_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        // Never backwards: two reads finishing out of order keep the later mark.
        sqlx::query(
            "INSERT INTO atlassian_events_mark (org_id, newest_at, read_at) VALUES (?, ?, ?)
             ON CONFLICT (org_id) DO UPDATE SET newest_at = MAX(newest_at, excluded.newest_at),
             read_at = excluded.read_at",
        )
        .bind(org_id)
        .bind(stamp(newest_at))
        .bind(stamp(read_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn event_accounts_since(&self, org_id: &str, since: DateTime<Utc>) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT a.account_id FROM atlassian_events e
             JOIN atlassian_event_accounts a ON a.event = e.id
             WHERE e.org_id = ? AND (e.at >= ? OR e.received_at >= ?) ORDER BY a.account_id",
        )
        .bind(org_id)
        .bind(stamp(since))
        .bind(stamp(since))
        .fetch_all(&self.pool)
        .await?)
    }

    async fn prune_events(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let done =
            sqlx::query("DELETE FROM atlassian_events WHERE at < ?").bind(stamp(before)).execute(&self.pool).await?;
        Ok(done.rows_affected())
    }

    async fn record_incremental(&self, run: &IncrementalRecord) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO incremental_runs (at, finished_at, events, users, requests, covered_until, error)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(stamp(run.at))
        .bind(stamp(run.finished_at))
        .bind(i64::try_from(run.events).unwrap_or(i64::MAX))
        .bind(i64::try_from(run.users).unwrap_or(i64::MAX))
        .bind(i64::try_from(run.requests).unwrap_or(i64::MAX))
        .bind(run.covered_until.map(stamp))
        .bind(run.error.as_deref())
        .execute(&mut *tx)
        .await?;
        // A day of runs every minute is plenty of history; the newest covered one always stays.
        sqlx::query(
            "DELETE FROM incremental_runs WHERE id <= (SELECT MAX(id) FROM incremental_runs) - 1440
             AND id <> (SELECT MAX(id) FROM incremental_runs WHERE covered_until IS NOT NULL)",
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn last_incremental(&self) -> Result<Option<IncrementalRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT at, finished_at, events, users, requests, covered_until, error FROM incremental_runs
             ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let count = |name: &str| -> Result<u64, StoreError> { Ok(row.try_get::<i64, _>(name)?.max(0) as u64) };
        let covered: Option<String> = row.try_get("covered_until")?;
        Ok(Some(IncrementalRecord {
            at: parse_stamp(&row.try_get::<String, _>("at")?)?,
            finished_at: parse_stamp(&row.try_get::<String, _>("finished_at")?)?,
            events: count("events")?,
            users: count("users")?,
            requests: count("requests")?,
            covered_until: covered.as_deref().map(parse_stamp).transpose()?,
            error: row.try_get("error")?,
        }))
    }

    async fn last_covered(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let covered: Option<String> =
            sqlx::query_scalar("SELECT MAX(covered_until) FROM incremental_runs").fetch_one(&self.pool).await?;
        covered.as_deref().map(parse_stamp).transpose()
    }
}
