//! Per product: seats used against seats bought, and who has access, how active they are and what
//! the inactive seats cost.

use leptos::prelude::*;

use crate::{
    embed::link,
    format,
    i18n::use_i18n,
    table_state::{Tab, TableState},
    users::{Inactivity, Overview, ProductStats, Status, UtilisationLevel},
};

/// The Users table's link for active accounts with access to `product`, in these classes.
fn product_link(product: &ProductStats, classes: &[Inactivity]) -> String {
    TableState {
        tab: Tab::All,
        status: vec![Status::Active],
        product: Some(product.key.clone()),
        inactivity: classes.to_vec(),
        ..TableState::default()
    }
    .href()
}

/// One bar per product whose seats Atlassian reports: amber from 90 %, red when full.
#[component]
pub fn Utilisation(overview: Overview) -> impl IntoView {
    let i18n = use_i18n();
    let bars = overview
        .products
        .iter()
        .filter_map(|p| p.utilisation().map(|u| (p, u)))
        .map(|(p, u)| {
            let level = match u.level {
                UtilisationLevel::Normal => "normal",
                UtilisationLevel::Near => "near",
                UtilisationLevel::Over => "over",
            };
            let used = p.seats_used.unwrap_or(0);
            let capacity = p.capacity.unwrap_or(0);
            let label = i18n.t_with(
                "utilisation-seats",
                [
                    ("used", format::count(i18n, used).into()),
                    ("capacity", format::count(i18n, capacity).into()),
                    ("percent", format::percent(i18n, u.share).into()),
                ],
            );
            // Drawn as SVG: the CSP allows no inline styles, and SVG geometry is not a style.
            let width = format!("{:.1}", (u.share * 100.0).min(100.0));
            view! {
                <li class=format!("utilisation utilisation-{level}")>
                    <div class="utilisation-head">
                        <span class="utilisation-name">{p.name.clone()}</span>
                        <span>{label.clone()}</span>
                    </div>
                    <div
                        class="meter"
                        role="meter"
                        aria-label=p.name.clone()
                        aria-valuemin="0"
                        aria-valuemax=capacity.to_string()
                        aria-valuenow=used.to_string()
                        aria-valuetext=label
                    >
                        <svg viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="meter-fill" width=width height="4"></rect>
                        </svg>
                    </div>
                    {(u.level != UtilisationLevel::Normal).then(|| view! {
                        <p class="utilisation-note">{i18n.t(if u.level == UtilisationLevel::Over { "utilisation-over" } else { "utilisation-near" })}</p>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!bars.is_empty()).then(|| {
        view! {
            <section class="panel" aria-labelledby="utilisation-title">
                <h2 id="utilisation-title">{i18n.t("utilisation-title")}</h2>
                <ul class="utilisation-list">{bars}</ul>
            </section>
        }
    })
}

#[component]
pub fn ProductTable(overview: Overview) -> impl IntoView {
    let i18n = use_i18n();
    let prices = overview.seat_prices.clone();
    let any_price = !prices.prices.is_empty();
    let number =
        move |n: u64, href: String| view! { <a href=link(href) data-count=n.to_string()>{format::count(i18n, n)}</a> };
    let rows = overview
        .products
        .iter()
        .map(|p| {
            let seats = match (p.seats_used, p.capacity) {
                (Some(used), Some(capacity)) => {
                    format!("{} / {}", format::count(i18n, used), format::count(i18n, capacity))
                }
                (Some(used), None) => format::count(i18n, used),
                _ => "—".to_owned(),
            };
            let cost = p
                .inactive_monthly_cost(&prices)
                .map(|c| format::money(i18n, c, &prices.currency))
                .unwrap_or_else(|| "—".to_owned());
            // Each cell names its column (`data-label`): on a narrow screen a product's row becomes
            // a card of `label  number` lines instead of a table eight columns wide.
            let label = |id: &str| i18n.t(id);
            view! {
                <tr>
                    <th scope="row">{p.name.clone()}</th>
                    <td data-label=label("products-users")>{number(p.users, product_link(p, &[]))}</td>
                    <td data-label=label("inactivity-active")>{number(p.active, product_link(p, &[Inactivity::Active]))}</td>
                    <td data-label=label("inactivity-warning")>{number(p.warning, product_link(p, &[Inactivity::Warning]))}</td>
                    <td data-label=label("inactivity-overdue")>{number(p.overdue, product_link(p, &[Inactivity::Overdue]))}</td>
                    <td data-label=label("inactivity-never")>{number(p.never, product_link(p, &[Inactivity::Never]))}</td>
                    // Atlassian's own seat count; the link lists who has access (the two can
                    // differ while a change is propagating, so it carries no count to compare).
                    <td data-label=label("products-seats")><a href=link(product_link(p, &[]))>{seats}</a></td>
                    <td data-label=label("products-cost") hidden=!any_price>{cost}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="products-title">
            <h2 id="products-title">{i18n.t("products-title")}</h2>
            <div class="table-wrap">
                <table class="compact-table products-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("products-product")}</th>
                            <th scope="col">{i18n.t("products-users")}</th>
                            <th scope="col">{i18n.t("inactivity-active")}</th>
                            <th scope="col">{i18n.t("inactivity-warning")}</th>
                            <th scope="col">{i18n.t("inactivity-overdue")}</th>
                            <th scope="col">{i18n.t("inactivity-never")}</th>
                            <th scope="col">{i18n.t("products-seats")}</th>
                            <th scope="col" hidden=!any_price>{i18n.t("products-cost")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(!any_price).then(|| view! {
                <p class="muted">{i18n.t("products-cost-hint")}" "<a href=link("/settings#settings-prices")>{i18n.t("products-cost-set")}</a></p>
            })}
        </section>
    }
}
