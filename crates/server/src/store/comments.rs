use super::{decode, user_summary_json};
use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgConnection, PgPool};
use storedesk_domain::api::comment::Comment;
use storedesk_domain::text::CommentBody;
use storedesk_domain::{CommentId, IssueId, UserId};
use uuid::Uuid;

pub(crate) fn comment_json() -> String {
    format!(
        "json_build_object('id', c.id, 'issue_id', c.issue_id, 'author', {au}, 'body', c.body,
            'created_at', c.created_at, 'updated_at', c.updated_at)",
        au = user_summary_json("au")
    )
}

pub async fn list(db: &PgPool, issue: IssueId) -> ApiResult<Vec<Comment>> {
    let rows: Vec<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} from comments c join users au on au.id = c.author_id
         where c.issue_id = $1 order by c.created_at, c.id",
        comment_json()
    ))
    .bind(issue.0)
    .fetch_all(db)
    .await?;
    rows.into_iter().map(|j| decode(j.0)).collect()
}

pub async fn get(conn: &mut PgConnection, id: CommentId) -> ApiResult<Comment> {
    let row: Option<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} from comments c join users au on au.id = c.author_id where c.id = $1",
        comment_json()
    ))
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    decode(row.ok_or(ApiError::NotFound("comment"))?.0)
}

pub async fn create(
    conn: &mut PgConnection,
    id: Uuid,
    issue: IssueId,
    author: UserId,
    body: &CommentBody,
) -> ApiResult<Comment> {
    sqlx::query("insert into comments (id, issue_id, author_id, body) values ($1, $2, $3, $4)")
        .bind(id)
        .bind(issue.0)
        .bind(author.0)
        .bind(body.as_str())
        .execute(&mut *conn)
        .await?;
    get(conn, CommentId(id)).await
}

pub struct Owner {
    pub issue: IssueId,
    pub author: UserId,
    pub created_at: DateTime<Utc>,
}

pub async fn owner(conn: &mut PgConnection, id: CommentId) -> ApiResult<Owner> {
    let row: Option<(Uuid, Uuid, DateTime<Utc>)> = sqlx::query_as(
        "select issue_id, author_id, created_at from comments where id = $1 for update",
    )
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    let (issue, author, created_at) = row.ok_or(ApiError::NotFound("comment"))?;
    Ok(Owner {
        issue: IssueId(issue),
        author: UserId(author),
        created_at,
    })
}

pub async fn edit(
    conn: &mut PgConnection,
    id: CommentId,
    body: &CommentBody,
) -> ApiResult<Comment> {
    sqlx::query("update comments set body = $2, updated_at = now() where id = $1")
        .bind(id.0)
        .bind(body.as_str())
        .execute(&mut *conn)
        .await?;
    get(conn, id).await
}

pub async fn delete(conn: &mut PgConnection, id: CommentId) -> ApiResult<()> {
    sqlx::query("delete from comments where id = $1")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(())
}
