//! Forge: the key set Forge signs invocation tokens with (`/.well-known/jwks.json`, a JSON Web
//! Key Set as RFC 7517 describes it). Only the RSA fields the token check uses are read.

use serde::Deserialize;

use super::loose;

/// A JSON Web Key Set: anything but a list of keys is no keys.
#[derive(Debug, Default, Deserialize)]
pub struct JwkSet {
    #[serde(default, deserialize_with = "loose::items")]
    pub keys: Vec<Jwk>,
}

/// One key of a set.
#[derive(Debug, Default, Deserialize)]
pub struct Jwk {
    #[serde(default, deserialize_with = "loose::text")]
    pub kid: Option<String>,
    /// `RSA` for the keys Forge signs with.
    #[serde(default, deserialize_with = "loose::text")]
    pub kty: Option<String>,
    /// `sig` or absent for a signing key.
    #[serde(default, rename = "use", deserialize_with = "loose::text")]
    pub usage: Option<String>,
    /// The RSA modulus, base64url.
    #[serde(default, deserialize_with = "loose::text")]
    pub n: Option<String>,
    /// The RSA exponent, base64url.
    #[serde(default, deserialize_with = "loose::text")]
    pub e: Option<String>,
}
