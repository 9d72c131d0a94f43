//! The HTTP surface, one module per Atlassian API family.

pub mod admin;
pub mod confluence;
pub mod control;
pub mod events;
pub mod forge;
pub mod jira;
pub mod jsm;
pub mod oauth;
pub mod paired;
pub mod user_management;

use axum::{
    Json,
    extract::{FromRequestParts, OriginalUri, Query, rejection::QueryRejection},
    response::Response,
};
use http::{StatusCode, request::Parts};
use serde_json::Value;

use crate::sim::Base;

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

/// A handler's answer, where `Err` is the error answer a check cut it short with (so that checks
/// chain with `?`). Both sides are sent as they are.
pub type Answer = Result<Response, Response>;

/// What a listing reads from its request besides its path: the scheme and host for absolute links
/// ([`Base`]), the path and query as sent (its `self` and `next` links are made from them) and the
/// query parameters. Only the parameters can be refused, as `Query` refuses them.
pub struct Listing {
    pub base: String,
    pub uri: String,
    pub params: Params,
}

impl<S: Send + Sync> FromRequestParts<S> for Listing {
    type Rejection = QueryRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Listing, QueryRejection> {
        let Ok(Base(base)) = Base::from_request_parts(parts, state).await;
        let Ok(OriginalUri(uri)) = OriginalUri::from_request_parts(parts, state).await;
        let Query(params) = Query::<Params>::from_request_parts(parts, state).await?;
        Ok(Listing { base, uri: uri.to_string(), params })
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
