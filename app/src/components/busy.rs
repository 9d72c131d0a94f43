//! "Working on it": what every wait in the app looks like, a spinner and a sentence saying what
//! is being done, announced politely to screen readers.

use leptos::prelude::*;

use crate::i18n::I18n;

/// A spinner (hidden from screen readers, slowed for reduced motion) and the message `id`.
pub fn busy(i18n: I18n, id: &'static str) -> impl IntoView {
    view! { <p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>{i18n.t(id)}</p> }
}
