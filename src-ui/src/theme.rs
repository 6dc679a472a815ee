//! Light or dark on screen: the person's choice, or the OS's while they leave it to the system
//! (followed live when the OS switches at dusk). Tailwind's `dark:` classes key on the `dark`
//! class of the root element.

use std::cell::Cell;
use storedesk_domain::view::Theme;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

thread_local! {
    static CHOSEN: Cell<Theme> = const { Cell::new(Theme::System) };
}

fn os_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Shows `theme` now and remembers it for the OS's changes.
pub fn apply(theme: Theme) {
    CHOSEN.with(|c| c.set(theme));
    let dark = theme.is_dark(os_prefers_dark());
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("dark", dark);
    }
}

/// Follows the OS's light/dark switch for as long as the app runs (once, at start).
pub fn follow_os() {
    let Some(query) = web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
    else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| apply(CHOSEN.with(Cell::get)));
    let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_change.forget();
}
