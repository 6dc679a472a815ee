//! First start: where StoreDesk keeps its data: the company's server (connect and sign in), or
//! this computer.

use crate::backend;
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::form_input::value;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::view::Connect;
use storedesk_domain::Secret;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_done: Callback<()>,
}

const FIELDS: [&str; 3] = ["server", "login", "password"];

#[function_component(Welcome)]
pub fn welcome(p: &Props) -> Html {
    let error = use_state(|| None::<String>);
    let server = use_node_ref();
    let login = use_node_ref();
    let password = use_node_ref();
    let errors = use_state(FormErrors::default);
    let busy = use_state(|| false);
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
    let connect = {
        let (server, login, password) = (server.clone(), login.clone(), password.clone());
        let (errors, busy, on_done) = (errors.clone(), busy.clone(), p.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = Connect {
                server: value(&server).trim().to_owned(),
                login: LoginRequest {
                    login: value(&login),
                    password: Secret::new(value(&password)),
                },
            };
            let (errors, busy, on_done) = (errors.clone(), busy.clone(), on_done.clone());
            busy.set(true);
            errors.set(FormErrors::default());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::connect(&request).await {
                    Ok(_) => on_done.emit(()),
                    Err(e) => {
                        errors.set(FormErrors::from_error(&e, &FIELDS));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let err = |f: &str| errors.get(f).map(str::to_owned);
    html! {
        <main class="flex h-full items-center justify-center bg-zinc-50 p-8 dark:bg-zinc-950">
            <div class="w-full max-w-3xl">
                <h1 class="text-2xl font-semibold">{"Welcome to StoreDesk"}</h1>
                <p class="mt-2 text-zinc-600 dark:text-zinc-400">
                    {"Log store faults, send them to RSNL and see the vendor's answers in one place. Where should StoreDesk keep its data?"}
                </p>
                <div class="mt-6 grid grid-cols-2 gap-4">
                    <form id="connect-form" class="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-700 dark:bg-zinc-900"
                          onsubmit={connect} novalidate=true aria-labelledby="connect-title">
                        <h2 id="connect-title" class="text-[15px] font-semibold">{"Connect to your company's StoreDesk server"}</h2>
                        <p class="mt-2 text-zinc-600 dark:text-zinc-400">
                            {"Share issues with every store and engineer, work offline and sync when back online."}
                        </p>
                        <div class="mt-4 space-y-3">
                            <div>
                                <label class="label" for="server">{"Server address"}</label>
                                <input id="server" class="field" ref={server} placeholder="https://storedesk.example.com"
                                       autocomplete="url" spellcheck="false" />
                                <FieldMessage id="server-msg" error={err("server")} hint="Your administrator gives you this address." />
                            </div>
                            <div>
                                <label class="label" for="connect-login">{"Username or email"}</label>
                                <input id="connect-login" class="field" ref={login} autocomplete="username" />
                                <FieldMessage id="connect-login-msg" error={err("login")} hint="" />
                            </div>
                            <div>
                                <label class="label" for="connect-password">{"Password"}</label>
                                <input id="connect-password" type="password" class="field" ref={password} autocomplete="current-password" />
                                <FieldMessage id="connect-password-msg" error={err("password")} hint="" />
                            </div>
                        </div>
                        if let Some(g) = errors.general.clone() {
                            <p id="connect-error" role="alert" class="mt-3 text-red-700 dark:text-red-300">{g}</p>
                        }
                        <button id="connect" class="btn-primary mt-4" type="submit" disabled={*busy}>
                            { if *busy { "Connecting…" } else { "Connect and sign in" } }
                        </button>
                    </form>
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
