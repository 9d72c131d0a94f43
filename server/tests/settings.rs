//! The Settings page's server functions over HTTP: validation that changes nothing, and every
//! change audited with its before and after values (SR-30), secrets stored encrypted and shown
//! only as a hint.

mod common;

use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn protected_accounts_are_validated_normalised_and_audited() {
    let server = common::TestServer::start().await;
    let (status, view) = server.call("settings", json!({})).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["protected"], json!([]));
    assert_eq!(view["connection"]["source"], "demo");
    // "Test connection" checks the demo organisation's simulated credentials too.
    let (status, checks) = server.call("settings/test_connection", json!({})).await;
    assert_eq!(status, 200);
    let checks = checks.as_array().expect("a list").clone();
    assert!(checks.len() >= 6 && checks.iter().all(|c| c["outcome"] == "ok"), "{checks:?}");

    let (status, refused) =
        server.call("settings/protected", json!({ "change": { "add": ["ok@example.com, nope"], "remove": [] } })).await;
    assert_eq!((status, refused["code"].as_str()), (400, Some("invalid_entries")));
    assert_eq!(refused["entries"], json!(["nope"]));
    let (_, unchanged) = server.call("settings", json!({})).await;
    assert_eq!(unchanged["protected"], json!([]), "a refused change saves nothing");

    let add =
        json!({ "change": { "add": [" Boss@Example.COM\n*@Board.example.org; boss@example.com"], "remove": [] } });
    let (status, view) = server.call("settings/protected", add).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["protected"], json!(["*@board.example.org", "boss@example.com"]));
    let remove = json!({ "change": { "add": [], "remove": ["BOSS@example.com"] } });
    let (_, view) = server.call("settings/protected", remove).await;
    assert_eq!(view["protected"], json!(["*@board.example.org"]));

    let changes: Vec<_> = server
        .audit()
        .await
        .into_iter()
        .filter(|e| e.entry.action == "settings_changed" && e.entry.target.as_deref() == Some("protected_accounts"))
        .collect();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].entry.actor, format!("local:{}", common::ADMIN_LOGIN));
    assert_eq!(changes[0].entry.details["before"], json!([]));
    assert_eq!(changes[0].entry.details["after"], json!(["*@board.example.org", "boss@example.com"]));
    assert_eq!(changes[1].entry.details["before"], json!(["*@board.example.org", "boss@example.com"]));
    assert_eq!(changes[1].entry.details["after"], json!(["*@board.example.org"]));
    // The chain links each entry to the one before it.
    let all = server.audit().await;
    for pair in all.windows(2) {
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thresholds_and_schedule_are_validated() {
    let server = common::TestServer::start().await;
    for (warning, overdue) in [(0, 10), (90, 90), (200, 100)] {
        let body = json!({ "warning_days": warning, "overdue_days": overdue });
        let (status, answer) = server.call("settings/thresholds", body).await;
        assert_eq!((status, answer["code"].as_str()), (400, Some("invalid_input")), "{warning}/{overdue}");
    }
    let (status, view) = server.call("settings/thresholds", json!({ "warning_days": 30, "overdue_days": 60 })).await;
    assert_eq!(status, 200);
    assert_eq!(view["thresholds"], json!({ "warning_days": 30, "overdue_days": 60 }));
    // The query engine uses them at once.
    let (_, overview) = server.call("overview", json!({})).await;
    if !overview["thresholds"].is_null() {
        assert_eq!(overview["thresholds"]["warning_days"], 30);
    }

    for (hours, retention) in [(-1.0, 365), (0.5, 365), (200.0, 365), (6.0, 30), (6.0, 5000)] {
        let body = json!({ "sync_interval_hours": hours, "audit_retention_days": retention });
        let (status, _) = server.call("settings/schedule", body).await;
        assert_eq!(status, 400, "{hours}/{retention}");
    }
    let body = json!({ "sync_interval_hours": 12.0, "audit_retention_days": 0 });
    let (status, view) = server.call("settings/schedule", body).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!((view["sync_interval_hours"].as_f64(), view["audit_retention_days"].as_u64()), (Some(12.0), Some(0)));
    let entries = server.audit().await;
    let interval = entries.iter().find(|e| e.entry.target.as_deref() == Some("sync_interval_hours")).expect("audited");
    assert_eq!(
        (interval.entry.details["before"].as_f64(), interval.entry.details["after"].as_f64()),
        (Some(6.0), Some(12.0))
    );
}

/// A connection saved from the page: the key is stored only as ciphertext, the page sees only its
/// last four characters, replacing it is audited without the value, and the next start uses it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saved_connection_is_encrypted_and_used_from_the_next_start() {
    use atlassian_sim::{SimConfig, Sizes};
    let key = "ATATT-settings-canary-key-9XQZ";
    let mut sim_config = SimConfig::new(key, "site-admin@acme-corp.example", "settings-site-token-canary");
    sim_config.sizes = Sizes { users: 40, customers: 5, projects: 2, spaces: 2 };
    let (_sim, connection) = common::simulator(sim_config).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let admin_url = connection.admin_url.clone();
    // Demo mode first, with its first sync (the schedule syncs at once when there is no snapshot).
    let server = common::TestServer::start_with(site, |config| config.atlassian_admin_url = admin_url.clone()).await;
    let mut demo_synced = false;
    for _ in 0..600 {
        if server.call("sync/status", json!({})).await.1["snapshot"]["outcome"] == "complete" {
            demo_synced = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(demo_synced, "the demo organisation synced");

    let (status, orgs) = server.call("settings/orgs", json!({ "admin_api_key": key })).await;
    assert_eq!(status, 200, "{orgs}");
    assert_eq!(orgs[0][0], connection.org_id);

    let bad = json!({ "input": { "org_id": "not valid!", "admin_api_key": key } });
    assert_eq!(server.call("settings/connection", bad).await.0, 400);
    let input = json!({ "input": {
        "org_id": connection.org_id,
        "admin_api_key": key,
        "admin_key_expires_on": "2027-01-15",
        "site_url": connection.admin_url.as_str(),
        "site_email": "site-admin@acme-corp.example",
        "site_api_token": "settings-site-token-canary",
    }});
    let (status, view) = server.call("settings/connection", input).await;
    assert_eq!(status, 200, "{view}");
    let text = view.to_string();
    assert!(!text.contains(key) && !text.contains("settings-site-token-canary"), "{text}");
    assert_eq!(view["connection"]["admin_key"]["hint"], "9XQZ");
    assert_eq!(view["connection"]["admin_key"]["expires_on"], "2027-01-15");
    let db = std::fs::read(server.data_dir().join("uam.sqlite3")).expect("db");
    assert!(!db.windows(key.len()).any(|w| w == key.as_bytes()), "SR-03: no clear key in the database");
    let replaced = server.audit().await.into_iter().find(|e| e.entry.action == "secret_replaced").expect("audited");
    assert_eq!(replaced.entry.details["after"], "…9XQZ");

    // The next start connects to the saved organisation.
    let kept = server.stop_keeping_data();
    let data = kept.path().join("state");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let restarted = common::TestServer::start_with(site, |config| {
        config.data_dir = data.clone();
        config.atlassian_admin_url = admin_url.clone();
        config.sync_interval_hours = Some(0.0);
    })
    .await;
    let (_, view) = restarted.call("settings", json!({})).await;
    assert_eq!(view["connection"]["source"], "settings");
    // Out of demo mode, with no OAuth app configured, the sign-in page offers local accounts and
    // says why Atlassian is missing.
    let login = common::client().get(restarted.url("/login")).send().await.expect("page").text().await.expect("html");
    assert!(login.contains("Sign in with Atlassian is not set up on this server"));
    assert!(!login.contains("href=\"/auth/atlassian\""));
    assert_eq!(view["connection"]["org_id"], connection.org_id);
    // The demo organisation's users are not shown as this one's: its snapshot was discarded at
    // the switch (this server does not sync on its own, so nothing has replaced it yet).
    let (_, status) = restarted.call("sync/status", json!({})).await;
    assert!(status["snapshot"].is_null(), "{status}");
    let (status, checks) = restarted.call("settings/test_connection", json!({})).await;
    assert_eq!(status, 200);
    let outcomes: Vec<(String, String)> = serde_json::from_value::<Vec<Value>>(checks)
        .expect("list")
        .iter()
        .map(|c| (c["what"].as_str().unwrap_or("").to_owned(), c["outcome"].as_str().unwrap_or("").to_owned()))
        .collect();
    for what in ["admin-key", "org", "directory", "site-jira", "site-jsm", "site-confluence"] {
        assert!(outcomes.contains(&(what.to_owned(), "ok".to_owned())), "{what}: {outcomes:?}");
    }

    // A new key for the same organisation applies at once, without a restart: a key Atlassian
    // refuses shows up in the very next test, and the right one fixes it again.
    let outcome = |checks: Value| checks[0]["outcome"].as_str().unwrap_or("").to_owned();
    let rotate = |key: &str| json!({ "input": { "org_id": connection.org_id, "admin_api_key": key } });
    let (status, view) = restarted.call("settings/connection", rotate("ATATT-a-revoked-key-0000")).await;
    assert_eq!(status, 200);
    assert_eq!(view["connection"]["pending_restart"], false);
    assert_eq!(outcome(restarted.call("settings/test_connection", json!({})).await.1), "unauthorized");
    restarted.call("settings/connection", rotate(key)).await;
    assert_eq!(outcome(restarted.call("settings/test_connection", json!({})).await.1), "ok");
}

/// "Test connection" against a site without JSM and Confluence: the key, the users and Jira
/// work, and the two missing products say they are not on the site rather than failing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn test_connection_says_which_products_the_site_lacks() {
    use atlassian_sim::{Products, SimConfig, Sizes};
    let key = "ATATT-products-check-key";
    let mut sim_config = SimConfig::new(key, "site-admin@acme-corp.example", "products-check-token");
    sim_config.sizes = Sizes { users: 30, customers: 0, projects: 2, spaces: 0 };
    sim_config.products = Products { jira: true, jsm: false, confluence: false };
    let (_sim, connection) = common::simulator(sim_config).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with(site, |config| {
        config.atlassian_admin_url = connection.admin_url.clone();
        config.atlassian_site_url = Some(connection.admin_url.clone());
        config.org_id = Some(connection.org_id.clone());
        config.admin_api_key = Some(key.to_owned().into());
        config.site_email = Some("site-admin@acme-corp.example".into());
        config.site_api_token = Some("products-check-token".to_owned().into());
        config.sync_interval_hours = Some(0.0);
    })
    .await;
    let (status, checks) = server.call("settings/test_connection", json!({})).await;
    assert_eq!(status, 200, "{checks}");
    let outcome =
        |what: &str| checks.as_array().into_iter().flatten().find(|c| c["what"] == what).map(|c| c["outcome"].clone());
    for what in ["admin-key", "org", "directory", "site-jira"] {
        assert_eq!(outcome(what), Some(json!("ok")), "{what}: {checks}");
    }
    assert_eq!(outcome("site-jsm"), Some(json!("not-on-site")), "{checks}");
    assert_eq!(outcome("site-confluence"), Some(json!("not-on-site")), "{checks}");
}
