//! "Sign in with Atlassian": OAuth 2.0 authorization code with PKCE (S256) and `state`. The
//! browser that starts a sign-in gets a binding cookie; the callback must come back to that
//! browser with the `state` we issued, within ten minutes, once. The access token only reads
//! `/me` and is dropped straight after.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Url;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::session::{digest, new_token};
use crate::upstream::api::oauth::{TokenReply, TokenRequest};

const FLOW_LIFETIME: TimeDelta = TimeDelta::minutes(10);
/// Unfinished sign-ins started without a session kept at most (the oldest of them dropped first),
/// so nobody can fill memory: about 3 MB.
const MAX_PENDING: usize = 10_000;
/// Unfinished sign-ins started by signed-in admins (a re-authentication) kept at most; only
/// another admin's flow can push one out, never an anonymous one.
const MAX_ADMIN_PENDING: usize = 1_000;
/// Unfinished sign-ins one admin keeps at most (their own oldest goes first).
const PER_ADMIN_PENDING: usize = 5;

/// The OAuth app and Atlassian's endpoints.
pub struct Client {
    pub client_id: String,
    pub client_secret: SecretString,
    pub authorize_url: Url,
    pub token_url: Url,
    pub me_url: Url,
    http: reqwest::Client,
    pending: Mutex<HashMap<String, Flow>>,
    /// [`MAX_PENDING`], smaller in tests.
    max_pending: usize,
}

/// A sign-in between `start` and the callback, kept on the server (the browser holds only the
/// binding value).
pub struct Flow {
    verifier: String,
    binding_hash: String,
    redirect_uri: String,
    created: DateTime<Utc>,
    /// The signed-in admin who started it (to re-authenticate), if any.
    pub owner: Option<String>,
    /// Where to go once signed in: a local path, checked when the flow started.
    pub next: String,
}

/// Who signed in, as Atlassian's `/me` says.
#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub account_id: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub account_status: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    /// Missing, unknown, expired, reused or from another browser.
    #[error("the sign-in state does not match")]
    BadState,
    #[error("Atlassian refused the sign-in: {0}")]
    Refused(String),
    #[error("cannot reach Atlassian's sign-in: {0}")]
    Unreachable(String),
}

impl Client {
    /// `auth_base` serves `/authorize` and `/oauth/token`; `api_base` serves `/me`.
    pub fn new(client_id: String, client_secret: SecretString, auth_base: &Url, api_base: &Url) -> Client {
        let join = |base: &Url, path: &str| base.join(path).unwrap_or_else(|_| base.clone());
        Client {
            client_id,
            client_secret,
            authorize_url: join(auth_base, "/authorize"),
            token_url: join(auth_base, "/oauth/token"),
            me_url: join(api_base, "/me"),
            http: crate::upstream::http_client_builder()
                .timeout(std::time::Duration::from_secs(30))
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap_or_default(),
            pending: Mutex::new(HashMap::new()),
            max_pending: MAX_PENDING,
        }
    }

    /// Starts a sign-in that returns to `next`: where to send the browser, and the binding value
    /// for its cookie.
    pub fn start(&self, redirect_uri: &str, next: String, now: DateTime<Utc>) -> (Url, String) {
        self.start_for(redirect_uri, next, None, now)
    }

    /// Starts a sign-in for `owner`, the signed-in admin who asked (None: nobody signed in yet).
    /// Each kind is capped on its own, so anonymous starts never push out an admin's flow.
    pub fn start_for(
        &self,
        redirect_uri: &str,
        next: String,
        owner: Option<String>,
        now: DateTime<Utc>,
    ) -> (Url, String) {
        let (state, verifier, binding) = (new_token(), new_token(), new_token());
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let mut url = self.authorize_url.clone();
        url.query_pairs_mut()
            .append_pair("audience", "api.atlassian.com")
            .append_pair("client_id", &self.client_id)
            .append_pair("scope", "read:me")
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("state", &state)
            .append_pair("response_type", "code")
            .append_pair("prompt", "consent")
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        pending.retain(|_, flow| now - flow.created < FLOW_LIFETIME);
        let (cap, same): (usize, &dyn Fn(&Flow) -> bool) = match &owner {
            None => (self.max_pending, &|flow| flow.owner.is_none()),
            Some(_) => (MAX_ADMIN_PENDING, &|flow| flow.owner.is_some()),
        };
        let mine = |flow: &Flow| owner.is_some() && flow.owner == owner;
        // Room is made among the flows of the same kind only: the admin's own oldest first.
        let mut of_kind = pending.values().filter(|flow| same(flow)).count();
        let mut of_owner = pending.values().filter(|flow| mine(flow)).count();
        while of_kind >= cap || of_owner >= PER_ADMIN_PENDING {
            let crowded = of_owner >= PER_ADMIN_PENDING;
            let oldest = pending
                .iter()
                .filter(|(_, flow)| if crowded { mine(flow) } else { same(flow) })
                .min_by_key(|(_, flow)| flow.created)
                .map(|(key, _)| key.clone());
            let Some(removed) = oldest.and_then(|oldest| pending.remove(&oldest)) else { break };
            of_kind -= 1;
            of_owner -= usize::from(mine(&removed));
        }
        pending.insert(
            state,
            Flow {
                verifier,
                binding_hash: digest(&binding),
                redirect_uri: redirect_uri.to_owned(),
                created: now,
                owner,
                next,
            },
        );
        (url, binding)
    }

    /// The sign-in `state` names, if it came back to the browser that started it within ten
    /// minutes. The state is consumed whatever happens next: it works once.
    pub fn take(&self, state: Option<&str>, binding: Option<&str>, now: DateTime<Utc>) -> Result<Flow, FlowError> {
        let (Some(state), Some(binding)) = (state, binding) else { return Err(FlowError::BadState) };
        let flow = self.pending.lock().unwrap_or_else(PoisonError::into_inner).remove(state);
        let flow = flow.ok_or(FlowError::BadState)?;
        if flow.binding_hash != digest(binding) || now - flow.created >= FLOW_LIFETIME {
            return Err(FlowError::BadState);
        }
        Ok(flow)
    }

    /// Exchanges the code (with the flow's PKCE verifier) and reads who signed in from `/me`.
    pub async fn exchange(&self, flow: &Flow, code: Option<&str>) -> Result<Identity, FlowError> {
        let code = code.ok_or_else(|| FlowError::Refused("no authorization code".into()))?;
        let request = TokenRequest {
            grant_type: "authorization_code",
            client_id: &self.client_id,
            client_secret: self.client_secret.expose_secret(),
            code,
            redirect_uri: &flow.redirect_uri,
            code_verifier: &flow.verifier,
        };
        let token: TokenReply = read_json(self.http.post(self.token_url.clone()).json(&request)).await?;
        let mut bearer = http::HeaderValue::try_from(format!("Bearer {}", token.access_token.expose_secret()))
            .map_err(|_| FlowError::Refused("unusable access token".into()))?;
        bearer.set_sensitive(true);
        read_json(self.http.get(self.me_url.clone()).header(http::header::AUTHORIZATION, bearer)).await
    }
}

/// Sends a request to Atlassian's sign-in and reads its JSON answer.
async fn read_json<T: serde::de::DeserializeOwned>(request: reqwest::RequestBuilder) -> Result<T, FlowError> {
    request
        .send()
        .await
        .map_err(|e| FlowError::Unreachable(e.without_url().to_string()))?
        .error_for_status()
        .map_err(|e| FlowError::Refused(e.status().map(|s| s.to_string()).unwrap_or_default()))?
        .json()
        .await
        .map_err(|e| FlowError::Refused(e.without_url().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        let base = Url::parse("http://127.0.0.1:9").expect("url");
        Client::new("id".into(), SecretString::from("secret"), &base, &base)
    }

    #[test]
    fn the_authorize_url_carries_state_and_an_s256_challenge() {
        let client = client();
        let (url, binding) = client.start("http://app/auth/atlassian/callback", "/".into(), Utc::now());
        let query: HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(query["code_challenge"].len(), 43);
        assert_eq!(query["state"].len(), 43);
        assert_eq!(query["redirect_uri"], "http://app/auth/atlassian/callback");
        assert_ne!(query["state"], binding);
    }

    fn state_of(url: &Url) -> String {
        url.query_pairs().find(|(k, _)| k == "state").map(|(_, v)| v.into_owned()).expect("state")
    }

    /// Anonymous starts are capped, and however many come, they push out only each other,
    /// never a flow a signed-in admin started.
    #[test]
    fn anonymous_starts_are_capped_and_never_push_out_an_admins_flow() {
        let client = Client { max_pending: 200, ..client() };
        let now = Utc::now();
        let (url, binding) = client.start_for("http://app/cb", "/data".into(), Some("local:ada".into()), now);
        let admins = state_of(&url);
        let (url, _) = client.start("http://app/cb", "/".into(), now);
        let first_anonymous = state_of(&url);
        for i in 0..client.max_pending + 50 {
            let later = now + TimeDelta::milliseconds(i64::try_from(i).expect("small") + 1);
            client.start("http://app/cb", "/".into(), later);
        }
        let pending = client.pending.lock().expect("lock");
        assert_eq!(pending.len(), client.max_pending + 1, "the anonymous cap plus the admin's flow");
        assert!(!pending.contains_key(&first_anonymous), "the oldest anonymous flow went first");
        drop(pending);
        let flow = client.take(Some(&admins), Some(&binding), now).expect("the admin's flow survived");
        assert_eq!(flow.owner.as_deref(), Some("local:ada"));
        // An admin's own flows are capped too, and push out only their own.
        for i in 0..PER_ADMIN_PENDING + 3 {
            client.start_for("http://app/cb", "/".into(), Some("local:bob".into()), now + TimeDelta::seconds(i as i64));
        }
        let pending = client.pending.lock().expect("lock");
        assert_eq!(pending.values().filter(|f| f.owner.as_deref() == Some("local:bob")).count(), PER_ADMIN_PENDING);
        assert_eq!(pending.values().filter(|f| f.owner.is_none()).count(), client.max_pending);
    }

    /// A missing, unknown, reused or foreign-browser state is refused before any request.
    #[test]
    fn bad_states_are_refused() {
        let client = client();
        let now = Utc::now();
        let (url, binding) = client.start("http://app/cb", "/users".into(), now);
        let state = url.query_pairs().find(|(k, _)| k == "state").map(|(_, v)| v.into_owned()).expect("state");
        assert!(matches!(client.take(None, Some(&binding), now), Err(FlowError::BadState)));
        assert!(matches!(client.take(Some("forged"), Some(&binding), now), Err(FlowError::BadState)));
        assert!(matches!(client.take(Some(&state), Some("other"), now), Err(FlowError::BadState)));
        // The failed attempt used the state up.
        assert!(matches!(client.take(Some(&state), Some(&binding), now), Err(FlowError::BadState)));
        let (url, binding) = client.start("http://app/cb", "/users".into(), now);
        let state = url.query_pairs().find(|(k, _)| k == "state").map(|(_, v)| v.into_owned()).expect("state");
        let late = now + TimeDelta::minutes(11);
        assert!(matches!(client.take(Some(&state), Some(&binding), late), Err(FlowError::BadState)));
        // In time, from the same browser: the flow, with where it returns to.
        let (url, binding) = client.start("http://app/cb", "/users".into(), now);
        let state = url.query_pairs().find(|(k, _)| k == "state").map(|(_, v)| v.into_owned()).expect("state");
        assert_eq!(
            client.take(Some(&state), Some(&binding), now).map(|flow| flow.next).ok().as_deref(),
            Some("/users")
        );
    }
}
