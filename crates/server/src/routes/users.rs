use super::extract::{Body, Params, PathId};
use super::pagination;
use crate::auth::actor::Auth;
use crate::auth::password;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::users;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use storedesk_domain::api::page::Page;
use storedesk_domain::api::user::{NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::policy::Actor;
use storedesk_domain::text::check_new_password;
use storedesk_domain::{Problem, UserId};
use uuid::Uuid;

fn admin(actor: &Actor) -> ApiResult<()> {
    if actor.can_manage_users() {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// From 1, default 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000000)]
    page: Option<String>,
    /// 1 to 100, default 50.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    per_page: Option<String>,
}

/// List users (admins).
#[utoipa::path(get, path = "/api/users", tag = "users", params(ListParams),
    responses((status = 200, body = Page<User>), (status = 403, body = Problem)), security(("bearer" = [])))]
pub async fn list(
    State(s): State<AppState>,
    Auth(a): Auth,
    Params(p): Params<ListParams>,
) -> ApiResult<Json<Page<User>>> {
    admin(&a)?;
    let (page, per_page) = pagination::parse(p.page.as_deref(), p.per_page.as_deref())?;
    Ok(Json(users::list(&s.db, page, per_page).await?))
}

/// Create a user (admins).
#[utoipa::path(post, path = "/api/users", tag = "users", request_body = NewUser,
    responses((status = 201, body = User), (status = 409, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn create(
    State(s): State<AppState>,
    Auth(a): Auth,
    Body(n): Body<NewUser>,
) -> ApiResult<(StatusCode, Json<User>)> {
    admin(&a)?;
    let v = n.validate().map_err(ApiError::Validation)?;
    let hash = password::hash(n.password.expose().to_owned()).await?;
    let id = n.id.map(|u| u.0).unwrap_or_else(Uuid::now_v7);
    Ok((
        StatusCode::CREATED,
        Json(users::create(&s.db, id, &v, n.role, &hash).await?),
    ))
}

/// One user (admins, or the user themself).
#[utoipa::path(get, path = "/api/users/{id}", tag = "users", params(("id" = Uuid, Path)),
    responses((status = 200, body = User), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn get(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
) -> ApiResult<Json<User>> {
    if a.id.0 != id {
        admin(&a)?;
    }
    Ok(Json(users::get(&s.db, UserId(id)).await?))
}

/// Change role, name, email, or deactivate (admins). Deactivation ends the user's sessions.
#[utoipa::path(patch, path = "/api/users/{id}", tag = "users", params(("id" = Uuid, Path)), request_body = UserPatch,
    responses((status = 200, body = User), (status = 409, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn patch(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
    Body(p): Body<UserPatch>,
) -> ApiResult<Json<User>> {
    admin(&a)?;
    let v = p.validate().map_err(ApiError::Validation)?;
    if let Some(e) = v.locks_out(a.id, a.role, UserId(id)) {
        return Err(ApiError::Validation(vec![e]));
    }
    Ok(Json(users::patch(&s.db, UserId(id), &v).await?))
}

/// Set a new password (admins). Ends the user's sessions.
#[utoipa::path(put, path = "/api/users/{id}/password", tag = "users", params(("id" = Uuid, Path)), request_body = PasswordReset,
    responses((status = 204), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn reset_password(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
    Body(p): Body<PasswordReset>,
) -> ApiResult<StatusCode> {
    admin(&a)?;
    check_new_password("password", p.password.expose())
        .map_err(|e| ApiError::Validation(vec![e]))?;
    let hash = password::hash(p.password.into_exposed()).await?;
    users::set_password(&s.db, UserId(id), &hash).await?;
    Ok(StatusCode::NO_CONTENT)
}
