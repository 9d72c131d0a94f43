//! Search and filters: a GET form that works without the script; once hydrated, each control
//! applies at once (the search box after a pause in typing). The search box is always in view;
//! the other filters fold into a panel behind a "Filters" button, and those in force show as chips,
//! each a link to the same view without it.

use leptos::prelude::*;
use strum::VariantArray;

use super::{Go, in_place};
use crate::components::{
    day_input::day_input,
    nav::after_pause,
    text_input::{TextKind, text_input},
};
use crate::{
    code::Code,
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    table_state::{Tab, TableState},
    users::{AccountClass, FilterOptions, Inactivity, Status},
};

/// Reads one picker's value from the state.
type Reader = Box<dyn Fn(&TableState) -> Option<String> + Send + Sync>;

#[component]
pub fn Filters(state: Memo<TableState>, options: FilterOptions, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let chips = filter_chips(state, options.clone(), go.clone());
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
        <form class="filters folded-filters" method="get" action=link("/users") role="search" on:submit=submit>
            <input type="hidden" name="tab" value=move || state.with(|s| s.tab.code()) />
            <input type="hidden" name="sort" value=move || state.with(|s| crate::table_state::sort_name(s.sort)) />
            <input type="hidden" name="dir" value=move || state.with(|s| if s.descending { "desc" } else { "asc" }) />
            <input type="hidden" name="size" value=move || state.with(|s| s.page_size.to_string()) />
            {search_input}
            // Folded by default so the table starts high on the page; native, so it opens and
            // closes without the script. Its open state is the browser's alone: re-rendering the
            // table after a change leaves it as the admin left it.
            <details class="filter-panel">
                <summary class="button filter-toggle">
                    {i18n.t("filters-toggle")}
                    {move || {
                        let n = state.with(|s| Active::all(s).len());
                        (n > 0).then(|| view! { <span class="filter-count">{n}</span> })
                    }}
                </summary>
                <div class="filter-fields">
                    {type_select}
                    <div class="filter-slot" hidden=move || !tab().has_products()>
                        {product_select}
                    </div>
                    <div class="filter-slot" hidden=move || !tab().has_products()>
                        {group_select}
                    </div>
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
                    <button class="button button-primary" type="submit">{i18n.t("filter-apply")}</button>
                </div>
            </details>
            {chips}
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

/// The filters in force, each a chip that links to the same view without it.
fn filter_chips(state: Memo<TableState>, options: FilterOptions, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let active = state.with(Active::all);
        (!active.is_empty()).then(|| {
            let chips = active
                .into_iter()
                .map(|filter| {
                    let text = i18n.t_with(
                        "filter-chip",
                        [("name", i18n.t(filter.name_id()).into()), ("value", filter.value(i18n, &options).into())],
                    );
                    let label = i18n.t_with("filter-remove", [("filter", text.clone().into())]);
                    let target = move || state.with(|s| filter.removed_from(s));
                    let href = {
                        let target = target.clone();
                        move || link(target().href())
                    };
                    view! {
                        <li>
                            <a
                                class="chip chip-remove"
                                href=href
                                aria-label=label.clone()
                                title=label
                                on:click=in_place(go.clone(), target)
                            >
                                <span class="chip-text">{text}</span>
                                <span class="chip-x" aria-hidden="true">"×"</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="filter-chips" aria-label=i18n.t("filters-active")>
                    {chips}
                </ul>
            }
        })
    }
}

/// One filter in force: what a chip names, and how to take it away.
#[derive(Clone, Debug, PartialEq)]
enum Active {
    Text(String),
    Class(AccountClass),
    Product(String),
    Group(String),
    Project(String),
    Desk(String),
    After(chrono::NaiveDate),
    Before(chrono::NaiveDate),
    Status(Status),
    Inactivity(Inactivity),
}

impl Active {
    /// Every filter narrowing `state`, in the panel's order. A product, group, project or desk
    /// counts only on a tab that offers it, as the panel shows it only there.
    fn all(state: &TableState) -> Vec<Active> {
        let mut all = Vec::new();
        let text = state.text.trim();
        if !text.is_empty() {
            all.push(Active::Text(text.to_owned()));
        }
        all.extend(state.class.map(Active::Class));
        if state.tab.has_products() {
            all.extend(state.product.clone().map(Active::Product));
            all.extend(state.group.clone().map(Active::Group));
        }
        if state.tab == Tab::Projects {
            all.extend(state.project.clone().map(Active::Project));
        }
        if state.tab == Tab::Customers {
            all.extend(state.desk.clone().map(Active::Desk));
        }
        all.extend(state.active_after.map(Active::After));
        all.extend(state.active_before.map(Active::Before));
        all.extend(state.status.iter().copied().map(Active::Status));
        all.extend(state.inactivity.iter().copied().map(Active::Inactivity));
        all
    }

    /// The same view without this filter, from its first page.
    fn removed_from(&self, state: &TableState) -> TableState {
        state.refiltered(|s| match self {
            Active::Text(_) => s.text.clear(),
            Active::Class(_) => s.class = None,
            Active::Product(_) => s.product = None,
            Active::Group(_) => s.group = None,
            Active::Project(_) => s.project = None,
            Active::Desk(_) => s.desk = None,
            Active::After(_) => s.active_after = None,
            Active::Before(_) => s.active_before = None,
            Active::Status(status) => s.status.retain(|v| v != status),
            Active::Inactivity(class) => s.inactivity.retain(|v| v != class),
        })
    }

    /// The message naming the filter (the panel's label for it).
    fn name_id(&self) -> &'static str {
        match self {
            Active::Text(_) => "filter-search",
            Active::Class(_) => "filter-type",
            Active::Product(_) => "filter-product",
            Active::Group(_) => "filter-group",
            Active::Project(_) => "filter-project",
            Active::Desk(_) => "filter-desk",
            Active::After(_) => "filter-active-after",
            Active::Before(_) => "filter-active-before",
            Active::Status(_) => "filter-status",
            Active::Inactivity(_) => "filter-inactivity",
        }
    }

    /// The chosen value as the panel shows it: the product's, group's, project's or desk's name
    /// (its key when the snapshot no longer has it), the translated status or class, the day.
    fn value(&self, i18n: I18n, options: &FilterOptions) -> String {
        let named = |choices: &[(String, String)], key: &str| {
            choices.iter().find(|(k, _)| k == key).map_or_else(|| key.to_owned(), |(_, name)| name.clone())
        };
        match self {
            Active::Text(text) => format!("\u{201c}{text}\u{201d}"),
            Active::Class(class) => i18n.t(&format!("class-{}", class.code())),
            Active::Product(key) => named(&options.products, key),
            Active::Group(id) => named(&options.groups, id),
            Active::Project(id) => named(&options.projects, id),
            Active::Desk(id) => named(&options.desks, id),
            Active::After(day) | Active::Before(day) => format::date(i18n, *day),
            Active::Status(status) => i18n.t(&format!("status-{}", status.code())),
            Active::Inactivity(class) => i18n.t(&format!("inactivity-{}", class.code())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filtered() -> TableState {
        TableState {
            tab: Tab::Customers,
            text: " ada ".into(),
            class: Some(AccountClass::Customer),
            desk: Some("desk:3".into()),
            project: Some("project:9".into()),
            active_after: chrono::NaiveDate::from_ymd_opt(2026, 1, 2),
            status: vec![Status::Active, Status::Suspended],
            inactivity: vec![Inactivity::Overdue],
            page: 4,
            ..TableState::default()
        }
    }

    #[test]
    fn each_filter_in_force_is_one_chip() {
        let all = Active::all(&filtered());
        assert_eq!(
            all,
            [
                Active::Text("ada".into()),
                Active::Class(AccountClass::Customer),
                Active::Desk("desk:3".into()),
                Active::After(chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("a day")),
                Active::Status(Status::Active),
                Active::Status(Status::Suspended),
                Active::Inactivity(Inactivity::Overdue),
            ],
            "the project is not offered on the customers tab"
        );
        assert!(Active::all(&TableState::default()).is_empty());
    }

    #[test]
    fn a_chip_removes_its_filter_alone_and_starts_from_the_first_page() {
        let state = filtered();
        let without = Active::Status(Status::Active).removed_from(&state);
        assert_eq!(without.status, [Status::Suspended]);
        assert_eq!(without.page, 1);
        assert_eq!(TableState { status: state.status.clone(), page: state.page, ..without }, state);
        // Taking every chip away leaves the tab unfiltered.
        let mut bare = state.clone();
        for filter in Active::all(&state) {
            bare = filter.removed_from(&bare);
        }
        assert!(Active::all(&bare).is_empty());
        assert_eq!(bare.tab, Tab::Customers);
    }
}
