use super::extract::{Body, PathId};
use super::issues::parse_key;
use crate::actions;
use crate::auth::actor::Auth;
use crate::error::ApiResult;
use crate::state::AppState;
use crate::store::comments;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use storedesk_domain::api::comment::{Comment, CommentEdit, NewComment};
use storedesk_domain::{CommentId, Problem};
use uuid::Uuid;

/// Comments of an issue, oldest first.
#[utoipa::path(get, path = "/api/issues/{key}/comments", tag = "comments", params(("key" = String, Path)),
    responses((status = 200, body = Vec<Comment>), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn list(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
) -> ApiResult<Json<Vec<Comment>>> {
    let key = parse_key(&key)?;
    let mut conn = s.db.acquire().await?;
    let (id, _) = actions::issue::visible_id(&mut conn, &a, key).await?;
    Ok(Json(comments::list(&s.db, id).await?))
}

/// Add a comment.
#[utoipa::path(post, path = "/api/issues/{key}/comments", tag = "comments", params(("key" = String, Path)), request_body = NewComment,
    responses((status = 201, body = Comment), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn add(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
    Body(n): Body<NewComment>,
) -> ApiResult<(StatusCode, Json<Comment>)> {
    let key = parse_key(&key)?;
    let mut tx = s.db.begin().await?;
    let c = actions::comment::add(&mut tx, &a, key, &n).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(c)))
}

/// Edit your own comment within 15 minutes (admins: any).
#[utoipa::path(patch, path = "/api/comments/{id}", tag = "comments", params(("id" = Uuid, Path)), request_body = CommentEdit,
    responses((status = 200, body = Comment), (status = 403, body = Problem)), security(("bearer" = [])))]
pub async fn edit(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
    Body(e): Body<CommentEdit>,
) -> ApiResult<Json<Comment>> {
    let mut tx = s.db.begin().await?;
    let c = actions::comment::edit(&mut tx, &a, CommentId(id), &e).await?;
    tx.commit().await?;
    Ok(Json(c))
}

/// Delete your own comment within 15 minutes (admins: any).
#[utoipa::path(delete, path = "/api/comments/{id}", tag = "comments", params(("id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = Problem)), security(("bearer" = [])))]
pub async fn delete(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
) -> ApiResult<StatusCode> {
    let mut tx = s.db.begin().await?;
    actions::comment::delete(&mut tx, &a, CommentId(id)).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
