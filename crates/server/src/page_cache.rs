//! Rendered issue lists and issue details, kept until any data changes. A list page costs a
//! join of 50 issues with their users and comments; the same pages are asked for again and
//! again (every client's inbox view) while writes are comparatively rare.
//!
//! Freshness: this process bumps `version` after each of its own write requests, so a client
//! reads its own write at once. Writes by other processes (other API replicas, the mail loop,
//! SQL by hand) are caught by `commit_watch`, which reads `pg_current_snapshot()` every
//! `commit_watch::INTERVAL`: the snapshot text changes whenever any writing transaction begins or ends,
//! so it bumps the version within one interval of such a commit. An entry is served only if it
//! was built under the current version, and the version is read BEFORE the page's query: a
//! change that commits while the page is being built leaves it stale at once. While the watcher
//! cannot reach the database the cache is bypassed.
//!
//! Why polling and not LISTEN/NOTIFY: a NOTIFY in every writing transaction serialises commits
//! on PostgreSQL's notification queue lock; measured here it cost 27 % of create throughput
//! (2,066 vs 2,628 creates/s). The poll costs 40 trivial queries a second.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use storedesk_domain::policy::IssueScope;

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

type Gate = Arc<tokio::sync::Mutex<Option<(u64, Cached)>>>;

#[derive(Default)]
pub struct PageCache {
    version: AtomicU64,
    live: AtomicBool,
    entries: Mutex<Entries>,
    /// One build per key at a time: when a write invalidates a popular page, the requests that
    /// arrive meanwhile wait for the rebuild in progress and take its result, instead of each
    /// running the same query. The slot keeps the last result with the version it was built at.
    building: Mutex<HashMap<String, Gate>>,
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

    /// The cached value, or the one `build` makes (and caches). Says whether it was a hit.
    ///
    /// A request that finds a build of its key in progress waits for it and takes its result
    /// if that build began at or after the version the request saw on arrival: such a page
    /// reflects every write that had completed when the request came in.
    pub async fn get_or_build<E, F, Fut>(&self, key: &str, build: F) -> Result<(Cached, bool), E>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Cached, E>>,
    {
        let arrived = self.version();
        if let Some(c) = self.get(key) {
            return Ok((c, true));
        }
        let gate = {
            let mut b = self.building.lock().unwrap_or_else(|p| p.into_inner());
            b.entry(key.to_owned()).or_default().clone()
        };
        let mut slot = gate.lock().await;
        let shared = slot
            .as_ref()
            .filter(|(built_at, _)| *built_at >= arrived && self.live.load(Ordering::Acquire))
            .map(|(_, c)| c.clone());
        let result = match shared {
            Some(c) => Ok((c, true)),
            None => {
                let version = self.version();
                let built = build().await;
                if let Ok(c) = &built {
                    self.put(key.to_owned(), version, c.clone());
                    *slot = Some((version, c.clone()));
                }
                built.map(|c| (c, false))
            }
        };
        drop(slot);
        let mut b = self.building.lock().unwrap_or_else(|p| p.into_inner());
        // Forget the gate once nobody waits on it (the map holds one reference, we another).
        if b.get(key).is_some_and(|g| Arc::strong_count(g) <= 2) {
            b.remove(key);
        }
        result
    }

    pub fn set_live(&self, live: bool) {
        // Invalidate first: anything cached before a gap in notifications may be stale.
        self.invalidate();
        self.live.store(live, Ordering::Release);
    }
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

    /// Waits (yielding, with a deadline) until `n` requests hold the key's gate.
    async fn holders(c: &PageCache, key: &str, n: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let count = {
                let b = c.building.lock().unwrap();
                b.get(key).map_or(0, |g| Arc::strong_count(g) - 1)
            };
            if count >= n {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "never saw {n} holders"
            );
            tokio::task::yield_now().await;
        }
    }

    fn page(s: &'static str) -> Result<Cached, ()> {
        Ok(Cached {
            body: s.into(),
            scope: None,
        })
    }

    #[tokio::test]
    async fn concurrent_misses_share_one_build() {
        let c = Arc::new(PageCache::default());
        c.set_live(true);
        let builds = Arc::new(AtomicU64::new(0));
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let (c1, b1) = (c.clone(), builds.clone());
        let first = tokio::spawn(async move {
            c1.get_or_build("k", || async move {
                b1.fetch_add(1, Ordering::SeqCst);
                released.await.unwrap();
                page("first")
            })
            .await
        });
        holders(&c, "k", 1).await;
        let (c2, b2) = (c.clone(), builds.clone());
        let second = tokio::spawn(async move {
            c2.get_or_build("k", || async move {
                b2.fetch_add(1, Ordering::SeqCst);
                page("second")
            })
            .await
        });
        holders(&c, "k", 2).await;
        release.send(()).unwrap();
        let (a, hit_a) = first.await.unwrap().unwrap();
        let (b, hit_b) = second.await.unwrap().unwrap();
        assert_eq!((a.body.as_ref(), hit_a), (&b"first"[..], false));
        assert_eq!((b.body.as_ref(), hit_b), (&b"first"[..], true));
        assert_eq!(builds.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_request_after_a_write_never_takes_an_older_build() {
        let c = Arc::new(PageCache::default());
        c.set_live(true);
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let c1 = c.clone();
        let first = tokio::spawn(async move {
            c1.get_or_build("k", || async move {
                released.await.unwrap();
                page("before the write")
            })
            .await
        });
        holders(&c, "k", 1).await;
        c.invalidate(); // a write completes while the first build runs
        let c2 = c.clone();
        let second = tokio::spawn(async move {
            c2.get_or_build("k", || async { page("after the write") })
                .await
        });
        holders(&c, "k", 2).await;
        release.send(()).unwrap();
        first.await.unwrap().unwrap();
        let (b, hit) = second.await.unwrap().unwrap();
        assert_eq!((b.body.as_ref(), hit), (&b"after the write"[..], false));
        // The stale first build was not cached either.
        assert_eq!(c.get("k").unwrap().body.as_ref(), b"after the write");
    }
}
