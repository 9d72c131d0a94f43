//! A day picker in a GET filter form: submitted as `name=YYYY-MM-DD` without the script, applied
//! at once when it runs.

use chrono::NaiveDate;
use leptos::prelude::*;

pub fn day_input(
    name: &'static str,
    label: String,
    day: impl Fn() -> Option<NaiveDate> + Copy + Send + Sync + 'static,
    on_day: impl Fn(Option<NaiveDate>) + 'static,
) -> impl IntoView {
    view! {
        <label class="filter">
            <span>{label}</span>
            <input
                type="date"
                name=name
                value=untrack(move || day().map(crate::format::iso_date))
                prop:value=move || day().map(crate::format::iso_date).unwrap_or_default()
                on:change=move |ev| on_day(NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok())
            />
        </label>
    }
}
