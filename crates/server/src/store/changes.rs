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

/// Opaque to clients: `<xid>.<seq>`; `0` or empty starts from the beginning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor {
    pub xid: i64,
    pub seq: i64,
}

impl Cursor {
    pub const START: Cursor = Cursor { xid: 0, seq: 0 };

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
        let (x, q) = s.split_once('.').ok_or_else(bad)?;
        // Digits only, at most 19 (what the published pattern says; `i64::from_str` alone
        // would also take a sign). A position past i64::MAX is past the end: clamp it.
        let number = |p: &str| -> Result<i64, FieldError> {
            if p.is_empty() || p.len() > 19 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let n: u64 = p.parse().map_err(|_| bad())?;
            Ok(i64::try_from(n).unwrap_or(i64::MAX))
        };
        let xid = number(x)?;
        let seq = number(q)?;
        if xid < 0 || seq < 0 {
            return Err(bad());
        }
        Ok(Cursor { xid, seq })
    }

    pub fn encode(self) -> String {
        format!("{}.{}", self.xid, self.seq)
    }
}

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

pub async fn feed(db: &PgPool, actor: &Actor, since: Cursor, limit: u32) -> ApiResult<ChangeFeed> {
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
    let rows: Vec<(i64, i64, String, Uuid, String)> = sqlx::query_as(
        "select c.xid, c.seq, c.entity, c.entity_id, c.op from changes c
         where (c.xid, c.seq) > ($1, $2) and c.xid < $7
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
    .fetch_all(db)
    .await?;
    let has_more = rows.len() as u32 == limit;
    let cursor = match (has_more, rows.last()) {
        (true, Some(last)) => Cursor {
            xid: last.0,
            seq: last.1,
        },
        // Everything older than the oldest running transaction has been seen.
        _ => since.max(Cursor {
            xid: xmin - 1,
            seq: i64::MAX,
        }),
    };

    let mut changes = Vec::new();
    for (_, seq, entity, id, op) in &rows {
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
        match op.as_str() {
            "upsert" => changes.push(change(entity_kind, *id, ChangeOp::Upsert)),
            "delete" => changes.push(change(entity_kind, *id, ChangeOp::Delete)),
            "revoke" => changes.push(change(entity_kind, *id, ChangeOp::Revoke)),
            // A grant expands to upserts of everything it makes visible.
            "grant" => {
                for (k, rid) in grant_rows(db, entity_kind, *id).await? {
                    changes.push(change(k, rid, ChangeOp::Upsert));
                }
            }
            _ => {}
        }
    }
    // Only the last upsert or delete of each row in this page matters: it carries current state.
    let mut last_of: HashMap<(EntityKind, Uuid), usize> = HashMap::new();
    for (i, c) in changes.iter().enumerate() {
        if c.op != ChangeOp::Revoke {
            last_of.insert((c.entity, c.id), i);
        }
    }
    let mut i = 0;
    changes.retain(|c| {
        i += 1;
        c.op == ChangeOp::Revoke || last_of.get(&(c.entity, c.id)) == Some(&(i - 1))
    });
    fill_records(db, actor, &mut changes).await?;
    Ok(ChangeFeed {
        changes,
        cursor: cursor.encode(),
        has_more,
    })
}

/// The rows a grant makes visible: a store or an issue with everything under it.
async fn grant_rows(db: &PgPool, k: EntityKind, id: Uuid) -> ApiResult<Vec<(EntityKind, Uuid)>> {
    let issue_ids: Vec<Uuid> = match k {
        EntityKind::Store => {
            sqlx::query_scalar("select id from issues where store_id = $1 order by number")
                .bind(id)
                .fetch_all(db)
                .await?
        }
        EntityKind::Issue => vec![id],
        _ => return Ok(vec![]),
    };
    let mut out = Vec::new();
    if k == EntityKind::Store {
        out.push((EntityKind::Store, id));
    }
    out.extend(issue_ids.iter().map(|i| (EntityKind::Issue, *i)));
    let children: Vec<(String, Uuid)> = sqlx::query_as(
        "select 'comment', id from comments where issue_id = any($1)
         union all select 'resolution', id from resolutions where issue_id = any($1)",
    )
    .bind(&issue_ids)
    .fetch_all(db)
    .await?;
    out.extend(
        children
            .into_iter()
            .filter_map(|(e, i)| kind(&e).map(|k| (k, i))),
    );
    Ok(out)
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
