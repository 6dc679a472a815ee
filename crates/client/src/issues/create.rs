use super::record;
use crate::error::{ClientError, ClientResult};
use crate::stores;
use crate::sync::outbox;
use chrono::Utc;
use sqlx::SqlitePool;
use storedesk_domain::api::issue::NewIssue;
use storedesk_domain::policy::IssueScope;
use storedesk_domain::sync::MutationOp;
use storedesk_domain::view::{Mode, SessionUser};
use storedesk_domain::{history, FieldError, IssueId, Status};
use uuid::Uuid;

/// Logs an issue: the domain validates the fields and decides who may log in the store and
/// assign. On this computer the number is the next `STORE-<n>` (the caller serialises writes);
/// connected, the row is pending with no number and the outbox carries it to the server, which
/// numbers it.
pub async fn create(
    db: &SqlitePool,
    me: &SessionUser,
    n: &NewIssue,
    mode: Mode,
) -> ClientResult<IssueId> {
    let valid = n.validate().map_err(ClientError::Invalid)?;
    if !stores::exists(db, n.store_id).await? {
        return Err(ClientError::Invalid(vec![FieldError::new(
            "store_id",
            "unknown",
            "choose one of your stores",
        )]));
    }
    let actor = me.actor();
    if !actor.can_create_issue_in(n.store_id) {
        return Err(ClientError::Forbidden("log issues in this store"));
    }
    if let Some(a) = n.assigned_to {
        let scope = IssueScope {
            store_id: n.store_id,
            assigned_to: None,
        };
        if !actor.can_assign(scope, Some(a)) {
            return Err(ClientError::Forbidden("assign this issue"));
        }
    }
    let id = n.id.unwrap_or(IssueId(Uuid::now_v7()));
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let number: Option<i64> = match mode {
        Mode::Local => Some(
            sqlx::query_scalar("select coalesce(max(number), 0) + 1 from issues")
                .fetch_one(&mut *tx)
                .await?,
        ),
        Mode::Connected => None,
    };
    let sync = match mode {
        Mode::Local => "synced",
        Mode::Connected => "pending",
    };
    sqlx::query(
        "insert into issues (id, number, store_id, title, description, priority, priority_rank,
                             status, created_by, assigned_to, created_at, updated_at, sync)
         values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)",
    )
    .bind(id.0.to_string())
    .bind(number)
    .bind(n.store_id.0.to_string())
    .bind(valid.title.as_str())
    .bind(valid.description.as_str())
    .bind(n.priority.as_str())
    .bind(n.priority.rank())
    .bind(Status::Open.as_str())
    .bind(me.id.0.to_string())
    .bind(n.assigned_to.map(|a| a.0.to_string()))
    .bind(now)
    .bind(sync)
    .execute(&mut *tx)
    .await?;
    if mode == Mode::Connected {
        let issue = NewIssue {
            id: Some(id),
            ..n.clone()
        };
        outbox::enqueue(&mut tx, MutationOp::CreateIssue { issue }).await?;
    }
    record(
        &mut tx,
        id,
        Some(me.id),
        now,
        &[history::created(Status::Open)],
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
