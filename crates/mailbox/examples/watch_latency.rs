//! Measures the watcher against the real servers (scripts/mail-fixture.sh, Dovecot + Postfix):
//! 1. reply latency: the vendor's reply accepted by Postfix -> handed to the sink by the
//!    watcher over IDLE, p50 / p99 over 50 replies (Dovecot itself waits 500 ms before it
//!    announces new mail);
//! 2. backlog: 10,000 replies waiting when the watcher starts -> all handed over, messages/s,
//!    and the process's peak memory before and after.
//!
//!     cargo run --release -p storedesk-mailbox --example watch_latency
//!
//! The sink here triages each message (storedesk-mail) and records its arrival; the store's
//! effects are measured with the vendor loop.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use storedesk_mailbox::{imap, Checkpoint, MailSink, Outgoing, Watcher, WatcherConfig};
use tokio::sync::{watch, Notify};

/// The checkpoint and when each numbered reply was handed over.
type Arrivals = (Option<Checkpoint>, HashMap<usize, Instant>);

#[derive(Clone)]
struct Clock {
    seen: Arc<Mutex<Arrivals>>,
    changed: Arc<Notify>,
    triage: Arc<storedesk_mail::TriageContext>,
    acknowledged: Arc<std::sync::atomic::AtomicUsize>,
}

impl Clock {
    fn new() -> Self {
        let mut ctx = storedesk_mail::TriageContext::new("ours.test", b"bench".to_vec());
        ctx.add_vendor_domain("vendor.test");
        Clock {
            seen: Arc::default(),
            changed: Arc::default(),
            triage: Arc::new(ctx),
            acknowledged: Arc::default(),
        }
    }
}

fn number(raw: &[u8]) -> usize {
    let text = String::from_utf8_lossy(raw);
    text.split("<bench-")
        .nth(1)
        .and_then(|r| r.split('@').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

impl MailSink for Clock {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        Ok(self.seen.lock().unwrap().0)
    }

    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        if storedesk_mail::triage(raw, &self.triage)
            .vendor_ticket
            .is_some()
        {
            self.acknowledged
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        {
            let mut s = self.seen.lock().unwrap();
            s.0 = Some(at);
            s.1.entry(number(raw)).or_insert_with(Instant::now);
        }
        self.changed.notify_waiters();
        Ok(())
    }
}

impl Clock {
    async fn wait(&self, n: usize) -> Instant {
        loop {
            let changed = self.changed.notified();
            if let Some(t) = self.seen.lock().unwrap().1.get(&n) {
                return *t;
            }
            tokio::time::timeout(Duration::from_secs(30), changed)
                .await
                .expect("the reply arrives");
        }
    }

    async fn wait_count(&self, n: usize) {
        loop {
            let changed = self.changed.notified();
            if self.seen.lock().unwrap().1.len() >= n {
                return;
            }
            let _ = tokio::time::timeout(Duration::from_secs(60), changed).await;
        }
    }
}

fn reply(n: usize) -> String {
    format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: [STORE-{n}] Till frozen [Ticket#{}]\r\nDate: Tue, 02 Jul 2024 10:00:00 +0200\r\nMessage-ID: <bench-{n}@vendor.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour request has been received and logged as ticket {}.\r\n",
        480000 + n,
        480000 + n
    )
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let fx = storedesk_mailbox::fixture::MailFixture::start();
    let roots = fx.roots();
    let clock = Clock::new();
    let (stop_tx, stop) = watch::channel(false);
    let watcher = tokio::spawn(
        Watcher::new(
            WatcherConfig::new(fx.imaps(), fx.ops(), roots.clone()),
            clock.clone(),
        )
        .run(stop),
    );
    let smtp = Outgoing::new(&fx.submissions(), &fx.vendor(), &roots)?;
    let mut latencies = Vec::new();
    for n in 0..50 {
        smtp.send(
            "support@vendor.test",
            &["ops@ours.test"],
            reply(n).as_bytes(),
        )
        .await?;
        let sent = Instant::now();
        let got = clock.wait(n).await;
        latencies.push(got.saturating_duration_since(sent));
    }
    latencies.sort();
    println!(
        "reply accepted by Postfix -> handed over by the watcher (IDLE), 50 replies: p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    stop_tx.send(true)?;
    watcher.await?;

    // The backlog: appended straight into the inbox while no watcher runs.
    const BACKLOG: usize = 10_000;
    let mut session = imap::open(&fx.imaps(), &fx.ops(), &roots).await?;
    for n in 1000..1000 + BACKLOG {
        session.append("INBOX", None, None, reply(n)).await?;
    }
    let _ = session.logout().await;
    let before = peak_kib();
    let start = Instant::now();
    let (stop_tx, stop) = watch::channel(false);
    let watcher = tokio::spawn(
        Watcher::new(
            WatcherConfig::new(fx.imaps(), fx.ops(), roots.clone()),
            clock.clone(),
        )
        .run(stop),
    );
    clock.wait_count(50 + BACKLOG).await;
    let took = start.elapsed();
    stop_tx.send(true)?;
    watcher.await?;
    println!(
        "backlog of {BACKLOG} replies: fetched, triaged ({} with a ticket id), handed over and moved in {:.2} s = {:.0} messages/s; peak memory {} KiB before, {} KiB after",
        clock.acknowledged.load(std::sync::atomic::Ordering::Relaxed),
        took.as_secs_f64(),
        BACKLOG as f64 / took.as_secs_f64(),
        before,
        peak_kib()
    );
    Ok(())
}
