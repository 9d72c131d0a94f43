//! The browser entry point: hydrates the server-rendered page with the same `App`. Hydration
//! waits for the page's lazily loaded code (see `app::pages`) before it takes over the page.

// The app's view type is deep, and hydrating it asynchronously nests it in a future.
#![recursion_limit = "256"]

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_lazy(app::App);
}
