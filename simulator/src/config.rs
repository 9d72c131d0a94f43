//! What a simulator instance is made of: the org's seed and size, the credentials it accepts, and
//! how faithfully unpleasant it is (rate limits, faults, eventual consistency).

use std::time::Duration;

use crate::generate::Sizes;

/// How often each kind of fault is injected: the share (0–1) of requests that get it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FaultRates {
    /// 500, 502, 503 or 504 before the request is handled.
    pub server_error: f64,
    /// 429 before the request is handled.
    pub too_many_requests: f64,
    /// The request is handled, but the answer is held back (`slow_delay`).
    pub slow: f64,
    /// The connection dies after the headers, before the request is handled.
    pub dropped: f64,
}

impl FaultRates {
    pub const NONE: FaultRates = FaultRates { server_error: 0.0, too_many_requests: 0.0, slow: 0.0, dropped: 0.0 };

    /// `total` spread evenly over the four kinds.
    pub fn uniform(total: f64) -> FaultRates {
        let each = total / 4.0;
        FaultRates { server_error: each, too_many_requests: each, slow: each, dropped: each }
    }

    pub fn total(&self) -> f64 {
        self.server_error + self.too_many_requests + self.slow + self.dropped
    }
}

#[derive(Clone, Debug)]
pub struct SimConfig {
    pub seed: u64,
    pub sizes: Sizes,
    /// The organisation id; random (from the seed) when absent.
    pub org_id: Option<String>,
    /// The Admin API key accepted as `Authorization: Bearer <key>`.
    pub admin_key: String,
    /// The site account whose API token the Jira, JSM and Confluence APIs accept (Basic auth).
    pub site_email: String,
    pub site_token: String,
    /// OAuth 2.0 client of "Sign in with Atlassian".
    pub oauth_client_id: String,
    pub oauth_client_secret: String,
    /// Requests per second allowed on the admin API (0 = unlimited).
    pub admin_rps: f64,
    /// Requests per second allowed on each site API family: Jira, JSM, Confluence (0 = unlimited).
    pub site_rps: f64,
    /// Requests allowed at once before the rate applies; defaults to one second's worth.
    pub burst: Option<f64>,
    /// Injected faults, by kind.
    pub faults: FaultRates,
    /// Seed of the fault injector, so a failing run can be replayed.
    pub fault_seed: u64,
    /// How long a slow fault holds the response back.
    pub slow_delay: Duration,
    /// How long a write takes to show in reads (Atlassian is eventually consistent).
    pub write_delay: Duration,
}

impl SimConfig {
    /// A small org with the given credentials, no limits and no faults: what tests start from.
    pub fn new(admin_key: &str, site_email: &str, site_token: &str) -> SimConfig {
        SimConfig {
            seed: 1,
            sizes: Sizes::DEMO,
            org_id: None,
            admin_key: admin_key.to_owned(),
            site_email: site_email.to_owned(),
            site_token: site_token.to_owned(),
            oauth_client_id: "uam-demo-client".to_owned(),
            oauth_client_secret: format!("{site_token}-oauth"),
            admin_rps: 0.0,
            site_rps: 0.0,
            burst: None,
            faults: FaultRates::NONE,
            fault_seed: 1,
            slow_delay: Duration::from_secs(2),
            write_delay: Duration::ZERO,
        }
    }

    /// A config with credentials nobody can guess: for the demo, where nobody should need them
    /// outside the process.
    pub fn random_credentials() -> SimConfig {
        let token = crate::rng::entropy_token();
        SimConfig::new(&format!("sim-admin-{}", crate::rng::entropy_token()), "site-admin@acme-corp.example", &token)
    }
}
