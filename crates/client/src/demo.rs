//! Demo data for a first look at local mode: stores, their managers and engineers (password
//! `storedesk-demo`), and issues with comments and history spread over the last half year.
//! Deterministic (a fixed seed), so screenshots and benchmarks see the same data every time.

use crate::error::ClientResult;
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use storedesk_domain::{password, Priority, Status};
use uuid::Uuid;

pub const DEMO_PASSWORD: &str = "storedesk-demo";

#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    pub stores: usize,
    pub engineers: usize,
    pub issues: usize,
    pub comments: usize,
}

impl Default for DemoSize {
    fn default() -> Self {
        DemoSize {
            stores: 20,
            engineers: 12,
            issues: 10_000,
            comments: 30_000,
        }
    }
}

const CITIES: [&str; 20] = [
    "Leeds", "York", "Bristol", "Bath", "Derby", "Exeter", "Hull", "Luton", "Oxford", "Poole",
    "Ripon", "Salford", "Truro", "Wells", "Woking", "Durham", "Lincoln", "Norwich", "Preston",
    "Carlisle",
];
const FIRST: [&str; 16] = [
    "Amara", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Isla", "Jonas", "Kemi",
    "Liam", "Maya", "Noah", "Olga", "Priya",
];
const LAST: [&str; 12] = [
    "Okafor", "Hughes", "Nowak", "Patel", "Silva", "Brennan", "Kowalski", "Adeyemi", "Larsen",
    "Moreau", "Tanaka", "Walsh",
];
const EQUIPMENT: [&str; 12] = [
    "Receipt printer",
    "Till",
    "Barcode scanner",
    "Card terminal",
    "Self-checkout",
    "Label printer",
    "Wi-Fi access point",
    "Back-office PC",
    "Deli scale",
    "Price checker",
    "Cash drawer",
    "Network switch",
];
const FAULTS: [&str; 12] = [
    "will not power on",
    "paper jam every few receipts",
    "keeps rebooting",
    "offline since opening",
    "very slow to respond",
    "shows error E42",
    "drops the connection",
    "screen flickers",
    "not reading contactless cards",
    "beeps but does not scan",
    "prints blank labels",
    "stuck on the update screen",
];
const DETAILS: [&str; 8] = [
    "Staff restarted it twice; the fault came back within ten minutes.",
    "Happens mostly during the morning rush.",
    "Customers are being sent to the other tills meanwhile.",
    "The cable and the power socket were checked and are fine.",
    "Started after last night's software update.",
    "A spare unit from the stock room shows the same fault.",
    "Error code and photo are on the clipboard by the office.",
    "The store is open until 22:00; an engineer visit before then would help.",
];
const COMMENTS: [&str; 10] = [
    "Called the store: fault confirmed, staff using the spare.",
    "RSNL asked for the serial number; sent it.",
    "Engineer booked for tomorrow morning.",
    "Swapped the power supply, monitoring.",
    "Firmware rolled back; looks stable for now.",
    "Still happening after the visit, reopening with RSNL.",
    "Replacement part is on its way, ETA two days.",
    "Store manager says it is fine since the restart.",
    "Logged the error codes from the device.",
    "Closing after a week without the fault.",
];

fn person(rng: &mut StdRng, i: usize) -> (String, String) {
    let first = FIRST[i % FIRST.len()];
    let last = LAST[(i / FIRST.len() + rng.gen_range(0..LAST.len())) % LAST.len()];
    (
        format!("{}.{}{}", first.to_lowercase(), last.to_lowercase(), i),
        format!("{first} {last}"),
    )
}

/// Loads the demo in one transaction (all or nothing). Returns how many issues it made.
pub async fn load(db: &SqlitePool, size: DemoSize) -> ClientResult<usize> {
    let mut rng = StdRng::seed_from_u64(42);
    let now = Utc::now();
    // One hash for every demo person: they share the demo password, and hashing hundreds of
    // them would make the first start slow for nothing.
    let hashed = tokio::task::spawn_blocking(|| password::hash(DEMO_PASSWORD))
        .await
        .context("hashing task")?
        .context("hashing the demo password")?;
    let mut tx = db.begin().await?;

    let base: i64 = sqlx::query_scalar("select coalesce(max(number), 0) from issues")
        .fetch_one(&mut *tx)
        .await?;

    let mut stores = Vec::new();
    for (i, city) in CITIES.iter().cycle().take(size.stores).enumerate() {
        stores.push((
            Uuid::now_v7().to_string(),
            format!("S{:03}", i + 1),
            format!("{city} High Street"),
        ));
    }
    let mut b = QueryBuilder::<Sqlite>::new(
        "insert into stores (id, code, name, address, created_at, updated_at) ",
    );
    b.push_values(&stores, |mut r, (id, code, name)| {
        r.push_bind(id)
            .push_bind(code)
            .push_bind(name)
            .push_bind(format!("1 {name}"))
            .push_bind(now)
            .push_bind(now);
    });
    b.build().execute(&mut *tx).await?;

    // A manager per store, then engineers who each cover a few stores.
    let mut people = Vec::new();
    for i in 0..size.stores + size.engineers {
        let (username, name) = person(&mut rng, i);
        let role = if i < size.stores {
            "store_manager"
        } else {
            "engineer"
        };
        people.push((Uuid::now_v7().to_string(), username, name, role));
    }
    for chunk in people.chunks(200) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "insert into users (id, username, email, display_name, role, created_at, updated_at) ",
        );
        b.push_values(chunk, |mut r, (id, username, name, role)| {
            r.push_bind(id)
                .push_bind(username)
                .push_bind(format!("{username}@stores.example"))
                .push_bind(name)
                .push_bind(*role)
                .push_bind(now)
                .push_bind(now);
        });
        b.build().execute(&mut *tx).await?;
        let mut b =
            QueryBuilder::<Sqlite>::new("insert into local_credentials (user_id, password_hash) ");
        b.push_values(chunk, |mut r, (id, ..)| {
            r.push_bind(id).push_bind(&hashed);
        });
        b.build().execute(&mut *tx).await?;
    }
    let mut members = Vec::new();
    for (i, (store, ..)) in stores.iter().enumerate() {
        members.push((store.clone(), people[i].0.clone(), "manager"));
        if size.engineers > 0 {
            for k in 0..2 {
                let e = size.stores + (i + k * 5) % size.engineers;
                members.push((store.clone(), people[e].0.clone(), "engineer"));
            }
        }
    }
    members.sort();
    members.dedup();
    let mut b = QueryBuilder::<Sqlite>::new("insert into store_members (store_id, user_id, kind) ");
    b.push_values(&members, |mut r, (s, u, k)| {
        r.push_bind(s).push_bind(u).push_bind(*k);
    });
    b.build().execute(&mut *tx).await?;

    struct DemoIssue {
        id: String,
        store: usize,
        title: String,
        description: String,
        priority: Priority,
        status: Status,
        created_by: usize,
        assigned_to: Option<usize>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    }
    let mut issues = Vec::with_capacity(size.issues);
    for n in 0..size.issues {
        let store = rng.gen_range(0..size.stores);
        let age = Duration::minutes(rng.gen_range(5..180 * 24 * 60));
        let created_at = now - age;
        let updated_at = created_at + Duration::minutes(rng.gen_range(0..=age.num_minutes()));
        let status = match rng.gen_range(0..100) {
            0..=24 => Status::Open,
            25..=44 => Status::InProgress,
            45..=59 => Status::WaitingOnVendor,
            60..=79 => Status::Resolved,
            _ => Status::Closed,
        };
        let priority = match rng.gen_range(0..100) {
            0..=29 => Priority::Low,
            30..=69 => Priority::Medium,
            70..=91 => Priority::High,
            _ => Priority::Critical,
        };
        let equipment = EQUIPMENT[rng.gen_range(0..EQUIPMENT.len())];
        let unit = rng.gen_range(1..9);
        let fault = FAULTS[rng.gen_range(0..FAULTS.len())];
        let engineers: Vec<usize> = members
            .iter()
            .filter(|(s, _, k)| *s == stores[store].0 && *k == "engineer")
            .filter_map(|(_, u, _)| people.iter().position(|p| &p.0 == u))
            .collect();
        let assigned_to = (status != Status::Open && !engineers.is_empty())
            .then(|| engineers[n % engineers.len()]);
        issues.push(DemoIssue {
            id: Uuid::now_v7().to_string(),
            store,
            title: format!("{equipment} {unit} {fault}"),
            description: format!(
                "{equipment} {unit} at {}: {fault}. {} {}",
                stores[store].2,
                DETAILS[rng.gen_range(0..DETAILS.len())],
                DETAILS[rng.gen_range(0..DETAILS.len())]
            ),
            priority,
            status,
            created_by: store,
            assigned_to,
            created_at,
            updated_at,
        });
    }
    issues.sort_by_key(|i| i.created_at);
    for (chunk_no, chunk) in issues.chunks(400).enumerate() {
        let mut b = QueryBuilder::<Sqlite>::new(
            "insert into issues (id, number, store_id, title, description, priority, priority_rank,
                                 status, created_by, assigned_to, created_at, updated_at) ",
        );
        b.push_values(chunk.iter().enumerate(), |mut r, (k, i)| {
            r.push_bind(&i.id)
                .push_bind(base + (chunk_no * 400 + k + 1) as i64)
                .push_bind(&stores[i.store].0)
                .push_bind(&i.title)
                .push_bind(&i.description)
                .push_bind(i.priority.as_str())
                .push_bind(i.priority.rank())
                .push_bind(i.status.as_str())
                .push_bind(&people[i.created_by].0)
                .push_bind(i.assigned_to.map(|a| people[a].0.clone()))
                .push_bind(i.created_at)
                .push_bind(i.updated_at);
        });
        b.build().execute(&mut *tx).await?;
        // History: created, and the status it reached.
        let mut b = QueryBuilder::<Sqlite>::new(
            "insert into history (issue_id, at, actor_id, field, old_value, new_value) ",
        );
        b.push_values(chunk, |mut r, i| {
            r.push_bind(&i.id)
                .push_bind(i.created_at)
                .push_bind(&people[i.created_by].0)
                .push_bind("created")
                .push_bind(None::<String>)
                .push_bind(Status::Open.as_str());
        });
        b.build().execute(&mut *tx).await?;
        let moved: Vec<&DemoIssue> = chunk.iter().filter(|i| i.status != Status::Open).collect();
        if !moved.is_empty() {
            let mut b = QueryBuilder::<Sqlite>::new(
                "insert into history (issue_id, at, actor_id, field, old_value, new_value) ",
            );
            b.push_values(moved, |mut r, i| {
                r.push_bind(&i.id)
                    .push_bind(i.updated_at)
                    .push_bind(&people[i.assigned_to.unwrap_or(i.created_by)].0)
                    .push_bind("status")
                    .push_bind(Status::Open.as_str())
                    .push_bind(i.status.as_str());
            });
            b.build().execute(&mut *tx).await?;
        }
    }
    let mut comments = Vec::with_capacity(size.comments);
    for _ in 0..size.comments {
        let i = &issues[rng.gen_range(0..issues.len())];
        let span = (i.updated_at - i.created_at).num_minutes().max(1);
        let at = i.created_at + Duration::minutes(rng.gen_range(0..=span));
        let author = i.assigned_to.unwrap_or(i.created_by);
        comments.push((
            Uuid::now_v7().to_string(),
            &i.id,
            &people[author].0,
            COMMENTS[rng.gen_range(0..COMMENTS.len())],
            at,
        ));
    }
    for chunk in comments.chunks(1000) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "insert into comments (id, issue_id, author_id, body, created_at, updated_at) ",
        );
        b.push_values(chunk, |mut r, (id, issue, author, body, at)| {
            r.push_bind(id)
                .push_bind(*issue)
                .push_bind(*author)
                .push_bind(*body)
                .push_bind(*at)
                .push_bind(*at);
        });
        b.build().execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(issues.len())
}
