//! The audit log as the Audit page sees it: the filter, a page of entries, what the pickers
//! offer, the chain's integrity, and the page's whole state as it lives in the URL. Plain Rust,
//! shared by the server (which queries the log) and the browser (which builds the CSV).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

use crate::code::Code;

mod sentences;
mod vocabulary;

pub use sentences::{details_line, job_name, sentences};
pub use vocabulary::{
    ATLASSIAN_ACTIONS, AuditAction, AuditOutcome, AuditSetting, action_choices, action_message, outcome_choices,
    outcome_message,
};

/// Which entries to list. Every field is optional; an empty filter lists the whole log, newest
/// first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Entries on or after this day (UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Entries on or before this day (UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// The acting admin: the actor (`atlassian:<id>`, `local:<login>`), the bare account id or
    /// login, or the display name (any case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The affected user: account id, or the whole name or e-mail (any case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Free text, found anywhere in the admin's name, the target, the affected user's name or
    /// e-mail, the action, the details or the request id (any case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Whose record: `app` (this app's own, hash-chained log) or `atlassian` (the events
    /// Atlassian reports); none for both. Any other value (of any JSON type) is refused.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "any_as_text")]
    pub source: Option<String>,
    /// Whether the signed-in admin's own readings of the log (`audit_viewed`) are listed. Hidden
    /// by default: every filter change records one, and they would bury the rest. Asking for the
    /// `audit_viewed` action lists them whatever this says.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub my_views: bool,
}

/// A value of any JSON type as text (`null`: none), so that a wrong type is refused with the
/// field's name like a wrong value, not as an unreadable request.
fn any_as_text<'de, D: serde::Deserializer<'de>>(from: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(from)? {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(text)) => Some(text),
        Some(other) => Some(other.to_string()),
    })
}

/// A source filter that names neither this app nor Atlassian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownSource;

/// Who recorded an entry: this app, in its hash-chained log, or Atlassian, as one of the
/// organisation's events (stored beside the log, not part of its chain).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AuditSource {
    #[default]
    App,
    Atlassian,
}

impl AuditSource {
    /// The source's translated name (`audit-source-app`, `audit-source-atlassian`).
    pub fn message(self) -> String {
        format!("audit-source-{}", self.code())
    }
}

/// Longest free text or name a filter holds (the server refuses longer).
pub const MAX_FILTER_TEXT: usize = 200;

impl AuditFilter {
    /// Whether any field narrows the log.
    pub fn is_empty(&self) -> bool {
        *self == AuditFilter::default()
    }

    /// How many filters besides the free text are in force: the Audit page folds those behind
    /// its Filters button, and the button shows this number (and opens itself when it is not 0).
    /// What is in force is what the server is asked: the [`normalised`](Self::normalised) filter.
    pub fn folded_in_force(&self) -> usize {
        let f = self.normalised();
        [
            f.from.is_some(),
            f.to.is_some(),
            f.admin.is_some(),
            f.action.is_some(),
            f.outcome.is_some(),
            f.user.is_some(),
            f.source.is_some(),
            f.my_views,
        ]
        .into_iter()
        .filter(|&on| on)
        .count()
    }

    /// The same filter with blank values dropped and text trimmed: what the server is asked.
    pub fn normalised(&self) -> AuditFilter {
        let clean = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        AuditFilter {
            from: self.from,
            to: self.to,
            admin: clean(&self.admin),
            action: clean(&self.action),
            outcome: clean(&self.outcome),
            user: clean(&self.user),
            text: clean(&self.text),
            source: clean(&self.source),
            my_views: self.my_views,
        }
    }

    /// Whether the signed-in admin's own readings of the log are left out of what this lists.
    pub fn hides_my_views(&self) -> bool {
        !self.my_views && self.action.as_deref().map(str::trim) != Some(AuditAction::AuditViewed.code())
    }

    /// The one source asked for (none: both); an error for a value that names neither.
    pub fn source(&self) -> Result<Option<AuditSource>, UnknownSource> {
        match self.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(code) => code.parse().map(Some).map_err(|_| UnknownSource),
        }
    }

    /// The first text field that is too long to be real, by name.
    pub fn too_long(&self) -> Option<&'static str> {
        [
            ("admin", &self.admin),
            ("action", &self.action),
            ("outcome", &self.outcome),
            ("user", &self.user),
            ("text", &self.text),
        ]
        .into_iter()
        .find(|(_, v)| v.as_ref().is_some_and(|v| v.chars().count() > MAX_FILTER_TEXT))
        .map(|(name, _)| name)
    }
}

/// A page of the log under a filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    pub filter: AuditFilter,
    /// Zero-based.
    pub page: u32,
    /// Rows per page (1 to [`MAX_PAGE_SIZE`]; 0 means the default).
    pub page_size: u32,
    /// Only entries up to this sequence number: an export pins the log as it was when it began,
    /// so entries appended meanwhile never shift its pages.
    pub until_seq: Option<i64>,
    /// The same for Atlassian's events: only those stored up to this one.
    pub until_event: Option<i64>,
    /// Set by the server, never read from a request: the actor whose own `audit_viewed` entries
    /// are left out (the signed-in admin's, unless the filter shows them).
    #[serde(skip)]
    pub hide_views_of: Option<String>,
}

pub const DEFAULT_PAGE_SIZE: u32 = 50;
pub const MAX_PAGE_SIZE: u32 = 1_000;
/// Entries per export page, as for the user exports.
pub const EXPORT_PAGE_SIZE: u32 = crate::users::EXPORT_PAGE_SIZE;

impl AuditQuery {
    pub fn effective_page_size(&self) -> u32 {
        match self.page_size {
            0 => DEFAULT_PAGE_SIZE,
            n => n.min(MAX_PAGE_SIZE),
        }
    }
}

/// One entry, every stored field included. Atlassian's events take the same shape: their `seq`
/// is their place among the events (not in the chain), and they carry no hashes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    #[serde(default)]
    pub source: AuditSource,
    pub seq: i64,
    pub at: DateTime<Utc>,
    /// `atlassian:<id>`, `local:<login>`, `cli`, `system` or `anonymous`.
    pub actor: String,
    pub actor_name: Option<String>,
    /// `local`, `atlassian` or `forge`.
    pub auth_via: Option<String>,
    /// The Forge installation, when the admin acted from the Jira panel.
    #[serde(default)]
    pub installation_id: Option<String>,
    pub action: String,
    /// The affected account id, or the setting that changed.
    pub target: Option<String>,
    pub target_name: Option<String>,
    pub target_email: Option<String>,
    pub outcome: String,
    /// The details as stored (JSON text).
    pub details: String,
    pub atlassian_status: Option<u16>,
    pub request_id: Option<String>,
    pub job_id: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// Atlassian's id of the event (its events only).
    #[serde(default)]
    pub event_id: Option<String>,
    /// The address the actor acted from, when Atlassian reports it.
    #[serde(default)]
    pub ip: Option<String>,
    /// The product the event concerns, when Atlassian reports it.
    #[serde(default)]
    pub product: Option<String>,
}

impl AuditRow {
    /// Which entry this is, for the link that opens it.
    pub fn key(&self) -> EntryKey {
        EntryKey { source: self.source, seq: self.seq }
    }

    /// Who acted, as people read it: the name when known, else the actor.
    pub fn admin(&self) -> &str {
        self.actor_name.as_deref().unwrap_or(&self.actor)
    }

    /// The details in one line: `key: value` pairs of the top-level object (values as JSON, text
    /// without quotes), or the text itself when it is not an object.
    pub fn details_summary(&self) -> String {
        match self.source {
            AuditSource::App => summarise(&self.details),
            AuditSource::Atlassian => summarise_event(&self.details, self.target.as_deref()),
        }
    }
}

/// An Atlassian event's details in one line: what it acted on besides the affected user (a group,
/// a product), where it was done from, and the API token's label when one was used, e.g.
/// `group: jira-users · Sydney, Australia · 203.0.113.7`.
fn summarise_event(details: &str, affected: Option<&str>) -> String {
    let Ok(details) = serde_json::from_str::<serde_json::Value>(details) else { return details.to_owned() };
    let text =
        |value: &serde_json::Value, key: &str| value.get(key).and_then(serde_json::Value::as_str).map(str::to_owned);
    let mut parts: Vec<String> = details["context"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|object| text(object, "id").as_deref() != affected)
        .filter_map(|object| {
            let name = text(object, "name").or_else(|| text(object, "id"))?;
            Some(match text(object, "type") {
                Some(kind) => format!("{kind}: {name}"),
                None => name,
            })
        })
        .collect();
    let location = &details["location"];
    let place: Vec<String> = ["city", "countryName"].iter().filter_map(|key| text(location, key)).collect();
    if !place.is_empty() {
        parts.push(place.join(", "));
    }
    parts.extend(text(location, "ip"));
    parts.extend(text(&details, "token").map(|label| format!("token: {label}")));
    parts.join(" · ")
}

fn summarise(details: &str) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(details) else {
        return details.to_owned();
    };
    map.iter()
        .map(|(key, value)| match value {
            serde_json::Value::String(text) => format!("{key}: {text}"),
            other => format!("{key}: {other}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One page of entries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    /// Every match, not just this page.
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    /// Newest first.
    pub rows: Vec<AuditRow>,
    /// The newest entry in the whole log when the page was read (what an export pins).
    pub head_seq: i64,
    /// The newest of Atlassian's events stored then.
    #[serde(default)]
    pub head_event: i64,
    /// The signed-in admin's own readings of the log that the filter matches but leaves out.
    #[serde(default)]
    pub hidden_views: u64,
    /// The jobs the rows belong to, so that each is named by its title.
    #[serde(default)]
    pub jobs: Vec<AuditJob>,
}

/// A bulk job an entry belongs to, as the Audit page names it: what it does, and to how many
/// users.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditJob {
    pub id: String,
    pub action: crate::bulk::BulkAction,
    /// The job this one undoes.
    pub undo_of: Option<String>,
    /// Users in the job.
    pub users: u32,
}

/// One page of an audit export: the rows as CSV cells, in [`COLUMNS`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditExportPage {
    pub total: u64,
    /// The log's newest entry when the export began: the later pages ask for entries up to it.
    pub until_seq: i64,
    /// The same for Atlassian's events.
    #[serde(default)]
    pub until_event: i64,
    pub cells: Vec<Vec<String>>,
    /// The jobs the rows belong to (their details name them).
    #[serde(default)]
    pub jobs: Vec<AuditJob>,
}

/// What the pickers offer, from the log itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditOptions {
    pub actions: Vec<String>,
    pub outcomes: Vec<String>,
    /// (actor, name), by name.
    pub admins: Vec<(String, String)>,
}

/// A signed checkpoint of the chain: the entry it covers, and when it was signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckpointInfo {
    pub seq: i64,
    pub at: DateTime<Utc>,
}

/// Where the chain first fails to verify.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntegrityProblem {
    pub seq: i64,
    /// A short code (`modified`, `missing`, `reordered`, `truncated`, ...).
    pub kind: String,
    pub reason: String,
}

/// Whether the log's hash chain verifies, as the top of the Audit page says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Integrity {
    pub entries: u64,
    pub first_seq: Option<i64>,
    pub last_seq: Option<i64>,
    pub last_checkpoint: Option<CheckpointInfo>,
    pub problem: Option<IntegrityProblem>,
}

/// The CSV columns, in order, as message ids.
pub const COLUMNS: [&str; 22] = [
    "audit-csv-seq",
    "audit-csv-source",
    "audit-csv-time",
    "audit-csv-actor",
    "audit-csv-actor-name",
    "audit-csv-auth-via",
    "audit-csv-installation",
    "audit-csv-action",
    "audit-csv-target",
    "audit-csv-target-name",
    "audit-csv-target-email",
    "audit-csv-outcome",
    "audit-csv-atlassian-status",
    "audit-csv-request-id",
    "audit-csv-job-id",
    "audit-csv-details",
    "audit-csv-details-json",
    "audit-csv-prev-hash",
    "audit-csv-hash",
    "audit-csv-event-id",
    "audit-csv-ip",
    "audit-csv-product",
];

/// One entry as CSV cells, in [`COLUMNS`] order: times in ISO 8601 UTC, codes as stored (the
/// browser turns the action and outcome into labels in the admin's language: [`label_cells`]; a
/// spreadsheet filters on them), the details as their JSON twice: the browser writes the first as
/// sentences ([`describe_cells`]), the second stays for machines.
pub fn cells(row: &AuditRow) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        row.seq.to_string(),
        row.source.code().to_owned(),
        row.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        row.actor.clone(),
        text(&row.actor_name),
        text(&row.auth_via),
        text(&row.installation_id),
        row.action.clone(),
        text(&row.target),
        text(&row.target_name),
        text(&row.target_email),
        row.outcome.clone(),
        row.atlassian_status.map(|s| s.to_string()).unwrap_or_default(),
        text(&row.request_id),
        text(&row.job_id),
        row.details.clone(),
        row.details.clone(),
        row.prev_hash.clone(),
        row.hash.clone(),
        text(&row.event_id),
        text(&row.ip),
        text(&row.product),
    ]
}

/// An export row's Action and Outcome cells as people read them: `label` turns a message id
/// into text in the admin's language; a code this version has no label for stays as written.
pub fn label_cells(cells: &mut [String], label: impl Fn(&str) -> String) {
    /// A column's header id, and the message id of a code in it.
    type Labelled = (&'static str, fn(&str) -> Option<String>);
    const LABELLED: [Labelled; 2] = [("audit-csv-action", action_message), ("audit-csv-outcome", outcome_message)];
    for (column, message) in LABELLED {
        let cell = COLUMNS.iter().position(|c| *c == column).and_then(|i| cells.get_mut(i));
        if let Some(cell) = cell
            && let Some(id) = message(cell)
        {
            *cell = label(&id);
        }
    }
}

/// An export row's Details cell as sentences in `i18n`'s language, read from the row's own cells
/// (its JSON column is left as stored), and its Job cell as the job's title and short id followed
/// by the whole id. Call it before [`label_cells`]: it reads the codes.
pub fn describe_cells(cells: &mut [String], i18n: crate::i18n::I18n, jobs: &[AuditJob]) {
    let at = |column: &str| COLUMNS.iter().position(|c| *c == column);
    let cell = |cells: &[String], column: &str| at(column).and_then(|i| cells.get(i)).cloned().unwrap_or_default();
    let row = AuditRow {
        source: cell(cells, "audit-csv-source").parse().unwrap_or_default(),
        action: cell(cells, "audit-csv-action"),
        outcome: cell(cells, "audit-csv-outcome"),
        target: Some(cell(cells, "audit-csv-target")).filter(|t| !t.is_empty()),
        details: cell(cells, "audit-csv-details-json"),
        ..AuditRow::default()
    };
    let described = details_line(i18n, &row);
    if let Some(details) = at("audit-csv-details").and_then(|i| cells.get_mut(i)) {
        *details = described;
    }
    if let Some(job) = at("audit-csv-job-id").and_then(|i| cells.get_mut(i)).filter(|id| !id.is_empty()) {
        *job = format!("{} ({job})", job_name(i18n, job, jobs));
    }
}

/// Which entry is open: one of this app's (by `seq`) or one of Atlassian's events (by its place
/// among them). In the URL as `entry=<seq>` or `event=<n>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryKey {
    pub source: AuditSource,
    pub seq: i64,
}

/// Everything the URL of `/audit` says: the filter, the page and the open entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditState {
    pub filter: AuditFilter,
    /// One-based, as people count pages.
    pub page: u32,
    pub page_size: u32,
    /// The entry whose details are open.
    pub entry: Option<EntryKey>,
}

impl Default for AuditState {
    fn default() -> AuditState {
        AuditState { filter: AuditFilter::default(), page: 1, page_size: DEFAULT_PAGE_SIZE, entry: None }
    }
}

impl AuditState {
    /// Reads the state from query parameters (`values(name)`: every value of one name; the last
    /// one counts). Lenient: an unknown or malformed value is ignored, never an error page.
    pub fn parse(values: impl Fn(&str) -> Vec<String>) -> AuditState {
        let one = |name: &str| values(name).into_iter().next_back();
        // Kept as typed (spaces included) so a search box is never rewritten under the admin's
        // fingers; the query trims.
        let text = |name: &str| {
            one(name).map(|v| v.chars().take(MAX_FILTER_TEXT).collect::<String>()).filter(|v| !v.trim().is_empty())
        };
        let day = |name: &str| one(name).and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok());
        AuditState {
            filter: AuditFilter {
                from: day("from"),
                to: day("to"),
                admin: text("admin"),
                action: text("action"),
                outcome: text("outcome"),
                user: text("user"),
                text: text("q"),
                source: one("source").filter(|v| v.trim().parse::<AuditSource>().is_ok()).map(|v| v.trim().to_owned()),
                // A checkbox of the GET form sends `1`; anything else leaves them hidden.
                my_views: one("my_views").as_deref() == Some("1"),
            },
            page: one("page").and_then(|v| v.parse().ok()).filter(|&p| p >= 1).unwrap_or(1),
            page_size: one("size")
                .and_then(|v| v.parse().ok())
                .filter(|&s| (1..=MAX_PAGE_SIZE).contains(&s))
                .unwrap_or(DEFAULT_PAGE_SIZE),
            entry: [("entry", AuditSource::App), ("event", AuditSource::Atlassian)].into_iter().find_map(
                |(name, source)| {
                    one(name).and_then(|v| v.parse().ok()).filter(|&s: &i64| s >= 1).map(|seq| EntryKey { source, seq })
                },
            ),
        }
    }

    /// The query string (without `?`), defaults left out, in a fixed order.
    pub fn to_query(&self) -> String {
        let f = &self.filter;
        let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        let pairs = [
            ("q", f.text.clone()),
            ("from", day(f.from)),
            ("to", day(f.to)),
            ("admin", f.admin.clone()),
            ("action", f.action.clone()),
            ("outcome", f.outcome.clone()),
            ("user", f.user.clone()),
            ("source", f.source.clone()),
            ("my_views", f.my_views.then(|| "1".to_owned())),
            ("page", (self.page != 1).then(|| self.page.to_string())),
            ("size", (self.page_size != DEFAULT_PAGE_SIZE).then(|| self.page_size.to_string())),
            ("entry", self.entry.filter(|e| e.source == AuditSource::App).map(|e| e.seq.to_string())),
            ("event", self.entry.filter(|e| e.source == AuditSource::Atlassian).map(|e| e.seq.to_string())),
        ];
        pairs
            .into_iter()
            .filter_map(|(name, value)| {
                value
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| format!("{name}={}", crate::auth::encode_query_value(&v)))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// `/audit` with this state.
    pub fn href(&self) -> String {
        match self.to_query() {
            query if query.is_empty() => "/audit".to_owned(),
            query => format!("/audit?{query}"),
        }
    }

    /// What the server is asked for (the open entry does not change the rows).
    pub fn query(&self) -> AuditQuery {
        AuditQuery {
            filter: self.filter.normalised(),
            page: self.page - 1,
            page_size: self.page_size,
            until_seq: None,
            until_event: None,
            hide_views_of: None,
        }
    }

    pub fn at_page(&self, page: u32) -> AuditState {
        AuditState { page: page.max(1), entry: None, ..self.clone() }
    }

    pub fn with_page_size(&self, page_size: u32) -> AuditState {
        AuditState { page_size, page: 1, entry: None, ..self.clone() }
    }

    pub fn with_entry(&self, entry: Option<EntryKey>) -> AuditState {
        AuditState { entry, ..self.clone() }
    }

    /// After any filter change the list starts again from its first page.
    pub fn refiltered(&self, change: impl FnOnce(&mut AuditFilter)) -> AuditState {
        let mut next = AuditState { page: 1, entry: None, ..self.clone() };
        change(&mut next.filter);
        next
    }

    /// Pages in all, for `total` matches.
    pub fn page_count(&self, total: u64) -> u32 {
        total.div_ceil(u64::from(self.page_size.max(1))).max(1) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_filters_in_force_are_counted_apart_from_the_text() {
        let mut filter = AuditFilter { text: Some("smith".into()), admin: Some("  ".into()), ..AuditFilter::default() };
        assert_eq!(filter.folded_in_force(), 0);
        filter.action = Some("sign_in".into());
        filter.from = NaiveDate::from_ymd_opt(2026, 1, 1);
        filter.my_views = true;
        assert_eq!(filter.folded_in_force(), 3);
    }
    use std::collections::HashMap;

    /// Parses a query string as the router does (percent-decoding each value).
    fn parse(query: &str) -> AuditState {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            map.entry(k.to_owned()).or_default().push(decode(v));
        }
        AuditState::parse(|name| map.get(name).cloned().unwrap_or_default())
    }

    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 3 <= bytes.len() {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(AuditState::default().to_query(), "");
        assert_eq!(AuditState::default().href(), "/audit");
        assert_eq!(parse(""), AuditState::default());
    }

    #[test]
    fn every_field_round_trips() {
        let state = AuditState {
            filter: AuditFilter {
                from: NaiveDate::from_ymd_opt(2026, 11, 1),
                to: NaiveDate::from_ymd_opt(2026, 11, 27),
                admin: Some("atlassian:557058:abc".into()),
                action: Some("settings_changed".into()),
                outcome: Some("ok".into()),
                user: Some("Zoë O'Brien & co".into()),
                text: Some("thresholds = 90%".into()),
                source: Some("atlassian".into()),
                my_views: true,
            },
            page: 3,
            page_size: 100,
            entry: Some(EntryKey { source: AuditSource::App, seq: 42 }),
        };
        let query = state.to_query();
        assert_eq!(parse(&query), state, "{query}");
        assert!(query.starts_with("q=thresholds%20%3D%2090%25&from=2026-11-01"), "{query}");
        assert!(query.contains("&source=atlassian&my_views=1&") && query.ends_with("&entry=42"), "{query}");
        let event = state.with_entry(Some(EntryKey { source: AuditSource::Atlassian, seq: 7 }));
        assert!(event.to_query().ends_with("&event=7"), "{}", event.to_query());
        assert_eq!(parse(&event.to_query()), event);
    }

    #[test]
    fn the_source_filter_accepts_only_its_two_values() {
        assert_eq!(parse("source=app").filter.source.as_deref(), Some("app"));
        assert_eq!(parse("source=elsewhere").filter.source, None, "the URL is lenient");
        let asked = |source: &str| AuditFilter { source: Some(source.into()), ..AuditFilter::default() }.source();
        assert_eq!(asked("atlassian"), Ok(Some(AuditSource::Atlassian)));
        assert_eq!(asked(" "), Ok(None));
        assert_eq!(asked("ATLASSIAN"), Err(UnknownSource), "the server refuses what the URL never writes");
        assert_eq!(AuditFilter::default().source(), Ok(None));
    }

    #[test]
    fn my_views_are_hidden_unless_asked_for() {
        assert!(parse("").filter.hides_my_views());
        assert!(!parse("my_views=1").filter.hides_my_views());
        assert!(parse("my_views=yes").filter.hides_my_views(), "only what the checkbox sends");
        assert!(!parse("action=audit_viewed").filter.hides_my_views(), "asked for by name, they are listed");
        assert_eq!(parse("my_views=1").href(), "/audit?my_views=1");
        let hidden = AuditFilter::default();
        assert_eq!(serde_json::to_value(&hidden).ok(), Some(serde_json::json!({})), "older records keep their shape");
    }

    #[test]
    fn nonsense_is_ignored_not_an_error() {
        let state = parse("from=yesterday&to=2026-13-01&page=0&size=99999&entry=-3&event=x&q=%20%20&source=");
        assert_eq!(state, AuditState::default());
    }

    #[test]
    fn the_query_is_trimmed_and_zero_based() {
        let state = parse("q=%20ada%20&page=2&size=25");
        let query = state.query();
        assert_eq!(query.filter.text.as_deref(), Some("ada"));
        assert_eq!((query.page, query.page_size, query.until_seq), (1, 25, None));
        assert_eq!(state.filter.text.as_deref(), Some(" ada "), "the box keeps what was typed");
    }

    #[test]
    fn filters_restart_paging_and_close_the_entry() {
        let key = |seq| Some(EntryKey { source: AuditSource::App, seq });
        let state = AuditState { page: 4, entry: key(9), ..AuditState::default() };
        let next = state.refiltered(|f| f.action = Some("sign_in".into()));
        assert_eq!((next.page, next.entry), (1, None));
        assert_eq!(state.with_page_size(250).page, 1);
        assert_eq!(state.at_page(0).page, 1);
        assert_eq!(state.with_entry(key(3)).page, 4, "opening an entry keeps the page");
    }

    #[test]
    fn page_count_rounds_up() {
        let state = AuditState::default();
        assert_eq!(state.page_count(0), 1);
        assert_eq!(state.page_count(50), 1);
        assert_eq!(state.page_count(51), 2);
    }

    #[test]
    fn long_text_is_named_and_blank_values_dropped() {
        let long = "x".repeat(MAX_FILTER_TEXT + 1);
        let filter = AuditFilter { user: Some(long), admin: Some("  ".into()), ..AuditFilter::default() };
        assert_eq!(filter.too_long(), Some("user"));
        assert_eq!(filter.normalised().admin, None);
        assert!(AuditFilter { admin: Some(" ".into()), ..AuditFilter::default() }.normalised().is_empty());
    }

    #[test]
    fn cells_follow_the_columns_and_details_summarise() {
        let row = AuditRow {
            seq: 7,
            at: DateTime::parse_from_rfc3339("2026-11-27T10:11:12.345Z").expect("time").with_timezone(&Utc),
            actor: "local:ada".into(),
            actor_name: Some("Ada".into()),
            action: "settings_changed".into(),
            outcome: "ok".into(),
            details: r#"{"after":"=x","before":{"warning_days":90},"setting":"thresholds"}"#.into(),
            ..AuditRow::default()
        };
        let cells = cells(&row);
        assert_eq!(cells.len(), COLUMNS.len());
        assert_eq!(cells[0], "7");
        assert_eq!(cells[1], "app");
        assert_eq!(cells[2], "2026-11-27T10:11:12Z");
        let event = AuditRow { source: AuditSource::Atlassian, ip: Some("203.0.113.9".into()), ..row.clone() };
        let cells_of_event = super::cells(&event);
        assert_eq!((cells_of_event[1].as_str(), cells_of_event[20].as_str()), ("atlassian", "203.0.113.9"));
        assert_eq!(row.admin(), "Ada");
        assert_eq!(row.details_summary(), r#"after: =x; before: {"warning_days":90}; setting: thresholds"#);
        let mut labelled = cells.clone();
        label_cells(&mut labelled, |id| format!("<{id}>"));
        assert_eq!(
            (labelled[7].as_str(), labelled[11].as_str()),
            ("<audit-action-settings_changed>", "<audit-outcome-ok>")
        );
        let unknown = AuditRow { action: "from_the_future".into(), ..row.clone() };
        let mut kept = super::cells(&unknown);
        label_cells(&mut kept, |id| format!("<{id}>"));
        assert_eq!(kept[7], "from_the_future", "a code without a label stays as written");
        let mut described = cells.clone();
        describe_cells(&mut described, crate::i18n::I18n(crate::i18n::Locale::ENGLISH), &[]);
        assert_eq!(described[15], "thresholds changed from warning_days: 90 to =x.");
        assert_eq!(described[16], row.details, "the JSON column keeps the details as stored");
        let event = AuditRow {
            source: AuditSource::Atlassian,
            target: Some("u1".into()),
            details: r#"{"event_id":"e1","context":[{"type":"users","id":"u1","name":"Zoë"},{"type":"groups","id":"g1","name":"jira-users"}],"location":{"ip":"203.0.113.7","city":"Sydney","countryName":"Australia"}}"#.into(),
            ..row.clone()
        };
        assert_eq!(event.details_summary(), "groups: jira-users · Sydney, Australia · 203.0.113.7");
        assert_eq!(summarise("not json"), "not json");
    }
}
