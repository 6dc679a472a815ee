//! The vendor's ticket for an issue. The mail loop writes these from RSNL's replies; people can
//! record one by hand. Unique per (issue, vendor, vendor ticket id).

use super::{double_option, non_null, Errors};
use crate::text::{Name, VendorTicketId};
use crate::{FieldError, IssueId, ResolutionId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resolution {
    pub id: ResolutionId,
    pub issue_id: IssueId,
    pub vendor: String,
    pub vendor_ticket_id: String,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub resolution_date: Option<DateTime<Utc>>,
    pub last_vendor_status: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewResolution {
    #[serde(default)]
    pub id: Option<ResolutionId>,
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub vendor: String,
    #[cfg_attr(feature = "openapi", schema(value_type = VendorTicketId))]
    pub vendor_ticket_id: String,
    #[serde(default)]
    pub acknowledged_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub resolution_date: Option<DateTime<Utc>>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Name>))]
    pub last_vendor_status: Option<String>,
}

pub struct ValidNewResolution {
    pub vendor: Name,
    pub vendor_ticket_id: VendorTicketId,
    pub last_vendor_status: Option<Name>,
}

fn check_dates(e: &mut Errors, ack: Option<DateTime<Utc>>, resolved: Option<DateTime<Utc>>) {
    if let (Some(a), Some(r)) = (ack, resolved) {
        if r < a {
            e.0.push(FieldError::new(
                "resolution_date",
                "before_acknowledged",
                "resolution_date cannot be before acknowledged_at",
            ));
        }
    }
}

impl NewResolution {
    pub fn validate(&self) -> Result<ValidNewResolution, Vec<FieldError>> {
        let mut e = Errors::default();
        let vendor = e.take(Name::parse_field("vendor", &self.vendor));
        let vendor_ticket_id = e.take(VendorTicketId::parse_field(
            "vendor_ticket_id",
            &self.vendor_ticket_id,
        ));
        let last_vendor_status = self
            .last_vendor_status
            .as_deref()
            .and_then(|s| e.take(Name::parse_field("last_vendor_status", s)));
        check_dates(&mut e, self.acknowledged_at, self.resolution_date);
        e.finish(|| ValidNewResolution {
            vendor: vendor.unwrap(),
            vendor_ticket_id: vendor_ticket_id.unwrap(),
            last_vendor_status,
        })
    }
}

/// Update of the vendor's progress. `null` clears a date.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResolutionPatch {
    #[serde(default, deserialize_with = "double_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<DateTime<Utc>>))]
    pub acknowledged_at: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "double_option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<DateTime<Utc>>))]
    pub resolution_date: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "non_null")]
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub last_vendor_status: Option<String>,
}

impl ResolutionPatch {
    pub fn validate(&self) -> Result<Option<Name>, Vec<FieldError>> {
        let mut e = Errors::default();
        let status = self
            .last_vendor_status
            .as_deref()
            .and_then(|s| e.take(Name::parse_field("last_vendor_status", s)));
        check_dates(
            &mut e,
            self.acknowledged_at.flatten(),
            self.resolution_date.flatten(),
        );
        e.finish(|| status)
    }
}
