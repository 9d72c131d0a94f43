//! Requests a person waits on end in seconds whatever Atlassian does: the engine's interactive
//! view against the real simulator made silent, failing or rate limited over HTTP, and the
//! Settings page's "Find organisations" and "Test connection" through the real server while the
//! demo organisation's Atlassian does not answer.

mod common;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use atlassian_sim::{FaultRates, SimConfig, Sizes};
use http::StatusCode;
use serde_json::json;
use server::upstream::{Engine, EngineConfig, Upstream, UpstreamError};

const KEY: &str = "sim-admin-key-interactive";

fn sim_config(faults: FaultRates) -> SimConfig {
    let mut config = SimConfig::new(KEY, "site-admin@acme-corp.example", "sim-site-token-interactive");
    config.sizes = Sizes { users: 30, customers: 10, projects: 2, spaces: 2 };
    config.faults = faults;
    config.slow_delay = Duration::from_secs(30);
    config
}

/// An engine whose interactive deadline is one second, so the tests take seconds.
async fn upstream(faults: FaultRates) -> (Arc<atlassian_sim::Sim>, Upstream) {
    let (sim, connection) = common::simulator(sim_config(faults)).await;
    let config = EngineConfig { interactive_deadline: Duration::from_secs(1), ..EngineConfig::default() };
    (sim, Upstream::new(Arc::new(Engine::new(config)), connection))
}

#[tokio::test]
async fn a_silent_atlassian_ends_an_interactive_call_at_its_deadline() {
    let (_sim, upstream) = upstream(FaultRates { slow: 1.0, ..FaultRates::NONE }).await;
    let interactive = upstream.interactive();
    assert_eq!(interactive.engine.deadline_secs(), Some(1));
    let started = Instant::now();
    let result = interactive.orgs().collect().await;
    let took = started.elapsed();
    assert!(matches!(result, Err(UpstreamError::Timeout)), "{result:?}");
    assert!(took >= Duration::from_millis(900) && took < Duration::from_secs(3), "{took:?}");
    // Pages of one listing share the deadline: a second call on the same view ends at once.
    let started = Instant::now();
    assert!(matches!(interactive.orgs().collect().await, Err(UpstreamError::Timeout)));
    assert!(started.elapsed() < Duration::from_millis(500), "{:?}", started.elapsed());
}

#[tokio::test]
async fn server_errors_are_retried_briefly_then_reported() {
    let (sim, upstream) = upstream(FaultRates { server_error: 1.0, ..FaultRates::NONE }).await;
    let started = Instant::now();
    let result = upstream.interactive().orgs().collect().await;
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    match result {
        // The first try and the interactive policy's two retries, or fewer when the deadline
        // leaves no time for a wait.
        Err(UpstreamError::Unavailable { status, attempts, .. }) => {
            assert!(status.is_server_error(), "{status}");
            assert!((1..=3).contains(&attempts), "{attempts}");
        }
        other => panic!("expected Atlassian unavailable, got {other:?}"),
    }
    assert!(sim.counters().total_requests <= 3, "at most three requests");
}

#[tokio::test]
async fn a_long_rate_limit_pause_is_reported_with_when_to_come_back_not_waited_out() {
    let (sim, upstream) = upstream(FaultRates::NONE).await;
    let client = common::client();
    let base = upstream.connection.admin_url.as_str().trim_end_matches('/').to_owned();
    let set = client
        .put(format!("{base}/__sim/outage"))
        .json(&json!({ "paths": ["/admin/v1/orgs"], "answer": 429 }))
        .send()
        .await
        .expect("outage");
    assert_eq!(set.status(), 200);
    let started = Instant::now();
    let result = upstream.interactive().orgs().collect().await;
    assert!(started.elapsed() < Duration::from_millis(800), "{:?}", started.elapsed());
    match result {
        Err(UpstreamError::Unavailable { status, retry_after: Some(wait), .. }) => {
            assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
            assert!(wait >= Duration::from_secs(30), "{wait:?}");
        }
        other => panic!("expected a rate limit with its pause, got {other:?}"),
    }
    // Once the outage ends, the same key answers again.
    let ended = client.delete(format!("{base}/__sim/outage")).send().await.expect("end");
    assert_eq!(ended.status(), 204);
    let orgs = upstream.interactive().orgs().collect().await.expect("orgs");
    assert_eq!(orgs.len(), 1);
    drop(sim);
}

/// Through the real server: "Find organisations" and "Test connection" end within seconds with
/// a translated code (not a minute of retries) while Atlassian holds the listing of
/// organisations without answering, and everything else keeps working.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_checks_end_in_seconds_when_atlassian_does_not_answer() {
    let server = common::TestServer::start().await;
    let sim = server.sim.expect("demo mode");
    let client = common::client();
    let set = client
        .put(format!("http://{sim}/__sim/outage"))
        .json(&json!({ "paths": ["/admin/v1/orgs"], "answer": "silent" }))
        .send()
        .await
        .expect("outage");
    assert_eq!(set.status(), 200);

    let started = Instant::now();
    let (find, test) = tokio::join!(
        server.call("settings/orgs", json!({ "admin_api_key": null })),
        server.call("settings/test_connection", json!({})),
    );
    let took = started.elapsed();
    assert!(took < Duration::from_secs(15), "{took:?}");

    let (status, error) = find;
    assert_eq!((status, error["code"].as_str()), (504, Some("atlassian_timeout")), "{error}");
    assert_eq!(error["seconds"], 10);

    let (status, checks) = test;
    assert_eq!(status, 200, "{checks}");
    let checks = checks.as_array().expect("a list");
    let outcome = |what: &str| checks.iter().find(|c| c["what"] == what).map(|c| c["outcome"].clone());
    assert_eq!(outcome("admin-key"), Some(json!("timeout")), "{checks:?}");
    assert_eq!(checks[0]["seconds"], 10);
    assert_eq!(outcome("directory"), Some(json!("ok")), "the rest is checked meanwhile: {checks:?}");
    assert_eq!(outcome("site-jira"), Some(json!("ok")), "{checks:?}");

    client.delete(format!("http://{sim}/__sim/outage")).send().await.expect("end");
    let (status, found) = server.call("settings/orgs", json!({ "admin_api_key": null })).await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found.as_array().map(Vec::len), Some(1));
}
