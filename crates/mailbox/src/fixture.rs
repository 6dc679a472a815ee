//! Test support (feature `fixture`): one throwaway Dovecot + Postfix per test, started by the
//! repository's `scripts/mail-fixture.sh` (0.3 s), stopped when dropped. Used by this crate's
//! tests and the server's vendor-loop tests.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use crate::{Login, MailServer, Security, TlsRoots};

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
