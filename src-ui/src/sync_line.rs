//! What the status bar says about sync: one short line and a tone, from the engine's
//! `SyncStatus`. Pure, so every state's wording is tested natively.

use crate::components::sidebar::format_count;
use crate::relative_time::ago;
use chrono::{DateTime, Utc};
use storedesk_domain::view::{SyncPhase, SyncStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Busy,
    Warn,
    Bad,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncLine {
    pub tone: Tone,
    pub text: String,
    /// Offer "Retry now" (the engine is waiting out a backoff).
    pub retry: bool,
}

/// "1 change", "12 changes".
pub fn changes(n: i64) -> String {
    match n {
        1 => "1 change".to_owned(),
        n => format!(
            "{} changes",
            format_count(u32::try_from(n.max(0)).unwrap_or(u32::MAX))
        ),
    }
}

pub fn sync_line(s: &SyncStatus, now: DateTime<Utc>) -> SyncLine {
    let waiting = (s.pending > 0).then(|| format!("{} waiting", changes(s.pending)));
    let retry_in = s.retry_in_secs.map(|n| format!("retrying in {n} s"));
    let join = |head: String, rest: [Option<String>; 2]| {
        std::iter::once(head)
            .chain(rest.into_iter().flatten())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let (tone, text, retry) = match s.phase {
        SyncPhase::Local => (Tone::Good, "Saved on this computer".to_owned(), false),
        SyncPhase::Synced => {
            let when = s.last_synced.map(|t| ago(t, now));
            (
                if s.pending > 0 {
                    Tone::Busy
                } else {
                    Tone::Good
                },
                join("Synced".to_owned(), [when, waiting]),
                false,
            )
        }
        SyncPhase::Syncing if s.pending > 0 => (
            Tone::Busy,
            format!("Syncing · sending {}…", changes(s.pending)),
            false,
        ),
        SyncPhase::Syncing => (Tone::Busy, "Syncing…".to_owned(), false),
        SyncPhase::Offline => (
            Tone::Warn,
            join("Offline".to_owned(), [waiting, retry_in]),
            true,
        ),
        SyncPhase::SignedOut => (
            Tone::Warn,
            match s.pending {
                0 => "Signed out".to_owned(),
                n => format!("Signed out · {} kept until you sign in", changes(n)),
            },
            false,
        ),
        SyncPhase::Error => {
            let why = s
                .message
                .clone()
                .unwrap_or_else(|| "Sync failed.".to_owned());
            (
                Tone::Bad,
                join(format!("Sync failed: {why}"), [waiting, retry_in]),
                true,
            )
        }
    };
    SyncLine { tone, text, retry }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(phase: SyncPhase) -> SyncStatus {
        SyncStatus {
            phase,
            ..SyncStatus::local()
        }
    }

    #[test]
    fn each_phase_reads_as_a_sentence() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let line = |s: &SyncStatus| sync_line(s, now);

        assert_eq!(line(&at(SyncPhase::Local)).text, "Saved on this computer");

        let mut synced = at(SyncPhase::Synced);
        synced.last_synced = Some(now - Duration::minutes(3));
        assert_eq!(
            line(&synced),
            SyncLine {
                tone: Tone::Good,
                text: "Synced · 3 min ago".into(),
                retry: false
            }
        );

        let mut sending = at(SyncPhase::Syncing);
        sending.pending = 2;
        assert_eq!(line(&sending).text, "Syncing · sending 2 changes…");
        assert_eq!(line(&at(SyncPhase::Syncing)).text, "Syncing…");

        let mut offline = at(SyncPhase::Offline);
        offline.pending = 1;
        offline.retry_in_secs = Some(8);
        assert_eq!(
            line(&offline),
            SyncLine {
                tone: Tone::Warn,
                text: "Offline · 1 change waiting · retrying in 8 s".into(),
                retry: true
            }
        );

        let mut out = at(SyncPhase::SignedOut);
        assert_eq!(line(&out).text, "Signed out");
        out.pending = 3;
        assert_eq!(
            line(&out).text,
            "Signed out · 3 changes kept until you sign in"
        );

        let mut failed = at(SyncPhase::Error);
        failed.message = Some("The server answered with an error.".into());
        assert_eq!(
            line(&failed),
            SyncLine {
                tone: Tone::Bad,
                text: "Sync failed: The server answered with an error.".into(),
                retry: true
            }
        );
    }

    #[test]
    fn counts_are_grouped_and_singular_when_one() {
        assert_eq!(changes(1), "1 change");
        assert_eq!(changes(0), "0 changes");
        assert_eq!(changes(12_345), "12,345 changes");
    }
}
