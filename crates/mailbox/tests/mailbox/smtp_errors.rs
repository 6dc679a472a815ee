//! What the outbox learns from a failed send: retry (server away) or stop (refused).

use storedesk_mailbox::{Login, MailServer, Outgoing, Security, SendError};

use storedesk_mailbox::fixture::MailFixture as Fixture;

const MAIL: &[u8] = b"From: ops@ours.test\r\nTo: support@vendor.test\r\nSubject: x\r\nMessage-ID: <e@ours.test>\r\n\r\nx\r\n";

#[tokio::test]
async fn a_wrong_password_is_refused_and_a_server_away_is_retried() {
    let fx = Fixture::start();
    let wrong = Login::password("ops@ours.test", "not-the-password");
    let err = Outgoing::new(&fx.submission_starttls(), &wrong, &fx.roots())
        .expect("an SMTP account")
        .send("ops@ours.test", &["support@vendor.test"], MAIL)
        .await
        .expect_err("a wrong password fails");
    assert!(matches!(err, SendError::Permanent(_)), "{err:?}");
    assert!(!format!("{err:?}").contains("not-the-password"), "{err:?}");

    // A port nobody listens on: the server is away, not refusing.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("its address").port();
    drop(listener);
    let away = MailServer::new("localhost", port, Security::ImplicitTls);
    let err = Outgoing::new(&away, &fx.ops(), &fx.roots())
        .expect("an SMTP account")
        .send("ops@ours.test", &["support@vendor.test"], MAIL)
        .await
        .expect_err("nobody listens");
    assert!(matches!(err, SendError::Transient(_)), "{err:?}");

    // Plain SMTP to another machine is refused before any connection.
    let plain = MailServer::new("smtp.rsnl.nl", 25, Security::Plain);
    assert!(matches!(
        Outgoing::new(&plain, &fx.ops(), &fx.roots()),
        Err(SendError::Permanent(_))
    ));
}
