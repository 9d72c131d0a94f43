//! Jira Cloud platform REST API v3 (`/rest/api/3/...`): projects and their role actors, users,
//! groups and application roles (seats). Offset pages (`startAt`, `maxResults`, `isLast`).

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
    routing::get,
};
use http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Answer, Listing, Params, avatar, no_content, ok};
use crate::{
    events::action,
    model::{AccountIx, AccountStatus, Actor, Place, Principal, Target, World},
    respond::{Family, jira_page},
    sim::{Base, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/rest/api/3/myself", get(myself))
        .route("/rest/api/3/project/search", get(project_search))
        .route("/rest/api/3/project/{project}/role", get(project_roles))
        .route("/rest/api/3/project/{project}/role/{roleId}", get(project_role).post(add_actors).delete(remove_actor))
        .route("/rest/api/3/users/search", get(users_search))
        .route("/rest/api/3/group/member", get(group_members))
        .route("/rest/api/3/group/bulk", get(group_bulk))
        .route("/rest/api/3/group/user", axum::routing::post(add_to_group).delete(remove_from_group))
        .route("/rest/api/3/user/groups", get(user_groups))
        .route("/rest/api/3/applicationrole", get(application_roles))
}

fn err(status: StatusCode, message: &str) -> Response {
    Family::Jira.error(status, message)
}

/// `startAt` and `maxResults`, with Jira's default and cap for the endpoint.
fn offsets(params: &Params, default: usize, cap: usize) -> Result<(usize, usize), Response> {
    let start = params.number("startAt").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?.unwrap_or(0);
    let max = params.number("maxResults").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?.unwrap_or(default).min(cap);
    Ok((start, max))
}

/// One offset page of `all` from `start`: at most `max` items, each written by `item`.
fn page<T>(base: &str, uri: &str, all: &[T], (start, max): (usize, usize), item: impl Fn(&T) -> Value) -> Answer {
    let values = all.iter().skip(start).take(max).map(item).collect();
    Ok(ok(jira_page(base, uri, start, max, all.len(), values)))
}

pub fn user_json(world: &World, ix: AccountIx, base: &str) -> Value {
    let a = world.acc(ix);
    let picture = avatar(&a.id);
    let mut user = json!({
        "self": format!("{base}/rest/api/3/user?accountId={}", a.id),
        "accountId": a.id,
        "accountType": a.kind,
        "avatarUrls": { "48x48": picture, "24x24": picture, "16x16": picture, "32x32": picture },
        "displayName": a.name,
        "active": a.status == AccountStatus::Active,
        "timeZone": a.time_zone,
        "locale": "en_US",
    });
    if !a.email_hidden {
        user["emailAddress"] = json!(a.email);
    }
    user
}

async fn myself(State(sim): State<Arc<Sim>>, Base(base): Base) -> Response {
    let world = sim.world();
    match world.accounts.iter().position(|a| a.email == sim.config.site_email) {
        Some(ix) => ok(user_json(&world, ix as AccountIx, &base)),
        None => err(StatusCode::UNAUTHORIZED, "Client must be authenticated to access this resource."),
    }
}

/// What Jira answers the site account on the roles of a project it may browse but not
/// administer (`--unreadable-projects`). The spec documents only 401 and 404 here; Jira Cloud
/// answers 403 with this message.
fn cannot_administer() -> Response {
    err(StatusCode::FORBIDDEN, "You cannot edit the configuration of this project.")
}

fn principal_target(principal: Principal) -> Target {
    match principal {
        Principal::User(ix) => Target::User(ix),
        Principal::Group(g) => Target::Group(g),
    }
}

/// A project whose roles the site account administers: 404 for an unknown key or id, 403 for
/// one it may browse but not administer.
fn administered_project(world: &World, key_or_id: &str) -> Result<usize, Response> {
    let p = world
        .projects
        .iter()
        .position(|p| p.key.eq_ignore_ascii_case(key_or_id) || p.id.to_string() == key_or_id)
        .ok_or_else(|| err(StatusCode::NOT_FOUND, "No project could be found with key or id."))?;
    if world.projects[p].unreadable {
        return Err(cannot_administer());
    }
    Ok(p)
}

fn project_json(world: &World, p: usize, base: &str) -> Value {
    let project = &world.projects[p];
    json!({
        "self": format!("{base}/rest/api/3/project/{}", project.id),
        "id": project.id.to_string(),
        "key": project.key,
        "name": project.name,
        "projectTypeKey": project.type_key,
        "simplified": false,
        "style": "classic",
        "isPrivate": false,
        "properties": {},
        "avatarUrls": { "48x48": format!("{base}/rest/api/3/universal_avatar/view/type/project/avatar/{}", project.id) },
    })
}

async fn project_search(State(sim): State<Arc<Sim>>, Listing { base, uri, params }: Listing) -> Answer {
    let (start, max) = offsets(&params, 50, 100)?;
    let world = sim.world();
    let keys = params.all("keys");
    let query = params.get("query").map(str::to_lowercase);
    let matching: Vec<usize> = (0..world.projects.len())
        .filter(|&p| keys.as_ref().is_none_or(|k| k.iter().any(|k| k.eq_ignore_ascii_case(&world.projects[p].key))))
        .filter(|&p| {
            query.as_ref().is_none_or(|q| {
                world.projects[p].name.to_lowercase().contains(q) || world.projects[p].key.to_lowercase().contains(q)
            })
        })
        .collect();
    page(&base, &uri, &matching, (start, max), |&p| project_json(&world, p, &base))
}

async fn project_roles(State(sim): State<Arc<Sim>>, Base(base): Base, Path(project): Path<String>) -> Answer {
    let world = sim.world();
    let p = administered_project(&world, &project)?;
    let project = &world.projects[p];
    let roles: serde_json::Map<String, Value> = project
        .roles
        .iter()
        .map(|r| (r.name.to_owned(), json!(format!("{base}/rest/api/3/project/{}/role/{}", project.id, r.id))))
        .collect();
    Ok(ok(Value::Object(roles)))
}

fn role_json(world: &World, p: usize, role_id: u32, base: &str, exclude_inactive: bool) -> Option<Value> {
    let project = &world.projects[p];
    let role = project.roles.iter().find(|r| r.id == role_id)?;
    let actors: Vec<Value> = role
        .actors
        .iter()
        .enumerate()
        .filter(|(_, actor)| match actor {
            Principal::User(ix) => !exclude_inactive || world.acc(*ix).status == AccountStatus::Active,
            Principal::Group(_) => true,
        })
        .map(|(n, actor)| match *actor {
            Principal::User(ix) => {
                let a = world.acc(ix);
                json!({
                    "id": 20_000 + n,
                    "displayName": a.name,
                    "type": "atlassian-user-role-actor",
                    "avatarUrl": avatar(&a.id),
                    "actorUser": { "accountId": a.id },
                })
            }
            Principal::Group(g) => {
                let group = &world.groups[g];
                json!({
                    "id": 20_000 + n,
                    "displayName": group.name,
                    "type": "atlassian-group-role-actor",
                    "name": group.name,
                    "actorGroup": { "name": group.name, "displayName": group.name, "groupId": group.id },
                })
            }
        })
        .collect();
    Some(json!({
        "self": format!("{base}/rest/api/3/project/{}/role/{}", project.id, role.id),
        "name": role.name,
        "id": role.id,
        "description": format!("{} of the project", role.name),
        "actors": actors,
        "scope": { "type": "PROJECT", "project": { "id": project.id.to_string(), "key": project.key, "name": project.name } },
    }))
}

async fn project_role(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((project, role_id)): Path<(String, u32)>,
    Query(params): Query<Params>,
) -> Answer {
    let world = sim.world();
    let p = administered_project(&world, &project)?;
    let role = role_json(&world, p, role_id, &base, params.flag("excludeInactiveUsers") == Some(true));
    Ok(role.map_or_else(|| err(StatusCode::NOT_FOUND, "The project role is not found."), ok))
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Actors {
    user: Vec<String>,
    group_id: Vec<String>,
    group: Vec<String>,
}

async fn add_actors(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((project, role_id)): Path<(String, u32)>,
    Json(body): Json<Actors>,
) -> Answer {
    let mut actors = Vec::new();
    let p = {
        let world = sim.world();
        let p = administered_project(&world, &project)?;
        if !world.projects[p].roles.iter().any(|r| r.id == role_id) {
            return Err(err(StatusCode::NOT_FOUND, "The project role is not found."));
        }
        for id in &body.user {
            match world.account(id) {
                Some(ix) => actors.push(Principal::User(ix)),
                None => return Err(err(StatusCode::BAD_REQUEST, &format!("The user {id} does not exist."))),
            }
        }
        for id in body.group_id.iter().chain(&body.group) {
            match world.group_by_id(id).or_else(|| world.group_by_name(id)) {
                Some(g) => actors.push(Principal::Group(g)),
                None => return Err(err(StatusCode::BAD_REQUEST, &format!("The group {id} does not exist."))),
            }
        }
        p
    };
    sim.change(|world| {
        let mut added = Vec::new();
        if let Some(role) = world.projects[p].roles.iter_mut().find(|r| r.id == role_id) {
            for actor in actors {
                if !role.actors.contains(&actor) {
                    role.actors.push(actor);
                    added.push(actor);
                }
            }
        }
        for actor in added {
            let context = vec![principal_target(actor), Target::Project(p)];
            world.record(action::PROJECT_ROLE_ACTOR_ADDED, Actor::SiteToken, context, Place::Site("jira"));
        }
    });
    let world = sim.world();
    Ok(role_json(&world, p, role_id, &base, false)
        .map_or_else(|| err(StatusCode::NOT_FOUND, "The project role is not found."), ok))
}

async fn remove_actor(
    State(sim): State<Arc<Sim>>,
    Path((project, role_id)): Path<(String, u32)>,
    Query(params): Query<Params>,
) -> Answer {
    let (p, actor) = {
        let world = sim.world();
        let p = administered_project(&world, &project)?;
        let actor = match (params.get("user"), params.get("groupId").or(params.get("group"))) {
            (Some(id), None) => world.account(id).map(Principal::User),
            (None, Some(id)) => world.group_by_id(id).or_else(|| world.group_by_name(id)).map(Principal::Group),
            _ => return Err(err(StatusCode::BAD_REQUEST, "Specify exactly one of user, groupId or group.")),
        };
        let actor = actor.ok_or_else(|| err(StatusCode::NOT_FOUND, "The actor is not found."))?;
        (p, actor)
    };
    let removed = sim.change(|world| {
        let removed = world.projects[p].roles.iter_mut().find(|r| r.id == role_id).is_some_and(|role| {
            let before = role.actors.len();
            role.actors.retain(|a| *a != actor);
            role.actors.len() < before
        });
        if removed {
            let context = vec![principal_target(actor), Target::Project(p)];
            world.record(action::PROJECT_ROLE_ACTOR_REMOVED, Actor::SiteToken, context, Place::Site("jira"));
        }
        removed
    });
    if removed { Ok(no_content()) } else { Err(err(StatusCode::NOT_FOUND, "The actor is not in this project role.")) }
}

/// Every user of the site, a bare array: page until an empty one comes back.
async fn users_search(State(sim): State<Arc<Sim>>, Base(base): Base, Query(params): Query<Params>) -> Answer {
    let (start, max) = offsets(&params, 50, 1_000)?;
    let world = sim.world();
    let users: Vec<Value> =
        (start..world.accounts.len()).take(max).map(|ix| user_json(&world, ix as AccountIx, &base)).collect();
    Ok(ok(Value::Array(users)))
}

fn group_param(world: &World, params: &Params) -> Result<usize, Response> {
    let found = match (params.get("groupId"), params.get("groupname")) {
        (Some(id), _) => world.group_by_id(id),
        (None, Some(name)) => world.group_by_name(name),
        (None, None) => return Err(err(StatusCode::BAD_REQUEST, "groupId or groupname must be given.")),
    };
    found.ok_or_else(|| err(StatusCode::NOT_FOUND, "The group is not found."))
}

async fn group_members(State(sim): State<Arc<Sim>>, Listing { base, uri, params }: Listing) -> Answer {
    let (start, max) = offsets(&params, 50, 50)?;
    let world = sim.world();
    let g = group_param(&world, &params)?;
    let include_inactive = params.flag("includeInactiveUsers") == Some(true);
    let members: Vec<AccountIx> = world.groups[g]
        .members
        .iter()
        .copied()
        .filter(|&ix| include_inactive || world.acc(ix).status == AccountStatus::Active)
        .collect();
    // `UserDetails`, unlike `User`, has no `locale`.
    let details = |ix: AccountIx| {
        let mut user = user_json(&world, ix, &base);
        if let Some(user) = user.as_object_mut() {
            user.remove("locale");
        }
        user
    };
    page(&base, &uri, &members, (start, max), |&ix| details(ix))
}

async fn group_bulk(State(sim): State<Arc<Sim>>, Listing { base, uri, params }: Listing) -> Answer {
    let (start, max) = offsets(&params, 50, 50)?;
    let world = sim.world();
    let ids = params.all("groupId");
    let names = params.all("groupName");
    let groups: Vec<usize> = (0..world.groups.len())
        .filter(|&g| ids.as_ref().is_none_or(|ids| ids.contains(&world.groups[g].id)))
        .filter(|&g| names.as_ref().is_none_or(|n| n.contains(&world.groups[g].name)))
        .collect();
    page(
        &base,
        &uri,
        &groups,
        (start, max),
        |&g| json!({ "name": world.groups[g].name, "groupId": world.groups[g].id }),
    )
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountBody {
    account_id: String,
}

fn group_write_target(world: &World, params: &Params, account_id: &str) -> Result<(usize, AccountIx), Response> {
    let g = group_param(world, params)?;
    if world.groups[g].synced {
        return Err(err(
            StatusCode::BAD_REQUEST,
            "This group is managed by an identity provider and cannot be changed here.",
        ));
    }
    let ix = world.account(account_id).ok_or_else(|| err(StatusCode::NOT_FOUND, "The user is not found."))?;
    Ok((g, ix))
}

async fn add_to_group(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Query(params): Query<Params>,
    Json(body): Json<AccountBody>,
) -> Answer {
    let (g, ix) = group_write_target(&sim.world(), &params, &body.account_id)?;
    sim.write_later(move |world| world.change_membership(g, ix, true, Actor::SiteToken, Place::Site("jira")));
    let world = sim.world();
    let group = &world.groups[g];
    let body = json!({ "name": group.name, "groupId": group.id, "self": format!("{base}/rest/api/3/group?groupId={}", group.id), "expand": "users" });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

async fn remove_from_group(State(sim): State<Arc<Sim>>, Query(params): Query<Params>) -> Answer {
    let Some(account_id) = params.get("accountId").map(str::to_owned) else {
        return Err(err(StatusCode::BAD_REQUEST, "accountId must be given."));
    };
    let (g, ix) = group_write_target(&sim.world(), &params, &account_id)?;
    sim.write_later(move |world| world.change_membership(g, ix, false, Actor::SiteToken, Place::Site("jira")));
    Ok(StatusCode::OK.into_response())
}

async fn user_groups(State(sim): State<Arc<Sim>>, Base(base): Base, Query(params): Query<Params>) -> Response {
    let world = sim.world();
    let Some(ix) = params.get("accountId").and_then(|id| world.account(id)) else {
        return err(StatusCode::NOT_FOUND, "The user is not found.");
    };
    let groups: Vec<Value> = world
        .groups_of(ix)
        .map(|g| json!({ "name": world.groups[g].name, "groupId": world.groups[g].id, "self": format!("{base}/rest/api/3/group?groupId={}", world.groups[g].id) }))
        .collect();
    ok(Value::Array(groups))
}

/// Seats of the Jira family products, counted from the same access rules as everything else.
async fn application_roles(State(sim): State<Arc<Sim>>) -> Response {
    let world = sim.world();
    let usage = world.usage();
    let roles: Vec<Value> = world
        .products
        .iter()
        .enumerate()
        .filter(|(_, p)| p.type_key.starts_with("jira"))
        .map(|(i, p)| {
            let groups: Vec<&crate::model::Group> = world.groups.iter().filter(|g| g.roles.iter().any(|(x, _)| *x == i)).collect();
            let seats = p.capacity.map_or(-1, i64::from);
            json!({
                "key": p.type_key,
                "name": p.name,
                "groups": groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(),
                "groupDetails": groups.iter().map(|g| json!({ "name": g.name, "groupId": g.id })).collect::<Vec<_>>(),
                "defaultGroups": groups.first().map(|g| vec![g.name.as_str()]).unwrap_or_default(),
                "defaultGroupsDetails": groups.first().map(|g| vec![json!({ "name": g.name, "groupId": g.id })]).unwrap_or_default(),
                "selectedByDefault": false,
                "defined": true,
                "numberOfSeats": seats,
                "remainingSeats": if seats < 0 { -1 } else { seats - usage[i] as i64 },
                "userCount": usage[i],
                "userCountDescription": "users",
                "hasUnlimitedSeats": p.capacity.is_none(),
                "platform": false,
            })
        })
        .collect();
    ok(Value::Array(roles))
}
