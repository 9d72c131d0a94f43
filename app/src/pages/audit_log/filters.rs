//! Search and filters over the log: a GET form that works without the script; once hydrated,
//! each picker applies at once, the search box after a pause in typing, and the affected-user box
//! when it is left or Enter is pressed.

use leptos::prelude::*;
use strum::VariantArray;

use super::{action_label, outcome_label};
use crate::{
    audit::{AuditFilter, AuditOptions, AuditSource, AuditState, action_choices, outcome_choices},
    code::Code,
    components::{
        day_input::day_input,
        nav::{Go, after_pause},
        text_input::{TextKind, text_input},
    },
    embed::link,
    i18n::{I18n, use_i18n},
};

/// Reads or writes one field of the filter.
type Field = fn(&mut AuditFilter) -> &mut Option<String>;

#[component]
pub fn Filters(state: Memo<AuditState>, options: AuditOptions, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let apply = {
        let go = go.clone();
        move |change: Box<dyn FnOnce(&mut AuditFilter)>| go.to(&state.get_untracked().refiltered(change))
    };
    let search = {
        let go = go.clone();
        after_pause(move |text: String| go.replace(&state.get_untracked().refiltered(|f| f.text = Some(text))))
    };
    let typed_user = RwSignal::new(state.get_untracked().filter.user.unwrap_or_default());
    let typed_text = RwSignal::new(state.get_untracked().filter.text.unwrap_or_default());
    let submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go.to(&state.get_untracked().refiltered(|f| {
                f.text = Some(typed_text.get_untracked());
                f.user = Some(typed_user.get_untracked());
            }));
        }
    };
    let read = move |field: Field| state.with(|s| field(&mut s.filter.clone()).clone());

    let select = {
        let apply = apply.clone();
        move |name: &'static str, label: String, choices: Vec<(String, String)>, field: Field| {
            let apply = apply.clone();
            // A value from a link that the log no longer offers stays shown, and selected.
            let mut choices = choices;
            let shown = state.with_untracked(|s| field(&mut s.filter.clone()).clone());
            if let Some(current) = shown.filter(|v| !choices.iter().any(|(c, _)| c == v)) {
                choices.push((current.clone(), current));
            }
            view! {
                <label class="filter">
                    <span>{label}</span>
                    <select
                        name=name
                        prop:value=move || read(field).unwrap_or_default()
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            apply(Box::new(move |f| *field(f) = Some(value)));
                        }
                    >
                        <option value="">{i18n.t("filter-any")}</option>
                        {choices
                            .into_iter()
                            .map(|(value, text)| {
                                let selected = {
                                    let value = value.clone();
                                    move || read(field).as_deref() == Some(value.as_str())
                                };
                                view! { <option value=value selected=selected>{text}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        }
    };
    let admins = options.admins.clone();
    // Every value of the vocabulary, labelled, then any other code the log holds.
    let labelled = |codes: Vec<String>, label: fn(I18n, &str) -> String| -> Vec<(String, String)> {
        codes
            .into_iter()
            .map(|code| {
                let text = label(i18n, &code);
                (code, text)
            })
            .collect()
    };
    let actions = labelled(action_choices(&options.actions), action_label);
    let outcomes = labelled(outcome_choices(&options.outcomes), outcome_label);
    let admin_select = select("admin", i18n.t("audit-filter-admin"), admins, |f| &mut f.admin);
    let action_select = select("action", i18n.t("audit-filter-action"), actions, |f| &mut f.action);
    let outcome_select = select("outcome", i18n.t("audit-filter-outcome"), outcomes, |f| &mut f.outcome);

    let date_input = |name: &'static str, label: &'static str, to: bool| {
        let apply = apply.clone();
        let day = move || state.with(|s| if to { s.filter.to } else { s.filter.from });
        day_input(name, i18n.t(label), day, move |day| {
            apply(Box::new(move |f| if to { f.to = day } else { f.from = day }))
        })
    };
    // Whose record: this app's log, Atlassian's events, or both (no value).
    let source_select = {
        let apply = apply.clone();
        let choices = [("", i18n.t("audit-source-both"))]
            .into_iter()
            .chain(AuditSource::VARIANTS.iter().map(|s| (s.code(), i18n.t(&s.message()))))
            .map(|(value, text)| {
                let selected = move || read(|f| &mut f.source).as_deref().unwrap_or_default() == value;
                view! { <option value=value selected=selected>{text}</option> }
            })
            .collect_view();
        view! {
            <label class="filter">
                <span>{i18n.t("audit-filter-source")}</span>
                <select
                    name="source"
                    prop:value=move || read(|f| &mut f.source).unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        apply(Box::new(move |f| f.source = Some(value)));
                    }
                >
                    {choices}
                </select>
            </label>
        }
    };
    // The admin's own readings of the log: hidden unless ticked (a GET form sends `my_views=1`).
    let my_views = {
        let apply = apply.clone();
        view! {
            <label class="filter filter-check">
                <input
                    type="checkbox"
                    name="my_views"
                    value="1"
                    prop:checked=move || state.with(|s| s.filter.my_views)
                    checked=state.with_untracked(|s| s.filter.my_views)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        apply(Box::new(move |f| f.my_views = on));
                    }
                />
                <span>{i18n.t("audit-my-views")}</span>
            </label>
        }
    };
    let from_input = date_input("from", "audit-filter-from", false);
    let to_input = date_input("to", "audit-filter-to", true);
    let search_input = text_input(
        TextKind::Search,
        "q",
        i18n.t("filter-search"),
        i18n.t("audit-search-placeholder"),
        move || state.with(|s| s.filter.text.clone()),
        move |text| {
            typed_text.set(text.clone());
            search(text);
        },
        None,
    );
    let user_input = text_input(
        TextKind::Text,
        "user",
        i18n.t("audit-filter-user"),
        i18n.t("audit-filter-user-placeholder"),
        move || state.with(|s| s.filter.user.clone()),
        move |user| typed_user.set(user),
        Some(Box::new(move |user| apply(Box::new(move |f| f.user = Some(user))))),
    );

    let in_force = Memo::new(move |_| state.with(|s| s.filter.folded_in_force() > 0));
    view! {
        <form class="filters folded-filters" method="get" action=link("/audit") role="search" on:submit=submit>
            <input type="hidden" name="size" value=move || state.with(|s| s.page_size.to_string()) />
            {search_input}
            // Folded, as on the Users page, so the log starts high on the page (a phone would
            // scroll past a screen of fields); it opens by itself when one of them comes into
            // force (and is otherwise as the admin left it).
            <details class="filter-panel" open=in_force.get_untracked() prop:open=move || in_force.get()>
                <summary class="button filter-toggle">
                    {i18n.t("filters-toggle")}
                    {move || {
                        let n = state.with(|s| s.filter.folded_in_force());
                        (n > 0).then(|| view! { <span class="filter-count">{n}</span> })
                    }}
                </summary>
                <div class="filter-fields">
                    {source_select}
                    {from_input}
                    {to_input}
                    {admin_select}
                    {action_select}
                    {outcome_select}
                    {user_input}
                    {my_views}
                </div>
            </details>
            <button class="button" type="submit">{i18n.t("filter-apply")}</button>
            <a class="chip chip-clear" href=move || link(state.with(|s| AuditState { page_size: s.page_size, ..AuditState::default() }.href()))>
                {i18n.t("users-clear-filters")}
            </a>
        </form>
    }
}
