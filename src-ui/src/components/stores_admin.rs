//! Admin: the stores. A table (code, name, address, manager, engineers) and, beside it, the form
//! for a new store or the one chosen: code, name, address, its manager (an active store
//! manager) and its engineers (active engineers).

use crate::admin_changes::{self, StoreForm};
use crate::backend;
use crate::components::admin_frame::{use_directory, AdminFrame};
use crate::components::pill::FieldMessage;
use crate::form_errors::FormErrors;
use crate::form_input;
use storedesk_domain::api::store::{Location, NewStore, Store};
use storedesk_domain::view::CommandError;
use storedesk_domain::{Role, StoreId, UserId};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    None,
    New,
    Store(StoreId),
}

const FIELDS: [&str; 5] = ["code", "name", "address", "manager_id", "engineer_ids"];

#[function_component(StoresAdmin)]
pub fn stores_admin() -> Html {
    let version = use_state(|| 0u32);
    let dir = use_directory(*version);
    let (stores, people) = (dir.stores, dir.people.unwrap_or_default());
    let panel = use_state(|| Panel::None);
    let errors = use_state(FormErrors::default);
    let done = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // The form's values as typed: a re-render (an error shown) must not undo them.
    let draft = use_state(|| StoreForm {
        code: String::new(),
        name: String::new(),
        address: String::new(),
        manager: None,
        engineers: Vec::new(),
    });
    let chosen: Option<Store> = match *panel {
        Panel::Store(id) => stores
            .as_ref()
            .and_then(|l| l.iter().find(|s| s.id == id).cloned()),
        _ => None,
    };
    // A new panel (or the chosen store loaded) starts the form from the record.
    let form_key = chosen
        .as_ref()
        .map(|s| s.id.to_string())
        .unwrap_or_else(|| "new".into());
    {
        let (draft, chosen) = (draft.clone(), chosen.clone());
        use_effect_with((form_key.clone(), *panel), move |_| {
            draft.set(match &chosen {
                Some(s) => StoreForm {
                    code: s.code.clone(),
                    name: s.name.clone(),
                    address: s.location.address.clone(),
                    manager: s.manager.as_ref().map(|m| m.id),
                    engineers: s.engineers.iter().map(|e| e.id).collect(),
                },
                None => StoreForm {
                    code: String::new(),
                    name: String::new(),
                    address: String::new(),
                    manager: None,
                    engineers: Vec::new(),
                },
            });
        });
    }
    let edit = |f: fn(&mut StoreForm, String)| form_input::edit(&draft, f);
    let on_manager = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut d = (*draft).clone();
                d.manager = UserId::parse(&sel.value()).ok();
                draft.set(d);
            }
        })
    };
    let on_engineer = |id: UserId| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            let mut d = (*draft).clone();
            match d.engineers.iter().position(|e| *e == id) {
                Some(i) => {
                    d.engineers.remove(i);
                }
                None => d.engineers.push(id),
            }
            draft.set(d);
        })
    };
    let finish = {
        let (busy, errors, done, version, panel) = (
            busy.clone(),
            errors.clone(),
            done.clone(),
            version.clone(),
            panel.clone(),
        );
        move |r: Result<Store, CommandError>, verb: &'static str| {
            match r {
                Ok(s) => {
                    errors.set(FormErrors::default());
                    done.set(Some(format!("{verb} {} · {}.", s.code, s.name)));
                    panel.set(Panel::Store(s.id));
                    version.set(*version + 1);
                }
                Err(e) => {
                    done.set(None);
                    errors.set(FormErrors::from_error(&e, &FIELDS));
                }
            }
            busy.set(false);
        }
    };
    let onsubmit = {
        let (busy, done, chosen, finish, draft, panel) = (
            busy.clone(),
            done.clone(),
            chosen.clone(),
            finish.clone(),
            draft.clone(),
            panel.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let f = (*draft).clone();
            let finish = finish.clone();
            match (*panel, chosen.clone()) {
                (Panel::Store(_), Some(current)) => {
                    let patch = admin_changes::store(&current, &f);
                    if admin_changes::unchanged_store(&patch) {
                        done.set(Some("Nothing to save: no field was changed.".into()));
                        return;
                    }
                    busy.set(true);
                    wasm_bindgen_futures::spawn_local(async move {
                        finish(backend::change_store(current.id, &patch).await, "Saved");
                    });
                }
                _ => {
                    let n = NewStore {
                        id: Some(StoreId(uuid::Uuid::now_v7())),
                        code: f.code,
                        name: f.name,
                        location: (!f.address.is_empty()).then_some(Location {
                            address: f.address,
                            latitude: None,
                            longitude: None,
                        }),
                        manager_id: f.manager,
                        engineer_ids: f.engineers,
                    };
                    busy.set(true);
                    wasm_bindgen_futures::spawn_local(async move {
                        finish(backend::add_store(&n).await, "Added");
                    });
                }
            }
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
    let engineer_error = err("engineer_ids");

    let rows = match stores.as_ref() {
        None => {
            html! { <tr><td colspan="5" class="px-4 py-6 text-zinc-500">{"Loading stores…"}</td></tr> }
        }
        Some(list) if list.is_empty() => html! {
            <tr><td colspan="5" class="px-4 py-6 text-zinc-500">{"No stores yet. Add the first one."}</td></tr>
        },
        Some(list) => html! { <>{ for list.iter().map(|s| {
            let selected = *panel == Panel::Store(s.id);
            let class = classes!(
                "cursor-pointer", "border-b", "border-zinc-100", "dark:border-zinc-800",
                if selected { "bg-blue-50 dark:bg-blue-950" } else { "hover:bg-zinc-50 dark:hover:bg-zinc-800" }
            );
            let engineers: Vec<&str> = s.engineers.iter().map(|e| e.display_name.as_str()).collect();
            html! {
                <tr class={class} data-store={s.code.clone()} onclick={open(Panel::Store(s.id))} aria-selected={selected.to_string()}>
                    <td class="px-4 py-1.5 font-mono text-[12px]">{s.code.clone()}</td>
                    <td class="px-2 py-1.5 font-medium">{s.name.clone()}</td>
                    <td class="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{s.location.address.clone()}</td>
                    <td class="px-2 py-1.5">{s.manager.as_ref().map(|m| m.display_name.clone()).unwrap_or_else(|| "—".into())}</td>
                    <td class="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{engineers.join(", ")}</td>
                </tr>
            }
        }) }</> },
    };
    let form = {
        let current = chosen.clone();
        let heading = current
            .as_ref()
            .map(|s| format!("{} · {}", s.code, s.name))
            .unwrap_or_else(|| "Add a store".into());
        let key = form_key.clone();
        let manager_now = current
            .as_ref()
            .and_then(|s| s.manager.as_ref().map(|m| m.id));
        let was_on_team = |id: UserId| {
            current
                .as_ref()
                .is_some_and(|s| s.engineers.iter().any(|e| e.id == id))
        };
        let on_team = |id: UserId| draft.engineers.contains(&id);
        // Deactivated people can stay where they are, but only active ones can be chosen.
        let managers = people
            .iter()
            .filter(|u| u.role == Role::StoreManager && (u.active || Some(u.id) == manager_now));
        let engineer_choices = people
            .iter()
            .filter(|u| u.role == Role::Engineer && (u.active || was_on_team(u.id)));
        match *panel {
            Panel::None => {
                html! { <p class="text-zinc-500">{"Choose a store to edit it, or add one."}</p> }
            }
            _ => html! {
                <form id="store-form" key={key} class="space-y-3" onsubmit={onsubmit} novalidate=true>
                    <h2 class="text-[15px] font-semibold">{heading}</h2>
                    <div class="grid grid-cols-[7rem_1fr] gap-2">
                        <div>
                            <label class="label" for="store-code">{"Code"}</label>
                            <input id="store-code" class={invalid("code")} placeholder="AMS-01"
                                   value={draft.code.clone()} oninput={edit(|d, v| d.code = v)} />
                        </div>
                        <div>
                            <label class="label" for="store-name">{"Name"}</label>
                            <input id="store-name" class={invalid("name")} placeholder="Amsterdam Centraal"
                                   value={draft.name.clone()} oninput={edit(|d, v| d.name = v)} />
                        </div>
                    </div>
                    <FieldMessage id="store-code-msg" error={err("code")} hint="" />
                    <FieldMessage id="store-name-msg" error={err("name")} hint="" />
                    <div>
                        <label class="label" for="store-address">{"Address"}</label>
                        <input id="store-address" class={invalid("address")} placeholder="Stationsplein 15, Amsterdam"
                               value={draft.address.clone()} oninput={edit(|d, v| d.address = v)} />
                        <FieldMessage id="store-address-msg" error={err("address")} hint="Printed on the mail to the vendor, for the engineer's visit." />
                    </div>
                    <div>
                        <label class="label" for="store-manager">{"Manager"}</label>
                        <select id="store-manager" class={invalid("manager_id")} onchange={on_manager}>
                            <option value="" selected={draft.manager.is_none()}>{"No manager"}</option>
                            { for managers.map(|u| html! {
                                <option value={u.id.to_string()} selected={Some(u.id) == draft.manager}>{u.display_name.clone()}</option>
                            }) }
                        </select>
                        <FieldMessage id="store-manager-msg" error={err("manager_id")} hint="" />
                    </div>
                    <fieldset>
                        <legend class="label">{"Engineers"}</legend>
                        <div class="max-h-48 space-y-1 overflow-auto rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
                            { for engineer_choices.map(|u| html! {
                                <label class="flex items-center gap-2">
                                    <input type="checkbox" name="store-engineer" value={u.id.to_string()} checked={on_team(u.id)} onchange={on_engineer(u.id)} />
                                    <span>{u.display_name.clone()}</span>
                                </label>
                            }) }
                        </div>
                        <FieldMessage id="store-engineers-msg" error={engineer_error} hint="" />
                    </fieldset>
                    if let Some(g) = errors.general.clone() {
                        <p role="alert" class="text-red-700 dark:text-red-300">{g}</p>
                    }
                    if let Some(d) = (*done).clone() {
                        <p role="status" id="admin-done" class="text-green-700 dark:text-green-300">{d}</p>
                    }
                    <button id="save-store" type="submit" class="btn-primary" disabled={*busy}>
                        { if current.is_some() { "Save changes" } else { "Add store" } }
                    </button>
                </form>
            },
        }
    };
    html! {
        <AdminFrame title="Stores" count={stores.as_ref().map(Vec::len)}
                    add_id="add-store" add_label="Add store" on_add={open(Panel::New)}
                    load_error={dir.error} table_id="stores-table"
                    columns={vec!["Code", "Name", "Address", "Manager", "Engineers"]} rows={rows} aside={form} />
    }
}
