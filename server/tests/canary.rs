//! Secrets never leak: the real binary runs against a simulated org whose
//! Admin API key is a canary, with logs at TRACE; every page and server function is exercised
//! and a full sync runs; then every response body, the logs, the database and the browser
//! bundle are searched for the canaries. The Jira panel is configured too, and its secrets (an
//! invocation token, a launch code, the panel's session) are canaries of their own.

mod common;

use std::{
    io::{BufRead, BufReader, Read},
    process::{Command, Stdio},
    time::Duration,
};

use atlassian_sim::{SimConfig, Sizes};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use serde_json::json;

const BINARY: &str = env!("CARGO_BIN_EXE_uam");
const KEY: &str = "ATATT3xCanaryAdminKey0000SR01";
const TOKEN: &str = "ATATT3xCanarySiteToken000SR01";
const COOKIE_CANARY: &str = "cookie-canary-7d1e";
const AUTH_CANARY: &str = "authorization-canary-51ab";
const FORGE_CANARY: &str = "forge-oauth-canary-0c9f";
const FIT_CANARY: &str = "eyJhbGciOiJSUzI1NiJ9.fit-canary-3b7a.c2ln";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_a_response_a_log_line_the_database_or_the_bundle() {
    let mut config = SimConfig::new(KEY, "site-admin@acme-corp.example", TOKEN);
    config.sizes = Sizes { users: 120, customers: 40, projects: 3, spaces: 3 };
    let (sim, connection) = common::simulator(config).await;
    let base = connection.admin_url.to_string();
    let (cloud_id, site_url, admin_id) = {
        let world = sim.world();
        let admin = world
            .accounts
            .iter()
            .find(|a| a.org_admin && a.status == atlassian_sim::model::AccountStatus::Active && a.directory.is_some())
            .expect("an org admin");
        (world.cloud_id.clone(), world.site_url.clone(), admin.id.clone())
    };
    let data = tempfile::tempdir().expect("temp dir");
    let env: Vec<(&str, String)> = vec![
        ("UAM_DATA_DIR", data.path().to_string_lossy().into_owned()),
        ("UAM_ORG_ID", connection.org_id.clone()),
        ("UAM_ADMIN_API_KEY", KEY.into()),
        ("UAM_ATLASSIAN_ADMIN_URL", base.clone()),
        ("UAM_ATLASSIAN_SITE_URL", base.clone()),
        ("UAM_SITE_EMAIL", "site-admin@acme-corp.example".into()),
        ("UAM_SITE_API_TOKEN", TOKEN.into()),
        ("UAM_SITE_ROOT", concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").into()),
        ("UAM_LISTEN", "127.0.0.1:0".into()),
        ("UAM_SYNC_INTERVAL_HOURS", "0".into()),
        ("UAM_FORGE_APP_ID", sim.forge.app_id.clone()),
        ("UAM_FORGE_INSTALLATION_IDS", sim.forge.installation_id.clone()),
        ("UAM_FORGE_CLOUD_IDS", cloud_id.clone()),
        ("UAM_FORGE_JWKS_URL", format!("{base}.well-known/jwks.json")),
        ("UAM_JIRA_SITES", "https://acme.atlassian.net".into()),
        ("UAM_LOG", "trace".into()),
        ("UAM_LOG_FORMAT", "json".into()),
    ];
    let site = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site"));
    if !site.join("pkg").exists() {
        // Without the real bundle this test would prove nothing about it.
        panic!("build the browser bundle first (scripts/test.sh does)");
    }
    let mut create = Command::new(BINARY)
        .envs(env.clone())
        .args(["admin", "create", "--login", "canary@example.com", "--name", "Canary Admin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("uam runs");
    std::io::Write::write_all(
        &mut create.stdin.take().expect("stdin"),
        format!("{}\n", common::ADMIN_PASSWORD).as_bytes(),
    )
    .expect("password");
    assert!(create.wait().expect("ends").success());

    let mut server =
        Command::new(BINARY).envs(env).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("uam starts");
    let mut stderr = server.stderr.take().expect("stderr");
    let logs = std::thread::spawn(move || {
        let mut all = String::new();
        let _ = stderr.read_to_string(&mut all);
        all
    });
    let line = BufReader::new(server.stdout.take().expect("stdout")).lines().next().expect("line").expect("utf-8");
    let url = line.split_whitespace().last().expect("url").to_owned();
    let client = common::client();
    let mut bodies = String::new();

    let signed = client
        .post(format!("{url}/auth/login"))
        .header("origin", &url)
        .form(&[("login", "canary@example.com"), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("login");
    let cookie = common::session_cookie(&signed).expect("signed in");
    // Canaries in every sensitive slot, and a value that would forge a log line.
    let forged_line = "x@example.com\r\n{\"level\":\"INFO\",\"fields\":{\"message\":\"forged\"}}";
    let call = |endpoint: &str, body: serde_json::Value| {
        client
            .post(format!("{url}/api/{endpoint}"))
            .header("origin", &url)
            .header("cookie", format!("{cookie}; extra={COOKIE_CANARY}"))
            .header("authorization", format!("Bearer {AUTH_CANARY}"))
            .header("x-forge-oauth-system", FORGE_CANARY)
            .json(&body)
            .send()
    };
    let start = call("sync/start", json!({})).await.expect("sync");
    bodies.push_str(&start.text().await.expect("body"));
    for _ in 0..600 {
        let status: serde_json::Value =
            call("sync/status", json!({})).await.expect("status").json().await.expect("json");
        bodies.push_str(&status.to_string());
        if status["snapshot"]["outcome"] == "complete" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let endpoints = [
        ("overview", json!({})),
        ("users", json!({ "query": { "text": forged_line } })),
        ("users", json!({ "query": {} })),
        ("me", json!({})),
        ("settings", json!({})),
        ("settings/test_connection", json!({})),
        ("settings/orgs", json!({})),
        ("settings/protected", json!({ "change": { "add": [forged_line], "remove": [] } })),
        ("login_options", json!({})),
    ];
    for (endpoint, body) in endpoints {
        let response = call(endpoint, body).await.expect("call");
        bodies.push_str(&response.text().await.expect("body"));
    }
    // The panel: Forge's token buys a launch code, which opens a panel session; a bogus token is
    // refused. None of the three may be written to a log.
    let fit = sim.forge.mint(&sim.forge.claims(&cloud_id, &site_url, &admin_id, chrono::Utc::now().timestamp()));
    let launched: serde_json::Value = client
        .post(format!("{url}/forge/launch"))
        .bearer_auth(&fit)
        .send()
        .await
        .expect("launch")
        .json()
        .await
        .expect("json");
    let code = launched["launchCode"].as_str().expect("a launch code").to_owned();
    let refused = client.post(format!("{url}/forge/launch")).bearer_auth(FIT_CANARY).send().await.expect("launch");
    assert_eq!(refused.status(), 401);
    let opened = client
        .post(format!("{url}/embed/session"))
        .header("origin", &url)
        .json(&json!({ "code": code }))
        .send()
        .await
        .expect("session");
    let panel_cookie = common::panel_session_cookie(&opened).expect("a panel session");
    let panel_session = panel_cookie.split_once('=').expect("pair").1.to_owned();
    let panel =
        client.get(format!("{url}/embed/users")).header("cookie", &panel_cookie).send().await.expect("panel page");
    assert_eq!(panel.status(), 200);
    bodies.push_str(&panel.text().await.expect("body"));
    for page in ["/", "/users", "/audit", "/settings", "/login", "/setup", "/healthz", "/no-such-page"] {
        let response = client.get(format!("{url}{page}")).header("cookie", &cookie).send().await.expect("page");
        bodies.push_str(&format!("{:?}", response.headers()));
        bodies.push_str(&response.text().await.expect("body"));
    }
    let _ = Command::new("kill").args(["-TERM", &server.id().to_string()]).status();
    let _ = server.wait();
    let logs = logs.join().expect("logs");

    let encoded = STANDARD.encode(format!("{}:{TOKEN}", "site-admin@acme-corp.example"));
    for secret in [KEY, TOKEN, encoded.as_str()] {
        assert!(!bodies.contains(secret), "a response carries {secret}");
        assert!(!logs.contains(secret), "the logs carry {secret}");
    }
    let session = cookie.split_once('=').expect("pair").1;
    for canary in [
        COOKIE_CANARY,
        AUTH_CANARY,
        FORGE_CANARY,
        session,
        "site-admin@acme-corp.example",
        "canary@example.com",
        "fit-canary-3b7a",
        fit.as_str(),
        code.as_str(),
        panel_session.as_str(),
    ] {
        assert!(!logs.contains(canary), "the logs carry {canary}");
    }
    assert!(logs.lines().count() > 100, "TRACE logging was on");
    assert!(bodies.contains("Canary Admin") && bodies.contains("<html"), "the calls and pages really answered");
    for line in logs.lines() {
        let parsed: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|_| panic!("one JSON object per line: {line}"));
        assert!(parsed.is_object());
        assert!(!line.contains("\"forged\""), "user data cannot forge a log line");
    }
    // The master key lives only in its own file, never in the database.
    let master = std::fs::read_to_string(data.path().join("master.key")).expect("the key file");
    let master = master.trim();
    for file in walk(data.path()).into_iter().filter(|f| !f.ends_with("master.key")) {
        let bytes = std::fs::read(&file).expect("data file");
        let found = bytes.windows(master.len()).any(|w| w == master.as_bytes());
        assert!(!found, "{} holds the master key", file.display());
    }
    for file in walk(data.path()) {
        let bytes = std::fs::read(&file).expect("data file");
        for secret in [KEY, TOKEN] {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{} holds {secret}", file.display());
        }
    }
    for file in walk(site) {
        let bytes = std::fs::read(&file).expect("bundle file");
        assert!(!bytes.windows(KEY.len()).any(|w| w == KEY.as_bytes()), "{} holds the key", file.display());
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}
