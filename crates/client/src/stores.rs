//! Stores in the local database.

use crate::error::ClientResult;
use anyhow::Context;
use sqlx::SqlitePool;
use storedesk_domain::api::store::StoreSummary;
use storedesk_domain::view::SessionUser;
use storedesk_domain::StoreId;

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
