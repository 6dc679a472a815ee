//! The one HTTP error type. Every failure leaves the API through `IntoResponse` below as RFC 9457
//! problem+json with a stable `code`; internal details are logged, never sent.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use storedesk_domain::issue::TransitionError;
use storedesk_domain::{ErrorCode, FieldError, Problem, Status};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("bad query: {}", .0.message)]
    BadQuery(FieldError),
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("refresh token reused")]
    TokenReused,
    #[error("forbidden")]
    Forbidden,
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("conflict on {}", .0.field)]
    Conflict(FieldError),
    /// The body names other records that do not exist or do not fit (an unknown store, a
    /// manager who is not a store manager): well-formed, but in conflict with what exists.
    #[error("references that do not fit")]
    Reference(Vec<FieldError>),
    #[error("{0}")]
    Transition(TransitionError),
    #[error("too many attempts")]
    RateLimited { retry_after_secs: u64 },
    #[error("request target too long")]
    UriTooLong,
    #[error("request headers too large")]
    HeadersTooLarge,
    /// An error the HTTP layer made (axum's router and extractors), reshaped as a problem.
    #[error("{status}: {detail}")]
    Http { status: StatusCode, detail: String },
    /// A sync cursor older than the change log kept (store/prune.rs).
    #[error("resync required")]
    ResyncRequired,
    /// A sync client older than the oldest protocol version served.
    #[error("client too old")]
    ClientTooOld { client: u32 },
    /// The database cannot be reached: fail fast, tell the client when to retry.
    #[error("database unavailable")]
    Unavailable,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type ApiResult<T> = Result<T, ApiError>;

/// What a 503 tells the client to wait before retrying: the database watcher notices recovery
/// within a second.
pub const RETRY_AFTER_SECS: u64 = 1;

impl ApiError {
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// A reference to another record that does not exist or does not fit (409).
    pub fn reference(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError::Reference(vec![FieldError::new(field, code, message)])
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            // A move the current status does not allow conflicts with the resource's state.
            ApiError::Transition(_) => StatusCode::CONFLICT,
            ApiError::MalformedJson(_) | ApiError::BadQuery(_) => StatusCode::BAD_REQUEST,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unauthorized(_) | ApiError::InvalidCredentials | ApiError::TokenReused => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) | ApiError::Reference(_) => StatusCode::CONFLICT,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::UriTooLong => StatusCode::URI_TOO_LONG,
            ApiError::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ApiError::Http { status, .. } => *status,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::ResyncRequired => StatusCode::GONE,
            ApiError::ClientTooOld { .. } => StatusCode::BAD_REQUEST,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem body; also used for rejected sync mutations.
    pub fn problem(&self) -> Problem {
        let (code, detail, errors, allowed): (
            ErrorCode,
            String,
            Vec<FieldError>,
            Option<Vec<Status>>,
        ) = match self {
            ApiError::Validation(e) => (ErrorCode::ValidationFailed, sentences(e), e.clone(), None),
            ApiError::MalformedJson(m) => (ErrorCode::MalformedJson, m.clone(), vec![], None),
            ApiError::UnsupportedMediaType => (
                ErrorCode::UnsupportedMediaType,
                "send the body as application/json".into(),
                vec![],
                None,
            ),
            ApiError::PayloadTooLarge => (
                ErrorCode::PayloadTooLarge,
                "the request body is too large".into(),
                vec![],
                None,
            ),
            ApiError::BadQuery(f) => (
                ErrorCode::BadQuery,
                f.message.clone(),
                vec![f.clone()],
                None,
            ),
            ApiError::Unauthorized(why) => (ErrorCode::Unauthorized, (*why).into(), vec![], None),
            ApiError::InvalidCredentials => (
                ErrorCode::InvalidCredentials,
                "wrong login or password".into(),
                vec![],
                None,
            ),
            ApiError::TokenReused => (
                ErrorCode::TokenReused,
                "this refresh token was already used; the session is revoked, log in again".into(),
                vec![],
                None,
            ),
            ApiError::Forbidden => (
                ErrorCode::Forbidden,
                "you are not allowed to do this".into(),
                vec![],
                None,
            ),
            ApiError::NotFound(what) => (
                ErrorCode::NotFound,
                format!("{what} not found"),
                vec![],
                None,
            ),
            ApiError::Conflict(f) => (
                ErrorCode::Conflict,
                f.message.clone(),
                vec![f.clone()],
                None,
            ),
            ApiError::Reference(e) => (ErrorCode::Conflict, sentences(e), e.clone(), None),
            ApiError::Transition(t) => {
                let allowed = match t {
                    TransitionError::NotAllowed { allowed, .. } => Some(allowed.clone()),
                    TransitionError::ReasonRequired => None,
                };
                let field = match t {
                    TransitionError::NotAllowed { .. } => "status",
                    TransitionError::ReasonRequired => "reason",
                };
                let detail = match &allowed {
                    Some(a) => format!(
                        "{t}; allowed: {}",
                        a.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                    None => t.to_string(),
                };
                (
                    ErrorCode::InvalidTransition,
                    detail.clone(),
                    vec![FieldError::new(field, "invalid_transition", detail)],
                    allowed,
                )
            }
            ApiError::RateLimited { retry_after_secs } => (
                ErrorCode::RateLimited,
                format!("too many failed attempts; retry in {retry_after_secs} s"),
                vec![],
                None,
            ),
            ApiError::UriTooLong => (
                ErrorCode::UriTooLong,
                format!(
                    "the request target is longer than {} bytes",
                    crate::transport::MAX_URI_BYTES
                ),
                vec![],
                None,
            ),
            ApiError::HeadersTooLarge => (
                ErrorCode::HeadersTooLarge,
                format!(
                    "send at most {} header fields and {} bytes of headers",
                    crate::transport::MAX_HEADERS,
                    crate::transport::MAX_HEADER_BYTES
                ),
                vec![],
                None,
            ),
            ApiError::Http { status, detail } => (
                crate::transport::code_of(*status),
                if detail.is_empty() {
                    status.canonical_reason().unwrap_or("error").to_lowercase()
                } else {
                    detail.clone()
                },
                vec![],
                None,
            ),
            ApiError::ResyncRequired => (
                ErrorCode::ResyncRequired,
                "this cache is older than the changes the server keeps: rebuild it by pulling from since=0 (keep the outbox)".into(),
                vec![FieldError::new("since", "resync_required", "the cursor is older than the change log")],
                None,
            ),
            ApiError::ClientTooOld { client } => (
                ErrorCode::ClientTooOld,
                format!(
                    "this StoreDesk app speaks sync protocol {client}; the server needs {} or newer: update the app",
                    storedesk_domain::sync::MIN_PROTOCOL_VERSION
                ),
                vec![],
                None,
            ),
            ApiError::Unavailable => (
                ErrorCode::Unavailable,
                format!("the service cannot reach its database; retry in {RETRY_AFTER_SECS} s"),
                vec![],
                None,
            ),
            ApiError::Internal(_) => (
                ErrorCode::Internal,
                "an internal error occurred".into(),
                vec![],
                None,
            ),
        };
        let status = self.status();
        Problem {
            type_uri: format!("https://storedesk.dev/problems/{}", code.as_str()),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail,
            code,
            errors,
            allowed,
        }
    }
}

/// The field errors' messages as one `detail`.
fn sentences(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|f| f.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(e) = &self {
            tracing::error!(error = ?e, "internal error");
        }
        let status = self.status();
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut res = (status, body).into_response();
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let ApiError::RateLimited { retry_after_secs } = self {
            h.insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            h.insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        }
        if status == StatusCode::UNAUTHORIZED {
            h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        res
    }
}

impl From<PathRejection> for ApiError {
    fn from(r: PathRejection) -> Self {
        ApiError::BadQuery(FieldError::new("path", "invalid", r.body_text()))
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::BadQuery(FieldError::new("query", "invalid", r.body_text()))
    }
}

/// Constraint violations become 409/422 with the field at fault; anything else is internal.
impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e {
            let constraint = db.constraint().unwrap_or_default();
            let field = constraint_field(constraint);
            match db.code().as_deref() {
                Some("23505") => {
                    return ApiError::Conflict(FieldError::new(
                        field,
                        "already_exists",
                        format!("{field} is already taken"),
                    ))
                }
                Some("23503") => {
                    return ApiError::reference(
                        field,
                        "unknown_reference",
                        format!("{field} does not exist"),
                    )
                }
                Some("23514") => {
                    return ApiError::field(field, "invalid", format!("{field} is not acceptable"))
                }
                Some("22P02") | Some("22007") | Some("22008") => {
                    return ApiError::field("body", "invalid", "a value has the wrong format")
                }
                // The server is shutting down or refusing connections (admin shutdown, crash
                // recovery, too many clients): transient, like an unreachable database.
                Some(c) if c.starts_with("57P") || c == "53300" || c.starts_with("08") => {
                    return ApiError::Unavailable
                }
                _ => {}
            }
        }
        if matches!(
            e,
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed
        ) {
            return ApiError::Unavailable;
        }
        ApiError::Internal(anyhow::Error::new(e))
    }
}

fn constraint_field(constraint: &str) -> &'static str {
    const MAP: &[(&str, &str)] = &[
        ("users_username_key", "username"),
        ("users_email_key", "email"),
        ("users_pkey", "id"),
        ("stores_code_key", "code"),
        ("stores_pkey", "id"),
        ("stores_manager_id_fkey", "manager_id"),
        ("store_engineers_user_id_fkey", "engineer_ids"),
        ("store_engineers_pkey", "engineer_ids"),
        ("issues_pkey", "id"),
        ("issues_store_id_fkey", "store_id"),
        ("issues_assigned_to_fkey", "assigned_to"),
        ("comments_pkey", "id"),
        ("resolutions_pkey", "id"),
        (
            "resolutions_issue_id_vendor_vendor_ticket_id_key",
            "vendor_ticket_id",
        ),
        ("assignments_pkey", "id"),
        ("assignments_store_id_fkey", "store_id"),
        ("assignments_engineer_id_fkey", "engineer_id"),
    ];
    MAP.iter()
        .find(|(c, _)| *c == constraint)
        .map(|(_, f)| *f)
        .unwrap_or("body")
}
