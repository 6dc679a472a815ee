use crate::error::ApiError;
use crate::state::AppState;
use crate::store;
use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use storedesk_domain::policy::Actor;

/// The authenticated caller: the account is still active, the token's version still current, and
/// the stores they reach are loaded (one query, or none when the actor cache has them).
pub struct Auth(pub Actor);

impl FromRequestParts<AppState> for Auth {
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
        if let Some(actor) = state.actors.get(claims.sub, claims.ver) {
            return Ok(Auth(actor));
        }
        let ticket = state.actors.ticket();
        let actor = store::users::load_actor(&state.db, claims.sub, claims.ver)
            .await?
            .ok_or(ApiError::Unauthorized(
                "the account is disabled or the token was revoked",
            ))?;
        state
            .actors
            .put(ticket, claims.sub, claims.ver, actor.clone());
        Ok(Auth(actor))
    }
}
