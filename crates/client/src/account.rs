//! Local accounts (local mode): the first administrator, sign-in by username or email, and the
//! signed-in person with the stores they reach. Passwords are stored only as the domain's argon2id
//! hash; hashing runs on a blocking thread.

use crate::error::{ClientError, ClientResult};
use anyhow::Context;
use chrono::Utc;
use sqlx::SqlitePool;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::user::NewUser;
use storedesk_domain::view::SessionUser;
use storedesk_domain::{password, FieldError, Role, StoreId, UserId};
use uuid::Uuid;

pub async fn user_count(db: &SqlitePool) -> ClientResult<i64> {
    Ok(sqlx::query_scalar("select count(*) from users")
        .fetch_one(db)
        .await?)
}

pub(crate) async fn hash(secret: String) -> ClientResult<String> {
    let h = tokio::task::spawn_blocking(move || password::hash(&secret))
        .await
        .context("password hashing task")?
        .context("hashing the password")?;
    Ok(h)
}

/// Creates a user with a local password (the first admin, demo people).
pub async fn create(db: &SqlitePool, n: &NewUser) -> ClientResult<UserId> {
    let v = n.validate().map_err(ClientError::Invalid)?;
    let taken: Option<String> = sqlx::query_scalar(
        "select username from users where username = ?1 collate nocase or email = ?2 collate nocase",
    )
    .bind(v.username.as_str())
    .bind(v.email.as_str())
    .fetch_optional(db)
    .await?;
    if let Some(who) = taken {
        let field = if who.eq_ignore_ascii_case(v.username.as_str()) {
            "username"
        } else {
            "email"
        };
        return Err(ClientError::Invalid(vec![FieldError::new(
            field,
            "taken",
            format!("{field} is already used by another person"),
        )]));
    }
    let hashed = hash(n.password.expose().to_owned()).await?;
    let id = n.id.unwrap_or(UserId(Uuid::now_v7()));
    let now = Utc::now();
    let mut tx = db.begin().await?;
    sqlx::query(
        "insert into users (id, username, email, display_name, role, created_at, updated_at)
         values (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )
    .bind(id.0.to_string())
    .bind(v.username.as_str())
    .bind(v.email.as_str())
    .bind(v.display_name.as_str())
    .bind(n.role.as_str())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("insert into local_credentials (user_id, password_hash) values (?1, ?2)")
        .bind(id.0.to_string())
        .bind(hashed)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// The first administrator of a local installation; refused once anyone exists.
pub async fn first_admin(db: &SqlitePool, n: &NewUser) -> ClientResult<SessionUser> {
    if n.role != Role::Admin {
        return Err(ClientError::Invalid(vec![FieldError::new(
            "role",
            "invalid",
            "the first person must be an administrator",
        )]));
    }
    if user_count(db).await? > 0 {
        return Err(ClientError::Conflict(
            "StoreDesk on this computer already has an administrator: sign in instead".into(),
        ));
    }
    let id = create(db, n).await?;
    session_user(db, id).await
}

pub async fn login(db: &SqlitePool, req: LoginRequest) -> ClientResult<SessionUser> {
    req.validate().map_err(ClientError::Invalid)?;
    let found: Option<(String, String)> = sqlx::query_as(
        "select u.id, c.password_hash from users u join local_credentials c on c.user_id = u.id
         where u.active = 1 and (u.username = ?1 collate nocase or u.email = ?1 collate nocase)",
    )
    .bind(req.login.trim())
    .fetch_optional(db)
    .await?;
    let (id, stored) = match found {
        Some((id, h)) => (Some(id), Some(h)),
        None => (None, None),
    };
    let secret = req.password.into_exposed();
    let ok = tokio::task::spawn_blocking(move || password::verify(&secret, stored.as_deref()))
        .await
        .context("password check task")?
        .context("checking the password")?;
    match (ok, id) {
        (true, Some(id)) => {
            let id = UserId::parse(&id).context("a user id in the local database")?;
            session_user(db, id).await
        }
        _ => Err(ClientError::BadLogin),
    }
}

/// The person with the stores they manage and work in.
pub async fn session_user(db: &SqlitePool, id: UserId) -> ClientResult<SessionUser> {
    let (username, display_name, role): (String, String, String) =
        sqlx::query_as("select username, display_name, role from users where id = ?1")
            .bind(id.0.to_string())
            .fetch_optional(db)
            .await?
            .ok_or(ClientError::NotFound("this person"))?;
    let members: Vec<(String, String)> =
        sqlx::query_as("select store_id, kind from store_members where user_id = ?1")
            .bind(id.0.to_string())
            .fetch_all(db)
            .await?;
    let stores = |kind: &str| -> ClientResult<Vec<StoreId>> {
        members
            .iter()
            .filter(|(_, k)| k == kind)
            .map(|(s, _)| {
                StoreId::parse(s)
                    .context("a store id in the local database")
                    .map_err(ClientError::from)
            })
            .collect()
    };
    Ok(SessionUser {
        id,
        username,
        display_name,
        role: Role::parse(&role).context("a role in the local database")?,
        managed_stores: stores("manager")?,
        engineer_stores: stores("engineer")?,
    })
}
