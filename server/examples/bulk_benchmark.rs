//! The bulk-action benchmark of issue 7: a 1,000-user deactivation by a real `uam` process
//! against a simulated org that answers R admin requests a second and injects faults into 10 %
//! of all requests (429 and 5xx, half each). Reports the job's wall time against the bound
//! 1,000 ÷ R (budget ≤ 1.2×), how every user ended, the requests it took, and whether any
//! change reached the org twice. Prints a Markdown report for BENCHMARKS.md.
//!
//! `cargo build --release -p server --bin uam --example bulk_benchmark`, then
//! `target/release/examples/bulk_benchmark [R] [users] [5xx share] [429 share]` (defaults: 20,
//! 1,000, 0.05, 0.05).

use std::{
    collections::BTreeMap,
    time::{Duration, Instant},
};

use atlassian_sim::{FaultRates, SimConfig, Sizes};
use serde_json::json;

#[path = "support/mod.rs"]
mod support;

use support::{EMAIL, KEY, TOKEN, call, create_admin, memory, start_server, stop, write_bundle};

fn main() {
    let mut args = std::env::args().skip(1);
    let rate: f64 = args.next().and_then(|r| r.parse().ok()).unwrap_or(20.0);
    let users: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000);
    let server_errors: f64 = args.next().and_then(|f| f.parse().ok()).unwrap_or(0.05);
    let too_many: f64 = args.next().and_then(|f| f.parse().ok()).unwrap_or(0.05);
    let faults = FaultRates { server_error: server_errors, too_many_requests: too_many, slow: 0.0, dropped: 0.0 };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(run(rate, users, faults));
}

async fn run(rate: f64, users: usize, faults: FaultRates) {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.seed = 2026;
    config.sizes = Sizes { users: users * 2 + 200, customers: 100, projects: 4, spaces: 4 };
    config.admin_rps = rate;
    config.site_rps = rate;
    config.burst = Some(rate);
    config.faults = faults;
    config.fault_seed = 7;
    let sim = atlassian_sim::Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(atlassian_sim::serve(listener, std::sync::Arc::clone(&sim), std::future::pending()));
    let org_id = sim.world().org_id.clone();

    let site = tempfile::tempdir().expect("temp dir");
    write_bundle(site.path());
    let data = tempfile::tempdir().expect("temp dir");
    create_admin(data.path());
    let mut server = start_server(&base, &org_id, data.path(), site.path()).await;
    let client = reqwest::Client::new();

    eprintln!("syncing the org first (faults and limits apply to the sync too)...");
    call(&client, &server, "sync/start", json!({})).await;
    loop {
        let status = call(&client, &server, "sync/status", json!({})).await;
        if status["running"].is_null() && !status["snapshot"].is_null() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let targets: Vec<String> = {
        let world = sim.world();
        world.plain_users().take(users).map(|a| a.id.clone()).collect()
    };
    assert_eq!(targets.len(), users, "the org has enough plain users");
    let plan = call(
        &client,
        &server,
        "bulk/preflight",
        json!({ "action": { "kind": "deactivate" }, "targets": { "accounts": targets } }),
    )
    .await;
    let changing =
        plan["users"].as_array().expect("users").iter().filter(|u| u["verdict"]["verdict"] == "change").count();
    sim.reset_counters();
    let writes_before = sim.changes().len();

    let started = Instant::now();
    let job =
        call(&client, &server, "bulk/start", json!({ "plan_id": plan["plan_id"], "typed": changing.to_string() }))
            .await;
    let handed_over = started.elapsed();
    let job = job.as_str().expect("a job id").to_owned();
    let mut peak_rss = 0;
    let summary = loop {
        let page = call(&client, &server, "jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
        peak_rss = peak_rss.max(memory(server.child.id()).0);
        if page["summary"]["state"] == "finished" {
            break page["summary"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let wall = started.elapsed();
    let counters = sim.counters();
    stop(&mut server);

    // Exactly once: no account took two writes.
    let mut writes: BTreeMap<String, u32> = BTreeMap::new();
    for change in sim.changes().into_iter().skip(writes_before) {
        if let Some(id) = targets.iter().find(|id| change.path.contains(id.as_str())) {
            *writes.entry(id.clone()).or_default() += 1;
        }
    }
    let twice = writes.values().filter(|&&n| n > 1).count();
    let bound = changing as f64 / rate;
    let by_endpoint: Vec<String> = counters.requests.iter().map(|(e, n)| format!("{e}: {n}")).collect();

    println!("| measure | value | budget |");
    println!("| --- | --- | --- |");
    println!("| users selected / to change | {} / {changing} | |", targets.len());
    println!("| job id returned after | {:.0} ms | < 1 s |", handed_over.as_secs_f64() * 1000.0);
    println!("| job wall time | {:.1} s | |", wall.as_secs_f64());
    println!(
        "| against {changing} ÷ {rate} requests/s = {bound:.1} s | {:.2}× | ≤ 1.2× ({}) |",
        wall.as_secs_f64() / bound,
        if wall.as_secs_f64() <= 1.2 * bound { "met" } else { "**missed**" }
    );
    println!(
        "| users done / skipped / failed / unknown / pending | {} / {} / {} / {} / {} | every user accounted for |",
        summary["counts"]["done"],
        summary["counts"]["skipped"],
        summary["counts"]["failed"],
        summary["counts"]["unknown"],
        summary["counts"]["pending"]
    );
    println!("| accounts changed twice | {twice} | 0 |");
    println!(
        "| requests during the job / injected faults / rate-limit 429s | {} / {} / {} | |",
        counters.total_requests, counters.faults, counters.throttled
    );
    println!("| server peak RSS during the job | {} MB | |", peak_rss / 1024);
    eprintln!("requests by endpoint: {}", by_endpoint.join(", "));
}
