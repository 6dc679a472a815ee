//! A form's text inputs: what one holds when it is submitted (empty when the node is not
//! mounted), or, for forms that keep what was typed in state, the callback that writes it there.

use web_sys::HtmlInputElement;
use yew::{Callback, InputEvent, NodeRef, TargetCast, UseStateHandle};

pub fn value(input: &NodeRef) -> String {
    input
        .cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Writes what is typed into the form's state with `set` (so a re-render, an error shown,
/// keeps it).
pub fn edit<T: Clone + 'static>(
    draft: &UseStateHandle<T>,
    set: fn(&mut T, String),
) -> Callback<InputEvent> {
    let draft = draft.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
            let mut d = (*draft).clone();
            set(&mut d, i.value());
            draft.set(d);
        }
    })
}
