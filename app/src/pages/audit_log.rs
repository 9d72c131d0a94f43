use leptos::prelude::*;

use crate::{
    components::{empty_state::EmptyState, page_header::PageHeader},
    i18n::use_i18n,
};

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title_id="audit-title" />
        <EmptyState title=i18n.t("audit-empty-title") body=i18n.t("audit-empty-body") />
    }
}
