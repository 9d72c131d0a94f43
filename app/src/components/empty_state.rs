use leptos::prelude::*;

/// What a section shows when it has nothing to show yet: a title, why, and optionally what to do.
#[component]
pub fn EmptyState(title: String, body: String, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let label = title.clone();
    view! {
        <section class="empty-state" aria-label=label>
            <svg class="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true">
                <rect x="8" y="12" width="32" height="26" rx="4" />
                <path d="M8 20h32M16 28h10M16 32h16" />
            </svg>
            <h2>{title}</h2>
            <p>{body}</p>
            {children.map(|children| view! { <div class="empty-state-actions">{children()}</div> })}
        </section>
    }
}
