//! Sign-in rate limits: after too many failures, an account (or an address) must wait before it
//! may try again. Counted per process, in memory: enough for one server, and a restart does not
//! help an attacker more than waiting would.
//!
//! A try is reserved before the password is checked, under the same lock that counts, so a burst
//! of parallel guesses gets no more tries than the same guesses one after another. (`governor`'s
//! keyed limiter was considered: it counts every request and cannot give a try back, while this
//! policy counts failures only, a success clearing the account, and it has no hard cap on keys.)

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, TimeDelta, Utc};

const WINDOW: TimeDelta = TimeDelta::minutes(15);
const PER_ACCOUNT: usize = 5;
const PER_ADDRESS: usize = 20;
/// Keys kept at most, so a spray of made-up logins and addresses cannot fill memory (each key
/// holds at most [`PER_ADDRESS`] times and a login of at most 121 characters: a few MB in all).
const MAX_KEYS: usize = 50_000;

/// The longest login an account can have (see `LocalAccounts::validate_admin`).
pub const LOGIN_MAX: usize = 120;

/// A login as typed at sign-in, normalised and cut to one character past [`LOGIN_MAX`]: enough to
/// tell that it is too long, and all of it that is ever counted, kept or written to the log.
pub fn typed_login(text: &str) -> String {
    // Cut before normalising too: a megabyte of input is never copied or normalised whole.
    let head: String = text.chars().take(LOGIN_MAX * 4).collect();
    super::normalise(&head).chars().take(LOGIN_MAX + 1).collect()
}

/// The address a request is counted as coming from: the connecting peer, unless the peer is a
/// trusted proxy; then the right-most `X-Forwarded-For` address that is not one (each proxy
/// appends the address it saw, so everything left of the last untrusted hop may be made up).
pub fn client_address(peer: Option<IpAddr>, headers: &http::HeaderMap, trusted: &[ipnet::IpNet]) -> String {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let Some(mut client) = peer.map(|ip| ip.to_canonical()) else { return "unknown".to_owned() };
    if !is_trusted(&client) {
        return client.to_string();
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    for hop in hops.iter().rev() {
        // A hop a trusted proxy wrote that is not an address: the proxy itself is what we know.
        let Ok(ip) = hop.trim().parse::<IpAddr>().map(|ip| ip.to_canonical()) else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client.to_string()
}

#[derive(Default)]
pub struct Limiter {
    failures: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

/// A sign-in try, counted against its account and address from the moment it was reserved. It
/// stays counted as a failure unless it is settled as a success or released.
pub struct Try<'a> {
    limiter: &'a Limiter,
    keys: [String; 2],
    at: DateTime<Utc>,
}

fn account_key(account: &str) -> String {
    format!("account:{account}")
}

/// An IPv6 client is counted by its /64, the block one subscriber is usually given: otherwise
/// every address of it would be a fresh budget of tries.
fn address_key(address: &str) -> String {
    match address.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let [a, b, c, d, ..] = v6.segments();
            format!("address:{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
        Ok(IpAddr::V6(v6)) => format!("address:{}", v6.to_canonical()),
        _ => format!("address:{address}"),
    }
}

impl Limiter {
    /// Reserves a sign-in try for `account` from `address`, or None when either must wait (or
    /// when the table is full of live keys: new keys then wait too, so a spray can never push
    /// out the count of an account it is locking).
    pub fn reserve(&self, account: &str, address: &str, now: DateTime<Utc>) -> Option<Try<'_>> {
        let keys = [account_key(account), address_key(address)];
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        let live = |failures: &mut HashMap<String, Vec<DateTime<Utc>>>, key: &str| {
            failures.get_mut(key).map_or(0, |list| {
                list.retain(|t| now - *t < WINDOW);
                list.len()
            })
        };
        if live(&mut failures, &keys[0]) >= PER_ACCOUNT || live(&mut failures, &keys[1]) >= PER_ADDRESS {
            return None;
        }
        let new_keys = keys.iter().filter(|key| !failures.contains_key(*key)).count();
        if failures.len() + new_keys > MAX_KEYS {
            failures.retain(|_, list| {
                list.retain(|t| now - *t < WINDOW);
                !list.is_empty()
            });
            if failures.len() + new_keys > MAX_KEYS {
                return None;
            }
        }
        for key in &keys {
            failures.entry(key.clone()).or_default().push(now);
        }
        Some(Try { limiter: self, keys, at: now })
    }

    /// Tries still counted for the account, in the window (for tests and diagnostics).
    pub fn counted(&self, account: &str, now: DateTime<Utc>) -> usize {
        let failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.get(&account_key(account)).map_or(0, |list| list.iter().filter(|t| now - **t < WINDOW).count())
    }

    /// Keys held (for tests of the cap).
    pub fn keys(&self) -> usize {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

impl Try<'_> {
    /// The try failed: it stays counted.
    pub fn failed(self) {}

    /// The try succeeded: the account's failures are cleared and the address gets its try back.
    pub fn succeeded(self) {
        let mut failures = self.limiter.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.remove(&self.keys[0]);
        self.give_back(&mut failures, &self.keys[1]);
    }

    /// The try never reached a verdict (the store did not answer): it is not counted.
    pub fn release(self) {
        let mut failures = self.limiter.failures.lock().unwrap_or_else(PoisonError::into_inner);
        for key in &self.keys {
            self.give_back(&mut failures, key);
        }
    }

    fn give_back(&self, failures: &mut HashMap<String, Vec<DateTime<Utc>>>, key: &str) {
        if let Some(list) = failures.get_mut(key) {
            if let Some(index) = list.iter().position(|t| *t == self.at) {
                list.swap_remove(index);
            }
            if list.is_empty() {
                failures.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(limiter: &Limiter, account: &str, address: &str, now: DateTime<Utc>) -> bool {
        limiter.reserve(account, address, now).map(Try::failed).is_some()
    }

    #[test]
    fn five_failures_lock_an_account_for_fifteen_minutes() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for _ in 0..5 {
            assert!(fail(&limiter, "alice", "10.0.0.1", now));
        }
        assert!(limiter.reserve("alice", "10.0.0.2", now).is_none(), "the account is locked from any address");
        assert!(limiter.reserve("bob", "10.0.0.1", now).is_some(), "other accounts are not");
        assert!(limiter.reserve("alice", "10.0.0.1", now + TimeDelta::minutes(15)).is_some());
    }

    #[test]
    fn twenty_failures_lock_an_address() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for i in 0..20 {
            assert!(fail(&limiter, &format!("user{i}"), "10.0.0.9", now));
        }
        assert!(limiter.reserve("someone-new", "10.0.0.9", now).is_none());
        assert!(limiter.reserve("someone-new", "10.0.0.8", now).is_some());
    }

    /// Tries held but not yet settled count: a burst cannot get past the limit in parallel.
    #[test]
    fn reserved_tries_count_before_they_are_settled() {
        let limiter = Limiter::default();
        let now = Utc::now();
        let held: Vec<_> = (0..50).filter_map(|_| limiter.reserve("alice", "10.0.0.1", now)).collect();
        assert_eq!(held.len(), 5);
    }

    #[test]
    fn a_success_clears_the_account_and_a_release_counts_nothing() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for _ in 0..4 {
            assert!(fail(&limiter, "alice", "10.0.0.1", now));
        }
        limiter.reserve("alice", "10.0.0.1", now).expect("a fifth try").succeeded();
        assert_eq!(limiter.counted("alice", now), 0);
        limiter.reserve("alice", "10.0.0.1", now).expect("a try").release();
        assert_eq!(limiter.counted("alice", now), 0);
        // The address kept its four failures, and got back the successful and released tries.
        for i in 0..16 {
            assert!(fail(&limiter, &format!("other{i}"), "10.0.0.1", now));
        }
        assert!(limiter.reserve("third", "10.0.0.1", now).is_none());
    }

    #[test]
    fn typed_logins_are_cut_one_past_the_longest_account() {
        assert_eq!(typed_login("  Alice "), "alice");
        let long = typed_login(&"ß".repeat(1 << 20));
        assert_eq!(long.chars().count(), LOGIN_MAX + 1);
        assert_eq!(typed_login(&format!("{}x", "a".repeat(LOGIN_MAX))).chars().count(), LOGIN_MAX + 1);
    }

    #[test]
    fn the_client_is_the_last_untrusted_forwarded_hop_behind_a_trusted_proxy() {
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().expect("net"), "192.0.2.7/32".parse().expect("net")];
        let headers = |values: &[&str]| {
            let mut map = http::HeaderMap::new();
            for value in values {
                map.append("x-forwarded-for", http::HeaderValue::from_str(value).expect("ascii"));
            }
            map
        };
        let proxy = Some("10.1.2.3".parse().expect("ip"));
        let stranger = Some("203.0.113.9".parse().expect("ip"));
        let forged = headers(&["6.6.6.6, 198.51.100.4, 192.0.2.7"]);
        assert_eq!(client_address(proxy, &forged, &trusted), "198.51.100.4");
        assert_eq!(client_address(stranger, &forged, &trusted), "203.0.113.9", "only a trusted peer is believed");
        assert_eq!(client_address(proxy, &forged, &[]), "10.1.2.3", "no proxies configured: the peer");
        assert_eq!(client_address(proxy, &headers(&["6.6.6.6", "198.51.100.4"]), &trusted), "198.51.100.4");
        assert_eq!(client_address(proxy, &headers(&[]), &trusted), "10.1.2.3");
        assert_eq!(client_address(proxy, &headers(&["198.51.100.4, junk"]), &trusted), "10.1.2.3");
        assert_eq!(client_address(proxy, &headers(&["10.9.9.9"]), &trusted), "10.9.9.9", "all hops trusted");
        let mapped = Some("::ffff:10.1.2.3".parse().expect("ip"));
        assert_eq!(client_address(mapped, &headers(&["2001:db8::1"]), &trusted), "2001:db8::1");
        assert_eq!(client_address(None, &forged, &trusted), "unknown");
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_64() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for i in 0..20 {
            assert!(fail(&limiter, &format!("user{i}"), &format!("2001:db8:1:2::{i:x}"), now));
        }
        assert!(limiter.reserve("new", "2001:db8:1:2:ffff::1", now).is_none());
        assert!(limiter.reserve("new", "2001:db8:1:3::1", now).is_some());
        assert_eq!(address_key("::ffff:10.0.0.1"), "address:10.0.0.1");
    }

    #[test]
    fn the_table_has_a_hard_cap_and_a_full_table_keeps_its_locks() {
        let limiter = Limiter::default();
        let now = Utc::now();
        for _ in 0..5 {
            assert!(fail(&limiter, "alice", "10.0.0.1", now));
        }
        let mut i = 0u32;
        while limiter.keys() < MAX_KEYS - 1 {
            i += 1;
            fail(&limiter, &format!("spray{i}"), &format!("10.1.{}.{}", i / 256 % 256, i % 256), now);
        }
        assert!(limiter.reserve("fresh", "10.200.0.1", now).is_none(), "no room for two new keys");
        assert!(limiter.keys() <= MAX_KEYS);
        assert!(limiter.reserve("alice", "10.0.0.2", now).is_none(), "the lock was not pushed out");
        assert!(limiter.reserve("fresh", "10.200.0.1", now + WINDOW).is_some(), "expired keys make room");
    }
}
