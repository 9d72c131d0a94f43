//! The sync against the real simulator over HTTP, with a real SQLite file: the snapshot must
//! equal the simulator's ground truth (every account, membership and last-active date) even
//! with injected 429s and 5xx; failed and cancelled syncs must leave the previous snapshot.

mod common;

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
    time::Duration,
};

use app::{
    families::{Family, FamilyState, Part, Permission, SkipReason},
    users::{AccountType, Kind, Status, SyncOutcome, Thresholds, UserQuery},
};
use atlassian_sim::{
    FaultRates, KeyState, Products, Sim, SimConfig, SiteFamily, Sizes,
    model::{AccountIx, AccountStatus, Principal, World},
};
use chrono::{DateTime, Utc};
use server::{
    org::Org,
    store::{self, StoreError},
    sync::{SyncError, Syncer},
    upstream::{Connection, Engine, EngineConfig, Upstream, retry::RetryPolicy},
};
use strum::VariantArray;

const KEY: &str = "sim-admin-key-sync-test";
const EMAIL: &str = "site-admin@acme-corp.example";
const TOKEN: &str = "sim-site-token-sync-test";

fn sim_config(seed: u64) -> SimConfig {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.seed = seed;
    config.sizes = Sizes { users: 700, customers: 900, projects: 14, spaces: 9 };
    config
}

async fn serve(config: SimConfig) -> (Arc<Sim>, Connection) {
    common::simulator(config).await
}

/// Production behaviour with millisecond backoffs (the real timings are unit-tested) and a
/// breaker that tolerates the injected fault rate.
fn engine() -> Arc<Engine> {
    Arc::new(Engine::new(EngineConfig {
        retry: RetryPolicy { max_retries: 8, base: Duration::from_millis(5), cap: Duration::from_millis(40) },
        breaker_threshold: 50,
        ..EngineConfig::default()
    }))
}

async fn syncer(db: &std::path::Path, connection: Connection) -> (Arc<Org>, Arc<Syncer>) {
    let store = store::open_sqlite(db).await.expect("open store");
    let org = Org::new(store, Arc::new(Upstream::new(engine(), connection)));
    org.refresh().await.expect("refresh");
    (Arc::clone(&org), Syncer::new(org))
}

fn millis(at: Option<DateTime<Utc>>) -> Option<i64> {
    at.map(|t| t.timestamp_millis())
}

/// What the site lets a sync read besides the projects and spaces the world marks unreadable:
/// desk customers come only from an experimental API, which a site may not offer.
#[derive(Clone, Copy)]
struct Reach {
    customers: bool,
}

const EVERYTHING: Reach = Reach { customers: true };

/// Every account the snapshot should hold: the directory, desk customers, JSM organization
/// members, and everyone a readable project role or space assignment names (groups expanded).
fn expected_accounts(world: &World, reach: Reach) -> BTreeSet<AccountIx> {
    let mut all: BTreeSet<AccountIx> = world.directory_accounts().collect();
    for desk in world.service_desks.iter().filter(|_| reach.customers) {
        all.extend(desk.customers.iter().copied());
    }
    for org in &world.jsm_orgs {
        all.extend(org.members.iter().copied());
    }
    for project in world.projects.iter().filter(|p| !p.unreadable) {
        for role in &project.roles {
            for &actor in &role.actors {
                all.extend(world.expand(actor));
            }
        }
    }
    for space in world.spaces.iter().filter(|s| !s.unreadable) {
        for &(principal, _) in &space.assignments {
            all.extend(world.expand(principal));
        }
    }
    all
}

/// `target` → roles, for one account, from the ground truth.
fn expected_memberships(world: &World, ix: AccountIx, reach: Reach) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let holds = |p: Principal| world.expand(p).contains(&ix);
    for project in world.projects.iter().filter(|p| !p.unreadable) {
        for role in &project.roles {
            if role.actors.iter().any(|&a| holds(a)) {
                out.entry(format!("project:{}", project.id)).or_default().insert(role.name.to_owned());
            }
        }
    }
    for space in world.spaces.iter().filter(|s| !s.unreadable) {
        for &(principal, role) in &space.assignments {
            if holds(principal) {
                out.entry(format!("space:{}", space.id)).or_default().insert(world.space_roles[role].name.to_owned());
            }
        }
    }
    for desk in world.service_desks.iter().filter(|_| reach.customers) {
        if desk.customers.contains(&ix) {
            out.entry(format!("desk:{}", desk.id)).or_default();
        }
    }
    for org in &world.jsm_orgs {
        if org.members.contains(&ix) {
            out.entry(format!("jsm_org:{}", org.id)).or_default();
        }
    }
    out
}

fn assert_matches_ground_truth(org: &Org, world: &World) {
    assert_matches_what_could_be_read(org, world, EVERYTHING)
}

fn assert_matches_what_could_be_read(org: &Org, world: &World, reach: Reach) {
    let index = org.index();
    let now = Utc::now();
    let t = Thresholds::default();
    let expected = expected_accounts(world, reach);
    let all = index.matching_ids(&UserQuery::default(), now, t);
    let want: BTreeSet<&str> = expected.iter().map(|&ix| world.acc(ix).id.as_str()).collect();
    let got: BTreeSet<&str> = all.iter().map(String::as_str).collect();
    assert_eq!(got.len(), all.len(), "no account twice");
    assert_eq!(got, want, "every account, and no other");

    for &ix in &expected {
        let a = world.acc(ix);
        let d = index.details(&a.id, now, t).unwrap_or_else(|| panic!("{} missing", a.id));
        let row = &d.row;
        assert_eq!(row.name, a.name, "name of {}", a.id);
        let org_user = a.directory.is_some();
        assert_eq!(row.org_user, org_user, "org user {}", a.id);
        let kind = match a.kind {
            atlassian_sim::model::AccountKind::Atlassian => AccountType::Atlassian,
            atlassian_sim::model::AccountKind::Customer => AccountType::Customer,
            atlassian_sim::model::AccountKind::App => AccountType::App,
        };
        assert_eq!(row.account_type, kind, "type of {}", a.id);
        if org_user {
            let status = match a.admin_status() {
                "suspended" => Status::Suspended,
                "deactivated" => Status::Deactivated,
                "not_invited" => Status::Pending,
                _ => Status::Active,
            };
            assert_eq!(row.status, status, "status of {}", a.id);
            assert_eq!(row.email.as_deref(), Some(a.email.as_str()), "email of {}", a.id);
            assert_eq!(
                (row.managed, row.scim, row.org_admin),
                (a.managed, a.managed && a.synced, a.org_admin),
                "{}",
                a.id
            );
            assert_eq!(millis(row.added_to_org), millis(Some(a.added_to_org)), "added of {}", a.id);
            // Every product with a role or any activity, with the last activity there.
            let want: BTreeMap<&str, Option<i64>> = (0..world.products.len())
                .filter(|&p| world.holds_role(ix, p) || a.last_active(p).is_some())
                .map(|p| (world.products[p].type_key, millis(a.last_active(p))))
                .collect();
            let got: BTreeMap<&str, Option<i64>> =
                row.products.iter().map(|p| (p.key.as_str(), millis(p.last_active))).collect();
            assert_eq!(got, want, "products of {}", a.id);
            let last = a.activity.iter().map(|(_, at)| *at).max();
            assert_eq!(millis(row.last_active), millis(last), "last active of {}", a.id);
            let groups: BTreeSet<&str> = world.groups_of(ix).map(|g| world.groups[g].name.as_str()).collect();
            assert_eq!(row.groups.iter().map(String::as_str).collect::<BTreeSet<_>>(), groups, "groups of {}", a.id);
        } else {
            let active = if a.status == AccountStatus::Active { Status::Active } else { Status::Deactivated };
            assert_eq!(row.status, active, "status of {}", a.id);
            if !a.email_hidden || a.kind == atlassian_sim::model::AccountKind::Customer {
                assert_eq!(row.email.as_deref(), Some(a.email.as_str()), "email of {}", a.id);
            }
        }
        let mut got: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for m in d.projects.iter().chain(&d.spaces).chain(&d.service_desks).chain(&d.jsm_organizations) {
            got.entry(m.target.clone()).or_default().extend(m.roles.iter().cloned());
        }
        assert_eq!(got, expected_memberships(world, ix, reach), "memberships of {}", a.id);
    }

    // Every group, with the products its role assignments grant.
    let groups: BTreeMap<String, (String, BTreeSet<String>)> = index
        .groups()
        .map(|(id, name, grants)| (id.to_owned(), (name.to_owned(), grants.iter().cloned().collect())))
        .collect();
    let want: BTreeMap<String, (String, BTreeSet<String>)> = world
        .groups
        .iter()
        .map(|g| {
            let products = g.roles.iter().map(|(p, _)| world.products[*p].type_key.to_owned()).collect();
            (g.id.clone(), (g.name.clone(), products))
        })
        .collect();
    assert_eq!(groups, want, "groups and the products they grant");

    // Seats as the workspaces report them.
    let overview = index.overview(now, t);
    let usage = world.usage();
    for (p, product) in world.products.iter().enumerate() {
        let stats = overview.products.iter().find(|s| s.key == product.type_key).expect("product listed");
        assert_eq!(stats.seats_used, Some(usage[p] as u64), "seats used of {}", product.type_key);
        assert_eq!(stats.capacity, product.capacity.map(u64::from), "capacity of {}", product.type_key);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_sync_through_429s_and_5xx_matches_the_ground_truth() {
    let mut config = sim_config(11);
    config.faults = FaultRates { server_error: 0.04, too_many_requests: 0.04, slow: 0.0, dropped: 0.02 };
    config.fault_seed = 7;
    let (sim, connection) = serve(config).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let (org, syncer) = syncer(&dir.path().join("uam.sqlite3"), connection).await;

    let run = syncer.run("test").await.expect("sync completes despite faults");
    assert_eq!(run.outcome, SyncOutcome::Complete);
    let counters = sim.counters();
    assert!(counters.faults > 0, "faults were injected: {counters:?}");
    assert!(run.requests > counters.faults, "faulted requests were retried");
    let world = sim.world().clone();
    assert_matches_ground_truth(&org, &world);
    assert_eq!(run.accounts, org.index().len() as u64);

    // The org directory is read once with its expansions: never one request per user.
    let per_user: u64 = counters
        .requests
        .iter()
        .filter(|(endpoint, _)| endpoint.contains("last-active-dates") || endpoint.contains("/manage/profile"))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(per_user, 0, "no per-user lookups: {:?}", counters.requests);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_serves_the_last_snapshot_at_once() {
    let (sim, connection) = serve(sim_config(12)).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("uam.sqlite3");
    let (first_org, first) = syncer(&db, connection.clone()).await;
    let run = first.run("test").await.expect("sync");
    drop((first_org, first));

    let (restarted, _syncer) = syncer(&db, connection).await;
    assert_eq!(restarted.index().run().map(|r| r.id), Some(run.id));
    assert_eq!(restarted.index().run().map(|r| r.started_at), Some(run.started_at), "with its time");
    assert_matches_ground_truth(&restarted, &sim.world().clone());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_sync_keeps_the_previous_snapshot_and_says_why() {
    let (sim, connection) = serve(sim_config(13)).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("uam.sqlite3");
    let (org, syncer) = syncer(&db, connection.clone()).await;
    let good = syncer.run("test").await.expect("first sync");
    // One moment for every query, so that pages compare whole (`as_of` included).
    let now = Utc::now();
    let before = org.index().query(&UserQuery::default(), now, Thresholds::default());

    sim.set_key_state(KeyState { revoked: true, ..KeyState::default() });
    let error = syncer.run("test").await.expect_err("a revoked key fails the sync");
    assert!(matches!(error, SyncError::Upstream(_)), "{error:?}");

    assert_eq!(org.index().run().map(|r| r.id), Some(good.id), "still the previous snapshot");
    let after = org.index().query(&UserQuery::default(), now, Thresholds::default());
    assert_eq!(after, before);
    let status = syncer.status().await.expect("status");
    let failure = status.last_failure.expect("the failure is recorded");
    assert_eq!(failure.outcome, SyncOutcome::Failed);
    assert!(failure.error.as_deref().is_some_and(|e| !e.is_empty() && !e.contains(KEY)), "{failure:?}");
    assert!(status.running.is_none());

    // After a restart the same: the failed run's partial data was discarded, not shown.
    drop(syncer);
    drop(org);
    let (restarted, _syncer) = self::syncer(&db, connection).await;
    assert_eq!(restarted.index().run().map(|r| r.id), Some(good.id));
    assert_eq!(restarted.index().query(&UserQuery::default(), now, Thresholds::default()), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_sync_keeps_the_previous_snapshot() {
    let mut config = sim_config(14);
    // Slow enough that the second sync is still collecting when it is cancelled.
    config.admin_rps = 20.0;
    config.site_rps = 20.0;
    let (sim, connection) = serve(config).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let (org, syncer) = syncer(&dir.path().join("uam.sqlite3"), connection).await;
    let good = syncer.run("test").await.expect("first sync");

    let run_id = syncer.start("test").await.expect("second sync starts");
    // One sync at a time.
    assert!(matches!(syncer.start("test").await, Err(SyncError::AlreadyRunning(_))));
    tokio::time::sleep(Duration::from_millis(700)).await;
    let progress = syncer.progress().expect("running");
    assert!(progress.requests > 0 && progress.items > 0, "progress is reported: {progress:?}");
    assert!(syncer.cancel());
    for _ in 0..200 {
        if syncer.progress().is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(syncer.progress().is_none(), "the cancel took effect");
    let runs = org.store().runs(2).await.expect("runs");
    assert_eq!((runs[0].id, runs[0].outcome), (run_id, SyncOutcome::Cancelled));
    assert_eq!(org.index().run().map(|r| r.id), Some(good.id));
    let org_users = UserQuery { kind: Some(Kind::OrgUser), ..UserQuery::default() };
    let directory = sim.world().directory_accounts().count() as u64;
    assert_eq!(org.index().query(&org_users, Utc::now(), Thresholds::default()).total, directory);
}

#[tokio::test]
async fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("uam.sqlite3");
    drop(store::open_sqlite(&db).await.expect("create"));
    {
        use sqlx::Connection as _;
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display())).await.expect("open raw");
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (99990101000000, 'from the future', 1, x'00', 0)",
        )
        .execute(&mut conn)
        .await
        .expect("insert");
    }
    let error = store::open_sqlite(&db).await.err().expect("refused");
    assert!(matches!(error, StoreError::TooNew { found: 99990101000000, .. }), "{error:?}");
    assert!(error.to_string().contains("newer version"), "{error}");
}

#[tokio::test]
async fn one_sync_at_a_time_and_an_abandoned_run_is_taken_over() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store::open_sqlite(&dir.path().join("uam.sqlite3")).await.expect("store");
    let t0 = Utc::now();
    let first = store.begin_run("a", t0).await.expect("first run");
    // Another process, 30 s later, while the first still beats: refused.
    let refused = store.begin_run("b", t0 + chrono::Duration::seconds(30)).await;
    assert!(
        matches!(refused, Err(StoreError::SyncRunning(at)) if at.timestamp_micros() == t0.timestamp_micros()),
        "{refused:?}"
    );
    // The first process died: a minute after its last heartbeat, its run is taken over.
    let second = store.begin_run("c", t0 + chrono::Duration::seconds(61)).await.expect("taken over");
    let runs = store.runs(2).await.expect("runs");
    assert_eq!((runs[0].id, runs[0].outcome), (second, SyncOutcome::Running));
    assert_eq!((runs[1].id, runs[1].outcome), (first, SyncOutcome::Failed));
    assert!(runs[1].error.as_deref().is_some_and(|e| e.contains("interrupted")), "{:?}", runs[1]);
}

/// The families' states of a run, in order (Jira, JSM, Confluence).
fn states(run: &app::users::SyncRun) -> Vec<(Family, FamilyState)> {
    run.families.iter().map(|r| (r.family, r.state)).collect()
}

/// A real-site shape: its name, how the simulator imitates it, the families' states a sync
/// should report, and what it can reach.
type Shape = (&'static str, Box<dyn Fn(&mut SimConfig)>, [FamilyState; 3], Reach);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_real_site_shape_syncs_what_it_can_read() {
    use FamilyState::{Complete, NotOnSite, Partial};
    let all = Products::ALL;
    let none = Products { jira: false, jsm: false, confluence: false };
    // (what the site is like, the families' states, what a sync can reach)
    let shapes: Vec<Shape> = vec![
        (
            "--products jira",
            Box::new(move |c| c.products = Products { jira: true, ..none }),
            [Complete, NotOnSite, NotOnSite],
            EVERYTHING,
        ),
        (
            "--products jira,jsm",
            Box::new(move |c| c.products = Products { confluence: false, ..all }),
            [Complete, Complete, NotOnSite],
            EVERYTHING,
        ),
        (
            "--products confluence",
            Box::new(move |c| c.products = Products { confluence: true, ..none }),
            [NotOnSite, NotOnSite, Complete],
            EVERYTHING,
        ),
        (
            "--unreadable-projects 3 --unreadable-spaces 2",
            Box::new(|c| {
                c.unreadable_projects = 3;
                c.unreadable_spaces = 2;
            }),
            [Partial, Complete, Partial],
            EVERYTHING,
        ),
        // Desk customers come only from an experimental API; spaces fall back to permissions.
        (
            "--no-experimental",
            Box::new(|c| c.no_experimental = true),
            [Complete, Partial, Complete],
            Reach { customers: false },
        ),
    ];
    for (seed, (shape, adjust, want, reach)) in shapes.into_iter().enumerate() {
        let mut config = sim_config(40 + seed as u64);
        adjust(&mut config);
        let (sim, connection) = serve(config).await;
        let dir = tempfile::tempdir().expect("temp dir");
        let (org, syncer) = syncer(&dir.path().join("uam.sqlite3"), connection).await;
        let run = syncer.run("test").await.unwrap_or_else(|e| panic!("{shape}: the sync completes: {e}"));
        assert_eq!(run.outcome, SyncOutcome::Complete, "{shape}");
        let got = states(&run);
        assert_eq!(got, Family::VARIANTS.iter().copied().zip(want).collect::<Vec<_>>(), "{shape}: {:?}", run.families);
        let world = sim.world().clone();
        assert_matches_what_could_be_read(&org, &world, reach);
        assert_eq!(run.accounts, org.index().len() as u64, "{shape}");
        for report in &run.families {
            assert_eq!(report.data_from.is_some(), report.has_data(), "{shape}: {report:?}");
        }
        if shape.starts_with("--unreadable") {
            let jira = &run.families[0].skipped;
            assert_eq!(jira.len(), 1, "{jira:?}");
            assert_eq!((jira[0].part, jira[0].count), (Part::Project, 3));
            assert_eq!(jira[0].reason, SkipReason::Permission(Permission::AdministerProjects));
            let unreadable: BTreeSet<String> =
                world.projects.iter().filter(|p| p.unreadable).map(|p| format!("{} · {}", p.key, p.name)).collect();
            assert_eq!(jira[0].names.iter().cloned().collect::<BTreeSet<_>>(), unreadable, "named for the admin");
            let confluence = &run.families[2].skipped;
            assert_eq!((confluence[0].part, confluence[0].count), (Part::Space, 2), "{confluence:?}");
            assert_eq!(confluence[0].reason, SkipReason::Permission(Permission::ViewSpace));
        }
        if shape == "--no-experimental" {
            let jsm = &run.families[1].skipped;
            assert_eq!(jsm.len(), 1, "{jsm:?}");
            assert_eq!((jsm[0].part, jsm[0].reason), (Part::Desk, SkipReason::NotOffered));
            assert_eq!(jsm[0].count, world.service_desks.len() as u64);
        }
        // What is stored is what the dashboard shows after a restart.
        let stored = org.store().runs(1).await.expect("runs").remove(0);
        assert_eq!(stored.families, run.families, "{shape}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_family_fails_alone_and_keeps_its_earlier_data() {
    let (sim, connection) = serve(sim_config(50)).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let (org, syncer) = syncer(&dir.path().join("uam.sqlite3"), connection).await;
    let first = syncer.run("test").await.expect("first sync");
    let world = sim.world().clone();
    assert_matches_ground_truth(&org, &world);

    // JSM answers 503 to everything now: after the retries, only JSM fails.
    sim.set_failing_families(vec![SiteFamily::Jsm]);
    let second = syncer.run("test").await.expect("the sync completes without JSM");
    use FamilyState::{Complete, Stale};
    assert_eq!(states(&second), vec![(Family::Jira, Complete), (Family::Jsm, Stale), (Family::Confluence, Complete)]);
    let jsm = &second.families[1];
    assert_eq!(jsm.data_from, Some(first.started_at), "as old as the first sync's data");
    assert!(jsm.error.as_deref().is_some_and(|e| e.contains("unavailable")), "{jsm:?}");
    assert_eq!(org.index().run().map(|r| r.id), Some(second.id), "the new snapshot is served");
    // Customers, desks and organizations are still there, as the first sync read them.
    assert_matches_ground_truth(&org, &world);

    // Stale again: still as old as the first sync, not the second.
    let third = syncer.run("test").await.expect("third sync");
    assert_eq!(third.families[1].data_from, Some(first.started_at));
    assert_matches_ground_truth(&org, &world);

    // The next sync after Atlassian recovers reads it again.
    sim.set_failing_families(Vec::new());
    let fourth = syncer.run("test").await.expect("fourth sync");
    assert!(fourth.families.iter().all(|r| r.state == Complete), "{:?}", fourth.families);
    assert_matches_ground_truth(&org, &world);

    // The history shows each run's families.
    let history = syncer.status().await.expect("status").history;
    assert_eq!(history.iter().map(|r| r.id).collect::<Vec<_>>(), [fourth.id, third.id, second.id, first.id]);
    assert_eq!(history[2].families[1].state, Stale);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_family_that_fails_on_the_first_sync_shows_nothing_of_it() {
    let mut config = sim_config(51);
    config.failing_families = vec![SiteFamily::Confluence];
    let (sim, connection) = serve(config).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let (org, syncer) = syncer(&dir.path().join("uam.sqlite3"), connection).await;
    let run = syncer.run("test").await.expect("the sync completes without Confluence");
    let confluence = &run.families[2];
    assert_eq!((confluence.state, confluence.data_from), (FamilyState::Stale, None), "{confluence:?}");
    let index = org.index();
    let spaces = index.filter_options().projects.iter().filter(|(id, _)| id.starts_with("space:")).count();
    assert_eq!(spaces, 0, "no half-read spaces");
    let org = UserQuery { kind: Some(Kind::OrgUser), ..UserQuery::default() };
    assert_eq!(
        index.query(&org, Utc::now(), Thresholds::default()).total,
        sim.world().directory_accounts().count() as u64
    );
}
