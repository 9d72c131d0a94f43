//! Search and filters: a GET form that works without the script; once hydrated, each control
//! applies at once (the search box after a pause in typing).

use leptos::prelude::*;
use strum::VariantArray;

use super::Go;
use crate::components::{
    day_input::day_input,
    nav::after_pause,
    text_input::{TextKind, text_input},
};
use crate::{
    code::Code,
    embed::link,
    i18n::use_i18n,
    table_state::{Tab, TableState},
    users::{AccountClass, FilterOptions, Inactivity, Status},
};

/// Reads one picker's value from the state.
type Reader = Box<dyn Fn(&TableState) -> Option<String> + Send + Sync>;

#[component]
pub fn Filters(state: Memo<TableState>, options: FilterOptions, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(state.get_untracked().text);
    let search = {
        let go = go.clone();
        after_pause(move |text: String| go.replace(&state.get_untracked().refiltered(|s| s.text = text)))
    };
    let apply = {
        let go = go.clone();
        move |change: Box<dyn FnOnce(&mut TableState)>| go.to(&state.get_untracked().refiltered(change))
    };
    let submit = {
        let go = go.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            go.to(&state.get_untracked().refiltered(|s| s.text = typed.get_untracked()));
        }
    };

    let select = {
        let apply = apply.clone();
        move |name: &'static str,
              label: String,
              choices: Vec<(String, String)>,
              current: Reader,
              set: fn(&mut TableState, Option<String>)| {
            let apply = apply.clone();
            let current = std::sync::Arc::new(current);
            let chosen = {
                let current = current.clone();
                move || state.with(|s| current(s)).unwrap_or_default()
            };
            view! {
                <label class="filter">
                    <span>{label}</span>
                    <select
                        name=name
                        prop:value=chosen.clone()
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            apply(Box::new(move |s| set(s, (!value.is_empty()).then_some(value))));
                        }
                    >
                        <option value="">{i18n.t("filter-any")}</option>
                        {choices
                            .into_iter()
                            .map(|(value, text)| {
                                let current = current.clone();
                                let selected = {
                                    let value = value.clone();
                                    move || state.with(|s| current(s).as_deref() == Some(value.as_str()))
                                };
                                view! {
                                    <option value=value selected=selected>
                                        {text}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        }
    };

    let classes: Vec<(String, String)> =
        AccountClass::VARIANTS.iter().map(|c| (c.code().to_owned(), i18n.t(&format!("class-{}", c.code())))).collect();
    let type_select =
        select("type", i18n.t("filter-type"), classes, Box::new(|s| s.class.map(|c| c.code().to_owned())), |s, v| {
            s.class = v.and_then(|v| v.parse().ok())
        });
    let product_select = select(
        "product",
        i18n.t("filter-product"),
        options.products.clone(),
        Box::new(|s| s.product.clone()),
        |s, v| s.product = v,
    );
    let group_select =
        select("group", i18n.t("filter-group"), options.groups.clone(), Box::new(|s| s.group.clone()), |s, v| {
            s.group = v
        });
    let project_select = select(
        "project",
        i18n.t("filter-project"),
        options.projects.clone(),
        Box::new(|s| s.project.clone()),
        |s, v| s.project = v,
    );
    let desk_select =
        select("desk", i18n.t("filter-desk"), options.desks.clone(), Box::new(|s| s.desk.clone()), |s, v| s.desk = v);
    let tab = move || state.with(|s| s.tab);

    let status_boxes = check_boxes(
        state,
        apply.clone(),
        "status",
        Status::VARIANTS.iter().map(move |&s| (s, s.code(), i18n.t(&format!("status-{}", s.code())))),
        |s| &s.status,
        |s| &mut s.status,
    );
    let inactivity_boxes = check_boxes(
        state,
        apply.clone(),
        "inactivity",
        Inactivity::VARIANTS.iter().map(move |&c| (c, c.code(), i18n.t(&format!("inactivity-{}", c.code())))),
        |s| &s.inactivity,
        |s| &mut s.inactivity,
    );
    let date_input = |name: &'static str,
                      label: &'static str,
                      get: fn(&TableState) -> Option<chrono::NaiveDate>,
                      set: fn(&mut TableState, Option<chrono::NaiveDate>)| {
        let apply = apply.clone();
        day_input(name, i18n.t(label), move || state.with(get), move |day| apply(Box::new(move |s| set(s, day))))
    };
    let after_input = date_input("after", "filter-active-after", |s| s.active_after, |s, d| s.active_after = d);
    let before_input = date_input("before", "filter-active-before", |s| s.active_before, |s, d| s.active_before = d);

    let search_input = text_input(
        TextKind::Search,
        "q",
        i18n.t("filter-search"),
        i18n.t("filter-search-placeholder"),
        move || state.with(|s| Some(s.text.clone())),
        move |text| {
            typed.set(text.clone());
            search(text);
        },
        None,
    );

    view! {
        <form class="filters" method="get" action=link("/users") role="search" on:submit=submit>
            <input type="hidden" name="tab" value=move || state.with(|s| s.tab.code()) />
            <input type="hidden" name="sort" value=move || state.with(|s| crate::table_state::sort_name(s.sort)) />
            <input type="hidden" name="dir" value=move || state.with(|s| if s.descending { "desc" } else { "asc" }) />
            <input type="hidden" name="size" value=move || state.with(|s| s.page_size.to_string()) />
            {search_input}
            {type_select}
            {product_select}
            {group_select}
            <div class="filter-slot" hidden=move || tab() != Tab::Projects>
                {project_select}
            </div>
            <div class="filter-slot" hidden=move || tab() != Tab::Customers>
                {desk_select}
            </div>
            {after_input}
            {before_input}
            <fieldset class="filter-checks">
                <legend>{i18n.t("filter-status")}</legend>
                {status_boxes}
            </fieldset>
            <fieldset class="filter-checks">
                <legend>{i18n.t("filter-inactivity")}</legend>
                {inactivity_boxes}
            </fieldset>
            <button class="button" type="submit">{i18n.t("filter-apply")}</button>
        </form>
    }
}

/// One checkbox per value of a list filter (`status`, `inactivity`): submitted by the form as
/// repeated names, applied at once when the script runs.
fn check_boxes<T: Ord + Copy + Send + Sync + 'static>(
    state: Memo<TableState>,
    apply: impl Fn(Box<dyn FnOnce(&mut TableState)>) + Clone + 'static,
    name: &'static str,
    values: impl IntoIterator<Item = (T, &'static str, String)>,
    list: fn(&TableState) -> &Vec<T>,
    list_mut: fn(&mut TableState) -> &mut Vec<T>,
) -> impl IntoView {
    let has = move |value: T| state.with(|s| list(s).contains(&value));
    values
        .into_iter()
        .map(|(value, code, label)| {
            let apply = apply.clone();
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        name=name
                        value=code
                        checked=untrack(move || has(value))
                        prop:checked=move || has(value)
                        on:change=move |_| apply(Box::new(move |s| toggle(list_mut(s), value)))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view()
}

/// Adds `value` to a filter list, or removes it, keeping the list sorted.
fn toggle<T: Ord + Copy>(list: &mut Vec<T>, value: T) {
    match list.binary_search(&value) {
        Ok(at) => {
            list.remove(at);
        }
        Err(at) => list.insert(at, value),
    }
}
