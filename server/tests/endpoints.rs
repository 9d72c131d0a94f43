//! The one list of every Atlassian endpoint the product calls (`server::upstream::endpoints`),
//! held to the contracts it names, and the product held to the list:
//! - every entry said to be in a published spec is there, with the same `x-experimental` mark,
//!   and not `deprecated`; every entry said to be documented elsewhere is in no spec; none is a
//!   call Atlassian's changelog retires;
//! - the product's real code paths (a full sync, a pre-flight and a job of every bulk action
//!   kind and an undo, sign-in's org-admin check, the Settings credential check) run against the
//!   simulator over HTTP, and every endpoint they reach, as the simulator counts them, must be on
//!   the list and not retired. A failure names the call and the code path that made it.

mod common;
#[path = "common/org.rs"]
mod org;

use std::{collections::BTreeMap, sync::Arc};

use atlassian_sim::{Sim, Sizes, model::Membership};
use org::{Org, candidates, ids, org};
use serde_json::{Value, json};
use server::upstream::endpoints::{
    self, CONFLUENCE_V1, CONFLUENCE_V2, Contract, ENDPOINTS, JIRA_PLATFORM, ORGANIZATIONS, RETIRED, SERVICE_MANAGEMENT,
    USER_MANAGEMENT, shape,
};

/// Every saved spec, with the path its server URL adds before the spec's own paths.
const SPECS: [(&str, &str); 7] = [
    (ORGANIZATIONS, "/admin"),
    (USER_MANAGEMENT, ""),
    ("admin-user-provisioning-scim.swagger.v3.json", ""),
    (JIRA_PLATFORM, ""),
    (SERVICE_MANAGEMENT, ""),
    (CONFLUENCE_V2, "/wiki/api/v2"),
    (CONFLUENCE_V1, ""),
];

fn load(file: &str) -> Value {
    let path = format!("{}/../../shared/atlassian-api/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the Atlassian spec {path} is missing or unreadable ({e})"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"))
}

/// The operation `method` at a path of the same shape as `path`, in a spec.
fn operation<'s>(spec: &'s Value, method: &str, path: &str) -> Option<&'s Value> {
    let paths = spec["paths"].as_object()?;
    paths.iter().find(|(p, _)| shape(p) == shape(path)).and_then(|(_, item)| item.get(method.to_lowercase()))
}

#[test]
fn every_entry_is_held_to_the_contract_it_names_and_none_is_deprecated_or_retired() {
    let specs: BTreeMap<&str, (&str, Value)> = SPECS.iter().map(|(file, base)| (*file, (*base, load(file)))).collect();
    let mut failures = Vec::new();
    for e in ENDPOINTS {
        let name = format!("{} {}", e.method, e.path);
        if let Some(why) = endpoints::retired(e.method, e.path) {
            failures.push(format!("{name}: retired by Atlassian's changelog ({why})"));
        }
        match e.contract {
            Contract::Spec { file, base } => {
                let Some((spec_base, spec)) = specs.get(file) else {
                    failures.push(format!("{name}: names {file}, which is not a saved spec"));
                    continue;
                };
                if base != *spec_base {
                    failures.push(format!("{name}: {file} is served below '{spec_base}', not '{base}'"));
                }
                let Some(op) = operation(spec, e.method, e.spec_path()) else {
                    failures.push(format!("{name}: {file} has no {} {}", e.method, e.spec_path()));
                    continue;
                };
                if op["deprecated"] == true {
                    failures.push(format!("{name}: {file} marks it deprecated"));
                }
                if (op["x-experimental"] == true) != e.experimental {
                    failures.push(format!("{name}: {file} says x-experimental = {}", op["x-experimental"] == true));
                }
            }
            Contract::Documented { source } => {
                assert!(!source.trim().is_empty(), "{name}: a documented call names its source");
                for (file, (base, spec)) in &specs {
                    let covered = e.path.strip_prefix(base).is_some_and(|p| operation(spec, e.method, p).is_some());
                    if covered {
                        failures.push(format!("{name}: {file} has it, so that spec is its contract"));
                    }
                }
            }
        }
    }
    // The retired calls are real ones: the saved organizations spec still lists most of them.
    let (_, organizations) = &specs[ORGANIZATIONS];
    let listed = RETIRED.iter().filter(|(m, p, _)| operation(organizations, m, &p["/admin".len()..]).is_some()).count();
    assert!(listed * 2 > RETIRED.len(), "only {listed} of the retired calls are in {ORGANIZATIONS}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every endpoint the simulator counted since the last reset that the product must not call, as
/// `<call> (during <what>): <why>`; the counters start again.
fn offending(sim: &Sim, during: &str) -> Vec<String> {
    let counters = sim.counters();
    sim.reset_counters();
    let mut found = Vec::new();
    for (key, count) in counters.requests.iter().filter(|(_, n)| **n > 0) {
        let Some((method, path)) = key.split_once(' ') else { continue };
        // The simulator's own endpoints, and the click on its consent page that stands for the
        // admin's, are the test's doing.
        if path.starts_with("/__sim/") || path == "/authorize/approve" {
            continue;
        }
        let why = match (endpoints::find(method, path), endpoints::retired(method, path)) {
            (_, Some(why)) => format!("retired by Atlassian's changelog: {why}"),
            (None, None) => "not in server/src/upstream/endpoints.rs".to_owned(),
            (Some(_), None) => continue,
        };
        found.push(format!("{key} ×{count} (during {during}): {why}"));
    }
    found
}

/// The test's org, synced.
async fn synced_org(adjust_sim: impl FnOnce(&mut atlassian_sim::SimConfig)) -> Org {
    org(Sizes { users: 80, customers: 30, projects: 3, spaces: 2 }, adjust_sim).await
}

/// Runs a pre-flight and its job to the end; the plan.
async fn run(org: &Org, action: Value, targets: &[String]) -> Value {
    let plan = org.preflight(action, targets).await;
    if !ids(&plan, "change").is_empty() {
        let job = org.start(&plan, Some(&ids(&plan, "change").len().to_string())).await;
        org.finished(&job).await;
    }
    plan
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_the_product_calls_is_listed_and_current() {
    let org = synced_org(|_| {}).await;
    let sim = Arc::clone(&org.sim);
    let mut offences = offending(&sim, "the first full sync");

    let (status, checks) = org.server.call("settings/test_connection", json!({})).await;
    assert_eq!(status, 200, "{checks}");
    offences.extend(offending(&sim, "the Settings credential check"));

    let upstream = upstream_of(org.connection.clone());
    let (admin, member) = admin_and_member(&sim);
    assert!(server::auth::is_org_admin(&upstream, &admin).await.expect("the check answers"));
    assert!(!server::auth::is_org_admin(&upstream, &member).await.expect("the check answers"));
    offences.extend(offending(&sim, "sign-in's org-admin check"));

    let (managed, external) = candidates(&sim);
    let people = vec![managed[0].clone(), external[0].clone()];
    run(&org, json!({ "kind": "deactivate" }), &people).await;
    offences.extend(offending(&sim, "a deactivation"));
    run(&org, json!({ "kind": "reactivate" }), &people).await;
    offences.extend(offending(&sim, "a reactivation"));
    {
        let world = sim.world();
        let ix = world.account(&external[0]).expect("ix");
        assert_eq!(world.acc(ix).membership, Membership::Active, "suspended and restored in its own directory");
    }
    let revoking = vec![managed[1].clone(), external[1].clone()];
    run(&org, json!({ "kind": "revoke_access", "products": ["jira-software"] }), &revoking).await;
    offences.extend(offending(&sim, "a revocation of product access"));
    run(&org, json!({ "kind": "assign_access", "products": ["jira-software", "confluence"] }), &revoking).await;
    offences.extend(offending(&sim, "an assignment of product access"));

    let customers: Vec<String> = {
        let world = sim.world();
        let desk = world.service_desks.iter().find(|d| d.customers.len() >= 2).expect("a desk with customers");
        desk.customers.iter().take(2).map(|&ix| world.acc(ix).id.clone()).collect()
    };
    let plan = org.preflight(json!({ "kind": "remove_customer", "desks": [] }), &customers).await;
    let job = org.start(&plan, None).await;
    org.finished(&job).await;
    offences.extend(offending(&sim, "a removal of customers"));
    let (status, undo) = org.server.call("bulk/undo-preflight", json!({ "job_id": job })).await;
    assert_eq!(status, 200, "{undo}");
    let undo_job = org.start(&undo, None).await;
    org.finished(&undo_job).await;
    offences.extend(offending(&sim, "the undo of a removal of customers"));

    assert!(offences.is_empty(), "calls outside the endpoint list or retired by Atlassian:\n{}", offences.join("\n"));
}

/// An org admin and a plain user of the org.
fn admin_and_member(sim: &Sim) -> (String, String) {
    let world = sim.world();
    let admin = world.directory_accounts().find(|&ix| world.acc(ix).org_admin).expect("an org admin");
    (world.acc(admin).id.clone(), world.plain_users().next().expect("a plain user").id.clone())
}

/// An upstream client of an org, for calling the product's own functions.
fn upstream_of(connection: server::upstream::Connection) -> server::upstream::Upstream {
    let engine = Arc::new(server::upstream::Engine::new(server::upstream::EngineConfig::default()));
    server::upstream::Upstream::new(engine, connection)
}

/// The check itself: a retired call and an unlisted one, made on purpose, are both named.
#[tokio::test]
async fn the_check_names_retired_and_unlisted_calls() {
    let config = atlassian_sim::SimConfig::new(org::KEY, "site-admin@acme-corp.example", org::TOKEN);
    let (sim, connection) = common::simulator(config).await;
    let org_id = &connection.org_id;
    let http = common::client();
    for path in [format!("/admin/v2/orgs/{org_id}/directories/-/groups"), "/rest/api/3/user/groups".to_owned()] {
        let url = connection.admin_url.join(&path).expect("url");
        http.get(url).bearer_auth(org::KEY).send().await.expect("an answer");
    }
    let named = offending(&sim, "a deliberate call");
    assert_eq!(named.len(), 2, "{named:?}");
    assert!(named[0].starts_with(
        "GET /admin/v2/orgs/{orgId}/directories/{directoryId}/groups ×1 (during a deliberate call): retired"
    ));
    assert!(named[1].starts_with("GET /rest/api/3/user/groups ×1 (during a deliberate call): not in"), "{named:?}");
    assert!(offending(&sim, "nothing").is_empty(), "the counters start again");
}

/// Sign-in's org-admin check reads the stable `users/search`, so it works where the
/// `x-experimental` role assignments are absent.
#[tokio::test]
async fn without_experimental_endpoints_the_org_admin_check_still_answers() {
    let mut config = atlassian_sim::SimConfig::new(org::KEY, "site-admin@acme-corp.example", org::TOKEN);
    config.no_experimental = true;
    let (sim, connection) = common::simulator(config).await;
    let upstream = upstream_of(connection);
    let (admin, member) = admin_and_member(&sim);
    assert!(server::auth::is_org_admin(&upstream, &admin).await.expect("the check answers"));
    assert!(!server::auth::is_org_admin(&upstream, &member).await.expect("the check answers"));
    assert!(!server::auth::is_org_admin(&upstream, "no-such-account").await.expect("the check answers"));
    assert!(offending(&sim, "the org-admin check").is_empty());
}
