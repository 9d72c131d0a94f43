//! The app shell over real HTTP: pages, the not-found page, preferences, health and compression.

mod common;

use common::{TestServer, client};
use http::{StatusCode, header};

async fn get(server: &TestServer, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = client().get(server.url(path)).header("cookie", &server.admin_cookie);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("request")
}

#[tokio::test]
async fn healthz_answers_ok() {
    let server = TestServer::start().await;
    let response = get(&server, "/healthz", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&response.text().await.expect("body")).expect("json");
    assert_eq!(body["status"], "ok");
}

/// The page without the empty comments (`<!>`) that mark, for hydration, where a component's text
/// ends (components are type-erased on both builds, see `.cargo/config.toml`).
fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

#[tokio::test]
async fn every_page_renders_its_heading_and_empty_state() {
    let server = TestServer::start().await;
    // The first sync starts with the server (on its scheduler's first tick): the dashboard is
    // asked once it runs.
    for _ in 0..100 {
        if server.syncer.progress().is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The audit log is never empty here: the test admin's sign-in is its first entry.
    let pages = [
        // With no data yet, the dashboard says the sync is reading (the "no data" state without
        // a sync is checked in binary.rs).
        ("/", "Dashboard", ">Reading your organisation</h2>"),
        ("/users", "Users", ">No users to show yet</h2>"),
        ("/audit", "Audit log", r#"class="audit-admin""#),
        ("/settings", "Settings", ">Atlassian connection</h2>"),
    ];
    for (path, heading, shown) in pages {
        let response = get(&server, path, &[]).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let content_type = response.headers()[header::CONTENT_TYPE].to_str().expect("ascii").to_owned();
        assert!(content_type.starts_with("text/html"), "{path}: {content_type}");
        let html = without_markers(&response.text().await.expect("body"));
        assert!(html.contains(r#"<html lang="en""#), "{path}");
        assert!(html.contains(&format!("<h1>{heading}</h1>")), "{path}");
        assert!(html.contains(shown), "{path}: {shown}");
        assert!(html.contains(&format!("<title>{heading} · User Account Manager</title>")), "{path}");
        assert!(html.contains(r#"aria-current="page""#), "{path}: the current page is marked in the navigation");
        assert!(html.contains("Demo organisation"), "{path}: demo mode is labelled in the first HTML");
        assert!(html.contains("Acme Corporation is a simulated organisation"), "{path}");
    }
}

#[tokio::test]
async fn unknown_paths_render_the_not_found_page_with_404() {
    let server = TestServer::start().await;
    for path in ["/no-such-page", "/users/extra/segments"] {
        let response = get(&server, path, &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let html = without_markers(&response.text().await.expect("body"));
        assert!(html.contains("<h1>Page not found</h1>"), "{path}");
    }
}

#[tokio::test]
async fn the_page_loads_this_builds_hydration_bundle() {
    let server = TestServer::start().await;
    let html = get(&server, "/", &[]).await.text().await.expect("body");
    let version = bundle_version(&html);
    assert!(html.contains(&format!(r#"href="/pkg/{version}/main.css""#)));
    assert!(html.contains(&format!(r#"href="/pkg/{version}/frontend_bg.wasm""#)));
    assert!(html.contains(r#"<script type="module""#), "the hydration script is in the page");
}

#[tokio::test]
async fn the_locale_is_chosen_on_the_server_and_remembered() {
    let server = TestServer::start().await;

    // First visit: the browser's language decides (English here), and a cookie remembers it.
    let first = get(&server, "/", &[("accept-language", "en-GB,en;q=0.8")]).await;
    let cookies: Vec<_> =
        first.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().expect("ascii")).collect();
    assert_eq!(cookies, ["uam_locale=en; Path=/; Max-Age=31536000; SameSite=Lax"]);
    let vary = first.headers().get_all(header::VARY).iter().map(|v| v.to_str().expect("ascii")).collect::<Vec<_>>();
    assert!(vary.iter().any(|v| v.contains("Accept-Language") && v.contains("Cookie")), "{vary:?}");

    // With the cookie set, nothing is re-set.
    let again = get(&server, "/", &[("cookie", "uam_locale=en")]).await;
    assert!(again.headers().get(header::SET_COOKIE).is_none());

    // A stale or unknown cookie is corrected to what the server chose.
    let unknown = get(&server, "/", &[("cookie", "uam_locale=xx")]).await;
    assert_eq!(unknown.headers()[header::SET_COOKIE], "uam_locale=en; Path=/; Max-Age=31536000; SameSite=Lax");
}

#[tokio::test]
async fn the_pickers_work_without_javascript_through_preferences() {
    let server = TestServer::start().await;
    let choose = |query: &'static str| {
        let request = client().get(server.url(&format!("/preferences?{query}")));
        async move { request.send().await.expect("request") }
    };
    let cookies = |response: &reqwest::Response| -> Vec<String> {
        response.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().expect("ascii").to_owned()).collect()
    };

    // Anyone may choose (the sign-in page has the pickers too), and is sent back where they were.
    let chosen = choose("language=de&theme=dark&next=%2Fusers%3Ftab%3Dall").await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    assert_eq!(chosen.headers()[header::LOCATION], "/users?tab=all");
    assert_eq!(
        cookies(&chosen),
        [
            "uam_locale=de; Path=/; Max-Age=31536000; SameSite=Lax",
            "uam_theme=dark; Path=/; Max-Age=31536000; SameSite=Lax"
        ]
    );
    let german = get(&server, "/users", &[("cookie", "uam_locale=de")]).await.text().await.expect("body");
    assert!(german.contains(r#"<html lang="de""#) && german.contains("Benutzer"));
    assert!(german.contains(r#"<meta name="uam-messages" lang="de""#), "the page carries its messages for the browser");

    // The pickers' form on a page names that page, query included, as the way back.
    let page = get(&server, "/users?tab=all", &[]).await.text().await.expect("body");
    assert!(page.contains(r#"<form method="get" action="/preferences" class="preferences">"#));
    assert!(page.contains(r#"name="next" value="/users?tab=all""#));

    // An unknown language changes nothing, and the way back never leaves this server.
    let unknown = choose("language=xx&next=%2F%2Fevil.example%2F").await;
    assert!(cookies(&unknown).is_empty());
    assert_eq!(unknown.headers()[header::LOCATION], "/");
}

#[tokio::test]
async fn the_remembered_theme_is_rendered_by_the_server() {
    let server = TestServer::start().await;
    let dark = get(&server, "/users", &[("cookie", "uam_theme=dark")]).await.text().await.expect("body");
    assert!(dark.contains(r#"data-theme="dark""#));
    let system = get(&server, "/users", &[("cookie", "uam_theme=nonsense")]).await.text().await.expect("body");
    assert!(!system.contains("data-theme="), "an unknown theme follows the system");
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_accept_it() {
    let server = TestServer::start().await;
    let response = get(&server, "/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let bytes = response.bytes().await.expect("body");
    assert_eq!(&bytes[..2], [0x1f, 0x8b], "a gzip stream");
}

fn bundle_version(html: &str) -> String {
    let start = html.find("/pkg/").expect("a /pkg/ link") + "/pkg/".len();
    html[start..].chars().take_while(char::is_ascii_hexdigit).collect()
}

/// The page asks for no script its policy could refuse with JavaScript off (Chromium reports a
/// refused script preload in the console): no module preload, and the one inline module that
/// starts hydration carries the nonce the policy names.
#[tokio::test]
async fn the_bundle_loads_through_the_nonced_module_alone() {
    let server = TestServer::start().await;
    let response = get(&server, "/", &[]).await;
    let policy = response.headers()[header::CONTENT_SECURITY_POLICY].to_str().expect("ascii").to_owned();
    let nonce = policy.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce").to_owned();
    let html = response.text().await.expect("body");
    assert!(!html.contains("modulepreload"), "no module preload");
    let script = html.split("<script").find(|tag| tag.contains("frontend.js")).expect("the hydration script");
    assert!(script.contains(&format!(r#"nonce="{nonce}""#)), "{script}");
}

/// The local sign-in form is offered only while a local admin exists: before the first is
/// created it could only fail.
#[tokio::test]
async fn the_local_sign_in_form_shows_only_when_a_local_admin_exists() {
    let server = TestServer::start().await;
    let login = || async { client().get(server.url("/login")).send().await.expect("page").text().await.expect("html") };
    assert!(login().await.contains(r#"name="password""#));
    let entry = server::store::AuditEntry::new("system", "data_deleted", "ok");
    server.store().await.delete_everything(&entry).await.expect("erased");
    let html = login().await;
    assert!(!html.contains(r#"name="password""#), "no local form without a local admin");
    assert!(html.contains("Sign in with Atlassian"));
}
