//! Sign-in support for the pages that anonymous visitors may open (sign-in and set-up), and who
//! is signed in for the top bar. The sign-in itself is a plain form POST to `/auth/...`, so it
//! works before the app has hydrated.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    auth::{LoginOptions, SetupStatus, SignedIn},
    error::AppError,
};

/// The server's side of these calls (asked before anyone is signed in).
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait SignInApi: Send + Sync + 'static {
    /// What the sign-in page offers.
    async fn login_options(&self) -> Result<LoginOptions, AppError>;
    /// Whether a set-up link is still good, with a fresh TOTP seed to offer.
    async fn setup_status(&self, token: String) -> Result<SetupStatus, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn SignInApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "login_options")]
pub async fn load_login_options() -> Result<LoginOptions, AppError> {
    api()?.login_options().await
}

#[server(input = Json, prefix = "/api", endpoint = "setup_status")]
pub async fn load_setup_status(token: String) -> Result<SetupStatus, AppError> {
    api()?.setup_status(token).await
}

#[server(input = Json, prefix = "/api", endpoint = "me")]
pub async fn load_signed_in() -> Result<SignedIn, AppError> {
    super::require_admin()
}
