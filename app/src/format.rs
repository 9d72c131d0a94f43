//! How numbers, days, times and ages read on a page, in the page's language. Every page formats
//! through here. The digits, separators, month names and relative phrases come from ICU4X's CLDR
//! data, compiled into both builds, so the server's render and the browser's hydration always
//! produce the same text; only where a value sits in a sentence is left to the Fluent messages.

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike, Utc};
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::{
    FixedCalendarDateTimeFormatter, NoCalendarFormatter,
    fieldsets::{T, YMD, YMDT},
    input::{DateTime as IcuDateTime, Time},
    options::TimePrecision,
};
use icu_decimal::DecimalFormatter;
use icu_experimental::relativetime::{
    RelativeTimeFormatter, RelativeTimeFormatterOptions, RelativeTimeFormatterPreferences, options::Numeric,
};
use icu_locale_core::Locale as IcuLocale;
use icu_provider::DataError;
use writeable::Writeable;

use crate::i18n::{I18n, LOCALE_COUNT, Locale};

/// The formatters of one locale, built together on first use.
struct Formatters {
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    minute: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    second: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    time: NoCalendarFormatter<T>,
    days: RelativeTimeFormatter,
    months: RelativeTimeFormatter,
    years: RelativeTimeFormatter,
}

static FORMATTERS: [OnceLock<Formatters>; LOCALE_COUNT] = [const { OnceLock::new() }; LOCALE_COUNT];

fn formatters(locale: Locale) -> &'static Formatters {
    FORMATTERS[locale.index()].get_or_init(|| {
        // Every tag under i18n/ is a valid BCP 47 tag (each is formatted by a test), and CLDR data is compiled
        // in for every locale ICU4X knows, falling back to the language and then to root.
        let id: IcuLocale = locale.tag().parse().expect("locale tags are valid BCP 47");
        type Constructor = fn(
            RelativeTimeFormatterPreferences,
            RelativeTimeFormatterOptions,
        ) -> Result<RelativeTimeFormatter, DataError>;
        let relative = |unit: Constructor| {
            let options = RelativeTimeFormatterOptions::default().with_numeric(Numeric::Auto);
            unit((&id).into(), options).expect("compiled CLDR data covers every locale")
        };
        Formatters {
            decimal: DecimalFormatter::try_new((&id).into(), Default::default()).expect("compiled decimal data"),
            date: FixedCalendarDateTimeFormatter::try_new((&id).into(), YMD::medium()).expect("compiled date data"),
            minute: FixedCalendarDateTimeFormatter::try_new(
                (&id).into(),
                YMDT::medium().with_time_precision(TimePrecision::Minute),
            )
            .expect("compiled date and time data"),
            second: FixedCalendarDateTimeFormatter::try_new((&id).into(), YMDT::medium())
                .expect("compiled date and time data"),
            time: NoCalendarFormatter::try_new((&id).into(), T::medium()).expect("compiled time data"),
            days: relative(RelativeTimeFormatter::try_new_long_day),
            months: relative(RelativeTimeFormatter::try_new_long_month),
            years: relative(RelativeTimeFormatter::try_new_long_year),
        }
    })
}

/// A count with the locale's grouping: `12,345`, `12 345`, `12.345`.
pub fn count(i18n: I18n, n: u64) -> String {
    decimal(i18n, Decimal::from(n))
}

/// A number with exactly `digits` fraction digits, rounded: `1,234.50`, `1 234,50`.
pub fn fixed(i18n: I18n, value: f64, digits: u8) -> String {
    let scale = 10f64.powi(i32::from(digits));
    let mut number = Decimal::from((value * scale).round() as i64);
    number.multiply_pow10(-i16::from(digits));
    number.pad_end(-i16::from(digits));
    decimal(i18n, number)
}

fn decimal(i18n: I18n, number: Decimal) -> String {
    text(formatters(i18n.0).decimal.format(&number))
}

/// A share as a whole percentage, placed as the locale writes percentages: `87%`, `87 %`, `%87`.
pub fn percent(i18n: I18n, share: f64) -> String {
    i18n.t_with("format-percent", [("value", fixed(i18n, share * 100.0, 0).into())])
}

/// A monthly amount in a currency, by its ISO code: `USD 1,234.50`, `1 234,50 EUR`.
pub fn money(i18n: I18n, amount: f64, currency: &str) -> String {
    i18n.t_with("format-money", [("currency", currency.to_owned().into()), ("amount", fixed(i18n, amount, 2).into())])
}

/// A calendar day as the locale writes it: `Nov 27, 2026`, `27.11.2026`, `2026年11月27日`.
pub fn date(i18n: I18n, day: NaiveDate) -> String {
    text(formatters(i18n.0).date.format(&gregorian(day)))
}

/// The UTC day of a moment, as the locale writes it.
pub fn day(i18n: I18n, at: DateTime<Utc>) -> String {
    date(i18n, at.date_naive())
}

/// A day and time to the minute in UTC: `Nov 27, 2026, 8:15 AM UTC`.
pub fn moment(i18n: I18n, at: DateTime<Utc>) -> String {
    utc(text(formatters(i18n.0).minute.format(&date_time(at.naive_utc()))))
}

/// A day and time to the second in UTC, for the audit log.
pub fn instant(i18n: I18n, at: DateTime<Utc>) -> String {
    utc(text(formatters(i18n.0).second.format(&date_time(at.naive_utc()))))
}

/// A day and time to the second on the wall clock of `offset`, marked with it: `… (UTC+01:00)`.
pub fn local_instant(i18n: I18n, at: DateTime<Utc>, offset: FixedOffset) -> String {
    let wall = at.with_timezone(&offset);
    let clock = text(formatters(i18n.0).second.format(&date_time(wall.naive_local())));
    format!("{clock} (UTC{})", wall.format("%:z"))
}

/// A time of day to the second in UTC: `8:15:02 AM UTC`.
pub fn time(i18n: I18n, at: DateTime<Utc>) -> String {
    utc(text(formatters(i18n.0).time.format(&time_of(at.naive_utc()))))
}

/// What an ICU4X formatter wrote, as a string.
fn text(formatted: impl Writeable) -> String {
    formatted.write_to_string().into_owned()
}

/// Times are always shown in UTC, marked with the zone's code, which reads the same in every language.
fn utc(text: String) -> String {
    format!("{text} UTC")
}

/// How long ago, in the largest whole unit, as the locale says it: "today", "3 days ago",
/// "vor 5 Monaten", "2 年前".
pub fn ago(i18n: I18n, at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let days = (now - at).num_days().max(0);
    let f = formatters(i18n.0);
    let (formatter, n) = match days {
        0..=30 => (&f.days, days),
        31..=364 => (&f.months, (days / 30).max(1)),
        _ => (&f.years, days / 365),
    };
    text(formatter.format(Decimal::from(-n)))
}

/// A day for machines: the ISO 8601 value of a date input, a CSV cell, a URL.
pub fn iso_date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn gregorian(day: NaiveDate) -> Date<Gregorian> {
    // chrono's days always exist in the proleptic Gregorian calendar ICU4X uses.
    Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8).expect("a valid Gregorian day")
}

fn time_of(at: NaiveDateTime) -> Time {
    Time::try_new(at.hour() as u8, at.minute() as u8, at.second().min(59) as u8, 0).expect("a valid time of day")
}

fn date_time(at: NaiveDateTime) -> IcuDateTime<Gregorian> {
    IcuDateTime { date: gregorian(at.date()), time: time_of(at) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn in_locale(tag: &str) -> I18n {
        I18n(Locale::from_tag(tag).expect("a shipped locale"))
    }

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 8, 15, 2).single().expect("date")
    }

    #[test]
    fn english_numbers_and_times() {
        let en = I18n::default();
        assert_eq!(count(en, 0), "0");
        assert_eq!(count(en, 999), "999");
        assert_eq!(count(en, 1_234_567), "1,234,567");
        assert_eq!(money(en, 1234.5, "EUR"), "EUR 1,234.50");
        assert_eq!(percent(en, 0.874), "87%");
        assert_eq!(fixed(en, 2.25, 1), "2.3");
        assert_eq!(day(en, at(2026, 11, 27)), "Nov 27, 2026");
        assert_eq!(moment(en, at(2026, 11, 27)), "Nov 27, 2026, 8:15\u{202f}AM UTC");
        assert_eq!(instant(en, at(2026, 11, 27)), "Nov 27, 2026, 8:15:02\u{202f}AM UTC");
        assert_eq!(time(en, at(2026, 11, 27)), "8:15:02\u{202f}AM UTC");
        assert_eq!(iso_date(at(2026, 1, 5).date_naive()), "2026-01-05");
    }

    #[test]
    fn each_locale_writes_numbers_days_and_ages_its_own_way() {
        let now = at(2026, 11, 27);
        let months = |tag, n: i64| ago(in_locale(tag), now - chrono::Duration::days(30 * n + 1), now);
        assert_eq!(count(in_locale("de"), 1_234_567), "1.234.567");
        assert_eq!(count(in_locale("fr"), 1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(fixed(in_locale("de"), 1234.5, 2), "1.234,50");
        assert_eq!(day(in_locale("de"), now), "27.11.2026");
        assert_eq!(day(in_locale("ja"), now), "2026/11/27");
        assert_eq!(day(in_locale("zh-CN"), now), "2026年11月27日");
        assert_eq!(moment(in_locale("de"), now), "27.11.2026, 08:15 UTC");
        assert_eq!(ago(in_locale("de"), now - chrono::Duration::days(3), now), "vor 3 Tagen");
        assert_eq!(ago(in_locale("th"), now, now), "วันนี้");
        // Polish and Russian choose among several plural forms by the number's ending.
        assert_eq!(months("pl", 2), "2 miesiące temu");
        assert_eq!(months("pl", 5), "5 miesięcy temu");
        assert_eq!(months("ru", 1), "в прошлом месяце");
        assert_eq!(ago(in_locale("ru"), now - chrono::Duration::days(21), now), "21 день назад");
        assert_eq!(months("ru", 3), "3 месяца назад");
        assert_eq!(months("ru", 5), "5 месяцев назад");
    }

    #[test]
    fn every_locale_has_formatters_and_writes_digits() {
        let now = at(2026, 11, 27);
        for locale in Locale::all() {
            let i18n = I18n(locale);
            assert!(count(i18n, 1_234_567).chars().filter(char::is_ascii_digit).count() == 7, "{}", locale.tag());
            assert!(day(i18n, now).contains("27"), "{}: {}", locale.tag(), day(i18n, now));
            assert!(!ago(i18n, now - chrono::Duration::days(95), now).is_empty());
        }
    }

    #[test]
    fn regional_and_macrolanguage_tags_find_their_data() {
        let now = at(2026, 11, 27);
        // Traditional Chinese as written in Taiwan, and Norwegian Bokmål, which CLDR files under "no".
        assert_eq!(ago(in_locale("zh-TW"), now - chrono::Duration::days(1), now), "昨天");
        assert_ne!(day(in_locale("zh-TW"), now), day(in_locale("en"), now));
        assert_eq!(ago(in_locale("nb"), now - chrono::Duration::days(1), now), "i går");
    }

    #[test]
    fn ages_use_the_largest_unit() {
        let en = I18n::default();
        let now = at(2026, 11, 27);
        let ago_days = |d: i64| ago(en, now - chrono::Duration::days(d), now);
        assert_eq!(ago_days(0), "today");
        assert_eq!(ago_days(1), "yesterday");
        assert_eq!(ago_days(3), "3 days ago");
        assert_eq!(ago_days(95), "3 months ago");
        assert_eq!(ago_days(800), "2 years ago");
    }
}
