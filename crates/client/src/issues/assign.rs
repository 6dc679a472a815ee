//! Who works on an issue: the people it may be given to, and the assignment itself, authorised
//! by the domain's policy (the same the server applies; the server checks the assignee again).

use super::{current, record};
use crate::error::{ClientError, ClientResult};
use crate::sync::outbox;
use chrono::Utc;
use sqlx::{SqliteConnection, SqlitePool};
use storedesk_domain::api::user::UserSummary;
use storedesk_domain::policy::IssueScope;
use storedesk_domain::sync::MutationOp;
use storedesk_domain::view::{Mode, SessionUser};
use storedesk_domain::{history, FieldError, IssueId, UserId};

/// The issue's store's people (its manager and engineers) whom `me` may give it to (the
/// server also accepts any active engineer; the store's people are whom a manager picks from).
pub async fn candidates(
    db: &SqlitePool,
    me: &SessionUser,
    id: IssueId,
) -> ClientResult<Vec<UserSummary>> {
    let mut conn = db.acquire().await?;
    let cur = current(&mut conn, id).await?;
    if !me.actor().can_view_issue(cur.scope) {
        return Err(ClientError::NotFound("this issue"));
    }
    people(&mut conn, me, cur.scope).await
}

async fn people(
    conn: &mut SqliteConnection,
    me: &SessionUser,
    scope: IssueScope,
) -> ClientResult<Vec<UserSummary>> {
    let actor = me.actor();
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "select distinct u.id, u.username, u.display_name from users u
         where u.active = 1 and u.id in (select user_id from store_members where store_id = ?1)
         order by u.display_name",
    )
    .bind(scope.store_id.0.to_string())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, username, display_name)| {
            let id = UserId::parse(&id).ok()?;
            actor.can_assign(scope, Some(id)).then_some(UserSummary {
                id,
                username,
                display_name,
            })
        })
        .collect())
}

/// Gives the issue to `who` (or to nobody), with its history entry; queued when connected.
pub async fn assign(
    db: &SqlitePool,
    me: &SessionUser,
    id: IssueId,
    who: Option<UserId>,
    mode: Mode,
) -> ClientResult<()> {
    let mut tx = db.begin().await?;
    let cur = current(&mut tx, id).await?;
    let actor = me.actor();
    if !actor.can_view_issue(cur.scope) {
        return Err(ClientError::NotFound("this issue"));
    }
    if !actor.can_assign(cur.scope, who) {
        return Err(ClientError::Forbidden("assign this issue"));
    }
    if cur.scope.assigned_to == who {
        return Ok(());
    }
    let new = match who {
        Some(w) => {
            let allowed = people(&mut tx, me, cur.scope).await?;
            match allowed.into_iter().find(|p| p.id == w) {
                Some(p) => Some(p.username),
                None => {
                    return Err(ClientError::Invalid(vec![FieldError::new(
                        "assignee_id",
                        "invalid_assignee",
                        "choose one of the store's people",
                    )]))
                }
            }
        }
        None => None,
    };
    let old: Option<String> = match cur.scope.assigned_to {
        Some(u) => {
            sqlx::query_scalar("select username from users where id = ?1")
                .bind(u.0.to_string())
                .fetch_optional(&mut *tx)
                .await?
        }
        None => None,
    };
    let now = Utc::now();
    sqlx::query("update issues set assigned_to = ?2, updated_at = ?3 where id = ?1")
        .bind(id.0.to_string())
        .bind(who.map(|w| w.0.to_string()))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    record(
        &mut tx,
        id,
        Some(me.id),
        now,
        &[history::assigned(old, new)],
        None,
    )
    .await?;
    if mode == Mode::Connected {
        outbox::enqueue(
            &mut tx,
            MutationOp::Assign {
                id,
                assignee_id: who,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
