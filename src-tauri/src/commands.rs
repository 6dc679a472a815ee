//! The commands the UI invokes (`src-ui/src/backend.rs` is their only caller). Each forwards to
//! the engine and turns its error into the one `CommandError` the UI shows.

use std::sync::Arc;
use storedesk_client::{ClientError, Engine};
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::{
    AppStatus, CommandError, Connect, FirstRun, IssueDetailView, IssueList, IssueQuery,
    NoticeSettings, RecentNotice, SessionUser, SyncStatus, ViewCounts,
};
use storedesk_domain::IssueId;
use tauri::State;

pub(crate) type Answer<T> = Result<T, CommandError>;

pub(crate) fn answer<T>(r: Result<T, ClientError>) -> Answer<T> {
    r.map_err(|e| {
        if let ClientError::Internal(inner) = &e {
            tracing::error!(error = format!("{inner:#}"), "command failed");
        }
        e.to_command_error()
    })
}

#[tauri::command]
pub async fn app_status(engine: State<'_, Arc<Engine>>) -> Answer<AppStatus> {
    answer(engine.status().await)
}

#[tauri::command]
pub async fn choose_local(engine: State<'_, Arc<Engine>>) -> Answer<AppStatus> {
    answer(engine.choose_local().await)
}

#[tauri::command]
pub async fn first_run(engine: State<'_, Arc<Engine>>, setup: FirstRun) -> Answer<SessionUser> {
    answer(engine.first_run(setup).await)
}

#[tauri::command]
pub async fn login(engine: State<'_, Arc<Engine>>, request: LoginRequest) -> Answer<SessionUser> {
    answer(engine.login(request).await)
}

#[tauri::command]
pub async fn logout(engine: State<'_, Arc<Engine>>) -> Answer<()> {
    engine.logout().await;
    Ok(())
}

#[tauri::command]
pub async fn stores_for_new_issue(engine: State<'_, Arc<Engine>>) -> Answer<Vec<StoreSummary>> {
    answer(engine.stores_for_new_issue().await)
}

#[tauri::command]
pub async fn issues(engine: State<'_, Arc<Engine>>, query: IssueQuery) -> Answer<IssueList> {
    answer(engine.issues(&query).await)
}

#[tauri::command]
pub async fn view_counts(engine: State<'_, Arc<Engine>>) -> Answer<ViewCounts> {
    answer(engine.view_counts().await)
}

#[tauri::command]
pub async fn issue(engine: State<'_, Arc<Engine>>, id: IssueId) -> Answer<IssueDetailView> {
    answer(engine.issue(id).await)
}

#[tauri::command]
pub async fn log_issue(engine: State<'_, Arc<Engine>>, issue: NewIssue) -> Answer<IssueDetailView> {
    answer(engine.log_issue(&issue).await)
}

#[tauri::command]
pub async fn change_status(
    engine: State<'_, Arc<Engine>>,
    id: IssueId,
    change: StatusChange,
) -> Answer<IssueDetailView> {
    answer(engine.change_status(id, &change).await)
}

#[tauri::command]
pub async fn assignees(
    engine: State<'_, Arc<Engine>>,
    issue: IssueId,
) -> Answer<Vec<storedesk_domain::api::user::UserSummary>> {
    answer(engine.assignees(issue).await)
}

#[tauri::command]
pub async fn assign(
    engine: State<'_, Arc<Engine>>,
    issue: IssueId,
    who: Option<storedesk_domain::UserId>,
) -> Answer<IssueDetailView> {
    answer(engine.assign(issue, who).await)
}

#[tauri::command]
pub async fn add_comment(
    engine: State<'_, Arc<Engine>>,
    issue: IssueId,
    comment: storedesk_domain::api::comment::NewComment,
) -> Answer<IssueDetailView> {
    answer(engine.add_comment(issue, &comment).await)
}

#[tauri::command]
pub async fn connect(engine: State<'_, Arc<Engine>>, connect: Connect) -> Answer<SessionUser> {
    answer(engine.connect(connect).await)
}

#[tauri::command]
pub fn sync_status(engine: State<'_, Arc<Engine>>) -> SyncStatus {
    engine.sync_status()
}

#[tauri::command]
pub fn sync_now(engine: State<'_, Arc<Engine>>) {
    engine.sync_now();
}

#[tauri::command]
pub async fn recent_notices(engine: State<'_, Arc<Engine>>) -> Answer<Vec<RecentNotice>> {
    answer(engine.recent_notices().await)
}

#[tauri::command]
pub async fn mark_notices_read(engine: State<'_, Arc<Engine>>) -> Answer<()> {
    answer(engine.mark_notices_read().await)
}

#[tauri::command]
pub async fn notice_settings(engine: State<'_, Arc<Engine>>) -> Answer<NoticeSettings> {
    answer(engine.notice_settings().await)
}

#[tauri::command]
pub async fn set_notice_settings(
    engine: State<'_, Arc<Engine>>,
    settings: NoticeSettings,
) -> Answer<()> {
    answer(engine.set_notice_settings(&settings).await)
}
