use leptos::prelude::*;

use crate::{
    components::{empty_state::EmptyState, page_header::PageHeader},
    i18n::use_i18n,
};

/// Atlassian's guide to creating an organisation Admin API key.
pub const API_KEY_DOCS: &str =
    "https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/";

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title_id="settings-title" />
        <EmptyState title=i18n.t("settings-empty-title") body=i18n.t("settings-empty-body")>
            <a class="button" href=API_KEY_DOCS target="_blank" rel="noopener noreferrer">
                {i18n.t("settings-api-key-docs")}
            </a>
        </EmptyState>
    }
}
