#!/usr/bin/env python3
"""make.py - writes the StoreDesk blind corpus 15 (60 RSNL vendor replies) into this
directory: 01-*.eml .. 60-*.eml in arrival order, expected.jsonl and README.md, then
validates every mail and prints `OK: 60 mails` (or `FAIL <file>: <reason>`, exit 1).

Standard library only, deterministic (no randomness, no clock). The MIME is written by
hand (small writer below) so that header order, transfer encodings, boundaries and
quoting look like the imitated product; validation then uses the standard parser."""
import base64
import email.utils
import quopri
import urllib.parse

ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _q_encode_bytes(bs):
    out = []
    for c in bs:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, cs="utf-8", mode="B"):
    """Encode text as one or more RFC 2047 encoded words (each <= 75 chars), never
    splitting a character."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (cs, mode)

    def enc(s):
        b = s.encode(cs)
        return base64.b64encode(b).decode() if mode == "B" else _q_encode_bytes(b)

    for ch in text:
        cand = cur + ch
        if len(prefix) + len(enc(cand)) + 2 > 75 and cur:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return " ".join(words)


def enc_text(text, cs="utf-8", mode="B", partial=False):
    """Unstructured header value -> ASCII. partial=True encodes only the runs of words
    that contain non-ASCII characters (as many mailers do)."""
    if text.isascii():
        return text
    if not partial:
        return encoded_words(text, cs, mode)
    toks = text.split(" ")
    out, run = [], []
    for t in toks:
        if t.isascii():
            if run:
                out.append(encoded_words(" ".join(run), cs, mode))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(encoded_words(" ".join(run), cs, mode))
    return " ".join(out)


def addr(name, address, cs="utf-8", mode="Q"):
    if not name:
        return address
    if not name.isascii():
        return "%s <%s>" % (encoded_words(name, cs, mode), address)
    if all(c in ATEXT for c in name):
        return "%s <%s>" % (name, address)
    return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), address)


def fold(name, value):
    """Fold a header at spaces to keep lines short (value must already be ASCII)."""
    line = "%s: %s" % (name, value)
    if "\r\n" in value or len(line) <= 78:
        return line
    toks = value.split(" ")
    lines, cur = [], name + ":"
    for t in toks:
        if len(cur) + 1 + len(t) > 78 and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + t
        else:
            cur = cur + " " + t
    lines.append(cur)
    return "\r\n".join(lines)


def fmt_date(dt):
    return email.utils.format_datetime(dt)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of complete header lines (ASCII, may contain CRLF folds)
        self.body = body        # bytes with CRLF


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=None,
         quote_cs=True):
    data = body.replace("\r\n", "\n").encode(cs)  # strict: raises if not encodable
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
    elif cte == "base64":
        enc = base64.encodebytes(data)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        enc = data
    else:
        raise ValueError(cte)
    csv = '"%s"' % cs if quote_cs else cs
    hl = ["Content-Type: text/%s; charset=%s%s" % (sub, csv, params),
          "Content-Transfer-Encoding: %s" % cte] + list(extra or [])
    return Part(hl, crlf(enc))


def raw(ctype, body_text, cte="7bit", extra=None):
    """Part whose body is given literally (ASCII), e.g. message/disposition-notification."""
    return Part(["Content-Type: " + ctype] + (["Content-Transfer-Encoding: " + cte] if cte else [])
                + list(extra or []), crlf(body_text.encode("ascii")))


def attachment(data, ctype, filename, inline=False):
    b64 = crlf(base64.encodebytes(data))
    disp = "inline" if inline else "attachment"
    if filename.isascii():
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    else:
        q = urllib.parse.quote(filename.encode("utf-8"), safe="")
        ct = "%s;\r\n name*=utf-8''%s" % (ctype, q)
        cd = "%s;\r\n filename*=utf-8''%s" % (disp, q)
    return Part(["Content-Type: " + ct, "Content-Transfer-Encoding: base64",
                 "Content-Disposition: " + cd], b64)


def multipart(sub, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += crlf(preamble.encode("ascii"))
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        out += ("\r\n".join(p.headers)).encode("ascii") + b"\r\n\r\n"
        out += p.body
        if not p.body.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    ct = 'Content-Type: multipart/%s;%s\r\n boundary="%s"' % (sub, params, boundary)
    return Part([ct], out)


def message(headers, part, mime_version_first=False):
    """headers: list of (name, ascii-value) in order. Returns bytes."""
    lines = [fold(n, v) for n, v in headers]
    mv = "MIME-Version: 1.0"
    if mime_version_first:
        lines.insert(0, mv)
    else:
        lines.append(mv)
    lines += part.headers
    return ("\r\n".join(lines)).encode("ascii") + b"\r\n\r\n" + part.body

# ---------------------------------------------------------------------------------------
# corpus definition
# ---------------------------------------------------------------------------------------
import datetime as _dt
import hashlib
import html as _html
import json
import pathlib
import re
import sys
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
INPUT = HERE / "input"
OURBOX = "helpdesk@ops.storedesk.example"
ISSUES = {i["issue_ref"]: i for i in json.loads((INPUT / "issues.json").read_text(encoding="utf-8"))}


def I(n):
    return ISSUES["STORE-%d" % n]


def tz(h, m=0):
    return _dt.timezone(_dt.timedelta(hours=h, minutes=m))


def D(day, hh, mm, ss=0, off=2, month=7):
    return _dt.datetime(2024, month, day, hh, mm, ss, tzinfo=tz(off))


def T(s):
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s if s.endswith("\n") else s + "\n"


def quote(s, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l.strip() else prefix.rstrip() + "\n"
                   for l in s.rstrip("\n").split("\n"))


def esc(s):
    return _html.escape(s, quote=True)


def our_body(n):
    i = I(n)
    return "Store: %s\nPriority: high\nReported by: Sam Jansen\n\n%s.\n" % (i["store"], i["title"])


def html_notice(heading, before, fields, after, footer, color="#1f4e79", link=None, lang="en"):
    """A typical helpdesk notification: coloured header bar, intro, Label/value table,
    optional button, grey footer. Lines kept short on purpose."""
    out = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s</title>' % esc(heading), '</head>',
           '<body style="margin:0;padding:0;background:#f2f4f6;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">',
           '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f6"><tr><td align="center">',
           '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">',
           '<tr><td style="background:%s;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">%s</td></tr>' % (color, esc(heading)),
           '<tr><td style="padding:20px 24px">']
    for p in before:
        out.append('<p style="margin:0 0 12px 0">%s</p>' % esc(p).replace("\n", "<br>\n"))
    if fields:
        out.append('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0;border-collapse:collapse">')
        for k, v in fields:
            out.append('<tr><td style="padding:4px 16px 4px 0;color:#666;white-space:nowrap;vertical-align:top">%s</td>'
                       '<td style="padding:4px 0">%s</td></tr>' % (esc(k), esc(v).replace("\n", "<br>\n")))
        out.append('</table>')
    if link:
        out.append('<p style="margin:16px 0"><a href="%s" style="background:%s;color:#ffffff;padding:10px 18px;'
                   'text-decoration:none;border-radius:3px;display:inline-block">%s</a></p>' % (esc(link[1]), color, esc(link[0])))
    for p in after:
        out.append('<p style="margin:0 0 12px 0">%s</p>' % esc(p).replace("\n", "<br>\n"))
    out.append('</td></tr>')
    out.append('<tr><td style="background:#fafafa;color:#888;font-size:11px;padding:12px 24px">%s</td></tr>'
               % esc(footer).replace("\n", "<br>\n"))
    out += ['</table>', '</td></tr></table>', '</body>', '</html>']
    return "\n".join(out) + "\n"


def plain_fields(fields, width=None):
    w = width or max(len(k) for k, _ in fields)
    return "".join("%s %s\n" % ((k + ":").ljust(w + 1) if width else k + ":", v) for k, v in fields)


def hmid(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def pdf_bytes(title):
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            "4 0 obj\n<< /Length 60 >>\nstream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream\nendobj\n"
            "trailer\n<< /Root 1 0 R >>\n%%%%EOF\n") % title
    return body.encode("latin-1")


SPECS = []


def add(**kw):
    SPECS.append(kw)


LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "it": "Italian", "pl": "Polish", "sv": "Swedish"}
EVENTS = ("acknowledged", "update", "resolved", "closed", "ignore")


def H(frm, subject, date, mid, to="StoreDesk <%s>" % OURBOX, irt=None, refs=None, cc=None,
      reply_to=None, pre=(), post=(), smode="Q", scs="utf-8", partial=False, date_first=False):
    """Header list in a common order: pre..., From, To, Cc, Reply-To, Subject, Date,
    Message-ID, In-Reply-To, References, post..."""
    def A(v):
        if v.isascii():
            return v
        m = re.match(r"^(.*?)\s*<([^>]+)>$", v)
        return addr(m.group(1), m.group(2))
    h = list(pre)
    seq = [("From", A(frm)), ("To", A(to))]
    if cc:
        seq.append(("Cc", A(cc)))
    if reply_to:
        seq.append(("Reply-To", A(reply_to)))
    seq.append(("Subject", enc_text(subject, scs, smode, partial)))
    if date_first:
        h.append(("Date", fmt_date(date)))
    else:
        seq.append(("Date", fmt_date(date)))
    seq.append(("Message-ID", mid))
    if irt:
        seq.append(("In-Reply-To", irt))
    if refs:
        seq.append(("References", " ".join(refs)))
    return h + seq + list(post)


AUTO_GEN = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MID = {
    "nhd_ack": "<NHD.245871.20240701080312.1@rsnl.nethelpdesk.com>",
    "nhd_upd_fwd": "<MEWA.1719844320.5512@webmail.rsnl.nl>",
    "nhd_res": "<NHD.245871.20240703141002.4@rsnl.nethelpdesk.com>",
    "nhd_clo": "<NHD.245871.20240708090000.6@rsnl.nethelpdesk.com>",
    "efficy_ack": "<efficy.tick.88213.20240701094107@rsnl.efficy.cloud>",
    "dimo_ack": "<DI-24-01873.1719821520.gmao@fr.rsnl.nl>",
    "mm_ack": "<3F1E2A6B-7C44-4D0B-9A51-2B6E0F1D8C3A@rsnl.nl>",
    "sb_ack": "<case-104233-created.20240702070602@rsnl.supportbench.net>",
    "sb_upd": "<case-104233-reply-2.20240703094011@rsnl.supportbench.net>",
    "mm_clo": "<9B0C5D21-4E7A-4F3B-8C2D-61A7E3F09B44@rsnl.nl>",
    "agi_ack": "<agidesk.atendimento.90917.1719904500@rsnl.agidesk.com>",
    "agi_clo": "<agidesk.atendimento.90917.1720192800@rsnl.agidesk.com>",
    "balsa_ack": "<1719992280.4121.2@ws-pbosman.rsnl.nl>",
    "ticksy_ack": "<ticksy.38112.6684f3c8a1e27@rsnl.ticksy.com>",
    "cayzu_ack": "<cayzu-2419-20240704070211-a1@rsnl.cayzu.com>",
    "cgp_ooo": "<auto-000018734211@cgp.rsnl.nl>",
    "qmail_dsn": "<20240704070041.31877.qmail@mx3.rsnl.nl>",
    "viv_upd": "<7c2e1b90-55aa-4d3e-9f0a-3e8b5d7c1f26@rsnl.nl>",
    "cayzu_res": "<cayzu-2419-20240705081503-c4@rsnl.cayzu.com>",
    "atmail_ack": "<atmail.66865e3d8f1c4@webmail.es.rsnl.nl>",
    "trojita_res": "<b6d1f0a2-3c4e-4b8f-a9d7-2e5c8f1a0b93@es.rsnl.nl>",
    "kick_upd": "<kickserv-appt-2216-6687c4fa0e9b1@mail.kickserv.com>",
    "eudonet_ack": "<eudonet.24-000573.638557983602@fr.rsnl.nl>",
    "mu4e_upd": "<87ttgk2x1q.fsf@wkamp.rsnl.nl>",
    "cas_ack": "<CAS.GW.SA-2024-07-0112.1.20240707091803@de.rsnl.nl>",
    "cas_res": "<CAS.GW.SA-2024-07-0112.4.20240710164000@de.rsnl.nl>",
    "trojita_clo": "<4e9a7c12-8d3b-4f61-b2e0-9c5d1a7e3f08@de.rsnl.nl>",
    "syn_upd": "<syntess.werkbon.24-11873.1@be.rsnl.nl>",
    "syn_res": "<syntess.werkbon.24-11873.3@be.rsnl.nl>",
    "hiri_res": "<AM9PR04MB81724F3A2C1D0E9B5A7C6D88E2F41@AM9PR04MB8172.eurprd04.prod.exchangelabs.com>",
    "nvr_ack": "<NVR.T39021.638561476201@rsnl.naverisk.net>",
    "poly_upd": "<ab21e9f4c7d8.1720609500@pt.rsnl.nl>",
    "poly_res": "<c93f02a1b5e6.1720801800@pt.rsnl.nl>",
    "mobx_upd": "<mobileX.4000812733.T1.20240711140212@de.rsnl.nl>",
    "mobx_res": "<mobileX.4000812733.R1.20240717125544@de.rsnl.nl>",
    "cgp_upd": "<web-48812739@cgp.es.rsnl.nl>",
    "ticksy_clo": "<ticksy.38240.66968c10b2f45@rsnl.ticksy.com>",
    "missive_upd": "<0b7e4c2a-91d3-4e6f-8a5b-d2c1f7e3a9b0@missiveapp.com>",
    "rs_res": "<repairshopr-ticket-3304-status-20240715134012@rsnl.repairshopr.com>",
    "accelo_ack": "<accelo.ticket.8842.1721113680@rsnl.accelo.com>",
    "ins_clo": "<insightly.ticket.108224.20240719153012@rsnl.nl>",
    "zuc_upd": "<infinity.tk2400381.u1.1721639700@it.rsnl.nl>",
    "zuc_res": "<infinity.tk2400381.r1.1721809800@it.rsnl.nl>",
    "geo_upd": "<geopal.job.GP-104882.enroute.1721634300@be.rsnl.nl>",
    "div_clo": "<divalto.sav.24070193.clot@fr.rsnl.nl>",
    "sug_upd": "<sugester.ticket.5612.c3.1721721900@pl.rsnl.nl>",
    "sug_res": "<sugester.ticket.5612.c5.1721893800@pl.rsnl.nl>",
    "egain_clo": "<eGain.case.2407-8816.close.1722247200@es.rsnl.nl>",
    "art_upd": "<artologik.hd.2024-0725-017.2@se.rsnl.nl>",
    "becky_res": "<20240729082012.5E3C.H.DEBOER@rsnl.nl>",
    "nm_upd": "<87h6f8y2wk.fsf@smol-t14.rsnl.nl>",
    "sw_ack": "<swp.autoack.20240719090107.77421@de.rsnl.nl>",
    "cg_survey": "<cg.survey.245871.6a1f0c@mailer.customergauge.com>",
    "cop_news": "<copernica.7f3a91.nieuwsbrief-juli-2024.28811@mail.rsnl.nl>",
    "inst_maint": "<instatus.maint.clyx81k2a0004@status.rsnl.nl>",
    "gophish": "<1721175240387612903.3917.8813620927341876113@rsnl-support.net>",
    "balsa_mdn": "<1721376720.18243.0@ws-ubrandt.de.rsnl.nl>",
    "fieldpulse_other": "<fieldpulse.job.10733.assigned.1721761200@rsnl.fieldpulse.com>",
    "fant_invite": "<FA1B2C3D-9E8F-4A7B-B6C5-D4E3F2A1B0C9@rsnl.nl>",
    "orange": "<1003826493.4821.1722021240871.JavaMail.www@wwinf2212>",
    "internal_es_fwd": "<web-48811902@cgp.es.rsnl.nl>",
}

# ======================================================================================
# 201 Till 3 frozen on boot - Amsterdam Centraal : NetHelpDesk thread
# ======================================================================================
i = I(201)
f = [("Ticket Number", "245871"), ("Summary", i["subject"]), ("Priority", "P2 - High"),
     ("Status", "New"), ("Logged", "01/07/2024 08:03"), ("Target Response", "01/07/2024 12:03"),
     ("Contract", "RSNL-SLA-GOLD-0113"), ("Assigned Team", "NL Field Service - POS")]
plain = T("""
Dear StoreDesk,

Thank you for contacting the RSNL Service Desk. Your request has been logged on our
system and will be dealt with according to your service level agreement.

""") + plain_fields(f) + T("""

Please quote ticket number 245871 in all correspondence. To add information to this
ticket simply reply to this email, keeping [Ticket:245871] in the subject line.

Track your ticket: https://rsnl.nethelpdesk.com/portal/ticket.aspx?id=245871

For P1 incidents outside office hours call +31 (0)20 794 1150 (24/7).

RSNL Service Desk
RSNL Nederland B.V. | Bijlmerdreef 1289, 1103 TV Amsterdam
""")
htm = html_notice("Ticket 245871 logged", ["Dear StoreDesk,",
                  "Thank you for contacting the RSNL Service Desk. Your request has been logged on our system and will be dealt with according to your service level agreement."],
                  f, ["Please quote ticket number 245871 in all correspondence. To add information simply reply to this email, keeping [Ticket:245871] in the subject line.",
                      "For P1 incidents outside office hours call +31 (0)20 794 1150 (24/7)."],
                  "RSNL Service Desk - RSNL Nederland B.V. | Bijlmerdreef 1289, 1103 TV Amsterdam\nThis message was sent by NetHelpDesk.",
                  link=("View ticket", "https://rsnl.nethelpdesk.com/portal/ticket.aspx?id=245871"))
add(key="nhd_ack", slug="nethelpdesk-ticket-logged", when=D(1, 8, 3, 12, 1), issue=201,
    event="acknowledged", lang="en", kind="notification", family="NetHelpDesk", vid="245871",
    naming="subject tag + threading",
    trick="'Ticket Logged' receipt with [Ticket:245871] subject tag; decoys: contract RSNL-SLA-GOLD-0113, 24/7 phone number, target-response timestamp",
    relay="smtp.nethelpdesk.com", mailfrom="servicedesk@rsnl.nl",
    headers=H("RSNL Service Desk <servicedesk@rsnl.nl>",
              "[Ticket:245871] Logged - " + i["subject"], D(1, 8, 3, 12, 1), MID["nhd_ack"],
              irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=AUTO_GEN + [("X-Mailer", "NetHelpDesk Email Engine 10.4")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable"), text(htm, "html", cte="base64")],
                   "----=_NHD_Part_245871_0703", preamble="This is a multi-part message in MIME format."))

fwd_inner = T("""
Linda, I can do Amsterdam Centraal on Wed 03/07 between 08:00 and 12:00. Taking a spare
SSD (P/N 0-410-7752) and a PSU just in case - till 3 probably has a corrupt boot
partition after the power cut on Saturday.

Mark
""")
plain = T("""
Hi Sam,

See below from our engineer: the visit is booked for Wednesday morning. Could someone at
Amsterdam Centraal make sure the back office is open from 08:00? Mark will call the
store manager when he is on his way.

Kind regards,

Linda Verhoef
Planning Field Service | RSNL Nederland B.V.
+31 88 776 5030 | planning@rsnl.nl

----- Original Message -----
From: "Mark de Vries" <m.devries@rsnl.nl>
To: "Planning RSNL" <planning@rsnl.nl>
Sent: Monday, July 1, 2024 4:05 PM
Subject: RE: [Ticket:245871] Logged - [STORE-201] Till 3 frozen on boot — Amsterdam Centraal

""") + fwd_inner
add(key="nhd_upd_fwd", slug="mailenable-forward-engineer-plan", when=D(1, 16, 32, 0), issue=201,
    event="update", lang="en", kind="human", family="MailEnable Web Mail", vid="245871",
    naming="subject tag",
    trick="planner forwards the engineer's internal note (visit Wed 03/07 08:00-12:00); decoy part number 0-410-7752; forwarded header block",
    relay="mail.rsnl.nl", mailfrom="l.verhoef@rsnl.nl",
    headers=H(addr("Linda Verhoef", "l.verhoef@rsnl.nl"),
              "FW: RE: [Ticket:245871] Logged - " + i["subject"], D(1, 16, 32, 0), MID["nhd_upd_fwd"],
              irt=MID["nhd_ack"], refs=[i["message_id"], MID["nhd_ack"]],
              post=[("X-Mailer", "MailEnable Web Mail"), ("Importance", "Normal")]),
    part=text(plain, cs="windows-1252", cte="quoted-printable"))

f = [("Ticket Number", "245871"), ("Summary", i["subject"]), ("Status", "Resolved - Awaiting Customer Confirmation"),
     ("Resolved By", "Mark de Vries"), ("Time On Site", "1h 35m"),
     ("Parts Used", "1 x SSD 256GB, P/N 0-410-7752 (covered by RSNL-SLA-GOLD-0113, no charge)")]
plain = T("""
Dear StoreDesk,

Ticket 245871 has been marked as Resolved.

Resolution:
The SSD in till 3 had bad sectors in the boot partition. SSD replaced, POS image
restored and till tested with 20 transactions including card payments. Till 3 is back
in service.

""") + plain_fields(f) + T("""

If you are not satisfied with the resolution, reply to this email within 3 working days
and the ticket will be re-opened. We will close the ticket once you confirm, or
automatically after 3 working days without a reply.

RSNL Service Desk
""")
htm = html_notice("Ticket 245871 resolved", ["Dear StoreDesk,", "Ticket 245871 has been marked as Resolved.",
                  "Resolution: The SSD in till 3 had bad sectors in the boot partition. SSD replaced, POS image restored and till tested with 20 transactions including card payments. Till 3 is back in service."],
                  f, ["If you are not satisfied with the resolution, reply to this email within 3 working days and the ticket will be re-opened. We will close the ticket once you confirm, or automatically after 3 working days without a reply."],
                  "RSNL Service Desk - RSNL Nederland B.V.\nThis message was sent by NetHelpDesk.",
                  link=("View ticket", "https://rsnl.nethelpdesk.com/portal/ticket.aspx?id=245871"))
add(key="nhd_res", slug="nethelpdesk-ticket-resolved", when=D(3, 14, 10, 2, 1), issue=201,
    event="resolved", lang="en", kind="notification", family="NetHelpDesk", vid="245871",
    naming="subject tag + threading",
    trick="status 'Resolved - Awaiting Customer Confirmation'; future tense 'We will close the ticket once you confirm'; decoys: part number, contract number",
    relay="smtp.nethelpdesk.com", mailfrom="servicedesk@rsnl.nl",
    headers=H("RSNL Service Desk <servicedesk@rsnl.nl>",
              "[Ticket:245871] Resolved - " + i["subject"], D(3, 14, 10, 2, 1), MID["nhd_res"],
              irt=i["message_id"], refs=[i["message_id"], MID["nhd_ack"]], smode="B",
              post=AUTO_GEN + [("X-Mailer", "NetHelpDesk Email Engine 10.4")]),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")],
                   "----=_NHD_Part_245871_1410", preamble="This is a multi-part message in MIME format."))

f = [("Ticket Number", "245871"), ("Summary", i["subject"]), ("Status", "Closed"),
     ("Closed", "08/07/2024 09:00"), ("Closure Reason", "No response within 3 working days")]
plain = T("""
Dear StoreDesk,

Ticket 245871 has now been closed.

""") + plain_fields(f) + T("""

If the problem returns, please log a new ticket and quote 245871 so that our engineers
can see the history.

RSNL Service Desk
""")
htm = html_notice("Ticket 245871 closed", ["Dear StoreDesk,", "Ticket 245871 has now been closed."], f,
                  ["If the problem returns, please log a new ticket and quote 245871 so that our engineers can see the history."],
                  "RSNL Service Desk - RSNL Nederland B.V.\nThis message was sent by NetHelpDesk.",
                  link=("View ticket", "https://rsnl.nethelpdesk.com/portal/ticket.aspx?id=245871"))
add(key="nhd_clo", slug="nethelpdesk-ticket-closed", when=D(8, 9, 0, 0, 1), issue=201,
    event="closed", lang="en", kind="notification", family="NetHelpDesk", vid="245871",
    naming="subject tag + threading",
    trick="automatic closure after 3 working days; tells us to log a NEW ticket if it returns",
    relay="smtp.nethelpdesk.com", mailfrom="servicedesk@rsnl.nl",
    headers=H("RSNL Service Desk <servicedesk@rsnl.nl>",
              "[Ticket:245871] Closed - " + i["subject"], D(8, 9, 0, 0, 1), MID["nhd_clo"],
              irt=i["message_id"], refs=[i["message_id"], MID["nhd_ack"], MID["nhd_res"]], smode="B",
              post=AUTO_GEN + [("X-Mailer", "NetHelpDesk Email Engine 10.4")]),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")],
                   "----=_NHD_Part_245871_0900", preamble="This is a multi-part message in MIME format."))

# CustomerGauge survey about the closed 245871 (ignore, carries our tag)
htm = html_notice("Hoe waren wij?", ["Beste StoreDesk,",
                  "Uw melding 245871 ([STORE-201] Till 3 frozen on boot — Amsterdam Centraal) is onlangs afgesloten. Wij horen graag hoe u onze service heeft ervaren.",
                  "Hoe waarschijnlijk is het dat u RSNL aanbeveelt bij een collega? Klik op een cijfer (0 = zeer onwaarschijnlijk, 10 = zeer waarschijnlijk)."],
                  [("Score", " ".join(str(x) for x in range(11)))],
                  ["https://rsnl.customergauge.com/s/nps?c=245871&t=9f0c2e71&score=10",
                   "Het invullen duurt minder dan een minuut. Alvast bedankt!", "Team Klanttevredenheid RSNL"],
                  "U ontvangt deze e-mail omdat u recent contact had met RSNL Service.\nAfmelden voor enquêtes: https://rsnl.customergauge.com/unsubscribe?u=5c1d77",
                  color="#00857c", lang="nl")
plain = T("""
Beste StoreDesk,

Uw melding 245871 is onlangs afgesloten. Wij horen graag hoe u onze service heeft
ervaren. Deze e-mail is opgemaakt in HTML; open de enquête via
https://rsnl.customergauge.com/s/nps?c=245871&t=9f0c2e71
""")
add(key="cg_survey", slug="customergauge-nps-survey", when=D(8, 10, 30, 0), issue=None, rel=201,
    event="ignore", lang="nl", kind="notification", family="CustomerGauge", vid=None,
    naming="tag in body (ignore)",
    trick="NPS survey about the closed ticket 245871; quotes our [STORE-201] subject and the vendor id but must not touch the issue",
    relay="mta2.customergauge.com", mailfrom="bounce-245871@mailer.customergauge.com",
    headers=H("RSNL Klanttevredenheid <feedback@rsnl.nl>", "Uw mening over melding 245871 telt",
              D(8, 10, 30, 0), MID["cg_survey"], to=OURBOX,
              post=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://rsnl.customergauge.com/unsubscribe?u=5c1d77>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("X-CG-Survey-Id", "nps-service-2024")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable"), text(htm, "html", cte="quoted-printable")],
                   "cg_b1_9f0c2e71"))

# ======================================================================================
# 229 PIN pad cable damaged - Eindhoven Piazza : Efficy CRM receipt
# ======================================================================================
i = I(229)
f = [("Meldingsnummer", "TCK-2024-004117"), ("Uw referentie", "STORE-229"),
     ("Onderwerp", "%s — %s" % (i["title"], i["store"])), ("Categorie", "Betaalterminals / PIN"),
     ("Prioriteit", "Hoog"), ("Status", "Geregistreerd"), ("Ontvangen op", "01-07-2024 09:41")]
htm = html_notice("Uw servicemelding is geregistreerd", ["Geachte relatie,",
                  "Wij hebben uw servicemelding in goede orde ontvangen en geregistreerd onder onderstaand nummer."],
                  f, ["Een servicemedewerker neemt binnen 4 werkuren contact met u op. Vermeld bij contact altijd het meldingsnummer.",
                      "Met vriendelijke groet,\nRSNL Klantenservice"],
                  "RSNL Nederland B.V. · KvK 34128765 · Postbus 1234, 1000 AB Amsterdam · +31 88 776 5000",
                  color="#e35205", link=("Bekijk uw melding", "https://rsnl.efficy.cloud/crm/consult?entity=Tick&key=88213"),
                  lang="nl")
stub = "Deze e-mail is opgemaakt in HTML. Open het bericht in een e-mailprogramma dat HTML ondersteunt.\n"
add(key="efficy_ack", slug="efficy-servicemelding-geregistreerd", when=D(1, 9, 41, 7), issue=229,
    event="acknowledged", lang="nl", kind="notification", family="Efficy CRM", vid="TCK-2024-004117",
    naming="body field (subject replaced, no threading)",
    trick="subject replaced by the product; our tag only in the 'Uw referentie' field of the HTML part, stub plain part; decoys: KvK number, Postbus postcode, 4-hour promise",
    relay="mail.efficy.cloud", mailfrom="noreply@rsnl.efficy.cloud",
    headers=H("RSNL Klantenservice <klantenservice@rsnl.nl>", "Servicemelding TCK-2024-004117 geregistreerd",
              D(1, 9, 41, 7), MID["efficy_ack"], to=OURBOX, post=AUTO_GEN),
    part=multipart("alternative", [text(stub, cte="7bit", cs="us-ascii"), text(htm, "html", cte="quoted-printable")],
                   "=_efficy_88213_a7"))

# ======================================================================================
# 257 Till 2 reboots randomly - Lille Euralille : DIMO Maint demande d'intervention
# ======================================================================================
i = I(257)
f = [("N° de demande", "DI-24-01873"), ("Date de la demande", "01/07/2024 10:12"),
     ("Demandeur", "StoreDesk (%s)" % OURBOX), ("Objet", i["subject"]),
     ("Site", "RSNL-FR / Lille Euralille – 100 centre commercial Euralille, 59777 Lille"),
     ("Équipement", "CAISSE-02 – Terminal PDV 15\" (n° de série 7G4410298)"),
     ("Priorité", "2 – Urgente"), ("État", "À valider")]
plain = T("""
Bonjour,

Votre demande d'intervention a bien été enregistrée dans DIMO Maint.

""") + "".join("%s : %s\n" % kv for kv in f) + T("""

Vous serez informé(e) par courriel à chaque changement d'état de votre demande.
Suivi de la demande : https://gmao.fr.rsnl.nl/dimomaint/portail/demande?num=DI-24-01873

Ceci est un message automatique, merci de ne pas y répondre.
-- 
DIMO Maint - RSNL France, service maintenance
""")
add(key="dimo_ack", slug="dimo-maint-demande-intervention", when=D(1, 10, 12, 0), issue=257,
    event="acknowledged", lang="fr", kind="notification", family="DIMO Maint", vid="DI-24-01873",
    naming="body field (subject replaced, no threading)",
    trick="CMMS 'demande d'intervention' receipt, windows-1252 QP; our subject only in the 'Objet' field; decoys: serial number 7G4410298, postcode 59777, priority '2 – Urgente'",
    relay="gmao.fr.rsnl.nl", mailfrom="gmao@fr.rsnl.nl",
    headers=H("DIMO Maint - RSNL France <gmao@fr.rsnl.nl>",
              "DIMO Maint - Demande d'intervention n° DI-24-01873 enregistrée", D(1, 10, 12, 0),
              MID["dimo_ack"], to=OURBOX, scs="windows-1252", smode="Q", partial=True,
              post=AUTO_GEN + [("X-Priority", "3")]),
    part=text(plain, cs="windows-1252", cte="quoted-printable"))

# ======================================================================================
# 202 Receipt printer offline - Utrecht : MailMate human receipt with a service number
# ======================================================================================
i = I(202)
plain = T("""
Hoi Sam,

Je melding is binnen. Ik heb hem bij ons geregistreerd onder servicenummer 240702-18;
wil je dat nummer noemen als de winkel belt?

De planning kijkt vandaag wie er naar Hoog Catharijne kan, je hoort nog van ons. Het
gaat om de TM-T88VI bij kassa 2 (serienummer X5ZF012345), klopt dat?

Groet,
Joost

-- 
Joost Hendriks
Servicecoördinator Retail | RSNL Nederland B.V.
T +31 88 776 5012 | M +31 6 4122 8790

On 2 Jul 2024, at 9:00, StoreDesk wrote:

""") + quote(our_body(202))
add(key="mm_ack", slug="mailmate-servicenummer", when=D(2, 9, 47, 31), issue=202,
    event="acknowledged", lang="nl", kind="human", family="MailMate", vid="240702-18",
    naming="subject tag + threading",
    trick="coordinator confirms registration under date-based service number 240702-18; asks a side question; decoys: serial X5ZF012345, printer model, mobile number",
    relay="mail.rsnl.nl", mailfrom="j.hendriks@rsnl.nl",
    headers=H(addr("Joost Hendriks", "j.hendriks@rsnl.nl"), "Re: " + i["subject"], D(2, 9, 47, 31),
              MID["mm_ack"], to=addr("StoreDesk", OURBOX), irt=i["message_id"], refs=[i["message_id"]],
              smode="Q", post=[("User-Agent", "MailMate (1.14r6029)")]),
    part=text(plain, cte="quoted-printable", params="; format=flowed; markup=markdown"))

# ======================================================================================
# 230 Cash recycler error E17 - Groningen : Supportbench case + MailMate closure
# ======================================================================================
i = I(230)
f = [("Case #", "104233"), ("Subject", i["subject"]), ("Status", "New"), ("Priority", "High"),
     ("Queue", "Cash Management"), ("Created", "7/2/2024 3:06 AM (EDT)")]
plain = T("""
--- Reply above this line to add a comment to this case ---

Hello StoreDesk,

Thank you for reaching out to RSNL Support. A new case has been created for your
request and assigned to the Cash Management queue.

""") + plain_fields(f) + T("""

While you wait, this knowledge base article may help:
KB-0192 "Clearing error E17 on CR-5 cash recyclers"
https://rsnl.supportbench.net/kb/article/KB-0192

View your case in the customer portal:
https://rsnl.supportbench.net/portal/case/104233

RSNL Support
""")
htm = html_notice("Case #104233 has been created", ["--- Reply above this line to add a comment to this case ---",
                  "Hello StoreDesk,", "Thank you for reaching out to RSNL Support. A new case has been created for your request and assigned to the Cash Management queue."],
                  f, ["While you wait, this knowledge base article may help: KB-0192 \"Clearing error E17 on CR-5 cash recyclers\"."],
                  "RSNL Support · Powered by Supportbench", color="#3a3f8f",
                  link=("View case", "https://rsnl.supportbench.net/portal/case/104233"))
add(key="sb_ack", slug="supportbench-case-created", when=D(2, 3, 6, 2, -4), issue=230,
    event="acknowledged", lang="en", kind="notification", family="Supportbench", vid="104233",
    naming="subject tag + threading",
    trick="hosted helpdesk domain, Date in -0400; reply-above-this-line marker; decoys: KB-0192 article id and 'E17' in the title",
    relay="mail.supportbench.net", mailfrom="bounces@rsnl.supportbench.net",
    headers=H("RSNL Support <support@rsnl.supportbench.net>",
              "Case #104233 has been created - " + i["subject"], D(2, 3, 6, 2, -4), MID["sb_ack"],
              irt=i["message_id"], refs=[i["message_id"]], smode="B", post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")], "sb-alt-104233-1"))

f = [("Case #", "104233"), ("Status", "Waiting on Customer"), ("Priority", "High"), ("Owner", "Femke Dijkstra")]
comment = T("""
Hi, to see whether this is the same E17 fault we had on another customer's CR-5 this
spring (case #103977), could the store send us:
1. a photo of the error screen including the sub-code (E17-xx),
2. the serial number of the upper cassette (sticker on the side, starts with CR5-).
Please don't try the reset from KB-0192 yet, that would wipe the error log.
""")
plain = T("""
--- Reply above this line to add a comment to this case ---

Hello StoreDesk,

Femke Dijkstra has replied to your case:

""") + quote(comment, "    ") + "\n" + plain_fields(f) + T("""

View your case: https://rsnl.supportbench.net/portal/case/104233

RSNL Support
""")
htm = html_notice("New reply on case #104233", ["--- Reply above this line to add a comment to this case ---",
                  "Hello StoreDesk,", "Femke Dijkstra has replied to your case:", comment.strip()],
                  f, [], "RSNL Support · Powered by Supportbench", color="#3a3f8f",
                  link=("View case", "https://rsnl.supportbench.net/portal/case/104233"))
add(key="sb_upd", slug="supportbench-waiting-on-customer", when=D(3, 5, 40, 11, -4), issue=230,
    event="update", lang="en", kind="notification", family="Supportbench", vid="104233",
    naming="subject tag + threading",
    trick="agent asks two questions, status 'Waiting on Customer'; decoys: another customer's case #103977, KB-0192, sub-code E17-xx",
    relay="mail.supportbench.net", mailfrom="bounces@rsnl.supportbench.net",
    headers=H("RSNL Support <support@rsnl.supportbench.net>",
              "Case #104233 - Waiting on Customer - " + i["subject"], D(3, 5, 40, 11, -4), MID["sb_upd"],
              irt=MID["sb_ack"], refs=[i["message_id"], MID["sb_ack"]], smode="B", post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")], "sb-alt-104233-2"))

plain = T("""
Hoi Sam,

Dank voor de foto's. De monteur is vanochtend in Groningen geweest: er zat een
gevouwen biljet van € 50 klem bij de sensor van de bovenste cassette en de
transportband was versleten. Band vervangen en 200 biljetten testgeteld zonder fouten.

Ik heb case 104233 daarmee gesloten. Komt E17 terug, stuur dan gewoon een nieuwe melding.

Groetjes,
Femke

-- 
Femke Dijkstra
Cash Management Support | RSNL Nederland B.V.
T +31 88 776 5048

On 2 Jul 2024, at 9:00, StoreDesk wrote:

""") + quote(our_body(230))
add(key="mm_clo", slug="mailmate-case-gesloten", when=D(5, 14, 5, 40), issue=230,
    event="closed", lang="nl", kind="human", family="MailMate", vid="104233",
    naming="subject tag + threading",
    trick="agent writes 'Ik heb case 104233 daarmee gesloten' after the repair; decoys: money amount € 50, '200 biljetten', E17",
    relay="mail.rsnl.nl", mailfrom="f.dijkstra@rsnl.nl",
    headers=H(addr("Femke Dijkstra", "f.dijkstra@rsnl.nl"), "Re: " + i["subject"], D(5, 14, 5, 40),
              MID["mm_clo"], to=addr("StoreDesk", OURBOX), irt=i["message_id"], refs=[i["message_id"]],
              post=[("User-Agent", "MailMate (1.14r6029)")]),
    part=text(plain, cte="quoted-printable", params="; format=flowed; markup=markdown"))

# ======================================================================================
# 258 Printer cutter broken - Porto : Agidesk atendimento
# ======================================================================================
i = I(258)
f = [("Atendimento", "2024/0917"), ("Serviço", "Manutenção de impressoras"), ("Assunto", i["subject"]),
     ("Prioridade", "Alta"), ("Situação", "Aberto"), ("Data de abertura", "02/07/2024 08:15")]
plain = T("""
Olá StoreDesk,

O seu pedido foi recebido e deu origem ao atendimento n.º 2024/0917.

""") + "".join("%s: %s\n" % kv for kv in f) + T("""

Acompanhe o atendimento em https://rsnl.agidesk.com/br/painel/atendimento/90917

Para acrescentar informação basta responder a este e-mail, mantendo o número do
atendimento no assunto.

RSNL Portugal, Lda. · Rua de Santa Catarina 1120, 4000-447 Porto
Tel. +351 22 340 5100 · NIPC 509 412 377
""")
htm = html_notice("Atendimento 2024/0917 aberto", ["Olá StoreDesk,", "O seu pedido foi recebido e deu origem ao atendimento n.º 2024/0917."],
                  f, ["Para acrescentar informação basta responder a este e-mail, mantendo o número do atendimento no assunto."],
                  "RSNL Portugal, Lda. · Rua de Santa Catarina 1120, 4000-447 Porto · Tel. +351 22 340 5100 · NIPC 509 412 377\nEnviado por Agidesk",
                  color="#0a7cc1", link=("Ver atendimento", "https://rsnl.agidesk.com/br/painel/atendimento/90917"), lang="pt")
add(key="agi_ack", slug="agidesk-atendimento-aberto", when=D(2, 8, 15, 0, 1), issue=258,
    event="acknowledged", lang="pt", kind="notification", family="Agidesk", vid="2024/0917",
    naming="subject tag + threading",
    trick="ticket id with a slash (2024/0917) while the portal link uses the internal number 90917; decoys: NIPC, postcode 4000-447, phone",
    relay="mail.agidesk.com", mailfrom="nao-responda@rsnl.agidesk.com",
    headers=H("RSNL Portugal - Assistência <assistencia@pt.rsnl.nl>",
              "Atendimento 2024/0917 aberto: " + i["subject"], D(2, 8, 15, 0, 1), MID["agi_ack"],
              refs=[i["message_id"]], irt=i["message_id"], smode="B", post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")], "agd-90917-a"))

f = [("Atendimento", "2024/0917"), ("Assunto", i["subject"]), ("Situação", "Encerrado"),
     ("Encerrado por", "Rui Carvalho"), ("Data de encerramento", "05/07/2024 16:20"),
     ("Solução", "Substituída a guilhotina da impressora de talões (ref. AC-T88-112); testados 30 talões sem falhas.")]
plain = T("""
Olá StoreDesk,

O atendimento n.º 2024/0917 foi encerrado.

""") + "".join("%s: %s\n" % kv for kv in f) + T("""

Se o problema voltar a acontecer, responda a este e-mail nos próximos 7 dias para
reabrir o atendimento.

Avalie o nosso atendimento: https://rsnl.agidesk.com/br/avaliacao/90917

RSNL Portugal, Lda.
""")
htm = html_notice("Atendimento 2024/0917 encerrado", ["Olá StoreDesk,", "O atendimento n.º 2024/0917 foi encerrado."],
                  f, ["Se o problema voltar a acontecer, responda a este e-mail nos próximos 7 dias para reabrir o atendimento."],
                  "RSNL Portugal, Lda. · Enviado por Agidesk", color="#0a7cc1",
                  link=("Avaliar atendimento", "https://rsnl.agidesk.com/br/avaliacao/90917"), lang="pt")
add(key="agi_clo", slug="agidesk-atendimento-encerrado", when=D(5, 16, 20, 0, 1), issue=258,
    event="closed", lang="pt", kind="notification", family="Agidesk", vid="2024/0917",
    naming="subject tag + threading",
    trick="'Situação: Encerrado' with the solution and a 7-day reopen window and a rating link; decoy part ref AC-T88-112",
    relay="mail.agidesk.com", mailfrom="nao-responda@rsnl.agidesk.com",
    headers=H("RSNL Portugal - Assistência <assistencia@pt.rsnl.nl>",
              "Atendimento 2024/0917 encerrado: " + i["subject"], D(5, 16, 20, 0, 1), MID["agi_clo"],
              irt=MID["agi_ack"], refs=[i["message_id"], MID["agi_ack"]], smode="B", post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cte="base64"), text(htm, "html", cte="base64")], "agd-90917-c"))

# ======================================================================================
# 203 Barcode scanner not reading - Rotterdam : Balsa human receipt, no number
# ======================================================================================
i = I(203)
plain = T("""
Hi Sam,

Got it, thanks. I've put it in the queue for the Rotterdam field team. You'll get the
ticket number from our system as soon as the planners have picked it up, probably
this afternoon.

Regards,
Pieter

-- 
Pieter Bosman - RSNL Nederland B.V. - Service Desk
+31 88 776 5002

On Wed, 03 Jul 2024 09:00:00 +0200, StoreDesk wrote:
""") + quote(our_body(203))
add(key="balsa_ack", slug="balsa-received-no-number", when=D(3, 9, 38, 0), issue=203,
    event="acknowledged", lang="en", kind="human", family="Balsa", vid=None,
    naming="threading only (subject rewritten; title and store in the quote)",
    trick="human receipt without any number ('the ticket number will follow'); subject typed as 'Re: scanner Lijnbaan'",
    relay="mail.rsnl.nl", mailfrom="p.bosman@rsnl.nl",
    headers=H(addr("Pieter Bosman", "p.bosman@rsnl.nl"), "Re: scanner Lijnbaan", D(3, 9, 38, 0),
              MID["balsa_ack"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]],
              post=[("X-Mailer", "Balsa 2.6.4")]),
    part=text(plain, cte="8bit", quote_cs=False))

# ======================================================================================
# 231 Till 3 frozen on boot - Antwerpen Meir : Ticksy receipt
# ======================================================================================
i = I(231)
plain = T("""
Hi StoreDesk,

We've received your ticket and a member of the team will reply as soon as possible.

Ticket: #38112 - %s
Category: Belgium - Store Systems
Status: Open

You can view your ticket at: https://rsnl.ticksy.com/ticket/38112/

Our support hours are Monday-Friday 08:00-18:00 CET. Current average reply time:
about 3 hours.

Thanks,
RSNL Support
""" % i["subject"])
add(key="ticksy_ack", slug="ticksy-ticket-received", when=D(3, 2, 4, 47, -5), issue=231,
    event="acknowledged", lang="en", kind="notification", family="Ticksy", vid="38112",
    naming="subject tag + threading",
    trick="plain-text receipt, id written as '#38112' (expected without '#'); Date in -0500; ticket link with id",
    relay="mail.ticksy.com", mailfrom="noreply@rsnl.ticksy.com",
    headers=H("RSNL Support <support@rsnl.ticksy.com>", "[RSNL Support] Ticket Received: " + i["subject"],
              D(3, 2, 4, 47, -5), MID["ticksy_ack"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]],
              smode="Q", post=AUTO_GEN),
    part=text(plain, cte="quoted-printable"))

# ======================================================================================
# 204 Card terminal declines all cards - Den Haag Spui : Cayzu + OOO + Vivaldi + solved
# ======================================================================================
i = I(204)
cayzu_plain = T("""
Dear StoreDesk,

Thank you for contacting RSNL support. This is an automated response confirming that
your ticket has been received. One of our agents will get back to you shortly.

Ticket ID: 2419
Subject: %s
Department: Payments
Priority: Urgent
Status: Open

To add additional comments, please reply to this email.
You can view the status of your ticket at any time:
https://rsnl.cayzu.com/Portal/Tickets/Details/2419

Thank you,
RSNL Support
""" % i["subject"])
htm = html_notice("We received your ticket", cayzu_plain.split("\n\n")[:2],
                  [("Ticket ID", "2419"), ("Subject", i["subject"]), ("Department", "Payments"),
                   ("Priority", "Urgent"), ("Status", "Open")],
                  ["To add additional comments, please reply to this email."], "RSNL Support - powered by Cayzu",
                  color="#2b8dd6", link=("View ticket", "https://rsnl.cayzu.com/Portal/Tickets/Details/2419"))
add(key="cayzu_ack", slug="cayzu-ticket-received", when=D(4, 9, 2, 11), issue=204,
    event="acknowledged", lang="en", kind="notification", family="Cayzu", vid="2419",
    naming="subject tag + threading",
    trick="automated receipt with 'Ticket #2419' in the subject; short plain digits id",
    relay="mail.cayzu.com", mailfrom="support@rsnl.cayzu.com",
    headers=H("RSNL Support <support@rsnl.cayzu.com>", "[RSNL] Ticket #2419 Received: " + i["subject"],
              D(4, 9, 2, 11), MID["cayzu_ack"], irt=i["message_id"], refs=[i["message_id"]], smode="Q",
              post=[("Auto-Submitted", "auto-replied")]),
    part=multipart("alternative", [text(cayzu_plain), text(htm, "html", cte="quoted-printable")],
                   "--cayzu-boundary-2419-1"))

plain = T("""
Ik ben met vakantie tot en met maandag 15 juli en lees mijn e-mail niet.
Voor storingen: RSNL Service Desk, +31 88 776 5000 of support@rsnl.nl.

I am on holiday until Monday 15 July and will not read my e-mail.
For faults please contact the RSNL Service Desk, +31 88 776 5000 or support@rsnl.nl.

Ruud van Leeuwen
""")
add(key="cgp_ooo", slug="communigate-vacation-reply", when=D(4, 9, 3, 2), issue=None, rel=204,
    event="ignore", lang="nl", kind="human", family="CommuniGate Pro", vid=None,
    naming="subject tag (ignore)",
    trick="personal vacation auto-reply of an RSNL engineer on the support@ alias, keeps our [STORE-204] subject; Auto-Submitted: auto-replied like a helpdesk receipt but it is a person",
    relay="cgp.rsnl.nl", mailfrom="",
    headers=H(addr("Ruud van Leeuwen", "r.vanleeuwen@rsnl.nl"), "Re: " + i["subject"], D(4, 9, 3, 2),
              MID["cgp_ooo"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Mailer", "CommuniGate Pro RULES")]),
    part=text(plain, cs="us-ascii", cte="7bit", quote_cs=False))

plain = T("""
Hi Sam,

Quick update on the Den Haag Spui terminals. The terminals themselves are fine: all
three lose the connection to the acquirer because the store's DSL line is dropping
packets. We've reported it to KPN, their ticket number is 1-88213456 (KPN Zakelijk
storingen 0800-0407).

Our ticket 2419 stays open; we can't close it until KPN has repaired the line and we
have seen successful transactions again.

As a workaround the store can switch the terminals to the 4G fallback
(Menu > 9 > 3, PIN 4711).

Cheers,
Erik

Erik Smit
Payments Support | RSNL Nederland B.V.
T +31 88 776 5044

On 04-07-2024 09:02, RSNL Support wrote:
""") + quote(cayzu_plain)
add(key="viv_upd", slug="vivaldi-kpn-line-fault", when=D(4, 15, 20, 9), issue=204,
    event="update", lang="en", kind="human", family="Vivaldi Mail", vid="2419",
    naming="tag only in quoted receipt (+ threading through the receipt)",
    trick="subject rewritten, our tag only in the quoted Cayzu receipt; third-party carrier ticket 1-88213456 (KPN); negation 'we can't close it until'",
    relay="mail.rsnl.nl", mailfrom="e.smit@rsnl.nl",
    headers=H(addr("Erik Smit", "e.smit@rsnl.nl"), "Den Haag Spui terminals - KPN line fault", D(4, 15, 20, 9),
              MID["viv_upd"], to=addr("StoreDesk", OURBOX), cc="RSNL Support <support@rsnl.cayzu.com>",
              irt=MID["cayzu_ack"], refs=[i["message_id"], MID["cayzu_ack"]]),
    part=text(plain, cte="quoted-printable"))

f = [("Ticket ID", "2419"), ("Subject", i["subject"]), ("Status", "Solved"), ("Agent", "Erik Smit")]
plain = T("""
Dear StoreDesk,

Your ticket #2419 has been marked as Solved.

Latest comment from Erik Smit:
KPN replaced the line card at the exchange this morning (their ref 1-88213456). We
ran test transactions on all three terminals at Den Haag Spui: all approved. The
terminals are back on DSL.

""") + plain_fields(f) + T("""

If the issue persists, simply reply to this email within 7 days and your ticket will be
reopened.

Thank you,
RSNL Support
""")
htm = html_notice("Ticket #2419 solved", ["Dear StoreDesk,", "Your ticket #2419 has been marked as Solved.",
                  "Latest comment from Erik Smit: KPN replaced the line card at the exchange this morning (their ref 1-88213456). We ran test transactions on all three terminals at Den Haag Spui: all approved. The terminals are back on DSL."],
                  f, ["If the issue persists, simply reply to this email within 7 days and your ticket will be reopened."],
                  "RSNL Support - powered by Cayzu", color="#2b8dd6",
                  link=("View ticket", "https://rsnl.cayzu.com/Portal/Tickets/Details/2419"))
add(key="cayzu_res", slug="cayzu-ticket-solved", when=D(5, 10, 15, 3), issue=204,
    event="resolved", lang="en", kind="notification", family="Cayzu", vid="2419",
    naming="subject tag + threading",
    trick="status Solved with a 7-day reopen window; decoy: the carrier's ticket 1-88213456",
    relay="mail.cayzu.com", mailfrom="support@rsnl.cayzu.com",
    headers=H("RSNL Support <support@rsnl.cayzu.com>", "[RSNL] Ticket #2419 Solved: " + i["subject"],
              D(5, 10, 15, 3), MID["cayzu_res"], irt=i["message_id"],
              refs=[i["message_id"], MID["cayzu_ack"], MID["viv_upd"]], smode="Q", post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="quoted-printable")],
                   "--cayzu-boundary-2419-3"))

# ======================================================================================
# 232 qmail bounce for our STORE-232 mail (ignore)
# ======================================================================================
i = I(232)
orig = (INPUT / "sent" / "store-232.eml").read_bytes().decode("utf-8")
orig_body = orig.replace("\r\n", "\n")
plain = T("""
Hi. This is the qmail-send program at mx3.rsnl.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<k.devos@be.rsnl.nl>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <helpdesk@ops.storedesk.example>
Received: (qmail 31874 invoked from network); 4 Jul 2024 07:00:39 -0000
Received: from mx1.ops.storedesk.example (HELO mx1.ops.storedesk.example) (198.51.100.25)
  by mx3.rsnl.nl with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 4 Jul 2024 07:00:39 -0000
""") + orig_body
add(key="qmail_dsn", slug="qmail-failure-notice", when=D(4, 9, 0, 41), issue=None, rel=232,
    event="ignore", lang="en", kind="notification", family="qmail", vid=None,
    naming="tag in the returned copy (ignore)",
    trick="classic qmail-send 'failure notice' for one member of the support alias; carries our STORE-232 mail (X-StoreDesk-Issue header, Message-ID) in the body",
    relay="mx3.rsnl.nl", mailfrom="",
    headers=[("From", "MAILER-DAEMON@mx3.rsnl.nl"), ("To", OURBOX), ("Subject", "failure notice"),
             ("Date", fmt_date(D(4, 9, 0, 41))), ("Message-ID", MID["qmail_dsn"])],
    part=text(plain, cs="us-ascii", cte="7bit", quote_cs=False))

# ======================================================================================
# 260 Cash recycler error E17 - Madrid Preciados : Atmail receipt + Trojita resolution
# ======================================================================================
i = I(260)
plain = T("""
Buenos días:

Hemos recibido la incidencia del reciclador de efectivo de Madrid Preciados y la hemos
registrado con el número ES-24-3312. Por favor, indíquenlo en cualquier comunicación.

En cuanto tengamos técnico asignado se lo comunicaremos.

Un saludo,

Lucía Martín
Servicio Técnico | RSNL Ibérica, S.L.
Tel. +34 910 48 77 20 · Horario: L-V 8:00-18:00

----- Mensaje original -----
De: "Soporte RSNL" <support@rsnl.nl>
Para: "Servicio Técnico Ibérica" <sat@es.rsnl.nl>
Enviado: jueves, 4 de julio de 2024 9:05
Asunto: RV: %s

----- Mensaje original -----
De: "StoreDesk" <helpdesk@ops.storedesk.example>
Enviado: jueves, 4 de julio de 2024 9:00
Asunto: %s

""" % (i["subject"], i["subject"])) + our_body(260)
add(key="atmail_ack", slug="atmail-incidencia-registrada", when=D(4, 10, 21, 30), issue=260,
    event="acknowledged", lang="es", kind="human", family="Atmail", vid="ES-24-3312",
    naming="tag only in quoted forward block (no threading to our mail)",
    trick="technician answers the internal forward from support@; In-Reply-To points to the internal forward, our tag only in the quoted 'Asunto:' lines; decoys: E17, phone number, office hours",
    relay="webmail.es.rsnl.nl", mailfrom="lucia.martin@es.rsnl.nl",
    headers=H(addr("Lucía Martín", "lucia.martin@es.rsnl.nl"), "Re: RV: reciclador Madrid Preciados",
              D(4, 10, 21, 30), MID["atmail_ack"], to=OURBOX, cc="Soporte RSNL <support@rsnl.nl>",
              irt=MID["internal_es_fwd"], refs=[MID["internal_es_fwd"]],
              post=[("X-Mailer", "Atmail 7.8.0.4"), ("X-Originating-IP", "[10.34.2.18]")]),
    part=text(plain, cs="utf-8", cte="quoted-printable"))

plain = T("""
Hola Sam:

El técnico ha estado hoy en la tienda. El error E17 del reciclador venía de un sensor
de posición sucio (S3) y de una correa de transporte desgastada. Hemos limpiado el
sensor, cambiado la correa (ref. BLT-CR5-07) y hecho un recuento de prueba de 150
billetes sin errores.

La avería queda resuelta. Si en 5 días laborables no nos indican lo contrario,
cerraremos la incidencia ES-24-3312.

Saludos,
Javier Ortega
RSNL Ibérica · Servicio Técnico Madrid
+34 910 48 77 26

On Thursday, 4 July 2024 09:00:00 CEST, StoreDesk wrote:
""") + quote(our_body(260))
add(key="trojita_res", slug="trojita-averia-resuelta", when=D(9, 17, 2, 0), issue=260,
    event="resolved", lang="es", kind="human", family="Trojitá", vid="ES-24-3312",
    naming="subject tag + threading",
    trick="'La avería queda resuelta' plus future 'cerraremos la incidencia' in 5 working days; decoys: sensor S3, part ref BLT-CR5-07, 150 notes",
    relay="mail.es.rsnl.nl", mailfrom="javier.ortega@es.rsnl.nl",
    headers=H(addr("Javier Ortega", "javier.ortega@es.rsnl.nl"), "Re: " + i["subject"], D(9, 17, 2, 0),
              MID["trojita_res"], to=addr("StoreDesk", OURBOX), irt=i["message_id"], refs=[i["message_id"]],
              smode="B", post=[("User-Agent", "Trojita/0.7-git; Qt/5.15.10; xcb; Linux; Debian GNU/Linux 12 (bookworm)")]),
    part=text(plain, cte="quoted-printable", params="; format=flowed"))

# ======================================================================================
# 205 Wi-Fi drops every hour - Eindhoven Piazza : Kickserv appointment
# ======================================================================================
i = I(205)
f = [("Job", "#2216 - Wi-Fi drops every hour"), ("Customer PO", "STORE-205"),
     ("Date", "Tuesday, July 9, 2024"), ("Arrival window", "8:00 AM - 12:00 PM"),
     ("Technician", "Daan Verbeek"), ("Service address", "Eindhoven Piazza, Piazza 12, 5611 AE Eindhoven")]
plain = T("""
Hi StoreDesk,

Your appointment with RSNL Nederland has been scheduled.

""") + plain_fields(f) + T("""

Notes from RSNL Nederland:
Daan will replace the access point in the stockroom (AP-03) and check the PoE switch.

Need to reschedule? Call us at +31 40 711 2090 or reply to this email.

RSNL Nederland
""")
htm = html_notice("Your appointment is scheduled", ["Hi StoreDesk,", "Your appointment with RSNL Nederland has been scheduled."],
                  f, ["Notes from RSNL Nederland: Daan will replace the access point in the stockroom (AP-03) and check the PoE switch.",
                      "Need to reschedule? Call us at +31 40 711 2090 or reply to this email."],
                  "Sent by RSNL Nederland using Kickserv", color="#4a9a3a")
add(key="kick_upd", slug="kickserv-appointment-scheduled", when=D(5, 5, 30, 16, -4), issue=205,
    event="update", lang="en", kind="notification", family="Kickserv", vid="2216",
    naming="body field 'Customer PO' (subject replaced, no threading)",
    trick="field-service appointment sent from the product's own domain with an rsnl.nl Reply-To; our tag only as 'Customer PO'; decoys: postcode 5611 AE, phone, AP-03",
    relay="mail.kickserv.com", mailfrom="bounces+rsnl@mail.kickserv.com",
    headers=H("RSNL Nederland <rsnl-nederland@mail.kickserv.com>",
              "Your appointment with RSNL Nederland is scheduled - Job #2216", D(5, 5, 30, 16, -4),
              MID["kick_upd"], to=OURBOX, reply_to="RSNL Planning <planning@rsnl.nl>", post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cte="7bit", cs="us-ascii"), text(htm, "html", cte="quoted-printable")],
                   "----==_mimepart_6687c4fa0e9b1_2216"))

# ======================================================================================
# 233 Barcode scanner not reading - Lille : Eudonet accusé de réception
# ======================================================================================
i = I(233)
f = [("Numéro de demande", "24-000573"), ("Votre référence", "STORE-233"),
     ("Objet", "%s — %s" % (i["title"], i["store"])), ("Date de réception", "05/07/2024 09:26"),
     ("Type", "Incident matériel"), ("Délai d'intervention contractuel", "J+1 ouvré")]
htm = html_notice("Accusé de réception", ["Madame, Monsieur,", "Nous accusons réception de votre demande et vous en remercions."],
                  f, ["Notre équipe technique vous contactera dans les meilleurs délais.",
                      "Service Clients RSNL France – 03 20 55 41 00 (du lundi au vendredi, 8h30–18h)"],
                  "RSNL France SAS – 12 rue de Tournai, 59000 Lille – SIRET 512 334 118 00027",
                  color="#6b2c91", lang="fr")
stub = "Ce message est au format HTML. Si vous ne le voyez pas correctement, utilisez un logiciel de messagerie compatible HTML.\n"
add(key="eudonet_ack", slug="eudonet-accuse-reception", when=D(5, 9, 26, 2), issue=233,
    event="acknowledged", lang="fr", kind="notification", family="Eudonet CRM", vid="24-000573",
    naming="body field 'Votre référence' (subject replaced, no threading)",
    trick="HTML-only content with a stub plain part; zero-padded number 24-000573; decoys: SIRET, phone, postcode 59000, 'J+1'",
    relay="smtp.eudonet.com", mailfrom="noreply@fr.rsnl.nl",
    headers=H("RSNL France - Service Clients <service-clients@fr.rsnl.nl>",
              "Accusé de réception de votre demande n° 24-000573", D(5, 9, 26, 2), MID["eudonet_ack"],
              to=OURBOX, smode="Q", scs="iso-8859-1", post=AUTO_GEN),
    part=multipart("alternative", [text(stub, cs="us-ascii", cte="7bit"), text(htm, "html", cte="base64")],
                   "_=_eudonet_24000573_=_"))

# ======================================================================================
# 206 Cash drawer will not open - Groningen : mu4e inline reply
# ======================================================================================
i = I(206)
plain = T("""
StoreDesk <helpdesk@ops.storedesk.example> writes:

> Store: Groningen Herestraat
> Priority: high

Prio hoog is genoteerd.

> Reported by: Sam Jansen
>
> Cash drawer will not open.

Gaat de lade wel open met de sleutel? Zo ja, dan is het vrijwel zeker de
solenoïde. Ik heb vandaag alvast een nieuwe solenoïde (art. CD-410-SOL) en een
RJ12-kabel naar de winkel gestuurd, PostNL track & trace 3SRSNL0042871653
(bestelling 4500123987). Vervangen kan de filiaalmanager zelf, de instructie zit
in de doos.

Laat maar weten of het daarmee opgelost is, dan kunnen we de melding sluiten.

-- 
Wouter Kamp
RSNL Nederland B.V. · Hardware support
+31 88 776 5061
""")
add(key="mu4e_upd", slug="mu4e-inline-solenoid-shipped", when=D(6, 11, 12, 40), issue=206,
    event="update", lang="nl", kind="human", family="mu4e", vid=None,
    naming="subject tag + threading",
    trick="inline answers between our quoted lines; parts shipped; 'Laat maar weten of het daarmee opgelost is, dan kunnen we de melding sluiten' is a condition, not a closure; decoys: track & trace, order number 4500123987",
    relay="mail.rsnl.nl", mailfrom="w.kamp@rsnl.nl",
    headers=H(addr("Wouter Kamp", "w.kamp@rsnl.nl"), "Re: " + i["subject"], D(6, 11, 12, 40),
              MID["mu4e_upd"], to=addr("StoreDesk", OURBOX), irt=i["message_id"], refs=[i["message_id"]],
              smode="Q", post=[("User-Agent", "mu4e 1.12.4; emacs 29.3")]),
    part=text(plain, cte="8bit", quote_cs=False))

# ======================================================================================
# 235 Wi-Fi drops every hour - Koeln : CAS genesisWorld + Trojita closure
# ======================================================================================
i = I(235)
plain = T("""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Wir haben Ihre Serviceanfrage unter der Nummer
SA-2024-07-0112 erfasst.

Betreff:         %s
Priorität:       hoch
Zuständig:       Service Netzwerk (Köln)
Wartungsvertrag: WV-20931

Unsere Servicezeiten: Mo–Fr 08:00–18:00 Uhr. Anfragen, die am Wochenende eingehen,
bearbeiten wir am nächsten Werktag.

Bitte geben Sie bei Rückfragen immer die Nummer SA-2024-07-0112 an.

Mit freundlichen Grüßen
Ihr RSNL Service-Team
Tel. +49 221 9834 200

RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln · Amtsgericht Köln HRB 98765
""" % i["subject"])
add(key="cas_ack", slug="cas-genesisworld-eingangsbestaetigung", when=D(7, 9, 18, 3), issue=235,
    event="acknowledged", lang="de", kind="notification", family="CAS genesisWorld", vid="SA-2024-07-0112",
    naming="subject tag + threading",
    trick="date-based id SA-2024-07-0112 also as subject prefix; Sunday receipt; decoys: maintenance contract WV-20931, HRB number, postcode 50672",
    relay="mail.de.rsnl.nl", mailfrom="service@de.rsnl.nl",
    headers=H("RSNL Service <service@de.rsnl.nl>", "[SA-2024-07-0112] Eingangsbestätigung: " + i["subject"],
              D(7, 9, 18, 3), MID["cas_ack"], irt=i["message_id"], refs=[i["message_id"]], smode="Q",
              partial=True, post=AUTO_GEN + [("X-Mailer", "CAS genesisWorld x13")]),
    part=text(plain, cs="utf-8", cte="quoted-printable"))

cas_res_plain = T("""
Sehr geehrte Damen und Herren,

für Ihre Serviceanfrage wurde eine Lösung erfasst.

Vorgang:  SA-2024-07-0112
Betreff:  %s
Status:   Gelöst
Lösung:   Der Access Point im Verkaufsraum hat wegen Radarerkennung (DFS) stündlich
          den Kanal gewechselt. Wir haben das 5-GHz-Band auf die Kanäle 36–48
          festgelegt; seit Dienstag keine Abbrüche mehr.

Bitte bestätigen Sie uns kurz, dass das Problem behoben ist. Ohne Rückmeldung wird der
Vorgang nach 7 Tagen automatisch geschlossen.

Mit freundlichen Grüßen
Ihr RSNL Service-Team
""" % i["subject"])
add(key="cas_res", slug="cas-genesisworld-loesung", when=D(10, 16, 40, 0), issue=235,
    event="resolved", lang="de", kind="notification", family="CAS genesisWorld", vid="SA-2024-07-0112",
    naming="subject tag",
    trick="'Status: Gelöst' asking for confirmation; future automatic closure after 7 days; decoys: channel numbers 36–48",
    relay="mail.de.rsnl.nl", mailfrom="service@de.rsnl.nl",
    headers=H("RSNL Service <service@de.rsnl.nl>", "[SA-2024-07-0112] Lösung: " + i["subject"],
              D(10, 16, 40, 0), MID["cas_res"], smode="Q", partial=True,
              post=AUTO_GEN + [("X-Mailer", "CAS genesisWorld x13")]),
    part=text(cas_res_plain, cte="quoted-printable"))

plain = T("""
Hallo Herr Jansen,

danke für Ihre Rückmeldung, dass das WLAN in der Schildergasse seit einer Woche stabil
läuft. Ich habe den Vorgang SA-2024-07-0112 hiermit geschlossen.

Viele Grüße
Katrin Schulz

-- 
RSNL Deutschland GmbH · Service Netzwerk
Tel. +49 221 9834 230

On Wednesday, 10 July 2024 16:40:00 CEST, RSNL Service wrote:
""") + quote(cas_res_plain)
add(key="trojita_clo", slug="trojita-vorgang-geschlossen", when=D(18, 8, 55, 0), issue=235,
    event="closed", lang="de", kind="human", family="Trojitá", vid="SA-2024-07-0112",
    naming="tag only in quoted notification",
    trick="'Ich habe den Vorgang ... hiermit geschlossen'; subject rewritten, our tag only in the quoted 'Betreff:' field; the quoted part says 'Gelöst'",
    relay="mail.de.rsnl.nl", mailfrom="k.schulz@de.rsnl.nl",
    headers=H(addr("Katrin Schulz", "k.schulz@de.rsnl.nl"), "Re: SA-2024-07-0112 WLAN Köln geschlossen",
              D(18, 8, 55, 0), MID["trojita_clo"], to=OURBOX, irt=MID["cas_res"], refs=[MID["cas_res"]],
              smode="Q", partial=True,
              post=[("User-Agent", "Trojita/0.7-git; Qt/5.15.10; xcb; Linux; Debian GNU/Linux 12 (bookworm)")]),
    part=text(plain, cte="quoted-printable", params="; format=flowed"))

# ======================================================================================
# 207 Label printer prints blank labels - Antwerpen Meir : Syntess werkbon
# ======================================================================================
i = I(207)
plain = T("""
Beste klant,

Voor uw melding is een werkbon aangemaakt en ingepland.

Werkbonnummer : 24-11873
Uw referentie : STORE-207
Omschrijving  : %s — %s
Locatie       : Meir 78, 2000 Antwerpen
Datum         : donderdag 11 juli 2024
Tijdvak       : 08:00 - 10:00
Monteur       : Bram Peeters

Gelieve ervoor te zorgen dat de monteur toegang heeft tot de printer en dat er een rol
etiketten aanwezig is.

Met vriendelijke groet,
RSNL Belgium - Technische Dienst
Tel. +32 3 201 44 80
""" % (i["title"], i["store"]))
add(key="syn_upd", slug="syntess-werkbon-ingepland", when=D(8, 13, 30, 0), issue=207,
    event="update", lang="nl", kind="notification", family="Syntess Atrium", vid="24-11873",
    naming="body field 'Uw referentie' (subject replaced, no threading)",
    trick="Flemish work-order planning notice (visit Thursday 11 July 08:00-10:00); decoys: postcode 2000, phone",
    relay="mail.be.rsnl.nl", mailfrom="planning@be.rsnl.nl",
    headers=H("RSNL Belgium Planning <planning@be.rsnl.nl>", "Werkbon 24-11873 ingepland", D(8, 13, 30, 0),
              MID["syn_upd"], to=OURBOX, post=AUTO_GEN + [("X-Mailer", "Syntess Atrium")]),
    part=text(plain, cte="quoted-printable"))

plain = T("""
Beste klant,

De onderstaande werkbon is gereedgemeld.

Werkbonnummer           : 24-11873
Uw referentie           : STORE-207
Status                  : Gereed
Uitgevoerd op           : 11-07-2024 08:20 - 09:05
Monteur                 : Bram Peeters
Bevindingen             : thermische printkop defect (verkleurd), labels bleven blanco
Uitgevoerde werkzaamheden: printkop vervangen (art. PH-ZD421-203), printer gekalibreerd,
                          50 testlabels geprint. Storing verholpen.
Materiaal               : 1x printkop 203 dpi
Getekend door           : J. Claes (filiaalverantwoordelijke)

De werkbon in PDF-formaat vindt u als bijlage.

Met vriendelijke groet,
RSNL Belgium - Technische Dienst
""")
add(key="syn_res", slug="syntess-werkbon-gereed", when=D(11, 11, 20, 0), issue=207,
    event="resolved", lang="nl", kind="notification", family="Syntess Atrium", vid="24-11873",
    naming="body field 'Uw referentie' (subject replaced, no threading)",
    trick="work order 'Gereed' with 'Storing verholpen' and a PDF work sheet; decoys: article number PH-ZD421-203, '50 testlabels'",
    relay="mail.be.rsnl.nl", mailfrom="planning@be.rsnl.nl",
    headers=H("RSNL Belgium Planning <planning@be.rsnl.nl>", "Werkbon 24-11873 gereedgemeld", D(11, 11, 20, 0),
              MID["syn_res"], to=OURBOX, post=AUTO_GEN + [("X-Mailer", "Syntess Atrium")]),
    part=multipart("mixed", [text(plain, cte="quoted-printable"),
                             attachment(pdf_bytes("Werkbon 24-11873"), "application/pdf", "Werkbon_24-11873.pdf")],
                   "syntess-24-11873-3"))

# ======================================================================================
# 208 Self-checkout screen black - Gent Veldstraat : Hiri, title+store only
# ======================================================================================
i = I(208)
plain = T("""
Hello Sam,

Feedback on your call "Self-checkout screen black" at Gent Veldstraat: I was on site
this morning. The LCD backlight inverter had failed; I replaced it (P/N 88-2210) and
the screen is working again. Tested a full scan-and-pay cycle with a customer card,
all fine.

For our records this was handled as work order BE-WO-24-0611.

Best regards,
Dries Maes
Field Engineer | RSNL Belgium NV
+32 9 265 77 10
""")
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
       '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
       + "\n".join("<p>%s</p>" % esc(p).replace("\n", " ") for p in plain.strip().split("\n\n")) +
       '\n</div></body></html>\n')
add(key="hiri_res", slug="hiri-self-checkout-fixed", when=D(9, 12, 10, 0), issue=208,
    event="resolved", lang="en", kind="human", family="Hiri", vid="BE-WO-24-0611",
    naming="title and store in text only (no tag, no threading)",
    trick="new mail from an Exchange-backed client, no tag and no threading; names our title and store; work-order id BE-WO-24-0611; decoy P/N 88-2210",
    relay="EUR05-AM6-obe.outbound.protection.outlook.com", mailfrom="d.maes@be.rsnl.nl",
    headers=H(addr("Dries Maes", "d.maes@be.rsnl.nl"), "Gent Veldstraat - self-checkout", D(9, 12, 10, 0),
              MID["hiri_res"], to=OURBOX,
              post=[("X-Mailer", "Hiri 1.4.0.5"), ("Thread-Topic", "Gent Veldstraat - self-checkout"),
                    ("Content-Language", "en-GB")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable", cs="us-ascii"),
                                   text(htm, "html", cte="quoted-printable")],
                   "_000_AM9PR04MB81724F3A2C1D0E9B5A7C6D88E2F41_"))

# ======================================================================================
# 209 Router LEDs red - Lille : Naverisk new ticket (threading only), NZ server time
# ======================================================================================
i = I(209)
f = [("N° de ticket", "39021"), ("Résumé", i["title"]), ("Client", "StoreDesk Retail"),
     ("Site", "Lille"), ("Priorité", "Moyenne"), ("État", "Nouveau"), ("Technicien", "Non assigné")]
plain = T("""
Bonjour,

Un nouveau ticket a été créé pour votre demande.

""") + "".join("%s : %s\n" % kv for kv in f) + T("""

Merci de conserver le numéro de ticket dans l'objet de vos réponses.

RSNL France - Support réseau
""")
htm = html_notice("Nouveau ticket créé", ["Bonjour,", "Un nouveau ticket a été créé pour votre demande."], f,
                  ["Merci de conserver le numéro de ticket dans l'objet de vos réponses."],
                  "RSNL France - Support réseau · Naverisk", color="#00558c", lang="fr")
add(key="nvr_ack", slug="naverisk-nouveau-ticket", when=D(9, 19, 7, 40, 12), issue=209,
    event="acknowledged", lang="fr", kind="notification", family="Naverisk", vid="39021",
    naming="threading only (subject replaced; summary is the title without the store)",
    trick="PSA 'new ticket' notice with Date in +1200 (server in New Zealand); no tag in subject or body, only In-Reply-To/References",
    relay="mail.naverisk.net", mailfrom="noreply@rsnl.naverisk.net",
    headers=H("RSNL France Support <support@fr.rsnl.nl>", "Nouveau ticket n° 39021 créé", D(9, 19, 7, 40, 12),
              MID["nvr_ack"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]], smode="Q",
              scs="iso-8859-1", post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cs="iso-8859-1"), text(htm, "html", cte="quoted-printable")],
                   "=_NaveriskMail_39021"))

# ======================================================================================
# 210 Scale shows wrong weight - Porto : Polymail, part ordered then fixed
# ======================================================================================
i = I(210)
poly1 = T("""
Bom dia Sam,

Estive hoje na loja de Santa Catarina. A balança da charcutaria marca +180 g em vazio
e não volta a zero; a célula de carga está danificada (provavelmente por impacto).

Encomendei uma célula nova ao fornecedor (RMA 77120, ref. LC-30KG-C3), que deve chegar
na sexta-feira, 12/07. Até lá a balança fica fora de serviço; a loja pode usar a
balança de reserva da padaria.

O processo PT.2024.0218 continua aberto até à substituição.

Cumprimentos,
Rui Carvalho
Técnico de Assistência | RSNL Portugal, Lda.
+351 912 447 018
""")
plain = poly1 + "\nOn Wed, Jul 10, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n" + quote(our_body(210))
add(key="poly_upd", slug="polymail-celula-encomendada", when=D(10, 12, 5, 0, 1), issue=210,
    event="update", lang="pt", kind="human", family="Polymail", vid="PT.2024.0218",
    naming="subject tag + threading",
    trick="technician diagnosis, part ordered; dotted id PT.2024.0218 'continua aberto'; decoys: RMA 77120, ref LC-30KG-C3, '+180 g', date 12/07",
    relay="mail.pt.rsnl.nl", mailfrom="rui.carvalho@pt.rsnl.nl",
    headers=H(addr("Rui Carvalho", "rui.carvalho@pt.rsnl.nl"), "Re: " + i["subject"], D(10, 12, 5, 0, 1),
              MID["poly_upd"], to=addr("StoreDesk", OURBOX), irt=i["message_id"], refs=[i["message_id"]],
              smode="B", post=[("X-Mailer", "Polymail")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable"),
                                   text("<div dir=\"ltr\">" + esc(plain).replace("\n", "<br>\n") + "</div>\n", "html",
                                        cte="quoted-printable")], "polymail-0a6f1c3e2b"))

plain = T("""
Olá Sam,

A célula de carga chegou esta manhã e já foi substituída. A balança foi recalibrada e
verificada com pesos-padrão de 2 kg e 15 kg (erro 0 g). Está a pesar corretamente e
voltou ao serviço.

Ainda não fechámos o processo PT.2024.0218: pedimos que a loja confirme nos próximos
dias que está tudo bem, e só então o encerramos.

Obrigado,
Rui

On Wed, Jul 10, 2024 at 12:05 PM, Rui Carvalho <rui.carvalho@pt.rsnl.nl> wrote:
""") + quote(poly1)
add(key="poly_res", slug="polymail-balanca-corrigida", when=D(12, 17, 30, 0, 1), issue=210,
    event="resolved", lang="pt", kind="human", family="Polymail", vid="PT.2024.0218",
    naming="subject tag + threading",
    trick="fixed and back in service but explicitly 'Ainda não fechámos o processo' (awaiting confirmation); quotes the earlier 'continua aberto' mail",
    relay="mail.pt.rsnl.nl", mailfrom="rui.carvalho@pt.rsnl.nl",
    headers=H(addr("Rui Carvalho", "rui.carvalho@pt.rsnl.nl"), "Re: " + i["subject"], D(12, 17, 30, 0, 1),
              MID["poly_res"], to=addr("StoreDesk", OURBOX), irt=MID["poly_upd"],
              refs=[i["message_id"], MID["poly_upd"]], smode="B", post=[("X-Mailer", "Polymail")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable"),
                                   text("<div dir=\"ltr\">" + esc(plain).replace("\n", "<br>\n") + "</div>\n", "html",
                                        cte="quoted-printable")], "polymail-7d2b9e4a1c"))

# ======================================================================================
# 211 Customer display flickering - Koeln : mobileX appointment + completion report
# ======================================================================================
i = I(211)
f = [("Auftragsnummer", "4000812733"), ("Ihre Referenz", "STORE-211"),
     ("Störung", "%s — %s" % (i["title"], i["store"])), ("Einsatzort", "Schildergasse 65, 50667 Köln"),
     ("Termin", "Mittwoch, 17.07.2024, 10:00–12:00 Uhr"), ("Techniker", "Herr Jonas Becker"),
     ("Material", "Kundendisplay VFD-220 (Art.-Nr. 4410-2201)")]
plain = "Sehr geehrte Damen und Herren,\n\nwir bestätigen den folgenden Servicetermin:\n\n" + \
    "".join("%s: %s\n" % kv for kv in f) + T("""

Sollte der Termin nicht passen, erreichen Sie unsere Disposition unter +49 221 9834 210.

Mit freundlichen Grüßen
Ihr RSNL Service-Team

RSNL Deutschland GmbH · Amtsgericht Köln HRB 98765 · Geschäftsführer: M. Weber
""")
htm = html_notice("Terminbestätigung", ["Sehr geehrte Damen und Herren,", "wir bestätigen den folgenden Servicetermin:"], f,
                  ["Sollte der Termin nicht passen, erreichen Sie unsere Disposition unter +49 221 9834 210."],
                  "RSNL Deutschland GmbH · Amtsgericht Köln HRB 98765 · Geschäftsführer: M. Weber", color="#c00000", lang="de")
add(key="mobx_upd", slug="mobilex-terminbestaetigung", when=D(11, 14, 2, 12), issue=211,
    event="update", lang="de", kind="notification", family="mobileX", vid="4000812733",
    naming="body field 'Ihre Referenz' (subject replaced, no threading)",
    trick="field-service appointment for Wednesday 17.07.; 10-digit order number; decoys: article number 4410-2201, postcode 50667, HRB, phone",
    relay="mail.de.rsnl.nl", mailfrom="service@de.rsnl.nl",
    headers=H("RSNL Deutschland Service <service@de.rsnl.nl>",
              "Terminbestätigung zu Ihrem Serviceauftrag 4000812733", D(11, 14, 2, 12), MID["mobx_upd"],
              to=OURBOX, smode="Q", partial=True, post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")], "mobileX-4000812733-T1"))

f = [("Auftragsnummer", "4000812733"), ("Ihre Referenz", "STORE-211"), ("Status", "Erledigt"),
     ("Arbeitsbeginn", "17.07.2024 10:14"), ("Arbeitsende", "17.07.2024 11:02"),
     ("Tätigkeit", "Kundendisplay getauscht (VFD-220), Firmware 2.3 aufgespielt. Flackern behoben, Funktionstest i.O."),
     ("Kundenunterschrift", "L. Hoffmann")]
plain = "Sehr geehrte Damen und Herren,\n\nIhr Serviceauftrag wurde erledigt.\n\n" + \
    "".join("%s: %s\n" % kv for kv in f) + T("""

Den Servicebericht finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr RSNL Service-Team
""")
add(key="mobx_res", slug="mobilex-auftrag-erledigt", when=D(17, 12, 55, 44), issue=211,
    event="resolved", lang="de", kind="notification", family="mobileX", vid="4000812733",
    naming="body field 'Ihre Referenz' (subject replaced, no threading)",
    trick="work order 'Erledigt' with 'Flackern behoben'; PDF report with a non-ASCII file name (RFC 2231); decoy firmware version 2.3",
    relay="mail.de.rsnl.nl", mailfrom="service@de.rsnl.nl",
    headers=H("RSNL Deutschland Service <service@de.rsnl.nl>",
              "Serviceauftrag 4000812733 erledigt – Servicebericht", D(17, 12, 55, 44), MID["mobx_res"],
              to=OURBOX, smode="Q", partial=True, post=AUTO_GEN),
    part=multipart("mixed", [text(plain),
                             attachment(pdf_bytes("Servicebericht 4000812733"), "application/pdf",
                                        "Servicebericht_4000812733_Köln.pdf")], "mobileX-4000812733-R1"))

# ======================================================================================
# 212 Back-office PC slow - Madrid : CommuniGate Pro WebUser reply, not yet resolved
# ======================================================================================
i = I(212)
plain = T("""
Hola Sam:

He revisado el PC de la trastienda en remoto esta mañana (AnyDesk 482 991 203). El
disco duro está al 97 %% de ocupación y el SMART indica sectores reasignados (C5 = 312),
así que la lentitud no es sólo de software.

He liberado 40 GB y desactivado la indexación, pero todavía no está resuelto: hay que
cambiar el disco por un SSD. Tengo un técnico libre el martes 16/07 a las 8:30, antes
de abrir la tienda. ¿Os va bien? Necesitamos que alguien le abra la puerta de servicio
de la calle Preciados 9.

La incidencia sigue abierta con el número ES-24-3390.

Saludos,
Carlos Ruiz
RSNL Ibérica · Soporte TI tiendas
+34 910 48 77 31

El 12/07/2024 09:00, StoreDesk <helpdesk@ops.storedesk.example> escribió:
""") + quote(our_body(212))
plain = plain.replace("%%", "%")
add(key="cgp_upd", slug="communigate-todavia-no-resuelto", when=D(12, 16, 45, 20), issue=212,
    event="update", lang="es", kind="human", family="CommuniGate Pro", vid="ES-24-3390",
    naming="subject tag + threading",
    trick="negation 'todavía no está resuelto', proposes a visit and asks a question; decoys: AnyDesk id, '97 %', SMART value, street number",
    relay="cgp.es.rsnl.nl", mailfrom="carlos.ruiz@es.rsnl.nl",
    headers=H(addr("Carlos Ruiz", "carlos.ruiz@es.rsnl.nl"), "Re: " + i["subject"], D(12, 16, 45, 20),
              MID["cgp_upd"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=[("X-Mailer", "CommuniGate Pro WebUser v6.3.14")]),
    part=text(plain, cs="iso-8859-1", cte="8bit"))

# ======================================================================================
# 213 Handheld scanner battery dead - Amsterdam : Ticksy closed, then Missive reopen
# ======================================================================================
i = I(213)
ticksy_clo_plain = T("""
Hi StoreDesk,

Your ticket #38240 "%s" has been closed.

Last reply from Tom Visser:
"A replacement battery (BT-000314) was delivered to the store on 15 July. Closing this
ticket - let us know if anything else comes up."

If you need further help, you can reopen the ticket by replying to this email or at
https://rsnl.ticksy.com/ticket/38240/

Thanks,
RSNL Support
""" % i["subject"])
add(key="ticksy_clo", slug="ticksy-ticket-closed", when=D(16, 10, 0, 5, -5), issue=213,
    event="closed", lang="en", kind="notification", family="Ticksy", vid="38240",
    naming="subject tag",
    trick="closed notice with the agent's last reply quoted; not threaded; decoy battery part BT-000314",
    relay="mail.ticksy.com", mailfrom="noreply@rsnl.ticksy.com",
    headers=H("RSNL Support <support@rsnl.ticksy.com>", "[RSNL Support] Ticket Closed: " + i["subject"],
              D(16, 10, 0, 5, -5), MID["ticksy_clo"], to=OURBOX, smode="Q", post=AUTO_GEN),
    part=text(ticksy_clo_plain, cte="quoted-printable"))

plain = T("""
Hi Sam,

Sorry, the closure below was premature. The store called: the replacement battery we
sent (BT-000314) charges to 100% but dies after about 40 minutes, so it's a bad batch
rather than the old battery.

I've reopened ticket #38240. A battery from a different batch goes out today with DHL
Express (AWB 1234567890), ETA Thursday 18 July. Please keep the faulty one aside, we'll
collect it under RMA RS-77341.

Tom

-- 
Tom Visser · RSNL Support · +31 88 776 5020

On Tue, Jul 16, 2024 at 5:00 PM, RSNL Support <support@rsnl.ticksy.com> wrote:
""") + quote(ticksy_clo_plain)
add(key="missive_upd", slug="missive-reopened-battery", when=D(17, 9, 12, 0), issue=213,
    event="update", lang="en", kind="human", family="Missive", vid="38240",
    naming="tag only in the quoted closed notice",
    trick="reopens the ticket; quotes the older 'has been closed' notice; new text is an update (new part shipping); decoys: AWB, RMA RS-77341, BT-000314",
    relay="mail.missiveapp.com", mailfrom="t.visser@rsnl.nl",
    headers=H(addr("Tom Visser", "t.visser@rsnl.nl"), "Reopened: handheld battery Amsterdam (#38240)",
              D(17, 9, 12, 0), MID["missive_upd"], to=OURBOX, irt=MID["ticksy_clo"], refs=[MID["ticksy_clo"]],
              post=[("X-Mailer", "Missive")]),
    part=multipart("alternative", [text(plain, cte="quoted-printable"),
                                   text("<div>" + esc(plain).replace("\n", "<br>\n") + "</div>\n", "html",
                                        cte="quoted-printable")], "missive-b3c4d5e6f7"))

# ======================================================================================
# 214 Price checker offline - Utrecht : RepairShopr status change
# ======================================================================================
i = I(214)
plain = T("""
Hi StoreDesk,

The status of your ticket #3304 (%s) changed to: Resolved

Tech notes:
The price checker had lost its DHCP lease after the store's switch was replaced. We set
a static IP (10.42.8.51) and it is showing prices again. Can we close this ticket? Just
reply "yes", or let us know if it drops out again.

View your ticket: https://rsnl.repairshopr.com/my_profile/tickets/3304

Thanks for choosing RSNL!
""" % i["subject"])
add(key="rs_res", slug="repairshopr-status-resolved", when=D(15, 13, 40, 12, 0), issue=214,
    event="resolved", lang="en", kind="notification", family="RepairShopr", vid="3304",
    naming="subject tag + threading",
    trick="status changed to Resolved; asks 'Can we close this ticket?' (question, not a closure); decoy IP address 10.42.8.51; Date in +0000",
    relay="mail.repairshopr.com", mailfrom="support@rsnl.repairshopr.com",
    headers=H("RSNL Support <support@rsnl.repairshopr.com>", "Ticket #3304 Resolved - " + i["subject"],
              D(15, 13, 40, 12, 0), MID["rs_res"], irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=AUTO_GEN),
    part=text(plain, cte="quoted-printable"))

# ======================================================================================
# 216 Network switch beeping - Den Haag : Accelo ticket received
# ======================================================================================
i = I(216)
f = [("Ticket", "#8842 - " + i["subject"]), ("Class", "Network"), ("Priority", "High"), ("Status", "Open")]
plain = T("""
Hi StoreDesk,

Thanks for getting in touch. We've received your request and created ticket #8842.

""") + plain_fields(f) + T("""

You can view the ticket in our client portal: https://rsnl.accelo.com/portal/tickets/8842

A member of our network team will be in touch within 4 business hours.

RSNL Support
""")
htm = html_notice("Ticket #8842 received", ["Hi StoreDesk,", "Thanks for getting in touch. We've received your request and created ticket #8842."],
                  f, ["A member of our network team will be in touch within 4 business hours."], "RSNL Support · Accelo",
                  color="#1e9bd7", link=("View ticket", "https://rsnl.accelo.com/portal/tickets/8842"))
add(key="accelo_ack", slug="accelo-ticket-received", when=D(16, 7, 8, 0, 0), issue=216,
    event="acknowledged", lang="en", kind="notification", family="Accelo", vid="8842",
    naming="subject tag + threading",
    trick="PSA receipt from a hosted subdomain, Date in +0000; '4 business hours' promise",
    relay="mail.accelo.com", mailfrom="support@rsnl.accelo.com",
    headers=H("RSNL Support <support@rsnl.accelo.com>", "[Ticket #8842] Received: " + i["subject"],
              D(16, 7, 8, 0, 0), MID["accelo_ack"], irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="base64")], "accelo_8842_mime"))

# ======================================================================================
# 218 POS software update failed - Groningen : Insightly ticket closed (threading only)
# ======================================================================================
i = I(218)
f = [("Ticket", "108224"), ("Ticket name", i["title"]), ("Status", "Closed"),
     ("Resolution", "Rolled the tills back to release 8.14.2 and reinstalled update 8.15.0 with the corrected installer. "
                    "All 4 tills at the store are on 8.15.0 and trading normally.")]
plain = "Hello,\n\nTicket 108224 has been closed.\n\n" + plain_fields(f) + T("""

If you have any further questions, reply to this email and your ticket will be reopened.

RSNL Customer Support
""")
htm = html_notice("Your ticket has been closed", ["Hello,", "Ticket 108224 has been closed."], f,
                  ["If you have any further questions, reply to this email and your ticket will be reopened."],
                  "RSNL Customer Support · sent via Insightly Service", color="#f26522")
add(key="ins_clo", slug="insightly-ticket-closed", when=D(19, 15, 30, 12, 0), issue=218,
    event="closed", lang="en", kind="notification", family="Insightly Service", vid="108224",
    naming="threading only (ticket name is the title without the store)",
    trick="generic subject 'Your ticket has been closed'; only In-Reply-To/References name our issue; decoys: release numbers 8.14.2 / 8.15.0, '4 tills'",
    relay="mail.insightly.services", mailfrom="support@rsnl.nl",
    headers=H("RSNL Customer Support <support@rsnl.nl>", "Your ticket has been closed", D(19, 15, 30, 12, 0),
              MID["ins_clo"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]], post=AUTO_GEN),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="quoted-printable")], "ins-108224-close"))

# ======================================================================================
# 219 Card reader firmware error - Antwerpen : Zucchetti Infinity CRM (HTML only)
# ======================================================================================
i = I(219)
f = [("Ticket", "TK-24-00381"), ("Oggetto", i["subject"]), ("Stato", "In lavorazione"),
     ("Assegnato a", "Laboratorio Firmware (Bologna)"), ("Apertura ticket", "19/07/2024 11:02"),
     ("Ultimo aggiornamento", "22/07/2024 11:15")]
htm = html_notice("Aggiornamento ticket TK-24-00381", ["Gentile cliente,", "il ticket TK-24-00381 è stato aggiornato.",
                  "Nota dell'operatore: il firmware 4.2.1 installato venerdì non ha risolto l'errore FW-0x1C sul lettore. "
                  "Il problema non è ancora risolto: stiamo preparando la versione 4.2.2, che prevediamo di distribuire da remoto "
                  "martedì 23/07 dopo la chiusura del negozio. Non è necessario alcun intervento da parte vostra."],
                  f, ["Per rispondere, rispondete a questa e-mail senza modificare l'oggetto."],
                  "RSNL Italia S.r.l. – Via dell'Industria 14, 40138 Bologna – P.IVA 03124560371", color="#005ca9", lang="it")
add(key="zuc_upd", slug="zucchetti-ticket-aggiornato", when=D(22, 11, 15, 0), issue=219,
    event="update", lang="it", kind="notification", family="Zucchetti Infinity CRM", vid="TK-24-00381",
    naming="subject tag",
    trick="HTML-only single part (base64); 'Il problema non è ancora risolto'; planned remote firmware push; decoys: versions 4.2.1/4.2.2, error FW-0x1C, P.IVA",
    relay="mail.it.rsnl.nl", mailfrom="lab.firmware@it.rsnl.nl",
    headers=H("RSNL Italia - Laboratorio Firmware <lab.firmware@it.rsnl.nl>",
              "Aggiornamento ticket TK-24-00381 - " + i["subject"], D(22, 11, 15, 0), MID["zuc_upd"],
              to=OURBOX, smode="B", post=AUTO_GEN),
    part=text(htm, "html", cte="base64"))

f = [("Ticket", "TK-24-00381"), ("Oggetto", i["subject"]), ("Stato", "Risolto"),
     ("Soluzione", "Il firmware 4.2.2 è stato installato da remoto sul lettore di carte il 23/07 alle 21:40. "
                   "Il lettore si avvia senza errori e ha elaborato 5 transazioni di prova.")]
htm = html_notice("Ticket TK-24-00381 risolto", ["Gentile cliente,", "il ticket TK-24-00381 è stato risolto."], f,
                  ["Se entro 5 giorni lavorativi non riceviamo risposta, il ticket verrà chiuso automaticamente."],
                  "RSNL Italia S.r.l. – Via dell'Industria 14, 40138 Bologna – P.IVA 03124560371", color="#005ca9", lang="it")
add(key="zuc_res", slug="zucchetti-ticket-risolto", when=D(24, 10, 30, 0), issue=219,
    event="resolved", lang="it", kind="notification", family="Zucchetti Infinity CRM", vid="TK-24-00381",
    naming="subject tag",
    trick="'Stato: Risolto' with automatic closure in the future ('verrà chiuso automaticamente'); HTML-only",
    relay="mail.it.rsnl.nl", mailfrom="lab.firmware@it.rsnl.nl",
    headers=H("RSNL Italia - Laboratorio Firmware <lab.firmware@it.rsnl.nl>",
              "Ticket TK-24-00381 risolto - " + i["subject"], D(24, 10, 30, 0), MID["zuc_res"],
              to=OURBOX, smode="B", post=AUTO_GEN),
    part=text(htm, "html", cte="base64"))

# ======================================================================================
# 220 Kitchen printer not printing - Gent : Geopal technician en route (Dutch)
# ======================================================================================
i = I(220)
plain = T("""
Hallo,

Uw technicus Koen Wouters is onderweg en komt naar verwachting tussen 09:15 en 09:45
aan bij Gent Veldstraat.

Opdracht:        GP-104882
Uw referentie:   STORE-220
Type opdracht:   Herstelling - keukenprinter
Adres:           Veldstraat 81, 9000 Gent

Volg uw technicus: https://rsnl.geopal.com/track/GP-104882?t=8f3k2q

Dit is een automatisch bericht van RSNL Belgium.
""")
add(key="geo_upd", slug="geopal-technicus-onderweg", when=D(22, 8, 45, 0, 1), issue=220,
    event="update", lang="nl", kind="notification", family="Geopal", vid="GP-104882",
    naming="body field 'Uw referentie' (subject replaced, no threading)",
    trick="'technician on the way' notice with tracking link containing the job id; Date in +0100 (Irish SaaS); decoys: time window, postcode 9000",
    relay="mail.geopal.com", mailfrom="noreply@be.rsnl.nl",
    headers=H("RSNL Belgium Field Service <noreply@be.rsnl.nl>", "Opdracht GP-104882 - technicus onderweg",
              D(22, 8, 45, 0, 1), MID["geo_upd"], to=OURBOX, post=AUTO_GEN),
    part=text(plain, cs="us-ascii", cte="7bit"))

# ======================================================================================
# 221 CCTV recorder full - Lille : Divalto SAV closure (windows-1252)
# ======================================================================================
i = I(221)
plain = T("""
Bonjour,

Nous vous informons que le dossier SAV ci-dessous a été clôturé.

N° de dossier     : SAV24/07/0193
Votre réf.        : STORE-221
Objet             : %s — %s
Date d'ouverture  : 21/07/2024
Date de clôture   : 26/07/2024
Intervention      : purge des enregistrements de plus de 30 jours, ajout d'un disque de
                    4 To (réf. HDD-4T-SV) et paramétrage de l'écrasement automatique.
Montant facturé   : 0,00 € HT (prestation couverte par le contrat de maintenance
                    n° MC-2023-118)

Nous restons à votre disposition pour toute nouvelle demande.

Le service après-vente RSNL France
03 20 55 41 10
""" % (i["title"], i["store"]))
add(key="div_clo", slug="divalto-dossier-sav-cloture", when=D(26, 17, 10, 0), issue=221,
    event="closed", lang="fr", kind="notification", family="Divalto", vid="SAV24/07/0193",
    naming="body field 'Votre réf.' (subject replaced, no threading)",
    trick="ERP after-sales file closure; id with two slashes SAV24/07/0193; decoys: amount 0,00 €, contract MC-2023-118, disk reference",
    relay="mail.fr.rsnl.nl", mailfrom="sav@fr.rsnl.nl",
    headers=H("RSNL France - SAV <sav@fr.rsnl.nl>", "Clôture de votre dossier SAV24/07/0193", D(26, 17, 10, 0),
              MID["div_clo"], to=OURBOX, smode="Q", scs="windows-1252", partial=True,
              post=AUTO_GEN + [("X-Mailer", "Divalto infinity")]),
    part=text(plain, cs="windows-1252", cte="quoted-printable"))

# ======================================================================================
# 223 VPN to head office down - Koeln : Sugester (Polish NOC) comment + resolved
# ======================================================================================
i = I(223)
plain = T("""
Dzień dobry,

w zgłoszeniu #5612 pojawiła się nowa odpowiedź.

Temat: %s
Status: Oczekuje na operatora

Odpowiedź (Marek Nowak):
Tunel IPsec do centrali nie zestawia się, ponieważ łącze DSL sklepu nie ma
synchronizacji. Zgłosiliśmy awarię operatorowi (Deutsche Telekom, numer zgłoszenia
9004471235). Problem nie jest jeszcze rozwiązany - czekamy na technika Telekomu,
termin: 24.07 w godz. 8-12. Do tego czasu sklep pracuje na zapasowym łączu LTE.

Zobacz zgłoszenie: https://rsnl.sugester.pl/app/tickets/5612

-- 
RSNL Network Operations Centre, Kraków
tel. +48 12 345 67 80
""" % i["subject"])
add(key="sug_upd", slug="sugester-oczekuje-na-operatora", when=D(23, 10, 5, 0), issue=223,
    event="update", lang="pl", kind="notification", family="Sugester", vid="5612",
    naming="body field 'Temat' (subject replaced, no threading)",
    trick="waiting on a third party: carrier ticket 9004471235 (Deutsche Telekom); negation 'nie jest jeszcze rozwiązany'",
    relay="mail.sugester.pl", mailfrom="noc@pl.rsnl.nl",
    headers=H("RSNL NOC <noc@pl.rsnl.nl>", "Nowa odpowiedź w zgłoszeniu #5612", D(23, 10, 5, 0), MID["sug_upd"],
              to=OURBOX, smode="Q", scs="iso-8859-2", post=AUTO_GEN),
    part=text(plain, cs="utf-8", cte="quoted-printable"))

plain = T("""
Dzień dobry,

status zgłoszenia #5612 został zmieniony na: Rozwiązane.

Temat: %s

Odpowiedź (Marek Nowak):
Telekom wymienił modem i usunął awarię linii (ich zgłoszenie 9004471235 zostało
zamknięte po ich stronie). Tunel VPN do centrali działa stabilnie od 08:40;
przełączyliśmy sklep z LTE z powrotem na DSL.

Jeśli problem wróci, odpowiedz na tę wiadomość.

Zobacz zgłoszenie: https://rsnl.sugester.pl/app/tickets/5612

-- 
RSNL Network Operations Centre, Kraków
""" % i["subject"])
add(key="sug_res", slug="sugester-rozwiazane", when=D(25, 9, 50, 0), issue=223,
    event="resolved", lang="pl", kind="notification", family="Sugester", vid="5612",
    naming="body field 'Temat' (subject replaced, no threading)",
    trick="our ticket 'Rozwiązane' while the CARRIER's ticket is the one 'zamknięte' (closed) - must be resolved, not closed",
    relay="mail.sugester.pl", mailfrom="noc@pl.rsnl.nl",
    headers=H("RSNL NOC <noc@pl.rsnl.nl>", "Zgłoszenie #5612 zostało rozwiązane", D(25, 9, 50, 0), MID["sug_res"],
              to=OURBOX, irt=MID["sug_upd"], refs=[MID["sug_upd"]], smode="Q", scs="iso-8859-2", post=AUTO_GEN),
    part=text(plain, cs="utf-8", cte="quoted-printable"))

# ======================================================================================
# 224 Electronic shelf labels blank - Madrid : eGain case closed (threading only)
# ======================================================================================
i = I(224)
plain = T("""
Estimado cliente:

Le informamos de que su caso n.º 2407-8816 ha sido cerrado.

Resumen de la solución: las etiquetas electrónicas de la sección de perfumería no
mostraban precios porque la estación base BS-04 había perdido la conexión con el
servidor ESL. Se reinició la estación base y se forzó la resincronización de las 1.180
etiquetas.

Si desea hacer algún comentario, responda a este correo indicando el número de caso.

Atentamente,
Atención al Cliente - RSNL Ibérica
900 101 544
""")
htm = html_notice("Caso cerrado", [p for p in plain.strip().split("\n\n")[:-1]], [], [],
                  "RSNL Ibérica, S.L. · Atención al Cliente · 900 101 544", color="#7a1f5c", lang="es")
add(key="egain_clo", slug="egain-caso-cerrado", when=D(29, 12, 0, 0), issue=224,
    event="closed", lang="es", kind="notification", family="eGain", vid="2407-8816",
    naming="threading only",
    trick="case closed; neither tag nor store name in the mail, only In-Reply-To/References; decoys: 1.180 labels, base station BS-04, toll-free number",
    relay="mail.es.rsnl.nl", mailfrom="atencion.cliente@es.rsnl.nl",
    headers=H("RSNL Ibérica Atención al Cliente <atencion.cliente@es.rsnl.nl>",
              "Su caso 2407-8816 ha sido cerrado", D(29, 12, 0, 0), MID["egain_clo"], to=OURBOX,
              irt=i["message_id"], refs=[i["message_id"]], post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cs="iso-8859-1"), text(htm, "html", cte="quoted-printable")],
                   "eGain_2407_8816_close"))

# ======================================================================================
# 225 UPS alarm in server cupboard - Amsterdam : Artologik HelpDesk (Swedish)
# ======================================================================================
i = I(225)
plain = T("""
Hej,

Ditt ärende har uppdaterats.

Ärendenummer: 2024-0725-017
Rubrik: %s
Status: Väntar på reservdel
Handläggare: Anna Lindqvist

Ny kommentar:
Larmet beror på att batterierna i UPS:en (APC SMT1500RMI2U, serienr AS1932123456)
har nått slutet av sin livslängd. Ett nytt batteripaket (RBC43) är beställt och
skickas direkt till butiken. En tekniker från RSNL Nederland byter det när det har
levererats, troligen vecka 31.

Följ ärendet: https://helpdesk.se.rsnl.nl/helpdesk/case.aspx?case=2024-0725-017

Med vänliga hälsningar
RSNL Nordic - UPS & Power, Göteborg
+46 31 760 42 00
""" % i["subject"])
add(key="art_upd", slug="artologik-arende-uppdaterat", when=D(25, 13, 20, 0), issue=225,
    event="update", lang="sv", kind="notification", family="Artologik HelpDesk", vid="2024-0725-017",
    naming="body field 'Rubrik' (subject replaced, no threading)",
    trick="'Väntar på reservdel' (waiting for spare part); date-based case number; decoys: UPS serial, model number, battery kit RBC43, 'vecka 31'",
    relay="helpdesk.se.rsnl.nl", mailfrom="ups-support@se.rsnl.nl",
    headers=H("RSNL Nordic UPS Support <ups-support@se.rsnl.nl>", "Ärende 2024-0725-017 har uppdaterats",
              D(25, 13, 20, 0), MID["art_upd"], to=OURBOX, smode="Q", scs="iso-8859-1", post=AUTO_GEN),
    part=text(plain, cs="utf-8", cte="quoted-printable"))

# ======================================================================================
# 226 Scanner beeps but no input - Utrecht : Becky! human, title+store only
# ======================================================================================
i = I(226)
plain = T("""
Goedemorgen Sam,

Even een terugkoppeling over "Scanner beeps but no input" bij Utrecht Hoog Catharijne.
Ik ben er vanochtend langs geweest: de scanner stond na een reset in USB-COM-modus in
plaats van HID-toetsenbord, daarom piepte hij wel maar kwam er niets in de kassa.
Opnieuw geconfigureerd met de programmeerbarcode en getest met 20 artikelen: werkt weer.

Bij ons staat dit onder meldnummer 240729-007, mocht je het nodig hebben.

Met vriendelijke groet,

Henk de Boer
Buitendienst RSNL Nederland B.V.
06-41 88 23 17
""")
add(key="becky_res", slug="becky-scanner-werkt-weer", when=D(29, 8, 20, 12), issue=226,
    event="resolved", lang="nl", kind="human", family="Becky! Internet Mail", vid="240729-007",
    naming="title and store in text only (no tag, no threading)",
    trick="new unthreaded mail; names our title and store in the text; 'werkt weer' = fixed; date-based meldnummer; decoy mobile number",
    relay="mail.rsnl.nl", mailfrom="h.deboer@rsnl.nl",
    headers=H(addr("Henk de Boer", "h.deboer@rsnl.nl"), "scanner Utrecht Hoog Catharijne", D(29, 8, 20, 12),
              MID["becky_res"], to=OURBOX, post=[("X-Mailer", "Becky! ver. 2.81.05 [en]")]),
    part=text(plain, cs="iso-8859-1", cte="8bit", quote_cs=False))

# ======================================================================================
# 227 Till 2 reboots randomly - Rotterdam : Notmuch human (title+store) + Fantastical invite
# ======================================================================================
i = I(227)
plain = T("""
Hi Sam,

About your report "Till 2 reboots randomly" for Rotterdam Lijnbaan: I've pulled the
event logs remotely. The reboots coincide with the UPS in the till cabinet switching to
battery (event 41, Kernel-Power), so I suspect the power strip rather than the till.

Could the store plug till 2 directly into the wall socket for a day and tell me whether
it still reboots? I haven't opened a ticket for this yet; I'll do that once we know
which part it is.

Sander

-- 
Sander Mol | RSNL Nederland | 2nd line POS | +31 88 776 5077
""")
add(key="nm_upd", slug="notmuch-till-logs", when=D(29, 9, 40, 0), issue=227,
    event="update", lang="en", kind="human", family="Notmuch", vid=None,
    naming="title and store in text only (no tag, no threading)",
    trick="unthreaded mail naming title and store; diagnosis + request; explicitly no ticket yet; decoy 'event 41'",
    relay="mail.rsnl.nl", mailfrom="s.mol@rsnl.nl",
    headers=H(addr("Sander Mol", "s.mol@rsnl.nl"), "till 2 Rotterdam Lijnbaan - logs", D(29, 9, 40, 0),
              MID["nm_upd"], to=OURBOX,
              post=[("User-Agent", "Notmuch/0.38.3 (https://notmuchmail.org) Emacs/29.3 (x86_64-pc-linux-gnu)")]),
    part=text(plain, cs="us-ascii", cte="7bit", quote_cs=False))

ics = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Flexibits Inc./Fantastical for Mac 3.8.21//EN",
    "CALSCALE:GREGORIAN", "METHOD:REQUEST",
    "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT", "UID:6C1F0B2A-8D44-4E51-9F3B-2A7C5E9D1B08", "DTSTAMP:20240729T070512Z",
    "DTSTART;TZID=Europe/Amsterdam:20240730T100000", "DTEND;TZID=Europe/Amsterdam:20240730T103000",
    "SUMMARY:Remote session till 2 Rotterdam Lijnbaan (STORE-227)",
    "DESCRIPTION:Screen share to check the till 2 power settings together with",
    " the store manager. Join: https://meet.rsnl.nl/r/s.mol",
    "LOCATION:https://meet.rsnl.nl/r/s.mol",
    "ORGANIZER;CN=Sander Mol:mailto:s.mol@rsnl.nl",
    "ATTENDEE;CN=StoreDesk;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:",
    " mailto:helpdesk@ops.storedesk.example",
    "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
inv_txt = T("""
Sander Mol has invited you to an event:

Remote session till 2 Rotterdam Lijnbaan (STORE-227)
Tuesday 30 July 2024, 10:00 - 10:30 (CEST)
https://meet.rsnl.nl/r/s.mol

Accept, decline or propose a new time from your calendar application.
""")
add(key="fant_invite", slug="fantastical-invitation", when=D(29, 9, 5, 12), issue=None, rel=227,
    event="ignore", lang="en", kind="human", family="Fantastical", vid=None,
    naming="tag in the invitation summary (ignore)",
    trick="calendar invitation (iMIP METHOD:REQUEST) from an RSNL engineer; mentions STORE-227 but a calendar invitation must not touch the issue",
    relay="mail.rsnl.nl", mailfrom="s.mol@rsnl.nl",
    headers=H(addr("Sander Mol", "s.mol@rsnl.nl"),
              "Invitation: Remote session till 2 Rotterdam Lijnbaan (STORE-227) @ Tue 30 Jul 2024 10:00 - 10:30 (CEST)",
              D(29, 9, 5, 12), MID["fant_invite"], to=OURBOX),
    part=multipart("mixed", [
        multipart("alternative", [text(inv_txt, cs="us-ascii", cte="7bit"),
                                  raw('text/calendar; charset="utf-8"; method=REQUEST', ics, cte="7bit")],
                  "Fantastical-alt-6C1F0B2A"),
        attachment(ics.encode(), "application/ics", "invite.ics")], "Fantastical-mix-6C1F0B2A"))

# ======================================================================================
# 247 Receipt paper jams - Koeln : Serviceware auto receipt without number + Balsa MDN
# ======================================================================================
i = I(247)
plain = T("""
Guten Tag,

dies ist eine automatisch erzeugte Eingangsbestätigung des RSNL Service Desk.

Ihre E-Mail ist bei uns eingegangen und wird nun einem Bearbeiter zugewiesen. Die
Vorgangsnummer erhalten Sie in einer separaten Nachricht, sobald der Vorgang angelegt
ist.

Bitte antworten Sie nicht auf diese E-Mail.

Servicezeiten: Montag bis Freitag, 08:00–18:00 Uhr
Hotline: +49 221 9834 200

RSNL Deutschland GmbH · Service Desk
""")
add(key="sw_ack", slug="serviceware-eingangsbestaetigung-ohne-nummer", when=D(19, 9, 1, 7), issue=247,
    event="acknowledged", lang="de", kind="notification", family="Serviceware Processes", vid=None,
    naming="subject tag + threading",
    trick="helpdesk receipt sent as an auto-reply (Auto-Submitted: auto-replied, noreply sender) without any number - must be acknowledged, not treated as out-of-office",
    relay="mail.de.rsnl.nl", mailfrom="",
    headers=H("RSNL Service Desk <noreply@de.rsnl.nl>", "Eingangsbestätigung – " + i["subject"], D(19, 9, 1, 7),
              MID["sw_ack"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]], smode="B",
              post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("Precedence", "auto_reply"), ("X-Mailer", "Serviceware Processes 7.2")]),
    part=text(plain, cte="quoted-printable"))

mdn_txt = T("""
Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an
u.brandt@de.rsnl.nl gesendet haben.

Betreff: %s
Gesendet: Fr, 19 Jul 2024 09:00:00 +0200

Die Nachricht wurde angezeigt. Dies ist keine Garantie, dass die Nachricht
gelesen oder verstanden wurde.
""" % i["subject"])
mdn = T("""
Reporting-UA: ws-ubrandt.de.rsnl.nl; Balsa 2.6.4
Final-Recipient: rfc822; u.brandt@de.rsnl.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % i["message_id"])
add(key="balsa_mdn", slug="balsa-read-receipt", when=D(19, 10, 12, 0), issue=None, rel=247,
    event="ignore", lang="de", kind="human", family="Balsa", vid=None,
    naming="tag in the receipt text (ignore)",
    trick="RFC 8098 read receipt (multipart/report; disposition-notification) from an RSNL person, names our [STORE-247] subject and Message-ID",
    relay="mail.de.rsnl.nl", mailfrom="",
    headers=H(addr("Uwe Brandt", "u.brandt@de.rsnl.nl"), "Gelesen: " + i["subject"], D(19, 10, 12, 0),
              MID["balsa_mdn"], to=OURBOX, smode="Q", partial=True,
              post=[("X-Mailer", "Balsa 2.6.4")]),
    part=multipart("report", [text(mdn_txt, cte="quoted-printable"),
                              raw("message/disposition-notification", mdn, cte=None)],
                   "=-balsa-mdn-1721376720-18243", params=" report-type=disposition-notification;"))

# ======================================================================================
# 244 Price checker offline - Gent : Gophish phishing from a lookalike domain (ignore)
# ======================================================================================
i = I(244)
htm = T("""
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><img src="http://rsnl-support.net/static/rsnl-logo.png" alt="RSNL" width="120"></p>
<p>Dear customer,</p>
<p>Your service request <b>[STORE-244] Price checker offline &mdash; Gent Veldstraat</b> is on hold
because your RSNL service account could not be verified.</p>
<p>To avoid automatic closure of all open tickets, please confirm your account within
<b>24 hours</b>:</p>
<p><a href="http://rsnl-support.net/portal/verify?rid=k9Xq2Lm">Verify my account</a></p>
<p>RSNL Service Desk</p>
<img alt="" style="display:none" src="http://rsnl-support.net/track?rid=k9Xq2Lm">
</body>
</html>
""")
add(key="gophish", slug="gophish-phishing-lookalike", when=D(17, 3, 14, 0, 3), issue=None, rel=244,
    event="ignore", lang="en", kind="notification", family="Gophish", vid=None,
    naming="subject tag + threading (ignore: phishing)",
    trick="phishing from lookalike domain rsnl-support.net, threaded to our STORE-244 mail and copying its subject; threatens 'automatic closure'; Gophish X-Mailer and tracking pixel",
    relay="mail.rsnl-support.net", mailfrom="servicedesk@rsnl-support.net", auth="spf=pass smtp.mailfrom=rsnl-support.net; dkim=none",
    headers=H("RSNL Service Desk <servicedesk@rsnl-support.net>", "RE: " + i["subject"] + " - action required",
              D(17, 3, 14, 0, 3), MID["gophish"], to=OURBOX, irt=i["message_id"], refs=[i["message_id"]],
              smode="B", post=[("X-Mailer", "gophish"), ("X-Priority", "1")]),
    part=text(htm, "html", cte="quoted-printable"))

# ======================================================================================
# Copernica newsletter, Instatus maintenance, FieldPulse other customer, Orange stranger
# ======================================================================================
htm = html_notice("RSNL Nieuws – juli 2024", ["Beste relatie,",
                  "Nieuwe firmware 5.1 voor de PIN-terminals staat klaar. Storingen worden daarmee sneller opgelost: de terminal meldt een fout nu zelf aan ons serviceportaal en maakt direct een ticket aan.",
                  "Zomeractie: 15% korting op bonrollen en etiketten bij bestellingen vanaf € 250 (actiecode ZOMER24, geldig t/m 31 augustus).",
                  "Webinar 'Kassa-uitval voorkomen' op donderdag 5 september, 10:00 uur."],
                  [], [], "U ontvangt deze nieuwsbrief omdat u klant bent van RSNL Nederland B.V.\nAfmelden: https://mail.rsnl.nl/unsubscribe?p=7f3a91&u=28811",
                  color="#005a9c", lang="nl", link=("Lees meer", "https://www.rsnl.nl/nieuws/juli-2024?utm_source=copernica"))
plain = T("""
RSNL Nieuws - juli 2024

Nieuwe firmware 5.1 voor de PIN-terminals staat klaar. Storingen worden daarmee sneller
opgelost: de terminal meldt een fout nu zelf aan ons serviceportaal en maakt direct een
ticket aan.

Zomeractie: 15% korting op bonrollen en etiketten bij bestellingen vanaf € 250
(actiecode ZOMER24, geldig t/m 31 augustus).

Afmelden: https://mail.rsnl.nl/unsubscribe?p=7f3a91&u=28811
""")
add(key="cop_news", slug="copernica-nieuwsbrief", when=D(10, 7, 0, 0), issue=None, rel=None,
    event="ignore", lang="nl", kind="notification", family="Copernica", vid=None,
    naming="none",
    trick="RSNL marketing newsletter from nieuws@rsnl.nl with List-Unsubscribe; words 'storingen', 'opgelost', 'ticket' but about no issue; decoys: € 250, action code",
    relay="smtp.copernica.com", mailfrom="bounce-7f3a91-28811@mail.rsnl.nl",
    headers=H("RSNL Nieuws <nieuws@rsnl.nl>", "Zomer-update: nieuwe PIN-firmware en 15% korting op bonrollen",
              D(10, 7, 0, 0), MID["cop_news"], to=OURBOX,
              post=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://mail.rsnl.nl/unsubscribe?p=7f3a91&u=28811>, <mailto:unsubscribe-7f3a91-28811@mail.rsnl.nl>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Copernica Marketing Software"),
                    ("X-Mailing-Id", "nieuwsbrief-juli-2024")]),
    part=multipart("alternative", [text(plain), text(htm, "html", cte="quoted-printable")], "copernica-7f3a91-28811"))

htm = html_notice("Scheduled maintenance", ["RSNL Status",
                  "Scheduled maintenance: Service portal, E-mail ticket intake",
                  "We will be performing maintenance on Saturday 20 July 2024 from 22:00 to 02:00 CEST. "
                  "During this window e-mails to support@rsnl.nl will be queued and turned into tickets afterwards; no tickets will be closed or lost."],
                  [("Affected components", "Service portal, E-mail ticket intake"), ("Status", "Scheduled")], [],
                  "You are receiving this because you subscribed to RSNL status updates.\nUnsubscribe: https://status.rsnl.nl/unsubscribe/clyx81k2a0004",
                  color="#444444", link=("View maintenance", "https://status.rsnl.nl/maintenance/clyx81k2a0004"))
plain = T("""
RSNL Status - Scheduled maintenance

Service portal, E-mail ticket intake

We will be performing maintenance on Saturday 20 July 2024 from 22:00 to 02:00 CEST.
During this window e-mails to support@rsnl.nl will be queued and turned into tickets
afterwards; no tickets will be closed or lost.

https://status.rsnl.nl/maintenance/clyx81k2a0004
Unsubscribe: https://status.rsnl.nl/unsubscribe/clyx81k2a0004
""")
add(key="inst_maint", slug="instatus-scheduled-maintenance", when=D(15, 18, 0, 0, 0), issue=None, rel=None,
    event="ignore", lang="en", kind="notification", family="Instatus", vid=None,
    naming="none",
    trick="status-page subscription notice about maintenance of the ticket intake; mentions tickets being queued/closed but concerns no issue",
    relay="mail.instatus.com", mailfrom="bounces@status.rsnl.nl",
    headers=H("RSNL Status <noreply@status.rsnl.nl>", "[RSNL Status] Scheduled maintenance: Service portal and e-mail ticket intake",
              D(15, 18, 0, 0, 0), MID["inst_maint"], to=OURBOX,
              post=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
                    ("List-Unsubscribe", "<https://status.rsnl.nl/unsubscribe/clyx81k2a0004>")]),
    part=multipart("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(htm, "html", cte="quoted-printable")],
                   "instatus-clyx81k2a0004"))

f = [("Customer", "Bakkerij Van Dam - Haarlem"), ("Job", "#10733 - Oven display not working"),
     ("Status", "Scheduled"), ("Technician", "Daan Verbeek"), ("Date", "Wed, Jul 24 2024, 1:00 PM - 3:00 PM"),
     ("Address", "Grote Houtstraat 140, 2011 SV Haarlem")]
plain = "Hi,\n\nA technician has been assigned to your job.\n\n" + plain_fields(f) + \
    "\nQuestions? Reply to this email or call +31 23 555 0190.\n\nRSNL Field Service\n"
htm = html_notice("Technician assigned", ["Hi,", "A technician has been assigned to your job."], f,
                  ["Questions? Reply to this email or call +31 23 555 0190."], "RSNL Field Service · FieldPulse",
                  color="#ff6b00")
add(key="fieldpulse_other", slug="fieldpulse-other-customer-job", when=D(23, 14, 0, 0, -5), issue=None, rel=None,
    event="ignore", lang="en", kind="notification", family="FieldPulse", vid=None,
    naming="none",
    trick="genuine RSNL field-service notice but for another customer (Bakkerij Van Dam, job #10733), sent to us because of a wrong contact e-mail; same technician name as a real job of ours",
    relay="mail.fieldpulse.com", mailfrom="noreply@rsnl.fieldpulse.com",
    headers=H("RSNL Field Service <noreply@rsnl.fieldpulse.com>", "Job #10733 update: technician assigned",
              D(23, 14, 0, 0, -5), MID["fieldpulse_other"], to=OURBOX, post=AUTO_GEN),
    part=multipart("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(htm, "html", cte="quoted-printable")],
                   "fp-10733-assigned"))

plain = T("""
Bonjour,

Ancien technicien RSNL, je me suis installé à mon compte et j'interviens sur les caisses,
recycleurs de billets et imprimantes de la région lilloise. J'ai vu que vous aviez des
soucis de caisse à Lille Euralille : je peux intervenir dans la journée, 65 € HT de
l'heure, sans contrat.

N'hésitez pas à m'appeler au 06 12 48 37 90.

Cordialement,
Jean-Marc Delattre
""")
add(key="orange", slug="orange-mail-stranger-offer", when=D(26, 21, 14, 0), issue=None, rel=None,
    event="ignore", lang="fr", kind="human", family="Mail Orange", vid=None,
    naming="none",
    trick="stranger at orange.fr (ex-RSNL technician) offering services; mentions RSNL and our Lille Euralille store but no issue; decoys: hourly rate, mobile number",
    relay="smtp-out.orange.fr", mailfrom="jm.delattre59@orange.fr",
    headers=H(addr("Jean-Marc Delattre", "jm.delattre59@orange.fr"), "Maintenance de vos caisses sur Lille",
              D(26, 21, 14, 0), MID["orange"], to=OURBOX,
              post=[("X-Mailer", "Webmail Orange"), ("X-Originating-IP", "[203.0.113.87]"),
                    ("X-WUM-FROM", "|~|"), ("X-WUM-TO", "|~|")]),
    part=text(plain, cs="UTF-8", cte="8bit"))


# ---------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------
def trace_headers(spec, n_hash):
    h = int(hashlib.sha1(spec["key"].encode()).hexdigest(), 16)
    ip = "%s.%d" % (("198.51.100", "203.0.113", "192.0.2")[h % 3], 10 + h % 230)
    delay = 2 + h % 47
    rdate = fmt_date((spec["when"] + _dt.timedelta(seconds=delay)).astimezone(tz(2)))
    qid = "4W" + "".join("BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789"[(h >> (6 * k)) % 51] for k in range(10))
    mf = spec.get("mailfrom", "")
    dom = (mf.split("@")[1] if "@" in mf else spec["relay"])
    fromdom = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", dict(spec["headers"])["From"]).group(1)
    auth = spec.get("auth") or ("spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=pass header.from=%s"
                                % (dom, fromdom, fromdom) if mf else
                                "spf=pass smtp.helo=%s; dkim=pass header.d=%s" % (spec["relay"], fromdom))
    return [("Return-Path", "<%s>" % mf),
            ("Delivered-To", OURBOX),
            ("Received", "from %s (%s [%s])\r\n\tby mx1.ops.storedesk.example (Postfix) with ESMTPS id %s\r\n"
                         "\tfor <%s>; %s" % (spec["relay"], spec["relay"], ip, qid, OURBOX, rdate)),
            ("Authentication-Results", "mx1.ops.storedesk.example;\r\n\t" + auth.replace("; ", ";\r\n\t"))]


def build_all():
    specs = sorted(SPECS, key=lambda s: s["when"].astimezone(_dt.timezone.utc))
    out = []
    for n, s in enumerate(specs, 1):
        data = message(trace_headers(s, n) + s["headers"], s["part"])
        fname = "%02d-%s.eml" % (n, s["slug"])
        note = "%s; %s; %s" % (s["family"], LANGS[s["lang"]], s["trick"])
        exp = {"file": fname, "issue_ref": ("STORE-%d" % s["issue"]) if s["issue"] else None,
               "vendor_ticket_id": s["vid"], "event": s["event"], "note": note}
        out.append((s, fname, data, exp))
    return out


# ---------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------
import email
import email.policy
import email.parser
from email.utils import parsedate_to_datetime

MSGID_RE = re.compile(r"^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+>$")
TAG_RE = re.compile(r"STORE-\d+")


class Fail(Exception):
    pass


def header_blocks(data, depth=0):
    idx = data.find(b"\r\n\r\n")
    if idx < 0:
        raise Fail("no header/body separator in a MIME part")
    hdr, body = data[:idx], data[idx + 4:]
    yield hdr
    m = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(hdr + b"\r\n\r\n")
    if m.get_content_maintype() == "multipart":
        b = m.get_param("boundary")
        if not b:
            raise Fail("multipart without boundary")
        segs = (b"\r\n" + body).split(b"\r\n--" + b.encode())
        if len(segs) < 3:
            raise Fail("multipart with no parts or no closing delimiter")
        closed = False
        for seg in segs[1:]:
            if seg.startswith(b"--"):
                closed = True
                break
            nl = seg.find(b"\r\n")
            yield from header_blocks(seg[nl + 2:], depth + 1)
        if not closed:
            raise Fail("multipart without closing delimiter")
    elif m.get_content_type() == "message/rfc822":
        yield from header_blocks(body, depth + 1)


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _html.unescape(s)


def decoded_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        txt = payload.decode(cs, "strict")
        chunks.append(txt)
        if part.get_content_subtype() == "html":
            chunks.append(strip_html(txt))
    return "\n".join(chunks)


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def validate(built):
    covered = (INPUT / "covered-products.txt").read_text(encoding="utf-8").casefold()
    seen_ids = {}
    for p in sorted((INPUT / "sent").glob("*.eml")):
        m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        seen_ids[m["Message-ID"].strip()] = p.name
    prev = None
    families = set()
    for s, fname, data, exp in built:
        def fail(reason):
            raise Fail("FAIL %s: %s" % (fname, reason))
        # 1 CRLF only
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            fail("bare LF or CR")
        # 3 line length
        for ln in data.split(b"\r\n"):
            if len(ln) >= 998:
                fail("line of %d octets" % len(ln))
        # 2 headers ASCII (every MIME header block)
        try:
            for hb in header_blocks(data):
                try:
                    hb.decode("ascii")
                except UnicodeDecodeError:
                    fail("non-ASCII header bytes")
        except Fail as e:
            if str(e).startswith("FAIL"):
                raise
            fail(str(e))
        # 4 defects
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                fail("defects %r in part %s" % (part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    fail("header %s defects %r" % (k, v.defects))
        # 5 strict decoding of text parts
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    if part.get("Content-Type") is not None:
                        fail("text part without charset")
                    cs = "us-ascii"  # implicit text/plain (e.g. the fields of a report part)
                try:
                    (part.get_payload(decode=True) or b"").decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    fail("text part does not decode as %s: %s" % (cs, e))
        # 6 dates
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            fail("Date without zone")
        if d != s["when"]:
            fail("Date header differs from spec")
        if prev is not None and not d > prev:
            fail("Date not strictly after previous mail")
        prev = d
        rel = s["issue"] or s.get("rel")
        if rel:
            sent = parsedate_to_datetime(I(rel)["sent"])
            if not d > sent:
                fail("Date not after sent date of STORE-%d" % rel)
        # 7 Message-IDs
        mid = str(msg["Message-ID"]).strip()
        if not MSGID_RE.match(mid):
            fail("malformed Message-ID %r" % mid)
        if mid in seen_ids:
            fail("duplicate Message-ID (also in %s)" % seen_ids[mid])
        seen_ids[mid] = fname
        thread_ids = []
        for h in ("In-Reply-To", "References"):
            if msg[h] is not None:
                ids = str(msg[h]).split()
                for x in ids:
                    if not MSGID_RE.match(x):
                        fail("malformed id %r in %s" % (x, h))
                thread_ids += ids
        text_ = decoded_text(msg)
        rawtxt = data.decode("latin-1")
        # 11 enums and consistency
        if exp["event"] not in EVENTS:
            fail("unknown event")
        if s["lang"] not in LANGS:
            fail("unknown language")
        if s["kind"] not in ("notification", "human"):
            fail("unknown kind")
        if exp["event"] == "ignore":
            if exp["issue_ref"] is not None or exp["vendor_ticket_id"] is not None:
                fail("ignore mail with issue_ref or vendor id")
        else:
            if exp["issue_ref"] not in ISSUES:
                fail("non-ignore mail without a known issue_ref")
            iss = ISSUES[exp["issue_ref"]]
            # 8 the issue is named
            by_tag = exp["issue_ref"] in TAG_RE.findall(text_)
            by_thread = iss["message_id"] in thread_ids
            by_text = norm(iss["title"]) in norm(text_) and norm(iss["store"]) in norm(text_)
            if not (by_tag or by_thread or by_text):
                fail("issue not named by tag, threading or title+store")
            # 10 no other STORE tag anywhere
            others = {t for t in TAG_RE.findall(text_ + "\n" + rawtxt)} - {exp["issue_ref"]}
            if others:
                fail("other STORE tags present: %s" % sorted(others))
        vid = exp["vendor_ticket_id"]
        if vid is not None:
            if vid.startswith("#"):
                fail("vendor id with leading '#'")
            # 9 literal occurrence
            if vid not in text_:
                fail("vendor id %r not in decoded subject/body" % vid)
        # 12 product families
        fam = s["family"]
        variants = {fam.casefold(), fam.replace("á", "a").casefold()}
        for v in variants:
            if v in covered:
                fail("product family %r is listed in covered-products.txt" % fam)
        families.add(fam)
    if len(built) != 60:
        raise Fail("FAIL corpus: %d mails instead of 60" % len(built))
    notif_fams = {s["family"] for s, *_ in built}
    if len(families) < 30:
        raise Fail("FAIL corpus: only %d product families" % len(families))
    return families


# ---------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------
def counter(items):
    c = {}
    for x in items:
        c[x] = c.get(x, 0) + 1
    return c


def naming_class(s):
    n = s["naming"]
    if s["event"] == "ignore":
        return "ignore mail carrying our tag / threading" if ("tag" in n) else "ignore mail without any reference"
    if n.startswith("subject tag"):
        return "[STORE-n] tag kept in the subject"
    if n.startswith("tag only in"):
        return "tag only in quoted text"
    if n.startswith("body field"):
        return "tag only in a body field, subject replaced by the product"
    if n.startswith("threading only"):
        return "only In-Reply-To/References to our Message-ID"
    if n.startswith("title and store"):
        return "title and store in the text only"
    raise ValueError(n)


def readme(built, families):
    ev = counter(e["event"] for _, _, _, e in built)
    lg = counter(s["lang"] for s, *_ in built)
    kd = counter(s["kind"] for s, *_ in built)
    nm = counter(naming_class(s) for s, *_ in built)
    L = []
    L.append("# StoreDesk blind corpus 15 - RSNL vendor replies\n")
    L.append("60 e-mails as they arrive in `helpdesk@ops.storedesk.example` from the vendor RSNL "
             "(rsnl.nl, its country subdomains, its hosted helpdesk subdomains and noreply senders) "
             "plus strangers, and the expected reading of each mail in `expected.jsonl`.\n")
    L.append("## How to run\n")
    L.append("```\ncd /tmp/blind15\npython3 make.py\n```\n")
    L.append("Python 3 standard library only, no randomness and no clock: the output is byte-for-byte "
             "reproducible. `make.py` deletes old `NN-*.eml` files, writes `01-*.eml` .. `60-*.eml` in arrival "
             "order (sorted by the Date header), `expected.jsonl` and this README, then validates every "
             "mail read back from disk and prints `OK: 60 mails` (or `FAIL <file>: <reason>` and exit 1).\n")
    L.append("Inputs (read only): `input/issues.json`, `input/sent/*.eml` (our outgoing mails, for the "
             "Message-ID uniqueness check and the quoted bounce copy) and `input/covered-products.txt`.\n")
    L.append("## expected.jsonl fields\n")
    L.append("- `file`: the .eml file name.\n"
             "- `issue_ref`: `STORE-n` the mail is about, or null.\n"
             "- `vendor_ticket_id`: RSNL's ticket / case / work order / incident / dossier id for our issue, exactly "
             "as written in the mail and without a leading `#` (e.g. `#38112` -> `38112`); null if the mail states "
             "none; always null for ignore mails. Carrier tickets, RMA, part, order, KB, contract and other "
             "customers' numbers are never the vendor id.\n"
             "- `event`: acknowledged / update / resolved / closed / ignore (definitions as in the brief: "
             "resolved = fault stated fixed even if the ticket stays open for confirmation; closed = the vendor "
             "states the ticket/case is closed; ignore = must not touch any issue).\n"
             "- `note`: imitated product or client family; language; what is tricky.\n")
    L.append("## Validation performed by make.py (on every mail)\n")
    L.append("1. CRLF line endings only (no bare CR or LF).\n"
             "2. Every header block (top level and every MIME part) is ASCII; non-ASCII text uses RFC 2047 "
             "encoded words, non-ASCII file names RFC 2231 (`filename*=utf-8''...`).\n"
             "3. Every line shorter than 998 octets.\n"
             "4. `email.message_from_bytes(data, policy=email.policy.default)` reports no defect on any part, "
             "and every header of every part parsed through the header registry has no defect.\n"
             "5. Every text/* part has a charset and its decoded payload decodes strictly with it.\n"
             "6. Date headers strictly increase in file order and are later than the sent date of the issue "
             "concerned (for ignore mails: of the issue they relate to, if any).\n"
             "7. Message-IDs (and every id in In-Reply-To/References) are well formed; Message-IDs are unique, "
             "also against `input/sent/`.\n"
             "8. Every non-ignore mail names its issue by the STORE-n tag in the decoded subject/body, by our "
             "Message-ID in In-Reply-To/References, or by title AND store in the decoded text.\n"
             "9. The expected vendor_ticket_id occurs literally in the decoded subject or body (HTML parts are also "
             "checked after tag stripping and entity decoding).\n"
             "10. No STORE tag other than the expected one anywhere (raw or decoded) in a non-ignore mail.\n"
             "11. Known event, language and kind; ignore mails carry neither issue_ref nor vendor id; no id starts "
             "with `#`.\n"
             "12. Every product/client family name used is searched case-insensitively in "
             "`input/covered-products.txt` and must not occur; at least 30 families.\n")
    L.append("## Counts\n")
    L.append("| event | mails |\n|---|---|")
    for k in EVENTS:
        L.append("| %s | %d |" % (k, ev.get(k, 0)))
    L.append("")
    L.append("| language | mails |\n|---|---|")
    for k in LANGS:
        if lg.get(k):
            L.append("| %s (%s) | %d |" % (LANGS[k], k, lg[k]))
    L.append("")
    L.append("| kind | mails |\n|---|---|")
    L.append("| notification (helpdesk / ITSM / PSA / field-service / CMMS / CRM / mailer software) | %d |" % kd.get("notification", 0))
    L.append("| human (mail client of a person, including that person's auto-reply, read receipt, invitation) | %d |" % kd.get("human", 0))
    L.append("")
    L.append("## How the issue is referenced\n")
    L.append("| how the mail names the issue | mails |\n|---|---|")
    for k in sorted(nm, key=lambda x: (-nm[x], x)):
        L.append("| %s | %d |" % (k, nm[k]))
    L.append("")
    L.append("Variants used: our `[STORE-n]` tag kept in the subject; tag only in quoted text (quoted receipt, "
             "quoted forward header block, quoted notification); tag only in a body field (`Uw referentie`, "
             "`Customer PO`, `Objet`, `Temat`, `Rubrik`, ...) with the subject replaced by the product; only "
             "In-Reply-To/References to our Message-ID; title and store named in the text only (no tag, no "
             "threading). Several ignore mails carry our tag (out-of-office, bounce copy, survey, phishing, read "
             "receipt, invitation) and must stay ignore.\n")
    L.append("## Product and client families (%d, none in covered-products.txt)\n" % len(families))
    L.append(", ".join(sorted(families, key=str.casefold)) + "\n")
    L.append("## All mails\n")
    L.append("The exact variant of every mail is in the `naming` column of the table below.\n")
    L.append("| file | issue | event | vendor id | lang | kind | family | naming |\n|---|---|---|---|---|---|---|---|")
    for s, fname, data, e in built:
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            fname, e["issue_ref"] or "-", e["event"], ("`%s`" % e["vendor_ticket_id"]) if e["vendor_ticket_id"] else "-",
            s["lang"], s["kind"], s["family"], s["naming"]))
    L.append("")
    L.append("## Notes per mail\n")
    for s, fname, data, e in built:
        L.append("- **%s**: %s" % (fname, e["note"]))
    L.append("")
    return "\n".join(L)


def main():
    built = build_all()
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    for s, fname, data, exp in built:
        (HERE / fname).write_bytes(data)
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for *_, exp in built:
            fh.write(json.dumps(exp, ensure_ascii=False) + "\n")
    # validate what is on disk
    ondisk = [(s, fname, (HERE / fname).read_bytes(), exp) for s, fname, _, exp in built]
    try:
        families = validate(ondisk)
    except Fail as e:
        print(str(e))
        sys.exit(1)
    (HERE / "README.md").write_text(readme(ondisk, families), encoding="utf-8")
    ev = counter(e["event"] for *_, e in ondisk)
    print("events:", ev)
    print("languages:", counter(s["lang"] for s, *_ in ondisk))
    print("kinds:", counter(s["kind"] for s, *_ in ondisk))
    print("families (%d)" % len(families))
    print("OK: %d mails" % len(ondisk))


if __name__ == "__main__":
    main()
