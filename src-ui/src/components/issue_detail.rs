//! The detail pane: the issue's fields, the status moves the state machine allows, the vendor
//! panel and the timeline.

use crate::backend;
use crate::components::assignee_picker::AssigneePicker;
use crate::components::comment_box::CommentBox;
use crate::components::pill::{PriorityMark, StatusPill};
use crate::form_errors::FormErrors;
use crate::look;
use crate::mail_line::mail_sentence;
use storedesk_domain::api::issue::StatusChange;
use storedesk_domain::view::{IssueDetailView, MailState, TimelineItem};
use storedesk_domain::{IssueRef, Status};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub issue: IssueDetailView,
    pub on_changed: Callback<IssueDetailView>,
}

#[function_component(IssueDetail)]
pub fn issue_detail(p: &Props) -> Html {
    let issue = &p.issue;
    let errors = use_state(FormErrors::default);
    let reopening = use_state(|| false);
    let reason = use_node_ref();
    {
        let (errors, reopening) = (errors.clone(), reopening.clone());
        use_effect_with(issue.id, move |_| {
            errors.set(FormErrors::default());
            reopening.set(false);
        });
    }
    let move_to = {
        let (errors, reopening, reason) = (errors.clone(), reopening.clone(), reason.clone());
        let (id, on_changed) = (issue.id, p.on_changed.clone());
        let from = issue.status;
        Callback::from(move |to: Status| {
            if from.is_reopen(to) && !*reopening {
                reopening.set(true);
                return;
            }
            let reason = from.is_reopen(to).then(|| {
                reason
                    .cast::<HtmlTextAreaElement>()
                    .map(|t| t.value())
                    .unwrap_or_default()
            });
            let change = StatusChange { status: to, reason };
            let (errors, reopening, on_changed) =
                (errors.clone(), reopening.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::change_status(id, &change).await {
                    Ok(d) => {
                        errors.set(FormErrors::default());
                        reopening.set(false);
                        on_changed.emit(d);
                    }
                    Err(e) => errors.set(FormErrors::from_error(&e, &["reason"])),
                }
            });
        })
    };
    let resend = {
        let (errors, id, on_changed) = (errors.clone(), issue.id, p.on_changed.clone());
        Callback::from(move |_: MouseEvent| {
            let (errors, on_changed) = (errors.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::resend_issue_mail(id).await {
                    Ok(d) => {
                        errors.set(FormErrors::default());
                        on_changed.emit(d);
                    }
                    Err(e) => errors.set(FormErrors::from_error(&e, &[])),
                }
            });
        })
    };
    let reference = issue
        .number
        .map(|n| IssueRef(n).to_string())
        .unwrap_or_else(|| "Not numbered yet".to_owned());
    let buttons = issue.next_statuses.iter().map(|to| {
        let to = *to;
        let cb = move_to.clone();
        let primary = matches!(to, Status::InProgress | Status::Resolved)
            && issue.status != Status::WaitingOnVendor;
        html! {
            <button class={if primary { "btn-primary" } else { "btn" }} data-status={to.as_str()}
                    onclick={Callback::from(move |_: MouseEvent| cb.emit(to))}>
                {look::move_label(issue.status, to)}
            </button>
        }
    });
    html! {
        <article id="issue-detail" class="flex min-h-0 flex-1 flex-col overflow-y-auto" aria-label="Issue">
            <header class="border-b border-zinc-200 px-5 py-4 dark:border-zinc-800">
                <div class="flex items-center gap-2 text-[12px] text-zinc-500">
                    <span id="detail-reference" class="rounded bg-zinc-100 px-1.5 py-0.5 font-mono dark:bg-zinc-800">{reference}</span>
                    <span>{format!("{} · {}", issue.store.code, issue.store.name)}</span>
                </div>
                <h2 id="detail-title" class="mt-2 text-[16px] font-semibold leading-snug">{issue.title.clone()}</h2>
                <dl class="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
                    <dt class="text-zinc-500">{"Status"}</dt>
                    <dd id="detail-status"><StatusPill status={issue.status} /></dd>
                    <dt class="text-zinc-500">{"Priority"}</dt>
                    <dd><PriorityMark priority={issue.priority} /></dd>
                    <dt class="text-zinc-500">{"Assignee"}</dt>
                    <dd><AssigneePicker issue={issue.id} current={issue.assigned_to.clone()} on_changed={p.on_changed.clone()} /></dd>
                    <dt class="text-zinc-500">{"Reported by"}</dt>
                    <dd>{issue.created_by.as_ref().map(|u| u.display_name.clone()).unwrap_or_default()}
                        <span class="text-zinc-500">{format!(" · {}", issue.created_at.format("%-d %b %Y, %H:%M UTC"))}</span></dd>
                </dl>
                if !issue.next_statuses.is_empty() {
                    <div class="mt-4 flex flex-wrap gap-2" id="status-buttons">{ for buttons }</div>
                }
                if *reopening {
                    <div class="mt-3">
                        <label class="label" for="reopen-reason">{"Why is it reopened?"}</label>
                        <textarea id="reopen-reason" class="field" rows="2" ref={reason} />
                        if let Some(e) = errors.get("reason") {
                            <p class="field-error" role="alert">{e.to_owned()}</p>
                        }
                        <p class="mt-1 text-[12px] text-zinc-500">{"Press Reopen again to save."}</p>
                    </div>
                }
                if let Some(g) = errors.general.clone() {
                    <p role="alert" class="mt-3 text-red-700 dark:text-red-300">{g}</p>
                }
            </header>
            <section class="border-b border-zinc-200 px-5 py-3 dark:border-zinc-800" aria-label="Vendor">
                { vendor_panel(issue, resend) }
            </section>
            <section class="px-5 py-4">
                if !issue.description.is_empty() {
                    <p class="whitespace-pre-wrap leading-relaxed">{issue.description.clone()}</p>
                }
                <h3 class="mt-5 text-[12px] font-medium uppercase tracking-wide text-zinc-500">{"Timeline"}</h3>
                <ol id="timeline" class="mt-2 space-y-2">
                    { for issue.timeline.iter().map(timeline_item) }
                </ol>
                <CommentBox issue={issue.id} on_saved={p.on_changed.clone()} />
            </section>
        </article>
    }
}

/// RSNL's ticket for the issue and its dates, as the vendor loop records them.
fn vendor_panel(issue: &IssueDetailView, resend: Callback<MouseEvent>) -> Html {
    let when = |d: &Option<chrono::DateTime<chrono::Utc>>| {
        d.map(|d| d.format("%-d %b %Y, %H:%M UTC").to_string())
    };
    let mail = issue.mail.as_ref().map(|m| {
        let failed = m.state == MailState::Failed;
        html! {
            <p id="vendor-mail" class={if failed { "mt-2 text-red-700 dark:text-red-300" } else { "mt-2 text-zinc-600 dark:text-zinc-400" }}>
                {mail_sentence(m)}
                if m.can_resend {
                    <button id="resend-mail" class="btn ml-2" onclick={resend}>{"Resend"}</button>
                }
            </p>
        }
    });
    let ticket = match &issue.vendor {
        None => html! {
            <>
                <h3 class="text-[12px] font-medium uppercase tracking-wide text-zinc-500">{"RSNL"}</h3>
                <p id="vendor-ticket" class="mt-1 text-zinc-600 dark:text-zinc-400">{"No RSNL ticket yet."}</p>
            </>
        },
        Some(v) => html! {
            <>
                <h3 class="text-[12px] font-medium uppercase tracking-wide text-zinc-500">{v.vendor.clone()}</h3>
                <dl class="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                    <dt class="text-zinc-500">{"Ticket"}</dt>
                    <dd id="vendor-ticket" class="font-mono">{v.ticket_id.clone()}</dd>
                    <dt class="text-zinc-500">{"Acknowledged"}</dt>
                    <dd>{when(&v.acknowledged_at).unwrap_or_else(|| "Not yet".into())}</dd>
                    <dt class="text-zinc-500">{"Resolved"}</dt>
                    <dd>{when(&v.resolution_date).unwrap_or_else(|| "Not yet".into())}</dd>
                    if let Some(st) = &v.last_vendor_status {
                        <dt class="text-zinc-500">{"Their status"}</dt>
                        <dd>{st.clone()}</dd>
                    }
                </dl>
            </>
        },
    };
    html! { <>{ticket}{ for mail }</> }
}

fn timeline_item(t: &TimelineItem) -> Html {
    match t {
        TimelineItem::Change {
            at,
            actor,
            field,
            old_value,
            new_value,
            note,
        } => {
            let who = actor.clone().unwrap_or_else(|| "StoreDesk".into());
            let status_name = |v: &Option<String>| {
                v.as_deref()
                    .and_then(Status::parse)
                    .map(|s| s.label().to_owned())
                    .or_else(|| v.clone())
                    .unwrap_or_default()
            };
            let what = match field.as_str() {
                "created" => "logged the issue".to_owned(),
                "status" => format!(
                    "moved it from {} to {}",
                    status_name(old_value),
                    status_name(new_value)
                ),
                "reopened" => format!("reopened it ({} before)", status_name(old_value)),
                "assigned_to" => match new_value {
                    Some(n) => format!("assigned it to {n}"),
                    None => "unassigned it".to_owned(),
                },
                "vendor_ticket" => format!(
                    "recorded the vendor's ticket {}",
                    new_value.clone().unwrap_or_default()
                ),
                other => format!("changed the {}", other.replace('_', " ")),
            };
            html! {
                <li class="flex gap-2 text-zinc-600 dark:text-zinc-400">
                    <span class="mt-1.5 inline-block h-1.5 w-1.5 shrink-0 rounded-full bg-zinc-400" aria-hidden="true"></span>
                    <span>
                        <span class="font-medium text-zinc-800 dark:text-zinc-200">{who}</span>{format!(" {what}")}
                        if let Some(n) = note { <span class="italic">{format!(": “{n}”")}</span> }
                        <span class="ml-1 text-[12px] text-zinc-500">{at.format("%-d %b, %H:%M").to_string()}</span>
                    </span>
                </li>
            }
        }
        TimelineItem::Comment(c) => html! {
            <li class="rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-700">
                <p class="text-[12px] text-zinc-500">
                    <span class="font-medium text-zinc-800 dark:text-zinc-200">{c.author.display_name.clone()}</span>
                    {format!(" · {}", c.created_at.format("%-d %b, %H:%M"))}
                </p>
                <p class="mt-1 whitespace-pre-wrap">{c.body.clone()}</p>
            </li>
        },
    }
}
