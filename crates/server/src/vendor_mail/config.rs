//! The mail account and the vendor, from flags and environment. Passwords and the Message-ID
//! key come from the environment (or a secret store that sets it), never from a file we write,
//! and never show in `Debug`.

use anyhow::{bail, Context};
use clap::Args;
use storedesk_domain::Secret;
use storedesk_mailbox::{Login, MailServer, Security, TlsRoots};

#[derive(Clone, Args)]
pub struct MailArgs {
    /// SMTP server for issue mail to the vendor. Mail is on when this or --imap-host is set.
    #[arg(long, global = true, env = "STOREDESK_SMTP_HOST")]
    pub smtp_host: Option<String>,
    #[arg(
        long,
        global = true,
        env = "STOREDESK_SMTP_PORT",
        default_value_t = 587
    )]
    pub smtp_port: u16,
    /// tls (implicit, 465), starttls (587) or plain (this machine only).
    #[arg(
        long,
        global = true,
        env = "STOREDESK_SMTP_TLS",
        default_value = "starttls"
    )]
    pub smtp_tls: Security,
    #[arg(long, global = true, env = "STOREDESK_SMTP_USER")]
    pub smtp_user: Option<String>,
    #[arg(
        long,
        global = true,
        env = "STOREDESK_SMTP_PASSWORD",
        hide_env_values = true
    )]
    pub smtp_password: Option<Secret>,
    /// IMAP server of the mailbox the vendor's replies arrive in.
    #[arg(long, global = true, env = "STOREDESK_IMAP_HOST")]
    pub imap_host: Option<String>,
    #[arg(
        long,
        global = true,
        env = "STOREDESK_IMAP_PORT",
        default_value_t = 993
    )]
    pub imap_port: u16,
    #[arg(long, global = true, env = "STOREDESK_IMAP_TLS", default_value = "tls")]
    pub imap_tls: Security,
    #[arg(long, global = true, env = "STOREDESK_IMAP_USER")]
    pub imap_user: Option<String>,
    #[arg(
        long,
        global = true,
        env = "STOREDESK_IMAP_PASSWORD",
        hide_env_values = true
    )]
    pub imap_password: Option<Secret>,
    /// Extra CA certificate (PEM) for a mail server with a private CA.
    #[arg(long, global = true, env = "STOREDESK_MAIL_CA_FILE")]
    pub mail_ca_file: Option<std::path::PathBuf>,
    /// Our address: From and Reply-To of issue mail (the watched mailbox).
    #[arg(long, global = true, env = "STOREDESK_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// The vendor's support address.
    #[arg(
        long,
        global = true,
        env = "STOREDESK_VENDOR_ADDRESS",
        default_value = "support@rsnl.nl"
    )]
    pub vendor_address: String,
    #[arg(
        long,
        global = true,
        env = "STOREDESK_VENDOR_NAME",
        default_value = "RSNL"
    )]
    pub vendor_name: String,
    /// The vendor's mail domains (subdomains count too); by default the support address's.
    #[arg(
        long = "mail-vendor-domain",
        global = true,
        env = "STOREDESK_VENDOR_DOMAINS",
        value_delimiter = ','
    )]
    pub vendor_domains: Vec<String>,
    /// Key that signs our Message-IDs (at least 16 bytes), so replies are recognised.
    #[arg(
        long,
        global = true,
        env = "STOREDESK_MAIL_KEY",
        hide_env_values = true
    )]
    pub mail_key: Option<Secret>,
}

impl std::fmt::Debug for MailArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailArgs")
            .field(
                "smtp",
                &(
                    &self.smtp_host,
                    self.smtp_port,
                    self.smtp_tls,
                    &self.smtp_user,
                ),
            )
            .field(
                "smtp_password",
                &self.smtp_password.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "imap",
                &(
                    &self.imap_host,
                    self.imap_port,
                    self.imap_tls,
                    &self.imap_user,
                ),
            )
            .field(
                "imap_password",
                &self.imap_password.as_ref().map(|_| "<redacted>"),
            )
            .field("mail_from", &self.mail_from)
            .field(
                "vendor",
                &(
                    &self.vendor_name,
                    &self.vendor_address,
                    &self.vendor_domains,
                ),
            )
            .field("mail_key", &self.mail_key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// A checked mail configuration.
#[derive(Debug, Clone)]
pub struct MailConfig {
    pub smtp: Option<(MailServer, Login)>,
    pub imap: Option<(MailServer, Login)>,
    pub roots: TlsRoots,
    pub from: String,
    pub vendor_name: String,
    pub vendor_address: String,
    pub vendor_domains: Vec<String>,
    pub our_domain: String,
    pub key: Vec<u8>,
}

fn account(
    what: &str,
    host: &Option<String>,
    port: u16,
    security: Security,
    user: &Option<String>,
    password: &Option<Secret>,
) -> anyhow::Result<Option<(MailServer, Login)>> {
    let Some(host) = host else { return Ok(None) };
    let server = MailServer::new(host.clone(), port, security);
    server.check_security().map_err(anyhow::Error::msg)?;
    let (Some(user), Some(password)) = (user, password) else {
        bail!(
            "{what} needs a user and a password (--{what}-user, STOREDESK_{}_PASSWORD)",
            what.to_uppercase()
        );
    };
    Ok(Some((
        server,
        Login::password(user.clone(), password.expose()),
    )))
}

impl MailArgs {
    /// `None` when no mail server is configured (the API runs without the vendor loop).
    pub fn check(&self) -> anyhow::Result<Option<MailConfig>> {
        if self.smtp_host.is_none() && self.imap_host.is_none() {
            return Ok(None);
        }
        let smtp = account(
            "smtp",
            &self.smtp_host,
            self.smtp_port,
            self.smtp_tls,
            &self.smtp_user,
            &self.smtp_password,
        )?;
        let imap = account(
            "imap",
            &self.imap_host,
            self.imap_port,
            self.imap_tls,
            &self.imap_user,
            &self.imap_password,
        )?;
        let from = self
            .mail_from
            .clone()
            .or_else(|| self.imap_user.clone().filter(|u| u.contains('@')))
            .context("--mail-from (our address, the watched mailbox) is needed")?;
        let our_domain = from
            .rsplit_once('@')
            .map(|(_, d)| d.to_ascii_lowercase())
            .context("--mail-from must be an address")?;
        let key = self
            .mail_key
            .as_ref()
            .map(|k| k.expose().as_bytes().to_vec())
            .filter(|k| k.len() >= 16)
            .context("STOREDESK_MAIL_KEY (at least 16 bytes) signs our Message-IDs; set it")?;
        let mut vendor_domains = self.vendor_domains.clone();
        if vendor_domains.is_empty() {
            if let Some((_, d)) = self.vendor_address.rsplit_once('@') {
                vendor_domains.push(d.to_ascii_lowercase());
            }
        }
        let mut roots = TlsRoots::default();
        if let Some(path) = &self.mail_ca_file {
            roots = roots.with_ca_pem(
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
            );
        }
        Ok(Some(MailConfig {
            smtp,
            imap,
            roots,
            from,
            vendor_name: self.vendor_name.clone(),
            vendor_address: self.vendor_address.clone(),
            vendor_domains,
            our_domain,
            key,
        }))
    }
}
