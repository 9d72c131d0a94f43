//! Which organisation the server talks to: the one the configuration names (environment or
//! flags; a value set there wins over anything stored), or, when none is named, the simulated
//! demo organisation.

use std::sync::Arc;

use secrecy::SecretString;

use crate::{
    config::Config,
    upstream::{Connection, Site},
};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConnectionError {
    #[error(
        "{set} is set but {missing} is not: set both to connect to Atlassian, or neither to run the demo organisation"
    )]
    Incomplete { set: &'static str, missing: &'static str },
    #[error(
        "the site needs UAM_ATLASSIAN_SITE_URL, UAM_SITE_EMAIL and UAM_SITE_API_TOKEN together; {missing} is missing"
    )]
    IncompleteSite { missing: &'static str },
}

/// The configured connection, `None` when nothing is configured (demo mode).
pub fn configured(config: &Config) -> Result<Option<Connection>, ConnectionError> {
    let (org_id, key) = match (&config.org_id, &config.admin_api_key) {
        (None, None) => {
            return match (&config.site_email, &config.site_api_token) {
                (None, None) => Ok(None),
                _ => Err(ConnectionError::Incomplete { set: "a site credential", missing: "UAM_ORG_ID" }),
            };
        }
        (Some(_), None) => return Err(ConnectionError::Incomplete { set: "UAM_ORG_ID", missing: "UAM_ADMIN_API_KEY" }),
        (None, Some(_)) => return Err(ConnectionError::Incomplete { set: "UAM_ADMIN_API_KEY", missing: "UAM_ORG_ID" }),
        (Some(org), Some(key)) => (org.trim().to_owned(), key.clone()),
    };
    let site = match (&config.atlassian_site_url, &config.site_email, &config.site_api_token) {
        (None, None, None) => None,
        (Some(url), Some(email), Some(token)) => {
            Some(Site { url: url.clone(), email: email.trim().to_owned(), token: Arc::new(token.clone()) })
        }
        (None, _, _) => return Err(ConnectionError::IncompleteSite { missing: "UAM_ATLASSIAN_SITE_URL" }),
        (_, None, _) => return Err(ConnectionError::IncompleteSite { missing: "UAM_SITE_EMAIL" }),
        (_, _, None) => return Err(ConnectionError::IncompleteSite { missing: "UAM_SITE_API_TOKEN" }),
    };
    Ok(Some(Connection {
        org_id,
        admin_url: config.atlassian_admin_url.clone(),
        admin_key: Arc::new(SecretString::clone(&key)),
        site,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(args: &[&str]) -> Config {
        use clap::Parser;
        let mut all = vec!["uam"];
        all.extend_from_slice(args);
        crate::cli::Cli::parse_from(all).config
    }

    #[test]
    fn nothing_configured_is_demo_mode() {
        assert!(configured(&config(&[])).expect("valid").is_none());
    }

    #[test]
    fn org_and_key_connect_with_or_without_a_site() {
        let admin_only =
            configured(&config(&["--org-id", "o1", "--admin-api-key", "k"])).expect("valid").expect("some");
        assert_eq!(admin_only.org_id, "o1");
        assert!(admin_only.site.is_none());
        let full = configured(&config(&[
            "--org-id",
            "o1",
            "--admin-api-key",
            "k",
            "--atlassian-site-url",
            "https://acme.atlassian.net",
            "--site-email",
            "a@acme.example",
            "--site-api-token",
            "t",
        ]))
        .expect("valid")
        .expect("some");
        assert_eq!(full.site.map(|s| s.email).as_deref(), Some("a@acme.example"));
    }

    #[test]
    fn half_a_connection_is_refused_with_what_is_missing() {
        assert_eq!(
            configured(&config(&["--org-id", "o1"])).err(),
            Some(ConnectionError::Incomplete { set: "UAM_ORG_ID", missing: "UAM_ADMIN_API_KEY" })
        );
        let error = configured(&config(&["--org-id", "o1", "--admin-api-key", "k", "--site-email", "a@b"])).err();
        assert_eq!(error, Some(ConnectionError::IncompleteSite { missing: "UAM_ATLASSIAN_SITE_URL" }));
    }
}
