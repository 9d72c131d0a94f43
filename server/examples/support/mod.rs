//! What the benchmarks share: a real `uam` process (the release build next to the example)
//! connected to a simulated org, a signed-in local admin, and readings of its memory and CPU.
#![allow(dead_code)] // each benchmark uses its own part of this module

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
};

use serde_json::Value;

pub const KEY: &str = "bench-admin-key";
pub const EMAIL: &str = "site-admin@acme-corp.example";
pub const TOKEN: &str = "bench-site-token";

/// `/proc/<pid>/status` fields in kB: (VmRSS, VmHWM).
pub fn memory(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU seconds a process has used (user + system), from `/proc/<pid>/stat`.
pub fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

pub fn uam_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("own path");
    exe.parent().and_then(Path::parent).map(|dir| dir.join("uam")).expect("target dir")
}

/// A stand-in browser bundle: the benchmark measures the server, not the pages.
pub fn write_bundle(root: &Path) {
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg");
    for (file, body) in
        [("frontend.js", "export default function init() {}"), ("frontend_bg.wasm", "\0asm"), ("main.css", "")]
    {
        std::fs::write(pkg.join(file), body).expect("bundle file");
    }
}

pub struct Server {
    pub child: Child,
    pub url: String,
    /// The session of the local admin the benchmark signs in as.
    pub cookie: String,
}

pub const ADMIN: &str = "benchmark@example.com";
pub const PASSWORD: &str = "the benchmark's own password";

/// Creates the benchmark's local admin (once; a restart on the same data keeps it).
pub fn create_admin(data: &Path) {
    use std::io::Write;
    let mut child = Command::new(uam_binary())
        .env("UAM_DATA_DIR", data)
        .args(["admin", "create", "--login", ADMIN, "--name", "Benchmark"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("uam runs");
    let _ = child.stdin.take().expect("stdin").write_all(format!("{PASSWORD}\n").as_bytes());
    let _ = child.wait();
}

pub async fn sign_in(url: &str) -> String {
    // The session cookie comes with the sign-in's redirect, so that redirect is not followed.
    let client =
        server::upstream::http_client_builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let response = client
        .post(format!("{url}/auth/login"))
        .header("origin", url)
        .form(&[("login", ADMIN), ("password", PASSWORD)])
        .send()
        .await
        .expect("sign-in");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("uam_sid="))
        .and_then(|c| c.split(';').next())
        .expect("signed in")
        .to_owned()
}

pub async fn start_server(base: &str, org_id: &str, data: &Path, site: &Path) -> Server {
    let mut child = Command::new(uam_binary())
        .env("UAM_LISTEN", "127.0.0.1:0")
        .env("UAM_DATA_DIR", data)
        .env("UAM_SITE_ROOT", site)
        .env("UAM_ORG_ID", org_id)
        .env("UAM_ADMIN_API_KEY", KEY)
        .env("UAM_ATLASSIAN_ADMIN_URL", base)
        .env("UAM_ATLASSIAN_SITE_URL", base)
        .env("UAM_SITE_EMAIL", EMAIL)
        .env("UAM_SITE_API_TOKEN", TOKEN)
        .env("UAM_SYNC_INTERVAL_HOURS", "0")
        .env("UAM_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("uam starts (build it with --release first)");
    let stdout = child.stdout.take().expect("stdout");
    let line = BufReader::new(stdout).lines().next().expect("a line").expect("utf-8");
    let url = line.split_whitespace().last().expect("url").to_owned();
    let cookie = sign_in(&url).await;
    Server { child, url, cookie }
}

pub fn stop(server: &mut Server) {
    let _ = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status();
    let _ = server.child.wait();
}

pub async fn call(client: &reqwest::Client, server: &Server, endpoint: &str, body: Value) -> Value {
    let response = client
        .post(format!("{}/api/{endpoint}", server.url))
        .header("origin", server.url.as_str())
        .header("cookie", server.cookie.as_str())
        .json(&body)
        .send()
        .await
        .expect("request");
    response.json().await.expect("json")
}
