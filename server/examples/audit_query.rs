//! Times the Audit page's queries over a large log: `cargo run --release -p server --example
//! audit_query [entries]` (default 100,000) fills a fresh SQLite file with entries shaped like
//! real ones (sign-ins, settings changes, bulk-action intents and results over a few thousand
//! users) and prints the median and worst time of each query, as the server runs them.

use std::time::{Duration, Instant};

use app::audit::{AuditFilter, AuditQuery};
use chrono::{TimeDelta, Utc};

const RUNS: usize = 20;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let entries: i64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("audit.sqlite3");
    let store = server::store::open_sqlite(&path).await?;
    fill(&path, entries).await?;
    let now = Utc::now().date_naive();
    let day = |days_ago: i64| now - TimeDelta::days(days_ago);
    let cases: Vec<(&str, AuditFilter)> = vec![
        ("no filter", AuditFilter::default()),
        ("action", AuditFilter { action: Some("settings_changed".into()), ..AuditFilter::default() }),
        ("outcome (rare)", AuditFilter { outcome: Some("failed".into()), ..AuditFilter::default() }),
        ("admin by id", AuditFilter { admin: Some("atlassian:admin-7".into()), ..AuditFilter::default() }),
        ("admin by name", AuditFilter { admin: Some("admin number 7".into()), ..AuditFilter::default() }),
        ("affected user", AuditFilter { user: Some("user-1234".into()), ..AuditFilter::default() }),
        (
            "affected user by e-mail",
            AuditFilter { user: Some("Person1234@example.com".into()), ..AuditFilter::default() },
        ),
        ("last 7 days", AuditFilter { from: Some(day(7)), to: Some(now), ..AuditFilter::default() }),
        ("search, many matches", AuditFilter { text: Some("deactivate".into()), ..AuditFilter::default() }),
        ("search, one match", AuditFilter { text: Some("req-00042".into()), ..AuditFilter::default() }),
        ("search, no match", AuditFilter { text: Some("nothing like it".into()), ..AuditFilter::default() }),
        (
            "everything at once",
            AuditFilter {
                from: Some(day(60)),
                to: Some(now),
                action: Some("user_deactivated".into()),
                outcome: Some("ok".into()),
                text: Some("person".into()),
                ..AuditFilter::default()
            },
        ),
    ];
    println!("| query ({entries} entries) | matches | median | worst |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, filter) in cases {
        let query = AuditQuery { filter, page: 0, page_size: 50, ..AuditQuery::default() };
        let mut times = Vec::with_capacity(RUNS);
        let mut total = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            total = store.search_audit(&query).await?.total;
            times.push(started.elapsed());
        }
        times.sort();
        println!("| {name} | {total} | {} | {} |", ms(times[RUNS / 2]), ms(times[RUNS - 1]));
    }
    let started = Instant::now();
    let options = store.audit_options().await?;
    println!("| filter options ({} admins) | | {} | |", options.admins.len(), ms(started.elapsed()));
    Ok(())
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Writes `entries` entries spread over the last 180 days in one transaction (hashes are not
/// chained: only the queries are timed here).
async fn fill(path: &std::path::Path, entries: i64) -> Result<(), sqlx::Error> {
    use sqlx::ConnectOptions;
    let mut db = sqlx::sqlite::SqliteConnectOptions::new().filename(path).connect().await?;
    let mut tx = sqlx::Connection::begin(&mut db).await?;
    let start = Utc::now() - TimeDelta::days(180);
    let step = TimeDelta::seconds(180 * 86_400 / entries.max(1));
    for seq in 1..=entries {
        let admin = seq % 23;
        let user = (seq * 7919) % 5_000;
        let (action, target, outcome) = match seq % 10 {
            0 => ("sign_in", None, "ok"),
            1 => ("settings_changed", Some("thresholds".to_owned()), "ok"),
            2..=5 => ("user_deactivated", Some(format!("user-{user}")), if seq % 97 == 0 { "failed" } else { "ok" }),
            _ => ("user_deactivated", Some(format!("user-{user}")), "intent"),
        };
        let with_user = target.as_deref().is_some_and(|t| t.starts_with("user-"));
        let at = (start + step * i32::try_from(seq).unwrap_or(i32::MAX))
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_hash, hash, actor_name,
                                    auth_via, target_name, target_email, atlassian_status, request_id, job_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, 'atlassian', ?, ?, ?, ?, ?)",
        )
        .bind(seq)
        .bind(at)
        .bind(format!("atlassian:admin-{admin}"))
        .bind(action)
        .bind(target)
        .bind(outcome)
        .bind(format!(r#"{{"reason":"inactive for 180 days","method":"deactivate","batch":{}}}"#, seq / 500))
        .bind(format!("Admin Number {admin}"))
        .bind(with_user.then(|| format!("Person {user}")))
        .bind(with_user.then(|| format!("person{user}@example.com")))
        .bind(with_user.then_some(204))
        .bind(with_user.then(|| format!("req-{seq:05}")))
        .bind(with_user.then(|| format!("job-{}", seq / 500)))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
