//! Local mode's admin screen against a real SQLite file: people (add, edit, role, deactivate,
//! new password) and stores (add, edit, manager and engineers), each under the domain's rules
//! the server applies too; a refused change leaves everything as it was.

use storedesk_client::{ClientError, Engine};
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::store::{Location, NewStore, StorePatch};
use storedesk_domain::api::user::{NewUser, PasswordReset, UserPatch};
use storedesk_domain::view::FirstRun;
use storedesk_domain::{Role, Secret, UserId};

fn person(username: &str, role: Role) -> NewUser {
    NewUser {
        id: None,
        username: username.into(),
        email: format!("{username}@example.com"),
        display_name: format!("{username} Example"),
        role,
        password: Secret::new(format!("{username}-first-password")),
    }
}

/// A local installation with only its first admin, signed in.
async fn installed(dir: &tempfile::TempDir) -> Engine {
    let e = Engine::open(&dir.path().join("storedesk.sqlite3"))
        .await
        .unwrap();
    e.choose_local().await.unwrap();
    e.first_run(FirstRun {
        admin: person("ada", Role::Admin),
        load_demo: false,
    })
    .await
    .unwrap();
    e
}

fn field_codes(e: ClientError) -> Vec<(String, String)> {
    match e {
        ClientError::Invalid(f) => f.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn sign_in(e: &Engine, login: &str, password: &str) -> Result<(), ClientError> {
    e.login(LoginRequest {
        login: login.into(),
        password: Secret::new(password),
    })
    .await
    .map(drop)
}

#[tokio::test]
async fn people_are_added_edited_deactivated_and_given_new_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let e = installed(&dir).await;
    let ada = e.me().await.unwrap();
    assert_eq!(e.people().await.unwrap().len(), 1);

    let bo = e.add_person(person("bob", Role::Engineer)).await.unwrap();
    assert_eq!(
        (bo.username.as_str(), bo.role, bo.active),
        ("bob", Role::Engineer, true)
    );
    // The same username in other letters is taken; nothing is added.
    let mut again = person("BOB", Role::Engineer);
    again.email = "other@example.com".into();
    let err = e.add_person(again).await.unwrap_err();
    assert_eq!(
        field_codes(err),
        [("username".to_owned(), "taken".to_owned())]
    );
    assert_eq!(e.people().await.unwrap().len(), 2);

    // An edit changes what it names.
    let bo = e
        .change_person(
            bo.id,
            UserPatch {
                display_name: Some("Bo Jansen".into()),
                ..UserPatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (bo.display_name.as_str(), bo.email.as_str()),
        ("Bo Jansen", "bob@example.com")
    );
    let err = e
        .change_person(bo.id, UserPatch::default())
        .await
        .unwrap_err();
    assert_eq!(
        field_codes(err),
        [("body".to_owned(), "empty_patch".to_owned())]
    );
    let err = e
        .change_person(
            bo.id,
            UserPatch {
                email: Some("ada@example.com".into()),
                ..UserPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(field_codes(err), [("email".to_owned(), "taken".to_owned())]);

    // An admin cannot lock themselves out.
    let err = e
        .change_person(
            ada.id,
            UserPatch {
                active: Some(false),
                ..UserPatch::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        field_codes(err),
        [("role".to_owned(), "self_lockout".to_owned())]
    );

    // A new password: too short is refused; then only the new one signs in.
    let err = e
        .reset_password(
            bo.id,
            PasswordReset {
                password: Secret::new("short"),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        field_codes(err),
        [("password".to_owned(), "too_short".to_owned())]
    );
    e.reset_password(
        bo.id,
        PasswordReset {
            password: Secret::new("bob-second-password"),
        },
    )
    .await
    .unwrap();

    // Deactivated: cannot sign in; reactivated: can again.
    let off = e
        .change_person(
            bo.id,
            UserPatch {
                active: Some(false),
                ..UserPatch::default()
            },
        )
        .await
        .unwrap();
    assert!(!off.active);
    assert!(matches!(
        sign_in(&e, "bob", "bob-second-password").await,
        Err(ClientError::BadLogin)
    ));
    sign_in(&e, "ada", "ada-first-password").await.unwrap();
    e.change_person(
        bo.id,
        UserPatch {
            active: Some(true),
            ..UserPatch::default()
        },
    )
    .await
    .unwrap();
    assert!(matches!(
        sign_in(&e, "bob", "bob-first-password").await,
        Err(ClientError::BadLogin)
    ));
    sign_in(&e, "bob", "bob-second-password").await.unwrap();

    // An engineer sees no admin screen.
    assert!(matches!(e.people().await, Err(ClientError::Forbidden(_))));
    assert!(matches!(
        e.admin_stores().await,
        Err(ClientError::Forbidden(_))
    ));
    assert!(matches!(
        e.add_person(person("eve", Role::Admin)).await,
        Err(ClientError::Forbidden(_))
    ));
}

#[tokio::test]
async fn stores_get_a_manager_and_engineers_who_fit_their_roles() {
    let dir = tempfile::tempdir().unwrap();
    let e = installed(&dir).await;
    let bo = e.add_person(person("bob", Role::Engineer)).await.unwrap();
    let cy = e
        .add_person(person("cyd", Role::StoreManager))
        .await
        .unwrap();
    let new = |code: &str, manager: Option<UserId>, engineers: Vec<UserId>| NewStore {
        id: None,
        code: code.into(),
        name: "Amsterdam Centraal".into(),
        location: Some(Location {
            address: "Stationsplein 15".into(),
            latitude: None,
            longitude: None,
        }),
        manager_id: manager,
        engineer_ids: engineers,
    };

    // An engineer as manager, a manager as engineer: refused, field by field; nothing added.
    let err = e
        .add_store(new("AMS-01", Some(bo.id), vec![cy.id]))
        .await
        .unwrap_err();
    assert_eq!(
        field_codes(err),
        [
            ("manager_id".to_owned(), "invalid_manager".to_owned()),
            ("engineer_ids[0]".to_owned(), "invalid_engineer".to_owned())
        ]
    );
    assert!(e.admin_stores().await.unwrap().is_empty());

    let ams = e
        .add_store(new("AMS-01", Some(cy.id), vec![bo.id]))
        .await
        .unwrap();
    let listed = e.admin_stores().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].location.address, "Stationsplein 15");
    assert_eq!(listed[0].manager.as_ref().map(|m| m.id), Some(cy.id));
    assert_eq!(
        listed[0].engineers.iter().map(|u| u.id).collect::<Vec<_>>(),
        [bo.id]
    );
    let err = e.add_store(new("ams-01", None, vec![])).await.unwrap_err();
    assert_eq!(field_codes(err), [("code".to_owned(), "taken".to_owned())]);

    // Bo works there: his role cannot change until he leaves the store.
    let to_manager = UserPatch {
        role: Some(Role::StoreManager),
        ..UserPatch::default()
    };
    let err = e
        .change_person(bo.id, to_manager.clone())
        .await
        .unwrap_err();
    assert_eq!(
        field_codes(err),
        [("role".to_owned(), "still_in_stores".to_owned())]
    );
    let unchanged = e.people().await.unwrap();
    assert_eq!(
        unchanged.iter().find(|u| u.id == bo.id).map(|u| u.role),
        Some(Role::Engineer),
        "a refused change leaves the person as they were"
    );
    let edited = e
        .change_store(
            ams.id,
            StorePatch {
                name: Some("Amsterdam CS".into()),
                engineer_ids: Some(vec![]),
                ..StorePatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(edited.name, "Amsterdam CS");
    assert_eq!(
        edited.manager.as_ref().map(|m| m.id),
        Some(cy.id),
        "the manager stays"
    );
    assert!(edited.engineers.is_empty());
    let bo = e.change_person(bo.id, to_manager).await.unwrap();
    assert_eq!(bo.role, Role::StoreManager);

    // The store's manager logs issues there; the new manager can take over.
    sign_in(&e, "cyd", "cyd-first-password").await.unwrap();
    let mine = e.stores_for_new_issue().await.unwrap();
    assert_eq!(
        mine.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(),
        ["AMS-01"]
    );
    sign_in(&e, "ada", "ada-first-password").await.unwrap();
    let moved = e
        .change_store(
            ams.id,
            StorePatch {
                manager_id: Some(Some(bo.id)),
                ..StorePatch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(moved.manager.map(|m| m.id), Some(bo.id));
    sign_in(&e, "cyd", "cyd-first-password").await.unwrap();
    assert!(e.stores_for_new_issue().await.unwrap().is_empty());
}
