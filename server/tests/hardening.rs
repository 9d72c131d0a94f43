//! Input that must never take the server down, over real HTTP: bodies over the stated
//! limit answer 413 before they are read whole, malformed input to any server function answers a
//! translated 400 and changes nothing, and clients that send too slowly are dropped.

mod common;

use std::{
    collections::BTreeMap,
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// Every server function the router has, from the server-function registry: one added later is
/// covered here without touching this file.
fn server_functions() -> Vec<String> {
    let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()).collect();
    paths.sort();
    paths.dedup();
    assert!(paths.len() >= 16, "the registry lists only {paths:?}");
    paths
}

/// Each server function's argument names and whether it has a required one, read from its
/// declaration in `app/src/api` (the registry knows paths, not arguments).
fn declared_arguments() -> BTreeMap<String, Vec<(String, bool)>> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../app/src/api"));
    let mut functions = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("app/src/api") {
        let source = std::fs::read_to_string(entry.expect("entry").path()).expect("source");
        for declaration in source.split("#[server(").skip(1) {
            let Some(endpoint) = declaration.split("endpoint = \"").nth(1).and_then(|rest| rest.split('"').next())
            else {
                continue;
            };
            let Some(signature) = declaration.split("async fn ").nth(1) else { continue };
            let open = signature.find('(').expect("(");
            let close = signature.find(") ->").expect(") ->");
            let mut arguments = Vec::new();
            let (mut depth, mut start) = (0, open + 1);
            let text = &signature[..close];
            for (i, c) in text.char_indices().skip(open + 1).chain([(close, ',')]) {
                match c {
                    '<' | '(' => depth += 1,
                    '>' | ')' => depth -= 1,
                    ',' if depth == 0 => {
                        let argument = text[start..i.min(text.len())].trim();
                        if let Some((name, ty)) = argument.split_once(':') {
                            arguments.push((name.trim().to_owned(), !ty.trim().starts_with("Option<")));
                        }
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            functions.insert(format!("/api/{endpoint}"), arguments);
        }
    }
    functions
}

async fn call_raw(server: &common::TestServer, cookie: Option<&str>, path: &str, body: String) -> (u16, Value) {
    let length = body.len();
    let mut request = common::client()
        .post(server.url(path))
        .header("origin", server.url(""))
        .header("content-type", "application/json")
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap_or_else(|e| panic!("{path} ({length} bytes): {e:?}"));
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("{path} answered {status} with no JSON: {text}"));
    (status, body)
}

/// Sends `length` bytes of body to `path` on a raw connection (with `Content-Length`, or chunked
/// when `chunked`) while reading the answer, and returns the status and body the server sent as
/// soon as it answered; the writer stops when the server stops reading.
async fn stream_body(server: &common::TestServer, path: &str, length: usize, chunked: bool) -> (u16, String) {
    let stream = TcpStream::connect(server.addr).await.expect("connect");
    let (mut reader, mut writer) = stream.into_split();
    let framing = if chunked { "transfer-encoding: chunked".to_owned() } else { format!("content-length: {length}") };
    let head = format!(
        "POST {path} HTTP/1.1\r\nhost: {}\r\norigin: {}\r\ncookie: {}\r\ncontent-type: application/json\r\n\
         connection: close\r\n{framing}\r\n\r\n",
        server.addr,
        server.url(""),
        server.admin_cookie
    );
    let writing = tokio::spawn(async move {
        writer.write_all(head.as_bytes()).await?;
        let chunk = vec![b' '; 64 * 1024];
        let mut sent = 0;
        while sent < length {
            let n = chunk.len().min(length - sent);
            if chunked {
                writer.write_all(format!("{n:x}\r\n").as_bytes()).await?;
            }
            writer.write_all(&chunk[..n]).await?;
            if chunked {
                writer.write_all(b"\r\n").await?;
            }
            sent += n;
        }
        if chunked {
            writer.write_all(b"0\r\n\r\n").await?;
        }
        std::io::Result::Ok(())
    });
    let mut answer = Vec::new();
    let mut buffer = vec![0; 16 * 1024];
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match tokio::time::timeout_at(deadline.into(), reader.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buffer[..n]),
            Err(_) => panic!("{path}: no complete answer within a minute"),
        }
        if response_complete(&answer) {
            break;
        }
    }
    writing.abort();
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("{path}: {text:?}"));
    let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default();
    (status, body)
}

/// Whether `answer` holds a whole response with a `content-length`.
fn response_complete(answer: &[u8]) -> bool {
    let text = String::from_utf8_lossy(answer);
    let Some((head, body)) = text.split_once("\r\n\r\n") else { return false };
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .is_some_and(|length| body.len() >= length)
}

/// Waits for the demo org's first sync, so nothing else writes while a test compares.
async fn synced(server: &common::TestServer) {
    for _ in 0..600 {
        let (_, body) = server.call("sync/status", json!({})).await;
        if !body["snapshot"].is_null() && body["running"].is_null() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the first sync did not complete within a minute");
}

/// What a call could change: the audit log, the settings, the jobs.
async fn state(server: &common::TestServer) -> (Vec<i64>, Value, Value) {
    let audit = server.audit().await.iter().map(|record| record.seq).collect();
    let (_, settings) = server.call("settings", json!({})).await;
    let (_, jobs) = server.call("jobs", json!({})).await;
    (audit, settings, jobs)
}

fn assert_refused(path: &str, case: &str, (status, body): &(u16, Value), expected: u16, code: &str) {
    assert_eq!(*status, expected, "{path} with {case}: {body}");
    assert_eq!(body["code"], code, "{path} with {case}: {body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_server_function_refuses_malformed_and_oversized_input() {
    let server = common::TestServer::start().await;
    synced(&server).await;
    let before = state(&server).await;
    let declared = declared_arguments();
    let cookie = Some(server.admin_cookie.as_str());
    let three_mb = "x".repeat(3 * 1024 * 1024);
    let sixty_four_mb = 64 * 1024 * 1024;
    for path in server_functions() {
        let arguments = declared.get(&path).unwrap_or_else(|| panic!("{path} is not declared in app/src/api"));
        let every =
            |value: Value| Value::Object(arguments.iter().map(|(name, _)| (name.clone(), value.clone())).collect());

        for (case, body) in [
            ("a body that is not JSON", "{ this is not JSON".to_owned()),
            ("a JSON string", "\"a string\"".to_owned()),
            ("a JSON number", "12".to_owned()),
            ("JSON nested too deep", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))),
        ] {
            assert_refused(&path, case, &call_raw(&server, cookie, &path, body).await, 400, "invalid_input");
        }
        if !arguments.is_empty() {
            // Wrong types and absurd numbers: no argument of any server function takes these.
            for (case, value) in [("wrong types", json!([[["x"]]])), ("absurd numbers", json!(1e300))] {
                let answer = call_raw(&server, cookie, &path, every(value).to_string()).await;
                assert_refused(&path, case, &answer, 400, "invalid_input");
            }
        }
        if arguments.iter().any(|(_, required)| *required) {
            let answer = call_raw(&server, cookie, &path, "{}".to_owned()).await;
            assert_refused(&path, "missing fields", &answer, 400, "invalid_input");
        }

        // A string of megabytes: over the stated limit of every route but the bulk selection's.
        let name = arguments.first().map_or("padding", |(name, _)| name.as_str());
        let big = json!({ name: three_mb });
        let answer = call_raw(&server, cookie, &path, big.to_string()).await;
        if server::limits::body_limit(&path, server::limits::DEFAULT_BODY_LIMIT) > three_mb.len() as u64 {
            assert_refused(&path, "a 3 MB string", &answer, 400, "invalid_input");
        } else {
            assert_refused(&path, "a 3 MB string", &answer, 413, "payload_too_large");
        }

        // 64 MB announced: refused before it is read (the answer comes while it is still sent).
        let (status, body) = stream_body(&server, &path, sixty_four_mb, false).await;
        assert_eq!(status, 413, "{path} with 64 MB: {body}");
        assert_eq!(serde_json::from_str::<Value>(&body).expect("JSON")["code"], "payload_too_large", "{path}");
        // The same sent in chunks, without a length: cut off at the limit.
        let (status, body) = stream_body(&server, &path, 20 * 1024 * 1024, true).await;
        assert_eq!(status, 413, "{path} with 20 MB in chunks: {body}");
        assert_eq!(serde_json::from_str::<Value>(&body).expect("JSON")["code"], "payload_too_large", "{path}");
    }
    assert_eq!(state(&server).await, before, "refused input changed nothing");

    // Absurd page sizes are clamped to the page maximum (1,000 rows), not refused.
    let (status, page) = server.call("users", json!({ "query": { "page_size": 1_000_000_000u32 } })).await;
    assert_eq!(status, 200, "{page}");
    assert!(page["rows"].as_array().is_some_and(|rows| !rows.is_empty() && rows.len() <= 1_000), "{page}");
    let (status, page) = server.call("audit", json!({ "query": { "page_size": 1_000_000_000u32 } })).await;
    assert_eq!(status, 200, "{page}");
    assert!(page["rows"].as_array().is_some_and(|rows| !rows.is_empty() && rows.len() <= 1_000), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_routes_refuse_large_bodies_too() {
    let server = common::TestServer::start().await;
    let before = server.audit().await.len();
    // 1.5 MB: over the stated 1 MB limit.
    let big = format!("{{\"token\":\"{}\"}}", "x".repeat(3 * 512 * 1024));
    for path in ["/api/setup_status", "/api/login_options"] {
        assert_refused(
            path,
            "1.5 MB, signed out",
            &call_raw(&server, None, path, big.clone()).await,
            413,
            "payload_too_large",
        );
    }

    // A sign-in form over the limit: a small page in the visitor's language, with a way back.
    for path in ["/auth/login", "/auth/setup"] {
        let form = format!("login=a&password={}", "x".repeat(3 * 512 * 1024));
        let response = common::client()
            .post(server.url(path))
            .header("origin", server.url(""))
            .header("accept-language", "de")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status().as_u16(), 413, "{path}");
        assert!(response.headers()["content-type"].to_str().expect("type").starts_with("text/html"), "{path}");
        let page = response.text().await.expect("page");
        let expected =
            app::i18n::message(app::i18n::Locale::from_tag("de").expect("de"), "error-payload-too-large", None);
        assert!(page.contains(&expected.replace('&', "&amp;")), "{path}: {page}");
        assert!(page.contains("lang=\"de\""), "{path}: {page}");
    }
    assert_eq!(server.audit().await.len(), before, "nothing was recorded");
}

/// Reads from `stream` until the server closes it; how long that took, or `None` if it was still
/// open after `patience`. `dribble` sends one byte of a header at each read timeout.
async fn closed_within(stream: &mut TcpStream, patience: Duration, dribble: bool) -> Option<Duration> {
    let start = Instant::now();
    let mut buffer = [0u8; 1024];
    while start.elapsed() < patience {
        match tokio::time::timeout(Duration::from_millis(300), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return Some(start.elapsed()),
            Ok(Ok(_)) => {}
            Err(_) if dribble => {
                if stream.write_all(b"x").await.is_err() {
                    return Some(start.elapsed());
                }
            }
            Err(_) => {}
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_dropped() {
    let site = tempfile::tempdir().expect("site");
    common::write_bundle(site.path());
    let server = common::TestServer::start_with(site, |config| {
        config.header_timeout_secs = 1;
        config.request_timeout_secs = 2;
    })
    .await;

    // Slow-loris: a header sent one byte at a time never completes; the server hangs up.
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    stream.write_all(b"GET / HTTP/1.1\r\nhost: localhost\r\nx-slow: ").await.expect("write");
    let closed = closed_within(&mut stream, Duration::from_secs(10), true).await;
    assert!(closed.is_some_and(|after| after < Duration::from_secs(4)), "still open after {closed:?}");

    // A connection that never sends anything is closed as well.
    let mut idle = TcpStream::connect(server.addr).await.expect("connect");
    let closed = closed_within(&mut idle, Duration::from_secs(10), false).await;
    assert!(closed.is_some_and(|after| after < Duration::from_secs(4)), "still open after {closed:?}");

    // Headers in time, but a body that never comes: the request ends at its limit, translated.
    let mut stream = TcpStream::connect(server.addr).await.expect("connect");
    let head = format!(
        "POST /api/sync/status HTTP/1.1\r\nhost: {}\r\norigin: {}\r\ncookie: {}\r\ncontent-type: application/json\r\n\
         content-length: 100\r\nconnection: close\r\n\r\n{{",
        server.addr,
        server.url(""),
        server.admin_cookie
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    let start = Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "no answer within 10 s");
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 503"), "{text}");
    assert!(text.contains("\"code\":\"timeout\""), "{text}");

    // The server still answers everyone else.
    let (status, _) = server.call("sync/status", json!({})).await;
    assert_eq!(status, 200);
}
