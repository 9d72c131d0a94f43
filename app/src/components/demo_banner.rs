use leptos::prelude::*;
use leptos_router::components::A;

use crate::{api::deployment::Deployment, i18n::use_i18n};

/// Says plainly, on every page, when the organisation shown is the simulated demo one.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let i18n = use_i18n();
    // Known on the server and written into the page, so the banner is in the first HTML (with or
    // without JavaScript) and hydration reads the same value.
    let deployment = Deployment::current();
    deployment.demo.then(|| {
        let org = deployment.org_name.unwrap_or_default();
        view! {
            <aside class="demo-banner" role="note">
                <strong class="demo-badge">{i18n.t("demo-badge")}</strong>
                // One run of text: the link follows the sentence on its line and wraps with it,
                // rather than dropping to a line of its own as a separate box would.
                <p class="demo-text">
                    {i18n.t_with("demo-banner", [("org", org.into())])}
                    " "
                    <A href=crate::embed::link("/settings")>{i18n.t("demo-connect")}</A>
                </p>
            </aside>
        }
    })
}
