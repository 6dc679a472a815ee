//! What the sync loop does next, decided from what it knows (a pure function, so every case is a
//! row in a table test). Local changes go first: a pull never overwrites what the user typed,
//! and the pull after a push brings the server's numbers and merged rows.

use std::time::Duration;

/// What the loop knows when it decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Known {
    pub signed_in: bool,
    /// Mutations waiting in the outbox.
    pub outbox: i64,
    /// The server said the cursor is too old.
    pub resync_required: bool,
    /// The last page said more is waiting, or nothing was pulled yet this round.
    pub pull_due: bool,
    /// The last push sent everything it could and the server refused none on the network
    /// level (a push that failed offline ends the round instead).
    pub pushed_all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Ask the user to sign in again; keep the outbox.
    SignIn,
    /// Rebuild the cache from the start of the feed; keep the outbox.
    Resync,
    Push,
    Pull,
    /// In step with the server until the live channel or the timer wakes the loop.
    Idle,
}

pub fn next(k: Known) -> Step {
    if !k.signed_in {
        Step::SignIn
    } else if k.resync_required {
        Step::Resync
    } else if k.outbox > 0 && !k.pushed_all {
        Step::Push
    } else if k.pull_due {
        Step::Pull
    } else {
        Step::Idle
    }
}

/// How long to wait after `failures` rounds in a row could not reach the server: doubling from
/// one second, at most a minute; `spread` (0..1, random in use) keeps a store's tills from
/// retrying in step after a shared outage.
pub fn backoff(failures: u32, spread: f64) -> Duration {
    if failures == 0 {
        return Duration::ZERO;
    }
    let base = 2f64.powi(failures.min(7) as i32 - 1).min(60.0);
    Duration::from_secs_f64(base * (0.5 + 0.5 * spread.clamp(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(signed_in: bool, outbox: i64, resync: bool, pull_due: bool, pushed_all: bool) -> Known {
        Known {
            signed_in,
            outbox,
            resync_required: resync,
            pull_due,
            pushed_all,
        }
    }

    #[test]
    fn the_next_step_for_each_state() {
        let table = [
            (k(false, 3, true, true, false), Step::SignIn),
            (k(false, 0, false, false, false), Step::SignIn),
            (k(true, 3, true, true, false), Step::Resync),
            (k(true, 0, true, false, false), Step::Resync),
            (k(true, 3, false, true, false), Step::Push),
            (k(true, 1, false, false, false), Step::Push),
            (k(true, 3, false, true, true), Step::Pull),
            (k(true, 0, false, true, false), Step::Pull),
            (k(true, 0, false, false, false), Step::Idle),
            (k(true, 2, false, false, true), Step::Idle),
        ];
        for (known, want) in table {
            assert_eq!(next(known), want, "{known:?}");
        }
    }

    #[test]
    fn backoff_doubles_to_a_minute_and_spreads() {
        let table = [
            (0, 1.0, 0.0),
            (1, 1.0, 1.0),
            (2, 1.0, 2.0),
            (3, 1.0, 4.0),
            (6, 1.0, 32.0),
            (7, 1.0, 60.0),
            (40, 1.0, 60.0),
            (1, 0.0, 0.5),
            (3, 0.0, 2.0),
            (3, 7.0, 4.0),
        ];
        for (failures, spread, secs) in table {
            assert_eq!(
                backoff(failures, spread).as_secs_f64(),
                secs,
                "{failures} {spread}"
            );
        }
    }
}
