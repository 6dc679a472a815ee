//! Applies one page of the server's feed to the cache in one transaction, with its cursor: a page
//! is either all in (and the cursor moved) or not at all, so a crash mid-page costs a re-pull,
//! never a gap.

use crate::error::ClientResult;
use sqlx::SqliteConnection;
use storedesk_domain::api::comment::Comment;
use storedesk_domain::api::issue::Issue;
use storedesk_domain::api::resolution::Resolution;
use storedesk_domain::api::store::{Store, StoreSummary};
use storedesk_domain::api::user::UserSummary;
use storedesk_domain::notice::{self, Known, Notice};
use storedesk_domain::sync::{Change, ChangeFeed, ChangeOp, EntityKind, Record};
use storedesk_domain::{IssueId, IssueRef, Status, UserId};

pub(crate) const CURSOR: &str = "sync_cursor";

/// What a page changed, for the status bar and the tests.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Applied {
    pub upserts: usize,
    pub removals: usize,
    /// Rows kept as they are because the outbox still holds local changes to them.
    pub kept_pending: usize,
    pub held: usize,
    /// What the people concerned are told (`domain::notice`), raised once the page is committed.
    pub notices: Vec<Notice>,
}

/// `news`: whether the page brings news worth a notification. A first sync, or one rebuilding
/// the cache, brings the whole past, which is nobody's news.
pub async fn page(
    conn: &mut SqliteConnection,
    me: UserId,
    feed: &ChangeFeed,
    news: bool,
) -> ClientResult<Applied> {
    // Rows arrive in the server's order, which may name an issue's store or reporter before
    // their own record: foreign keys are checked at commit, on the whole page.
    sqlx::query("pragma defer_foreign_keys = on")
        .execute(&mut *conn)
        .await?;
    let mut applied = Applied::default();
    for change in &feed.changes {
        apply(conn, me, change, news, &mut applied).await?;
    }
    for raw in &feed.unreadable {
        let entity = raw["entity"].as_str().unwrap_or("unknown");
        let id = raw["id"].as_str().unwrap_or("unknown");
        hold(conn, entity, id, &raw.to_string()).await?;
        applied.held += 1;
    }
    sqlx::query(
        "insert into settings (name, value) values (?1, ?2)
         on conflict (name) do update set value = excluded.value",
    )
    .bind(CURSOR)
    .bind(&feed.cursor)
    .execute(&mut *conn)
    .await?;
    Ok(applied)
}

async fn apply(
    conn: &mut SqliteConnection,
    me: UserId,
    c: &Change,
    news: bool,
    n: &mut Applied,
) -> ClientResult<()> {
    let id = c.id.to_string();
    match (c.op, &c.record) {
        (ChangeOp::Upsert, Some(record)) => {
            if pending(conn, &id).await? {
                n.kept_pending += 1;
                return Ok(());
            }
            if news {
                n.notices.extend(notice(conn, me, c).await?);
            }
            match record {
                Record::User(u) => user(conn, u).await?,
                Record::Store(s) => store(conn, s).await?,
                Record::Issue(i) => issue(conn, i).await?,
                Record::Comment(cm) => comment(conn, cm).await?,
                Record::Resolution(r) => resolution(conn, r).await?,
                Record::Assignment(a) => {
                    let json = serde_json::to_string(a).unwrap_or_default();
                    hold(conn, "assignment", &id, &json).await?
                }
            }
            n.upserts += 1;
        }
        // An upsert without its record cannot be applied; a newer server never sends one.
        (ChangeOp::Upsert, None) => {}
        (ChangeOp::Delete, _) => {
            remove(conn, c.entity, &id).await?;
            n.removals += 1;
        }
        (ChangeOp::Revoke, _) => {
            revoke(conn, me, c.entity, &id).await?;
            n.removals += 1;
        }
    }
    Ok(())
}

/// The notice a record raises, from the cache as it is before the record is applied.
async fn notice(
    conn: &mut SqliteConnection,
    me: UserId,
    c: &Change,
) -> ClientResult<Option<Notice>> {
    let (ChangeOp::Upsert, Some(record)) = (c.op, &c.record) else {
        return Ok(None);
    };
    Ok(match record {
        Record::Issue(i) => {
            let before = known(conn, i.id).await?;
            notice::for_issue(me, before.as_ref(), i)
        }
        Record::Resolution(r) => match known(conn, r.issue_id).await? {
            Some(issue) => notice::for_resolution(me, &issue, r),
            None => None,
        },
        Record::Assignment(a) => {
            let seen: i64 = sqlx::query_scalar(
                "select count(*) from held_records where entity = 'assignment' and id = ?1",
            )
            .bind(a.id.0.to_string())
            .fetch_one(&mut *conn)
            .await?;
            notice::for_message(me, seen > 0, a)
        }
        _ => None,
    })
}

/// What the cache holds of an issue, for the notice rule.
async fn known(conn: &mut SqliteConnection, id: IssueId) -> ClientResult<Option<Known>> {
    type Row = (
        Option<i64>,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
    );
    let row: Option<Row> = sqlx::query_as(
        "select number, title, status, created_by, assigned_to, vendor_ticket
         from issues where id = ?1",
    )
    .bind(id.0.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    let Some((number, title, status, created_by, assigned_to, vendor_ticket)) = row else {
        return Ok(None);
    };
    let person = |s: &str| UserId::parse(s).ok();
    Ok(Some(Known {
        id,
        reference: number.map(|n| IssueRef(n).to_string()).unwrap_or_default(),
        title,
        status: Status::parse(&status).unwrap_or(Status::Open),
        created_by: person(&created_by).unwrap_or(UserId(uuid::Uuid::nil())),
        assigned_to: assigned_to.as_deref().and_then(person),
        vendor_ticket,
    }))
}

/// Local changes not yet confirmed win over the server's older state; the push sends them first
/// and the next pull brings the merged row.
async fn pending(conn: &mut SqliteConnection, id: &str) -> ClientResult<bool> {
    Ok(
        sqlx::query_scalar::<_, i64>("select count(*) from outbox where entity_id = ?1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?
            > 0,
    )
}

async fn user(conn: &mut SqliteConnection, u: &UserSummary) -> ClientResult<()> {
    sqlx::query(
        "insert into users (id, username, display_name, created_at, updated_at)
         values (?1, ?2, ?3, datetime('now'), datetime('now'))
         on conflict (id) do update set username = excluded.username,
             display_name = excluded.display_name, updated_at = excluded.updated_at",
    )
    .bind(u.id.0.to_string())
    .bind(&u.username)
    .bind(&u.display_name)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A store named inside another record before its own record arrives: enough to show it.
async fn store_summary(conn: &mut SqliteConnection, s: &StoreSummary) -> ClientResult<()> {
    sqlx::query(
        "insert into stores (id, code, name, created_at, updated_at)
         values (?1, ?2, ?3, datetime('now'), datetime('now'))
         on conflict (id) do update set code = excluded.code, name = excluded.name",
    )
    .bind(s.id.0.to_string())
    .bind(&s.code)
    .bind(&s.name)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn store(conn: &mut SqliteConnection, s: &Store) -> ClientResult<()> {
    let id = s.id.0.to_string();
    sqlx::query(
        "insert into stores (id, code, name, address, created_at, updated_at)
         values (?1, ?2, ?3, ?4, ?5, ?6)
         on conflict (id) do update set code = excluded.code, name = excluded.name,
             address = excluded.address, updated_at = excluded.updated_at",
    )
    .bind(&id)
    .bind(&s.code)
    .bind(&s.name)
    .bind(&s.location.address)
    .bind(s.created_at)
    .bind(s.updated_at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("delete from store_members where store_id = ?1")
        .bind(&id)
        .execute(&mut *conn)
        .await?;
    let members = s
        .manager
        .iter()
        .map(|m| (m, "manager"))
        .chain(s.engineers.iter().map(|e| (e, "engineer")));
    for (person, kind) in members {
        user(conn, person).await?;
        sqlx::query("insert into store_members (store_id, user_id, kind) values (?1, ?2, ?3)")
            .bind(&id)
            .bind(person.id.0.to_string())
            .bind(kind)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub(crate) async fn issue(conn: &mut SqliteConnection, i: &Issue) -> ClientResult<()> {
    store_summary(conn, &i.store).await?;
    user(conn, &i.created_by).await?;
    if let Some(a) = &i.assigned_to {
        user(conn, a).await?;
    }
    sqlx::query(
        "insert into issues (id, number, store_id, title, description, priority, priority_rank,
                             status, created_by, assigned_to, created_at, updated_at, sync,
                             reject_reason)
         values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'synced', null)
         on conflict (id) do update set number = excluded.number, store_id = excluded.store_id,
             title = excluded.title, description = excluded.description,
             priority = excluded.priority, priority_rank = excluded.priority_rank,
             status = excluded.status, created_by = excluded.created_by,
             assigned_to = excluded.assigned_to, updated_at = excluded.updated_at,
             sync = 'synced', reject_reason = null",
    )
    .bind(i.id.0.to_string())
    .bind(i.number)
    .bind(i.store.id.0.to_string())
    .bind(&i.title)
    .bind(&i.description)
    .bind(i.priority.as_str())
    .bind(i.priority.rank())
    .bind(i.status.as_str())
    .bind(i.created_by.id.0.to_string())
    .bind(i.assigned_to.as_ref().map(|a| a.id.0.to_string()))
    .bind(i.created_at)
    .bind(i.updated_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn comment(conn: &mut SqliteConnection, c: &Comment) -> ClientResult<()> {
    user(conn, &c.author).await?;
    sqlx::query(
        "insert into comments (id, issue_id, author_id, body, created_at, updated_at)
         values (?1, ?2, ?3, ?4, ?5, ?6)
         on conflict (id) do update set body = excluded.body, updated_at = excluded.updated_at",
    )
    .bind(c.id.0.to_string())
    .bind(c.issue_id.0.to_string())
    .bind(c.author.id.0.to_string())
    .bind(&c.body)
    .bind(c.created_at)
    .bind(c.updated_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn resolution(conn: &mut SqliteConnection, r: &Resolution) -> ClientResult<()> {
    sqlx::query(
        "insert into resolutions (id, issue_id, vendor, vendor_ticket_id, acknowledged_at,
                                  resolution_date, last_vendor_status, created_at, updated_at)
         values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         on conflict (id) do update set vendor = excluded.vendor,
             vendor_ticket_id = excluded.vendor_ticket_id,
             acknowledged_at = excluded.acknowledged_at,
             resolution_date = excluded.resolution_date,
             last_vendor_status = excluded.last_vendor_status, updated_at = excluded.updated_at",
    )
    .bind(r.id.0.to_string())
    .bind(r.issue_id.0.to_string())
    .bind(&r.vendor)
    .bind(&r.vendor_ticket_id)
    .bind(r.acknowledged_at)
    .bind(r.resolution_date)
    .bind(r.last_vendor_status.as_deref())
    .bind(r.created_at)
    .bind(r.updated_at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("update issues set vendor_ticket = ?2 where id = ?1")
        .bind(r.issue_id.0.to_string())
        .bind(&r.vendor_ticket_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn hold(
    conn: &mut SqliteConnection,
    entity: &str,
    id: &str,
    record: &str,
) -> ClientResult<()> {
    sqlx::query(
        "insert into held_records (entity, id, record) values (?1, ?2, ?3)
         on conflict (entity, id) do update set record = excluded.record",
    )
    .bind(entity)
    .bind(id)
    .bind(record)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The table of each kind the cache keeps (users are never deleted by the feed: a deactivated
/// person stays the author of their comments).
fn table(entity: EntityKind) -> Option<&'static str> {
    match entity {
        EntityKind::Store => Some("stores"),
        EntityKind::Issue => Some("issues"),
        EntityKind::Comment => Some("comments"),
        EntityKind::Resolution => Some("resolutions"),
        EntityKind::User | EntityKind::Assignment => None,
    }
}

async fn remove(conn: &mut SqliteConnection, entity: EntityKind, id: &str) -> ClientResult<()> {
    if entity == EntityKind::Store {
        // A store's issues (and through them comments, resolutions, history) go with it.
        sqlx::query("delete from issues where store_id = ?1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("delete from store_members where store_id = ?1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    if let Some(t) = table(entity) {
        // The table name comes from the match above, never from input.
        sqlx::query(&format!("delete from {t} where id = ?1"))
            .bind(id)
            .execute(&mut *conn)
            .await?;
    } else if entity == EntityKind::Assignment {
        sqlx::query("delete from held_records where entity = 'assignment' and id = ?1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Lost access: a store's rows go except the issues still assigned to me (I keep seeing those).
async fn revoke(
    conn: &mut SqliteConnection,
    me: UserId,
    entity: EntityKind,
    id: &str,
) -> ClientResult<()> {
    if entity != EntityKind::Store {
        return remove(conn, entity, id).await;
    }
    sqlx::query("delete from issues where store_id = ?1 and assigned_to is not ?2")
        .bind(id)
        .bind(me.0.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query("delete from store_members where store_id = ?1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    // The store row stays while an issue assigned to me still names it.
    sqlx::query("delete from stores where id = ?1 and not exists (select 1 from issues where store_id = ?1)")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
