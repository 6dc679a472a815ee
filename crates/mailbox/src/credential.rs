//! How we log in to a mail server: the one seam between the transports and the kind of secret.
//! Passwords today; XOAUTH2 (a bearer token, as Microsoft 365 and Gmail require) is the same
//! call with another mechanism, so the OAuth2 step only has to produce the token.

/// The one redacting secret type of the workspace (`Debug` shows `Secret(***)`).
pub use storedesk_domain::Secret;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// AUTH PLAIN/LOGIN over SMTP, LOGIN over IMAP.
    Password(Secret),
    /// SASL XOAUTH2 with an OAuth2 access token.
    XOAuth2(Secret),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    pub user: String,
    pub credential: Credential,
}

impl Login {
    pub fn password(user: impl Into<String>, password: impl Into<String>) -> Self {
        Login {
            user: user.into(),
            credential: Credential::Password(Secret::new(password)),
        }
    }
}

/// The SASL XOAUTH2 initial response (Google's and Microsoft's documented format).
pub(crate) fn xoauth2_response(user: &str, token: &Secret) -> String {
    format!("user={user}\x01auth=Bearer {}\x01\x01", token.expose())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug() {
        let login = Login::password("ops@ours.test", "hunter2");
        let shown = format!("{login:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("ops@ours.test"), "{shown}");
    }

    #[test]
    fn xoauth2_response_format() {
        assert_eq!(
            xoauth2_response("a@b.c", &Secret::new("tok")),
            "user=a@b.c\x01auth=Bearer tok\x01\x01"
        );
    }
}
