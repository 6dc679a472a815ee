//! The vendor loop on the server, against real Dovecot + Postfix and the test's PostgreSQL:
//! an issue logged through the API is mailed to the vendor, the vendor's answers come back
//! through the watcher and move the issue, once each, whatever is delivered twice.

use std::time::{Duration, Instant};

use sqlx::PgPool;
use storedesk_mailbox::fixture::MailFixture;
use storedesk_mailbox::{MailServer, Security, Watcher, WatcherConfig};
use storedesk_server::vendor_mail::config::MailConfig;
use storedesk_server::vendor_mail::{self, sink::PgSink};
use tokio::sync::watch;
use uuid::Uuid;

use crate::harness::{Proxy, TestApp};

/// field, old value, new value, actor.
type HistoryRow = (String, Option<String>, Option<String>, Option<Uuid>);

const DEADLINE: Duration = Duration::from_secs(30);

fn config(fx: &MailFixture) -> MailConfig {
    MailConfig {
        smtp: Some((fx.submission_starttls(), fx.ops())),
        imap: Some((fx.imaps(), fx.ops())),
        roots: fx.roots(),
        from: "ops@ours.test".into(),
        vendor_name: "RSNL".into(),
        vendor_address: "support@vendor.test".into(),
        vendor_domains: vec!["vendor.test".into()],
        our_domain: "ours.test".into(),
        key: b"vendor-mail-test-key".to_vec(),
    }
}

/// Waits until `query` (one bigint) returns at least `want`, or fails at the deadline.
async fn wait_until(db: &PgPool, query: &str, want: i64) {
    let start = Instant::now();
    loop {
        let n: i64 = sqlx::query_scalar(query).fetch_one(db).await.unwrap();
        if n >= want {
            return;
        }
        assert!(start.elapsed() < DEADLINE, "{query}: {n}, want {want}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn vendor_says(fx: &MailFixture, message_id: &str, subject: &str, id: &str, body: &str) {
    let reply = format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: {subject}\r\nDate: Mon, 01 Jul 2024 09:05:00 +0000\r\nMessage-ID: <{id}@vendor.test>\r\nIn-Reply-To: {message_id}\r\nReferences: {message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    );
    fx.vendor_sends("ops@ours.test", reply.as_bytes()).await;
}

async fn scalar(db: &PgPool, query: &str, issue: Uuid) -> Option<String> {
    sqlx::query_scalar(query)
        .bind(issue)
        .fetch_optional(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_logged_issue_is_mailed_and_the_vendors_answers_move_it_once() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    storedesk_server::store::mail::enable(&app.db)
        .await
        .unwrap();
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("UTR", None, &[engineer]).await;
    let issue = app.issue(&token, store, "Till 3 frozen on boot").await;
    let issue_id: Uuid = issue["id"].as_str().unwrap().parse().unwrap();
    let number = issue["number"].as_i64().unwrap();

    let (stop_all, stop) = watch::channel(false);
    let mut at_vendor = fx.vendor_inbox(stop.clone());
    let mail_loop = tokio::spawn(vendor_mail::run(
        app.db.clone(),
        app.db_url(),
        config(&fx),
        stop.clone(),
    ));

    // Out: the issue mail reaches the vendor's mailbox through Postfix, once.
    let raw = tokio::time::timeout(DEADLINE, at_vendor.recv())
        .await
        .expect("the issue mail reaches the vendor")
        .unwrap();
    let mail = storedesk_mail::message::parse(&raw).unwrap();
    let subject = format!("[STORE-{number}] Till 3 frozen on boot — Store UTR");
    assert_eq!(mail.subject, subject);
    assert!(
        mail.new_text.contains("Priority: high"),
        "{}",
        mail.new_text
    );
    assert!(mail.new_text.contains("It broke."), "{}", mail.new_text);
    let message_id = format!("<{}>", mail.message_id.unwrap());
    wait_until(
        &app.db,
        "select count(*) from mail_outbox where state = 'sent'",
        1,
    )
    .await;
    assert_eq!(
        scalar(
            &app.db,
            "select message_id from mail_outbox where issue_id = $1",
            issue_id
        )
        .await,
        Some(message_id.clone())
    );

    // In: the vendor's receipt opens its ticket and puts the issue in Waiting on vendor.
    let encoded = format!(
        "=?UTF-8?Q?{}?=",
        subject.replace(' ', "_").replace('—', "=E2=80=94")
    );
    vendor_says(
        &fx,
        &message_id,
        &encoded,
        "ack-1",
        "Your request has been received and logged as ticket 482913.",
    )
    .await;
    wait_until(&app.db, "select count(*) from resolutions", 1).await;
    assert_eq!(
        scalar(&app.db, "select status from issues where id = $1", issue_id)
            .await
            .as_deref(),
        Some("waiting_on_vendor")
    );
    let ack: (String, bool, bool) = sqlx::query_as(
        "select vendor || ' ' || vendor_ticket_id, acknowledged_at is not null, resolution_date is null
         from resolutions where issue_id = $1",
    )
    .bind(issue_id)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(ack, ("RSNL 482913".to_string(), true, true));
    let history: Vec<HistoryRow> = sqlx::query_as(
        "select field, old_value, new_value, actor_id from issue_events
         where issue_id = $1 and field <> 'created' order by id",
    )
    .bind(issue_id)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(
        history,
        [
            (
                "vendor_ticket".into(),
                None,
                Some("RSNL 482913".into()),
                None
            ),
            (
                "status".into(),
                Some("open".into()),
                Some("in_progress".into()),
                None
            ),
            (
                "status".into(),
                Some("in_progress".into()),
                Some("waiting_on_vendor".into()),
                None
            ),
        ]
    );

    // The same receipt delivered again, then the resolution: one resolution, resolved once.
    vendor_says(
        &fx,
        &message_id,
        &encoded,
        "ack-1",
        "Your request has been received and logged as ticket 482913.",
    )
    .await;
    vendor_says(
        &fx,
        &message_id,
        &encoded,
        "fixed-1",
        "We replaced the power supply; ticket 482913 has been resolved.",
    )
    .await;
    wait_until(
        &app.db,
        "select count(*) from issues where status = 'resolved'",
        1,
    )
    .await;
    let counts: (i64, i64, i64, bool) = sqlx::query_as(
        "select (select count(*) from resolutions),
                (select count(*) from mail_log where direction = 'in'),
                (select count(*) from issue_events where field = 'status'),
                (select resolution_date is not null from resolutions)",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(
        counts,
        (1, 2, 3, true),
        "resolutions, mail in, status moves, resolved"
    );

    stop_all.send(true).unwrap();
    mail_loop.await.unwrap().unwrap();
}

#[tokio::test]
async fn two_watchers_on_one_mailbox_record_one_resolution() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    storedesk_server::store::mail::enable(&app.db)
        .await
        .unwrap();
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("AMS", None, &[engineer]).await;
    let issue = app.issue(&token, store, "Receipt printer offline").await;
    let number = issue["number"].as_u64().unwrap();
    let cfg = config(&fx);
    let message_id = storedesk_mail::compose::issue_message_id(number, &cfg.key, "ours.test");

    // Two processes that both believe they watch (the advisory lock is bypassed on purpose).
    let (stop_all, stop) = watch::channel(false);
    let mut watchers = Vec::new();
    for _ in 0..2 {
        let sink = PgSink::new(app.db.clone(), &cfg, "ops/INBOX".into())
            .await
            .unwrap();
        let mut wc = WatcherConfig::new(fx.imaps(), fx.ops(), fx.roots());
        wc.done_folder = None;
        watchers.push(tokio::spawn(Watcher::new(wc, sink).run(stop.clone())));
    }
    for n in 0..5 {
        vendor_says(
            &fx,
            &message_id,
            &format!("[STORE-{number}] printer"),
            &format!("upd-{n}"),
            &format!("Ticket 55{n}01 has been created for your request."),
        )
        .await;
    }
    wait_until(
        &app.db,
        "select count(*) from mail_log where direction = 'in'",
        5,
    )
    .await;
    stop_all.send(true).unwrap();
    for w in watchers {
        w.await.unwrap();
    }
    let counts: (i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from mail_log where direction = 'in'),
                (select count(*) from resolutions),
                (select count(*) from issue_events where field = 'status')",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    // Five mails, each logged once; each names its own ticket (five resolutions); the issue
    // moved to Waiting on vendor once (two steps from Open).
    assert_eq!(counts, (5, 5, 2));
}

#[tokio::test]
async fn while_smtp_is_away_the_issue_mail_waits_and_goes_out_once_when_it_is_back() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    storedesk_server::store::mail::enable(&app.db)
        .await
        .unwrap();
    let postfix = fx.submissions();
    let proxy = Proxy::start(format!("127.0.0.1:{}", postfix.port).parse().unwrap()).await;
    proxy.set(false);
    let mut cfg = config(&fx);
    cfg.smtp = Some((
        MailServer::new("localhost", proxy.addr.port(), Security::ImplicitTls),
        fx.ops(),
    ));
    cfg.imap = None;
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("RTM", None, &[engineer]).await;
    let issue = app.issue(&token, store, "Scanner not reading").await;
    let issue_id: Uuid = issue["id"].as_str().unwrap().parse().unwrap();

    let (stop_all, stop) = watch::channel(false);
    let mut at_vendor = fx.vendor_inbox(stop.clone());
    let mail_loop = tokio::spawn(vendor_mail::run(
        app.db.clone(),
        app.db_url(),
        cfg,
        stop.clone(),
    ));

    // The server is away: the mail stays queued with the reason, for a retry.
    wait_until(
        &app.db,
        "select count(*) from mail_outbox where state = 'queued' and attempts = 1 and last_error is not null",
        1,
    )
    .await;
    proxy.set(true);
    wait_until(
        &app.db,
        "select count(*) from mail_outbox where state = 'sent'",
        1,
    )
    .await;
    let raw = tokio::time::timeout(DEADLINE, at_vendor.recv())
        .await
        .expect("the issue mail reaches the vendor")
        .unwrap();
    assert!(storedesk_mail::message::parse(&raw)
        .unwrap()
        .subject
        .contains("Scanner not reading"));
    let sent: (i32, i64) = sqlx::query_as(
        "select attempts, (select count(*) from mail_log where direction = 'out')
         from mail_outbox where issue_id = $1",
    )
    .bind(issue_id)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(sent, (2, 1), "one failed attempt, one send, logged once");
    stop_all.send(true).unwrap();
    mail_loop.await.unwrap().unwrap();
    assert!(
        at_vendor.try_recv().is_err(),
        "a second copy reached the vendor"
    );
}

#[tokio::test]
async fn mail_left_sending_by_a_stop_is_never_sent_again_by_itself() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    storedesk_server::store::mail::enable(&app.db)
        .await
        .unwrap();
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("GNT", None, &[engineer]).await;
    let first = app.issue(&token, store, "Router LEDs red").await;
    let first: Uuid = first["id"].as_str().unwrap().parse().unwrap();
    // As a server killed between "sending" and "sent" leaves it.
    sqlx::query("update mail_outbox set state = 'sending', attempts = 1 where issue_id = $1")
        .bind(first)
        .execute(&app.db)
        .await
        .unwrap();
    let second = app.issue(&token, store, "Scale shows wrong weight").await;
    let second: Uuid = second["id"].as_str().unwrap().parse().unwrap();

    let mut cfg = config(&fx);
    cfg.imap = None;
    let (stop_all, stop) = watch::channel(false);
    let mail_loop = tokio::spawn(vendor_mail::run(app.db.clone(), app.db_url(), cfg, stop));
    wait_until(
        &app.db,
        "select count(*) from mail_outbox where state = 'sent'",
        1,
    )
    .await;
    stop_all.send(true).unwrap();
    mail_loop.await.unwrap().unwrap();
    let states: Vec<(Uuid, String, i32, Option<String>)> = sqlx::query_as(
        "select issue_id, state, attempts, last_error from mail_outbox order by created_at",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(states.len(), 2);
    assert_eq!(
        (states[0].0, states[0].1.as_str(), states[0].2),
        (first, "failed", 1)
    );
    assert!(
        states[0]
            .3
            .as_deref()
            .unwrap_or_default()
            .contains("may have reached the vendor"),
        "{:?}",
        states[0].3
    );
    assert_eq!((states[1].0, states[1].1.as_str()), (second, "sent"));
}

#[tokio::test]
async fn a_message_that_cannot_be_read_is_quarantined_and_the_next_one_is_handled() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("LIL", None, &[engineer]).await;
    let issue = app.issue(&token, store, "Cash drawer will not open").await;
    let number = issue["number"].as_u64().unwrap();
    let cfg = config(&fx);
    let message_id = storedesk_mail::compose::issue_message_id(number, &cfg.key, "ours.test");
    let mut session = storedesk_mailbox::imap::open(&fx.imaps(), &fx.ops(), &fx.roots())
        .await
        .unwrap();
    // A good answer before the bad message in the same batch: its effects survive the replay
    // the failure causes, once.
    let before = format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: [STORE-{number}] drawer\r\nDate: Mon, 01 Jul 2024 09:01:00 +0000\r\nMessage-ID: <ack-p@vendor.test>\r\nIn-Reply-To: {message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe have logged this under ticket 77119.\r\n"
    );
    session
        .append("INBOX", None, None, before.as_bytes())
        .await
        .unwrap();
    session
        .append("INBOX", None, None, "this is not a mail at all\r\n")
        .await
        .unwrap();
    let _ = session.logout().await;
    vendor_says(
        &fx,
        &message_id,
        &format!("[STORE-{number}] drawer"),
        "ack-q",
        "Your request has been received; ticket 77120 was created.",
    )
    .await;

    let mut cfg = cfg;
    cfg.smtp = None;
    let (stop_all, stop) = watch::channel(false);
    let mail_loop = tokio::spawn(vendor_mail::run(app.db.clone(), app.db_url(), cfg, stop));
    wait_until(
        &app.db,
        "select count(*) from resolutions where vendor_ticket_id = '77120'",
        1,
    )
    .await;
    stop_all.send(true).unwrap();
    mail_loop.await.unwrap().unwrap();
    let quarantined: Vec<(String, String)> = sqlx::query_as(
        "select event, rule from mail_log where direction = 'in' and event = 'quarantine'",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(quarantined.len(), 1, "{quarantined:?}");
    assert!(
        quarantined[0].1.contains("unreadable message"),
        "{quarantined:?}"
    );
    let tickets: Vec<String> =
        sqlx::query_scalar("select vendor_ticket_id from resolutions order by vendor_ticket_id")
            .fetch_all(&app.db)
            .await
            .unwrap();
    assert_eq!(tickets, ["77119", "77120"]);
    let logged: i64 = sqlx::query_scalar("select count(*) from mail_log where direction = 'in'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 3, "each message logged once");
}

/// A helpdesk that replaced our subject and dropped the thread, naming the fault only by its
/// title and store: the watcher offers the issue for confirmation and changes nothing yet.
#[tokio::test]
async fn a_mail_naming_an_issue_only_by_title_and_store_is_offered_not_applied() {
    let app = TestApp::spawn().await;
    let fx = MailFixture::start();
    let (engineer, token) = app.user("eng", "engineer").await;
    let store = app.store("AMS", None, &[engineer]).await;
    let other = app.store("UTR", None, &[engineer]).await;
    let issue = app
        .issue(&token, store, "Handheld scanner battery dead")
        .await;
    app.issue(&token, other, "Handheld scanner battery dead")
        .await;
    let id: Uuid = issue["id"].as_str().unwrap().parse().unwrap();
    let visit = "From: RSNL Field Service <no-reply@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Visit confirmation: Tuesday, July 16\r\nDate: Mon, 15 Jul 2024 09:05:00 +0000\r\nMessage-ID: <visit-1042@vendor.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJob #1042 - Handheld scanner battery dead\r\nProperty: Store AMS, 1 High Street\r\nArrival window: 8:00 AM - 10:00 AM\r\n";
    fx.vendor_sends("ops@ours.test", visit.as_bytes()).await;

    let mut cfg = config(&fx);
    cfg.smtp = None;
    let (stop_all, stop) = watch::channel(false);
    let mail_loop = tokio::spawn(vendor_mail::run(app.db.clone(), app.db_url(), cfg, stop));
    wait_until(
        &app.db,
        "select count(*) from mail_log where direction = 'in' and message_id = 'visit-1042@vendor.test'",
        1,
    )
    .await;
    stop_all.send(true).unwrap();
    mail_loop.await.unwrap().unwrap();
    let (issue_id, rule, asks): (Option<Uuid>, String, bool) = sqlx::query_as(
        "select issue_id, rule, needs_confirmation from mail_log
         where message_id = 'visit-1042@vendor.test'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(issue_id, Some(id), "{rule}");
    assert!(asks, "{rule}");
    assert!(rule.contains("title_and_store"), "{rule}");
    assert_eq!(
        scalar(&app.db, "select status from issues where id = $1", id).await,
        Some("open".into())
    );
}
