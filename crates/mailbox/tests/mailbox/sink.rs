//! A sink that keeps what the watcher hands over in memory, for the transport's own tests
//! (the stores with effects, PostgreSQL and SQLite, are the vendor loop's).

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use storedesk_mailbox::{Checkpoint, MailSink};
use tokio::sync::Notify;

#[derive(Default)]
struct State {
    checkpoint: Option<Checkpoint>,
    mails: Vec<Vec<u8>>,
    ids: HashSet<String>,
    accepted: usize,
}

#[derive(Clone, Default)]
pub struct Collected {
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
}

fn message_id(raw: &[u8]) -> String {
    storedesk_mail::message::parse(raw)
        .ok()
        .and_then(|m| m.message_id)
        .unwrap_or_default()
}

impl MailSink for Collected {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        Ok(self.state.lock().unwrap().checkpoint)
    }

    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        {
            let mut s = self.state.lock().unwrap();
            s.accepted += 1;
            if s.ids.insert(message_id(raw)) {
                s.mails.push(raw.to_vec());
            }
            s.checkpoint = Some(at);
        }
        self.changed.notify_waiters();
        Ok(())
    }
}

impl Collected {
    /// Waits until `n` distinct messages arrived (or panics at the deadline); returns them.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Vec<u8>> {
        let deadline = Instant::now() + within;
        loop {
            let changed = self.changed.notified();
            {
                let s = self.state.lock().unwrap();
                if s.mails.len() >= n {
                    return s.mails.clone();
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if tokio::time::timeout(left, changed).await.is_err() {
                let have = self.state.lock().unwrap().mails.len();
                panic!("{have} of {n} messages arrived within {within:?}");
            }
        }
    }

    /// How many times the watcher handed a message over (duplicates included).
    pub fn accepted(&self) -> usize {
        self.state.lock().unwrap().accepted
    }

    pub fn checkpoint(&self) -> Option<Checkpoint> {
        self.state.lock().unwrap().checkpoint
    }
}
