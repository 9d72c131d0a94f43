//! "Sign in with Atlassian": OAuth 2.0 authorization code with PKCE. `/authorize` shows a page
//! listing simulated accounts (org admins first) in place of Atlassian's login; `/oauth/token`
//! exchanges the code; `/me` returns the signed-in account.

use std::sync::{Arc, PoisonError};

use axum::{
    Json, Router,
    extract::{Query, State},
    response::{Html, IntoResponse, Redirect, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use http::{HeaderMap, StatusCode, header};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{Params, avatar, ok};
use crate::{
    model::{AccountKind, AccountStatus},
    respond::Family,
    rng::entropy_token,
    sim::Sim,
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/authorize", get(authorize))
        .route("/authorize/approve", get(approve))
        .route("/oauth/token", post(token))
        .route("/me", get(me))
}

fn err(status: StatusCode, message: &str) -> Response {
    Family::OAuth.error(status, message)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The account picker's look: a card in the middle of the page, like the sign-in it stands in for,
/// in light and dark; the whole row is the name's link (its text stays the account's name).
/// Inline, because the simulator serves nothing else a page could link to.
const PICKER_STYLE: &str = "\
:root{color-scheme:light dark;--text:light-dark(#172b4d,#b6c2cf);--subtle:light-dark(#44546f,#9fadbc);\
--bg:light-dark(#f7f8f9,#1d2125);--card:light-dark(#fff,#22272b);--line:light-dark(#091e4224,#a6c5e229);\
--brand:light-dark(#0c66e4,#579dff);--hover:light-dark(#e9f2ff,#1c2b41)}\
*{box-sizing:border-box}\
body{margin:0;min-height:100vh;display:flex;align-items:flex-start;justify-content:center;padding:3rem 1rem;\
font:16px/1.5 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:var(--text);background:var(--bg)}\
main{width:100%;max-width:28rem;padding:2rem;background:var(--card);border:1px solid var(--line);border-radius:12px;\
box-shadow:0 1px 1px #091e4240,0 0 1px #091e424f}\
h1{margin:0 0 .25rem;font-size:1.5rem}h2{margin:1.5rem 0 .5rem;font-size:.75rem;text-transform:uppercase;\
letter-spacing:.04em;color:var(--subtle)}\
.intro{margin:0;color:var(--subtle);font-size:.875rem}\
.badge{display:inline-block;margin:0 0 1rem;padding:0 .5rem;font-size:.75rem;font-weight:700;color:var(--brand);\
border:1px solid var(--brand);border-radius:3px}\
ul{margin:0;padding:0;list-style:none;border:1px solid var(--line);border-radius:6px}\
li+li{border-top:1px solid var(--line)}\
.account{position:relative;display:flex;align-items:center;gap:.75rem;padding:.625rem .75rem}\
.account:hover,.account:focus-within{background:var(--hover)}\
.name{font-weight:600;color:inherit;text-decoration:none}\
.name::after{content:'';position:absolute;inset:0}\
.name:focus-visible{outline:none}.account:has(.name:focus-visible){outline:2px solid var(--brand);outline-offset:-2px}\
.avatar{flex:none;display:grid;place-items:center;width:2rem;height:2rem;border-radius:50%;font-size:.75rem;\
font-weight:700;color:var(--card);background:var(--brand)}\
.who{display:grid;min-width:0;flex:1}\
.email{font-size:.875rem;color:var(--subtle);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}\
.role{flex:none;font-size:.75rem;color:var(--subtle)}";

/// The consent page: one link per account that may sign in, org admins first.
async fn authorize(State(sim): State<Arc<Sim>>, Query(params): Query<Params>) -> Response {
    if params.get("client_id") != Some(sim.config.oauth_client_id.as_str()) {
        return err(StatusCode::BAD_REQUEST, "Unknown client_id");
    }
    if params.get("response_type") != Some("code") || params.get("redirect_uri").is_none() {
        return err(StatusCode::BAD_REQUEST, "response_type=code and redirect_uri are required");
    }
    let world = sim.world();
    let people = world
        .accounts
        .iter()
        .filter(|a| a.kind == AccountKind::Atlassian && a.status == AccountStatus::Active && a.directory.is_some());
    let admins: Vec<_> = people.clone().filter(|a| a.org_admin).collect();
    let others: Vec<_> = people.filter(|a| !a.org_admin).take(12).collect();
    let passthrough: String = params.0.iter().map(|(k, v)| format!("&{}={}", encode(k), encode(v))).collect();
    let row = |a: &&crate::model::Account, admin: bool| {
        let initials: String = a.name.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect();
        format!(
            "<li class=\"account\"><span class=\"avatar\" aria-hidden=\"true\">{}</span><span class=\"who\">\
             <a class=\"name\" href=\"/authorize/approve?account_id={}{}\">{}</a><span class=\"email\">{}</span></span>{}</li>",
            escape(&initials),
            encode(&a.id),
            escape(&passthrough),
            escape(&a.name),
            escape(&a.email),
            if admin { "<strong class=\"role\">organization admin</strong>" } else { "" }
        )
    };
    let admins_list: String = admins.iter().map(|a| row(a, true)).collect();
    let others_list: String = others.iter().map(|a| row(a, false)).collect();
    Html(format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"icon\" href=\"data:,\">\
         <title>Log in to continue – Atlassian (simulated)</title><style>{PICKER_STYLE}</style></head>\
         <body><main><p class=\"badge\">Simulated Atlassian sign-in</p><h1>Choose an account</h1>\
         <p class=\"intro\">to continue to User Account Manager for <strong>{}</strong>. Organization admins may use it; \
         other accounts are refused.</p>\
         <h2>Organization admins</h2><ul>{admins_list}</ul><h2>Other accounts</h2><ul>{others_list}</ul></main></body></html>",
        escape(&world.org_name)
    ))
    .into_response()
}

async fn approve(State(sim): State<Arc<Sim>>, Query(params): Query<Params>) -> Response {
    let (Some(account_id), Some(redirect_uri)) = (params.get("account_id"), params.get("redirect_uri")) else {
        return err(StatusCode::BAD_REQUEST, "account_id and redirect_uri are required");
    };
    if sim.world().account(account_id).is_none() {
        return err(StatusCode::BAD_REQUEST, "Unknown account");
    }
    let code = entropy_token();
    let challenge = params.get("code_challenge").map(str::to_owned);
    sim.oauth.lock().unwrap_or_else(PoisonError::into_inner).codes.insert(
        code.clone(),
        (account_id.to_owned(), redirect_uri.to_owned(), challenge, Utc::now() + Duration::minutes(5)),
    );
    let separator = if redirect_uri.contains('?') { '&' } else { '?' };
    let state = params.get("state").map(|s| format!("&state={}", encode(s))).unwrap_or_default();
    Redirect::to(&format!("{redirect_uri}{separator}code={code}{state}")).into_response()
}

#[derive(Deserialize)]
struct TokenRequest {
    grant_type: String,
    client_id: String,
    client_secret: Option<String>,
    code: String,
    redirect_uri: String,
    code_verifier: Option<String>,
}

/// Accepts the token request as JSON (as Atlassian documents) or as a form (as OAuth clients send).
async fn token(State(sim): State<Arc<Sim>>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let request: Option<TokenRequest> =
        if is_json { serde_json::from_slice(&body).ok() } else { serde_urlencoded::from_bytes(&body).ok() };
    let Some(request) = request else { return err(StatusCode::BAD_REQUEST, "invalid_request") };
    if request.grant_type != "authorization_code" {
        return err(StatusCode::BAD_REQUEST, "unsupported_grant_type");
    }
    if request.client_id != sim.config.oauth_client_id
        || request.client_secret.as_deref() != Some(sim.config.oauth_client_secret.as_str())
    {
        return err(StatusCode::UNAUTHORIZED, "invalid_client");
    }
    let mut oauth = sim.oauth.lock().unwrap_or_else(PoisonError::into_inner);
    // A code works once, whatever happens next.
    let Some((account_id, redirect_uri, challenge, expires)) = oauth.codes.remove(&request.code) else {
        return err(StatusCode::FORBIDDEN, "invalid_grant");
    };
    if expires < Utc::now() || redirect_uri != request.redirect_uri {
        return err(StatusCode::FORBIDDEN, "invalid_grant");
    }
    if let Some(challenge) = challenge {
        let verified =
            request.code_verifier.is_some_and(|v| URL_SAFE_NO_PAD.encode(Sha256::digest(v.as_bytes())) == challenge);
        if !verified {
            return err(StatusCode::FORBIDDEN, "invalid_grant: PKCE verification failed");
        }
    }
    let access_token = entropy_token() + &entropy_token();
    oauth.tokens.insert(access_token.clone(), account_id);
    Json(json!({ "access_token": access_token, "expires_in": 3600, "token_type": "Bearer", "scope": "read:me" }))
        .into_response()
}

async fn me(State(sim): State<Arc<Sim>>, headers: HeaderMap) -> Response {
    let token =
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let account_id =
        token.and_then(|t| sim.oauth.lock().unwrap_or_else(PoisonError::into_inner).tokens.get(t).cloned());
    let Some(account_id) = account_id else { return err(StatusCode::UNAUTHORIZED, "Unauthorized") };
    let world = sim.world();
    let Some(ix) = world.account(&account_id) else { return err(StatusCode::UNAUTHORIZED, "Unauthorized") };
    let a = world.acc(ix);
    ok(json!({
        "account_type": a.kind,
        "account_id": a.id,
        "email": a.email,
        "email_verified": !a.invitation_pending,
        "name": a.name,
        "picture": avatar(&a.id),
        "account_status": a.status,
        "nickname": a.nickname,
        "zoneinfo": a.time_zone,
        "locale": "en-US",
        "extended_profile": { "job_title": a.job_title, "department": a.department, "organization": world.org_name },
    }))
}
