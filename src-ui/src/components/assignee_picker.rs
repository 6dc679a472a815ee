//! Who works on the issue: a choice among the store's people the signed-in person may give it
//! to (the engine's `assignees`), or the name alone for people who may not assign.

use crate::backend;
use storedesk_domain::api::user::UserSummary;
use storedesk_domain::view::IssueDetailView;
use storedesk_domain::{IssueId, UserId};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub issue: IssueId,
    pub current: Option<UserSummary>,
    pub on_changed: Callback<IssueDetailView>,
}

#[function_component(AssigneePicker)]
pub fn assignee_picker(p: &Props) -> Html {
    let people = use_state(|| None::<Vec<UserSummary>>);
    let error = use_state(|| None::<String>);
    {
        let (people, error) = (people.clone(), error.clone());
        use_effect_with(p.issue, move |id| {
            let id = *id;
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                people.set(backend::assignees(id).await.ok());
            });
        });
    }
    let name = p
        .current
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_else(|| "Nobody yet".into());
    let Some(list) = (*people).clone().filter(|l| !l.is_empty()) else {
        return html! { <span id="detail-assignee">{name}</span> };
    };
    let onchange = {
        let (issue, on_changed, error) = (p.issue, p.on_changed.clone(), error.clone());
        Callback::from(move |e: Event| {
            let Some(s) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let who = UserId::parse(&s.value()).ok();
            let (on_changed, error) = (on_changed.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::assign(issue, who).await {
                    Ok(d) => {
                        error.set(None);
                        on_changed.emit(d);
                    }
                    Err(e) => error.set(Some(e.message)),
                }
            });
        })
    };
    let current = p.current.as_ref().map(|u| u.id);
    html! {
        <>
            <label class="sr-only" for="detail-assignee">{"Assignee"}</label>
            <select id="detail-assignee" class="field py-0.5" {onchange}>
                <option value="" selected={current.is_none()}>{"Nobody yet"}</option>
                { for list.iter().map(|u| html! {
                    <option value={u.id.0.to_string()} selected={current == Some(u.id)}>{u.display_name.clone()}</option>
                }) }
                // The current assignee stays shown when they are not one of the choices.
                if let Some(c) = p.current.as_ref().filter(|c| !list.iter().any(|u| u.id == c.id)) {
                    <option value={c.id.0.to_string()} selected=true>{c.display_name.clone()}</option>
                }
            </select>
            if let Some(e) = &*error {
                <p class="field-error" role="alert">{e.clone()}</p>
            }
        </>
    }
}
