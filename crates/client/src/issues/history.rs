//! An issue's history from the server (connected mode). The change feed carries issues,
//! comments and resolutions but not history entries, so the sync task fetches the history of
//! the issue the person opens and keeps it in the cache: the timeline then shows what others
//! did too, and stays readable offline.

use crate::error::ClientResult;
use storedesk_domain::api::issue::HistoryEntry;
use storedesk_domain::IssueId;

/// Replaces the cached history of `id` with the server's, in one transaction. Left alone while
/// changes of the issue wait in the outbox (their local entries are not on the server yet).
/// Returns whether the timeline changed.
pub async fn replace(
    db: &sqlx::SqlitePool,
    id: IssueId,
    entries: &[HistoryEntry],
) -> ClientResult<bool> {
    let key = id.0.to_string();
    let mut tx = db.begin().await?;
    let waiting = crate::sync::outbox::waiting_for_issue(&mut tx, &key).await?;
    let cached: i64 = sqlx::query_scalar("select count(*) from issues where id = ?1")
        .bind(&key)
        .fetch_one(&mut *tx)
        .await?;
    if waiting || cached == 0 {
        return Ok(false);
    }
    let before: i64 = sqlx::query_scalar("select count(*) from history where issue_id = ?1")
        .bind(&key)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("delete from history where issue_id = ?1")
        .bind(&key)
        .execute(&mut *tx)
        .await?;
    for e in entries {
        // The actor is named when the cache knows the person (people one may see).
        sqlx::query(
            "insert into history (issue_id, at, actor_id, field, old_value, new_value, note)
             values (?1, ?2, (select id from users where id = ?3), ?4, ?5, ?6, ?7)",
        )
        .bind(&key)
        .bind(e.at)
        .bind(e.actor.as_ref().map(|a| a.id.0.to_string()))
        .bind(&e.field)
        .bind(e.old_value.as_deref())
        .bind(e.new_value.as_deref())
        .bind(e.note.as_deref())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(i64::try_from(entries.len()).unwrap_or(i64::MAX) != before)
}
