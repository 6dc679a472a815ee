//! `storedesk-server mail triage`: reads our sent folder, then triages each reply file and
//! prints one JSON object per line.
//!
//! Output per file: `{"file","issue","issue_ref","vendor_ticket_id","event","matched_by","reason"}`,
//! or `{"file","error"}` when the file cannot be read or is not a mail; the other files are
//! still processed. Exit status: 0 when at least one file was triaged, 1 when every file
//! failed; setup errors (sent folder or profile unreadable, bad profile) are returned as
//! `Err` and the binary exits with 2, like clap does for invalid arguments.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use serde::Serialize;

use crate::context::TriageContext;
use crate::event::Event;
use crate::message;
use crate::profile::load_profile;
use crate::triage::triage_mail;

#[derive(Debug, Clone, clap::Args)]
pub struct TriageArgs {
    /// Folder of the .eml files we sent (to learn our Message-IDs, tags and vendor tags).
    #[arg(long, value_name = "DIR")]
    pub sent: PathBuf,
    /// A vendor mail domain; subdomains count too. Repeat for several.
    #[arg(long = "vendor-domain", value_name = "DOMAIN")]
    pub vendor_domains: Vec<String>,
    /// Vendor profile (JSON): domains, ticket id patterns, status keywords.
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Our mail domain; by default learnt from the Message-IDs in the sent folder.
    #[arg(long, value_name = "DOMAIN")]
    pub our_domain: Option<String>,
    /// File holding the HMAC key that signs our Message-IDs. Without it only Message-IDs found
    /// in the sent folder are recognised.
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Reply files (.eml) to triage, in the order they arrived.
    #[arg(required = true, value_name = "REPLY.eml")]
    pub replies: Vec<PathBuf>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    file: &'a str,
    error: String,
}

/// Runs the command, writing JSON lines to `out`.
pub fn run(args: &TriageArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let mut ctx = build_context(args)?;
    let mut triaged = 0usize;
    for path in &args.replies {
        let file = path.display().to_string();
        let outcome = fs::read(path)
            .map_err(|e| format!("cannot read file: {e}"))
            .and_then(|raw| message::parse(&raw).map_err(|e| e.to_string()))
            .map(|mail| (triage_mail(&mail, &ctx), mail.message_id));
        match outcome {
            Ok((t, message_id)) => {
                triaged += 1;
                // Learn the links during the run, so a later reply carrying only the vendor's
                // ticket id, or answering the vendor's own mail, still finds its issue.
                if let (Some(issue), false) = (&t.issue, t.event == Event::Ignore) {
                    if let Some(ticket) = &t.vendor_ticket {
                        ctx.link_vendor_ticket(&ticket.id, issue.number);
                    }
                    if let Some(id) = &message_id {
                        ctx.link_vendor_mail(id, issue.number);
                    }
                }
                serde_json::to_writer(&mut *out, &t.to_record(&file))?;
            }
            Err(error) => serde_json::to_writer(&mut *out, &ErrorRecord { file: &file, error })?,
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if triaged == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn build_context(args: &TriageArgs) -> anyhow::Result<TriageContext> {
    let domain = args.our_domain.as_deref().unwrap_or("");
    let mut ctx = match &args.key_file {
        Some(path) => {
            let key = fs::read(path)
                .with_context(|| format!("cannot read key file {}", path.display()))?;
            let key = key.trim_ascii().to_vec();
            anyhow::ensure!(!key.is_empty(), "key file {} is empty", path.display());
            TriageContext::new(domain, key)
        }
        None => TriageContext::without_key(domain),
    };
    for d in &args.vendor_domains {
        ctx.add_vendor_domain(d);
    }
    if let Some(path) = &args.profile {
        let text = fs::read_to_string(path)
            .with_context(|| format!("cannot read profile {}", path.display()))?;
        let profile =
            load_profile(&text).with_context(|| format!("invalid profile {}", path.display()))?;
        ctx.add_profile(profile);
    }
    for path in sent_files(&args.sent)? {
        // A sent folder may hold drafts or odd files; skipping them is safer than refusing
        // to triage at all.
        if let Ok(raw) = fs::read(&path) {
            let _ = ctx.learn_sent_mail(&raw);
        }
    }
    Ok(ctx)
}

fn sent_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let entries =
        fs::read_dir(dir).with_context(|| format!("cannot read sent folder {}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")))
        .collect();
    // Sorted so the first mail about an issue (usually the lowest-numbered file) defines its
    // Message-ID, whatever order the file system lists them in.
    files.sort();
    Ok(files)
}
