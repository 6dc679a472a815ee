//! StoreDesk's central API: axum on PostgreSQL. `startup::router` builds the whole app.

pub mod actions;
pub mod auth;
pub mod commit_watch;
pub mod config;
pub mod contract;
pub mod db_health;
pub mod error;
pub mod intake;
pub mod live;
pub mod page_cache;
pub mod routes;
pub mod seed;
pub mod startup;
pub mod state;
pub mod store;
pub mod transport;
pub mod vendor_mail;
