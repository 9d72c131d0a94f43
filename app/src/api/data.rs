//! "Delete everything": it clears the audit log too, so no single admin may do it on a whim. It
//! needs a fresh re-authentication, is refused from the Jira panel, and waits a delay during
//! which every admin sees it on the dashboard and any admin can cancel it. The Settings form and
//! the dashboard's Cancel are also plain form posts (`/data/delete`, `/data/cancel`), so both
//! work without the script.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::auth::SignedIn;
use crate::error::AppError;

/// A scheduled erasure of everything the product stores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingErasure {
    /// The audit actor who scheduled it (`local:<login>`, `atlassian:<account id>`, `cli`).
    pub by: String,
    /// Their name, as the banner shows it.
    pub by_name: String,
    pub scheduled_at: DateTime<Utc>,
    /// When the server carries it out, unless an admin cancels it first.
    pub due_at: DateTime<Utc>,
}

/// How the signed-in admin confirms an erasure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReauthKind {
    /// A local admin types the password, and the authenticator's code when `totp`.
    Password { totp: bool },
    /// An Atlassian admin signs in with Atlassian again (within the last 5 minutes).
    Atlassian { fresh: bool },
    /// The Jira panel cannot erase anything.
    Panel,
}

/// What the Settings section and the dashboard's banner show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErasureStatus {
    pub pending: Option<PendingErasure>,
    /// Hours between scheduling and carrying out (`UAM_ERASURE_DELAY_HOURS`).
    pub delay_hours: f64,
    pub reauth: ReauthKind,
}

/// What the delete form sends. Not `Debug`: it holds the password.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EraseRequest {
    /// Must be `DELETE`.
    pub confirm: String,
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
}

impl std::fmt::Debug for EraseRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EraseRequest")
            .field("confirm", &self.confirm)
            .field("password", &self.password.as_ref().map(|_| "[redacted]"))
            .field("code", &self.code.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

/// The server's side of these calls.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait ErasureApi: Send + Sync + 'static {
    async fn status(&self, who: &SignedIn) -> Result<ErasureStatus, AppError>;
    async fn schedule(&self, who: &SignedIn, request: EraseRequest) -> Result<ErasureStatus, AppError>;
    /// Cancels the pending erasure; false when none was pending.
    async fn cancel(&self, who: &SignedIn) -> Result<bool, AppError>;
}

#[cfg(feature = "ssr")]
fn api() -> Result<std::sync::Arc<dyn ErasureApi>, AppError> {
    super::service()
}

#[server(input = Json, prefix = "/api", endpoint = "data/erasure")]
pub async fn load_erasure() -> Result<ErasureStatus, AppError> {
    api()?.status(&super::require_admin()?).await
}

#[server(input = Json, prefix = "/api", endpoint = "data/erasure/schedule")]
pub async fn schedule_erasure(request: EraseRequest) -> Result<ErasureStatus, AppError> {
    api()?.schedule(&super::require_admin()?, request).await
}

#[server(input = Json, prefix = "/api", endpoint = "data/erasure/cancel")]
pub async fn cancel_erasure() -> Result<bool, AppError> {
    api()?.cancel(&super::require_admin()?).await
}
