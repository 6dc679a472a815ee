//! Which issue: every layer of the reference rules, prefixes and subject encodings.

use storedesk_mail::Event::*;

use crate::support::*;

pub const S42: &str = "[STORE-42] Till frozen — Utrecht Centraal";
pub const S41: &str = "[STORE-41] Freezer door closed badly — Utrecht Centraal";
pub const S43: &str = "[STORE-43] Receipt printer offline — Amersfoort";

pub fn cases() -> Vec<Case> {
    let looking = "Hello,\n\nWe are looking into this and will send an engineer tomorrow.\n\nKind regards,\nRSNL Support";
    let mut v = vec![
        case(
            "helpdesk replaced subject, title and store in its fields",
            vendor("Job #5531 scheduled")
                .plain("Job #5531 - receipt printer offline\nProperty: Amersfoort, Stationsplein 1\nStatus: Scheduled"),
            Some(43), Some("5531"), Update,
        ).by("title_and_store"),
        case(
            "our title without the store names no issue",
            vendor("Job #5532 scheduled")
                .plain("Job #5532 - Receipt printer offline\nProperty: Zwolle\nArrival window: 8:00 AM - 10:00 AM"),
            None, Some("5532"), Ignore,
        ),
        case(
            "the store with a short title names no issue",
            vendor("Werkorder 5533: Till frozen")
                .plain("Locatie: Utrecht Centraal\nStatus: Ingepland"),
            None, Some("5533"), Ignore,
        ),
        case("in-reply-to our id", vendor(&format!("Re: {S42}")).irt(42).plain(looking), Some(42), None, Update).by("in_reply_to"),
        case(
            "references only, ours in the middle",
            vendor("Re: Till frozen")
                .h("References", &format!("<x1@rsnl.nl> {} <x2@mail.rsnl.nl>", mid(42)))
                .plain(looking),
            Some(42), None, Update,
        ).by("references"),
        case(
            "in-reply-to vendor id, references ours",
            vendor("Re: Till frozen")
                .h("In-Reply-To", "<vendor-77@rsnl.nl>")
                .h("References", &format!("{}\r\n <vendor-77@rsnl.nl>", mid(41)))
                .plain(looking),
            Some(41), None, Update,
        ).by("references"),
        case(
            "forged token in in-reply-to, no tag",
            vendor("Re: Till frozen")
                .h("In-Reply-To", &format!("<issue-42.0000000000000000@{OUR}>"))
                .plain(looking),
            None, None, Ignore,
        ),
        case(
            "forged token but real subject tag",
            vendor(&format!("Re: {S42}"))
                .h("In-Reply-To", &format!("<issue-42.deadbeefdeadbeef@{OUR}>"))
                .plain(looking),
            Some(42), None, Update,
        ).by("subject_tag"),
        case("broken threading, subject tag", vendor(&format!("RE: {S43}")).plain(looking), Some(43), None, Update).by("subject_tag"),
        case(
            "unknown issue tag",
            vendor("Re: [STORE-999] Something — Elsewhere").plain(looking),
            None, None, Ignore,
        ),
        case(
            "encoded-word utf-8 subject",
            vendor(&format!("Re: {}", ew_b(S42))).plain(looking),
            Some(42), None, Update,
        ).by("subject_tag"),
        case(
            "encoded-word iso-8859-1 subject",
            vendor(&format!("AW: {} {}", ew_q_latin1("[STORE-43] Drucker gestört"), ew_q_latin1("— Amersfoort"))).plain(looking),
            Some(43), None, Update,
        ).by("subject_tag"),
        case(
            "folded subject header",
            vendor("Re: [STORE-41] Freezer door closed badly\r\n — Utrecht Centraal").plain(looking),
            Some(41), None, Update,
        ).by("subject_tag"),
        case(
            "raw utf-8 subject and from name",
            from("Jürgen Möller <jm@rsnl.nl>", "Re: [STORE-42] Kassa bevroren — Café Zuid").plain(looking),
            Some(42), None, Update,
        ).by("subject_tag"),
        case(
            "tag in new body text",
            vendor("Your engineer visit").plain("Regarding STORE-41: the engineer is booked for Thursday.\n"),
            Some(41), None, Update,
        ).by("body_reference"),
        case(
            "our message-id pasted in body",
            vendor("Engineer visit").plain(&format!("Ref {}\nThe engineer is booked.", mid(43).trim_matches(['<', '>']))),
            Some(43), None, Update,
        ).by("body_reference"),
        case(
            "outlook plain quote holds our subject",
            vendor("RE: Till").plain(
                "Engineer booked for Thursday.\r\n\r\nFrom: Ops <ops@ops.storedesk.example>\r\nSent: Monday, June 3, 2024 09:00\r\nTo: support@rsnl.nl\r\nSubject: [STORE-42] Till frozen — Utrecht Centraal\r\n\r\nThe till froze again.",
            ),
            Some(42), None, Update,
        ).by("quoted_reference"),
        case(
            "gmail html quote holds our tag",
            vendor("Re: Till").html(
                "<div dir=\"ltr\">Engineer booked.</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Jun 3, 2024 at 9:00 AM Ops wrote:</div><blockquote>[STORE-43] Receipt printer offline</blockquote></div>",
            ),
            Some(43), None, Update,
        ).by("quoted_reference"),
        case(
            "linked vendor ticket id only",
            vendor("[Ticket#31337] Engineer booked").plain(looking),
            Some(7), Some("31337"), Update,
        ).by("vendor_ticket_map"),
        case(
            "in-reply-to wins over a different subject tag",
            vendor(&format!("Re: {S41}")).irt(42).plain(looking),
            Some(42), None, Update,
        ).by("in_reply_to"),
        case(
            "lf line endings",
            vendor(&format!("Re: {S42}")).irt(42).plain(looking).lf(),
            Some(42), None, Update,
        ).by("in_reply_to"),
    ];
    for (name, prefix) in [
        ("prefix Re", "Re:"),
        ("prefix RE", "RE:"),
        ("prefix AW", "AW:"),
        ("prefix SV", "SV:"),
        ("prefix Fwd", "Fwd:"),
        ("prefix WG", "WG:"),
        ("prefix stacked", "Re: AW: RE[2]:"),
        ("prefix external banner", "[EXTERNAL] RE:"),
    ] {
        v.push(
            case(
                name,
                vendor(&format!("{prefix} {S43}")).plain(looking),
                Some(43),
                None,
                Update,
            )
            .by("subject_tag"),
        );
    }
    v
}
