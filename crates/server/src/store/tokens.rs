//! Refresh tokens: opaque random strings; only their SHA-256 is stored. Each refresh marks the
//! presented token used and issues a new one in the same family. Presenting a used token again
//! means it leaked: the whole family is revoked.

use crate::error::{ApiError, ApiResult};
use base64::Engine;
use chrono::{Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

pub const REFRESH_TTL: Duration = Duration::days(14);

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub async fn issue<'e>(db: impl PgExecutor<'e>, user: Uuid, family: Uuid) -> ApiResult<String> {
    let token = new_token();
    sqlx::query(
        "insert into refresh_tokens (id, family_id, user_id, token_hash, expires_at)
         values ($1, $2, $3, $4, $5)",
    )
    .bind(Uuid::now_v7())
    .bind(family)
    .bind(user)
    .bind(digest(&token))
    .bind(Utc::now() + REFRESH_TTL)
    .execute(db)
    .await?;
    Ok(token)
}

/// Rotates: returns (user, new token). Refuses unknown, expired, revoked and reused tokens.
pub async fn rotate(db: &PgPool, token: &str) -> ApiResult<(Uuid, String)> {
    let mut tx = db.begin().await?;
    let row: Option<(Uuid, Uuid, bool, bool, bool)> = sqlx::query_as(
        "select family_id, user_id, used_at is not null, revoked_at is not null, expires_at < now()
         from refresh_tokens where token_hash = $1 for update",
    )
    .bind(digest(token))
    .fetch_optional(&mut *tx)
    .await?;
    let (family, user, used, revoked, expired) =
        row.ok_or(ApiError::Unauthorized("unknown refresh token"))?;
    if used {
        sqlx::query("update refresh_tokens set revoked_at = coalesce(revoked_at, now()) where family_id = $1")
            .bind(family)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::warn!(%user, %family, "refresh token reuse: family revoked");
        return Err(ApiError::TokenReused);
    }
    if revoked || expired {
        return Err(ApiError::Unauthorized("refresh token expired or revoked"));
    }
    sqlx::query("update refresh_tokens set used_at = now() where token_hash = $1")
        .bind(digest(token))
        .execute(&mut *tx)
        .await?;
    let next = issue(&mut *tx, user, family).await?;
    tx.commit().await?;
    Ok((user, next))
}

/// Logout: revokes the token's family. Unknown tokens are ignored (logout is idempotent).
pub async fn revoke_family_of(db: &PgPool, token: &str) -> ApiResult<()> {
    sqlx::query(
        "update refresh_tokens set revoked_at = coalesce(revoked_at, now())
         where family_id = (select family_id from refresh_tokens where token_hash = $1)",
    )
    .bind(digest(token))
    .execute(db)
    .await?;
    Ok(())
}

pub async fn revoke_user<'e>(db: impl PgExecutor<'e>, user: Uuid) -> ApiResult<()> {
    sqlx::query(
        "update refresh_tokens set revoked_at = coalesce(revoked_at, now()) where user_id = $1",
    )
    .bind(user)
    .execute(db)
    .await?;
    Ok(())
}
