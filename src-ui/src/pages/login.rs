//! Sign in: a local account on this computer, or again at the server this computer is connected
//! to (after signing out, or when the server ended the session; unsent changes are kept).

use crate::backend;
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::form_input::value;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::Secret;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_done: Callback<()>,
    /// "On this computer", or the server's address.
    pub location: AttrValue,
}

#[function_component(LoginPage)]
pub fn login_page(p: &Props) -> Html {
    let login = use_node_ref();
    let password = use_node_ref();
    let errors = use_state(FormErrors::default);
    let busy = use_state(|| false);
    // Why sign-in is asked (the session ended; no keychain to keep it), from the sync status.
    let why = use_state(Vec::<String>::new);
    {
        let why = why.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) = backend::sync_status().await {
                    let mut lines: Vec<String> = s.message.into_iter().collect();
                    if s.keychain_missing {
                        lines.push("This computer has no keychain service to keep your session, so StoreDesk asks for your password at each start.".into());
                    }
                    why.set(lines);
                }
            });
        });
    }
    let submit = {
        let (login, password) = (login.clone(), password.clone());
        let (errors, busy, on_done) = (errors.clone(), busy.clone(), p.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = LoginRequest {
                login: value(&login),
                password: Secret::new(value(&password)),
            };
            let (errors, busy, on_done) = (errors.clone(), busy.clone(), on_done.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match backend::login(&request).await {
                    Ok(_) => on_done.emit(()),
                    Err(e) => {
                        errors.set(FormErrors::from_error(&e, &["login", "password"]));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let login_err = errors.get("login").map(str::to_owned);
    html! {
        <main class="flex h-full items-center justify-center bg-zinc-50 p-8 dark:bg-zinc-950">
            <form class="w-full max-w-sm rounded-lg border border-zinc-200 bg-white p-6 dark:border-zinc-700 dark:bg-zinc-900"
                  onsubmit={submit} novalidate=true>
                <h1 class="text-lg font-semibold">{"Sign in to StoreDesk"}</h1>
                <p id="login-location" class="mt-1 text-zinc-600 dark:text-zinc-400">{p.location.clone()}</p>
                { for why.iter().map(|w| html! { <p class="login-why mt-3 rounded-md bg-amber-50 p-2 text-[13px] text-amber-900 dark:bg-amber-950 dark:text-amber-200">{w.clone()}</p> }) }
                <div class="mt-5 space-y-3">
                    <div>
                        <label class="label" for="login">{"Username or email"}</label>
                        <input id="login" class="field" ref={login} autocomplete="username" />
                        <FieldMessage id="login-msg" error={login_err} hint="" />
                    </div>
                    <div>
                        <label class="label" for="password">{"Password"}</label>
                        <input id="password" type="password" class="field" ref={password} autocomplete="current-password" />
                    </div>
                </div>
                if let Some(g) = errors.general.clone() {
                    <p role="alert" class="mt-4 text-red-700 dark:text-red-300">{g}</p>
                }
                <div class="mt-6 flex justify-end">
                    <button id="sign-in" class="btn-primary" type="submit" disabled={*busy}>{"Sign in"}</button>
                </div>
            </form>
        </main>
    }
}
