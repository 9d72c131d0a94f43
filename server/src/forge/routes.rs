//! The Jira panel's routes: `/forge/launch` (Forge Remote, token-checked), the `/embed` page that
//! opens the panel's session from its launch code, and `/embed/session`, where it does.

use std::sync::Arc;

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::{SignInMethod, SignedIn},
    code::Code,
    i18n::{message, negotiate},
    prefs::{LOCALE_COOKIE, THEME_COOKIE, Theme, preference_cookie},
};
use axum::{
    Json, Router,
    extract::State,
    response::{Html, IntoResponse, Response},
    routing::{get, post},
};
use chrono::Utc;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use serde::Deserialize;
use serde_json::json;

use super::{Forge, launch::Grant};
use crate::{
    auth::{Access, Refusal, oauth::Identity, session::CookieNames},
    store::AuditEntry,
    upstream::api::admin::ProfileAccount,
};

pub struct PanelState {
    pub access: Arc<Access>,
    pub forge: Option<Arc<Forge>>,
    /// The browser bundle's folder (`pkg/<version>`), for the page's stylesheet.
    pub pkg_dir: String,
}

pub fn routes(state: Arc<PanelState>) -> Router {
    Router::new()
        .route("/forge/launch", post(launch))
        .route(app::embed::BASE, get(launch_page))
        .route("/embed/launch.js", get(launch_script))
        .route(app::embed::SESSION_PATH, post(open_session))
        .with_state(state)
}

fn answer(status: StatusCode, body: serde_json::Value) -> Response {
    let mut response = (status, Json(body)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn not_configured() -> Response {
    answer(StatusCode::NOT_FOUND, json!({ "code": "not_found" }))
}

/// `POST /forge/launch`: Forge Remote calls it for the panel's shell with the Jira user's
/// invocation token; a valid token buys a launch code for that user.
async fn launch(State(state): State<Arc<PanelState>>, headers: HeaderMap) -> Response {
    let Some(forge) = &state.forge else { return not_configured() };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or_default();
    match forge.verify(token.trim(), Utc::now().timestamp()).await {
        Ok(invocation) => {
            let grant = Grant {
                principal: invocation.principal,
                installation_id: invocation.installation_id,
                cloud_id: invocation.cloud_id,
            };
            let code = forge.launches.issue(grant, Utc::now());
            let base = state.access.base_url(&headers);
            answer(
                StatusCode::OK,
                json!({
                    "launchCode": code,
                    "embedUrl": format!("{base}{}", app::embed::BASE),
                    "expiresIn": super::launch::LIFETIME.num_seconds(),
                }),
            )
        }
        Err(refusal) => {
            // The reason is for the operator; the token (a credential) is never written anywhere.
            tracing::warn!(reason = %refusal, "a Forge invocation token was refused");
            answer(StatusCode::UNAUTHORIZED, json!({ "code": "unauthorized" }))
        }
    }
}

/// `GET /embed`: the panel's first page. Its script takes the launch code from the address's
/// fragment (which never reaches a server or a Referer), removes it, and trades it for a session;
/// with no code, or one that no longer works, it asks the Jira shell for a new one.
async fn launch_page(State(state): State<Arc<PanelState>>, headers: HeaderMap) -> Response {
    if state.forge.is_none() {
        return not_configured();
    }
    let prefs = crate::prefs::of_request(&headers);
    let locale = prefs.locale;
    let text = |id: &str| crate::prefs::html_text(&message(locale, id, None));
    let theme = prefs.theme.html_attribute().map(|t| format!(" data-theme=\"{t}\"")).unwrap_or_default();
    let states = ["opening", "expired", "refused", "unavailable"]
        .iter()
        .map(|state| {
            let hidden = if *state == "opening" { "" } else { " hidden" };
            format!("<p data-state=\"{state}\" role=\"status\"{hidden}>{}</p>", text(&format!("embed-{state}")))
        })
        .collect::<String>();
    let mut response = Html(format!(
        "<!DOCTYPE html><html lang=\"{lang}\"{theme} data-embedded><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\"><title>{title}</title>\
         <link rel=\"stylesheet\" href=\"/{pkg}/main.css\"></head>\
         <body><main id=\"main\" class=\"page embed-launch\"><h1>{title}</h1>{states}</main>\
         <script src=\"/embed/launch.js\" defer></script></body></html>",
        lang = locale.tag(),
        title = text("app-name"),
        pkg = state.pkg_dir,
    ))
    .into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The launch page's script: plain JavaScript, a separate file so the page needs no inline script.
async fn launch_script() -> Response {
    let mut response = include_str!("launch.js").into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[derive(Deserialize)]
struct SessionRequest {
    code: String,
    /// Jira's colour mode (`light` or `dark`), when the shell passed it.
    #[serde(default)]
    theme: Option<String>,
    /// Jira's language for the user (`de_DE`), when the shell passed it.
    #[serde(default)]
    locale: Option<String>,
}

/// Whether the Jira user a panel launch code was issued for may use the product: the same
/// checks as Sign in with Atlassian, with the account's name, e-mail and status read from the
/// Admin API (Forge vouches only for the account id).
async fn authorise(access: &Access, grant: &Grant) -> Result<SignedIn, Refusal> {
    // The Jira panel is waiting: a bounded read (the role check after it is bounded too).
    let account = match access.org.upstream().interactive().profile(&grant.principal).await {
        Ok(profile) => profile.account.unwrap_or_default(),
        // An account the org does not manage has no profile here; the role check still decides.
        Err(error) => {
            tracing::info!(%error, "no managed profile for the panel's user");
            ProfileAccount::default()
        }
    };
    let identity = Identity {
        account_id: grant.principal.clone(),
        email: account.email,
        name: account.name.unwrap_or_else(|| grant.principal.clone()),
        account_status: account.account_status,
    };
    let who = access.authorise_atlassian(&identity).await?;
    Ok(SignedIn { via: SignInMethod::Forge, installation: Some(grant.installation_id.clone()), ..who })
}

/// `POST /embed/session`: redeems a launch code once, checks that its Jira user is an org admin
/// (exactly as a tab's sign-in does), and opens the panel's session in a partitioned cookie. The
/// panel then follows Jira's theme and language.
async fn open_session(
    State(state): State<Arc<PanelState>>,
    headers: HeaderMap,
    Json(request): Json<SessionRequest>,
) -> Response {
    let Some(forge) = &state.forge else { return not_configured() };
    let access = &state.access;
    let Some(grant) = forge.launches.redeem(&request.code, Utc::now()) else {
        return answer(StatusCode::UNAUTHORIZED, json!({ "code": "unauthorized" }));
    };
    let who = match authorise(access, &grant).await {
        Ok(who) => who,
        Err(refusal) => {
            access
                .audit(AuditEntry {
                    auth_via: Some("forge".into()),
                    installation_id: Some(grant.installation_id.clone()),
                    details: json!({ "via": "forge", "reason": refusal.code(), "cloud_id": grant.cloud_id }),
                    ..AuditEntry::new(
                        &format!("atlassian:{}", grant.principal),
                        AuditAction::AuthnDenied,
                        AuditOutcome::Denied,
                    )
                })
                .await;
            let (status, code) = match refusal {
                Refusal::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
                _ => (StatusCode::FORBIDDEN, "forbidden"),
            };
            return answer(status, json!({ "code": code }));
        }
    };
    let cookies = crate::prefs::cookies(&headers);
    let previous = app::prefs::cookie_value(&cookies, CookieNames::EMBED_SESSION);
    let Ok(id) = access.open_session(&who, previous).await else {
        return answer(StatusCode::SERVICE_UNAVAILABLE, json!({ "code": "unavailable" }));
    };
    access
        .audit(AuditEntry {
            details: json!({ "via": "forge", "cloud_id": grant.cloud_id }),
            ..AuditEntry::new("", AuditAction::SignIn, AuditOutcome::Ok).by(&who)
        })
        .await;
    let mut response = answer(StatusCode::OK, json!({ "next": format!("{}/", app::embed::BASE) }));
    let mut set = vec![access.cookies.set_embedded(&id)];
    if let Some(theme) = request.theme.as_deref().map(Theme::parse).filter(|t| *t != Theme::System) {
        set.push(preference_cookie(THEME_COOKIE, theme.code(), true));
    }
    // Jira writes `de_DE`; a language we do not have falls back as `Accept-Language` would.
    if let Some(tag) = request.locale.as_deref().filter(|tag| !tag.trim().is_empty()) {
        let locale = negotiate(None, Some(&tag.replace('_', "-")));
        set.push(preference_cookie(LOCALE_COOKIE, locale.tag(), true));
    }
    for cookie in set {
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
