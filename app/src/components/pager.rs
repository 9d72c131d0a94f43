//! Previous and next, where we are, and the page sizes, for any page whose state is its URL: all
//! plain links, which the hydrated page follows in place.

use leptos::prelude::*;

use super::nav::{Go, Paged, in_place};
use crate::{format, i18n::use_i18n, table_state::PAGE_SIZES};

#[component]
pub fn Pager<S: Paged>(state: Memo<S>, total: u64, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let pages = move || state.with(|s| s.page_count(total));
    let page = move || state.with(|s| s.page().min(s.page_count(total)));
    let link = |label: String, rel: &'static str, step: i64| {
        let target = move || {
            state.with(|s| {
                let next = i64::from(s.page()) + step;
                (next >= 1 && next <= i64::from(s.page_count(total))).then(|| s.at_page(next as u32))
            })
        };
        let href = move || target().map(|s| crate::embed::link(s.href()));
        let disabled = move || target().is_none().then_some("true");
        let click = in_place(go.clone(), move || target().unwrap_or_else(|| state.get_untracked()));
        view! {
            <a class="button" rel=rel href=href aria-disabled=disabled on:click=click>
                {label}
            </a>
        }
    };
    let previous = link(i18n.t("pager-previous"), "prev", -1);
    let next = link(i18n.t("pager-next"), "next", 1);
    let sizes = PAGE_SIZES
        .into_iter()
        .map(|size| {
            let target = move || state.with(|s| s.with_page_size(size));
            let current = move || state.with(|s| s.page_size() == size).then_some("true");
            view! {
                <a href=move || crate::embed::link(target().href()) aria-current=current on:click=in_place(go.clone(), target)>
                    {size.to_string()}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="pager" aria-label=i18n.t("pager-label")>
            {previous}
            <span class="pager-position" aria-live="polite">
                {move || {
                    i18n.t_with(
                        "pager-position",
                        [("page", format::count(i18n, page().into()).into()), ("pages", format::count(i18n, pages().into()).into())],
                    )
                }}
            </span>
            {next}
            <span class="page-sizes">
                <span>{i18n.t("pager-size")}</span>
                {sizes}
            </span>
        </nav>
    }
}
