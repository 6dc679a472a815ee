//! Stored results of pushed mutations, keyed by (user, idempotency key). The result is written
//! in the same transaction as the mutation's effect, so "applied" and "remembered" cannot part.

use crate::error::ApiResult;
use sqlx::types::Json;
use sqlx::PgConnection;
use storedesk_domain::sync::MutationResult;
use uuid::Uuid;

pub async fn find(
    conn: &mut PgConnection,
    user: Uuid,
    key: Uuid,
) -> ApiResult<Option<MutationResult>> {
    let row: Option<Json<MutationResult>> =
        sqlx::query_scalar("select result from idempotency_keys where user_id = $1 and key = $2")
            .bind(user)
            .bind(key)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|j| j.0))
}

/// Holds a transaction-scoped lock on (user, key) until commit or rollback.
pub async fn lock(conn: &mut PgConnection, user: Uuid, key: Uuid) -> ApiResult<()> {
    sqlx::query("select pg_advisory_xact_lock(hashtextextended($1, 0))")
        .bind(format!("push:{user}:{key}"))
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn remember(
    conn: &mut PgConnection,
    user: Uuid,
    result: &MutationResult,
) -> ApiResult<()> {
    sqlx::query("insert into idempotency_keys (user_id, key, result) values ($1, $2, $3)")
        .bind(user)
        .bind(result.idempotency_key)
        .bind(Json(result))
        .execute(conn)
        .await?;
    Ok(())
}
