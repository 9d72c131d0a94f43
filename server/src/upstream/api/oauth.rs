//! Sign in with Atlassian (OAuth 2.0 authorization code with PKCE): the code exchanged for a
//! token at `/oauth/token`, as the 3LO documentation describes it (`endpoints::OAUTH_3LO`).

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// The body of `POST /oauth/token` exchanging an authorization code.
#[derive(Serialize)]
pub struct TokenRequest<'a> {
    /// Always `authorization_code`.
    pub grant_type: &'static str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub code: &'a str,
    pub redirect_uri: &'a str,
    /// The PKCE verifier whose S256 challenge the sign-in started with.
    pub code_verifier: &'a str,
}

impl std::fmt::Debug for TokenRequest<'_> {
    /// Without the secret, the code or the verifier: each is a credential.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest").field("client_id", &self.client_id).finish_non_exhaustive()
    }
}

/// The answer of `POST /oauth/token`: only the access token is used (to read `/me`, once).
#[derive(Deserialize)]
pub struct TokenReply {
    pub access_token: SecretString,
}
