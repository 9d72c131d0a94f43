//! The one way the server talks to Atlassian: a shared HTTP client with timeouts and a
//! User-Agent, a concurrency cap and pacing per host, the retry policy, and a circuit breaker.
//!
//! Two kinds of caller share it. Background work (syncs, bulk jobs) is patient: it retries with
//! Atlassian's long backoffs and waits out rate-limit pauses. A person waiting on a page (Settings'
//! checks, sign-in, a pre-flight) gets an [`Engine::interactive`] view of the same engine: the
//! same hosts, pacing and breakers, but a short retry policy and one deadline for everything it
//! sends, after which a call ends with [`UpstreamError::Timeout`] (or, when Atlassian asks for a
//! longer pause than is left, [`UpstreamError::Unavailable`] saying when to come back).

use std::{
    collections::HashMap,
    future::Future,
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, SystemTime},
};

use base64::{Engine as _, engine::general_purpose::STANDARD};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use reqwest::Url;
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::{sync::Semaphore, time::Instant};

use super::{
    error::UpstreamError,
    retry::{RetryPolicy, budget, is_retryable},
};

/// How long a request a person waits on may spend with Atlassian, retries and pauses included:
/// long enough for a slow answer, short enough that a page never seems stuck.
pub const INTERACTIVE_DEADLINE: Duration = Duration::from_secs(10);

/// How the engine behaves. [`EngineConfig::default`] is what production uses.
#[derive(Clone, Debug)]
pub struct EngineConfig {
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    pub retry: RetryPolicy,
    /// The retry policy of [`Engine::interactive`] calls.
    pub interactive_retry: RetryPolicy,
    /// How long an [`Engine::interactive`] view may take, from its creation to its last answer.
    pub interactive_deadline: Duration,
    /// Requests in flight at once to the admin API host (api.atlassian.com).
    pub admin_concurrency: usize,
    /// Requests in flight at once to each site (`<site>.atlassian.net`).
    pub site_concurrency: usize,
    /// Consecutive 429/5xx answers from one host that open its circuit.
    pub breaker_threshold: u32,
    pub breaker_cooldown: Duration,
    /// Seed of the jitter draws (fixed in tests).
    pub jitter_seed: u64,
}

impl Default for EngineConfig {
    fn default() -> EngineConfig {
        EngineConfig {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            retry: RetryPolicy::ATLASSIAN,
            interactive_retry: RetryPolicy::INTERACTIVE,
            interactive_deadline: INTERACTIVE_DEADLINE,
            admin_concurrency: 2,
            site_concurrency: 4,
            breaker_threshold: 5,
            breaker_cooldown: Duration::from_secs(60),
            jitter_seed: 0x5eed,
        }
    }
}

/// The credential a call carries. Both are `SecretString`: never logged, never serialised.
#[derive(Clone)]
pub enum Auth {
    /// The organisation Admin API key (`Authorization: Bearer`).
    Admin(Arc<SecretString>),
    /// A site account's e-mail and API token (`Authorization: Basic`).
    Site { email: String, token: Arc<SecretString> },
}

impl Auth {
    fn header(&self) -> Option<HeaderValue> {
        let value = match self {
            Auth::Admin(key) => format!("Bearer {}", key.expose_secret()),
            Auth::Site { email, token } => {
                format!("Basic {}", STANDARD.encode(format!("{email}:{}", token.expose_secret())))
            }
        };
        let mut value = HeaderValue::from_str(&value).ok()?;
        value.set_sensitive(true);
        Some(value)
    }

    fn concurrency(&self, config: &EngineConfig) -> usize {
        match self {
            Auth::Admin(_) => config.admin_concurrency,
            Auth::Site { .. } => config.site_concurrency,
        }
    }
}

/// One request to Atlassian.
#[derive(Clone)]
pub struct Call {
    pub method: Method,
    pub url: Url,
    pub json: Option<Value>,
    pub auth: Auth,
    /// Safe to send again when its outcome is unknown (reads, searches). A change is not: after
    /// a timeout the caller must re-read the state instead.
    pub idempotent: bool,
    pub headers: Vec<(&'static str, &'static str)>,
}

impl Call {
    pub fn get(url: Url, auth: Auth) -> Call {
        Call { method: Method::GET, url, json: None, auth, idempotent: true, headers: Vec::new() }
    }

    /// A POST that only reads (a search): retried like a GET.
    pub fn search(url: Url, auth: Auth, body: Value) -> Call {
        Call { method: Method::POST, url, json: Some(body), auth, idempotent: true, headers: Vec::new() }
    }

    /// A change: never repeated blindly.
    pub fn change(method: Method, url: Url, auth: Auth, body: Option<Value>) -> Call {
        Call { method, url, json: body, auth, idempotent: false, headers: Vec::new() }
    }

    pub fn header(mut self, name: &'static str, value: &'static str) -> Call {
        self.headers.push((name, value));
        self
    }
}

/// A successful answer.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    /// Atlassian's id of this request (`atl-traceid`, or `x-request-id` behind some proxies), which
    /// its support can look up.
    pub fn request_id(&self) -> Option<String> {
        ["atl-traceid", "x-request-id"]
            .iter()
            .find_map(|name| self.headers.get(*name)?.to_str().ok())
            .map(|id| id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(64).collect())
    }

    pub fn json<T: DeserializeOwned>(&self) -> Result<T, UpstreamError> {
        serde_json::from_slice(&self.body).map_err(|e| UpstreamError::Decode(e.to_string()))
    }
}

/// Per-host state: the concurrency cap, when the next request may go, and the breaker.
struct Host {
    permits: Semaphore,
    state: Mutex<HostState>,
}

#[derive(Default)]
struct HostState {
    /// A pause every request waits out (a 429, or an exhausted budget).
    not_before: Option<Instant>,
    /// While the budget runs low: the gap between requests that the budget sustains, and the
    /// next free slot. Each request takes its own slot, so concurrent requests do not wake
    /// together and burst.
    spacing: Option<Duration>,
    next_slot: Option<Instant>,
    consecutive_failures: u32,
    open_until: Option<Instant>,
}

pub struct Engine {
    shared: Arc<Shared>,
    /// This view's retry policy: the configured one, or the interactive one.
    retry: RetryPolicy,
    /// When every call of an interactive view must have ended; `None` for background work.
    deadline: Option<Instant>,
}

/// What every view of one engine shares: the client, the hosts' pacing and breakers, the counters.
struct Shared {
    http: reqwest::Client,
    config: EngineConfig,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
    jitter: Mutex<u64>,
    requests: AtomicU64,
    waited_us: AtomicU64,
}

/// Counters for progress reports and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EngineStats {
    /// HTTP requests sent, retries included.
    pub requests: u64,
    /// Time calls spent held back by rate limits (429 answers and pacing).
    pub rate_limit_wait: Duration,
}

/// The rate-limit family of an Atlassian path.
fn family(path: &str) -> &'static str {
    match () {
        _ if path.starts_with("/rest/servicedeskapi/") => "#jsm",
        _ if path.starts_with("/rest/") => "#jira",
        _ if path.starts_with("/wiki/") => "#confluence",
        // The org's events have a limit of their own (10 a minute): their failures must not
        // pause the rest of the admin API (sign-in's checks, syncs, jobs) behind a breaker.
        _ if path.starts_with("/admin/") && path.ends_with("/events") => "#admin-events",
        _ => "#admin",
    }
}

/// What one attempt came to.
enum Attempt {
    Done(Reply),
    Retry { status: Option<StatusCode>, headers: HeaderMap },
    Fail(UpstreamError),
}

impl Engine {
    pub fn new(config: EngineConfig) -> Engine {
        let http = super::http_client_builder()
            .user_agent(concat!("UserAccountManager/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            // Every call carries a credential for the one host it names: a redirect must not
            // take the call (or, through "Test connection", its answer) anywhere else.
            // Atlassian's APIs answer where they are asked, so a 3xx is reported as a failure.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_else(|error| {
                tracing::error!(%error, "the HTTP client could not be configured; using defaults");
                reqwest::Client::new()
            });
        let retry = config.retry;
        let shared = Shared {
            http,
            jitter: Mutex::new(config.jitter_seed | 1),
            config,
            hosts: Mutex::new(HashMap::new()),
            requests: AtomicU64::new(0),
            waited_us: AtomicU64::new(0),
        };
        Engine { shared: Arc::new(shared), retry, deadline: None }
    }

    /// A view of this engine for a request a person waits on: the interactive retry policy, and
    /// every call it sends (pages of a listing included) ends by one deadline from now. Hosts,
    /// pacing, breakers and counters stay shared with the background work.
    pub fn interactive(&self) -> Engine {
        let config = &self.shared.config;
        Engine {
            shared: Arc::clone(&self.shared),
            retry: config.interactive_retry,
            deadline: Some(Instant::now() + config.interactive_deadline),
        }
    }

    /// How long this view's deadline allows in all, in whole seconds (rounded up), for messages
    /// such as "Atlassian did not answer within 10 seconds"; `None` for background work.
    pub fn deadline_secs(&self) -> Option<u64> {
        self.deadline.map(|_| self.shared.config.interactive_deadline.as_secs_f64().ceil() as u64)
    }

    /// Runs `work`, giving up at this view's deadline (if it has one).
    async fn by_deadline<F: Future>(&self, work: F) -> Option<F::Output> {
        match self.deadline {
            Some(deadline) => tokio::time::timeout_at(deadline, work).await.ok(),
            None => Some(work.await),
        }
    }

    /// Whether `at` is past this view's deadline.
    fn after_deadline(&self, at: Instant) -> bool {
        self.deadline.is_some_and(|deadline| at > deadline)
    }

    fn host(&self, call: &Call) -> (String, Arc<Host>) {
        // Atlassian limits each API family on its own (Jira, JSM and Confluence share a host), so
        // pacing and breakers are kept per host and family: a throttled JSM must not slow Jira.
        let key = format!("{}://{}{}", call.url.scheme(), call.url.authority(), family(call.url.path()));
        let mut hosts = self.shared.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        let host = hosts
            .entry(key.clone())
            .or_insert_with(|| {
                Arc::new(Host {
                    permits: Semaphore::new(call.auth.concurrency(&self.shared.config)),
                    state: Mutex::default(),
                })
            })
            .clone();
        (key, host)
    }

    /// A uniform draw in `[0, 1)` for jitter (xorshift; seeded for reproducible tests).
    fn draw(&self) -> f64 {
        let mut state = self.shared.jitter.lock().unwrap_or_else(PoisonError::into_inner);
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        (*state >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Requests sent and time spent held back by rate limits, since the engine started.
    pub fn stats(&self) -> EngineStats {
        EngineStats {
            requests: self.shared.requests.load(Ordering::Relaxed),
            rate_limit_wait: Duration::from_micros(self.shared.waited_us.load(Ordering::Relaxed)),
        }
    }

    /// When the latest rate-limit pause now in force ends, if any host is paused.
    pub fn paused_until(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        let now = Instant::now();
        let hosts = self.shared.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        let until = hosts
            .values()
            .filter_map(|h| h.state.lock().unwrap_or_else(PoisonError::into_inner).not_before)
            .filter(|t| *t > now)
            .max()?;
        let left = chrono::Duration::from_std(until - now).ok()?;
        Some(chrono::Utc::now() + left)
    }

    /// Sleeps until `at` (a rate-limit pause), counting the time.
    async fn hold_back(&self, until: Instant) {
        let now = Instant::now();
        if until > now {
            self.shared.waited_us.fetch_add((until - now).as_micros() as u64, Ordering::Relaxed);
            tokio::time::sleep_until(until).await;
        }
    }

    /// Sends the call, retrying what is safe to retry, and returns the first successful answer.
    pub async fn send(&self, call: &Call) -> Result<Reply, UpstreamError> {
        let (host_key, host) = self.host(call);
        let path = call.url.path().to_owned();
        let mut retries = 0;
        loop {
            self.check_circuit(&host_key, &host)?;
            let outcome = {
                let Some(permit) = self.by_deadline(host.permits.acquire()).await else {
                    return Err(self.out_of_time(call, &path, None));
                };
                let _permit = permit.map_err(|_| UpstreamError::Connect("client shut down".into()))?;
                let (now, at) = (Instant::now(), host.slot());
                if self.after_deadline(now) {
                    return Err(self.out_of_time(call, &path, None));
                }
                if self.after_deadline(at) {
                    // The host is paused (a 429, or a spent budget) past the deadline: say when
                    // it may be asked again rather than wait.
                    return Err(self.out_of_time(call, &path, Some(at - now)));
                }
                self.hold_back(at).await;
                match self.by_deadline(self.attempt(call, &host)).await {
                    Some(outcome) => outcome,
                    None => return Err(self.out_of_time(call, &path, None)),
                }
            };
            let (status, headers) = match outcome {
                Attempt::Done(reply) => return Ok(reply),
                Attempt::Fail(error) => {
                    tracing::warn!(method = %call.method, path, error = %error, "Atlassian call failed");
                    return Err(error);
                }
                Attempt::Retry { status, headers } => (status, headers),
            };
            retries += 1;
            if retries > self.retry.max_retries {
                let error = match status {
                    Some(status) => UpstreamError::Unavailable {
                        status,
                        attempts: retries,
                        retry_after: super::retry::retry_after(&headers, SystemTime::now()),
                    },
                    None => UpstreamError::Connect(format!("no answer after {retries} attempts")),
                };
                tracing::warn!(method = %call.method, path, error = %error, "Atlassian call gave up");
                return Err(error);
            }
            let wait = match self.retry.wait(&headers, retries, self.draw(), SystemTime::now()) {
                Ok(wait) if self.after_deadline(Instant::now() + wait) => {
                    // No time left for this wait: the last answer stands.
                    let error = match status {
                        Some(status) => UpstreamError::Unavailable {
                            status,
                            attempts: retries,
                            retry_after: super::retry::retry_after(&headers, SystemTime::now()).or(Some(wait)),
                        },
                        None => UpstreamError::Timeout,
                    };
                    tracing::warn!(method = %call.method, path, error = %error, "Atlassian call gave up at its deadline");
                    return Err(error);
                }
                Ok(wait) => wait,
                // A pause longer than any call waits: fail now, saying when to come back.
                Err(too_long) => {
                    let status = status.unwrap_or(StatusCode::TOO_MANY_REQUESTS);
                    let error =
                        UpstreamError::Unavailable { status, attempts: retries, retry_after: Some(too_long.asked) };
                    tracing::warn!(method = %call.method, path, error = %error, "Atlassian asked for too long a pause");
                    return Err(error);
                }
            };
            tracing::info!(method = %call.method, path, status = status.map(|s| s.as_u16()), retry = retries, wait_ms = wait.as_millis() as u64, "retrying Atlassian call");
            let until = Instant::now() + wait;
            if status == Some(StatusCode::TOO_MANY_REQUESTS) {
                // The whole host is over its budget: hold back every request to it, not just this one.
                {
                    let mut state = host.state.lock().unwrap_or_else(PoisonError::into_inner);
                    state.not_before = Some(state.not_before.map_or(until, |t| t.max(until)));
                }
                self.hold_back(until).await;
            } else {
                tokio::time::sleep_until(until).await;
            }
        }
    }

    /// The deadline passed before an answer (or a pause would outlast it). A read simply timed
    /// out; a change may or may not have happened, so its caller must re-read first.
    fn out_of_time(&self, call: &Call, path: &str, pause: Option<Duration>) -> UpstreamError {
        let error = match pause {
            Some(pause) => UpstreamError::Unavailable {
                status: StatusCode::TOO_MANY_REQUESTS,
                attempts: 0,
                retry_after: Some(pause),
            },
            None if call.idempotent => UpstreamError::Timeout,
            None => UpstreamError::Ambiguous("no answer before the deadline".into()),
        };
        tracing::warn!(method = %call.method, path, error = %error, "Atlassian call stopped at its deadline");
        error
    }

    fn check_circuit(&self, host_key: &str, host: &Host) -> Result<(), UpstreamError> {
        let state = host.state.lock().unwrap_or_else(PoisonError::into_inner);
        match state.open_until {
            Some(until) if until > Instant::now() => {
                Err(UpstreamError::CircuitOpen { host: host_key.to_owned(), remaining: until - Instant::now() })
            }
            _ => Ok(()),
        }
    }

    async fn attempt(&self, call: &Call, host: &Host) -> Attempt {
        self.shared.requests.fetch_add(1, Ordering::Relaxed);
        let mut request = self.shared.http.request(call.method.clone(), call.url.clone());
        if let Some(auth) = call.auth.header() {
            request = request.header(header::AUTHORIZATION, auth);
        }
        request = request.header(header::ACCEPT, "application/json");
        for (name, value) in &call.headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = &call.json {
            request = request.json(body);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(error) => return self.transport_failure(call, &error),
        };
        let status = response.status();
        let headers = response.headers().clone();
        let body = match response.bytes().await {
            Ok(body) => body.to_vec(),
            Err(error) => return self.transport_failure(call, &error),
        };
        self.observe(host, status, &headers);
        if status.is_success() {
            return Attempt::Done(Reply { status, headers, body });
        }
        tracing::debug!(path = call.url.path(), status = status.as_u16(), body = %mask_emails(&String::from_utf8_lossy(&body[..body.len().min(500)])), "Atlassian error answer");
        if is_retryable(status, call.idempotent) {
            return Attempt::Retry { status: Some(status), headers };
        }
        Attempt::Fail(match status {
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => UpstreamError::NotAuthorized { status },
            StatusCode::NOT_FOUND => UpstreamError::NotFound,
            status if status.is_server_error() => UpstreamError::Unavailable { status, attempts: 1, retry_after: None },
            status => UpstreamError::Rejected { status, message: error_message(&body) },
        })
    }

    /// A failure below HTTP. Before sending (connect), any call may retry; after sending, only an
    /// idempotent one: a change's outcome is unknown and the caller must re-read first.
    fn transport_failure(&self, call: &Call, error: &reqwest::Error) -> Attempt {
        if error.is_connect() || call.idempotent {
            return Attempt::Retry { status: None, headers: HeaderMap::new() };
        }
        Attempt::Fail(if error.is_timeout() {
            UpstreamError::Timeout
        } else {
            UpstreamError::Ambiguous(error.without_url_string())
        })
    }

    /// Learns from every answer: the breaker counts consecutive 429/5xx, and a shrinking
    /// `X-RateLimit-Remaining` spaces out the next requests before Atlassian says 429.
    fn observe(&self, host: &Host, status: StatusCode, headers: &HeaderMap) {
        let mut state = host.state.lock().unwrap_or_else(PoisonError::into_inner);
        if status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            state.consecutive_failures += 1;
            if state.consecutive_failures >= self.shared.config.breaker_threshold {
                state.open_until = Some(Instant::now() + self.shared.config.breaker_cooldown);
            }
        } else {
            state.consecutive_failures = 0;
            state.open_until = None;
        }
        if let Some((remaining, limit)) = budget(headers) {
            // Budgets refill per second. The reset time cannot refine that: Jira gives it to the
            // minute, so it is often past, or a moment ahead when the next minute is near, which
            // once made the pause too short to refill even one request.
            let window = Duration::from_secs(1);
            if remaining == 0 {
                // The budget is spent: the next request waits for one slot of the refill, and
                // the spacing below keeps the rest to the rate the budget sustains. (Waiting out
                // the whole window would leave the budget idle; a 429 still waits for the reset.)
                let at = Instant::now() + window / limit.max(1) as u32;
                state.not_before = Some(state.not_before.map_or(at, |t| t.max(at)));
            }
            if (remaining as f64) < limit as f64 * 0.2 {
                // Below a fifth of the budget: one request per refill interval from now on.
                state.spacing = Some(window / limit.max(1) as u32);
            } else {
                state.spacing = None;
                state.next_slot = None;
            }
        }
    }
}

impl Host {
    /// When the next request may go: after any pause, and in its own slot while paced.
    fn slot(&self) -> Instant {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let earliest = state.not_before.filter(|t| *t > now).unwrap_or(now);
        match state.spacing {
            Some(spacing) => {
                let slot = state.next_slot.map_or(earliest, |s| s.max(earliest));
                state.next_slot = Some(slot + spacing);
                slot
            }
            None => earliest,
        }
    }
}

trait WithoutUrl {
    fn without_url_string(&self) -> String;
}

impl WithoutUrl for reqwest::Error {
    /// The error without its URL (which may carry ids) for logs and messages.
    fn without_url_string(&self) -> String {
        let mut error = String::new();
        let mut source: Option<&dyn std::error::Error> = Some(self);
        while let Some(e) = source {
            if !error.is_empty() {
                error.push_str(": ");
            }
            error.push_str(&e.to_string());
            source = e.source();
        }
        error
    }
}

/// Atlassian's own reason from an error body, whichever family's shape it has.
fn error_message(body: &[u8]) -> String {
    let Ok(value) = serde_json::from_slice::<Value>(body) else { return String::new() };
    let candidates = [
        value.pointer("/errors/0/detail"),
        value.pointer("/errors/0/title"),
        value.pointer("/errorMessages/0"),
        value.pointer("/errorMessage"),
        value.pointer("/message"),
    ];
    candidates
        .into_iter()
        .flatten()
        .find_map(Value::as_str)
        .map(|m| mask_emails(m).chars().take(300).collect())
        .unwrap_or_default()
}

/// Replaces the local part of anything that looks like an e-mail address, for logs.
pub fn mask_emails(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_inclusive(|c: char| c.is_whitespace() || c == '"' || c == ',') {
        match word.find('@') {
            Some(at) if at > 0 => {
                // The local part starts after the last character that cannot be in one; that
                // character may take several bytes, so the cut is after its last byte.
                let start = word[..at]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !(c.is_alphanumeric() || ".+-_".contains(*c)))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push_str(&word[..start]);
                out.push_str("***");
                out.push_str(&word[at..]);
            }
            _ => out.push_str(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family_and_the_org_events_pace_and_break_on_their_own() {
        assert_eq!(family("/rest/servicedeskapi/servicedesk"), "#jsm");
        assert_eq!(family("/rest/api/3/project/search"), "#jira");
        assert_eq!(family("/wiki/api/v2/spaces"), "#confluence");
        assert_eq!(family("/admin/v1/orgs/o-1/events"), "#admin-events");
        assert_eq!(family("/admin/v2/orgs/o-1/directories/-/users/search"), "#admin");
        assert_eq!(family("/users/abc/manage/lifecycle/disable"), "#admin");
    }

    #[test]
    fn masks_addresses_but_keeps_domains() {
        assert_eq!(mask_emails("user jane.doe+x@acme.com not found"), "user ***@acme.com not found");
        assert_eq!(mask_emails(r#"{"email":"a@b.c"}"#), r#"{"email":"***@b.c"}"#);
        assert_eq!(mask_emails("no address here"), "no address here");
        // Never a panic: a multi-byte character right before the local part (this panicked).
        assert_eq!(mask_emails("→jane@acme.com"), "→***@acme.com");
        assert_eq!(mask_emails("«jane@acme.com»"), "«***@acme.com»");
        assert_eq!(mask_emails("jöhn@acme.com"), "***@acme.com");
    }

    proptest::proptest! {
        /// Any Unicode text is masked without a panic, keeps everything around the
        /// addresses, and never keeps a local part.
        #[test]
        fn masking_takes_any_text(text in "\\PC*", before in "\\PC{0,8}", local in "[a-z0-9._+-]{1,12}") {
            let masked = mask_emails(&text);
            proptest::prop_assert_eq!(masked.matches('@').count(), text.matches('@').count());
            if !text.contains('@') {
                proptest::prop_assert_eq!(&masked, &text);
            }
            let around = format!("{before} {local}@acme.example «{local}@acme.example»");
            let masked = mask_emails(&around);
            proptest::prop_assert!(masked.ends_with(" ***@acme.example «***@acme.example»"), "{masked}");
        }
    }

    #[test]
    fn finds_the_reason_in_every_family_shape() {
        assert_eq!(
            error_message(br#"{"errors":[{"detail":"limit must be between 1 and 100"}]}"#),
            "limit must be between 1 and 100"
        );
        assert_eq!(error_message(br#"{"errorMessages":["No project"],"errors":{}}"#), "No project");
        assert_eq!(error_message(br#"{"errorMessage":"Experimental"}"#), "Experimental");
        assert_eq!(error_message(b"not json"), "");
    }

    #[test]
    fn secrets_are_sensitive_headers() {
        let auth = Auth::Admin(Arc::new(SecretString::from("canary-key")));
        let header = auth.header().expect("header");
        assert!(header.is_sensitive());
        assert!(!format!("{header:?}").contains("canary"));
    }
}
