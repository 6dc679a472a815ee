use super::extract::Body;
use crate::auth::actor::Auth;
use crate::auth::{jwt, password};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::{tokens, users};
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::Json;
use std::net::SocketAddr;
use storedesk_domain::api::auth::{LoginRequest, RefreshRequest, TokenPair};
use storedesk_domain::api::user::Me;
use storedesk_domain::{Problem, UserId};
use uuid::Uuid;

fn pair(state: &AppState, user: Uuid, version: i32, refresh: String) -> ApiResult<TokenPair> {
    Ok(TokenPair {
        access_token: state.jwt.issue(user, version)?.into(),
        refresh_token: refresh.into(),
        token_type: "Bearer".into(),
        expires_in: jwt::ACCESS_TTL_SECS,
    })
}

/// Log in with a username or email and a password.
#[utoipa::path(post, path = "/api/auth/login", tag = "auth", request_body = LoginRequest,
    responses((status = 200, body = TokenPair), (status = 401, body = Problem), (status = 429, body = Problem)))]
pub async fn login(
    State(state): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    Body(req): Body<LoginRequest>,
) -> ApiResult<Json<TokenPair>> {
    let address = addr.ip().to_string();
    req.validate().map_err(ApiError::Validation)?;
    if let Some(wait) = state.throttle.check(&req.login, &address) {
        return Err(ApiError::RateLimited {
            retry_after_secs: wait,
        });
    }
    let user = users::find_for_login(&state.db, &req.login).await?;
    let ok = password::verify(
        req.password.into_exposed(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let user = match user {
        Some(u) if ok && u.active => u,
        _ => {
            state.throttle.record_failure(&req.login, &address);
            return Err(ApiError::InvalidCredentials);
        }
    };
    state.throttle.record_success(&req.login);
    let refresh = tokens::issue(&state.db, user.id, Uuid::now_v7(), None).await?;
    Ok(Json(pair(&state, user.id, user.token_version, refresh)?))
}

/// Exchange a refresh token for a new pair. Each refresh token works once.
#[utoipa::path(post, path = "/api/auth/refresh", tag = "auth", request_body = RefreshRequest,
    responses((status = 200, body = TokenPair), (status = 401, body = Problem)))]
pub async fn refresh(
    State(state): State<AppState>,
    Body(req): Body<RefreshRequest>,
) -> ApiResult<Json<TokenPair>> {
    req.validate().map_err(ApiError::Validation)?;
    let (user, next) = tokens::rotate(&state.db, req.refresh_token.expose()).await?;
    let version = users::token_version(&state.db, user)
        .await?
        .ok_or(ApiError::Unauthorized("the account is disabled"))?;
    Ok(Json(pair(&state, user, version, next)?))
}

/// Revoke the session the refresh token belongs to.
#[utoipa::path(post, path = "/api/auth/logout", tag = "auth", request_body = RefreshRequest,
    responses((status = 204)))]
pub async fn logout(
    State(state): State<AppState>,
    Body(req): Body<RefreshRequest>,
) -> ApiResult<StatusCode> {
    req.validate().map_err(ApiError::Validation)?;
    tokens::revoke_family_of(&state.db, req.refresh_token.expose()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller and the stores they reach.
#[utoipa::path(get, path = "/api/me", tag = "auth", responses((status = 200, body = Me), (status = 401, body = Problem)),
    security(("bearer" = [])))]
pub async fn me(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult<Json<Me>> {
    let user = users::get(&state.db, UserId(actor.id.0)).await?;
    Ok(Json(Me {
        user,
        managed_stores: actor.managed_stores,
        engineer_stores: actor.engineer_stores,
    }))
}
