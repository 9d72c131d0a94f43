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
