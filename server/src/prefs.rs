//! Resolves each page request's language and theme before rendering, and remembers the language in
//! a cookie so that every later request (and the hydrated page) uses the same one.

use app::{
    code::Code,
    prefs::{LOCALE_COOKIE, Prefs, cookie_value, preference_cookie},
};
use axum::{extract::Request, middleware::Next, response::Response};
use http::{HeaderMap, HeaderValue, header};

/// Every `Cookie` header of a request, as one.
pub(crate) fn cookies(headers: &HeaderMap) -> String {
    headers.get_all(header::COOKIE).iter().filter_map(|value| value.to_str().ok()).collect::<Vec<_>>().join("; ")
}

/// The language and theme a request asks for (pages outside the app, like the sign-in refusal
/// and the Jira panel's launch page, are in it too).
pub(crate) fn of_request(headers: &HeaderMap) -> Prefs {
    let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
    Prefs::from_request(Some(&cookies(headers)), accept_language)
}

/// Text for an HTML element's content, escaped.
pub(crate) fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub async fn resolve(mut request: Request, next: Next) -> Response {
    let cookies = cookies(request.headers());
    let prefs = of_request(request.headers());
    let remembered = cookie_value(&cookies, LOCALE_COOKIE) == Some(prefs.locale.tag());
    let embedded = app::embed::is_embed_path(request.uri().path());
    request.extensions_mut().insert(prefs);

    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !remembered
        && let Ok(cookie) = HeaderValue::from_str(&preference_cookie(LOCALE_COOKIE, prefs.locale.tag(), embedded))
    {
        headers.append(header::SET_COOKIE, cookie);
    }
    headers.append(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
    response
}

/// The pickers' choice, as the form without JavaScript sends it.
#[derive(Debug, serde::Deserialize)]
pub struct Choice {
    language: Option<String>,
    theme: Option<String>,
    next: Option<String>,
}

/// `GET /preferences`: remembers a supported language and a theme in their cookies and goes back to
/// the page the form was on (only ever a path on this server). Anything unknown is ignored.
pub async fn choose(axum::extract::Query(choice): axum::extract::Query<Choice>) -> Response {
    use axum::response::{IntoResponse, Redirect};
    let next = crate::redirect::safe_next(choice.next.as_deref());
    let embedded = app::embed::is_embed_path(next.split(['?', '#']).next().unwrap_or_default());
    let mut response = Redirect::to(&next).into_response();
    let language = choice.language.as_deref().and_then(app::i18n::Locale::from_tag).map(|locale| locale.tag());
    let theme = choice.theme.as_deref().map(|value| app::prefs::Theme::parse(value).code());
    for (name, value) in [(LOCALE_COOKIE, language), (app::prefs::THEME_COOKIE, theme)] {
        if let Some(cookie) =
            value.and_then(|value| HeaderValue::from_str(&preference_cookie(name, value, embedded)).ok())
        {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
    }
    response
}
