//! The `uam` binary itself: its help, and a real start, request and graceful stop.

mod common;

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    time::Duration,
};

const BINARY: &str = env!("CARGO_BIN_EXE_uam");

#[test]
fn help_lists_every_option_and_environment_variable() {
    let output = Command::new(BINARY).arg("--help").output().expect("uam runs");
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).expect("utf-8");
    for needle in [
        "UAM_LISTEN",
        "UAM_DATA_DIR",
        "UAM_SITE_ROOT",
        "UAM_LOG",
        "UAM_LOG_FORMAT",
        "UAM_ATLASSIAN_ADMIN_URL",
        "UAM_ATLASSIAN_SITE_URL",
        "UAM_ORG_ID",
        "UAM_ADMIN_API_KEY",
        "UAM_SITE_EMAIL",
        "UAM_SITE_API_TOKEN",
        "UAM_MASTER_KEY_FILE",
        "UAM_PUBLIC_URL",
        "UAM_DATABASE_PATH",
        "UAM_SYNC_INTERVAL_HOURS",
        "UAM_OAUTH_CLIENT_ID",
        "UAM_OAUTH_CLIENT_SECRET",
        "UAM_ATLASSIAN_AUTH_URL",
        "UAM_ALLOWED_ADMINS",
        "UAM_SESSION_IDLE_MINUTES",
        "UAM_REQUIRE_TOTP",
        "UAM_AUDIT_KEY_FILE",
        "UAM_AUDIT_CHECKPOINTS",
        "admin",
        "serve",
        "sync",
        "users",
        "--listen",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
}

#[tokio::test]
async fn starts_prints_its_url_serves_and_stops_on_sigterm() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let data = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(BINARY)
        .env("UAM_LISTEN", "127.0.0.1:0")
        .env("UAM_DATA_DIR", data.path())
        .env("UAM_SITE_ROOT", site.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("uam starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    // No admin exists yet: first the one-time set-up link, then the address.
    let setup = lines.next().expect("a line").expect("utf-8");
    let link = setup.split_whitespace().last().expect("a link").to_owned();
    assert!(link.contains("/setup?token="), "{setup}");
    let line = lines.next().expect("a line").expect("utf-8");
    let url = line.split_whitespace().last().expect("a URL").to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");

    let health = common::client().get(format!("{url}/healthz")).send().await.expect("request");
    assert_eq!(health.status(), 200);

    // The set-up link creates the first admin once; a second use is refused.
    let token = link.split("token=").nth(1).expect("token").to_owned();
    let page = common::client().get(&link).send().await.expect("page").text().await.expect("html");
    assert!(page.contains("name=\"totp_seed\""), "the set-up form offers an authenticator");
    assert!(page.contains("class=\"totp-qr\"") && page.contains("<svg"), "with a QR code to scan");
    let create = |login: &'static str| {
        let (url, token) = (url.clone(), token.clone());
        async move {
            let form = [
                ("token", token.as_str()),
                ("login", login),
                ("name", "First Admin"),
                ("password", common::ADMIN_PASSWORD),
                ("password_again", common::ADMIN_PASSWORD),
            ];
            let request = common::client().post(format!("{url}/auth/setup")).header("origin", url.clone()).form(&form);
            request.send().await.expect("set-up answers")
        }
    };
    let first = create("first@example.com").await;
    assert_eq!(first.status(), 303);
    let cookie = common::session_cookie(&first).expect("signed in at once");
    let me = common::client()
        .post(format!("{url}/api/me"))
        .header("origin", url.clone())
        .header("cookie", cookie)
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("me");
    assert_eq!(me.json::<serde_json::Value>().await.expect("json")["account_id"], "first@example.com");
    let second = create("second@example.com").await;
    assert_eq!(second.status(), 401);
    assert!(common::session_cookie(&second).is_none());

    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "uam did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "graceful stop exits 0: {status}");
}

#[test]
fn a_missing_bundle_stops_start_up_with_a_clear_message() {
    let empty = tempfile::tempdir().expect("temp dir");
    let output = Command::new(BINARY)
        .env("UAM_LISTEN", "127.0.0.1:0")
        .env("UAM_DATA_DIR", empty.path().join("data"))
        .env("UAM_SITE_ROOT", empty.path())
        .output()
        .expect("uam runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no built web assets found"), "{stderr}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("running at"), "it never claims to be running");
}

#[test]
fn help_never_shows_secret_values_from_the_environment() {
    let output = Command::new(BINARY)
        .args(["--help"])
        .env("UAM_ADMIN_API_KEY", "canary-admin-key-1234")
        .env("UAM_SITE_API_TOKEN", "canary-site-token-5678")
        .output()
        .expect("uam runs");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(!help.contains("canary-admin-key-1234") && !help.contains("canary-site-token-5678"), "{help}");
}

/// Runs `uam` with `env` and `args` off the async runtime (the simulator keeps serving).
async fn uam(env: Vec<(String, String)>, args: &[&str]) -> std::process::Output {
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BINARY).envs(env).args(args).env_remove("UAM_LOG_FORMAT").output().expect("uam runs")
    })
    .await
    .expect("joined")
}

/// Runs `uam admin create --login <login>` with `stdin` as its input.
async fn admin_create(env: Vec<(String, String)>, login: &str, stdin: &str) -> std::process::Output {
    use std::io::Write;
    let (login, stdin) = (login.to_owned(), stdin.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut child = Command::new(BINARY)
            .envs(env)
            .args(["admin", "create", "--login", &login, "--name", "Cron Admin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("uam runs");
        child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("written");
        child.wait_with_output().expect("uam ends")
    })
    .await
    .expect("joined")
}

/// Signs in to a server started from the binary; its session cookie.
async fn sign_in_at(url: &str, login: &str) -> String {
    let response = common::client()
        .post(format!("{url}/auth/login"))
        .header("origin", url)
        .form(&[("login", login), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("sign-in answers");
    common::session_cookie(&response).expect("signed in")
}

/// The environment that connects `uam` to a simulated org (with `key` as the Admin API key).
fn connected(data: &std::path::Path, connection: &server::upstream::Connection, key: &str) -> Vec<(String, String)> {
    let base = connection.admin_url.to_string();
    [
        ("UAM_DATA_DIR", data.to_string_lossy().into_owned()),
        ("UAM_ORG_ID", connection.org_id.clone()),
        ("UAM_ADMIN_API_KEY", key.to_owned()),
        ("UAM_ATLASSIAN_ADMIN_URL", base.clone()),
        ("UAM_ATLASSIAN_SITE_URL", base),
        ("UAM_SITE_EMAIL", connection.site.as_ref().map(|s| s.email.clone()).unwrap_or_default()),
        ("UAM_SITE_API_TOKEN", SITE_TOKEN.to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

const SITE_TOKEN: &str = "cli-site-token";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_and_users_work_headless_against_a_configured_organisation() {
    use atlassian_sim::{
        SimConfig, Sizes,
        model::{AccountStatus, Membership},
    };
    use chrono::Utc;

    let mut config = SimConfig::new("cli-admin-key", "site-admin@acme-corp.example", SITE_TOKEN);
    config.sizes = Sizes { users: 300, customers: 200, projects: 6, spaces: 4 };
    let (sim, connection) = common::simulator(config).await;
    let data = tempfile::tempdir().expect("temp dir");
    let env = |key: &str| connected(data.path(), &connection, key);

    let none = uam(env("cli-admin-key"), &["users"]).await;
    assert!(!none.status.success(), "no snapshot yet");
    assert!(String::from_utf8_lossy(&none.stderr).contains("uam sync"), "says what to do");

    let bad = uam(env("wrong-key"), &["sync"]).await;
    assert!(!bad.status.success(), "a rejected key fails the sync");
    assert!(!String::from_utf8_lossy(&bad.stderr).contains("wrong-key"), "the key is never printed");

    let sync = uam(env("cli-admin-key"), &["sync"]).await;
    assert!(sync.status.success(), "{}", String::from_utf8_lossy(&sync.stderr));
    assert!(String::from_utf8_lossy(&sync.stdout).contains("complete"));

    // Ground truth: Jira users who can still sign in (suspended and deactivated accounts have
    // no access, whatever their activity) and whose last Jira activity is 180 days old or more.
    let world = sim.world().clone();
    let jira = world.product_by_key("jira-software").expect("jira");
    let now = Utc::now();
    let can_sign_in = |ix| {
        let account = world.acc(ix);
        account.status == AccountStatus::Active && account.membership != Membership::Suspended
    };
    let mut want: Vec<String> = world
        .directory_accounts()
        .filter(|&ix| can_sign_in(ix))
        .filter(|&ix| world.holds_role(ix, jira) || world.acc(ix).last_active(jira).is_some())
        .filter(|&ix| world.acc(ix).last_active(jira).is_some_and(|at| (now - at).num_days() >= 180))
        .map(|ix| world.acc(ix).id.clone())
        .collect();
    want.sort();
    assert!(!want.is_empty());

    let json = uam(
        env("cli-admin-key"),
        &["users", "--inactive", "overdue", "--product", "jira-software", "--format", "json"],
    )
    .await;
    assert!(json.status.success(), "{}", String::from_utf8_lossy(&json.stderr));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).expect("a JSON array");
    let mut got: Vec<String> = rows.iter().map(|r| r["account_id"].as_str().expect("id").to_owned()).collect();
    got.sort();
    assert_eq!(got, want);

    let csv = uam(env("cli-admin-key"), &["users", "--inactive", "overdue", "--product", "jira-software"]).await;
    assert!(csv.status.success());
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    assert_eq!(header[0], "Name");
    assert_eq!(header[1], "Email");
    assert_eq!(reader.records().count(), want.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_server_picks_up_a_snapshot_written_by_uam_sync() {
    use atlassian_sim::{SimConfig, Sizes};

    let mut config = SimConfig::new("shared-admin-key", "site-admin@acme-corp.example", SITE_TOKEN);
    config.sizes = Sizes { users: 150, customers: 80, projects: 4, spaces: 3 };
    let (_sim, connection) = common::simulator(config).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let data = tempfile::tempdir().expect("temp dir");
    let mut env = connected(data.path(), &connection, "shared-admin-key");
    env.push(("UAM_SITE_ROOT".into(), site.path().to_string_lossy().into_owned()));
    // The server never syncs on its own here: the snapshot can only come from `uam sync`.
    env.push(("UAM_SYNC_INTERVAL_HOURS".into(), "0".into()));
    env.push(("UAM_LISTEN".into(), "127.0.0.1:0".into()));
    // `uam admin create` makes the account the script below signs in with.
    let created = admin_create(env.clone(), "cron@example.com", &format!("{}\n", common::ADMIN_PASSWORD)).await;
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let mut server = Command::new(BINARY)
        .envs(env.clone())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("uam starts");
    let stdout = server.stdout.take().expect("stdout");
    let line = BufReader::new(stdout).lines().next().expect("a line").expect("utf-8");
    assert!(line.contains("running at"), "no set-up link once an admin exists: {line}");
    let url = line.split_whitespace().last().expect("a URL").to_owned();
    let cookie = sign_in_at(&url, "cron@example.com").await;
    let status = |url: String| {
        let cookie = cookie.clone();
        async move {
            let response = common::client()
                .post(format!("{url}/api/sync/status"))
                .header("origin", url.clone())
                .header("cookie", cookie)
                .json(&serde_json::json!({}))
                .send();
            response.await.expect("request").json::<serde_json::Value>().await.expect("json")
        }
    };
    assert!(status(url.clone()).await["snapshot"].is_null(), "no snapshot before the command runs");
    let dashboard = |url: String| {
        let cookie = cookie.clone();
        async move {
            let response = common::client().get(format!("{url}/")).header("cookie", cookie).send();
            response.await.expect("request").text().await.expect("html")
        }
    };
    let empty = dashboard(url.clone()).await;
    assert!(empty.contains("No organisation data yet"), "an empty state before the first snapshot");
    assert!(empty.contains(r#"href="/settings" class="button button-primary""#), "that links to Settings");

    let sync = uam(env, &["sync"]).await;
    assert!(sync.status.success(), "{}", String::from_utf8_lossy(&sync.stderr));

    let mut picked_up = false;
    for _ in 0..120 {
        if status(url.clone()).await["snapshot"]["outcome"] == "complete" {
            picked_up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let filled = dashboard(url.clone()).await;
    let _ = server.kill();
    let _ = server.wait();
    assert!(picked_up, "the server shows the command's snapshot within 30 s");
    assert!(filled.contains("Total users") && !filled.contains("No organisation data yet"), "then its numbers");
}

/// Calls a server function of a server started from the binary.
async fn call_at(url: &str, cookie: &str, endpoint: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    let response = common::client()
        .post(format!("{url}/api/{endpoint}"))
        .header("origin", url)
        .header("cookie", cookie)
        .json(&body)
        .send()
        .await
        .expect("request");
    (response.status().as_u16(), response.json().await.expect("json"))
}

/// Starts `uam` and returns it with its URL (the first line it prints).
fn start_uam(env: &[(String, String)]) -> (std::process::Child, String) {
    let mut child = Command::new(BINARY)
        .envs(env.iter().cloned())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("uam starts");
    let stdout = child.stdout.take().expect("stdout");
    let line = BufReader::new(stdout).lines().next().expect("a line").expect("utf-8");
    assert!(line.contains("running at"), "{line}");
    (child, line.split_whitespace().last().expect("a URL").to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_killed_mid_way_resumes_after_restart_with_every_user_accounted_for_and_nothing_applied_twice() {
    use atlassian_sim::{
        SimConfig, Sizes,
        model::{AccountStatus, Membership},
    };

    let mut config = SimConfig::new("kill-admin-key", "site-admin@acme-corp.example", SITE_TOKEN);
    config.sizes = Sizes { users: 1_100, customers: 20, projects: 2, spaces: 2 };
    // Slow enough that the job is still running when the server is killed.
    config.admin_rps = 40.0;
    let (sim, connection) = common::simulator(config).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let data = tempfile::tempdir().expect("temp dir");
    let mut env = connected(data.path(), &connection, "kill-admin-key");
    env.push(("UAM_SITE_ROOT".into(), site.path().to_string_lossy().into_owned()));
    env.push(("UAM_SYNC_INTERVAL_HOURS".into(), "0".into()));
    env.push(("UAM_LISTEN".into(), "127.0.0.1:0".into()));
    let created = admin_create(env.clone(), "ops@example.com", &format!("{}\n", common::ADMIN_PASSWORD)).await;
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let sync = uam(env.clone(), &["sync"]).await;
    assert!(sync.status.success(), "{}", String::from_utf8_lossy(&sync.stderr));

    let targets: Vec<String> = {
        let world = sim.world();
        world.plain_users().take(500).map(|a| a.id.clone()).collect()
    };
    assert_eq!(targets.len(), 500);

    let (mut first, url) = start_uam(&env);
    let cookie = sign_in_at(&url, "ops@example.com").await;
    let (status, plan) = call_at(
        &url,
        &cookie,
        "bulk/preflight",
        serde_json::json!({ "action": { "kind": "deactivate" }, "targets": { "accounts": targets } }),
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    let changing =
        plan["users"].as_array().expect("users").iter().filter(|u| u["verdict"]["verdict"] == "change").count();
    let skips: Vec<&serde_json::Value> =
        plan["users"].as_array().expect("users").iter().filter_map(|u| u["verdict"].get("skip")).collect();
    assert_eq!(changing, 500, "{skips:?}");
    // The job is handed over at once; the work happens behind it.
    let asked = std::time::Instant::now();
    let (status, job) =
        call_at(&url, &cookie, "bulk/start", serde_json::json!({ "plan_id": plan["plan_id"], "typed": "500" })).await;
    assert_eq!(status, 200, "{job}");
    assert!(asked.elapsed() < Duration::from_secs(1), "the job id came after {:?}", asked.elapsed());
    let job = job.as_str().expect("id").to_owned();
    let get = serde_json::json!({ "job_id": job, "state": null, "page": 0 });
    loop {
        let (_, page) = call_at(&url, &cookie, "jobs/get", get.clone()).await;
        if page["summary"]["counts"]["done"].as_u64().unwrap_or_default() >= 100 {
            break;
        }
        assert_ne!(page["summary"]["state"], "finished", "the job must still be running when killed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    first.kill().expect("SIGKILL");
    first.wait().expect("reaped");
    let writes_at_kill = sim.changes().len();
    assert!(writes_at_kill < 500, "killed mid-way: {writes_at_kill}");

    let (mut second, url) = start_uam(&env);
    let cookie = sign_in_at(&url, "ops@example.com").await;
    let summary = loop {
        let (_, page) = call_at(&url, &cookie, "jobs/get", get.clone()).await;
        if page["summary"]["state"] == "finished" {
            break page["summary"].clone();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let counts = &summary["counts"];
    assert_eq!(counts["pending"], 0, "{summary}");
    assert_eq!(counts["total"], 500);
    let accounted =
        ["done", "skipped", "failed", "unknown"].iter().map(|k| counts[k].as_u64().unwrap_or(0)).sum::<u64>();
    assert_eq!(accounted, 500, "{summary}");
    // Nothing twice: at most one write per user, and every done user really changed.
    let changes = sim.changes();
    let world = sim.world().clone();
    for id in &targets {
        let writes = changes.iter().filter(|c| c.path.contains(id.as_str())).count();
        assert!(writes <= 1, "{id} was changed {writes} times");
        let account = world.acc(world.account(id).expect("ix"));
        let changed = account.status == AccountStatus::Inactive || account.membership == Membership::Suspended;
        assert_eq!(changed, writes == 1, "{id}: the org's state matches the writes");
    }
    second.kill().expect("stopped");
    second.wait().expect("reaped");
    // The chain survived the kill.
    let verify = uam(env.clone(), &["audit", "verify"]).await;
    assert!(
        verify.status.success(),
        "{}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );
}
