//! Server functions, one resource per file. Each file holds its resource's server functions (thin
//! adapters from the browser) and, in the server build, the trait the server implements for them:
//! the server provides each implementation to its requests as Leptos context, so `app` never
//! depends on `server`. Adding a server function touches its resource's file here and the
//! server's implementation of that trait, nothing else. Every server function takes JSON input,
//! never a form: another site's page can submit a form to us, but not a JSON request.

pub mod audit;
pub mod auth;
pub mod bulk;
pub mod data;
pub mod deployment;
pub mod directory;
pub mod settings;
pub mod sync;

/// The admin a server function acts for, as the server's session check found them; every server
/// function that needs one asks here. (The server's guard refuses a request without a session
/// before it reaches a server function, so `Unauthorized` here means the session was not found.)
#[cfg(feature = "ssr")]
pub fn require_admin() -> Result<crate::auth::SignedIn, crate::error::AppError> {
    crate::auth::SignedIn::current().ok_or(crate::error::AppError::Unauthorized)
}

/// The server's implementation of a resource's trait (`dyn BulkApi`, ...), as it provided it to
/// this request.
#[cfg(feature = "ssr")]
pub fn service<S: ?Sized + Send + Sync + 'static>() -> Result<std::sync::Arc<S>, crate::error::AppError> {
    leptos::prelude::use_context::<std::sync::Arc<S>>().ok_or(crate::error::AppError::Internal)
}
