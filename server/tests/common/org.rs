//! A server connected to its own simulated organisation, synced, and the calls tests make of its
//! bulk actions. Shared by the bulk-action and endpoint tests (`#[path]`-included: each test
//! binary declares `mod common;` beside it).
#![allow(dead_code)] // each test binary uses its own part of this module

use std::{collections::HashMap, time::Duration};

use atlassian_sim::{Sim, SimConfig, Sizes};
use serde_json::{Value, json};

use crate::common::{self, TestServer};

pub const KEY: &str = "bulk-admin-key";
pub const TOKEN: &str = "bulk-site-token";

pub struct Org {
    pub sim: std::sync::Arc<Sim>,
    pub server: TestServer,
    /// How the server reaches the simulated org (for calling the product's functions directly).
    pub connection: server::upstream::Connection,
}

pub async fn org(sizes: Sizes, adjust_sim: impl FnOnce(&mut SimConfig)) -> Org {
    org_with(sizes, adjust_sim, |_| {}).await
}

/// The same, with the server's configuration changed by `adjust_server` too.
pub async fn org_with(
    sizes: Sizes,
    adjust_sim: impl FnOnce(&mut SimConfig),
    adjust_server: impl FnOnce(&mut server::config::Config),
) -> Org {
    let mut config = SimConfig::new(KEY, "site-admin@acme-corp.example", TOKEN);
    config.sizes = sizes;
    adjust_sim(&mut config);
    let (sim, connection) = common::simulator(config).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = TestServer::start_with(site, |config| {
        config.org_id = Some(connection.org_id.clone());
        config.admin_api_key = Some(KEY.to_owned().into());
        config.atlassian_admin_url = connection.admin_url.clone();
        config.atlassian_site_url = Some(connection.admin_url.clone());
        config.site_email = connection.site.as_ref().map(|s| s.email.clone());
        config.site_api_token = Some(TOKEN.to_owned().into());
        adjust_server(config);
    })
    .await;
    let org = Org { sim, server, connection };
    org.synced().await;
    org
}

impl Org {
    pub async fn synced(&self) {
        for _ in 0..1200 {
            let (_, body) = self.server.call("sync/status", json!({})).await;
            if !body["snapshot"].is_null() && body["running"].is_null() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the first sync did not complete within two minutes");
    }

    pub async fn preflight(&self, action: Value, ids: &[String]) -> Value {
        let (status, plan) =
            self.server.call("bulk/preflight", json!({ "action": action, "targets": { "accounts": ids } })).await;
        assert_eq!(status, 200, "{plan}");
        plan
    }

    pub async fn start(&self, plan: &Value, typed: Option<&str>) -> String {
        let (status, id) = self.server.call("bulk/start", json!({ "plan_id": plan["plan_id"], "typed": typed })).await;
        assert_eq!(status, 200, "{id}");
        id.as_str().expect("a job id").to_owned()
    }

    /// Waits for the job to end; its summary.
    pub async fn finished(&self, job: &str) -> Value {
        for _ in 0..1200 {
            let (status, page) = self.server.call("jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
            assert_eq!(status, 200, "{page}");
            if ["finished", "cancelled", "failed"].contains(&page["summary"]["state"].as_str().unwrap_or_default()) {
                return page;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the job did not end within two minutes");
    }

    /// Every item of a job, by account id.
    pub async fn items(&self, job: &str) -> HashMap<String, Value> {
        let mut all = HashMap::new();
        for page in 0.. {
            let (_, body) = self.server.call("jobs/get", json!({ "job_id": job, "state": null, "page": page })).await;
            let items = body["items"].as_array().expect("items").clone();
            if items.is_empty() {
                break;
            }
            for item in items {
                all.insert(item["account_id"].as_str().expect("id").to_owned(), item);
            }
        }
        all
    }

    /// Successful writes the simulator carried out that name this account.
    pub fn writes_to(&self, account: &str) -> Vec<String> {
        self.sim
            .changes()
            .into_iter()
            .filter(|c| c.path.contains(account))
            .map(|c| format!("{} {}", c.method, c.path))
            .collect()
    }
}

pub fn ids(plan: &Value, verdict: &str) -> Vec<String> {
    plan["users"]
        .as_array()
        .expect("users")
        .iter()
        .filter(|u| u["verdict"]["verdict"] == verdict)
        .map(|u| u["account_id"].as_str().expect("id").to_owned())
        .collect()
}

pub fn verdict_of<'a>(plan: &'a Value, id: &str) -> &'a Value {
    &plan["users"].as_array().expect("users").iter().find(|u| u["account_id"] == id).expect("planned")["verdict"]
}

/// Active, non-admin, non-SCIM directory users: (managed ones, external ones).
pub fn candidates(sim: &Sim) -> (Vec<String>, Vec<String>) {
    let world = sim.world();
    let pick = |managed: bool| -> Vec<String> {
        world.plain_users().filter(|a| a.managed == managed).map(|a| a.id.clone()).collect()
    };
    (pick(true), pick(false))
}
