//! A job in the audit log: entries in the name of the admin who started it, the action its users'
//! entries carry, and the entry that closes it.

use app::{
    audit::{AuditAction, AuditOutcome},
    code::Code,
};
use serde_json::json;

use super::Bulk;
use crate::store::{AuditEntry, JobRecord};

/// The audit log's action for a job's users: `bulk_deactivate`, or `bulk_undo_deactivate` for
/// the job that undoes one.
pub(super) fn user_action(job: &JobRecord) -> AuditAction {
    AuditAction::bulk_item(&job.action, job.undo_of.is_some())
}

/// An audit entry in the name of the job's admin.
pub(super) fn job_entry(job: &JobRecord, action: AuditAction, outcome: AuditOutcome) -> AuditEntry {
    AuditEntry {
        actor_name: Some(job.created_by_name.clone()),
        auth_via: job.auth_via.clone(),
        installation_id: job.installation_id.clone(),
        job_id: Some(job.id.clone()),
        ..AuditEntry::new(&job.created_by, action, outcome)
    }
}

impl Bulk {
    /// The closing entry of a job: its counts.
    pub(super) async fn finish_audit(&self, id: &str) {
        let Ok(Some(job)) = self.org.store().job(id).await else { return };
        let counts = self.org.store().job_counts(id).await.unwrap_or_default();
        let entry = AuditEntry {
            job_id: Some(id.to_owned()),
            details: json!({ "action": job.action, "state": job.state.code(), "counts": counts, "undo_of": job.undo_of, "error": job.error }),
            ..job_entry(&job, AuditAction::BulkJobEnded, job.state.into())
        };
        // The job is over whatever the log says; a failure to record it is in the server's log.
        let _ = crate::audit::append(self.org.store().as_ref(), &entry).await;
    }
}
