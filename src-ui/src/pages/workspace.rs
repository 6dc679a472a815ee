//! The workspace: sidebar, list with its filters, detail pane, status bar, the log-issue dialog
//! and the keyboard shortcuts. Everything reads from the engine's local database, so moving
//! between issues never waits on a network.

use crate::backend;
use crate::components::issue_detail::IssueDetail;
use crate::components::issue_list::IssueList;
use crate::components::log_issue::LogIssueDialog;
use crate::components::notice_bell::NoticeBell;
use crate::components::people_admin::PeopleAdmin;
use crate::components::settings_page::SettingsPage;
use crate::components::sidebar::{format_count, Page, Sidebar};
use crate::components::status_bar::StatusBar;
use crate::components::stores_admin::StoresAdmin;
use crate::keyboard::{self, Shortcut};
use crate::list_window;
use crate::look;
use storedesk_domain::view::{
    IssueDetailView, IssueQuery, IssueSort, IssueView, SessionUser, StatusCount, SyncPhase,
    SyncStatus, ViewCounts,
};
use storedesk_domain::{IssueId, Status};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// "1 issue", "10,000 issues".
fn issue_count(n: u32) -> String {
    match n {
        1 => "1 issue".to_owned(),
        n => format!("{} issues", format_count(n)),
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub user: SessionUser,
    pub location: AttrValue,
    pub on_signed_out: Callback<()>,
}

#[function_component(Workspace)]
pub fn workspace(p: &Props) -> Html {
    let query = use_state(IssueQuery::default);
    let version = use_state(|| 0u32);
    let total = use_state(|| 0u32);
    let counts = use_state(Vec::<StatusCount>::new);
    let view_counts = use_state(ViewCounts::default);
    let cursor = use_state(|| None::<u32>);
    let selected = use_state(|| None::<IssueId>);
    let detail = use_state(|| None::<IssueDetailView>);
    let dialog = use_state(|| false);
    let page = use_state(|| None::<Page>);
    let help = use_state(|| false);
    let error = use_state(|| None::<String>);
    let search = use_node_ref();
    let sync = use_state(SyncStatus::local);
    // What the screens reload on: a write here, or synced data that changed the cache.
    let reload = version.wrapping_add(sync.data_version as u32);

    // The engine's sync status: shown in the status bar; synced changes reload what is open; a
    // session the server ended goes back to sign-in (the cache and unsent changes stay).
    {
        let (sync, on_signed_out) = (sync.clone(), p.on_signed_out.clone());
        use_effect_with((), move |_| {
            let apply = move |s: SyncStatus| {
                if s.phase == SyncPhase::SignedOut {
                    on_signed_out.emit(());
                }
                sync.set(s);
            };
            let apply = std::rc::Rc::new(apply);
            let first = apply.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) = backend::sync_status().await {
                    first(s);
                }
            });
            let feed = backend::sync_feed(move |s| apply(s));
            move || drop(feed)
        });
    }

    // The sidebar's counts and the status chips' counts follow every write.
    {
        let (view_counts, counts, error, q) = (
            view_counts.clone(),
            counts.clone(),
            error.clone(),
            (*query).clone(),
        );
        use_effect_with((reload, q.clone()), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match backend::view_counts().await {
                    Ok(c) => view_counts.set(c),
                    Err(e) => error.set(Some(e.message)),
                }
                let mut all = q;
                all.statuses.clear();
                all.limit = 1;
                if let Ok(l) = backend::issues(&all).await {
                    counts.set(l.counts);
                }
            });
        });
    }
    // The detail pane follows the selection.
    {
        let (detail, error) = (detail.clone(), error.clone());
        use_effect_with(((*selected), reload), move |(id, _)| {
            if let Some(id) = *id {
                wasm_bindgen_futures::spawn_local(async move {
                    match backend::issue(id).await {
                        Ok(d) => detail.set(Some(d)),
                        Err(e) => error.set(Some(e.message)),
                    }
                });
            } else {
                detail.set(None);
            }
        });
    }
    // Shortcuts, on the whole window.
    {
        let (dialog, help, cursor, total, search) = (
            dialog.clone(),
            help.clone(),
            cursor.clone(),
            total.clone(),
            search.clone(),
        );
        use_effect_with((*dialog, *total, *cursor), move |_| {
            let window = web_sys::window();
            let handler =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    if *dialog {
                        return;
                    }
                    let in_text = e
                        .target()
                        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    let Some(s) =
                        keyboard::shortcut(&e.key(), e.ctrl_key() || e.meta_key(), in_text)
                    else {
                        return;
                    };
                    e.prevent_default();
                    match s {
                        Shortcut::LogIssue => dialog.set(true),
                        Shortcut::Search => {
                            if let Some(i) = search.cast::<HtmlInputElement>() {
                                let _ = i.focus();
                                i.select();
                            }
                        }
                        Shortcut::Down => cursor.set(list_window::step(*cursor, 1, *total)),
                        Shortcut::Up => cursor.set(list_window::step(*cursor, -1, *total)),
                        Shortcut::Help => help.set(!*help),
                        Shortcut::Back => {
                            help.set(false);
                            if let Some(i) = search.cast::<HtmlInputElement>() {
                                let _ = i.blur();
                            }
                        }
                    }
                });
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "keydown",
                        handler.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // A new query starts the cursor afresh; the open issue stays open (as in Linear).
    let set_query = {
        let (query, cursor) = (query.clone(), cursor.clone());
        Callback::from(move |q: IssueQuery| {
            cursor.set(None);
            query.set(q);
        })
    };
    let on_view = {
        let (query, set_query, page) = (query.clone(), set_query.clone(), page.clone());
        Callback::from(move |v: IssueView| {
            page.set(None);
            let mut q = (*query).clone();
            q.view = v;
            set_query.emit(q);
        })
    };
    let on_search = {
        let (query, set_query) = (query.clone(), set_query.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let mut q = (*query).clone();
            q.search = input.value();
            q.sort = if q.search.trim().is_empty() {
                IssueSort::Updated
            } else {
                IssueSort::Relevance
            };
            set_query.emit(q);
        })
    };
    let on_sort = {
        let (query, set_query) = (query.clone(), set_query.clone());
        Callback::from(move |e: Event| {
            let Some(s) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let mut q = (*query).clone();
            q.sort = match s.value().as_str() {
                "newest" => IssueSort::Newest,
                "priority" => IssueSort::Priority,
                "relevance" => IssueSort::Relevance,
                _ => IssueSort::Updated,
            };
            set_query.emit(q);
        })
    };
    let toggle_status = {
        let (query, set_query) = (query.clone(), set_query.clone());
        Callback::from(move |s: Status| {
            let mut q = (*query).clone();
            if let Some(i) = q.statuses.iter().position(|x| *x == s) {
                q.statuses.remove(i);
            } else {
                q.statuses.push(s);
            }
            set_query.emit(q);
        })
    };
    let on_saved = {
        let (dialog, selected, version, cursor) = (
            dialog.clone(),
            selected.clone(),
            version.clone(),
            cursor.clone(),
        );
        let (query, set_query) = (query.clone(), set_query.clone());
        let page = page.clone();
        Callback::from(move |d: IssueDetailView| {
            dialog.set(false);
            page.set(None);
            // Show the new issue at the top of the list, selected.
            let mut q = (*query).clone();
            if !matches!(q.view, IssueView::All) || !q.statuses.is_empty() || !q.search.is_empty() {
                q = IssueQuery::default();
                set_query.emit(q);
            } else {
                version.set(*version + 1);
            }
            // The list puts the cursor on it once it has reloaded.
            cursor.set(None);
            selected.set(Some(d.id));
        })
    };
    let on_changed = {
        let (detail, version) = (detail.clone(), version.clone());
        Callback::from(move |d: IssueDetailView| {
            detail.set(Some(d));
            version.set(*version + 1);
        })
    };
    let sign_out = {
        let on_signed_out = p.on_signed_out.clone();
        Callback::from(move |_: ()| {
            let on_signed_out = on_signed_out.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = backend::logout().await;
                on_signed_out.emit(());
            });
        })
    };

    let chips = Status::ALL.iter().map(|s| {
        let s = *s;
        let on = query.statuses.contains(&s);
        let n = counts.iter().find(|c| c.status == s).map_or(0, |c| c.count);
        let cb = toggle_status.clone();
        let class = if on {
            "inline-flex items-center gap-1.5 rounded-full border border-blue-500 bg-blue-50 px-2.5 py-0.5 text-[12px] dark:bg-blue-950"
        } else {
            "inline-flex items-center gap-1.5 rounded-full border border-zinc-300 px-2.5 py-0.5 text-[12px] hover:bg-zinc-50 dark:border-zinc-600 dark:hover:bg-zinc-800"
        };
        html! {
            <button class={class} aria-pressed={on.to_string()} data-status-filter={s.as_str()}
                    onclick={Callback::from(move |_: MouseEvent| cb.emit(s))}>
                <span class={classes!("inline-block", "h-2", "w-2", "rounded-full", look::status_dot(s))} aria-hidden="true"></span>
                {s.label()}
                <span class="tabular-nums text-zinc-500">{format_count(n)}</span>
            </button>
        }
    });
    let sort_value = match query.sort {
        IssueSort::Updated => "updated",
        IssueSort::Newest => "newest",
        IssueSort::Priority => "priority",
        IssueSort::Relevance => "relevance",
    };
    let open_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |_: ()| dialog.set(true))
    };
    let close_dialog = {
        let dialog = dialog.clone();
        Callback::from(move |_: ()| dialog.set(false))
    };
    html! {
        <div class="flex h-full flex-col">
            <div class="flex min-h-0 flex-1">
                <Sidebar user={p.user.clone()} view={query.view} page={*page} counts={(*view_counts).clone()}
                         on_view={on_view} on_log_issue={open_dialog} on_sign_out={sign_out}
                         on_page={{ let a = page.clone(); Callback::from(move |t| a.set(Some(t))) }} />
                if let Some(tab) = *page {
                    <main class="flex min-w-0 flex-1 flex-col">
                        { match tab {
                            Page::People => html! { <PeopleAdmin me={p.user.id} /> },
                            Page::Stores => html! { <StoresAdmin /> },
                            Page::Settings => html! { <SettingsPage /> },
                        } }
                    </main>
                } else {
                <main class="flex min-w-0 flex-1 flex-col">
                    <div class="flex items-center gap-3 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
                        <input ref={search} id="search" type="search" class="field max-w-sm" placeholder="Search issues  ( / )"
                               aria-label="Search issues" value={query.search.clone()} oninput={on_search} />
                        <label class="sr-only" for="sort">{"Sort"}</label>
                        <select id="sort" class="field w-40" onchange={on_sort}>
                            <option value="updated" selected={sort_value == "updated"}>{"Recently updated"}</option>
                            <option value="newest" selected={sort_value == "newest"}>{"Newest first"}</option>
                            <option value="priority" selected={sort_value == "priority"}>{"Most urgent"}</option>
                            <option value="relevance" selected={sort_value == "relevance"}>{"Best match"}</option>
                        </select>
                        <span id="result-count" class="ml-auto tabular-nums text-zinc-500">{issue_count(*total)}</span>
                        <NoticeBell unread={sync.unread_notices} version={reload}
                                    on_open_issue={{ let (s, c) = (selected.clone(), cursor.clone()); Callback::from(move |id| { c.set(None); s.set(Some(id)) }) }} />
                    </div>
                    <div class="flex flex-wrap gap-1.5 border-b border-zinc-200 px-4 py-2 dark:border-zinc-800" aria-label="Filter by status">
                        { for chips }
                    </div>
                    <div class="flex min-h-0 flex-1">
                        <div class="flex min-w-0 flex-1 flex-col">
                            <IssueList query={(*query).clone()} version={reload} cursor={*cursor} selected={*selected}
                                       on_cursor={{ let c = cursor.clone(); Callback::from(move |i| c.set(Some(i))) }}
                                       on_select={{ let s = selected.clone(); Callback::from(move |id| if *s != Some(id) { s.set(Some(id)) }) }}
                                       on_total={{ let t = total.clone(); Callback::from(move |n| t.set(n)) }}
                                       on_error={{ let e = error.clone(); Callback::from(move |m| e.set(Some(m))) }} />
                        </div>
                        <aside class="flex w-[360px] shrink-0 2xl:w-[440px] flex-col border-l border-zinc-200 dark:border-zinc-800">
                            if let Some(d) = (*detail).clone() {
                                <IssueDetail issue={d} on_changed={on_changed} />
                            } else {
                                <div class="flex flex-1 items-center justify-center p-8 text-center text-zinc-500">
                                    {"Select an issue to see its details. Use j and k to move, c to log a new one."}
                                </div>
                            }
                        </aside>
                    </div>
                </main>
                }
            </div>
            <StatusBar location={p.location.clone()} user={p.user.display_name.clone()} error={(*error).clone()}
                       sync={(*sync).clone()} on_retry={Callback::from(|_: ()| wasm_bindgen_futures::spawn_local(async { let _ = backend::sync_now().await; }))} />
            if *dialog {
                <LogIssueDialog on_saved={on_saved} on_close={close_dialog} />
            }
            if *help {
                <div class="fixed bottom-10 right-4 z-10 w-72 rounded-lg border border-zinc-200 bg-white p-4 shadow-lg dark:border-zinc-700 dark:bg-zinc-900" role="dialog" aria-label="Keyboard shortcuts">
                    <h2 class="font-semibold">{"Keyboard shortcuts"}</h2>
                    <dl class="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                        { for keyboard::HELP.iter().map(|(k, what)| html! { <><dt><span class="kbd">{*k}</span></dt><dd>{*what}</dd></> }) }
                    </dl>
                </div>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_issue_is_singular() {
        assert_eq!(super::issue_count(1), "1 issue");
        assert_eq!(super::issue_count(0), "0 issues");
        assert_eq!(super::issue_count(10_001), "10,001 issues");
    }
}
