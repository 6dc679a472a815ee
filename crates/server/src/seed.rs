//! `seed-demo`: realistic demo data, fast. Rows go in with one `insert ... select from unnest`
//! per batch of arrays (a few statements for 60,000 rows), so 10,000 issues and 50,000 comments
//! load in seconds. Deterministic: the same options give the same data.

use crate::auth::password;
use anyhow::Context;
use chrono::{Duration, Utc};
use clap::Args;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, Clone, Args)]
pub struct SeedOptions {
    #[arg(long, default_value_t = 20)]
    pub stores: usize,
    /// Store managers and engineers (one manager per store, the rest engineers), plus `admin`.
    #[arg(long, default_value_t = 200)]
    pub users: usize,
    #[arg(long, default_value_t = 10_000)]
    pub issues: usize,
    #[arg(long, default_value_t = 50_000)]
    pub comments: usize,
    /// Password of every demo account (`admin`, `user0001`...).
    #[arg(
        long,
        env = "STOREDESK_DEMO_PASSWORD",
        default_value = "storedesk-demo"
    )]
    pub password: String,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
}

pub struct Seeded {
    pub admin_id: Uuid,
    pub stores: Vec<Uuid>,
    pub users: Vec<Uuid>,
}

const PROBLEMS: &[&str] = &[
    "POS terminal not responding",
    "Receipt printer jams",
    "Barcode scanner drops connection",
    "Card reader declines all cards",
    "Till drawer will not open",
    "Network switch offline",
    "Self-checkout scale error",
    "Label printer prints blank",
    "Wi-Fi dead in stockroom",
    "Customer display flickers",
    "Handheld scanner battery fails",
    "Back-office PC blue screen",
];
const DETAILS: &[&str] = &[
    "Started this morning after the update.",
    "Staff restarted it twice, no change.",
    "Happens every few minutes during peak hours.",
    "Error code shown on screen: E-%.",
    "Cable replaced, issue persists.",
    "Affects lane % only.",
];
const REPLIES: &[&str] = &[
    "Rebooted the unit, monitoring.",
    "Vendor asked for the serial number.",
    "Replaced the power supply.",
    "Firmware updated to the latest version.",
    "Still failing after the reboot.",
    "Works again, closing soon.",
    "Escalated to RSNL.",
    "Engineer on site tomorrow.",
];
const CITIES: &[&str] = &[
    "London", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "York", "Bath", "Derby", "Hull",
];

pub async fn seed_demo(db: &PgPool, o: &SeedOptions) -> anyhow::Result<Seeded> {
    anyhow::ensure!(
        o.stores >= 1 && o.users >= o.stores,
        "need at least one store and one user per store"
    );
    let existing: i64 = sqlx::query_scalar("select count(*) from issues")
        .fetch_one(db)
        .await?;
    anyhow::ensure!(
        existing == 0,
        "the database already holds {existing} issues; seed an empty database"
    );
    let mut rng = StdRng::seed_from_u64(o.seed);
    let hash = password::hash(o.password.clone()).await?;
    let now = Utc::now();
    let mut tx = db.begin().await?;

    // Users: admin, then per store one manager; the rest are engineers spread over the stores.
    let admin_id = Uuid::now_v7();
    let users: Vec<Uuid> = (0..o.users).map(|_| Uuid::now_v7()).collect();
    let names: Vec<String> = (1..=o.users).map(|i| format!("user{i:04}")).collect();
    let roles: Vec<&str> = (0..o.users)
        .map(|i| {
            if i < o.stores {
                "store_manager"
            } else {
                "engineer"
            }
        })
        .collect();
    let mut ids = vec![admin_id];
    ids.extend(&users);
    let mut unames = vec!["admin".to_owned()];
    unames.extend(names.iter().cloned());
    let mut rroles = vec!["admin"];
    rroles.extend(&roles);
    let emails: Vec<String> = unames
        .iter()
        .map(|u| format!("{u}@demo.storedesk.dev"))
        .collect();
    let displays: Vec<String> = unames.iter().map(|u| format!("Demo {u}")).collect();
    sqlx::query(
        "insert into users (id, username, email, display_name, role, password_hash, created_at, updated_at)
         select id, u, e, d, r, $6, $7, $7 from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) as t(id, u, e, d, r)",
    )
    .bind(&ids).bind(&unames).bind(&emails).bind(&displays).bind(&rroles).bind(&hash).bind(now - Duration::days(400))
    .execute(&mut *tx).await.context("users")?;

    let stores: Vec<Uuid> = (0..o.stores).map(|_| Uuid::now_v7()).collect();
    let codes: Vec<String> = (1..=o.stores).map(|i| format!("ST-{i:03}")).collect();
    let snames: Vec<String> = (0..o.stores)
        .map(|i| {
            format!(
                "{} {}",
                CITIES[i % CITIES.len()],
                ["High Street", "Retail Park", "Central", "Station"][i % 4]
            )
        })
        .collect();
    let addrs: Vec<String> = (0..o.stores)
        .map(|i| {
            format!(
                "{} {} Road, {}",
                10 + i,
                ["Market", "Church", "Mill"][i % 3],
                CITIES[i % CITIES.len()]
            )
        })
        .collect();
    let managers: Vec<Uuid> = users[..o.stores].to_vec();
    sqlx::query(
        "insert into stores (id, code, name, address, manager_id, created_at, updated_at)
         select id, c, n, a, m, $6, $6 from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[]) as t(id, c, n, a, m)",
    )
    .bind(&stores).bind(&codes).bind(&snames).bind(&addrs).bind(&managers).bind(now - Duration::days(400))
    .execute(&mut *tx).await.context("stores")?;

    let engineers = &users[o.stores..];
    let eng_store: Vec<Uuid> = (0..engineers.len()).map(|i| stores[i % o.stores]).collect();
    sqlx::query("insert into store_engineers (store_id, user_id) select * from unnest($1::uuid[], $2::uuid[])")
        .bind(&eng_store).bind(engineers).execute(&mut *tx).await.context("engineers")?;
    // Members of each store, to pick reporters and assignees from.
    let members: Vec<Vec<Uuid>> = (0..o.stores)
        .map(|s| {
            std::iter::once(users[s])
                .chain(
                    engineers
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % o.stores == s)
                        .map(|(_, u)| *u),
                )
                .collect()
        })
        .collect();

    let statuses = [
        "open",
        "in_progress",
        "waiting_on_vendor",
        "resolved",
        "closed",
    ];
    let priorities = ["low", "medium", "high", "critical"];
    let n = o.issues;
    let (mut iid, mut ist, mut ititle, mut idesc, mut iprio, mut istat, mut iby, mut ito, mut iat) = (
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
    );
    for k in 0..n {
        let s = rng.gen_range(0..o.stores);
        let m = &members[s];
        iid.push(Uuid::now_v7());
        ist.push(stores[s]);
        ititle.push(format!(
            "{} at till {}",
            PROBLEMS[rng.gen_range(0..PROBLEMS.len())],
            rng.gen_range(1..13)
        ));
        idesc.push(
            DETAILS[rng.gen_range(0..DETAILS.len())]
                .replace('%', &rng.gen_range(1..99).to_string()),
        );
        iprio.push(priorities[rng.gen_range(0..4)]);
        istat.push(statuses[k % 5]);
        iby.push(m[rng.gen_range(0..m.len())]);
        ito.push(if rng.gen_bool(0.2) {
            None
        } else {
            Some(m[rng.gen_range(0..m.len())])
        });
        iat.push(now - Duration::minutes(((n - k) * 13) as i64));
    }
    for c in (0..n).step_by(5000) {
        let e = (c + 5000).min(n);
        sqlx::query(
            "with i as (insert into issues (id, store_id, title, description, priority, status, created_by, assigned_to, created_at, updated_at)
               select id, s, t, d, p, st, b, a, at, at from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::timestamptz[])
                 as x(id, s, t, d, p, st, b, a, at) order by at returning id, created_by, created_at)
             insert into issue_events (issue_id, actor_id, at, field, new_value) select id, created_by, created_at, 'created', 'open' from i",
        )
        .bind(&iid[c..e]).bind(&ist[c..e]).bind(&ititle[c..e]).bind(&idesc[c..e]).bind(&iprio[c..e])
        .bind(&istat[c..e]).bind(&iby[c..e]).bind(&ito[c..e]).bind(&iat[c..e])
        .execute(&mut *tx).await.context("issues")?;
    }

    // Comments: spread evenly over the issues (5 each for the default sizes, as the peer's
    // average), authors from the issue's store.
    let (mut cid, mut cis, mut cby, mut cbody, mut cat) = (vec![], vec![], vec![], vec![], vec![]);
    for k in 0..o.comments {
        if n == 0 {
            break;
        }
        let i = k % n;
        let s = stores.iter().position(|s| *s == ist[i]).unwrap_or(0);
        cid.push(Uuid::now_v7());
        cis.push(iid[i]);
        cby.push(members[s][rng.gen_range(0..members[s].len())]);
        cbody.push(REPLIES[rng.gen_range(0..REPLIES.len())].to_owned());
        cat.push(iat[i] + Duration::minutes(rng.gen_range(1..600)));
    }
    for c in (0..cid.len()).step_by(10_000) {
        let e = (c + 10_000).min(cid.len());
        sqlx::query(
            "insert into comments (id, issue_id, author_id, body, created_at, updated_at)
             select id, i, a, b, at, at from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) as x(id, i, a, b, at)",
        )
        .bind(&cid[c..e]).bind(&cis[c..e]).bind(&cby[c..e]).bind(&cbody[c..e]).bind(&cat[c..e])
        .execute(&mut *tx).await.context("comments")?;
    }
    tx.commit().await?;
    // Sets the visibility map too, so counts can use index-only scans at once.
    sqlx::query("vacuum analyze").execute(db).await?;
    Ok(Seeded {
        admin_id,
        stores,
        users,
    })
}
