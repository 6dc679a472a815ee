use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store;
use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use storedesk_domain::policy::Actor;
use uuid::Uuid;

/// The authenticated caller: the account is still active, the token's version still current, and
/// the stores they reach are loaded (one query, or none when the actor cache has them).
pub struct Auth(pub Actor);

/// The caller with what their access token says: long-lived responses (the live channel) need
/// to re-check the account as it changes and to end when the token expires.
pub struct Session {
    pub actor: Actor,
    pub user: Uuid,
    pub version: i32,
    /// Unix seconds.
    pub expires_at: i64,
}

/// The caller's account as it is now (cached between requests; see `actor_cache.rs`).
pub async fn resolve(state: &AppState, user: Uuid, version: i32) -> ApiResult<Actor> {
    if let Some(actor) = state.actors.get(user, version) {
        return Ok(actor);
    }
    let ticket = state.actors.ticket();
    let actor = store::users::load_actor(&state.db, user, version)
        .await?
        .ok_or(ApiError::Unauthorized(
            "the account is disabled or the token was revoked",
        ))?;
    state.actors.put(ticket, user, version, actor.clone());
    Ok(actor)
}

impl FromRequestParts<AppState> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .ok_or(ApiError::Unauthorized("missing bearer token"))?;
        let claims = state
            .jwt
            .verify(token.trim())
            .ok_or(ApiError::Unauthorized("invalid or expired token"))?;
        let actor = resolve(state, claims.sub, claims.ver).await?;
        Ok(Session {
            actor,
            user: claims.sub,
            version: claims.ver,
            expires_at: claims.exp,
        })
    }
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Session::from_request_parts(parts, state)
            .await
            .map(|s| Auth(s.actor))
    }
}
