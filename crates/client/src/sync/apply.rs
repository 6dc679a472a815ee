//! Applies one page of the server's feed to the cache in one transaction, with its cursor: a page
//! is either all in (and the cursor moved) or not at all, so a crash mid-page costs a re-pull,
//! never a gap.

use crate::error::ClientResult;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::json;
use sqlx::SqliteConnection;
use std::collections::HashSet;
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
    // Local changes not yet confirmed win over the server's older state; the push sends them
    // first and the next pull brings the merged row. (The outbox is small: read it once.)
    let pending: HashSet<String> = sqlx::query_scalar("select entity_id from outbox")
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    let mut applied = Applied::default();
    let mut batch = Batch::default();
    for c in &feed.changes {
        let id = c.id.to_string();
        match (c.op, &c.record) {
            (ChangeOp::Upsert, Some(record)) => {
                if pending.contains(&id) {
                    applied.kept_pending += 1;
                    continue;
                }
                if news {
                    // The rule compares with the cache as it is before this record.
                    batch.flush(conn).await?;
                    applied.notices.extend(notice(conn, me, c).await?);
                }
                match record {
                    Record::User(u) => batch.user(u),
                    Record::Issue(i) => batch.issue(i),
                    Record::Comment(cm) => batch.comment(cm),
                    Record::Resolution(r) => batch.resolution(r),
                    Record::Store(st) => {
                        batch.flush(conn).await?;
                        store(conn, st).await?;
                    }
                    Record::Assignment(a) => {
                        let json = serde_json::to_string(a).unwrap_or_default();
                        hold(conn, "assignment", &id, &json).await?
                    }
                }
                applied.upserts += 1;
            }
            // An upsert without its record cannot be applied; a newer server never sends one.
            (ChangeOp::Upsert, None) => {}
            (ChangeOp::Delete, _) => {
                batch.flush(conn).await?;
                remove(conn, c.entity, &id).await?;
                applied.removals += 1;
            }
            (ChangeOp::Revoke, _) => {
                batch.flush(conn).await?;
                revoke(conn, me, c.entity, &id).await?;
                applied.removals += 1;
            }
        }
    }
    batch.flush(conn).await?;
    for raw in &feed.unreadable {
        let entity = raw["entity"].as_str().unwrap_or("unknown");
        let id = raw["id"].as_str().unwrap_or("unknown");
        hold(conn, entity, id, &raw.to_string()).await?;
        applied.held += 1;
    }
    crate::cache::put_setting(conn, CURSOR, &feed.cursor).await?;
    Ok(applied)
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

/// Rows of a page written a kind at a time: one statement per kind and page (over a JSON
/// array) instead of several per record. sqlx hands every statement to SQLite's worker thread,
/// and per-record statements made the first sync of 60,000 records take 6 to 8 s.
#[derive(Default)]
struct Batch {
    users: Vec<serde_json::Value>,
    stores: Vec<serde_json::Value>,
    issues: Vec<serde_json::Value>,
    comments: Vec<serde_json::Value>,
    resolutions: Vec<serde_json::Value>,
    /// Users and stores already in this batch (named again by most records); their UUIDs
    /// never collide across kinds.
    seen: HashSet<uuid::Uuid>,
}

/// Times as sqlx writes a `DateTime<Utc>` to SQLite, so the cache's text columns sort alike
/// whichever path wrote them.
fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

const USERS: &str = "insert into users (id, username, display_name, created_at, updated_at)
     select j.value->>'id', j.value->>'username', j.value->>'display_name',
            datetime('now'), datetime('now')
     from json_each(?1) j where true
     on conflict (id) do update set username = excluded.username,
         display_name = excluded.display_name, updated_at = excluded.updated_at
     where users.username is not excluded.username
        or users.display_name is not excluded.display_name";

const STORES: &str = "insert into stores (id, code, name, created_at, updated_at)
     select j.value->>'id', j.value->>'code', j.value->>'name', datetime('now'), datetime('now')
     from json_each(?1) j where true
     on conflict (id) do update set code = excluded.code, name = excluded.name
     where stores.code is not excluded.code or stores.name is not excluded.name";

const ISSUES: &str = "insert into issues (id, number, store_id, title, description, priority,
                         priority_rank, status, created_by, assigned_to, created_at,
                         updated_at, sync, reject_reason)
     select j.value->>'id', j.value->>'number', j.value->>'store_id', j.value->>'title',
            j.value->>'description', j.value->>'priority', j.value->>'priority_rank',
            j.value->>'status', j.value->>'created_by', j.value->>'assigned_to',
            j.value->>'created_at', j.value->>'updated_at', 'synced', null
     from json_each(?1) j where true
     on conflict (id) do update set number = excluded.number, store_id = excluded.store_id,
         title = excluded.title, description = excluded.description,
         priority = excluded.priority, priority_rank = excluded.priority_rank,
         status = excluded.status, created_by = excluded.created_by,
         assigned_to = excluded.assigned_to, updated_at = excluded.updated_at,
         sync = 'synced', reject_reason = null";

const COMMENTS: &str =
    "insert into comments (id, issue_id, author_id, body, created_at, updated_at)
     select j.value->>'id', j.value->>'issue_id', j.value->>'author_id', j.value->>'body',
            j.value->>'created_at', j.value->>'updated_at'
     from json_each(?1) j where true
     on conflict (id) do update set body = excluded.body, updated_at = excluded.updated_at";

const RESOLUTIONS: &str = "insert into resolutions (id, issue_id, vendor, vendor_ticket_id,
                              acknowledged_at, resolution_date, last_vendor_status,
                              created_at, updated_at)
     select j.value->>'id', j.value->>'issue_id', j.value->>'vendor',
            j.value->>'vendor_ticket_id', j.value->>'acknowledged_at',
            j.value->>'resolution_date', j.value->>'last_vendor_status',
            j.value->>'created_at', j.value->>'updated_at'
     from json_each(?1) j where true
     on conflict (id) do update set vendor = excluded.vendor,
         vendor_ticket_id = excluded.vendor_ticket_id,
         acknowledged_at = excluded.acknowledged_at, resolution_date = excluded.resolution_date,
         last_vendor_status = excluded.last_vendor_status, updated_at = excluded.updated_at";

/// The list shows the vendor's ticket beside the issue.
const VENDOR_TICKETS: &str = "update issues set vendor_ticket = j.value->>'vendor_ticket_id'
     from json_each(?1) j where issues.id = j.value->>'issue_id'";

impl Batch {
    fn user(&mut self, u: &UserSummary) {
        if self.seen.insert(u.id.0) {
            self.users
                .push(json!({"id": u.id.0.to_string(), "username": u.username,
                                   "display_name": u.display_name}));
        }
    }

    /// A store named inside another record before its own record arrives: enough to show it.
    fn store_summary(&mut self, s: &StoreSummary) {
        if self.seen.insert(s.id.0) {
            self.stores
                .push(json!({"id": s.id.0.to_string(), "code": s.code, "name": s.name}));
        }
    }

    fn issue(&mut self, i: &Issue) {
        self.store_summary(&i.store);
        self.user(&i.created_by);
        if let Some(a) = &i.assigned_to {
            self.user(a);
        }
        self.issues.push(json!({
            "id": i.id.0.to_string(), "number": i.number, "store_id": i.store.id.0.to_string(),
            "title": i.title, "description": i.description, "priority": i.priority.as_str(),
            "priority_rank": i.priority.rank(), "status": i.status.as_str(),
            "created_by": i.created_by.id.0.to_string(),
            "assigned_to": i.assigned_to.as_ref().map(|a| a.id.0.to_string()),
            "created_at": at(i.created_at), "updated_at": at(i.updated_at),
        }));
    }

    fn comment(&mut self, c: &Comment) {
        self.user(&c.author);
        self.comments.push(json!({
            "id": c.id.0.to_string(), "issue_id": c.issue_id.0.to_string(),
            "author_id": c.author.id.0.to_string(), "body": c.body,
            "created_at": at(c.created_at), "updated_at": at(c.updated_at),
        }));
    }

    fn resolution(&mut self, r: &Resolution) {
        self.resolutions.push(json!({
            "id": r.id.0.to_string(), "issue_id": r.issue_id.0.to_string(), "vendor": r.vendor,
            "vendor_ticket_id": r.vendor_ticket_id,
            "acknowledged_at": r.acknowledged_at.map(at),
            "resolution_date": r.resolution_date.map(at),
            "last_vendor_status": r.last_vendor_status,
            "created_at": at(r.created_at), "updated_at": at(r.updated_at),
        }));
    }

    /// Writes what was gathered, people and stores first (records name them), and empties it.
    async fn flush(&mut self, conn: &mut SqliteConnection) -> ClientResult<()> {
        let b = std::mem::take(self);
        let resolutions = serde_json::Value::Array(b.resolutions);
        let statements = [
            (USERS, serde_json::Value::Array(b.users)),
            (STORES, serde_json::Value::Array(b.stores)),
            (ISSUES, serde_json::Value::Array(b.issues)),
            (COMMENTS, serde_json::Value::Array(b.comments)),
            (RESOLUTIONS, resolutions.clone()),
            (VENDOR_TICKETS, resolutions),
        ];
        for (sql, rows) in statements {
            if rows.as_array().is_some_and(|r| !r.is_empty()) {
                sqlx::query(sql)
                    .bind(rows.to_string())
                    .execute(&mut *conn)
                    .await?;
            }
        }
        Ok(())
    }
}

pub(crate) async fn store(conn: &mut SqliteConnection, s: &Store) -> ClientResult<()> {
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
    let mut people = Batch::default();
    for (person, _) in members.clone() {
        people.user(person);
    }
    people.flush(conn).await?;
    for (person, kind) in members {
        sqlx::query("insert into store_members (store_id, user_id, kind) values (?1, ?2, ?3)")
            .bind(&id)
            .bind(person.id.0.to_string())
            .bind(kind)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// One issue from the server into the cache (a refused change rolled back).
pub(crate) async fn issue(conn: &mut SqliteConnection, i: &Issue) -> ClientResult<()> {
    let mut b = Batch::default();
    b.issue(i);
    b.flush(conn).await
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
