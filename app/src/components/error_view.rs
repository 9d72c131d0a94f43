use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Shown by the error boundary in place of a page that failed to render.
#[component]
pub fn ErrorView(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let i18n = use_i18n();
    // The details are for the server log, never the page: they may carry internals.
    let count = move || errors.read().iter().count();
    view! {
        <section class="error-view" role="alert" data-errors=count>
            <h1>{i18n.t("error-title")}</h1>
            <p>{i18n.t("error-body")}</p>
        </section>
    }
}
