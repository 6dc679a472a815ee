//! People in the local database (local mode's admin screen): the list, an edit, a new password.
//! The rules are the domain's (`UserPatch::validate`, `ValidUserPatch::locks_out`,
//! `role_change_blocked`, `check_new_password`), the same the server applies to its users.

use crate::account;
use crate::error::{ClientError, ClientResult};
use anyhow::Context;
use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use storedesk_domain::api::user::{role_change_blocked, PasswordReset, User, UserPatch};
use storedesk_domain::text::check_new_password;
use storedesk_domain::view::SessionUser;
use storedesk_domain::{FieldError, Role, UserId};

type UserRow = (
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    bool,
    DateTime<Utc>,
    DateTime<Utc>,
);

const COLUMNS: &str = "id, username, email, display_name, role, active, created_at, updated_at";

fn user(r: UserRow) -> ClientResult<User> {
    let (id, username, email, display_name, role, active, created_at, updated_at) = r;
    Ok(User {
        id: UserId::parse(&id).context("a user id in the local database")?,
        username,
        email: email.unwrap_or_default(),
        display_name,
        // Local accounts always have a role; the cache of a server may not know one.
        role: Role::parse(role.as_deref().unwrap_or("engineer"))
            .context("a role in the local database")?,
        active,
        created_at,
        updated_at,
    })
}

/// Everyone, by name.
pub async fn list(db: &SqlitePool) -> ClientResult<Vec<User>> {
    let rows: Vec<UserRow> = sqlx::query_as(&format!(
        "select {COLUMNS} from users order by display_name collate nocase, username"
    ))
    .fetch_all(db)
    .await?;
    rows.into_iter().map(user).collect()
}

pub async fn get(db: &SqlitePool, id: UserId) -> ClientResult<User> {
    let row: Option<UserRow> =
        sqlx::query_as(&format!("select {COLUMNS} from users where id = ?1"))
            .bind(id.0.to_string())
            .fetch_optional(db)
            .await?;
    user(row.ok_or(ClientError::NotFound("this person"))?)
}

/// An admin's edit of `id`: name, email, role, active.
pub async fn patch(
    db: &SqlitePool,
    me: &SessionUser,
    id: UserId,
    p: &UserPatch,
) -> ClientResult<User> {
    let v = p.validate().map_err(ClientError::Invalid)?;
    if let Some(e) = v.locks_out(me.id, me.role, id) {
        return Err(ClientError::Invalid(vec![e]));
    }
    let current = get(db, id).await?;
    let in_stores: bool =
        sqlx::query_scalar("select exists (select 1 from store_members where user_id = ?1)")
            .bind(id.0.to_string())
            .fetch_one(db)
            .await?;
    if let Some(e) = role_change_blocked(current.role, v.role, in_stores) {
        return Err(ClientError::Invalid(vec![e]));
    }
    if let Some(email) = &v.email {
        let taken: bool = sqlx::query_scalar(
            "select exists (select 1 from users where email = ?1 collate nocase and id <> ?2)",
        )
        .bind(email.as_str())
        .bind(id.0.to_string())
        .fetch_one(db)
        .await?;
        if taken {
            return Err(ClientError::Invalid(vec![FieldError::new(
                "email",
                "taken",
                "email is already used by another person",
            )]));
        }
    }
    sqlx::query(
        "update users set
            role = coalesce(?2, role),
            display_name = coalesce(?3, display_name),
            email = coalesce(?4, email),
            active = coalesce(?5, active),
            updated_at = ?6
         where id = ?1",
    )
    .bind(id.0.to_string())
    .bind(v.role.map(Role::as_str))
    .bind(v.display_name.as_ref().map(|n| n.as_str()))
    .bind(v.email.as_ref().map(|e| e.as_str()))
    .bind(v.active)
    .bind(Utc::now())
    .execute(db)
    .await?;
    get(db, id).await
}

/// A new password for `id` (local accounts only have one here).
pub async fn reset_password(db: &SqlitePool, id: UserId, p: &PasswordReset) -> ClientResult<()> {
    check_new_password("password", p.password.expose())
        .map_err(|e| ClientError::Invalid(vec![e]))?;
    get(db, id).await?;
    let hashed = account::hash(p.password.expose().to_owned()).await?;
    sqlx::query(
        "insert into local_credentials (user_id, password_hash) values (?1, ?2)
         on conflict (user_id) do update set password_hash = excluded.password_hash",
    )
    .bind(id.0.to_string())
    .bind(hashed)
    .execute(db)
    .await?;
    Ok(())
}
