//! The simulator's own endpoints (not Atlassian's): counters for benchmarks, and switches that
//! make the admin key expire, lose scopes or be revoked. Served on loopback only, like the rest.

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{State, rejection::JsonRejection},
    response::Response,
    routing::{get, post, put},
};
use serde::Deserialize;
use serde_json::json;

use super::{no_content, ok};
use crate::{
    config::SiteFamily,
    events::action,
    model::{AccountKind, AccountStatus, Actor, Membership, Place, Principal, Target},
    respond::Family,
    sim::{KeyState, ScriptedAnswer, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/__sim/info", get(info))
        .route("/__sim/accounts", get(accounts))
        .route("/__sim/counters", get(counters))
        .route("/__sim/changes", get(changes))
        .route("/__sim/counters/reset", post(reset))
        .route("/__sim/admin-key", put(set_key))
        .route("/__sim/admin-change", post(admin_change))
        .route("/__sim/failing-family", put(set_failing).get(failing))
        .route("/__sim/unreadable", put(set_unreadable))
        .route("/__sim/next-write-answer", post(next_write_answer))
        .route("/__sim/outage", put(set_outage).delete(end_outage))
}

async fn info(State(sim): State<Arc<Sim>>) -> Response {
    let world = sim.world();
    ok(json!({
        "orgId": world.org_id,
        "orgName": world.org_name,
        "cloudId": world.cloud_id,
        "accounts": world.accounts.len(),
        "groups": world.groups.len(),
        "projects": world.projects.len(),
        "spaces": world.spaces.len(),
        "serviceDesks": world.service_desks.len(),
        "siteUrl": world.site_url,
        "products": world.products.iter().map(|p| p.type_key).collect::<Vec<_>>(),
        "unreadableProjects": world.projects.iter().filter(|p| p.unreadable).map(|p| json!({ "id": p.id.to_string(), "key": p.key })).collect::<Vec<_>>(),
        "unreadableSpaces": world.spaces.iter().filter(|s| s.unreadable).map(|s| json!({ "id": s.id.to_string(), "key": s.key })).collect::<Vec<_>>(),
        "noExperimental": sim.config.no_experimental,
        "failingFamilies": sim.failing_families(),
        "events": world.events.len(),
        "forge": {
            "appId": sim.forge.app_id,
            "installationId": sim.forge.installation_id,
            "jwksPath": "/.well-known/jwks.json",
        },
    }))
}

/// Every account as the org holds it now, with what follows from the model (product access,
/// memberships): the ground truth browser tests compute their expected numbers from.
async fn accounts(State(sim): State<Arc<Sim>>) -> Response {
    let world = sim.world();
    let products: Vec<_> =
        world.products.iter().map(|p| json!({ "key": p.type_key, "name": p.name, "capacity": p.capacity })).collect();
    let usage = world.usage();
    let holds = |principal: &Principal, ix: u32| match *principal {
        Principal::User(u) => u == ix,
        Principal::Group(g) => world.groups[g].members.contains(&ix),
    };
    let accounts: Vec<_> = (0..world.accounts.len() as u32)
        .map(|ix| {
            let a = world.acc(ix);
            let access: Vec<_> = world
                .product_access(ix)
                .into_iter()
                .map(|p| json!({ "key": world.products[p].type_key, "lastActive": a.last_active(p) }))
                .collect();
            let desks: Vec<u32> =
                world.service_desks.iter().filter(|d| d.customers.contains(&ix)).map(|d| d.id).collect();
            let jsm_orgs: Vec<u32> = world.jsm_orgs.iter().filter(|o| o.members.contains(&ix)).map(|o| o.id).collect();
            // Project roles and space roles held directly or through a group.
            let projects: Vec<u32> = world
                .projects
                .iter()
                .filter(|p| p.roles.iter().any(|r| r.actors.iter().any(|actor| holds(actor, ix))))
                .map(|p| p.id)
                .collect();
            let spaces: Vec<u64> = world
                .spaces
                .iter()
                .filter(|s| s.assignments.iter().any(|(principal, _)| holds(principal, ix)))
                .map(|s| s.id)
                .collect();
            json!({
                "accountId": a.id,
                "name": a.name,
                // Org admins see every e-mail through the admin API; profile visibility only
                // hides it from the product APIs.
                "email": a.email,
                "emailHidden": a.email_hidden,
                "kind": a.kind,
                "status": a.admin_status(),
                "orgUser": a.directory.is_some(),
                "managed": a.managed,
                "scim": a.synced,
                "orgAdmin": a.org_admin,
                "access": access,
                "lastActive": a.activity.iter().map(|(_, at)| *at).max(),
                "groups": a
                    .groups
                    .iter()
                    .map(|&g| json!({ "id": world.groups[g].id, "name": world.groups[g].name }))
                    .collect::<Vec<_>>(),
                "serviceDesks": desks,
                "jsmOrganizations": jsm_orgs,
                "projects": projects,
                "spaces": spaces,
            })
        })
        .collect();
    ok(json!({ "orgId": world.org_id, "products": products, "usage": usage, "accounts": accounts }))
}

async fn counters(State(sim): State<Arc<Sim>>) -> Response {
    ok(serde_json::to_value(sim.counters()).unwrap_or_default())
}

/// Every write carried out (method, path, status, trace id), oldest first: how tests prove that
/// nothing was applied twice.
async fn changes(State(sim): State<Arc<Sim>>) -> Response {
    ok(json!({ "changes": sim.changes() }))
}

async fn reset(State(sim): State<Arc<Sim>>) -> Response {
    sim.reset_counters();
    no_content()
}

#[derive(Deserialize)]
struct KeyBody {
    #[serde(default)]
    expired: bool,
    #[serde(default)]
    revoked: bool,
    scopes: Option<Vec<String>>,
}

async fn set_key(State(sim): State<Arc<Sim>>, Json(body): Json<KeyBody>) -> Response {
    sim.set_key_state(KeyState { expired: body.expired, revoked: body.revoked, scopes: body.scopes });
    no_content()
}

fn bad_request(message: &str) -> Response {
    Family::Control.error(http::StatusCode::BAD_REQUEST, message)
}

fn not_found(message: &str) -> Response {
    Family::Control.error(http::StatusCode::NOT_FOUND, message)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AdminChange {
    action: String,
    account_id: String,
    group_id: Option<String>,
    actor: Option<String>,
}

/// A change an org admin makes in admin.atlassian.com, outside the product: applied to the
/// model as the API would apply it (so product access, seats and status follow in every API),
/// and recorded in the audit log with that admin as the actor, signed in through a browser.
async fn admin_change(State(sim): State<Arc<Sim>>, body: Result<Json<AdminChange>, JsonRejection>) -> Response {
    let change = match body {
        Ok(Json(change)) => change,
        Err(rejection) => {
            return bad_request(&format!(
                "expected {{\"action\", \"accountId\", \"groupId\"?, \"actor\"?}}: {}",
                rejection.body_text()
            ));
        }
    };
    let result = sim.change(|world| {
        let actor = match change.actor.as_deref() {
            None => world.first_admin().ok_or_else(|| not_found("the org has no admin to act"))?,
            Some(id) => {
                let ix = world.account(id).ok_or_else(|| not_found(&format!("no account {id} (actor)")))?;
                if !world.acc(ix).org_admin {
                    return Err(bad_request(&format!("the actor {id} is not an org admin")));
                }
                ix
            }
        };
        let ix = world
            .account(&change.account_id)
            .filter(|&ix| world.acc(ix).directory.is_some() && world.acc(ix).kind == AccountKind::Atlassian)
            .ok_or_else(|| not_found(&format!("no org user {}", change.account_id)))?;
        let group = match (change.action.as_str(), change.group_id.as_deref()) {
            ("add_to_group" | "remove_from_group", None) => {
                return Err(bad_request("groupId is required to add to or remove from a group"));
            }
            ("add_to_group" | "remove_from_group", Some(id)) => {
                let g = world.group_by_id(id).ok_or_else(|| not_found(&format!("no group {id}")))?;
                if world.groups[g].synced {
                    return Err(bad_request("the group is synced from an identity provider; change it there"));
                }
                if world.groups[g].directory != world.acc(ix).directory.unwrap_or_default() {
                    return Err(bad_request("the user and the group are in different directories"));
                }
                Some(g)
            }
            (_, Some(_)) => return Err(bad_request("groupId applies only to add_to_group and remove_from_group")),
            (_, None) => None,
        };
        let account = world.acc_mut(ix);
        let (what, context) = match (change.action.as_str(), group) {
            ("deactivate", _) if !account.managed => {
                return Err(bad_request("only managed accounts (on a verified domain) can be deactivated"));
            }
            ("deactivate" | "reactivate", _) if account.status == AccountStatus::Closed => {
                return Err(bad_request("the account is deleted"));
            }
            ("deactivate", _) => {
                account.status = AccountStatus::Inactive;
                account.deactivated_on = Some(chrono::Utc::now());
                (action::USER_DEACTIVATED, vec![Target::User(ix)])
            }
            ("reactivate", _) => {
                account.status = AccountStatus::Active;
                account.deactivated_on = None;
                (action::USER_REACTIVATED, vec![Target::User(ix)])
            }
            ("suspend", _) => {
                account.membership = Membership::Suspended;
                (action::USER_SUSPENDED, vec![Target::User(ix)])
            }
            ("restore", _) => {
                account.membership = Membership::Active;
                (action::USER_RESTORED, vec![Target::User(ix)])
            }
            ("add_to_group", Some(g)) => {
                world.add_member(g, ix);
                (action::USER_ADDED_TO_GROUP, vec![Target::User(ix), Target::Group(g)])
            }
            ("remove_from_group", Some(g)) => {
                world.remove_member(g, ix);
                (action::USER_REMOVED_FROM_GROUP, vec![Target::User(ix), Target::Group(g)])
            }
            (other, _) => {
                return Err(bad_request(&format!(
                    "unknown action '{other}': expected deactivate, reactivate, suspend, restore, add_to_group or remove_from_group"
                )));
            }
        };
        Ok(world.record(what, Actor::Admin(actor), context, Place::Org))
    });
    match result {
        Ok(event_id) => ok(json!({ "eventId": event_id })),
        Err(response) => response,
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Failing {
    families: Vec<String>,
}

/// Makes exactly the named site families (`jira`, `jsm`, `confluence`) answer 503 to every
/// request from now on; an empty list heals them.
async fn set_failing(State(sim): State<Arc<Sim>>, body: Result<Json<Failing>, JsonRejection>) -> Response {
    let names = match body {
        Ok(Json(body)) => body.families,
        Err(rejection) => return bad_request(&format!("expected {{\"families\": [...]}}: {}", rejection.body_text())),
    };
    let mut families = Vec::new();
    for name in &names {
        match SiteFamily::parse(name) {
            Ok(family) if !families.contains(&family) => families.push(family),
            Ok(_) => {}
            Err(message) => return bad_request(&message),
        }
    }
    sim.set_failing_families(families);
    failing(State(sim)).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutageRequest {
    paths: Vec<String>,
    answer: serde_json::Value,
}

/// Starts an outage: requests to exactly these paths answer nothing, or the status given, until
/// `DELETE /__sim/outage`. Answers with the outage now in force.
async fn set_outage(State(sim): State<Arc<Sim>>, body: Result<Json<OutageRequest>, JsonRejection>) -> Response {
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => {
            return bad_request(&format!("expected {{\"paths\": [...], \"answer\": ...}}: {}", rejection.body_text()));
        }
    };
    let answer = match crate::outage::OutageAnswer::parse(&request.answer) {
        Ok(answer) => answer,
        Err(message) => return bad_request(&message),
    };
    if request.paths.is_empty() || request.paths.iter().any(|p| !p.starts_with('/') || p.starts_with("/__sim/")) {
        return bad_request("paths must be Atlassian paths starting with /");
    }
    sim.outage.set(Some((request.paths.clone(), answer)));
    ok(json!({ "paths": request.paths, "answer": request.answer }))
}

async fn end_outage(State(sim): State<Arc<Sim>>) -> Response {
    sim.outage.set(None);
    no_content()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Unreadable {
    #[serde(default)]
    projects: usize,
    #[serde(default)]
    spaces: usize,
}

/// `{"projects": N, "spaces": M}`: from now on the site account may list but not read the last N
/// projects and M spaces (as `--unreadable-projects` and `--unreadable-spaces`); zeros undo it.
async fn set_unreadable(State(sim): State<Arc<Sim>>, body: Result<Json<Unreadable>, JsonRejection>) -> Response {
    match body {
        Ok(Json(Unreadable { projects, spaces })) => {
            sim.set_unreadable(projects, spaces);
            info(State(sim)).await
        }
        Err(rejection) => {
            bad_request(&format!("expected {{\"projects\": N, \"spaces\": N}}: {}", rejection.body_text()))
        }
    }
}

async fn failing(State(sim): State<Arc<Sim>>) -> Response {
    ok(json!({ "families": sim.failing_families() }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NextWriteAnswer {
    path_contains: String,
    status: u16,
    body: serde_json::Value,
}

/// `{"pathContains": "...", "status": 400, "body": {...}}`: the next write whose path contains
/// the text is not carried out and gets this answer instead (once).
async fn next_write_answer(
    State(sim): State<Arc<Sim>>,
    body: Result<Json<NextWriteAnswer>, JsonRejection>,
) -> Response {
    let answer = match body {
        Ok(Json(answer)) => answer,
        Err(rejection) => {
            return bad_request(&format!(
                "expected {{\"pathContains\", \"status\", \"body\"}}: {}",
                rejection.body_text()
            ));
        }
    };
    let Ok(status) = http::StatusCode::from_u16(answer.status) else {
        return bad_request("status must be an HTTP status code");
    };
    if answer.path_contains.is_empty() {
        return bad_request("pathContains must not be empty");
    }
    sim.script_next_write(ScriptedAnswer { path_contains: answer.path_contains, status, body: answer.body });
    no_content()
}
