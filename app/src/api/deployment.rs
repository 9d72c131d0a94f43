use serde::{Deserialize, Serialize};

/// Which organisation this server shows, and whether it is the simulated demo one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    pub demo: bool,
    pub org_name: Option<String>,
    /// The Atlassian organisation id (links into Atlassian Administration use it).
    pub org_id: String,
}

impl Deployment {
    /// This server's deployment, as the server's services report it. Only the server asks: the
    /// browser receives the value serialised in the page (see `DemoBanner`).
    #[cfg(feature = "ssr")]
    pub fn current() -> Deployment {
        crate::api::services::services().map(|services| services.deployment()).unwrap_or_default()
    }

    #[cfg(not(feature = "ssr"))]
    pub fn current() -> Deployment {
        Deployment::default()
    }
}
