//! Server functions, one resource per file: thin adapters from the browser to the services.
//! Every one takes JSON input (never a form: see SECURITY.md 1.6).

pub mod deployment;

/// What the server provides to server functions and pages. Defined here, implemented by the
/// server crate, so that `app` never depends on `server`.
#[cfg(feature = "ssr")]
pub mod services {
    use std::sync::Arc;

    use super::deployment::Deployment;

    pub trait Services: Send + Sync + 'static {
        fn deployment(&self) -> Deployment;
    }

    /// The services of this request, provided as context by the server.
    pub fn services() -> Result<Arc<dyn Services>, crate::error::AppError> {
        leptos::prelude::use_context::<Arc<dyn Services>>().ok_or(crate::error::AppError::Internal)
    }
}
