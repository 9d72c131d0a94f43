use leptos::prelude::*;
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
    /// Tells every component of the page which deployment this is. Called once, by `App`: the
    /// server reads its services and writes the value into the page, and the browser reads it
    /// back while hydrating. Pages built later in the browser (client-side navigation, back and
    /// forward) find it here; they could not ask the server's services themselves.
    pub fn provide() {
        provide_context(SharedValue::new(Self::from_services).into_inner());
    }

    /// This page's deployment, as [`Deployment::provide`] made it known.
    pub fn current() -> Deployment {
        use_context::<Deployment>().unwrap_or_else(Self::from_services)
    }

    #[cfg(feature = "ssr")]
    fn from_services() -> Deployment {
        crate::api::services::services().map(|services| services.deployment()).unwrap_or_default()
    }

    /// Only the server knows; the browser reads what it wrote into the page.
    #[cfg(not(feature = "ssr"))]
    fn from_services() -> Deployment {
        Deployment::default()
    }
}
