//! CSV exports built in the browser: rows are fetched in pages through server functions and
//! written with [`crate::csv_export`]; the file only ever exists in the admin's browser.

use crate::{
    api::{
        audit::export_audit,
        directory::{export_by_id, export_rows},
    },
    audit::{
        AuditExportPage, AuditFilter, AuditQuery, EXPORT_PAGE_SIZE as AUDIT_EXPORT_PAGE_SIZE, describe_cells,
        label_cells,
    },
    csv_export::{BOM, CellStyle, CsvBuilder, ExportPage, Layout},
    error::AppError,
    i18n::I18n,
    users::{EXPORT_PAGE_SIZE, MAX_IDS_PER_REQUEST, UserQuery},
};

/// Which accounts an export holds.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportSource {
    /// Every account the table's filters match, in the table's order.
    Matching(UserQuery),
    /// The selected accounts.
    Selected(Vec<String>),
}

/// How far an export has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    /// Not known until the first page arrives.
    pub total: Option<u64>,
}

/// Fetches every row of `source` and writes the CSV (with its byte-order mark), in `style`: the
/// code cells labelled in `i18n`'s language, or left as codes under code headers. `None` when
/// `cancelled` said so between two pages.
pub async fn build_csv(
    source: ExportSource,
    layout: Layout,
    style: CellStyle,
    i18n: I18n,
    on_progress: impl Fn(Progress),
    cancelled: impl Fn() -> bool,
) -> Result<Option<String>, AppError> {
    let header = layout.header(style, |id| i18n.t(id));
    let mut file = CsvFile::new(&header, on_progress);
    // The server sends codes; the readable file's labels are the page's own words.
    let labelled = move |mut page: ExportPage| {
        if style == CellStyle::Readable {
            for cells in &mut page.cells {
                layout.label(cells, |id| i18n.t(id));
            }
        }
        page
    };
    match source {
        ExportSource::Matching(query) => {
            let fetch = |page: u32| {
                let next = export_rows(UserQuery { page, ..query.clone() }, layout);
                async move { next.await.map(labelled) }
            };
            let first = fetch(0).await?;
            if !write_pages(first, fetch, &mut file, &cancelled).await? {
                return Ok(None);
            }
        }
        ExportSource::Selected(ids) => {
            let total = ids.len() as u64;
            for chunk in ids.chunks(MAX_IDS_PER_REQUEST) {
                if cancelled() {
                    return Ok(None);
                }
                let page = labelled(export_by_id(chunk.to_vec(), layout).await?);
                if cancelled() {
                    return Ok(None);
                }
                file.write(&ExportPage { total, ..page });
            }
        }
    }
    Ok(Some(file.finish()))
}

/// An export's file as it is written, and who hears how far it has got.
struct CsvFile<P> {
    csv: CsvBuilder,
    on_progress: P,
}

impl<P: Fn(Progress)> CsvFile<P> {
    fn new(header: &[String], on_progress: P) -> CsvFile<P> {
        CsvFile { csv: CsvBuilder::new(header), on_progress }
    }

    /// Writes a page's rows and reports how far the export has got.
    fn write(&mut self, page: &ExportPage) {
        for cells in &page.cells {
            self.csv.push(cells);
        }
        (self.on_progress)(Progress { done: self.csv.rows(), total: Some(page.total) });
    }

    /// The file's text, with the byte-order mark spreadsheets need to read it as UTF-8.
    fn finish(self) -> String {
        format!("{BOM}{}", self.csv.finish())
    }
}

/// Writes `first` and then every later page of its export (pages of [`EXPORT_PAGE_SIZE`]),
/// fetched by `fetch`; false when `cancelled` said so between two pages.
async fn write_pages<Fut>(
    first: ExportPage,
    fetch: impl Fn(u32) -> Fut,
    file: &mut CsvFile<impl Fn(Progress)>,
    cancelled: &impl Fn() -> bool,
) -> Result<bool, AppError>
where
    Fut: std::future::Future<Output = Result<ExportPage, AppError>>,
{
    let pages = first.total.div_ceil(u64::from(EXPORT_PAGE_SIZE)) as u32;
    file.write(&first);
    let mut page = 1;
    while page < pages {
        if cancelled() {
            return Ok(false);
        }
        // Two pages in flight at once: the server reads one while the browser writes the other.
        let second = async {
            match page + 1 < pages {
                true => fetch(page + 1).await.map(Some),
                false => Ok(None),
            }
        };
        let (next, after) = futures_util::future::join(fetch(page), second).await;
        // Checked again on arrival: a cancel pressed while pages were in flight stops the export
        // now, not after more pages.
        if cancelled() {
            return Ok(false);
        }
        let next = next?;
        file.write(&next);
        let after = after?;
        if let Some(after) = &after {
            file.write(after);
        }
        // An empty page ends it too: the data can shrink under a long export.
        if next.cells.is_empty() || after.is_some_and(|a| a.cells.is_empty()) {
            break;
        }
        page += 2;
    }
    Ok(true)
}

/// Fetches every audit entry `filter` matches, newest first, and writes the CSV (with its
/// byte-order mark), actions and outcomes labelled and details written as sentences in `i18n`'s
/// language (their JSON in a column of its own); `None` when cancelled.
/// The first page records the export on the server and pins the log, so entries appended
/// meanwhile (this export's own record among them) never shift the later pages.
pub async fn build_audit_csv(
    filter: AuditFilter,
    header: Vec<String>,
    i18n: I18n,
    on_progress: impl Fn(Progress),
    cancelled: impl Fn() -> bool,
) -> Result<Option<String>, AppError> {
    let mut file = CsvFile::new(&header, on_progress);
    let query = |page: u32, until: Option<(i64, i64)>| AuditQuery {
        filter: filter.clone(),
        page,
        page_size: AUDIT_EXPORT_PAGE_SIZE,
        until_seq: until.map(|u| u.0),
        until_event: until.map(|u| u.1),
        hide_views_of: None,
    };
    let labelled = move |page: AuditExportPage| {
        let mut cells = page.cells;
        for row in &mut cells {
            describe_cells(row, i18n, &page.jobs);
            label_cells(row, |id| i18n.t(id));
        }
        ExportPage { total: page.total, cells }
    };
    let first = export_audit(query(0, None)).await?;
    let until = Some((first.until_seq, first.until_event));
    let fetch = |page: u32| {
        let next = export_audit(query(page, until));
        async move { next.await.map(labelled) }
    };
    let first = labelled(first);
    Ok(write_pages(first, fetch, &mut file, &cancelled).await?.then(|| file.finish()))
}

/// Hands `text` to the browser as a download named `file_name`.
#[cfg(feature = "hydrate")]
pub fn save(file_name: &str, text: &str) -> Result<(), AppError> {
    use wasm_bindgen::JsCast;
    let fail = |_| AppError::Internal;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| AppError::Internal)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Released a minute later: revoking at once can cancel a large download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

#[cfg(not(feature = "hydrate"))]
pub fn save(_file_name: &str, _text: &str) -> Result<(), AppError> {
    Ok(())
}
