//! Our issue mail out through Postfix into the vendor's mailbox, the vendor's answer back into
//! ours, seen by the watcher over IDLE and read by triage: the vendor loop without its store.

use std::time::Duration;

use base64::Engine;
use storedesk_mail::{compose_issue_headers, triage, Event, TriageContext};
use storedesk_mailbox::{Outgoing, Watcher, WatcherConfig};
use tokio::sync::watch;

use crate::sink::Collected;
use storedesk_mailbox::fixture::MailFixture as Fixture;

const KEY: &[u8] = b"mailbox-test-key";
const ARRIVAL: Duration = Duration::from_secs(20);

fn encoded(subject: &str) -> String {
    format!(
        "=?UTF-8?B?{}?=",
        base64::engine::general_purpose::STANDARD.encode(subject)
    )
}

#[tokio::test]
async fn an_issue_mail_goes_out_and_the_vendors_reply_comes_back_to_triage() {
    let fx = Fixture::start();
    let roots = fx.roots();
    let (stop_all, stop) = watch::channel(false);
    // The vendor's mailbox over implicit TLS, ours over STARTTLS: both ways of the fixture.
    let vendor_inbox = Collected::default();
    let vendor = tokio::spawn(
        Watcher::new(
            WatcherConfig::new(fx.imaps(), fx.vendor(), roots.clone()),
            vendor_inbox.clone(),
        )
        .run(stop.clone()),
    );
    let ops_inbox = Collected::default();
    let ops = tokio::spawn(
        Watcher::new(
            WatcherConfig::new(fx.imap_starttls(), fx.ops(), roots.clone()),
            ops_inbox.clone(),
        )
        .run(stop.clone()),
    );

    let (subject, message_id) = compose_issue_headers(
        42,
        "Till 3 frozen on boot",
        "Utrecht Hoog Catharijne",
        KEY,
        "ours.test",
    );
    let issue_mail = format!(
        "From: StoreDesk <ops@ours.test>\r\nTo: RSNL Support <support@vendor.test>\r\nReply-To: ops@ours.test\r\nSubject: {}\r\nDate: Mon, 01 Jul 2024 09:00:00 +0200\r\nMessage-ID: {message_id}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nStore: Utrecht Hoog Catharijne\r\nPriority: high\r\n\r\nTill 3 frozen on boot.\r\n",
        encoded(&subject)
    );
    Outgoing::new(&fx.submission_starttls(), &fx.ops(), &roots)
        .expect("an SMTP account")
        .send(
            "ops@ours.test",
            &["support@vendor.test"],
            issue_mail.as_bytes(),
        )
        .await
        .expect("Postfix takes the issue mail");
    let at_vendor = vendor_inbox.wait_for(1, ARRIVAL).await;
    let seen = storedesk_mail::message::parse(&at_vendor[0]).expect("a mail");
    assert_eq!(seen.subject, subject);
    assert_eq!(
        seen.message_id.as_deref(),
        Some(message_id.trim_matches(['<', '>']))
    );

    let reply = format!(
        "From: RSNL Support <support@vendor.test>\r\nTo: ops@ours.test\r\nSubject: Re: {} [Ticket#482913]\r\nDate: Mon, 01 Jul 2024 09:05:00 +0200\r\nMessage-ID: <ack-482913@vendor.test>\r\nIn-Reply-To: {message_id}\r\nReferences: {message_id}\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYour request has been received and logged as ticket 482913.\r\n",
        encoded(&subject)
    );
    Outgoing::new(&fx.submissions(), &fx.vendor(), &roots)
        .expect("an SMTP account")
        .send("support@vendor.test", &["ops@ours.test"], reply.as_bytes())
        .await
        .expect("Postfix takes the reply");
    let at_ops = ops_inbox.wait_for(1, ARRIVAL).await;

    let mut ctx = TriageContext::new("ours.test", KEY.to_vec());
    ctx.add_vendor_domain("vendor.test");
    ctx.learn_sent(&message_id, 42);
    let t = triage(&at_ops[0], &ctx);
    assert_eq!(t.issue.map(|m| m.number), Some(42));
    assert_eq!(t.vendor_ticket.map(|v| v.id).as_deref(), Some("482913"));
    assert_eq!(t.event, Event::Acknowledged);

    stop_all.send(true).expect("watchers listening");
    vendor.await.expect("vendor watcher ends");
    ops.await.expect("ops watcher ends");
    // Handled mail left the inbox for Processed; each message was handed over once.
    assert_eq!(ops_inbox.checkpoint().map(|c| c.last_uid), Some(1));
    assert_eq!(ops_inbox.accepted(), 1);
    assert_eq!(crate::reconnect::count(&fx, "INBOX").await, 0);
    assert_eq!(crate::reconnect::count(&fx, "Processed").await, 1);
}
