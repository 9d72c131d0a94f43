use leptos::prelude::*;
use strum::VariantArray;

use crate::{
    code::Code,
    i18n::{Locale, use_i18n},
    prefs::{PREFERENCES_PATH, Theme, choose_locale, choose_theme, use_prefs},
};

/// Language and theme pickers. Once the page is hydrated a choice applies at once; before that, or
/// without JavaScript, they are a form that `GET /preferences` answers by setting the cookies and
/// coming back to this page.
#[component]
pub fn PreferencePickers() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let hydrated = super::hydrated();
    let location = leptos_router::hooks::use_location();
    // The way back: this page's path and query (the router gives the query without its "?").
    let here = move || {
        let (path, query) = (location.pathname.get(), location.search.get());
        match query.trim_start_matches('?') {
            "" => path,
            query => format!("{path}?{query}"),
        }
    };

    view! {
        <form class="preferences" method="get" action=PREFERENCES_PATH>
            <input type="hidden" name="next" value=here />
            <label class="picker">
                <span class="visually-hidden">{i18n.t("prefs-language")}</span>
                <select
                    name="language"
                    title=i18n.t("prefs-language")
                    on:change=move |ev| choose_locale(&event_target_value(&ev))
                >
                    {Locale::all()
                        .map(|locale| {
                            view! {
                                <option value=locale.tag() lang=locale.tag() selected=locale == prefs.locale>
                                    {locale.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="picker">
                <span class="visually-hidden">{i18n.t("prefs-theme")}</span>
                <select
                    name="theme"
                    title=i18n.t("prefs-theme")
                    on:change=move |ev| choose_theme(Theme::parse(&event_target_value(&ev)))
                >
                    {Theme::VARIANTS
                        .iter()
                        .map(|&theme| {
                            view! {
                                <option value=theme.code() selected=theme == prefs.theme>
                                    {i18n.t(theme.message_id())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button class="button button-quiet" type="submit" hidden=move || hydrated.get()>
                {i18n.t("prefs-apply")}
            </button>
        </form>
    }
}
