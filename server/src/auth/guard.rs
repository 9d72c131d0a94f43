//! The middleware in front of every route: anonymous visitors reach only health, the browser
//! bundle and the sign-in flow; everything else needs an admin session (pages redirect to the
//! sign-in page, server functions answer 401). Responses to signed-in requests are never cached.

use std::sync::Arc;

use axum::{
    extract::{MatchedPath, Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use http::{HeaderValue, StatusCode, header};

use app::auth::encode_query_value;

use super::Access;

/// Paths anyone may open. Server functions of the sign-in and set-up pages are listed one by one;
/// so are the Jira panel's way in (its token-checked launch, the page that opens its session).
pub fn is_public(path: &str) -> bool {
    matches!(
        path,
        "/healthz"
            | "/login"
            | "/setup"
            | "/preferences"
            | "/api/login_options"
            | "/api/setup_status"
            | "/forge/launch"
            | "/embed"
            | "/embed/launch.js"
            | "/embed/session"
    ) || path.starts_with("/pkg/")
        || path.starts_with("/auth/")
}

/// Prefixes whose routes are public: under them only what a route serves exists.
const ROUTE_ONLY_PREFIXES: [&str; 2] = ["/pkg/", "/auth/"];

pub async fn require_admin(State(access): State<Arc<Access>>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    // The guard is layered on the router, so it runs after routing: a path under a public prefix
    // that no route matched would reach the app's fallback, which renders the whole app for
    // anyone. It gets a small plain 404 instead.
    if ROUTE_ONLY_PREFIXES.iter().any(|prefix| path.starts_with(prefix))
        && request.extensions().get::<MatchedPath>().is_none()
    {
        let locale = crate::prefs::of_request(request.headers()).locale;
        let headers = [(header::CACHE_CONTROL, "no-store"), (header::CONTENT_TYPE, "text/plain; charset=utf-8")];
        let text = app::i18n::message(locale, "not-found-title", None);
        return (StatusCode::NOT_FOUND, headers, format!("{text}\n")).into_response();
    }
    // The bundle and the health check never depend on who asks: no session lookup for them.
    if path.starts_with("/pkg/") || path == "/healthz" {
        return next.run(request).await;
    }
    let cookie = crate::prefs::cookies(request.headers());
    let embedded = app::embed::is_embed_path(&path);
    // The panel's pages go by the panel's session; everything else by the tab's, or else the
    // panel's (server functions and exports are called from both).
    let names: &[&str] = if embedded {
        &[super::session::CookieNames::EMBED_SESSION]
    } else {
        &[access.cookies.session(), super::session::CookieNames::EMBED_SESSION]
    };
    let mut admin = None;
    for id in names.iter().filter_map(|name| app::prefs::cookie_value(&cookie, name)) {
        admin = access.resolve(id, Utc::now()).await;
        if admin.is_some() {
            break;
        }
    }
    let signed_in = admin.is_some();
    match admin {
        // Already signed in: the sign-in page has nothing to offer.
        Some(_) if path == "/login" => return Redirect::to("/").into_response(),
        Some(admin) => {
            request.extensions_mut().insert(admin);
        }
        None if is_public(&path) => {}
        None if path.starts_with("/api/") => {
            let body = axum::Json(serde_json::json!({ "code": "unauthorized" }));
            return (StatusCode::UNAUTHORIZED, body).into_response();
        }
        // The panel cannot show the sign-in page (it may not be framed): its first page asks the
        // Jira shell for a new launch code instead.
        None if embedded => return Redirect::to(app::embed::BASE).into_response(),
        None => {
            let next_path = request.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            let target = format!("/login?next={}", encode_query_value(next_path));
            return Redirect::to(&target).into_response();
        }
    }
    let mut response = next.run(request).await;
    if signed_in {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The longest `next` kept: a redirect target is a page of ours, never a document.
const NEXT_MAX_LENGTH: usize = 2048;
/// How often `next` is percent-decoded in search of a hidden trick: a proxy or a browser may
/// decode what we pass on once more, so a doubly encoded `%252F%252F` is as dangerous as `//`.
const DECODE_ROUNDS: usize = 3;

/// Where to go after signing in or choosing a language: only a path on this server, else `/`.
///
/// The target is parsed, not pattern-matched: it is resolved as a URL against a stand-in origin
/// and kept only when it stays on that origin, and what is returned is the parser's own
/// serialisation of its path, query and fragment (ASCII, percent-encoded), so that what the
/// browser follows is what was checked. Before that, every percent-decoding of it (up to
/// [`DECODE_ROUNDS`]) must be free of control characters (tab, CR, LF, `%01`...) and backslashes,
/// and its path must not begin with `//`, which some clients and proxies treat as another host.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(local_path).unwrap_or_else(|| "/".to_owned())
}

fn local_path(next: &str) -> Option<String> {
    if next.len() > NEXT_MAX_LENGTH || !next.starts_with('/') {
        return None;
    }
    let mut text = std::borrow::Cow::Borrowed(next);
    for _ in 0..=DECODE_ROUNDS {
        let path = text.split(['?', '#']).next().unwrap_or_default();
        if text.chars().any(|c| c.is_control() || c == '\\') || path.starts_with("//") {
            return None;
        }
        let decoded = percent_decode(&text);
        if decoded == text {
            break;
        }
        text = std::borrow::Cow::Owned(decoded);
    }
    let base = reqwest::Url::parse("https://origin.invalid/").ok()?;
    let resolved = base.join(next).ok()?;
    let mut local = resolved.path().to_owned();
    for (mark, part) in [('?', resolved.query()), ('#', resolved.fragment())] {
        if let Some(part) = part {
            local.push(mark);
            local.push_str(part);
        }
    }
    // Dot segments can collapse into `//` (`/..//host`): check the parser's result, not only the input.
    let same_origin = resolved.origin() == base.origin() && resolved.username().is_empty();
    (same_origin && local.starts_with('/') && !local.starts_with("//")).then(|| local.to_owned())
}

/// `%XX` sequences decoded (bytes that are not UTF-8 become U+FFFD); anything else unchanged.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn only_the_sign_in_flow_health_and_assets_are_public() {
        for path in [
            "/healthz",
            "/login",
            "/setup",
            "/preferences",
            "/auth/login",
            "/pkg/v1/frontend.js",
            "/api/login_options",
            "/forge/launch",
            "/embed",
            "/embed/session",
        ] {
            assert!(is_public(path), "{path}");
        }
        for path in [
            "/",
            "/users",
            "/settings",
            "/api/users",
            "/api/me",
            "/loginx",
            "/api/login_options/x",
            "/embed/",
            "/embed/users",
        ] {
            assert!(!is_public(path), "{path}");
        }
    }

    #[test]
    fn next_is_always_a_local_path() {
        assert_eq!(safe_next(Some("/users?x=1")), "/users?x=1");
        assert_eq!(safe_next(Some("/users?q=a%2Fb#top")), "/users?q=a%2Fb#top");
        assert_eq!(safe_next(Some("/embed/users")), "/embed/users");
        // The parser's own serialisation: what the browser follows is ASCII, what was checked.
        assert_eq!(safe_next(Some("/jobs/é x")), "/jobs/%C3%A9%20x");
        assert_eq!(safe_next(Some("/a/../users")), "/users");
        assert_eq!(safe_next(None), "/");
    }

    /// SR-47: every trick the review tried, each refused (falls back to `/`), none a panic.
    #[test]
    fn tricks_fall_back_to_the_dashboard() {
        for bad in [
            "//evil.example",
            "///evil.example",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "users",
            "",
            "/\\evil.example",
            "\\/evil.example",
            "/\tevil",
            "/\t/evil.example",
            "/\r\n/evil.example",
            "/users\nSet-Cookie: x=1",
            "/\u{1}",
            "/\u{7f}",
            "/\u{85}",
            "/%01",
            "/%0A",
            "/%0d%0aSet-Cookie:%20x=1",
            "/%09/evil.example",
            "/%2F%2Fevil.example",
            "/%2f/evil.example",
            "/%252F%252Fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/..//evil.example",
            "/a/../..//evil.example",
            "/./%2e%2e//evil.example",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(Some(&format!("/{}", "a".repeat(NEXT_MAX_LENGTH)))), "/");
    }

    proptest! {
        /// SR-47: whatever `next` is, the answer is `/` or a single-slash path without control
        /// characters that a URL parser resolves against our origin to our origin.
        #[test]
        fn any_next_stays_on_our_origin(
            next in prop_oneof![
                any::<String>(),
                "/\\PC{0,40}",
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "/", "//", "\\", "%2F", "%2f", "%5C", "%25", "%09", "%0A", "%00", "\t", "\n", ":",
                        "@", "..", ".", "%2e", "?", "#", "javascript:", "http:", "evil.example", "é", "\u{2028}",
                    ]),
                    0..12,
                ).prop_map(|parts| parts.concat()),
            ]
        ) {
            let local = safe_next(Some(&next));
            let base = reqwest::Url::parse("https://a.example/").expect("base");
            prop_assert!(local.starts_with('/') && !local.starts_with("//"), "{local:?}");
            prop_assert!(!local.chars().any(|c| c.is_control() || c == '\\'), "{local:?}");
            let followed = base.join(&local).expect("a path resolves");
            prop_assert_eq!(followed.origin(), base.origin(), "{:?} -> {:?}", next, local);
            prop_assert!(http::HeaderValue::from_str(&local).is_ok(), "a valid Location: {local:?}");
        }
    }
}
