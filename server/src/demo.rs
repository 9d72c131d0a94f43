//! Demo mode: with no Atlassian connection configured, the server starts the simulator in-process
//! on a loopback port with a small generated organisation, and talks to it over real HTTP exactly
//! as it would talk to Atlassian.

use std::{net::SocketAddr, sync::Arc};

use atlassian_sim::{Sim, SimConfig, Sizes};
use reqwest::Url;
use secrecy::SecretString;
use tokio::{net::TcpListener, sync::watch};

use crate::upstream::{Connection, Site};

/// The running simulated organisation.
pub struct Demo {
    pub sim: Arc<Sim>,
    pub addr: SocketAddr,
    stop: watch::Sender<bool>,
}

impl Demo {
    /// Generates the demo org (fixed seed: every demo shows the same company) and serves it.
    pub async fn start() -> std::io::Result<Demo> {
        let mut config = SimConfig::random_credentials();
        config.seed = 2026;
        config.sizes = Sizes::DEMO;
        let sim = Sim::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let (stop, mut stopped) = watch::channel(false);
        let serving = Arc::clone(&sim);
        tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            };
            if let Err(error) = atlassian_sim::serve(listener, serving, shutdown).await {
                tracing::error!(%error, "the demo organisation stopped");
            }
        });
        tracing::info!(%addr, "demo mode: serving a simulated Atlassian organisation");
        Ok(Demo { sim, addr, stop })
    }

    /// How the server reaches the demo org: the same shape as a real connection.
    pub fn connection(&self) -> Connection {
        connection_to(&self.sim, self.addr)
    }

    pub fn org_name(&self) -> String {
        self.sim.world().org_name.clone()
    }

    /// The simulated org admins who can sign in (listed on the sign-in page).
    pub fn admins(&self) -> Vec<app::auth::DemoAdmin> {
        use atlassian_sim::model::{AccountKind, AccountStatus};
        let world = self.sim.world();
        world
            .accounts
            .iter()
            .filter(|a| a.org_admin && a.kind == AccountKind::Atlassian && a.status == AccountStatus::Active)
            .map(|a| app::auth::DemoAdmin { name: a.name.clone(), email: a.email.clone() })
            .collect()
    }

    /// The simulated organisation's Forge app, as the Jira panel's settings in demo mode: its
    /// installation on the simulated site, and the simulator's JWKS.
    pub fn forge(&self) -> (crate::forge::token::Expected, Url) {
        let forge = &self.sim.forge;
        let cloud_id = self.sim.world().cloud_id.clone();
        let expected = crate::forge::token::Expected::new(
            &forge.app_id,
            std::slice::from_ref(&forge.installation_id),
            &[cloud_id],
        );
        let jwks =
            Url::parse(&format!("http://{}/.well-known/jwks.json", self.addr)).unwrap_or_else(|_| unreachable_url());
        (expected, jwks)
    }

    /// "Sign in with Atlassian" against the simulated org's own authorize, token and `/me`.
    pub fn oauth(&self) -> crate::auth::oauth::Client {
        let base = Url::parse(&format!("http://{}", self.addr)).unwrap_or_else(|_| unreachable_url());
        let config = &self.sim.config;
        crate::auth::oauth::Client::new(
            config.oauth_client_id.clone(),
            SecretString::from(config.oauth_client_secret.clone()),
            &base,
            &base,
        )
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// A connection to a simulator serving on `addr`, with the credentials it accepts (demo mode,
/// tests and benchmarks all reach the simulator this way).
pub fn connection_to(sim: &Sim, addr: SocketAddr) -> Connection {
    let base = Url::parse(&format!("http://{addr}")).unwrap_or_else(|_| unreachable_url());
    let config = &sim.config;
    Connection {
        org_id: sim.world().org_id.clone(),
        admin_url: base.clone(),
        admin_key: Arc::new(SecretString::from(config.admin_key.clone())),
        site: Some(Site {
            url: base,
            email: config.site_email.clone(),
            token: Arc::new(SecretString::from(config.site_token.clone())),
        }),
    }
}

/// `http://127.0.0.1:<port>` always parses; this only satisfies the type.
fn unreachable_url() -> Url {
    Url::parse("http://127.0.0.1").unwrap_or_else(|_| unreachable!("a constant URL parses"))
}
