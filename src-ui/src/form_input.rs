//! What a form's text input holds when it is submitted (empty when the node is not mounted).

use web_sys::HtmlInputElement;
use yew::NodeRef;

pub fn value(input: &NodeRef) -> String {
    input
        .cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}
