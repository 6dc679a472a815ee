//! Keeps this process's caches honest about commits made anywhere: another API replica, the
//! mail loop, the CLI, SQL by hand. One dedicated connection polls two cheap values:
//! `pg_current_snapshot()` (its text changes whenever any writing transaction begins or ends:
//! rendered pages go stale) and `access_epoch` (moved by every committed change to an account's
//! access or a store's people: cached actors go stale). While the connection is down both caches
//! are bypassed, and they start empty when it comes back.

use crate::auth::actor_cache::ActorCache;
use crate::db_health::DbHealth;
use crate::live::{self, LiveHub};
use crate::page_cache::PageCache;
use sqlx::{Connection, PgConnection, PgPool};
use std::sync::Arc;
use std::time::Duration;

/// How stale a cache may be after another process's commit.
pub const INTERVAL: Duration = Duration::from_millis(25);

/// How long one poll (or connection attempt) may take before the database counts as down. A
/// poll costs well under a millisecond; a second means the network or the server is gone.
pub const DEADLINE: Duration = Duration::from_secs(1);

/// Runs for as long as the process does, reconnecting with a backoff capped at a second, so
/// recovery is noticed within about a second.
pub async fn watch(
    db: PgPool,
    pages: Arc<PageCache>,
    actors: Arc<ActorCache>,
    health: Arc<DbHealth>,
    hub: Arc<LiveHub>,
) {
    let mut backoff = Duration::from_millis(50);
    // The feed's horizon as last seen: the live channel announces what passes it. Kept across
    // reconnections, so what became final while the watcher was away is announced too.
    let mut horizon: Option<i64> = None;
    loop {
        let connected =
            tokio::time::timeout(DEADLINE, PgConnection::connect_with(&db.connect_options()))
                .await
                .unwrap_or_else(|_| Err(sqlx::Error::PoolTimedOut));
        match connected {
            Ok(mut conn) => {
                health.set(true);
                backoff = Duration::from_millis(50);
                let mut last: Option<(String, i64)> = None;
                let mut tick = tokio::time::interval(INTERVAL);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
                loop {
                    tick.tick().await;
                    let seen = tokio::time::timeout(
                        DEADLINE,
                        sqlx::query_as::<_, (String, i64, i64)>(
                            "select pg_current_snapshot()::text, (select epoch from access_epoch),
                                    pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                        )
                        .fetch_one(&mut conn),
                    )
                    .await;
                    let Ok(Ok((snapshot, epoch, xmin))) = seen else {
                        break;
                    };
                    let seen = (snapshot, epoch);
                    match &last {
                        None => {
                            pages.set_live(true);
                            actors.set_live(true);
                            // Whatever changed while the watcher was away: every live stream
                            // re-checks its caller.
                            hub.access_changed();
                        }
                        Some((snapshot, epoch)) => {
                            if *snapshot != seen.0 {
                                pages.invalidate();
                            }
                            if *epoch != seen.1 {
                                actors.invalidate();
                                hub.access_changed();
                            }
                        }
                    }
                    last = Some(seen);
                    match horizon {
                        Some(h) if xmin > h => {
                            let moved = tokio::time::timeout(
                                DEADLINE,
                                live::horizon_moved(&hub, &mut conn, h, xmin),
                            )
                            .await;
                            horizon = Some(xmin);
                            if !matches!(moved, Ok(Ok(()))) {
                                // Who it concerned is unknown: everyone pulls (cheap when
                                // nothing is new for them), then the connection is renewed.
                                hub.wake_everyone(xmin);
                                break;
                            }
                        }
                        Some(_) => {}
                        None => {
                            // The first look: a client that subscribed before it cannot
                            // know what it missed, so it pulls.
                            hub.wake_everyone(xmin);
                            horizon = Some(xmin);
                        }
                    }
                }
                tracing::warn!("commit watcher lost its connection; caches bypassed");
            }
            Err(e) => tracing::warn!(error = %e, "commit watcher cannot connect; caches bypassed"),
        }
        health.set(false);
        pages.set_live(false);
        actors.set_live(false);
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(DEADLINE);
    }
}
