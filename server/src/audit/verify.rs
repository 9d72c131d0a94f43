//! Verification: recompute every entry's hash, follow the chain from the first entry to
//! the last, and hold the log against the signed checkpoints. The first problem is named by its
//! `seq`: a hash that does not match is a modified entry; a gap or a link that does not match is an
//! entry deleted, inserted or moved; a log that ends before a checkpoint was cut short; a record in
//! the sink that the key did not sign is forged.
//!
//! A log whose oldest entries were removed by retention pruning starts after 1: its first entry
//! must chain to the last removed one, as the `audit_pruned` entry recorded it; checkpoints of
//! removed entries are then no truncation.

use std::collections::BTreeMap;

use app::{audit::AuditAction, code::Code};
use serde::Serialize;

use super::{
    checkpoint::{CheckpointInfo, CheckpointKind, Checkpoints, ErasedLog, Mark},
    retention::PrunedDetails,
};
use crate::store::{
    AuditRecord, Store, StoreError,
    audit_hash::{GENESIS, entry_hash},
};

/// Entries read per page: memory stays flat whatever the log's length.
const PAGE: u32 = 1_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The entry's contents do not match its hash.
    Modified,
    /// Entries are missing: a gap in `seq`, or oldest entries removed with no pruning recorded.
    Deleted,
    /// An entry that the next one's link skips over.
    Inserted,
    /// The entry does not link to the one before it (deleted, inserted, moved or rewritten).
    ChainBroken,
    /// The log ends before the last checkpoint's entry.
    Truncated,
    /// The entry is at a checkpointed `seq` but its hash is not the signed one (the log was
    /// rewritten and re-chained).
    CheckpointMismatch,
    /// A record in the checkpoint sink that the key did not sign.
    ForgedCheckpoint,
    /// The checkpoint sink cannot be read.
    CheckpointsUnreadable,
    /// The checkpoint sink no longer holds the checkpoint the database records as written last:
    /// it was deleted, replaced by an older copy, or cut short.
    CheckpointsMissing,
    /// An entry that cannot be read back at all.
    Unreadable,
    /// The `audit_pruned` entry the log's start depends on is newer than every checkpoint, so
    /// nothing signed vouches that this server, and not someone else, removed the oldest entries.
    UnsignedPruning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The first bad entry (for a forged checkpoint, the `seq` it claims; 0 when none applies).
    pub seq: i64,
    pub kind: ProblemKind,
    /// In plain words, for the admin.
    pub reason: String,
}

/// What verification found.
#[derive(Clone, Debug, Serialize)]
pub struct Verification {
    pub entries: u64,
    pub first_seq: Option<i64>,
    pub last_seq: Option<i64>,
    /// The newest genuine checkpoint of the current log.
    pub last_checkpoint: Option<CheckpointInfo>,
    /// The first problem; none when the log verifies.
    pub problem: Option<Problem>,
    /// The last time everything was erased, as its signed reset records it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub erased: Option<Erasure>,
}

/// An erasure of the whole log, as the checkpoints' signed reset records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Erasure {
    pub at: chrono::DateTime<chrono::Utc>,
    #[serde(flatten)]
    pub log: ErasedLog,
}

impl Erasure {
    /// In words, for `uam audit verify`.
    pub fn summary(&self) -> String {
        let log = &self.log;
        let before = if log.entries == 0 {
            "it was empty".to_owned()
        } else {
            format!("{} entries before it were signed, up to seq {} ({})", log.entries, log.last_seq, log.last_hash)
        };
        format!("the log was erased on {} by {}; {before}", self.at.to_rfc3339(), log.by)
    }
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }

    /// One line for the command line.
    pub fn summary(&self) -> String {
        let range = match (self.first_seq, self.last_seq) {
            (Some(first), Some(last)) => format!(", seq {first} to {last}"),
            _ => String::new(),
        };
        let checkpoint = self.last_checkpoint.as_ref().map_or_else(
            || "no checkpoint yet".to_owned(),
            |c| format!("last checkpoint at seq {} ({})", c.seq, c.at.to_rfc3339()),
        );
        match &self.problem {
            None => {
                let erased = self.erased.as_ref().map(|e| format!("; {}", e.summary())).unwrap_or_default();
                format!("audit log verified: {} entries{range}; {checkpoint}{erased}", self.entries)
            }
            Some(p) => format!("audit log NOT verified: entry {} {:?}: {}", p.seq, p.kind, p.reason),
        }
    }
}

/// The checkpoints of the current log (after the last reset), all genuine.
#[derive(Clone, Debug, Default)]
pub struct Signed {
    by_seq: BTreeMap<i64, CheckpointInfo>,
    /// Every genuine record of the sink, all epochs: (`seq`, hash).
    every: std::collections::BTreeSet<(i64, String)>,
    /// The checkpoint the database records as written last, and where the sink is.
    expected: Option<(Mark, String)>,
    last: Option<CheckpointInfo>,
    erased: Option<Erasure>,
}

impl Signed {
    /// Reads the sink: a record the key did not sign (or a line that is no record) is a forged
    /// checkpoint, and the first one found is the problem.
    pub fn read(checkpoints: &Checkpoints) -> Result<Signed, Problem> {
        let lines = checkpoints.read().map_err(|error| Problem {
            seq: 0,
            kind: ProblemKind::CheckpointsUnreadable,
            reason: error.to_string(),
        })?;
        let mut signed = Signed::default();
        for line in lines {
            let sink = checkpoints.paths().sink.display().to_string();
            let info = line.record.as_ref().filter(|_| line.genuine).and_then(|r| r.info().map(|i| (r.kind, i)));
            let Some((kind, info)) = info else {
                return Err(Problem {
                    seq: line.record.as_ref().map_or(0, |r| r.seq),
                    kind: ProblemKind::ForgedCheckpoint,
                    reason: format!(
                        "line {} of {sink} is not a checkpoint signed by the audit key {}",
                        line.line,
                        checkpoints.key_id().unwrap_or_else(|| "(no public key found)".into())
                    ),
                });
            };
            if let Some(log) = line.record.and_then(|r| r.erased) {
                signed.erased = Some(Erasure { at: info.at, log });
            }
            signed.add(kind, info);
        }
        Ok(signed)
    }

    /// What the database records as the newest checkpoint written ([`Mark`]): the sink, at
    /// `sink`, must still hold it.
    pub fn expect(&mut self, mark: Mark, sink: String) {
        self.expected = Some((mark, sink));
    }

    /// A checkpoint the database says was written that the sink no longer holds.
    fn lost(&self) -> Option<Problem> {
        let (mark, sink) = self.expected.as_ref()?;
        if self.every.contains(&(mark.seq, mark.hash.clone())) {
            return None;
        }
        problem(
            mark.seq,
            ProblemKind::CheckpointsMissing,
            format!(
                "the checkpoint of this entry, written at {}, is not in {sink}: the checkpoint file was deleted, replaced or cut short (restore it from your copy)",
                mark.at
            ),
        )
    }

    pub fn add(&mut self, kind: CheckpointKind, info: CheckpointInfo) {
        self.every.insert((info.seq, info.hash.clone()));
        if kind == CheckpointKind::Reset {
            self.by_seq.clear();
        }
        self.by_seq.insert(info.seq, info.clone());
        self.last = Some(info);
    }
}

/// Follows the log entry by entry (oldest first); the first problem stops it.
#[derive(Debug)]
pub struct Verifier {
    signed: Signed,
    entries: u64,
    /// The first entry's `seq` and link.
    first: Option<(i64, String)>,
    /// The previous entry's `seq` and hash, and the hash of the one before it.
    prev: Option<(i64, String)>,
    before_prev: Option<String>,
    /// What `audit_pruned` entries say was removed last, (`seq`, hash), and where they say it.
    pruned: BTreeMap<(i64, String), i64>,
    problem: Option<Problem>,
}

fn problem(seq: i64, kind: ProblemKind, reason: String) -> Option<Problem> {
    Some(Problem { seq, kind, reason })
}

impl Verifier {
    pub fn new(signed: Signed) -> Verifier {
        Verifier {
            signed,
            entries: 0,
            first: None,
            prev: None,
            before_prev: None,
            pruned: BTreeMap::new(),
            problem: None,
        }
    }

    pub fn failed(&self) -> bool {
        self.problem.is_some()
    }

    /// Stops with `problem` (an entry that could not be read).
    pub fn stop(&mut self, seq: i64, kind: ProblemKind, reason: String) {
        if self.problem.is_none() {
            self.problem = problem(seq, kind, reason);
        }
    }

    /// The next entry, in `seq` order.
    pub fn feed(&mut self, entry: &AuditRecord) {
        if self.problem.is_some() {
            return;
        }
        self.entries += 1;
        self.problem = self.link(entry).or_else(|| self.contents(entry));
        if self.problem.is_some() {
            return;
        }
        if entry.entry.action == AuditAction::AuditPruned.code()
            && let Ok(details) = serde_json::from_value::<PrunedDetails>(entry.entry.details.clone())
        {
            self.pruned.insert((details.last_removed.seq, details.last_removed.hash), entry.seq);
        }
        self.before_prev = self.prev.take().map(|(_, hash)| hash);
        self.prev = Some((entry.seq, entry.hash.clone()));
    }

    /// Whether the entry follows the previous one.
    fn link(&mut self, entry: &AuditRecord) -> Option<Problem> {
        let seq = entry.seq;
        let Some((prev_seq, prev_hash)) = &self.prev else {
            self.first = Some((seq, entry.prev_hash.clone()));
            if seq <= 1 {
                return (entry.prev_hash != GENESIS).then(|| Problem {
                    seq,
                    kind: ProblemKind::ChainBroken,
                    reason: "the first entry does not start a new chain (its previous hash is not the genesis hash)"
                        .into(),
                });
            }
            // A pruned log: the link to the last removed entry is checked at the end, against
            // the `audit_pruned` entry that recorded it (and against a checkpoint of it here).
            let checkpointed = self.signed.by_seq.get(&(seq - 1));
            return checkpointed.filter(|c| c.hash != entry.prev_hash).and_then(|c| {
                problem(
                    seq,
                    ProblemKind::ChainBroken,
                    format!("it does not follow entry {} as the checkpoint of {} signed it", c.seq, c.at.to_rfc3339()),
                )
            });
        };
        if seq != prev_seq + 1 {
            let missing = prev_seq + 1;
            let range = if seq - 1 > missing { format!("{missing} to {}", seq - 1) } else { missing.to_string() };
            return problem(
                missing,
                ProblemKind::Deleted,
                format!("entry {range} is missing: the log goes from {prev_seq} to {seq}"),
            );
        }
        if &entry.prev_hash == prev_hash {
            return None;
        }
        if self.before_prev.as_ref() == Some(&entry.prev_hash) {
            return problem(
                *prev_seq,
                ProblemKind::Inserted,
                format!("entry {seq} links to entry {}, so entry {prev_seq} was inserted", prev_seq - 1),
            );
        }
        problem(
            seq,
            ProblemKind::ChainBroken,
            format!(
                "it does not link to entry {prev_seq}: an entry was deleted, inserted or moved here, or entry {prev_seq} was rewritten"
            ),
        )
    }

    /// Whether the entry's contents are what was hashed, and what a checkpoint signed.
    fn contents(&self, entry: &AuditRecord) -> Option<Problem> {
        if entry_hash(&entry.prev_hash, entry.seq, &entry.entry) != entry.hash {
            return problem(
                entry.seq,
                ProblemKind::Modified,
                "its contents do not match its hash: the entry was modified".into(),
            );
        }
        let checkpoint = self.signed.by_seq.get(&entry.seq).filter(|c| c.hash != entry.hash)?;
        problem(
            entry.seq,
            ProblemKind::CheckpointMismatch,
            format!(
                "its hash is not the one the checkpoint of {} signed: the log was rewritten up to here",
                checkpoint.at.to_rfc3339()
            ),
        )
    }

    /// The end of the log: what the checkpoints and the pruning records say must be there.
    pub fn finish(mut self) -> Verification {
        let last_seq = self.prev.as_ref().map(|(seq, _)| *seq);
        if self.problem.is_none() {
            self.problem = self.anchored().or_else(|| self.not_truncated(last_seq)).or_else(|| self.signed.lost());
        }
        Verification {
            entries: self.entries,
            first_seq: self.first.as_ref().map(|(seq, _)| *seq),
            last_seq,
            last_checkpoint: self.signed.last.clone(),
            problem: self.problem,
            erased: self.signed.erased.clone(),
        }
    }

    /// A log that starts after 1 must start where a recorded pruning ended, and that record must
    /// be covered by a checkpoint (the server checkpoints right after pruning).
    fn anchored(&self) -> Option<Problem> {
        let (first, link) = self.first.as_ref().filter(|(seq, _)| *seq > 1)?;
        if let Some(&recorded) = self.pruned.get(&(first - 1, link.clone())) {
            let newest = self.signed.by_seq.last_key_value().map(|(seq, _)| *seq);
            return newest.filter(|newest| *newest < recorded).and_then(|newest| {
                problem(
                    recorded,
                    ProblemKind::UnsignedPruning,
                    format!(
                        "this entry records removing the entries before {first}, but the last checkpoint is of entry {newest}: nothing signed vouches for the removal"
                    ),
                )
            });
        }
        let from = self.pruned.keys().map(|(seq, _)| seq + 1).filter(|seq| seq < first).max().unwrap_or(1);
        let range = if *first - 1 > from { format!("{from} to {}", first - 1) } else { from.to_string() };
        problem(
            from,
            ProblemKind::Deleted,
            format!("entry {range} is missing and no audit_pruned entry records removing it"),
        )
    }

    /// Every checkpointed entry of this log must still be there.
    fn not_truncated(&self, last_seq: Option<i64>) -> Option<Problem> {
        let (_, newest) = self.signed.by_seq.last_key_value()?;
        let last = last_seq.unwrap_or(0);
        (newest.seq > last).then(|| Problem {
            seq: last + 1,
            kind: ProblemKind::Truncated,
            reason: format!(
                "the log ends at entry {last} but the checkpoint of {} covers entries up to {}: the end of the log was removed",
                newest.at.to_rfc3339(),
                newest.seq
            ),
        })
    }
}

/// Verifies the whole log in `store` against the checkpoints' sink, page by page.
pub async fn verify(store: &dyn Store, checkpoints: &Checkpoints) -> Result<Verification, StoreError> {
    // Read before the sink: the server writes a checkpoint to the sink before it records it here,
    // so whatever this mark says is already in the sink when the sink is read.
    let mark = match Mark::read(store).await {
        Ok(mark) => mark,
        Err(StoreError::Corrupt(reason)) => {
            let reason = format!("the record of the last checkpoint written cannot be read: {reason}");
            return Ok(Verification {
                entries: 0,
                first_seq: None,
                last_seq: None,
                last_checkpoint: None,
                problem: problem(0, ProblemKind::CheckpointsMissing, reason),
                erased: None,
            });
        }
        Err(error) => return Err(error),
    };
    let signed = match Signed::read(checkpoints) {
        Ok(signed) => signed,
        Err(problem) => {
            return Ok(Verification {
                entries: 0,
                first_seq: None,
                last_seq: None,
                last_checkpoint: None,
                problem: Some(problem),
                erased: None,
            });
        }
    };
    let mut signed = signed;
    if let Some(mark) = mark {
        signed.expect(mark, checkpoints.paths().sink.display().to_string());
    }
    let mut verifier = Verifier::new(signed);
    let mut after = 0;
    while !verifier.failed() {
        let page = match store.audit_entries(after, PAGE).await {
            Ok(page) => page,
            Err(StoreError::Corrupt(reason)) => {
                verifier.stop(
                    after + 1,
                    ProblemKind::Unreadable,
                    format!("the entry after {after} cannot be read: {reason}"),
                );
                break;
            }
            Err(error) => return Err(error),
        };
        let Some(last) = page.last() else { break };
        after = last.seq;
        for entry in &page {
            verifier.feed(entry);
        }
    }
    Ok(verifier.finish())
}

#[cfg(test)]
mod tests {
    use app::audit::AuditOutcome;
    use chrono::{TimeDelta, TimeZone, Utc};
    use serde_json::json;

    use super::*;
    use crate::store::AuditEntry;

    /// A well-formed log of `n` entries.
    fn log(n: i64) -> Vec<AuditRecord> {
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("time");
        let mut records: Vec<AuditRecord> = Vec::new();
        for seq in 1..=n {
            let entry = AuditEntry {
                at: start + TimeDelta::minutes(seq),
                details: json!({ "n": seq }),
                ..AuditEntry::new("system", "test", "ok")
            };
            records.push(chain(records.last(), seq, entry));
        }
        records
    }

    fn chain(prev: Option<&AuditRecord>, seq: i64, entry: AuditEntry) -> AuditRecord {
        let prev_hash = prev.map_or_else(|| GENESIS.to_owned(), |p| p.hash.clone());
        let hash = entry_hash(&prev_hash, seq, &entry);
        AuditRecord { seq, entry, prev_hash, hash }
    }

    fn check(records: &[AuditRecord], signed: Signed) -> Verification {
        let mut verifier = Verifier::new(signed);
        for r in records {
            verifier.feed(r);
        }
        verifier.finish()
    }

    fn at(records: &[AuditRecord], seq: i64) -> Signed {
        let mut signed = Signed::default();
        let r = &records[usize::try_from(seq - 1).expect("seq")];
        signed.add(CheckpointKind::Checkpoint, CheckpointInfo { seq, hash: r.hash.clone(), at: Utc::now() });
        signed
    }

    fn problem_of(v: &Verification) -> (i64, ProblemKind) {
        let p = v.problem.as_ref().expect("a problem");
        (p.seq, p.kind)
    }

    #[test]
    fn a_clean_log_verifies_with_its_range_and_checkpoint() {
        let records = log(20);
        let v = check(&records, at(&records, 15));
        assert!(v.is_ok(), "{v:?}");
        assert_eq!((v.entries, v.first_seq, v.last_seq), (20, Some(1), Some(20)));
        assert_eq!(v.last_checkpoint.as_ref().map(|c| c.seq), Some(15));
        assert!(v.summary().contains("20 entries"));
        let empty = check(&[], Signed::default());
        assert!(empty.is_ok() && empty.entries == 0);
    }

    #[test]
    fn a_modified_entry_is_named() {
        let mut records = log(10);
        records[6].entry.outcome = "denied".into();
        assert_eq!(problem_of(&check(&records, Signed::default())), (7, ProblemKind::Modified));
    }

    #[test]
    fn a_rewritten_and_rehashed_entry_breaks_the_next_link() {
        let mut records = log(10);
        records[3].entry.actor = "someone else".into();
        records[3].hash = entry_hash(&records[3].prev_hash, 4, &records[3].entry);
        assert_eq!(problem_of(&check(&records, Signed::default())), (5, ProblemKind::ChainBroken));
    }

    #[test]
    fn a_gap_is_a_deletion_of_the_first_missing_entry() {
        let mut records = log(10);
        records.drain(3..5);
        let v = check(&records, Signed::default());
        assert_eq!(problem_of(&v), (4, ProblemKind::Deleted));
        assert!(v.problem.expect("problem").reason.contains("4 to 5"));
    }

    #[test]
    fn an_insertion_with_renumbering_names_the_inserted_entry() {
        let records = log(10);
        let mut tampered: Vec<AuditRecord> = records[..4].to_vec();
        let forged = AuditEntry { at: records[3].entry.at, ..AuditEntry::new("system", "forged", "ok") };
        tampered.push(chain(tampered.last(), 5, forged));
        for r in &records[4..] {
            tampered.push(AuditRecord { seq: r.seq + 1, ..r.clone() });
        }
        assert_eq!(problem_of(&check(&tampered, Signed::default())), (5, ProblemKind::Inserted));
    }

    #[test]
    fn swapped_entries_are_named_at_the_first_of_them() {
        let mut records = log(10);
        let (a, b) = (records[2].clone(), records[6].clone());
        records[2] = AuditRecord { seq: 3, ..b };
        records[6] = AuditRecord { seq: 7, ..a };
        assert_eq!(problem_of(&check(&records, Signed::default())), (3, ProblemKind::ChainBroken));
        // Swapping only the contents (each keeps its own links) is a modification.
        let mut records = log(10);
        let (a, b) = (records[2].entry.clone(), records[3].entry.clone());
        records[2].entry = b;
        records[3].entry = a;
        assert_eq!(problem_of(&check(&records, Signed::default())), (3, ProblemKind::Modified));
    }

    #[test]
    fn truncation_before_the_last_checkpoint_is_caught_and_after_it_is_not() {
        let records = log(10);
        let signed = at(&records, 8);
        assert_eq!(problem_of(&check(&records[..6], signed.clone())), (7, ProblemKind::Truncated));
        assert!(check(&records[..8], signed.clone()).is_ok(), "up to the checkpoint is all it can vouch for");
        assert_eq!(problem_of(&check(&[], signed)), (1, ProblemKind::Truncated));
    }

    #[test]
    fn a_log_rewritten_and_rechained_past_a_checkpoint_is_caught() {
        let records = log(10);
        let signed = at(&records, 6);
        let mut rewritten: Vec<AuditRecord> = records[..3].to_vec();
        for r in &records[3..] {
            let entry = AuditEntry { actor: "intruder".into(), ..r.entry.clone() };
            rewritten.push(chain(rewritten.last(), r.seq, entry));
        }
        assert_eq!(problem_of(&check(&rewritten, signed)), (6, ProblemKind::CheckpointMismatch));
    }

    fn pruned_log(records: &[AuditRecord], removed_up_to: i64) -> Vec<AuditRecord> {
        let last_removed = &records[usize::try_from(removed_up_to - 1).expect("seq")];
        let mut kept: Vec<AuditRecord> = records[usize::try_from(removed_up_to).expect("seq")..].to_vec();
        let details = json!({
            "count": removed_up_to,
            "cutoff": "2026-01-01T00:30:00Z",
            "last_removed": { "seq": last_removed.seq, "hash": last_removed.hash },
        });
        let entry = AuditEntry { details, ..AuditEntry::new("system", AuditAction::AuditPruned, AuditOutcome::Ok) };
        let next = kept.last().map_or(1, |r| r.seq + 1);
        kept.push(chain(kept.last(), next, entry));
        kept
    }

    /// `signed` with a checkpoint of the last of `records` too.
    fn and_head(mut signed: Signed, records: &[AuditRecord]) -> Signed {
        let head = records.last().expect("a head");
        signed
            .add(CheckpointKind::Checkpoint, CheckpointInfo { seq: head.seq, hash: head.hash.clone(), at: Utc::now() });
        signed
    }

    #[test]
    fn a_pruned_log_verifies_and_its_old_checkpoints_are_no_truncation() {
        let records = log(10);
        let kept = pruned_log(&records, 4);
        let v = check(&kept, and_head(at(&records, 3), &kept));
        assert!(v.is_ok(), "{v:?}");
        assert_eq!((v.first_seq, v.last_seq, v.entries), (Some(5), Some(11), 7));
        let v = check(&kept, and_head(at(&records, 4), &kept));
        assert!(v.is_ok(), "a checkpoint of the last removed entry matches its link: {v:?}");
        assert!(check(&kept, Signed::default()).is_ok(), "with no checkpoint at all, the chain is all there is");
    }

    #[test]
    fn a_pruning_newer_than_every_checkpoint_is_not_vouched_for() {
        let records = log(10);
        let kept = pruned_log(&records, 4);
        assert_eq!(problem_of(&check(&kept, at(&records, 8))), (11, ProblemKind::UnsignedPruning));
    }

    #[test]
    fn a_pruned_log_still_catches_tampering() {
        let records = log(10);
        // Oldest entries removed with no pruning recorded.
        assert_eq!(problem_of(&check(&records[4..], Signed::default())), (1, ProblemKind::Deleted));
        // More removed than the pruning recorded.
        let mut kept = pruned_log(&records, 4);
        kept.remove(0);
        assert_eq!(problem_of(&check(&kept, Signed::default())), (5, ProblemKind::Deleted));
        // A modified entry after the pruning.
        let mut kept = pruned_log(&records, 4);
        kept[2].entry.target = Some("x".into());
        assert_eq!(problem_of(&check(&kept, Signed::default())), (7, ProblemKind::Modified));
        // A checkpoint of the last removed entry that its successor does not link to.
        let kept = pruned_log(&records, 4);
        let mut signed = Signed::default();
        signed.add(CheckpointKind::Checkpoint, CheckpointInfo { seq: 4, hash: "f".repeat(64), at: Utc::now() });
        assert_eq!(problem_of(&check(&kept, signed)), (5, ProblemKind::ChainBroken));
    }

    #[test]
    fn a_reset_starts_a_new_epoch_of_checkpoints() {
        let old = log(10);
        let mut signed = at(&old, 9);
        let new = log(2);
        assert_eq!(problem_of(&check(&new, signed.clone())), (3, ProblemKind::Truncated));
        signed.add(CheckpointKind::Reset, CheckpointInfo { seq: 1, hash: new[0].hash.clone(), at: Utc::now() });
        assert!(check(&new, signed).is_ok());
    }

    #[test]
    fn a_checkpoint_recorded_as_written_that_the_sink_lost_is_named() {
        let records = log(10);
        let mark = || Mark { seq: 8, hash: records[7].hash.clone(), at: "2026-01-01T00:09:00.000000Z".into() };
        let mut held = at(&records, 8);
        held.expect(mark(), "cp.jsonl".into());
        assert!(check(&records, held).is_ok());
        // The sink deleted (or cut before that line): no checkpoint is not "none yet".
        let mut lost = Signed::default();
        lost.expect(mark(), "cp.jsonl".into());
        let v = check(&records, lost.clone());
        assert_eq!(
            v.summary(),
            "audit log NOT verified: entry 8 CheckpointsMissing: the checkpoint of this entry, written at \
             2026-01-01T00:09:00.000000Z, is not in cp.jsonl: the checkpoint file was deleted, replaced or cut short \
             (restore it from your copy)"
        );
        // Cut back to an older checkpoint: the newer one is still missing.
        let mut older = at(&records, 5);
        older.expect(mark(), "cp.jsonl".into());
        assert_eq!(problem_of(&check(&records, older)), (8, ProblemKind::CheckpointsMissing));
        // A checkpoint of the log before a reset stays in the sink and still counts as held.
        let mut reset = at(&records, 8);
        let new = log(1);
        reset.add(CheckpointKind::Reset, CheckpointInfo { seq: 1, hash: new[0].hash.clone(), at: Utc::now() });
        reset.expect(mark(), "cp.jsonl".into());
        assert!(check(&new, reset).is_ok());
        // Without any record of a checkpoint written (a new install), none is expected.
        assert!(check(&records, Signed::default()).is_ok());
    }

    #[test]
    fn the_first_entry_must_start_at_the_genesis_hash() {
        let mut records = log(3);
        records[0].prev_hash = "1".repeat(64);
        records[0].hash = entry_hash(&records[0].prev_hash, 1, &records[0].entry);
        assert_eq!(problem_of(&check(&records, Signed::default())), (1, ProblemKind::ChainBroken));
    }
}
