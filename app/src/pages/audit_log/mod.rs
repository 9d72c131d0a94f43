//! The Audit page: whether the hash chain verifies, filters and search, the entries newest first
//! with paging, one entry in full, and the CSV export of the current filter. Its whole state is
//! the URL (see [`crate::audit::AuditState`]): every control is a link or a GET form that works
//! without the script, and the hydrated page navigates in place.

mod details;
mod filters;
mod table;
mod toolbar;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    api::audit::{load_audit_integrity, load_audit_options, query_audit},
    audit::{AuditState, Integrity},
    components::{busy::busy, empty_state::EmptyState, nav::Go, page_header::PageHeader},
    format,
    i18n::{I18n, use_i18n},
};

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let state = Memo::new(move |_| query.with(|q| AuditState::parse(|name| q.get_all(name).unwrap_or_default())));
    let options = OnceResource::new(load_audit_options());
    let integrity = OnceResource::new(load_audit_integrity());
    let page = Resource::new(move || state.with(AuditState::query), query_audit);
    let go_filters = Go::new();
    let go_table = go_filters.clone();

    view! {
        <PageHeader title_id="audit-title" />
        <Suspense>
            {move || Suspend::new(async move { integrity_status(i18n, integrity.await) })}
        </Suspense>
        <Suspense>
            {move || {
                let go = go_filters.clone();
                Suspend::new(async move {
                    options.await.map(|options| view! { <filters::Filters state options go /> })
                })
            }}
        </Suspense>
        <Transition fallback=move || busy(i18n, "audit-loading")>
            {move || {
                let go = go_table.clone();
                let go_rows = go_table.clone();
                let go_bar = go_table.clone();
                Suspend::new(async move {
                    let page = page.await?;
                    let filtered = state.with_untracked(|s| !s.filter.normalised().is_empty());
                    let view = if page.total == 0 && page.hidden_views == 0 && !filtered {
                        view! {
                            <EmptyState title=i18n.t("audit-empty-title") body=i18n.t("audit-empty-body") />
                        }
                            .into_any()
                    } else {
                        // The open entry is one of this page's rows: opening another needs
                        // no request.
                        let rows = page.rows.clone();
                        let jobs = page.jobs.clone();
                        let entry = move || {
                            let key = state.with(|s| s.entry)?;
                            rows.iter().find(|r| r.key() == key).cloned()
                        };
                        let panel = move || {
                            entry().map(|entry| view! { <details::EntryPanel state entry jobs=jobs.clone() go=go.clone() /> })
                        };
                        view! {
                            <toolbar::Toolbar state total=page.total hidden_views=page.hidden_views go=go_bar />
                            <table::AuditTable state page go=go_rows />
                            {panel}
                        }
                            .into_any()
                    };
                    Ok::<_, crate::error::AppError>(view)
                })
            }}
        </Transition>
    }
}

/// "Chain verified: …" above everything else, or an alert naming the first bad entry.
fn integrity_status(i18n: I18n, integrity: Result<Integrity, crate::error::AppError>) -> AnyView {
    match integrity {
        Ok(Integrity { problem: Some(problem), .. }) => {
            // A checkpoint file that lost what was signed is not a broken chain: it says so in the
            // admin's language, and what to restore.
            let (title, help) = match problem.kind.as_str() {
                "checkpoints_missing" => (
                    i18n.t_with("audit-checkpoints-missing", [("seq", problem.seq.into())]),
                    i18n.t("audit-checkpoints-missing-help"),
                ),
                _ => (
                    i18n.t_with(
                        "audit-chain-broken",
                        [("seq", problem.seq.into()), ("reason", problem.reason.clone().into())],
                    ),
                    i18n.t("audit-chain-broken-help"),
                ),
            };
            view! {
                <div
                    class="notice notice-error integrity"
                    role="alert"
                    data-integrity="broken"
                    data-problem=problem.kind.clone()
                >
                    <strong>{title}</strong>
                    <p class="muted">{help}</p>
                </div>
            }
            .into_any()
        }
        // Where the verified chain reaches, not how many entries it holds: that number would
        // count what the list below leaves out (Atlassian's events are not in the chain; the
        // admin's own readings are hidden) and entries appended since the check.
        Ok(Integrity { last_seq, last_checkpoint, .. }) => {
            let last = last_seq.unwrap_or(0);
            let text = match last_checkpoint {
                Some(checkpoint) => i18n.t_with(
                    "audit-chain-verified-through",
                    [
                        ("last", last.into()),
                        ("seq", checkpoint.seq.into()),
                        ("time", format::moment(i18n, checkpoint.at).into()),
                    ],
                ),
                None => i18n.t_with("audit-chain-verified-through-unsigned", [("last", last.into())]),
            };
            view! {
                <p class="notice integrity" role="status" data-integrity="verified">
                    <span class="integrity-mark" aria-hidden="true">"✓ "</span>
                    {text}
                </p>
            }
            .into_any()
        }
        Err(error) => view! {
            <p class="notice notice-error integrity" role="status" data-integrity="unknown">
                {i18n.t("audit-chain-unchecked")}
                " "
                {i18n.t(error.message_id())}
            </p>
        }
        .into_any(),
    }
}

/// An action as people read it: its translated label, or the code as written when this version
/// has no label for it.
pub(crate) fn action_label(i18n: I18n, action: &str) -> String {
    crate::audit::action_message(action).map_or_else(|| action.to_owned(), |id| i18n.t(&id))
}

pub(crate) fn outcome_label(i18n: I18n, outcome: &str) -> String {
    crate::audit::outcome_message(outcome).map_or_else(|| outcome.to_owned(), |id| i18n.t(&id))
}

/// How the admin signed in, as people read it (Atlassian's authentication types, such as
/// `api-token`, as Atlassian wrote them).
pub(crate) fn via_label(i18n: I18n, via: Option<&str>) -> Option<String> {
    match via? {
        "local" => Some(i18n.t("account-via-local")),
        "atlassian" => Some(i18n.t("account-via-atlassian")),
        "forge" => Some(i18n.t("account-via-forge")),
        other => Some(other.to_owned()),
    }
}
