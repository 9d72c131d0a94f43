//! CSV exports, built wherever the rows are (in the browser for the Users page, in the terminal
//! for `uam users --format csv`). Every field is quoted, and a cell a spreadsheet would read as a
//! formula is defused with a leading `'`.

use crate::{code::Code, users::UserRow};

/// Characters that make a spreadsheet treat a cell as a formula or a control sequence.
const TRIGGERS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

/// A cell safe to open in a spreadsheet: other control characters are dropped, and a leading
/// trigger character gets a `'` in front.
pub fn sanitise(value: &str) -> String {
    let kept: String =
        value.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\r' | '\n') || *c == '\0').collect();
    if kept.starts_with(TRIGGERS) { format!("'{kept}") } else { kept }
}

/// RFC 4180 CSV built row by row (an export arrives in pages), every field quoted and sanitised.
pub struct CsvBuilder {
    writer: csv::Writer<Vec<u8>>,
    rows: u64,
}

impl CsvBuilder {
    pub fn new(header: &[String]) -> CsvBuilder {
        let writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
        let mut builder = CsvBuilder { writer, rows: 0 };
        builder.push(header);
        builder.rows = 0;
        builder
    }

    pub fn push(&mut self, cells: &[String]) {
        // Writing to memory cannot fail; a failed record is skipped rather than aborting the export.
        if self.writer.write_record(cells.iter().map(|cell| sanitise(cell))).is_ok() {
            self.rows += 1;
        }
    }

    /// Data rows written so far.
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// The CSV text (the writer only ever received UTF-8).
    pub fn finish(self) -> String {
        let bytes = self.writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// Writes `rows` under `header` as RFC 4180 CSV, every field quoted and sanitised.
pub fn write(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut builder = CsvBuilder::new(header);
    for row in rows {
        builder.push(&row);
    }
    builder.finish()
}

/// The byte-order mark that makes spreadsheet programs read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The three exports: every account's licences and activity, project users with the projects
/// and spaces they hold roles in, or customers with their service desks and JSM organizations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    Users,
    Projects,
    Customers,
}

/// What the status, account type and inactivity cells hold: the labels the admin reads in the
/// page (translated, the default), or the stable lowercase codes a script can match on whatever
/// the language (`active`, `managed`, `overdue`), under headers that are codes too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CellStyle {
    #[default]
    Readable,
    Codes,
}

/// The columns whose cells are codes, and the prefix of the messages that label each code.
const CODED: [(&str, &str); 3] =
    [("csv-status", "status"), ("csv-account-type", "class"), ("csv-inactivity", "inactivity")];

impl Layout {
    /// The columns, in order, as message ids (the caller translates them).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Layout::Users => &USER_COLUMNS,
            Layout::Projects => &PROJECT_COLUMNS,
            Layout::Customers => &CUSTOMER_COLUMNS,
        }
    }

    /// The header row: translated by `t`, or the columns' codes (`csv-account-type` is
    /// `account_type`) for the machine-readable file.
    pub fn header(self, style: CellStyle, t: impl Fn(&str) -> String) -> Vec<String> {
        let code = |id: &str| id.strip_prefix("csv-").unwrap_or(id).replace('-', "_");
        self.columns().iter().map(|id| if style == CellStyle::Codes { code(id) } else { t(id) }).collect()
    }

    /// The cells of one row, codes and all (what the server sends).
    pub fn cells(self, row: &UserRow) -> Vec<String> {
        match self {
            Layout::Users => user_cells(row),
            Layout::Projects => project_cells(row),
            Layout::Customers => customer_cells(row),
        }
    }

    /// Replaces the code cells of a row (in this layout's order) with their labels from `t`
    /// (`status-active` for `active`); an empty cell stays empty.
    pub fn label(self, cells: &mut [String], t: impl Fn(&str) -> String) {
        for (column, cell) in self.columns().iter().zip(cells.iter_mut()) {
            if let Some((_, prefix)) = CODED.iter().find(|(id, _)| id == column)
                && !cell.is_empty()
            {
                *cell = t(&format!("{prefix}-{cell}"));
            }
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Layout::Users => "users",
            Layout::Projects => "project-users",
            Layout::Customers => "customers",
        }
    }
}

/// One page of an export, as the browser receives it: the cells of each row in the layout's
/// column order (the browser quotes, defuses and writes them). Cells rather than rows keep a
/// 100,000-row export to a third of the bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ExportPage {
    /// Every match, not just this page.
    pub total: u64,
    pub cells: Vec<Vec<String>>,
}

impl ExportPage {
    pub fn of(total: u64, rows: &[UserRow], layout: Layout) -> ExportPage {
        ExportPage { total, cells: rows.iter().map(|row| layout.cells(row)).collect() }
    }
}

/// The download's name: the organisation, what it holds and the day, safe on every system
/// (`acme-corp-users-2026-11-27.csv`).
pub fn file_name(org: &str, layout: Layout, today: chrono::NaiveDate) -> String {
    named_file(org, layout.slug(), today)
}

/// `<organisation>-<what>-<day>.csv`, the organisation's name made safe for every system.
pub fn named_file(org: &str, what: &str, today: chrono::NaiveDate) -> String {
    let mut slug = String::new();
    for c in org.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = if slug.is_empty() { "organisation".to_owned() } else { slug };
    format!("{slug}-{what}-{}.csv", today.format("%Y-%m-%d"))
}

/// The customer columns, in order, as message ids.
pub const CUSTOMER_COLUMNS: [&str; 7] = [
    "csv-name",
    "csv-email",
    "csv-status",
    "csv-service-desks",
    "csv-jsm-organizations",
    "csv-last-active",
    "csv-inactivity",
];

/// One customer as CSV cells, in [`CUSTOMER_COLUMNS`] order.
pub fn customer_cells(row: &UserRow) -> Vec<String> {
    vec![
        row.name.clone(),
        row.email.clone().unwrap_or_default(),
        row.status.code().to_owned(),
        row.service_desks.join("; "),
        row.jsm_organizations.join("; "),
        iso_day(row.last_active),
        row.inactivity.code().to_owned(),
    ]
}

/// A day in ISO 8601 (UTC), or empty.
fn iso_day(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// The project users' columns, in order, as message ids.
pub const PROJECT_COLUMNS: [&str; 7] =
    ["csv-name", "csv-email", "csv-status", "csv-account-type", "csv-places", "csv-last-active", "csv-inactivity"];

/// One project user as CSV cells, in [`PROJECT_COLUMNS`] order: the places as
/// `Engineering (ENG): Developers, Administrators; Handbook (HB): Viewer`, one row per user.
pub fn project_cells(row: &UserRow) -> Vec<String> {
    vec![
        row.name.clone(),
        row.email.clone().unwrap_or_default(),
        row.status.code().to_owned(),
        row.class().code().to_owned(),
        places_text(&row.places),
        iso_day(row.last_active),
        row.inactivity.code().to_owned(),
    ]
}

/// Projects and spaces with their roles, as one line of text (the table's cell and the CSV's).
pub fn places_text(places: &[crate::users::Membership]) -> String {
    places
        .iter()
        .map(|m| {
            let name = m.label();
            if m.roles.is_empty() { name } else { format!("{name}: {}", m.roles.join(", ")) }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The user columns, in order, as message ids (the caller translates them).
pub const USER_COLUMNS: [&str; 9] = [
    "csv-name",
    "csv-email",
    "csv-status",
    "csv-account-type",
    "csv-products",
    "csv-product-last-active",
    "csv-last-active",
    "csv-groups",
    "csv-inactivity",
];

/// One user as CSV cells, in [`USER_COLUMNS`] order. Dates are ISO 8601 (UTC), lists are joined
/// with `; ` so the file stays one row per user.
pub fn user_cells(row: &UserRow) -> Vec<String> {
    let day = iso_day;
    vec![
        row.name.clone(),
        row.email.clone().unwrap_or_default(),
        row.status.code().to_owned(),
        row.class().code().to_owned(),
        row.products.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("; "),
        row.products.iter().map(|p| format!("{}: {}", p.name, day(p.last_active))).collect::<Vec<_>>().join("; "),
        day(row.last_active),
        row.groups.join("; "),
        row.inactivity.code().to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("valid csv").iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn formulas_are_defused_and_fields_quoted() {
        let out = write(&["h".into()], [vec!["=1+2\";=1+2".into()], vec!["-5".into()], vec!["plain".into()]]);
        assert!(out.lines().all(|line| line.starts_with('"')), "every field quoted: {out}");
        let cells = parse(&out);
        assert_eq!(cells[1][0], "'=1+2\";=1+2");
        assert_eq!(cells[2][0], "'-5");
        assert_eq!(cells[3][0], "plain");
    }

    #[test]
    fn file_names_are_safe_and_dated() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert_eq!(file_name("Acme Corp. (EU)", Layout::Users, day), "acme-corp-eu-users-2026-11-27.csv");
        assert_eq!(file_name("../..", Layout::Customers, day), "organisation-customers-2026-11-27.csv");
        assert_eq!(file_name("Zürich AG", Layout::Users, day), "zürich-ag-users-2026-11-27.csv");
        assert_eq!(named_file("Acme Corporation", "audit", day), "acme-corporation-audit-2026-11-27.csv");
    }

    #[test]
    fn every_layout_has_a_cell_per_column() {
        let row: UserRow = serde_json::from_value(serde_json::json!({
            "account_id": "a", "name": "=cmd", "email": null, "account_type": "customer", "status": "active",
            "managed": false, "scim": false, "org_admin": false, "org_user": false, "products": [], "groups": [],
            "service_desks": ["Help", "IT"], "jsm_organizations": ["Globex"], "added_to_org": null,
            "last_active": "2026-01-02T03:04:05Z", "inactivity": "warning"
        }))
        .expect("a row");
        for layout in [Layout::Users, Layout::Projects, Layout::Customers] {
            assert_eq!(layout.cells(&row).len(), layout.columns().len());
        }
        let cells = Layout::Customers.cells(&row);
        assert_eq!(cells[3], "Help; IT");
        assert_eq!(cells[5], "2026-01-02");
        let out = write(&["Name".into()], [cells]);
        assert!(out.contains("\"'=cmd\""), "{out}");
    }

    fn project_user() -> UserRow {
        serde_json::from_value(serde_json::json!({
            "account_id": "a", "name": "Ada", "email": "ada@acme.example", "account_type": "atlassian",
            "status": "suspended", "managed": true, "scim": false, "org_admin": false, "org_user": true,
            "products": [], "groups": [], "service_desks": [], "jsm_organizations": [], "added_to_org": null,
            "last_active": null, "inactivity": "no_access",
            "places": [
                { "target": "project:10", "key": "ENG", "name": "Engineering", "roles": ["Developers", "Administrators"] },
                { "target": "space:7", "key": "HB", "name": "Handbook", "roles": [] }
            ]
        }))
        .expect("a row")
    }

    #[test]
    fn project_users_list_their_places_and_roles() {
        let cells = Layout::Projects.cells(&project_user());
        assert_eq!(cells[4], "Engineering (ENG): Developers, Administrators; Handbook (HB)");
        assert_eq!(
            file_name("Acme", Layout::Projects, chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("day")),
            "acme-project-users-2026-01-02.csv"
        );
    }

    /// The readable file labels the code cells; the machine-readable one keeps codes under
    /// code headers, whatever the language.
    #[test]
    fn readable_cells_are_labelled_and_codes_stay_codes() {
        let t = |id: &str| format!("<{id}>");
        let header = Layout::Projects.header(CellStyle::Codes, t);
        assert_eq!(header, ["name", "email", "status", "account_type", "places", "last_active", "inactivity"]);
        assert_eq!(Layout::Users.header(CellStyle::Readable, t)[3], "<csv-account-type>");
        let mut cells = Layout::Projects.cells(&project_user());
        assert_eq!((cells[2].as_str(), cells[3].as_str(), cells[6].as_str()), ("suspended", "managed", "no_access"));
        Layout::Projects.label(&mut cells, t);
        assert_eq!(cells[2], "<status-suspended>");
        assert_eq!(cells[3], "<class-managed>");
        assert_eq!(cells[6], "<inactivity-no_access>");
        assert_eq!(cells[0], "Ada", "other cells are left as they are");
        assert_eq!(cells[5], "", "an empty day stays empty");
        let mut customer = Layout::Customers.cells(&project_user());
        Layout::Customers.label(&mut customer, t);
        assert_eq!((customer[2].as_str(), customer[6].as_str()), ("<status-suspended>", "<inactivity-no_access>"));
    }

    #[test]
    fn other_control_characters_are_dropped() {
        assert_eq!(sanitise("a\u{7}b\u{1b}c"), "abc");
        assert_eq!(sanitise("\0x"), "'\0x");
    }

    proptest! {
        /// No cell starts with a trigger, and stripping the added `'` gives the input back.
        #[test]
        fn cells_round_trip(values in proptest::collection::vec("[^\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\u{9f}]{0,12}", 1..6)) {
            let out = write(&["h".into()], [values.clone()]);
            let cells = &parse(&out)[1];
            for (cell, raw) in cells.iter().zip(&values) {
                prop_assert!(!cell.starts_with(TRIGGERS));
                let restored = if raw.starts_with(TRIGGERS) {
                    prop_assert!(cell.starts_with('\''));
                    &cell[1..]
                } else {
                    cell.as_str()
                };
                prop_assert_eq!(restored, raw.as_str());
            }
        }
    }
}
