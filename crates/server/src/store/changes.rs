//! The change feed (docs/sync.md). Triggers write `changes`; this module reads it for one
//! caller, in (xid, seq) order, only up to the oldest running transaction, and expands each
//! change into the row's current state.

use super::{assignments, comments, decode, issues, resolutions, stores, user_summary_json};
use crate::error::{ApiError, ApiResult};
use sqlx::types::Json;
use sqlx::PgPool;
use std::collections::{HashMap, HashSet};
use storedesk_domain::policy::Actor;
use storedesk_domain::sync::{Change, ChangeFeed, ChangeOp, EntityKind, Record};
use storedesk_domain::FieldError;
use uuid::Uuid;

/// Opaque to clients: `<xid>.<seq>` after a whole change, `<xid>.<seq>.<k><uuid>` inside the
/// expansion of a grant (the rows it makes visible are served in `(kind, id)` order, `k` and
/// `uuid` being the last one served); `0` or empty starts from the beginning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor {
    pub xid: i64,
    pub seq: i64,
    /// Inside the grant (xid, seq): the last row of its expansion already served.
    pub part: Option<(u8, Uuid)>,
}

impl Cursor {
    pub const START: Cursor = Cursor {
        xid: 0,
        seq: 0,
        part: None,
    };

    pub fn parse(s: &str) -> Result<Cursor, FieldError> {
        let bad = || {
            FieldError::new(
                "since",
                "invalid_cursor",
                "since must be a cursor returned by this feed",
            )
        };
        if s.is_empty() || s == "0" {
            return Ok(Cursor::START);
        }
        let mut it = s.splitn(3, '.');
        let (x, q, part) = (
            it.next().unwrap_or_default(),
            it.next().ok_or_else(bad)?,
            it.next(),
        );
        // Digits only, at most 19 (what the published pattern says; `i64::from_str` alone
        // would also take a sign). A position past i64::MAX is past the end: clamp it.
        let number = |p: &str| -> Result<i64, FieldError> {
            if p.is_empty() || p.len() > 19 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let n: u64 = p.parse().map_err(|_| bad())?;
            Ok(i64::try_from(n).unwrap_or(i64::MAX))
        };
        let part = match part {
            None => None,
            Some(p) => {
                let (k, id) = p.split_at_checked(1).ok_or_else(bad)?;
                let k: u8 = k.parse().map_err(|_| bad())?;
                if k > 3
                    || id.len() != 32
                    || !id
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
                {
                    return Err(bad());
                }
                Some((k, Uuid::parse_str(id).map_err(|_| bad())?))
            }
        };
        Ok(Cursor {
            xid: number(x)?,
            seq: number(q)?,
            part,
        })
    }

    pub fn encode(self) -> String {
        match self.part {
            None => format!("{}.{}", self.xid, self.seq),
            Some((k, id)) => format!("{}.{}.{k}{}", self.xid, self.seq, id.simple()),
        }
    }
}

/// The published pattern of a cursor (`FeedParams::since`).
pub const CURSOR_PATTERN: &str = r"^(0|[0-9]{1,19}\.[0-9]{1,19}(\.[0-3][0-9a-f]{32})?)?$";

/// A page holds at most this many bytes of records (and at most `limit` changes); the first
/// change is always served, so a page is never empty while changes wait.
pub const MAX_PAGE_BYTES: usize = 1024 * 1024;

fn kind(s: &str) -> Option<EntityKind> {
    Some(match s {
        "user" => EntityKind::User,
        "store" => EntityKind::Store,
        "issue" => EntityKind::Issue,
        "comment" => EntityKind::Comment,
        "resolution" => EntityKind::Resolution,
        "assignment" => EntityKind::Assignment,
        _ => return None,
    })
}

/// Rows of a grant's expansion in serving order: the store, its issues, their comments, their
/// resolutions, each by id.
const EXPANSION: [EntityKind; 4] = [
    EntityKind::Store,
    EntityKind::Issue,
    EntityKind::Comment,
    EntityKind::Resolution,
];

/// One served position: a change and, inside a grant, the expansion row.
struct Unit {
    change: Change,
    at: Cursor,
}

/// The oldest cursor this server can still serve (store/prune.rs): older ones must resync.
pub async fn horizon(db: &PgPool) -> ApiResult<i64> {
    Ok(sqlx::query_scalar::<_, i64>("select xid from sync_horizon")
        .fetch_optional(db)
        .await?
        .unwrap_or(0))
}

pub async fn feed(db: &PgPool, actor: &Actor, since: Cursor, limit: u32) -> ApiResult<ChangeFeed> {
    if since != Cursor::START && since.xid < horizon(db).await? {
        return Err(ApiError::ResyncRequired);
    }
    let stores: Vec<Uuid> = actor
        .managed_stores
        .iter()
        .chain(&actor.engineer_stores)
        .map(|s| s.0)
        .collect();
    // Everything written by transactions older than the oldest one still running is final;
    // the feed never serves past it, so a late commit can never land behind a cursor.
    let xmin: i64 =
        sqlx::query_scalar("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
            .fetch_one(db)
            .await?;
    // Inside a grant, its own row comes first again (`>=`) to serve the rest of it.
    let rows: Vec<(i64, i64, String, Uuid, String)> = sqlx::query_as(
        "select c.xid, c.seq, c.entity, c.entity_id, c.op from changes c
         where ((c.xid, c.seq) > ($1, $2) or ($8 and (c.xid, c.seq) = ($1, $2))) and c.xid < $7
          and (c.audience = $3 or (c.audience is null and (
                 $4 or (c.store_id is null and c.issue_id is null) or c.store_id = any($5)
                 or c.issue_id in (select id from issues where assigned_to = $3))))
         order by c.xid, c.seq limit $6",
    )
    .bind(since.xid)
    .bind(since.seq)
    .bind(actor.id.0)
    .bind(actor.is_admin())
    .bind(&stores)
    .bind(i64::from(limit))
    .bind(xmin)
    .bind(since.part.is_some())
    .fetch_all(db)
    .await?;
    let fetched_all = (rows.len() as u32) < limit;

    let mut units: Vec<Unit> = Vec::new();
    let mut full = false;
    for (xid, seq, entity, id, op) in &rows {
        if units.len() as u32 >= limit {
            full = true;
            break;
        }
        let Some(entity_kind) = kind(entity) else {
            continue;
        };
        let change = |entity, id, op| Change {
            seq: *seq,
            entity,
            id,
            op,
            record: None,
        };
        let whole = Cursor {
            xid: *xid,
            seq: *seq,
            part: None,
        };
        let unit_op = match op.as_str() {
            "upsert" => ChangeOp::Upsert,
            "delete" => ChangeOp::Delete,
            "revoke" => ChangeOp::Revoke,
            "grant" => {
                // A grant expands to upserts of everything it makes visible, a page at a time.
                let after = match since.part {
                    Some(p) if (since.xid, since.seq) == (*xid, *seq) => Some(p),
                    _ => None,
                };
                let room = limit - units.len() as u32;
                let rows = grant_rows(db, entity_kind, *id, after, room).await?;
                let complete = (rows.len() as u32) < room;
                let n = rows.len();
                for (i, (k, rid)) in rows.into_iter().enumerate() {
                    let at = if complete && i + 1 == n {
                        whole
                    } else {
                        Cursor {
                            part: Some((k, rid)),
                            ..whole
                        }
                    };
                    let k = EXPANSION[usize::from(k)];
                    units.push(Unit {
                        change: change(k, rid, ChangeOp::Upsert),
                        at,
                    });
                }
                if !complete {
                    full = true;
                    break;
                }
                continue;
            }
            _ => continue,
        };
        units.push(Unit {
            change: change(entity_kind, *id, unit_op),
            at: whole,
        });
    }
    if units.is_empty() && !rows.is_empty() && !full {
        // Only rows this build cannot expand (or empty grants): step past them.
        let (xid, seq, ..) = rows[rows.len() - 1];
        let at = Cursor {
            xid,
            seq,
            part: None,
        };
        return Ok(ChangeFeed {
            changes: vec![],
            cursor: at.encode(),
            has_more: !fetched_all,
            unreadable: vec![],
        });
    }

    // Only the last upsert or delete of each row in this page matters: it carries current state.
    let mut last_of: HashMap<(EntityKind, Uuid), usize> = HashMap::new();
    for (i, u) in units.iter().enumerate() {
        if u.change.op != ChangeOp::Revoke {
            last_of.insert((u.change.entity, u.change.id), i);
        }
    }
    let mut i = 0;
    units.retain(|u| {
        i += 1;
        u.change.op == ChangeOp::Revoke
            || last_of.get(&(u.change.entity, u.change.id)) == Some(&(i - 1))
    });
    let mut changes: Vec<Change> = units.iter().map(|u| u.change.clone()).collect();
    fill_records(db, actor, &mut changes).await?;

    // Bound the page's size: cut after the change that passes MAX_PAGE_BYTES. A row whose
    // earlier occurrence was folded into a later one that is cut comes in the next page.
    let mut bytes = 0;
    let mut keep = changes.len();
    for (i, c) in changes.iter().enumerate() {
        bytes += c
            .record
            .as_ref()
            .map_or(64, |r| serde_json::to_vec(r).map_or(0, |v| v.len()));
        if bytes > MAX_PAGE_BYTES && i + 1 < changes.len() {
            keep = i + 1;
            full = true;
            break;
        }
    }
    changes.truncate(keep);
    let has_more = full || !fetched_all;
    let cursor = match (has_more, units.get(keep.wrapping_sub(1))) {
        (true, Some(u)) => u.at,
        // Everything older than the oldest running transaction has been seen.
        _ => since.max(Cursor {
            xid: xmin - 1,
            seq: i64::MAX,
            part: None,
        }),
    };
    Ok(ChangeFeed {
        changes,
        cursor: cursor.encode(),
        has_more,
        unreadable: vec![],
    })
}

/// Up to `room` rows a grant makes visible (a store or an issue with everything under it),
/// after `after` in `(kind, id)` order; kinds index `EXPANSION`.
async fn grant_rows(
    db: &PgPool,
    k: EntityKind,
    id: Uuid,
    after: Option<(u8, Uuid)>,
    room: u32,
) -> ApiResult<Vec<(u8, Uuid)>> {
    let store = match k {
        EntityKind::Store => true,
        EntityKind::Issue => false,
        _ => return Ok(vec![]),
    };
    let (after_kind, after_id) = after.map_or((-1i16, Uuid::nil()), |(k, i)| (i16::from(k), i));
    let rows: Vec<(i16, Uuid)> = sqlx::query_as(
        "with issue_ids as (
             select id from issues where ($2 and store_id = $1) or (not $2 and id = $1)
         )
         select k, id from (
             select 0::int2 as k, $1 as id where $2
             union all select 1::int2, id from issue_ids
             union all select 2::int2, c.id from comments c where c.issue_id in (select id from issue_ids)
             union all select 3::int2, r.id from resolutions r where r.issue_id in (select id from issue_ids)
         ) x
         where (k, id) > ($3, $4)
         order by k, id limit $5",
    )
    .bind(id)
    .bind(store)
    .bind(after_kind)
    .bind(after_id)
    .bind(i64::from(room))
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(k, i)| u8::try_from(k).ok().map(|k| (k, i)))
        .collect())
}

/// Loads the current state of every upserted row; a row that is gone by now becomes a delete.
async fn fill_records(db: &PgPool, actor: &Actor, changes: &mut [Change]) -> ApiResult<()> {
    let mut wanted: HashMap<EntityKind, HashSet<Uuid>> = HashMap::new();
    for c in changes.iter().filter(|c| c.op == ChangeOp::Upsert) {
        wanted.entry(c.entity).or_default().insert(c.id);
    }
    let mut found: HashMap<(EntityKind, Uuid), Record> = HashMap::new();
    for (k, ids) in wanted {
        let ids: Vec<Uuid> = ids.into_iter().collect();
        let sql = match k {
            EntityKind::User => format!("select u.id, {} from users u where u.id = any($2)", user_summary_json("u")),
            EntityKind::Store => format!("select s.id, {} from stores s where s.id = any($2)", stores::store_json()),
            EntityKind::Issue => format!("select i.id, {} {} where i.id = any($2)", issues::issue_json(issues::Comments::None), issues::ISSUE_FROM),
            EntityKind::Comment => format!("select c.id, {} from comments c join users au on au.id = c.author_id where c.id = any($2)", comments::comment_json()),
            EntityKind::Resolution => format!("select r.id, {} from resolutions r where r.id = any($2)", resolutions::RESOLUTION_JSON),
            EntityKind::Assignment => format!("select x.id, {} from assignments x where x.id = any($2)", assignments::assignment_json()),
        };
        let rows: Vec<(Uuid, Json<serde_json::Value>)> =
            sqlx::query_as(&format!("{sql} and $1::uuid is not null"))
                .bind(actor.id.0)
                .bind(&ids)
                .fetch_all(db)
                .await
                .map_err(ApiError::from)?;
        for (id, j) in rows {
            let rec = match k {
                EntityKind::User => Record::User(decode(j.0)?),
                EntityKind::Store => Record::Store(decode(j.0)?),
                EntityKind::Issue => Record::Issue(decode(j.0)?),
                EntityKind::Comment => Record::Comment(decode(j.0)?),
                EntityKind::Resolution => Record::Resolution(decode(j.0)?),
                EntityKind::Assignment => Record::Assignment(decode(j.0)?),
            };
            found.insert((k, id), rec);
        }
    }
    for c in changes.iter_mut().filter(|c| c.op == ChangeOp::Upsert) {
        match found.remove(&(c.entity, c.id)) {
            Some(r) => c.record = Some(r),
            None => c.op = ChangeOp::Delete,
        }
    }
    Ok(())
}
