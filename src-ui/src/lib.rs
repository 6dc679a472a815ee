//! StoreDesk's UI (Yew, wasm32). Pages and components render; the pure parts (the list window,
//! shortcuts, relative times, form errors, the look of statuses) are plain functions tested
//! natively; `backend.rs` is the only place that talks to the Tauri shell.

pub mod admin_changes;
mod backend;
mod components;
pub mod form_errors;
mod form_input;
pub mod keyboard;
pub mod list_window;
pub mod look;
pub mod mail_line;
mod pages;
pub mod relative_time;
pub mod sync_line;
mod theme;

/// Mounts the app on `#app`. The wasm module runs it on load; natively (unit tests) it exists
/// only so everything it reaches counts as used.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen(start))]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<pages::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<pages::app::App>::new().render();
        }
    }
}
