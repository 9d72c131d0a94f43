//! The HTTP surface, one module per Atlassian API family.

pub mod admin;
pub mod confluence;
pub mod control;
pub mod events;
pub mod forge;
pub mod jira;
pub mod jsm;
pub mod oauth;
pub mod user_management;

use axum::{Json, response::Response};
use http::StatusCode;
use serde_json::Value;

/// Query parameters as sent, repeated keys included (`accountIds=a&accountIds=b`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value of a repeated parameter; comma-separated values count too.
    pub fn all(&self, name: &str) -> Option<Vec<String>> {
        let values: Vec<String> = self
            .0
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned))
            .collect();
        (!values.is_empty()).then_some(values)
    }

    /// A non-negative integer parameter; `Err` when present but not a number.
    pub fn number(&self, name: &str) -> Result<Option<usize>, String> {
        self.get(name)
            .map(|v| v.parse::<usize>().map_err(|_| format!("'{name}' must be a non-negative integer")))
            .transpose()
    }

    pub fn flag(&self, name: &str) -> Option<bool> {
        self.get(name).map(|v| v.eq_ignore_ascii_case("true"))
    }
}

pub fn ok(body: Value) -> Response {
    axum::response::IntoResponse::into_response(Json(body))
}

pub fn no_content() -> Response {
    axum::response::IntoResponse::into_response(StatusCode::NO_CONTENT)
}

/// An avatar URL of the shape Atlassian uses, unique per account.
pub fn avatar(account_id: &str) -> String {
    format!(
        "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/{}/default.png",
        account_id.replace(':', "/")
    )
}
