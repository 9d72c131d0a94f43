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
    let server = common::TestServer::start().await;
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
    let refused = post_form(&server, "/data/delete", &[("confirm", "delete")]).await;
    assert_eq!(refused.headers()["location"], "/settings?data=not-confirmed");
    let store = server.store().await;
    let entries = store.audit_entries(0, 1000).await.expect("audit");
    assert!(entries.iter().any(|e| e.entry.action == "data_exported"));
    assert!(!store.secrets().await.expect("secrets").is_empty());

    let deleted = post_form(&server, "/data/delete", &[("confirm", "DELETE")]).await;
    assert_eq!(deleted.headers()["location"], "/login?deleted=1");
    let entries = store.audit_entries(0, 1000).await.expect("audit");
    assert_eq!(entries.len(), 1, "a new log that starts with the deletion");
    assert_eq!(entries[0].entry.action, "data_deleted");
    assert_eq!(entries[0].entry.actor, format!("local:{}", common::ADMIN_LOGIN));
    assert!(store.secrets().await.expect("secrets").is_empty());
    assert!(store.all_settings().await.expect("settings").is_empty());
    assert!(store.latest_complete().await.expect("runs").is_none());
    assert_eq!(store.local_admin_count().await.expect("admins"), 0);
    let me = call("me", json!({})).await.expect("me");
    assert_eq!(me.status(), 401, "every session ended");
    let db = std::fs::read(server.data_dir().join("uam.sqlite3")).expect("db");
    assert!(!db.windows(b"keep@example.com".len()).any(|w| w == b"keep@example.com"), "compacted: nothing lingers");
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
    let deleted = uam(&["data", "delete", "--confirm", "DELETE"]);
    assert!(deleted.status.success(), "{}", String::from_utf8_lossy(&deleted.stderr));
}
