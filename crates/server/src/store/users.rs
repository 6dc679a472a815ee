use crate::error::{ApiError, ApiResult};
use sqlx::{FromRow, PgExecutor, PgPool};
use storedesk_domain::api::page::Page;
use storedesk_domain::api::user::{role_change_blocked, User, ValidNewUser, ValidUserPatch};
use storedesk_domain::policy::Actor;
use storedesk_domain::{Role, StoreId, UserId};
use uuid::Uuid;

#[derive(FromRow)]
struct UserRow {
    id: Uuid,
    username: String,
    email: String,
    display_name: String,
    role: String,
    active: bool,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: UserId(r.id),
            username: r.username,
            email: r.email,
            display_name: r.display_name,
            // The column has a CHECK constraint listing exactly these names.
            role: Role::parse(&r.role).unwrap_or(Role::Engineer),
            active: r.active,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

const USER_COLUMNS: &str =
    "id, username, email, display_name, role, active, created_at, updated_at";

pub async fn load_actor(db: &PgPool, id: Uuid, version: i32) -> ApiResult<Option<Actor>> {
    let row: Option<(Uuid, String, Vec<Uuid>, Vec<Uuid>)> = sqlx::query_as(
        "select u.id, u.role,
                array(select s.id from stores s where s.manager_id = u.id),
                array(select e.store_id from store_engineers e where e.user_id = u.id)
         from users u where u.id = $1 and u.active and u.token_version = $2",
    )
    .bind(id)
    .bind(version)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(id, role, managed, eng)| Actor {
        id: UserId(id),
        role: Role::parse(&role).unwrap_or(Role::Engineer),
        managed_stores: managed.into_iter().map(StoreId).collect(),
        engineer_stores: eng.into_iter().map(StoreId).collect(),
    }))
}

pub struct LoginRow {
    pub id: Uuid,
    pub password_hash: String,
    pub active: bool,
    pub token_version: i32,
}

pub async fn find_for_login(db: &PgPool, login: &str) -> ApiResult<Option<LoginRow>> {
    let row: Option<(Uuid, String, bool, i32)> = sqlx::query_as(
        "select id, password_hash, active, token_version from users
         where username = lower($1) or lower(email) = lower($1) limit 1",
    )
    .bind(login.trim())
    .fetch_optional(db)
    .await?;
    Ok(
        row.map(|(id, password_hash, active, token_version)| LoginRow {
            id,
            password_hash,
            active,
            token_version,
        }),
    )
}

pub async fn token_version(db: &PgPool, id: Uuid) -> ApiResult<Option<i32>> {
    Ok(
        sqlx::query_scalar("select token_version from users where id = $1 and active")
            .bind(id)
            .fetch_optional(db)
            .await?,
    )
}

pub async fn create<'e>(
    db: impl PgExecutor<'e>,
    id: Uuid,
    u: &ValidNewUser,
    role: Role,
    password_hash: &str,
) -> ApiResult<User> {
    let row: UserRow = sqlx::query_as(&format!(
        "insert into users (id, username, email, display_name, role, password_hash)
         values ($1, $2, $3, $4, $5, $6) returning {USER_COLUMNS}"
    ))
    .bind(id)
    .bind(u.username.as_str())
    .bind(u.email.as_str())
    .bind(u.display_name.as_str())
    .bind(role.as_str())
    .bind(password_hash)
    .fetch_one(db)
    .await?;
    Ok(row.into())
}

pub async fn get(db: &PgPool, id: UserId) -> ApiResult<User> {
    let row: Option<UserRow> =
        sqlx::query_as(&format!("select {USER_COLUMNS} from users where id = $1"))
            .bind(id.0)
            .fetch_optional(db)
            .await?;
    row.map(Into::into).ok_or(ApiError::NotFound("user"))
}

pub async fn list(db: &PgPool, page: u32, per_page: u32) -> ApiResult<Page<User>> {
    let rows: Vec<(i64, sqlx::types::Json<serde_json::Value>)> = sqlx::query_as(
        "select count(*) over (), to_json(u) from (
            select id, username, email, display_name, role, active, created_at, updated_at
            from users) u
         order by u.username limit $1 offset $2",
    )
    .bind(i64::from(per_page))
    .bind(i64::from(page.saturating_sub(1)) * i64::from(per_page))
    .fetch_all(db)
    .await?;
    let total = match rows.first() {
        Some((t, _)) => *t,
        None => {
            sqlx::query_scalar("select count(*) from users")
                .fetch_one(db)
                .await?
        }
    };
    let items = rows
        .into_iter()
        .map(|(_, j)| serde_json::from_value(j.0).map_err(|e| ApiError::Internal(e.into())))
        .collect::<ApiResult<Vec<User>>>()?;
    Ok(Page {
        items,
        total,
        total_exact: true,
        page,
        per_page,
    })
}

/// Applies an admin's edit in one transaction. A role change is refused while the user is
/// still a store's manager or engineer: their memberships would no longer fit the role.
/// Deactivation bumps the token version and revokes refresh tokens, so sessions end at once.
pub async fn patch(db: &PgPool, id: UserId, p: &ValidUserPatch) -> ApiResult<User> {
    let mut tx = db.begin().await?;
    let current: Option<(String, bool)> =
        sqlx::query_as("select role, active from users where id = $1 for update")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
    let (role, _) = current.ok_or(ApiError::NotFound("user"))?;
    if p.role.is_some_and(|r| r.as_str() != role) {
        let member: bool = sqlx::query_scalar(
            "select exists (select 1 from stores where manager_id = $1)
                 or exists (select 1 from store_engineers where user_id = $1)",
        )
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
        let old = Role::parse(&role).unwrap_or(Role::Engineer);
        if let Some(e) = role_change_blocked(old, p.role, member) {
            return Err(ApiError::Conflict(e));
        }
    }
    let row: UserRow = sqlx::query_as(&format!(
        "update users set
            role = coalesce($2, role),
            display_name = coalesce($3, display_name),
            email = coalesce($4, email),
            token_version = token_version + case when $5 = false and active then 1 else 0 end,
            active = coalesce($5, active),
            updated_at = now()
         where id = $1 returning {USER_COLUMNS}"
    ))
    .bind(id.0)
    .bind(p.role.map(Role::as_str))
    .bind(p.display_name.as_ref().map(|n| n.as_str()))
    .bind(p.email.as_ref().map(|e| e.as_str()))
    .bind(p.active)
    .fetch_one(&mut *tx)
    .await?;
    if p.active == Some(false) {
        super::tokens::revoke_user(&mut *tx, id.0).await?;
    }
    tx.commit().await?;
    Ok(row.into())
}

pub async fn set_password(db: &PgPool, id: UserId, hash: &str) -> ApiResult<()> {
    let mut tx = db.begin().await?;
    let n = sqlx::query(
        "update users set password_hash = $2, token_version = token_version + 1, updated_at = now()
         where id = $1",
    )
    .bind(id.0)
    .bind(hash)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(ApiError::NotFound("user"));
    }
    super::tokens::revoke_user(&mut *tx, id.0).await?;
    tx.commit().await?;
    Ok(())
}

/// Role and active flag of users, for checks such as "is the assignee an engineer".
pub async fn roles(db: &PgPool, ids: &[Uuid]) -> ApiResult<Vec<(Uuid, Role, bool)>> {
    let rows: Vec<(Uuid, String, bool)> =
        sqlx::query_as("select id, role, active from users where id = any($1)")
            .bind(ids)
            .fetch_all(db)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, r, a)| (id, Role::parse(&r).unwrap_or(Role::Engineer), a))
        .collect())
}
