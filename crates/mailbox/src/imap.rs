//! Opening an IMAP session: TCP, TLS (implicit or STARTTLS), the server greeting, login.
//! Every step has a deadline: a server that accepts TCP and then says nothing must not hang
//! the watcher.

use std::fmt::Debug;
use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use async_imap::{Client, Session};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use crate::credential::{xoauth2_response, Credential, Login};
use crate::server::{MailServer, Security};
use crate::tls::TlsRoots;

/// A byte stream IMAP can run over: TLS in production, plain TCP to a local test server.
pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send + Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Debug> Stream for T {}

pub type ImapSession = Session<Box<dyn Stream>>;

/// The deadline of each IMAP command (IDLE has its own).
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// Runs `fut` with [`COMMAND_TIMEOUT`]; `what` names the step in the error.
pub async fn timed<T, E>(
    what: &str,
    fut: impl std::future::Future<Output = Result<T, E>>,
) -> anyhow::Result<T>
where
    E: std::error::Error + Send + Sync + 'static,
{
    match tokio::time::timeout(COMMAND_TIMEOUT, fut).await {
        Ok(result) => result.with_context(|| format!("IMAP {what}")),
        Err(_) => bail!("IMAP {what}: no answer within {COMMAND_TIMEOUT:?}"),
    }
}

struct XOAuth2(String);

impl async_imap::Authenticator for XOAuth2 {
    type Response = String;

    fn process(&mut self, _challenge: &[u8]) -> String {
        // An error challenge is answered with an empty line, as RFC 7628 asks.
        std::mem::take(&mut self.0)
    }
}

async fn tls(
    tcp: TcpStream,
    server: &MailServer,
    roots: &TlsRoots,
) -> anyhow::Result<tokio_rustls::client::TlsStream<TcpStream>> {
    let name = rustls::pki_types::ServerName::try_from(server.host.clone())
        .with_context(|| format!("{:?} is not a host name for TLS", server.host))?;
    let connector = TlsConnector::from(roots.client_config()?);
    tokio::time::timeout(COMMAND_TIMEOUT, connector.connect(name, tcp))
        .await
        .map_err(|_| anyhow!("TLS handshake with {}: timed out", server.host))?
        .with_context(|| format!("TLS handshake with {}", server.host))
}

async fn greeting<T: Stream>(client: &mut Client<T>) -> anyhow::Result<()> {
    match tokio::time::timeout(COMMAND_TIMEOUT, client.read_response()).await {
        Ok(Ok(Some(_))) => Ok(()),
        Ok(Ok(None)) => bail!("IMAP server closed the connection before its greeting"),
        Ok(Err(e)) => Err(e).context("IMAP greeting"),
        Err(_) => bail!("IMAP greeting: none within {COMMAND_TIMEOUT:?}"),
    }
}

/// Connects and logs in.
pub async fn open(
    server: &MailServer,
    login: &Login,
    roots: &TlsRoots,
) -> anyhow::Result<ImapSession> {
    server.check_security().map_err(|e| anyhow!(e))?;
    let tcp = tokio::time::timeout(
        COMMAND_TIMEOUT,
        TcpStream::connect((server.host.as_str(), server.port)),
    )
    .await
    .map_err(|_| anyhow!("connecting to {}:{}: timed out", server.host, server.port))?
    .with_context(|| format!("connecting to {}:{}", server.host, server.port))?;
    let client: Client<Box<dyn Stream>> = match server.security {
        Security::ImplicitTls => {
            let mut c: Client<Box<dyn Stream>> =
                Client::new(Box::new(tls(tcp, server, roots).await?));
            greeting(&mut c).await?;
            c
        }
        Security::Plain => {
            let mut c: Client<Box<dyn Stream>> = Client::new(Box::new(tcp));
            greeting(&mut c).await?;
            c
        }
        Security::StartTls => {
            let mut plain = Client::new(tcp);
            greeting(&mut plain).await?;
            timed("STARTTLS", plain.run_command_and_check_ok("STARTTLS", None)).await?;
            // No second greeting after STARTTLS (RFC 3501 6.2.1): log in over TLS at once.
            Client::new(Box::new(tls(plain.into_inner(), server, roots).await?))
        }
    };
    let session = match &login.credential {
        Credential::Password(secret) => {
            tokio::time::timeout(COMMAND_TIMEOUT, client.login(&login.user, secret.expose())).await
        }
        Credential::XOAuth2(token) => {
            let answer = XOAuth2(xoauth2_response(&login.user, token));
            tokio::time::timeout(COMMAND_TIMEOUT, client.authenticate("XOAUTH2", answer)).await
        }
    };
    match session {
        Ok(Ok(session)) => Ok(session),
        // The server's answer, never our secret: the error holds only what the server said.
        Ok(Err((e, _))) => Err(anyhow!("IMAP login as {} refused: {e}", login.user)),
        Err(_) => bail!("IMAP login: no answer within {COMMAND_TIMEOUT:?}"),
    }
}
