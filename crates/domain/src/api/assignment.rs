//! A message to a store or to an engineer (the seed's "assignment").

use super::{store::StoreSummary, user::UserSummary};
use crate::text::Message;
use crate::{AssignmentId, FieldError, StoreId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assignment {
    pub id: AssignmentId,
    pub message: String,
    pub store: Option<StoreSummary>,
    pub engineer: Option<UserSummary>,
    pub created_by: UserSummary,
    pub created_at: DateTime<Utc>,
    /// When the caller marked it read (per recipient).
    pub read_at: Option<DateTime<Utc>>,
}

/// Exactly one of `store_id` and `engineer_id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAssignment {
    #[serde(default)]
    pub id: Option<AssignmentId>,
    #[cfg_attr(feature = "openapi", schema(value_type = Message))]
    pub message: String,
    #[serde(default, deserialize_with = "super::non_null")]
    #[cfg_attr(feature = "openapi", schema(value_type = StoreId))]
    pub store_id: Option<StoreId>,
    #[serde(default, deserialize_with = "super::non_null")]
    #[cfg_attr(feature = "openapi", schema(value_type = UserId))]
    pub engineer_id: Option<UserId>,
}

pub enum Recipient {
    Store(StoreId),
    Engineer(UserId),
}

impl NewAssignment {
    pub fn validate(&self) -> Result<(Message, Recipient), Vec<FieldError>> {
        let mut errors = Vec::new();
        let message = Message::parse_field("message", &self.message).map_err(|e| errors.push(e));
        let recipient = match (self.store_id, self.engineer_id) {
            (Some(s), None) => Some(Recipient::Store(s)),
            (None, Some(u)) => Some(Recipient::Engineer(u)),
            _ => {
                errors.push(FieldError::new(
                    "store_id",
                    "exactly_one_recipient",
                    "give exactly one of store_id and engineer_id",
                ));
                None
            }
        };
        match (message, recipient) {
            (Ok(m), Some(r)) if errors.is_empty() => Ok((m, r)),
            _ => Err(errors),
        }
    }
}
