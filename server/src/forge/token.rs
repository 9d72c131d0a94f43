//! Forge Invocation Tokens (FITs), checked with `jsonwebtoken`: the header must say RS256 with a
//! key id, the signature must verify with that key, and the claims must name our app, an allowed
//! installation and site, a principal, and a time window around now. Nothing here trusts a claim before the signature is checked, except `icLabel`, which is
//! refused early when malformed so that it can never steer a key fetch.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey, Validation, errors::ErrorKind};
use serde_json::Value;

use crate::upstream::api::forge::Jwk;

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

/// The RSA key sizes accepted, in bits: what `ring`'s RS256 verifier allowed before (below 2048
/// is breakable), capped by the `rsa` crate's own limit of 4096.
const KEY_BITS: std::ops::RangeInclusive<usize> = 2048..=4096;

/// A public RSA key from the JWKS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub n: Vec<u8>,
    pub e: Vec<u8>,
}

impl PublicKey {
    /// The key of a JWK, if it is an RSA key with base64url `n` and `e` and a modulus of an
    /// accepted size.
    pub fn from_jwk(jwk: &Jwk) -> Option<PublicKey> {
        if jwk.kty.as_deref() != Some("RSA") {
            return None;
        }
        let part = |field: &Option<String>| field.as_deref().and_then(|text| URL_SAFE_NO_PAD.decode(text).ok());
        let n = part(&jwk.n)?;
        let zeros = n.iter().take_while(|b| **b == 0).count();
        let bits = n.get(zeros).map_or(0, |first| (n.len() - zeros) * 8 - first.leading_zeros() as usize);
        if !KEY_BITS.contains(&bits) {
            return None;
        }
        Some(PublicKey { n, e: part(&jwk.e)? })
    }
}

/// A token whose header and `icLabel` passed, its signature not yet checked. Its `Debug` shows
/// the key id only: the token itself is a credential.
pub struct Unverified {
    pub kid: String,
    token: String,
}

impl std::fmt::Debug for Unverified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unverified").field("kid", &self.kid).finish_non_exhaustive()
    }
}

/// Refuses what no key could make acceptable: anything but RS256 (so `none` and HS256 key
/// confusion never reach a key), no key id, or a malformed `icLabel`.
pub fn parse(token: &str) -> Result<Unverified, Refusal> {
    if token.split('.').count() != 3 {
        return Err(Refusal::Malformed);
    }
    let header = jsonwebtoken::decode_header(token).map_err(|error| match error.kind() {
        ErrorKind::InvalidAlgorithmName => Refusal::Algorithm,
        _ => Refusal::Malformed,
    })?;
    if header.alg != Algorithm::RS256 {
        return Err(Refusal::Algorithm);
    }
    let kid = header.kid.filter(|kid| !kid.is_empty()).ok_or(Refusal::NoKeyId)?;
    // Read before the signature is checked, for this one refusal only: nothing else is trusted.
    let claims = jsonwebtoken::dangerous::insecure_decode::<Value>(token).map_err(|_| Refusal::Malformed)?.claims;
    if !claims["icLabel"].is_null() && !claims["icLabel"].as_str().is_some_and(valid_ic_label) {
        return Err(Refusal::IcLabel);
    }
    Ok(Unverified { kid, token: token.to_owned() })
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
    /// Checks the signature with `key` (RS256 only), then the issuer, the audience and the time
    /// window (`exp` required, `nbf` when present, [`LEEWAY_SECONDS`] either way, against the
    /// clock), then the installation, the site, the principal and the `jti` against `expected`.
    /// Replay is the caller's to check, with [`Invocation::jti`].
    pub fn verify(&self, key: &PublicKey, expected: &Expected) -> Result<Invocation, Refusal> {
        let mut rules = Validation::new(Algorithm::RS256);
        rules.leeway = LEEWAY_SECONDS.unsigned_abs();
        rules.validate_nbf = true;
        rules.set_issuer(&[ISSUER]);
        rules.set_audience(&[expected.audience.as_str()]);
        rules.set_required_spec_claims(&["exp", "iss", "aud"]);
        let key = DecodingKey::from_rsa_raw_components(&key.n, &key.e);
        let claims = jsonwebtoken::decode::<Value>(&self.token, &key, &rules).map_err(|error| refusal(&error))?.claims;
        let expires_at = claims["exp"].as_i64().ok_or(Refusal::Expired)?;
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

/// Our name for why `jsonwebtoken` refused a token.
fn refusal(error: &jsonwebtoken::errors::Error) -> Refusal {
    match error.kind() {
        ErrorKind::InvalidSignature | ErrorKind::InvalidRsaKey(_) | ErrorKind::Provider(_) => Refusal::Signature,
        ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName | ErrorKind::MissingAlgorithm => {
            Refusal::Algorithm
        }
        ErrorKind::InvalidIssuer => Refusal::Issuer,
        ErrorKind::InvalidAudience => Refusal::Audience,
        ErrorKind::ExpiredSignature => Refusal::Expired,
        ErrorKind::ImmatureSignature => Refusal::NotYetValid,
        ErrorKind::MissingRequiredClaim(claim) | ErrorKind::InvalidClaimFormat(claim) => match claim.as_str() {
            "iss" => Refusal::Issuer,
            "aud" => Refusal::Audience,
            "nbf" => Refusal::NotYetValid,
            _ => Refusal::Expired,
        },
        _ => Refusal::Malformed,
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
        // `none` is not an algorithm `jsonwebtoken` knows: the header does not even parse.
        assert_eq!(parse(&token(serde_json::json!({ "alg": "none", "kid": "k" }))).err(), Some(Refusal::Malformed));
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
