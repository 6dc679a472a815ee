//! Failed-login throttling per account and per client address. A fixed window per key: after
//! `limit` failures within `window`, further attempts get 429 with Retry-After until the window
//! ends. Kept in memory: it is a brake on guessing, and a restart only resets the brake.
//! (Several API replicas each keep their own count; the limit per replica still holds.)

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct LoginThrottle {
    per_account: u32,
    per_address: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

impl LoginThrottle {
    pub fn new(per_account: u32, per_address: u32, window: Duration) -> Self {
        LoginThrottle {
            per_account,
            per_address,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(account: &str, address: &str) -> [String; 2] {
        [
            format!("a:{}", account.to_lowercase()),
            format!("ip:{address}"),
        ]
    }

    /// Seconds to wait if either key is over its limit.
    pub fn check(&self, account: &str, address: &str) -> Option<u64> {
        let now = Instant::now();
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let [acc, ip] = Self::keys(account, address);
        [(acc, self.per_account), (ip, self.per_address)]
            .into_iter()
            .filter_map(|(k, limit)| {
                let (start, n) = map.get(&k)?;
                let left = self.window.checked_sub(now.duration_since(*start))?;
                (*n >= limit).then(|| left.as_secs().max(1))
            })
            .max()
    }

    pub fn record_failure(&self, account: &str, address: &str) {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            // Bound memory under a spray attack: forget expired windows.
            map.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        for k in Self::keys(account, address) {
            let e = map.entry(k).or_insert((now, 0));
            if now.duration_since(e.0) >= self.window {
                *e = (now, 0);
            }
            e.1 += 1;
        }
    }

    pub fn record_success(&self, account: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(&format!("a:{}", account.to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_limit_and_success_clears_account() {
        let t = LoginThrottle::new(3, 100, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(t.check("bob", "1.2.3.4").is_none());
            t.record_failure("bob", "1.2.3.4");
        }
        let wait = t.check("bob", "1.2.3.4").expect("locked");
        assert!((1..=60).contains(&wait));
        assert!(
            t.check("alice", "1.2.3.4").is_none(),
            "other account, same address under limit"
        );
        t.record_success("bob");
        assert!(t.check("bob", "1.2.3.4").is_none());
    }

    #[test]
    fn address_limit_spans_accounts() {
        let t = LoginThrottle::new(100, 2, Duration::from_secs(60));
        t.record_failure("a", "9.9.9.9");
        t.record_failure("b", "9.9.9.9");
        assert!(t.check("c", "9.9.9.9").is_some());
        assert!(t.check("c", "8.8.8.8").is_none());
    }
}
