//! The sync benchmark of issue 4: the large simulated org (100,000 org users,
//! 250,000 JSM customers, 500 projects, 200 spaces) served at R requests per second per API
//! family, synced by a real `uam serve` process (built next to this example), measured from
//! outside: wall time against the lower bound, requests, peak memory, query latency and the time
//! from a restart to the first answered query. Prints a Markdown report for BENCHMARKS.md.
//!
//! `cargo build --release -p server --bin uam --example sync_benchmark`, then
//! `target/release/examples/sync_benchmark [R]` (default R = 100); `sync_benchmark incremental
//! [R]` measures the incremental sync instead (see `support/incremental.rs`).

use std::{
    collections::BTreeMap,
    sync::Arc,
    time::{Duration, Instant},
};

use app::users::{Inactivity, Kind, SortKey, Status, Thresholds, UserQuery};
use atlassian_sim::{Sim, SimConfig, Sizes, model::World};
use chrono::Utc;
use serde_json::json;

#[path = "support/mod.rs"]
mod support;

use support::{EMAIL, KEY, TOKEN, call, cpu_seconds, create_admin, memory, start_server, stop, write_bundle};

/// The incremental sync's measurement (`sync_benchmark incremental [R]`).
#[path = "support/incremental.rs"]
mod incremental;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let incremental = args.first().is_some_and(|a| a == "incremental");
    let rate: f64 = args.get(usize::from(incremental)).and_then(|r| r.parse().ok()).unwrap_or(100.0);
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    match incremental {
        true => runtime.block_on(incremental::run(rate)),
        false => runtime.block_on(run(rate)),
    }
}

/// The fewest requests each family's listings allow, from the ground truth and each API's
/// largest page size (what a perfect client would send).
fn lower_bound(world: &World) -> BTreeMap<&'static str, u64> {
    let pages = |n: usize, size: usize| n.div_ceil(size).max(1) as u64;
    let mut bound = BTreeMap::new();
    // Groups that grant each product: one `groups/search` by resource per product.
    let granting: u64 = (0..world.products.len())
        .map(|p| pages(world.groups.iter().filter(|g| g.roles.iter().any(|(r, _)| *r == p)).count(), 100))
        .sum();
    bound.insert(
        "admin",
        pages(world.products.len(), 100)
            + pages(world.groups.len(), 100)
            + granting
            + pages(world.directory_accounts().count(), 100),
    );
    let roles: u64 = world.projects.iter().map(|p| p.roles.len() as u64).sum();
    bound.insert("jira", 1 + pages(world.projects.len(), 100) + world.projects.len() as u64 + roles);
    // Desks with their customers, then every organization (one listing) with its members.
    let mut jsm = pages(world.service_desks.len(), 50) + pages(world.jsm_orgs.len(), 50);
    for desk in &world.service_desks {
        jsm += pages(desk.customers.len(), 50);
    }
    jsm += world.jsm_orgs.iter().map(|o| pages(o.members.len(), 50)).sum::<u64>();
    bound.insert("jsm", jsm);
    let confluence =
        1 + pages(world.spaces.len(), 250) + world.spaces.iter().map(|s| pages(s.assignments.len(), 250)).sum::<u64>();
    bound.insert("confluence", confluence);
    bound
}

fn family_of(endpoint: &str) -> &'static str {
    let path = endpoint.split_once(' ').map_or(endpoint, |(_, p)| p);
    match () {
        _ if path.starts_with("/rest/servicedeskapi/") => "jsm",
        _ if path.starts_with("/rest/") => "jira",
        _ if path.starts_with("/wiki/") => "confluence",
        _ => "admin",
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// At least 20 filter / sort / page combinations, as the Users page and presets send them.
fn query_mix(world: &World) -> Vec<UserQuery> {
    let group = world.groups.first().map(|g| g.id.clone());
    let project = world.projects.get(3).map(|p| format!("project:{}", p.id));
    let space = world.spaces.get(2).map(|s| format!("space:{}", s.id));
    let desk = world.service_desks.first().map(|d| format!("desk:{}", d.id));
    let q = |f: &dyn Fn(&mut UserQuery)| {
        let mut query = UserQuery { page_size: 50, ..UserQuery::default() };
        f(&mut query);
        query
    };
    vec![
        q(&|_| {}),
        q(&|x| x.kind = Some(Kind::OrgUser)),
        q(&|x| x.kind = Some(Kind::Customer)),
        q(&|x| x.kind = Some(Kind::ProjectMember)),
        q(&|x| x.text = Some("smith".into())),
        q(&|x| x.text = Some("acme-corp".into())),
        q(&|x| x.text = Some("zz-nobody".into())),
        q(&|x| x.inactivity = vec![Inactivity::Overdue]),
        q(&|x| x.inactivity = vec![Inactivity::Warning, Inactivity::Overdue, Inactivity::Never]),
        q(&|x| {
            x.product = Some("jira-software".into());
            x.inactivity = vec![Inactivity::Overdue];
        }),
        q(&|x| x.product = Some("confluence".into())),
        q(&|x| x.status = vec![Status::Suspended, Status::Deactivated]),
        q(&|x| x.managed = Some(false)),
        q(&|x| x.group = group.clone()),
        q(&|x| x.project = project.clone()),
        q(&|x| x.project = space.clone()),
        q(&|x| x.desk = desk.clone()),
        q(&|x| {
            x.sort = SortKey::LastActive;
            x.descending = true;
        }),
        q(&|x| x.sort = SortKey::Email),
        q(&|x| {
            x.sort = SortKey::AddedToOrg;
            x.page = 500;
        }),
        q(&|x| {
            x.kind = Some(Kind::OrgUser);
            x.sort = SortKey::Name;
            x.page = 1_000;
            x.page_size = 100;
        }),
        q(&|x| {
            x.active_before = Some(Utc::now().date_naive() - chrono::Duration::days(365));
            x.sort = SortKey::LastActive;
        }),
        q(&|x| {
            x.text = Some("an".into());
            x.kind = Some(Kind::OrgUser);
            x.sort = SortKey::Status;
        }),
        q(&|x| {
            x.kind = Some(Kind::Customer);
            x.text = Some("globex".into());
            x.page = 3;
        }),
    ]
}

async fn run(rate: f64) {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.seed = 2026;
    config.sizes = Sizes::LARGE;
    config.admin_rps = rate;
    config.site_rps = rate;
    let generated = Instant::now();
    let sim = Sim::new(config);
    eprintln!("large org generated in {:.1} s", generated.elapsed().as_secs_f64());
    let world = sim.world().clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(atlassian_sim::serve(listener, Arc::clone(&sim), std::future::pending()));

    let data = tempfile::tempdir().expect("temp dir");
    let site = tempfile::tempdir().expect("temp dir");
    write_bundle(site.path());
    let client = server::upstream::http_client_builder().build().expect("client");
    create_admin(data.path());
    let mut server = start_server(&base, &world.org_id, data.path(), site.path()).await;
    let pid = server.child.id();
    let (idle_rss, _) = memory(pid);

    sim.reset_counters();
    call(&client, &server, "sync/start", json!({})).await;
    let mut peak_sampled = 0;
    let began = Instant::now();
    let mut next_report = 10.0;
    let status = loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        peak_sampled = peak_sampled.max(memory(pid).0);
        if began.elapsed().as_secs_f64() >= next_report {
            // A timeline on standard error: which family is still working, and memory.
            next_report += 10.0;
            let mut by_family: BTreeMap<&str, u64> = BTreeMap::new();
            for (endpoint, n) in &sim.counters().requests {
                *by_family.entry(family_of(endpoint)).or_default() += n;
            }
            eprintln!(
                "{:>5.0} s  {by_family:?}  RSS {} MB  CPU s: server {:.0}, simulator {:.0}",
                began.elapsed().as_secs_f64(),
                memory(pid).0 / 1024,
                cpu_seconds(&pid.to_string()),
                cpu_seconds("self")
            );
        }
        let status = call(&client, &server, "sync/status", json!({})).await;
        if status["running"].is_null() {
            break status;
        }
    };
    let (after_rss, _) = memory(pid);
    let run = &status["snapshot"];
    assert_eq!(run["outcome"], "complete", "the sync completed: {status}");
    let started = chrono::DateTime::parse_from_rfc3339(run["started_at"].as_str().expect("start")).expect("time");
    let finished = chrono::DateTime::parse_from_rfc3339(run["finished_at"].as_str().expect("end")).expect("time");
    let wall = (finished - started).num_milliseconds() as f64 / 1000.0;
    let counters = sim.counters();
    let mut by_family: BTreeMap<&str, u64> = BTreeMap::new();
    for (endpoint, n) in &counters.requests {
        *by_family.entry(family_of(endpoint)).or_default() += n;
    }
    let bound = lower_bound(&world);
    let fewest: u64 = bound.values().sum();
    let slowest_family = bound.values().copied().max().unwrap_or(0) as f64 / rate;
    let org_users = world.directory_accounts().count() as f64;

    // Query latency inside the server process's code path: the same index, loaded from the same
    // database file, timed around the query call only.
    let store = server::store::open_sqlite(&data.path().join("uam.sqlite3")).await.expect("store");
    let latest = store.latest_complete().await.expect("run").expect("a snapshot");
    let mut builder = server::snapshot::IndexBuilder::default();
    store.load(latest.id, &mut builder).await.expect("load");
    let index = builder.build(Some(latest));
    let mix = query_mix(&world);
    let now = Utc::now();
    let mut in_server = Vec::new();
    for _ in 0..10 {
        for query in &mix {
            let t = Instant::now();
            std::hint::black_box(index.query(query, now, Thresholds::default()));
            in_server.push(t.elapsed());
        }
    }
    in_server.sort();
    drop(index);
    let mut over_http = Vec::new();
    for _ in 0..5 {
        for query in &mix {
            let t = Instant::now();
            call(&client, &server, "users", json!({ "query": query })).await;
            over_http.push(t.elapsed());
        }
    }
    over_http.sort();

    // A second sync, while the first snapshot is served: the old and the new index coexist.
    let resync_started = Instant::now();
    call(&client, &server, "sync/start", json!({})).await;
    let mut resync_peak = 0;
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        resync_peak = resync_peak.max(memory(pid).0);
        if call(&client, &server, "sync/status", json!({})).await["running"].is_null() {
            break;
        }
    }
    let resync_wall = resync_started.elapsed().as_secs_f64();
    let (after_resync, _) = memory(pid);

    stop(&mut server);
    // From the restart to the first answer, signing in included.
    let restart = Instant::now();
    let mut server = start_server(&base, &world.org_id, data.path(), site.path()).await;
    let answered = call(&client, &server, "users", json!({ "query": { "page_size": 50 } })).await;
    let first_query = restart.elapsed();
    assert!(answered["total"].as_u64().is_some_and(|n| n > 0), "the restarted server answers from the snapshot");
    let (restarted_rss, _) = memory(server.child.id());
    stop(&mut server);

    println!("Rate limit R = {rate} requests/s per API family (admin, Jira, JSM, Confluence), burst R.");
    println!();
    println!("| measure | value | budget |");
    println!("| --- | --- | --- |");
    println!("| accounts in the snapshot | {} | |", run["accounts"]);
    println!("| sync wall time | {wall:.1} s | |");
    println!(
        "| lower bound, slowest family (max over families of fewest requests ÷ R) | {slowest_family:.1} s → {:.2}× | ≤ 1.15× |",
        wall / slowest_family
    );
    println!(
        "| lower bound, all requests ÷ R | {:.1} s → {:.2}× | ≤ 1.15× |",
        fewest as f64 / rate,
        wall / (fewest as f64 / rate)
    );
    println!("| requests made (fewest possible) | {} ({fewest}) | |", counters.total_requests);
    for (family, n) in &by_family {
        println!("| — {family} requests (fewest) | {n} ({}) | |", bound.get(family).copied().unwrap_or(0));
    }
    println!("| 429 answers from the simulator | {} | |", counters.throttled);
    println!(
        "| requests per 1,000 org users | {:.1} (admin API alone: {:.1}) | ≤ 12 |",
        counters.total_requests as f64 / (org_users / 1000.0),
        by_family.get("admin").copied().unwrap_or(0) as f64 / (org_users / 1000.0)
    );
    println!(
        "| server RSS idle / peak during the first sync / after it | {} / {} / {} MB | ≤ 300 MB |",
        idle_rss / 1024,
        peak_sampled / 1024,
        after_rss / 1024
    );
    println!(
        "| second sync (the first snapshot still served): wall time / peak RSS / RSS after | {resync_wall:.1} s / {} / {} MB | ≤ 300 MB |",
        resync_peak / 1024,
        after_resync / 1024
    );
    println!(
        "| query latency in the server, {} queries × 10 | p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms | p95 ≤ 15 ms |",
        mix.len(),
        percentile(&in_server, 0.5),
        percentile(&in_server, 0.95),
        percentile(&in_server, 1.0)
    );
    println!(
        "| query latency over HTTP (JSON, loopback), {} queries × 5 | p50 {:.2} ms, p95 {:.2} ms | |",
        mix.len(),
        percentile(&over_http, 0.5),
        percentile(&over_http, 0.95)
    );
    println!(
        "| restart to first answered query | {:.2} s (RSS then {} MB) | |",
        first_query.as_secs_f64(),
        restarted_rss / 1024
    );
}
