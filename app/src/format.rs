//! How numbers, days and ages read on a page. Every page formats through here, so that the
//! locale-aware formatting (issue 8) changes one module.

use chrono::{DateTime, NaiveDate, Utc};

use crate::i18n::I18n;

/// A count with thousands separators: `12,345`.
pub fn count(_i18n: I18n, n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share as a whole percentage: `87 %`.
pub fn percent(i18n: I18n, share: f64) -> String {
    i18n.t_with("format-percent", [("value", format!("{:.0}", (share * 100.0).round()).into())])
}

/// A monthly amount in a currency: `USD 1,234.50`.
pub fn money(i18n: I18n, amount: f64, currency: &str) -> String {
    let cents = (amount * 100.0).round() as u64;
    let whole = count(i18n, cents / 100);
    i18n.t_with(
        "format-money",
        [("currency", currency.to_owned().into()), ("amount", format!("{whole}.{:02}", cents % 100).into())],
    )
}

/// A day in ISO 8601: unambiguous in every language.
pub fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// A day and time in UTC: `2026-11-27 08:15 UTC`.
pub fn moment(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// How long ago, in the largest whole unit: "today", "3 days ago", "5 months ago".
pub fn ago(i18n: I18n, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let days = (now - at).num_days().max(0);
    let (id, n) = match days {
        0 => return i18n.t("ago-today"),
        1..=30 => ("ago-days", days),
        31..=364 => ("ago-months", (days / 30).max(1)),
        _ => ("ago-years", days / 365),
    };
    i18n.t_with(id, [("count", n.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn counts_are_grouped_by_thousands() {
        let i18n = I18n::default();
        assert_eq!(count(i18n, 0), "0");
        assert_eq!(count(i18n, 999), "999");
        assert_eq!(count(i18n, 1_000), "1,000");
        assert_eq!(count(i18n, 1_234_567), "1,234,567");
        assert_eq!(money(i18n, 1234.5, "EUR"), "EUR 1,234.50");
        assert_eq!(percent(i18n, 0.874), "87 %");
    }

    #[test]
    fn ages_use_the_largest_unit() {
        let i18n = I18n::default();
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0).single().expect("date");
        let ago_days = |d: i64| ago(i18n, now - chrono::Duration::days(d), now);
        assert_eq!(ago_days(0), "today");
        assert_eq!(ago_days(1), "1 day ago");
        assert_eq!(ago_days(3), "3 days ago");
        assert_eq!(ago_days(95), "3 months ago");
        assert_eq!(ago_days(800), "2 years ago");
    }
}
