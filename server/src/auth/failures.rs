//! Refused sign-ins, written to the audit log without letting anyone who has not signed in write
//! a row per request. The first refusal of a kind (a client, the login it typed, the reason) is
//! written at once; repeats within the minute are counted in memory and written as one entry
//! with their count once the minute is over. Only a few new kinds a minute get entries of their
//! own; past that (a spray of logins or addresses) they are counted together under `anonymous`.
//! Every entry goes through the ordinary append, so the hash chain stays whole.
//!
//! Counts not yet written when the process stops are lost (at most a minute's repeats); the
//! limiter still counted every one of them.

use std::{
    collections::{HashMap, hash_map::Entry},
    sync::{
        Arc, Mutex, PoisonError,
        atomic::{AtomicBool, Ordering},
    },
};

use app::audit::{AuditAction, AuditOutcome};
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

use crate::store::{AuditEntry, Store};

/// Each kind of refusal is written at most once in this time.
const MINUTE: TimeDelta = TimeDelta::minutes(1);
/// New kinds that get entries of their own, per minute.
const NEW_PER_MINUTE: usize = 10;
/// Kinds held at most (they leave once a minute passes without a repeat).
const MAX_KINDS: usize = 1_000;
/// How often held counts are looked at; a count is written within this much after its minute.
const FLUSH_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// What was refused, to whom and why: the unit that is counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Refused {
    /// `local` or `atlassian`.
    pub via: &'static str,
    /// Who it claimed to be: `local:<the login as typed, cut>`, or `anonymous`.
    pub actor: String,
    /// The refusal code (`invalid`, `locked`, `state`, ...).
    pub reason: &'static str,
    /// The client's address; empty where one count covers every client (unknown OAuth states).
    pub address: String,
}

impl Refused {
    /// The kind a refusal is counted under once too many kinds were seen this minute.
    fn crowd(&self) -> Refused {
        Refused { actor: "anonymous".into(), address: "many".into(), ..self.clone() }
    }

    fn entry(&self, count: u64, since: DateTime<Utc>, now: DateTime<Utc>) -> AuditEntry {
        let mut details = json!({ "via": self.via, "reason": self.reason, "count": count });
        if !self.address.is_empty() {
            details["from"] = json!(self.address);
        }
        if count > 1 {
            details["since"] = json!(since);
        }
        AuditEntry {
            at: now,
            auth_via: Some(self.via.into()),
            details,
            ..AuditEntry::new(&self.actor, AuditAction::SignIn, AuditOutcome::Denied)
        }
    }
}

#[derive(Clone, Copy)]
struct Tally {
    written_at: DateTime<Utc>,
    unwritten: u64,
}

struct State {
    tallies: HashMap<Refused, Tally>,
    minute: DateTime<Utc>,
    admitted: usize,
}

pub struct Refusals {
    state: Mutex<State>,
    flushing: AtomicBool,
}

impl Default for Refusals {
    fn default() -> Refusals {
        Refusals {
            state: Mutex::new(State { tallies: HashMap::new(), minute: DateTime::<Utc>::MIN_UTC, admitted: 0 }),
            flushing: AtomicBool::new(false),
        }
    }
}

impl Refusals {
    /// Counts a refusal; the entry to write now, if one is due.
    fn count(&self, refused: Refused, now: DateTime<Utc>) -> Option<AuditEntry> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if now - state.minute >= MINUTE {
            state.minute = now;
            state.admitted = 0;
        }
        let key = if state.tallies.contains_key(&refused) {
            refused
        } else if state.admitted < NEW_PER_MINUTE && state.tallies.len() < MAX_KINDS {
            state.admitted += 1;
            refused
        } else {
            // A handful of crowd kinds at most (one per sign-in method and reason).
            refused.crowd()
        };
        match state.tallies.entry(key) {
            Entry::Vacant(vacant) => {
                let entry = vacant.key().entry(1, now, now);
                vacant.insert(Tally { written_at: now, unwritten: 0 });
                Some(entry)
            }
            Entry::Occupied(mut occupied) => {
                let Tally { written_at, unwritten } = *occupied.get();
                if now - written_at >= MINUTE {
                    let entry = occupied.key().entry(unwritten + 1, written_at, now);
                    *occupied.get_mut() = Tally { written_at: now, unwritten: 0 };
                    Some(entry)
                } else {
                    occupied.get_mut().unwritten += 1;
                    None
                }
            }
        }
    }

    /// The entries whose minute is over, with their counts; kinds with nothing left to say go.
    fn due(&self, now: DateTime<Utc>) -> Vec<AuditEntry> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let mut due = Vec::new();
        state.tallies.retain(|refused, tally| {
            if now - tally.written_at < MINUTE {
                return true;
            }
            if tally.unwritten == 0 {
                return false;
            }
            due.push(refused.entry(tally.unwritten, tally.written_at, now));
            *tally = Tally { written_at: now, unwritten: 0 };
            true
        });
        due
    }

    fn holding(&self) -> bool {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).tallies.values().any(|t| t.unwritten > 0)
    }

    /// Records a refusal: written now if it is the first of its kind this minute, else counted
    /// and written with the others when the minute is over.
    pub async fn record(self: &Arc<Self>, store: &Arc<dyn Store>, refused: Refused) {
        match self.count(refused, Utc::now()) {
            Some(entry) => {
                let _ = crate::audit::append(store.as_ref(), &entry).await;
            }
            None => self.flush_later(store),
        }
    }

    /// Writes the held counts as their minutes end, in one background task while any are held.
    fn flush_later(self: &Arc<Self>, store: &Arc<dyn Store>) {
        if self.flushing.swap(true, Ordering::AcqRel) {
            return;
        }
        let (refusals, store) = (Arc::clone(self), Arc::clone(store));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(FLUSH_EVERY).await;
                for entry in refusals.due(Utc::now()) {
                    let _ = crate::audit::append(store.as_ref(), &entry).await;
                }
                if refusals.holding() {
                    continue;
                }
                refusals.flushing.store(false, Ordering::Release);
                // A count that arrived between the look and the store above found the flag set
                // and left it to this task: take it back unless another task already has.
                if !refusals.holding() || refusals.flushing.swap(true, Ordering::AcqRel) {
                    break;
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrong(login: &str, address: &str) -> Refused {
        Refused { via: "local", actor: format!("local:{login}"), reason: "invalid", address: address.into() }
    }

    #[test]
    fn repeats_within_a_minute_are_one_entry_with_their_count() {
        let refusals = Refusals::default();
        let t0 = Utc::now();
        let first = refusals.count(wrong("alice", "10.0.0.1"), t0).expect("the first is written at once");
        assert_eq!(first.details["count"], 1);
        assert_eq!(first.details["from"], "10.0.0.1");
        for s in 1..=30 {
            assert!(refusals.count(wrong("alice", "10.0.0.1"), t0 + TimeDelta::seconds(s)).is_none());
        }
        assert!(refusals.due(t0 + TimeDelta::seconds(59)).is_empty());
        let due = refusals.due(t0 + TimeDelta::seconds(61));
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].details["count"], 30);
        assert_eq!(due[0].actor, "local:alice");
        // Nothing more: the kind goes once a quiet minute passed, and its next refusal is written.
        assert!(refusals.due(t0 + TimeDelta::seconds(122)).is_empty());
        assert!(!refusals.holding());
        assert!(refusals.count(wrong("alice", "10.0.0.1"), t0 + TimeDelta::seconds(123)).is_some());
    }

    #[test]
    fn a_spray_of_kinds_is_counted_together() {
        let refusals = Refusals::default();
        let t0 = Utc::now();
        let written: Vec<_> =
            (0..10_000).filter_map(|i| refusals.count(wrong(&format!("u{i}"), &format!("10.0.{i}.1")), t0)).collect();
        // Ten kinds of their own and one for the crowd.
        assert_eq!(written.len(), NEW_PER_MINUTE + 1);
        assert_eq!(written[NEW_PER_MINUTE].actor, "anonymous");
        let due = refusals.due(t0 + MINUTE);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].details["count"], 10_000 - NEW_PER_MINUTE as u64 - 1);
        assert_eq!(due[0].details["from"], "many");
    }
}
