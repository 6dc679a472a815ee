//! The helpdesks' own formats, modelled on their public default templates.

use storedesk_mail::Event::*;

use crate::cases_threading::{S41, S42, S43};
use crate::support::*;

pub fn cases() -> Vec<Case> {
    vec![
        // osTicket: ticket.autoresp.yaml "Support Ticket Opened [#%{ticket.number}]".
        case(
            "osticket autoresponse",
            vendor("Support Ticket Opened [#482913]").irt(42).h("Auto-Submitted", "auto-replied").h("Precedence", "auto_reply")
                .html("<h3><strong>Dear Ops,</strong></h3><p>A request for support has been created and assigned #482913. A representative will follow-up with you as soon as possible.</p>"),
            Some(42), Some("482913"), Acknowledged,
        ),
        // osTicket: ticket.reply.yaml "Re: %{ticket.subject} [#%{ticket.number}]".
        case(
            "osticket staff reply",
            vendor(&format!("Re: {S42} [#482913]")).irt(42)
                .html("<h3>Dear Ops,</h3><p>Please power-cycle the till and send us the error code.</p><hr><em>We hope this response has sufficiently answered your questions.</em>"),
            Some(42), Some("482913"), Update,
        ),
        case(
            "osticket closed",
            vendor(&format!("Ticket closed {S42} [#482913]")).irt(42).plain("Your ticket has been closed. Reply to reopen it."),
            Some(42), Some("482913"), Closed,
        ),
        // Request Tracker: default Autoreply template.
        case(
            "rt autoreply",
            vendor(&format!("[rsnl.nl #12345] AutoReply: {S41}")).irt(41).h("RT-Ticket", "rsnl.nl #12345").h("Precedence", "bulk").h("Auto-Submitted", "auto-replied")
                .plain("Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t\"Freezer door closed badly — Utrecht Centraal\",\na summary of which appears below.\n\nThere is no need to reply to this message right now.  Your ticket has been assigned an ID of [rsnl.nl #12345].\n\nPlease include the string:\n\n         [rsnl.nl #12345]\n\nin the subject line of all future correspondence about this issue."),
            Some(41), Some("12345"), Acknowledged,
        ),
        case(
            "rt correspondence",
            vendor(&format!("Re: [rsnl.nl #12345] {S41}")).h("RT-Ticket", "rsnl.nl #12345").h("Precedence", "bulk")
                .plain("The seal is on order; engineer visit Thursday."),
            Some(41), Some("12345"), Update,
        ),
        case(
            "rt resolved",
            vendor(&format!("[rsnl.nl #12345] Resolved: {S41}")).h("Precedence", "bulk")
                .plain("According to our records, your request has been resolved. If you have any further questions or concerns, please respond to this message."),
            Some(41), Some("12345"), Resolved,
        ),
        // Zammad: ticket hook "Ticket#" on the right of the subject by default.
        case(
            "zammad auto reply trigger",
            vendor(&format!("Thanks for your inquiry ({S43}) [Ticket#31001]")).irt(43).h("Auto-Submitted", "auto-generated")
                .html("<div>Thanks for your email. A new ticket has been created.</div><div>You can add additional information by replying to this email.</div>"),
            Some(43), Some("31001"), Acknowledged,
        ),
        case(
            "zammad agent reply",
            vendor(&format!("Re: {S43} [Ticket#31001]")).irt(43).alt("The printer firmware update is scheduled.", "<p>The printer firmware update is scheduled.</p>"),
            Some(43), Some("31001"), Update,
        ),
        case(
            "zammad closed",
            vendor(&format!("Re: {S43} [Ticket#31001]")).plain("We have closed your ticket. Reply to this mail if anything is still wrong."),
            Some(43), Some("31001"), Closed,
        ),
        // Znuny/OTRS: "[Ticket#<date+counter>]" on the left, optional divider ": ".
        case(
            "znuny auto response",
            vendor(&format!("[Ticket#2024061010000011] RE: {S42}")).irt(42).h("Auto-Submitted", "auto-replied").h("X-Loop", "yes")
                .plain("This is an automatically generated reply.\n\nThank you for your request. Your ticket has been created and will be processed shortly."),
            Some(42), Some("2024061010000011"), Acknowledged,
        ),
        case(
            "znuny divider and state",
            vendor(&format!("[Ticket#: 2024061010000011] {S42}")).plain("Status changed from open to closed successful."),
            Some(42), Some("2024061010000011"), Closed,
        ),
        // Jira Service Management: subject is the key and summary; "Reply above this line".
        case(
            "jsm comment",
            vendor(&format!("SUP-123 {S42}")).plain("—-—-—-—\nReply above this line.\n\nJane Doe commented:\n\nWe shipped a replacement board.\n\nView request · Turn off this request's notifications"),
            Some(42), Some("SUP-123"), Update,
        ),
        case(
            "jsm resolved",
            vendor(&format!("SUP-123 {S42}")).plain("—-—-—-—\nReply above this line.\n\nJane Doe resolved this as Done.\n\nView request"),
            Some(42), Some("SUP-123"), Resolved,
        ),
        case(
            "jira classic notification",
            vendor(&format!("[JIRA] (OPS-77) {S41}")).plain("Jane Doe updated OPS-77: Status changed from Open to In Progress."),
            Some(41), Some("OPS-77"), Update,
        ),
        // ServiceNow: record number in subject, Ref:MSG watermark at the bottom (not an id).
        case(
            "servicenow opened",
            vendor(&format!("Incident INC0012345 has been opened on your behalf: {S43}")).irt(43).h("Auto-Submitted", "auto-generated")
                .plain("Your incident has been opened and assigned to the Service Desk.\n\nRef:MSG0000123_X8yZqLmN2pWc"),
            Some(43), Some("INC0012345"), Acknowledged,
        ),
        case(
            "servicenow comment",
            vendor("INC0012345 - comments added").plain("Comments: engineer is on his way.\n\nRef:MSG0000123_X8yZqLmN2pWc"),
            None, Some("INC0012345"), Ignore,
        ),
        case(
            "servicenow resolved with our quote",
            vendor("Incident INC0012345 has been resolved").plain("Resolution notes: printer replaced.\n\nFrom: Ops <ops@ops.storedesk.example>\nSent: Monday\nSubject: [STORE-43] Receipt printer offline\n\nRef:MSG0000123_X8yZqLmN2pWc"),
            Some(43), Some("INC0012345"), Resolved,
        ).by("quoted_reference"),
        // Freshdesk: "[#{{ticket.id}}]", optionally with a configured prefix.
        case(
            "freshdesk received",
            vendor(&format!("Ticket Received - {S41} [#5678]")).irt(41).h("Auto-Submitted", "auto-generated")
                .html("<p>Dear Ops,</p><p>We would like to acknowledge that we have received your request and a ticket has been created.</p>"),
            Some(41), Some("5678"), Acknowledged,
        ),
        case(
            "freshdesk prefixed id reply",
            vendor(&format!("Re: [#RSNL-5678] {S41}")).plain("Please check the door hinge and send a photo."),
            Some(41), Some("RSNL-5678"), Update,
        ),
        // Zendesk: "Your request (id) has been ...", delimiter, encoded id in brackets (decoy).
        case(
            "zendesk received",
            vendor(&format!("[RSNL] Re: {S42}")).irt(42).h("Auto-Submitted", "auto-generated")
                .plain("##- Please type your reply above this line -##\n\nYour request (4711) has been received and is being reviewed by our support staff.\n\n[1G7EOR-0Q2J]"),
            Some(42), Some("4711"), Acknowledged,
        ),
        case(
            "zendesk updated",
            vendor(&format!("[RSNL] Re: {S42}")).irt(42)
                .plain("##- Please type your reply above this line -##\n\nYour request (4711) has been updated. To add additional comments, reply to this email.\n\nJane (RSNL)\n\nWe need the till serial number.\n\n[1G7EOR-0Q2J]"),
            Some(42), Some("4711"), Update,
        ),
        case(
            "zendesk solved",
            vendor(&format!("[RSNL] Re: {S42}")).irt(42)
                .plain("##- Please type your reply above this line -##\n\nYour request (4711) has been solved. To reopen this request, reply to this email.\n\n[1G7EOR-0Q2J]"),
            Some(42), Some("4711"), Resolved,
        ),
        // GLPI: "[GLPI #%07d] " subject prefix.
        case(
            "glpi new ticket",
            vendor(&format!("[GLPI #0000123] New ticket {S43}")).irt(43).h("Auto-Submitted", "auto-generated")
                .html("<p>Your ticket has been created.</p><p>URL : https://glpi.rsnl.nl/front/ticket.form.php?id=123</p>"),
            Some(43), Some("0000123"), Acknowledged,
        ),
        case(
            "glpi solved",
            vendor(&format!("[GLPI #0000123] Ticket solved {S43}")).plain("Solution: printer replaced by a new unit."),
            Some(43), Some("0000123"), Resolved,
        ),
        case(
            "glpi custom tag closure",
            vendor(&format!("[RSNL-GLPI #0000123] Closing of the ticket {S43}")).plain("The ticket is closed."),
            Some(43), Some("0000123"), Closed,
        ),
        // ManageEngine ServiceDesk Plus: "[Request ID :##id##]".
        case(
            "sdp acknowledgement",
            vendor(&format!("[Request ID :##101085##] : {S42}")).irt(42).h("Auto-Submitted", "auto-generated")
                .plain("Dear Ops,\n\nThis is an acknowledgement mail for your request. Your request has been logged with request id ##101085##."),
            Some(42), Some("101085"), Acknowledged,
        ),
        case(
            "sdp cloud resolved",
            vendor(&format!("Re: [Request ID :##RE-535943##] : {S42}")).plain("Your request has been resolved. Resolution: firmware rolled back."),
            Some(42), Some("RE-535943"), Resolved,
        ),
        // Plain prose.
        case(
            // Issue 9: a person saying the request was logged or opened acknowledges it
            // (these two cases expected `update` before).
            "prose ticket number",
            from("Piet de Vries <piet@rsnl.nl>", &format!("Re: {S41}")).plain("Hi,\n\nI logged this as ticket #88231 with our service team; they will call you.\n\nPiet"),
            Some(41), Some("88231"), Acknowledged,
        ),
        case(
            "prose case id",
            from("Piet <piet@rsnl.nl>", &format!("Re: {S41}")).plain("Case opened 2024-06-11 at 09:14; our case number: 77812 is the one to quote."),
            Some(41), Some("77812"), Acknowledged,
        ),
        // Vendor profile format and keywords.
        case(
            "profile id and dutch resolved keyword",
            vendor(&format!("Re: {S43} [RSNL-004512]")).plain("Beste Ops,\n\nDe storing verholpen: printer vervangen.\n\nMet vriendelijke groet"),
            Some(43), Some("004512"), Resolved,
        ),
        case(
            "profile closed keyword",
            vendor(&format!("[RSNL-004512] {S43}")).plain("Uw melding gesloten door monteur."),
            Some(43), Some("004512"), Closed,
        ),
    ]
}
