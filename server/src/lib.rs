//! The User Account Manager server: renders the Leptos app and serves its browser bundle, holds
//! the Atlassian credentials, keeps the organisation's snapshot (store, sync, query engine) and
//! answers the app's server functions from it.

pub mod api_status;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod bulk;
pub mod cli;
pub mod config;
pub mod connection;
pub mod csrf;
pub mod data;
pub mod demo;
pub mod events;
pub mod forge;
pub mod headers;
pub mod limits;
pub mod org;
mod prefs;
pub mod protected;
mod redirect;
pub mod secrets;
pub mod services;
pub mod settings;
pub mod settings_page;
pub mod snapshot;
pub mod store;
pub mod sync;
pub mod telemetry;
pub mod upstream;

use std::{future::Future, io, net::SocketAddr, path::PathBuf, sync::Arc};

use app::{App, api::deployment::Deployment, shell};
use axum::{Json, Router, middleware, routing::get};
use leptos::config::LeptosOptions;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list, render_app_async_with_context};
use serde_json::json;
use tokio::net::TcpListener;
use tower_http::{CompressionLevel, compression::CompressionLayer, trace::TraceLayer};

use crate::{
    assets::{AssetError, SiteAssets},
    config::Config,
    demo::Demo,
    org::Org,
    secrets::MasterKey,
    services::Services,
    sync::Syncer,
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
    #[error("the Atlassian connection is not configured correctly: {0}")]
    Connection(#[from] connection::ConnectionError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Secrets(#[from] secrets::SecretError),
    #[error(transparent)]
    Checkpoints(#[from] audit::CheckpointError),
    #[error("the Jira panel is not configured correctly: {0}")]
    Forge(#[from] forge::ForgeSettingsError),
}

/// What both the server and the command-line tools run on: the store, the organisation (the
/// configured one, or the demo org started here) and the sync that joins them.
pub struct Backend {
    pub org: Arc<Org>,
    pub syncer: Arc<Syncer>,
    pub deployment: Deployment,
    /// Where the connection came from: the environment, the Settings page, or none (demo).
    pub source: app::settings::ConnectionSource,
    /// The simulated organisation, in demo mode; it stops when the backend is dropped.
    pub demo: Option<Demo>,
    /// Opens the secrets stored from the Settings page.
    pub master_key: Arc<MasterKey>,
    /// Signs the audit log's checkpoints, and is what `audit::verify` checks the log against.
    pub checkpoints: Arc<audit::Checkpoints>,
}

/// The master key: the configured key file, or `master.key` in the data folder (created on first
/// start). Every stored secret must open with it, or start-up stops before anything changes.
pub(crate) async fn open_master_key(config: &Config, store: &dyn store::Store) -> Result<MasterKey, StartError> {
    let path = config.master_key_file.clone().unwrap_or_else(|| config.data_dir.join("master.key"));
    let stored = store.secrets().await?;
    let key = match &config.master_key {
        Some(text) => MasterKey::from_base64(text, "UAM_MASTER_KEY")?,
        None => MasterKey::load_or_create(&path, stored.is_empty())?,
    };
    let path = if config.master_key.is_some() { std::path::PathBuf::from("UAM_MASTER_KEY") } else { path };
    if stored.iter().any(|secret| key.open(&secret.name, &secret.org_id, &secret.sealed).is_err()) {
        return Err(secrets::SecretError::WrongKey { path: path.display().to_string() }.into());
    }
    Ok(key)
}

impl Backend {
    pub async fn open(config: &Config) -> Result<Backend, StartError> {
        prepare_data_dir(&config.data_dir)?;
        let configured = connection::configured(config)?;
        let store = store::open_sqlite(&config.database()).await?;
        let master_key = open_master_key(config, store.as_ref()).await?;
        let checkpoints = Arc::new(
            audit::Checkpoints::open(config.checkpoint_paths())?.every_entries(config.audit_checkpoint_entries),
        );
        use app::settings::ConnectionSource;
        // The environment wins; then what the Settings page saved; else the demo organisation.
        let configured = match configured {
            Some(connection) => Some((connection, ConnectionSource::Environment)),
            None => settings_page::open_saved_connection(
                store.as_ref(),
                &master_key,
                &config.atlassian_admin_url,
                &config.allowed_site_hosts,
            )
            .await?
            .map(|connection| (connection, ConnectionSource::Settings)),
        };
        let (connection, demo, deployment, source) = match configured {
            Some((connection, source)) => {
                let deployment = Deployment { demo: false, org_name: None, org_id: connection.org_id.clone() };
                (connection, None, deployment, source)
            }
            None => {
                let demo = Demo::start().await.map_err(StartError::Demo)?;
                let connection = demo.connection();
                let org_id = connection.org_id.clone();
                let deployment = Deployment { demo: true, org_name: Some(demo.org_name()), org_id };
                (connection, Some(demo), deployment, ConnectionSource::Demo)
            }
        };
        settings::claim_snapshots(store.as_ref(), &connection.org_id).await?;
        let engine = Arc::new(Engine::new(EngineConfig::default()));
        let org = Org::new(store, Arc::new(Upstream::new(engine, connection)));
        // The last snapshot is served at once, before any new sync.
        org.refresh().await?;
        let syncer = Syncer::new(Arc::clone(&org));
        Ok(Backend { org, syncer, deployment, source, demo, master_key: Arc::new(master_key), checkpoints })
    }
}

/// Binds the configured address. Kept apart from [`serve`] so that a caller knows the real port
/// (for `127.0.0.1:0`) before serving starts.
pub async fn bind(config: &Config) -> Result<TcpListener, StartError> {
    TcpListener::bind(config.listen).await.map_err(|source| StartError::Listen { addr: config.listen, source })
}

/// A server ready to serve: bundle loaded, store open, last snapshot loaded.
pub struct Server {
    listener: TcpListener,
    router: Router,
    backend: Backend,
    /// `UAM_SYNC_INTERVAL_HOURS`, when set (else the Settings page decides).
    schedule: Option<f64>,
    /// `UAM_INCREMENTAL_SYNC_MINUTES` (0: none).
    incremental: u32,
    /// Runs bulk-action jobs (started with the server, so a job interrupted by a restart resumes).
    bulk: Arc<bulk::Bulk>,
    /// `UAM_HEADER_TIMEOUT_SECS`: how long a connection may take to send a request's headers.
    header_timeout: std::time::Duration,
    /// Carries out a scheduled "delete everything" when it is due.
    erasures: Arc<data::Erasures>,
}

impl Server {
    /// Prepares everything the server needs; any problem stops start-up here, before the server
    /// says it is running.
    pub async fn prepare(listener: TcpListener, config: &Config) -> Result<Server, StartError> {
        let site = SiteAssets::load(&SiteAssets::locate(config.site_root.as_deref())?)?;
        let addr = listener.local_addr().map_err(StartError::Serve)?;
        let backend = Backend::open(config).await?;
        let forge = forge::Forge::from_config(config, backend.demo.as_ref().map(Demo::forge))?.map(Arc::new);
        let store = backend.org.store().as_ref();
        audit::retention::prune_and_checkpoint(store, &backend.checkpoints).await;
        backend.checkpoints.checkpoint(store).await?;
        let access = Arc::new(access(config, &backend));
        let settings = settings_page::SettingsService {
            master_key: Arc::clone(&backend.master_key),
            source: backend.source,
            org: Arc::clone(&backend.org),
            admin_url: config.atlassian_admin_url.clone(),
            env_sync_interval: config.sync_interval_hours,
            org_name: backend.deployment.org_name.clone(),
            allowed_site_hosts: config.allowed_site_hosts.clone(),
        };
        let bulk = bulk::Bulk::new(Arc::clone(&backend.org), access.allowed.clone());
        tracing::info!(
            %addr,
            site_root = %site.root().display(),
            database = %config.database().display(),
            demo = backend.demo.is_some(),
            snapshot = backend.org.index().run().map(|run| run.id),
            "ready"
        );
        let base = config
            .public_url
            .as_ref()
            .map_or_else(|| format!("http://{addr}"), |u| u.as_str().trim_end_matches('/').to_owned());
        if let Some(token) = access.setup_token().await? {
            // Printed for the operator, never logged: the link is a credential until it is used.
            println!(
                "No admin account exists yet. Create the first one within 24 hours at: {base}/setup?token={token}"
            );
        }
        let public_origin = config.public_url.as_ref().map(|url| url.origin().ascii_serialization());
        let erasures = Arc::new(data::Erasures::new(
            Arc::clone(&backend.org),
            Arc::clone(&backend.syncer),
            Arc::clone(&backend.checkpoints),
            Arc::clone(&access),
            config.erasure_delay_hours,
            base,
        ));
        let services = Services {
            deployment: backend.deployment.clone(),
            sign_in: Arc::clone(&access) as _,
            directory: Arc::new(services::Directory {
                org: Arc::clone(&backend.org),
                syncer: Arc::clone(&backend.syncer),
            }),
            sync: Arc::new(services::SyncControl(Arc::clone(&backend.syncer))),
            bulk: Arc::clone(&bulk) as _,
            settings: Arc::new(settings),
            audit: Arc::new(services::AuditLog {
                org: Arc::clone(&backend.org),
                integrity: audit::page::IntegrityCheck::new(Arc::clone(&backend.checkpoints)),
            }),
            erasure: Arc::clone(&erasures) as _,
        };
        let data = Arc::new(data::routes::DataState {
            org: Arc::clone(&backend.org),
            erasures: Arc::clone(&erasures),
            org_name: backend
                .deployment
                .org_name
                .clone()
                .unwrap_or_else(|| backend.org.upstream().connection.org_id.clone()),
        });
        let framing =
            Arc::new(headers::Framing { panel_ancestors: forge.as_ref().map(|forge| forge.frame_ancestors.clone()) });
        if let Some(forge) = &forge {
            tracing::info!(
                audience = %forge.expected.audience,
                installations = forge.expected.installations.len(),
                frame_ancestors = %forge.frame_ancestors,
                "the Jira panel may open sessions"
            );
            // The panel's cookie must be Secure; browsers allow that over http only on loopback.
            let loopback = |url: &reqwest::Url| matches!(url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
            if let Some(url) = config.public_url.as_ref().filter(|url| url.scheme() != "https" && !loopback(url)) {
                tracing::warn!(%url, "the Jira panel needs an https UAM_PUBLIC_URL: browsers refuse its session cookie over http");
            }
        }
        let panel = Arc::new(forge::routes::PanelState { access: Arc::clone(&access), forge, pkg_dir: site.pkg_dir() });
        let limits = limits::Limits {
            body: config.max_body_bytes,
            request: std::time::Duration::from_secs(config.request_timeout_secs),
        };
        let router = router(site, addr, services, Arc::clone(&access), data, panel)
            .layer(middleware::from_fn_with_state(public_origin, csrf::guard))
            // Outside the CSRF check and every handler, so that no route reads more than its limit.
            // Our limit replaces axum's own (2 MB, which server functions would answer with a 400).
            .layer(axum::extract::DefaultBodyLimit::disable())
            .layer(middleware::from_fn_with_state(limits, limits::guard))
            // Outermost, so that every answer (a CSRF refusal too) carries the headers.
            .layer(middleware::from_fn_with_state(framing, headers::secure));
        Ok(Server {
            router,
            listener,
            backend,
            schedule: config.sync_interval_hours,
            incremental: config.incremental_sync_minutes,
            bulk,
            header_timeout: std::time::Duration::from_secs(config.header_timeout_secs),
            erasures,
        })
    }

    pub fn addr(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    /// The sync that owns the snapshot (tests run an incremental sync through it).
    pub fn syncer(&self) -> Arc<Syncer> {
        Arc::clone(&self.backend.syncer)
    }

    /// The organisation the server manages: its store, upstream and current snapshot.
    pub fn org(&self) -> Arc<Org> {
        Arc::clone(&self.backend.org)
    }

    /// In demo mode, where the simulated organisation answers Atlassian's own APIs (on loopback).
    pub fn demo_addr(&self) -> Option<SocketAddr> {
        self.backend.demo.as_ref().map(|demo| demo.addr)
    }

    /// Serves until `shutdown` resolves, then finishes the requests in flight.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<(), StartError> {
        let schedule = tokio::spawn(Arc::clone(&self.backend.syncer).schedule(self.schedule));
        let incremental = tokio::spawn(Arc::clone(&self.backend.syncer).incremental_schedule(self.incremental));
        self.bulk.start();
        let store = Arc::clone(self.backend.org.store());
        let checkpoints = Arc::clone(&self.backend.checkpoints);
        let checkpointing = tokio::spawn(Arc::clone(&checkpoints).run(Arc::clone(&store), audit::CHECKPOINT_EVERY));
        let pruning =
            tokio::spawn(audit::retention::run(Arc::clone(&store), Arc::clone(&checkpoints), audit::PRUNE_EVERY));
        let erasing = tokio::spawn(Arc::clone(&self.erasures).run());
        let served = serve_connections(self.listener, self.router, self.header_timeout, shutdown).await;
        schedule.abort();
        incremental.abort();
        checkpointing.abort();
        pruning.abort();
        self.erasures.stop(erasing).await;
        // The last word of this run: what the log holds as it stops.
        if let Err(error) = checkpoints.checkpoint(store.as_ref()).await {
            tracing::error!(%error, "cannot write the audit checkpoint at shutdown");
        }
        drop(self.backend);
        served.map_err(StartError::Serve)
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in flight finish.
/// Unlike `axum::serve`, each connection must send a request's headers within `header_timeout`:
/// a client that sends them a byte at a time (slow-loris), or opens a connection and sends
/// nothing, is disconnected instead of holding a connection for ever. HTTP/1.1 only, so that no
/// connection escapes that limit (a proxy in front speaks HTTP/2 to browsers).
async fn serve_connections(
    listener: TcpListener,
    router: Router,
    header_timeout: std::time::Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    use axum::extract::ConnectInfo;
    use hyper_util::{
        rt::{TokioIo, TokioTimer},
        server::graceful::GracefulShutdown,
        service::TowerToHyperService,
    };
    use tower::ServiceExt;

    let graceful = GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // A connection that failed before it was accepted concerns only its client; anything
                    // else (out of file descriptors) passes with time, so wait a little and go on.
                    if !matches!(
                        error.kind(),
                        io::ErrorKind::ConnectionRefused | io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
                    ) {
                        tracing::warn!(%error, "cannot accept a connection");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    }
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // What `ConnectInfo<SocketAddr>` extractors read (the sign-in limits, the audit log).
        let service = router.clone().map_request(move |mut request: http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(remote));
            request
        });
        let connection =
            graceful.watch(builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %remote, "connection closed with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
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

/// Who may sign in, and how, for this configuration.
fn access(config: &Config, backend: &Backend) -> auth::Access {
    let oauth = match (&backend.demo, &config.oauth_client_id, &config.oauth_client_secret) {
        (Some(demo), _, _) => Some(demo.oauth()),
        (None, Some(id), Some(secret)) => Some(auth::oauth::Client::new(
            id.clone(),
            secret.clone(),
            &config.atlassian_auth_url,
            &config.atlassian_admin_url,
        )),
        _ => None,
    };
    auth::Access {
        policy: auth::session::Policy::new(config.session_idle_minutes),
        cookies: auth::session::CookieNames {
            secure: config.public_url.as_ref().is_some_and(|url| url.scheme() == "https"),
        },
        limiter: auth::limits::Limiter::default(),
        refusals: Arc::default(),
        trusted_proxies: config.trusted_proxies.clone(),
        oauth,
        org: Arc::clone(&backend.org),
        allowed: config.allowed_admins.iter().map(|a| auth::normalise(a)).filter(|a| !a.is_empty()).collect(),
        local: auth::LocalAccounts {
            store: Arc::clone(backend.org.store()),
            master_key: Arc::clone(&backend.master_key),
            require_totp: config.require_totp,
        },
        public_url: config.public_url.clone(),
        demo_admins: backend.demo.as_ref().map(Demo::admins).unwrap_or_default(),
    }
}

/// Every route: health, the versioned browser bundle, the sign-in flow and the app's pages
/// (unknown paths render the app's not-found page with status 404), behind the admin guard.
pub fn router(
    site: SiteAssets,
    addr: SocketAddr,
    services: Services,
    access: Arc<auth::Access>,
    data: Arc<data::routes::DataState>,
    panel: Arc<forge::routes::PanelState>,
) -> Router {
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
    let page_files = app::page_files::PageFiles::new(format!("/{}", site.pkg_dir()), site.page_files());
    let context = move || {
        services.provide();
        leptos::prelude::provide_context(page_files.clone());
    };
    let pages = Router::new()
        .leptos_routes_with_context(&options, page_routes(), context.clone(), render_shell.clone())
        .fallback(render_app_async_with_context(context, render_shell))
        .layer(middleware::from_fn(prefs::resolve))
        .with_state(options);

    Router::new()
        .route("/healthz", get(healthz))
        .route(app::prefs::PREFERENCES_PATH, get(prefs::choose))
        .route("/pkg/{version}/{*file}", get(assets::serve))
        .with_state(Arc::new(site))
        .merge(auth::routes::routes().with_state(Arc::clone(&access)))
        .merge(data::routes::routes(data))
        .merge(forge::routes::routes(panel))
        .merge(pages)
        .layer(middleware::from_fn(api_status::map))
        .layer(middleware::from_fn_with_state(access, auth::guard::require_admin))
        // The fastest level: brotli's default (11) took about 110 ms on each 3 MB export page, so
        // a 100,000-row export spent seconds compressing; at level 1 a page answers as fast as
        // uncompressed (about 60 ms) at a seventh of the bytes (BENCHMARKS.md, browser export).
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(TraceLayer::new_for_http().make_span_with(telemetry::request_span))
}

/// The app's page routes, listed once per process. Listing them runs the app with every resource
/// load suppressed through a flag that is global to the process (leptos issue 4773): a page that
/// another server in the same process renders meanwhile (tests run many servers at once) would
/// wait forever on a resource first polled while the flag is up. Once listed, never again.
pub fn page_routes() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

pub(crate) fn prepare_data_dir(path: &std::path::Path) -> Result<(), StartError> {
    let error = |source| StartError::DataDir { path: path.to_path_buf(), source };
    std::fs::create_dir_all(path).map_err(error)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).map_err(error)?;
    }
    Ok(())
}
