//! New issues from the REST API are written together when they arrive together. Each create
//! request still gets its own validated row, its own result and its own error, and is answered
//! only after its row is committed; but the rows that queue up while a write is in progress go
//! to the database as ONE statement and one commit. On the 2-core bench machine that took
//! 2,900–3,300 creates a second to 4,000–5,800 (bench/README.md): a statement's fixed costs
//! (executor start, constraint set-up, commit and WAL flush, the round trip) are shared; only
//! the per-row work (heap, indexes, foreign keys, history, change log) remains.
//!
//! No request waits for company: a writer takes whatever is queued the moment it is free, so a
//! lone create is written at once, alone. If a shared statement fails (one row's duplicate id,
//! say) nothing of it was written, and each of its rows is written again on its own, so only
//! the faulty request sees the error.

use crate::error::{ApiError, ApiResult};
use crate::store::issues::{self, NewIssueRow};
use sqlx::PgPool;
use std::sync::Arc;
use storedesk_domain::api::issue::Issue;
use tokio::sync::{mpsc, oneshot, Mutex};

/// Rows in one statement at most (a full batch is ~50 KB of parameters).
const MAX_BATCH: usize = 64;
/// Writers working at once: while one waits for its commit to reach the disk, others fill the
/// next statements. Measured at 32 connections on 2 cores: 2 writers give the most creates/s
/// but one slow disk flush then holds half the capacity (p99 up to 80 ms); 4 keep p99 low.
const WRITERS: usize = 4;

type Job = (NewIssueRow, oneshot::Sender<ApiResult<Issue>>);

pub struct Intake {
    queue: mpsc::Sender<Job>,
}

impl Intake {
    /// Starts the writers (so it must be called inside a Tokio runtime). They stop when the
    /// `Intake` is dropped and the queue is empty.
    pub fn start(db: PgPool) -> Intake {
        let (queue, rx) = mpsc::channel::<Job>(MAX_BATCH * WRITERS * 4);
        let rx = Arc::new(Mutex::new(rx));
        for _ in 0..WRITERS {
            tokio::spawn(writer(db.clone(), rx.clone()));
        }
        Intake { queue }
    }

    /// Writes the issue (with others queued meanwhile) and returns it once committed.
    pub async fn create(&self, row: NewIssueRow) -> ApiResult<Issue> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((row, reply))
            .await
            .map_err(|_| ApiError::Internal(anyhow::anyhow!("the issue intake has stopped")))?;
        answer
            .await
            .map_err(|_| ApiError::Internal(anyhow::anyhow!("the issue intake dropped a create")))?
    }
}

async fn writer(db: PgPool, rx: Arc<Mutex<mpsc::Receiver<Job>>>) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    loop {
        {
            let mut rx = rx.lock().await;
            if rx.recv_many(&mut jobs, MAX_BATCH).await == 0 {
                return;
            }
        }
        write(&db, std::mem::take(&mut jobs)).await;
    }
}

async fn write(db: &PgPool, jobs: Vec<Job>) {
    let (rows, replies): (Vec<_>, Vec<_>) = jobs.into_iter().unzip();
    for (reply, result) in replies.into_iter().zip(write_batch(db, &rows).await) {
        // The requester may be gone (its client disconnected): the issue stands anyway.
        let _ = reply.send(result);
    }
}

/// Writes `rows` with one statement, or, if that fails, each on its own: one result per row, in
/// order. Public for the tests that pin down the failure path.
pub async fn write_batch(db: &PgPool, rows: &[NewIssueRow]) -> Vec<ApiResult<Issue>> {
    match issues::create_many(db, rows).await {
        Ok(created) if created.len() == rows.len() => created.into_iter().map(Ok).collect(),
        Ok(_) => {
            // Would be a bug in the SQL: nobody may get somebody else's issue.
            tracing::error!("a batched issue insert returned the wrong number of rows");
            rows.iter().map(|_| Err(no_row())).collect()
        }
        Err(e) if rows.len() == 1 => vec![Err(e)],
        Err(_) => {
            // Nothing was written; find the faulty rows by writing each on its own.
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                out.push(
                    issues::create_many(db, std::slice::from_ref(row))
                        .await
                        .and_then(|mut v| v.pop().ok_or_else(no_row)),
                );
            }
            out
        }
    }
}

fn no_row() -> ApiError {
    ApiError::Internal(anyhow::anyhow!("an insert returned no row"))
}
