use super::current;
use crate::error::{ClientError, ClientResult};
use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use storedesk_domain::api::comment::Comment;
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::api::user::UserSummary;
use storedesk_domain::view::{
    IssueDetailView, RowSync, SessionUser, TimelineItem, VendorTicketView,
};
use storedesk_domain::{CommentId, IssueId, Priority, Status, StoreId, UserId};

#[derive(sqlx::FromRow)]
struct Head {
    number: Option<i64>,
    title: String,
    description: String,
    store_id: String,
    store_code: String,
    store_name: String,
    priority: String,
    status: String,
    created_by: Option<String>,
    creator_username: Option<String>,
    creator_name: Option<String>,
    assigned_to: Option<String>,
    assignee_username: Option<String>,
    assignee_name: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    sync: String,
    reject_reason: Option<String>,
}

fn summary(
    id: Option<String>,
    username: Option<String>,
    name: Option<String>,
) -> anyhow::Result<Option<UserSummary>> {
    Ok(match (id, username, name) {
        (Some(id), Some(username), Some(display_name)) => Some(UserSummary {
            id: UserId::parse(&id)?,
            username,
            display_name,
        }),
        _ => None,
    })
}

/// The issue with what `me` may do with it and its timeline (history and comments in time
/// order). Issues `me` may not see are "not found", as on the server.
pub async fn detail(
    db: &SqlitePool,
    me: &SessionUser,
    id: IssueId,
) -> ClientResult<IssueDetailView> {
    let mut conn = db.acquire().await?;
    let cur = current(&mut conn, id).await?;
    let actor = me.actor();
    if !actor.can_view_issue(cur.scope) {
        return Err(ClientError::NotFound("this issue"));
    }
    let key = id.0.to_string();
    let h: Head = sqlx::query_as(
        "select i.number, i.title, i.description, i.store_id, s.code as store_code,
                s.name as store_name, i.priority, i.status, i.created_by,
                c.username as creator_username, c.display_name as creator_name, i.assigned_to,
                a.username as assignee_username, a.display_name as assignee_name, i.created_at,
                i.updated_at, i.sync, i.reject_reason
         from issues i join stores s on s.id = i.store_id
         left join users c on c.id = i.created_by left join users a on a.id = i.assigned_to
         where i.id = ?1",
    )
    .bind(&key)
    .fetch_one(&mut *conn)
    .await?;

    type HistoryRow = (
        DateTime<Utc>,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let history: Vec<HistoryRow> = sqlx::query_as(
        // An assignment is kept by username (as on the server); people read names.
        "select h.at, u.display_name, h.field,
                case when h.field = 'assigned_to'
                     then coalesce((select display_name from users where username = h.old_value),
                                   h.old_value)
                     else h.old_value end,
                case when h.field = 'assigned_to'
                     then coalesce((select display_name from users where username = h.new_value),
                                   h.new_value)
                     else h.new_value end,
                h.note
         from history h left join users u on u.id = h.actor_id
         where h.issue_id = ?1 order by h.at, h.id",
    )
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    type CommentRow = (
        String,
        String,
        String,
        String,
        String,
        DateTime<Utc>,
        DateTime<Utc>,
    );
    let comments: Vec<CommentRow> = sqlx::query_as(
        "select c.id, c.author_id, u.username, u.display_name, c.body, c.created_at, c.updated_at
         from comments c join users u on u.id = c.author_id
         where c.issue_id = ?1 order by c.created_at, c.id",
    )
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;

    let mut timeline: Vec<(DateTime<Utc>, TimelineItem)> = history
        .into_iter()
        // Comments show as themselves, not as their "comment_added" entry.
        .filter(|(_, _, field, ..)| !field.starts_with("comment_"))
        .map(|(at, actor, field, old_value, new_value, note)| {
            (
                at,
                TimelineItem::Change {
                    at,
                    actor,
                    field,
                    old_value,
                    new_value,
                    note,
                },
            )
        })
        .collect();
    for (cid, author, username, display_name, body, created_at, updated_at) in comments {
        timeline.push((
            created_at,
            TimelineItem::Comment(Comment {
                id: CommentId::parse(&cid).context("a comment id")?,
                issue_id: id,
                author: UserSummary {
                    id: UserId::parse(&author).context("a user id")?,
                    username,
                    display_name,
                },
                body,
                created_at,
                updated_at,
            }),
        ));
    }
    timeline.sort_by_key(|(at, _)| *at);
    type VendorRow = (
        String,
        String,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
        Option<String>,
    );
    let vendor: Option<VendorRow> = sqlx::query_as(
        "select vendor, vendor_ticket_id, acknowledged_at, resolution_date, last_vendor_status
         from resolutions where issue_id = ?1 order by updated_at desc limit 1",
    )
    .bind(&key)
    .fetch_optional(&mut *conn)
    .await?;

    let status = Status::parse(&h.status).context("a status in the local database")?;
    let can_work = actor.can_work_on_issue(cur.scope);
    let mail = crate::vendor_mail::issue_mail(&mut conn, &key, can_work).await?;
    Ok(IssueDetailView {
        id,
        number: h.number,
        title: h.title,
        description: h.description,
        store: StoreSummary {
            id: StoreId::parse(&h.store_id).context("a store id")?,
            code: h.store_code,
            name: h.store_name,
        },
        priority: Priority::parse(&h.priority).context("a priority")?,
        status,
        created_by: summary(h.created_by, h.creator_username, h.creator_name)?,
        assigned_to: summary(h.assigned_to, h.assignee_username, h.assignee_name)?,
        created_at: h.created_at,
        updated_at: h.updated_at,
        sync: RowSync::parse(&h.sync).context("a sync state")?,
        reject_reason: h.reject_reason,
        next_statuses: if can_work {
            status.allowed_next().to_vec()
        } else {
            Vec::new()
        },
        can_work,
        timeline: timeline.into_iter().map(|(_, t)| t).collect(),
        vendor: vendor.map(
            |(vendor, ticket_id, acknowledged_at, resolution_date, last_vendor_status)| {
                VendorTicketView {
                    vendor,
                    ticket_id,
                    acknowledged_at,
                    resolution_date,
                    last_vendor_status,
                }
            },
        ),
        mail,
    })
}
