//! The Audit page's server functions over real HTTP, on a real SQLite log: filters, search,
//! paging, the pickers, and the entries that record views and exports without breaking
//! the hash chain.

mod common;

use chrono::{Duration, Utc};
use serde_json::{Value, json};
use server::store::AuditEntry;

/// Entries as a bulk action writes them: an intent and a failed result for one user, in a job.
async fn seed(server: &common::TestServer) {
    let store = server.store().await;
    for outcome in ["intent", "failed"] {
        let entry = AuditEntry {
            actor_name: Some("Grace Hopper".into()),
            auth_via: Some("atlassian".into()),
            target: Some("acc-zoe-1".into()),
            target_name: Some("Zoë Adams".into()),
            target_email: Some("zoe.adams@example.com".into()),
            atlassian_status: (outcome == "failed").then_some(403),
            request_id: (outcome == "failed").then(|| "req-7f3a9".into()),
            job_id: Some("job-42".into()),
            details: json!({ "method": "lifecycle_disable", "reason": "100% inactive_user" }),
            ..AuditEntry::new("atlassian:557058:grace", "user_deactivated", outcome)
        };
        store.append_audit(&entry).await.expect("append");
    }
}

/// A page of our own log (the demo organisation's Atlassian events, which its first sync read,
/// are another source and have their own tests), unless `filter` names a source.
async fn page(server: &common::TestServer, mut filter: Value, page: u32, page_size: u32) -> Value {
    if let Some(fields) = filter.as_object_mut() {
        fields.entry("source").or_insert(json!("app"));
    }
    let (status, body) =
        server.call("audit", json!({ "query": { "filter": filter, "page": page, "page_size": page_size } })).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn actions(page: &Value) -> Vec<String> {
    page["rows"].as_array().expect("rows").iter().map(|r| r["action"].as_str().unwrap_or_default().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_search_and_paging() {
    let server = common::TestServer::start().await;
    let (status, _) = server.call("settings/thresholds", json!({ "warning_days": 45, "overdue_days": 120 })).await;
    assert_eq!(status, 200);
    seed(&server).await;

    // This app's own log, in chain order (the events Atlassian reports, which a sync may have
    // read meanwhile, list beside it by time: see tests/events.rs).
    let all = page(&server, json!({ "source": "app" }), 0, 50).await;
    let seqs: Vec<i64> =
        all["rows"].as_array().expect("rows").iter().map(|r| r["seq"].as_i64().expect("seq")).collect();
    assert!(seqs.windows(2).all(|w| w[0] > w[1]), "newest first: {seqs:?}");
    assert_eq!(all["total"].as_u64(), Some(seqs.len() as u64));

    let by_action = page(&server, json!({ "action": "settings_changed" }), 0, 50).await;
    assert_eq!(actions(&by_action), ["settings_changed"]);
    let row = &by_action["rows"][0];
    assert_eq!(row["target"], "inactivity_thresholds");
    assert_eq!(
        (row["actor"].as_str(), row["actor_name"].as_str()),
        (Some("local:test-admin@example.com"), Some("Test Admin"))
    );
    assert_eq!(row["auth_via"], "local");
    let details: Value = serde_json::from_str(row["details"].as_str().expect("details")).expect("JSON details");
    assert_eq!(details["after"], json!({ "warning_days": 45, "overdue_days": 120 }));

    let failed = page(&server, json!({ "outcome": "failed" }), 0, 50).await;
    assert_eq!(failed["total"], 1);
    assert_eq!(failed["rows"][0]["atlassian_status"], 403);
    assert_eq!(failed["rows"][0]["request_id"], "req-7f3a9");
    assert_eq!(failed["rows"][0]["job_id"], "job-42");

    // The affected user: by account id, e-mail or name, the last two in any case.
    for user in ["acc-zoe-1", "ZOE.ADAMS@example.com", "zoë adams"] {
        assert_eq!(page(&server, json!({ "user": user }), 0, 50).await["total"], 2, "{user}");
    }
    for part in ["acc-zoe", "zoe.adams@", "Zoë"] {
        assert_eq!(page(&server, json!({ "user": part }), 0, 50).await["total"], 0, "{part}: whole values match");
    }

    // The admin: the actor, the bare id or login, or the name in any case.
    for admin in ["atlassian:557058:grace", "557058:grace", "grace hopper"] {
        assert_eq!(actions(&page(&server, json!({ "admin": admin }), 0, 50).await), ["user_deactivated"; 2], "{admin}");
    }
    let mine = page(&server, json!({ "admin": "test-admin@example.com" }), 0, 50).await;
    assert!(actions(&mine).contains(&"sign_in".to_owned()), "{mine}");
    assert!(!actions(&mine).contains(&"user_deactivated".to_owned()));

    // Free text: request id, details, target name, action, wildcards taken literally.
    for (text, expected) in [("REQ-7F3A9", 1), ("lifecycle_disable", 2), ("zoë", 2), ("100%", 2), ("100_", 0)] {
        assert_eq!(page(&server, json!({ "text": text }), 0, 50).await["total"], expected, "{text}");
    }
    assert_eq!(page(&server, json!({ "text": "deactivated", "outcome": "intent" }), 0, 50).await["total"], 1);

    // Days are UTC and both ends count.
    let today = Utc::now().date_naive();
    let tomorrow = today + Duration::days(1);
    let yesterday = today - Duration::days(1);
    assert_eq!(page(&server, json!({ "from": tomorrow }), 0, 50).await["total"], 0);
    assert_eq!(page(&server, json!({ "to": yesterday }), 0, 50).await["total"], 0);
    let one_day = page(&server, json!({ "from": today, "to": today, "action": "user_deactivated" }), 0, 50).await;
    assert_eq!(one_day["total"], 2);

    // Paging: pages of two, newest first, no entry twice.
    let store = server.store().await;
    for n in 0..5 {
        let entry = AuditEntry { target: Some(format!("page-{n}")), ..AuditEntry::new("system", "paging_test", "ok") };
        store.append_audit(&entry).await.expect("append");
    }
    let filter = json!({ "action": "paging_test" });
    let pages: Vec<Value> = pages_of_two(&server, &filter).await;
    let targets: Vec<&str> = pages
        .iter()
        .flat_map(|p| p["rows"].as_array().expect("rows"))
        .map(|r| r["target"].as_str().expect("target"))
        .collect();
    assert_eq!(targets, ["page-4", "page-3", "page-2", "page-1", "page-0"]);
    assert!(pages.iter().all(|p| p["total"] == 5));

    let (status, options) = server.call("audit/filters", json!({})).await;
    assert_eq!(status, 200);
    for action in ["sign_in", "settings_changed", "user_deactivated", "audit_viewed"] {
        assert!(options["actions"].as_array().expect("actions").contains(&json!(action)), "{options}");
    }
    assert!(options["outcomes"].as_array().expect("outcomes").contains(&json!("failed")));
    let admins = options["admins"].as_array().expect("admins");
    assert!(admins.contains(&json!(["atlassian:557058:grace", "Grace Hopper"])), "{options}");
    assert!(admins.contains(&json!(["local:test-admin@example.com", "Test Admin"])), "{options}");

    let long = "x".repeat(201);
    let (status, body) = server.call("audit", json!({ "query": { "filter": { "text": long } } })).await;
    assert_eq!((status, body["code"].as_str()), (400, Some("invalid_input")));
}

/// The first three pages of two entries each.
async fn pages_of_two(server: &common::TestServer, filter: &Value) -> Vec<Value> {
    let mut pages = Vec::new();
    for n in 0..3 {
        pages.push(page(server, filter.clone(), n, 2).await);
    }
    pages
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_and_exports_are_audited_and_keep_the_chain() {
    let server = common::TestServer::start().await;
    seed(&server).await;
    let count =
        |log: &[server::store::AuditRecord], action: &str| log.iter().filter(|e| e.entry.action == action).count();

    // Views: paging and repeating one filter record one view; another filter another.
    for n in 0..3 {
        page(&server, json!({ "outcome": "failed" }), n, 1).await;
    }
    page(&server, json!({ "outcome": "failed" }), 0, 50).await;
    let log = server.audit().await;
    assert_eq!(count(&log, "audit_viewed"), 1);
    let viewed = log.iter().find(|e| e.entry.action == "audit_viewed").expect("a view");
    assert_eq!(viewed.entry.details, json!({ "filter": { "outcome": "failed", "source": "app" } }));
    assert_eq!(viewed.entry.actor_name.as_deref(), Some("Test Admin"));
    assert_eq!(viewed.entry.auth_via.as_deref(), Some("local"));
    page(&server, json!({ "outcome": "intent" }), 0, 50).await;
    page(&server, json!({}), 0, 50).await;
    assert_eq!(count(&server.audit().await, "audit_viewed"), 3);

    // An export: its first page pins the log and records the export with its filter and rows.
    let filter = json!({ "action": "user_deactivated", "source": "app" });
    let (status, first) = server.call("audit/export", json!({ "query": { "filter": filter } })).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["total"], 2);
    let cells = first["cells"].as_array().expect("cells");
    assert_eq!(cells.len(), 2);
    assert_eq!(cells[0].as_array().map(Vec::len), Some(app::audit::COLUMNS.len()));
    let column = |id: &str| app::audit::COLUMNS.iter().position(|c| *c == id).expect("a column");
    assert_eq!(cells[0][column("audit-csv-outcome")], "failed", "newest first");
    assert_eq!(cells[0][column("audit-csv-target-email")], "zoe.adams@example.com");
    let log = server.audit().await;
    let export = log.last().expect("an entry");
    assert_eq!(export.entry.action, "audit_export");
    assert_eq!(export.entry.actor, "local:test-admin@example.com");
    assert_eq!(export.entry.actor_name.as_deref(), Some("Test Admin"));
    assert_eq!(export.entry.auth_via.as_deref(), Some("local"));
    assert_eq!(export.entry.details["filter"], filter);
    assert_eq!(export.entry.details["rows"], 2);
    assert_eq!(export.entry.details["until_seq"], first["until_seq"]);
    assert_eq!(first["until_seq"].as_i64(), Some(export.seq - 1), "the export's own record is not in it");

    // Later pages read the pinned log and are not recorded again.
    let (status, second) = server
        .call("audit/export", json!({ "query": { "filter": filter, "page": 1, "until_seq": first["until_seq"] } }))
        .await;
    assert_eq!(status, 200, "{second}");
    assert_eq!(second["cells"], json!([]));
    assert_eq!(count(&server.audit().await, "audit_export"), 1);
    // Every export that starts is recorded, however soon after the last.
    server.call("audit/export", json!({ "query": { "filter": filter } })).await;
    assert_eq!(count(&server.audit().await, "audit_export"), 2);

    // Exports of users are recorded too: once per export (its first page), with the filter.
    let users = json!({ "status": ["active"] });
    let (status, _) = server.call("users/export", json!({ "query": users, "layout": "users" })).await;
    assert_eq!(status, 200);
    let (status, _) =
        server.call("users/export", json!({ "query": { "status": ["active"], "page": 1 }, "layout": "users" })).await;
    assert_eq!(status, 200);
    let log = server.audit().await;
    assert_eq!(count(&log, "users_exported"), 1);
    let exported = log.iter().find(|e| e.entry.action == "users_exported").expect("a users export");
    assert_eq!(exported.entry.details["filter"]["status"], json!(["active"]));
    assert_eq!(exported.entry.actor_name.as_deref(), Some("Test Admin"));

    // A client that is not our browser, asking a later page first, another page size, or only
    // some pages, is recorded too, once per export; a first page always starts a new one.
    let users = |page: u32, page_size: u32| json!({ "query": { "text": "a", "page": page, "page_size": page_size }, "layout": "users" });
    for (page, page_size) in [(2, 0), (1, 7), (3, 1_000_000), (0, 0)] {
        let (status, body) = server.call("users/export", users(page, page_size)).await;
        assert_eq!(status, 200, "{body}");
    }
    let log = server.audit().await;
    let exports: Vec<_> = log.iter().filter(|e| e.entry.action == "users_exported").collect();
    assert_eq!(exports.len(), 3, "the export begun at page 2 once, and the new one at page 0");
    assert_eq!(exports[1].entry.details["page"], 2);
    assert_eq!(exports[1].entry.details["filter"]["text"], "a");
    assert_eq!(exports[1].entry.details["filter"]["page"], 0);
    assert_eq!(exports[2].entry.details["page"], 0);

    // The chain holds: each entry follows the one before it, and the page's status says so.
    let log = server.audit().await;
    assert!(log.windows(2).all(|w| w[1].prev_hash == w[0].hash && w[1].seq == w[0].seq + 1), "the chain is unbroken");
    let (status, integrity) = server.call("audit/integrity", json!({})).await;
    assert_eq!(status, 200, "{integrity}");
    assert!(integrity["problem"].is_null(), "{integrity}");
    assert!(integrity["entries"].as_u64().is_some_and(|n| n >= log.len() as u64 - 1), "{integrity}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_checkpoint_file_shows_on_the_audit_page_in_the_admins_language() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    // A checkpoint after every entry, so the sign-in's entries are signed at once.
    let server = common::TestServer::start_with(site, |config| config.audit_checkpoint_entries = 1).await;
    let sink = server.data_dir().join("audit-checkpoints.jsonl");
    let store = server.store().await;
    let mut waited = 0;
    // Signing in appended entries; the server signs them and records that it did.
    while store.setting(server::audit::checkpoint::MARK_SETTING).await.expect("read").is_none() && waited < 200 {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        waited += 1;
    }
    assert!(std::fs::read_to_string(&sink).is_ok_and(|t| t.lines().count() >= 1), "a checkpoint was written");
    std::fs::remove_file(&sink).expect("deleted");

    let (status, integrity) = server.call("audit/integrity", json!({})).await;
    assert_eq!(status, 200, "{integrity}");
    assert_eq!(integrity["problem"]["kind"], "checkpoints_missing", "{integrity}");
    let client = common::client();
    for (locale, words) in [("en", "Signed checkpoints missing"), ("de", "Signierte Prüfpunkte fehlen")] {
        let page = client
            .get(server.url("/audit"))
            .header("cookie", format!("{}; uam_locale={locale}", server.admin_cookie))
            .send()
            .await
            .expect("page")
            .text()
            .await
            .expect("body");
        assert!(page.contains(r#"data-problem="checkpoints_missing""#), "{page}");
        assert!(page.contains(words), "{locale}: {page}");
    }
}
