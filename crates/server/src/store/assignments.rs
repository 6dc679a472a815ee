use super::{decode, user_summary_json};
use crate::error::{ApiError, ApiResult};
use sqlx::types::Json;
use sqlx::PgPool;
use storedesk_domain::api::assignment::{Assignment, Recipient};
use storedesk_domain::policy::Actor;
use storedesk_domain::text::Message;
use storedesk_domain::{AssignmentId, UserId};
use uuid::Uuid;

/// `$1` in the surrounding query is the reader (for `read_at`).
pub(crate) fn assignment_json() -> String {
    format!(
        "json_build_object('id', x.id, 'message', x.message,
            'store', (select json_build_object('id', s.id, 'code', s.code, 'name', s.name)
                      from stores s where s.id = x.store_id),
            'engineer', (select {e} from users e where e.id = x.engineer_id),
            'created_by', (select {c} from users c where c.id = x.created_by),
            'created_at', x.created_at,
            'read_at', (select r.read_at from assignment_reads r
                        where r.assignment_id = x.id and r.user_id = $1))",
        e = user_summary_json("e"),
        c = user_summary_json("c"),
    )
}

pub async fn create(
    db: &PgPool,
    id: Uuid,
    by: UserId,
    message: &Message,
    to: &Recipient,
) -> ApiResult<Assignment> {
    let (store, engineer) = match to {
        Recipient::Store(s) => (Some(s.0), None),
        Recipient::Engineer(u) => (None, Some(u.0)),
    };
    let row: Json<serde_json::Value> = sqlx::query_scalar(&format!(
        "with x as (insert into assignments (id, message, store_id, engineer_id, created_by)
                    values ($2, $3, $4, $5, $1) returning *)
         select {} from x",
        assignment_json()
    ))
    .bind(by.0)
    .bind(id)
    .bind(message.as_str())
    .bind(store)
    .bind(engineer)
    .fetch_one(db)
    .await?;
    decode(row.0)
}

/// Messages for the caller: to them, or to a store they belong to; admins see all, and
/// senders see what they sent.
pub async fn inbox(db: &PgPool, actor: &Actor, unread_only: bool) -> ApiResult<Vec<Assignment>> {
    let stores: Vec<Uuid> = actor
        .managed_stores
        .iter()
        .chain(&actor.engineer_stores)
        .map(|s| s.0)
        .collect();
    let rows: Vec<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} from assignments x
         where ($2 or x.engineer_id = $1 or x.store_id = any($3) or x.created_by = $1)
           and (not $4 or not exists (select 1 from assignment_reads r
                                      where r.assignment_id = x.id and r.user_id = $1))
         order by x.created_at desc limit 500",
        assignment_json()
    ))
    .bind(actor.id.0)
    .bind(actor.is_admin())
    .bind(stores)
    .bind(unread_only)
    .fetch_all(db)
    .await?;
    rows.into_iter().map(|j| decode(j.0)).collect()
}

/// Marks read for the caller, if they are a recipient (the store's members or the engineer).
pub async fn mark_read(db: &PgPool, actor: &Actor, id: AssignmentId) -> ApiResult<Assignment> {
    let target: Option<(Option<Uuid>, Option<Uuid>)> =
        sqlx::query_as("select store_id, engineer_id from assignments where id = $1")
            .bind(id.0)
            .fetch_optional(db)
            .await?;
    let (store, engineer) = target.ok_or(ApiError::NotFound("assignment"))?;
    let recipient = engineer == Some(actor.id.0)
        || store.is_some_and(|s| {
            actor
                .managed_stores
                .iter()
                .chain(&actor.engineer_stores)
                .any(|m| m.0 == s)
        });
    if !recipient {
        return Err(if actor.is_admin() {
            ApiError::Forbidden
        } else {
            ApiError::NotFound("assignment")
        });
    }
    let row: Json<serde_json::Value> = sqlx::query_scalar(&format!(
        "with r as (insert into assignment_reads (assignment_id, user_id) values ($2, $1)
                    on conflict do nothing)
         select {} from assignments x where x.id = $2",
        assignment_json()
    ))
    .bind(actor.id.0)
    .bind(id.0)
    .fetch_one(db)
    .await?;
    let mut a: Assignment = decode(row.0)?;
    // The CTE's insert is not visible to the outer select of the same statement.
    a.read_at = a.read_at.or_else(|| Some(chrono::Utc::now()));
    Ok(a)
}
