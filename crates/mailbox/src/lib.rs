#![forbid(unsafe_code)]
//! The mail transport of the vendor loop: issue mail out over SMTP (lettre), the reply mailbox
//! watched over IMAP IDLE (async-imap). Both the server and the desktop app (local mode) run it;
//! what they store differs only behind [`MailSink`]. What a reply *means* is `storedesk-mail`'s
//! triage; this crate only moves bytes reliably.

pub mod credential;
#[cfg(feature = "fixture")]
pub mod fixture;
pub mod imap;
pub mod outbox;
pub mod outgoing;
pub mod server;
pub mod tls;
pub mod watcher;

pub use credential::{Credential, Login, Secret};
pub use outbox::{MailQueue, Outbound};
pub use outgoing::{Outgoing, SendError};
pub use server::{MailServer, Security};
pub use tls::TlsRoots;
pub use watcher::{stopped, Checkpoint, MailSink, Watcher, WatcherConfig};
