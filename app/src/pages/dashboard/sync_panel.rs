//! The sync's state: when the data is from, "Sync now", and while a sync runs its phase, accounts
//! read, requests and time spent waiting for Atlassian's rate limits, refreshed every second
//! without reloading the page; then what each product family holds, and the recent syncs.

use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::families::{FamilyStates, SyncHistory};
use crate::{
    api::sync::{cancel_sync, load_sync_status, start_sync},
    error::AppError,
    format,
    i18n::use_i18n,
    users::{SyncOutcome, SyncPhase, SyncProgress, SyncStatus},
};

/// How often the panel asks for progress while a sync runs.
const POLL: Duration = Duration::from_secs(1);

#[component]
pub fn SyncPanel(on_synced: impl Fn() + Send + Sync + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let tick = RwSignal::new(0u32);
    let status = Resource::new(move || tick.get(), |_| load_sync_status());
    let error = RwSignal::new(None::<AppError>);
    let was_running = RwSignal::new(false);
    // While a sync runs, ask again in a second; when it has just finished, refresh the numbers.
    Effect::new(move |_| {
        if let Some(Ok(current)) = status.get() {
            let running = current.running.is_some();
            if was_running.get_untracked() && !running {
                on_synced();
            }
            was_running.set(running);
            if running {
                set_timeout(move || tick.update(|t| *t += 1), POLL);
            }
        }
    });
    let sync_now = move |_| {
        spawn_local(async move {
            match start_sync().await {
                Ok(_) | Err(AppError::SyncRunning) => error.set(None),
                Err(e) => error.set(Some(e)),
            }
            tick.update(|t| *t += 1);
        });
    };
    let cancel = move |_| {
        spawn_local(async move {
            let _ = cancel_sync().await;
            tick.update(|t| *t += 1);
        });
    };
    view! {
        <section class="panel sync-panel" aria-labelledby="sync-title">
            <h2 id="sync-title" class="visually-hidden">{i18n.t("sync-title")}</h2>
            <Transition>
                {move || Suspend::new(async move {
                    status.await.map(|s| view! { <SyncState status=s sync_now cancel /> })
                })}
            </Transition>
            {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{i18n.t(e.message_id())}</p> })}
        </section>
    }
}

#[component]
fn SyncState(
    status: SyncStatus,
    sync_now: impl Fn(leptos::ev::MouseEvent) + 'static,
    cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let last = match &status.snapshot {
        Some(run) => i18n.t_with(
            "sync-last",
            [
                ("time", run.finished_at.map(|at| format::moment(i18n, at)).unwrap_or_default().into()),
                ("count", run.accounts.into()),
                ("formatted", format::count(i18n, run.accounts).into()),
            ],
        ),
        None => i18n.t("sync-never"),
    };
    let next = status.next_scheduled.map(|at| i18n.t_with("sync-next", [("time", format::moment(i18n, at).into())]));
    // The incremental sync keeps the data minutes fresh between full syncs.
    let incremental = status.incremental.as_ref().map(|run| match &run.error {
        None => i18n.t_with(
            "sync-incremental",
            [
                ("time", format::moment(i18n, run.at).into()),
                ("count", run.users.into()),
                ("formatted", format::count(i18n, run.users).into()),
            ],
        ),
        Some(reason) => i18n.t_with(
            "sync-incremental-failed",
            [("time", format::moment(i18n, run.at).into()), ("reason", reason.clone().into())],
        ),
    });
    let failure = status.last_failure.as_ref().filter(|f| f.outcome == SyncOutcome::Failed).map(|f| {
        i18n.t_with(
            "sync-failed",
            [
                ("time", format::moment(i18n, f.started_at).into()),
                ("reason", f.error.clone().unwrap_or_default().into()),
            ],
        )
    });
    let running = status.running.clone();
    let families = status.snapshot.as_ref().map(|run| run.families.clone()).unwrap_or_default();
    view! {
        <div class="sync-state">
            <div>
                <p class="sync-last">{last}</p>
                {incremental.map(|n| view! { <p class="sync-incremental">{n}</p> })}
                {next.map(|n| view! { <p class="muted">{n}</p> })}
                {failure.map(|f| view! { <p class="notice notice-error">{f}</p> })}
            </div>
            {match running {
                None => view! {
                    <button class="button button-primary" type="button" on:click=sync_now>{i18n.t("sync-now")}</button>
                }
                .into_any(),
                Some(progress) => view! { <Progress progress cancel /> }.into_any(),
            }}
        </div>
        <FamilyStates families />
        <SyncHistory history=status.history />
    }
}

#[component]
fn Progress(progress: SyncProgress, cancel: impl Fn(leptos::ev::MouseEvent) + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let phase = match progress.phase {
        SyncPhase::Starting => "sync-phase-starting",
        SyncPhase::Collecting => "sync-phase-collecting",
        SyncPhase::Indexing => "sync-phase-indexing",
    };
    let items = match progress.estimated_total {
        Some(total) => i18n.t_with(
            "sync-items-of",
            [("done", format::count(i18n, progress.items).into()), ("total", format::count(i18n, total).into())],
        ),
        None => i18n.t_with("sync-items", [("done", format::count(i18n, progress.items).into())]),
    };
    let waits = i18n.t_with(
        "sync-waits",
        [
            ("requests", format::count(i18n, progress.requests).into()),
            ("seconds", format::fixed(i18n, progress.rate_limit_wait_ms as f64 / 1000.0, 1).into()),
        ],
    );
    let (max, value) = match progress.estimated_total {
        Some(total) => (total.max(1).to_string(), progress.items.min(total).to_string()),
        None => (String::new(), String::new()),
    };
    view! {
        <div class="sync-progress" role="status" aria-live="polite">
            <p>
                <strong>{i18n.t(phase)}</strong>
                " · "
                {items}
            </p>
            {if max.is_empty() {
                view! { <progress aria-label=i18n.t("sync-title")></progress> }.into_any()
            } else {
                view! { <progress aria-label=i18n.t("sync-title") max=max value=value></progress> }.into_any()
            }}
            <p class="muted">{waits}</p>
            <button class="button" type="button" on:click=cancel disabled=progress.cancel_requested>
                {i18n.t("sync-cancel")}
            </button>
        </div>
    }
}
