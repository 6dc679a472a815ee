//! The app's top: ask the engine where we stand, then show the welcome screen, the first-run
//! form, the login form or the workspace.

use super::{first_run::FirstRunPage, login::LoginPage, welcome::Welcome, workspace::Workspace};
use crate::backend;
use storedesk_domain::view::{AppStatus, SessionUser};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Screen {
    Loading,
    Welcome,
    FirstRun,
    Login(String),
    Workspace(SessionUser, String),
    Failed(String),
}

fn screen_for(s: AppStatus) -> Screen {
    match (s.mode, s.user) {
        (None, _) => Screen::Welcome,
        (Some(_), Some(u)) => Screen::Workspace(u, s.location),
        (Some(_), None) if s.needs_first_admin => Screen::FirstRun,
        (Some(_), None) => Screen::Login(s.location),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let screen = use_state(|| Screen::Loading);
    let refresh = {
        let screen = screen.clone();
        Callback::from(move |_: ()| {
            let screen = screen.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match backend::app_status().await {
                    Ok(s) => screen.set(screen_for(s)),
                    Err(e) => screen.set(Screen::Failed(e.message)),
                }
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            // The OS's light or dark at once, then the person's choice once it is read.
            crate::theme::apply(storedesk_domain::view::Theme::System);
            crate::theme::follow_os();
            wasm_bindgen_futures::spawn_local(async {
                if let Ok(s) = backend::app_settings().await {
                    crate::theme::apply(s.theme);
                }
            });
            refresh.emit(())
        });
    }
    match (*screen).clone() {
        Screen::Loading => html! {
            <div class="flex h-full items-center justify-center text-zinc-500" aria-busy="true">
                {"Opening StoreDesk…"}
            </div>
        },
        Screen::Welcome => html! { <Welcome on_done={refresh} /> },
        Screen::FirstRun => html! { <FirstRunPage on_done={refresh} /> },
        Screen::Login(location) => html! { <LoginPage on_done={refresh} location={location} /> },
        Screen::Workspace(user, location) => html! {
            <Workspace user={user} location={location} on_signed_out={refresh} />
        },
        Screen::Failed(message) => html! {
            <div class="flex h-full items-center justify-center p-8">
                <p role="alert" class="max-w-md text-center text-red-700 dark:text-red-300">{message}</p>
            </div>
        },
    }
}
