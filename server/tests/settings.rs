//! The Settings page's server functions over HTTP: validation that changes nothing, and every
//! change audited with its before and after values, secrets stored encrypted and shown
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
    // The simulator stands for the site: the operator allows its loopback address.
    let allowed = vec![admin_url.authority().parse::<server::upstream::site_hosts::AllowedHost>().expect("host")];
    // Demo mode first, with its first sync (the schedule syncs at once when there is no snapshot).
    let server = common::TestServer::start_with(site, |config| {
        config.atlassian_admin_url = admin_url.clone();
        config.allowed_site_hosts = allowed.clone();
    })
    .await;
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
    assert!(!db.windows(key.len()).any(|w| w == key.as_bytes()), "no clear key in the database");
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
        config.allowed_site_hosts = allowed.clone();
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

/// A raw listener on loopback that records every request it receives (head and all) and answers
/// each with `answer`: it stands for an internal address an admin might type as the site URL.
struct Recorder {
    addr: std::net::SocketAddr,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Recorder {
    async fn start(answer: impl Fn(std::net::SocketAddr) -> String + Send + Sync + 'static) -> Recorder {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let answer = std::sync::Arc::new(answer);
        let record = std::sync::Arc::clone(&seen);
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (record, answer) = (std::sync::Arc::clone(&record), std::sync::Arc::clone(&answer));
                tokio::spawn(async move {
                    let mut received = Vec::new();
                    let mut buffer = [0u8; 4096];
                    while !received.windows(4).any(|w| w == b"\r\n\r\n") && received.len() < 65_536 {
                        match tokio::time::timeout(std::time::Duration::from_secs(5), socket.read(&mut buffer)).await {
                            Ok(Ok(n)) if n > 0 => received.extend_from_slice(&buffer[..n]),
                            _ => break,
                        }
                    }
                    record.lock().expect("lock").push(String::from_utf8_lossy(&received).into_owned());
                    let _ = socket.write_all(answer(addr).as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        Recorder { addr, seen }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn requests(&self) -> Vec<String> {
        self.seen.lock().expect("lock").clone()
    }
}

/// The stored site token goes only to the host it was saved for. A loopback listener typed
/// as the site URL, with or without a new token, in demo mode and with a saved connection, is
/// refused with the translated error, changes nothing, and never receives a request (so never an
/// `Authorization` header); changing the e-mail needs the token again; a token whose saved URL
/// was changed behind the page's back is not used; and the site's redirects are not followed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_site_token_goes_only_to_the_host_it_was_saved_for() {
    use atlassian_sim::{SimConfig, Sizes};
    let (key, email, token) = ("ATATT-sr49-admin-key-1111", "site-admin@acme-corp.example", "sr49-site-token-2222");
    let mut sim_config = SimConfig::new(key, email, token);
    sim_config.sizes = Sizes { users: 20, customers: 2, projects: 1, spaces: 1 };
    let (_sim, connection) = common::simulator(sim_config).await;
    let sim_url = connection.admin_url.origin().ascii_serialization();
    let ok_answer = |_| "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}".to_owned();
    let trap = Recorder::start(ok_answer).await;
    // An allowed host whose every answer redirects to the trap, with a body of its own.
    let trap_url = trap.url();
    let bouncer = Recorder::start(move |_| {
        let body = "{\"errorMessages\":[\"bouncer-internal-body-text\"]}";
        format!("HTTP/1.1 302 Found\r\nlocation: {trap_url}/rest/api/3/myself\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}", body.len())
    })
    .await;
    let allowed: Vec<server::upstream::site_hosts::AllowedHost> =
        [connection.admin_url.authority(), &bouncer.addr.to_string()]
            .iter()
            .map(|h| h.parse().expect("host"))
            .collect();
    let configure = |config: &mut server::config::Config| {
        config.atlassian_admin_url = connection.admin_url.clone();
        config.allowed_site_hosts = allowed.clone();
        config.sync_interval_hours = Some(0.0);
        config.incremental_sync_minutes = 0;
    };
    let input = |site_url: &str, site_email: &str, site_token: Option<&str>| {
        json!({ "input": {
            "org_id": connection.org_id, "admin_api_key": key,
            "site_url": site_url, "site_email": site_email, "site_api_token": site_token,
        }})
    };
    let refused = |answer: &(u16, Value), field: &str| {
        assert_eq!(
            (answer.0, answer.1["code"].as_str(), answer.1["field"].as_str()),
            (400, Some("invalid_input"), Some(field)),
            "{}",
            answer.1
        );
    };
    let no_request_reached = |trap: &Recorder| {
        let requests = trap.requests();
        assert!(
            requests.iter().all(|r| !r.to_ascii_lowercase().contains("authorization:")),
            "the token left: {requests:?}"
        );
        assert!(requests.is_empty(), "a request reached the trap: {requests:?}");
    };

    // Demo mode.
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with(site, configure).await;
    let demo_sim = format!("http://{}", server.sim.expect("demo simulator"));
    assert_eq!(server.call("settings/connection", input(&sim_url, email, Some(token))).await.0, 200);
    // The demo's own simulator is accepted in demo mode.
    assert_eq!(server.call("settings/connection", input(&demo_sim, email, Some(token))).await.0, 200);
    assert_eq!(server.call("settings/connection", input(&sim_url, email, Some(token))).await.0, 200);
    let audit_before = server.audit().await.len();
    let view_before = server.call("settings", json!({})).await.1;
    let hostile = [
        trap.url(),
        format!("{}/rest", trap.url()),
        format!("http://x@{}", trap.addr),
        format!("http://{}@{}", connection.admin_url.authority(), trap.addr),
    ];
    for url in &hostile {
        refused(&server.call("settings/connection", input(url, email, Some(token))).await, "site_host");
        refused(&server.call("settings/connection", input(url, email, None)).await, "site_host");
    }
    // Another e-mail with the stored token: refused; the page must send the token again.
    refused(
        &server.call("settings/connection", input(&sim_url, "other@acme-corp.example", None)).await,
        "site_api_token",
    );
    assert_eq!(server.audit().await.len(), audit_before, "a refused change is not audited");
    assert_eq!(server.call("settings", json!({})).await.1, view_before, "a refused change saves nothing");
    assert_eq!(server.call("settings/test_connection", json!({})).await.0, 200);
    no_request_reached(&trap);
    // With the token, the e-mail changes (and back again, for the next start).
    let (status, view) =
        server.call("settings/connection", input(&sim_url, "other@acme-corp.example", Some(token))).await;
    assert_eq!((status, view["connection"]["site_email"].as_str()), (200, Some("other@acme-corp.example")), "{view}");
    assert_eq!(server.call("settings/connection", input(&sim_url, email, Some(token))).await.0, 200);

    // Configured mode: the saved connection is in use.
    let data = server.stop_keeping_data();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let state = data.path().join("state");
    let server = common::TestServer::start_with(site, |config| {
        configure(config);
        config.data_dir = state.clone();
    })
    .await;
    assert_eq!(server.call("settings", json!({})).await.1["connection"]["source"], "settings");
    // This server's data folder is the first one's: its own database, opened beside it.
    let store = server::store::open_sqlite(&state.join("uam.sqlite3")).await.expect("store");
    let outcome = |checks: &Value, what: &str| {
        checks
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["what"] == what)
            .and_then(|c| c["outcome"].as_str())
            .unwrap_or("")
            .to_owned()
    };
    let checks = server.call("settings/test_connection", json!({})).await.1;
    assert_eq!(outcome(&checks, "site-jira"), "ok", "{checks}");
    let audit_before = store.audit_entries(0, 1000).await.expect("audit").len();
    let view_before = server.call("settings", json!({})).await.1;
    for url in &hostile {
        refused(&server.call("settings/connection", input(url, email, Some(token))).await, "site_host");
        refused(&server.call("settings/connection", input(url, email, None)).await, "site_host");
        server.call("settings/test_connection", json!({})).await;
    }
    refused(
        &server.call("settings/connection", input(&sim_url, "other@acme-corp.example", None)).await,
        "site_api_token",
    );
    assert_eq!(
        store.audit_entries(0, 1000).await.expect("audit").len(),
        audit_before,
        "a refused change is not audited"
    );
    assert_eq!(server.call("settings", json!({})).await.1, view_before, "a refused change saves nothing");
    no_request_reached(&trap);

    // An allowed host that redirects: the redirect is not followed (to the trap or anywhere), and
    // the page learns only our category, never what the host answered.
    assert_eq!(server.call("settings/connection", input(&bouncer.url(), email, Some(token))).await.0, 200);
    let checks = server.call("settings/test_connection", json!({})).await.1;
    assert!(!bouncer.requests().is_empty(), "the allowed host is asked");
    assert!(!checks.to_string().contains("bouncer-internal-body-text"), "{checks}");
    let known = [
        "ok",
        "unauthorized",
        "forbidden",
        "not-found",
        "unreachable",
        "not-on-site",
        "not-configured",
        "rejected",
        "timeout",
        "rate-limited",
        "server-error",
    ];
    let outcomes = checks.as_array().into_iter().flatten();
    assert!(outcomes.clone().all(|c| known.contains(&c["outcome"].as_str().unwrap_or(""))), "{checks}");
    let mut site_checks = outcomes.clone().filter(|c| c["what"].as_str().is_some_and(|w| w.starts_with("site-")));
    assert!(site_checks.all(|c| c["status"].is_null()), "no site's status reaches the page: {checks}");
    no_request_reached(&trap);

    // The saved URL changed behind the page's back (a database edit, or a save from before this
    // rule), even to another allowed host: the token is bound to the host it was saved with (the
    // bouncer), so it is sent nowhere else, and the site is left out until it is entered again.
    let saved = store.setting("connection").await.expect("read").expect("saved");
    let tampered = saved.replace(&bouncer.url(), &sim_url);
    assert_ne!(saved, tampered);
    store.set_setting("connection", &tampered, None).await.expect("write");
    drop(store);
    let _placeholder = server.stop_keeping_data();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with(site, |config| {
        configure(config);
        config.data_dir = state.clone();
    })
    .await;
    let checks = server.call("settings/test_connection", json!({})).await.1;
    assert_eq!(outcome(&checks, "admin-key"), "ok", "{checks}");
    assert_eq!(outcome(&checks, "site"), "not-configured", "{checks}");
    no_request_reached(&trap);
}
