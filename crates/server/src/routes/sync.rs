use super::extract::{Body, Params};
use crate::actions;
use crate::auth::actor::Auth;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::changes::{self, Cursor};
use crate::store::idempotency;
use crate::store::issues::IssueKey;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use sqlx::PgConnection;
use storedesk_domain::api::comment::{CommentEdit, NewComment};
use storedesk_domain::policy::Actor;
use storedesk_domain::sync::{
    ChangeFeed, Mutation, MutationOp, MutationResult, Outcome, PushRequest, PushResponse, MAX_PULL,
    MAX_PUSH,
};
use storedesk_domain::{FieldError, Problem};
use uuid::Uuid;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FeedParams {
    /// The cursor from the previous pull; absent or `0` for everything.
    #[param(pattern = r"^(0|[0-9]{1,19}\.[0-9]{1,19})?$")]
    since: Option<String>,
    /// At most this many changes (1 to 500, default 500).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 500)]
    limit: Option<String>,
}

/// Changes the caller may see since a cursor (docs/sync.md).
#[utoipa::path(get, path = "/api/sync/changes", tag = "sync", params(FeedParams),
    responses((status = 200, body = ChangeFeed), (status = 400, body = Problem)), security(("bearer" = [])))]
pub async fn changes(
    State(s): State<AppState>,
    Auth(a): Auth,
    Params(p): Params<FeedParams>,
) -> ApiResult<Json<ChangeFeed>> {
    let since = Cursor::parse(p.since.as_deref().unwrap_or("0")).map_err(ApiError::BadQuery)?;
    let limit = match p.limit.as_deref() {
        None => MAX_PULL,
        Some(l) => match l.parse::<u32>() {
            Ok(n) if (1..=MAX_PULL).contains(&n) => n,
            _ => {
                return Err(ApiError::BadQuery(FieldError::new(
                    "limit",
                    "out_of_range",
                    format!("limit must be from 1 to {MAX_PULL}"),
                )))
            }
        },
    };
    Ok(Json(changes::feed(&s.db, &a, since, limit).await?))
}

/// Apply a batch of offline mutations. Each is applied at most once per idempotency key; each
/// gets its own result, and one refusal does not stop the others.
#[utoipa::path(post, path = "/api/sync/push", tag = "sync", request_body = PushRequest,
    responses((status = 200, body = PushResponse), (status = 422, body = Problem)), security(("bearer" = [])))]
pub async fn push(
    State(s): State<AppState>,
    Auth(a): Auth,
    Body(req): Body<PushRequest>,
) -> ApiResult<Json<PushResponse>> {
    if req.mutations.len() > MAX_PUSH {
        return Err(ApiError::field(
            "mutations",
            "too_many",
            format!("push at most {MAX_PUSH} mutations at once"),
        ));
    }
    let mut results = Vec::with_capacity(req.mutations.len());
    for m in &req.mutations {
        results.push(push_one(&s, &a, m).await?);
    }
    Ok(Json(PushResponse { results }))
}

async fn push_one(s: &AppState, a: &Actor, m: &Mutation) -> ApiResult<MutationResult> {
    let key = m.idempotency_key;
    let mut tx = s.db.begin().await?;
    // Pushes of the same key queue here, so the second one finds the first one's result.
    idempotency::lock(&mut tx, a.id.0, key).await?;
    if let Some(prev) = idempotency::find(&mut tx, a.id.0, key).await? {
        return Ok(replay(prev));
    }
    // A savepoint: a refused mutation leaves no trace but its recorded refusal.
    let mut attempt = sqlx::Connection::begin(&mut *tx).await?;
    let result = match apply(&mut attempt, a, &m.op).await {
        Ok(entity_id) => {
            attempt.commit().await?;
            MutationResult {
                idempotency_key: key,
                outcome: Outcome::Applied,
                entity_id: Some(entity_id),
                problem: None,
            }
        }
        Err(ApiError::Internal(e)) => return Err(ApiError::Internal(e)),
        Err(e) => {
            attempt.rollback().await?;
            MutationResult {
                idempotency_key: key,
                outcome: Outcome::Rejected,
                entity_id: None,
                problem: Some(e.problem()),
            }
        }
    };
    idempotency::remember(&mut tx, a.id.0, &result).await?;
    tx.commit().await?;
    Ok(result)
}

fn replay(prev: MutationResult) -> MutationResult {
    MutationResult {
        outcome: if prev.outcome == Outcome::Applied {
            Outcome::Duplicate
        } else {
            prev.outcome
        },
        ..prev
    }
}

async fn apply(conn: &mut PgConnection, a: &Actor, op: &MutationOp) -> ApiResult<Uuid> {
    Ok(match op {
        MutationOp::CreateIssue { issue } => {
            if issue.id.is_none() {
                return Err(ApiError::field(
                    "issue.id",
                    "required",
                    "offline-created issues carry their own id",
                ));
            }
            actions::issue::create(conn, a, issue).await?.id.0
        }
        MutationOp::UpdateIssue { id, patch } => {
            actions::issue::update(conn, a, IssueKey::Id(id.0), patch)
                .await?
                .id
                .0
        }
        MutationOp::ChangeStatus { id, change } => {
            actions::issue::change_status(conn, a, IssueKey::Id(id.0), change)
                .await?
                .id
                .0
        }
        MutationOp::Assign { id, assignee_id } => {
            actions::issue::assign(conn, a, IssueKey::Id(id.0), *assignee_id)
                .await?
                .id
                .0
        }
        MutationOp::AddComment { issue_id, id, body } => {
            let n = NewComment {
                id: Some(*id),
                body: body.clone(),
            };
            actions::comment::add(conn, a, IssueKey::Id(issue_id.0), &n)
                .await?
                .id
                .0
        }
        MutationOp::EditComment { id, body } => {
            actions::comment::edit(conn, a, *id, &CommentEdit { body: body.clone() })
                .await?
                .id
                .0
        }
        MutationOp::DeleteComment { id } => {
            actions::comment::delete(conn, a, *id).await?;
            id.0
        }
        MutationOp::RecordResolution {
            issue_id,
            resolution,
        } => {
            actions::resolution::record(conn, a, IssueKey::Id(issue_id.0), resolution)
                .await?
                .id
                .0
        }
    })
}
