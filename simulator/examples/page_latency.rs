//! Benchmark: how fast the simulator serves a large org. Generates it (100,000 org users and
//! 250,000 customers by default), serves it on loopback, and walks every `users/search` page
//! (100 users, with groups and product access expanded) and every Jira `users/search` page,
//! timing each request from send to last byte (parsing the JSON is left out: that is the
//! client's work).
//!
//! Run: `cargo run --release -p atlassian-sim --example page_latency [-- USERS CUSTOMERS]`

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use atlassian_sim::{Sim, SimConfig, Sizes};
use serde_json::{Value, json};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1_000.0;
    println!(
        "{name:<44} {:>6} pages  p50 {:>6.2} ms  p95 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms",
        samples.len(),
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.95)),
        ms(percentile(&samples, 0.99)),
        ms(samples[samples.len() - 1])
    );
}

/// Sends one request and waits for its last byte, timing that alone into `samples`: parsing is
/// the client's work, not the simulator's, so it stays outside the timing.
async fn timed(request: reqwest::RequestBuilder, samples: &mut Vec<Duration>) -> axum::body::Bytes {
    let sent = Instant::now();
    let bytes = request.send().await.expect("request").bytes().await.expect("body");
    samples.push(sent.elapsed());
    bytes
}

#[tokio::main]
async fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = Sizes {
        users: args.first().copied().unwrap_or(Sizes::LARGE.users),
        customers: args.get(1).copied().unwrap_or(Sizes::LARGE.customers),
        ..Sizes::LARGE
    };
    let mut config = SimConfig::new("bench-key", "site-admin@acme-corp.example", "bench-token");
    config.sizes = sizes;
    let started = Instant::now();
    let sim = Sim::new(config);
    println!(
        "generated {} accounts ({} org users, {} customers, {} projects, {} spaces) in {:.2} s",
        sim.world().accounts.len(),
        sizes.users,
        sizes.customers,
        sizes.projects,
        sizes.spaces,
        started.elapsed().as_secs_f64()
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(atlassian_sim::serve(listener, Arc::clone(&sim), std::future::pending()));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let org = sim.world().org_id.clone();

    let mut samples = Vec::new();
    let mut cursor: Option<String> = None;
    let mut users = 0;
    loop {
        let mut body = json!({ "limit": 100, "expand": ["groups", "productAccess"] });
        if let Some(cursor) = &cursor {
            body["cursor"] = json!(cursor);
        }
        let request =
            http.post(format!("{base}/admin/v2/orgs/{org}/directories/-/users/search")).bearer_auth("bench-key");
        let bytes = timed(request.json(&body), &mut samples).await;
        let page: Value = serde_json::from_slice(&bytes).expect("json");
        users += page["data"].as_array().map_or(0, Vec::len);
        match page["links"]["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(users, sim.world().directory_accounts().count(), "every org user listed once");
    report("admin v2 users/search (100, expanded)", samples);

    let mut samples = Vec::new();
    let mut start = 0;
    loop {
        let request = http
            .get(format!("{base}/rest/api/3/users/search?startAt={start}&maxResults=1000"))
            .basic_auth("site-admin@acme-corp.example", Some("bench-token"));
        let bytes = timed(request, &mut samples).await;
        let page: Vec<Value> = serde_json::from_slice(&bytes).expect("json");
        if page.is_empty() {
            break;
        }
        start += page.len();
    }
    report("jira users/search (1000)", samples);
}
