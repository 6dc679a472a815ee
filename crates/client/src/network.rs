//! Noticing at once that the network may be back: this computer's interface addresses, looked
//! at every 2 s (a new Wi-Fi, a cable, a VPN coming up), and the wall clock running ahead of the
//! monotonic one (the computer slept; the monotonic clock stops while it does). Either wakes
//! the sync task and reopens the live channel now, instead of sitting out the rest of a
//! backoff that may be minutes long by then. Polling an address list is what all three
//! desktop systems allow without a platform-specific notification API, and costs one
//! `getifaddrs` call per tick.

use crate::engine::Engine;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

const TICK: Duration = Duration::from_secs(2);
/// More wall-clock time than this beyond the tick means the computer was asleep.
const SLEPT: Duration = Duration::from_secs(5);

/// The addresses this computer can reach others from (loopback left out), in a stable order,
/// as one number. `None` when the system will not say.
pub fn addresses() -> Option<u64> {
    let mut ips: Vec<String> = if_addrs::get_if_addrs()
        .ok()?
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| format!("{}/{}", i.name, i.ip()))
        .collect();
    ips.sort_unstable();
    let mut h = DefaultHasher::new();
    ips.hash(&mut h);
    Some(h.finish())
}

/// One look: whether the network may have changed since the last one (pure, so the rule is
/// tested without changing this machine's network).
pub fn changed(
    before: Option<u64>,
    now: Option<u64>,
    wall_elapsed: Duration,
    monotonic_elapsed: Duration,
) -> bool {
    let slept = wall_elapsed.saturating_sub(monotonic_elapsed) > SLEPT;
    slept || (before.is_some() && now.is_some() && before != now)
}

impl Engine {
    /// A sync round now and the live channel reopened, whatever backoff was under way.
    pub fn network_changed(&self) {
        self.wake.notify_one();
        self.network.notify_one();
    }

    /// Runs for the life of the app beside the sync and live tasks.
    pub async fn run_network_watch(self: Arc<Self>) {
        let mut seen = addresses();
        let (mut wall, mut mono) = (SystemTime::now(), Instant::now());
        loop {
            tokio::time::sleep(TICK).await;
            let now = addresses();
            let (wall_now, mono_now) = (SystemTime::now(), Instant::now());
            let wall_elapsed = wall_now.duration_since(wall).unwrap_or_default();
            if changed(seen, now, wall_elapsed, mono_now - mono) {
                tracing::info!("the network changed or the computer woke: reconnecting now");
                self.network_changed();
            }
            (seen, wall, mono) = (now, wall_now, mono_now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(2);

    #[test]
    fn new_addresses_or_a_sleep_wake_the_tasks() {
        assert!(!changed(Some(1), Some(1), S, S), "nothing happened");
        assert!(changed(Some(1), Some(2), S, S), "another network");
        assert!(
            !changed(None, Some(2), S, S),
            "the system did not say before"
        );
        assert!(!changed(Some(1), None, S, S), "the system does not say now");
        assert!(
            changed(Some(1), Some(1), Duration::from_secs(3600), S),
            "an hour asleep"
        );
        assert!(
            !changed(Some(1), Some(1), Duration::from_secs(4), S),
            "a slow tick is no sleep"
        );
    }

    #[test]
    fn this_computers_addresses_are_read_and_stable() {
        let a = addresses().expect("the system lists its interfaces");
        assert_eq!(addresses(), Some(a));
    }
}
