//! The vendor loop's SQL: the outbox of issue mail, the mail log, the watcher's checkpoints.

use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::error::ApiResult;

/// Marks the database as mailing: issues created from now on are queued (migration 6).
pub async fn enable(pool: &PgPool) -> ApiResult<()> {
    sqlx::query("insert into mail_enabled (id) values (true) on conflict do nothing")
        .execute(pool)
        .await?;
    Ok(())
}

/// What the sender needs to write one issue mail.
#[derive(Debug, sqlx::FromRow)]
pub struct DueMail {
    pub outbox_id: Uuid,
    pub issue_id: Uuid,
    pub number: i64,
    pub title: String,
    pub description: String,
    pub priority: String,
    pub store: String,
    pub location: Option<String>,
    pub reporter: String,
    pub attempts: i32,
}

/// Claims the oldest due mail and marks it `sending` (committed before the send starts, so a
/// crash during the send leaves it `sending`: in doubt, never sent again by itself).
pub async fn claim_due(pool: &PgPool) -> ApiResult<Option<DueMail>> {
    let row: Option<DueMail> = sqlx::query_as(
        "with due as (
             select id from mail_outbox
             where state = 'queued' and next_attempt_at <= now()
             order by next_attempt_at limit 1 for update skip locked
         ), claimed as (
             update mail_outbox o set state = 'sending', attempts = o.attempts + 1
             from due where o.id = due.id
             returning o.id, o.issue_id, o.attempts
         )
         select c.id as outbox_id, i.id as issue_id, i.number, i.title, i.description,
                i.priority, s.name as store, s.address as location,
                u.display_name as reporter, c.attempts
         from claimed c join issues i on i.id = c.issue_id
         join stores s on s.id = i.store_id join users u on u.id = i.created_by",
    )
    .fetch_optional(pool)
    .await?;
    Ok(row)
}

/// The send succeeded: `sent`, with the Message-ID, and the raw message in the mail log.
pub async fn mark_sent(
    pool: &PgPool,
    outbox_id: Uuid,
    message_id: &str,
    raw: &[u8],
) -> ApiResult<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "with sent as (
             update mail_outbox set state = 'sent', message_id = $2, sent_at = now(),
                 last_error = null
             where id = $1 returning issue_id
         )
         insert into mail_log (direction, message_id, issue_id, event, raw)
         select 'out', $2, issue_id, 'sent', $3 from sent on conflict do nothing",
    )
    .bind(outbox_id)
    .bind(message_id)
    .bind(raw)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The send failed: back to `queued` after `retry_in_s`, or `failed` for good (`None`).
pub async fn mark_failed(
    pool: &PgPool,
    outbox_id: Uuid,
    reason: &str,
    retry_in_s: Option<f64>,
) -> ApiResult<()> {
    sqlx::query(
        "update mail_outbox set
             state = case when $3::float8 is null then 'failed' else 'queued' end,
             next_attempt_at = now() + make_interval(secs => coalesce($3::float8, 0)),
             last_error = $2
         where id = $1",
    )
    .bind(outbox_id)
    .bind(reason)
    .bind(retry_in_s)
    .execute(pool)
    .await?;
    Ok(())
}

/// After a restart: mail left `sending` may or may not have reached the vendor. It is marked
/// `failed` with that reason for a person to check and resend, never sent twice by itself.
pub async fn fail_in_doubt(pool: &PgPool) -> ApiResult<u64> {
    let done = sqlx::query(
        "update mail_outbox set state = 'failed',
             last_error = 'the server stopped during the send: it may have reached the vendor; check before resending'
         where state = 'sending'",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

pub async fn outbox_state(
    conn: &mut PgConnection,
    issue: Uuid,
) -> ApiResult<Option<(String, Option<String>)>> {
    Ok(
        sqlx::query_as("select state, last_error from mail_outbox where issue_id = $1")
            .bind(issue)
            .fetch_optional(conn)
            .await?,
    )
}

pub async fn checkpoint(pool: &PgPool, mailbox: &str) -> ApiResult<Option<(i64, i64)>> {
    Ok(
        sqlx::query_as("select uid_validity, last_uid from mail_checkpoints where mailbox = $1")
            .bind(mailbox)
            .fetch_optional(pool)
            .await?,
    )
}

pub async fn save_checkpoint(
    conn: &mut PgConnection,
    mailbox: &str,
    uid_validity: i64,
    last_uid: i64,
) -> ApiResult<()> {
    sqlx::query(
        "insert into mail_checkpoints (mailbox, uid_validity, last_uid) values ($1, $2, $3)
         on conflict (mailbox) do update set uid_validity = $2, last_uid = $3, updated_at = now()",
    )
    .bind(mailbox)
    .bind(uid_validity)
    .bind(last_uid)
    .execute(conn)
    .await?;
    Ok(())
}

/// One incoming message as triage read it.
pub struct LoggedMail<'a> {
    pub message_id: &'a str,
    pub issue_id: Option<Uuid>,
    pub event: &'a str,
    pub rule: &'a str,
    pub vendor_ticket_id: Option<&'a str>,
    pub confidence: f32,
    pub needs_confirmation: bool,
    pub raw: &'a [u8],
}

/// Logs an incoming message; false when this Message-ID was logged before (a second delivery,
/// a second watcher): its effects happened then and must not happen again.
pub async fn log_incoming(conn: &mut PgConnection, m: &LoggedMail<'_>) -> ApiResult<bool> {
    let inserted: Option<Uuid> = sqlx::query_scalar(
        "insert into mail_log (direction, message_id, issue_id, event, rule, vendor_ticket_id,
                               confidence, needs_confirmation, raw)
         values ('in', $1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (direction, message_id) do nothing returning id",
    )
    .bind(m.message_id)
    .bind(m.issue_id)
    .bind(m.event)
    .bind(m.rule)
    .bind(m.vendor_ticket_id)
    .bind(m.confidence)
    .bind(m.needs_confirmation)
    .bind(m.raw)
    .fetch_optional(conn)
    .await?;
    Ok(inserted.is_some())
}

/// Number, title and store name of every issue not closed: how triage recognises a helpdesk's
/// mail that dropped our tag and thread but copied the fault's title and store.
pub async fn open_issue_names(conn: &mut PgConnection) -> ApiResult<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "select i.number, i.title, s.name from issues i join stores s on s.id = i.store_id
         where i.status <> 'closed'",
    )
    .fetch_all(conn)
    .await?)
}

/// Vendor tickets already linked to issues (for triage to place replies that carry only the
/// vendor's number).
pub async fn vendor_tickets(pool: &PgPool, vendor: &str) -> ApiResult<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "select r.vendor_ticket_id, i.number from resolutions r join issues i on i.id = r.issue_id
         where r.vendor = $1",
    )
    .bind(vendor)
    .fetch_all(pool)
    .await?)
}
