//! Starts the real server in-process on `127.0.0.1:0`, with a fresh data folder and a site folder
//! holding a small stand-in bundle (the browser tests use the real one).
#![allow(dead_code)] // each test binary uses its own part of this module

use std::{
    fs,
    net::SocketAddr,
    path::{Path, PathBuf},
};

use server::config::Config;
use tempfile::TempDir;
use tokio::sync::oneshot;

pub struct TestServer {
    pub addr: SocketAddr,
    /// The demo organisation's simulator (Atlassian and Forge), when the server runs in demo mode.
    pub sim: Option<SocketAddr>,
    /// The `Cookie` header of a signed-in local admin (see [`ADMIN_LOGIN`]).
    pub admin_cookie: String,
    /// The TOTP seed of `totp-admin@example.com` (only with [`TestServer::start_with_totp`]).
    pub totp_seed: String,
    /// The server's sync (to run an incremental sync now).
    pub syncer: std::sync::Arc<server::sync::Syncer>,
    /// The organisation the server manages (its store, upstream and snapshot).
    pub org: std::sync::Arc<server::org::Org>,
    data: TempDir,
    _site: TempDir,
    stop: Option<oneshot::Sender<()>>,
}

impl TestServer {
    pub async fn start() -> TestServer {
        let site = tempfile::tempdir().expect("temp dir");
        write_bundle(site.path());
        TestServer::start_with_site(site).await
    }

    pub async fn start_with_site(site: TempDir) -> TestServer {
        TestServer::start_with(site, |_| {}).await
    }

    /// Starts with the default test configuration changed by `adjust`, and a local admin
    /// signed in.
    pub async fn start_with(site: TempDir, adjust: impl FnOnce(&mut Config)) -> TestServer {
        let data = tempfile::tempdir().expect("temp dir");
        let mut config = Config::defaults();
        config.listen = "127.0.0.1:0".parse().expect("address");
        config.data_dir = data.path().join("state");
        config.site_root = Some(site.path().to_path_buf());
        adjust(&mut config);
        let seed = server::auth::totp::new_seed();
        let code = || server::auth::totp::current_code(&seed, chrono::Utc::now().timestamp()).expect("code");
        let new = server::auth::NewAdmin {
            login: ADMIN_LOGIN.into(),
            name: "Test Admin".into(),
            password: ADMIN_PASSWORD.to_owned().into(),
            totp: config.require_totp.then(|| (seed.clone(), code())),
        };
        match server::cli::create_admin(&config, &new).await {
            // A restart on an earlier server's data folder keeps its admin.
            Ok(_) | Err(server::cli::CliError::Admin(server::auth::NewAdminError::Taken)) => {}
            Err(error) => panic!("cannot create the test admin: {error}"),
        }
        let public_origin = config.public_url.as_ref().map(|u| u.origin().ascii_serialization());
        let config_requires_totp = config.require_totp;
        let listener = server::bind(&config).await.expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let (stop, stopped) = oneshot::channel::<()>();
        let prepared = server::Server::prepare(listener, &config).await.expect("the server starts");
        let sim = prepared.demo_addr();
        let syncer = prepared.syncer();
        let org = prepared.org();
        tokio::spawn(async move {
            prepared
                .run(async move {
                    let _ = stopped.await;
                })
                .await
                .expect("server runs");
        });
        let mut server = TestServer {
            addr,
            sim,
            admin_cookie: String::new(),
            totp_seed: seed.clone(),
            syncer,
            org,
            data,
            _site: site,
            stop: Some(stop),
        };
        let origin = public_origin.unwrap_or_else(|| server.url(""));
        let mut form = vec![("login", ADMIN_LOGIN.to_owned()), ("password", ADMIN_PASSWORD.to_owned())];
        if config_requires_totp {
            form.push(("totp", code()));
        }
        let response = client()
            .post(server.url("/auth/login"))
            .header("origin", origin)
            .form(&form)
            .send()
            .await
            .expect("sign-in answers");
        server.admin_cookie = session_cookie(&response).expect("the test admin signs in");
        server
    }

    /// A server that requires TOTP; the test admin has it (its seed in `totp_seed`).
    pub async fn start_with_totp(site: TempDir) -> TestServer {
        TestServer::start_with(site, |config| config.require_totp = true).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops the server and keeps its data folder (for a restart on the same data).
    pub fn stop_keeping_data(mut self) -> TempDir {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let placeholder = tempfile::tempdir().expect("temp dir");
        std::mem::replace(&mut self.data, placeholder)
    }

    /// Calls a server function as the signed-in test admin, from our own pages: the
    /// status and the JSON answer.
    pub async fn call(&self, endpoint: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
        self.call_as(&self.admin_cookie, endpoint, body).await
    }

    /// The same, for whoever the `Cookie` header `cookie` signs in (a Jira panel session, say).
    pub async fn call_as(&self, cookie: &str, endpoint: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
        let response = client()
            .post(self.url(&format!("/api/{endpoint}")))
            .header("origin", self.url(""))
            .header("cookie", cookie)
            .json(&body)
            .send()
            .await
            .expect("request");
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON answer"))
    }

    /// The server's own database, opened beside it.
    pub async fn store(&self) -> std::sync::Arc<dyn server::store::Store> {
        server::store::open_sqlite(&self.data_dir().join("uam.sqlite3")).await.expect("store")
    }

    /// The audit log as stored, oldest first.
    pub async fn audit(&self) -> Vec<server::store::AuditRecord> {
        self.store().await.audit_entries(0, 1000).await.expect("audit")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data.path().join("state")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub const ADMIN_LOGIN: &str = "test-admin@example.com";
pub const ADMIN_PASSWORD: &str = "a test admin's password";

/// Signs in with a local account; the session cookie (`name=value`) on success.
pub async fn sign_in(server: &TestServer, origin: &str, login: &str, password: &str) -> Option<String> {
    let response = client()
        .post(server.url("/auth/login"))
        .header("origin", origin)
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .expect("sign-in answers");
    session_cookie(&response)
}

/// Signs `account_id` in with Atlassian as a browser would, against the simulated Atlassian at
/// `admin_url` (its consent page approves at once); the session's `Cookie` header.
pub async fn sign_in_with_atlassian(server: &TestServer, admin_url: &str, account_id: &str) -> String {
    let client = client();
    let start = client.get(server.url("/auth/atlassian?next=/")).send().await.expect("start");
    assert_eq!(start.status(), 303);
    let binding = start
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("uam_login="))
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("a binding cookie");
    let authorize = reqwest::Url::parse(start.headers()["location"].to_str().expect("ascii")).expect("url");
    let base = admin_url.trim_end_matches('/');
    let approve = format!("{base}/authorize/approve?account_id={account_id}&{}", authorize.query().unwrap_or(""));
    let approved = client.get(approve).send().await.expect("approve");
    assert_eq!(approved.status(), 303);
    let callback = approved.headers()["location"].to_str().expect("ascii").to_owned();
    let done = client.get(callback).header("cookie", binding).send().await.expect("callback");
    assert_eq!(done.status(), 303);
    session_cookie(&done).expect("signed in with Atlassian")
}

/// The session cookie a response sets (`name=value`), if any.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| (c.starts_with("uam_sid=") || c.starts_with("__Host-sid=")) && !c.contains("Max-Age=0"))
        .and_then(|c| c.split(';').next())
        .map(str::to_owned)
}

/// A bundle shaped like Trunk's output: the three required files, precompressed copies of the
/// wasm, a nested snippet, and Trunk's own index.html (which the server must not serve).
pub fn write_bundle(root: &Path) {
    let pkg = root.join("pkg");
    fs::create_dir_all(pkg.join("snippets")).expect("pkg dir");
    fs::write(pkg.join("frontend.js"), "export default function init() {}\nexport function hydrate() {}\n")
        .expect("js");
    fs::write(pkg.join("frontend_bg.wasm"), b"\0asm identity").expect("wasm");
    fs::write(pkg.join("frontend_bg.wasm.br"), b"brotli bytes").expect("br");
    fs::write(pkg.join("frontend_bg.wasm.gz"), b"gzip bytes").expect("gz");
    fs::write(pkg.join("main.css"), "body { margin: 0 }\n").expect("css");
    fs::write(pkg.join("snippets").join("inline.js"), "export const x = 1;\n").expect("snippet");
    fs::write(pkg.join("index.html"), "<html>trunk's page</html>").expect("index");
}

/// An HTTP client that neither follows redirects nor decompresses, so tests see the raw response.
/// The Jira panel's session cookie a response set, as a `Cookie` header (`__Host-esid=…`).
pub fn panel_session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("__Host-esid="))
        .and_then(|c| c.split(';').next())
        .map(str::to_owned)
}

pub fn client() -> reqwest::Client {
    server::upstream::http_client_builder()
        .redirect(reqwest::redirect::Policy::none())
        // A response that never ends fails its test with the request named, rather than holding
        // the whole run until CI's limit.
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("client")
}

/// Serves a simulated organisation on `127.0.0.1:0` and returns it with a connection to it,
/// using the credentials in `config`.
pub async fn simulator(
    config: atlassian_sim::SimConfig,
) -> (std::sync::Arc<atlassian_sim::Sim>, server::upstream::Connection) {
    let sim = atlassian_sim::Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(atlassian_sim::serve(listener, std::sync::Arc::clone(&sim), std::future::pending()));
    let connection = server::demo::connection_to(&sim, addr);
    (sim, connection)
}
