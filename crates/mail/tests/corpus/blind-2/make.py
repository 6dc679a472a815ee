#!/usr/bin/env python3
"""Writes the blind-2 corpus: 40 mails written by RSNL's people (support agents,
field engineers, a team lead) from ordinary mail clients, plus expected.jsonl.

Deterministic: rerunning produces byte-identical files.  Every .eml is written
with CRLF line endings, the way it sits in the mailbox.
"""
import base64
import datetime as dt
import email
import html
import json
import os
import random
import textwrap
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
RNG = random.Random(20240722)

UTC = dt.timezone.utc
CEST = dt.timezone(dt.timedelta(hours=2))
WEST = dt.timezone(dt.timedelta(hours=1))   # Lisbon in summer

# ---------------------------------------------------------------- our mails
ISSUES = {i["issue_ref"]: i for i in json.load(open(os.path.join(CORPUS, "issues.json")))}


def ours(n):
    ref = "STORE-%d" % n
    i = ISSUES[ref]
    raw = open(os.path.join(CORPUS, "sent", "store-%d.eml" % n), "rb").read()
    m = email.message_from_bytes(raw)
    body = m.get_payload(decode=True).decode("utf-8").replace("\r\n", "\n").rstrip("\n")
    # the sent Date header; a client renders it from the timestamp
    d = email.utils.parsedate_to_datetime(i["sent"])
    return {"ref": ref, "mid": i["message_id"], "subject": i["subject"],
            "title": i["title"], "store": i["store"], "date": d, "body": body,
            "from": "StoreDesk <helpdesk@ops.storedesk.example>",
            "to": "RSNL Support <support@rsnl.nl>"}


STOREDESK = "StoreDesk <helpdesk@ops.storedesk.example>"
SD_ADDR = "helpdesk@ops.storedesk.example"

# ---------------------------------------------------------------- encoders
QSAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(s, charset):
    out = []
    for b in s.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c in QSAFE:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def _b(s, charset):
    return base64.b64encode(s.encode(charset)).decode()


def ew(text, charset="utf-8", mode="B", first=0):
    """RFC 2047 encoded words, folded; plain text if ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    prefix = "=?%s?%s?" % (charset, mode)
    enc = _q if mode == "Q" else _b
    words, chunk = [], ""
    limit = 75 - len(prefix) - 2
    for ch in text:
        if len(enc(chunk + ch, charset)) > limit:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    words.append(chunk)
    return "\n ".join(prefix + enc(w, charset) + "?=" for w in words)


def addr(name, a, charset="utf-8", mode="B", quote=False):
    if all(ord(c) < 128 for c in name):
        if quote or any(c in name for c in ",.;:()"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, charset, mode), a)


def qp(text, charset):
    out = []
    for line in text.split("\n"):
        toks = []
        for b in line.encode(charset):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        if toks and toks[-1] in (" ", "\t"):
            toks[-1] = "=%02X" % ord(toks[-1])
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64(text, charset):
    data = text.replace("\n", "\r\n").encode(charset)
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64bytes(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def leaf(ctype, text, charset, cte, extra=None, params=""):
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, params)]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text, charset)
    else:
        body = text
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    for e in extra or []:
        hdr.append(e)
    return "\n".join(hdr) + "\n\n" + body


def leaf_raw(headers, body):
    return "\n".join(headers) + "\n\n" + body


def multipart(boundary, parts, preamble=""):
    out = preamble
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    out += "--%s--\n" % boundary
    return out


# ---------------------------------------------------------------- ids
def hexs(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


EXO_SERVERS = ["AM9PR07MB7123", "DB9PR07MB8841", "AS8PR07MB7765", "PA4PR07MB7410",
               "DU0PR07MB9012", "AM0PR07MB6035"]


def exo_server():
    return RNG.choice(EXO_SERVERS)


def mid_exchange(server=None):
    server = server or exo_server()
    return "<%s%s@%s.eurprd07.prod.outlook.com>" % (server, hexs(28, True), server)


def mid_gmail():
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    body = "".join(RNG.choice(alpha) for _ in range(44))
    body = body[:9] + "+" + body[9:21] + "_" + body[21:33] + "=" + body[33:]
    return "<CA%s@mail.gmail.com>" % body


def mid_apple(domain="rsnl.nl"):
    return "<%s@%s>" % (uid().upper(), domain)


def mid_tb(domain="rsnl.nl"):
    return "<%s@%s>" % (uid(), domain)


def mid_outlook_smtp(domain):
    return "<%s$%s$%s$@%s>" % ("00" + hexs(2) + "01dad" + hexs(3), hexs(8), hexs(8), domain)


def mid_samsung():
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "<%s.%d@email.android.com>" % ("".join(RNG.choice(alpha) for _ in range(24)),
                                            1720000000000 + RNG.randrange(10 ** 9))


def thread_index(children=0):
    data = b"\x01\x01\xda" + bytes(RNG.getrandbits(8) for _ in range(19 + 5 * children))
    return base64.b64encode(data).decode()


def b_gmail():
    return "000000000000" + hexs(16)


def b_exchange(mid):
    core = mid.strip("<>").replace("@", "").replace(".", "")[:60]
    return "_000_%s_" % core


def b_outlook_smtp():
    return "----=_NextPart_000_%s_01DAD%s.%s" % (hexs(4, True), hexs(3, True), hexs(8, True))


def b_apple_ios():
    return "Apple-Mail-" + uid().upper()


def b_apple_mac():
    return "Apple-Mail=_" + uid().upper()


def b_tb():
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "------------" + "".join(RNG.choice(alpha) for _ in range(24))


# ---------------------------------------------------------------- dates
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": [None, "January", "February", "March", "April", "May", "June", "July", "August"],
    "nl": [None, "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"],
    "fr": [None, "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
    "de": [None, "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"],
    "pt": [None, "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"],
    "es": [None, "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"],
}
GMAIL_DAY = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
SHORT_MON = {
    "en": [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"],
    "nl": [None, "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug"],
    "fr": [None, "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août"],
    "es": [None, "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago"],
}


def L(d, tz):
    return d.astimezone(tz)


def rfc(d):
    return email.utils.format_datetime(d)


def rfc_nopad(d):
    # Gmail / Apple / Thunderbird: "Tue, 2 Jul 2024 14:37:12 +0200"
    s = rfc(d)
    return s[:5] + s[5:].lstrip("0") if s[5] == "0" else s


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def outlook_sent(d, lang, variant=""):
    """The Sent:/Envoyé :/... value of classic Outlook and OWA."""
    w, day, mon, y = d.weekday(), d.day, d.month, d.year
    t = "%02d:%02d" % (d.hour, d.minute)
    if lang == "en-US":
        return "%s, %s %d, %d %s" % (DAYS["en"][w], MONTHS["en"][mon], day, y, h12(d))
    if lang == "en-GB":
        return "%s, %d %s %d %s" % (DAYS["en"][w], day, MONTHS["en"][mon], y, t)
    if lang == "nl":
        return "%s %d %s %d %s" % (DAYS["nl"][w], day, MONTHS["nl"][mon], y, t)
    if lang == "fr":
        return "%s %d %s %d %s" % (DAYS["fr"][w], day, MONTHS["fr"][mon], y, t)
    if lang == "de":
        return "%s, %d. %s %d %s" % (DAYS["de"][w], day, MONTHS["de"][mon], y, t)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (DAYS["es"][w], day, MONTHS["es"][mon], y, d.hour, d.minute)
    if lang == "pt":
        return "%s, %d de %s de %d %s" % (DAYS["pt"][w], day, MONTHS["pt"][mon], y, t)
    raise ValueError(lang)


# ---------------------------------------------------------------- text helpers
def gt(text, mark="> ", nested=">"):
    """Quote with '> '.  Already quoted lines get `nested` prepended:
    Apple Mail writes '>>', Gmail '> >'."""
    out = []
    for l in text.split("\n"):
        if not l:
            out.append(mark.rstrip())
        elif l.startswith(">"):
            out.append(nested + l)
        else:
            out.append(mark + l)
    return "\n".join(out)


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: soft breaks keep a trailing space."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        out.extend([l + " " for l in lines[:-1]] + [lines[-1]])
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    return s


def p2h_lines(text, tag="div"):
    """Plain lines -> <div>line</div>, empty -> <div><br></div>."""
    out = []
    for l in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag))
    return "\n".join(out)


def p2h_br(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


# ---------------------------------------------------------------- trace
def trace(env_from, dkim_domain, ip, helo, d, spf="pass", dkim="pass", dmarc="pass", selector="selector1"):
    arrive = d + dt.timedelta(seconds=RNG.randrange(2, 9))
    qid = "4W" + "".join(RNG.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(10))
    rcv = ("from %s (%s [%s])\n\tby mx1.ops.storedesk.example (Postfix) with ESMTPS id %s\n"
           "\tfor <%s>; %s (CEST)" % (helo.split()[0], helo.split()[-1], ip, qid, SD_ADDR,
                                      rfc(L(arrive, CEST))))
    dom = env_from.split("@")[1]
    if dkim == "none":
        dk = "dkim=none"
    else:
        dk = "dkim=%s header.d=%s header.s=%s header.b=%s" % (
            dkim, dkim_domain, selector, "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)))
    ar = ("mx1.ops.storedesk.example;\n\t%s;\n\tspf=%s (mx1.ops.storedesk.example: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "\tdmarc=%s header.from=%s" % (dk, spf, env_from, ip, env_from, dmarc,
                                         dkim_domain if dmarc != "none" else dom))
    return [("Return-Path", "<%s>" % env_from),
            ("Delivered-To", SD_ADDR),
            ("Received", rcv),
            ("Authentication-Results", ar)]


EXO_HELO = "mail-am6eur05on2071.outbound.protection.outlook.com mail-am6eur05on2071.outbound.protection.outlook.com"


def exo_trace(sender, d):
    n = RNG.randrange(2040, 2130)
    ip = "40.107.22.%d" % (n - 2000)
    helo = "EUR05-AM6-obe.outbound.protection.outlook.com mail-am6eur05on%d.outbound.protection.outlook.com" % n
    return trace(sender, "rsnl.nl", ip, helo, d, selector="selector1")


def google_trace(sender, d, dom="service.rsnl.nl"):
    n = RNG.randrange(41, 58)
    ip = "209.85.128.%d" % n
    helo = "mail-wm1-f%d.google.com mail-wm1-f%d.google.com" % (n, n)
    return trace(sender, dom, ip, helo, d, selector="google")


def de_trace(sender, d):
    return trace(sender, "de.rsnl.nl", "185.52.14.20", "mail.de.rsnl.nl mail.de.rsnl.nl", d, selector="dkim2023")


def exo_extra(d, server, lang_accept="nl-NL, en-US", content_lang="en-US", ti_children=0, attach=False):
    net = uid()
    return [
        ("Thread-Index", thread_index(ti_children)),
        ("Date", rfc(L(d, UTC))),
        None,  # Message-ID, References, In-Reply-To are inserted here
        ("Accept-Language", lang_accept),
        ("Content-Language", content_lang),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-traffictypediagnostic", "%s:EE_|DU2PR07MB%d:EE_" % (server, RNG.randrange(8000, 9999))),
        ("x-ms-office365-filtering-correlation-id", net),
        ("x-ms-exchange-antispam-relay", "0"),
        ("x-microsoft-antispam", "BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;"),
    ], [
        ("X-OriginatorOrg", "rsnl.nl"),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-AuthSource", "%s.eurprd07.prod.outlook.com" % server),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", net),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", L(d, UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % RNG.randrange(10000)),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", "3b1f0c52-8a7d-4f6e-9c21-5d0e7a4b2f19"),
        ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "DU2PR07MB%d" % RNG.randrange(8000, 9999)),
    ]


def refs_hdr(refs):
    return "\n ".join(refs)


# ---------------------------------------------------------------- HTML skeletons
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle20
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(bl)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso_p(text, lang):
    out = []
    for l in text.split("\n"):
        if l:
            out.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang, esc(l)))
        else:
            out.append('<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang)
    return "\n".join(out)


def outlook_html(new_text, hdr_pairs, quoted_html, lang="NL", cs="utf-8"):
    """Classic Outlook for Windows reply: Word HTML with the border-top header block."""
    h = WORD_HEAD % {"cs": cs, "bl": lang}
    h += mso_p(new_text, lang) + "\n"
    h += '<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>\n' % lang
    if hdr_pairs:
        h += '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        cells = []
        for i, (k, v) in enumerate(hdr_pairs):
            cells.append("<b>%s</b> %s" % (esc(k), esc(v)))
        h += '<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>\n</div>\n</div>\n' % (lang, "<br>\n".join(cells))
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += quoted_html + "\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def owa_html(new_text, hdr_pairs, quoted_html, extra_after_text=""):
    """OWA / new Outlook for Windows / Outlook mobile: divRplyFwdMsg."""
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
         '</head>\n<body dir="ltr">\n')
    for l in new_text.split("\n"):
        h += ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
              'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n' % (esc(l) if l else "<br>"))
    h += extra_after_text
    if hdr_pairs:
        h += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        h += '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        h += "<br>\n".join("<b>%s</b> %s" % (esc(k), esc(v)) for k, v in hdr_pairs)
        h += "</font>\n<div>&nbsp;</div>\n</div>\n"
        h += quoted_html + "\n"
    h += "</body>\n</html>\n"
    return h


def plain_quoted_html(text):
    return ('<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n'
            '<div class="PlainText">%s</div>\n</span></font></div>' % p2h_br(text))


def mso_quoted(text, lang):
    return mso_p(text, lang)


def gmail_html(new_html, attribution_html, quoted_html):
    h = '<div dir="ltr">%s</div>' % new_html
    if attribution_html:
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '%s</blockquote></div>' % (attribution_html, quoted_html))
    return h + "\n"


def gmail_new(text, sig=None):
    parts = []
    for l in text.split("\n"):
        parts.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    s = "".join(parts)
    if sig:
        s += ('<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
              '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>'
              % "<br>".join(esc(l) for l in sig.split("\n")))
    return s


def mailto(name, a):
    return '%s &lt;<a href="mailto:%s">%s</a>&gt;' % (esc(name), a, a)


# ---------------------------------------------------------------- message assembly
MESSAGES = []   # dicts: file, date, bytes, expected, readme
STORE = {}      # key -> {"plain":..., "html":..., "mid":..., "date":..., "subject":..., "from":...}


def emit(key, fname, date, headers, body, expect, readme, plain=None, htmlbody=None, subject=None, frm=None):
    lines = []
    for h in headers:
        if h is None:
            continue
        k, v = h
        lines.append("%s: %s" % (k, v) if v != "" else "%s: " % k)
    raw = "\n".join(lines) + "\n\n" + body
    if not raw.endswith("\n"):
        raw += "\n"
    data = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    mid = [v for h in headers if h for k, v in [h] if k.lower() == "message-id"][0]
    MESSAGES.append({"file": fname, "date": date, "data": data, "expect": expect, "readme": readme, "mid": mid})
    STORE[key] = {"plain": plain, "html": htmlbody, "mid": mid, "date": date, "subject": subject, "from": frm}


def exp(issue, tid, event, note):
    return {"issue_ref": issue, "vendor_ticket_id": tid, "event": event, "note": note}


def splice(pre, mids, post):
    """exo_extra returns a list with a None slot for the id headers."""
    out = []
    for h in pre:
        if h is None:
            out.extend(mids)
        else:
            out.append(h)
    return out + post


# ======================================================================
# The messages.  Built thread by thread; files are numbered by arrival.
# ======================================================================

# ---------------------------------------------------------------- STORE-221 (FR, Lille)
o221 = ours(221)

# F1: Outlook for Windows (classic, Exchange Online), French, windows-1252 QP
d = dt.datetime(2024, 7, 22, 6, 47, 12, tzinfo=UTC)
frm = ("Camille Lefèvre", "camille.lefevre@rsnl.nl")
srv = "PA4PR07MB7410"
mid = mid_exchange(srv)
subj = "RE : " + o221["subject"]
new = """Bonjour,

Nous accusons bonne réception de votre demande concernant l'enregistreur vidéo (NVR) du magasin de Lille Euralille.

Elle a été enregistrée dans notre outil sous le numéro de dossier RSNL-2024-0815. Merci de rappeler ce numéro dans tous vos échanges.

Notre technicien Julien Moreau (en copie) prendra contact avec le magasin pour planifier une intervention. En attendant, le magasin peut supprimer manuellement les enregistrements de plus de 30 jours afin de libérer de l'espace.

Pour toute urgence, notre hotline est joignable au +33 3 20 55 01 23 (du lundi au vendredi, de 8h à 18h).

Bien cordialement,

Camille Lefèvre
Support Client – France
RSNL Retail Systems
T +33 3 20 55 01 23 | camille.lefevre@rsnl.nl
www.rsnl.nl"""
hp = [("De :", o221["from"]), ("Envoyé :", outlook_sent(L(o221["date"], CEST), "fr")),
      ("À :", o221["to"]), ("Objet :", o221["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o221["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o221["body"], "FR"), lang="FR", cs="windows-1252")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "fr-FR, en-US", "fr-FR")
hdrs = exo_trace(frm[1], d) + [
    ("From", addr(frm[0], frm[1], "iso-8859-1", "Q")),
    ("To", STOREDESK),
    ("CC", "Julien Moreau <julien.moreau@rsnl.nl>"),
    ("Subject", ew(subj, "Windows-1252", "Q")),
    ("Thread-Topic", ew(o221["subject"], "Windows-1252", "Q")),
] + splice(pre, [("Message-ID", mid), ("References", o221["mid"]), ("In-Reply-To", o221["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "Windows-1252", "quoted-printable"),
                     leaf("text/html", htm, "Windows-1252", "quoted-printable")])
emit("F1", "outlook-fr-ack", d, hdrs, body,
     exp("STORE-221", "RSNL-2024-0815", "acknowledged", "accuse bonne réception, numéro de dossier RSNL-2024-0815; hotline phone number nearby"),
     "Outlook for Windows (classic, Exchange Online), French, windows-1252 QP, 'RE :' prefix, De :/Envoyé :/À :/Objet : block",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# F2: iPhone Mail, French, reply-all to F1 (In-Reply-To is Camille's mail, not ours)
d = dt.datetime(2024, 7, 23, 7, 58, 3, tzinfo=CEST)
frm = ("Julien Moreau", "julien.moreau@rsnl.nl")
mid = mid_apple()
prev = STORE["F1"]
subj = "Re: " + prev["subject"]
new = """Bonjour,

Je passerai au magasin jeudi 25 juillet vers 9h pour remplacer le disque de l'enregistreur (dossier RSNL-2024-0815). Merci de prévenir le responsable du magasin : j'aurai besoin d'accéder au local technique.

Julien"""
pd = L(prev["date"], CEST)
attr = "Le %d %s %d à %02d:%02d, Camille Lefèvre <camille.lefevre@rsnl.nl> a écrit :" % (
    pd.day, SHORT_MON["fr"][pd.month], pd.year, pd.hour, pd.minute)
plain = new + "\n\nEnvoyé de mon iPhone\n\n" + gt(attr + "\n\n\ufeff" + prev["plain"].rstrip("\n")) + "\n"
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body dir="auto">' + "".join('<div dir="ltr">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) +
       '<div dir="ltr"><br><div dir="ltr">Envoyé de mon iPhone</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
       '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote></div></body></html>\n'
       % (esc(attr).replace(" :", "&nbsp;:"), p2h_br(prev["plain"].rstrip("\n"))))
b = b_apple_ios()
hdrs = exo_trace(frm[1], d) + [
    ("From", "Julien Moreau <julien.moreau@rsnl.nl>"),
    ("Content-Type", "multipart/alternative; boundary=%s" % b),
    ("Content-Transfer-Encoding", "7bit"),
    ("Mime-Version", "1.0 (1.0)"),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-Id", mid),
    ("References", refs_hdr([o221["mid"], prev["mid"]])),
    ("Cc", STOREDESK),
    ("In-Reply-To", prev["mid"]),
    ("To", addr("Camille Lefèvre", "camille.lefevre@rsnl.nl", "utf-8", "Q")),
    ("X-Mailer", "iPhone Mail (21F90)"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("F2", "iphone-fr-visit", d, hdrs, body,
     exp("STORE-221", "RSNL-2024-0815", "update", "engineer plans a visit on Thursday; threads via Camille's mail, ours only in References"),
     "iPhone Mail, French, reply-all to the agent's mail; 'Envoyé de mon iPhone', '> Le ... a écrit :' with BOM",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# F3: Outlook on the web, French: closed
d = dt.datetime(2024, 7, 26, 14, 20, 37, tzinfo=UTC)
frm = ("Camille Lefèvre", "camille.lefevre@rsnl.nl")
srv = "PA4PR07MB7410"
mid = mid_exchange(srv)
prev = STORE["F2"]
subj = "RE: " + o221["subject"]
new = """Bonjour,

Julien est intervenu hier matin au magasin de Lille Euralille : le disque dur de l'enregistreur a été remplacé par un disque de 8 To (n° de série WD80PURZ-ZR41K7QX) et la durée de conservation a été paramétrée à 30 jours. Les enregistrements fonctionnent de nouveau normalement.

Le dossier RSNL-2024-0815 est désormais clôturé. Si le problème devait réapparaître, il vous suffit de répondre à ce message.

Bien cordialement,

Camille Lefèvre
Support Client – France
RSNL Retail Systems
T +33 3 20 55 01 23"""
pd = L(prev["date"], CEST)
hp = [("De :", "Julien Moreau <julien.moreau@rsnl.nl>"), ("Envoyé :", outlook_sent(pd, "fr")),
      ("À :", "Camille Lefèvre <camille.lefevre@rsnl.nl>"), ("Cc :", STOREDESK),
      ("Objet :", prev["subject"])]
qtext = prev["plain"].rstrip("\n")
plain = new + "\n\n________________________________\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + qtext + "\n"
htm = owa_html(new, hp, plain_quoted_html(qtext))
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "fr-FR, en-US", "fr-FR", ti_children=1)
hdrs = exo_trace(frm[1], d) + [
    ("From", addr(frm[0], frm[1], "utf-8", "B")),
    ("To", STOREDESK),
    ("CC", "Julien Moreau <julien.moreau@rsnl.nl>"),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o221["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", refs_hdr([o221["mid"], STORE["F1"]["mid"], prev["mid"]])),
                 ("In-Reply-To", prev["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("F3", "owa-fr-closed", d, hdrs, body,
     exp("STORE-221", "RSNL-2024-0815", "closed", "disque remplacé, 'le dossier ... est désormais clôturé'; disk serial number as decoy"),
     "Outlook on the web, French, utf-8 base64, divRplyFwdMsg quoting the engineer's iPhone mail",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-233 (FR, Lille)
o233 = ours(233)

# F6: out-of-office of a person, sent by a Thunderbird "reply with template" filter:
#     no Auto-Submitted, no Precedence, looks like an ordinary reply.
d = dt.datetime(2024, 7, 5, 9, 1, 14, tzinfo=CEST)
frm = ("Nicolas Roux", "nicolas.roux@rsnl.nl")
mid = mid_tb()
subj = "Re: " + o233["subject"]
new = """Bonjour,

Je suis absent du bureau jusqu'au lundi 8 juillet inclus et n'ai qu'un accès limité à mes e-mails. Votre message ne sera pas transféré.

Pour toute demande urgente, merci de contacter le support au +33 3 20 55 01 00 ou à l'adresse support@rsnl.nl, en indiquant votre numéro de dossier.

Cordialement,
Nicolas Roux
Support technique niveau 2 – RSNL France"""
plain = flowed(new) + "\n"
hdrs = exo_trace(frm[1], d) + [
    ("Message-ID", mid),
    ("Date", rfc_nopad(d)),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("References", o233["mid"]),
    ("Content-Language", "fr"),
    ("From", "Nicolas Roux <nicolas.roux@rsnl.nl>"),
    ("In-Reply-To", o233["mid"]),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
]
emit("F6", "thunderbird-fr-ooo-noheaders", d, hdrs, plain,
     exp(None, None, "ignore", "personal out-of-office ('Je suis absent du bureau'), sent by a client filter with no Auto-Submitted header"),
     "Thunderbird 'reply with template' out-of-office, French, no Auto-Submitted/Precedence headers, subject 'Re: [STORE-233] ...'",
     plain=plain, subject=subj, frm=frm)

# F4: Gmail (web), French, acknowledgement
d = dt.datetime(2024, 7, 5, 11, 2, 47, tzinfo=CEST)
frm = ("Élodie Garnier", "elodie.garnier@service.rsnl.nl")
mid = mid_gmail()
subj = "Re: " + o233["subject"]
new = """Bonjour,

Bien reçu, merci. Votre demande a été enregistrée sous le numéro de dossier FR-240705-193.

Un technicien de l'équipe Nord reviendra vers vous sous 24 heures ouvrées."""
sig = """Élodie Garnier
Coordination des interventions – RSNL France
+33 3 20 55 01 40"""
od = L(o233["date"], CEST)
attr = "Le %s %d %s %d à %02d:%02d, StoreDesk <%s> a écrit :" % (
    GMAIL_DAY["fr"][od.weekday()], od.day, SHORT_MON["fr"][od.month], od.year, od.hour, od.minute, SD_ADDR)
plain = wrap(new) + "\n\n-- \n" + sig + "\n\n" + wrap(attr) + "\n\n" + gt(o233["body"]) + "\n"
attr_h = "Le %s %d %s %d à %02d:%02d, StoreDesk &lt;<a href=\"mailto:%s\">%s</a>&gt; a écrit&nbsp;:" % (
    GMAIL_DAY["fr"][od.weekday()], od.day, SHORT_MON["fr"][od.month], od.year, od.hour, od.minute, SD_ADDR, SD_ADDR)
htm = gmail_html(gmail_new(new, sig), attr_h, p2h_br(o233["body"]))
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("References", o233["mid"]),
    ("In-Reply-To", o233["mid"]),
    ("From", addr(frm[0], frm[1], "UTF-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("F4", "gmail-fr-ack", d, hdrs, body,
     exp("STORE-233", "FR-240705-193", "acknowledged", "'votre demande a été enregistrée sous le numéro de dossier FR-240705-193'"),
     "Gmail web (Google Workspace, service.rsnl.nl), French, 'Le ven. 5 juil. 2024 à 09:00, ... a écrit :' wrapped over two lines",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# F5: Thunderbird (HTML + plain), French: resolved, KB article decoy
d = dt.datetime(2024, 7, 10, 15, 12, 9, tzinfo=CEST)
frm = ("Nicolas Roux", "nicolas.roux@rsnl.nl")
mid = mid_tb()
prev = STORE["F4"]
subj = "Re: " + o233["subject"]
new = """Bonjour,

De retour de congés, je reprends le dossier FR-240705-193.

Le lecteur de la caisse 2 avait perdu sa configuration après une coupure de courant : la symbologie EAN-13 était désactivée. Je l'ai reconfiguré à distance ce matin et le magasin confirme que tous les articles passent de nouveau. Le problème est résolu.

Pour information, la procédure de reconfiguration est décrite dans l'article KB-2291 de notre base de connaissances, si cela devait se reproduire.

Cordialement,"""
sig = """Nicolas Roux
Support technique niveau 2 – RSNL France
Tél. : +33 3 20 55 01 31"""
pd = L(prev["date"], CEST)
attr = "Le %02d/%02d/%d à %02d:%02d, Élodie Garnier a écrit :" % (pd.day, pd.month, pd.year, pd.hour, pd.minute)
# Thunderbird quotes ">" + " " for text, ">>" for nested
ql = []
for l in prev["plain"].rstrip("\n").split("\n"):
    if l.startswith(">"):
        ql.append(">" + l)
    elif l:
        ql.append("> " + l)
    else:
        ql.append(">")
plain = flowed(new) + "\n\n-- \n" + sig + "\n\n" + attr + "\n" + "\n".join(ql) + "\n"
htm = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
       + "".join("    <p>%s</p>\n" % p2h_br(p) for p in new.split("\n\n"))
       + '    <pre class="moz-signature" cols="72">-- \n%s</pre>\n' % esc(sig)
       + '    <div class="moz-cite-prefix">%s<br>\n    </div>\n' % esc(attr).replace(" :", "&nbsp;:")
       + '    <blockquote type="cite" cite="mid:%s">%s</blockquote>\n' % (prev["mid"].strip("<>"), prev["html"])
       + "  </body>\n</html>\n")
b = b_tb()
hdrs = exo_trace(frm[1], d) + [
    ("Content-Type", 'multipart/alternative;\n boundary="%s"' % b),
    ("Message-ID", mid),
    ("Date", rfc_nopad(d)),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Cc", addr("Élodie Garnier", "elodie.garnier@service.rsnl.nl", "UTF-8", "Q")),
    ("References", refs_hdr([o233["mid"], prev["mid"]])),
    ("Content-Language", "fr"),
    ("From", "Nicolas Roux <nicolas.roux@rsnl.nl>"),
    ("In-Reply-To", prev["mid"]),
]
body = multipart(b, [
    "Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n" + plain,
    "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + htm,
], preamble="This is a multi-part message in MIME format.\n")
emit("F5", "thunderbird-fr-resolved", d, hdrs, body,
     exp("STORE-233", "FR-240705-193", "resolved", "'Le problème est résolu'; KB-2291 is a knowledge-base article, not the ticket"),
     "Thunderbird, French, multipart HTML+plain (format=flowed), 'Le 05/07/2024 à 11:02, Élodie Garnier a écrit :'",
     plain=plain, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-223 (DE, Köln)
o223 = ours(223)
DE_LEGAL = """RSNL Deutschland GmbH
Hohenzollernring 72 · 50672 Köln
Tel.: +49 221 555 0140 · Fax: +49 221 555 0199
www.rsnl.nl

Sitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln, HRB 104512
Geschäftsführer: Dr. Jan Pieters, Anke Vogel · USt-IdNr.: DE812345678"""

# D1: Outlook for Windows via SMTP (X-Mailer), German, utf-8 QP
d = dt.datetime(2024, 7, 23, 10, 41, 27, tzinfo=CEST)
frm = ("Stefan Wagner", "stefan.wagner@de.rsnl.nl")
mid = mid_outlook_smtp("de.rsnl.nl")
subj = "AW: " + o223["subject"]
new = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Meldung. Wir haben die Störung unter der Vorgangsnummer 2024-081577 erfasst und an unseren Netzwerk-Support weitergeleitet. Bitte geben Sie diese Nummer bei allen Rückfragen an.

Ein Techniker meldet sich im Laufe des Tages bei Ihnen.

Mit freundlichen Grüßen

Stefan Wagner
Kundenservice

""" + DE_LEGAL
od = L(o223["date"], CEST)
hp = [("Von:", o223["from"]), ("Gesendet:", outlook_sent(od, "de")), ("An:", o223["to"]),
      ("Betreff:", o223["subject"])]
plain = new + "\n\n" + hp[0][0] + " " + hp[0][1] + " \n" + "\n".join("%s %s" % kv for kv in hp[1:]) + "\n\n" + o223["body"] + "\n\n"
htm = outlook_html(new, hp, mso_quoted(o223["body"], "DE"), lang="DE", cs="utf-8")
b = b_outlook_smtp()
hdrs = de_trace(frm[1], d) + [
    ("From", '"Stefan Wagner" <stefan.wagner@de.rsnl.nl>'),
    ("To", "\"'StoreDesk'\" <helpdesk@ops.storedesk.example>"),
    ("Cc", '"Markus Becker" <markus.becker@rsnl.nl>'),
    ("References", o223["mid"]),
    ("In-Reply-To", o223["mid"]),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc(d)),
    ("Message-ID", mid),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", thread_index(1)),
    ("Content-Language", "de"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n\n")
emit("D1", "outlook-de-ack", d, hdrs, body,
     exp("STORE-223", "2024-081577", "acknowledged", "'unter der Vorgangsnummer 2024-081577 erfasst'; HRB, USt-IdNr and phone numbers in the signature"),
     "Outlook for Windows over SMTP (X-Mailer: Microsoft Outlook 16.0), German, utf-8 QP, 'AW:', Von:/Gesendet:/An:/Betreff:, long legal signature",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# D2: Thunderbird plain, German: not fixed yet, asks for information
d = dt.datetime(2024, 7, 24, 13, 5, 41, tzinfo=CEST)
frm = ("Markus Becker", "markus.becker@rsnl.nl")
mid = mid_tb()
prev = STORE["D1"]
subj = "Re: " + prev["subject"]
new = """Hallo zusammen,

kurzer Zwischenstand zu Vorgang 2024-081577: Die Störung ist leider noch nicht behoben. Der IPsec-Tunnel zwischen der Filiale und der Zentrale baut sich zwar auf, bricht aber nach ca. 2 Minuten wieder ab (Phase 2 läuft aus). Vermutlich passt die Lifetime nach dem Firmware-Update vom Wochenende nicht mehr zur Gegenstelle.

Könnten Sie mir bitte bis morgen Folgendes schicken?

- die Seriennummer der Firewall in der Filiale (Aufkleber auf der Unterseite, beginnt mit FGT60F)
- ob in der Zentrale am Wochenende etwas an der VPN-Konfiguration geändert wurde

Danach passe ich die Konfiguration an.

Viele Grüße
Markus"""
sig = """Markus Becker
Netzwerk-Support · RSNL
Mobil: +49 171 555 2234"""
pd = L(prev["date"], CEST)
attr = "Am %02d.%02d.%02d um %02d:%02d schrieb Stefan Wagner:" % (pd.day, pd.month, pd.year % 100, pd.hour, pd.minute)
ql = []
for l in prev["plain"].rstrip("\n").split("\n"):
    ql.append("> " + l if l else ">")
plain = flowed(new) + "\n\n-- \n" + sig + "\n\n" + attr + "\n" + "\n".join(ql) + "\n"
hdrs = exo_trace(frm[1], d) + [
    ("Message-ID", mid),
    ("Date", rfc_nopad(d)),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("Content-Language", "de-DE"),
    ("To", STOREDESK),
    ("Cc", "Stefan Wagner <stefan.wagner@de.rsnl.nl>"),
    ("References", refs_hdr([o223["mid"], prev["mid"]])),
    ("From", "Markus Becker <markus.becker@rsnl.nl>"),
    ("In-Reply-To", prev["mid"]),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
]
emit("D2", "thunderbird-de-notfixed", d, hdrs, plain,
     exp("STORE-223", "2024-081577", "update", "'Die Störung ist leider noch nicht behoben' and asks for the firewall serial number"),
     "Thunderbird plain text (format=flowed, 8bit), German, 'Am 23.07.24 um 10:41 schrieb Stefan Wagner:'",
     plain=plain, subject=subj, frm=frm)

# D3: Outlook on the web, German: closed
d = dt.datetime(2024, 7, 29, 7, 30, 55, tzinfo=UTC)
frm = ("Markus Becker", "markus.becker@rsnl.nl")
srv = "AS8PR07MB7765"
mid = mid_exchange(srv)
prev = STORE["D2"]
subj = "AW: " + o223["subject"]
new = """Hallo,

danke für die Seriennummer. Ich habe heute früh die IPsec-Parameter (Phase-2-Lifetime und DPD) auf der Firewall in der Filiale angepasst. Der Tunnel zur Zentrale steht seitdem stabil, die Kassen synchronisieren wieder.

Den Vorgang 2024-081577 habe ich hiermit geschlossen. Sollte der Tunnel erneut abbrechen, antworten Sie einfach auf diese E-Mail.

Viele Grüße
Markus Becker
Netzwerk-Support · RSNL
Mobil: +49 171 555 2234"""
pd = L(prev["date"], CEST)
hp = [("Von:", "Markus Becker <markus.becker@rsnl.nl>"), ("Gesendet:", outlook_sent(pd, "de")),
      ("An:", STOREDESK), ("Cc:", "Stefan Wagner <stefan.wagner@de.rsnl.nl>"), ("Betreff:", prev["subject"])]
plain = new + "\n\n________________________________\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + prev["plain"].rstrip("\n") + "\n"
htm = owa_html(new, hp, plain_quoted_html(prev["plain"].rstrip("\n")))
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "de-DE, en-US", "de-DE", ti_children=2)
hdrs = exo_trace(frm[1], d) + [
    ("From", "Markus Becker <markus.becker@rsnl.nl>"),
    ("To", STOREDESK),
    ("CC", "Stefan Wagner <stefan.wagner@de.rsnl.nl>"),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o223["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", refs_hdr([o223["mid"], STORE["D1"]["mid"], prev["mid"]])),
                 ("In-Reply-To", prev["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("D3", "owa-de-closed", d, hdrs, body,
     exp("STORE-223", "2024-081577", "closed", "'Den Vorgang 2024-081577 habe ich hiermit geschlossen'"),
     "Outlook on the web, German, utf-8 base64, divRplyFwdMsg quoting his own Thunderbird mail",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-235 (DE, Köln)
o235 = ours(235)

# D5: Exchange out-of-office (Auto-Submitted: auto-generated), German + English
d = dt.datetime(2024, 7, 7, 7, 0, 41, tzinfo=UTC)
frm = ("Markus Becker", "markus.becker@rsnl.nl")
srv = "AS8PR07MB7765"
mid = mid_exchange(srv)
subj = "Automatische Antwort: " + o235["subject"]
txt = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 12.07.2024, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Kundenservice unter +49 221 555 0140 oder support@rsnl.nl.

Mit freundlichen Grüßen
Markus Becker

---

Thank you for your message. I am out of the office until Friday 12 July 2024 and have no access to my e-mail. For urgent matters please contact our customer service on +49 221 555 0140 or support@rsnl.nl.
"""
htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n<body>\n'
       '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
       + "".join("<p>%s</p>\n" % p2h_br(p) for p in txt.strip().split("\n\n")) + "</div>\n</body>\n</html>\n")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "de-DE, en-US", "de-DE")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Markus Becker <markus.becker@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o235["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o235["mid"]), ("In-Reply-To", o235["mid"])], []) + [
    ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "markus.becker@rsnl.nl"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", txt, "iso-8859-1", "quoted-printable"),
                     leaf("text/html", htm, "iso-8859-1", "quoted-printable")])
emit("D5", "exchange-de-ooo", d, hdrs, body,
     exp(None, None, "ignore", "Exchange automatic reply of an engineer (Auto-Submitted: auto-generated), 'nicht im Büro'"),
     "Exchange Online out-of-office, German/English, 'Automatische Antwort:' subject, Auto-Submitted + X-Auto-Response-Suppress, iso-8859-1 QP",
     subject=subj, frm=frm)

# D4: Apple Mail (macOS), German, acknowledgement
d = dt.datetime(2024, 7, 8, 8, 15, 22, tzinfo=CEST)
frm = ("Lena Hoffmann", "lena.hoffmann@de.rsnl.nl")
mid = mid_apple("de.rsnl.nl")
subj = "Re: " + o235["subject"]
new = """Guten Morgen,

danke für Ihre Nachricht vom Sonntag. Wir haben dazu ein Ticket angelegt, die Ticket-Nr. lautet T-240708-0042.

Wir prüfen zunächst remote die Logs der Access Points in der Filiale und melden uns dann wieder bei Ihnen.

Beste Grüße
Lena Hoffmann

RSNL Deutschland GmbH · Kundenservice
Tel. +49 221 555 0141"""
od = L(o235["date"], CEST)
attr = "Am %02d.%02d.%d um %02d:%02d schrieb StoreDesk <%s>:" % (od.day, od.month, od.year, od.hour, od.minute, SD_ADDR)
plain = new + "\n\n" + gt(attr + "\n\n" + o235["body"]) + "\n\n"
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
       + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new.split("\n"))
       + '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div><br></body></html>\n'
       % (esc(attr), p2h_br(o235["body"])))
b = b_apple_mac()
hdrs = de_trace(frm[1], d) + [
    ("From", "Lena Hoffmann <lena.hoffmann@de.rsnl.nl>"),
    ("Message-Id", mid),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("In-Reply-To", o235["mid"]),
    ("To", STOREDESK),
    ("References", o235["mid"]),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("D4", "applemail-de-ack", d, hdrs, body,
     exp("STORE-235", "T-240708-0042", "acknowledged", "'Wir haben dazu ein Ticket angelegt, die Ticket-Nr. lautet T-240708-0042'"),
     "Apple Mail on macOS, German, utf-8 QP, quoted attribution '> Am 07.07.2024 um 09:00 schrieb StoreDesk <...>:'",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# D6: Outlook for Windows via SMTP, German, forward of the engineer's internal report.
#     New thread: no STORE-235, no reference to our mail; only the ticket id from D4.
d = dt.datetime(2024, 7, 12, 14, 22, 18, tzinfo=CEST)
frm = ("Lena Hoffmann", "lena.hoffmann@de.rsnl.nl")
mid = mid_outlook_smtp("de.rsnl.nl")
topic = "Einsatzbericht T-240708-0042 - WLAN-Abbrüche Köln Schildergasse"
subj = "WG: " + topic
inner_d = dt.datetime(2024, 7, 12, 13, 47, 0, tzinfo=CEST)
new = """Hallo,

anbei zur Info der Einsatzbericht unseres Technikers von heute. Die Störung ist behoben: Ursache war ein Kanalkonflikt mit dem WLAN des neuen Nachbargeschäfts. Die Access Points wurden auf feste Kanäle umgestellt und haben die aktuelle Firmware bekommen (Hintergrund dazu in unserem Wissensartikel KB-3310).

Seit heute Vormittag gab es keine Verbindungsabbrüche mehr.

Beste Grüße
Lena Hoffmann

RSNL Deutschland GmbH · Kundenservice
Tel. +49 221 555 0141"""
inner = """Hallo Lena,

Einsatz Köln Schildergasse erledigt:
- 3 Access Points (S/N 2231-0087-4410, 2231-0087-4411, 2231-0087-4415) auf Firmware 6.4.2 aktualisiert
- Kanäle fest auf 1/6/11 (2,4 GHz) bzw. 36/52/100 (5 GHz) gesetzt
- 2 Stunden Dauertest mit Kassen und Handscannern ohne Abbruch

Kannst du das bitte an den Kunden weitergeben?

Gruß
Jonas"""
hp = [("Von:", "Jonas Keller <jonas.keller@rsnl.nl>"), ("Gesendet:", outlook_sent(inner_d, "de")),
      ("An:", "Lena Hoffmann <lena.hoffmann@de.rsnl.nl>"), ("Betreff:", topic)]
plain = new + "\n\n" + hp[0][0] + " " + hp[0][1] + " \n" + "\n".join("%s %s" % kv for kv in hp[1:]) + "\n\n" + inner + "\n\n"
htm = outlook_html(new, hp, mso_quoted(inner, "DE"), lang="DE", cs="iso-8859-1")
b = b_outlook_smtp()
hdrs = de_trace(frm[1], d) + [
    ("From", '"Lena Hoffmann" <lena.hoffmann@de.rsnl.nl>'),
    ("To", "\"'StoreDesk'\" <helpdesk@ops.storedesk.example>"),
    ("Subject", ew(subj, "iso-8859-1", "Q")),
    ("Date", rfc(d)),
    ("Message-ID", mid),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", thread_index(1)),
    ("Content-Language", "de"),
]
body = multipart(b, [leaf("text/plain", plain, "iso-8859-1", "quoted-printable"),
                     leaf("text/html", htm, "iso-8859-1", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n\n")
emit("D6", "outlook-de-fwd-resolved", d, hdrs, body,
     exp("STORE-235", "T-240708-0042", "resolved", "forward of the engineer's report, new thread; only ticket T-240708-0042 (given in the ack) links it; 'Die Störung ist behoben'; KB-3310 and AP serials are decoys"),
     "Outlook for Windows over SMTP, German, iso-8859-1 QP, 'WG:' forward of an internal mail, no In-Reply-To/References, no STORE ref",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-222 (PT, Porto)
o222 = ours(222)

# P1: Gmail web, Portuguese (pt-PT)
d = dt.datetime(2024, 7, 22, 10, 14, 36, tzinfo=WEST)
frm = ("Inês Carvalho", "ines.carvalho@service.rsnl.nl")
mid = mid_gmail()
subj = "Re: " + o222["subject"]
new = """Bom dia,

Obrigada pelo contacto. O seu pedido ficou registado com a referência SR-88231.

Um técnico da nossa equipa do Porto vai contactar a loja para agendar a recalibração do ecrã da caixa 1."""
sig = """Com os melhores cumprimentos,
Inês Carvalho
Apoio ao Cliente – RSNL Portugal
Tel.: +351 22 600 4120"""
od = L(o222["date"], WEST)
attr = "Em %s, %02d/%02d/%d à(s) %02d:%02d, StoreDesk <%s> escreveu:" % (
    GMAIL_DAY["pt"][od.weekday()], od.day, od.month, od.year, od.hour, od.minute, SD_ADDR)
plain = wrap(new + "\n\n" + sig) + "\n\n" + wrap(attr) + "\n\n" + gt(o222["body"]) + "\n"
attr_h = esc(attr).replace("StoreDesk &lt;%s&gt;" % SD_ADDR, mailto("StoreDesk", SD_ADDR))
htm = gmail_html(gmail_new(new + "\n\n" + sig), attr_h, p2h_br(o222["body"]))
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("References", o222["mid"]),
    ("In-Reply-To", o222["mid"]),
    ("From", addr(frm[0], frm[1], "UTF-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Cc", "Rui Almeida <rui.almeida@rsnl.nl>"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("P1", "gmail-pt-ack", d, hdrs, body,
     exp("STORE-222", "SR-88231", "acknowledged", "'O seu pedido ficou registado com a referência SR-88231'"),
     "Gmail web, European Portuguese, 'Em seg., 22/07/2024 à(s) 08:00, StoreDesk <...> escreveu:', Lisbon time",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# P2: Outlook for Windows (classic), Portuguese: not resolved yet, RMA / order decoys
d = dt.datetime(2024, 7, 25, 16, 3, 52, tzinfo=UTC)
frm = ("Rui Almeida", "rui.almeida@rsnl.nl")
srv = "DB9PR07MB8841"
mid = mid_exchange(srv)
prev = STORE["P1"]
subj = "RE: " + o222["subject"]
new = """Boa tarde,

Ponto de situação do pedido SR-88231: estive hoje na loja e a recalibração não resolveu. O painel táctil da caixa 1 está danificado e tem de ser substituído, por isso o problema ainda não está resolvido.

Já encomendámos o painel de substituição (RMA 700812, encomenda n.º 4500098123). A entrega está prevista para 31/07 e no dia seguinte volto à loja para fazer a troca.

Cumprimentos,

Rui Almeida
Técnico de Campo | RSNL Portugal
Tlm.: +351 912 555 083"""
pd = L(prev["date"], WEST)
hp = [("De:", "Inês Carvalho <ines.carvalho@service.rsnl.nl>"), ("Enviado:", outlook_sent(pd, "pt")),
      ("Para:", STOREDESK), ("Cc:", "Rui Almeida <rui.almeida@rsnl.nl>"), ("Assunto:", prev["subject"])]
qtext = prev["plain"].rstrip("\n")
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + qtext + "\n"
htm = outlook_html(new, hp, mso_quoted(qtext, "PT"), lang="PT", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "pt-PT, en-US", "pt-PT")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Rui Almeida <rui.almeida@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o222["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", refs_hdr([o222["mid"], prev["mid"]])),
                 ("In-Reply-To", prev["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("P2", "outlook-pt-notfixed", d, hdrs, body,
     exp("STORE-222", "SR-88231", "update", "'o problema ainda não está resolvido', part on order; RMA 700812 and order 4500098123 are decoys"),
     "Outlook for Windows (classic), European Portuguese, utf-8 base64, De:/Enviado:/Para:/Cc:/Assunto: block",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# P3: iPhone Mail, Portuguese: resolved
d = dt.datetime(2024, 8, 1, 12, 48, 10, tzinfo=WEST)
frm = ("Rui Almeida", "rui.almeida@rsnl.nl")
mid = mid_apple()
prev = STORE["P2"]
subj = "Re: " + o222["subject"]
new = """Olá,

O painel chegou ontem e foi instalado hoje de manhã na caixa 1. Calibrei o ecrã e testei com a gerente da loja: o toque está alinhado e a caixa já está a faturar normalmente. O problema ficou resolvido.

Ref.ª SR-88231

Rui Almeida"""
pd = L(prev["date"], WEST)
attr = "A %02d/%02d/%d, às %02d:%02d, Rui Almeida <rui.almeida@rsnl.nl> escreveu:" % (pd.day, pd.month, pd.year, pd.hour, pd.minute)
plain = new + "\n\nEnviado do meu iPhone\n\n" + gt(attr + "\n\n\ufeff" + prev["plain"].rstrip("\n")) + "\n"
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body dir="auto">' + "".join('<div dir="ltr">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) +
       '<div dir="ltr"><br><div dir="ltr">Enviado do meu iPhone</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
       '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote></div></body></html>\n'
       % (esc(attr), p2h_br(prev["plain"].rstrip("\n"))))
b = b_apple_ios()
hdrs = exo_trace(frm[1], d) + [
    ("From", "Rui Almeida <rui.almeida@rsnl.nl>"),
    ("Content-Type", "multipart/alternative; boundary=%s" % b),
    ("Content-Transfer-Encoding", "7bit"),
    ("Mime-Version", "1.0 (1.0)"),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-Id", mid),
    ("References", refs_hdr([o222["mid"], STORE["P1"]["mid"], prev["mid"]])),
    ("In-Reply-To", prev["mid"]),
    ("To", STOREDESK),
    ("X-Mailer", "iPhone Mail (21F90)"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("P3", "iphone-pt-resolved", d, hdrs, body,
     exp("STORE-222", "SR-88231", "resolved", "panel replaced and calibrated, 'O problema ficou resolvido'"),
     "iPhone Mail, European Portuguese, 'Enviado do meu iPhone', '> A 25/07/2024, às 17:03, ... escreveu:'",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-234 (PT, Porto)
o234 = ours(234)

# P4: Outlook for Windows (classic) with Brazilian Portuguese UI ('RES:', 'Enviada em:')
d = dt.datetime(2024, 7, 8, 8, 26, 44, tzinfo=UTC)
frm = ("Larissa Souza", "larissa.souza@rsnl.nl")
srv = "DB9PR07MB8841"
mid = mid_exchange(srv)
subj = "RES: " + o234["subject"]
new = """Prezados, bom dia.

Recebemos a sua solicitação. Foi aberto o chamado nº 120 455 para o terminal de pagamento da loja Porto Santa Catarina. Favor mencionar o número do chamado em todas as comunicações.

Um técnico entrará em contato com a loja em até 4 horas úteis.

Atenciosamente,

Larissa Souza
Central de Atendimento | RSNL Portugal
+351 22 600 4100"""
od = L(o234["date"], WEST)
sent_pt = "%s, %d de %s de %d %02d:%02d" % (DAYS["pt"][od.weekday()], od.day, MONTHS["pt"][od.month], od.year, od.hour, od.minute)
hp = [("De:", o234["from"]), ("Enviada em:", sent_pt), ("Para:", o234["to"]), ("Assunto:", o234["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o234["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o234["body"], "PT-BR"), lang="PT-BR", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "pt-BR, en-US", "pt-BR")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Larissa Souza <larissa.souza@rsnl.nl>"),
    ("To", STOREDESK),
    ("CC", "Tiago Ferreira <tiago.ferreira@rsnl.nl>"),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o234["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o234["mid"]), ("In-Reply-To", o234["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("P4", "outlook-ptbr-ack", d, hdrs, body,
     exp("STORE-234", "120455", "acknowledged", "'Foi aberto o chamado nº 120 455' (number written with a space)"),
     "Outlook for Windows (classic), Brazilian Portuguese UI, 'RES:' prefix, De:/Enviada em:/Para:/Assunto:",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# P5: Samsung Email (Android), Portuguese: closed
d = dt.datetime(2024, 7, 12, 18, 40, 5, tzinfo=WEST)
frm = ("Tiago Ferreira", "tiago.ferreira@rsnl.nl")
mid = mid_samsung()
prev = STORE["P4"]
subj = "Re: " + prev["subject"]
new = """Boa tarde,

Terminal substituído hoje na loja Porto Santa Catarina e testado com cartões Multibanco, Visa e Mastercard, tudo a funcionar. O chamado 120455 foi encerrado.

Cumprimentos
Tiago Ferreira
RSNL – Assistência Técnica"""
pd = L(prev["date"], WEST)
qh = ("-------- Mensagem original --------\nDe: Larissa Souza <larissa.souza@rsnl.nl> \n"
      "Data: %02d/%02d/%d %02d:%02d (GMT+01:00) \nPara: %s \nCc: Tiago Ferreira <tiago.ferreira@rsnl.nl> \nAssunto: %s \n"
      % (pd.day, pd.month, pd.year, pd.hour, pd.minute, STOREDESK, prev["subject"]))
qtext = prev["plain"].rstrip("\n")
plain = new + "\n\n\n\nEnviado do meu Galaxy\n\n\n" + qh + "\n" + qtext + "\n"
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
       + "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n"))
       + '<div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div>'
       '<div id="composer_signature" dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">Enviado do meu Galaxy</div></div>'
       '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
       '<div>-------- Mensagem original --------</div><div>De: Larissa Souza &lt;larissa.souza@rsnl.nl&gt; </div>'
       '<div>Data: %02d/%02d/%d %02d:%02d (GMT+01:00) </div><div>Para: %s </div><div>Cc: Tiago Ferreira &lt;tiago.ferreira@rsnl.nl&gt; </div>'
       '<div>Assunto: %s </div><div><br></div></div>%s</body></html>\n'
       % (pd.day, pd.month, pd.year, pd.hour, pd.minute, esc(STOREDESK), esc(prev["subject"]), p2h_br(qtext)))
b = "--_com.samsung.android.email_%d" % (1720805000000000 + RNG.randrange(10 ** 9))
hdrs = exo_trace(frm[1], d) + [
    ("Message-ID", mid),
    ("Date", rfc(d)),
    ("Subject", ew(subj, "UTF-8", "B")),
    ("In-Reply-To", prev["mid"]),
    ("References", refs_hdr([o234["mid"], prev["mid"]])),
    ("Importance", "normal"),
    ("From", "Tiago Ferreira <tiago.ferreira@rsnl.nl>"),
    ("To", STOREDESK),
    ("Cc", "Larissa Souza <larissa.souza@rsnl.nl>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "base64"), leaf("text/html", htm, "UTF-8", "base64")])
emit("P5", "samsung-pt-closed", d, hdrs, body,
     exp("STORE-234", "120455", "closed", "terminal replaced, 'O chamado 120455 foi encerrado'"),
     "Samsung Email on Android, Portuguese, utf-8 base64, 'Enviado do meu Galaxy' and '-------- Mensagem original --------'",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-224 (ES, Madrid)
o224 = ours(224)
ES_LEGAL = """AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa de RSNL Iberia, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados por RSNL Iberia, S.L. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a privacidad@rsnl.nl."""

# S1: Outlook for Windows (classic), Spanish
d = dt.datetime(2024, 7, 24, 9, 33, 19, tzinfo=UTC)
frm = ("Javier Martín", "javier.martin@rsnl.nl")
srv = "AM0PR07MB6035"
mid = mid_exchange(srv)
subj = "RE: " + o224["subject"]
new = """Buenos días:

Le confirmamos que hemos recibido su solicitud y que ha quedado registrada con el número de incidencia INC-77341.

Nuestro equipo de etiquetado electrónico ya está revisando el estado de la estación base de la tienda de Preciados. Le mantendremos informado.

Si necesita contactar con nosotros por teléfono, llame al +34 91 555 01 23 e indique el número de incidencia.

Un saludo,

Javier Martín
Soporte Técnico – RSNL Iberia
Tel. +34 91 555 01 23

""" + ES_LEGAL
od = L(o224["date"], CEST)
hp = [("De:", o224["from"]), ("Enviado el:", outlook_sent(od, "es")), ("Para:", o224["to"]),
      ("Asunto:", o224["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o224["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o224["body"], "ES"), lang="ES", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "es-ES, en-US", "es-ES")
hdrs = exo_trace(frm[1], d) + [
    ("From", addr(frm[0], frm[1], "iso-8859-1", "Q")),
    ("To", STOREDESK),
    ("CC", addr("Lucía Fernández", "lucia.fernandez@service.rsnl.nl", "iso-8859-1", "Q")),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o224["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o224["mid"]), ("In-Reply-To", o224["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("S1", "outlook-es-ack", d, hdrs, body,
     exp("STORE-224", "INC-77341", "acknowledged", "'ha quedado registrada con el número de incidencia INC-77341'; phone number and GDPR notice nearby"),
     "Outlook for Windows (classic), Spanish, 'RE:', De:/Enviado el:/Para:/Asunto:, long AVISO LEGAL",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# S2: Gmail web, Spanish: resolved, will be closed once confirmed
d = dt.datetime(2024, 7, 30, 16, 5, 33, tzinfo=CEST)
frm = ("Lucía Fernández", "lucia.fernandez@service.rsnl.nl")
mid = mid_gmail()
prev = STORE["S1"]
subj = "Re: " + o224["subject"]
new = """Hola:

Le escribo en relación con la incidencia INC-77341. Ayer por la tarde sustituimos la estación base de etiquetas de la tienda de Preciados, que tenía la fuente de alimentación averiada, y forzamos la resincronización de las 1.240 etiquetas. Esta mañana todas vuelven a mostrar precio y descripción.

La incidencia está resuelta. La cerraremos en cuanto nos confirme que en tienda todo funciona correctamente."""
sig = """Saludos,
Lucía Fernández
Técnico de campo – RSNL Iberia
+34 600 555 212"""
pd = L(prev["date"], CEST)
attr = "El %s, %d %s %d a las %d:%02d, Javier Martín (<javier.martin@rsnl.nl>) escribió:" % (
    GMAIL_DAY["es"][pd.weekday()], pd.day, SHORT_MON["es"][pd.month], pd.year, pd.hour, pd.minute)
plain = wrap(new + "\n\n" + sig) + "\n\n" + wrap(attr) + "\n\n" + gt(prev["plain"].rstrip("\n")) + "\n"
attr_h = esc(attr).replace("(&lt;javier.martin@rsnl.nl&gt;)", '(&lt;<a href="mailto:javier.martin@rsnl.nl">javier.martin@rsnl.nl</a>&gt;)')
htm = gmail_html(gmail_new(new + "\n\n" + sig), attr_h, prev["html"].split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0])
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("References", refs_hdr([o224["mid"], prev["mid"]])),
    ("In-Reply-To", prev["mid"]),
    ("From", addr(frm[0], frm[1], "UTF-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Cc", addr("Javier Martín", "javier.martin@rsnl.nl", "UTF-8", "Q")),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("S2", "gmail-es-resolved", d, hdrs, body,
     exp("STORE-224", "INC-77341", "resolved", "'La incidencia está resuelta'; closing is only announced ('la cerraremos en cuanto nos confirme')"),
     "Gmail web, Spanish, 'El mié, 24 jul 2024 a las 11:33, Javier Martín (<...>) escribió:', quoting an Outlook mail",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-236 (ES, Madrid)
o236 = ours(236)

# S4: read receipt (MDN) from Outlook, Spanish
d = dt.datetime(2024, 7, 8, 8, 12, 33, tzinfo=UTC)
frm = ("Carlos Ruiz", "carlos.ruiz@rsnl.nl")
srv = "AM0PR07MB6035"
mid = mid_exchange(srv)
subj = "Leído: " + o236["subject"]
od = L(o236["date"], CEST)
rd = L(d, CEST)
tzname = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
txt = """Su mensaje

    Para: RSNL Support
    Asunto: %s
    Enviado: %s, %d de %s de %d %d:%02d:%02d %s

se leyó el %s, %d de %s de %d %d:%02d:%02d %s.
""" % (o236["subject"], DAYS["es"][od.weekday()], od.day, MONTHS["es"][od.month], od.year, od.hour, od.minute, od.second, tzname,
       DAYS["es"][rd.weekday()], rd.day, MONTHS["es"][rd.month], rd.year, rd.hour, rd.minute, rd.second, tzname)
b = b_exchange(mid)
mdn = """Reporting-UA: %s.eurprd07.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;carlos.ruiz@rsnl.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
X-MSExch-Correlation-Key: %s
X-Display-Name: Carlos Ruiz
""" % (srv, o236["mid"], base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(16))).decode())
hdrs = exo_trace(frm[1], d) + [
    ("From", "Carlos Ruiz <carlos.ruiz@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o236["subject"], "utf-8", "B")),
    ("Thread-Index", thread_index(0)),
    ("Date", rfc(L(d, UTC))),
    ("Message-ID", mid),
    ("References", o236["mid"]),
    ("In-Reply-To", o236["mid"]),
    ("Content-Language", "es-ES"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("Content-Type", 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
    ("X-OriginatorOrg", "rsnl.nl"),
]
body = multipart(b, [leaf("text/plain", txt, "utf-8", "base64"),
                     leaf_raw(["Content-Type: message/disposition-notification"], mdn)])
emit("S4", "outlook-es-readreceipt", d, hdrs, body,
     exp(None, None, "ignore", "read receipt ('Leído:'), multipart/report disposition-notification"),
     "Outlook read receipt, Spanish, 'Leído:' subject, multipart/report; report-type=disposition-notification",
     subject=subj, frm=frm)

# S3: iPhone Mail, Spanish: visit planned + a question
d = dt.datetime(2024, 7, 9, 19, 12, 40, tzinfo=CEST)
frm = ("Carlos Ruiz", "carlos.ruiz@rsnl.nl")
mid = mid_apple()
subj = "Re: " + o236["subject"]
new = """Hola,

Sobre el caso 00412877: nuestro técnico pasará por la tienda de Preciados el jueves 11 por la mañana, entre las 9:00 y las 11:00, para revisar el cajón. Mientras tanto pueden abrirlo con la llave de emergencia (la tiene el encargado).

¿Podrían confirmarme si el cajón no se abre ni con el botón de la caja ni desde el TPV?

Un saludo,
Carlos"""
od = L(o236["date"], CEST)
attr = "El %d %s %d, a las %d:%02d, StoreDesk <%s> escribió:" % (od.day, SHORT_MON["es"][od.month], od.year, od.hour, od.minute, SD_ADDR)
plain = new + "\n\nEnviado desde mi iPhone\n\n" + gt(attr + "\n\n\ufeff" + o236["body"]) + "\n"
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body dir="auto">' + "".join('<div dir="ltr">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) +
       '<div dir="ltr"><br><div dir="ltr">Enviado desde mi iPhone</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
       '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote></div></body></html>\n'
       % (esc(attr), p2h_br(o236["body"])))
b = b_apple_ios()
hdrs = exo_trace(frm[1], d) + [
    ("From", "Carlos Ruiz <carlos.ruiz@rsnl.nl>"),
    ("Content-Type", "multipart/alternative; boundary=%s" % b),
    ("Content-Transfer-Encoding", "7bit"),
    ("Mime-Version", "1.0 (1.0)"),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-Id", mid),
    ("References", o236["mid"]),
    ("In-Reply-To", o236["mid"]),
    ("To", STOREDESK),
    ("X-Mailer", "iPhone Mail (21F90)"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("S3", "iphone-es-visit", d, hdrs, body,
     exp("STORE-236", "00412877", "update", "technician will come Thursday, plus a question; case 00412877 keeps its leading zeros"),
     "iPhone Mail, Spanish, 'Enviado desde mi iPhone', '> El 8 jul 2024, a las 9:00, StoreDesk <...> escribió:'",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# S5: Outlook for Mac, Spanish: closed
d = dt.datetime(2024, 7, 15, 10, 20, 17, tzinfo=UTC)
frm = ("Carlos Ruiz", "carlos.ruiz@rsnl.nl")
srv = "AM0PR07MB6035"
mid = mid_exchange(srv)
prev = STORE["S3"]
subj = "Re: " + o236["subject"]
new = """Hola,

El jueves nuestro técnico sustituyó el solenoide de apertura del cajón de la caja 2 y desde entonces funciona sin problemas. Como no hemos recibido más avisos de la tienda, hemos cerrado el caso 00412877.

Si vuelve a fallar, respondan a este correo y lo reabrimos.

Un saludo,
Carlos Ruiz
Soporte Técnico – RSNL Iberia
Tel. +34 91 555 01 27"""
pd = L(prev["date"], CEST)
mac_date = "%s, %d de %s de %d, %d:%02d" % (DAYS["es"][pd.weekday()], pd.day, MONTHS["es"][pd.month], pd.year, pd.hour, pd.minute)
hp = [("De:", "Carlos Ruiz <carlos.ruiz@rsnl.nl>"), ("Fecha:", mac_date), ("Para:", STOREDESK), ("Asunto:", prev["subject"])]
qtext = prev["plain"].rstrip("\n")
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + qtext + "\n"
htm = (WORD_HEAD % {"cs": "utf-8", "bl": "ES"}) + mso_p(new, "ES") + "\n" + \
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div id="mail-editor-reference-message-container">\n<div>\n' + \
      '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' + \
      '<p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">De: </span></b><span style="font-size:12.0pt;color:black">%s<br>\n<b>Fecha: </b>%s<br>\n<b>Para: </b>%s<br>\n<b>Asunto: </b>%s<o:p></o:p></span></p>\n</div>\n' % (
          esc(hp[0][1]), esc(mac_date), esc(STOREDESK), esc(prev["subject"])) + \
      mso_p(qtext, "ES") + "\n</div>\n</div>\n</div>\n</body>\n</html>\n"
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "es-ES, en-US", "es-ES", ti_children=1)
hdrs = exo_trace(frm[1], d) + [
    ("From", "Carlos Ruiz <carlos.ruiz@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o236["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", refs_hdr([o236["mid"], prev["mid"]])),
                 ("In-Reply-To", prev["mid"])], []) + [
    ("user-agent", "Microsoft-MacOutlook/16.86.24071420"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("S5", "outlookmac-es-closed", d, hdrs, body,
     exp("STORE-236", "00412877", "closed", "'hemos cerrado el caso 00412877'"),
     "Outlook for Mac, Spanish, user-agent Microsoft-MacOutlook, De:/Fecha:/Para:/Asunto: block, mail-editor-reference-message-container",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-230 (NL, Groningen)
o230 = ours(230)
NL_SIG_SANNE = """Met vriendelijke groet,

Sanne Visser
Servicedesk
RSNL B.V. | Stationsplein 45 | 3013 AK Rotterdam
T +31 10 555 0123 | www.rsnl.nl"""
NL_LEGAL = """Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. Indien u dit bericht ten onrechte ontvangt, wordt u verzocht de inhoud niet te gebruiken maar de afzender direct te informeren door het bericht te retourneren. RSNL B.V. is ingeschreven bij de Kamer van Koophandel onder nummer 24312345."""

# N1: Gmail web, Dutch: field engineer answers, asks, plans; no ticket number yet
d = dt.datetime(2024, 7, 2, 14, 37, 12, tzinfo=CEST)
frm = ("Bram Kuipers", "bram.kuipers@service.rsnl.nl")
mid = mid_gmail()
subj = "Re: " + o230["subject"]
new = """Hoi,

Ik ben de monteur voor jullie winkel in Groningen. E17 op de recycler betekent meestal dat er een biljet klem zit tussen de cassette en de transportband.

Kunnen jullie een foto sturen van het display en van de onderste cassette (na het openen van de kluisdeur)? Dan neem ik meteen het juiste onderdeel mee. Ik kan donderdag langskomen."""
sig = """Groet,
Bram Kuipers
Servicemonteur RSNL Noord
06 5555 8120"""
od = L(o230["date"], CEST)
attr = "Op %s %d %s %d om %02d:%02d schreef StoreDesk <%s>:" % (
    GMAIL_DAY["nl"][od.weekday()], od.day, SHORT_MON["nl"][od.month], od.year, od.hour, od.minute, SD_ADDR)
plain = wrap(new + "\n\n" + sig) + "\n\n" + wrap(attr) + "\n\n" + gt(o230["body"]) + "\n"
attr_h = esc(attr).replace("StoreDesk &lt;%s&gt;" % SD_ADDR, mailto("StoreDesk", SD_ADDR))
htm = gmail_html(gmail_new(new + "\n\n" + sig), attr_h, p2h_br(o230["body"]))
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("References", o230["mid"]),
    ("In-Reply-To", o230["mid"]),
    ("From", "Bram Kuipers <bram.kuipers@service.rsnl.nl>"),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("N1", "gmail-nl-question-noid", d, hdrs, body,
     exp("STORE-230", None, "update", "engineer explains E17, asks for photos, offers to come Thursday; states no RSNL ticket number (E17 is an error code, 06 number a phone)"),
     "Gmail web, Dutch, 'Op di 2 jul 2024 om 09:00 schreef StoreDesk <...>:', no ticket number",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# N2: Outlook for Windows (classic), Dutch: the number arrives later in the thread
d = dt.datetime(2024, 7, 3, 7, 12, 5, tzinfo=UTC)
frm = ("Sanne Visser", "sanne.visser@rsnl.nl")
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
subj = "RE: " + o230["subject"]
new = """Goedemorgen,

Excuses voor de late bevestiging. Uw melding is bij ons geregistreerd onder nummer 4471. Wilt u dit nummer vermelden als u contact met ons opneemt?

Onze monteur Bram Kuipers heeft u gisteren al rechtstreeks gemaild; hij plant het bezoek aan de winkel in.

""" + NL_SIG_SANNE
od = L(o230["date"], CEST)
hp = [("Van:", o230["from"]), ("Verzonden:", outlook_sent(od, "nl")), ("Aan:", o230["to"]), ("Onderwerp:", o230["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o230["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o230["body"], "NL"), lang="NL", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "nl-NL, en-US", "nl-NL")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Sanne Visser <sanne.visser@rsnl.nl>"),
    ("To", STOREDESK),
    ("CC", "Bram Kuipers <bram.kuipers@service.rsnl.nl>"),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o230["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o230["mid"]), ("In-Reply-To", o230["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("N2", "outlook-nl-ack-later", d, hdrs, body,
     exp("STORE-230", "4471", "acknowledged", "second mail of the thread gives the number: 'geregistreerd onder nummer 4471'"),
     "Outlook for Windows (classic), Dutch, 'RE:', Van:/Verzonden:/Aan:/Onderwerp:, utf-8 base64",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# N3: Gmail app (Android), Dutch: a new mail that names only the ticket number
d = dt.datetime(2024, 7, 5, 17, 46, 29, tzinfo=CEST)
frm = ("Bram Kuipers", "bram.kuipers@service.rsnl.nl")
mid = mid_gmail()
subj = "Melding 4471 recycler Groningen"
new = """Hoi,

Vandaag bij de winkel in Groningen geweest voor melding 4471. Er zat een verfrommeld briefje van 20 klem achter de invoer en de sensor van de onderste cassette was vuil. Allebei verholpen, sensor gereinigd en de recycler een half uur getest. Foutmelding E17 komt niet meer terug, de recycler werkt weer normaal.

Groet,
Bram"""
plain = new + "\n"
htm = "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) + "\n"
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("From", "Bram Kuipers <bram.kuipers@service.rsnl.nl>"),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", subj),
    ("To", SD_ADDR),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("N3", "gmailapp-nl-resolved-idonly", d, hdrs, body,
     exp("STORE-230", "4471", "resolved", "new mail, no STORE ref or threading headers: only 'melding 4471' (given in the earlier ack); 'de recycler werkt weer normaal'"),
     "Gmail app on Android, Dutch, new mail typed on the phone, bare To address, only the vendor ticket number",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# ---------------------------------------------------------------- STORE-227 (NL, Rotterdam)
o227 = ours(227)

# N4: new Outlook for Windows (OWA based, divRplyFwdMsg), Dutch: ack with spaced number
d = dt.datetime(2024, 7, 29, 6, 55, 40, tzinfo=UTC)
frm = ("Sanne Visser", "sanne.visser@rsnl.nl")
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
subj = "RE: " + o227["subject"]
new = """Goedemorgen,

Dank voor uw bericht. Wij hebben uw melding in behandeling genomen onder meldingsnummer 731 204.

Om de oorzaak te vinden wil onze monteur de kassa ter plaatse uitlezen; hij neemt contact met u op voor een afspraak.

""" + NL_SIG_SANNE + "\n\n" + NL_LEGAL
od = L(o227["date"], CEST)
hp = [("Van:", o227["from"]), ("Verzonden:", outlook_sent(od, "nl")), ("Aan:", o227["to"]), ("Onderwerp:", o227["subject"])]
plain = new + "\n\n________________________________\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o227["body"] + "\n"
htm = owa_html(new, hp, plain_quoted_html(o227["body"]))
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "nl-NL, en-US", "nl-NL")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Sanne Visser <sanne.visser@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o227["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o227["mid"]), ("In-Reply-To", o227["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("N4", "newoutlook-nl-ack", d, hdrs, body,
     exp("STORE-227", "731204", "acknowledged", "'in behandeling genomen onder meldingsnummer 731 204' (spaces removed); KvK number in disclaimer"),
     "new Outlook for Windows (OWA based, no X-Mailer), Dutch, divRplyFwdMsg, KvK disclaimer",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# N5: meeting invitation (text/calendar) from the engineer about our ticket
d = dt.datetime(2024, 7, 30, 8, 3, 11, tzinfo=UTC)
frm = ("Ruud Bakker", "ruud.bakker@rsnl.nl")
srv = "DU0PR07MB9012"
mid = mid_exchange(srv)
subj = "Monteursbezoek kassa 2 - Rotterdam Lijnbaan (melding 731204)"
txt = """Goedemorgen,

Hierbij de afspraak voor het monteursbezoek naar aanleiding van uw melding [STORE-227] (ons meldingsnummer 731204). Ik kom donderdag 1 augustus om 08:30 naar de winkel, voor openingstijd. Graag iemand aanwezig die de achterdeur kan openen.

Groet,
Ruud Bakker
Monteur RSNL Zuid-Holland
06 5555 4471
"""
uidc = "040000008200E00074C5B7101A82E00800000000" + hexs(16, True) + "010000000000000010000000" + hexs(32, True)
stamp = L(d, UTC).strftime("%Y%m%dT%H%M%SZ")
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
ORGANIZER;CN=Ruud Bakker:mailto:ruud.bakker@rsnl.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:
 mailto:helpdesk@ops.storedesk.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sanne Viss
 er:mailto:sanne.visser@rsnl.nl
DESCRIPTION;LANGUAGE=nl-NL:Goedemorgen\\,\\n\\nHierbij de afspraak voor het m
 onteursbezoek naar aanleiding van uw melding [STORE-227] (ons meldingsnumm
 er 731204). Ik kom donderdag 1 augustus om 08:30 naar de winkel\\, voor ope
 ningstijd. Graag iemand aanwezig die de achterdeur kan openen.\\n\\nGroet\\,\\n
 Ruud Bakker\\nMonteur RSNL Zuid-Holland\\n06 5555 4471\\n
UID:%s
SUMMARY;LANGUAGE=nl-NL:Monteursbezoek kassa 2 - Rotterdam Lijnbaan (meldin
 g 731204)
DTSTART;TZID=W. Europe Standard Time:20240801T083000
DTEND;TZID=W. Europe Standard Time:20240801T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Rotterdam Lijnbaan
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-%d
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (uidc, stamp, RNG.randrange(10 ** 9, 2 * 10 ** 9))
htm = owa_html(txt.rstrip("\n"), None, "")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "nl-NL, en-US", "nl-NL")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Ruud Bakker <ruud.bakker@rsnl.nl>"),
    ("To", STOREDESK),
    ("CC", "Sanne Visser <sanne.visser@rsnl.nl>"),
    ("Subject", subj),
    ("Thread-Topic", subj),
] + splice(pre, [("Message-ID", mid)], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
    ("Content-class", "urn:content-classes:calendarmessage"),
] + post
body = multipart(b, [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable"),
                     leaf("text/calendar", ics.rstrip("\n"), "utf-8", "base64", params="; method=REQUEST")])
emit("N5", "outlook-nl-invite", d, hdrs, body,
     exp(None, None, "ignore", "meeting invitation (text/calendar; method=REQUEST) from RSNL's engineer about our ticket"),
     "Outlook / Exchange meeting request, Dutch, multipart/alternative with text/calendar method=REQUEST",
     subject=subj, frm=frm)

# N6: Outlook for iOS, Dutch: closed
d = dt.datetime(2024, 8, 2, 13, 31, 48, tzinfo=UTC)
frm = ("Ruud Bakker", "ruud.bakker@rsnl.nl")
srv = "DU0PR07MB9012"
mid = mid_exchange(srv)
prev = STORE["N4"]
subj = "Re: " + o227["subject"]
new = """Hallo,

Gisteren de kassa uitgelezen: de voeding van kassa 2 gaf spanningsdips, daardoor herstartte hij. Voeding vervangen en de kassa heeft daarna de hele dag zonder herstart gedraaid. Melding 731204 is hiermee gesloten.

Groet,
Ruud Bakker
Monteur RSNL Zuid-Holland"""
pd = L(prev["date"], CEST)
hp = [("Van:", "Sanne Visser <sanne.visser@rsnl.nl>"), ("Verzonden:", outlook_sent(pd, "nl")),
      ("Aan:", STOREDESK), ("Onderwerp:", prev["subject"])]
qtext = prev["plain"].rstrip("\n")
plain = new + "\n\nOutlook voor iOS<https://aka.ms/o0ukef> downloaden\n________________________________\n" + \
        "\n".join("%s %s" % kv for kv in hp) + "\n\n" + qtext + "\n"
extra = ('<div id="ms-outlook-mobile-signature" dir="auto"><div><br></div>'
         '<div dir="auto">Outlook voor <a href="https://aka.ms/o0ukef">iOS</a> downloaden</div></div>\n')
htm = owa_html(new, hp, plain_quoted_html(qtext), extra_after_text=extra)
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "nl-NL, en-US", "nl-NL", ti_children=1)
hdrs = exo_trace(frm[1], d) + [
    ("From", "Ruud Bakker <ruud.bakker@rsnl.nl>"),
    ("To", STOREDESK),
    ("CC", "Sanne Visser <sanne.visser@rsnl.nl>"),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o227["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", refs_hdr([o227["mid"], prev["mid"]])),
                 ("In-Reply-To", prev["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("N6", "outlookios-nl-closed", d, hdrs, body,
     exp("STORE-227", "731204", "closed", "power supply replaced, 'Melding 731204 is hiermee gesloten'"),
     "Outlook for iOS, Dutch, 'Outlook voor iOS downloaden' signature, divRplyFwdMsg",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# N7: another customer's ticket forwarded to us by mistake (autocomplete picked 'helpdesk')
d = dt.datetime(2024, 7, 16, 9, 48, 27, tzinfo=UTC)
frm = ("Sanne Visser", "sanne.visser@rsnl.nl")
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
topic = "Melding 731882 - weegschaal geeft verkeerd gewicht"
subj = "FW: " + topic
inner_d = dt.datetime(2024, 7, 15, 16, 22, 0, tzinfo=CEST)
new = """Hoi Mark,

Kun jij deze oppakken? De klant heeft nu voor de derde keer gebeld over melding 731882. De weegschaal op de groente-afdeling wijkt ongeveer 40 gram af, ook na opnieuw ijken. Graag vandaag nog iemand langs sturen.

Dank je!
Sanne"""
inner = """Goedemiddag,

De weegschaal bij groente en fruit geeft nog steeds een verkeerd gewicht aan. Uw collega zou vorige week langskomen maar er is niemand geweest. Onze meldingsnummer is 731882. Wij willen dit graag deze week opgelost hebben, anders moeten we de weegschaal buiten gebruik stellen.

Met vriendelijke groet,

Henk Dijkstra
Bedrijfsleider Versmarkt Zwolle Centrum
038 555 2190"""
hp = [("Van:", "Versmarkt Zwolle Centrum <zwolle.centrum@versmarkt.example>"), ("Verzonden:", outlook_sent(inner_d, "nl")),
      ("Aan:", "RSNL Support <support@rsnl.nl>"), ("Onderwerp:", topic)]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + inner + "\n"
htm = outlook_html(new, hp, mso_quoted(inner, "NL"), lang="NL", cs="iso-8859-1")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "nl-NL, en-US", "nl-NL", ti_children=1)
hdrs = exo_trace(frm[1], d) + [
    ("From", "Sanne Visser <sanne.visser@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", subj),
    ("Thread-Topic", topic),
] + splice(pre, [("Message-ID", mid), ("References", "<AM8P190MB0978" + hexs(24, True) + "@AM8P190MB0978.EURP190.PROD.OUTLOOK.COM>")], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "iso-8859-1", "quoted-printable"),
                     leaf("text/html", htm, "iso-8859-1", "quoted-printable")])
emit("N7", "outlook-nl-misforward", d, hdrs, body,
     exp(None, None, "ignore", "RSNL agent forwards another customer's ticket (Versmarkt Zwolle, melding 731882) to us by mistake; not one of our issues"),
     "Outlook for Windows (classic), Dutch, 'FW:' forward meant for a colleague ('Hoi Mark'), iso-8859-1 QP, about another customer's scale",
     subject=subj, frm=frm)

# ---------------------------------------------------------------- English threads
EN_LEGAL = """RSNL B.V. is registered with the Dutch Chamber of Commerce under number 24312345.
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail from your system. Any unauthorised use, disclosure or copying is strictly prohibited. RSNL B.V. accepts no liability for any damage caused by viruses transmitted by this e-mail. Our general terms and conditions apply to all our services and can be found at www.rsnl.nl/terms.
Please consider the environment before printing this e-mail."""

# E1: STORE-225, Outlook for Windows (classic), English (en-US)
o225 = ours(225)
d = dt.datetime(2024, 7, 25, 11, 20, 14, tzinfo=UTC)
frm = ("Tom Hendriks", "tom.hendriks@rsnl.nl")
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
subj = "RE: " + o225["subject"]
new = """Hi,

Thanks for reporting this. We have logged this under service request 55123 and passed it on to our power team.

In the meantime, please make sure nothing other than the server and the network switch is plugged into the UPS. If the alarm becomes a continuous tone rather than a beep every 30 seconds, call our hotline on +31 20 555 0199 and quote the SR number.

Kind regards,

Tom Hendriks
Service Desk Engineer
RSNL B.V.
T: +31 20 555 0199
E: tom.hendriks@rsnl.nl"""
od = L(o225["date"], CEST)
hp = [("From:", o225["from"]), ("Sent:", outlook_sent(od, "en-US")), ("To:", o225["to"]), ("Subject:", o225["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o225["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o225["body"], "EN-US"), lang="EN-US", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "en-US, nl-NL", "en-US")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Tom Hendriks <tom.hendriks@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o225["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o225["mid"]), ("In-Reply-To", o225["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("E1", "outlook-en-ack", d, hdrs, body,
     exp("STORE-225", "55123", "acknowledged", "'We have logged this under service request 55123'; hotline number nearby"),
     "Outlook for Windows (classic), English (en-US), From:/Sent:/To:/Subject: block",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E2: STORE-226, Gmail web, English: 'Ticket ID - 88417'
o226 = ours(226)
d = dt.datetime(2024, 7, 26, 15, 2, 51, tzinfo=CEST)
frm = ("Priya Nair", "priya.nair@service.rsnl.nl")
mid = mid_gmail()
subj = "Re: " + o226["subject"]
new = """Hello,

Thank you for your email. A ticket has been created with Ticket ID - 88417. Please keep this ID in the subject line of any further correspondence.

One of our engineers will look at the scanner remotely on Monday morning."""
sig = """Best regards,
Priya Nair
Field Service Coordinator | RSNL
+31 30 555 0177"""
od = L(o226["date"], CEST)
attr = "On %s, %s %d, %d at %s StoreDesk <%s> wrote:" % (
    GMAIL_DAY["en"][od.weekday()], SHORT_MON["en"][od.month], od.day, od.year, h12(od), SD_ADDR)
plain = wrap(new + "\n\n" + sig) + "\n\n" + wrap(attr) + "\n\n" + gt(o226["body"]) + "\n"
attr_h = esc(attr).replace("StoreDesk &lt;%s&gt;" % SD_ADDR, mailto("StoreDesk", SD_ADDR))
htm = gmail_html(gmail_new(new + "\n\n" + sig), attr_h, p2h_br(o226["body"]))
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("References", o226["mid"]),
    ("In-Reply-To", o226["mid"]),
    ("From", "Priya Nair <priya.nair@service.rsnl.nl>"),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("To", STOREDESK),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "quoted-printable"),
                     leaf("text/html", htm, "UTF-8", "quoted-printable")])
emit("E2", "gmail-en-ack", d, hdrs, body,
     exp("STORE-226", "88417", "acknowledged", "'A ticket has been created with Ticket ID - 88417'"),
     "Gmail web, English, 'On Fri, Jul 26, 2024 at 9:00 AM StoreDesk <...> wrote:' wrapped",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E3: STORE-226, iPhone Mail, English: should work, please confirm, will close once confirmed
d = dt.datetime(2024, 7, 29, 11, 40, 26, tzinfo=CEST)
frm = ("Priya Nair", "priya.nair@service.rsnl.nl")
mid = mid_apple("service.rsnl.nl")
prev = STORE["E2"]
subj = "Re: " + o226["subject"]
new = """Hi,

Quick update on ticket 88417: our engineer reset the scanner's interface mode remotely this morning (it had switched from USB-HID to USB-COM after the last POS update). It should be working again now. Could you ask the store to try a few scans and let us know?

We will close the ticket once you confirm everything is OK.

Thanks,
Priya"""
pd = L(prev["date"], CEST)
attr = "On %d %s %d, at %02d:%02d, Priya Nair <priya.nair@service.rsnl.nl> wrote:" % (pd.day, SHORT_MON["en"][pd.month], pd.year, pd.hour, pd.minute)
plain = new + "\n\nSent from my iPhone\n\n" + gt(attr + "\n\n\ufeff" + prev["plain"].rstrip("\n")) + "\n"
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body dir="auto">' + "".join('<div dir="ltr">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) +
       '<div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
       '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote></div></body></html>\n'
       % (esc(attr), prev["html"]))
b = b_apple_ios()
hdrs = google_trace(frm[1], d) + [
    ("From", "Priya Nair <priya.nair@service.rsnl.nl>"),
    ("Content-Type", "multipart/alternative; boundary=%s" % b),
    ("Content-Transfer-Encoding", "7bit"),
    ("Mime-Version", "1.0 (1.0)"),
    ("Subject", ew(subj, "utf-8", "Q")),
    ("Date", rfc_nopad(d)),
    ("Message-Id", mid),
    ("References", refs_hdr([o226["mid"], prev["mid"]])),
    ("In-Reply-To", prev["mid"]),
    ("To", STOREDESK),
    ("X-Mailer", "iPhone Mail (21F90)"),
]
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                     leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("E3", "iphone-en-confirm", d, hdrs, body,
     exp("STORE-226", "88417", "update", "remote fix 'should be working', asks the store to test; 'We will close the ticket once you confirm'"),
     "iPhone Mail, English, 'Sent from my iPhone', '> On 26 Jul 2024, at 15:02, ... wrote:'",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E4: lookalike domain rsnl-support.com hijacking the thread, pretending to resolve
d = dt.datetime(2024, 7, 30, 2, 17, 45, tzinfo=UTC)
frm = ("RSNL Support", "support@rsnl-support.com")
mid = "<%s$%s@rsnl-support.com>" % (hexs(12), hexs(6))
prev = STORE["E3"]
subj = "RE: " + o226["subject"]
txt = """Dear Customer,

Your ticket 88417 has been resolved and will be closed within 24 hours.

Please review the service report and confirm the resolution in our customer portal. Unconfirmed tickets may be invoiced as an on-site call-out.

View service report: https://portal.rsnl-support.com/tickets/88417/confirm

Regards,
RSNL Support Team
"""
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
       '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
       '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00539b;color:#fff;padding:12px;font-size:18px"><b>RSNL</b> Support</td></tr>'
       '<tr><td style="padding:16px"><p>Dear Customer,</p><p>Your ticket <b>88417</b> has been <b>resolved</b> and will be closed within 24 hours.</p>'
       '<p>Please review the service report and confirm the resolution in our customer portal. Unconfirmed tickets may be invoiced as an on-site call-out.</p>'
       '<p><a href="https://portal.rsnl-support.com/tickets/88417/confirm" style="background:#00539b;color:#fff;padding:8px 16px;text-decoration:none">View service report</a></p>'
       '<p>Regards,<br>RSNL Support Team</p></td></tr></table></body></html>\n')
b = "----=_NextPart_%s_%s" % (hexs(3, True), hexs(8, True))
hdrs = trace("bounce@rsnl-support.com", "rsnl-support.com", "91.215.85.%d" % RNG.randrange(10, 250),
             "vps-4417.hostsrv.example vps-4417.hostsrv.example", d, dkim="none", dmarc="none") + [
    ("From", '"RSNL Support" <support@rsnl-support.com>'),
    ("Reply-To", "support@rsnl-support.com"),
    ("To", SD_ADDR),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Date", rfc(L(d, UTC))),
    ("Message-ID", mid),
    ("In-Reply-To", prev["mid"]),
    ("References", refs_hdr([o226["mid"], prev["mid"]])),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Priority", "1"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", txt, "iso-8859-1", "quoted-printable"),
                     leaf("text/html", htm, "iso-8859-1", "quoted-printable")])
emit("E4", "lookalike-en-fake-resolved", d, hdrs, body,
     exp(None, None, "ignore", "lookalike domain rsnl-support.com (not rsnl.nl) hijacking the thread with a fake 'resolved' and a portal link"),
     "phishing from lookalike domain rsnl-support.com, threaded onto our STORE-226 conversation, fake 'resolved' + link",
     subject=subj, frm=frm)

# E5: STORE-228, Outlook on the web, English: status written inline in the quote,
#     below a long signature and disclaimer
o228 = ours(228)
d = dt.datetime(2024, 7, 31, 14, 44, 2, tzinfo=UTC)
frm = ("Marco de Groot", "marco.degroot@rsnl.nl")
srv = "PA4PR07MB7410"
mid = mid_exchange(srv)
subj = "RE: " + o228["subject"]
new = """Hi,

Please see my comments inline below.

Kind regards,

Marco de Groot
Senior Service Engineer | RSNL B.V.
Stationsplein 45 | 3013 AK Rotterdam | The Netherlands
T +31 10 555 0123 | M +31 6 5555 3140
marco.degroot@rsnl.nl | www.rsnl.nl

""" + EN_LEGAL
od = L(o228["date"], CEST)
hp = [("From:", o228["from"]), ("Sent:", outlook_sent(od, "en-US")), ("To:", o228["to"]), ("Subject:", o228["subject"])]
inline = ("[Marco - RSNL] Ticket 5208 on our side. I visited the store this morning: a paper fragment had jammed the "
          "auto-cutter of the receipt printer at till 1 and the cutter motor had burnt out. I fitted a new cutter assembly "
          "(printer S/N TM88-X4K091733) and printed 50 test receipts, all cut cleanly. This is now resolved.")
qtext = o228["body"] + "\n\n" + inline
plain = new + "\n\n________________________________\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + qtext + "\n"
qhtml = plain_quoted_html(o228["body"]) + '\n<div style="color:#C00000;font-family:Calibri,sans-serif;font-size:11pt"><b>%s</b></div>' % esc(inline)
htm = owa_html(new, hp, qhtml)
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "en-GB, nl-NL", "en-GB")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Marco de Groot <marco.degroot@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o228["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o228["mid"]), ("In-Reply-To", o228["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("E5", "owa-en-inline-resolved", d, hdrs, body,
     exp("STORE-228", "5208", "resolved", "'see my comments inline': below signature, disclaimer and quote header: 'Ticket 5208 on our side ... This is now resolved'; printer S/N is a decoy"),
     "Outlook on the web, English, top reply is only 'see inline', status and ticket written in red inside the quoted text after a long disclaimer",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E6: STORE-229, Outlook for Windows (classic), English (en-GB): closed, order/RMA decoys
o229 = ours(229)
d = dt.datetime(2024, 7, 10, 8, 5, 31, tzinfo=UTC)
frm = ("Tom Hendriks", "tom.hendriks@rsnl.nl")
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
subj = "RE: " + o229["subject"]
new = """Hi,

Your reference is CS-10442.

The replacement cable (order 4500012345) was delivered to the store on Monday and the store manager fitted it with our engineer on the phone. The PIN pad has been working since. Please send the damaged cable back to us under RMA 700913; the return label is in the box.

As everything is working again, I'm closing CS-10442 now.

Kind regards,

Tom Hendriks
Service Desk Engineer
RSNL B.V.
T: +31 20 555 0199"""
od = L(o229["date"], CEST)
hp = [("From:", o229["from"]), ("Sent:", outlook_sent(od, "en-GB")), ("To:", o229["to"]), ("Subject:", o229["subject"])]
plain = new + "\n\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o229["body"] + "\n"
htm = outlook_html(new, hp, mso_quoted(o229["body"], "EN-GB"), lang="EN-GB", cs="utf-8")
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "en-GB, nl-NL", "en-GB")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Tom Hendriks <tom.hendriks@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o229["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o229["mid"]), ("In-Reply-To", o229["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "quoted-printable"), leaf("text/html", htm, "utf-8", "quoted-printable")])
emit("E6", "outlook-en-closed", d, hdrs, body,
     exp("STORE-229", "CS-10442", "closed", "'Your reference is CS-10442' ... 'I'm closing CS-10442 now'; order 4500012345 and RMA 700913 are decoys"),
     "Outlook for Windows (classic), English (en-GB), utf-8 QP",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E7: STORE-232, Gmail app (Android), English: new mail, our ref only in the body
o232 = ours(232)
d = dt.datetime(2024, 7, 8, 7, 31, 9, tzinfo=CEST)
frm = ("Dirk Peeters", "dirk.peeters@service.rsnl.nl")
mid = mid_gmail()
subj = "Engineer visit Gent Veldstraat - receipt printer"
new = """Hi,

About your STORE-232 (receipt printer offline in Gent Veldstraat), our ref is INC0012345.

Our engineer will come Thursday 11 July between 8 and 10 am, before the store opens. Please make sure someone can let him in at the back entrance. He will bring a spare printer in case the interface board is faulty.

Dirk Peeters
RSNL Field Service Planning Belgium
+32 9 555 01 88"""
plain = new + "\n"
htm = "".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")) + "\n"
b = b_gmail()
hdrs = google_trace(frm[1], d) + [
    ("MIME-Version", "1.0"),
    ("From", "Dirk Peeters <dirk.peeters@service.rsnl.nl>"),
    ("Date", rfc_nopad(d)),
    ("Message-ID", mid),
    ("Subject", subj),
    ("To", STOREDESK),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % b),
]
body = multipart(b, [leaf("text/plain", plain, "UTF-8", "7bit"), leaf("text/html", htm, "UTF-8", "7bit")])
emit("E7", "gmailapp-en-visit", d, hdrs, body,
     exp("STORE-232", "INC0012345", "update", "new mail (no threading headers, own subject); our STORE-232 only in the body; 'Our engineer will come Thursday'"),
     "Gmail app on Android, English, fresh mail with its own subject, STORE-232 named only in the body",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E8: STORE-237, Outlook for Mac, English: new mail, subject typed by hand; long signature
#     with an auto-close notice and disclaimer
o237 = ours(237)
d = dt.datetime(2024, 7, 11, 10, 9, 56, tzinfo=UTC)
frm = ("Joost van Dijk", "joost.vandijk@rsnl.nl")
srv = "DB9PR07MB8841"
mid = mid_exchange(srv)
subj = "STORE-237 label printer Amsterdam Centraal"
new = """Hello StoreDesk team,

Following up on your report about the label printer at Amsterdam Centraal. Our reference for this is RSNL-24-5590.

The printer was printing blank labels because the store had loaded direct-thermal labels while the printer was still set to thermal-transfer (ribbon) mode. We switched the media setting remotely, printed a calibration page, and the store has since printed a full batch of shelf labels. The issue is resolved.

Best regards,

Joost van Dijk
Remote Support Specialist
RSNL B.V. | Retail Systems Nederland
Stationsplein 45, 3013 AK Rotterdam
T +31 10 555 0123 | joost.vandijk@rsnl.nl

Service hours: Mon-Fri 08:00-18:00 CET. For urgent outages outside these hours call +31 10 555 0100.
Please note: tickets without a response from you will be closed automatically after 5 working days.

""" + EN_LEGAL
plain = new + "\n"
htm = (WORD_HEAD % {"cs": "utf-8", "bl": "EN-GB"}) + mso_p(new, "EN-GB") + "\n</div>\n</body>\n</html>\n"
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "en-GB, nl-NL", "en-GB")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Joost van Dijk <joost.vandijk@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", subj),
    ("Thread-Topic", subj),
] + splice(pre, [("Message-ID", mid)], []) + [
    ("user-agent", "Microsoft-MacOutlook/16.86.24071420"),
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "us-ascii", "quoted-printable"),
                     leaf("text/html", htm.replace('charset=utf-8', 'charset=us-ascii'), "us-ascii", "quoted-printable")])
emit("E8", "outlookmac-en-resolved-newmail", d, hdrs, body,
     exp("STORE-237", "RSNL-24-5590", "resolved", "new mail with subject typed by hand ('STORE-237 label printer ...'); 'The issue is resolved'; auto-close footer is boilerplate"),
     "Outlook for Mac, English, new mail (no In-Reply-To), hand-typed subject without brackets, auto-close notice + disclaimer in signature",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E9: STORE-238, Outlook on the web, English: ack, with a linked older ticket as decoy
o238 = ours(238)
d = dt.datetime(2024, 7, 10, 11, 51, 30, tzinfo=UTC)
frm = ("Emma de Wit", "emma.dewit@rsnl.nl")
srv = "AS8PR07MB7765"
mid = mid_exchange(srv)
subj = "RE: " + o238["subject"]
new = """Hi,

Thanks, we've received this and logged it as ticket 61004.

It looks like the same fault we had on the self-checkouts in Rotterdam last month (ticket 60988, a faulty display cable after the firmware update), so I've linked the two and asked the engineer who handled that one to pick this up.

Kind regards,
Emma de Wit
Service Desk | RSNL B.V.
T +31 10 555 0123"""
od = L(o238["date"], CEST)
hp = [("From:", o238["from"]), ("Sent:", outlook_sent(od, "en-GB")), ("To:", o238["to"]), ("Subject:", o238["subject"])]
plain = new + "\n\n________________________________\n" + "\n".join("%s %s" % kv for kv in hp) + "\n\n" + o238["body"] + "\n"
htm = owa_html(new, hp, plain_quoted_html(o238["body"]))
b = b_exchange(mid)
pre, post = exo_extra(d, srv, "en-GB, nl-NL", "en-GB")
hdrs = exo_trace(frm[1], d) + [
    ("From", "Emma de Wit <emma.dewit@rsnl.nl>"),
    ("To", STOREDESK),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Thread-Topic", ew(o238["subject"], "utf-8", "B")),
] + splice(pre, [("Message-ID", mid), ("References", o238["mid"]), ("In-Reply-To", o238["mid"])], []) + [
    ("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b),
    ("MIME-Version", "1.0"),
] + post
body = multipart(b, [leaf("text/plain", plain, "utf-8", "base64"), leaf("text/html", htm, "utf-8", "base64")])
emit("E9", "owa-en-ack-linked", d, hdrs, body,
     exp("STORE-238", "61004", "acknowledged", "'logged it as ticket 61004'; ticket 60988 is another (linked) ticket, a decoy"),
     "Outlook on the web, English (en-GB), another ticket number mentioned right after ours",
     plain=plain, htmlbody=htm, subject=subj, frm=frm)

# E10: STORE-239, Exchange Online NDR: our original mail bounced (shared mailbox full)
o239 = ours(239)
d = dt.datetime(2024, 7, 11, 7, 0, 9, tzinfo=UTC)
srv = "AM9PR07MB7123"
mid = mid_exchange(srv)
subj = "Undeliverable: " + o239["subject"]
txt = """Delivery has failed to these recipients or groups:

RSNL Support (support@rsnl.nl)
Your message couldn't be delivered because the recipient's mailbox is full. If possible, contact the recipient in another way and let them know that their mailbox is full and they should clear out some space.


Diagnostic information for administrators:

Generating server: %s.eurprd07.prod.outlook.com

support@rsnl.nl
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

""" % srv
sent_raw = open(os.path.join(CORPUS, "sent", "store-239.eml"), "rb").read().decode("ascii").replace("\r\n", "\n")
sent_hdrs = sent_raw.split("\n\n", 1)[0]
orig = ("Received: from mx-out.ops.storedesk.example (198.51.100.25) by\n"
        " %s.eurprd07.prod.outlook.com with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7762.27;\n"
        " %s\n" % (srv, rfc(L(d - dt.timedelta(seconds=6), UTC)))) + sent_hdrs + "\n"
dsn = """Reporting-MTA: dns;%s.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx-out.ops.storedesk.example
Arrival-Date: %s

Final-Recipient: rfc822;support@rsnl.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""" % (srv, rfc(L(d - dt.timedelta(seconds=6), UTC)))
htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
       '<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>\n'
       '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:support@rsnl.nl">RSNL Support (support@rsnl.nl)</a><br>\n'
       "Your message couldn't be delivered because the recipient's mailbox is full. If possible, contact the recipient in another way and let them know that their mailbox is full and they should clear out some space.<br>\n"
       '</p></font>\n<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>\n'
       '<p>Generating server: %s.eurprd07.prod.outlook.com<br>\n</p>\n<p>support@rsnl.nl<br>\nRemote Server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'<br>\n</p>\n'
       '<p>Original message headers:</p>\n<pre>%s</pre>\n</font>\n</body>\n</html>\n' % (srv, esc(orig)))
b = b_exchange(mid)
b2 = "_002_" + b[5:]
hdrs = [
    ("Return-Path", "<>"),
    ("Delivered-To", SD_ADDR),
    ("Received", "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2053.outbound.protection.outlook.com [40.107.22.53])\n"
                 "\tby mx1.ops.storedesk.example (Postfix) with ESMTPS id 4WKQ1hPj7Rz9tGd\n"
                 "\tfor <helpdesk@ops.storedesk.example>; %s (CEST)" % rfc(L(d + dt.timedelta(seconds=3), CEST))),
    ("From", "Microsoft Outlook <postmaster@rsnl.nl>"),
    ("To", SD_ADDR),
    ("Date", rfc(L(d, UTC))),
    ("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Content-Language", "en-US"),
    ("Message-ID", mid),
    ("In-Reply-To", o239["mid"]),
    ("References", o239["mid"]),
    ("Thread-Topic", ew(o239["subject"], "utf-8", "B")),
    ("Subject", ew(subj, "utf-8", "B")),
    ("Auto-Submitted", "auto-replied"),
    ("X-MS-PublicTrafficType", "Email"),
    ("MIME-Version", "1.0"),
]
body = multipart(b, [
    'Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="%s"\n\n' % b2 +
    multipart(b2, [leaf("text/plain", txt + orig, "us-ascii", "quoted-printable"),
                   leaf("text/html", htm, "us-ascii", "quoted-printable")]),
    leaf_raw(["Content-Type: message/delivery-status"], dsn),
    leaf_raw(["Content-Type: text/rfc822-headers"], orig),
])
emit("E10", "ndr-en-bounce", d, hdrs, body,
     exp(None, None, "ignore", "Exchange NDR (multipart/report delivery-status): our STORE-239 mail bounced, shared mailbox full"),
     "Exchange Online non-delivery report, English, multipart/report; report-type=delivery-status with text/rfc822-headers of our original mail",
     subject=subj, frm=("Microsoft Outlook", "postmaster@rsnl.nl"))

# E11: STORE-240, Thunderbird plain, English: closing, with a merged duplicate
o240 = ours(240)
d = dt.datetime(2024, 7, 18, 14, 10, 44, tzinfo=CEST)
frm = ("Daan Mulder", "daan.mulder@rsnl.nl")
mid = mid_tb()
subj = "Re: " + o240["subject"]
new = """Hi,

The scale at Den Haag Spui was recalibrated and re-verified on site yesterday (new verification sticker applied, valid until July 2026). The store confirmed that the readings match the test weights again.

Closing #9912 now. Your store manager also phoned this in on Friday, which created #9915; that one was a duplicate of this ticket and has been merged into #9912.

Regards,"""
sig = """Daan Mulder
RSNL Service Desk
+31 70 555 0166"""
od = L(o240["date"], CEST)
attr = "On %02d/%02d/%d %02d:%02d, StoreDesk wrote:" % (od.day, od.month, od.year, od.hour, od.minute)
plain = flowed(new) + "\n\n-- \n" + sig + "\n\n" + attr + "\n" + gt(o240["body"]) + "\n"
hdrs = exo_trace(frm[1], d) + [
    ("Message-ID", mid),
    ("Date", rfc_nopad(d)),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", ew(subj, "UTF-8", "Q")),
    ("Content-Language", "en-GB"),
    ("To", STOREDESK),
    ("References", o240["mid"]),
    ("From", "Daan Mulder <daan.mulder@rsnl.nl>"),
    ("In-Reply-To", o240["mid"]),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "8bit"),
]
emit("E11", "thunderbird-en-closed-dup", d, hdrs, plain,
     exp("STORE-240", "9912", "closed", "'Closing #9912 now'; #9915 is a duplicate merged into it, a decoy"),
     "Thunderbird plain text, English (en-GB), 'On 12/07/2024 09:00, StoreDesk wrote:'",
     plain=plain, subject=subj, frm=frm)


# ======================================================================
def lang_client(fname):
    return fname


def main():
    msgs = sorted(MESSAGES, key=lambda m: m["date"].astimezone(UTC))
    assert len(msgs) == 40, len(msgs)
    dates = [m["date"].astimezone(UTC) for m in msgs]
    assert len(set(dates)) == len(dates), "dates must be distinct"
    mids = [m["mid"] for m in msgs]
    assert len(set(mids)) == len(mids), "message ids must be distinct"
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows, readme = [], []
    for i, m in enumerate(msgs, 1):
        name = "%02d-%s.eml" % (i, m["file"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m["data"].encode("latin-1") if False else m["data"].encode("utf-8"))
        row = {"file": name}
        row.update(m["expect"])
        rows.append(row)
        readme.append("| %s | %s | %s |" % (name, m["readme"], m["expect"]["event"]))
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    ev = Counter(r["event"] for r in rows)
    lang = Counter({"ptbr": "pt"}.get(r["file"].split("-")[2], r["file"].split("-")[2]) for r in rows)
    cl = Counter(r["file"].split("-")[1] for r in rows)
    fmt = lambda c: ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD)
        fh.write("Counts: events: %s.  Languages: %s.  Clients: %s.\n\n" % (fmt(ev), fmt(lang), fmt(cl)))
        fh.write("| file | imitates | event |\n|---|---|---|\n")
        fh.write("\n".join(readme) + "\n")


README_HEAD = """# blind-2: mails written by RSNL's people

40 raw messages (`.eml`, CRLF) as they arrive in the StoreDesk mailbox, written by
RSNL support agents, field engineers and coordinators from ordinary mail clients:
Outlook for Windows (classic over Exchange Online, classic over SMTP, new Outlook),
Outlook on the web, Outlook for Mac, Outlook for iOS, Gmail web and the Gmail
Android app, iPhone Mail and Apple Mail on macOS, Thunderbird and Samsung Email.
Languages: English, Dutch, French, German, Portuguese (pt-PT and a pt-BR Outlook UI),
Spanish.  Issues STORE-221 .. STORE-240 (STORE-231 is not used).

RSNL's domains here: `rsnl.nl` (Microsoft 365), `de.rsnl.nl` (German office, own
SMTP server, Outlook with X-Mailer), `service.rsnl.nl` (field service on Google
Workspace).  `rsnl-support.com` is a lookalike.

`make.py` writes every file (deterministic; run `python3 make.py`), `expected.jsonl`
holds the answer for each message in processing (file) order.  Files are numbered
by arrival time; threads whose later mails only carry RSNL's ticket id
(STORE-230: 4471, STORE-235: T-240708-0042) have the mail that introduced the id
earlier in the order.

"""

if __name__ == "__main__":
    main()
