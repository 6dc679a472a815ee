//! The admin screen's commands (people and stores); the engine decides where they apply.

use crate::commands::{answer, Answer};
use std::sync::Arc;
use storedesk_client::Engine;
use storedesk_domain::api::store::{NewStore, Store, StorePatch};
use storedesk_domain::api::user::{NewUser, PasswordReset, User, UserPatch};
use storedesk_domain::{StoreId, UserId};
use tauri::State;

#[tauri::command]
pub async fn people(engine: State<'_, Arc<Engine>>) -> Answer<Vec<User>> {
    answer(engine.people().await)
}

#[tauri::command]
pub async fn add_person(engine: State<'_, Arc<Engine>>, person: NewUser) -> Answer<User> {
    answer(engine.add_person(person).await)
}

#[tauri::command]
pub async fn change_person(
    engine: State<'_, Arc<Engine>>,
    id: UserId,
    patch: UserPatch,
) -> Answer<User> {
    answer(engine.change_person(id, patch).await)
}

#[tauri::command]
pub async fn reset_password(
    engine: State<'_, Arc<Engine>>,
    id: UserId,
    reset: PasswordReset,
) -> Answer<()> {
    answer(engine.reset_password(id, reset).await)
}

#[tauri::command]
pub async fn admin_stores(engine: State<'_, Arc<Engine>>) -> Answer<Vec<Store>> {
    answer(engine.admin_stores().await)
}

#[tauri::command]
pub async fn add_store(engine: State<'_, Arc<Engine>>, store: NewStore) -> Answer<Store> {
    answer(engine.add_store(store).await)
}

#[tauri::command]
pub async fn change_store(
    engine: State<'_, Arc<Engine>>,
    id: StoreId,
    patch: StorePatch,
) -> Answer<Store> {
    answer(engine.change_store(id, patch).await)
}
