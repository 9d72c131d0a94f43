//! After a job: the users it changed (or may have) re-read and written into the current
//! snapshot, so the tables show the new state without waiting for the next sync.

use app::bulk::{ItemState, JobItem, Step};

use super::{Bulk, live::LOOKUP_BATCH};
use crate::{
    snapshot::facts::Grant,
    store::JobRecord,
    upstream::api::admin::{Directories, Expand, UserSearch},
};

impl Bulk {
    /// Re-reads the users a job changed (or may have) and writes them into the current snapshot,
    /// so the tables show the new state without waiting for the next sync.
    pub(super) async fn refresh_snapshot(&self, job: &JobRecord) {
        let Some(run) = self.org.index().run().map(|r| r.id) else { return };
        let mut changed: Vec<JobItem> = Vec::new();
        for state in [ItemState::Done, ItemState::Unknown] {
            if let Ok(items) = self.org.store().job_items(&job.id, Some(state), 0, u32::MAX).await {
                changed.extend(items.into_iter().map(|(_, i)| i));
            }
        }
        if changed.is_empty() {
            return;
        }
        let up = self.org.upstream();
        let mut accounts = Vec::new();
        let (mut removed, mut added) = (Vec::new(), Vec::new());
        for item in &changed {
            for step in &item.steps {
                let grant = |desk: &str| Grant::new(format!("user:{}", item.account_id), format!("desk:{desk}"), "");
                match step {
                    Step::RemoveCustomer { desk, .. } if item.state == ItemState::Done => removed.push(grant(desk)),
                    Step::AddCustomer { desk, .. } if item.state == ItemState::Done => added.push(grant(desk)),
                    _ => {}
                }
            }
        }
        let directory: Vec<String> = changed
            .iter()
            .filter(|i| i.steps.iter().any(|s| !matches!(s, Step::RemoveCustomer { .. } | Step::AddCustomer { .. })))
            .map(|i| i.account_id.clone())
            .collect();
        for chunk in directory.chunks(LOOKUP_BATCH) {
            let search = UserSearch::accounts(chunk, Expand::FULL);
            match up.search_users(Directories::All, &search).collect().await {
                Ok(found) => accounts.extend(found.iter().filter_map(crate::sync::read::org_user)),
                Err(error) => tracing::warn!(%error, "cannot re-read the users a job changed; the next sync will"),
            }
        }
        if let Err(error) = self.org.store().patch_snapshot(run, &accounts, &removed, &added).await {
            tracing::warn!(%error, "cannot update the snapshot after a job");
            return;
        }
        if let Err(error) = self.org.reload().await {
            tracing::warn!(%error, "cannot reload the snapshot after a job");
        }
    }
}
