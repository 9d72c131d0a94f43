//! One file per page; each is a `*Page` component the router mounts.

mod audit_log;
mod dashboard;
mod jobs;
mod login;
mod not_found;
mod settings;
mod setup;
mod users;

pub use audit_log::AuditLogPage;
pub use dashboard::DashboardPage;
pub use jobs::{JobDetailsPage, JobsPage};
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use settings::SettingsPage;
pub use setup::SetupPage;
pub use users::UsersPage;
