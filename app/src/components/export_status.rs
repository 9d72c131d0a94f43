//! A CSV export built in the browser, as its page shows it: the progress with Cancel, then how
//! many rows were saved, that it was cancelled, or why it failed.

use leptos::{prelude::*, task::spawn_local};

use crate::{
    error::AppError,
    export::{self, Progress},
    format,
    i18n::I18n,
};

/// Where an export stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Running(Progress),
    Done(u64),
    Cancelled,
    Failed(AppError),
}

/// One export at a time: where it stands, and its cancel switch.
#[derive(Clone, Copy)]
pub struct ExportRun {
    stage: RwSignal<Stage>,
    cancel: RwSignal<bool>,
}

/// Reports an export's progress.
pub type OnProgress = Box<dyn Fn(Progress)>;
/// Says whether the export was cancelled.
pub type Cancelled = Box<dyn Fn() -> bool>;

impl ExportRun {
    #[allow(clippy::new_without_default)] // signals belong to a component: no `Default`
    pub fn new() -> ExportRun {
        ExportRun { stage: RwSignal::new(Stage::Idle), cancel: RwSignal::new(false) }
    }

    pub fn running(self) -> bool {
        matches!(self.stage.get(), Stage::Running(_))
    }

    /// Builds the CSV with `build` (given the progress reporter and the cancel check) and hands
    /// it to the browser as `file_name`.
    pub fn start<F>(self, file_name: String, build: impl FnOnce(OnProgress, Cancelled) -> F)
    where
        F: std::future::Future<Output = Result<Option<String>, AppError>> + 'static,
    {
        let ExportRun { stage, cancel } = self;
        cancel.set(false);
        stage.set(Stage::Running(Progress::default()));
        let built = build(
            Box::new(move |progress| stage.set(Stage::Running(progress))),
            Box::new(move || cancel.get_untracked()),
        );
        spawn_local(async move {
            stage.set(match built.await {
                Ok(Some(text)) => match export::save(&file_name, &text) {
                    Ok(()) => Stage::Done(match stage.get_untracked() {
                        Stage::Running(p) => p.done,
                        _ => 0,
                    }),
                    Err(error) => Stage::Failed(error),
                },
                Ok(None) => Stage::Cancelled,
                Err(error) => Stage::Failed(error),
            });
        });
    }

    /// The export's state, in words: `progress_id` takes `done` and `total`, `done_id` `count`
    /// and `formatted`. While the export runs, only the numbers change: the Cancel button stays the
    /// same element, so it can be pressed while pages arrive.
    pub fn status(self, i18n: I18n, progress_id: &'static str, done_id: &'static str) -> impl IntoView {
        let ExportRun { stage, cancel } = self;
        let running = Memo::new(move |_| matches!(stage.get(), Stage::Running(_)));
        let progress = move || match stage.get() {
            Stage::Running(progress) => progress,
            _ => Progress::default(),
        };
        let words = move || {
            let Progress { done, total } = progress();
            i18n.t_with(
                progress_id,
                [
                    ("done", format::count(i18n, done).into()),
                    ("total", total.map(|t| format::count(i18n, t)).unwrap_or_else(|| "…".into()).into()),
                ],
            )
        };
        let outcome = move || {
            match stage.get() {
            Stage::Idle | Stage::Running(_) => None,
            Stage::Done(rows) => Some(
                view! {
                    <p class="notice" role="status">
                        {i18n.t_with(done_id, [("count", rows.into()), ("formatted", format::count(i18n, rows).into())])}
                    </p>
                }
                .into_any(),
            ),
            Stage::Cancelled => Some(view! { <p class="notice" role="status">{i18n.t("export-cancelled")}</p> }.into_any()),
            Stage::Failed(error) => {
                Some(view! { <p class="notice notice-error" role="alert">{i18n.t(error.message_id())}</p> }.into_any())
            }
        }
        };
        view! {
            <Show when=move || running.get()>
                <div class="export-progress" role="status">
                    <progress
                        max=move || progress().total.unwrap_or(0).to_string()
                        value=move || progress().done.to_string()
                    ></progress>
                    <span>{words}</span>
                    <button class="button" type="button" on:click=move |_| cancel.set(true)>
                        {i18n.t("export-cancel")}
                    </button>
                </div>
            </Show>
            {outcome}
        }
    }
}
