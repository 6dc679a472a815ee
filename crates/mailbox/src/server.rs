//! Where a mail server is and how the connection is protected.

use std::str::FromStr;

/// Transport security. Production uses TLS; `Plain` is accepted only for loopback addresses
/// (a local test server), never to send a password across a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTP submissions 465).
    ImplicitTls,
    /// Plain connection upgraded with STARTTLS before login (IMAP 143, submission 587).
    StartTls,
    /// No TLS: loopback only.
    Plain,
}

impl FromStr for Security {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "tls" | "implicit" | "implicit-tls" | "ssl" => Ok(Security::ImplicitTls),
            "starttls" => Ok(Security::StartTls),
            "plain" | "none" => Ok(Security::Plain),
            other => Err(format!(
                "unknown TLS mode {other:?}: use tls, starttls or plain (loopback only)"
            )),
        }
    }
}

impl From<storedesk_domain::mail_account::MailSecurity> for Security {
    fn from(s: storedesk_domain::mail_account::MailSecurity) -> Self {
        use storedesk_domain::mail_account::MailSecurity as M;
        match s {
            M::Tls => Security::ImplicitTls,
            M::StartTls => Security::StartTls,
            M::Plain => Security::Plain,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailServer {
    pub host: String,
    pub port: u16,
    pub security: Security,
}

impl MailServer {
    pub fn new(host: impl Into<String>, port: u16, security: Security) -> Self {
        MailServer {
            host: host.into(),
            port,
            security,
        }
    }

    /// Refuses a plain connection to anything but this machine.
    pub fn check_security(&self) -> Result<(), String> {
        if self.security == Security::Plain
            && !storedesk_domain::mail_account::plain_allowed(&self.host)
        {
            return Err(format!(
                "{}:{} without TLS: plain connections are allowed to this machine only",
                self.host, self.port
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_only_on_loopback() {
        assert!(MailServer::new("127.0.0.1", 143, Security::Plain)
            .check_security()
            .is_ok());
        assert!(MailServer::new("imap.rsnl.nl", 143, Security::Plain)
            .check_security()
            .is_err());
        assert!(MailServer::new("imap.rsnl.nl", 993, Security::ImplicitTls)
            .check_security()
            .is_ok());
        assert_eq!("STARTTLS".parse(), Ok(Security::StartTls));
        assert!("ssl3".parse::<Security>().is_err());
    }
}
