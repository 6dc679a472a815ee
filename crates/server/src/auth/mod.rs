//! Authentication: argon2id passwords, short-lived access JWTs, rotating refresh tokens, login
//! throttling, and the `Actor` extractor that every protected handler takes.

pub mod actor;
pub mod actor_cache;
pub mod jwt;
pub mod password;
pub mod throttle;
