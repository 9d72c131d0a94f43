use leptos::prelude::*;
use leptos_router::components::A;

use crate::{
    components::{empty_state::EmptyState, page_header::PageHeader},
    i18n::use_i18n,
};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title_id="dashboard-title" />
        <EmptyState title=i18n.t("dashboard-empty-title") body=i18n.t("dashboard-empty-body")>
            <A href="/settings" attr:class="button button-primary">
                {i18n.t("dashboard-empty-action")}
            </A>
        </EmptyState>
    }
}
