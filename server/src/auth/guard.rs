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

#[cfg(test)]
mod tests {
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
}
