//! The error body every API error carries: RFC 9457 problem+json with a stable `code` the
//! clients branch on (never on the human `detail`), and per-field details.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    ValidationFailed,
    MalformedJson,
    UnsupportedMediaType,
    PayloadTooLarge,
    BadQuery,
    Unauthorized,
    InvalidCredentials,
    TokenReused,
    Forbidden,
    NotFound,
    Conflict,
    InvalidTransition,
    RateLimited,
    Internal,
    BadRequest,
    MethodNotAllowed,
    NotAcceptable,
    UriTooLong,
    HeadersTooLarge,
    /// The service (its database) is unreachable for now; retry after `Retry-After` seconds.
    Unavailable,
    /// The client speaks a sync protocol version the server no longer serves.
    ClientTooOld,
    /// The sync cursor is older than the change log the server keeps: rebuild the cache.
    ResyncRequired,
    /// A code this build does not know (a newer server): branch on the HTTP status instead.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::BadQuery => "bad_query",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::TokenReused => "token_reused",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::InvalidTransition => "invalid_transition",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Internal => "internal",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::NotAcceptable => "not_acceptable",
            ErrorCode::UriTooLong => "uri_too_long",
            ErrorCode::HeadersTooLarge => "headers_too_large",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::ClientTooOld => "client_too_old",
            ErrorCode::ResyncRequired => "resync_required",
            ErrorCode::Unknown => "unknown",
        }
    }
}

/// One field at fault. `field` is a JSON pointer-ish path such as `title` or `mutations[2].title`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }

    /// Re-roots the error under a parent path (used for batched sync mutations).
    pub fn under(mut self, parent: &str) -> Self {
        self.field = format!("{parent}.{}", self.field);
        self
    }
}

/// RFC 9457 body. `type` is a stable URI naming the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_uri: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// For `invalid_transition`: the statuses the issue may move to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<crate::Status>>,
}
