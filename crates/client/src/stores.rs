//! Stores in the local database: the ones a person may log issues in, and (local mode's admin
//! screen) every store with its people, new stores and edits under the domain's rules.

use crate::error::{ClientError, ClientResult};
use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use storedesk_domain::api::store::{
    member_errors, Location, NewStore, Standing, Store, StorePatch, StoreSummary,
};
use storedesk_domain::api::user::UserSummary;
use storedesk_domain::view::SessionUser;
use storedesk_domain::{FieldError, StoreId, UserId};
use uuid::Uuid;

pub async fn exists(db: &SqlitePool, id: StoreId) -> ClientResult<bool> {
    Ok(
        sqlx::query_scalar("select exists (select 1 from stores where id = ?1)")
            .bind(id.0.to_string())
            .fetch_one(db)
            .await?,
    )
}

/// The stores `me` may log issues in (`policy::Actor::can_create_issue_in`), by name.
pub async fn for_new_issue(db: &SqlitePool, me: &SessionUser) -> ClientResult<Vec<StoreSummary>> {
    let all: Vec<(String, String, String)> =
        sqlx::query_as("select id, code, name from stores order by name")
            .fetch_all(db)
            .await?;
    let actor = me.actor();
    let mut out = Vec::new();
    for (id, code, name) in all {
        let id = StoreId::parse(&id).context("a store id in the local database")?;
        if actor.can_create_issue_in(id) {
            out.push(StoreSummary { id, code, name });
        }
    }
    Ok(out)
}

type StoreRow = (String, String, String, String, DateTime<Utc>, DateTime<Utc>);

/// Every store with its manager and engineers, by name (the admin screen).
pub async fn list(db: &SqlitePool) -> ClientResult<Vec<Store>> {
    let rows: Vec<StoreRow> = sqlx::query_as(
        "select id, code, name, address, created_at, updated_at from stores
         order by name collate nocase",
    )
    .fetch_all(db)
    .await?;
    let members: Vec<(String, String, String, String, String)> = sqlx::query_as(
        "select m.store_id, m.kind, u.id, u.username, u.display_name
         from store_members m join users u on u.id = m.user_id
         order by u.display_name collate nocase",
    )
    .fetch_all(db)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, code, name, address, created_at, updated_at) in rows {
        let mut store = Store {
            id: StoreId::parse(&id).context("a store id in the local database")?,
            code,
            name,
            location: Location {
                address,
                latitude: None,
                longitude: None,
            },
            manager: None,
            engineers: Vec::new(),
            created_at,
            updated_at,
        };
        for (_, kind, uid, username, display_name) in members.iter().filter(|m| m.0 == id) {
            let person = UserSummary {
                id: UserId::parse(uid).context("a user id in the local database")?,
                username: username.clone(),
                display_name: display_name.clone(),
            };
            if kind == "manager" {
                store.manager = Some(person);
            } else {
                store.engineers.push(person);
            }
        }
        out.push(store);
    }
    Ok(out)
}

pub async fn get(db: &SqlitePool, id: StoreId) -> ClientResult<Store> {
    list(db)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(ClientError::NotFound("this store"))
}

/// The people a store will have, checked by the domain's members rule and looked up for the
/// stored row.
async fn members(
    db: &SqlitePool,
    manager: Option<UserId>,
    engineers: &[UserId],
) -> ClientResult<(Option<UserSummary>, Vec<UserSummary>)> {
    // The same engineer ticked twice is one engineer (as the server reads it).
    let mut unique: Vec<UserId> = Vec::with_capacity(engineers.len());
    for e in engineers {
        if !unique.contains(e) {
            unique.push(*e);
        }
    }
    let engineers = unique.as_slice();
    let people = crate::people::list(db).await?;
    let find = |id: UserId| people.iter().find(|u| u.id == id);
    let standing = |id: UserId| -> Standing { find(id).map(|u| (u.role, u.active)) };
    let engineer_standing: Vec<Standing> = engineers.iter().map(|e| standing(*e)).collect();
    let errors = member_errors(manager.map(standing), &engineer_standing);
    if !errors.is_empty() {
        return Err(ClientError::Invalid(errors));
    }
    let summary = |id: UserId| {
        find(id).map(|u| UserSummary {
            id: u.id,
            username: u.username.clone(),
            display_name: u.display_name.clone(),
        })
    };
    Ok((
        manager.and_then(summary),
        engineers.iter().filter_map(|e| summary(*e)).collect(),
    ))
}

async fn code_taken(db: &SqlitePool, code: &str, other_than: Option<StoreId>) -> ClientResult<()> {
    let taken: bool = sqlx::query_scalar(
        "select exists (select 1 from stores where code = ?1 collate nocase and id is not ?2)",
    )
    .bind(code)
    .bind(other_than.map(|s| s.0.to_string()))
    .fetch_one(db)
    .await?;
    if taken {
        return Err(ClientError::Invalid(vec![FieldError::new(
            "code",
            "taken",
            "code is already used by another store",
        )]));
    }
    Ok(())
}

/// A new store with its people, written as the feed writes a server's store.
pub async fn create(db: &SqlitePool, n: &NewStore) -> ClientResult<Store> {
    let v = n.validate().map_err(ClientError::Invalid)?;
    if let Some(id) = n.id {
        if exists(db, id).await? {
            return Err(ClientError::Conflict("this store exists already".into()));
        }
    }
    code_taken(db, v.code.as_str(), None).await?;
    let (manager, engineers) = members(db, n.manager_id, &n.engineer_ids).await?;
    let now = Utc::now();
    let store = Store {
        id: n.id.unwrap_or(StoreId(Uuid::now_v7())),
        code: v.code.as_str().to_owned(),
        name: v.name.as_str().to_owned(),
        location: Location {
            address: v
                .location
                .as_ref()
                .map(|l| l.address.as_str().to_owned())
                .unwrap_or_default(),
            latitude: None,
            longitude: None,
        },
        manager,
        engineers,
        created_at: now,
        updated_at: now,
    };
    write(db, &store).await?;
    Ok(store)
}

/// An admin's edit: name, code, address, manager, engineers.
pub async fn patch(db: &SqlitePool, id: StoreId, p: &StorePatch) -> ClientResult<Store> {
    let v = p.validate().map_err(ClientError::Invalid)?;
    let mut store = get(db, id).await?;
    if let Some(code) = &v.code {
        code_taken(db, code.as_str(), Some(id)).await?;
        store.code = code.as_str().to_owned();
    }
    if let Some(name) = &v.name {
        store.name = name.as_str().to_owned();
    }
    if let Some(l) = &v.location {
        store.location.address = l.address.as_str().to_owned();
    }
    // Only what the patch names is checked: people already in the store stay as they are.
    let (checked_manager, checked_engineers) = members(
        db,
        p.manager_id.flatten(),
        p.engineer_ids.as_deref().unwrap_or_default(),
    )
    .await?;
    if p.manager_id.is_some() {
        store.manager = checked_manager;
    }
    if p.engineer_ids.is_some() {
        store.engineers = checked_engineers;
    }
    store.updated_at = Utc::now();
    write(db, &store).await?;
    Ok(store)
}

/// One transaction: the store row and its members (`sync::apply::store`, the feed's writer).
pub(crate) async fn write(db: &SqlitePool, s: &Store) -> ClientResult<()> {
    let mut tx = db.begin().await?;
    crate::sync::apply::store(&mut tx, s).await?;
    tx.commit().await?;
    Ok(())
}
