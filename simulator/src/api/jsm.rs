//! Jira Service Management (`/rest/servicedeskapi/...`): service desks, their customers and
//! organizations. Offset pages (`start`, `limit`, `isLastPage`, `_links`).

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{FromRequestParts, Path, State},
    response::{IntoResponse, Response},
    routing::{MethodFilter, get},
};
use http::{HeaderMap, StatusCode, request::Parts};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Answer, Listing, avatar, no_content, ok,
    paired::{Way, paired_routes},
};
use crate::{
    events::action,
    model::{AccountIx, AccountStatus, Actor, Place, Target, World},
    respond::{Family, iso, jsm_page},
    sim::Sim,
};

pub fn routes() -> Router<Arc<Sim>> {
    let [add, remove] = paired_routes(change_customers, [MethodFilter::POST, MethodFilter::DELETE]);
    Router::new()
        .route("/rest/servicedeskapi/servicedesk", get(service_desks))
        .route("/rest/servicedeskapi/servicedesk/{id}/customer", get(customers).merge(add).merge(remove))
        .route("/rest/servicedeskapi/servicedesk/{id}/organization", get(desk_organizations))
        .route("/rest/servicedeskapi/organization", get(organizations))
        .route("/rest/servicedeskapi/organization/{id}/user", get(organization_users))
}

fn err(status: StatusCode, message: &str) -> Response {
    Family::Jsm.error(status, message)
}

/// A JSM listing request: its [`Listing`] and offsets (JSM caps `limit` at 50 whatever is
/// asked). As an extractor it checks the offsets before the handler runs, as every listing did
/// first.
struct Window {
    listing: Listing,
    start: usize,
    limit: usize,
}

impl Window {
    fn of(listing: Listing) -> Result<Window, Response> {
        let params = &listing.params;
        let start = params.number("start").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?.unwrap_or(0);
        let limit = params.number("limit").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?.unwrap_or(50).clamp(1, 50);
        Ok(Window { listing, start, limit })
    }

    /// The page of `items` the request asked for.
    fn page<T>(&self, items: &[T], to_json: impl Fn(&T) -> Value) -> Response {
        let Window { listing, start, limit } = self;
        let values: Vec<Value> = items.iter().skip(*start).take(*limit).map(to_json).collect();
        let more = start + values.len() < items.len();
        ok(jsm_page(&listing.base, &listing.uri, *start, *limit, values, more))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Window {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Window, Response> {
        Window::of(Listing::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?)
    }
}

/// Customer endpoints are experimental: Atlassian answers them only with `X-ExperimentalApi: opt-in`.
fn experimental(headers: &HeaderMap) -> Result<(), Response> {
    match headers.get("X-ExperimentalApi").and_then(|v| v.to_str().ok()) {
        Some(value) if value.eq_ignore_ascii_case("opt-in") => Ok(()),
        _ => Err(err(
            StatusCode::PRECONDITION_FAILED,
            "This API is experimental. Experimental APIs are not guaranteed to be stable within the preview period. You must set the header 'X-ExperimentalApi: opt-in' to opt into using this API.",
        )),
    }
}

fn user_json(world: &World, ix: AccountIx, base: &str) -> Value {
    let a = world.acc(ix);
    let picture = avatar(&a.id);
    json!({
        "accountId": a.id,
        "emailAddress": a.email,
        "displayName": a.name,
        "active": a.status == AccountStatus::Active,
        "timeZone": a.time_zone,
        "_links": {
            "jiraRest": format!("{base}/rest/api/2/user?accountId={}", a.id),
            "avatarUrls": { "48x48": picture, "24x24": picture, "16x16": picture, "32x32": picture },
            "self": format!("{base}/rest/api/2/user?accountId={}", a.id),
        },
    })
}

fn organization_json(world: &World, o: usize, base: &str) -> Value {
    let org = &world.jsm_orgs[o];
    json!({
        "id": org.id.to_string(),
        "name": org.name,
        "uuid": org.uuid,
        "created": { "iso8601": iso(org.created), "jira": iso(org.created), "friendly": org.created.format("%d/%b/%y").to_string(), "epochMillis": org.created.timestamp_millis() },
        "_links": { "self": format!("{base}/rest/servicedeskapi/organization/{}", org.id) },
    })
}

fn desk(world: &World, id: &str) -> Result<usize, Response> {
    world
        .service_desks
        .iter()
        .position(|d| d.id.to_string() == id || world.projects[d.project].key.eq_ignore_ascii_case(id))
        .ok_or_else(|| err(StatusCode::NOT_FOUND, "The service desk does not exist."))
}

fn organization(world: &World, id: &str) -> Result<usize, Response> {
    world
        .jsm_orgs
        .iter()
        .position(|o| o.id.to_string() == id)
        .ok_or_else(|| err(StatusCode::NOT_FOUND, "The organization does not exist."))
}

async fn service_desks(State(sim): State<Arc<Sim>>, window: Window) -> Response {
    let world = sim.world();
    let base = &window.listing.base;
    window.page(&world.service_desks, |d| {
        let project = &world.projects[d.project];
        json!({
            "id": d.id.to_string(),
            "projectId": project.id.to_string(),
            "projectName": project.name,
            "projectKey": project.key,
            "_links": { "self": format!("{base}/rest/servicedeskapi/servicedesk/{}", d.id) },
        })
    })
}

async fn customers(
    State(sim): State<Arc<Sim>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    listing: Listing,
) -> Answer {
    experimental(&headers)?;
    let window = Window::of(listing)?;
    let world = sim.world();
    let d = desk(&world, &id)?;
    let query = window.listing.params.get("query").map(str::to_lowercase);
    let customers: Vec<AccountIx> = world.service_desks[d]
        .customers
        .iter()
        .copied()
        .filter(|&ix| {
            query.as_ref().is_none_or(|q| {
                world.acc(ix).name.to_lowercase().contains(q) || world.acc(ix).email.to_lowercase().contains(q)
            })
        })
        .collect();
    Ok(window.page(&customers, |&ix| user_json(&world, ix, &window.listing.base)))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountIds {
    #[serde(default)]
    account_ids: Vec<String>,
}

/// Adds accounts to, or removes them from, a service desk's customers (204 either way, as JSM
/// answers even when nothing changes).
fn change_customers(
    sim: &Arc<Sim>,
    (Path(id), headers, Json(body)): (Path<String>, HeaderMap, Json<AccountIds>),
    way: Way,
) -> Answer {
    experimental(&headers)?;
    let (d, accounts) = {
        let world = sim.world();
        let d = desk(&world, &id)?;
        let mut accounts = Vec::new();
        for account_id in &body.account_ids {
            match world.account(account_id) {
                Some(ix) => accounts.push(ix),
                None => return Err(err(StatusCode::BAD_REQUEST, &format!("The account {account_id} does not exist."))),
            }
        }
        if accounts.is_empty() {
            return Err(err(StatusCode::BAD_REQUEST, "accountIds must name at least one account."));
        }
        (d, accounts)
    };
    sim.write_later(move |world| {
        for ix in accounts {
            let changed = match way {
                Way::Grant => world.service_desks[d].customers.insert(ix),
                Way::Withdraw => world.service_desks[d].customers.remove(&ix),
            };
            if changed {
                let what = way.pick(action::CUSTOMER_ADDED, action::CUSTOMER_REMOVED);
                world.record(
                    what,
                    Actor::SiteToken,
                    vec![Target::User(ix), Target::ServiceDesk(d)],
                    Place::Site("jira"),
                );
            }
        }
    });
    Ok(no_content())
}

async fn organizations(State(sim): State<Arc<Sim>>, window: Window) -> Response {
    let world = sim.world();
    let member = window.listing.params.get("accountId").map(|id| world.account(id));
    let orgs: Vec<usize> = (0..world.jsm_orgs.len())
        .filter(|&o| match member {
            None => true,
            Some(None) => false,
            Some(Some(ix)) => world.jsm_orgs[o].members.contains(&ix),
        })
        .collect();
    window.page(&orgs, |&o| organization_json(&world, o, &window.listing.base))
}

async fn desk_organizations(State(sim): State<Arc<Sim>>, Path(id): Path<String>, window: Window) -> Answer {
    let world = sim.world();
    let d = desk(&world, &id)?;
    Ok(window.page(&world.service_desks[d].organizations, |&o| organization_json(&world, o, &window.listing.base)))
}

async fn organization_users(State(sim): State<Arc<Sim>>, Path(id): Path<String>, window: Window) -> Answer {
    let world = sim.world();
    let o = organization(&world, &id)?;
    let members: Vec<AccountIx> = world.jsm_orgs[o].members.iter().copied().collect();
    Ok(window.page(&members, |&ix| user_json(&world, ix, &window.listing.base)))
}
