//! Sign-in rate limits: after too many failures, an account (or an address) must wait before it
//! may try again. Counted per process, in memory: enough for one server, and a restart does not
//! help an attacker more than waiting would.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, TimeDelta, Utc};

const WINDOW: TimeDelta = TimeDelta::minutes(15);
const PER_ACCOUNT: usize = 5;
const PER_ADDRESS: usize = 20;
/// Keys kept before old ones are dropped, so a spray of made-up logins cannot fill memory.
const MAX_KEYS: usize = 50_000;

#[derive(Default)]
pub struct Limiter {
    failures: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

impl Limiter {
    fn count(&self, key: &str, now: DateTime<Utc>) -> usize {
        let failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.get(key).map_or(0, |list| list.iter().filter(|t| now - **t < WINDOW).count())
    }

    /// Whether a sign-in for `account` from `address` may be tried now.
    pub fn allowed(&self, account: &str, address: &str, now: DateTime<Utc>) -> bool {
        self.count(&format!("account:{account}"), now) < PER_ACCOUNT
            && self.count(&format!("address:{address}"), now) < PER_ADDRESS
    }

    pub fn failed(&self, account: &str, address: &str, now: DateTime<Utc>) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, list| {
                list.retain(|t| now - *t < WINDOW);
                !list.is_empty()
            });
        }
        for key in [format!("account:{account}"), format!("address:{address}")] {
            let list = failures.entry(key).or_default();
            list.retain(|t| now - *t < WINDOW);
            list.push(now);
        }
    }

    /// A successful sign-in clears the account's failures (not the address's).
    pub fn succeeded(&self, account: &str) {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner).remove(&format!("account:{account}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_lock_an_account_for_fifteen_minutes() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for _ in 0..5 {
            assert!(limiter.allowed("alice", "10.0.0.1", now));
            limiter.failed("alice", "10.0.0.1", now);
        }
        assert!(!limiter.allowed("alice", "10.0.0.2", now), "the account is locked from any address");
        assert!(limiter.allowed("bob", "10.0.0.1", now), "other accounts are not");
        assert!(limiter.allowed("alice", "10.0.0.1", now + TimeDelta::minutes(15)));
    }

    #[test]
    fn twenty_failures_lock_an_address() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for i in 0..20 {
            limiter.failed(&format!("user{i}"), "10.0.0.9", now);
        }
        assert!(!limiter.allowed("someone-new", "10.0.0.9", now));
        assert!(limiter.allowed("someone-new", "10.0.0.8", now));
    }
}
