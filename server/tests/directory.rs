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
