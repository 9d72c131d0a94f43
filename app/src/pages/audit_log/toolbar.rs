//! Above the table: how many entries match (the rows listed, and the CSV holds), how many of the
//! admin's own readings of the log are hidden with a link that shows them, and the CSV export of
//! the current filter with its progress and cancel. The export is built in the browser; the
//! server records it.

use leptos::prelude::*;

use crate::{
    api::deployment::Deployment,
    audit::{AuditState, COLUMNS},
    components::{
        export_status::ExportRun,
        hydrated,
        nav::{Go, in_place},
    },
    csv_export,
    embed::link,
    export, format,
    i18n::use_i18n,
};

#[component]
pub fn Toolbar(state: Memo<AuditState>, total: u64, hidden_views: u64, go: Go) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = hydrated();
    let deployment = SharedValue::new(Deployment::current).into_inner();
    let org_name = deployment.org_name.clone().unwrap_or_else(|| deployment.org_id.clone());
    let exporting = ExportRun::new();
    let start = move |_| {
        let header: Vec<String> = COLUMNS.iter().map(|id| i18n.t(id)).collect();
        let name = csv_export::named_file(&org_name, "audit", chrono::Utc::now().date_naive());
        let filter = state.with_untracked(|s| s.filter.normalised());
        exporting.start(name, |progress, cancelled| export::build_audit_csv(filter, header, i18n, progress, cancelled));
    };
    let show_views = move || state.with(|s| s.refiltered(|f| f.my_views = true));
    let hidden = (hidden_views > 0).then(|| {
        view! {
            <span class="audit-hidden-views" data-hidden-views=hidden_views.to_string()>
                {i18n.t_with("audit-views-hidden", [("formatted", format::count(i18n, hidden_views).into())])}
                " "
                <a href=move || link(show_views().href()) on:click=in_place(go, show_views)>
                    {i18n.t("audit-views-show")}
                </a>
            </span>
        }
    });
    view! {
        <div class="toolbar">
            <p class="match-count" aria-live="polite">
                <strong data-count=total.to_string()>
                    {i18n.t_with("audit-count", [("count", total.into()), ("formatted", format::count(i18n, total).into())])}
                </strong>
                {hidden}
            </p>
            <div class="toolbar-actions" hidden=move || !hydrated.get()>
                <button class="button" type="button" on:click=start disabled=move || exporting.running() || total == 0>
                    {i18n.t("audit-export")}
                </button>
            </div>
            {exporting.status(i18n, "audit-export-progress", "audit-export-done")}
        </div>
    }
}
