//! The banner every admin sees while "delete everything" is scheduled: who scheduled it,
//! when it runs, and Cancel. Cancel is a plain form post, so it works without the script; with
//! the script it calls the server function and the banner goes away in place.

use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::data::{PendingErasure, cancel_erasure, load_erasure},
    error::AppError,
    format,
    i18n::use_i18n,
};

/// Shows the pending erasure, if any; `back` is the page the no-script Cancel returns to.
#[component]
pub fn ErasureBanner(#[prop(default = "/")] back: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let version = RwSignal::new(0u32);
    let status = Resource::new(move || version.get(), |_| load_erasure());
    // Some(Ok) once cancelled here; Some(Err) when the cancel failed.
    let outcome = RwSignal::new(None::<Result<(), AppError>>);
    let query = leptos_router::hooks::use_query_map();
    let cancelled_here = move || matches!(outcome.get(), Some(Ok(())));
    let notice = move || {
        let from_form = query.read().get("erasure");
        let failed = outcome.get().and_then(Result::err);
        match (cancelled_here(), failed, from_form.as_deref()) {
            (true, _, _) | (_, None, Some("cancelled")) => Some(
                view! {
                    <p class="notice" role="status">{i18n.t("erasure-cancelled")}</p>
                }
                .into_any(),
            ),
            (_, Some(error), _) => Some(
                view! {
                    <p class="notice notice-error" role="alert">{i18n.t(error.message_id())}</p>
                }
                .into_any(),
            ),
            (_, None, Some("cancel-failed")) => Some(
                view! {
                    <p class="notice notice-error" role="alert">{i18n.t("erasure-cancel-failed")}</p>
                }
                .into_any(),
            ),
            _ => None,
        }
    };
    let cancel = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        spawn_local(async move {
            match cancel_erasure().await {
                Ok(_) => outcome.set(Some(Ok(()))),
                Err(error) => outcome.set(Some(Err(error))),
            }
            version.update(|v| *v += 1);
        });
    };
    view! {
        {notice}
        <Transition>
            {move || Suspend::new(async move {
                let pending = status.await.ok().and_then(|s| s.pending);
                pending.map(|pending| view! { <Banner pending back cancel /> })
            })}
        </Transition>
    }
}

#[component]
fn Banner(
    pending: PendingErasure,
    back: &'static str,
    cancel: impl Fn(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = i18n.t_with(
        "erasure-body",
        [
            ("name", pending.by_name.clone().into()),
            ("scheduled", format::moment(i18n, pending.scheduled_at).into()),
            ("due", format::moment(i18n, pending.due_at).into()),
        ],
    );
    view! {
        <section class="erasure-banner" aria-labelledby="erasure-title" data-due=pending.due_at.to_rfc3339()>
            <h2 id="erasure-title">{i18n.t("erasure-title")}</h2>
            <p>{body}</p>
            <form method="post" action="/data/cancel" on:submit=cancel>
                <input type="hidden" name="next" value=back />
                <button class="button button-primary" type="submit">{i18n.t("erasure-cancel")}</button>
            </form>
        </section>
    }
}
