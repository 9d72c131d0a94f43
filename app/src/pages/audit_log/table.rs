//! The entries, newest first, one row each, and the pager. Times are shown in UTC (as stored and
//! exported); once the page runs in the browser, hovering one shows it in the admin's own time.

use leptos::prelude::*;

use super::{action_label, outcome_label, via_label};
use crate::{
    audit::{AuditJob, AuditPage, AuditRow, AuditSource, AuditState, details_line, job_name},
    code::Code,
    components::{
        hydrated,
        nav::{Go, in_place},
        pager::Pager,
    },
    embed::link,
    format,
    i18n::{I18n, use_i18n},
};

#[component]
pub fn AuditTable(state: Memo<AuditState>, page: AuditPage, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = hydrated();
    let total = page.total;
    let jobs = page.jobs;
    let rows = page.rows.into_iter().map(|row| row_view(i18n, row, &jobs, state, hydrated, go.clone())).collect_view();
    let headings = [
        "audit-column-time",
        "audit-column-admin",
        "audit-column-action",
        "audit-column-user",
        "audit-column-outcome",
        "audit-column-status",
        "audit-column-request",
        "audit-column-details",
    ]
    .map(|id| view! { <th scope="col">{i18n.t(id)}</th> });
    view! {
        <div class="table-wrap">
            <table class="audit-table">
                <caption class="visually-hidden">{i18n.t("audit-table-caption")}</caption>
                <thead>
                    <tr>
                        {headings}
                        <th scope="col">
                            <span class="visually-hidden">{i18n.t("audit-column-entry")}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    {(total == 0).then(|| view! {
                        <tr>
                            <td colspan="9" class="no-matches">{i18n.t("audit-no-matches")}</td>
                        </tr>
                    })}
                </tbody>
            </table>
        </div>
        <Pager state total go />
    }
}

/// A UTC time, with the admin's own time as its tooltip once the browser can say which that is.
pub(crate) fn utc_time(i18n: I18n, at: chrono::DateTime<chrono::Utc>, hydrated: ReadSignal<bool>) -> impl IntoView {
    let utc = format::instant(i18n, at);
    let title = {
        let utc = utc.clone();
        move || match hydrated.get() {
            true => format::local_instant(i18n, at, *at.with_timezone(&chrono::Local).offset()),
            false => utc.clone(),
        }
    };
    view! { <time datetime=at.to_rfc3339() title=title>{utc}</time> }
}

fn row_view(
    i18n: I18n,
    row: AuditRow,
    jobs: &[AuditJob],
    state: Memo<AuditState>,
    hydrated: ReadSignal<bool>,
    go: Go,
) -> AnyView {
    let seq = row.seq;
    let key = row.key();
    let target = move || state.with(|s| s.with_entry(Some(key)));
    let from_atlassian = row.source == AuditSource::Atlassian;
    // Atlassian's events are marked in words, not colour alone; their place among the events
    // is not a chain position.
    let badge = from_atlassian.then(|| {
        view! {
            <span class="badge badge-source" title=i18n.t("audit-atlassian-note")>
                {i18n.t("audit-source-atlassian")}
            </span>
        }
    });
    let (data_seq, data_event) =
        if from_atlassian { (None, Some(seq.to_string())) } else { (Some(seq.to_string()), None) };
    let via = via_label(i18n, row.auth_via.as_deref());
    let actor_hint = (row.actor_name.is_some()).then(|| row.actor.clone());
    let user = affected_user(&row);
    let outcome = row.outcome.clone();
    let status = row.atlassian_status.map(|s| s.to_string()).unwrap_or_default();
    let summary = details_line(i18n, &row);
    let request = row.request_id.clone().unwrap_or_default();
    // A card on a phone leaves out what an entry does not have: no label, no line.
    let labelled = |value: &str, id: &str| (!value.is_empty()).then(|| i18n.t(id));
    let (status_label, request_label) =
        (labelled(&status, "audit-column-status"), labelled(&request, "audit-column-request"));
    let job = row.job_id.clone().map(|id| {
        let href = format!("/jobs/{}", crate::auth::encode_query_value(&id));
        view! {
            <a class="job-link" href=link(href) title=id.clone()>
                {job_name(i18n, &id, jobs)}
            </a>
        }
    });
    let open_label = match from_atlassian {
        true => i18n.t_with("audit-event-open", [("seq", seq.into())]),
        false => i18n.t_with("audit-entry-open", [("seq", seq.into())]),
    };
    view! {
        <tr
            data-seq=data_seq
            data-event=data_event
            data-source=row.source.code()
            class:selected=move || state.with(|s| s.entry == Some(key))
        >
            // Each cell names its column (data-label) for the cards a phone shows instead of rows.
            <td class="nowrap audit-time">{utc_time(i18n, row.at, hydrated)}</td>
            <th scope="row" class="audit-admin">
                {badge}
                <span title=actor_hint>{row.admin().to_owned()}</span>
                {via.map(|via| view! { <span class="muted audit-via">{via}</span> })}
            </th>
            <td data-action=row.action.clone() data-label=i18n.t("audit-column-action")>{action_label(i18n, &row.action)}</td>
            <td class="audit-user" data-label=i18n.t("audit-column-user")>{user}</td>
            <td data-label=i18n.t("audit-column-outcome")>
                <span class=format!("badge badge-outcome badge-outcome-{}", css_token(&outcome)) data-outcome=outcome.clone()>
                    {outcome_label(i18n, &outcome)}
                </span>
            </td>
            <td data-label=status_label>{status}</td>
            <td class="audit-request" data-label=request_label>{request}</td>
            <td class="audit-details" data-label=i18n.t("audit-column-details")>
                <span class="audit-summary" title=summary.clone()>{summary.clone()}</span>
                {job}
            </td>
            <td class="audit-open">
                <a class="details-link" href=move || link(target().href()) aria-label=open_label on:click=in_place(go, target)>
                    {i18n.t("details")}
                </a>
            </td>
        </tr>
    }
    .into_any()
}

/// The affected user as the entry names them: name, e-mail and account id, each on its line
/// (or the target alone, a setting's name for instance).
fn affected_user(row: &AuditRow) -> impl IntoView + use<> {
    let name = row.target_name.clone().map(|n| view! { <span class="audit-user-name">{n}</span> });
    let email = row.target_email.clone().map(|e| view! { <span class="audit-user-email">{e}</span> });
    let id = row.target.clone().map(|t| view! { <span class="audit-user-id muted">{t}</span> });
    (name, email, id)
}

/// Only letters, digits and `-` from an outcome, for a class name.
fn css_token(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}
