//! The traps: decoys, negations, auto-replies to keep and to drop, bounces, list mail,
//! lookalike senders, other customers' tickets, our own title words.

use storedesk_mail::Event::*;

use crate::cases_threading::{S41, S42, S43};
use crate::support::*;

pub fn cases() -> Vec<Case> {
    let mut v = decoys();
    v.extend(negations());
    v.extend(auto_replies());
    v.extend(senders());
    v
}

fn decoys() -> Vec<Case> {
    vec![
        case("phone number and date", vendor(&format!("Re: {S42}")).irt(42).plain("Call us on +31 20 123 4567 or 0800-1234567. Visit planned 2024-06-11 14:00."), Some(42), None, Update),
        case("order and po numbers", vendor(&format!("Re: {S42}")).irt(42).plain("Parts for order #12345 (PO 4500012345, PO-4500012346) ship Friday."), Some(42), None, Update),
        case("serial number", vendor(&format!("Re: {S42}")).irt(42).plain("Serial number: SN-00912345, asset tag 778812. Model TX-9000."), Some(42), None, Update),
        case("order tag in brackets", vendor(&format!("[Order #55321] shipped — {S43}")).plain("Your replacement printer has shipped."), Some(43), None, Update),
        case("zendesk encoded id alone", vendor(&format!("Re: {S42}")).irt(42).plain("We are on it.\n\n[1G7EOR-0Q2J]"), Some(42), None, Update),
        case("servicenow watermark alone", vendor(&format!("Re: {S42}")).irt(42).plain("We are on it.\n\nRef:MSG0012345_aB3dE5fG7hJ9kL1"), Some(42), None, Update),
        case("other ticket mentioned before ours", vendor(&format!("Re: {S41}")).irt(41).plain("This looks related to ticket #99881 of another store. Your ticket #88231 is with the engineer."), Some(41), Some("88231"), Update),
        case("only another ticket mentioned", vendor(&format!("Re: {S41}")).irt(41).plain("Similar to ticket #99881 we fixed last week; we are checking."), Some(41), None, Update),
        case("duplicate of", vendor(&format!("Re: {S41}")).irt(41).plain("Marked as duplicate of ticket #70001."), Some(41), None, Update),
        case("subject id beats body decoys", vendor(&format!("Re: {S43} [Ticket#31002]")).plain("Order #4711 and invoice 2024-0012 are unrelated. Call 030-1234567."), Some(43), Some("31002"), Update),
        case("iso and utf keys are not jira", vendor("ISO-9001 audit reminder").h("In-Reply-To", &mid(42)).plain("UTF-8 is fine."), Some(42), None, Update),
        case("vendor tag kept in our own quoted subject", vendor("RE: Till").plain("Engineer booked.\n\n-----Original Message-----\nFrom: Ops\nSubject: Re: [STORE-42] Till frozen [Ticket#31005]\n"), Some(42), Some("31005"), Update),
    ]
}

fn negations() -> Vec<Case> {
    let n = |name, body: &str, e| {
        case(
            name,
            vendor(&format!("Re: {S42}")).irt(42).plain(body),
            Some(42),
            None,
            e,
        )
    };
    vec![
        n("not resolved yet", "Unfortunately the issue is not resolved yet.", Update),
        n("not yet resolved", "The problem has not yet been resolved; parts are on order.", Update),
        n("isn't fixed", "Sorry, it isn't fixed.", Update),
        n("will be resolved once", "It will be resolved once the part arrives.", Update),
        n("until resolved", "We keep the ticket open until it is resolved.", Update),
        n("question resolved", "Is the issue resolved on your side?", Update),
        n("not closed", "The ticket is not closed; we continue tomorrow.", Update),
        n("will be closed automatically", "The fix is deployed and the issue is resolved. The ticket will be closed automatically in 7 days.", Resolved),
        n("resolved and closed", "The issue was resolved, so I have closed the ticket.", Closed),
        n("status from resolved to in progress", "Status changed from Resolved to In Progress: the till froze again.", Update),
        n("status from open to resolved", "Status changed from Open to Resolved.", Resolved),
        n("german noch nicht", "Das Problem ist noch nicht behoben.", Update),
        n("dutch niet opgelost", "Het probleem is helaas niet opgelost.", Update),
        n("hope resolved soon", "We hope it is resolved soon.", Update),
        n("never fixed", "That firmware bug was never fixed upstream; we use a workaround.", Update),
        case("our title says closed", vendor(&format!("Re: {S41}")).irt(41).plain("We sent a technician for Thursday."), Some(41), None, Update),
        case("rt quotes our title in autoreply body", vendor(&format!("[rsnl.nl #12346] AutoReply: {S41}")).irt(41).h("Auto-Submitted", "auto-replied").plain("regarding: \"Freezer door closed badly\"\nYour ticket has been assigned an ID of [rsnl.nl #12346]."), Some(41), Some("12346"), Acknowledged),
    ]
}

fn auto_replies() -> Vec<Case> {
    vec![
        case(
            "outlook out of office with ticket in subject",
            from("Jan Jansen <jan@rsnl.nl>", &format!("Automatic reply: Re: {S42} [Ticket#31001]")).irt(42).h("Auto-Submitted", "auto-replied").h("X-Auto-Response-Suppress", "All")
                .plain("I am out of the office until 12 June with limited access to email."),
            Some(42), Some("31001"), Ignore,
        ),
        case(
            "gmail vacation responder",
            from("Jan <jan@rsnl.nl>", &format!("Re: {S42}")).irt(42).h("Auto-Submitted", "auto-replied")
                .plain("Hi, I'm on vacation until Monday. For urgent matters contact support."),
            Some(42), None, Ignore,
        ),
        case(
            "german abwesenheitsnotiz",
            from("Jürgen <j@rsnl.nl>", &format!("Abwesenheitsnotiz: {S43}")).plain("Ich bin bis 14.06. nicht im Büro."),
            Some(43), None, Ignore,
        ),
        case(
            // Issue 9: a helpdesk's automatic receipt in our thread acknowledges even without
            // a number (this case expected `ignore` before).
            "x-autoreply without ticket number in our thread",
            vendor(&format!("Re: {S42}")).irt(42).h("X-Autoreply", "yes").plain("Thank you for your message. We will answer within two working days."),
            Some(42), None, Acknowledged,
        ),
        case(
            "precedence auto_reply helpdesk ack kept",
            vendor(&format!("[Ticket#31010] {S42}")).irt(42).h("Precedence", "auto_reply")
                .plain("Your ticket has been created. Please keep [Ticket#31010] in the subject."),
            Some(42), Some("31010"), Acknowledged,
        ),
        case(
            "auto-generated notification without status words",
            vendor(&format!("[Ticket#31011] {S42}")).irt(42).h("Auto-Submitted", "auto-generated").plain("An agent has been assigned."),
            Some(42), Some("31011"), Acknowledged,
        ),
        case(
            "auto-submitted no is a person",
            vendor(&format!("Re: {S42}")).irt(42).h("Auto-Submitted", "no").plain("Fixed it remotely; the issue is resolved."),
            Some(42), None, Resolved,
        ),
        case(
            "person mentions vacation but answers",
            from("Jan <jan@rsnl.nl>", &format!("Re: {S42}")).irt(42).plain("Sorry for the delay, I was on vacation. The issue is fixed now."),
            Some(42), None, Resolved,
        ),
        case(
            "dsn bounce",
            from("Mail Delivery System <MAILER-DAEMON@mx.rsnl.nl>", "Undelivered Mail Returned to Sender")
                .set("Return-Path", "<>")
                .raw_body("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\nThis is the mail system at host mx.rsnl.nl. I'm sorry to have to inform you that your message could not be delivered.\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.rsnl.nl\nFinal-Recipient: rfc822; support@rsnl.nl\nAction: failed\nStatus: 5.1.1\n--r\nContent-Type: text/rfc822-headers\n\nSubject: [STORE-42] Till frozen\n--r--\n"),
            None, None, Ignore,
        ),
        case(
            "exim bounce with failed recipients",
            from("Mail Delivery System <mailer-daemon@rsnl.nl>", "Mail delivery failed: returning message to sender").h("X-Failed-Recipients", "support@rsnl.nl").h("Auto-Submitted", "auto-replied")
                .plain("This message was created automatically by mail delivery software.\n\n------ This is a copy of the message, including all the headers. ------\nSubject: [STORE-42] Till frozen"),
            Some(42), None, Ignore,
        ),
        case(
            "read receipt",
            vendor(&format!("Read: {S42}")).raw_body("Content-Type: multipart/report; report-type=disposition-notification; boundary=\"d\"\n\n--d\nContent-Type: text/plain\n\nYour message was read.\n--d--\n"),
            Some(42), None, Ignore,
        ),
        case(
            "vendor newsletter",
            from("RSNL News <news@rsnl.nl>", "RSNL service update: new portal in June").h("List-Unsubscribe", "<https://rsnl.nl/unsub?u=1>").h("Precedence", "bulk")
                .html("<p>Our new portal launches in June. Your ticket #1234 history moves with you.</p>"),
            None, None, Ignore,
        ),
        case(
            "list mail with list-id",
            from("RSNL Status <status@rsnl.nl>", "Planned maintenance").h("List-Id", "<status.rsnl.nl>").plain("Planned maintenance Saturday. All tickets resolved before then."),
            None, None, Ignore,
        ),
    ]
}

fn senders() -> Vec<Case> {
    let body = "The issue has been resolved.";
    let s = |addr: &'static str| from(addr, &format!("Re: {S42}")).plain(body);
    let check_in = |problem: &str| {
        from("ServiceChannel <noreply@marketplace.example>", "WO# 193847 Check-In")
            .plain(&format!("Provider RSNL Service B.V. has checked in for the following work order:\n\nTracking #: 193847\nPO #: STORE-43\nLocation: Amersfoort\nProblem: {problem}\nStatus: IN PROGRESS"))
    };
    vec![
        case(
            "marketplace naming the vendor, our reference, title and store",
            check_in("Receipt printer offline"),
            Some(43),
            Some("193847"),
            Update,
        ),
        case(
            "marketplace naming the vendor and our reference only",
            check_in("Scanner broken"),
            None,
            None,
            Ignore,
        ),
        case(
            "subdomain of vendor",
            s("Helpdesk <helpdesk@desk.rsnl.nl>"),
            Some(42),
            None,
            Resolved,
        ),
        case(
            "uppercase vendor domain",
            s("Support <Support@RSNL.NL>"),
            Some(42),
            None,
            Resolved,
        ),
        case(
            "lookalike hyphenated",
            s("RSNL Support <support@rsnl-support.com>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike vendor as subdomain of evil",
            s("RSNL <support@rsnl.nl.evil-mail.net>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike prefix glued",
            s("RSNL <support@evilrsnl.nl>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike capital i",
            s("RSNL <support@rsnI.nl>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike digit one",
            s("RSNL <support@rsn1.nl>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike cyrillic s",
            s("RSNL <support@rѕnl.nl>"),
            None,
            None,
            Ignore,
        ),
        case(
            "lookalike tld swap",
            s("RSNL <support@rsnl.com>"),
            None,
            None,
            Ignore,
        ),
        case(
            "outsider with our tag",
            s("Someone <someone@gmail.com>"),
            None,
            None,
            Ignore,
        ),
        case(
            "outsider replying in thread keeps issue",
            from("Store Manager <mgr@gmail.com>", &format!("Re: {S42}"))
                .irt(42)
                .plain(body),
            Some(42),
            None,
            Ignore,
        ),
        case(
            "a subcontractor's own mailbox writing as the vendor, in thread",
            from("Helena Costa <helena.costa@sapo.pt>", &format!("Re: {S42}"))
                .irt(42)
                .plain("Técnica subcontratada pela RSNL: a impressora foi reparada.\n"),
            Some(42),
            None,
            Resolved,
        ),
        case(
            "another supplier signing as itself, in thread",
            from(
                "PaperPoint Verkoop <verkoop@paperpoint.nl>",
                &format!("Re: {S42}"),
            )
            .irt(42)
            .plain("Door RSNL aan ons doorgestuurd. Opgelost.\nBinnendienst PaperPoint B.V.\n"),
            Some(42),
            None,
            Ignore,
        ),
        case(
            "display name spoof",
            s("support@rsnl.nl <attacker@example.org>"),
            None,
            None,
            Ignore,
        ),
        case(
            "our own domain",
            from("Ops <ops@ops.storedesk.example>", &format!("Re: {S42}"))
                .irt(42)
                .plain(body),
            Some(42),
            None,
            Ignore,
        ),
        case(
            "another customer's ticket",
            vendor("[Ticket#55555] Printer at ACME Groningen")
                .plain("We have replaced the printer; the issue is resolved."),
            None,
            Some("55555"),
            Ignore,
        ),
        case(
            "lookalike id not recorded",
            from("RSNL <support@rsnl-support.com>", "[Ticket#31337] resolved").plain(body),
            None,
            None,
            Ignore,
        ),
    ]
}
