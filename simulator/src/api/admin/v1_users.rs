//! The v1 user endpoints: the retired-for-writes list of managed accounts and an account's last
//! active dates, both in v1's snake_case.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use serde_json::{Value, json};

use super::{
    answer::bad_cursor,
    lookup::{org_user, scope},
};
use crate::{
    api::{Answer, Params, avatar, ok},
    model::AccountIx,
    respond::{decode_cursor, encode_cursor, iso, take_page},
    sim::{Base, Sim},
};

/// The last day the account was active in each product, and the day it joined the org.
pub async fn last_active_dates(
    State(sim): State<Arc<Sim>>,
    Path((org_id, account_id)): Path<(String, String)>,
) -> Answer {
    let world = sim.world();
    scope(&world, &org_id, None)?;
    let ix = org_user(&world, &account_id)?;
    let a = world.acc(ix);
    let access: Vec<Value> = a
        .activity
        .iter()
        .map(|(p, at)| json!({ "id": world.products[*p].ari, "key": world.products[*p].v1_key, "last_active": at.format("%Y-%m-%d").to_string() }))
        .collect();
    Ok(ok(
        json!({ "data": { "product_access": access, "added_to_org": a.added_to_org.format("%Y-%m-%d").to_string() }, "links": {} }),
    ))
}

/// The retired-for-writes v1 list of managed accounts: snake_case, about 50 a page (AX-243).
pub async fn v1_users(
    State(sim): State<Arc<Sim>>,
    Base(base): Base,
    Path(org_id): Path<String>,
    Query(params): Query<Params>,
) -> Answer {
    let world = sim.world();
    scope(&world, &org_id, None)?;
    let after =
        params.get("cursor").map(|token| decode_cursor::<AccountIx>(token).ok_or_else(bad_cursor)).transpose()?;
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
                "account_type": a.kind,
                "account_status": a.status,
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
    Ok(ok(json!({ "data": data, "meta": { "total": total }, "links": links })))
}
