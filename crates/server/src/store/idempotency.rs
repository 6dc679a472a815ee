//! Stored results of pushed mutations, keyed by (user, idempotency key). The result is written
//! in the same transaction as the mutation's effect, so "applied" and "remembered" cannot part.

use crate::error::ApiResult;
use sqlx::types::Json;
use sqlx::PgConnection;
use storedesk_domain::sync::MutationResult;
use uuid::Uuid;

pub async fn find(conn: &mut PgConnection, user: Uuid, key: Uuid) -> ApiResult<Option<MutationResult>> {
    let row: Option<Json<MutationResult>> =
        sqlx::query_scalar("select result from idempotency_keys where user_id = $1 and key = $2")
            .bind(user)
            .bind(key)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|j| j.0))
}

/// Returns false if another push with the same key won the race.
pub async fn remember(conn: &mut PgConnection, user: Uuid, result: &MutationResult) -> ApiResult<bool> {
    let n = sqlx::query(
        "insert into idempotency_keys (user_id, key, result) values ($1, $2, $3) on conflict do nothing",
    )
    .bind(user)
    .bind(result.idempotency_key)
    .bind(Json(result))
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}
