//! The visitor's display preferences, language and theme. The server reads them from the request
//! (cookies, `Accept-Language`) and writes them into `<html lang data-theme>`; the browser reads them
//! back from there, so the first client render matches the server's exactly.

use leptos::prelude::*;
use strum::{EnumString, IntoStaticStr, VariantArray};

use crate::{
    code::Code,
    columns::{COLUMNS_COOKIE, Columns},
    i18n::{I18n, Locale, negotiate},
};

pub const LOCALE_COOKIE: &str = "uam_locale";
pub const THEME_COOKIE: &str = "uam_theme";

/// Where the pickers' form goes without JavaScript: `?language=&theme=&next=`.
pub const PREFERENCES_PATH: &str = "/preferences";

/// Light, dark, or whatever the operating system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The theme a cookie, form or attribute names; anything else is the system's.
    pub fn parse(value: &str) -> Theme {
        value.trim().parse().unwrap_or_default()
    }

    /// The Fluent message naming this theme.
    pub fn message_id(self) -> &'static str {
        match self {
            Theme::System => "theme-system",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }

    /// The `data-theme` value on `<html>`; none lets the CSS follow `prefers-color-scheme`.
    pub fn html_attribute(self) -> Option<&'static str> {
        (self != Theme::System).then_some(self.code())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefs {
    pub locale: Locale,
    pub theme: Theme,
    /// The Users table's visible columns.
    pub columns: Columns,
}

impl Prefs {
    /// What a request asks for, from its `Cookie` and `Accept-Language` headers.
    pub fn from_request(cookie_header: Option<&str>, accept_language: Option<&str>) -> Prefs {
        let cookie = |name| cookie_header.and_then(|header| cookie_value(header, name));
        Prefs {
            locale: negotiate(cookie(LOCALE_COOKIE), accept_language),
            theme: cookie(THEME_COOKIE).map(Theme::parse).unwrap_or_default(),
            columns: Columns::parse(cookie(COLUMNS_COOKIE)),
        }
    }
}

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key.trim() == name).then(|| value.trim())
    })
}

/// A long-lived, script-readable preference cookie (it holds no secret). In the Jira panel a
/// cookie must be partitioned (CHIPS) to be kept at all where third-party cookies are blocked, and
/// browsers take `SameSite=None` only with `Secure` (which they allow on http://localhost too).
pub fn preference_cookie(name: &str, value: &str, embedded: bool) -> String {
    let scope = if embedded { "SameSite=None; Secure; Partitioned" } else { "SameSite=Lax" };
    format!("{name}={value}; Path=/; Max-Age=31536000; {scope}")
}

/// Makes the current request's preferences, and the translator in their language, available to
/// every component.
pub fn provide_prefs() {
    let prefs = read_prefs();
    provide_context(prefs);
    provide_context(I18n(prefs.locale));
}

pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn read_prefs() -> Prefs {
    // The server's preference middleware resolved them and put them in the request.
    use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Prefs>().copied()).unwrap_or_default()
}

#[cfg(feature = "hydrate")]
fn read_prefs() -> Prefs {
    let root = document().document_element();
    let attribute = |name| root.as_ref().and_then(|element| element.get_attribute(name));
    use wasm_bindgen::JsCast;
    // The columns cookie is script-readable (it holds no secret), so the first render matches.
    let cookies = document().dyn_into::<web_sys::HtmlDocument>().ok().and_then(|d| d.cookie().ok()).unwrap_or_default();
    Prefs {
        locale: attribute("lang").and_then(|tag| Locale::from_tag(&tag)).unwrap_or_default(),
        theme: attribute("data-theme").map(|value| Theme::parse(&value)).unwrap_or_default(),
        columns: Columns::parse(cookie_value(&cookies, COLUMNS_COOKIE)),
    }
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn read_prefs() -> Prefs {
    Prefs::default()
}

/// Switches the theme at once and remembers it for the server's next render.
#[cfg(feature = "hydrate")]
pub fn choose_theme(theme: Theme) {
    if let Some(root) = document().document_element() {
        // Failing to set an attribute on <html> cannot happen in a live document; nothing to recover.
        let _ = match theme.html_attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    }
    remember(THEME_COOKIE, theme.code());
}

/// Remembers the language and reloads, so the server renders the page in it.
#[cfg(feature = "hydrate")]
pub fn choose_locale(tag: &str) {
    if let Some(locale) = Locale::from_tag(tag) {
        remember(LOCALE_COOKIE, locale.tag());
        let _ = window().location().reload();
    }
}

/// Remembers the Users table's columns for the server's next render.
#[cfg(feature = "hydrate")]
pub fn choose_columns(columns: Columns) {
    remember(COLUMNS_COOKIE, &columns.to_cookie());
}

#[cfg(not(feature = "hydrate"))]
pub fn choose_columns(_columns: Columns) {}

#[cfg(feature = "hydrate")]
fn remember(name: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = document.set_cookie(&preference_cookie(name, value, crate::embed::on_panel_page()));
    }
}

// Choices are only ever made in the browser; the server build renders the pickers but never runs them.
#[cfg(not(feature = "hydrate"))]
pub fn choose_theme(_theme: Theme) {}

#[cfg(not(feature = "hydrate"))]
pub fn choose_locale(_tag: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cookies_among_others() {
        let header = "other=1; uam_theme=dark ; uam_locale=en; x=y=z";
        assert_eq!(cookie_value(header, THEME_COOKIE), Some("dark"));
        assert_eq!(cookie_value(header, "x"), Some("y=z"));
        assert_eq!(cookie_value(header, "missing"), None);
        let prefs = Prefs::from_request(Some(header), Some("fr"));
        assert_eq!(prefs, Prefs { locale: Locale::ENGLISH, theme: Theme::Dark, columns: Columns::default() });
    }

    #[test]
    fn unknown_theme_means_system() {
        assert_eq!(Theme::parse("purple"), Theme::System);
        assert_eq!(Theme::System.html_attribute(), None);
        assert_eq!(Theme::Light.html_attribute(), Some("light"));
        assert_eq!(Prefs::from_request(None, None), Prefs::default());
    }
}
