use crate::error::{ClientError, ClientResult};
use crate::search::fts_query;
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use storedesk_domain::text::parse_search;
use storedesk_domain::view::{
    IssueList, IssueQuery, IssueRow, IssueSort, IssueView, RowSync, SessionUser, StatusCount,
    ViewCounts, MAX_WINDOW,
};
use storedesk_domain::{IssueId, Priority, Status};

/// How far back "Recently resolved" looks.
const RECENT: Duration = Duration::days(7);

/// Only the issues `me` may see: the bulk form of `policy::Actor::can_view_issue` (admins see
/// all; others their stores' issues and the issues assigned to them).
fn push_visible(b: &mut QueryBuilder<'_, Sqlite>, me: &SessionUser) {
    if me.actor().is_admin() {
        return;
    }
    b.push(" and (i.store_id in (select store_id from store_members where user_id = ")
        .push_bind(me.id.0.to_string())
        .push(") or i.assigned_to = ")
        .push_bind(me.id.0.to_string())
        .push(")");
}

fn push_view(b: &mut QueryBuilder<'_, Sqlite>, me: &SessionUser, view: IssueView) {
    match view {
        IssueView::All => {}
        IssueView::Mine => {
            b.push(" and i.assigned_to = ")
                .push_bind(me.id.0.to_string());
        }
        IssueView::OpenInMyStores => {
            b.push(" and i.status not in ('resolved', 'closed') and ");
            push_my_stores(b, me);
        }
        IssueView::WaitingOnVendor => {
            b.push(" and i.status = 'waiting_on_vendor'");
        }
        IssueView::RecentlyResolved => {
            b.push(" and i.status in ('resolved', 'closed') and i.updated_at >= ")
                .push_bind(Utc::now() - RECENT);
        }
    }
}

/// "The issue's store is one I am a member of", as a condition.
fn push_my_stores(b: &mut QueryBuilder<'_, Sqlite>, me: &SessionUser) {
    b.push("i.store_id in (select store_id from store_members where user_id = ")
        .push_bind(me.id.0.to_string())
        .push(")");
}

/// Everything but the status filter (the per-status counts are over the other filters, so each
/// status chip says how many it would show).
fn push_filters(
    b: &mut QueryBuilder<'_, Sqlite>,
    me: &SessionUser,
    q: &IssueQuery,
    fts: Option<&str>,
) {
    if let Some(f) = fts {
        b.push(" and i.key in (select rowid from issues_fts where issues_fts match ")
            .push_bind(f.to_owned())
            .push(")");
    }
    push_visible(b, me);
    push_view(b, me, q.view);
    if !q.priorities.is_empty() {
        b.push(" and i.priority in (");
        let mut s = b.separated(", ");
        for p in &q.priorities {
            s.push_bind(p.as_str());
        }
        b.push(")");
    }
    if let Some(store) = q.store_id {
        b.push(" and i.store_id = ").push_bind(store.0.to_string());
    }
    if let Some(a) = q.assignee_id {
        b.push(" and i.assigned_to = ").push_bind(a.0.to_string());
    }
}

fn push_statuses(b: &mut QueryBuilder<'_, Sqlite>, statuses: &[Status]) {
    if statuses.is_empty() {
        return;
    }
    b.push(" and i.status in (");
    let mut s = b.separated(", ");
    for st in statuses {
        s.push_bind(st.as_str());
    }
    b.push(")");
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    number: Option<i64>,
    title: String,
    store_code: String,
    store_name: String,
    priority: String,
    status: String,
    assignee: Option<String>,
    vendor_ticket: Option<String>,
    updated_at: DateTime<Utc>,
    sync: String,
    reject_reason: Option<String>,
}

impl Row {
    fn into_view(self) -> anyhow::Result<IssueRow> {
        Ok(IssueRow {
            id: IssueId::parse(&self.id)?,
            number: self.number,
            title: self.title,
            store_code: self.store_code,
            store_name: self.store_name,
            priority: Priority::parse(&self.priority).context("a priority")?,
            status: Status::parse(&self.status).context("a status")?,
            assignee: self.assignee,
            vendor_ticket: self.vendor_ticket,
            updated_at: self.updated_at,
            sync: RowSync::parse(&self.sync).context("a sync state")?,
            reject_reason: self.reject_reason,
        })
    }
}

/// One window of the list with the total and the counts per status of the whole list.
pub async fn list(db: &SqlitePool, me: &SessionUser, q: &IssueQuery) -> ClientResult<IssueList> {
    let search = parse_search("search", &q.search).map_err(|e| ClientError::Invalid(vec![e]))?;
    let fts = search.as_deref().and_then(fts_query);
    if search.is_some() && fts.is_none() {
        // Only punctuation: nothing can match, and that is the honest answer.
        return Ok(IssueList {
            offset: q.offset,
            rows: Vec::new(),
            total: 0,
            counts: Vec::new(),
        });
    }
    let limit = q.limit.clamp(1, MAX_WINDOW);

    let mut b = QueryBuilder::<Sqlite>::new("select i.status, count(*) from issues i where 1 = 1");
    push_filters(&mut b, me, q, fts.as_deref());
    b.push(" group by i.status");
    let by_status: Vec<(String, i64)> = b.build_query_as().fetch_all(db).await?;
    let mut counts = Vec::new();
    let mut total = 0u32;
    for (s, n) in by_status {
        let status = Status::parse(&s).context("a status in the local database")?;
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        if q.statuses.is_empty() || q.statuses.contains(&status) {
            total += n;
        }
        counts.push(StatusCount { status, count: n });
    }
    counts.sort_by_key(|c| Status::ALL.iter().position(|s| *s == c.status));

    // With a search, the matches and their rank come from one FTS5 scan (a CTE), joined to the
    // issues; ranking per row with a correlated subquery would scan the index once per match.
    let mut b = QueryBuilder::<Sqlite>::new("");
    if let Some(f) = fts.as_deref() {
        b.push(
            "with m as (select rowid as key, bm25(issues_fts, 3.0, 1.0) as rank
                        from issues_fts where issues_fts match ",
        )
        .push_bind(f.to_owned())
        .push(") ");
    }
    b.push(
        "select i.id, i.number, i.title, s.code as store_code, s.name as store_name, i.priority,
                i.status, a.display_name as assignee, i.vendor_ticket, i.updated_at, i.sync,
                i.reject_reason
         from issues i join stores s on s.id = i.store_id
         left join users a on a.id = i.assigned_to",
    );
    if fts.is_some() {
        b.push(" join m on m.key = i.key");
    }
    b.push(" where 1 = 1");
    push_filters(&mut b, me, q, None);
    push_statuses(&mut b, &q.statuses);
    match (q.sort, fts.is_some()) {
        // bm25 is lower for better matches; title words weigh three times the description.
        (IssueSort::Relevance, true) => {
            b.push(" order by m.rank, i.updated_at desc, i.key desc");
        }
        (IssueSort::Newest, _) => {
            b.push(" order by i.created_at desc, i.key desc");
        }
        (IssueSort::Priority, _) => {
            b.push(" order by i.priority_rank desc, i.updated_at desc, i.key desc");
        }
        _ => {
            b.push(" order by i.updated_at desc, i.key desc");
        }
    }
    b.push(" limit ")
        .push_bind(i64::from(limit))
        .push(" offset ")
        .push_bind(i64::from(q.offset));
    let rows: Vec<Row> = b.build_query_as().fetch_all(db).await?;
    let rows = rows
        .into_iter()
        .map(Row::into_view)
        .collect::<anyhow::Result<Vec<_>>>()
        .context("reading issues from the local database")?;
    Ok(IssueList {
        offset: q.offset,
        rows,
        total,
        counts,
    })
}

/// The sidebar's counts, over everything `me` may see.
pub async fn view_counts(db: &SqlitePool, me: &SessionUser) -> ClientResult<ViewCounts> {
    let mut b = QueryBuilder::<Sqlite>::new("select count(*), coalesce(sum(i.assigned_to = ");
    b.push_bind(me.id.0.to_string())
        .push("), 0), coalesce(sum(i.status not in ('resolved', 'closed') and ");
    push_my_stores(&mut b, me);
    b.push("), 0), coalesce(sum(i.status = 'waiting_on_vendor'), 0), coalesce(sum(i.status in ('resolved', 'closed') and i.updated_at >= ")
        .push_bind(Utc::now() - RECENT)
        .push("), 0) from issues i where 1 = 1");
    push_visible(&mut b, me);
    let (all, mine, my_stores, waiting, recent): (i64, i64, i64, i64, i64) =
        b.build_query_as().fetch_one(db).await?;
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    Ok(ViewCounts {
        all: n(all),
        mine: n(mine),
        open_in_my_stores: n(my_stores),
        waiting_on_vendor: n(waiting),
        recently_resolved: n(recent),
    })
}
