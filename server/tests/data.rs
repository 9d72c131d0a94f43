//! Data protection over HTTP and the command line: export everything as one archive (never a
//! secret), delete everything after a typed confirmation; both audited.

mod common;

use std::io::Read;

use serde_json::json;

async fn post_form(server: &common::TestServer, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    common::client()
        .post(server.url(path))
        .header("origin", server.url(""))
        .header("cookie", &server.admin_cookie)
        .form(form)
        .send()
        .await
        .expect("request")
}

fn unpack(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    let mut files = std::collections::BTreeMap::new();
    for entry in archive.entries().expect("a tar archive") {
        let mut entry = entry.expect("entry");
        let name = entry.path().expect("path").to_string_lossy().into_owned();
        let mut text = String::new();
        entry.read_to_string(&mut text).expect("utf-8");
        files.insert(name, text);
    }
    files
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_then_delete_everything() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    // Erasures wait 3.6 seconds here (24 hours by default).
    let server = common::TestServer::start_with(site, |config| config.erasure_delay_hours = 0.001).await;
    // Something to export: a setting, a saved (encrypted) key, and the demo org's snapshot.
    let call = |endpoint: &'static str, body: serde_json::Value| {
        common::client()
            .post(server.url(&format!("/api/{endpoint}")))
            .header("origin", server.url(""))
            .header("cookie", &server.admin_cookie)
            .json(&body)
            .send()
    };
    let key = "ATATT-export-canary-key-3QW8";
    let input = json!({ "input": { "org_id": "export-org", "admin_api_key": key } });
    assert_eq!(call("settings/connection", input).await.expect("save").status(), 200);
    let change = json!({ "change": { "add": ["keep@example.com"], "remove": [] } });
    assert_eq!(call("settings/protected", change).await.expect("save").status(), 200);
    for _ in 0..600 {
        let status: serde_json::Value =
            call("sync/status", json!({})).await.expect("status").json().await.expect("json");
        if status["snapshot"]["outcome"] == "complete" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    let export = post_form(&server, "/data/export", &[]).await;
    assert_eq!(export.status(), 200);
    assert_eq!(export.headers()["content-type"], "application/gzip");
    let disposition = export.headers()["content-disposition"].to_str().expect("ascii").to_owned();
    assert!(disposition.starts_with("attachment; filename=\"uam-export-Acme-Corporation-"), "{disposition}");
    assert_eq!(export.headers()["cache-control"], "no-store");
    let files = unpack(&export.bytes().await.expect("body"));
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        ["admins.json", "audit_log.jsonl", "manifest.json", "settings.json", "sync_runs.json", "users.jsonl"]
    );
    let everything: String = files.values().cloned().collect();
    assert!(!everything.contains(key), "no secret in the export");
    assert!(!everything.contains("$argon2id$"), "no password hash in the export");
    assert!(files["settings.json"].contains("keep@example.com"));
    assert!(files["settings.json"].contains("\"ends_with\": \"3QW8\""));
    assert!(files["admins.json"].contains(common::ADMIN_LOGIN));
    assert!(files["users.jsonl"].lines().count() >= 2_500, "the whole snapshot");
    let first: serde_json::Value =
        serde_json::from_str(files["users.jsonl"].lines().next().expect("a user")).expect("json");
    assert!(first["row"]["account_id"].is_string());
    assert!(files["audit_log.jsonl"].contains("settings_changed"));

    // A wrong confirmation deletes nothing.
    let refused =
        post_form(&server, "/data/delete", &[("confirm", "delete"), ("password", common::ADMIN_PASSWORD)]).await;
    assert_eq!(refused.headers()["location"], "/settings?data=not-confirmed");
    let store = server.store().await;
    let entries = store.audit_entries(0, 1000).await.expect("audit");
    assert!(entries.iter().any(|e| e.entry.action == "data_exported"));
    assert!(!store.secrets().await.expect("secrets").is_empty());

    // Confirmed with the password, it is only scheduled; nothing is erased before it is due.
    let scheduled =
        post_form(&server, "/data/delete", &[("confirm", "DELETE"), ("password", common::ADMIN_PASSWORD)]).await;
    assert_eq!(scheduled.headers()["location"], "/settings?data=scheduled");
    let (_, status) = server.call("data/erasure", json!({})).await;
    let due: chrono::DateTime<chrono::Utc> = serde_json::from_value(status["pending"]["due_at"].clone()).expect("due");
    assert!(due > chrono::Utc::now(), "{status}");
    assert!(store.audit_entries(0, 1000).await.expect("audit").len() > 2, "nothing erased before it is due");
    assert_eq!(call("me", json!({})).await.expect("me").status(), 200, "still signed in");

    // Carried out by the server once due: a new log that starts with the deletion.
    let entries = erased(&store).await;
    assert_eq!(entries.len(), 1, "a new log that starts with the deletion");
    assert_eq!(entries[0].entry.action, "data_deleted");
    assert_eq!(entries[0].entry.actor, format!("local:{}", common::ADMIN_LOGIN));
    assert_eq!(entries[0].entry.details["due_at"], json!(due));
    assert!(store.secrets().await.expect("secrets").is_empty());
    assert!(store.all_settings().await.expect("settings").is_empty());
    assert!(store.latest_complete().await.expect("runs").is_none());
    assert_eq!(store.local_admin_count().await.expect("admins"), 0);
    let me = call("me", json!({})).await.expect("me");
    assert_eq!(me.status(), 401, "every session ended");
    let db = std::fs::read(server.data_dir().join("uam.sqlite3")).expect("db");
    assert!(!db.windows(b"keep@example.com".len()).any(|w| w == b"keep@example.com"), "compacted: nothing lingers");
}

/// Waits (up to 30 s) for the scheduled erasure to have been carried out: the log's first and
/// only entry is then `data_deleted`.
async fn erased(store: &std::sync::Arc<dyn server::store::Store>) -> Vec<server::store::AuditRecord> {
    for _ in 0..300 {
        let entries = store.audit_entries(0, 1000).await.expect("audit");
        if entries.first().is_some_and(|e| e.entry.action == "data_deleted") {
            return entries;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the erasure was not carried out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_exports_and_deletes_too() {
    let data = tempfile::tempdir().expect("temp dir");
    let uam = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_uam"))
            .env("UAM_DATA_DIR", data.path())
            .args(args)
            .output()
            .expect("uam runs")
    };
    let archive = data.path().join("export.tar.gz");
    let export = uam(&["data", "export", "--out", archive.to_str().expect("utf-8")]);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    assert!(unpack(&std::fs::read(&archive).expect("archive")).contains_key("manifest.json"));
    // The first export is in the audit log that the second one carries.
    assert!(uam(&["data", "export", "--out", archive.to_str().expect("utf-8")]).status.success());
    let files = unpack(&std::fs::read(&archive).expect("archive"));
    assert!(files["audit_log.jsonl"].contains("\"actor\":\"cli\""), "the export is audited");
    let refused = uam(&["data", "delete", "--confirm", "yes"]);
    assert!(!refused.status.success());
    // Without --now it is scheduled (for the server to carry out), and can be cancelled.
    let scheduled = uam(&["data", "delete", "--confirm", "DELETE"]);
    assert!(scheduled.status.success(), "{}", String::from_utf8_lossy(&scheduled.stderr));
    assert!(String::from_utf8_lossy(&scheduled.stderr).contains("scheduled"));
    assert!(!uam(&["data", "delete", "--confirm", "DELETE"]).status.success(), "only one can be pending");
    assert!(uam(&["data", "cancel"]).status.success());
    let deleted = uam(&["data", "delete", "--confirm", "DELETE", "--now"]);
    assert!(deleted.status.success(), "{}", String::from_utf8_lossy(&deleted.stderr));
    // The erasure is on signed record: two exports, the scheduling and the cancelling.
    let verified = uam(&["audit", "verify"]);
    let said = String::from_utf8_lossy(&verified.stdout);
    assert!(verified.status.success(), "{said}{}", String::from_utf8_lossy(&verified.stderr));
    assert!(said.contains("audit log verified: 1 entries"), "{said}");
    assert!(said.contains(" by cli; 4 entries before it were signed, up to seq 4"), "{said}");
}

/// A session as Sign in with Atlassian opens it, for the demo organisation's first org admin
/// (the first account its consent page lists). The `Cookie` header.
async fn atlassian_session(server: &common::TestServer) -> String {
    let sim = format!("http://{}", server.sim.expect("demo mode"));
    let accounts: serde_json::Value = common::client()
        .get(format!("{sim}/__sim/accounts"))
        .send()
        .await
        .expect("accounts")
        .json()
        .await
        .expect("json");
    let admin = accounts["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["orgAdmin"] == true)
        .expect("an org admin");
    common::sign_in_with_atlassian(server, &sim, admin["accountId"].as_str().expect("an id")).await
}

/// The session behind `cookie`, as if it had been opened `age` ago.
async fn age_session(server: &common::TestServer, cookie: &str, age: chrono::TimeDelta) {
    let store = server.store().await;
    let hash = server::auth::session::digest(cookie.split_once('=').expect("name=value").1);
    let record = store.session(&hash).await.expect("read").expect("a session");
    store.end_session(&hash).await.expect("ended");
    let record = server::store::SessionRecord { created_at: record.created_at - age, ..record };
    store.create_session(&record).await.expect("reopened");
}

async fn post_form_as(server: &common::TestServer, cookie: &str, path: &str, form: &[(&str, &str)]) -> String {
    let response = common::client()
        .post(server.url(path))
        .header("origin", server.url(""))
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 303);
    response.headers()["location"].to_str().expect("ascii").to_owned()
}

fn started_with_delay(hours: f64) -> impl std::future::Future<Output = common::TestServer> {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    common::TestServer::start_with(site, move |config| config.erasure_delay_hours = hours)
}

/// No re-authentication, a wrong password, a stale Atlassian sign-in and the Jira panel
/// are each refused with their reason; nothing is scheduled, and each refusal is audited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasing_needs_a_fresh_reauthentication_and_never_the_panel() {
    let server = started_with_delay(1.0).await;
    let admin = server.admin_cookie.clone();
    let delete = |password: &'static str| [("confirm", "DELETE"), ("password", password)];
    assert_eq!(
        post_form_as(&server, &admin, "/data/delete", &[("confirm", "DELETE")]).await,
        "/settings?data=reauth-failed"
    );
    assert_eq!(
        post_form_as(&server, &admin, "/data/delete", &delete("not the password")).await,
        "/settings?data=reauth-failed"
    );
    let request = json!({ "request": { "confirm": "DELETE", "password": "not the password" } });
    let (status, answer) = server.call("data/erasure/schedule", request).await;
    assert_eq!((status, answer["code"].as_str()), (403, Some("reauth_failed")));
    let (_, status) = server.call("data/erasure", json!({})).await;
    assert_eq!(status["reauth"], json!({ "password": { "totp": false } }));
    assert!(status["pending"].is_null(), "{status}");

    // The Jira panel: refused whatever it sends.
    let store = server.store().await;
    let now = chrono::Utc::now();
    let panel_id = "a-panel-session-id-of-the-erasure-test";
    store
        .create_session(&server::store::SessionRecord {
            id_hash: server::auth::session::digest(panel_id),
            auth_via: "forge".into(),
            installation_id: Some("installation-1".into()),
            account_id: "panel-admin".into(),
            name: "Panel Admin".into(),
            email: None,
            created_at: now,
            last_seen_at: now,
            checked_at: now,
        })
        .await
        .expect("a panel session");
    let panel = format!("__Host-esid={panel_id}");
    assert_eq!(
        post_form_as(&server, &panel, "/data/delete", &delete(common::ADMIN_PASSWORD)).await,
        "/settings?data=panel-refused"
    );
    let request = json!({ "request": { "confirm": "DELETE", "password": common::ADMIN_PASSWORD } });
    let (status, answer) = server.call_as(&panel, "data/erasure/schedule", request).await;
    assert_eq!((status, answer["code"].as_str()), (403, Some("panel_refused")));
    assert_eq!(server.call_as(&panel, "data/erasure", json!({})).await.1["reauth"], "panel");

    // Sign in with Atlassian: fresh, it would do; 6 minutes old, it is refused.
    let atlassian = atlassian_session(&server).await;
    assert_eq!(
        server.call_as(&atlassian, "data/erasure", json!({})).await.1["reauth"],
        json!({ "atlassian": { "fresh": true } })
    );
    age_session(&server, &atlassian, chrono::TimeDelta::minutes(6)).await;
    assert_eq!(
        server.call_as(&atlassian, "data/erasure", json!({})).await.1["reauth"],
        json!({ "atlassian": { "fresh": false } })
    );
    assert_eq!(
        post_form_as(&server, &atlassian, "/data/delete", &[("confirm", "DELETE")]).await,
        "/settings?data=reauth-stale"
    );

    assert!(server.call("data/erasure", json!({})).await.1["pending"].is_null(), "nothing was scheduled");
    let refusals: Vec<String> = server
        .audit()
        .await
        .into_iter()
        .filter(|e| e.entry.action == "data_erasure_scheduled")
        .map(|e| {
            assert_eq!(e.entry.outcome, "denied");
            format!("{} {}", e.entry.actor, e.entry.details["reason"].as_str().unwrap_or_default())
        })
        .collect();
    let local = format!("local:{}", common::ADMIN_LOGIN);
    assert_eq!(refusals.len(), 6, "{refusals:?}");
    assert_eq!(
        refusals[..3],
        [format!("{local} reauth-failed"), format!("{local} reauth-failed"), format!("{local} reauth-failed")]
    );
    assert_eq!(refusals[3..5], ["atlassian:panel-admin panel-refused", "atlassian:panel-admin panel-refused"]);
    assert!(refusals[5].ends_with(" reauth-stale") && refusals[5].starts_with("atlassian:"), "{refusals:?}");
}

/// With TOTP, a wrong code is refused exactly like a wrong password; both right,
/// it is scheduled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_authenticator_code_is_refused_like_a_wrong_password() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with_totp(site).await;
    let admin = server.admin_cookie.clone();
    assert_eq!(server.call("data/erasure", json!({})).await.1["reauth"], json!({ "password": { "totp": true } }));
    // The next step's code: the one signing in used this step's, and a code is accepted once.
    let code = server::auth::totp::current_code(&server.totp_seed, chrono::Utc::now().timestamp() + 30).expect("code");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let form = |password: &'static str, code: &str| {
        vec![("confirm", "DELETE".to_owned()), ("password", password.to_owned()), ("totp", code.to_owned())]
    };
    for (password, code) in
        [(common::ADMIN_PASSWORD, wrong), ("not the password", code.as_str()), (common::ADMIN_PASSWORD, "")]
    {
        let form = form(password, code);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(post_form_as(&server, &admin, "/data/delete", &form).await, "/settings?data=reauth-failed");
    }
    assert!(server.call("data/erasure", json!({})).await.1["pending"].is_null());
    let form = form(common::ADMIN_PASSWORD, &code);
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(post_form_as(&server, &admin, "/data/delete", &form).await, "/settings?data=scheduled");
    assert_eq!(
        server.call("data/erasure", json!({})).await.1["pending"]["by"],
        format!("local:{}", common::ADMIN_LOGIN)
    );
}

/// A pending erasure is on the dashboard, only one can be pending, it survives a restart,
/// and another admin cancels it; each step audited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pending_erasure_survives_a_restart_and_another_admin_cancels_it() {
    let server = started_with_delay(1.0).await;
    let admin = server.admin_cookie.clone();
    let delete = [("confirm", "DELETE"), ("password", common::ADMIN_PASSWORD)];
    assert_eq!(post_form_as(&server, &admin, "/data/delete", &delete).await, "/settings?data=scheduled");
    let (_, status) = server.call("data/erasure", json!({})).await;
    let pending = status["pending"].clone();
    assert_eq!(pending["by"], format!("local:{}", common::ADMIN_LOGIN));
    assert_eq!(pending["by_name"], "Test Admin");
    let dashboard = common::client().get(server.url("/")).header("cookie", &admin).send().await.expect("dashboard");
    let html = dashboard.text().await.expect("html");
    assert!(html.contains("class=\"erasure-banner\"") && html.contains("Test Admin"), "the dashboard shows it");
    assert_eq!(post_form_as(&server, &admin, "/data/delete", &delete).await, "/settings?data=erasure-pending");

    let kept = server.stop_keeping_data();
    let state = kept.path().join("state");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let restarted = common::TestServer::start_with(site, |config| config.data_dir = state.clone()).await;
    let (_, status) = restarted.call("data/erasure", json!({})).await;
    assert_eq!(status["pending"], pending, "it survives the restart");

    // Another admin (signed in with Atlassian) cancels it.
    let other = atlassian_session(&restarted).await;
    let (code, cancelled) = restarted.call_as(&other, "data/erasure/cancel", json!({})).await;
    assert_eq!((code, cancelled), (200, json!(true)));
    assert!(restarted.call("data/erasure", json!({})).await.1["pending"].is_null());
    // A fresh Atlassian sign-in may schedule (a server function), and the local admin cancels
    // that with the dashboard's plain form.
    let request = json!({ "request": { "confirm": "DELETE" } });
    let (code, status) = restarted.call_as(&other, "data/erasure/schedule", request).await;
    assert_eq!(code, 200, "{status}");
    assert!(status["pending"]["by"].as_str().is_some_and(|by| by.starts_with("atlassian:")));
    assert_eq!(post_form_as(&restarted, &restarted.admin_cookie, "/data/cancel", &[]).await, "/?erasure=cancelled");

    let store = server::store::open_sqlite(&state.join("uam.sqlite3")).await.expect("store");
    let steps: Vec<(String, String, String)> = store
        .audit_entries(0, 10_000)
        .await
        .expect("audit")
        .into_iter()
        .filter(|e| e.entry.action.starts_with("data_erasure_"))
        .map(|e| (e.entry.action, e.entry.outcome, e.entry.actor.split(':').next().unwrap_or_default().to_owned()))
        .collect();
    let step = |action: &str, outcome: &str, who: &str| (action.to_owned(), outcome.to_owned(), who.to_owned());
    assert_eq!(
        steps,
        [
            step("data_erasure_scheduled", "ok", "local"),
            step("data_erasure_cancelled", "ok", "atlassian"),
            step("data_erasure_scheduled", "ok", "atlassian"),
            step("data_erasure_cancelled", "ok", "local"),
        ]
    );
    drop(kept);
}

/// An erasure that fell due while the server was stopped is carried out at start; the
/// checkpoints keep the erased log's signed head and a signed erasure record, and `uam audit
/// verify` reports it in words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overdue_erasure_is_carried_out_at_start_and_verify_reports_it() {
    let server = started_with_delay(1.0).await;
    // The first sync ends before the stop (a run stopped mid-way counts as alive for a minute).
    for _ in 0..600 {
        if server.call("sync/status", json!({})).await.1["snapshot"]["outcome"] == "complete" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let delete = [("confirm", "DELETE"), ("password", common::ADMIN_PASSWORD)];
    assert_eq!(post_form_as(&server, &server.admin_cookie, "/data/delete", &delete).await, "/settings?data=scheduled");
    let kept = server.stop_keeping_data();
    let state = kept.path().join("state");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // The hour passes while the server is stopped.
    let store = server::store::open_sqlite(&state.join("uam.sqlite3")).await.expect("store");
    let mut pending: serde_json::Value =
        serde_json::from_str(&store.setting("erasure.pending").await.expect("read").expect("pending")).expect("json");
    pending["due_at"] = json!(chrono::Utc::now() - chrono::TimeDelta::minutes(1));
    store.set_setting("erasure.pending", &pending.to_string(), None).await.expect("written");
    let before = store.audit_entries(0, 10_000).await.expect("audit");
    let head = before.last().expect("entries").clone();

    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let mut config = server::config::Config::defaults();
    config.listen = "127.0.0.1:0".parse().expect("address");
    config.data_dir = state.clone();
    config.site_root = Some(site.path().to_path_buf());
    let listener = server::bind(&config).await.expect("bind");
    let prepared = server::Server::prepare(listener, &config).await.expect("the server starts");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(prepared.run(async move {
        let _ = stopped.await;
    }));
    let entries = erased(&store).await;
    assert_eq!(entries[0].entry.actor, format!("local:{}", common::ADMIN_LOGIN));
    assert!(store.setting("erasure.pending").await.expect("read").unwrap_or_default().is_empty(), "settled");
    let _ = stop.send(());
    running.await.expect("joined").expect("stopped");

    // The sink: the erased log's head signed, then the signed reset with what was erased.
    let sink = std::fs::read_to_string(state.join("audit-checkpoints.jsonl")).expect("sink");
    let records: Vec<serde_json::Value> = sink.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    let reset = records.iter().position(|r| r["kind"] == "reset").expect("a reset");
    assert_eq!(records[reset - 1]["seq"], head.seq);
    assert_eq!(records[reset - 1]["hash"], head.hash);
    let erased_log = &records[reset]["erased"];
    assert_eq!(erased_log["entries"], before.len());
    assert_eq!(erased_log["last_hash"], head.hash);
    assert_eq!(erased_log["by"], format!("local:{}", common::ADMIN_LOGIN));

    let uam = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_uam"))
            .env("UAM_DATA_DIR", &state)
            .args(args)
            .output()
            .expect("uam runs")
    };
    let verified = uam(&["audit", "verify"]);
    let said = String::from_utf8_lossy(&verified.stdout).into_owned();
    assert!(verified.status.success(), "{said}{}", String::from_utf8_lossy(&verified.stderr));
    let words = format!(
        " by local:{}; {} entries before it were signed, up to seq {} ({})",
        common::ADMIN_LOGIN,
        before.len(),
        head.seq,
        head.hash
    );
    assert!(said.contains("the log was erased on ") && said.contains(&words), "{said}");
    // A forged erasure record (someone claims fewer entries) is not signed by the key.
    let forged = sink.replace(&format!("\"entries\":{}", before.len()), "\"entries\":1");
    std::fs::write(state.join("audit-checkpoints.jsonl"), forged).expect("written");
    let refused = uam(&["audit", "verify"]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("ForgedCheckpoint"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
