//! Security headers on every response, in two profiles (see docs/security.md). Pages
//! carry their own CSP with a fresh nonce, set as they render; everything else gets the same policy
//! without one. Who may frame a response is added here, by path: nobody, except that the Jira
//! panel's pages (`/embed` and below) may be framed by the configured Jira sites and Forge's frames.

use std::sync::Arc;

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http::{HeaderName, HeaderValue, header};

const FIXED: &[(&str, &str)] = &[
    ("strict-transport-security", "max-age=31536000; includeSubDomains"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
];

/// Only for responses that may not be framed: a panel page must not sever its opener or refuse
/// its frame (`X-Frame-Options` has no way to name the Jira site).
const STANDALONE: &[(&str, &str)] = &[("cross-origin-opener-policy", "same-origin"), ("x-frame-options", "DENY")];

/// Who may frame the panel's pages: the `frame-ancestors` sources, or none when the panel is not
/// configured.
#[derive(Clone, Debug, Default)]
pub struct Framing {
    pub panel_ancestors: Option<String>,
}

pub async fn secure(State(framing): State<Arc<Framing>>, request: Request, next: Next) -> Response {
    let panel = app::embed::is_embed_path(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in FIXED {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    let ancestors = match (&framing.panel_ancestors, panel) {
        (Some(sources), true) => sources.as_str(),
        _ => {
            for (name, value) in STANDALONE {
                headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
            }
            "'none'"
        }
    };
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|value| value.to_str().ok())
        .map_or_else(|| app::csp::policy(None), str::to_owned);
    if let Ok(value) = HeaderValue::from_str(&format!("{policy}; frame-ancestors {ancestors}")) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}
