use super::extract::{Body, Params, PathId};
use crate::auth::actor::Auth;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::{assignments, stores};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use storedesk_domain::api::assignment::{Assignment, NewAssignment, Recipient};
use storedesk_domain::{AssignmentId, Problem};
use uuid::Uuid;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InboxParams {
    /// `true` lists only messages the caller has not read.
    unread: Option<bool>,
}

/// Messages for the caller (to them or their stores), newest first.
#[utoipa::path(get, path = "/api/assignments", tag = "assignments", params(InboxParams),
    responses((status = 200, body = Vec<Assignment>)), security(("bearer" = [])))]
pub async fn inbox(
    State(s): State<AppState>,
    Auth(a): Auth,
    Params(p): Params<InboxParams>,
) -> ApiResult<Json<Vec<Assignment>>> {
    Ok(Json(
        assignments::inbox(&s.db, &a, p.unread.unwrap_or(false)).await?,
    ))
}

/// Send a message to a store or an engineer (admins; managers to their stores and engineers).
#[utoipa::path(post, path = "/api/assignments", tag = "assignments", request_body = NewAssignment,
    responses((status = 201, body = Assignment), (status = 403, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn send(
    State(s): State<AppState>,
    Auth(a): Auth,
    Body(n): Body<NewAssignment>,
) -> ApiResult<(StatusCode, Json<Assignment>)> {
    let (message, to) = n.validate().map_err(ApiError::Validation)?;
    let allowed = match &to {
        Recipient::Store(st) => {
            if a.is_admin() && !stores::exists(&s.db, *st).await? {
                return Err(ApiError::reference(
                    "store_id",
                    "unknown_reference",
                    "store_id does not exist",
                ));
            }
            a.can_message_store(*st)
        }
        Recipient::Engineer(u) => a.can_message_engineer(&stores::of_engineer(&s.db, *u).await?),
    };
    if !allowed {
        return Err(ApiError::Forbidden);
    }
    let id = n.id.map(|i| i.0).unwrap_or_else(Uuid::now_v7);
    Ok((
        StatusCode::CREATED,
        Json(assignments::create(&s.db, id, a.id, &message, &to).await?),
    ))
}

/// Mark a message read for the caller.
#[utoipa::path(post, path = "/api/assignments/{id}/read", tag = "assignments", params(("id" = Uuid, Path)),
    responses((status = 200, body = Assignment), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn mark_read(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
) -> ApiResult<Json<Assignment>> {
    Ok(Json(
        assignments::mark_read(&s.db, &a, AssignmentId(id)).await?,
    ))
}
