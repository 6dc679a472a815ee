//! Keeps this process's caches honest about commits made anywhere: another API replica, the
//! mail loop, the CLI, SQL by hand. One dedicated connection polls two cheap values:
//! `pg_current_snapshot()` (its text changes whenever any writing transaction begins or ends:
//! rendered pages go stale) and `access_epoch` (moved by every committed change to an account's
//! access or a store's people: cached actors go stale). While the connection is down both caches
//! are bypassed, and they start empty when it comes back.

use crate::auth::actor_cache::ActorCache;
use crate::page_cache::PageCache;
use sqlx::{Connection, PgConnection, PgPool};
use std::sync::Arc;
use std::time::Duration;

/// How stale a cache may be after another process's commit.
pub const INTERVAL: Duration = Duration::from_millis(25);

/// Runs for as long as the process does, reconnecting with a capped backoff.
pub async fn watch(db: PgPool, pages: Arc<PageCache>, actors: Arc<ActorCache>) {
    let mut backoff = Duration::from_millis(100);
    loop {
        match PgConnection::connect_with(&db.connect_options()).await {
            Ok(mut conn) => {
                backoff = Duration::from_millis(100);
                let mut last: Option<(String, i64)> = None;
                let mut tick = tokio::time::interval(INTERVAL);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
                loop {
                    tick.tick().await;
                    let seen: Result<(String, i64), _> = sqlx::query_as(
                        "select pg_current_snapshot()::text, (select epoch from access_epoch)",
                    )
                    .fetch_one(&mut conn)
                    .await;
                    let Ok(seen) = seen else { break };
                    match &last {
                        None => {
                            pages.set_live(true);
                            actors.set_live(true);
                        }
                        Some((snapshot, epoch)) => {
                            if *snapshot != seen.0 {
                                pages.invalidate();
                            }
                            if *epoch != seen.1 {
                                actors.invalidate();
                            }
                        }
                    }
                    last = Some(seen);
                }
                tracing::warn!("commit watcher lost its connection; caches bypassed");
            }
            Err(e) => tracing::warn!(error = %e, "commit watcher cannot connect; caches bypassed"),
        }
        pages.set_live(false);
        actors.set_live(false);
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(10));
    }
}
