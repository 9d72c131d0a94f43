//! Forge Invocation Tokens (FITs), checked in plain Rust: the compact JWS is taken apart, its
//! header must say RS256 with a key id, its signature must verify with that key, and its claims
//! must name our app, an allowed installation and site, a principal, and a time window around now
//! (SECURITY.md 1.3, SR-07 and SR-08). Nothing here trusts a claim before the signature is checked,
//! except `icLabel`, which is refused early when malformed so that it can never steer a key fetch.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use ring::signature::{RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use serde_json::Value;

/// The issuer Forge puts in every FIT.
pub const ISSUER: &str = "forge/invocation-token";
/// Clock difference tolerated on `exp` and `nbf`.
pub const LEEWAY_SECONDS: i64 = 30;
/// The prefix of installation ARIs (`ari:cloud:ecosystem::installation/<uuid>`).
const INSTALLATION_ARI: &str = "ari:cloud:ecosystem::installation/";
/// The prefix of app ARIs (`ari:cloud:ecosystem::app/<uuid>`).
const APP_ARI: &str = "ari:cloud:ecosystem::app/";

/// Why a token was refused: named in the server's log (the token itself never is).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("not a compact JWS")]
    Malformed,
    #[error("the algorithm is not RS256")]
    Algorithm,
    #[error("the header names no key id")]
    NoKeyId,
    #[error("icLabel is not a valid label")]
    IcLabel,
    #[error("no published key has this key id")]
    UnknownKey,
    #[error("Forge's keys cannot be fetched")]
    KeysUnavailable,
    #[error("the signature does not verify")]
    Signature,
    #[error("the issuer is not Forge")]
    Issuer,
    #[error("the audience is not this app")]
    Audience,
    #[error("the token has expired")]
    Expired,
    #[error("the token is not valid yet")]
    NotYetValid,
    #[error("the installation is not allowed")]
    Installation,
    #[error("the site (cloud id) is not allowed")]
    CloudId,
    #[error("the token names no principal")]
    Principal,
    #[error("the token has no jti")]
    NoJti,
    #[error("the token was used before")]
    Replayed,
}

/// A public RSA key from the JWKS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub n: Vec<u8>,
    pub e: Vec<u8>,
}

impl PublicKey {
    /// The key of a JWK, if it is an RSA key with base64url `n` and `e`.
    pub fn from_jwk(jwk: &Value) -> Option<PublicKey> {
        if jwk["kty"] != "RSA" {
            return None;
        }
        let part = |name: &str| jwk[name].as_str().and_then(|text| URL_SAFE_NO_PAD.decode(text).ok());
        Some(PublicKey { n: part("n")?, e: part("e")? })
    }
}

/// A token taken apart, its signature not yet checked.
#[derive(Debug)]
pub struct Unverified {
    pub kid: String,
    signing_input: String,
    signature: Vec<u8>,
    claims: Value,
}

/// Takes a token apart and refuses what no key could make acceptable: anything but RS256 (so
/// `none` and HS256 key confusion never reach a key), no key id, or a malformed `icLabel`.
pub fn parse(token: &str) -> Result<Unverified, Refusal> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Refusal::Malformed);
    };
    let json = |part: &str| -> Result<Value, Refusal> {
        let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| Refusal::Malformed)?;
        serde_json::from_slice(&bytes).map_err(|_| Refusal::Malformed)
    };
    let head = json(header)?;
    if head["alg"] != "RS256" {
        return Err(Refusal::Algorithm);
    }
    let kid = head["kid"].as_str().filter(|kid| !kid.is_empty()).ok_or(Refusal::NoKeyId)?.to_owned();
    let claims = json(payload)?;
    if !claims["icLabel"].is_null() && !claims["icLabel"].as_str().is_some_and(valid_ic_label) {
        return Err(Refusal::IcLabel);
    }
    let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| Refusal::Malformed)?;
    Ok(Unverified { kid, signing_input: format!("{header}.{payload}"), signature, claims })
}

/// `^[a-z0-9_-]{1,50}$`: an Isolated Cloud label, which Atlassian puts into host names.
fn valid_ic_label(label: &str) -> bool {
    (1..=50).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// What the server accepts a FIT from: our app, and where it may be installed.
#[derive(Clone, Debug, Default)]
pub struct Expected {
    /// `ari:cloud:ecosystem::app/<uuid>`.
    pub audience: String,
    /// Installation UUIDs.
    pub installations: Vec<String>,
    pub cloud_ids: Vec<String>,
}

impl Expected {
    /// From the settings as an operator writes them: ids bare or as ARIs.
    pub fn new(app_id: &str, installations: &[String], cloud_ids: &[String]) -> Expected {
        let app_id = app_id.trim();
        let bare = |text: &String| text.trim().trim_start_matches(INSTALLATION_ARI).to_owned();
        Expected {
            audience: format!("{APP_ARI}{}", app_id.strip_prefix(APP_ARI).unwrap_or(app_id)),
            installations: installations.iter().map(bare).filter(|id| !id.is_empty()).collect(),
            cloud_ids: cloud_ids.iter().map(|id| id.trim().to_owned()).filter(|id| !id.is_empty()).collect(),
        }
    }
}

/// Who opened the panel, and from where: what a verified FIT vouches for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The Jira user's Atlassian account id.
    pub principal: String,
    /// The installation's UUID.
    pub installation_id: String,
    pub cloud_id: String,
    pub jti: String,
    /// When the token stops being valid (seconds since the epoch): how long its `jti` is kept.
    pub expires_at: i64,
}

impl Unverified {
    /// Checks the signature with `key`, then every claim against `expected` at `now` (seconds
    /// since the epoch). Replay is the caller's to check, with [`Invocation::jti`].
    pub fn verify(&self, key: &PublicKey, expected: &Expected, now: i64) -> Result<Invocation, Refusal> {
        RsaPublicKeyComponents { n: &key.n, e: &key.e }
            .verify(&RSA_PKCS1_2048_8192_SHA256, self.signing_input.as_bytes(), &self.signature)
            .map_err(|_| Refusal::Signature)?;
        let claims = &self.claims;
        if claims["iss"] != ISSUER {
            return Err(Refusal::Issuer);
        }
        let audience = &claims["aud"];
        let ours = audience == expected.audience.as_str()
            || audience.as_array().is_some_and(|all| all.iter().any(|a| a == expected.audience.as_str()));
        if !ours {
            return Err(Refusal::Audience);
        }
        let expires_at = claims["exp"].as_i64().ok_or(Refusal::Expired)?;
        if now > expires_at + LEEWAY_SECONDS {
            return Err(Refusal::Expired);
        }
        if !claims["nbf"].is_null() {
            let nbf = claims["nbf"].as_i64().ok_or(Refusal::NotYetValid)?;
            if now + LEEWAY_SECONDS < nbf {
                return Err(Refusal::NotYetValid);
            }
        }
        let installation = claims["app"]["installationId"].as_str().map(|id| id.trim_start_matches(INSTALLATION_ARI));
        let installation_id = installation
            .filter(|id| expected.installations.iter().any(|allowed| allowed == id))
            .ok_or(Refusal::Installation)?;
        let cloud_id = claims["context"]["cloudId"]
            .as_str()
            .filter(|id| expected.cloud_ids.iter().any(|allowed| allowed == id))
            .ok_or(Refusal::CloudId)?;
        let principal = claims["principal"]
            .as_str()
            .filter(|p| !p.trim().is_empty() && p.len() <= 128)
            .ok_or(Refusal::Principal)?;
        let jti = claims["jti"].as_str().filter(|jti| !jti.is_empty() && jti.len() <= 256).ok_or(Refusal::NoJti)?;
        Ok(Invocation {
            principal: principal.to_owned(),
            installation_id: installation_id.to_owned(),
            cloud_id: cloud_id.to_owned(),
            jti: jti.to_owned(),
            expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ic_labels() {
        for good in ["a", "prod-eu_1", &"x".repeat(50)] {
            assert!(valid_ic_label(good), "{good}");
        }
        for bad in ["", "x.evil.com/", "UPPER", "a b", &"x".repeat(51), "é"] {
            assert!(!valid_ic_label(bad), "{bad}");
        }
    }

    #[test]
    fn settings_take_bare_ids_or_aris() {
        let expected = Expected::new(
            " ari:cloud:ecosystem::app/abc ",
            &["ari:cloud:ecosystem::installation/i-1".into(), " i-2".into(), "".into()],
            &["c-1".into()],
        );
        assert_eq!(expected.audience, "ari:cloud:ecosystem::app/abc");
        assert_eq!(expected.installations, ["i-1", "i-2"]);
        assert_eq!(Expected::new("abc", &[], &[]).audience, "ari:cloud:ecosystem::app/abc");
    }

    #[test]
    fn only_rs256_with_a_key_id_gets_as_far_as_a_key() {
        let encode = |value: &Value| URL_SAFE_NO_PAD.encode(value.to_string());
        let claims = encode(&serde_json::json!({ "iss": ISSUER }));
        let token = |header: Value| format!("{}.{claims}.c2ln", encode(&header));
        assert_eq!(parse(&token(serde_json::json!({ "alg": "none", "kid": "k" }))).err(), Some(Refusal::Algorithm));
        assert_eq!(parse(&token(serde_json::json!({ "alg": "HS256", "kid": "k" }))).err(), Some(Refusal::Algorithm));
        assert_eq!(parse(&token(serde_json::json!({ "alg": "RS256" }))).err(), Some(Refusal::NoKeyId));
        assert_eq!(
            parse(&token(serde_json::json!({ "alg": "RS256", "kid": "k" }))).map(|t| t.kid).ok(),
            Some("k".into())
        );
        assert_eq!(parse("a.b").err(), Some(Refusal::Malformed));
        assert_eq!(parse("a.b.c.d").err(), Some(Refusal::Malformed));
    }
}
