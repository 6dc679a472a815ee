//! The desktop's local list and search over the demo (10,000 issues, 30,000 comments) in a real
//! SQLite file, as the UI asks for them: the first window of the list, a search as typed, a
//! filtered view, and the sidebar counts. Target (issue 7): local search under 20 ms.

use criterion::{criterion_group, criterion_main, Criterion};
use storedesk_client::Engine;
use storedesk_domain::api::user::NewUser;
use storedesk_domain::view::{FirstRun, IssueQuery, IssueSort, IssueView};
use storedesk_domain::{Role, Secret, Status};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let engine = rt.block_on(async {
        let e = Engine::open(&dir.path().join("bench.sqlite3"))
            .await
            .unwrap();
        e.choose_local().await.unwrap();
        let started = std::time::Instant::now();
        e.first_run(FirstRun {
            admin: NewUser {
                id: None,
                username: "bench".into(),
                email: "bench@example.com".into(),
                display_name: "Bench".into(),
                role: Role::Admin,
                password: Secret::new("bench-password"),
            },
            load_demo: true,
        })
        .await
        .unwrap();
        eprintln!("demo of 10,000 issues loaded in {:?}", started.elapsed());
        e
    });
    let window = |q: IssueQuery| IssueQuery { limit: 91, ..q };
    let cases: Vec<(&str, IssueQuery)> = vec![
        ("first window", window(IssueQuery::default())),
        (
            "search 'printer' (best match)",
            window(IssueQuery {
                search: "printer".into(),
                sort: IssueSort::Relevance,
                ..IssueQuery::default()
            }),
        ),
        (
            "search as typed 'recei prin'",
            window(IssueQuery {
                search: "recei prin".into(),
                sort: IssueSort::Relevance,
                ..IssueQuery::default()
            }),
        ),
        (
            "search 'till' sorted by update",
            window(IssueQuery {
                search: "till".into(),
                ..IssueQuery::default()
            }),
        ),
        (
            "waiting on vendor, high first",
            window(IssueQuery {
                view: IssueView::WaitingOnVendor,
                sort: IssueSort::Priority,
                ..IssueQuery::default()
            }),
        ),
        (
            "open + in progress, scrolled to row 5,000",
            window(IssueQuery {
                statuses: vec![Status::Open, Status::InProgress],
                offset: 5_000,
                ..IssueQuery::default()
            }),
        ),
    ];
    let mut g = c.benchmark_group("local_list");
    for (name, q) in cases {
        g.bench_function(name, |b| {
            b.iter(|| rt.block_on(engine.issues(&q)).unwrap());
        });
    }
    g.bench_function("sidebar counts", |b| {
        b.iter(|| rt.block_on(engine.view_counts()).unwrap());
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
