//! Settling calls whose outcome is unknown: never by sending again blindly, always by re-reading
//! the user first. After a timeout or a server error, one read for all the unanswered users of a
//! round decides, for each, whether the change is there (carry on), is not (send it again, a few
//! times at most) or cannot be told. After a restart, the users caught mid-call are re-read the
//! same way before the job carries on.

use std::collections::HashMap;

use app::{
    audit::AuditOutcome,
    bulk::{ItemState, JobItem, Skip, Step, Verdict},
    code::Code,
};
use serde_json::json;

use super::{
    live::LOOKUP_BATCH,
    plan,
    run::{Run, Stop, Turn, with},
};
use crate::store::{AuditEntry, ItemUpdate};

/// Sends of one step at most, each after a re-read showed it had not happened.
const MAX_SENDS: u32 = 4;

impl Run<'_> {
    /// Users whose call went unanswered: one read for all of them decides, for each, whether the
    /// change is there (carry on), is not (send it again, a few times at most) or cannot be told.
    /// Those to carry on with are handed back; the others' outcome is stored.
    pub(super) async fn settle(&self, unsettled: Vec<Turn>) -> Result<Vec<Turn>, Stop> {
        let ids: Vec<String> = unsettled.iter().map(|t| t.item.account_id.clone()).collect();
        let mut live = HashMap::new();
        for chunk in ids.chunks(LOOKUP_BATCH) {
            if let Ok(found) = self.read(chunk).await {
                live.extend(found);
            }
        }
        let mut ready = Vec::new();
        let mut resending = false;
        for mut turn in unsettled {
            let Some(step) = turn.steps.first().cloned() else { continue };
            let applied = live.get(&turn.item.account_id).and_then(|l| plan::in_effect(&step, l, &self.ctx));
            let entry = AuditEntry {
                details: json!({ "step": step, "object": step.object(), "reread": applied }),
                ..self.entry(
                    self.action,
                    if applied == Some(true) { AuditOutcome::Ok } else { AuditOutcome::Reread },
                    &turn.item,
                )
            };
            self.audit(entry).await?;
            let reason = match applied {
                Some(true) => {
                    turn.note = Some("no answer; the change was found in place on re-reading".to_owned());
                    turn.next_step();
                    None
                }
                Some(false) if turn.sends < MAX_SENDS => {
                    resending = true;
                    None
                }
                Some(false) => Some(format!("no answer after {MAX_SENDS} attempts, outcome unknown")),
                None => Some("no answer, and the re-read failed: outcome unknown".to_owned()),
            };
            match reason {
                Some(reason) => {
                    let update = ItemUpdate {
                        steps: Some(with(&turn.done, &step)),
                        reason: Some(reason),
                        ..ItemUpdate::new(ItemState::Unknown)
                    };
                    self.bulk.org.store().update_item(&self.job.id, turn.seq, &update).await?;
                }
                None => ready.push(turn),
            }
        }
        if resending {
            // One short pause for the whole round, so a resend never follows its fault at once.
            tokio::time::sleep(self.bulk.resend_pause).await;
        }
        Ok(ready)
    }

    /// Users caught mid-call by a crash, up to a hundred: their intent was written, their
    /// answer never was, so the call may or may not have reached Atlassian. Each is re-read: what
    /// is in place is done; what is not was never applied and is handed back to be sent now (the
    /// normal path, so a call left unanswered again is settled by re-reading, never repeated
    /// blindly). Only a user who cannot be read stays "unknown": then Atlassian itself cannot
    /// tell.
    pub(super) async fn reread_interrupted(&self, chunk: &[(i64, JobItem)]) -> Result<Vec<Turn>, Stop> {
        let ids: Vec<String> = chunk.iter().map(|(_, i)| i.account_id.clone()).collect();
        let live = self.read(&ids).await;
        let mut resend = Vec::new();
        for (seq, item) in chunk {
            let current = match &live {
                Ok(live) => self.current(live, item),
                Err(error) => {
                    let reason = "interrupted, and the re-read failed: outcome unknown";
                    let entry = AuditEntry {
                        details: json!({ "steps": item.steps, "interrupted": true, "reason": reason, "error": error.to_string() }),
                        ..self.entry(self.action, AuditOutcome::Unknown, item)
                    };
                    self.audit(entry).await?;
                    let update = ItemUpdate { reason: Some(reason.to_owned()), ..ItemUpdate::new(ItemState::Unknown) };
                    self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                    continue;
                }
            };
            // The steps recorded for this user: those carried out, the one under way, and
            // the ones still planned after it.
            let done: Vec<Step> =
                item.steps.iter().filter(|s| plan::in_effect(s, &current, &self.ctx) == Some(true)).cloned().collect();
            match self.verdict(item, &current) {
                Verdict::Change { steps } => {
                    let entry = AuditEntry {
                        details: json!({ "steps": steps, "interrupted": true, "reread": false }),
                        ..self.entry(self.action, AuditOutcome::Reread, item)
                    };
                    self.audit(entry).await?;
                    let note = "interrupted; sent again after a re-read showed the change was not in place";
                    resend.push(Turn {
                        seq: *seq,
                        item: item.clone(),
                        steps,
                        done,
                        sends: 0,
                        last: (None, None),
                        note: Some(note.to_owned()),
                    });
                }
                Verdict::Skip { skip: Skip::AlreadyDone } => {
                    let reason = "interrupted; the change was found in place on re-reading";
                    let entry = AuditEntry {
                        details: json!({ "steps": done, "interrupted": true, "reread": true, "reason": reason }),
                        ..self.entry(self.action, AuditOutcome::Ok, item)
                    };
                    self.audit(entry).await?;
                    let update = ItemUpdate {
                        steps: Some(done),
                        reason: Some(reason.to_owned()),
                        ..ItemUpdate::new(ItemState::Done)
                    };
                    self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                }
                // Refused now for a reason the pre-flight would have given (protected meanwhile,
                // say): recorded as any user's refusal, with what was done before kept.
                Verdict::Skip { skip } => {
                    let entry = AuditEntry {
                        details: json!({ "skip": skip.code(), "interrupted": true, "steps": done }),
                        ..self.entry(self.action, skip.into(), item)
                    };
                    self.audit(entry).await?;
                    let update =
                        ItemUpdate { steps: Some(done), skip: Some(skip), ..ItemUpdate::new(ItemState::Skipped) };
                    self.bulk.org.store().update_item(&self.job.id, *seq, &update).await?;
                }
            }
        }
        Ok(resend)
    }
}
