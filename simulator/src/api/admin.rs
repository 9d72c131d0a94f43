//! The organization admin API: `/admin/v1/...` and `/admin/v2/...` on api.atlassian.com.
//! Read endpoints follow the saved spec; the v2 writes (`users/search`, suspend/restore, group
//! memberships and role assignments, `groups/search`) are not in it and follow ENDPOINTS.md [JJS].

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
    routing::{delete, get, post},
};
use http::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Params, avatar, iso, no_content, ok};
use crate::{
    events::{Actor, Place, Target, action},
    model::{AccountIx, AccountKind, AccountStatus, Membership, ORG_ADMIN_ROLE, World},
    respond::{Family, decode_cursor, encode_cursor, take_page},
    sim::{Base, Sim},
};

pub fn routes() -> Router<Arc<Sim>> {
    let v2 = "/admin/v2/orgs/{orgId}/directories/{directoryId}";
    Router::new()
        .route("/admin/v1/orgs", get(orgs))
        .route("/admin/v1/orgs/{orgId}", get(org))
        .route("/admin/v1/orgs/{orgId}/users", get(v1_users))
        .route("/admin/v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates", get(last_active_dates))
        .route("/admin/v1/orgs/{orgId}/users/{accountId}/roles/assign", post(assign_user_role))
        .route("/admin/v1/orgs/{orgId}/users/{accountId}/roles/revoke", post(revoke_user_role))
        .route("/admin/v1/orgs/{orgId}/users/{accountId}/role-assignments/assign", post(assign_org_role))
        .route("/admin/v1/orgs/{orgId}/users/{accountId}/role-assignments/revoke", post(revoke_org_role))
        .route("/admin/v2/orgs/{orgId}/directories", get(directories))
        .route("/admin/v2/orgs/{orgId}/workspaces", post(workspaces))
        .route(&format!("{v2}/users"), get(list_users))
        .route(&format!("{v2}/users/search"), post(search_users))
        .route(&format!("{v2}/users/count"), get(count_users))
        .route(&format!("{v2}/users/stats"), get(user_stats))
        .route(&format!("{v2}/users/{{accountId}}"), get(user_details))
        .route(&format!("{v2}/users/{{accountId}}/role-assignments"), get(user_role_assignments))
        .route(&format!("{v2}/users/{{accountId}}/suspend"), post(suspend))
        .route(&format!("{v2}/users/{{accountId}}/restore"), post(restore))
        .route(&format!("{v2}/groups"), get(list_groups))
        .route(&format!("{v2}/groups/search"), post(search_groups))
        .route(&format!("{v2}/groups/stats"), get(group_stats))
        .route(&format!("{v2}/groups/{{groupId}}"), get(group_details))
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments"), get(group_role_assignments))
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments/assign"), post(assign_group_role))
        .route(&format!("{v2}/groups/{{groupId}}/role-assignments/revoke"), post(revoke_group_role))
        .route(&format!("{v2}/groups/{{groupId}}/memberships"), post(add_membership))
        .route(&format!("{v2}/groups/{{groupId}}/memberships/{{accountId}}"), delete(remove_membership))
}

fn err(status: StatusCode, message: &str) -> Response {
    Family::Admin.error(status, message)
}

fn not_found(what: &str) -> Response {
    err(StatusCode::NOT_FOUND, &format!("{what} not found"))
}

/// Checks the org id, and the directory id unless it is `-` (every directory the key manages).
fn scope(world: &World, org_id: &str, directory: Option<&str>) -> Result<Option<usize>, Response> {
    if org_id != world.org_id {
        return Err(org_not_found());
    }
    match directory {
        None | Some("-") => Ok(None),
        Some(id) => world.directories.iter().position(|d| d.id == id).map(Some).ok_or_else(|| not_found("Directory")),
    }
}

/// Writes name the directory they change: `-` ("every directory") is not one, and Atlassian
/// answers it as an unknown directory. The real id comes from `GET .../directories?accountId=`.
fn named_directory(directory: &str) -> Result<(), Response> {
    if directory == "-" { Err(not_found("Directory")) } else { Ok(()) }
}

fn limit(requested: Option<usize>) -> Result<usize, Response> {
    match requested.unwrap_or(20) {
        n @ 1..=100 => Ok(n),
        _ => Err(err(StatusCode::BAD_REQUEST, "limit must be between 1 and 100")),
    }
}

/// An error with one of the codes the spec pins down (`Error.*.Model`), rather than the generic one.
fn coded(status: StatusCode, code: &str, title: &str, detail: &str) -> Response {
    let mut response = err(status, detail);
    *response.body_mut() = axum::body::Body::from(
        json!({"errors": [{"id": format!("sim-{}", status.as_u16()), "status": status.as_u16().to_string(), "code": code, "title": title, "detail": detail}]})
            .to_string(),
    );
    response
}

fn bad_cursor() -> Response {
    coded(StatusCode::BAD_REQUEST, "ADMIN-400-1", "Invalid page cursor", "The cursor is not valid for this request.")
}

/// `Error.OrgNotFound.Model`: code `ADMIN-404-2`.
fn org_not_found() -> Response {
    coded(StatusCode::NOT_FOUND, "ADMIN-404-2", "Organization not found", "Organization not found")
}

// ----- organisation -----

async fn orgs(State(sim): State<Arc<Sim>>, Base(base): Base) -> Response {
    let world = sim.world();
    ok(json!({ "data": [org_json(&world, &base)], "links": { "self": format!("{base}/admin/v1/orgs") } }))
}

async fn org(State(sim): State<Arc<Sim>>, Base(base): Base, Path(org_id): Path<String>) -> Response {
    let world = sim.world();
    if org_id != world.org_id {
        return org_not_found();
    }
    ok(json!({ "data": org_json(&world, &base) }))
}

fn org_json(world: &World, base: &str) -> Value {
    let org = format!("{base}/admin/v1/orgs/{}", world.org_id);
    json!({
        "id": world.org_id,
        "type": "orgs",
        "attributes": { "name": world.org_name },
        "relationships": {
            "domains": { "links": { "related": format!("{org}/domains") } },
            "users": { "links": { "related": format!("{org}/users") } },
        },
        "links": { "self": org },
    })
}

async fn directories(
    State(sim): State<Arc<Sim>>,
    Path(org_id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let world = sim.world();
    if let Err(response) = scope(&world, &org_id, None) {
        return response;
    }
    let account = params.get("accountId").map(|id| world.account(id));
    let data: Vec<Value> = world
        .directories
        .iter()
        .enumerate()
        .filter(|(i, _)| match account {
            None => true,
            Some(None) => false,
            Some(Some(ix)) => world.acc(ix).directory == Some(*i),
        })
        .map(|(_, d)| json!({ "directoryId": d.id, "name": d.name }))
        .collect();
    ok(json!({ "data": data, "links": {} }))
}

/// The 400 of the workspaces operation: a bare `ApplicationError`, code `ADMIN-400-4`.
fn workspace_error(detail: &str) -> Response {
    let body =
        json!({ "id": "sim-400", "status": "400", "code": "ADMIN-400-4", "title": "Bad Request", "detail": detail });
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

/// The page size and first index of a workspaces request (`SearchWorkspacesRequestV2`): `limit`
/// 1 to 1,000 (default 20), `sort` a list and `query` an object, and a `cursor` alone, since
/// "when a cursor is provided in the request body, no other properties may be present".
fn workspace_page(body: Option<Value>) -> Result<(usize, usize), String> {
    let body = match body {
        None | Some(Value::Null) => return Ok((20, 0)),
        Some(Value::Object(body)) => body,
        Some(_) => return Err("The request body must be a JSON object.".to_owned()),
    };
    if let Some(unknown) = body.keys().find(|k| !["query", "limit", "sort", "cursor"].contains(&k.as_str())) {
        return Err(format!("Unknown property '{unknown}'."));
    }
    let cursor = match body.get("cursor") {
        None | Some(Value::Null) => None,
        Some(Value::String(token)) => Some(token),
        Some(_) => return Err("cursor must be a string.".to_owned()),
    };
    if cursor.is_some() && body.iter().any(|(k, v)| k != "cursor" && !v.is_null()) {
        return Err("When a cursor is provided, no other properties may be present.".to_owned());
    }
    if body.get("sort").is_some_and(|s| !s.is_array() && !s.is_null()) {
        return Err("sort must be a list of {field, order}.".to_owned());
    }
    if body.get("query").is_some_and(|q| !q.is_object()) {
        return Err("query must be an object.".to_owned());
    }
    if let Some(token) = cursor {
        // The cursor carries the page size of the request that started the listing.
        return decode_cursor::<(usize, usize)>(token).ok_or_else(|| "The cursor is not valid.".to_owned());
    }
    let limit = match body.get("limit") {
        None | Some(Value::Null) => 20,
        Some(limit) => match limit.as_u64() {
            Some(n @ 1..=1_000) => n as usize,
            _ => return Err("limit must be an integer from 1 to 1000.".to_owned()),
        },
    };
    Ok((limit, 0))
}

async fn workspaces(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path(org_id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let world = sim.world();
    if let Err(response) = scope(&world, &org_id, None) {
        return response;
    }
    let body = match body.iter().all(u8::is_ascii_whitespace) {
        true => None,
        false => match serde_json::from_slice::<Value>(&body) {
            Ok(body) => Some(body),
            Err(_) => return workspace_error("The request body is not valid JSON."),
        },
    };
    let (page_size, start) = match workspace_page(body) {
        Ok(page) => page,
        Err(detail) => return workspace_error(&detail),
    };
    let usage = world.usage();
    let data: Vec<Value> = world
        .products
        .iter()
        .enumerate()
        .skip(start)
        .take(page_size)
        .map(|(i, p)| {
            json!({
                "id": p.ari,
                "type": "workspace",
                "attributes": {
                    "name": p.name,
                    "typeKey": p.type_key,
                    "type": p.type_key,
                    "owner": world.org_id,
                    "status": "online",
                    "statusDetails": [],
                    "icons": {},
                    "avatars": {},
                    "labels": [],
                    "sandbox": { "type": "NONE" },
                    "usage": usage[i],
                    "capacity": p.capacity,
                    "createdAt": iso(p.created_at),
                    "createdBy": null,
                    "updatedAt": iso(p.created_at),
                    "hostUrl": world.site_url,
                    "realm": "us",
                    "regions": ["us-east-1"],
                },
                "links": { "self": format!("{base}/admin/v2/orgs/{}/workspaces/{}", world.org_id, p.ari) },
                "relationships": {},
            })
        })
        .collect();
    let end = start + data.len();
    let mut links = json!({ "self": format!("{base}/admin/v2/orgs/{}/workspaces", world.org_id) });
    if end < world.products.len() {
        links["next"] = json!(encode_cursor(&(page_size, end)));
    }
    ok(json!({
        "data": data,
        "links": links,
        "meta": { "pageSize": page_size, "startIndex": start, "endIndex": end, "total": world.products.len() },
    }))
}

// ----- users -----

/// The filters of `users/search` (JSON body) and of the GET list and count (query parameters).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<usize>,
    account_ids: Option<Vec<String>>,
    directory_ids: Option<Vec<String>>,
    resource_ids: Option<Vec<String>>,
    group_ids: Option<Vec<String>>,
    mfa_enabled: Option<bool>,
    claim_status: Option<String>,
    status: Option<Vec<String>>,
    account_status: Option<Vec<String>>,
    membership_status: Option<Vec<String>>,
    role_ids: Option<Vec<String>>,
    email_domains: Option<Vec<String>>,
    search_term: Option<String>,
    emails: Option<Vec<String>>,
    expand: Option<Vec<String>>,
    sort_by: Option<String>,
}

impl UserQuery {
    fn from_params(params: &Params) -> Result<UserQuery, Response> {
        Ok(UserQuery {
            cursor: params.get("cursor").map(str::to_owned),
            limit: params.number("limit").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?,
            account_ids: params.all("accountIds"),
            directory_ids: params.all("directoryIds"),
            resource_ids: params.all("resourceIds"),
            group_ids: params.all("groupIds"),
            mfa_enabled: params.flag("mfaEnabled"),
            claim_status: params.get("claimStatus").map(str::to_owned),
            status: params.all("status"),
            account_status: params.all("accountStatus"),
            membership_status: params.all("membershipStatus"),
            role_ids: params.all("roleIds"),
            email_domains: params.all("emailDomains"),
            search_term: params.get("searchTerm").map(str::to_owned),
            emails: params.all("emails"),
            expand: params.all("expand"),
            sort_by: params.get("sortBy").map(str::to_owned),
        })
    }

    fn validate(&self) -> Result<(), Response> {
        let bad = |m: &str| Err(err(StatusCode::BAD_REQUEST, m));
        if self.search_term.is_some() && self.emails.is_some() {
            return bad("searchTerm and emails cannot be used together");
        }
        let allowed = |values: &Option<Vec<String>>, allowed: &[&str]| {
            values.iter().flatten().all(|v| allowed.contains(&v.as_str()))
        };
        if !allowed(&self.status, &["active", "suspended", "not_invited", "deactivated"]) {
            return bad("status must be one of active, suspended, not_invited, deactivated");
        }
        if !allowed(&self.account_status, &["active", "inactive", "closed"]) {
            return bad("accountStatus must be one of active, inactive, closed");
        }
        if !allowed(&self.membership_status, &["active", "suspended", "no_membership"]) {
            return bad("membershipStatus must be one of active, suspended, no_membership");
        }
        if !allowed(&self.expand, &["groups", "platformRoles", "productAccess", "counts.resources"]) {
            return bad("expand must be among groups, platformRoles, productAccess, counts.resources");
        }
        if self.claim_status.as_deref().is_some_and(|c| c != "managed" && c != "unmanaged") {
            return bad("claimStatus must be managed or unmanaged");
        }
        Ok(())
    }

    fn expands(&self, what: &str) -> bool {
        self.expand.iter().flatten().any(|e| e == what)
    }

    fn matches(&self, world: &World, ix: AccountIx, directory: Option<usize>) -> bool {
        let a = world.acc(ix);
        let any = |values: &Option<Vec<String>>, test: &dyn Fn(&str) -> bool| {
            values.as_ref().is_none_or(|v| v.iter().any(|x| test(x)))
        };
        let lower = |s: &str| s.to_lowercase();
        directory.is_none_or(|d| a.directory == Some(d))
            && any(&self.directory_ids, &|id| a.directory.is_some_and(|d| world.directories[d].id == id))
            && any(&self.account_ids, &|id| a.id == id)
            && any(&self.resource_ids, &|ari| world.product_by_ari(ari).is_some_and(|p| world.holds_role(ix, p)))
            && any(&self.group_ids, &|id| world.group_by_id(id).is_some_and(|g| world.groups[g].members.contains(&ix)))
            && self.mfa_enabled.is_none_or(|m| a.mfa == m)
            && self.claim_status.as_deref().is_none_or(|c| (c == "managed") == a.managed)
            && any(&self.status, &|s| a.admin_status() == s)
            && any(&self.account_status, &|s| a.status.as_str() == s)
            && any(&self.membership_status, &|s| a.membership.as_str() == s)
            && any(&self.role_ids, &|r| {
                (r == ORG_ADMIN_ROLE && a.org_admin)
                    || world.roles_of(ix).iter().any(|(_, roles)| roles.iter().any(|x| x == r))
            })
            && any(&self.email_domains, &|d| a.email_domain().eq_ignore_ascii_case(d))
            && any(&self.emails, &|e| a.email.eq_ignore_ascii_case(e))
            && self.search_term.as_deref().is_none_or(|t| {
                let t = lower(t);
                lower(&a.name).contains(&t) || lower(&a.email).contains(&t) || lower(&a.nickname).contains(&t)
            })
    }
}

/// Where a cursor listing resumes: the query that started it and the last index it returned.
#[derive(Deserialize, Serialize)]
struct Resume<Q> {
    q: Q,
    after: usize,
}

/// The listing's query and the first index to list: from the cursor when one is given (then, as
/// Atlassian says, every other parameter is ignored), else the request's own query from the start.
fn resume<Q: serde::de::DeserializeOwned>(query: Q, cursor: Option<&str>) -> Result<(Q, usize), Response> {
    match cursor {
        Some(token) => decode_cursor::<Resume<Q>>(token).map(|r| (r.q, r.after + 1)).ok_or_else(bad_cursor),
        None => Ok((query, 0)),
    }
}

fn user_page(sim: &Sim, base: &str, org_id: &str, directory: &str, query: UserQuery) -> Response {
    let world = sim.world();
    let dir = match scope(&world, org_id, Some(directory)) {
        Ok(d) => d,
        Err(response) => return response,
    };
    let cursor = query.cursor.clone();
    let (query, start) = match resume(query, cursor.as_deref()) {
        Ok(resumed) => resumed,
        Err(response) => return response,
    };
    if let Err(response) = query.validate() {
        return response;
    }
    let page_size = match limit(query.limit) {
        Ok(n) => n,
        Err(response) => return response,
    };
    let (page, more) = take_page(
        world.directory_accounts().filter(|&ix| ix as usize >= start).filter(|&ix| query.matches(&world, ix, dir)),
        page_size,
    );
    let expand = Expand::of(&query);
    let data: Vec<UserOut> = page.iter().map(|&ix| user_out(&world, ix, base, expand)).collect();
    let mut links = json!({});
    if let Some(token) = &query.cursor {
        links["self"] = json!(token);
    }
    if let (true, Some(&last)) = (more, page.last()) {
        let mut q = query.clone();
        q.cursor = None;
        links["next"] = json!(encode_cursor(&Resume { q, after: last as usize }));
    }
    Json(UserPage { data, links }).into_response()
}

#[derive(Serialize)]
struct UserPage<'a> {
    data: Vec<UserOut<'a>>,
    links: Value,
}

/// One user as the v2 admin API writes it. Typed and borrowed rather than built as a `Value`:
/// listing pages are the simulator's hot path (a 100,000-user sync reads a thousand of them).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct UserOut<'a> {
    account_id: &'a str,
    account_type: &'static str,
    status: &'static str,
    account_status: &'static str,
    membership_status: &'static str,
    added_to_org: String,
    name: &'a str,
    nickname: &'a str,
    email: &'a str,
    email_verified: bool,
    claim_status: &'static str,
    picture: String,
    avatar: String,
    management_source: Option<&'static str>,
    mfa_enabled: bool,
    job_title: &'a str,
    department: &'a str,
    organization: &'a str,
    location: Option<&'a str>,
    time_zone: &'a str,
    deactivated_on: Option<String>,
    for_deletion: bool,
    links: SelfLink,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform_roles: Option<Vec<&'static str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counts: Option<UserCounts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    product_access: Option<Vec<ProductAccessOut<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupRef<'a>>>,
}

#[derive(Serialize)]
struct SelfLink {
    #[serde(rename = "self")]
    href: String,
}

#[derive(Serialize)]
struct UserCounts {
    resources: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProductAccessOut<'a> {
    key: &'static str,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_active_timestamp: Option<String>,
}

#[derive(Serialize)]
struct GroupRef<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
}

#[derive(Clone, Copy, Default)]
struct Expand {
    platform_roles: bool,
    counts: bool,
    product_access: bool,
    groups: bool,
}

impl Expand {
    fn of(query: &UserQuery) -> Expand {
        Expand {
            platform_roles: query.expands("platformRoles"),
            counts: query.expands("counts.resources"),
            product_access: query.expands("productAccess"),
            groups: query.expands("groups"),
        }
    }
}

fn user_out<'a>(world: &'a World, ix: AccountIx, base: &str, expand: Expand) -> UserOut<'a> {
    let a = world.acc(ix);
    let directory = a.directory.map_or("-", |d| world.directories[d].id.as_str());
    UserOut {
        account_id: &a.id,
        account_type: a.kind.as_str(),
        status: a.admin_status(),
        account_status: a.status.as_str(),
        membership_status: a.membership.as_str(),
        added_to_org: iso(a.added_to_org),
        name: &a.name,
        nickname: &a.nickname,
        email: &a.email,
        email_verified: !a.invitation_pending,
        claim_status: if a.managed { "managed" } else { "unmanaged" },
        picture: avatar(&a.id),
        avatar: avatar(&a.id),
        management_source: match (a.managed, a.synced) {
            (true, true) => Some("synced"),
            (true, false) => Some("invited"),
            _ => None,
        },
        mfa_enabled: a.mfa,
        job_title: &a.job_title,
        department: &a.department,
        organization: &world.org_name,
        location: None,
        time_zone: &a.time_zone,
        deactivated_on: a.deactivated_on.map(iso),
        for_deletion: false,
        links: SelfLink {
            href: format!("{base}/admin/v2/orgs/{}/directories/{directory}/users/{}", world.org_id, a.id),
        },
        platform_roles: expand.platform_roles.then(|| if a.org_admin { vec![ORG_ADMIN_ROLE] } else { Vec::new() }),
        counts: expand.counts.then(|| UserCounts { resources: world.roles_of(ix).len() }),
        // Every product the user holds a role in or has used, with the last activity there.
        product_access: expand.product_access.then(|| {
            (0..world.products.len())
                .filter(|&p| world.holds_role(ix, p) || a.last_active(p).is_some())
                .map(|p| ProductAccessOut {
                    key: world.products[p].type_key,
                    id: &world.products[p].ari,
                    last_active_timestamp: a.last_active(p).map(iso),
                })
                .collect()
        }),
        groups: expand.groups.then(|| {
            world
                .groups_of(ix)
                .map(|g| GroupRef {
                    id: &world.groups[g].id,
                    name: &world.groups[g].name,
                    description: &world.groups[g].description,
                })
                .collect()
        }),
    }
}

async fn search_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    body: Option<Json<UserQuery>>,
) -> Response {
    user_page(&sim, &base, &org_id, &directory, body.map(|Json(q)| q).unwrap_or_default())
}

async fn list_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Response {
    match UserQuery::from_params(&params) {
        Ok(query) => user_page(&sim, &base, &org_id, &directory, query),
        Err(response) => response,
    }
}

async fn count_users(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Response {
    let query = match UserQuery::from_params(&params) {
        Ok(q) => q,
        Err(response) => return response,
    };
    if let Err(response) = query.validate() {
        return response;
    }
    let world = sim.world();
    match scope(&world, &org_id, Some(&directory)) {
        Ok(dir) => {
            ok(json!({ "count": world.directory_accounts().filter(|&ix| query.matches(&world, ix, dir)).count() }))
        }
        Err(response) => response,
    }
}

async fn user_stats(State(sim): State<Arc<Sim>>, Path((org_id, directory)): Path<(String, String)>) -> Response {
    let world = sim.world();
    let dir = match scope(&world, &org_id, Some(&directory)) {
        Ok(d) => d,
        Err(response) => return response,
    };
    let users: Vec<AccountIx> =
        world.directory_accounts().filter(|&ix| dir.is_none_or(|d| world.acc(ix).directory == Some(d))).collect();
    let admins = users.iter().filter(|&&ix| world.acc(ix).org_admin).count();
    let by_status = [AccountStatus::Active, AccountStatus::Inactive, AccountStatus::Closed].map(
        |s| json!({ "status": s.as_str(), "count": users.iter().filter(|&&ix| world.acc(ix).status == s).count() }),
    );
    ok(json!({ "roles": [{ "roleId": ORG_ADMIN_ROLE, "count": admins }], "accountStatus": by_status }))
}

fn directory_user(world: &World, org_id: &str, directory: &str, account_id: &str) -> Result<AccountIx, Response> {
    let dir = scope(world, org_id, Some(directory))?;
    world
        .account(account_id)
        .filter(|&ix| world.acc(ix).directory.is_some_and(|d| dir.is_none_or(|x| x == d)))
        .ok_or_else(|| not_found("User"))
}

async fn user_details(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
) -> Response {
    let world = sim.world();
    match directory_user(&world, &org_id, &directory, &account_id) {
        Ok(ix) => {
            let data = user_out(&world, ix, &base, Expand { platform_roles: true, counts: true, ..Expand::default() });
            Json(json!({ "data": data })).into_response()
        }
        Err(response) => response,
    }
}

async fn user_role_assignments(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
    Query(params): Query<Params>,
) -> Response {
    let world = sim.world();
    let ix = match directory_user(&world, &org_id, &directory, &account_id) {
        Ok(ix) => ix,
        Err(response) => return response,
    };
    let mut data: Vec<Value> = Vec::new();
    if world.acc(ix).org_admin {
        data.push(json!({ "resourceId": format!("ari:cloud:platform::org/{}", world.org_id), "resourceOwner": "platform", "roles": [ORG_ADMIN_ROLE] }));
    }
    for (product, roles) in world.roles_of(ix) {
        let p = &world.products[product];
        data.push(json!({ "resourceId": p.ari, "resourceOwner": p.type_key, "roles": roles }));
    }
    if let Some(wanted) = params.all("roleIds") {
        data.retain(|a| {
            a["roles"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x.as_str().is_some_and(|x| wanted.iter().any(|w| w == x))))
        });
    }
    if let Some(wanted) = params.all("resourceIds") {
        data.retain(|a| a["resourceId"].as_str().is_some_and(|r| wanted.iter().any(|w| w == r)));
    }
    ok(json!({ "data": data, "links": {} }))
}

/// Suspend and restore change org access, not the account: groups and roles are kept.
fn set_membership(sim: &Arc<Sim>, org_id: &str, directory: &str, account_id: &str, to: Membership) -> Response {
    if let Err(response) = named_directory(directory) {
        return response;
    }
    let ix = {
        let world = sim.world();
        match directory_user(&world, org_id, directory, account_id) {
            Ok(ix) if world.acc(ix).kind == AccountKind::Atlassian => ix,
            Ok(_) => return err(StatusCode::BAD_REQUEST, "Only Atlassian accounts can be suspended or restored"),
            Err(response) => return response,
        }
    };
    sim.write_later(move |world| {
        world.acc_mut(ix).membership = to;
        let what = if to == Membership::Suspended { action::USER_SUSPENDED } else { action::USER_RESTORED };
        world.record(what, Actor::ApiKey, vec![Target::User(ix)], Place::Org);
    });
    no_content()
}

async fn suspend(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
) -> Response {
    set_membership(&sim, &org_id, &directory, &account_id, Membership::Suspended)
}

async fn restore(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
) -> Response {
    set_membership(&sim, &org_id, &directory, &account_id, Membership::Active)
}

async fn last_active_dates(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
) -> Response {
    let world = sim.world();
    if let Err(response) = scope(&world, &org_id, None) {
        return response;
    }
    let Some(ix) = world.account(&account_id).filter(|&ix| world.acc(ix).directory.is_some()) else {
        return not_found("User");
    };
    let a = world.acc(ix);
    let access: Vec<Value> = a
        .activity
        .iter()
        .map(|(p, at)| json!({ "id": world.products[*p].ari, "key": world.products[*p].v1_key, "last_active": at.format("%Y-%m-%d").to_string() }))
        .collect();
    ok(
        json!({ "data": { "product_access": access, "added_to_org": a.added_to_org.format("%Y-%m-%d").to_string() }, "links": {} }),
    )
}

/// The retired-for-writes v1 list of managed accounts: snake_case, about 50 a page (AX-243).
async fn v1_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path(org_id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let world = sim.world();
    if let Err(response) = scope(&world, &org_id, None) {
        return response;
    }
    let after = match params.get("cursor") {
        None => None,
        Some(token) => match decode_cursor::<AccountIx>(token) {
            Some(after) => Some(after),
            None => return bad_cursor(),
        },
    };
    let managed = || world.directory_accounts().filter(|&ix| world.acc(ix).managed);
    let total = managed().count();
    let start = after.map_or(0, |a| a as usize + 1);
    let (page, more) = take_page(managed().filter(|&ix| ix as usize >= start), 50);
    let data: Vec<Value> = page
        .iter()
        .map(|&ix| {
            let a = world.acc(ix);
            let access: Vec<Value> = world
                .product_access(ix)
                .into_iter()
                .map(|p| {
                    let mut product = json!({ "key": world.products[p].v1_key, "name": world.products[p].name, "url": world.site_url });
                    if let Some(at) = a.last_active(p) {
                        product["last_active"] = json!(iso(at));
                    }
                    product
                })
                .collect();
            let mut user = json!({
                "account_id": a.id,
                "account_type": a.kind.as_str(),
                "account_status": a.status.as_str(),
                "name": a.name,
                "picture": avatar(&a.id),
                "email": a.email,
                "access_billable": !access.is_empty(),
                "product_access": access,
                "links": { "self": format!("{base}/users/{}/manage/profile", a.id) },
            });
            if let Some(at) = a.activity.iter().map(|(_, t)| *t).max() {
                user["last_active"] = json!(iso(at));
            }
            user
        })
        .collect();
    let mut links = json!({ "self": format!("{base}/admin/v1/orgs/{org_id}/users") });
    if let (true, Some(&last)) = (more, page.last()) {
        links["next"] = json!(encode_cursor(&last));
    }
    ok(json!({ "data": data, "meta": { "total": total }, "links": links }))
}

#[derive(Deserialize)]
struct RoleBody {
    role: String,
    resource: Option<String>,
}

/// v1 direct product role grant, limited availability ([ORG]): 204 on success.
fn change_user_role(sim: &Arc<Sim>, org_id: &str, account_id: &str, body: RoleBody, assign: bool) -> Response {
    let (ix, product) = {
        let world = sim.world();
        if let Err(response) = scope(&world, org_id, None) {
            return response;
        }
        let Some(ix) = world.account(account_id) else { return not_found("User") };
        let Some(product) = body.resource.as_deref().and_then(|r| world.product_by_ari(r)) else {
            return err(StatusCode::BAD_REQUEST, "resource must be the ARI of a product in this organization");
        };
        if world.acc(ix).status != AccountStatus::Active {
            return err(StatusCode::BAD_REQUEST, "Inactive user");
        }
        (ix, product)
    };
    let role = body.role;
    sim.write_later(move |world| {
        let roles = &mut world.acc_mut(ix).direct_roles;
        roles.retain(|(p, r)| !(*p == product && *r == role));
        if assign {
            roles.push((product, role));
        }
        let what = if assign { action::USER_GRANTED_ROLE } else { action::USER_REVOKED_ROLE };
        world.record(what, Actor::ApiKey, vec![Target::User(ix), Target::Product(product)], Place::Org);
    });
    no_content()
}

async fn assign_user_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
    Json(body): Json<RoleBody>,
) -> Response {
    change_user_role(&sim, &org_id, &account_id, body, true)
}

async fn revoke_user_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
    Json(body): Json<RoleBody>,
) -> Response {
    change_user_role(&sim, &org_id, &account_id, body, false)
}

/// Organization-level roles (org admin). Eventually consistent in Atlassian, up to 30 s.
fn change_org_role(sim: &Arc<Sim>, org_id: &str, account_id: &str, body: RoleBody, assign: bool) -> Response {
    let ix = {
        let world = sim.world();
        if let Err(response) = scope(&world, org_id, None) {
            return response;
        }
        let Some(ix) = world.account(account_id).filter(|&ix| world.acc(ix).directory.is_some()) else {
            return not_found("User");
        };
        if body.role != ORG_ADMIN_ROLE {
            return err(StatusCode::BAD_REQUEST, "role must be an organization-level role such as atlassian/org-admin");
        }
        ix
    };
    sim.write_later(move |world| {
        world.acc_mut(ix).org_admin = assign;
        let what = if assign { action::ADDED_ORG_ADMIN } else { action::REMOVED_ORG_ADMIN };
        world.record(what, Actor::ApiKey, vec![Target::User(ix)], Place::Org);
    });
    no_content()
}

async fn assign_org_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
    Json(body): Json<RoleBody>,
) -> Response {
    change_org_role(&sim, &org_id, &account_id, body, true)
}

async fn revoke_org_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
    Json(body): Json<RoleBody>,
) -> Response {
    change_org_role(&sim, &org_id, &account_id, body, false)
}

// ----- groups -----

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
struct GroupQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<usize>,
    account_ids: Option<Vec<String>>,
    directory_ids: Option<Vec<String>>,
    group_ids: Option<Vec<String>>,
    group_names: Option<Vec<String>>,
    resource_ids: Option<Vec<String>>,
    resource_owners: Option<Vec<String>>,
    role_ids: Option<Vec<String>>,
    search_term: Option<String>,
    expand: Option<Vec<String>>,
    sort_by: Option<String>,
}

impl GroupQuery {
    fn from_params(params: &Params) -> Result<GroupQuery, Response> {
        let mut expand = params.all("expand").unwrap_or_default();
        if params.flag("counts") == Some(true) {
            expand.extend(["counts.users".to_owned(), "counts.resources".to_owned()]);
        }
        Ok(GroupQuery {
            cursor: params.get("cursor").map(str::to_owned),
            limit: params.number("limit").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?,
            account_ids: params.all("accountIds"),
            directory_ids: params.all("directoryIds"),
            group_ids: params.all("groupIds"),
            group_names: params.all("groupNames"),
            resource_ids: params.all("resourceIds"),
            resource_owners: params.all("resourceOwners"),
            role_ids: params.all("roleIds"),
            search_term: params.get("searchTerm").map(str::to_owned),
            expand: (!expand.is_empty()).then_some(expand),
            sort_by: params.get("sortBy").map(str::to_owned),
        })
    }

    fn validate(&self) -> Result<(), Response> {
        let allowed = ["counts.users", "counts.resources"];
        if self.expand.iter().flatten().any(|e| !allowed.contains(&e.as_str())) {
            return Err(err(StatusCode::BAD_REQUEST, "expand must be among counts.users, counts.resources"));
        }
        Ok(())
    }

    fn expands(&self, what: &str) -> bool {
        self.expand.iter().flatten().any(|e| e == what)
    }

    fn matches(&self, world: &World, g: usize, directory: Option<usize>) -> bool {
        let group = &world.groups[g];
        let any = |values: &Option<Vec<String>>, test: &dyn Fn(&str) -> bool| {
            values.as_ref().is_none_or(|v| v.iter().any(|x| test(x)))
        };
        directory.is_none_or(|d| group.directory == d)
            && any(&self.group_ids, &|id| group.id == id)
            && any(&self.group_names, &|n| group.name == n)
            && any(&self.account_ids, &|id| world.account(id).is_some_and(|ix| group.members.contains(&ix)))
            && any(&self.resource_ids, &|ari| {
                world.product_by_ari(ari).is_some_and(|p| group.roles.iter().any(|(x, _)| *x == p))
            })
            && any(&self.resource_owners, &|owner| {
                group.roles.iter().any(|(p, _)| world.products[*p].type_key == owner)
            })
            && any(&self.directory_ids, &|id| world.directories[group.directory].id == id)
            && any(&self.role_ids, &|r| group.roles.iter().any(|(_, x)| x == r))
            && self.search_term.as_deref().is_none_or(|t| group.name.to_lowercase().contains(&t.to_lowercase()))
    }
}

fn group_page(sim: &Sim, base: &str, org_id: &str, directory: &str, query: GroupQuery) -> Response {
    let world = sim.world();
    let dir = match scope(&world, org_id, Some(directory)) {
        Ok(d) => d,
        Err(response) => return response,
    };
    let cursor = query.cursor.clone();
    let (query, start) = match resume(query, cursor.as_deref()) {
        Ok(resumed) => resumed,
        Err(response) => return response,
    };
    let page_size = match limit(query.limit) {
        Ok(n) => n,
        Err(response) => return response,
    };
    let (page, more) = take_page((start..world.groups.len()).filter(|&g| query.matches(&world, g, dir)), page_size);
    if let Err(response) = query.validate() {
        return response;
    }
    let counts = (query.expands("counts.users"), query.expands("counts.resources"));
    let data: Vec<Value> = page.iter().map(|&g| group_json(&world, g, base, counts)).collect();
    let mut links = json!({});
    if let (true, Some(&last)) = (more, page.last()) {
        let mut q = query.clone();
        q.cursor = None;
        links["next"] = json!(encode_cursor(&Resume { q, after: last }));
    }
    ok(json!({ "data": data, "links": links }))
}

/// A group; `counts` (users, resources) says which counts were asked for with `expand`.
fn group_json(world: &World, g: usize, base: &str, counts: (bool, bool)) -> Value {
    let group = &world.groups[g];
    let directory = &world.directories[group.directory].id;
    let mut value = json!({
        "id": group.id,
        "name": group.name,
        "description": group.description,
        "directoryId": directory,
        "links": { "self": format!("{base}/admin/v2/orgs/{}/directories/{directory}/groups/{}", world.org_id, group.id) },
    });
    if counts.0 || counts.1 {
        value["counts"] = json!({});
    }
    if counts.0 {
        value["counts"]["users"] = json!(group.members.len());
    }
    if counts.1 {
        let resources: std::collections::BTreeSet<_> = group.roles.iter().map(|(p, _)| p).collect();
        value["counts"]["resources"] = json!(resources.len());
    }
    value
}

async fn list_groups(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Response {
    match GroupQuery::from_params(&params) {
        Ok(query) => group_page(&sim, &base, &org_id, &directory, query),
        Err(response) => response,
    }
}

async fn search_groups(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Response {
    let query = if body.iter().all(u8::is_ascii_whitespace) {
        GroupQuery::default()
    } else {
        match serde_json::from_slice::<GroupQuery>(&body) {
            Ok(query) => query,
            Err(e) => {
                return err(StatusCode::BAD_REQUEST, &format!("The request body is not a valid group search: {e}"));
            }
        }
    };
    group_page(&sim, &base, &org_id, &directory, query)
}

async fn group_stats(State(sim): State<Arc<Sim>>, Path((org_id, directory)): Path<(String, String)>) -> Response {
    let world = sim.world();
    let dir = match scope(&world, &org_id, Some(&directory)) {
        Ok(d) => d,
        Err(response) => return response,
    };
    let groups: Vec<_> = world.groups.iter().filter(|g| dir.is_none_or(|d| g.directory == d)).collect();
    ok(json!({
        "types": [{ "type": "GROUP", "count": groups.len() }],
        "totals": { "all": groups.len(), "synced": groups.iter().filter(|g| g.synced).count() },
    }))
}

fn directory_group(world: &World, org_id: &str, directory: &str, group_id: &str) -> Result<usize, Response> {
    let dir = scope(world, org_id, Some(directory))?;
    world
        .group_by_id(group_id)
        .filter(|&g| dir.is_none_or(|d| world.groups[g].directory == d))
        .ok_or_else(|| not_found("Group"))
}

async fn group_details(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
) -> Response {
    let world = sim.world();
    match directory_group(&world, &org_id, &directory, &group_id) {
        Ok(g) => ok(json!({ "data": group_json(&world, g, &base, (false, false)) })),
        Err(response) => response,
    }
}

async fn group_role_assignments(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
) -> Response {
    let world = sim.world();
    let g = match directory_group(&world, &org_id, &directory, &group_id) {
        Ok(g) => g,
        Err(response) => return response,
    };
    let mut by_product: Vec<(usize, Vec<&str>)> = Vec::new();
    for (product, role) in &world.groups[g].roles {
        match by_product.iter_mut().find(|(p, _)| p == product) {
            Some((_, roles)) => roles.push(role),
            None => by_product.push((*product, vec![role])),
        }
    }
    let data: Vec<Value> = by_product
        .into_iter()
        .map(|(p, roles)| json!({ "resourceId": world.products[p].ari, "resourceOwner": world.products[p].type_key, "roles": roles }))
        .collect();
    ok(json!({ "data": data, "links": {} }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupRoleBody {
    resource_id: String,
    role_id: String,
}

fn change_group_role(
    sim: &Arc<Sim>,
    org_id: &str,
    directory: &str,
    group_id: &str,
    body: GroupRoleBody,
    assign: bool,
) -> Response {
    if let Err(response) = named_directory(directory) {
        return response;
    }
    let (g, product) = {
        let world = sim.world();
        let g = match directory_group(&world, org_id, directory, group_id) {
            Ok(g) => g,
            Err(response) => return response,
        };
        let Some(product) = world.product_by_ari(&body.resource_id) else {
            return err(StatusCode::BAD_REQUEST, "resourceId must be the ARI of a product in this organization");
        };
        (g, product)
    };
    let role = body.role_id;
    sim.write_later(move |world| {
        let roles = &mut world.groups[g].roles;
        roles.retain(|(p, r)| !(*p == product && *r == role));
        if assign {
            roles.push((product, role));
        }
        let what = if assign { action::GROUP_GRANTED_ROLE } else { action::GROUP_REVOKED_ROLE };
        world.record(what, Actor::ApiKey, vec![Target::Group(g), Target::Product(product)], Place::Org);
    });
    no_content()
}

async fn assign_group_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
    Json(body): Json<GroupRoleBody>,
) -> Response {
    change_group_role(&sim, &org_id, &directory, &group_id, body, true)
}

async fn revoke_group_role(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
    Json(body): Json<GroupRoleBody>,
) -> Response {
    change_group_role(&sim, &org_id, &directory, &group_id, body, false)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MembershipBody {
    account_id: String,
}

/// Checks a membership change: the group is not the IdP's, the user is in its directory, and
/// adding stays within the seats of every product the group grants.
fn membership_target(
    sim: &Sim,
    org_id: &str,
    directory: &str,
    group_id: &str,
    account_id: &str,
    adding: bool,
) -> Result<(usize, AccountIx), Response> {
    named_directory(directory)?;
    let world = sim.world();
    let g = directory_group(&world, org_id, directory, group_id)?;
    let group = &world.groups[g];
    let Some(ix) = world.account(account_id).filter(|&ix| world.acc(ix).directory.is_some()) else {
        return Err(not_found("User"));
    };
    if group.synced {
        return Err(err(
            StatusCode::FORBIDDEN,
            "This group is synced from an identity provider; change its members there.",
        ));
    }
    if world.acc(ix).directory != Some(group.directory) {
        return Err(err(StatusCode::BAD_REQUEST, "The user and the group are in different directories."));
    }
    if adding && !group.members.contains(&ix) {
        let usage = world.usage();
        let granted = group.roles.iter().map(|(p, _)| *p);
        if let Some(full) = granted
            .filter(|&p| !world.product_access(ix).contains(&p))
            .find(|&p| world.products[p].capacity.is_some_and(|c| usage[p] >= c as usize))
        {
            return Err(err(
                StatusCode::BAD_REQUEST,
                &format!("The user limit of {} has been reached.", world.products[full].name),
            ));
        }
    }
    Ok((g, ix))
}

async fn add_membership(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
    Json(body): Json<MembershipBody>,
) -> Response {
    match membership_target(&sim, &org_id, &directory, &group_id, &body.account_id, true) {
        Ok((g, ix)) => {
            sim.write_later(move |world| {
                if world.add_member(g, ix) {
                    let context = vec![Target::User(ix), Target::Group(g)];
                    world.record(action::USER_ADDED_TO_GROUP, Actor::ApiKey, context, Place::Org);
                }
            });
            no_content()
        }
        Err(response) => response,
    }
}

async fn remove_membership(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory, group_id, account_id)): Path<(String, String, String, String)>,
) -> Response {
    match membership_target(&sim, &org_id, &directory, &group_id, &account_id, false) {
        Ok((g, ix)) => {
            sim.write_later(move |world| {
                if world.remove_member(g, ix) {
                    let context = vec![Target::User(ix), Target::Group(g)];
                    world.record(action::USER_REMOVED_FROM_GROUP, Actor::ApiKey, context, Place::Org);
                }
            });
            no_content()
        }
        Err(response) => response,
    }
}
