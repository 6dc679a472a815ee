use super::extract::{Body, Params};
use super::pagination;
use crate::actions;
use crate::auth::actor::Auth;
use crate::error::{ApiError, ApiResult};
use crate::page_cache::Cached;
use crate::state::AppState;
use crate::store::issues::{self, AssigneeFilter, IssueFilter, IssueKey, SortKey};
use axum::extract::{Path, State};
use axum::http::header;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use storedesk_domain::api::issue::{
    AssignRequest, HistoryEntry, Issue, IssueDetail, IssuePatch, NewIssue, StatusChange,
};
use storedesk_domain::api::page::Page;
use storedesk_domain::policy::IssueScope;
use storedesk_domain::text::parse_search;
use storedesk_domain::{FieldError, IssueRef, Priority, Problem, Status};
use uuid::Uuid;

/// Tells operators (and tests) whether a list page came from the page cache.
const CACHE_HEADER: header::HeaderName = header::HeaderName::from_static("x-storedesk-cache");

/// A path key: the issue's UUID or its reference `STORE-<n>`.
pub fn parse_key(raw: &str) -> ApiResult<IssueKey> {
    if let Ok(u) = Uuid::parse_str(raw) {
        return Ok(IssueKey::Id(u));
    }
    IssueRef::parse(raw)
        .map(|r| IssueKey::Number(r.0))
        .ok_or_else(|| actions::issue::bad_key(raw))
}

/// Filters, search, sort and pagination for `GET /api/issues`. Unknown parameters are refused.
/// The list patterns (`status`, `priority`, `sort`, `assignee`) are published by
/// `contract::complete` from the domain's enums.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// Store UUID.
    #[param(value_type = Option<Uuid>)]
    store_id: Option<String>,
    /// One or more statuses, comma-separated (open,in_progress,...).
    status: Option<String>,
    /// One or more priorities, comma-separated (low,medium,high,critical).
    priority: Option<String>,
    /// A user UUID, or `none` for unassigned issues.
    assignee: Option<String>,
    /// The reporter's UUID.
    #[param(value_type = Option<Uuid>)]
    reporter: Option<String>,
    /// RFC 3339 timestamp (inclusive).
    #[param(value_type = Option<DateTime<Utc>>)]
    created_after: Option<String>,
    /// RFC 3339 timestamp (exclusive).
    #[param(value_type = Option<DateTime<Utc>>)]
    created_before: Option<String>,
    /// Full-text search over title, description and comments (web search syntax).
    #[param(value_type = Option<storedesk_domain::text::raw::SearchText>)]
    q: Option<String>,
    /// created_at, updated_at, priority, number, status, title or relevance (best match of `q`
    /// first); prefix `-` to reverse. Default `relevance` with `q`, else `-created_at`.
    sort: Option<String>,
    /// From 1, default 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1000000)]
    page: Option<String>,
    /// 1 to 100, default 50.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    per_page: Option<String>,
    /// `comments` nests each issue's comments.
    include: Option<String>,
}

/// The sort keys `sort` takes (each also with a `-` prefix).
pub const SORT_KEYS: [&str; 7] = [
    "created_at",
    "updated_at",
    "priority",
    "number",
    "status",
    "title",
    "relevance",
];

fn bad(field: &str, msg: impl Into<String>) -> ApiError {
    ApiError::BadQuery(FieldError::new(field, "invalid", msg))
}

fn uuid_param(field: &str, raw: &Option<String>) -> ApiResult<Option<Uuid>> {
    raw.as_deref()
        .map(|s| Uuid::parse_str(s).map_err(|_| bad(field, format!("{field} must be a UUID"))))
        .transpose()
}

fn list_param<T>(
    field: &str,
    raw: &Option<String>,
    parse: fn(&str) -> Option<T>,
) -> ApiResult<Vec<T>> {
    let Some(raw) = raw else { return Ok(vec![]) };
    raw.split(',')
        .map(|s| {
            parse(s.trim()).ok_or_else(|| {
                bad(
                    field,
                    format!(
                        "unknown {field} '{}'",
                        s.chars().take(40).collect::<String>()
                    ),
                )
            })
        })
        .collect()
}

fn time_param(field: &str, raw: &Option<String>) -> ApiResult<Option<DateTime<Utc>>> {
    raw.as_deref()
        .map(|s| {
            DateTime::parse_from_rfc3339(s)
                .map(|d| d.with_timezone(&Utc))
                .map_err(|_| bad(field, format!("{field} must be an RFC 3339 timestamp")))
        })
        .transpose()
}

impl ListParams {
    fn into_filter(self) -> ApiResult<IssueFilter> {
        let (page, per_page) = pagination::parse(self.page.as_deref(), self.per_page.as_deref())?;
        let searching = self.q.as_deref().is_some_and(|q| !q.trim().is_empty());
        let default_sort = if searching {
            "relevance"
        } else {
            "-created_at"
        };
        let sort_raw = self.sort.as_deref().unwrap_or(default_sort);
        let (descending, name) = match sort_raw.strip_prefix('-') {
            Some(n) => (true, n),
            None => (false, sort_raw),
        };
        let sort = match name {
            "created_at" => SortKey::CreatedAt,
            "updated_at" => SortKey::UpdatedAt,
            "priority" => SortKey::Priority,
            "number" => SortKey::Number,
            "status" => SortKey::Status,
            "title" => SortKey::Title,
            "relevance" => SortKey::Relevance,
            _ => return Err(bad("sort", "sort must be one of created_at, updated_at, priority, number, status, title, relevance (prefix - to reverse)")),
        };
        let assignee = match self.assignee.as_deref() {
            None => None,
            Some("none") => Some(AssigneeFilter::Nobody),
            Some(s) => {
                Some(AssigneeFilter::User(Uuid::parse_str(s).map_err(|_| {
                    bad("assignee", "assignee must be a UUID or 'none'")
                })?))
            }
        };
        let q = match self.q.as_deref() {
            None => None,
            Some(q) => parse_search("q", q).map_err(ApiError::BadQuery)?,
        };
        let include_comments = match self.include.as_deref() {
            None => false,
            Some("comments") => true,
            Some(_) => return Err(bad("include", "include may only be 'comments'")),
        };
        let created_after = time_param("created_after", &self.created_after)?;
        let created_before = time_param("created_before", &self.created_before)?;
        Ok(IssueFilter {
            store: uuid_param("store_id", &self.store_id)?,
            statuses: list_param("status", &self.status, Status::parse)?,
            priorities: list_param("priority", &self.priority, Priority::parse)?,
            assignee,
            reporter: uuid_param("reporter", &self.reporter)?,
            created_after,
            created_before,
            q,
            sort,
            descending,
            page,
            per_page,
            include_comments,
        })
    }
}

/// Issues the caller may see, filtered, searched, sorted and paginated.
#[utoipa::path(get, path = "/api/issues", tag = "issues", params(ListParams),
    responses((status = 200, body = Page<Issue>), (status = 400, body = Problem)), security(("bearer" = [])))]
pub async fn list(
    State(s): State<AppState>,
    Auth(a): Auth,
    Params(p): Params<ListParams>,
) -> ApiResult<Response> {
    let f = p.into_filter()?;
    // What the caller may see decides the page: admins share one view, everyone else their own.
    let scope = if a.is_admin() {
        "admin".to_owned()
    } else {
        a.id.to_string()
    };
    let key = format!("{scope}|{f:?}");
    let (page, hit) = s
        .pages
        .get_or_build(&key, || async {
            let page: Page<Issue> = issues::list(&s.db, &a, &f).await?;
            let body = serde_json::to_vec(&page).map_err(|e| ApiError::Internal(e.into()))?;
            Ok::<_, ApiError>(Cached {
                body: Bytes::from(body),
                scope: None,
            })
        })
        .await?;
    let cache = if hit { "hit" } else { "miss" };
    let headers = [
        (header::CONTENT_TYPE, "application/json"),
        (CACHE_HEADER, cache),
    ];
    Ok((headers, page.body).into_response())
}

/// Log an issue in a store the caller belongs to.
#[utoipa::path(post, path = "/api/issues", tag = "issues", request_body = NewIssue,
    responses((status = 201, body = Issue), (status = 403, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn create(
    State(s): State<AppState>,
    Auth(a): Auth,
    Body(n): Body<NewIssue>,
) -> ApiResult<(StatusCode, Json<Issue>)> {
    // Checked here, written by the intake: the issue and its history entry in one statement,
    // shared with the creates that arrived meanwhile.
    let row = actions::issue::prepare(&s.db, &a, &n).await?;
    let issue = s.intake.create(row).await?;
    Ok((StatusCode::CREATED, Json(issue)))
}

/// One issue with its comments, resolutions and history. `key` is a UUID or `STORE-<n>`.
#[utoipa::path(get, path = "/api/issues/{key}", tag = "issues", params(("key" = String, Path)),
    responses((status = 200, body = IssueDetail), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn get(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
) -> ApiResult<Response> {
    let key = parse_key(&key)?;
    let cache_key = format!("detail|{key:?}");
    let (cached, hit) = s
        .pages
        .get_or_build(&cache_key, || async {
            let d = issues::detail(&s.db, key).await?;
            let body = serde_json::to_vec(&d).map_err(|e| ApiError::Internal(e.into()))?;
            Ok::<_, ApiError>(Cached {
                body: Bytes::from(body),
                scope: Some(detail_scope(&d)),
            })
        })
        .await?;
    let cache = if hit { "hit" } else { "miss" };
    // Access is checked on every request, cached or not.
    if !cached.scope.is_some_and(|sc| a.can_view_issue(sc)) {
        return Err(ApiError::NotFound("issue"));
    }
    let headers = [
        (header::CONTENT_TYPE, "application/json"),
        (CACHE_HEADER, cache),
    ];
    Ok((headers, cached.body).into_response())
}

fn detail_scope(d: &IssueDetail) -> IssueScope {
    IssueScope {
        store_id: d.issue.store.id,
        assigned_to: d.issue.assigned_to.as_ref().map(|u| u.id),
    }
}

/// Edit title, description or priority.
#[utoipa::path(patch, path = "/api/issues/{key}", tag = "issues", params(("key" = String, Path)), request_body = IssuePatch,
    responses((status = 200, body = Issue), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn patch(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
    Body(p): Body<IssuePatch>,
) -> ApiResult<Json<Issue>> {
    let key = parse_key(&key)?;
    let mut tx = s.db.begin().await?;
    let issue = actions::issue::update(&mut tx, &a, key, &p).await?;
    tx.commit().await?;
    Ok(Json(issue))
}

/// Move through the state machine; reopening needs a reason. A refused move names the allowed ones.
#[utoipa::path(post, path = "/api/issues/{key}/status", tag = "issues", params(("key" = String, Path)), request_body = StatusChange,
    responses((status = 200, body = Issue), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn change_status(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
    Body(c): Body<StatusChange>,
) -> ApiResult<Json<Issue>> {
    let key = parse_key(&key)?;
    let mut tx = s.db.begin().await?;
    let issue = actions::issue::change_status(&mut tx, &a, key, &c).await?;
    tx.commit().await?;
    Ok(Json(issue))
}

/// Assign (`assignee_id`) or unassign (`null`).
#[utoipa::path(put, path = "/api/issues/{key}/assignee", tag = "issues", params(("key" = String, Path)), request_body = AssignRequest,
    responses((status = 200, body = Issue), (status = 403, body = Problem), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn assign(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
    Body(r): Body<AssignRequest>,
) -> ApiResult<Json<Issue>> {
    let key = parse_key(&key)?;
    let mut tx = s.db.begin().await?;
    let issue = actions::issue::assign(&mut tx, &a, key, r.assignee_id).await?;
    tx.commit().await?;
    Ok(Json(issue))
}

/// The issue's history (also part of the issue detail).
#[utoipa::path(get, path = "/api/issues/{key}/history", tag = "issues", params(("key" = String, Path)),
    responses((status = 200, body = Vec<HistoryEntry>), (status = 404, body = Problem)), security(("bearer" = [])))]
pub async fn history(
    State(s): State<AppState>,
    Auth(a): Auth,
    Path(key): Path<String>,
) -> ApiResult<Json<Vec<HistoryEntry>>> {
    let d = issues::detail(&s.db, parse_key(&key)?).await?;
    if !a.can_view_issue(detail_scope(&d)) {
        return Err(ApiError::NotFound("issue"));
    }
    Ok(Json(d.history))
}
