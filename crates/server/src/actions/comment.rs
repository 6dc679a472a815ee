use super::issue::visible_id;
use super::require;
use crate::error::{ApiError, ApiResult};
use crate::store::comments;
use crate::store::issues::{self, IssueKey};
use chrono::Utc;
use sqlx::PgConnection;
use storedesk_domain::api::comment::{Comment, CommentEdit, NewComment};
use storedesk_domain::history::Event;
use storedesk_domain::policy::Actor;
use storedesk_domain::CommentId;
use uuid::Uuid;

pub async fn add(
    conn: &mut PgConnection,
    actor: &Actor,
    issue: IssueKey,
    n: &NewComment,
) -> ApiResult<Comment> {
    let body = n.validate().map_err(ApiError::Validation)?;
    let (issue_id, scope) = visible_id(conn, actor, issue).await?;
    require(actor, scope, actor.can_work_on_issue(scope))?;
    let id = n.id.map(|c| c.0).unwrap_or_else(Uuid::now_v7);
    let c = comments::create(conn, id, issue_id, actor.id, &body).await?;
    issues::record_events(
        conn,
        issue_id,
        Some(actor.id),
        &[Event {
            field: "comment_added",
            old: None,
            new: Some(id.to_string()),
        }],
        None,
    )
    .await?;
    Ok(c)
}

/// Loads the comment, checks the caller sees its issue and may change it (author within the
/// window, or an admin).
async fn changeable(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CommentId,
) -> ApiResult<comments::Owner> {
    let owner = comments::owner(conn, id).await?;
    let scope = issues::scope(conn, owner.issue).await?;
    if !actor.can_view_issue(scope) {
        return Err(ApiError::NotFound("comment"));
    }
    if !actor.can_change_comment(owner.author, owner.created_at, Utc::now()) {
        return Err(ApiError::Forbidden);
    }
    Ok(owner)
}

pub async fn edit(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CommentId,
    e: &CommentEdit,
) -> ApiResult<Comment> {
    let body = e.validate().map_err(ApiError::Validation)?;
    let owner = changeable(conn, actor, id).await?;
    let c = comments::edit(conn, id, &body).await?;
    issues::record_events(
        conn,
        owner.issue,
        Some(actor.id),
        &[Event {
            field: "comment_edited",
            old: None,
            new: Some(id.to_string()),
        }],
        None,
    )
    .await?;
    Ok(c)
}

pub async fn delete(conn: &mut PgConnection, actor: &Actor, id: CommentId) -> ApiResult<()> {
    let owner = changeable(conn, actor, id).await?;
    comments::delete(conn, id).await?;
    issues::record_events(
        conn,
        owner.issue,
        Some(actor.id),
        &[Event {
            field: "comment_deleted",
            old: Some(id.to_string()),
            new: None,
        }],
        None,
    )
    .await?;
    Ok(())
}
