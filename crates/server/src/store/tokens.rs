//! Refresh tokens: opaque random strings; only their SHA-256 is stored. Each refresh marks the
//! presented token used and issues a new one in the same family. Presenting a used token again
//! means it leaked: the whole family is revoked, with one exception. Within `GRACE` of its use,
//! while its successor has never been used, the old token is taken as a retry by a client whose
//! reply was lost on the network: the unused successor is revoked and a new one issued. After
//! the window, or once the successor has been used (the client did get it), reuse revokes.

use crate::error::{ApiError, ApiResult};
use base64::Engine;
use chrono::{Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

pub const REFRESH_TTL: Duration = Duration::days(14);

/// How long a just-rotated token may be presented again by a client that lost the reply.
pub const GRACE: Duration = Duration::seconds(30);

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A new token of `family`; `parent` is the token it replaces (none at login).
pub async fn issue<'e>(
    db: impl PgExecutor<'e>,
    user: Uuid,
    family: Uuid,
    parent: Option<Uuid>,
) -> ApiResult<String> {
    let token = new_token();
    sqlx::query(
        "insert into refresh_tokens (id, family_id, user_id, token_hash, expires_at, parent_id)
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(Uuid::now_v7())
    .bind(family)
    .bind(user)
    .bind(digest(&token))
    .bind(Utc::now() + REFRESH_TTL)
    .bind(parent)
    .execute(db)
    .await?;
    Ok(token)
}

/// Rotates: returns (user, new token). Refuses unknown, expired, revoked and reused tokens.
pub async fn rotate(db: &PgPool, token: &str) -> ApiResult<(Uuid, String)> {
    let mut tx = db.begin().await?;
    let row: Option<(Uuid, Uuid, Uuid, bool, bool, bool, bool)> = sqlx::query_as(
        "select id, family_id, user_id, used_at is not null, coalesce(used_at > $2, false),
                revoked_at is not null, expires_at < now()
         from refresh_tokens where token_hash = $1 for update",
    )
    .bind(digest(token))
    .bind(Utc::now() - GRACE)
    .fetch_optional(&mut *tx)
    .await?;
    let (id, family, user, used, within_grace, revoked, expired) =
        row.ok_or(ApiError::Unauthorized("unknown refresh token"))?;
    if used && within_grace && !revoked && !expired {
        // A retry after a lost reply: the successor it got was never used. Replace it.
        let replaced = sqlx::query(
            "update refresh_tokens set revoked_at = now()
             where parent_id = $1 and used_at is null and revoked_at is null",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if replaced > 0 {
            let next = issue(&mut *tx, user, family, Some(id)).await?;
            tx.commit().await?;
            tracing::info!(%user, %family, "refresh retried within the grace window");
            return Ok((user, next));
        }
    }
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
    let next = issue(&mut *tx, user, family, Some(id)).await?;
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
