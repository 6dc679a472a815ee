//! Builds the application: `router(state)` is what tests call; `Application::build` binds the
//! listener (port 0 works) and runs migrations.

use crate::auth::actor_cache::ActorCache;
use crate::auth::{jwt::JwtKeys, throttle::LoginThrottle};
use crate::commit_watch;
use crate::config::Config;
use crate::db_health::DbHealth;
use crate::error::ApiError;
use crate::intake::Intake;
use crate::live::LiveHub;
use crate::page_cache::PageCache;
use crate::routes::{
    assignments, auth, comments, health, issues, resolutions, stores, sync, users,
};
use crate::state::AppState;
use crate::transport;
use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Bodies above this are refused with 413 before any parsing.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

#[derive(OpenApi)]
#[openapi(
    info(title = "StoreDesk API", description = "Central API of StoreDesk: issues, stores, vendor tickets, sync."),
    modifiers(&BearerAuth),
    components(schemas(storedesk_domain::Problem, storedesk_domain::FieldError, storedesk_domain::ErrorCode,
        storedesk_domain::text::raw::SearchText))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// Every route is registered together with its OpenAPI operation, so the document cannot drift
/// from the router.
fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(auth::login))
        .routes(routes!(auth::refresh))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::me))
        .routes(routes!(users::list, users::create))
        .routes(routes!(users::get, users::patch))
        .routes(routes!(users::reset_password))
        .routes(routes!(stores::list, stores::create))
        .routes(routes!(stores::get, stores::patch))
        .routes(routes!(issues::list, issues::create))
        .routes(routes!(issues::get, issues::patch))
        .routes(routes!(issues::change_status))
        .routes(routes!(issues::assign))
        .routes(routes!(issues::history))
        .routes(routes!(comments::list, comments::add))
        .routes(routes!(comments::edit, comments::delete))
        .routes(routes!(resolutions::record))
        .routes(routes!(resolutions::update))
        .routes(routes!(assignments::inbox, assignments::send))
        .routes(routes!(assignments::mark_read))
        .routes(routes!(sync::changes))
        .routes(routes!(sync::push))
        .routes(routes!(sync::live))
}

/// The published contract (`contract::complete` over what utoipa derives).
pub fn openapi() -> serde_json::Value {
    let derived = serde_json::to_value(api().split_for_parts().1).expect("the document serialises");
    crate::contract::complete(derived)
}

/// Runs each request on its own task, so a client that disconnects cannot cancel a handler in
/// the middle of a transaction: the work either completes or rolls back, never stops half-way.
async fn run_to_completion(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    match tokio::spawn(next.run(req)).await {
        Ok(res) => res,
        Err(e) => ApiError::Internal(anyhow::anyhow!("handler task failed: {e}")).into_response(),
    }
}

/// A write through this process makes its result visible to the next read at once, without
/// waiting for the commit watcher. Writes to accounts and stores also change what callers may
/// do, so they drop the cached actors too.
async fn invalidate_after_writes(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let write = !matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    );
    let people = {
        let path = req.uri().path();
        path.starts_with("/api/users") || path.starts_with("/api/stores")
    };
    let res = next.run(req).await;
    if write {
        state.pages.invalidate();
        if people {
            state.actors.invalidate();
        }
    }
    res
}

async fn not_found() -> ApiError {
    ApiError::NotFound("route")
}

/// The routes that answer without the database (the probes and the document).
pub const WITHOUT_DATABASE: [&str; 3] = ["/healthz", "/readyz", "/api/openapi.json"];

/// While the commit watcher sees the database down, every request that would need it fails at
/// once with 503 + `Retry-After`, instead of waiting for the pool's timeout.
async fn fail_fast_without_database(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if !WITHOUT_DATABASE.contains(&req.uri().path()) && !state.health.is_up() {
        return ApiError::Unavailable.into_response();
    }
    next.run(req).await
}

pub fn router(state: AppState) -> Router {
    let (router, _) = api().split_for_parts();
    let doc = Arc::new(openapi());
    let request_id = HeaderName::from_static("x-request-id");
    router
        .route("/api/openapi.json", get(move || { let d = doc.clone(); async move { Json((*d).clone()) } }))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), invalidate_after_writes))
        .layer(axum::middleware::from_fn_with_state(state.clone(), fail_fast_without_database))
        .layer(axum::middleware::from_fn(sync::protocol))
        .layer(axum::middleware::from_fn(run_to_completion))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(transport::problem_for_every_error))
        .layer(axum::middleware::from_fn(transport::limit_request_head))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

pub async fn connect(database_url: &str, pool_size: u32) -> anyhow::Result<PgPool> {
    PgPoolOptions::new()
        .max_connections(pool_size)
        // Long enough for a burst to queue, short enough that a database gone between two
        // polls of the commit watcher still fails requests within a second.
        .acquire_timeout(Duration::from_millis(900))
        .connect(database_url)
        .await
        .context("connecting to PostgreSQL")
}

/// Creates the database when it does not exist yet (a newcomer's first `migrate` or `serve`),
/// connects and migrates.
pub async fn prepare_database(database_url: &str, pool_size: u32) -> anyhow::Result<PgPool> {
    use sqlx::migrate::MigrateDatabase;
    let shown = crate::config::redact_url(database_url);
    if !sqlx::Postgres::database_exists(database_url)
        .await
        .with_context(|| format!("reaching PostgreSQL at {shown}"))?
    {
        sqlx::Postgres::create_database(database_url)
            .await
            .with_context(|| format!("creating the database {shown}"))?;
        tracing::info!(database = %shown, "created the database");
    }
    let db = connect(database_url, pool_size).await?;
    migrate(&db).await?;
    Ok(db)
}

pub async fn migrate(db: &PgPool) -> anyhow::Result<()> {
    sqlx::migrate!("../../migrations/server")
        .run(db)
        .await
        .context("running migrations")
}

/// The shared state; starts the commit watcher that keeps the caches fresh and the issue intake's
/// writers (so it must be called inside a Tokio runtime).
pub fn state(db: PgPool, secret: &[u8]) -> AppState {
    let pages = Arc::new(PageCache::default());
    let actors = Arc::new(ActorCache::default());
    let health = Arc::new(DbHealth::default());
    let live = Arc::new(LiveHub::default());
    tokio::spawn(commit_watch::watch(
        db.clone(),
        pages.clone(),
        actors.clone(),
        health.clone(),
        live.clone(),
    ));
    AppState {
        intake: Arc::new(Intake::start(db.clone())),
        db,
        jwt: Arc::new(JwtKeys::new(secret)),
        throttle: Arc::new(LoginThrottle::new(5, 50, Duration::from_secs(15 * 60))),
        pages,
        actors,
        health,
        live,
    }
}

pub struct Application {
    listener: TcpListener,
    state: AppState,
    db: sqlx::PgPool,
}

impl Application {
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let secret = config.jwt_secret()?;
        let db = prepare_database(&config.database_url, config.db_pool).await?;
        tokio::spawn(crate::store::prune::every_hour(db.clone()));
        let listener = TcpListener::bind(&config.bind)
            .await
            .with_context(|| format!("binding {}", config.bind))?;
        Ok(Application {
            listener,
            state: state(db.clone(), &secret),
            db,
        })
    }

    /// The pool (the vendor loop runs beside the API on it).
    pub fn db(&self) -> sqlx::PgPool {
        self.db.clone()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("bound listener has an address")
    }

    /// Serves until SIGINT/SIGTERM, then finishes in-flight requests.
    pub async fn run(self) -> anyhow::Result<()> {
        tracing::info!(addr = %self.local_addr(), "listening");
        serve_until(self.listener, self.state, shutdown_signal())
            .await
            .context("serving")
    }
}

/// Serves `state` until `stop` resolves, then ends the live streams (they never finish by
/// themselves, and a graceful shutdown would wait for them: clients reconnect elsewhere) and
/// lets the open requests finish.
pub async fn serve_until(
    listener: TcpListener,
    state: AppState,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let live = state.live.clone();
    let stop = async move {
        stop.await;
        live.close_all();
    };
    transport::serve(listener, router(state), stop).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
