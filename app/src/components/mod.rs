//! Building blocks shared by the pages.

pub mod demo_banner;
pub mod empty_state;
pub mod error_view;
pub mod page_header;
pub mod preference_pickers;
pub mod top_bar;
