//! The thin bar at the bottom: where the data is, how it stands, who is signed in.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub location: AttrValue,
    pub user: AttrValue,
    pub error: Option<String>,
}

#[function_component(StatusBar)]
pub fn status_bar(p: &Props) -> Html {
    html! {
        <footer class="flex h-7 shrink-0 items-center gap-4 border-t border-zinc-200 bg-zinc-50 px-3 text-[12px] text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400" role="status">
            if let Some(e) = &p.error {
                <span id="status-error" class="text-red-700 dark:text-red-300">{format!("Error: {e}")}</span>
            } else {
                <span id="sync-state" class="flex items-center gap-1.5">
                    <span class="inline-block h-2 w-2 rounded-full bg-green-500" aria-hidden="true"></span>
                    {"Saved on this computer"}
                </span>
            }
            <span>{p.location.clone()}</span>
            <span class="ml-auto">{format!("Signed in as {}", p.user)}</span>
        </footer>
    }
}
