//! Settings: where this computer's issues live, light or dark, starting at login (the shell keeps
//! them: tauri-plugin-store, the OS's login items), and in local mode the vendor mail account
//! (`mail_account_form.rs`; its password goes to the keychain).

use crate::backend;
use crate::components::mail_account_form::MailAccountSection;
use crate::theme;
use storedesk_domain::view::{AppSettings, AppStatus, Mode, Theme};
use storedesk_domain::Role;
use yew::prelude::*;

fn theme_label(t: Theme) -> (&'static str, &'static str) {
    match t {
        Theme::System => ("theme-system", "As the system"),
        Theme::Light => ("theme-light", "Light"),
        Theme::Dark => ("theme-dark", "Dark"),
    }
}

#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let settings = use_state(|| None::<AppSettings>);
    let status = use_state(|| None::<AppStatus>);
    let message = use_state(|| None::<Result<String, String>>);
    {
        let (settings, status, message) = (settings.clone(), status.clone(), message.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(s) = backend::app_status().await {
                    status.set(Some(s));
                }
                match backend::app_settings().await {
                    Ok(s) => settings.set(Some(s)),
                    Err(e) => message.set(Some(Err(e.message))),
                }
            });
        });
    }
    let save = {
        let (settings, message) = (settings.clone(), message.clone());
        Callback::from(move |next: AppSettings| {
            theme::apply(next.theme);
            let (settings, message) = (settings.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match backend::set_app_settings(&next).await {
                    Ok(s) => {
                        theme::apply(s.theme);
                        settings.set(Some(s));
                        message.set(Some(Ok("Saved.".into())));
                    }
                    Err(e) => message.set(Some(Err(e.message))),
                }
            });
        })
    };
    let where_text = match (*status).as_ref() {
        Some(s) if s.mode == Some(Mode::Connected) => format!(
            "Connected to {} as {}. To use another server, sign out and connect again.",
            s.location,
            s.user
                .as_ref()
                .map(|u| u.display_name.as_str())
                .unwrap_or("")
        ),
        Some(_) => "StoreDesk keeps everything in a file on this computer; no server is involved."
            .to_owned(),
        None => String::new(),
    };
    let body = match (*settings).clone() {
        None => html! { <p class="text-zinc-500">{"Loading settings…"}</p> },
        Some(s) => {
            let themes = Theme::ALL.iter().map(|t| {
                let t = *t;
                let (id, label) = theme_label(t);
                let onchange = {
                    let (save, s) = (save.clone(), s.clone());
                    Callback::from(move |_: Event| {
                        save.emit(AppSettings {
                            theme: t,
                            ..s.clone()
                        })
                    })
                };
                html! {
                    <label class="flex items-center gap-2" for={id}>
                        <input type="radio" name="theme" id={id} checked={s.theme == t} onchange={onchange} />
                        <span>{label}</span>
                    </label>
                }
            });
            let on_login = {
                let (save, s) = (save.clone(), s.clone());
                Callback::from(move |_: Event| {
                    save.emit(AppSettings {
                        start_at_login: !s.start_at_login,
                        ..s.clone()
                    })
                })
            };
            html! {
                <>
                    <section class="space-y-2">
                        <h2 class="font-semibold">{"Appearance"}</h2>
                        <div class="flex gap-5" role="radiogroup" aria-label="Theme">{ for themes }</div>
                    </section>
                    <section class="space-y-2">
                        <h2 class="font-semibold">{"Starting"}</h2>
                        <label class="flex items-center gap-2" for="start-at-login">
                            <input type="checkbox" id="start-at-login" checked={s.start_at_login} onchange={on_login} />
                            <span>{"Start StoreDesk when I log in to this computer"}</span>
                        </label>
                        <p class="text-[12px] text-zinc-500">
                            {"It starts hidden in the tray, so new replies from the vendor and changes from others reach you at once."}
                        </p>
                    </section>
                </>
            }
        }
    };
    html! {
        <div class="flex min-h-0 flex-1 flex-col">
            <div class="flex items-center border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
                <h1 class="text-[15px] font-semibold">{"Settings"}</h1>
            </div>
            <div id="settings" class="max-w-xl space-y-6 overflow-auto p-6">
                <section class="space-y-1">
                    <h2 class="font-semibold">{"Where your issues are"}</h2>
                    <p id="settings-where">{where_text}</p>
                </section>
                {body}
                if let Some(s) = (*status).as_ref() {
                    <MailAccountSection can_edit={s.user.as_ref().is_some_and(|u| u.role == Role::Admin)} />
                }
                <section class="space-y-1">
                    <h2 class="font-semibold">{"Notifications"}</h2>
                    <p class="text-zinc-600 dark:text-zinc-400">{"Choose which kinds StoreDesk shows from the bell at the top right of the issue list."}</p>
                </section>
                { match (*message).clone() {
                    Some(Ok(m)) => html! { <p role="status" id="settings-saved" class="text-green-700 dark:text-green-300">{m}</p> },
                    Some(Err(m)) => html! { <p role="alert" class="text-red-700 dark:text-red-300">{m}</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
