//! Confluence: v2 spaces, space permissions and role assignments, bulk user lookup (cursor pages
//! with `_links.next` and a `Link` header); v1 groups and their members (offset pages).

use std::sync::{Arc, RwLockReadGuard};

use axum::{
    Json, Router,
    extract::{OriginalUri, Path, Query, State},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use http::{HeaderValue, StatusCode, header};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Answer, Listing, Params, avatar, ok};
use crate::{
    model::{AccountIx, AccountKind, AccountStatus, Actor, Place, Principal, World},
    respond::{Family, decode_cursor, encode_cursor, iso, jsm_page, with_param},
    sim::{Base, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/wiki/api/v2/spaces", get(spaces))
        .route("/wiki/api/v2/spaces/{id}/permissions", get(space_permissions))
        .route("/wiki/api/v2/spaces/{id}/role-assignments", get(space_role_assignments))
        .route("/wiki/api/v2/space-roles", get(space_roles))
        .route("/wiki/api/v2/users-bulk", post(users_bulk))
        .route("/wiki/rest/api/group", get(groups))
        .route("/wiki/rest/api/group/{groupId}/membersByGroupId", get(group_members))
        .route("/wiki/rest/api/group/userByGroupId", post(add_to_group).delete(remove_from_group))
}

fn err(status: StatusCode, message: &str) -> Response {
    Family::ConfluenceV2.error(status, message)
}

fn err_v1(status: StatusCode, message: &str) -> Response {
    Family::ConfluenceV1.error(status, message)
}

/// One v2 cursor page: `results`, `_links.next` (relative, as Confluence sends it) and `Link`.
fn cursor_page(base: &str, uri: &str, items: Vec<Value>, next_after: Option<usize>) -> Response {
    let mut links = json!({ "base": format!("{base}/wiki") });
    let next = next_after.map(|after| with_param(uri, "cursor", encode_cursor(&after)));
    if let Some(next) = &next {
        links["next"] = json!(next);
    }
    let mut response = ok(json!({ "results": items, "_links": links }));
    if let Some(link) = next.and_then(|next| HeaderValue::from_str(&format!("<{next}>; rel=\"next\"")).ok()) {
        response.headers_mut().insert(header::LINK, link);
    }
    response
}

/// `limit` (1 to `cap`) and the position after the cursor.
fn cursor_args(params: &Params, default: usize, cap: usize) -> Result<(usize, usize), Response> {
    let limit = params.number("limit").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?.unwrap_or(default);
    if !(1..=cap).contains(&limit) {
        return Err(err(StatusCode::BAD_REQUEST, &format!("limit must be between 1 and {cap}")));
    }
    let start = match params.get("cursor") {
        None => 0,
        Some(token) => decode_cursor::<usize>(token).ok_or_else(|| err(StatusCode::BAD_REQUEST, "Invalid cursor"))?,
    };
    Ok((limit, start))
}

/// One v2 cursor page of `all` from `start`: at most `limit` items, each written by `item` with
/// its position in `all`.
fn cursor_page_of<T>(
    base: &str,
    uri: &str,
    all: &[T],
    (limit, start): (usize, usize),
    item: impl Fn(usize, &T) -> Value,
) -> Response {
    let items: Vec<Value> = all.iter().enumerate().skip(start).take(limit).map(|(n, x)| item(n, x)).collect();
    let next = (start + items.len() < all.len()).then_some(start + items.len());
    cursor_page(base, uri, items, next)
}

/// A listing of one space's permissions: the page asked for, the org, and the space, if the site
/// account may read its permissions (404 for an unknown id, 403 for one it may list but not read).
struct SpaceListing<'a> {
    page: (usize, usize),
    world: RwLockReadGuard<'a, World>,
    space: usize,
}

fn space_listing<'a>(sim: &'a Sim, id: &str, params: &Params) -> Result<SpaceListing<'a>, Response> {
    let page = cursor_args(params, 25, 250)?;
    let world = sim.world();
    let space = readable_space(&world, id)?;
    Ok(SpaceListing { page, world, space })
}

fn readable_space(world: &World, id: &str) -> Result<usize, Response> {
    let s = world
        .spaces
        .iter()
        .position(|s| s.id.to_string() == id)
        .ok_or_else(|| err(StatusCode::NOT_FOUND, "Space not found"))?;
    if world.spaces[s].unreadable {
        return Err(err(StatusCode::FORBIDDEN, "You do not have permission to view the permissions of this space."));
    }
    Ok(s)
}

async fn spaces(State(sim): State<Arc<Sim>>, Listing { base, uri, params }: Listing) -> Answer {
    let page = cursor_args(&params, 25, 250)?;
    let world = sim.world();
    let keys = params.all("keys");
    let ids = params.all("ids");
    let wanted_type = params.get("type");
    let matching: Vec<usize> = (0..world.spaces.len())
        .filter(|&s| keys.as_ref().is_none_or(|k| k.contains(&world.spaces[s].key)))
        .filter(|&s| ids.as_ref().is_none_or(|i| i.contains(&world.spaces[s].id.to_string())))
        .filter(|_| wanted_type.is_none_or(|t| t == "global"))
        .filter(|_| params.get("status").is_none_or(|s| s == "current"))
        .collect();
    Ok(cursor_page_of(&base, &uri, &matching, page, |_, &s| {
        let space = &world.spaces[s];
        json!({
            "id": space.id.to_string(),
            "key": space.key,
            "name": space.name,
            "type": "global",
            "status": "current",
            "authorId": world.acc(space.author).id,
            "createdAt": iso(space.created_at),
            "homepageId": (space.id + 1).to_string(),
            "_links": { "webui": format!("/spaces/{}", space.key) },
        })
    }))
}

fn principal_json(world: &World, principal: Principal, v2_upper: bool) -> (String, String) {
    let (kind, id) = match principal {
        Principal::User(ix) => ("user", world.acc(ix).id.clone()),
        Principal::Group(g) => ("group", world.groups[g].id.clone()),
    };
    (if v2_upper { kind.to_uppercase() } else { kind.to_owned() }, id)
}

async fn space_permissions(
    State(sim): State<Arc<Sim>>,
    Path(id): Path<String>,
    Listing { base, uri, params }: Listing,
) -> Answer {
    let SpaceListing { page, world, space: s } = space_listing(&sim, &id, &params)?;
    // Each role assignment expands to the space permissions its role carries, so the principals
    // listed here are exactly those of the role assignments.
    let mut permissions = Vec::new();
    for (principal, role) in &world.spaces[s].assignments {
        for operation in role_operations(world.space_roles[*role].name) {
            permissions.push((*principal, *operation));
        }
    }
    Ok(cursor_page_of(&base, &uri, &permissions, page, |n, (principal, operation)| {
        let (kind, principal_id) = principal_json(&world, *principal, false);
        json!({
            "id": (world.spaces[s].id * 1_000 + n as u64).to_string(),
            "principal": { "type": kind, "id": principal_id },
            "operation": { "key": operation.0, "targetType": operation.1 },
        })
    }))
}

/// The space permissions (operation, target type) each of the simulator's space roles carries.
pub fn role_operations(role: &str) -> &'static [(&'static str, &'static str)] {
    match role {
        "Admin" => &[
            ("read", "space"),
            ("administer", "space"),
            ("export", "space"),
            ("restrict_content", "space"),
            ("create", "page"),
            ("create", "blogpost"),
            ("create", "comment"),
            ("delete", "page"),
        ],
        "Collaborator" => &[("read", "space"), ("create", "page"), ("create", "blogpost"), ("create", "comment")],
        _ => &[("read", "space"), ("create", "comment")],
    }
}

async fn space_role_assignments(
    State(sim): State<Arc<Sim>>,
    Path(id): Path<String>,
    Listing { base, uri, params }: Listing,
) -> Answer {
    let SpaceListing { page, world, space: s } = space_listing(&sim, &id, &params)?;
    let role_filter = params.get("role-id");
    let principal_type = params.get("principal-type").map(str::to_uppercase);
    let principal_id = params.get("principal-id");
    let assignments: Vec<(String, String, String)> = world.spaces[s]
        .assignments
        .iter()
        .map(|(principal, role)| {
            let (kind, id) = principal_json(&world, *principal, true);
            (kind, id, world.space_roles[*role].id.clone())
        })
        .filter(|(_, _, role)| role_filter.is_none_or(|r| r == role))
        .filter(|(kind, _, _)| principal_type.as_ref().is_none_or(|t| t == kind))
        .filter(|(_, id, _)| principal_id.is_none_or(|p| p == id))
        .collect();
    Ok(cursor_page_of(
        &base,
        &uri,
        &assignments,
        page,
        |_, (kind, id, role)| json!({ "principal": { "principalType": kind, "principalId": id }, "roleId": role }),
    ))
}

async fn space_roles(State(sim): State<Arc<Sim>>, Base(base): Base, OriginalUri(uri): OriginalUri) -> Response {
    let world = sim.world();
    let items = world
        .space_roles
        .iter()
        .map(|r| json!({ "id": r.id, "type": "SYSTEM", "name": r.name, "description": format!("{} of the space", r.name), "spacePermissions": [] }))
        .collect();
    cursor_page(&base, &uri.to_string(), items, None)
}

fn v2_user(world: &World, ix: AccountIx) -> Value {
    let a = world.acc(ix);
    json!({
        "accountId": a.id,
        "accountStatus": a.status,
        "accountType": a.kind,
        "displayName": a.name,
        "publicName": a.nickname,
        "email": if a.email_hidden { String::new() } else { a.email.clone() },
        "isExternalCollaborator": !a.managed && a.kind == AccountKind::Atlassian,
        "timeZone": a.time_zone,
        "profilePicture": { "path": avatar(&a.id), "width": 48, "height": 48, "isDefault": true },
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountIds {
    account_ids: Vec<String>,
}

async fn users_bulk(State(sim): State<Arc<Sim>>, Base(base): Base, Json(body): Json<AccountIds>) -> Response {
    if body.account_ids.is_empty() || body.account_ids.len() > 250 {
        return err(StatusCode::BAD_REQUEST, "accountIds must name between 1 and 250 accounts");
    }
    let world = sim.world();
    let results: Vec<Value> =
        body.account_ids.iter().filter_map(|id| world.account(id)).map(|ix| v2_user(&world, ix)).collect();
    ok(json!({ "results": results, "_links": { "base": format!("{base}/wiki") } }))
}

fn v1_offsets(params: &Params, cap: usize) -> Result<(usize, usize), Response> {
    let start = params.number("start").map_err(|m| err_v1(StatusCode::BAD_REQUEST, &m))?.unwrap_or(0);
    let limit = params.number("limit").map_err(|m| err_v1(StatusCode::BAD_REQUEST, &m))?.unwrap_or(cap).clamp(1, cap);
    Ok((start, limit))
}

/// Confluence v1 pages call their items `results`.
fn v1_page(
    base: &str,
    uri: &str,
    start: usize,
    limit: usize,
    values: Vec<Value>,
    more: bool,
    total: Option<usize>,
) -> Response {
    let mut page = jsm_page(&format!("{base}/wiki"), uri.trim_start_matches("/wiki"), start, limit, Vec::new(), more);
    let object = page.as_object_mut();
    if let Some(object) = object {
        object.remove("values");
        object.remove("isLastPage");
        object.insert("size".into(), json!(values.len()));
        object.insert("results".into(), Value::Array(values));
        if let Some(total) = total {
            object.insert("totalSize".into(), json!(total));
        }
    }
    ok(page)
}

async fn groups(State(sim): State<Arc<Sim>>, Listing { base, uri, params }: Listing) -> Answer {
    let (start, limit) = v1_offsets(&params, 200)?;
    let world = sim.world();
    let values: Vec<Value> = world
        .groups
        .iter()
        .skip(start)
        .take(limit)
        .map(|g| json!({ "type": "group", "name": g.name, "id": g.id }))
        .collect();
    let more = start + values.len() < world.groups.len();
    Ok(v1_page(&base, &uri, start, limit, values, more, None))
}

fn v1_user(world: &World, ix: AccountIx) -> Value {
    let a = world.acc(ix);
    json!({
        "type": "known",
        "accountId": a.id,
        "accountType": a.kind,
        "email": if a.email_hidden { String::new() } else { a.email.clone() },
        "publicName": a.nickname,
        "displayName": a.name,
        "isExternalCollaborator": !a.managed && a.kind == AccountKind::Atlassian,
        "accountStatus": if a.status == AccountStatus::Active { "active" } else { "inactive" },
        "profilePicture": { "path": avatar(&a.id), "width": 48, "height": 48, "isDefault": true },
    })
}

async fn group_members(
    State(sim): State<Arc<Sim>>,
    Path(group_id): Path<String>,
    Listing { base, uri, params }: Listing,
) -> Answer {
    let (start, limit) = v1_offsets(&params, 200)?;
    let world = sim.world();
    let g = world.group_by_id(&group_id).ok_or_else(|| err_v1(StatusCode::NOT_FOUND, "No group found with this id"))?;
    let members = &world.groups[g].members;
    let values: Vec<Value> = members.iter().skip(start).take(limit).map(|&ix| v1_user(&world, ix)).collect();
    let more = start + values.len() < members.len();
    let total = (params.flag("shouldReturnTotalSize") == Some(true)).then_some(members.len());
    Ok(v1_page(&base, &uri, start, limit, values, more, total))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccountBody {
    account_id: String,
}

fn group_target(world: &World, params: &Params, account_id: Option<&str>) -> Result<(usize, AccountIx), Response> {
    let g = params
        .get("groupId")
        .and_then(|id| world.group_by_id(id))
        .ok_or_else(|| err_v1(StatusCode::NOT_FOUND, "No group found with this id"))?;
    if world.groups[g].synced {
        return Err(err_v1(StatusCode::FORBIDDEN, "This group is managed by an identity provider."));
    }
    let ix = account_id
        .and_then(|id| world.account(id))
        .ok_or_else(|| err_v1(StatusCode::NOT_FOUND, "No user found with this accountId"))?;
    Ok((g, ix))
}

async fn add_to_group(
    State(sim): State<Arc<Sim>>,
    Query(params): Query<Params>,
    Json(body): Json<AccountBody>,
) -> Answer {
    let (g, ix) = group_target(&sim.world(), &params, Some(&body.account_id))?;
    sim.write_later(move |world| world.change_membership(g, ix, true, Actor::SiteToken, Place::Site("confluence")));
    Ok(StatusCode::CREATED.into_response())
}

async fn remove_from_group(State(sim): State<Arc<Sim>>, Query(params): Query<Params>) -> Answer {
    let (g, ix) = group_target(&sim.world(), &params, params.get("accountId"))?;
    sim.write_later(move |world| world.change_membership(g, ix, false, Actor::SiteToken, Place::Site("confluence")));
    Ok(StatusCode::NO_CONTENT.into_response())
}
