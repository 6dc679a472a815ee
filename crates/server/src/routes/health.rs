use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde_json::json;
use storedesk_domain::Problem;

/// Liveness: the process answers.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "alive")))]
pub async fn healthz() -> Json<serde_json::Value> {
    Json(json!({"status": "ok"}))
}

/// Readiness: the database answers. Decided from what the commit watcher last saw (it polls
/// every 25 ms with a deadline), so a probe never waits on a dead database.
#[utoipa::path(get, path = "/readyz", tag = "operations",
    responses((status = 200, description = "ready"),
        (status = 503, description = "database unreachable", body = Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "seconds to wait")))))]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    if state.health.is_up() {
        Ok(Json(json!({"status": "ready"})))
    } else {
        Err(ApiError::Unavailable)
    }
}
