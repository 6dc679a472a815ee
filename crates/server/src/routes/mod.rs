//! HTTP handlers: each adapts a request to an action or a store query and back. No SQL here.

pub mod assignments;
pub mod auth;
pub mod comments;
pub mod extract;
pub mod health;
pub mod issues;
pub mod pagination;
pub mod resolutions;
pub mod stores;
pub mod sync;
pub mod users;
