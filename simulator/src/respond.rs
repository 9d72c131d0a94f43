//! How each Atlassian API family answers: its error body shapes, its page shapes and its times.

use axum::{
    Json,
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, SecondsFormat, Utc};
use http::StatusCode;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

/// The API families, which differ in auth, rate limits, errors and paging.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// `/admin/...` and `/users/...` on api.atlassian.com: Bearer admin key.
    Admin,
    /// `/rest/api/...` on the site: Basic email + token.
    Jira,
    /// `/rest/servicedeskapi/...` on the site.
    Jsm,
    /// `/wiki/api/v2/...` on the site.
    ConfluenceV2,
    /// `/wiki/rest/api/...` on the site.
    ConfluenceV1,
    /// "Sign in with Atlassian": `/authorize`, `/oauth/token`, `/me`.
    OAuth,
    /// The simulator's own control and inspection endpoints, `/__sim/...`.
    Control,
}

impl Family {
    pub fn of_path(path: &str) -> Family {
        match () {
            _ if path.starts_with("/admin/") || path.starts_with("/users/") => Family::Admin,
            _ if path.starts_with("/rest/servicedeskapi/") => Family::Jsm,
            _ if path.starts_with("/rest/") => Family::Jira,
            _ if path.starts_with("/wiki/api/") => Family::ConfluenceV2,
            _ if path.starts_with("/wiki/") => Family::ConfluenceV1,
            _ if path.starts_with("/__sim/") => Family::Control,
            _ => Family::OAuth,
        }
    }

    /// Which rate-limit bucket the family draws from.
    pub fn bucket(self) -> Option<usize> {
        match self {
            Family::Admin => Some(0),
            Family::Jira => Some(1),
            Family::Jsm => Some(2),
            Family::ConfluenceV2 | Family::ConfluenceV1 => Some(3),
            Family::OAuth | Family::Control => None,
        }
    }

    /// An error in the family's own body shape.
    pub fn error(self, status: StatusCode, message: &str) -> Response {
        let code = status.as_u16();
        let title = status.canonical_reason().unwrap_or("Error");
        let body = match self {
            Family::Admin => json!({ "errors": [{
                "id": format!("sim-{code}"),
                "status": code.to_string(),
                "code": format!("ADMIN-{code}-1"),
                "title": title,
                "detail": message,
            }]}),
            Family::Jira => json!({ "errorMessages": [message], "errors": {} }),
            Family::Jsm => json!({
                "errorMessage": message,
                "i18nErrorMessage": { "i18nKey": format!("sd.error.{code}"), "parameters": [] },
            }),
            Family::ConfluenceV2 => json!({ "errors": [{
                "status": code,
                "code": title.to_uppercase().replace(' ', "_"),
                "title": title,
                "detail": message,
            }]}),
            Family::ConfluenceV1 => {
                json!({ "statusCode": code, "message": message, "data": { "authorized": code != 401, "valid": false, "errors": [], "successful": false } })
            }
            Family::OAuth | Family::Control => {
                json!({ "error": title.to_lowercase().replace(' ', "_"), "error_description": message })
            }
        };
        (status, Json(body)).into_response()
    }
}

/// The user management API's own error shape ([UM] `Response.*`): a `key`, and for some errors a
/// `context`. It shares the admin family's key and limits but not its error body.
pub fn keyed_error(status: StatusCode, key: &str, context: Option<Value>) -> Response {
    let mut body = json!({ "key": key });
    if let Some(context) = context {
        body["context"] = context;
    }
    (status, Json(body)).into_response()
}

/// The gate's refusals (no or a bad key, a missing scope) in the user management API's shape.
pub fn keyed_denial(status: StatusCode) -> Response {
    let key = if status == StatusCode::UNAUTHORIZED { "unauthorized" } else { "forbidden" };
    keyed_error(status, key, None)
}

/// ISO 8601 with milliseconds, as Atlassian writes times: `2024-01-01T00:00:00.000Z`.
pub fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// An opaque, stateless page cursor: the query that started the listing and where the last page
/// ended, so that "when `cursor` is present, all other params are ignored" holds as Atlassian says.
pub fn encode_cursor<T: Serialize>(state: &T) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(state).unwrap_or_default())
}

pub fn decode_cursor<T: DeserializeOwned>(token: &str) -> Option<T> {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(token.trim()).ok()?).ok()
}

/// `n` items from an iterator plus whether more remain.
pub fn take_page<T>(iter: impl Iterator<Item = T>, n: usize) -> (Vec<T>, bool) {
    let mut items: Vec<T> = iter.take(n + 1).collect();
    let more = items.len() > n;
    items.truncate(n);
    (items, more)
}

/// Jira's offset page (`PageBean...`): `startAt`, `maxResults`, `total`, `isLast`, `values`.
pub fn jira_page(
    base: &str,
    path_and_query: &str,
    start: usize,
    max: usize,
    total: usize,
    values: Vec<Value>,
) -> Value {
    let is_last = start + values.len() >= total;
    let mut page = json!({
        "self": format!("{base}{path_and_query}"),
        "startAt": start,
        "maxResults": max,
        "total": total,
        "isLast": is_last,
        "values": values,
    });
    if !is_last {
        page["nextPage"] = json!(format!("{base}{}", with_param(path_and_query, "startAt", start + max)));
    }
    page
}

/// JSM's and Confluence v1's offset page: `start`, `limit`, `size`, `isLastPage`, `_links`.
pub fn jsm_page(base: &str, path: &str, start: usize, limit: usize, values: Vec<Value>, more: bool) -> Value {
    let mut links = json!({ "self": format!("{base}{path}"), "base": base, "context": "" });
    if more {
        links["next"] = json!(format!("{base}{}", with_param(path, "start", start + limit)));
    }
    if start > 0 {
        links["prev"] = json!(format!("{base}{}", with_param(path, "start", start.saturating_sub(limit))));
    }
    json!({ "size": values.len(), "start": start, "limit": limit, "isLastPage": !more, "_links": links, "values": values })
}

/// Replaces (or adds) one query parameter of a path.
pub fn with_param(path_and_query: &str, name: &str, value: impl std::fmt::Display) -> String {
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    let mut params: Vec<String> =
        query.split('&').filter(|p| !p.is_empty() && p.split('=').next() != Some(name)).map(str::to_owned).collect();
    params.push(format!("{name}={value}"));
    format!("{path}?{}", params.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let token = encode_cursor(&(3u32, "x"));
        assert_eq!(decode_cursor::<(u32, String)>(&token), Some((3, "x".to_owned())));
        assert_eq!(decode_cursor::<(u32, String)>("not a cursor!"), None);
    }

    #[test]
    fn params_are_replaced_not_duplicated() {
        assert_eq!(with_param("/x?startAt=0&maxResults=5", "startAt", 5), "/x?maxResults=5&startAt=5");
        assert_eq!(with_param("/x", "start", 2), "/x?start=2");
    }

    #[test]
    fn families_follow_the_path() {
        assert_eq!(Family::of_path("/admin/v1/orgs"), Family::Admin);
        assert_eq!(Family::of_path("/users/abc/manage/profile"), Family::Admin);
        assert_eq!(Family::of_path("/rest/servicedeskapi/servicedesk"), Family::Jsm);
        assert_eq!(Family::of_path("/rest/api/3/users/search"), Family::Jira);
        assert_eq!(Family::of_path("/wiki/api/v2/spaces"), Family::ConfluenceV2);
        assert_eq!(Family::of_path("/wiki/rest/api/group"), Family::ConfluenceV1);
        assert_eq!(Family::of_path("/oauth/token"), Family::OAuth);
    }
}
