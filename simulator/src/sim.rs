//! A running simulator: the org, the credentials it accepts, its limits and faults, and the gate
//! every request passes (counting, authentication, rate limiting, fault injection).

use std::{
    collections::HashMap,
    convert::Infallible,
    sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard},
};

use axum::{
    body::Body,
    extract::{FromRequestParts, MatchedPath, Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Utc;
use http::{HeaderValue, StatusCode, header, request::Parts};

use crate::{
    config::{SimConfig, SiteFamily},
    generate::generate,
    limits::{Admission, Bucket, CounterSnapshot, Counters},
    model::World,
    respond::Family,
    rng::Rng,
};

/// What the simulated admin key can do. Tests flip these to see how the product copes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyState {
    pub expired: bool,
    pub revoked: bool,
    /// `None`: a key created without scopes (it can do everything). `Some`: only these scopes.
    pub scopes: Option<Vec<String>>,
}

/// An answer the next write whose path contains `path_contains` gets instead of being carried
/// out (`POST /__sim/next-write-answer`): how tests make Atlassian answer what it rarely does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptedAnswer {
    pub path_contains: String,
    pub status: StatusCode,
    pub body: serde_json::Value,
}

/// Codes and tokens of "Sign in with Atlassian".
#[derive(Debug, Default)]
pub struct OAuthState {
    /// code → (account id, redirect URI, PKCE challenge, expiry).
    pub codes: HashMap<String, (String, String, Option<String>, chrono::DateTime<Utc>)>,
    /// access token → account id.
    pub tokens: HashMap<String, String>,
}

pub struct Sim {
    pub config: SimConfig,
    world: RwLock<World>,
    key: Mutex<KeyState>,
    buckets: [Option<Bucket>; 4],
    faults: Mutex<Rng>,
    pub(crate) counters: Counters,
    pub(crate) oauth: Mutex<OAuthState>,
    /// Numbers the `atl-traceid` of each answer.
    traces: std::sync::atomic::AtomicU64,
    /// The Forge app installed on the simulated site (its JWKS and invocation tokens).
    pub forge: crate::forge::ForgeApp,
    /// Site families answering 503 to every request (`--failing-family`, `PUT /__sim/failing-family`).
    failing: Mutex<Vec<SiteFamily>>,
    /// One-shot answers to coming writes, first match first.
    scripted: Mutex<Vec<ScriptedAnswer>>,
    /// Paths that answer nothing, or an error, while a test says so (`PUT /__sim/outage`).
    pub outage: crate::outage::Outage,
}

impl Sim {
    /// Generates the org and prepares the simulator. The first org user is the site admin whose
    /// e-mail and API token the site APIs accept.
    pub fn new(config: SimConfig) -> Arc<Sim> {
        let mut world = generate(config.seed, config.sizes, config.products, config.org_id.clone(), Utc::now());
        if let Some(admin) = world.accounts.first_mut() {
            admin.email = config.site_email.clone();
        }
        mark_unreadable(&mut world, config.unreadable_projects, config.unreadable_spaces);
        let bucket = |rps: f64| (rps > 0.0).then(|| Bucket::new(rps, config.burst.unwrap_or(rps)));
        Arc::new(Sim {
            buckets: [
                bucket(config.admin_rps),
                bucket(config.site_rps),
                bucket(config.site_rps),
                bucket(config.site_rps),
            ],
            faults: Mutex::new(Rng::new(config.fault_seed)),
            world: RwLock::new(world),
            key: Mutex::new(KeyState::default()),
            counters: Counters::default(),
            oauth: Mutex::new(OAuthState::default()),
            traces: std::sync::atomic::AtomicU64::new(config.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            forge: forge_app(config.seed),
            failing: Mutex::new(config.failing_families.clone()),
            scripted: Mutex::new(Vec::new()),
            outage: crate::outage::Outage::default(),
            config,
        })
    }

    /// Makes the last `projects` projects and `spaces` spaces unreadable to the site account
    /// (and every other one readable), as `--unreadable-projects` and `--unreadable-spaces` do.
    pub fn set_unreadable(&self, projects: usize, spaces: usize) {
        self.change(|world| mark_unreadable(world, projects, spaces));
    }

    /// The org as it is now: the ground truth tests compare against.
    pub fn world(&self) -> RwLockReadGuard<'_, World> {
        self.world.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Changes the org at once (tests set up cases this way).
    pub fn change<T>(&self, f: impl FnOnce(&mut World) -> T) -> T {
        f(&mut self.world.write().unwrap_or_else(PoisonError::into_inner))
    }

    /// Applies an API write, after the configured delay when there is one: Atlassian is
    /// eventually consistent, and a client must not assume it reads its own writes.
    pub fn write_later(self: &Arc<Self>, f: impl FnOnce(&mut World) + Send + 'static) {
        let delay = self.config.write_delay;
        if delay.is_zero() {
            self.change(f);
        } else {
            let sim = Arc::clone(self);
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                sim.change(f);
            });
        }
    }

    /// Makes the next write whose path contains `answer.path_contains` answer `answer` instead.
    pub fn script_next_write(&self, answer: ScriptedAnswer) {
        self.scripted.lock().unwrap_or_else(PoisonError::into_inner).push(answer);
    }

    /// The scripted answer for this write, used up by taking it.
    fn scripted_answer(&self, method: &http::Method, path: &str) -> Option<Response> {
        if method == http::Method::GET || !is_write(path) {
            return None;
        }
        let mut scripted = self.scripted.lock().unwrap_or_else(PoisonError::into_inner);
        let at = scripted.iter().position(|a| path.contains(&a.path_contains))?;
        let answer = scripted.remove(at);
        Some((answer.status, axum::Json(answer.body)).into_response())
    }

    /// The site families that answer 503 to every request now.
    pub fn failing_families(&self) -> Vec<SiteFamily> {
        self.failing.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Makes exactly these site families fail (an empty list heals them all).
    pub fn set_failing_families(&self, families: Vec<SiteFamily>) {
        *self.failing.lock().unwrap_or_else(PoisonError::into_inner) = families;
    }

    /// The answer a request gets before any handler when its family is failing, its product is
    /// not on the site, or its endpoint is experimental and those are switched off.
    pub(crate) fn refusal(
        &self,
        family: Family,
        method: &http::Method,
        template: Option<&str>,
        path: &str,
    ) -> Option<Response> {
        let site_family = match family {
            Family::Jira => Some(SiteFamily::Jira),
            Family::Jsm => Some(SiteFamily::Jsm),
            Family::ConfluenceV1 | Family::ConfluenceV2 => Some(SiteFamily::Confluence),
            _ => None,
        };
        if site_family.is_some_and(|f| self.failing_families().contains(&f)) {
            let mut response =
                family.error(StatusCode::SERVICE_UNAVAILABLE, "The service is unavailable. Try again later.");
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            return Some(response);
        }
        let products = self.config.products;
        let installed = match site_family {
            Some(SiteFamily::Jira) => products.jira_platform(),
            Some(SiteFamily::Jsm) => products.jsm,
            Some(SiteFamily::Confluence) => products.confluence,
            None => true,
        };
        if !installed {
            return Some(uninstalled(products, path));
        }
        if self.config.no_experimental
            && template.is_some_and(|t| crate::experimental::is_experimental(method.as_str(), t))
        {
            return Some(family.error(StatusCode::NOT_FOUND, "No such resource"));
        }
        None
    }

    pub fn key_state(&self) -> KeyState {
        self.key.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn set_key_state(&self, state: KeyState) {
        *self.key.lock().unwrap_or_else(PoisonError::into_inner) = state;
    }

    pub fn counters(&self) -> CounterSnapshot {
        self.counters.snapshot()
    }

    /// The writes carried out so far, oldest first.
    pub fn changes(&self) -> Vec<crate::limits::Change> {
        self.counters.changes()
    }

    pub fn reset_counters(&self) {
        self.counters.reset();
    }

    fn check_admin_key(&self, parts: &Parts, endpoint: &str) -> Result<(), (StatusCode, &'static str)> {
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if bearer != Some(self.config.admin_key.as_str()) {
            return Err((
                StatusCode::UNAUTHORIZED,
                "The request is not authenticated: the API key is missing or invalid.",
            ));
        }
        let key = self.key_state();
        if key.revoked {
            return Err((StatusCode::UNAUTHORIZED, "The API key has been revoked."));
        }
        if key.expired {
            return Err((StatusCode::UNAUTHORIZED, "The API key has expired."));
        }
        match (&key.scopes, required_scope(endpoint)) {
            (Some(scopes), Some(scope)) if !scopes.iter().any(|s| s == scope) => {
                Err((StatusCode::FORBIDDEN, "The API key does not have the scope this operation requires."))
            }
            _ => Ok(()),
        }
    }

    fn check_site_credentials(&self, parts: &Parts) -> bool {
        let expected = STANDARD.encode(format!("{}:{}", self.config.site_email, self.config.site_token));
        parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Basic "))
            == Some(expected.as_str())
    }

    fn fault(&self) -> Option<Fault> {
        let rates = self.config.faults;
        if rates.total() <= 0.0 {
            return None;
        }
        let mut rng = self.faults.lock().unwrap_or_else(PoisonError::into_inner);
        let roll = rng.unit();
        let mut bound = 0.0;
        for (rate, fault) in [
            (rates.server_error, Fault::Status(StatusCode::OK)),
            (rates.too_many_requests, Fault::TooManyRequests),
            (rates.slow, Fault::Slow),
            (rates.dropped, Fault::Drop),
        ] {
            bound += rate;
            if roll < bound {
                return Some(match fault {
                    Fault::Status(_) => Fault::Status(*rng.pick(&[
                        StatusCode::INTERNAL_SERVER_ERROR,
                        StatusCode::BAD_GATEWAY,
                        StatusCode::SERVICE_UNAVAILABLE,
                        StatusCode::GATEWAY_TIMEOUT,
                    ])),
                    other => other,
                });
            }
        }
        None
    }
}

/// The Forge app's ids, from their own stream of the seed (the org's generation stays as it was).
fn forge_app(seed: u64) -> crate::forge::ForgeApp {
    let mut rng = Rng::new(seed ^ 0xf0_46e0);
    let app_id = rng.uuid();
    crate::forge::ForgeApp::new(app_id, rng.uuid())
}

enum Fault {
    Status(StatusCode),
    TooManyRequests,
    Slow,
    Drop,
}

/// The scope an admin endpoint needs from a scoped key ([JJS] doc comments name the read scopes;
/// no published source confirms the write scopes, so a scoped key is refused every write).
fn required_scope(endpoint: &str) -> Option<&'static str> {
    let (method, path) = endpoint.split_once(' ')?;
    Some(match () {
        _ if method != "GET" && !path.ends_with("/search") && !path.ends_with("/workspaces") => {
            "write:directories:admin"
        }
        _ if path.contains("/workspaces") => "read:workspaces:admin",
        _ if path.contains("/groups") => "read:groups:admin",
        _ if path.starts_with("/admin/v1/orgs/{orgId}/users") => "read:accounts:admin",
        _ if path.starts_with("/admin/v1/orgs") && !path.contains("directory") => "read:orgs:admin",
        _ => "read:directories:admin",
    })
}

/// Every request passes here: counted, authenticated, rate limited, and perhaps given a fault.
pub async fn gate(State(sim): State<Arc<Sim>>, matched: Option<MatchedPath>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let family = Family::of_path(&path);
    let endpoint = format!("{} {}", request.method(), matched.as_ref().map_or(path.as_str(), |m| m.as_str()));
    let _in_flight = sim.counters.request(family, endpoint.clone());
    // Atlassian names every answer with a trace id that support can look up; so do we.
    let trace = format!("{:016x}", sim.traces.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    let method = request.method().clone();
    let out = match sim.outage.answer_for(&path).filter(|_| family != Family::Control) {
        Some(answer) => Some(outage_answer(family, answer).await),
        None => None,
    };
    let refused = out
        .or_else(|| sim.refusal(family, &method, matched.as_ref().map(MatchedPath::as_str), &path))
        .or_else(|| sim.scripted_answer(&method, &path));
    let (mut response, handled) = match refused {
        Some(response) => (response, false),
        None => gated(&sim, family, &endpoint, &path, request, next).await,
    };
    if let Ok(value) = HeaderValue::from_str(&trace) {
        response.headers_mut().insert("atl-traceid", value);
    }
    if handled && method != http::Method::GET && response.status().is_success() && is_write(&path) {
        sim.counters.changed(crate::limits::Change {
            method: method.to_string(),
            path,
            status: response.status().as_u16(),
            request_id: trace,
        });
    }
    response
}

/// What a path in an outage answers: after a silence longer than any caller waits, the 504 a
/// gateway gives; or the status the test chose (a 429 asks for a minute's pause).
async fn outage_answer(family: Family, answer: crate::outage::OutageAnswer) -> Response {
    use crate::outage::{OutageAnswer, SILENT_HOLD};
    match answer {
        OutageAnswer::Silent => {
            tokio::time::sleep(SILENT_HOLD).await;
            family.error(StatusCode::GATEWAY_TIMEOUT, "The service did not answer in time (simulated outage).")
        }
        OutageAnswer::Status(StatusCode::TOO_MANY_REQUESTS) => {
            too_many_requests(family, 100, std::time::Duration::from_secs(60))
        }
        OutageAnswer::Status(status) => family.error(status, "The service is unavailable (simulated outage)."),
    }
}

/// What a site answers under the path of a product it does not have. Jira answers an unknown
/// REST resource with its "null for uri" error; without Jira at all (and under `/wiki` without
/// Confluence) the site's own "page not found" HTML comes back.
fn uninstalled(products: crate::config::Products, path: &str) -> Response {
    if path.starts_with("/rest/") && products.jira_platform() {
        let body = serde_json::json!({ "errorMessages": [format!("null for uri: https://acme.atlassian.net{path}")], "errors": {} });
        return (StatusCode::NOT_FOUND, axum::Json(body)).into_response();
    }
    let page = "<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>We can't find the page you're looking for.</p></body></html>";
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/html;charset=UTF-8")], page).into_response()
}

/// Whether a non-GET request changes the org (searches and token exchanges only read).
fn is_write(path: &str) -> bool {
    !(path.ends_with("/search")
        || path.ends_with("/workspaces")
        || path.ends_with("/users-bulk")
        || path.starts_with("/oauth/")
        || path.starts_with("/__sim/"))
}

/// Authentication, rate limits and faults, then the handler; and whether the handler ran.
async fn gated(
    sim: &Arc<Sim>,
    family: Family,
    endpoint: &str,
    path: &str,
    request: Request,
    next: Next,
) -> (Response, bool) {
    let (parts, body) = request.into_parts();
    let denied = match family {
        Family::Admin => sim.check_admin_key(&parts, endpoint).err(),
        Family::Jira | Family::Jsm | Family::ConfluenceV1 | Family::ConfluenceV2
            if !sim.check_site_credentials(&parts) =>
        {
            Some((StatusCode::UNAUTHORIZED, "Client must be authenticated to access this resource."))
        }
        _ => None,
    };
    if let Some((status, message)) = denied {
        // The user management API shares the admin key but not the admin error shape.
        let response = if path.starts_with("/users/") {
            crate::respond::keyed_denial(status)
        } else {
            family.error(status, message)
        };
        return (response, false);
    }

    let bucket = family.bucket().and_then(|b| sim.buckets[b].as_ref());
    let mut remaining = None;
    if let Some(bucket) = bucket {
        match bucket.admit() {
            Admission::Allowed { remaining: left } => remaining = Some(left),
            Admission::Throttled { retry_after } => {
                sim.counters.throttled();
                return (too_many_requests(family, bucket.limit(), retry_after), false);
            }
        }
    }

    let fault = if family == Family::Control { None } else { sim.fault() };
    let request = Request::from_parts(parts, body);
    let handled = matches!(fault, None | Some(Fault::Slow));
    let mut response = match fault {
        Some(Fault::Status(status)) => {
            sim.counters.fault();
            family.error(status, "The service is temporarily unavailable (injected fault).")
        }
        Some(Fault::TooManyRequests) => {
            sim.counters.fault();
            // As if the bucket had just run dry: come back when its next token is due.
            let wait = bucket.map_or(std::time::Duration::from_secs(1), Bucket::refill_interval);
            too_many_requests(family, bucket.map_or(100, Bucket::limit), wait)
        }
        Some(Fault::Drop) => {
            sim.counters.fault();
            // Headers, then a body that fails: the client sees the connection die mid-response.
            let failing = futures_util::stream::once(async {
                Err::<axum::body::Bytes, std::io::Error>(std::io::Error::other("connection dropped (injected fault)"))
            });
            let mut response = Response::new(Body::from_stream(failing));
            *response.status_mut() = StatusCode::OK;
            response
        }
        Some(Fault::Slow) => {
            sim.counters.fault();
            // The work is done, but the answer comes late: a client that times out cannot know.
            let response = next.run(request).await;
            tokio::time::sleep(sim.config.slow_delay).await;
            response
        }
        None => next.run(request).await,
    };
    // A 429 (an injected one) already says when to come back; the budget headers of an answered
    // request must not overwrite that.
    if let (Some(bucket), Some(remaining), false) =
        (bucket, remaining, response.status() == StatusCode::TOO_MANY_REQUESTS)
    {
        rate_headers(response.headers_mut(), family, bucket.limit(), remaining, std::time::Duration::from_secs(1));
    }
    (response, handled)
}

fn too_many_requests(family: Family, limit: u64, retry_after: std::time::Duration) -> Response {
    let mut response = family.error(StatusCode::TOO_MANY_REQUESTS, "Rate limit exceeded. Retry later.");
    let headers = response.headers_mut();
    rate_headers(headers, family, limit, 0, retry_after);
    if family != Family::Admin {
        // Jira, JSM and Confluence say when to come back; the admin API documents only the reset time.
        let seconds = retry_after.as_secs_f64().ceil().max(1.0) as u64;
        headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        headers.insert("RateLimit-Reason", HeaderValue::from_static("jira-burst-based"));
    }
    response
}

fn rate_headers(
    headers: &mut http::HeaderMap,
    family: Family,
    limit: u64,
    remaining: u64,
    reset_in: std::time::Duration,
) {
    let reset_at = Utc::now() + chrono::Duration::from_std(reset_in).unwrap_or_default();
    let reset = if family == Family::Admin {
        reset_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
    } else {
        reset_at.format("%Y-%m-%dT%H:%MZ").to_string()
    };
    headers.insert("X-RateLimit-Limit", HeaderValue::from(limit));
    headers.insert("X-RateLimit-Remaining", HeaderValue::from(remaining));
    if let Ok(reset) = HeaderValue::from_str(&reset) {
        headers.insert("X-RateLimit-Reset", reset);
    }
    if family != Family::Admin && (remaining as f64) < limit as f64 * 0.2 {
        headers.insert("X-RateLimit-NearLimit", HeaderValue::from_static("true"));
    }
}

/// The scheme and host the client used, for absolute links in responses.
pub struct Base(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Base {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Base, Infallible> {
        let host = parts.headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("localhost");
        Ok(Base(format!("http://{host}")))
    }
}

/// The last projects and spaces are the ones the site account may list but not read.
fn mark_unreadable(world: &mut World, projects: usize, spaces: usize) {
    let first = world.projects.len().saturating_sub(projects);
    for (i, project) in world.projects.iter_mut().enumerate() {
        project.unreadable = i >= first;
    }
    let first = world.spaces.len().saturating_sub(spaces);
    for (i, space) in world.spaces.iter_mut().enumerate() {
        space.unreadable = i >= first;
    }
}

#[cfg(test)]
mod tests {
    use super::{Fault, Sim, required_scope};
    use crate::config::{FaultRates, SimConfig, Sizes};

    #[test]
    fn each_fault_kind_comes_at_its_own_rate_and_replays_from_its_seed() {
        let mut config = SimConfig::new("k", "e@x.example", "t");
        config.sizes = Sizes { users: 5, customers: 0, projects: 0, spaces: 0 };
        config.faults = FaultRates { server_error: 0.1, too_many_requests: 0.2, slow: 0.0, dropped: 0.05 };
        let draws = |sim: &Sim| -> Vec<u8> {
            (0..20_000)
                .map(|_| match sim.fault() {
                    None => 0,
                    Some(Fault::Status(status)) => {
                        assert!(matches!(status.as_u16(), 500 | 502 | 503 | 504));
                        1
                    }
                    Some(Fault::TooManyRequests) => 2,
                    Some(Fault::Slow) => 3,
                    Some(Fault::Drop) => 4,
                })
                .collect()
        };
        let first = draws(&Sim::new(config.clone()));
        let share = |kind: u8| first.iter().filter(|&&k| k == kind).count() as f64 / first.len() as f64;
        assert!((share(1) - 0.1).abs() < 0.01, "5xx {}", share(1));
        assert!((share(2) - 0.2).abs() < 0.015, "429 {}", share(2));
        assert_eq!(share(3), 0.0);
        assert!((share(4) - 0.05).abs() < 0.01, "drop {}", share(4));
        assert_eq!(first, draws(&Sim::new(config)), "the same seed replays the same faults");
    }

    #[test]
    fn scopes_follow_the_documented_families() {
        assert_eq!(
            required_scope("GET /admin/v2/orgs/{orgId}/directories/{directoryId}/users"),
            Some("read:directories:admin")
        );
        assert_eq!(
            required_scope("POST /admin/v2/orgs/{orgId}/directories/{directoryId}/users/search"),
            Some("read:directories:admin")
        );
        assert_eq!(
            required_scope("GET /admin/v2/orgs/{orgId}/directories/{directoryId}/groups"),
            Some("read:groups:admin")
        );
        assert_eq!(required_scope("POST /admin/v2/orgs/{orgId}/workspaces"), Some("read:workspaces:admin"));
        assert_eq!(required_scope("GET /admin/v1/orgs/{orgId}/users"), Some("read:accounts:admin"));
        assert_eq!(
            required_scope("POST /admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/suspend"),
            Some("write:directories:admin")
        );
    }
}
