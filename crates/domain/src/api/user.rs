use super::Errors;
use crate::text::{check_new_password, Email, Name, Username};
use crate::{FieldError, Role, StoreId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A user as nested in other records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserSummary {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// `GET /api/me`: the caller and the stores they reach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    #[serde(flatten)]
    pub user: User,
    pub managed_stores: Vec<StoreId>,
    pub engineer_stores: Vec<StoreId>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    #[serde(default)]
    pub id: Option<UserId>,
    pub username: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub password: String,
}

pub struct ValidNewUser {
    pub username: Username,
    pub email: Email,
    pub display_name: Name,
}

impl NewUser {
    pub fn validate(&self) -> Result<ValidNewUser, Vec<FieldError>> {
        let mut e = Errors::default();
        let username = e.take(Username::parse_field("username", &self.username));
        let email = e.take(Email::parse_field("email", &self.email));
        let display_name = e.take(Name::parse_field("display_name", &self.display_name));
        e.take(check_new_password("password", &self.password));
        e.finish(|| ValidNewUser {
            username: username.unwrap(),
            email: email.unwrap(),
            display_name: display_name.unwrap(),
        })
    }
}

/// Admin edit of a user. Absent fields are left alone.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UserPatch {
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub active: Option<bool>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

pub struct ValidUserPatch {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub display_name: Option<Name>,
    pub email: Option<Email>,
}

impl UserPatch {
    pub fn validate(&self) -> Result<ValidUserPatch, Vec<FieldError>> {
        let mut e = Errors::default();
        let display_name = self
            .display_name
            .as_deref()
            .and_then(|s| e.take(Name::parse_field("display_name", s)));
        let email = self
            .email
            .as_deref()
            .and_then(|s| e.take(Email::parse_field("email", s)));
        e.finish(|| ValidUserPatch {
            role: self.role,
            active: self.active,
            display_name,
            email,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordReset {
    pub password: String,
}
