//! Keeps the change log and the push idempotency keys bounded (migration 4 explains the rules):
//! superseded change rows older than the retention are compacted away, deletes and revokes
//! older than it are dropped and the horizon moves past them (older cursors get 410
//! `resync_required`), idempotency keys older than it are forgotten.

use crate::error::ApiResult;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

/// How long changes and idempotency keys are kept: a desktop offline longer than this rebuilds
/// its cache (its outbox is kept and pushed again; creates carry their own ids, so a repeated
/// one is refused as taken rather than applied twice).
pub const RETENTION: Duration = Duration::days(30);

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub compacted: u64,
    pub dropped: u64,
    pub keys: u64,
    pub horizon: i64,
}

/// Prunes what was written before `before`. One transaction; an advisory lock keeps two
/// processes from pruning at once.
pub async fn prune(db: &PgPool, before: DateTime<Utc>) -> ApiResult<Pruned> {
    let mut tx = db.begin().await?;
    let locked: bool = sqlx::query_scalar("select pg_try_advisory_xact_lock(727100)")
        .fetch_one(&mut *tx)
        .await?;
    if !locked {
        return Ok(Pruned::default());
    }
    // Only the newest state row of each record, and the newest access row of each record and
    // user, can matter to any cursor.
    let compacted = sqlx::query(
        "delete from changes c using (
             select xid, seq from (
                 select xid, seq, at, row_number() over (
                     partition by entity, entity_id, op in ('grant', 'revoke'),
                                  case when op in ('grant', 'revoke') then audience end
                     order by xid desc, seq desc) as newer
                 from changes
             ) ranked where newer > 1 and at < $1
         ) old
         where c.xid = old.xid and c.seq = old.seq",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let dropped: Vec<i64> = sqlx::query_scalar(
        "delete from changes where at < $1 and op in ('delete', 'revoke') returning xid",
    )
    .bind(before)
    .fetch_all(&mut *tx)
    .await?;
    if let Some(newest) = dropped.iter().max() {
        sqlx::query(
            "insert into sync_horizon (xid) values ($1)
             on conflict (singleton) do update set xid = greatest(sync_horizon.xid, excluded.xid), pruned_at = now()",
        )
        .bind(newest + 1)
        .execute(&mut *tx)
        .await?;
    }
    let keys = sqlx::query("delete from idempotency_keys where created_at < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    let horizon: i64 = sqlx::query_scalar("select coalesce((select xid from sync_horizon), 0)")
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Pruned {
        compacted,
        dropped: dropped.len() as u64,
        keys,
        horizon,
    })
}

/// Runs `prune` hourly for as long as the process does.
pub async fn every_hour(db: PgPool) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tick.tick().await;
        match prune(&db, Utc::now() - RETENTION).await {
            Ok(p) if p != Pruned::default() => tracing::info!(?p, "pruned the change log"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "pruning the change log failed; next hour again"),
        }
    }
}
