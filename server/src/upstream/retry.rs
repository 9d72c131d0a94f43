//! When to try an Atlassian call again, and how long to wait first. Pure functions of the
//! response and a random draw, so every rule is tested exactly.

use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDateTime, Utc};
use http::{HeaderMap, StatusCode};

/// Backoff settings. Background work (syncs, bulk jobs) uses [`RetryPolicy::ATLASSIAN`]; a request
/// a person waits on uses [`RetryPolicy::INTERACTIVE`] within a deadline; tests shrink the times.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The first backoff, doubled on each further attempt.
    pub base: Duration,
    /// No single backoff exceeds this (before jitter).
    pub cap: Duration,
}

impl RetryPolicy {
    /// 5 s × 2^n, at most 30 s, at most 4 retries: what Atlassian's rate-limiting guides advise.
    pub const ATLASSIAN: RetryPolicy =
        RetryPolicy { max_retries: 4, base: Duration::from_secs(5), cap: Duration::from_secs(30) };

    /// For a person watching a spinner: two quick retries (a lone 503 or dropped connection is
    /// common and passes in a moment), never the minute-long waits of the background policy. The
    /// engine's interactive deadline bounds the whole call besides.
    pub const INTERACTIVE: RetryPolicy =
        RetryPolicy { max_retries: 2, base: Duration::from_millis(500), cap: Duration::from_secs(2) };

    /// The exponential backoff before retry number `retry` (1-based): `min(base·2^(retry-1), cap)`
    /// scaled by `0.7 + 0.6·draw`, where `draw` is uniform in `[0, 1)`.
    pub fn backoff(&self, retry: u32, draw: f64) -> Duration {
        let doubled = self.base.saturating_mul(1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX));
        doubled.min(self.cap).mul_f64(0.7 + 0.6 * unit(draw))
    }

    /// The longest wait a call sleeps through. Atlassian asks for seconds; a longer `Retry-After`
    /// or `X-RateLimit-Reset` (an exhausted hourly quota, or a hostile or broken proxy) makes the
    /// call fail now, saying when to come back, instead of holding a request, a job or every call
    /// to the host for hours.
    pub const MAX_WAIT: Duration = Duration::from_secs(300);

    /// How long to wait before retry number `retry` after a retryable answer: at least
    /// `Retry-After` (plus up to 30 % jitter, so clients do not return in step); else until
    /// `X-RateLimit-Reset`; else the exponential backoff. A wait over [`RetryPolicy::MAX_WAIT`]
    /// is an error, never a sleep.
    pub fn wait(&self, headers: &HeaderMap, retry: u32, draw: f64, now: SystemTime) -> Result<Duration, WaitTooLong> {
        let (asked, jitter) = match retry_after(headers, now) {
            Some(floor) => (floor, 1.0 + 0.3 * unit(draw)),
            None => match rate_limit_reset(headers, now) {
                Some(reset) => (reset, 1.0),
                None => return Ok(self.backoff(retry, draw).min(Self::MAX_WAIT)),
            },
        };
        if asked > Self::MAX_WAIT {
            return Err(WaitTooLong { asked });
        }
        // At most 1.3 × MAX_WAIT: the multiplication cannot overflow.
        Ok(asked.mul_f64(jitter))
    }
}

/// A draw kept in `[0, 1]` (NaN counts as 0), so that a jitter factor never makes a duration
/// negative or overflow.
fn unit(draw: f64) -> f64 {
    if draw.is_nan() { 0.0 } else { draw.clamp(0.0, 1.0) }
}

/// Atlassian asked for a pause longer than [`RetryPolicy::MAX_WAIT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("Atlassian asked to wait {asked:?}, longer than a call waits")]
pub struct WaitTooLong {
    /// What the headers asked for (`Duration::MAX` when it is beyond counting).
    pub asked: Duration,
}

/// The statuses worth another try. A 429 means the request was refused unread, so anything may be
/// sent again. A 5xx (a fault, or a gateway that gave up waiting) may come after the change was
/// made: a read is simply repeated, a change never blindly; its caller re-reads the state first.
pub fn is_retryable(status: StatusCode, idempotent: bool) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || (idempotent && matches!(status.as_u16(), 500 | 502 | 503 | 504))
}

/// `Retry-After` as delay-seconds or an HTTP-date. Delay-seconds too large for a `u64` read as
/// `Duration::MAX` (an absurd wait, refused as such), not as a header to ignore.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(value.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or_default())
}

/// `X-RateLimit-Reset` as time left: the admin API sends ISO 8601 (`2026-01-01T10:00:00.000Z`),
/// Jira `yyyy-MM-ddTHH:mmZ`.
pub fn rate_limit_reset(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get("x-ratelimit-reset")?.to_str().ok()?.trim();
    let at: DateTime<Utc> = DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%MZ").map(|t| t.and_utc()))
        .ok()?;
    let at = SystemTime::from(at);
    Some(at.duration_since(now).unwrap_or_default())
}

/// The `X-RateLimit-Remaining` and `X-RateLimit-Limit` of a response, when both are present.
pub fn budget(headers: &HeaderMap) -> Option<(u64, u64)> {
    let number = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<u64>().ok();
    Some((number("x-ratelimit-remaining")?, number("x-ratelimit-limit")?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).expect("header value"));
        }
        map
    }

    const P: RetryPolicy = RetryPolicy::ATLASSIAN;

    #[test]
    fn backoff_doubles_to_the_cap_with_bounded_jitter() {
        // Without a Retry-After: min(5·2^(n-1), 30) · U(0.7, 1.3) seconds.
        assert_eq!(P.backoff(1, 0.5), Duration::from_secs(5));
        assert_eq!(P.backoff(2, 0.5), Duration::from_secs(10));
        assert_eq!(P.backoff(3, 0.5), Duration::from_secs(20));
        assert_eq!(P.backoff(4, 0.5), Duration::from_secs(30));
        assert_eq!(P.backoff(9, 0.5), Duration::from_secs(30));
        assert_eq!(P.backoff(1, 0.0), Duration::from_millis(3_500));
        assert_eq!(P.backoff(4, 0.999_999).as_millis(), 38_999);
    }

    /// The interactive policy's worst case (every retry at the top of its jitter) stays within a
    /// few seconds: 0.5 s and 1 s, times 1.3.
    #[test]
    fn interactive_backoffs_are_short() {
        let i = RetryPolicy::INTERACTIVE;
        assert_eq!(i.max_retries, 2);
        let worst: Duration = (1..=i.max_retries).map(|n| i.backoff(n, 0.999_999)).sum();
        assert!(worst < Duration::from_secs(2), "{worst:?}");
        assert_eq!(i.backoff(1, 0.5), Duration::from_millis(500));
        assert_eq!(i.backoff(5, 0.5), Duration::from_secs(2), "capped");
    }

    #[test]
    fn ten_thousand_draws_stay_within_the_bounds() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for i in 0..10_000u32 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let draw = (state >> 11) as f64 / (1u64 << 53) as f64;
            let retry = i % 6 + 1;
            let nominal = (5.0 * 2f64.powi(retry as i32 - 1)).min(30.0);
            let secs = P.backoff(retry, draw).as_secs_f64();
            assert!(secs >= nominal * 0.7 - 1e-9 && secs <= nominal * 1.3 + 1e-9, "retry {retry}: {secs}");
        }
    }

    #[test]
    fn retry_after_is_a_floor_in_seconds_or_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let seconds = headers(&[("retry-after", "7")]);
        assert_eq!(P.wait(&seconds, 1, 0.0, now), Ok(Duration::from_secs(7)));
        assert!(P.wait(&seconds, 1, 0.99, now).is_ok_and(|wait| wait <= Duration::from_secs_f64(7.0 * 1.3)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(12));
        assert_eq!(P.wait(&headers(&[("retry-after", &date)]), 3, 0.0, now), Ok(Duration::from_secs(12)));
        // A date in the past means "now", never a negative wait.
        let past = httpdate::fmt_http_date(now - Duration::from_secs(5));
        assert_eq!(retry_after(&headers(&[("retry-after", &past)]), now), Some(Duration::ZERO));
    }

    #[test]
    fn without_retry_after_the_reset_time_then_backoff_decide() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let reset =
            DateTime::<Utc>::from(now + Duration::from_secs(9)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        assert_eq!(P.wait(&headers(&[("x-ratelimit-reset", &reset)]), 1, 0.5, now), Ok(Duration::from_secs(9)));
        let jira = DateTime::<Utc>::from(now + Duration::from_secs(120)).format("%Y-%m-%dT%H:%MZ").to_string();
        let waited = P.wait(&headers(&[("x-ratelimit-reset", &jira)]), 1, 0.5, now).expect("a short wait");
        assert!(waited <= Duration::from_secs(120) && waited >= Duration::from_secs(60), "{waited:?}");
        assert_eq!(P.wait(&HeaderMap::new(), 2, 0.5, now), Ok(Duration::from_secs(10)));
        assert_eq!(P.wait(&headers(&[("x-ratelimit-reset", "garbage")]), 1, 0.5, now), Ok(Duration::from_secs(5)));
    }

    /// An absurd `Retry-After` or `X-RateLimit-Reset` is a typed failure, never a panic
    /// (the jitter multiplication overflowed) nor a sleep of years.
    #[test]
    fn waits_beyond_the_maximum_are_failures() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let too_long = |asked| Err(WaitTooLong { asked });
        let max = RetryPolicy::MAX_WAIT;
        assert_eq!(P.wait(&headers(&[("retry-after", "300")]), 1, 0.0, now), Ok(max));
        assert_eq!(P.wait(&headers(&[("retry-after", "301")]), 1, 0.0, now), too_long(Duration::from_secs(301)));
        let huge = u64::MAX.to_string();
        assert_eq!(P.wait(&headers(&[("retry-after", &huge)]), 1, 0.9, now), too_long(Duration::from_secs(u64::MAX)));
        let beyond = "9".repeat(400);
        assert_eq!(P.wait(&headers(&[("retry-after", &beyond)]), 1, 0.9, now), too_long(Duration::MAX));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(3600));
        assert_eq!(P.wait(&headers(&[("retry-after", &date)]), 1, 0.5, now), too_long(Duration::from_secs(3600)));
        assert!(P.wait(&headers(&[("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT")]), 1, 0.5, now).is_err());
        for reset in ["9999-12-31T23:59:59.999Z", "2100-01-01T00:00Z"] {
            assert!(P.wait(&headers(&[("x-ratelimit-reset", reset)]), 1, 0.5, now).is_err(), "{reset}");
        }
    }

    proptest::proptest! {
        /// Any header value, any retry number, any draw: a wait within 1.3 × the maximum
        /// (the jitter), or the typed failure for what asked for more. Never a panic.
        #[test]
        fn any_header_gives_a_bounded_wait_or_a_failure(
            retry_after in proptest::option::of(proptest::prop_oneof!["[0-9]{1,30}", "\\PC{0,40}", "[A-Za-z]{3}, [0-9]{2} [A-Za-z]{3} [0-9]{4} [0-9:]{8} GMT"]),
            reset in proptest::option::of(proptest::prop_oneof!["[0-9+-]{1,7}-[0-9]{2}-[0-9]{2}T[0-9:.]{5,12}Z", "\\PC{0,40}"]),
            retry in proptest::prelude::any::<u32>(),
            draw in proptest::prelude::any::<f64>(),
            epoch_seconds in 0u64..8_000_000_000,
        ) {
            let mut map = HeaderMap::new();
            for (name, value) in [("retry-after", retry_after), ("x-ratelimit-reset", reset)] {
                if let Some(value) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
                    map.insert(name, value);
                }
            }
            let now = SystemTime::UNIX_EPOCH + Duration::from_secs(epoch_seconds);
            match P.wait(&map, retry, draw, now) {
                Ok(wait) => proptest::prop_assert!(wait <= RetryPolicy::MAX_WAIT.mul_f64(1.3), "{wait:?}"),
                Err(WaitTooLong { asked }) => proptest::prop_assert!(asked > RetryPolicy::MAX_WAIT, "{asked:?}"),
            }
        }
    }

    #[test]
    fn only_rate_limits_and_server_faults_are_retried() {
        let status = |code| StatusCode::from_u16(code).expect("status");
        assert!(is_retryable(status(429), false) && is_retryable(status(429), true));
        for code in [500, 502, 503, 504] {
            assert!(is_retryable(status(code), true), "a read is retried after a {code}");
            assert!(!is_retryable(status(code), false), "a change is not: it may have happened");
        }
        for code in [200, 400, 401, 403, 404, 409, 501] {
            assert!(!is_retryable(status(code), true), "{code}");
        }
    }

    #[test]
    fn reads_the_remaining_budget() {
        assert_eq!(budget(&headers(&[("x-ratelimit-remaining", "3"), ("x-ratelimit-limit", "10")])), Some((3, 10)));
        assert_eq!(budget(&headers(&[("x-ratelimit-remaining", "3")])), None);
    }
}
