use leptos::prelude::*;

use crate::{
    i18n::{Locale, use_i18n},
    prefs::{Theme, choose_locale, choose_theme, use_prefs},
};

/// Language and theme pickers. They need the browser, so they stay hidden until the page is
/// hydrated (effects never run on the server), and a page without JavaScript shows no dead controls.
#[component]
pub fn PreferencePickers() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = use_prefs();
    let hydrated = super::hydrated();

    view! {
        <div class="preferences" hidden=move || !hydrated.get()>
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
                    {Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            view! {
                                <option value=theme.as_str() selected=theme == prefs.theme>
                                    {i18n.t(theme.message_id())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}
