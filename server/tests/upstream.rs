//! The upstream client against the real simulator over HTTP: every pagination style, the retry
//! policy, the concurrency cap, the circuit breaker, error mapping and secret hygiene.

mod common;

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use atlassian_sim::{FaultRates, KeyState, Sim, SimConfig, Sizes};
use http::{Method, StatusCode};
use secrecy::SecretString;
use serde_json::{Value, json};
use server::upstream::{
    Call, Engine, EngineConfig, Pages, Style, Upstream, UpstreamError,
    api::admin::{Directories, GroupSearch, UserSearch},
    retry::RetryPolicy,
};

const KEY: &str = "sim-admin-key-canary-7f3a";
const EMAIL: &str = "site-admin@acme-corp.example";
const TOKEN: &str = "sim-site-token-canary-91c2";

fn sim_config() -> SimConfig {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.sizes = Sizes { users: 420, customers: 260, projects: 12, spaces: 7 };
    config
}

/// Quick retries, so tests take milliseconds (the production timings are unit-tested).
fn fast_engine() -> EngineConfig {
    EngineConfig {
        retry: RetryPolicy { max_retries: 4, base: Duration::from_millis(10), cap: Duration::from_millis(40) },
        ..EngineConfig::default()
    }
}

async fn start(config: SimConfig, engine: EngineConfig) -> (Arc<Sim>, Upstream) {
    let (sim, connection) = common::simulator(config).await;
    (sim, Upstream::new(Arc::new(Engine::new(engine)), connection))
}

fn site(upstream: &Upstream, path: &str) -> Call {
    let (url, auth) = upstream.site(path).expect("site configured");
    Call::get(url, auth)
}

fn ids(items: &[Value], field: &str) -> Vec<String> {
    items.iter().map(|item| item[field].as_str().expect("id field").to_owned()).collect()
}

#[tokio::test]
async fn every_pagination_style_walks_the_whole_listing() {
    let (sim, upstream) = start(sim_config(), fast_engine()).await;
    let engine = &upstream.engine;
    let world = sim.world().clone();

    // Admin cursor, POST search with the cursor in the body.
    let search = Call::search(
        upstream.org_url("v2", "/directories/-/users/search"),
        upstream.admin_auth(),
        json!({ "expand": ["productAccess"] }),
    );
    let mut pages: Pages = Pages::new(Arc::clone(engine), search, Style::AdminCursor, 37);
    let mut users = Vec::new();
    while let Some(page) = pages.next().await.expect("page") {
        assert!(page.len() <= 37);
        users.extend(page);
    }
    let expected: Vec<String> = world.directory_accounts().map(|ix| world.acc(ix).id.clone()).collect();
    assert_eq!(ids(&users, "accountId"), expected);
    assert_eq!(pages.requests, expected.len().div_ceil(37) as u64);

    // Admin cursor, GET with the cursor in the query.
    let list = Call::get(upstream.org_url("v2", "/directories/-/users"), upstream.admin_auth());
    let listed = Pages::<Value>::new(Arc::clone(engine), list, Style::AdminCursor, 100).collect().await.expect("list");
    assert_eq!(ids(&listed, "accountId"), expected);

    // Jira offset pages.
    let projects =
        Pages::<Value>::new(Arc::clone(engine), site(&upstream, "/rest/api/3/project/search"), Style::JiraOffset, 5)
            .collect()
            .await
            .expect("projects");
    assert_eq!(ids(&projects, "key"), world.projects.iter().map(|p| p.key.clone()).collect::<Vec<_>>());

    // Jira bare arrays, until an empty one.
    let everyone =
        Pages::<Value>::new(Arc::clone(engine), site(&upstream, "/rest/api/3/users/search"), Style::JiraArray, 200)
            .collect()
            .await
            .expect("users");
    assert_eq!(ids(&everyone, "accountId"), world.accounts.iter().map(|a| a.id.clone()).collect::<Vec<_>>());

    // JSM offset pages (the experimental header is required).
    let desk = &world.service_desks[0];
    let customers_call = site(&upstream, &format!("/rest/servicedeskapi/servicedesk/{}/customer", desk.id))
        .header("X-ExperimentalApi", "opt-in");
    let customers = Pages::<Value>::new(Arc::clone(engine), customers_call, Style::JsmOffset, 50)
        .collect()
        .await
        .expect("customers");
    assert_eq!(
        ids(&customers, "accountId"),
        desk.customers.iter().map(|&ix| world.acc(ix).id.clone()).collect::<Vec<_>>()
    );

    // Confluence v2 cursors through relative `_links.next`.
    let spaces =
        Pages::<Value>::new(Arc::clone(engine), site(&upstream, "/wiki/api/v2/spaces"), Style::ConfluenceCursor, 3)
            .collect()
            .await
            .expect("spaces");
    assert_eq!(ids(&spaces, "key"), world.spaces.iter().map(|s| s.key.clone()).collect::<Vec<_>>());

    // Confluence v1 offsets.
    let group = &world.groups[0];
    let members_call = site(&upstream, &format!("/wiki/rest/api/group/{}/membersByGroupId", group.id));
    let members = Pages::<Value>::new(Arc::clone(engine), members_call, Style::ConfluenceOffset, 40)
        .collect()
        .await
        .expect("members");
    assert_eq!(
        ids(&members, "accountId"),
        group.members.iter().map(|&ix| world.acc(ix).id.clone()).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn rate_limits_are_waited_out_for_at_least_retry_after() {
    let mut config = sim_config();
    config.site_rps = 1.0;
    config.burst = Some(1.0);
    let (sim, upstream) = start(config, fast_engine()).await;
    let call = site(&upstream, "/rest/api/3/myself");
    // Another client spends the budget, so this one learns of the limit only from a 429.
    let other = Upstream::new(Arc::new(Engine::new(fast_engine())), upstream.connection.clone());
    other.engine.send(&call).await.expect("the other client uses the burst");
    let started = Instant::now();
    upstream.engine.send(&call).await.expect("the retry succeeds");
    assert!(started.elapsed() >= Duration::from_secs(1), "waited only {:?} for Retry-After: 1", started.elapsed());
    let counters = sim.counters();
    assert_eq!(counters.requests["GET /rest/api/3/myself"], 3);
    assert_eq!(counters.throttled, 1);
}

#[tokio::test]
async fn an_exhausted_budget_is_waited_for_before_sending() {
    let mut config = sim_config();
    config.site_rps = 1.0;
    config.burst = Some(1.0);
    let (sim, upstream) = start(config, fast_engine()).await;
    let call = site(&upstream, "/rest/api/3/myself");
    upstream.engine.send(&call).await.expect("first call");
    // The answer said X-RateLimit-Remaining: 0, so the next call waits instead of earning a 429.
    upstream.engine.send(&call).await.expect("second call");
    assert_eq!(sim.counters().throttled, 0);
}

#[tokio::test]
async fn client_pacing_avoids_most_429s() {
    let mut config = sim_config();
    config.admin_rps = 20.0;
    config.burst = Some(5.0);
    let (sim, upstream) = start(config, fast_engine()).await;
    let call = Call::get(upstream.org_url("v2", "/directories"), upstream.admin_auth());
    for _ in 0..30 {
        upstream.engine.send(&call).await.expect("paced call succeeds");
    }
    // Reading X-RateLimit-Remaining, the client slows down before the limit instead of after.
    let counters = sim.counters();
    assert!(counters.throttled <= 3, "{} requests were throttled", counters.throttled);
}

#[tokio::test]
async fn gateway_errors_are_retried_at_most_four_times_then_reported() {
    let mut config = sim_config();
    config.faults = FaultRates { too_many_requests: 1.0, ..FaultRates::NONE };
    let (sim, upstream) = start(config, EngineConfig { breaker_threshold: 100, ..fast_engine() }).await;
    let call = site(&upstream, "/rest/api/3/myself");
    let error = upstream.engine.send(&call).await.expect_err("every answer is a 429");
    assert!(
        matches!(error, UpstreamError::Unavailable { status: StatusCode::TOO_MANY_REQUESTS, attempts: 5, .. }),
        "{error:?}"
    );
    assert_eq!(sim.counters().requests["GET /rest/api/3/myself"], 5, "one try and four retries");
}

#[tokio::test]
async fn client_errors_are_never_retried() {
    let (sim, upstream) = start(sim_config(), fast_engine()).await;
    let engine = &upstream.engine;

    let missing = engine.send(&site(&upstream, "/rest/api/3/project/NOPE/role")).await.expect_err("unknown project");
    assert!(matches!(missing, UpstreamError::NotFound), "{missing:?}");

    let bad = Call::search(
        upstream.org_url("v2", "/directories/-/users/search"),
        upstream.admin_auth(),
        json!({ "limit": 1000 }),
    );
    let rejected = engine.send(&bad).await.expect_err("limit over 100");
    match rejected {
        UpstreamError::Rejected { status, message } => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert!(message.contains("limit"), "{message}");
        }
        other => panic!("expected a rejection, got {other:?}"),
    }

    let counters = sim.counters();
    assert_eq!(counters.requests["GET /rest/api/3/project/{project}/role"], 1);
    assert_eq!(counters.requests["POST /admin/v2/orgs/{orgId}/directories/{directoryId}/users/search"], 1);
}

#[tokio::test]
async fn bad_expired_or_revoked_keys_are_not_authorised() {
    let (sim, upstream) = start(sim_config(), fast_engine()).await;
    let call = Call::get(upstream.org_url("v2", "/directories"), upstream.admin_auth());
    upstream.engine.send(&call).await.expect("a good key works");

    for state in [
        KeyState { expired: true, ..KeyState::default() },
        KeyState { revoked: true, ..KeyState::default() },
        KeyState { scopes: Some(vec!["read:workspaces:admin".into()]), ..KeyState::default() },
    ] {
        sim.set_key_state(state.clone());
        let error = upstream.engine.send(&call).await.expect_err("refused");
        assert!(matches!(error, UpstreamError::NotAuthorized { .. }), "{state:?}: {error:?}");
    }
    sim.set_key_state(KeyState::default());

    let mut wrong = upstream.connection.clone();
    wrong.admin_key = Arc::new(SecretString::from("not-the-key"));
    let wrong = Upstream::new(Arc::clone(&upstream.engine), wrong);
    let call = Call::get(wrong.org_url("v2", "/directories"), wrong.admin_auth());
    assert!(matches!(
        wrong.engine.send(&call).await,
        Err(UpstreamError::NotAuthorized { status: StatusCode::UNAUTHORIZED })
    ));
}

#[tokio::test]
async fn at_most_two_admin_requests_are_in_flight() {
    let (sim, upstream) = start(sim_config(), fast_engine()).await;
    let upstream = Arc::new(upstream);
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let upstream = Arc::clone(&upstream);
            tokio::spawn(async move {
                let call = Call::search(
                    upstream.org_url("v2", "/directories/-/users/search"),
                    upstream.admin_auth(),
                    json!({ "limit": 100, "expand": ["groups", "productAccess"] }),
                );
                upstream.engine.send(&call).await.map(|_| ())
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("task").expect("call");
    }
    let peak = sim.counters().peak_concurrency["admin"];
    assert!((1..=2).contains(&peak), "peak admin concurrency {peak}");
}

#[tokio::test]
async fn the_circuit_opens_after_five_failures_in_a_row() {
    let mut config = sim_config();
    config.faults = FaultRates { server_error: 1.0, ..FaultRates::NONE };
    let engine = EngineConfig { retry: RetryPolicy { max_retries: 0, ..fast_engine().retry }, ..fast_engine() };
    let (sim, upstream) = start(config, engine).await;
    let call = site(&upstream, "/rest/api/3/myself");
    for _ in 0..5 {
        assert!(upstream.engine.send(&call).await.is_err());
    }
    let before = sim.counters().total_requests;
    let error = upstream.engine.send(&call).await.expect_err("short-circuited");
    assert!(matches!(error, UpstreamError::CircuitOpen { .. }), "{error:?}");
    assert_eq!(sim.counters().total_requests, before, "no request was sent");
}

#[tokio::test]
async fn a_change_whose_answer_times_out_is_not_repeated() {
    let mut config = sim_config();
    config.faults = FaultRates { slow: 1.0, ..FaultRates::NONE };
    config.slow_delay = Duration::from_millis(800);
    let engine = EngineConfig { read_timeout: Duration::from_millis(200), ..fast_engine() };
    let (sim, upstream) = start(config, engine).await;
    let (ix, account_id, directory) = {
        let world = sim.world();
        let ix = world.directory_accounts().nth(10).expect("a user");
        let directory = world.acc(ix).directory.map(|d| world.directories[d].id.clone()).expect("in a directory");
        (ix, world.acc(ix).id.clone(), directory)
    };
    let url = upstream.org_url("v2", &format!("/directories/{directory}/users/{account_id}/suspend"));
    let error = upstream
        .engine
        .send(&Call::change(Method::POST, url, upstream.admin_auth(), None))
        .await
        .expect_err("timed out");
    assert!(matches!(error, UpstreamError::Timeout | UpstreamError::Ambiguous(_)), "{error:?}");
    let counters = sim.counters();
    assert_eq!(counters.requests["POST /admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/suspend"], 1);
    // It did happen: which is why the caller must re-read rather than assume either way.
    assert_eq!(sim.world().acc(ix).membership, atlassian_sim::model::Membership::Suspended);

    // A read in the same situation is safe to repeat.
    let read = upstream.engine.send(&Call::get(upstream.org_url("v2", "/directories"), upstream.admin_auth())).await;
    assert!(read.is_err());
    assert_eq!(sim.counters().requests["GET /admin/v2/orgs/{orgId}/directories"], 5);
}

/// Collects every log line the client writes while the future runs.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn keys_and_tokens_never_reach_the_log() {
    use tracing::instrument::WithSubscriber;
    let mut config = sim_config();
    config.faults = FaultRates::uniform(0.5);
    config.slow_delay = Duration::from_millis(20);
    let (_sim, upstream) = start(config, EngineConfig { breaker_threshold: 1_000, ..fast_engine() }).await;
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .json()
        .with_writer(move || writer.clone())
        .finish();
    async {
        for _ in 0..20 {
            let _ =
                upstream.engine.send(&Call::get(upstream.org_url("v2", "/directories"), upstream.admin_auth())).await;
            let _ = upstream.engine.send(&site(&upstream, "/rest/api/3/myself")).await;
        }
        let wrong = Call::search(
            upstream.org_url("v2", "/directories/-/users/search"),
            upstream.admin_auth(),
            json!({ "limit": 0 }),
        );
        let _ = upstream.engine.send(&wrong).await;
    }
    .with_subscriber(subscriber)
    .await;
    let log = String::from_utf8(captured.0.lock().expect("lock").clone()).expect("utf-8");
    assert!(log.contains("Atlassian"), "the client did log: {log}");
    use base64::Engine as _;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{EMAIL}:{TOKEN}"));
    for canary in [KEY, TOKEN, basic.as_str()] {
        assert!(!log.contains(canary), "the log contains a secret");
    }
}

#[tokio::test]
async fn each_family_call_reads_and_changes_what_atlassian_holds() {
    let (sim, upstream) = start(sim_config(), fast_engine()).await;
    let world = sim.world().clone();

    let orgs = upstream.orgs().collect().await.expect("orgs");
    assert_eq!(orgs[0].id.as_deref(), Some(world.org_id.as_str()));
    let directories = upstream.directories().collect().await.expect("directories");
    assert_eq!(directories.len(), world.directories.len());
    let groups = upstream.search_groups(&GroupSearch::default()).collect().await.expect("groups");
    assert_eq!(groups.len(), world.groups.len());
    // The groups that grant a product, found by the product's workspace ARI.
    let product = &world.products[0];
    let granting = upstream
        .search_groups(&GroupSearch { resource_ids: Some(&[product.ari.as_str()]) })
        .collect()
        .await
        .expect("granting");
    let want: Vec<String> =
        world.groups.iter().filter(|g| g.roles.iter().any(|(p, _)| *p == 0)).map(|g| g.id.clone()).collect();
    let mut got: Vec<String> = granting.into_iter().map(|g| g.id.expect("id")).collect();
    got.sort();
    let mut want = want;
    want.sort();
    assert_eq!(got, want);
    let products = upstream.workspaces().collect().await.expect("workspaces");
    assert_eq!(
        products.into_iter().map(|p| p.id.expect("id")).collect::<Vec<_>>(),
        world.products.iter().map(|p| p.ari.clone()).collect::<Vec<_>>()
    );
    let org_admins = UserSearch { role_ids: &["atlassian/org-admin"], ..UserSearch::default() };
    let admins = upstream.search_users(Directories::All, &org_admins).collect().await.expect("admins");
    assert_eq!(admins.len(), world.accounts.iter().filter(|a| a.org_admin).count());

    assert_eq!(upstream.jira_projects().expect("site").collect().await.expect("projects").len(), world.projects.len());
    let project = &world.projects[3];
    let roles = upstream.jira_project_roles(&project.key).await.expect("roles");
    assert_eq!(roles.urls().count(), project.roles.len());
    let role = upstream.jira_project_role(&project.key, &project.roles[0].id.to_string()).await.expect("role");
    assert_eq!(role.actors.len(), project.roles[0].actors.len());
    let group = &world.groups[0];
    let members = upstream.jira_group_members(&group.id).expect("site").collect().await.expect("members");
    assert_eq!(members.len(), group.members.len());
    assert_eq!(upstream.jira_users().expect("site").collect().await.expect("users").len(), world.accounts.len());
    assert!(!upstream.jira_application_roles().await.expect("seats").is_empty());
    assert_eq!(upstream.jira_myself().await.expect("myself").email_address.as_deref(), Some(EMAIL));

    let desks = upstream.service_desks().expect("site").collect().await.expect("desks");
    assert_eq!(desks.len(), world.service_desks.len());
    let desk = &world.service_desks[0];
    let customers = upstream.desk_customers(&desk.id.to_string()).expect("site").collect().await.expect("customers");
    assert_eq!(customers.len(), desk.customers.len());
    let orgs = upstream.jsm_organizations().expect("site").collect().await.expect("orgs");
    assert_eq!(orgs.len(), world.jsm_orgs.len(), "every organization, those no desk uses included");
    let jsm_org = &world.jsm_orgs[desk.organizations[0]];
    let org_users =
        upstream.jsm_organization_users(&jsm_org.id.to_string()).expect("site").collect().await.expect("org users");
    assert_eq!(org_users.len(), jsm_org.members.len());

    assert_eq!(upstream.spaces().expect("site").collect().await.expect("spaces").len(), world.spaces.len());
    let space = &world.spaces[1];
    let assignments =
        upstream.space_role_assignments(&space.id.to_string()).expect("site").collect().await.expect("assignments");
    assert_eq!(assignments.len(), space.assignments.len());
    assert_eq!(upstream.space_roles().expect("site").collect().await.expect("roles").len(), world.space_roles.len());
    let members = upstream.confluence_group_members(&group.id).expect("site").collect().await.expect("members");
    assert_eq!(members.len(), group.members.len());
    let some: Vec<String> = world.accounts.iter().take(3).map(|a| a.id.clone()).collect();
    assert_eq!(upstream.confluence_users(&some).await.expect("bulk").len(), 3);

    // Changes, each checked in the simulator's ground truth.
    let ix = world
        .directory_accounts()
        .find(|&ix| world.acc(ix).managed && !world.acc(ix).org_admin)
        .expect("a managed user");
    let account = world.acc(ix).id.clone();
    let directory = world.directories[world.acc(ix).directory.expect("in a directory")].id.clone();
    upstream.suspend(&directory, &account).await.expect("suspend");
    assert_eq!(sim.world().acc(ix).membership, atlassian_sim::model::Membership::Suspended);
    upstream.restore(&directory, &account).await.expect("restore");
    assert_eq!(sim.world().acc(ix).membership, atlassian_sim::model::Membership::Active);
    upstream.disable_account(&account, Some("Inactive for 180 days")).await.expect("disable");
    assert_eq!(sim.world().acc(ix).status, atlassian_sim::model::AccountStatus::Inactive);
    let profile = upstream.profile(&account).await.expect("profile").account.expect("account");
    assert_eq!(profile.account_status.as_deref(), Some("inactive"));
    upstream.enable_account(&account).await.expect("enable");
    assert_eq!(sim.world().acc(ix).status, atlassian_sim::model::AccountStatus::Active);
    let team = world
        .groups
        .iter()
        .position(|g| !g.synced && g.roles.is_empty() && !g.members.contains(&ix))
        .expect("a plain group");
    upstream.add_to_group(&directory, &world.groups[team].id, &account).await.expect("add");
    assert!(sim.world().groups[team].members.contains(&ix));
    upstream.remove_from_group(&directory, &world.groups[team].id, &account).await.expect("remove");
    assert!(!sim.world().groups[team].members.contains(&ix));
    assert!(upstream.last_active_dates(&account).await.expect("dates").data.is_some());
    let jira = world.products[0].ari.clone();
    upstream.user_role(&account, "atlassian/user", &jira, true).await.expect("grant");
    assert!(sim.world().acc(ix).direct_roles.iter().any(|(p, r)| *p == 0 && r == "atlassian/user"));
    upstream.user_role(&account, "atlassian/user", &jira, false).await.expect("revoke");
    assert!(sim.world().acc(ix).direct_roles.is_empty());
    let customer = *desk.customers.iter().next().expect("a customer");
    upstream.remove_customers(&desk.id.to_string(), &[world.acc(customer).id.clone()]).await.expect("remove customer");
    assert!(!sim.world().service_desks[0].customers.contains(&customer));

    // Ids are path segments, encoded: an id with a slash cannot reach another endpoint.
    let error = upstream.profile("../../admin/v1/orgs").await.expect_err("no such account");
    assert!(matches!(error, UpstreamError::NotFound), "{error:?}");
}

#[tokio::test]
async fn site_calls_without_a_site_say_so() {
    let (_sim, upstream) = start(sim_config(), fast_engine()).await;
    let mut connection = upstream.connection.clone();
    connection.site = None;
    let admin_only = Upstream::new(Arc::clone(&upstream.engine), connection);
    assert!(matches!(admin_only.jira_projects(), Err(UpstreamError::SiteNotConfigured)));
    assert!(matches!(admin_only.jira_myself().await, Err(UpstreamError::SiteNotConfigured)));
}
