//! The user management API (`/users/{account_id}/manage/...`): the account's own lifecycle, for
//! managed accounts only (their domain is claimed by the org).

use std::sync::Arc;

use axum::{
    Router,
    extract::{Path, Query, State},
    response::Response,
    routing::{get, post},
};
use http::StatusCode;
use serde_json::{Value, json};

use super::{Params, avatar, no_content, ok};
use crate::{
    events::action,
    model::{AccountIx, AccountStatus, Actor, Place, Target, World},
    respond::{iso, keyed_error},
    sim::Sim,
};

pub fn routes() -> Router<Arc<Sim>> {
    Router::new()
        .route("/users/{accountId}/manage", get(privileges))
        .route("/users/{accountId}/manage/profile", get(profile))
        .route("/users/{accountId}/manage/lifecycle/disable", post(disable))
        .route("/users/{accountId}/manage/lifecycle/enable", post(enable))
}

fn account_not_found() -> Response {
    keyed_error(StatusCode::NOT_FOUND, "accountNotFound", None)
}

/// The account, if this org manages it; 404 for unknown accounts, 403 for ones it does not manage.
fn managed(world: &World, account_id: &str) -> Result<AccountIx, Response> {
    let ix = world.account(account_id).ok_or_else(account_not_found)?;
    if world.acc(ix).managed { Ok(ix) } else { Err(keyed_error(StatusCode::FORBIDDEN, "forbidden", None)) }
}

/// Fields of the profile whose mutability `profile.write` (and the deprecated `profile`) report.
const PROFILE_FIELDS: [&str; 8] = [
    "name",
    "nickname",
    "zoneinfo",
    "locale",
    "extended_profile.job_title",
    "extended_profile.organization",
    "extended_profile.department",
    "extended_profile.location",
];

async fn privileges(
    State(sim): State<Arc<Sim>>,
    Path(account_id): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let world = sim.world();
    let Some(ix) = world.account(&account_id) else {
        return account_not_found();
    };
    let allowed = world.acc(ix).managed;
    // `Manageability.Rule.Simple`; only the org that manages the account may act on it.
    let rule = if allowed {
        json!({ "allowed": true })
    } else {
        json!({ "allowed": false, "reason": { "key": "managedAccount" } })
    };
    let wanted = params.all("privileges").unwrap_or_else(|| {
        ["profile.write", "email.set", "lifecycle.enablement", "apiToken.read", "apiToken.delete"]
            .map(str::to_owned)
            .to_vec()
    });
    let mut body = serde_json::Map::new();
    for privilege in wanted {
        let value = if privilege == "profile" || privilege == "profile.write" {
            // `Manageability.Rule.ObjectMutability`: one rule per profile field.
            Value::Object(PROFILE_FIELDS.iter().map(|f| ((*f).to_owned(), rule.clone())).collect())
        } else {
            rule.clone()
        };
        body.insert(privilege, value);
    }
    ok(Value::Object(body))
}

async fn profile(State(sim): State<Arc<Sim>>, Path(account_id): Path<String>) -> Response {
    let world = sim.world();
    match managed(&world, &account_id) {
        Ok(ix) => {
            let a = world.acc(ix);
            ok(json!({ "account": {
                "account_id": a.id,
                "account_type": a.kind,
                "account_status": a.status,
                "name": a.name,
                "nickname": a.nickname,
                "email": a.email,
                "zoneinfo": a.time_zone,
                "locale": "en-US",
                "picture": avatar(&a.id),
                "extended_profile": { "job_title": a.job_title, "department": a.department, "organization": world.org_name },
                "created": iso(a.added_to_org),
            }}))
        }
        Err(response) => response,
    }
}

fn lifecycle(sim: &Arc<Sim>, account_id: &str, to: AccountStatus) -> Response {
    let ix = {
        let world = sim.world();
        match managed(&world, account_id) {
            Ok(ix) if world.acc(ix).status == AccountStatus::Closed => {
                let message = "A deleted account cannot be changed.";
                return keyed_error(
                    StatusCode::CONFLICT,
                    "conflict.lifecycleErrors",
                    Some(json!({
                        "message": message,
                        "accountId": account_id,
                        "errorCodes": [{ "code": "accountDeleted", "message": message }],
                    })),
                );
            }
            Ok(ix) => ix,
            Err(response) => return response,
        }
    };
    sim.write_later(move |world| {
        let account = world.acc_mut(ix);
        let changed = account.status != to;
        account.status = to;
        account.deactivated_on = (to == AccountStatus::Inactive).then(chrono::Utc::now);
        if changed {
            let what = if to == AccountStatus::Inactive { action::USER_DEACTIVATED } else { action::USER_REACTIVATED };
            world.record(what, Actor::ApiKey, vec![Target::User(ix)], Place::Org);
        }
    });
    no_content()
}

/// `lifecycle/disable` requires a JSON object, with an optional string `message` ([UM]
/// `requestBody.required: true`); anything else is `BadRequest.Body`.
async fn disable(State(sim): State<Arc<Sim>>, Path(account_id): Path<String>, body: axum::body::Bytes) -> Response {
    let parsed: Option<serde_json::Map<String, Value>> = serde_json::from_slice(&body).ok();
    let Some(object) = parsed else {
        return keyed_error(StatusCode::BAD_REQUEST, "bodyParseFailure", None);
    };
    if object.get("message").is_some_and(|m| !m.is_string()) {
        let context = json!({ "fieldViolations": [{ "field": "message", "violations": [{ "key": "type" }] }] });
        return keyed_error(StatusCode::BAD_REQUEST, "fieldConstraintsViolated", Some(context));
    }
    lifecycle(&sim, &account_id, AccountStatus::Inactive)
}

async fn enable(State(sim): State<Arc<Sim>>, Path(account_id): Path<String>) -> Response {
    lifecycle(&sim, &account_id, AccountStatus::Active)
}
