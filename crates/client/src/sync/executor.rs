//! One sync round against the server: push the outbox, pull the feed until it is empty, rebuild
//! the cache when the server asks for it; the planner decides each step. The background task
//! (the shell) runs rounds when the live channel or a timer wakes it, waiting the planner's
//! backoff after a round that found the server away.

use super::apply::{self, Applied, CURSOR};
use super::outbox::{self, Queued};
use super::planner::{self, Known, Step};
use crate::error::ClientError;
use crate::remote::{Remote, RemoteError, RemoteResult};
use sqlx::SqlitePool;
use std::future::Future;
use storedesk_domain::sync::{MutationOp, Outcome, PushRequest, MAX_PULL};
use storedesk_domain::{Problem, Secret, UserId};
use tokio::sync::Mutex;

/// The signed-in person's tokens. The refresh token is rotated by every refresh; the shell keeps
/// it in the OS keychain.
pub struct Session {
    pub user: UserId,
    pub access: Secret,
    pub refresh: Secret,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub pushed: usize,
    pub rejected: usize,
    pub pulled: Applied,
    pub pages: usize,
    pub resynced: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Remote(#[from] RemoteError),
    #[error(transparent)]
    Cache(#[from] ClientError),
}

impl From<sqlx::Error> for SyncError {
    fn from(e: sqlx::Error) -> Self {
        SyncError::Cache(e.into())
    }
}

/// `writes` is the engine's write lock: each local transaction of the round takes it, so a
/// round never meets a half-done write of the UI (and never holds it over the network).
pub async fn round(
    db: &SqlitePool,
    writes: &Mutex<()>,
    remote: &Remote,
    s: &mut Session,
) -> Result<Report, SyncError> {
    let mut report = Report::default();
    let mut known = Known {
        signed_in: true,
        pull_due: true,
        ..Known::default()
    };
    // A round that starts without a cursor, or rebuilds the cache, pulls the whole past: no page
    // of it is news, though the pages after the first have a cursor.
    let mut from_scratch = false;
    loop {
        known.outbox = outbox::len(db).await?;
        match planner::next(known) {
            Step::SignIn => return Err(RemoteError::SignedOut.into()),
            Step::Idle => return Ok(report),
            Step::Resync => {
                let _w = writes.lock().await;
                forget_cache(db).await?;
                known.resync_required = false;
                known.pull_due = true;
                report.resynced = true;
                from_scratch = true;
            }
            Step::Push => {
                let batch = outbox::next_batch(db).await?;
                let req = PushRequest {
                    mutations: batch.iter().map(|q| q.mutation.clone()).collect(),
                };
                let answer = authorised(remote, s, |r, a| {
                    let req = req.clone();
                    async move { r.push(&a, &req).await }
                })
                .await;
                let res = match answer {
                    Ok(res) => res,
                    Err(e) => {
                        let _w = writes.lock().await;
                        outbox::note_failure(db, &batch, &e.to_string()).await?;
                        return Err(e.into());
                    }
                };
                let w = writes.lock().await;
                let mut tx = db.begin().await?;
                let mut refused = Vec::new();
                for q in &batch {
                    let result = res
                        .results
                        .iter()
                        .find(|r| r.idempotency_key == q.mutation.idempotency_key);
                    match result.map(|r| (r.outcome, r.problem.clone())) {
                        Some((Outcome::Applied | Outcome::Duplicate, _)) => {
                            outbox::done(&mut tx, q.seq).await?;
                            report.pushed += 1;
                        }
                        Some((Outcome::Rejected, problem)) => {
                            // A later mutation of the same row may already be gone with it.
                            let still_queued: i64 =
                                sqlx::query_scalar("select count(*) from outbox where seq = ?1")
                                    .bind(q.seq)
                                    .fetch_one(&mut *tx)
                                    .await?;
                            if still_queued == 1 {
                                reject(&mut tx, q, problem.as_ref()).await?;
                                refused.push(q.clone());
                                report.rejected += 1;
                            }
                        }
                        // Not answered (the batch was cut short): it stays queued.
                        None => {}
                    }
                }
                tx.commit().await?;
                drop(w);
                for q in refused {
                    restore(db, writes, remote, s, &q).await?;
                }
                known.pushed_all = batch.len() < storedesk_domain::sync::MAX_PUSH;
            }
            Step::Pull => {
                let cursor: Option<String> =
                    sqlx::query_scalar("select value from settings where name = ?1")
                        .bind(CURSOR)
                        .fetch_optional(db)
                        .await?;
                from_scratch |= cursor.is_none();
                let answer = authorised(remote, s, |r, a| {
                    let cursor = cursor.clone();
                    async move { r.pull(&a, cursor.as_deref(), MAX_PULL).await }
                })
                .await;
                match answer {
                    Ok(feed) => {
                        let w = writes.lock().await;
                        let mut tx = db.begin().await?;
                        let n = apply::page(&mut tx, s.user, &feed, !from_scratch).await?;
                        tx.commit().await?;
                        drop(w);
                        report.pages += 1;
                        report.pulled.upserts += n.upserts;
                        report.pulled.removals += n.removals;
                        report.pulled.kept_pending += n.kept_pending;
                        report.pulled.held += n.held;
                        report.pulled.notices.extend(n.notices);
                        known.pull_due = feed.has_more;
                    }
                    Err(RemoteError::ResyncRequired) => known.resync_required = true,
                    Err(e) => return Err(e.into()),
                }
            }
        }
    }
}

/// Calls the server with the access token; when it has expired, rotates the pair once and calls
/// again. A refused refresh means the session is over.
pub(crate) async fn authorised<T, F, Fut>(
    remote: &Remote,
    s: &mut Session,
    call: F,
) -> RemoteResult<T>
where
    F: Fn(Remote, Secret) -> Fut,
    Fut: Future<Output = RemoteResult<T>>,
{
    match call(remote.clone(), s.access.clone()).await {
        Err(RemoteError::SignedOut) => {
            let pair = match remote.refresh(&s.refresh).await {
                Ok(p) => p,
                Err(RemoteError::Refused(_)) => return Err(RemoteError::SignedOut),
                Err(e) => return Err(e),
            };
            s.access = pair.access_token;
            s.refresh = pair.refresh_token;
            call(remote.clone(), s.access.clone()).await
        }
        other => other,
    }
}

/// Rolls back a refused mutation: it (and, for a refused create, what was made on top of it)
/// leaves the outbox, the reason is
/// kept for the user, and an issue the server never accepted stays visible as refused.
async fn reject(
    tx: &mut sqlx::SqliteConnection,
    q: &Queued,
    problem: Option<&Problem>,
) -> Result<(), SyncError> {
    let reason = problem
        .map(|p| storedesk_domain::view::sentence(&p.detail))
        .unwrap_or_else(|| "The server refused this change.".into());
    outbox::drop_refused(tx, q).await?;
    let summary = match &q.mutation.op {
        MutationOp::CreateIssue { issue } => format!("Log issue \u{201c}{}\u{201d}", issue.title),
        MutationOp::ChangeStatus { change, .. } => format!("Move to {}", change.status.as_str()),
        MutationOp::UpdateIssue { .. } => "Edit issue".to_owned(),
        MutationOp::Assign { .. } => "Assign".to_owned(),
        MutationOp::AddComment { .. } => "Comment".to_owned(),
        MutationOp::EditComment { .. } => "Edit comment".to_owned(),
        MutationOp::DeleteComment { .. } => "Delete comment".to_owned(),
        MutationOp::RecordResolution { .. } => "Record the vendor ticket".to_owned(),
    };
    sqlx::query(
        "insert into rejections (idempotency_key, entity, entity_id, summary, reason, at)
         values (?1, ?2, ?3, ?4, ?5, datetime('now'))",
    )
    .bind(q.mutation.idempotency_key.to_string())
    .bind(outbox::target(&q.mutation.op).0)
    .bind(&q.entity_id)
    .bind(summary)
    .bind(&reason)
    .execute(&mut *tx)
    .await?;
    if let MutationOp::CreateIssue { .. } = q.mutation.op {
        sqlx::query("update issues set sync = 'rejected', reject_reason = ?2 where id = ?1")
            .bind(&q.entity_id)
            .bind(&reason)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// After a refused change to an issue the server has, the cached row goes back to the server's
/// state (the feed would not send it: nothing changed there).
async fn restore(
    db: &SqlitePool,
    writes: &Mutex<()>,
    remote: &Remote,
    s: &mut Session,
    q: &Queued,
) -> Result<(), SyncError> {
    let id = match &q.mutation.op {
        MutationOp::UpdateIssue { id, .. }
        | MutationOp::ChangeStatus { id, .. }
        | MutationOp::Assign { id, .. } => *id,
        _ => return Ok(()),
    };
    let issue = authorised(remote, s, |r, a| async move { r.issue(&a, id).await }).await?;
    let _w = writes.lock().await;
    let mut tx = db.begin().await?;
    sqlx::query("pragma defer_foreign_keys = on")
        .execute(&mut *tx)
        .await?;
    apply::issue(&mut tx, &issue).await?;
    tx.commit().await?;
    Ok(())
}

/// Starts the cache again from the beginning of the feed (a resync, another person signing in);
/// the outbox and the rows it still changes (issues not on the server yet) are kept.
pub(crate) async fn forget_cache(db: &SqlitePool) -> Result<(), SyncError> {
    let mut tx = db.begin().await?;
    sqlx::query("pragma defer_foreign_keys = on")
        .execute(&mut *tx)
        .await?;
    for sql in [
        "delete from comments where id not in (select entity_id from outbox)",
        "delete from resolutions",
        "delete from issues where id not in (select entity_id from outbox)",
        "delete from store_members",
        "delete from stores where id not in (select store_id from issues)",
        "delete from held_records",
        "delete from settings where name = 'sync_cursor'",
    ] {
        sqlx::query(sql).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}
