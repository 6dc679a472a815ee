//! The vendor mail account of a local installation (the desktop's "on this computer" mode): where
//! issue mail goes, which mailbox receives the vendor's replies, how the servers are reached.
//! One shape and one set of checks for the settings screen and the engine. The password is never
//! part of it: it goes to the OS keychain (`MailAccountForm::password`) and never comes back.

use serde::{Deserialize, Serialize};

use crate::text::Email;
use crate::{FieldError, Secret};

/// How the connection to a mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailSecurity {
    /// TLS from the first byte (IMAPS 993, SMTP submissions 465).
    Tls,
    /// A plain connection upgraded with STARTTLS before login (IMAP 143, submission 587).
    StartTls,
    /// No TLS: allowed to this computer only (a local test server).
    Plain,
}

/// Plain connections carry the password in clear: only to this computer.
pub fn plain_allowed(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "::1")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailHost {
    pub host: String,
    pub port: u16,
    pub security: MailSecurity,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailAccount {
    /// The vendor's name as our people say it ("RSNL"): notifications and history use it.
    pub vendor_name: String,
    /// Where issue mail goes (the vendor's support address).
    pub vendor_address: String,
    /// Mail from these domains (and their subdomains) counts as the vendor's; empty: the domain
    /// of the support address.
    #[serde(default)]
    pub vendor_domains: Vec<String>,
    /// Our address: From and Reply-To of issue mail, the mailbox the replies arrive in.
    pub our_address: String,
    pub smtp: MailHost,
    pub imap: MailHost,
    /// The login of both servers.
    pub user: String,
    /// A certificate authority (PEM file) to trust besides the public ones: a company's own
    /// mail server.
    #[serde(default)]
    pub ca_file: Option<String>,
}

/// What the settings screen saves: the account and, when typed, a new password.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MailAccountForm {
    pub account: MailAccount,
    /// `None` keeps the password already in the keychain.
    #[serde(default)]
    pub password: Option<Secret>,
}

/// What the settings screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct MailAccountView {
    /// Local mode only: connected, the server sends and watches the mail.
    pub available: bool,
    pub account: Option<MailAccount>,
    /// A password is in the keychain.
    pub password_saved: bool,
}

const MAX_NAME: usize = 64;
const MAX_HOST: usize = 253;

fn host_errors(field: &str, h: &MailHost, errors: &mut Vec<FieldError>) {
    let host = h.host.trim();
    if host.is_empty() || host.chars().count() > MAX_HOST {
        errors.push(FieldError::new(
            format!("{field}.host"),
            "required",
            "name the mail server (for example mail.example.com)",
        ));
    } else if host
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '/')
    {
        errors.push(FieldError::new(
            format!("{field}.host"),
            "invalid",
            "a server name has no spaces or slashes",
        ));
    } else if h.security == MailSecurity::Plain && !plain_allowed(host) {
        errors.push(FieldError::new(
            format!("{field}.security"),
            "tls_required",
            "use TLS or STARTTLS: without them the password crosses the network in clear",
        ));
    }
    if h.port == 0 {
        errors.push(FieldError::new(
            format!("{field}.port"),
            "invalid",
            "a port is a number from 1 to 65535",
        ));
    }
}

impl MailAccount {
    /// Every field at fault, each with a sentence (empty when the account is usable).
    pub fn errors(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let name = self.vendor_name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            errors.push(FieldError::new(
                "vendor_name",
                "required",
                "name the vendor (1 to 64 characters)",
            ));
        }
        for (field, value) in [
            ("vendor_address", &self.vendor_address),
            ("our_address", &self.our_address),
        ] {
            if let Err(e) = Email::parse_field(field, value) {
                errors.push(e);
            }
        }
        for d in &self.vendor_domains {
            let d = d.trim();
            if d.is_empty()
                || d.contains('@')
                || !d.contains('.')
                || d.contains(char::is_whitespace)
            {
                errors.push(FieldError::new(
                    "vendor_domains",
                    "invalid",
                    format!("{d:?} is not a domain (for example rsnl.nl)"),
                ));
                break;
            }
        }
        host_errors("smtp", &self.smtp, &mut errors);
        host_errors("imap", &self.imap, &mut errors);
        if self.user.trim().is_empty() {
            errors.push(FieldError::new(
                "user",
                "required",
                "name the mail account's login",
            ));
        }
        errors
    }

    /// The vendor's domains: the ones named, else the support address's.
    pub fn vendor_domains(&self) -> Vec<String> {
        let named: Vec<String> = self
            .vendor_domains
            .iter()
            .map(|d| d.trim().to_ascii_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        if !named.is_empty() {
            return named;
        }
        domain_of(&self.vendor_address).into_iter().collect()
    }

    /// Our domain (in the Message-IDs of our mail).
    pub fn our_domain(&self) -> String {
        domain_of(&self.our_address).unwrap_or_default()
    }
}

fn domain_of(address: &str) -> Option<String> {
    address
        .trim()
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> MailAccount {
        MailAccount {
            vendor_name: "RSNL".into(),
            vendor_address: "support@rsnl.nl".into(),
            vendor_domains: vec![],
            our_address: "helpdesk@ops.storedesk.example".into(),
            smtp: MailHost {
                host: "smtp.storedesk.example".into(),
                port: 587,
                security: MailSecurity::StartTls,
            },
            imap: MailHost {
                host: "imap.storedesk.example".into(),
                port: 993,
                security: MailSecurity::Tls,
            },
            user: "helpdesk".into(),
            ca_file: None,
        }
    }

    fn fields(a: &MailAccount) -> Vec<String> {
        a.errors().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_account_has_no_errors_and_derives_its_domains() {
        let a = account();
        assert_eq!(fields(&a), Vec::<String>::new());
        assert_eq!(a.vendor_domains(), ["rsnl.nl"]);
        assert_eq!(a.our_domain(), "ops.storedesk.example");
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut a = account();
        a.vendor_name = " ".into();
        a.vendor_address = "support".into();
        a.smtp.host = "smtp example".into();
        a.imap.port = 0;
        a.user = String::new();
        assert_eq!(
            fields(&a),
            [
                "vendor_name",
                "vendor_address",
                "smtp.host",
                "imap.port",
                "user"
            ]
        );
        let mut a = account();
        a.vendor_domains = vec!["rsnl.nl".into(), "support@rsnl.nl".into()];
        assert_eq!(fields(&a), ["vendor_domains"]);
    }

    #[test]
    fn a_password_in_clear_goes_only_to_this_computer() {
        let mut a = account();
        a.imap.security = MailSecurity::Plain;
        assert_eq!(fields(&a), ["imap.security"]);
        a.imap.host = "localhost".into();
        assert_eq!(fields(&a), Vec::<String>::new());
    }

    #[test]
    fn the_form_never_shows_the_password_in_debug() {
        let f = MailAccountForm {
            account: account(),
            password: Some(Secret::new("hunter2-hunter2")),
        };
        assert!(!format!("{f:?}").contains("hunter2"));
    }
}
