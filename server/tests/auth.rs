//! Signing in, sessions and the guard over real HTTP, against a simulated organisation whose
//! OAuth app is configured the way a real deployment configures Atlassian's: what anonymous visitors
//! reach, the OAuth `state`, the org-admin check and its recheck, local passwords and TOTP, the
//! session cookie, idle and absolute timeouts, sign-out, security headers and CSP nonces.

mod common;

use std::sync::Arc;

use atlassian_sim::{Sim, SimConfig, Sizes, model::AccountKind, model::AccountStatus};
use common::{TestServer, client, session_cookie};
use reqwest::Url;

struct Org {
    sim: Arc<Sim>,
    base: String,
    server: TestServer,
}

/// A server connected to its own simulated org, with "Sign in with Atlassian" configured.
async fn org(adjust: impl FnOnce(&mut server::config::Config)) -> Org {
    let mut config = SimConfig::new("auth-admin-key", "site-admin@acme-corp.example", "auth-site-token");
    config.sizes = Sizes { users: 60, customers: 10, projects: 2, spaces: 2 };
    let (sim, connection) = common::simulator(config).await;
    let base = connection.admin_url.as_str().trim_end_matches('/').to_owned();
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let oauth = (sim.config.oauth_client_id.clone(), sim.config.oauth_client_secret.clone());
    let server = TestServer::start_with(site, |config| {
        config.org_id = Some(connection.org_id.clone());
        config.admin_api_key = Some("auth-admin-key".to_owned().into());
        config.atlassian_admin_url = connection.admin_url.clone();
        config.atlassian_auth_url = connection.admin_url.clone();
        config.oauth_client_id = Some(oauth.0);
        config.oauth_client_secret = Some(oauth.1.into());
        config.sync_interval_hours = Some(0.0);
        adjust(config);
    })
    .await;
    Org { sim, base, server }
}

/// An active account in the org's directory that is (or is not) an org admin.
fn account(sim: &Sim, admin: bool) -> (String, String) {
    let world = sim.world();
    let a = world
        .accounts
        .iter()
        .find(|a| {
            a.kind == AccountKind::Atlassian
                && a.status == AccountStatus::Active
                && a.directory.is_some()
                && a.org_admin == admin
        })
        .expect("such an account");
    (a.id.clone(), a.email.clone())
}

fn cookies_of(response: &reqwest::Response) -> Vec<String> {
    response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
}

/// Runs the browser's side of Sign in with Atlassian up to our callback: start, pick `account`
/// on the simulated consent page, and follow the redirect back. Returns the callback's URL and
/// the binding cookie our start set.
async fn consent(org: &Org, account_id: &str) -> (String, String) {
    let start = client().get(org.server.url("/auth/atlassian?next=/users")).send().await.expect("start");
    assert_eq!(start.status(), 303);
    let binding = cookies_of(&start)
        .into_iter()
        .find(|c| c.starts_with("uam_login="))
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("a binding cookie");
    let authorize = Url::parse(start.headers()["location"].to_str().expect("ascii")).expect("url");
    assert!(authorize.as_str().starts_with(&org.base), "{authorize}");
    let query: std::collections::HashMap<_, _> = authorize.query_pairs().into_owned().collect();
    assert_eq!(query["code_challenge_method"], "S256");
    let approve = format!("{}/authorize/approve?account_id={account_id}&{}", org.base, authorize.query().unwrap_or(""));
    let approved = client().get(approve).send().await.expect("approve");
    assert_eq!(approved.status(), 303);
    (approved.headers()["location"].to_str().expect("ascii").to_owned(), binding)
}

async fn call_api(server: &TestServer, cookie: &str, endpoint: &str) -> reqwest::Response {
    client()
        .post(server.url(&format!("/api/{endpoint}")))
        .header("origin", server.url(""))
        .header("cookie", cookie)
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_org_admin_signs_in_with_atlassian_and_the_session_rotates() {
    let org = org(|_| {}).await;
    let (admin, email) = account(&org.sim, true);
    let (callback, binding) = consent(&org, &admin).await;
    // Signing in replaces whatever session the browser had.
    let old = org.server.admin_cookie.clone();
    let done = client().get(&callback).header("cookie", format!("{binding}; {old}")).send().await.expect("callback");
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/users");
    let cookie = session_cookie(&done).expect("a session");
    assert_ne!(cookie, old, "a fresh id at sign-in");
    assert_eq!(call_api(&org.server, &old, "me").await.status(), 401, "the replaced session is gone");
    let me: serde_json::Value = call_api(&org.server, &cookie, "me").await.json().await.expect("json");
    assert_eq!(me["account_id"], admin);
    assert_eq!(me["email"], email);
    assert_eq!(me["via"], "atlassian");
    let entries = org.server.audit().await;
    assert!(entries.iter().any(|e| e.entry.action == "sign_in"
        && e.entry.actor == format!("atlassian:{admin}")
        && e.entry.outcome == "ok"));

    // Losing the role ends the session once the cached check (≤ 5 min) is due again.
    let ix = org.sim.world().account(&admin).expect("account");
    org.sim.change(|world| world.acc_mut(ix).org_admin = false);
    assert_eq!(call_api(&org.server, &cookie, "me").await.status(), 200, "still within the cache");
    let store = org.server.store().await;
    let id = cookie.split_once('=').expect("name=value").1;
    let hash = server::auth::session::digest(id);
    let now = chrono::Utc::now();
    store.touch_session(&hash, now, now - chrono::TimeDelta::minutes(6)).await.expect("backdated");
    assert_eq!(call_api(&org.server, &cookie, "me").await.status(), 401);
    assert!(store.session(&hash).await.expect("read").is_none(), "the session was ended");
}

/// An account without the org-admin role gets no session, and the refusal is audited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_admin_or_unlisted_account_gets_no_session() {
    let open = org(|_| {}).await;
    let org = &open;
    let (member, _) = account(&org.sim, false);
    let (callback, binding) = consent(org, &member).await;
    let refused = client().get(&callback).header("cookie", &binding).send().await.expect("callback");
    assert_eq!(refused.status(), 403);
    assert!(session_cookie(&refused).is_none());
    assert!(refused.text().await.expect("page").contains("not an admin of this organisation"));
    let entries = org.server.audit().await;
    assert!(entries.iter().any(|e| e.entry.action == "authn_denied" && e.entry.actor == format!("atlassian:{member}")));

    // An org admin who is not on a configured allowlist is refused too.
    let listed = self::org(|config: &mut server::config::Config| {
        config.allowed_admins = vec!["someone-else@example.com".into()]
    })
    .await;
    let (admin, _) = account(&listed.sim, true);
    let (callback, binding) = consent(&listed, &admin).await;
    let refused = client().get(&callback).header("cookie", &binding).send().await.expect("callback");
    assert_eq!(refused.status(), 403);
    assert!(session_cookie(&refused).is_none());
}

/// A tampered, missing or replayed `state`, or one from another browser, is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_callback_refuses_a_bad_state() {
    let org = org(|_| {}).await;
    let (admin, _) = account(&org.sim, true);
    let (callback, binding) = consent(&org, &admin).await;
    let url = Url::parse(&callback).expect("url");
    let code = url.query_pairs().find(|(k, _)| k == "code").expect("code").1.into_owned();
    let cases = [
        (org.server.url(&format!("/auth/atlassian/callback?code={code}&state=tampered")), binding.clone()),
        (org.server.url(&format!("/auth/atlassian/callback?code={code}")), binding.clone()),
        (callback.clone(), "uam_login=another-browser.%2F".to_owned()),
    ];
    for (url, cookie) in cases {
        let response = client().get(&url).header("cookie", cookie).send().await.expect("callback");
        assert_eq!(response.status(), 400, "{url}");
        assert!(session_cookie(&response).is_none());
    }
    // The last attempt consumed the state: the genuine browser cannot replay it either.
    let replay = client().get(&callback).header("cookie", &binding).send().await.expect("callback");
    assert_eq!(replay.status(), 400);
}

/// Anonymous visitors reach only health, assets and the sign-in flow.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_visitors_see_nothing_else() {
    let server = TestServer::start().await;
    for page in ["/", "/users", "/audit", "/settings", "/no-such-page", "/users?x=1"] {
        let response = client().get(server.url(page)).send().await.expect("page");
        assert_eq!(response.status(), 303, "{page}");
        assert!(response.headers()["location"].to_str().expect("ascii").starts_with("/login?next="), "{page}");
    }
    // Every server function the app registers (the registry itself, so a new one cannot be
    // forgotten): all are POST, and all but the sign-in page's two refuse anonymous calls.
    let registered: Vec<(&str, http::Method)> = leptos::server_fn::axum::server_fn_paths().collect();
    assert!(registered.len() >= 16, "{registered:?}");
    for (path, method) in registered {
        assert_eq!(method, http::Method::POST, "{path}");
        let endpoint = path.trim_start_matches("/api/");
        let status = call_api(&server, "", endpoint).await.status();
        if ["login_options", "setup_status"].contains(&endpoint) {
            assert_ne!(status, 401, "{path} is part of the sign-in flow");
        } else {
            assert_eq!(status, 401, "{path}");
        }
    }
    // Every page route answers anonymous visitors with the sign-in page.
    for route in server::page_routes() {
        let path = route.path();
        let status = client().get(server.url(path)).send().await.expect("page").status();
        let expected = if ["/login", "/setup"].contains(&path) { 200 } else { 303 };
        assert_eq!(status, expected, "{path}");
    }
    // The Jira panel's pages send anonymous visitors to the panel's launch page, never the sign-in
    // page (which may not be framed); the launch page itself opens no session and shows no data.
    for page in ["/embed/", "/embed/users", "/embed/settings"] {
        let response = client().get(server.url(page)).send().await.expect("page");
        assert_eq!((response.status().as_u16(), response.headers()["location"].to_str().ok()), (303, Some("/embed")));
    }
    let launch = client().get(server.url("/embed")).send().await.expect("page");
    assert_eq!(launch.status(), 200);
    assert!(!launch.text().await.expect("html").contains("Test Admin"));
    for post in ["/data/export", "/data/delete"] {
        let response = client().post(server.url(post)).header("origin", server.url("")).send().await.expect("post");
        assert_eq!(response.status(), 303, "{post}");
        assert!(response.headers()["location"].to_str().expect("ascii").starts_with("/login"), "{post}");
    }
    // A forged or expired cookie is the same as none.
    assert_eq!(call_api(&server, "uam_sid=forged", "overview").await.status(), 401);
    for open in ["/healthz", "/login", "/setup"] {
        let response = client().get(server.url(open)).send().await.expect("page");
        assert_eq!(response.status(), 200, "{open}");
    }
    let login = client().get(server.url("/login")).send().await.expect("page").text().await.expect("html");
    // A signed-in admin who opens the sign-in page goes to the dashboard.
    let again = client().get(server.url("/login")).header("cookie", &server.admin_cookie).send().await.expect("page");
    assert_eq!((again.status().as_u16(), again.headers()["location"].to_str().ok()), (303, Some("/")));
    assert!(login.contains("Sign in with Atlassian"));
    assert!(!login.contains("Test Admin"), "no admin's name on the anonymous page");
    assert_eq!(call_api(&server, "", "login_options").await.status(), 200);
}

/// After sign-out the old cookie is worthless.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_out_ends_the_session() {
    let server = TestServer::start().await;
    let cookie = server.admin_cookie.clone();
    assert_eq!(call_api(&server, &cookie, "me").await.status(), 200);
    let out = client()
        .post(server.url("/auth/logout"))
        .header("origin", server.url(""))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("logout");
    assert_eq!(out.status(), 303);
    assert!(cookies_of(&out).iter().any(|c| c.starts_with("uam_sid=;") && c.contains("Max-Age=0")));
    assert!(out.headers()["clear-site-data"].to_str().expect("ascii").contains("cookies"));
    assert_eq!(call_api(&server, &cookie, "me").await.status(), 401);
    let entries = server.audit().await;
    assert!(
        entries
            .iter()
            .any(|e| e.entry.action == "sign_out" && e.entry.actor == format!("local:{}", common::ADMIN_LOGIN))
    );
}

/// A session idle for 15 minutes, or 8 hours old, no longer opens anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_and_old_sessions_expire() {
    let server = TestServer::start().await;
    let store = server.store().await;
    let hash = server::auth::session::digest(server.admin_cookie.split_once('=').expect("pair").1);
    let now = chrono::Utc::now();
    // Activity keeps a session alive: a request after 10 quiet minutes moves its clock on.
    store.touch_session(&hash, now - chrono::TimeDelta::minutes(10), now).await.expect("backdated");
    assert_eq!(call_api(&server, &server.admin_cookie, "me").await.status(), 200);
    let seen = store.session(&hash).await.expect("read").expect("alive").last_seen_at;
    assert!(seen >= now, "the request was noted");
    store.touch_session(&hash, now - chrono::TimeDelta::minutes(15), now).await.expect("backdated");
    assert_eq!(call_api(&server, &server.admin_cookie, "me").await.status(), 401);

    // A session nobody comes back to is swept away at the next sign-in.
    let stale = server::store::SessionRecord {
        id_hash: "stale".into(),
        auth_via: "local".into(),
        installation_id: None,
        account_id: "someone".into(),
        name: "Someone".into(),
        email: None,
        created_at: now - chrono::TimeDelta::hours(1),
        last_seen_at: now - chrono::TimeDelta::minutes(40),
        checked_at: now - chrono::TimeDelta::hours(1),
    };
    store.create_session(&stale).await.expect("a stale session");
    let fresh =
        common::sign_in(&server, &server.url(""), common::ADMIN_LOGIN, common::ADMIN_PASSWORD).await.expect("in");
    assert!(store.session("stale").await.expect("read").is_none(), "swept at sign-in");
    let hash = server::auth::session::digest(fresh.split_once('=').expect("pair").1);
    let mut record = store.session(&hash).await.expect("read").expect("exists");
    store.end_session(&hash).await.expect("end");
    record.created_at = now - chrono::TimeDelta::hours(8);
    store.create_session(&record).await.expect("an eight-hour-old session");
    assert_eq!(call_api(&server, &fresh, "me").await.status(), 401);
}

/// Local passwords and the sign-in limit: wrong passwords lock the account; a required TOTP code is enforced.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn local_sign_in_is_rate_limited_and_can_require_totp() {
    let server = TestServer::start().await;
    // The stored password is an Argon2id PHC string with at least OWASP's parameters.
    let store = server.store().await;
    let stored = store.local_admin(common::ADMIN_LOGIN).await.expect("read").expect("the admin").password_hash;
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
    let origin = server.url("");
    for _ in 0..5 {
        assert!(common::sign_in(&server, &origin, common::ADMIN_LOGIN, "a wrong password").await.is_none());
    }
    let locked = client()
        .post(server.url("/auth/login"))
        .header("origin", &origin)
        .form(&[("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("login");
    assert_eq!(locked.headers()["location"], "/login?error=locked", "even the right password waits");
    assert!(session_cookie(&locked).is_none());

    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let strict = TestServer::start_with_totp(site).await;
    let origin = strict.url("");
    let without = client()
        .post(strict.url("/auth/login"))
        .header("origin", &origin)
        .form(&[("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("login");
    // A missing code is refused like a wrong password: the answer does not say which.
    assert_eq!(without.headers()["location"], "/login?error=invalid");
    assert!(session_cookie(&without).is_none());
    let wrong = client()
        .post(strict.url("/auth/login"))
        .header("origin", &origin)
        .form(&[("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD), ("totp", "000000")])
        .send()
        .await
        .expect("login");
    assert!(session_cookie(&wrong).is_none());
    assert!(!strict.admin_cookie.is_empty(), "with the right code, the admin signed in");
    // The seed is stored only sealed.
    let db = std::fs::read(strict.data_dir().join("uam.sqlite3")).expect("db");
    assert!(!db.windows(strict.totp_seed.len()).any(|w| w == strict.totp_seed.as_bytes()));
}

/// A TOTP code signs in once (replay within its window is refused, whichever server asks:
/// the used step is in the database), and a wrong password and a wrong or missing code get the
/// same answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_totp_code_signs_in_once_and_refusals_look_alike() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = TestServer::start_with_totp(site).await;
    let origin = server.url("");
    let code_at = |at: i64| server::auth::totp::current_code(&server.totp_seed, at).expect("code");
    let attempt = |password: &'static str, code: Option<String>| {
        let mut form = vec![("login", common::ADMIN_LOGIN.to_owned()), ("password", password.to_owned())];
        form.extend(code.map(|code| ("totp", code)));
        let request = client().post(server.url("/auth/login")).header("origin", &origin).form(&form);
        async move {
            let response = request.send().await.expect("login");
            let location = response.headers().get("location").map(|v| v.to_str().expect("ascii").to_owned());
            let signed_in = session_cookie(&response).is_some();
            (response.status().as_u16(), location, signed_in, response.text().await.expect("body"))
        }
    };
    // The next step's code is good now (one step of clock drift), and the harness never used it.
    let now = chrono::Utc::now().timestamp();
    let next = code_at(now + 30);
    let first = attempt(common::ADMIN_PASSWORD, Some(next.clone())).await;
    assert!(first.2, "the first use signs in: {first:?}");

    let replayed = attempt(common::ADMIN_PASSWORD, Some(next.clone())).await;
    assert!(!replayed.2, "the same code again, within its window: refused");
    assert_eq!((replayed.0, replayed.1.as_deref()), (303, Some("/login?error=invalid")), "{replayed:?}");

    // The used step is in the database: a second server on it could not accept the code either.
    let step = (now + 30) / 30;
    let store = server.store().await;
    assert!(!store.accept_totp_step(common::ADMIN_LOGIN, step).await.expect("store"), "already used");

    let unused = code_at(now + 3600);
    for (case, password, code) in [
        ("wrong password, wrong code", "not the password", Some(unused.clone())),
        ("wrong password, a code of this step", "not the password", Some(code_at(now))),
        ("right password, wrong code", common::ADMIN_PASSWORD, Some(unused)),
        ("right password, no code", common::ADMIN_PASSWORD, None),
    ] {
        let refused = attempt(password, code).await;
        assert_eq!(refused, replayed, "{case}: the same status, redirect and page");
    }
}

/// Cookie attributes behind https, headers on every answer, a fresh
/// nonce on every page that every script carries, and no caching of what an admin sees.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cookies_and_security_headers() {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server =
        TestServer::start_with(site, |c| c.public_url = Some(Url::parse("https://uam.example.com").expect("url")))
            .await;
    assert!(server.admin_cookie.starts_with("__Host-sid="), "{}", server.admin_cookie);
    let signed = client()
        .post(server.url("/auth/login"))
        .header("origin", "https://uam.example.com")
        .form(&[("login", common::ADMIN_LOGIN), ("password", common::ADMIN_PASSWORD)])
        .send()
        .await
        .expect("login");
    let set = cookies_of(&signed).into_iter().find(|c| c.starts_with("__Host-sid=")).expect("cookie");
    let value = set.split(';').next().expect("pair");
    assert_eq!(set, format!("{value}; Secure; HttpOnly; SameSite=Lax; Path=/"));
    assert!(!set.to_ascii_lowercase().contains("domain"));

    let cookie = server.admin_cookie.clone();
    let mut nonces = Vec::new();
    for (path, authenticated) in
        [("/", true), ("/users", true), ("/login", false), ("/healthz", false), ("/nope", true)]
    {
        let sent = if authenticated { cookie.as_str() } else { "" };
        let response = client().get(server.url(path)).header("cookie", sent).send().await.expect("page");
        let headers = response.headers().clone();
        let hsts = headers["strict-transport-security"].to_str().expect("ascii");
        assert!(hsts.starts_with("max-age=31536000"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        let csp = headers["content-security-policy"].to_str().expect("ascii").to_owned();
        assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        if authenticated {
            assert_eq!(headers["cache-control"], "no-store", "{path}");
        }
        let html = response.text().await.expect("body");
        if path == "/healthz" {
            continue;
        }
        let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce").to_owned();
        let scripts = html.matches("<script").count();
        assert!(scripts > 0, "{path}");
        assert_eq!(
            html.matches(&format!("<script type=\"module\" nonce=\"{nonce}\"")).count()
                + html.matches(&format!("<script nonce=\"{nonce}\"")).count(),
            scripts,
            "{path}: every script carries the nonce"
        );
        nonces.push(nonce);
    }
    let mut unique = nonces.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), nonces.len(), "a fresh nonce per page");
    let api = call_api(&server, &cookie, "sync/status").await;
    // Our Origin is the public URL's; this request came with the test's own, so it is refused —
    // still with the headers.
    assert_eq!(api.status(), 403);
    assert!(api.headers().contains_key("content-security-policy"));
    let api = client()
        .post(server.url("/api/sync/status"))
        .header("origin", "https://uam.example.com")
        .header("cookie", &cookie)
        .json(&serde_json::json!({}))
        .send()
        .await
        .expect("api");
    assert_eq!(api.status(), 200);
    assert_eq!(api.headers()["cache-control"], "no-store");
}

/// A burst of parallel wrong guesses for one account gets no more password checks than the
/// same guesses one after another: five, and the rest are told the account is locked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_parallel_guesses_gets_five_tries() {
    let server = TestServer::start().await;
    let origin = server.url("");
    let guesses = (0..50).map(|i| {
        client()
            .post(server.url("/auth/login"))
            .header("origin", &origin)
            .form(&[("login", common::ADMIN_LOGIN.to_owned()), ("password", format!("wrong guess {i}"))])
            .send()
    });
    let answers = futures_util::future::join_all(guesses).await;
    let locations: Vec<String> = answers
        .iter()
        .map(|a| a.as_ref().expect("an answer").headers()["location"].to_str().expect("ascii").to_owned())
        .collect();
    let checked = locations.iter().filter(|l| *l == "/login?error=invalid").count();
    let locked = locations.iter().filter(|l| *l == "/login?error=locked").count();
    assert_eq!((checked, locked), (5, 45), "{locations:?}");
    let after = common::sign_in(&server, &origin, common::ADMIN_LOGIN, common::ADMIN_PASSWORD).await;
    assert!(after.is_none(), "the right password waits too");
}

/// Behind a trusted proxy each client is counted on its own, so one client's failures do
/// not lock out everyone the proxy forwards; without the setting, `X-Forwarded-For` is ignored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_behind_a_trusted_proxy_are_counted_apart() {
    let sign_in_as = |server: &TestServer, login: String, forwarded: &str| {
        client()
            .post(server.url("/auth/login"))
            .header("origin", server.url(""))
            .header("x-forwarded-for", forwarded)
            .form(&[("login", login), ("password", "a wrong password".to_owned())])
            .send()
    };
    let location = |answer: reqwest::Response| answer.headers()["location"].to_str().expect("ascii").to_owned();
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let proxied =
        TestServer::start_with(site, |config| config.trusted_proxies = vec!["127.0.0.0/8".parse().expect("net")]).await;
    for i in 0..20 {
        let answer = sign_in_as(&proxied, format!("guess{i}"), "198.51.100.1").await.expect("answer");
        assert_eq!(location(answer), "/login?error=invalid");
    }
    let answer = sign_in_as(&proxied, "guess-more".into(), "198.51.100.1").await.expect("answer");
    assert_eq!(location(answer), "/login?error=locked", "that client is locked");
    let answer = sign_in_as(&proxied, "guess-more".into(), "198.51.100.2").await.expect("answer");
    assert_eq!(location(answer), "/login?error=invalid", "another client behind the proxy is not");

    // Not configured: a made-up forwarded address buys no fresh tries.
    let direct = TestServer::start().await;
    for i in 0..20 {
        let answer = sign_in_as(&direct, format!("guess{i}"), &format!("198.51.100.{i}")).await.expect("answer");
        assert_eq!(location(answer), "/login?error=invalid");
    }
    let answer = sign_in_as(&direct, "guess-more".into(), "198.51.100.99").await.expect("answer");
    assert_eq!(location(answer), "/login?error=locked");
}
