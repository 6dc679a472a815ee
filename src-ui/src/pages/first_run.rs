//! Local mode's first start: the first administrator, and the demo data if wanted.

use crate::backend;
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::form_input::value;
use storedesk_domain::api::user::NewUser;
use storedesk_domain::view::FirstRun;
use storedesk_domain::{Role, Secret};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_done: Callback<()>,
}

const FIELDS: [&str; 4] = ["display_name", "username", "email", "password"];

#[function_component(FirstRunPage)]
pub fn first_run(p: &Props) -> Html {
    let name = use_node_ref();
    let username = use_node_ref();
    let email = use_node_ref();
    let password = use_node_ref();
    let demo = use_node_ref();
    let errors = use_state(FormErrors::default);
    let busy = use_state(|| false);
    let submit = {
        let (name, username, email, password, demo) = (
            name.clone(),
            username.clone(),
            email.clone(),
            password.clone(),
            demo.clone(),
        );
        let (errors, busy, on_done) = (errors.clone(), busy.clone(), p.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let setup = FirstRun {
                admin: NewUser {
                    id: None,
                    username: value(&username),
                    email: value(&email),
                    display_name: value(&name),
                    role: Role::Admin,
                    password: Secret::new(value(&password)),
                },
                load_demo: demo.cast::<HtmlInputElement>().is_some_and(|i| i.checked()),
            };
            let (errors, busy, on_done) = (errors.clone(), busy.clone(), on_done.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match backend::first_run(&setup).await {
                    Ok(_) => on_done.emit(()),
                    Err(e) => {
                        errors.set(FormErrors::from_error(&e, &FIELDS));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let field = |id: &'static str,
                 label: &'static str,
                 kind: &'static str,
                 r: &NodeRef,
                 hint: &'static str| {
        let err = errors.message(id);
        let class = errors.field_class(id);
        let described = format!("{id}-msg");
        html! {
            <div>
                <label class="label" for={id}>{label}</label>
                <input id={id} name={id} type={kind} class={class} ref={r.clone()}
                       aria-invalid={err.is_some().to_string()} aria-describedby={described.clone()} />
                <FieldMessage id={described} error={err} hint={hint} />
            </div>
        }
    };
    html! {
        <main class="flex h-full items-center justify-center bg-zinc-50 p-8 dark:bg-zinc-950">
            <form class="w-full max-w-md rounded-lg border border-zinc-200 bg-white p-6 dark:border-zinc-700 dark:bg-zinc-900"
                  onsubmit={submit} novalidate=true>
                <h1 class="text-lg font-semibold">{"Create the first administrator"}</h1>
                <p class="mt-1 text-zinc-600 dark:text-zinc-400">
                    {"This person manages stores and people. You sign in with the username or the email."}
                </p>
                <div class="mt-5 space-y-3">
                    { field("display_name", "Your name", "text", &name, "") }
                    { field("username", "Username", "text", &username, "Letters, digits, '.', '_' and '-'.") }
                    { field("email", "Email", "email", &email, "") }
                    { field("password", "Password", "password", &password, "At least 10 characters.") }
                    <label class="flex items-center gap-2">
                        <input id="load-demo" type="checkbox" checked=true ref={demo} />
                        <span>{"Load demo stores, people and 10,000 issues"}</span>
                    </label>
                </div>
                if let Some(g) = errors.general.clone() {
                    <p role="alert" class="mt-4 text-red-700 dark:text-red-300">{g}</p>
                }
                <div class="mt-6 flex justify-end">
                    <button id="create-admin" class="btn-primary" type="submit" disabled={*busy}>
                        { if *busy { "Setting up…" } else { "Create administrator" } }
                    </button>
                </div>
            </form>
        </main>
    }
}
