use crate::auth::{actor_cache::ActorCache, jwt::JwtKeys, throttle::LoginThrottle};
use crate::db_health::DbHealth;
use crate::intake::Intake;
use crate::live::LiveHub;
use crate::page_cache::PageCache;
use sqlx::PgPool;
use std::sync::Arc;

/// Shared by every handler. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub jwt: Arc<JwtKeys>,
    pub throttle: Arc<LoginThrottle>,
    pub pages: Arc<PageCache>,
    pub actors: Arc<ActorCache>,
    pub intake: Arc<Intake>,
    pub health: Arc<DbHealth>,
    pub live: Arc<LiveHub>,
}
