//! Splitting a reply into what the sender wrote now and the history it quotes.
//!
//! Status words must be read only in the new text: the quoted history holds our own issue
//! text ("the till is not working", "please close ...") and the vendor's earlier messages.
//! References to our issue, on the other hand, are looked for in both.

use mail_parser::decoders::html::html_to_text;
use regex::Regex;
use std::sync::LazyLock;

/// Splits plain text at the first quote marker: a `>` line, a Gmail/Apple/Thunderbird
/// attribution ("On ... wrote:" and its de/fr/nl/sv/es/it translations), an Outlook
/// "-----Original Message-----" or "From:/Sent:" block, or Outlook's underscore rule.
pub fn split_plain(text: &str) -> (String, String) {
    let lines: Vec<(usize, &str)> = line_offsets(text);
    for (idx, &(offset, line)) in lines.iter().enumerate() {
        let t = line.trim();
        let start = if t.starts_with('>') {
            Some(offset)
        } else if is_attribution_end(t) {
            // Gmail wraps long attributions: "On Mon, 3 Jun 2024 at 10:12, Name <\nx@y> wrote:".
            let prev = idx
                .checked_sub(1)
                .map(|p| lines[p])
                .filter(|(_, l)| starts_attribution(l.trim()) && !is_attribution_end(l.trim()));
            Some(prev.map_or(offset, |(o, _)| o))
        } else if is_separator(t) || is_outlook_header_block(&lines[idx..]) {
            Some(offset)
        } else {
            None
        };
        if let Some(at) = start {
            if text[..at].trim().is_empty() {
                // Nothing above the quote: a reply written below it (Thunderbird, Mutt) has its
                // new part after the quoted lines; a bare forward has none.
                if let Some(below) = below_quote(&text[at..]) {
                    let (quoted, new) = text[at..].split_at(below);
                    return (new.to_string(), quoted.to_string());
                }
                if t.starts_with('>') {
                    return (String::new(), text.to_string());
                }
            }
            return (text[..at].to_string(), text[at..].to_string());
        }
    }
    (text.to_string(), String::new())
}

/// Where the text written below a quote starts: the first line after the `>` lines (past an
/// attribution line) that is neither quoted nor blank. `None` when nothing follows the quote.
fn below_quote(quote: &str) -> Option<usize> {
    let mut seen_quoted = false;
    for (idx, (offset, line)) in line_offsets(quote).into_iter().enumerate() {
        let t = line.trim();
        if t.starts_with('>') {
            seen_quoted = true;
        } else if seen_quoted && !t.is_empty() {
            return Some(offset);
        } else if idx > 1 && !t.is_empty() {
            // Not the attribution (first line or two): not a bottom post.
            return None;
        }
    }
    None
}

fn line_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        out.push((offset, line.trim_end_matches(['\r', '\n'])));
        offset += line.len();
    }
    out
}

const ATTRIBUTION_ENDS: [&str; 10] = [
    "wrote:",
    "schrieb:",
    "a écrit :",
    "a écrit:",
    "schreef:",
    "skrev:",
    "escribió:",
    "ha scritto:",
    "escreveu:",
    "kirjoitti:",
];

fn is_attribution_end(line: &str) -> bool {
    let lower = line.to_lowercase();
    ATTRIBUTION_ENDS.iter().any(|e| lower.ends_with(e)) && line.len() < 400
}

fn starts_attribution(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "on ", "am ", "le ", "op ", "den ", "el ", "il ", "em ", "on\u{a0}",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

fn is_separator(line: &str) -> bool {
    let lower = line.to_lowercase();
    let dashed = lower.trim_matches(|c: char| c == '-' || c == ' ' || c == '=');
    (line.starts_with("-----") || line.starts_with("----- ") || line.starts_with("==="))
        && [
            "original message",
            "ursprüngliche nachricht",
            "oorspronkelijk bericht",
            "message d'origine",
            "originalmeddelande",
            "forwarded message",
            "weitergeleitete nachricht",
            "doorgestuurd bericht",
        ]
        .iter()
        .any(|m| dashed.starts_with(m))
        || (line.len() >= 20 && line.chars().all(|c| c == '_'))
}

/// Outlook's plain-text quote header: "From: ..." followed within three lines by
/// "Sent:"/"Date:" (and translations). Requiring both keeps a sentence starting with
/// "From:" from cutting the reply.
fn is_outlook_header_block(lines: &[(usize, &str)]) -> bool {
    const FROM: [&str; 7] = ["from:", "von:", "van:", "de:", "de :", "från:", "da:"];
    const SENT: [&str; 15] = [
        "enviado:",
        "enviada em:",
        "enviado em:",
        "enviado el:",
        "fecha:",
        "data:",
        "sent:",
        "date:",
        "gesendet:",
        "datum:",
        "verzonden:",
        "envoyé :",
        "envoyé:",
        "skickat:",
        "inviato:",
    ];
    let Some((_, first)) = lines.first() else {
        return false;
    };
    let first = first.trim().to_lowercase();
    let first = first.trim_start_matches('*');
    if !FROM.iter().any(|f| first.starts_with(f)) {
        return false;
    }
    lines.iter().skip(1).take(3).any(|(_, l)| {
        let l = l.trim().to_lowercase();
        let l = l.trim_start_matches('*');
        SENT.iter().any(|s| l.starts_with(s))
    })
}

/// Markers where HTML mail clients start the quoted history: Gmail's `gmail_quote`, Outlook
/// web's `divRplyFwdMsg`/`appendonsend`, Outlook desktop's top-bordered header div,
/// Thunderbird's `moz-cite-prefix`, Apple Mail's and everyone's `<blockquote`.
const HTML_QUOTE_MARKERS: [&str; 8] = [
    "class=\"gmail_quote",
    "id=\"divrplyfwdmsg\"",
    "id=\"appendonsend\"",
    "class=\"moz-cite-prefix\"",
    "<hr id=\"stopspelling\"",
    "border-top:solid #e1e1e1",
    "border-top:solid #b5c4df",
    "<blockquote",
];

/// Splits HTML at the earliest quote marker, converts both halves to text, then applies the
/// plain-text rules to the new half (Outlook often renders its quote header as plain lines).
static CELL_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</t[dh]>\s*<t([dh])").expect("cell break compiles"));
static ROW_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</tr\s*>").expect("row end compiles"));

/// Helpdesks lay out a ticket's fields as table rows ("Request ID | 30418", "Status |
/// Resolved"); the text conversion would glue the cells ("Request ID30418"). Each row becomes
/// a "Label : value" line, as plain-text notifications write them.
fn cells_as_fields(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("</t") && !html.contains("</T") {
        return std::borrow::Cow::Borrowed(html);
    }
    let cells = CELL_BREAK.replace_all(html, "</t$1> : <t$1");
    std::borrow::Cow::Owned(ROW_END.replace_all(&cells, "</tr><br>").into_owned())
}

static HREF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)href\s*=\s*["'](https?://[^"'\s<>]+)"#).expect("href compiles")
});

/// A notification's "View ticket" button names the ticket only in its `href`, which the text
/// conversion drops: the addresses the text does not show are added after it, one per line.
fn with_hrefs(html: &str, mut text: String) -> String {
    let mut added = 0;
    for c in HREF.captures_iter(html) {
        let url = c[1].replace("&amp;", "&");
        if added < 16 && !text.contains(&url) {
            text.push('\n');
            text.push_str(&url);
            added += 1;
        }
    }
    text
}

pub fn split_html(html: &str) -> (String, String) {
    let lower = html.to_ascii_lowercase();
    let cut = HTML_QUOTE_MARKERS
        .iter()
        .filter_map(|m| lower.find(m))
        .min()
        .map(|pos| lower[..pos].rfind('<').unwrap_or(pos));
    let (new_html, quoted_html) = match cut {
        Some(at) if html.is_char_boundary(at) => (&html[..at], &html[at..]),
        _ => (html, ""),
    };
    let (new, mut quoted) = split_plain(&html_to_text(&cells_as_fields(new_html)));
    let new = with_hrefs(new_html, new);
    if !quoted_html.is_empty() {
        quoted.push('\n');
        quoted.push_str(&html_to_text(&cells_as_fields(quoted_html)));
    }
    (new, quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_below_the_quote_is_the_new_text() {
        let (new, quoted) = split_plain(
            "Le 01/07/2024 à 09:00, StoreDesk a écrit :\n> Till 2 reboots.\n\nBonjour,\nNous accusons réception.\n",
        );
        assert_eq!(new, "Bonjour,\nNous accusons réception.\n");
        assert!(quoted.contains("> Till 2 reboots."));
        // A bare forward (only quoted lines) still has no new part.
        assert_eq!(split_plain("> only quoted\n> text\n").0, "");
    }

    #[test]
    fn table_rows_become_field_lines() {
        let (new, _) = split_html(
            "<table><tr><td>Request ID</td><td>30418</td></tr><tr><th>Status:</th> <td>Resolved</td></tr></table>",
        );
        let lines: Vec<&str> = new
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["Request ID : 30418", "Status:: Resolved"]);
    }

    #[test]
    fn link_addresses_are_kept() {
        let (new, _) = split_html(
            r#"<p>Updated. <a href="https://x.nl/Tickets/TicketDet?TicketID=21457893">View ticket</a></p>"#,
        );
        assert!(new.contains("View ticket"), "{new}");
        assert!(new.contains("TicketID=21457893"), "{new}");
    }

    #[test]
    fn gmail_wrapped_attribution() {
        let t = "Fixed now.\n\nOn Mon, 3 Jun 2024 at 10:12, Ops <\nops@x.nl> wrote:\n> old";
        let (n, q) = split_plain(t);
        assert_eq!(n.trim(), "Fixed now.");
        assert!(q.contains("old"));
    }

    #[test]
    fn outlook_block() {
        let t = "Done.\r\n\r\nFrom: Ops <ops@x.nl>\r\nSent: Monday\r\nSubject: [STORE-1] x\r\n";
        let (n, q) = split_plain(t);
        assert_eq!(n.trim(), "Done.");
        assert!(q.contains("STORE-1"));
    }

    #[test]
    fn html_blockquote() {
        let (n, q) = split_html("<p>Resolved</p><blockquote>not resolved</blockquote>");
        assert!(n.contains("Resolved"));
        assert!(q.contains("not resolved"));
    }
}
