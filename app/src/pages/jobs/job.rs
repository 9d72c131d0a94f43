//! One job: what it does, who started it and when, its state and progress, any wait for
//! Atlassian's rate limit or place in the queue, and every user's result (filtered by state, in
//! pages). Cancel while it runs; undo once it has ended; links to the job it undoes or that undid
//! it. The state filter and the page are in the URL, so they are plain links.

use leptos::{prelude::*, task::spawn_local};
use leptos_router::hooks::{use_params_map, use_query_map};
use strum::VariantArray;

use super::{job_href, poll, state_badge, undo_of_link};
use crate::{
    api::{
        bulk::{cancel_job, load_job},
        directory::load_filter_options,
    },
    bulk::{ItemState, JOB_PAGE_SIZE, JobEffect, JobItem, JobPage, JobState, JobSummary},
    code::Code,
    components::{
        bulk_dialog::{BulkDialog, BulkLauncher, BulkRequest, skip_label, step_label},
        busy::busy,
        hydrated,
        page_header::PageHeader,
    },
    embed::link,
    error::AppError,
    format,
    i18n::{I18n, use_i18n},
    users::FilterOptions,
};

/// The page's address for a state filter and a (one-based) page of results.
fn results_href(id: &str, state: Option<ItemState>, page: u32) -> String {
    let mut query = Vec::new();
    if let Some(state) = state {
        query.push(format!("state={}", state.code()));
    }
    if page > 1 {
        query.push(format!("page={page}"));
    }
    match query.is_empty() {
        true => job_href(id),
        false => format!("{}?{}", job_href(id), query.join("&")),
    }
}

#[component]
pub fn JobDetailsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let filter = Memo::new(move |_| query.with(|q| q.get("state").and_then(|s| s.parse::<ItemState>().ok())));
    let page = Memo::new(move |_| {
        query.with(|q| q.get("page").and_then(|p| p.parse::<u32>().ok()).filter(|&p| p >= 1).unwrap_or(1))
    });
    let tick = RwSignal::new(0u32);
    let job = Resource::new(
        move || (id.get(), filter.get(), page.get(), tick.get()),
        |(id, state, page, _)| load_job(id, state, page - 1),
    );
    // The latest summary, for the buttons (which live outside the refreshed part, so focus stays
    // on them while the numbers change).
    let summary = RwSignal::new(None::<JobSummary>);
    Effect::new(move |_| {
        if let Some(Ok(current)) = job.get() {
            let over = current.summary.state.is_over();
            summary.set(Some(current.summary));
            poll(tick, !over);
        }
    });
    let launcher = BulkLauncher::provide();
    let names = OnceResource::new(load_filter_options());

    view! {
        <PageHeader title_id="job-title" />
        <p>
            <a href=link("/jobs")>{i18n.t("job-back")}</a>
        </p>
        <Actions summary launcher tick />
        <Transition fallback=move || busy(i18n, "job-loading")>
            {move || Suspend::new(async move {
                match job.await {
                    Ok(current) => {
                        let names = names.await.ok();
                        view! { <Overview summary=current.summary.clone() names /> <Results current filter /> }.into_any()
                    }
                    Err(error) => view! { <p class="notice notice-error" role="alert">{i18n.t(error.message_id())}</p> }.into_any(),
                }
            })}
        </Transition>
        <BulkDialog launcher />
    }
}

/// Cancel and Undo: they need the script, so they appear once the page is hydrated.
#[component]
fn Actions(summary: RwSignal<Option<JobSummary>>, launcher: BulkLauncher, tick: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = hydrated();
    let error = RwSignal::new(None::<AppError>);
    let cancelling = RwSignal::new(false);
    let can_cancel =
        move || summary.with(|s| s.as_ref().is_some_and(|s| matches!(s.state, JobState::Queued | JobState::Running)));
    let can_undo = move || summary.with(|s| s.as_ref().is_some_and(JobSummary::can_undo));
    // Undo does the reverse of the job: red when that takes something away.
    let undo_class = move || {
        summary.with(|s| s.as_ref().map_or("button button-primary", |s| JobEffect::of(&s.action, true).button_class()))
    };
    let cancel = move |_| {
        let Some(id) = summary.with_untracked(|s| s.as_ref().map(|s| s.id.clone())) else { return };
        cancelling.set(true);
        spawn_local(async move {
            match cancel_job(id).await {
                Ok(next) => {
                    summary.set(Some(next));
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
            cancelling.set(false);
            tick.update(|t| *t += 1);
        });
    };
    let undo = move |_| {
        if let Some(id) = summary.with_untracked(|s| s.as_ref().map(|s| s.id.clone())) {
            launcher.open(BulkRequest::Undo { job_id: id });
        }
    };
    view! {
        <div class="job-actions" hidden=move || !hydrated.get() || !(can_cancel() || can_undo())>
            <button class="button" type="button" hidden=move || !can_cancel() disabled=move || cancelling.get() on:click=cancel>
                {i18n.t("job-cancel")}
            </button>
            <button class=undo_class type="button" hidden=move || !can_undo() on:click=undo>
                {i18n.t("job-undo")}
            </button>
            {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{i18n.t(e.message_id())}</p> })}
        </div>
    }
}

#[component]
fn Overview(summary: JobSummary, names: Option<FilterOptions>) -> impl IntoView {
    let i18n = use_i18n();
    let c = summary.counts;
    let handled = c.done + c.skipped + c.failed;
    let n = move |v: u32| format::count(i18n, u64::from(v));
    let when = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|at| view! { <time datetime=at.to_rfc3339()>{format::moment(i18n, at)}</time> }.into_any())
            .unwrap_or_else(|| view! { <span class="muted">"—"</span> }.into_any())
    };
    let field = |label: &'static str, value: AnyView| {
        view! {
            <dt>{i18n.t(label)}</dt>
            <dd>{value}</dd>
        }
    };
    let waiting = summary.waiting_until.map(|until| {
        view! {
            <p class="notice job-waiting" role="status">
                {i18n.t_with("job-waiting", [("time", format::time(i18n, until).into())])}
            </p>
        }
    });
    let queued = summary.queue_position.filter(|_| summary.state == JobState::Queued).map(|ahead| {
        view! { <p class="notice job-queued">{i18n.t_with("job-queue-position", [("count", ahead.into())])}</p> }
    });
    let undo_of = summary.undo_of.clone().map(|of| {
        view! { <p class="job-relation">{i18n.t("job-undo-of")}" "<a href=link(job_href(&of))>{i18n.t("job-open-original")}</a></p> }
    });
    let title_undo_of = summary.undo_of.as_deref().map(|of| undo_of_link(i18n, of));
    let undone_by = summary.undone_by.clone().map(|by| {
        view! { <p class="job-relation">{i18n.t("job-undone-by")}" "<a href=link(job_href(&by))>{i18n.t("job-open-undo")}</a></p> }
    });
    let parts = [
        ("job-count-done", c.done, "done"),
        ("job-count-skipped", c.skipped, "skipped"),
        ("job-count-failed", c.failed, "failed"),
        ("job-count-unknown", c.unknown, "unknown"),
        ("job-count-cancelled", c.cancelled, "cancelled"),
        ("job-count-pending", c.pending, "pending"),
    ]
    .into_iter()
    // Interruptions, cancellations and waiting users only when there are any.
    .filter(|(_, value, code)| *value > 0 || ["done", "skipped", "failed"].contains(code))
    .map(|(id, value, code)| {
        view! {
            <li data-count=code data-value=value.to_string()>
                {i18n.t_with(id, [("count", value.into()), ("formatted", n(value).into())])}
            </li>
        }
    })
    .collect_view();
    view! {
        <section class="panel job-overview" aria-labelledby="job-action" data-job-id=summary.id.clone() data-state=summary.state.code()>
            <h2 id="job-action">
                <span class="job-title">{summary.title(i18n, names.as_ref())}</span>
                {title_undo_of}
            </h2>
            <p>{state_badge(i18n, summary.state)}</p>
            <dl class="details-fields">
                {field("job-started-by", view! { <span>{summary.created_by.clone()}</span> }.into_any())}
                {field("job-created", when(Some(summary.created_at)))}
                {field("job-started", when(summary.started_at))}
                {field("job-finished", when(summary.finished_at))}
            </dl>
            // The bar alone: the counts follow once, as a list.
            <div class="job-progress">
                <progress aria-label=i18n.t("job-progress") max=c.total.max(1).to_string() value=handled.to_string()></progress>
            </div>
            <ul class="job-counts">{parts}</ul>
            {waiting}
            {queued}
            {summary.error.clone().map(|e| view! { <p class="notice notice-error">{i18n.t("job-error")}" "{job_error(i18n, e)}</p> })}
            {undo_of}
            {undone_by}
        </section>
    }
}

/// Why a job stopped early: the reasons the server gives as message codes (`job-stopped-*`)
/// translated; others (store errors) as written.
fn job_error(i18n: I18n, error: String) -> String {
    if error.starts_with("job-stopped-") { i18n.t(&error) } else { error }
}

/// Every user's result: a state filter (links), the table and the pager.
#[component]
fn Results(current: JobPage, filter: Memo<Option<ItemState>>) -> impl IntoView {
    let i18n = use_i18n();
    let id = current.summary.id.clone();
    let chosen = filter.get_untracked();
    let chip = |state: Option<ItemState>, label: String| {
        let current = (chosen == state).then_some("true");
        view! {
            <a class="chip" href=link(results_href(&id, state, 1)) aria-current=current>
                {label}
            </a>
        }
    };
    let chips = std::iter::once(chip(None, i18n.t("job-filter-all")))
        .chain(ItemState::VARIANTS.iter().map(|&s| chip(Some(s), i18n.t(&format!("job-item-{}", s.code())))))
        .collect_view();
    let pages = current.matching.div_ceil(JOB_PAGE_SIZE).max(1);
    let page = current.page + 1;
    let rows = current.items.iter().map(|item| result_row(i18n, item)).collect_view();
    let empty = current.items.is_empty();
    let previous = (page > 1).then(|| results_href(&id, chosen, page - 1));
    let next = (page < pages).then(|| results_href(&id, chosen, page + 1));
    view! {
        <section class="panel job-results" aria-labelledby="job-results-title">
            <h2 id="job-results-title">{i18n.t("job-results")}</h2>
            <nav class="presets" aria-label=i18n.t("job-filter")>
                <span class="presets-label">{i18n.t("job-filter")}</span>
                {chips}
            </nav>
            <div class="table-wrap">
                <table class="job-items">
                    <caption class="visually-hidden">{i18n.t("job-results")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("column-name")}</th>
                            <th scope="col">{i18n.t("column-email")}</th>
                            <th scope="col">{i18n.t("job-item-state")}</th>
                            <th scope="col">{i18n.t("job-steps")}</th>
                            <th scope="col">{i18n.t("job-outcome")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        {empty.then(|| view! { <tr><td colspan="5" class="no-matches">{i18n.t("job-no-items")}</td></tr> })}
                    </tbody>
                </table>
            </div>
            <nav class="pager" aria-label=i18n.t("pager-label")>
                <a class="button" rel="prev" href=previous.clone().map(link) aria-disabled=previous.is_none().then_some("true")>
                    {i18n.t("pager-previous")}
                </a>
                <span class="pager-position">
                    {i18n.t_with(
                        "pager-position",
                        [("page", format::count(i18n, page.into()).into()), ("pages", format::count(i18n, pages.into()).into())],
                    )}
                </span>
                <a class="button" rel="next" href=next.clone().map(link) aria-disabled=next.is_none().then_some("true")>
                    {i18n.t("pager-next")}
                </a>
            </nav>
        </section>
    }
}

/// What Atlassian's answer to a change means, as a sentence (`job-outcome-*`): a success
/// confirmed it, 429 and 5xx mean it was busy or unavailable, any other answer refused it.
fn answer_message(status: u16) -> &'static str {
    match status {
        200..=299 => "job-outcome-confirmed",
        429 | 500..=599 => "job-outcome-unavailable",
        _ => "job-outcome-refused",
    }
}

fn result_row(i18n: I18n, item: &JobItem) -> AnyView {
    let steps = item.steps.iter().map(|s| step_label(i18n, s)).collect::<Vec<_>>().join("; ");
    let mut outcome: Vec<AnyView> = Vec::new();
    if let Some(skip) = item.skip {
        outcome.push(view! { <span class="job-skip" data-skip=skip.code()>{skip_label(i18n, skip)}</span> }.into_any());
    }
    if let Some(reason) = item.reason.clone() {
        outcome.push(view! { <span class="job-reason">{reason}</span> }.into_any());
    }
    if let Some(status) = item.atlassian_status {
        // A sentence for the admin; the status itself stays as a tooltip for support.
        outcome.push(
            view! {
                <span
                    class="job-status"
                    data-status=status.to_string()
                    title=i18n.t_with("job-atlassian-status", [("status", status.into())])
                >
                    {i18n.t(answer_message(status))}
                </span>
            }
            .into_any(),
        );
    }
    if let Some(request) = item.request_id.clone() {
        outcome.push(
            view! {
                <span class="job-request">{i18n.t("job-request-id")}" "<code class="request-id">{request}</code></span>
            }
            .into_any(),
        );
    }
    let state = item.state.code();
    view! {
        <tr data-account-id=item.account_id.clone() data-state=state>
            <th scope="row">{item.name.clone()}</th>
            <td class="break-all">{item.email.clone().unwrap_or_else(|| i18n.t("email-hidden"))}</td>
            <td>
                <span class=format!("badge job-item job-item-{state}")>{i18n.t(&format!("job-item-{state}"))}</span>
            </td>
            <td>{steps}</td>
            <td class="job-outcome">{outcome}</td>
        </tr>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_links_keep_only_what_differs_from_the_default() {
        assert_eq!(results_href("j1", None, 1), "/jobs/j1");
        assert_eq!(results_href("j1", Some(ItemState::Failed), 1), "/jobs/j1?state=failed");
        assert_eq!(results_href("j1", Some(ItemState::Done), 3), "/jobs/j1?state=done&page=3");
        assert_eq!(results_href("j1", None, 2), "/jobs/j1?page=2");
    }

    #[test]
    fn atlassian_answers_read_as_sentences() {
        let i18n = I18n::default();
        assert_eq!(i18n.t(answer_message(204)), "Done: Atlassian confirmed the change");
        assert_eq!(answer_message(200), "job-outcome-confirmed");
        assert_eq!(answer_message(403), "job-outcome-refused");
        assert_eq!(answer_message(429), "job-outcome-unavailable");
        assert_eq!(answer_message(503), "job-outcome-unavailable");
    }
}
