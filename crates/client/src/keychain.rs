//! The session's refresh token in the OS keychain (macOS Keychain, Windows Credential Manager,
//! the Secret Service on Linux), never in a file. Where no keychain service answers (a Linux
//! desktop without one), the engine says so and asks for the password at each start instead of
//! keeping the token anywhere else.

use anyhow::Context;
use storedesk_domain::Secret;

/// Entries live under this service name, one per server address and person.
const SERVICE: &str = "com.storedesk.desktop";

#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    /// No keychain service on this computer, or it refused us (locked, no collection).
    #[error("no keychain is available on this computer ({0})")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// One keychain entry: the refresh token of `person` on `server`.
#[derive(Clone)]
pub struct Keychain {
    pub(crate) account: String,
}

impl Keychain {
    pub fn for_session(server: &str, person: &str) -> Keychain {
        Keychain {
            account: format!("{person}@{server}"),
        }
    }

    /// Local mode's vendor mail: the mail account's password, the key that signs our
    /// Message-IDs.
    pub(crate) fn for_mail(what: &str) -> Keychain {
        Keychain {
            account: format!("mail:{what}"),
        }
    }

    pub async fn load(&self) -> Result<Option<Secret>, KeychainError> {
        let account = self.account.clone();
        blocking(move || match entry(&account)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        })
        .await
    }

    pub async fn save(&self, token: &Secret) -> Result<(), KeychainError> {
        let account = self.account.clone();
        let token = token.clone();
        blocking(move || {
            entry(&account)?
                .set_password(token.expose())
                .map_err(unavailable)
        })
        .await
    }

    /// Signing out: the token goes; an entry already gone is fine.
    pub async fn forget(&self) -> Result<(), KeychainError> {
        let account = self.account.clone();
        blocking(move || match entry(&account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        })
        .await
    }
}

fn entry(account: &str) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(SERVICE, account).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> KeychainError {
    KeychainError::Unavailable(e.to_string())
}

/// The platform stores answer synchronously (D-Bus round trips on Linux): keep them off the
/// async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, KeychainError> + Send + 'static,
) -> Result<T, KeychainError> {
    tokio::task::spawn_blocking(f)
        .await
        .context("the keychain task")?
}
