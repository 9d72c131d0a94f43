use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_i18n;

/// The page's heading and the browser tab's title, from one message.
#[component]
pub fn PageHeader(title_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t(title_id);
    view! {
        <Title text=i18n.t_with("page-title", [("page", title.clone().into())]) />
        <header class="page-header">
            <h1>{title}</h1>
        </header>
    }
}
