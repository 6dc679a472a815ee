use super::require;
use crate::error::{ApiError, ApiResult};
use crate::store::issues::{self, IssueKey, NewIssueRow};
use sqlx::PgConnection;
use storedesk_domain::api::issue::{Issue, IssuePatch, NewIssue, StatusChange};
use storedesk_domain::history::{self, StatusMoveError};
use storedesk_domain::policy::{Actor, IssueScope};
use storedesk_domain::{FieldError, IssueId, Role, StoreId, UserId};
use uuid::Uuid;

/// An assignee must be an active engineer, or an active member of the issue's store.
async fn check_assignee<'c>(
    db: impl sqlx::PgExecutor<'c>,
    store: StoreId,
    who: UserId,
) -> ApiResult<()> {
    let row: Option<(String, bool, bool)> =
        sqlx::query_as("select role, active, reaches_store(id, $2) from users where id = $1")
            .bind(who.0)
            .bind(store.0)
            .fetch_optional(db)
            .await?;
    let ok = match row {
        Some((role, active, member)) => active && (role == Role::Engineer.as_str() || member),
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ApiError::reference(
            "assignee_id",
            "invalid_assignee",
            "the assignee must be an active engineer or a member of the issue's store",
        ))
    }
}

/// Everything a new issue must pass before it is written: valid fields, the caller may report in
/// the store (and assign, if an assignee is named), and the assignee may take it.
pub async fn prepare<'c>(
    db: impl sqlx::PgExecutor<'c>,
    actor: &Actor,
    n: &NewIssue,
) -> ApiResult<NewIssueRow> {
    let valid = n.validate().map_err(ApiError::Validation)?;
    if !actor.can_create_issue_in(n.store_id) {
        return Err(ApiError::Forbidden);
    }
    if let Some(a) = n.assigned_to {
        let scope = IssueScope {
            store_id: n.store_id,
            assigned_to: None,
        };
        if !actor.can_assign(scope, Some(a)) {
            return Err(ApiError::Forbidden);
        }
        check_assignee(db, n.store_id, a).await.map_err(|_| {
            ApiError::reference(
                "assigned_to",
                "invalid_assignee",
                "the assignee must be an active engineer or a member of the store",
            )
        })?;
    }
    Ok(NewIssueRow {
        id: n.id.map(|i| i.0).unwrap_or_else(Uuid::now_v7),
        store: n.store_id,
        valid,
        priority: n.priority,
        assigned_to: n.assigned_to,
        created_by: actor.id,
    })
}

/// Creates one issue on `conn` (inside the caller's transaction, for the sync push).
pub async fn create(conn: &mut PgConnection, actor: &Actor, n: &NewIssue) -> ApiResult<Issue> {
    let row = prepare(&mut *conn, actor, n).await?;
    let mut created = issues::create_many(conn, std::slice::from_ref(&row)).await?;
    created
        .pop()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("an insert returned no row")))
}

pub async fn update(
    conn: &mut PgConnection,
    actor: &Actor,
    key: IssueKey,
    p: &IssuePatch,
) -> ApiResult<Issue> {
    let cur = issues::lock(conn, key).await?;
    require(actor, cur.scope, actor.can_work_on_issue(cur.scope))?;
    let v = p.validate().map_err(ApiError::Validation)?;
    let events = history::patch_events(
        history::IssueText {
            title: &cur.title,
            description: &cur.description,
            priority: cur.priority,
        },
        &v,
    );
    if !events.is_empty() {
        issues::update_fields(conn, cur.id, &v).await?;
        issues::record_events(conn, cur.id, Some(actor.id), &events, None).await?;
    }
    issues::get(conn, cur.id).await
}

pub async fn change_status(
    conn: &mut PgConnection,
    actor: &Actor,
    key: IssueKey,
    c: &StatusChange,
) -> ApiResult<Issue> {
    let cur = issues::lock(conn, key).await?;
    require(actor, cur.scope, actor.can_work_on_issue(cur.scope))?;
    let m = history::status_move(cur.status, c).map_err(|e| match e {
        StatusMoveError::Invalid(f) => ApiError::Validation(f),
        StatusMoveError::Transition(t) => ApiError::Transition(t),
    })?;
    issues::set_status(conn, cur.id, m.to).await?;
    issues::record_events(
        conn,
        cur.id,
        Some(actor.id),
        std::slice::from_ref(&m.event),
        m.reason.as_ref().map(|r| r.as_str()),
    )
    .await?;
    issues::get(conn, cur.id).await
}

pub async fn assign(
    conn: &mut PgConnection,
    actor: &Actor,
    key: IssueKey,
    who: Option<UserId>,
) -> ApiResult<Issue> {
    let cur = issues::lock(conn, key).await?;
    require(actor, cur.scope, actor.can_assign(cur.scope, who))?;
    if cur.scope.assigned_to == who {
        return issues::get(conn, cur.id).await;
    }
    if let Some(w) = who {
        check_assignee(&mut *conn, cur.scope.store_id, w).await?;
    }
    issues::set_assignee(conn, cur.id, who).await?;
    let old = match cur.scope.assigned_to {
        Some(u) => Some(issues::username(conn, u).await?),
        None => None,
    };
    let new = match who {
        Some(u) => Some(issues::username(conn, u).await?),
        None => None,
    };
    issues::record_events(
        conn,
        cur.id,
        Some(actor.id),
        &[history::assigned(old, new)],
        None,
    )
    .await?;
    issues::get(conn, cur.id).await
}

/// Resolves a path key and checks the caller may see the issue.
pub async fn visible_id(
    conn: &mut PgConnection,
    actor: &Actor,
    key: IssueKey,
) -> ApiResult<(IssueId, IssueScope)> {
    let (id, store, assignee): (Uuid, Uuid, Option<Uuid>) =
        sqlx::query_as("select id, store_id, assigned_to from issues where id = $1 or number = $2")
            .bind(match key {
                IssueKey::Id(u) => Some(u),
                IssueKey::Number(_) => None,
            })
            .bind(match key {
                IssueKey::Number(n) => Some(n),
                IssueKey::Id(_) => None,
            })
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(ApiError::NotFound("issue"))?;
    let scope = IssueScope {
        store_id: StoreId(store),
        assigned_to: assignee.map(UserId),
    };
    require(actor, scope, true)?;
    Ok((IssueId(id), scope))
}

/// For the field error on a path key that is neither a UUID nor `STORE-<n>`.
pub fn bad_key(raw: &str) -> ApiError {
    ApiError::BadQuery(FieldError::new(
        "id",
        "invalid_issue_key",
        format!(
            "'{}' is neither an issue UUID nor a reference like STORE-42",
            raw.chars().take(64).collect::<String>()
        ),
    ))
}
