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
        let data = tempfile::tempdir().expect("temp dir");
        let mut config = Config::defaults();
        config.listen = "127.0.0.1:0".parse().expect("address");
        config.data_dir = data.path().join("state");
        config.site_root = Some(site.path().to_path_buf());
        let listener = server::bind(&config).await.expect("bind");
        let addr = listener.local_addr().expect("local addr");
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            server::serve(listener, config, async move {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
        });
        TestServer { addr, data, _site: site, stop: Some(stop) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
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
pub fn client() -> reqwest::Client {
    server::upstream::http_client_builder().redirect(reqwest::redirect::Policy::none()).build().expect("client")
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
