//! The User Account Manager application: rendered on the server (feature `ssr`) and hydrated in
//! the browser (feature `hydrate`) from the same components.

pub mod api;
pub mod audit;
pub mod auth;
pub mod bulk;
pub mod code;
pub mod columns;
pub mod components;
pub mod csp;
pub mod csv_export;
pub mod embed;
pub mod error;
pub mod export;
pub mod families;
pub mod format;
pub mod i18n;
pub mod page_files;
pub mod pages;
pub mod prefs;
pub mod selection;
pub mod settings;
pub mod table_state;
pub mod users;

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    components::{demo_banner::DemoBanner, error_view::ErrorView, top_bar::TopBar},
    i18n::use_i18n,
    pages::{
        AuditLogRoute, DashboardRoute, JobDetailsRoute, JobsRoute, LoginRoute, NotFoundPage, SettingsRoute, SetupRoute,
        UsersRoute,
    },
    prefs::{provide_prefs, use_prefs},
};

/// The whole HTML document, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    csp::apply_to_page();
    provide_prefs();
    embed::provide_embedded();
    let prefs = use_prefs();
    let embedded = embed::use_embedded().0.then_some("");
    let pkg = format!("/{}", options.site_pkg_dir);
    let hydrates = page_files::hydrates(&embed::current_path());
    // The browser's copy of the page's messages is for the app; a page without it has no use for it.
    let messages = hydrates.then(|| i18n::page_messages(prefs.locale)).flatten();
    view! {
        <!DOCTYPE html>
        <html lang=prefs.locale.tag() data-theme=prefs.theme.html_attribute() data-embedded=embedded>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="stylesheet" href=format!("{pkg}/main.css") />
                <link rel="icon" type="image/svg+xml" href=format!("{pkg}/favicon.svg") />
                {messages
                    .map(|content| {
                        view! { <meta name=i18n::PAGE_MESSAGES lang=prefs.locale.tag() content=content /> }
                    })}
                {hydrates.then(|| hydration_scripts(&options))}
                {(!hydrates).then(preferences_apply_at_once)}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Starts hydration from an inline module carrying the page's nonce, and preloads the wasm (a
/// fetch, which `connect-src 'self'` allows). No module preload: with JavaScript off Chromium
/// refuses a script preload under the policy (nonce or not) and reports it in the console, and
/// Leptos's own `HydrationScripts` emits one, without the nonce.
fn hydration_scripts(options: &LeptosOptions) -> impl IntoView + use<> {
    let nonce = leptos::nonce::use_nonce();
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let (module, wasm) = (format!("{pkg}.js"), format!("{pkg}_bg.wasm"));
    // No `>` or `&` in the script: it is written into the page as it is.
    let start = format!(
        "import({module:?}).then(function (bundle) {{ \
         return bundle.default({{ module_or_path: {wasm:?} }}).then(function () {{ bundle.hydrate(); }}); }});"
    );
    view! {
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" />
        <script type="module" nonce=nonce>
            {start}
        </script>
    }
}

/// On a page without the app (sign-in, set-up), a language or theme choice still applies at once
/// when scripts run: a few lines submit the preference form on change and hide its Apply button,
/// which stays for browsers without JavaScript. (No `>` or `&`: the script is written as it is.)
fn preferences_apply_at_once() -> impl IntoView {
    const SCRIPT: &str = "document.addEventListener('DOMContentLoaded', function () { \
        document.querySelectorAll('form.preferences').forEach(function (form) { \
        form.querySelector('button[type=submit]').hidden = true; \
        form.querySelectorAll('select').forEach(function (select) { \
        select.addEventListener('change', function () { form.requestSubmit(); }); }); }); });";
    let nonce = leptos::nonce::use_nonce();
    view! { <script nonce=nonce>{SCRIPT}</script> }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_prefs();
    embed::provide_embedded();
    selection::Selection::provide();
    api::deployment::Deployment::provide();
    let i18n = use_i18n();
    // In the Jira panel the same routes live below `/embed`.
    let base = embed::use_embedded().base();

    view! {
        <Router base=base>
            <a class="skip-link" href="#main">
                {i18n.t("skip-to-content")}
            </a>
            <TopBar />
            <DemoBanner />
            <main id="main" class="page" tabindex="-1">
                <ErrorBoundary fallback=|errors| view! { <ErrorView errors /> }>
                    <Routes fallback=NotFoundPage>
                        // Every page is rendered whole on the server before it is sent (its data
                        // is in memory and fast), so it reads completely without the script.
                        <Route path=path!("/") view={Lazy::<DashboardRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/users") view={Lazy::<UsersRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/jobs") view={Lazy::<JobsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/jobs/:id") view={Lazy::<JobDetailsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/audit") view={Lazy::<AuditLogRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/settings") view={Lazy::<SettingsRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/login") view={Lazy::<LoginRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/setup") view={Lazy::<SetupRoute>::new()} ssr=SsrMode::Async />
                    </Routes>
                </ErrorBoundary>
            </main>
        </Router>
    }
}
