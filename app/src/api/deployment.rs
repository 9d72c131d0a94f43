//! Which deployment the pages show: not a server function but a value the server provides to
//! every request and writes into the page, so the browser knows it without asking.

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
    /// server reads the value it provided to the request and writes it into the page, and the
    /// browser reads it back while hydrating. Pages built later in the browser (client-side
    /// navigation, back and forward) find it here; they could not ask the server themselves.
    pub fn provide() {
        provide_context(SharedValue::new(Self::from_server).into_inner());
    }

    /// This page's deployment, as [`Deployment::provide`] made it known.
    pub fn current() -> Deployment {
        use_context::<Deployment>().unwrap_or_else(Self::from_server)
    }

    /// What the server provided to this request.
    #[cfg(feature = "ssr")]
    fn from_server() -> Deployment {
        use_context::<Deployment>().unwrap_or_default()
    }

    /// Only the server knows; the browser reads what it wrote into the page.
    #[cfg(not(feature = "ssr"))]
    fn from_server() -> Deployment {
        Deployment::default()
    }
}
