#![forbid(unsafe_code)]
//! StoreDesk vendor mail triage: for each incoming message, which of our issues it answers,
//! the vendor's ticket id, and what happened (acknowledged, update, resolved, closed, ignore).
//!
//! The core is pure: [`triage`] takes raw RFC 5322 bytes and a [`TriageContext`], does no I/O
//! and never panics. [`compose_issue_headers`] builds the subject and signed Message-ID of the
//! mails we send, so replies can be recognised. [`cli`] is the `mail triage` command.
//! The rules and supported formats are documented in `docs/mail-triage.md`.

pub mod cli;
pub mod compose;
pub mod confidence;
pub mod context;
pub mod event;
pub mod issue_mail;
pub mod learning;
pub mod message;
pub mod profile;
pub mod quote;
pub mod reference;
pub mod reply_effects;
pub mod sender;
pub mod ticket_candidate;
pub mod ticket_id;
pub mod triage;

pub use compose::{compose_issue_headers, issue_token, verify_issue_token};
pub use context::TriageContext;
pub use event::Event;
pub use issue_mail::{issue_mail, IssueFacts, IssueMail, IssueMailer, LOOP_HEADER};
pub use message::MailError;
pub use profile::{load_profile, CompiledProfile, ProfileError, VendorProfile};
pub use reference::{IssueMatch, MatchRule};
pub use ticket_id::VendorTicket;
pub use triage::{triage, triage_mail, try_triage, Triage, TriageRecord};
