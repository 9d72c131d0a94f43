//! The User Account Manager server: renders the Leptos app, serves its browser bundle, and (in
//! later parts) holds the Atlassian credentials and proxies every call to Atlassian.

pub mod assets;
pub mod config;
pub mod demo;
mod prefs;
pub mod services;
pub mod telemetry;
pub mod upstream;

use std::{future::Future, io, net::SocketAddr, path::PathBuf, sync::Arc};

use app::{
    App,
    api::{deployment::Deployment, services::Services},
    shell,
};
use axum::{Json, Router, middleware, routing::get};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list, render_app_to_stream_with_context};
use serde_json::json;
use tokio::net::TcpListener;
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

use crate::{
    assets::{AssetError, SiteAssets},
    config::Config,
    demo::Demo,
    services::ServerServices,
    upstream::{Engine, EngineConfig, Upstream},
};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Assets(#[from] AssetError),
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: PathBuf, source: io::Error },
    #[error("cannot listen on {addr}: {source}")]
    Listen { addr: SocketAddr, source: io::Error },
    #[error("the server stopped with an error: {0}")]
    Serve(io::Error),
    #[error("cannot start the demo organisation: {0}")]
    Demo(io::Error),
}

/// Binds the configured address. Kept apart from [`serve`] so that a caller knows the real port
/// (for `127.0.0.1:0`) before serving starts.
pub async fn bind(config: &Config) -> Result<TcpListener, StartError> {
    TcpListener::bind(config.listen).await.map_err(|source| StartError::Listen { addr: config.listen, source })
}

/// A server ready to serve: bundle loaded, data folder ready, organisation reachable.
pub struct Server {
    listener: TcpListener,
    router: Router,
    demo: Demo,
}

impl Server {
    /// Prepares everything the server needs; any problem stops start-up here, before the server
    /// says it is running.
    pub async fn prepare(listener: TcpListener, config: &Config) -> Result<Server, StartError> {
        let site = SiteAssets::load(&SiteAssets::locate(config.site_root.as_deref())?)?;
        prepare_data_dir(&config.data_dir)?;
        let addr = listener.local_addr().map_err(StartError::Serve)?;
        // No connection settings exist yet, so every server runs the demo organisation.
        let demo = Demo::start().await.map_err(StartError::Demo)?;
        let engine = Arc::new(Engine::new(EngineConfig::default()));
        let services: Arc<dyn Services> = Arc::new(ServerServices {
            deployment: Deployment { demo: true, org_name: Some(demo.org_name()) },
            upstream: Arc::new(Upstream::new(engine, demo.connection())),
        });
        tracing::info!(%addr, site_root = %site.root().display(), data_dir = %config.data_dir.display(), "ready");
        Ok(Server { router: router(site, addr, services), listener, demo })
    }

    pub fn addr(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<(), StartError> {
        let served = axum::serve(self.listener, self.router).with_graceful_shutdown(shutdown).await;
        drop(self.demo);
        served.map_err(StartError::Serve)
    }
}

/// Prepares and serves on `listener` until `shutdown` resolves: the one entry point for tests and
/// embedding programs (`main` prepares first so it can say when the server is running).
pub async fn serve(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    Server::prepare(listener, &config).await?.run(shutdown).await
}

/// Every route: health, the versioned browser bundle, and the app's pages (unknown paths render
/// the app's not-found page with status 404).
pub fn router(site: SiteAssets, addr: SocketAddr, services: Arc<dyn Services>) -> Router {
    let options = LeptosOptions::builder()
        .output_name("frontend")
        .site_root(site.root().to_string_lossy().into_owned())
        .site_pkg_dir(site.pkg_dir())
        .site_addr(addr)
        .build();
    let render_shell = {
        let options = options.clone();
        move || shell(options.clone())
    };
    let context = move || provide_context(Arc::clone(&services));
    let pages = Router::new()
        .leptos_routes_with_context(&options, generate_route_list(App), context.clone(), render_shell.clone())
        .fallback(render_app_to_stream_with_context(context, render_shell))
        .layer(middleware::from_fn(prefs::resolve))
        .with_state(options);

    Router::new()
        .route("/healthz", get(healthz))
        .route("/pkg/{version}/{*file}", get(assets::serve))
        .with_state(Arc::new(site))
        .merge(pages)
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

fn prepare_data_dir(path: &std::path::Path) -> Result<(), StartError> {
    let error = |source| StartError::DataDir { path: path.to_path_buf(), source };
    std::fs::create_dir_all(path).map_err(error)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).map_err(error)?;
    }
    Ok(())
}
