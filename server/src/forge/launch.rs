//! Launch codes: what `/forge/launch` hands the Jira panel in exchange for a verified invocation
//! token, and what `/embed/session` takes back to open the panel's session. A code is
//! 256 random bits, works once, for 60 seconds, and only ever for the Jira user and installation
//! it was made for. Only its digest is held, in memory: a restart simply makes the panel ask again.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, TimeDelta, Utc};

use crate::auth::session;

pub const LIFETIME: TimeDelta = TimeDelta::seconds(60);
/// Codes nobody redeemed are dropped when this many are outstanding.
const MAX_OUTSTANDING: usize = 10_000;

/// Who a launch code opens a session for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub principal: String,
    pub installation_id: String,
    pub cloud_id: String,
}

#[derive(Default)]
pub struct Launches {
    codes: Mutex<HashMap<String, (Grant, DateTime<Utc>)>>,
}

impl Launches {
    /// A new code for `grant`, valid for [`LIFETIME`] from `now`.
    pub fn issue(&self, grant: Grant, now: DateTime<Utc>) -> String {
        let code = session::new_token();
        let mut codes = self.codes.lock().unwrap_or_else(PoisonError::into_inner);
        codes.retain(|_, (_, expires)| *expires > now);
        if codes.len() >= MAX_OUTSTANDING {
            // Only a flood of launches nobody opens gets here; the oldest codes give way.
            let mut by_age: Vec<_> = codes.iter().map(|(digest, (_, expires))| (*expires, digest.clone())).collect();
            by_age.sort();
            for (_, digest) in by_age.into_iter().take(MAX_OUTSTANDING / 10) {
                codes.remove(&digest);
            }
        }
        codes.insert(session::digest(&code), (grant, now + LIFETIME));
        code
    }

    /// The grant behind `code`, once: the code is gone afterwards, whether it was still valid or not.
    pub fn redeem(&self, code: &str, now: DateTime<Utc>) -> Option<Grant> {
        let mut codes = self.codes.lock().unwrap_or_else(PoisonError::into_inner);
        let (grant, expires) = codes.remove(&session::digest(code))?;
        (now < expires).then_some(grant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(principal: &str) -> Grant {
        Grant { principal: principal.into(), installation_id: "i".into(), cloud_id: "c".into() }
    }

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z").expect("time").with_timezone(&Utc)
    }

    /// Once only, and bound to the principal it was issued for.
    #[test]
    fn a_code_works_once_for_its_own_principal() {
        let launches = Launches::default();
        let alice = launches.issue(grant("alice"), t0());
        let bob = launches.issue(grant("bob"), t0());
        assert_ne!(alice, bob);
        assert_eq!(alice.len(), 43, "256 bits, base64url");
        assert_eq!(launches.redeem(&bob, t0()), Some(grant("bob")));
        assert_eq!(launches.redeem(&alice, t0() + TimeDelta::seconds(59)), Some(grant("alice")));
        assert_eq!(launches.redeem(&alice, t0() + TimeDelta::seconds(59)), None, "used");
        assert_eq!(launches.redeem("made-up", t0()), None);
    }

    /// A code redeemed 61 seconds after it was issued opens nothing (and is gone).
    #[test]
    fn a_code_expires_after_sixty_seconds() {
        let launches = Launches::default();
        let code = launches.issue(grant("alice"), t0());
        assert_eq!(launches.redeem(&code, t0() + TimeDelta::seconds(61)), None);
        assert_eq!(launches.redeem(&code, t0()), None, "an expired code is gone, not kept for later");
        let exact = launches.issue(grant("alice"), t0());
        assert_eq!(launches.redeem(&exact, t0() + LIFETIME), None, "60 s is already too late");
    }
}
