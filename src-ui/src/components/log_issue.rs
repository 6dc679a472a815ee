//! The "Log issue" dialog: store (only the user's stores; preselected when there is one), title
//! (focused), description, priority. Ctrl/Cmd+Enter saves; each field's error shows under it.

use crate::backend;
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::look;
use storedesk_domain::api::issue::NewIssue;
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::{CommandError, IssueDetailView};
use storedesk_domain::{FieldError, IssueId, Priority, StoreId};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_saved: Callback<IssueDetailView>,
    pub on_close: Callback<()>,
}

const FIELDS: [&str; 4] = ["store_id", "title", "description", "priority"];

#[function_component(LogIssueDialog)]
pub fn log_issue_dialog(p: &Props) -> Html {
    let stores = use_state(|| None::<Vec<StoreSummary>>);
    let errors = use_state(FormErrors::default);
    let busy = use_state(|| false);
    let (store, title, description, priority) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    {
        let (stores, errors, title) = (stores.clone(), errors.clone(), title.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match backend::stores_for_new_issue().await {
                    Ok(s) => stores.set(Some(s)),
                    Err(e) => errors.set(FormErrors::from_error(&e, &FIELDS)),
                }
                if let Some(t) = title.cast::<HtmlInputElement>() {
                    let _ = t.focus();
                }
            });
        });
    }
    let save = {
        let (store, title, description, priority) = (
            store.clone(),
            title.clone(),
            description.clone(),
            priority.clone(),
        );
        let (errors, busy, on_saved) = (errors.clone(), busy.clone(), p.on_saved.clone());
        Callback::from(move |_: ()| {
            if *busy {
                return;
            }
            let store_id = store
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .and_then(|v| StoreId::parse(&v).ok());
            let issue = NewIssue {
                id: Some(IssueId(uuid::Uuid::now_v7())),
                store_id: store_id.unwrap_or(StoreId(uuid::Uuid::nil())),
                title: title
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
                description: description
                    .cast::<HtmlTextAreaElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
                priority: priority
                    .cast::<HtmlSelectElement>()
                    .and_then(|s| Priority::parse(&s.value()))
                    .unwrap_or(Priority::Medium),
                assigned_to: None,
            };
            if store_id.is_none() {
                // No store chosen: say so, with what the domain's rules say of the other fields.
                let mut fields = vec![FieldError::new(
                    "store_id",
                    "required",
                    "choose the store with the fault",
                )];
                fields.extend(issue.validate().err().unwrap_or_default());
                errors.set(FormErrors::from_error(
                    &CommandError {
                        code: "validation".into(),
                        message: String::new(),
                        fields,
                    },
                    &FIELDS,
                ));
                return;
            }
            let (errors, busy, on_saved) = (errors.clone(), busy.clone(), on_saved.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match backend::log_issue(&issue).await {
                    Ok(d) => on_saved.emit(d),
                    Err(e) => {
                        errors.set(FormErrors::from_error(&e, &FIELDS));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let onsubmit = {
        let save = save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save.emit(());
        })
    };
    let onkeydown = {
        let (save, close) = (save.clone(), p.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                save.emit(());
            } else if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                close.emit(());
            }
        })
    };
    let cancel = {
        let close = p.on_close.clone();
        Callback::from(move |_: MouseEvent| close.emit(()))
    };
    let err = |f: &str| errors.message(f);
    let invalid = |f: &str| errors.field_class(f);
    let store_options = match (*stores).as_ref() {
        None => html! { <option>{"Loading stores…"}</option> },
        Some(list) if list.is_empty() => {
            html! { <option value="">{"You are in no store yet"}</option> }
        }
        Some(list) => html! {
            <>
                if list.len() > 1 { <option value="" selected=true>{"Choose a store"}</option> }
                { for list.iter().map(|s| html! {
                    <option value={s.id.to_string()} selected={list.len() == 1}>{format!("{} · {}", s.code, s.name)}</option>
                }) }
            </>
        },
    };
    html! {
        <div class="fixed inset-0 z-20 flex items-start justify-center bg-black/30 pt-[10vh]" onkeydown={onkeydown}>
            <form id="log-issue-dialog" role="dialog" aria-modal="true" aria-labelledby="log-issue-heading"
                  class="w-full max-w-lg rounded-lg border border-zinc-200 bg-white p-5 shadow-xl dark:border-zinc-700 dark:bg-zinc-900"
                  onsubmit={onsubmit} novalidate=true>
                <h2 id="log-issue-heading" class="text-[15px] font-semibold">{"Log an issue"}</h2>
                <div class="mt-4 space-y-3">
                    <div>
                        <label class="label" for="new-store">{"Store"}</label>
                        <select id="new-store" class={invalid("store_id")} ref={store}>{store_options}</select>
                        <FieldMessage id="new-store-msg" error={err("store_id")} hint="" />
                    </div>
                    <div>
                        <label class="label" for="new-title">{"Title"}</label>
                        <input id="new-title" class={invalid("title")} ref={title} placeholder="Receipt printer at till 2 jams every receipt"
                               aria-describedby="new-title-msg" />
                        <FieldMessage id="new-title-msg" error={err("title")} hint="What is broken, in one line." />
                    </div>
                    <div>
                        <label class="label" for="new-description">{"Description"}</label>
                        <textarea id="new-description" class={invalid("description")} rows="4" ref={description}
                                  placeholder="What happens, since when, what was tried" />
                        <FieldMessage id="new-description-msg" error={err("description")} hint="" />
                    </div>
                    <div class="w-48">
                        <label class="label" for="new-priority">{"Priority"}</label>
                        <select id="new-priority" class={invalid("priority")} ref={priority}>
                            { for Priority::ALL.iter().rev().map(|p| html! {
                                <option value={p.as_str()} selected={*p == Priority::Medium}>{look::priority_label(*p)}</option>
                            }) }
                        </select>
                    </div>
                </div>
                if let Some(g) = errors.general.clone() {
                    <p role="alert" class="mt-3 text-red-700 dark:text-red-300">{g}</p>
                }
                <div class="mt-5 flex items-center justify-end gap-2">
                    <span class="mr-auto text-[12px] text-zinc-500"><span class="kbd">{"Ctrl+Enter"}</span>{" saves"}</span>
                    <button type="button" class="btn" onclick={cancel}>{"Cancel"}</button>
                    <button id="save-issue" type="submit" class="btn-primary" disabled={*busy}>{"Log issue"}</button>
                </div>
            </form>
        </div>
    }
}
