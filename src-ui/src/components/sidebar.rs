//! The views with their live counts, the admin pages (for admins), and the person signed in.

use storedesk_domain::view::{IssueView, SessionUser, ViewCounts};
use yew::prelude::*;

/// The pages shown in the workspace instead of the issue list: the admin pages and Settings.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Page {
    People,
    Stores,
    Settings,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub user: SessionUser,
    pub view: IssueView,
    /// A page other than the list is open (no view is then current).
    pub page: Option<Page>,
    pub counts: ViewCounts,
    pub on_view: Callback<IssueView>,
    pub on_page: Callback<Page>,
    pub on_log_issue: Callback<()>,
    pub on_sign_out: Callback<()>,
}

#[function_component(Sidebar)]
pub fn sidebar(p: &Props) -> Html {
    let item = |view: IssueView, id: &'static str, label: &'static str, count: u32| {
        let active = p.page.is_none() && p.view == view;
        let onclick = {
            let on_view = p.on_view.clone();
            Callback::from(move |_: MouseEvent| on_view.emit(view))
        };
        let class = if active {
            "flex w-full items-center justify-between rounded-md bg-zinc-200 px-2.5 py-1.5 font-medium dark:bg-zinc-800"
        } else {
            "flex w-full items-center justify-between rounded-md px-2.5 py-1.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        };
        html! {
            <li>
                <button id={id} class={class} onclick={onclick} aria-current={active.then_some("page")}>
                    <span>{label}</span>
                    <span class="tabular-nums text-[12px] text-zinc-500">{format_count(count)}</span>
                </button>
            </li>
        }
    };
    let page_item = |tab: Page, id: &'static str, label: &'static str| {
        let active = p.page == Some(tab);
        let onclick = {
            let on_page = p.on_page.clone();
            Callback::from(move |_: MouseEvent| on_page.emit(tab))
        };
        let class = if active {
            "flex w-full items-center rounded-md bg-zinc-200 px-2.5 py-1.5 font-medium dark:bg-zinc-800"
        } else {
            "flex w-full items-center rounded-md px-2.5 py-1.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        };
        html! {
            <li>
                <button id={id} class={class} onclick={onclick} aria-current={active.then_some("page")}>{label}</button>
            </li>
        }
    };
    let log = {
        let cb = p.on_log_issue.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let sign_out = {
        let cb = p.on_sign_out.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
            <nav class="flex w-[220px] shrink-0 flex-col border-r border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-950" aria-label="Views">
                <div class="mb-3 flex items-center gap-2 px-1">
                    <span class="inline-block h-5 w-5 rounded bg-blue-600" aria-hidden="true"></span>
                    <span class="text-[15px] font-semibold">{"StoreDesk"}</span>
                </div>
                <button id="log-issue" class="btn-primary mb-4 justify-center" onclick={log}>
                    {"Log issue"}<span class="kbd border-blue-400 text-blue-100">{"c"}</span>
                </button>
                <ul class="space-y-0.5">
                    { item(IssueView::Mine, "view-mine", "My issues", p.counts.mine) }
                    { item(IssueView::OpenInMyStores, "view-my-stores", "Open in my stores", p.counts.open_in_my_stores) }
                    { item(IssueView::WaitingOnVendor, "view-waiting", "Waiting on vendor", p.counts.waiting_on_vendor) }
                    { item(IssueView::RecentlyResolved, "view-resolved", "Recently resolved", p.counts.recently_resolved) }
                    { item(IssueView::All, "view-all", "All issues", p.counts.all) }
                </ul>
                if p.user.actor().can_manage_users() {
                    <p class="mb-1 mt-5 px-2.5 text-[11px] font-medium uppercase tracking-wide text-zinc-500">{"Admin"}</p>
                    <ul class="space-y-0.5">
                        { page_item(Page::People, "admin-people", "People") }
                        { page_item(Page::Stores, "admin-stores", "Stores") }
                    </ul>
                }
                <div class="mt-auto border-t border-zinc-200 pt-3 dark:border-zinc-800">
                    <p class="truncate px-1 font-medium">{p.user.display_name.clone()}</p>
                    <p class="truncate px-1 text-[12px] text-zinc-500">{p.user.username.clone()}</p>
    <ul class="mb-2 space-y-0.5">
                        { page_item(Page::Settings, "open-settings", "Settings") }
                    </ul>
                                    <button id="sign-out" class="mt-2 px-1 text-[12px] text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400" onclick={sign_out}>
                        {"Sign out"}
                    </button>
                </div>
            </nav>
        }
}

/// 10000 -> "10,000".
pub fn format_count(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_have_thousands_separators() {
        assert_eq!(super::format_count(0), "0");
        assert_eq!(super::format_count(999), "999");
        assert_eq!(super::format_count(10_000), "10,000");
        assert_eq!(super::format_count(1_234_567), "1,234,567");
    }
}
