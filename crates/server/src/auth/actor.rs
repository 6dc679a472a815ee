use crate::error::ApiError;
use crate::state::AppState;
use crate::store;
use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};
use storedesk_domain::policy::Actor;

/// The authenticated caller. Loading it is the request's first SQL statement: one query checks
/// the user is still active and the token version still current, and loads their stores.
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
        let actor = store::users::load_actor(&state.db, claims.sub, claims.ver)
            .await?
            .ok_or(ApiError::Unauthorized(
                "the account is disabled or the token was revoked",
            ))?;
        Ok(Auth(actor))
    }
}
