//! The middleware in front of every route: anonymous visitors reach only health, the browser
//! bundle and the sign-in flow; everything else needs an admin session (pages redirect to the
//! sign-in page, server functions answer 401). Responses to signed-in requests are never cached.

use std::sync::Arc;

use axum::{
    extract::{Request, State},
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

pub async fn require_admin(State(access): State<Arc<Access>>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
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

/// Where to go after signing in: only a path on this server (never `//host` or a full URL).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => path.to_owned(),
        _ => "/".to_owned(),
    }
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

    #[test]
    fn next_is_always_a_local_path() {
        assert_eq!(safe_next(Some("/users?x=1")), "/users?x=1");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "users"] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
