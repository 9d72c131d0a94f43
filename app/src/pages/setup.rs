use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{api::auth::load_setup_status, auth::SetupStatus, components::page_header::PageHeader, i18n::use_i18n};

/// Creates the first local admin from the one-time link the server printed at its first start.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = query.read_untracked().get("token").unwrap_or_default();
    let status = OnceResource::new(load_setup_status(token.clone()));
    let error = move || {
        query
            .read()
            .get("error")
            .filter(|e| crate::auth::LOGIN_ERRORS.contains(&e.as_str()))
            .map(|e| i18n.t(&format!("login-error-{e}")))
    };
    let form = move |status: SetupStatus| {
        if !status.valid {
            return view! { <p class="notice notice-error" role="alert">{i18n.t("login-error-setup-link")}</p> }
                .into_any();
        }
        view! {
            <form class="stacked-form" method="post" action="/auth/setup">
                <input type="hidden" name="token" value=token.clone() />
                <label>
                    <span>{i18n.t("setup-login")}</span>
                    <input name="login" autocomplete="username" required maxlength="120" />
                </label>
                <label>
                    <span>{i18n.t("setup-name")}</span>
                    <input name="name" autocomplete="name" required maxlength="120" />
                </label>
                <label>
                    <span>{i18n.t("setup-password")}</span>
                    <input name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="256" />
                </label>
                <label>
                    <span>{i18n.t("setup-password-again")}</span>
                    <input name="password_again" type="password" autocomplete="new-password" required minlength="12" maxlength="256" />
                </label>
                <fieldset>
                    <legend>{i18n.t("setup-totp-title")}</legend>
                    <p class="hint">
                        {i18n.t(if status.totp_required { "setup-totp-required" } else { "setup-totp-optional" })}
                    </p>
                    <div class="totp-qr" role="img" aria-label=i18n.t("setup-totp-qr") inner_html=status.totp_qr_svg.clone()></div>
                    <p>{i18n.t("setup-totp-key")}" "<code class="totp-seed">{status.totp_seed.clone()}</code></p>
                    <p class="hint break-all">{status.totp_uri.clone()}</p>
                    <input type="hidden" name="totp_seed" value=status.totp_seed.clone() />
                    <label>
                        <span>{i18n.t("setup-totp-code")}</span>
                        <input name="totp_code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required=status.totp_required />
                    </label>
                </fieldset>
                <button class="button button-primary" type="submit">{i18n.t("setup-submit")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <div class="login-page">
            <PageHeader title_id="setup-title" />
            <p>{i18n.t("setup-intro")}</p>
            {move || error().map(|message| view! { <p class="notice notice-error" role="alert">{message}</p> })}
            <Suspense>
                {move || {
                    let form = form.clone();
                    Suspend::new(async move { status.await.ok().map(form) })
                }}
            </Suspense>
        </div>
    }
}
