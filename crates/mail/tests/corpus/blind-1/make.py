#!/usr/bin/env python3
"""Writes the blind-1 corpus: 40 raw vendor e-mails (RSNL's helpdesk, several products)
plus expected.jsonl.  Run from anywhere:  python3 make.py

Every message is assembled by hand (headers, MIME structure, transfer encodings) so the
bytes are exactly what the product/mail client would put on the wire.  Line ends: CRLF.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import html
import json
import os
import quopri
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ISSUES = {i["issue_ref"]: i for i in json.load(open(os.path.join(CORPUS, "issues.json")))}
US = "StoreDesk <helpdesk@ops.storedesk.example>"
US_ADDR = "helpdesk@ops.storedesk.example"


def iss(n):
    return ISSUES["STORE-%d" % n]


def subj(n):
    return iss(n)["subject"]


def msgid(n):
    return iss(n)["message_id"]


def sent_body(n):
    with open(os.path.join(CORPUS, "sent", "store-%d.eml" % n), "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    return m.get_content().replace("\r\n", "\n").strip("\n")


def sent_dt(n):
    # the weekday in some sent headers is wrong; a mail client recomputes it from the date
    d = email.utils.parsedate_to_datetime(iss(n)["sent"])
    return d


def title(n):
    return iss(n)["title"]


def store(n):
    return iss(n)["store"]


# ---------------------------------------------------------------- header encoding
def _qword(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif 33 <= c <= 126 and chr(c) not in "=?_":
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encode s (only if it is not pure ASCII), folded into words <= 75 chars."""
    if all(ord(c) < 128 for c in s):
        return s
    prefix = "=?%s?%s?" % (charset, enc)

    def code(chunk):
        b = chunk.encode(charset)
        return base64.b64encode(b).decode() if enc == "B" else _qword(b)

    words, cur = [], ""
    for ch in s:
        if cur and len(prefix) + len(code(cur + ch)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join(prefix + code(w) + "?=" for w in words)


def addr(name, address, charset="utf-8", enc="B"):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, enc), address)


def fold_ids(ids):
    return "\n ".join(ids)


# ---------------------------------------------------------------- bodies
def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", disposition=None):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        # canonical form of text inside base64 is CRLF line ends
        raw = raw.replace(b"\n", b"\r\n")
        body = "\n".join(textwrap.wrap(base64.b64encode(raw).decode(), 76))
    elif cte in ("8bit", "7bit"):
        body = raw.decode(charset)
    else:
        raise ValueError(cte)
    if ctype == "text/calendar":
        ct = 'Content-Type: text/calendar; charset="%s"%s' % (charset, params)
    else:
        ct = "Content-Type: %s; charset=%s%s" % (ctype, charset, params)
    hdr = [ct, "Content-Transfer-Encoding: %s" % cte]
    if disposition:
        hdr.append("Content-Disposition: %s" % disposition)
    return {"headers": hdr, "body": body, "charset": charset}


def multi(subtype, parts, boundary, preamble=None):
    out = []
    if preamble:
        out.append(preamble)
        out.append("")
    for p in parts:
        out.append("--" + boundary)
        out.extend(p["headers"])
        out.append("")
        out.append(p["body"].rstrip("\n"))
    out.append("--" + boundary + "--")
    out.append("")
    return {
        "headers": ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)],
        "body": "\n".join(out),
        "charset": None,
        "parts": parts,
    }


def h2t_para(text):
    """plain text -> simple HTML paragraphs (escaping, links, line breaks)."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        e = html.escape(p, quote=False)
        e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
        out.append("<p>" + e.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def message(headers, body):
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.extend(body["headers"])
    head = "\n".join(lines)
    # each part may carry its own charset; encode part by part
    if body.get("parts") is None:
        payload = body["body"].encode(body["charset"]) if body["charset"] else body["body"].encode("ascii")
        data = head.encode("ascii") + b"\n\n" + payload
    else:
        data = head.encode("ascii") + b"\n\n" + _encode_multi(body)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def _encode_multi(body):
    # rebuild the multipart text with each leaf's bytes in its own charset
    text = body["body"]
    chunks = []
    boundary = re.search(r'boundary="([^"]+)"', body["headers"][0]).group(1)
    segs = text.split("--" + boundary)
    # segs[0] = preamble, segs[1..n] parts, last = "--\n"
    chunks.append(segs[0].encode("ascii"))
    for seg, part in zip(segs[1:-1], body["parts"]):
        chunks.append(("--" + boundary).encode("ascii"))
        if part.get("parts") is not None:
            hdr = "\n".join(part["headers"])
            chunks.append(("\n" + hdr + "\n\n").encode("ascii") + _encode_multi(part).rstrip(b"\n") + b"\n")
        else:
            chunks.append(seg.encode(part["charset"]) if part["charset"] else seg.encode("ascii"))
    chunks.append(("--" + boundary + segs[-1]).encode("ascii"))
    return b"".join(chunks)


MESSAGES = []


def add(slug, what, date, headers, body, expected):
    MESSAGES.append(
        {"slug": slug, "what": what, "date": date, "headers": headers, "body": body, "expected": expected}
    )


def exp(issue, vid, event, note):
    return {"issue_ref": issue, "vendor_ticket_id": vid, "event": event, "note": note}


# =====================================================================================
# Help Scout  (STORE-201) -- conversation number #48213
# =====================================================================================
n = 201
hs_auto = """Hi StoreDesk,

Thanks for getting in touch with RSNL Support! This is an automatic reply to let
you know that we've received your message. One of our team members will get back
to you shortly, usually within 4 business hours.

Your reference number is #48213.

Is a till or payment terminal completely down? Call our 24/7 line on
+31 20 555 0100 and mention your reference number.

RSNL Support
https://www.rsnl.nl/support
"""
add("helpscout", "autoreply", "Mon, 01 Jul 2024 09:01:37 +0200", [
    ("Return-Path", "<bounces+2466183940-7c1e@mailer.helpscout.net>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n))),
    ("Date", "Mon, 01 Jul 2024 09:01:37 +0200"),
    ("Message-ID", "<auto-reply.2466183940.7c1e9b.1719817297@helpscout.net>"),
    ("In-Reply-To", msgid(n)),
    ("References", msgid(n)),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Precedence", "auto_reply"),
    ("X-Mailer", "Help Scout"),
    ("X-HelpScout-Mailbox-Id", "281734"),
], multi("alternative", [
    leaf("text/plain", hs_auto, cte="quoted-printable"),
    leaf("text/html", '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2a2a2a">\n'
         + h2t_para(hs_auto) + "\n</body></html>\n", cte="quoted-printable"),
], "----=_HS_9c2e7f1a03b44d51"),
    exp("STORE-201", "48213", "acknowledged", "Help Scout auto reply, threaded to our Message-ID, gives reference #48213"))

hs_reply2 = """Hi Sam,

Thanks for the details. A till that freezes on the boot logo is in most cases a
failing SSD on that model. I've booked our engineer Ruud for Wednesday 3 July
between 08:00 and 10:00, so before the store opens. He'll bring a replacement
SSD and a spare power supply just in case.

Could you make sure till 3 stays switched off until then? The other tills are
not affected.

Best,
Marloes Visser
RSNL Support | +31 20 555 0100
"""
hist = "\n".join([
    "",
    "-----",
    "",
    "StoreDesk <%s>" % US_ADDR,
    "Mon, Jul 1, 9:00 AM",
    "",
    sent_body(n),
])
add("helpscout", "agent-reply", "Mon, 01 Jul 2024 14:22:05 +0200", [
    ("Return-Path", "<bounces+2466183940-7c1e@mailer.helpscout.net>"),
    ("From", "Marloes Visser <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n))),
    ("Date", "Mon, 01 Jul 2024 14:22:05 +0200"),
    ("Message-ID", "<reply.2466190217.3fa0d2.1719836525@helpscout.net>"),
    ("In-Reply-To", msgid(n)),
    ("References", fold_ids([msgid(n), "<auto-reply.2466183940.7c1e9b.1719817297@helpscout.net>"])),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Help Scout"),
    ("X-HelpScout-Mailbox-Id", "281734"),
], multi("alternative", [
    leaf("text/plain", hs_reply2 + hist + "\n", cte="quoted-printable"),
    leaf("text/html", '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
         + h2t_para(hs_reply2)
         + '\n<hr style="border:0;border-top:1px solid #d6dde3">\n<p style="color:#93a1af">StoreDesk &lt;%s&gt;<br>Mon, Jul 1, 9:00 AM</p>\n' % US_ADDR
         + h2t_para(sent_body(n)) + "\n</body></html>\n", cte="quoted-printable"),
], "----=_HS_1f0b88d2c6a94e07"),
    exp("STORE-201", None, "update", "agent plans engineer visit; no ticket number in this mail"))

hs_reply3 = """Hi Sam,

Quick update after Ruud's visit: the SSD in till 3 was indeed failing and has
been replaced (new drive serial S4EVNX0R812345). The till boots normally again
and passed a full sales test with the store manager, so this one is fixed.

If it happens again, just reply to this email. For your records, the reference
is still #48213.

Best,
Marloes Visser
RSNL Support | +31 20 555 0100
"""
add("helpscout", "fixed", "Thu, 04 Jul 2024 16:05:41 +0200", [
    ("Return-Path", "<bounces+2466183940-7c1e@mailer.helpscout.net>"),
    ("From", "Marloes Visser <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n))),
    ("Date", "Thu, 04 Jul 2024 16:05:41 +0200"),
    ("Message-ID", "<reply.2467702258.b81c44.1720101941@helpscout.net>"),
    ("In-Reply-To", "<reply.2466190217.3fa0d2.1719836525@helpscout.net>"),
    ("References", fold_ids([msgid(n), "<auto-reply.2466183940.7c1e9b.1719817297@helpscout.net>",
                             "<reply.2466190217.3fa0d2.1719836525@helpscout.net>"])),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Help Scout"),
    ("X-HelpScout-Mailbox-Id", "281734"),
], multi("alternative", [
    leaf("text/plain", hs_reply3, cte="quoted-printable"),
    leaf("text/html", '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
         + h2t_para(hs_reply3) + "\n</body></html>\n", cte="quoted-printable"),
], "----=_HS_77ad03c9e15b4c2a"),
    exp("STORE-201", "48213", "resolved", "agent states SSD replaced and till fixed"))

# =====================================================================================
# Freshservice  (STORE-202 INC-4471, STORE-213 SR-4593)
# =====================================================================================
n = 202
fs_ack = """Dear StoreDesk,

We would like to acknowledge that we have received your request and a ticket has
been created with ID #INC-4471.
A support representative will be reviewing your request and will send you a
personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://servicedesk.rsnl.nl/support/tickets/4471

Thank you for your patience.

Sincerely,
RSNL Service Desk
"""
fs_ack_html = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#12344d">
<p>Dear StoreDesk,</p>
<p>We would like to acknowledge that we have received your request and a ticket has been created with ID <b>#INC-4471</b>.<br>
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</p>
<p>To view the status of the ticket or add comments, please visit<br>
<a href="https://servicedesk.rsnl.nl/support/tickets/4471">https://servicedesk.rsnl.nl/support/tickets/4471</a></p>
<p>Thank you for your patience.</p>
<p>Sincerely,<br>RSNL Service Desk</p>
</div>
"""
add("freshservice", "ticket-received", "Tue, 02 Jul 2024 07:00:52 +0000", [
    ("Return-Path", "<bounce-4471@emailbounces.freshservice.com>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Ticket Received - " + subj(n))),
    ("Date", "Tue, 02 Jul 2024 07:00:52 +0000"),
    ("Message-ID", "<6683a5f4a19c2_5e1d3fb8c4e2a51394fe@rsnl.freshservice.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-FD-Email-Category", "11"),
], multi("alternative", [
    leaf("text/plain", fs_ack, cte="7bit", charset="us-ascii"),
    leaf("text/html", fs_ack_html, cte="quoted-printable"),
], "--==_mimepart_6683a5f4a0b7e_5e1d3fb8c4e2a513932a"),
    exp("STORE-202", "INC-4471", "acknowledged", "Freshservice 'Ticket Received' with ID #INC-4471"))

fs_reply = """Hi Sam,

Thanks for reporting this. To narrow it down, could you check two things at the
store?

1. Is the status LED on the receipt printer (Epson TM-m30III, asset tag
   RSNL-UT-0231) solid orange or blinking?
2. Does a self-test page print when you hold the FEED button while switching
   the printer on?

In the meantime the store can send receipts to the printer of till 2, as
described in solution article KB0043 "Switching receipt printers in the POS
back office".

Kind regards,
Femke de Graaf
RSNL Service Desk
"""
fs_reply_html = ('<div style="font-family:Helvetica,Arial,sans-serif;font-size:13px">\n'
                 + h2t_para(fs_reply)
                 + '\n<hr>\n<p style="font-size:11px;color:#6f7c87">Ticket: <a href="https://servicedesk.rsnl.nl/support/tickets/4471">#INC-4471</a> &middot; '
                   'Reply to this email to add a comment to the ticket.</p>\n</div>\n')
add("freshservice", "agent-question", "Tue, 02 Jul 2024 09:47:19 +0000", [
    ("Return-Path", "<bounce-4471@emailbounces.freshservice.com>"),
    ("From", "Femke de Graaf <servicedesk@rsnl.nl>"),
    ("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: [#INC-4471] " + subj(n))),
    ("Date", "Tue, 02 Jul 2024 09:47:19 +0000"),
    ("Message-ID", "<6683cd07b2e41_5e1d3fb8c4e2a51398aa@rsnl.freshservice.com>"),
    ("In-Reply-To", "<6683a5f4a19c2_5e1d3fb8c4e2a51394fe@rsnl.freshservice.com>"),
    ("References", "<6683a5f4a19c2_5e1d3fb8c4e2a51394fe@rsnl.freshservice.com>"),
    ("MIME-Version", "1.0"),
    ("X-FD-Email-Category", "2"),
], leaf("text/html", fs_reply_html, cte="quoted-printable"),
    exp("STORE-202", "INC-4471", "update", "agent asks diagnostic questions, gives workaround"))

n = 213
fs_closed = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#12344d">
<p>Dear StoreDesk,</p>
<p>Your service request <b>#SR-4593</b> - %s - has been closed.</p>
<p>The two replacement battery packs (RSNL part BTRY-CT40-XR) were delivered to the store on 19 July under
delivery note DN-2024-07-3381 and the handheld scanner charges and works normally again.</p>
<p>If you need any further help, please raise a new request at
<a href="https://servicedesk.rsnl.nl/support/tickets/new">https://servicedesk.rsnl.nl/support/tickets/new</a>.
Replies to a closed ticket are not monitored.</p>
<p>View the ticket: <a href="https://servicedesk.rsnl.nl/support/tickets/4593">https://servicedesk.rsnl.nl/support/tickets/4593</a></p>
<p>Sincerely,<br>RSNL Service Desk</p>
</div>
""" % html.escape(subj(n))
add("freshservice", "ticket-closed", "Mon, 22 Jul 2024 06:15:22 +0000", [
    ("Return-Path", "<bounce-4593@emailbounces.freshservice.com>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Ticket Closed - [#SR-4593] " + subj(n))),
    ("Date", "Mon, 22 Jul 2024 06:15:22 +0000"),
    ("Message-ID", "<669df95a3c0d7_2b7e41ac9d3f6288714c@rsnl.freshservice.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-FD-Email-Category", "14"),
], leaf("text/html", fs_closed, cte="base64"),
    exp("STORE-213", "SR-4593", "closed", "Freshservice 'Ticket Closed' for service request #SR-4593"))

# =====================================================================================
# HubSpot Service Hub  (STORE-203 ticket 2193456781) + marketing maintenance mail
# =====================================================================================
n = 203
hub_ack = """Hi there,

Thanks for contacting RSNL Support. We've received your request and created
ticket #2193456781 for it.

Ticket name: %s
Pipeline: Retail Support
Status: New

Our team will get back to you within one business day. You can follow the
ticket in our customer portal:
https://support.rsnl.nl/tickets-view/2193456781

RSNL Support
RSNL B.V. | Stationsplein 45 | 3013 AK Rotterdam | +31 10 555 0170
""" % subj(n)
hub_ack_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f8fa">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#33475b">
<tr><td>
<p>Hi there,</p>
<p>Thanks for contacting RSNL Support. We've received your request and created ticket <strong>#2193456781</strong> for it.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#7c98b6">Ticket name:</td><td>%s</td></tr>
<tr><td style="color:#7c98b6">Pipeline:</td><td>Retail Support</td></tr>
<tr><td style="color:#7c98b6">Status:</td><td>New</td></tr>
</table>
<p>Our team will get back to you within one business day. You can follow the ticket in our customer portal:<br>
<a href="https://support.rsnl.nl/tickets-view/2193456781">View ticket</a></p>
<p>RSNL Support<br><span style="color:#7c98b6;font-size:12px">RSNL B.V. | Stationsplein 45 | 3013 AK Rotterdam | +31 10 555 0170</span></p>
</td></tr></table></td></tr></table></body></html>
""" % html.escape(subj(n))
add("hubspot", "ticket-created", "Wed, 03 Jul 2024 07:02:10 +0000", [
    ("Return-Path", "<1axbj2smn7-bounce@bf01.hubspotemail.net>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "support@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n) + " [#2193456781]")),
    ("Date", "Wed, 03 Jul 2024 07:02:10 +0000"),
    ("Message-ID", "<1719990130512.7a9d2f0c-1b3e-4c5d-8f60-2e1a9b7c4d3f@bf01.hubspotemail.net>"),
    ("In-Reply-To", msgid(n)),
    ("References", msgid(n)),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-HS-Cid", "1axbj2smn7"),
    ("X-Report-Abuse-To", "abuse@hubspot.com"),
], multi("alternative", [
    leaf("text/plain", hub_ack, cte="quoted-printable"),
    leaf("text/html", hub_ack_html, cte="quoted-printable"),
], "----=_Part_8812934_1305271947.1719990130512"),
    exp("STORE-203", "2193456781", "acknowledged", "HubSpot ticket confirmation: created ticket #2193456781"))

d = sent_dt(n)
hub_closed = """Hi Sam,

The replacement scan engine for the Honeywell Xenon scanner at till 2 was fitted
yesterday afternoon (RMA 24-07-0913), and the store confirmed this morning that
all barcodes scan again, including the shelf-edge labels.

I've closed this ticket now. If anything else comes up, just send a new email to
support@rsnl.nl.

Best regards,
Daan Mulder
Field Support Coordinator | RSNL B.V.
T +31 10 555 0177

On %s StoreDesk <%s> wrote:
%s
""" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), US_ADDR, quote_lines(sent_body(n)))
add("hubspot", "ticket-closed", "Tue, 09 Jul 2024 15:31:00 +0000", [
    ("Return-Path", "<1axbj2smn7-bounce@bf01.hubspotemail.net>"),
    ("From", "Daan Mulder <support@rsnl.nl>"),
    ("Reply-To", "support@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n) + " [#2193456781]")),
    ("Date", "Tue, 09 Jul 2024 15:31:00 +0000"),
    ("Message-ID", "<1720539060211.4c0e77ab-92d1-4f3e-b6a8-51e0c3d2f9b7@bf01.hubspotemail.net>"),
    ("In-Reply-To", "<1719990130512.7a9d2f0c-1b3e-4c5d-8f60-2e1a9b7c4d3f@bf01.hubspotemail.net>"),
    ("References", fold_ids([msgid(n), "<1719990130512.7a9d2f0c-1b3e-4c5d-8f60-2e1a9b7c4d3f@bf01.hubspotemail.net>"])),
    ("MIME-Version", "1.0"),
    ("X-HS-Cid", "1axbj2smn7"),
    ("X-Report-Abuse-To", "abuse@hubspot.com"),
], multi("alternative", [
    leaf("text/plain", hub_closed, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Arial,sans-serif;font-size:14px">'
         + h2t_para(hub_closed.split("\nOn ")[0])
         + '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
         + h2t_para(sent_body(n)) + "</blockquote></div>\n", cte="quoted-printable"),
], "----=_Part_9130022_412998311.1720539060211"),
    exp("STORE-203", "2193456781", "closed", "agent: scan engine replaced, 'I've closed this ticket'"))

maint_txt = """RSNL Serviceportaal - gepland onderhoud
(English below)

Beste klant,

Op zaterdag 10 augustus 2024 tussen 06:00 en 10:00 uur voeren wij onderhoud uit
aan het RSNL Serviceportaal en de koppeling met ons ticketsysteem. In die periode
kunt u geen nieuwe meldingen via het portaal aanmaken en is de status van
bestaande meldingen niet zichtbaar.

E-mail naar support@rsnl.nl blijft gewoon werken; berichten worden na het
onderhoud verwerkt. Bestaande ticketnummers blijven ongewijzigd. Voor storingen
die niet kunnen wachten: bel +31 20 555 0100.

---

Dear customer,

On Saturday 10 August 2024 between 06:00 and 10:00 CEST we will carry out
maintenance on the RSNL Service Portal and its link to our ticketing system.
During this window you cannot create new tickets in the portal and the status of
existing tickets will not be visible.

E-mail to support@rsnl.nl keeps working; messages will be processed after the
maintenance. Existing ticket numbers do not change. For urgent outages call
+31 20 555 0100.

Met vriendelijke groet / Kind regards,
RSNL Customer Operations

RSNL B.V., Stationsplein 45, 3013 AK Rotterdam, Nederland
U ontvangt deze e-mail omdat u klant bent van RSNL. Afmelden:
https://news.rsnl.nl/hs/manage-preferences/unsubscribe?d=eJyNkM1uwjAQhN
"""
maint_html = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gepland onderhoud</title></head>
<body style="margin:0;padding:0;background:#eef2f5">
<div style="display:none;max-height:0;overflow:hidden">Zaterdag 10 augustus 06:00-10:00: portaal tijdelijk niet beschikbaar.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#1d2b36">
<tr><td style="background:#003b5c;padding:20px"><img src="https://news.rsnl.nl/hubfs/rsnl-logo-white.png" alt="RSNL" width="120"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<h1 style="font-size:20px">RSNL Serviceportaal &ndash; gepland onderhoud</h1>
<p>Beste klant,</p>
<p>Op <strong>zaterdag 10 augustus 2024 tussen 06:00 en 10:00 uur</strong> voeren wij onderhoud uit aan het RSNL Serviceportaal en de koppeling met ons ticketsysteem. In die periode kunt u geen nieuwe meldingen via het portaal aanmaken en is de status van bestaande meldingen niet zichtbaar.</p>
<p>E-mail naar support@rsnl.nl blijft gewoon werken; berichten worden na het onderhoud verwerkt. Bestaande ticketnummers blijven ongewijzigd. Voor storingen die niet kunnen wachten: bel +31 20 555 0100.</p>
<hr style="border:0;border-top:1px solid #dde3e8">
<p lang="en">Dear customer,</p>
<p lang="en">On <strong>Saturday 10 August 2024 between 06:00 and 10:00 CEST</strong> we will carry out maintenance on the RSNL Service Portal and its link to our ticketing system. During this window you cannot create new tickets in the portal and the status of existing tickets will not be visible.</p>
<p lang="en">E-mail to support@rsnl.nl keeps working; messages will be processed after the maintenance. Existing ticket numbers do not change. For urgent outages call +31 20 555 0100.</p>
<p>Met vriendelijke groet / Kind regards,<br>RSNL Customer Operations</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b7c88">RSNL B.V., Stationsplein 45, 3013 AK Rotterdam, Nederland<br>
U ontvangt deze e-mail omdat u klant bent van RSNL. <a href="https://news.rsnl.nl/hs/manage-preferences/unsubscribe?d=eJyNkM1uwjAQhN">Afmelden</a></td></tr>
</table></td></tr></table>
<img src="https://news.rsnl.nl/e3t/Cto/OP+113/d2Kx4k04/VW6kpB8Sx0jRW1hZ2Xz3Q7mVtW" width="1" height="1" alt="">
</body></html>
"""
add("hubspot", "maintenance-announcement", "Thu, 01 Aug 2024 08:00:00 +0000", [
    ("Return-Path", "<1axbj2smn7-bounce-29dc@bf02.hubspotemail.net>"),
    ("From", "RSNL <noreply@news.rsnl.nl>"),
    ("Reply-To", "RSNL Customer Operations <operations@rsnl.nl>"),
    ("To", "helpdesk@ops.storedesk.example"),
    ("Subject", ew("Gepland onderhoud RSNL Serviceportaal – zaterdag 10 augustus | Planned maintenance")),
    ("Date", "Thu, 01 Aug 2024 08:00:00 +0000"),
    ("Message-ID", "<1722499200000.b3f0c1de-55a7-4e1b-9c2d-7f6e5d4c3b2a@bf02.hubspotemail.net>"),
    ("MIME-Version", "1.0"),
    ("Precedence", "bulk"),
    ("List-Unsubscribe", "<https://news.rsnl.nl/hs/manage-preferences/unsubscribe-all?d=eJyNkM1uwjAQhN>,\n <mailto:unsubscribe-1axbj2smn7@bf02.hubspotemail.net>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("List-Id", "<2814407.news.rsnl.nl>"),
    ("X-HS-Cid", "1axbj2smn7"),
    ("X-Report-Abuse-To", "abuse@hubspot.com"),
    ("Feedback-ID", "2814407:2814407-1:hs-marketing:HubSpot"),
], multi("alternative", [
    leaf("text/plain", maint_txt, cte="quoted-printable"),
    leaf("text/html", maint_html, cte="quoted-printable"),
], "----=_Part_22711450_1902835119.1722499200000"),
    exp(None, None, "ignore", "bulk maintenance announcement, not threaded to any issue"))

# =====================================================================================
# Salesforce Service Cloud, Email-to-Case  (STORE-204 case 00012873)
# =====================================================================================
n = 204
REF = "ref:!00D7Q0AbCd.!5007Q0Xy9Zq:ref"
sf_hdr = [
    ("X-SFDC-LK", "00D7Q000000AbCd"),
    ("X-SFDC-User", "0057Q000002Kx8y"),
    ("X-Sender", "postmaster@salesforce.com"),
    ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
    ("X-SFDC-TLS-NoRelay", "1"),
    ("X-SFDC-Binding", "1WrIRBV94myi25uB"),
]
sf_ack = """Dear StoreDesk,

Thank you for contacting RSNL Customer Care. This is an automated confirmation that
we have received your e-mail and opened a case for it.

Case Number: 00012873
Subject: %s
Priority: High
Status: New

A payment specialist will contact you within 2 business hours. Please reply to this
e-mail (do not change the reference in the subject line) so that your message is
added to the same case.

You can also follow your case online:
https://rsnl.my.site.com/support/s/case/5007Q00000Xy9ZqQAC/detail

RSNL Customer Care
+31 70 555 0120

%s
""" % (subj(n), REF)
add("salesforce", "case-auto-response", "Thu, 04 Jul 2024 07:03:22 +0000", [
    ("Return-Path", "<care=rsnl.nl__0-3kfw1a2b3c4d5e@8wq2k1x7a9p4n3.7q-4abcdeaq.eu44.bnc.salesforce.com>"),
    ("From", "RSNL Customer Care <care@rsnl.nl>"),
    ("Reply-To", "care@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Case 00012873 created: " + subj(n) + " [ " + REF + " ]")),
    ("Date", "Thu, 04 Jul 2024 07:03:22 +0000"),
    ("Message-ID", "<Xy9Zq000000000000000000000000000000000000000000000SG4RZ3007Q0AbCd0001@sfdc.net>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-SFDC-EmailCategory", "caseAutoResponse"),
] + sf_hdr, leaf("text/plain", sf_ack, cte="quoted-printable"),
    exp("STORE-204", "00012873", "acknowledged", "Email-to-Case auto-response: case 00012873 opened"))

d = sent_dt(n)
sf_reply = """Hello Sam,

I checked terminal TID 60123457 (Ingenico Move/5000) from our side. The declines
were caused by an expired key set after the acquirer rotated its keys on 1 July
(known issue KI-2024-031). I pushed a fresh key injection to the terminal
remotely at 15:30.

Could you ask the store to restart the terminal and run one test transaction with
a debit card? If it is approved, let me know and I will close the case. If it
still declines, please send us a photo of the error text on the screen.

Kind regards,

Ilse Vermeulen
Payments Support | RSNL Customer Care
+31 70 555 0123

Case Number: 00012873

--------------- Original Message ---------------
From: StoreDesk [%s]
Sent: %s
To: support@rsnl.nl
Subject: %s

%s

%s
""" % (US_ADDR, d.strftime("%-m/%-d/%Y %-I:%M %p"), subj(n), sent_body(n), REF)
sf_reply_html = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
                 + h2t_para(sf_reply.split("--------------- Original")[0])
                 + '<p>--------------- Original Message ---------------<br>'
                 + "<b>From:</b> StoreDesk [%s]<br><b>Sent:</b> %s<br><b>To:</b> support@rsnl.nl<br><b>Subject:</b> %s</p>"
                 % (US_ADDR, d.strftime("%-m/%-d/%Y %-I:%M %p"), html.escape(subj(n)))
                 + h2t_para(sent_body(n))
                 + '<p style="color:#ffffff;font-size:1px">%s</p></body></html>\n' % REF)
add("salesforce", "agent-reply", "Thu, 04 Jul 2024 13:48:10 +0000", [
    ("Return-Path", "<care=rsnl.nl__0-3kfw1a2b3c4d5e@8wq2k1x7a9p4n3.7q-4abcdeaq.eu44.bnc.salesforce.com>"),
    ("From", "Ilse Vermeulen <care@rsnl.nl>"),
    ("Reply-To", "care@rsnl.nl"),
    ("To", US),
    ("Subject", ew("RE: " + subj(n) + " [ " + REF + " ]")),
    ("Date", "Thu, 04 Jul 2024 13:48:10 +0000"),
    ("Message-ID", "<Qm3Tt000000000000000000000000000000000000000000000SG5AB1007Q0AbCd0002@sfdc.net>"),
    ("In-Reply-To", msgid(n)),
    ("References", fold_ids([msgid(n), "<_00D7Q0AbCd_5007Q0Xy9Zq.0@sfdc.net>"])),
    ("MIME-Version", "1.0"),
    ("X-SFDC-EmailCategory", "emailToCase"),
] + sf_hdr, multi("alternative", [
    leaf("text/plain", sf_reply, cte="quoted-printable"),
    leaf("text/html", sf_reply_html, cte="quoted-printable"),
], "----=_Part_4471_1197354892.1720100890123"),
    exp("STORE-204", "00012873", "update", "key injection done, asks for test; 'will close the case' only if approved"))

sf_closed = """Dear StoreDesk,

Your case 00012873 has been closed.

Resolution: Terminal key set renewed remotely; the store confirmed approved test
transactions with debit and credit cards on 5 July.

If you need further help with this issue, reply to this e-mail within 14 days and
the case will be reopened. After that, please contact us again at care@rsnl.nl.

Thank you for choosing RSNL.

RSNL Customer Care

%s
""" % REF
add("salesforce", "case-closed", "Mon, 08 Jul 2024 09:20:33 +0000", [
    ("Return-Path", "<care=rsnl.nl__0-3kfw1a2b3c4d5e@8wq2k1x7a9p4n3.7q-4abcdeaq.eu44.bnc.salesforce.com>"),
    ("From", "RSNL Customer Care <care@rsnl.nl>"),
    ("Reply-To", "care@rsnl.nl"),
    ("To", US),
    ("Subject", "Case 00012873 has been closed [ " + REF + " ]"),
    ("Date", "Mon, 08 Jul 2024 09:20:33 +0000"),
    ("Message-ID", "<Lp7Hd000000000000000000000000000000000000000000000SG9KQ2007Q0AbCd0003@sfdc.net>"),
    ("References", "<_00D7Q0AbCd_5007Q0Xy9Zq.0@sfdc.net>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-SFDC-EmailCategory", "workflowEmail"),
] + sf_hdr, leaf("text/plain", sf_closed, cte="7bit", charset="us-ascii"),
    exp("STORE-204", "00012873", "closed", "case closed notice; only case number/ref token link it to the thread"))

# =====================================================================================
# Zoho Desk  (STORE-209 French, STORE-212 Spanish)
# =====================================================================================
n = 209
zo_fr = """Bonjour StoreDesk,

Merci d'avoir contacté le support RSNL. Ceci est une réponse automatique qui
confirme la bonne réception de votre demande. Un membre de notre équipe vous
répondra dans les plus brefs délais.

Numéro de ticket : 31044
Objet : %s
Statut : Ouvert
Département : Support Réseau France

Lorsque vous répondez, merci de conserver le numéro de ticket dans l'objet afin
que nous puissions rattacher votre message à votre demande.

Vous pouvez suivre votre ticket sur notre portail :
https://support.rsnl.nl/portal/fr/ticket/31044

Cordialement,
L'équipe Support RSNL
Tél. : +33 3 20 55 01 42
""" % subj(n)
add("zohodesk", "accuse-reception-fr", "Tue, 09 Jul 2024 09:04:48 +0200", [
    ("Return-Path", "<bounce-31044-a71c@mail.zohodesk.eu>"),
    ("From", "Support RSNL <support@rsnl.nl>"),
    ("Reply-To", "support@rsnl.nl"),
    ("To", US),
    ("Subject", ew("[## 31044 ##] " + subj(n))),
    ("Date", "Tue, 09 Jul 2024 09:04:48 +0200"),
    ("Message-ID", "<1720508688123.31044.4791@rsnl.zohodesk.eu>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "Zoho Desk"),
], multi("alternative", [
    leaf("text/plain", zo_fr, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Verdana,Arial;font-size:10pt">' + h2t_para(zo_fr) + "</div>\n",
         cte="quoted-printable"),
], "----=_Part_2208812_95433.1720508688123"),
    exp("STORE-209", "31044", "acknowledged", "Zoho Desk French auto-acknowledgement, ticket 31044"))

n = 212
d = sent_dt(n)
dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
zo_es = """Hola Sam:

Le informamos de que nuestro técnico sustituyó ayer el disco del PC de la
trastienda (HP ProDesk 400 G7, n.º de serie CZC1234XYZ) por un SSD y reinstaló
la imagen estándar de RSNL. El equipo arranca ahora en menos de un minuto y el
informe de cierre de caja vuelve a generarse con normalidad. El problema está
resuelto.

Si vuelve a notar lentitud, responda a este correo manteniendo el número de
ticket en el asunto.

Un saludo,

Lucía Romero
Soporte Técnico RSNL España
Tel. +34 91 555 01 88

---- El %s, %d %s %d %s %s StoreDesk<%s> escribió ----

%s
""" % (dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.strftime("%H:%M:%S"), d.strftime("%z"),
       US_ADDR, sent_body(n))
zo_es_html = ('<div style="font-family:Verdana,Arial;font-size:10pt">'
              + h2t_para(zo_es.split("\n---- El ")[0])
              + '<br><div>---- El %s, %d %s %d %s %s <b>StoreDesk&lt;%s&gt;</b> escribió ----</div><br>'
              % (dias[d.weekday()], d.day, meses[d.month - 1], d.year, d.strftime("%H:%M:%S"), d.strftime("%z"), US_ADDR)
              + '<blockquote style="border-left:1px solid #0087CC;padding-left:6px;margin:0 0 0 5px">'
              + h2t_para(sent_body(n)) + "</blockquote></div>\n")
add("zohodesk", "resuelto-es", "Wed, 17 Jul 2024 12:33:19 +0200", [
    ("Return-Path", "<bounce-31102-c93e@mail.zohodesk.eu>"),
    ("From", addr("Lucía Romero", "support@rsnl.nl")),
    ("Reply-To", "support@rsnl.nl"),
    ("To", US),
    ("Subject", ew("[## 31102 ##] RE: " + subj(n))),
    ("Date", "Wed, 17 Jul 2024 12:33:19 +0200"),
    ("Message-ID", "<1721212399512.31102.8830@rsnl.zohodesk.eu>"),
    ("In-Reply-To", msgid(n)),
    ("References", msgid(n)),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Zoho Desk"),
], multi("alternative", [
    leaf("text/plain", zo_es, cte="quoted-printable"),
    leaf("text/html", zo_es_html, cte="base64"),
], "----=_Part_2301177_67120.1721212399512"),
    exp("STORE-212", "31102", "resolved", "Spanish agent reply: disk replaced, 'El problema está resuelto'"))

# =====================================================================================
# Kayako Classic  (STORE-205 ticket mask RSN-482-91033)
# =====================================================================================
n = 205
KY = "RSN-482-91033"
ky_url = "https://support.rsnl.nl/index.php?/Tickets/Ticket/View/" + KY
ky_ack = """Dear StoreDesk,

Thank you for contacting RSNL. This is an automated response confirming the
receipt of your ticket. One of our engineers will get back to you as soon as
possible.

For your records, the details of the ticket are listed below. When replying,
please keep the ticket ID in the subject line so that your replies are tracked
appropriately.

        Ticket ID: %s
        Subject: %s
        Department: Retail Networks
        Type: Issue
        Status: Open
        Priority: High

You can check the status of or reply to this ticket online at: %s

Kind regards,
RSNL Support
""" % (KY, subj(n), ky_url)
add("kayako", "autoresponder", "Fri, 05 Jul 2024 09:00:31 +0200", [
    ("Return-Path", "<support@rsnl.nl>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("[#%s]: %s" % (KY, subj(n)))),
    ("Date", "Fri, 05 Jul 2024 09:00:31 +0200"),
    ("Message-ID", "<5b1c2e8f9a0d4c3b7e6f1a2b3c4d5e6f@support.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Mailer", "Kayako Mailer v4.93.13"),
    ("X-Priority", "3"),
], leaf("text/plain", ky_ack, cte="8bit"),
    exp("STORE-205", KY, "acknowledged", "Kayako autoresponder with ticket mask ID"))

ky_upd = """Hello Sam,

Thanks for sending the controller export. The access point above the entrance
(AP-EIN-03) reboots every 60 minutes on firmware 6.5.28 - it is the same watchdog
bug we fixed last month for another store under ticket RSN-477-20581. We will
upgrade all three access points in the store to 6.5.31 tonight between 22:00 and
23:00; nobody needs to be on site.

The problem is not fixed yet: we will keep this ticket open and check the
controller logs again tomorrow morning. Please let us know if the store still
sees drop-outs after the upgrade.

Bas Hendriks
Network Engineer, RSNL

Ticket Details
===================
Ticket ID: %s
Department: Retail Networks
Type: Issue
Status: In Progress
Priority: High

Helpdesk: %s
""" % (KY, ky_url)
add("kayako", "staff-reply", "Mon, 08 Jul 2024 10:14:27 +0200", [
    ("Return-Path", "<support@rsnl.nl>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("[#%s]: %s" % (KY, subj(n)))),
    ("Date", "Mon, 08 Jul 2024 10:14:27 +0200"),
    ("Message-ID", "<a9e43f0c7d2b11ef8b5a0242ac120004@support.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Kayako Mailer v4.93.13"),
    ("X-Priority", "3"),
], multi("alternative", [
    leaf("text/plain", ky_upd, cte="quoted-printable"),
    leaf("text/html", '<font face="Verdana, Arial, Helvetica" size="2">' + h2t_para(ky_upd) + "</font>\n",
         cte="quoted-printable"),
], "=_a9e43f0c7d2b11ef8b5a0242ac120004"),
    exp("STORE-205", KY, "update", "firmware upgrade planned, 'not fixed yet'; other ticket RSN-477-20581 only mentioned"))

ky_close = """Hello Sam,

Since the firmware upgrade on 8 July the controller has logged no more reboots
of AP-EIN-03, and the store manager confirmed on Friday that the Wi-Fi has been
stable all week. We are therefore closing this ticket.

If the drop-outs come back, simply reply to this email and the ticket will be
reopened.

Bas Hendriks
Network Engineer, RSNL

Ticket Details
===================
Ticket ID: %s
Department: Retail Networks
Type: Issue
Status: Closed
Priority: High

Helpdesk: %s
""" % (KY, ky_url)
add("kayako", "closed", "Mon, 15 Jul 2024 09:30:12 +0200", [
    ("Return-Path", "<support@rsnl.nl>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("[#%s]: %s" % (KY, subj(n)))),
    ("Date", "Mon, 15 Jul 2024 09:30:12 +0200"),
    ("Message-ID", "<3c77d1e2428f11ef9a6b0242ac120004@support.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Kayako Mailer v4.93.13"),
    ("X-Priority", "3"),
], leaf("text/plain", ky_close, cte="8bit"),
    exp("STORE-205", KY, "closed", "staff reply: Wi-Fi stable, 'closing this ticket', Status: Closed"))

# =====================================================================================
# HappyFox  (STORE-206 #RSN00003120) + satisfaction survey
# =====================================================================================
n = 206
HF = "RSN00003120"
hf_url = "https://rsnl.happyfox.com/support/tickets/3120/"
hf_ack = """Hi StoreDesk,

Thank you for writing to RSNL Service. Your request has been received and a
ticket has been created. Our team will respond shortly.

Ticket ID : #%s
Subject : %s
Category : Store Hardware
Status : New
Priority : Medium

View your ticket: %s

Regards,
RSNL Service Team
""" % (HF, subj(n), hf_url)
hf_ack_html = """<div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;color:#333">
<p>Hi StoreDesk,</p>
<p>Thank you for writing to RSNL Service. Your request has been received and a ticket has been created. Our team will respond shortly.</p>
<table cellpadding="3" style="font-size:14px">
<tr><td><b>Ticket ID</b></td><td>:</td><td>#%s</td></tr>
<tr><td><b>Subject</b></td><td>:</td><td>%s</td></tr>
<tr><td><b>Category</b></td><td>:</td><td>Store Hardware</td></tr>
<tr><td><b>Status</b></td><td>:</td><td>New</td></tr>
<tr><td><b>Priority</b></td><td>:</td><td>Medium</td></tr>
</table>
<p><a href="%s" style="background:#1d8bf1;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View your ticket</a></p>
<p>Regards,<br>RSNL Service Team</p>
</div>
""" % (HF, html.escape(subj(n)), hf_url)
add("happyfox", "ticket-created", "Sat, 06 Jul 2024 07:01:03 +0000", [
    ("Return-Path", "<bounces+3120-ack@mailer.happyfox.com>"),
    ("From", "RSNL Service <service@rsnl.nl>"),
    ("Reply-To", "RSNL Service <service@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("[#%s] %s" % (HF, subj(n)))),
    ("Date", "Sat, 06 Jul 2024 07:01:03 +0000"),
    ("Message-ID", "<ticket-3120-created.1720249263.4f1b@rsnl.happyfox.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
], multi("alternative", [
    leaf("text/plain", hf_ack, cte="quoted-printable"),
    leaf("text/html", hf_ack_html, cte="quoted-printable"),
], "===============7713204859123984557=="),
    exp("STORE-206", HF, "acknowledged", "HappyFox new-ticket notification, Ticket ID #RSN00003120"))

hf_res = """Hi Sam,

Our engineer visited Groningen Herestraat this morning. The solenoid in the cash
drawer (APG Vasario 1616, serial 16A3-0098812) had burnt out; he replaced it and
the drawer now opens on every sale and with the manual key again. The issue is
resolved.

We have set the ticket to Resolved. It will be closed automatically after 7 days
unless you reply to this email.

Thanks,
Thijs Kramer
RSNL Service Team

Ticket ID : #%s
Status : Resolved
View ticket: %s
""" % (HF, hf_url)
add("happyfox", "resolved", "Wed, 10 Jul 2024 11:02:44 +0000", [
    ("Return-Path", "<bounces+3120-upd@mailer.happyfox.com>"),
    ("From", "Thijs Kramer <service@rsnl.nl>"),
    ("Reply-To", "RSNL Service <service@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: [#%s] %s" % (HF, subj(n)))),
    ("Date", "Wed, 10 Jul 2024 11:02:44 +0000"),
    ("Message-ID", "<ticket-3120-update-4.1720609364.a83c@rsnl.happyfox.com>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [
    leaf("text/plain", hf_res, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Arial,sans-serif;font-size:14px">' + h2t_para(hf_res) + "</div>\n",
         cte="quoted-printable"),
], "===============2290318847561002934=="),
    exp("STORE-206", HF, "resolved", "solenoid replaced, 'The issue is resolved'; auto-close only announced"))

hf_survey = """<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;background:#f4f6f8">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
<p>Hi StoreDesk,</p>
<p>We'd love to hear about your recent conversation with our team about
<i>&ldquo;%s&rdquo;</i> (#%s).</p>
<p><b>How would you rate the support you received?</b></p>
<p>
<a href="https://rsnl.happyfox.com/survey/r/3120/?score=4&amp;t=9f83ac21d7">Excellent</a> &nbsp;|&nbsp;
<a href="https://rsnl.happyfox.com/survey/r/3120/?score=3&amp;t=9f83ac21d7">Good</a> &nbsp;|&nbsp;
<a href="https://rsnl.happyfox.com/survey/r/3120/?score=2&amp;t=9f83ac21d7">Average</a> &nbsp;|&nbsp;
<a href="https://rsnl.happyfox.com/survey/r/3120/?score=1&amp;t=9f83ac21d7">Poor</a>
</p>
<p>It only takes a few seconds and helps us improve our service.</p>
<p>Thank you,<br>RSNL Service Team</p>
<p style="font-size:11px;color:#999">Powered by HappyFox &middot; You received this survey because you contacted RSNL Service.</p>
</div></body></html>
""" % (html.escape(subj(n)), HF)
add("happyfox", "satisfaction-survey", "Thu, 11 Jul 2024 11:05:00 +0000", [
    ("Return-Path", "<bounces+3120-survey@mailer.happyfox.com>"),
    ("From", "RSNL Service <service@rsnl.nl>"),
    ("Reply-To", "noreply@rsnl.happyfox.com"),
    ("To", US),
    ("Subject", "How did we do? Tell us about your experience with RSNL Service"),
    ("Date", "Thu, 11 Jul 2024 11:05:00 +0000"),
    ("Message-ID", "<survey-3120.1720695900.77e2@rsnl.happyfox.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
    ("X-HappyFox-Survey", "csat-1"),
], leaf("text/html", hf_survey, cte="quoted-printable"),
    exp(None, None, "ignore", "satisfaction survey, states no status"))

# =====================================================================================
# SysAid  (STORE-210 Portuguese #58231, STORE-208 Dutch #58177)
# =====================================================================================
n = 210
sy_pt_ack = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial;font-size:12px">
<p>Caro(a) StoreDesk,</p>
<p>O seu pedido foi registado no Helpdesk RSNL com o número <b>58231</b>. Um técnico irá analisá-lo brevemente.</p>
<table border="0" cellpadding="3" style="font-family:Tahoma,Arial;font-size:12px">
<tr><td><b>N.º do pedido:</b></td><td>58231</td></tr>
<tr><td><b>Título:</b></td><td>%s</td></tr>
<tr><td><b>Categoria:</b></td><td>Balanças &gt; Calibração</td></tr>
<tr><td><b>Estado:</b></td><td>Novo</td></tr>
<tr><td><b>Prioridade:</b></td><td>Alta</td></tr>
<tr><td><b>Data de abertura:</b></td><td>10-07-2024 09:01</td></tr>
</table>
<p>Pode consultar o estado do pedido no portal:<br>
<a href="https://helpdesk.rsnl.nl/EndUserSR.jsp?id=58231">https://helpdesk.rsnl.nl/EndUserSR.jsp?id=58231</a></p>
<p>Com os melhores cumprimentos,<br>Helpdesk RSNL Portugal<br>Tel. +351 22 555 0140</p>
<p style="font-size:10px;color:#888">Esta mensagem foi gerada automaticamente. Para acrescentar informação, responda a este e-mail sem alterar o assunto.</p>
</body></html>
""" % html.escape(subj(n))
add("sysaid", "pedido-registado-pt", "Wed, 10 Jul 2024 09:01:29 +0200", [
    ("Return-Path", "<helpdesk@rsnl.nl>"),
    ("From", "Helpdesk RSNL <helpdesk@rsnl.nl>"),
    ("Reply-To", "helpdesk@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Pedido de serviço #58231 registado: " + subj(n), enc="Q")),
    ("Date", "Wed, 10 Jul 2024 09:01:29 +0200"),
    ("Message-ID", "<1720594889123.1187.JavaMail.sysaid@helpdesk.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "SysAid"),
], leaf("text/html", sy_pt_ack, cte="quoted-printable"),
    exp("STORE-210", "58231", "acknowledged", "SysAid Portuguese: pedido registado com o número 58231"))

sy_pt_close = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial;font-size:12px">
<p>Caro(a) StoreDesk,</p>
<p>O pedido de serviço <b>#58231</b> foi resolvido e fechado.</p>
<table border="0" cellpadding="3" style="font-family:Tahoma,Arial;font-size:12px">
<tr><td><b>Título:</b></td><td>%s</td></tr>
<tr><td><b>Estado:</b></td><td>Fechado</td></tr>
<tr><td><b>Data de fecho:</b></td><td>18-07-2024 16:12</td></tr>
<tr><td valign="top"><b>Solução:</b></td><td>A balança do balcão de charcutaria (Bizerba K-Class, n.º de série 84712093) foi recalibrada no local a 17-07-2024 e voltou a pesar corretamente. Foi emitido o certificado de verificação n.º PT-VM-2024-3317.</td></tr>
</table>
<p>Se o problema voltar a ocorrer, abra um novo pedido no portal
<a href="https://helpdesk.rsnl.nl/EndUserSR.jsp?id=58231">https://helpdesk.rsnl.nl/EndUserSR.jsp?id=58231</a> ou ligue para +351 22 555 0140.</p>
<p>Com os melhores cumprimentos,<br>Helpdesk RSNL Portugal</p>
</body></html>
""" % html.escape(subj(n))
add("sysaid", "pedido-fechado-pt", "Thu, 18 Jul 2024 16:12:55 +0200", [
    ("Return-Path", "<helpdesk@rsnl.nl>"),
    ("From", "Helpdesk RSNL <helpdesk@rsnl.nl>"),
    ("Reply-To", "helpdesk@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Pedido de serviço #58231 fechado: " + subj(n), enc="Q")),
    ("Date", "Thu, 18 Jul 2024 16:12:55 +0200"),
    ("Message-ID", "<1721311975608.2044.JavaMail.sysaid@helpdesk.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "SysAid"),
], leaf("text/html", sy_pt_close, cte="base64"),
    exp("STORE-210", "58231", "closed", "SysAid Portuguese: resolvido e fechado, Estado: Fechado"))

n = 208
sy_nl = """Beste StoreDesk,

Er is een notitie toegevoegd aan uw servicemelding #58177.

Notitie van Wouter Peeters (16-07-2024 10:21):
Het touchscreen van zelfscankassa 2 (NCR SelfServ 80, serienummer 23-41887652)
is niet meer te herstellen. Wij hebben een vervangend scherm besteld
(bestelling PO-88213); de levering wordt donderdag 18 juli verwacht. Zodra het
binnen is, plannen wij een monteur in. Kassa 2 blijft tot dan buiten gebruik.

Titel:          %s
Status:         In behandeling
Prioriteit:     Hoog
Toegewezen aan: Wouter Peeters

Bekijk de melding: https://helpdesk.rsnl.nl/EndUserSR.jsp?id=58177

Met vriendelijke groet,
RSNL Helpdesk België
""" % subj(n)
add("sysaid", "notitie-nl", "Tue, 16 Jul 2024 10:22:37 +0200", [
    ("Return-Path", "<helpdesk@be.rsnl.nl>"),
    ("From", "RSNL Helpdesk <helpdesk@be.rsnl.nl>"),
    ("Reply-To", "helpdesk@be.rsnl.nl"),
    ("To", US),
    ("Subject", ew("Servicemelding #58177 bijgewerkt: " + subj(n), charset="windows-1252", enc="Q")),
    ("Date", "Tue, 16 Jul 2024 10:22:37 +0200"),
    ("Message-ID", "<1721118157902.1311.JavaMail.sysaid@helpdesk.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "SysAid"),
], leaf("text/plain", sy_nl, charset="windows-1252", cte="quoted-printable"),
    exp("STORE-208", "58177", "update", "SysAid Dutch note: replacement screen ordered, status In behandeling"))

# =====================================================================================
# TOPdesk  (STORE-207 Dutch M2407.153, STORE-211 German M2407.188)
# =====================================================================================
n = 207
td_ack = """Geachte heer/mevrouw,

Uw melding is door de RSNL Servicedesk geregistreerd onder nummer M2407.153.
Wij nemen zo spoedig mogelijk contact met u op.

Meldingnummer      : M2407.153
Korte omschrijving : %s
Aanmelder          : StoreDesk (Sam Jansen)
Vestiging          : Antwerpen Meir
Status             : Geregistreerd
Behandelaarsgroep  : Retail Hardware Benelux
Streefdatum        : 09-07-2024 17:00

U kunt de voortgang volgen in de Selfserviceportal:
https://rsnl.topdesk.net/tas/public/ssp/content/detail/incident?unid=3f2b8a9c1d4e4f6a8b7c5d2e1f0a9b8c

Wilt u reageren? Beantwoord dan deze e-mail en laat het meldingnummer in het
onderwerp staan.

Met vriendelijke groet,

RSNL Servicedesk
+32 3 555 01 20
""" % subj(n)
add("topdesk", "melding-geregistreerd-nl", "Sun, 07 Jul 2024 09:02:15 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Servicedesk <servicedesk@rsnl.nl>"),
    ("Reply-To", "servicedesk@rsnl.nl"),
    ("To", US),
    ("Subject", ew("Melding M2407.153 is geregistreerd: " + subj(n))),
    ("Date", "Sun, 07 Jul 2024 09:02:15 +0200"),
    ("Message-ID", "<1852930418.1127.1720335735451@rsnl.topdesk.net>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "TOPdesk"),
], multi("alternative", [
    leaf("text/plain", td_ack, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Arial;font-size:10pt"><pre style="font-family:Consolas,monospace">'
         + html.escape(td_ack) + "</pre></div>\n", cte="quoted-printable"),
], "----=_Part_1126_1588216310.1720335735451"),
    exp("STORE-207", "M2407.153", "acknowledged", "TOPdesk Dutch: melding geregistreerd onder nummer M2407.153"))

td_res = """Geachte heer/mevrouw,

Uw melding M2407.153 (Label printer prints blank labels, Antwerpen Meir) is
opgelost.

Oplossing: de printkop van de labelprinter (Zebra ZD421, serienummer
D4J241700123) was versleten en is op 11 juli vervangen. Daarnaast is de
etiketsensor opnieuw gekalibreerd. Testafdrukken van prijsetiketten zijn in
orde.

Meldingnummer : M2407.153
Status        : Gereed
Gereed op     : 12-07-2024 15:40
Behandelaar   : Koen Claes

Is het probleem niet naar tevredenheid opgelost? Beantwoord dan deze e-mail
binnen 5 werkdagen. Daarna wordt de melding automatisch gesloten.

Met vriendelijke groet,

RSNL Servicedesk
+32 3 555 01 20
"""
add("topdesk", "melding-gereed-nl", "Fri, 12 Jul 2024 15:41:09 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Servicedesk <servicedesk@rsnl.nl>"),
    ("Reply-To", "servicedesk@rsnl.nl"),
    ("To", US),
    ("Subject", "Uw melding M2407.153 is gereedgemeld"),
    ("Date", "Fri, 12 Jul 2024 15:41:09 +0200"),
    ("Message-ID", "<407716254.2291.1720791669038@rsnl.topdesk.net>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "TOPdesk"),
], leaf("text/plain", td_res, charset="iso-8859-1", cte="quoted-printable"),
    exp("STORE-207", "M2407.153", "resolved", "TOPdesk Dutch: melding opgelost, status Gereed; closing only announced"))

n = 211
td_de = """Sehr geehrte Damen und Herren,

zu Ihrer Meldung M2407.188 wurde folgende Aktion hinzugefügt:

15.07.2024 11:05 - Lena Hoffmann:
Das Flackern des Kundendisplays an Kasse 1 (Epson DM-D30, Seriennr. X5LZ012345)
wird durch einen defekten Displaycontroller verursacht. Ein Ersatzgerät ist
bestellt; unser Techniker wird den Tausch voraussichtlich am Donnerstag, 18.07.,
vor Ladenöffnung durchführen. Das Problem ist noch nicht behoben.

Meldungsnummer   : M2407.188
Kurzbeschreibung : %s
Status           : In Bearbeitung
Bearbeitergruppe : Retail Hardware DACH

Den aktuellen Stand finden Sie jederzeit im Self-Service-Portal:
https://rsnl.topdesk.net/tas/public/ssp/content/detail/incident?unid=9a41c7e2b05d4b8f9e3c61d0a2f7b4e5

Mit freundlichen Grüßen

RSNL Servicedesk
Tel. +49 221 555 0170
""" % subj(n)
add("topdesk", "meldung-aktualisiert-de", "Mon, 15 Jul 2024 11:08:40 +0200", [
    ("Return-Path", "<servicedesk@de.rsnl.nl>"),
    ("From", "RSNL Servicedesk <servicedesk@de.rsnl.nl>"),
    ("Reply-To", "servicedesk@de.rsnl.nl"),
    ("To", US),
    ("Subject", ew("Ihre Meldung M2407.188 wurde aktualisiert: " + subj(n), enc="Q")),
    ("Date", "Mon, 15 Jul 2024 11:08:40 +0200"),
    ("Message-ID", "<1290044718.3310.1721034520117@rsnl.topdesk.net>"),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "TOPdesk"),
], leaf("text/plain", td_de, cte="quoted-printable"),
    exp("STORE-211", "M2407.188", "update", "TOPdesk German action: part ordered, 'noch nicht behoben'"))

# =====================================================================================
# Ivanti Service Manager (HEAT)  (STORE-214 incident 10482) + another customer's incident
# =====================================================================================
IV_SS = ("https://rsnl.saasit.com/Login.aspx?Scope=SelfService&amp;role=SelfService&amp;CommandId=Search"
         "&amp;ObjectType=Incident%%23&amp;CommandData=IncidentNumber,%%3D,0,%s,Integer,AND|")


def ivanti_html(greeting, intro, rows, outro):
    r = "\n".join('<tr><td style="padding:3px 12px 3px 0;color:#555"><b>%s:</b></td><td>%s</td></tr>'
                  % (k, html.escape(v)) for k, v in rows)
    return """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>%s</p>
<p>%s</p>
<table cellspacing="0" cellpadding="0" style="font-size:10pt">
%s
</table>
%s
<p style="font-size:8pt;color:#888">Please do not change the subject line when replying to this email.</p>
</body></html>
""" % (greeting, intro, r, outro)


n = 214
rows = [("Incident Number", "10482"), ("Summary", subj(n)), ("Status", "Logged"), ("Priority", "3"),
        ("Owner Team", "Store Systems"), ("Created On", "14/07/2024 09:02")]
add("ivanti", "incident-logged", "Sun, 14 Jul 2024 09:02:58 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Incident# 10482 has been logged: " + subj(n))),
    ("Date", "Sun, 14 Jul 2024 09:02:58 +0200"),
    ("Message-ID", "<d41f7c0e-62b5-4a1e-9f0c-3b8e2a6d1c57@rsnl.saasit.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "DR, OOF, AutoReply"),
    ("X-Mailer", "Ivanti Service Manager"),
], leaf("text/html", ivanti_html(
    "Dear StoreDesk,",
    "Thank you for contacting the RSNL Service Desk. Your incident has been logged and assigned to the appropriate team.",
    rows,
    '<p>To view or update your incident, open the <a href="%s">Self Service portal</a>.</p>\n<p>RSNL Service Desk</p>'
    % (IV_SS % "10482")), cte="quoted-printable"),
    exp("STORE-214", "10482", "acknowledged", "Ivanti 'Incident# 10482 has been logged'"))

rows = [("Incident Number", "10482"), ("Summary", subj(n)), ("Status", "Resolved"),
        ("Resolution", "The price checker (Zebra CC600, MAC 00:07:4D:3A:91:C2) lost its network lease after its "
                       "switch port was moved to VLAN 40 during change 7731. The port was returned to VLAN 30 and "
                       "the device shows prices again."),
        ("Resolved By", "Mark Jansen"), ("Resolved On", "19/07/2024 14:25")]
add("ivanti", "incident-resolved", "Fri, 19 Jul 2024 14:27:03 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Incident# 10482 has been resolved: " + subj(n))),
    ("Date", "Fri, 19 Jul 2024 14:27:03 +0200"),
    ("Message-ID", "<8e2a0f94-1c3d-47b6-a5e8-90d7f6c4b213@rsnl.saasit.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "DR, OOF, AutoReply"),
    ("X-Mailer", "Ivanti Service Manager"),
], leaf("text/html", ivanti_html(
    "Dear StoreDesk,",
    "Your incident 10482 has been resolved.",
    rows,
    "<p>If you feel the incident has not been resolved, reply to this email within 5 days to reopen it; "
    "otherwise it will be closed automatically.</p>\n"
    '<p><a href="%s">View incident in Self Service</a></p>\n<p>RSNL Service Desk</p>' % (IV_SS % "10482")),
    cte="quoted-printable"),
    exp("STORE-214", "10482", "resolved", "Ivanti resolved notification; auto-close only announced"))

rows = [("Incident Number", "10517"), ("Summary", "Receipt printer offline - Leeuwarden Nieuwestad"),
        ("Customer", "Drogisterij Hoekstra"), ("Status", "Logged"), ("Priority", "3"),
        ("Owner Team", "Store Systems"), ("Created On", "24/07/2024 10:11")]
add("ivanti", "other-customer-incident", "Wed, 24 Jul 2024 10:11:45 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", "Drogisterij Hoekstra <winkel@drogisterijhoekstra.nl>"),
    ("Cc", US),
    ("Subject", "Incident# 10517 has been logged: Receipt printer offline - Leeuwarden Nieuwestad"),
    ("Date", "Wed, 24 Jul 2024 10:11:45 +0200"),
    ("Message-ID", "<5a0c93e1-7f2b-4d86-b1e4-c6a2d8f05e9b@rsnl.saasit.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "DR, OOF, AutoReply"),
    ("X-Mailer", "Ivanti Service Manager"),
], leaf("text/html", ivanti_html(
    "Dear Mrs. Hoekstra,",
    "Thank you for contacting the RSNL Service Desk. Your incident has been logged and assigned to the appropriate team.",
    rows,
    '<p>To view or update your incident, open the <a href="%s">Self Service portal</a>.</p>\n<p>RSNL Service Desk</p>'
    % (IV_SS % "10517")), cte="quoted-printable"),
    exp(None, None, "ignore", "another customer's incident (Drogisterij Hoekstra); we are only in Cc"))

# =====================================================================================
# BMC Helix ITSM / Remedy  (STORE-215 INC000001284731, STORE-216 INC000001285020)
# =====================================================================================
BMC_FOOT = ("\nThis is an automatically generated email from the RSNL IT Service Management system.\n"
            "Please do not reply to this message; use the link above to add information.\n")


def bmc_text(intro, rows, link, outro=""):
    w = max(len(k) for k, _ in rows)
    body = intro + "\n\n" + "\n".join("%s: %s" % (k, v) for k, v in rows) + "\n\n"
    if outro:
        body += outro + "\n\n"
    body += "View the incident in the RSNL Service Portal:\n" + link + "\n" + BMC_FOOT
    return body


n = 215
INC1 = "INC000001284731"
bmc_link1 = "https://rsnl-dwp.onbmc.com/dwp/app/#/ticket/incident/" + INC1
add("bmchelix", "incident-created", "Mon, 15 Jul 2024 07:03:14 +0000", [
    ("Return-Path", "<noreply@helix.rsnl.nl>"),
    ("From", "RSNL IT Service Management <noreply@helix.rsnl.nl>"),
    ("To", US),
    ("Subject", ew("RSNL Incident %s has been created - %s" % (INC1, subj(n)))),
    ("Date", "Mon, 15 Jul 2024 07:03:14 +0000"),
    ("Message-ID", "<1133570622.4421.1721026994330.JavaMail.arsystem@helix-mail.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "BMC Remedy Email Engine"),
], leaf("text/plain", bmc_text(
    "Dear StoreDesk,\n\nYour request has been registered as incident %s." % INC1,
    [("Incident ID", INC1), ("Summary", subj(n)), ("Status", "Assigned"), ("Priority", "Medium"),
     ("Assigned Group", "POS Hardware NL"), ("Reported Date", "15/07/2024 09:03:12"),
     ("Target Date", "17/07/2024 17:00:00")], bmc_link1), cte="quoted-printable"),
    exp("STORE-215", INC1, "acknowledged", "BMC Helix incident created notification"))

add("bmchelix", "incident-resolved", "Wed, 17 Jul 2024 14:58:30 +0000", [
    ("Return-Path", "<noreply@helix.rsnl.nl>"),
    ("From", "RSNL IT Service Management <noreply@helix.rsnl.nl>"),
    ("To", US),
    ("Subject", "Incident %s has been resolved" % INC1),
    ("Date", "Wed, 17 Jul 2024 14:58:30 +0000"),
    ("Message-ID", "<80951337.6610.1721228310021.JavaMail.arsystem@helix-mail.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "BMC Remedy Email Engine"),
], leaf("text/plain", bmc_text(
    "Dear StoreDesk,\n\nThe following incident has been resolved:",
    [("Incident ID", INC1), ("Summary", subj(n)), ("Status", "Resolved"),
     ("Status Reason", "No Further Action Required"),
     ("Resolution", "Keyboard (Cherry G86-71411, serial 2319-004512) replaced; the stuck keys were caused by a "
                    "soft-drink spill. All keys tested with the store manager."),
     ("Resolved Date", "17/07/2024 16:55:02")], bmc_link1,
    "If you do not agree that this incident is resolved, reopen it from the portal within 3 working days.\n"
    "After that the incident will be closed automatically."), cte="quoted-printable"),
    exp("STORE-215", INC1, "resolved", "BMC resolved notification, Status: Resolved"))

n = 216
INC2 = "INC000001285020"
add("bmchelix", "incident-assigned", "Tue, 16 Jul 2024 09:45:02 +0000", [
    ("Return-Path", "<noreply@helix.rsnl.nl>"),
    ("From", "RSNL IT Service Management <noreply@helix.rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Incident %s has been assigned to Jeroen Bakker - %s" % (INC2, subj(n)))),
    ("Date", "Tue, 16 Jul 2024 09:45:02 +0000"),
    ("Message-ID", "<1979348217.5032.1721123102877.JavaMail.arsystem@helix-mail.rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "BMC Remedy Email Engine"),
], leaf("text/plain", bmc_text(
    "Dear StoreDesk,\n\nYour incident has been assigned to a support engineer.",
    [("Incident ID", INC2), ("Summary", subj(n)), ("Status", "In Progress"), ("Priority", "High"),
     ("Assigned Group", "Field Services Zuid-Holland"), ("Assignee", "Jeroen Bakker"),
     ("Last Modified Date", "16/07/2024 11:44:51")],
    "https://rsnl-dwp.onbmc.com/dwp/app/#/ticket/incident/" + INC2), cte="quoted-printable"),
    exp("STORE-216", INC2, "update", "BMC assignment notification, status In Progress"))

# ---- Outlook / Exchange: the field engineer himself (human reply, invitation) ------
d = sent_dt(n)
jb_reply = """Hi Sam,

I'm the engineer on your incident INC000001285020. From your description the
beeping is the alarm of the redundant power supply in the switch (HPE Aruba
2930F, serial CN12KP0B3X) - the switch itself keeps running on the second PSU,
so the store can trade normally.

I'll be at the Spui store on Tuesday 23 July around 07:30, before opening, with
a replacement PSU. Could someone let me in through the back entrance? I'll send
you a calendar invite for the visit.

Met vriendelijke groet / Kind regards,

Jeroen Bakker
Field Engineer | RSNL B.V.
M +31 6 5550 1428 | T +31 70 555 0142
Laan van Nieuw Oost-Indië 131, 2593 BM Den Haag

De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.
The information in this e-mail is intended solely for the addressee.

From: StoreDesk <%s>
Sent: %s
To: RSNL Support <support@rsnl.nl>
Subject: %s

%s
""" % (US_ADDR, d.strftime("%A, %B %-d, %Y %-I:%M %p"), subj(n), sent_body(n))
jb_html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">'
           '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
           '<body lang="NL" link="#0563C1"><div class="WordSection1">\n'
           + "\n".join('<p class="MsoNormal">%s</p>' % (html.escape(l) if l else "&nbsp;")
                       for l in jb_reply.split("\nFrom: StoreDesk")[0].split("\n"))
           + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
           + '<p class="MsoNormal"><b>From:</b> StoreDesk &lt;%s&gt;<br><b>Sent:</b> %s<br><b>To:</b> RSNL Support &lt;support@rsnl.nl&gt;<br><b>Subject:</b> %s</p></div>\n'
           % (US_ADDR, d.strftime("%A, %B %-d, %Y %-I:%M %p"), html.escape(subj(n)))
           + "\n".join('<p class="MsoNormal">%s</p>' % (html.escape(l) if l else "&nbsp;") for l in sent_body(n).split("\n"))
           + "\n</div></body></html>\n")
OUTLOOK_ID1 = "<AM9PR07MB71234F1C2A8E6B0D3C9A4E5BB8C12@AM9PR07MB7123.eurprd07.prod.outlook.com>"
add("outlook", "engineer-reply", "Tue, 16 Jul 2024 13:20:11 +0000", [
    ("From", "Jeroen Bakker <j.bakker@rsnl.nl>"),
    ("To", US),
    ("CC", "RSNL Support <support@rsnl.nl>"),
    ("Subject", ew("RE: " + subj(n), charset="Windows-1252", enc="Q")),
    ("Thread-Topic", ew(subj(n), charset="Windows-1252", enc="Q")),
    ("Thread-Index", "AQHa1x3m8Rk0b2c9TUyJ3oE4Qv1mZLGbXcWA"),
    ("Date", "Tue, 16 Jul 2024 13:20:11 +0000"),
    ("Message-ID", OUTLOOK_ID1),
    ("References", msgid(n)),
    ("In-Reply-To", msgid(n)),
    ("Accept-Language", "nl-NL, en-US"),
    ("Content-Language", "en-GB"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("X-MS-Exchange-Organization-SCL", "-1"),
    ("MIME-Version", "1.0"),
], multi("alternative", [
    leaf("text/plain", jb_reply, charset="Windows-1252", cte="quoted-printable"),
    leaf("text/html", jb_html, charset="Windows-1252", cte="quoted-printable"),
], "_000_AM9PR07MB71234F1C2A8E6B0D3C9A4E5BB8C12AM9PR07MB7123eurp_"),
    exp("STORE-216", INC2, "update", "engineer (Outlook, In-Reply-To ours) plans visit 23 July"))

ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Jeroen Bakker:mailto:j.bakker@rsnl.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:helpdesk@ops.storedesk.example
DESCRIPTION;LANGUAGE=en-GB:Replacement of the redundant PSU in the network switch (INC000001285020). Please arrange access via the back entrance.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1D2B7D7DA01000000000000000010000000E3B1F6A8C4D2E94FB7A1C3D5E7F90B12
SUMMARY;LANGUAGE=en-GB:RSNL visit Den Haag Spui - replace switch PSU (INC000001285020)
DTSTART;TZID=W. Europe Standard Time:20240723T073000
DTEND;TZID=W. Europe Standard Time:20240723T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240716T132640Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Spui, Den Haag (back entrance)
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
def ics_fold(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        first = True
        while len(b) > 75:
            cut = 75 if first else 74
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\n".join(out)


ics = ics_fold(ics)
inv_txt = """Replacement of the redundant PSU in the network switch (INC000001285020).
Please arrange access via the back entrance.

Jeroen Bakker
Field Engineer | RSNL B.V.
"""
add("outlook", "meeting-invitation", "Tue, 16 Jul 2024 13:26:40 +0000", [
    ("From", "Jeroen Bakker <j.bakker@rsnl.nl>"),
    ("To", US),
    ("Subject", "RSNL visit Den Haag Spui - replace switch PSU (INC000001285020)"),
    ("Thread-Topic", "RSNL visit Den Haag Spui - replace switch PSU (INC000001285020)"),
    ("Thread-Index", "AdrXfa2lqz0n3V8XS0e4B7p1cYbJkQ=="),
    ("Date", "Tue, 16 Jul 2024 13:26:40 +0000"),
    ("Message-ID", "<AM9PR07MB7123C0E9B1D4A2F6E8B7D3A1CC4E5@AM9PR07MB7123.eurprd07.prod.outlook.com>"),
    ("Accept-Language", "nl-NL, en-US"),
    ("Content-Language", "en-GB"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("Content-Class", "urn:content-classes:calendarmessage"),
    ("MIME-Version", "1.0"),
], multi("alternative", [
    leaf("text/plain", inv_txt, cte="quoted-printable"),
    leaf("text/calendar", ics, cte="base64", params='; method=REQUEST'),
], "_000_AM9PR07MB7123C0E9B1D4A2F6E8B7D3A1CC4E5AM9PR07MB7123eurp_"),
    exp(None, None, "ignore", "meeting invitation (text/calendar) from the engineer"))

# =====================================================================================
# Cherwell Service Management  (STORE-217 incident 204518)
# =====================================================================================
n = 217
CW_URL = "https://rsnl.cherwellondemand.com/CherwellPortal/RSNL/Incident/204518"


def cherwell(intro, rows, extra=""):
    txt = "Hello StoreDesk,\n\n" + intro + "\n\n" + "\n".join("%s : %s" % (k, v) if v else "%s :" % k for k, v in rows)
    txt += "\n\n" + (extra + "\n\n" if extra else "") + "Track your incident: " + CW_URL + "\n\nRSNL Service Desk\n"
    r = "\n".join('<tr><td style="padding:2px 8px 2px 0;font-weight:bold">%s</td><td>:</td><td>%s</td></tr>'
                  % (k, html.escape(v)) for k, v in rows)
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello StoreDesk,</p>
<p>%s</p>
<table style="font-size:10pt">
%s
</table>
%s<p>Track your incident: <a href="%s">%s</a></p>
<p>RSNL Service Desk</p>
</body></html>
""" % (html.escape(intro), r, ("<p>" + html.escape(extra).replace("\n", "<br>") + "</p>\n") if extra else "", CW_URL, CW_URL)
    return txt, htm


txt, htm = cherwell("Your request has been received and logged as Incident 204518. A member of the Service Desk "
                    "will review it shortly.",
                    [("Incident ID", "204518"), ("Short Description", subj(n)), ("Status", "New"),
                     ("Priority", "3 - Medium"), ("Owned By Team", "Store Hardware"),
                     ("Created Date", "17/07/2024 09:02")])
add("cherwell", "incident-logged", "Wed, 17 Jul 2024 09:02:37 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Incident 204518 has been logged - " + subj(n))),
    ("Date", "Wed, 17 Jul 2024 09:02:37 +0200"),
    ("Message-ID", "<0b7e2c51-9a3f-4d18-8e6a-2f41c5d9b073@rsnl.cherwellondemand.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "Cherwell Service Management"),
], multi("alternative", [
    leaf("text/plain", txt, cte="quoted-printable"),
    leaf("text/html", htm, cte="quoted-printable"),
], "--boundary_0_5e1f0a3c-77d2-4b8e-9c41-8d2e6f3a1b90"),
    exp("STORE-217", "204518", "acknowledged", "Cherwell incident logged notification"))

txt, htm = cherwell("Incident 204518 has been updated.",
                    [("Incident ID", "204518"), ("Short Description", subj(n)), ("Status", "In Progress"),
                     ("Owned By", "Sanne de Wit"), ("Owned By Team", "Store Hardware"),
                     ("Last Modified", "18/07/2024 10:12"), ("Resolved Date", ""), ("Closed Date", "")],
                    "Latest journal entry:\nSpare feed roller kit (part 2-1171-004) dispatched by courier, "
                    "track & trace 3SRNL0048812. Engineer visit planned for Monday 22 July.")
add("cherwell", "status-in-progress", "Thu, 18 Jul 2024 10:12:50 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", "Incident 204518 - Status Update"),
    ("Date", "Thu, 18 Jul 2024 10:12:50 +0200"),
    ("Message-ID", "<6d93a4f0-21c8-4b7e-a5d2-e08f1b3c7a64@rsnl.cherwellondemand.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "Cherwell Service Management"),
], multi("alternative", [
    leaf("text/plain", txt, cte="quoted-printable"),
    leaf("text/html", htm, cte="quoted-printable"),
], "--boundary_1_a2c40e9d-1f63-4d7a-8b05-c9e1d4f2a718"),
    exp("STORE-217", "204518", "update", "Status In Progress; Resolved/Closed Date fields empty"))

txt, htm = cherwell("Your incident 204518 has been closed.",
                    [("Incident ID", "204518"), ("Status", "Closed"),
                     ("Close Description", "Feed roller kit fitted in the receipt printer of till 4; 50 test "
                                           "receipts printed without a jam."),
                     ("Resolved Date", "22/07/2024 11:30"), ("Closed Date", "22/07/2024 16:40")],
                    "If the problem returns, please log a new incident and quote 204518.")
add("cherwell", "incident-closed", "Mon, 22 Jul 2024 16:40:18 +0200", [
    ("Return-Path", "<servicedesk@rsnl.nl>"),
    ("From", "RSNL Service Desk <servicedesk@rsnl.nl>"),
    ("To", US),
    ("Subject", "Incident 204518 has been closed"),
    ("Date", "Mon, 22 Jul 2024 16:40:18 +0200"),
    ("Message-ID", "<f18c07b2-4e5d-4a39-b6c1-73a9d2e8f045@rsnl.cherwellondemand.com>"),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "Cherwell Service Management"),
], multi("alternative", [
    leaf("text/plain", txt, cte="quoted-printable"),
    leaf("text/html", htm, cte="quoted-printable"),
], "--boundary_2_7be3d5a1-0c84-4f29-9e6b-5a1f8c2d0e37"),
    exp("STORE-217", "204518", "closed", "closed notice naming only incident 204518 (given in the logged mail)"))

# =====================================================================================
# LiveAgent  (STORE-220 KQ7-5MZRD-4TW, STORE-219 PXW-61830-RTD)
# =====================================================================================
n = 220
la_ack = """Hello,

thank you for contacting RSNL Support. We have received your message and created
ticket KQ7-5MZRD-4TW. One of our agents will reply as soon as possible; at the
weekend this may take until Monday morning.

Ticket ID: KQ7-5MZRD-4TW
Follow your ticket: https://support.rsnl.nl/ticket/KQ7-5MZRD-4TW

Best regards,
RSNL Support
"""
add("liveagent", "autoanswer", "Sat, 20 Jul 2024 09:01:08 +0200", [
    ("Return-Path", "<support@rsnl.nl>"),
    ("From", "RSNL Support <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n))),
    ("Date", "Sat, 20 Jul 2024 09:01:08 +0200"),
    ("Message-ID", "<la-7f2d91c4e0b35a68.KQ7-5MZRD-4TW@rsnl.ladesk.com>"),
    ("In-Reply-To", msgid(n)),
    ("References", msgid(n)),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "LiveAgent"),
], multi("alternative", [
    leaf("text/plain", la_ack, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Arial;font-size:14px">' + h2t_para(la_ack) + "</div>\n",
         cte="quoted-printable"),
], "=_6b1e0f5c9d3a42e8a7f1"),
    exp("STORE-220", "KQ7-5MZRD-4TW", "acknowledged", "LiveAgent auto-answer: ticket KQ7-5MZRD-4TW created"))

n = 219
d = sent_dt(n)
la_res = """Hi Sam,

This morning we flashed firmware 3.2.7 to the card reader at till 1 (Verifone
P400, S/N 275-312-884) remotely. The "FW ERR 0x3C" message is gone and a test
payment of € 0,01 went through without problems. The problem is solved.

I have set ticket PXW-61830-RTD to Resolved. If the error comes back, reply to
this email and the ticket will reopen automatically.

Kind regards,
Sofie Janssens
RSNL Support - Payments
+32 3 555 01 33

On %s, StoreDesk <%s> wrote:
%s
""" % (d.strftime("%-d %b %Y %H:%M"), US_ADDR, quote_lines(sent_body(n)))
add("liveagent", "resolved", "Tue, 23 Jul 2024 10:02:29 +0200", [
    ("Return-Path", "<support@rsnl.nl>"),
    ("From", "Sofie Janssens <support@rsnl.nl>"),
    ("Reply-To", "RSNL Support <support@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Re: " + subj(n))),
    ("Date", "Tue, 23 Jul 2024 10:02:29 +0200"),
    ("Message-ID", "<la-c40e8b27f9a11d53.PXW-61830-RTD@rsnl.ladesk.com>"),
    ("In-Reply-To", msgid(n)),
    ("References", msgid(n)),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "LiveAgent"),
], multi("alternative", [
    leaf("text/plain", la_res, cte="quoted-printable"),
    leaf("text/html", '<div style="font-family:Arial;font-size:14px">' + h2t_para(la_res.split("\nOn ")[0])
         + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + h2t_para(sent_body(n))
         + "</blockquote></div>\n", cte="base64"),
], "=_0c8a7d2e4f6b19c3e5a2"),
    exp("STORE-219", "PXW-61830-RTD", "resolved", "firmware flashed, 'The problem is solved', ticket set to Resolved"))

# =====================================================================================
# Outlook: a person's out-of-office at rsnl.nl (STORE-218 thread)
# =====================================================================================
n = 218
ooo = """Beste afzender,

Ik ben afwezig tot en met maandag 5 augustus en lees mijn e-mail in deze periode
niet. Uw bericht wordt niet doorgestuurd.

Voor lopende meldingen en storingen kunt u terecht bij support@rsnl.nl of bel
+31 20 555 0100.

---

Dear sender,

I am out of the office until Monday 5 August and will not be reading e-mail.
Your message will not be forwarded. For tickets and outages please contact
support@rsnl.nl or call +31 20 555 0100.

Met vriendelijke groet / Kind regards,
Pieter Smit
Accountmanager Retail | RSNL B.V.
"""
add("outlook", "out-of-office", "Thu, 18 Jul 2024 07:00:14 +0000", [
    ("From", "Pieter Smit <p.smit@rsnl.nl>"),
    ("To", US),
    ("Subject", ew("Automatisch antwoord: " + subj(n), charset="Windows-1252", enc="Q")),
    ("Thread-Topic", ew(subj(n), charset="Windows-1252", enc="Q")),
    ("Thread-Index", "AQHa2NLx0h1m2p8YQk6XbS4YlN3m8w=="),
    ("Date", "Thu, 18 Jul 2024 07:00:14 +0000"),
    ("Message-ID", "<DB8PR07MB6412E7A0C3D94F1B2E5A6C7D8E9F0@DB8PR07MB6412.eurprd07.prod.outlook.com>"),
    ("References", msgid(n)),
    ("In-Reply-To", msgid(n)),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "p.smit@rsnl.nl"),
    ("Content-Language", "nl-NL"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("MIME-Version", "1.0"),
], leaf("text/plain", ooo, charset="Windows-1252", cte="quoted-printable"),
    exp(None, None, "ignore", "personal out-of-office auto-reply from p.smit@rsnl.nl"))


# =====================================================================================
def main():
    msgs = sorted(MESSAGES, key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    seen_ids, seen_dates = set(), set()
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = []
    for i, m in enumerate(msgs, 1):
        fname = "%02d-%s-%s.eml" % (i, m["slug"], m["what"])
        hdrs = dict(m["headers"])
        assert hdrs["Date"] == m["date"], fname
        mid = hdrs["Message-ID"]
        ts = email.utils.parsedate_to_datetime(m["date"]).timestamp()
        assert mid not in seen_ids and ts not in seen_dates, fname
        seen_ids.add(mid)
        seen_dates.add(ts)
        if m["expected"]["issue_ref"]:
            sent = email.utils.parsedate_to_datetime(ISSUES[m["expected"]["issue_ref"]]["sent"])
            assert email.utils.parsedate_to_datetime(m["date"]) > sent, fname
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(message(m["headers"], m["body"]))
        e = {"file": fname}
        e.update(m["expected"])
        lines.append(json.dumps(e, ensure_ascii=False))
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages" % len(msgs))


if __name__ == "__main__":
    main()
