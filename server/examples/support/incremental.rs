//! The incremental sync on the large org (issue 18, the data-freshness budget): after a full
//! sync, 1 % of the org users are changed in admin.atlassian.com (the simulator's
//! `/__sim/admin-change`: deactivated when the org manages the account, else suspended), then one
//! incremental run reads the new events and re-reads only the users they name. Runs the sync in
//! this process (the schedule's own step, `Syncer::incremental`) against the simulator at R
//! requests per second, and prints a Markdown report for BENCHMARKS.md.

use std::{sync::Arc, time::Instant};

use app::users::{Status, Thresholds, UserQuery};
use atlassian_sim::{
    Sim, SimConfig, Sizes,
    model::{AccountKind, AccountStatus, Membership},
};
use chrono::Utc;
use futures_util::{StreamExt, stream};
use serde_json::json;
use server::{
    org::Org,
    store,
    sync::Syncer,
    upstream::{Engine, EngineConfig, Upstream},
};

use super::{EMAIL, KEY, TOKEN};

/// Org users whose status is not active in the snapshot.
fn inactive(org: &Org) -> u64 {
    let query =
        UserQuery { status: vec![Status::Suspended, Status::Deactivated], page_size: 1, ..UserQuery::default() };
    org.index().query(&query, Utc::now(), Thresholds::default()).total
}

pub async fn run(rate: f64) {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.seed = 2026;
    config.sizes = Sizes::LARGE;
    config.admin_rps = rate;
    config.site_rps = rate;
    let sim = Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(atlassian_sim::serve(listener, Arc::clone(&sim), std::future::pending()));
    let data = tempfile::tempdir().expect("temp dir");
    let store = store::open_sqlite(&data.path().join("uam.sqlite3")).await.expect("store");
    let upstream =
        Upstream::new(Arc::new(Engine::new(EngineConfig::default())), server::demo::connection_to(&sim, addr));
    let org = Org::new(store, Arc::new(upstream));
    let syncer = Syncer::new(Arc::clone(&org));

    let began = Instant::now();
    let full = syncer.run("benchmark").await.expect("the full sync");
    let full_wall = began.elapsed().as_secs_f64();
    // The first run reads the org's event history since the retention (once, ever).
    let began = Instant::now();
    let history = syncer.incremental().await.expect("the first incremental run");
    let history_wall = began.elapsed().as_secs_f64();

    // 1 % of the org users, changed by an admin outside the product.
    let (org_users, changes) = {
        let world = sim.world();
        let org_users = world.directory_accounts().count();
        let changes: Vec<serde_json::Value> = world
            .directory_accounts()
            .map(|ix| world.acc(ix))
            .filter(|a| {
                a.kind == AccountKind::Atlassian
                    && a.status == AccountStatus::Active
                    && a.membership == Membership::Active
                    && !a.org_admin
                    && !a.invitation_pending
            })
            .take(org_users / 100)
            .map(|a| json!({ "action": if a.managed { "deactivate" } else { "suspend" }, "accountId": a.id }))
            .collect();
        (org_users, changes)
    };
    let client = server::upstream::http_client_builder().build().expect("client");
    let url = format!("http://{addr}/__sim/admin-change");
    let applied: usize = stream::iter(&changes)
        .map(|change| {
            let (client, url) = (&client, &url);
            async move { client.post(url).json(change).send().await.is_ok_and(|r| r.status().is_success()) }
        })
        .buffer_unordered(8)
        .filter(|ok| std::future::ready(*ok))
        .count()
        .await;
    assert_eq!(applied, changes.len(), "every change applied");

    let before = inactive(&org);
    sim.reset_counters();
    let began = Instant::now();
    let run = syncer.incremental().await.expect("the incremental run");
    let wall = began.elapsed().as_secs_f64();
    let counters = sim.counters();
    let after = inactive(&org);
    let by_endpoint: Vec<String> = counters.requests.iter().map(|(endpoint, n)| format!("{endpoint}: {n}")).collect();

    println!("Incremental sync, large org ({org_users} org users), R = {rate} requests/s per API family.");
    println!();
    println!("| measure | value | budget |");
    println!("| --- | --- | --- |");
    println!("| full sync before it (for scale): wall time / requests | {full_wall:.1} s / {} | |", full.requests);
    println!(
        "| first incremental run (reads the event history once): wall time / events / requests | {history_wall:.1} s / {} / {} | |",
        history.events, history.requests
    );
    println!("| users changed outside the product (1 %) | {} | |", changes.len());
    println!(
        "| incremental run: wall time / requests | {wall:.2} s / {} ({}) | a few requests; ≤ 5 min old |",
        run.requests,
        by_endpoint.join(", ")
    );
    println!("| — new events read / users re-read | {} / {} | |", run.events, run.users);
    println!("| 429 answers from the simulator | {} | |", counters.throttled);
    println!(
        "| not-active org users in the snapshot, before / after the run | {before} / {after} (+{}) | |",
        after.saturating_sub(before)
    );
}
