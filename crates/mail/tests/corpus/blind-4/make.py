#!/usr/bin/env python3
"""Writes the blind-4 corpus: 36 raw vendor replies (RSNL's helpdesk, several products)
plus expected.jsonl. Rerun to regenerate; output is deterministic."""
import base64, datetime, email.utils, json, pathlib, quopri

HERE = pathlib.Path(__file__).parent
ISSUES = {x["issue_ref"]: x for x in json.load(open(HERE.parent / "issues.json", encoding="utf-8"))}
US = "StoreDesk <helpdesk@ops.storedesk.example>"
EXPECTED = []
DATES = set()
MIDS = set()


def iss(n):
    return ISSUES[f"STORE-{n}"]


def subj(n):
    return iss(n)["subject"]


def mid(n):
    return iss(n)["message_id"]


def date(s, tz=2):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return dt, email.utils.format_datetime(dt)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encode a header value (whole value), folded into <=75-char words."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    words, cur = [], ""
    pre = f"=?{charset.upper() if mode == 'B' else charset}?{mode}?"

    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode()
        out = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                out += "_"
            elif b < 128 and (c.isalnum() or c in "!*+-/"):
                out += c
            else:
                out += "=%02X" % b
        return out

    for ch in text:
        if len(pre) + len(enc(cur + ch)) + 2 > 75:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\n ".join(words)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=(), quote_cs=False):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    cs = f'"{charset}"' if quote_cs else charset
    hdrs = [f"Content-Type: {ctype}; charset={cs}", f"Content-Transfer-Encoding: {cte}", *extra]
    return hdrs, body


def raw_part(hdrs, text):
    return list(hdrs), text.replace("\r\n", "\n").encode("utf-8")


def multi(subtype, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for hd, bd in parts:
        out += b"--" + boundary.encode() + b"\n" + "\n".join(hd).encode() + b"\n\n" + bd
        if not bd.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"'], out


def write(name, when, headers, part, expect, tz=2, issue=None):
    dt, dstr = date(when, tz)
    assert dstr not in DATES, dstr
    DATES.add(dstr)
    assert datetime.datetime(2024, 7, 1, tzinfo=datetime.timezone.utc) <= dt < datetime.datetime(2024, 9, 1, tzinfo=datetime.timezone.utc)
    if issue:
        sent = email.utils.parsedate_to_datetime(iss(issue)["sent"])
        assert dt > sent, (name, dt, sent)
    lines = []
    for k, v in headers:
        if k == "Date":
            v = dstr
        lines.append(f"{k}: {v}")
    if not any(k == "Date" for k, _ in headers):
        raise SystemExit(f"{name}: no Date")
    mids = [v for k, v in headers if k == "Message-ID"]
    assert mids and mids[0] not in MIDS, name
    MIDS.add(mids[0])
    data = "\n".join(lines + part[0]).encode("ascii") + b"\n\n" + part[1]
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (HERE / name).write_bytes(data)
    issue_ref, vid, event, note = expect
    EXPECTED.append({"file": name, "issue_ref": issue_ref, "vendor_ticket_id": vid,
                     "event": event, "note": note})


def addr(a, cs="utf-8", mode="Q"):
    if all(ord(c) < 128 for c in a):
        return a
    name, rest = a.rsplit(" <", 1)
    return ew(name, cs, mode) + " <" + rest


def hdr(frm, to, subject, msgid, extra=(), cs="utf-8", mode="B"):
    h = [("From", addr(frm, cs)), ("To", addr(to, cs)), ("Subject", ew(subject, cs, mode)), ("Date", None),
         ("Message-ID", msgid)]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def quoted_original(n, lang_intro):
    body = (HERE.parent / "sent" / f"store-{n}.eml").read_bytes().decode("utf-8").replace("\r\n", "\n")
    body = body.split("\n\n", 1)[1].rstrip("\n")
    return lang_intro + "\n" + "\n".join("> " + l if l else ">" for l in body.split("\n"))


def sent_body(n):
    body = (HERE.parent / "sent" / f"store-{n}.eml").read_bytes().decode("utf-8").replace("\r\n", "\n")
    return body.split("\n\n", 1)[1].rstrip("\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_doc(inner, style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #333333;"):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body style=\"" + style + "\">\n" + inner + "\n</body>\n</html>\n")


def table(rows, label_style="padding:4px 12px 4px 0; color:#666666; font-weight:bold;"):
    out = ['<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">']
    for k, v in rows:
        out.append(f'<tr><td style="{label_style}">{esc(k)}</td><td style="padding:4px 0;">{v}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 01-03 HaloITSM (RSNL Service Desk)
# ---------------------------------------------------------------------------
def halo():
    n = 201
    s = subj(n)
    text = f"""Dear StoreDesk,

Thank you for contacting the RSNL Service Desk. Your ticket has been logged
and assigned to the Store Systems team.

Ticket ID:    0034127
Summary:      {s}
Status:       New
Priority:     P2 - High (response within 4 business hours)
Site:         Amsterdam Centraal
Logged:       01/07/2024 09:03

You can follow the progress of your ticket in the Self-Service Portal:
https://helpdesk.rsnl.nl/portal/ticket?id=34127

When replying, please leave the ticket reference in the subject line.

Kind regards,

RSNL Service Desk
T +31 30 799 1200 | servicedesk@rsnl.nl
RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht
"""
    rows = [("Ticket ID", "0034127"), ("Summary", esc(s)), ("Status", "New"),
            ("Priority", "P2 - High (response within 4 business hours)"),
            ("Site", "Amsterdam Centraal"), ("Logged", "01/07/2024 09:03")]
    html = html_doc(f"""<div style="background:#00457c; color:#ffffff; padding:14px 18px; font-size:18px;">RSNL Service Desk</div>
<div style="padding:18px;">
<p>Dear StoreDesk,</p>
<p>Thank you for contacting the RSNL Service Desk. Your ticket has been logged and assigned to the Store Systems team.</p>
{table(rows)}
<p><a href="https://helpdesk.rsnl.nl/portal/ticket?id=34127" style="background:#00457c;color:#ffffff;padding:8px 14px;text-decoration:none;">View ticket</a></p>
<p style="font-size:12px;color:#888888;">When replying, please leave the ticket reference in the subject line.</p>
<p>Kind regards,<br>RSNL Service Desk<br>T +31 30 799 1200 | servicedesk@rsnl.nl<br>RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht</p>
</div>""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)],
                 "----=_Part_Halo_0034127_1720")
    h = hdr("RSNL Service Desk <servicedesk@rsnl.nl>", US,
            f"Ticket Logged - 0034127 - {s}",
            "<8c2f01d4-6a3e-4b77-9e41-0034127a0001@helpdesk.rsnl.nl>",
            [("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    write("01-haloitsm-ack.eml", "2024-07-01 09:03:41", h, part,
          ("STORE-201", "0034127", "acknowledged", "Halo 'Ticket Logged' auto-mail, our subject kept, ref 0034127 with leading zeros"), issue=n)

    html = html_doc(f"""<div style="background:#00457c; color:#ffffff; padding:14px 18px; font-size:18px;">RSNL Service Desk</div>
<div style="padding:18px;">
<p>Dear StoreDesk,</p>
<p>Your ticket <b>0034127</b> has been resolved by Martijn de Vries.</p>
<p><b>Resolution</b><br>
On-site visit 03/07. The SSD in Till 3 (Toshiba TCx 810, serial 4T2-88104Q) was failing its SMART checks and hung during POST. The disk has been replaced and the POS image (build 24.06.2) restored. The till booted cleanly five times in a row and the store manager confirmed sales are running normally.</p>
<p>Parts used: 1x SSD 128GB M.2 (RSNL part 71-2210), work order WO-558210.</p>
<p>If you feel this ticket has not been resolved, simply reply to this e-mail within 5 working days and it will be re-opened. After that it will be closed automatically.</p>
<p><a href="https://helpdesk.rsnl.nl/portal/ticket?id=34127">View ticket in the Self-Service Portal</a></p>
<p>Kind regards,<br>RSNL Service Desk<br>T +31 30 799 1200</p>
</div>""")
    part = leaf("text/html", html)
    h = hdr("RSNL Service Desk <servicedesk@rsnl.nl>", US, "Ticket 0034127 has been resolved",
            "<3b9d6e12-f0a4-4c55-8e70-0034127a0007@helpdesk.rsnl.nl>",
            [("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"), ("Auto-Submitted", "auto-generated")])
    write("02-haloitsm-resolved.eml", "2024-07-03 14:22:10", h, part,
          ("STORE-201", "0034127", "resolved", "only the Halo ref 0034127 from 01; 'has been resolved', auto-close later"), issue=n)

    html = html_doc("""<div style="padding:18px; max-width:560px;">
<p>Dear StoreDesk,</p>
<p>We'd love to hear about your recent experience with the RSNL Service Desk regarding ticket 0034127 <i>"Till 3 frozen on boot"</i>.</p>
<p>How would you rate the service you received?</p>
<table cellpadding="6" cellspacing="0"><tr>
<td><a href="https://helpdesk.rsnl.nl/portal/survey?t=34127&amp;s=5&amp;k=Zx81Lq">&#128512; Excellent</a></td>
<td><a href="https://helpdesk.rsnl.nl/portal/survey?t=34127&amp;s=4&amp;k=Zx81Lq">&#128578; Good</a></td>
<td><a href="https://helpdesk.rsnl.nl/portal/survey?t=34127&amp;s=3&amp;k=Zx81Lq">&#128528; Average</a></td>
<td><a href="https://helpdesk.rsnl.nl/portal/survey?t=34127&amp;s=1&amp;k=Zx81Lq">&#128577; Poor</a></td>
</tr></table>
<p>The survey takes less than a minute. Your feedback helps us improve.</p>
<p>Thank you,<br>RSNL Service Desk</p>
<p style="font-size:11px;color:#999999;">You received this e-mail because you recently contacted RSNL. <a href="https://helpdesk.rsnl.nl/portal/survey/optout?k=Zx81Lq">Don't send me surveys</a></p>
</div>""")
    part = leaf("text/html", html, cte="base64")
    h = hdr("RSNL Service Desk <servicedesk@rsnl.nl>", US, "How did we do? Your feedback on ticket 0034127",
            "<e71a9c30-55d2-4f0e-b1a8-0034127a0012@helpdesk.rsnl.nl>",
            [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")])
    write("03-haloitsm-survey.eml", "2024-07-04 08:00:05", h, part,
          (None, None, "ignore", "satisfaction survey, states no status"), issue=n)


# ---------------------------------------------------------------------------
# 04 Vivantio
# ---------------------------------------------------------------------------
def vivantio():
    n = 202
    s = subj(n)
    rows = [("Reference", "SR-10482"), ("Title", esc(s)), ("Status", "Awaiting Engineer Visit"),
            ("Priority", "P3 - Normal"), ("Assigned To", "Field Services NL"),
            ("Last Updated", "02/07/2024 16:38")]
    html = html_doc(f"""<p style="color:#999999;font-size:11px;">##- Please reply above this line -##</p>
<h2 style="font-size:16px;color:#e35205;">Ticket Updated</h2>
<p>Hello StoreDesk,</p>
<p>An update has been added to your ticket <b>SR-10482</b>.</p>
<div style="border-left:3px solid #e35205; padding:6px 12px; background:#f7f7f7;">
<p><b>Pieter Bakker</b> &middot; 02/07/2024 16:38</p>
<p>Remote diagnostics: the receipt printer (Epson TM-m30III, S/N X7LJ021944) no longer answers on 10.42.8.31 and the store reports the power LED is off, so we suspect the PSU.</p>
<p>Our engineer Joost Smit will visit Utrecht Hoog Catharijne on <b>Thursday 4 July between 08:00 and 10:00</b> with a replacement unit (reserved under order 4500182264). No action is needed from the store other than access to the till area.</p>
</div>
<h3 style="font-size:14px;">Ticket details</h3>
{table(rows)}
<p><a href="https://rsnl.vivantio.com/SSP/ticket/SR-10482">View this ticket in the Self Service Portal</a></p>
<p style="font-size:11px;color:#888888;">To add information, reply to this e-mail above the line. Please keep the reference [SR-10482] in the subject.</p>
<p>RSNL Support &middot; +31 30 799 1200</p>""")
    part = leaf("text/html", html)
    h = hdr("RSNL Support <support@rsnl.nl>", US, f"[SR-10482] Ticket Updated - {s}",
            "<VIV.SR10482.638555327190.2@rsnl.vivantio.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("Auto-Submitted", "auto-generated")])
    write("04-vivantio-update.eml", "2024-07-02 16:40:19", h, part,
          ("STORE-202", "SR-10482", "update", "Vivantio update note: engineer visit planned Thursday"), issue=n)


# ---------------------------------------------------------------------------
# 05-06 SolarWinds Service Desk (Samanage)
# ---------------------------------------------------------------------------
def swsd():
    n = 203
    s = subj(n)
    link = "https://rsnl.samanage.com/incidents/138229117-store-203-barcode-scanner-not-reading-rotterdam-lijnbaan"
    rows = [("Number", "#118842"), ("Name", esc(s)), ("State", "New"), ("Priority", "High"),
            ("Category", "Store Hardware &rsaquo; Scanners"), ("Site", "Rotterdam Lijnbaan"),
            ("Requester", "StoreDesk"), ("Due on", "Jul 03, 2024 05:00 PM")]
    html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">
<p style="font-size:12px;color:#9b9b9b;">##- Please type your reply above this line -##</p>
<p>Hello StoreDesk,</p>
<p>Thank you for reaching out. Incident <b>#118842</b> has been created for your request and our team will be in touch shortly.</p>
{table(rows)}
<p><a href="{link}" style="color:#1a73e8;">View incident #118842</a></p>
<p style="font-size:12px;color:#9b9b9b;">You are receiving this e-mail because you are the requester of this incident. Reply to this e-mail to add a comment.</p>
<p style="font-size:11px;color:#b0b0b0;">Powered by SolarWinds Service Desk</p>
</td></tr></table>""")
    part = leaf("text/html", html)
    h = hdr("RSNL IT Service Desk <servicedesk@rsnl.nl>", US, f"Incident #118842 was created: {s}",
            "<6685f6a7c1a2e_2b1f3fd8e2a4c1d8417a3@rsnl.samanage.com>",
            [("Reply-To", "RSNL IT Service Desk <servicedesk@rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "All")])
    write("05-swsd-ack.eml", "2024-07-03 09:01:27", h, part,
          ("STORE-203", "118842", "acknowledged", "SWSD 'Incident #118842 was created'; link holds internal id 138229117"), issue=n)

    text = f"""##- Please type your reply above this line -##

Hello StoreDesk,

Incident #118842 "{s}" has been updated by Anouk Mulder.

State: Assigned -> Awaiting Input

Comment from Anouk Mulder:
Hi, to order the right replacement we need the serial number of the scanner
(sticker under the stand, it starts with S/N 2128) and whether it is the
corded DS2208 or the cordless DS2278. The store also mentioned the cradle LED
is blinking amber - can you confirm? As soon as we have this we can ship a
swap unit with next-day courier.

View incident: {link}

You are receiving this e-mail because you are the requester of this incident.
Powered by SolarWinds Service Desk
"""
    part = leaf("text/plain", text)
    h = hdr("RSNL IT Service Desk <servicedesk@rsnl.nl>", US, "Incident #118842 state changed to Awaiting Input",
            "<6686a2e6e0f41_2b1f3fd8e2a4c1d8988c1@rsnl.samanage.com>",
            [("Reply-To", "RSNL IT Service Desk <servicedesk@rsnl.nl>"), ("Auto-Submitted", "auto-generated")])
    write("06-swsd-update.eml", "2024-07-04 11:15:02", h, part,
          ("STORE-203", "118842", "update", "state -> Awaiting Input, asks for serial; same incident as 05"), issue=n)


# ---------------------------------------------------------------------------
# 07 Matrix42
# ---------------------------------------------------------------------------
def matrix42():
    n = 204
    s = subj(n)
    rows = [("Ticket", "TCK00048291"), ("Subject", esc(s)), ("Status", "Waiting for third party"),
            ("Previous status", "In Progress"), ("Category", "Payment &gt; PIN terminal"),
            ("Responsible", "Payments 2nd Level"), ("Priority", "1 - Critical")]
    html = html_doc(f"""<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd;">
<tr><td style="background:#3c3c3b;color:#ffffff;padding:12px 16px;font-size:16px;">RSNL Service Desk &ndash; Ticket update</td></tr>
<tr><td style="padding:16px;">
<p>Dear StoreDesk,</p>
<p>your ticket <b>TCK00048291</b> has been updated.</p>
{table(rows)}
<p><b>Journal entry</b> (Lars Willems, 05.07.2024 10:29):<br>
Worldline confirmed that the key rotation on terminal TID 64123987 (Ingenico Move/5000, S/N 221190384471) failed during the night of 3-4 July, which is why every card is declined. Worldline will push new keys tonight between 01:00 and 03:00 (their reference WL-7731920). The terminal must stay powered on and connected overnight. We will check with the store tomorrow morning at opening.</p>
<p><a href="https://servicedesk.rsnl.nl/wm/app-SelfServicePortal/tickets/TCK00048291">Open ticket in the Self Service Portal</a></p>
</td></tr>
<tr><td style="padding:10px 16px;font-size:11px;color:#888888;">Please do not remove the ticket number from the subject when replying. This e-mail was generated by Matrix42 Enterprise Service Management.</td></tr>
</table>""")
    part = leaf("text/html", html)
    h = hdr("RSNL Service Desk <servicedesk@rsnl.nl>", US, f"Ticket TCK00048291 has been updated - {s}",
            "<m42.ticket.TCK00048291.20240705083044.1a7f@servicedesk.rsnl.nl>",
            [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    write("07-matrix42-update.eml", "2024-07-05 10:30:44", h, part,
          ("STORE-204", "TCK00048291", "update", "status -> Waiting for third party; Worldline ref and TID are not the ticket"), issue=n)


# ---------------------------------------------------------------------------
# 08 Issuetrak
# ---------------------------------------------------------------------------
def issuetrak():
    n = 205
    s = subj(n)
    text = f"""This is an automated notification from Issuetrak.

Issue 20931 has been closed.

Issue Number:   20931
Subject:        {s}
Submitted By:   StoreDesk (helpdesk@ops.storedesk.example)
Submitted On:   7/5/2024 9:02:11 AM
Organization:   StoreDesk Retail
Issue Type:     Network / Wireless
Priority:       High
Assigned To:    Ruud Hendriks
Status:         Closed
Closed By:      Ruud Hendriks
Closed On:      7/8/2024 5:04:52 PM

Resolution:
Replaced access point AP-2 in the stock room (Aruba AP-515, serial
CNKJ7SS0ZP) and moved the 5 GHz radio to channel 44 to avoid the DFS
events that caused the hourly drops. Monitored over the weekend: no
disconnects since Saturday 06:00. Store confirmed handhelds stay online.

To view this issue, go to:
https://issuetrak.rsnl.nl/Issue_View.asp?IssueNumber=20931

Please do not reply to this message unless you want to re-open the issue.

--
RSNL B.V. - Technical Support
Papendorpseweg 100, 3528 BJ Utrecht - KvK 30212345
"""
    part = leaf("text/plain", text, charset="windows-1252")
    h = hdr("Issuetrak - RSNL Support <issuetrak@rsnl.nl>", US, "Issue 20931 Closed: " + s,
            "<ITK20931.638560383522917@issuetrak.rsnl.nl>",
            [("X-Mailer", "Issuetrak"), ("Auto-Submitted", "auto-generated")], cs="windows-1252", mode="Q")
    write("08-issuetrak-closed.eml", "2024-07-08 17:05:13", h, part,
          ("STORE-205", "20931", "closed", "Issuetrak closed notification, Status: Closed"), issue=n)


# ---------------------------------------------------------------------------
# 09 Mojo Helpdesk
# ---------------------------------------------------------------------------
def mojo():
    n = 206
    s = subj(n)
    text = f"""## Reply ABOVE THIS LINE to add a comment ##

Ticket #2741836: {s}

Eva Postma commented:

Hi StoreDesk,

We looked at the photos from Groningen: the cash drawer (APG VB320-BL1616,
S/N 3204-2281974) clicks but does not release, so the solenoid has failed.
A replacement solenoid (part 320-SOL-24V) is on order and should arrive
Wednesday; our engineer will fit it the same day, between 14:00 and 16:00.

Until then the drawer can be opened with the manual key - the store has
the spare key in the office safe.

I've set the ticket to Pending while we wait for the part.

Status: Pending
Priority: High

View the ticket: https://rsnl.mojohelpdesk.com/mc/tickets/2741836

--
Eva Postma | RSNL Support | +31 30 799 1200
"""
    html = html_doc(f"""<p style="color:#aaaaaa;font-size:11px;">## Reply ABOVE THIS LINE to add a comment ##</p>
<p style="font-size:15px;"><a href="https://rsnl.mojohelpdesk.com/mc/tickets/2741836">Ticket #2741836</a>: {esc(s)}</p>
<p><b>Eva Postma</b> commented:</p>
<div style="padding-left:10px;border-left:2px solid #4aa3df;">
<p>Hi StoreDesk,</p>
<p>We looked at the photos from Groningen: the cash drawer (APG VB320-BL1616, S/N 3204-2281974) clicks but does not release, so the solenoid has failed. A replacement solenoid (part 320-SOL-24V) is on order and should arrive Wednesday; our engineer will fit it the same day, between 14:00 and 16:00.</p>
<p>Until then the drawer can be opened with the manual key - the store has the spare key in the office safe.</p>
<p>I've set the ticket to Pending while we wait for the part.</p>
</div>
<p style="font-size:12px;">Status: <b>Pending</b> &middot; Priority: <b>High</b></p>
<p style="font-size:12px;color:#888888;">Eva Postma | RSNL Support | +31 30 799 1200</p>""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "--==_mimepart_668b9d27c4f1a_2c3e1b")
    h = hdr("Eva Postma <support@rsnl.nl>", US, f"Re: {s} [#2741836]",
            "<668b9d27c45e2_2c3e1b37d8c91124@mojo-mailer-03.mail>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>")])
    write("09-mojo-update.eml", "2024-07-08 10:12:55", h, part,
          ("STORE-206", "2741836", "update", "agent comment, part on order, status Pending"), issue=n)


# ---------------------------------------------------------------------------
# 10 Faveo
# ---------------------------------------------------------------------------
def faveo():
    n = 207
    s = subj(n)
    html = ("<div>Hello,<br/><br/>\nThis message is regarding your ticket ID AAAB-0001-0452. We are changing the status "
            "of this ticket to 'Closed' as the issue appears to be resolved.<br/>\n<br/>\nThank you<br/>\n<br/>\n"
            "Kind regards,<br/>\nSofie Wouters<br/>RSNL Helpdesk Belgi&euml;<br/>+32 3 808 41 20</div>\n"
            "<div style=\"font-size:11px;color:#999999;\">You can check the status of this ticket at: "
            "<a href=\"https://helpdesk.rsnl.nl/show/AAAB-0001-0452\">https://helpdesk.rsnl.nl/show/AAAB-0001-0452</a></div>\n")
    part = leaf("text/html", html, cte="quoted-printable")
    h = hdr("RSNL Helpdesk <helpdesk@rsnl.nl>", US, f"[#AAAB-0001-0452] {s}",
            "<a7c1e43b9f2d8c61e0b5f3a2d4c6e8f1@helpdesk.rsnl.nl>",
            [("X-Mailer", "Faveo Helpdesk"), ("Auto-Submitted", "auto-generated")])
    write("10-faveo-closed.eml", "2024-07-10 15:48:30", h, part,
          ("STORE-207", "AAAB-0001-0452", "closed", "Faveo close_ticket template: status changed to Closed"), issue=n)


# ---------------------------------------------------------------------------
# 11 Teamwork Desk (Flemish agent)
# ---------------------------------------------------------------------------
def teamwork():
    n = 208
    s = subj(n)
    text = f"""Dag StoreDesk,

Bedankt voor de melding. Om te bepalen of we een technieker moeten sturen,
zou iemand in de winkel het volgende kunnen nakijken bij de self-checkout
(SCO 2, NCR 7350-R6, serienummer 63-99817204):

1. Brandt het blauwe lampje van de voeding achteraan in de kast?
2. Hoort u de ventilator draaien na het indrukken van de aan-knop?
3. Kan u een foto sturen van het scherm en van de kabels achteraan?

Zodra we dat weten, plannen we eventueel een bezoek in, wellicht donderdag.

Met vriendelijke groeten,

Wim Maes
RSNL Support Vlaanderen
T +32 3 808 41 20

--
Ticket #18736 - https://support.rsnl.nl/desk/tickets/18736/messages
Antwoord op deze e-mail om te reageren.

Op ma 8 jul. 2024 om 09:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:
""" + "\n".join("> " + l if l else ">" for l in sent_body(n).split("\n")) + "\n"
    html = html_doc("<div>" + "<br>\n".join(esc(l) for l in text.split("\n")) + "</div>",
                    style="font-family: Helvetica, Arial, sans-serif; font-size: 14px;")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "----=_NextPart_TWD_18736_0001")
    h = hdr("Wim Maes | RSNL Support <support@rsnl.nl>", US, f"Re: {s} [Ticket #18736]",
            "<tkt-18736-msg-88213045@desk.teamwork.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n))])
    write("11-teamworkdesk-update.eml", "2024-07-09 11:37:08", h, part,
          ("STORE-208", "18736", "update", "Flemish agent asks store to check PSU and send photo"), issue=n)


# ---------------------------------------------------------------------------
# 12-13 GLPI (French)
# ---------------------------------------------------------------------------
def glpi():
    n = 209
    s = subj(n)
    url = "https://glpi.rsnl.nl/index.php?redirect=ticket_2417&noAUTO=1"
    text = f"""URL : {url}

Description du ticket

 Titre : {s}
 Demandeurs :  StoreDesk
 Date d'ouverture : 09-07-2024 09:02
 Date de fermeture :
 Source de la demande : E-Mail
Éléments associés :

 Statut : Nouveau

 Urgence : Haute
 Impact : Moyen
 Priorité : Haute
 Email : helpdesk@ops.storedesk.example
 Catégorie : Réseau > Routeur magasin
 Description : {sent_body(n)}

 Nombre de suivis : 0

 Nombre de tâches : 0
"""
    span = '<span style="color: #8b8c8f; font-weight: bold; text-decoration: underline;">'
    desc = "<br />".join(esc(l) for l in sent_body(n).split("\n"))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>GLPI</title></head><body>
<div>URL : <a href="{url}">{url}</a></div>
<p class="description b"><strong>Description du ticket</strong></p>
<p>{span} Titre</span>&#160;:{esc(s)} <br /> {span} Demandeurs</span>&#160;: StoreDesk <br /> {span} Date d'ouverture</span>&#160;:09-07-2024 09:02 <br /> {span} Date de fermeture</span>&#160;: <br /> {span} Source de la demande</span>&#160;:E-Mail<br />
<br />{span} Éléments associés</span>&#160;:
<br /> {span}Statut </span>&#160;: Nouveau<br /> {span} Urgence</span>&#160;: Haute<br /> {span} Impact</span>&#160;: Moyen<br /> {span} Priorité</span>&#160;: Haute <br />{span} Email</span>&#160;: helpdesk@ops.storedesk.example <br />{span}Catégorie </span>&#160;:Réseau &gt; Routeur magasin <br /> {span} Description</span>&#160;: {desc}</p>
<div class="description b">Nombre de suivis&#160;: 0</div>
<div class="description b">Nombre de tâches&#160;: 0</div>
</body></html>
"""
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "b1_glpi_6d2f8a0c4e7b1935")
    h = hdr("Support RSNL France <glpi@rsnl.nl>", US, f"[GLPI #0002417] Nouveau ticket {s}",
            "<GLPI_5c1e2a7f9d3b-Ticket-2417/new.1720508564.1843920317@glpi.rsnl.nl>",
            [("Reply-To", "Support RSNL France <support-fr@rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
             ("In-Reply-To", mid(n)), ("References", mid(n))])
    write("12-glpi-ack-fr.eml", "2024-07-09 09:02:44", h, part,
          ("STORE-209", "0002417", "acknowledged", "GLPI 'Nouveau ticket'; empty 'Date de fermeture' is no event"), issue=n)

    text = f"""URL : {url}

Description du ticket

 Titre : {s}
 Demandeurs :  StoreDesk
 Date d'ouverture : 09-07-2024 09:02
 Date de fermeture : 16-07-2024 10:00
 Source de la demande : E-Mail
Éléments associés :
  Équipement réseau - RTR-LIL-01
   Numéro de série : FGL2418L0XK

 Attribué aux techniciens : Camille Lefèvre
 Statut : Clos
 Attribué aux groupes : Support Magasins France

 Urgence : Haute
 Impact : Moyen
 Priorité : Haute
 Email : helpdesk@ops.storedesk.example
 Catégorie : Réseau > Routeur magasin
 Description : {sent_body(n)}

 Date de résolution : 12-07-2024 15:41
 Type de solution : Remplacement matériel
 Solution : Le routeur du magasin (Cisco ISR 1111-4P) présentait une panne de l'alimentation interne. Il a été remplacé sur site par Camille Lefèvre (RMA Cisco 84412907) et la configuration restaurée depuis la sauvegarde du 08/07. Liaison WAN et VPN vérifiées, tous les voyants sont verts.

 Nombre de suivis : 2

 [10-07-2024 08:47] Privé : Non
 Auteur : Camille Lefèvre
 Description : Intervention planifiée le 12/07 à 08h00, routeur de remplacement commandé.
 Date : 10-07-2024 08:47
 Source de la demande : Helpdesk

 [12-07-2024 15:39] Privé : Non
 Auteur : Camille Lefèvre
 Description : Routeur remplacé, tests OK avec le responsable du magasin.
 Date : 12-07-2024 15:39
 Source de la demande : Helpdesk

 Nombre de tâches : 0
"""
    part = leaf("text/plain", text)
    h = hdr("Support RSNL France <glpi@rsnl.nl>", US, f"[GLPI #0002417] Clôture du ticket {s}",
            "<GLPI_5c1e2a7f9d3b-Ticket-2417/closed.1721116812.902117455@glpi.rsnl.nl>",
            [("Reply-To", "Support RSNL France <support-fr@rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
             ("In-Reply-To", "<GLPI_5c1e2a7f9d3b-Ticket-2417@glpi.rsnl.nl>"),
             ("References", "<GLPI_5c1e2a7f9d3b-Ticket-2417@glpi.rsnl.nl>")], mode="Q")
    write("13-glpi-closed-fr.eml", "2024-07-16 10:00:12", h, part,
          ("STORE-209", "0002417", "closed", "GLPI 'Clôture du ticket', Statut : Clos (solution dated 12-07)"), issue=n)


# ---------------------------------------------------------------------------
# 14 Re:amaze (Portuguese)
# ---------------------------------------------------------------------------
def reamaze():
    n = 210
    s = subj(n)
    body = """Olá,

O nosso técnico esteve hoje de manhã na loja de Santa Catarina. A célula de carga da balança do talho (Bizerba K-Class Flex, n.º de série 88412219) estava danificada; foi substituída e a balança foi recalibrada e verificada com pesos padrão de 2 kg e 5 kg.

A balança já está a pesar corretamente e a gerente de loja confirmou. A selagem metrológica foi refeita (certificado n.º MET-2024-07781), pelo que não é preciso fazer mais nada.

Com os melhores cumprimentos,
Rita Sousa
Apoio ao Cliente · RSNL Portugal
+351 22 010 4455"""
    text = body + """

--
Responda a este e-mail para continuar a conversa, ou veja-a em
https://suporte.rsnl.nl/conversations/store-210-scale-shows-wrong-weight-porto-santa-catarina
"""
    html = html_doc("<div>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) +
                    '</div>\n<hr style="border:none;border-top:1px solid #eeeeee;">\n'
                    '<p style="font-size:11px;color:#999999;">Responda a este e-mail para continuar a conversa, ou '
                    '<a href="https://suporte.rsnl.nl/conversations/store-210-scale-shows-wrong-weight-porto-santa-catarina">veja-a online</a>.'
                    ' &middot; Powered by Re:amaze</p>')
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "--==_mimepart_66910f5871e3b_1a2d5e")
    h = hdr("Rita Sousa | RSNL Portugal <suporte@rsnl.nl>", US, f"Re: {s}",
            "<conversation.4417823.message.19920466@reamaze.com>",
            [("Reply-To", "RSNL Portugal <suporte@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n))])
    write("14-reamaze-resolved-pt.eml", "2024-07-12 13:20:36", h, part,
          ("STORE-210", None, "resolved", "Portuguese agent: load cell replaced, scale weighs correctly; no ticket number"), issue=n)


# ---------------------------------------------------------------------------
# 15-16 Znuny (German)
# ---------------------------------------------------------------------------
def znuny():
    n = 211
    s = subj(n)
    tn = "2024071110000134"
    text = f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und
wurde unter der Ticketnummer {tn} erfasst.

Unser Serviceteam meldet sich innerhalb der vereinbarten Reaktionszeit
(Priorität hoch: 4 Stunden, Servicezeiten Mo.–Fr. 8–18 Uhr).

Bitte lassen Sie bei Rückfragen die Ticketnummer [Ticket#{tn}]
im Betreff stehen.

Mit freundlichen Grüßen

Ihr RSNL Service-Team DACH

--
RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln
Tel. +49 221 846 3390 · service@rsnl.nl
Amtsgericht Köln HRB 98231 · Geschäftsführer: Jeroen van Leeuwen
"""
    part = leaf("text/plain", text)
    h = hdr("RSNL Service DACH <service@rsnl.nl>", US,
            f"[Ticket#{tn}] RE: {s[:24]}[...]",
            "<1720681278.718341.846571023.6633.10@znuny.rsnl.nl>",
            [("In-Reply-To", mid(n)), ("References", mid(n)),
             ("X-Mailer", "Znuny Mail Service (6.5.x)"), ("X-Powered-By", "Znuny (https://www.znuny.org/)"),
             ("Auto-Submitted", "auto-replied"), ("X-Loop", "yes"), ("Precedence", "bulk")])
    write("15-znuny-ack-de.eml", "2024-07-11 09:01:18", h, part,
          ("STORE-211", tn, "acknowledged", "Znuny auto-response, subject truncated [24], ticket number date-checksum style"), issue=n)

    text = f"""Guten Tag,

wir konnten das Flackern am Kundendisplay (Epson DM-D70, SN X5JT012834) per
Fernwartung nachvollziehen. Das Display selbst ist defekt, das
Firmware-Update von gestern hat keine Besserung gebracht.

Ein Austauschgerät ist bestellt (Lieferschein 80044217). Unser Techniker
kommt am Dienstag, 16.07.2024, zwischen 8:00 und 10:00 Uhr vor
Ladenöffnung in die Filiale und tauscht das Gerät.

Bitte geben Sie der Filialleitung kurz Bescheid.

Mit freundlichen Grüßen

Jonas Becker
RSNL Service-Team DACH
Tel. +49 221 846 3391

11.07.2024 09:00 - StoreDesk schrieb:
""" + "\n".join("> " + l if l else ">" for l in sent_body(n).split("\n")) + "\n"
    part = leaf("text/plain", text, cte="8bit")
    h = hdr("Jonas Becker über RSNL Service DACH <service@rsnl.nl>", US,
            f"[Ticket#{tn}] Austausch Kundendisplay – Termin Dienstag",
            "<1720791230.104826.318205771.6633.10@znuny.rsnl.nl>",
            [("In-Reply-To", "<1720681278.718341.846571023.6633.10@znuny.rsnl.nl>"),
             ("References", mid(n) + "\n <1720681278.718341.846571023.6633.10@znuny.rsnl.nl>"),
             ("X-Mailer", "Znuny Mail Service (6.5.x)"), ("X-Powered-By", "Znuny (https://www.znuny.org/)")],
            mode="Q")
    write("16-znuny-update-de.eml", "2024-07-12 15:33:50", h, part,
          ("STORE-211", tn, "update", "agent changed subject (no STORE-211); ticket number from 15 and References; visit planned Tuesday"), issue=n)


# ---------------------------------------------------------------------------
# 17 Kustomer (Spanish auto-response)
# ---------------------------------------------------------------------------
def kustomer():
    n = 212
    s = subj(n)
    html = html_doc("""<div style="max-width:600px;margin:0 auto;padding:24px;">
<p>Hola,</p>
<p>¡Gracias por escribirnos! Hemos recibido tu mensaje y nuestro equipo de soporte te responderá lo antes posible, normalmente en menos de 24 horas laborables.</p>
<p>Nuestro horario de atención es de lunes a viernes, de 8:00 a 18:00 (hora peninsular). Si se trata de una avería urgente que impide vender, llámanos al <a href="tel:+34910482210">+34 910 48 22 10</a>.</p>
<p>Un saludo,<br>El equipo de Soporte de RSNL España</p>
<hr style="border:none;border-top:1px solid #e5e5e5;">
<p style="font-size:11px;color:#9a9a9a;">RSNL Iberia S.L. · Calle de Alcalá 155, 28009 Madrid · CIF B-87654321</p>
</div>""")
    part = leaf("text/html", html, cte="base64")
    h = hdr("Soporte RSNL <soporte@rsnl.nl>", US, f"Re: {s}",
            "<01J2J7QZ8X4M6T0K2W9BCRF3AD@mail.kustomerapp.com>",
            [("Reply-To", "Soporte RSNL <soporte@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n)),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    write("17-kustomer-ack-es.eml", "2024-07-12 09:00:47", h, part,
          ("STORE-212", None, "acknowledged", "Spanish thanks-for-contacting auto-response in our thread, no number"), issue=n)


# ---------------------------------------------------------------------------
# 18 4me / Xurrent
# ---------------------------------------------------------------------------
def fourme():
    n = 213
    s = subj(n)
    rows = [("Request", '<a href="https://rsnl.4me.com/self-service/requests/70482113">#70482113</a>'),
            ("Subject", esc(s)), ("Category", "Incident"), ("Impact", "Medium - Service degraded for several users"),
            ("Status", "Assigned"), ("Team", "Store Hardware NL"), ("Service", "Retail Handhelds")]
    html = html_doc(f"""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px;">
<p>Dear StoreDesk,</p>
<p>Your request has been registered by the RSNL Service Desk. You will be informed as soon as a specialist has picked it up.</p>
{table(rows)}
<p>You can check the progress of this request, or add a note, in <a href="https://rsnl.4me.com/self-service/requests/70482113">Self Service</a> or by replying to this e-mail.</p>
<p>Kind regards,<br>RSNL Service Desk</p>
<p style="font-size:11px;color:#999999;">Powered by Xurrent (formerly 4me)</p>
</td></tr></table>""")
    part = leaf("text/html", html)
    h = hdr("RSNL Service Desk <servicedesk@rsnl.nl>", US, f"Request #70482113 has been registered - {s}",
            "<request-70482113-note-1.3f9a1c@mail.4me.com>",
            [("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "All")])
    write("18-4me-ack.eml", "2024-07-13 09:02:33", h, part,
          ("STORE-213", "70482113", "acknowledged", "4me/Xurrent 'request has been registered'"), issue=n)


# ---------------------------------------------------------------------------
# 19, 25 Zendesk (Dutch triggers)
# ---------------------------------------------------------------------------
def zendesk_ack():
    n = 215
    s = subj(n)
    text = """##- Typ uw antwoord boven deze regel -##

Uw aanvraag (58213) is ontvangen en wordt beoordeeld door onze supportmedewerkers.

Als u opmerkingen wilt toevoegen, beantwoordt u deze e-mail.

Wij zijn op werkdagen bereikbaar van 08:00 tot 18:00 uur via +31 30 799 1200.

Uw aanvraag bekijken: https://support.rsnl.nl/hc/nl/requests/58213

--------------------------------
Dit e-mailbericht is een servicemelding met betrekking tot uw aanvraag bij RSNL Support.
Ontwikkeld door Zendesk

[8L5Q2R-0XWY]
"""
    html = html_doc("""<div style="color:#b5b5b5;">##- Typ uw antwoord boven deze regel -##</div>
<p dir="ltr">Uw aanvraag (58213) is ontvangen en wordt beoordeeld door onze supportmedewerkers.</p>
<p dir="ltr">Als u opmerkingen wilt toevoegen, beantwoordt u deze e-mail.</p>
<p dir="ltr">Wij zijn op werkdagen bereikbaar van 08:00 tot 18:00 uur via +31 30 799 1200.</p>
<p dir="ltr"><a href="https://support.rsnl.nl/hc/nl/requests/58213">Uw aanvraag bekijken</a></p>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee;">
Dit e-mailbericht is een servicemelding met betrekking tot uw aanvraag bij RSNL Support.
<a href="https://www.zendesk.nl/support/?utm_medium=poweredbyzendesk" style="color:black;">Ontwikkeld door Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="true">[8L5Q2R-0XWY]</span>""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "--==_mimepart_6694c8ea4e1b1_5f2c3fe4a1d9b7c0113ab")
    h = hdr("RSNL Support <support@rsnl.nl>", "StoreDesk <helpdesk@ops.storedesk.example>", f"[RSNL] Re: {s}",
            "<8L5Q2R0XWY_6694c8ea4b7f2_5f2c3fe4a1d9_sprut@zendesk.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n)),
             ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "b31fa07"),
             ("X-Zendesk-Email-Id", "01J2R6N9X2CK7W3PZ1TF5QGH8E"), ("Auto-Submitted", "auto-generated"),
             ("Content-Language", "nl")])
    write("19-zendesk-ack-nl.eml", "2024-07-15 09:01:06", h, part,
          ("STORE-215", "58213", "acknowledged", "Zendesk Dutch 'aanvraag ontvangen' trigger; [8L5Q2R-0XWY] is a threading token"), issue=n)


def zendesk_solved():
    n = 220
    s = subj(n)
    orig = sent_body(n)
    text = f"""##- Typ uw antwoord boven deze regel -##

Uw aanvraag (58760) is opgelost. Als u deze aanvraag opnieuw wilt openen, beantwoordt u deze e-mail.

Lotte Claes (RSNL Support)

23 jul. 2024 10:04 CEST

Goeiemorgen,

De keukenprinter (Epson TM-U220B, serienummer G3FK128834) had een defecte interfacekaart. Onze technieker heeft die vanochtend vervangen en er zijn testbonnen afgedrukt vanuit de kassa en vanuit het bestelsysteem. Alles werkt terug zoals het hoort.

Met vriendelijke groeten,
Lotte Claes
RSNL Support Vlaanderen

StoreDesk

20 jul. 2024 09:00 CEST

{orig}

--------------------------------
Dit e-mailbericht is een servicemelding met betrekking tot uw aanvraag bij RSNL Support.
Ontwikkeld door Zendesk

[Q7D4KM-2RJN]
"""
    def para(t):
        return "".join(f'<p dir="ltr">{esc(p).replace(chr(10), "<br>")}</p>' for p in t.split("\n\n"))
    agent = ("Goeiemorgen,\n\nDe keukenprinter (Epson TM-U220B, serienummer G3FK128834) had een defecte interfacekaart. "
             "Onze technieker heeft die vanochtend vervangen en er zijn testbonnen afgedrukt vanuit de kassa en vanuit het "
             "bestelsysteem. Alles werkt terug zoals het hoort.\n\nMet vriendelijke groeten,\nLotte Claes\nRSNL Support Vlaanderen")
    html = html_doc(f"""<div style="color:#b5b5b5;">##- Typ uw antwoord boven deze regel -##</div>
<p dir="ltr">Uw aanvraag (58760) is opgelost. Als u deze aanvraag opnieuw wilt openen, beantwoordt u deze e-mail.</p>
<div style="margin-top:25px;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5;">
<p style="font-size:15px;color:#1b1d1e;margin:0;"><strong>Lotte Claes</strong> (RSNL Support)</p>
<p style="font-size:13px;color:#bbbbbb;margin:0;">23 jul. 2024 10:04 CEST</p>
<div style="color:#2b2e2f;font-size:14px;margin:15px 0;">{para(agent)}</div>
</td></tr>
<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5;">
<p style="font-size:15px;color:#1b1d1e;margin:0;"><strong>StoreDesk</strong></p>
<p style="font-size:13px;color:#bbbbbb;margin:0;">20 jul. 2024 09:00 CEST</p>
<div style="color:#2b2e2f;font-size:14px;margin:15px 0;">{para(orig)}</div>
</td></tr></table></div>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee;">
Dit e-mailbericht is een servicemelding met betrekking tot uw aanvraag bij RSNL Support.
<a href="https://www.zendesk.nl/support/?utm_medium=poweredbyzendesk" style="color:black;">Ontwikkeld door Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="true">[Q7D4KM-2RJN]</span>""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "--==_mimepart_669f63fc8e2a1_3b8f2dc41689f1")
    h = hdr("RSNL Support <support@rsnl.nl>", "StoreDesk <helpdesk@ops.storedesk.example>", f"[RSNL] Re: {s}",
            "<Q7D4KM2RJN_669f63fc8b17d_3b8f2dc4168_sprut@zendesk.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"),
             ("In-Reply-To", "<Q7D4KM2RJN_669b6d3a1e0c4_3b8f2dc4168_sprut@zendesk.com>"),
             ("References", mid(n) + "\n <Q7D4KM2RJN_669b6d3a1e0c4_3b8f2dc4168_sprut@zendesk.com>"),
             ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "b31fa07"),
             ("X-Zendesk-Email-Id", "01J3F2WQ7S0V4N8HYM6D1KBZRC"), ("Content-Language", "nl")])
    write("25-zendesk-solved-nl.eml", "2024-07-23 10:05:48", h, part,
          ("STORE-220", "58760", "resolved", "Zendesk Dutch 'is opgelost' trigger with agent comment"), issue=n)


# ---------------------------------------------------------------------------
# 20 Freshdesk
# ---------------------------------------------------------------------------
def freshdesk():
    n = 216
    s = subj(n)
    html = html_doc(f"""<div>
<p>Dear StoreDesk,</p>
<p>Our Customer Support team has resolved your ticket <b>#71854</b> - {esc(s)}.</p>
<p><b>Status:</b> Pending &rarr; Resolved</p>
<p>Note from Daan Verhoeven: the fan tray of the store's core switch (Aruba 2930F 24G, serial SG04KW1123) had failed, which triggered the alarm. The fan tray was replaced on site this afternoon, the beeping has stopped and all 24 ports are up.</p>
<p>If you feel that the ticket has not been resolved to your satisfaction or you need additional assistance, please reply to this email within 72 hours to reopen the ticket.</p>
<p>You can view the ticket here: <a href="https://support.rsnl.nl/support/tickets/71854">https://support.rsnl.nl/support/tickets/71854</a></p>
<p>Sincerely,<br>RSNL Support Team</p>
</div>
<div style="font-size:11px;color:#999999;">RSNL B.V. &middot; Papendorpseweg 100 &middot; 3528 BJ Utrecht &middot; +31 30 799 1200</div>""")
    part = leaf("text/html", html)
    h = hdr("RSNL Support <support@rsnl.nl>", US, f"Ticket Resolved - [#71854] {s}",
            "<4f2c9e1a8b7d6c5e.71854.1721311822@email.freshdesk.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n)),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
             ("X-FD-Email-Category", "10"), ("X-FD-Account-Id", "1070093")])
    write("20-freshdesk-resolved.eml", "2024-07-18 16:10:22", h, part,
          ("STORE-216", "71854", "resolved", "Freshdesk status change Pending -> Resolved"), issue=n)


# ---------------------------------------------------------------------------
# 21-22 HESK
# ---------------------------------------------------------------------------
def hesk():
    n = 217
    s = subj(n)
    tid = "8ZT-RWM-5N4K"
    url = f"https://helpdesk.rsnl.nl/hesk/ticket.php?track={tid}&e=helpdesk%40ops.storedesk.example"
    text = f"""------ Reply above this line ------

Dear StoreDesk,

Your support ticket "{s}" has been submitted.

We will try to respond to your ticket as soon as possible, depending on the volume of tickets we receive.

Ticket tracking ID: {tid}

You can view the status of your ticket here:
{url}

You will be notified via email when a reply is posted to your ticket.

IMPORTANT: when replying to this email, please leave the tracking ID in the subject line.

Sincerely,

RSNL Helpdesk
https://www.rsnl.nl
"""
    part = leaf("text/plain", text, cte="8bit")
    h = hdr("RSNL Helpdesk <noreply@helpdesk.rsnl.nl>", "helpdesk@ops.storedesk.example",
            f"[#{tid}] Ticket received: {s}",
            "<b3c9f1d7e2a84c06a5d1e0f7c3b2a198@helpdesk.rsnl.nl>",
            [("Reply-To", "RSNL Helpdesk <support@helpdesk.rsnl.nl>"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
             ("Auto-Submitted", "auto-generated")])
    write("21-hesk-ack.eml", "2024-07-17 09:00:12", h, part,
          ("STORE-217", tid, "acknowledged", "HESK 'Ticket received', tracking ID with dashes"), issue=n)

    text = f"""------ Reply above this line ------

Dear StoreDesk,

We have just replied to your ticket "{s}".

Message:

Hello,

From the photos it looks like the store is using 80 mm rolls with a 25 mm
core. The Epson TM-T88VI in Eindhoven needs 80 x 80 mm rolls with a 12 mm
core; the thicker core makes the roll sit crooked and the paper jams at the
cutter. Could you ask the store to try a roll from the box we delivered on
2 July (delivery note 24-0719)?

If it still jams with the correct rolls we will send a new paper guide
(part TM88-PG-02) and, if needed, an engineer.

Best regards,
Niels Kok
RSNL Helpdesk


To read the message, submit replies and view details, please visit:
{url}

Sincerely,

RSNL Helpdesk
https://www.rsnl.nl
"""
    part = leaf("text/plain", text, cte="8bit")
    h = hdr("RSNL Helpdesk <noreply@helpdesk.rsnl.nl>", "helpdesk@ops.storedesk.example",
            f"[#{tid}] New reply to: {s}",
            "<0e9a7c2d4f1b46b8923c5e7d1a0f6b34@helpdesk.rsnl.nl>",
            [("Reply-To", "RSNL Helpdesk <support@helpdesk.rsnl.nl>"), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
    write("22-hesk-reply.eml", "2024-07-17 13:44:39", h, part,
          ("STORE-217", tid, "update", "HESK staff reply asks store to try correct paper rolls"), issue=n)


# ---------------------------------------------------------------------------
# 23, 35 osTicket
# ---------------------------------------------------------------------------
def osticket_ack():
    n = 218
    html = """<h3><strong>Dear StoreDesk,</strong></h3>
<p>
A request for support has been created and assigned #413907.
A representative will follow-up with you as soon as possible. You can
<a href="https://support.rsnl.nl/view.php?t=413907&amp;a=4d2x9kq1">view this ticket's progress
online</a>.
</p>
<br>
<div style="color: rgb(127, 127, 127)">
Your RSNL Support Team,
<br>
RSNL B.V. - Store Systems Support<br>+31 30 799 1200
</div>
<hr>
<div style="color: rgb(127, 127, 127); font-size: small; "><em>If you
wish to provide additional comments or information regarding the issue,
please reply to this email or <a href="https://support.rsnl.nl/view.php?t=413907&amp;a=4d2x9kq1"><span
style="color: rgb(84, 141, 212);" >login to your account</span></a> for
a complete archive of your support requests.</em></div>
"""
    text = """Dear StoreDesk,

A request for support has been created and assigned #413907. A
representative will follow-up with you as soon as possible. You can view
this ticket's progress online [1].

Your RSNL Support Team,
RSNL B.V. - Store Systems Support
+31 30 799 1200
-------------------------------------------------------------------------

If you wish to provide additional comments or information regarding the
issue, please reply to this email or login to your account [1] for a
complete archive of your support requests.

[1] https://support.rsnl.nl/view.php?t=413907&a=4d2x9kq1
"""
    part = multi("alternative", [leaf("text/plain", text, cte="quoted-printable"), leaf("text/html", html)],
                 "=_5f3c9a1e0b2d7c48e6a14f90d3b2c7e1")
    h = hdr("RSNL Support <support@rsnl.nl>", "StoreDesk <helpdesk@ops.storedesk.example>",
            "Support Ticket Opened [#413907]",
            "<Rz8mK2vQ9xLw-3TfB7nJpa0c4dEe5uYh@support.rsnl.nl>",
            [("In-Reply-To", mid(n)), ("References", mid(n)), ("X-Mailer", "osTicket Mailer"),
             ("Precedence", "auto_reply"), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "ALL, AutoReply")])
    write("23-osticket-ack.eml", "2024-07-18 09:01:40", h, part,
          ("STORE-218", "413907", "acknowledged", "osTicket autoresponse, our subject dropped; threaded only by In-Reply-To"), issue=n)


def osticket_other():
    html = """<h3><strong>Dear Marloes Visser,</strong></h3>
<p>Our customer care team has created a ticket, <a href="https://support.rsnl.nl/view.php?t=413952&amp;a=p0w7hs3m">#413952</a> on your behalf, with the following details and summary:</p>
<br>
<p><strong>Topic:</strong> Koeling / Vitrines<br>
<strong>Subject:</strong> Koelvitrine 3 geeft temperatuuralarm — Jumbo Zwolle Centrum</p>
<br>
<p>Koelvitrine 3 (zuivel) geeft sinds vanochtend 06:30 alarm, temperatuur loopt op naar 9 °C. Monteur ingepland voor vandaag 14:00-16:00.</p>
<br>
<p>If need be, a representative will follow-up with you as soon as possible. You can also <a href="https://support.rsnl.nl/view.php?t=413952&amp;a=p0w7hs3m">view this ticket's progress online</a>.</p>
<br>
<div style="color: rgb(127, 127, 127);">Your RSNL Support Team,<br>RSNL B.V. - Store Systems Support<br>+31 30 799 1200</div>
<hr>
<div style="color: rgb(127, 127, 127); font-size: small;"><em>If you wish to provide additional comments or information regarding the issue, please reply to this email or <a href="https://support.rsnl.nl/view.php?t=413952&amp;a=p0w7hs3m"><span style="color: rgb(84, 141, 212);">login to your account</span></a> for a complete archive of your support requests.</em></div>
"""
    part = leaf("text/html", html)
    h = hdr("RSNL Support <support@rsnl.nl>", "Marloes Visser <m.visser@jumbo-zwolle.example>",
            "Koelvitrine 3 geeft temperatuuralarm — Jumbo Zwolle Centrum [#413952]",
            "<Yp2wN8cVt5Qa-9KrD1mLse6f0gHi3oZx@support.rsnl.nl>",
            [("Cc", "StoreDesk <helpdesk@ops.storedesk.example>"), ("X-Mailer", "osTicket Mailer"),
             ("Auto-Submitted", "auto-generated")])
    write("35-osticket-othercustomer.eml", "2024-08-06 14:12:09", h, part,
          (None, None, "ignore", "another customer's ticket (Jumbo Zwolle), we are only Cc'd"))


# ---------------------------------------------------------------------------
# 24 Exchange out-of-office of an RSNL person
# ---------------------------------------------------------------------------
def ooo():
    n = 219
    s = subj(n)
    text = """Bedankt voor je bericht.

Ik ben met verlof tot en met maandag 5 augustus en lees mijn mail niet.
Voor dringende zaken kan je terecht bij support@rsnl.nl of +32 3 808 41 20.

Met vriendelijke groeten,
Bram Peeters
Field Engineer Payments - RSNL Belgium
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt;">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")) +
            "</div></div></body></html>\n")
    part = multi("alternative", [leaf("text/plain", text, cte="quoted-printable"), leaf("text/html", html)],
                 "_000_AM9PR07MB71468E2C5F0D4A1B3C6E9F2AAM9PR07MB7146eurp_")
    h = hdr("Bram Peeters <bram.peeters@rsnl.nl>", "StoreDesk <helpdesk@ops.storedesk.example>",
            "Automatisch antwoord: " + s,
            "<AM9PR07MB71468E2C5F0D4A1B3C6E9F2AAM9PR07MB7146@AM9PR07MB7146.eurprd07.prod.outlook.com>",
            [("Thread-Topic", ew(s)), ("Thread-Index", "AQHa2c9Lk3vV0Yx7QkOe2F1p9bRw8g=="),
             ("In-Reply-To", mid(n)), ("References", mid(n)),
             ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "bram.peeters@rsnl.nl"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("Content-Language", "nl-BE")])
    write("24-exchange-ooo-nl.eml", "2024-07-19 11:02:17", h, part,
          (None, None, "ignore", "out-of-office of an RSNL engineer in our thread"), issue=n)


# ---------------------------------------------------------------------------
# 26-27 EasyVista (French, windows-1252)
# ---------------------------------------------------------------------------
def easyvista():
    n = 221
    s = subj(n)
    ref = "I240721_000318"
    rows = [("Référence", ref), ("Objet", esc(s)), ("Date d'enregistrement", "21/07/2024 09:04"),
            ("Catégorie", "Vidéosurveillance &gt; Enregistreur"), ("Priorité", "2 - Haute"),
            ("Statut", "En attente de prise en charge"), ("Groupe", "Support Magasins France")]
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family: Verdana, Arial, sans-serif; font-size: 12px;">
<table width="650" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#e30613;color:#ffffff;padding:10px 14px;font-size:15px;"><b>RSNL - Centre de services</b></td></tr>
<tr><td style="padding:14px;">
<p>Bonjour,</p>
<p>Nous accusons réception de votre demande, enregistrée sous la référence <b>{ref}</b>. Elle sera traitée dans les meilleurs délais par nos équipes.</p>
{table(rows)}
<p>Vous pouvez suivre l'avancement de votre demande depuis notre portail :<br>
<a href="https://rsnl.easyvista.com/s/RSNL/portail/demande?ref={ref}">https://rsnl.easyvista.com/s/RSNL/portail/demande?ref={ref}</a></p>
<p>Pour tout complément d'information, répondez à ce message en conservant la référence dans l'objet.</p>
<p>Cordialement,<br>Le Centre de services RSNL France<br>Tél. : +33 3 20 55 81 90</p>
</td></tr>
<tr><td style="padding:8px 14px;font-size:10px;color:#888888;">Ce message est généré automatiquement, merci de ne pas modifier l'objet.</td></tr>
</table></body></html>
"""
    part = leaf("text/html", html, charset="windows-1252")
    h = hdr("Centre de services RSNL <servicedesk-fr@rsnl.nl>", US,
            f"Demande {ref} enregistrée - {s}",
            "<EV.20240721070415.I240721000318.58123@easyvista.rsnl.nl>",
            [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], cs="windows-1252", mode="Q")
    write("26-easyvista-ack-fr.eml", "2024-07-21 09:04:15", h, part,
          ("STORE-221", ref, "acknowledged", "EasyVista accusé de réception, windows-1252"), issue=n)

    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family: Verdana, Arial, sans-serif; font-size: 12px;">
<table width="650" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#e30613;color:#ffffff;padding:10px 14px;font-size:15px;"><b>RSNL - Centre de services</b></td></tr>
<tr><td style="padding:14px;">
<p>Bonjour,</p>
<p>Nous vous informons que votre demande n° <b>{ref}</b> a été résolue le 25/07/2024 à 16:28.</p>
<p><b>Solution apportée :</b><br>
Le disque de l'enregistreur (Hikvision DS-7608NI-K2, n° de série J01234567) était saturé et l'écrasement automatique était désactivé. Nous avons réactivé l'écrasement, limité la durée de conservation à 30 jours conformément à la politique vidéoprotection, et ajouté un disque de 4 To (bon de livraison 2024-FR-11873). L'enregistrement est de nouveau actif sur les 8 caméras.</p>
<p>Si la solution ne vous convient pas, vous pouvez répondre à ce message dans un délai de 5 jours ouvrés. Passé ce délai, votre demande sera clôturée automatiquement.</p>
<p>Suivi : <a href="https://rsnl.easyvista.com/s/RSNL/portail/demande?ref={ref}">votre demande sur le portail</a></p>
<p>Cordialement,<br>Le Centre de services RSNL France<br>Tél. : +33 3 20 55 81 90</p>
</td></tr></table></body></html>
"""
    part = leaf("text/html", html, charset="windows-1252")
    h = hdr("Centre de services RSNL <servicedesk-fr@rsnl.nl>", US,
            f"Votre demande {ref} a été résolue",
            "<EV.20240725143002.I240721000318.61207@easyvista.rsnl.nl>",
            [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")], cs="windows-1252", mode="Q")
    write("27-easyvista-resolved-fr.eml", "2024-07-25 16:30:02", h, part,
          ("STORE-221", ref, "resolved", "only the EasyVista ref from 26; 'a été résolue', closure later"), issue=n)


# ---------------------------------------------------------------------------
# 28, 30 Jira Service Management (Portuguese, Spanish)
# ---------------------------------------------------------------------------
def jsm(n, key, when, tz, lang, lines, name, expect, msgid, irt):
    s = subj(n)
    if lang == "pt":
        top, view, off, powered, status = ("Responda acima desta linha.", "Ver pedido",
                                            "Desativar as notificações deste pedido",
                                            "Enviado por Jira Service Management", lines[0])
    else:
        top, view, off, powered, status = ("Responda por encima de esta línea.", "Ver solicitud",
                                            "Desactivar las notificaciones de esta solicitud",
                                            "Con la tecnología de Jira Service Management", lines[0])
    body = lines[1]
    url = f"https://soporte.rsnl.nl/servicedesk/customer/portal/3/{key}"
    text = f"""—-—-—-—

{top}

{status}

{body}

{view}: {url}
{off}: {url}/unsubscribe

{powered}
"""
    html = html_doc(f"""<div style="color:#8993a4;font-size:12px;">&mdash;-&mdash;-&mdash;-&mdash;<br>{esc(top)}</div>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top:16px;"><tr><td>
<p style="font-size:14px;">{esc(status)}</p>
<div style="border-left:2px solid #dfe1e6;padding-left:12px;">{''.join(f'<p>{esc(p).replace(chr(10), "<br>")}</p>' for p in body.split(chr(10) + chr(10)))}</div>
<p style="font-size:12px;"><a href="{url}">{esc(view)}</a> &middot; <a href="{url}/unsubscribe">{esc(off)}</a></p>
<p style="font-size:11px;color:#8993a4;">{esc(powered)}</p>
</td></tr></table>""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], f"----=_Part_{key.replace('-', '')}_1987")
    h = hdr("RSNL Soporte <soporte@rsnl.nl>" if lang == "es" else "RSNL Suporte <suporte@rsnl.nl>", US,
            f"{key} {s}", msgid,
            [("Reply-To", "soporte@rsnl.nl" if lang == "es" else "suporte@rsnl.nl"),
             ("In-Reply-To", irt), ("References", irt),
             ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("X-JIRA-FingerPrint", "3d1f7ab8c0e94f5a2e6b9c4d7a8f1e02")])
    write(name, when, h, part, expect, tz=tz, issue=n)


def jsm_all():
    jsm(222, "SUP-1877", "2024-07-26 11:11:26", 1, "pt",
        ("Ana Ferreira resolveu este pedido. Estado: Resolvido",
         "Bom dia,\n\nO técnico recalibrou o ecrã táctil da Caixa 1 (Toshiba TCx 700, n.º de série 4T0-55391B) e atualizou o driver do touch para a versão 5.2.1. Testámos com a loja e os toques já correspondem ao ponto certo no ecrã.\n\nO problema ficou resolvido. Se voltar a acontecer basta responder a este e-mail.\n\nCumprimentos,\nAna Ferreira\nRSNL Portugal · +351 22 010 4455"),
        "28-jsm-resolved-pt.eml",
        ("STORE-222", "SUP-1877", "resolved", "JSM Portuguese customer notification, status Resolvido"),
        "<JIRA.48215.1721988686000.2207.1721988686412@Atlassian.JIRA>",
        "<JIRA.48215.1721642512000@Atlassian.JIRA>")
    jsm(224, "SUP-1842", "2024-07-25 12:48:03", 2, "es",
        ("Carlos Ruiz ha comentado:",
         "Hola,\n\nHemos revisado el punto de acceso de las etiquetas electrónicas (SES-imagotag AP 4.0, n.º de serie AP40-7712053): perdió la configuración tras el corte de luz del lunes y las etiquetas se quedaron sin sincronizar.\n\nMañana, viernes 26 de julio, un técnico pasará por Preciados a las 7:30, antes de la apertura, para reconfigurarlo y forzar la resincronización de las 3.400 etiquetas. Seguimos con la incidencia abierta hasta confirmarlo con la tienda.\n\nUn saludo,\nCarlos Ruiz\nRSNL España · +34 910 48 22 10"),
        "30-jsm-update-es.eml",
        ("STORE-224", "SUP-1842", "update", "JSM Spanish comment: visit planned, still open"),
        "<JIRA.48190.1721904483000.1874.1721904483157@Atlassian.JIRA>",
        "<JIRA.48190.1721814062000@Atlassian.JIRA>")


# ---------------------------------------------------------------------------
# 29, 32 ServiceNow (German closed, Dutch resolved)
# ---------------------------------------------------------------------------
def servicenow():
    n = 223
    s = subj(n)
    html = html_doc(f"""<div style="font-family: Arial, Helvetica, sans-serif; font-size:10pt;">
<p>Sehr geehrte Damen und Herren,</p>
<p>Ihre Störung <b>INC0103377</b> wurde geschlossen.</p>
{table([("Nummer", "INC0103377"), ("Kurzbeschreibung", esc(s)), ("Status", "Geschlossen"),
        ("Lösungscode", "Gelöst (dauerhafte Lösung)"), ("Gelöst am", "29.07.2024 14:12:55"),
        ("Geschlossen am", "02.08.2024 03:00:38"), ("Zuweisungsgruppe", "Netzwerk DACH")])}
<p><b>Lösungsnotizen:</b> Das IPsec-Zertifikat der Filiale Schildergasse war am 22.07. abgelaufen. Das Zertifikat wurde erneuert und auf der Firewall (FortiGate 60F, SN FGT60FTK2109B31) eingespielt; der Tunnel zur Zentrale ist seit dem 29.07. stabil.</p>
<p>Falls das Problem erneut auftritt, erstellen Sie bitte eine neue Störungsmeldung.</p>
<p>Klicken Sie hier, um die Störung anzuzeigen: <a href="https://rsnl.service-now.com/sp?id=ticket&amp;table=incident&amp;sys_id=6c1f0e2d1b8f4250a7e3d9c4f08b9a21">INC0103377</a></p>
<p>Vielen Dank<br>RSNL IT-Service DACH</p>
<p style="font-size:8pt;color:#999999;">Ref:MSG4471902_Xq8kTz3bP1sL0mWc7Rd</p>
</div>""")
    part = leaf("text/html", html)
    h = hdr("RSNL IT-Service <servicenow@rsnl.nl>", US, "Störung INC0103377 wurde geschlossen",
            "<1227483.5133.1722560441190@app135092.ams201.service-now.com>",
            [("X-ServiceNow-Generated", "true"), ("X-ServiceNow-Source", "Notification-a1b2c3d4e5f60718293a4b5c6d7e8f90"),
             ("X-ServiceNow-SysEmail-Version", "2"), ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
             ("X-Auto-Response-Suppress", "All")], mode="Q")
    write("29-servicenow-closed-de.eml", "2024-08-02 03:00:41", h, part,
          ("STORE-223", "INC0103377", "closed", "ServiceNow German closure; short description holds our subject"), issue=n)

    n = 226
    s = subj(n)
    text = f"""Geachte heer/mevrouw,

Uw incident INC0102934 is opgelost.

Korte beschrijving: {s}
Status: Opgelost
Oplossingscode: Opgelost (tijdelijke oplossing / configuratie)
Opgelost door: Sanne Vermeulen
Opgelost op: 29-07-2024 14:53:41

Oplossingsnotities:
De scanner (Honeywell Voyager 1450g, serienummer 21078B4417) stond na een
firmware-reset in de modus USB-COM in plaats van USB HID-toetsenbord. Met de
programmeerbarcode uit KB0012873 is de scanner teruggezet; de winkel heeft
bevestigd dat scannen aan kassa 4 weer werkt.

Bent u het niet eens met deze oplossing, reageer dan binnen 3 werkdagen op
deze e-mail om het incident te heropenen. Daarna wordt het incident
automatisch gesloten.

Klik hier om het incident te bekijken:
https://rsnl.service-now.com/sp?id=ticket&table=incident&sys_id=0f8e2c1a9b3d4e57a6c1d0b2e3f4a5b6

Met vriendelijke groet,
RSNL IT Service Desk

Ref:MSG4469315_Lm2Qa9Tz7Vx0Pk4Bs1Rw
"""
    part = leaf("text/plain", text)
    h = hdr("RSNL IT Service Desk <servicenow@rsnl.nl>", US, "Incident INC0102934 is opgelost",
            "<1226017.4890.1722257730552@app135092.ams201.service-now.com>",
            [("X-ServiceNow-Generated", "true"), ("X-ServiceNow-Source", "Notification-f09e8d7c6b5a41302f1e0d9c8b7a6f54"),
             ("X-ServiceNow-SysEmail-Version", "2"), ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")])
    write("32-servicenow-resolved-nl.eml", "2024-07-29 14:55:30", h, part,
          ("STORE-226", "INC0102934", "resolved", "ServiceNow Dutch 'is opgelost'; KB0012873 is an article, auto-close later"), issue=n)


# ---------------------------------------------------------------------------
# 31 Groove
# ---------------------------------------------------------------------------
def groove():
    n = 225
    s = subj(n)
    text = """Hi there,

Thanks for flagging this. The alarm on the UPS in the server cupboard (APC
Smart-UPS SMT1500RMI2U, serial AS1932241187) is the "replace battery" alert -
the self-test failed this morning according to the management card.

We're shipping a replacement battery cartridge (APCRBC133) today; it should
reach Amsterdam Centraal on Monday and our engineer Yusuf will swap it the
same afternoon. The UPS keeps running in the meantime, so please don't switch
it off or unplug it to silence it - the alarm can be muted with the ESC
button on the front panel.

I'll keep this conversation open until the battery has been replaced.

Cheers,
Dennis Kuipers
RSNL Support
+31 30 799 1200
"""
    html = '<div style="font-family: -apple-system, Helvetica, Arial, sans-serif; font-size: 14px;">' + \
        "".join(f"<p>{esc(p).replace(chr(10), ' ')}</p>" for p in text.strip().split("\n\n")) + "</div>\n"
    html += ('<div style="font-size:11px;color:#a0a0a0;border-top:1px solid #eeeeee;margin-top:20px;padding-top:8px;">'
             'On Thu, Jul 25, 2024 at 9:00 AM, StoreDesk &lt;helpdesk@ops.storedesk.example&gt; wrote:</div>'
             '<blockquote style="margin:0 0 0 6px;border-left:2px solid #dddddd;padding-left:8px;color:#666666;">'
             + "<br>".join(esc(l) for l in sent_body(n).split("\n")) + "</blockquote>\n")
    quoted = "\n\nOn Thu, Jul 25, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n" + \
        "\n".join("> " + l if l else ">" for l in sent_body(n).split("\n")) + "\n"
    part = multi("alternative", [leaf("text/plain", text + quoted), leaf("text/html", html)], "groove-alt-66a35c1b9e")
    h = hdr("Dennis Kuipers <support@rsnl.nl>", "StoreDesk <helpdesk@ops.storedesk.example>", f"Re: {s}",
            "<ticket-7fa31c2e.reply-2@inbox.groovehq.com>",
            [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("In-Reply-To", mid(n)), ("References", mid(n))])
    write("31-groove-update.eml", "2024-07-26 10:20:59", h, part,
          ("STORE-225", None, "update", "agent: battery shipped, swap Monday, kept open; no ticket number"), issue=n)


# ---------------------------------------------------------------------------
# 33 Request Tracker
# ---------------------------------------------------------------------------
def rt():
    n = 227
    s = subj(n)
    text = """According to our records, your request has been resolved. If you have any
further questions or concerns, please respond to this message.
"""
    part = leaf("text/plain", text, cte="8bit", quote_cs=True)
    h = hdr("\"Karin Visser via RT\" <support@rsnl.nl>", "helpdesk@ops.storedesk.example",
            f"[rsnl.nl #41876] Resolved: {s}",
            "<rt-5.0.5-41876-1722325260-1377.41876-5-0@rsnl.nl>",
            [("Reply-To", "support@rsnl.nl"), ("In-Reply-To", mid(n)),
             ("References", f"<RT-Ticket-41876@rsnl.nl>\n {mid(n)}"),
             ("Precedence", "bulk"), ("X-RT-Loop-Prevention", "rsnl.nl"), ("RT-Ticket", "rsnl.nl #41876"),
             ("Managed-BY", "RT 5.0.5 (Request Tracker)"), ("RT-Originator", "k.visser@rsnl.nl"),
             ("X-RT-Original-Encoding", "utf-8"), ("Content-Language", "en")])
    write("33-rt-resolved.eml", "2024-07-30 09:41:00", h, part,
          ("STORE-227", "41876", "resolved", "RT default Resolved template, subject tag [rsnl.nl #41876]"), issue=n)


# ---------------------------------------------------------------------------
# 34 Delivery failure
# ---------------------------------------------------------------------------
def bounce():
    n = 228
    orig = (HERE.parent / "sent" / f"store-{n}.eml").read_bytes().decode("utf-8").replace("\r\n", "\n")
    orig_headers = orig.split("\n\n", 1)[0]
    notice = """This is the mail system at host mx1.rsnl.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<field.denhaag@rsnl.nl> (expanded from <support@rsnl.nl>): host
    mailstore02.rsnl.nl[10.20.4.12] said: 550 5.1.1 <field.denhaag@rsnl.nl>:
    Recipient address rejected: User unknown in virtual mailbox table (in
    reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.rsnl.nl
X-Postfix-Queue-ID: 4WGk7m2Q1Fz9vKp
X-Postfix-Sender: rfc822; helpdesk@ops.storedesk.example
Arrival-Date: Sun, 28 Jul 2024 09:00:03 +0200 (CEST)

Final-Recipient: rfc822; field.denhaag@rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore02.rsnl.nl
Diagnostic-Code: smtp; 550 5.1.1 <field.denhaag@rsnl.nl>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice.encode()),
             (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn.encode()),
             (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
              (orig_headers + "\n").encode("utf-8"))]
    part = multi("report", parts, "4WGk7m2Q1Fz9vKp.1722150007/mx1.rsnl.nl", params=" report-type=delivery-status;",
                 preamble="This is a MIME-encapsulated message.")
    h = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.rsnl.nl (Mail Delivery System)"),
         ("To", "helpdesk@ops.storedesk.example"), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", None), ("Message-ID", "<20240728070007.6B1C21A0F3@mx1.rsnl.nl>"),
         ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    write("34-postfix-bounce.eml", "2024-07-28 09:00:07", h, part,
          (None, None, "ignore", "delivery failure of our STORE-228 mail to one list member"), issue=n)


# ---------------------------------------------------------------------------
# 36 Newsletter
# ---------------------------------------------------------------------------
def newsletter():
    text = """RSNL Servicenieuws - augustus 2024
===================================

Beste klant,

1. Nieuwe firmware voor PIN-terminals (versie 4.2.7)
Vanaf maandag 19 augustus rollen we firmware 4.2.7 uit op alle Ingenico
Move/5000 en Lane/3000 terminals. De update gebeurt 's nachts automatisch;
de terminal moet aan blijven staan. Meer info: https://www.rsnl.nl/kb/pin-427

2. Zomeronderhoud klantportaal
Op zaterdag 24 augustus van 22:00 tot zondag 02:00 is het klantportaal niet
bereikbaar. Storingen melden kan in die tijd via +31 30 799 1200.

3. Tip: vermeld altijd het serienummer
Wie bij een melding meteen het serienummer van het apparaat doorgeeft, is
gemiddeld 40 minuten sneller geholpen.

Met vriendelijke groet,
Team RSNL

--
U ontvangt deze nieuwsbrief omdat helpdesk@ops.storedesk.example klant is bij RSNL.
Afmelden: https://news.rsnl.nl/u/0c9e7a1b3f?l=nl
RSNL B.V. - Papendorpseweg 100 - 3528 BJ Utrecht - KvK 30212345
"""
    html = html_doc("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00457c;color:#ffffff;padding:20px;font-size:22px;">RSNL Servicenieuws &middot; augustus 2024</td></tr>
<tr><td style="padding:20px;">
<p>Beste klant,</p>
<h3>1. Nieuwe firmware voor PIN-terminals (versie 4.2.7)</h3>
<p>Vanaf maandag 19 augustus rollen we firmware 4.2.7 uit op alle Ingenico Move/5000 en Lane/3000 terminals. De update gebeurt 's nachts automatisch; de terminal moet aan blijven staan. <a href="https://news.rsnl.nl/c/0c9e7a1b3f/1">Meer info</a></p>
<h3>2. Zomeronderhoud klantportaal</h3>
<p>Op zaterdag 24 augustus van 22:00 tot zondag 02:00 is het klantportaal niet bereikbaar. Storingen melden kan in die tijd via +31 30 799 1200.</p>
<h3>3. Tip: vermeld altijd het serienummer</h3>
<p>Wie bij een melding meteen het serienummer van het apparaat doorgeeft, is gemiddeld 40 minuten sneller geholpen.</p>
<p>Met vriendelijke groet,<br>Team RSNL</p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888888;">U ontvangt deze nieuwsbrief omdat helpdesk@ops.storedesk.example klant is bij RSNL. <a href="https://news.rsnl.nl/u/0c9e7a1b3f?l=nl">Afmelden</a><br>RSNL B.V. &middot; Papendorpseweg 100 &middot; 3528 BJ Utrecht &middot; KvK 30212345</td></tr>
</table>
<img src="https://news.rsnl.nl/o/0c9e7a1b3f.gif" width="1" height="1" alt="">""")
    part = multi("alternative", [leaf("text/plain", text), leaf("text/html", html)], "=-nws-20240814-0c9e7a1b3f")
    h = hdr("RSNL Nieuws <nieuwsbrief@news.rsnl.nl>", "helpdesk@ops.storedesk.example",
            "RSNL Servicenieuws augustus: nieuwe PIN-firmware en zomeronderhoud portal",
            "<20240814080000.0c9e7a1b3f.4417@news.rsnl.nl>",
            [("Reply-To", "RSNL Nieuws <noreply@news.rsnl.nl>"), ("Precedence", "bulk"),
             ("List-Id", "RSNL Servicenieuws <servicenieuws.news.rsnl.nl>"),
             ("List-Unsubscribe", "<https://news.rsnl.nl/u/0c9e7a1b3f?l=nl>,\n <mailto:unsubscribe@news.rsnl.nl?subject=0c9e7a1b3f>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign", "servicenieuws-2024-08"),
             ("Feedback-ID", "2024-08:servicenieuws:rsnl")])
    write("36-rsnl-newsletter-nl.eml", "2024-08-14 10:00:00", h, part,
          (None, None, "ignore", "rsnl.nl mailing-list newsletter, not threaded"))


def main():
    for p in HERE.glob("*.eml"):
        p.unlink()
    halo()            # 01-03
    vivantio()        # 04
    swsd()            # 05-06
    matrix42()        # 07
    issuetrak()       # 08
    mojo()            # 09
    faveo()           # 10
    teamwork()        # 11
    glpi()            # 12-13
    reamaze()         # 14
    znuny()           # 15-16
    kustomer()        # 17
    fourme()          # 18
    zendesk_ack()     # 19
    freshdesk()       # 20
    hesk()            # 21-22
    osticket_ack()    # 23
    ooo()             # 24
    zendesk_solved()  # 25
    easyvista()       # 26-27
    jsm_all()         # 28, 30
    servicenow()      # 29, 32
    groove()          # 31
    rt()              # 33
    bounce()          # 34
    osticket_other()  # 35
    newsletter()      # 36
    EXPECTED.sort(key=lambda e: e["file"])
    with open(HERE / "expected.jsonl", "w", encoding="utf-8") as f:
        for e in EXPECTED:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(EXPECTED), "messages")


if __name__ == "__main__":
    main()
