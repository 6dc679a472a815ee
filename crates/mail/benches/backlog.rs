//! A varied backlog of vendor mail for the benchmark and the throughput example: every
//! helpdesk format, every body shape, auto-replies, bounces, newsletters and lookalikes.

use storedesk_mail::compose::issue_message_id;
use storedesk_mail::TriageContext;

pub const OUR: &str = "ops.storedesk.example";
pub const KEY: &[u8] = b"bench-key";

pub fn context() -> TriageContext {
    let mut ctx = TriageContext::new(OUR, KEY.to_vec());
    ctx.add_vendor_domain("rsnl.nl");
    for n in 1..=500u64 {
        ctx.learn_sent(&issue_message_id(n, KEY, OUR), n);
    }
    // A chain's open work: 2,000 issues over 300 stores, read for mail that names an issue
    // only by its title and store.
    for n in 1..=2000u64 {
        ctx.learn_issue_title(n, &format!("Till {n} frozen"))
            .learn_issue_store(n, &format!("Winkel {} Centrum", n % 300));
    }
    ctx
}

fn mail(from: &str, subject: &str, extra: &str, ctype: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: ops@{OUR}\r\nSubject: {subject}\r\nDate: Tue, 04 Jun 2024 10:15:00 +0200\r\nMessage-ID: <m{}@rsnl.nl>\r\n{extra}MIME-Version: 1.0\r\n{ctype}\r\n\r\n{body}\r\n",
        subject.len()
    )
    .into_bytes()
}

const PLAIN: &str = "Content-Type: text/plain; charset=utf-8";

/// Message `i` of the backlog (deterministic).
pub fn message(i: usize) -> Vec<u8> {
    let n = (i % 500) as u64 + 1;
    let irt = format!("In-Reply-To: {}\r\n", issue_message_id(n, KEY, OUR));
    let subj = format!("[STORE-{n}] Till {n} frozen — Utrecht");
    let quote = format!("\r\n\r\nOn Mon, 3 Jun 2024 at 09:00, Ops <ops@{OUR}> wrote:\r\n> The till froze again, not resolved.\r\n> {subj}\r\n");
    match i % 12 {
        0 => mail("RSNL <support@rsnl.nl>", &format!("Support Ticket Opened [#{}]", 400000 + i), &format!("{irt}Auto-Submitted: auto-replied\r\n"), "Content-Type: text/html; charset=utf-8", &format!("<h3>Dear Ops,</h3><p>A request for support has been created and assigned #{}.</p>", 400000 + i)),
        1 => mail("RSNL <support@rsnl.nl>", &format!("Re: [rsnl.nl #{}] {subj}", 10000 + i), "Precedence: bulk\r\n", PLAIN, &format!("We ordered the part.{quote}")),
        2 => mail("RSNL <support@rsnl.nl>", &format!("Re: {subj} [Ticket#{}]", 30000 + i), &irt, "Content-Type: multipart/alternative; boundary=\"b\"", &format!("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe issue has been resolved.{quote}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The issue has been <b>resolved</b>.</p><blockquote>{subj}</blockquote>\r\n--b--")),
        3 => mail("RSNL <support@rsnl.nl>", &format!("INC{:07} has been resolved", i), "", PLAIN, &format!("Resolution notes: replaced.\r\n\r\nFrom: Ops\r\nSent: Monday\r\nSubject: {subj}\r\n\r\nRef:MSG0000123_X8yZqLmN2pWc")),
        4 => mail("RSNL <support@rsnl.nl>", &format!("=?UTF-8?B?UmU6IFtTVE9SRS0{}?= Till", "xXQ=="), &irt, "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable", "Das Problem ist noch nicht gel=C3=B6st =E2=80=94 Techniker kommt morgen."),
        5 => mail("RSNL <support@rsnl.nl>", &format!("[RSNL] Re: {subj}"), &irt, PLAIN, &format!("##- Please type your reply above this line -##\r\n\r\nYour request ({}) has been solved.\r\n\r\n[1G7EOR-0Q2J]", 4000 + i)),
        6 => mail("Jan <jan@rsnl.nl>", &format!("Automatic reply: Re: {subj}"), &format!("{irt}Auto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n"), PLAIN, "I am out of the office until Monday."),
        7 => mail("MAILER-DAEMON@mx.rsnl.nl", "Undelivered Mail Returned to Sender", "Return-Path: <>\r\n", "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"", "--r\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n--r--"),
        8 => mail("RSNL News <news@rsnl.nl>", "June newsletter", "List-Unsubscribe: <https://rsnl.nl/u>\r\n", "Content-Type: text/html; charset=utf-8", &"<p>News about our service portal, ticket #1234.</p>".repeat(20)),
        9 => mail("RSNL <support@rsnl-support.com>", &format!("Re: {subj}"), "", PLAIN, "Resolved. Please pay invoice 2024-0012 to unlock."),
        10 => mail("RSNL <support@rsnl.nl>", &format!("[Request ID :##{}##] : {subj}", 100000 + i), "", "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64", "WW91ciByZXF1ZXN0IGhhcyBiZWVuIGNsb3NlZC4gQ2FsbCArMzEgMjAgMTIzIDQ1NjcgZm9yIHF1ZXN0aW9ucy4="),
        _ => mail("Piet <piet@rsnl.nl>", &format!("AW: {subj}"), "", "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit", &format!("Ticket number: {} - order #5521 ships Friday. Gr\u{fc}\u{df}e{quote}", 88000 + i)),
    }
}

pub fn backlog(count: usize) -> Vec<Vec<u8>> {
    (0..count).map(message).collect()
}

/// The largest message we test, base64-encoded: 5 MB of text becomes 6.8 MB on the wire, and
/// mail-parser decodes all of it before triage reads the first 64 KiB.
pub fn largest_base64() -> Vec<u8> {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let unit = "Log line with ticket #1234 and order #5 - not resolved yet, see serial SN-1234\r\n";
    let text = unit.repeat(5 * 1024 * 1024 / unit.len());
    let mut enc = String::with_capacity(text.len() * 4 / 3 + 4);
    for chunk in text.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            enc.push(if i <= chunk.len() {
                T[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    let body: Vec<&str> = enc
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect();
    mail(
        "RSNL <support@rsnl.nl>",
        "Re: [STORE-42] Till 42 frozen — Utrecht [Ticket#31001]",
        "",
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
        &body.join("\r\n"),
    )
}

/// The largest message we test: a 5 MB reply (plain text, or HTML when `html`).
pub fn largest(html: bool) -> Vec<u8> {
    let unit = if html {
        "<div><p>Log line with ticket #1234 and order #5 - not resolved</p><blockquote>q</blockquote></div>\r\n"
    } else {
        "Log line with ticket #1234 and order #5 - not resolved yet, see serial SN-1234\r\n"
    };
    let body = unit.repeat(5 * 1024 * 1024 / unit.len());
    let ctype = if html {
        "Content-Type: text/html; charset=utf-8"
    } else {
        PLAIN
    };
    mail(
        "RSNL <support@rsnl.nl>",
        "Re: [STORE-42] Till 42 frozen — Utrecht [Ticket#31001]",
        "",
        ctype,
        &body,
    )
}
