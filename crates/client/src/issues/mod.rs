//! Issues in the local database: the list (filters, search, counts), the detail with its
//! timeline, and the writes people make (log, change status), each through the domain's rules.

mod assign;
mod comment;
mod create;
mod detail;
pub(crate) mod history;
mod list;
mod status;

pub use assign::{assign, candidates as assignees};
pub use comment::add as add_comment;
pub use create::create;
pub use detail::detail;
pub use list::{list, view_counts};
pub use status::change_status;

use crate::error::{ClientError, ClientResult};
use anyhow::Context;
use sqlx::SqliteConnection;
use storedesk_domain::history::Event;
use storedesk_domain::policy::IssueScope;
use storedesk_domain::{IssueId, Status, StoreId, UserId};

/// What a write needs to know about an issue before changing it.
pub(crate) struct Current {
    pub scope: IssueScope,
    pub status: Status,
}

pub(crate) async fn current(conn: &mut SqliteConnection, id: IssueId) -> ClientResult<Current> {
    let row: Option<(String, Option<String>, String)> =
        sqlx::query_as("select store_id, assigned_to, status from issues where id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(&mut *conn)
            .await?;
    let (store, assignee, status) = row.ok_or(ClientError::NotFound("this issue"))?;
    Ok(Current {
        scope: IssueScope {
            store_id: StoreId::parse(&store).context("a store id in the local database")?,
            assigned_to: assignee
                .map(|a| UserId::parse(&a))
                .transpose()
                .context("a user id in the local database")?,
        },
        status: Status::parse(&status).context("a status in the local database")?,
    })
}

/// Appends history entries (the domain decides which) in the caller's transaction. No actor:
/// the system (local mode's vendor mail loop).
pub(crate) async fn record(
    conn: &mut SqliteConnection,
    issue: IssueId,
    actor: Option<UserId>,
    at: chrono::DateTime<chrono::Utc>,
    events: &[Event],
    note: Option<&str>,
) -> ClientResult<()> {
    for e in events {
        sqlx::query(
            "insert into history (issue_id, at, actor_id, field, old_value, new_value, note)
             values (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .bind(issue.0.to_string())
        .bind(at)
        .bind(actor.map(|a| a.0.to_string()))
        .bind(e.field)
        .bind(e.old.as_deref())
        .bind(e.new.as_deref())
        .bind(note)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
