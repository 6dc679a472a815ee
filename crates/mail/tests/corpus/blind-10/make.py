#!/usr/bin/env python3
"""Writes the blind10 held-out set: 60 mails arriving in helpdesk@ops.storedesk.example
(NN-product-what.eml) and expected.jsonl, then checks them.

Standard library only, deterministic.  Run:  python3 make.py
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import pathlib
import quopri
import re
import sys
import textwrap
import uuid

ROOT = pathlib.Path(__file__).resolve().parent
INPUT = ROOT / "input"
ISSUES = {x["issue_ref"]: x for x in json.loads((INPUT / "issues.json").read_text(encoding="utf-8"))}

OUR_ADDR = "helpdesk@ops.storedesk.example"
OUR = ("StoreDesk", OUR_ADDR)
RSNL_SUPPORT = ("RSNL Support", "support@rsnl.nl")

CEST = dt.timezone(dt.timedelta(hours=2))
WEST = dt.timezone(dt.timedelta(hours=1))   # Portugal summer time
BST = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc
BRT = dt.timezone(dt.timedelta(hours=-3))
EDT = dt.timezone(dt.timedelta(hours=-4))
CRLF = "\r\n"


# ----------------------------------------------------------------------------- helpers

def D(s):
    """dedent a triple-quoted block (by the indent of its first line, so that
    interpolated multi-line values are left alone) and drop the first newline"""
    s = s.lstrip("\n")
    first = next((ln for ln in s.split("\n") if ln.strip()), "")
    k = len(first) - len(first.lstrip(" "))
    pad = " " * k
    return "\n".join(ln[k:] if ln.startswith(pad) else ln.lstrip(" ") if not ln.strip() else ln
                     for ln in s.split("\n"))


def hx(seed, n=16):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def uid(seed):
    return str(uuid.UUID(hx(seed, 32)))


def b64seed(seed, nbytes, prefix=b""):
    raw = prefix + hashlib.sha256(seed.encode()).digest() * 3
    return base64.b64encode(raw[:nbytes]).decode()


def iss(n):
    return ISSUES[f"STORE-{n}"]


def title(n):
    return iss(n)["title"]


def store(n):
    return iss(n)["store"]


def osubj(n):
    return iss(n)["subject"]


def omid(n):
    return iss(n)["message_id"]


def sent_dt(n):
    return email.utils.parsedate_to_datetime(iss(n)["sent"])


def obody(n):
    return f"Store: {store(n)}\nPriority: high\nReported by: Sam Jansen\n\n{title(n)}.\n"


def at(y, mo, d, h, mi, s, tz=CEST):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfcdate(d, style="std"):
    """RFC 5322 date; 'std' = 'Mon, 01 Jul 2024 ...', 'short' = 'Mon, 1 Jul 2024 ...'"""
    s = email.utils.format_datetime(d)
    if style == "short":
        s = re.sub(r"^(\w\w\w), 0(\d)", r"\1, \2", s)
    return s


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, mode="b", charset="utf-8", first=0):
    """RFC 2047 encoded words, folded; 'first' = length already used on the first line"""
    if is_ascii(s):
        return s
    words = []
    if mode == "b":
        # split on characters so that each encoded word stays < 76 chars
        cur = ""
        for ch in s:
            test = cur + ch
            if len(base64.b64encode(test.encode(charset))) > 44:
                words.append(cur)
                cur = ch
            else:
                cur = test
        if cur:
            words.append(cur)
        enc = [f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words]
    else:
        cur = ""
        enc = []
        for ch in s:
            b = ch.encode(charset)
            if ch == " ":
                t = "_"
            elif re.match(r"[A-Za-z0-9!*+\-/]", ch):
                t = ch
            else:
                t = "".join(f"={x:02X}" for x in b)
            if len(cur) + len(t) > 45:
                enc.append(f"=?{charset}?Q?{cur}?=")
                cur = t
            else:
                cur += t
        if cur:
            enc.append(f"=?{charset}?Q?{cur}?=")
    return (CRLF + " ").join(enc)


def ew_min(s, mode="q", charset="utf-8", name_len=9):
    """encode only the non-ASCII words (as Apple Mail / Thunderbird do); fold at spaces"""
    words = s.split(" ")
    tokens = []
    run = []
    for w in words:
        if is_ascii(w):
            if run:
                tokens.append(("enc", " ".join(run)))
                run = []
            tokens.append(("txt", w))
        else:
            run.append(w)
    if run:
        tokens.append(("enc", " ".join(run)))
    parts = []
    for kind, t in tokens:
        if kind == "txt":
            parts.append(t)
        else:
            parts.extend(ew(t, mode[-1], charset).split(CRLF + " "))
    lines = []
    cur = ""
    limit = 76 - name_len
    for p in parts:
        if cur and len(cur) + 1 + len(p) > limit:
            lines.append(cur)
            cur = p
            limit = 76
        else:
            cur = (cur + " " + p) if cur else p
    lines.append(cur)
    return (CRLF + " ").join(lines)


def subj(s, mode="b", charset="utf-8"):
    if mode in ("minq", "minb"):
        return ew_min(s, mode, charset)
    return ew(s, mode, charset)


def addr(name, a, mode="q"):
    if not name:
        return a
    if not is_ascii(name):
        return f"{ew(name, mode)} <{a}>"
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        q = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{q}" <{a}>'
    return f"{name} <{a}>"


def addrs(*pairs, mode="q"):
    return ", ".join(addr(n, a, mode) for n, a in pairs)


def refs(*ids):
    ids = [i for i in ids if i]
    return (CRLF + " ").join(ids)


def mid(local, domain):
    return f"<{local}@{domain}>"


# ----------------------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes, CRLF line endings

    def to_bytes(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}".encode("ascii") + b"\r\n"
        return out + b"\r\n" + self.body


def _crlf_bytes(text, charset):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)


def _wrap76(s):
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        raw = text.encode(charset)
        q = quopri.encodestring(raw)
        return q.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        return _wrap76(base64.b64encode(_crlf_bytes(text, charset)).decode()).encode("ascii")
    if cte in ("7bit", "8bit"):
        return _crlf_bytes(text, charset)
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=(),
         disposition=None, ctype_charset_quoted=False, charset_label=None):
    label = charset_label or charset
    cs = f'"{label}"' if ctype_charset_quoted else label
    h = [("Content-Type", f"text/{subtype}; charset={cs}{params}")]
    h.append(("Content-Transfer-Encoding", cte))
    if disposition:
        h.append(("Content-Disposition", disposition))
    h.extend(extra)
    return Part(h, encode_body(body, charset, cte))


def binary(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{disposition}; filename="{filename}"'),
         ("Content-Transfer-Encoding", cte)]
    h.extend(extra)
    return Part(h, _wrap76(base64.b64encode(data).decode()).encode("ascii"))


def multipart(subtype, parts, boundary, params="", extra=(), preamble=None):
    h = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')]
    h.extend(extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.to_bytes()
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        body += b"\r\n"
    # the CRLF before the delimiter belongs to the delimiter
    body = body[:-2] + b"\r\n--" + boundary.encode() + b"--\r\n"
    return Part(h, body)


def message(headers, root, mime_version="1.0"):
    """headers: top-level list (name, value) without MIME headers; root: Part"""
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}".encode("ascii") + b"\r\n"
    out += f"MIME-Version: {mime_version}".encode("ascii") + b"\r\n"
    return out + root.to_bytes()


def alt(plain, html_, boundary, charset="utf-8", cte_plain="quoted-printable", cte_html="quoted-printable",
        plain_params="", html_extra=(), quoted=False, charset_label=None):
    return multipart("alternative", [
        text(plain, "plain", charset, cte_plain, plain_params, ctype_charset_quoted=quoted, charset_label=charset_label),
        text(html_, "html", charset, cte_html, ctype_charset_quoted=quoted, charset_label=charset_label, extra=html_extra),
    ], boundary)


def esc(s):
    return html.escape(s, quote=False)


def nl2br(s):
    return "<br>\n".join(esc(x) for x in s.rstrip("\n").split("\n"))


def paras_html(s, tag="p", attrs=""):
    blocks = [b for b in s.strip("\n").split("\n\n")]
    return "\n".join(f"<{tag}{attrs}>{nl2br(b)}</{tag}>" for b in blocks)


def quote_gt(s):
    return "\n".join(("> " + x) if x else ">" for x in s.rstrip("\n").split("\n")) + "\n"


def fake_pdf(title_text, lines):
    """a tiny but well-formed PDF"""
    content = "BT /F1 11 Tf 50 800 Td (" + title_text.replace("(", "[").replace(")", "]") + ") Tj ET\n"
    y = 780
    for ln in lines:
        ln = ln.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
        content += f"BT /F1 9 Tf 50 {y} Td ({ln}) Tj ET\n"
        y -= 14
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


# ----------------------------------------------------------------------------- localised dates

DAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}


def loc(d, tz=CEST):
    return d.astimezone(tz)


def outlook_sent(d, lang, tz=CEST):
    d = loc(d, tz)
    w, m = DAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    if lang == "nl":
        return f"{w} {d.day} {m} {d.year} {d:%H:%M}"
    if lang == "de":
        return f"{w}, {d.day}. {m} {d.year} {d:%H:%M}"
    if lang == "fr":
        return f"{w} {d.day} {m} {d.year} {d:%H:%M}"
    if lang == "es":
        return f"{w}, {d.day} de {m} de {d.year} {d.hour}:{d:%M}"
    if lang == "en":
        return f"{w}, {d.day} {m} {d.year} {d:%H:%M}"
    raise ValueError(lang)


OUTLOOK_LABELS = {
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado", "Para", "CC", "Asunto"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
}


# ----------------------------------------------------------------------------- client styles

MS_DOMAINS = {"rsnl": "EUR03", "de": "EUR04", "fr": "PAR"}


def ms_mid(seed, region="AM9PR08MB"):
    box = region + str(6000 + int(hx(seed + "box", 4), 16) % 3000)
    return f"<{box}{HX(seed, 24)}{HX(seed + 'b', 8)}@{box}.eurprd08.prod.outlook.com>"


def thread_index(seed, replies=0):
    return b64seed(seed, 22 + 5 * replies, prefix=b"\x01\x01\xda")


def exo_headers(seed, d):
    """a few of the Exchange Online headers an external recipient sees"""
    return [
        ("X-MS-Exchange-Organization-SCL", None),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", uid(seed + "netmsg")),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", d.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + f"{int(hx(seed,3),16)%1000:03d}0 (UTC)"),
        ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", uid("rsnl-tenant")),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "AS8PR08MB" + str(7000 + int(hx(seed, 3), 16) % 900)),
    ]


def outlook_html_reply(lang, reply_html, sig_html, q_from, q_sent, q_to, q_subject, q_body, q_cc=None,
                       body_lang="NL", extra_quote_html="", owa=False, font="Aptos"):
    L = OUTLOOK_LABELS[lang]
    cc_line = f"<br>\n<b>{L[3]}:</b> {esc(q_cc)}" if q_cc else ""
    if owa:
        return D(f"""
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
        </head>
        <body dir="ltr">
        <div class="elementToProof" style="font-family: {font}, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
        {reply_html}
        </div>
        <div class="elementToProof" style="font-family: {font}, Calibri, Helvetica, sans-serif; font-size: 11pt;">
        {sig_html}
        </div>
        <div id="appendonsend"></div>
        <hr style="display:inline-block;width:98%" tabindex="-1">
        <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>{L[0]}:</b> {esc(q_from)}<br>
        <b>{L[1]}:</b> {esc(q_sent)}<br>
        <b>{L[2]}:</b> {esc(q_to)}{cc_line}<br>
        <b>{L[4]}:</b> {esc(q_subject)}</font>
        <div>&nbsp;</div>
        </div>
        <div>{extra_quote_html or nl2br(q_body)}</div>
        </body>
        </html>
        """)
    return D(f"""
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
    /* Font Definitions */
    @font-face
    	{{font-family:"Cambria Math";
    	panose-1:2 4 5 3 5 4 6 3 2 4;}}
    @font-face
    	{{font-family:{font};}}
    /* Style Definitions */
    p.MsoNormal, li.MsoNormal, div.MsoNormal
    	{{margin:0cm;
    	font-size:11.0pt;
    	font-family:"{font}",sans-serif;
    	mso-ligatures:standardcontextual;}}
    a:link, span.MsoHyperlink
    	{{mso-style-priority:99;
    	color:#467886;
    	text-decoration:underline;}}
    span.EmailStyle19
    	{{mso-style-type:personal-reply;
    	font-family:"{font}",sans-serif;
    	color:windowtext;}}
    .MsoChpDefault
    	{{mso-style-type:export-only;
    	font-size:10.0pt;
    	mso-ligatures:none;}}
    @page WordSection1
    	{{size:612.0pt 792.0pt;
    	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
    div.WordSection1
    	{{page:WordSection1;}}
    --></style>
    </head>
    <body lang="{body_lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
    <div class="WordSection1">
    {reply_html}
    {sig_html}
    <div id="mail-editor-reference-message-container">
    <div>
    <div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">
    <p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">{L[0]}: </span></b><span style="font-size:12.0pt;color:black">{esc(q_from)}<br>
    <b>{L[1]}: </b>{esc(q_sent)}<br>
    <b>{L[2]}: </b>{esc(q_to)}{cc_line}<br>
    <b>{L[4]}: </b>{esc(q_subject)}<o:p></o:p></span></p>
    </div>
    {extra_quote_html or '<p class="MsoNormal">' + nl2br(q_body) + '<o:p></o:p></p>'}
    </div>
    </div>
    </div>
    </body>
    </html>
    """)


def mso_paras(s):
    out = []
    for block in s.strip("\n").split("\n\n"):
        out.append('<p class="MsoNormal">' + nl2br(block) + "<o:p></o:p></p>")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook_plain_quote(lang, q_from, q_sent, q_to, q_subject, q_body, q_cc=None, sep="_" * 32):
    L = OUTLOOK_LABELS[lang]
    out = ""
    if sep:
        out += sep + "\n"
    out += f"{L[0]}: {q_from}\n{L[1]}: {q_sent}\n{L[2]}: {q_to}\n"
    if q_cc:
        out += f"{L[3]}: {q_cc}\n"
    out += f"{L[4]}: {q_subject}\n\n{q_body}"
    return out


def our_from_str():
    return "StoreDesk <helpdesk@ops.storedesk.example>"


def rsnl_support_str():
    return "RSNL Support <support@rsnl.nl>"


# ============================================================================= the mails

MSGS = []


def reg(slug, date, issue, vid, event, product, lang, note):
    def deco(fn):
        MSGS.append(dict(slug=slug, date=date, issue=issue, vid=vid, event=event,
                         product=product, lang=lang, note=note, fn=fn))
        return fn
    return deco


# Message-IDs that later mails refer to
MID_TS_201_ACK = mid(uid("ts-201-ack"), "teamsupport.com")
MID_ESPO_203 = mid(hx("espo-203", 17) + ".espo", "crm.rsnl.nl")
MID_OCT_209 = mid("Octopus." + HX("oct-209", 12) + ".24517", "fr.rsnl.nl")
MID_ARANDA_212 = mid(uid("aranda-212"), "mesadeayuda.es.rsnl.nl")
MID_SIEBEL_218 = mid("1-88412073." + hx("siebel-218", 10), "siebel.rsnl.nl")
MID_ACMP_223 = mid("ACMP-" + HX("acmp-223", 10), "helpdesk.de.rsnl.nl")
MID_MOVI_210_ACK = mid(uid("movi-210-ack"), "movidesk.com")
MID_MOVI_210_UPD = mid(uid("movi-210-upd"), "movidesk.com")


# ---------------------------------------------------------------- 201 TeamSupport: acknowledgement
@reg("teamsupport-ack", at(2024, 7, 1, 9, 2, 41), 201, "51736", "acknowledged", "TeamSupport", "en",
     "TeamSupport auto-reply, multipart/alternative; TeamSupport puts its ticket number in brackets in front of our subject; threaded on our Message-ID")
def m_ts_201_ack(m):
    n = 201
    s = f"[51736] {osubj(n)}"
    plain = D(f"""
    Thank you for contacting RSNL Support.

    We have received your request and created ticket 51736 for it. One of our
    support engineers will get back to you shortly.

    Please keep the ticket number in brackets ([51736]) in the subject line when
    you reply to this email, so that your reply is added to the correct ticket.

    Ticket Number: 51736
    Ticket Name: {osubj(n)}
    Ticket Type: Incident
    Status: New
    Severity: High
    Group: Retail Service Desk NL
    Customer: StoreDesk Retail B.V.

    View this ticket in our Customer Hub:
    https://rsnl.teamsupport.com/ticket/51736

    Kind regards,

    RSNL Support
    support@rsnl.nl | +31 88 776 5400
    """)
    html_ = D(f"""
    <!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #333333;">
    <div style="color:#999999;font-size:11px;">[Please reply above this line]</div>
    <table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-top:3px solid #0a5c8a;">
    <tr><td style="padding:16px 0;">
    <p>Thank you for contacting RSNL Support.</p>
    <p>We have received your request and created ticket <b>51736</b> for it. One of our support engineers will get back to you shortly.</p>
    <p>Please keep the ticket number in brackets ([51736]) in the subject line when you reply to this email, so that your reply is added to the correct ticket.</p>
    <table cellpadding="4" cellspacing="0" border="0" style="font-size:13px;">
    <tr><td style="color:#777777;">Ticket Number:</td><td>51736</td></tr>
    <tr><td style="color:#777777;">Ticket Name:</td><td>{esc(osubj(n))}</td></tr>
    <tr><td style="color:#777777;">Ticket Type:</td><td>Incident</td></tr>
    <tr><td style="color:#777777;">Status:</td><td>New</td></tr>
    <tr><td style="color:#777777;">Severity:</td><td>High</td></tr>
    <tr><td style="color:#777777;">Group:</td><td>Retail Service Desk NL</td></tr>
    <tr><td style="color:#777777;">Customer:</td><td>StoreDesk Retail B.V.</td></tr>
    </table>
    <p><a href="https://rsnl.teamsupport.com/ticket/51736">View this ticket in our Customer Hub</a></p>
    <p>Kind regards,<br><br>RSNL Support<br>support@rsnl.nl | +31 88 776 5400</p>
    </td></tr></table>
    </body></html>
    """)
    h = [
        ("Return-Path", "<bounces+rsnl@mail.teamsupport.com>"),
        ("From", addr(*RSNL_SUPPORT)),
        ("Reply-To", addr(*RSNL_SUPPORT)),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_TS_201_ACK),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", "TeamSupport"),
    ]
    return message(h, alt(plain, html_, "ts_" + hx("b201a", 24)))


# ---------------------------------------------------------------- 201 Outlook desktop NL: visit planned
@reg("outlook-nl-visit-planned", at(2024, 7, 2, 10, 14, 9), 201, "51736", "update", "Outlook 365 desktop (Windows)", "nl",
     "human top-posted reply to the TeamSupport ack; plan for a visit; mentions another RSNL ticket number (51702) for a different till, and phone numbers")
def m_outlook_201(m):
    n = 201
    ack_subject = f"[51736] {osubj(n)}"
    s = f"RE: {ack_subject}"
    reply = D("""
    Hoi Sam,

    Ik heb de logs van kassa 3 bekeken: de kassa blijft hangen op het BIOS-scherm, dus het lijkt op de SSD en niet op de software. We hebben een monteur ingepland voor donderdag 4 juli tussen 08:00 en 10:00, vóór opening. Hij neemt een nieuwe SSD met de standaard image mee.

    Kan iemand van de winkel hem binnenlaten via de personeelsingang aan de IJ-zijde? Als dat niet lukt, graag even bellen naar de planning op 088 776 5401.

    Let op: de melding over kassa 2 in Amsterdam (ticket 51702) staat hier los van, die loopt nog via mijn collega Jeroen.
    """)
    sig = D("""
    Met vriendelijke groet,

    Marco de Vries
    Field Service Planner | RSNL B.V.
    Hoofdweg 12 | 3821 BR Amersfoort
    T +31 88 776 5400 | M +31 6 4120 7788
    www.rsnl.nl
    """)
    disclaimer = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, "
                  "wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.")
    ack_plain = D(f"""
    Thank you for contacting RSNL Support.

    We have received your request and created ticket 51736 for it. One of our support engineers will get back to you shortly.

    Ticket Number: 51736
    Ticket Name: {osubj(n)}
    Status: New
    Severity: High
    """)
    ack_dt = at(2024, 7, 1, 9, 2, 41)
    q_from = "RSNL Support <support@rsnl.nl>"
    q_to = "StoreDesk <helpdesk@ops.storedesk.example>"
    plain = reply + "\n" + sig + "\n" + disclaimer + "\n\n" + outlook_plain_quote(
        "nl", q_from, outlook_sent(ack_dt, "nl"), q_to, ack_subject, ack_plain)
    html_ = outlook_html_reply(
        "nl", mso_paras(reply), mso_paras(sig) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">' + esc(disclaimer) + "</span><o:p></o:p></p>",
        q_from, outlook_sent(ack_dt, "nl"), q_to, ack_subject, ack_plain)
    d = m["date"]
    h = [
        ("From", addr("Marco de Vries", "marco.devries@rsnl.nl")),
        ("To", addr(*OUR)),
        ("CC", addr(*RSNL_SUPPORT)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(ack_subject, "b")),
        ("Thread-Index", thread_index("ti201", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("o201")),
        ("References", refs(omid(n), MID_TS_201_ACK)),
        ("In-Reply-To", MID_TS_201_ACK),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
    ] + exo_headers("o201", d)
    return message(h, alt(plain, html_, "_000_" + HX("o201b", 20) + "_"))


# ---------------------------------------------------------------- 202 SmarterTrack: acknowledgement
@reg("smartertrack-ack", at(2024, 7, 2, 9, 0, 58), 202, "KPV-418-20931", "acknowledged", "SmarterTrack", "en",
     "SmarterTrack department autoresponder, HTML-only; SmarterTrack style ticket number LLL-NNN-NNNNN; subject rewritten by the helpdesk (our tag only after the ticket number)")
def m_st_202_ack(m):
    n = 202
    s = f"Ticket Received: KPV-418-20931 - {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family: Segoe UI, Tahoma, Arial, sans-serif; font-size: 10pt;">
    <p>Hello,</p>
    <p>Thank you for contacting the RSNL Helpdesk. This is an automated response to let you know that we have received your message and created a ticket for it.</p>
    <table border="0" cellpadding="2" cellspacing="0" style="font-size:10pt;">
    <tr><td><b>Ticket Number:</b></td><td>KPV-418-20931</td></tr>
    <tr><td><b>Department:</b></td><td>Service Desk Netherlands</td></tr>
    <tr><td><b>Subject:</b></td><td>{esc(osubj(n))}</td></tr>
    <tr><td><b>Received:</b></td><td>7/2/2024 9:00 AM</td></tr>
    </table>
    <p>An agent will respond to your ticket as soon as possible. Our service desk is staffed Monday to Friday from 08:00 to 18:00 (CET). For outages affecting payments outside these hours please call +31 88 776 5499.</p>
    <p>To add information to this ticket, simply reply to this email and keep the ticket number in the subject line. You can also review your ticket in the customer portal:<br>
    <a href="https://helpdesk.rsnl.nl/Main/frmTickets.aspx?ticket=KPV-418-20931">https://helpdesk.rsnl.nl/Main/frmTickets.aspx?ticket=KPV-418-20931</a></p>
    <p>Regards,<br>RSNL Helpdesk</p>
    <p style="color:#808080;font-size:8pt;">Powered by SmarterTrack</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Helpdesk", "helpdesk@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("ST." + HX("st202a", 20), "helpdesk.rsnl.nl")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
        ("X-Mailer", "SmarterTrack 100.0.8803"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 230 IFS Cloud FSM: visit planned (NL)
@reg("ifs-fsm-visit-planned", at(2024, 7, 3, 8, 40, 17), 230, "104877", "update", "IFS Cloud Field Service Management", "nl",
     "field-service visit notification, HTML-only, no threading headers and a new subject; issue found via 'Uw referentie: STORE-230' plus title and store; decoy contract/asset/phone numbers")
def m_ifs_230(m):
    n = 230
    s = f"Bezoek ingepland - werkorder 104877 - {store(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>Bezoek ingepland</title></head>
    <body style="margin:0;padding:0;background:#f2f2f2;">
    <table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">
    <table width="600" cellpadding="24" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
    <tr><td style="background:#003a5d;color:#ffffff;font-size:18px;">RSNL Field Service</td></tr>
    <tr><td>
    <p>Geachte heer/mevrouw,</p>
    <p>Voor uw serviceaanvraag is een bezoek van een servicemonteur ingepland. Hieronder vindt u de gegevens.</p>
    <table cellpadding="5" cellspacing="0" style="font-size:14px;border-collapse:collapse;">
    <tr><td style="color:#666;">Werkorder</td><td><b>104877</b></td></tr>
    <tr><td style="color:#666;">Uw referentie</td><td>STORE-230</td></tr>
    <tr><td style="color:#666;">Omschrijving</td><td>{esc(title(n))}</td></tr>
    <tr><td style="color:#666;">Locatie</td><td>StoreDesk {esc(store(n))}, Herestraat 44, 9711 LL Groningen</td></tr>
    <tr><td style="color:#666;">Object</td><td>Cash recycler CR-GRN-02 (serienr. 7731K09442)</td></tr>
    <tr><td style="color:#666;">Contract</td><td>C-2019-0412 (Full Service, 4 uur responstijd)</td></tr>
    <tr><td style="color:#666;">Datum bezoek</td><td>donderdag 4 juli 2024</td></tr>
    <tr><td style="color:#666;">Tijdvenster</td><td>08:00 - 12:00</td></tr>
    <tr><td style="color:#666;">Monteur</td><td>Bas Hendriks</td></tr>
    </table>
    <p>De monteur neemt een nieuwe biljettenmodule mee. Zorg er a.u.b. voor dat de recycler op het afgesproken tijdstip leeg en bereikbaar is.</p>
    <p>Past dit tijdstip niet? Neem dan uiterlijk 24 uur van tevoren contact op met onze planning via 088 776 5401 of antwoord op deze e-mail.</p>
    <p>Met vriendelijke groet,<br>RSNL Field Service Planning</p>
    </td></tr>
    <tr><td style="font-size:11px;color:#888;">Deze e-mail is automatisch verzonden door IFS Cloud. RSNL B.V. | KvK 31045678 | Hoofdweg 12, 3821 BR Amersfoort</td></tr>
    </table></td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Field Service", "fieldservice@rsnl.nl")),
        ("Reply-To", addr("RSNL Planning", "planning@rsnl.nl")),
        ("To", addr("Sam Jansen", OUR_ADDR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("IFS." + hx("ifs230", 24), "fsm.rsnl.nl")),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "DR, OOF, AutoReply"),
    ]
    return message(h, text(html_, "html", "utf-8", "base64"))


# ---------------------------------------------------------------- 203 EspoCRM: case created
@reg("espocrm-case-created", at(2024, 7, 3, 9, 3, 30), 203, "1187", "acknowledged", "EspoCRM (email-to-case auto-reply)", "en",
     "EspoCRM case auto-reply, HTML-only; portal link carries the 17-hex internal record id, not the case number")
def m_espo_203(m):
    n = 203
    s = f"Case #1187 has been created: {osubj(n)}"
    rec = hx("espo-rec-203", 17)
    html_ = D(f"""
    <p>Dear StoreDesk,</p>
    <p>Thank you for contacting RSNL Customer Care. Your message has been registered as case <b>#1187</b>.</p>
    <p><b>Case:</b> {esc(osubj(n))}<br>
    <b>Status:</b> New<br>
    <b>Priority:</b> High<br>
    <b>Account:</b> StoreDesk Retail B.V.</p>
    <p>A member of our team will contact you as soon as possible. If you want to add information, just reply to this email and please do not change the subject.</p>
    <p>You can also follow the case in our customer portal: <a href="https://crm.rsnl.nl/portal/#Case/view/{rec}">https://crm.rsnl.nl/portal/#Case/view/{rec}</a></p>
    <p>Best regards,<br>RSNL Customer Care</p>
    """)
    h = [
        ("Date", rfcdate(m["date"])),
        ("Subject", subj(s)),
        ("From", addr("RSNL Customer Care", "care@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Message-ID", MID_ESPO_203),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- TRAP: read receipt (MDN) for STORE-259
@reg("outlook-de-read-receipt", at(2024, 7, 3, 10, 12, 5), None, None, "ignore", "Outlook 365 read receipt (MDN)", "de",
     "trap: multipart/report disposition-notification 'Gelesen:' with our tag and our Message-ID; a read receipt is no event")
def m_mdn_259(m):
    n = 259
    s = f"Gelesen: {osubj(n)}"
    human = D(f"""
    Ihre Nachricht

      An: RSNL Support
      Betreff: {osubj(n)}
      Gesendet: Mittwoch, 3. Juli 2024 09:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

     wurde am Mittwoch, 3. Juli 2024 10:12:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
    """)
    mdn = D(f"""
    Reporting-UA: AS8PR08MB7421.eurprd08.prod.outlook.com; Microsoft Exchange Server
    Final-Recipient: rfc822;stefan.krueger@de.rsnl.nl
    Original-Message-ID: {omid(n)}
    Disposition: manual-action/MDN-sent-manually; displayed
    """)
    report = multipart("report", [
        text(human, "plain", "utf-8", "quoted-printable"),
        Part([("Content-Type", "message/disposition-notification")], _crlf_bytes(mdn, "ascii")),
    ], "_002_" + HX("mdn259", 20) + "_", params="; report-type=disposition-notification")
    d = m["date"]
    h = [
        ("From", addr("Stefan Krüger", "stefan.krueger@de.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(osubj(n), "b")),
        ("Thread-Index", thread_index("mdn259", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("mdn259", "AS8PR08MB")),
        ("References", omid(n)),
        ("In-Reply-To", omid(n)),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Auto-Response-Suppress", "All"),
    ] + exo_headers("mdn259", d)
    return message(h, report)


# ---------------------------------------------------------------- 203 Gmail EN: questions (bottom-posted)
@reg("gmail-en-questions", at(2024, 7, 3, 14, 26, 3), 203, "1187", "update", "Gmail (Google Workspace web)", "en",
     "human reply to the EspoCRM auto-reply, asks questions; firmware/serial/phone decoy numbers; quoted text with '>'")
def m_gmail_203(m):
    n = 203
    ack_subject = f"Case #1187 has been created: {osubj(n)}"
    s = f"Re: {ack_subject}"
    body = D("""
    Hi Sam,

    I've picked up this case. Before I send an engineer to Rotterdam, a few
    questions:

    1. Is it the fixed scanner in till 1/2 (Datalogic Magellan 3450VSi) or one
       of the handhelds?
    2. Does it fail on all barcodes, or only on the new shelf labels? The 2D
       codes from the July price update don't read on scanners with firmware
       older than 610-0045, which would explain it.
    3. Could you send me the serial number from the sticker underneath
       (starts with G23...)?

    A photo of the status LED would help too. If it is the firmware, we can
    push the update remotely tonight and nobody needs to go on site.

    Cheers,
    Tom
    """)
    sig = D("""
    --
    Tom Baxter
    Field Support Engineer | RSNL B.V.
    +31 88 776 5400 (service desk) | +31 6 2871 4409
    """)
    ack_txt = D(f"""
    Dear StoreDesk,

    Thank you for contacting RSNL Customer Care. Your message has been registered as case #1187.

    Case: {osubj(n)}
    Status: New
    Priority: High
    Account: StoreDesk Retail B.V.

    A member of our team will contact you as soon as possible. If you want to add information, just reply to this email and please do not change the subject.

    Best regards,
    RSNL Customer Care
    """)
    qline = "On Wed, 3 Jul 2024 at 09:03, RSNL Customer Care <care@rsnl.nl> wrote:"
    plain = body + "\n" + sig + "\n" + qline + "\n" + quote_gt(ack_txt)
    html_body = "".join(f"<div>{nl2br(p)}</div><div><br></div>" for p in body.strip().split("\n\n"))
    html_ = (f'<div dir="ltr">{html_body}<div><span class="gmail_signature_prefix">-- </span><br>'
             f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Tom Baxter<br>'
             f'Field Support Engineer | RSNL B.V.<br>+31 88 776 5400 (service desk) | +31 6 2871 4409</div></div></div></div><br>'
             f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 3 Jul 2024 at 09:03, RSNL Customer Care &lt;'
             f'<a href="mailto:care@rsnl.nl">care@rsnl.nl</a>&gt; wrote:<br></div>'
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             f'{paras_html(ack_txt)}</blockquote></div>\n')
    h = [
        ("MIME-Version", None),
        ("Date", rfcdate(m["date"], "short")),
        ("References", refs(omid(n), MID_ESPO_203)),
        ("In-Reply-To", MID_ESPO_203),
        ("Message-ID", mid("CAH" + hx("gm203", 10) + "+" + b64seed("gm203x", 24).replace("/", "_").replace("+", "-").rstrip("="), "mail.gmail.com")),
        ("Subject", subj(s, "q", "UTF-8")),
        ("From", addr("Tom Baxter", "tom.baxter@uk.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Cc", addr("RSNL Customer Care", "care@rsnl.nl")),
    ]
    return message(h, alt(plain, html_, "000000000000" + hx("gm203b", 16), "UTF-8", "quoted-printable", "quoted-printable"))


# ---------------------------------------------------------------- 204 Outlook on the web NL: human acknowledgement
@reg("owa-nl-ack", at(2024, 7, 4, 9, 48, 12), 204, "318822", "acknowledged", "Outlook on the web (OWA)", "nl",
     "human acknowledgement from the service desk: 'storingsbon aangemaakt onder jobnummer 318822'; terminal id and phone decoys")
def m_owa_204(m):
    n = 204
    s = f"RE: {osubj(n)}"
    reply = D("""
    Goedemorgen Sam,

    Dank voor je melding. We hebben er een storingsbon voor aangemaakt onder jobnummer 318822. Onze planning neemt vandaag contact met jullie op om een monteur in te plannen; je krijgt daarvan een aparte bevestiging per e-mail.

    Kun je in de tussentijd laten controleren of de terminal (TID 40917736) nog verbinding heeft? Als het display "Geen verbinding met host" toont, zit het probleem waarschijnlijk in de netwerkkabel of de switchpoort en niet in de terminal zelf.
    """)
    sig = D("""
    Met vriendelijke groet,

    Sanne Bakker
    Servicedesk | RSNL B.V.
    T +31 88 776 5400
    """)
    q_from = "StoreDesk <helpdesk@ops.storedesk.example>"
    q_to = "RSNL Support <support@rsnl.nl>"
    q_sent = outlook_sent(sent_dt(n), "nl")
    plain = reply + "\n" + sig + "\n" + outlook_plain_quote("nl", q_from, q_sent, q_to, osubj(n), obody(n), sep="_" * 32)
    reply_html = "\n".join(f'<div class="elementToProof">{nl2br(p)}</div>\n<div class="elementToProof"><br></div>' for p in reply.strip().split("\n\n"))
    html_ = outlook_html_reply("nl", reply_html, nl2br(sig), q_from, q_sent, q_to, osubj(n), obody(n), owa=True)
    d = m["date"]
    h = [
        ("From", addr("Sanne Bakker", "sanne.bakker@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(osubj(n), "b")),
        ("Thread-Index", thread_index("owa204", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("owa204", "DB9PR08MB")),
        ("References", omid(n)),
        ("In-Reply-To", omid(n)),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ] + exo_headers("owa204", d)
    return message(h, alt(plain, html_, "_000_" + HX("owa204b", 20) + "_"))


# ---------------------------------------------------------------- 204 BigChange: appointment booked (+ .ics)
@reg("bigchange-appointment-ics", at(2024, 7, 4, 15, 31, 7, BST), 204, "318822", "update", "BigChange (job booking confirmation)", "en",
     "field-service booking confirmation with appointment.ics attachment (text/calendar, not a meeting invite from a person); no threading, new subject; 'Your reference: STORE-204'; planner phone decoy")
def m_bc_204_sched(m):
    n = 204
    s = "Appointment confirmation - Job 318822 - RSNL Field Service"
    confirm = "https://rsnl.bigchange.com/booking/confirm/" + hx("bc204", 32)
    plain = D(f"""
    Dear Sam Jansen,

    Your appointment with RSNL Field Service has been booked.

    Job reference:   318822
    Your reference:  STORE-204
    Job type:        Payment terminal - corrective maintenance
    Site:            StoreDesk {store(n)}, Spui 21, 2511 BL Den Haag
    Date:            Friday 05/07/2024
    Arrival window:  08:00 - 12:00
    Engineer:        Ruud Kramer

    Job description:
    {title(n)} (contact and contactless), reported by store.
    Check host connection, replace terminal if required.

    Please confirm your appointment:
    {confirm}

    An appointment file (appointment.ics) is attached so you can add it to your
    calendar. If this appointment is not convenient, please call our planning
    team on +31 88 776 5401.

    Kind regards,
    RSNL Field Service Planning
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
    <p>Dear Sam Jansen,</p>
    <p>Your appointment with RSNL Field Service has been booked.</p>
    <table cellpadding="4" cellspacing="0" style="font-size:14px;">
    <tr><td><b>Job reference</b></td><td>318822</td></tr>
    <tr><td><b>Your reference</b></td><td>STORE-204</td></tr>
    <tr><td><b>Job type</b></td><td>Payment terminal - corrective maintenance</td></tr>
    <tr><td><b>Site</b></td><td>StoreDesk {esc(store(n))}, Spui 21, 2511 BL Den Haag</td></tr>
    <tr><td><b>Date</b></td><td>Friday 05/07/2024</td></tr>
    <tr><td><b>Arrival window</b></td><td>08:00 - 12:00</td></tr>
    <tr><td><b>Engineer</b></td><td>Ruud Kramer</td></tr>
    </table>
    <p><b>Job description</b><br>{esc(title(n))} (contact and contactless), reported by store.<br>Check host connection, replace terminal if required.</p>
    <p><a href="{confirm}" style="background:#e4002b;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Confirm appointment</a></p>
    <p>An appointment file (appointment.ics) is attached so you can add it to your calendar. If this appointment is not convenient, please call our planning team on +31 88 776 5401.</p>
    <p>Kind regards,<br>RSNL Field Service Planning</p>
    </body></html>
    """)
    ics = D(f"""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//BigChange//JobWatch//EN
    METHOD:PUBLISH
    BEGIN:VEVENT
    UID:job-318822@bigchange.com
    DTSTAMP:20240704T143107Z
    DTSTART:20240705T060000Z
    DTEND:20240705T100000Z
    SUMMARY:RSNL Field Service - Job 318822
    LOCATION:Spui 21\\, 2511 BL Den Haag
    DESCRIPTION:Payment terminal - corrective maintenance. Engineer: Ruud Kramer
    END:VEVENT
    END:VCALENDAR
    """)
    root = multipart("mixed", [
        alt(plain, html_, "bc_alt_" + hx("bc204a", 20)),
        text(ics, "calendar", "utf-8", "7bit", params='; method=PUBLISH; name="appointment.ics"',
             disposition='attachment; filename="appointment.ics"'),
    ], "bc_mix_" + hx("bc204m", 20))
    h = [
        ("From", addr("RSNL Field Service", "planning@rsnl.nl")),
        ("Sender", "noreply@bigchange.com"),
        ("Reply-To", addr("RSNL Planning", "planning@rsnl.nl")),
        ("To", addr("Sam Jansen", OUR_ADDR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("bc204"), "eu-west-1.amazonses.com")),
        ("Feedback-ID", "1.eu-west-1.bcJobWatchMailer=:AmazonSES"),
        ("X-SES-Outgoing", "2024.07.04-54.240.4.11"),
    ]
    return message(h, root)


# ---------------------------------------------------------------- 201 TeamSupport: resolved
@reg("teamsupport-resolved", at(2024, 7, 4, 16, 52, 30), 201, "51736", "resolved", "TeamSupport", "en",
     "TeamSupport public action + status change to Resolved; [51736] tag before our subject; threaded")
def m_ts_201_res(m):
    n = 201
    s = f"[51736] {osubj(n)}"
    plain = D(f"""
    [Please reply above this line]

    Ticket 51736 has been updated by Marco de Vries.

    Status: Resolved (was: Open)

    Marco de Vries wrote:

    Our engineer replaced the SSD in till 3 this morning and restored the
    standard StoreDesk image (POS 8.4.2). The till boots normally again and was
    tested with the store manager, including a test sale and end-of-day report.

    We have set this ticket to Resolved. If the till freezes again, just reply to
    this email within 7 days and the ticket will be reopened automatically.

    ----------------------------------------------------------------
    Ticket Number: 51736
    Ticket Name: {osubj(n)}
    Severity: High
    Group: Retail Service Desk NL

    https://rsnl.teamsupport.com/ticket/51736
    """)
    html_ = D(f"""
    <!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #333333;">
    <div style="color:#999999;font-size:11px;">[Please reply above this line]</div>
    <p>Ticket <b>51736</b> has been updated by Marco de Vries.</p>
    <p><b>Status:</b> Resolved <span style="color:#999">(was: Open)</span></p>
    <div style="border-left:3px solid #0a5c8a;padding-left:10px;">
    <p><b>Marco de Vries wrote:</b></p>
    <p>Our engineer replaced the SSD in till 3 this morning and restored the standard StoreDesk image (POS 8.4.2). The till boots normally again and was tested with the store manager, including a test sale and end-of-day report.</p>
    <p>We have set this ticket to Resolved. If the till freezes again, just reply to this email within 7 days and the ticket will be reopened automatically.</p>
    </div>
    <hr style="border:none;border-top:1px solid #dddddd;">
    <table cellpadding="3" cellspacing="0" style="font-size:12px;color:#555;">
    <tr><td>Ticket Number:</td><td>51736</td></tr>
    <tr><td>Ticket Name:</td><td>{esc(osubj(n))}</td></tr>
    <tr><td>Severity:</td><td>High</td></tr>
    <tr><td>Group:</td><td>Retail Service Desk NL</td></tr>
    </table>
    <p><a href="https://rsnl.teamsupport.com/ticket/51736">View ticket 51736</a></p>
    </body></html>
    """)
    h = [
        ("Return-Path", "<bounces+rsnl@mail.teamsupport.com>"),
        ("From", addr("Marco de Vries (RSNL Support)", "support@rsnl.nl")),
        ("Reply-To", addr(*RSNL_SUPPORT)),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("ts-201-res"), "teamsupport.com")),
        ("In-Reply-To", MID_TS_201_ACK),
        ("References", refs(omid(n), MID_TS_201_ACK)),
        ("X-Mailer", "TeamSupport"),
    ]
    return message(h, alt(plain, html_, "ts_" + hx("b201r", 24)))


# ---------------------------------------------------------------- 205 Track-It!: work order created
@reg("trackit-wo-created", at(2024, 7, 5, 9, 5, 10), 205, "12094", "acknowledged", "Track-It! (work order notification)", "en",
     "Track-It! event-policy notification, HTML-only in windows-1252, no threading headers, subject has only the work order number; issue via Summary field")
def m_trackit_205_ack(m):
    n = 205
    s = "Work Order #12094 has been created"
    html_ = D(f"""
    <HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=windows-1252"></HEAD>
    <BODY style="FONT-SIZE: 10pt; FONT-FAMILY: Tahoma">
    <P>Dear StoreDesk,</P>
    <P>Your request has been logged with the RSNL IT Service Desk as a work order. Please refer to the work order number in all correspondence.</P>
    <TABLE style="FONT-SIZE: 10pt; FONT-FAMILY: Tahoma" cellSpacing=0 cellPadding=3 border=1>
    <TR><TD bgColor=#d9e5f2><B>Work Order #</B></TD><TD>12094</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Requestor</B></TD><TD>StoreDesk (helpdesk@ops.storedesk.example)</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Location</B></TD><TD>{esc(store(n))}</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Summary</B></TD><TD>{esc(osubj(n))}</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Type</B></TD><TD>Network / Wireless</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Priority</B></TD><TD>2 - High</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Status</B></TD><TD>Open</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Assigned Technician</B></TD><TD>NL Network Team</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Date Opened</B></TD><TD>7/5/2024 9:05:10 AM</TD></TR>
    </TABLE>
    <P>You can view the status of your work order in Self Service: <A href="https://trackit.rsnl.nl/TrackItWeb/SelfService/WorkOrder/12094">https://trackit.rsnl.nl/TrackItWeb/SelfService/WorkOrder/12094</A></P>
    <P>RSNL IT Service Desk &#8211; +31 88 776 5400</P>
    </BODY></HTML>
    """)
    h = [
        ("From", addr("RSNL IT Service Desk", "servicedesk@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("TI" + HX("ti205a", 18), "trackit.rsnl.nl")),
        ("X-Priority", "3"),
        ("X-Mailer", "Track-It! Notification Service"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "windows-1252", "quoted-printable"))


# ---------------------------------------------------------------- 204 BigChange: job completed (+ job card PDF)
@reg("bigchange-job-completed", at(2024, 7, 5, 12, 7, 44, BST), 204, "318822", "resolved", "BigChange (automatic document sending, job card)", "en",
     "job completed mail with job card PDF; result 'Completed'; serials of old/new terminal as decoys; our ref only in the body")
def m_bc_204_done(m):
    n = 204
    s = "Job 318822 completed - Job card attached"
    plain = D(f"""
    Dear Sam Jansen,

    Your job has been completed. Please find the job card attached.

    Job reference:  318822
    Your reference: STORE-204
    Site:           StoreDesk {store(n)}
    Engineer:       Ruud Kramer
    Started:        05/07/2024 08:41
    Completed:      05/07/2024 10:56
    Result:         Completed

    Engineer notes:
    Terminal declined all cards due to a corrupt key set after the last update.
    Terminal replaced (old S/N 8231-774-019, new S/N 8231-902-466), keys loaded,
    test transactions OK with debit and credit cards. Signed off by store manager.

    If you have any questions about this job, please reply to this email.

    Kind regards,
    RSNL Field Service
    """)
    pdf = fake_pdf("RSNL Field Service - Job card 318822", [
        "Customer: StoreDesk Retail B.V. - " + store(n).encode("ascii", "replace").decode(),
        "Your reference: STORE-204", "Engineer: Ruud Kramer", "Result: Completed",
        "Old S/N 8231-774-019  New S/N 8231-902-466"])
    root = multipart("mixed", [
        text(plain, "plain", "utf-8", "quoted-printable"),
        binary(pdf, "application/pdf", "JobCard_318822.pdf"),
    ], "bc_mix_" + hx("bc204d", 20))
    h = [
        ("From", addr("RSNL Field Service", "planning@rsnl.nl")),
        ("Sender", "noreply@bigchange.com"),
        ("Reply-To", addr("RSNL Planning", "planning@rsnl.nl")),
        ("To", addr("Sam Jansen", OUR_ADDR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("bc204d"), "eu-west-1.amazonses.com")),
        ("Feedback-ID", "1.eu-west-1.bcJobWatchMailer=:AmazonSES"),
        ("X-SES-Outgoing", "2024.07.05-54.240.4.19"),
    ]
    return message(h, root)


# ---------------------------------------------------------------- 207 Teamleader Focus: ticket created (BE)
@reg("teamleader-ticket-created", at(2024, 7, 7, 9, 0, 47), 207, "2417", "acknowledged", "Teamleader Focus (tickets)", "nl",
     "Belgian Dutch auto-reply on a Sunday; ticket number both in subject prefix and body; threaded")
def m_tl_207_ack(m):
    n = 207
    s = f"[Ticket #2417] {osubj(n)}"
    plain = D(f"""
    Dag StoreDesk,

    Bedankt voor je bericht. We hebben je vraag goed ontvangen en er een ticket
    voor aangemaakt met nummer #2417.

    Een van onze medewerkers neemt zo snel mogelijk contact met je op. Ons
    supportteam is bereikbaar op werkdagen van 8u30 tot 17u00. Berichten die in het
    weekend binnenkomen, behandelen we maandag.

    Wil je nog iets toevoegen? Antwoord dan gewoon op deze e-mail.

    Met vriendelijke groeten,
    Het supportteam van RSNL België

    ---
    Ticket #2417: {osubj(n)}
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2a3b4d;">
    <p>Dag StoreDesk,</p>
    <p>Bedankt voor je bericht. We hebben je vraag goed ontvangen en er een ticket voor aangemaakt met nummer <strong>#2417</strong>.</p>
    <p>Een van onze medewerkers neemt zo snel mogelijk contact met je op. Ons supportteam is bereikbaar op werkdagen van 8u30 tot 17u00. Berichten die in het weekend binnenkomen, behandelen we maandag.</p>
    <p>Wil je nog iets toevoegen? Antwoord dan gewoon op deze e-mail.</p>
    <p>Met vriendelijke groeten,<br>Het supportteam van RSNL Belgi&euml;</p>
    <hr style="border:0;border-top:1px solid #e6e9ef;">
    <p style="font-size:12px;color:#8593a5;">Ticket #2417: {esc(osubj(n))}</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL België", "support@be.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("ticket-2417-" + hx("tl207a", 12), "mail.teamleader.eu")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, alt(plain, html_, "=_" + hx("tl207b", 28)))


# ---------------------------------------------------------------- 257 Roundcube FR: not yet fixed
@reg("roundcube-fr-not-yet", at(2024, 7, 8, 10, 14, 22), 257, None, "update", "Roundcube Webmail", "fr",
     "human 'pas encore' progress report, plain text format=flowed, bottom quote; no vendor ticket number anywhere")
def m_rc_257(m):
    n = 257
    s = f"Re: {osubj(n)}"
    body = D("""
    Bonjour Sam,

    Petit point sur la caisse 2 de Lille Euralille : ce n'est pas encore
    résolu. Notre technicien a remplacé l'alimentation vendredi, mais
    d'après le magasin la caisse a encore redémarré deux fois samedi
    après-midi.

    Nous avons commandé une carte mère de remplacement (délai annoncé : 3 à
    5 jours ouvrés). Je reviens vers vous dès réception pour fixer le
    passage du technicien.

    En attendant, le magasin peut continuer à utiliser les caisses 1 et 3.

    Bien cordialement,

    Camille Lefèvre
    Support technique - RSNL France
    Tél. : +33 3 20 55 41 00
    """)
    q = f"Le 2024-07-01 09:00, StoreDesk a écrit :\n" + quote_gt(obody(n))
    plain = body + "\n" + q
    # format=flowed: no trailing spaces used, so every line is fixed
    h = [
        ("MIME-Version", None),
        ("Date", rfcdate(m["date"])),
        ("From", addr("Camille Lefèvre", "camille.lefevre@fr.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q", "UTF-8")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Message-ID", mid(hx("rc257", 32), "fr.rsnl.nl")),
        ("X-Sender", "camille.lefevre@fr.rsnl.nl"),
        ("User-Agent", "Roundcube Webmail/1.6.7"),
    ]
    return message(h, text(plain, "plain", "UTF-8", "8bit", params="; format=flowed", charset_label="UTF-8"))


# ---------------------------------------------------------------- 206 iPhone NL: should be fixed, please confirm
@reg("iphone-nl-fixed-please-confirm", at(2024, 7, 8, 11, 19, 44), 206, None, "resolved", "iPhone Mail (iOS 17)", "nl",
     "short human reply 'zou nu moeten werken, kun je bevestigen?' from a phone; Apple-Mail multipart; no vendor ticket id")
def m_iphone_206(m):
    n = 206
    s = f"Re: {osubj(n)}"
    body = D("""
    Hoi Sam,

    Monteur is vanochtend in Groningen geweest. Het magneetslot van de kassalade was kapot, vervangen en getest met een paar no-sales. Zou nu weer gewoon moeten werken. Kun je even laten bevestigen door de winkel?

    Groet,
    Jeroen

    Verstuurd vanaf mijn iPhone
    """)
    od = sent_dt(n)
    qhead = f"Op {od.day} jul {od.year} om {od:%H:%M} heeft StoreDesk <helpdesk@ops.storedesk.example> het volgende geschreven:"
    plain = body + "\n" + quote_gt(qhead + "\n\n" + obody(n))
    paras = body.strip().split("\n\n")[:-1]
    divs = "".join('<div dir="ltr">' + nl2br(p) + '</div><div dir="ltr"><br></div>' for p in paras)
    html_ = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto">' + divs +
             '<div dir="ltr">Verstuurd vanaf mijn iPhone</div><div dir="ltr"><br><blockquote type="cite">' + esc(qhead) + '<br><br></blockquote></div>'
             '<blockquote type="cite"><div dir="ltr">' + nl2br(obody(n)) + '</div></blockquote></body></html>\n')
    h = [
        ("Content-Transfer-Encoding", None),
        ("From", addr("Jeroen Visser", "jeroen.visser@rsnl.nl")),
        ("Date", rfcdate(m["date"], "short")),
        ("Subject", subj(s, "minq")),
        ("Message-Id", mid(HX("iph206", 8) + "-" + HX("iph206a", 4) + "-" + HX("iph206b", 4) + "-" + HX("iph206c", 4) + "-" + HX("iph206d", 12), "rsnl.nl")),
        ("References", omid(n)),
        ("Cc", addr(*RSNL_SUPPORT)),
        ("In-Reply-To", omid(n)),
        ("To", addr(*OUR)),
        ("X-Mailer", "iPhone Mail (21F90)"),
    ]
    return message(h, alt(plain, html_, "Apple-Mail-" + HX("iph206bd", 8) + "-" + HX("iph206be", 4) + "-" + HX("iph206bf", 4) + "-" + HX("iph206bg", 4) + "-" + HX("iph206bh", 12)), mime_version="1.0 (1.0)")


# ---------------------------------------------------------------- 208 UpKeep: status changed to In Progress
@reg("upkeep-status-in-progress", at(2024, 7, 9, 6, 12, 33, UTC), 208, "1042", "update", "UpKeep (requester notification)", "en",
     "CMMS work-order status notification from the vendor's hosted CMMS; no threading; work order title is our subject; asset id decoy; SendGrid headers")
def m_upkeep_208_upd(m):
    n = 208
    s = "Work Order #1042 is now In Progress"
    link = "https://app.onupkeep.com/#/app/work-orders/view/" + hx("uk208", 10)
    plain = D(f"""
    RSNL Facilities & Service updated a work order you requested.

    Work Order #1042
    {osubj(n)}

    Status: Open -> In Progress
    Assigned to: Pieter Wouters
    Due date: 07/10/2024
    Location: {store(n)}
    Asset: SCO-03 Self-checkout lane 3 (Asset ID 50231)

    Latest update from Pieter Wouters:
    "Remote session shows the display controller is not detected. Replacement
    screen ordered, I will be on site tomorrow afternoon to fit it."

    View Work Order: {link}

    You are receiving this email because you submitted a request to RSNL Facilities & Service.
    Unsubscribe from these notifications: https://app.onupkeep.com/unsubscribe/{hx("uk208u", 24)}
    """)
    html_ = D(f"""
    <!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
    <body style="background-color:#f4f6f8;margin:0;padding:0;">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f4f6f8;"><tr><td align="center" style="padding:24px;">
    <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;color:#1f2d3d;">
    <tr><td style="padding:24px 24px 8px;font-size:13px;color:#6b7c93;">RSNL Facilities &amp; Service updated a work order you requested.</td></tr>
    <tr><td style="padding:0 24px;font-size:20px;font-weight:bold;">Work Order #1042</td></tr>
    <tr><td style="padding:4px 24px 16px;font-size:15px;">{esc(osubj(n))}</td></tr>
    <tr><td style="padding:0 24px;">
    <table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#6b7c93;">Status</td><td><span style="text-decoration:line-through;color:#9aa5b1;">Open</span> &rarr; <b style="color:#2d7ff9;">In Progress</b></td></tr>
    <tr><td style="color:#6b7c93;">Assigned to</td><td>Pieter Wouters</td></tr>
    <tr><td style="color:#6b7c93;">Due date</td><td>07/10/2024</td></tr>
    <tr><td style="color:#6b7c93;">Location</td><td>{esc(store(n))}</td></tr>
    <tr><td style="color:#6b7c93;">Asset</td><td>SCO-03 Self-checkout lane 3 (Asset ID 50231)</td></tr>
    </table></td></tr>
    <tr><td style="padding:16px 24px;font-size:14px;"><b>Pieter Wouters</b>: Remote session shows the display controller is not detected. Replacement screen ordered, I will be on site tomorrow afternoon to fit it.</td></tr>
    <tr><td style="padding:8px 24px 24px;"><a href="{link}" style="background:#2d7ff9;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;font-size:14px;">View Work Order</a></td></tr>
    </table>
    <p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#9aa5b1;">You are receiving this email because you submitted a request to RSNL Facilities &amp; Service.<br>
    <a href="https://app.onupkeep.com/unsubscribe/{hx('uk208u', 24)}" style="color:#9aa5b1;">Unsubscribe</a></p>
    </td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("UpKeep", "notifications@onupkeep.com")),
        ("Reply-To", addr("RSNL Facilities & Service", "facilities@rsnl.nl")),
        ("To", OUR_ADDR),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(b64seed("uk208m", 16).replace("/", "").replace("+", "").rstrip("=") + ".filterdrecv-" + hx("uk208f", 10) + "-" + hx("uk208g", 5), "geopod-ismtpd-3")),
        ("List-Unsubscribe", f"<https://app.onupkeep.com/unsubscribe/{hx('uk208u', 24)}>"),
        ("X-SG-EID", b64seed("uk208sg", 60)),
        ("X-Entity-ID", b64seed("uk208ent", 18)),
    ]
    return message(h, alt(plain, html_, hx("uk208b", 40)))


# ---------------------------------------------------------------- 209 Octopus: incident created (FR)
@reg("octopus-incident-created", at(2024, 7, 9, 9, 1, 55), 209, "24517", "acknowledged", "Octopus ITSM", "fr",
     "French incident-creation confirmation; threaded via In-Reply-To only; category/priority fields; date in French format")
def m_oct_209_ack(m):
    n = 209
    s = f"Création de l'incident 24517 : {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
    <p>Bonjour,</p>
    <p>Nous avons bien reçu votre demande. Elle a été enregistrée sous le numéro d'incident <b>24517</b> et sera traitée dans les meilleurs délais par notre centre de services.</p>
    <table cellpadding="3" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
    <tr><td><b>Numéro :</b></td><td>24517</td></tr>
    <tr><td><b>Sujet :</b></td><td>{esc(osubj(n))}</td></tr>
    <tr><td><b>Catégorie :</b></td><td>Réseau &gt; Routeur / Accès Internet</td></tr>
    <tr><td><b>Priorité :</b></td><td>2 - Haute</td></tr>
    <tr><td><b>Site :</b></td><td>{esc(store(n))}</td></tr>
    <tr><td><b>Date de création :</b></td><td>09/07/2024 09:01</td></tr>
    </table>
    <p>Vous pouvez suivre l'évolution de votre demande sur le portail Web : <a href="https://octopus.fr.rsnl.nl/Web/Incident/Details/24517">https://octopus.fr.rsnl.nl/Web/Incident/Details/24517</a></p>
    <p>Pour ajouter une information, répondez simplement à ce courriel sans modifier l'objet.</p>
    <p>Cordialement,<br>Le centre de services RSNL France<br>Tél. : +33 3 20 55 41 00</p>
    </body></html>
    """)
    h = [
        ("From", addr("Centre de services RSNL France", "servicedesk@fr.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_OCT_209),
        ("In-Reply-To", omid(n)),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Octopus MailIntegration"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 235 Outlook desktop DE: partial fix, observing
@reg("outlook-de-partial-fix", at(2024, 7, 9, 11, 30, 2), 235, None, "update", "Outlook 365 desktop (Windows)", "de",
     "German human reply: firmware updated on the access points, observing for 48 h (partial progress); long legal disclaimer; no vendor ticket id; AP serial/MAC decoys")
def m_outlook_235(m):
    n = 235
    s = f"AW: {osubj(n)}"
    reply = D("""
    Hallo Herr Jansen,

    kurzer Zwischenstand zu Köln Schildergasse: Wir haben heute Morgen remote die Firmware der beiden Access Points (AP-1 Verkaufsfläche, AP-2 Lager) von 6.4.2 auf 6.5.1 aktualisiert und das DHCP-Lease von 60 auf 480 Minuten erhöht. Die stündlichen Abbrüche passen genau zum alten Lease-Intervall.

    Seit 08:15 Uhr läuft das WLAN stabil. Wir beobachten das jetzt 48 Stunden lang und melden uns am Donnerstag wieder. Sollten die Handscanner in der Zwischenzeit wieder die Verbindung verlieren, geben Sie uns bitte direkt Bescheid.
    """)
    sig = D("""
    Mit freundlichen Grüßen

    Jana Hoffmann
    Technischer Support Netzwerk
    RSNL Deutschland GmbH
    Hohenzollernring 72 | 50672 Köln
    Tel. +49 221 99 88 410
    """)
    legal = ("RSNL Deutschland GmbH | Sitz: Köln | Registergericht: Amtsgericht Köln HRB 98765 | Geschäftsführer: Dirk Overbeek\n"
             "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
             "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.")
    q_from = our_from_str()
    q_to = rsnl_support_str()
    q_sent = outlook_sent(sent_dt(n), "de")
    plain = reply + "\n" + sig + "\n" + legal + "\n\n" + outlook_plain_quote("de", q_from, q_sent, q_to, osubj(n), obody(n))
    html_ = outlook_html_reply("de", mso_paras(reply), mso_paras(sig) + '<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">' + nl2br(legal) + "</span><o:p></o:p></p>",
                               q_from, q_sent, q_to, osubj(n), obody(n), body_lang="DE")
    d = m["date"]
    h = [
        ("From", addr("Hoffmann, Jana", "jana.hoffmann@de.rsnl.nl")),
        ("To", addr(*OUR)),
        ("CC", addr("RSNL Support DE", "support@de.rsnl.nl")),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(osubj(n), "b")),
        ("Thread-Index", thread_index("o235", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("o235", "FR2P281MB")),
        ("References", omid(n)),
        ("In-Reply-To", omid(n)),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ] + exo_headers("o235", d)
    return message(h, alt(plain, html_, "_000_" + HX("o235b", 20) + "_"))


# ---------------------------------------------------------------- 260 Creatio: case resolved (ES) with rating
@reg("creatio-case-resolved", at(2024, 7, 9, 13, 30, 41), 260, "SR00004127", "resolved", "Creatio Service Enterprise", "es",
     "Spanish 'caso resuelto' notification with 1-5 satisfaction rating links; Creatio-style case number SR00004127; subject carries number and our subject; no threading")
def m_creatio_260(m):
    n = 260
    s = f"Caso SR00004127 resuelto: {osubj(n)}"
    base = "https://rsnl.creatio.com/0/ServiceModel/CaseRatingFeedbackService.svc/Rate?caseId=" + uid("cr260")
    stars = " ".join(f'<a href="{base}&amp;rate={i}" style="text-decoration:none;font-size:22px;color:#f5a623;">&#9733;</a>' for i in range(1, 6))
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333;">
    <table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;">
    <tr><td style="background:#0058ef;color:#fff;padding:14px 20px;font-size:16px;">RSNL Iberia - Atención al cliente</td></tr>
    <tr><td style="padding:20px;">
    <p>Estimado/a cliente:</p>
    <p>Le informamos de que su caso <b>SR00004127</b> ha sido resuelto.</p>
    <p><b>Asunto:</b> {esc(osubj(n))}<br>
    <b>Estado:</b> Resuelto<br>
    <b>Solución:</b> El técnico ha sustituido el módulo de billetes del reciclador (error E17: atasco en la unidad de transporte). Se han realizado pruebas de ingreso y dispensación con la responsable de tienda. Si el error vuelve a aparecer, responda a este correo y reabriremos el caso.</p>
    <p>¿Cómo valoraría la atención recibida?</p>
    <p>{stars}</p>
    <p>Si no recibimos respuesta en 5 días laborables, el caso se cerrará automáticamente.</p>
    <p>Atentamente,<br>Servicio de Atención al Cliente<br>RSNL Iberia S.L. - +34 91 555 30 20</p>
    </td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Iberia Soporte", "soporte@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("cr260m"), "rsnl.creatio.com")),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, text(html_, "html", "utf-8", "base64"))


# ---------------------------------------------------------------- 231 eM Client NL-BE: closed by human
@reg("emclient-be-closed", at(2024, 7, 9, 16, 20, 55), 231, "24/1519", "closed", "eM Client", "nl",
     "Belgian human closes the file ('dossier 24/1519') after no answer; slash-shaped id; quote header in eM Client style")
def m_em_231(m):
    n = 231
    s = f"Re: {osubj(n)}"
    body = D("""
    Dag Sam,

    Vorige week woensdag hebben we op kassa 3 in Antwerpen Meir de kassa-image opnieuw gezet; sindsdien start de kassa weer normaal op. We hebben daarna niets meer van jullie gehoord, dus we gaan ervan uit dat alles in orde is.

    Ik sluit ons dossier 24/1519 hierbij af. Mocht het probleem terugkomen, maak dan gerust een nieuwe melding aan via support@be.rsnl.nl en verwijs naar dit dossiernummer.

    Met vriendelijke groeten,
    Lotte Peeters
    RSNL België - Servicedesk
    +32 3 286 40 10
    """)
    od = sent_dt(n).astimezone(CEST)
    q = D(f"""
    ------ Origineel bericht ------
    Van: "StoreDesk" <helpdesk@ops.storedesk.example>
    Aan: "RSNL Support" <support@rsnl.nl>
    Verzonden: {od.day}-{od.month}-{od.year} {od:%H:%M:%S}
    Onderwerp: {osubj(n)}
    """) + "\n" + obody(n)
    plain = body + "\n" + q
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<style id="css_styles">blockquote.cite { margin-left: 5px; margin-right: 0px; padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc }</style>'
             '</head><body>' + paras_html(body, "div") +
             '<div><br></div><div>------ Origineel bericht ------</div>'
             '<div>Van: "StoreDesk" &lt;helpdesk@ops.storedesk.example&gt;</div>'
             '<div>Aan: "RSNL Support" &lt;support@rsnl.nl&gt;</div>'
             f'<div>Verzonden: {od.day}-{od.month}-{od.year} {od:%H:%M:%S}</div>'
             f'<div>Onderwerp: {esc(osubj(n))}</div><div><br></div>'
             f'<div id="x{hx("em231q", 8)}"><blockquote cite="{omid(n)[1:-1]}" type="cite" class="cite2">' + nl2br(obody(n)) +
             '</blockquote></div></body></html>\n')
    h = [
        ("From", addr("Lotte Peeters", "lotte.peeters@be.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Date", rfcdate(m["date"])),
        ("Message-Id", mid("em" + uid("em231"), "be.rsnl.nl")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Reply-To", addr("Lotte Peeters", "lotte.peeters@be.rsnl.nl")),
        ("User-Agent", "eM_Client/9.2.2258.0"),
    ]
    return message(h, alt(plain, html_, "------=_MB" + HX("em231b", 8) + "-" + HX("em231c", 4) + "-" + HX("em231d", 4) + "-" + HX("em231e", 4) + "-" + HX("em231f", 12)))


# ---------------------------------------------------------------- 209 Outlook for iOS FR: technician tomorrow
@reg("outlook-ios-fr-technician", at(2024, 7, 10, 7, 58, 31), 209, "24517", "update", "Outlook for iOS", "fr",
     "French human reply from a phone to the Octopus confirmation; plan for a visit; 'Obtenir Outlook pour iOS' footer")
def m_ios_209(m):
    n = 209
    oct_subject = f"Création de l'incident 24517 : {osubj(n)}"
    s = f"RE: {oct_subject}"
    reply = D("""
    Bonjour,

    Suite à l'incident 24517 : le routeur du magasin de Lille Euralille ne remonte plus du tout sur notre supervision depuis hier soir. Notre technicien passera demain matin (jeudi) entre 8h et 10h pour le remplacer par un modèle de prêt. Merci de prévenir le magasin.

    Cordialement,
    Julien Moreau
    RSNL France
    """)
    footer = "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>"
    ack_dt = at(2024, 7, 9, 9, 1, 55)
    qtxt = D(f"""
    Bonjour,

    Nous avons bien reçu votre demande. Elle a été enregistrée sous le numéro d'incident 24517 et sera traitée dans les meilleurs délais par notre centre de services.

    Numéro : 24517
    Sujet : {osubj(n)}
    Priorité : 2 - Haute
    """)
    q_from = "Centre de services RSNL France <servicedesk@fr.rsnl.nl>"
    q_to = "StoreDesk <helpdesk@ops.storedesk.example>"
    q_sent = outlook_sent(ack_dt, "fr")
    plain = reply + "\n" + footer + "\n" + outlook_plain_quote("fr", q_from, q_sent, q_to, oct_subject, qtxt, sep="_" * 32)
    html_ = D(f"""
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    </head>
    <body>
    {paras_html(reply, "div", ' dir="auto"')}
    <div dir="auto"><br></div>
    <div id="ms-outlook-mobile-signature" dir="auto">Obtenir <a href="https://aka.ms/o0ukef">Outlook pour iOS</a></div>
    <div id="ms-outlook-mobile-body-separator-line" dir="auto"><hr style="display:inline-block;width:98%" tabindex="-1"></div>
    <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De :</b> {esc(q_from)}<br>
    <b>Envoyé :</b> {esc(q_sent)}<br>
    <b>À :</b> {esc(q_to)}<br>
    <b>Objet :</b> {esc(oct_subject)}</font>
    <div>&nbsp;</div>
    </div>
    <div>{paras_html(qtxt)}</div>
    </body>
    </html>
    """)
    d = m["date"]
    h = [
        ("From", addr("Julien Moreau", "julien.moreau@fr.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(oct_subject, "b")),
        ("Thread-Index", thread_index("ios209", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("ios209", "PR3P191MB")),
        ("References", refs(omid(n), MID_OCT_209)),
        ("In-Reply-To", MID_OCT_209),
        ("Accept-Language", "fr-FR, en-US"),
        ("Content-Language", "fr-FR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ] + exo_headers("ios209", d)
    return message(h, alt(plain, html_, "_000_" + HX("ios209b", 20) + "_"))


# ---------------------------------------------------------------- 210 Movidesk: ticket opened (PT)
def movi_marker(seed, ticket):
    # Movidesk inserts a hidden marker that links replies to the ticket
    return ('<div style="display:none;color:#ffffff;font-size:1px;line-height:1px;max-height:0;overflow:hidden;">'
            f'[MD:{ticket}:{hx(seed, 20)}]</div>')


@reg("movidesk-ticket-opened", at(2024, 7, 10, 4, 1, 33, BRT), 210, "7731", "acknowledged", "Movidesk", "pt",
     "Portuguese 'ticket aberto' notification from rsnl.movidesk.com, Date in -0300 (Brazilian SaaS), multipart base64; hidden Movidesk marker; subject replaced")
def m_movi_210_ack(m):
    n = 210
    s = "Recebemos a sua solicitação - Ticket #7731"
    plain = D(f"""
    Olá StoreDesk,

    A sua solicitação foi recebida e registada com o número 7731.

    Assunto: {osubj(n)}
    Serviço: Balanças e periféricos
    Urgência: Alta
    Loja: {store(n)}

    A nossa equipa de suporte irá analisar o pedido e responder tão breve quanto
    possível. Para acrescentar informação, basta responder a este e-mail mantendo
    o assunto.

    Acompanhe o ticket em: https://rsnl.movidesk.com/Ticket/Edit/7731

    Atenciosamente,
    Suporte RSNL Portugal
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#404040;">
    <div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;">
    <div style="background:#1e88e5;color:#fff;padding:16px 20px;font-size:18px;">Suporte RSNL Portugal</div>
    <div style="padding:20px;">
    <p>Olá StoreDesk,</p>
    <p>A sua solicitação foi recebida e registada com o número <b>7731</b>.</p>
    <table cellpadding="4" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#888;">Assunto</td><td>{esc(osubj(n))}</td></tr>
    <tr><td style="color:#888;">Serviço</td><td>Balanças e periféricos</td></tr>
    <tr><td style="color:#888;">Urgência</td><td>Alta</td></tr>
    <tr><td style="color:#888;">Loja</td><td>{esc(store(n))}</td></tr>
    </table>
    <p>A nossa equipa de suporte irá analisar o pedido e responder tão breve quanto possível. Para acrescentar informação, basta responder a este e-mail mantendo o assunto.</p>
    <p><a href="https://rsnl.movidesk.com/Ticket/Edit/7731" style="color:#1e88e5;">Acompanhar o ticket #7731</a></p>
    <p>Atenciosamente,<br>Suporte RSNL Portugal</p>
    </div></div>
    {movi_marker("movi210a", 7731)}
    </body></html>
    """)
    h = [
        ("From", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("Reply-To", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_MOVI_210_ACK),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, alt(plain, html_, "--boundary_0_" + uid("movi210b"), cte_plain="base64", cte_html="base64"))


# ---------------------------------------------------------------- TRAP: Movidesk portal welcome / account activation
@reg("movidesk-portal-welcome", at(2024, 7, 10, 4, 2, 10, BRT), None, None, "ignore", "Movidesk (portal access e-mail)", "pt",
     "trap: same helpdesk, sent 37 s after the ticket mail; portal account activation, no ticket; contains a user id and a token")
def m_movi_welcome(m):
    s = "Bem-vindo à Central de Atendimento RSNL Portugal"
    tok = hx("moviwelcome", 40)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#404040;">
    <div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;">
    <div style="background:#1e88e5;color:#fff;padding:16px 20px;font-size:18px;">Central de Atendimento RSNL Portugal</div>
    <div style="padding:20px;">
    <p>Olá StoreDesk,</p>
    <p>Foi criado um acesso para si na Central de Atendimento da RSNL Portugal. Na central pode abrir novas solicitações, acompanhar o andamento dos seus tickets e consultar a nossa base de conhecimento.</p>
    <p><b>Utilizador:</b> helpdesk@ops.storedesk.example<br><b>Código de cliente:</b> 100233</p>
    <p>Para definir a sua palavra-passe, clique no botão abaixo. O link é válido por 72 horas.</p>
    <p><a href="https://rsnl.movidesk.com/Account/SetPassword?token={tok}" style="background:#1e88e5;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px;">Definir palavra-passe</a></p>
    <p>Se não solicitou este acesso, ignore esta mensagem.</p>
    <p>Atenciosamente,<br>Suporte RSNL Portugal</p>
    </div></div>
    </body></html>
    """)
    h = [
        ("From", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("moviwelcome"), "movidesk.com")),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "base64"))


# ---------------------------------------------------------------- TRAP: newsletter
@reg("newsletter-rsnl-july", at(2024, 7, 10, 10, 0, 0), None, None, "ignore", "RSNL newsletter (Mailchimp)", "nl",
     "trap: vendor newsletter from the RSNL domain; bulk headers; mentions firmware versions, a KB article, the ticket portal and a service number")
def m_newsletter(m):
    s = "RSNL Retail Update juli 2024: nieuwe firmware voor PIN-terminals"
    plain = D("""
    RSNL Retail Update - juli 2024
    ==============================

    Nieuwe firmware voor PIN-terminals (4.2.1)
    Vanaf 15 juli rollen we firmware 4.2.1 uit voor alle RSNL PIN-terminals.
    De update lost onder meer het probleem op waarbij contactloze betalingen
    met sommige wallets werden geweigerd. Lees de releasenotes in KB-2024-118.

    Storingen melden? Gebruik het ticketportaal
    Sinds juni kunt u storingen 24/7 melden via https://support.rsnl.nl of per
    e-mail aan support@rsnl.nl. Bij spoed: 088 776 5400.

    Zomersluiting magazijn
    Ons centrale magazijn in Amersfoort is in week 32 beperkt bereikbaar.
    Bestellingen voor onderdelen graag vóór 2 augustus plaatsen.

    Tot de volgende editie!
    Het RSNL-team

    U ontvangt deze e-mail omdat u klant bent van RSNL B.V.
    Afmelden: https://rsnl.us21.list-manage.com/unsubscribe?u=8f2b1c0d9e&id=44aa01c2fe
    RSNL B.V. | Hoofdweg 12 | 3821 BR Amersfoort
    """)
    html_ = D("""
    <!doctype html>
    <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>RSNL Retail Update juli 2024</title></head>
    <body style="margin:0;padding:0;background:#eeeeee;">
    <center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#202020;">
    <tr><td style="background:#e4002b;color:#ffffff;padding:24px;font-size:24px;font-weight:bold;">RSNL Retail Update &middot; juli 2024</td></tr>
    <tr><td style="padding:24px;">
    <h2 style="font-size:18px;">Nieuwe firmware voor PIN-terminals (4.2.1)</h2>
    <p>Vanaf 15 juli rollen we firmware 4.2.1 uit voor alle RSNL PIN-terminals. De update lost onder meer het probleem op waarbij contactloze betalingen met sommige wallets werden geweigerd. Lees de releasenotes in <a href="https://support.rsnl.nl/kb/KB-2024-118">KB-2024-118</a>.</p>
    <h2 style="font-size:18px;">Storingen melden? Gebruik het ticketportaal</h2>
    <p>Sinds juni kunt u storingen 24/7 melden via <a href="https://support.rsnl.nl">support.rsnl.nl</a> of per e-mail aan support@rsnl.nl. Bij spoed: 088 776 5400.</p>
    <h2 style="font-size:18px;">Zomersluiting magazijn</h2>
    <p>Ons centrale magazijn in Amersfoort is in week 32 beperkt bereikbaar. Bestellingen voor onderdelen graag v&oacute;&oacute;r 2 augustus plaatsen.</p>
    <p>Tot de volgende editie!<br>Het RSNL-team</p>
    </td></tr>
    <tr><td style="padding:16px 24px;font-size:11px;color:#777;">U ontvangt deze e-mail omdat u klant bent van RSNL B.V.<br>
    <a href="https://rsnl.us21.list-manage.com/unsubscribe?u=8f2b1c0d9e&amp;id=44aa01c2fe">Afmelden</a> | <a href="https://rsnl.us21.list-manage.com/profile?u=8f2b1c0d9e&amp;id=44aa01c2fe">Voorkeuren wijzigen</a><br>
    RSNL B.V. | Hoofdweg 12 | 3821 BR Amersfoort</td></tr>
    </table></center>
    </body></html>
    """)
    h = [
        ("Return-Path", "<bounce-mc.us21_158201.1120334-helpdesk=ops.storedesk.example@mail196.atl221.mcdlv.net>"),
        ("From", addr("RSNL", "nieuws@rsnl.nl")),
        ("Reply-To", addr("RSNL", "marketing@rsnl.nl")),
        ("To", addr("Sam", OUR_ADDR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("f0e1d2c3b4a5968778695a4b" + "." + hx("nl-news", 8), "mail196.atl221.mcdlv.net")),
        ("List-ID", "8f2b1c0d9e1a2b3c4d5e6f708mc list <8f2b1c0d9e1a2b3c4d5e6f708.1120334.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://rsnl.us21.list-manage.com/unsubscribe?u=8f2b1c0d9e&id=44aa01c2fe&e=1a2b3c4d5e>,\r\n <mailto:unsubscribe-mc.us21_8f2b1c0d9e.1120334@unsubscribe.mailchimpapp.net>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Mailchimp Mailer - **CID44aa01c2fe1a2b3c4d5e**"),
        ("X-Campaign", "mailchimp8f2b1c0d9e.44aa01c2fe"),
        ("X-campaignid", "mailchimp8f2b1c0d9e.44aa01c2fe"),
        ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=8f2b1c0d9e&id=44aa01c2fe"),
    ]
    return message(h, alt(plain, html_, "_----------=_MCPart_" + str(int(hx("nlb", 8), 16))))


# ---------------------------------------------------------------- 208 UpKeep: work order completed
@reg("upkeep-completed", at(2024, 7, 10, 13, 40, 9, UTC), 208, "1042", "resolved", "UpKeep (requester notification)", "en",
     "work order completed notification with completion notes and labour/parts cost lines as money decoys")
def m_upkeep_208_done(m):
    n = 208
    s = "Work Order #1042 has been completed"
    link = "https://app.onupkeep.com/#/app/work-orders/view/" + hx("uk208", 10)
    plain = D(f"""
    Good news! A work order you requested has been completed.

    Work Order #1042
    {osubj(n)}

    Status: Complete
    Completed by: Pieter Wouters
    Completed on: 07/10/2024 3:38 PM
    Time spent: 1 h 45 min

    Completion notes:
    Replaced the 15" touchscreen of SCO-03 (display controller failure). Lane tested
    with the store team, customer screen and scanner work again.
    Parts: 1x Touch display 15" (part no. 70-2231-04)

    View Work Order: {link}

    Was this resolved to your satisfaction? Reply to this email to let the team know.
    """)
    html_ = D(f"""
    <!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="background-color:#f4f6f8;margin:0;padding:24px;font-family:Helvetica,Arial,sans-serif;color:#1f2d3d;">
    <table role="presentation" width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
    <tr><td style="padding:24px 24px 8px;font-size:13px;color:#00a676;font-weight:bold;">Good news! A work order you requested has been completed.</td></tr>
    <tr><td style="padding:0 24px;font-size:20px;font-weight:bold;">Work Order #1042</td></tr>
    <tr><td style="padding:4px 24px 16px;font-size:15px;">{esc(osubj(n))}</td></tr>
    <tr><td style="padding:0 24px;"><table role="presentation" cellpadding="6" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#6b7c93;">Status</td><td><b style="color:#00a676;">Complete</b></td></tr>
    <tr><td style="color:#6b7c93;">Completed by</td><td>Pieter Wouters</td></tr>
    <tr><td style="color:#6b7c93;">Completed on</td><td>07/10/2024 3:38 PM</td></tr>
    <tr><td style="color:#6b7c93;">Time spent</td><td>1 h 45 min</td></tr>
    </table></td></tr>
    <tr><td style="padding:16px 24px;font-size:14px;"><b>Completion notes</b><br>Replaced the 15&quot; touchscreen of SCO-03 (display controller failure). Lane tested with the store team, customer screen and scanner work again.<br>Parts: 1x Touch display 15&quot; (part no. 70-2231-04)</td></tr>
    <tr><td style="padding:8px 24px 24px;"><a href="{link}" style="background:#2d7ff9;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;font-size:14px;">View Work Order</a></td></tr>
    </table>
    </body></html>
    """)
    h = [
        ("From", addr("UpKeep", "notifications@onupkeep.com")),
        ("Reply-To", addr("RSNL Facilities & Service", "facilities@rsnl.nl")),
        ("To", OUR_ADDR),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(b64seed("uk208d", 16).replace("/", "").replace("+", "").rstrip("=") + ".filterdrecv-" + hx("uk208e", 10) + "-" + hx("uk208h", 5), "geopod-ismtpd-1")),
        ("List-Unsubscribe", f"<https://app.onupkeep.com/unsubscribe/{hx('uk208u', 24)}>"),
        ("X-SG-EID", b64seed("uk208sg2", 60)),
        ("X-Entity-ID", b64seed("uk208ent", 18)),
    ]
    return message(h, alt(plain, html_, hx("uk208c", 40)))


# ---------------------------------------------------------------- 205 Track-It!: work order closed
@reg("trackit-wo-closed", at(2024, 7, 10, 17, 22, 48), 205, "12094", "closed", "Track-It! (work order notification)", "en",
     "Track-It! closure notification with resolution text, windows-1252 HTML-only; only the work order number in the subject")
def m_trackit_205_closed(m):
    n = 205
    s = "Work Order #12094 has been closed"
    html_ = D(f"""
    <HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=windows-1252"></HEAD>
    <BODY style="FONT-SIZE: 10pt; FONT-FAMILY: Tahoma">
    <P>Dear StoreDesk,</P>
    <P>The following work order has been completed and closed by the RSNL IT Service Desk.</P>
    <TABLE style="FONT-SIZE: 10pt; FONT-FAMILY: Tahoma" cellSpacing=0 cellPadding=3 border=1>
    <TR><TD bgColor=#d9e5f2><B>Work Order #</B></TD><TD>12094</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Summary</B></TD><TD>{esc(osubj(n))}</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Status</B></TD><TD>Closed</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Technician</B></TD><TD>Erik Smit</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Date Closed</B></TD><TD>7/10/2024 5:22:48 PM</TD></TR>
    <TR><TD bgColor=#d9e5f2><B>Resolution</B></TD><TD>Access point in the stockroom rebooted every 60 minutes because of a PoE budget overload on switch port 14. Moved AP to port 22 (PoE+), no drops since Monday 8 July. Closing &#8211; store manager confirmed by phone.</TD></TR>
    </TABLE>
    <P>If you feel this issue has not been resolved, please contact the Service Desk and quote work order 12094.</P>
    <P>RSNL IT Service Desk &#8211; +31 88 776 5400</P>
    </BODY></HTML>
    """)
    h = [
        ("From", addr("RSNL IT Service Desk", "servicedesk@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("TI" + HX("ti205c", 18), "trackit.rsnl.nl")),
        ("X-Priority", "3"),
        ("X-Mailer", "Track-It! Notification Service"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "windows-1252", "quoted-printable"))


# ---------------------------------------------------------------- 210 Movidesk: agent reply (PT)
@reg("movidesk-agent-reply", at(2024, 7, 11, 10, 20, 45, WEST), 210, "7731", "update", "Movidesk", "pt",
     "agent action mailed by Movidesk, pt-PT; technician visit planned; scale serial and certificate number decoys; subject has only the ticket number")
def m_movi_210_upd(m):
    n = 210
    s = "Ticket #7731 - Nova resposta da equipa de suporte"
    reply = D("""
    Bom dia,

    Analisámos os registos da balança da secção de talho (modelo DS-781, n.º de série 21A0447196). O desvio de cerca de 40 g indica que a célula de carga está descalibrada após a mudança de bancada da semana passada.

    O nosso técnico Rui Almeida irá à loja de Santa Catarina na sexta-feira, 12 de julho, às 8h30, para recalibrar a balança e emitir um novo certificado de verificação metrológica (o certificado atual é o n.º 2023/PT-88412). Até lá, pedimos que a balança não seja usada para venda a peso.

    Com os melhores cumprimentos,
    Inês Carvalho
    Suporte RSNL Portugal
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#404040;">
    <div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;">
    <div style="background:#1e88e5;color:#fff;padding:16px 20px;font-size:18px;">Ticket #7731 - {esc(title(n))}</div>
    <div style="padding:20px;">
    {paras_html(reply)}
    <hr style="border:0;border-top:1px solid #e5e5e5;">
    <p style="font-size:12px;color:#888;">Assunto: {esc(osubj(n))}<br>Estado: Em atendimento<br>
    <a href="https://rsnl.movidesk.com/Ticket/Edit/7731" style="color:#1e88e5;">Ver ticket</a></p>
    </div></div>
    {movi_marker("movi210u", 7731)}
    </body></html>
    """)
    plain = reply + "\n---\nAssunto: " + osubj(n) + "\nEstado: Em atendimento\nhttps://rsnl.movidesk.com/Ticket/Edit/7731\n"
    h = [
        ("From", addr("Inês Carvalho | Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("Reply-To", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_MOVI_210_UPD),
        ("In-Reply-To", MID_MOVI_210_ACK),
        ("References", refs(omid(n), MID_MOVI_210_ACK)),
    ]
    return message(h, alt(plain, html_, "--boundary_1_" + uid("movi210c"), cte_plain="base64", cte_html="base64"))


# ---------------------------------------------------------------- 202 SmarterTrack: auto-closed for inactivity
@reg("smartertrack-auto-closed", at(2024, 7, 12, 3, 0, 12), 202, "KPV-418-20931", "closed", "SmarterTrack (Auto-Close Ticket template)", "en",
     "night-time auto-close notice, plain text; subject only 'Ticket KPV-418-20931 closed'; our subject appears in the body; 'reply to reopen' wording")
def m_st_202_closed(m):
    n = 202
    s = "Ticket KPV-418-20931 closed"
    plain = D(f"""
    Hello,

    Your ticket KPV-418-20931 ("{osubj(n)}") has been closed
    automatically because we have not received a reply for 7 days.

    Last response from our agent (Wed 7/3/2024):
    "The receipt printer in Utrecht was offline because its IP address had
    changed after the router swap. We have set a DHCP reservation (10.22.4.31)
    and the till prints again. Please let us know if the problem returns."

    If your issue is not resolved, simply reply to this email and the ticket will
    be reopened. Please do not change the subject line.

    RSNL Helpdesk
    https://helpdesk.rsnl.nl
    """)
    h = [
        ("From", addr("RSNL Helpdesk", "helpdesk@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("ST." + HX("st202c", 20), "helpdesk.rsnl.nl")),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "bulk"),
        ("X-Mailer", "SmarterTrack 100.0.8803"),
    ]
    return message(h, text(plain, "plain", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- TRAP: DSN bounce of our STORE-240 mail
@reg("dsn-delayed-store-240", at(2024, 7, 12, 13, 0, 6), None, None, "ignore", "Postfix DSN (our own MTA, delay warning)", "en",
     "trap: 'Delayed Mail (still being retried)' multipart/report carrying the headers of our STORE-240 mail (tag, subject, Message-ID); no vendor event")
def m_dsn_240(m):
    n = 240
    qid = HX("dsn240q", 10)
    human = D(f"""
    This is the mail system at host mta1.ops.storedesk.example.

    ####################################################################
    # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
    ####################################################################

    Your message could not be delivered for more than 4 hour(s).
    It will be retried until it is 5 day(s) old.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <support@rsnl.nl>: host mx1.rsnl.nl[195.8.214.20] said: 452 4.2.2
        <support@rsnl.nl>: Mailbox over quota, try again later (in reply to
        RCPT TO command)
    """)
    status = D(f"""
    Reporting-MTA: dns; mta1.ops.storedesk.example
    X-Postfix-Queue-ID: {qid}
    X-Postfix-Sender: rfc822; helpdesk@ops.storedesk.example
    Arrival-Date: Fri, 12 Jul 2024 09:00:01 +0200 (CEST)
    """) + "\n" + D("""
    Final-Recipient: rfc822; support@rsnl.nl
    Original-Recipient: rfc822;support@rsnl.nl
    Action: delayed
    Status: 4.2.2
    Remote-MTA: dns; mx1.rsnl.nl
    Diagnostic-Code: smtp; 452 4.2.2 <support@rsnl.nl>: Mailbox over quota, try
        again later
    Will-Retry-Until: Wed, 17 Jul 2024 09:00:01 +0200 (CEST)
    """)
    raw = (INPUT / "sent" / f"store-{n}.eml").read_bytes().decode("ascii")
    orig_headers = raw.split("\r\n\r\n", 1)[0].replace("\r\n", "\n") + "\n"
    root = multipart("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], _crlf_bytes(human, "ascii")),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], _crlf_bytes(status, "ascii")),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], _crlf_bytes(orig_headers, "ascii")),
    ], f"{qid}.1720782006/mta1.ops.storedesk.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")
    h = [
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mta1.ops.storedesk.example")),
        ("To", OUR_ADDR),
        ("Subject", "Delayed Mail (still being retried)"),
        ("Date", rfcdate(m["date"]) + " (CEST)"),
        ("Message-Id", mid("20240712110006." + qid, "mta1.ops.storedesk.example")),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(h, root)


# ---------------------------------------------------------------- 212 Aranda Service Desk: case registered (ES)
@reg("aranda-caso-registrado", at(2024, 7, 12, 9, 2, 20), 212, "118342", "acknowledged", "Aranda Service Desk", "es",
     "Spanish case-registration notification; threaded; subject carries case number and our subject; SLA/date fields")
def m_aranda_212_ack(m):
    n = 212
    s = f"Caso 118342 registrado - {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333;">
    <table width="620" cellpadding="8" cellspacing="0" style="border:1px solid #c9d3dd;">
    <tr><td colspan="2" style="background:#00467f;color:#fff;font-size:14px;"><b>Mesa de Ayuda RSNL Iberia</b></td></tr>
    <tr><td colspan="2">Estimado usuario, su solicitud ha sido registrada en nuestra mesa de ayuda con la siguiente información:</td></tr>
    <tr><td width="170"><b>Número de caso</b></td><td>118342</td></tr>
    <tr><td><b>Asunto</b></td><td>{esc(osubj(n))}</td></tr>
    <tr><td><b>Tipo</b></td><td>Incidente</td></tr>
    <tr><td><b>Servicio</b></td><td>Puesto de trabajo tienda</td></tr>
    <tr><td><b>Estado</b></td><td>Registrado</td></tr>
    <tr><td><b>Fecha de registro</b></td><td>12/07/2024 09:02</td></tr>
    <tr><td><b>Fecha estimada de solución</b></td><td>15/07/2024 18:00</td></tr>
    <tr><td colspan="2">Puede consultar el estado de su caso en <a href="https://mesadeayuda.es.rsnl.nl/usdk/#/case/118342">https://mesadeayuda.es.rsnl.nl/usdk/#/case/118342</a>. Para añadir información, responda a este correo sin modificar el asunto.</td></tr>
    <tr><td colspan="2" style="font-size:10px;color:#888;">Este es un mensaje automático generado por Aranda Service Desk. RSNL Iberia S.L. - Tel. +34 91 555 30 20</td></tr>
    </table>
    </body></html>
    """)
    h = [
        ("From", addr("Mesa de Ayuda RSNL Iberia", "mesadeayuda@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_ARANDA_212),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 209 Octopus: incident closed (FR)
@reg("octopus-incident-closed", at(2024, 7, 12, 16, 30, 4), 209, "24517", "closed", "Octopus ITSM", "fr",
     "French incident closure notification with solution text; subject only 'Fermeture de l'incident 24517'; store/title in body; no threading headers")
def m_oct_209_closed(m):
    n = 209
    s = "Fermeture de l'incident 24517"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
    <p>Bonjour,</p>
    <p>Votre incident <b>24517</b> a été fermé.</p>
    <table cellpadding="3" cellspacing="0" style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
    <tr><td><b>Sujet :</b></td><td>{esc(osubj(n))}</td></tr>
    <tr><td><b>État :</b></td><td>Fermé</td></tr>
    <tr><td><b>Solution :</b></td><td>Routeur remplacé le 11/07 par le technicien (ancien n° de série FGT60F-TK2209, nouveau FGT60F-TK3318). Configuration VPN restaurée, tous les voyants sont au vert. Le magasin confirme le bon fonctionnement des caisses et du Wi-Fi.</td></tr>
    <tr><td><b>Date de fermeture :</b></td><td>12/07/2024 16:30</td></tr>
    </table>
    <p>Si le problème persiste, vous pouvez répondre à ce courriel dans les 10 jours pour rouvrir l'incident.</p>
    <p>Cordialement,<br>Le centre de services RSNL France</p>
    </body></html>
    """)
    h = [
        ("From", addr("Centre de services RSNL France", "servicedesk@fr.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("Octopus." + HX("oct-209c", 12) + ".24517", "fr.rsnl.nl")),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Octopus MailIntegration"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 212 Outlook for Android ES: remote fix in progress
@reg("outlook-android-es-progress", at(2024, 7, 15, 10, 31, 40), 212, "118342", "update", "Outlook for Android", "es",
     "Spanish human reply to the Aranda mail: remote diagnosis, disk 98 % full, partial fix and plan; 'Obtener Outlook para Android'")
def m_android_212(m):
    n = 212
    ar_subject = f"Caso 118342 registrado - {osubj(n)}"
    s = f"RE: {ar_subject}"
    reply = D("""
    Buenos días Sam:

    Sobre el caso 118342: nos hemos conectado en remoto al PC de trastienda de Preciados. El disco estaba al 98 % por los registros de la cámara y una copia local de las ventas de 2023; hemos liberado unos 60 GB y el equipo va bastante mejor.

    Aun así el disco duro es mecánico y tiene sectores reasignados, así que vamos a sustituirlo por un SSD. Lo pedimos hoy y pasaremos el miércoles 17 por la tarde para instalarlo; la intervención dura aproximadamente una hora.

    Un saludo,
    Javier Ortega
    Soporte Técnico - RSNL Iberia
    """)
    footer = "Obtener Outlook para Android<https://aka.ms/AAb9ysg>"
    ack_dt = at(2024, 7, 12, 9, 2, 20)
    qtxt = D(f"""
    Estimado usuario, su solicitud ha sido registrada en nuestra mesa de ayuda con la siguiente información:
    Número de caso: 118342
    Asunto: {osubj(n)}
    Tipo: Incidente
    Estado: Registrado
    """)
    q_from = "Mesa de Ayuda RSNL Iberia <mesadeayuda@es.rsnl.nl>"
    q_to = "StoreDesk <helpdesk@ops.storedesk.example>"
    q_sent = outlook_sent(ack_dt, "es")
    plain = reply + "\n" + footer + "\n" + outlook_plain_quote("es", q_from, q_sent, q_to, ar_subject, qtxt, sep="_" * 32)
    html_ = D(f"""
    <html>
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    </head>
    <body>
    {paras_html(reply, "div", ' dir="auto"')}
    <div dir="auto"><br></div>
    <div id="ms-outlook-mobile-signature" dir="auto">Obtener <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></div>
    <div id="ms-outlook-mobile-body-separator-line" dir="auto"><hr style="display:inline-block;width:98%" tabindex="-1"></div>
    <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> {esc(q_from)}<br>
    <b>Enviado:</b> {esc(q_sent)}<br>
    <b>Para:</b> {esc(q_to)}<br>
    <b>Asunto:</b> {esc(ar_subject)}</font>
    <div>&nbsp;</div>
    </div>
    <div>{nl2br(qtxt)}</div>
    </body>
    </html>
    """)
    d = m["date"]
    h = [
        ("From", addr("Javier Ortega", "javier.ortega@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(ar_subject, "b")),
        ("Thread-Index", thread_index("and212", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("and212", "DU0P190MB")),
        ("References", refs(omid(n), MID_ARANDA_212)),
        ("In-Reply-To", MID_ARANDA_212),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ] + exo_headers("and212", d)
    return message(h, alt(plain, html_, "_000_" + HX("and212b", 20) + "_"))


# ---------------------------------------------------------------- 215 LiveHelpNow: ticket received
@reg("livehelpnow-ticket-received", at(2024, 7, 15, 3, 1, 12, EDT), 215, "402193", "acknowledged", "LiveHelpNow (ticket auto-response)", "en",
     "US-hosted helpdesk auto-response, Date in -0400; ticket number in subject suffix; our subject kept; threaded; opening hours and phone decoys")
def m_lhn_215(m):
    n = 215
    s = f"{osubj(n)} [Ticket: 402193]"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:13px;">
    <p>Dear StoreDesk,</p>
    <p>Thank you for contacting RSNL Support. This message confirms that we have received your email. Your ticket number is <b>402193</b>.</p>
    <p>A support representative will review your request and respond during our business hours (Mon-Fri 8:00-18:00 CET). For urgent payment outages call 0800-776-5499 (toll free, NL).</p>
    <p>Please include your ticket number in the subject line of any further correspondence regarding this request.</p>
    <p>Original request:<br><i>{esc(osubj(n))}</i></p>
    <p>Sincerely,<br>RSNL Support Team</p>
    <p style="font-size:10px;color:#999;">Ticket ID: 402193 | Department: Retail Hardware | Powered by LiveHelpNow</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Support", "rsnl@livehelpnow.net")),
        ("Reply-To", addr("RSNL Support", "support@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("LHN-" + hx("lhn215", 20), "livehelpnow.net")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, text(html_, "html", "utf-8", "7bit" if is_ascii(html_) else "quoted-printable"))


# ---------------------------------------------------------------- 207 Teamleader Focus: ticket closed (BE)
@reg("teamleader-ticket-closed", at(2024, 7, 15, 14, 5, 19), 207, "2417", "closed", "Teamleader Focus (tickets)", "nl",
     "Flemish 'ticket werd afgesloten' notice; ticket number in subject prefix; includes a satisfaction question (still a closure)")
def m_tl_207_closed(m):
    n = 207
    s = f"[Ticket #2417] {osubj(n)}"
    plain = D(f"""
    Dag StoreDesk,

    Je ticket #2417 werd afgesloten.

    Samenvatting van onze collega Wim Claes:
    "De labelprinter in Antwerpen Meir drukte blanco etiketten af omdat er
    direct-thermische labels in een printer zaten die op thermal-transfer stond.
    Printerinstelling aangepast en het lint verwijderd; testetiketten zijn in orde."

    Is je probleem toch niet opgelost? Antwoord dan op deze e-mail, dan heropenen
    we het ticket.

    Hoe tevreden ben je over onze hulp? https://focus.teamleader.eu/survey.php?t={hx("tl207s", 16)}

    Met vriendelijke groeten,
    Het supportteam van RSNL België
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2a3b4d;">
    <p>Dag StoreDesk,</p>
    <p>Je ticket <strong>#2417</strong> werd afgesloten.</p>
    <p>Samenvatting van onze collega Wim Claes:</p>
    <blockquote style="border-left:3px solid #00b2b2;margin:0;padding-left:10px;">De labelprinter in Antwerpen Meir drukte blanco etiketten af omdat er direct-thermische labels in een printer zaten die op thermal-transfer stond. Printerinstelling aangepast en het lint verwijderd; testetiketten zijn in orde.</blockquote>
    <p>Is je probleem toch niet opgelost? Antwoord dan op deze e-mail, dan heropenen we het ticket.</p>
    <p>Hoe tevreden ben je over onze hulp? <a href="https://focus.teamleader.eu/survey.php?t={hx('tl207s', 16)}">Geef je beoordeling</a></p>
    <p>Met vriendelijke groeten,<br>Het supportteam van RSNL Belgi&euml;</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL België", "support@be.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("ticket-2417-" + hx("tl207c", 12), "mail.teamleader.eu")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, alt(plain, html_, "=_" + hx("tl207d", 28)))


# ---------------------------------------------------------------- 210 Movidesk: resolved + satisfaction (PT)
@reg("movidesk-resolved-survey", at(2024, 7, 15, 16, 45, 2, WEST), 210, "7731", "resolved", "Movidesk", "pt",
     "'ticket resolvido' with embedded satisfaction buttons (Ótimo/Bom/Ruim); resolved, not a trap survey; subject has only the ticket number")
def m_movi_210_res(m):
    n = 210
    s = "Ticket #7731 resolvido - avalie o nosso atendimento"
    base = "https://rsnl.movidesk.com/Survey/Answer?ticket=7731&key=" + hx("movi210s", 24)
    plain = D(f"""
    Olá StoreDesk,

    O ticket #7731 foi marcado como resolvido.

    Solução: balança DS-781 da secção de talho recalibrada na sexta-feira pelo
    técnico Rui Almeida; novo certificado de verificação emitido. Pesagens de
    teste com massas padrão de 1 kg e 5 kg dentro da tolerância.

    Se o problema persistir, responda a este e-mail nos próximos 7 dias e o ticket
    será reaberto.

    Como avalia o nosso atendimento?
    Ótimo: {base}&r=3
    Bom:   {base}&r=2
    Ruim:  {base}&r=1

    Atenciosamente,
    Suporte RSNL Portugal
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#404040;">
    <div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;">
    <div style="background:#43a047;color:#fff;padding:16px 20px;font-size:18px;">Ticket #7731 resolvido</div>
    <div style="padding:20px;">
    <p>Olá StoreDesk,</p>
    <p>O ticket <b>#7731</b> ({esc(osubj(n))}) foi marcado como resolvido.</p>
    <p><b>Solução:</b> balança DS-781 da secção de talho recalibrada na sexta-feira pelo técnico Rui Almeida; novo certificado de verificação emitido. Pesagens de teste com massas padrão de 1 kg e 5 kg dentro da tolerância.</p>
    <p>Se o problema persistir, responda a este e-mail nos próximos 7 dias e o ticket será reaberto.</p>
    <p><b>Como avalia o nosso atendimento?</b></p>
    <p><a href="{base}&amp;r=3" style="background:#43a047;color:#fff;padding:8px 14px;text-decoration:none;">Ótimo</a>&nbsp;
    <a href="{base}&amp;r=2" style="background:#fbc02d;color:#fff;padding:8px 14px;text-decoration:none;">Bom</a>&nbsp;
    <a href="{base}&amp;r=1" style="background:#e53935;color:#fff;padding:8px 14px;text-decoration:none;">Ruim</a></p>
    <p>Atenciosamente,<br>Suporte RSNL Portugal</p>
    </div></div>
    {movi_marker("movi210r", 7731)}
    </body></html>
    """)
    h = [
        ("From", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("Reply-To", addr("Suporte RSNL Portugal", "atendimento@rsnl.movidesk.com")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("movi-210-res"), "movidesk.com")),
        ("In-Reply-To", MID_MOVI_210_UPD),
        ("References", refs(omid(n), MID_MOVI_210_ACK, MID_MOVI_210_UPD)),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, alt(plain, html_, "--boundary_2_" + uid("movi210d"), cte_plain="base64", cte_html="base64"))


# ---------------------------------------------------------------- 217 ProProfs Help Desk: agent asks for details
@reg("proprofs-agent-question", at(2024, 7, 17, 9, 48, 10, UTC), 217, "7352", "update", "ProProfs Help Desk", "en",
     "agent reply via a hosted shared-inbox helpdesk; asks for paper roll specs; '## Please type your reply above this line ##' marker; ticket id in subject suffix")
def m_proprofs_217(m):
    n = 217
    s = f"Re: {osubj(n)} [#7352]"
    reply = D("""
    Hi Sam,

    Thanks for reporting the paper jams in Eindhoven Piazza. Jams on these
    printers are almost always caused by the paper roll, so before we send an
    engineer could you check the following for us?

    - Roll width and core: the TM-T88VII needs 80 mm rolls with a 12 mm core
      (max. diameter 83 mm). We have seen 79,5 mm rolls from a new supplier jam.
    - Is the jam on every receipt, or only on long receipts (returns, loyalty)?
    - The printer serial number (label on the bottom, e.g. X7P2012345).

    If you can send a photo of the paper path with the cover open, that would help
    a lot.

    Best regards,
    Priya Nair
    RSNL Support
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
    <div style="color:#b5b5b5;font-size:12px;">## Please type your reply above this line ##</div>
    <div style="padding:12px 0;">{paras_html(reply)}</div>
    <div style="border-top:1px solid #e3e3e3;padding-top:8px;font-size:12px;color:#888;">
    Ticket #7352 | Status: Pending | Priority: Medium<br>
    <a href="https://rsnl.helpdesk.proprofs.com/ticket/7352">View ticket</a>
    </div>
    <div style="border-left:2px solid #ddd;margin-top:12px;padding-left:8px;font-size:12px;color:#666;">
    <b>StoreDesk</b> wrote on Jul 17, 2024 07:00 AM UTC:<br>{nl2br(obody(n))}</div>
    </body></html>
    """)
    h = [
        ("From", addr("Priya Nair (RSNL Support)", "rsnl@helpdesk.proprofs.com")),
        ("Reply-To", addr("RSNL Support", "rsnl@helpdesk.proprofs.com")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("pp-" + hx("pp217", 24), "helpdesk.proprofs.com")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 243 RepairDesk: waiting for parts
@reg("repairdesk-waiting-parts", at(2024, 7, 17, 13, 20, 37, UTC), 243, "T-4412", "update", "RepairDesk (repair ticket status)", "en",
     "depot-repair ticket status mail 'Waiting for Parts'; id shape T-4412; invoice/estimate/IMEI-like serial and money decoys; no threading")
def m_repairdesk_243(m):
    n = 243
    s = "Ticket T-4412 status update: Waiting for Parts"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
    <p>Hello StoreDesk,</p>
    <p>The status of your repair ticket <b>T-4412</b> has been changed to <b>Waiting for Parts</b>.</p>
    <table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;font-size:13px;">
    <tr><th align="left">Device</th><th align="left">Serial</th><th align="left">Problem</th><th align="left">Status</th></tr>
    <tr><td>Zebra TC52 handheld (store {esc(store(n))})</td><td>21123B0447</td><td>{esc(title(n))} - battery does not charge (your ref. STORE-243)</td><td>Waiting for Parts</td></tr>
    </table>
    <p>Technician note: battery pack BTRY-TC51-43MA2 is swollen and the charging contacts are corroded. Replacement battery and contact board ordered from Zebra, expected delivery 22/07/2024. The repair is covered by your service contract; estimate E-2291 (EUR 0,00) attached to the ticket.</p>
    <p>You can track your repair at <a href="https://rsnl.repairdesk.co/track/T-4412">rsnl.repairdesk.co/track/T-4412</a>.</p>
    <p>Thanks,<br>RSNL Repair Centre Antwerpen<br>+32 3 286 40 19</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Repair Centre", "repairs@rsnl.nl")),
        ("Sender", "notifications@repairdesk.co"),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(hx("rd243", 24), "repairdesk.co")),
        ("X-Mailgun-Sid", b64seed("rd243mg", 30)),
        ("X-Mailgun-Variables", '{"ticket_id": "T-4412"}'),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- TRAP: meeting invitation
@reg("outlook-meeting-invite", at(2024, 7, 17, 16, 5, 0), None, None, "ignore", "Outlook 365 meeting request (text/calendar)", "nl",
     "trap: account manager invites to a quarterly service review; METHOD:REQUEST; talks about tickets in general only")
def m_invite(m):
    s = "Uitnodiging: Kwartaaloverleg service Q3 RSNL - StoreDesk"
    plain = D("""
    Hoi Sam,

    Zoals besproken plannen we het kwartaaloverleg voor Q3. Agenda:
    1. SLA-rapportage Q2 (responstijd, first-time-fix)
    2. Openstaande storingen en terugkerende meldingen
    3. Roadmap firmware PIN-terminals en kassa-images
    4. Rondvraag

    Ik stuur de SLA-rapportage een dag van tevoren.

    Groet,
    Eva Jacobs
    Accountmanager Retail | RSNL B.V.
    ________________________________________________________________________________
    Microsoft Teams-vergadering
    Deelnemen op uw computer, mobiele app of apparaat in de ruimte
    Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{0}%40thread.v2/0>
    Vergaderings-id: 372 118 904 552
    Wachtwoordcode: Xa7hQ3
    ________________________________________________________________________________
    """).replace("{0}", hx("inv", 24))
    dstamp = m["date"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    ics = D(f"""
    BEGIN:VCALENDAR
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
    ORGANIZER;CN=Eva Jacobs:mailto:eva.jacobs@rsnl.nl
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:helpdesk@ops.storedesk.example
    DESCRIPTION;LANGUAGE=nl-NL:Agenda: SLA-rapportage Q2\\, openstaande storingen\\, firmware-roadmap\\, rondvraag.
    UID:040000008200E00074C5B7101A82E008000000008{hx("invuid", 40).upper()}
    SUMMARY;LANGUAGE=nl-NL:Kwartaaloverleg service Q3 RSNL - StoreDesk
    DTSTART;TZID=W. Europe Standard Time:20240805T100000
    DTEND;TZID=W. Europe Standard Time:20240805T113000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:{dstamp}
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-IMPORTANCE:1
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    END:VCALENDAR
    """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             + paras_html(plain.split("_" * 80)[0]) + '<div style="margin-top:24px;">'
             '<p><b>Microsoft Teams-vergadering</b><br>Deelnemen op uw computer, mobiele app of apparaat in de ruimte<br>'
             f'<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx("inv", 24)}%40thread.v2/0">Klik hier om deel te nemen aan de vergadering</a><br>'
             'Vergaderings-id: 372 118 904 552<br>Wachtwoordcode: Xa7hQ3</p></div></body></html>\n')
    root = multipart("alternative", [
        text(plain, "plain", "utf-8", "quoted-printable"),
        text(html_, "html", "utf-8", "quoted-printable"),
        text(ics, "calendar", "utf-8", "base64", params="; method=REQUEST"),
    ], "_000_" + HX("invb", 20) + "_")
    d = m["date"]
    h = [
        ("From", addr("Eva Jacobs", "eva.jacobs@rsnl.nl")),
        ("To", addr(*OUR)),
        ("CC", addr("Marco de Vries", "marco.devries@rsnl.nl")),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj("Kwartaaloverleg service Q3 RSNL - StoreDesk", "b")),
        ("Thread-Index", thread_index("inv", 0)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("inv", "AM8PR08MB")),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64seed("invser", 24).replace("/", "A").replace("+", "B").rstrip("=")),
    ] + exo_headers("inv", d)
    return message(h, root)


# ---------------------------------------------------------------- 216 BOSSDesk: ticket resolved
@reg("bossdesk-ticket-resolved", at(2024, 7, 18, 8, 10, 55, EDT), 216, "10532", "resolved", "BOSSDesk", "en",
     "hosted ITSM 'ticket resolved' notification, multipart; resolution + reopen window; switch model/port numbers as decoys; Date -0400")
def m_boss_216(m):
    n = 216
    s = f"[Ticket #10532] Resolved: {osubj(n)}"
    plain = D(f"""
    Hello StoreDesk,

    Your ticket #10532 has been resolved.

    Subject:    {osubj(n)}
    Status:     Resolved
    Technician: Daan Mulder
    Resolution: The beeping came from the redundant power supply of the HP 1950
                48-port switch in the Den Haag Spui comms cabinet (PSU 2 failed).
                PSU replaced on site 17/07, alarm cleared, all 48 ports up.

    If you feel the issue has not been resolved, reply to this email within 5
    days and the ticket will be reopened. After that it will be closed
    automatically.

    View ticket: https://rsnl.bossdesk.io/portal/tickets/10532

    RSNL Service Desk
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;">
    <p>Hello StoreDesk,</p>
    <p>Your ticket <b>#10532</b> has been <b style="color:#2e7d32;">resolved</b>.</p>
    <table cellpadding="4" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#777;">Subject</td><td>{esc(osubj(n))}</td></tr>
    <tr><td style="color:#777;">Status</td><td>Resolved</td></tr>
    <tr><td style="color:#777;">Technician</td><td>Daan Mulder</td></tr>
    <tr><td style="color:#777;vertical-align:top;">Resolution</td><td>The beeping came from the redundant power supply of the HP 1950 48-port switch in the Den Haag Spui comms cabinet (PSU 2 failed). PSU replaced on site 17/07, alarm cleared, all 48 ports up.</td></tr>
    </table>
    <p>If you feel the issue has not been resolved, reply to this email within 5 days and the ticket will be reopened. After that it will be closed automatically.</p>
    <p><a href="https://rsnl.bossdesk.io/portal/tickets/10532">View ticket</a></p>
    <p>RSNL Service Desk</p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Service Desk", "rsnl@bossdesk.io")),
        ("Reply-To", addr("RSNL Service Desk", "rsnl@bossdesk.io")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("ticket.10532." + hx("boss216", 16), "bossdesk.io")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, alt(plain, html_, "b1_" + hx("boss216b", 32)))


# ---------------------------------------------------------------- 246 Octadesk: ticket received (PT)
@reg("octadesk-ticket-received", at(2024, 7, 18, 4, 1, 40, BRT), 246, "5518", "acknowledged", "Octadesk", "pt",
     "Brazilian SaaS helpdesk acknowledgement in Portuguese, Date -0300; '#5518' in subject; original message quoted in the body")
def m_octa_246(m):
    n = 246
    s = f"[#5518] {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:'Nunito',Arial,sans-serif;font-size:14px;color:#3d3d3d;">
    <div style="max-width:560px;margin:0 auto;">
    <p>Olá, StoreDesk!</p>
    <p>Recebemos a sua solicitação e ela foi registada com o número <b>#5518</b>. Em breve um dos nossos técnicos entrará em contacto.</p>
    <p>Horário de atendimento: segunda a sexta, das 9h às 18h (hora de Lisboa).</p>
    <div style="background:#f5f7fa;border-radius:6px;padding:12px;margin:16px 0;font-size:13px;">
    <b>A sua mensagem:</b><br>{nl2br(obody(n))}</div>
    <p>Para complementar a solicitação, basta responder a este e-mail.</p>
    <p>Equipa de Suporte RSNL Portugal</p>
    <p style="font-size:11px;color:#9aa3ad;">Enviado por Octadesk</p>
    </div>
    </body></html>
    """)
    h = [
        ("From", addr("Suporte RSNL Portugal", "suporte@rsnl.octadesk.com")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("octa246"), "octadesk.com")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(h, text(html_, "html", "utf-8", "base64"))


# ---------------------------------------------------------------- TRAP: TeamSupport mail about another customer
@reg("teamsupport-other-customer", at(2024, 7, 19, 10, 44, 12), None, None, "ignore", "TeamSupport (misaddressed)", "en",
     "trap: same TeamSupport instance and layout as the STORE-201 thread, but about another customer (Bakkerij Van Dijk, Zwolle) and ticket 51902; no StoreDesk tag or threading")
def m_ts_other(m):
    s = "[51902] Pinpad offline kassa 1 - Bakkerij Van Dijk Zwolle"
    plain = D("""
    [Please reply above this line]

    Ticket 51902 has been updated by Marco de Vries.

    Status: Open

    Marco de Vries wrote:

    Hallo mevrouw Van Dijk,

    De nieuwe voeding voor de pinpad van kassa 1 is vandaag verzonden met
    PostNL (track & trace 3SRSNL0047731226). U kunt de oude voeding in dezelfde
    doos terugsturen met het bijgevoegde retourlabel (RMA 5521-0107).

    ----------------------------------------------------------------
    Ticket Number: 51902
    Ticket Name: Pinpad offline kassa 1 - Bakkerij Van Dijk Zwolle
    Customer: Bakkerij Van Dijk V.O.F.

    https://rsnl.teamsupport.com/ticket/51902
    """)
    html_ = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #333333;">'
             '<div style="color:#999999;font-size:11px;">[Please reply above this line]</div>'
             + paras_html(plain.split("\n", 2)[2].split("-" * 64)[0]) +
             '<hr style="border:none;border-top:1px solid #dddddd;"><p style="font-size:12px;color:#555;">Ticket Number: 51902<br>'
             'Ticket Name: Pinpad offline kassa 1 - Bakkerij Van Dijk Zwolle<br>Customer: Bakkerij Van Dijk V.O.F.</p>'
             '<p><a href="https://rsnl.teamsupport.com/ticket/51902">View ticket 51902</a></p></body></html>\n')
    h = [
        ("Return-Path", "<bounces+rsnl@mail.teamsupport.com>"),
        ("From", addr("Marco de Vries (RSNL Support)", "support@rsnl.nl")),
        ("Reply-To", addr(*RSNL_SUPPORT)),
        ("To", addr("StoreDesk", OUR_ADDR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("ts-other"), "teamsupport.com")),
        ("X-Mailer", "TeamSupport"),
    ]
    return message(h, alt(plain, html_, "ts_" + hx("bother", 24)))


# ---------------------------------------------------------------- 212 Aranda: case closed (ES)
@reg("aranda-caso-cerrado", at(2024, 7, 19, 13, 15, 30), 212, "118342", "closed", "Aranda Service Desk", "es",
     "Spanish case-closure notification; subject 'El caso 118342 ha sido cerrado' without our tag; asunto field in body; survey link")
def m_aranda_212_closed(m):
    n = 212
    s = "El caso 118342 ha sido cerrado"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333;">
    <table width="620" cellpadding="8" cellspacing="0" style="border:1px solid #c9d3dd;">
    <tr><td colspan="2" style="background:#00467f;color:#fff;font-size:14px;"><b>Mesa de Ayuda RSNL Iberia</b></td></tr>
    <tr><td colspan="2">Estimado usuario, le informamos que su caso ha sido cerrado.</td></tr>
    <tr><td width="170"><b>Número de caso</b></td><td>118342</td></tr>
    <tr><td><b>Asunto</b></td><td>{esc(osubj(n))}</td></tr>
    <tr><td><b>Estado</b></td><td>Cerrado</td></tr>
    <tr><td><b>Solución</b></td><td>Sustitución del disco duro por SSD de 512 GB (miércoles 17/07) y limpieza de registros locales. El equipo arranca en 40 segundos. Verificado con la encargada de tienda.</td></tr>
    <tr><td><b>Fecha de cierre</b></td><td>19/07/2024 13:15</td></tr>
    <tr><td colspan="2">Nos gustaría conocer su opinión: <a href="https://mesadeayuda.es.rsnl.nl/usdk/survey?case=118342&amp;k={hx('ar212s', 16)}">responder la encuesta de satisfacción</a>.</td></tr>
    <tr><td colspan="2" style="font-size:10px;color:#888;">Este es un mensaje automático generado por Aranda Service Desk.</td></tr>
    </table>
    </body></html>
    """)
    h = [
        ("From", addr("Mesa de Ayuda RSNL Iberia", "mesadeayuda@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("aranda-212c"), "mesadeayuda.es.rsnl.nl")),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 218 Siebel: solution provided (resolved)
@reg("siebel-sr-solution-provided", at(2024, 7, 22, 10, 5, 33), 218, "1-88412073", "resolved", "Oracle Siebel Service (eService SR update policy)", "en",
     "plain-text Siebel workflow mail; status Open / sub-status Solution Provided = resolved pending confirmation; Siebel row-id style decoys (asset 1-2BX9QK, activity 1-9Z81TT); no threading")
def m_siebel_218(m):
    n = 218
    s = "Service Request 1-88412073 has been updated"
    plain = D(f"""
    Dear Customer,

    The status of your service request has changed.

    SR Number:     1-88412073
    Title:         {osubj(n)}
    Account:       StoreDesk Retail B.V. - {store(n)}
    Asset:         POS Software Suite 8.4 (Asset # 1-2BX9QK)
    Status:        Open
    Sub-Status:    Solution Provided
    Owner:         L2 POS Software

    Solution (activity 1-9Z81TT):
    The update to POS 8.4.2 failed because the local database still had an
    open end-of-day batch. We closed the batch remotely and re-ran the update
    on tills 1-4 last night. All tills report version 8.4.2.1187 this morning.

    Please confirm within 5 business days that the problem has been resolved.
    If we do not hear from you, the service request will be closed.

    You can review this service request at:
    https://eservice.rsnl.nl/eservice_enu/start.swe?SWECmd=GotoView&SWEView=Service+Request+Detail+View&SRNum=1-88412073

    RSNL Customer Service

    This is an automatically generated message. Please do not remove the SR
    number from the subject when replying.
    """)
    h = [
        ("From", addr("RSNL Customer Service", "eservice@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_SIEBEL_218),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Siebel Communications Server"),
    ]
    return message(h, text(plain, "plain", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 249 Samsung Email NL: firmware rolled out, resolved
@reg("samsung-nl-firmware-fixed", at(2024, 7, 22, 18, 47, 5), 249, "60412", "resolved", "Samsung Email (Android)", "nl",
     "human reply from a Galaxy phone: firmware rolled out, terminal works again, asks to close; firmware versions, TID and an SLA time as decoys near 'onze referentie 60412'")
def m_samsung_249(m):
    n = 249
    s = f"RE: {osubj(n)}"
    body = D("""
    Hoi Sam,

    Update voor Amsterdam Centraal (onze referentie 60412): de kaartlezer gaf de firmwarefout omdat de automatische update naar 4.2.0 halverwege was afgebroken. Ik heb vanmiddag handmatig firmware 4.2.1 geïnstalleerd op terminal TID 40918802. Daarna twee testbetalingen gedaan (contactloos en met chip), beide goed.

    Wat mij betreft is dit opgelost. Als de winkel morgen nog iets merkt hoor ik het graag, anders mag de melding dicht.

    Groet,
    Daan Mulder
    RSNL Field Service
    """)
    od = sent_dt(n).astimezone(CEST)
    qh = D(f"""
    -------- Oorspronkelijk bericht --------
    Van: StoreDesk <helpdesk@ops.storedesk.example>
    Datum: {od:%d-%m-%y} {od:%H:%M} (GMT+02:00)
    Aan: RSNL Support <support@rsnl.nl>
    Onderwerp: {osubj(n)}
    """)
    plain = body + "\n\n\nVerzonden vanaf mijn Galaxy\n\n\n" + qh + "\n" + obody(n)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
             + "".join(f'<div dir="auto">{nl2br(p)}</div><div dir="auto"><br></div>' for p in body.strip().split("\n\n")) +
             '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Verzonden vanaf mijn Galaxy</div></div>'
             '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Oorspronkelijk bericht --------</div>'
             '<div>Van: StoreDesk &lt;helpdesk@ops.storedesk.example&gt; </div>'
             f'<div>Datum: {od:%d-%m-%y} {od:%H:%M} (GMT+02:00) </div>'
             '<div>Aan: RSNL Support &lt;support@rsnl.nl&gt; </div>'
             f'<div>Onderwerp: {esc(osubj(n))} </div><div><br></div></div>'
             + nl2br(obody(n)) + '</body></html>\n')
    h = [
        ("Message-ID", mid(hx("sam249", 8) + "-" + hx("sam249a", 4) + "-" + hx("sam249b", 4) + "-" + hx("sam249c", 4) + "-" + hx("sam249d", 12), "email.android.com")),
        ("Date", rfcdate(m["date"])),
        ("Subject", subj(s, "b", "UTF-8")),
        ("From", addr("Daan Mulder", "daan.mulder@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Cc", addr(*RSNL_SUPPORT)),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Importance", "normal"),
        ("X-Priority", "3"),
    ]
    return message(h, alt(plain, html_, "--_com.samsung.android.email_" + str(int(hx("sam249e", 12), 16)), "UTF-8", "base64", "base64"))


# ---------------------------------------------------------------- 223 ACMP Helpdesk: ticket created (DE)
@reg("acmp-ticket-erstellt", at(2024, 7, 23, 9, 3, 44), 223, "20240723-0007", "acknowledged", "ACMP Helpdesk (Aagon)", "de",
     "German ticket-creation notification; date-based ticket id 20240723-0007; threaded; fields table; portal link")
def m_acmp_223(m):
    n = 223
    s = f"Ihr Ticket 20240723-0007 wurde erstellt: {osubj(n)}"
    plain = D(f"""
    Sehr geehrte Damen und Herren,

    vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
    20240723-0007 in unserem Helpdesk erfasst.

    Betreff:    {osubj(n)}
    Kategorie:  Netzwerk / VPN
    Priorität:  Hoch
    Status:     Neu
    Erstellt:   23.07.2024 09:03

    Bitte geben Sie bei Rückfragen immer die Ticketnummer an. Den aktuellen Stand
    können Sie jederzeit im Self-Service-Portal einsehen:
    https://helpdesk.de.rsnl.nl/acmp/portal/ticket/20240723-0007

    Mit freundlichen Grüßen
    Ihr RSNL Helpdesk Deutschland
    Tel. +49 221 99 88 400
    """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;">' + paras_html(plain) + '</body></html>\n')
    h = [
        ("From", addr("RSNL Helpdesk Deutschland", "helpdesk@de.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", MID_ACMP_223),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", "ACMP Helpdesk"),
    ]
    return message(h, alt(plain, html_, "----=_ACMP_" + HX("acmp223b", 24), cte_plain="quoted-printable", cte_html="quoted-printable"))


# ---------------------------------------------------------------- 250 Sage CRM: case assigned, engineer booked
@reg("sagecrm-case-progress", at(2024, 7, 23, 11, 2, 18), 250, "0-2291", "update", "Sage CRM (case workflow e-mail)", "en",
     "CRM case workflow e-mail; case ref 0-2291 in Sage CRM style; engineer booked; printer model/IP/phone decoys; no threading; our tag in Description")
def m_sage_250(m):
    n = 250
    s = "Case 0-2291 - engineer booked"
    plain = D(f"""
    Dear Sam Jansen,

    We have an update on your case.

    Case Reference: 0-2291
    Description:    {osubj(n)}
    Company:        StoreDesk Retail B.V.
    Status:         In Progress
    Stage:          Engineer booked
    Assigned To:    Hans Verbeek

    Update:
    The kitchen printer (Epson TM-U220, IP 10.41.7.52) in Utrecht does not answer
    on the network. We suspect the Ethernet interface board. Engineer Hans
    Verbeek will visit on Thursday 25 July between 13:00 and 15:00 with a
    replacement interface. The restaurant can print kitchen tickets on the
    backup printer at the bar in the meantime.

    Kind regards,
    RSNL Customer Service
    T +31 88 776 5400
    """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body style="font-family:Tahoma,Arial,sans-serif;font-size:12px;"><table width="600" cellpadding="10" style="border:1px solid #cccccc;"><tr><td>'
             + paras_html(plain) + '</td></tr></table></body></html>\n')
    h = [
        ("From", addr("RSNL Customer Service", "crm@rsnl.nl")),
        ("To", addr("Sam Jansen", OUR_ADDR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(hx("sage250", 20).upper(), "crm.rsnl.nl")),
        ("X-Mailer", "Sage CRM"),
    ]
    return message(h, alt(plain, html_, "----=_NextPart_" + HX("sage250b", 3) + "_" + HX("sage250c", 4) + "_" + HX("sage250d", 8) + "." + HX("sage250e", 8)))


# ---------------------------------------------------------------- TRAP: stranger cold sales mail
@reg("stranger-cold-sales", at(2024, 7, 23, 13, 30, 51, BST), None, None, "ignore", "Gmail (cold outreach from a stranger)", "en",
     "trap: unrelated POS maintenance vendor pitch; quote number, price per device and phone number; mentions 'your current vendor' without naming an issue")
def m_stranger(m):
    s = "Quick question about your POS maintenance contract"
    body = D("""
    Hi Sam,

    I noticed StoreDesk runs around 60 stores in the Benelux and Iberia. Many
    retailers we speak to are frustrated with slow on-site response from their
    current vendor, especially for tills and payment terminals.

    RetailFix offers 4-hour on-site response across NL, BE, FR, DE, PT and ES
    from EUR 14,95 per device per month. I've prepared an indicative quote for
    you (ref. Q-2024-0881) based on 60 stores with 4 tills each.

    Would you have 15 minutes next week for a short call? You can reach me on
    +44 20 7946 0321 or just reply to this email.

    Best,
    Daniel Whitford
    Business Development Manager | RetailFix Services Ltd
    London | Manchester | Rotterdam

    If you'd rather not hear from me again, just let me know.
    """)
    html_ = '<div dir="ltr">' + "".join(f"<div>{nl2br(p)}</div><div><br></div>" for p in body.strip().split("\n\n")) + "</div>\n"
    h = [
        ("MIME-Version", None),
        ("From", addr("Daniel Whitford", "d.whitford@retailfix-services.example")),
        ("Date", rfcdate(m["date"], "short")),
        ("Message-ID", mid("CAJ" + hx("strng", 12) + "=" + b64seed("strngx", 21).replace("/", "_").replace("+", "-").rstrip("="), "mail.gmail.com")),
        ("Subject", s),
        ("To", addr("Sam Jansen", OUR_ADDR)),
    ]
    return message(h, alt(body, html_, "000000000000" + hx("strngb", 16), "UTF-8"))


# ---------------------------------------------------------------- 223 Apple Mail DE: provider outage, update
@reg("applemail-de-provider-outage", at(2024, 7, 23, 15, 12, 26), 223, "20240723-0007", "update", "Apple Mail (macOS)", "de",
     "German human reply to the ACMP mail: root cause at the ISP, carrier fault number and circuit id as decoys next to the real ticket id; top-posted with blockquote")
def m_apple_223(m):
    n = 223
    acmp_subject = f"Ihr Ticket 20240723-0007 wurde erstellt: {osubj(n)}"
    s = f"Re: {acmp_subject}"
    body = D("""
    Hallo Herr Jansen,

    kurzer Zwischenstand zu unserem Ticket 20240723-0007: Der VPN-Tunnel nach Utrecht ist nicht wegen unserer Firewall unten, sondern weil der DSL-Anschluss in der Schildergasse seit heute früh keinen Sync hat. Wir haben bei der Telekom eine Störung aufgegeben (Störungsnummer 5-1BX4R7Q2, Leitungs-ID DEU.TKOM.8812.0044).

    Bis der Anschluss wieder läuft, haben wir den LTE-Backup-Router aktiviert, die Kassen sind seit 14:40 Uhr wieder online, aber langsamer. Die Telekom hat einen Techniker für morgen zwischen 8 und 12 Uhr zugesagt.

    Viele Grüße
    Stefan Krüger
    RSNL Deutschland GmbH
    """)
    ack_dt = at(2024, 7, 23, 9, 3, 44)
    qhead = f"Am {ack_dt:%d.%m.%Y} um {ack_dt:%H:%M} schrieb RSNL Helpdesk Deutschland <helpdesk@de.rsnl.nl>:"
    qtxt = D(f"""
    Sehr geehrte Damen und Herren,

    vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 20240723-0007 in unserem Helpdesk erfasst.

    Betreff:    {osubj(n)}
    Kategorie:  Netzwerk / VPN
    Priorität:  Hoch
    Status:     Neu
    """)
    plain = body + "\n" + qhead + "\n\n" + quote_gt(qtxt)
    html_ = ('<html aria-label="Nachrichtentext"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
             + "".join(f"<div>{nl2br(p)}</div><div><br></div>" for p in body.strip().split("\n\n")) +
             f'<div><br><blockquote type="cite"><div>{esc(qhead)}</div><br class="Apple-interchange-newline"><div><div>'
             + paras_html(qtxt, "div") + '</div></div></blockquote></div><br></body></html>\n')
    h = [
        ("From", addr("Stefan Krüger", "stefan.krueger@de.rsnl.nl")),
        ("Content-Type", None),
        ("Subject", subj(s, "minq")),
        ("Date", rfcdate(m["date"], "short")),
        ("In-Reply-To", MID_ACMP_223),
        ("Cc", addr("RSNL Helpdesk Deutschland", "helpdesk@de.rsnl.nl")),
        ("To", addr(*OUR)),
        ("References", refs(omid(n), MID_ACMP_223)),
        ("Message-Id", mid(HX("ap223", 8) + "-" + HX("ap223a", 4) + "-" + HX("ap223b", 4) + "-" + HX("ap223c", 4) + "-" + HX("ap223d", 12), "de.rsnl.nl")),
        ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ]
    return message(h, alt(plain, html_, "Apple-Mail=_" + HX("ap223e", 8) + "-" + HX("ap223f", 4) + "-" + HX("ap223g", 4) + "-" + HX("ap223h", 4) + "-" + HX("ap223i", 12)),
                   mime_version="1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))")


# ---------------------------------------------------------------- 218 Outlook for Mac EN: reopened
@reg("outlook-mac-en-reopened", at(2024, 7, 24, 9, 12, 40), 218, "1-88412073", "update", "Outlook for Mac", "en",
     "human reopening after our 'not fixed' feedback: 'we have reopened SR 1-88412073'; quotes the Siebel mail; event update (reopen), not resolved")
def m_mac_218(m):
    n = 218
    sieb_subject = "Service Request 1-88412073 has been updated"
    s = f"RE: {sieb_subject}"
    reply = D("""
    Hi Sam,

    Thanks for letting us know that till 2 in Groningen failed the update again last night. I've reopened SR 1-88412073 and moved it back to our L2 POS software team.

    The installer log from till 2 shows the same error as before (0x80070643 during the database migration step), so closing the open batch was apparently not the whole story. L2 will take a copy of the local database today and try the migration on a test till. I'll update you tomorrow before 12:00. Tills 1, 3 and 4 are fine on 8.4.2.

    Kind regards,
    Emma de Groot
    Service Delivery Manager | RSNL B.V.
    +31 88 776 5400
    """)
    sdt = at(2024, 7, 22, 10, 5, 33)
    qtxt = D(f"""
    Dear Customer,

    The status of your service request has changed.

    SR Number:     1-88412073
    Title:         {osubj(n)}
    Status:        Open
    Sub-Status:    Solution Provided
    """)
    qhead = D(f"""
    From: RSNL Customer Service <eservice@rsnl.nl>
    Date: Monday, 22 July 2024 at {sdt:%H:%M}
    To: StoreDesk <helpdesk@ops.storedesk.example>
    Subject: {sieb_subject}
    """)
    plain = reply + "\n" + qhead + "\n" + qtxt
    html_ = D(f"""
    <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
    p.MsoNormal, li.MsoNormal, div.MsoNormal
    	{{margin:0cm;
    	font-size:12.0pt;
    	font-family:"Aptos",sans-serif;}}
    --></style>
    </head>
    <body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
    <div class="WordSection1">
    {mso_paras(reply)}
    <div id="mail-editor-reference-message-container">
    <div>
    <div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">
    <p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="color:black">From: </span></b><span style="color:black">RSNL Customer Service &lt;eservice@rsnl.nl&gt;<br>
    <b>Date: </b>Monday, 22 July 2024 at {sdt:%H:%M}<br>
    <b>To: </b>StoreDesk &lt;helpdesk@ops.storedesk.example&gt;<br>
    <b>Subject: </b>{esc(sieb_subject)}<o:p></o:p></span></p>
    </div>
    <p class="MsoNormal">{nl2br(qtxt)}<o:p></o:p></p>
    </div>
    </div>
    </div>
    </body>
    </html>
    """)
    h = [
        ("From", addr("Emma de Groot", "emma.degroot@rsnl.nl")),
        ("To", addr(*OUR)),
        ("CC", addr("RSNL Customer Service", "eservice@rsnl.nl")),
        ("Subject", s),
        ("Thread-Topic", sieb_subject),
        ("Thread-Index", thread_index("mac218", 1)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(HX("mac218", 8) + "-" + HX("mac218a", 4) + "-" + HX("mac218b", 4) + "-" + HX("mac218c", 4) + "-" + HX("mac218d", 12), "rsnl.nl")),
        ("References", MID_SIEBEL_218),
        ("In-Reply-To", MID_SIEBEL_218),
        ("Accept-Language", "en-GB, nl-NL"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("user-agent", "Microsoft-MacOutlook/16.86.24060916"),
    ] + exo_headers("mac218", m["date"])
    return message(h, alt(plain, html_, "_000_" + HX("mac218b", 20) + "_"))


# ---------------------------------------------------------------- TRAP: out-of-office reply to STORE-253
@reg("outlook-nl-out-of-office", at(2024, 7, 25, 9, 0, 29), None, None, "ignore", "Outlook 365 automatic reply (OOF)", "nl",
     "trap: 'Automatisch antwoord' to our STORE-253 mail, keeps our tag and threading; return date and phone number; not an acknowledgement")
def m_oof_253(m):
    n = 253
    s = f"Automatisch antwoord: {osubj(n)}"
    body = D("""
    Goedendag,

    Ik ben met vakantie tot en met vrijdag 9 augustus en lees mijn e-mail niet. Uw bericht wordt niet doorgestuurd.

    Voor storingen kunt u terecht bij onze servicedesk via support@rsnl.nl of 088 776 5400 (24/7 voor kassa- en betaalstoringen). Voor planningsvragen kunt u contact opnemen met Marco de Vries (marco.devries@rsnl.nl).

    Met vriendelijke groet,
    Ilse van Dam
    Regiocoördinator Zuid | RSNL B.V.
    """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt;">'
             + paras_html(body, "p") + '</div></body></html>\n')
    d = m["date"]
    h = [
        ("From", addr("Ilse van Dam", "ilse.vandam@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s, "b")),
        ("Thread-Topic", subj(osubj(n), "b")),
        ("Thread-Index", thread_index("oof253", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("oof253", "AM0PR08MB")),
        ("References", omid(n)),
        ("In-Reply-To", omid(n)),
        ("Content-Language", "nl-NL"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "ilse.vandam@rsnl.nl"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
    ] + exo_headers("oof253", d)
    return message(h, alt(body, html_, "_000_" + HX("oof253b", 20) + "_"))


# ---------------------------------------------------------------- TRAP: invoice
@reg("exact-invoice", at(2024, 7, 26, 11, 0, 3), None, None, "ignore", "Exact Online invoice e-mail", "nl",
     "trap: RSNL invoice for the Q3 service contract with PDF; invoice, debtor, contract, order numbers and amounts; no fault ticket")
def m_invoice(m):
    s = "Factuur 2024-08817 van RSNL B.V."
    body = D("""
    Geachte heer/mevrouw,

    Bijgaand ontvangt u factuur 2024-08817 voor het servicecontract SC-2021-044
    (periode 1 juli 2024 t/m 30 september 2024, 12 vestigingen).

    Factuurnummer:   2024-08817
    Debiteurnummer:  100233
    Uw ordernummer:  4500123876
    Factuurbedrag:   EUR 4.812,50 (incl. 21% btw)
    Vervaldatum:     25-08-2024

    Wij verzoeken u het bedrag vóór de vervaldatum over te maken op
    NL91 ABNA 0417 1643 00 t.n.v. RSNL B.V., onder vermelding van het
    factuurnummer.

    Met vriendelijke groet,

    RSNL B.V. - Financiële administratie
    debiteuren@rsnl.nl | 088 776 5490
    """)
    pdf = fake_pdf("RSNL B.V. - Factuur 2024-08817", ["Debiteur 100233 - StoreDesk Retail B.V.", "Servicecontract SC-2021-044 Q3 2024",
                                                       "Uw ordernummer 4500123876", "Totaal EUR 4.812,50 incl. btw", "Vervaldatum 25-08-2024"])
    root = multipart("mixed", [
        text(body, "plain", "utf-8", "quoted-printable"),
        binary(pdf, "application/pdf", "Factuur_2024-08817.pdf"),
    ], "=-" + b64seed("invc", 18).replace("/", "_").replace("+", ".").rstrip("="))
    h = [
        ("From", addr("RSNL B.V.", "noreply@exactonline.nl")),
        ("Reply-To", addr("RSNL Debiteurenadministratie", "debiteuren@rsnl.nl")),
        ("To", addr("StoreDesk Retail B.V.", OUR_ADDR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("exact-inv"), "exactonline.nl")),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, root)


# ---------------------------------------------------------------- 224 ProactivaNET: note added (ES)
@reg("proactivanet-nota-anadida", at(2024, 7, 26, 12, 18, 44), 224, "I-003912", "update", "ProactivaNET", "es",
     "Spanish 'nueva anotación en la incidencia' notification; incident code I-003912; ESL base-station ids and a firmware version as decoys")
def m_pnet_224(m):
    n = 224
    s = f"[I-003912] Nueva anotación: {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:12px;color:#222;">
    <table width="640" cellpadding="6" cellspacing="0" style="border:1px solid #d0d0d0;">
    <tr><td style="background:#e30613;color:#fff;font-size:14px;"><b>RSNL Iberia - Centro de Soporte</b></td></tr>
    <tr><td>
    <p>Se ha añadido una anotación pública a la incidencia <b>I-003912</b>.</p>
    <p><b>Título:</b> {esc(osubj(n))}<br>
    <b>Estado:</b> En curso<br>
    <b>Técnico asignado:</b> Lucía Fernández</p>
    <p><b>Anotación:</b><br>Hemos revisado las dos estaciones base de etiquetas electrónicas (AP-ESL-01 y AP-ESL-02). La AP-ESL-02 no sincroniza desde el corte eléctrico del martes; las etiquetas de los pasillos 4 a 9 dependen de ella. Enviamos una estación base de sustitución por mensajería urgente; llegará el lunes 29 y nuestro técnico la instalará esa misma mañana. Después hay que forzar la resincronización de unas 1.800 etiquetas (firmware 3.2.14), lo que tarda unas dos horas.</p>
    <p>Puede consultar la incidencia en el portal: <a href="https://soporte.es.rsnl.nl/proactivanet/portal/Incidents/I-003912">https://soporte.es.rsnl.nl/proactivanet/portal/Incidents/I-003912</a></p>
    </td></tr>
    <tr><td style="font-size:10px;color:#888;">Mensaje generado automáticamente por ProactivaNET. No elimine el código de la incidencia del asunto si responde a este correo.</td></tr>
    </table>
    </body></html>
    """)
    h = [
        ("From", addr("Soporte RSNL Iberia", "soporte@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("PNET." + uid("pnet224"), "soporte.es.rsnl.nl")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 256 Thunderbird EN: bottom-posted question
@reg("thunderbird-en-question", at(2024, 7, 29, 10, 2, 15), 256, None, "update", "Thunderbird 115 (Windows)", "en",
     "human bottom-posted reply with interleaved quote, plain text format=flowed; asks which scanner and to scan a config barcode; model numbers as decoys; no vendor id")
def m_tb_256(m):
    n = 256
    s = f"Re: {osubj(n)}"
    od = sent_dt(n).astimezone(CEST)
    plain = (f"Hi Sam,\n\nOn {od:%d/%m/%Y %H:%M}, StoreDesk wrote:\n> Store: {store(n)}\n> Priority: high\n> Reported by: Sam Jansen\n>\n> {title(n)}.\n\n"
             + D("""
    "Beeps but no input" nearly always means the scanner reads the barcode
    but the till does not accept the keystrokes, usually because the scanner
    has dropped back to the wrong interface mode after a firmware reset.

    Which scanner is it exactly - the Honeywell 1472g handheld on till 2, or
    the built-in Magellan 9300i on till 1? If it is the handheld, could the
    store scan the "USB HID Keyboard" programming barcode on page 2 of our KB
    article 0417 (https://support.rsnl.nl/kb/0417) and try again?

    If that doesn't help I'll have someone drop by in Gent on Wednesday.

    Regards,
    Pieter

    --
    Pieter Wouters
    RSNL Belgium - Technical Support
    """))
    h = [
        ("MIME-Version", None),
        ("Message-ID", mid(uid("tb256"), "be.rsnl.nl")),
        ("Date", rfcdate(m["date"])),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", subj(s, "minb", "UTF-8")),
        ("Content-Language", "en-GB"),
        ("To", addr(*OUR)),
        ("References", omid(n)),
        ("From", addr("Pieter Wouters", "pieter.wouters@be.rsnl.nl")),
        ("In-Reply-To", omid(n)),
    ]
    return message(h, text(plain, "plain", "UTF-8", "8bit", params="; format=flowed", charset_label="UTF-8"))


# ---------------------------------------------------------------- 255 Limble CMMS: task completed
@reg("limble-task-completed", at(2024, 7, 29, 13, 2, 51, UTC), 255, "5821", "resolved", "Limble CMMS (work request notification)", "en",
     "CMMS notification 'Task #5821 has been completed'; asset id, UPS battery part numbers and load percentage as decoys; no threading; request title = our subject")
def m_limble_255(m):
    n = 255
    s = "Your work request has been completed - Task #5821"
    html_ = D(f"""
    <!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="margin:0;background:#f1f3f6;font-family:Roboto,Helvetica,Arial,sans-serif;">
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
    <table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px;">
    <tr><td style="padding:20px 24px;border-bottom:1px solid #e6e9ee;font-size:18px;color:#1c2b39;"><b>RSNL Technical Services</b></td></tr>
    <tr><td style="padding:20px 24px;font-size:14px;color:#1c2b39;">
    <p>Hi StoreDesk,</p>
    <p>The work request you submitted has been completed.</p>
    <table cellpadding="5" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#6a7a8c;">Task</td><td><b>#5821</b> - {esc(osubj(n))}</td></tr>
    <tr><td style="color:#6a7a8c;">Location</td><td>{esc(store(n))} - Server cupboard</td></tr>
    <tr><td style="color:#6a7a8c;">Asset</td><td>APC Smart-UPS 1500 (Asset ID 3318)</td></tr>
    <tr><td style="color:#6a7a8c;">Completed by</td><td>Wim Claes</td></tr>
    <tr><td style="color:#6a7a8c;">Completed</td><td>Jul 29, 2024 3:01 PM</td></tr>
    </table>
    <p><b>Completion notes:</b> Battery alarm caused by end-of-life battery cartridge (RBC7, installed 2020). Replaced with new RBC7, self-test passed, runtime 23 min at 38% load. Alarm cleared.</p>
    <p><a href="https://app.limblecmms.com/requests/status/{hx('lim255', 20)}" style="background:#3c8dbc;color:#fff;padding:9px 16px;text-decoration:none;border-radius:3px;">View request status</a></p>
    </td></tr>
    <tr><td style="padding:12px 24px;font-size:11px;color:#98a3af;">Sent by Limble CMMS on behalf of RSNL Technical Services.</td></tr>
    </table></td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Technical Services via Limble", "notifications@limblecmms.com")),
        ("Reply-To", addr("RSNL Technical Services", "techservices@be.rsnl.nl")),
        ("To", OUR_ADDR),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("0102019" + hx("lim255m", 9) + "-" + uid("lim255u") + "-000000", "eu-west-1.amazonses.com")),
        ("Feedback-ID", "1.eu-west-1.limbleNotif=:AmazonSES"),
        ("X-SES-Outgoing", "2024.07.29-54.240.7.31"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- 222 TomTicket: chamado finalizado (PT)
@reg("tomticket-chamado-finalizado", at(2024, 7, 29, 12, 40, 9, BRT), 222, "000418", "closed", "TomTicket", "pt",
     "Brazilian helpdesk 'chamado finalizado' with rating link, Date -0300; protocol number with leading zeros 000418; no threading; our subject in body")
def m_tom_222(m):
    n = 222
    s = "Chamado #000418 finalizado"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
    <table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #e1e1e1;">
    <tr><td style="background:#0f6cbd;color:#fff;padding:14px 18px;font-size:16px;">RSNL Portugal - Apoio ao Cliente</td></tr>
    <tr><td style="padding:18px;">
    <p>Olá StoreDesk,</p>
    <p>O seu chamado foi finalizado pela nossa equipa.</p>
    <p><b>Protocolo:</b> #000418<br>
    <b>Assunto:</b> {esc(osubj(n))}<br>
    <b>Departamento:</b> Suporte Técnico Lojas<br>
    <b>Atendente:</b> Rui Almeida<br>
    <b>Data de abertura:</b> 22/07/2024 08:00<br>
    <b>Data de finalização:</b> 29/07/2024 16:40</p>
    <p><b>Resposta final:</b> Ecrã tátil da caixa 1 recalibrado com a ferramenta do fabricante (20 pontos) e cabo USB do digitalizador substituído. A loja confirmou que os toques ficam agora alinhados.</p>
    <p>Avalie o atendimento recebido: <a href="https://rsnl.tomticket.com/avaliacao?c=000418&amp;h={hx('tom222', 16)}">clique aqui</a></p>
    <p>Caso precise de ajuda novamente, abra um novo chamado através do nosso portal.</p>
    <p>Atenciosamente,<br>Equipa RSNL Portugal</p>
    </td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Portugal - Apoio ao Cliente", "rsnl@tomticket.com")),
        ("Reply-To", addr("RSNL Portugal", "apoio@pt.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(hx("tom222m", 32), "tomticket.com")),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "base64"))


# ---------------------------------------------------------------- 228 Zuper: technician on the way
@reg("zuper-technician-en-route", at(2024, 7, 30, 6, 15, 20, UTC), 228, "2096", "update", "Zuper (customer notification)", "en",
     "field-service 'technician on the way' notification with ETA and tracking link; job number 2096, invoice and customer numbers as decoys; no threading")
def m_zuper_228(m):
    n = 228
    s = "Your technician is on the way - Job #2096"
    plain = D(f"""
    Hi StoreDesk,

    Your technician Ruud Kramer is on the way for job #2096.

    Job:        #2096 - {title(n)} ({store(n)})
    Your ref:   STORE-228
    ETA:        08:45 - 09:00
    Address:    Spui 21, 2511 BL Den Haag

    Track your technician live: https://rsnl.zuper.co/track/{hx("zup228", 12)}

    The engineer will replace the cutter unit of the receipt printer on till 4.
    Any open balance will be added to your monthly invoice (customer no. C-10233).

    RSNL Field Service
    """)
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1a1a1a;background:#f7f8fa;">
    <table width="560" align="center" cellpadding="20" cellspacing="0" style="background:#ffffff;border-radius:8px;">
    <tr><td>
    <p style="font-size:18px;"><b>Your technician is on the way</b></p>
    <p>Hi StoreDesk,</p>
    <p>Your technician <b>Ruud Kramer</b> is on the way for job <b>#2096</b>.</p>
    <table cellpadding="4" cellspacing="0" style="font-size:14px;">
    <tr><td style="color:#666;">Job</td><td>#2096 - {esc(title(n))} ({esc(store(n))})</td></tr>
    <tr><td style="color:#666;">Your ref</td><td>STORE-228</td></tr>
    <tr><td style="color:#666;">ETA</td><td>08:45 - 09:00</td></tr>
    <tr><td style="color:#666;">Address</td><td>Spui 21, 2511 BL Den Haag</td></tr>
    </table>
    <p><a href="https://rsnl.zuper.co/track/{hx('zup228', 12)}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Track technician</a></p>
    <p>The engineer will replace the cutter unit of the receipt printer on till 4. Any open balance will be added to your monthly invoice (customer no. C-10233).</p>
    <p>RSNL Field Service</p>
    </td></tr></table>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Field Service", "notifications@zuper.co")),
        ("Reply-To", addr("RSNL Planning", "planning@rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(uid("zup228m"), "zuper.co")),
        ("X-PM-Message-Id", uid("zup228pm")),
        ("X-PM-Tag", "job-status-enroute"),
    ]
    return message(h, alt(plain, html_, "mk3-" + hx("zup228b", 32)))


# ---------------------------------------------------------------- TRAP: Italian mail about another customer
@reg("outlook-it-other-customer", at(2024, 7, 30, 11, 20, 7), None, None, "ignore", "Outlook 365 desktop (Italian, misaddressed)", "it",
     "trap: RSNL Italia engineer writes about another retailer's ticket (#IT-7741, Milano) and reached us by address autocomplete")
def m_it_other(m):
    s = "R: Ticket #IT-7741 - Stampante fiscale non stampa - Milano Corso Buenos Aires"
    reply = D("""
    Buongiorno Federica,

    il tecnico è passato stamattina nel punto vendita di Corso Buenos Aires: la stampante fiscale (matricola 99MEX004417) aveva il giornale elettronico pieno. Abbiamo eseguito la chiusura straordinaria e ora stampa regolarmente.

    Per il ticket #IT-7741 resta solo da inviarci il verbale firmato dal responsabile di negozio. Appena lo riceviamo chiudiamo la pratica.

    Cordiali saluti,
    Giulia Ferri
    Assistenza Tecnica - RSNL Italia S.r.l.
    Tel. +39 02 8734 1150
    """)
    q = D("""
    Da: Federica Russo <f.russo@supermercatirossi.example>
    Inviato: lunedì 29 luglio 2024 17:48
    A: Giulia Ferri <g.ferri@it.rsnl.nl>
    Oggetto: Ticket #IT-7741 - Stampante fiscale non stampa - Milano Corso Buenos Aires

    Buonasera, la stampante fiscale della cassa 2 non stampa più gli scontrini da stamattina. Potete mandare qualcuno domani?
    Grazie, Federica
    """)
    plain = reply + "\n" + "_" * 32 + "\n" + q
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="IT">'
             '<div class="WordSection1">' + mso_paras(reply) +
             '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">' + nl2br(q) + '</p></div></div></body></html>\n')
    d = m["date"]
    h = [
        ("From", addr("Giulia Ferri", "g.ferri@it.rsnl.nl")),
        ("To", addr("Help Desk", OUR_ADDR)),
        ("CC", addr("Federica Russo", "f.russo@supermercatirossi.example")),
        ("Subject", s),
        ("Thread-Topic", "Ticket #IT-7741 - Stampante fiscale non stampa - Milano Corso Buenos Aires"),
        ("Thread-Index", thread_index("it7741", 1)),
        ("Date", rfcdate(d)),
        ("Message-ID", ms_mid("it7741", "DU2PR08MB")),
        ("References", mid(hx("it7741ref", 20), "supermercatirossi.example")),
        ("In-Reply-To", mid(hx("it7741ref", 20), "supermercatirossi.example")),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "it-IT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ] + exo_headers("it7741", d)
    return message(h, alt(plain, html_, "_000_" + HX("it7741b", 20) + "_"))


# ---------------------------------------------------------------- TRAP: relationship survey
@reg("qualtrics-relationship-survey", at(2024, 7, 31, 9, 30, 0), None, None, "ignore", "Qualtrics (annual customer survey)", "nl",
     "trap: generic yearly NPS survey from the vendor, not tied to any ticket; bulk headers")
def m_survey(m):
    s = "Hoe tevreden bent u over RSNL? (2 minuten)"
    link = "https://rsnl.eu.qualtrics.com/jfe/form/SV_" + hx("qsv", 15) + "?Q_CHL=email&RID=CGC_" + hx("qrid", 15)
    plain = D(f"""
    Beste Sam Jansen,

    U heeft het afgelopen jaar gebruikgemaakt van de service van RSNL. Wij horen
    graag hoe u onze dienstverlening ervaart. Het invullen van de vragenlijst
    duurt ongeveer 2 minuten.

    Hoe waarschijnlijk is het dat u RSNL aanbeveelt aan een collega?
    0 = zeer onwaarschijnlijk, 10 = zeer waarschijnlijk

    Start de vragenlijst: {link}

    Alvast hartelijk dank!

    Eva Jacobs
    Accountmanager Retail, RSNL B.V.

    Wilt u geen uitnodigingen voor onderzoeken meer ontvangen? Afmelden:
    https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&RID=CGC_{hx("qrid", 15)}
    """)
    nps = "".join(f'<td><a href="{link}&amp;Q_PopulateResponse=%7B%22QID1%22:%22{i}%22%7D" style="display:block;width:30px;text-align:center;background:#eef;padding:6px 0;text-decoration:none;">{i}</a></td>' for i in range(11))
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px;">
    <p>Beste Sam Jansen,</p>
    <p>U heeft het afgelopen jaar gebruikgemaakt van de service van RSNL. Wij horen graag hoe u onze dienstverlening ervaart. Het invullen van de vragenlijst duurt ongeveer 2 minuten.</p>
    <p><b>Hoe waarschijnlijk is het dat u RSNL aanbeveelt aan een collega?</b></p>
    <table cellpadding="2" cellspacing="0"><tr>{nps}</tr></table>
    <p><a href="{link}">Start de vragenlijst</a></p>
    <p>Alvast hartelijk dank!</p>
    <p>Eva Jacobs<br>Accountmanager Retail, RSNL B.V.</p>
    <p style="font-size:11px;color:#888;"><a href="https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&amp;RID=CGC_{hx('qrid', 15)}">Afmelden</a></p>
    </body></html>
    """)
    h = [
        ("From", addr("RSNL Klantonderzoek", "noreply@qemailserver.com")),
        ("Reply-To", addr("Eva Jacobs", "eva.jacobs@rsnl.nl")),
        ("To", addr("Sam Jansen", OUR_ADDR)),
        ("Subject", subj(s, "q")),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid(hx("qmsg", 24), "qemailserver.com")),
        ("List-Unsubscribe", f"<https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&RID=CGC_{hx('qrid', 15)}>"),
        ("Precedence", "bulk"),
        ("X-Qualtrics-Survey", "SV_" + hx("qsv", 15)),
    ]
    return message(h, alt(plain, html_, "----=_Part_" + str(int(hx("qb", 10), 16)) + "_" + str(int(hx("qb2", 8), 16)) + "." + "1722411000000"))


# ---------------------------------------------------------------- 248 ProactivaNET: incident closed (ES)
@reg("proactivanet-incidencia-cerrada", at(2024, 7, 31, 10, 45, 12), 248, "I-003977", "closed", "ProactivaNET", "es",
     "Spanish incident-closed notification; code I-003977 (same product as I-003912 for a different issue); version numbers of the POS software as decoys")
def m_pnet_248(m):
    n = 248
    s = f"[I-003977] Incidencia cerrada: {osubj(n)}"
    html_ = D(f"""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:12px;color:#222;">
    <table width="640" cellpadding="6" cellspacing="0" style="border:1px solid #d0d0d0;">
    <tr><td style="background:#e30613;color:#fff;font-size:14px;"><b>RSNL Iberia - Centro de Soporte</b></td></tr>
    <tr><td>
    <p>La incidencia <b>I-003977</b> ha sido <b>cerrada</b>.</p>
    <p><b>Título:</b> {esc(osubj(n))}<br>
    <b>Estado:</b> Cerrada<br>
    <b>Técnico:</b> Javier Ortega<br>
    <b>Fecha de cierre:</b> 31/07/2024 10:45</p>
    <p><b>Resolución:</b> La actualización del TPV de la versión 8.3.9 a la 8.4.2 fallaba por falta de espacio en la partición de sistema. Se amplió la partición y se reinstaló la actualización en las cuatro cajas. Confirmado por la tienda el 30/07; sin incidencias desde entonces.</p>
    <p>Si el problema se reproduce, por favor abra una nueva incidencia haciendo referencia a I-003977.</p>
    </td></tr>
    <tr><td style="font-size:10px;color:#888;">Mensaje generado automáticamente por ProactivaNET.</td></tr>
    </table>
    </body></html>
    """)
    h = [
        ("From", addr("Soporte RSNL Iberia", "soporte@es.rsnl.nl")),
        ("To", addr(*OUR)),
        ("Subject", subj(s)),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("PNET." + uid("pnet248"), "soporte.es.rsnl.nl")),
        ("In-Reply-To", omid(n)),
        ("References", omid(n)),
        ("X-Auto-Response-Suppress", "All"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, text(html_, "html", "utf-8", "quoted-printable"))


# ---------------------------------------------------------------- TRAP: planned maintenance notice
@reg("statuspage-maintenance", at(2024, 8, 1, 15, 0, 0), None, None, "ignore", "Atlassian Statuspage (scheduled maintenance)", "nl",
     "trap: status-page subscription mail about maintenance of the RSNL service portal; 'tickets' mentioned generically; incident-style id in the link")
def m_status(m):
    s = "[RSNL Status] Gepland onderhoud: serviceportaal en e-mailverwerking tickets"
    inc = hx("stp", 12)
    plain = D(f"""
    RSNL Status - Gepland onderhoud

    Serviceportaal en e-mailverwerking tickets
    Gepland: 14 aug. 2024, 22:00 - 15 aug. 2024, 00:00 CEST

    Tijdens dit onderhoud migreren we het serviceportaal naar een nieuwe
    omgeving. In dit tijdvak kunnen geen nieuwe meldingen via het portaal worden
    aangemaakt en worden e-mails aan support@rsnl.nl met vertraging verwerkt.
    Telefonische storingsmeldingen (088 776 5400) blijven gewoon mogelijk.

    Betrokken onderdelen: Serviceportaal, E-mail naar ticket

    Bekijk de details: https://status.rsnl.nl/incidents/{inc}

    U ontvangt deze e-mail omdat u bent geabonneerd op meldingen van RSNL Status.
    Afmelden: https://status.rsnl.nl/subscriptions/{hx("stpsub", 16)}/unsubscribe
    """)
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;color:#333;">'
             '<div style="max-width:560px;margin:0 auto;"><h2 style="color:#3498db;">Gepland onderhoud</h2>' + paras_html(plain.split("\n", 2)[2]) +
             '</div></body></html>\n')
    h = [
        ("From", addr("RSNL Status", "noreply@status.rsnl.nl")),
        ("To", OUR_ADDR),
        ("Subject", s),
        ("Date", rfcdate(m["date"])),
        ("Message-ID", mid("scheduled-maintenance-" + inc + "." + hx("stpm", 8), "status.rsnl.nl")),
        ("List-Unsubscribe", f"<https://status.rsnl.nl/subscriptions/{hx('stpsub', 16)}/unsubscribe>"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(h, alt(plain, html_, "--==_mimepart_" + hx("stpb", 13) + "_" + str(int(hx("stpc", 6), 16))))


# ============================================================================= checks and output

LANG_NAMES = {"en": "English", "nl": "Dutch", "fr": "French", "de": "German", "pt": "Portuguese", "es": "Spanish", "it": "Italian"}


def decoded_text(msg):
    """all header values (decoded) and all text parts (decoded strictly)"""
    out = []
    for part in msg.walk():
        for k in part.keys():
            for v in part.get_all(k):
                out.append(str(v))
        if part.get_content_maintype() == "text" and part["Content-Type"] is not None:
            cs = part.get_content_charset() or "us-ascii"
            out.append(part.get_payload(decode=True).decode(cs, "strict"))
    return "\n".join(out)


def check(data, name):
    errs = []
    if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare CR or LF")
    head, _, _ = data.partition(b"\r\n\r\n")
    if any(b > 127 for b in head):
        errs.append("non-ASCII in top-level headers")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) >= 998:
            errs.append(f"line {i+1} is {len(line)} octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"part {part.get_content_type()}: defects {part.defects}")
        for k in part.keys():
            for v in part.get_all(k):
                if getattr(v, "defects", None):
                    errs.append(f"header {k}: defects {v.defects}")
        # MIME part headers must be ASCII too
        if part.get_content_maintype() == "text":
            if part["Content-Type"] is None:
                # a field block inside message/delivery-status or message/disposition-notification
                continue
            cs = part.get_content_charset() or "us-ascii"   # RFC 2046 default
            try:
                part.get_payload(decode=True).decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"text part does not decode as {cs}: {e}")
    for k in ("From", "Date", "Message-ID", "Subject"):
        if msg[k] is None:
            errs.append(f"missing {k}")
    return msg, errs


RELAYS = [
    # (substring of Message-ID or From, sending host, ip)
    ("outlook.com>", "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.{}"),
    ("@rsnl.nl>", "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.{}"),
    ("mail.gmail.com", "mail-wr1-f{0}.google.com", "209.85.221.{0}"),
    ("teamsupport.com", "smtp2.teamsupport.com", "208.70.{}.18"),
    ("amazonses.com", "a4-{}.smtp-out.eu-west-1.amazonses.com", "54.240.4.{}"),
    ("geopod-ismtpd", "o1.ptr7702.onupkeep.com", "149.72.{}.96"),
    ("mcdlv.net", "mail196.atl221.mcdlv.net", "198.2.{}.196"),
    ("movidesk.com", "mail-out.movidesk.com", "177.71.{}.40"),
    ("octadesk.com", "mta.octadesk.com", "18.229.{}.3"),
    ("tomticket.com", "smtp.tomticket.com", "191.252.{}.77"),
    ("livehelpnow.net", "mail.livehelpnow.net", "69.64.{}.12"),
    ("proprofs.com", "mail.proprofs.com", "52.21.{}.88"),
    ("repairdesk.co", "m{}.mg.repairdesk.co", "161.38.204.{}"),
    ("bossdesk.io", "smtp.bossdesk.io", "20.81.{}.10"),
    ("zuper.co", "mta{}.pm-bounces.zuper.co", "50.31.156.{}"),
    ("teamleader.eu", "mail-out.teamleader.eu", "185.24.{}.36"),
    ("creatio.com", "smtp.creatio.com", "52.138.{}.61"),
    ("exactonline.nl", "smtp-out.exactonline.nl", "185.45.{}.20"),
    ("qemailserver.com", "smtp{}.qemailserver.com", "162.247.216.{}"),
    ("status.rsnl.nl", "o{}.email.statuspage.io", "167.89.{}.41"),
    ("retailfix-services.example", "mail-ej1-f{0}.google.com", "209.85.218.{0}"),
]


def received_block(m, data):
    """the Received/Delivered-To lines our MX adds on top"""
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    mid_line = re.search(r"(?im)^message-id:\s*(.*)$", head).group(1)
    from_line = re.search(r"(?im)^from:\s*(.*)$", head).group(1)
    qid = HX("q" + m["slug"], 10)
    arrive = (m["date"] + dt.timedelta(seconds=3 + int(hx("d" + m["slug"], 2), 16) % 40)).astimezone(CEST)
    when = email.utils.format_datetime(arrive) + " (CEST)"
    if "MAILER-DAEMON@mta1.ops.storedesk.example" in from_line:
        return (f"Delivered-To: {OUR_ADDR}\r\nReceived: by mta1.ops.storedesk.example (Postfix)\r\n\tid {qid}; {when}\r\n").encode()
    dom = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", from_line).group(1).lower()
    host, ip = "mail." + dom, "195.8.214.{}"
    found = False
    for key in (mid_line, from_line):
        for needle, h_, ip_ in RELAYS:
            if needle in key:
                host, ip = h_, ip_
                found = True
                break
        if found:
            break
    octet = 10 + int(hx("o" + m["slug"], 2), 16) % 200
    host = host.format(octet)
    ip = ip.format(octet)
    rcv = (f"Delivered-To: {OUR_ADDR}\r\n"
           f"Received: from {host} ({host} [{ip}])\r\n"
           f"\tby mx1.ops.storedesk.example (Postfix) with ESMTPS id {qid}\r\n"
           f"\tfor <{OUR_ADDR}>; {when}\r\n")
    return rcv.encode()


def main():
    for old in ROOT.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    msgs = sorted(MSGS, key=lambda m: m["date"])
    assert len(msgs) == 60, len(msgs)
    sent_ids = set()
    for p in sorted((INPUT / "sent").glob("*.eml")):
        sm = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        sent_ids.add(str(sm["Message-ID"]).strip())
    seen_ids = set(sent_ids)
    problems = []
    expected = []
    prev = None
    for i, m in enumerate(msgs, 1):
        fname = f"{i:02d}-{m['slug']}.eml"
        data = m["fn"](m)
        rp = re.search(rb"(?im)^Return-Path: .*\r\n", data.split(b"\r\n\r\n", 1)[0] + b"\r\n")
        if rp:
            data = data.replace(rp.group(0), b"", 1)
            rp_line = rp.group(0)
        else:
            hdr = email.message_from_bytes(data, policy=email.policy.default)
            snd = hdr["Sender"] or hdr["From"]
            rp_line = f"Return-Path: <{snd.addresses[0].addr_spec}>\r\n".encode()
        data = rp_line + received_block(m, data) + data
        msg, errs = check(data, fname)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d != m["date"]:
            errs.append(f"Date header {msg['Date']} != registered {m['date']}")
        if prev is not None and not d > prev:
            errs.append(f"Date not strictly increasing ({d} <= {prev})")
        prev = d
        mid_ = str(msg["Message-ID"]).strip()
        if mid_ in seen_ids:
            errs.append(f"duplicate Message-ID {mid_}")
        seen_ids.add(mid_)
        txt = decoded_text(msg)
        ref = f"STORE-{m['issue']}" if m["issue"] else None
        if m["event"] == "ignore":
            if m["issue"] or m["vid"]:
                errs.append("ignore with issue/vid")
        else:
            if not m["issue"]:
                errs.append("non-ignore without issue")
            else:
                n = m["issue"]
                if d <= sent_dt(n):
                    errs.append(f"Date {d} not after sent {sent_dt(n)}")
                thread = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
                findable = (re.search(rf"STORE-{n}(?!\d)", txt) or omid(n) in thread
                            or (title(n) in txt and store(n) in txt))
                if not findable:
                    errs.append("issue not determinable from the message")
                # no other issue's tag may appear
                others = set(re.findall(r"STORE-(\d{3})", txt)) - {str(n)}
                if others:
                    errs.append(f"other STORE tags present: {others}")
            if m["vid"] and m["vid"] not in txt:
                errs.append(f"vendor id {m['vid']} not in message")
        if errs:
            problems.append((fname, errs))
        (ROOT / fname).write_bytes(data)
        expected.append({"file": fname, "issue_ref": ref, "vendor_ticket_id": m["vid"], "event": m["event"],
                         "note": f"{m['product']}; {LANG_NAMES[m['lang']]}; {m['note']}",
                         "_product": m["product"], "_lang": m["lang"], "_kind": kind_of(m)})
    with open(ROOT / "expected.jsonl", "w", encoding="utf-8") as f:
        for e in expected:
            f.write(json.dumps({k: v for k, v in e.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    write_readme(expected)
    if problems:
        for fname, errs in problems:
            print(fname)
            for e in errs:
                print("   ", e)
        print(f"{len(problems)} file(s) with problems")
        sys.exit(1)
    counts = {}
    for e in expected:
        counts[e["event"]] = counts.get(e["event"], 0) + 1
    print(f"wrote {len(expected)} mails + expected.jsonl + README.md; all checks passed; events: {counts}")


CLIENT_WORDS = ("Outlook", "Gmail", "iPhone", "Apple Mail", "Thunderbird", "Samsung", "eM Client", "Roundcube")


def kind_of(m):
    if m["event"] == "ignore":
        return "trap"
    if any(w in m["product"] for w in CLIENT_WORDS):
        return "client"
    return "product"


def write_readme(expected):
    ev_order = ["acknowledged", "update", "resolved", "closed", "ignore"]
    ev = {k: 0 for k in ev_order}
    lang = {}
    for e in expected:
        ev[e["event"]] += 1
        lang[e["_lang"]] = lang.get(e["_lang"], 0) + 1
    lines = [
        "# blind10 - held-out mail-triage test set (60 mails)",
        "",
        "Incoming mails for `helpdesk@ops.storedesk.example`, written blind (without looking at the triage tool).",
        "They answer the 60 StoreDesk fault mails in `input/sent/` (STORE-201 ... STORE-260) sent to the equipment",
        "vendor RSNL, plus traps that must not touch any issue.",
        "",
        "## How to run",
        "",
        "```",
        "python3 make.py",
        "```",
        "",
        "Python 3.11, standard library only, deterministic (all ids, boundaries and tokens are derived from fixed seeds).",
        "It deletes old `NN-*.eml`, writes `01-...eml` ... `60-...eml`, `expected.jsonl` and this README, and checks",
        "every mail while writing: CRLF line endings only; ASCII-only headers (RFC 2047 encoded words for non-ASCII);",
        "every line under 998 octets; `email.message_from_bytes(..., policy=email.policy.default)` reports no defects",
        "on any part or header; every text part decodes strictly with its declared charset; Date headers strictly",
        "increasing in file order and later than the `sent` date of the issue concerned; Message-IDs unique (also",
        "against `input/sent/`). It also checks that each non-ignore mail lets a careful reader find the issue (our tag,",
        "our Message-ID in In-Reply-To/References, or title and store), that no other STORE tag appears in it, and that",
        "the expected vendor ticket id literally occurs in the mail. It exits non-zero if any check fails.",
        "",
        "`expected.jsonl`: one object per mail in file order: `file`, `issue_ref`, `vendor_ticket_id`, `event`, `note`.",
        "`vendor_ticket_id` is RSNL's id exactly as written in that mail, or null when the mail does not state it.",
        "",
        "## Counts",
        "",
        "| event | mails |",
        "|---|---|",
    ]
    for k in ev_order:
        lines.append(f"| {k} | {ev[k]} |")
    lines += ["", "| language | mails |", "|---|---|"]
    for k in sorted(lang, key=lambda x: -lang[x]):
        lines.append(f"| {LANG_NAMES[k]} | {lang[k]} |")
    clients = sorted({e["_product"] for e in expected if e["_kind"] == "client"})
    products = sorted({e["_product"].split(" (")[0] for e in expected if e["_kind"] == "product"})
    traps = [e["_product"] for e in expected if e["event"] == "ignore"]
    lines += ["", f"Helpdesk / ITSM / field-service / CRM products imitated ({len(products)}): " + ", ".join(products) + ".",
              "", f"Mail clients imitated for human replies ({len(clients)}): " + ", ".join(clients) + ".",
              "", f"Traps ({len(traps)}): " + "; ".join(traps) + "."]
    lines += ["", "## Mails", "", "| file | product or client imitated | lang | event | issue_ref | vendor_ticket_id |", "|---|---|---|---|---|---|"]
    for e in expected:
        lines.append(f"| {e['file']} | {e['_product']} | {e['_lang']} | {e['event']} | {e['issue_ref'] or '-'} | {e['vendor_ticket_id'] or '-'} |")
    lines.append("")
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
