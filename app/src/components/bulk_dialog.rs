//! The bulk-action dialog: pick what to do, see the pre-flight (who changes and how, who is left
//! alone and why), confirm, and go to the job's page. Opened from the Users selection, the details
//! panel, the inactivity presets and a job's "Undo". A native modal `<dialog>`: the rest of the
//! page is inert while it is open, Escape closes it, and it is labelled by its heading. Its code
//! is loaded the first time an admin opens it on a page (most visits never do), not with the page.

use std::collections::BTreeSet;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_navigate;

use crate::{
    api::{
        bulk::{bulk_preflight, start_job, undo_preflight},
        directory::load_filter_options,
    },
    bulk::{BulkAction, PlannedUser, Preflight, Skip, Step, Targets, Verdict},
    code::Code,
    components::busy::busy,
    error::AppError,
    format,
    i18n::{I18n, use_i18n},
    users::{FilterOptions, Kind, Status, UserQuery},
};

/// What the dialog is opened for.
#[derive(Clone, Debug, PartialEq)]
pub enum BulkRequest {
    /// Choose an action for these users (a selection, or one user from the details panel).
    Choose { targets: Targets },
    /// A preset: this action for these users, straight to the pre-flight.
    Preset { action: BulkAction, targets: Targets },
    /// Take back what a finished job did.
    Undo { job_id: String },
}

/// Opens the page's bulk-action dialog. Provided by the page that renders [`BulkDialog`].
#[derive(Clone, Copy, Debug)]
pub struct BulkLauncher(RwSignal<Option<BulkRequest>>);

impl BulkLauncher {
    pub fn provide() -> BulkLauncher {
        let launcher = BulkLauncher(RwSignal::new(None));
        provide_context(launcher);
        launcher
    }

    pub fn open(self, request: BulkRequest) {
        self.0.set(Some(request));
    }

    fn close(self) {
        self.0.set(None);
    }
}

pub fn use_bulk_launcher() -> Option<BulkLauncher> {
    use_context::<BulkLauncher>()
}

/// The actions the chooser offers, without their products or desks (the chooser's boxes add them).
const ACTIONS: [BulkAction; 5] = [
    BulkAction::Deactivate,
    BulkAction::Reactivate,
    BulkAction::RevokeAccess { products: Vec::new() },
    BulkAction::AssignAccess { products: Vec::new() },
    BulkAction::RemoveCustomer { desks: Vec::new() },
];

/// The action the chooser's fields describe: the chosen one with the products or desks picked;
/// `None` while it needs a product that is not picked.
fn chosen_action(chosen: &BulkAction, products: &BTreeSet<String>, desks: &BTreeSet<String>) -> Option<BulkAction> {
    let products: Vec<String> = products.iter().cloned().collect();
    match chosen {
        BulkAction::Deactivate | BulkAction::Reactivate => Some(chosen.clone()),
        BulkAction::RevokeAccess { .. } if !products.is_empty() => Some(BulkAction::RevokeAccess { products }),
        BulkAction::AssignAccess { .. } if !products.is_empty() => Some(BulkAction::AssignAccess { products }),
        BulkAction::RevokeAccess { .. } | BulkAction::AssignAccess { .. } => None,
        // No desk picked: every desk the customer is in.
        BulkAction::RemoveCustomer { .. } => {
            Some(BulkAction::RemoveCustomer { desks: desks.iter().cloned().collect() })
        }
    }
}

/// The action's name alone: "Revoke product access".
fn action_name(i18n: I18n, action: &BulkAction) -> String {
    i18n.t(&format!("bulk-action-{}", action.code()))
}

/// The service desks among the filter options' desks and JSM organizations: (desk id, name).
fn service_desks(options: &FilterOptions) -> Vec<(String, String)> {
    options
        .desks
        .iter()
        .filter_map(|(id, name)| id.strip_prefix("desk:").map(|id| (id.to_owned(), name.clone())))
        .collect()
}

/// The "deactivate everyone overdue" preset: active org users overdue by the settings' threshold.
pub fn overdue_query() -> UserQuery {
    UserQuery {
        kind: Some(Kind::OrgUser),
        status: vec![Status::Active],
        inactivity: vec![crate::users::Inactivity::Overdue],
        ..UserQuery::default()
    }
}

/// Active users with access to `product` who have not used it since `days` before `today`.
pub fn unused_product_query(product: &str, days: u32, today: chrono::NaiveDate) -> UserQuery {
    UserQuery {
        product: Some(product.to_owned()),
        status: vec![Status::Active],
        active_before: Some(today - chrono::Duration::days(i64::from(days))),
        ..UserQuery::default()
    }
}

/// One step as a results table says it: "Removed from group jira-users".
pub fn step_label(i18n: I18n, step: &Step) -> String {
    i18n.t_with(
        &format!("bulk-step-{}", step.code()),
        [("object", step.object().unwrap_or_default().to_owned().into())],
    )
}

/// One step as the pre-flight announces it: "Remove from group jira-users", "Revoke Confluence
/// access" (a product by its name where `names` knows it).
pub fn plan_step_label(i18n: I18n, step: &Step, names: Option<&FilterOptions>) -> String {
    let object = match step {
        Step::RevokeRole { product, .. } | Step::AssignRole { product, .. } => names
            .and_then(|n| n.products.iter().find(|(key, _)| key == product))
            .map_or_else(|| product.clone(), |(_, name)| name.clone()),
        _ => step.object().unwrap_or_default().to_owned(),
    };
    i18n.t_with(&format!("bulk-plan-{}", step.code()), [("object", object.into())])
}

pub fn skip_label(i18n: I18n, skip: Skip) -> String {
    i18n.t(&format!("bulk-skip-{}", skip.code()))
}

/// Where the dialog is.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Choose,
    Checking,
    Review(Preflight),
    Starting,
}

/// How many skipped users the review lists before "and N more".
const SKIPPED_SHOWN: usize = 200;
/// Users that will change listed per page of the review: a plan may hold thousands, and only
/// one page of them is ever rendered.
const CHANGES_PER_PAGE: usize = 20;

/// The users of a plan that will change and match `search` (in name or e-mail, ignoring case;
/// empty: all), with their steps: one page of them (zero-based) and how many match in all.
fn changes_page<'a>(
    users: &'a [PlannedUser],
    search: &str,
    page: usize,
) -> (Vec<(&'a PlannedUser, &'a [Step])>, usize) {
    let needle = search.trim().to_lowercase();
    let matching = users.iter().filter_map(|u| match &u.verdict {
        Verdict::Change { steps } => Some((u, steps.as_slice())),
        Verdict::Skip { .. } => None,
    });
    let matching = matching.filter(|(u, _)| {
        needle.is_empty()
            || u.name.to_lowercase().contains(&needle)
            || u.email.as_deref().is_some_and(|e| e.to_lowercase().contains(&needle))
    });
    let mut total = 0;
    let mut shown = Vec::with_capacity(CHANGES_PER_PAGE);
    for (n, found) in matching.enumerate() {
        total += 1;
        if n / CHANGES_PER_PAGE == page {
            shown.push(found);
        }
    }
    (shown, total)
}

/// The page's bulk-action dialog: nothing until the first opening, then the dialog, whose code
/// arrives with that first opening and stays for the page's life.
#[component]
pub fn BulkDialog(launcher: BulkLauncher) -> impl IntoView {
    let opened =
        Memo::new(move |before: Option<&bool>| before.copied().unwrap_or_default() || launcher.0.with(Option::is_some));
    move || {
        opened.get().then(|| {
            view! {
                <Suspense fallback=|| ()>
                    {Suspend::new(async move { loaded_dialog(launcher).await })}
                </Suspense>
            }
        })
    }
}

#[leptos::lazy]
fn loaded_dialog(launcher: BulkLauncher) -> AnyView {
    view! { <Dialog launcher /> }.into_any()
}

#[component]
fn Dialog(launcher: BulkLauncher) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let heading = NodeRef::<leptos::html::H2>::new();
    let phase = RwSignal::new(Phase::Choose);
    let error = RwSignal::new(None::<AppError>);
    let typed = RwSignal::new(String::new());
    let action = RwSignal::new(BulkAction::Deactivate);
    let products = RwSignal::new(BTreeSet::<String>::new());
    let desks = RwSignal::new(BTreeSet::<String>::new());
    let options = RwSignal::new(None::<FilterOptions>);
    // Each opening is numbered, so an answer for an earlier one is dropped.
    let opening = RwSignal::new(0u64);

    let check = move |request: BulkRequest, chosen: Option<BulkAction>| {
        let mine = opening.get_untracked();
        phase.set(Phase::Checking);
        error.set(None);
        spawn_local(async move {
            let result = match (request, chosen) {
                (BulkRequest::Undo { job_id }, _) => undo_preflight(job_id).await,
                (BulkRequest::Preset { action, targets }, _) => bulk_preflight(action, targets).await,
                (BulkRequest::Choose { targets }, Some(action)) => bulk_preflight(action, targets).await,
                (BulkRequest::Choose { .. }, None) => Err(AppError::InvalidInput { field: "action".into() }),
            };
            if opening.get_untracked() != mine {
                return;
            }
            match result {
                Ok(plan) => {
                    typed.set(String::new());
                    phase.set(Phase::Review(plan));
                }
                Err(e) => {
                    error.set(Some(e));
                    phase.set(Phase::Choose);
                }
            }
        });
    };

    // Opening: show the modal and start where the request says; closing: hide it.
    Effect::new(move |_| {
        let request = launcher.0.get();
        let Some(node) = dialog.get() else { return };
        match request {
            Some(request) => {
                opening.update(|n| *n += 1);
                error.set(None);
                typed.set(String::new());
                if !node.open() {
                    // On the first opening the dialog has only just been built (its code arrived
                    // with this click) and joins the page a moment later: a modal can only be
                    // shown from the page, so it waits for the next frame.
                    if node.is_connected() {
                        let _ = node.show_modal();
                    } else {
                        request_animation_frame(move || {
                            let _ = node.show_modal();
                        });
                    }
                }
                // Products and desks by name, for the chooser and the review.
                if options.get_untracked().is_none() {
                    spawn_local(async move {
                        match load_filter_options().await {
                            Ok(o) => options.set(Some(o)),
                            Err(e) => error.set(Some(e)),
                        }
                    });
                }
                match request {
                    BulkRequest::Choose { .. } => phase.set(Phase::Choose),
                    request => check(request, None),
                }
            }
            None => {
                opening.update(|n| *n += 1);
                if node.open() {
                    node.close();
                }
            }
        }
    });
    // Focus follows the dialog to each new step, so keyboard and screen-reader users stay with it.
    Effect::new(move |_| {
        phase.track();
        if let Some(h) = heading.get_untracked() {
            let _ = h.focus();
        }
    });

    let close = move |_| launcher.close();
    let run_check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(request) = launcher.0.get_untracked() {
            let chosen = products
                .with_untracked(|p| desks.with_untracked(|d| action.with_untracked(|a| chosen_action(a, p, d))));
            check(request, chosen);
        }
    };
    let confirm = move |plan: Preflight| {
        let navigate = navigate.clone();
        let typed_now = typed.get_untracked();
        let typed_arg = plan.needs_typed_confirmation().then(|| typed_now.trim().to_owned());
        phase.set(Phase::Starting);
        error.set(None);
        spawn_local(async move {
            match start_job(plan.plan_id.clone(), typed_arg).await {
                Ok(id) => {
                    launcher.close();
                    navigate(&format!("/jobs/{id}"), Default::default());
                }
                Err(e) => {
                    error.set(Some(e));
                    phase.set(Phase::Review(plan));
                }
            }
        });
    };

    let title = move || {
        i18n.t(match launcher.0.get() {
            Some(BulkRequest::Undo { .. }) => "bulk-undo-title",
            _ => "bulk-title",
        })
    };
    let body = move || match phase.get() {
        Phase::Choose => {
            view! { <Chooser action products desks options on_submit=run_check on_cancel=close /> }.into_any()
        }
        Phase::Checking => busy(i18n, "bulk-checking").into_any(),
        Phase::Starting => busy(i18n, "bulk-starting").into_any(),
        Phase::Review(plan) => {
            let confirm = confirm.clone();
            view! { <Review plan names=options.get_untracked() typed on_confirm=confirm on_cancel=close /> }.into_any()
        }
    };

    view! {
        <dialog
            class="bulk-dialog"
            node_ref=dialog
            aria-labelledby="bulk-dialog-title"
            on:close=move |_| {
                if launcher.0.with_untracked(Option::is_some) {
                    launcher.close();
                }
            }
        >
            <h2 id="bulk-dialog-title" tabindex="-1" node_ref=heading>{title}</h2>
            {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{i18n.t(e.message_id())}</p> })}
            {move || launcher.0.with(Option::is_some).then(&body)}
        </dialog>
    }
}

/// The action picker, with its products or desks.
#[component]
fn Chooser(
    action: RwSignal<BulkAction>,
    products: RwSignal<BTreeSet<String>>,
    desks: RwSignal<BTreeSet<String>>,
    options: RwSignal<Option<FilterOptions>>,
    on_submit: impl Fn(leptos::ev::SubmitEvent) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let radios = ACTIONS
        .into_iter()
        .map(|offered| {
            let code = offered.code();
            let name = action_name(i18n, &offered);
            view! {
                <label class="check">
                    <input
                        type="radio"
                        name="bulk-action"
                        value=code
                        prop:checked=move || action.with(|a| a.code() == code)
                        on:change=move |_| action.set(offered.clone())
                    />
                    <span>{name}</span>
                </label>
            }
        })
        .collect_view();
    let boxes = move |list: Vec<(String, String)>, chosen: RwSignal<BTreeSet<String>>| {
        list.into_iter()
            .map(|(id, name)| {
                let (has, set) = (id.clone(), id.clone());
                view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || chosen.with(|c| c.contains(&has))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| {
                                    if on {
                                        c.insert(set.clone());
                                    } else {
                                        c.remove(&set);
                                    }
                                });
                            }
                        />
                        <span>{name}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let subjects = move || {
        let loaded = options.get();
        match action.get() {
            BulkAction::RevokeAccess { .. } | BulkAction::AssignAccess { .. } => Some(
                view! {
                    <fieldset class="bulk-subjects">
                        <legend>{i18n.t("bulk-products")}</legend>
                        {loaded.map(|o| boxes(o.products, products))}
                    </fieldset>
                }
                .into_any(),
            ),
            BulkAction::RemoveCustomer { .. } => Some(
                view! {
                    <fieldset class="bulk-subjects">
                        <legend>{i18n.t("bulk-desks")}</legend>
                        <p class="hint">{i18n.t("bulk-desks-hint")}</p>
                        {loaded.map(|o| boxes(service_desks(&o), desks))}
                    </fieldset>
                }
                .into_any(),
            ),
            BulkAction::Deactivate | BulkAction::Reactivate => None,
        }
    };
    let ready = move || products.with(|p| desks.with(|d| action.with(|a| chosen_action(a, p, d).is_some())));
    view! {
        <form class="bulk-chooser" on:submit=on_submit>
            <fieldset class="bulk-actions">
                <legend>{i18n.t("bulk-choose")}</legend>
                {radios}
            </fieldset>
            {subjects}
            <div class="dialog-buttons">
                <button class="button" type="button" on:click=on_cancel>{i18n.t("bulk-cancel")}</button>
                <button class="button button-primary" type="submit" disabled=move || !ready()>
                    {i18n.t("bulk-check")}
                </button>
            </div>
        </form>
    }
}

/// The pre-flight's findings and the confirmation.
#[component]
fn Review(
    plan: Preflight,
    /// Product and desk names, when loaded.
    names: Option<FilterOptions>,
    typed: RwSignal<String>,
    on_confirm: impl Fn(Preflight) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let changing = plan.changing();
    let already = plan.skipped(Skip::AlreadyDone);
    let cannot = plan.cannot();
    let count = |id: &str, n: u32| {
        let n = u64::from(n);
        i18n.t_with(id, [("count", n.into()), ("formatted", format::count(i18n, n).into())])
    };
    let methods = plan
        .methods()
        .into_iter()
        .map(|(code, n)| view! { <li data-method=code>{count(&format!("bulk-method-{code}"), n)}</li> })
        .collect_view();
    let skipped: Vec<_> = plan
        .users
        .iter()
        .filter_map(|u| match u.verdict {
            Verdict::Skip { skip } => Some((u, skip)),
            Verdict::Change { .. } => None,
        })
        .collect();
    let more = skipped.len().saturating_sub(SKIPPED_SHOWN);
    let skipped_rows = skipped
        .iter()
        .take(SKIPPED_SHOWN)
        .map(|(u, skip)| {
            view! {
                <tr data-account-id=u.account_id.clone() data-skip=skip.code()>
                    <th scope="row">{u.name.clone()}</th>
                    <td class="break-all">{u.email.clone().unwrap_or_else(|| i18n.t("email-hidden"))}</td>
                    <td>{skip_label(i18n, *skip)}</td>
                </tr>
            }
        })
        .collect_view();
    let any_skipped = !skipped.is_empty();
    let needs_typing = plan.needs_typed_confirmation();
    let title = plan.title(i18n, names.as_ref());
    let effect = plan.effect();
    // Type-erased, as are the other optional parts: the review's view type is otherwise too deep
    // for the compiler's query limit.
    let changes = (changing > 0).then(|| view! { <Changes users=plan.users.clone() names=names.clone() /> }.into_any());
    let check = plan.clone();
    let confirmed = move || changing > 0 && typed.with(|t| check.confirmed_by(Some(t)));
    let start = move |_| on_confirm(plan.clone());
    view! {
        <div class="bulk-review" data-effect=effect.code()>
            <p class="bulk-action-name"><strong>{title.clone()}</strong></p>
            <div role="status">
                <ul class="bulk-counts">
                    <li data-count="changing" data-value=changing.to_string()>{count("bulk-count-changing", changing)}</li>
                    <li data-count="already" data-value=already.to_string()>{count("bulk-count-already", already)}</li>
                    <li data-count="cannot" data-value=cannot.to_string()>{count("bulk-count-cannot", cannot)}</li>
                </ul>
            </div>
            {(changing > 0).then(|| view! {
                <h3>{i18n.t("bulk-how")}</h3>
                <ul class="bulk-methods">{methods}</ul>
            }.into_any())}
            {changes}
            {(changing == 0).then(|| view! { <p class="notice">{i18n.t("bulk-nothing")}</p> })}
            {any_skipped.then(|| view! {
                <div class="table-wrap bulk-skipped" tabindex="0" role="region" aria-label=i18n.t("bulk-skipped")>
                    <table class="compact-table">
                        <caption>{i18n.t("bulk-skipped")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("column-name")}</th>
                                <th scope="col">{i18n.t("column-email")}</th>
                                <th scope="col">{i18n.t("bulk-reason")}</th>
                            </tr>
                        </thead>
                        <tbody>{skipped_rows}</tbody>
                    </table>
                    {(more > 0).then(|| view! { <p class="muted">{i18n.t_with("bulk-skipped-more", [("count", more.into())])}</p> })}
                </div>
            }.into_any())}
            {needs_typing.then(|| view! {
                <label class="bulk-typed">
                    <span>{i18n.t_with("bulk-type-to-confirm", [("count", changing.into())])}</span>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
            }.into_any())}
            <div class="dialog-buttons">
                <button class="button" type="button" on:click=on_cancel>{i18n.t("bulk-cancel")}</button>
                <button
                    class=format!("{} bulk-confirm", effect.button_class())
                    type="button"
                    disabled=move || !confirmed()
                    on:click=start
                >
                    {title}
                </button>
            </div>
        </div>
    }
}

/// The users a plan will change and how, searchable by name or e-mail, a page at a time: the
/// plan stays in memory and only the page shown is rendered, so a plan of thousands stays quick.
#[component]
fn Changes(users: Vec<PlannedUser>, names: Option<FilterOptions>) -> impl IntoView {
    let i18n = use_i18n();
    let users = StoredValue::new(users);
    let names = StoredValue::new(names);
    let search = RwSignal::new(String::new());
    let page = RwSignal::new(0usize);
    let found = Memo::new(move |_| {
        search.with(|s| {
            users.with_value(|all| {
                let (shown, total) = changes_page(all, s, page.get());
                let rows: Vec<(String, String, Option<String>, Vec<String>)> = shown
                    .into_iter()
                    .map(|(u, steps)| {
                        let how =
                            names.with_value(|n| steps.iter().map(|s| plan_step_label(i18n, s, n.as_ref())).collect());
                        (u.account_id.clone(), u.name.clone(), u.email.clone(), how)
                    })
                    .collect();
                (rows, total)
            })
        })
    });
    let pages = move || found.with(|(_, total)| total.div_ceil(CHANGES_PER_PAGE).max(1));
    let rows = move || {
        found.with(|(rows, _)| {
            rows.iter()
                .map(|(id, name, email, how)| {
                    let how = how.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view();
                    view! {
                        <tr data-account-id=id.clone()>
                            <th scope="row">{name.clone()}</th>
                            <td class="break-all">{email.clone().unwrap_or_else(|| i18n.t("email-hidden"))}</td>
                            <td><ul class="bulk-change-steps">{how}</ul></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let none = move || found.with(|(_, total)| *total == 0);
    // A closure of its own: a `>=` written in the view would end the button's tag.
    let at_end = move || page.get() + 1 >= pages();
    let position = move || {
        i18n.t_with(
            "pager-position",
            [
                ("page", format::count(i18n, (page.get() + 1) as u64).into()),
                ("pages", format::count(i18n, pages() as u64).into()),
            ],
        )
    };
    // The parts are type-erased one by one: together their view type is too deep to compile.
    let search_box = view! {
            <label class="bulk-search">
                <span>{i18n.t("bulk-search")}</span>
                <input
                    type="search"
                    autocomplete="off"
                    prop:value=move || search.get()
                    on:input=move |ev| {
                        search.set(event_target_value(&ev));
                        page.set(0);
                    }
                />
            </label>
    }
    .into_any();
    let table = view! {
            <div class="table-wrap">
                <table class="compact-table bulk-changes-table">
                    <caption class="visually-hidden">{i18n.t("bulk-changing")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("column-name")}</th>
                            <th scope="col">{i18n.t("column-email")}</th>
                            <th scope="col">{i18n.t("bulk-change")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        {move || none().then(|| view! { <tr><td colspan="3" class="no-matches">{i18n.t("bulk-search-none")}</td></tr> })}
                    </tbody>
                </table>
            </div>
    }
    .into_any();
    let pager = view! {
            <nav class="pager" aria-label=i18n.t("pager-label") hidden=move || pages() < 2>
                <button class="button" type="button" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>
                    {i18n.t("pager-previous")}
                </button>
                <span class="pager-position" aria-live="polite">{position}</span>
                <button class="button" type="button" disabled=at_end on:click=move |_| page.update(|p| *p += 1)>
                    {i18n.t("pager-next")}
                </button>
            </nav>
    }
    .into_any();
    view! {
        <section class="bulk-changes" aria-labelledby="bulk-changes-title">
            <h3 id="bulk-changes-title">{i18n.t("bulk-changing")}</h3>
            {search_box}
            {table}
            {pager}
        </section>
    }
}

/// The inactivity presets that start a bulk action: "Deactivate everyone overdue" and, per
/// product, "Revoke it from users inactive in it for N days". They need the script, so they stay
/// hidden until the page is hydrated.
#[component]
pub fn BulkPresets(
    launcher: BulkLauncher,
    products: Vec<(String, String)>,
    days: u32,
    /// A menu button (the Users page's toolbar, where rows are precious) rather than a row of
    /// buttons (the dashboard).
    #[prop(optional)]
    folded: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = super::hydrated();
    // The folded menu closes once a preset is chosen (its dialog takes over) or on Escape.
    let open = RwSignal::new(false);
    let overdue = move |_| {
        open.set(false);
        launcher
            .open(BulkRequest::Preset { action: BulkAction::Deactivate, targets: Targets::Matching(overdue_query()) })
    };
    let per_product = products
        .into_iter()
        .map(|(key, name)| {
            let choose = move |_| {
                open.set(false);
                let today = chrono::Utc::now().date_naive();
                launcher.open(BulkRequest::Preset {
                    action: BulkAction::RevokeAccess { products: vec![key.clone()] },
                    targets: Targets::Matching(unused_product_query(&key, days, today)),
                })
            };
            view! {
                <button class="button" type="button" on:click=choose>
                    {i18n.t_with("bulk-preset-revoke", [("product", name.into()), ("days", days.into())])}
                </button>
            }
        })
        .collect_view();
    let buttons = view! {
        <button class="button" type="button" on:click=overdue>{i18n.t("bulk-preset-overdue")}</button>
        {per_product}
    };
    if folded {
        return view! {
            <details class="bulk-presets-menu" prop:open=move || open.get() hidden=move || !hydrated.get()
                on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
                <summary class="button presets-toggle" on:click=move |ev| {
                    // The signal holds the state, so that choosing a preset can close the menu.
                    ev.prevent_default();
                    open.update(|o| *o = !*o);
                }>{i18n.t("bulk-presets")}</summary>
                <div class="menu-body" role="group" aria-label=i18n.t("bulk-presets")>{buttons}</div>
            </details>
        }
        .into_any();
    }
    view! {
        <section class="bulk-presets" aria-label=i18n.t("bulk-presets") hidden=move || !hydrated.get()>
            <span class="presets-label">{i18n.t("bulk-presets")}</span>
            {buttons}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::subject_names;

    #[test]
    fn the_chooser_needs_a_product_for_access_actions() {
        let none = BTreeSet::new();
        let jira: BTreeSet<String> = ["jira-software".to_owned()].into();
        let [deactivate, _, revoke, assign, remove] = &ACTIONS;
        assert_eq!(chosen_action(deactivate, &none, &none), Some(BulkAction::Deactivate));
        assert_eq!(chosen_action(revoke, &none, &none), None);
        assert_eq!(
            chosen_action(assign, &jira, &none),
            Some(BulkAction::AssignAccess { products: vec!["jira-software".into()] })
        );
        assert_eq!(chosen_action(remove, &jira, &none), Some(BulkAction::RemoveCustomer { desks: vec![] }));
        let codes: Vec<&str> = ACTIONS.iter().map(Code::code).collect();
        assert_eq!(codes, ["deactivate", "reactivate", "revoke_access", "assign_access", "remove_customer"]);
    }

    #[test]
    fn only_service_desks_are_offered_for_removing_customers() {
        let options = FilterOptions {
            desks: vec![("desk:3".into(), "IT".into()), ("jsm_org:9".into(), "Acme".into())],
            ..FilterOptions::default()
        };
        assert_eq!(service_desks(&options), vec![("3".to_owned(), "IT".to_owned())]);
    }

    #[test]
    fn the_product_preset_counts_days_back_from_today() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let query = unused_product_query("confluence", 180, today);
        assert_eq!(query.active_before, chrono::NaiveDate::from_ymd_opt(2026, 5, 31));
        assert_eq!((query.product.as_deref(), query.status.as_slice()), (Some("confluence"), &[Status::Active][..]));
        assert_eq!(overdue_query().kind, Some(Kind::OrgUser));
    }

    #[test]
    fn labels_name_the_subjects() {
        let i18n = I18n::default();
        let names = FilterOptions {
            products: vec![("confluence".into(), "Confluence".into())],
            desks: vec![("desk:3".into(), "IT help".into())],
            ..FilterOptions::default()
        };
        assert!(subject_names(i18n, &BulkAction::Deactivate, false, Some(&names)).is_empty());
        let revoke = BulkAction::RevokeAccess { products: vec!["confluence".into(), "jira".into()] };
        assert_eq!(subject_names(i18n, &revoke, false, Some(&names)), ["Confluence", "jira"]);
        assert_eq!(subject_names(i18n, &revoke, false, None), ["confluence", "jira"]);
        let remove = BulkAction::RemoveCustomer { desks: vec!["3".into()] };
        assert_eq!(subject_names(i18n, &remove, false, Some(&names)), ["IT help"]);
        let everywhere = BulkAction::RemoveCustomer { desks: vec![] };
        assert_eq!(subject_names(i18n, &everywhere, false, None), ["every service desk"]);
        assert_eq!(subject_names(i18n, &everywhere, true, None), [i18n.t("bulk-their-desks")]);
        let step =
            Step::LeaveGroup { directory: "d".into(), group: "g".into(), group_name: "devs".into(), products: vec![] };
        assert_eq!(step_label(i18n, &step), "Removed from group devs");
        assert_eq!(skip_label(i18n, Skip::OrgAdmin), "Organisation admin: never changed by a bulk action");
        let role = Step::RevokeRole { product: "confluence".into(), resource: "r".into(), role: "x".into() };
        assert_eq!(plan_step_label(i18n, &role, Some(&names)), "Revoke Confluence access");
        assert_eq!(plan_step_label(i18n, &Step::DisableAccount, None), "Deactivate (managed account)");
        let desk = Step::RemoveCustomer { desk: "3".into(), desk_name: "Mobile Help Desk".into() };
        assert_eq!(plan_step_label(i18n, &desk, None), "Remove from Mobile Help Desk");
    }

    #[test]
    fn the_changes_are_searched_and_paged_in_memory() {
        let user = |n: usize, verdict: Verdict| PlannedUser {
            account_id: format!("a{n}"),
            name: format!("User {n}"),
            email: Some(format!("user{n}@Example.com")),
            verdict,
        };
        let users: Vec<PlannedUser> = (0..5_000)
            .map(|n| match n % 5 {
                0 => user(n, Verdict::Skip { skip: Skip::Protected }),
                _ => user(n, Verdict::Change { steps: vec![Step::DisableAccount] }),
            })
            .collect();
        let (shown, total) = changes_page(&users, "", 0);
        assert_eq!((shown.len(), total), (CHANGES_PER_PAGE, 4_000));
        assert_eq!(shown[0].0.account_id, "a1", "users left alone are not listed");
        let (last, _) = changes_page(&users, "", 199);
        assert_eq!(last.last().map(|(u, _)| u.account_id.as_str()), Some("a4999"));
        assert!(changes_page(&users, "", 200).0.is_empty());
        let (found, total) = changes_page(&users, " USER123@example ", 0);
        assert_eq!((found.len(), total), (1, 1));
        assert_eq!(changes_page(&users, "user 4", 0).1, 889, "names match too");
        assert_eq!(changes_page(&users, "nobody", 0).1, 0);
    }
}
