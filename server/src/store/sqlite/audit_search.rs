//! The Audit page's queries over `audit_log` and, beside it, Atlassian's events
//! (`atlassian_events`, never part of the chain): each source is read through one row shape, and
//! one WHERE clause built from the filter serves the count and the page, newest first. The
//! filters (days, action, outcome, admin, affected user) are equalities and ranges that the
//! indexes of migrations 5 and 8 answer; free text is a case-insensitive substring scan. This
//! app's entries alone list in chain order; with Atlassian's, by time.

use app::{
    audit::{AuditAction, AuditFilter, AuditOptions, AuditPage, AuditQuery, AuditRow, AuditSource},
    code::Code,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Column, QueryBuilder, Row, Sqlite, sqlite::SqliteRow};

use super::{SqliteStore, stamp};
use crate::store::{AuditEntry, AuditSearch, AuditStore, StoreError};

/// `value` as a LIKE pattern matching it anywhere, its own wildcards escaped (with `\`).
fn contains(value: &str) -> String {
    let mut pattern = String::with_capacity(value.len() + 2);
    pattern.push('%');
    for c in value.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// This app's entries in the shared row shape.
const APP_ROWS: &str = "SELECT 'app' AS source, seq, at, actor, actor_name, auth_via, installation_id, action, target,
    target_name, target_email, outcome, details, atlassian_status, request_id, job_id, prev_hash, hash,
    NULL AS event_id, NULL AS ip, NULL AS product FROM audit_log";

/// Atlassian's events in the same shape: their own numbering, no hashes, and what they report
/// happened (`ok`).
const EVENT_ROWS: &str = "SELECT 'atlassian' AS source, id AS seq, at, actor, actor_name, auth_via,
    NULL AS installation_id, action, target, target_name, target_email, 'ok' AS outcome, details,
    NULL AS atlassian_status, NULL AS request_id, NULL AS job_id, '' AS prev_hash, '' AS hash, event_id, ip,
    product FROM atlassian_events";

/// What becomes of one admin's own readings of the log (`audit_viewed` entries by that actor).
#[derive(Clone, Copy)]
enum Views<'a> {
    /// Listed like any other entry.
    Listed,
    /// Left out: the page lists everything else.
    HiddenOf(&'a str),
    /// Only they: how many the page leaves out.
    OnlyOf(&'a str),
}

/// One source's rows under `filter`, up to its pinned head.
fn push_rows(sql: &mut QueryBuilder<'_, Sqlite>, rows: &str, filter: &AuditFilter, until: Option<i64>, views: Views) {
    sql.push("SELECT * FROM (").push(rows).push(")");
    push_where(sql, filter, until, views);
}

/// Appends ` WHERE …` for `filter` (and the pinned head, and what becomes of one admin's own
/// readings) to `sql`.
fn push_where(sql: &mut QueryBuilder<'_, Sqlite>, filter: &AuditFilter, until_seq: Option<i64>, views: Views) {
    let mut first = true;
    let mut and = |sql: &mut QueryBuilder<'_, Sqlite>| {
        sql.push(if first { " WHERE " } else { " AND " });
        first = false;
    };
    match views {
        Views::Listed => {}
        Views::HiddenOf(actor) => {
            and(sql);
            sql.push("NOT (action = ")
                .push_bind(AuditAction::AuditViewed.code())
                .push(" AND actor = ")
                .push_bind(actor.to_owned())
                .push(")");
        }
        Views::OnlyOf(actor) => {
            and(sql);
            sql.push("action = ")
                .push_bind(AuditAction::AuditViewed.code())
                .push(" AND actor = ")
                .push_bind(actor.to_owned());
        }
    }
    if let Some(until) = until_seq {
        and(sql);
        sql.push("seq <= ").push_bind(until);
    }
    // Stamps are fixed-width RFC 3339 text, so a day's bounds compare as text.
    if let Some(from) = filter.from {
        and(sql);
        sql.push("at >= ").push_bind(from.format("%Y-%m-%d").to_string());
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        and(sql);
        sql.push("at < ").push_bind(to.format("%Y-%m-%d").to_string());
    }
    if let Some(action) = &filter.action {
        and(sql);
        sql.push("action = ").push_bind(action.clone());
    }
    if let Some(outcome) = &filter.outcome {
        and(sql);
        sql.push("outcome = ").push_bind(outcome.clone());
    }
    if let Some(admin) = &filter.admin {
        and(sql);
        sql.push("(actor = ")
            .push_bind(admin.clone())
            .push(" OR actor = ")
            .push_bind(format!("atlassian:{admin}"))
            .push(" OR actor = ")
            .push_bind(format!("local:{admin}"))
            .push(" OR actor_name = ")
            .push_bind(admin.clone())
            .push(" COLLATE NOCASE)");
    }
    if let Some(user) = &filter.user {
        and(sql);
        sql.push("(target = ")
            .push_bind(user.clone())
            .push(" OR target_name = ")
            .push_bind(user.clone())
            .push(" COLLATE NOCASE OR target_email = ")
            .push_bind(user.clone())
            .push(" COLLATE NOCASE)");
    }
    if let Some(text) = &filter.text {
        and(sql);
        let pattern = contains(text);
        let columns = [
            "actor_name",
            "actor",
            "target",
            "target_name",
            "target_email",
            "action",
            "request_id",
            "job_id",
            "event_id",
            "ip",
            "product",
        ];
        sql.push("(");
        for column in columns {
            sql.push(column).push(" LIKE ").push_bind(pattern.clone()).push(" ESCAPE '\\' OR ");
        }
        // The details of the log's own readings are the filters admins typed: matching them
        // would make every search find the searches themselves.
        sql.push("(details LIKE ")
            .push_bind(pattern)
            .push(" ESCAPE '\\' AND action NOT IN (")
            .push_bind(AuditAction::AuditViewed.code())
            .push(", ")
            .push_bind(AuditAction::AuditExport.code())
            .push(")))");
    }
}

/// One row of either source as the page shows it.
fn row_from(row: &SqliteRow) -> Result<AuditRow, StoreError> {
    // Both sources' SELECTs name their columns as `AuditRow`'s fields: each column becomes the
    // JSON value of what SQLite holds (a number, text or null), and serde reads the row whole.
    let mut fields = serde_json::Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = match row.try_get::<Option<i64>, _>(i) {
            Ok(number) => serde_json::json!(number),
            Err(_) => serde_json::json!(row.try_get::<Option<String>, _>(i)?),
        };
        fields.insert(column.name().to_owned(), value);
    }
    serde_json::from_value(serde_json::Value::Object(fields)).map_err(|e| StoreError::Corrupt(e.to_string()))
}

#[async_trait]
impl AuditSearch for SqliteStore {
    async fn search_audit(&self, query: &AuditQuery) -> Result<AuditPage, StoreError> {
        let page_size = query.effective_page_size();
        // The service refuses an unknown source; here it would mean both.
        let source = query.filter.source().ok().flatten();
        let (app, events) = (source != Some(AuditSource::Atlassian), source != Some(AuditSource::App));
        // One read transaction: the heads, the counts and the page all see the same log.
        let mut tx = self.pool.begin().await?;
        let head: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM audit_log").fetch_one(&mut *tx).await?;
        let head_event: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM atlassian_events").fetch_one(&mut *tx).await?;
        // Only an export pins the log: a page reads it in this one transaction anyway, and a
        // bound on `seq` would tempt the planner to walk the table instead of an index.
        let until = query.until_seq.map(|u| u.min(head));
        let until_event = query.until_event.map(|u| u.min(head_event));
        let views = query.hide_views_of.as_deref().map_or(Views::Listed, Views::HiddenOf);
        let mut total: i64 = 0;
        for (wanted, rows, pin) in [(app, APP_ROWS, until), (events, EVENT_ROWS, until_event)] {
            if wanted {
                let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM (");
                push_rows(&mut count, rows, &query.filter, pin, views);
                count.push(")");
                total += count.build_query_scalar::<i64>().fetch_one(&mut *tx).await?;
            }
        }
        // The admin's own readings that the filter matches but the page leaves out, so that the
        // page can say how many and offer them (only this app records readings).
        let hidden_views: i64 = match query.hide_views_of.as_deref() {
            Some(actor) if app => {
                let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM (");
                push_rows(&mut count, APP_ROWS, &query.filter, until, Views::OnlyOf(actor));
                count.push(")");
                count.build_query_scalar::<i64>().fetch_one(&mut *tx).await?
            }
            _ => 0,
        };
        let mut select = QueryBuilder::<Sqlite>::new("");
        if app {
            push_rows(&mut select, APP_ROWS, &query.filter, until, views);
        }
        if app && events {
            select.push(" UNION ALL ");
        }
        if events {
            push_rows(&mut select, EVENT_ROWS, &query.filter, until_event, views);
        }
        // This app's entries alone keep chain order; mixed with Atlassian's, time decides.
        select
            .push(if events { " ORDER BY at DESC, seq DESC LIMIT " } else { " ORDER BY seq DESC LIMIT " })
            .push_bind(i64::from(page_size))
            .push(" OFFSET ")
            .push_bind(i64::from(query.page) * i64::from(page_size));
        let rows = select.build().fetch_all(&mut *tx).await?;
        tx.commit().await?;
        Ok(AuditPage {
            total: u64::try_from(total).unwrap_or(0),
            page: query.page,
            page_size,
            rows: rows.iter().map(row_from).collect::<Result<_, _>>()?,
            head_seq: head,
            head_event,
            hidden_views: u64::try_from(hidden_views).unwrap_or(0),
            jobs: Vec::new(),
        })
    }

    async fn audit_options(&self) -> Result<AuditOptions, StoreError> {
        let actions: Vec<String> = sqlx::query_scalar(
            "SELECT action FROM audit_log UNION SELECT action FROM atlassian_events ORDER BY action",
        )
        .fetch_all(&self.pool)
        .await?;
        let outcomes: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT outcome FROM audit_log ORDER BY outcome").fetch_all(&self.pool).await?;
        let admins: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT actor, MAX(actor_name) FROM (SELECT actor, actor_name FROM audit_log
             UNION ALL SELECT actor, actor_name FROM atlassian_events) GROUP BY actor",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut admins: Vec<(String, String)> =
            admins.into_iter().map(|(actor, name)| (actor.clone(), name.unwrap_or(actor))).collect();
        admins.sort_by(|a, b| a.1.to_lowercase().cmp(&b.1.to_lowercase()).then_with(|| a.0.cmp(&b.0)));
        Ok(AuditOptions { actions, outcomes, admins })
    }

    async fn append_audit_once(&self, entry: &AuditEntry, since: DateTime<Utc>) -> Result<Option<i64>, StoreError> {
        let filter = entry.details.get("filter").map_or_else(|| "null".to_owned(), |f| f.to_string());
        let recent: Option<i64> = sqlx::query_scalar(
            "SELECT seq FROM audit_log
             WHERE actor = ? AND action = ? AND at >= ?
               AND COALESCE(json_extract(details, '$.filter'), 'null') = COALESCE(json(?), 'null')
             LIMIT 1",
        )
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(stamp(since))
        .bind(&filter)
        .fetch_optional(&self.pool)
        .await?;
        // Appended through the one path every entry takes, so it chains (and is checkpointed)
        // like any other. Two identical views racing here may both be written: harmless.
        match recent {
            Some(_) => Ok(None),
            None => self.append_audit(entry).await.map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::contains;

    #[test]
    fn wildcards_in_the_text_are_literal() {
        assert_eq!(contains("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(contains("ada"), "%ada%");
    }
}
