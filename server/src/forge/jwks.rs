//! Forge's published signing keys, fetched from the pinned JWKS URL and kept for an hour. A token
//! signed with a key we have not seen makes us fetch again (Forge rotates keys), but at most once
//! per cooldown, so a stream of made-up key ids cannot turn us into a fetching machine.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use reqwest::Url;
use tokio::sync::Mutex;

use super::token::{PublicKey, Refusal};
use crate::upstream::api::forge::JwkSet;

/// How long a fetched key set is used before it is fetched again.
const FRESH_FOR: Duration = Duration::from_secs(3600);
/// The least time between two fetches caused by unknown key ids.
const UNKNOWN_KEY_COOLDOWN: Duration = Duration::from_secs(30);

pub struct KeySet {
    url: Url,
    client: reqwest::Client,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    keys: HashMap<String, PublicKey>,
    fetched_at: Option<Instant>,
    /// The last fetch an unknown key id caused.
    refreshed_for_unknown_at: Option<Instant>,
}

impl KeySet {
    pub fn new(url: Url) -> KeySet {
        let client = crate::upstream::http_client_builder()
            .timeout(Duration::from_secs(10))
            // The URL is pinned: a redirect would take the fetch somewhere else.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        KeySet { url, client, state: Mutex::new(State::default()) }
    }

    /// The key named `kid`. One request at a time decides whether to fetch: the others wait for
    /// its answer instead of fetching too.
    pub async fn key(&self, kid: &str) -> Result<PublicKey, Refusal> {
        let mut state = self.state.lock().await;
        let now = Instant::now();
        let fresh = state.fetched_at.is_some_and(|at| now.duration_since(at) < FRESH_FOR);
        if fresh && let Some(key) = state.keys.get(kid) {
            return Ok(key.clone());
        }
        if fresh {
            let cooling =
                state.refreshed_for_unknown_at.is_some_and(|at| now.duration_since(at) < UNKNOWN_KEY_COOLDOWN);
            if cooling {
                return Err(Refusal::UnknownKey);
            }
            state.refreshed_for_unknown_at = Some(now);
        }
        match self.fetch().await {
            Ok(keys) => {
                state.keys = keys;
                state.fetched_at = Some(now);
            }
            Err(error) => {
                tracing::warn!(%error, url = %self.url, "cannot fetch Forge's signing keys");
                // Keys fetched earlier stay usable until a fetch succeeds.
                if state.keys.is_empty() {
                    return Err(Refusal::KeysUnavailable);
                }
            }
        }
        state.keys.get(kid).cloned().ok_or(Refusal::UnknownKey)
    }

    async fn fetch(&self) -> Result<HashMap<String, PublicKey>, reqwest::Error> {
        let set: JwkSet = self.client.get(self.url.clone()).send().await?.error_for_status()?.json().await?;
        Ok(set
            .keys
            .iter()
            .filter(|jwk| jwk.usage.as_deref().is_none_or(|usage| usage == "sig"))
            .filter_map(|jwk| Some((jwk.kid.clone()?, PublicKey::from_jwk(jwk)?)))
            .collect())
    }
}
