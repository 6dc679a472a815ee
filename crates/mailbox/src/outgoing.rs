//! Sending one message over SMTP with lettre: STARTTLS or implicit TLS, AUTH, a timeout, and an
//! error that says whether trying again can help (the outbox retries transient failures only).

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::credential::{Credential, Login};
use crate::server::{MailServer, Security};
use crate::tls::TlsRoots;

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server is away, slow, or said "try later" (4xx): the outbox tries again.
    #[error("temporary failure, will retry: {0}")]
    Transient(String),
    /// The server refused the message or the login for good (5xx), or the settings are wrong:
    /// retrying cannot help; a person must look.
    #[error("refused: {0}")]
    Permanent(String),
}

/// An SMTP account ready to send.
pub struct Outgoing {
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl std::fmt::Debug for Outgoing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Outgoing(..)")
    }
}

/// One SMTP conversation (connect, TLS, AUTH, send) may take this long at most.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

impl Outgoing {
    pub fn new(server: &MailServer, login: &Login, roots: &TlsRoots) -> Result<Self, SendError> {
        server.check_security().map_err(SendError::Permanent)?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&server.host)
            .port(server.port)
            .timeout(Some(SMTP_TIMEOUT));
        if server.security != Security::Plain {
            let mut params = TlsParameters::builder(server.host.clone());
            for pem in roots.extra_pem() {
                let cert = Certificate::from_pem(pem)
                    .map_err(|e| SendError::Permanent(format!("CA certificate: {e}")))?;
                params = params.add_root_certificate(cert);
            }
            let params = params
                .build_rustls()
                .map_err(|e| SendError::Permanent(format!("TLS settings: {e}")))?;
            builder = builder.tls(match server.security {
                Security::ImplicitTls => Tls::Wrapper(params),
                _ => Tls::Required(params),
            });
        }
        builder = match &login.credential {
            Credential::Password(secret) => builder
                .credentials(Credentials::new(
                    login.user.clone(),
                    secret.expose().to_string(),
                ))
                .authentication(vec![Mechanism::Plain, Mechanism::Login]),
            Credential::XOAuth2(token) => builder
                .credentials(Credentials::new(
                    login.user.clone(),
                    token.expose().to_string(),
                ))
                .authentication(vec![Mechanism::Xoauth2]),
        };
        Ok(Outgoing {
            transport: builder.build(),
        })
    }

    /// Sends `raw` (a complete RFC 5322 message, sent byte for byte) from `from` to `to`.
    pub async fn send(&self, from: &str, to: &[&str], raw: &[u8]) -> Result<(), SendError> {
        let address = |a: &str| {
            a.parse::<Address>()
                .map_err(|e| SendError::Permanent(format!("address {a:?}: {e}")))
        };
        let recipients = to.iter().map(|a| address(a)).collect::<Result<_, _>>()?;
        let envelope = Envelope::new(Some(address(from)?), recipients)
            .map_err(|e| SendError::Permanent(format!("envelope: {e}")))?;
        match self.transport.send_raw(&envelope, raw).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            // Connection refused, timeouts, TLS hiccups and 4xx answers: the server may be back
            // later. A TLS *configuration* error would repeat, but it shows in the outbox reason.
            Err(e) => Err(SendError::Transient(e.to_string())),
        }
    }
}
