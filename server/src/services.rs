//! The server's side of `app::api::services::Services`: what server functions can ask for.

use std::sync::Arc;

use app::api::{deployment::Deployment, services::Services};

use crate::upstream::Upstream;

pub struct ServerServices {
    pub deployment: Deployment,
    /// The connection to Atlassian (or the demo org); the sync and actions use it.
    pub upstream: Arc<Upstream>,
}

impl Services for ServerServices {
    fn deployment(&self) -> Deployment {
        self.deployment.clone()
    }
}
