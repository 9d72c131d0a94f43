//! The table itself: sortable headings, one row per account with its selection box, and the
//! pager. Only the page on screen is rendered, however many accounts match.

use leptos::prelude::*;
use strum::VariantArray;

use super::{Go, in_place};
use crate::components::{hydrated, pager::Pager};
use crate::{
    code::Code,
    columns::{Column, Columns},
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    selection::use_selection,
    table_state::TableState,
    users::{Membership, SortKey, UserPage, UserRow},
};

#[component]
pub fn UserTable(
    state: Memo<TableState>,
    page: UserPage,
    columns: RwSignal<Columns>,
    org_id: String,
    go: Go,
) -> impl IntoView {
    let i18n = use_i18n();
    let selection = use_selection();
    let hydrated = hydrated();
    let tab = state.with_untracked(|s| s.tab);
    let shown = move |column: Column| column.relevant(tab) && columns.with(|c| c.shows(column));
    let page_ids: Vec<String> = page.rows.iter().map(|r| r.account_id.clone()).collect();
    let all_on_page = {
        let ids = page_ids.clone();
        move || !ids.is_empty() && ids.iter().all(|id| selection.contains(id))
    };
    let toggle_page = {
        let ids = page_ids.clone();
        move |ev: leptos::ev::Event| selection.set(ids.iter().map(String::as_str), event_target_checked(&ev))
    };
    let heading = {
        let go = go.clone();
        move |label: String, column: Option<Column>, sort: Option<SortKey>| {
            let hidden = move || column.is_some_and(|c| !shown(c));
            let class = column.map(|c| format!("col-{}", c.code()));
            match sort {
                Some(key) => {
                    let aria = move || {
                        state.with(|s| (s.sort == key).then_some(if s.descending { "descending" } else { "ascending" }))
                    };
                    let target = move || state.with(|s| s.sorted_by(key));
                    view! {
                        <th scope="col" class=class aria-sort=aria hidden=hidden>
                            <a class="sort" href=move || link(target().href()) on:click=in_place(go.clone(), target)>
                                {label}
                                <span class="sort-mark" aria-hidden="true"></span>
                            </a>
                        </th>
                    }
                    .into_any()
                }
                None => view! { <th scope="col" class=class hidden=hidden>{label}</th> }.into_any(),
            }
        }
    };
    let headings = Column::VARIANTS
        .iter()
        .map(|&column| heading(i18n.t(column.message_id()), Some(column), column.sort()))
        .collect_view();
    let as_of = page.as_of;
    let total = page.total;
    let rows = page
        .rows
        .into_iter()
        .map(|row| row_view(i18n, row, &org_id, as_of, state, shown, hydrated, go.clone()))
        .collect_view();
    let empty = total == 0;

    view! {
        <div class="table-wrap">
            <table class="users-table">
                <caption class="visually-hidden">{i18n.t("users-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="select-cell" hidden=move || !hydrated.get()>
                            <input
                                type="checkbox"
                                aria-label=i18n.t("select-page")
                                prop:checked=all_on_page
                                on:change=toggle_page
                            />
                        </th>
                        {heading(i18n.t("column-name"), None, Some(SortKey::Name))}
                        {headings}
                        <th scope="col" class="details-cell">
                            <span class="visually-hidden">{i18n.t("column-details")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    {empty.then(|| view! {
                        <tr>
                            <td colspan="14" class="no-matches">{i18n.t("users-no-matches")}</td>
                        </tr>
                    })}
                </tbody>
            </table>
        </div>
        <Pager state total go />
    }
}

#[allow(clippy::too_many_arguments)]
fn row_view(
    i18n: I18n,
    row: UserRow,
    org_id: &str,
    as_of: chrono::DateTime<chrono::Utc>,
    state: Memo<TableState>,
    shown: impl Fn(Column) -> bool + Copy + Send + Sync + 'static,
    hydrated: ReadSignal<bool>,
    go: Go,
) -> AnyView {
    let selection = use_selection();
    let id = row.account_id.clone();
    let selected = {
        let id = id.clone();
        move || selection.contains(&id)
    };
    let toggle = {
        let id = id.clone();
        move |ev: leptos::ev::Event| selection.set([id.as_str()], event_target_checked(&ev))
    };
    let details_target = {
        let id = id.clone();
        move || state.with(|s| s.with_details(Some(id.clone())))
    };
    let email = row.email.clone().unwrap_or_else(|| i18n.t("email-hidden"));
    let products = row.products.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    let groups = list_summary(i18n, &row.groups);
    let desks = list_summary(i18n, &row.service_desks);
    let orgs = list_summary(i18n, &row.jsm_organizations);
    let last_active = match row.last_active {
        Some(at) => view! {
            <time datetime=at.to_rfc3339() title=format::moment(i18n, at)>{format::ago(i18n, at, as_of)}</time>
        }
        .into_any(),
        None => view! { <span class="muted">{i18n.t("never-active")}</span> }.into_any(),
    };
    let added = row.added_to_org.map(|at| format::day(i18n, at)).unwrap_or_default();
    let class = row.inactivity.code();
    // Long values (e-mails, lists) stay on one line, cut short by the stylesheet: the cell's title
    // holds the whole value for the mouse, and a row holding keyboard focus shows its values
    // whole. Each cell names its column for the narrow layout, where rows become cards.
    let titles = [
        (Column::Email, row.email.clone().unwrap_or_default()),
        (Column::Products, products.clone()),
        (Column::Groups, row.groups.join(", ")),
        (Column::ServiceDesks, row.service_desks.join(", ")),
        (Column::JsmOrganizations, row.jsm_organizations.join(", ")),
        (Column::Places, crate::csv_export::places_text(&row.places)),
    ];
    let cell = move |column: Column, content: AnyView| {
        let title = titles.iter().find(|(c, full)| *c == column && !full.is_empty()).map(|(_, full)| full.clone());
        view! {
            <td
                class=format!("col-{}", column.code())
                data-label=i18n.t(column.message_id())
                title=title
                hidden=move || !shown(column)
            >
                {content}
            </td>
        }
    };
    let name_label = i18n.t_with("select-user", [("name", row.name.clone().into())]);
    let details_label = i18n.t_with("details-for", [("name", row.name.clone().into())]);
    let selected_class = selected.clone();
    view! {
        <tr class:selected=selected_class>
            <td class="select-cell" hidden=move || !hydrated.get()>
                <input type="checkbox" aria-label=name_label prop:checked=selected on:change=toggle />
            </td>
            <th scope="row" class="name-cell">
                <a href=row.admin_url(org_id) target="_blank" rel="noopener noreferrer" title=i18n.t("open-in-admin")>
                    {row.name.clone()}
                </a>
                {row.org_admin.then(|| view! { <span class="tag">{i18n.t("org-admin")}</span> })}
            </th>
            {cell(Column::Email, view! { <span>{email}</span> }.into_any())}
            {cell(Column::Status, view! { <span>{i18n.t(&format!("status-{}", row.status.code()))}</span> }.into_any())}
            {cell(Column::AccountType, view! { <span>{i18n.t(&format!("class-{}", row.class().code()))}</span> }.into_any())}
            {cell(Column::Products, view! { <span>{products}</span> }.into_any())}
            {cell(Column::Groups, view! { <span>{groups}</span> }.into_any())}
            {cell(Column::LastActive, last_active)}
            {cell(
                Column::Inactivity,
                view! { <span class=format!("badge badge-{class}")>{i18n.t(&format!("inactivity-{class}"))}</span> }.into_any(),
            )}
            {cell(Column::AddedToOrg, view! { <span>{added}</span> }.into_any())}
            {cell(Column::ServiceDesks, view! { <span>{desks}</span> }.into_any())}
            {cell(Column::JsmOrganizations, view! { <span>{orgs}</span> }.into_any())}
            {cell(Column::Places, places_view(i18n, &row.places))}
            <td class="details-cell">
                <a
                    class="details-link"
                    href={
                        let target = details_target.clone();
                        move || link(target().href())
                    }
                    aria-label=details_label
                    on:click=in_place(go, details_target)
                >
                    {i18n.t("details")}
                </a>
            </td>
        </tr>
    }
    .into_any()
}

/// A project user's projects and spaces, each with the roles held there (the first few, then
/// how many more; the details panel lists them all).
fn places_view(i18n: I18n, places: &[Membership]) -> AnyView {
    const SHOWN: usize = 3;
    let items = places
        .iter()
        .take(SHOWN)
        .map(|m| {
            let name = m.label();
            let roles = (!m.roles.is_empty()).then(|| m.roles.join(", "));
            view! {
                <li>
                    <span class="place-name">{name}</span>
                    {roles.map(|r| view! { <span class="place-roles muted">{r}</span> })}
                </li>
            }
        })
        .collect_view();
    let more = places.len().saturating_sub(SHOWN);
    view! {
        <ul class="place-list">
            {items}
            {(more > 0).then(|| view! { <li class="muted">{i18n.t_with("places-more", [("more", more.into())])}</li> })}
        </ul>
    }
    .into_any()
}

/// The first few names of a list, then how many more: "devs, admins +3".
fn list_summary(i18n: I18n, names: &[String]) -> String {
    const SHOWN: usize = 3;
    let head = names.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    match names.len().saturating_sub(SHOWN) {
        0 => head,
        more => i18n.t_with("list-more", [("list", head.into()), ("more", more.into())]),
    }
}
