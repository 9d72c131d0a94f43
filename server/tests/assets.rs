//! The browser bundle over real HTTP: versioned paths, precompressed variants, caching, start-up checks.

mod common;

use common::{TestServer, client, write_bundle};
use http::{StatusCode, header};

async fn current_version(server: &TestServer) -> String {
    let html = client().get(server.url("/login")).send().await.expect("request").text().await.expect("body");
    let start = html.find("/pkg/").expect("a /pkg/ link") + "/pkg/".len();
    html[start..].chars().take_while(char::is_ascii_hexdigit).collect()
}

async fn fetch(server: &TestServer, path: &str, accept_encoding: &str) -> reqwest::Response {
    let request = client().get(server.url(path)).header("cookie", &server.admin_cookie);
    request.header("accept-encoding", accept_encoding).send().await.expect("request")
}

#[tokio::test]
async fn serves_the_best_precompressed_variant_with_long_caching() {
    let server = TestServer::start().await;
    let version = current_version(&server).await;
    assert_eq!(version.len(), 12);
    let path = format!("/pkg/{version}/frontend_bg.wasm");

    for (accept, encoding, body) in [
        ("gzip, deflate, br", Some("br"), &b"brotli bytes"[..]),
        ("gzip", Some("gzip"), &b"gzip bytes"[..]),
        ("gzip, br;q=0", Some("gzip"), &b"gzip bytes"[..]),
        ("", None, &b"\0asm identity"[..]),
    ] {
        let response = fetch(&server, &path, accept).await;
        assert_eq!(response.status(), StatusCode::OK, "{accept}");
        let headers = response.headers().clone();
        assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
        assert_eq!(headers.get(header::CONTENT_ENCODING).map(|v| v.to_str().expect("ascii")), encoding, "{accept}");
        assert_eq!(&response.bytes().await.expect("body")[..], body, "{accept}");
    }
}

#[tokio::test]
async fn serves_nested_files_but_not_trunks_page_or_other_versions() {
    let server = TestServer::start().await;
    let version = current_version(&server).await;

    let snippet = fetch(&server, &format!("/pkg/{version}/snippets/inline.js"), "").await;
    assert_eq!(snippet.status(), StatusCode::OK);
    assert_eq!(snippet.headers()[header::CONTENT_TYPE], "text/javascript; charset=utf-8");

    for path in [
        format!("/pkg/{version}/index.html"),
        format!("/pkg/{version}/frontend_bg.wasm.br"),
        format!("/pkg/{version}/../../Cargo.toml"),
        "/pkg/000000000000/frontend.js".to_owned(),
    ] {
        let response = fetch(&server, &path, "").await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        if path.starts_with("/pkg/000") {
            assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
        }
    }
}

/// Under the public prefixes only what a route serves exists: anything else is a small plain 404
/// (no app shell, no script), signed in or not.
#[tokio::test]
async fn unknown_paths_under_public_prefixes_are_plain_404s() {
    let server = TestServer::start().await;
    for path in
        ["/auth/", "/auth/unknown", "/auth/login/x", "/auth/atlassian/other", "/pkg/", "/pkg/frontend.js", "/pkg/x"]
    {
        for cookie in ["", server.admin_cookie.as_str()] {
            let response = client().get(server.url(path)).header("cookie", cookie).send().await.expect("request");
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
            assert_eq!(response.headers()[header::CONTENT_TYPE], "text/plain; charset=utf-8", "{path}");
            let body = response.text().await.expect("body");
            assert_eq!(body, "Page not found\n", "{path}: no app shell");
        }
    }
    // What exists there still answers.
    let login = client().post(server.url("/auth/login")).header("origin", server.url("")).send().await.expect("login");
    assert_ne!(login.status(), StatusCode::NOT_FOUND);
    let version = current_version(&server).await;
    assert_eq!(fetch(&server, &format!("/pkg/{version}/frontend.js"), "").await.status(), StatusCode::OK);
}

/// A `next` with control characters, encoded or not, redirects home instead of
/// failing (a raw `%01` in a `Location` made the response builder panic).
#[tokio::test]
async fn the_preferences_redirect_takes_any_next() {
    let server = TestServer::start().await;
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    for (next, expected) in [
        ("/%01", "/"),
        ("/%0A", "/"),
        ("%2Fusers%0D%0ASet-Cookie:%20x%3D1", "/"),
        ("%2F%2Fevil.example", "/"),
        ("%2F%5Cevil.example", "/"),
        ("%2F%09%2Fevil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("%2Fusers%3Fq%3D%C3%A9", "/users?q=%C3%A9"),
    ] {
        let url = server.url(&format!("/preferences?theme=dark&next={next}"));
        let response = no_redirects.get(url).send().await.expect("an answer, not a dropped connection");
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(response.headers()[header::LOCATION], expected, "{next}");
    }
}

#[tokio::test]
async fn a_changed_bundle_gets_a_new_version() {
    let first = TestServer::start().await;
    let old = current_version(&first).await;

    let site = tempfile::tempdir().expect("temp dir");
    write_bundle(site.path());
    std::fs::write(site.path().join("pkg/main.css"), "body { margin: 1px }\n").expect("css");
    let second = TestServer::start_with_site(site).await;
    let new = current_version(&second).await;
    assert_ne!(old, new);
}

#[tokio::test]
async fn refuses_to_start_without_a_complete_bundle() {
    let empty = tempfile::tempdir().expect("temp dir");
    let located = server::assets::SiteAssets::locate(Some(empty.path()));
    let message = located.expect_err("no pkg folder is an error").to_string();
    assert!(message.contains("UAM_SITE_ROOT"), "{message}");

    std::fs::create_dir_all(empty.path().join("pkg")).expect("pkg");
    std::fs::write(empty.path().join("pkg/frontend.js"), "x").expect("js");
    let message = server::assets::SiteAssets::load(empty.path()).err().expect("incomplete bundle").to_string();
    assert!(message.contains("frontend_bg.wasm is missing"), "{message}");
}

#[tokio::test]
async fn the_data_folder_is_created_private() {
    let server = TestServer::start().await;
    let _ = current_version(&server).await;
    let metadata = std::fs::metadata(server.data_dir()).expect("data dir exists");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(metadata.permissions().mode() & 0o777, 0o700);
    }
    assert!(metadata.is_dir());
}
