//! One entry in full: every stored field, the details as formatted JSON, and its place in the
//! hash chain (or, for one of Atlassian's events, its event id, address and product, and a note
//! that it is not part of the chain). A region beside the table, opened by a link (so it works without the script);
//! Escape or "Close" returns to the table.

use leptos::prelude::*;

use super::{action_label, outcome_label, table::utc_time, via_label};
use crate::{
    audit::{AuditJob, AuditRow, AuditSource, AuditState, job_name, sentences},
    components::{
        hydrated,
        nav::{Go, escape_to, focus_on_open, in_place},
    },
    embed::link,
    i18n::use_i18n,
};

#[component]
pub fn EntryPanel(state: Memo<AuditState>, entry: AuditRow, jobs: Vec<AuditJob>, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = hydrated();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_open(heading);
    let close_target = move || state.with(|s| s.with_entry(None));
    let on_key = escape_to(go.clone(), close_target);
    let text = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    let field = |label: &'static str, value: String| {
        view! {
            <dt>{i18n.t(label)}</dt>
            <dd class="break-all">{value}</dd>
        }
    };
    let details = serde_json::from_str::<serde_json::Value>(&entry.details)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| entry.details.clone());
    let from_atlassian = entry.source == AuditSource::Atlassian;
    let title = match from_atlassian {
        true => i18n.t_with("audit-event-title", [("seq", entry.seq.into())]),
        false => i18n.t_with("audit-entry-title", [("seq", entry.seq.into())]),
    };
    let reported = from_atlassian.then(|| {
        view! {
            <p class="notice audit-source-note">
                <span class="badge badge-source">{i18n.t("audit-source-atlassian")}</span>
                " "
                {i18n.t("audit-atlassian-note")}
            </p>
        }
    });
    let chain = (!from_atlassian).then(|| {
        view! {
            {field("audit-csv-prev-hash", entry.prev_hash.clone())}
            {field("audit-csv-hash", entry.hash.clone())}
        }
    });
    let reported_fields = from_atlassian.then(|| {
        view! {
            {field("audit-csv-event-id", text(&entry.event_id))}
            {field("audit-csv-ip", text(&entry.ip))}
            {field("audit-csv-product", text(&entry.product))}
        }
    });
    // The job by its title and short id; the whole id beside it, for support and the CLI.
    let job = match entry.job_id.clone() {
        Some(id) => {
            let href = format!("/jobs/{}", crate::auth::encode_query_value(&id));
            view! {
                <a href=link(href)>{job_name(i18n, &id, &jobs)}</a>
                <span class="muted audit-job-id">{id}</span>
            }
            .into_any()
        }
        None => "—".into_any(),
    };
    let said = sentences(i18n, &entry).into_iter().map(|sentence| view! { <p>{sentence}</p> }).collect_view();
    view! {
        <aside class="details-panel" aria-labelledby="entry-title" on:keydown=on_key>
            <header class="details-header">
                <h2 id="entry-title" tabindex="-1" node_ref=heading>
                    {title}
                </h2>
                <a class="button" href=move || link(close_target().href()) on:click=in_place(go.clone(), close_target)>
                    {i18n.t("details-close")}
                </a>
            </header>
            {reported}
            <dl class="details-fields">
                {field("audit-csv-source", i18n.t(&entry.source.message()))}
                <dt>{i18n.t("audit-csv-time")}</dt>
                <dd>{utc_time(i18n, entry.at, hydrated)}</dd>
                {field("audit-csv-actor", entry.actor.clone())}
                {field("audit-csv-actor-name", text(&entry.actor_name))}
                {field("audit-csv-auth-via", via_label(i18n, entry.auth_via.as_deref()).unwrap_or_else(|| "—".into()))}
                {entry.installation_id.clone().map(|id| field("audit-csv-installation", id))}
                {field("audit-csv-action", action_label(i18n, &entry.action))}
                {field("audit-csv-target", text(&entry.target))}
                {field("audit-csv-target-name", text(&entry.target_name))}
                {field("audit-csv-target-email", text(&entry.target_email))}
                {field("audit-csv-outcome", outcome_label(i18n, &entry.outcome))}
                {field("audit-csv-atlassian-status", entry.atlassian_status.map_or_else(|| "—".into(), |s| s.to_string()))}
                {field("audit-csv-request-id", text(&entry.request_id))}
                <dt>{i18n.t("audit-csv-job-id")}</dt>
                <dd>{job}</dd>
                {reported_fields}
                {chain}
            </dl>
            <h3>{i18n.t("audit-csv-details")}</h3>
            <div class="audit-sentences">{said}</div>
            <h3>{i18n.t("audit-csv-details-json")}</h3>
            <pre class="audit-json">{details}</pre>
        </aside>
    }
}
