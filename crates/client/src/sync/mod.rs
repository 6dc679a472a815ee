//! Connected mode's sync, the client side of docs/sync.md: a pure planner, the outbox, the page
//! applier and the executor that runs a round against the server.

pub mod apply;
pub mod executor;
pub mod outbox;
pub mod planner;
mod task;

pub use executor::{round, Report, Session, SyncError};
