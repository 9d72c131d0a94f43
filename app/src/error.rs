//! The one error type that crosses from server functions to the browser. Each variant is a code
//! the UI turns into a translated message (`error-<code>` in Fluent); internals never cross.

use serde::{Deserialize, Serialize};
use server_fn_error::{Bytes, Decodes, FromServerFnError, JsonEncoding, ServerFnErrorErr};

mod server_fn_error {
    pub use leptos::server_fn::{
        Bytes, Decodes,
        codec::JsonEncoding,
        error::{FromServerFnError, ServerFnErrorErr},
    };
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AppError {
    #[error("not signed in")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid input in {field}")]
    InvalidInput { field: String },
    /// Entries of a list (protected accounts) that are not valid; nothing was saved.
    #[error("invalid entries")]
    InvalidEntries { entries: Vec<String> },
    #[error("Atlassian is unavailable")]
    AtlassianUnavailable { retry_after_secs: Option<u64> },
    /// Atlassian did not answer a request a person waits on within its deadline, `seconds` long.
    #[error("Atlassian did not answer within {seconds} s")]
    AtlassianTimeout { seconds: u64 },
    #[error("a sync is already running")]
    SyncRunning,
    #[error("no snapshot yet")]
    NoSnapshot,
    #[error("the request could not be completed")]
    Transport,
    #[error("internal error")]
    Internal,
    /// Erasing everything: the password or authenticator code did not match (one answer for both).
    #[error("re-authentication failed")]
    ReauthFailed,
    /// Erasing everything: the Atlassian sign-in is older than 5 minutes.
    #[error("sign in with Atlassian again")]
    ReauthStale,
    /// Erasing everything is refused from the Jira panel.
    #[error("not from the Jira panel")]
    PanelRefused,
    /// An erasure is already scheduled.
    #[error("an erasure is already scheduled")]
    ErasurePending,
    /// The request's body is over the route's stated size limit; nothing of it was used.
    #[error("the request is too large")]
    PayloadTooLarge,
    /// The request did not complete within the server's time limit.
    #[error("the request took too long")]
    Timeout,
}

impl AppError {
    /// The HTTP status a server function answers with this error.
    pub fn http_status(&self) -> u16 {
        match self {
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::InvalidInput { .. } | AppError::InvalidEntries { .. } => 400,
            AppError::SyncRunning => 409,
            AppError::AtlassianUnavailable { .. } | AppError::NoSnapshot => 503,
            AppError::Transport | AppError::Internal => 500,
            AppError::ReauthFailed | AppError::ReauthStale | AppError::PanelRefused => 403,
            AppError::ErasurePending => 409,
            AppError::PayloadTooLarge => 413,
            AppError::Timeout => 503,
            AppError::AtlassianTimeout { .. } => 504,
        }
    }

    /// The Fluent message that explains this error to the admin.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::Unauthorized => "error-unauthorized",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::InvalidInput { .. } => "error-invalid-input",
            AppError::InvalidEntries { .. } => "error-invalid-entries",
            AppError::AtlassianUnavailable { .. } => "error-atlassian-unavailable",
            AppError::SyncRunning => "error-sync-running",
            AppError::NoSnapshot => "error-no-snapshot",
            AppError::Transport => "error-transport",
            AppError::Internal => "error-internal",
            AppError::ReauthFailed => "error-reauth-failed",
            AppError::ReauthStale => "error-reauth-stale",
            AppError::PanelRefused => "error-panel-refused",
            AppError::ErasurePending => "error-erasure-pending",
            AppError::PayloadTooLarge => "error-payload-too-large",
            AppError::Timeout => "error-timeout",
            AppError::AtlassianTimeout { .. } => "error-atlassian-timeout",
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        match error {
            // On the server these say that a request's body is not this function's arguments (not
            // JSON, wrong types, missing fields, numbers out of range): the caller's mistake, a
            // 400 that changes nothing. In the browser they are a broken answer instead.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) | ServerFnErrorErr::Deserialization(_)
                if cfg!(feature = "ssr") =>
            {
                AppError::InvalidInput { field: "body".into() }
            }
            // Encoding, network and routing failures all mean the same to the admin: try again.
            _ => AppError::Transport,
        }
    }

    /// Every server function's error passes here in the browser: the one place that sees a Jira
    /// panel's session end mid-use, and reopens the panel (which asks Jira for a new code).
    fn de(data: Bytes) -> Self {
        let error = <JsonEncoding as Decodes<AppError>>::decode(data).unwrap_or(AppError::Transport);
        if error == AppError::Unauthorized {
            crate::embed::session_ended();
        }
        error
    }
}
