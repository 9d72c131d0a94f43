//! One file per page; each is a `*Page` component the router mounts.

mod audit_log;
mod dashboard;
mod not_found;
mod settings;
mod users;

pub use audit_log::AuditLogPage;
pub use dashboard::DashboardPage;
pub use not_found::NotFoundPage;
pub use settings::SettingsPage;
pub use users::UsersPage;
