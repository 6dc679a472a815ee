//! Whether the database answers, as the commit watcher last saw it (it polls every 25 ms and
//! gives each poll a deadline). While it does not, requests that need the database fail at once
//! with 503 and `Retry-After` instead of each waiting for a pool timeout; `/readyz` says so
//! without touching the database. It starts optimistic: a server that has just migrated has
//! just reached its database.

use std::sync::atomic::{AtomicBool, Ordering};

pub struct DbHealth {
    up: AtomicBool,
}

impl Default for DbHealth {
    fn default() -> Self {
        DbHealth {
            up: AtomicBool::new(true),
        }
    }
}

impl DbHealth {
    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Acquire)
    }

    pub fn set(&self, up: bool) {
        let was = self.up.swap(up, Ordering::AcqRel);
        if was != up {
            if up {
                tracing::info!("database reachable again");
            } else {
                tracing::warn!("database unreachable: requests fail fast with 503");
            }
        }
    }
}
