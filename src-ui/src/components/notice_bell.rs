//! The bell: the app's list of recent notifications (the backup when the desktop shows none, or
//! one was dismissed unread), with its unread badge, and which kinds are shown natively.

use crate::backend;
use crate::relative_time::ago;
use storedesk_domain::notice::NoticeKind;
use storedesk_domain::view::{NoticeSettings, RecentNotice};
use storedesk_domain::IssueId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub unread: i64,
    /// Reloads the list while it is open.
    pub version: u32,
    pub on_open_issue: Callback<IssueId>,
}

#[function_component(NoticeBell)]
pub fn notice_bell(p: &Props) -> Html {
    let open = use_state(|| false);
    let list = use_state(Vec::<RecentNotice>::new);
    let settings = use_state(|| None::<NoticeSettings>);
    let error = use_state(|| None::<String>);
    {
        let (list, settings, error) = (list.clone(), settings.clone(), error.clone());
        use_effect_with((*open, p.version), move |(open, _)| {
            if *open {
                wasm_bindgen_futures::spawn_local(async move {
                    match backend::recent_notices().await {
                        Ok(l) => list.set(l),
                        Err(e) => error.set(Some(e.message)),
                    }
                    if let Ok(s) = backend::notice_settings().await {
                        settings.set(Some(s));
                    }
                    // Seen: the badge goes (the engine announces it through the sync status).
                    let _ = backend::mark_notices_read().await;
                });
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let now = chrono::Utc::now();
    let rows = list.iter().map(|r| {
        let issue = r.notice.issue;
        let (cb, open) = (p.on_open_issue.clone(), open.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(id) = issue {
                cb.emit(id);
                open.set(false);
            }
        });
        let class = if r.read { "" } else { "bg-blue-50 dark:bg-blue-950" };
        html! {
            <li class={classes!("border-b", "border-zinc-100", "dark:border-zinc-800", class)}>
                <button class="block w-full px-3 py-2 text-left hover:bg-zinc-50 disabled:cursor-default dark:hover:bg-zinc-800"
                        disabled={issue.is_none()} onclick={onclick} data-notice={r.notice.kind.as_str()}>
                    <span class="block font-medium">{r.notice.title.clone()}</span>
                    <span class="block whitespace-pre-line text-zinc-600 dark:text-zinc-400">{r.notice.body.clone()}</span>
                    <span class="block text-[11px] text-zinc-500">{ago(r.at, now)}</span>
                </button>
            </li>
        }
    });
    let kinds = settings.as_ref().map(|s| {
        let all = NoticeKind::ALL.iter().map(|k| {
            let k = *k;
            let on = !s.off.contains(&k);
            let (settings, error, current) = (settings.clone(), error.clone(), s.clone());
            let onchange = Callback::from(move |_: Event| {
                let mut next = current.clone();
                if on {
                    next.off.push(k);
                } else {
                    next.off.retain(|x| *x != k);
                }
                let (settings, error) = (settings.clone(), error.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match backend::set_notice_settings(&next).await {
                        Ok(()) => settings.set(Some(next)),
                        Err(e) => error.set(Some(e.message)),
                    }
                });
            });
            html! {
                <label class="flex items-center gap-2 py-0.5">
                    <input type="checkbox" checked={on} onchange={onchange} data-notice-kind={k.as_str()} />
                    {k.label()}
                </label>
            }
        });
        html! { <>{ for all }</> }
    });
    let badge = (p.unread > 0).then(|| {
        html! {
            <span id="notice-unread" class="absolute -right-1 -top-1 min-w-[16px] rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold leading-4 text-white">
                {if p.unread > 99 { "99+".to_owned() } else { p.unread.to_string() }}
            </span>
        }
    });
    html! {
        <div class="relative">
            <button id="notice-bell" class="relative rounded p-1 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                    aria-label={format!("Notifications, {} unread", p.unread)} aria-expanded={open.to_string()} onclick={toggle}>
                <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
                    <path d="M6 8a6 6 0 1 1 12 0c0 7 3 8 3 8H3s3-1 3-8" /><path d="M10 20a2 2 0 0 0 4 0" />
                </svg>
                { for badge }
            </button>
            if *open {
                <div id="notice-list" class="absolute right-0 top-9 z-20 w-80 rounded-lg border border-zinc-200 bg-white text-[13px] shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
                     role="dialog" aria-label="Notifications">
                    <h2 class="border-b border-zinc-200 px-3 py-2 font-semibold dark:border-zinc-700">{"Notifications"}</h2>
                    if list.is_empty() {
                        <p class="px-3 py-4 text-zinc-500">{"Nothing yet. You are told here, and by your desktop, when someone else assigns you an issue, moves one of yours, or RSNL opens a ticket for it."}</p>
                    } else {
                        <ul class="max-h-80 overflow-y-auto">{ for rows }</ul>
                    }
                    if let Some(e) = &*error {
                        <p class="px-3 py-2 text-red-700 dark:text-red-300">{e.clone()}</p>
                    }
                    <div class="border-t border-zinc-200 px-3 py-2 dark:border-zinc-700">
                        <h3 class="mb-1 text-[12px] font-semibold uppercase tracking-wide text-zinc-500">{"Notify me when"}</h3>
                        { for kinds }
                    </div>
                </div>
            }
        </div>
    }
}
