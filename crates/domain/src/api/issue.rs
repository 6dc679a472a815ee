use super::{
    comment::Comment, non_null, resolution::Resolution, store::StoreSummary, user::UserSummary,
    Errors,
};
use crate::text::{Description, Reason, Title};
use crate::{FieldError, IssueId, Priority, Status, StoreId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Issue {
    pub id: IssueId,
    pub number: i64,
    /// `STORE-<number>`, the reference used in vendor mail.
    pub reference: String,
    pub store: StoreSummary,
    pub title: String,
    pub description: String,
    pub priority: Priority,
    pub status: Status,
    pub created_by: UserSummary,
    pub assigned_to: Option<UserSummary>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Present in lists only with `include=comments`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Comment>>,
}

/// One change to an issue: who, when, what, old -> new.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: Option<UserSummary>,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub note: Option<String>,
}

/// `GET /api/issues/{key}`: the issue with its comments, resolutions and history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueDetail {
    #[serde(flatten)]
    pub issue: Issue,
    pub resolutions: Vec<Resolution>,
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewIssue {
    /// Client-generated id (offline creation); the server makes one when absent.
    #[serde(default)]
    pub id: Option<IssueId>,
    pub store_id: StoreId,
    #[cfg_attr(feature = "openapi", schema(value_type = Title))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Description))]
    pub description: String,
    pub priority: Priority,
    #[serde(default)]
    pub assigned_to: Option<UserId>,
}

#[derive(Debug, Clone)]
pub struct ValidNewIssue {
    pub title: Title,
    pub description: Description,
}

impl NewIssue {
    pub fn validate(&self) -> Result<ValidNewIssue, Vec<FieldError>> {
        let mut e = Errors::default();
        let title = e.take(Title::parse_field("title", &self.title));
        let description = e.take(Description::parse_field("description", &self.description));
        e.finish(|| ValidNewIssue {
            title: title.unwrap(),
            description: description.unwrap(),
        })
    }
}

/// Edit of an issue's text and priority. Status and assignee have their own endpoints because
/// they follow rules (the state machine, who may assign).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct IssuePatch {
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Title))]
    pub title: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Description))]
    pub description: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Priority))]
    pub priority: Option<Priority>,
}

pub struct ValidIssuePatch {
    pub title: Option<Title>,
    pub description: Option<Description>,
    pub priority: Option<Priority>,
}

impl IssuePatch {
    pub fn validate(&self) -> Result<ValidIssuePatch, Vec<FieldError>> {
        let mut e = Errors::default();
        let title = self
            .title
            .as_deref()
            .and_then(|s| e.take(Title::parse_field("title", s)));
        let description = self
            .description
            .as_deref()
            .and_then(|s| e.take(Description::parse_field("description", s)));
        if self.title.is_none() && self.description.is_none() && self.priority.is_none() {
            e.0.push(FieldError::new("title", "empty_patch", "nothing to change"));
        }
        e.finish(|| ValidIssuePatch {
            title,
            description,
            priority: self.priority,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: Status,
    /// Required when reopening a resolved or closed issue.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Reason>))]
    pub reason: Option<String>,
}

impl StatusChange {
    pub fn validate_reason(&self) -> Result<Option<Reason>, Vec<FieldError>> {
        self.reason
            .as_deref()
            .map(|r| Reason::parse_field("reason", r))
            .transpose()
            .map_err(|e| vec![e])
    }
}

/// `assignee_id: null` unassigns.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    pub assignee_id: Option<UserId>,
}
