//! Per product family, what the snapshot holds: read completely, partly (what was skipped, why,
//! and the permission that would fix it), not on this site, or kept from an earlier sync; and the
//! recent syncs with the same per-family states.

use leptos::prelude::*;

use crate::{
    families::{FamilyReport, FamilyState, Part, Skipped, part_key, skip_message, state_message},
    format,
    i18n::{I18n, use_i18n},
    users::{SyncOutcome, SyncRun},
};

/// The families of the snapshot being shown.
#[component]
pub fn FamilyStates(families: Vec<FamilyReport>) -> impl IntoView {
    let i18n = use_i18n();
    (!families.is_empty()).then(|| {
        view! {
            <ul class="family-states" aria-label=i18n.t("sync-families")>
                {families.into_iter().map(|report| view! { <FamilyLine report /> }).collect_view()}
            </ul>
        }
    })
}

#[component]
fn FamilyLine(report: FamilyReport) -> impl IntoView {
    let i18n = use_i18n();
    let class = format!("family-state family-state-{}", state_class(report.state));
    let state = state_text(i18n, &report);
    let skipped = report.skipped.iter().map(|s| skip_text(i18n, s)).collect::<Vec<_>>();
    view! {
        <li class=class>
            <span class="family-name">{i18n.t(report.family.message_id())}</span>
            <span class="family-badge">{state}</span>
            {(!skipped.is_empty()).then(|| view! {
                <ul class="family-skips">{skipped.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}

fn state_class(state: FamilyState) -> &'static str {
    match state {
        FamilyState::Complete => "complete",
        FamilyState::Partial => "partial",
        FamilyState::NotOnSite | FamilyState::NotConfigured => "absent",
        FamilyState::Stale => "stale",
    }
}

/// "complete", "partly read", or for a stale family how old its data is and why.
fn state_text(i18n: I18n, report: &FamilyReport) -> String {
    match (report.state, report.data_from) {
        (FamilyState::Stale, Some(at)) => i18n.t_with(
            "sync-family-stale",
            [("time", format::moment(i18n, at).into()), ("reason", report.error.clone().unwrap_or_default().into())],
        ),
        (FamilyState::Stale, None) => {
            i18n.t_with("sync-family-unread", [("reason", report.error.clone().unwrap_or_default().into())])
        }
        (state, _) => i18n.t(state_message(state)),
    }
}

/// "3 projects could not be read: the site account needs Administer Projects. Including: …"
fn skip_text(i18n: I18n, skipped: &Skipped) -> String {
    let what = i18n.t_with(
        &format!("sync-part-{}", part_key(skipped.part)),
        [("count", skipped.count.into()), ("formatted", format::count(i18n, skipped.count).into())],
    );
    let (message, permission) = skip_message(skipped);
    let permission = permission.map(|p| i18n.t(p.message_id())).unwrap_or_default();
    let mut text = i18n.t_with(message, [("what", what.into()), ("permission", permission.into())]);
    if !skipped.names.is_empty() && skipped.part != Part::Seats {
        text.push(' ');
        text.push_str(&i18n.t_with("sync-skipped-names", [("names", skipped.names.join(", ").into())]));
    }
    text
}

/// The recent syncs, newest first, each with its per-family states.
#[component]
pub fn SyncHistory(history: Vec<SyncRun>) -> impl IntoView {
    let i18n = use_i18n();
    (!history.is_empty()).then(|| {
        view! {
            <details class="sync-history">
                <summary>{i18n.t("sync-history")}</summary>
                <div class="table-wrap">
                    <table class="sync-history-table">
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("sync-history-started")}</th>
                                <th scope="col">{i18n.t("sync-history-outcome")}</th>
                                <th scope="col" class="numeric">{i18n.t("sync-history-accounts")}</th>
                                <th scope="col" class="numeric">{i18n.t("sync-history-requests")}</th>
                                <th scope="col">{i18n.t("sync-families")}</th>
                            </tr>
                        </thead>
                        <tbody>{history.into_iter().map(|run| view! { <HistoryRow run /> }).collect_view()}</tbody>
                    </table>
                </div>
            </details>
        }
    })
}

#[component]
fn HistoryRow(run: SyncRun) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = match run.outcome {
        SyncOutcome::Running => "sync-outcome-running",
        SyncOutcome::Complete => "sync-outcome-complete",
        SyncOutcome::Failed => "sync-outcome-failed",
        SyncOutcome::Cancelled => "sync-outcome-cancelled",
    };
    let families = run
        .families
        .iter()
        .map(|r| format!("{}: {}", i18n.t(r.family.message_id()), state_text(i18n, r)))
        .collect::<Vec<_>>();
    view! {
        <tr>
            <td>{format::moment(i18n, run.started_at)}</td>
            <td>
                {i18n.t(outcome)}
                {run.error.map(|e| view! { <span class="muted">" · "{e}</span> })}
            </td>
            <td class="numeric">{format::count(i18n, run.accounts)}</td>
            <td class="numeric">{format::count(i18n, run.requests)}</td>
            <td>
                <ul class="family-list">{families.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
            </td>
        </tr>
    }
}
