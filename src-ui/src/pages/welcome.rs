//! First start: where StoreDesk keeps its data.

use crate::backend;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_done: Callback<()>,
}

#[function_component(Welcome)]
pub fn welcome(p: &Props) -> Html {
    let error = use_state(|| None::<String>);
    let choose_local = {
        let on_done = p.on_done.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let on_done = on_done.clone();
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match backend::choose_local().await {
                    Ok(_) => on_done.emit(()),
                    Err(e) => error.set(Some(e.message)),
                }
            });
        })
    };
    html! {
        <main class="flex h-full items-center justify-center bg-zinc-50 p-8 dark:bg-zinc-950">
            <div class="w-full max-w-2xl">
                <h1 class="text-2xl font-semibold">{"Welcome to StoreDesk"}</h1>
                <p class="mt-2 text-zinc-600 dark:text-zinc-400">
                    {"Log store faults, send them to RSNL and see the vendor's answers in one place. Where should StoreDesk keep its data?"}
                </p>
                <div class="mt-6 grid grid-cols-2 gap-4">
                    <section class="rounded-lg border border-zinc-200 bg-white p-5 opacity-70 dark:border-zinc-700 dark:bg-zinc-900" aria-disabled="true">
                        <h2 class="text-[15px] font-semibold">{"Connect to your company's StoreDesk server"}</h2>
                        <p class="mt-2 text-zinc-600 dark:text-zinc-400">
                            {"Share issues with every store and engineer, work offline and sync when back online."}
                        </p>
                        <p class="mt-4 text-[12px] text-zinc-500">{"Not available in this version yet."}</p>
                    </section>
                    <section class="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-700 dark:bg-zinc-900">
                        <h2 class="text-[15px] font-semibold">{"Use StoreDesk on this computer"}</h2>
                        <p class="mt-2 text-zinc-600 dark:text-zinc-400">
                            {"No server needed: everything is kept on this computer. You create the first administrator and may load demo data to look around."}
                        </p>
                        <button id="choose-local" class="btn-primary mt-4" onclick={choose_local}>
                            {"Use on this computer"}
                        </button>
                    </section>
                </div>
                if let Some(e) = (*error).clone() {
                    <p role="alert" class="mt-4 text-red-700 dark:text-red-300">{e}</p>
                }
            </div>
        </main>
    }
}
