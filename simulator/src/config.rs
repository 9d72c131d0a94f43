//! What a simulator instance is made of: the org's seed and size, the credentials it accepts, and
//! how faithfully unpleasant it is (rate limits, faults, eventual consistency).

use std::time::Duration;

/// How big an org to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    pub users: usize,
    pub customers: usize,
    pub projects: usize,
    pub spaces: usize,
}

impl Sizes {
    /// The demo and test org: small enough to generate instantly, big enough to page through.
    pub const DEMO: Sizes = Sizes { users: 2_500, customers: 4_000, projects: 40, spaces: 25 };
    /// The benchmark org: the "large org" the sync and query figures are measured on.
    pub const LARGE: Sizes = Sizes { users: 100_000, customers: 250_000, projects: 500, spaces: 200 };
}

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

/// The products a site can have. Jira Service Management includes the Jira platform, so a site
/// with JSM alone still serves `/rest/api/3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Products {
    pub jira: bool,
    pub jsm: bool,
    pub confluence: bool,
}

impl Products {
    pub const ALL: Products = Products { jira: true, jsm: true, confluence: true };

    /// A comma-separated list of `jira`, `jsm`, `confluence` (at least one).
    pub fn parse(list: &str) -> Result<Products, String> {
        let mut products = Products { jira: false, jsm: false, confluence: false };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match SiteFamily::parse(name)? {
                SiteFamily::Jira => products.jira = true,
                SiteFamily::Jsm => products.jsm = true,
                SiteFamily::Confluence => products.confluence = true,
            }
        }
        if products == (Products { jira: false, jsm: false, confluence: false }) {
            return Err("name at least one of jira, jsm, confluence".to_owned());
        }
        Ok(products)
    }

    /// Whether the product of this workspace type key (`jira-software`, `jira-servicedesk`,
    /// `confluence`) is on the site.
    pub fn has_type_key(self, type_key: &str) -> bool {
        match type_key {
            "jira-software" => self.jira,
            "jira-servicedesk" => self.jsm,
            "confluence" => self.confluence,
            _ => false,
        }
    }

    /// Whether the site answers the Jira platform API (`/rest/api/...`): Jira or JSM is there.
    pub fn jira_platform(self) -> bool {
        self.jira || self.jsm
    }
}

/// The site API families a test can make fail or leave out: Jira (`/rest/api/...`), JSM
/// (`/rest/servicedeskapi/...`) and Confluence (`/wiki/...`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum SiteFamily {
    Jira,
    Jsm,
    Confluence,
}

impl SiteFamily {
    /// A family by name, in any case and with spaces around: how `--failing-family`, `--products`
    /// and `PUT /__sim/failing-family` name them, with the error message they answer.
    pub fn parse(name: &str) -> Result<SiteFamily, String> {
        let name = name.trim();
        name.parse().map_err(|_| {
            format!("unknown product family '{}': expected jira, jsm or confluence", name.to_ascii_lowercase())
        })
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
    /// The products the site has (`--products`); an absent one answers as an uninstalled product.
    pub products: Products,
    /// How many Jira projects the site account may list but not read the roles of (403).
    pub unreadable_projects: usize,
    /// How many Confluence spaces the site account may list but not read the role assignments
    /// and permissions of (403).
    pub unreadable_spaces: usize,
    /// Every endpoint the specs mark `x-experimental` answers 404, as an unknown route does.
    pub no_experimental: bool,
    /// Site families that answer 503 to every request from the start (`--failing-family`);
    /// `PUT /__sim/failing-family` changes them while running.
    pub failing_families: Vec<SiteFamily>,
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
            products: Products::ALL,
            unreadable_projects: 0,
            unreadable_spaces: 0,
            no_experimental: false,
            failing_families: Vec::new(),
        }
    }

    /// A config with credentials nobody can guess: for the demo, where nobody should need them
    /// outside the process.
    pub fn random_credentials() -> SimConfig {
        let token = crate::rng::entropy_token();
        SimConfig::new(&format!("sim-admin-{}", crate::rng::entropy_token()), "site-admin@acme-corp.example", &token)
    }
}

#[cfg(test)]
mod tests {
    use super::{Products, SiteFamily};

    #[test]
    fn product_lists_parse_and_refuse_unknown_names() {
        assert_eq!(Products::parse("jira,jsm,confluence"), Ok(Products::ALL));
        let jsm = Products::parse(" jsm ").expect("jsm alone");
        assert!(jsm.jira_platform() && !jsm.jira && !jsm.confluence);
        assert!(!Products::parse("confluence").expect("confluence alone").jira_platform());
        assert!(Products::parse("jira,bitbucket").is_err());
        assert!(Products::parse(",").is_err());
        assert_eq!(SiteFamily::parse("JSM"), Ok(SiteFamily::Jsm));
        let unknown = "unknown product family 'bitbucket': expected jira, jsm or confluence";
        assert_eq!(SiteFamily::parse(" Bitbucket "), Err(unknown.to_owned()));
        assert_eq!(<&str>::from(SiteFamily::Confluence), "confluence");
    }
}
