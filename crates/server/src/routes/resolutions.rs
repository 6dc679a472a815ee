use super::extract::{Body, PathId};
use super::issues::parse_key;
use crate::actions;
use crate::auth::actor::Auth;
use crate::error::ApiResult;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use storedesk_domain::api::resolution::{NewResolution, Resolution, ResolutionPatch};
use storedesk_domain::{Problem, ResolutionId};
use uuid::Uuid;

/// Record the vendor's ticket for an issue. Unique per (issue, vendor, vendor ticket id).
#[utoipa::path(post, path = "/api/issues/{key}/resolutions", tag = "resolutions", params(("key" = String, Path)), request_body = NewResolution,
    responses((status = 201, body = Resolution), (status = 409, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn record(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
    Body(n): Body<NewResolution>,
) -> ApiResult<(StatusCode, Json<Resolution>)> {
    let key = parse_key(&key)?;
    let mut tx = s.db.begin().await?;
    let r = actions::resolution::record(&mut tx, &a, key, &n).await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(r)))
}

/// Update the vendor's progress: acknowledged, resolved, last status.
#[utoipa::path(patch, path = "/api/resolutions/{id}", tag = "resolutions", params(("id" = Uuid, Path)), request_body = ResolutionPatch,
    responses((status = 200, body = Resolution), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn update(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
    Body(p): Body<ResolutionPatch>,
) -> ApiResult<Json<Resolution>> {
    let mut tx = s.db.begin().await?;
    let r = actions::resolution::update(&mut tx, &a, ResolutionId(id), &p).await?;
    tx.commit().await?;
    Ok(Json(r))
}
