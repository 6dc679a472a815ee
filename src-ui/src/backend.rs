//! The only caller of Tauri's `invoke` (and of its event `listen`): one typed function per shell
//! command. Arguments go as plain JSON-compatible objects; answers and `CommandError`s come back
//! through serde.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::store::{NewStore, Store, StorePatch, StoreSummary};
use storedesk_domain::api::user::{NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::mail_account::{MailAccountForm, MailAccountView};
use storedesk_domain::view::{
    AppSettings, AppStatus, CommandError, Connect, FirstRun, IssueDetailView, IssueList,
    IssueQuery, NoticeSettings, RecentNotice, SessionUser, SyncStatus, ViewCounts,
};
use storedesk_domain::{IssueId, StoreId, UserId};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "event"], js_name = listen)]
    fn tauri_listen(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// The shell's event with the sync status (`src-tauri/src/background.rs`).
const SYNC_EVENT: &str = "sync-status";

fn broken(what: &str) -> CommandError {
    CommandError {
        code: "internal".into(),
        message: format!("StoreDesk could not {what}. Restart it; if this stays, reinstall it."),
        fields: Vec::new(),
    }
}

async fn call<A: Serialize, T: DeserializeOwned>(cmd: &str, args: &A) -> Result<T, CommandError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args
        .serialize(&ser)
        .map_err(|_| broken("prepare a request"))?;
    match tauri_invoke(cmd, args).await {
        Ok(v) => serde_wasm_bindgen::from_value(v).map_err(|_| broken("read an answer")),
        Err(e) => {
            Err(serde_wasm_bindgen::from_value(e).unwrap_or_else(|_| broken("reach its engine")))
        }
    }
}

#[derive(Serialize)]
struct NoArgs {}

pub async fn app_status() -> Result<AppStatus, CommandError> {
    call("app_status", &NoArgs {}).await
}

pub async fn choose_local() -> Result<AppStatus, CommandError> {
    call("choose_local", &NoArgs {}).await
}

pub async fn first_run(setup: &FirstRun) -> Result<SessionUser, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        setup: &'a FirstRun,
    }
    call("first_run", &A { setup }).await
}

pub async fn login(request: &LoginRequest) -> Result<SessionUser, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        request: &'a LoginRequest,
    }
    call("login", &A { request }).await
}

pub async fn logout() -> Result<(), CommandError> {
    call("logout", &NoArgs {}).await
}

pub async fn stores_for_new_issue() -> Result<Vec<StoreSummary>, CommandError> {
    call("stores_for_new_issue", &NoArgs {}).await
}

pub async fn issues(query: &IssueQuery) -> Result<IssueList, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        query: &'a IssueQuery,
    }
    call("issues", &A { query }).await
}

pub async fn view_counts() -> Result<ViewCounts, CommandError> {
    call("view_counts", &NoArgs {}).await
}

pub async fn issue(id: IssueId) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A {
        id: IssueId,
    }
    call("issue", &A { id }).await
}

pub async fn mail_account() -> Result<MailAccountView, CommandError> {
    call("mail_account", &NoArgs {}).await
}

pub async fn save_mail_account(form: &MailAccountForm) -> Result<MailAccountView, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        form: &'a MailAccountForm,
    }
    call("save_mail_account", &A { form }).await
}

pub async fn resend_issue_mail(id: IssueId) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A {
        id: IssueId,
    }
    call("resend_issue_mail", &A { id }).await
}

pub async fn log_issue(issue: &NewIssue) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        issue: &'a NewIssue,
    }
    call("log_issue", &A { issue }).await
}

pub async fn change_status(
    id: IssueId,
    change: &StatusChange,
) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        id: IssueId,
        change: &'a StatusChange,
    }
    call("change_status", &A { id, change }).await
}

pub async fn assignees(
    issue: IssueId,
) -> Result<Vec<storedesk_domain::api::user::UserSummary>, CommandError> {
    #[derive(Serialize)]
    struct A {
        issue: IssueId,
    }
    call("assignees", &A { issue }).await
}

pub async fn assign(
    issue: IssueId,
    who: Option<storedesk_domain::UserId>,
) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A {
        issue: IssueId,
        who: Option<storedesk_domain::UserId>,
    }
    call("assign", &A { issue, who }).await
}

pub async fn add_comment(
    issue: IssueId,
    comment: &storedesk_domain::api::comment::NewComment,
) -> Result<IssueDetailView, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        issue: IssueId,
        comment: &'a storedesk_domain::api::comment::NewComment,
    }
    call("add_comment", &A { issue, comment }).await
}

pub async fn connect(connect: &Connect) -> Result<SessionUser, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        connect: &'a Connect,
    }
    call("connect", &A { connect }).await
}

pub async fn sync_status() -> Result<SyncStatus, CommandError> {
    call("sync_status", &NoArgs {}).await
}

pub async fn sync_now() -> Result<(), CommandError> {
    call("sync_now", &NoArgs {}).await
}

pub async fn recent_notices() -> Result<Vec<RecentNotice>, CommandError> {
    call("recent_notices", &NoArgs {}).await
}

pub async fn mark_notices_read() -> Result<(), CommandError> {
    call("mark_notices_read", &NoArgs {}).await
}

pub async fn notice_settings() -> Result<NoticeSettings, CommandError> {
    call("notice_settings", &NoArgs {}).await
}

pub async fn set_notice_settings(settings: &NoticeSettings) -> Result<(), CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        settings: &'a NoticeSettings,
    }
    call("set_notice_settings", &A { settings }).await
}

/// A subscription to the engine's sync status; dropping it stops the calls.
pub struct SyncFeed(Rc<RefCell<Listening>>);

/// The handler lives as long as the listener does: until `unlisten` has run, which may be after
/// the feed was dropped (when Tauri had not yet answered the `listen`).
struct Listening {
    _handler: Closure<dyn FnMut(JsValue)>,
    unlisten: Unlisten,
}

enum Unlisten {
    Waiting,
    Ready(js_sys::Function),
    Dropped,
}

/// Calls `on` with every sync status the engine announces.
pub fn sync_feed(on: impl Fn(SyncStatus) + 'static) -> SyncFeed {
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let payload = js_sys::Reflect::get(&event, &JsValue::from_str("payload"));
        if let Ok(s) = payload
            .and_then(|p| serde_wasm_bindgen::from_value::<SyncStatus>(p).map_err(JsValue::from))
        {
            on(s);
        }
    });
    // Called now (before the handler moves), awaited below.
    let listening = tauri_listen(SYNC_EVENT, &handler).map(wasm_bindgen_futures::JsFuture::from);
    let state = Rc::new(RefCell::new(Listening {
        _handler: handler,
        unlisten: Unlisten::Waiting,
    }));
    let slot = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(listening) = listening else { return };
        let Ok(f) = listening.await else { return };
        let Ok(f) = f.dyn_into::<js_sys::Function>() else {
            return;
        };
        let mut s = slot.borrow_mut();
        if matches!(s.unlisten, Unlisten::Dropped) {
            let _ = f.call0(&JsValue::NULL);
        } else {
            s.unlisten = Unlisten::Ready(f);
        }
    });
    SyncFeed(state)
}

impl Drop for SyncFeed {
    fn drop(&mut self) {
        let mut s = self.0.borrow_mut();
        if let Unlisten::Ready(f) = std::mem::replace(&mut s.unlisten, Unlisten::Dropped) {
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

/// The admin screen: everyone (admins only; at the server when connected).
pub async fn people() -> Result<Vec<User>, CommandError> {
    call("people", &NoArgs {}).await
}

pub async fn add_person(person: &NewUser) -> Result<User, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        person: &'a NewUser,
    }
    call("add_person", &A { person }).await
}

pub async fn change_person(id: UserId, patch: &UserPatch) -> Result<User, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        id: UserId,
        patch: &'a UserPatch,
    }
    call("change_person", &A { id, patch }).await
}

pub async fn reset_password(id: UserId, reset: &PasswordReset) -> Result<(), CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        id: UserId,
        reset: &'a PasswordReset,
    }
    call("reset_password", &A { id, reset }).await
}

pub async fn admin_stores() -> Result<Vec<Store>, CommandError> {
    call("admin_stores", &NoArgs {}).await
}

pub async fn add_store(store: &NewStore) -> Result<Store, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        store: &'a NewStore,
    }
    call("add_store", &A { store }).await
}

pub async fn change_store(id: StoreId, patch: &StorePatch) -> Result<Store, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        id: StoreId,
        patch: &'a StorePatch,
    }
    call("change_store", &A { id, patch }).await
}

/// This computer's app settings (theme, start at login), kept by the shell.
pub async fn app_settings() -> Result<AppSettings, CommandError> {
    call("app_settings", &NoArgs {}).await
}

pub async fn set_app_settings(settings: &AppSettings) -> Result<AppSettings, CommandError> {
    #[derive(Serialize)]
    struct A<'a> {
        settings: &'a AppSettings,
    }
    call("set_app_settings", &A { settings }).await
}
