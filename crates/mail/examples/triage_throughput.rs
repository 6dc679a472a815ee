//! Prints single-threaded triage throughput on a 10,000-message backlog and the time for the
//! largest (5 MB) messages, so the figures are easy to quote:
//! `cargo run --release -p storedesk-mail --example triage_throughput`

use std::collections::HashMap;
use std::time::Instant;

use storedesk_mail::triage;

#[path = "../benches/backlog.rs"]
mod backlog;

fn main() {
    let ctx = backlog::context();
    let messages = backlog::backlog(10_000);
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    let mut events: HashMap<&str, usize> = HashMap::new();
    for round in 0..5 {
        let start = Instant::now();
        for m in &messages {
            let t = triage(m, &ctx);
            if round == 0 {
                *events.entry(t.event.as_str()).or_default() += 1;
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "backlog: {} messages ({:.1} MB), best of 5: {:.1} ms = {:.0} messages/s on one core",
        messages.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        messages.len() as f64 / best
    );
    let mut ev: Vec<_> = events.into_iter().collect();
    ev.sort();
    println!("events: {ev:?}");
    for (name, raw) in [
        ("plain", backlog::largest(false)),
        ("html", backlog::largest(true)),
        ("base64", backlog::largest_base64()),
    ] {
        let mut t_best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            let t = triage(&raw, &ctx);
            t_best = t_best.min(start.elapsed().as_secs_f64());
            std::hint::black_box(t);
        }
        println!(
            "largest {name}: {:.2} MB in {:.2} ms (best of 5)",
            raw.len() as f64 / 1e6,
            t_best * 1e3
        );
    }
}
