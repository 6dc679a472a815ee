//! Criterion benchmark: triage throughput on a 10,000-message backlog, and the largest message.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use storedesk_mail::triage;

mod backlog;

fn bench(c: &mut Criterion) {
    let ctx = backlog::context();
    let messages = backlog::backlog(10_000);
    let mut group = c.benchmark_group("triage");
    group.sample_size(10);
    group.throughput(Throughput::Elements(messages.len() as u64));
    group.bench_function("backlog_10k", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(triage(black_box(m), &ctx));
            }
        })
    });
    group.finish();

    let mut big = c.benchmark_group("largest");
    big.sample_size(10);
    for (name, raw) in [
        ("plain_5mb", backlog::largest(false)),
        ("html_5mb", backlog::largest(true)),
        ("base64_5mb", backlog::largest_base64()),
    ] {
        big.throughput(Throughput::Bytes(raw.len() as u64));
        big.bench_function(name, |b| {
            b.iter(|| black_box(triage(black_box(&raw), &ctx)))
        });
    }
    big.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
