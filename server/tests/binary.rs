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
        "serve",
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
    let line = BufReader::new(stdout).lines().next().expect("a line").expect("utf-8");
    let url = line.split_whitespace().last().expect("a URL").to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");

    let health = common::client().get(format!("{url}/healthz")).send().await.expect("request");
    assert_eq!(health.status(), 200);

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
