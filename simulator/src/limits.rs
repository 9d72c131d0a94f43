//! Per-family rate limits (a token bucket each) and the counters tests and benchmarks read.

use std::{
    collections::BTreeMap,
    sync::{
        Mutex,
        atomic::{AtomicI64, AtomicU64, Ordering},
    },
    time::Duration,
};

use serde::Serialize;
use tokio::time::Instant;

use crate::respond::Family;

/// Allows `rate` requests a second with bursts of up to `burst`.
#[derive(Debug)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    state: Mutex<(f64, Instant)>,
}

pub enum Admission {
    Allowed {
        remaining: u64,
    },
    /// Over the limit: the caller may try again after this long.
    Throttled {
        retry_after: Duration,
    },
}

impl Bucket {
    pub fn new(rate: f64, burst: f64) -> Bucket {
        let burst = burst.max(1.0);
        Bucket { rate, burst, state: Mutex::new((burst, Instant::now())) }
    }

    pub fn limit(&self) -> u64 {
        self.burst as u64
    }

    /// The time one token takes to come back.
    pub fn refill_interval(&self) -> Duration {
        Duration::from_secs_f64(1.0 / self.rate.max(f64::MIN_POSITIVE))
    }

    pub fn admit(&self) -> Admission {
        let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        let (tokens, last) = *state;
        let tokens = (tokens + now.duration_since(last).as_secs_f64() * self.rate).min(self.burst);
        if tokens >= 1.0 {
            *state = (tokens - 1.0, now);
            Admission::Allowed { remaining: (tokens - 1.0) as u64 }
        } else {
            *state = (tokens, now);
            Admission::Throttled { retry_after: Duration::from_secs_f64((1.0 - tokens) / self.rate) }
        }
    }
}

/// What the simulator has seen, for tests and benchmarks.
#[derive(Debug, Default)]
pub struct Counters {
    requests: Mutex<BTreeMap<String, u64>>,
    /// Every write the simulator carried out, in order (what tests check "applied once" against).
    changes: Mutex<Vec<Change>>,
    throttled: AtomicU64,
    faults: AtomicU64,
    in_flight: [AtomicI64; 7],
    peak: [AtomicI64; 7],
}

/// A write that reached the org: its method, path and answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub request_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CounterSnapshot {
    /// Requests per endpoint, keyed `"METHOD /path/{template}"`.
    pub requests: BTreeMap<String, u64>,
    pub total_requests: u64,
    /// 429 answers sent because a rate limit was exceeded (not injected faults).
    pub throttled: u64,
    /// Injected faults of every kind.
    pub faults: u64,
    /// The most requests of one family in flight at once.
    pub peak_concurrency: BTreeMap<String, i64>,
}

const FAMILIES: [Family; 7] = [
    Family::Admin,
    Family::Jira,
    Family::Jsm,
    Family::ConfluenceV2,
    Family::ConfluenceV1,
    Family::OAuth,
    Family::Control,
];

fn slot(family: Family) -> usize {
    FAMILIES.iter().position(|f| *f == family).unwrap_or(0)
}

/// Marks a request in flight until dropped.
pub struct InFlight<'a> {
    counters: &'a Counters,
    slot: usize,
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.counters.in_flight[self.slot].fetch_sub(1, Ordering::SeqCst);
    }
}

impl Counters {
    pub fn request(&self, family: Family, endpoint: String) -> InFlight<'_> {
        *self.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner).entry(endpoint).or_default() += 1;
        let slot = slot(family);
        let now = self.in_flight[slot].fetch_add(1, Ordering::SeqCst) + 1;
        self.peak[slot].fetch_max(now, Ordering::SeqCst);
        InFlight { counters: self, slot }
    }

    pub fn changed(&self, change: Change) {
        self.changes.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(change);
    }

    pub fn changes(&self) -> Vec<Change> {
        self.changes.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    pub fn throttled(&self) {
        self.throttled.fetch_add(1, Ordering::SeqCst);
    }

    pub fn fault(&self) {
        self.faults.fetch_add(1, Ordering::SeqCst);
    }

    pub fn snapshot(&self) -> CounterSnapshot {
        let requests = self.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        CounterSnapshot {
            total_requests: requests.values().sum(),
            requests,
            throttled: self.throttled.load(Ordering::SeqCst),
            faults: self.faults.load(Ordering::SeqCst),
            peak_concurrency: FAMILIES
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    (
                        serde_json::to_value(f).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
                        self.peak[i].load(Ordering::SeqCst),
                    )
                })
                .filter(|(_, peak)| *peak > 0)
                .collect(),
        }
    }

    pub fn reset(&self) {
        self.requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
        self.throttled.store(0, Ordering::SeqCst);
        self.faults.store(0, Ordering::SeqCst);
        for (i, peak) in self.peak.iter().enumerate() {
            peak.store(self.in_flight[i].load(Ordering::SeqCst), Ordering::SeqCst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_bucket_allows_bursts_then_the_rate() {
        let bucket = Bucket::new(2.0, 3.0);
        for expected in [2, 1, 0] {
            assert!(matches!(bucket.admit(), Admission::Allowed { remaining } if remaining == expected));
        }
        let Admission::Throttled { retry_after } = bucket.admit() else { panic!("the fourth request is throttled") };
        assert!(retry_after <= Duration::from_millis(500) && retry_after > Duration::ZERO);
        tokio::time::advance(Duration::from_millis(500)).await;
        assert!(matches!(bucket.admit(), Admission::Allowed { .. }));
        assert!(matches!(bucket.admit(), Admission::Throttled { .. }));
    }

    #[test]
    fn counters_track_peaks() {
        let counters = Counters::default();
        {
            let _a = counters.request(Family::Admin, "GET /a".into());
            let _b = counters.request(Family::Admin, "GET /a".into());
        }
        let _c = counters.request(Family::Jira, "GET /b".into());
        let snapshot = counters.snapshot();
        assert_eq!(snapshot.requests["GET /a"], 2);
        assert_eq!(snapshot.total_requests, 3);
        assert_eq!(snapshot.peak_concurrency["admin"], 2);
        assert_eq!(snapshot.peak_concurrency["jira"], 1);
    }
}
