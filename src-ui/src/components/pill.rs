//! Small pieces used everywhere: the status pill, the priority mark, a form field's message.

use crate::look;
use storedesk_domain::{Priority, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub status: Status,
}

#[function_component(StatusPill)]
pub fn status_pill(p: &StatusProps) -> Html {
    html! {
        <span class={classes!("inline-flex", "items-center", "whitespace-nowrap", "rounded-full", "px-2", "py-0.5", "text-[12px]", look::status_pill(p.status))}>
            {p.status.label()}
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct PriorityProps {
    pub priority: Priority,
}

#[function_component(PriorityMark)]
pub fn priority_mark(p: &PriorityProps) -> Html {
    html! {
        <span class={classes!("inline-flex", "items-center", "gap-1", "whitespace-nowrap", look::priority_text(p.priority))}>
            if let Some(icon) = look::priority_icon(p.priority) {
                <span aria-hidden="true" class="text-[10px]">{icon}</span>
            }
            {look::priority_label(p.priority)}
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct FieldMessageProps {
    pub id: AttrValue,
    pub error: Option<String>,
    pub hint: AttrValue,
}

/// Under a field: its error as a sentence, else its hint.
#[function_component(FieldMessage)]
pub fn field_message(p: &FieldMessageProps) -> Html {
    match &p.error {
        Some(e) => html! { <p id={p.id.clone()} class="field-error" role="alert">{e}</p> },
        None if !p.hint.is_empty() => html! {
            <p id={p.id.clone()} class="mt-1 text-[12px] text-zinc-500">{p.hint.clone()}</p>
        },
        None => html! {},
    }
}
