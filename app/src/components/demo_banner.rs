use leptos::prelude::*;
use leptos_router::components::A;

use crate::{api::deployment::deployment_info, i18n::use_i18n};

/// Says plainly, on every page, when the organisation shown is the simulated demo one.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let i18n = use_i18n();
    // Blocking: the server waits for it, so the banner is in the first HTML, with or without JS.
    let deployment = Resource::new_blocking(|| (), |_| deployment_info());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                deployment
                    .await
                    .ok()
                    .filter(|d| d.demo)
                    .map(|d| {
                        let org = d.org_name.unwrap_or_default();
                        view! {
                            <aside class="demo-banner" role="note">
                                <strong class="demo-badge">{i18n.t("demo-badge")}</strong>
                                <span>{i18n.t_with("demo-banner", [("org", org.into())])}</span>
                                <A href="/settings">{i18n.t("demo-connect")}</A>
                            </aside>
                        }
                    })
            })}
        </Suspense>
    }
}
