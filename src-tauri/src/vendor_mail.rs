//! The vendor mail commands of local mode (the account on the settings screen, "Resend" on the
//! vendor panel); the loop itself runs in the engine's background task.

use crate::commands::{answer, Answer};
use std::sync::Arc;
use storedesk_client::Engine;
use storedesk_domain::mail_account::{MailAccountForm, MailAccountView};
use storedesk_domain::view::IssueDetailView;
use storedesk_domain::IssueId;
use tauri::State;

#[tauri::command]
pub async fn mail_account(engine: State<'_, Arc<Engine>>) -> Answer<MailAccountView> {
    answer(engine.mail_account().await)
}

#[tauri::command]
pub async fn save_mail_account(
    engine: State<'_, Arc<Engine>>,
    form: MailAccountForm,
) -> Answer<MailAccountView> {
    answer(engine.save_mail_account(&form).await)
}

#[tauri::command]
pub async fn resend_issue_mail(
    engine: State<'_, Arc<Engine>>,
    id: IssueId,
) -> Answer<IssueDetailView> {
    answer(engine.resend_issue_mail(id).await)
}
