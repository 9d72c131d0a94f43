use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::auth::load_login_options,
    auth::{LOGIN_ERRORS, LoginOptions, encode_query_value},
    components::page_header::PageHeader,
    i18n::use_i18n,
};

/// The sign-in page: Sign in with Atlassian (org admins), and local admin accounts. Both are
/// plain links and forms, so signing in works before the app's script has loaded.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let options = OnceResource::new(load_login_options());
    let next = move || query.read().get("next").filter(|n| n.starts_with('/') && !n.starts_with("//"));
    let error = move || {
        query
            .read()
            .get("error")
            .filter(|e| LOGIN_ERRORS.contains(&e.as_str()))
            .map(|e| i18n.t(&format!("login-error-{e}")))
    };
    let signed_out = move || query.read().get("signed_out").is_some();
    let deleted = move || query.read().get("deleted").is_some();
    let atlassian_href = move || {
        next().map_or_else(
            || "/auth/atlassian".to_owned(),
            |n| format!("/auth/atlassian?next={}", encode_query_value(&n)),
        )
    };
    let form = move |options: LoginOptions| {
        view! {
            {options.atlassian.then(|| view! {
                <section class="login-section">
                    <a class="button button-primary button-large" href=atlassian_href rel="external">
                        {i18n.t("login-atlassian")}
                    </a>
                    {(!options.demo_admins.is_empty()).then(|| view! {
                        <p class="hint">{i18n.t("login-demo-admins")}</p>
                        <ul class="demo-admins">
                            {options.demo_admins.iter().map(|admin| view! {
                                <li><strong>{admin.name.clone()}</strong>" "<span class="muted">{admin.email.clone()}</span></li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            {(!options.atlassian).then(|| view! {
                <section class="login-section"><p class="hint">{i18n.t("login-atlassian-off")}</p></section>
            })}
            // The local form only when a local admin exists: before the first is created it could
            // only fail. An operator without Atlassian sign-in is told how to create one.
            {(options.setup_pending && !options.atlassian).then(|| view! {
                <section class="login-section">
                    <h2>{i18n.t("login-local-title")}</h2>
                    <p class="hint">{i18n.t("login-setup-pending")}</p>
                </section>
            })}
            {(!options.setup_pending).then(|| view! {
                <section class="login-section">
                    <h2>{i18n.t("login-local-title")}</h2>
                    <form class="stacked-form" method="post" action="/auth/login">
                        <input type="hidden" name="next" value=next />
                        <label>
                            <span>{i18n.t("login-login")}</span>
                            <input name="login" autocomplete="username" required maxlength="120" />
                        </label>
                        <label>
                            <span>{i18n.t("login-password")}</span>
                            <input name="password" type="password" autocomplete="current-password" required maxlength="256" />
                        </label>
                        <label>
                            <span>{i18n.t("login-totp")}</span>
                            <input name="totp" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required=options.totp_required />
                            {(!options.totp_required).then(|| view! { <small class="hint">{i18n.t("login-totp-hint")}</small> })}
                        </label>
                        <button class="button" type="submit">{i18n.t("login-submit")}</button>
                    </form>
                </section>
            })}
        }
    };
    view! {
        <div class="login-page">
            <PageHeader title_id="login-title" />
            <p>{i18n.t("login-intro")}</p>
            {move || signed_out().then(|| view! { <p class="notice" role="status">{i18n.t("login-signed-out")}</p> })}
            {move || deleted().then(|| view! { <p class="notice" role="status">{i18n.t("login-deleted")}</p> })}
            {move || error().map(|message| view! { <p class="notice notice-error" role="alert">{message}</p> })}
            <Suspense>
                {move || Suspend::new(async move { options.await.ok().map(form) })}
            </Suspense>
        </div>
    }
}
