//! Walks every page of a listing, in each of Atlassian's four pagination styles, one page at a
//! time so the caller can store pages as they arrive. A listing owns the engine that carries it
//! and reads each page's items straight into their typed record.

use std::{marker::PhantomData, sync::Arc};

use reqwest::Url;
use serde::{Deserialize, de::DeserializeOwned};
use serde_json::{Value, json};

use super::{
    api::loose,
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

/// An in-progress listing of `T` records (raw JSON by default).
pub struct Pages<T = Value> {
    engine: Arc<Engine>,
    call: Call,
    style: Style,
    page_size: usize,
    position: Position,
    /// A POST search whose next pages send the cursor and nothing else (the workspaces search:
    /// "when a cursor is provided in the request body, no other properties may be present").
    cursor_alone: bool,
    /// Requests made so far, for progress reports.
    pub requests: u64,
    item: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> Pages<T> {
    /// Lists everything `call` returns through `engine`, `page_size` items a request (the
    /// style's own limit applies).
    pub fn new(engine: Arc<Engine>, call: Call, style: Style, page_size: usize) -> Pages<T> {
        Pages {
            engine,
            call,
            style,
            page_size,
            position: Position::Start,
            cursor_alone: false,
            requests: 0,
            item: PhantomData,
        }
    }

    /// Next pages carry only the cursor in their body.
    pub fn cursor_alone(mut self) -> Pages<T> {
        self.cursor_alone = true;
        self
    }

    /// The next page's items; `None` once the listing is complete.
    pub async fn next(&mut self) -> Result<Option<Vec<T>>, UpstreamError> {
        let call = match &self.position {
            Position::Done => return Ok(None),
            position => self.call_for(position),
        };
        let reply = self.engine.send(&call).await?;
        self.requests += 1;
        let link_next = reply.headers.get(http::header::LINK).and_then(|v| v.to_str().ok()).and_then(next_link);
        let (items, next) = self.advance(&reply.body, link_next)?;
        self.position = next;
        Ok(Some(items))
    }

    /// The first page's items only: enough to tell that the listing answers.
    pub async fn first(mut self) -> Result<Vec<T>, UpstreamError> {
        Ok(self.next().await?.unwrap_or_default())
    }

    /// Every item of the listing, for small ones.
    pub async fn collect(mut self) -> Result<Vec<T>, UpstreamError> {
        let mut all = Vec::new();
        while let Some(items) = self.next().await? {
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

    fn advance(&self, body: &[u8], link_next: Option<String>) -> Result<(Vec<T>, Position), UpstreamError> {
        let offset = match self.position {
            Position::Offset(n) => n,
            _ => 0,
        };
        let read = |e: serde_json::Error| UpstreamError::Decode(e.to_string());
        Ok(match self.style {
            Style::AdminCursor => {
                let page: AdminPage<T> = serde_json::from_slice(body).map_err(read)?;
                // The events API names the next cursor in `meta.next` as well as `links.next`.
                let next = page
                    .meta
                    .next
                    .filter(|next| !next.is_empty())
                    .or_else(|| page.links.next.as_deref().map(cursor_token));
                (page.data, next.map_or(Position::Done, Position::Cursor))
            }
            Style::JiraOffset => {
                let page: JiraPage<T> = serde_json::from_slice(body).map_err(read)?;
                let values = page.values;
                let last = page.is_last.unwrap_or(values.is_empty()) || values.is_empty();
                let next = offset + values.len();
                (values, if last { Position::Done } else { Position::Offset(next) })
            }
            Style::JiraArray => {
                let values = serde_json::from_slice::<loose::Items<T>>(body).map_err(read)?.0;
                let next = offset + values.len();
                let done = values.is_empty();
                (values, if done { Position::Done } else { Position::Offset(next) })
            }
            Style::JsmOffset => {
                let page: JsmPage<T> = serde_json::from_slice(body).map_err(read)?;
                let values = page.values;
                let last = page.is_last_page.unwrap_or(true) || values.is_empty();
                let next = offset + values.len();
                (values, if last { Position::Done } else { Position::Offset(next) })
            }
            Style::ConfluenceCursor => {
                let page: ConfluencePage<T> = serde_json::from_slice(body).map_err(read)?;
                let next = page.links.and_then(|l| l.next.flatten()).or(link_next);
                (page.results, next.map_or(Position::Done, Position::Cursor))
            }
            Style::ConfluenceOffset => {
                let page: ConfluencePage<T> = serde_json::from_slice(body).map_err(read)?;
                let values = page.results;
                let more = page.links.is_some_and(|l| l.next.is_some()) && !values.is_empty();
                let next = offset + values.len();
                (values, if more { Position::Offset(next) } else { Position::Done })
            }
        })
    }
}

/// A `next` link or token: text, or not given.
#[derive(Default, Deserialize)]
struct Next {
    #[serde(default, deserialize_with = "loose::text")]
    next: Option<String>,
}

/// The admin API's page: `data`, and the next cursor in `links.next` (or the events' `meta.next`).
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct AdminPage<T> {
    #[serde(default, deserialize_with = "loose::list")]
    data: Vec<T>,
    #[serde(default, deserialize_with = "lenient")]
    links: Next,
    #[serde(default, deserialize_with = "lenient")]
    meta: Next,
}

#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct JiraPage<T> {
    #[serde(default, deserialize_with = "loose::list")]
    values: Vec<T>,
    #[serde(default, rename = "isLast", deserialize_with = "loose::flag")]
    is_last: Option<bool>,
}

#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct JsmPage<T> {
    #[serde(default, deserialize_with = "loose::list")]
    values: Vec<T>,
    #[serde(default, rename = "isLastPage", deserialize_with = "loose::flag")]
    is_last_page: Option<bool>,
}

/// Confluence's page, v2 (`_links.next` a relative URL) and v1 (a `_links.next` at all means more).
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct ConfluencePage<T> {
    #[serde(default, deserialize_with = "loose::list")]
    results: Vec<T>,
    #[serde(default, rename = "_links")]
    links: Option<ConfluenceLinks>,
}

#[derive(Deserialize)]
struct ConfluenceLinks {
    /// `_links.next` when it is there at all (v1 counts on that alone), with its text (v2
    /// follows it).
    #[serde(default, deserialize_with = "present")]
    next: Option<Option<String>>,
}

/// `links` and `meta` that are not objects give no cursor.
fn lenient<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Next, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        value @ Value::Object(_) => Next::deserialize(value).map_err(serde::de::Error::custom)?,
        _ => Next::default(),
    })
}

/// A field that is there (even as `null`), with its text if it is a string.
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    loose::text(deserializer).map(Some)
}

/// `links.next` may be a bare token or a whole URL carrying `cursor=` (Atlassian's APIs answer both ways).
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

    /// A listing of raw items in `style`, at `position`, to read one page with.
    fn listing(style: Style, position: Position) -> Pages {
        let auth = crate::upstream::Auth::Admin(std::sync::Arc::new(secrecy::SecretString::from("k")));
        let call = Call::get(Url::parse("http://127.0.0.1:9/list").expect("url"), auth);
        let engine = Arc::new(Engine::new(crate::upstream::EngineConfig::default()));
        Pages { position, ..Pages::new(engine, call, style, 2) }
    }

    /// The items and the next position one page body gives.
    fn page(style: Style, at: usize, body: Value, link: Option<&str>) -> (usize, String) {
        let pages = listing(style, if at == 0 { Position::Start } else { Position::Offset(at) });
        let (items, next) = pages.advance(body.to_string().as_bytes(), link.map(str::to_owned)).expect("page");
        let next = match next {
            Position::Start => "start".to_owned(),
            Position::Offset(n) => format!("offset {n}"),
            Position::Cursor(c) => format!("cursor {c}"),
            Position::Done => "done".to_owned(),
        };
        (items.len(), next)
    }

    #[test]
    fn each_style_reads_its_page_and_where_the_next_starts() {
        let admin = |body| page(Style::AdminCursor, 0, body, None);
        assert_eq!(
            admin(json!({"data": [{}, {}], "links": {"next": "https://x/y?cursor=c2"}})),
            (2, "cursor c2".into())
        );
        assert_eq!(
            admin(json!({"data": [{}], "meta": {"next": "m2"}, "links": {"next": "l2"}})),
            (1, "cursor m2".into())
        );
        assert_eq!(
            admin(json!({"data": [{}], "meta": {"next": ""}, "links": {"next": "l2"}})),
            (1, "cursor l2".into())
        );
        assert_eq!(admin(json!({"data": null, "links": "odd", "meta": 3})), (0, "done".into()));
        assert_eq!(admin(json!({"links": {"next": 7}})), (0, "done".into()));
        let jira = |at, body| page(Style::JiraOffset, at, body, None);
        assert_eq!(jira(4, json!({"values": [{}, {}], "isLast": false})), (2, "offset 6".into()));
        assert_eq!(jira(0, json!({"values": [{}, {}]})), (2, "offset 2".into()));
        assert_eq!(jira(0, json!({"values": [{}], "isLast": true})), (1, "done".into()));
        assert_eq!(jira(0, json!({"values": [], "isLast": false})), (0, "done".into()));
        assert_eq!(page(Style::JiraArray, 3, json!([{}, {}]), None), (2, "offset 5".into()));
        assert_eq!(page(Style::JiraArray, 3, json!([]), None), (0, "done".into()));
        assert_eq!(page(Style::JiraArray, 0, json!({"errorMessages": []}), None), (0, "done".into()));
        let jsm = |body| page(Style::JsmOffset, 0, body, None);
        assert_eq!(jsm(json!({"values": [{}], "isLastPage": false})), (1, "offset 1".into()));
        assert_eq!(jsm(json!({"values": [{}]})), (1, "done".into()));
        let cursor = |body, link| page(Style::ConfluenceCursor, 0, body, link);
        assert_eq!(cursor(json!({"results": [{}], "_links": {"next": "/n?c=2"}}), None), (1, "cursor /n?c=2".into()));
        assert_eq!(cursor(json!({"results": [{}], "_links": {"next": 1}}), Some("/h")), (1, "cursor /h".into()));
        assert_eq!(cursor(json!({"results": [{}]}), None), (1, "done".into()));
        let offset = |body| page(Style::ConfluenceOffset, 0, body, None);
        assert_eq!(offset(json!({"results": [{}, {}], "_links": {"next": null}})), (2, "offset 2".into()));
        assert_eq!(offset(json!({"results": [{}], "_links": {}})), (1, "done".into()));
        assert_eq!(offset(json!({"results": [], "_links": {"next": "/more"}})), (0, "done".into()));
    }

    #[test]
    fn search_bodies_keep_their_filter_unless_the_cursor_must_go_alone() {
        let auth = crate::upstream::Auth::Admin(std::sync::Arc::new(secrecy::SecretString::from("k")));
        let url = Url::parse("http://127.0.0.1:9/search").expect("url");
        let call = Call::search(url, auth, json!({ "expand": ["groups"] }));
        let engine = Arc::new(Engine::new(crate::upstream::EngineConfig::default()));
        let pages: Pages = Pages::new(engine, call, Style::AdminCursor, 100);
        let next = Position::Cursor("c1".into());
        assert_eq!(pages.call_for(&Position::Start).json, Some(json!({ "expand": ["groups"], "limit": 100 })));
        assert_eq!(pages.call_for(&next).json, Some(json!({ "expand": ["groups"], "limit": 100, "cursor": "c1" })));
        let alone = pages.cursor_alone();
        assert_eq!(alone.call_for(&Position::Start).json, Some(json!({ "expand": ["groups"], "limit": 100 })));
        assert_eq!(alone.call_for(&next).json, Some(json!({ "cursor": "c1" })));
    }
}
