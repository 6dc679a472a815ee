//! The vendor loop on the server, measured against real Dovecot + Postfix and PostgreSQL:
//! 1. a vendor receipt accepted by Postfix -> its resolution row committed (the desktop's
//!    notification follows through the live channel), p50 / p99 over 50 replies;
//! 2. a backlog of 10,000 replies waiting when the watcher starts -> all triaged and their
//!    effects committed, messages/s, and the process's peak memory before and after.
//!
//!     cargo run --release -p storedesk-server --example vendor_loop_latency
//!
//! It creates a database of its own on 127.0.0.1:5432 and drops it at the end.

use std::time::{Duration, Instant};

use sqlx::{Connection, Executor, PgConnection, PgPool};
use storedesk_mailbox::fixture::MailFixture;
use storedesk_mailbox::{imap, Outgoing};
use storedesk_server::vendor_mail::{self, config::MailConfig};
use tokio::sync::watch;
use uuid::Uuid;

const ADMIN: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const KEY: &[u8] = b"vendor-loop-bench-key";
const ISSUES: i64 = 10_100;

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

fn reply(number: i64) -> String {
    let id = storedesk_mail::compose::issue_message_id(number as u64, KEY, "ours.test");
    format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: [STORE-{number}] Till frozen\r\nDate: Tue, 02 Jul 2024 10:00:00 +0200\r\nMessage-ID: <bench-{number}@vendor.test>\r\nIn-Reply-To: {id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour request has been received and logged as ticket {}.\r\n",
        480_000 + number
    )
}

async fn count(db: &PgPool, query: &str) -> i64 {
    sqlx::query_scalar(query).fetch_one(db).await.unwrap_or(0)
}

async fn setup(url: &str) -> anyhow::Result<PgPool> {
    let db = storedesk_server::startup::prepare_database(url, 8).await?;
    let user = Uuid::now_v7();
    let store = Uuid::now_v7();
    sqlx::query("insert into users (id, username, email, display_name, role, password_hash) values ($1, 'eng', 'eng@x.test', 'Eng', 'engineer', 'x')")
        .bind(user).execute(&db).await?;
    sqlx::query("insert into stores (id, code, name) values ($1, 'UTR', 'Utrecht')")
        .bind(store)
        .execute(&db)
        .await?;
    sqlx::query(
        "insert into issues (id, number, store_id, title, priority, created_by)
         select gen_random_uuid(), n, $1, 'Till frozen', 'high', $2 from generate_series(1, $3) n",
    )
    .bind(store)
    .bind(user)
    .bind(ISSUES)
    .execute(&db)
    .await?;
    Ok(db)
}

fn config(fx: &MailFixture) -> MailConfig {
    MailConfig {
        smtp: None,
        imap: Some((fx.imaps(), fx.ops())),
        roots: fx.roots(),
        from: "ops@ours.test".into(),
        vendor_name: "RSNL".into(),
        vendor_address: "support@vendor.test".into(),
        vendor_domains: vec!["vendor.test".into()],
        our_domain: "ours.test".into(),
        key: KEY.to_vec(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let name = format!("storedesk_bench_{}", Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(ADMIN).await?;
    admin
        .execute(format!(r#"create database "{name}""#).as_str())
        .await?;
    let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
    let result = run(&url).await;
    admin
        .execute(format!(r#"drop database if exists "{name}" with (force)"#).as_str())
        .await?;
    result
}

async fn run(url: &str) -> anyhow::Result<()> {
    let db = setup(url).await?;
    let fx = MailFixture::start();
    let (stop_tx, stop) = watch::channel(false);
    let mail_loop = tokio::spawn(vendor_mail::run(
        db.clone(),
        url.to_string(),
        config(&fx),
        stop,
    ));
    let smtp = Outgoing::new(&fx.submissions(), &fx.vendor(), &fx.roots())?;
    let mut latencies = Vec::new();
    for n in 1..=50i64 {
        smtp.send(
            "support@vendor.test",
            &["ops@ours.test"],
            reply(n).as_bytes(),
        )
        .await?;
        let sent = Instant::now();
        while count(&db, "select count(*) from resolutions").await < n {
            anyhow::ensure!(
                sent.elapsed() < Duration::from_secs(30),
                "reply {n} not recorded"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        latencies.push(sent.elapsed());
    }
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "vendor receipt accepted by Postfix -> resolution committed, 50 replies: p50 {:.0} ms, p99 {:.0} ms (2 ms polling)",
        ms(latencies[24]),
        ms(latencies[49])
    );
    stop_tx.send(true)?;
    mail_loop.await??;

    let backlog = (ISSUES - 100) as usize;
    let mut session = imap::open(&fx.imaps(), &fx.ops(), &fx.roots()).await?;
    for n in 101..=ISSUES {
        session.append("INBOX", None, None, reply(n)).await?;
    }
    let _ = session.logout().await;
    let before = peak_kib();
    let start = Instant::now();
    let (stop_tx, stop) = watch::channel(false);
    let mail_loop = tokio::spawn(vendor_mail::run(
        db.clone(),
        url.to_string(),
        config(&fx),
        stop,
    ));
    let want = 50 + backlog as i64;
    while count(&db, "select count(*) from mail_log where direction = 'in'").await < want {
        anyhow::ensure!(
            start.elapsed() < Duration::from_secs(600),
            "backlog not done"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let took = start.elapsed();
    stop_tx.send(true)?;
    mail_loop.await??;
    let moved = count(
        &db,
        "select count(*) from issues where status = 'waiting_on_vendor'",
    )
    .await;
    println!(
        "backlog of {backlog} replies: triaged and recorded (resolution, 2 status moves, history, log, checkpoint) in {:.2} s = {:.0} messages/s; {moved} issues moved; peak memory {before} KiB before, {} KiB after",
        took.as_secs_f64(),
        backlog as f64 / took.as_secs_f64(),
        peak_kib()
    );
    Ok(())
}
