#![forbid(unsafe_code)]
//! Standalone `mail triage`, for trying the triage without the server binary.

use std::process::ExitCode;

use clap::Parser;
use storedesk_mail::cli::{run, TriageArgs};

#[derive(Parser)]
#[command(
    name = "storedesk-mail-triage",
    about = "Tell which issue each vendor reply answers, its ticket id, and what happened"
)]
struct Cli {
    #[command(flatten)]
    args: TriageArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(&cli.args, &mut out) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
