use super::extract::{Body, Params};
use crate::actions;
use crate::auth;
use crate::auth::actor::{Auth, Session};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::store::changes::{self, Cursor};
use crate::store::idempotency;
use crate::store::issues::IssueKey;
use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::IntoResponse;
use axum::Json;
use futures_util::StreamExt;
use serde::Deserialize;
use sqlx::PgConnection;
use std::convert::Infallible;
use storedesk_domain::api::comment::{CommentEdit, NewComment};
use storedesk_domain::policy::Actor;
use storedesk_domain::sync::{
    ChangeFeed, Mutation, MutationOp, MutationResult, Outcome, PushRequest, PushResponse, MAX_PULL,
    MAX_PUSH, MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION,
};
use storedesk_domain::{FieldError, Problem};
use tokio::sync::broadcast::error::RecvError;
use uuid::Uuid;

/// The client's sync protocol version (absent: the server's current one); older than the
/// oldest served is a 400 `client_too_old` in words.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)]
pub struct ProtocolParam {
    #[param(
        rename = "storedesk-sync-protocol",
        minimum = 1,
        maximum = 4294967295_u64
    )]
    protocol: Option<u32>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FeedParams {
    /// The cursor from the previous pull; absent or `0` for everything.
    since: Option<String>,
    /// At most this many changes (1 to 500, default 500).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 500)]
    limit: Option<String>,
}

/// Checks the sync protocol version a client sends on `/api/sync/*` (absent: the current one)
/// and tells every client the server's own, so each side can adapt (docs/sync.md, "Versions").
pub async fn protocol(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if !req.uri().path().starts_with("/api/sync/") {
        return next.run(req).await;
    }
    if let Some(v) = req.headers().get(PROTOCOL_HEADER) {
        match v.to_str().ok().and_then(|v| v.trim().parse::<u32>().ok()) {
            Some(client) if client < MIN_PROTOCOL_VERSION => {
                return ApiError::ClientTooOld { client }.into_response()
            }
            Some(_) => {}
            None => {
                return ApiError::BadQuery(FieldError::new(
                    PROTOCOL_HEADER,
                    "invalid",
                    format!("{PROTOCOL_HEADER} must be a whole number"),
                ))
                .into_response()
            }
        }
    }
    let mut res = next.run(req).await;
    res.headers_mut().insert(
        axum::http::HeaderName::from_static(PROTOCOL_HEADER),
        axum::http::HeaderValue::from(PROTOCOL_VERSION),
    );
    res
}

/// Changes the caller may see since a cursor (docs/sync.md).
#[utoipa::path(get, path = "/api/sync/changes", tag = "sync", params(FeedParams, ProtocolParam),
    responses((status = 200, body = ChangeFeed), (status = 400, body = Problem),
        (status = 410, description = "The cursor is older than the change log kept: rebuild from since=0", body = Problem)),
    security(("bearer" = [])))]
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
#[utoipa::path(post, path = "/api/sync/push", tag = "sync", request_body = PushRequest, params(ProtocolParam),
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

/// The live channel (server-sent events): `ready` once connected, then `changes` whenever
/// changes the caller may see became final in the feed (data: `{"horizon": <xid>}`); pull
/// `/api/sync/changes` on each. A comment line every 15 s keeps proxies from closing it. The
/// stream ends when the access token expires or the account loses access: reconnect with a fresh
/// token (and pull once, to cover the gap).
#[utoipa::path(get, path = "/api/sync/live", tag = "sync", params(ProtocolParam),
    responses((status = 200, content_type = "text/event-stream",
        description = "`event: ready`, then `event: changes` with `{\"horizon\": <xid>}` each time changes for the caller are final")),
    security(("bearer" = [])))]
pub async fn live(State(s): State<AppState>, session: Session) -> impl IntoResponse {
    let rx = s.live.subscribe();
    let deadline = tokio::time::Instant::now()
        + std::time::Duration::from_secs(
            u64::try_from(session.expires_at - chrono::Utc::now().timestamp()).unwrap_or(0),
        );
    let ready = Event::default()
        .event("ready")
        .data(format!("{{\"protocol\": {PROTOCOL_VERSION}}}"));
    let first = futures_util::stream::once(async move { Ok::<_, Infallible>(ready) });
    let closed = Box::pin(s.live.closed());
    let events = futures_util::stream::unfold(
        (s, session, rx, deadline, closed),
        |(s, session, mut rx, deadline, mut closed)| async move {
            loop {
                let got = tokio::select! {
                    got = rx.recv() => got,
                    () = tokio::time::sleep_until(deadline) => return None,
                    () = &mut closed => return None,
                };
                let horizon = match got {
                    Ok(c) => {
                        // The caller as they are now: access may have changed since connecting.
                        let actor = auth::actor::resolve(&s, session.user, session.version)
                            .await
                            .ok()?;
                        if !c.concerns(|scope| actor.sees_change(scope)) {
                            continue;
                        }
                        c.horizon
                    }
                    // Fell behind: something may concern us; the pull will tell.
                    Err(RecvError::Lagged(_)) => 0,
                    Err(RecvError::Closed) => return None,
                };
                let event = Event::default()
                    .event("changes")
                    .data(format!("{{\"horizon\": {horizon}}}"));
                return Some((Ok(event), (s, session, rx, deadline, closed)));
            }
        },
    );
    Sse::new(first.chain(events))
        .keep_alive(KeepAlive::new().interval(std::time::Duration::from_secs(15)))
}
