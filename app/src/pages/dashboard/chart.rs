//! When active org users were last active: bars drawn as SVG by our own code (no chart script),
//! coloured from the theme, each bar a link, with the same numbers as a table for screen readers
//! and anyone who prefers one.

use leptos::prelude::*;

use crate::{
    embed::link,
    format,
    i18n::{I18n, use_i18n},
    table_state::TableState,
    users::{ActivityBucket, Inactivity, Overview, Status},
};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const AXIS: f64 = 28.0;
/// The narrow screen's chart: one row per bar, drawn about as wide as a phone shows it, so that
/// its text keeps its size (the columns, scaled down to 390 px, would shrink theirs by half).
const ROWS_WIDTH: f64 = 340.0;
const ROW: f64 = 28.0;
const ROW_LABEL: f64 = 118.0;

/// A bar's label: "0–7 days", "more than 365 days", "never".
fn bar_label(i18n: I18n, bucket: Option<&ActivityBucket>) -> String {
    match bucket {
        None => i18n.t("inactivity-never"),
        Some(ActivityBucket { min_days, max_days: Some(max), .. }) => {
            i18n.t_with("chart-days", [("from", (*min_days).into()), ("to", (*max).into())])
        }
        Some(ActivityBucket { min_days, max_days: None, .. }) => {
            i18n.t_with("chart-more-than", [("days", (*min_days).into())])
        }
    }
}

/// Exactly the accounts a bar counts.
fn bar_link(bucket: Option<&ActivityBucket>) -> String {
    let base = TableState { status: vec![Status::Active], ..TableState::default() };
    match bucket {
        None => TableState { inactivity: vec![Inactivity::Never], ..base }.href(),
        Some(b) => TableState {
            active_after: b.after,
            active_before: b.before,
            inactivity: vec![Inactivity::Active, Inactivity::Warning, Inactivity::Overdue],
            ..base
        }
        .href(),
    }
}

#[component]
pub fn ActivityChart(overview: Overview) -> impl IntoView {
    let i18n = use_i18n();
    let mut bars: Vec<(String, u64, String)> =
        overview.distribution.iter().map(|b| (bar_label(i18n, Some(b)), b.count, bar_link(Some(b)))).collect();
    bars.push((bar_label(i18n, None), overview.never, bar_link(None)));
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1) as f64;
    let slot = WIDTH / bars.len() as f64;
    let svg_bars = bars
        .iter()
        .enumerate()
        .map(|(i, (label, count, href))| {
            let h = (*count as f64 / max) * (HEIGHT - AXIS - 20.0);
            let x = i as f64 * slot + slot * 0.15;
            let y = HEIGHT - AXIS - h;
            let class = if i + 1 == bars.len() { "bar bar-never" } else { "bar" };
            view! {
                <a href=link(href) tabindex="-1">
                    <rect class=class x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{:.1}", slot * 0.7) height=format!("{h:.1}") rx="3"></rect>
                    <text class="bar-value" x=format!("{:.1}", x + slot * 0.35) y=format!("{:.1}", y - 6.0) text-anchor="middle">
                        {format::count(i18n, *count)}
                    </text>
                    <text class="bar-label" x=format!("{:.1}", x + slot * 0.35) y=format!("{:.1}", HEIGHT - 8.0) text-anchor="middle">
                        {label.clone()}
                    </text>
                </a>
            }
        })
        .collect_view();
    let row_bars = bars
        .iter()
        .enumerate()
        .map(|(i, (label, count, href))| {
            let room = ROWS_WIDTH - ROW_LABEL - 48.0;
            let w = (*count as f64 / max) * room;
            let y = i as f64 * ROW + 4.0;
            let class = if i + 1 == bars.len() { "bar bar-never" } else { "bar" };
            view! {
                <a href=link(href) tabindex="-1">
                    <text class="bar-label" x="0" y=format!("{:.1}", y + 15.0)>{label.clone()}</text>
                    <rect class=class x=ROW_LABEL.to_string() y=format!("{y:.1}") width=format!("{w:.1}") height="20" rx="3"></rect>
                    <text class="bar-value" x=format!("{:.1}", ROW_LABEL + w + 6.0) y=format!("{:.1}", y + 15.0)>
                        {format::count(i18n, *count)}
                    </text>
                </a>
            }
        })
        .collect_view();
    let rows_height = bars.len() as f64 * ROW + 8.0;
    let rows = bars
        .into_iter()
        .map(|(label, count, href)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="numeric"><a href=link(&href) data-count=count.to_string()>{format::count(i18n, count)}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="chart-title">
            <h2 id="chart-title">{i18n.t("chart-title")}</h2>
            <p class="muted">{i18n.t("chart-intro")}</p>
            // The chart beside its table on a wide screen, above it on a narrow one.
            <div class="chart-layout">
                <div class="chart-figure">
                    <svg class="chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true" focusable="false">
                        <line class="axis" x1="0" x2=WIDTH.to_string() y1=(HEIGHT - AXIS).to_string() y2=(HEIGHT - AXIS).to_string()></line>
                        {svg_bars}
                    </svg>
                    <svg class="chart-rows" viewBox=format!("0 0 {ROWS_WIDTH} {rows_height}") aria-hidden="true" focusable="false">
                        {row_bars}
                    </svg>
                </div>
                <table class="compact-table chart-table">
                    <caption>{i18n.t("chart-table-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("chart-last-active")}</th>
                            <th scope="col" class="numeric">{i18n.t("chart-users")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
