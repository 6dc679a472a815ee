//! The HTTP transport: serving connections, and problem+json for the errors the HTTP layer
//! itself produces (unknown methods, bad path encoding, oversized URIs and headers), so a client
//! meets one error shape whatever refused its request.
//!
//! Our limits sit below hyper's own (a 400 KiB head, 100 header fields), so an oversized request
//! reaches `limit_request_head` and gets a problem+json 414 or 431. Only what is beyond hyper's
//! limits (more than 100 header fields, a head over 400 KiB, bytes that are not HTTP at all)
//! still gets hyper's bare status line. (A hand-written accept loop with hyper's limits raised
//! answered those too, but measured 20-25 % fewer requests/s in the mixed benchmark than
//! `axum::serve`; it was dropped.)

use crate::error::ApiError;
use axum::body::Body;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use tokio::net::TcpListener;

/// Longest request target we serve (414 above).
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// Largest request head (all header names and values) we serve (431 above).
pub const MAX_HEADER_BYTES: usize = 32 * 1024;
/// Most header fields one request may carry (431 above; hyper itself refuses more than 100).
pub const MAX_HEADERS: usize = 64;

/// Serves `app` until `shutdown` resolves, then lets open requests finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Refuses request heads beyond our limits, before any routing or authentication.
pub async fn limit_request_head(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > MAX_URI_BYTES {
        return ApiError::UriTooLong.into_response();
    }
    let headers = req.headers();
    let head_bytes: usize = headers
        .iter()
        .map(|(n, v)| n.as_str().len() + v.len())
        .sum();
    if headers.len() > MAX_HEADERS || head_bytes > MAX_HEADER_BYTES {
        return ApiError::HeadersTooLarge.into_response();
    }
    next.run(req).await
}

/// Turns every error response that is not problem+json yet (axum's 405 with `Allow`, a path
/// that is not valid UTF-8, a body limit hit before our extractor) into one, keeping its headers.
pub async fn problem_for_every_error(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    if status.as_u16() < 400 || is_problem(&res) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    // axum's rejections explain themselves in a short text body: keep the sentence.
    let text = axum::body::to_bytes(body, 4096).await.unwrap_or_default();
    let detail = String::from_utf8_lossy(&text).trim().to_owned();
    let problem = ApiError::Http { status, detail }.into_response();
    let (p_parts, p_body) = problem.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    for (name, value) in p_parts.headers.iter() {
        parts.headers.insert(name.clone(), value.clone());
    }
    Response::from_parts(parts, p_body)
}

fn is_problem(res: &Response) -> bool {
    res.headers().get(header::CONTENT_TYPE)
        == Some(&HeaderValue::from_static("application/problem+json"))
}

/// The code an HTTP-layer status is reported under.
pub fn code_of(status: StatusCode) -> storedesk_domain::ErrorCode {
    use storedesk_domain::ErrorCode as C;
    match status {
        StatusCode::BAD_REQUEST => C::BadRequest,
        StatusCode::UNAUTHORIZED => C::Unauthorized,
        StatusCode::FORBIDDEN => C::Forbidden,
        StatusCode::NOT_FOUND => C::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => C::MethodNotAllowed,
        StatusCode::NOT_ACCEPTABLE => C::NotAcceptable,
        StatusCode::PAYLOAD_TOO_LARGE => C::PayloadTooLarge,
        StatusCode::URI_TOO_LONG => C::UriTooLong,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => C::UnsupportedMediaType,
        StatusCode::UNPROCESSABLE_ENTITY => C::ValidationFailed,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => C::HeadersTooLarge,
        StatusCode::SERVICE_UNAVAILABLE => C::Unavailable,
        s if s.is_client_error() => C::BadRequest,
        _ => C::Internal,
    }
}
