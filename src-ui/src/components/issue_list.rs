//! The issue list: a fixed-height grid that renders only the rows on screen, fetching the window
//! it scrolls to (`list_window`), so 10,000 issues scroll like 40. The cursor (keyboard or click)
//! is owned by the workspace; the list tells it which issue sits under the cursor.

use crate::backend;
use crate::components::pill::{PriorityMark, StatusPill};
use crate::list_window::{self, ROW_HEIGHT};
use crate::relative_time::ago;
use std::rc::Rc;
use storedesk_domain::view::{IssueList as Window, IssueQuery, IssueRow, RowSync};
use storedesk_domain::{IssueId, IssueRef};
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub query: IssueQuery,
    /// Bumped after a write so the list fetches again.
    pub version: u32,
    pub cursor: Option<u32>,
    /// The open issue: when rows move under the cursor (a sync brought new ones), the cursor
    /// follows it instead of opening whatever now sits there.
    pub selected: Option<IssueId>,
    pub on_cursor: Callback<u32>,
    pub on_select: Callback<IssueId>,
    pub on_total: Callback<u32>,
    pub on_error: Callback<String>,
}

#[function_component(IssueList)]
pub fn issue_list(p: &Props) -> Html {
    let scroller = use_node_ref();
    let window = use_state(|| None::<Window>);
    let loading = use_state(|| true);
    // Answers can arrive out of order while typing a search: only the latest request counts.
    let latest = use_mut_ref(|| 0u64);
    let fetch = {
        let (window, loading, latest) = (window.clone(), loading.clone(), latest.clone());
        let (query, on_total, on_error) = (p.query.clone(), p.on_total.clone(), p.on_error.clone());
        Rc::new(move |offset: u32, limit: u32| {
            let mut q = query.clone();
            q.offset = offset;
            q.limit = limit;
            let ticket = {
                let mut l = latest.borrow_mut();
                *l += 1;
                *l
            };
            let (window, loading, latest) = (window.clone(), loading.clone(), latest.clone());
            let (on_total, on_error) = (on_total.clone(), on_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = backend::issues(&q).await;
                if *latest.borrow() != ticket {
                    return;
                }
                match answer {
                    Ok(w) => {
                        on_total.emit(w.total);
                        window.set(Some(w));
                        loading.set(false);
                    }
                    Err(e) => on_error.emit(e.message),
                }
            });
        })
    };
    // A new query or a write: back to the top of the list, fetch the first window.
    {
        let (fetch, scroller) = (fetch.clone(), scroller.clone());
        use_effect_with((p.query.clone(), p.version), move |_| {
            let viewport = scroller
                .cast::<Element>()
                .map(|e| e.client_height() as f64)
                .unwrap_or(800.0);
            if let Some(w) = list_window::needed(0.0, viewport, u32::MAX, None) {
                fetch(w.offset, w.limit);
            }
        });
    }
    let onscroll = {
        let (fetch, scroller, window) = (fetch.clone(), scroller.clone(), window.clone());
        Callback::from(move |_: Event| {
            let Some(el) = scroller.cast::<Element>() else {
                return;
            };
            let Some(w) = (*window).as_ref() else { return };
            let have = Some((w.offset, w.rows.len() as u32));
            if let Some(n) = list_window::needed(
                el.scroll_top() as f64,
                el.client_height() as f64,
                w.total,
                have,
            ) {
                fetch(n.offset, n.limit);
            }
        })
    };
    // Tell the workspace which issue is under the cursor, and keep the cursor on screen. When
    // only the rows changed (a reload), the open issue stays open and the cursor moves to it.
    let last_cursor = use_mut_ref(|| None::<u32>);
    {
        let (window, scroller, on_select) = (window.clone(), scroller.clone(), p.on_select.clone());
        let (on_cursor, selected) = (p.on_cursor.clone(), p.selected);
        use_effect_with(
            (
                p.cursor,
                (*window).as_ref().map(|w| {
                    (
                        w.offset,
                        w.rows.len(),
                        w.total,
                        w.rows.first().map(|r| r.id),
                    )
                }),
            ),
            move |(cursor, _)| {
                let moved = last_cursor.replace(*cursor) != *cursor;
                let follow = |w: &Window| {
                    if let Some(i) = w.rows.iter().position(|r| Some(r.id) == selected) {
                        on_cursor.emit(w.offset + i as u32);
                    }
                };
                if let (None, Some(w)) = (*cursor, (*window).as_ref()) {
                    follow(w);
                }
                if let (Some(c), Some(w)) = (*cursor, (*window).as_ref()) {
                    if let Some(row) = c.checked_sub(w.offset).and_then(|i| w.rows.get(i as usize))
                    {
                        if moved || selected.is_none() {
                            on_select.emit(row.id);
                        } else if Some(row.id) != selected {
                            follow(w);
                        }
                    }
                    if let Some(el) = scroller.cast::<Element>() {
                        let top = c as f64 * ROW_HEIGHT;
                        let (st, h) = (el.scroll_top() as f64, el.client_height() as f64);
                        if top < st {
                            el.set_scroll_top(top as i32);
                        } else if top + ROW_HEIGHT > st + h {
                            el.set_scroll_top((top + ROW_HEIGHT - h) as i32);
                        }
                    }
                }
            },
        );
    }

    let body = match (*window).as_ref() {
        None => skeleton(),
        Some(w) if w.total == 0 => empty(&p.query),
        Some(w) => {
            let now = chrono::Utc::now();
            let rows = w.rows.iter().enumerate().map(|(i, r)| {
                let index = w.offset + i as u32;
                let on_cursor = p.on_cursor.clone();
                row(
                    r,
                    index,
                    p.cursor == Some(index),
                    now,
                    Callback::from(move |_: MouseEvent| on_cursor.emit(index)),
                )
            });
            html! {
                <div style={format!("height: {}px; position: relative;", w.total as f64 * ROW_HEIGHT)}>
                    { for rows }
                </div>
            }
        }
    };
    html! {
        <div ref={scroller} id="issue-list" class="min-h-0 flex-1 overflow-y-auto" role="listbox"
             aria-label="Issues" tabindex="0" onscroll={onscroll}>
            {body}
        </div>
    }
}

fn row(
    r: &IssueRow,
    index: u32,
    selected: bool,
    now: chrono::DateTime<chrono::Utc>,
    onclick: Callback<MouseEvent>,
) -> Html {
    let reference = match r.number {
        Some(n) => IssueRef(n).to_string(),
        None => "new".to_owned(),
    };
    // Below 1280 px the store column gives way to the title.
    let base = "issue-row absolute left-0 right-0 grid cursor-default grid-cols-[96px_minmax(0,1fr)_72px_124px_28px_76px] xl:grid-cols-[96px_minmax(0,1fr)_112px_72px_124px_28px_76px] items-center gap-2 border-b border-zinc-100 px-3 dark:border-zinc-800";
    let tone = if selected {
        "bg-blue-50 dark:bg-blue-950/50"
    } else {
        "hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
    };
    html! {
        <div class={classes!(base, tone)} role="option" aria-selected={selected.to_string()}
             data-id={r.id.to_string()} data-reference={reference.clone()}
             style={format!("top: {}px; height: {}px;", index as f64 * ROW_HEIGHT, ROW_HEIGHT)} onclick={onclick}>
            <span class="whitespace-nowrap font-mono text-[12px] text-zinc-500">
                <span class="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">{reference}</span>
            </span>
            <span class="flex min-w-0 items-center gap-2">
                <span class="issue-title truncate" title={r.title.clone()}>{r.title.clone()}</span>
                { sync_mark(r) }
            </span>
            <span class="hidden truncate text-zinc-600 xl:block dark:text-zinc-400" title={r.store_name.clone()}>{r.store_name.clone()}</span>
            <PriorityMark priority={r.priority} />
            <span><StatusPill status={r.status} /></span>
            { avatar(r.assignee.as_deref()) }
            <span class="whitespace-nowrap text-right text-[12px] text-zinc-500" title={r.updated_at.format("%Y-%m-%d %H:%M UTC").to_string()}>
                {ago(r.updated_at, now)}
            </span>
        </div>
    }
}

/// The assignee's initials in a circle, the full name on hover.
fn avatar(name: Option<&str>) -> Html {
    match name {
        None => html! { <span aria-label="Unassigned"></span> },
        Some(n) => html! {
            <span class="inline-flex h-6 w-6 items-center justify-center rounded-full bg-zinc-200 text-[10px] font-medium text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200"
                  title={n.to_owned()} aria-label={format!("Assigned to {n}")}>{initials(n)}</span>
        },
    }
}

/// "Ada Lovelace" -> "AL"; one name -> its first letter.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

fn sync_mark(r: &IssueRow) -> Html {
    match r.sync {
        RowSync::Synced => html! {},
        RowSync::Pending => html! {
            <span class="shrink-0 rounded bg-zinc-100 px-1 text-[11px] text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300" title="Not on the server yet">{"pending"}</span>
        },
        RowSync::Rejected => html! {
            <span class="shrink-0 rounded bg-red-100 px-1 text-[11px] text-red-800 dark:bg-red-900/60 dark:text-red-200"
                  title={r.reject_reason.clone().unwrap_or_default()}>{"rejected"}</span>
        },
    }
}

fn skeleton() -> Html {
    html! {
        <div aria-busy="true" aria-label="Loading issues">
            { for (0..12).map(|_| html! {
                <div class="flex h-[34px] items-center gap-3 border-b border-zinc-100 px-4 dark:border-zinc-800">
                    <span class="h-3 w-16 animate-pulse rounded bg-zinc-200 dark:bg-zinc-700"></span>
                    <span class="h-3 flex-1 animate-pulse rounded bg-zinc-200 dark:bg-zinc-700"></span>
                    <span class="h-3 w-24 animate-pulse rounded bg-zinc-200 dark:bg-zinc-700"></span>
                </div>
            }) }
        </div>
    }
}

fn empty(q: &IssueQuery) -> Html {
    use storedesk_domain::view::IssueView;
    let text = if !q.search.trim().is_empty() {
        "No issue matches this search. Try fewer or other words."
    } else {
        match q.view {
            IssueView::Mine => {
                "No issues assigned to you. Issues you take or are given appear here."
            }
            IssueView::OpenInMyStores => {
                "Nothing open in your stores. Faults logged for them appear here."
            }
            IssueView::WaitingOnVendor => {
                "No issues waiting on RSNL. Issues you log appear here once sent."
            }
            IssueView::RecentlyResolved => "Nothing resolved in the last 7 days.",
            IssueView::All => "No issues yet. Press c or \"Log issue\" to log the first one.",
        }
    };
    html! {
        <div id="empty-list" class="flex h-full items-center justify-center p-8 text-center text-zinc-500">{text}</div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_of_one_or_more_names() {
        assert_eq!(super::initials("Ada Lovelace"), "AL");
        assert_eq!(super::initials("grace"), "G");
        assert_eq!(super::initials("Jean Luc Picard"), "JL");
    }
}
