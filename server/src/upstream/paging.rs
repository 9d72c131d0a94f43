//! Walks every page of a listing, in each of Atlassian's four pagination styles, one page at a
//! time so the caller can store pages as they arrive.

use reqwest::Url;
use serde_json::{Value, json};

use super::{
    engine::{Call, Engine},
    error::UpstreamError,
};

/// How a listing pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Admin API: `data` and `links.next`, a token sent back as `cursor` (in the query for GET, in
    /// the body for a POST search).
    AdminCursor,
    /// Jira: `startAt`/`maxResults`, `values`, `isLast`.
    JiraOffset,
    /// Jira `users/search`: a bare array; the listing ends with an empty page.
    JiraArray,
    /// JSM: `start`/`limit`, `values`, `isLastPage`.
    JsmOffset,
    /// Confluence v2: `results` and `_links.next` (a relative URL), or a `Link` header.
    ConfluenceCursor,
    /// Confluence v1: `start`/`limit`, `results`, `_links.next`.
    ConfluenceOffset,
}

enum Position {
    Start,
    /// Offset styles: the next start index.
    Offset(usize),
    /// Cursor styles: the next cursor token or URL.
    Cursor(String),
    Done,
}

/// An in-progress listing.
pub struct Pages {
    call: Call,
    style: Style,
    page_size: usize,
    position: Position,
    /// A POST search whose next pages send the cursor and nothing else (the workspaces search:
    /// "when a cursor is provided in the request body, no other properties may be present").
    cursor_alone: bool,
    /// Requests made so far, for progress reports.
    pub requests: u64,
}

impl Pages {
    /// Lists everything `call` returns, `page_size` items a request (the style's own limit applies).
    pub fn new(call: Call, style: Style, page_size: usize) -> Pages {
        Pages { call, style, page_size, position: Position::Start, cursor_alone: false, requests: 0 }
    }

    /// Next pages carry only the cursor in their body.
    pub fn cursor_alone(mut self) -> Pages {
        self.cursor_alone = true;
        self
    }

    /// The next page's items; `None` once the listing is complete.
    pub async fn next(&mut self, engine: &Engine) -> Result<Option<Vec<Value>>, UpstreamError> {
        let call = match &self.position {
            Position::Done => return Ok(None),
            position => self.call_for(position),
        };
        let reply = engine.send(&call).await?;
        self.requests += 1;
        let body: Value = reply.json()?;
        let link_next = reply.headers.get(http::header::LINK).and_then(|v| v.to_str().ok()).and_then(next_link);
        let (items, next) = self.advance(body, link_next);
        self.position = next;
        Ok(Some(items))
    }

    /// Every item of the listing, for small ones.
    pub async fn collect(mut self, engine: &Engine) -> Result<Vec<Value>, UpstreamError> {
        let mut all = Vec::new();
        while let Some(items) = self.next(engine).await? {
            all.extend(items);
        }
        Ok(all)
    }

    fn call_for(&self, position: &Position) -> Call {
        let mut call = self.call.clone();
        let offset = match position {
            Position::Offset(n) => *n,
            _ => 0,
        };
        let set = |url: &mut Url, pairs: &[(&str, String)]| {
            let kept: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| !pairs.iter().any(|(p, _)| p == k))
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            url.query_pairs_mut().clear().extend_pairs(kept).extend_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        };
        match (self.style, position) {
            (Style::AdminCursor, Position::Cursor(token)) if call.json.is_some() && self.cursor_alone => {
                call.json = Some(json!({ "cursor": token }));
            }
            (Style::AdminCursor, _) if call.json.is_some() => {
                let body = call.json.get_or_insert_with(|| json!({}));
                body["limit"] = json!(self.page_size);
                if let Position::Cursor(token) = position {
                    body["cursor"] = json!(token);
                }
            }
            (Style::AdminCursor, Position::Cursor(token)) => set(&mut call.url, &[("cursor", token.clone())]),
            (Style::AdminCursor, _) => set(&mut call.url, &[("limit", self.page_size.to_string())]),
            (Style::JiraOffset | Style::JiraArray, _) => {
                set(&mut call.url, &[("startAt", offset.to_string()), ("maxResults", self.page_size.to_string())]);
            }
            (Style::JsmOffset | Style::ConfluenceOffset, _) => {
                set(&mut call.url, &[("start", offset.to_string()), ("limit", self.page_size.to_string())]);
            }
            (Style::ConfluenceCursor, Position::Cursor(next)) => {
                if let Ok(url) = call.url.join(next) {
                    call.url = url;
                }
            }
            (Style::ConfluenceCursor, _) => set(&mut call.url, &[("limit", self.page_size.to_string())]),
        }
        call
    }

    fn advance(&self, body: Value, link_next: Option<String>) -> (Vec<Value>, Position) {
        let offset = match self.position {
            Position::Offset(n) => n,
            _ => 0,
        };
        let items = |key: &str| body.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        match self.style {
            Style::AdminCursor => {
                // The events API names the next cursor in `meta.next` as well as `links.next`.
                let next = body
                    .pointer("/meta/next")
                    .and_then(Value::as_str)
                    .filter(|next| !next.is_empty())
                    .map(str::to_owned)
                    .or_else(|| body.pointer("/links/next").and_then(Value::as_str).map(cursor_token));
                (items("data"), next.map_or(Position::Done, Position::Cursor))
            }
            Style::JiraOffset => {
                let values = items("values");
                let last =
                    body.get("isLast").and_then(Value::as_bool).unwrap_or(values.is_empty()) || values.is_empty();
                let next = offset + values.len();
                (values, if last { Position::Done } else { Position::Offset(next) })
            }
            Style::JiraArray => {
                let values = body.as_array().cloned().unwrap_or_default();
                let next = offset + values.len();
                let done = values.is_empty();
                (values, if done { Position::Done } else { Position::Offset(next) })
            }
            Style::JsmOffset => {
                let values = items("values");
                let last = body.get("isLastPage").and_then(Value::as_bool).unwrap_or(true) || values.is_empty();
                let next = offset + values.len();
                (values, if last { Position::Done } else { Position::Offset(next) })
            }
            Style::ConfluenceCursor => {
                let next = body.pointer("/_links/next").and_then(Value::as_str).map(str::to_owned).or(link_next);
                (items("results"), next.map_or(Position::Done, Position::Cursor))
            }
            Style::ConfluenceOffset => {
                let values = items("results");
                let more = body.pointer("/_links/next").is_some() && !values.is_empty();
                let next = offset + values.len();
                (values, if more { Position::Offset(next) } else { Position::Done })
            }
        }
    }
}

/// `links.next` may be a bare token or a whole URL carrying `cursor=` (ENDPOINTS.md: handle both).
fn cursor_token(next: &str) -> String {
    Url::parse(next)
        .ok()
        .and_then(|url| url.query_pairs().find(|(k, _)| k == "cursor").map(|(_, v)| v.into_owned()))
        .unwrap_or_else(|| next.to_owned())
}

/// The `rel="next"` target of a `Link` header.
fn next_link(header: &str) -> Option<String> {
    header.split(',').find(|part| part.contains("rel=\"next\"")).and_then(|part| {
        let start = part.find('<')? + 1;
        let end = part.find('>')?;
        Some(part[start..end].to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_next_links_and_tokens() {
        assert_eq!(
            next_link(r#"</wiki/api/v2/spaces?cursor=abc>; rel="next""#),
            Some("/wiki/api/v2/spaces?cursor=abc".to_owned())
        );
        assert_eq!(next_link(r#"<https://x/y>; rel="prev""#), None);
        assert_eq!(cursor_token("kloHX1ZQVasDAkx_P48NYQ"), "kloHX1ZQVasDAkx_P48NYQ");
        assert_eq!(cursor_token("https://api.atlassian.com/admin/v1/orgs/o/users?cursor=tok%3D"), "tok=");
    }

    #[test]
    fn search_bodies_keep_their_filter_unless_the_cursor_must_go_alone() {
        let auth = crate::upstream::Auth::Admin(std::sync::Arc::new(secrecy::SecretString::from("k")));
        let url = Url::parse("http://127.0.0.1:9/search").expect("url");
        let call = Call::search(url, auth, json!({ "expand": ["groups"] }));
        let pages = Pages::new(call, Style::AdminCursor, 100);
        let next = Position::Cursor("c1".into());
        assert_eq!(pages.call_for(&Position::Start).json, Some(json!({ "expand": ["groups"], "limit": 100 })));
        assert_eq!(pages.call_for(&next).json, Some(json!({ "expand": ["groups"], "limit": 100, "cursor": "c1" })));
        let alone = pages.cursor_alone();
        assert_eq!(alone.call_for(&Position::Start).json, Some(json!({ "expand": ["groups"], "limit": 100 })));
        assert_eq!(alone.call_for(&next).json, Some(json!({ "cursor": "c1" })));
    }
}
