//! The v2 listings' cursor paging: the page size a request may ask for, and a cursor that carries
//! the query which started the listing, so that "when `cursor` is present, all other params are
//! ignored" holds as Atlassian says.

use axum::response::Response;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

use super::answer::{bad_cursor, bad_request};
use crate::respond::{decode_cursor, encode_cursor};

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
pub fn resume<Q: DeserializeOwned>(query: Q, cursor: Option<&str>) -> Result<(Q, usize), Response> {
    match cursor {
        Some(token) => decode_cursor::<Resume<Q>>(token).map(|r| (r.q, r.after + 1)).ok_or_else(bad_cursor),
        None => Ok((query, 0)),
    }
}

/// The `next` cursor of a page that stopped at index `after` while more matched: `q` is the
/// listing's query without its own cursor.
pub fn next_cursor<Q: Serialize>(q: Q, after: usize) -> Value {
    json!(encode_cursor(&Resume { q, after }))
}
