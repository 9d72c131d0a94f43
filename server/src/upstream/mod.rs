//! The upstream client: everything the server sends to Atlassian (or to the simulator, which
//! answers on the same paths) goes through here. One [`Engine`] per process holds the HTTP client,
//! the per-host concurrency caps, pacing, retries and circuit breakers; [`Upstream`] adds the
//! connection (org, base URLs, credentials) and builds calls for each API family; [`api`] holds
//! the typed requests and answers of each family. It imports nothing from the rest of the server.

pub mod api;
pub mod endpoints;
pub mod engine;
pub mod error;
mod families;
pub mod paging;
pub mod retry;
pub mod site_hosts;

use std::sync::Arc;

use reqwest::Url;
use secrecy::SecretString;

pub use self::{
    engine::{Auth, Call, Engine, EngineConfig, EngineStats, INTERACTIVE_DEADLINE, Reply},
    error::UpstreamError,
    paging::{Pages, Style},
};

/// A reqwest client builder with the process's TLS provider (ring) installed: reqwest is built
/// without a default provider, so every client in the process must start here.
pub fn http_client_builder() -> reqwest::ClientBuilder {
    // A second install attempt is harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// Where the organisation lives and the credentials to reach it.
#[derive(Clone)]
pub struct Connection {
    pub org_id: String,
    /// `https://api.atlassian.com` (or the simulator); admin paths start with `/admin/`.
    pub admin_url: Url,
    pub admin_key: Arc<SecretString>,
    /// The Jira / JSM / Confluence site, when configured.
    pub site: Option<Site>,
}

#[derive(Clone)]
pub struct Site {
    /// `https://<site>.atlassian.net` (or the simulator).
    pub url: Url,
    pub email: String,
    pub token: Arc<SecretString>,
}

/// A connection plus the engine that carries its calls.
pub struct Upstream {
    pub engine: Arc<Engine>,
    pub connection: Connection,
}

impl Upstream {
    pub fn new(engine: Arc<Engine>, connection: Connection) -> Upstream {
        Upstream { engine, connection }
    }

    /// The same connection for a request a person waits on: its calls retry briefly and end by
    /// one deadline from now ([`Engine::interactive`]), sharing the engine's pacing and breakers.
    pub fn interactive(&self) -> Upstream {
        Upstream { engine: Arc::new(self.engine.interactive()), connection: self.connection.clone() }
    }

    fn join(base: &Url, path: &str) -> Url {
        // Base URLs may carry a path prefix (a proxy); keep it.
        let mut url = base.clone();
        let prefix = url.path().trim_end_matches('/').to_owned();
        url.set_path(&format!("{prefix}{path}"));
        url
    }

    pub fn admin_auth(&self) -> Auth {
        Auth::Admin(Arc::clone(&self.connection.admin_key))
    }

    /// An admin API URL; `path` starts at `/admin/...` or `/users/...`.
    pub fn admin_url(&self, path: &str) -> Url {
        Upstream::join(&self.connection.admin_url, path)
    }

    /// An org-scoped admin URL: `/admin/{version}/orgs/{orgId}{rest}`.
    pub fn org_url(&self, version: &str, rest: &str) -> Url {
        self.admin_url(&format!("/admin/{version}/orgs/{}{rest}", self.connection.org_id))
    }

    /// A site URL and the site credential, or `None` when no site is configured.
    pub fn site(&self, path: &str) -> Option<(Url, Auth)> {
        let site = self.connection.site.as_ref()?;
        let auth = Auth::Site { email: site.email.clone(), token: Arc::clone(&site.token) };
        Some((Upstream::join(&site.url, path), auth))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_base_prefixes() {
        let engine = Arc::new(Engine::new(EngineConfig::default()));
        let connection = Connection {
            org_id: "org-1".into(),
            admin_url: Url::parse("http://127.0.0.1:9/proxy/").expect("url"),
            admin_key: Arc::new(SecretString::from("k")),
            site: Some(Site {
                url: Url::parse("https://acme.atlassian.net").expect("url"),
                email: "a@b".into(),
                token: Arc::new(SecretString::from("t")),
            }),
        };
        let upstream = Upstream::new(engine, connection);
        assert_eq!(
            upstream.org_url("v2", "/directories").as_str(),
            "http://127.0.0.1:9/proxy/admin/v2/orgs/org-1/directories"
        );
        assert_eq!(
            upstream.site("/rest/api/3/myself").map(|(u, _)| u.to_string()).as_deref(),
            Some("https://acme.atlassian.net/rest/api/3/myself")
        );
    }
}
