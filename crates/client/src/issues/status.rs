use super::{current, record};
use crate::error::{ClientError, ClientResult};
use crate::sync::outbox;
use chrono::Utc;
use sqlx::SqlitePool;
use storedesk_domain::api::issue::StatusChange;
use storedesk_domain::history::{self, StatusMoveError};
use storedesk_domain::issue::TransitionError;
use storedesk_domain::sync::MutationOp;
use storedesk_domain::view::{Mode, SessionUser};
use storedesk_domain::IssueId;

/// Moves an issue along the state machine (the domain's `status_move`), with its history entry.
/// Connected, the move is queued for the server in the same transaction (the server checks it
/// again against its own state, and a refusal puts the row back).
pub async fn change_status(
    db: &SqlitePool,
    me: &SessionUser,
    id: IssueId,
    c: &StatusChange,
    mode: Mode,
) -> ClientResult<()> {
    let mut tx = db.begin().await?;
    let cur = current(&mut tx, id).await?;
    let actor = me.actor();
    if !actor.can_view_issue(cur.scope) {
        return Err(ClientError::NotFound("this issue"));
    }
    if !actor.can_work_on_issue(cur.scope) {
        return Err(ClientError::Forbidden("change this issue"));
    }
    let m = history::status_move(cur.status, c).map_err(|e| match e {
        StatusMoveError::Invalid(f) => ClientError::Invalid(f),
        StatusMoveError::Transition(TransitionError::ReasonRequired) => {
            ClientError::Invalid(vec![storedesk_domain::FieldError::new(
                "reason",
                "required",
                "say why the issue is reopened",
            )])
        }
        StatusMoveError::Transition(t @ TransitionError::NotAllowed { .. }) => {
            ClientError::Conflict(t.to_string())
        }
    })?;
    let now = Utc::now();
    sqlx::query("update issues set status = ?2, updated_at = ?3 where id = ?1")
        .bind(id.0.to_string())
        .bind(m.to.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    record(
        &mut tx,
        id,
        Some(me.id),
        now,
        std::slice::from_ref(&m.event),
        m.reason.as_ref().map(|r| r.as_str()),
    )
    .await?;
    if mode == Mode::Connected {
        let op = MutationOp::ChangeStatus {
            id,
            change: c.clone(),
        };
        outbox::enqueue(&mut tx, op).await?;
    }
    tx.commit().await?;
    Ok(())
}
