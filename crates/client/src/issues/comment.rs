//! Comments people write on an issue: validated and authorised by the domain's rules (the same
//! the server applies), saved here at once, and queued for the server when connected.

use super::current;
use crate::error::{ClientError, ClientResult};
use crate::sync::outbox;
use chrono::Utc;
use sqlx::SqlitePool;
use storedesk_domain::api::comment::NewComment;
use storedesk_domain::sync::MutationOp;
use storedesk_domain::view::{Mode, SessionUser};
use storedesk_domain::{CommentId, IssueId};
use uuid::Uuid;

pub async fn add(
    db: &SqlitePool,
    me: &SessionUser,
    issue: IssueId,
    c: &NewComment,
    mode: Mode,
) -> ClientResult<CommentId> {
    let body = c.validate().map_err(ClientError::Invalid)?;
    let mut tx = db.begin().await?;
    let cur = current(&mut tx, issue).await?;
    let actor = me.actor();
    if !actor.can_view_issue(cur.scope) {
        return Err(ClientError::NotFound("this issue"));
    }
    if !actor.can_work_on_issue(cur.scope) {
        return Err(ClientError::Forbidden("comment on this issue"));
    }
    let id = c.id.unwrap_or_else(|| CommentId(Uuid::now_v7()));
    let now = Utc::now();
    sqlx::query(
        "insert into comments (id, issue_id, author_id, body, created_at, updated_at)
         values (?1, ?2, ?3, ?4, ?5, ?5)",
    )
    .bind(id.0.to_string())
    .bind(issue.0.to_string())
    .bind(me.id.0.to_string())
    .bind(body.as_str())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if mode == Mode::Connected {
        let op = MutationOp::AddComment {
            issue_id: issue,
            id,
            body: body.into_inner(),
        };
        outbox::enqueue(&mut tx, op).await?;
    }
    tx.commit().await?;
    Ok(id)
}
