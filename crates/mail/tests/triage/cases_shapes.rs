//! Every mailbox shape: alternative, HTML-only, quoted-printable, base64, 8-bit Latin-1,
//! Outlook and Gmail quoting, multipart/mixed with attachments.

use storedesk_mail::Event::*;

use crate::cases_threading::{S41, S42, S43};
use crate::support::*;

pub fn cases() -> Vec<Case> {
    let resolved =
        "Hello,\n\nThe issue has been resolved: we replaced the main board.\n\nRegards,\nRSNL";
    vec![
        case("plain 8bit", vendor(&format!("Re: {S42}")).irt(42).plain(resolved), Some(42), None, Resolved),
        case(
            "multipart alternative",
            vendor(&format!("Re: {S42}")).irt(42).alt(resolved, "<html><body><p>Hello,</p><p>The issue has been <b>resolved</b>: we replaced the main board.</p></body></html>"),
            Some(42), None, Resolved,
        ),
        case(
            "html only with entities and style",
            vendor(&format!("Re: {S42}")).irt(42).html("<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;Ops,</p><p>The issue has been resolved &amp; tested.</p></body></html>"),
            Some(42), None, Resolved,
        ),
        case(
            "quoted-printable utf-8",
            vendor(&format!("Re: {S43}")).qp("Grüße,\n\nDas Problem wurde gelöst — der Drucker läuft wieder.\n\nRSNL Kundendienst"),
            Some(43), None, Resolved,
        ),
        case(
            "base64 body",
            vendor(&format!("Re: {S43}")).b64("Hallo,\n\nDe storing is opgelost.\n\nGroet, RSNL"),
            Some(43), None, Resolved,
        ),
        case(
            "8-bit iso-8859-1 body",
            vendor(&format!("AW: {S43}")).latin1("Sehr geehrte Damen und Herren,\n\ndas Problem ist behoben. Schöne Grüße"),
            Some(43), None, Resolved,
        ),
        case(
            "iso-8859-1 subject and latin-1 body negation",
            vendor(&format!("AW: {}", ew_q_latin1("[STORE-43] Drucker gestört — Amersfoort"))).latin1("Das Problem ist noch nicht gelöst, Techniker kommt morgen."),
            Some(43), None, Update,
        ),
        case(
            "outlook reply above quote says not resolved below",
            vendor(&format!("RE: {S41}")).irt(41).plain(
                "The door seal has been replaced; the issue is resolved.\r\n\r\n________________________________\r\nFrom: Ops <ops@ops.storedesk.example>\r\nSent: Monday, 3 June 2024 09:00\r\nSubject: [STORE-41] Freezer door closed badly\r\n\r\nThe issue is not resolved, the door is still open.",
            ),
            Some(41), None, Resolved,
        ),
        case(
            "gmail quote says resolved, new text asks",
            vendor(&format!("Re: {S42}")).irt(42).plain(
                "Can you confirm whether the till still freezes?\n\nOn Mon, 3 Jun 2024 at 09:00, Ops <ops@ops.storedesk.example> wrote:\n> We thought it was resolved but it froze again.\n> Please close nothing yet.",
            ),
            Some(42), None, Update,
        ),
        case(
            "outlook html reply with divRplyFwdMsg",
            vendor(&format!("RE: {S42}")).irt(42).html(
                "<div>Ticket closed as agreed.</div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>From:</b> Ops<br><b>Sent:</b> Monday<br><b>Subject:</b> [STORE-42] Till frozen</div><div>Please keep the ticket open until Friday.</div>",
            ),
            Some(42), None, Closed,
        ),
        case(
            "german outlook header block",
            vendor(&format!("AW: {S43}")).plain(
                "Der Fehler ist behoben.\n\nVon: Ops <ops@ops.storedesk.example>\nGesendet: Montag, 3. Juni 2024 09:00\nBetreff: [STORE-43] Drucker\n\nNicht behoben!",
            ),
            Some(43), None, Resolved,
        ),
        case(
            "multipart mixed with pdf attachment",
            vendor(&format!("Re: {S42}")).irt(42).raw_body(
                "Content-Type: multipart/mixed; boundary=\"mix\"\n\n--mix\nContent-Type: text/plain; charset=utf-8\n\nService report attached. The issue has been fixed.\n--mix\nContent-Type: application/pdf; name=\"report.pdf\"\nContent-Disposition: attachment; filename=\"report.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK\n--mix--\n",
            ),
            Some(42), None, Resolved,
        ),
        case(
            "nested alternative inside mixed, html has the words",
            vendor(&format!("Re: {S41}")).irt(41).raw_body(
                "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: multipart/alternative; boundary=\"a\"\n\n--a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nThe ticket is now closed. Thank you for your patience.=20\n--a\nContent-Type: text/html; charset=utf-8\n\n<p>The ticket is now closed. Thank you for your patience.</p>\n--a--\n--m--\n",
            ),
            Some(41), None, Closed,
        ),
        case(
            "folded references header with tabs",
            vendor("Re: Till").h("References", &format!("<old1@rsnl.nl>\r\n\t<old2@rsnl.nl>\r\n\t{}", mid(42))).plain("We have received your request."),
            Some(42), None, Acknowledged,
        ).by("references"),
        case(
            "raw utf-8 body with emoji and cjk",
            vendor(&format!("Re: {S42}")).irt(42).plain("已解决 — the issue has been fixed 👍"),
            Some(42), None, Resolved,
        ),
        case(
            "empty body threaded reply",
            vendor(&format!("Re: {S42}")).irt(42).plain(""),
            Some(42), None, Update,
        ),
        case(
            "only quoted text",
            vendor(&format!("Fwd: {S42}")).plain("> The till froze again.\n> Ops"),
            Some(42), None, Update,
        ),
        case(
            "sender header fallback without from",
            from("x", &format!("Re: {S42}")).set("From", "").set("Sender", "support@rsnl.nl").irt(42).plain("Resolved."),
            Some(42), None, Resolved,
        ),
    ]
}
