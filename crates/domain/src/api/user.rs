use super::{non_null, Errors};
use crate::text::{check_new_password, Email, Name, Username};
use crate::{FieldError, Role, Secret, StoreId, UserId};
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
    #[cfg_attr(feature = "openapi", schema(value_type = Username))]
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Email))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub display_name: String,
    pub role: Role,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::text::raw::NewPassword))]
    pub password: Secret,
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
        e.take(check_new_password("password", self.password.expose()));
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
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Role))]
    pub role: Option<Role>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = bool))]
    pub active: Option<bool>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub display_name: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Email))]
    pub email: Option<String>,
}

impl ValidUserPatch {
    /// An admin may not demote or deactivate themselves: the last admin locking themselves out
    /// is unrecoverable without SQL. `me` and `my_role` are the caller's.
    pub fn locks_out(&self, me: UserId, my_role: Role, target: UserId) -> Option<FieldError> {
        let demotes = self.role.is_some_and(|r| r != my_role);
        (me == target && (self.active == Some(false) || demotes)).then(|| {
            FieldError::new(
                "role",
                "self_lockout",
                "admins cannot demote or deactivate themselves",
            )
        })
    }
}

/// A role change is refused while the person still manages or works in a store: their
/// memberships would no longer fit the role. `old` is their role now; `in_stores` whether they
/// are a store's manager or engineer.
pub fn role_change_blocked(old: Role, new: Option<Role>, in_stores: bool) -> Option<FieldError> {
    (in_stores && new.is_some_and(|r| r != old)).then(|| {
        FieldError::new(
            "role",
            "still_in_stores",
            "remove the user from their stores before changing their role",
        )
    })
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
        if self.role.is_none()
            && self.active.is_none()
            && self.display_name.is_none()
            && self.email.is_none()
        {
            e.0.push(FieldError::new("body", "empty_patch", "nothing to change"));
        }
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
    #[cfg_attr(feature = "openapi", schema(value_type = crate::text::raw::NewPassword))]
    pub password: Secret,
}
