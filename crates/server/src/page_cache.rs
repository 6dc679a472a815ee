//! Rendered issue lists and issue details, kept until any data changes. A list page costs a
//! join of 50 issues with their users and comments; the same pages are asked for again and
//! again (every client's inbox view) while writes are comparatively rare.
//!
//! Freshness: every write appends to the change log, whose trigger NOTIFYs `storedesk_changes`
//! at commit. A listener task bumps `version` on each notification, so writes through any API
//! process invalidate every process's pages; this process also bumps on each of its own write
//! requests, so a client reads its own write at once. An entry is served only if it was built
//! under the current version, and the version is read BEFORE the page's query: a change that
//! commits while the page is being built leaves it stale at once. While the listener is not
//! connected the cache is bypassed.

use sqlx::postgres::PgListener;
use sqlx::PgPool;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use storedesk_domain::policy::IssueScope;

pub const CHANNEL: &str = "storedesk_changes";
/// Memory bound: about 64 MiB of rendered JSON (every issue detail of a 10,000-issue database
/// fits, plus a few hundred list pages).
const MAX_BYTES: usize = 64 * 1024 * 1024;

/// A rendered response and, for one issue, who may see it (checked on every hit).
#[derive(Clone)]
pub struct Cached {
    pub body: bytes::Bytes,
    pub scope: Option<IssueScope>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, (u64, Cached)>,
    bytes: usize,
}

#[derive(Default)]
pub struct PageCache {
    version: AtomicU64,
    live: AtomicBool,
    entries: Mutex<Entries>,
}

impl PageCache {
    /// The version to tag a page with; read it before running the page's query.
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn invalidate(&self) {
        self.version.fetch_add(1, Ordering::AcqRel);
    }

    pub fn get(&self, key: &str) -> Option<Cached> {
        if !self.live.load(Ordering::Acquire) {
            return None;
        }
        let current = self.version();
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .map
            .get(key)
            .filter(|(v, _)| *v == current)
            .map(|(_, c)| c.clone())
    }

    pub fn put(&self, key: String, version: u64, value: Cached) {
        let current = self.version();
        if !self.live.load(Ordering::Acquire) || version != current {
            return;
        }
        let mut e = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if e.bytes + value.body.len() > MAX_BYTES {
            // Stale entries go first; if that is not enough, start over.
            e.map.retain(|_, (v, _)| *v == current);
            e.bytes = e.map.values().map(|(_, c)| c.body.len()).sum();
            if e.bytes + value.body.len() > MAX_BYTES {
                e.map.clear();
                e.bytes = 0;
            }
        }
        e.bytes += value.body.len();
        if let Some((_, old)) = e.map.insert(key, (version, value)) {
            e.bytes -= old.body.len();
        }
    }

    fn set_live(&self, live: bool) {
        // Invalidate first: anything cached before a gap in notifications may be stale.
        self.invalidate();
        self.live.store(live, Ordering::Release);
    }
}

/// Listens for change notifications for as long as the process runs, reconnecting with a
/// capped backoff; the cache is bypassed whenever the listener is down.
pub async fn listen(db: PgPool, cache: std::sync::Arc<PageCache>) {
    let mut backoff = Duration::from_millis(100);
    loop {
        match connect(&db).await {
            Ok(mut listener) => {
                cache.set_live(true);
                backoff = Duration::from_millis(100);
                // `Ok(None)` means the connection dropped: notifications may have been missed.
                while let Ok(Some(_)) = listener.try_recv().await {
                    cache.invalidate();
                }
                tracing::warn!("change listener lost its connection; page cache bypassed");
            }
            Err(e) => {
                tracing::warn!(error = %e, "change listener cannot connect; page cache bypassed")
            }
        }
        cache.set_live(false);
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(10));
    }
}

async fn connect(db: &PgPool) -> Result<PgListener, sqlx::Error> {
    let mut l = PgListener::connect_with(db).await?;
    l.listen(CHANNEL).await?;
    Ok(l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_live_only_for_their_version() {
        let c = PageCache::default();
        let page = |s: &'static str| Cached {
            body: s.into(),
            scope: None,
        };
        c.put("k".into(), c.version(), page("p"));
        assert!(c.get("k").is_none(), "not live: nothing cached");
        c.set_live(true);
        let v = c.version();
        c.put("k".into(), v, page("p"));
        assert_eq!(c.get("k").map(|c| c.body).as_deref(), Some(&b"p"[..]));
        c.invalidate();
        assert!(c.get("k").is_none());
        // A page built under an older version is never stored.
        c.put("k".into(), v, page("old"));
        assert!(c.get("k").is_none());
    }
}
