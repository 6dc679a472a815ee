//! The engine's one error type. Each variant becomes a `CommandError` for the UI: a stable code
//! and a sentence a store manager can act on (never JSON, never a stack trace).

use storedesk_domain::view::{sentence, CommandError};
use storedesk_domain::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Fields at fault; each is shown under its field.
    #[error("some fields need attention")]
    Invalid(Vec<FieldError>),
    #[error("sign in first")]
    SignedOut,
    #[error("the login or password is not right")]
    BadLogin,
    #[error("you may not {0}")]
    Forbidden(&'static str),
    #[error("{0} no longer exists")]
    NotFound(&'static str),
    /// Refused for the state of things (a status move the state machine forbids, a first admin
    /// when there is one already).
    #[error("{0}")]
    Conflict(String),
    /// The company server could not be reached, or answered with a fault; nothing was changed.
    #[error("{0}")]
    Server(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type ClientResult<T> = Result<T, ClientError>;

impl From<sqlx::Error> for ClientError {
    fn from(e: sqlx::Error) -> Self {
        ClientError::Internal(
            anyhow::Error::new(e).context("reading or writing the local database"),
        )
    }
}

impl ClientError {
    pub fn code(&self) -> &'static str {
        match self {
            ClientError::Invalid(_) => "validation",
            ClientError::SignedOut => "signed_out",
            ClientError::BadLogin => "bad_login",
            ClientError::Forbidden(_) => "forbidden",
            ClientError::NotFound(_) => "not_found",
            ClientError::Conflict(_) => "conflict",
            ClientError::Server(_) => "server",
            ClientError::Internal(_) => "internal",
        }
    }

    pub fn to_command_error(&self) -> CommandError {
        let message = match self {
            ClientError::Invalid(f) if f.len() == 1 => f[0].sentence(),
            ClientError::Invalid(_) => "Some fields need attention.".to_owned(),
            // The chain says what failed and why, without a backtrace.
            ClientError::Internal(e) => format!("Something went wrong on this computer: {e:#}."),
            other => sentence(&other.to_string()),
        };
        CommandError {
            code: self.code().to_owned(),
            message,
            fields: match self {
                ClientError::Invalid(f) => f.clone(),
                _ => Vec::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ClientError::Forbidden("log issues in this store")
                .to_command_error()
                .message,
            "You may not log issues in this store."
        );
        let e = ClientError::Invalid(vec![FieldError::new(
            "title",
            "required",
            "title must not be empty",
        )])
        .to_command_error();
        assert_eq!(e.code, "validation");
        assert_eq!(e.message, "Title must not be empty.");
        assert_eq!(e.fields.len(), 1);
    }
}
