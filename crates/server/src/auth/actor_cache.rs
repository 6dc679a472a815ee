//! Who the callers are, kept between requests. Loading the actor (account still active, token
//! version current, stores reached) was the first SQL statement of every request; it changes
//! only when an admin edits an account or a store's people.
//!
//! Freshness: this process drops every entry after its own writes to users or stores (before
//! the response leaves), and the commit watcher drops them when `access_epoch` moves, which
//! every committed change to access does, wherever it was made. An entry is stored only if no
//! invalidation happened while it was being loaded, so a load that raced a change cannot
//! re-insert the old access. While the watcher cannot reach the database nothing is cached.

use std::collections::HashMap;
use std::sync::Mutex;
use storedesk_domain::policy::Actor;
use uuid::Uuid;

/// Enough for every active account of a large chain; beyond it the cache starts over.
const MAX_ENTRIES: usize = 20_000;

#[derive(Default)]
pub struct ActorCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    live: bool,
    generation: u64,
    /// Keyed by account and the token version the caller's JWT carries.
    map: HashMap<(Uuid, i32), Actor>,
}

/// Taken before loading an actor from the database; `put` honours it only if nothing changed.
#[derive(Clone, Copy)]
pub struct Ticket(Option<u64>);

impl ActorCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, user: Uuid, version: i32) -> Option<Actor> {
        let inner = self.lock();
        inner
            .live
            .then(|| inner.map.get(&(user, version)).cloned())
            .flatten()
    }

    pub fn ticket(&self) -> Ticket {
        let inner = self.lock();
        Ticket(inner.live.then_some(inner.generation))
    }

    pub fn put(&self, ticket: Ticket, user: Uuid, version: i32, actor: Actor) {
        let mut inner = self.lock();
        if !inner.live || ticket.0 != Some(inner.generation) {
            return;
        }
        if inner.map.len() >= MAX_ENTRIES {
            inner.map.clear();
        }
        inner.map.insert((user, version), actor);
    }

    pub fn invalidate(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.map.clear();
    }

    /// The watcher's state: while it cannot see commits, nothing may be served from memory.
    pub fn set_live(&self, live: bool) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.map.clear();
        inner.live = live;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storedesk_domain::{Role, UserId};

    fn actor(id: Uuid) -> Actor {
        Actor {
            id: UserId(id),
            role: Role::Engineer,
            managed_stores: vec![],
            engineer_stores: vec![],
        }
    }

    fn live() -> ActorCache {
        let c = ActorCache::default();
        c.set_live(true);
        c
    }

    #[test]
    fn serves_what_was_put_for_the_same_token_version_only() {
        let c = live();
        let u = Uuid::now_v7();
        c.put(c.ticket(), u, 3, actor(u));
        assert_eq!(c.get(u, 3), Some(actor(u)));
        assert_eq!(c.get(u, 4), None);
        assert_eq!(c.get(Uuid::now_v7(), 3), None);
    }

    #[test]
    fn a_load_that_raced_an_invalidation_is_not_kept() {
        let c = live();
        let u = Uuid::now_v7();
        let ticket = c.ticket();
        c.invalidate();
        c.put(ticket, u, 0, actor(u));
        assert_eq!(c.get(u, 0), None);
        c.put(c.ticket(), u, 0, actor(u));
        assert_eq!(c.get(u, 0), Some(actor(u)));
    }

    #[test]
    fn invalidation_drops_every_entry() {
        let c = live();
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        c.put(c.ticket(), a, 0, actor(a));
        c.put(c.ticket(), b, 0, actor(b));
        c.invalidate();
        assert_eq!(c.get(a, 0), None);
        assert_eq!(c.get(b, 0), None);
    }

    #[test]
    fn nothing_is_cached_while_the_watcher_is_down() {
        let c = ActorCache::default();
        let u = Uuid::now_v7();
        c.put(c.ticket(), u, 0, actor(u));
        assert_eq!(c.get(u, 0), None);
        let c = live();
        c.put(c.ticket(), u, 0, actor(u));
        c.set_live(false);
        assert_eq!(c.get(u, 0), None);
    }
}
