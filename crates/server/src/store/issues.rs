use super::comments::comment_json;
use super::{decode, user_summary_json};
use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use storedesk_domain::api::issue::{Issue, IssueDetail, ValidIssuePatch, ValidNewIssue};
use storedesk_domain::api::page::{Page, SEARCH_COUNT_CAP};
use storedesk_domain::history::Event;
use storedesk_domain::policy::{Actor, IssueScope};
use storedesk_domain::{IssueId, Priority, Status, StoreId, UserId};
use uuid::Uuid;

/// How a path names an issue: its UUID or its human reference.
#[derive(Debug, Clone, Copy)]
pub enum IssueKey {
    Id(Uuid),
    Number(i64),
}

/// Where an issue's comments come from, when they are nested.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comments {
    None,
    /// A correlated sub-select: right for one issue.
    PerIssue,
    /// The list's `cm` CTE, aggregated once for the whole page.
    FromPage,
}

/// The `Issue` DTO as JSON for `issues i` joined to `stores s`, `users cb` and `users a`.
pub(crate) fn issue_json(comments: Comments) -> String {
    let comments = match comments {
        Comments::None => String::new(),
        Comments::PerIssue => format!(
            ", 'comments', coalesce((select json_agg({c} order by c.created_at, c.id)
               from comments c join users au on au.id = c.author_id where c.issue_id = i.id), '[]')",
            c = comment_json()
        ),
        Comments::FromPage => ", 'comments', coalesce(cm.comments, '[]')".to_owned(),
    };
    format!(
        "json_build_object('id', i.id, 'number', i.number, 'reference', 'STORE-' || i.number,
            'store', json_build_object('id', s.id, 'code', s.code, 'name', s.name),
            'title', i.title, 'description', i.description, 'priority', i.priority,
            'status', i.status, 'created_by', {cb},
            'assigned_to', case when a.id is null then null else {a} end,
            'created_at', i.created_at, 'updated_at', i.updated_at {comments})",
        cb = user_summary_json("cb"),
        a = user_summary_json("a"),
    )
}

pub(crate) const ISSUE_FROM: &str = "from issues i join stores s on s.id = i.store_id
    join users cb on cb.id = i.created_by left join users a on a.id = i.assigned_to";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    CreatedAt,
    UpdatedAt,
    Priority,
    Number,
    Status,
    Title,
    /// Best match of `q` first (ties: newest first); without `q`, newest first.
    Relevance,
}

#[derive(Debug, Clone)]
pub enum AssigneeFilter {
    User(Uuid),
    Nobody,
}

#[derive(Debug, Clone)]
pub struct IssueFilter {
    pub store: Option<Uuid>,
    pub statuses: Vec<Status>,
    pub priorities: Vec<Priority>,
    pub assignee: Option<AssigneeFilter>,
    pub reporter: Option<Uuid>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    pub q: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
    pub page: u32,
    pub per_page: u32,
    pub include_comments: bool,
}

fn push_filters(qb: &mut QueryBuilder<'_, Postgres>, actor: &Actor, f: &IssueFilter) {
    push_scope(qb, actor, f);
    if let Some(q) = &f.q {
        push_match(qb, q);
    }
}

/// Every filter but `q`: what the caller may see and what they asked for.
fn push_scope(qb: &mut QueryBuilder<'_, Postgres>, actor: &Actor, f: &IssueFilter) {
    qb.push(" where true");
    if !actor.is_admin() {
        let stores: Vec<Uuid> = actor
            .managed_stores
            .iter()
            .chain(&actor.engineer_stores)
            .map(|s| s.0)
            .collect();
        qb.push(" and (i.store_id = any(")
            .push_bind(stores)
            .push(") or i.assigned_to = ")
            .push_bind(actor.id.0)
            .push(")");
    }
    if let Some(s) = f.store {
        qb.push(" and i.store_id = ").push_bind(s);
    }
    if !f.statuses.is_empty() {
        let v: Vec<&str> = f.statuses.iter().map(|s| s.as_str()).collect();
        qb.push(" and i.status = any(").push_bind(v).push(")");
    }
    if !f.priorities.is_empty() {
        let v: Vec<&str> = f.priorities.iter().map(|p| p.as_str()).collect();
        qb.push(" and i.priority = any(").push_bind(v).push(")");
    }
    match &f.assignee {
        Some(AssigneeFilter::User(u)) => {
            qb.push(" and i.assigned_to = ").push_bind(*u);
        }
        Some(AssigneeFilter::Nobody) => {
            qb.push(" and i.assigned_to is null");
        }
        None => {}
    }
    if let Some(r) = f.reporter {
        qb.push(" and i.created_by = ").push_bind(r);
    }
    if let Some(t) = f.created_after {
        qb.push(" and i.created_at >= ").push_bind(t);
    }
    if let Some(t) = f.created_before {
        qb.push(" and i.created_at < ").push_bind(t);
    }
}

/// `q` matches the issue's title or description, or one of its comments.
fn push_match(qb: &mut QueryBuilder<'_, Postgres>, q: &str) {
    // Title and description have an index each (see `TIERS`), comments their own table.
    // Written as `title @@ q or description @@ q or id = any(array(...))` so PostgreSQL ORs
    // index bitmaps (an `or exists (...)` scans every issue: 296 ms at 100,000).
    qb.push(" and (i.title_search @@ websearch_to_tsquery('english', ")
            .push_bind(q.to_owned())
            .push(") or i.description_search @@ websearch_to_tsquery('english', ")
            .push_bind(q.to_owned())
            .push(") or i.id = any(array(select issue_id from comments where search @@ websearch_to_tsquery('english', ")
            .push_bind(q.to_owned())
            .push("))))");
}

/// The relevance of an issue to `q`: title matches weigh most, description next (the tsvector's
/// weights); an issue found through its comments only ranks after every direct match.
fn push_rank(qb: &mut QueryBuilder<'_, Postgres>, f: &IssueFilter) {
    match (&f.q, f.sort) {
        (Some(q), SortKey::Relevance) => {
            qb.push("ts_rank(setweight(i.title_search, 'A') || setweight(i.description_search, 'B'), websearch_to_tsquery('english', ")
                .push_bind(q.clone())
                .push("))");
        }
        _ => {
            qb.push("0::real");
        }
    }
}

fn order_by(f: &IssueFilter) -> String {
    let col = match f.sort {
        SortKey::CreatedAt => "i.created_at",
        SortKey::UpdatedAt => "i.updated_at",
        SortKey::Priority => {
            "(case i.priority when 'low' then 0 when 'medium' then 1 when 'high' then 2 else 3 end)"
        }
        SortKey::Number => "i.number",
        SortKey::Status => {
            "(case i.status when 'open' then 0 when 'in_progress' then 1 when 'waiting_on_vendor' then 2 when 'resolved' then 3 else 4 end)"
        }
        SortKey::Title => "lower(i.title)",
        // Best first is the natural order of relevance: `relevance` sorts descending.
        SortKey::Relevance => {
            let dir = if f.descending { "asc" } else { "desc" };
            return format!(" order by rank {dir}, i.number {dir}");
        }
    };
    let dir = if f.descending { "desc" } else { "asc" };
    // The number breaks ties so pages are stable.
    format!(" order by {col} {dir}, i.number {dir}")
}

/// The page's order, limit and offset.
fn push_page(qb: &mut QueryBuilder<'_, Postgres>, f: &IssueFilter) {
    qb.push(order_by(f));
    qb.push(" limit ")
        .push_bind(i64::from(f.per_page))
        .push(" offset ")
        .push_bind(i64::from(f.page - 1) * i64::from(f.per_page));
}

/// One statement: the total (an uncorrelated sub-select, run once) and the page. The page's rows
/// are chosen first on the narrow `issues` rows, so nested JSON is built for the rows shown and
/// never for every row that matches; comments for the whole page are aggregated in one pass.
pub async fn list(db: &PgPool, actor: &Actor, f: &IssueFilter) -> ApiResult<Page<Issue>> {
    if let (Some(q), SortKey::Relevance, false) = (&f.q, f.sort, f.descending) {
        return ranked(db, actor, f, q).await;
    }
    let searching = f.q.is_some();
    let mut qb = if searching {
        // A search reads its matches once (a bitmap scan), narrow, for both the total and the
        // page; a plain list walks an index in order and stops after the page.
        let mut qb = QueryBuilder::<Postgres>::new(
            "with m as materialized (select i.id, i.number, i.created_at, i.updated_at, i.priority, i.status, i.title, ",
        );
        push_rank(&mut qb, f);
        qb.push(" as rank from issues i");
        push_filters(&mut qb, actor, f);
        qb.push("), page as (select i.*, mp.rank from (select * from m i");
        push_page(&mut qb, f);
        qb.push(") mp join issues i on i.id = mp.id)");
        qb
    } else {
        let mut qb = QueryBuilder::<Postgres>::new(
            "with page as (select i.*, 0::real as rank from issues i",
        );
        push_filters(&mut qb, actor, f);
        push_page(&mut qb, f);
        qb.push(")");
        qb
    };
    let comments = push_page_comments(&mut qb, f);
    if searching {
        qb.push(" select (select count(*) from m), ");
    } else {
        qb.push(" select (select count(*) from issues i");
        push_filters(&mut qb, actor, f);
        qb.push("), ");
    }
    qb.push(issue_json(comments));
    push_page_joins(&mut qb, f);
    qb.push(order_by(f));
    // Decoded straight from PostgreSQL's JSON text into the DTO: one parse, no intermediate Value.
    let rows: Vec<(i64, Json<Issue>)> = qb.build_query_as().fetch_all(db).await?;
    let total = match rows.first() {
        Some((t, _)) => *t,
        // Past the last page: count separately (rare).
        None => {
            let mut qb = QueryBuilder::<Postgres>::new("select count(*) from issues i");
            push_filters(&mut qb, actor, f);
            qb.build_query_scalar().fetch_one(db).await?
        }
    };
    let items = rows.into_iter().map(|(_, j)| j.0).collect();
    Ok(Page {
        items,
        total,
        total_exact: true,
        page: f.page,
        per_page: f.per_page,
    })
}

/// A tier of a ranked search: where the words stand, as conditions on `issues i`.
struct Tier {
    /// What a walk over the newest issues checks row by row.
    walk: &'static [&'static str],
    /// The same, as the full-text indexes answer it.
    index: &'static [&'static str],
}

const IN_TITLE: &str = " and i.title_search @@ websearch_to_tsquery('english', $Q)";
const IN_DESCRIPTION_ONLY: &str = " and i.description_search @@ websearch_to_tsquery('english', $Q)
    and not i.title_search @@ websearch_to_tsquery('english', $Q)";
const NOT_IN_ISSUE: &str = " and not i.title_search @@ websearch_to_tsquery('english', $Q)
    and not i.description_search @@ websearch_to_tsquery('english', $Q)";
/// Per row: one probe of the issue's comments.
const IN_A_COMMENT: &str = " and exists (select 1 from comments c where c.issue_id = i.id
    and c.search @@ websearch_to_tsquery('english', $Q))";
/// From the comments' index: every issue with a matching comment.
const IN_THE_COMMENTS: &str = " and i.id = any(array(select issue_id from comments
    where search @@ websearch_to_tsquery('english', $Q)))";

/// The three tiers, best first: the words in the title, in the description only, in a comment
/// only. Within a tier the newest issue comes first.
const TIERS: [Tier; 3] = [
    Tier {
        walk: &[IN_TITLE],
        index: &[IN_TITLE],
    },
    Tier {
        walk: &[IN_DESCRIPTION_ONLY],
        index: &[IN_DESCRIPTION_ONLY],
    },
    Tier {
        walk: &[NOT_IN_ISSUE, IN_A_COMMENT],
        index: &[NOT_IN_ISSUE, IN_THE_COMMENTS],
    },
];

/// How many of the newest visible issues a tier walks before it asks the index instead. A word
/// in one issue of 100 fills a page of 40 within the walk; a rarer one has few matches, which
/// the index reads quickly. Either way no query reads all of a common word's matches.
const WALK: i64 = 4000;

/// A search in order of relevance that reads only what the page needs: the tiers are asked in
/// turn for `offset + per_page` issues and a later tier only when the earlier ones run short,
/// and the count stops at `SEARCH_COUNT_CAP`. Ranking every match with `ts_rank` and counting
/// them all read each of a common word's matches (16,750 of 100,000 issues for "printer":
/// 23.6 ms p50, 13 ms of it the count).
async fn ranked(db: &PgPool, actor: &Actor, f: &IssueFilter, q: &str) -> ApiResult<Page<Issue>> {
    let offset = i64::from(f.page - 1) * i64::from(f.per_page);
    let reach = offset + i64::from(f.per_page);
    let mut found: Vec<(Uuid, f32)> = Vec::new();
    for (tier, cond) in TIERS.iter().enumerate() {
        let need = reach - found.len() as i64;
        if need <= 0 {
            break;
        }
        // The newest issues first, checked row by row; then, if they held too few, the index.
        let mut qb = QueryBuilder::<Postgres>::new(
            "select i.id from (select i.id, i.number, i.title_search, i.description_search from issues i",
        );
        push_scope(&mut qb, actor, f);
        qb.push(" order by i.number desc limit ")
            .push_bind(WALK)
            .push(") i where true");
        push_tier(&mut qb, cond.walk, q);
        qb.push(" order by i.number desc limit ").push_bind(need);
        let mut ids: Vec<Uuid> = qb.build_query_scalar().fetch_all(db).await?;
        if (ids.len() as i64) < need {
            let mut qb = QueryBuilder::<Postgres>::new("select i.id from issues i");
            push_scope(&mut qb, actor, f);
            push_tier(&mut qb, cond.index, q);
            qb.push(" order by i.number desc limit ").push_bind(need);
            ids = qb.build_query_scalar().fetch_all(db).await?;
        }
        // Title 2, description 1, comment 0: the order `relevance` sorts by.
        let rank = (TIERS.len() - 1 - tier) as f32;
        found.extend(ids.into_iter().map(|id| (id, rank)));
    }
    let shown: Vec<(Uuid, f32)> = found
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .collect();
    let counted = capped_count(db, actor, f, q).await?;
    let items = if shown.is_empty() {
        Vec::new()
    } else {
        let (ids, ranks): (Vec<Uuid>, Vec<f32>) = shown.into_iter().unzip();
        let mut qb = QueryBuilder::<Postgres>::new("with shown as (select * from unnest(");
        qb.push_bind(ids)
            .push("::uuid[], ")
            .push_bind(ranks)
            .push("::real[]) with ordinality as p(id, rank, ord)), page as (select i.*, p.rank, p.ord from shown p join issues i on i.id = p.id)");
        let comments = push_page_comments(&mut qb, f);
        qb.push(" select ");
        qb.push(issue_json(comments));
        push_page_joins(&mut qb, f);
        qb.push(" order by i.ord");
        let rows: Vec<Json<Issue>> = qb.build_query_scalar().fetch_all(db).await?;
        rows.into_iter().map(|j| j.0).collect()
    };
    Ok(Page {
        items,
        total: counted.min(SEARCH_COUNT_CAP),
        total_exact: counted <= SEARCH_COUNT_CAP,
        page: f.page,
        per_page: f.per_page,
    })
}

/// The `cm` CTE: the comments of every issue in the CTE `page`, aggregated in one pass.
fn push_page_comments(qb: &mut QueryBuilder<'_, Postgres>, f: &IssueFilter) -> Comments {
    if !f.include_comments {
        return Comments::None;
    }
    qb.push(format!(
        ", cm as (select c.issue_id, json_agg({} order by c.created_at, c.id) as comments
            from comments c join users au on au.id = c.author_id
            where c.issue_id in (select id from page) group by c.issue_id)",
        comment_json()
    ));
    Comments::FromPage
}

/// What `issue_json` reads beside the page's issues: store, reporter, assignee, comments.
fn push_page_joins(qb: &mut QueryBuilder<'_, Postgres>, f: &IssueFilter) {
    qb.push(
        " from page i join stores s on s.id = i.store_id join users cb on cb.id = i.created_by
         left join users a on a.id = i.assigned_to",
    );
    if f.include_comments {
        qb.push(" left join cm on cm.issue_id = i.id");
    }
}

/// A tier's conditions with `q` bound at each place it is used.
fn push_tier(qb: &mut QueryBuilder<'_, Postgres>, conds: &[&str], q: &str) {
    for cond in conds {
        let mut parts = cond.split("$Q").peekable();
        while let Some(part) = parts.next() {
            qb.push(part);
            if parts.peek().is_some() {
                qb.push_bind(q.to_owned());
            }
        }
    }
}

/// The number of matches, counted up to one past the cap (so "more than the cap" shows): the
/// direct matches first, the issues found through comments only when those fall short.
async fn capped_count(db: &PgPool, actor: &Actor, f: &IssueFilter, q: &str) -> ApiResult<i64> {
    let mut counted = 0;
    for conds in [&TIERS[..2], &TIERS[2..]] {
        let room = SEARCH_COUNT_CAP + 1 - counted;
        if room <= 0 {
            break;
        }
        let mut qb = QueryBuilder::<Postgres>::new("select count(*) from (select 1 from issues i");
        push_scope(&mut qb, actor, f);
        // Title or description: one condition each, ORed (two index bitmaps).
        qb.push(" and ((true");
        for (n, tier) in conds.iter().enumerate() {
            if n > 0 {
                qb.push(") or (true");
            }
            push_tier(&mut qb, tier.index, q);
        }
        qb.push(")) limit ").push_bind(room).push(") counted");
        counted += qb.build_query_scalar::<i64>().fetch_one(db).await?;
    }
    Ok(counted)
}

fn key_binds(key: IssueKey) -> (Option<Uuid>, Option<i64>) {
    match key {
        IssueKey::Id(u) => (Some(u), None),
        IssueKey::Number(n) => (None, Some(n)),
    }
}

/// One statement: the issue, its comments, resolutions and history.
pub async fn detail(db: &PgPool, key: IssueKey) -> ApiResult<IssueDetail> {
    let (id, number) = key_binds(key);
    let sql = format!(
        "select {issue}::jsonb || jsonb_build_object(
            'resolutions', coalesce((select jsonb_agg(to_jsonb(r) - 'created_by' order by r.created_at)
                                     from resolutions r where r.issue_id = i.id), '[]'),
            'history', coalesce((select jsonb_agg(jsonb_build_object('id', e.id, 'at', e.at,
                    'actor', case when ea.id is null then null else {ea} end,
                    'field', e.field, 'old_value', e.old_value, 'new_value', e.new_value, 'note', e.note)
                    order by e.id)
                from issue_events e left join users ea on ea.id = e.actor_id where e.issue_id = i.id), '[]'))
         {ISSUE_FROM} where i.id = $1 or i.number = $2",
        issue = issue_json(Comments::PerIssue),
        ea = user_summary_json("ea"),
    );
    let row: Option<Json<IssueDetail>> = sqlx::query_scalar(&sql)
        .bind(id)
        .bind(number)
        .fetch_optional(db)
        .await?;
    Ok(row.ok_or(ApiError::NotFound("issue"))?.0)
}

pub async fn get(conn: &mut PgConnection, id: IssueId) -> ApiResult<Issue> {
    let row: Option<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} {ISSUE_FROM} where i.id = $1",
        issue_json(Comments::None)
    ))
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    decode(row.ok_or(ApiError::NotFound("issue"))?.0)
}

/// The current state of an issue, locked for the rest of the transaction.
pub struct Locked {
    pub id: IssueId,
    pub scope: IssueScope,
    pub status: Status,
    pub title: String,
    pub description: String,
    pub priority: Priority,
}

#[derive(sqlx::FromRow)]
struct LockedRow {
    id: Uuid,
    store_id: Uuid,
    assigned_to: Option<Uuid>,
    status: String,
    title: String,
    description: String,
    priority: String,
}

pub async fn lock(conn: &mut PgConnection, key: IssueKey) -> ApiResult<Locked> {
    let (id, number) = key_binds(key);
    let row: Option<LockedRow> = sqlx::query_as(
        "select id, store_id, assigned_to, status, title, description, priority from issues
         where id = $1 or number = $2 for update",
    )
    .bind(id)
    .bind(number)
    .fetch_optional(conn)
    .await?;
    let r = row.ok_or(ApiError::NotFound("issue"))?;
    Ok(Locked {
        id: IssueId(r.id),
        scope: IssueScope {
            store_id: StoreId(r.store_id),
            assigned_to: r.assigned_to.map(UserId),
        },
        // The columns have CHECK constraints listing exactly the names these parse.
        status: Status::parse(&r.status).unwrap_or(Status::Open),
        title: r.title,
        description: r.description,
        priority: Priority::parse(&r.priority).unwrap_or(Priority::Medium),
    })
}

/// The scope of an issue without locking (for comment and resolution access checks).
pub async fn scope(conn: &mut PgConnection, id: IssueId) -> ApiResult<IssueScope> {
    let row: Option<(Uuid, Option<Uuid>)> =
        sqlx::query_as("select store_id, assigned_to from issues where id = $1")
            .bind(id.0)
            .fetch_optional(conn)
            .await?;
    let (store, assignee) = row.ok_or(ApiError::NotFound("issue"))?;
    Ok(IssueScope {
        store_id: StoreId(store),
        assigned_to: assignee.map(UserId),
    })
}

/// An issue ready to insert: validated and permitted.
#[derive(Debug, Clone)]
pub struct NewIssueRow {
    pub id: Uuid,
    pub store: StoreId,
    pub valid: ValidNewIssue,
    pub priority: Priority,
    pub assigned_to: Option<UserId>,
    pub created_by: UserId,
}

/// Inserts the issues and their "created" history entries in one statement (all or none) and
/// returns the DTOs in input order; numbers are drawn in input order too.
pub async fn create_many<'c>(
    db: impl sqlx::PgExecutor<'c>,
    rows: &[NewIssueRow],
) -> ApiResult<Vec<Issue>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "with input as (
                select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                                     $6::uuid[], $7::uuid[])
                    with ordinality as t(id, store_id, title, description, priority, created_by,
                                         assigned_to, ord)),
             i as (
                insert into issues (id, store_id, title, description, priority, created_by, assigned_to)
                select id, store_id, title, description, priority, created_by, assigned_to
                from input order by ord
                returning *),
             ev as (insert into issue_events (issue_id, actor_id, field, new_value)
                    select id, created_by, 'created', status from i)
             select {} from i join input on input.id = i.id join stores s on s.id = i.store_id
             join users cb on cb.id = i.created_by left join users a on a.id = i.assigned_to
             order by input.ord",
            issue_json(Comments::None)
        )
    });
    let column = |f: fn(&NewIssueRow) -> Uuid| rows.iter().map(f).collect::<Vec<_>>();
    let text = |f: fn(&NewIssueRow) -> &str| rows.iter().map(f).collect::<Vec<_>>();
    let found: Vec<Json<serde_json::Value>> = sqlx::query_scalar(SQL.as_str())
        .bind(column(|r| r.id))
        .bind(column(|r| r.store.0))
        .bind(text(|r| r.valid.title.as_str()))
        .bind(text(|r| r.valid.description.as_str()))
        .bind(text(|r| r.priority.as_str()))
        .bind(column(|r| r.created_by.0))
        .bind(
            rows.iter()
                .map(|r| r.assigned_to.map(|u| u.0))
                .collect::<Vec<_>>(),
        )
        .fetch_all(db)
        .await?;
    found.into_iter().map(|j| decode(j.0)).collect()
}

pub async fn record_events(
    conn: &mut PgConnection,
    issue: IssueId,
    actor: Option<UserId>,
    events: &[Event],
    note: Option<&str>,
) -> ApiResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let fields: Vec<&str> = events.iter().map(|e| e.field).collect();
    let olds: Vec<Option<String>> = events.iter().map(|e| e.old.clone()).collect();
    let news: Vec<Option<String>> = events.iter().map(|e| e.new.clone()).collect();
    sqlx::query(
        "insert into issue_events (issue_id, actor_id, field, old_value, new_value, note)
         select $1, $2, f, o, n, $6 from unnest($3::text[], $4::text[], $5::text[]) as t(f, o, n)",
    )
    .bind(issue.0)
    .bind(actor.map(|a| a.0))
    .bind(fields)
    .bind(olds)
    .bind(news)
    .bind(note)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn update_fields(
    conn: &mut PgConnection,
    id: IssueId,
    p: &ValidIssuePatch,
) -> ApiResult<()> {
    sqlx::query(
        "update issues set title = coalesce($2, title), description = coalesce($3, description),
             priority = coalesce($4, priority), updated_at = now() where id = $1",
    )
    .bind(id.0)
    .bind(p.title.as_ref().map(|t| t.as_str()))
    .bind(p.description.as_ref().map(|d| d.as_str()))
    .bind(p.priority.map(Priority::as_str))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_status(conn: &mut PgConnection, id: IssueId, status: Status) -> ApiResult<()> {
    sqlx::query("update issues set status = $2, updated_at = now() where id = $1")
        .bind(id.0)
        .bind(status.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_assignee(
    conn: &mut PgConnection,
    id: IssueId,
    assignee: Option<UserId>,
) -> ApiResult<()> {
    sqlx::query("update issues set assigned_to = $2, updated_at = now() where id = $1")
        .bind(id.0)
        .bind(assignee.map(|u| u.0))
        .execute(conn)
        .await?;
    Ok(())
}

/// Display name of a user, for history entries that read well ("alice" rather than a UUID).
pub async fn username(conn: &mut PgConnection, id: UserId) -> ApiResult<String> {
    Ok(
        sqlx::query_scalar("select username from users where id = $1")
            .bind(id.0)
            .fetch_optional(conn)
            .await?
            .unwrap_or_else(|| id.to_string()),
    )
}
