//! Atlassian's events beside our audit log, and the incremental sync, over real HTTP against the
//! simulator: a change an admin makes in admin.atlassian.com (the simulator's `/__sim/admin-change`)
//! reaches the Audit page as Atlassian's, filterable by source and in the CSV, and the users query
//! without a full sync, in a handful of requests; the hash chain is untouched; a malformed events
//! answer is a clear error; hostile filter values are refused.

mod common;
#[path = "common/org.rs"]
mod org;

use std::sync::Arc;

use atlassian_sim::{
    Sizes,
    model::{AccountKind, AccountStatus, Membership},
};
use axum::{Router, routing::get};
use serde_json::{Value, json};
use server::{
    events::{self, EventsError},
    sync::incremental::IncrementalError,
    upstream::{Connection, Engine, EngineConfig, Upstream, UpstreamError},
};

/// An active, managed org user who is not an admin: someone an admin may deactivate.
fn ordinary_user(org: &org::Org) -> String {
    let world = org.sim.world();
    world
        .directory_accounts()
        .map(|ix| world.acc(ix))
        .find(|a| {
            a.kind == AccountKind::Atlassian
                && a.status == AccountStatus::Active
                && a.membership == Membership::Active
                && a.managed
                && !a.org_admin
                && !a.invitation_pending
        })
        .map(|a| a.id.clone())
        .expect("an ordinary user")
}

/// Makes a change the way an admin would in admin.atlassian.com.
async fn admin_change(org: &org::Org, change: Value) {
    let sim = org.server.org.upstream().connection.admin_url.clone();
    let response = reqwest::Client::new()
        .post(sim.join("/__sim/admin-change").expect("url"))
        .json(&change)
        .send()
        .await
        .expect("the simulator answers");
    assert!(response.status().is_success(), "{change}: {}", response.text().await.unwrap_or_default());
}

async fn audit(org: &org::Org, filter: Value) -> Value {
    let (status, page) = org.server.call("audit", json!({ "query": { "filter": filter, "page_size": 100 } })).await;
    assert_eq!(status, 200, "{page}");
    page
}

fn column(header: &[Value], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} column in {header:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_in_atlassian_reaches_the_audit_page_and_the_tables_without_a_full_sync() {
    let org = org::org(Sizes { users: 60, customers: 5, projects: 2, spaces: 2 }, |_| {}).await;
    let syncer = Arc::clone(&org.server.syncer);
    let snapshot = org.server.org.index().run().map(|r| r.id);
    // Read the events up to now, so the run below has only the change to fetch.
    syncer.incremental().await.expect("a first incremental run");
    let user = ordinary_user(&org);
    let (_, before) = org.server.call("user", json!({ "account_id": user })).await;
    assert_eq!(before["row"]["status"], "active", "{before}");

    admin_change(&org, json!({ "action": "deactivate", "accountId": user })).await;
    let run = syncer.incremental().await.expect("the incremental run");
    assert_eq!(run.events, 1, "{run:?}");
    assert!(run.users >= 1 && run.error.is_none(), "{run:?}");
    assert_eq!(run.requests, 2, "one page of events and one users/search: {run:?}");
    assert_eq!(org.server.org.index().run().map(|r| r.id), snapshot, "no full sync ran");
    let (_, after) = org.server.call("user", json!({ "account_id": user })).await;
    assert_eq!(after["row"]["status"], "deactivated", "{after}");
    let (_, status) = org.server.call("sync/status", json!({})).await;
    assert_eq!(status["incremental"]["events"], run.events, "{status}");
    assert_eq!(status["incremental"]["requests"], 2, "{status}");

    // On the Audit page: Atlassian's, with the admin who acted, and only under its source.
    let mine = audit(&org, json!({ "user": user, "source": "atlassian" })).await;
    let rows = mine["rows"].as_array().expect("rows");
    let event = rows.iter().find(|r| r["action"] == "user_deactivated").unwrap_or_else(|| panic!("{mine}"));
    assert_eq!(event["source"], "atlassian");
    assert_eq!((event["target"].as_str(), event["outcome"].as_str()), (Some(user.as_str()), Some("ok")));
    assert!(event["actor"].as_str().is_some_and(|a| a.starts_with("atlassian:")), "{event}");
    assert!(event["event_id"].is_string() && event["hash"] == "", "{event}");
    assert_eq!(audit(&org, json!({ "user": user, "source": "app" })).await["total"], 0);
    let both = audit(&org, json!({ "user": user })).await;
    assert_eq!(both["total"], mine["total"]);
    let by_text = audit(&org, json!({ "text": event["event_id"], "source": "atlassian" })).await;
    assert_eq!(by_text["total"], 1, "{by_text}");
    let (_, options) = org.server.call("audit/filters", json!({})).await;
    assert!(options["actions"].as_array().expect("actions").contains(&json!("user_deactivated")), "{options}");

    // Both sources by time, newest first, this app's own entries among them.
    let all = audit(&org, json!({})).await;
    let sources: Vec<&str> =
        all["rows"].as_array().expect("rows").iter().filter_map(|r| r["source"].as_str()).collect();
    assert!(sources.contains(&"app") && sources.contains(&"atlassian"), "{sources:?}");
    let times: Vec<&str> = all["rows"].as_array().expect("rows").iter().filter_map(|r| r["at"].as_str()).collect();
    let parsed: Vec<chrono::DateTime<chrono::Utc>> = times.iter().map(|t| t.parse().expect("time")).collect();
    assert!(parsed.windows(2).all(|w| w[0] >= w[1]), "newest first: {times:?}");

    // In the CSV, with its source, and the export recorded in our own log.
    let (status, export) = org.server.call("audit/export", json!({ "query": { "filter": { "user": user } } })).await;
    assert_eq!(status, 200, "{export}");
    let header: Vec<Value> = app::audit::COLUMNS.iter().map(|id| json!(id)).collect();
    let cells = export["cells"].as_array().expect("cells");
    let row = cells
        .iter()
        .find(|c| c[column(&header, "audit-csv-source")] == "atlassian")
        .unwrap_or_else(|| panic!("{export}"));
    assert_eq!(row[column(&header, "audit-csv-action")], "user_deactivated");
    assert_eq!(row[column(&header, "audit-csv-target")], json!(user));
    assert!(row[column(&header, "audit-csv-ip")].as_str().is_some_and(|ip| !ip.is_empty()), "{row:?}");
    assert!(export["until_event"].as_i64().is_some_and(|n| n > 0), "{export}");
    let log = org.server.audit().await;
    assert!(log.iter().any(|e| e.entry.action == "audit_export"));
    assert!(log.iter().all(|e| e.entry.action != "user_deactivated"), "Atlassian's events are not in our log");

    // The chain never saw them.
    let (_, integrity) = org.server.call("audit/integrity", json!({})).await;
    assert!(integrity["problem"].is_null(), "{integrity}");
    assert_eq!(integrity["entries"].as_u64(), Some(log.len() as u64), "{integrity}");

    // A second run with nothing new reads one page and re-reads only what the last one covered.
    let quiet = syncer.incremental().await.expect("a quiet run");
    assert_eq!(quiet.events, 0, "{quiet:?}");
    assert!(quiet.requests <= 2, "{quiet:?}");

    // Never beside a full sync: it brings everything anyway.
    let (status, started) = org.server.call("sync/start", json!({})).await;
    assert_eq!(status, 200, "{started}");
    let skipped = syncer.incremental().await.expect_err("a full sync is running");
    assert!(matches!(skipped, IncrementalError::FullSyncRunning), "{skipped:?}");
    org.synced().await;
    let (_, status) = org.server.call("sync/status", json!({})).await;
    let last: chrono::DateTime<chrono::Utc> = serde_json::from_value(status["incremental"]["at"].clone()).expect("at");
    assert!((last - quiet.at).num_milliseconds().abs() < 1, "a skipped run is not recorded: {status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_stored_once_and_group_changes_name_their_user() {
    let org = org::org(Sizes { users: 40, customers: 5, projects: 2, spaces: 2 }, |_| {}).await;
    let up = org.server.org.upstream();
    let store = org.server.store().await;
    // The org's first full sync read its history already: nothing is new now.
    let stored = audit(&org, json!({ "source": "atlassian" })).await["total"].as_u64().expect("total");
    assert!(stored > 0, "the simulated org has a history, read by the full sync");
    let first = events::pull(&up, store.as_ref()).await.expect("the history again");
    assert_eq!(first.new, 0, "{first:?}");

    let user = ordinary_user(&org);
    let group = {
        let world = org.sim.world();
        let ix = world.account(&user).expect("ix");
        world.groups.iter().find(|g| !g.synced && !g.members.contains(&ix)).map(|g| g.id.clone()).expect("a group")
    };
    admin_change(&org, json!({ "action": "add_to_group", "accountId": user, "groupId": group })).await;
    let second = events::pull(&up, store.as_ref()).await.expect("the change");
    assert_eq!((second.new, second.accounts.as_slice(), second.requests), (1, [user.clone()].as_slice(), 1));
    let again = events::pull(&up, store.as_ref()).await.expect("nothing new");
    assert_eq!((again.new, again.requests), (0, 1), "the overlap is read again but stored once");
    let total = audit(&org, json!({ "source": "atlassian" })).await["total"].as_u64().expect("total");
    assert_eq!(total, stored + 1);
    let row = &audit(&org, json!({ "source": "atlassian", "action": "user_added_to_group" })).await["rows"][0];
    let details: Value = serde_json::from_str(row["details"].as_str().expect("details")).expect("JSON");
    assert!(details["context"].as_array().expect("context").iter().any(|o| o["id"] == json!(group)), "{details}");
}

/// An Upstream to a stand-in for Atlassian that answers the events path with `body`.
async fn stand_in(body: &'static str) -> Upstream {
    let app = Router::new().route(
        "/admin/v1/orgs/org-x/events",
        get(move || async move { ([("content-type", "application/json")], body) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    let connection = Connection {
        org_id: "org-x".into(),
        admin_url: format!("http://{addr}").parse().expect("url"),
        admin_key: Arc::new("key".to_owned().into()),
        site: None,
    };
    Upstream::new(Arc::new(Engine::new(EngineConfig::default())), connection)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_events_answer_is_a_clear_error_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = server::store::open_sqlite(&dir.path().join("uam.sqlite3")).await.expect("store");
    let cases: [(&'static str, &str); 4] = [
        (r#"{"data": [{"id": "e1", "type": "events"}]}"#, "item 0 of a page has no attributes"),
        (
            r#"{"data": [{"id": "e1", "attributes": {"time": "soon", "action": "x", "actor": {"id": "a"}}}]}"#,
            r#"item 0 of a page has a time that is not a date: "soon""#,
        ),
        (
            r#"{"data": [{"id": "e1", "attributes": {"time": "2026-12-01T00:00:00Z", "action": "x", "actor": {"id": "a"}, "context": {"id": "u"}}}]}"#,
            "has a context that is not a list of objects",
        ),
        ("<html>not JSON</html>", "could not be read"),
    ];
    for (body, expected) in cases {
        let up = stand_in(body).await;
        let error = events::pull(&up, store.as_ref()).await.expect_err(body);
        assert!(
            matches!(error, EventsError::Malformed { .. } | EventsError::Upstream(UpstreamError::Decode(_))),
            "{error:?}"
        );
        assert!(error.to_string().contains(expected), "{error} / {expected}");
    }
    assert_eq!(store.events_mark("org-x").await.expect("mark"), None, "a failed read moves no mark");
    let page = store.search_audit(&app::audit::AuditQuery::default()).await.expect("search");
    assert_eq!(page.total, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_filter_values_are_refused() {
    let server = common::TestServer::start().await;
    let long = "x".repeat(10_000);
    for query in [
        json!({ "filter": { "source": "everyone" } }),
        json!({ "filter": { "source": "ATLASSIAN" } }),
        json!({ "filter": { "source": long } }),
        json!({ "filter": { "source": "app' OR 1=1 --" } }),
    ] {
        for endpoint in ["audit", "audit/export"] {
            let (status, body) = server.call(endpoint, json!({ "query": query })).await;
            assert_eq!((status, body["code"].as_str()), (400, Some("invalid_input")), "{endpoint} {query}: {body}");
        }
    }
    let (status, body) = server.call("audit/export", json!({ "query": { "until_event": -1 } })).await;
    assert_eq!((status, body["code"].as_str()), (400, Some("invalid_input")), "{body}");
    let (status, body) = server.call("audit", json!({ "query": { "filter": { "source": 7 } } })).await;
    assert_eq!((status, body["code"].as_str()), (400, Some("invalid_input")), "a wrong type too: {body}");
}
