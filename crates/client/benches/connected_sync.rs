//! Connected mode against the real server on real PostgreSQL, seeded as the demo server is
//! (10,000 issues, 50,000 comments): the first sync into an empty cache (target under 3 s), and
//! a change made on one desktop reaching another desktop's cache through the live channel
//! (target p99 under 1 s). Run: `cargo bench -p storedesk-client --bench connected_sync`.
//! Needs PostgreSQL on 127.0.0.1:5432 (trust) and a D-Bus keychain (`scripts/with-keychain.sh`;
//! without one the app says so and keeps going, which does not change these figures).

#[path = "../tests/support/server.rs"]
mod server;

use server::{Server, PASSWORD};
use std::sync::Arc;
use std::time::{Duration, Instant};
use storedesk_client::Engine;
use storedesk_domain::api::auth::LoginRequest;
use storedesk_domain::api::issue::{NewIssue, StatusChange};
use storedesk_domain::view::{Connect, IssueQuery, SyncPhase};
use storedesk_domain::{Priority, Secret, Status};
use tokio::task::JoinHandle;

const DEADLINE: Duration = Duration::from_secs(60);

struct App {
    engine: Arc<Engine>,
    tasks: Vec<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl App {
    async fn open() -> App {
        let dir = tempfile::tempdir().unwrap();
        let engine = Arc::new(
            Engine::open(&dir.path().join("storedesk.sqlite3"))
                .await
                .unwrap(),
        );
        let tasks = vec![
            tokio::spawn(engine.clone().run_sync()),
            tokio::spawn(engine.clone().run_live()),
        ];
        App {
            engine,
            tasks,
            _dir: dir,
        }
    }

    /// Connects and waits (with a deadline) until the first sync is complete.
    async fn connect(&self, server: &Server) {
        self.engine
            .connect(Connect {
                server: server.base(),
                login: LoginRequest {
                    login: "root".into(),
                    password: Secret::new(PASSWORD),
                },
            })
            .await
            .unwrap();
        let mut rx = self.engine.watch_sync();
        tokio::time::timeout(
            DEADLINE,
            rx.wait_for(|s| s.phase == SyncPhase::Synced && s.pending == 0),
        )
        .await
        .expect("synced within the deadline")
        .unwrap();
    }

    fn quit(self) {
        for t in self.tasks {
            t.abort();
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{what}: n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        samples.len(),
        percentile(&samples, 0.5).as_secs_f64() * 1e3,
        percentile(&samples, 0.99).as_secs_f64() * 1e3,
        samples.last().unwrap().as_secs_f64() * 1e3,
    );
}

async fn run() {
    let server = Server::start().await;
    let seeding = Instant::now();
    storedesk_server::seed::seed_demo(
        &server.db,
        &storedesk_server::seed::SeedOptions {
            stores: 20,
            users: 200,
            issues: 10_000,
            comments: 50_000,
            password: "bench-demo".into(),
            seed: 42,
        },
    )
    .await
    .unwrap();
    println!(
        "seeded 10,000 issues and 50,000 comments in {:.1} s",
        seeding.elapsed().as_secs_f64()
    );

    // First sync into an empty cache, five times (each a new desktop).
    let mut first = Vec::new();
    for _ in 0..5 {
        let app = App::open().await;
        let started = Instant::now();
        app.connect(&server).await;
        first.push(started.elapsed());
        let list = app.engine.issues(&IssueQuery::default()).await.unwrap();
        assert!(list.total >= 10_000, "the whole demo is in the cache");
        app.quit();
    }
    report("first sync of 10,000 issues + 50,000 comments", first);

    // A change on desktop A reaching desktop B's cache, 50 times.
    let (a, b) = (App::open().await, App::open().await);
    a.connect(&server).await;
    b.connect(&server).await;
    let id = a
        .engine
        .log_issue(&NewIssue {
            id: None,
            store_id: server.store,
            title: "Bench: live propagation".into(),
            description: String::new(),
            priority: Priority::Medium,
            assigned_to: None,
        })
        .await
        .unwrap()
        .id;
    let mut status = Status::Open;
    let mut live = Vec::new();
    for i in 0..51 {
        let next = match status {
            Status::Open | Status::WaitingOnVendor => Status::InProgress,
            _ => Status::WaitingOnVendor,
        };
        let mut rx = b.engine.watch_sync();
        rx.mark_unchanged();
        let started = Instant::now();
        a.engine
            .change_status(
                id,
                &StatusChange {
                    status: next,
                    reason: None,
                },
            )
            .await
            .unwrap();
        tokio::time::timeout(DEADLINE, async {
            loop {
                rx.changed().await.unwrap();
                if b.engine.issue(id).await.is_ok_and(|d| d.status == next) {
                    break;
                }
            }
        })
        .await
        .expect("the change reached the other desktop");
        // The first move also carries the new issue itself; it is not counted.
        if i > 0 {
            live.push(started.elapsed());
        }
        status = next;
    }
    report("a change on one desktop to the other's cache", live);
    a.quit();
    b.quit();
}

fn main() {
    // `cargo test --benches` runs benches with `--bench`-less arguments; only measure when
    // asked to (cargo bench passes `--bench`).
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run());
}
