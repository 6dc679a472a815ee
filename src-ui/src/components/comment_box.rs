//! Writing a comment under an issue's timeline: saved at once (and sent when connected);
//! Ctrl/Cmd+Enter saves; a refusal is a sentence under the field, and the text stays.

use crate::backend;
use crate::form_errors::FormErrors;
use storedesk_domain::api::comment::NewComment;
use storedesk_domain::view::IssueDetailView;
use storedesk_domain::IssueId;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub issue: IssueId,
    pub on_saved: Callback<IssueDetailView>,
}

#[function_component(CommentBox)]
pub fn comment_box(p: &Props) -> Html {
    let field = use_node_ref();
    let errors = use_state(FormErrors::default);
    let saving = use_state(|| false);
    {
        let errors = errors.clone();
        use_effect_with(p.issue, move |_| errors.set(FormErrors::default()));
    }
    let save = {
        let (field, errors, saving) = (field.clone(), errors.clone(), saving.clone());
        let (issue, on_saved) = (p.issue, p.on_saved.clone());
        Callback::from(move |_: ()| {
            let Some(area) = field.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if *saving {
                return;
            }
            saving.set(true);
            let c = NewComment {
                id: None,
                body: area.value(),
            };
            let (errors, saving, on_saved) = (errors.clone(), saving.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::add_comment(issue, &c).await {
                    Ok(d) => {
                        area.set_value("");
                        errors.set(FormErrors::default());
                        on_saved.emit(d);
                    }
                    Err(e) => errors.set(FormErrors::from_error(&e, &["body"])),
                }
                saving.set(false);
            });
        })
    };
    let onkeydown = {
        let save = save.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                save.emit(());
            }
        })
    };
    let onclick = Callback::from(move |_: MouseEvent| save.emit(()));
    html! {
        <div class="mt-4">
            <label class="sr-only" for="comment-body">{"Comment"}</label>
            <textarea id="comment-body" class="field" rows="2" ref={field} {onkeydown}
                      placeholder="Write a comment  (Ctrl+Enter to save)" />
            if let Some(e) = errors.get("body") {
                <p id="comment-error" class="field-error" role="alert">{e.to_owned()}</p>
            }
            if let Some(g) = errors.general.clone() {
                <p id="comment-error" class="field-error" role="alert">{g}</p>
            }
            <div class="mt-2 flex justify-end">
                <button id="add-comment" class="btn" disabled={*saving} {onclick}>{"Comment"}</button>
            </div>
        </div>
    }
}
