//! When to try an Atlassian call again, and how long to wait first. Pure functions of the
//! response and a random draw, so every rule is tested exactly (SR-39, SR-40, SR-41).

use std::time::{Duration, SystemTime};

use chrono::{DateTime, NaiveDateTime, Utc};
use http::{HeaderMap, StatusCode};

/// Backoff settings. Production uses [`RetryPolicy::ATLASSIAN`]; tests shrink the times.
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

    /// The exponential backoff before retry number `retry` (1-based): `min(base·2^(retry-1), cap)`
    /// scaled by `0.7 + 0.6·draw`, where `draw` is uniform in `[0, 1)`.
    pub fn backoff(&self, retry: u32, draw: f64) -> Duration {
        let doubled = self.base.saturating_mul(1u32.checked_shl(retry.saturating_sub(1)).unwrap_or(u32::MAX));
        doubled.min(self.cap).mul_f64(0.7 + 0.6 * draw.clamp(0.0, 1.0))
    }

    /// How long to wait before retry number `retry` after a retryable answer: at least
    /// `Retry-After` (plus up to 30 % jitter, so clients do not return in step); else until
    /// `X-RateLimit-Reset`; else the exponential backoff.
    pub fn wait(&self, headers: &HeaderMap, retry: u32, draw: f64, now: SystemTime) -> Duration {
        if let Some(floor) = retry_after(headers, now) {
            return floor.mul_f64(1.0 + 0.3 * draw.clamp(0.0, 1.0));
        }
        if let Some(reset) = rate_limit_reset(headers, now) {
            return reset;
        }
        self.backoff(retry, draw)
    }
}

/// The statuses worth another try. A 429 means the request was refused unread, so anything may be
/// sent again. A 5xx (a fault, or a gateway that gave up waiting) may come after the change was
/// made: a read is simply repeated, a change never blindly; its caller re-reads the state first.
pub fn is_retryable(status: StatusCode, idempotent: bool) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || (idempotent && matches!(status.as_u16(), 500 | 502 | 503 | 504))
}

/// `Retry-After` as delay-seconds or an HTTP-date.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
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
        // SR-40: min(5·2^(n-1), 30) · U(0.7, 1.3).
        assert_eq!(P.backoff(1, 0.5), Duration::from_secs(5));
        assert_eq!(P.backoff(2, 0.5), Duration::from_secs(10));
        assert_eq!(P.backoff(3, 0.5), Duration::from_secs(20));
        assert_eq!(P.backoff(4, 0.5), Duration::from_secs(30));
        assert_eq!(P.backoff(9, 0.5), Duration::from_secs(30));
        assert_eq!(P.backoff(1, 0.0), Duration::from_millis(3_500));
        assert_eq!(P.backoff(4, 0.999_999).as_millis(), 38_999);
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
        assert_eq!(P.wait(&seconds, 1, 0.0, now), Duration::from_secs(7));
        assert!(P.wait(&seconds, 1, 0.99, now) <= Duration::from_secs_f64(7.0 * 1.3));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(12));
        assert_eq!(P.wait(&headers(&[("retry-after", &date)]), 3, 0.0, now), Duration::from_secs(12));
        // A date in the past means "now", never a negative wait.
        let past = httpdate::fmt_http_date(now - Duration::from_secs(5));
        assert_eq!(retry_after(&headers(&[("retry-after", &past)]), now), Some(Duration::ZERO));
    }

    #[test]
    fn without_retry_after_the_reset_time_then_backoff_decide() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let reset =
            DateTime::<Utc>::from(now + Duration::from_secs(9)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        assert_eq!(P.wait(&headers(&[("x-ratelimit-reset", &reset)]), 1, 0.5, now), Duration::from_secs(9));
        let jira = DateTime::<Utc>::from(now + Duration::from_secs(120)).format("%Y-%m-%dT%H:%MZ").to_string();
        let waited = P.wait(&headers(&[("x-ratelimit-reset", &jira)]), 1, 0.5, now);
        assert!(waited <= Duration::from_secs(120) && waited >= Duration::from_secs(60), "{waited:?}");
        assert_eq!(P.wait(&HeaderMap::new(), 2, 0.5, now), Duration::from_secs(10));
        assert_eq!(P.wait(&headers(&[("x-ratelimit-reset", "garbage")]), 1, 0.5, now), Duration::from_secs(5));
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
