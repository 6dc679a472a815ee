//! Extractors whose rejections become problem+json (via `ApiError`) instead of axum's plain text.

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;
use storedesk_domain::FieldError;

/// A JSON body, parsed in two steps so the error says what is wrong: bytes that are not JSON
/// are a 400 `malformed_json`; JSON of the wrong shape (types, unknown or missing fields) is a
/// 422 naming the field.
pub struct Body<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|m| {
                let m = m.trim();
                m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
            });
        if !json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::MalformedJson(e.body_text())
            }
        })?;
        let value: serde_json::Value = serde_json::from_slice(&bytes)
            .map_err(|e| ApiError::MalformedJson(format!("the body is not valid JSON: {e}")))?;
        serde_path_to_error::deserialize(value)
            .map(Body)
            .map_err(|e| {
                let message = e.inner().to_string();
                let path = e.path().to_string();
                let field = if path == "." {
                    // Unknown and missing fields are reported on the parent: name the field itself.
                    message.split('`').nth(1).unwrap_or("body").to_owned()
                } else {
                    path
                };
                ApiError::Validation(vec![FieldError::new(field, "invalid", message)])
            })
    }
}

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct PathId<T>(pub T);

#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct Params<T>(pub T);
