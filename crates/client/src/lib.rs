//! StoreDesk's desktop engine, without Tauri: the SQLite database (the whole system in local mode,
//! the cache of the server in connected mode), the local accounts, the issue queries and writes.
//! The Tauri shell (`src-tauri/`) only forwards its commands to [`Engine`]. Every rule comes from
//! `storedesk-domain` (state machine, permission policy, field validation, history entries), the
//! same functions the server calls.

pub mod account;
mod admin;
pub mod cache;
mod connection;
pub mod demo;
pub mod engine;
pub mod error;
pub mod issues;
pub mod keychain;
mod live;
mod network;
mod notices;
mod people;
pub mod remote;
mod search;
mod stores;
pub mod sync;
mod vendor_mail;

pub use engine::Engine;
pub use error::ClientError;
