//! Above the table: how many match, the selection ("select all N matching"), the column chooser
//! and the CSV exports with their progress and cancel.

use leptos::{prelude::*, task::spawn_local};
use strum::VariantArray;

use super::users_count;
use crate::bulk::Targets;
use crate::components::{
    bulk_dialog::{BulkRequest, use_bulk_launcher},
    hydrated,
};
use crate::{
    api::directory::matching_ids,
    columns::{Column, Columns},
    components::export_status::ExportRun,
    csv_export::{self, CellStyle, Layout},
    error::AppError,
    export::{self, ExportSource},
    format,
    i18n::use_i18n,
    prefs::choose_columns,
    selection::use_selection,
    table_state::{Tab, TableState},
    users::UserPage,
};

#[component]
pub fn Toolbar(
    state: Memo<TableState>,
    page: UserPage,
    org_name: String,
    columns: RwSignal<Columns>,
    /// The clean-up presets' menu, beside the selection's "Actions…" (none on the customers tab).
    presets: Option<AnyView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let selection = use_selection();
    let hydrated = hydrated();
    let total = page.total;
    let exporting = ExportRun::new();
    let selecting = RwSignal::new(false);
    let select_error = RwSignal::new(None::<AppError>);

    let select_all = move |_| {
        selecting.set(true);
        let query = state.get_untracked().query();
        spawn_local(async move {
            match matching_ids(query).await {
                Ok(ids) => {
                    selection.set(ids.iter().map(String::as_str), true);
                    select_error.set(None);
                }
                Err(error) => select_error.set(Some(error)),
            }
            selecting.set(false);
        });
    };

    // Readable by default: the file an admin opens in a spreadsheet; codes for scripts.
    let style = RwSignal::new(CellStyle::Readable);
    let start = move |source: ExportSource| {
        let layout = match state.with_untracked(|s| s.tab) {
            Tab::Customers => Layout::Customers,
            Tab::Projects => Layout::Projects,
            Tab::Org | Tab::All => Layout::Users,
        };
        let style = style.get_untracked();
        let name = csv_export::file_name(&org_name, layout, chrono::Utc::now().date_naive());
        exporting.start(name, move |progress, cancelled| {
            export::build_csv(source, layout, style, i18n, progress, cancelled)
        });
    };
    let start_matching = {
        let start = start.clone();
        move |_| start(ExportSource::Matching(state.get_untracked().query()))
    };
    let start_selected = move |_| start(ExportSource::Selected(selection.ids()));
    let running = move || exporting.running();

    let column_boxes = Column::VARIANTS
        .iter()
        .filter(|column| column.optional())
        .map(|&column| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        checked=columns.with_untracked(|c| c.shows(column))
                        prop:checked=move || columns.with(|c| c.shows(column))
                        on:change=move |_| {
                            let next = columns.get_untracked().toggled(column);
                            columns.set(next);
                            choose_columns(next);
                        }
                    />
                    <span>{i18n.t(column.message_id())}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <div class="toolbar">
            <p class="match-count" aria-live="polite">
                <strong>{users_count(i18n, total)}</strong>
                {page.synced_at.map(|at| view! { <span class="muted">{i18n.t_with("users-as-of", [("time", format::moment(i18n, at).into())])}</span> })}
                <span
                    class="muted"
                    data-warning-days=page.thresholds.warning_days.to_string()
                    data-overdue-days=page.thresholds.overdue_days.to_string()
                >
                    {i18n.t_with(
                        "users-thresholds",
                        [("warning", page.thresholds.warning_days.into()), ("overdue", page.thresholds.overdue_days.into())],
                    )}
                </span>
            </p>
            <div class="selection-bar" hidden=move || !hydrated.get()>
                <span aria-live="polite">
                    {move || {
                        let n = selection.len() as u64;
                        i18n.t_with("selection-count", [("count", n.into()), ("formatted", format::count(i18n, n).into())])
                    }}
                </span>
                <button class="button" type="button" on:click=select_all disabled=move || selecting.get() || total == 0>
                    {i18n.t_with("select-all-matching", [("count", total.into()), ("formatted", format::count(i18n, total).into())])}
                </button>
                <button class="button" type="button" on:click=move |_| selection.clear() disabled=move || selection.is_empty()>
                    {i18n.t("selection-clear")}
                </button>
                {use_bulk_launcher().map(|launcher| {
                    let open = move |_| launcher.open(BulkRequest::Choose { targets: Targets::Accounts(selection.ids()) });
                    view! {
                        <button class="button button-primary" type="button" on:click=open disabled=move || selection.is_empty()>
                            {i18n.t("bulk-actions")}
                        </button>
                    }
                })}
                {presets}
                {move || select_error.get().map(|e| view! { <span class="notice notice-error" role="alert">{i18n.t(e.message_id())}</span> })}
            </div>
            <div class="toolbar-actions" hidden=move || !hydrated.get()>
                <details class="menu">
                    <summary class="button">{i18n.t("columns-choose")}</summary>
                    <fieldset class="menu-body">
                        <legend class="visually-hidden">{i18n.t("columns-choose")}</legend>
                        {column_boxes}
                    </fieldset>
                </details>
                <label class="export-style">
                    <span>{i18n.t("export-style")}</span>
                    <select on:change=move |ev| {
                        style.set(if event_target_value(&ev) == "codes" { CellStyle::Codes } else { CellStyle::Readable })
                    }>
                        <option value="readable" selected>{i18n.t("export-style-readable")}</option>
                        <option value="codes">{i18n.t("export-style-codes")}</option>
                    </select>
                </label>
                <button class="button" type="button" on:click=start_matching disabled=move || running() || total == 0>
                    {i18n.t("export-matching")}
                </button>
                <button class="button" type="button" on:click=start_selected disabled=move || running() || selection.is_empty()>
                    {i18n.t("export-selected")}
                </button>
            </div>
            {exporting.status(i18n, "export-progress", "export-done")}
        </div>
    }
}
