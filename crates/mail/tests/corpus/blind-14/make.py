#!/usr/bin/env python3
"""Blind test corpus #14 for the StoreDesk mail-triage component.

Writes 60 mails (NN-<product>-<what>.eml) that arrive in helpdesk@ops.storedesk.example,
expected.jsonl and README.md next to this script, then validates every mail.
Standard library only, deterministic (no randomness, no current time).

Run:  python3 make.py        (exit status 0 = all mails valid, 1 = at least one FAIL)
"""
import base64
import binascii
import collections
import email
import email.policy
import email.utils
import html
import json
import pathlib
import re
import struct
import sys
import zlib

ROOT = pathlib.Path(__file__).resolve().parent
INPUT = ROOT / "input"
OUR = "helpdesk@ops.storedesk.example"
OURNAME = "StoreDesk"

ISSUES = {int(x["issue_ref"].split("-")[1]): x
          for x in json.loads((INPUT / "issues.json").read_text(encoding="utf-8"))}


# --------------------------------------------------------------------------- issue helpers
def T(n):
    return ISSUES[n]["title"]


def S(n):
    return ISSUES[n]["store"]


def SUBJ(n):
    return ISSUES[n]["subject"]


def MID(n):
    return ISSUES[n]["message_id"]


def SENT(n):
    return email.utils.parsedate_to_datetime(ISSUES[n]["sent"])


def OBODY(n):
    """Body of our original mail (LF line ends)."""
    return f"Store: {S(n)}\nPriority: high\nReported by: Sam Jansen\n\n{T(n)}.\n"


def gt(text, p="> "):
    """Quote text with '>' prefixes (empty lines get a bare '>')."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(p.rstrip() if line == "" else p + line)
    return "\n".join(out) + "\n"


WD = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
      "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
      "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
             "sábado", "domingo"]}
MON = {"en": ["January", "February", "March", "April", "May", "June", "July", "August"],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"],
       "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"],
       "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]}


def wd(n, lang="en"):
    return WD[lang][SENT(n).weekday()]


# --------------------------------------------------------------------------- header encoding
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


Q_TEXT_SAFE = set(range(0x21, 0x7F)) - set(b"=?_")


def ew(text, charset="utf-8", enc="Q", unstructured=False):
    """Encode text as a list of RFC 2047 encoded words (each <= 75 chars).
    unstructured=True allows the wider literal set of RFC 2047 4.2 (3) for *text headers."""
    safe = Q_TEXT_SAFE if unstructured else Q_SAFE
    prefix = f"=?{charset}?{enc}?"
    room = 75 - len(prefix) - 2
    words, cur = [], (b"" if enc.upper() == "B" else "")
    for ch in text:
        b = ch.encode(charset)
        if enc.upper() == "B":
            if len(base64.b64encode(cur + b)) > room:
                words.append(prefix + base64.b64encode(cur).decode() + "?=")
                cur = b""
            cur += b
        else:
            piece = "".join("_" if x == 0x20 else (chr(x) if x in safe else "=%02X" % x) for x in b)
            if len(cur) + len(piece) > room:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
    if cur:
        words.append(prefix + (base64.b64encode(cur).decode() if enc.upper() == "B" else cur) + "?=")
    return words


def htext(text, charset="utf-8", enc="Q", mode="whole"):
    """Unstructured header text; ASCII stays as is, otherwise RFC 2047.
    mode 'whole': encode the complete value; 'words': encode only runs of non-ASCII words."""
    if text.isascii():
        return text
    if mode == "whole":
        return "\r\n ".join(ew(text, charset, enc, True))
    toks, out, run = text.split(" "), [], []
    for t in toks + [None]:
        if t is not None and not t.isascii():
            run.append(t)
            continue
        if run:
            out.append("\r\n ".join(ew(" ".join(run), charset, enc, True)))
            run = []
        if t is not None:
            out.append(t)
    return " ".join(out)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, charset="utf-8", enc="Q", quote=False):
    if not name:
        return address
    if name.isascii():
        if quote or any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return " ".join(ew(name, charset, enc)) + f" <{address}>"


def fold(name, value):
    """Fold an ASCII header at spaces (pre-folded values are kept)."""
    if not value.isascii():
        raise ValueError(f"non-ASCII header {name}: {value!r}")
    if "\r\n" in value or len(name) + 2 + len(value) <= 78:
        return f"{name}: {value}"
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


# --------------------------------------------------------------------------- MIME builders
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return ("\r\n".join(self.headers)).encode("ascii") + b"\r\n\r\n" + self.body


def qp(raw):
    enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64(raw):
    return base64.encodebytes(raw).replace(b"\n", b"\r\n")


def leaf(ctype, payload, cte="7bit", charset=None, headers=(), cte_label=None):
    if isinstance(payload, str):
        text = payload.replace("\r\n", "\n")
        raw = text.encode(charset or "us-ascii")  # strict: unencodable text is a bug
        if cte in ("7bit", "8bit"):
            if cte == "7bit" and not raw.isascii():
                raise ValueError("8-bit data in 7bit part")
            body = raw.replace(b"\n", b"\r\n")
        elif cte == "quoted-printable":
            body = qp(raw)
        elif cte == "base64":
            body = b64(raw.replace(b"\n", b"\r\n"))
        else:
            raise ValueError(cte)
    else:
        body = b64(payload) if cte == "base64" else payload
    hs = [fold("Content-Type", ctype)]
    if cte_label is not False:
        hs.append(f"Content-Transfer-Encoding: {cte_label or cte}")
    hs += [fold(n, v) for n, v in headers]
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return Part(hs, body)


def multi(subtype, parts, boundary, params="", preamble=None, headers=(), quote_b=True):
    b = f'"{boundary}"' if quote_b else boundary
    hs = [fold("Content-Type", f"multipart/{subtype}; boundary={b}{params}")]
    hs += [fold(n, v) for n, v in headers]
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part(hs, body)


def message(hdrs, entity, mime_version=True):
    lines = []
    has_mv = any(n.lower() == "mime-version" for n, _ in hdrs)
    for n, v in hdrs:
        lines.append(fold(n, v))
    if mime_version and not has_mv:
        lines.append("MIME-Version: 1.0")
    lines += entity.headers
    return ("\r\n".join(lines)).encode("ascii") + b"\r\n\r\n" + entity.body


def fake_pdf(lines):
    """A small but well-formed one-page PDF with the given text lines."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n" for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def tiny_png(rgb=(0, 92, 169), w=8, h=2):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def esc(s):
    return html.escape(s, quote=False)


def html_rows(rows, th_style="text-align:left;padding:4px 12px 4px 0;color:#555;font-weight:normal",
              td_style="padding:4px 0"):
    return "\n".join(f'<tr><th style="{th_style}">{esc(k)}</th><td style="{td_style}">{v}</td></tr>'
                     for k, v in rows)


def html_quote_lines(text):
    return "<br>\n".join(esc(l) for l in text.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------- registry
MAILS = []


def mail(slug, issue, event, vid, lang, product, tricky):
    def deco(fn):
        MAILS.append(dict(slug=slug, issue=issue, event=event, vid=vid, lang=lang,
                          product=product, tricky=tricky, build=fn))
        return fn
    return deco


TO_US = addr(OURNAME, OUR)


# =========================================================================== the mails
# ---------------------------------------------------------------- Sostenuto (STORE-229)
SOS_ACK_MID = "<SOS-41873-1-20240702084712@sostenuto.rsnl.nl>"


@mail("sostenuto-call-logged", 229, "acknowledged", "41873", "en", "Sostenuto ITSM",
      "'Call Logged' notice, reference in subject and body; decoys: contract SLA-BNL-2210, "
      "response/fix target dates, 24/7 phone number, postcode 3528 BJ")
def _():
    n = 229
    summ = SUBJ(n)
    plain = f"""Dear StoreDesk,

Thank you for contacting the RSNL Service Desk. Your call has been logged and
assigned to the Payments & Peripherals resolver group.

  Call Reference :  41873
  Summary        :  {summ}
  Priority       :  P2 - High
  Response Target:  02/07/2024 12:47
  Fix Target     :  03/07/2024 16:47
  Contract       :  SLA-BNL-2210 (Retail Gold)
  Logged Via     :  E-mail

Please quote Call Reference 41873 in all correspondence. To add information to
this call simply reply to this e-mail and keep the reference in the subject.

Urgent? Call the Service Desk on +31 (0)30 760 2290 (24/7).

Kind regards,

RSNL Service Desk
RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht

This is an automatically generated message from Sostenuto - please do not
remove the call reference from the subject line.
"""
    rows = [("Call Reference", "<b>41873</b>"), ("Summary", esc(summ)), ("Priority", "P2 - High"),
            ("Response Target", "02/07/2024 12:47"), ("Fix Target", "03/07/2024 16:47"),
            ("Contract", "SLA-BNL-2210 (Retail Gold)"), ("Logged Via", "E-mail")]
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222">
<p>Dear StoreDesk,</p>
<p>Thank you for contacting the RSNL Service Desk. Your call has been logged and assigned to the
Payments &amp; Peripherals resolver group.</p>
<table cellpadding="0" cellspacing="0" style="font-size:10pt;border-top:2px solid #00509e">
{html_rows(rows)}
</table>
<p>Please quote Call Reference <b>41873</b> in all correspondence. To add information to this call
simply reply to this e-mail and keep the reference in the subject.</p>
<p>Urgent? Call the Service Desk on +31 (0)30 760 2290 (24/7).</p>
<p>Kind regards,<br><br>RSNL Service Desk<br>RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht</p>
<p style="color:#888;font-size:8pt">This is an automatically generated message from Sostenuto -
please do not remove the call reference from the subject line.</p>
</body></html>
"""
    body = multi("alternative", [leaf('text/plain; charset="utf-8"', plain, "quoted-printable", "utf-8"),
                                 leaf('text/html; charset="utf-8"', htm, "quoted-printable", "utf-8")],
                 "=_sostenuto_7f3a91c2e0b4_=")
    return message([
        ("Received", "from sostenuto-app01.rsnl.local (sostenuto-app01.rsnl.local [10.40.2.15]) by "
                     "mx1.rsnl.nl (Postfix) with ESMTP id 4WCr7k0Qz3z9sLb for <helpdesk@ops.storedesk.example>; "
                     "Tue, 02 Jul 2024 08:47:13 +0200 (CEST)"),
        ("From", addr("RSNL Service Desk", "servicedesk@rsnl.nl")),
        ("To", TO_US),
        ("Subject", htext(f"Call Logged: 41873 - {summ}", "utf-8", "B")),
        ("Date", "Tue, 02 Jul 2024 08:47:12 +0200"),
        ("Message-ID", SOS_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Sostenuto Email Processor 7.2"),
        ("X-Sostenuto-Call", "41873"),
    ], body)


@mail("sostenuto-call-closed", 229, "closed", "41873", "en", "Sostenuto ITSM",
      "'Call Closed' notice after the store confirmed; decoys: related engineer-dispatch call 41790, "
      "part number 296-118-04, 5-working-day reopen window")
def _():
    n = 229
    summ = SUBJ(n)
    plain = f"""Dear StoreDesk,

Your call 41873 has now been closed.

  Call Reference :  41873
  Summary        :  {summ}
  Status         :  Closed
  Closure Code   :  Fixed - Hardware replaced
  Closed By      :  Marloes Timmer
  Closed On      :  12/07/2024 16:19

Resolution:
Engineer replaced the PIN pad cable (part 296-118-04) on site on 09/07/2024.
The store confirmed by phone on 11/07/2024 that card payments work again.

The related engineer dispatch call 41790 has been closed as well.

If the problem recurs within 5 working days, reply to this e-mail and the call
will be reopened. After that period please log a new call.

Kind regards,

RSNL Service Desk
+31 (0)30 760 2290
"""
    body = leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8")
    return message([
        ("From", addr("RSNL Service Desk", "servicedesk@rsnl.nl")),
        ("To", TO_US),
        ("Subject", htext(f"Call Closed: 41873 - {summ}", "utf-8", "B")),
        ("Date", "Fri, 12 Jul 2024 16:20:00 +0200"),
        ("Message-ID", "<SOS-41873-9-20240712162000@sostenuto.rsnl.nl>"),
        ("In-Reply-To", SOS_ACK_MID),
        ("References", f"{MID(n)} {SOS_ACK_MID}"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Sostenuto Email Processor 7.2"),
        ("X-Sostenuto-Call", "41873"),
    ], body)


@mail("simplesat-survey", None, "ignore", None, "nl", "Simplesat CSAT survey",
      "TRAP satisfaction survey sent after Sostenuto call 41873 was closed; quotes our full "
      "[STORE-229] subject and the call number, but is not a status statement -> issue_ref null")
def _():
    n = 229
    plain = f"""Beste StoreDesk,

Uw melding 41873 "{SUBJ(n)}" is onlangs gesloten.

Hoe tevreden bent u over de ondersteuning die u van RSNL hebt ontvangen?

  Tevreden:         https://rsnl.simplesat.io/s/survey/b7a9e1?r=great&t=41873
  Neutraal:         https://rsnl.simplesat.io/s/survey/b7a9e1?r=okay&t=41873
  Niet tevreden:    https://rsnl.simplesat.io/s/survey/b7a9e1?r=bad&t=41873

Het invullen duurt minder dan een minuut. Bedankt!

RSNL Service Desk

Powered by Simplesat - Afmelden voor enquetes: https://rsnl.simplesat.io/unsubscribe/b7a9e1
"""
    btn = ('<a href="https://rsnl.simplesat.io/s/survey/b7a9e1?r={r}&amp;t=41873" style="display:inline-block;'
           'padding:10px 18px;margin:0 6px;border-radius:4px;background:{c};color:#fff;text-decoration:none">{l}</a>')
    htm = f"""<!DOCTYPE html>
<html><body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:28px 32px;font-size:15px;color:#1f2d3d">
<p>Beste StoreDesk,</p>
<p>Uw melding <b>41873</b> &ldquo;{esc(SUBJ(n))}&rdquo; is onlangs gesloten.</p>
<p style="font-size:18px;font-weight:bold">Hoe tevreden bent u over de ondersteuning die u van RSNL hebt ontvangen?</p>
<p style="text-align:center">
{btn.format(r="great", c="#2eb872", l="Tevreden")}
{btn.format(r="okay", c="#f5a623", l="Neutraal")}
{btn.format(r="bad", c="#e14b4b", l="Niet tevreden")}
</p>
<p>Het invullen duurt minder dan een minuut. Bedankt!</p>
<p>RSNL Service Desk</p>
</td></tr></table>
<p style="font-size:11px;color:#8795a1">Powered by Simplesat &middot;
<a href="https://rsnl.simplesat.io/unsubscribe/b7a9e1" style="color:#8795a1">Afmelden voor enquetes</a></p>
</td></tr></table></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "--==_mimepart_66922b4c1d2e3_5a6b2f1c0a8471")
    return message([
        ("Date", "Sat, 13 Jul 2024 09:00:04 +0200"),
        ("From", addr("RSNL Service Desk", "surveys@mail.simplesat.io")),
        ("Reply-To", addr("RSNL Service Desk", "servicedesk@rsnl.nl")),
        ("To", OUR),
        ("Message-ID", "<simplesat.survey.41873.b7a9e1@mail.simplesat.io>"),
        ("Subject", htext("Hoe hebben we het gedaan? Uw mening over melding 41873", "utf-8", "Q")),
        ("Mime-Version", "1.0"),
        ("X-Mailgun-Tag", "survey-send"),
        ("List-Unsubscribe", "<https://rsnl.simplesat.io/unsubscribe/b7a9e1>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


# ---------------------------------------------------------------- MPulse (STORE-202)
@mail("mpulse-workorder-completed", 202, "resolved", "24-00871", "en", "MPulse CMMS",
      "US-hosted CMMS, Date in -0500; work order 24-00871 'Completed' with completion notes; our "
      "tag only inside the Request field; decoys: parent work request WR-5512, serial X5ZK061873, "
      "IP addresses, labor hours")
def _():
    n = 202
    plain = f"""*** This is an automated message from MPulse Maintenance Software. ***

The status of the following Work Order has changed.

Work Order:       24-00871
Status:           Completed      (was: In Progress)
Request:          WR-5512  "{SUBJ(n)}"
Requested By:     helpdesk@ops.storedesk.example
Equipment:        PRN-UTR-HC-02  Epson TM-T88VI, S/N X5ZK061873
Location:         {S(n)} / Front End / Till 2
Assigned To:      Bram Visser
Completed Date:   7/3/2024 6:55 AM
Labor Hours:      1.25

Completion Notes:
Printer had static IP 192.168.20.31 which clashed with the new scale. Re-addressed
the printer to 192.168.20.41 with EpsonNet Config, updated the till printer
profile and printed a test receipt from till 2. Printer is back online.

Please do not reply to this e-mail. This mailbox is not monitored.
MPulse Software, Inc. - Notification Service
"""
    body = leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8")
    return message([
        ("Return-Path", "<notifications@rsnl.mpulsecloud.com>"),
        ("Date", "Wed, 03 Jul 2024 07:10:33 -0500"),
        ("From", addr("RSNL Facilities (MPulse)", "notifications@rsnl.mpulsecloud.com")),
        ("To", OUR),
        ("Subject", "MPulse Notification: Work Order 24-00871 - Status changed to Completed"),
        ("Message-ID", "<20240703121033.7A3F2C19@rsnl.mpulsecloud.com>"),
        ("X-Mailer", "MPulse Notification Service 9.4"),
        ("X-Auto-Response-Suppress", "All"),
    ], body)


# ---------------------------------------------------------------- Axigen (STORE-257)
@mail("axigen-webmail-ack", 257, "acknowledged", "INT-LIL-24-0713", "fr", "Axigen WebMail",
      "human reply from fr.rsnl.nl, Outlook-like 'Message d'origine' quote; reference looks like a "
      "date (0713); decoys: postcode 59000, phone, '30 s'")
def _():
    n = 257
    d = SENT(n)
    plain = f"""Bonjour,

Nous avons bien pris en compte votre signalement concernant la caisse 2 du
magasin de Lille Euralille. Il est enregistré chez nous sous la référence
INT-LIL-24-0713.

Un technicien vous appellera demain matin pour un premier diagnostic à
distance. Merci de laisser la caisse sous tension et connectée au réseau,
même si elle redémarre toute seule.

Cordialement,

Julien Lefebvre
Technicien support niveau 2
RSNL France - 165 avenue de Bretagne, 59000 Lille
Tél. : +33 3 20 55 71 30

-------- Message d'origine --------
De : StoreDesk <helpdesk@ops.storedesk.example>
Date : {wd(n, 'fr')} {d.day} juillet 2024 09:00
À : RSNL Support <support@rsnl.nl>
Objet : {SUBJ(n)}

{OBODY(n)}"""
    q = html_quote_lines(OBODY(n))
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">Bonjour,<br><br>
Nous avons bien pris en compte votre signalement concernant la caisse 2 du magasin de Lille Euralille.
Il est enregistré chez nous sous la référence <b>INT-LIL-24-0713</b>.<br><br>
Un technicien vous appellera demain matin pour un premier diagnostic à distance. Merci de laisser la
caisse sous tension et connectée au réseau, même si elle redémarre toute seule.<br><br>
Cordialement,<br><br>
<span style="color:#1f4e79"><b>Julien Lefebvre</b><br>Technicien support niveau 2<br>
RSNL France - 165 avenue de Bretagne, 59000 Lille<br>Tél. : +33 3 20 55 71 30</span><br><br>
<div class="AxigenQuote" style="border-left:2px solid #999;padding-left:8px">
-------- Message d'origine --------<br>
<b>De :</b> StoreDesk &lt;helpdesk@ops.storedesk.example&gt;<br>
<b>Date :</b> {wd(n, 'fr')} {d.day} juillet 2024 09:00<br>
<b>À :</b> RSNL Support &lt;support@rsnl.nl&gt;<br>
<b>Objet :</b> {esc(SUBJ(n))}<br><br>
{q}
</div></div></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "=_axigen-3f1b2c9e8a7d6051")
    return message([
        ("Received", "from [10.52.1.33] (helo=webmail.fr.rsnl.nl) by mail.fr.rsnl.nl (Axigen) with ESMTPA id "
                     "2C4F91; Wed, 03 Jul 2024 09:12:05 +0200"),
        ("Message-ID", "<axigen-6684f9a5-0f3c-4a1b@fr.rsnl.nl>"),
        ("Date", "Wed, 03 Jul 2024 09:12:05 +0200"),
        ("From", addr("Lefebvre, Julien", "j.lefebvre@fr.rsnl.nl")),
        ("To", TO_US),
        ("Cc", addr("RSNL Support", "support@rsnl.nl")),
        ("Subject", htext("RE: " + SUBJ(n), "UTF-8", "Q")),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("X-Mailer", "Axigen Webmail 10.5.18"),
        ("Importance", "Normal"),
    ], body)


# ---------------------------------------------------------------- Windows Live Mail MDN (STORE-232)
@mail("windows-live-mail-read-receipt", None, "ignore", None, "en", "Windows Live Mail 2012 read receipt",
      "TRAP message disposition notification ('Read:') carrying our [STORE-232] subject and "
      "Original-Message-ID; only says the mail was displayed -> not a vendor statement, issue_ref null")
def _():
    n = 232
    txt = f"""This is a receipt for the mail you sent to
<support@rsnl.nl> at 4-7-2024 9:00

This receipt verifies that the message has been displayed on the recipient's computer at 4-7-2024 9:41
"""
    mdn = f"""Reporting-UA: DESKTOP-GNT04; Microsoft Windows Live Mail 16.4.3528.331
Final-Recipient: rfc822;support@rsnl.nl
Original-Message-ID: {MID(n)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    body = multi("report", [leaf('text/plain; charset="iso-8859-1"', txt, "7bit", "iso-8859-1"),
                            leaf("message/disposition-notification", mdn, "7bit", "us-ascii")],
                 "----=_NextPart_000_0007_01DACDF3.6B2F2A10",
                 params="; report-type=disposition-notification")
    return message([
        ("From", addr("Dirk Peeters", "d.peeters@rsnl.nl", quote=True)),
        ("To", addr("StoreDesk", OUR, quote=True)),
        ("Subject", htext("Read: " + SUBJ(n), "utf-8", "Q")),
        ("Date", "Thu, 4 Jul 2024 09:41:17 +0200"),
        ("Message-ID", "<5D0C6F1E2B7A4C3D9E8F7A6B5C4D3E2F@DESKTOPGNT04>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
    ], body)


# ---------------------------------------------------------------- Foxmail (STORE-231)
@mail("foxmail-bios-log", 231, "update", "CN-240704-011", "en", "Foxmail 7.2",
      "title+store only (no tag, no threading) - title 'Till 3 frozen on boot' also belongs to "
      "STORE-201 (Amsterdam Centraal), only the store Antwerpen Meir decides; Date in +0800; gb2312 "
      "base64 parts; attachment; decoys: POST code A2, part 5100-SSD-128, phone")
def _():
    plain = """Hello StoreDesk team,

Our Benelux desk forwarded me the problem "Till 3 frozen on boot" at your store
Antwerpen Meir. Our case reference is CN-240704-011.

I checked the boot log the store uploaded (see attachment). The till stops at
POST code A2, which on this board (RSNL PT-5100, rev. C) means the SATA device
is not detected in time. We cannot change this BIOS setting remotely, so:

1. Please ask the store to switch the till off, unplug it for 30 seconds and
   reseat the SATA cable of the SSD (grey cable, right side).
2. If it still freezes, we will send a replacement SSD (part 5100-SSD-128)
   by courier to the store.

Please tell me the result before Friday.

Best regards,

Chen Wei
RSNL Hardware Support Asia
Tel: +86 755 8632 1107

2024-07-04
chen.wei@cn.rsnl.nl
"""
    htm = "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=gb2312\">" \
          "<style>body { line-height: 1.5; } body { font-size: 10.5pt; font-family: Calibri; }</style>" \
          "</head><body>\n" + "".join(
              f"<div>{esc(l) if l else '<br>'}</div>\n" for l in plain.rstrip("\n").split("\n")[:-2]) + \
          "<hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">\n" \
          "<div><span>chen.wei@cn.rsnl.nl</span></div>\n</body></html>\n"
    log = """[00:00:00.12] PT-5100 BIOS 2.14.1207 (rev C)
[00:00:00.98] POST 10 ... ok
[00:00:01.40] POST 55 memory 8192 MB ok
[00:00:03.77] POST A2 SATA port 0: timeout, retry 1
[00:00:08.77] POST A2 SATA port 0: timeout, retry 2
[00:00:13.77] POST A2 SATA port 0: timeout - halted
"""
    alt = multi("alternative", [leaf('text/plain; charset="gb2312"', plain, "base64", "gb2312"),
                                leaf('text/html; charset="gb2312"', htm, "base64", "gb2312")],
                "----=_001_NextPart518437266053_=----")
    att = leaf('application/octet-stream; name="bios_log_TILL3.txt"', log.replace("\n", "\r\n").encode(),
               "base64", headers=[("Content-Disposition", 'attachment; filename="bios_log_TILL3.txt"')])
    body = multi("mixed", [alt, att], "----=_001_NextPart736028151482_=----",
                 preamble="This is a multi-part message in MIME format.")
    return message([
        ("Date", "Thu, 4 Jul 2024 17:02:44 +0800"),
        ("From", addr("Chen Wei", "chen.wei@cn.rsnl.nl", quote=True)),
        ("To", addr("helpdesk", OUR, quote=True)),
        ("Cc", addr("RSNL Support", "support@rsnl.nl", quote=True)),
        ("Subject", "Till 3 frozen on boot - Antwerpen Meir (CN-240704-011)"),
        ("X-Priority", "3"),
        ("X-GUID", "6A2E3C51-9D1B-4F07-8E3A-0C5B7D9F1E24"),
        ("X-Has-Attach", "yes"),
        ("X-Mailer", "Foxmail 7.2.25.375[en]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202407041702441273845@cn.rsnl.nl>"),
    ], body)


# ---------------------------------------------------------------- MDaemon WorldClient (STORE-204)
@mail("mdaemon-worldclient-test-request", 204, "update", "PS-24-0188", "nl", "MDaemon WorldClient webmail",
      "human Dutch reply, vendor reference only in the signature ('Ons kenmerk'); asks for a test "
      "transaction; decoys: TID 62045518, error code 0x5A, amount EUR 0,01, phone")
def _():
    n = 204
    d = SENT(n)
    plain = f"""Hallo StoreDesk,

We zien in de logging dat de betaalterminal in {S(n)} sinds donderdagnacht
03:12 geen sleutels meer krijgt van de acquirer (foutcode 0x5A). Ik heb de
TID 62045518 vandaag opnieuw laten activeren.

Kunnen jullie morgen na 10:00 uur een testtransactie van EUR 0,01 laten doen
en laten weten of die wordt geaccepteerd? Dan weten we of er nog een monteur
langs moet komen.

Met vriendelijke groet,

Sanne de Wit
Payment Support | RSNL B.V.
T +31 30 760 2291
Ons kenmerk: PS-24-0188

-----Oorspronkelijk bericht-----
Van: "StoreDesk" <helpdesk@ops.storedesk.example>
Aan: "RSNL Support" <support@rsnl.nl>
Datum: {d:%d-%m-%Y} 09:00
Onderwerp: {SUBJ(n)}

{OBODY(n)}"""
    body = leaf('text/plain; charset="utf-8"', plain, "quoted-printable", "utf-8")
    return message([
        ("Return-Path", "<s.dewit@rsnl.nl>"),
        ("Received", "from [192.168.10.57] by mail.rsnl.nl (MDaemon PRO v23.5.2) with ESMTPA id "
                     "md50012345678.msg for <helpdesk@ops.storedesk.example>; Thu, 04 Jul 2024 16:22:10 +0200"),
        ("X-Spam-Processed", "mail.rsnl.nl, Thu, 04 Jul 2024 16:22:10 +0200"),
        ("X-Authenticated-Sender", "s.dewit@rsnl.nl"),
        ("X-MDRemoteIP", "192.168.10.57"),
        ("X-Return-Path", "s.dewit@rsnl.nl"),
        ("X-Envelope-From", "s.dewit@rsnl.nl"),
        ("From", addr("Sanne de Wit", "s.dewit@rsnl.nl", quote=True)),
        ("To", addr("StoreDesk", OUR, quote=True)),
        ("Subject", htext("Re: " + SUBJ(n), "utf-8", "Q", "words")),
        ("Date", "Thu, 04 Jul 2024 16:22:09 +0200"),
        ("Message-ID", "<WC20240704142209.6502C7@rsnl.nl>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("X-Mailer", "WorldClient 23.5.2"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- SeaMonkey (STORE-259)
@mail("seamonkey-cable-replaced", 259, "resolved", "590331", "de", "SeaMonkey 2.53 mail",
      "German top-post: 'Störung ... behoben' but the ticket stays open a week; format=flowed; "
      "ISO-8859-1 encoded display name; decoys: part number 296118920 (same length as the id), "
      "postcode 50672")
def _():
    n = 259
    d = SENT(n)
    plain = f"""Hallo zusammen,

das Verbindungskabel zwischen PIN-Pad und Kasse wurde heute früh von unserem
Kollegen vor Ort getauscht (Ersatzteil 296118920, Länge 3 m). Zahlungen mit
Karte und kontaktlos funktionieren wieder, drei Testzahlungen waren
erfolgreich.

Die Störung ist damit aus unserer Sicht behoben. Falls sie doch wieder
auftritt, bitte einfach auf diese Mail antworten - Ticket 590331 bleibt zur
Sicherheit noch eine Woche offen.

Gruß
Jörg Hansen

-- 
RSNL Deutschland GmbH · Technischer Service West
Hohenzollernring 72 · 50672 Köln

Am {d:%d.%m.%Y} um 09:00 schrieb StoreDesk:
{gt(OBODY(n))}"""
    body = leaf("text/plain; charset=UTF-8; format=flowed", plain, "8bit", "utf-8")
    return message([
        ("Subject", htext("Re: " + SUBJ(n), "UTF-8", "Q")),
        ("To", addr("StoreDesk", OUR)),
        ("References", MID(n)),
        ("From", addr("Jörg Hansen", "j.hansen@de.rsnl.nl", "ISO-8859-1", "Q")),
        ("Message-ID", "<3b7e1f2a-9c4d-4e6f-8a1b-2c3d4e5f6a7b@de.rsnl.nl>"),
        ("Date", "Fri, 5 Jul 2024 10:20:51 +0200"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 SeaMonkey/2.53.18.2"),
        ("MIME-Version", "1.0"),
        ("In-Reply-To", MID(n)),
        ("Content-Language", "de-DE"),
    ], body)


# ---------------------------------------------------------------- Opera Mail (STORE-205)
@mail("opera-mail-logged", 205, "acknowledged", "NET-3390", "en", "Opera Mail 12.16 (M2)",
      "short human reply: 'logged on our side as NET-3390' plus a plan; format=flowed delsp=yes QP; "
      "decoys: access point names AP-EHV-01/02")
def _():
    n = 205
    plain = f"""Hi,

Got it - logged on our side as NET-3390 and assigned to the wireless team.

Tonight after closing time we will pull the controller logs for the two access points in {S(n)} \
(AP-EHV-01 and AP-EHV-02). An hourly pattern usually points to a DHCP lease problem or a rogue DHCP \
server, so there is no need to reboot anything in the meantime.

We'll get back to you tomorrow.

Niels

On Fri, 05 Jul 2024 09:00:00 +0200, StoreDesk <helpdesk@ops.storedesk.example> wrote:

{gt(OBODY(n))}


-- 
Niels Bakker | Network Services | RSNL B.V.
"""
    # format=flowed with delsp=yes: soft breaks as "space + CRLF" with the space deleted on reflow
    flowed = []
    for line in plain.split("\n"):
        while len(line) > 72 and not line.startswith(">"):
            cut = line.rfind(" ", 0, 72)
            if cut <= 0:
                break
            flowed.append(line[:cut] + "  ")  # word space + soft-break space (deleted, DelSp=yes)
            line = line[cut + 1:]
        flowed.append(line)
    body = leaf("text/plain; charset=utf-8; format=flowed; delsp=yes", "\n".join(flowed),
                "quoted-printable", "utf-8", cte_label="Quoted-Printable")
    return message([
        ("To", '"StoreDesk" <helpdesk@ops.storedesk.example>'),
        ("Subject", htext("Re: " + SUBJ(n), "utf-8", "Q")),
        ("References", MID(n)),
        ("Date", "Fri, 05 Jul 2024 11:48:30 +0200"),
        ("MIME-Version", "1.0"),
        ("From", '"Niels Bakker" <n.bakker@nl.rsnl.nl>'),
        ("Message-ID", "<op.2qk7x1bcm3d8vz@nbakker-lt.rsnl.local>"),
        ("In-Reply-To", MID(n)),
        ("User-Agent", "Opera Mail/12.16 (Win32)"),
    ], body)


# ---------------------------------------------------------------- Yahoo Mail (STORE-260)
@mail("yahoo-mail-module-sent-for-repair", 260, "update", None, "es", "Yahoo Mail for Android",
      "subcontracted technician writing from a personal yahoo.es address; subject rewritten, no "
      "STORE tag anywhere - issue only via In-Reply-To/References and title+store in the quoted "
      "original; partial work, no ticket number; decoys: error E17, loan-unit serial 7F22-0394, phone")
def _():
    n = 260
    d = SENT(n)
    msg_lines = """Buenas tardes:

Soy Raúl, técnico subcontratado por RSNL para la zona centro. Hoy he estado en Madrid Preciados por el reciclador de efectivo.

El error E17 viene del módulo de billetes: el lector estaba atascado con un billete de 50 roto. Lo he limpiado, pero el sensor de entrada sigue dando lecturas intermitentes, así que he desmontado el módulo y lo envío a reparar a RSNL Ibérica. Mientras tanto el reciclador queda en modo solo monedas.

El lunes me llega un módulo de préstamo (n.º de serie 7F22-0394) y vuelvo a pasar para montarlo.

Un saludo,
Raúl Ortega
Tel. 612 45 87 09"""
    attr = f"El {wd(n, 'es')}, {d.day} de julio de 2024, 9:00:00 CEST, StoreDesk <helpdesk@ops.storedesk.example> escribió:"
    plain = f"""{msg_lines}

Enviado desde Yahoo Mail para Android

  {attr}

{OBODY(n)}"""
    ob = "<br>".join(esc(l) for l in OBODY(n).rstrip("\n").split("\n"))
    body_html = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in msg_lines.split("\n"))
    htm = f"""<html><head></head><body><div class="ydpa1b2c3d4yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{body_html}<div><br></div><div id="ydpa1b2c3d4yahoo_android_signature">Enviado desde <a href="https://go.onelink.me/107872968?pid=InProduct&amp;c=Global_Internal_YGrowth_AndroidEmailSig__AndroidUsers&amp;af_wl=ym&amp;af_sub1=Internal&amp;af_sub2=Global_YGrowth&amp;af_sub3=EmailSignature">Yahoo Mail para Android</a></div></div>
<div id="ydpa1b2c3d4yahoo_quoted_2847561" class="ydpa1b2c3d4yahoo_quoted">
<div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
<div>{esc(attr)}</div><div><br></div><div><br></div>
<div><div dir="ltr">{ob}</div></div>
</div></div></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "----=_Part_2847560_1029384756.1720203242112")
    return message([
        ("Date", "Fri, 5 Jul 2024 18:14:02 +0000 (UTC)"),
        ("From", addr("Raúl Ortega", "raul.ortega.tecnico@yahoo.es", "UTF-8", "Q")),
        ("To", addr("StoreDesk", OUR)),
        ("Message-ID", "<1938475610.2847561.1720203242113@mail.yahoo.com>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Subject", htext("Re: reciclador Preciados - módulo enviado a reparar", "UTF-8", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.22464 YMailAndroidMobile"),
    ], body)


# ---------------------------------------------------------------- Tidio (STORE-236)
@mail("tidio-ticket-created", 236, "acknowledged", "3156", "es", "Tidio helpdesk e-mail channel",
      "HTML-only base64 auto-reply, ticket number as trailing [#3156] in the kept subject; "
      "decoys: our customer number SD-ES-0042 at RSNL, '8 horas', opening hours")
def _():
    n = 236
    htm = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>RSNL Soporte</title></head>
<body style="margin:0;padding:0;background:#eff2f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eff2f6">
<tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Mulish,Arial,sans-serif;color:#080f1a">
<tr><td style="padding:32px 40px 8px 40px;font-size:20px;font-weight:700">Hemos recibido tu mensaje</td></tr>
<tr><td style="padding:8px 40px;font-size:15px;line-height:24px">
Hola StoreDesk,<br><br>
gracias por escribirnos. Hemos creado el ticket <strong>#3156</strong> y un agente de RSNL Soporte
te responder&aacute; en un plazo m&aacute;ximo de 8 horas laborables (lunes a viernes, 8:00&ndash;18:00).<br><br>
Si necesitas a&ntilde;adir informaci&oacute;n, responde a este correo sin cambiar el asunto.
</td></tr>
<tr><td style="padding:8px 40px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7f9;border-radius:6px;font-size:14px">
<tr><td style="padding:12px 16px;color:#647491">Ticket</td><td style="padding:12px 16px">#3156</td></tr>
<tr><td style="padding:12px 16px;color:#647491">Asunto</td><td style="padding:12px 16px">{esc(SUBJ(n))}</td></tr>
<tr><td style="padding:12px 16px;color:#647491">Referencia de cliente</td><td style="padding:12px 16px">SD-ES-0042</td></tr>
<tr><td style="padding:12px 16px;color:#647491">Estado</td><td style="padding:12px 16px">Abierto</td></tr>
</table></td></tr>
<tr><td style="padding:16px 40px;font-size:13px;color:#647491">Tu mensaje:<br>
<blockquote style="margin:8px 0;padding-left:12px;border-left:3px solid #d3dbe5">{html_quote_lines(OBODY(n))}</blockquote></td></tr>
<tr><td style="padding:16px 40px 32px 40px;font-size:15px">Un saludo,<br>El equipo de RSNL Soporte</td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:12px;color:#8796af">Powered by <a href="https://www.tidio.com/?utm_source=ticket_email" style="color:#8796af">Tidio</a></p>
</td></tr></table></body></html>
"""
    body = leaf('text/html; charset="utf-8"', htm, "base64", "utf-8")
    return message([
        ("From", addr("RSNL Soporte", "soporte@es.rsnl.nl")),
        ("Sender", "bounces+3156@mail.tidio.co"),
        ("To", OUR),
        ("Subject", htext(f"Re: {SUBJ(n)} [#3156]", "UTF-8", "B")),
        ("Date", "Mon, 08 Jul 2024 10:03:26 +0200"),
        ("Message-ID", "<tidio.3156.b71e4c09@mail.tidio.co>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Tidio-Ticket-Id", "3156"),
    ], body)


# ---------------------------------------------------------------- BlackBerry Work (STORE-206)
@mail("blackberry-work-two-questions", 206, "update", "RS-66110", "en", "BlackBerry Work for iOS",
      "subject rewritten by the engineer, our tag only in the quoted header block; id only in "
      "the signature ('Ref. RS-66110'); questions before a visit; decoys: mobile number, port 'DK'")
def _():
    n = 206
    d = SENT(n)
    text = f"""Hi,

Before I send someone to {S(n)} for the cash drawer, two questions:

1. Does the drawer open with the key? If not, it is mechanical (lock or solenoid).
2. Is the drawer cable plugged into the port marked "DK" on the receipt printer, and not into the LAN port next to it? We have seen that twice after cleaning.

If both are OK I will plan the engineer for Wednesday.

Regards,
Mark

Mark de Groot
Field Support Coordinator North | RSNL B.V.
M +31 6 4127 8830
Ref. RS-66110

Sent from BlackBerry Work
(www.blackberry.com)

From: StoreDesk <helpdesk@ops.storedesk.example<mailto:helpdesk@ops.storedesk.example>>
Date: {wd(n)}, {d:%d %b %Y}, 09:00
To: RSNL Support <support@rsnl.nl<mailto:support@rsnl.nl>>
Subject: {SUBJ(n)}

{OBODY(n)}"""
    main, quoted = text.split("\nFrom: StoreDesk", 1)
    mh = "".join(f"<div>{esc(l) if l else '<br>'}</div>\n" for l in main.rstrip("\n").split("\n"))
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="auto" style="font-family:-apple-system,Helvetica,sans-serif;font-size:15px">
{mh}</div>
<hr>
<div style="font-size:13px"><b>From:</b> StoreDesk &lt;<a href="mailto:helpdesk@ops.storedesk.example">helpdesk@ops.storedesk.example</a>&gt;<br>
<b>Date:</b> {wd(n)}, {d:%d %b %Y}, 09:00<br>
<b>To:</b> RSNL Support &lt;<a href="mailto:support@rsnl.nl">support@rsnl.nl</a>&gt;<br>
<b>Subject:</b> {esc(SUBJ(n))}<br><br>
{html_quote_lines(OBODY(n))}</div>
</body></html>
"""
    body = multi("alternative", [leaf('text/plain; charset="utf-8"', text, "8bit", "utf-8"),
                                 leaf('text/html; charset="utf-8"', htm, "quoted-printable", "utf-8")],
                 "_000_6f2b1d8e4a9c47e3b5d0a1c2e3f40516EXCH02rsnllocal_")
    return message([
        ("From", addr("de Groot, Mark", "m.degroot@rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Subject", "Cash drawer Groningen - two questions"),
        ("Thread-Topic", "Cash drawer Groningen - two questions"),
        ("Date", "Mon, 8 Jul 2024 10:15:40 +0000"),
        ("Message-ID", "<6f2b1d8e4a9c47e3b5d0a1c2e3f40516@EXCH02.rsnl.local>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Accept-Language", "en-US, nl-NL"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "BlackBerry Work (iOS) 3.12.0.4231"),
    ], body)


# ---------------------------------------------------------------- CITSmart (STORE-234)
CIT_ACK_MID = "<citsmart.14523.1720429502811@servicedesk.pt.rsnl.nl>"


def citsmart_html(title, intro, rows, outro):
    return f"""<html><head><meta charset="UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d8dde3">
<tr><td style="background:#0b3c5d;color:#fff;padding:14px 18px;font-size:16px"><b>{title}</b></td></tr>
<tr><td style="padding:16px 18px">{intro}
<table cellpadding="0" cellspacing="0" style="margin:12px 0;font-size:13px">
{html_rows(rows)}
</table>
{outro}
</td></tr>
<tr><td style="background:#f2f4f7;padding:10px 18px;font-size:11px;color:#777">Esta é uma mensagem automática
gerada pelo CITSmart ESP. Por favor, não responda a este e-mail.</td></tr>
</table></body></html>
"""


@mail("citsmart-solicitacao-registrada", 234, "acknowledged", "14523", "pt", "CITSmart ITSM",
      "subject replaced by the ITSM's own ('Solicitação nº 14523 registrada'), body never names "
      "the store or our tag: issue only via In-Reply-To/References; Brazilian-Portuguese template; "
      "decoys: SLA deadline dates, priority 2, portal hash URL")
def _():
    n = 234
    rows = [("Número", "<b>14523</b>"), ("Serviço", "Terminais de pagamento &gt; Incidente"),
            ("Prioridade", "2 - Alta"), ("Situação", "Em atendimento"),
            ("Data de abertura", "08/07/2024 10:14"), ("Prazo de solução", "09/07/2024 10:14"),
            ("Grupo executor", "N2 - Pagamentos PT")]
    intro = "Prezado(a) StoreDesk,<br><br>A sua solicitação foi registrada com sucesso."
    outro = ('Para acompanhar a solicitação acesse o Portal de Serviços:<br>'
             '<a href="https://servicedesk.pt.rsnl.nl/citsmart/pages/portal/portal.load#/solicitacao/14523">'
             'https://servicedesk.pt.rsnl.nl/citsmart/pages/portal/portal.load#/solicitacao/14523</a>')
    htm = citsmart_html("Solicitação registrada", intro, rows, outro)
    plain = """Prezado(a) StoreDesk,

A sua solicitação foi registrada com sucesso.

Número: 14523
Serviço: Terminais de pagamento > Incidente
Prioridade: 2 - Alta
Situação: Em atendimento
Data de abertura: 08/07/2024 10:14
Prazo de solução: 09/07/2024 10:14
Grupo executor: N2 - Pagamentos PT

Para acompanhar a solicitação acesse o Portal de Serviços:
https://servicedesk.pt.rsnl.nl/citsmart/pages/portal/portal.load#/solicitacao/14523

Esta é uma mensagem automática gerada pelo CITSmart ESP. Por favor, não responda a este e-mail.
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "----=_Part_4471_1783920412.1720429502811")
    return message([
        ("Date", "Mon, 8 Jul 2024 10:15:02 +0100 (WEST)"),
        ("From", addr("RSNL Portugal - Service Desk", "citsmart@pt.rsnl.nl")),
        ("To", OUR),
        ("Message-ID", CIT_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Subject", htext("[CITSmart] Solicitação nº 14523 registrada", "UTF-8", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "CITSmart ESP Mail Service"),
    ], body)


@mail("citsmart-solicitacao-resolvida", 234, "resolved", "14523", "pt", "CITSmart ITSM",
      "resolution notice with replaced subject and only the title (no store, no tag) in the body: "
      "issue via References; decoys: terminal serial 17288PP41236290, 5-day reopen window, "
      "the previous notice's Message-ID in In-Reply-To")
def _():
    n = 234
    rows = [("Número", "<b>14523</b>"), ("Título", esc(T(n))), ("Situação", "Resolvida"),
            ("Data da solução", "16/07/2024 17:38"), ("Responsável", "Tiago Ferreira")]
    intro = "Prezado(a) StoreDesk,<br><br>A sua solicitação foi <b>resolvida</b>."
    sol = ("O terminal de pagamento (Ingenico Move/5000, n.º de série 17288PP41236290) foi substituído por "
           "um equipamento de reserva e os parâmetros TMS foram carregados. Transações de teste aprovadas "
           "às 16:55.")
    outro = (f"<b>Solução:</b><br>{sol}<br><br>Caso o problema persista, reabra a solicitação em até 5 dias "
             'pelo portal: <a href="https://servicedesk.pt.rsnl.nl/citsmart/pages/portal/portal.load#/solicitacao/14523">'
             "Portal de Serviços</a>.<br><br>Avalie o atendimento recebido no portal.")
    htm = citsmart_html("Solicitação resolvida", intro, rows, outro)
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Tue, 16 Jul 2024 17:40:19 +0100 (WEST)"),
        ("From", addr("RSNL Portugal - Service Desk", "citsmart@pt.rsnl.nl")),
        ("To", OUR),
        ("Message-ID", "<citsmart.14523.1721148019377@servicedesk.pt.rsnl.nl>"),
        ("In-Reply-To", CIT_ACK_MID),
        ("References", f"{MID(n)} {CIT_ACK_MID}"),
        ("Subject", htext("[CITSmart] Solicitação nº 14523 resolvida", "UTF-8", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "CITSmart ESP Mail Service"),
    ], body)


# ---------------------------------------------------------------- aerc (STORE-235)
@mail("aerc-noc-inline-reply", 235, "update", "5528", "en", "aerc 0.17 (terminal mail client)",
      "plain-text inline answers between our quoted lines; 'Not closing anything yet' - changes made, "
      "waiting 24 h; id written as 'NOC ticket #5528'; decoys: firmware 8.10.130.0, VLAN 40, lease times, phone")
def _():
    n = 235
    d = SENT(n)
    plain = f"""Hi StoreDesk,

On Sun Jul 7, 2024 at 9:00 AM CEST, StoreDesk wrote:
> Store: {S(n)}

Looked at the controller: both APs in the store re-associate every 60 min on
the dot. The VLAN 40 DHCP scope still had a 1 h lease and the store router
answered the renewals too late.

> Priority: high
> Reported by: Sam Jansen
>
> {T(n)}.

I've raised the lease to 8 h and pushed AP firmware 8.10.130.0 tonight. Not
closing anything yet - please let the store watch it for 24 h and tell us if
a drop still happens. NOC ticket #5528 stays open until then.

-- 
Tobias Kramer, RSNL NOC (24/7) - +49 221 2987 4410
"""
    body = leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8")
    return message([
        ("Date", "Mon, 08 Jul 2024 22:41:09 +0200"),
        ("Message-Id", "<D2KX7Q3M9ZPA.2R8FJ1WQK0L5C@noc.rsnl.nl>"),
        ("Subject", htext("Re: " + SUBJ(n), "utf-8", "q")),
        ("From", addr("Tobias Kramer", "t.kramer@noc.rsnl.nl", quote=True)),
        ("To", addr("StoreDesk", OUR, quote=True)),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("User-Agent", "aerc 0.17.0"),
    ], body)


# ---------------------------------------------------------------- Pipefy (STORE-210)
PIPEFY_ACK_MID = "<6690a2ac3f1d2_1a2b3c4d5e6f@pipefy-mailer-7b9c.mail>"


def pipefy_html(head, inner):
    return f"""<!DOCTYPE html>
<html lang="pt"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f3f5f7;font-family:'Source Sans Pro',Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 32px 0 32px"><img src="https://files.pipefy.com/public-assets/org-logos/301874/rsnl-pt.png" alt="RSNL Assistência Técnica" width="140"></td></tr>
<tr><td style="padding:16px 32px 0 32px;font-size:22px;font-weight:600;color:#212b36">{head}</td></tr>
<tr><td style="padding:12px 32px 28px 32px;font-size:15px;line-height:22px;color:#3c4858">
{inner}
</td></tr></table>
<p style="font-size:12px;color:#919eab">Enviado por RSNL Assistência Técnica via <a href="https://www.pipefy.com" style="color:#919eab">Pipefy</a></p>
</td></tr></table></body></html>
"""


@mail("pipefy-pedido-recebido", 210, "acknowledged", "873514229", "pt", "Pipefy service portal",
      "HTML-only; From is the SaaS no-reply address with RSNL's display name; 9-digit request "
      "number in body and portal link; decoys: scale serial 19-0445-1337, postcode 4000-447, NIF 508 221 094")
def _():
    n = 210
    inner = f"""Olá, StoreDesk!<br><br>
Recebemos a sua solicitação e ela já está com a nossa equipa de assistência técnica.<br><br>
<table cellpadding="0" cellspacing="0" style="font-size:14px;background:#f9fafb;border-radius:6px;width:100%">
<tr><td style="padding:10px 14px;color:#637381">Número da solicitação</td><td style="padding:10px 14px"><b>873514229</b></td></tr>
<tr><td style="padding:10px 14px;color:#637381">Resumo</td><td style="padding:10px 14px">{esc(SUBJ(n))}</td></tr>
<tr><td style="padding:10px 14px;color:#637381">Equipamento</td><td style="padding:10px 14px">Balança Bizerba K-Class, n.º de série 19-0445-1337</td></tr>
<tr><td style="padding:10px 14px;color:#637381">Morada</td><td style="padding:10px 14px">Rua de Santa Catarina 312, 4000-447 Porto</td></tr>
<tr><td style="padding:10px 14px;color:#637381">Fase atual</td><td style="padding:10px 14px">Triagem</td></tr>
</table><br>
<a href="https://app.pipefy.com/public/portals/rsnl-assistencia-pt/requests/873514229" style="display:inline-block;background:#3b5bfd;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Acompanhar solicitação</a><br><br>
RSNL Portugal, Unipessoal Lda. &middot; NIF 508 221 094"""
    htm = pipefy_html("Recebemos a sua solicitação", inner)
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Wed, 10 Jul 2024 15:05:00 +0000"),
        ("From", addr("RSNL Assistência Técnica", "noreply@pipefy.com", "UTF-8", "Q")),
        ("Reply-To", "assistencia@pt.rsnl.nl"),
        ("To", OUR),
        ("Message-ID", PIPEFY_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Subject", htext("Recebemos a sua solicitação: " + SUBJ(n), "UTF-8", "Q")),
        ("Mime-Version", "1.0"),
        ("X-SES-Outgoing", "2024.07.10-54.240.4.12"),
    ], body)


@mail("pipefy-pedido-concluido", 210, "closed", "873514229", "pt", "Pipefy service portal",
      "card moved to 'Concluído' after no customer reply; replaced subject, no tag/title/store: "
      "issue only via References; decoys: verification certificate 2024/PT-3318, visit date 18/07")
def _():
    n = 210
    inner = """Olá, StoreDesk!<br><br>
A solicitação <b>873514229</b> foi movida para a fase <b>Concluído</b> e foi encerrada.<br><br>
<b>Motivo do encerramento:</b> sem resposta do cliente após a visita técnica de 18/07
(balança recalibrada e selada, certificado de verificação n.º 2024/PT-3318).<br><br>
Se ainda precisar de ajuda, abra um novo pedido no nosso portal.<br><br>
<a href="https://app.pipefy.com/public/portals/rsnl-assistencia-pt" style="display:inline-block;background:#3b5bfd;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Abrir o portal</a>"""
    htm = pipefy_html("A sua solicitação foi concluída", inner)
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Wed, 31 Jul 2024 09:00:00 +0000"),
        ("From", addr("RSNL Assistência Técnica", "noreply@pipefy.com", "UTF-8", "Q")),
        ("Reply-To", "assistencia@pt.rsnl.nl"),
        ("To", OUR),
        ("Message-ID", "<66a9fbf03ab11_1a2b3c4d5e70@pipefy-mailer-7b9c.mail>"),
        ("References", f"{MID(n)} {PIPEFY_ACK_MID}"),
        ("Subject", htext("A sua solicitação 873514229 foi concluída", "UTF-8", "Q")),
        ("Mime-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Tuta (STORE-238)
TUTA_MID = "<O2xK7pL--F-9@tuta.com>"


@mail("tuta-melding-aangemaakt", 238, "acknowledged", "SCO-24-1187", "nl", "Tuta (Tutanota) web client",
      "HTML-only base64 human reply with Tuta's blockquote quote; short Dutch confirmation with the "
      "number in running text; decoys: 'regio Midden', kassa 4")
def _():
    n = 238
    d = SENT(n)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div>Goedemiddag,</div><div><br></div><div>Dank voor jullie melding. Ik heb hem aangemaakt onder nummer SCO-24-1187 en zet hem door naar de monteur van regio Midden.</div><div><br></div><div>Als het scherm van de zelfscankassa zwart blijft maar de kassa wel piept bij het scannen, is het meestal de backlight-converter. Daarvoor moeten we langskomen; ik laat jullie weten wanneer.</div><div><br></div><div>Groet,</div><div>Eva Mulder</div><div>Servicedesk RSNL</div><div><br></div><div class="tutanota_quote"><div>{d.day} jul 2024 09:00 van helpdesk@ops.storedesk.example:</div><blockquote class="tutanota_quote" style="border-left: 1px solid #93A3B8; padding-left: 10px; margin-left: 5px;">{html_quote_lines(OBODY(n))}</blockquote></div><div dir="auto"><br></div></body></html>"""
    body = leaf("text/html; charset=UTF-8", htm, "base64", "utf-8")
    return message([
        ("Date", "Wed, 10 Jul 2024 13:20:37 +0200 (CEST)"),
        ("From", addr("Eva Mulder", "e.mulder@rsnl.nl")),
        ("To", OUR),
        ("Message-ID", TUTA_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Subject", htext("Re: " + SUBJ(n), "UTF-8", "B")),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Organilog (STORE-209)
@mail("organilog-rapport-intervention", 209, "resolved", "I-2407-0412", "fr", "Organilog field service",
      "intervention report with PDF attachment; 'Problème résolu' inside a report; decoys: "
      "router serial 24A7731905, purchase order BC-55821, arrival/departure times, backup date 28/06")
def _():
    n = 209
    rows = [("Intervention", "I-2407-0412"), ("Site", S(n)), ("Date", "10/07/2024"),
            ("Technicien", "Karim Benali"), ("Arrivée / départ", "14:05 – 15:40"), ("Statut", "Terminée"),
            ("Bon de commande", "BC-55821")]
    cr = ("Routeur fibre/4G (modèle RX-520, n° de série 24A7731905) : bloc d'alimentation défectueux remplacé, "
          "configuration restaurée depuis la sauvegarde du 28/06. Toutes les LED sont vertes, la caisse et le "
          "TPE communiquent à nouveau avec le siège. Problème résolu.")
    plain = f"""Bonjour,

Veuillez trouver ci-joint le rapport de l'intervention réalisée sur votre site.

Objet : {SUBJ(n)}
""" + "".join(f"{k} : {v}\n" for k, v in rows) + f"""
Compte rendu :
{cr}

Signature client : M. Dubois (responsable magasin)

Pour toute question : 03 20 55 71 30 - interventions@fr.rsnl.nl

RSNL France - Service interventions
"""
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Bonjour,</p><p>Veuillez trouver ci-joint le rapport de l'intervention réalisée sur votre site.</p>
<p><b>Objet :</b> {esc(SUBJ(n))}</p>
<table style="border-collapse:collapse;font-size:13px" border="1" cellpadding="6">
{html_rows(rows, th_style="background:#eef3f8;text-align:left", td_style="")}
</table>
<p><b>Compte rendu :</b><br>{esc(cr)}</p>
<p>Signature client : M. Dubois (responsable magasin)</p>
<p>Pour toute question : 03 20 55 71 30 - interventions@fr.rsnl.nl</p>
<p style="color:#6b7c93">RSNL France - Service interventions<br><small>Envoyé avec Organilog</small></p>
</body></html>
"""
    pdf = fake_pdf(["RSNL France - Rapport d'intervention I-2407-0412", f"Site: {S(n)}",
                    "Date: 10/07/2024  Technicien: Karim Benali", "Statut: Terminee",
                    "Routeur RX-520 S/N 24A7731905 - alimentation remplacee"])
    alt = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                "b2_8f4e2a1c9d3b7e6f5a0c1d2e3f4a5b6c")
    att = leaf('application/pdf; name="Rapport_I-2407-0412.pdf"', pdf, "base64",
               headers=[("Content-Disposition", 'attachment; filename="Rapport_I-2407-0412.pdf"')])
    body = multi("mixed", [alt, att], "b1_8f4e2a1c9d3b7e6f5a0c1d2e3f4a5b6c")
    return message([
        ("Date", "Wed, 10 Jul 2024 17:25:12 +0200"),
        ("To", OUR),
        ("From", addr("RSNL France - Interventions", "noreply@organilog.com")),
        ("Reply-To", "interventions@fr.rsnl.nl"),
        ("Subject", htext("Rapport d'intervention n°I-2407-0412 - " + SUBJ(n), "utf-8", "B")),
        ("Message-ID", "<organilog-I-2407-0412.1720625112@organilog.com>"),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- FMX (STORE-237)
@mail("fmx-request-complete", 237, "resolved", "4418", "en", "FMX maintenance management",
      "US server (-0400); the request number 4418 appears only inside the 'View request' link; "
      "decoys: asset tag 000733, building code NL-AMS-01, labor 0.75 h, '20 test labels'")
def _():
    n = 237
    notes = ("Printer was set to thermal-transfer mode while the store uses direct-thermal labels. "
             "Switched media type to direct thermal, recalibrated the gap sensor and printed 20 test labels - all OK.")
    link = "https://rsnl.gofmx.com/maintenance/requests/4418?utm_source=email&amp;utm_medium=notification"
    htm = f"""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:0 auto">
<div style="background:#1b75bb;color:#fff;padding:14px 20px;font-size:18px">RSNL Facilities</div>
<div style="padding:20px;border:1px solid #ddd;border-top:0">
<p>Hello StoreDesk,</p>
<p>Your maintenance request has been marked <b>Complete</b>.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Request</td><td>{esc(SUBJ(n))}</td></tr>
<tr><td style="color:#777">Building</td><td>{S(n)} (NL-AMS-01)</td></tr>
<tr><td style="color:#777">Location</td><td>Back office</td></tr>
<tr><td style="color:#777">Equipment</td><td>Zebra ZD421 label printer (asset tag 000733)</td></tr>
<tr><td style="color:#777">Completed by</td><td>Jeroen Smit on 7/11/2024 9:31 AM</td></tr>
<tr><td style="color:#777">Labor</td><td>0.75 hours</td></tr>
</table>
<p><b>Completion notes:</b><br>{esc(notes)}</p>
<p><a href="{link}" style="background:#1b75bb;color:#fff;padding:8px 16px;text-decoration:none;border-radius:3px">View request</a></p>
</div>
<p style="font-size:11px;color:#999">You are receiving this email because you submitted this request. Powered by FMX.</p>
</div></body></html>
"""
    plain = f"""Hello StoreDesk,

Your maintenance request has been marked Complete.

Request: {SUBJ(n)}
Building: {S(n)} (NL-AMS-01)
Location: Back office
Equipment: Zebra ZD421 label printer (asset tag 000733)
Completed by: Jeroen Smit on 7/11/2024 9:31 AM
Labor: 0.75 hours

Completion notes:
{notes}

View request: {link.replace('&amp;', '&')}

You are receiving this email because you submitted this request. Powered by FMX.
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "00000000000000000001f2e3d4c5b6a7")
    return message([
        ("From", addr("RSNL Facilities", "no-reply@gofmx.com")),
        ("To", OUR),
        ("Subject", htext("Maintenance request completed: " + SUBJ(n), "UTF-8", "Q", "words")),
        ("Date", "Thu, 11 Jul 2024 09:44:03 -0400"),
        ("Message-ID", "<0100019099a1b2c3-4d5e6f70-8192-4a3b-9c8d-7e6f5a4b3c2d-000000@email.amazonses.com>"),
        ("MIME-Version", "1.0"),
        ("Feedback-ID", "1.us-east-1.fmxnotify=:AmazonSES"),
    ], body)


# ---------------------------------------------------------------- EcholoN (STORE-211)
ECH_ACK_MID = "<ECH.2407-1183.1.20240711100255@service.de.rsnl.nl>"


@mail("echolon-eingangsbestaetigung", 211, "acknowledged", "2407-1183", "de", "EcholoN service management",
      "windows-1252 QP receipt, ticket number bracketed in subject and in a field list; "
      "decoys: Kundennummer 100482, HRB 98231, postcode 50672, receipt timestamp")
def _():
    n = 211
    plain = f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Meldung wurde in unserem Service-Management
erfasst und an das Team Kassensysteme weitergeleitet.

  Ticket-Nr.:     2407-1183
  Betreff:        {SUBJ(n)}
  Priorität:      2 – hoch
  Kundennummer:   100482
  Eingang:        11.07.2024 10:02

Bitte geben Sie bei Rückfragen immer die Ticket-Nr. im Betreff an.

Mit freundlichen Grüßen
Ihr RSNL Service-Team

RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln
Amtsgericht Köln HRB 98231 · Geschäftsführer: Hendrik Vogel
"""
    body = leaf('text/plain; charset="windows-1252"', plain, "quoted-printable", "windows-1252")
    return message([
        ("From", addr("RSNL Service Deutschland", "service@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", htext(f"[Ticket-Nr. 2407-1183] Eingangsbestätigung: {SUBJ(n)}", "windows-1252", "Q")),
        ("Date", "Thu, 11 Jul 2024 10:02:55 +0200"),
        ("Message-ID", ECH_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "EcholoN Mail Service 2024.1"),
    ], body)


@mail("echolon-ticket-abgeschlossen", 211, "closed", "2407-1183", "de", "EcholoN service management",
      "closure with replaced subject (no tag); issue via References + title/store in German "
      "quotes; decoy: linked service order 2024-10293 from the mfr appointment; 14-day reopen note")
def _():
    n = 211
    plain = f"""Sehr geehrte Damen und Herren,

Ihr Ticket 2407-1183 „{T(n)} — {S(n)}“ wurde abgeschlossen.

Lösung:
Das Kundendisplay wurde im Rahmen von Serviceauftrag 2024-10293 am 17.07.
getauscht. Die Filiale hat am 18.07. telefonisch bestätigt, dass die Anzeige
wieder einwandfrei funktioniert.

Sollte das Problem erneut auftreten, antworten Sie bitte innerhalb von 14 Tagen
auf diese E-Mail; das Ticket wird dann automatisch wieder geöffnet.

Mit freundlichen Grüßen
Ihr RSNL Service-Team
"""
    body = leaf('text/plain; charset="windows-1252"', plain, "quoted-printable", "windows-1252")
    return message([
        ("From", addr("RSNL Service Deutschland", "service@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", "[Ticket-Nr. 2407-1183] Ticket abgeschlossen"),
        ("Date", "Fri, 19 Jul 2024 17:12:40 +0200"),
        ("Message-ID", "<ECH.2407-1183.7.20240719171240@service.de.rsnl.nl>"),
        ("References", f"{MID(n)} {ECH_ACK_MID}"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "EcholoN Mail Service 2024.1"),
    ], body)


# ---------------------------------------------------------------- mfr mobilefieldreport (STORE-211)
@mail("mfr-terminbestaetigung", 211, "update", "2024-10293", "de", "mfr mobilefieldreport",
      "field-service appointment mail with its own service-order number (year-like 2024-10293), "
      "our tag only as 'Ihre Referenz: STORE-211'; no threading; decoys: postcode 50667, date 17.07.2024, model DM-D70")
def _():
    n = 211
    rows = [("Serviceauftrag", "2024-10293"), ("Ihre Referenz", "STORE-211"),
            ("Einsatzort", "Köln Schildergasse, Schildergasse 65–67, 50667 Köln"),
            ("Termin", "Mittwoch, 17.07.2024, 10:00 – 12:00 Uhr"), ("Techniker", "Marco Lehmann"),
            ("Tätigkeit", "Kundendisplay tauschen (Ersatzgerät Epson DM-D70 wird mitgebracht)")]
    plain = "Guten Tag,\n\nfür Ihren Serviceauftrag haben wir folgenden Termin vereinbart:\n\n" + \
        "".join(f"{k + ':':<17} {v}\n" for k, v in rows) + """
Bitte stellen Sie sicher, dass die Kasse zum Termin zugänglich ist. Falls der
Termin nicht passt, antworten Sie bitte auf diese E-Mail.

Freundliche Grüße
Ihr RSNL Service-Team
"""
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#263238">
<p>Guten Tag,</p><p>für Ihren Serviceauftrag haben wir folgenden Termin vereinbart:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #cfd8dc;font-size:14px">
{html_rows([(k, esc(v)) for k, v in rows], th_style="background:#eceff1;text-align:left")}
</table>
<p>Bitte stellen Sie sicher, dass die Kasse zum Termin zugänglich ist. Falls der Termin nicht passt,
antworten Sie bitte auf diese E-Mail.</p>
<p>Freundliche Grüße<br>Ihr RSNL Service-Team</p>
<p style="font-size:11px;color:#90a4ae">Versendet mit mfr – mobilefieldreport</p>
</body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "mfr-alt-2024-10293-7c1e")
    return message([
        ("Date", "Mon, 15 Jul 2024 14:30:00 +0200"),
        ("From", addr("RSNL Service Deutschland", "noreply@mobilefieldreport.com")),
        ("Reply-To", "service@de.rsnl.nl"),
        ("To", OUR),
        ("Subject", htext("Terminbestätigung Serviceauftrag 2024-10293", "utf-8", "Q", "words")),
        ("Message-ID", "<mfr.2024-10293.termin.20240715143000@mobilefieldreport.com>"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- OpenSupports (STORE-212)
OSUP_MID = "<5f3c2a1b9e8d7c6b5a4f3e2d1c0b9a88@soporte.es.rsnl.nl>"
OSUP_TEXT = f"""Hola StoreDesk,

Tu ticket ha sido creado.

Número de ticket: 739264
Título: {SUBJ(212)}
Departamento: Soporte técnico

Puedes consultar el estado de tu ticket en:
https://soporte.es.rsnl.nl/check-ticket/739264/helpdesk%40ops.storedesk.example
"""


@mail("opensupports-ticket-creado", 212, "acknowledged", "739264", "es", "OpenSupports",
      "replaced subject '[RSNL Soporte] Ticket #739264 creado', no threading; our tag only in the "
      "'Título' line; HTML-only; decoys: 48 h response time, phone 911 234 567, e-mail in check-ticket URL")
def _():
    n = 212
    htm = f"""<html><head><meta charset="utf-8"></head>
<body style="background:#f6f6f6;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:20px auto;background:#fff;border-top:4px solid #ff6900;padding:24px">
<h2 style="color:#414a59;margin-top:0">RSNL Soporte</h2>
<p>Hola StoreDesk,</p>
<p>Tu ticket ha sido creado.</p>
<p>Número de ticket: <strong>739264</strong><br>
Título: {esc(SUBJ(n))}<br>
Departamento: Soporte técnico</p>
<p>Tiempo de respuesta habitual: 48 h laborables. Urgencias: 911 234 567.</p>
<p>Puedes consultar el estado de tu ticket en:<br>
<a href="https://soporte.es.rsnl.nl/check-ticket/739264/helpdesk%40ops.storedesk.example">https://soporte.es.rsnl.nl/check-ticket/739264/helpdesk%40ops.storedesk.example</a></p>
<p style="color:#999;font-size:12px">Powered by OpenSupports</p>
</div></body></html>
"""
    body = leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Fri, 12 Jul 2024 11:40:18 +0200"),
        ("To", OUR),
        ("From", addr("RSNL Soporte", "soporte@es.rsnl.nl")),
        ("Subject", "[RSNL Soporte] Ticket #739264 creado"),
        ("Message-ID", OSUP_MID),
        ("X-Mailer", "PHPMailer 6.1.7 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ], body)


@mail("rainloop-ticket-cerrado", 212, "closed", "739264", "es", "RainLoop webmail",
      "agent closes after no news; subject is the OpenSupports subject, our tag only in the quoted "
      "notice; threaded to the vendor's own message, not ours; decoy: material order 4500123987")
def _():
    n = 212
    plain = f"""Hola:

Como no hemos vuelto a tener noticias de la tienda desde el cambio de disco del día 15, doy por \
finalizada la intervención y cierro el ticket 739264 en nuestro sistema.

Si el equipo vuelve a ir lento, basta con contestar a este correo y lo reabrimos.

Un saludo,

Lucía Navarro
Soporte técnico - RSNL Ibérica
Pedido de material asociado: 4500123987

El 12/07/2024 11:40, RSNL Soporte escribió:
{gt(OSUP_TEXT)}"""
    htm = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div data-html-editor-font-wrapper="true" style="font-family: arial, sans-serif; font-size: 13px;">Hola:<br><br>Como no hemos vuelto a tener noticias de la tienda desde el cambio de disco del día 15, doy por finalizada la intervención y cierro el ticket 739264 en nuestro sistema.<br><br>Si el equipo vuelve a ir lento, basta con contestar a este correo y lo reabrimos.<br><br>Un saludo,<br><br><b>Lucía Navarro</b><br>Soporte técnico - RSNL Ibérica<br>Pedido de material asociado: 4500123987<br><br>El 12/07/2024 11:40, RSNL Soporte escribió:<blockquote style="border-left: 2px solid blue; margin: 0px; padding: 0px 10px;">{html_quote_lines(OSUP_TEXT)}</blockquote></div></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "_=_swift_1721815805_8f3b2a1c9d0e4f5a6b7c_=_")
    return message([
        ("Message-ID", "<8f3b2a1c9d0e4f5a6b7c8d9e0f1a2b3c@es.rsnl.nl>"),
        ("Date", "Wed, 24 Jul 2024 12:10:05 +0200"),
        ("Subject", "Re: [RSNL Soporte] Ticket #739264 creado"),
        ("From", addr("Lucía Navarro", "l.navarro@es.rsnl.nl", "utf-8", "Q")),
        ("To", OUR),
        ("In-Reply-To", OSUP_MID),
        ("References", OSUP_MID),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "RainLoop/1.16.0"),
    ], body)


# ---------------------------------------------------------------- Gomocha (STORE-239)
@mail("gomocha-afspraakbevestiging", 239, "update", "7004512", "nl", "Gomocha field service",
      "appointment confirmation with replaced subject, no threading; our tag only as 'Uw referentie: "
      "STORE-239' without brackets; decoys: postcode 3012 ER, house number 88, planning phone 088 776 51 00")
def _():
    n = 239
    rows = [("Werkorder", "7004512"), ("Uw referentie", "STORE-239"), ("Omschrijving", T(n)),
            ("Locatie", f"{S(n)}, Lijnbaan 88, 3012 ER Rotterdam"), ("Datum", "donderdag 18 juli 2024"),
            ("Tijdvak", "08:00 – 12:00"), ("Monteur", "Dennis Koster")]
    plain = "Beste klant,\n\nHierbij bevestigen wij de afspraak voor de volgende werkorder:\n\n" + \
        "".join(f"{k + ':':<16} {v}\n" for k, v in rows) + """
De monteur belt u ongeveer 30 minuten voor aankomst. Wilt u ervoor zorgen dat
de serverkast bereikbaar is?

Past dit tijdstip niet? Bel dan met de planning: 088 776 51 00 (werkdagen
08:00–17:00) en houd het werkordernummer bij de hand.

Met vriendelijke groet,
Planning Field Service
RSNL B.V.
"""
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#e30613;height:6px"></td></tr>
<tr><td style="padding:18px 0">
<p>Beste klant,</p><p>Hierbij bevestigen wij de afspraak voor de volgende werkorder:</p>
<table cellpadding="5" cellspacing="0" style="font-size:14px">
{html_rows([(k, esc(v)) for k, v in rows])}
</table>
<p>De monteur belt u ongeveer 30 minuten voor aankomst. Wilt u ervoor zorgen dat de serverkast bereikbaar is?</p>
<p>Past dit tijdstip niet? Bel dan met de planning: 088 776 51 00 (werkdagen 08:00–17:00) en houd het
werkordernummer bij de hand.</p>
<p>Met vriendelijke groet,<br>Planning Field Service<br>RSNL B.V.</p>
</td></tr></table></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "----=_Part_81_2044387151.1720795450117")
    return message([
        ("Date", "Fri, 12 Jul 2024 16:44:10 +0200 (CEST)"),
        ("From", addr("RSNL Field Service Planning", "planning@rsnl.nl")),
        ("To", OUR),
        ("Message-ID", "<GMC-WO7004512-CONF-20240712164410@planning.rsnl.nl>"),
        ("Subject", "Afspraakbevestiging werkorder 7004512"),
        ("MIME-Version", "1.0"),
        ("X-Gomocha-Event", "AppointmentConfirmed"),
    ], body)


# ---------------------------------------------------------------- Huawei Email (STORE-238)
@mail("huawei-email-bezoek-dinsdag", 238, "update", None, "nl", "Huawei Email (Android)",
      "engineer on his phone: rewritten subject, tag only in the quoted header of our original, "
      "visit planned, no ticket number stated (the SCO-24-1187 of the earlier Tuta reply is absent); "
      "decoys: article 1FT4-0033, kassa 4, date 16 juli")
def _():
    n = 238
    txt = f"""Hoi,

Ik kom dinsdag 16 juli rond 9:00 langs bij {S(n)} voor de zelfscankassa. Nieuwe backlight-converter is besteld en gaat mee (art. 1FT4-0033). Reken op ongeveer een uur, kassa 4 moet dan uit.

Gr Youssef

Verzonden vanaf mijn Huawei-telefoon


-------- Origineel bericht --------
Onderwerp: {SUBJ(n)}
Van: StoreDesk
Aan: RSNL Support
Cc:


{OBODY(n)}"""
    main, q = txt.split("-------- Origineel bericht --------", 1)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.rstrip("\n").split("\n"))
           + '<br><br><div style="font-size:100%;color:#000000"><!-- originalMessage -->'
           '<div>-------- Origineel bericht --------</div>'
           f'<div>Onderwerp: {esc(SUBJ(n))}</div><div>Van: StoreDesk </div><div>Aan: RSNL Support </div>'
           f'<div>Cc: </div><br><br></div>{html_quote_lines(OBODY(n))}</body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", txt, "base64", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "base64", "utf-8")],
                 "--_com.android.email_1720853712345675", quote_b=True)
    return message([
        ("MIME-Version", "1.0"),
        ("Subject", htext("Zelfscan Utrecht HC – bezoek dinsdag", "UTF-8", "B")),
        ("From", addr("Youssef El Amrani", "y.elamrani@rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Date", "Sat, 13 Jul 2024 08:55:12 +0200"),
        ("Message-ID", "<yt5c8m0b2w1rkq4n9s7d3f6h.1720853712345@email.android.com>"),
        ("In-Reply-To", MID(n)),
        ("Importance", "Normal"),
        ("X-Priority", "3"),
    ], body)


# ---------------------------------------------------------------- Maintmaster (STORE-213)
@mail("maintmaster-arbetsorder-uppdaterad", 213, "update", "30517", "sv", "Maintmaster CMMS",
      "Swedish notification from the RSNL Nordic workshop, status 'Väntar på material'; tag kept in "
      "the subject; decoys: serial 21334B0871, article 4009-221, week 30, 5200 mAh")
def _():
    n = 213
    plain = f"""Hej,

Arbetsorder 30517 har uppdaterats.

Objekt:        Handdator HS-AMS-07 (serienr 21334B0871)
Beskrivning:   {SUBJ(n)}
Status:        Väntar på material  (tidigare: Pågående)
Prioritet:     2
Ansvarig:      Linnea Berg
Kommentar:     Batteriet är defekt (3,7 V 5200 mAh) och laddkontakten är sliten.
               Nytt batteri (art.nr 4009-221) och laddkontakt är beställda,
               beräknad leverans v. 30. Handdatorn stannar hos oss tills dess.

Öppna arbetsordern: https://rsnl.maintmaster.se/web/workorder/30517

Detta är ett automatiskt meddelande från Maintmaster. Svara inte på detta mejl.
"""
    body = leaf("text/plain; charset=utf-8", plain, "8bit", "utf-8")
    return message([
        ("From", addr("RSNL Nordic Verkstad", "maintmaster@se.rsnl.nl")),
        ("To", OUR),
        ("Subject", htext(f"Arbetsorder 30517 har uppdaterats - {SUBJ(n)}", "utf-8", "B")),
        ("Date", "Mon, 15 Jul 2024 10:30:45 +0200"),
        ("Message-ID", "<MM.30517.20240715103045.3@se.rsnl.nl>"),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Maintmaster Notification Service"),
    ], body)


# ---------------------------------------------------------------- OpenSMTPD bounce (STORE-244)
@mail("opensmtpd-bounce", None, "ignore", None, "en", "OpenSMTPD delivery status notification",
      "TRAP bounce from RSNL's MX: one alias member of support@ no longer exists; contains our "
      "complete STORE-244 mail (tag, Message-ID) as message/rfc822 -> issue_ref null")
def _():
    orig = (INPUT / "sent" / "store-244.eml").read_bytes()
    txt = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

w.claes@rsnl.nl: 550 5.1.1 <w.claes@rsnl.nl>: Recipient address rejected: User unknown in virtual mailbox table

Below is a copy of the original message:
"""
    ds = """Reporting-MTA: dns; mx3.rsnl.nl
Arrival-Date: Tue, 16 Jul 2024 09:00:03 +0200

Final-Recipient: rfc822; w.claes@rsnl.nl
Original-Recipient: rfc822; support@rsnl.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <w.claes@rsnl.nl>: Recipient address rejected: User unknown in virtual mailbox table
"""
    body = multi("report", [leaf('text/plain; charset="utf-8"', txt, "7bit", "us-ascii"),
                            leaf("message/delivery-status", ds, "7bit", "us-ascii"),
                            Part(["Content-Type: message/rfc822", "Content-Disposition: attachment"], orig)],
                 "16321847201.53a2b4c6.1721113207/mx3.rsnl.nl",
                 params="; report-type=delivery-status",
                 preamble="This is a MIME-encapsulated message.")
    return message([
        ("Received", "from localhost (localhost [127.0.0.1]) by mx3.rsnl.nl (OpenSMTPD) with ESMTP id "
                     "53a2b4c6; Tue, 16 Jul 2024 09:00:07 +0200 (CEST)"),
        ("From", addr("Mailer Daemon", "MAILER-DAEMON@mx3.rsnl.nl")),
        ("Date", "Tue, 16 Jul 2024 09:00:07 +0200 (CEST)"),
        ("To", OUR),
        ("Subject", "Delivery status notification: error"),
        ("Message-ID", "<4f8a1c3e5d7b9a2c@mx3.rsnl.nl>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


# ---------------------------------------------------------------- Bitrix24 (STORE-243)
@mail("bitrix24-zgloszenie-przyjete", 243, "acknowledged", "2207", "pl", "Bitrix24 Open Channels (helpdesk)",
      "Polish ISO-8859-2 QP receipt from the RSNL Polska repair centre; replaced subject; body names "
      "neither tag nor title/store: issue only via In-Reply-To; decoys: postcode 01-377, NIP, phone, 10 days")
def _():
    n = 243
    plain = """Dzień dobry,

dziękujemy za wiadomość. Zgłoszenie serwisowe zostało zarejestrowane pod
numerem 2207 i przekazane do działu napraw terminali przenośnych.

Urządzenie prosimy wysłać kurierem na adres:
RSNL Polska Sp. z o.o.
ul. Połczyńska 31A, 01-377 Warszawa
z dopiskiem "Zgł. 2207".

Czas realizacji naprawy: do 10 dni roboczych od otrzymania urządzenia.

Pozdrawiamy
Zespół Serwisu RSNL Polska
tel. +48 22 307 11 40 | NIP 527-281-44-19
"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>'
           '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
           + "<br>\n".join(esc(l) for l in plain.rstrip("\n").split("\n"))
           + '\n<br><br><span style="color:#a0a5ab;font-size:12px">Wiadomość wysłana z Bitrix24</span></body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=iso-8859-2", plain, "quoted-printable", "iso-8859-2"),
                                 leaf("text/html; charset=iso-8859-2", htm, "quoted-printable", "iso-8859-2")],
                 "------------5f1a2b3c4d5e6f708192a3b4c5d6e7f8", quote_b=True)
    return message([
        ("Date", "Tue, 16 Jul 2024 09:20:31 +0200"),
        ("From", addr("RSNL Polska - Serwis", "serwis@pl.rsnl.nl")),
        ("To", OUR),
        ("Subject", htext("Zgłoszenie nr 2207 zostało przyjęte", "iso-8859-2", "Q")),
        ("Message-ID", "<bx.2207.e3b0c44298fc@pl.rsnl.nl>"),
        ("In-Reply-To", MID(n)),
        ("X-EVENT_NAME", "IMOPENLINES_MAIL_ANSWER"),
        ("X-Bitrix-Posting", "0"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Nuvolo (STORE-240)
@mail("nuvolo-work-order-closed", 240, "closed", "WO0010432", "en", "Nuvolo Connected Workplace (on ServiceNow)",
      "title+store only (no tag, no threading), written with a hyphen instead of our em dash; "
      "ServiceNow-style watermark; decoys: parent REQ0005521, calibration certificate CAL-24-1187, "
      "asset SCL-DH-03, Ref:MSG0048211")
def _():
    n = 240
    rows = [("Number", "WO0010432"), ("Short description", f"{T(n)} - {S(n)}"),
            ("State", "Closed Complete"), ("Parent", "REQ0005521"),
            ("Asset", "SCL-DH-03 (Bizerba KH II 800, S/N 30-3125-0098)"),
            ("Assigned to", "Rik Janssen"), ("Closed", "2024-07-16 11:59:48 UTC")]
    close = ("Load cell recalibrated with certified 15 kg test weight; deviation now 0 g. Calibration "
             "certificate CAL-24-1187 uploaded to the asset record. Work order closed.")
    htm = f"""<html><head></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Work Order <b>WO0010432</b> has been closed.</p>
<table cellpadding="4" style="font-family:Arial;font-size:10pt;border-collapse:collapse">
{html_rows([(k, esc(v)) for k, v in rows])}
</table>
<p><b>Close notes:</b><br>{esc(close)}</p>
<p><a href="https://rsnl.service-now.com/nav_to.do?uri=x_nuvo_eam_work_order.do?sys_id=8c1f2e3d4b5a69788796a5b4c3d2e1f0">Take me to the Work Order</a></p>
<p style="font-size:8pt;color:#888">Thank you,<br>RSNL Workplace Services</p>
</div>
<div>&nbsp;</div><div style="display:inline">Ref:MSG0048211</div>
</body></html>
"""
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Tue, 16 Jul 2024 12:00:02 +0000 (UTC)"),
        ("From", addr("RSNL Workplace Services", "rsnl@service-now.com")),
        ("Reply-To", "rsnl@service-now.com"),
        ("To", OUR),
        ("Message-ID", "<1721131202345.45.JavaMail.glide@app140061.ams101.service-now.com>"),
        ("Subject", "Work Order WO0010432 has been closed"),
        ("MIME-Version", "1.0"),
        ("X-ServiceNow-Source", "Notification-4f1e2d3c1b0a"),
        ("X-ServiceNow-SysEmail-Version", "2"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


# ---------------------------------------------------------------- Workiz (STORE-216)
@mail("workiz-appointment-scheduled", 216, "update", "SZ3K7Q", "en", "Workiz field service",
      "HTML-only base64 appointment notice with replaced subject and no threading; alphanumeric job "
      "id SZ3K7Q; our tag only in the job description; decoys: postcode 2511 BL, phone, time window")
def _():
    n = 216
    htm = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f4f5;font-family:Lato,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:26px 30px;font-size:22px;color:#1d2b36;font-weight:bold">Your appointment is scheduled</td></tr>
<tr><td style="padding:0 30px 10px 30px;font-size:15px;color:#44525e;line-height:23px">
Hi StoreDesk,<br>RSNL Field Service has scheduled your appointment.</td></tr>
<tr><td style="padding:10px 30px"><table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e3e8eb;font-size:14px">
<tr><td style="color:#8a99a6">Job</td><td>#SZ3K7Q</td></tr>
<tr><td style="color:#8a99a6">When</td><td>Thursday, July 18, 2024 &middot; 1:00 PM - 3:00 PM</td></tr>
<tr><td style="color:#8a99a6">Where</td><td>{S(n)}, Spui 175, 2511 BL Den Haag</td></tr>
<tr><td style="color:#8a99a6">Job type</td><td>Network</td></tr>
<tr><td style="color:#8a99a6">Description</td><td>{esc(SUBJ(n))} - replace switch PSU, check fan</td></tr>
<tr><td style="color:#8a99a6">Technician</td><td>Pieter</td></tr>
</table></td></tr>
<tr><td style="padding:16px 30px 28px 30px;font-size:14px;color:#44525e">
Need to reschedule? Call us at +31 70 204 8811.<br><br>
<a href="https://app.workiz.com/client/job/SZ3K7Q/?t=9b1e3c" style="background:#00c27c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View job details</a>
</td></tr></table>
<p style="font-size:11px;color:#9aa7b2">Sent by RSNL Field Service via Workiz</p>
</td></tr></table></body></html>
"""
    body = leaf("text/html; charset=utf-8", htm, "base64", "utf-8")
    return message([
        ("From", addr("RSNL Field Service", "notifications@workiz.com")),
        ("Reply-To", "dispatch@rsnl.nl"),
        ("To", OUR),
        ("Subject", "Your appointment with RSNL Field Service is scheduled"),
        ("Date", "Wed, 17 Jul 2024 11:12:48 +0000"),
        ("Message-ID", "<workiz.job.SZ3K7Q.1721214768@mail.workiz.com>"),
        ("MIME-Version", "1.0"),
        ("X-SG-EID", "u001.Qm9vS2tpbmcgY29uZmlybWF0aW9u"),
    ], body)


# ---------------------------------------------------------------- Mailfence (STORE-245)
@mail("mailfence-dossier-resolu", 245, "resolved", "2291-LIL", "fr", "Mailfence webmail",
      "resolved but asks for confirmation before closing; vendor dossier number appended to the "
      "kept subject in parentheses; decoys: part ref KB-78-ENT, date in attribution")
def _():
    n = 245
    d = SENT(n)
    main = f"""Bonjour,

Notre technicien est passé ce matin à {S(n)} : plusieurs touches du clavier de la caisse étaient \
collées par du soda renversé. Le clavier a été démonté et nettoyé, et les touches « Entrée » et « 0 » \
ont été remplacées (réf. KB-78-ENT).

Tout fonctionne à nouveau ; de notre côté le dossier 2291-LIL est résolu. Merci de nous confirmer \
que tout est en ordre pour le magasin afin que nous puissions le clôturer.

Bien cordialement,

Sophie Marchand
Coordinatrice SAV Nord
RSNL France"""
    plain = f"""{main}

Le {d:%d/%m/%Y} 09:00, StoreDesk <helpdesk@ops.storedesk.example> a écrit :
{gt(OBODY(n))}"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="font-family: Arial; font-size: 10pt;">'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + f'<br><div class="mf-quote-header">Le {d:%d/%m/%Y} 09:00, StoreDesk &lt;helpdesk@ops.storedesk.example&gt; a écrit :</div>'
           f'<blockquote style="margin-left:8px;padding-left:8px;border-left:1px solid #ccc">{html_quote_lines(OBODY(n))}'
           '</blockquote></div></body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "----=_Part_1097_1520384721.1721317830369")
    return message([
        ("Date", "Thu, 18 Jul 2024 17:50:30 +0200 (CEST)"),
        ("From", addr("Sophie Marchand", "s.marchand@fr.rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Message-ID", "<1853216148.1098.1721317830372@fidget.co-bxl>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Subject", htext(f"Re: {SUBJ(n)} (dossier 2291-LIL)", "UTF-8", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Mailfence"),
    ], body)


# ---------------------------------------------------------------- Housecall Pro (STORE-217)
@mail("housecall-pro-job-complete", 217, "resolved", "2231", "en", "Housecall Pro",
      "'job is complete' customer mail, HTML-only base64 via SES; the invoice number INV-5871 is "
      "more prominent than job #2231; decoys: part 2141093, amount EUR 0.00, review link")
def _():
    n = 217
    htm = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f7fa;font-family:Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e0e4ea">
<tr><td style="padding:24px 32px;font-size:24px;font-weight:500">Your job is complete</td></tr>
<tr><td style="padding:0 32px;font-size:15px;line-height:22px">
Hi StoreDesk,<br><br>Thanks for choosing RSNL Field Service! Your technician Sander finished the job today.
</td></tr>
<tr><td style="padding:16px 32px"><table width="100%" cellpadding="6" style="font-size:14px;background:#f7f9fb">
<tr><td style="color:#6b778c">Job</td><td>#2231</td></tr>
<tr><td style="color:#6b778c">Job description</td><td>{esc(SUBJ(n))}</td></tr>
<tr><td style="color:#6b778c">Work performed</td><td>Paper guide was bent. Replaced paper guide and platen roller (part 2141093). 30 test receipts printed without a jam.</td></tr>
<tr><td style="color:#6b778c">Completed</td><td>Jul 18, 2024 5:41 PM</td></tr>
</table></td></tr>
<tr><td style="padding:8px 32px;font-size:18px"><b>Invoice #INV-5871</b> &middot; Amount due: &euro;0.00 (service contract)</td></tr>
<tr><td style="padding:16px 32px"><a href="https://client.housecallpro.com/invoices/inv_5b1c8e2a9f0d4e37?utm_source=email" style="background:#0055ff;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">View invoice INV-5871</a></td></tr>
<tr><td style="padding:16px 32px 28px 32px;font-size:14px">How did Sander do? <a href="https://g.page/r/rsnl-field-service/review">Leave us a review</a></td></tr>
</table>
<p style="font-size:11px;color:#8993a4">RSNL Field Service &middot; powered by Housecall Pro</p>
</td></tr></table></body></html>
"""
    body = leaf("text/html; charset=UTF-8", htm, "base64", "utf-8")
    return message([
        ("From", addr("RSNL Field Service", "notifications@housecallpro.com")),
        ("Reply-To", "fieldservice@rsnl.nl"),
        ("To", OUR),
        ("Subject", "Your job with RSNL Field Service is complete"),
        ("Date", "Thu, 18 Jul 2024 16:02:11 +0000"),
        ("Message-ID", "<01000190c6b1a2b3-aa11bb22-cc33-44dd-88ee-ff0011223344-000000@email.amazonses.com>"),
        ("MIME-Version", "1.0"),
        ("Feedback-ID", "1.us-east-1.hcp-transactional=:AmazonSES"),
    ], body)


# ---------------------------------------------------------------- Deskero (STORE-219)
DESKERO_TEXT = f"""Gentile cliente,

la sua richiesta è stata presa in carico dal Laboratorio Firmware di RSNL Italia.

Numero ticket: 2187
Oggetto: {SUBJ(219)}
Stato: Aperto
Priorità: Alta

Un tecnico la contatterà entro 1 giorno lavorativo. Per aggiungere informazioni risponda a questa e-mail senza modificare l'oggetto.

Può seguire lo stato della richiesta qui: https://rsnl.deskero.com/it/ticket/2187

Cordiali saluti,
RSNL Italia S.r.l. - Via Vittor Pisani 16, 20124 Milano - P.IVA 09812340961
"""
DESKERO_MID = "<deskero-2187-6a1f0b2c@rsnl.deskero.com>"


@mail("deskero-ticket-aperto", 219, "acknowledged", "2187", "it", "Deskero help desk",
      "Italian receipt from a hosted helpdesk domain, ticket number as '[Ticket #2187]' prefix before "
      "our kept subject; decoys: P.IVA 09812340961, CAP 20124, '1 giorno'")
def _():
    n = 219
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
           '<div style="border-bottom:3px solid #2aa3d5;padding-bottom:6px;margin-bottom:12px;font-size:18px">RSNL Italia - Laboratorio Firmware</div>\n'
           + "<br>\n".join(esc(l) for l in DESKERO_TEXT.rstrip("\n").split("\n")).replace(
               "https://rsnl.deskero.com/it/ticket/2187",
               '<a href="https://rsnl.deskero.com/it/ticket/2187">https://rsnl.deskero.com/it/ticket/2187</a>')
           + '\n<p style="font-size:11px;color:#999">Powered by Deskero</p></body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=utf-8", DESKERO_TEXT, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "=_deskero_9b8a7c6d5e4f")
    return message([
        ("From", addr("RSNL Italia - Laboratorio Firmware", "support@rsnl.deskero.com")),
        ("To", OUR),
        ("Subject", htext(f"[Ticket #2187] {SUBJ(n)}", "utf-8", "Q")),
        ("Date", "Fri, 19 Jul 2024 14:22:07 +0200"),
        ("Message-ID", DESKERO_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Deskero-Ticket", "2187"),
    ], body)


@mail("hey-ticket-closed", 219, "closed", "2187", "en", "HEY for Work",
      "account manager closes after the store's confirmation; quotes the Deskero receipt (which "
      "repeats 2187 and the Italian company data); decoy: firmware 4.12.09")
def _():
    n = 219
    main = """Hi team,

Your store manager in Antwerpen Meir confirmed this afternoon that the card reader has been working all \
week on firmware 4.12.09, so I've closed ticket 2187.

If it ever comes back, just open a new one and mention 2187.

Best,
Bart

Bart Janssens
Account Manager Retail Benelux | RSNL"""
    plain = f"""{main}

On July 19, 2024, RSNL Italia - Laboratorio Firmware <support@rsnl.deskero.com> wrote:
{gt(DESKERO_TEXT)}"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div class="trix-content">\n'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>\n" for l in main.split("\n"))
           + '<br><div>On July 19, 2024, RSNL Italia - Laboratorio Firmware &lt;support@rsnl.deskero.com&gt; wrote:'
           f'<blockquote type="cite">{html_quote_lines(DESKERO_TEXT)}</blockquote></div></div></body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "--==_mimepart_66acd5af8e1c2_7b1c8d9e4f12345")
    return message([
        ("Date", "Fri, 02 Aug 2024 16:08:31 +0200"),
        ("From", addr("Bart Janssens", "bart.janssens@rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Message-ID", "<66acd5af8f3e1_7b1c8d9e4f1234ab@app-01.hey.com.mail>"),
        ("In-Reply-To", DESKERO_MID),
        ("References", f"{MID(n)} {DESKERO_MID}"),
        ("Subject", htext(f"Re: [Ticket #2187] {SUBJ(n)}", "UTF-8", "Q")),
        ("Mime-Version", "1.0"),
        ("Feedback-ID", "hey:work:rsnl"),
    ], body)


# ---------------------------------------------------------------- Tiflux (STORE-246)
@mail("tiflux-aguardando-cliente", 246, "update", "27514", "pt", "TiFlux helpdesk",
      "agent asks for a photo, status 'Aguardando cliente'; reply-above-this-line marker; "
      "decoys: contract 2023/118, LED names PWR1/PWR2")
def _():
    n = 246
    agent = ("Bom dia. O apito contínuo no switch costuma indicar falha numa das fontes de alimentação ou na "
             "ventoinha. Conseguem enviar-nos uma fotografia do painel frontal (LEDs PWR1, PWR2 e FAN) e "
             "confirmar se o switch está ligado à UPS? Sem esta informação não conseguimos avançar.")
    htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#444">
<div style="color:#b5b5b5;font-size:12px">##- Por favor, responda acima desta linha -##</div>
<p>Olá, StoreDesk.</p>
<p>O ticket <b>#27514</b> recebeu uma nova resposta:</p>
<div style="border-left:3px solid #f26b21;padding:6px 12px;background:#fafafa">{esc(agent)}<br><br>Obrigado,<br>Tiago Ferreira</div>
<table cellpadding="4" style="margin-top:14px;font-size:13px">
<tr><td style="color:#888">Título</td><td>{esc(SUBJ(n))}</td></tr>
<tr><td style="color:#888">Situação</td><td>Aguardando cliente</td></tr>
<tr><td style="color:#888">Contrato</td><td>2023/118 - Suporte Retalho</td></tr>
</table>
<p>Para responder, basta responder a este e-mail ou aceder a
<a href="https://app.tiflux.com/v/tickets/27514">https://app.tiflux.com/v/tickets/27514</a>.</p>
<p style="font-size:11px;color:#aaa">Enviado por TiFlux</p>
</body></html>
"""
    body = leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Fri, 19 Jul 2024 10:40:59 +0100"),
        ("From", addr("RSNL Portugal - Suporte", "suporte@rsnl.tiflux.com")),
        ("To", OUR),
        ("Subject", htext(f"Ticket #27514 - Atualização: {SUBJ(n)}", "utf-8", "B")),
        ("Message-ID", "<tiflux-27514-3-1721382059@rsnl.tiflux.com>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Windows Live Mail human (STORE-247)
@mail("windows-live-mail-auftrag", 247, "acknowledged", "A-31877", "de", "Windows Live Mail 2012",
      "German reply with OE/WLM '----- Original Message -----' block and English header labels; "
      "windows-1252 QP including the subject; decoys: phone 0221 2987 4400, 'Montag'")
def _():
    n = 247
    main = """Hallo,

danke für die Meldung. Ich habe den Fall unter der Auftragsnummer A-31877
aufgenommen und an unseren Kollegen für den Bereich Köln weitergegeben.
Er meldet sich am Montag telefonisch in der Filiale.

Viele Grüße
Uwe Brandt
RSNL Deutschland GmbH - Innendienst
Tel. 0221 2987 4400"""
    plain = f"""{main}

----- Original Message ----- 
From: "StoreDesk" <helpdesk@ops.storedesk.example>
To: "RSNL Support" <support@rsnl.nl>
Sent: Friday, July 19, 2024 9:00 AM
Subject: {SUBJ(n)}


{gt(OBODY(n))}"""
    htm = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
           '<META content="text/html; charset=windows-1252" http-equiv=Content-Type>\n'
           '<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>\n<BODY bgColor=#ffffff>\n'
           '<DIV dir=ltr>\n<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">\n'
           + "".join(f"<DIV>{esc(l) if l else '&nbsp;'}</DIV>\n" for l in main.split("\n"))
           + '<DIV style="FONT: 10pt tahoma">\n<DIV>&nbsp;</DIV>\n'
           '<DIV style="BACKGROUND: #f5f5f5">\n<DIV style="font-color: black"><B>From:</B> StoreDesk </DIV>\n'
           '<DIV><B>Sent:</B> Friday, July 19, 2024 9:00 AM</DIV>\n<DIV><B>To:</B> RSNL Support </DIV>\n'
           f'<DIV><B>Subject:</B> {esc(SUBJ(n))}</DIV></DIV></DIV>\n<DIV>&nbsp;</DIV></DIV>\n'
           f'<DIV style="FONT-SIZE: 12pt; FONT-FAMILY: \'Calibri\'; COLOR: #000000">{html_quote_lines(OBODY(n))}</DIV></DIV></BODY></HTML>\n')
    body = multi("alternative", [leaf('text/plain; charset="windows-1252"', plain, "quoted-printable", "windows-1252"),
                                 leaf('text/html; charset="windows-1252"', htm, "quoted-printable", "windows-1252")],
                 "----=_NextPart_000_0012_01DAD9E4.2C6B1F30", preamble="This is a multi-part message in MIME format.")
    return message([
        ("From", addr("Uwe Brandt", "u.brandt@de.rsnl.nl", quote=True)),
        ("To", addr("StoreDesk", OUR, quote=True)),
        ("References", MID(n)),
        ("In-Reply-To", MID(n)),
        ("Subject", htext("AW: " + SUBJ(n), "windows-1252", "Q")),
        ("Date", "Fri, 19 Jul 2024 15:37:00 +0200"),
        ("Message-ID", "<9A4B7C1D2E3F4A5B6C7D8E9F0A1B2C3D@UBRANDTPC>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331"),
    ], body)


# ---------------------------------------------------------------- Keeping (other customer)
@mail("keeping-other-customer", None, "ignore", None, "nl", "Keeping (Gmail shared-inbox helpdesk)",
      "TRAP genuine RSNL agent mail about another customer's till (Bakkerij Vos Zwolle, ticket 4455), "
      "sent to us by a wrong Cc autocomplete; no STORE tag, no threading to our mails")
def _():
    main = """Beste Marieke,

Dank voor de foto's. Kassa 2 in Zwolle start niet op omdat de voeding defect is. De monteur neemt
maandag 22 juli een nieuwe voeding mee en komt tussen 8:00 en 10:00 uur langs.

Je hoeft verder niets te doen; laat de kassa gewoon uitgeschakeld staan.

Met vriendelijke groet,
Inge Verhoeven
RSNL Support"""
    foot = "Ticket #4455 · Reageer op deze e-mail om te antwoorden"
    plain = f"{main}\n\n--\n{foot}\n"
    htm = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + f'<br><div style="color:#9aa0a6;font-size:11px">{esc(foot)}</div>'
           '<img src="https://app.keeping.com/o/3a9f1c7e4455.png" width="1" height="1" alt=""></div>\n')
    body = multi("alternative", [leaf('text/plain; charset="UTF-8"', plain, "quoted-printable", "utf-8"),
                                 leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8")],
                 "000000000000b4a7e1061d9f3c2a", quote_b=True)
    return message([
        ("MIME-Version", "1.0"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Date", "Sat, 20 Jul 2024 10:05:33 +0200"),
        ("Message-ID", "<CAJ4kP2m-6xQ9L3vR1tY8wZ0bN5cF7gH2jK4sD6fA8@mail.gmail.com>"),
        ("Subject", "Re: Kassa 2 start niet op - Bakkerij Vos Zwolle"),
        ("To", addr("Marieke Vos", "kassa@bakkerijvos.example")),
        ("Cc", addr("StoreDesk", OUR)),
        ("In-Reply-To", "<AM0PR10MB3187D41C2F8E9A1B@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.COM>"),
        ("References", "<AM0PR10MB3187D41C2F8E9A1B@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.COM>"),
        ("X-Keeping-Ticket", "4455"),
    ], body)


# ---------------------------------------------------------------- monday service (STORE-250)
MONDAY_ACK_MID = "<0102019080c1d2e3-f4a5b6c7-d8e9-4f0a-b1c2-d3e4f5a6b7c8-000000@eu-west-1.amazonses.com>"


def monday_html(title, inner):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f7fb;font-family:Figtree,Roboto,Helvetica,Arial,sans-serif;color:#323338">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:26px 36px 6px 36px;font-size:22px;font-weight:600">{title}</td></tr>
<tr><td style="padding:8px 36px 30px 36px;font-size:15px;line-height:23px">
{inner}
</td></tr></table>
<p style="font-size:12px;color:#676879">RSNL Support &middot; powered by monday service</p>
</td></tr></table></body></html>
"""


@mail("monday-service-request-received", 250, "acknowledged", "6723045981", "en", "monday service",
      "10-digit item id; the portal link also carries a 10-digit board id 1583920471 as decoy; "
      "SES Message-ID; decoys: printer IP 10.22.4.51, 4 business hours")
def _():
    n = 250
    inner = f"""Hi StoreDesk,<br><br>
Thanks for reaching out! We've received your request and created ticket <b>#6723045981</b>.
One of our agents will get back to you shortly (first response for High priority: within 4 business hours).<br><br>
<table cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #e6e9ef;width:100%">
<tr><td style="color:#676879">Ticket</td><td>#6723045981</td></tr>
<tr><td style="color:#676879">Subject</td><td>{esc(SUBJ(n))}</td></tr>
<tr><td style="color:#676879">Status</td><td><span style="background:#c4c4c4;color:#fff;padding:2px 8px;border-radius:3px">New</span></td></tr>
<tr><td style="color:#676879">Priority</td><td>High</td></tr>
<tr><td style="color:#676879">Device</td><td>Kitchen printer, IP 10.22.4.51</td></tr>
</table><br>
<a href="https://rsnl.monday.com/boards/1583920471/pulses/6723045981" style="background:#0073ea;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">View ticket</a><br><br>
You can reply to this email to add more details."""
    htm = monday_html("We've received your request", inner)
    plain = f"""Hi StoreDesk,

Thanks for reaching out! We've received your request and created ticket #6723045981.
One of our agents will get back to you shortly (first response for High priority: within 4 business hours).

Ticket:   #6723045981
Subject:  {SUBJ(n)}
Status:   New
Priority: High
Device:   Kitchen printer, IP 10.22.4.51

View ticket: https://rsnl.monday.com/boards/1583920471/pulses/6723045981

You can reply to this email to add more details.

RSNL Support - powered by monday service
"""
    body = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")],
                 "----=_Part_3318802_1847215530.1721633505112")
    return message([
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Reply-To", "support+6723045981@rsnl.monday.com"),
        ("To", OUR),
        ("Subject", htext("Re: " + SUBJ(n), "UTF-8", "Q")),
        ("Date", "Mon, 22 Jul 2024 09:31:45 +0200"),
        ("Message-ID", MONDAY_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("MIME-Version", "1.0"),
        ("Feedback-ID", "1.eu-west-1.mndysrv=:AmazonSES"),
        ("X-SES-Outgoing", "2024.07.22-23.251.226.7"),
    ], body)


@mail("monday-service-ticket-resolved", 250, "resolved", "6723045981", "en", "monday service",
      "status change to Resolved with the agent's comment and a 5-day auto-reopen window; "
      "decoy: interface board UB-E04 and the same board id in the link")
def _():
    n = 250
    comment = ("Hi, our engineer replaced the interface board (UB-E04) in the kitchen printer this morning. "
               "Orders print in the kitchen again. If anything is still wrong, just reply within 5 days "
               "and the ticket will reopen automatically.")
    inner = f"""Ticket <b>#6723045981</b> was marked as <b>Resolved</b> by Lotte Verbeek.<br><br>
<div style="border-left:3px solid #00c875;padding:8px 14px;background:#f5f6f8"><b>Lotte Verbeek</b><br>{esc(comment)}</div><br>
<table cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #e6e9ef;width:100%">
<tr><td style="color:#676879">Subject</td><td>{esc(SUBJ(n))}</td></tr>
<tr><td style="color:#676879">Status</td><td><span style="background:#00c875;color:#fff;padding:2px 8px;border-radius:3px">Resolved</span></td></tr>
</table><br>
<a href="https://rsnl.monday.com/boards/1583920471/pulses/6723045981" style="background:#0073ea;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">View ticket</a>"""
    htm = monday_html("Your ticket has been resolved", inner)
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Reply-To", "support+6723045981@rsnl.monday.com"),
        ("To", OUR),
        ("Subject", htext("Re: " + SUBJ(n), "UTF-8", "Q")),
        ("Date", "Fri, 26 Jul 2024 15:48:00 +0200"),
        ("Message-ID", "<01020190ef12a3b4-c5d6e7f8-a9b0-4c1d-92e3-f4a5b6c7d8e9-000000@eu-west-1.amazonses.com>"),
        ("In-Reply-To", MONDAY_ACK_MID),
        ("References", f"{MID(n)} {MONDAY_ACK_MID}"),
        ("MIME-Version", "1.0"),
        ("Feedback-ID", "1.eu-west-1.mndysrv=:AmazonSES"),
    ], body)


# ---------------------------------------------------------------- Coswin (STORE-221)
@mail("coswin-demande-intervention", 221, "acknowledged", "DI-24-03187", "fr", "COSWIN 8i CMMS (Siveco)",
      "title+store only (no tag, no threading) in a Latin-1 field list; request awaiting approval "
      "(work order not yet issued); decoys: equipment NVR-LIL-02, '16 voies', version 8i")
def _():
    n = 221
    plain = f"""Bonjour,

Une demande d'intervention a été créée dans COSWIN.

N° DI            : DI-24-03187
Date de création : 22/07/2024 08:05
Demandeur        : StoreDesk (helpdesk@ops.storedesk.example)
Site             : {S(n)}
Équipement       : NVR-LIL-02 - Enregistreur vidéo 16 voies
Libellé          : {T(n)}
Priorité         : 3 - Normale
État             : Attente d'approbation
Secteur          : Sûreté / Vidéo

Un ordre de travail sera émis après validation par le responsable de secteur.

Ce message est généré automatiquement par COSWIN 8i, merci de ne pas y répondre.
"""
    body = leaf("text/plain; charset=ISO-8859-1", plain, "quoted-printable", "iso-8859-1")
    return message([
        ("Date", "Mon, 22 Jul 2024 08:05:21 +0200"),
        ("From", addr("COSWIN - RSNL France", "coswin@fr.rsnl.nl")),
        ("To", OUR),
        ("Message-ID", "<COSWIN.DI-24-03187.20240722080521@fr.rsnl.nl>"),
        ("Subject", htext("[COSWIN] Nouvelle demande d'intervention DI-24-03187", "ISO-8859-1", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "JavaMail (COSWIN 8i)"),
    ], body)


# ---------------------------------------------------------------- AroFlo (STORE-244)
@mail("aroflo-job-closed", 244, "closed", "24301", "en", "AroFlo job management",
      "job closed after the store's confirmation; tag in subject and again as 'Client Order No'; "
      "decoys: quote Q-1187, '15 items', dates 19/07 and 22/07")
def _():
    n = 244
    rows = [("Job No", "24301"), ("Client Order No", "STORE-244"), ("Site", S(n)), ("Status", "Closed"),
            ("Closed Date", "22/07/2024"), ("Related Quote", "Q-1187")]
    summ = ("Price checker had lost its DHCP reservation after the switch swap. Reservation re-added, "
            "device back online, 15 items tested. The store confirmed on 19/07 that everything works; "
            "no further action required, the job is now closed.")
    plain = "Hello StoreDesk,\n\nThe following job has been closed.\n\n" + \
        "".join(f"{k + ':':<17} {v}\n" for k, v in rows) + f"\nTask summary:\n{summ}\n\nRegards,\nRSNL Service Benelux\n"
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello StoreDesk,</p><p>The following job has been closed.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
{html_rows([(k, esc(v)) for k, v in rows], th_style="background:#e8eef4;text-align:left")}
</table>
<p><b>Task summary:</b><br>{esc(summ)}</p>
<p>Regards,<br>RSNL Service Benelux</p>
<p style="font-size:10px;color:#888">Sent via AroFlo</p></body></html>
"""
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "aroflo_alt_24301_b7e2")
    return message([
        ("Date", "Mon, 22 Jul 2024 14:05:00 +0200"),
        ("From", addr("RSNL Service Benelux", "noreply@aroflo.com")),
        ("Reply-To", "servicebenelux@rsnl.nl"),
        ("To", OUR),
        ("Subject", htext(f"Job 24301 has been closed - {SUBJ(n)}", "utf-8", "Q", "words")),
        ("Message-ID", "<aroflo.job24301.closed.1721649900@aroflo.com>"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Axigen auto-responder
@mail("axigen-absence", None, "ignore", None, "fr", "Axigen auto-responder",
      "TRAP French out-of-office, not threaded and without quoting; from an RSNL engineer who "
      "earlier acknowledged STORE-257, but no issue content -> issue_ref null")
def _():
    plain = """Bonjour,

Je suis absent du bureau du 22 juillet au 9 août inclus, avec un accès limité à mes e-mails.

Pour toute demande urgente concernant les caisses et les terminaux de paiement, merci de contacter
le support au 03 20 55 71 30 ou à l'adresse support@rsnl.nl.

Cordialement,
Julien Lefebvre
"""
    body = leaf("text/plain; charset=UTF-8", plain, "quoted-printable", "utf-8")
    return message([
        ("Message-ID", "<axigen-autoreply-669e8322-3a1f@fr.rsnl.nl>"),
        ("Date", "Mon, 22 Jul 2024 18:02:00 +0200"),
        ("From", addr("Lefebvre, Julien", "j.lefebvre@fr.rsnl.nl")),
        ("To", OUR),
        ("Subject", htext("Réponse automatique : absent du bureau", "UTF-8", "Q")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Axigen-Autoresponder", "yes"),
        ("Precedence", "auto_reply"),
    ], body)


# ---------------------------------------------------------------- mainsim (STORE-249)
@mail("mainsim-ordine-lavoro-sospeso", 249, "update", "2024/1384", "it", "mainsim CMMS",
      "Italian work-order status change to 'Sospeso - In attesa ricambi'; id with a slash; "
      "our tag only as 'Riferimento cliente: STORE-249'; decoys: serial 8812-4471, firmware 2.7.4, "
      "spare part CR3-MB-02, delivery date 29/07")
def _():
    n = 249
    plain = f"""Ordine di lavoro aggiornato

Ordine di lavoro:     2024/1384
Titolo:               {T(n)} — {S(n)}
Riferimento cliente:  STORE-249
Asset:                Lettore carte RSNL CR-300, matricola 8812-4471
Stato:                Sospeso - In attesa ricambi (precedente: In lavorazione)
Assegnato a:          Laboratorio Firmware Milano

Nota del tecnico:
il lettore non accetta il downgrade al firmware 2.7.4, la memoria flash risulta
danneggiata. Abbiamo ordinato una scheda logica sostitutiva (codice ricambio
CR3-MB-02), consegna prevista 29/07.

Apri l'ordine di lavoro: https://rsnl.mainsim.com/wo/view/2024-1384

Questa è una notifica automatica inviata da mainsim. Non rispondere a questa e-mail.
"""
    body = leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8")
    return message([
        ("Date", "Tue, 23 Jul 2024 11:00:36 +0200"),
        ("From", addr("mainsim - RSNL Italia", "noreply@mainsim.com")),
        ("Reply-To", "laboratorio@it.rsnl.nl"),
        ("To", OUR),
        ("Subject", "[mainsim] Ordine di lavoro 2024/1384 aggiornato"),
        ("Message-ID", "<mainsim.wo.20241384.1721725236@mainsim.com>"),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


# ---------------------------------------------------------------- GMX (STORE-223)
@mail("gmx-vpn-weiterhin-gestoert", 223, "update", "24-7781", "de", "GMX FreeMail webmail",
      "freelance subcontractor writing 'im Auftrag der RSNL' from a personal gmx.de address; HTML-only "
      "QP with GMX's 'Gesendet/Von/An/Betreff' quote; still not working after router swap; decoys: "
      "mobile number, 'Phase 1/Phase 2'")
def _():
    n = 223
    d = SENT(n)
    main = """Hallo zusammen,

ich war heute im Auftrag der RSNL vor Ort in der Schildergasse. Den Router (Draytek Vigor 2865) habe ich getauscht und die Konfiguration eingespielt – der IPsec-Tunnel zur Zentrale baut trotzdem nicht auf (Phase 1 ok, Phase 2 scheitert).

Für mich sieht das nach einem Problem auf der Gegenseite bzw. beim Provider aus. Ich habe das an das RSNL-NOC weitergegeben, der RSNL-Auftrag 24-7781 bleibt offen.

Gruß
Stefan Wolff
Wolff IT-Service (Subunternehmer der RSNL)
Mobil 0171 2345678"""
    mh = "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in main.split("\n"))
    htm = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>{mh}
<div>&nbsp;</div>
<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">
<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;{wd(n, 'de')}, {d.day}. Juli 2024 um 09:00 Uhr<br/>
<b>Von:</b>&nbsp;&quot;StoreDesk&quot; &lt;helpdesk@ops.storedesk.example&gt;<br/>
<b>An:</b>&nbsp;&quot;RSNL Support&quot; &lt;support@rsnl.nl&gt;<br/>
<b>Betreff:</b>&nbsp;{esc(SUBJ(n))}</div>
<div name="quoted-content">{html_quote_lines(OBODY(n))}</div>
</div></div></div></body></html>
"""
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("MIME-Version", "1.0"),
        ("Message-ID", "<trinity-6b9f1c2e-3a4d-4e5f-8a7b-1c2d3e4f5a6b-1721838612345@3c-app-gmx-bap12>"),
        ("From", addr("Stefan Wolff", "stefan.wolff73@gmx.de", quote=True)),
        ("To", OUR),
        ("Subject", htext("AW: " + SUBJ(n), "UTF-8", "Q")),
        ("Date", "Wed, 24 Jul 2024 18:30:12 +0200"),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("X-Priority", "3"),
        ("X-UI-Message-Type", "mail"),
        ("X-Provags-ID", "V03:K1:Zx3fLqBf7mYvR2nT8kWd0hJ5cP9sA4eG6uI1oK3bN7yQ"),
        ("UI-OutboundReport", "notjunk:1;M01:P0:Qw8Xs2Lm4vE=;Tn5bR7yK1pHd3cF9gJ2aW6eU0iO"),
    ], body)


# ---------------------------------------------------------------- Gnus (STORE-253)
@mail("gnus-noc-carrier-fault", 253, "update", "NOC-24-0917", "en", "Gnus 5.13 (Emacs)",
      "'writes:' attribution, bottom-posted inline reply; still down, escalated to the carrier; "
      "decoys: carrier ticket KPN-98817721, circuit EVC-118293, IP 84.241.19.77, time 08:52")
def _():
    n = 253
    plain = f"""StoreDesk <helpdesk@ops.storedesk.example> writes:

> Store: {S(n)}
> Priority: high

Our side of the tunnel (vpn-gw2.rsnl.nl) shows the peer 84.241.19.77 timing
out since 08:52.  The store router still answers over the LTE backup, so the
box itself is alive; it looks like the fibre line (circuit EVC-118293) is
down.  We have raised a fault with the carrier, their reference is
KPN-98817721.

Our ticket for this is NOC-24-0917.  Still open, I will update you as soon as
the carrier gives an ETA.

> Reported by: Sam Jansen
>
> {T(n)}.

-- 
Pieter Hendriks
RSNL Network Operations
"""
    body = leaf("text/plain; charset=utf-8", plain, "8bit", "utf-8")
    return message([
        ("From", addr("Pieter Hendriks", "p.hendriks@noc.rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Subject", htext("Re: " + SUBJ(n), "utf-8", "Q", "words")),
        ("In-Reply-To", f"{MID(n)} (StoreDesk's message of \"{wd(n)[:3]}, 25 Jul 2024 09:00:00 +0200\")"),
        ("References", MID(n)),
        ("User-Agent", "Gnus/5.13 (Gnus v5.13)"),
        ("Date", "Thu, 25 Jul 2024 14:03:27 +0200"),
        ("Message-ID", "<87ttg5l2qf.fsf@noc.rsnl.nl>"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- phishing (STORE-233 tag)
@mail("wp-mail-smtp-phishing", None, "ignore", None, "en", "phishing via WP Mail SMTP (lookalike rsnl-service.nl)",
      "TRAP lookalike domain rsnl-service.nl threads to our STORE-233 mail (In-Reply-To) and keeps "
      "our tag, demands a 'call-out fee' payment; not RSNL -> issue_ref null; fake ticket RS-233-PAY")
def _():
    n = 233
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Customer,</p>
<p>Your service ticket <b>{esc(SUBJ(n))}</b> is currently <span style="color:#c00"><b>ON HOLD</b></span>
because the technician call-out fee of <b>&euro;89,00</b> has not been paid.</p>
<p>To avoid cancellation of your case within <b>24 hours</b>, please confirm your payment details using our
secure portal:</p>
<p><a href="http://rsnl-service.nl.secure-pay-portal.top/ticket/RS-233-PAY?uid=aGVscGRlc2tAb3BzLnN0b3JlZGVzay5leGFtcGxl" style="background:#004a99;color:#fff;padding:10px 18px;text-decoration:none">Pay now and release ticket</a></p>
<p>Ticket reference: RS-233-PAY</p>
<p>Kind regards,<br>RSNL Support Billing Team</p>
<p style="font-size:10px;color:#999">RSNL B.V. &copy; 2024. This is an automated message.</p>
</body></html>
"""
    body = leaf("text/html; charset=iso-8859-1", htm.replace("—", "-"), "quoted-printable", "iso-8859-1")
    return message([
        ("Date", "Thu, 25 Jul 2024 03:14:00 -0500"),
        ("To", OUR),
        ("From", addr("RSNL Support", "support@rsnl-service.nl")),
        ("Reply-To", "billing@rsnl-service.nl"),
        ("Subject", htext(f"RE: {SUBJ(n)} - ACTION REQUIRED", "UTF-8", "B")),
        ("Message-ID", "<hG8sK2lP0qW7eR5tY1uI3oA9sD6fJ4xZ@rsnl-service.nl>"),
        ("In-Reply-To", MID(n)),
        ("X-Mailer", "WPMailSMTP/Mailer/smtp 4.0.1"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "1 (Highest)"),
    ], body)


# ---------------------------------------------------------------- MDaemon auto-responder (STORE-254)
@mail("mdaemon-autoresponder-vakantie", None, "ignore", None, "nl", "MDaemon auto-responder",
      "TRAP Dutch out-of-office threaded to our STORE-254 mail and quoting its subject with the "
      "tag; says nothing about the fault -> issue_ref null")
def _():
    n = 254
    plain = f"""Beste afzender,

Ik ben tot en met maandag 12 augustus met vakantie en lees mijn e-mail niet.
Uw bericht met onderwerp "{SUBJ(n)}" wordt niet doorgestuurd.

Voor storingen: support@rsnl.nl of 088 776 50 00 (24/7).

Met vriendelijke groet,
Peter de Vries
RSNL B.V.
"""
    body = leaf("text/plain; charset=utf-8", plain, "8bit", "utf-8")
    return message([
        ("Return-Path", "<>"),
        ("X-MDaemon-Deliver-To", OUR),
        ("From", addr("Peter de Vries", "p.devries@rsnl.nl", quote=True)),
        ("To", OUR),
        ("Subject", htext("Auto-Reply: " + SUBJ(n), "utf-8", "B")),
        ("Date", "Fri, 26 Jul 2024 09:01:02 +0200"),
        ("Message-ID", "<MDAEMON-AR-20240726090102.AA0901023@rsnl.nl>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autorespond", OUR),
        ("Precedence", "bulk"),
        ("X-Mailer", "MDaemon PRO v23.5.2"),
    ], body)


# ---------------------------------------------------------------- Mimestream (STORE-226)
@mail("mimestream-scanner-profile", 226, "resolved", None, "en", "Mimestream (macOS Gmail client)",
      "'That should fix it' after a remote reconfiguration, no ticket number at all; Gmail-style "
      "gmail_quote HTML; decoys: EAN-13, '10 codes', till 1")
def _():
    n = 226
    main = f"""Hi StoreDesk,

Found it: the Honeywell scanner on till 1 in {S(n)} had been reset to its factory keyboard-wedge mode with a \
Belgian AZERTY layout, so it beeped on every scan but the till received garbage. I pushed our standard \
configuration profile through the device manager, and scans arrive in the POS again (tested 10 EAN-13 \
codes remotely with the store).

That should fix it - let me know if the store still sees anything odd.

Cheers,
Jasper"""
    attr = "On Fri, Jul 26, 2024 at 9:00 AM StoreDesk <helpdesk@ops.storedesk.example> wrote:"
    plain = f"{main}\n\n{attr}\n{gt(OBODY(n))}"
    htm = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           + esc(attr).replace("&lt;helpdesk@ops.storedesk.example&gt;",
                               '&lt;<a href="mailto:helpdesk@ops.storedesk.example">helpdesk@ops.storedesk.example</a>&gt;')
           + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + html_quote_lines(OBODY(n)) + "</blockquote></div>\n")
    body = multi("alternative", [leaf('text/plain; charset="UTF-8"', plain, "quoted-printable", "utf-8"),
                                 leaf('text/html; charset="UTF-8"', htm, "quoted-printable", "utf-8")],
                 "Mimestream=_7F3D2A91-5C4B-4E8A-9D1F-0B6C2E4A8F13")
    return message([
        ("MIME-Version", "1.0"),
        ("Date", "Fri, 26 Jul 2024 15:55:20 +0200"),
        ("From", addr("Jasper Vos", "j.vos@rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Subject", htext("Re: " + SUBJ(n), "UTF-8", "Q")),
        ("Message-ID", "<CAOq4Zx3m8vT2kJ7pR1nW5bY9cF0hL6dS4gA2eU8iQ3@mail.gmail.com>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("X-Mailer", "Mimestream 1.3.6 (macOS 14.5)"),
    ], body)


# ---------------------------------------------------------------- Wolken (STORE-227)
WOLKEN_ACK_MID = "<wlk.00917352.1.1722233564@rsnl.wolkenservicedesk.com>"


@mail("wolken-case-created", 227, "acknowledged", "00917352", "en", "Wolken Care (Wolken Service Desk)",
      "case number with leading zeros in subject and table; hosted helpdesk domain; decoys: thread "
      "token WLK-TRD-8842190, P3, '1 business day'")
def _():
    n = 227
    rows = [("Case Number", "00917352"), ("Subject", esc(SUBJ(n))), ("Priority", "P3 - Moderate"),
            ("Status", "Open"), ("Assigned Group", "POS Hardware L2")]
    htm = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dear Customer,</p>
<p>Thank you for contacting RSNL Customer Care. A case has been created for your request.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccd6e0;font-size:13px">
{html_rows(rows, th_style="background:#eef2f6;text-align:left;padding:6px 12px")}
</table>
<p>Our next update will follow within 1 business day. To update your case, simply reply to this email;
please do not change the subject line.</p>
<p>Regards,<br>RSNL Customer Care</p>
<p style="font-size:10px;color:#999">Thread: WLK-TRD-8842190</p>
</body></html>
"""
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Mon, 29 Jul 2024 08:12:44 +0200"),
        ("From", addr("RSNL Customer Care", "support@rsnl.wolkenservicedesk.com")),
        ("To", OUR),
        ("Subject", htext(f"Case 00917352 created: {SUBJ(n)}", "UTF-8", "Q", "words")),
        ("Message-ID", WOLKEN_ACK_MID),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


@mail("wolken-case-closed-no-response", 227, "closed", "00917352", "en", "Wolken Care (Wolken Service Desk)",
      "automatic closure for lack of response; replaced subject, only the title (store missing) "
      "in the body: issue via References; decoys: date of the information request 30/07/2024, "
      "8/14-day windows")
def _():
    n = 227
    htm = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<p>Dear Customer,</p>
<p>Your case <b>00917352</b> (&ldquo;{esc(T(n))}&rdquo;) has been closed automatically because we did not receive a
response to our request for information of 30/07/2024 within 8 business days.</p>
<p><b>Resolution:</b> Awaiting customer &ndash; no response.</p>
<p>If the issue persists, reply to this email within 14 days to reopen the case; after that, please log a new request.</p>
<p>Regards,<br>RSNL Customer Care</p>
</body></html>
"""
    body = leaf("text/html; charset=UTF-8", htm, "quoted-printable", "utf-8")
    return message([
        ("Date", "Mon, 12 Aug 2024 09:05:00 +0200"),
        ("From", addr("RSNL Customer Care", "support@rsnl.wolkenservicedesk.com")),
        ("To", OUR),
        ("Subject", "Case 00917352 closed"),
        ("Message-ID", "<wlk.00917352.6.1723446300@rsnl.wolkenservicedesk.com>"),
        ("References", f"{MID(n)} {WOLKEN_ACK_MID}"),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


# ---------------------------------------------------------------- ServiceTitan (STORE-225)
@mail("servicetitan-technician-on-the-way", 225, "update", "38459127", "en", "ServiceTitan",
      "'technician is on the way' with title+store only (no tag, no threading), UTC Date; decoys: "
      "customer #1120934, postcode 1012 AB, phone, ETA 8:30 AM")
def _():
    n = 225
    htm = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef1f4;font-family:'Nunito Sans',Helvetica,Arial,sans-serif;color:#1b2a38">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:26px 30px 6px 30px;font-size:22px;font-weight:700">Your technician is on the way!</td></tr>
<tr><td style="padding:6px 30px;font-size:15px;line-height:23px">
Hi StoreDesk &ndash; {S(n)},<br><br>
Good news! <b>Ruud</b> from RSNL Field Service is on the way to your location and should arrive at around <b>8:30 AM</b>.
</td></tr>
<tr><td style="padding:12px 30px"><table width="100%" cellpadding="6" style="font-size:14px;background:#f6f8fa">
<tr><td style="color:#6b7b8c">Job #</td><td>38459127</td></tr>
<tr><td style="color:#6b7b8c">Summary</td><td>{esc(T(n))}</td></tr>
<tr><td style="color:#6b7b8c">Location</td><td>{S(n)}, Stationsplein 15, 1012 AB Amsterdam</td></tr>
<tr><td style="color:#6b7b8c">Customer #</td><td>1120934</td></tr>
</table></td></tr>
<tr><td style="padding:14px 30px"><a href="https://go.servicetitan.com/t/4Fq9ZxK2" style="background:#0265dc;color:#fff;padding:11px 22px;border-radius:4px;text-decoration:none">Track your technician</a></td></tr>
<tr><td style="padding:10px 30px 26px 30px;font-size:13px;color:#6b7b8c">Questions? Call us at +31 20 794 3310.</td></tr>
</table>
<p style="font-size:11px;color:#8c9aa8">RSNL Field Service &middot; Powered by ServiceTitan</p>
</td></tr></table></body></html>
"""
    body = leaf("text/html; charset=utf-8", htm, "base64", "utf-8")
    return message([
        ("Date", "Mon, 29 Jul 2024 05:58:01 +0000"),
        ("From", addr("RSNL Field Service", "noreply@servicetitan.com")),
        ("Reply-To", "fieldservice@rsnl.nl"),
        ("To", OUR),
        ("Subject", "Your technician is on the way!"),
        ("Message-ID", "<st.job38459127.otw.1722232681@servicetitan.com>"),
        ("MIME-Version", "1.0"),
        ("X-SG-EID", "u001.c3QtdGVjaC1vbi10aGUtd2F5"),
    ], body)


# ---------------------------------------------------------------- Workspace ONE Boxer (STORE-228)
@mail("boxer-snijmes-vervangen", 228, "resolved", "DH-0728-04", "nl", "Workspace ONE Boxer (iOS)",
      "short Dutch mobile reply: cutter replaced and 'storing hiermee verholpen', melding set to "
      "'gereed'; decoys: part 2130291, '25 testbonnen'")
def _():
    n = 228
    d = SENT(n)
    main = f"""Hallo,

Het snijmes van de bonprinter in {S(n)} is vervangen (onderdeel 2130291). De printer snijdt weer netjes af, we hebben 25 testbonnen geprint. Voor ons is de storing hiermee verholpen; melding DH-0728-04 zetten we op gereed.

Groet,
Kees van Leeuwen
RSNL Service

Verzonden vanuit Workspace ONE Boxer"""
    attr = f"Op {d.day} jul. 2024 09:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:"
    plain = f"{main}\n\n{attr}\n\n{gt(OBODY(n))}"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Helvetica,Arial;font-size:15px">'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + f'</div><br><div class="boxer-quote-header">{esc(attr)}</div><blockquote type="cite" '
           f'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{html_quote_lines(OBODY(n))}</blockquote></body></html>\n')
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "Boxer_7c1d9a4e2b3f_1722252789")
    return message([
        ("From", addr("Kees van Leeuwen", "k.vanleeuwen@service.rsnl.nl")),
        ("To", addr("StoreDesk", OUR)),
        ("Subject", htext("RE: " + SUBJ(n), "utf-8", "B")),
        ("Date", "Mon, 29 Jul 2024 13:33:09 +0200"),
        ("Message-ID", "<BOXER.1722252789.9834@service.rsnl.nl>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Boxer/24.06.0 (iOS)"),
    ], body)


# ---------------------------------------------------------------- Afterlogic (STORE-255)
@mail("afterlogic-ups-batterij", 255, "resolved", "BE-24-05519", "nl", "Afterlogic WebMail",
      "Flemish reply: battery module replaced, 'probleem is verholpen', asks whether the dossier may "
      "be closed; dossier number only in the signature block; decoys: BTW BE 0456.789.123, postcode 2030")
def _():
    n = 255
    main = f"""Goeiemorgen,

De UPS in de serverkast van {S(n)} gaf alarm omdat de batterijmodule aan het einde van zijn levensduur was \
(zelftest mislukt). Onze technieker heeft gisteren de batterijmodule vervangen en een nieuwe zelftest \
gedaan: geslaagd, het alarm is weg.

Het probleem is dus verholpen. Mogen we het dossier afsluiten als jullie niets meer merken?

Met vriendelijke groeten,

An Verstraeten
Servicecoördinator België
RSNL Belgium NV - Noorderlaan 139, 2030 Antwerpen
Dossier: BE-24-05519
BTW BE 0456.789.123"""
    plain = f"""{main}

----- Oorspronkelijk bericht -----
Van: StoreDesk <helpdesk@ops.storedesk.example>
Aan: RSNL Support <support@rsnl.nl>
Verzonden: 27 juli 2024 09:00
Onderwerp: {SUBJ(n)}

{OBODY(n)}"""
    htm = ('<div data-crea="font-wrapper" style="font-family: Tahoma; font-size: 16px; direction: ltr">'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + '<br><div data-anchor="reply-title">----- Oorspronkelijk bericht -----</div>'
           '<blockquote style="border-left: solid 2px #000000; margin: 4px 2px; padding-left: 6px;">'
           'Van: StoreDesk &lt;helpdesk@ops.storedesk.example&gt;<br>Aan: RSNL Support &lt;support@rsnl.nl&gt;<br>'
           f'Verzonden: 27 juli 2024 09:00<br>Onderwerp: {esc(SUBJ(n))}<br><br>{html_quote_lines(OBODY(n))}'
           '</blockquote></div>\n')
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"),
                                 leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8")],
                 "b1_6fb0d5b3c1a2e4f78c9d0a1b2c3d4e5f")
    return message([
        ("Date", "Tue, 30 Jul 2024 11:11:11 +0200"),
        ("To", addr("StoreDesk", OUR)),
        ("From", addr("An Verstraeten", "a.verstraeten@be.rsnl.nl")),
        ("Subject", htext("Re: " + SUBJ(n), "utf-8", "Q")),
        ("Message-ID", "<6fb0d5b3c1a2e4f78c9d0a1b2c3d4e5f@be.rsnl.nl>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("X-Mailer", "Afterlogic webmail client"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Libero Mail (STORE-249)
@mail("libero-mail-lettore-riparato", 249, "resolved", "2024/1384", "it", "Libero Mail for Android",
      "RSNL Italia lab technician writing from a personal libero.it address (company webmail down); "
      "'il guasto è sistemato'; decoys: tracking 1Z 9R4 66F 04 1234 5678, firmware 2.8.1, '20 carte'")
def _():
    n = 249
    d = SENT(n)
    plain = f"""Buonasera,

vi scrivo dal mio indirizzo personale perché la webmail aziendale oggi non funziona.

La scheda logica sostitutiva è arrivata stamattina: l'abbiamo montata sul lettore carte CR-300 e abbiamo \
caricato il firmware 2.8.1. Test con 20 carte (chip e contactless) tutti positivi, quindi per l'ordine di \
lavoro 2024/1384 il guasto è sistemato. Il lettore parte domani con corriere verso {S(n)}, tracking \
1Z 9R4 66F 04 1234 5678.

Saluti,
Davide Rinaldi
Laboratorio Firmware - RSNL Italia

Inviato da Libero Mail per Android

Il giorno {wd(n, 'it')[:3]} {d.day} lug 2024 09:00, StoreDesk <helpdesk@ops.storedesk.example> ha scritto:
{gt(OBODY(n))}"""
    body = leaf("text/plain; charset=UTF-8", plain, "8bit", "utf-8")
    return message([
        ("Date", "Tue, 30 Jul 2024 19:42:00 +0200"),
        ("From", addr("Davide Rinaldi", "davide.rinaldi84@libero.it")),
        ("To", addr("StoreDesk", OUR)),
        ("Subject", htext("R: " + SUBJ(n), "UTF-8", "Q")),
        ("Message-ID", "<1722361320123.4567.davide.rinaldi84@libero.it>"),
        ("In-Reply-To", MID(n)),
        ("References", MID(n)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Libero Mail Android 9.4.1"),
    ], body)


# ---------------------------------------------------------------- Spotler newsletter
@mail("spotler-nieuwsbrief", None, "ignore", None, "nl", "Spotler Mail+ newsletter",
      "TRAP monthly newsletter from nieuws@rsnl.nl with List-Unsubscribe and an inline logo "
      "(multipart/related); mentions a maintenance window, 12.418 handled tickets and order codes")
def _():
    plain = """RSNL Nieuws - augustus 2024
Bekijk deze e-mail online: https://t.rsnl.nl/v/88213/s4812

1. Nieuw: zelfscankassa SCO-7
De SCO-7 is 30% zuiniger en heeft een sneller scanvenster. Bestel voor 31 augustus met actiecode ZOMER24
en ontvang gratis installatie (bestelnummer SCO7-NL-001).

2. Onderhoudsvenster servicedesk - woensdag 14 augustus, 22:00-02:00
Tijdens dit venster worden nieuwe meldingen per e-mail pas na afloop verwerkt.

3. In cijfers
In juli verwerkte onze servicedesk 12.418 meldingen; 94% werd binnen de afgesproken tijd opgelost.

Afmelden: https://t.rsnl.nl/u/88213/s4812/u77121
RSNL B.V. - Papendorpseweg 100 - 3528 BJ Utrecht
"""
    htm = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>RSNL Nieuws</title></head>
<body style="margin:0;background:#eceff3;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<p style="font-size:11px;color:#777">Bekijk deze e-mail <a href="https://t.rsnl.nl/v/88213/s4812">online</a></p>
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#005ca9;padding:16px 24px"><img src="cid:logo-rsnl@spotler" width="120" alt="RSNL"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222">
<h1 style="font-size:22px;color:#005ca9">RSNL Nieuws &ndash; augustus 2024</h1>
<h2 style="font-size:17px">Nieuw: zelfscankassa SCO-7</h2>
<p>De SCO-7 is 30% zuiniger en heeft een sneller scanvenster. Bestel v&oacute;&oacute;r 31 augustus met actiecode
<b>ZOMER24</b> en ontvang gratis installatie (bestelnummer SCO7-NL-001).</p>
<h2 style="font-size:17px">Onderhoudsvenster servicedesk</h2>
<p>Woensdag 14 augustus, 22:00&ndash;02:00. Tijdens dit venster worden nieuwe meldingen per e-mail pas na afloop verwerkt.</p>
<h2 style="font-size:17px">In cijfers</h2>
<p>In juli verwerkte onze servicedesk 12.418 meldingen; 94% werd binnen de afgesproken tijd opgelost.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f5f6f8">
U ontvangt deze nieuwsbrief als klant van RSNL. <a href="https://t.rsnl.nl/u/88213/s4812/u77121">Afmelden</a><br>
RSNL B.V. &middot; Papendorpseweg 100 &middot; 3528 BJ Utrecht</td></tr>
</table>
<img src="https://t.rsnl.nl/o/88213/s4812/u77121.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
"""
    rel = multi("related", [leaf("text/html; charset=utf-8", htm, "quoted-printable", "utf-8"),
                            leaf('image/png; name="logo.png"', tiny_png(), "base64",
                                 headers=[("Content-ID", "<logo-rsnl@spotler>"),
                                          ("Content-Disposition", 'inline; filename="logo.png"')])],
                "rel_88213_s4812_u77121", params='; type="text/html"')
    body = multi("alternative", [leaf("text/plain; charset=utf-8", plain, "quoted-printable", "utf-8"), rel],
                 "alt_88213_s4812_u77121")
    return message([
        ("Return-Path", "<bounce-88213-77121@bounce.mailplus.nl>"),
        ("From", addr("RSNL Nieuws", "nieuws@rsnl.nl")),
        ("To", OUR),
        ("Subject", "RSNL Nieuws augustus: nieuwe zelfscankassa SCO-7 en onderhoudsvenster 14 augustus"),
        ("Date", "Thu, 01 Aug 2024 07:30:00 +0200"),
        ("Message-ID", "<spotler.88213.s4812.u77121@mailplus.nl>"),
        ("List-Unsubscribe", "<https://t.rsnl.nl/u/88213/s4812/u77121>, <mailto:unsubscribe-88213-77121@bounce.mailplus.nl>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "RSNL Nieuws <nieuws.rsnl.nl>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Spotler Mail+"),
        ("MIME-Version", "1.0"),
    ], body)


# ---------------------------------------------------------------- Calendly invitation
@mail("calendly-invitation", None, "ignore", None, "en", "Calendly booking confirmation with iCalendar",
      "TRAP calendar invitation (text/calendar METHOD:REQUEST) for a quarterly service review with "
      "the RSNL account manager; no issue content")
def _():
    plain = """Hi StoreDesk,

A new event has been scheduled.

Event Type: Quarterly service review (45 min)
Invitee: Bart Janssens (RSNL)
Date/Time: 10:00am - 10:45am (Central European Summer Time), Tuesday, August 20, 2024
Location: Microsoft Teams - details will be sent by the organizer

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7b3f1a2c-4d5e-46f7-8a9b-0c1d2e3f4a5b
Reschedule: https://calendly.com/reschedulings/7b3f1a2c-4d5e-46f7-8a9b-0c1d2e3f4a5b

Powered by Calendly.com
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + \
        "<br>\n".join(esc(l) for l in plain.rstrip("\n").split("\n")) + "</body></html>\n"
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Calendly//Calendly Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTAMP:20240805T101500Z", "DTSTART:20240820T080000Z",
        "DTEND:20240820T084500Z", "SUMMARY:Quarterly service review StoreDesk / RSNL",
        "UID:7b3f1a2c-4d5e-46f7-8a9b-0c1d2e3f4a5b@calendly.com",
        "DESCRIPTION:Quarterly service review. Agenda: SLA figures Q2\\, open escalations\\, "
        "roadmap 2025. Need to make changes to this event? https://calendly.com/reschedulings/7b3f1a2c-4d5e-46f7-8a9b-0c1d2e3f4a5b",
        "ORGANIZER;CN=Bart Janssens:mailto:bart.janssens@rsnl.nl",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:helpdesk@ops.storedesk.example",
        "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for l in ics_lines:
        while len(l) > 75:
            folded.append(l[:75])
            l = " " + l[75:]
        folded.append(l)
    ics = "\n".join(folded) + "\n"
    alt = multi("alternative", [leaf("text/plain; charset=UTF-8", plain, "7bit", "utf-8"),
                                leaf("text/html; charset=UTF-8", htm, "7bit", "utf-8"),
                                leaf('text/calendar; charset=UTF-8; method=REQUEST', ics, "7bit", "utf-8")],
                "--==_mimepart_66b0a6c3e1f2a_3c4d5e6f7a8b9_alt")
    att = leaf('application/ics; name="invite.ics"', ics.replace("\n", "\r\n").encode(), "base64",
               headers=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    body = multi("mixed", [alt, att], "--==_mimepart_66b0a6c3e1f2a_3c4d5e6f7a8b9")
    return message([
        ("Date", "Mon, 05 Aug 2024 10:15:00 +0000"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Bart Janssens", "bart.janssens@rsnl.nl")),
        ("To", OUR),
        ("Message-ID", "<66b0a6c3e1f2a_3c4d5e6f7a8b@calendly.com>"),
        ("Subject", "New Event: Bart Janssens - 10:00am Tue, Aug 20, 2024 - Quarterly service review"),
        ("Mime-Version", "1.0"),
        ("X-Calendly-Event", "invitee.created"),
    ], body)


# ---------------------------------------------------------------- Woodpecker cold mail
@mail("woodpecker-cold-outreach", None, "ignore", None, "en", "Woodpecker cold-email campaign",
      "TRAP stranger's sales mail (tillguard.io) mentioning tills and PIN pads; tracking pixel, "
      "no RSNL, no issue")
def _():
    main = """Hi Sam,

I noticed StoreDesk runs the helpdesk for several retail chains, so you probably spend a good part of \
the week chasing frozen tills and PIN pads that drop offline.

TillGuard watches every till, printer and payment terminal in real time and opens the vendor ticket \
for you before the store even calls. Teams like yours save about 6 hours a week.

Would a 15-minute call next Tuesday or Wednesday make sense?

Best,
Lukas Meyer
Head of Partnerships, TillGuard

P.S. If this isn't relevant, just reply "no" and I won't follow up."""
    plain = main + "\n"
    htm = ('<div dir="ltr">' + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in main.split("\n"))
           + '</div><img src="https://app.woodpecker.co/t/o/q1w2e3r4t5y6/open.gif" width="1" height="1" style="display:none" alt="">\n')
    body = multi("alternative", [leaf('text/plain; charset="UTF-8"', plain, "7bit", "utf-8"),
                                 leaf('text/html; charset="UTF-8"', htm, "7bit", "utf-8")],
                 "000000000000c8d9e0061f1a2b3c")
    return message([
        ("MIME-Version", "1.0"),
        ("Date", "Wed, 7 Aug 2024 09:12:00 +0200"),
        ("Message-ID", "<CAPx9-wood7qT3mK1vB8nL2cR6yH0jF4sD5gA9eW@mail.gmail.com>"),
        ("Subject", "quick question about StoreDesk's till uptime"),
        ("From", addr("Lukas Meyer", "lukas@tillguard.io")),
        ("To", OUR),
        ("X-Woodpecker-Campaign", "retail-msp-eu-q3"),
    ], body)


# =========================================================================== validation
EVENTS = ["acknowledged", "update", "resolved", "closed", "ignore"]
LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "it": "Italian", "sv": "Swedish", "pl": "Polish"}


def decoded_text(msg):
    """Subject plus every decoded text part (all nesting levels)."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode(part.get_content_charset() or "us-ascii", "replace"))
        elif part is not msg and part.get("Subject"):
            out.append(str(part["Subject"]))
    return "\n".join(out)


def validate(name, data, m, prev_dt, seen_mids):
    errs = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line ending other than CRLF")
    for i, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) >= 998:
            errs.append(f"line {i} has {len(line)} octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        errs.append("non-ASCII byte in top-level header")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects in {part.get_content_type()}: {part.defects}")
        for k, v in part._headers:
            if not (k + str(v)).isascii():
                errs.append(f"non-ASCII header {k}")
        for k in part.keys():
            try:
                h = part[k]
            except Exception as e:  # noqa
                errs.append(f"header {k} unparsable: {e}")
                continue
            if getattr(h, "defects", None):
                errs.append(f"header {k} defects: {h.defects}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                (part.get_payload(decode=True) or b"").decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"{part.get_content_type()} does not decode as {cs}: {e}")
    # Date
    try:
        dt = msg["Date"].datetime
        if dt is None or dt.tzinfo is None:
            raise ValueError("no timezone")
    except Exception as e:  # noqa
        errs.append(f"bad Date: {e}")
        dt = None
    if dt is not None and prev_dt is not None and dt <= prev_dt:
        errs.append(f"Date {dt} not later than previous mail {prev_dt}")
    if dt is not None and m["issue"] is not None and dt <= SENT(m["issue"]):
        errs.append(f"Date {dt} not later than our STORE-{m['issue']} mail")
    # Message-ID
    mid = str(msg.get("Message-ID", "")).strip()
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
        errs.append(f"bad Message-ID {mid!r}")
    elif mid.lower() in seen_mids:
        errs.append(f"duplicate Message-ID {mid}")
    seen_mids.add(mid.lower())
    # semantic checks
    text = decoded_text(msg)
    if m["event"] not in EVENTS:
        errs.append("unknown event")
    if m["lang"] not in LANGS:
        errs.append("unknown language")
    if m["event"] == "ignore":
        if m["issue"] is not None or m["vid"] is not None:
            errs.append("ignore mail with issue_ref/vendor_ticket_id")
    else:
        n = m["issue"]
        if n is None:
            errs.append("non-ignore mail without issue_ref")
        else:
            thread = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
            by_tag = re.search(rf"\bSTORE-{n}\b", text) is not None
            by_thread = MID(n) in thread
            by_title = T(n).lower() in text.lower() and S(n).lower() in text.lower()
            if not (by_tag or by_thread or by_title):
                errs.append(f"mail does not name STORE-{n} (tag, threading or title+store)")
            alltext = text + "\n" + "\n".join(f"{k}: {v}" for part in msg.walk() for k, v in part.items())
            others = sorted(set(re.findall(r"STORE-(\d+)", alltext)) - {str(n)})
            if others:
                errs.append(f"other STORE tags present: {others}")
        if m["vid"] is not None and m["vid"] not in text:
            errs.append(f"vendor_ticket_id {m['vid']!r} not in decoded subject/body")
    if m["vid"] is not None and m["vid"].startswith("#"):
        errs.append("vendor_ticket_id starts with '#'")
    return errs, dt


# =========================================================================== README
def table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(entries):
    ev = collections.Counter(e["event"] for e in entries)
    lg = collections.Counter(e["lang"] for e in entries)
    kinds = collections.Counter(e["kind"] for e in entries)
    products = sorted({product_key(e["product"]) for e in entries})
    rows = [(f"`{e['file']}`", e["product"], e["lang"], e["event"], e["issue_ref"] or "-",
             f"`{e['vendor_ticket_id']}`" if e["vendor_ticket_id"] else "-") for e in entries]
    return f"""# Blind corpus 14 - RSNL replies arriving at StoreDesk

60 mails as they arrive in `helpdesk@ops.storedesk.example`, written by `make.py` for the
issues in `input/issues.json` (our outgoing mails are in `input/sent/`). The corpus is
held out: it was written without looking at the triage code or at other corpora.

## How to run

```
cd /tmp/blind14
python3 make.py
```

Python 3.11, standard library only, deterministic (no randomness, no clock). The script
deletes old `NN-*.eml`, writes `01-...eml` .. `60-...eml` in arrival order (sorted by the
`Date` header), `expected.jsonl` (one object per mail, in file order) and this README, then
validates every mail. Each problem is printed as `FAIL <file>: <reason>` and the exit status
is 1; a clean run prints `OK: 60 mails` and exits 0.

## Fields of expected.jsonl

* `file` - file name
* `issue_ref` - `STORE-n` the mail is about, or `null`
* `vendor_ticket_id` - RSNL's ticket/case/work-order id exactly as written in the mail
  (without a leading `#`), or `null` if the mail states none. Always `null` for `ignore`
  mails (ids of other customers, fake phishing ids, surveys are not the vendor's id for our issue).
* `event` - acknowledged / update / resolved / closed / ignore
* `note` - product or client imitated; language; what makes it tricky

## Validation performed by make.py (on every mail)

1. CRLF line endings only (no bare LF or CR).
2. Headers ASCII-only (RFC 2047 encoded words for non-ASCII text, RFC 2231 for parameters).
3. Every line shorter than 998 octets.
4. No defects from `email.message_from_bytes(data, policy=email.policy.default)` on any
   part or any header (every header is parsed through the header registry).
5. Every `text/*` part decodes strictly with its declared charset (default us-ascii).
6. `Date` headers strictly increasing in file order and later than the sent date of the issue
   concerned.
7. Message-IDs well-formed and unique, also against `input/sent/`.
8. Every non-ignore mail names its issue by `STORE-n` tag, by our Message-ID in
   `In-Reply-To`/`References`, or by title **and** store in the decoded text.
9. The expected `vendor_ticket_id` occurs literally in the decoded subject or body.
10. No STORE tag other than the expected one appears anywhere in a non-ignore mail.
11. Sanity: known event/language, ignore mails carry neither issue_ref nor vendor id,
    no leading `#` in vendor ids.

## Counts

By event:

{table(["event", "mails"], [(k, ev[k]) for k in EVENTS] + [("total", len(entries))])}

By language:

{table(["language", "mails"], [(f"{LANGS[k]} ({k})", v) for k, v in sorted(lg.items(), key=lambda x: (-x[1], x[0]))])}

By kind: {kinds['notification']} product notifications (helpdesk/ITSM/FSM/CMMS/CRM/portal,
incl. automated traps), {kinds['human']} human replies from mail clients.
{len(products)} different product/client families are imitated, none of them listed in
`input/covered-products.txt` (make.py greps each family name in that file):
{", ".join(products)}.

## How issues are referenced (variety)

* tag kept in the subject (most human replies and several notifications);
* tag only in quoted text (RainLoop quoting the OpenSupports notice, BlackBerry Work and
  Huawei Email with rewritten subjects);
* tag only in a body field, subject replaced (OpenSupports, mfr, Gomocha, Workiz, MPulse,
  FMX, Housecall Pro, mainsim);
* only `In-Reply-To`/`References` threading (Bitrix24, CITSmart, Pipefy closure, Wolken
  closure, Yahoo Mail reply, EcholoN closure);
* title + store only, no tag, no threading (COSWIN, ServiceTitan, Foxmail, Nuvolo) - the
  Foxmail one has a title shared by STORE-201 and STORE-231, only the store decides.

## All mails

{table(["file", "product or client imitated", "lang", "event", "issue_ref", "vendor_ticket_id"], rows)}
"""


# =========================================================================== main
HUMAN = {"axigen-webmail-ack", "foxmail-bios-log", "mdaemon-worldclient-test-request", "seamonkey-cable-replaced",
         "opera-mail-logged", "yahoo-mail-module-sent-for-repair", "blackberry-work-two-questions",
         "aerc-noc-inline-reply", "tuta-melding-aangemaakt", "rainloop-ticket-cerrado", "huawei-email-bezoek-dinsdag",
         "mailfence-dossier-resolu", "hey-ticket-closed", "windows-live-mail-auftrag", "gmx-vpn-weiterhin-gestoert",
         "gnus-noc-carrier-fault", "mimestream-scanner-profile", "boxer-snijmes-vervangen", "afterlogic-ups-batterij",
         "libero-mail-lettore-riparato"}


KEYS = {"Windows": "windows live mail", "Opera": "opera mail", "HEY": "hey for work", "Housecall": "housecall",
        "monday": "monday service", "Workspace": "boxer", "phishing": "wp mail smtp", "mfr": "mobilefieldreport"}


def product_key(product):
    """Short product/client family name used for the coverage check and the product count."""
    first = product.split(" ")[0]
    return KEYS.get(first, first.split("(")[0]).lower()


def main():
    built = []
    for m in MAILS:
        data = m["build"]()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        built.append((msg["Date"].datetime, m, data))
    built.sort(key=lambda x: x[0])
    if len(built) != 60:
        print(f"FAIL (corpus): {len(built)} mails instead of 60")
        return 1
    for old in ROOT.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    seen = set()
    for f in (INPUT / "sent").glob("*.eml"):
        sm = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        seen.add(str(sm["Message-ID"]).strip().lower())
    failures, entries, prev = 0, [], None
    for i, (dt, m, data) in enumerate(built, 1):
        fname = f"{i:02d}-{m['slug']}.eml"
        (ROOT / fname).write_bytes(data)
        errs, dt2 = validate(fname, data, m, prev, seen)
        prev = dt2 or prev
        for e in errs:
            print(f"FAIL {fname}: {e}")
        failures += len(errs)
        entries.append({"file": fname,
                        "issue_ref": f"STORE-{m['issue']}" if m["issue"] else None,
                        "vendor_ticket_id": m["vid"],
                        "event": m["event"],
                        "note": f"{m['product']}; {LANGS[m['lang']]}; {m['tricky']}",
                        "product": m["product"], "lang": m["lang"],
                        "kind": "human" if m["slug"] in HUMAN else "notification"})
    with open(ROOT / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for e in entries:
            fh.write(json.dumps({k: e[k] for k in ("file", "issue_ref", "vendor_ticket_id", "event", "note")},
                                ensure_ascii=False) + "\n")
    (ROOT / "README.md").write_text(readme(entries), encoding="utf-8")
    covered = (INPUT / "covered-products.txt").read_text(encoding="utf-8").lower()
    for key in sorted({product_key(m["product"]) for m in MAILS}):
        if re.search(r"\b" + re.escape(key) + r"\b", covered):
            print(f"FAIL (corpus): product '{key}' appears in covered-products.txt")
            failures += 1
    if failures:
        return 1
    print(f"OK: {len(entries)} mails")
    return 0


if __name__ == "__main__":
    sys.exit(main())
