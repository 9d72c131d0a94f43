use leptos::prelude::*;

use crate::{
    api::settings::{
        change_protected, load_settings, orgs_for_key, save_connection, save_schedule, save_seat_prices,
        save_thresholds, test_connection,
    },
    components::{busy::busy, page_header::PageHeader},
    error::AppError,
    format,
    i18n::{I18n, use_i18n},
    settings::{
        Check, CheckResult, ConnectionInput, ConnectionSource, DELETE_WORD, ProtectedChange, SecretInfo, SettingsView,
        checks_working, delete_confirmed,
    },
    users::SeatPrices,
};

/// Atlassian's guide to creating an organisation Admin API key.
pub const API_KEY_DOCS: &str =
    "https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/";

#[component]
pub fn SettingsPage() -> impl IntoView {
    let loaded = OnceResource::new(load_settings());
    view! {
        <PageHeader title_id="settings-title" />
        <Suspense>
            {move || Suspend::new(async move { loaded.await.map(|initial| view! { <SettingsSections initial /> }) })}
        </Suspense>
    }
}

/// Fields whose refusal has a message of its own (`error-invalid-<field>`), saying what is wrong.
const INVALID_FIELDS: &[&str] = &[
    "org_id",
    "admin_api_key",
    "site",
    "site_url",
    "site_host",
    "site_email",
    "site_api_token",
    "thresholds",
    "schedule",
    "sync_interval_hours",
    "audit_retention_days",
    "seat_prices",
    "admin_api_key_refused",
];

/// An error as the admin reads it: how long Atlassian was waited for, what is wrong with a field,
/// or the error's own message.
fn error_text(i18n: I18n, error: &AppError) -> String {
    match error {
        AppError::AtlassianTimeout { seconds } => i18n.t_with("settings-no-answer", [("seconds", (*seconds).into())]),
        AppError::InvalidInput { field } if INVALID_FIELDS.contains(&field.as_str()) => {
            i18n.t(&format!("error-invalid-{field}"))
        }
        other => i18n.t(other.message_id()),
    }
}

/// What a save said: nothing yet, saved, or why not (translated).
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Idle,
    Saved,
    Failed(AppError),
}

fn outcome_view(i18n: I18n, outcome: ReadSignal<Outcome>) -> impl IntoView {
    move || match outcome.get() {
        Outcome::Idle => None,
        Outcome::Saved => Some(view! { <p class="notice" role="status">{i18n.t("settings-saved")}</p> }.into_any()),
        Outcome::Failed(AppError::InvalidEntries { entries }) => Some(
            view! {
                <p class="notice notice-error" role="alert">
                    {i18n.t("error-invalid-entries")}" "<code>{entries.join(", ")}</code>
                </p>
            }
            .into_any(),
        ),
        Outcome::Failed(error) => {
            Some(view! { <p class="notice notice-error" role="alert">{error_text(i18n, &error)}</p> }.into_any())
        }
    }
}

/// Runs a save; on success the page shows what the server now holds.
fn saver<I: Clone + Send + Sync + 'static, F>(
    view: RwSignal<SettingsView>,
    set_outcome: WriteSignal<Outcome>,
    call: impl Fn(I) -> F + Send + Sync + 'static,
) -> Action<I, ()>
where
    F: std::future::Future<Output = Result<SettingsView, AppError>> + Send + 'static,
{
    Action::new(move |input: &I| {
        let future = call(input.clone());
        async move {
            match future.await {
                Ok(saved) => {
                    view.set(saved);
                    set_outcome.set(Outcome::Saved);
                }
                Err(error) => set_outcome.set(Outcome::Failed(error)),
            }
        }
    })
}

/// The sections, in the page's order: the id of each heading (the section nav links to it) and
/// its title.
const SECTIONS: [(&str, &str); 7] = [
    ("settings-connection", "settings-connection-title"),
    ("settings-thresholds", "settings-thresholds-title"),
    ("settings-schedule", "settings-schedule-title"),
    ("settings-prices", "settings-prices-title"),
    ("settings-protected", "settings-protected-title"),
    ("settings-data", "settings-data-title"),
    ("settings-danger", "settings-danger-title"),
];

/// The sections as cards: two columns on a wide screen (the connection across both), one on a
/// narrow one, with a nav to each; exporting and the danger zone side by side at the end.
#[component]
fn SettingsSections(initial: SettingsView) -> impl IntoView {
    let i18n = use_i18n();
    let view = RwSignal::new(initial);
    // Plain in-page links: the browser scrolls to the heading (the router has no page to load).
    let nav = SECTIONS
        .iter()
        .map(|(id, title)| view! { <li><a href=format!("#{id}") rel="external">{i18n.t(title)}</a></li> })
        .collect_view();
    view! {
        <nav class="settings-nav" aria-label=i18n.t("settings-nav-label")>
            <ul>{nav}</ul>
        </nav>
        <DataNotice />
        <div class="settings-grid">
            <ConnectionSection view />
            <ThresholdsSection view />
            <ScheduleSection view />
            <PricesSection view />
            <ProtectedSection view />
            <DataSection />
            <DangerZone />
        </div>
    }
}

/// What an export or a delete came to: the forms post to the server, which comes back here with
/// `?data=<outcome>`. Shown at the top, where the reloaded page starts.
#[component]
fn DataNotice() -> impl IntoView {
    let i18n = use_i18n();
    let query = leptos_router::hooks::use_query_map();
    move || {
        let d = query.read().get("data")?;
        let (class, id) = match d.as_str() {
            "scheduled" => ("notice", "settings-data-scheduled".to_owned()),
            "not-confirmed" | "sync-running" | "export-failed" | "delete-failed" => {
                ("notice notice-error", format!("settings-data-{d}"))
            }
            "reauth-failed" | "reauth-stale" | "panel-refused" | "erasure-pending" => {
                ("notice notice-error", format!("error-{d}"))
            }
            _ => return None,
        };
        let role = if class == "notice" { "status" } else { "alert" };
        Some(view! { <p class=class role=role>{i18n.t(&id)}</p> })
    }
}

/// Export everything: a plain form (a download), so it works without the script.
#[component]
fn DataSection() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="settings-section" aria-labelledby="settings-data">
            <h2 id="settings-data">{i18n.t("settings-data-title")}</h2>
            <p>{i18n.t("settings-data-export-body")}</p>
            <form method="post" action="/data/export">
                <button class="button" type="submit">{i18n.t("settings-data-export")}</button>
            </form>
        </section>
    }
}

/// Delete everything, set apart: a typed confirmation with a fresh re-authentication, as a plain
/// form that works without the script. Deleting is only scheduled: the banner shows a pending
/// erasure with its Cancel instead of the form.
#[component]
fn DangerZone() -> impl IntoView {
    let i18n = use_i18n();
    let erasure = Resource::new(|| (), |_| crate::api::data::load_erasure());
    view! {
        <section class="settings-section danger-zone" aria-labelledby="settings-danger">
            <h2 id="settings-danger">{i18n.t("settings-danger-title")}</h2>
            <p>{i18n.t("settings-data-delete-body")}</p>
            <crate::pages::dashboard::ErasureBanner back="/settings" />
            <Transition>
                {move || Suspend::new(async move { erasure.await.map(|status| view! { <DeleteForm status /> }) })}
            </Transition>
        </section>
    }
}

/// The delete form, asking for what re-authenticates this admin.
#[component]
fn DeleteForm(status: crate::api::data::ErasureStatus) -> impl IntoView {
    use crate::api::data::ReauthKind;
    let i18n = use_i18n();
    if status.pending.is_some() {
        return ().into_any();
    }
    let reauth = match status.reauth {
        ReauthKind::Panel => {
            return view! { <p class="notice notice-error">{i18n.t("error-panel-refused")}</p> }.into_any();
        }
        ReauthKind::Password { totp } => view! {
            <label>
                <span>{i18n.t("login-password")}</span>
                <input type="password" name="password" required autocomplete="current-password" />
            </label>
            {totp.then(|| view! {
                <label>
                    <span>{i18n.t("login-totp")}</span>
                    <input name="totp" required inputmode="numeric" autocomplete="one-time-code" maxlength="6" />
                </label>
            })}
        }
        .into_any(),
        ReauthKind::Atlassian { fresh } => view! {
            <p>{i18n.t(if fresh { "settings-data-reauth-fresh" } else { "settings-data-reauth-atlassian" })}</p>
            <p>
                <a class="button" href="/auth/atlassian?next=/settings">{i18n.t("login-atlassian")}</a>
            </p>
        }
        .into_any(),
    };
    // The button stays locked until the word is typed, once the script runs. Without it (and in
    // the server's HTML, which must match the first render) the browser's own validation refuses
    // the form: the field is required and must hold the word; the server checks it again.
    let typed = RwSignal::new(String::new());
    let scripted = RwSignal::new(false);
    Effect::new(move |_| scripted.set(true));
    let locked = move || scripted.get() && !delete_confirmed(&typed.get());
    view! {
        <p>{i18n.t_with("settings-data-delete-delay", [("hours", status.delay_hours.into())])}</p>
        <form class="stacked-form" method="post" action="/data/delete">
            {reauth}
            <label>
                <span>{i18n.t("settings-data-delete-confirm")}</span>
                <input name="confirm" required autocomplete="off" spellcheck="false"
                    pattern=format!("\\s*{DELETE_WORD}\\s*") aria-describedby="settings-delete-unlock"
                    bind:value=typed />
                <small class="hint" id="settings-delete-unlock">{i18n.t("settings-danger-unlock")}</small>
            </label>
            <button class="button button-danger" type="submit" disabled=locked>{i18n.t("settings-data-delete")}</button>
        </form>
    }
    .into_any()
}

fn secret_line(i18n: I18n, label_id: &'static str, info: Option<SecretInfo>) -> impl IntoView {
    let today = chrono::Utc::now().date_naive();
    let text = match &info {
        Some(info) => i18n.t_with(
            "settings-secret-set",
            [
                ("hint", info.hint.clone().unwrap_or_default().into()),
                ("by", info.set_by.clone().unwrap_or_default().into()),
                ("at", info.set_at.map(|at| format::day(i18n, at)).unwrap_or_default().into()),
            ],
        ),
        None => i18n.t("settings-secret-unset"),
    };
    let expiry = info.as_ref().and_then(|info| {
        let on = format::date(i18n, info.expires_on?);
        let warning = info.expiry_warning(today);
        let id = match warning {
            Some("expired") => "settings-key-expired",
            Some(_) => "settings-key-expires-soon",
            None => "settings-key-expires",
        };
        let class = if warning.is_some() { "notice notice-error" } else { "hint" };
        let days = info.days_left(today).unwrap_or_default();
        Some(view! { <p class=class>{i18n.t_with(id, [("date", on.into()), ("days", days.into())])}</p> })
    });
    view! {
        <p><strong>{i18n.t(label_id)}</strong>" "{text}</p>
        {expiry}
    }
}

#[component]
fn ConnectionSection(view: RwSignal<SettingsView>) -> impl IntoView {
    let i18n = use_i18n();
    let (outcome, set_outcome) = signal(Outcome::Idle);
    let current = view.get_untracked().connection;
    let org_id = RwSignal::new(current.org_id.clone().unwrap_or_default());
    let key = RwSignal::new(String::new());
    // The stored expiry, so saving the form again (a new site token, say) does not erase it.
    let expires = RwSignal::new(
        current.admin_key.as_ref().and_then(|key| key.expires_on).map(format::iso_date).unwrap_or_default(),
    );
    let site_url = RwSignal::new(current.site_url.clone().unwrap_or_default());
    let site_email = RwSignal::new(current.site_email.clone().unwrap_or_default());
    let token = RwSignal::new(String::new());
    let orgs = RwSignal::new(Vec::<(String, String)>::new());
    let save = saver(view, set_outcome, |input: ConnectionInput| save_connection(input));
    let find_orgs = Action::new(move |key: &Option<String>| {
        let key = key.clone();
        async move {
            let found = orgs_for_key(key).await?;
            if let [(only, _)] = found.as_slice() {
                org_id.set(only.clone());
            }
            let count = found.len();
            orgs.set(found);
            Ok::<usize, AppError>(count)
        }
    });
    let finding = find_orgs.pending();
    let orgs_status = move || {
        if finding.get() {
            return Some(busy(i18n, "settings-finding-orgs").into_any());
        }
        Some(match find_orgs.value().get()? {
            Ok(0) => view! { <p class="notice notice-error">{i18n.t("settings-orgs-none")}</p> }.into_any(),
            Ok(count) => {
                view! { <p class="notice">{i18n.t_with("settings-orgs-found", [("count", count.into())])}</p> }
                    .into_any()
            }
            Err(error) => view! { <p class="notice notice-error">{error_text(i18n, &error)}</p> }.into_any(),
        })
    };
    let checks = Action::new(|_: &()| test_connection());
    let checking = checks.pending();
    let optional = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(ConnectionInput {
            org_id: org_id.get(),
            admin_api_key: optional(key.get()),
            admin_key_expires_on: chrono::NaiveDate::parse_from_str(&expires.get(), "%Y-%m-%d").ok(),
            site_url: optional(site_url.get()),
            site_email: optional(site_email.get()),
            site_api_token: optional(token.get()),
        });
        key.set(String::new());
        token.set(String::new());
    };
    let status = move || {
        let connection = view.get().connection;
        let (id, org) = match connection.source {
            ConnectionSource::Demo => ("settings-connection-demo", connection.org_name.clone().unwrap_or_default()),
            ConnectionSource::Environment => ("settings-connection-env", connection.org_id.clone().unwrap_or_default()),
            ConnectionSource::Settings => ("settings-connection-saved", connection.org_id.clone().unwrap_or_default()),
        };
        view! {
            <p>{i18n.t_with(id, [("org", org.into())])}</p>
            {connection.pending_restart.then(|| view! { <p class="notice">{i18n.t("settings-connection-pending")}</p> })}
            {(connection.source != ConnectionSource::Environment && connection.admin_key.is_some()).then(|| view! {
                {secret_line(i18n, "settings-admin-key", connection.admin_key.clone())}
                {connection.site_url.is_some().then(|| secret_line(i18n, "settings-site-token", connection.site_token.clone()))}
            })}
        }
    };
    let from_env = current.source == ConnectionSource::Environment;
    let check_list = move || {
        if checking.get() {
            return Some(busy(i18n, "settings-checking").into_any());
        }
        checks.value().get().map(|result| match result {
            Ok(list) => {
                let (working, total) = checks_working(&list);
                view! {
                    <p class="check-summary">
                        {i18n.t_with("settings-check-summary", [("working", working.into()), ("total", total.into())])}
                    </p>
                    <table class="check-table" aria-label=i18n.t("settings-test-connection")>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("settings-check-col-check")}</th>
                                <th scope="col">{i18n.t("settings-check-col-result")}</th>
                                <th scope="col">{i18n.t("settings-check-col-detail")}</th>
                            </tr>
                        </thead>
                        <tbody>{list.into_iter().map(|check| check_row(i18n, check)).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }
            Err(error) => view! { <p class="notice notice-error">{error_text(i18n, &error)}</p> }.into_any(),
        })
    };
    view! {
        <section class="settings-section settings-wide" aria-labelledby="settings-connection">
            <h2 id="settings-connection">{i18n.t("settings-connection-title")}</h2>
            {status}
            <p>
                <a href=API_KEY_DOCS target="_blank" rel="noopener noreferrer external">{i18n.t("settings-api-key-docs")}</a>
            </p>
            <div class="settings-columns">
            <div>
            {(!from_env).then(|| view! {
                <form class="stacked-form" on:submit=submit>
                    <label>
                        <span>{i18n.t("settings-admin-key")}</span>
                        <input type="password" autocomplete="off" maxlength="4096" bind:value=key
                            placeholder=move || i18n.t("settings-key-placeholder") />
                        <small class="hint">{i18n.t("settings-key-write-only")}</small>
                    </label>
                    <label>
                        <span>{i18n.t("settings-key-expiry")}</span>
                        <input type="date" value=expires.get_untracked() bind:value=expires />
                    </label>
                    <div class="inline-fields">
                        <label>
                            <span>{i18n.t("settings-org")}</span>
                            <input required maxlength="100" value=org_id.get_untracked() bind:value=org_id list="settings-org-list" />
                            <datalist id="settings-org-list">
                                {move || orgs.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                            </datalist>
                        </label>
                        <button class="button" type="button" disabled=move || finding.get()
                            on:click=move |_| { find_orgs.dispatch(optional(key.get())); }>
                            {i18n.t("settings-find-orgs")}
                        </button>
                    </div>
                    <div class="org-search-status" aria-live="polite"
                        aria-busy=move || if finding.get() { "true" } else { "false" }>
                        {orgs_status}
                    </div>
                    <fieldset>
                        <legend>{i18n.t("settings-site-title")}</legend>
                        <p class="hint">{i18n.t("settings-site-body")}</p>
                        <label><span>{i18n.t("settings-site-url")}</span><input type="url" placeholder="https://example.atlassian.net" value=site_url.get_untracked() bind:value=site_url /></label>
                        <label><span>{i18n.t("settings-site-email")}</span><input type="email" value=site_email.get_untracked() bind:value=site_email /></label>
                        <label>
                            <span>{i18n.t("settings-site-token")}</span>
                            <input type="password" autocomplete="off" maxlength="4096" bind:value=token />
                            <small class="hint">{i18n.t("settings-site-token-again")}</small>
                        </label>
                    </fieldset>
                    <button class="button button-primary" type="submit">{i18n.t("settings-save")}</button>
                </form>
            })}
            {from_env.then(|| view! { <p class="hint">{i18n.t("settings-set-by-env")}</p> })}
            {outcome_view(i18n, outcome)}
            </div>
            <div class="settings-test">
                <button class="button" type="button" disabled=move || checking.get()
                    on:click=move |_| { checks.dispatch(()); }>
                    {i18n.t("settings-test-connection")}
                </button>
                <div class="check-results" aria-live="polite"
                    aria-busy=move || if checking.get() { "true" } else { "false" }>
                    {check_list}
                </div>
            </div>
            </div>
        </section>
    }
}

/// One line of the connection test: what was checked, how it went at a glance (a word and a
/// sign, never colour alone), and a sentence saying what it means; Atlassian's status only as a
/// detail for support.
fn check_row(i18n: I18n, check: Check) -> impl IntoView {
    let result = check.result();
    let sign = match result {
        CheckResult::Works => "✓",
        CheckResult::NotUsed => "–",
        CheckResult::Failed => "✗",
    };
    let detail = match result {
        CheckResult::Works => i18n.t("settings-check-ok-detail"),
        _ => i18n.t_with(
            &format!("settings-check-outcome-{}", check.outcome),
            [("seconds", check.seconds.unwrap_or_default().into())],
        ),
    };
    let status = check.status.filter(|_| result == CheckResult::Failed).map(|status| {
        view! { <small class="hint check-status">{i18n.t_with("settings-check-status", [("status", status.into())])}</small> }
    });
    view! {
        <tr class=format!("check-{}", result.code())>
            <th scope="row">{i18n.t(&format!("settings-check-{}", check.what))}</th>
            <td class="check-result"><span aria-hidden="true">{sign}</span>" "{i18n.t(&format!("settings-check-result-{}", result.code()))}</td>
            <td class="check-detail">{detail}{status}</td>
        </tr>
    }
}

#[component]
fn ThresholdsSection(view: RwSignal<SettingsView>) -> impl IntoView {
    let i18n = use_i18n();
    let (outcome, set_outcome) = signal(Outcome::Idle);
    let current = view.get_untracked().thresholds;
    let warning = RwSignal::new(current.warning_days.to_string());
    let overdue = RwSignal::new(current.overdue_days.to_string());
    let save = saver(view, set_outcome, |(w, o): (u32, u32)| save_thresholds(w, o));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match (warning.get().trim().parse::<u32>(), overdue.get().trim().parse::<u32>()) {
            (Ok(w), Ok(o)) if w > 0 && o > w => {
                save.dispatch((w, o));
            }
            _ => set_outcome.set(Outcome::Failed(AppError::InvalidInput { field: "thresholds".into() })),
        }
    };
    view! {
        <section class="settings-section" aria-labelledby="settings-thresholds">
            <h2 id="settings-thresholds">{i18n.t("settings-thresholds-title")}</h2>
            <p class="hint">{i18n.t("settings-thresholds-body")}</p>
            <form class="stacked-form" on:submit=submit>
                <div class="inline-fields">
                    <label><span>{i18n.t("settings-warning-days")}</span><input type="number" min="1" max="3649" required value=warning.get_untracked() bind:value=warning /></label>
                    <label><span>{i18n.t("settings-overdue-days")}</span><input type="number" min="2" max="3650" required value=overdue.get_untracked() bind:value=overdue /></label>
                </div>
                <button class="button button-primary" type="submit">{i18n.t("settings-save")}</button>
            </form>
            {outcome_view(i18n, outcome)}
        </section>
    }
}

/// Prices per seat and month, per product the snapshot knows, for the dashboard's cost of inactive
/// seats. Optional: an empty field means no price.
#[component]
fn PricesSection(view: RwSignal<SettingsView>) -> impl IntoView {
    let i18n = use_i18n();
    let products = OnceResource::new(crate::api::directory::load_filter_options());
    view! {
        <section class="settings-section" aria-labelledby="settings-prices">
            <h2 id="settings-prices">{i18n.t("settings-prices-title")}</h2>
            <p class="hint">{i18n.t("settings-prices-body")}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    products.await.map(|options| view! { <PricesForm view products=options.products /> })
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PricesForm(view: RwSignal<SettingsView>, products: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let (outcome, set_outcome) = signal(Outcome::Idle);
    let saved = view.get_untracked().seat_prices;
    let currency = RwSignal::new(saved.currency.clone());
    let fields: Vec<(String, String, RwSignal<String>)> = products
        .into_iter()
        .map(|(key, name)| {
            let price = saved.price_of(&key).map(|p| p.to_string()).unwrap_or_default();
            (key, name, RwSignal::new(price))
        })
        .collect();
    let save = saver(view, set_outcome, |prices: SeatPrices| save_seat_prices(prices));
    let read = fields.iter().map(|(key, _, value)| (key.clone(), *value)).collect::<Vec<_>>();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut prices = SeatPrices { currency: currency.get().trim().to_uppercase(), ..SeatPrices::default() };
        for (key, value) in &read {
            let text = value.get().trim().replace(',', ".");
            if text.is_empty() {
                continue;
            }
            match text.parse::<f64>() {
                Ok(price) => {
                    prices.prices.insert(key.clone(), price);
                }
                Err(_) => {
                    set_outcome.set(Outcome::Failed(AppError::InvalidInput { field: "seat_prices".into() }));
                    return;
                }
            }
        }
        if prices.is_valid() {
            save.dispatch(prices);
        } else {
            set_outcome.set(Outcome::Failed(AppError::InvalidInput { field: "seat_prices".into() }));
        }
    };
    let inputs = fields
        .into_iter()
        .map(|(key, name, value)| {
            view! {
                <label>
                    <span>{name}</span>
                    <input type="text" inputmode="decimal" name=key autocomplete="off" value=value.get_untracked() bind:value=value />
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="stacked-form" on:submit=submit>
            <div class="inline-fields">
                <label>
                    <span>{i18n.t("settings-currency")}</span>
                    <input type="text" maxlength="3" size="4" required autocomplete="off" value=currency.get_untracked() bind:value=currency />
                </label>
                {inputs}
            </div>
            <button class="button button-primary" type="submit">{i18n.t("settings-save")}</button>
        </form>
        {outcome_view(i18n, outcome)}
    }
}

#[component]
fn ProtectedSection(view: RwSignal<SettingsView>) -> impl IntoView {
    let i18n = use_i18n();
    let (outcome, set_outcome) = signal(Outcome::Idle);
    let paste = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let save = saver(view, set_outcome, |change: ProtectedChange| change_protected(change));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(ProtectedChange { add: vec![paste.get()], remove: Vec::new() });
        paste.set(String::new());
    };
    let shown = move || {
        let needle = search.get().trim().to_lowercase();
        view.get().protected.into_iter().filter(|e| needle.is_empty() || e.contains(&needle)).collect::<Vec<_>>()
    };
    view! {
        <section class="settings-section" aria-labelledby="settings-protected">
            <h2 id="settings-protected">{i18n.t("settings-protected-title")}</h2>
            <p class="hint">{i18n.t("settings-protected-body")}</p>
            <form class="stacked-form" on:submit=submit>
                <label>
                    <span>{i18n.t("settings-protected-add")}</span>
                    <textarea rows="3" bind:value=paste placeholder="ceo@example.com, *@example.org"></textarea>
                </label>
                <button class="button button-primary" type="submit">{i18n.t("settings-protected-add-button")}</button>
            </form>
            {outcome_view(i18n, outcome)}
            <label class="search-field">
                <span>{i18n.t("settings-protected-search")}</span>
                <input type="search" bind:value=search />
            </label>
            <p class="hint">{move || i18n.t_with("settings-protected-count", [("count", view.get().protected.len().into())])}</p>
            <ul class="protected-list">
                {move || shown().into_iter().map(|entry| {
                    let remove = entry.clone();
                    view! {
                        <li>
                            <code>{entry}</code>
                            <button class="button button-quiet" type="button"
                                on:click=move |_| { save.dispatch(ProtectedChange { add: Vec::new(), remove: vec![remove.clone()] }); }>
                                {i18n.t("settings-protected-remove")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ScheduleSection(view: RwSignal<SettingsView>) -> impl IntoView {
    let i18n = use_i18n();
    let (outcome, set_outcome) = signal(Outcome::Idle);
    let current = view.get_untracked();
    let hours = RwSignal::new(current.sync_interval_hours.to_string());
    let retention = RwSignal::new(current.audit_retention_days.to_string());
    let save = saver(view, set_outcome, |(h, r): (f64, u32)| save_schedule(h, r));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match (hours.get().trim().parse::<f64>(), retention.get().trim().parse::<u32>()) {
            (Ok(h), Ok(r)) => {
                save.dispatch((h, r));
            }
            _ => set_outcome.set(Outcome::Failed(AppError::InvalidInput { field: "schedule".into() })),
        }
    };
    let from_env = current.sync_interval_from_env;
    view! {
        <section class="settings-section" aria-labelledby="settings-schedule">
            <h2 id="settings-schedule">{i18n.t("settings-schedule-title")}</h2>
            <form class="stacked-form" on:submit=submit>
                <div class="inline-fields">
                    <label>
                        <span>{i18n.t("settings-sync-interval")}</span>
                        <input type="number" min="0" max="168" step="1" required value=hours.get_untracked() bind:value=hours disabled=from_env />
                        <small class="hint">{i18n.t(if from_env { "settings-set-by-env" } else { "settings-sync-interval-hint" })}</small>
                    </label>
                    <label>
                        <span>{i18n.t("settings-retention")}</span>
                        <input type="number" min="0" max="3650" required value=retention.get_untracked() bind:value=retention />
                        <small class="hint">{i18n.t("settings-retention-hint")}</small>
                    </label>
                </div>
                <button class="button button-primary" type="submit">{i18n.t("settings-save")}</button>
            </form>
            {outcome_view(i18n, outcome)}
        </section>
    }
}

/// The server's HTML alone, as a browser without JavaScript gets it: every field shows what is
/// stored (Leptos renders `value=` on the server, never `prop:value` or `bind:value`).
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::settings::ConnectionView;

    fn stored() -> SettingsView {
        let key = SecretInfo {
            hint: Some("wxyz".into()),
            expires_on: chrono::NaiveDate::from_ymd_opt(2031, 5, 17),
            ..SecretInfo::default()
        };
        SettingsView {
            connection: ConnectionView {
                source: ConnectionSource::Settings,
                org_id: Some("org-4711".into()),
                admin_key: Some(key),
                site_url: Some("https://acme.atlassian.net".into()),
                site_email: Some("robot@acme.example".into()),
                site_token: Some(SecretInfo { hint: Some("abcd".into()), ..SecretInfo::default() }),
                ..ConnectionView::default()
            },
            thresholds: crate::users::Thresholds { warning_days: 45, overdue_days: 135 },
            sync_interval_hours: 12.0,
            audit_retention_days: 400,
            seat_prices: SeatPrices {
                currency: "EUR".into(),
                prices: [("jira-software".to_owned(), 7.25)].into_iter().collect(),
            },
            ..SettingsView::default()
        }
    }

    /// Renders one section of the page for `stored()` to HTML, as the server would.
    fn html<V: IntoView + 'static>(section: impl FnOnce(RwSignal<SettingsView>) -> V) -> String {
        let owner = Owner::new();
        owner.with(|| section(RwSignal::new(stored())).into_view().to_html())
    }

    /// The value attribute of the first input after the label text `label`, if it has one. (The
    /// empty comments `<!>` that mark, for hydration, where erased components' text ends are not
    /// the page's words.)
    fn value_after(html: &str, label: &str) -> Option<String> {
        let html = html.replace("<!>", "");
        let label = format!("<span>{label}</span>");
        let input = &html[html.find(&label)? + label.len()..];
        let input = &input[input.find("<input")?..];
        let input = &input[..input.find('>')?];
        let value = &input[input.find(" value=\"")? + 8..];
        Some(value[..value.find('"')?].to_owned())
    }

    #[test]
    fn thresholds_schedule_and_prices_render_their_stored_values() {
        let i18n = I18n(crate::i18n::Locale::default());
        let thresholds = html(|view| view! { <ThresholdsSection view /> });
        assert_eq!(value_after(&thresholds, &i18n.t("settings-warning-days")).as_deref(), Some("45"));
        assert_eq!(value_after(&thresholds, &i18n.t("settings-overdue-days")).as_deref(), Some("135"));

        let schedule = html(|view| view! { <ScheduleSection view /> });
        assert_eq!(value_after(&schedule, &i18n.t("settings-sync-interval")).as_deref(), Some("12"));
        assert_eq!(value_after(&schedule, &i18n.t("settings-retention")).as_deref(), Some("400"));

        let products =
            vec![("jira-software".to_owned(), "Jira".to_owned()), ("confluence".to_owned(), "Confluence".to_owned())];
        let prices = html(move |view| view! { <PricesForm view products /> });
        assert_eq!(value_after(&prices, &i18n.t("settings-currency")).as_deref(), Some("EUR"));
        assert_eq!(value_after(&prices, "Jira").as_deref(), Some("7.25"));
        assert_eq!(value_after(&prices, "Confluence").as_deref(), Some(""), "no price, an empty field");
    }

    #[test]
    fn the_connection_renders_what_is_stored_but_never_a_secret() {
        let i18n = I18n(crate::i18n::Locale::default());
        let connection = html(|view| view! { <ConnectionSection view /> });
        assert_eq!(value_after(&connection, &i18n.t("settings-org")).as_deref(), Some("org-4711"));
        assert_eq!(value_after(&connection, &i18n.t("settings-key-expiry")).as_deref(), Some("2031-05-17"));
        assert_eq!(
            value_after(&connection, &i18n.t("settings-site-url")).as_deref(),
            Some("https://acme.atlassian.net")
        );
        assert_eq!(value_after(&connection, &i18n.t("settings-site-email")).as_deref(), Some("robot@acme.example"));
        // The key and the token are write-only: their fields stay empty.
        assert_eq!(value_after(&connection, &i18n.t("settings-admin-key")), None);
        assert_eq!(value_after(&connection, &i18n.t("settings-site-token")), None);
    }
}
