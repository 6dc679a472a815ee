//! One real server per test: a fresh PostgreSQL database, the real router on port 0, and a
//! reqwest client. Nothing is mocked.

use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use sqlx::{Connection, Executor, PgConnection, PgPool};
use std::net::SocketAddr;
use storedesk_server::startup;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery";
pub const SECRET: &[u8] = b"test-secret-0123456789-abcdefghijklmnop";

fn admin_url() -> String {
    std::env::var("TEST_DATABASE_ADMIN_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub struct TestApp {
    pub addr: SocketAddr,
    pub db_name: String,
    pub db: PgPool,
    pub http: Client,
    /// The bootstrap admin's access token.
    pub admin: String,
    pub admin_id: Uuid,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Resp {
    #[track_caller]
    pub fn expect(self, status: u16) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        self.body
    }
    /// Asserts a problem+json body with this status and code; returns it.
    #[track_caller]
    pub fn problem(self, status: u16, code: &str) -> Value {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.body);
        assert_eq!(
            self.headers
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("application/problem+json"),
            "body: {}",
            self.body
        );
        assert_eq!(self.body["code"], code, "body: {}", self.body);
        assert_eq!(self.body["status"], status);
        self.body
    }
}

/// A server (its own caches, commit watcher and live hub, as a separate API process would have)
/// on port 0, for `db`.
pub async fn serve(db: PgPool) -> SocketAddr {
    let router = startup::router(startup::state(db, SECRET));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(storedesk_server::transport::serve(
        listener,
        router,
        std::future::pending(),
    ));
    addr
}

/// Each test's database is dropped when its `TestApp` goes, also when the test fails (drop runs
/// while a panic unwinds), so runs leave no databases behind. `WITH (FORCE)` ends the
/// connections the test's pool still holds.
impl Drop for TestApp {
    fn drop(&mut self) {
        let name = self.db_name.clone();
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime to drop the test database");
            rt.block_on(async {
                let mut admin = PgConnection::connect(&admin_url()).await?;
                admin
                    .execute(format!(r#"drop database if exists "{name}" with (force)"#).as_str())
                    .await
                    .map(drop)
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.db_name);
        }
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_via(None).await
    }

    /// With `Some(proxy)`, the server reaches its database through that address (a TCP proxy the
    /// test controls) while the test's own pool connects directly.
    pub async fn spawn_via(proxy: Option<SocketAddr>) -> TestApp {
        let name = format!("storedesk_test_{}", Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(&admin_url())
            .await
            .expect("PostgreSQL must run on 127.0.0.1:5432");
        admin
            .execute(format!(r#"create database "{name}""#).as_str())
            .await
            .unwrap();
        let base = admin_url();
        let url = format!("{}/{name}", base.rsplit_once('/').unwrap().0);
        let db = startup::connect(&url, 8).await.unwrap();
        startup::migrate(&db).await.unwrap();
        let server_db = match proxy {
            None => db.clone(),
            Some(p) => startup::connect(&format!("postgres://postgres@{p}/{name}"), 8)
                .await
                .unwrap(),
        };
        let addr = serve(server_db).await;
        let admin_id = Uuid::now_v7();
        let hash = storedesk_server::auth::password::hash(PASSWORD.into())
            .await
            .unwrap();
        sqlx::query("insert into users (id, username, email, display_name, role, password_hash) values ($1, 'root', 'root@example.com', 'Root', 'admin', $2)")
            .bind(admin_id).bind(hash).execute(&db).await.unwrap();
        let mut app = TestApp {
            addr,
            db_name: name,
            db,
            http: Client::new(),
            admin: String::new(),
            admin_id,
        };
        app.admin = app.login("root", PASSWORD).await.expect(200)["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        app
    }

    /// The connection string of this test's database.
    pub fn db_url(&self) -> String {
        let base = admin_url();
        format!("{}/{}", base.rsplit_once('/').unwrap().0, self.db_name)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut req = self.http.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.expect("request");
        Self::read(res).await
    }

    pub async fn read(res: reqwest::Response) -> Resp {
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Resp {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.send(Method::GET, path, Some(token), None).await
    }
    pub async fn post(&self, path: &str, token: &str, body: Value) -> Resp {
        self.send(Method::POST, path, Some(token), Some(body)).await
    }
    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Resp {
        self.send(Method::PATCH, path, Some(token), Some(body))
            .await
    }
    pub async fn put(&self, path: &str, token: &str, body: Value) -> Resp {
        self.send(Method::PUT, path, Some(token), Some(body)).await
    }
    pub async fn delete(&self, path: &str, token: &str) -> Resp {
        self.send(Method::DELETE, path, Some(token), None).await
    }

    pub async fn login(&self, login: &str, password: &str) -> Resp {
        self.send(
            Method::POST,
            "/api/auth/login",
            None,
            Some(json!({"login": login, "password": password})),
        )
        .await
    }

    /// Creates a user with the test password and returns (id, access token).
    pub async fn user(&self, username: &str, role: &str) -> (Uuid, String) {
        let u = self
            .post(
                "/api/users",
                &self.admin,
                json!({"username": username, "email": format!("{username}@example.com"),
                "display_name": username, "role": role, "password": PASSWORD}),
            )
            .await
            .expect(201);
        let token = self.login(username, PASSWORD).await.expect(200)["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        (u["id"].as_str().unwrap().parse().unwrap(), token)
    }

    pub async fn store(&self, code: &str, manager: Option<Uuid>, engineers: &[Uuid]) -> Uuid {
        let s = self
            .post(
                "/api/stores",
                &self.admin,
                json!({"code": code, "name": format!("Store {code}"),
                "location": {"address": "1 High Street", "latitude": 51.5, "longitude": -0.1},
                "manager_id": manager, "engineer_ids": engineers}),
            )
            .await
            .expect(201);
        s["id"].as_str().unwrap().parse().unwrap()
    }

    pub async fn issue(&self, token: &str, store: Uuid, title: &str) -> Value {
        self.post("/api/issues", token, json!({"store_id": store, "title": title, "description": "It broke.", "priority": "high"}))
            .await
            .expect(201)
    }

    /// Row counts of every table, to prove a refused request changed nothing.
    pub async fn snapshot(&self) -> Vec<(String, i64)> {
        let tables = [
            "users",
            "stores",
            "store_engineers",
            "issues",
            "comments",
            "resolutions",
            "assignments",
            "assignment_reads",
            "issue_events",
            "refresh_tokens",
            "idempotency_keys",
            "changes",
        ];
        let mut out = Vec::new();
        for t in tables {
            let n: i64 = sqlx::query_scalar(&format!("select count(*) from {t}"))
                .fetch_one(&self.db)
                .await
                .unwrap();
            out.push((t.to_owned(), n));
        }
        let digest: Option<String> = sqlx::query_scalar(
            "select md5(string_agg(i::text, ',' order by id)) from (select id, title, description, status, priority, assigned_to, updated_at from issues) i",
        ).fetch_one(&self.db).await.unwrap();
        out.push((format!("issues-digest {}", digest.unwrap_or_default()), 0));
        out
    }
}

/// A small world: two stores, a manager and an engineer in each, one outside engineer.
pub struct World {
    pub store_a: Uuid,
    pub store_b: Uuid,
    pub manager_a: (Uuid, String),
    pub manager_b: (Uuid, String),
    pub engineer_a: (Uuid, String),
    pub engineer_b: (Uuid, String),
    pub floater: (Uuid, String),
}

impl World {
    pub async fn build(app: &TestApp) -> World {
        let manager_a = app.user("manager.a", "store_manager").await;
        let manager_b = app.user("manager.b", "store_manager").await;
        let engineer_a = app.user("engineer.a", "engineer").await;
        let engineer_b = app.user("engineer.b", "engineer").await;
        let floater = app.user("floater", "engineer").await;
        let store_a = app.store("A-01", Some(manager_a.0), &[engineer_a.0]).await;
        let store_b = app.store("B-01", Some(manager_b.0), &[engineer_b.0]).await;
        World {
            store_a,
            store_b,
            manager_a,
            manager_b,
            engineer_a,
            engineer_b,
            floater,
        }
    }
}

impl TestApp {
    /// Pulls the change feed from `since` until it has covered every transaction committed so
    /// far. The feed never serves past the oldest transaction still running anywhere in the
    /// cluster (other tests' databases included), so this waits for that, with a deadline.
    pub async fn pull(&self, token: &str, since: &str, limit: u32) -> (Vec<Value>, String) {
        let target: i64 = sqlx::query_scalar("select coalesce(max(xid), 0) from changes")
            .fetch_one(&self.db)
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let mut cursor = since.to_owned();
        let mut all = Vec::new();
        loop {
            let feed = self
                .get(
                    &format!("/api/sync/changes?since={cursor}&limit={limit}"),
                    token,
                )
                .await
                .expect(200);
            all.extend(feed["changes"].as_array().unwrap().iter().cloned());
            cursor = feed["cursor"].as_str().unwrap().to_owned();
            let covered: i64 = cursor.split('.').next().unwrap().parse().unwrap();
            if !feed["has_more"].as_bool().unwrap() {
                if covered >= target {
                    return (all, cursor);
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "the feed did not pass xid {target} (at {cursor})"
                );
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        }
    }
}

/// A TCP proxy the test owns: forwards to `target` while `up`; when cut, drops every open connection and refuses new ones
/// (accepts and closes them at once, as a database host that restarts would).
pub struct Proxy {
    pub addr: SocketAddr,
    up: watch::Sender<bool>,
}

impl Proxy {
    pub async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (up, rx) = watch::channel(true);
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    continue;
                };
                if !*rx.borrow() {
                    drop(client);
                    continue;
                }
                let mut rx = rx.clone();
                tokio::spawn(async move {
                    let Ok(mut server) = TcpStream::connect(target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = rx.wait_for(|up| !*up) => {}
                    }
                });
            }
        });
        Proxy { addr, up }
    }

    pub fn set(&self, up: bool) {
        self.up.send_replace(up);
    }
}
