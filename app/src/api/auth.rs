//! Sign-in support for the pages that anonymous visitors may open (sign-in and set-up), and who
//! is signed in for the top bar. The sign-in itself is a plain form POST to `/auth/...`, so it
//! works before the app has hydrated.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::{
    auth::{LoginOptions, SetupStatus, SignedIn},
    error::AppError,
};

#[server(input = Json, prefix = "/api", endpoint = "login_options")]
pub async fn load_login_options() -> Result<LoginOptions, AppError> {
    crate::api::services::services()?.login_options().await
}

#[server(input = Json, prefix = "/api", endpoint = "setup_status")]
pub async fn load_setup_status(token: String) -> Result<SetupStatus, AppError> {
    crate::api::services::services()?.setup_status(token).await
}

#[server(input = Json, prefix = "/api", endpoint = "me")]
pub async fn load_signed_in() -> Result<SignedIn, AppError> {
    SignedIn::current().ok_or(AppError::Unauthorized)
}
