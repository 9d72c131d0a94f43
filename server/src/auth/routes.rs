//! The sign-in flow's own routes, plain form posts and redirects so they work before (and
//! without) the app's script: local sign-in, set-up of the first admin, Sign in with Atlassian
//! and sign-out. Every outcome is audited.

use std::{net::SocketAddr, sync::Arc};

use app::{
    audit::{AuditAction, AuditOutcome},
    auth::{SignedIn, encode_query_value},
    code::Code,
    i18n::message,
};
use axum::{
    Extension, Form, Router,
    extract::{ConnectInfo, Query, State},
    response::{Html, IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::Utc;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use secrecy::SecretString;
use serde::Deserialize;
use serde_json::json;

use super::{Access, NewAdmin, NewAdminError, Refusal, failures::Refused, limits, session};
use crate::{redirect::safe_next, store::AuditEntry};

pub fn routes() -> Router<Arc<Access>> {
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
        .route("/auth/setup", post(setup))
        .route("/auth/atlassian", get(atlassian_start))
        .route("/auth/atlassian/callback", get(atlassian_callback))
}

fn back_to_login(error: &str, next: Option<&str>) -> Response {
    let next = next.map(|n| format!("&next={}", encode_query_value(&safe_next(Some(n))))).unwrap_or_default();
    Redirect::to(&format!("/login?error={error}{next}")).into_response()
}

/// Signs `who` in: a new session (replacing the browser's old one), its cookie, and the audit.
async fn signed_in(access: &Access, headers: &HeaderMap, who: &SignedIn, next: Option<&str>) -> Response {
    let cookies = crate::prefs::cookies(headers);
    let previous = app::prefs::cookie_value(&cookies, access.cookies.session());
    let Ok(id) = access.open_session(who, previous).await else { return back_to_login("unavailable", next) };
    access
        .audit(AuditEntry {
            details: json!({ "via": who.via.code() }),
            ..AuditEntry::new("", AuditAction::SignIn, AuditOutcome::Ok).by(who)
        })
        .await;
    let mut response = Redirect::to(&safe_next(next)).into_response();
    if let Ok(value) = HeaderValue::from_str(&access.cookies.set(access.cookies.session(), &id)) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: SecretString,
    #[serde(default)]
    totp: Option<String>,
    #[serde(default)]
    next: Option<String>,
}

async fn login(
    State(access): State<Arc<Access>>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    use secrecy::ExposeSecret;
    let peer = connect.map(|Extension(ConnectInfo(peer))| peer.ip());
    let address = limits::client_address(peer, &headers, &access.trusted_proxies);
    let code = form.totp.as_deref().filter(|c| !c.trim().is_empty());
    match access.check_local(&form.login, form.password.expose_secret(), code, &address).await {
        Ok(who) => signed_in(&access, &headers, &who, form.next.as_deref()).await,
        Err(refusal) => {
            // Coalesced, and only the cut login is kept: a flood of wrong guesses writes a few rows.
            let actor = format!("local:{}", limits::typed_login(&form.login));
            let refused = Refused { via: "local", actor, reason: refusal.code(), address };
            access.refusals.record(access.org.store(), refused).await;
            back_to_login(refusal.code(), form.next.as_deref())
        }
    }
}

async fn logout(State(access): State<Arc<Access>>, headers: HeaderMap) -> Response {
    if let Some(id) = app::prefs::cookie_value(&crate::prefs::cookies(&headers), access.cookies.session()) {
        if let Some(who) = access.resolve(id, Utc::now()).await {
            access.audit(AuditEntry::new("", AuditAction::SignOut, AuditOutcome::Ok).by(&who)).await;
        }
        access.close_session(id).await;
    }
    let mut response = Redirect::to("/login?signed_out=1").into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&access.cookies.clear(access.cookies.session())) {
        headers.append(header::SET_COOKIE, value);
    }
    headers.insert("clear-site-data", HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""));
    response
}

#[derive(Deserialize)]
struct SetupForm {
    token: String,
    login: String,
    name: String,
    password: SecretString,
    password_again: SecretString,
    #[serde(default)]
    totp_seed: Option<String>,
    #[serde(default)]
    totp_code: Option<String>,
}

async fn setup(State(access): State<Arc<Access>>, headers: HeaderMap, Form(form): Form<SetupForm>) -> Response {
    use secrecy::ExposeSecret;
    let token_hash = session::digest(&form.token);
    let again = |error: &str| {
        Redirect::to(&format!("/setup?token={}&error={error}", encode_query_value(&form.token))).into_response()
    };
    match access.org.store().setup_token_valid(&token_hash, Utc::now()).await {
        Ok(true) => {}
        Ok(false) => {
            return (StatusCode::UNAUTHORIZED, refusal_page(&headers, "login-error-setup-link")).into_response();
        }
        Err(_) => return again("unavailable"),
    }
    if form.password.expose_secret() != form.password_again.expose_secret() {
        return again("setup-input");
    }
    let totp = match (form.totp_seed, form.totp_code) {
        (Some(seed), Some(code)) if !code.trim().is_empty() => Some((seed, code)),
        _ => None,
    };
    let new = NewAdmin { login: form.login, name: form.name, password: form.password, totp };
    // Everything is checked before the link is used up: a typo costs nothing.
    if let Err(error) = access.local.validate_admin(&new) {
        return again(if matches!(error, NewAdminError::Totp) { "totp" } else { "setup-input" });
    }
    match access.org.store().redeem_setup_token(&token_hash, Utc::now()).await {
        Ok(true) => {}
        _ => return (StatusCode::UNAUTHORIZED, refusal_page(&headers, "login-error-setup-link")).into_response(),
    }
    match access.local.create_admin(&new, "setup-link").await {
        Ok(admin) => {
            // This code signs the new admin in, so it is used up like a sign-in's.
            if let Some((seed, code)) = &new.totp
                && let Some(step) = super::totp::matching_step(seed, code, Utc::now().timestamp())
                && access.org.store().accept_totp_step(&admin.login, step).await.is_err()
            {
                return again("unavailable");
            }
            let who = SignedIn {
                account_id: admin.login,
                name: admin.name,
                email: None,
                via: app::auth::SignInMethod::Local,
                installation: None,
            };
            signed_in(&access, &headers, &who, Some("/")).await
        }
        Err(error) => {
            tracing::warn!(%error, "the set-up link could not create the first admin");
            again("setup-input")
        }
    }
}

#[derive(Deserialize)]
struct StartQuery {
    next: Option<String>,
}

/// Our callback URL, under the address we are reached at.
fn callback_url(access: &Access, headers: &HeaderMap) -> String {
    format!("{}/auth/atlassian/callback", access.base_url(headers))
}

async fn atlassian_start(
    State(access): State<Arc<Access>>,
    headers: HeaderMap,
    Query(query): Query<StartQuery>,
) -> Response {
    let Some(oauth) = &access.oauth else { return back_to_login("unavailable", None) };
    let next = safe_next(query.next.as_deref());
    // A signed-in admin re-authenticating: their flow is kept apart from anonymous ones.
    let session =
        app::prefs::cookie_value(&crate::prefs::cookies(&headers), access.cookies.session()).map(str::to_owned);
    let owner = match session {
        Some(id) => access.resolve(&id, Utc::now()).await.map(|who| who.actor()),
        None => None,
    };
    let (url, binding) = oauth.start_for(&callback_url(&access, &headers), next, owner, Utc::now());
    let mut response = Redirect::to(url.as_str()).into_response();
    if let Ok(value) = HeaderValue::from_str(&access.cookies.set(access.cookies.login(), &binding)) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
}

async fn atlassian_callback(
    State(access): State<Arc<Access>>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    let Some(oauth) = &access.oauth else { return back_to_login("unavailable", None) };
    let cookies = crate::prefs::cookies(&headers);
    let binding = app::prefs::cookie_value(&cookies, access.cookies.login());
    let Ok(flow) = oauth.take(query.state.as_deref(), binding, Utc::now()) else {
        // Anyone can send these: counted, and written at most once a minute with the count.
        let refused = Refused { via: "atlassian", actor: "anonymous".into(), reason: "state", address: String::new() };
        access.refusals.record(access.org.store(), refused).await;
        let refused = (StatusCode::BAD_REQUEST, refusal_page(&headers, "login-error-state")).into_response();
        return with_cleared_login(&access, refused);
    };
    let identity = match oauth.exchange(&flow, query.code.as_deref()).await {
        Ok(identity) => identity,
        Err(error) => {
            tracing::warn!(%error, "Sign in with Atlassian failed");
            return with_cleared_login(&access, back_to_login("unavailable", Some(&flow.next)));
        }
    };
    match access.authorise_atlassian(&identity).await {
        Ok(who) => with_cleared_login(&access, signed_in(&access, &headers, &who, Some(&flow.next)).await),
        Err(refusal) => {
            let actor = format!("atlassian:{}", identity.account_id);
            access
                .audit(AuditEntry {
                    actor_name: Some(identity.name.clone()),
                    auth_via: Some("atlassian".into()),
                    details: json!({ "via": "atlassian", "reason": refusal.code() }),
                    ..AuditEntry::new(&actor, AuditAction::AuthnDenied, AuditOutcome::Denied)
                })
                .await;
            let status =
                if refusal == Refusal::Unavailable { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::FORBIDDEN };
            let id = format!("login-error-{}", refusal.code());
            with_cleared_login(&access, (status, refusal_page(&headers, &id)).into_response())
        }
    }
}

fn with_cleared_login(access: &Access, mut response: Response) -> Response {
    if let Ok(value) = HeaderValue::from_str(&access.cookies.clear(access.cookies.login())) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A small page saying why a sign-in stopped, in the visitor's language, with a way back.
fn refusal_page(headers: &HeaderMap, message_id: &str) -> Html<String> {
    let locale = crate::prefs::of_request(headers).locale;
    let escape = |s: String| crate::prefs::html_text(&s);
    Html(format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title></head><body><main><h1>{}</h1><p>{}</p><p><a href=\"/login\">{}</a></p></main></body></html>",
        locale.tag(),
        escape(message(locale, "app-name", None)),
        escape(message(locale, "login-refused-title", None)),
        escape(message(locale, message_id, None)),
        escape(message(locale, "login-back", None)),
    ))
}
