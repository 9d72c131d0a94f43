//! A text box in a GET filter form: submitted with the form without the script; once hydrated,
//! the page hears every keystroke (to search after a pause, or to keep what was typed for the
//! form's submit) and, where it asks to, the value the box is left with.

use leptos::prelude::*;

/// What a filter's text box is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// The page's search box (`type=search`, styled wider than the other filters).
    Search,
    /// Any other free-text filter.
    Text,
}

impl TextKind {
    fn input_type(self) -> &'static str {
        match self {
            TextKind::Search => "search",
            TextKind::Text => "text",
        }
    }

    fn class(self) -> &'static str {
        match self {
            TextKind::Search => "filter filter-search",
            TextKind::Text => "filter",
        }
    }
}

/// `value` is read for the server's render and kept in sync after; `on_input` gets every keystroke
/// and `on_change`, when given, the value once the box is left or Enter is pressed.
pub fn text_input(
    kind: TextKind,
    name: &'static str,
    label: String,
    placeholder: String,
    value: impl Fn() -> Option<String> + Copy + Send + Sync + 'static,
    on_input: impl Fn(String) + 'static,
    on_change: Option<Box<dyn Fn(String)>>,
) -> impl IntoView {
    view! {
        <label class=kind.class()>
            <span>{label}</span>
            <input
                type=kind.input_type()
                name=name
                autocomplete="off"
                placeholder=placeholder
                value=untrack(value)
                prop:value=move || value().unwrap_or_default()
                on:input=move |ev| on_input(event_target_value(&ev))
                on:change=move |ev| {
                    if let Some(on_change) = &on_change {
                        on_change(event_target_value(&ev));
                    }
                }
            />
        </label>
    }
}
