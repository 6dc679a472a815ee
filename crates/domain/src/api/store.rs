use super::{double_option, non_null, user::UserSummary, Errors};
use crate::text::{check_coordinates, Address, Name, StoreCode};
use crate::{FieldError, Role, StoreId, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Address))]
    pub address: String,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
}

/// A store as nested in issues and messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoreSummary {
    pub id: StoreId,
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Store {
    pub id: StoreId,
    pub code: String,
    pub name: String,
    pub location: Location,
    pub manager: Option<UserSummary>,
    pub engineers: Vec<UserSummary>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewStore {
    #[serde(default)]
    pub id: Option<StoreId>,
    #[cfg_attr(feature = "openapi", schema(value_type = StoreCode))]
    pub code: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub name: String,
    #[serde(default)]
    pub location: Option<Location>,
    #[serde(default)]
    pub manager_id: Option<UserId>,
    #[serde(default)]
    pub engineer_ids: Vec<UserId>,
}

pub struct ValidLocation {
    pub address: Address,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

fn validate_location(e: &mut Errors, l: &Location) -> Option<ValidLocation> {
    let address = e.take(Address::parse_field("location.address", &l.address));
    let coords = e.take(check_coordinates(l.latitude, l.longitude));
    coords?;
    Some(ValidLocation {
        address: address?,
        latitude: l.latitude,
        longitude: l.longitude,
    })
}

pub struct ValidNewStore {
    pub code: StoreCode,
    pub name: Name,
    pub location: Option<ValidLocation>,
}

impl NewStore {
    pub fn validate(&self) -> Result<ValidNewStore, Vec<FieldError>> {
        let mut e = Errors::default();
        let code = e.take(StoreCode::parse_field("code", &self.code));
        let name = e.take(Name::parse_field("name", &self.name));
        let location = self
            .location
            .as_ref()
            .and_then(|l| validate_location(&mut e, l));
        e.finish(|| ValidNewStore {
            code: code.unwrap(),
            name: name.unwrap(),
            location,
        })
    }
}

/// Admin edit of a store. Absent fields are left alone; `manager_id: null` removes the manager;
/// `engineer_ids` replaces the whole set.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StorePatch {
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = StoreCode))]
    pub code: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Name))]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Location))]
    pub location: Option<Location>,
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<UserId>))]
    pub manager_id: Option<Option<UserId>>,
    #[serde(
        default,
        deserialize_with = "non_null",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<UserId>))]
    pub engineer_ids: Option<Vec<UserId>>,
}

pub struct ValidStorePatch {
    pub code: Option<StoreCode>,
    pub name: Option<Name>,
    pub location: Option<ValidLocation>,
}

impl StorePatch {
    pub fn validate(&self) -> Result<ValidStorePatch, Vec<FieldError>> {
        let mut e = Errors::default();
        let code = self
            .code
            .as_deref()
            .and_then(|s| e.take(StoreCode::parse_field("code", s)));
        let name = self
            .name
            .as_deref()
            .and_then(|s| e.take(Name::parse_field("name", s)));
        let location = self
            .location
            .as_ref()
            .and_then(|l| validate_location(&mut e, l));
        if self.code.is_none()
            && self.name.is_none()
            && self.location.is_none()
            && self.manager_id.is_none()
            && self.engineer_ids.is_none()
        {
            e.0.push(FieldError::new("body", "empty_patch", "nothing to change"));
        }
        e.finish(|| ValidStorePatch {
            code,
            name,
            location,
        })
    }
}

/// What the members check needs of a person: their role and whether they are active (`None`: no
/// such person).
pub type Standing = Option<(Role, bool)>;

/// A store's manager must be an active store manager, its engineers active engineers: the one
/// rule the server and local mode both apply to a new or edited store. `manager` is `None` when
/// the store gets no manager (or the patch leaves it).
pub fn member_errors(manager: Option<Standing>, engineers: &[Standing]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(m) = manager {
        if m != Some((Role::StoreManager, true)) {
            errors.push(FieldError::new(
                "manager_id",
                "invalid_manager",
                "the manager must be an active store manager",
            ));
        }
    }
    for (i, e) in engineers.iter().enumerate() {
        if *e != Some((Role::Engineer, true)) {
            errors.push(FieldError::new(
                format!("engineer_ids[{i}]"),
                "invalid_engineer",
                "each engineer must be an active engineer",
            ));
        }
    }
    errors
}

#[cfg(test)]
mod member_tests {
    use super::*;

    /// What the desktop sends is what the server reads: an unchanged field is left out (a
    /// `null` would be refused, or for the manager read as "no manager").
    #[test]
    fn a_patch_sends_only_what_it_changes() {
        let p = StorePatch {
            name: Some("Amsterdam CS".into()),
            manager_id: Some(None),
            ..StorePatch::default()
        };
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"name": "Amsterdam CS", "manager_id": null})
        );
        let back: StorePatch = serde_json::from_value(json).unwrap();
        assert_eq!(
            (back.name.as_deref(), back.manager_id),
            (Some("Amsterdam CS"), Some(None))
        );
        assert_eq!(back.code, None);
        let u = crate::api::user::UserPatch {
            active: Some(false),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&u).unwrap(),
            serde_json::json!({"active": false})
        );
    }

    #[test]
    fn managers_and_engineers_must_hold_their_role_and_be_active() {
        assert!(member_errors(
            Some(Some((Role::StoreManager, true))),
            &[Some((Role::Engineer, true))]
        )
        .is_empty());
        let e = member_errors(
            Some(Some((Role::Engineer, true))),
            &[
                Some((Role::Engineer, false)),
                None,
                Some((Role::Engineer, true)),
            ],
        );
        let fields: Vec<&str> = e.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["manager_id", "engineer_ids[0]", "engineer_ids[1]"]);
        assert_eq!(member_errors(Some(None), &[]).len(), 1);
        assert!(member_errors(None, &[]).is_empty());
    }
}
