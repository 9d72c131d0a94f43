//! The organisation's own audit events, as Atlassian reports them (`GET /admin/v1/orgs/{orgId}/
//! events`): changes made in admin.atlassian.com, by SCIM or by other tools, and ours as Atlassian
//! saw them. Every full and incremental sync reads what is new since the last complete read (a
//! little before it: events are stored once each, so the overlap is harmless) and keeps them
//! beside the audit log, for as long as the audit log's retention. They are Atlassian's account
//! of what happened, never part of our hash chain: the chain, its verification and its
//! checkpoints do not see them.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Map, Value, json};

use crate::{
    settings,
    store::{AtlassianEvent, Store, StoreError},
    upstream::{Upstream, UpstreamError},
};

/// Each read starts this long before the newest event of the last complete one, for events
/// Atlassian records late.
pub const OVERLAP: TimeDelta = TimeDelta::minutes(10);

/// How far back the first read goes when the audit log is kept forever (otherwise: the
/// retention).
pub const FIRST_READ_DAYS: i64 = 365;

/// Pages one read may take (500 events each): a bound on a misbehaving cursor, far above what
/// a real organisation's events since the last read fill (a first read of a long history stops
/// there, with the newest 200,000 events).
pub const MAX_PAGES: u64 = 400;

/// The longest text kept from any one field of an event.
const MAX_TEXT: usize = 1_024;

#[derive(Debug, thiserror::Error)]
pub enum EventsError {
    #[error("{0}")]
    Upstream(#[from] UpstreamError),
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The answer was JSON but not events as the spec describes them.
    #[error("Atlassian's events could not be read: item {position} of a page {reason}")]
    Malformed { position: usize, reason: String },
}

/// What one read brought.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventsPulled {
    /// Events not stored before.
    pub new: u64,
    /// The accounts the new events name, without repeats.
    pub accounts: Vec<String>,
    /// Requests the read made.
    pub requests: u64,
}

/// Reads the organisation's events since the last complete read, stores the new ones, moves the
/// read mark, and removes events older than the audit log's retention. A failed read keeps the
/// events already stored and leaves the mark, so the next read starts where this one did. The
/// syncer runs one read at a time (`Syncer::pull_events`).
pub async fn pull(up: &Upstream, store: &dyn Store) -> Result<EventsPulled, EventsError> {
    let org = up.connection.org_id.as_str();
    let started = Utc::now();
    let retention = settings::retention_days(store).await?;
    let from = match store.events_mark(org).await? {
        Some(mark) => mark - OVERLAP,
        None => started - TimeDelta::days(if retention > 0 { i64::from(retention) } else { FIRST_READ_DAYS }),
    };
    let mut pages = up.events(Some(from), None);
    let mut pulled = EventsPulled::default();
    let mut accounts = BTreeSet::new();
    let mut newest: Option<DateTime<Utc>> = None;
    while let Some(items) = pages.next().await? {
        pulled.requests = pages.requests;
        let events = items
            .iter()
            .enumerate()
            .map(|(position, item)| parse(item).map_err(|reason| EventsError::Malformed { position, reason }))
            .collect::<Result<Vec<_>, _>>()?;
        newest = newest.max(events.iter().map(|e| e.at).max());
        for position in store.store_events(org, &events, Utc::now()).await? {
            pulled.new += 1;
            accounts.extend(events[position].accounts.iter().cloned());
        }
        // Events come newest first: past the bound, what is left is the oldest history of a
        // first read. It is left unread rather than failing every read from now on.
        if pages.requests >= MAX_PAGES {
            tracing::warn!(
                pages = MAX_PAGES,
                "Atlassian's older events were not read: the first read stops at its bound"
            );
            break;
        }
    }
    pulled.requests = pages.requests;
    // Quiet periods move the mark too, so the next read's window stays short.
    let mark = newest.unwrap_or(from).max(started - OVERLAP);
    store.set_events_mark(org, mark, started).await?;
    if retention > 0 {
        store.prune_events(started - TimeDelta::days(i64::from(retention))).await?;
    }
    pulled.accounts = accounts.into_iter().collect();
    Ok(pulled)
}

/// Text no longer than [`MAX_TEXT`] characters.
fn clip(text: &str) -> String {
    text.chars().take(MAX_TEXT).collect()
}

fn text(value: &Value, pointer: &str) -> Option<String> {
    value.pointer(pointer).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(clip)
}

/// The first of `pointers` that holds text.
fn first_text(value: &Value, pointers: &[&str]) -> Option<String> {
    pointers.iter().find_map(|p| text(value, p))
}

/// Whether an event object is a user (Atlassian's object types are `users`, `user`, ...).
fn is_user(object: &Value) -> bool {
    object.get("type").and_then(Value::as_str).is_some_and(|t| t.to_ascii_lowercase().starts_with("user"))
}

/// Whether an event object names a product.
fn is_product(object: &Value) -> bool {
    object.get("type").and_then(Value::as_str).is_some_and(|t| t.to_ascii_lowercase().starts_with("product"))
}

/// An event object as kept in the details: its type, id and name.
fn object_summary(object: &Value) -> Value {
    let mut summary = Map::new();
    for (key, value) in [
        ("type", text(object, "/type")),
        ("id", text(object, "/id")),
        ("name", first_text(object, &["/attributes/name", "/attributes/displayName", "/attributes/title"])),
        ("email", first_text(object, &["/attributes/email", "/attributes/emailAddress"])),
    ] {
        if let Some(value) = value {
            summary.insert(key.to_owned(), Value::String(value));
        }
    }
    Value::Object(summary)
}

/// One `EventModel` of the spec, mapped into the audit log's row shape; why not, when an item
/// lacks what the spec requires (`id`, `attributes.time`, `attributes.action`,
/// `attributes.actor.id`) or holds it in another type.
pub fn parse(item: &Value) -> Result<AtlassianEvent, String> {
    let event_id = text(item, "/id").ok_or("has no id")?;
    let attributes = item.get("attributes").filter(|a| a.is_object()).ok_or("has no attributes")?;
    let time = text(attributes, "/time").ok_or("has no time")?;
    let at = DateTime::parse_from_rfc3339(&time).map_err(|_| format!("has a time that is not a date: {time:?}"))?;
    let action = text(attributes, "/action").ok_or("has no action")?;
    let actor_id = text(attributes, "/actor/id").ok_or("has no actor id")?;
    let list = |key: &str| -> Result<Vec<Value>, String> {
        match attributes.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) if items.iter().all(Value::is_object) => Ok(items.clone()),
            Some(_) => Err(format!("has a {key} that is not a list of objects")),
        }
    };
    let context = list("context")?;
    let container = list("container")?;
    let users: Vec<&Value> = context.iter().filter(|o| is_user(o)).collect();
    let accounts: Vec<String> = users.iter().filter_map(|u| text(u, "/id")).collect();
    let target_user = users.first();
    // Without a user, the first thing the event is about (a group, a domain, a policy).
    let target_object = target_user.copied().or_else(|| context.first());
    let product = context
        .iter()
        .chain(&container)
        .find(|o| is_product(o))
        .and_then(|o| first_text(o, &["/attributes/productKey", "/attributes/key", "/attributes/productName", "/id"]))
        .or_else(|| first_text(attributes, &["/product", "/attributes/product"]));
    let location = attributes.get("location").filter(|l| l.is_object());
    let mut details = Map::new();
    details.insert("event_id".into(), json!(event_id));
    if !context.is_empty() {
        details.insert("context".into(), Value::Array(context.iter().map(object_summary).collect()));
    }
    if !container.is_empty() {
        details.insert("container".into(), Value::Array(container.iter().map(object_summary).collect()));
    }
    if let Some(location) = location {
        let place: Map<String, Value> = ["ip", "city", "regionName", "countryName"]
            .into_iter()
            .filter_map(|key| Some((key.to_owned(), Value::String(text(location, &format!("/{key}"))?))))
            .collect();
        if !place.is_empty() {
            details.insert("location".into(), Value::Object(place));
        }
    }
    if let Some(token) = text(attributes, "/actor/auth/tokenLabel") {
        details.insert("token".into(), json!(token));
    }
    if let Some(on_behalf) = text(attributes, "/actor/onBehalfOf/id") {
        details.insert("on_behalf_of".into(), json!(on_behalf));
    }
    Ok(AtlassianEvent {
        event_id,
        at: at.with_timezone(&Utc),
        action,
        actor: format!("atlassian:{actor_id}"),
        actor_name: text(attributes, "/actor/name"),
        actor_email: text(attributes, "/actor/email"),
        auth_via: text(attributes, "/actor/auth/authType"),
        target: target_object.and_then(|o| text(o, "/id")),
        target_name: target_object.and_then(|o| first_text(o, &["/attributes/name", "/attributes/displayName"])),
        target_email: target_user.and_then(|u| first_text(u, &["/attributes/email", "/attributes/emailAddress"])),
        ip: location.and_then(|l| text(l, "/ip")),
        product,
        accounts,
        details: Value::Object(details),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Value {
        json!({
            "id": "ev-1", "type": "events",
            "attributes": {
                "time": "2026-12-01T10:11:12.345Z",
                "action": "user_deactivated",
                "actor": {"id": "557058:ada", "name": "Ada Admin", "email": "ada@acme.example",
                          "auth": {"authType": "api-token", "tokenLabel": "nightly"}},
                "context": [
                    {"id": "acc-7", "type": "users", "attributes": {"displayName": "Zoë Adams", "email": "zoe@acme.example"}},
                    {"id": "grp-1", "type": "groups", "attributes": {"name": "jira-users"}},
                    {"id": "acc-8", "type": "users"}
                ],
                "container": [{"id": "org-1", "type": "orgs", "attributes": {"name": "Acme"}},
                              {"id": "jira", "type": "products", "attributes": {"key": "jira"}}],
                "location": {"ip": "203.0.113.9", "city": "Oslo", "countryName": "Norway", "geo": "x"}
            },
            "links": {"self": "https://api.atlassian.com/admin/v1/orgs/org-1/events/ev-1"}
        })
    }

    #[test]
    fn an_event_maps_into_the_row_shape() {
        let parsed = parse(&event()).expect("event");
        assert_eq!(parsed.event_id, "ev-1");
        assert_eq!(parsed.at.to_rfc3339(), "2026-12-01T10:11:12.345+00:00");
        assert_eq!(parsed.action, "user_deactivated");
        assert_eq!(parsed.actor, "atlassian:557058:ada");
        assert_eq!(parsed.actor_name.as_deref(), Some("Ada Admin"));
        assert_eq!(parsed.auth_via.as_deref(), Some("api-token"));
        assert_eq!(parsed.target.as_deref(), Some("acc-7"));
        assert_eq!(parsed.target_name.as_deref(), Some("Zoë Adams"));
        assert_eq!(parsed.target_email.as_deref(), Some("zoe@acme.example"));
        assert_eq!(parsed.accounts, ["acc-7", "acc-8"]);
        assert_eq!(parsed.ip.as_deref(), Some("203.0.113.9"));
        assert_eq!(parsed.product.as_deref(), Some("jira"));
        assert_eq!(parsed.details["location"], json!({"ip": "203.0.113.9", "city": "Oslo", "countryName": "Norway"}));
        assert_eq!(parsed.details["context"][1], json!({"type": "groups", "id": "grp-1", "name": "jira-users"}));
        assert_eq!(parsed.details["token"], "nightly");
    }

    #[test]
    fn an_event_about_no_user_names_its_object() {
        let mut item = event();
        item["attributes"]["context"] =
            json!([{"id": "grp-1", "type": "groups", "attributes": {"name": "jira-users"}}]);
        item["attributes"]["container"] = Value::Null;
        item["attributes"]["location"] = Value::Null;
        let parsed = parse(&item).expect("event");
        assert_eq!((parsed.target.as_deref(), parsed.target_name.as_deref()), (Some("grp-1"), Some("jira-users")));
        assert!(parsed.accounts.is_empty() && parsed.target_email.is_none() && parsed.ip.is_none());
        assert_eq!(parsed.product, None);
    }

    #[test]
    fn what_the_spec_requires_is_required() {
        let broken = |change: fn(&mut Value)| {
            let mut item = event();
            change(&mut item);
            parse(&item).expect_err("refused")
        };
        assert_eq!(broken(|e| e["id"] = json!(7)), "has no id");
        assert_eq!(broken(|e| e["attributes"] = json!("x")), "has no attributes");
        assert_eq!(
            broken(|e| e["attributes"]["time"] = json!("yesterday")),
            r#"has a time that is not a date: "yesterday""#
        );
        assert_eq!(broken(|e| e["attributes"]["action"] = json!(null)), "has no action");
        assert_eq!(broken(|e| e["attributes"]["actor"] = json!({"name": "x"})), "has no actor id");
        assert_eq!(
            broken(|e| e["attributes"]["context"] = json!("acc-7")),
            "has a context that is not a list of objects"
        );
    }

    #[test]
    fn long_text_is_clipped() {
        let mut item = event();
        item["attributes"]["actor"]["name"] = json!("n".repeat(5_000));
        assert_eq!(parse(&item).expect("event").actor_name.map(|n| n.chars().count()), Some(MAX_TEXT));
    }
}
