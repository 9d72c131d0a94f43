//! The v2 user endpoints of a directory: the list and `users/search` (one cursor listing), the
//! count, the stats and one user's details.

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, Query, State},
    response::IntoResponse,
};
use serde_json::json;

use super::{
    lookup::{directory_user, scope},
    paging::{limit, next_cursor, resume},
    user_json::{Expand, UserOut, UserPage, user_out},
    user_query::UserQuery,
};
use crate::{
    api::{Answer, Params, ok},
    model::{AccountIx, AccountStatus, ORG_ADMIN_ROLE},
    respond::take_page,
    sim::{Base, Sim},
};

fn user_page(sim: &Sim, base: &str, org_id: &str, directory: &str, query: UserQuery) -> Answer {
    let world = sim.world();
    let dir = scope(&world, org_id, Some(directory))?;
    let (query, start) = resume(query)?;
    query.validate()?;
    let page_size = limit(query.window.limit)?;
    let (page, more) = take_page(
        world.directory_accounts().filter(|&ix| ix as usize >= start).filter(|&ix| query.matches(&world, ix, dir)),
        page_size,
    );
    let expand = Expand::of(&query);
    let data: Vec<UserOut> = page.iter().map(|&ix| user_out(&world, ix, base, expand)).collect();
    let mut links = json!({});
    if let (true, Some(&last)) = (more, page.last()) {
        links["next"] = next_cursor(&query, last as usize);
    }
    Ok(Json(UserPage { data, links }).into_response())
}

pub async fn search_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    body: Option<Json<UserQuery>>,
) -> Answer {
    user_page(&sim, &base, &org_id, &directory, body.map(|Json(q)| q).unwrap_or_default())
}

pub async fn list_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Answer {
    user_page(&sim, &base, &org_id, &directory, UserQuery::from_params(&params)?)
}

pub async fn count_users(
    State(sim): State<Arc<Sim>>,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Answer {
    let query = UserQuery::from_params(&params)?;
    query.validate()?;
    let world = sim.world();
    let dir = scope(&world, &org_id, Some(&directory))?;
    Ok(ok(json!({ "count": world.directory_accounts().filter(|&ix| query.matches(&world, ix, dir)).count() })))
}

pub async fn user_stats(State(sim): State<Arc<Sim>>, Path((org_id, directory)): Path<(String, String)>) -> Answer {
    let world = sim.world();
    let dir = scope(&world, &org_id, Some(&directory))?;
    let users: Vec<AccountIx> =
        world.directory_accounts().filter(|&ix| dir.is_none_or(|d| world.acc(ix).directory == Some(d))).collect();
    let admins = users.iter().filter(|&&ix| world.acc(ix).org_admin).count();
    let by_status = [AccountStatus::Active, AccountStatus::Inactive, AccountStatus::Closed]
        .map(|s| json!({ "status": s, "count": users.iter().filter(|&&ix| world.acc(ix).status == s).count() }));
    Ok(ok(json!({ "roles": [{ "roleId": ORG_ADMIN_ROLE, "count": admins }], "accountStatus": by_status })))
}

pub async fn user_details(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory, account_id)): Path<(String, String, String)>,
) -> Answer {
    let world = sim.world();
    let ix = directory_user(&world, &org_id, &directory, &account_id)?;
    let data = user_out(&world, ix, &base, Expand { platform_roles: true, counts: true, ..Expand::default() });
    Ok(Json(json!({ "data": data })).into_response())
}
