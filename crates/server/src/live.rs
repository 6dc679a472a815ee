//! The live channel: each connected client is told, within a watcher tick of the commit, that
//! changes it may see are now final in the feed, so it pulls at once instead of polling.
//!
//! Driven by what `commit_watch` already sees, not by a NOTIFY in every write: when the feed's
//! horizon (the oldest running transaction, `pg_snapshot_xmin`) moves, the watcher reads the
//! audience columns of the change rows it has just made final (one indexed range query per move,
//! only while someone listens) and broadcasts them. Each connection checks them against its
//! caller with the same rule the feed applies (`Actor::sees_change`). Every API process runs its
//! own watcher against the shared change log, so a write through one process reaches clients
//! connected to any other.

use sqlx::PgConnection;
use std::sync::Arc;
use storedesk_domain::policy::ChangeScope;
use storedesk_domain::{StoreId, UserId};
use tokio::sync::broadcast;
use uuid::Uuid;

/// Change rows read per horizon move before a batch simply wakes everyone.
const MAX_SCOPES: i64 = 10_000;

/// What one horizon move made final.
#[derive(Debug)]
pub struct Committed {
    /// Every change of a transaction older than this is final in the feed.
    pub horizon: i64,
    /// Who the newly final changes are for; `None`: too many to list, everyone pulls.
    pub scopes: Option<Vec<ChangeScope>>,
}

impl Committed {
    pub fn concerns(&self, sees: impl Fn(ChangeScope) -> bool) -> bool {
        match &self.scopes {
            None => true,
            Some(s) => s.iter().any(|c| sees(*c)),
        }
    }
}

pub struct LiveHub {
    tx: broadcast::Sender<Arc<Committed>>,
    /// True once the server is stopping: open streams end, so a graceful shutdown does not wait
    /// on connections that never finish by themselves (clients reconnect elsewhere).
    closing: tokio::sync::watch::Sender<bool>,
}

impl Default for LiveHub {
    fn default() -> Self {
        // A slow client that falls this far behind is told to pull (`Lagged`), never blocks.
        let (tx, _) = broadcast::channel(256);
        LiveHub {
            tx,
            closing: tokio::sync::watch::Sender::new(false),
        }
    }
}

impl LiveHub {
    /// Ends every open stream (the server is shutting down).
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves once [`LiveHub::close_all`] was called (at once if it already was).
    pub fn closed(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut rx = self.closing.subscribe();
        async move {
            let _ = rx.wait_for(|closing| *closing).await;
        }
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Committed>> {
        self.tx.subscribe()
    }

    pub fn listeners(&self) -> usize {
        self.tx.receiver_count()
    }

    fn publish(&self, c: Committed) {
        let _ = self.tx.send(Arc::new(c));
    }

    /// Changes became final but who they concern could not be read: every client pulls.
    pub fn wake_everyone(&self, horizon: i64) {
        if self.listeners() > 0 {
            self.publish(Committed {
                horizon,
                scopes: None,
            });
        }
    }

    /// Someone's access changed (deactivated, removed from a store, ...): every connection
    /// re-checks its caller, and a caller who lost access is disconnected. Concerns no one.
    pub fn access_changed(&self) {
        if self.listeners() > 0 {
            self.publish(Committed {
                horizon: 0,
                scopes: Some(vec![]),
            });
        }
    }
}

/// Called by the commit watcher on its own connection when the horizon moved from `from` to
/// `to`: reads the audience of the changes that became final and tells the listeners.
pub async fn horizon_moved(
    hub: &LiveHub,
    conn: &mut PgConnection,
    from: i64,
    to: i64,
) -> sqlx::Result<()> {
    if hub.listeners() == 0 || to <= from {
        return Ok(());
    }
    let rows: Vec<(Option<Uuid>, Option<Uuid>, Option<Uuid>)> = sqlx::query_as(
        "select c.store_id, i.assigned_to, c.audience
         from changes c left join issues i on i.id = c.issue_id
         where c.xid >= $1 and c.xid < $2
         limit $3",
    )
    .bind(from)
    .bind(to)
    .bind(MAX_SCOPES + 1)
    .fetch_all(conn)
    .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let scopes = (rows.len() as i64 <= MAX_SCOPES).then(|| {
        rows.into_iter()
            .map(|(store, assignee, audience)| ChangeScope {
                store_id: store.map(StoreId),
                issue_assignee: assignee.map(UserId),
                audience: audience.map(UserId),
            })
            .collect()
    });
    hub.publish(Committed {
        horizon: to,
        scopes,
    });
    Ok(())
}
