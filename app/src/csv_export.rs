//! CSV exports, built wherever the rows are (in the browser for the Users page, in the terminal
//! for `uam users --format csv`). Every field is quoted, and a cell a spreadsheet would read as a
//! formula is defused with a leading `'` (SECURITY.md 1.9).

use crate::users::UserRow;

/// Characters that make a spreadsheet treat a cell as a formula or a control sequence.
const TRIGGERS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

/// A cell safe to open in a spreadsheet: other control characters are dropped, and a leading
/// trigger character gets a `'` in front.
pub fn sanitise(value: &str) -> String {
    let kept: String =
        value.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\r' | '\n') || *c == '\0').collect();
    if kept.starts_with(TRIGGERS) { format!("'{kept}") } else { kept }
}

/// Writes `rows` under `header` as RFC 4180 CSV, every field quoted and sanitised.
pub fn write(header: &[String], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
    // Writing to memory cannot fail; a failed record is skipped rather than aborting the export.
    let _ = writer.write_record(header.iter().map(|h| sanitise(h)));
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| sanitise(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
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
    let day =
        |at: Option<chrono::DateTime<chrono::Utc>>| at.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_default();
    vec![
        row.name.clone(),
        row.email.clone().unwrap_or_default(),
        row.status.as_str().to_owned(),
        row.account_type.as_str().to_owned(),
        row.products.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("; "),
        row.products.iter().map(|p| format!("{}: {}", p.name, day(p.last_active))).collect::<Vec<_>>().join("; "),
        day(row.last_active),
        row.groups.join("; "),
        row.inactivity.as_str().to_owned(),
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
    fn other_control_characters_are_dropped() {
        assert_eq!(sanitise("a\u{7}b\u{1b}c"), "abc");
        assert_eq!(sanitise("\0x"), "'\0x");
    }

    proptest! {
        /// SR-37: no cell starts with a trigger, and stripping the added `'` gives the input back.
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
