//! Test support (feature `fixture`): one throwaway Dovecot + Postfix per test, started by the
//! repository's `scripts/mail-fixture.sh` (0.3 s), stopped when dropped. Used by this crate's
//! tests and the server's vendor-loop tests.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use tokio::sync::{mpsc, watch};

use crate::{
    Checkpoint, Login, MailServer, MailSink, Outgoing, Security, TlsRoots, Watcher, WatcherConfig,
};

pub struct MailFixture {
    env: HashMap<String, String>,
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/mail-fixture.sh")
}

impl MailFixture {
    /// Starts the servers; panics with the reason when they cannot start (a missing server
    /// fails the test, it never skips it).
    pub fn start() -> MailFixture {
        let out = Command::new("bash")
            .arg(script())
            .arg("start")
            .output()
            .expect("running scripts/mail-fixture.sh");
        assert!(
            out.status.success(),
            "the mail fixture did not start (Dovecot and Postfix must be installed: .ci/run installs them): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let env = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<HashMap<_, _>>();
        assert_eq!(
            env.get("MAIL_FIXTURE_MTA").map(String::as_str),
            Some("postfix"),
            "the fixture runs without Postfix (it needs root)"
        );
        MailFixture { env }
    }

    fn get(&self, key: &str) -> &str {
        self.env.get(key).map(String::as_str).unwrap_or_default()
    }

    fn port(&self, key: &str) -> u16 {
        self.get(key).parse().expect("a port from the fixture")
    }

    /// The fixture's certificate authority, as a PEM file (a client's "trust this CA" setting).
    pub fn ca_pem_path(&self) -> &str {
        self.get("MAIL_CA_PEM")
    }

    pub fn roots(&self) -> TlsRoots {
        let pem = std::fs::read(self.get("MAIL_CA_PEM")).expect("the fixture's CA");
        TlsRoots::default().with_ca_pem(pem)
    }

    pub fn imaps(&self) -> MailServer {
        MailServer::new("localhost", self.port("IMAPS_PORT"), Security::ImplicitTls)
    }

    pub fn imap_starttls(&self) -> MailServer {
        MailServer::new("localhost", self.port("IMAP_PORT"), Security::StartTls)
    }

    pub fn submission_starttls(&self) -> MailServer {
        MailServer::new("localhost", self.port("SMTP_PORT"), Security::StartTls)
    }

    pub fn submissions(&self) -> MailServer {
        MailServer::new("localhost", self.port("SMTPS_PORT"), Security::ImplicitTls)
    }

    pub fn ops(&self) -> Login {
        Login::password(self.get("OPS_USER"), self.get("OPS_PASS"))
    }

    pub fn vendor(&self) -> Login {
        Login::password(self.get("VENDOR_USER"), self.get("VENDOR_PASS"))
    }

    fn control(&self, what: &str) {
        let status = Command::new("bash")
            .arg(script())
            .arg(what)
            .arg(self.get("MAIL_FIXTURE_DIR"))
            .status()
            .expect("running scripts/mail-fixture.sh");
        assert!(status.success(), "mail-fixture.sh {what} failed");
    }

    pub fn kill_imap(&self) {
        self.control("kill-imap");
    }

    pub fn restart_imap(&self) {
        self.control("restart-imap");
    }
}

/// The vendor's mailbox as its helpdesk reads it: every message, as it arrives.
struct Collect(mpsc::UnboundedSender<Vec<u8>>, Option<Checkpoint>);

impl MailSink for Collect {
    async fn checkpoint(&mut self) -> anyhow::Result<Option<Checkpoint>> {
        Ok(self.1)
    }
    async fn accept(&mut self, at: Checkpoint, raw: &[u8]) -> anyhow::Result<()> {
        self.1 = Some(at);
        let _ = self.0.send(raw.to_vec());
        Ok(())
    }
}

impl MailFixture {
    /// Watches the vendor's mailbox until `stop`: each message that reaches it, in order.
    pub fn vendor_inbox(&self, stop: watch::Receiver<bool>) -> mpsc::UnboundedReceiver<Vec<u8>> {
        let (tx, rx) = mpsc::unbounded_channel();
        let config = WatcherConfig::new(self.imaps(), self.vendor(), self.roots());
        tokio::spawn(Watcher::new(config, Collect(tx, None)).run(stop));
        rx
    }

    /// The vendor sends `raw` (a whole message) to `to` through Postfix.
    pub async fn vendor_sends(&self, to: &str, raw: &[u8]) {
        Outgoing::new(&self.submissions(), &self.vendor(), &self.roots())
            .expect("the fixture's submission server")
            .send(self.get("VENDOR_USER"), &[to], raw)
            .await
            .expect("Postfix takes the vendor's mail");
    }
}

impl Drop for MailFixture {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(script())
            .arg("stop")
            .arg(self.get("MAIL_FIXTURE_DIR"))
            .env("STOP_GRACE_S", "0")
            .status();
    }
}
