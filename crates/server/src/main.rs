use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::Read;
use std::process::ExitCode;
use storedesk_domain::api::user::NewUser;
use storedesk_domain::Role;
use storedesk_server::config::Config;
use storedesk_server::{auth::password, seed, startup, store};

#[derive(Parser)]
#[command(name = "storedesk-server", version, about = "StoreDesk's central API")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(flatten)]
    mail: storedesk_server::vendor_mail::config::MailArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations, then serve (the default).
    Serve,
    /// Run the database migrations and exit.
    Migrate,
    /// Create the first admin. The password is read from STOREDESK_ADMIN_PASSWORD or stdin.
    CreateAdmin {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        display_name: String,
    },
    /// Load demo data into an empty database.
    SeedDemo(seed::SeedOptions),
    /// Write the OpenAPI document to stdout.
    Openapi,
    /// Prune the sync change log and push idempotency keys now (the server does it hourly).
    Prune {
        /// Keep this many days.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
        days: u32,
    },
    /// Vendor mail tools.
    #[command(subcommand)]
    Mail(MailCommand),
}

#[derive(Subcommand)]
enum MailCommand {
    /// Decide which issue each vendor reply answers, its vendor ticket id and its event.
    Triage(storedesk_mail::cli::TriageArgs),
    /// Run the vendor loop alone (outbox sender and mailbox watcher), without the API.
    Run,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The mail tools are offline and synchronous: no runtime, no database, no log noise.
    if let Some(Command::Mail(MailCommand::Triage(args))) = &cli.command {
        return match storedesk_mail::cli::run(args, &mut std::io::stdout().lock()) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::from(2)
            }
        };
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(serve(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(cli: Cli) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .json()
        .with_writer(std::io::stderr)
        .init();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let mail = cli.mail.check()?;
            let app = startup::Application::build(&cli.config).await?;
            // The loop stops with the process; its sends and effects are each one transaction.
            let (_keep, stop) = tokio::sync::watch::channel(false);
            if let Some(mail) = mail {
                let (db, url) = (app.db(), cli.config.database_url.clone());
                tokio::spawn(async move {
                    if let Err(e) = storedesk_server::vendor_mail::run(db, url, mail, stop).await {
                        tracing::error!(error = format!("{e:#}"), "the vendor mail loop stopped");
                    }
                });
            }
            app.run().await
        }
        Command::Mail(MailCommand::Run) => {
            let mail = cli
                .mail
                .check()?
                .context("no mail server configured: set --smtp-host and/or --imap-host")?;
            let db =
                startup::prepare_database(&cli.config.database_url, cli.config.db_pool).await?;
            let (stop_tx, stop) = tokio::sync::watch::channel(false);
            tokio::spawn(async move {
                let _ = tokio::signal::ctrl_c().await;
                let _ = stop_tx.send(true);
            });
            storedesk_server::vendor_mail::run(db, cli.config.database_url.clone(), mail, stop)
                .await
        }
        Command::Migrate => startup::prepare_database(&cli.config.database_url, cli.config.db_pool)
            .await
            .map(drop),
        Command::CreateAdmin {
            username,
            email,
            display_name,
        } => {
            let pw = match std::env::var("STOREDESK_ADMIN_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut s = String::new();
                    std::io::stdin()
                        .read_to_string(&mut s)
                        .context("reading the password from stdin")?;
                    s.trim_end_matches(['\n', '\r']).to_owned()
                }
            };
            let n = NewUser {
                id: None,
                username,
                email,
                display_name,
                role: Role::Admin,
                password: pw.into(),
            };
            let v = n.validate().map_err(|e| {
                anyhow::anyhow!(
                    "{}",
                    e.iter()
                        .map(|f| format!("{}: {}", f.field, f.message))
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            })?;
            let db =
                startup::prepare_database(&cli.config.database_url, cli.config.db_pool).await?;
            let hash = password::hash(n.password.expose().to_owned()).await?;
            let u = store::users::create(&db, uuid::Uuid::now_v7(), &v, Role::Admin, &hash)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.problem().detail))?;
            println!("created admin {} ({})", u.username, u.id);
            Ok(())
        }
        Command::SeedDemo(o) => {
            let db =
                startup::prepare_database(&cli.config.database_url, cli.config.db_pool).await?;
            let t = std::time::Instant::now();
            seed::seed_demo(&db, &o).await?;
            println!(
                "seeded {} stores, {} users + admin, {} issues, {} comments in {:.1} s",
                o.stores,
                o.users,
                o.issues,
                o.comments,
                t.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Prune { days } => {
            let db =
                startup::prepare_database(&cli.config.database_url, cli.config.db_pool).await?;
            let before = chrono::Utc::now() - chrono::Duration::days(i64::from(days));
            let p = store::prune::prune(&db, before)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.problem().detail))?;
            println!(
                "compacted {} superseded changes, dropped {} deletes and revokes, forgot {} idempotency keys; cursors before xid {} must resync",
                p.compacted, p.dropped, p.keys, p.horizon
            );
            Ok(())
        }
        Command::Openapi => {
            println!("{}", serde_json::to_string_pretty(&startup::openapi())?);
            Ok(())
        }
        // Handled in main() before the runtime starts; kept exhaustive on purpose.
        Command::Mail(MailCommand::Triage(_)) => {
            anyhow::bail!("mail triage does not run inside the server runtime")
        }
    }
}
