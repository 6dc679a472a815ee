//! Admin: the people of the company. A table (name, sign-in, role, stores, state) and, beside
//! it, the form for a new person or the one chosen: name, email, role, deactivate or
//! reactivate, a new password. Errors show under their field or as a sentence.

use crate::admin_changes::{self, PersonForm};
use crate::backend;
use crate::components::admin_frame::{use_directory, AdminFrame};
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::form_input;
use crate::look;
use storedesk_domain::api::store::Store;
use storedesk_domain::api::user::{NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::{Role, Secret, UserId};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The signed-in admin (who cannot demote or deactivate themselves).
    pub me: UserId,
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    None,
    New,
    Person(UserId),
}

const FIELDS: [&str; 5] = ["username", "display_name", "email", "role", "password"];

/// "Manager of AMS · Engineer in UTR, RTM" from the stores' people.
fn stores_of(id: UserId, stores: &[Store]) -> String {
    let mut managed: Vec<&str> = stores
        .iter()
        .filter(|s| s.manager.as_ref().is_some_and(|m| m.id == id))
        .map(|s| s.code.as_str())
        .collect();
    let mut works: Vec<&str> = stores
        .iter()
        .filter(|s| s.engineers.iter().any(|e| e.id == id))
        .map(|s| s.code.as_str())
        .collect();
    managed.sort_unstable();
    works.sort_unstable();
    let mut parts = Vec::new();
    if !managed.is_empty() {
        parts.push(format!("Manager of {}", managed.join(", ")));
    }
    if !works.is_empty() {
        parts.push(format!("Engineer in {}", works.join(", ")));
    }
    parts.join(" · ")
}

fn role_select(id: &'static str, current: Role, invalid: bool, onchange: Callback<Event>) -> Html {
    html! {
        <select id={id} class={crate::form_errors::field_class(invalid)} onchange={onchange}>
            { for Role::ALL.iter().map(|r| html! {
                <option value={r.as_str()} selected={*r == current}>{look::role_label(*r)}</option>
            }) }
        </select>
    }
}

/// An admin call: the person it concerns and the sentence that says it is done.
type Call = std::pin::Pin<
    Box<
        dyn std::future::Future<
            Output = Result<(UserId, String), storedesk_domain::view::CommandError>,
        >,
    >,
>;

/// The form's values as typed: a re-render (an error shown) must not undo them.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    username: String,
    display_name: String,
    email: String,
    role: Option<Role>,
    password: String,
}

impl Draft {
    fn role(&self) -> Role {
        self.role.unwrap_or(Role::Engineer)
    }
}

#[function_component(PeopleAdmin)]
pub fn people_admin(p: &Props) -> Html {
    let version = use_state(|| 0u32);
    let dir = use_directory(*version);
    let (people, stores) = (dir.people, dir.stores.unwrap_or_default());
    let panel = use_state(|| Panel::None);
    let errors = use_state(FormErrors::default);
    let done = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let draft = use_state(Draft::default);
    let chosen: Option<User> = match *panel {
        Panel::Person(id) => people
            .as_ref()
            .and_then(|l| l.iter().find(|u| u.id == id).cloned()),
        _ => None,
    };
    {
        let (draft, chosen) = (draft.clone(), chosen.clone());
        let key = chosen.as_ref().map(|u| u.id);
        use_effect_with((key, *panel), move |_| {
            draft.set(match &chosen {
                Some(u) => Draft {
                    username: u.username.clone(),
                    display_name: u.display_name.clone(),
                    email: u.email.clone(),
                    role: Some(u.role),
                    password: String::new(),
                },
                None => Draft::default(),
            });
        });
    }
    let edit = |f: fn(&mut Draft, String)| form_input::edit(&draft, f);
    let on_role = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut d = (*draft).clone();
                d.role = Role::parse(&sel.value());
                draft.set(d);
            }
        })
    };
    // Runs one admin call: busy while it runs, then the list reloads and the panel shows
    // `then` (the new or edited person), or the errors stay on the form.
    let run = {
        let (busy, errors, done, version, panel, draft) = (
            busy.clone(),
            errors.clone(),
            done.clone(),
            version.clone(),
            panel.clone(),
            draft.clone(),
        );
        move |call: Call| {
            if *busy {
                return;
            }
            busy.set(true);
            let (busy, errors, done, version, panel, draft) = (
                busy.clone(),
                errors.clone(),
                done.clone(),
                version.clone(),
                panel.clone(),
                draft.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match call.await {
                    Ok((id, sentence)) => {
                        // A password is typed for one use only.
                        let mut d = (*draft).clone();
                        d.password.clear();
                        draft.set(d);
                        errors.set(FormErrors::default());
                        done.set(Some(sentence));
                        panel.set(Panel::Person(id));
                        version.set(*version + 1);
                    }
                    Err(e) => {
                        done.set(None);
                        errors.set(FormErrors::from_error(&e, &FIELDS));
                    }
                }
                busy.set(false);
            });
        }
    };
    let add = {
        let (draft, run) = (draft.clone(), run.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = (*draft).clone();
            let n = NewUser {
                id: Some(UserId(uuid::Uuid::now_v7())),
                username: d.username.clone(),
                email: d.email.clone(),
                display_name: d.display_name.clone(),
                role: d.role(),
                password: Secret::new(d.password),
            };
            run(Box::pin(async move {
                let u = backend::add_person(&n).await?;
                Ok((
                    u.id,
                    format!("{} can now sign in as {}.", u.display_name, u.username),
                ))
            }));
        })
    };
    let save = {
        let (draft, run, chosen, done) = (draft.clone(), run.clone(), chosen.clone(), done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(u) = chosen.clone() else { return };
            let patch = admin_changes::person(
                &u,
                &PersonForm {
                    display_name: draft.display_name.clone(),
                    email: draft.email.clone(),
                    role: draft.role(),
                },
            );
            if admin_changes::unchanged_person(&patch) {
                done.set(Some("Nothing to save: no field was changed.".into()));
                return;
            }
            run(Box::pin(async move {
                let u = backend::change_person(u.id, &patch).await?;
                Ok((u.id, format!("Saved {}.", u.display_name)))
            }));
        })
    };
    let toggle_active = {
        let (run, chosen) = (run.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(u) = chosen.clone() else { return };
            let patch = UserPatch {
                active: Some(!u.active),
                ..UserPatch::default()
            };
            run(Box::pin(async move {
                let u = backend::change_person(u.id, &patch).await?;
                let what = if u.active {
                    "can sign in again"
                } else {
                    "is deactivated and can no longer sign in"
                };
                Ok((u.id, format!("{} {what}.", u.display_name)))
            }));
        })
    };
    let set_password = {
        let (run, chosen, draft) = (run.clone(), chosen.clone(), draft.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(u) = chosen.clone() else { return };
            let reset = PasswordReset {
                password: Secret::new(draft.password.clone()),
            };
            run(Box::pin(async move {
                backend::reset_password(u.id, &reset).await?;
                Ok((
                    u.id,
                    format!(
                        "New password set for {}: they sign in with it from now on.",
                        u.display_name
                    ),
                ))
            }));
        })
    };
    let open = |to: Panel| {
        let (panel, errors, done) = (panel.clone(), errors.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            errors.set(FormErrors::default());
            done.set(None);
            panel.set(to);
        })
    };
    let err = |f: &str| errors.message(f);
    let invalid = |f: &str| errors.field_class(f);

    let rows = match people.as_ref() {
        None => {
            html! { <tr><td colspan="5" class="px-4 py-6 text-zinc-500">{"Loading people…"}</td></tr> }
        }
        Some(list) => html! { <>{ for list.iter().map(|u| {
            let selected = *panel == Panel::Person(u.id);
            let class = classes!(
                "cursor-pointer", "border-b", "border-zinc-100", "dark:border-zinc-800",
                if selected { "bg-blue-50 dark:bg-blue-950" } else { "hover:bg-zinc-50 dark:hover:bg-zinc-800" },
                (!u.active).then_some("text-zinc-400")
            );
            html! {
                <tr class={class} data-person={u.username.clone()} onclick={open(Panel::Person(u.id))} aria-selected={selected.to_string()}>
                    <td class="px-4 py-1.5 font-medium">{u.display_name.clone()}</td>
                    <td class="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{u.username.clone()}</td>
                    <td class="px-2 py-1.5">{look::role_label(u.role)}</td>
                    <td class="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{stores_of(u.id, &stores)}</td>
                    <td class="px-2 py-1.5">{ if u.active { "Active" } else { "Deactivated" } }</td>
                </tr>
            }
        }) }</> },
    };
    let messages = html! {
        <>
            if let Some(g) = errors.general.clone() {
                <p role="alert" class="mt-3 text-red-700 dark:text-red-300">{g}</p>
            }
            if let Some(d) = (*done).clone() {
                <p role="status" id="admin-done" class="mt-3 text-green-700 dark:text-green-300">{d}</p>
            }
        </>
    };
    let form = match (*panel, chosen) {
        (Panel::New, _) => html! {
            <form id="person-form" key="new" class="space-y-3" onsubmit={add} novalidate=true>
                <h2 class="text-[15px] font-semibold">{"Add a person"}</h2>
                <div>
                    <label class="label" for="person-name">{"Name"}</label>
                    <input id="person-name" class={invalid("display_name")} placeholder="Anna de Vries"
                           value={draft.display_name.clone()} oninput={edit(|d, v| d.display_name = v)} />
                    <FieldMessage id="person-name-msg" error={err("display_name")} hint="" />
                </div>
                <div>
                    <label class="label" for="person-username">{"Username"}</label>
                    <input id="person-username" class={invalid("username")} placeholder="anna" autocomplete="off"
                           value={draft.username.clone()} oninput={edit(|d, v| d.username = v)} />
                    <FieldMessage id="person-username-msg" error={err("username")} hint="What they sign in with, besides their email." />
                </div>
                <div>
                    <label class="label" for="person-email">{"Email"}</label>
                    <input id="person-email" type="email" class={invalid("email")} placeholder="anna@example.com"
                           value={draft.email.clone()} oninput={edit(|d, v| d.email = v)} />
                    <FieldMessage id="person-email-msg" error={err("email")} hint="" />
                </div>
                <div>
                    <label class="label" for="person-role">{"Role"}</label>
                    { role_select("person-role", draft.role(), errors.get("role").is_some(), on_role.clone()) }
                </div>
                <div>
                    <label class="label" for="person-password">{"First password"}</label>
                    <input id="person-password" type="password" class={invalid("password")} autocomplete="new-password"
                           value={draft.password.clone()} oninput={edit(|d, v| d.password = v)} />
                    <FieldMessage id="person-password-msg" error={err("password")} hint="At least 10 characters. Give it to them in person." />
                </div>
                {messages}
                <button id="save-person" type="submit" class="btn-primary" disabled={*busy}>{"Add person"}</button>
            </form>
        },
        (Panel::Person(_), Some(u)) => {
            let myself = u.id == p.me;
            html! {
                <div key={u.id.to_string()} class="space-y-5">
                    <form id="person-form" class="space-y-3" onsubmit={save} novalidate=true>
                        <h2 class="text-[15px] font-semibold">{u.display_name.clone()}</h2>
                        <p class="text-[12px] text-zinc-500">{format!("Signs in as {}", u.username)}</p>
                        <div>
                            <label class="label" for="person-name">{"Name"}</label>
                            <input id="person-name" class={invalid("display_name")}
                                   value={draft.display_name.clone()} oninput={edit(|d, v| d.display_name = v)} />
                            <FieldMessage id="person-name-msg" error={err("display_name")} hint="" />
                        </div>
                        <div>
                            <label class="label" for="person-email">{"Email"}</label>
                            <input id="person-email" type="email" class={invalid("email")}
                                   value={draft.email.clone()} oninput={edit(|d, v| d.email = v)} />
                            <FieldMessage id="person-email-msg" error={err("email")} hint="" />
                        </div>
                        <div>
                            <label class="label" for="person-role">{"Role"}</label>
                            { role_select("person-role", draft.role(), errors.get("role").is_some(), on_role.clone()) }
                            <FieldMessage id="person-role-msg" error={err("role")} hint="" />
                        </div>
                        <button id="save-person" type="submit" class="btn-primary" disabled={*busy}>{"Save changes"}</button>
                    </form>
                    <div class="border-t border-zinc-200 pt-4 dark:border-zinc-800">
                        <label class="label" for="person-password">{"New password"}</label>
                        <div class="flex gap-2">
                            <input id="person-password" type="password" class={invalid("password")} autocomplete="new-password"
                           value={draft.password.clone()} oninput={edit(|d, v| d.password = v)} />
                            <button id="set-password" type="button" class="btn shrink-0" onclick={set_password} disabled={*busy}>{"Set password"}</button>
                        </div>
                        <FieldMessage id="person-password-msg" error={err("password")} hint="They sign in with it from now on; at a server, their open sessions end." />
                    </div>
                    <div class="border-t border-zinc-200 pt-4 dark:border-zinc-800">
                        if myself {
                            <p class="text-[12px] text-zinc-500">{"You cannot deactivate yourself; another administrator can."}</p>
                        } else {
                            <button id="toggle-active" type="button" class="btn" onclick={toggle_active} disabled={*busy}>
                                { if u.active { "Deactivate" } else { "Reactivate" } }
                            </button>
                        }
                    </div>
                    {messages}
                </div>
            }
        }
        _ => html! {
            <p class="text-zinc-500">{"Choose a person to edit them, or add one."}</p>
        },
    };
    html! {
        <AdminFrame title="People" count={people.as_ref().map(Vec::len)}
                    add_id="add-person" add_label="Add person" on_add={open(Panel::New)}
                    load_error={dir.error} table_id="people-table"
                    columns={vec!["Name", "Username", "Role", "Stores", "State"]} rows={rows} aside={form} />
    }
}
