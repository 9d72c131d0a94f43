//! One account in full: every field, last activity per product, groups, projects and spaces with
//! roles, service desks and JSM organizations. A region beside the table, opened by a link (so it
//! works without the script); Escape or "Close" returns to the table.

use leptos::prelude::*;

use super::{Go, in_place};
use crate::components::nav::{escape_to, focus_on_open};
use crate::{
    api::deployment::Deployment,
    bulk::Targets,
    code::Code,
    components::bulk_dialog::{BulkRequest, use_bulk_launcher},
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    table_state::TableState,
    users::{Membership, UserDetails},
};

#[component]
pub fn DetailsPanel(state: Memo<TableState>, user: UserDetails) -> impl IntoView {
    let i18n = use_i18n();
    let go = Go::new();
    let org_id = Deployment::current().org_id;
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_open(heading);
    let close_target = move || state.with(|s| s.with_details(None));
    let on_key = escape_to(go.clone(), close_target);
    let row = user.row.clone();
    let now = chrono::Utc::now();
    // Bulk actions for just this user (they need the script, like the dialog they open).
    let hydrated = crate::components::hydrated();
    let bulk_button = use_bulk_launcher().map(|launcher| {
        let id = row.account_id.clone();
        let open = move |_| launcher.open(BulkRequest::Choose { targets: Targets::Accounts(vec![id.clone()]) });
        view! {
            <p hidden=move || !hydrated.get()>
                <button class="button" type="button" on:click=open>{i18n.t("bulk-actions-user")}</button>
            </p>
        }
    });
    let field = |label: &str, value: String| {
        view! {
            <dt>{i18n.t(label)}</dt>
            <dd>{value}</dd>
        }
    };
    let yes_no = |b: bool| i18n.t(if b { "yes" } else { "no" });
    let products = row
        .products
        .iter()
        .map(|p| {
            let last = p.last_active.map(|at| format!("{} ({})", format::day(i18n, at), format::ago(i18n, at, now)));
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td>{last.unwrap_or_else(|| i18n.t("never-active"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <aside class="details-panel" aria-labelledby="details-title" on:keydown=on_key>
            <header class="details-header">
                <h2 id="details-title" tabindex="-1" node_ref=heading>{row.name.clone()}</h2>
                <a class="button" href=move || link(close_target().href()) on:click=in_place(go.clone(), close_target)>
                    {i18n.t("details-close")}
                </a>
            </header>
            <p>
                <a href=row.admin_url(&org_id) target="_blank" rel="noopener noreferrer">{i18n.t("open-in-admin")}</a>
            </p>
            {bulk_button}
            <dl class="details-fields">
                {field("column-email", row.email.clone().unwrap_or_else(|| i18n.t("email-hidden")))}
                {field("details-account-id", row.account_id.clone())}
                {field("column-status", i18n.t(&format!("status-{}", row.status.code())))}
                {field("column-account-type", i18n.t(&format!("class-{}", row.class().code())))}
                {field("details-org-admin", yes_no(row.org_admin))}
                {field("details-scim", yes_no(row.scim))}
                {field("column-added", row.added_to_org.map(|at| format::day(i18n, at)).unwrap_or_else(|| "—".into()))}
                {field(
                    "column-last-active",
                    row.last_active.map(|at| format!("{} ({})", format::day(i18n, at), format::ago(i18n, at, now))).unwrap_or_else(|| i18n.t("never-active")),
                )}
                {field("column-inactivity", i18n.t(&format!("inactivity-{}", row.inactivity.code())))}
            </dl>
            <h3>{i18n.t("details-products")}</h3>
            {if row.products.is_empty() {
                view! { <p class="muted">{i18n.t("details-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="compact-table">
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("details-product")}</th>
                                <th scope="col">{i18n.t("column-last-active")}</th>
                            </tr>
                        </thead>
                        <tbody>{products}</tbody>
                    </table>
                }
                .into_any()
            }}
            <h3>{i18n.t("column-groups")}</h3>
            {plain_list(i18n, &row.groups)}
            {memberships(i18n, "details-projects", &user.projects)}
            {memberships(i18n, "details-spaces", &user.spaces)}
            {memberships(i18n, "column-service-desks", &user.service_desks)}
            {memberships(i18n, "column-jsm-organizations", &user.jsm_organizations)}
        </aside>
    }
}

/// In place of the panel when the account cannot be shown (no longer in the snapshot).
#[component]
pub fn Missing(state: Memo<TableState>, error: crate::error::AppError) -> impl IntoView {
    let i18n = use_i18n();
    let go = Go::new();
    let close_target = move || state.with(|s| s.with_details(None));
    view! {
        <aside class="details-panel" aria-labelledby="details-title">
            <header class="details-header">
                <h2 id="details-title">{i18n.t("details-missing")}</h2>
                <a class="button" href=move || link(close_target().href()) on:click=in_place(go, close_target)>
                    {i18n.t("details-close")}
                </a>
            </header>
            <p role="alert">{i18n.t(error.message_id())}</p>
        </aside>
    }
}

fn plain_list(i18n: I18n, names: &[String]) -> AnyView {
    if names.is_empty() {
        return view! { <p class="muted">{i18n.t("details-none")}</p> }.into_any();
    }
    view! { <ul class="tag-list">{names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> }.into_any()
}

fn memberships(i18n: I18n, title: &'static str, list: &[Membership]) -> AnyView {
    let items = list
        .iter()
        .map(|m| {
            let name = m.label();
            let roles = (!m.roles.is_empty()).then(|| m.roles.join(", "));
            view! {
                <li>
                    <span>{name}</span>
                    {roles.map(|r| view! { <span class="muted">" · "{r}</span> })}
                </li>
            }
        })
        .collect_view();
    let empty = list.is_empty();
    view! {
        <h3>{i18n.t(title)}</h3>
        {if empty {
            view! { <p class="muted">{i18n.t("details-none")}</p> }.into_any()
        } else {
            view! { <ul class="membership-list">{items}</ul> }.into_any()
        }}
    }
    .into_any()
}
