//! Cross-site request forgery protection: a request that changes
//! anything must come from our own pages. Browsers say where a request comes from in
//! `Sec-Fetch-Site`; without it, the `Origin` must be exactly ours. Server functions take JSON
//! only, so no HTML form on another site can post to them. No CORS headers are ever sent.
//!
//! `Sec-Fetch-Site: none` (the user started the request: a bookmark, a typed address) says
//! nothing about where a state-changing request's content came from, so it counts as no Fetch
//! Metadata at all: the `Origin` must be ours. The answers to checked requests depend on those two
//! headers and say so in `Vary`, so that no cache serves one origin's answer to another.
//!
//! One route is exempt: `/forge/launch`, which Forge's servers call (no browser, no cookie) with a
//! signed invocation token that is its whole authentication; a forged request has no such token.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};

/// The Forge Remote endpoint: authenticated by its bearer token alone, never by a cookie.
const FORGE_LAUNCH: &str = "/forge/launch";

/// What to do with a request.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Not from our pages.
    Forbidden,
    /// A server-function call whose body is not JSON.
    NotJson,
}

/// Decides on a request from its method, path and headers. `our_origin` is the public URL's
/// origin when configured; otherwise the origin the request's `Host` names.
pub fn check(method: &Method, path: &str, headers: &HeaderMap, our_origin: Option<&str>) -> Verdict {
    if !is_checked(method, path) {
        return Verdict::Allow;
    }
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin") => {}
        None | Some("none") => {
            let host_origin = text(header::HOST).map(|host| format!("http://{host}"));
            let ours = our_origin.map(str::to_owned).or(host_origin);
            if ours.is_none() || text(header::ORIGIN) != ours.as_deref() {
                return Verdict::Forbidden;
            }
        }
        Some(_) => return Verdict::Forbidden,
    }
    let json = text(header::CONTENT_TYPE)
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
    if path.starts_with("/api/") && !json {
        return Verdict::NotJson;
    }
    Verdict::Allow
}

/// Whether a request is checked at all: reads, and the Forge launch, are not.
pub fn is_checked(method: &Method, path: &str) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) && path != FORGE_LAUNCH
}

/// The middleware; its state is the configured public origin, if any.
pub async fn guard(State(our_origin): State<Option<String>>, request: Request, next: Next) -> Response {
    let checked = is_checked(request.method(), request.uri().path());
    let mut response = decide(our_origin.as_deref(), request, next).await;
    if checked {
        response.headers_mut().append(header::VARY, HeaderValue::from_static("Origin, Sec-Fetch-Site"));
    }
    response
}

async fn decide(our_origin: Option<&str>, request: Request, next: Next) -> Response {
    let verdict = check(request.method(), request.uri().path(), request.headers(), our_origin);
    let refuse = |status: StatusCode, body: serde_json::Value| {
        tracing::warn!(method = %request.method(), path = request.uri().path(), status = status.as_u16(), "request refused");
        (status, axum::Json(body)).into_response()
    };
    match verdict {
        Verdict::Allow => next.run(request).await,
        Verdict::Forbidden => refuse(StatusCode::FORBIDDEN, serde_json::json!({ "code": "forbidden" })),
        Verdict::NotJson => refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            serde_json::json!({ "code": "invalid_input", "field": "content-type" }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().expect("header value"));
        }
        map
    }

    const JSON: (&str, &str) = ("content-type", "application/json");

    #[test]
    fn reads_pass_and_fetch_metadata_decides_first() {
        assert_eq!(check(&Method::GET, "/users", &headers(&[("sec-fetch-site", "cross-site")]), None), Verdict::Allow);
        for site in ["cross-site", "same-site"] {
            let h = headers(&[("sec-fetch-site", site), ("host", "a:1"), ("origin", "http://a:1"), JSON]);
            assert_eq!(check(&Method::POST, "/api/x", &h, None), Verdict::Forbidden, "{site}");
        }
        let h = headers(&[("sec-fetch-site", "same-origin"), JSON]);
        assert_eq!(check(&Method::POST, "/api/x", &h, None), Verdict::Allow);
    }

    #[test]
    fn a_request_the_user_started_needs_our_origin_too() {
        let none = |pairs: &[(&'static str, &str)]| {
            let mut all = vec![("sec-fetch-site", "none"), ("host", "a:1"), JSON];
            all.extend_from_slice(pairs);
            check(&Method::POST, "/api/x", &headers(&all), None)
        };
        assert_eq!(none(&[]), Verdict::Forbidden, "no origin");
        assert_eq!(none(&[("origin", "http://evil.example")]), Verdict::Forbidden);
        assert_eq!(none(&[("origin", "null")]), Verdict::Forbidden);
        assert_eq!(none(&[("origin", "http://a:1")]), Verdict::Allow);
        assert!(!is_checked(&Method::GET, "/api/x") && !is_checked(&Method::POST, "/forge/launch"));
        assert!(is_checked(&Method::POST, "/api/x") && is_checked(&Method::DELETE, "/users"));
    }

    #[test]
    fn without_fetch_metadata_the_origin_must_be_exactly_ours() {
        let post = |pairs: &[(&'static str, &str)], ours| check(&Method::POST, "/api/x", &headers(pairs), ours);
        assert_eq!(post(&[("host", "a:1"), ("origin", "http://a:1"), JSON], None), Verdict::Allow);
        assert_eq!(post(&[("host", "a:1"), ("origin", "http://evil.example"), JSON], None), Verdict::Forbidden);
        assert_eq!(post(&[("host", "a:1"), JSON], None), Verdict::Forbidden, "no origin at all");
        assert_eq!(post(&[("host", "a:1"), ("origin", "http://a:1.evil"), JSON], None), Verdict::Forbidden);
        let public = Some("https://uam.example.com");
        assert_eq!(
            post(&[("host", "uam.example.com"), ("origin", "https://uam.example.com"), JSON], public),
            Verdict::Allow
        );
        assert_eq!(
            post(&[("host", "uam.example.com"), ("origin", "http://uam.example.com"), JSON], public),
            Verdict::Forbidden
        );
    }

    #[test]
    fn only_the_forge_launch_is_exempt() {
        let h = headers(&[("host", "a:1"), JSON]);
        assert_eq!(check(&Method::POST, "/forge/launch", &h, None), Verdict::Allow);
        assert_eq!(check(&Method::POST, "/forge/launch/x", &h, None), Verdict::Forbidden);
        assert_eq!(check(&Method::POST, "/embed/session", &h, None), Verdict::Forbidden);
    }

    #[test]
    fn server_functions_take_json_only() {
        let call = |ct: &str| {
            check(&Method::POST, "/api/x", &headers(&[("sec-fetch-site", "same-origin"), ("content-type", ct)]), None)
        };
        assert_eq!(call("application/json; charset=utf-8"), Verdict::Allow);
        for ct in ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"] {
            assert_eq!(call(ct), Verdict::NotJson, "{ct}");
        }
    }
}
