use super::issue::visible_id;
use super::require;
use crate::error::{ApiError, ApiResult};
use crate::store::issues::{self, IssueKey};
use crate::store::resolutions;
use sqlx::PgConnection;
use storedesk_domain::api::resolution::{NewResolution, Resolution, ResolutionPatch};
use storedesk_domain::history::Event;
use storedesk_domain::policy::Actor;
use storedesk_domain::ResolutionId;
use uuid::Uuid;

/// Records the vendor's ticket by hand (the mail loop will call the same store function).
pub async fn record(
    conn: &mut PgConnection,
    actor: &Actor,
    issue: IssueKey,
    n: &NewResolution,
) -> ApiResult<Resolution> {
    let v = n.validate().map_err(ApiError::Validation)?;
    let (issue_id, scope) = visible_id(conn, actor, issue).await?;
    require(actor, scope, actor.can_work_on_issue(scope))?;
    let id = n.id.map(|r| r.0).unwrap_or_else(Uuid::now_v7);
    let r = resolutions::create(conn, id, issue_id, n, &v, Some(actor.id)).await?;
    issues::record_events(
        conn,
        issue_id,
        Some(actor.id),
        &[Event {
            field: "vendor_ticket",
            old: None,
            new: Some(format!("{} {}", r.vendor, r.vendor_ticket_id)),
        }],
        None,
    )
    .await?;
    Ok(r)
}

pub async fn update(
    conn: &mut PgConnection,
    actor: &Actor,
    id: ResolutionId,
    p: &ResolutionPatch,
) -> ApiResult<Resolution> {
    let status = p.validate().map_err(ApiError::Validation)?;
    let issue = resolutions::issue_of(conn, id).await?;
    let scope = issues::scope(conn, issue).await?;
    if !actor.can_view_issue(scope) {
        return Err(ApiError::NotFound("resolution"));
    }
    require(actor, scope, actor.can_work_on_issue(scope))?;
    let r = resolutions::update(conn, id, p, status.as_ref()).await?;
    issues::record_events(
        conn,
        issue,
        Some(actor.id),
        &[Event {
            field: "vendor_progress",
            old: None,
            new: r.last_vendor_status.clone(),
        }],
        None,
    )
    .await?;
    Ok(r)
}
