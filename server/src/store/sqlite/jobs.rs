//! Bulk-action jobs and their items in SQLite, and the snapshot patch a finished job applies.

use app::{
    bulk::{ItemState, JobCounts, JobItem, JobState, Skip},
    code::Code,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::{Row, sqlite::SqliteRow};

use super::{SqliteStore, parse_stamp, stamp, write_batch};
use crate::{
    snapshot::facts::{AccountFacts, Batch, Grant, Source},
    store::{ItemUpdate, JobRecord, JobStore, StoreError},
};

fn corrupt(what: &str, error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {error}"))
}

fn job_from_row(row: &SqliteRow) -> Result<JobRecord, StoreError> {
    let params: serde_json::Value =
        serde_json::from_str(&row.try_get::<String, _>("params")?).map_err(|e| corrupt("job params", e))?;
    let state: String = row.try_get("state")?;
    let optional_stamp = |name: &str| -> Result<Option<DateTime<Utc>>, StoreError> {
        row.try_get::<Option<String>, _>(name)?.as_deref().map(parse_stamp).transpose()
    };
    Ok(JobRecord {
        id: row.try_get("id")?,
        action: serde_json::from_value(params["action"].clone()).map_err(|e| corrupt("job action", e))?,
        state: state.parse::<JobState>().map_err(|_| corrupt("job state", &state))?,
        created_by: row.try_get("created_by")?,
        created_by_name: params["created_by_name"].as_str().unwrap_or_default().to_owned(),
        auth_via: params["auth_via"].as_str().map(str::to_owned),
        installation_id: params["installation_id"].as_str().map(str::to_owned),
        created_at: parse_stamp(&row.try_get::<String, _>("created_at")?)?,
        started_at: optional_stamp("started_at")?,
        finished_at: optional_stamp("finished_at")?,
        undo_of: row.try_get("undo_of")?,
        error: row.try_get("error")?,
    })
}

fn item_from_row(row: &SqliteRow) -> Result<(i64, JobItem), StoreError> {
    let state: String = row.try_get("state")?;
    let skip: Option<String> = row.try_get("skip")?;
    let item = JobItem {
        account_id: row.try_get("account_id")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        state: state.parse::<ItemState>().map_err(|_| corrupt("item state", &state))?,
        steps: serde_json::from_str(&row.try_get::<String, _>("steps")?).map_err(|e| corrupt("item steps", e))?,
        skip: skip.map(|s| s.parse::<Skip>().map_err(|_| corrupt("item skip", &s))).transpose()?,
        reason: row.try_get("reason")?,
        atlassian_status: row.try_get::<Option<i64>, _>("atlassian_status")?.and_then(|s| u16::try_from(s).ok()),
        request_id: row.try_get("request_id")?,
    };
    Ok((row.try_get("seq")?, item))
}

fn steps_json(steps: &[app::bulk::Step]) -> Result<String, StoreError> {
    serde_json::to_string(steps).map_err(|e| corrupt("item steps", e))
}

#[async_trait]
impl JobStore for SqliteStore {
    async fn create_job(&self, job: &JobRecord, items: &[JobItem]) -> Result<(), StoreError> {
        let params = json!({
            "action": job.action,
            "created_by_name": job.created_by_name,
            "auth_via": job.auth_via,
            "installation_id": job.installation_id,
        });
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query(
            "INSERT INTO jobs (id, kind, state, created_at, created_by, params, undo_of) VALUES (?, 'bulk', ?, ?, ?, ?, ?)",
        )
        .bind(&job.id)
        .bind(job.state.code())
        .bind(stamp(job.created_at))
        .bind(&job.created_by)
        .bind(params.to_string())
        .bind(job.undo_of.as_deref())
        .execute(&mut *tx)
        .await?;
        let now = stamp(Utc::now());
        for (seq, item) in items.iter().enumerate() {
            sqlx::query(
                "INSERT INTO job_items (job_id, seq, account_id, name, email, state, steps, skip, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(&job.id)
            .bind(seq as i64)
            .bind(&item.account_id)
            .bind(&item.name)
            .bind(item.email.as_deref())
            .bind(item.state.code())
            .bind(steps_json(&item.steps)?)
            .bind(item.skip.map(|s| s.code()))
            .bind(&now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn job(&self, id: &str) -> Result<Option<JobRecord>, StoreError> {
        let row = sqlx::query("SELECT * FROM jobs WHERE id = ? AND kind = 'bulk'")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(job_from_row).transpose()
    }

    async fn jobs(&self, limit: u32) -> Result<Vec<JobRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM jobs WHERE kind = 'bulk' ORDER BY created_at DESC, id DESC LIMIT ?")
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(job_from_row).collect()
    }

    async fn next_job(&self) -> Result<Option<JobRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT * FROM jobs WHERE kind = 'bulk' AND state IN ('running', 'cancelling', 'queued')
             ORDER BY state = 'queued', created_at, id LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(job_from_row).transpose()
    }

    async fn queued_before(&self, at: DateTime<Utc>) -> Result<u32, StoreError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE kind = 'bulk' AND state IN ('queued', 'running', 'cancelling') AND created_at < ?",
        )
        .bind(stamp(at))
        .fetch_one(&self.pool)
        .await?;
        Ok(n as u32)
    }

    async fn set_job_state(
        &self,
        id: &str,
        state: JobState,
        at: DateTime<Utc>,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        let at = stamp(at);
        sqlx::query(
            "UPDATE jobs SET state = ?,
                 started_at = CASE WHEN ? = 'running' THEN COALESCE(started_at, ?) ELSE started_at END,
                 finished_at = CASE WHEN ? IN ('cancelled', 'finished', 'failed') THEN ? ELSE finished_at END,
                 error = COALESCE(?, error)
             WHERE id = ?",
        )
        .bind(state.code())
        .bind(state.code())
        .bind(&at)
        .bind(state.code())
        .bind(&at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn undone_by(&self, id: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT id FROM jobs WHERE undo_of = ? ORDER BY created_at LIMIT 1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn job_items(
        &self,
        id: &str,
        state: Option<ItemState>,
        offset: u32,
        limit: u32,
    ) -> Result<Vec<(i64, JobItem)>, StoreError> {
        let rows = sqlx::query(
            "SELECT * FROM job_items WHERE job_id = ? AND (? IS NULL OR state = ?) ORDER BY seq LIMIT ? OFFSET ?",
        )
        .bind(id)
        .bind(state.as_ref().map(Code::code))
        .bind(state.as_ref().map(Code::code))
        .bind(i64::from(limit))
        .bind(i64::from(offset))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    async fn job_counts(&self, id: &str) -> Result<JobCounts, StoreError> {
        let rows = sqlx::query("SELECT state, COUNT(*) AS n FROM job_items WHERE job_id = ? GROUP BY state")
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let mut counts = JobCounts::default();
        for row in rows {
            let state: String = row.try_get("state")?;
            let n: i64 = row.try_get("n")?;
            counts.add(state.parse::<ItemState>().map_err(|_| corrupt("item state", &state))?, n as u32);
        }
        Ok(counts)
    }

    async fn count_items(&self, id: &str, state: Option<ItemState>) -> Result<u32, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM job_items WHERE job_id = ? AND (? IS NULL OR state = ?)")
            .bind(id)
            .bind(state.as_ref().map(Code::code))
            .bind(state.as_ref().map(Code::code))
            .fetch_one(&self.pool)
            .await?;
        Ok(n as u32)
    }

    async fn update_item(&self, id: &str, seq: i64, update: &ItemUpdate) -> Result<(), StoreError> {
        let steps = update.steps.as_deref().map(steps_json).transpose()?;
        sqlx::query(
            "UPDATE job_items SET state = ?, steps = COALESCE(?, steps), skip = COALESCE(?, skip),
                 reason = COALESCE(?, reason), atlassian_status = COALESCE(?, atlassian_status),
                 request_id = COALESCE(?, request_id), updated_at = ?
             WHERE job_id = ? AND seq = ?",
        )
        .bind(update.state.code())
        .bind(steps)
        .bind(update.skip.map(|s| s.code()))
        .bind(update.reason.as_deref())
        .bind(update.atlassian_status.map(i64::from))
        .bind(update.request_id.as_deref())
        .bind(stamp(Utc::now()))
        .bind(id)
        .bind(seq)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn cancel_pending(&self, id: &str) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE job_items SET state = 'cancelled', updated_at = ? WHERE job_id = ? AND state = 'pending'",
        )
        .bind(stamp(Utc::now()))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    async fn patch_snapshot(
        &self,
        run: i64,
        accounts: &[(String, AccountFacts)],
        removed: &[Grant],
        added: &[Grant],
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for (id, _) in accounts {
            sqlx::query("DELETE FROM snapshot_accounts WHERE run_id = ? AND source = ? AND account_id = ?")
                .bind(run)
                .bind(Source::Org.code())
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        for grant in removed {
            sqlx::query("DELETE FROM snapshot_grants WHERE run_id = ? AND principal = ? AND target = ? AND role = ?")
                .bind(run)
                .bind(&grant.principal)
                .bind(&grant.target)
                .bind(&grant.role)
                .execute(&mut *tx)
                .await?;
        }
        write_batch(&mut tx, run, &Batch::Accounts(Source::Org, accounts.to_vec())).await?;
        write_batch(&mut tx, run, &Batch::Grants(added.to_vec())).await?;
        tx.commit().await?;
        Ok(())
    }
}
