//! The thin bar at the bottom: how the data stands with the server (always visible), where it
//! is, who is signed in.

use crate::sync_line::{changes, sync_line, Tone};
use storedesk_domain::view::SyncStatus;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub location: AttrValue,
    pub user: AttrValue,
    pub error: Option<String>,
    pub sync: SyncStatus,
    pub on_retry: Callback<()>,
}

#[function_component(StatusBar)]
pub fn status_bar(p: &Props) -> Html {
    let line = sync_line(&p.sync, chrono::Utc::now());
    let dot = match line.tone {
        Tone::Good => "bg-green-500",
        Tone::Busy => "bg-blue-500 animate-pulse",
        Tone::Warn => "bg-amber-500",
        Tone::Bad => "bg-red-500",
    };
    let retry = {
        let cb = p.on_retry.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <footer class="flex h-7 shrink-0 items-center gap-4 border-t border-zinc-200 bg-zinc-50 px-3 text-[12px] text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400" role="status">
            <span id="sync-state" class="flex items-center gap-1.5" data-phase={format!("{:?}", p.sync.phase).to_lowercase()}>
                <span class={classes!("inline-block", "h-2", "w-2", "rounded-full", dot)} aria-hidden="true"></span>
                {line.text}
            </span>
            if line.retry {
                <button id="sync-retry" class="text-blue-700 hover:underline dark:text-blue-300" onclick={retry}>{"Retry now"}</button>
            }
            if p.sync.refused > 0 {
                <span id="sync-refused" class="text-red-700 dark:text-red-300">
                    {format!("{} refused by the server", changes(p.sync.refused))}
                </span>
            }
            if p.sync.keychain_missing {
                <span id="keychain-missing" title="No keychain service (Secret Service) is running on this desktop, so the session cannot be kept safely.">
                    {"No keychain: you will be asked for your password at each start"}
                </span>
            }
            if let Some(e) = &p.error {
                <span id="status-error" class="text-red-700 dark:text-red-300">{format!("Error: {e}")}</span>
            }
            <span class="truncate">{p.location.clone()}</span>
            <span class="ml-auto shrink-0">{format!("Signed in as {}", p.user)}</span>
        </footer>
    }
}
