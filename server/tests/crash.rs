//! The real `uam` binary, SIGKILLed in the middle of a bulk job and started again on the
//! same data, finishes the job with every user settled. The simulator runs in this test process,
//! so it outlives every kill, and its log of applied writes is the judge of "exactly once".

mod common;

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use atlassian_sim::{Sim, SimConfig, Sizes, model::AccountStatus};
use serde_json::{Value, json};

const BINARY: &str = env!("CARGO_BIN_EXE_uam");
const KEY: &str = "crash-admin-key";
const TOKEN: &str = "crash-site-token";

/// A running `uam` and how to reach it.
struct Uam {
    child: Child,
    url: String,
}

impl Uam {
    /// Starts the binary on `data` against the simulator; returns once it says where it runs.
    fn start(data: &Path, site: &Path, connection: &server::upstream::Connection) -> Uam {
        let mut child = Command::new(BINARY)
            .env("UAM_LISTEN", "127.0.0.1:0")
            .env("UAM_DATA_DIR", data)
            .env("UAM_SITE_ROOT", site)
            .env("UAM_LOG", "warn")
            .env("UAM_ORG_ID", &connection.org_id)
            .env("UAM_ADMIN_API_KEY", KEY)
            .env("UAM_ATLASSIAN_ADMIN_URL", connection.admin_url.as_str())
            .env("UAM_ATLASSIAN_SITE_URL", connection.admin_url.as_str())
            .env("UAM_SITE_EMAIL", connection.site.as_ref().map(|s| s.email.as_str()).unwrap_or_default())
            .env("UAM_SITE_API_TOKEN", TOKEN)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("uam starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            let line = lines.next().expect("uam says where it runs").expect("utf-8");
            if let Some(at) = line.find("http://") {
                break line[at..].trim().to_owned();
            }
        };
        // Keep reading its output, so the pipe never fills and blocks it.
        std::thread::spawn(move || lines.for_each(drop));
        Uam { child, url }
    }

    /// SIGKILL: no shutdown, no flush, nothing finished.
    fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    async fn call(&self, cookie: &str, endpoint: &str, body: Value) -> (u16, Value) {
        let response = common::client()
            .post(format!("{}/api/{endpoint}", self.url))
            .header("origin", &self.url)
            .header("cookie", cookie)
            .json(&body)
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn sign_in(&self) -> String {
        let form = [("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD)];
        let response = common::client()
            .post(format!("{}/auth/login", self.url))
            .header("origin", &self.url)
            .form(&form)
            .send()
            .await
            .expect("sign-in answers");
        common::session_cookie(&response).expect("the admin signs in")
    }
}

impl Drop for Uam {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes the simulator carried out on these accounts' lifecycle.
fn disables(sim: &Sim, targets: &[String]) -> Vec<String> {
    sim.changes()
        .into_iter()
        .filter(|c| {
            c.path.ends_with("/manage/lifecycle/disable") && targets.iter().any(|t| c.path.contains(t.as_str()))
        })
        .map(|c| c.path)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_killed_three_times_changes_every_user_exactly_once_and_ends_with_all_done() {
    // Ten admin requests a second, as the issue measured it.
    let mut config = SimConfig::new(KEY, "site-admin@acme-corp.example", TOKEN);
    config.sizes = Sizes { users: 300, customers: 5, projects: 1, spaces: 1 };
    config.admin_rps = 10.0;
    let (sim, connection): (Arc<Sim>, _) = common::simulator(config).await;
    let targets: Vec<String> = {
        let world = sim.world();
        world.plain_users().filter(|a| a.managed).take(60).map(|a| a.id.clone()).collect()
    };
    assert_eq!(targets.len(), 60, "the org has 60 managed users to deactivate");

    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let data = tempfile::tempdir().expect("temp dir");
    let mut admin_config = server::config::Config::defaults();
    admin_config.data_dir = data.path().to_path_buf();
    let admin = server::auth::NewAdmin {
        login: common::ADMIN_LOGIN.into(),
        name: "Test Admin".into(),
        password: common::ADMIN_PASSWORD.to_owned().into(),
        totp: None,
    };
    server::cli::create_admin(&admin_config, &admin).await.expect("the admin is created");

    let started = Instant::now();
    let mut uam = Uam::start(data.path(), site.path(), &connection);
    let cookie = uam.sign_in().await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, status) = uam.call(&cookie, "sync/status", json!({})).await;
        if !status["snapshot"].is_null() && status["running"].is_null() {
            break;
        }
        assert!(Instant::now() < deadline, "the first sync did not end: {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, plan) = uam
        .call(
            &cookie,
            "bulk/preflight",
            json!({ "action": { "kind": "deactivate" }, "targets": { "accounts": targets } }),
        )
        .await;
    assert_eq!(status, 200, "{plan}");
    let changing = plan["users"].as_array().expect("users").iter().filter(|u| u["verdict"]["verdict"] == "change");
    assert_eq!(changing.count(), 60, "{plan}");
    let (status, job) = uam.call(&cookie, "bulk/start", json!({ "plan_id": plan["plan_id"], "typed": "60" })).await;
    assert_eq!(status, 200, "{job}");
    let job = job.as_str().expect("a job id").to_owned();

    // Killed after about 5, 25 and 50 users were changed, each time started again on its data.
    // (A job that ends early, having given up on some users, goes straight to the checks.)
    let mut kills = 0;
    'kills: for at in [5, 25, 50] {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut polls = 0u32;
        while disables(&sim, &targets).len() < at {
            polls += 1;
            if polls.is_multiple_of(20) {
                let (_, page) = uam.call(&cookie, "jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
                if page["summary"]["state"] == "finished" {
                    break 'kills;
                }
            }
            assert!(Instant::now() < deadline, "the job stalled before {at} users");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        uam.kill();
        kills += 1;
        uam = Uam::start(data.path(), site.path(), &connection);
    }

    let deadline = Instant::now() + Duration::from_secs(30);
    let page = loop {
        let (status, page) = uam.call(&cookie, "jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
        assert_eq!(status, 200, "{page}");
        if page["summary"]["state"] == "finished" {
            break page;
        }
        assert!(Instant::now() < deadline, "the job did not end after the last restart: {page}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let counts = &page["summary"]["counts"];
    assert_eq!(counts["done"], 60, "every user done, none interrupted or unknown: {counts}");
    assert_eq!(kills, 3, "killed in the middle three times");

    // The simulator's log: each of the 60 changed exactly once, none twice, none never.
    let writes = disables(&sim, &targets);
    for target in &targets {
        let n = writes.iter().filter(|w| w.contains(target.as_str())).count();
        assert_eq!(n, 1, "{target} was disabled {n} times");
    }
    {
        let world = sim.world();
        let inactive = targets
            .iter()
            .filter(|t| world.account(t).is_some_and(|ix| world.acc(ix).status == AccountStatus::Inactive));
        assert_eq!(inactive.count(), 60);
    }
    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
}
