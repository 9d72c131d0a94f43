//! Every setting the server takes, from flags or `UAM_*` environment variables, documented once
//! here: `uam --help` prints this.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, ValueEnum};
use secrecy::SecretString;

/// The options alone, parsed as `uam` parses them (its commands are parsed in the `cli` module).
#[derive(Debug, Parser)]
#[command(name = "uam")]
struct Options {
    #[command(flatten)]
    config: Config,
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address and port to listen on; port 0 picks a free one.
    #[arg(long, env = "UAM_LISTEN", default_value = "127.0.0.1:3000", global = true)]
    pub listen: SocketAddr,

    /// Folder for the server's state (created if missing, readable by this user only).
    #[arg(long, env = "UAM_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,

    /// Folder with the built web assets (`pkg/frontend.js`, `pkg/frontend_bg.wasm`, ...).
    /// Default: `site/` beside the executable, or `../site` (the build's `target/site`).
    #[arg(long, env = "UAM_SITE_ROOT", global = true)]
    pub site_root: Option<PathBuf>,

    /// Base URL of the Atlassian organization and user management APIs. Point it at a running
    /// `atlassian-sim` to use the simulator instead. Demo mode ignores it (it uses its own).
    #[arg(long, env = "UAM_ATLASSIAN_ADMIN_URL", default_value = "https://api.atlassian.com", global = true)]
    pub atlassian_admin_url: reqwest::Url,

    /// Base URL of the organisation's site for the Jira, JSM and Confluence APIs:
    /// `https://<site>.atlassian.net` (or a running `atlassian-sim`).
    #[arg(long, env = "UAM_ATLASSIAN_SITE_URL", global = true)]
    pub atlassian_site_url: Option<reqwest::Url>,

    /// Hosts besides `https://<site>.atlassian.net` that a site URL saved on the Settings page may
    /// name, so that the site API token is sent there (comma-separated `host` or `host:port`; a
    /// host alone allows any port and plain http). The site URL set in the environment is not
    /// checked against this list.
    #[arg(long, env = "UAM_ALLOWED_SITE_HOSTS", value_delimiter = ',', global = true)]
    pub allowed_site_hosts: Vec<crate::upstream::site_hosts::AllowedHost>,

    /// The SQLite database file. Default: `uam.sqlite3` in the data folder.
    #[arg(long, env = "UAM_DATABASE_PATH", global = true)]
    pub database_path: Option<PathBuf>,

    /// The Atlassian organisation id (admin.atlassian.com/o/<id>/...). With an Admin API key, the
    /// server runs against this organisation; without them it runs the simulated demo org.
    #[arg(long, env = "UAM_ORG_ID", global = true)]
    pub org_id: Option<String>,

    /// The organisation's Admin API key (admin.atlassian.com → Settings → API keys).
    #[arg(long, env = "UAM_ADMIN_API_KEY", hide_env_values = true, global = true)]
    pub admin_api_key: Option<SecretString>,

    /// E-mail of the site account whose API token reads Jira, JSM and Confluence.
    #[arg(long, env = "UAM_SITE_EMAIL", global = true)]
    pub site_email: Option<String>,

    /// That account's API token (id.atlassian.com → Security → API tokens).
    #[arg(long, env = "UAM_SITE_API_TOKEN", hide_env_values = true, global = true)]
    pub site_api_token: Option<SecretString>,

    /// The master key itself (32 bytes, base64), from a secrets manager; wins over the key file.
    #[arg(long, env = "UAM_MASTER_KEY", hide_env_values = true, global = true)]
    pub master_key: Option<SecretString>,

    /// File holding the master key that encrypts stored secrets. Default: `master.key` in the
    /// data folder, created (mode 0600) on first start. Back it up with the database.
    #[arg(long, env = "UAM_MASTER_KEY_FILE", global = true)]
    pub master_key_file: Option<PathBuf>,

    /// The Ed25519 key that signs the audit log's checkpoints (never stored in the database).
    /// Default: `audit-signing.key` in the data folder, created (mode 0600) on first start, with
    /// its public key beside it (`audit-signing.key.pub`).
    #[arg(long, env = "UAM_AUDIT_KEY_FILE", global = true)]
    pub audit_key_file: Option<PathBuf>,

    /// Where signed audit checkpoints are appended, one JSON line each (keep a copy outside this
    /// machine). Default: `audit-checkpoints.jsonl` in the data folder.
    #[arg(long, env = "UAM_AUDIT_CHECKPOINTS", global = true)]
    pub audit_checkpoints: Option<PathBuf>,

    /// The server checkpoints the audit log after this many new entries, as well as every 5
    /// minutes and at shutdown; 0 leaves only the timer.
    #[arg(long, env = "UAM_AUDIT_CHECKPOINT_ENTRIES", default_value_t = crate::audit::CHECKPOINT_ENTRIES, global = true)]
    pub audit_checkpoint_entries: u64,

    /// The address admins use to reach this server (`https://uam.example.com`); requests that
    /// change anything must come from its origin. Default: the origin the `Host` header names.
    #[arg(long, env = "UAM_PUBLIC_URL", global = true)]
    pub public_url: Option<reqwest::Url>,

    /// Reverse proxies in front of this server (comma-separated addresses or CIDR ranges, e.g.
    /// `10.0.0.0/8,192.0.2.7`). A request from one of them is counted, for the sign-in limits and
    /// the audit log, as coming from the right-most `X-Forwarded-For` address that is not itself a
    /// trusted proxy. Empty: the connecting address counts, and `X-Forwarded-For` is ignored.
    #[arg(long, env = "UAM_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_proxy, global = true)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Hours between scheduled syncs; 0 turns the schedule off. When set, the Settings page
    /// shows it and cannot change it; when unset, the page's value applies (default 6).
    #[arg(long, env = "UAM_SYNC_INTERVAL_HOURS", global = true)]
    pub sync_interval_hours: Option<f64>,

    /// Minutes between incremental syncs, which read the organisation's events since the last
    /// one and re-read only the users they name (a few requests); 0 turns them off. The full
    /// sync keeps its own schedule, for what events do not report.
    #[arg(long, env = "UAM_INCREMENTAL_SYNC_MINUTES", default_value_t = 5, global = true)]
    pub incremental_sync_minutes: u32,

    /// The client id of the OAuth 2.0 (3LO) app that "Sign in with Atlassian" uses (from
    /// developer.atlassian.com; its callback URL is <public URL>/auth/atlassian/callback).
    /// Demo mode uses the simulated organisation's own.
    #[arg(long, env = "UAM_OAUTH_CLIENT_ID", global = true)]
    pub oauth_client_id: Option<String>,

    /// That OAuth app's secret.
    #[arg(long, env = "UAM_OAUTH_CLIENT_SECRET", hide_env_values = true, global = true)]
    pub oauth_client_secret: Option<SecretString>,

    /// Where Atlassian's sign-in lives (authorize and token endpoints).
    #[arg(long, env = "UAM_ATLASSIAN_AUTH_URL", default_value = "https://auth.atlassian.com", global = true)]
    pub atlassian_auth_url: reqwest::Url,

    /// Only these Atlassian accounts may sign in (account ids or e-mails, comma-separated), on
    /// top of holding the org-admin role. Empty: every org admin.
    #[arg(long, env = "UAM_ALLOWED_ADMINS", value_delimiter = ',', global = true)]
    pub allowed_admins: Vec<String>,

    /// Minutes without a request after which a session ends (sessions also end 8 hours after
    /// sign-in).
    #[arg(long, env = "UAM_SESSION_IDLE_MINUTES", default_value_t = 15, global = true)]
    pub session_idle_minutes: u32,

    /// Local admin accounts must use a TOTP code (authenticator app) to sign in.
    #[arg(long, env = "UAM_REQUIRE_TOTP", global = true)]
    pub require_totp: bool,

    /// Hours between scheduling "Delete everything" (Settings, or `uam data delete`) and the
    /// server carrying it out; meanwhile every admin sees it on the dashboard and any admin can
    /// cancel it. Fractions are allowed; 0 to 720.
    #[arg(long, env = "UAM_ERASURE_DELAY_HOURS", default_value_t = 24.0, value_parser = erasure_delay_hours, global = true)]
    pub erasure_delay_hours: f64,

    /// The Jira panel's Forge app id (`app.id` in `forge/manifest.yml`: the UUID, or the whole
    /// `ari:cloud:ecosystem::app/<uuid>`). Set, the panel may open sessions here. Demo mode uses the
    /// simulated organisation's app when this is unset.
    #[arg(long, env = "UAM_FORGE_APP_ID", global = true)]
    pub forge_app_id: Option<String>,

    /// The Forge app's installations that may open the panel (comma-separated ids from
    /// `forge install list`, UUIDs or `ari:cloud:ecosystem::installation/<uuid>`).
    #[arg(long, env = "UAM_FORGE_INSTALLATION_IDS", value_delimiter = ',', global = true)]
    pub forge_installation_ids: Vec<String>,

    /// Cloud ids of the Jira sites the panel may open from (comma-separated; a site's id is at
    /// `https://<site>.atlassian.net/_edge/tenant_info`).
    #[arg(long, env = "UAM_FORGE_CLOUD_IDS", value_delimiter = ',', global = true)]
    pub forge_cloud_ids: Vec<String>,

    /// Where Forge publishes the keys its invocation tokens are signed with.
    #[arg(
        long,
        env = "UAM_FORGE_JWKS_URL",
        default_value = "https://forge.cdn.prod.atlassian-dev.net/.well-known/jwks.json",
        global = true
    )]
    pub forge_jwks_url: reqwest::Url,

    /// Jira site origins that may show the panel (comma-separated, e.g.
    /// `https://acme.atlassian.net`, plus a custom domain if the site has one). Only `/embed` pages
    /// may be framed, and only by these and the Forge frame origins.
    #[arg(long, env = "UAM_JIRA_SITES", value_delimiter = ',', global = true)]
    pub jira_sites: Vec<String>,

    /// Origins of Forge's Custom UI frames, which hold the panel's own frame (comma-separated).
    #[arg(
        long,
        env = "UAM_FORGE_FRAME_ORIGINS",
        value_delimiter = ',',
        default_value = "https://*.cdn.prod.atlassian-dev.net",
        global = true
    )]
    pub forge_frame_origins: Vec<String>,

    /// The largest request body, in bytes, that a route takes (server functions, sign-in forms,
    /// every other route); a larger one is refused with 413 before it is read. A bulk action's
    /// selection (up to 100,000 account ids) may be up to 16 MiB whatever this says.
    #[arg(long, env = "UAM_MAX_BODY_BYTES", default_value_t = crate::limits::DEFAULT_BODY_LIMIT,
        value_parser = clap::value_parser!(u64).range(1024..), global = true)]
    pub max_body_bytes: u64,

    /// Seconds a client has to send a request's headers (and that an idle connection stays open);
    /// slower clients are disconnected.
    #[arg(long, env = "UAM_HEADER_TIMEOUT_SECS", default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub header_timeout_secs: u64,

    /// Seconds a request may take, from its headers to the start of the answer (the body it sends
    /// included); a slower one is stopped with 503.
    #[arg(long, env = "UAM_REQUEST_TIMEOUT_SECS", default_value_t = 60,
        value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub request_timeout_secs: u64,

    /// Which log lines to write, as a tracing filter: `info`, `debug`, `server=debug,info`, ...
    #[arg(long, env = "UAM_LOG", default_value = "info", global = true)]
    pub log: String,

    /// How log lines are written to standard error.
    #[arg(long, env = "UAM_LOG_FORMAT", value_enum, default_value_t = LogFormat::Json, global = true)]
    pub log_format: LogFormat,
}

/// `--erasure-delay-hours`: a number of hours from 0 to 720 (30 days).
fn erasure_delay_hours(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(hours) if (0.0..=720.0).contains(&hours) => Ok(hours),
        _ => Err(format!("`{text}` is not a number of hours from 0 to 720")),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One JSON object per line, for log collectors.
    Json,
    /// Human-readable lines, for a terminal.
    Pretty,
}

/// A trusted proxy: a CIDR range, or one address (a range of one).
fn parse_proxy(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map(|net| net.trunc())
        .map_err(|_| format!("`{text}` is neither an IP address nor a CIDR range such as 10.0.0.0/8"))
}

impl Config {
    /// The settings with every default, as a test or an embedding program starts from.
    pub fn defaults() -> Config {
        Options::parse_from(["uam"]).config
    }

    pub fn database(&self) -> PathBuf {
        self.database_path.clone().unwrap_or_else(|| self.data_dir.join("uam.sqlite3"))
    }

    /// The audit signing key, its public half and the checkpoint sink.
    pub fn checkpoint_paths(&self) -> crate::audit::CheckpointPaths {
        crate::audit::CheckpointPaths::new(
            &self.data_dir,
            self.audit_key_file.as_deref(),
            self.audit_checkpoints.as_deref(),
        )
    }
}
