//! The Jira panel: the whole app again under `/embed`, the only paths another site (the Jira
//! site and Forge's Custom UI frame) may show in a frame. A page knows from its own path whether
//! it is in the panel; its router then works below `/embed`, and every link it draws stays there.

use leptos::prelude::*;

/// Where the panel's pages live; `/embed` itself is the page that opens the panel's session.
pub const BASE: &str = "/embed";
/// Where the panel's first page trades its launch code for a session.
pub const SESSION_PATH: &str = "/embed/session";

/// Whether `path` is one of the panel's.
pub fn is_embed_path(path: &str) -> bool {
    path == BASE || path.strip_prefix(BASE).is_some_and(|rest| rest.starts_with('/'))
}

/// Whether the page being rendered is in the Jira panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Embedded(pub bool);

impl Embedded {
    /// The router's base: `/embed` in the panel, nothing in a tab.
    pub fn base(self) -> &'static str {
        if self.0 { BASE } else { "" }
    }

    /// The address of an app path (`/users?tab=…`) on this page: the same in a tab, below
    /// `/embed` in the panel. Anything that is not a path on this server is left as it is.
    pub fn href(self, path: &str) -> String {
        if self.0 && path.starts_with('/') && !path.starts_with("//") && !is_embed_path(path) {
            format!("{BASE}{path}")
        } else {
            path.to_owned()
        }
    }
}

/// Whether the page being rendered (or run, in the browser) is one of the panel's.
pub fn on_panel_page() -> bool {
    is_embed_path(&current_path())
}

/// Finds out, once per page, whether it is in the panel, and tells every component.
pub fn provide_embedded() {
    provide_context(Embedded(on_panel_page()));
}

pub fn use_embedded() -> Embedded {
    use_context::<Embedded>().unwrap_or_default()
}

/// A link to an app path, inside the panel when the page is in it.
pub fn link(path: impl AsRef<str>) -> String {
    use_embedded().href(path.as_ref())
}

/// A server function found the session gone. In the panel, its first page takes over: it tells
/// the Jira shell, which fetches a new launch code. (A tab shows the error where it happened.)
#[cfg(feature = "hydrate")]
pub fn session_ended() {
    if on_panel_page() {
        let _ = window().location().replace(BASE);
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn session_ended() {}

#[cfg(feature = "ssr")]
pub(crate) fn current_path() -> String {
    use_context::<http::request::Parts>().map(|parts| parts.uri.path().to_owned()).unwrap_or_default()
}

#[cfg(feature = "hydrate")]
pub(crate) fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
pub(crate) fn current_path() -> String {
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_paths() {
        for path in ["/embed", "/embed/", "/embed/users", "/embed/session"] {
            assert!(is_embed_path(path), "{path}");
        }
        for path in ["/", "/users", "/embedded", "/embedx/users", "/api/embed"] {
            assert!(!is_embed_path(path), "{path}");
        }
    }

    #[test]
    fn links_stay_in_the_panel() {
        let panel = Embedded(true);
        assert_eq!(panel.href("/"), "/embed/");
        assert_eq!(panel.href("/users?tab=inactive&page=2"), "/embed/users?tab=inactive&page=2");
        assert_eq!(panel.href("/settings#settings-prices"), "/embed/settings#settings-prices");
        assert_eq!(panel.href("/embed/jobs"), "/embed/jobs", "already in the panel");
        assert_eq!(panel.href("https://admin.atlassian.com/o/1"), "https://admin.atlassian.com/o/1");
        assert_eq!(panel.href("//elsewhere.example"), "//elsewhere.example");
        assert_eq!(panel.href("#main"), "#main");
        let tab = Embedded(false);
        assert_eq!(tab.href("/users"), "/users");
        assert_eq!((tab.base(), panel.base()), ("", "/embed"));
    }
}
