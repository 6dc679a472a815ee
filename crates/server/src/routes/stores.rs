use super::extract::{Body, PathId};
use crate::auth::actor::Auth;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::{stores, users};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use storedesk_domain::api::store::{member_errors, NewStore, Standing, Store, StorePatch};
use storedesk_domain::{Problem, StoreId, UserId};
use uuid::Uuid;

/// The domain's members rule (`store::member_errors`) on the people as the database has them.
async fn check_members(
    s: &AppState,
    manager: Option<UserId>,
    engineers: &[UserId],
) -> ApiResult<()> {
    let mut ids: Vec<Uuid> = engineers.iter().map(|e| e.0).collect();
    ids.extend(manager.map(|m| m.0));
    let found = users::roles(&s.db, &ids).await?;
    let standing = |id: UserId| -> Standing {
        found
            .iter()
            .find(|(u, _, _)| *u == id.0)
            .map(|(_, r, a)| (*r, *a))
    };
    let engineers: Vec<Standing> = engineers.iter().map(|e| standing(*e)).collect();
    let errors = member_errors(manager.map(standing), &engineers);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Reference(errors))
    }
}

/// Stores the caller reaches (all for admins).
#[utoipa::path(get, path = "/api/stores", tag = "stores", responses((status = 200, body = Vec<Store>)), security(("bearer" = [])))]
pub async fn list(State(s): State<AppState>, Auth(a): Auth) -> ApiResult<Json<Vec<Store>>> {
    Ok(Json(stores::list(&s.db, &a).await?))
}

/// Create a store (admins).
#[utoipa::path(post, path = "/api/stores", tag = "stores", request_body = NewStore,
    responses((status = 201, body = Store), (status = 409, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn create(
    State(s): State<AppState>,
    Auth(a): Auth,
    Body(n): Body<NewStore>,
) -> ApiResult<(StatusCode, Json<Store>)> {
    if !a.can_manage_stores() {
        return Err(ApiError::Forbidden);
    }
    let v = n.validate().map_err(ApiError::Validation)?;
    check_members(&s, n.manager_id, &n.engineer_ids).await?;
    let id = n.id.map(|i| i.0).unwrap_or_else(Uuid::now_v7);
    Ok((
        StatusCode::CREATED,
        Json(stores::create(&s.db, id, &v, n.manager_id, &n.engineer_ids).await?),
    ))
}

/// One store (its members and admins).
#[utoipa::path(get, path = "/api/stores/{id}", tag = "stores", params(("id" = Uuid, Path)),
    responses((status = 200, body = Store), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn get(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
) -> ApiResult<Json<Store>> {
    if !a.reaches_store(StoreId(id)) {
        return Err(ApiError::NotFound("store"));
    }
    Ok(Json(stores::get(&s.db, StoreId(id)).await?))
}

/// Edit a store (admins): name, code, location, manager, engineers.
#[utoipa::path(patch, path = "/api/stores/{id}", tag = "stores", params(("id" = Uuid, Path)), request_body = StorePatch,
    responses((status = 200, body = Store), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn patch(
    State(s): State<AppState>,
    Auth(a): Auth,
    PathId(id): PathId<Uuid>,
    Body(p): Body<StorePatch>,
) -> ApiResult<Json<Store>> {
    if !a.can_manage_stores() {
        return Err(ApiError::Forbidden);
    }
    let v = p.validate().map_err(ApiError::Validation)?;
    check_members(
        &s,
        p.manager_id.flatten(),
        p.engineer_ids.as_deref().unwrap_or_default(),
    )
    .await?;
    Ok(Json(
        stores::patch(
            &s.db,
            StoreId(id),
            &v,
            p.manager_id,
            p.engineer_ids.as_deref(),
        )
        .await?,
    ))
}
