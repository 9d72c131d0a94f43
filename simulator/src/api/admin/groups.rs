//! The v2 group endpoints of a directory: the list and `groups/search` (one cursor listing), the
//! stats and one group's details.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use http::StatusCode;
use serde_json::{Value, json};

use super::{
    answer::err,
    group_query::GroupQuery,
    lookup::{directory_group, scope},
    paging::{limit, next_cursor, resume},
};
use crate::{
    api::{Answer, Params, ok},
    model::World,
    respond::take_page,
    sim::{Base, Sim},
};

fn group_page(sim: &Sim, base: &str, org_id: &str, directory: &str, query: GroupQuery) -> Answer {
    let world = sim.world();
    let dir = scope(&world, org_id, Some(directory))?;
    let (query, start) = resume(query)?;
    let page_size = limit(query.window.limit)?;
    let (page, more) = take_page((start..world.groups.len()).filter(|&g| query.matches(&world, g, dir)), page_size);
    query.validate()?;
    let counts = (query.expands("counts.users"), query.expands("counts.resources"));
    let data: Vec<Value> = page.iter().map(|&g| group_json(&world, g, base, counts)).collect();
    let mut links = json!({});
    if let (true, Some(&last)) = (more, page.last()) {
        links["next"] = next_cursor(&query, last);
    }
    Ok(ok(json!({ "data": data, "links": links })))
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

pub async fn list_groups(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    Query(params): Query<Params>,
) -> Answer {
    group_page(&sim, &base, &org_id, &directory, GroupQuery::from_params(&params)?)
}

pub async fn search_groups(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Answer {
    let query = if body.iter().all(u8::is_ascii_whitespace) {
        GroupQuery::default()
    } else {
        match serde_json::from_slice::<GroupQuery>(&body) {
            Ok(query) => query,
            Err(e) => {
                return Err(err(
                    StatusCode::BAD_REQUEST,
                    &format!("The request body is not a valid group search: {e}"),
                ));
            }
        }
    };
    group_page(&sim, &base, &org_id, &directory, query)
}

pub async fn group_stats(State(sim): State<Arc<Sim>>, Path((org_id, directory)): Path<(String, String)>) -> Answer {
    let world = sim.world();
    let dir = scope(&world, &org_id, Some(&directory))?;
    let groups: Vec<_> = world.groups.iter().filter(|g| dir.is_none_or(|d| g.directory == d)).collect();
    Ok(ok(json!({
        "types": [{ "type": "GROUP", "count": groups.len() }],
        "totals": { "all": groups.len(), "synced": groups.iter().filter(|g| g.synced).count() },
    })))
}

pub async fn group_details(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path((org_id, directory, group_id)): Path<(String, String, String)>,
) -> Answer {
    let world = sim.world();
    let g = directory_group(&world, &org_id, &directory, &group_id)?;
    Ok(ok(json!({ "data": group_json(&world, g, &base, (false, false)) })))
}
