use crate::auth::{jwt::JwtKeys, throttle::LoginThrottle};
use sqlx::PgPool;
use std::sync::Arc;

/// Shared by every handler. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub jwt: Arc<JwtKeys>,
    pub throttle: Arc<LoginThrottle>,
}
