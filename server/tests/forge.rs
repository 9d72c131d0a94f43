//! The Jira panel's way in, over real HTTP against the demo organisation's simulator, which plays
//! Forge: it serves the JWKS and mints the tokens `invokeRemote` would send. Tokens Forge would
//! never send are minted here, with a key of the test's own that it adds to the simulator's JWKS.
//! Covered: every way a token can be wrong, launch codes used once and bound to their user, the
//! partitioned panel session, who may frame the panel, and bulk work from the panel as a job.

mod common;

use std::time::Duration;

use atlassian_sim::forge::{ForgeApp, Signer, signing_input};
use common::{TestServer, client};
use serde_json::{Value, json};

/// The demo organisation's Forge app, and who may and may not open its panel.
struct Panel {
    server: TestServer,
    sim: String,
    app: ForgeApp,
    cloud_id: String,
    site_url: String,
    admin: String,
    not_admin: String,
}

async fn panel(adjust: impl FnOnce(&mut server::config::Config)) -> Panel {
    let site = tempfile::tempdir().expect("temp dir");
    common::write_bundle(site.path());
    let server = TestServer::start_with(site, adjust).await;
    let sim = format!("http://{}", server.sim.expect("demo mode"));
    let info: Value = client().get(format!("{sim}/__sim/info")).send().await.expect("info").json().await.expect("json");
    let app = ForgeApp::new(
        info["forge"]["appId"].as_str().expect("app id").to_owned(),
        info["forge"]["installationId"].as_str().expect("installation").to_owned(),
    );
    let accounts = org_users(&sim).await;
    let pick =
        |admin: bool| accounts.iter().find(|(_, is_admin)| *is_admin == admin).expect("such an account").0.clone();
    Panel {
        cloud_id: info["cloudId"].as_str().expect("cloud id").to_owned(),
        site_url: info["siteUrl"].as_str().expect("site").to_owned(),
        admin: pick(true),
        not_admin: pick(false),
        app,
        sim,
        server,
    }
}

impl Panel {
    /// The token Forge itself sends when `principal` opens the panel.
    async fn forge_token(&self, principal: &str) -> String {
        let minted: Value = client()
            .post(format!("{}/__sim/forge/invocation-token", self.sim))
            .json(&json!({ "principal": principal }))
            .send()
            .await
            .expect("mint")
            .json()
            .await
            .expect("json");
        minted["token"].as_str().expect("token").to_owned()
    }

    fn claims(&self, principal: &str) -> Value {
        self.app.claims(&self.cloud_id, &self.site_url, principal, chrono::Utc::now().timestamp())
    }

    /// `/forge/launch` as Forge Remote calls it: status and answer.
    async fn launch(&self, token: Option<&str>) -> (u16, Value) {
        let mut request = client().post(self.server.url("/forge/launch")).json(&json!({}));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("launch");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn jwks_fetches(&self) -> u64 {
        let counters: Value = client()
            .get(format!("{}/__sim/counters", self.sim))
            .send()
            .await
            .expect("counters")
            .json()
            .await
            .expect("json");
        counters["requests"]["GET /.well-known/jwks.json"].as_u64().unwrap_or(0)
    }

    /// The panel's page trading a launch code for its session, as the browser does it: `body` is
    /// `{"code": …}`, with Jira's theme and locale when the shell passed them.
    async fn redeem(&self, body: Value) -> reqwest::Response {
        client()
            .post(self.server.url("/embed/session"))
            .header("sec-fetch-site", "same-origin")
            .json(&body)
            .send()
            .await
            .expect("redeem")
    }

    /// A launch code for the admin, through Forge's own token.
    async fn code_for(&self, principal: &str) -> String {
        let (status, launched) = self.launch(Some(&self.forge_token(principal).await)).await;
        assert_eq!(status, 200, "{launched}");
        launched["launchCode"].as_str().expect("code").to_owned()
    }
}

/// The active org users of the simulated organisation (account ids), and whether each is an org admin.
async fn org_users(sim: &str) -> Vec<(String, bool)> {
    let accounts: Value =
        client().get(format!("{sim}/__sim/accounts")).send().await.expect("accounts").json().await.expect("json");
    accounts["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .filter(|a| a["kind"] == "atlassian" && a["status"] == "active" && a["orgUser"] == true)
        .filter_map(|a| Some((a["accountId"].as_str()?.to_owned(), a["orgAdmin"].as_bool()?)))
        .collect()
}

fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect()
}

/// A token signed with HMAC-SHA256 under `secret`, with our key id: key confusion's shape.
fn hs256(secret: &[u8], claims: &Value) -> String {
    let header = jsonwebtoken::Header {
        kid: Some("test-key".into()),
        ..jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256)
    };
    jsonwebtoken::encode(&header, claims, &jsonwebtoken::EncodingKey::from_secret(secret)).expect("signs")
}

/// One refusal per way a token can be wrong, and the genuine ones accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invocation_tokens_are_verified() {
    let panel = panel(|_| {}).await;
    let admin = panel.admin.as_str();

    // A malformed Isolated Cloud label is refused before any key is fetched.
    let ours = Signer::generate("test-key");
    let mut claims = panel.claims(admin);
    claims["icLabel"] = json!("x.evil.com/");
    assert_eq!(panel.launch(Some(&ours.sign(&claims))).await.0, 401);
    assert_eq!(panel.jwks_fetches().await, 0, "no JWKS request for a bad icLabel");

    // Forge's own token: the key set is fetched once, and the answer is a launch code.
    let (status, launched) = panel.launch(Some(&panel.forge_token(admin).await)).await;
    assert_eq!(status, 200, "{launched}");
    assert_eq!(launched["launchCode"].as_str().map(str::len), Some(43), "256 bits: {launched}");
    assert_eq!(launched["embedUrl"], panel.server.url("/embed"));
    assert_eq!(launched["expiresIn"], 60);
    assert_eq!(panel.jwks_fetches().await, 1);

    // Forge rotates in a new key: a token signed with it makes the server fetch the set again.
    let added = client().post(format!("{}/__sim/forge/keys", panel.sim)).json(ours.jwk()).send().await.expect("add");
    assert_eq!(added.status(), 204);
    let rotated = ours.sign(&panel.claims(admin));
    assert_eq!(panel.launch(Some(&rotated)).await.0, 200, "a key published after the first fetch");
    assert_eq!(panel.jwks_fetches().await, 2, "fetched again for the unknown kid");

    let other = Signer::generate("test-key");
    let header = |alg: &str| json!({ "alg": alg, "typ": "JWT", "kid": "test-key" });
    let now = chrono::Utc::now().timestamp();
    let changed = |change: &dyn Fn(&mut Value)| {
        let mut claims = panel.claims(admin);
        change(&mut claims);
        claims
    };
    let none = format!("{}.", signing_input(&header("none"), &panel.claims(admin)));
    let cases: Vec<(&str, String)> = vec![
        ("no token", String::new()),
        ("not a JWT", "not-a-token".into()),
        ("signed with another key", other.sign(&panel.claims(admin))),
        ("alg none", none),
        // The classic confusion: the public key's bytes used as an HMAC secret.
        ("HS256 with the public key", hs256(ours.jwk().to_string().as_bytes(), &panel.claims(admin))),
        (
            "HS256 with the modulus",
            hs256(ours.jwk()["n"].as_str().unwrap_or_default().as_bytes(), &panel.claims(admin)),
        ),
        ("wrong issuer", ours.sign(&changed(&|c| c["iss"] = json!("someone/else")))),
        ("wrong audience", ours.sign(&changed(&|c| c["aud"] = json!("ari:cloud:ecosystem::app/another-app")))),
        (
            "expired",
            ours.sign(&changed(&|c| {
                c["iat"] = json!(now - 400);
                c["nbf"] = json!(now - 400);
                c["exp"] = json!(now - 100);
            })),
        ),
        ("not valid yet", ours.sign(&changed(&|c| c["nbf"] = json!(now + 300)))),
        (
            "unknown installation",
            ours.sign(&changed(&|c| {
                c["app"]["installationId"] = json!("ari:cloud:ecosystem::installation/someone-elses");
            })),
        ),
        ("unknown site", ours.sign(&changed(&|c| c["context"]["cloudId"] = json!("another-cloud")))),
        ("no principal", ours.sign(&changed(&|c| c["principal"] = Value::Null))),
        ("no jti", ours.sign(&changed(&|c| c["jti"] = Value::Null))),
        ("replayed", rotated.clone()),
    ];
    for (case, token) in &cases {
        let (status, answer) = panel.launch((!token.is_empty()).then_some(token.as_str())).await;
        assert_eq!(status, 401, "{case}: {answer}");
        assert_eq!(answer, json!({ "code": "unauthorized" }), "{case}");
    }
    // A key id nobody published: refused, and (within the cooldown) not worth another fetch.
    let stranger = Signer::generate("nobody-published-this");
    assert_eq!(panel.launch(Some(&stranger.sign(&panel.claims(admin)))).await.0, 401);
    assert_eq!(panel.jwks_fetches().await, 2, "unknown kids cannot make the server fetch at will");
    // And the genuine article still works after all that.
    assert_eq!(panel.launch(Some(&ours.sign(&panel.claims(admin)))).await.0, 200);
}

/// A code opens one partitioned panel session, for an org admin only, and
/// only the panel's pages may be framed, by the configured Jira site and Forge's frames.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_launch_code_opens_one_panel_session() {
    let panel = panel(|config| config.jira_sites = vec!["https://acme.atlassian.net".into()]).await;
    let code = panel.code_for(&panel.admin).await;

    let opened = panel.redeem(json!({ "code": code, "theme": "dark", "locale": "de_DE" })).await;
    assert_eq!(opened.status(), 200);
    assert_eq!(opened.headers()["cache-control"], "no-store");
    let cookies = set_cookies(&opened);
    let session = cookies.iter().find(|c| c.starts_with("__Host-esid=")).expect("a panel session cookie");
    let value = session.split(';').next().expect("name=value").to_owned();
    assert_eq!(session, &format!("{value}; Secure; HttpOnly; SameSite=None; Partitioned; Path=/"), "panel cookie");
    for preference in ["uam_theme=dark;", "uam_locale=de;"] {
        let cookie = cookies.iter().find(|c| c.starts_with(preference)).expect(preference);
        assert!(cookie.ends_with("SameSite=None; Secure; Partitioned"), "{cookie}");
    }
    assert_eq!(opened.json::<Value>().await.expect("json"), json!({ "next": "/embed/" }));

    // The code is spent.
    assert_eq!(panel.redeem(json!({ "code": code })).await.status(), 401);
    assert_eq!(panel.redeem(json!({ "code": "made-up" })).await.status(), 401);

    // The panel's pages work with the session, in Jira's language, and may be framed by Jira only.
    let page = client()
        .get(panel.server.url("/embed/users"))
        .header("cookie", format!("{value}; uam_locale=de"))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 200);
    let headers = page.headers().clone();
    let csp = headers["content-security-policy"].to_str().expect("ascii").to_owned();
    assert!(
        csp.ends_with("frame-ancestors https://acme.atlassian.net https://*.cdn.prod.atlassian-dev.net"),
        "who may frame the panel: {csp}"
    );
    assert!(headers.get("x-frame-options").is_none(), "the panel's pages must be frameable by Jira");
    let html = page.text().await.expect("html");
    assert!(html.contains("lang=\"de\"") && html.contains("data-embedded"), "the panel in German");
    assert!(html.contains("href=\"/embed/audit\""), "links stay in the panel");
    // Every other page keeps refusing every frame.
    for path in ["/", "/users", "/login", "/healthz"] {
        let response = client()
            .get(panel.server.url(path))
            .header("cookie", &panel.server.admin_cookie)
            .send()
            .await
            .expect("page");
        let csp = response.headers()["content-security-policy"].to_str().expect("ascii").to_owned();
        assert!(csp.ends_with("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(response.headers()["x-frame-options"], "DENY", "{path}");
    }
    // The launch page is the panel's too; without a session its other pages go back to it.
    let launch_page = client().get(panel.server.url("/embed")).send().await.expect("page");
    assert_eq!(launch_page.status(), 200);
    assert!(launch_page.headers()["content-security-policy"].to_str().expect("ascii").contains("acme.atlassian.net"));
    let anonymous = client().get(panel.server.url("/embed/users")).send().await.expect("page");
    assert_eq!((anonymous.status().as_u16(), anonymous.headers()["location"].to_str().ok()), (303, Some("/embed")));

    // Server functions take the panel's session, and the audit log says where the admin came from.
    let (status, me) = panel.server.call_as(&value, "me", json!({})).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["via"], "forge");
    let audit = panel.server.audit().await;
    let sign_in = audit.iter().rev().find(|r| r.entry.action == "sign_in").expect("a sign-in entry");
    assert_eq!(sign_in.entry.actor, format!("atlassian:{}", panel.admin));
    assert_eq!(sign_in.entry.auth_via.as_deref(), Some("forge"));
    assert_eq!(sign_in.entry.installation_id.as_deref(), Some(panel.app.installation_id.as_str()));
    // The Audit page shows it too, and the chain still verifies with the new column in it.
    let query = json!({ "query": { "filter": { "action": "sign_in" }, "page": 0, "page_size": 50 } });
    let (status, found) = panel.server.call_as(&value, "audit", query).await;
    assert_eq!(status, 200, "{found}");
    let row =
        found["rows"].as_array().expect("rows").iter().find(|r| r["auth_via"] == "forge").expect("the panel's sign-in");
    assert_eq!(row["installation_id"], panel.app.installation_id.as_str());
    let (status, integrity) = panel.server.call_as(&value, "audit/integrity", json!({})).await;
    assert_eq!(status, 200, "{integrity}");
    assert!(integrity["problem"].is_null(), "the hash covers the installation column: {integrity}");

    // An account without the org-admin role gets a code from Forge's token, but no session.
    let refused = panel.redeem(json!({ "code": panel.code_for(&panel.not_admin).await })).await;
    assert_eq!(refused.status(), 403);
    assert!(set_cookies(&refused).iter().all(|c| !c.starts_with("__Host-esid")));
    let audit = panel.server.audit().await;
    let denied = audit.iter().rev().find(|r| r.entry.action == "authn_denied").expect("audited");
    assert_eq!(denied.entry.actor, format!("atlassian:{}", panel.not_admin));
    assert_eq!(denied.entry.auth_via.as_deref(), Some("forge"));
}

/// From the panel, bulk work is a job: starting 500 deactivations answers with a job id at
/// once, and its progress can be polled while it runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_panel_hands_bulk_work_to_a_job() {
    let panel = panel(|_| {}).await;
    let code = panel.code_for(&panel.admin).await;
    let opened = panel.redeem(json!({ "code": code })).await;
    let cookie = common::panel_session_cookie(&opened).expect("a panel session");
    let (_, status) = panel.server.call_as(&cookie, "sync/status", json!({})).await;
    if status["snapshot"].is_null() && status["running"].is_null() {
        assert_eq!(panel.server.call_as(&cookie, "sync/start", json!({})).await.0, 200);
    }
    for _ in 0..1200 {
        let (_, status) = panel.server.call_as(&cookie, "sync/status", json!({})).await;
        if !status["snapshot"].is_null() && status["running"].is_null() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let targets: Vec<String> =
        org_users(&panel.sim).await.into_iter().filter(|(_, admin)| !admin).map(|(id, _)| id).take(500).collect();
    assert_eq!(targets.len(), 500);
    let (status, plan) = panel
        .server
        .call_as(
            &cookie,
            "bulk/preflight",
            json!({ "action": { "kind": "deactivate" }, "targets": { "accounts": targets } }),
        )
        .await;
    assert_eq!(status, 200, "{plan}");
    let changing =
        plan["users"].as_array().expect("users").iter().filter(|u| u["verdict"]["verdict"] == "change").count();
    let asked = std::time::Instant::now();
    let (status, job) = panel
        .server
        .call_as(&cookie, "bulk/start", json!({ "plan_id": plan["plan_id"], "typed": changing.to_string() }))
        .await;
    assert_eq!(status, 200, "{job}");
    assert!(asked.elapsed() < Duration::from_secs(1), "the job id came after {:?}", asked.elapsed());
    let (status, page) =
        panel.server.call_as(&cookie, "jobs/get", json!({ "job_id": job, "state": null, "page": 0 })).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["summary"]["counts"]["total"], 500, "every target has its item, skipped or to change");
    let audit = panel.server.audit().await;
    let started = audit.iter().find(|r| r.entry.job_id.as_deref() == job.as_str()).expect("the job is audited");
    assert_eq!(
        started.entry.installation_id.as_deref(),
        Some(panel.app.installation_id.as_str()),
        "{:?}",
        started.entry
    );
}
