use super::decode;
use crate::error::{ApiError, ApiResult};
use sqlx::types::Json;
use sqlx::PgConnection;
use storedesk_domain::api::resolution::{
    NewResolution, Resolution, ResolutionPatch, ValidNewResolution,
};
use storedesk_domain::text::Name;
use storedesk_domain::{IssueId, ResolutionId, UserId};
use uuid::Uuid;

pub(crate) const RESOLUTION_JSON: &str = "to_jsonb(r) - 'created_by'";

pub async fn create(
    conn: &mut PgConnection,
    id: Uuid,
    issue: IssueId,
    n: &NewResolution,
    v: &ValidNewResolution,
    by: Option<UserId>,
) -> ApiResult<Resolution> {
    let row: Json<serde_json::Value> = sqlx::query_scalar(&format!(
        "insert into resolutions as r (id, issue_id, vendor, vendor_ticket_id, acknowledged_at,
             resolution_date, last_vendor_status, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning {RESOLUTION_JSON}"
    ))
    .bind(id)
    .bind(issue.0)
    .bind(v.vendor.as_str())
    .bind(v.vendor_ticket_id.as_str())
    .bind(n.acknowledged_at)
    .bind(n.resolution_date)
    .bind(v.last_vendor_status.as_ref().map(|s| s.as_str()))
    .bind(by.map(|u| u.0))
    .fetch_one(conn)
    .await?;
    decode(row.0)
}

pub async fn issue_of(conn: &mut PgConnection, id: ResolutionId) -> ApiResult<IssueId> {
    let issue: Option<Uuid> =
        sqlx::query_scalar("select issue_id from resolutions where id = $1 for update")
            .bind(id.0)
            .fetch_optional(conn)
            .await?;
    issue.map(IssueId).ok_or(ApiError::NotFound("resolution"))
}

/// Applies a patch; refuses a resolution date before the (possibly stored) acknowledgement.
pub async fn update(
    conn: &mut PgConnection,
    id: ResolutionId,
    p: &ResolutionPatch,
    status: Option<&Name>,
) -> ApiResult<Resolution> {
    let row: Json<serde_json::Value> = sqlx::query_scalar(&format!(
        "update resolutions r set
            acknowledged_at = case when $2 then $3 else acknowledged_at end,
            resolution_date = case when $4 then $5 else resolution_date end,
            last_vendor_status = coalesce($6, last_vendor_status),
            updated_at = now()
         where id = $1 returning {RESOLUTION_JSON}"
    ))
    .bind(id.0)
    .bind(p.acknowledged_at.is_some())
    .bind(p.acknowledged_at.flatten())
    .bind(p.resolution_date.is_some())
    .bind(p.resolution_date.flatten())
    .bind(status.map(|s| s.as_str()))
    .fetch_one(conn)
    .await?;
    let r: Resolution = decode(row.0)?;
    if let (Some(a), Some(d)) = (r.acknowledged_at, r.resolution_date) {
        if d < a {
            return Err(ApiError::field(
                "resolution_date",
                "before_acknowledged",
                "resolution_date cannot be before acknowledged_at",
            ));
        }
    }
    Ok(r)
}

/// What a vendor mail did to the resolution of `issue` with the vendor's ticket `ticket`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VendorRecord {
    Created,
    Updated,
}

/// The mail loop's write: creates the resolution on the first mail that names the vendor's
/// ticket (acknowledged then), sets the resolution date when the vendor resolves or closes it,
/// and keeps the vendor's last status word. `created_by` stays null (the system).
pub async fn record_from_vendor(
    conn: &mut PgConnection,
    issue: Uuid,
    vendor: &str,
    ticket: &str,
    status: &str,
    finished: bool,
) -> ApiResult<VendorRecord> {
    let created: bool = sqlx::query_scalar(
        "insert into resolutions as r (id, issue_id, vendor, vendor_ticket_id, acknowledged_at,
             resolution_date, last_vendor_status)
         values ($1, $2, $3, $4, now(), case when $6 then now() end, $5)
         on conflict (issue_id, vendor, vendor_ticket_id) do update set
             resolution_date = case when $6 then coalesce(r.resolution_date, now())
                                    else r.resolution_date end,
             last_vendor_status = $5, updated_at = now()
         returning (xmax = 0)",
    )
    .bind(Uuid::now_v7())
    .bind(issue)
    .bind(vendor)
    .bind(ticket)
    .bind(status)
    .bind(finished)
    .fetch_one(conn)
    .await?;
    Ok(if created {
        VendorRecord::Created
    } else {
        VendorRecord::Updated
    })
}
