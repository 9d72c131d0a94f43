//! The Users page: tabs, search and filters, the table, paging, selection, exports and the
//! details panel. Its whole state is the URL (see [`crate::table_state`]): every control is a link
//! or a GET form that works without the script, and the hydrated page navigates in place.

mod details;
mod export_bar;
mod filters;
mod table;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use strum::VariantArray;

use crate::{
    api::{
        deployment::Deployment,
        directory::{load_filter_options, load_user_details, query_users},
    },
    components::{
        bulk_dialog::{BulkDialog, BulkLauncher, BulkPresets},
        busy::busy,
        empty_state::EmptyState,
        page_header::PageHeader,
    },
    embed::link,
    i18n::{I18n, use_i18n},
    table_state::{Tab, TableState},
    users::{Inactivity, Status},
};

pub(crate) use crate::components::nav::{Go, in_place};

#[component]
pub fn UsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let state = Memo::new(move |_| query.with(|q| TableState::parse(|name| q.get_all(name).unwrap_or_default())));
    let options = OnceResource::new(load_filter_options());
    let page = Resource::new(move || state.with(TableState::query), query_users);
    let details = Resource::new(
        move || state.with(|s| s.user.clone()),
        |id| async move {
            match id {
                Some(id) => load_user_details(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let deployment = Deployment::current();
    let org_id = deployment.org_id.clone();
    let org_name = deployment.org_name.clone().unwrap_or_else(|| deployment.org_id.clone());
    let go_filters = Go::new();
    let go_table = go_filters.clone();
    let columns = RwSignal::new(crate::prefs::use_prefs().columns);
    let launcher = BulkLauncher::provide();

    view! {
        <PageHeader title_id="users-title" />
        <Tabs state />
        <Presets state />
        <Suspense>
            {
                move || {
                    let go = go_filters.clone();
                    Suspend::new(async move {
                        options.await.map(|options| view! { <filters::Filters state options go /> })
                    })
                }
            }
        </Suspense>
        <Transition fallback=move || busy(i18n, "users-loading")>
            {
                move || {
                    let (go, org_name, org_id) = (go_table.clone(), org_name.clone(), org_id.clone());
                    Suspend::new(async move {
                        let page = page.await?;
                        let view = if page.synced_at.is_none() {
                            view! {
                                <EmptyState title=i18n.t("users-empty-title") body=i18n.t("users-empty-body") />
                            }
                                .into_any()
                        } else {
                            let products = options.await.map(|o| o.products).unwrap_or_default();
                            // The clean-up presets deactivate org users and revoke product
                            // access: nothing a JSM customer has, so that tab does not offer them.
                            let presets = state.with_untracked(|s| s.tab.has_products()).then(|| {
                                view! { <BulkPresets launcher products days=page.thresholds.overdue_days folded=true /> }
                                    .into_any()
                            });
                            view! {
                                <export_bar::Toolbar state page=page.clone() org_name columns presets />
                                <table::UserTable state page columns org_id go />
                            }
                                .into_any()
                        };
                        Ok::<_, crate::error::AppError>(view)
                    })
                }
            }
        </Transition>
        <Suspense>
            {move || Suspend::new(async move {
                match details.await {
                    Ok(Some(user)) => view! { <details::DetailsPanel state user /> }.into_any(),
                    Ok(None) => ().into_any(),
                    // A stale or mistyped link: say so beside the table, which stays usable.
                    Err(error) => view! { <details::Missing state error /> }.into_any(),
                }
            })}
        </Suspense>
        <BulkDialog launcher />
    }
}

/// The four ways to list accounts, as links that keep the filters.
#[component]
fn Tabs(state: Memo<TableState>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="tabs" aria-label=i18n.t("users-tabs")>
            {Tab::VARIANTS
                .iter()
                .map(|&tab| {
                    let current = move || state.with(|s| s.tab == tab);
                    view! {
                        <a
                            href=move || link(state.with(|s| s.on_tab(tab).href()))
                            class="tab"
                            aria-current=move || current().then_some("page")
                        >
                            {i18n.t(tab_message(tab))}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

fn tab_message(tab: Tab) -> &'static str {
    match tab {
        Tab::Org => "users-tab-org",
        Tab::Projects => "users-tab-projects",
        Tab::Customers => "users-tab-customers",
        Tab::All => "users-tab-all",
    }
}

/// One-click views of the accounts an admin reviews most: inactive everywhere, warning, overdue.
#[component]
fn Presets(state: Memo<TableState>) -> impl IntoView {
    let i18n = use_i18n();
    let preset = move |classes: Vec<Inactivity>| {
        state.with(|s| {
            s.refiltered(|next| {
                next.status = vec![Status::Active];
                next.inactivity = classes;
                next.product = None;
            })
        })
    };
    let presets = [
        ("users-preset-inactive", vec![Inactivity::Warning, Inactivity::Overdue, Inactivity::Never]),
        ("users-preset-warning", vec![Inactivity::Warning]),
        ("users-preset-overdue", vec![Inactivity::Overdue]),
        ("users-preset-never", vec![Inactivity::Never]),
    ];
    view! {
        <nav class="presets" aria-label=i18n.t("users-presets")>
            <span class="presets-label">{i18n.t("users-presets")}</span>
            {presets
                .into_iter()
                .map(|(id, classes)| {
                    let target = {
                        let classes = classes.clone();
                        move || preset(classes.clone())
                    };
                    let current = move || state.with(|s| s.inactivity == classes && s.status == [Status::Active]);
                    view! {
                        <a href=move || link(target().href()) class="chip" aria-current=move || current().then_some("true")>
                            {i18n.t(id)}
                        </a>
                    }
                })
                .collect_view()}
            <a href=move || link(state.with(|s| TableState { tab: s.tab, ..TableState::default() }.href())) class="chip chip-clear">
                {i18n.t("users-clear-filters")}
            </a>
        </nav>
    }
}

/// "12 users" / "1 user", with the number formatted.
pub(crate) fn users_count(i18n: I18n, n: u64) -> String {
    i18n.t_with("users-count", [("count", n.into()), ("formatted", crate::format::count(i18n, n).into())])
}
