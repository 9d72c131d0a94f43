//! Input that must never take the server down: every request's body is held to
//! its route's stated limit before it is read whole, and every request to a time limit. The third
//! limit, on how long a client may take to send its headers, is the connection's (see
//! [`crate::Server::run`]).
//!
//! A body over the limit is refused with 413 and the translated `payload_too_large` error: at once
//! when its `Content-Length` says so, else as soon as the handler has read past the limit (a
//! chunked body has no length). Server functions answer with the error as JSON, other routes (the
//! sign-in forms) with a small page in the visitor's language.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use app::{error::AppError, i18n::message};
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};
use futures_util::StreamExt;
use http::{HeaderMap, StatusCode, header};

/// What every route takes unless it says otherwise: far more than any form or server function
/// sends (a full page of filters is a few hundred bytes, 5,000 account ids about 250 KB).
pub const DEFAULT_BODY_LIMIT: u64 = 1024 * 1024;

/// A bulk action's selection: up to 100,000 account ids (`app::bulk::MAX_JOB_USERS`) of up to 128
/// characters each, as JSON.
pub const SELECTION_BODY_LIMIT: u64 = 16 * 1024 * 1024;

/// The one route that takes an upload larger than the default: the bulk-action pre-flight, which
/// receives the admin's selection.
const SELECTION_PATH: &str = "/api/bulk/preflight";

/// The largest refused body that is still read (and dropped) so that its sender sees the 413.
const DRAIN_LIMIT: u64 = 8 * 1024 * 1024;

/// The body limit of the route at `path`, when the configured default is `default`.
pub fn body_limit(path: &str, default: u64) -> u64 {
    if path == SELECTION_PATH { default.max(SELECTION_BODY_LIMIT) } else { default }
}

/// The configured limits (`UAM_MAX_BODY_BYTES`, `UAM_REQUEST_TIMEOUT_SECS`).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub body: u64,
    pub request: Duration,
}

/// A body that went past its limit while it was read.
#[derive(Debug, thiserror::Error)]
#[error("the request body is over its limit of {0} bytes")]
struct OverLimit(u64);

/// The middleware; its state is the configured limits.
pub async fn guard(State(limits): State<Limits>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let limit = body_limit(&path, limits.body);
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if let Some(length) = announced.filter(|length| *length > limit) {
        tracing::warn!(path, length, limit, "request body refused: over the limit");
        let response = refusal(&path, request.headers(), AppError::PayloadTooLarge);
        if length <= DRAIN_LIMIT {
            // Read and dropped, never kept: a client still sending when the connection closes gets
            // a reset instead of this answer. Larger bodies are not worth it; the connection closes.
            let mut body = request.into_body().into_data_stream();
            let _ = tokio::time::timeout(limits.request, async { while let Some(Ok(_)) = body.next().await {} }).await;
        }
        return response;
    }
    // Kept for the refusal page's language (the request itself moves into the handler).
    let headers = request.headers().clone();
    let exceeded = Arc::new(AtomicBool::new(false));
    let request = {
        let exceeded = Arc::clone(&exceeded);
        let mut seen: u64 = 0;
        request.map(move |body| {
            // Counted as it streams, so a body without a length stops at the limit, never read whole.
            Body::from_stream(body.into_data_stream().map(move |chunk| {
                let chunk = chunk.map_err(axum::BoxError::from)?;
                seen = seen.saturating_add(chunk.len() as u64);
                if seen > limit {
                    exceeded.store(true, Ordering::Relaxed);
                    return Err(OverLimit(limit).into());
                }
                Ok::<_, axum::BoxError>(chunk)
            }))
        })
    };
    match tokio::time::timeout(limits.request, next.run(request)).await {
        // Whatever the handler made of the cut-off body (a server function's decoding error, a
        // form's rejection), the answer is that it was too large.
        Ok(_) if exceeded.load(Ordering::Relaxed) => {
            tracing::warn!(path, limit, "request body refused: over the limit");
            refusal(&path, &headers, AppError::PayloadTooLarge)
        }
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(path, seconds = limits.request.as_secs(), "request stopped: over the time limit");
            refusal(&path, &headers, AppError::Timeout)
        }
    }
}

/// The refusal: the error as JSON for a server function, else a small page in the visitor's
/// language with a way back (these routes are plain form posts and pages).
fn refusal(path: &str, headers: &HeaderMap, error: AppError) -> Response {
    let status = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::BAD_REQUEST);
    if path.starts_with("/api/") {
        return (status, axum::Json(error)).into_response();
    }
    let locale = crate::prefs::of_request(headers).locale;
    let text = |id: &str| crate::prefs::html_text(&message(locale, id, None));
    let (back, back_label) =
        if path.starts_with("/auth/") { ("/login", "login-back") } else { ("/", "not-found-action") };
    let page = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{}</title></head><body><main><h1>{}</h1><p>{}</p>\
         <p><a href=\"{back}\">{}</a></p></main></body></html>",
        locale.tag(),
        text("app-name"),
        text("error-title"),
        text(error.message_id()),
        text(back_label),
    );
    (status, Html(page)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_selection_takes_more_than_the_default() {
        assert_eq!(body_limit("/api/users", DEFAULT_BODY_LIMIT), DEFAULT_BODY_LIMIT);
        assert_eq!(body_limit("/auth/login", 4096), 4096);
        assert_eq!(body_limit(SELECTION_PATH, DEFAULT_BODY_LIMIT), SELECTION_BODY_LIMIT);
        // An operator's larger default applies to the selection too.
        assert_eq!(body_limit(SELECTION_PATH, 64 << 20), 64 << 20);
        // 100,000 ids of the longest kind fit.
        let id = format!("\"{}\",", "x".repeat(128));
        assert!((id.len() * app::bulk::MAX_JOB_USERS) as u64 + 1024 < SELECTION_BODY_LIMIT);
    }
}
