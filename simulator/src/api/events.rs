//! The organisation's audit log ([ORG] Events): `GET /admin/v1/orgs/{orgId}/events`, one event by
//! id, and `event-actions`. Newest first; `cursor` sets where a page starts and every filter of
//! the request still applies (the spec says nothing else about it).

use std::sync::Arc;

use axum::{
    Router,
    extract::{Path, State},
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::{DateTime, Utc};
use http::StatusCode;
use serde_json::{Value, json};

use super::{Listing, Params, ok};
use crate::{
    events::ACTIONS,
    model::World,
    respond::{decode_cursor, encode_cursor, with_param},
    sim::{Base, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/admin/v1/orgs/{orgId}/events", get(events))
        .route("/admin/v1/orgs/{orgId}/events/{eventId}", get(event))
        .route("/admin/v1/orgs/{orgId}/event-actions", get(event_actions))
}

/// An error with one of the codes the events operations document.
fn coded(status: StatusCode, code: &str, title: &str, detail: &str) -> Response {
    let body = json!({"errors": [{"id": format!("sim-{}", status.as_u16()), "status": status.as_u16().to_string(), "code": code, "title": title, "detail": detail}]});
    (status, axum::Json(body)).into_response()
}

fn org_not_found() -> Response {
    coded(StatusCode::NOT_FOUND, "ADMIN-404-2", "Organization not found", "Organization not found")
}

/// `Error.InvalidRequestSyntax.Model`.
fn bad_syntax(detail: &str) -> Response {
    coded(StatusCode::BAD_REQUEST, "ADMIN-400-19", "Request syntax is not valid", detail)
}

/// `Error.InvalidSearchTimeDate.Model`.
fn bad_time(detail: &str) -> Response {
    coded(StatusCode::BAD_REQUEST, "ADMIN-400-3", "Invalid time date", detail)
}

const PRODUCTS: [&str; 5] = ["bitbucket", "confluence", "guard_detect", "jira", "loom"];

/// The filters of one request, checked.
struct Filter {
    q: Option<String>,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    action: Option<String>,
    actors: Option<Vec<String>>,
    ips: Option<Vec<String>>,
    products: Option<Vec<String>>,
    /// (city, countryName) pairs.
    locations: Option<Vec<(String, String)>>,
    limit: usize,
    /// Events strictly older than this position (from the cursor).
    before: Option<usize>,
}

fn epoch_millis(params: &Params, name: &str) -> Result<Option<DateTime<Utc>>, Response> {
    let Some(value) = params.get(name) else { return Ok(None) };
    value
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .map(Some)
        .ok_or_else(|| bad_time(&format!("'{name}' must be a UNIX epoch time in milliseconds")))
}

impl Filter {
    fn parse(params: &Params) -> Result<Filter, Response> {
        let limit = match params.get("limit") {
            None => 30,
            Some(value) => match value.trim().parse::<usize>() {
                Ok(n @ 1..=500) => n,
                _ => return Err(bad_syntax("limit must be an integer from 1 to 500")),
            },
        };
        let (from, to) = (epoch_millis(params, "from")?, epoch_millis(params, "to")?);
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(bad_time("'from' must not be later than 'to'"));
        }
        let products = params.all("product");
        if let Some(unknown) = products.iter().flatten().find(|p| !PRODUCTS.contains(&p.as_str())) {
            return Err(bad_syntax(&format!("product '{unknown}' is not one of {}", PRODUCTS.join(", "))));
        }
        let locations = match params.get("location") {
            None => None,
            Some(text) => {
                let parsed: Vec<Value> = serde_json::from_str(text)
                    .map_err(|_| bad_syntax("location must be a JSON list of {\"city\": ..., \"countryName\": ...}"))?;
                let field = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
                Some(parsed.iter().map(|v| (field(v, "city"), field(v, "countryName"))).collect())
            }
        };
        let before = match params.get("cursor") {
            None => None,
            Some(token) => Some(decode_cursor::<usize>(token).ok_or_else(|| {
                coded(StatusCode::BAD_REQUEST, "ADMIN-400-1", "Invalid page cursor", "The cursor is not valid.")
            })?),
        };
        Ok(Filter {
            q: params.get("q").map(|q| q.trim().to_lowercase()).filter(|q| !q.is_empty()),
            from,
            to,
            action: params.get("action").map(str::to_owned),
            actors: params.all("actor"),
            ips: params.all("ip"),
            products,
            locations,
            limit,
            before,
        })
    }

    fn matches(&self, world: &World, position: usize) -> bool {
        let event = &world.events[position];
        let (ip, city, _, country) = world.event_location(event);
        self.before.is_none_or(|b| position < b)
            && self.from.is_none_or(|from| event.time >= from)
            && self.to.is_none_or(|to| event.time <= to)
            && self.action.as_deref().is_none_or(|a| a == event.action)
            && self
                .actors
                .as_ref()
                .is_none_or(|ids| world.event_actor_id(event).is_some_and(|id| ids.iter().any(|x| x == id)))
            && self.ips.as_ref().is_none_or(|ips| ips.contains(&ip))
            && self
                .products
                .as_ref()
                .is_none_or(|ps| world.event_product(event).is_some_and(|p| ps.iter().any(|x| x == p)))
            && self.locations.as_ref().is_none_or(|ls| ls.iter().any(|(c, n)| c == city && n == country))
            && self.q.as_ref().is_none_or(|q| world.event_text(event).contains(q))
    }
}

async fn events(
    State(sim): State<Arc<Sim>>,
    Path(org_id): Path<String>,
    Listing { base, uri, params }: Listing,
) -> Response {
    let world = sim.world();
    if org_id != world.org_id {
        return org_not_found();
    }
    let filter = match Filter::parse(&params) {
        Ok(filter) => filter,
        Err(response) => return response,
    };
    let mut positions = (0..world.events.len()).rev().filter(|&p| filter.matches(&world, p));
    let page: Vec<usize> = positions.by_ref().take(filter.limit).collect();
    let more = positions.next().is_some();
    let data: Vec<Value> = page.iter().map(|&p| world.event_json(&world.events[p], &base)).collect();
    let uri = uri.to_string();
    let mut links = json!({ "self": format!("{base}{uri}") });
    let mut meta = json!({ "page_size": filter.limit });
    if let (true, Some(&last)) = (more, page.last()) {
        let cursor = encode_cursor(&last);
        links["next"] = json!(format!("{base}{}", with_param(&uri, "cursor", &cursor)));
        meta["next"] = json!(cursor);
    }
    ok(json!({ "data": data, "meta": meta, "links": links }))
}

async fn event(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, event_id)): Path<(String, String)>,
) -> Response {
    let world = sim.world();
    if org_id != world.org_id {
        return org_not_found();
    }
    match world.events.iter().find(|e| e.id == event_id) {
        Some(event) => ok(json!({ "data": world.event_json(event, &base) })),
        None => coded(StatusCode::NOT_FOUND, "ADMIN-404-4", "Event not found", "Event not found"),
    }
}

async fn event_actions(State(sim): State<Arc<Sim>>, Path(org_id): Path<String>) -> Response {
    if org_id != sim.world().org_id {
        return org_not_found();
    }
    let data: Vec<Value> = ACTIONS
        .iter()
        .map(|(key, name, group)| json!({ "id": key, "type": "event-actions", "attributes": { "displayName": name, "groupDisplayName": group } }))
        .collect();
    ok(json!({ "data": data }))
}
