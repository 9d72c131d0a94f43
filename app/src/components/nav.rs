//! In-page navigation between states of a page whose whole state is its URL (Users, Audit):
//! links that work without the script and, once hydrated, move without reloading or scrolling.

use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};

/// A page state that is a URL.
pub trait Href {
    fn href(&self) -> String;
}

impl Href for crate::table_state::TableState {
    fn href(&self) -> String {
        crate::table_state::TableState::href(self)
    }
}

impl Href for crate::audit::AuditState {
    fn href(&self) -> String {
        crate::audit::AuditState::href(self)
    }
}

/// A page state that lists rows in pages.
pub trait Paged: Href + Clone + PartialEq + Send + Sync + 'static {
    /// One-based.
    fn page(&self) -> u32;
    fn page_size(&self) -> u32;
    /// The same view at another page.
    fn at_page(&self, page: u32) -> Self;
    /// The same view in pages of another size, from the first.
    fn with_page_size(&self, page_size: u32) -> Self;

    /// Pages in all, for `total` rows.
    fn page_count(&self, total: u64) -> u32 {
        total.div_ceil(u64::from(self.page_size().max(1))).max(1) as u32
    }
}

impl Paged for crate::table_state::TableState {
    fn page(&self) -> u32 {
        self.page
    }

    fn page_size(&self) -> u32 {
        self.page_size
    }

    fn at_page(&self, page: u32) -> Self {
        crate::table_state::TableState::at_page(self, page)
    }

    fn with_page_size(&self, page_size: u32) -> Self {
        crate::table_state::TableState { page_size, page: 1, ..self.clone() }
    }
}

impl Paged for crate::audit::AuditState {
    fn page(&self) -> u32 {
        self.page
    }

    fn page_size(&self) -> u32 {
        self.page_size
    }

    fn at_page(&self, page: u32) -> Self {
        crate::audit::AuditState::at_page(self, page)
    }

    fn with_page_size(&self, page_size: u32) -> Self {
        crate::audit::AuditState::with_page_size(self, page_size)
    }
}

/// Goes to another state of the page without reloading it (and without scrolling away).
#[derive(Clone)]
pub struct Go(std::sync::Arc<dyn Fn(String, bool) + Send + Sync>);

impl Go {
    // No `Default`: it reads the router's context, so it belongs inside a component.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Go {
        let navigate = use_navigate();
        Go(std::sync::Arc::new(move |href: String, replace: bool| {
            navigate(&href, NavigateOptions { replace, scroll: false, ..NavigateOptions::default() })
        }))
    }

    /// A new entry in the history (the back button returns here).
    pub fn to(&self, state: &impl Href) {
        (self.0)(state.href(), false)
    }

    /// Replaces the current entry (typing in a search box).
    pub fn replace(&self, state: &impl Href) {
        (self.0)(state.href(), true)
    }
}

/// A click on an in-page link: navigates without scrolling away, unless the admin asked for a new
/// tab or window (modifier keys, middle button).
pub fn in_place<S: Href>(go: Go, target: impl Fn() -> S + 'static) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            go.to(&target());
        }
    }
}

/// How long a search box waits after the last keystroke before it searches.
pub const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// Wraps `action` so that it runs only once typing pauses for [`SEARCH_PAUSE`]: each call starts
/// a wait, and only the last call's wait, undisturbed, runs. (A counter rather than a stored
/// timer: nothing browser-only is held where the server renders.)
pub fn after_pause<T: Send + Sync + 'static>(action: impl Fn(T) + Clone + 'static) -> impl Fn(T) + Clone + 'static {
    let calls = RwSignal::new(0u64);
    move |value: T| {
        let mine = calls.get_untracked() + 1;
        calls.set(mine);
        let action = action.clone();
        set_timeout(
            move || {
                if calls.get_untracked() == mine {
                    action(value);
                }
            },
            SEARCH_PAUSE,
        );
    }
}

/// Moves focus to a panel's heading when the panel opens, so keyboard and screen-reader users
/// land on it.
pub fn focus_on_open(heading: NodeRef<leptos::html::H2>) {
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
}

/// Escape goes to `target` (a panel's "Close").
pub fn escape_to<S: Href>(go: Go, target: impl Fn() -> S + 'static) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            go.to(&target());
        }
    }
}
