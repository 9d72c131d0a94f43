use leptos::prelude::*;
use leptos_router::components::A;

use crate::{components::preference_pickers::PreferencePickers, i18n::use_i18n};

/// The bar across the top of every page: product, navigation, preferences and the signed-in admin.
#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let links =
        [("/", "nav-dashboard"), ("/users", "nav-users"), ("/audit", "nav-audit"), ("/settings", "nav-settings")];
    view! {
        <header class="top-bar">
            <a class="brand" href="/">
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="9" cy="8" r="3.5" />
                    <path d="M2.5 19c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5" />
                    <path d="M15.5 5.2a3.2 3.2 0 0 1 0 6.1M17.5 13.9c2 .7 3.4 2.4 4 5.1" />
                </svg>
                <span>{i18n.t("app-name")}</span>
            </a>
            <nav class="main-nav" aria-label=i18n.t("nav-label")>
                <ul>
                    {links
                        .into_iter()
                        .map(|(href, id)| view! { <li><A href=href exact=true>{i18n.t(id)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <div class="top-bar-end">
                <PreferencePickers />
                // The signed-in admin and the sign-out control live here once sign-in exists.
                <div class="account" data-slot="account"></div>
            </div>
        </header>
    }
}
