#!/usr/bin/env python3
"""blind-7: 60 vendor replies (RSNL) to StoreDesk's outgoing mails, written blind.

Deterministic: rerunning rewrites the same NN-*.eml files and expected.jsonl byte for byte.
Plain python3, standard library only. Every mail uses CRLF line endings.
"""
import base64, hashlib, html, json, pathlib, quopri, re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
ISSUES = {d["issue_ref"]: d for d in json.loads((CORPUS / "issues.json").read_text(encoding="utf-8"))}

OUR_ADDR = "helpdesk@ops.storedesk.example"
OUR = "StoreDesk <helpdesk@ops.storedesk.example>"
RSNL = "RSNL Support <support@rsnl.nl>"
CEST = timezone(timedelta(hours=2))
TZS = {"cest": CEST, "west": timezone(timedelta(hours=1)), "utc": timezone.utc,
       "edt": timezone(timedelta(hours=-4))}

# ---------------------------------------------------------------- issue helpers
def I(n):
    return ISSUES[f"STORE-{n}"]

def sent(n):
    return parsedate_to_datetime(I(n)["sent"])

def subj(n):
    return I(n)["subject"]

def mid(n):
    return I(n)["message_id"]

def orig_text(n):
    i = I(n)
    return f"Store: {i['store']}\nPriority: high\nReported by: Sam Jansen\n\n{i['title']}.\n"

def at(s, tz="cest"):
    """s is CEST wall-clock time 'YYYY-MM-DD HH:MM[:SS]'; expressed in the sender's zone tz."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=CEST).astimezone(TZS[tz])

def rfc_date(dt):
    return format_datetime(dt)

def hx(seed, n=16):
    return hashlib.sha256(("blind7|" + seed).encode()).hexdigest()[:n]

def b62(seed, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(("b62|" + seed).encode()).digest() * 4
    return "".join(alphabet[b % 62] for b in h[:n])

def uuid(seed, upper=True):
    h = hx("uuid" + seed, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u

# message-id styles
def mid_outlook(seed, srv="AS8PR04MB"):
    h = hx(seed, 28).upper()
    box = srv + str(int(hx(seed + "b", 6), 16) % 9000 + 1000)
    return f"<{box}{h}@{box}.eurprd04.prod.outlook.com>"

def mid_gmail(seed):
    return f"<CA+{b62(seed, 40)}@mail.gmail.com>"

def mid_apple(seed):
    return f"<{uuid(seed)}@rsnl.nl>"

def mid_tb(seed, dom="rsnl.nl"):
    return f"<{uuid(seed, upper=False)}@{dom}>"

# ---------------------------------------------------------------- localised dates
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}
SHORT_D = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
           "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
           "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
           "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
           "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]}

def d_long(dt, lang):
    """Outlook-style long date of dt (weekday computed from the real date)."""
    wd, d, m, y = DAYS[lang][dt.weekday()], dt.day, MONTHS[lang][dt.month - 1], dt.year
    hm = dt.strftime("%H:%M")
    if lang == "en":
        h12 = dt.strftime("%I:%M %p").lstrip("0")
        return f"{wd}, {MONTHS['en'][dt.month - 1]} {d}, {y} {h12}"
    if lang == "nl":
        return f"{wd} {d} {m} {y} {hm}"
    if lang == "de":
        return f"{wd}, {d}. {m} {y} {hm}"
    if lang == "fr":
        return f"{wd} {d} {m} {y} {hm}"
    if lang == "es":
        return f"{wd}, {d} de {m} de {y} {dt.hour}:{dt.minute:02d}"
    if lang == "pt":
        return f"{wd}, {d} de {m} de {y} {hm}"
    raise KeyError(lang)

# ---------------------------------------------------------------- header encoding
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)

def _qword(raw):
    return "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "!*+-/:.,[]()#")
                   else ("_" if b == 32 else f"={b:02X}") for b in raw)

def ew(s, mode="B", charset="UTF-8"):
    """RFC 2047 encoded-words for s; each word at most 75 characters, split on character boundaries."""
    if _is_ascii(s):
        return s
    codec = _codec(charset)
    over = len(f"=?{charset}?B??=")
    def size(txt):
        raw = txt.encode(codec)
        return over + (len(base64.b64encode(raw)) if mode == "B" else len(_qword(raw)))
    words, cur = [], ""
    for ch in s:
        if cur and size(cur + ch) > 75:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    out = []
    for w in words:
        raw = w.encode(codec)
        body = base64.b64encode(raw).decode() if mode == "B" else _qword(raw)
        out.append(f"=?{charset}?{mode}?{body}?=")
    return "\r\n ".join(out)

def addr(name, email, mode="Q"):
    if not name:
        return email
    if _is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, mode)} <{email}>"

def fold(line):
    """Fold an ASCII header line at spaces to <= 78 chars where possible."""
    if len(line) <= 78 or "\r\n" in line:
        return line
    out, cur = [], ""
    for k, tok in enumerate(line.split(" ")):
        if cur and k > 1 and len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = " " + tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return "\r\n".join(out)

# ---------------------------------------------------------------- bodies
def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def _codec(charset):
    c = charset.lower()
    return "cp1252" if c == "windows-1252" else c

def enc_body(text, cte, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(_codec(charset))
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
        return crlf(out).encode("ascii")
    if cte == "base64":
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(_codec(charset))
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").encode("ascii")
    # 7bit / 8bit
    return crlf(text).encode(_codec(charset))

def leaf(ctype, text, cte="quoted-printable", charset="utf-8", params="", extra=()):
    """A single MIME part (bytes): headers + blank line + encoded body, ending in CRLF."""
    ct = f"Content-Type: {ctype}"
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    body = enc_body(text, cte, charset or "us-ascii")
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return ("\r\n".join(fold(h) for h in hdrs) + "\r\n\r\n").encode("ascii") + body

def raw_leaf(header_lines, body_text):
    """A part whose headers and 7bit body are given verbatim."""
    body = crlf(body_text)
    if not body.endswith("\r\n"):
        body += "\r\n"
    return ("\r\n".join(header_lines) + "\r\n\r\n" + body).encode("utf-8")

def multi(subtype, parts, boundary, params="", preamble=""):
    head = f'Content-Type: multipart/{subtype};{params}\r\n\tboundary="{boundary}"\r\n\r\n'
    if preamble:
        head += crlf(preamble) + "\r\n"
    out = head.encode("ascii")
    for p in parts:
        out += f"--{boundary}\r\n".encode("ascii") + p + b"\r\n"
    out += f"--{boundary}--\r\n".encode("ascii")
    return out

def alt(text, html_text, seed, cte="quoted-printable", charset="utf-8", bstyle="plain"):
    b = boundary(seed, bstyle)
    return multi("alternative", [leaf("text/plain", text, cte, charset),
                                 leaf("text/html", html_text, cte, charset)], b)

def boundary(seed, style="plain"):
    h = hx("bnd" + seed, 28)
    if style == "outlook":
        return f"_000_{hx(seed, 36).upper()}_"
    if style == "gmail":
        return "000000000000" + hx("g" + seed, 16)
    if style == "apple":
        return f"Apple-Mail={uuid(seed)}"
    if style == "tb":
        return "------------" + b62(seed, 24)
    return f"b1_{h}"

def esc(s):
    return html.escape(s, quote=False)

def html_paras(text, tag="p", style=""):
    """Blank-line separated paragraphs -> <p> with <br> for single newlines."""
    st = f' style="{style}"' if style else ""
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join(f"<{tag}{st}>" + "<br>\n".join(esc(l) for l in p.split("\n")) + f"</{tag}>" for p in paras)

def quote(text, prefix="> "):
    lines = text.rstrip("\n").split("\n")
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in lines) + "\n"

# ---------------------------------------------------------------- message assembly
MSGS = []

def message(fn):
    MSGS.append(fn)
    return fn

def build(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(fold(f"{k}: {v}"))
    lines.append("MIME-Version: 1.0")
    return ("\r\n".join(lines) + "\r\n").encode("ascii") + body

def std_reply_headers(frm, subject, dt, msgid, irt=None, refs=None, to=OUR, cc=None, smode="Q"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", ew(subject, smode)), ("Date", rfc_date(dt)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    return h

# ---------------------------------------------------------------- quote headers of our mail
def outlook_quote_hdr(n, lang, style="win"):
    """Plain-text header block Outlook puts above the quoted original."""
    dt = sent(n)
    L = {
        "en": ("From", "Sent", "To", "Subject"),
        "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Objet"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
        "pt": ("De", "Enviada", "Para", "Assunto"),
    }[lang]
    if style == "mac":
        L = {"en": ("From", "Date", "To", "Subject"), "es": ("De", "Fecha", "Para", "Asunto"),
             "fr": ("De", "Date", "À", "Objet"), "nl": ("Van", "Datum", "Aan", "Onderwerp"),
             "de": ("Von", "Datum", "An", "Betreff"), "pt": ("De", "Data", "Para", "Assunto")}[lang]
    if style in ("owa", "ios") and lang == "es":
        L = ("De", "Enviado", "Para", "Asunto")
    if style in ("owa", "ios") and lang == "pt":
        L = ("De", "Enviado", "Para", "Assunto")
    sep = " : " if lang == "fr" else ": "
    when = d_long(dt, lang)
    if style == "mac":
        if lang == "en":
            when = f"{DAYS['en'][dt.weekday()]}, {dt.day} {MONTHS['en'][dt.month-1]} {dt.year} at {dt:%H:%M}"
        elif lang == "es":
            when = f"{DAYS['es'][dt.weekday()]}, {dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year}, {dt.hour}:{dt.minute:02d}"
        elif lang == "fr":
            when = f"{DAYS['fr'][dt.weekday()]} {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt:%H:%M}"
    if style == "ios" and lang == "en":
        when = f"{DAYS['en'][dt.weekday()]}, {MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {dt:%I:%M:%S} {dt:%p}".replace(" 0", " ")
    lines = [f"{L[0]}{sep}StoreDesk <{OUR_ADDR}>", f"{L[1]}{sep}{when}",
             f"{L[2]}{sep}RSNL Support <support@rsnl.nl>", f"{L[3]}{sep}{subj(n)}"]
    return "\n".join(lines) + "\n"

def outlook_quote_html(n, lang, style="win"):
    block = outlook_quote_hdr(n, lang, style).rstrip("\n").split("\n")
    rows = []
    for l in block:
        k, _, v = l.partition(": ") if lang != "fr" else l.partition(" : ")
        rows.append(f"<b>{esc(k)}{' :' if lang == 'fr' else ':'}</b> {esc(v)}")
    return "<br>\n".join(rows)

def orig_html(n):
    return "<div>" + "<br>\n".join(esc(l) for l in orig_text(n).rstrip("\n").split("\n")) + "</div>"

def outlook_html(body_html, n, lang, style="win", sig_html=""):
    """Outlook desktop/web HTML with the quoted original beneath a top-border div."""
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
--></style>
</head>
<body lang="{lang.upper()}-{ {'en': 'GB', 'nl': 'NL', 'de': 'DE', 'fr': 'FR', 'es': 'ES', 'pt': 'PT'}[lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
{sig_html}
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{outlook_quote_html(n, lang, style)}</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">{"<br>".join(esc(l) for l in orig_text(n).rstrip(chr(10)).split(chr(10)))}</p>
</div>
</body>
</html>
"""

def mso(text):
    return html_paras(text, "p", "").replace("<p>", '<p class="MsoNormal">')

def gmail_html(body_text, attrib, quoted_html, sig_html=""):
    body = "<br>".join(esc(l) for l in body_text.rstrip("\n").split("\n"))
    return (f'<div dir="ltr">{body}{sig_html}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{esc(attrib)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_html}</blockquote></div>\n')

def apple_html(body_text, attrib, quoted_html):
    body = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in body_text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{body}<div><br><blockquote type="cite"><div>{esc(attrib)}</div><br class="Apple-interchange-newline">'
            f'{quoted_html}</blockquote></div><br></body></html>\n')

def gmail_attr(n, lang, who=None, dt=None):
    dt = dt or sent(n)
    who = who or f"StoreDesk <{OUR_ADDR}>"
    wd = SHORT_D[lang][dt.weekday()]
    mon3 = {"en": MONTHS["en"][dt.month - 1][:3], "nl": MONTHS["nl"][dt.month - 1][:3],
            "es": MONTHS["es"][dt.month - 1][:3], "pt": MONTHS["pt"][dt.month - 1][:3] + ".",
            "fr": "juil." if dt.month == 7 else MONTHS["fr"][dt.month - 1][:4] + ".",
            "de": MONTHS["de"][dt.month - 1]}[lang]
    if lang == "en":
        return f"On {wd}, {dt.day} {mon3} {dt.year} at {dt:%H:%M}, {who} wrote:"
    if lang == "nl":
        return f"Op {wd} {dt.day} {mon3} {dt.year} om {dt:%H:%M} schreef {who}:"
    if lang == "es":
        name, _, em = who.partition(" <")
        return f"El {wd}, {dt.day} {mon3} {dt.year} a las {dt.hour}:{dt.minute:02d}, {name} (<{em}) escribió:"
    if lang == "pt":
        return f"Em {wd}, {dt.day} de {mon3} de {dt.year} às {dt:%H:%M}, {who} escreveu:"
    if lang == "fr":
        return f"Le {wd} {dt.day} {mon3} {dt.year} à {dt:%H:%M}, {who} a écrit :"
    if lang == "de":
        return f"Am {wd}, {dt.day}. {mon3} {dt.year} um {dt:%H:%M} Uhr schrieb {who}:"

def E(issue, vid, event, note):
    return {"issue_ref": f"STORE-{issue}" if issue else None, "vendor_ticket_id": vid,
            "event": event, "note": note}

# ================================================================ 01-15
@message
def m01():
    n, dt = 201, at("2024-07-01 09:04:12", "utc")
    text = f"""Hi Sam Jansen,

Thank you for contacting RSNL Support. Your ticket has been created and a
member of our team will respond as soon as possible.

Ticket ID:    #3307
Subject:      {subj(n)}
Priority:     High
Status:       Open
Created on:   01 Jul 2024 07:03 (UTC)

You can view and track your ticket in our support portal:
https://support.rsnl.nl/portal/tickets/3307

Need urgent help? Call our service line on +31 (0)20 330 7700
(Mon-Sat 07:00-22:00 CET).

Regards,
RSNL Support

Please do not change the subject line when replying, so that your reply is
added to ticket #3307.
"""
    rows = [("Ticket ID", "#3307"), ("Subject", subj(n)), ("Priority", "High"), ("Status", "Open"),
            ("Created on", "01 Jul 2024 07:03 (UTC)")]
    tr = "\n".join(f'<tr><td style="padding:4px 12px 4px 0;color:#6b7280">{k}</td>'
                   f'<td style="padding:4px 0"><b>{esc(v)}</b></td></tr>' for k, v in rows)
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2937">
<div style="max-width:600px;margin:0 auto;border:1px solid #e5e7eb;border-radius:6px;padding:24px">
<p>Hi Sam Jansen,</p>
<p>Thank you for contacting RSNL Support. Your ticket has been created and a member of our team will respond as soon as possible.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px">{tr}</table>
<p><a href="https://support.rsnl.nl/portal/tickets/3307" style="background:#2563eb;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">View ticket</a></p>
<p>Need urgent help? Call our service line on +31 (0)20 330 7700 (Mon-Sat 07:00-22:00 CET).</p>
<p>Regards,<br>RSNL Support</p>
<p style="font-size:12px;color:#9ca3af">Please do not change the subject line when replying, so that your reply is added to ticket #3307.<br>Powered by Desk365</p>
</div></body></html>
"""
    h = std_reply_headers(RSNL, f"Ticket #3307 created - {subj(n)}", dt,
                          f"<desk365.{hx('m01', 24)}@rsnl.desk365.io>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return "desk365-ticket-created", h, alt(text, htm, "m01"), E(
        n, "3307", "acknowledged",
        "Desk365 'ticket created' receipt; id #3307 in subject, field table and portal link. "
        "Decoy: service-line phone +31 (0)20 330 7700 contains 330 7.")

@message
def m02():
    n, dt = 229, at("2024-07-01 10:12:40")
    body = """Beste Sam,

Bedankt voor je melding. Wij hebben de storing aan de PIN-pad kabel in Eindhoven Piazza
geregistreerd onder meldnummer 240701-017. Een monteur neemt vandaag nog contact op met
de filiaalmanager om een afspraak te plannen.

Vermeld bij vragen altijd het meldnummer.
"""
    sig = """Met vriendelijke groet,

Femke de Groot
Servicedesk | RSNL B.V.
T +31 88 776 5400 | M +31 6 4127 0917
Stationsplein 45, 5611 AB Eindhoven
KvK 30187422 | www.rsnl.nl

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht
ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
"""
    text = body + "\n" + sig + "\n" + outlook_quote_hdr(n, "nl") + "\n" + orig_text(n)
    htm = outlook_html(mso(body), n, "nl", sig_html=mso(sig))
    h = std_reply_headers(addr("Femke de Groot", "f.degroot@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m02"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Thread-Index", "AQHazBzR" + b62("m02ti", 20) + "=="),
          ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return "outlook-nl-ack", h, alt(text, htm, "m02", bstyle="outlook"), E(
        n, "240701-017", "acknowledged",
        "Outlook (Windows) nl: 'geregistreerd onder meldnummer 240701-017'. Decoys: phones 088 776 5400 and "
        "06 4127 0917, postcode 5611 AB, KvK 30187422; quoted original below the Outlook header block.")

@message
def m03():
    n, dt = 257, at("2024-07-01 14:30:05")
    text = """Bedankt voor je bericht.

Ik ben afwezig tot en met maandag 15 juli en heb beperkt toegang tot mijn e-mail.
Je bericht wordt niet automatisch doorgestuurd. Voor storingen en nieuwe meldingen kun je
terecht bij support@rsnl.nl of bel de servicedesk op 088 776 5400.

Met vriendelijke groet,
Bas Meijer
Accountmanager Retail | RSNL B.V.
"""
    h = std_reply_headers(addr("Bas Meijer", "bas.meijer@rsnl.nl"), "Automatisch antwoord: " + subj(n), dt,
                          mid_outlook("m03", "DB9PR07MB"), irt=mid(n), refs=mid(n))
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "bas.meijer@rsnl.nl"),
          ("Content-Language", "nl-NL")]
    body = leaf("text/plain", text, "quoted-printable", "iso-8859-1")
    return "outlook-ooo-nl", h, body, E(
        None, None, "ignore",
        "Exchange out-of-office reply (nl) from an RSNL person; says nothing about STORE-257, message not forwarded.")

@message
def m04():
    n, dt = 230, at("2024-07-02 09:03:31", "utc")
    text = f"""Hello Sam Jansen,

Thanks for contacting RSNL Servicedesk. We've received your request and
created ticket RSD-118. One of our agents will get back to you shortly.

  Ticket:    RSD-118
  Summary:   {subj(n)}
  State:     Submitted
  Priority:  Major
  Assignee:  Unassigned
  Resolved:

You can follow the progress of your ticket here:
https://youtrack.rsnl.nl/tickets/RSD-118

To add a comment, simply reply to this email. Please keep RSD-118 in
the subject line.

--
RSNL Servicedesk | YouTrack Helpdesk
You are receiving this email because you are the reporter of RSD-118.
"""
    htm = f"""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#1b1f23">
<div style="padding:16px;border-bottom:1px solid #d4d5d6;font-size:13px;color:#737577">RSNL Servicedesk &middot; <a href="https://youtrack.rsnl.nl/tickets/RSD-118">RSD-118</a></div>
<div style="padding:16px">
<p>Hello Sam Jansen,</p>
<p>Thanks for contacting RSNL Servicedesk. We've received your request and created ticket <b>RSD-118</b>. One of our agents will get back to you shortly.</p>
<table style="font-size:13px;border-collapse:collapse">
<tr><td style="color:#737577;padding:2px 16px 2px 0">Summary</td><td>{esc(subj(n))}</td></tr>
<tr><td style="color:#737577;padding:2px 16px 2px 0">State</td><td>Submitted</td></tr>
<tr><td style="color:#737577;padding:2px 16px 2px 0">Priority</td><td>Major</td></tr>
<tr><td style="color:#737577;padding:2px 16px 2px 0">Assignee</td><td>Unassigned</td></tr>
<tr><td style="color:#737577;padding:2px 16px 2px 0">Resolved</td><td></td></tr>
</table>
<p>To add a comment, simply reply to this email. Please keep RSD-118 in the subject line.</p>
</div>
<div style="padding:16px;font-size:12px;color:#999">You are receiving this email because you are the reporter of RSD-118.</div>
</body></html>
"""
    h = std_reply_headers(addr("RSNL Servicedesk", "servicedesk@rsnl.nl"), f"[RSD-118] {subj(n)}", dt,
                          f"<RSD-118.{hx('m04', 12)}@youtrack.rsnl.nl>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    return "youtrack-helpdesk-received", h, alt(text, htm, "m04", cte="base64"), E(
        n, "RSD-118", "acknowledged",
        "YouTrack Helpdesk-style reporter receipt, base64 parts. 'Resolved:' field is empty (not a resolution); "
        "decoy E17 is the cash recycler error code from our title.")

@message
def m05():
    n, dt = 258, at("2024-07-02 11:40:18", "west")
    body = """Olá Sam,

Recebido, obrigado. Vamos tratar disto ainda hoje e dou notícias logo que o técnico
tenha visto a impressora.

Cumprimentos,
Rui Costa
RSNL Portugal
+351 22 508 1920

Enviado do meu iPhone
"""
    s = sent(n)
    attrib = f"No dia {s.day} de {MONTHS['pt'][s.month-1][:3]}. de {s.year}, às {s:%H:%M}, StoreDesk <{OUR_ADDR}> escreveu:"
    text = body + "\n" + attrib + "\n\n" + quote(orig_text(n))
    qhtml = '<div dir="ltr">' + "<br>".join(esc(l) for l in orig_text(n).rstrip("\n").split("\n")) + "</div>"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' + "".join(f'<div dir="ltr">{esc(l) if l else "<br>"}</div>'
                                         for l in body.rstrip("\n").split("\n")) +
           f'<div dir="ltr"><br><blockquote type="cite">{esc(attrib)}<br><br></blockquote></div>'
           f'<blockquote type="cite">{qhtml}</blockquote></body></html>\n')
    h = std_reply_headers(addr("Rui Costa", "rui.costa@rsnl.nl"), "Re: " + subj(n), dt, mid_apple("m05"),
                          irt=mid(n), refs=mid(n), smode="B")
    h += [("X-Mailer", "iPhone Mail (21F90)")]
    return "iphone-pt-ack", h, alt(text, htm, "m05", bstyle="apple"), E(
        n, None, "acknowledged",
        "iPhone Mail pt, person: 'Recebido, obrigado. Vamos tratar disto' = receipt without any number. "
        "Decoy: phone +351 22 508 1920.")

@message
def m06():
    n, dt = 202, at("2024-07-02 15:20:44", "edt")
    text = f"""Ticket #77304 has been closed by Tom Verbeek.

Resolution:
The receipt printer had lost its IP reservation after a power dip this morning.
We re-applied the reservation (192.168.20.77) remotely and printed a test
receipt together with the store. The printer is back online.
See also knowledge base article KB 1130 "Printer offline after power loss".

------------------------------------------------------------
Ticket #:     77304
Subject:      {subj(n)}
Account:      StoreDesk Retail / Utrecht Hoog Catharijne
Class:        Hardware > Printers
Technician:   Tom Verbeek
Status:       Closed
Created:      7/2/2024 3:02 AM
Closed:       7/2/2024 9:18 AM
------------------------------------------------------------

If the problem comes back, just reply to this email and the ticket will be
re-opened.

View ticket: https://app.sherpadesk.com/ticket/?org=rsnl&tkt=77304
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + \
        html_paras(text.split("------------------------------------------------------------")[0]) + \
        f"""<table border="0" cellpadding="3" style="font-size:13px;border-top:1px solid #ccc;border-bottom:1px solid #ccc">
<tr><td><b>Ticket #:</b></td><td>77304</td></tr><tr><td><b>Subject:</b></td><td>{esc(subj(n))}</td></tr>
<tr><td><b>Account:</b></td><td>StoreDesk Retail / Utrecht Hoog Catharijne</td></tr>
<tr><td><b>Class:</b></td><td>Hardware &gt; Printers</td></tr><tr><td><b>Technician:</b></td><td>Tom Verbeek</td></tr>
<tr><td><b>Status:</b></td><td>Closed</td></tr><tr><td><b>Created:</b></td><td>7/2/2024 3:02 AM</td></tr>
<tr><td><b>Closed:</b></td><td>7/2/2024 9:18 AM</td></tr></table>
<p>If the problem comes back, just reply to this email and the ticket will be re-opened.</p>
<p><a href="https://app.sherpadesk.com/ticket/?org=rsnl&amp;tkt=77304">View ticket</a></p>
<p style="color:#999;font-size:11px">SherpaDesk</p></body></html>
"""
    h = std_reply_headers(RSNL, f"Ticket #77304 closed: {subj(n)}", dt,
                          f"<{hx('m06', 20)}.77304@mail.sherpadesk.com>", smode="B")
    h += [("Reply-To", "RSNL Support <support@rsnl.nl>"), ("Auto-Submitted", "auto-generated")]
    return "sherpadesk-ticket-closed", h, alt(text, htm, "m06"), E(
        n, "77304", "closed",
        "SherpaDesk 'ticket closed' (no In-Reply-To; our tag in subject). Decoys: IP 192.168.20.77, KB 1130; "
        "dates in US format, sender in US Eastern time.")

@message
def m07():
    n, dt = 203, at("2024-07-03 09:02:09", "utc")
    text = """Hi there,

Thanks for getting in touch with RSNL Support! This is an automatic
confirmation that we've received your message. Someone from our team will
get back to you within 4 business hours.

Please don't send a new message about the same problem - if you have more
details, just reply to this email.

Best,
RSNL Support team

--
Sent with HelpDesk
"""
    htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111\">" + \
        html_paras(text.replace("--\nSent with HelpDesk\n", "")) + \
        '<p style="color:#aaa;font-size:11px">Sent with <a href="https://www.helpdesk.com/">HelpDesk</a></p></body></html>\n'
    h = std_reply_headers(RSNL, "Re: " + subj(n), dt, f"<autoreply.{hx('m07', 24)}@mail.helpdesk.com>",
                          irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
          ("X-Auto-Response-Suppress", "All")]
    return "helpdeskcom-autoreply-received", h, alt(text, htm, "m07"), E(
        n, None, "acknowledged",
        "HelpDesk.com autoresponder: auto-reply headers, 'we've received your message', no ticket number anywhere.")

@message
def m08():
    n, dt = 259, at("2024-07-03 10:30:52")
    body = """Hallo Herr Jansen,

zu Ihrem Vorgang 2407 0311: unser Techniker Herr Becker ist für Donnerstag, 04.07.,
zwischen 8 und 10 Uhr in der Filiale Schildergasse eingeplant und bringt ein
Ersatzkabel für das PIN-Pad mit (Artikel 88-4102-01).

Bitte sorgen Sie dafür, dass die Kasse bis dahin nicht genutzt wird.

Viele Grüße
Jonas Weber
RSNL GmbH · Hohenzollernring 72 · 50672 Köln
Tel. +49 221 940 731 10

Outlook für iOS beziehen<https://aka.ms/o0ukef>
"""
    text = body + "________________________________\n" + outlook_quote_hdr(n, "de", "ios") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div dir="ltr">' + "<br>".join(esc(l) for l in body.rstrip("\n").split("\n")
                                           if "aka.ms" not in l) +
           '<br>Outlook für iOS beziehen<a href="https://aka.ms/o0ukef">https://aka.ms/o0ukef</a></div>'
           '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
           '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
           outlook_quote_html(n, "de", "ios") + '</font><div>&nbsp;</div></div>' + orig_html(n) + "</body></html>\n")
    h = std_reply_headers(addr("Jonas Weber", "jonas.weber@rsnl.nl"), "AW: " + subj(n), dt,
                          mid_outlook("m08", "FR3P281MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Content-Language", "de-DE")]
    return "outlook-ios-de-plan", h, alt(text, htm, "m08", bstyle="outlook"), E(
        n, "24070311", "update",
        "Outlook for iOS de: technician scheduled (plan) for 'Vorgang 2407 0311', written with a space and no "
        "canonical form elsewhere, hence 24070311. Decoys: article 88-4102-01, postcode 50672, phone "
        "+49 221 940 731 10 (contains 0731), date 04.07.")

@message
def m09():
    n, dt = 204, at("2024-07-04 09:05:26")
    text = f"""The following issue has been SUBMITTED.
======================================================================
https://mantis.rsnl.nl/view.php?id=4521
======================================================================
Reported By:                storedesk
Assigned To:
======================================================================
Project:                    RSNL Servicedesk
Issue ID:                   4521
Category:                   Payment terminals
Reproducibility:            always
Severity:                   major
Priority:                   high
Status:                     new
======================================================================
Date Submitted:             2024-07-04 09:05
Last Modified:              2024-07-04 09:05
======================================================================
Summary:                    {subj(n)}
Description:
Store: Den Haag Spui
Priority: high
Reported by: Sam Jansen

Card terminal declines all cards.
======================================================================

Issue History
Date Modified    Username       Field                    Change
======================================================================
2024-07-04 09:05 storedesk      New Issue
======================================================================

"""
    h = [("From", addr("RSNL Servicedesk", "mantis@rsnl.nl")), ("To", OUR),
         ("Subject", ew(f"[RSNL Servicedesk 0004521]: {subj(n)}", "B")), ("Date", rfc_date(dt)),
         ("Message-ID", f"<{hashlib.md5(b'4521-2024-07-04').hexdigest()}@mantis.rsnl.nl>"),
         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
         ("Auto-Submitted", "auto-generated"), ("Keywords", "[RSNL Servicedesk] Payment terminals")]
    return "mantisbt-issue-submitted", h, leaf("text/plain", text, "8bit", "utf-8"), E(
        n, "0004521", "acknowledged",
        "MantisBT 'issue has been SUBMITTED' mail; subject id is zero-padded 0004521 (Mantis display form), "
        "URL and 'Issue ID' field say 4521. No threading headers to our mail; our tag is in the summary.")

@message
def m10():
    n, dt = 231, at("2024-07-04 13:15:03")
    text = f"""--- Antwoord boven deze lijn om een notitie aan het ticket toe te voegen ---

Beste Sam Jansen,

Wij hebben uw melding ontvangen en er is een ticket aangemaakt.

Ticketnummer:   T20240704.0042
Titel:          {subj(n)}
Klant:          StoreDesk Retail
Locatie:        Antwerpen Meir
Status:         Nieuw
Prioriteit:     Hoog
Wachtrij:       Field Service BE
Aangemaakt:     04-07-2024 13:14

Volg uw ticket in het klantportaal:
https://portal.rsnl.nl/bms/tickets/T20240704.0042

Met vriendelijke groet,
RSNL Servicedesk Belgie
Tel. +32 3 450 12 00
"""
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p style="color:#888">--- Antwoord boven deze lijn om een notitie aan het ticket toe te voegen ---</p>
<p>Beste Sam Jansen,</p><p>Wij hebben uw melding ontvangen en er is een ticket aangemaakt.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">Ticketnummer</th><td>T20240704.0042</td></tr>
<tr><th align="left">Titel</th><td>{esc(subj(n))}</td></tr>
<tr><th align="left">Klant</th><td>StoreDesk Retail</td></tr>
<tr><th align="left">Locatie</th><td>Antwerpen Meir</td></tr>
<tr><th align="left">Status</th><td>Nieuw</td></tr>
<tr><th align="left">Prioriteit</th><td>Hoog</td></tr>
<tr><th align="left">Wachtrij</th><td>Field Service BE</td></tr>
<tr><th align="left">Aangemaakt</th><td>04-07-2024 13:14</td></tr></table>
<p><a href="https://portal.rsnl.nl/bms/tickets/T20240704.0042">Bekijk uw ticket in het klantportaal</a></p>
<p>Met vriendelijke groet,<br>RSNL Servicedesk Belgi&euml;<br>Tel. +32 3 450 12 00</p></body></html>
"""
    h = std_reply_headers(addr("RSNL Servicedesk", "servicedesk@rsnl.nl"),
                          f"#T20240704.0042# Nieuw ticket aangemaakt: {subj(n)}", dt,
                          f"<bms.{hx('m10', 20)}@mailer.rsnl.nl>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-generated")]
    return "kaseya-bms-ticket-created-nl", h, alt(text, htm, "m10", cte="quoted-printable", charset="utf-8"), E(
        n, "T20240704.0042", "acknowledged",
        "Kaseya BMS-style 'new ticket' notification (nl), ticket number between #...# in the subject; the id "
        "contains a date and a dot. Decoys: date 04-07-2024, phone +32 3 450 12 00.")

@message
def m11():
    n, dt = 260, at("2024-07-04 16:48:37")
    body = """Hola Sam:

Hemos recibido la incidencia del reciclador de efectivo de Preciados y la hemos
registrado con el número ES-3318. El error E17 suele indicar un atasco en el módulo
de billetes; mañana a primera hora un técnico se conectará en remoto para revisar
el registro del equipo.

Un saludo,
"""
    sig = """--
Lucía Martín
Soporte técnico · RSNL Iberia S.L.
C/ Gran Vía 28, 28013 Madrid
Tel. +34 91 331 80 47
"""
    attrib = gmail_attr(n, "es")
    text = body + "\n" + sig + "\n" + attrib + "\n\n" + quote(orig_text(n))
    htm = gmail_html(body, attrib, orig_html(n),
                     sig_html='<br><br>-- <br><div dir="ltr" class="gmail_signature">' +
                     "<br>".join(esc(l) for l in sig.split("\n")[1:] if l) + "</div>")
    h = std_reply_headers(addr("Lucía Martín", "lucia.martin@rsnl.nl"), "Re: " + subj(n), dt, mid_gmail("m11"),
                          irt=mid(n), refs=mid(n), smode="B")
    return "gmail-es-ack", h, alt(text, htm, "m11", bstyle="gmail"), E(
        n, "ES-3318", "acknowledged",
        "Gmail (Workspace) es: 'la hemos registrado con el número ES-3318'. Decoys: E17 error code, postcode 28013, "
        "phone +34 91 331 80 47 (digits contain 3318).")

@message
def m12():
    n, dt = 205, at("2024-07-05 09:36:10")
    text = """Hi Sam,

Thanks for the report. Our network team checked the wireless controller logs
for Eindhoven Piazza: the access point on the shop floor (AP-02) restarts every
60 minutes because of a scheduled task that was pushed to it by mistake.

We will remove the task tonight after closing time (21:30) and keep an eye on
the controller until tomorrow noon. No visit needed for now.

Kind regards,
Ilse Wouters
RSNL Network Support

---
View this issue in the portal: https://erp.rsnl.nl/issues/ISS-2024-01187
Sent via ERPNext
"""
    htm = ('<div class="ql-editor read-mode">' + html_paras(text.split("---")[0]) + "</div>"
           '<hr><p style="font-size:12px;color:#8d99a6">View this issue in the '
           '<a href="https://erp.rsnl.nl/issues/ISS-2024-01187">portal</a></p>'
           '<div style="font-size:11px;color:#8d99a6">Sent via <a href="https://erpnext.com">ERPNext</a></div>\n')
    h = std_reply_headers(addr("RSNL Support", "support@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<{hx('m12', 32)}@erp.rsnl.nl>", irt=mid(n), refs=mid(n), smode="B")
    h += [("X-Frappe-Site", "erp.rsnl.nl"), ("X-Original-From", "Ilse Wouters <ilse.wouters@rsnl.nl>")]
    return "erpnext-issue-reply", h, alt(text, htm, "m12"), E(
        n, "ISS-2024-01187", "update",
        "ERPNext Issue reply from an agent: diagnosis + plan. The issue name ISS-2024-01187 appears only in the "
        "portal link. Decoys: AP-02, 60 minutes, 21:30.")

@message
def m13():
    n, dt = 233, at("2024-07-05 11:20:44")
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 22 juillet inclus, avec un accès limité à ma
messagerie. Votre message ne sera pas transféré.

Pour toute demande urgente ou pour ouvrir un nouveau ticket, merci de contacter
support@rsnl.nl ou le +33 3 20 12 34 56.

Cordialement,
Claire Dubois
Responsable de compte France - RSNL
"""
    h = std_reply_headers(addr("Claire Dubois", "claire.dubois@rsnl.nl"), "Réponse automatique : " + subj(n),
                          dt, mid_outlook("m13", "PR3P191MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "fr-FR")]
    return "outlook-ooo-fr", h, leaf("text/plain", text, "quoted-printable", "windows-1252"), E(
        None, None, "ignore",
        "Exchange out-of-office reply in French (windows-1252); mentions opening a ticket generically. Not an answer.")

@message
def m14():
    n, dt = 206, at("2024-07-06 10:00:19", "utc")
    text = f"""Beste Sam Jansen,

Uw verzoek #5512 is bijgewerkt.

Onderwerp:        {subj(n)}
Status:           In behandeling
Toegewezen aan:   Veldservice Noord - R. Dijkstra
Prioriteit:       Hoog
Categorie:        Kassa > Kassalade
Aangemaakt op:    06-07-2024 09:12
Sluitingsdatum:
Oplossing:

Laatste reactie van R. Dijkstra:
"De kassalade (type MS-3512) lijkt mechanisch geblokkeerd, de solenoid klikt wel.
Ik kom maandag 8 juli in de ochtend langs met een reserve-slot."

Bekijk uw verzoek: https://rsnl.cloud.invgate.net/requests/show/index/id/5512

Dit is een automatisch bericht van InvGate Service Management. U kunt op deze
e-mail antwoorden om een reactie aan het verzoek toe te voegen.
"""
    rows = [("Onderwerp", subj(n)), ("Status", "In behandeling"),
            ("Toegewezen aan", "Veldservice Noord - R. Dijkstra"), ("Prioriteit", "Hoog"),
            ("Categorie", "Kassa > Kassalade"), ("Aangemaakt op", "06-07-2024 09:12"),
            ("Sluitingsdatum", ""), ("Oplossing", "")]
    tr = "".join(f'<tr><td style="color:#777;padding:3px 10px 3px 0">{k}</td><td>{esc(v)}</td></tr>' for k, v in rows)
    htm = f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<div style="background:#2f3b4c;color:#fff;padding:12px 16px">RSNL Service Desk</div>
<div style="padding:16px"><p>Beste Sam Jansen,</p><p>Uw verzoek <b>#5512</b> is bijgewerkt.</p>
<table style="font-size:13px">{tr}</table>
<p><b>Laatste reactie van R. Dijkstra:</b></p>
<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:10px">De kassalade (type MS-3512) lijkt mechanisch geblokkeerd, de solenoid klikt wel.<br>Ik kom maandag 8 juli in de ochtend langs met een reserve-slot.</blockquote>
<p><a href="https://rsnl.cloud.invgate.net/requests/show/index/id/5512">Bekijk uw verzoek</a></p>
<p style="font-size:11px;color:#999">Dit is een automatisch bericht van InvGate Service Management. U kunt op deze e-mail antwoorden om een reactie aan het verzoek toe te voegen.</p>
</div></body></html>
"""
    h = std_reply_headers(addr("RSNL Service Desk", "servicedesk@rsnl.nl"),
                          f"Verzoek #5512 bijgewerkt: {subj(n)}", dt,
                          f"<invgate.request.5512.{hx('m14', 10)}@rsnl.cloud.invgate.net>", smode="B")
    h += [("Auto-Submitted", "auto-generated")]
    return "invgate-request-updated-nl", h, alt(text, htm, "m14"), E(
        n, "5512", "update",
        "InvGate Service Management 'request updated' (nl): status In behandeling, visit planned. Empty "
        "'Sluitingsdatum'/'Oplossing' fields. Decoys: drawer type MS-3512, dates 06-07/8 juli. First RSNL mail "
        "for this issue but it is an update, not a receipt.")

@message
def m15():
    n, dt = 234, at("2024-07-06 14:22:57", "west")
    body = """Bom dia Sam,

O seu pedido foi registado com o número RS-PT-0877 e encaminhado para a equipa de
terminais de pagamento. Vamos verificar com o adquirente se há algum bloqueio do
lado do banco antes de enviar um técnico.

Com os melhores cumprimentos,
"""
    sig = """Marta Sousa
Apoio ao Cliente | RSNL Portugal, Lda.
Av. da Boavista 1837, 4100-133 Porto
Tel.: +351 22 600 4410 | NIPC 514 208 877
"""
    text = body + "\n" + sig + "\n________________________________\n" + outlook_quote_hdr(n, "pt", "owa") + \
        "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
           '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; '
           'font-size: 12pt; color: rgb(0, 0, 0);">' + "<br>".join(esc(l) for l in (body + "\n" + sig).split("\n")) +
           '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
           'color="#000000">' + outlook_quote_html(n, "pt", "owa") + "</font><div>&nbsp;</div></div>" +
           orig_html(n) + "</body></html>\n")
    h = std_reply_headers(addr("Marta Sousa", "marta.sousa@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m15", "PAXPR04MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Thread-Index", "AQHaz" + b62("m15ti", 22) + "=="),
          ("Content-Language", "pt-PT"), ("X-MS-Has-Attach", "")]
    return "owa-pt-ack", h, alt(text, htm, "m15", bstyle="outlook"), E(
        n, "RS-PT-0877", "acknowledged",
        "Outlook on the web pt: 'foi registado com o número RS-PT-0877'. Decoys: NIPC 514 208 877 (ends in 877), "
        "postcode 4100-133, phone. Thread C first mail.")

@message
def m16():
    n, dt = 235, at("2024-07-07 09:01:02")
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 12.07.2024, nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an den
RSNL Service Desk: servicedesk@rsnl.nl, Tel. +49 221 4711 880.

Thank you for your message. I am out of the office until Friday 12 July 2024.
Your e-mail will not be forwarded. For urgent matters please contact the
RSNL Service Desk (servicedesk@rsnl.nl, +49 221 4711 880).

Stefan Krüger
Technischer Kundendienst, RSNL GmbH
"""
    h = std_reply_headers(addr("Stefan Krüger", "stefan.krueger@rsnl.nl"), "Automatische Antwort: " + subj(n),
                          dt, mid_outlook("m16", "BE1P281MB"), irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("Precedence", "bulk"), ("Content-Language", "de-DE")]
    return "exchange-ooo-de-en", h, leaf("text/plain", text, "base64", "utf-8"), E(
        None, None, "ignore", "Bilingual de/en out-of-office auto-reply (base64) from an RSNL technician.")

@message
def m17():
    n, dt = 235, at("2024-07-07 09:14:36", "utc")
    text = f"""Guten Tag Sam Jansen,

vielen Dank für Ihre Nachricht an den RSNL Service Desk. Ihre Anfrage wurde
unter der Referenz IN00018841 erfasst und einem Bearbeiter zugewiesen.

Referenz:          IN00018841
Zusammenfassung:   {subj(n)}
Service:           Filialnetzwerk DE
Priorität:         P2 - Hoch
Status:            Offen
Erfasst am:        07.07.2024 09:13

Den aktuellen Stand Ihrer Anfrage sehen Sie jederzeit im Self-Service-Portal:
https://service.rsnl.nl/portal/request/IN00018841

Bitte ändern Sie bei Antworten die Betreffzeile nicht.

Mit freundlichen Grüßen
RSNL Service Desk
Hotline: +49 221 4711 880
"""
    htm = f"""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:13px;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00467f;color:#fff;padding:10px 14px;font-size:16px">RSNL Service Desk</td></tr></table>
<p>Guten Tag Sam Jansen,</p>
<p>vielen Dank für Ihre Nachricht an den RSNL Service Desk. Ihre Anfrage wurde unter der Referenz <b>IN00018841</b> erfasst und einem Bearbeiter zugewiesen.</p>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Referenz</b></td><td>IN00018841</td></tr><tr><td><b>Zusammenfassung</b></td><td>{esc(subj(n))}</td></tr>
<tr><td><b>Service</b></td><td>Filialnetzwerk DE</td></tr><tr><td><b>Priorität</b></td><td>P2 - Hoch</td></tr>
<tr><td><b>Status</b></td><td>Offen</td></tr><tr><td><b>Erfasst am</b></td><td>07.07.2024 09:13</td></tr></table>
<p><a href="https://service.rsnl.nl/portal/request/IN00018841">Anfrage im Self-Service-Portal anzeigen</a></p>
<p>Bitte ändern Sie bei Antworten die Betreffzeile nicht.</p>
<p>Mit freundlichen Grüßen<br>RSNL Service Desk<br>Hotline: +49 221 4711 880</p>
<p style="font-size:10px;color:#999">Hornbill Service Manager</p></body></html>
"""
    h = std_reply_headers(addr("RSNL Service Desk", "servicedesk@rsnl.nl"), "Ihre Anfrage IN00018841 wurde erfasst",
                          dt, f"<IN00018841.{hx('m17', 16)}@mailer.hornbill.rsnl.nl>", irt=mid(n), refs=mid(n))
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return "hornbill-request-logged-de", h, alt(text, htm, "m17"), E(
        n, "IN00018841", "acknowledged",
        "Hornbill Service Manager 'request logged' (de). Subject has only the vendor reference; linked to us by "
        "In-Reply-To and the summary field. Decoy: hotline +49 221 4711 880. Thread D first mail.")

@message
def m18():
    n, dt = 236, at("2024-07-08 09:04:50", "utc")
    text = """Hola,

Gracias por escribir al soporte de RSNL. Hemos recibido tu correo y un agente
te responderá lo antes posible (normalmente en menos de 4 horas laborables).

Número de conversación: 4821337

Si quieres añadir información, responde a este correo sin cambiar el asunto.

Equipo de Soporte RSNL Iberia
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + html_paras(text) + \
        '<p style="color:#999;font-size:11px">Powered by Dixa</p></body></html>\n'
    h = std_reply_headers(addr("Soporte RSNL", "soporte@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<{uuid('m18', False)}@email.dixa.io>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return "dixa-autoreply-es", h, alt(text, htm, "m18", cte="base64"), E(
        n, "4821337", "acknowledged",
        "Dixa auto-reply in Spanish: 'Hemos recibido tu correo', conversation number 4821337 (the vendor's only "
        "reference for this contact).")

@message
def m19():
    n, dt = 208, at("2024-07-08 10:40:15")
    body = """Dag Sam,

Om de zelfscankassa in Gent goed te kunnen diagnosticeren hebben we nog wat
informatie nodig:

1. Kunnen jullie het serienummer bezorgen? Het staat op een sticker aan de
   achterkant van de kast (begint met SCO-).
2. Gaat het scherm volledig zwart, of zie je nog de achtergrondverlichting?
3. Sinds wanneer speelt dit: al sinds de stroomonderbreking van vorige week?

Zodra we dat weten plannen we een technieker in. Opgelost is het dus nog niet.

Met vriendelijke groeten,
"""
    sig = """-- 
Pieter Claes
Technisch Support Belgie - RSNL BV
Noorderlaan 133, 2030 Antwerpen
T +32 3 450 12 14
BTW BE 0412.345.678
"""
    s = sent(n)
    attrib = f"Op {s:%d-%m-%Y} om {s:%H:%M} schreef StoreDesk:"
    text = body + "\n" + sig + "\n" + attrib + "\n" + quote(orig_text(n))
    h = std_reply_headers(addr("Pieter Claes", "pieter.claes@rsnl.nl"), "Re: " + subj(n), dt, mid_tb("m19"),
                          irt=mid(n), refs=mid(n), smode="B")
    h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl-BE")]
    body_part = leaf("text/plain", text, "8bit", "UTF-8", params="; format=flowed")
    return "thunderbird-nl-be-question", h, body_part, E(
        n, None, "update",
        "Thunderbird nl (Flemish) questions to the store; 'Opgelost is het dus nog niet' is a negation. No RSNL "
        "ticket number. Decoys: VAT BE 0412.345.678 (dotted), postcode 2030, phone, serial prefix SCO-.")

@message
def m20():
    n, dt = 204, at("2024-07-08 15:00:31")
    text = """The following issue requires your FEEDBACK.
======================================================================
https://mantis.rsnl.nl/view.php?id=4521
======================================================================
Reported By:                storedesk
Assigned To:                mvandijk
======================================================================
Project:                    RSNL Servicedesk
Issue ID:                   4521
Category:                   Payment terminals
Reproducibility:            always
Severity:                   major
Priority:                   high
Status:                     feedback
Target Version:
Fixed in Version:
======================================================================
Date Submitted:             2024-07-04 09:05
Last Modified:              2024-07-08 15:00
======================================================================
Summary:                    Betaalterminal weigert alle kaarten (Den Haag Spui)
======================================================================

----------------------------------------------------------------------
 (0012877) mvandijk (developer) - 2024-07-08 15:00
 https://mantis.rsnl.nl/view.php?id=4521#c12877
----------------------------------------------------------------------
We pushed the new EMV key set (v2024.07) to terminal TID 60213377 on Friday, but
the store still reports declines. Can you tell us whether contactless payments
are also declined, or only chip & PIN? A photo of the error on the terminal
display would help.

Issue History
Date Modified    Username       Field                    Change
======================================================================
2024-07-04 09:05 storedesk      New Issue
2024-07-05 08:41 mvandijk       Assigned To               => mvandijk
2024-07-05 08:41 mvandijk       Status                   new => assigned
2024-07-08 14:58 mvandijk       Summary                  [STORE-204] Card termin... => Betaalterminal weigert alle kaarten (Den Haag Spui)
2024-07-08 15:00 mvandijk       Note Added: 0012877
2024-07-08 15:00 mvandijk       Status                   assigned => feedback
======================================================================

"""
    first = f"<{hashlib.md5(b'4521-2024-07-04').hexdigest()}@mantis.rsnl.nl>"
    h = [("From", addr("RSNL Servicedesk", "mantis@rsnl.nl")), ("To", OUR),
         ("Subject", "[RSNL Servicedesk 0004521]: Betaalterminal weigert alle kaarten (Den Haag Spui)"),
         ("Date", rfc_date(dt)), ("Message-ID", f"<{hx('m20', 32)}@mantis.rsnl.nl>"), ("In-Reply-To", first),
         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
         ("Auto-Submitted", "auto-generated"), ("Keywords", "[RSNL Servicedesk] Payment terminals")]
    return "mantisbt-feedback-note", h, leaf("text/plain", text, "8bit", "utf-8"), E(
        n, "0004521", "update",
        "MantisBT status -> feedback with a question. Summary was edited (our tag survives only in the Issue "
        "History line); subject has only Mantis' [project 0004521]; In-Reply-To points at the Mantis mail 09, not "
        "at ours. Empty 'Fixed in Version'. Decoys: bugnote 0012877, TID 60213377, key set v2024.07.")

@message
def m21():
    n, dt = 209, at("2024-07-09 09:30:48", "utc")
    text = f"""Bonjour Sam Jansen,

Nous avons bien reçu votre demande et avons créé le dossier numéro 5120.
Un technicien de l'équipe Réseau France prendra contact avec le magasin dans
les meilleurs délais.

Objet :     {subj(n)}
Priorité :  P2 - Haute
Statut :    Nouveau

Pour compléter votre demande, répondez simplement à ce message en conservant
la référence [CASE:5120] dans l'objet.

Cordialement,
Le Service Client RSNL
"""
    htm = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Bonjour Sam Jansen,</p>
<p>Nous avons bien reçu votre demande et avons créé le dossier numéro <b>5120</b>. Un technicien de l'équipe Réseau France prendra contact avec le magasin dans les meilleurs délais.</p>
<p><b>Objet :</b> {esc(subj(n))}<br><b>Priorité :</b> P2 - Haute<br><b>Statut :</b> Nouveau</p>
<p>Pour compléter votre demande, répondez simplement à ce message en conservant la référence [CASE:5120] dans l'objet.</p>
<p>Cordialement,<br>Le Service Client RSNL</p></body></html>
"""
    h = std_reply_headers(addr("Service Client RSNL", "service.client@rsnl.nl"), f"[CASE:5120] {subj(n)}", dt,
                          f"<{uuid('m21', False)}@serve.rsnl.nl>", irt=mid(n), refs=mid(n), smode="B")
    h += [("X-Mailer", "SugarCRM"), ("Auto-Submitted", "auto-generated")]
    return "sugar-serve-case-created-fr", h, alt(text, htm, "m21", charset="utf-8"), E(
        n, "5120", "acknowledged",
        "Sugar Serve case auto-reply (fr), case macro [CASE:5120] in the subject; 'avons bien reçu ... créé le "
        "dossier numéro 5120'.")

BZ_THREAD = "<bug-88213-4117@https.bugzilla.rsnl.nl/>"

@message
def m22():
    n, dt = 237, at("2024-07-09 11:00:27", "utc")
    text = f"""https://bugzilla.rsnl.nl/show_bug.cgi?id=88213

            Bug ID: 88213
           Summary: {subj(n)}
           Product: Store Hardware
           Version: unspecified
          Hardware: Other
                OS: Other
            Status: NEW
          Severity: normal
          Priority: P2
         Component: Label printers
          Assignee: fieldservice-nl@rsnl.nl
          Reporter: helpdesk@ops.storedesk.example
  Target Milestone: ---

Store: Amsterdam Centraal
Priority: high
Reported by: Sam Jansen

Label printer prints blank labels.

-- 
You may reply to this email to add a comment.

You are receiving this mail because:
You reported the bug.
"""
    h = [("From", "bugzilla-daemon@rsnl.nl"), ("To", OUR_ADDR),
         ("Subject", ew(f"[Bug 88213] New: {subj(n)}", "Q")), ("Date", rfc_date(dt)),
         ("X-Bugzilla-Reason", "Reporter"), ("X-Bugzilla-Type", "new"), ("X-Bugzilla-Watch-Reason", "None"),
         ("X-Bugzilla-Product", "Store Hardware"), ("X-Bugzilla-Component", "Label printers"),
         ("X-Bugzilla-Version", "unspecified"), ("X-Bugzilla-Keywords", ""), ("X-Bugzilla-Severity", "normal"),
         ("X-Bugzilla-Who", OUR_ADDR), ("X-Bugzilla-Status", "NEW"), ("X-Bugzilla-Resolution", ""),
         ("X-Bugzilla-Priority", "P2"), ("X-Bugzilla-Assigned-To", "fieldservice-nl@rsnl.nl"),
         ("X-Bugzilla-Flags", ""), ("X-Bugzilla-Changed-Fields", ""),
         ("Message-ID", BZ_THREAD), ("X-Bugzilla-URL", "https://bugzilla.rsnl.nl/"),
         ("Auto-Submitted", "auto-generated")]
    return "bugzilla-new-bug", h, leaf("text/plain", text, "quoted-printable", "UTF-8"), E(
        n, "88213", "acknowledged",
        "Bugzilla 'New:' bug mail sent to the reporter (created by email-in); Bug ID 88213, X-Bugzilla-Status NEW. "
        "Empty X-Bugzilla-Resolution header. Thread B first mail.")

@message
def m23():
    n, dt = 210, at("2024-07-10 10:05:33", "utc")
    text = """Olá Sam,

Obrigada pela informação. Vimos nos registos que a balança da peixaria (n.º de
série WS-40-118273) perdeu a calibração depois da atualização de ontem à noite.

Um técnico vai passar amanhã, quinta-feira, às 10h00 para recalibrar e selar a
balança. O certificado de verificação metrológica (n.º 2024/1187) continua válido,
não é preciso pedir nova verificação.

Ana Ribeiro
RSNL Portugal

---
Responda a este e-mail para continuar a conversa.
Powered by Crisp
"""
    htm = """<html><body style="background:#f5f6f8;padding:20px;font-family:-apple-system,Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<p style="font-size:13px;color:#8a94a6">Ana Ribeiro (RSNL Portugal) escreveu:</p>
""" + html_paras(text.split("---")[0].rsplit("Ana Ribeiro", 1)[0]) + """
<p style="font-size:12px;color:#8a94a6;border-top:1px solid #eee;padding-top:10px">Responda a este e-mail para continuar a conversa.<br>Powered by Crisp</p>
</div></body></html>
"""
    h = std_reply_headers(addr("Ana Ribeiro (RSNL)", "suporte@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<{uuid('m23', False)}@relay.crisp.email>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Reply-To", "RSNL Portugal <suporte@rsnl.nl>")]
    return "crisp-operator-reply-pt", h, alt(text, htm, "m23"), E(
        n, None, "update",
        "Crisp operator reply (pt): diagnosis and a technician visit planned. Crisp has no ticket numbers. Decoys: "
        "scale serial WS-40-118273, certificate 2024/1187.")

@message
def m24():
    n, dt = 238, at("2024-07-10 13:33:21")
    body = """Hoi Sam,

Onze monteur komt morgen, donderdag 11 juli, tussen 13:00 en 15:00 langs bij
Hoog Catharijne om naar de zelfscankassa te kijken. Het lijkt op hetzelfde
probleem als bij jullie filiaal in Gent vorige week (STORE-208): een defecte
voeding van het scherm. Hij neemt er een mee.

Ons referentienummer voor deze melding is 24.07.1193.

Groet,
Joost Verhoeven
Planner Field Service
RSNL B.V. | Vaartweg 14 | 3511 AB Utrecht
+31 88 776 5431
"""
    s = sent(n)
    attrib = f"Op {s.day} {MONTHS['nl'][s.month-1][:3]} {s.year}, om {s:%H:%M} heeft StoreDesk <{OUR_ADDR}> het volgende geschreven:"
    text = body + "\n" + quote(attrib + "\n\n" + orig_text(n))
    htm = apple_html(body, attrib, orig_html(n))
    h = std_reply_headers(addr("Joost Verhoeven", "joost.verhoeven@rsnl.nl"), "Re: " + subj(n), dt,
                          mid_apple("m24"), irt=mid(n), refs=mid(n), smode="B")
    h += [("X-Mailer", "Apple Mail (2.3774.600.62)")]
    return "apple-mail-nl-visit-planned", h, alt(text, htm, "m24", bstyle="apple"), E(
        n, "24.07.1193", "update",
        "Apple Mail nl: visit planned; 'referentienummer ... 24.07.1193' (dotted id, kept as written). Decoys: "
        "STORE-208 named as an earlier similar case (not this issue), postcode 3511 AB, phone, 11 juli.")

@message
def m25():
    n, dt = 231, at("2024-07-10 16:10:12")
    text = """--- Antwoord boven deze lijn om een notitie aan het ticket toe te voegen ---

Beste Sam Jansen,

De status van ticket T20240704.0042 is gewijzigd.

Oude status:    In behandeling
Nieuwe status:  Wacht op onderdelen
Behandelaar:    Wim Peeters
Verwacht:       15-07-2024

Notitie van Wim Peeters:
Moederbord van kassa 3 is defect (POST-code 0xA2). Vervangend bord is besteld
onder RMA 66120-B en wordt maandag geleverd. Dit ticket is gekoppeld aan
probleemticket T20240703.0117, waarin we dezelfde fout bij meerdere kassa's
van dit type volgen.

Volg uw ticket in het klantportaal:
https://portal.rsnl.nl/bms/tickets/T20240704.0042

Met vriendelijke groet,
RSNL Servicedesk Belgie
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Servicedesk", "servicedesk@rsnl.nl"),
                          "#T20240704.0042# Status gewijzigd: Wacht op onderdelen", dt,
                          f"<bms.{hx('m25', 20)}@mailer.rsnl.nl>")
    h += [("Auto-Submitted", "auto-generated")]
    return "kaseya-bms-status-changed-nl", h, alt(text, htm, "m25", charset="iso-8859-1"), E(
        n, "T20240704.0042", "update",
        "Kaseya BMS-style status change to 'Wacht op onderdelen' (nl). No threading headers and no store/title: "
        "only the vendor ticket number (from mail 10) ties it to STORE-231. Decoys: linked problem ticket "
        "T20240703.0117, RMA 66120-B, POST code 0xA2, date 15-07-2024.")

@message
def m26():
    n, dt = 211, at("2024-07-11 09:20:05", "utc")
    text = f"""Sehr geehrte Damen und Herren,

Ihr Ticket wurde in unserem Support-System angelegt.

Ticket-Nr.:     TT1187
Titel:          {subj(n)}
Status:         Open
Priorität:      High
Kategorie:      Hardware / Kundendisplay
Erstellt am:    11-07-2024 09:19

Bitte geben Sie bei Rückfragen immer die Ticketnummer TT1187 an. Sie können den
Bearbeitungsstand auch im Kundenportal einsehen:
https://crm.rsnl.nl/portal/index.php?module=HelpDesk&action=index&fun=detail&ticketid=45120

Mit freundlichen Grüßen
RSNL Kundenservice Deutschland
"""
    htm = "<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\">" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Kundenservice", "kundenservice@rsnl.nl"),
                          f"[ Ticket Id : 1187 ] Re : {subj(n)}", dt,
                          f"<{hx('m26', 24)}@crm.rsnl.nl>", smode="B")
    h += [("X-Mailer", "vtiger CRM")]
    return "vtiger-ticket-created-de", h, alt(text, htm, "m26"), E(
        n, "TT1187", "acknowledged",
        "vtiger HelpDesk notification (de): 'Ihr Ticket wurde ... angelegt'. Ticket number is TT1187 (subject shows "
        "bare 1187). Decoy: portal link uses the CRM record id ticketid=45120. No threading headers.")

@message
def m27():
    n, dt = 239, at("2024-07-11 12:00:58", "utc")
    text = f"""Werkpakket #8841 is bijgewerkt door Kees de Wit.

{subj(n)}
https://projects.rsnl.nl/work_packages/8841

  * Status gewijzigd van Nieuw naar In behandeling
  * Toegewezen aan ingesteld op Kees de Wit
  * Startdatum ingesteld op 12-07-2024

Opmerking:
De router toont rode LED's op de WAN-poort. Provider KPN meldt geen storing
(storingsnummer 1-2487731). We vervangen morgen de SFP-module.

---
U ontvangt deze melding omdat u deze werkpakketten volgt. Meldingsinstellingen:
https://projects.rsnl.nl/my/notifications
"""
    htm = f"""<html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#333">
<p>Werkpakket <a href="https://projects.rsnl.nl/work_packages/8841">#8841</a> is bijgewerkt door Kees de Wit.</p>
<h3 style="font-size:16px">{esc(subj(n))}</h3>
<ul><li><strong>Status</strong> gewijzigd van <i>Nieuw</i> naar <i>In behandeling</i></li>
<li><strong>Toegewezen aan</strong> ingesteld op <i>Kees de Wit</i></li>
<li><strong>Startdatum</strong> ingesteld op <i>12-07-2024</i></li></ul>
<p><b>Opmerking:</b><br>De router toont rode LED's op de WAN-poort. Provider KPN meldt geen storing (storingsnummer 1-2487731). We vervangen morgen de SFP-module.</p>
<hr><p style="font-size:12px;color:#999">U ontvangt deze melding omdat u deze werkpakketten volgt.</p></body></html>
"""
    h = std_reply_headers(addr("RSNL Projecten", "openproject@rsnl.nl"),
                          f"[RSNL Veldservice - Storing #8841] (In behandeling) {subj(n)}", dt,
                          f"<op.work_package-8841.{hx('m27', 12)}@projects.rsnl.nl>", smode="Q")
    h += [("References", "<op.work_package-8841@projects.rsnl.nl>"),
          ("X-OpenProject-Project", "rsnl-veldservice"), ("X-OpenProject-WorkPackage-Id", "8841"),
          ("Auto-Submitted", "auto-generated")]
    return "openproject-wp-updated-nl", h, alt(text, htm, "m27"), E(
        n, "8841", "update",
        "OpenProject work-package update (nl): status Nieuw -> In behandeling, assigned, plan to swap the SFP. "
        "Decoys: provider fault number 1-2487731, start date 12-07-2024.")

@message
def m28():
    n, dt = 204, at("2024-07-11 15:45:09")
    text = """The following issue has been RESOLVED.
======================================================================
https://mantis.rsnl.nl/view.php?id=4521
======================================================================
Reported By:                storedesk
Assigned To:                mvandijk
======================================================================
Project:                    RSNL Servicedesk
Issue ID:                   4521
Category:                   Payment terminals
Reproducibility:            always
Severity:                   major
Priority:                   high
Status:                     resolved
Resolution:                 fixed
Fixed in Version:           2024.07
======================================================================
Date Submitted:             2024-07-04 09:05
Last Modified:              2024-07-11 15:45
======================================================================
Summary:                    Betaalterminal weigert alle kaarten (Den Haag Spui)
======================================================================

----------------------------------------------------------------------
 (0012877) mvandijk (developer) - 2024-07-08 15:00
 https://mantis.rsnl.nl/view.php?id=4521#c12877
----------------------------------------------------------------------
We pushed the new EMV key set (v2024.07) to terminal TID 60213377 on Friday, but
the store still reports declines. Can you tell us whether contactless payments
are also declined, or only chip & PIN? A photo of the error on the terminal
display would help.

----------------------------------------------------------------------
 (0012903) mvandijk (developer) - 2024-07-11 15:44
 https://mantis.rsnl.nl/view.php?id=4521#c12903
----------------------------------------------------------------------
The acquirer had blocked the terminal's merchant profile after the key change.
Profile re-activated; the store confirmed three successful test payments (chip,
contactless and Maestro). Resolving. Please reopen if declines come back.

Issue History
Date Modified    Username       Field                    Change
======================================================================
2024-07-08 15:00 mvandijk       Note Added: 0012877
2024-07-08 15:00 mvandijk       Status                   assigned => feedback
2024-07-11 15:44 mvandijk       Note Added: 0012903
2024-07-11 15:45 mvandijk       Status                   feedback => resolved
2024-07-11 15:45 mvandijk       Resolution               open => fixed
======================================================================

"""
    first = f"<{hashlib.md5(b'4521-2024-07-04').hexdigest()}@mantis.rsnl.nl>"
    h = [("From", addr("RSNL Servicedesk", "mantis@rsnl.nl")), ("To", OUR),
         ("Subject", "[RSNL Servicedesk 0004521]: Betaalterminal weigert alle kaarten (Den Haag Spui)"),
         ("Date", rfc_date(dt)), ("Message-ID", f"<{hx('m28', 32)}@mantis.rsnl.nl>"), ("In-Reply-To", first),
         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
         ("Auto-Submitted", "auto-generated"), ("Keywords", "[RSNL Servicedesk] Payment terminals")]
    return "mantisbt-resolved", h, leaf("text/plain", text, "8bit", "utf-8"), E(
        n, "0004521", "resolved",
        "MantisBT 'has been RESOLVED', resolution fixed. Only Mantis' own id in the subject and In-Reply-To to the "
        "Mantis mail 09 (thread A); no StoreDesk tag anywhere. Quoted older note still says 'still reports "
        "declines'. Decoys: notes 0012877/0012903, TID 60213377, version 2024.07.")

@message
def m29():
    n, dt = 212, at("2024-07-12 09:15:27")
    body = """Hola Sam:

Ayer por la tarde hicimos una limpieza remota del PC de la trastienda (perfiles
temporales, actualizaciones pendientes y antivirus), pero el problema todavía no
está resuelto: el arranque sigue tardando más de 6 minutos y el disco está al
100 % de uso.

Creemos que el disco está fallando. El lunes 15 iremos a sustituirlo por un SSD;
la copia de seguridad la haremos antes en remoto.

Nuestra referencia: ES-3402

Saludos,
Javier Ortega
Técnico de campo · RSNL Iberia
Móvil +34 611 240 212
"""
    text = body + "\n" + outlook_quote_hdr(n, "es", "mac") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Aptos,sans-serif;font-size:12pt">' +
           html_paras(body) + '</div><div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
           '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
           '<p style="font-size:12pt;color:black">' + outlook_quote_html(n, "es", "mac") + '</p></div>' +
           orig_html(n) + "</div></div></body></html>\n")
    h = std_reply_headers(addr("Javier Ortega", "javier.ortega@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m29", "DU0PR04MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("User-Agent", "Microsoft-MacOutlook/16.86.24062313"),
          ("Content-Language", "es-ES")]
    return "outlook-mac-es-not-fixed", h, alt(text, htm, "m29", bstyle="outlook"), E(
        n, "ES-3402", "update",
        "Outlook for Mac es: remote cleanup done but 'todavía no está resuelto'; disk swap planned. Negation of "
        "resolved. Decoys: mobile +34 611 240 212 (ends in 212), 6 minutes, 100 %, lunes 15.")

@message
def m30():
    n, dt = 240, at("2024-07-12 11:11:41")
    i = I(n)
    text = f"""This is the mail system at host mx2.rsnl.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.jacobs@rsnl.nl> (expanded from <support@rsnl.nl>): host
    rsnl-nl.mail.protection.outlook.com[52.101.73.10] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient k.jacobs@rsnl.nl not found by SMTP
    address lookup (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; mx2.rsnl.nl
X-Postfix-Queue-ID: 4WLp3K1QZ7z9sQv
X-Postfix-Sender: rfc822; {OUR_ADDR}
Arrival-Date: Fri, 12 Jul 2024 09:00:02 +0200 (CEST)

Final-Recipient: rfc822; k.jacobs@rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Action: failed
Status: 5.1.10
Remote-MTA: dns; rsnl-nl.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    k.jacobs@rsnl.nl not found by SMTP address lookup
"""
    orig_hdrs = (f"Return-Path: <{OUR_ADDR}>\nFrom: {OUR}\nTo: RSNL Support <support@rsnl.nl>\n"
                 f"Reply-To: {OUR}\nSubject: =?UTF-8?B?{base64.b64encode(i['subject'].encode()).decode()}?=\n"
                 f"Date: {i['sent']}\nMessage-ID: {i['message_id']}\nMIME-Version: 1.0\n"
                 f"Content-Type: text/plain; charset=utf-8\nX-StoreDesk-Issue: STORE-{n}\n")
    parts = [raw_leaf(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], text),
             raw_leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             raw_leaf(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                      orig_hdrs)]
    body = multi("report", parts, "4WLp3K1QZ7z9sQv.1720775501/mx2.rsnl.nl",
                 params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
    h = [("From", "MAILER-DAEMON@mx2.rsnl.nl (Mail Delivery System)"), ("To", OUR_ADDR),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfc_date(dt)),
         ("Message-ID", "<20240712091141.4WLp3K1QZ7z9sQv@mx2.rsnl.nl>"), ("Auto-Submitted", "auto-replied")]
    return "postfix-dsn-bounce", h, body, E(
        None, None, "ignore",
        "Postfix DSN from RSNL's MX: alias expansion of support@ to a deleted mailbox failed. Carries our STORE-240 "
        "headers in text/rfc822-headers, but it is a bounce, not a vendor reply.")

@message
def m31():
    n, dt = 207, at("2024-07-13 10:00:44", "utc")
    text = f"""Beste Sam Jansen,

Uw case 1408 - "{subj(n)}" is gesloten.

Oplossing: de printkop van de labelprinter (Zebra ZD421, s/n D4J231107788) was
versleten en is vervangen. De winkel heeft 50 testlabels geprint zonder fouten.

Heeft u nog vragen over deze case, beantwoord dan deze e-mail binnen 14 dagen;
de case wordt dan automatisch heropend.

Met vriendelijke groet,
RSNL Klantenservice
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Klantenservice", "klantenservice@rsnl.nl"), f"[CASE:1408] {subj(n)}", dt,
                          f"<{hx('m31', 32)}@crm.rsnl.nl>", smode="B")
    h += [("X-Mailer", "SuiteCRM"), ("Auto-Submitted", "auto-generated")]
    return "suitecrm-case-closed-nl", h, alt(text, htm, "m31"), E(
        n, "1408", "closed",
        "SuiteCRM case-closure template (nl): 'Uw case 1408 ... is gesloten', [CASE:1408] in the subject. Decoys: "
        "printer serial D4J231107788, model ZD421, 50 labels, 14 dagen.")

@message
def m32():
    n, dt = 234, at("2024-07-13 14:20:08", "west")
    body = """Olá Sam,

Ponto de situação do pedido RS-PT-0877 (terminal de pagamento da loja de Santa Catarina):

O banco confirmou que não há bloqueio do lado deles. Fui hoje à loja e o terminal
continua a recusar todos os cartões, por isso ainda não está resolvido. Suspeito
do módulo de chip; a peça de substituição (ref. VX-520-CR) chega na terça-feira.

Até lá a loja pode usar o terminal móvel de reserva (TPA n.º 3301 8877).

Abraço,
Tiago Ferreira
Técnico de Campo - RSNL Portugal
+351 912 087 734
"""
    htm = gmail_html(body, "", "").split('<br><div class="gmail_quote">')[0] + "\n"
    h = std_reply_headers(addr("Tiago Ferreira", "tiago.ferreira@rsnl.nl"),
                          "Pedido RS-PT-0877 – ponto de situação", dt, mid_gmail("m32"), smode="Q")
    return "gmail-pt-not-fixed-vendor-ref-only", h, alt(text=body, html_text=htm, seed="m32", bstyle="gmail"), E(
        n, "RS-PT-0877", "update",
        "Gmail pt, new mail (no In-Reply-To/References, no StoreDesk tag, no store name in subject): only the "
        "vendor reference RS-PT-0877 from mail 15 links it to STORE-234 (thread C). 'ainda não está resolvido' is "
        "a negation. Decoys: part VX-520-CR, spare terminal 3301 8877 (contains 877), mobile number.")

@message
def m33():
    n, dt = 213, at("2024-07-14 09:08:55", "utc")
    text = """Hi Sam,

Good news: the replacement battery pack for the handheld scanner at Amsterdam
Centraal has been dispatched today.

  Order number:     SO-2024-071388
  RMA (old pack):   RMA-7713
  Carrier:          PostNL, track & trace 3SRSNL0213447
  Expected:         Tuesday 16 July

Please send the old pack back in the same box using the enclosed return label.
We will keep your ticket open until the store confirms the scanner holds a charge.

Kind regards,
Eva Mulder
RSNL Parts & Logistics

Ticket #2215349 | Reply to this email to respond
"""
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
""" + html_paras(text.split("Ticket #2215349")[0]) + """
<table style="font-size:12px;color:#888;border-top:1px solid #eee;width:100%"><tr><td>Ticket #2215349</td><td align="right">Reply to this email to respond &middot; eDesk</td></tr></table>
</body></html>
"""
    h = std_reply_headers(addr("RSNL Parts & Logistics", "parts@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<edesk-2215349-{hx('m33', 14)}@mail.edesk.com>", irt=mid(n), refs=mid(n), smode="B")
    return "edesk-agent-reply", h, alt(text, htm, "m33"), E(
        n, "2215349", "update",
        "eDesk agent reply: replacement shipped, ticket stays open. Decoys: order SO-2024-071388, RMA-7713, PostNL "
        "tracking 3SRSNL0213447 (contains 0213), 'Tuesday 16 July'.")

@message
def m34():
    n, dt = 242, at("2024-07-14 12:30:19")
    body = """Hi Sam,

The back-office PC in Groningen is fixed. The SSD was reporting reallocated
sectors, so we swapped it and restored the image remotely. Boot time is now
about 40 seconds and the store manager has checked the ordering software.

I've set our ticket RS-1442 to resolved. It stays open for five working days
in case the store notices anything else; after that it closes automatically.

Best regards,

Mark Huisman
Field Engineer North | RSNL B.V.
M +31 6 2042 1442 (yes, same digits as the ticket - coincidence)
Asset tag BO-PC-0142 | Service tag 7XK2P42
"""
    disclaimer = """This e-mail and any attachments are confidential and intended solely for the
addressee. RSNL B.V. is registered with the Chamber of Commerce under number 30187422.
"""
    text = body + "\n" + disclaimer + "\n" + outlook_quote_hdr(n, "en") + "\n" + orig_text(n)
    htm = outlook_html(mso(body), n, "en", sig_html=mso(disclaimer).replace(
        'class="MsoNormal"', 'class="MsoNormal" style="font-size:8.0pt;color:gray"'))
    h = std_reply_headers(addr("Mark Huisman", "mark.huisman@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m34"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Thread-Index", "AQHa1d" + b62("m34ti", 21) + "=="),
          ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]
    return "outlook-en-resolved", h, alt(text, htm, "m34", charset="windows-1252", bstyle="outlook"), E(
        n, "RS-1442", "resolved",
        "Outlook (Windows) en, windows-1252: 'is fixed' and ticket RS-1442 'set to resolved', open 5 more days. "
        "Decoys: mobile +31 6 2042 1442, asset tag BO-PC-0142, service tag 7XK2P42, KvK 30187422.")

@message
def m35():
    n, dt = 215, at("2024-07-15 09:40:27")
    body = """Hoi Sam,

Dank voor de melding. Voor de vastzittende toetsen van het kassatoetsenbord in
Rotterdam Lijnbaan sturen we woensdag een nieuw toetsenbord (type KB-215 POS)
mee met de vaste monteursroute. Tot die tijd kan de kassa met het touchscreen
bediend worden.

Groet,
Sevda Yilmaz
RSNL Support
"""
    s = sent(n)
    attrib = f"On {SHORT_D['en'][s.weekday()]}, {MONTHS['en'][s.month-1][:3]} {s.day}, {s.year} at {s.hour}:{s.minute:02d} AM StoreDesk <{OUR_ADDR}> wrote:"
    text = body + "\n" + attrib + "\n" + quote(orig_text(n)) + "\n--\nSent with Helpwise\n"
    htm = ('<div style="font-family:Arial,sans-serif;font-size:14px">' + html_paras(body) + "</div>"
           f'<div class="helpwise_quote"><p>{esc(attrib)}</p><blockquote style="margin:0 0 0 .8ex;'
           f'border-left:1px #ccc solid;padding-left:1ex">{orig_html(n)}</blockquote></div>'
           '<p style="font-size:11px;color:#999">Sent with <a href="https://helpwise.io">Helpwise</a></p>\n')
    h = std_reply_headers(addr("Sevda Yilmaz (RSNL Support)", "support@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<hw.{hx('m35', 20)}@helpwise.io>", irt=mid(n), refs=mid(n), smode="B")
    return "helpwise-shared-inbox-nl", h, alt(text, htm, "m35"), E(
        n, None, "update",
        "Helpwise shared-inbox reply (nl) with Gmail-like quote: replacement keyboard planned for Wednesday. No "
        "ticket number. Decoy: keyboard type KB-215 POS.")

@message
def m36():
    dt = at("2024-07-15 13:00:32", "utc")
    text = """Dear Lotte Peeters,

Your ticket has been updated by Hanne Wouters:

"We have received the photos of the scale display, thank you. The scale shows
a wrong weight because the load cell cable was pinched. A technician will visit
your bakery on Thursday morning."

Ticket Number:   61190
Ticket Name:     Weegschaal toont verkeerd gewicht - Bakkerij Peeters Antwerpen
Status:          Scheduled
Product:         Counter scale CS-30

View your ticket: https://rsnl.teamsupport.com/customer/ticket/61190

--
RSNL Support | Please reply above this line
"""
    htm = "<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Support", "support@rsnl.nl"),
                          "[Ticket 61190] Weegschaal toont verkeerd gewicht - Bakkerij Peeters Antwerpen", dt,
                          f"<ts.61190.{hx('m36', 12)}@rsnl.teamsupport.com>",
                          to="Lotte Peeters <helpdesk@ops.storedesk.example>")
    h += [("Auto-Submitted", "auto-generated")]
    return "teamsupport-other-customer", h, alt(text, htm, "m36"), E(
        None, None, "ignore",
        "TeamSupport notification about another customer's ticket 61190 (Bakkerij Peeters, a scale), sent to our "
        "address by a wrong contact record. Similar to our 'Scale shows wrong weight' issues but none of ours.")

@message
def m37():
    n, dt = 237, at("2024-07-16 11:30:16", "utc")
    text = """https://bugzilla.rsnl.nl/show_bug.cgi?id=88213

Ruud Bakker <r.bakker@rsnl.nl> changed:

           What    |Removed                     |Added
----------------------------------------------------------------------------
             Status|ASSIGNED                    |RESOLVED
         Resolution|---                         |FIXED

--- Comment #4 from Ruud Bakker <r.bakker@rsnl.nl> ---
The blank labels were caused by a wrong media type after the firmware update
(thermal transfer instead of direct thermal). Reset to direct thermal and
recalibrated; the store printed 120 price labels without a blank one.

Printer S/N 52J201455013, firmware V84.20.23Z.

-- 
You may reply to this email to add a comment.

You are receiving this mail because:
You reported the bug.
"""
    h = [("From", "bugzilla-daemon@rsnl.nl"), ("To", OUR_ADDR),
         ("Subject", ew(f"[Bug 88213] {subj(n)}", "Q")), ("Date", rfc_date(dt)),
         ("X-Bugzilla-Reason", "Reporter"), ("X-Bugzilla-Type", "changed"), ("X-Bugzilla-Watch-Reason", "None"),
         ("X-Bugzilla-Product", "Store Hardware"), ("X-Bugzilla-Component", "Label printers"),
         ("X-Bugzilla-Version", "unspecified"), ("X-Bugzilla-Keywords", ""), ("X-Bugzilla-Severity", "normal"),
         ("X-Bugzilla-Who", "r.bakker@rsnl.nl"), ("X-Bugzilla-Status", "RESOLVED"),
         ("X-Bugzilla-Resolution", "FIXED"), ("X-Bugzilla-Priority", "P2"),
         ("X-Bugzilla-Assigned-To", "r.bakker@rsnl.nl"), ("X-Bugzilla-Flags", ""),
         ("X-Bugzilla-Changed-Fields", "bug_status resolution"),
         ("Message-ID", f"<bug-88213-4117-{b62('m37', 10)}@https.bugzilla.rsnl.nl/>"),
         ("In-Reply-To", BZ_THREAD), ("References", BZ_THREAD),
         ("X-Bugzilla-URL", "https://bugzilla.rsnl.nl/"), ("Auto-Submitted", "auto-generated")]
    return "bugzilla-resolved-fixed", h, leaf("text/plain", text, "quoted-printable", "UTF-8"), E(
        n, "88213", "resolved",
        "Bugzilla change mail: Status ASSIGNED -> RESOLVED, Resolution FIXED; threaded to mail 22 (thread B). "
        "Decoys: 'Comment #4', S/N 52J201455013, firmware version, 120 labels.")

@message
def m38():
    n, dt = 216, at("2024-07-16 16:40:52", "utc")
    text = """Hi Sam,

Quick update on the beeping network switch in Den Haag Spui: our engineer
replaced the failed fan tray this afternoon and the alarm has stopped. All 24
ports are up and the switch temperature is back to 41 °C.

That means the problem is solved. If the store wants to silence the buzzer
themselves next time, the steps are in our knowledge base article KB-2231.

Thanks,
Nadia
RSNL Support
"""
    htm = ('<html><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px">' +
           html_paras(text) + "</div></body></html>\n")
    h = std_reply_headers(addr("Nadia at RSNL", "support@rsnl.nl"), "Re: " + subj(n), dt,
                          f"<{uuid('m38', False)}@mail.gladly.com>", irt=mid(n), refs=mid(n), smode="B")
    return "gladly-agent-solved", h, alt(text, htm, "m38", cte="quoted-printable"), E(
        n, None, "resolved",
        "Gladly agent reply (conversation-based, no ticket numbers): 'the problem is solved'. Decoys: KB-2231, "
        "24 ports, 41 °C.")

SYNCRO_E1 = "<syncro.ticket.24117.created.5b0d1c@rsnl.syncromsp.com>"

@message
def m39():
    n, dt = 245, at("2024-07-17 09:03:40", "utc")
    text = f"""-- Répondez au-dessus de cette ligne pour ajouter un commentaire --

Bonjour Sam Jansen,

Nous avons créé le ticket #24117 pour votre demande.

Sujet :     {subj(n)}
Statut :    Nouveau
Client :    StoreDesk Retail - Lille Euralille
Créé le :   17/07/2024 09:02

Vous pouvez suivre l'avancement de votre ticket sur notre portail :
https://rsnl.syncromsp.com/my_profile/user_login?ticket=24117

Merci,
L'équipe support RSNL France
"""
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
           '<p style="color:#aaa">-- Répondez au-dessus de cette ligne pour ajouter un commentaire --</p>' +
           html_paras(text.split("--\n", 1)[1]) + "</body></html>\n")
    h = std_reply_headers(addr("Support RSNL France", "support.fr@rsnl.nl"), "Nouveau ticket #24117 créé", dt,
                          SYNCRO_E1, smode="Q")
    h += [("Auto-Submitted", "auto-generated")]
    return "syncro-ticket-created-fr", h, alt(text, htm, "m39", cte="quoted-printable"), E(
        n, "24117", "acknowledged",
        "Syncro-style 'ticket created' (fr). Subject has only the vendor number; no threading headers; our tag "
        "appears only in the 'Sujet' field of the body. Thread E first mail.")

@message
def m40():
    n, dt = 217, at("2024-07-17 15:15:03")
    body = """Hello Sam,

I was at Eindhoven Piazza this afternoon. The paper jams were caused by the
wrong roll width: the store had received 80 mm rolls instead of 57 mm, and the
guide had been forced outward. I reset the guide, loaded the correct rolls and
printed 30 receipts without a jam.

I've closed work order WO-88120 and our ticket 2407-0533 on our side. The store
manager signed the visit report.

Regards,
Daan Smit
Field Engineer South, RSNL B.V.
+31 6 1357 2468
"""
    s = sent(n)
    attrib = f"On {s:%d/%m/%Y} {s:%H:%M}, StoreDesk wrote:"
    text = body + "\n" + attrib + "\n" + quote(orig_text(n))
    h = std_reply_headers(addr("Daan Smit", "daan.smit@rsnl.nl"), "Re: " + subj(n), dt, mid_tb("m40"),
                          irt=mid(n), refs=mid(n), smode="B")
    h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]
    return "thunderbird-en-closed", h, leaf("text/plain", text, "7bit", "UTF-8", params="; format=flowed"), E(
        n, "2407-0533", "closed",
        "Thunderbird en: 'I've closed work order WO-88120 and our ticket 2407-0533'. The ticket is 2407-0533; "
        "WO-88120 is a work order (decoy), as are 80/57 mm and 30 receipts.")

@message
def m41():
    n, dt = 218, at("2024-07-18 10:20:37")
    text = f"""Dear Customer,

Your support request [STORE-{n}] "POS software update failed" has been resolved.
To keep your service contract active, please settle the outstanding invoice
INV-2024-0718 (EUR 1.480,00) within 24 hours using the secure link below:

https://rsnl.nl-servicedesk.com/pay/INV-2024-0718

If payment is not received, remote support for your stores will be suspended.

RSNL Billing Department
"""
    htm = "<html><body>" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Support", "support@rsnl.nl-servicedesk.com"), "RE: " + subj(n), dt,
                          f"<{hx('m41', 24)}@nl-servicedesk.com>", irt=mid(n), smode="B")
    h += [("Reply-To", "billing@rsnl.nl-servicedesk.com")]
    return "lookalike-domain-invoice-phish", h, alt(text, htm, "m41"), E(
        None, None, "ignore",
        "Lookalike domain rsnl.nl-servicedesk.com (not rsnl.nl) quoting our tag and our Message-ID, claims "
        "'resolved' and asks for payment. Not RSNL.")

@message
def m42():
    n, dt = 246, at("2024-07-18 19:30:14", "west")
    body = """Boa tarde Sam,

O switch da loja de Santa Catarina já não apita. A fonte de alimentação
redundante tinha avariado; substituímos hoje à tarde e os alarmes
desapareceram. Problema resolvido.

Cumprimentos,
Hugo Almeida
RSNL Portugal

Obter o Outlook para Android<https://aka.ms/AAb9ysg>
"""
    text = body + "________________________________\n" + outlook_quote_hdr(n, "pt", "ios") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div dir="auto">' + "<br>".join(esc(l) for l in body.rstrip("\n").split("\n") if "aka.ms" not in l) +
           '<br><span>Obter o <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></span></div>'
           '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
           '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
           outlook_quote_html(n, "pt", "ios") + "</font><div>&nbsp;</div></div>" + orig_html(n) + "</body></html>\n")
    h = std_reply_headers(addr("Hugo Almeida", "hugo.almeida@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m42", "VI1PR04MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Content-Language", "pt-PT")]
    return "outlook-android-pt-resolved", h, alt(text, htm, "m42", cte="base64", bstyle="outlook"), E(
        n, None, "resolved",
        "Outlook for Android pt, base64: 'Problema resolvido' after replacing the PSU. No ticket number.")

@message
def m43():
    n, dt = 219, at("2024-07-19 09:10:48")
    body = """Bonjour Sam,

Le lecteur de cartes d'Antwerpen Meir affiche l'erreur « FW 0x1F – signature
invalide » parce que la mise à jour 4.2.0 a été interrompue. Nous allons
pousser le firmware 4.2.1 ce soir après la fermeture (vers 21h30) et nous
vérifierons demain matin avec le magasin.

Notre référence : dossier n° BE-61440.

Bien à vous,

Julien Lambert
Support technique Belgique | RSNL
Avenue Louise 231, 1050 Bruxelles
+32 2 640 19 19
"""
    text = body + "\n" + outlook_quote_hdr(n, "fr", "mac") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + html_paras(body) + '</div>'
           '<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
           'padding:3.0pt 0cm 0cm 0cm"><p style="font-size:12pt;color:black">' +
           outlook_quote_html(n, "fr", "mac") + "</p></div>" + orig_html(n) + "</div></body></html>\n")
    h = std_reply_headers(addr("Julien Lambert", "julien.lambert@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m43", "AM9PR04MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("User-Agent", "Microsoft-MacOutlook/16.86.24071415"),
          ("Content-Language", "fr-BE")]
    return "outlook-mac-fr-plan", h, alt(text, htm, "m43", bstyle="outlook"), E(
        n, "BE-61440", "update",
        "Outlook for Mac fr (Belgium): diagnosis and a firmware push planned tonight; 'dossier n° BE-61440'. "
        "Decoys: error 0x1F, versions 4.2.0/4.2.1, postcode 1050, phone.")

@message
def m44():
    n, dt = 235, at("2024-07-19 13:45:29")
    d1 = at("2024-07-07 09:14:36")
    body = """Hallo Herr Jansen,

kurzer Zwischenstand zu Vorgang IN 0001 8841: das WLAN in der Schildergasse ist
noch nicht behoben. Der Access Point im Lager startet weiterhin etwa stündlich
neu. Wir haben heute das Netzteil getauscht, leider ohne Erfolg.

Am Montag, 22.07., kommt unser Techniker mit einem neuen Access Point
(Seriennummer folgt). Bis dahin bitte die Handscanner am Kassen-AP nutzen.

Mit freundlichen Grüßen

Stefan Krüger
Technischer Kundendienst
RSNL GmbH | Hohenzollernring 72 | 50672 Köln
Tel. +49 221 4711 883
Amtsgericht Köln HRB 98123 | Geschäftsführer: A. de Vries
"""
    q_hdr = (f"Von: RSNL Service Desk <servicedesk@rsnl.nl>\nGesendet: {d_long(d1, 'de')}\n"
             f"An: StoreDesk <{OUR_ADDR}>\nBetreff: Ihre Anfrage IN00018841 wurde erfasst\n")
    q_body = f"""Guten Tag Sam Jansen,

vielen Dank für Ihre Nachricht an den RSNL Service Desk. Ihre Anfrage wurde
unter der Referenz IN00018841 erfasst und einem Bearbeiter zugewiesen.

Referenz:          IN00018841
Zusammenfassung:   {subj(n)}
Status:            Offen
"""
    text = body + "\n" + q_hdr + "\n" + q_body
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="DE">'
           '<div class="WordSection1">' + mso(body) +
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">' +
           "<br>".join(f"<b>{esc(l.split(': ', 1)[0])}:</b> {esc(l.split(': ', 1)[1])}" for l in q_hdr.strip().split("\n")) +
           "</p></div>" + mso(q_body) + "</div></body></html>\n")
    subject = "AW: Ihre Anfrage IN00018841 wurde erfasst"
    h = std_reply_headers(addr("Stefan Krüger", "stefan.krueger@rsnl.nl"), subject, dt,
                          mid_outlook("m44", "BE1P281MB"), irt=f"<IN00018841.{hx('m17', 16)}@mailer.hornbill.rsnl.nl>",
                          refs=f"<IN00018841.{hx('m17', 16)}@mailer.hornbill.rsnl.nl>", smode="Q")
    h += [("Thread-Topic", "Ihre Anfrage IN00018841 wurde erfasst"), ("Content-Language", "de-DE")]
    return "outlook-de-reply-to-hornbill", h, alt(text, htm, "m44", cte="quoted-printable", charset="windows-1252",
                                                   bstyle="outlook"), E(
        n, "IN00018841", "update",
        "Outlook de reply to the Hornbill receipt (mail 17, thread D): 'noch nicht behoben', new AP planned. "
        "In-Reply-To is Hornbill's Message-ID, not ours. Body writes the id spaced as 'IN 0001 8841'; canonical "
        "IN00018841 is in the subject and the quote. Quoted receipt says 'erfasst' (older text). Decoys: HRB "
        "98123, phone, 22.07.")

def ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)

@message
def m45():
    n, dt = 220, at("2024-07-20 09:30:11", "utc")
    uid = f"{hx('m45uid', 26)}@google.com"
    ics_lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTART:20240723T080000Z", "DTEND:20240723T090000Z", "DTSTAMP:20240720T073011Z",
        "ORGANIZER;CN=Wouter Jansen:mailto:wouter.jansen@rsnl.nl", f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helpdesk@ops.storedesk.example;X-NUM-GUESTS=0:mailto:helpdesk@ops.storedesk.example",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wouter Jansen;X-NUM-GUESTS=0:mailto:wouter.jansen@rsnl.nl",
        "CREATED:20240720T072955Z",
        "DESCRIPTION:Monteur komt de keukenprinter in Gent Veldstraat vervangen (STORE-220). Graag iemand van de winkel aanwezig met toegang tot de keuken.",
        "LAST-MODIFIED:20240720T073011Z", "LOCATION:Veldstraat\\, 9000 Gent", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Bezoek monteur keukenprinter Gent [STORE-220]", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(ics_fold(l) for l in ics_lines) + "\r\n"
    text = """Wouter Jansen heeft je uitgenodigd voor een afspraak

Bezoek monteur keukenprinter Gent [STORE-220]
Dinsdag 23 juli 2024 · 10:00 - 11:00 (Midden-Europese zomertijd - Amsterdam)
Locatie: Veldstraat, 9000 Gent

Monteur komt de keukenprinter in Gent Veldstraat vervangen (STORE-220). Graag
iemand van de winkel aanwezig met toegang tot de keuken.

Organisator: Wouter Jansen - wouter.jansen@rsnl.nl
Gasten: helpdesk@ops.storedesk.example

Reageren: Ja / Nee / Misschien
https://calendar.google.com/calendar/event?action=RESPOND&eid=""" + b62("m45eid", 40) + """

Uitnodiging van Google Agenda
"""
    htm = "<html><body>" + html_paras(text) + "</body></html>\n"
    inner = multi("alternative", [leaf("text/plain", text, "quoted-printable", "UTF-8"),
                                  leaf("text/html", htm, "quoted-printable", "UTF-8"),
                                  leaf("text/calendar", ics, "7bit", "UTF-8", params="; method=REQUEST")],
                  boundary("m45a", "gmail"))
    att = leaf("application/ics", ics, "base64", None, params='; name="invite.ics"',
               extra=['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", [inner, att], boundary("m45m", "gmail"))
    subject = ("Uitnodiging: Bezoek monteur keukenprinter Gent [STORE-220] @ di 23 jul 2024 10:00 - 11:00 (CEST) "
               "(helpdesk@ops.storedesk.example)")
    h = std_reply_headers(addr("Wouter Jansen", "wouter.jansen@rsnl.nl"), subject, dt,
                          f"<calendar-{uuid('m45', False)}@google.com>", smode="Q")
    h += [("Reply-To", "Wouter Jansen <wouter.jansen@rsnl.nl>"), ("Sender", "Google Agenda <calendar-notification@google.com>")]
    return "google-calendar-invite-nl", h, body, E(
        None, None, "ignore",
        "Google Calendar invitation (text/calendar METHOD:REQUEST + invite.ics) from an RSNL engineer about a "
        "visit for STORE-220; a meeting request, not a ticket message (ignored as briefed).")

@message
def m46():
    n, dt = 248, at("2024-07-20 11:00:24")
    body = """Hola Sam,

Para revisar la actualización fallida de la caja de Preciados necesitamos un
par de datos:

- ¿Qué versión aparece en Ajustes > Acerca de?
- ¿Sale el código de error 0x80070643 al arrancar?

Si podéis mandar una foto de la pantalla, mejor. Con eso decidimos si hace
falta reinstalar en remoto o ir a la tienda.

Saludos,
Carmen Ruiz
RSNL Iberia

Obtener Outlook para iOS<https://aka.ms/o0ukef>
"""
    text = body + "________________________________\n" + outlook_quote_hdr(n, "es", "ios") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div dir="ltr">' + "<br>".join(esc(l) for l in body.rstrip("\n").split("\n") if "aka.ms" not in l) +
           '<br>Obtener <a href="https://aka.ms/o0ukef">Outlook para iOS</a></div>'
           '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
           '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
           outlook_quote_html(n, "es", "ios") + "</font><div>&nbsp;</div></div>" + orig_html(n) + "</body></html>\n")
    h = std_reply_headers(addr("Carmen Ruiz", "carmen.ruiz@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m46", "DB8PR04MB"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Content-Language", "es-ES")]
    return "outlook-ios-es-question", h, alt(text, htm, "m46", bstyle="outlook"), E(
        n, None, "update",
        "Outlook for iOS es: questions to the store before deciding on a reinstall. No ticket number. Decoy: "
        "error code 0x80070643.")

@message
def m47():
    dt = at("2024-07-21 10:10:00", "utc")
    text = """RSNL Service Update
===================

Gepland onderhoud klantportaal en ticketsysteem
Zaterdag 27 juli 2024, 22:00 - 02:00 (CEST)

Tijdens dit onderhoud is het klantportaal niet bereikbaar en kunt u geen nieuwe
tickets aanmaken of bestaande tickets bekijken. Meldingen die u per e-mail
stuurt, worden na afloop automatisch verwerkt; bestaande ticketnummers blijven
ongewijzigd. Statusberichten kunnen tot een paar uur vertraagd zijn.

Voor spoedstoringen blijft de servicedesk telefonisch bereikbaar: 088 776 5400.

--
Planned maintenance of the customer portal and ticketing system, Saturday
27 July 2024, 22:00-02:00 CEST. E-mail reports are processed afterwards;
ticket numbers do not change. Status notifications may be delayed.

U ontvangt dit bericht omdat u klant bent van RSNL B.V.
Afmelden: https://updates.rsnl.nl/unsubscribe?u=""" + hx("m47u", 20) + """
RSNL B.V., Vaartweg 14, 3511 AB Utrecht
"""
    htm = ('<html><body style="margin:0;background:#eef1f5"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif;'
           'font-size:14px"><tr><td style="background:#003a70;color:#fff;padding:18px;font-size:20px">'
           'RSNL Service Update</td></tr><tr><td style="padding:20px">' +
           html_paras(text.split("===================\n\n", 1)[1]) +
           '</td></tr></table></td></tr></table></body></html>\n')
    h = [("From", addr("RSNL Service Updates", "noreply@updates.rsnl.nl")), ("To", OUR_ADDR),
         ("Subject", ew("Gepland onderhoud klantportaal – zaterdag 27 juli / Planned maintenance", "Q")),
         ("Date", rfc_date(dt)), ("Message-ID", f"<{hx('m47', 24)}.newsletter@updates.rsnl.nl>"),
         ("List-Unsubscribe", f"<https://updates.rsnl.nl/unsubscribe?u={hx('m47u', 20)}>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Campaign-ID", "svc-2024-07-27")]
    return "rsnl-maintenance-announcement", h, alt(text, htm, "m47"), E(
        None, None, "ignore",
        "RSNL bulk mail (List-Unsubscribe, Precedence bulk) announcing portal maintenance; talks about tickets in "
        "general, about none of our issues.")

@message
def m48():
    n, dt = 245, at("2024-07-22 09:00:47")
    e1 = at("2024-07-17 09:03:40")
    body = """Bonjour Sam,

Je passe demain matin (mardi 23/07) au magasin d'Euralille pour le clavier de
la caisse. Pour prendre les bonnes pièces : s'agit-il des touches de fonction
(F1 à F12) ou du pavé numérique ? Ce n'est pas encore réglé à distance, le
nettoyage proposé par téléphone n'a rien donné.

Cordialement,
"""
    sig = """-- 
Mathieu Leroy
Technicien itinérant Hauts-de-France - RSNL France SAS
+33 6 45 24 11 70
SIRET 812 345 678 00024
"""
    quoted = f"""-- Répondez au-dessus de cette ligne pour ajouter un commentaire --

Bonjour Sam Jansen,

Nous avons créé le ticket #24117 pour votre demande.

Sujet :     {subj(n)}
Statut :    Nouveau
Client :    StoreDesk Retail - Lille Euralille
Créé le :   17/07/2024 09:02
"""
    attrib = f"Le {e1:%d/%m/%Y} à {e1:%H:%M}, Support RSNL France a écrit :"
    text = body + "\n" + sig + "\n" + attrib + "\n" + quote(quoted)
    h = std_reply_headers(addr("Mathieu Leroy", "mathieu.leroy@rsnl.nl"), "Re: Nouveau ticket #24117 créé", dt,
                          mid_tb("m48"), irt=SYNCRO_E1, refs=SYNCRO_E1, cc="Support RSNL France <support.fr@rsnl.nl>",
                          smode="Q")
    h += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    return "thunderbird-fr-reply-to-syncro", h, leaf("text/plain", text, "8bit", "UTF-8", params="; format=flowed"), E(
        n, "24117", "update",
        "Thunderbird fr reply to the Syncro receipt (mail 39, thread E): visit planned and a question; 'Ce n'est "
        "pas encore réglé'. In-Reply-To/References only the Syncro Message-ID; subject has only #24117; our tag "
        "only in the quoted receipt. Decoys: SIRET 812 345 678 00024, F1-F12, mobile.")

@message
def m49():
    n, dt = 250, at("2024-07-22 14:30:36")
    bram_dt = at("2024-07-22 11:02:00")
    bram_id = mid_gmail("m49-bram")
    body = """Hi Sam,

A correction to Bram's message below, sorry for the confusion: the kitchen
printer at Hoog Catharijne is NOT fixed yet. The loose network cable Bram
found was on the receipt printer next to it; the kitchen printer itself still
does not pick up any orders.

I've kept our ticket 31877 open and booked a technician for tomorrow at 08:30.

Sanne Bos
Service Coordinator | RSNL B.V.
+31 88 776 5422
"""
    bram = """Hi Sam,

Good news, the kitchen printer is resolved - it was a loose network cable.
Ticket 31877 can be closed from your side.

Bram
"""
    a1 = gmail_attr(n, "en", who="Bram Visser <bram.visser@rsnl.nl>", dt=bram_dt)
    a0 = gmail_attr(n, "en")
    text = body + "\n" + a1 + "\n\n" + quote(bram + "\n" + a0 + "\n\n" + quote(orig_text(n)))
    inner = (gmail_html(bram, a0, orig_html(n))).replace("\n", "")
    htm = gmail_html(body, a1, inner)
    h = std_reply_headers(addr("Sanne Bos", "sanne.bos@rsnl.nl"), "Re: " + subj(n), dt, mid_gmail("m49"),
                          irt=bram_id, refs=f"{mid(n)} {bram_id}", smode="B")
    return "gmail-en-correction-not-fixed", h, alt(text, htm, "m49", bstyle="gmail"), E(
        n, "31877", "update",
        "Gmail en: 'NOT fixed yet', ticket 31877 kept open, technician booked. The quoted earlier mail from a "
        "colleague says 'resolved' and 'can be closed' - older quoted text that the new text contradicts.")

@message
def m50():
    n, dt = 223, at("2024-07-23 09:05:02", "utc")
    text = f"""Hello Sam Jansen,

We have received your request and created a ticket for it.

Ticket ID:      2045
Subject:        {subj(n)}
Status:         Open
Priority:       Urgent
Site:           Köln Schildergasse, Schildergasse 65, 50667 Köln
Requested on:   Jul 23, 2024 09:04 AM

Our team is looking into it. You can check the status of your ticket at any
time: https://rsnl.superops.ai/portal/tickets/2045

Thanks,
RSNL Managed Services
"""
    htm = "<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\">" + html_paras(text) + \
        '<p style="font-size:11px;color:#aaa">Powered by SuperOps</p></body></html>\n'
    h = std_reply_headers(addr("RSNL Managed Services", "msp@rsnl.nl"), f"Ticket #2045 created: {subj(n)}", dt,
                          f"<superops.{hx('m50', 20)}@notify.rsnl.nl>", irt=mid(n), refs=mid(n), smode="B")
    h += [("Auto-Submitted", "auto-generated")]
    return "superops-ticket-created", h, alt(text, htm, "m50", cte="base64"), E(
        n, "2045", "acknowledged",
        "SuperOps-style 'ticket created' receipt (base64). Decoys: street number 65, postcode 50667, time 09:04.")

@message
def m51():
    n, dt = 230, at("2024-07-24 15:30:40", "utc")
    text = f"""Kees Bakker updated ticket RSD-118 {subj(n)}

  State: In Progress -> Fixed
  Resolved: 24 Jul 2024 15:29

Kees Bakker commented:
  The bill recycling module was replaced on Tuesday. The cash recycler has run
  two full days without error E17 and the end-of-day count matched. We consider
  this fixed.

Earlier comment by Kees Bakker (3 Jul 2024):
  We could not reproduce the E17 error remotely; waiting for the device log.

View ticket: https://youtrack.rsnl.nl/tickets/RSD-118
Reply to this email to add a comment.

--
RSNL Servicedesk | YouTrack Helpdesk
"""
    htm = ("<html><body style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px\">" +
           html_paras(text) + "</body></html>\n")
    h = std_reply_headers(addr("Kees Bakker (RSNL Servicedesk)", "servicedesk@rsnl.nl"), f"[RSD-118] {subj(n)}", dt,
                          f"<RSD-118.4.{hx('m51', 12)}@youtrack.rsnl.nl>",
                          irt=f"<RSD-118.{hx('m04', 12)}@youtrack.rsnl.nl>",
                          refs=f"<RSD-118.{hx('m04', 12)}@youtrack.rsnl.nl>", smode="B")
    h += [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    return "youtrack-helpdesk-fixed", h, alt(text, htm, "m51", cte="base64"), E(
        n, "RSD-118", "resolved",
        "YouTrack Helpdesk update: State In Progress -> Fixed, 'We consider this fixed' (thread Y with mail 04). "
        "Quoted earlier comment says it could not be reproduced. Decoy: E17.")

@message
def m52():
    n, dt = 235, at("2024-07-25 09:40:13", "utc")
    text = """Guten Tag Sam Jansen,

Ihre Anfrage IN00018841 wurde geschlossen.

Zusammenfassung:   WLAN-Abbrüche stündlich - Filiale Schildergasse
Lösung:            Access Point im Lager getauscht (neues Gerät S/N
                   Q2KD-7XR4-88AL). Seit dem 22.07. keine Abbrüche mehr.
Geschlossen am:    25.07.2024 09:39
Geschlossen von:   Stefan Krüger

Sollte das Problem erneut auftreten, können Sie die Anfrage innerhalb von
5 Tagen über das Self-Service-Portal wieder öffnen:
https://service.rsnl.nl/portal/request/IN00018841

Mit freundlichen Grüßen
RSNL Service Desk
"""
    htm = ("<html><body style=\"font-family:'Open Sans',Arial,sans-serif;font-size:13px\">" + html_paras(text) +
           '<p style="font-size:10px;color:#999">Hornbill Service Manager</p></body></html>\n')
    h = std_reply_headers(addr("RSNL Service Desk", "servicedesk@rsnl.nl"), "Ihre Anfrage IN00018841 wurde geschlossen",
                          dt, f"<IN00018841.{hx('m52', 16)}@mailer.hornbill.rsnl.nl>")
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return "hornbill-request-closed-de", h, alt(text, htm, "m52", charset="iso-8859-1"), E(
        n, "IN00018841", "closed",
        "Hornbill 'Anfrage wurde geschlossen' (de, iso-8859-1). No threading headers, no StoreDesk tag, summary "
        "rewritten in German: only IN00018841 (mails 17/44, thread D) ties it to STORE-235. Decoys: S/N, 22.07., "
        "5 Tagen.")

@message
def m53():
    n, dt = 224, at("2024-07-26 08:50:19")
    body = """Hola Sam:

Damos por cerrada la incidencia ES-3590. Las etiquetas electrónicas de
Preciados vuelven a mostrar precios desde ayer: reiniciamos la estación base y
volvimos a emparejar los 1.240 displays. La tienda lo ha comprobado pasillo por
pasillo.

Si vuelve a pasar, abrid una incidencia nueva, por favor.

Un saludo,
Álvaro Gil
RSNL Iberia · Soporte ESL
"""
    s = sent(n)
    attrib = f"El {s.day} {MONTHS['es'][s.month-1][:3]} {s.year}, a las {s.hour}:{s.minute:02d}, StoreDesk <{OUR_ADDR}> escribió:"
    text = body + "\n" + quote(attrib + "\n\n" + orig_text(n))
    htm = apple_html(body, attrib, orig_html(n))
    h = std_reply_headers(addr("Álvaro Gil", "alvaro.gil@rsnl.nl"), "Re: " + subj(n), dt, mid_apple("m53"),
                          irt=mid(n), refs=mid(n), smode="B")
    h += [("X-Mailer", "Apple Mail (2.3774.600.62)")]
    return "apple-mail-es-closed", h, alt(text, htm, "m53", bstyle="apple"), E(
        n, "ES-3590", "closed",
        "Apple Mail es: 'Damos por cerrada la incidencia ES-3590'. Decoy: 1.240 displays (dotted thousands).")

@message
def m54():
    n, dt = 254, at("2024-07-26 10:15:55")
    body = """Hoi Sam,

De elektronische schaplabels in Groningen tonen weer prijzen. Het basisstation
was na de firmware-update van 25 juli uit het netwerk gevallen; we hebben het
opnieuw gekoppeld en alle 860 labels zijn bijgewerkt.

Wat ons betreft is het opgelost. Meldnummer 240726-004.

Groetjes,
Femke de Groot
Servicedesk | RSNL B.V.
T +31 88 776 5400
"""
    text = body + "\n________________________________\n" + outlook_quote_hdr(n, "nl", "owa") + "\n" + orig_text(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
           '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">' +
           "<br>".join(esc(l) for l in body.split("\n")) +
           '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
           '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
           outlook_quote_html(n, "nl", "owa") + "</font><div>&nbsp;</div></div>" + orig_html(n) + "</body></html>\n")
    h = std_reply_headers(addr("Femke de Groot", "f.degroot@rsnl.nl"), "RE: " + subj(n), dt,
                          mid_outlook("m54"), irt=mid(n), refs=mid(n), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Content-Language", "nl-NL")]
    return "owa-nl-resolved", h, alt(text, htm, "m54", bstyle="outlook"), E(
        n, "240726-004", "resolved",
        "Outlook on the web nl: 'Wat ons betreft is het opgelost. Meldnummer 240726-004.' Decoys: 860 labels, "
        "25 juli, phone.")

TRAC_BASE = f"<047.{hx('trac3391', 32)}@trac.rsnl.nl>"

def trac_table(status, owner, resolution=""):
    left = [" Reporter:  lvdberg", "     Type:  defect", " Priority:  high", "Component:  POS hardware",
            " Severity:  major"]
    right = [("Owner", owner), ("Status", status), ("Milestone", ""), ("Version", ""),
             ("Resolution", resolution) if resolution else ("Keywords", "")]
    sep = "-" * 37 + "+" + "-" * 37
    rows = [f"{a:<37}|{(k + ':'):>12}  {v}".rstrip() for a, (k, v) in zip(left, right)]
    return "\n".join([sep] + rows + [sep])

@message
def m55():
    n, dt = 227, at("2024-07-27 09:04:28", "utc")
    text = f"""#3391: Till 2 reboots randomly (Rotterdam Lijnbaan)
{trac_table("new", "pvisser")}
 Logged from customer e-mail, ref. STORE-227.

 Store: Rotterdam Lijnbaan. Till 2 reboots at random moments, roughly every
 2-3 hours, also during transactions. Store opens 09:30; visit before then
 if possible.

--
Ticket URL: <https://trac.rsnl.nl/fieldservice/ticket/3391>
RSNL Field Service <https://trac.rsnl.nl/fieldservice>
Field service planning
"""
    h = [("From", addr("RSNL Field Service", "trac@rsnl.nl")), ("To", OUR_ADDR),
         ("Subject", "[RSNL Field Service] #3391: Till 2 reboots randomly (Rotterdam Lijnbaan)"),
         ("Date", rfc_date(dt)), ("Message-ID", TRAC_BASE), ("X-Mailer", "Trac 1.6, by Edgewall Software"),
         ("X-Trac-Version", "1.6"), ("X-Trac-Project", "RSNL Field Service"),
         ("X-URL", "https://trac.rsnl.nl/fieldservice"), ("X-Trac-Ticket-ID", "3391"),
         ("X-Trac-Ticket-URL", "https://trac.rsnl.nl/fieldservice/ticket/3391"),
         ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]
    return "trac-new-ticket", h, leaf("text/plain", text, "base64", "utf-8"), E(
        n, "3391", "acknowledged",
        "Trac new-ticket notification (base64) for a ticket an RSNL agent opened by hand: no threading headers, "
        "subject without our tag; 'ref. STORE-227' only in the description. Title 'Till 2 reboots randomly' "
        "is shared with STORE-257 (Lille): the store name decides. Thread T first mail.")

@message
def m56():
    n, dt = 256, at("2024-07-28 10:00:07")
    s = sent(n)
    zone = "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"
    text = f"""Uw bericht

    Aan: RSNL Support
    Onderwerp: {subj(n)}
    Verzonden: {DAYS['nl'][s.weekday()]} {s.day} {MONTHS['nl'][s.month-1]} {s.year} {s:%H:%M:%S} {zone}

is gelezen op {DAYS['nl'][dt.weekday()]} {dt.day} {MONTHS['nl'][dt.month-1]} {dt.year} {dt:%H:%M:%S} {zone}.
"""
    mdn = f"""Reporting-UA: AM8PR07MB7602.eurprd07.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;ingrid.mulder@rsnl.nl
Original-Message-ID: {mid(n)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    parts = [leaf("text/plain", text, "quoted-printable", "utf-8"),
             raw_leaf(["Content-Type: message/disposition-notification"], mdn)]
    body = multi("report", parts, boundary("m56", "outlook"), params=" report-type=disposition-notification;")
    h = std_reply_headers(addr("Ingrid Mulder", "ingrid.mulder@rsnl.nl"), "Gelezen: " + subj(n), dt,
                          mid_outlook("m56", "AM8PR07MB"), smode="Q")
    h += [("Thread-Topic", ew(subj(n), "Q")), ("Content-Language", "nl-NL")]
    return "outlook-read-receipt-nl", h, body, E(
        None, None, "ignore",
        "Outlook read receipt (MDN, multipart/report disposition-notification) for our STORE-256 mail: "
        "'is gelezen' is not a vendor status.")

@message
def m57():
    n, dt = 206, at("2024-07-29 09:20:31", "utc")
    text = f"""Beste Sam Jansen,

Wij horen graag hoe u de afhandeling van uw verzoek #5512
"{subj(n)}" heeft ervaren.

Het invullen duurt minder dan een minuut:

  Zeer tevreden:  https://rsnl.cloud.invgate.net/survey/answer/5512/{hx('s5', 10)}?r=5
  Tevreden:       https://rsnl.cloud.invgate.net/survey/answer/5512/{hx('s5', 10)}?r=4
  Neutraal:       https://rsnl.cloud.invgate.net/survey/answer/5512/{hx('s5', 10)}?r=3
  Ontevreden:     https://rsnl.cloud.invgate.net/survey/answer/5512/{hx('s5', 10)}?r=2

Alvast bedankt,
RSNL Service Desk

Dit is een automatisch bericht van InvGate Service Management.
"""
    htm = "<html><body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px\">" + html_paras(text) + "</body></html>\n"
    h = std_reply_headers(addr("RSNL Service Desk", "servicedesk@rsnl.nl"), "Hoe hebben we het gedaan? Verzoek #5512",
                          dt, f"<invgate.survey.5512.{hx('m57', 10)}@rsnl.cloud.invgate.net>", smode="Q")
    h += [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
    return "invgate-satisfaction-survey-nl", h, alt(text, htm, "m57"), E(
        None, None, "ignore",
        "InvGate satisfaction survey for request #5512 (STORE-206): asks for a rating, states no status.")

@message
def m58():
    n, dt = 260, at("2024-07-30 11:00:05")
    f1_dt = at("2024-07-04 16:48:37")
    f1_id = mid_gmail("m11")
    body = """Hola Sam:

El reciclador de Preciados ya funciona con normalidad. Ayer sustituimos el
módulo de reciclaje de billetes (pieza 7104-220-0019) y el error E17 no ha
vuelto a aparecer en 24 horas de uso.

Damos la incidencia ES-3318 por resuelta; si en 48 horas no hay novedades, la
cerraremos.

Un saludo,
Lucía
"""
    f1_body = """Hola Sam:

Hemos recibido la incidencia del reciclador de efectivo de Preciados y la hemos
registrado con el número ES-3318. El error E17 suele indicar un atasco en el módulo
de billetes; mañana a primera hora un técnico se conectará en remoto para revisar
el registro del equipo.

Un saludo,
"""
    a1 = gmail_attr(n, "es", who="Lucía Martín <lucia.martin@rsnl.nl>", dt=f1_dt)
    a0 = gmail_attr(n, "es")
    text = body + "\n" + a1 + "\n\n" + quote(f1_body + "\n" + a0 + "\n\n" + quote(orig_text(n)))
    inner = gmail_html(f1_body, a0, orig_html(n)).replace("\n", "")
    htm = gmail_html(body, a1, inner)
    h = std_reply_headers(addr("Lucía Martín", "lucia.martin@rsnl.nl"), "Re: " + subj(n), dt, mid_gmail("m58"),
                          irt=f1_id, refs=f"{mid(n)} {f1_id}", smode="B")
    return "gmail-es-resolved", h, alt(text, htm, "m58", bstyle="gmail"), E(
        n, "ES-3318", "resolved",
        "Gmail es follow-up to her own receipt (mail 11, thread F): 'Damos la incidencia ES-3318 por resuelta', "
        "will close in 48 h (so resolved, not closed). The quoted receipt says 'Hemos recibido'. Decoys: part "
        "7104-220-0019, E17, 24/48 horas.")

@message
def m59():
    n, dt = 227, at("2024-08-01 10:00:50", "utc")
    text = f"""#3391: Till 2 reboots randomly (Rotterdam Lijnbaan)
{trac_table("closed", "pvisser", "fixed")}

Changes (by pvisser):

 * status:  assigned => closed
 * resolution:   => fixed


Comment:

 Replaced the power supply of till 2 (old unit s/n PS-27-0090127 showed
 ripple on the 12 V rail). The store ran the till for three days without a
 single reboot. Closing.

--
Ticket URL: <https://trac.rsnl.nl/fieldservice/ticket/3391#comment:4>
RSNL Field Service <https://trac.rsnl.nl/fieldservice>
Field service planning
"""
    h = [("From", addr("RSNL Field Service", "trac@rsnl.nl")), ("To", OUR_ADDR),
         ("Subject", "Re: [RSNL Field Service] #3391: Till 2 reboots randomly (Rotterdam Lijnbaan)"),
         ("Date", rfc_date(dt)), ("Message-ID", f"<062.{hx('trac3391-c4', 32)}@trac.rsnl.nl>"),
         ("In-Reply-To", TRAC_BASE), ("References", TRAC_BASE), ("X-Mailer", "Trac 1.6, by Edgewall Software"),
         ("X-Trac-Version", "1.6"), ("X-Trac-Project", "RSNL Field Service"),
         ("X-URL", "https://trac.rsnl.nl/fieldservice"), ("X-Trac-Ticket-ID", "3391"),
         ("X-Trac-Ticket-URL", "https://trac.rsnl.nl/fieldservice/ticket/3391"),
         ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]
    return "trac-ticket-closed-fixed", h, leaf("text/plain", text, "base64", "utf-8"), E(
        n, "3391", "closed",
        "Trac change mail: status assigned => closed, resolution fixed. In-Reply-To/References point at the Trac "
        "mail 55 only; no StoreDesk tag (thread T). Decoys: comment:4, s/n PS-27-0090127, 12 V.")

@message
def m60():
    n, dt = 201, at("2024-08-02 16:00:26", "utc")
    text = """Hi Sam Jansen,

Your ticket #3307 has been closed.

Resolution: the BIOS of till 3 was updated to 1.24 and the boot order reset;
the till has started normally every morning since 29 July.

Closed on:   02 Aug 2024 14:00 (UTC)
Closed by:   Priya Raman

If you need further help with this issue, reply to this email within 7 days
and the ticket will be reopened. After that, please create a new ticket.

How would you rate the support you received?
Good: https://support.rsnl.nl/portal/csat/3307?r=good
Bad:  https://support.rsnl.nl/portal/csat/3307?r=bad

Regards,
RSNL Support
"""
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,'
           'sans-serif;font-size:14px;color:#1f2937"><div style="max-width:600px;margin:0 auto;border:1px solid '
           '#e5e7eb;border-radius:6px;padding:24px">' + html_paras(text) +
           '<p style="font-size:12px;color:#9ca3af">Powered by Desk365</p></div></body></html>\n')
    h = std_reply_headers(RSNL, "Ticket #3307 has been closed", dt, f"<desk365.{hx('m60', 24)}@rsnl.desk365.io>")
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return "desk365-ticket-closed", h, alt(text, htm, "m60"), E(
        n, "3307", "closed",
        "Desk365 'ticket closed' with a rating prompt. No threading headers, no title or store: only #3307 (from "
        "mail 01, thread K) ties it to STORE-201. Decoys: BIOS 1.24, 29 July, 7 days.")

# ================================================================ main
def check(name, data, exp):
    import email
    from email import policy
    assert b"\n" not in data.replace(b"\r\n", b""), f"{name}: bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), f"{name}: bare CR"
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, f"{name}: line too long"
    head = data.split(b"\r\n\r\n", 1)[0]
    assert all(b < 128 for b in head), f"{name}: non-ASCII header"
    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.get_content_maintype() != "multipart":
            part.get_content()
        assert not part.defects, f"{name}: defects {part.defects}"
    return msg

def main():
    out = []
    seen_ids, last = set(), None
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    for i, fn in enumerate(MSGS, 1):
        slug, headers, body, exp = fn()
        name = f"{i:02d}-{slug}.eml"
        data = build(headers, body)
        msg = check(name, data, exp)
        dt = parsedate_to_datetime(msg["Date"])
        assert last is None or dt > last, f"{name}: Date not after previous"
        last = dt
        m = msg["Message-ID"]
        assert m not in seen_ids, f"{name}: duplicate Message-ID"
        seen_ids.add(m)
        refs = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
        for ref in re.findall(r"STORE-(\d+)", str(msg["Subject"]) + refs) + re.findall(r"issue-(\d+)\.", refs):
            assert dt > sent(int(ref)), f"{name}: dated before STORE-{ref} was sent"
        if exp["issue_ref"]:
            assert dt > sent(int(exp["issue_ref"][6:])), f"{name}: dated before its issue"
        (HERE / name).write_bytes(data)
        out.append({"file": name, **exp})
    assert len(out) == 60, len(out)
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} messages")

if __name__ == "__main__":
    main()
