//! Server-side sessions: the browser holds a random 256-bit id in a cookie; the store holds only
//! its SHA-256 digest, with who signed in and when. A session ends after a quiet spell (idle
//! timeout), at a fixed age (absolute timeout), or at sign-out.

use aes_gcm::aead::{OsRng, rand_core::RngCore};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, TimeDelta, Utc};
use sha2::{Digest, Sha256};

use crate::store::SessionRecord;

/// How long sessions live, and how often an Atlassian admin's role is confirmed again.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    pub idle: TimeDelta,
    pub absolute: TimeDelta,
    /// An org admin who loses the role is signed out within this long (at most 5 minutes).
    pub recheck: TimeDelta,
}

impl Policy {
    pub fn new(idle_minutes: u32) -> Policy {
        Policy {
            idle: TimeDelta::minutes(i64::from(idle_minutes.max(1))),
            absolute: TimeDelta::hours(8),
            recheck: TimeDelta::minutes(5),
        }
    }

    /// Whether the session is still usable at `now`.
    pub fn alive(&self, session: &SessionRecord, now: DateTime<Utc>) -> bool {
        now - session.last_seen_at < self.idle && now - session.created_at < self.absolute
    }

    /// Whether the org-admin role must be confirmed before serving this request.
    pub fn needs_recheck(&self, session: &SessionRecord, now: DateTime<Utc>) -> bool {
        session.auth_via != "local" && now - session.checked_at >= self.recheck
    }
}

/// A fresh, unguessable session id (or any other one-time token).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the store keeps of a token.
pub fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The session cookie's name and attributes: `__Host-` and `Secure` when the server is reached
/// over https (the public URL), which browsers refuse over plain http.
#[derive(Clone, Debug)]
pub struct CookieNames {
    pub secure: bool,
}

impl CookieNames {
    pub fn session(&self) -> &'static str {
        if self.secure { "__Host-sid" } else { "uam_sid" }
    }

    /// Binds an OAuth sign-in to the browser that started it.
    pub fn login(&self) -> &'static str {
        if self.secure { "__Host-uam_login" } else { "uam_login" }
    }

    fn attributes(&self) -> &'static str {
        if self.secure { "; Secure; HttpOnly; SameSite=Lax; Path=/" } else { "; HttpOnly; SameSite=Lax; Path=/" }
    }

    pub fn set(&self, name: &str, value: &str) -> String {
        format!("{name}={value}{}", self.attributes())
    }

    pub fn clear(&self, name: &str) -> String {
        format!("{name}={}; Max-Age=0", self.attributes())
    }

    /// The Jira panel's session. Always `__Host-` and `Secure`: a cookie set inside a
    /// frame of another site must be `SameSite=None`, which browsers take only with `Secure`, and
    /// `Partitioned` (CHIPS) so that it is kept where third-party cookies are blocked. Browsers
    /// count http://localhost and 127.0.0.1 as secure, so the local demo's panel works too.
    pub const EMBED_SESSION: &'static str = "__Host-esid";

    pub fn set_embedded(&self, value: &str) -> String {
        format!("{}={value}; Secure; HttpOnly; SameSite=None; Partitioned; Path=/", Self::EMBED_SESSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(created: DateTime<Utc>, seen: DateTime<Utc>) -> SessionRecord {
        SessionRecord {
            id_hash: digest("id"),
            auth_via: "atlassian".into(),
            installation_id: None,
            account_id: "a".into(),
            name: "A".into(),
            email: None,
            created_at: created,
            last_seen_at: seen,
            checked_at: created,
        }
    }

    /// 15 minutes idle or 8 hours after sign-in, whichever comes first.
    #[test]
    fn idle_and_absolute_timeouts() {
        let policy = Policy::new(15);
        let t0 = DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z").expect("time").with_timezone(&Utc);
        let fresh = session(t0, t0);
        assert!(policy.alive(&fresh, t0 + TimeDelta::minutes(14)));
        assert!(!policy.alive(&fresh, t0 + TimeDelta::minutes(15)));
        // Kept busy, it still ends at eight hours.
        let busy = session(t0, t0 + TimeDelta::minutes(479));
        assert!(policy.alive(&busy, t0 + TimeDelta::minutes(479)));
        assert!(!policy.alive(&session(t0, t0 + TimeDelta::minutes(480)), t0 + TimeDelta::minutes(480)));
        assert!(policy.needs_recheck(&fresh, t0 + TimeDelta::minutes(5)));
        assert!(!policy.needs_recheck(&fresh, t0 + TimeDelta::minutes(4)));
    }

    /// The https cookie is exactly `__Host-sid; Secure; HttpOnly; SameSite=Lax; Path=/`.
    #[test]
    fn cookie_attributes() {
        let https = CookieNames { secure: true };
        assert_eq!(https.set(https.session(), "v"), "__Host-sid=v; Secure; HttpOnly; SameSite=Lax; Path=/");
        let http = CookieNames { secure: false };
        assert_eq!(http.set(http.session(), "v"), "uam_sid=v; HttpOnly; SameSite=Lax; Path=/");
        assert_eq!(http.set_embedded("v"), "__Host-esid=v; Secure; HttpOnly; SameSite=None; Partitioned; Path=/");
        assert_ne!(new_token(), new_token());
        assert_eq!(new_token().len(), 43);
    }
}
