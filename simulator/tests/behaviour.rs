//! The simulator behaves like Atlassian across APIs: one change shows everywhere, pages are capped
//! as documented, rate limits answer with Atlassian's headers, writes can lag, and the OAuth sign-in
//! works end to end with PKCE.

use std::{sync::Arc, time::Duration};

use atlassian_sim::{Sim, SimConfig, Sizes, model::AccountIx};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const KEY: &str = "admin-key";
const EMAIL: &str = "site-admin@acme-corp.example";
const TOKEN: &str = "site-token";

struct Running {
    sim: Arc<Sim>,
    base: String,
    http: Client,
}

async fn start(configure: impl FnOnce(&mut SimConfig)) -> Running {
    let mut config = SimConfig::new(KEY, EMAIL, TOKEN);
    config.sizes = Sizes { users: 300, customers: 120, projects: 10, spaces: 5 };
    configure(&mut config);
    let sim = Sim::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(atlassian_sim::serve(listener, Arc::clone(&sim), std::future::pending()));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    Running { sim, base, http }
}

impl Running {
    fn org(&self) -> String {
        self.sim.world().org_id.clone()
    }

    /// The main directory's id: writes name their directory (`-` is refused).
    fn dir(&self) -> String {
        self.sim.world().directories[0].id.clone()
    }

    async fn admin(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        let mut request = self.http.request(method, format!("{}{path}", self.base)).bearer_auth(KEY);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn site(&self, path: &str) -> (StatusCode, Value) {
        let response =
            self.http.get(format!("{}{path}", self.base)).basic_auth(EMAIL, Some(TOKEN)).send().await.expect("request");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    async fn admin_user(&self, account_id: &str) -> Value {
        let path = format!("/admin/v2/orgs/{}/directories/-/users/search", self.org());
        let (_, page) = self
            .admin(
                reqwest::Method::POST,
                &path,
                Some(json!({ "accountIds": [account_id], "expand": ["productAccess"] })),
            )
            .await;
        page["data"][0].clone()
    }
}

/// An active, managed user in the main directory who gets Jira only through `jira-software-users`.
fn jira_by_group_only(sim: &Sim) -> (AccountIx, String, String) {
    let world = sim.world();
    let group = world.group_by_name("jira-software-users").expect("group");
    let ix = world
        .directory_accounts()
        .find(|&ix| {
            let a = world.acc(ix);
            a.managed
                && !a.org_admin
                && a.directory == Some(0)
                && world.product_access(ix).contains(&0)
                && a.direct_roles.is_empty()
                && world.groups_of(ix).filter(|&g| world.groups[g].roles.iter().any(|(p, _)| *p == 0)).count() == 1
        })
        .expect("such a user exists");
    (ix, world.acc(ix).id.clone(), world.groups[group].id.clone())
}

#[tokio::test]
async fn deactivating_an_account_shows_in_every_api() {
    let run = start(|_| {}).await;
    let (_, account_id, _) = jira_by_group_only(&run.sim);
    let (status, _) = run
        .admin(reqwest::Method::POST, &format!("/users/{account_id}/manage/lifecycle/disable"), Some(json!({})))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    let user = run.admin_user(&account_id).await;
    assert_eq!(user["accountStatus"], "inactive");
    assert_eq!(user["status"], "deactivated");

    let (_, jira) = run.site("/rest/api/3/users/search?maxResults=1000").await;
    let in_jira =
        jira.as_array().expect("array").iter().find(|u| u["accountId"] == account_id.as_str()).expect("listed").clone();
    assert_eq!(in_jira["active"], false);

    let response = run
        .http
        .post(format!("{}/wiki/api/v2/users-bulk", run.base))
        .basic_auth(EMAIL, Some(TOKEN))
        .json(&json!({ "accountIds": [account_id] }))
        .send()
        .await
        .expect("request");
    let confluence: Value = response.json().await.expect("json");
    assert_eq!(confluence["results"][0]["accountStatus"], "inactive");

    let (_, profile) = run.admin(reqwest::Method::GET, &format!("/users/{account_id}/manage/profile"), None).await;
    assert_eq!(profile["account"]["account_status"], "inactive");
}

#[tokio::test]
async fn removing_the_granting_group_removes_product_access_and_frees_a_seat() {
    let run = start(|_| {}).await;
    let (ix, account_id, group_id) = jira_by_group_only(&run.sim);
    let (_, roles) = run.site("/rest/api/3/applicationrole").await;
    let seats_before = roles[0]["userCount"].as_u64().expect("count");

    let path =
        format!("/admin/v2/orgs/{}/directories/{}/groups/{group_id}/memberships/{account_id}", run.org(), run.dir());
    let (status, _) = run.admin(reqwest::Method::DELETE, &path, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    assert!(!run.sim.world().product_access(ix).contains(&0));
    let (_, roles) = run.site("/rest/api/3/applicationrole").await;
    assert_eq!(roles[0]["userCount"].as_u64(), Some(seats_before - 1));
    let (_, groups) = run.site(&format!("/rest/api/3/user/groups?accountId={account_id}")).await;
    assert!(!groups.as_array().expect("array").iter().any(|g| g["groupId"] == group_id.as_str()));
    // The last-active date stays: the product was used, even if access is gone now.
    let user = run.admin_user(&account_id).await;
    let jira =
        user["productAccess"].as_array().expect("expanded").iter().find(|p| p["key"] == "jira-software").cloned();
    assert_eq!(jira.is_some(), run.sim.world().acc(ix).last_active(0).is_some());

    // Suspending keeps groups; restoring gives access back.
    let (status, _) = run
        .admin(
            reqwest::Method::POST,
            &format!("/admin/v2/orgs/{}/directories/{}/groups/{group_id}/memberships", run.org(), run.dir()),
            Some(json!({ "accountId": account_id })),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = run
        .admin(
            reqwest::Method::POST,
            &format!("/admin/v2/orgs/{}/directories/{}/users/{account_id}/suspend", run.org(), run.dir()),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(run.admin_user(&account_id).await["membershipStatus"], "suspended");
    assert!(run.sim.world().product_access(ix).is_empty());
    let (status, _) = run
        .admin(
            reqwest::Method::POST,
            &format!("/admin/v2/orgs/{}/directories/{}/users/{account_id}/restore", run.org(), run.dir()),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(run.sim.world().product_access(ix).contains(&0));
}

#[tokio::test]
async fn writes_can_take_time_to_show() {
    let run = start(|c| c.write_delay = Duration::from_millis(300)).await;
    let (_, account_id, _) = jira_by_group_only(&run.sim);
    let path = format!("/admin/v2/orgs/{}/directories/{}/users/{account_id}/suspend", run.org(), run.dir());
    assert_eq!(run.admin(reqwest::Method::POST, &path, None).await.0, StatusCode::NO_CONTENT);
    assert_eq!(run.admin_user(&account_id).await["membershipStatus"], "active", "not yet");
    tokio::time::sleep(Duration::from_millis(450)).await;
    assert_eq!(run.admin_user(&account_id).await["membershipStatus"], "suspended");
}

#[tokio::test]
async fn page_sizes_are_capped_as_documented() {
    let run = start(|_| {}).await;
    let org = run.org();
    for limit in [0, 101] {
        let (status, body) = run
            .admin(reqwest::Method::GET, &format!("/admin/v2/orgs/{org}/directories/-/users?limit={limit}"), None)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "limit {limit}");
        assert!(body["errors"][0]["detail"].as_str().is_some_and(|d| d.contains("limit")));
    }
    let (status, _) = run
        .admin(
            reqwest::Method::POST,
            &format!("/admin/v2/orgs/{org}/directories/-/users/search"),
            Some(json!({ "searchTerm": "a", "emails": ["a@b.c"] })),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "searchTerm and emails are exclusive");
    let (status, _) =
        run.admin(reqwest::Method::GET, &format!("/admin/v2/orgs/{org}/directories/-/users?cursor=bogus"), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (_, page) = run.site("/rest/api/3/project/search?maxResults=500").await;
    assert_eq!(page["maxResults"], 100);
    let (_, page) = run.site("/rest/api/3/users/search?maxResults=5000").await;
    assert_eq!(page.as_array().map(Vec::len), Some(run.sim.world().accounts.len().min(1_000)));
    let desk = run.sim.world().service_desks[0].id;
    let response = run
        .http
        .get(format!("{}/rest/servicedeskapi/servicedesk/{desk}/customer?limit=500", run.base))
        .basic_auth(EMAIL, Some(TOKEN))
        .header("X-ExperimentalApi", "opt-in")
        .send()
        .await
        .expect("request");
    assert_eq!(response.json::<Value>().await.expect("json")["limit"], 50);
    let (status, _) = run.site("/wiki/api/v2/spaces?limit=251").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // The JSM customer list is experimental: without the opt-in header it is refused.
    let (status, body) = run.site(&format!("/rest/servicedeskapi/servicedesk/{desk}/customer")).await;
    assert!(status.is_client_error(), "{status}");
    assert!(body["errorMessage"].as_str().is_some_and(|m| m.contains("X-ExperimentalApi")));
}

#[tokio::test]
async fn rate_limits_answer_with_atlassians_headers() {
    let run = start(|c| {
        c.admin_rps = 2.0;
        c.site_rps = 2.0;
    })
    .await;
    let org = run.org();
    let admin = |_: ()| run.http.get(format!("{}/admin/v2/orgs/{org}/directories", run.base)).bearer_auth(KEY).send();
    let ok = admin(()).await.expect("request");
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.headers().contains_key("x-ratelimit-remaining"));
    let _ = admin(()).await;
    let limited = admin(()).await.expect("request");
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.headers()["x-ratelimit-remaining"], "0");
    let reset = limited.headers()["x-ratelimit-reset"].to_str().expect("ascii");
    assert!(chrono::DateTime::parse_from_rfc3339(reset).is_ok(), "ISO 8601 reset: {reset}");
    assert!(!limited.headers().contains_key("retry-after"), "the admin API documents no Retry-After");

    let site = |_: ()| run.http.get(format!("{}/rest/api/3/myself", run.base)).basic_auth(EMAIL, Some(TOKEN)).send();
    let _ = site(()).await;
    let _ = site(()).await;
    let limited = site(()).await.expect("request");
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers()["retry-after"].to_str().expect("ascii").parse::<u64>().is_ok_and(|s| s >= 1));
    assert_eq!(run.sim.counters().throttled, 2);
}

#[tokio::test]
async fn wrong_credentials_get_each_familys_401() {
    let run = start(|_| {}).await;
    let response =
        run.http.get(format!("{}/admin/v1/orgs", run.base)).bearer_auth("wrong").send().await.expect("request");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = run
        .http
        .get(format!("{}/rest/api/3/myself", run.base))
        .basic_auth(EMAIL, Some("wrong"))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response.json::<Value>().await.expect("json")["errorMessages"].is_array());
    let response = run.http.get(format!("{}/wiki/api/v2/spaces", run.base)).send().await.expect("request");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(run.sim.counters().total_requests, 3);
}

#[tokio::test]
async fn sign_in_with_atlassian_works_with_pkce_and_codes_work_once() {
    let run = start(|_| {}).await;
    let client_id = run.sim.config.oauth_client_id.clone();
    let secret = run.sim.config.oauth_client_secret.clone();
    let verifier = "a-long-random-verifier-string-of-at-least-43-characters-xyz";
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let redirect = "http://127.0.0.1:3000/auth/callback";
    let query = format!(
        "audience=api.atlassian.com&client_id={client_id}&scope=read%3Ame&redirect_uri={}&state=st4te&response_type=code&prompt=consent&code_challenge={challenge}&code_challenge_method=S256",
        urlencode(redirect)
    );

    let page = run
        .http
        .get(format!("{}/authorize?{query}", run.base))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("html");
    assert!(page.contains("organization admin"), "admins are marked");
    let admin_id = {
        let world = run.sim.world();
        world.accounts.iter().find(|a| a.org_admin).expect("an admin").id.clone()
    };
    assert!(page.contains(&urlencode(&admin_id)));

    let approve = run
        .http
        .get(format!("{}/authorize/approve?account_id={}&{query}", run.base, urlencode(&admin_id)))
        .send()
        .await
        .expect("request");
    assert_eq!(approve.status(), StatusCode::SEE_OTHER);
    let location = approve.headers()["location"].to_str().expect("ascii").to_owned();
    assert!(location.starts_with(redirect) && location.ends_with("&state=st4te"), "{location}");
    let code = location.split("code=").nth(1).and_then(|r| r.split('&').next()).expect("code").to_owned();

    let exchange = |verifier: &str| {
        run.http
            .post(format!("{}/oauth/token", run.base))
            .json(&json!({ "grant_type": "authorization_code", "client_id": client_id, "client_secret": secret, "code": code, "redirect_uri": redirect, "code_verifier": verifier }))
            .send()
    };
    assert_eq!(exchange("the-wrong-verifier").await.expect("request").status(), StatusCode::FORBIDDEN);
    // The failed attempt used the code up, as a stolen code must not be retried.
    assert_eq!(exchange(verifier).await.expect("request").status(), StatusCode::FORBIDDEN);

    // A fresh code with the right verifier gets a token, and /me names the account.
    let again = run
        .http
        .get(format!("{}/authorize/approve?account_id={}&{query}", run.base, urlencode(&admin_id)))
        .send()
        .await
        .expect("request");
    let location = again.headers()["location"].to_str().expect("ascii").to_owned();
    let fresh = location.split("code=").nth(1).and_then(|r| r.split('&').next()).expect("code").to_owned();
    let token: Value = run
        .http
        .post(format!("{}/oauth/token", run.base))
        .json(&json!({ "grant_type": "authorization_code", "client_id": client_id, "client_secret": secret, "code": fresh, "redirect_uri": redirect, "code_verifier": verifier }))
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let access = token["access_token"].as_str().expect("token");
    let me: Value = run
        .http
        .get(format!("{}/me", run.base))
        .bearer_auth(access)
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(me["account_id"], admin_id.as_str());
    assert_eq!(
        run.http.get(format!("{}/me", run.base)).bearer_auth("nope").send().await.expect("request").status(),
        StatusCode::UNAUTHORIZED
    );
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn an_absent_product_answers_as_on_a_site_without_it() {
    let jira_only = start(|c| c.products = atlassian_sim::Products::parse("jira").expect("a list")).await;
    assert_eq!(jira_only.site("/rest/api/3/myself").await.0, StatusCode::OK);
    assert_eq!(jira_only.site("/rest/servicedeskapi/servicedesk").await.0, StatusCode::NOT_FOUND);
    assert_eq!(jira_only.site("/wiki/api/v2/spaces").await.0, StatusCode::NOT_FOUND);
    assert_eq!(jira_only.site("/wiki/rest/api/group").await.0, StatusCode::NOT_FOUND);
    let path = format!("/admin/v2/orgs/{}/workspaces", jira_only.org());
    let (_, page) = jira_only.admin(reqwest::Method::POST, &path, Some(json!({}))).await;
    let keys: Vec<&str> =
        page["data"].as_array().expect("data").iter().filter_map(|w| w["attributes"]["typeKey"].as_str()).collect();
    assert_eq!(keys, ["jira-software"]);

    let jsm_only = start(|c| c.products = atlassian_sim::Products::parse("jsm").expect("a list")).await;
    assert_eq!(jsm_only.site("/rest/api/3/myself").await.0, StatusCode::OK, "JSM includes the Jira platform");
    assert_eq!(jsm_only.site("/rest/servicedeskapi/servicedesk").await.0, StatusCode::OK);
    let confluence_only = start(|c| c.products = atlassian_sim::Products::parse("confluence").expect("a list")).await;
    assert_eq!(confluence_only.site("/rest/api/3/project/search").await.0, StatusCode::NOT_FOUND);
    assert_eq!(confluence_only.site("/wiki/api/v2/spaces").await.0, StatusCode::OK);
}

#[tokio::test]
async fn a_family_fails_until_it_is_healed() {
    let run = start(|c| c.failing_families = vec![atlassian_sim::SiteFamily::Confluence]).await;
    assert_eq!(run.site("/wiki/api/v2/spaces").await.0, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(run.site("/rest/servicedeskapi/servicedesk").await.0, StatusCode::OK);
    let set = |families: Value| {
        run.http.put(format!("{}/__sim/failing-family", run.base)).json(&json!({ "families": families })).send()
    };
    assert_eq!(set(json!(["jsm"])).await.expect("put").status(), StatusCode::OK);
    let (status, body) = run.site("/rest/servicedeskapi/servicedesk").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body["errorMessage"].is_string(), "JSM's error shape: {body}");
    assert_eq!(run.site("/wiki/api/v2/spaces").await.0, StatusCode::OK);
    assert_eq!(set(json!(["trello"])).await.expect("put").status(), StatusCode::BAD_REQUEST);
    assert_eq!(set(json!([])).await.expect("put").status(), StatusCode::OK);
    assert_eq!(run.site("/rest/servicedeskapi/servicedesk").await.0, StatusCode::OK);
}

#[tokio::test]
async fn an_admin_change_outside_the_product_shows_in_every_api_and_the_audit_log() {
    let run = start(|_| {}).await;
    let (_, account_id, group_id) = jira_by_group_only(&run.sim);
    let change = |body: Value| run.http.post(format!("{}/__sim/admin-change", run.base)).json(&body).send();
    let answer = change(json!({ "action": "deactivate", "accountId": account_id })).await.expect("post");
    assert_eq!(answer.status(), StatusCode::OK);
    let event_id = answer.json::<Value>().await.expect("JSON")["eventId"].as_str().expect("an event id").to_owned();
    let user = run.admin_user(&account_id).await;
    assert_eq!(user["status"], "deactivated");
    let ix = run.sim.world().account(&account_id).expect("the account");
    assert!(run.sim.world().product_access(ix).is_empty(), "a deactivated account holds no seat");

    let (_, page) =
        run.admin(reqwest::Method::GET, &format!("/admin/v1/orgs/{}/events?limit=1", run.org()), None).await;
    let event = &page["data"][0];
    assert_eq!(event["id"], json!(event_id));
    assert_eq!(event["attributes"]["action"], "user_deactivated");
    assert_eq!(event["attributes"]["context"][0]["id"], json!(account_id));
    assert!(event["attributes"]["actor"].get("auth").is_none(), "a browser session, not an API token");
    let actor = event["attributes"]["actor"]["id"].as_str().expect("an actor").to_owned();
    assert!(run.sim.world().account(&actor).is_some_and(|ix| run.sim.world().acc(ix).org_admin));

    let removed =
        change(json!({ "action": "remove_from_group", "accountId": account_id, "groupId": group_id, "actor": actor }));
    assert_eq!(removed.await.expect("post").status(), StatusCode::OK);
    assert!(
        !run.sim
            .world()
            .groups
            .iter()
            .any(|g| g.id == group_id && g.members.iter().any(|&m| run.sim.world().acc(m).id == account_id))
    );
    for (body, status) in [
        (json!({ "action": "promote", "accountId": account_id }), StatusCode::BAD_REQUEST),
        (json!({ "action": "add_to_group", "accountId": account_id }), StatusCode::BAD_REQUEST),
        (json!({ "action": "suspend" }), StatusCode::BAD_REQUEST),
        (json!({ "action": "suspend", "accountId": "no-such-account" }), StatusCode::NOT_FOUND),
        (
            json!({ "action": "add_to_group", "accountId": account_id, "groupId": "no-such-group" }),
            StatusCode::NOT_FOUND,
        ),
        (json!({ "action": "suspend", "accountId": account_id, "actor": account_id }), StatusCode::BAD_REQUEST),
    ] {
        assert_eq!(change(body.clone()).await.expect("post").status(), status, "{body}");
    }
}

#[tokio::test]
async fn writes_name_their_directory_and_disable_needs_its_body() {
    let run = start(|_| {}).await;
    let (_, account_id, group_id) = jira_by_group_only(&run.sim);
    let org = run.org();
    for path in [
        format!("/admin/v2/orgs/{org}/directories/-/users/{account_id}/suspend"),
        format!("/admin/v2/orgs/{org}/directories/-/groups/{group_id}/memberships"),
    ] {
        let (status, _) = run.admin(reqwest::Method::POST, &path, Some(json!({ "accountId": account_id }))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let disable = format!("/users/{account_id}/manage/lifecycle/disable");
    let (status, body) = run.admin(reqwest::Method::POST, &disable, None).await;
    assert_eq!((status, body["key"].as_str()), (StatusCode::BAD_REQUEST, Some("bodyParseFailure")));
    let (status, body) = run.admin(reqwest::Method::POST, &disable, Some(json!({ "message": 5 }))).await;
    assert_eq!((status, body["key"].as_str()), (StatusCode::BAD_REQUEST, Some("fieldConstraintsViolated")));
    assert_eq!(
        run.admin(reqwest::Method::POST, &disable, Some(json!({ "message": "Left" }))).await.0,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn one_group_search_per_product_gives_its_grants_with_counts() {
    let run = start(|_| {}).await;
    let (ari, granting) = {
        let world = run.sim.world();
        let granting: Vec<String> =
            world.groups.iter().filter(|g| g.roles.iter().any(|(p, _)| *p == 0)).map(|g| g.id.clone()).collect();
        (world.products[0].ari.clone(), granting)
    };
    let path = format!("/admin/v2/orgs/{}/directories/-/groups/search", run.org());
    let body = json!({ "resourceIds": [ari], "expand": ["counts.users"], "limit": 100 });
    let (status, page) = run.admin(reqwest::Method::POST, &path, Some(body)).await;
    assert_eq!(status, StatusCode::OK);
    let found: Vec<&str> = page["data"].as_array().expect("data").iter().filter_map(|g| g["id"].as_str()).collect();
    assert_eq!(found, granting);
    assert!(page["data"][0]["counts"]["users"].is_u64() && page["data"][0]["counts"].get("resources").is_none());
    let (status, _) = run.admin(reqwest::Method::POST, &path, Some(json!({ "expand": ["members"] }))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = run.admin(reqwest::Method::POST, &path, Some(json!({ "limit": "many" }))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn space_permissions_follow_role_assignments_and_every_jsm_organization_is_listed() {
    let run = start(|_| {}).await;
    let space = run.sim.world().spaces[0].id;
    let mut principals = std::collections::BTreeSet::new();
    let mut path = format!("/wiki/api/v2/spaces/{space}/permissions?limit=3");
    loop {
        let (status, page) = run.site(&path).await;
        assert_eq!(status, StatusCode::OK);
        for p in page["results"].as_array().expect("results") {
            principals.insert(p["principal"]["id"].as_str().expect("an id").to_owned());
        }
        match page["_links"]["next"].as_str() {
            Some(next) => path = next.to_owned(),
            None => break,
        }
    }
    let (_, assignments) = run.site(&format!("/wiki/api/v2/spaces/{space}/role-assignments?limit=250")).await;
    let assigned: std::collections::BTreeSet<String> = assignments["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|a| a["principal"]["principalId"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(principals, assigned);

    let (_, orgs) = run.site("/rest/servicedeskapi/organization?limit=50").await;
    let listed: Vec<String> =
        orgs["values"].as_array().expect("values").iter().filter_map(|o| o["id"].as_str().map(str::to_owned)).collect();
    let world = run.sim.world();
    let unused: Vec<_> = world
        .jsm_orgs
        .iter()
        .enumerate()
        .filter(|(o, _)| !world.service_desks.iter().any(|d| d.organizations.contains(o)))
        .collect();
    assert!(!unused.is_empty(), "some organizations serve no desk");
    for (_, org) in unused {
        assert!(listed.contains(&org.id.to_string()) && !org.members.is_empty());
    }
}
