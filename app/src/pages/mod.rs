//! One folder or file per page; each is a `*Page` component. The router mounts them through the
//! lazy routes below, so that the browser loads a page's code the first time it is shown (a
//! separate wasm chunk, cut out of the bundle at build time) instead of every page up front.

mod audit_log;
mod dashboard;
mod jobs;
mod login;
mod not_found;
mod settings;
mod setup;
mod users;

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

pub use audit_log::AuditLogPage;
pub use dashboard::DashboardPage;
pub use jobs::{JobDetailsPage, JobsPage};
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use settings::SettingsPage;
pub use setup::SetupPage;
pub use users::UsersPage;

/// Declares `$route`, a lazy route that shows `$page`. The page has no route data of its own (its
/// resources start when it renders), so the route's data is the unit struct itself.
macro_rules! lazy_page {
    ($($route:ident shows $page:ident;)*) => {$(
        #[doc = concat!("The route of [`", stringify!($page), "`], loaded on first use.")]
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_route: Self) -> AnyView {
                crate::page_files::preload(stringify!($route));
                crate::page_files::mark_ready(stringify!($route));
                view! { <$page /> }.into_any()
            }
        }
    )*};
}

lazy_page! {
    DashboardRoute shows DashboardPage;
    UsersRoute shows UsersPage;
    JobsRoute shows JobsPage;
    JobDetailsRoute shows JobDetailsPage;
    AuditLogRoute shows AuditLogPage;
    SettingsRoute shows SettingsPage;
    LoginRoute shows LoginPage;
    SetupRoute shows SetupPage;
}
