use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    components::{empty_state::EmptyState, page_header::PageHeader},
    i18n::use_i18n,
};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    crate::page_files::mark_ready("NotFoundPage");
    let i18n = use_i18n();
    view! {
        <PageHeader title_id="not-found-title" />
        <EmptyState title=i18n.t("not-found-title") body=i18n.t("not-found-body")>
            <A href=crate::embed::link("/") attr:class="button button-primary">
                {i18n.t("not-found-action")}
            </A>
        </EmptyState>
    }
}
