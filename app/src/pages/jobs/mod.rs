//! Bulk-action jobs: the list of every job (newest first) and each job's page. Both are rendered
//! whole on the server and read without the script; once hydrated they refresh every second while
//! a job is queued or running.

mod job;

use std::time::Duration;

use leptos::prelude::*;

pub use job::JobDetailsPage;

use crate::{
    api::{bulk::load_jobs, directory::load_filter_options},
    bulk::{JobCounts, JobState, JobSummary, short_job_id},
    code::Code,
    components::{busy::busy, empty_state::EmptyState, page_header::PageHeader},
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    users::FilterOptions,
};

/// How often a page asks again while a job is not over.
const POLL: Duration = Duration::from_secs(1);

/// Inside an effect: asks for fresh data in a second (by bumping `tick`) when `again`. The wait is
/// dropped when the effect runs again or the page goes away, so polling stops with the page.
pub(crate) fn poll(tick: RwSignal<u32>, again: bool) {
    if !again {
        return;
    }
    if let Ok(handle) = set_timeout_with_handle(
        move || {
            tick.try_update(|t| *t += 1);
        },
        POLL,
    ) {
        on_cleanup(move || handle.clear());
    }
}

pub(crate) fn job_href(id: &str) -> String {
    format!("/jobs/{}", crate::auth::encode_query_value(id))
}

/// The job's state as a badge (text and colour, never colour alone).
pub(crate) fn state_badge(i18n: I18n, state: JobState) -> impl IntoView {
    view! {
        <span class=format!("badge job-state job-state-{}", state.code()) data-state=state.code()>
            {i18n.t(&format!("job-state-{}", state.code()))}
        </span>
    }
}

/// "(undo of job 1a2b3c4d)", linking to the job undone.
pub(crate) fn undo_of_link(i18n: I18n, original: &str) -> AnyView {
    view! {
        <span class="job-undo-of">
            // A middle dot, not brackets: it reads the same in every script (CJK brackets differ).
            " · "
            <a href=link(job_href(original))>{i18n.t_with("job-undo-of-job", [("job", short_job_id(original).to_owned().into())])}</a>
        </span>
    }
    .into_any()
}

/// "12 done, 3 skipped, 1 failed of 16".
pub(crate) fn counts_text(i18n: I18n, counts: &JobCounts) -> String {
    let n = |v: u32| format::count(i18n, u64::from(v));
    i18n.t_with(
        "job-counts",
        [
            ("done", n(counts.done).into()),
            ("skipped", n(counts.skipped).into()),
            ("failed", n(counts.failed).into()),
            ("total", n(counts.total).into()),
        ],
    )
}

#[component]
pub fn JobsPage() -> impl IntoView {
    let i18n = use_i18n();
    let tick = RwSignal::new(0u32);
    let jobs = Resource::new(move || tick.get(), |_| load_jobs());
    let names = OnceResource::new(load_filter_options());
    Effect::new(move |_| {
        if let Some(Ok(list)) = jobs.get() {
            poll(tick, list.iter().any(|j| !j.state.is_over()));
        }
    });
    view! {
        <PageHeader title_id="jobs-title" />
        <p class="muted">{i18n.t("jobs-intro")}</p>
        <Transition fallback=move || busy(i18n, "jobs-loading")>
            {move || Suspend::new(async move {
                match jobs.await {
                    Ok(list) if list.is_empty() => {
                        view! { <EmptyState title=i18n.t("jobs-empty-title") body=i18n.t("jobs-empty-body") /> }.into_any()
                    }
                    Ok(list) => view! { <JobsTable jobs=list names=names.await.ok() /> }.into_any(),
                    Err(error) => view! { <p class="notice notice-error" role="alert">{i18n.t(error.message_id())}</p> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn JobsTable(jobs: Vec<JobSummary>, names: Option<FilterOptions>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = jobs
        .into_iter()
        .map(|job| {
            let href = job_href(&job.id);
            let title = job.title(i18n, names.as_ref());
            let undo_of = job.undo_of.as_deref().map(|of| undo_of_link(i18n, of));
            let undone_by = job.undone_by.as_ref().filter(|_| job.undo_of.is_none()).map(|by| {
                view! { <span class="muted">" · "<a href=link(job_href(by))>{i18n.t("job-undone-by-short")}</a></span> }
            });
            view! {
                <tr data-job-id=job.id.clone()>
                    <th scope="row">
                        <a href=link(href)>{title}</a>
                        {undo_of}
                        {undone_by}
                    </th>
                    <td>{state_badge(i18n, job.state)}</td>
                    <td>{counts_text(i18n, &job.counts)}</td>
                    <td>{job.created_by.clone()}</td>
                    <td><time datetime=job.created_at.to_rfc3339()>{format::moment(i18n, job.created_at)}</time></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="jobs-table">
                <caption class="visually-hidden">{i18n.t("jobs-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("job-action")}</th>
                        <th scope="col">{i18n.t("job-state")}</th>
                        <th scope="col">{i18n.t("job-progress")}</th>
                        <th scope="col">{i18n.t("job-started-by")}</th>
                        <th scope="col">{i18n.t("job-created")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
