//! What an admin's edit form changes: only the fields that differ from the record as loaded,
//! so saving an untouched form says "nothing to change" instead of rewriting the row (and a
//! store's people are only checked again when they were changed). Pure, tested natively.

use storedesk_domain::api::store::{Store, StorePatch};
use storedesk_domain::api::user::{User, UserPatch};
use storedesk_domain::{Role, UserId};

/// The person form's values.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonForm {
    pub display_name: String,
    pub email: String,
    pub role: Role,
}

pub fn person(current: &User, f: &PersonForm) -> UserPatch {
    UserPatch {
        role: (f.role != current.role).then_some(f.role),
        active: None,
        display_name: (f.display_name != current.display_name).then(|| f.display_name.clone()),
        email: (f.email != current.email).then(|| f.email.clone()),
    }
}

/// The store form's values.
#[derive(Clone, Debug, PartialEq)]
pub struct StoreForm {
    pub code: String,
    pub name: String,
    pub address: String,
    pub manager: Option<UserId>,
    pub engineers: Vec<UserId>,
}

pub fn store(current: &Store, f: &StoreForm) -> StorePatch {
    let manager_now = current.manager.as_ref().map(|m| m.id);
    let mut engineers_now: Vec<UserId> = current.engineers.iter().map(|e| e.id).collect();
    engineers_now.sort_by_key(|u| u.0);
    let mut engineers = f.engineers.clone();
    engineers.sort_by_key(|u| u.0);
    let mut location = current.location.clone();
    location.address.clone_from(&f.address);
    StorePatch {
        code: (f.code != current.code).then(|| f.code.clone()),
        name: (f.name != current.name).then(|| f.name.clone()),
        location: (f.address != current.location.address).then_some(location),
        manager_id: (f.manager != manager_now).then_some(f.manager),
        engineer_ids: (engineers != engineers_now).then_some(engineers),
    }
}

/// Nothing differs: the form says so and calls nothing.
pub fn unchanged_person(p: &UserPatch) -> bool {
    p.role.is_none() && p.active.is_none() && p.display_name.is_none() && p.email.is_none()
}

pub fn unchanged_store(p: &StorePatch) -> bool {
    p.code.is_none()
        && p.name.is_none()
        && p.location.is_none()
        && p.manager_id.is_none()
        && p.engineer_ids.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use storedesk_domain::api::store::Location;
    use storedesk_domain::api::user::UserSummary;
    use storedesk_domain::StoreId;
    use uuid::Uuid;

    fn someone(n: u128) -> UserSummary {
        UserSummary {
            id: UserId(Uuid::from_u128(n)),
            username: format!("u{n}"),
            display_name: format!("U {n}"),
        }
    }

    #[test]
    fn a_person_form_sends_only_what_changed() {
        let u = User {
            id: UserId(Uuid::from_u128(1)),
            username: "anna".into(),
            email: "anna@example.com".into(),
            display_name: "Anna".into(),
            role: Role::Engineer,
            active: true,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let same = PersonForm {
            display_name: "Anna".into(),
            email: "anna@example.com".into(),
            role: Role::Engineer,
        };
        assert!(unchanged_person(&person(&u, &same)));
        let renamed = PersonForm {
            display_name: "Anna de Vries".into(),
            ..same
        };
        let p = person(&u, &renamed);
        assert_eq!(p.display_name.as_deref(), Some("Anna de Vries"));
        assert_eq!((p.email, p.role), (None, None));
    }

    #[test]
    fn a_store_form_sends_people_only_when_they_changed() {
        let s = Store {
            id: StoreId(Uuid::from_u128(9)),
            code: "AMS".into(),
            name: "Amsterdam".into(),
            location: Location {
                address: "Dam 1".into(),
                latitude: Some(52.37),
                longitude: Some(4.89),
            },
            manager: Some(someone(1)),
            engineers: vec![someone(2), someone(3)],
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let same = StoreForm {
            code: "AMS".into(),
            name: "Amsterdam".into(),
            address: "Dam 1".into(),
            manager: Some(someone(1).id),
            // Another order is the same team.
            engineers: vec![someone(3).id, someone(2).id],
        };
        assert!(unchanged_store(&store(&s, &same)));
        let moved = StoreForm {
            address: "Damrak 5".into(),
            manager: None,
            ..same
        };
        let p = store(&s, &moved);
        let loc = p.location.expect("the address changed");
        assert_eq!(loc.address, "Damrak 5");
        assert_eq!(loc.latitude, Some(52.37), "the coordinates stay");
        assert_eq!(p.manager_id, Some(None), "the manager is removed");
        assert_eq!(p.engineer_ids, None);
    }
}
