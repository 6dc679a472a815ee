//! StoreDesk's shared vocabulary. Server, desktop engine and UI use exactly one type for each idea,
//! so they cannot drift. serde only: this crate must build for wasm32-unknown-unknown.

pub mod api;
pub mod history;
pub mod ids;
pub mod issue;
pub mod mail_account;
pub mod notice;
#[cfg(feature = "password")]
pub mod password;
pub mod policy;
pub mod problem;
pub mod role;
pub mod secret;
pub mod sync;
pub mod text;
pub mod vendor;
pub mod view;

pub use ids::*;
pub use issue::{IssueRef, Priority, Status};
pub use problem::{ErrorCode, FieldError, Problem};
pub use role::Role;
pub use secret::Secret;
