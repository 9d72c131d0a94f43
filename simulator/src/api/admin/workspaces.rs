//! The org's products as workspaces (`POST /admin/v2/orgs/{orgId}/workspaces`), with their own
//! request body and error shape (`SearchWorkspacesRequestV2`, `ADMIN-400-4`).

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use http::StatusCode;
use serde_json::{Value, json};

use super::lookup::scope;
use crate::{
    api::{Answer, ok},
    respond::{decode_cursor, encode_cursor, iso},
    sim::{Base, Sim},
};

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

pub async fn workspaces(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path(org_id): Path<String>,
    body: axum::body::Bytes,
) -> Answer {
    let world = sim.world();
    scope(&world, &org_id, None)?;
    let body = match body.iter().all(u8::is_ascii_whitespace) {
        true => None,
        false => Some(
            serde_json::from_slice::<Value>(&body)
                .map_err(|_| workspace_error("The request body is not valid JSON."))?,
        ),
    };
    let (page_size, start) = workspace_page(body).map_err(|detail| workspace_error(&detail))?;
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
    Ok(ok(json!({
        "data": data,
        "links": links,
        "meta": { "pageSize": page_size, "startIndex": start, "endIndex": end, "total": world.products.len() },
    })))
}
