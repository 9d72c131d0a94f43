//! What can go wrong talking to Atlassian, in terms the rest of the server can act on. Response
//! bodies stay in the log (never the browser); messages here carry no secret.

use std::time::Duration;

use http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    /// 401 or 403: the key or token is wrong, expired, revoked, or lacks a permission.
    #[error("Atlassian refused the credentials ({status})")]
    NotAuthorized { status: StatusCode },
    #[error("Atlassian has no such resource")]
    NotFound,
    /// Another 4xx: the request itself was refused; Atlassian's reason is in `message`.
    #[error("Atlassian rejected the request ({status}): {message}")]
    Rejected { status: StatusCode, message: String },
    /// 429 or a gateway error that outlasted every retry.
    #[error("Atlassian is unavailable ({status}) after {attempts} attempts")]
    Unavailable { status: StatusCode, attempts: u32, retry_after: Option<Duration> },
    /// Too many consecutive failures on this host: calls pause until the circuit closes.
    #[error("calls to {host} are paused for {remaining:?} after repeated failures")]
    CircuitOpen { host: String, remaining: Duration },
    #[error("Atlassian did not answer in time")]
    Timeout,
    /// The request may have reached Atlassian but no answer came back: for a change, its outcome
    /// is unknown and the caller must re-read the state before trying again.
    #[error("the outcome of the request is unknown: {0}")]
    Ambiguous(String),
    #[error("cannot reach Atlassian: {0}")]
    Connect(String),
    #[error("Atlassian's answer could not be read: {0}")]
    Decode(String),
    /// A Jira, JSM or Confluence call with no site configured.
    #[error("no Atlassian site is configured")]
    SiteNotConfigured,
}

impl UpstreamError {
    /// Atlassian's status, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            UpstreamError::NotAuthorized { status }
            | UpstreamError::Rejected { status, .. }
            | UpstreamError::Unavailable { status, .. } => Some(*status),
            UpstreamError::NotFound => Some(StatusCode::NOT_FOUND),
            _ => None,
        }
    }
}
