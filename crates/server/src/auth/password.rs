//! argon2id (the rule is `storedesk_domain::password`, shared with the desktop's local mode).
//! Hashing is deliberately slow, so it runs on the blocking pool: a login must never stall the
//! async worker threads that serve everybody else.

use anyhow::Context;
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// At most this many hashes run at once. Each takes 19 MiB and a core for tens of milliseconds:
/// unbounded, a login flood would spawn a blocking thread (and a malloc arena) per request and
/// grow the process by gigabytes. Bounded, extra logins wait their turn without holding threads.
fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS
        .get_or_init(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
}

pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    Ok(storedesk_domain::password::hash(password)?)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    let slot = hashing_slots()
        .acquire()
        .await
        .context("hashing slots closed")?;
    // The permit moves into the task: it is released when the hash ends, even if the caller
    // has gone away meanwhile.
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        hash_blocking(&password)
    })
    .await
    .context("hash task")?
}

/// Verifies against the stored hash; with no user, verifies against a fixed dummy hash so an
/// unknown login takes as long as a wrong password (no user enumeration by timing).
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    let slot = hashing_slots()
        .acquire()
        .await
        .context("hashing slots closed")?;
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        Ok(storedesk_domain::password::verify(
            &password,
            stored.as_deref(),
        )?)
    })
    .await
    .context("verify task")?
}
