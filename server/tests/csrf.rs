//! CSRF and CORS over real HTTP: only our own pages may change anything, server
//! functions take JSON only, and no response carries CORS headers.

mod common;

use serde_json::json;

async fn post(server: &common::TestServer, headers: &[(&str, &str)], body: reqwest::Body, content_type: &str) -> u16 {
    send(server, headers, body, content_type).await.status().as_u16()
}

async fn send(
    server: &common::TestServer,
    headers: &[(&str, &str)],
    body: reqwest::Body,
    content_type: &str,
) -> reqwest::Response {
    let mut request = common::client()
        .post(server.url("/api/sync/status"))
        .header("cookie", &server.admin_cookie)
        .header("content-type", content_type)
        .body(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request");
    assert!(response.headers().get("access-control-allow-origin").is_none(), "no CORS header");
    response
}

fn json_body() -> reqwest::Body {
    json!({}).to_string().into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_our_own_pages_may_call_server_functions() {
    let server = common::TestServer::start().await;
    let ours = server.url("");
    let json = "application/json";

    // Fetch Metadata says where the request comes from.
    assert_eq!(post(&server, &[("sec-fetch-site", "cross-site"), ("origin", &ours)], json_body(), json).await, 403);
    assert_eq!(post(&server, &[("sec-fetch-site", "same-site"), ("origin", &ours)], json_body(), json).await, 403);
    assert_eq!(post(&server, &[("sec-fetch-site", "same-origin")], json_body(), json).await, 200);

    // Without it, the Origin must be exactly ours.
    assert_eq!(post(&server, &[("origin", "http://evil.example")], json_body(), json).await, 403);
    assert_eq!(post(&server, &[], json_body(), json).await, 403);
    assert_eq!(post(&server, &[("origin", &ours)], json_body(), json).await, 200);

    // Forms and plain text are refused, even from our origin.
    for content_type in ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"] {
        let status = post(&server, &[("origin", &ours)], "a=1".into(), content_type).await;
        assert_eq!(status, 415, "{content_type}");
    }
}

/// `Sec-Fetch-Site: none` (a request the user started) is not enough to change anything: the
/// Origin must be ours as well. Every answer to a checked request says in `Vary` that it depends
/// on these headers, so that no shared cache hands one origin's answer to another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_the_user_started_needs_our_origin_and_answers_vary() {
    let server = common::TestServer::start().await;
    let ours = server.url("");
    let json = "application/json";
    let none = ("sec-fetch-site", "none");
    assert_eq!(post(&server, &[none], json_body(), json).await, 403);
    assert_eq!(post(&server, &[none, ("origin", "http://evil.example")], json_body(), json).await, 403);
    assert_eq!(post(&server, &[none, ("origin", &ours)], json_body(), json).await, 200);

    let vary = |response: &reqwest::Response| {
        let values: Vec<String> = response
            .headers()
            .get_all("vary")
            .iter()
            .flat_map(|v| v.to_str().expect("ascii").split(',').map(|name| name.trim().to_ascii_lowercase()))
            .collect();
        values.contains(&"origin".to_owned()) && values.contains(&"sec-fetch-site".to_owned())
    };
    for headers in [
        vec![("sec-fetch-site", "same-origin")],
        vec![("origin", ours.as_str())],
        vec![("sec-fetch-site", "cross-site"), ("origin", ours.as_str())],
        vec![none],
    ] {
        let response = send(&server, &headers, json_body(), json).await;
        assert!(vary(&response), "{headers:?}: {:?}", response.headers());
    }
    let refused_form = send(&server, &[("origin", &ours)], "a=1".into(), "text/plain").await;
    assert!(vary(&refused_form), "{:?}", refused_form.headers());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_preflight_from_another_origin_gets_no_cors_headers() {
    let server = common::TestServer::start().await;
    let preflight = common::client()
        .request(reqwest::Method::OPTIONS, server.url("/api/sync/start"))
        .header("origin", "http://evil.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .expect("request");
    assert!(preflight.headers().get("access-control-allow-origin").is_none(), "no CORS header");
    assert!(preflight.headers().get("access-control-allow-methods").is_none(), "no CORS header");
    let page =
        common::client().get(server.url("/")).header("origin", "http://evil.example").send().await.expect("page");
    assert!(page.headers().get("access-control-allow-origin").is_none(), "no CORS header");
}

/// Every server function takes JSON in a POST body; none uses a GET encoding, so none can
/// be triggered by a link, an image or a cross-site form.
#[test]
fn no_server_function_uses_a_get_encoding() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../app/src/api"));
    let mut functions = 0;
    for entry in std::fs::read_dir(dir).expect("app/src/api") {
        let path = entry.expect("entry").path();
        let source = std::fs::read_to_string(&path).expect("source");
        for bad in ["GetUrl", "GetCbor", "GetJson"] {
            assert!(!source.contains(bad), "{} uses {bad}", path.display());
        }
        for attribute in source.lines().filter(|l| l.trim_start().starts_with("#[server")) {
            functions += 1;
            assert!(attribute.contains("input = Json"), "{}: {attribute}", path.display());
        }
    }
    assert!(functions >= 16, "found only {functions} server functions");
}
