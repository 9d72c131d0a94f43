//! The dashboard: who is active, who is not and what it costs, per product, with the sync's state.
//! Every number links to the Users table filtered to exactly the accounts it counts.

mod chart;
mod erasure_banner;
mod families;
mod products;
mod sync_panel;

pub(crate) use erasure_banner::ErasureBanner;

use leptos::prelude::*;

use crate::{
    api::directory::load_overview,
    code::Code,
    components::{
        bulk_dialog::{BulkDialog, BulkLauncher, BulkPresets, use_bulk_launcher},
        busy::busy,
        empty_state::EmptyState,
        page_header::PageHeader,
    },
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    table_state::{Tab, TableState},
    users::{Inactivity, Overview, Status},
};

#[component]
pub fn DashboardPage() -> impl IntoView {
    // Bumped when a sync finishes, so the numbers follow the new snapshot without a reload.
    let generation = RwSignal::new(0u32);
    let overview = Resource::new(move || generation.get(), |_| load_overview());
    let launcher = BulkLauncher::provide();
    view! {
        <PageHeader title_id="dashboard-title" />
        <ErasureBanner />
        <sync_panel::SyncPanel on_synced=move || generation.update(|g| *g += 1) />
        <Transition>
            {move || Suspend::new(async move { overview.await.map(|overview| view! { <Numbers overview /> }) })}
        </Transition>
        <BulkDialog launcher />
    }
}

/// The Users table's link for active org users in these inactivity classes.
pub(crate) fn org_users_link(classes: &[Inactivity]) -> String {
    org_users_link_of(&[Status::Active], classes)
}

/// The Users table's link for org users with these statuses (any when empty) and classes.
fn org_users_link_of(status: &[Status], classes: &[Inactivity]) -> String {
    TableState { status: status.to_vec(), inactivity: classes.to_vec(), ..TableState::default() }.href()
}

#[component]
fn Numbers(overview: Overview) -> impl IntoView {
    let i18n = use_i18n();
    if overview.total == 0 && overview.syncing {
        // The progress is in the sync panel above; the numbers follow when it finishes.
        return view! {
            <EmptyState title=i18n.t("dashboard-first-sync-title") body=i18n.t("dashboard-first-sync-body")>
                {busy(i18n, "dashboard-first-sync-working")}
            </EmptyState>
        }
        .into_any();
    }
    if overview.total == 0 {
        return view! {
            <EmptyState title=i18n.t("dashboard-empty-title") body=i18n.t("dashboard-empty-body")>
                <a href=link("/settings") class="button button-primary">
                    {i18n.t("dashboard-empty-action")}
                </a>
            </EmptyState>
        }
        .into_any();
    }
    let t = overview.thresholds;
    let inactive_classes = [Inactivity::Warning, Inactivity::Overdue, Inactivity::Never];
    let all = TableState { tab: Tab::All, ..TableState::default() }.href();
    let customers = TableState { tab: Tab::Customers, ..TableState::default() }.href();
    view! {
        <section
            class="cards"
            aria-label=i18n.t("dashboard-summary")
            data-warning-days=t.warning_days.to_string()
            data-overdue-days=t.overdue_days.to_string()
        >
            <article class="card">
                <h2 class="card-title"><a href=link(&all)>{i18n.t("card-total")}</a></h2>
                <p class="card-number">
                    <a href=link(&all) data-count=overview.total.to_string()>{format::count(i18n, overview.total)}</a>
                </p>
                <p class="card-detail">
                    {i18n.t_with(
                        "card-total-detail",
                        [
                            ("org", format::count(i18n, overview.org_users).into()),
                            ("customers", format::count(i18n, overview.customers).into()),
                        ],
                    )}
                </p>
                // Org users who cannot sign in are neither recently active nor inactive: counted
                // apart, so the other cards add up to the org users who can.
                <p class="card-detail card-no-access">
                    <a href=link(org_users_link_of(&[], &[Inactivity::NoAccess])) data-count=overview.no_access.to_string()>
                        {i18n.t_with(
                            "card-no-access",
                            [("count", overview.no_access.into()), ("formatted", format::count(i18n, overview.no_access).into())],
                        )}
                    </a>
                </p>
            </article>
            {card(i18n, "card-active", overview.active, org_users_link(&[Inactivity::Active]), i18n.t_with(
                "card-active-detail",
                [("days", t.warning_days.into())],
            ), "card-good")}
            <article class="card card-split">
                <h2 class="card-title">
                    <a href=link(org_users_link(&inactive_classes))>{i18n.t("card-inactive")}</a>
                </h2>
                <p class="card-number">
                    <a href=link(org_users_link(&inactive_classes)) data-count=overview.inactive().to_string()>
                        {format::count(i18n, overview.inactive())}
                    </a>
                </p>
                <ul class="card-parts">
                    {part(i18n, "inactivity-warning", overview.warning, Inactivity::Warning, i18n.t_with("threshold-warning", [("days", t.warning_days.into())]))}
                    {part(i18n, "inactivity-overdue", overview.overdue, Inactivity::Overdue, i18n.t_with("threshold-overdue", [("days", t.overdue_days.into())]))}
                    {part(i18n, "inactivity-never", overview.never, Inactivity::Never, i18n.t("threshold-never"))}
                </ul>
            </article>
            <article class="card">
                <h2 class="card-title"><a href=link(&customers)>{i18n.t("card-customers")}</a></h2>
                <p class="card-number">
                    <a href=link(&customers) data-count=overview.customers.to_string()>{format::count(i18n, overview.customers)}</a>
                </p>
            </article>
        </section>
        <products::Utilisation overview=overview.clone() />
        <products::ProductTable overview=overview.clone() />
        {use_bulk_launcher().map(|launcher| {
            let products: Vec<(String, String)> = overview.products.iter().map(|p| (p.key.clone(), p.name.clone())).collect();
            view! { <BulkPresets launcher products days=t.overdue_days /> }
        })}
        <chart::ActivityChart overview />
    }
    .into_any()
}

fn card(i18n: I18n, title: &'static str, n: u64, href: String, detail: String, class: &'static str) -> impl IntoView {
    view! {
        <article class=format!("card {class}")>
            <h2 class="card-title"><a href=link(&href)>{i18n.t(title)}</a></h2>
            <p class="card-number">
                <a href=link(&href) data-count=n.to_string()>{format::count(i18n, n)}</a>
            </p>
            <p class="card-detail">{detail}</p>
        </article>
    }
}

fn part(i18n: I18n, label: &'static str, n: u64, class: Inactivity, detail: String) -> impl IntoView {
    view! {
        <li class=format!("card-part badge-{}", class.code())>
            <a href=link(org_users_link(&[class])) data-count=n.to_string()>
                <span class="card-part-number">{format::count(i18n, n)}</span>
                <span class="card-part-label">{i18n.t(label)}</span>
            </a>
            <span class="card-detail">{detail}</span>
        </li>
    }
}
