//! Dovecot killed while the watcher is in IDLE: the reply that arrives meanwhile (queued by
//! Postfix until Dovecot is back) is fetched after the reconnect, once.

use std::time::Duration;

use storedesk_mailbox::{imap, MailServer, Outgoing, Watcher, WatcherConfig};
use tokio::sync::watch;

use crate::sink::Collected;
use storedesk_mailbox::fixture::MailFixture as Fixture;

/// Messages in a folder of our mailbox, read on a session of its own.
pub async fn count(fx: &Fixture, folder: &str) -> u32 {
    let mut session = imap::open(&fx.imaps(), &fx.ops(), &fx.roots())
        .await
        .expect("an IMAP session");
    let mailbox = session.examine(folder).await.expect("EXAMINE");
    let _ = session.logout().await;
    mailbox.exists
}

fn reply(n: u32) -> String {
    format!(
        "From: Femke de Groot <f.degroot@vendor.test>\r\nTo: ops@ours.test\r\nSubject: RE: [STORE-7] Receipt printer offline\r\nDate: Tue, 02 Jul 2024 10:0{n}:00 +0200\r\nMessage-ID: <reply-{n}@vendor.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nUpdate {n}: the engineer is on his way.\r\n"
    )
}

async fn send(fx: &Fixture, server: &MailServer, n: u32) {
    Outgoing::new(server, &fx.vendor(), &fx.roots())
        .expect("an SMTP account")
        .send(
            "support@vendor.test",
            &["ops@ours.test"],
            reply(n).as_bytes(),
        )
        .await
        .expect("Postfix takes the reply");
}

#[tokio::test]
async fn a_reply_that_arrives_while_dovecot_is_down_is_fetched_once_it_is_back() {
    let fx = Fixture::start();
    let inbox = Collected::default();
    let (stop_tx, stop) = watch::channel(false);
    let mut config = WatcherConfig::new(fx.imaps(), fx.ops(), fx.roots());
    // Long enough for Dovecot to come back and the second reply to land before the watcher
    // reconnects, so it must find that reply by its checkpoint: no IDLE event announces it.
    config.first_backoff = Duration::from_secs(5);
    let watcher = tokio::spawn(Watcher::new(config, inbox.clone()).run(stop));

    send(&fx, &fx.submissions(), 1).await;
    inbox.wait_for(1, Duration::from_secs(20)).await;

    fx.kill_imap();
    // Postfix checks SMTP AUTH with Dovecot, so the reply is sent once Dovecot is up again.
    fx.restart_imap();
    send(&fx, &fx.submission_starttls(), 2).await;
    let mails = inbox.wait_for(2, Duration::from_secs(40)).await;
    let ids: Vec<Option<String>> = mails
        .iter()
        .map(|m| {
            storedesk_mail::message::parse(m)
                .ok()
                .and_then(|m| m.message_id)
        })
        .collect();
    assert_eq!(
        ids,
        [
            Some("reply-1@vendor.test".to_string()),
            Some("reply-2@vendor.test".to_string())
        ]
    );

    stop_tx.send(true).expect("watcher listening");
    watcher.await.expect("watcher ends");
    assert_eq!(inbox.accepted(), 2, "each reply handed over once");
    assert_eq!(count(&fx, "INBOX").await, 0);
    assert_eq!(count(&fx, "Processed").await, 2);
}

#[tokio::test]
async fn a_restarted_watcher_goes_on_from_its_checkpoint() {
    let fx = Fixture::start();
    let inbox = Collected::default();
    // First run: two replies handled, and the watcher stopped.
    let (stop_tx, stop) = watch::channel(false);
    let mut config = WatcherConfig::new(fx.imaps(), fx.ops(), fx.roots());
    // Leave handled mail in place: the checkpoint alone must keep it from coming back.
    config.done_folder = None;
    let first = tokio::spawn(Watcher::new(config.clone(), inbox.clone()).run(stop));
    send(&fx, &fx.submissions(), 1).await;
    send(&fx, &fx.submissions(), 2).await;
    inbox.wait_for(2, Duration::from_secs(20)).await;
    stop_tx.send(true).expect("watcher listening");
    let inbox = first.await.expect("watcher ends");
    let before = inbox.checkpoint().expect("a checkpoint");

    // A third reply while no watcher runs; the next watcher takes only that one.
    send(&fx, &fx.submissions(), 3).await;
    let (stop_tx, stop) = watch::channel(false);
    let second = tokio::spawn(Watcher::new(config, inbox.clone()).run(stop));
    inbox.wait_for(3, Duration::from_secs(20)).await;
    stop_tx.send(true).expect("watcher listening");
    second.await.expect("watcher ends");
    assert_eq!(
        inbox.accepted(),
        3,
        "the first two were not handed over again"
    );
    let after = inbox.checkpoint().expect("a checkpoint");
    assert_eq!(after.uid_validity, before.uid_validity);
    assert_eq!(after.last_uid, before.last_uid + 1);
    assert_eq!(count(&fx, "INBOX").await, 3);
}
