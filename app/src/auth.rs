//! Who is signed in, and what the sign-in and set-up pages need to know. Sessions themselves live
//! on the server; the browser only ever sees these descriptions.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

/// How an admin signed in; its code (`local`, `atlassian`, `forge`) is stored with the session and
/// written in the audit log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, IntoStaticStr, EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SignInMethod {
    /// A local admin account (set-up and break-glass).
    Local,
    /// Sign in with Atlassian, as an organisation admin.
    Atlassian,
    /// The Jira panel (a Forge app), as the organisation admin who opened it.
    Forge,
}

/// The admin a request acts for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    /// The Atlassian account id, or the local login.
    pub account_id: String,
    pub name: String,
    pub email: Option<String>,
    pub via: SignInMethod,
    /// The Forge installation the Jira panel was opened from (panel sessions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installation: Option<String>,
}

impl SignedIn {
    /// How the audit log names this admin: the panel's admin is the same Atlassian account as in
    /// a tab, so both are `atlassian:<account id>` (how they came is `auth_via`).
    pub fn actor(&self) -> String {
        let kind = match self.via {
            SignInMethod::Local => "local",
            SignInMethod::Atlassian | SignInMethod::Forge => "atlassian",
        };
        format!("{kind}:{}", self.account_id)
    }

    /// The admin of this request, as the server's session check found it.
    #[cfg(feature = "ssr")]
    pub fn current() -> Option<SignedIn> {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<SignedIn>().cloned())
    }
}

/// A simulated account that may sign in to the demo (shown on the sign-in page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoAdmin {
    pub name: String,
    pub email: String,
}

/// What the sign-in page offers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginOptions {
    /// "Sign in with Atlassian" is configured (always in demo mode).
    pub atlassian: bool,
    pub demo: bool,
    /// In demo mode, the simulated org admins.
    pub demo_admins: Vec<DemoAdmin>,
    /// Local accounts must enter a TOTP code.
    pub totp_required: bool,
    /// No local admin exists yet: the set-up link printed by the server creates the first.
    pub setup_pending: bool,
}

/// What the set-up page needs: whether its link is still good, and a fresh TOTP seed to offer.
/// Its `Debug` leaves out the seed and the two forms that carry it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupStatus {
    pub valid: bool,
    pub totp_required: bool,
    pub totp_seed: String,
    /// The `otpauth://` form of the seed, for authenticator apps.
    pub totp_uri: String,
    /// That URI as a QR code (an SVG the server drew from squares; no script, no links).
    pub totp_qr_svg: String,
}

impl std::fmt::Debug for SetupStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupStatus")
            .field("valid", &self.valid)
            .field("totp_required", &self.totp_required)
            .finish_non_exhaustive()
    }
}

/// Why a sign-in or set-up did not work: the `error` query parameter of the page it returns to,
/// each a translated message (`login-error-<code>`).
pub const LOGIN_ERRORS: &[&str] =
    &["invalid", "locked", "totp", "not-admin", "unavailable", "state", "setup-link", "setup-input", "expired"];

/// Percent-encodes a value for a query string (a local path in `next=`, a set-up token). `/`
/// stays readable: it is allowed there.
pub fn encode_query_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;

    /// Stored sessions and audit entries name the methods so, as serde does on the wire.
    #[test]
    fn sign_in_method_codes_stay() {
        for (method, code) in
            [(SignInMethod::Local, "local"), (SignInMethod::Atlassian, "atlassian"), (SignInMethod::Forge, "forge")]
        {
            assert_eq!((method.code(), serde_json::json!(method)), (code, serde_json::json!(code)));
            assert_eq!(code.parse::<SignInMethod>().ok(), Some(method));
        }
        assert!("Local".parse::<SignInMethod>().is_err());
    }
}
