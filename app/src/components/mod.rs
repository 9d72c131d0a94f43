//! Building blocks shared by the pages.

pub mod bulk_dialog;
pub mod busy;
pub mod day_input;
pub mod demo_banner;
pub mod empty_state;
pub mod error_view;
pub mod export_status;
pub mod nav;
pub mod page_header;
pub mod pager;
pub mod preference_pickers;
pub mod text_input;
pub mod top_bar;

use leptos::prelude::*;

/// True once the page runs in the browser (effects never run on the server): controls that need
/// the script stay hidden before, so a page without JavaScript shows no dead controls.
pub fn hydrated() -> ReadSignal<bool> {
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    hydrated
}
