//! The server's side of the app's server functions: for each resource, the implementation of the
//! trait its file in `app::api` declares, next to the others here. Most are thin adapters over the
//! service that does the work (`bulk::Bulk`, `settings_page::SettingsService`, `sync::Syncer`,
//! `auth::Access`, `data::Erasures`); the directory's reads are done here, over the snapshot.
//! [`Services`] provides every one of them, and the deployment, to each request as Leptos context.

mod audit;
mod auth;
mod bulk;
mod data;
mod directory;
mod settings;
mod sync;

use std::sync::Arc;

use app::api::{
    audit::AuditApi, auth::SignInApi, bulk::BulkApi, data::ErasureApi, deployment::Deployment, directory::DirectoryApi,
    settings::SettingsApi, sync::SyncApi,
};
use leptos::prelude::provide_context;

pub use self::{audit::AuditLog, directory::Directory, sync::SyncControl};

/// What the app's server functions and pages find in their context.
#[derive(Clone)]
pub struct Services {
    pub deployment: Deployment,
    pub sign_in: Arc<dyn SignInApi>,
    pub directory: Arc<dyn DirectoryApi>,
    pub sync: Arc<dyn SyncApi>,
    pub bulk: Arc<dyn BulkApi>,
    pub settings: Arc<dyn SettingsApi>,
    pub audit: Arc<dyn AuditApi>,
    pub erasure: Arc<dyn ErasureApi>,
}

impl Services {
    /// Provides each to the request being handled (`app::api::service` finds them there).
    pub fn provide(&self) {
        provide_context(self.deployment.clone());
        provide_context(Arc::clone(&self.sign_in));
        provide_context(Arc::clone(&self.directory));
        provide_context(Arc::clone(&self.sync));
        provide_context(Arc::clone(&self.bulk));
        provide_context(Arc::clone(&self.settings));
        provide_context(Arc::clone(&self.audit));
        provide_context(Arc::clone(&self.erasure));
    }
}
