use super::{decode, user_summary_json};
use crate::error::{ApiError, ApiResult};
use sqlx::types::Json;
use sqlx::{PgPool, Postgres, Transaction};
use storedesk_domain::api::store::{Store, ValidLocation, ValidNewStore, ValidStorePatch};
use storedesk_domain::policy::Actor;
use storedesk_domain::{StoreId, UserId};
use uuid::Uuid;

/// The `Store` DTO as JSON, for alias `s`.
pub(crate) fn store_json() -> String {
    format!(
        "json_build_object('id', s.id, 'code', s.code, 'name', s.name,
            'location', json_build_object('address', s.address, 'latitude', s.latitude, 'longitude', s.longitude),
            'manager', (select {m} from users m where m.id = s.manager_id),
            'engineers', coalesce((select json_agg({u} order by u.username)
                                   from store_engineers e join users u on u.id = e.user_id
                                   where e.store_id = s.id), '[]'),
            'created_at', s.created_at, 'updated_at', s.updated_at)",
        m = user_summary_json("m"),
        u = user_summary_json("u"),
    )
}

pub async fn get(db: &PgPool, id: StoreId) -> ApiResult<Store> {
    let row: Option<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} from stores s where s.id = $1",
        store_json()
    ))
    .bind(id.0)
    .fetch_optional(db)
    .await?;
    decode(row.ok_or(ApiError::NotFound("store"))?.0)
}

/// Stores the caller reaches (all of them for admins).
pub async fn list(db: &PgPool, actor: &Actor) -> ApiResult<Vec<Store>> {
    let rows: Vec<Json<serde_json::Value>> = sqlx::query_scalar(&format!(
        "select {} from stores s
         where $1 or s.manager_id = $2 or exists
             (select 1 from store_engineers e where e.store_id = s.id and e.user_id = $2)
         order by s.code",
        store_json()
    ))
    .bind(actor.is_admin())
    .bind(actor.id.0)
    .fetch_all(db)
    .await?;
    rows.into_iter().map(|j| decode(j.0)).collect()
}

pub async fn create(
    db: &PgPool,
    id: Uuid,
    s: &ValidNewStore,
    manager: Option<UserId>,
    engineers: &[UserId],
) -> ApiResult<Store> {
    let mut tx = db.begin().await?;
    let loc = s.location.as_ref();
    sqlx::query(
        "insert into stores (id, code, name, address, latitude, longitude, manager_id)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(s.code.as_str())
    .bind(s.name.as_str())
    .bind(loc.map(|l| l.address.as_str()).unwrap_or(""))
    .bind(loc.and_then(|l| l.latitude))
    .bind(loc.and_then(|l| l.longitude))
    .bind(manager.map(|m| m.0))
    .execute(&mut *tx)
    .await?;
    set_engineers(&mut tx, id, engineers).await?;
    tx.commit().await?;
    get(db, StoreId(id)).await
}

async fn set_engineers(
    tx: &mut Transaction<'_, Postgres>,
    store: Uuid,
    engineers: &[UserId],
) -> ApiResult<()> {
    let ids: Vec<Uuid> = engineers.iter().map(|e| e.0).collect();
    sqlx::query("delete from store_engineers where store_id = $1 and not (user_id = any($2))")
        .bind(store)
        .bind(&ids)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "insert into store_engineers (store_id, user_id)
         select $1, unnest($2::uuid[]) on conflict do nothing",
    )
    .bind(store)
    .bind(&ids)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn patch(
    db: &PgPool,
    id: StoreId,
    p: &ValidStorePatch,
    manager: Option<Option<UserId>>,
    engineers: Option<&[UserId]>,
) -> ApiResult<Store> {
    let mut tx = db.begin().await?;
    let loc: Option<&ValidLocation> = p.location.as_ref();
    let n = sqlx::query(
        "update stores set
            code = coalesce($2, code),
            name = coalesce($3, name),
            address = case when $4 then $5 else address end,
            latitude = case when $4 then $6 else latitude end,
            longitude = case when $4 then $7 else longitude end,
            manager_id = case when $8 then $9 else manager_id end,
            updated_at = now()
         where id = $1",
    )
    .bind(id.0)
    .bind(p.code.as_ref().map(|c| c.as_str()))
    .bind(p.name.as_ref().map(|n| n.as_str()))
    .bind(loc.is_some())
    .bind(loc.map(|l| l.address.as_str()).unwrap_or(""))
    .bind(loc.and_then(|l| l.latitude))
    .bind(loc.and_then(|l| l.longitude))
    .bind(manager.is_some())
    .bind(manager.flatten().map(|m| m.0))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(ApiError::NotFound("store"));
    }
    if let Some(e) = engineers {
        set_engineers(&mut tx, id.0, e).await?;
    }
    tx.commit().await?;
    get(db, id).await
}

pub async fn exists(db: &PgPool, id: StoreId) -> ApiResult<bool> {
    Ok(
        sqlx::query_scalar("select exists (select 1 from stores where id = $1)")
            .bind(id.0)
            .fetch_one(db)
            .await?,
    )
}

/// The stores an engineer works in (for "may this manager message this engineer").
pub async fn of_engineer(db: &PgPool, user: UserId) -> ApiResult<Vec<StoreId>> {
    let ids: Vec<Uuid> =
        sqlx::query_scalar("select store_id from store_engineers where user_id = $1")
            .bind(user.0)
            .fetch_all(db)
            .await?;
    Ok(ids.into_iter().map(StoreId).collect())
}
