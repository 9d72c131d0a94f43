//! The bulk-action dialog: pick what to do, see the pre-flight (who changes and how, who is left
//! alone and why), confirm, and go to the job's page. Opened from the Users selection, the details
//! panel, the inactivity presets and a job's "Undo". A native modal `<dialog>`: the rest of the
//! page is inert while it is open, Escape closes it, and it is labelled by its heading.

use std::collections::BTreeSet;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::use_navigate;

use crate::{
    api::{
        bulk::{bulk_preflight, start_job, undo_preflight},
        directory::load_filter_options,
    },
    bulk::{BulkAction, Preflight, Skip, Step, Targets, Verdict},
    code::Code,
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

/// The action's name, with the products or desks it names as the snapshot calls them (their keys
/// or ids when `names` does not know them): "Revoke product access: Jira".
pub fn action_label(i18n: I18n, action: &BulkAction, names: Option<&FilterOptions>) -> String {
    let name = action_name(i18n, action);
    let named = |list: Option<&Vec<(String, String)>>, prefix: &str, subject: &String| {
        list.and_then(|l| l.iter().find(|(id, _)| id.strip_prefix(prefix) == Some(subject.as_str())))
            .map_or_else(|| subject.clone(), |(_, name)| name.clone())
    };
    let subjects: Vec<String> = match action {
        BulkAction::RemoveCustomer { desks } if desks.is_empty() => vec![i18n.t("bulk-every-desk")],
        BulkAction::RemoveCustomer { desks } => {
            desks.iter().map(|d| named(names.map(|n| &n.desks), "desk:", d)).collect()
        }
        _ => action.subjects().iter().map(|p| named(names.map(|n| &n.products), "", p)).collect(),
    };
    match subjects.is_empty() {
        true => name,
        false => i18n.t_with("bulk-action-with", [("action", name.into()), ("subjects", subjects.join(", ").into())]),
    }
}

/// One step as a results table says it: "Removed from group jira-users".
pub fn step_label(i18n: I18n, step: &Step) -> String {
    i18n.t_with(
        &format!("bulk-step-{}", step.code()),
        [("object", step.object().unwrap_or_default().to_owned().into())],
    )
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

#[component]
pub fn BulkDialog(launcher: BulkLauncher) -> impl IntoView {
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
                    let _ = node.show_modal();
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
        Phase::Checking => view! { <p class="loading" role="status">{i18n.t("bulk-checking")}</p> }.into_any(),
        Phase::Starting => view! { <p class="loading" role="status">{i18n.t("bulk-starting")}</p> }.into_any(),
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
    let label = action_label(i18n, &plan.action, names.as_ref());
    let check = plan.clone();
    let confirmed = move || changing > 0 && typed.with(|t| check.confirmed_by(Some(t)));
    let start = move |_| on_confirm(plan.clone());
    view! {
        <div class="bulk-review">
            <p class="bulk-action-name"><strong>{label}</strong></p>
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
            })}
            {(changing == 0).then(|| view! { <p class="notice">{i18n.t("bulk-nothing")}</p> })}
            {any_skipped.then(|| view! {
                <div class="table-wrap bulk-skipped">
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
            })}
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
            })}
            <div class="dialog-buttons">
                <button class="button" type="button" on:click=on_cancel>{i18n.t("bulk-cancel")}</button>
                <button class="button button-danger" type="button" disabled=move || !confirmed() on:click=start>
                    {count("bulk-confirm", changing)}
                </button>
            </div>
        </div>
    }
}

/// The inactivity presets that start a bulk action: "Deactivate everyone overdue" and, per
/// product, "Revoke it from users inactive in it for N days". They need the script, so they stay
/// hidden until the page is hydrated.
#[component]
pub fn BulkPresets(launcher: BulkLauncher, products: Vec<(String, String)>, days: u32) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = super::hydrated();
    let overdue = move |_| {
        launcher
            .open(BulkRequest::Preset { action: BulkAction::Deactivate, targets: Targets::Matching(overdue_query()) })
    };
    let per_product = products
        .into_iter()
        .map(|(key, name)| {
            let open = move |_| {
                let today = chrono::Utc::now().date_naive();
                launcher.open(BulkRequest::Preset {
                    action: BulkAction::RevokeAccess { products: vec![key.clone()] },
                    targets: Targets::Matching(unused_product_query(&key, days, today)),
                })
            };
            view! {
                <button class="button" type="button" on:click=open>
                    {i18n.t_with("bulk-preset-revoke", [("product", name.into()), ("days", days.into())])}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="bulk-presets" aria-label=i18n.t("bulk-presets") hidden=move || !hydrated.get()>
            <span class="presets-label">{i18n.t("bulk-presets")}</span>
            <button class="button" type="button" on:click=overdue>{i18n.t("bulk-preset-overdue")}</button>
            {per_product}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(action_label(i18n, &BulkAction::Deactivate, Some(&names)), "Deactivate");
        let revoke = BulkAction::RevokeAccess { products: vec!["confluence".into(), "jira".into()] };
        assert_eq!(action_label(i18n, &revoke, Some(&names)), "Revoke product access: Confluence, jira");
        assert_eq!(action_label(i18n, &revoke, None), "Revoke product access: confluence, jira");
        assert_eq!(
            action_label(i18n, &BulkAction::RemoveCustomer { desks: vec!["3".into()] }, Some(&names)),
            "Remove JSM customers: IT help"
        );
        assert_eq!(
            action_label(i18n, &BulkAction::RemoveCustomer { desks: vec![] }, None),
            "Remove JSM customers: every service desk"
        );
        let step =
            Step::LeaveGroup { directory: "d".into(), group: "g".into(), group_name: "devs".into(), products: vec![] };
        assert_eq!(step_label(i18n, &step), "Removed from group devs");
        assert_eq!(skip_label(i18n, Skip::OrgAdmin), "Organisation admin: never changed by a bulk action");
    }
}
