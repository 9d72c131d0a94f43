//! The Jira panel's way in (see docs/security.md). A private Forge app shows our `/embed` page in a
//! Jira admin page; its Custom UI asks `/forge/launch` for a launch code through Forge Remote, and
//! Forge vouches for the Jira user with an invocation token (FIT) we verify here. The framed page
//! trades the code for a panel session at `/embed/session`, after the same org-admin check as a tab.

pub mod jwks;
pub mod launch;
pub mod routes;
pub mod token;

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use reqwest::Url;

use self::{
    jwks::KeySet,
    launch::Launches,
    token::{Expected, Invocation, LEEWAY_SECONDS, Refusal},
};
use crate::config::Config;

#[derive(Debug, thiserror::Error)]
pub enum ForgeSettingsError {
    #[error("UAM_FORGE_APP_ID is set, so UAM_FORGE_INSTALLATION_IDS must list the app's installations")]
    NoInstallations,
    #[error("UAM_FORGE_APP_ID is set, so UAM_FORGE_CLOUD_IDS must list the Jira sites' cloud ids")]
    NoCloudIds,
    #[error("UAM_FORGE_APP_ID is set, so UAM_JIRA_SITES must list the Jira site(s) that show the panel")]
    NoSites,
    #[error("{0:?} is not an origin (https://host, with an optional port or a leading *. on the host)")]
    Origin(String),
}

/// Everything that verifies the panel's tokens and hands out its launch codes.
pub struct Forge {
    pub expected: Expected,
    keys: KeySet,
    /// The `jti` of every token accepted and not yet expired, with its expiry.
    seen: Mutex<HashMap<String, i64>>,
    pub launches: Launches,
    /// The value of `frame-ancestors` on `/embed` pages: the Jira sites and Forge's frames.
    pub frame_ancestors: String,
}

impl Forge {
    pub fn new(expected: Expected, jwks_url: Url, frame_ancestors: String) -> Forge {
        Forge {
            expected,
            keys: KeySet::new(jwks_url),
            seen: Mutex::new(HashMap::new()),
            launches: Launches::default(),
            frame_ancestors,
        }
    }

    /// The panel as configured, if it is. In demo mode without settings of its own, the panel is
    /// the simulated organisation's Forge app (`demo`: what it expects of a token, and the
    /// simulator's JWKS).
    pub fn from_config(config: &Config, demo: Option<(Expected, Url)>) -> Result<Option<Forge>, ForgeSettingsError> {
        let (expected, jwks_url) = match (&config.forge_app_id, demo) {
            (Some(app_id), _) => {
                let expected = Expected::new(app_id, &config.forge_installation_ids, &config.forge_cloud_ids);
                if expected.installations.is_empty() {
                    return Err(ForgeSettingsError::NoInstallations);
                }
                if expected.cloud_ids.is_empty() {
                    return Err(ForgeSettingsError::NoCloudIds);
                }
                if config.jira_sites.iter().all(|site| site.trim().is_empty()) {
                    return Err(ForgeSettingsError::NoSites);
                }
                (expected, config.forge_jwks_url.clone())
            }
            (None, Some(demo)) => demo,
            (None, None) => return Ok(None),
        };
        let origins = config.jira_sites.iter().chain(&config.forge_frame_origins);
        let frame_ancestors = origins
            .map(|origin| origin.trim().trim_end_matches('/'))
            .filter(|origin| !origin.is_empty())
            .map(|origin| {
                valid_origin(origin)
                    .then(|| origin.to_owned())
                    .ok_or_else(|| ForgeSettingsError::Origin(origin.to_owned()))
            })
            .collect::<Result<Vec<_>, _>>()?
            .join(" ");
        Ok(Some(Forge::new(expected, jwks_url, frame_ancestors)))
    }

    /// Verifies a FIT at `now` (seconds since the epoch): the Jira user and installation it
    /// vouches for, or why it is refused. A token is accepted once only.
    pub async fn verify(&self, token: &str, now: i64) -> Result<Invocation, Refusal> {
        let unverified = token::parse(token)?;
        let key = self.keys.key(&unverified.kid).await?;
        let invocation = unverified.verify(&key, &self.expected)?;
        self.first_use(&invocation, now)?;
        Ok(invocation)
    }

    fn first_use(&self, invocation: &Invocation, now: i64) -> Result<(), Refusal> {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        // A token past its expiry is refused anyway, so its jti need not be remembered.
        seen.retain(|_, expires_at| *expires_at + LEEWAY_SECONDS >= now);
        match seen.insert(invocation.jti.clone(), invocation.expires_at) {
            Some(_) => Err(Refusal::Replayed),
            None => Ok(()),
        }
    }
}

/// `scheme://host[:port]` with nothing after it, where the host may start with `*.`: what CSP's
/// `frame-ancestors` takes as a source (a quote or space would smuggle in other directives).
fn valid_origin(origin: &str) -> bool {
    let Some((scheme, rest)) = origin.split_once("://") else { return false };
    let host = rest.strip_prefix("*.").unwrap_or(rest);
    matches!(scheme, "https" | "http")
        && !host.is_empty()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_origins_are_plain_origins() {
        for good in ["https://acme.atlassian.net", "https://*.cdn.prod.atlassian-dev.net", "http://localhost:8080"] {
            assert!(valid_origin(good), "{good}");
        }
        for bad in [
            "acme.atlassian.net",
            "https://a.net/path",
            "https://a.net 'unsafe-inline'",
            "javascript://x",
            "https://a;b",
        ] {
            assert!(!valid_origin(bad), "{bad}");
        }
    }

    #[test]
    fn an_app_id_needs_its_installations_sites_and_frames() {
        let mut config = Config::defaults();
        config.forge_app_id = Some("app".into());
        assert!(matches!(Forge::from_config(&config, None), Err(ForgeSettingsError::NoInstallations)));
        config.forge_installation_ids = vec!["i".into()];
        assert!(matches!(Forge::from_config(&config, None), Err(ForgeSettingsError::NoCloudIds)));
        config.forge_cloud_ids = vec!["c".into()];
        assert!(matches!(Forge::from_config(&config, None), Err(ForgeSettingsError::NoSites)));
        config.jira_sites = vec!["https://acme.atlassian.net 'self'".into()];
        assert!(matches!(Forge::from_config(&config, None), Err(ForgeSettingsError::Origin(_))));
        config.jira_sites = vec!["https://acme.atlassian.net/".into()];
        let forge = Forge::from_config(&config, None).expect("valid").expect("configured");
        assert_eq!(forge.frame_ancestors, "https://acme.atlassian.net https://*.cdn.prod.atlassian-dev.net");
        assert!(Forge::from_config(&Config::defaults(), None).expect("valid").is_none());
    }
}
