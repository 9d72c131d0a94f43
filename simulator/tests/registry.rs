//! The product's list of every Atlassian endpoint it calls (`server/src/upstream/endpoints.rs`,
//! included here as it is) against the simulator that stands in for Atlassian in every test:
//! - every listed endpoint has a simulator route (a request to it reaches a handler, not the
//!   fallback), and the route is `x-experimental` in the simulator exactly when the list says so;
//! - each route's answer is held either to a published spec, whose schema the conformance suite
//!   (`tests/conformance.rs`) validates it against, or to the documented source the list names;
//!   the table of which is which is printed, and a spec-held route the conformance suite never
//!   calls fails the test;
//! - the calls the product changed to follow the specs (groups/search with `counts` and
//!   `resourceIds`, directories by `accountId`, the lifecycle disable body, v2 writes with a real
//!   directory id, space permissions, every JSM organization) answer as their contracts say,
//!   checked against the simulated org's own state; their bodies' schemas, where a spec has
//!   them, are the conformance suite's.

#[allow(dead_code)]
#[path = "../../server/src/upstream/endpoints.rs"]
mod endpoints;

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt::Write as _,
    sync::{Arc, Mutex, PoisonError},
};

use atlassian_sim::{Sim, SimConfig, Sizes, model::AccountKind};
use axum::{
    extract::{MatchedPath, Request, State},
    middleware::{Next, from_fn_with_state},
    response::Response,
};
use endpoints::{Contract, ENDPOINTS, Endpoint, same_route};
use serde_json::{Value, json};

const ADMIN_KEY: &str = "registry-admin-key";
const SITE_EMAIL: &str = "site-admin@acme-corp.example";
const SITE_TOKEN: &str = "registry-site-token";

/// The route template each request reached (`None`: no route, the fallback answered).
type Reached = Arc<Mutex<Vec<Option<String>>>>;

async fn record(State(reached): State<Reached>, request: Request, next: Next) -> Response {
    let template = request.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned());
    reached.lock().unwrap_or_else(PoisonError::into_inner).push(template);
    next.run(request).await
}

/// A simulator on `127.0.0.1:0` whose router notes the route every request reaches.
struct Served {
    sim: Arc<Sim>,
    base: String,
    http: reqwest::Client,
    reached: Reached,
}

impl Served {
    async fn start(adjust: impl FnOnce(&mut SimConfig)) -> Served {
        let mut config = SimConfig::new(ADMIN_KEY, SITE_EMAIL, SITE_TOKEN);
        config.sizes = Sizes { users: 120, customers: 60, projects: 6, spaces: 4 };
        adjust(&mut config);
        let sim = Sim::new(config);
        let reached = Reached::default();
        let app = atlassian_sim::router(Arc::clone(&sim)).layer(from_fn_with_state(Arc::clone(&reached), record));
        // reqwest is built without a TLS crypto provider in this workspace; plain HTTP still needs one.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let base = format!("http://{}", listener.local_addr().expect("the listener's address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Served { sim, base, http: reqwest::Client::new(), reached }
    }

    fn org(&self) -> String {
        self.sim.world().org_id.clone()
    }

    /// Sends `method path` with the credential its family takes; the status and the JSON body
    /// (`Null` when there is none).
    async fn send(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        request = if path.starts_with("/rest/") || path.starts_with("/wiki/") {
            request.basic_auth(SITE_EMAIL, Some(SITE_TOKEN)).header("X-ExperimentalApi", "opt-in")
        } else {
            request.bearer_auth(ADMIN_KEY)
        };
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap_or_else(|e| panic!("{path}: {e}"));
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// The route the last request reached.
    fn last_reached(&self) -> Option<String> {
        self.reached.lock().unwrap_or_else(PoisonError::into_inner).last().cloned().flatten()
    }
}

/// An endpoint's path with each parameter filled in (the org's id where one is asked for).
fn concrete(endpoint: &Endpoint, org: &str) -> String {
    let mut path = String::new();
    for segment in endpoint.path.split('/').skip(1) {
        path.push('/');
        path.push_str(match segment {
            "{orgId}" => org,
            s if s.starts_with('{') => "0",
            s => s,
        });
    }
    path
}

fn conformance_source() -> String {
    let path = format!("{}/tests/conformance.rs", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn every_listed_endpoint_is_served_and_held_to_a_spec_or_its_documented_source() {
    let served = Served::start(|_| {}).await;
    let org = served.org();
    let conformance = conformance_source();
    let mut failures = Vec::new();
    let mut table = String::new();
    for endpoint in ENDPOINTS {
        let name = format!("{} {}", endpoint.method, endpoint.path);
        served.send(endpoint.method, &concrete(endpoint, &org), None).await;
        let Some(route) = served.last_reached() else {
            failures.push(format!("{name}: the simulator has no route for it"));
            continue;
        };
        if !same_route(&route, endpoint.path) {
            failures.push(format!("{name}: reached the simulator's {route} instead"));
            continue;
        }
        let experimental = atlassian_sim::experimental::is_experimental(endpoint.method, &route);
        if experimental != endpoint.experimental {
            failures.push(format!(
                "{name}: the list says experimental = {}, the simulator's --no-experimental says {experimental}",
                endpoint.experimental
            ));
        }
        let held = match endpoint.contract {
            Contract::Spec { file, .. } => {
                // The conformance suite names each operation it calls by the spec's own path.
                if !conformance.contains(&format!("\"{}\"", endpoint.spec_path())) {
                    failures.push(format!("{name}: held to {file}, but the conformance suite never calls it"));
                }
                format!("validated against the {file} schema by the conformance suite")
            }
            Contract::Documented { source } => format!("follows {source}"),
        };
        let _ = writeln!(table, "  {name}: {held}");
    }
    eprintln!("the simulator's answers to the product's endpoints:\n{table}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn without_experimental_endpoints_those_listed_as_experimental_answer_404_and_the_rest_do_not() {
    let served = Served::start(|config| config.no_experimental = true).await;
    let org = served.org();
    let mut failures = Vec::new();
    for endpoint in ENDPOINTS.iter().filter(|e| e.method == "GET") {
        let (status, _) = served.send(endpoint.method, &concrete(endpoint, &org), None).await;
        // Made-up ids may be unknown: only a listing without any says the route itself is there.
        let plain = !endpoint.path.trim_start_matches("/admin/v2/orgs/{orgId}").contains('{');
        if endpoint.experimental && status != 404 {
            failures.push(format!("GET {}: {status}, where an experimental endpoint answers 404", endpoint.path));
        }
        if !endpoint.experimental && plain && status == 404 {
            failures.push(format!("GET {}: 404, but it is stable", endpoint.path));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every page of an admin cursor listing searched with `body`.
async fn admin_search(served: &Served, path: &str, body: Value) -> Vec<Value> {
    let mut all = Vec::new();
    let mut request = body.clone();
    loop {
        let (status, page) = served.send("POST", path, Some(request.clone())).await;
        assert_eq!(status, 200, "{path} {request}: {page}");
        all.extend(page["data"].as_array().cloned().unwrap_or_default());
        let Some(next) = page.pointer("/links/next").and_then(Value::as_str) else { break };
        request = body.clone();
        request["cursor"] = json!(next);
    }
    all
}

#[tokio::test]
async fn the_calls_changed_to_follow_the_specs_answer_as_their_contracts_say() {
    let served = Served::start(|_| {}).await;
    let org = served.org();
    let groups_search = format!("/admin/v2/orgs/{org}/directories/-/groups/search");

    // groups/search with counts: every group once, with the spec's `counts` object.
    let listed =
        admin_search(&served, &groups_search, json!({ "expand": ["counts.users", "counts.resources"], "limit": 7 }))
            .await;
    let (expected, granting, product_ari) = {
        let world = served.sim.world();
        let expected: BTreeMap<String, (usize, usize)> = world
            .groups
            .iter()
            .map(|g| {
                let products: BTreeSet<usize> = g.roles.iter().map(|(p, _)| *p).collect();
                (g.id.clone(), (g.members.len(), products.len()))
            })
            .collect();
        let product = world.groups.iter().find_map(|g| g.roles.first().map(|(p, _)| *p)).expect("a granting group");
        let granting: BTreeSet<String> =
            world.groups.iter().filter(|g| g.roles.iter().any(|(p, _)| *p == product)).map(|g| g.id.clone()).collect();
        (expected, granting, world.products[product].ari.clone())
    };
    let got: BTreeMap<String, (usize, usize)> = listed
        .iter()
        .map(|g| {
            let count =
                |what: &str| g.pointer(&format!("/counts/{what}")).and_then(Value::as_u64).expect("counts") as usize;
            (g["id"].as_str().expect("id").to_owned(), (count("users"), count("resources")))
        })
        .collect();
    assert_eq!(listed.len(), expected.len(), "each group once");
    assert_eq!(got, expected, "counts.users and counts.resources as the org has them");

    // groups/search by resourceIds: exactly the groups that grant the product.
    let found = admin_search(&served, &groups_search, json!({ "resourceIds": [product_ari] })).await;
    let found: BTreeSet<String> = found.iter().filter_map(|g| g["id"].as_str().map(str::to_owned)).collect();
    assert_eq!(found, granting);

    // The directory list by accountId: the one directory holding the user, none for a stranger.
    let (user, directory, customer) = {
        let world = served.sim.world();
        let ix = world.directory_accounts().find(|&ix| !world.acc(ix).org_admin).expect("a directory user");
        let directory = world.directories[world.acc(ix).directory.expect("in a directory")].id.clone();
        let customer =
            world.accounts.iter().find(|a| a.kind == AccountKind::Customer).map(|a| a.id.clone()).expect("a customer");
        (world.acc(ix).id.clone(), directory, customer)
    };
    let directories = async |account: &str| {
        let (status, page) =
            served.send("GET", &format!("/admin/v2/orgs/{org}/directories?accountId={account}"), None).await;
        assert_eq!(status, 200, "{page}");
        let ids = page["data"].as_array().expect("data").iter().filter_map(|d| d["directoryId"].as_str());
        ids.map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(directories(&user).await, std::slice::from_ref(&directory));
    assert!(directories(&customer).await.is_empty(), "a customer is in no directory");

    // v2 writes take the real directory id; a guessed `-` is refused.
    let suspend = |dir: &str| format!("/admin/v2/orgs/{org}/directories/{dir}/users/{user}/suspend");
    let (status, _) = served.send("POST", &suspend("-"), None).await;
    assert_eq!(status, 404, "`-` names no directory for a write");
    let (status, body) = served.send("POST", &suspend(&directory), None).await;
    assert!((200..300).contains(&status), "{status} {body}");
    let restore = format!("/admin/v2/orgs/{org}/directories/{directory}/users/{user}/restore");
    assert!((200..300).contains(&served.send("POST", &restore, None).await.0));

    // lifecycle/disable requires its body (an object; the message is optional).
    let managed = {
        let world = served.sim.world();
        world.plain_users().find(|a| a.managed).map(|a| a.id.clone()).expect("a managed user")
    };
    let disable = format!("/users/{managed}/manage/lifecycle/disable");
    assert_eq!(served.send("POST", &disable, None).await.0, 400, "no body");
    assert_eq!(served.send("POST", &disable, Some(json!({ "message": 3 }))).await.0, 400, "a message is a string");
    assert_eq!(served.send("POST", &disable, Some(json!({}))).await.0, 204, "an empty object");
    assert_eq!(served.send("POST", &format!("/users/{managed}/manage/lifecycle/enable"), None).await.0, 204);

    // Space permissions: every page, each permission once, with its principal.
    let space = served.sim.world().spaces[0].id;
    let mut next = Some(format!("/wiki/api/v2/spaces/{space}/permissions?limit=2"));
    let mut seen = BTreeSet::new();
    while let Some(path) = next.take() {
        let (status, page) = served.send("GET", &path, None).await;
        assert_eq!(status, 200, "{path}: {page}");
        for permission in page["results"].as_array().expect("results") {
            assert!(
                ["user", "group", "role"]
                    .contains(&permission.pointer("/principal/type").and_then(Value::as_str).unwrap_or(""))
            );
            assert!(seen.insert(permission["id"].to_string()), "{permission} listed twice");
        }
        next = page.pointer("/_links/next").and_then(Value::as_str).map(str::to_owned);
    }
    assert!(!seen.is_empty(), "a space has permissions");

    // Every JSM organization, those no service desk uses included.
    let (all_orgs, unused) = {
        let world = served.sim.world();
        let used: BTreeSet<usize> = world.service_desks.iter().flat_map(|d| d.organizations.iter().copied()).collect();
        (world.jsm_orgs.len(), (0..world.jsm_orgs.len()).filter(|o| !used.contains(o)).count())
    };
    let mut listed = Vec::new();
    for start in (0..).step_by(2) {
        let (status, page) =
            served.send("GET", &format!("/rest/servicedeskapi/organization?start={start}&limit=2"), None).await;
        assert_eq!(status, 200, "{page}");
        listed.extend(page["values"].as_array().cloned().unwrap_or_default());
        if page["isLastPage"].as_bool().unwrap_or(true) {
            break;
        }
    }
    assert_eq!(listed.len(), all_orgs, "every organization ({unused} used by no desk)");
}
