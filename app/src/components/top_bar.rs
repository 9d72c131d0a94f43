use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    api::auth::load_signed_in,
    auth::{SignInMethod, SignedIn},
    components::preference_pickers::PreferencePickers,
    embed::link,
    i18n::use_i18n,
};

/// The bar across the top of every page: product, navigation, preferences and the signed-in
/// admin with sign-out. Anonymous visitors (the sign-in pages) see only the product and
/// preferences.
#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let admin = OnceResource::new(load_signed_in());
    let links = [
        ("/", "nav-dashboard"),
        ("/users", "nav-users"),
        ("/jobs", "nav-jobs"),
        ("/audit", "nav-audit"),
        ("/settings", "nav-settings"),
    ];
    let nav = move || {
        view! {
            <nav class="main-nav" aria-label=i18n.t("nav-label")>
                <ul>
                    {links
                        .into_iter()
                        .map(|(href, id)| view! { <li><A href=link(href) exact=true>{i18n.t(id)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
        }
    };
    let embedded = crate::embed::use_embedded().0;
    let account = move |admin: SignedIn| {
        let via = i18n.t(match admin.via {
            SignInMethod::Local => "account-via-local",
            SignInMethod::Atlassian => "account-via-atlassian",
            SignInMethod::Forge => "account-via-forge",
        });
        view! {
            <div class="account">
                <span class="account-name" title=admin.email.clone().unwrap_or_default()>{admin.name.clone()}</span>
                <span class="account-via muted">{via}</span>
                // In the Jira panel, Jira's own sign-in governs: there is nothing to sign out of here.
                {(!embedded)
                    .then(|| {
                        view! {
                            <form method="post" action="/auth/logout">
                                <button class="button button-quiet" type="submit">{i18n.t("account-sign-out")}</button>
                            </form>
                        }
                    })}
            </div>
        }
    };
    view! {
        <header class="top-bar">
            <a class="brand" href=link("/")>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="9" cy="8" r="3.5" />
                    <path d="M2.5 19c.8-3.6 3.3-5.5 6.5-5.5s5.7 1.9 6.5 5.5" />
                    <path d="M15.5 5.2a3.2 3.2 0 0 1 0 6.1M17.5 13.9c2 .7 3.4 2.4 4 5.1" />
                </svg>
                <span>{i18n.t("app-name")}</span>
            </a>
            <Suspense>
                {move || Suspend::new(async move { admin.await.ok().map(|_| nav()) })}
            </Suspense>
            <div class="top-bar-end">
                <PreferencePickers />
                <Suspense>
                    {move || Suspend::new(async move { admin.await.ok().map(account) })}
                </Suspense>
            </div>
        </header>
    }
}
