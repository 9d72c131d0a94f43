//! Whether a job's creator may still have it run, asked when the job starts and again
//! when a restart resumes it.

use super::Bulk;
use crate::store::{JobRecord, StoreError};

/// The reason of a job refused because its creator is no longer an allowed admin.
pub const REFUSED_NOT_ADMIN: &str = "job-stopped-not-admin";
/// The reason of a job refused because Atlassian could not confirm its creator's role.
pub const REFUSED_UNCONFIRMED: &str = "job-stopped-admin-unconfirmed";

impl Bulk {
    /// Why the job's creator may no longer have it run, if so: a local admin whose
    /// account is gone; an Atlassian admin no longer on the allowlist or without the org-admin
    /// role (asked of Atlassian now, as sign-in does). Fails closed when Atlassian cannot say.
    pub(super) async fn creator_refusal(&self, job: &JobRecord) -> Result<Option<&'static str>, StoreError> {
        let (kind, id) = job.created_by.split_once(':').unwrap_or(("", job.created_by.as_str()));
        match kind {
            "local" => Ok(self.org.store().local_admin(id).await?.is_none().then_some(REFUSED_NOT_ADMIN)),
            "atlassian" => {
                if !self.allowed_admins.is_empty() {
                    // The allowlist names account ids or e-mails; the e-mail is the snapshot's.
                    let email = self.org.index().name_and_email(id).and_then(|(_, email)| email);
                    let names = [Some(id.to_owned()), email].into_iter().flatten().map(|n| crate::auth::normalise(&n));
                    let listed = names.into_iter().any(|n| self.allowed_admins.contains(&n));
                    if !listed {
                        return Ok(Some(REFUSED_NOT_ADMIN));
                    }
                }
                match crate::auth::is_org_admin(&self.org.upstream(), id).await {
                    Ok(true) => Ok(None),
                    Ok(false) => Ok(Some(REFUSED_NOT_ADMIN)),
                    Err(error) => {
                        tracing::warn!(%error, job = job.id, "cannot confirm the job creator's org-admin role");
                        Ok(Some(REFUSED_UNCONFIRMED))
                    }
                }
            }
            _ => Ok(Some(REFUSED_NOT_ADMIN)),
        }
    }
}
