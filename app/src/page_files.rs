//! Where each page's code is in the browser bundle. The build cuts the wasm per page (see
//! `pages`) and writes `pages.json`: for each lazy route, the wasm files it needs. The server
//! reads it once and names a page's files in that page's `<head>`, so the browser fetches them
//! beside the main module instead of after it. Pages that work as plain forms (sign-in, first
//! set-up) load no script at all.

use std::{collections::HashMap, sync::Arc};

use leptos::prelude::*;

/// A lazy route's name (`UsersRoute`) → its wasm files, relative to the bundle's folder.
#[derive(Clone, Debug, Default)]
pub struct PageFiles {
    pkg: String,
    pages: Arc<HashMap<String, Vec<String>>>,
}

impl PageFiles {
    /// `pkg` is the bundle's URL folder (`/pkg/<hash>`); `pages` is `pages.json`.
    pub fn new(pkg: impl Into<String>, pages: HashMap<String, Vec<String>>) -> Self {
        Self { pkg: pkg.into(), pages: Arc::new(pages) }
    }

    /// The addresses of `route`'s files; none for a route the build did not split out.
    pub fn urls(&self, route: &str) -> Vec<String> {
        self.pages.get(route).into_iter().flatten().map(|file| format!("{}/{file}", self.pkg)).collect()
    }
}

/// Paths whose pages are complete without the app's script: the sign-in and set-up forms post
/// to the server, so a first visit costs only the page and its stylesheet.
const SCRIPTLESS_PATHS: [&str; 2] = ["/login", "/setup"];

/// Whether the page at `path` loads the app's script and hydrates.
pub fn hydrates(path: &str) -> bool {
    !SCRIPTLESS_PATHS.contains(&path)
}

/// Asks the page's `<head>` to preload `route`'s wasm files (on the server; in the browser the
/// router loads them itself). Registered with the meta context, so the page's body is unchanged
/// and hydrates as rendered.
pub fn preload(route: &str) {
    #[cfg(feature = "ssr")]
    {
        use leptos_meta::Link;
        let Some(files) = use_context::<PageFiles>().filter(|_| hydrates(&crate::embed::current_path())) else {
            return;
        };
        for href in files.urls(route) {
            let link = view! { <Link rel="preload" href=href as_="fetch" type_="application/wasm" crossorigin="" /> };
            let _ = link.to_html();
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = route;
}

/// The attribute of `<html>` that names the page once its code has loaded and it has hydrated (or
/// rendered, after a link inside the app): what tests and the first-load benchmark wait for.
pub const READY_ATTRIBUTE: &str = "data-page-ready";

/// Marks `<html>` with `route` once the page is live in the browser. An effect runs only in the
/// browser, and only after the view it was created in has hydrated.
pub fn mark_ready(route: &'static str) {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(READY_ATTRIBUTE, route);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = route;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_routes_files_are_addressed_in_the_bundle_folder() {
        let pages =
            HashMap::from([("UsersRoute".to_owned(), vec!["split_users.wasm".to_owned(), "chunk_3.wasm".to_owned()])]);
        let files = PageFiles::new("/pkg/abc123", pages);
        assert_eq!(files.urls("UsersRoute"), ["/pkg/abc123/split_users.wasm", "/pkg/abc123/chunk_3.wasm"]);
        assert!(files.urls("JobsRoute").is_empty());
    }

    #[test]
    fn only_the_sign_in_and_set_up_forms_go_without_the_script() {
        assert!(!hydrates("/login"));
        assert!(!hydrates("/setup"));
        for path in ["/", "/users", "/embed", "/embed/users", "/login/x", "/settings"] {
            assert!(hydrates(path), "{path}");
        }
    }
}
