//! A real StoreDesk server on its own PostgreSQL database, for the client's tests. Each test
//! binary uses a part of it.
#![allow(dead_code)]

use serde_json::{json, Value};
use sqlx::{Connection, Executor, PgConnection, PgPool};
use std::net::SocketAddr;
use storedesk_domain::StoreId;
use tokio::sync::oneshot;
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery";
const SECRET: &[u8] = b"client-test-secret-0123456789-abcdefghij";
const ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A real server on its own database, which it drops when the test ends (also on failure).
pub struct Server {
    db_name: String,
    pub db: PgPool,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    pub store: StoreId,
}

impl Server {
    pub async fn start() -> Server {
        let db_name = format!("storedesk_client_test_{}", Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(ADMIN_URL)
            .await
            .expect("PostgreSQL must run on 127.0.0.1:5432");
        admin
            .execute(format!(r#"create database "{db_name}""#).as_str())
            .await
            .unwrap();
        let url = format!("postgres://postgres@127.0.0.1:5432/{db_name}");
        let db = storedesk_server::startup::connect(&url, 4).await.unwrap();
        storedesk_server::startup::migrate(&db).await.unwrap();
        let hash = storedesk_server::auth::password::hash(PASSWORD.into())
            .await
            .unwrap();
        sqlx::query("insert into users (id, username, email, display_name, role, password_hash) values ($1, 'root', 'root@example.com', 'Root', 'admin', $2)")
            .bind(Uuid::now_v7()).bind(hash).execute(&db).await.unwrap();
        let mut s = Server {
            db_name,
            db,
            addr: "127.0.0.1:0".parse().unwrap(),
            stop: None,
            store: StoreId(Uuid::now_v7()),
        };
        s.up().await;
        let token = s.token().await;
        let r = s
            .call(
                "POST",
                "/api/stores",
                &token,
                json!({"id": s.store.0, "code": "AMS01", "name": "Amsterdam Centraal"}),
            )
            .await;
        assert_eq!(r.0, 201, "{}", r.1);
        s
    }

    /// Serves on the same address as before (a new process would), or a new one the first time.
    pub async fn up(&mut self) {
        let listener = tokio::net::TcpListener::bind(self.addr).await.unwrap();
        self.addr = listener.local_addr().unwrap();
        let router = storedesk_server::startup::router(storedesk_server::startup::state(
            self.db.clone(),
            SECRET,
        ));
        let (tx, rx) = oneshot::channel();
        tokio::spawn(storedesk_server::transport::serve(
            listener,
            router,
            async {
                let _ = rx.await;
            },
        ));
        self.stop = Some(tx);
    }

    /// Stops serving; the next request finds nobody listening.
    pub async fn down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Wait on the condition: the port refuses connections.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while tokio::net::TcpStream::connect(self.addr).await.is_ok() {
            assert!(
                std::time::Instant::now() < deadline,
                "the server did not stop"
            );
            tokio::task::yield_now().await;
        }
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn token(&self) -> String {
        let r = reqwest::Client::new()
            .post(format!("{}/api/auth/login", self.base()))
            .json(&json!({"login": "root", "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        r.json::<Value>().await.unwrap()["access_token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Another person, with the test password: their id and an access token.
    pub async fn person(&self, username: &str, role: &str) -> (Uuid, String) {
        let root = self.token().await;
        let (s, body) = self
            .call(
                "POST",
                "/api/users",
                &root,
                json!({"username": username, "email": format!("{username}@example.com"),
                       "display_name": username, "role": role, "password": PASSWORD}),
            )
            .await;
        assert_eq!(s, 201, "{body}");
        let r = reqwest::Client::new()
            .post(format!("{}/api/auth/login", self.base()))
            .json(&json!({"login": username, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        let token = r.json::<Value>().await.unwrap()["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        (body["id"].as_str().unwrap().parse().unwrap(), token)
    }

    pub async fn call(&self, method: &str, path: &str, token: &str, body: Value) -> (u16, Value) {
        let r = reqwest::Client::new()
            .request(method.parse().unwrap(), format!("{}{path}", self.base()))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn issues_titled(&self, title: &str) -> Vec<(Uuid, i64)> {
        sqlx::query_as("select id, number from issues where title = $1")
            .bind(title)
            .fetch_all(&self.db)
            .await
            .unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let name = self.db_name.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let mut admin = PgConnection::connect(ADMIN_URL).await?;
                admin
                    .execute(format!(r#"drop database if exists "{name}" with (force)"#).as_str())
                    .await
                    .map(drop)
            })
        })
        .join();
    }
}
