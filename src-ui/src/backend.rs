//! The only caller of Tauri's `invoke`: one typed function per shell command. Arguments go as
//! plain JSON-compatible objects; answers and `CommandError`s come back through serde.

use serde::de::DeserializeOwned;
use serde::Serialize;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::{
    AppStatus, CommandError, FirstRun, IssueDetailView, IssueList, IssueQuery, SessionUser,
    ViewCounts,
};
use storedesk_domain::IssueId;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    async fn tauri_invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

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
