//! The v2 listings' cursor paging: the page size a request may ask for, and a cursor that carries
//! the query which started the listing, so that "when `cursor` is present, all other params are
//! ignored" holds as Atlassian says.

use axum::response::Response;
use http::StatusCode;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

use super::answer::{bad_cursor, bad_request, err};
use crate::{
    api::Params,
    respond::{decode_cursor, encode_cursor},
};

/// The cursor and page size of a v2 listing, as its JSON body or its query parameters carry them.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Window {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
}

impl Window {
    pub fn from_params(params: &Params) -> Result<Window, Response> {
        Ok(Window {
            cursor: params.get("cursor").map(str::to_owned),
            limit: params.number("limit").map_err(|m| err(StatusCode::BAD_REQUEST, &m))?,
        })
    }
}

/// A v2 listing's query: its filters and its window.
pub trait Listing: Clone + Serialize + DeserializeOwned {
    fn window(&mut self) -> &mut Window;
}

/// The page size: 20 unless asked, at most 100.
pub fn limit(requested: Option<usize>) -> Result<usize, Response> {
    match requested.unwrap_or(20) {
        n @ 1..=100 => Ok(n),
        _ => Err(bad_request("limit must be between 1 and 100")),
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
pub fn resume<Q: Listing>(mut query: Q) -> Result<(Q, usize), Response> {
    match query.window().cursor.take() {
        Some(token) => decode_cursor::<Resume<Q>>(&token).map(|r| (r.q, r.after + 1)).ok_or_else(bad_cursor),
        None => Ok((query, 0)),
    }
}

/// The `next` cursor of a page of `query`'s listing that stopped at index `after` while more
/// matched.
pub fn next_cursor<Q: Listing>(query: &Q, after: usize) -> Value {
    let mut q = query.clone();
    q.window().cursor = None;
    json!(encode_cursor(&Resume { q, after }))
}
