//! An outage that tests switch on and off while the simulator runs (`PUT /__sim/outage`, ended by
//! `DELETE /__sim/outage`): requests to the paths it names get no answer at all, or an error
//! status, until it ends. Tests use it to show what an admin sees when Atlassian hangs or fails
//! for one endpoint, over real HTTP, without slowing the rest of the organisation (the sync, the
//! sign-in checks) that the same simulator serves meanwhile.

use std::{
    sync::{Mutex, PoisonError},
    time::Duration,
};

use http::StatusCode;

/// How long a silent outage holds a request before a gateway-style 504: far longer than any
/// caller of ours waits, so the caller's own deadline is what ends the request.
pub const SILENT_HOLD: Duration = Duration::from_secs(120);

/// What the paths of an outage answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutageAnswer {
    /// Nothing, for [`SILENT_HOLD`].
    Silent,
    /// This status at once: 429 (with a minute's `Retry-After` where the family sends one) or a 5xx.
    Status(StatusCode),
}

impl OutageAnswer {
    /// `"silent"`, or a status: 429, or 500 to 504.
    pub fn parse(value: &serde_json::Value) -> Result<OutageAnswer, String> {
        let refused = || format!("unknown outage answer {value}: expected \"silent\", 429 or 500 to 504");
        match value {
            serde_json::Value::String(s) if s == "silent" => Ok(OutageAnswer::Silent),
            serde_json::Value::Number(n) => match n.as_u64() {
                Some(code @ (429 | 500..=504)) => {
                    StatusCode::from_u16(code as u16).map(OutageAnswer::Status).map_err(|_| refused())
                }
                _ => Err(refused()),
            },
            _ => Err(refused()),
        }
    }
}

/// The outage in force, if any: exact request paths and what they answer.
#[derive(Debug, Default)]
pub struct Outage(Mutex<Option<(Vec<String>, OutageAnswer)>>);

impl Outage {
    /// Starts an outage of these paths (replacing any other), or ends it with `None`.
    pub fn set(&self, outage: Option<(Vec<String>, OutageAnswer)>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = outage;
    }

    /// What a request to `path` gets while the outage lasts (`None`: it is served normally).
    pub fn answer_for(&self, path: &str) -> Option<OutageAnswer> {
        let outage = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let (paths, answer) = outage.as_ref()?;
        paths.iter().any(|p| p == path).then_some(*answer)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn answers_are_silence_or_an_error_status() {
        assert_eq!(OutageAnswer::parse(&json!("silent")), Ok(OutageAnswer::Silent));
        assert_eq!(OutageAnswer::parse(&json!(503)), Ok(OutageAnswer::Status(StatusCode::SERVICE_UNAVAILABLE)));
        assert_eq!(OutageAnswer::parse(&json!(429)), Ok(OutageAnswer::Status(StatusCode::TOO_MANY_REQUESTS)));
        for bad in [json!(200), json!(404), json!(505), json!("slow"), json!(null), json!(-1)] {
            assert!(OutageAnswer::parse(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_the_named_paths_are_out_until_it_ends() {
        let outage = Outage::default();
        assert_eq!(outage.answer_for("/admin/v1/orgs"), None);
        outage.set(Some((vec!["/admin/v1/orgs".into()], OutageAnswer::Silent)));
        assert_eq!(outage.answer_for("/admin/v1/orgs"), Some(OutageAnswer::Silent));
        assert_eq!(outage.answer_for("/admin/v1/orgs/o-1/events"), None, "exact paths only");
        outage.set(None);
        assert_eq!(outage.answer_for("/admin/v1/orgs"), None);
    }
}
