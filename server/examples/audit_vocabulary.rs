//! Appends one audit entry for every action and one for every outcome this version records,
//! through `audit::append` as the server writes them, so the browser test of the Audit page can
//! check that each reads as a label in every language it tries:
//! `cargo run -p server --example audit_vocabulary <data folder> <admin name>`.
//!
//! The entries are by `system`, under the given display name (the test filters on it). Their
//! details take the shape the server writes for each action (so the page's sentences for each can
//! be checked) and say that they only exercise the vocabulary. A real deployment never runs this.

use app::{
    audit::{AuditAction, AuditOutcome},
    code::Code,
};
use serde_json::json;
use server::store::AuditEntry;
use strum::VariantArray;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(name)) = (args.next(), args.next()) else {
        return Err("usage: audit_vocabulary <data folder> <admin name>".into());
    };
    let store = server::store::open_sqlite(&std::path::Path::new(&dir).join("uam.sqlite3")).await?;
    // A job id no job has (its entries name it by its short id alone, and create no job anyone
    // could run or undo), different on every run.
    let job = format!("{:032x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos());
    let entry = |action: AuditAction, outcome: AuditOutcome| AuditEntry {
        actor_name: Some(name.clone()),
        details: details(action),
        job_id: action.code().starts_with("bulk_").then(|| job.clone()),
        ..AuditEntry::new("system", action, outcome)
    };
    let every_action = AuditAction::VARIANTS.iter().map(|&action| entry(action, AuditOutcome::Ok));
    let every_outcome = AuditOutcome::VARIANTS.iter().map(|&outcome| entry(AuditAction::BulkDeactivate, outcome));
    let mut appended = 0;
    for entry in every_action.chain(every_outcome) {
        server::audit::append(store.as_ref(), &entry).await?;
        appended += 1;
    }
    // The codes, for the test to look for (and not find) on the page.
    let actions: Vec<&str> = AuditAction::VARIANTS.iter().map(|a| a.code()).collect();
    let outcomes: Vec<&str> = AuditOutcome::VARIANTS.iter().map(|o| o.code()).collect();
    println!("{}", json!({ "appended": appended, "actions": actions, "outcomes": outcomes, "job": job }));
    Ok(())
}

/// Details shaped as the server writes them for `action` (so each reads as its sentences), marked
/// as only exercising the vocabulary.
fn details(action: AuditAction) -> serde_json::Value {
    use AuditAction as A;
    let step = json!({ "op": "leave_group", "directory": "d1", "group": "g1", "group_name": "jira-users", "products": ["jira-software"] });
    let mut details = match action {
        A::SignIn | A::SignOut => json!({ "via": "atlassian" }),
        A::AuthnDenied => json!({ "via": "atlassian", "reason": "not_admin" }),
        A::SessionEnded => json!({ "reason": "org-admin role revoked" }),
        A::LocalAdminCreated => json!({ "totp": true }),
        A::SettingsChanged => {
            json!({ "setting": "thresholds", "before": { "warning_days": 90 }, "after": { "warning_days": 60 } })
        }
        A::SecretReplaced => json!({ "setting": "admin_api_key", "before": "…a1b2", "after": "…c3d4" }),
        A::DataExported => json!({ "users": 120, "bytes": 48_213 }),
        A::DataDeleted => {
            json!({ "scope": "everything", "scheduled_at": "2026-11-27T08:15:00Z", "due_at": "2026-11-28T08:15:00Z" })
        }
        A::DataErasureScheduled => json!({ "scope": "everything", "due_at": "2026-11-28T08:15:00Z" }),
        A::DataErasureCancelled => {
            json!({ "scheduled_by": "atlassian:ada", "scheduled_at": "2026-11-27T08:15:00Z", "due_at": "2026-11-28T08:15:00Z" })
        }
        A::AuditViewed => json!({ "filter": { "action": "settings_changed", "text": "thresholds" } }),
        A::AuditExport => json!({ "filter": { "outcome": "failed" }, "rows": 12, "until_seq": 40, "until_event": 3 }),
        A::AuditPruned => {
            json!({ "count": 250, "cutoff": "2025-11-27T00:00:00Z", "last_removed": { "seq": 250, "hash": "0".repeat(64) } })
        }
        A::UsersExported => json!({ "filter": { "page": 0 }, "page": 0, "rows": 42 }),
        A::BulkJobQueued => {
            json!({ "action": { "kind": "deactivate" }, "undo_of": null, "users": 3, "changing": 2, "skipped": 1 })
        }
        A::BulkJobCancel => json!({ "action": { "kind": "deactivate" } }),
        A::BulkJobRefused => {
            json!({ "action": { "kind": "deactivate" }, "reason": "job-stopped-not-admin", "undo_of": null })
        }
        A::BulkJobEnded => {
            json!({ "action": { "kind": "deactivate" }, "state": "finished", "counts": { "total": 3, "pending": 0, "done": 2, "skipped": 1, "failed": 0, "unknown": 0, "cancelled": 0 }, "undo_of": null, "error": null })
        }
        _ => json!({ "step": step, "object": "jira-users" }),
    };
    details["exercise"] = json!("audit vocabulary");
    details
}
