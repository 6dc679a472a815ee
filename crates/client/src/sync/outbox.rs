//! Mutations made on this computer that the server has not confirmed, oldest first. Each has an
//! idempotency key chosen when it is queued and sent with every retry, so a push whose answer
//! was lost (the server committed, the reply never came) is answered "duplicate" the next time.

use crate::error::ClientResult;
use anyhow::Context;
use chrono::Utc;
use sqlx::{SqliteConnection, SqlitePool};
use storedesk_domain::sync::{Mutation, MutationOp, MAX_PUSH};
use uuid::Uuid;

/// A queued mutation with the row it changes.
#[derive(Debug, Clone)]
pub struct Queued {
    pub seq: i64,
    pub entity_id: String,
    pub mutation: Mutation,
}

/// The kind and id of the row a mutation changes (for "pending" marks and rollbacks).
pub(crate) fn target(op: &MutationOp) -> (&'static str, String) {
    match op {
        MutationOp::CreateIssue { issue } => (
            "issue",
            issue.id.map(|i| i.0.to_string()).unwrap_or_default(),
        ),
        MutationOp::UpdateIssue { id, .. }
        | MutationOp::ChangeStatus { id, .. }
        | MutationOp::Assign { id, .. } => ("issue", id.0.to_string()),
        MutationOp::AddComment { id, .. }
        | MutationOp::EditComment { id, .. }
        | MutationOp::DeleteComment { id } => ("comment", id.0.to_string()),
        MutationOp::RecordResolution { issue_id, .. } => ("issue", issue_id.0.to_string()),
    }
}

/// Queues `op` in the caller's transaction (the same one that changed the cached row).
pub async fn enqueue(conn: &mut SqliteConnection, op: MutationOp) -> ClientResult<Uuid> {
    let key = Uuid::now_v7();
    let (entity, entity_id) = target(&op);
    let mutation = Mutation {
        idempotency_key: key,
        op,
    };
    sqlx::query(
        "insert into outbox (idempotency_key, entity, entity_id, mutation, queued_at)
         values (?1, ?2, ?3, ?4, ?5)",
    )
    .bind(key.to_string())
    .bind(entity)
    .bind(entity_id)
    .bind(serde_json::to_string(&mutation).context("a mutation as JSON")?)
    .bind(Utc::now())
    .execute(&mut *conn)
    .await?;
    Ok(key)
}

/// The next batch to push, oldest first.
pub async fn next_batch(db: &SqlitePool) -> ClientResult<Vec<Queued>> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("select seq, entity_id, mutation from outbox order by seq limit ?1")
            .bind(MAX_PUSH as i64)
            .fetch_all(db)
            .await?;
    rows.into_iter()
        .map(|(seq, entity_id, json)| {
            let mutation = serde_json::from_str(&json).context("a queued mutation")?;
            Ok(Queued {
                seq,
                entity_id,
                mutation,
            })
        })
        .collect()
}

pub async fn len(db: &SqlitePool) -> ClientResult<i64> {
    Ok(sqlx::query_scalar("select count(*) from outbox")
        .fetch_one(db)
        .await?)
}

/// A push that got no answer: count the attempt and keep the reason for the status bar.
pub async fn note_failure(db: &SqlitePool, batch: &[Queued], reason: &str) -> ClientResult<()> {
    for q in batch {
        sqlx::query("update outbox set attempts = attempts + 1, last_error = ?2 where seq = ?1")
            .bind(q.seq)
            .bind(reason)
            .execute(db)
            .await?;
    }
    Ok(())
}

/// The server confirmed it (applied now or before).
pub async fn done(conn: &mut SqliteConnection, seq: i64) -> ClientResult<()> {
    sqlx::query("delete from outbox where seq = ?1")
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Mutations of issue `?1` or of its comments (which name it as `issue_id`).
const ABOUT_ISSUE: &str = "(entity_id = ?1 or json_extract(mutation, '$.op.issue_id') = ?1)";

/// Whether changes of the issue `id` (or comments on it) still wait to be sent.
pub(crate) async fn waiting_for_issue(conn: &mut SqliteConnection, id: &str) -> ClientResult<bool> {
    let n: i64 = sqlx::query_scalar(&format!("select count(*) from outbox where {ABOUT_ISSUE}"))
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// The server refused it. When it was the creation of a row, every later mutation of that row
/// (and comments on that issue) goes too: they were made on something the server will never
/// have. Other later edits of an existing row stand on their own and stay queued. Returns how
/// many went with it.
pub async fn drop_refused(conn: &mut SqliteConnection, q: &Queued) -> ClientResult<u64> {
    done(conn, q.seq).await?;
    if !matches!(q.mutation.op, MutationOp::CreateIssue { .. }) {
        return Ok(0);
    }
    let r = sqlx::query(&format!(
        "delete from outbox where seq > ?2 and {ABOUT_ISSUE}"
    ))
    .bind(&q.entity_id)
    .bind(q.seq)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected())
}
