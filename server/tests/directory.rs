//! The directory's server functions over real HTTP, on a server in demo mode: the first sync
//! starts on its own, and the dashboard, table and details read its snapshot.

mod common;

use std::time::Duration;

use serde_json::{Value, json};

/// Waits for the demo org's first sync to complete.
async fn synced(server: &common::TestServer) -> Value {
    for _ in 0..600 {
        let (status, body) = server.call("sync/status", json!({})).await;
        assert_eq!(status, 200, "{body}");
        if !body["snapshot"].is_null() {
            return body;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the first sync did not complete within a minute");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_mode_syncs_on_its_own_and_answers_queries() {
    let server = common::TestServer::start().await;
    let status = synced(&server).await;
    assert_eq!(status["snapshot"]["outcome"], "complete");
    assert!(status["running"].is_null());
    assert!(!status["next_scheduled"].is_null(), "the schedule says when the next sync runs");

    let (code, overview) = server.call("overview", json!({})).await;
    assert_eq!(code, 200);
    assert!(overview["org_users"].as_u64().is_some_and(|n| n >= 2_500), "{overview}");
    assert!(overview["products"].as_array().is_some_and(|p| !p.is_empty()));

    let query =
        json!({ "query": { "kind": "org_user", "inactivity": ["overdue"], "sort": "last_active", "page_size": 10 } });
    let (code, page) = server.call("users", query).await;
    assert_eq!(code, 200, "{page}");
    let rows = page["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 10);
    assert!(page["total"].as_u64().is_some_and(|n| n > 10));
    assert!(rows.iter().all(|r| r["inactivity"] == "overdue"));
    let dates: Vec<&str> = rows.iter().map(|r| r["last_active"].as_str().expect("a date")).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "sorted oldest first: {dates:?}");

    let id = rows[0]["account_id"].as_str().expect("id");
    let (code, details) = server.call("user", json!({ "account_id": id })).await;
    assert_eq!(code, 200);
    assert_eq!(details["row"]["account_id"], id);

    let (code, missing) = server.call("user", json!({ "account_id": "no-such-account" })).await;
    assert_eq!(code, 404, "each error has its own status, and its code");
    assert_eq!(missing["code"], "not_found");

    let (code, bad) = server.call("users", json!({ "query": { "status": ["sleeping"] } })).await;
    assert_ne!(code, 200, "an unknown status is refused: {bad}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_now_runs_one_sync_at_a_time_and_can_be_cancelled() {
    let server = common::TestServer::start().await;
    synced(&server).await;
    let (code, run) = server.call("sync/start", json!({})).await;
    assert_eq!(code, 200, "{run}");
    assert!(run.as_i64().is_some());
    let (code, second) = server.call("sync/start", json!({})).await;
    assert_eq!((code, second["code"].as_str()), (409, Some("sync_running")));
    let (_, cancelled) = server.call("sync/cancel", json!({})).await;
    assert_eq!(cancelled, json!(true));
    for _ in 0..100 {
        let (_, status) = server.call("sync/status", json!({})).await;
        if status["running"].is_null() {
            assert_eq!(status["last_failure"]["outcome"], "cancelled", "{status}");
            assert_eq!(status["snapshot"]["outcome"], "complete", "the previous snapshot stays");
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the cancel did not take effect");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pickers_select_all_and_exports_read_the_same_snapshot() {
    let server = common::TestServer::start().await;
    synced(&server).await;

    let (code, options) = server.call("users/filters", json!({})).await;
    assert_eq!(code, 200, "{options}");
    for list in ["products", "groups", "projects", "desks"] {
        let entries = options[list].as_array().expect(list);
        assert!(!entries.is_empty(), "{list} offers something");
        let labels: Vec<String> = entries.iter().map(|e| e[1].as_str().expect("a label").to_lowercase()).collect();
        assert!(labels.windows(2).all(|w| w[0] <= w[1]), "{list} sorted by label");
    }
    let desk = options["desks"][0][0].as_str().expect("a desk").to_owned();
    assert!(desk.starts_with("desk:") || desk.starts_with("jsm_org:"));

    // "Select all N": exactly the matches, each once.
    let query = json!({ "kind": "org_user", "status": ["suspended"] });
    let (_, page) = server.call("users", json!({ "query": query })).await;
    let total = page["total"].as_u64().expect("a total");
    let (code, ids) = server.call("users/ids", json!({ "query": query })).await;
    assert_eq!(code, 200);
    let ids: Vec<String> = serde_json::from_value(ids).expect("ids");
    assert_eq!(ids.len() as u64, total);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());

    // An export reads every match in pages of 5,000, in the table's order, as the layout's cells.
    let everyone = json!({ "sort": "email" });
    let (_, first) = server.call("users/export", json!({ "query": everyone, "layout": "users" })).await;
    let total = first["total"].as_u64().expect("a total");
    assert!(total > 5_000, "the demo org needs two pages: {total}");
    assert_eq!(first["cells"].as_array().map(Vec::len), Some(5_000));
    assert_eq!(first["cells"][0].as_array().map(Vec::len), Some(9), "the nine user columns");
    let (_, second) =
        server.call("users/export", json!({ "query": { "sort": "email", "page": 1 }, "layout": "customers" })).await;
    assert_eq!(second["cells"].as_array().map(Vec::len), Some(total as usize - 5_000));
    assert_eq!(second["cells"][0].as_array().map(Vec::len), Some(7), "the seven customer columns");
    let (_, table) = server.call("users", json!({ "query": { "sort": "email", "page_size": 3 } })).await;
    assert_eq!(table["rows"][0]["name"], first["cells"][0][0], "the same order as the table");
    assert_eq!(table["rows"][0]["email"], first["cells"][0][1]);

    // The selection's rows, in the order asked; unknown ids are left out; too many are refused.
    let name_of = |id: &str| {
        let id = id.to_owned();
        let server = &server;
        async move { server.call("user", json!({ "account_id": id })).await.1["row"]["name"].clone() }
    };
    let wanted = json!([ids[1], "nobody-at-all", ids[0]]);
    let (code, rows) = server.call("users/export_by_id", json!({ "ids": wanted, "layout": "users" })).await;
    assert_eq!(code, 200);
    let got: Vec<&serde_json::Value> = rows["cells"].as_array().expect("cells").iter().map(|r| &r[0]).collect();
    assert_eq!(got, [&name_of(&ids[1]).await, &name_of(&ids[0]).await]);
    let too_many: Vec<String> = (0..5_001).map(|i| format!("id-{i}")).collect();
    let (code, refused) = server.call("users/export_by_id", json!({ "ids": too_many, "layout": "users" })).await;
    assert_eq!((code, refused["code"].as_str()), (400, Some("invalid_input")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overview_has_the_activity_distribution_and_seat_prices_are_validated_and_audited() {
    let server = common::TestServer::start().await;
    synced(&server).await;
    let (_, overview) = server.call("overview", json!({})).await;
    let bars: u64 =
        overview["distribution"].as_array().expect("bars").iter().map(|b| b["count"].as_u64().unwrap_or(0)).sum();
    let counted = ["active", "warning", "overdue"].iter().map(|k| overview[k].as_u64().unwrap_or(0)).sum::<u64>();
    assert_eq!(bars, counted, "the bars hold every active org user with any activity");
    assert_eq!(overview["active_org_users"].as_u64(), Some(counted + overview["never"].as_u64().unwrap_or(0)));
    assert_eq!(overview["seat_prices"]["currency"], "USD");

    let audit_before = server.audit().await.len();
    for bad in [
        json!({ "currency": "dollars", "prices": { "jira-software": 7.5 } }),
        json!({ "currency": "EUR", "prices": { "jira-software": -1.0 } }),
        json!({ "currency": "EUR", "prices": { "": 1.0 } }),
    ] {
        let (code, refused) = server.call("settings/seat_prices", json!({ "prices": bad })).await;
        assert_eq!(
            (code, refused["code"].as_str(), refused["field"].as_str()),
            (400, Some("invalid_input"), Some("seat_prices")),
            "{bad}"
        );
    }
    assert_eq!(server.audit().await.len(), audit_before, "a refused change records and changes nothing");
    let (_, unchanged) = server.call("overview", json!({})).await;
    assert_eq!(unchanged["seat_prices"]["prices"], json!({}));

    let prices = json!({ "currency": "EUR", "prices": { "jira-software": 7.5, "confluence": 5.0 } });
    let (code, saved) = server.call("settings/seat_prices", json!({ "prices": prices })).await;
    assert_eq!(code, 200, "{saved}");
    assert_eq!(saved["seat_prices"], prices);
    let (_, overview) = server.call("overview", json!({})).await;
    assert_eq!(overview["seat_prices"], prices);
    let audit = server.audit().await;
    let entry = audit.last().expect("an entry");
    assert_eq!(entry.entry.action, "settings_changed");
    assert_eq!(entry.entry.details["setting"], "seat_prices");
    assert_eq!(entry.entry.details["after"], prices);
    assert_eq!(entry.entry.details["before"]["prices"], json!({}));
}

/// An account that cannot sign in is "no access", counted apart on the dashboard; project users
/// carry their projects and spaces with roles, in the table and in the export.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_access_is_its_own_class_and_project_users_carry_their_places() {
    let server = common::TestServer::start().await;
    synced(&server).await;
    let off = json!({ "query": { "kind": "org_user", "status": ["suspended", "deactivated"], "page_size": 1000 } });
    let (code, page) = server.call("users", off).await;
    assert_eq!(code, 200, "{page}");
    let rows = page["rows"].as_array().expect("rows");
    assert!(!rows.is_empty(), "the demo org has suspended and deactivated users");
    assert!(rows.iter().all(|r| r["inactivity"] == "no_access"), "{rows:?}");
    let (_, overview) = server.call("overview", json!({})).await;
    assert_eq!(overview["no_access"], page["total"]);
    let (_, overdue) = server.call("users", json!({ "query": { "inactivity": ["overdue"], "page_size": 1000 } })).await;
    let overdue = overdue["rows"].as_array().expect("rows");
    assert!(overdue.iter().all(|r| r["status"] == "active" || r["status"] == "pending"), "none is off already");

    let (_, projects) = server.call("users", json!({ "query": { "kind": "project_member", "page_size": 50 } })).await;
    let rows = projects["rows"].as_array().expect("rows");
    assert!(!rows.is_empty());
    for row in rows {
        let places = row["places"].as_array().expect("places");
        assert!(!places.is_empty(), "a project user is in a project or space: {row}");
        let target = places[0]["target"].as_str().expect("target");
        assert!(target.starts_with("project:") || target.starts_with("space:"), "{target}");
    }
    let with_role = rows
        .iter()
        .flat_map(|r| r["places"].as_array().expect("places"))
        .find(|p| p["target"].as_str().is_some_and(|t| t.starts_with("project:")))
        .expect("someone in a project");
    assert!(!with_role["roles"].as_array().expect("roles").is_empty(), "a project role: {with_role}");
    let (_, org) = server.call("users", json!({ "query": { "kind": "org_user", "page_size": 50 } })).await;
    assert!(org["rows"].as_array().expect("rows").iter().all(|r| r["places"] == json!([])));

    let id = rows[0]["account_id"].clone();
    let (code, export) = server.call("users/export_by_id", json!({ "ids": [id], "layout": "projects" })).await;
    assert_eq!(code, 200, "{export}");
    let cells = &export["cells"][0];
    assert_eq!(cells.as_array().map(Vec::len), Some(7));
    assert!(!cells[4].as_str().expect("places").is_empty(), "{cells}");
    assert_eq!(cells[6], rows[0]["inactivity"], "cells are codes on the wire; the browser labels them");
}
