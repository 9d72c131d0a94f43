//! The organisation this server manages: its store, the Atlassian client for it (swappable when
//! the admin saves new credentials) and the snapshot index every query reads. Sync, bulk actions,
//! settings, data and the pages' services each hold an `Arc<Org>` and own only their own state.

use std::sync::{Arc, PoisonError, RwLock};

use crate::{
    snapshot::{Index, IndexBuilder},
    store::{Store, StoreError},
    upstream::Upstream,
};

pub struct Org {
    store: Arc<dyn Store>,
    /// Replaced when the admin saves new credentials for the same organisation.
    upstream: RwLock<Arc<Upstream>>,
    index: RwLock<Arc<Index>>,
}

impl Org {
    /// An organisation with an empty index (`refresh` loads the stored snapshot).
    pub fn new(store: Arc<dyn Store>, upstream: Arc<Upstream>) -> Arc<Org> {
        Arc::new(Org { store, upstream: RwLock::new(upstream), index: RwLock::new(Arc::new(Index::empty())) })
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// The Atlassian client for the organisation (also used to confirm who is an org admin).
    pub fn upstream(&self) -> Arc<Upstream> {
        Arc::clone(&self.upstream.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Uses new credentials from now on (a call already running finishes with the old ones).
    pub fn replace_upstream(&self, upstream: Arc<Upstream>) {
        *self.upstream.write().unwrap_or_else(PoisonError::into_inner) = upstream;
    }

    /// The snapshot every query reads.
    pub fn index(&self) -> Arc<Index> {
        Arc::clone(&self.index.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Makes `index` the one every query reads from now on.
    pub fn set_index(&self, index: Index) {
        *self.index.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(index);
    }

    /// Loads the newest complete snapshot from the store, if it is newer than the one in memory
    /// (after a restart, or after a `uam sync` in another process). Returns whether it changed.
    pub async fn refresh(&self) -> Result<bool, StoreError> {
        let Some(latest) = self.store.latest_complete().await? else {
            // Everything was deleted (Settings or `uam data delete`): show nothing, not stale data.
            if self.index().run().is_some() {
                self.set_index(Index::empty());
                return Ok(true);
            }
            return Ok(false);
        };
        if self.index().run().is_some_and(|run| run.id == latest.id) {
            return Ok(false);
        }
        let mut builder = IndexBuilder::default();
        self.store.load(latest.id, &mut builder).await?;
        self.set_index(builder.build(Some(latest)));
        Ok(true)
    }

    /// Loads the current snapshot again, even if it is the one in memory (after a job patched it).
    pub async fn reload(&self) -> Result<(), StoreError> {
        let Some(latest) = self.store.latest_complete().await? else { return Ok(()) };
        let mut builder = IndexBuilder::sized_like(&self.index());
        self.store.load(latest.id, &mut builder).await?;
        self.set_index(builder.build(Some(latest)));
        Ok(())
    }
}
