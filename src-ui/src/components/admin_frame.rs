//! What both admin pages share: the people and the stores (each page shows one and picks from
//! the other), and the frame: a heading with the count and the "Add" button, the table of
//! records with its column heads, and the form beside it.

use crate::backend;
use storedesk_domain::api::store::Store;
use storedesk_domain::api::user::User;
use yew::prelude::*;

/// The people and the stores as the engine has them (`None` until loaded), and why they could
/// not be read.
#[derive(Clone, PartialEq, Default)]
pub struct Directory {
    pub people: Option<Vec<User>>,
    pub stores: Option<Vec<Store>>,
    pub error: Option<String>,
}

/// Loads the directory, and again each time `version` moves (after a change).
#[hook]
pub fn use_directory(version: u32) -> Directory {
    let dir = use_state(Directory::default);
    {
        let dir = dir.clone();
        use_effect_with(version, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let (people, stores) = (backend::people().await, backend::admin_stores().await);
                let error = people
                    .as_ref()
                    .err()
                    .or(stores.as_ref().err())
                    .map(|e| e.message.clone());
                dir.set(Directory {
                    people: people.ok(),
                    stores: stores.ok(),
                    error,
                });
            });
        });
    }
    (*dir).clone()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    /// How many records, once loaded.
    pub count: Option<usize>,
    pub add_id: AttrValue,
    pub add_label: AttrValue,
    pub on_add: Callback<MouseEvent>,
    pub load_error: Option<String>,
    pub table_id: AttrValue,
    pub columns: Vec<&'static str>,
    /// The table's rows.
    pub rows: Html,
    /// The form beside the table.
    pub aside: Html,
}

#[function_component(AdminFrame)]
pub fn admin_frame(p: &Props) -> Html {
    let heads = p.columns.iter().enumerate().map(|(i, c)| {
        let pad = if i == 0 { "px-4" } else { "px-2" };
        html! { <th class={classes!(pad, "py-1.5", "font-medium")}>{*c}</th> }
    });
    html! {
        <div class="flex min-h-0 flex-1">
            <div class="flex min-w-0 flex-1 flex-col">
                <div class="flex items-center gap-3 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
                    <h1 class="text-[15px] font-semibold">{p.title.clone()}</h1>
                    <span class="tabular-nums text-zinc-500">{p.count.map(|n| n.to_string()).unwrap_or_default()}</span>
                    <button id={p.add_id.clone()} class="btn ml-auto" onclick={p.on_add.clone()}>{p.add_label.clone()}</button>
                </div>
                if let Some(e) = p.load_error.clone() {
                    <p role="alert" class="px-4 py-3 text-red-700 dark:text-red-300">{e}</p>
                }
                <div class="min-h-0 flex-1 overflow-auto">
                    <table class="w-full text-left" id={p.table_id.clone()}>
                        <thead class="sticky top-0 bg-white text-[12px] text-zinc-500 dark:bg-zinc-900">
                            <tr class="border-b border-zinc-200 dark:border-zinc-800">{ for heads }</tr>
                        </thead>
                        <tbody>{p.rows.clone()}</tbody>
                    </table>
                </div>
            </div>
            <aside class="w-[360px] shrink-0 overflow-auto border-l border-zinc-200 p-4 dark:border-zinc-800">{p.aside.clone()}</aside>
        </div>
    }
}
