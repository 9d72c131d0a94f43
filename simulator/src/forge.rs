//! Forge, as far as a Forge Remote app's server meets it: the public keys Forge signs its
//! invocation tokens (FITs) with, served as a JWKS the way `forge.cdn.prod.atlassian-dev.net`
//! serves them, and the tokens themselves, as Forge mints them when a Custom UI calls
//! `invokeRemote` for a Jira user.
//!
//! The simulated app has one installation on the simulated site. Tests that need tokens Forge
//! would never sign (wrong audience, expired, another key) mint them with a [`Signer`] of their
//! own and add its public key to the JWKS through `POST /__sim/forge/keys`.

use std::sync::{Mutex, OnceLock, PoisonError};

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rsa::{
    RsaPrivateKey,
    pkcs1v15::SigningKey,
    sha2::Sha256,
    signature::{SignatureEncoding, Signer as _},
    traits::PublicKeyParts,
};
use serde_json::{Value, json};

/// The issuer every FIT names.
pub const ISSUER: &str = "forge/invocation-token";
/// How long a FIT Forge mints is valid.
pub const TOKEN_LIFETIME_SECONDS: i64 = 300;

/// An RSA key that signs JWTs with RS256, and its public half as a JWK.
pub struct Signer {
    pub kid: String,
    key: SigningKey<Sha256>,
    jwk: Value,
}

impl Signer {
    /// A fresh 2048-bit key (Forge's size) named `kid`.
    pub fn generate(kid: &str) -> Signer {
        let private = RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048)
            .unwrap_or_else(|error| panic!("the operating system's randomness failed: {error}"));
        let public = private.to_public_key();
        let jwk = json!({
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": kid,
            "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
            "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
        });
        Signer { kid: kid.to_owned(), key: SigningKey::new(private), jwk }
    }

    /// The public key, as a JWKS lists it.
    pub fn jwk(&self) -> &Value {
        &self.jwk
    }

    /// A compact JWS of `claims` under `header`, signed with this key whatever `header` claims
    /// (tests forge misleading headers this way).
    pub fn sign_with_header(&self, header: &Value, claims: &Value) -> String {
        let input = signing_input(header, claims);
        let signature = self.key.sign(input.as_bytes()).to_bytes();
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
    }

    /// A token as Forge signs it: RS256 under this key's `kid`.
    pub fn sign(&self, claims: &Value) -> String {
        self.sign_with_header(&json!({ "alg": "RS256", "typ": "JWT", "kid": self.kid }), claims)
    }
}

/// `base64url(header) "." base64url(claims)`: the part of a JWS its signature covers.
pub fn signing_input(header: &Value, claims: &Value) -> String {
    format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()))
}

/// Who the simulated Forge app is, and where it is installed.
pub struct ForgeApp {
    /// The app id (a UUID), as `forge register` writes it into the manifest.
    pub app_id: String,
    /// The app's installation on the simulated Jira site (a UUID).
    pub installation_id: String,
    /// Made on first use: generating an RSA key takes a moment that most tests never need.
    signer: OnceLock<Signer>,
    /// Public keys tests added to the JWKS.
    extra_keys: Mutex<Vec<Value>>,
}

impl ForgeApp {
    pub fn new(app_id: String, installation_id: String) -> ForgeApp {
        ForgeApp { app_id, installation_id, signer: OnceLock::new(), extra_keys: Mutex::new(Vec::new()) }
    }

    /// `ari:cloud:ecosystem::app/<app id>`: the FIT's audience.
    pub fn app_ari(&self) -> String {
        format!("ari:cloud:ecosystem::app/{}", self.app_id)
    }

    pub fn installation_ari(&self) -> String {
        format!("ari:cloud:ecosystem::installation/{}", self.installation_id)
    }

    fn signer(&self) -> &Signer {
        self.signer.get_or_init(|| Signer::generate(&format!("sim-forge-{}", crate::rng::entropy_token())))
    }

    /// The JWKS: Forge's own key, then any a test added.
    pub fn jwks(&self) -> Value {
        let mut keys = vec![self.signer().jwk().clone()];
        keys.extend(self.extra_keys.lock().unwrap_or_else(PoisonError::into_inner).iter().cloned());
        json!({ "keys": keys })
    }

    pub fn add_key(&self, jwk: Value) {
        self.extra_keys.lock().unwrap_or_else(PoisonError::into_inner).push(jwk);
    }

    /// What Forge puts in a FIT when `principal` opens the app's module on the site `cloud_id`.
    pub fn claims(&self, cloud_id: &str, site_url: &str, principal: &str, now: i64) -> Value {
        let api_base_url = format!("https://api.atlassian.com/ex/jira/{cloud_id}");
        json!({
            "iss": ISSUER,
            "aud": self.app_ari(),
            "iat": now,
            "nbf": now,
            "exp": now + TOKEN_LIFETIME_SECONDS,
            "jti": crate::rng::entropy_token(),
            "app": {
                "id": self.app_ari(),
                "appVersion": "1.0.0",
                "installationId": self.installation_ari(),
                "installation": {
                    "id": self.installation_ari(),
                    "contexts": [{ "name": "jira", "cloudId": cloud_id, "apiBaseUrl": api_base_url }],
                },
                "apiBaseUrl": api_base_url,
                "environment": { "type": "PRODUCTION", "id": format!("ari:cloud:ecosystem::environment/{}/production", self.app_id) },
                "module": { "type": "jira:adminPage", "key": "user-account-manager" },
            },
            "context": { "cloudId": cloud_id, "siteUrl": site_url, "moduleKey": "user-account-manager" },
            "principal": principal,
        })
    }

    /// A FIT signed with Forge's key, as `invokeRemote` sends it.
    pub fn mint(&self, claims: &Value) -> String {
        self.signer().sign(claims)
    }
}
