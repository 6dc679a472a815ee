#!/usr/bin/env python3
"""Writes the blind11 held-out corpus: 60 mails that arrive in helpdesk@ops.storedesk.example
(replies from RSNL's helpdesk products and staff, plus traps), expected.jsonl and README.md.

Standard library only, deterministic.  Run:  python3 make.py
It deletes old NN-*.eml files, writes the new ones and checks every file while writing
(CRLF, ASCII headers, line length, no parser defects, strict charset decoding, increasing
Date headers later than the issue's sent date, unique Message-IDs, issue findable, vendor
id present).  It exits non-zero if any check fails."""
import base64
import hashlib
import json
import pathlib
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parsedate_to_datetime

HERE = pathlib.Path(__file__).resolve().parent
INPUT = HERE / "input"
US = "helpdesk@ops.storedesk.example"
US_NAME = "StoreDesk"

CEST = timezone(timedelta(hours=2))
WEST = timezone(timedelta(hours=1))   # Portugal (summer)
BST = timezone(timedelta(hours=1))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))

# ====================================================================== MIME helpers

def _q_word(chunk, charset):
    out = []
    for b in chunk.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def _b_word(chunk, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(chunk.encode(charset)).decode())


def ew(s, enc="B", charset="utf-8", force=False):
    """RFC 2047-encode a whole value, folded between encoded words."""
    if not force and s.isascii():
        return s
    make = _b_word if enc.upper() == "B" else _q_word
    words, cur = [], ""
    for ch in s:
        if cur and len(make(cur + ch, charset)) > 75:
            words.append(make(cur, charset))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(make(cur, charset))
    return "\n ".join(words)


def ew_mixed(s, charset="utf-8"):
    """Encode only the words that need it (Outlook / Exchange style)."""
    if s.isascii():
        return s
    out, run = [], []
    for t in s.split(" "):
        if t.isascii():
            if run:
                out.append(ew(" ".join(run), "Q", charset, force=True))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(ew(" ".join(run), "Q", charset, force=True))
    return "\n ".join(out) if len(" ".join(out)) > 70 else " ".join(out)


def addr(name, email, enc="Q", charset="utf-8"):
    if not name:
        return email
    if not name.isascii():
        return "%s <%s>" % (ew(name, enc, charset, force=True), email)
    if re.fullmatch(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+", name):
        return "%s <%s>" % (name, email)
    return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)


def date(dt):
    return format_datetime(dt)


def enc_qp(text, charset):
    if not text.endswith("\n"):
        text += "\n"
    data = quopri.encodestring(text.encode(charset))
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def enc_b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def enc_plain(text, charset):
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        return hdr_bytes(self.headers) + b"\r\n" + self.body


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", ct_extra="",
         quote_cs=True, headers=()):
    cs = ('"%s"' % charset) if quote_cs else charset
    h = [("Content-Type", "text/%s; charset=%s%s" % (subtype, cs, ct_extra))]
    if cte == "quoted-printable":
        data = enc_qp(body, charset)
    elif cte == "base64":
        b = body if body.endswith("\n") else body + "\n"
        data = enc_b64(b.replace("\n", "\r\n").encode(charset))
    else:
        data = enc_plain(body, charset)
    h.append(("Content-Transfer-Encoding", cte))
    h.extend(headers)
    return Part(h, data)


def raw_part(ctype, body, cte="7bit", headers=()):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h.extend(headers)
    return Part(h, enc_plain(body, "ascii"))


def binary(ctype, data, filename, headers=()):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
         ("Content-Transfer-Encoding", "base64")] + list(headers)
    return Part(h, enc_b64(data))


def multipart(subtype, parts, boundary, ct_extra="", preamble="", headers=()):
    h = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, ct_extra, boundary))]
    h.extend(headers)
    body = b""
    if preamble:
        body += enc_plain(preamble, "ascii") + b"\r\n"
    for p in parts:
        chunk = ("--%s\r\n" % boundary).encode() + p.bytes()
        if not chunk.endswith(b"\r\n"):
            chunk += b"\r\n"
        body += chunk
    body += ("--%s--\r\n" % boundary).encode()
    return Part(h, body)


def hdr_bytes(headers):
    out = []
    for k, v in headers:
        v = v.replace("\r\n", "\n").replace("\n", "\r\n")
        out.append("%s: %s\r\n" % (k, v))
    return "".join(out).encode("ascii")


def message(headers, part):
    h = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in h):
        h.append(("MIME-Version", "1.0"))
    return hdr_bytes(h + part.headers) + b"\r\n" + part.body


def hx(key, n=16):
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def hxu(key, n=16):
    return hx(key, n).upper()


def b64id(key, n=22):
    return base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()[:n]


def alnum(key, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256(key.encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def flow(body, width=72):
    """format=flowed soft wrapping (RFC 3676) as Thunderbird/Roundcube send it."""
    out = []
    for line in body.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def quote(body, prefix="> "):
    lines = body.rstrip("\n").split("\n")
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in lines) + "\n"


def paras_html(body, p_open="<p>", p_close="</p>"):
    out = []
    for para in body.strip("\n").split("\n\n"):
        out.append(p_open + "<br>\n".join(esc(l) for l in para.split("\n")) + p_close)
    return "\n".join(out)


def received(helo, ip, dt, secs=3, proto="ESMTPS", extra=""):
    t = (dt + timedelta(seconds=secs)).astimezone(CEST)
    qid = hxu("qid" + helo + dt.isoformat(), 10)
    return ("Received", "from %s (%s [%s])\n\tby mx1.ops.storedesk.example (Postfix) with %s id 4W%s\n"
            "\tfor <%s>; %s%s" % (helo, helo, ip, proto, qid, US, date(t), extra))


def authres(domain, dkim=True, spf_domain=None):
    spf_domain = spf_domain or domain
    parts = ["mx1.ops.storedesk.example"]
    parts.append("dkim=pass (2048-bit key) header.d=%s" % domain if dkim else "dkim=none")
    parts.append("spf=pass smtp.mailfrom=%s" % spf_domain)
    parts.append("dmarc=pass (p=quarantine) header.from=%s" % domain)
    return ("Authentication-Results", ";\n\t".join(parts))


def dkim(domain, selector, key):
    sig = base64.b64encode(hashlib.sha512(("sig" + key).encode()).digest() * 4).decode()
    bh = base64.b64encode(hashlib.sha256(("bh" + key).encode()).digest()).decode()
    lines = [sig[i:i + 64] for i in range(0, 256, 64)]
    return ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\t"
            "h=from:to:subject:date:message-id:mime-version:content-type;\n\t"
            "bh=%s;\n\tb=%s" % (domain, selector, bh, "\n\t  ".join(lines)))


def thread_index(key):
    return base64.b64encode(b"\x01\xda" + hashlib.md5(key.encode()).digest() * 1 + b"\x00\x01\x02\x03\x04").decode()


# ====================================================================== issues
ISSUES = {int(x["issue_ref"].split("-")[1]): x for x in json.loads((INPUT / "issues.json").read_text())}
for _n, _x in ISSUES.items():
    _x["dt"] = parsedate_to_datetime(_x["sent"])


def I(n):
    return ISSUES[n]


def orig_body(n):
    x = I(n)
    return "Store: %s\nPriority: high\nReported by: Sam Jansen\n\n%s.\n" % (x["store"], x["title"])


def orig_html(n):
    return "<br>\n".join(esc(l) for l in orig_body(n).rstrip("\n").split("\n"))


# ---------------------------------------------------------------- localized dates
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"],
}


def outlook_when(dt, lang):
    d, m = DAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    if lang == "en":
        h = dt.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (d, m, dt.day, dt.year, h, dt.minute, "AM" if dt.hour < 12 else "PM")
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)
    if lang == "pt":
        return "%s, %d de %s de %d %02d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)
    if lang == "it":
        return "%s %d %s %d %02d:%02d" % (d, dt.day, m, dt.year, dt.hour, dt.minute)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "CC"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0", "Cc\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto", "CC"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Cc"),
    "pt": ("De", "Enviado", "Para", "Assunto", "Cc"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Cc"),
}


def outlook_hdr_fields(frm, when, to, subject, lang, cc=None):
    L = OUTLOOK_LABELS[lang]
    f = [(L[0], frm), (L[1], when), (L[2], to)]
    if cc:
        f.append((L[4], cc))
    f.append((L[3], subject))
    return f


def outlook_hdr_text(fields):
    return "\n".join("%s: %s" % (k, v) for k, v in fields) + "\n"


def outlook_html(reply, fields, quoted_html, lang_tag="NL", sig_html=""):
    ps = []
    for para in reply.strip("\n").split("\n\n"):
        for line in para.split("\n"):
            ps.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang_tag, esc(line) if line else "&nbsp;"))
        ps.append('<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang_tag)
    hdr = "<br>\n".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in fields)
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle19
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
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><span lang="%s" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s<o:p></o:p></span></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">%s<o:p></o:p></p>
</div>
</body>
</html>
""" % (lang_tag, "\n".join(ps), sig_html, lang_tag, hdr, quoted_html))


def gmail_html(reply, attribution, quoted_html):
    body = "<br>".join(esc(l) for l in reply.strip("\n").split("\n"))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n' % (body, esc(attribution), quoted_html))


# ====================================================================== corpus registry
MAILS = []


def mail(key, dt, slug, *, mid, issue, vid, event, product, kind, lang, note):
    def deco(fn):
        MAILS.append(dict(key=key, dt=dt, slug=slug, mid=mid, issue=issue, vid=vid, event=event,
                          product=product, kind=kind, lang=lang, note=note, build=fn))
        return fn
    return deco


def mid_of(key):
    for m in MAILS:
        if m["key"] == key:
            return m["mid"]
    raise KeyError(key)


def to_us(name=US_NAME):
    return addr(name, US)


# ====================================================================== the mails
# ---------------------------------------------------------------- STORE-201  SuperOffice Service (nl)
@mail("201a", datetime(2024, 7, 1, 9, 2, 41, tzinfo=CEST), "superoffice-ack",
      mid="<ej.48213.1.1719817361.7c21@rsnl.nl>", issue=201, vid="48213", event="acknowledged",
      product="SuperOffice Service", kind="product", lang="nl",
      note="SuperOffice Service auto-reply, Dutch; request number in body and as [ejTag: 48213] in the subject; phone number 794 48 21 in the footer")
def _(m):
    x = I(201)
    subj = "Re: %s [ejTag: 48213]" % x["subject"]
    txt = """Beste Sam Jansen,

Bedankt voor uw bericht. Wij hebben uw verzoek in goede orde ontvangen en geregistreerd onder nummer 48213.

Een van onze medewerkers neemt zo spoedig mogelijk contact met u op. Onze servicedesk is op werkdagen bereikbaar van 08:00 tot 18:00 uur; storingen met prioriteit Hoog worden ook buiten kantoortijden opgepakt.

Wilt u bij verdere correspondentie over dit verzoek het onderwerp van deze e-mail ongewijzigd laten? Dan kunnen wij uw reactie direct aan het juiste verzoek koppelen.

Samenvatting van uw verzoek
Verzoeknummer: 48213
Onderwerp: %s
Categorie: Kassasystemen
Prioriteit: Hoog
Status: Nieuw

Met vriendelijke groet,

RSNL Klantenservice
T +31 20 794 48 21 | support@rsnl.nl | www.rsnl.nl
""" % x["subject"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #333333;">
<p>Beste Sam Jansen,</p>
<p>Bedankt voor uw bericht. Wij hebben uw verzoek in goede orde ontvangen en geregistreerd onder nummer <b>48213</b>.</p>
<p>Een van onze medewerkers neemt zo spoedig mogelijk contact met u op. Onze servicedesk is op werkdagen bereikbaar van 08:00 tot 18:00 uur; storingen met prioriteit Hoog worden ook buiten kantoortijden opgepakt.</p>
<p>Wilt u bij verdere correspondentie over dit verzoek het onderwerp van deze e-mail ongewijzigd laten? Dan kunnen wij uw reactie direct aan het juiste verzoek koppelen.</p>
<table cellpadding="4" cellspacing="0" style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt; border: 1px solid #d0d7de;">
<tr><td colspan="2" style="background:#00557f;color:#ffffff;"><b>Samenvatting van uw verzoek</b></td></tr>
<tr><td>Verzoeknummer</td><td>48213</td></tr>
<tr><td>Onderwerp</td><td>%s</td></tr>
<tr><td>Categorie</td><td>Kassasystemen</td></tr>
<tr><td>Prioriteit</td><td>Hoog</td></tr>
<tr><td>Status</td><td>Nieuw</td></tr>
</table>
<p>Met vriendelijke groet,<br><br>RSNL Klantenservice<br>
<span style="color:#888888">T +31 20 794 48 21 | <a href="mailto:support@rsnl.nl">support@rsnl.nl</a> | <a href="https://www.rsnl.nl">www.rsnl.nl</a></span></p>
</body></html>
""" % esc(x["subject"])
    h = [("Return-Path", "<support@rsnl.nl>"),
         received("smtp-out1.rsnl.nl", "185.48.112.21", m["dt"]),
         authres("rsnl.nl"),
         dkim("rsnl.nl", "so2023", m["key"]),
         ("From", addr("RSNL Klantenservice", "support@rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew(subj)),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"]),
         ("Auto-Submitted", "auto-replied"),
         ("X-Auto-Response-Suppress", "All"),
         ("X-Mailer", "SuperOffice Service"),
         ("Content-Language", "nl-NL")]
    b = "----=_NextPart_SO_" + hxu(m["key"], 12)
    return message(h, multipart("alternative", [text(txt), text(html, "html")], b))


@mail("201r", datetime(2024, 7, 3, 14, 20, 33, tzinfo=CEST), "superoffice-resolved",
      mid="<ej.48213.4.1720009233.91fe@rsnl.nl>", issue=201, vid="48213", event="resolved",
      product="SuperOffice Service", kind="product", lang="nl",
      note="SuperOffice Service agent reply, Dutch: SSD replaced, request set to 'Opgelost'; decoy SSD serial S4EVNF0M482133 contains the id as a substring")
def _(m):
    x = I(201)
    subj = "Re: %s [ejTag: 48213]" % x["subject"]
    sent = x["dt"]
    txt = """Beste Sam,

Onze monteur is vanochtend bij Amsterdam Centraal geweest. Kassa 3 bleef hangen op het opstartscherm doordat de SSD (serienummer S4EVNF0M482133) leesfouten gaf. De SSD is vervangen en het kassa-image is teruggezet; de kassa start weer normaal op en is getest met een proefbon en een pintransactie.

We hebben het verzoek daarom op opgelost gezet. Mocht het probleem terugkomen, beantwoord dan deze e-mail; het verzoek wordt dan automatisch heropend.

Met vriendelijke groet,

Joost van Leeuwen
Servicedesk RSNL
T +31 20 794 48 21

Verzoek: 48213 | Status: Opgelost

----- Oorspronkelijk bericht -----
Van: StoreDesk <helpdesk@ops.storedesk.example>
Verzonden: %s
Onderwerp: %s

%s""" % (outlook_when(sent, "nl"), x["subject"], orig_body(201))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #333333;">
<p>Beste Sam,</p>
<p>Onze monteur is vanochtend bij Amsterdam Centraal geweest. Kassa 3 bleef hangen op het opstartscherm doordat de SSD (serienummer S4EVNF0M482133) leesfouten gaf. De SSD is vervangen en het kassa-image is teruggezet; de kassa start weer normaal op en is getest met een proefbon en een pintransactie.</p>
<p>We hebben het verzoek daarom op <b>opgelost</b> gezet. Mocht het probleem terugkomen, beantwoord dan deze e-mail; het verzoek wordt dan automatisch heropend.</p>
<p>Met vriendelijke groet,<br><br>Joost van Leeuwen<br>Servicedesk RSNL<br>T +31 20 794 48 21</p>
<p style="color:#888888;font-size:8pt">Verzoek: 48213 | Status: Opgelost</p>
<hr>
<p style="color:#555555"><b>Van:</b> StoreDesk &lt;helpdesk@ops.storedesk.example&gt;<br><b>Verzonden:</b> %s<br><b>Onderwerp:</b> %s</p>
<p style="color:#555555">%s</p>
</body></html>
""" % (outlook_when(sent, "nl"), esc(x["subject"]), orig_html(201))
    h = [("Return-Path", "<support@rsnl.nl>"),
         received("smtp-out1.rsnl.nl", "185.48.112.21", m["dt"]),
         authres("rsnl.nl"),
         dkim("rsnl.nl", "so2023", m["key"]),
         ("From", addr("Joost van Leeuwen | RSNL", "support@rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew(subj)),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"] + "\n " + mid_of("201a")),
         ("X-Mailer", "SuperOffice Service"),
         ("Content-Language", "nl-NL")]
    b = "----=_NextPart_SO_" + hxu(m["key"], 12)
    return message(h, multipart("alternative", [text(txt), text(html, "html")], b))


# ---------------------------------------------------------------- STORE-229  human, Outlook for Android (nl)
@mail("229r", datetime(2024, 7, 3, 17, 12, 8, tzinfo=CEST), "outlook-android-resolved",
      mid="<AM9PR07MB7714D2C53A1F4B0E8C2B9F41C6DD2@AM9PR07MB7714.eurprd07.prod.outlook.com>",
      issue=229, vid="48216", event="resolved",
      product="Outlook for Android", kind="human", lang="nl",
      note="Engineer on Outlook for Android, Dutch, top-posted over our original: cable replaced, 'zou opgelost moeten zijn, kun je bevestigen'; request number only in running text; money decoy EUR 0,01")
def _(m):
    x = I(229)
    reply = """Hoi Sam,

Kabel van de PIN pad bij kassa 2 in Eindhoven Piazza is vervangen, die was bij de stekker doorgeknikt. Pinnen werkt weer, testtransactie van € 0,01 gedaan en teruggeboekt.

Dit zou opgelost moeten zijn. Kun je bevestigen dat de winkel geen problemen meer heeft? Dan sluiten we verzoek 48216 bij ons af.

Groet,
Sander
"""
    fields = outlook_hdr_fields("StoreDesk <helpdesk@ops.storedesk.example>", outlook_when(x["dt"], "nl"),
                                "RSNL Support <support@rsnl.nl>", x["subject"], "nl")
    txt = reply + "\nOutlook voor Android downloaden<https://aka.ms/AAb9ysg>\n________________________________\n" + \
        outlook_hdr_text(fields) + "\n" + orig_body(229)
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div dir="auto">%s</div>\n<div dir="auto"><br></div>\n'
            '<div id="ms-outlook-mobile-signature" dir="auto">Outlook voor Android downloaden</div>\n'
            '<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div></div>\n'
            '<div>%s</div>\n</body>\n</html>\n') % (
        "<br>\n".join(esc(l) for l in reply.strip().split("\n")),
        "<br>\n".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in fields), orig_html(229))
    h = [("Return-Path", "<sander.mulder@rsnl.nl>"),
         received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.93", m["dt"]),
         authres("rsnl.nl", spf_domain="rsnl.nl"),
         ("From", addr("Sander Mulder", "sander.mulder@rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew("RE: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Accept-Language", "nl-NL, en-US"),
         ("Content-Language", "nl-NL"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-messagesentrepresentingtype", "1"),
         ("x-ms-publictraffictype", "Email")]
    b = "_000_" + m["mid"][1:41].replace("@", "") + "_"
    return message(h, multipart("alternative", [text(txt, cte="base64"), text(html, "html", cte="base64")], b))


# ---------------------------------------------------------------- STORE-230  Fiix CMMS (en)
@mail("230a", datetime(2024, 7, 2, 7, 6, 12, tzinfo=UTC), "fiix-ack",
      mid="<0102019072a1c3d4-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@eu-west-1.amazonses.com>",
      issue=230, vid="WO-4578", event="acknowledged",
      product="Fiix CMMS", kind="product", lang="en",
      note="Fiix work-request confirmation sent from the hosted tenant (rsnl.macmms.com via Amazon SES), HTML-only field table; subject replaced, no threading; asset code CR-GRN-02 and error E17 as decoys")
def _(m):
    x = I(230)
    rows = [("Work Order", "WO-4578"), ("Description", x["subject"]), ("Site", "RSNL Field Service Noord"),
            ("Location", "Groningen Herestraat"), ("Asset", "Cash recycler (CR-GRN-02)"),
            ("Priority", "High"), ("Status", "Requested"), ("Requested by", US),
            ("Date submitted", "2024-07-02 09:06 CEST")]
    trs = "\n".join('<tr><td style="padding:6px 12px;color:#6b7785;width:160px">%s</td>'
                    '<td style="padding:6px 12px;color:#1d2733">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Work Request Received</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;font-family:'Helvetica Neue',Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;padding:24px 0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">
<tr><td style="background:#0b2d4f;padding:18px 24px;color:#ffffff;font-size:18px;font-weight:bold">RSNL Field Maintenance</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1d2733;line-height:20px">
<p style="margin:0 0 12px">Hello,</p>
<p style="margin:0 0 12px">Your work request has been submitted successfully. A maintenance coordinator will review it shortly.</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="border:1px solid #e1e5ea;font-size:13px">
%s
</table>
<p style="margin:16px 0 12px">You will receive an email each time the status of this work request changes.</p>
<p style="margin:0 0 24px"><a href="https://rsnl.macmms.com/workrequest/status?wo=4578&amp;k=%s" style="background:#00a3e0;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Track your request</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a949e;border-top:1px solid #e1e5ea">This is an automated message from Fiix. Please do not reply to this email.<br>&copy; 2024 Fiix Software &middot; Powered by Rockwell Automation</td></tr>
</table></td></tr></table>
</body></html>
""" % (trs, hx(m["key"], 20))
    h = [("Return-Path", "<0102019072a1c3d4-bounce@eu-west-1.amazonses.com>"),
         received("a7-19.smtp-out.eu-west-1.amazonses.com", "54.240.7.19", m["dt"]),
         authres("macmms.com", spf_domain="eu-west-1.amazonses.com"),
         dkim("macmms.com", "fx1", m["key"]),
         ("From", addr("RSNL Field Maintenance", "noreply@macmms.com")),
         ("Reply-To", addr("RSNL Field Maintenance", "noreply@macmms.com")),
         ("To", US),
         ("Subject", "Work Request Received - WO-4578"),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Auto-Submitted", "auto-generated"),
         ("X-SES-Outgoing", "2024.07.02-54.240.7.19"),
         ("Feedback-ID", "1.eu-west-1.Xq3Jm7nB2kPz5vRt8sLw1yQ4dF6hG9jK0cVbN2mA3sE=:AmazonSES")]
    return message(h, text(html, "html", cte="quoted-printable", quote_cs=False))


# ---------------------------------------------------------------- STORE-202  Helpy (en) + human OWA
@mail("202u", datetime(2024, 7, 2, 10, 18, 7, tzinfo=UTC), "helpy-question",
      mid="<6683d3df9a1b4_2f1a3c8e4d2c1187a@help.rsnl.nl.mail>", issue=202, vid="1187", event="update",
      product="Helpy", kind="product", lang="en",
      note="Helpy agent reply: subject '[RSNL Support] #1187-<our subject>', 'Make sure your reply appears above this line' + 'Message ID:1187' header block; agent asks questions; no threading headers")
def _(m):
    x = I(202)
    subj = "[RSNL Support] #1187-%s" % x["subject"]
    url = "https://help.rsnl.nl/en/tickets/1187-store-202-receipt-printer-offline-utrecht-hoog-catharijne"
    txt = """
Make sure your reply appears above this line
=================================================================
Message ID:1187

The following message has been posted in response to your question:

Hi Sam,

Thanks for reporting this. To narrow it down: is the receipt printer at Utrecht Hoog Catharijne the Epson TM-T88VI or the older TM-T88V, and is the status LED on the front green, orange or off?

If possible, could someone in the store print a self-test page (hold FEED while switching the printer on) and send us a photo of it? That tells us whether the network interface still has its IP address.

Kind regards,
Emma de Wit
RSNL Support

View this online: %s
-----------
RSNL Retail Services B.V. - Kelvinbaan 12, 3439 MT Nieuwegein - support@rsnl.nl
""" % url
    html = """<!DOCTYPE html>
<html><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /></head>
<body style="font-family: Helvetica, Arial, sans-serif; color: #444;">
<div style="color:#b5b5b5;font-size:12px">Make sure your reply appears above this line</div>
<div style="border-top:1px solid #e5e5e5;margin:6px 0 12px"></div>
<div style="color:#b5b5b5;font-size:11px">Message ID:1187</div>
<p>The following message has been posted in response to your question:</p>
<div style="padding:10px 15px;border-left:3px solid #3b9ad9">
<p>Hi Sam,</p>
<p>Thanks for reporting this. To narrow it down: is the receipt printer at Utrecht Hoog Catharijne the Epson TM-T88VI or the older TM-T88V, and is the status LED on the front green, orange or off?</p>
<p>If possible, could someone in the store print a self-test page (hold FEED while switching the printer on) and send us a photo of it? That tells us whether the network interface still has its IP address.</p>
<p>Kind regards,<br>Emma de Wit<br>RSNL Support</p>
</div>
<p><a href="%s">View this online</a></p>
<hr>
<p style="font-size:11px;color:#999">RSNL Retail Services B.V. - Kelvinbaan 12, 3439 MT Nieuwegein - support@rsnl.nl</p>
</body></html>
""" % url
    h = [("Return-Path", "<support@rsnl.nl>"),
         received("help.rsnl.nl", "185.48.112.40", m["dt"]),
         authres("rsnl.nl"),
         ("Date", date(m["dt"])),
         ("From", "support@rsnl.nl"),
         ("To", addr(US_NAME, US)),
         ("Message-ID", m["mid"]),
         ("Subject", ew(subj, "Q"))]
    b = "--==_mimepart_6683d3df8f2e5_2f1a3c8e4d2c11867c"
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)],
                                b[2:], ct_extra="\n charset=UTF-8;"))


@mail("202r", datetime(2024, 7, 4, 16, 5, 40, tzinfo=CEST), "owa-resolved",
      mid="<DB9PR02MB7322A4E0F3C15B8D2A71E0C4F3A92@DB9PR02MB7322.eurprd02.prod.outlook.com>",
      issue=202, vid="1187", event="resolved",
      product="Outlook on the web", kind="human", lang="en",
      note="Agent writes from Outlook on the web (Exchange Online, base64 parts), top-posted over our original; 'I've marked ticket #1187 as resolved'; mobile number in signature")
def _(m):
    x = I(202)
    reply = """Hi Sam,

The courier swapped the receipt printer at Utrecht Hoog Catharijne this morning - the old unit had a failed interface board, which is why it dropped off the network. The store confirmed the test receipt printed fine from till 1 and till 2.

I've marked ticket #1187 as resolved on our side. If the printer goes offline again, just reply to this mail and we'll pick it up straight away.

Best regards,

Emma de Wit
Service Desk Engineer
RSNL Retail Services B.V.
M +31 6 4120 9937 | support@rsnl.nl
"""
    fields = outlook_hdr_fields("StoreDesk <helpdesk@ops.storedesk.example>", outlook_when(x["dt"], "en"),
                                "RSNL Support <support@rsnl.nl>", x["subject"], "en")
    txt = reply + "\n________________________________\n" + outlook_hdr_text(fields) + "\n" + orig_body(202)
    html = outlook_html(reply.split("\nEmma de Wit")[0], fields, orig_html(202), "EN-US",
                        '<p class="MsoNormal"><b>Emma de Wit</b><br>Service Desk Engineer<br>RSNL Retail Services B.V.<br>'
                        'M +31 6 4120 9937 | <a href="mailto:support@rsnl.nl">support@rsnl.nl</a><o:p></o:p></p>')
    h = [("Return-Path", "<emma.dewit@rsnl.nl>"),
         received("EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.249.62", m["dt"]),
         authres("rsnl.nl"),
         ("From", addr("Emma de Wit", "emma.dewit@rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew("RE: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Accept-Language", "en-US, nl-NL"),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("msip_labels", ""),
         ("x-ms-publictraffictype", "Email"),
         ("x-ms-traffictypediagnostic", "DB9PR02MB7322:EE_|AS8PR02MB9510:EE_")]
    b = "_000_" + m["mid"][1:41].replace("@", "") + "_"
    return message(h, multipart("alternative", [text(txt, cte="base64"), text(html, "html", cte="base64")], b))


# ---------------------------------------------------------------- STORE-203  Phabricator / Maniphest (en)
PHAB_THREAD = "<maniphest-task-PHID-TASK-q5hx2v7nwlk3mzt4rbae@phab.rsnl.nl>"


def phab_message(m, actor, subject_tag, body_lines, html_lines, stamps, mailtags, first):
    x = I(203)
    title = "T4821: %s" % x["subject"]
    txt = "\n".join(body_lines) + """

TASK DETAIL
  https://phab.rsnl.nl/T4821

EMAIL PREFERENCES
  https://phab.rsnl.nl/settings/panel/emailpreferences/

To: %s
Cc: storedesk, Retail Field Service
""" % actor.split(" ")[0]
    html = ('<table style="width:100%%"><tr><td>%s<div style="padding-top:24px;"><strong>TASK DETAIL</strong>'
            '<div><a href="https://phab.rsnl.nl/T4821">https://phab.rsnl.nl/T4821</a></div></div>'
            '<div style="padding-top:24px;"><strong>EMAIL PREFERENCES</strong><div>'
            '<a href="https://phab.rsnl.nl/settings/panel/emailpreferences/">https://phab.rsnl.nl/settings/panel/emailpreferences/</a>'
            '</div></div><div style="padding-top:24px;"><strong>To: </strong>%s<br><strong>Cc: </strong>storedesk, Retail Field Service<br>'
            '</div></td></tr></table>\n') % ("\n".join(html_lines), esc(actor.split(" ")[0]))
    h = [("Return-Path", "<noreply@phab.rsnl.nl>"),
         received("phab.rsnl.nl", "185.48.112.57", m["dt"], proto="ESMTP"),
         authres("phab.rsnl.nl", dkim=False),
         ("Date", date(m["dt"])),
         ("To", addr("storedesk (StoreDesk)", US)),
         ("From", addr(actor, "noreply@phab.rsnl.nl")),
         ("Reply-To", "T4821+%s@phab.rsnl.nl" % ("617+" + hx("phabreply", 16))),
         ("Subject", ew("[Maniphest] [%s] %s" % (subject_tag, title), "Q", "UTF-8")),
         ("Message-ID", m["mid"])]
    if not first:
        h += [("In-Reply-To", PHAB_THREAD), ("References", PHAB_THREAD)]
    h += [("X-Phabricator-Sent-This-Message", "Yes"),
          ("X-Mail-Transport-Agent", "MetaMTA"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-Phabricator-Mail-Tags", mailtags),
          ("X-Phabricator-Stamps", stamps),
          ("Precedence", "bulk"),
          ("Thread-Topic", ew(title, "Q", "UTF-8")),
          ("Thread-Index", thread_index("phab4821" + ("" if first else m["key"])))]
    b = "b1_" + hx(m["key"], 32)
    return message(h, multipart("alternative", [text(txt, charset="us-ascii" if txt.isascii() else "utf-8", cte="quoted-printable"),
                                                text(html, "html")], b))


@mail("203a", datetime(2024, 7, 3, 7, 0, 52, tzinfo=UTC), "phabricator-created",
      mid=PHAB_THREAD, issue=203, vid="T4821", event="acknowledged",
      product="Phabricator (Maniphest)", kind="product", lang="en",
      note="Phabricator task created from our mail by the intake bot: '[Maniphest] [Created] T4821: <our subject>', X-Phabricator-* headers, own thread id, no In-Reply-To to our message")
def _(m):
    x = I(203)
    desc = ["  " + l if l else "" for l in orig_body(203).rstrip("\n").split("\n")]
    body = ["support-intake created this task.",
            "support-intake added a project: Retail Field Service.",
            "support-intake triaged this task as \"High\" priority.",
            "Herald added a subscriber: storedesk.",
            "",
            "TASK DESCRIPTION"] + desc
    html = ['<div><strong>support-intake</strong> created this task.</div>',
            '<div><strong>support-intake</strong> added a project: <span style="background:#e5f1ff;border-radius:3px;padding:0 4px">Retail Field Service</span>.</div>',
            '<div><strong>support-intake</strong> triaged this task as &quot;High&quot; priority.</div>',
            '<div><strong>Herald</strong> added a subscriber: storedesk.</div>',
            '<div style="padding-top:24px;"><strong>TASK DESCRIPTION</strong><div><p>%s</p></div></div>' % orig_html(203)]
    stamps = ("actor(@support-intake) application(Maniphest) author(@storedesk) monogram(T4821)\n"
              " object-type(TASK) phid(PHID-TASK-q5hx2v7nwlk3mzt4rbae) priority(80)\n"
              " projects(#retail_field_service) status(open) subscriber(@storedesk) via(email)")
    return phab_message(m, "support-intake (RSNL Support Intake)", "Created", body, html, stamps,
                        "<maniphest-created>, <maniphest-priority>, <maniphest-projects>", True)


@mail("203r", datetime(2024, 7, 8, 13, 44, 19, tzinfo=CEST), "phabricator-closed-resolved",
      mid="<7b2c4e91d05f3a68e1c9b4a0f27d8e35@phab.rsnl.nl>", issue=203, vid="T4821", event="resolved",
      product="Phabricator (Maniphest)", kind="product", lang="en",
      note="Phabricator '[Closed]' mail whose status is \"Resolved\" plus engineer comment 'please reopen if it happens again' -> resolved; threads only to Phabricator's own thread id")
def _(m):
    comment = ("Replaced the scanner cradle at Rotterdam Lijnbaan (one contact pin was broken) and re-paired the "
               "Zebra DS2278 with till 2. The store scanned 20 test items without a miss. Please reopen if it happens again.")
    body = ["jvdberg closed this task as \"Resolved\".", "jvdberg added a comment.", "", comment]
    html = ['<div><strong>jvdberg</strong> closed this task as &quot;Resolved&quot;.</div>',
            '<div><strong>jvdberg</strong> added a comment.</div>',
            '<div style="margin:16px 0;padding:8px;background:#F7F7F7;border-left:4px solid #4B4D51;">%s</div>' % esc(comment)]
    stamps = ("actor(@jvdberg) application(Maniphest) author(@storedesk) monogram(T4821)\n"
              " object-type(TASK) phid(PHID-TASK-q5hx2v7nwlk3mzt4rbae) priority(80)\n"
              " projects(#retail_field_service) status(resolved) subscriber(@storedesk)")
    return phab_message(m, "jvdberg (Jeroen van den Berg)", "Closed", body, html, stamps,
                        "<maniphest-status>, <maniphest-comment>", False)


# ---------------------------------------------------------------- STORE-204  NSP (Nilex) + human iPhone (nl)
def nsp_message(m, subject, intro, rows, closing, to=None, cc=None, issue_mid=None, greeting="Hello,"):
    txt = greeting + "\n\n" + intro + "\n\n" + "\n".join("%s: %s" % r for r in rows) + "\n\n" + closing + \
        "\n\nBest regards,\nRSNL Helpdesk\n\n-- \nThis e-mail was sent by NSP. Do not remove the reference from the subject line when replying.\n"
    trs = "\n".join('<tr><td style="padding:4px 10px;background:#f4f6f8;font-weight:bold">%s</td><td style="padding:4px 10px">%s</td></tr>'
                    % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<div style="border-bottom:3px solid #e4002b;padding:8px 0;font-size:16px"><b>RSNL Helpdesk</b></div>
<p>%s</p><p>%s</p>
<table cellspacing="0" style="border:1px solid #dde2e6;font-size:13px">%s</table>
<p>%s</p>
<p>Best regards,<br>RSNL Helpdesk</p>
<p style="font-size:11px;color:#888">This e-mail was sent by NSP. Do not remove the reference from the subject line when replying.</p>
</body></html>
""" % (esc(greeting), esc(intro), trs, esc(closing).replace("\n", "<br>"))
    h = [("Return-Path", "<helpdesk@rsnl.nl>"),
         received("nsp.rsnl.nl", "185.48.112.61", m["dt"]),
         authres("rsnl.nl"),
         dkim("rsnl.nl", "nsp", m["key"]),
         ("From", addr("RSNL Helpdesk", "helpdesk@rsnl.nl")),
         ("To", to or to_us()),
         ]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", ew(subject, "B")),
          ("Date", date(m["dt"])),
          ("Message-ID", m["mid"])]
    if issue_mid:
        h += [("In-Reply-To", issue_mid), ("References", issue_mid)]
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply"),
          ("X-Mailer", "NSP Mail Service")]
    b = "--boundary_%s" % hx(m["key"], 24)
    return message(h, multipart("alternative", [text(txt), text(html, "html")], b[2:]))


@mail("204a", datetime(2024, 7, 4, 9, 3, 29, tzinfo=CEST), "nsp-registered",
      mid="<NSP.REQ0020931.638556194093@nsp.rsnl.nl>", issue=204, vid="REQ0020931", event="acknowledged",
      product="NSP (Nilex)", kind="product", lang="en",
      note="NSP registration notice: our subject kept, 'REFID: REQ0020931' identifier appended, field table, threaded to our message")
def _(m):
    x = I(204)
    rows = [("Ticket ID", "REQ0020931"), ("Subject", x["subject"]), ("Category", "Payment terminals"),
            ("Priority", "P2 - High"), ("Status", "Registered"), ("Registered", "2024-07-04 09:03")]
    return nsp_message(m, "Ticket registered: %s REFID: REQ0020931" % x["subject"],
                       "Thank you for contacting RSNL Helpdesk. Your ticket has been registered and will be handled by our payment terminal team.",
                       rows, "To add information, reply to this e-mail and keep the reference REFID: REQ0020931 in the subject.\n"
                             "Follow your ticket in the self-service portal: https://helpdesk.rsnl.nl/nsp/portal/#/tickets/REQ0020931",
                       issue_mid=x["message_id"])


@mail("204u", datetime(2024, 7, 4, 15, 31, 2, tzinfo=CEST), "iphone-update-acquirer",
      mid="<A1F0C7E2-5B3D-4C8A-9E61-2D7F0B4C8E13@rsnl.nl>", issue=204, vid="REQ0020931", event="update",
      product="iPhone Mail", kind="human", lang="nl",
      note="Engineer replies from iPhone Mail, Dutch, top-posted over our original: cause is acquirer outage; decoy Worldline incident number 24070418812 right next to RSNL's ticket REQ0020931")
def _(m):
    x = I(204)
    d = x["dt"]
    body = """Hoi Sam,

Terminal in Den Haag Spui op afstand herstart, maar het zit niet in de terminal: Worldline heeft een storing op hun autorisatieplatform bevestigd (hun storingsnummer 24070418812). Alle pinbetalingen via die acquirer worden geweigerd, niet alleen bij jullie. Verwachting volgens Worldline: rond 17:00 opgelost.

Ik laat ons ticket REQ0020931 openstaan tot het bevestigd is en de winkel weer kan pinnen.

Gr. Rik

Verstuurd vanaf mijn iPhone

> Op %d jul %d om %02d:%02d heeft StoreDesk <helpdesk@ops.storedesk.example> het volgende geschreven:
> 
> \ufeff%s""" % (d.day, d.year, d.hour, d.minute, quote(orig_body(204))[2:])
    h = [("Return-Path", "<rik.smeets@rsnl.nl>"),
         received("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.44", m["dt"]),
         authres("rsnl.nl"),
         ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable"),
         ("From", addr("Rik Smeets", "rik.smeets@rsnl.nl")),
         ("Mime-Version", "1.0 (1.0)"),
         ("Subject", ew("Re: " + x["subject"], "Q")),
         ("Date", date(m["dt"])),
         ("Message-Id", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("To", addr(US_NAME, US)),
         ("X-Mailer", "iPhone Mail (21F90)")]
    return hdr_bytes(h) + b"\r\n" + enc_qp(body, "utf-8")


@mail("204c", datetime(2024, 7, 9, 10, 0, 14, tzinfo=CEST), "nsp-closed",
      mid="<NSP.REQ0020931.638560584142@nsp.rsnl.nl>", issue=204, vid="REQ0020931", event="closed",
      product="NSP (Nilex)", kind="product", lang="en",
      note="NSP closure notice with solution text and 5-day reopen window; REFID in subject; not threaded")
def _(m):
    x = I(204)
    rows = [("Ticket ID", "REQ0020931"), ("Subject", x["subject"]), ("Status", "Closed"),
            ("Closed by", "Rik Smeets"), ("Closed", "2024-07-09 10:00")]
    return nsp_message(m, "Ticket closed: %s REFID: REQ0020931" % x["subject"],
                       "Your ticket REQ0020931 has been closed.",
                       rows, "Solution: Worldline confirmed that their authorisation outage of 4 July was resolved at 17:12. "
                             "The terminal at Den Haag Spui was tested with a debit and a credit card on 5 July; both were approved.\n"
                             "If the problem has not been solved, reply to this e-mail within 5 days and the ticket will be reopened.")


# ---------------------------------------------------------------- STORE-260  trap: Gmail vacation responder (es)
@mail("260t", datetime(2024, 7, 4, 9, 0, 58, tzinfo=CEST), "gmail-vacation-ooo",
      mid="<CAH3kx9pQ2vNq8wX0e7J-VzR4fTb6yLmKd1sUo5cA2gE9hWnF3Q@mail.gmail.com>", issue=None, vid=None, event="ignore",
      product="Gmail vacation responder", kind="trap", lang="es",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from an RSNL Iberia address, threaded to our STORE-260 mail and quoting its tag in the subject; phone number decoy")
def _(m):
    x = I(260)
    body = """Hola:

Estoy de vacaciones hasta el lunes 22 de julio, sin acceso al correo.

Para incidencias urgentes de tiendas, escribid a soporte.es@rsnl.nl o llamad al +34 910 480 000 (24 h).

Gracias,
Carmen López
RSNL Iberia
"""
    html = '<div dir="ltr">' + "<br>".join(esc(l) for l in body.strip().split("\n")) + "</div>\n"
    h = [("Return-Path", "<carmen.lopez@es.rsnl.nl>"),
         received("mail-sor-f41.google.com", "209.85.220.41", m["dt"], proto="SMTPS"),
         authres("es.rsnl.nl"),
         dkim("es.rsnl.nl", "google", m["key"]),
         ("MIME-Version", "1.0"),
         ("From", addr("Carmen López", "carmen.lopez@es.rsnl.nl")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("To", US),
         ("Auto-Submitted", "auto-replied"),
         ("Precedence", "bulk")]
    b = "000000000000" + hx(m["key"], 16)
    return message(h, multipart("alternative", [text(body, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b))


# ---------------------------------------------------------------- STORE-205  Taiga (en)
@mail("205u", datetime(2024, 7, 8, 9, 12, 44, tzinfo=UTC), "taiga-issue-updated",
      mid="<172043036488.2214.4436519027703364213@taiga.rsnl.nl>", issue=205, vid="57", event="update",
      product="Taiga", kind="product", lang="en",
      note="Taiga issue-change notification: subject '[RSNL Retail Ops] Updated the issue #57 \"<our subject>\"', status New -> In progress plus comment with a plan; vendor id is the short issue ref 57")
def _(m):
    x = I(205)
    url = "https://taiga.rsnl.nl/project/rsnl-retail-ops/issue/57"
    comment = ("Controller logs show the three APs at Eindhoven Piazza dropping their uplink every 60 minutes "
               "because of a DHCP lease conflict with the guest VLAN. I shortened the lease and moved the guest pool "
               "tonight; we will monitor for 48 hours before closing this.")
    txt = """
Issue updated
Hello StoreDesk, Marloes Kuipers has updated an issue on RSNL Retail Ops
See issue #57 %s at %s


    Comment: %s

    * Status: From: New To: In progress
    * Assigned to: From: Unassigned To: Marloes Kuipers


---
The RSNL Retail Ops project on Taiga
To manage notifications go to https://taiga.rsnl.nl/user-settings/mail-notifications
""" % (x["subject"], url, comment)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Taiga</title></head>
<body style="background:#f5f5f5;font-family:'Open Sans',Arial,Helvetica;color:#444">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" style="background:#ffffff;border-top:4px solid #83eede"><tr><td style="padding:25px">
<h1 style="font-size:22px;font-weight:normal">Issue updated</h1>
<p>Hello StoreDesk,<br> <b>Marloes Kuipers</b> has updated an issue on <b>RSNL Retail Ops</b></p>
<p><a href="%s" style="color:#008aa8">See issue #57 %s</a></p>
<table width="100%%" style="border-top:1px solid #e0e0e0;margin-top:15px">
<tr><td colspan="2" style="padding:10px 0"><b>Comment</b><p>%s</p></td></tr>
<tr><td style="padding:6px 0;width:120px"><b>Status</b></td><td><span style="text-decoration:line-through;color:#999">New</span> &rarr; In progress</td></tr>
<tr><td style="padding:6px 0"><b>Assigned to</b></td><td><span style="text-decoration:line-through;color:#999">Unassigned</span> &rarr; Marloes Kuipers</td></tr>
</table>
</td></tr></table>
<p style="font-size:11px;color:#999">To manage notifications go to <a href="https://taiga.rsnl.nl/user-settings/mail-notifications">your settings</a></p>
</td></tr></table></body></html>
""" % (url, esc(x["subject"]), esc(comment))
    subj = '[RSNL Retail Ops] Updated the issue #57 "%s"' % x["subject"]
    h = [("Return-Path", "<no-reply@taiga.rsnl.nl>"),
         received("taiga.rsnl.nl", "185.48.112.73", m["dt"]),
         authres("taiga.rsnl.nl", dkim=False),
         ("Content-Type", None), ("MIME-Version", "1.0"),
         ("Subject", ew(subj, "B")),
         ("From", addr("RSNL Taiga", "no-reply@taiga.rsnl.nl")),
         ("To", US),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"])]
    b = "===============%s==" % str(int(hx(m["key"], 15), 16))[:19]
    part = multipart("alternative", [text(txt, charset="utf-8", quote_cs=True, cte="8bit"),
                                     text(html, "html", charset="utf-8", cte="8bit")], b)
    h = [hh for hh in h if hh[0] != "Content-Type"]
    return message(h, part)


# ---------------------------------------------------------------- STORE-206  NetSuite support case (en)
def netsuite_html(inner):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#262626">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0;border-bottom:2px solid #607799">
<span style="font-size:16px;color:#607799"><b>RSNL Customer Support</b></span></td></tr>
<tr><td style="padding:14px 0">%s</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #d5d5d5;font-size:10px;color:#7a7a7a">RSNL Retail Services B.V. &middot; Kelvinbaan 12 &middot; 3439 MT Nieuwegein &middot; The Netherlands<br>
To add information to this case, reply to this e-mail. Please do not change the subject line.</td></tr></table>
</body></html>
""" % inner


def netsuite_headers(m, subj):
    return [("Return-Path", "<bounce-%s@bounce.netsuite.com>" % hx(m["key"], 10)),
            received("smtp-out-07.netsuite.com", "167.216.129.37", m["dt"]),
            authres("rsnl.nl", spf_domain="bounce.netsuite.com"),
            dkim("rsnl.nl", "ns1", m["key"]),
            ("Date", date(m["dt"])),
            ("From", addr("RSNL Customer Support", "support@rsnl.nl")),
            ("Reply-To", "cases.1287433.rsnl@emails.netsuite.com"),
            ("To", addr("Sam Jansen", US)),
            ("Message-ID", m["mid"]),
            ("Subject", ew(subj, "Q", "UTF-8")),
            ("X-NetSuite", "case=10482; company=1287433"),
            ("Auto-Submitted", "auto-generated")]


@mail("206a", datetime(2024, 7, 6, 0, 5, 31, tzinfo=PDT), "netsuite-case-received",
      mid="<1720249531604.4312.JavaMail.ns@smtp-out-07.netsuite.com>", issue=206, vid="10482", event="acknowledged",
      product="NetSuite (support case)", kind="product", lang="en",
      note="NetSuite case auto-reply, HTML only, hosted (Reply-To emails.netsuite.com); subject 'Case # 10482 received - <our subject>'; related sales order SO-77213 and a company id as decoys")
def _(m):
    x = I(206)
    inner = """<p>Dear Sam Jansen,</p>
<p>Thank you for contacting RSNL Customer Support. We have received your request and created support case <b>10482</b>.
A support representative will contact you within the response time of your service agreement.</p>
<table cellpadding="4" cellspacing="0" style="font-size:12px;border:1px solid #d5d5d5">
<tr><td style="background:#eef1f5"><b>Case Number</b></td><td>10482</td></tr>
<tr><td style="background:#eef1f5"><b>Subject</b></td><td>%s</td></tr>
<tr><td style="background:#eef1f5"><b>Status</b></td><td>Not Started</td></tr>
<tr><td style="background:#eef1f5"><b>Priority</b></td><td>High</td></tr>
<tr><td style="background:#eef1f5"><b>Related Sales Order</b></td><td>SO-77213 (cash drawer CD-415, delivered 14-11-2023)</td></tr>
</table>
<p>You can follow the progress of your case in the <a href="https://1287433.app.netsuite.com/app/center/card.nl?sc=-29&amp;case=10482">Customer Center</a>.</p>
<p>Kind regards,<br>RSNL Customer Support</p>""" % esc(x["subject"])
    subj = "Case # 10482 received - %s" % x["subject"]
    return message(netsuite_headers(m, subj), text(netsuite_html(inner), "html", charset="UTF-8", cte="quoted-printable"))


@mail("206c", datetime(2024, 7, 12, 6, 40, 2, tzinfo=PDT), "netsuite-case-closed",
      mid="<1720791602277.9851.JavaMail.ns@smtp-out-03.netsuite.com>", issue=206, vid="10482", event="closed",
      product="NetSuite (support case)", kind="product", lang="en",
      note="NetSuite case closed notice with solution and survey link; RMA 55120 decoy next to the case number")
def _(m):
    x = I(206)
    inner = """<p>Dear Sam Jansen,</p>
<p>Your support case <b>10482</b> &ndash; %s &ndash; has been <b>closed</b>.</p>
<p><b>Solution:</b> The solenoid of the cash drawer at Groningen Herestraat was replaced under warranty (RMA 55120). The drawer opens normally on every sale and on the No Sale key; tested with the store manager on 11 July.</p>
<p>If you need further help with this issue, reply to this e-mail within 14 days and we will reopen the case.</p>
<p>How did we do? <a href="https://1287433.extforms.netsuite.com/app/site/crm/externalcasesurvey.nl?case=10482&amp;h=%s">Rate your support experience</a> (1 question).</p>
<p>Kind regards,<br>RSNL Customer Support</p>""" % (esc(x["subject"]), hx(m["key"], 20))
    subj = "Case # 10482 closed - %s" % x["subject"]
    return message(netsuite_headers(m, subj), text(netsuite_html(inner), "html", charset="UTF-8", cte="quoted-printable"))


# ---------------------------------------------------------------- STORE-235  i-net HelpDesk (de)
@mail("235u", datetime(2024, 7, 8, 10, 37, 25, tzinfo=CEST), "inet-helpdesk-antwort",
      mid="<inet-hd.5127.1720427845.3@service.de.rsnl.nl>", issue=235, vid="5127", event="update",
      product="i-net HelpDesk", kind="product", lang="de",
      note="i-net HelpDesk agent answer, German, subject keeps our subject and appends '[TicketID 5127KQZT]' (number + letter key); body names 'Ticket 5127'; firmware/channel numbers as noise")
def _(m):
    x = I(235)
    txt = """Sehr geehrte Damen und Herren,

zu Ihrem Ticket 5127 („%s“) gibt es eine neue Antwort von Markus Brenner:

-----------------------------------------------------------------
Wir haben die Access Points in der Filiale Köln Schildergasse per Fernwartung auf Firmware 8.10.12 aktualisiert und den 2,4-GHz-Kanal von 6 auf 11 umgestellt, da dort ein Nachbarnetz sehr stark sendet. Bitte beobachten Sie die Verbindung bis Mittwoch, 10.07.; danach melden wir uns mit dem Ergebnis der Auswertung.
-----------------------------------------------------------------

Status: In Bearbeitung
Bearbeiter: Markus Brenner
Priorität: Hoch

Bitte antworten Sie direkt auf diese E-Mail und lassen Sie die Kennung [TicketID 5127KQZT] im Betreff unverändert.

Mit freundlichen Grüßen
RSNL Service Deutschland

RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln
""" % x["subject"]
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body style=\"font-family:Arial;font-size:10pt\">\n" + \
        paras_html(txt) + "\n</body></html>\n"
    h = [("Return-Path", "<service@de.rsnl.nl>"),
         received("mail.de.rsnl.nl", "185.48.113.12", m["dt"]),
         authres("de.rsnl.nl"),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Service Deutschland", "service@de.rsnl.nl")),
         ("To", US),
         ("Message-ID", m["mid"]),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"]),
         ("Subject", ew("Re: %s [TicketID 5127KQZT]" % x["subject"], "Q", "UTF-8")),
         ("X-Mailer", "i-net HelpDesk"),
         ("Auto-Submitted", "auto-generated")]
    b = "----=_Part_41_" + str(int(hx(m["key"], 12), 16))
    return message(h, multipart("alternative", [text(txt, charset="UTF-8"), text(html, "html", charset="UTF-8")], b))


# ---------------------------------------------------------------- STORE-209  Isilog (fr) + human Outlook iOS (fr)
def isilog_html(lines_html):
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#1f1f1f">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #c9d3dd">
<tr><td style="background:#2b4c7e;color:#fff;padding:10px 14px;font-size:14px"><b>Centre de services RSNL France</b></td></tr>
<tr><td style="padding:14px">%s</td></tr>
<tr><td style="background:#f0f3f6;padding:8px 14px;font-size:10px;color:#6a6a6a">Message envoyé automatiquement par Isilog Web System &ndash; merci de ne pas répondre directement à ce message.</td></tr>
</table></body></html>
""" % lines_html


def isilog_headers(m, subj):
    return [("Return-Path", "<servicedesk@fr.rsnl.nl>"),
            received("isilog.fr.rsnl.nl", "185.48.113.40", m["dt"]),
            authres("fr.rsnl.nl"),
            ("From", addr("Centre de services RSNL France", "servicedesk@fr.rsnl.nl")),
            ("To", US),
            ("Subject", ew(subj, "Q")),
            ("Date", date(m["dt"])),
            ("Message-ID", m["mid"]),
            ("X-Priority", "3"),
            ("Auto-Submitted", "auto-generated")]


@mail("209a", datetime(2024, 7, 9, 9, 1, 18, tzinfo=CEST), "isilog-enregistree",
      mid="<ISW.DI-24-01877.20240709090118.412@isilog.fr.rsnl.nl>", issue=209, vid="DI-24-01877", event="acknowledged",
      product="Isilog Web System", kind="product", lang="fr",
      note="Isilog registration notice in French: subject replaced by 'Votre demande DI-24-01877 a été enregistrée', no threading headers, our subject only in the 'Objet' field; phone number decoy")
def _(m):
    x = I(209)
    rows = [("Numéro", "DI-24-01877"), ("Objet", x["subject"]), ("Date de création", "09/07/2024 09:01"),
            ("Demandeur", "StoreDesk"), ("Site", "Lille Euralille"), ("Priorité", "P2 - Haute"), ("État", "Nouvelle")]
    inner = ("<p>Bonjour,</p><p>Votre demande a bien été enregistrée sous le numéro <b>DI-24-01877</b>. "
             "Elle sera prise en charge par nos équipes dans les meilleurs délais.</p>"
             '<table cellpadding="3" style="font-size:12px">' +
             "".join('<tr><td style="color:#555">%s&nbsp;:</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows) +
             "</table><p>Vous pouvez suivre l'avancement de votre demande sur notre portail : "
             '<a href="https://isilog.fr.rsnl.nl/portail/demande/DI-24-01877">https://isilog.fr.rsnl.nl/portail/demande/DI-24-01877</a></p>'
             "<p>Pour compléter votre demande, utilisez le portail en rappelant son numéro.</p>"
             "<p>Cordialement,<br>Le Centre de services RSNL France<br>Tél. 03 20 55 48 77</p>")
    return message(isilog_headers(m, "Votre demande DI-24-01877 a été enregistrée"),
                   text(isilog_html(inner), "html", cte="quoted-printable"))


@mail("209u", datetime(2024, 7, 10, 17, 3, 41, tzinfo=CEST), "outlook-ios-visite",
      mid="<PR0P264MB3187A9C04D2E1F55B6C7D8E9F1A20@PR0P264MB3187.FRAP264.PROD.OUTLOOK.COM>",
      issue=209, vid="DI-24-01877", event="update",
      product="Outlook for iOS", kind="human", lang="fr",
      note="Technician on Outlook for iOS, French, top-posted over our original: on-site visit scheduled Tuesday 16/07 8h-10h; RSNL ref quoted as 'réf. DI-24-01877'; mobile number decoy")
def _(m):
    x = I(209)
    reply = """Bonjour Sam,

Suite à notre diagnostic à distance (réf. DI-24-01877), le routeur de Lille Euralille ne synchronise plus avec la fibre : les voyants restent rouges même après redémarrage.

Un technicien passera mardi 16/07 entre 8h et 10h, avant l'ouverture du magasin. Merci de prévenir le responsable du magasin pour qu'il puisse nous donner accès au local technique.

Bien cordialement,
Thomas Lefebvre
Technicien support - RSNL France
06 12 48 77 30
"""
    fields = outlook_hdr_fields("StoreDesk <helpdesk@ops.storedesk.example>", outlook_when(x["dt"], "fr"),
                                "RSNL Support <support@rsnl.nl>", x["subject"], "fr")
    txt = reply + "\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\n" + \
        "\n".join("%s: %s" % (k, v) for k, v in fields) + "\n\n" + orig_body(209)
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div dir="ltr">%s</div>\n<div dir="ltr"><br></div>\n<div class="ms-outlook-ios-signature" dir="ltr">'
            'Obtenir <a href="https://aka.ms/o0ukef">Outlook pour iOS</a></div>\n'
            '<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div>\n'
            '<div>%s</div>\n</body>\n</html>\n') % (
        "<br>\n".join(esc(l) for l in reply.strip().split("\n")),
        "<br>\n".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in fields), orig_html(209))
    h = [("Return-Path", "<thomas.lefebvre@fr.rsnl.nl>"),
         received("FRA01-MR2-obe.outbound.protection.outlook.com", "40.107.9.112", m["dt"]),
         authres("fr.rsnl.nl"),
         ("From", addr("Thomas Lefebvre", "thomas.lefebvre@fr.rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew("RE: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Accept-Language", "fr-FR, en-US"),
         ("Content-Language", "fr-FR"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-publictraffictype", "Email")]
    b = "_000_" + m["mid"][1:41] + "_"
    return message(h, multipart("alternative", [text(txt, cte="base64"), text(html, "html", cte="quoted-printable")], b))


@mail("209c", datetime(2024, 7, 19, 17, 30, 6, tzinfo=CEST), "isilog-cloturee",
      mid="<ISW.DI-24-01877.20240719173006.977@isilog.fr.rsnl.nl>", issue=209, vid="DI-24-01877", event="closed",
      product="Isilog Web System", kind="product", lang="fr",
      note="Isilog closure notice in French ('a été clôturée') with solution, old router serial as decoy and a satisfaction-survey link; subject replaced, no threading")
def _(m):
    x = I(209)
    rows = [("Objet", x["subject"]), ("Date de clôture", "19/07/2024 17:30"), ("Intervenant", "Thomas Lefebvre"),
            ("Solution", "Remplacement du routeur (ancien n° de série FGT60F-TK2190443X), reconfiguration du tunnel VPN "
                         "et test de la connexion fibre. Voyants verts, magasin opérationnel.")]
    inner = ("<p>Bonjour,</p><p>Votre demande <b>DI-24-01877</b> a été clôturée.</p>"
             '<table cellpadding="3" style="font-size:12px">' +
             "".join('<tr><td style="color:#555;vertical-align:top">%s&nbsp;:</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows) +
             "</table><p>Si le problème persiste, vous pouvez rouvrir la demande depuis le portail dans un délai de 5 jours ouvrés.</p>"
             '<p>Votre avis nous intéresse : <a href="https://isilog.fr.rsnl.nl/enquete?d=DI-24-01877&amp;k=%s">répondez à notre '
             "questionnaire de satisfaction</a> (2 minutes).</p>"
             "<p>Cordialement,<br>Le Centre de services RSNL France</p>") % hx(m["key"], 12)
    return message(isilog_headers(m, "Clôture de votre demande DI-24-01877"),
                   text(isilog_html(inner), "html", cte="quoted-printable"))


# ---------------------------------------------------------------- STORE-237  human forward with Italian manufacturer thread
@mail("237u", datetime(2024, 7, 10, 11, 26, 50, tzinfo=CEST), "outlook-forward-italian",
      mid="<AS4PR07MB8820E3B1C5A94F2D7E60B1D2A4C87@AS4PR07MB8820.eurprd07.prod.outlook.com>",
      issue=237, vid="48377", event="update",
      product="Outlook desktop (forward)", kind="human", lang="en+it",
      note="Engineer forwards the Italian manufacturer's answer (Outlook desktop, FW: R: ...); no threading to us and no tag in the subject; issue only from 'your STORE-237 ... our ticket 48377' in the top note; decoys: manufacturer case 2024/IT/1187, DDT 4471/24, printer serial")
def _(m):
    top = """Hi Sam,

FYI regarding your STORE-237 (label printer prints blank labels, Amsterdam Centraal) - our ticket 48377. Below is the answer from the manufacturer: it is the thermal print head, not the firmware. They are sending a replacement head under warranty; I expect it on Friday and will plan the swap for Monday morning 15 July, before opening.

Until then the store can print shelf labels on the back-office printer (template "Schaplabel A4" in the label app).

Regards,
Mark
"""
    sig = """
Mark Visser
Field Engineer | RSNL Retail Services B.V.
T +31 20 794 4800
"""
    it_body = """Buongiorno Mark,

grazie per le foto e per il file di log. Dall'autodiagnosi risulta che la testina termica della stampante (matricola VE-LP420-0093321) è guasta: diversi punti non scaldano più, per questo le etichette escono bianche. Non si tratta di un problema di firmware.

Spediamo oggi stesso una testina di ricambio in garanzia (DDT n. 4471/24) al vostro magazzino di Nieuwegein; la consegna è prevista per venerdì 12 luglio.

Cordiali saluti,

Giulia Rinaldi
Assistenza Tecnica
Veneta Etichettatrici S.r.l.
Tel. +39 049 8821 110
"""
    first = """Hello,

one of our customers' LP420 label printers (serial VE-LP420-0093321) prints completely blank labels since this morning. Firmware is 3.2.7, media and ribbon checked. Photos and the printer log are attached. Can you advise?

Kind regards,
Mark Visser
RSNL Retail Services B.V.
"""
    f1 = outlook_hdr_fields("Giulia Rinaldi <g.rinaldi@venetaetichettatrici.it>",
                            outlook_when(datetime(2024, 7, 10, 10, 2, tzinfo=CEST), "en"),
                            "Mark Visser <mark.visser@rsnl.nl>",
                            "R: Caso 2024/IT/1187 - Stampante etichette LP420 - etichette bianche", "en")
    f2 = outlook_hdr_fields("Mark Visser <mark.visser@rsnl.nl>",
                            outlook_when(datetime(2024, 7, 9, 16, 40, tzinfo=CEST), "it"),
                            "Assistenza Veneta Etichettatrici <assistenza@venetaetichettatrici.it>",
                            "Caso 2024/IT/1187 - Stampante etichette LP420 - etichette bianche", "it")
    txt = top + sig + "\n" + outlook_hdr_text(f1) + "\n" + it_body + "\n" + outlook_hdr_text(f2) + "\n" + first
    q2 = paras_html(first, '<p class="MsoNormal">', "<o:p></o:p></p>")
    hdr2 = "<br>\n".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in f2)
    inner_quote = (paras_html(it_body, '<p class="MsoNormal">', "<o:p></o:p></p>") +
                   '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                   '<p class="MsoNormal"><span lang="IT">%s</span></p></div>\n' % hdr2 + q2)
    html = outlook_html(top, f1, "</p>" + inner_quote + "<p>", "EN-US",
                        '<p class="MsoNormal"><b>Mark Visser</b><br>Field Engineer | RSNL Retail Services B.V.<br>T +31 20 794 4800</p>')
    h = [("Return-Path", "<mark.visser@rsnl.nl>"),
         received("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.108", m["dt"]),
         authres("rsnl.nl"),
         ("From", addr("Mark Visser", "mark.visser@rsnl.nl")),
         ("To", addr("Sam Jansen (StoreDesk)", US)),
         ("Subject", "FW: R: Caso 2024/IT/1187 - Stampante etichette LP420 - etichette bianche"),
         ("Thread-Topic", "R: Caso 2024/IT/1187 - Stampante etichette LP420 - etichette bianche"),
         ("Thread-Index", thread_index("veneta1187") + thread_index(m["key"])[:12]),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", "<AS4PR07MB88201D0E2F3A4B5C6D7E8F9A0B1C2@AS4PR07MB8820.eurprd07.prod.outlook.com>\n"
                        " <ZR0P278MB0412C7A6B5D4E3F2A1B0C9D8E7F65@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", "<ZR0P278MB0412C7A6B5D4E3F2A1B0C9D8E7F65@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>"),
         ("Accept-Language", "en-US, nl-NL"),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-publictraffictype", "Email")]
    b = "_000_" + m["mid"][1:41] + "_"
    return message(h, multipart("alternative", [text(txt, cte="quoted-printable"),
                                                text(html, "html", cte="quoted-printable")], b))


# ---------------------------------------------------------------- STORE-210  Infraspeak (pt) + human Gmail (pt)
def infraspeak_message(m, subj, heading, rows, extra_html, extra_txt, button):
    trs = "\n".join('<tr><td style="padding:5px 0;color:#7d8a99;width:150px">%s</td><td style="padding:5px 0">%s</td></tr>'
                    % (esc(a), esc(b)) for a, b in rows)
    html = """<!DOCTYPE html><html lang="pt-PT"><head><meta charset="UTF-8"><title>Infraspeak</title></head>
<body style="margin:0;background:#eef2f6;font-family:Roboto,Arial,sans-serif;color:#2e3a46">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e3e8ee"><b style="font-size:15px">RSNL Portugal</b> <span style="color:#9aa5b1;font-size:12px">via Infraspeak</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px">
<p style="margin:0 0 14px">Olá StoreDesk,</p>
<p style="margin:0 0 14px">%s</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:13px;border-top:1px solid #e3e8ee;border-bottom:1px solid #e3e8ee;margin:8px 0 18px">%s</table>
%s
<p style="margin:18px 0 0"><a href="https://app.infraspeak.com/failure/31584?c=%s" style="background:#1f6fff;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">%s</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9aa5b1;border-top:1px solid #e3e8ee">Este email foi enviado automaticamente pela plataforma Infraspeak. Por favor não responda a este email.</td></tr>
</table></td></tr></table></body></html>
""" % (esc(heading), trs, extra_html, hx(m["key"], 10), esc(button))
    txt = "Olá StoreDesk,\n\n%s\n\n%s\n%s\n%s: https://app.infraspeak.com/failure/31584\n\n--\nEste email foi enviado automaticamente pela plataforma Infraspeak. Por favor não responda a este email.\n" % (
        heading, "\n".join("%s: %s" % r for r in rows), extra_txt, button)
    h = [("Return-Path", "<bounce+7c1f2a.%s-helpdesk=ops.storedesk.example@mg.infraspeak.com>" % hx(m["key"], 6)),
         received("m42-117.mailgun.net", "159.135.228.117", m["dt"]),
         authres("infraspeak.com", spf_domain="mg.infraspeak.com"),
         dkim("infraspeak.com", "mg", m["key"]),
         ("Sender", "no-reply@infraspeak.com"),
         ("From", addr("RSNL Portugal via Infraspeak", "no-reply@infraspeak.com")),
         ("Reply-To", addr("RSNL Portugal", "suporte@pt.rsnl.nl")),
         ("To", US),
         ("Subject", ew(subj, "B")),
         ("Date", date(m["dt"])),
         ("Message-Id", m["mid"]),
         ("X-Mailgun-Sid", "WyI3YzFmMiIsICJoZWxwZGVza0BvcHMuc3RvcmVkZXNrLmV4YW1wbGUiLCAiNGUzMSJd"),
         ("X-Mailgun-Tag", "failure-notification"),
         ("Auto-Submitted", "auto-generated")]
    b = hx(m["key"], 32)
    return message(h, multipart("alternative", [text(txt, charset="utf-8", quote_cs=False),
                                                text(html, "html", charset="utf-8", quote_cs=False)], b))


@mail("210a", datetime(2024, 7, 10, 8, 1, 7, tzinfo=WEST), "infraspeak-avaria-registada",
      mid="<20240710070107.b6e21f0a9d3c4e58@mg.infraspeak.com>", issue=210, vid="31584", event="acknowledged",
      product="Infraspeak", kind="product", lang="pt",
      note="Infraspeak failure-registered notice (pt-PT) sent via Mailgun on behalf of RSNL Portugal; subject replaced, no threading; our full mail in the description field")
def _(m):
    x = I(210)
    rows = [("Avaria", "#31584"), ("Local", "Porto Santa Catarina"), ("Área da avaria", "Equipamentos de loja"),
            ("Tipo de avaria", "Balança"), ("Prioridade", "Alta"), ("Estado", "Por aprovar"),
            ("Reportada em", "10/07/2024 08:00"),
            ("Descrição", x["subject"] + " | " + orig_body(210).strip().replace("\n\n", " | ").replace("\n", " | "))]
    return infraspeak_message(m, "[RSNL Portugal] Nova avaria #31584 - Porto Santa Catarina",
                              "A avaria que reportou foi registada com sucesso e será analisada pela nossa equipa de manutenção.",
                              rows, "", "", "Ver avaria")


@mail("210u", datetime(2024, 7, 11, 10, 14, 33, tzinfo=WEST), "gmail-pergunta",
      mid="<CAM7r4xT1pWq0bZ8nKf+3eH6uJvY2sLd9oA5cGiRmN4tE7yXw1Q@mail.gmail.com>", issue=210, vid="31584",
      event="update", product="Gmail (Google Workspace)", kind="human", lang="pt",
      note="Field technician on Gmail web (Google Workspace, pt.rsnl.nl), Portuguese, top-posted over our original: asks for the scale's serial number and offers a workaround; phone number 040 3158 resembles the id")
def _(m):
    x = I(210)
    d = x["dt"].astimezone(WEST)
    reply = """Bom dia Sam,

Em relação à avaria #31584: para pedir a peça ao fabricante preciso do número de série da balança (etiqueta por baixo do prato, começa por "DB-") e da versão de firmware que aparece no arranque. Consegue pedir à loja que nos envie uma fotografia?

Entretanto, a loja pode usar a balança da secção de fruta como alternativa.

Obrigado,
Rui Almeida
Técnico de Campo | RSNL Portugal
+351 22 040 3158
"""
    attrib = "Em qua., %d de jul. de %d às %02d:%02d, StoreDesk <%s> escreveu:" % (d.day, d.year, d.hour, d.minute, US)
    txt = reply + "\n" + attrib + "\n\n" + quote(orig_body(210))
    html = gmail_html(reply, attrib, orig_html(210))
    h = [("Return-Path", "<rui.almeida@pt.rsnl.nl>"),
         received("mail-wr1-f54.google.com", "209.85.221.54", m["dt"], proto="ESMTPS"),
         authres("pt.rsnl.nl"),
         dkim("pt.rsnl.nl", "google", m["key"]),
         ("MIME-Version", "1.0"),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("From", addr("Rui Almeida", "rui.almeida@pt.rsnl.nl")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("To", addr(US_NAME, US))]
    b = "000000000000" + hx(m["key"], 16)
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b))


@mail("210r", datetime(2024, 7, 19, 16, 45, 12, tzinfo=WEST), "infraspeak-avaria-fechada",
      mid="<20240719154512.0f9a3c7e2b1d4a66@mg.infraspeak.com>", issue=210, vid="31584", event="resolved",
      product="Infraspeak", kind="product", lang="pt",
      note="Infraspeak 'avaria fechada' by the technician with closing notes and a Validar/Rejeitar request (work done, awaiting customer validation -> resolved); no STORE tag: issue only from title 'Scale shows wrong weight' + store 'Porto Santa Catarina'")
def _(m):
    rows = [("Avaria", "#31584"), ("Local", "Porto Santa Catarina"), ("Tipo de avaria", "Balança"),
            ("Descrição", "Scale shows wrong weight"), ("Técnico", "Rui Almeida"),
            ("Início da resolução", "19/07/2024 14:55"), ("Fim da resolução", "19/07/2024 16:15"),
            ("Notas de fecho", "Célula de carga substituída e balança recalibrada com pesos certificados de 2 kg e 5 kg. "
                               "Verificação OK, erro dentro de ±1 g.")]
    extra = '<p style="margin:0">Por favor valide a resolução desta avaria. Se o problema persistir, pode rejeitar a resolução e a avaria será reaberta.</p>'
    return infraspeak_message(m, "[RSNL Portugal] Avaria #31584 fechada - Porto Santa Catarina",
                              "A avaria #31584 foi fechada pelo técnico Rui Almeida.", rows, extra,
                              "Por favor valide a resolução desta avaria. Se o problema persistir, pode rejeitar a resolução e a avaria será reaberta.\n",
                              "Validar resolução")


# ---------------------------------------------------------------- STORE-211  helpLine (de)
def helpline_message(m, subj, body_txt, issue_mid=None):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:10pt;color:#000">\n' + paras_html(body_txt) +
            '\n<p style="font-size:8pt;color:#666">Diese Nachricht wurde automatisch von helpLine erzeugt.</p></body></html>\n')
    h = [("Return-Path", "<helpline@kassen.rsnl.nl>"),
         received("helpline.kassen.rsnl.nl", "185.48.113.21", m["dt"]),
         authres("kassen.rsnl.nl", dkim=False),
         ("From", addr("RSNL Service Desk Kassensysteme", "helpline@kassen.rsnl.nl")),
         ("To", US),
         ("Subject", ew(subj, "Q", "iso-8859-15")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"])]
    if issue_mid:
        h += [("In-Reply-To", issue_mid), ("References", issue_mid)]
    h += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Importance", "normal"),
          ("X-Mailer", "helpLine Mail Service")]
    b = "=_helpLine_" + hxu(m["key"], 20)
    return message(h, multipart("alternative", [text(body_txt, charset="iso-8859-15", cte="quoted-printable"),
                                                text(html, "html", charset="iso-8859-15", cte="quoted-printable")], b))


HELPLINE_FOOTER = """Mit freundlichen Grüßen
Ihr RSNL Service Desk Kassensysteme

RSNL Deutschland GmbH · Sitz Köln · Amtsgericht Köln HRB 104821 · Geschäftsführer: Dr. Henrik Albers
"""


@mail("211a", datetime(2024, 7, 11, 9, 0, 47, tzinfo=CEST), "helpline-erfasst",
      mid="<HL.IM-2407-00318.1.20240711090047@helpline.kassen.rsnl.nl>", issue=211, vid="IM-2407-00318",
      event="acknowledged", product="helpLine (Serviceware)", kind="product", lang="de",
      note="helpLine registration mail, German, ISO-8859-15 QP; subject 'Ihre Meldung IM-2407-00318 wurde erfasst - <our subject>'; commercial-register number HRB 104821 as decoy")
def _(m):
    x = I(211)
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Meldung. Wir haben Ihr Anliegen unter der Ticketnummer IM-2407-00318 erfasst.

Kurzbeschreibung: %s
Kategorie: Kassenperipherie / Kundendisplay
Priorität: 2 - Hoch
Status: Neu
Erfasst am: 11.07.2024 09:00

Bitte geben Sie bei Rückfragen stets die Ticketnummer an. Den aktuellen Bearbeitungsstand sehen Sie jederzeit im Self Service Portal: https://helpline.kassen.rsnl.nl/selfservice/ticket/IM-2407-00318

""" % x["subject"].replace("—", "-") + HELPLINE_FOOTER
    return helpline_message(m, "Ihre Meldung IM-2407-00318 wurde erfasst - %s" % x["subject"].replace("—", "-"), body, x["message_id"])


@mail("211u", datetime(2024, 7, 12, 14, 22, 9, tzinfo=CEST), "helpline-statusaenderung",
      mid="<HL.IM-2407-00318.4.20240712142209@helpline.kassen.rsnl.nl>", issue=211, vid="IM-2407-00318",
      event="update", product="helpLine (Serviceware)", kind="product", lang="de",
      note="helpLine status-change mail: subject replaced ('Statusänderung zu Ihrer Meldung IM-2407-00318'), no threading; on-site appointment planned; purchase order 4500118826 as decoy")
def _(m):
    x = I(211)
    body = """Sehr geehrte Damen und Herren,

der Bearbeitungsstatus Ihrer Meldung hat sich geändert.

Ticketnummer: IM-2407-00318
Kurzbeschreibung: %s
Alter Status: Neu
Neuer Status: In Bearbeitung - Vor-Ort-Termin geplant
Bearbeiter: Stefan Krüger

Kommentar:
Das Kundendisplay an Kasse 2 wird am Montag, 15.07.2024, zwischen 10:00 und 12:00 Uhr vor Ort getauscht. Das Ersatzgerät ist bestellt (Bestellnr. 4500118826).

""" % x["subject"].replace("—", "-") + HELPLINE_FOOTER
    return helpline_message(m, "Statusänderung zu Ihrer Meldung IM-2407-00318", body)


# ---------------------------------------------------------------- STORE-239  trap: Exchange automatic reply (nl/en)
@mail("239t", datetime(2024, 7, 11, 9, 1, 30, tzinfo=CEST), "exchange-automatisch-antwoord",
      mid="<e3a1f7c2b9d84a0e8f5c1d2b3a4e5f60@AM8PR07MB7602.eurprd07.prod.outlook.com>", issue=None, vid=None,
      event="ignore", product="Exchange Online automatic reply", kind="trap", lang="nl+en",
      note="Out-of-office (Automatisch antwoord) from an RSNL engineer, threaded to our STORE-239 mail with the tag in the subject; bilingual; service-desk phone number")
def _(m):
    x = I(239)
    body = """Beste afzender,

Ik ben tot en met maandag 29 juli afwezig en lees mijn e-mail niet. Voor storingen en spoedzaken kunt u contact opnemen met onze servicedesk via support@rsnl.nl of 088 776 4800.

Dear sender,

I am out of the office until Monday 29 July and will not be reading e-mail. For faults and urgent matters please contact our service desk at support@rsnl.nl or +31 88 776 4800.

Met vriendelijke groet / Kind regards,
Pieter Bakker
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + paras_html(body) + "</div></body></html>\n")
    h = [("Return-Path", "<>"),
         received("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.77", m["dt"]),
         ("From", addr("Pieter Bakker", "pieter.bakker@rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew("Automatisch antwoord: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Auto-Submitted", "auto-generated"),
         ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "nl-NL"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-Exchange-Inbox-Rules-Loop", "pieter.bakker@rsnl.nl"),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-parent-message-id", x["message_id"]),
         ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent")]
    b = "_000_" + m["mid"][1:33] + "_"
    return message(h, multipart("alternative", [text(body, cte="base64"), text(html, "html", cte="base64")], b))


# ---------------------------------------------------------------- STORE-212  human Outlook on the web (es)
@mail("212a", datetime(2024, 7, 12, 9, 37, 15, tzinfo=CEST), "owa-recibida",
      mid="<PAXPR02MB7719C3E1A4B25D6F8E0A1B2C3D4E5@PAXPR02MB7719.eurprd02.prod.outlook.com>", issue=212,
      vid="MAD/24/0719", event="acknowledged", product="Outlook on the web", kind="human", lang="es",
      note="Human receipt from RSNL Iberia (Outlook on the web, Spanish, top-posted): 'hemos recibido ... registrado con la referencia MAD/24/0719'; id with slashes; phone ends in 07 19")
def _(m):
    x = I(212)
    reply = """Hola Sam:

Hemos recibido vuestra incidencia y la hemos registrado con la referencia MAD/24/0719. Un técnico de nuestro equipo os contactará a lo largo de la mañana para conectarse en remoto al PC de la trastienda de Madrid Preciados.

Un saludo,

Lucía Fernández
Soporte Técnico · RSNL Iberia
Tel. +34 910 48 07 19
"""
    fields = outlook_hdr_fields("StoreDesk <helpdesk@ops.storedesk.example>", outlook_when(x["dt"], "es"),
                                "RSNL Support <support@rsnl.nl>", x["subject"], "es")
    txt = reply + "\n" + outlook_hdr_text(fields) + "\n" + orig_body(212)
    html = outlook_html(reply, fields, orig_html(212), "ES")
    h = [("Return-Path", "<lucia.fernandez@rsnl.nl>"),
         received("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.247.88", m["dt"]),
         authres("rsnl.nl"),
         ("From", addr("Lucía Fernández", "lucia.fernandez@rsnl.nl", "B")),
         ("To", to_us()),
         ("Subject", ew("RE: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Accept-Language", "es-ES, en-US"),
         ("Content-Language", "es-ES"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-publictraffictype", "Email")]
    b = "_000_" + m["mid"][1:41] + "_"
    return message(h, multipart("alternative", [text(txt, cte="base64"), text(html, "html", cte="base64")], b))


# ---------------------------------------------------------------- STORE-213  Jobber visit + human Samsung Email (nl)
@mail("213u", datetime(2024, 7, 13, 8, 2, 16, tzinfo=UTC), "jobber-visit-confirmation",
      mid="<Qm4xTzVhN2Z2QnFhZzJ4@geopod-ismtpd-5>", issue=213, vid="1042", event="update",
      product="Jobber", kind="product", lang="en",
      note="Jobber visit confirmation sent via SendGrid for RSNL Field Service: job #1042 booked for Tue 16 July 08:00-10:00; no STORE tag and no threading: issue only from job title 'Handheld scanner battery dead' + property 'Amsterdam Centraal' (title alone also matches STORE-243); street number/postcode decoys")
def _(m):
    txt = """Hi StoreDesk,

This is a confirmation of your upcoming visit from RSNL Field Service.

Job #1042 - Handheld scanner battery dead
Property: Amsterdam Centraal, Stationsplein 15, 1012 AB Amsterdam
Date: Tuesday, July 16, 2024
Arrival window: 8:00 AM - 10:00 AM
Technician: Dennis Bakker

Need to make changes? Reply to this email or call us at +31 20 794 4800.

Thanks,
RSNL Field Service
https://clienthub.getjobber.com/client_hubs/%s/login
""" % hx(m["key"], 8)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f5f2;font-family:Helvetica,Arial,sans-serif;color:#032b3a">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px 8px;font-size:20px;font-weight:bold">RSNL Field Service</td></tr>
<tr><td style="padding:8px 32px 24px;font-size:15px;line-height:22px">
<p>Hi StoreDesk,</p>
<p>This is a confirmation of your upcoming visit from RSNL Field Service.</p>
<table cellpadding="0" cellspacing="0" style="font-size:15px;line-height:24px;background:#f7f8f6;border-radius:6px;padding:12px 16px;width:100%%">
<tr><td><b>Job #1042</b> &ndash; Handheld scanner battery dead</td></tr>
<tr><td>Amsterdam Centraal, Stationsplein 15, 1012 AB Amsterdam</td></tr>
<tr><td><b>Tuesday, July 16, 2024</b></td></tr>
<tr><td>Arrival window: 8:00 AM &ndash; 10:00 AM</td></tr>
<tr><td>Technician: Dennis Bakker</td></tr>
</table>
<p>Need to make changes? Reply to this email or call us at +31 20 794 4800.</p>
<p>Thanks,<br>RSNL Field Service</p>
<p style="text-align:center"><a href="https://clienthub.getjobber.com/client_hubs/%s/login" style="background:#7db00e;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;font-weight:bold">View in Client Hub</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#65758b;border-top:1px solid #e8ebe6">Sent with <a href="https://getjobber.com" style="color:#65758b">Jobber</a></td></tr>
</table></td></tr></table><img src="https://u1234567.ct.sendgrid.net/wf/open?upn=%s" width="1" height="1" alt=""></body></html>
""" % (hx(m["key"], 8), hx(m["key"] + "o", 40))
    h = [("Return-Path", "<bounces+1234567-ab12-helpdesk=ops.storedesk.example@em.getjobber.com>"),
         received("o1.ptr4471.em.getjobber.com", "167.89.24.71", m["dt"]),
         authres("getjobber.com", spf_domain="em.getjobber.com"),
         dkim("getjobber.com", "s1", m["key"]),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Field Service", "no-reply@getjobber.com")),
         ("Reply-To", addr("RSNL Field Service", "planning@rsnl.nl")),
         ("To", US),
         ("Message-ID", m["mid"]),
         ("Subject", "Visit confirmation: Tuesday, July 16 from RSNL Field Service"),
         ("X-SG-EID", "u001.Hq3Zb" + b64id(m["key"], 40).replace("/", "x").replace("+", "y")),
         ("X-Entity-ID", "u001." + b64id(m["key"] + "e", 22).replace("/", "x").replace("+", "y"))]
    b = hx(m["key"], 60)
    return message(h, multipart("alternative", [text(txt, charset="utf-8", quote_cs=False),
                                                text(html, "html", charset="utf-8", quote_cs=False)], b))


@mail("213r", datetime(2024, 7, 16, 12, 40, 55, tzinfo=CEST), "samsung-email-resolved",
      mid="<y8kq2wnz3c7v1p0dmxjt4rla.1721126455521@email.android.com>", issue=213, vid=None, event="resolved",
      product="Samsung Email", kind="human", lang="nl",
      note="Technician on Samsung Email (Android), Dutch one-liner: battery replaced, works, please confirm; no RSNL id at all (vendor id null); issue from the quoted original header block")
def _(m):
    x = I(213)
    reply = """Batterij van de handscanner vervangen en de laadcradle schoongemaakt, scanner laadt weer en werkt. Graag even bevestigen als de winkel morgen ook geen problemen meer ziet.

Gr Dennis



Verzonden vanaf mijn Galaxy
"""
    d = x["dt"]
    hdr = """-------- Oorspronkelijk bericht --------
Van: StoreDesk <helpdesk@ops.storedesk.example>
Datum: %02d-%02d-%d %02d:%02d (GMT+02:00)
Aan: RSNL Support <support@rsnl.nl>
Onderwerp: %s
""" % (d.day, d.month, d.year, d.hour, d.minute, x["subject"])
    txt = reply + "\n\n" + hdr + "\n" + orig_body(213)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto"><br></div>'
            '<div id="composer_signature" dir="auto"><div style="font-size:85%%;color:#575757" dir="auto">Verzonden vanaf mijn Galaxy</div></div>'
            '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000">'
            '<div>%s</div></div>%s</body></html>\n') % (
        "<br>".join(esc(l) for l in reply.split("\n\n\n")[0].strip().split("\n")),
        "<br>".join(esc(l) for l in hdr.strip().split("\n")), orig_html(213))
    h = [("Return-Path", "<dennis.bakker@rsnl.nl>"),
         received("EUR04-DB3-obe.outbound.protection.outlook.com", "40.107.6.59", m["dt"]),
         authres("rsnl.nl"),
         ("Message-ID", m["mid"]),
         ("Date", date(m["dt"])),
         ("Subject", ew("RE: " + x["subject"], "B", "UTF-8")),
         ("From", addr("Dennis Bakker", "dennis.bakker@rsnl.nl")),
         ("To", addr(US_NAME, US)),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"]),
         ("Importance", "normal"),
         ("X-Priority", "3")]
    b = "--_com.samsung.android.email_" + str(int(hx(m["key"], 14), 16))
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", cte="base64"),
                                                text(html, "html", charset="UTF-8", cte="base64")], b))


# ---------------------------------------------------------------- STORE-242  trap: bounce (DSN) from rsnl.nl
@mail("242t", datetime(2024, 7, 14, 9, 0, 9, tzinfo=CEST), "postfix-dsn-bounce",
      mid="<20240714070009.7D1C23A04C@mx2.rsnl.nl>", issue=None, vid=None, event="ignore",
      product="Postfix DSN (rsnl.nl relay)", kind="trap", lang="en",
      note="Bounce from RSNL's own MX (rsnl.nl subdomain): support@rsnl.nl alias expanded to a deleted mailbox; multipart/report with the headers of our STORE-242 mail (tag, X-StoreDesk-Issue, our Message-ID) - not a vendor event")
def _(m):
    x = I(242)
    orig = (INPUT / "sent" / "store-242.eml").read_bytes().split(b"\r\n\r\n", 1)[0].decode("ascii")
    orig_hdrs = ("Received: from mx1.ops.storedesk.example (mx1.ops.storedesk.example [203.0.113.25])\n"
                 "\tby mx2.rsnl.nl (Postfix) with ESMTPS id 4WMk2x0Q7Gz9sRT\n"
                 "\tfor <support@rsnl.nl>; Sun, 14 Jul 2024 09:00:04 +0200 (CEST)\n" + orig.replace("\r\n", "\n") + "\n")
    notice = """This is the mail system at host mx2.rsnl.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.devries@rsnl.nl> (expanded from <support@rsnl.nl>): host
    rsnl-nl.mail.protection.outlook.com[52.101.68.14] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient p.devries@rsnl.nl not found by
    SMTP address lookup (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.rsnl.nl
X-Postfix-Queue-ID: 4WMk2x0Q7Gz9sRT
X-Postfix-Sender: rfc822; helpdesk@ops.storedesk.example
Arrival-Date: Sun, 14 Jul 2024 09:00:04 +0200 (CEST)

Final-Recipient: rfc822; p.devries@rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Action: failed
Status: 5.1.10
Remote-MTA: dns; rsnl-nl.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    p.devries@rsnl.nl not found by SMTP address lookup
"""
    parts = [raw_part("text/plain; charset=us-ascii", notice, cte=None,
                      headers=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", status, cte=None,
                      headers=[("Content-Description", "Delivery report")]),
             raw_part("text/rfc822-headers", orig_hdrs, cte=None,
                      headers=[("Content-Description", "Undelivered Message Headers")])]
    h = [("Return-Path", "<>"),
         received("mx2.rsnl.nl", "185.48.112.12", m["dt"]),
         ("Date", date(m["dt"]) + " (CEST)"),
         ("From", "MAILER-DAEMON@mx2.rsnl.nl (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", US),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"),
         ("Message-Id", m["mid"])]
    b = "7D1C23A04C.1720940409/mx2.rsnl.nl"
    return message(h, multipart("report", parts, b, ct_extra=" report-type=delivery-status;",
                                preamble="This is a MIME-encapsulated message."))


# ---------------------------------------------------------------- STORE-215  Tuleap tracker (en)
@mail("215u", datetime(2024, 7, 15, 13, 30, 2, tzinfo=CEST), "tuleap-artifact-updated",
      mid="<tuleap-7315-1721043002-4c1e@tuleap.rsnl.nl>", issue=215, vid="7315", event="update",
      product="Tuleap", kind="product", lang="en",
      note="Tuleap tracker artifact update '[incident #7315] <our subject>', X-Codendi-* headers, status -> Waiting for parts, workaround in the comment; part number and date as noise")
def _(m):
    x = I(215)
    txt = """incident #7315 has been modified by Priya Raman (praman)
https://tuleap.rsnl.nl/plugins/tracker/?aid=7315

 * Status: New ⇒ Waiting for parts
 * Assigned to: None ⇒ Priya Raman (praman)

Comment:
Replacement keyboard (Cherry G86-71411) ordered, delivery expected Thursday 18/07. Workaround until then: the store can use the on-screen keypad on till 2 (Ctrl+K opens it).

--------------
Snapshot of incident #7315
--------------
Summary: %s
Store: Rotterdam Lijnbaan
Category: POS hardware
Severity: 2 - Major
Status: Waiting for parts
Assigned to: Priya Raman (praman)
Submitted by: support-mail (RSNL mail gateway)
Submitted on: 15/07/2024 09:00

-- 
You are receiving this message because you are listed in the CC list of incident #7315.
https://tuleap.rsnl.nl/plugins/tracker/?aid=7315
""" % x["subject"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333">'
            '<p><a href="https://tuleap.rsnl.nl/plugins/tracker/?aid=7315">incident #7315</a> has been modified by <b>Priya Raman (praman)</b></p>'
            '<ul><li><b>Status:</b> <del>New</del> &rArr; Waiting for parts</li><li><b>Assigned to:</b> <del>None</del> &rArr; Priya Raman (praman)</li></ul>'
            '<div style="border-left:3px solid #1593c4;padding-left:10px"><p><b>Comment:</b><br>Replacement keyboard (Cherry G86-71411) ordered, '
            'delivery expected Thursday 18/07. Workaround until then: the store can use the on-screen keypad on till 2 (Ctrl+K opens it).</p></div>'
            '<h3 style="font-size:14px">Snapshot of incident #7315</h3><table style="font-size:12px">'
            '<tr><td><b>Summary</b></td><td>%s</td></tr><tr><td><b>Store</b></td><td>Rotterdam Lijnbaan</td></tr>'
            '<tr><td><b>Status</b></td><td>Waiting for parts</td></tr></table>'
            '<p style="color:#999;font-size:11px">You are receiving this message because you are listed in the CC list of incident #7315.</p>'
            '</body></html>\n') % esc(x["subject"])
    h = [("Return-Path", "<noreply@tuleap.rsnl.nl>"),
         received("tuleap.rsnl.nl", "185.48.112.88", m["dt"]),
         authres("tuleap.rsnl.nl", dkim=False),
         ("Date", date(m["dt"])),
         ("To", US),
         ("From", addr("RSNL Tuleap", "noreply@tuleap.rsnl.nl")),
         ("Subject", ew("[incident #7315] %s" % x["subject"], "Q", "UTF-8")),
         ("Message-ID", m["mid"]),
         ("References", "<tuleap-7315@tuleap.rsnl.nl>"),
         ("In-Reply-To", "<tuleap-7315@tuleap.rsnl.nl>"),
         ("X-Codendi-Project", "rsnl-retail-support"),
         ("X-Codendi-Tracker", "incident"),
         ("X-Codendi-Artifact-ID", "7315"),
         ("X-Mailer", "Tuleap")]
    b = "=_" + hx(m["key"], 32)
    return message(h, multipart("alternative", [text(txt, charset="utf-8", cte="quoted-printable"),
                                                text(html, "html", charset="utf-8", cte="quoted-printable")], b))


# ---------------------------------------------------------------- STORE-216  Axxerion (nl)
def axxerion_message(m, subj, intro, rows, outro):
    txt = "Geachte heer/mevrouw,\n\n%s\n\n%s\n\n%s\n\nMet vriendelijke groet,\nRSNL Servicedesk Facilitair\n\nDit is een automatisch gegenereerd bericht. U kunt niet reageren op dit bericht.\n" % (
        intro, "\n".join("%s: %s" % r for r in rows), outro)
    trs = "".join('<tr><td style="padding:3px 12px 3px 0;color:#555">%s</td><td style="padding:3px 0">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:12px">
<p>Geachte heer/mevrouw,</p><p>%s</p><table style="font-size:12px">%s</table><p>%s</p>
<p>Met vriendelijke groet,<br>RSNL Servicedesk Facilitair</p>
<p style="color:#999;font-size:10px">Dit is een automatisch gegenereerd bericht. U kunt niet reageren op dit bericht.<br>Powered by Axxerion</p>
</body></html>
""" % (esc(intro), trs, esc(outro))
    h = [("Return-Path", "<noreply@axxerion.com>"),
         received("mail3.axxerion.com", "145.131.9.203", m["dt"]),
         authres("axxerion.com"),
         dkim("axxerion.com", "ax1", m["key"]),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Servicedesk Facilitair", "noreply@axxerion.com")),
         ("Reply-To", "noreply@axxerion.com"),
         ("To", US),
         ("Message-ID", m["mid"]),
         ("Subject", ew(subj, "Q", "UTF-8")),
         ("Auto-Submitted", "auto-generated"),
         ("X-Auto-Response-Suppress", "All")]
    b = "----=_Part_%d_%d.%d" % (int(hx(m["key"], 6), 16), int(hx(m["key"] + "b", 8), 16), int(m["dt"].timestamp() * 1000))
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", cte="7bit" if txt.isascii() else "quoted-printable"),
                                                text(html, "html", charset="UTF-8", cte="quoted-printable")], b))


@mail("216a", datetime(2024, 7, 16, 9, 2, 3, tzinfo=CEST), "axxerion-melding-geregistreerd",
      mid="<1245873301.80127.1721113323114@rsnl.axxerion.com>", issue=216, vid="2024-003187", event="acknowledged",
      product="Axxerion", kind="product", lang="nl",
      note="Axxerion (hosted) registration of a 'melding', Dutch; subject replaced ('Melding 2024-003187 is geregistreerd'), no threading; id looks like a year-prefixed number")
def _(m):
    x = I(216)
    rows = [("Meldingnummer", "2024-003187"), ("Omschrijving", x["subject"]), ("Locatie", "Den Haag Spui"),
            ("Melder", "StoreDesk"), ("Status", "Geregistreerd"), ("Gewenste gereeddatum", "17-07-2024")]
    return axxerion_message(m, "Melding 2024-003187 is geregistreerd",
                            "Uw melding is door ons ontvangen en geregistreerd onder nummer 2024-003187.", rows,
                            "U kunt de voortgang van uw melding volgen via https://rsnl.axxerion.com/portal (meldingnummer 2024-003187).")


@mail("216c", datetime(2024, 7, 25, 14, 0, 37, tzinfo=CEST), "axxerion-melding-afgemeld",
      mid="<1246018877.91544.1721908837402@rsnl.axxerion.com>", issue=216, vid="2024-003187", event="closed",
      product="Axxerion", kind="product", lang="nl",
      note="Axxerion 'melding afgemeld en gesloten', Dutch; no STORE tag and no threading: issue only from the description 'Network switch beeping - Den Haag Spui'")
def _(m):
    rows = [("Meldingnummer", "2024-003187"), ("Omschrijving", "Network switch beeping - Den Haag Spui"),
            ("Locatie", "Den Haag Spui"), ("Status", "Gesloten"), ("Afgemeld door", "R. Smeets"),
            ("Afmeldtekst", "Defecte ventilator in de PoE-switch vervangen; switch piept niet meer, alle poorten actief.")]
    return axxerion_message(m, "Melding 2024-003187 is afgemeld",
                            "Uw melding 2024-003187 is afgemeld en gesloten.", rows,
                            "Bent u het niet eens met de afmelding? Neem dan binnen 5 werkdagen contact op met de servicedesk.")


# ---------------------------------------------------------------- STORE-244  trap: read receipt (Exchange, nl)
@mail("244t", datetime(2024, 7, 16, 9, 48, 12, tzinfo=CEST), "exchange-read-receipt",
      mid="<f0b3d2a1-9c8e-4b7a-a6d5-c4b3a2f1e0d9@DB8PR07MB6330.eurprd07.prod.outlook.com>", issue=None, vid=None,
      event="ignore", product="Exchange read receipt (MDN)", kind="trap", lang="nl",
      note="Outlook/Exchange read receipt 'Gelezen: [STORE-244] ...' (multipart/report; disposition-notification) from RSNL Belgium, carrying our Message-ID - no vendor event")
def _(m):
    x = I(244)
    sent = x["dt"].astimezone(CEST)
    tz = "(UTC+01:00) Brussel, Kopenhagen, Madrid, Parijs"
    body = """Uw bericht

  Aan: RSNL Support
  Onderwerp: %s
  Verzonden: %s %d %s %d %02d:%02d:%02d %s

is gelezen op %s %d %s %d %02d:%02d:%02d %s.
""" % (x["subject"], DAYS["nl"][sent.weekday()], sent.day, MONTHS["nl"][sent.month - 1], sent.year, sent.hour, sent.minute, 0, tz,
       DAYS["nl"][m["dt"].weekday()], m["dt"].day, MONTHS["nl"][m["dt"].month - 1], m["dt"].year, m["dt"].hour, m["dt"].minute, m["dt"].second, tz)
    mdn = """Reporting-UA: DB8PR07MB6330.eurprd07.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;support@rsnl.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % x["message_id"]
    h = [("Return-Path", "<lotte.janssens@be.rsnl.nl>"),
         received("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.101", m["dt"]),
         authres("be.rsnl.nl"),
         ("From", addr("Lotte Janssens", "lotte.janssens@be.rsnl.nl")),
         ("To", to_us()),
         ("Subject", ew("Gelezen: " + x["subject"], "B")),
         ("Thread-Topic", ew(x["subject"], "B")),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Content-Language", "nl-BE"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("X-MS-Exchange-Organization-SCL", "-1")]
    b = "_002_" + m["mid"][1:30] + "_"
    return message(h, multipart("report", [text(body, charset="utf-8", cte="base64"),
                                           raw_part("message/disposition-notification", mdn, cte="7bit")],
                                b, ct_extra=" report-type=disposition-notification;"))



# ---------------------------------------------------------------- STORE-240  Motadata ServiceOps (en)
@mail("240c", datetime(2024, 7, 17, 9, 5, 44, tzinfo=UTC), "motadata-request-closed",
      mid="<serviceops.INC-1482.closed.1721207144@sd.rsnl.nl>", issue=240, vid="INC-1482", event="closed",
      product="Motadata ServiceOps", kind="product", lang="en",
      note="Motadata ServiceOps 'Request INC-1482 has been closed' (subject replaced, no threading), HTML only; calibration certificate CAL-24-0917 as decoy; closure without earlier mails for this issue")
def _(m):
    x = I(240)
    rows = [("Request ID", "INC-1482"), ("Subject", x["subject"]), ("Status", "Closed"), ("Requester", "StoreDesk"),
            ("Technician", "Yusuf Demir"), ("Closed On", "17/07/2024 11:05"),
            ("Closure Note", "Scale at the fresh counter of Den Haag Spui recalibrated and sealed; calibration certificate "
                             "CAL-24-0917 uploaded to the portal. Weight deviation now within 1 g.")]
    trs = "".join('<tr><td style="padding:6px 10px;border-bottom:1px solid #eceff3;color:#6c7a89;width:140px">%s</td>'
                  '<td style="padding:6px 10px;border-bottom:1px solid #eceff3">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Poppins,Arial,sans-serif;font-size:13px;color:#364658;background:#f6f8fa">
<div style="max-width:620px;margin:20px auto;background:#ffffff;border:1px solid #e2e7ed">
<div style="background:#099dd9;color:#fff;padding:14px 20px;font-size:16px">RSNL Service Desk</div>
<div style="padding:20px">
<p>Dear StoreDesk,</p>
<p>Your request <b>INC-1482</b> has been closed.</p>
<table cellspacing="0" style="width:100%%;font-size:13px">%s</table>
<p>If the issue is not resolved, you can reopen the request within 3 days from the
<a href="https://sd.rsnl.nl/t/request/INC-1482">support portal</a>.</p>
<p>Regards,<br>RSNL Service Desk</p>
</div>
<div style="padding:10px 20px;font-size:11px;color:#99a5b3;border-top:1px solid #e2e7ed">This is a system generated email. Please do not reply.</div>
</div></body></html>
""" % trs
    h = [("Return-Path", "<servicedesk@sd.rsnl.nl>"),
         received("sd.rsnl.nl", "185.48.112.95", m["dt"]),
         authres("sd.rsnl.nl"),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Service Desk", "servicedesk@sd.rsnl.nl")),
         ("To", US),
         ("Message-ID", m["mid"]),
         ("Subject", "Request INC-1482 has been closed"),
         ("Auto-Submitted", "auto-generated"),
         ("X-Auto-Response-Suppress", "All")]
    return message(h, text(html, "html", charset="UTF-8", cte="quoted-printable"))


# ---------------------------------------------------------------- trap: RSNL newsletter (Mailchimp)
@mail("nlt", datetime(2024, 7, 17, 8, 0, 0, tzinfo=UTC), "mailchimp-newsletter",
      mid="<2a7f8c51e0d9b4a3f6c2e1d0.5e8b@mail167.sea91.mcsv.net>", issue=None, vid=None, event="ignore",
      product="Mailchimp newsletter", kind="trap", lang="nl",
      note="RSNL marketing newsletter from a rsnl.nl subdomain (List-Unsubscribe, Precedence: bulk); talks about card-reader firmware 2.14, a KB article, phone numbers and prices - touches no issue")
def _(m):
    u, lid = "6c1d2e3f4a5b6c7d8e9f0a1b2", "9f8e7d6c5b"
    txt = """** RSNL Retail Update - juli 2024
------------------------------------------------------------

In deze editie:
* Firmware 2.14 voor kaartlezers beschikbaar
* Zomeronderhoud betaalplatform
* Nieuw in de kennisbank

** Firmware 2.14 voor kaartlezers
Firmware 2.14 verhelpt de fout 0x6F bij contactloos betalen na een koude start (zie kennisbankartikel KB-2210). De uitrol start op 22 juli in batches; terminals in uw winkels worden automatisch bijgewerkt tussen 01:00 en 05:00.

** Zomeronderhoud betaalplatform
In de nacht van dinsdag 23 juli (02:00-04:00) voeren wij onderhoud uit aan het terminalbeheer. Volg de status op https://status.rsnl.nl.

** Actie labelprinters
Tot 31 augustus 15%% korting op een onderhoudscontract voor labelprinters, vanaf EUR 29,- per printer per maand.

Vragen? Bel 088 776 4800 of mail support@rsnl.nl.

============================================================
U ontvangt deze e-mail omdat u klant bent van RSNL Retail Services B.V.
Afmelden: https://rsnl.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=4d2c1b0a9f&c=7e6d5c4b3a
Voorkeuren wijzigen: https://rsnl.us12.list-manage.com/profile?u=%s&id=%s&e=4d2c1b0a9f
RSNL Retail Services B.V. - Kelvinbaan 12 - Nieuwegein 3439 MT - Netherlands
""" % (u, lid, u, lid)
    html = """<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>RSNL Retail Update - juli 2024</title><style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}</style></head>
<body style="height:100%%;margin:0;padding:0;width:100%%;background-color:#fafafa;">
<span class="mcnPreviewText" style="display:none;">Firmware 2.14 voor kaartlezers, zomeronderhoud en meer</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff">
<tr><td style="background:#00557f;padding:24px;color:#ffffff;font-family:Helvetica;font-size:22px"><b>RSNL Retail Update</b> &middot; juli 2024</td></tr>
<tr><td class="mcnTextContent" style="padding:18px 24px;font-family:Helvetica;font-size:15px;line-height:150%%;color:#202020">
<h2 style="font-size:18px">Firmware 2.14 voor kaartlezers</h2>
<p>Firmware 2.14 verhelpt de fout 0x6F bij contactloos betalen na een koude start (zie kennisbankartikel <a href="https://rsnl.us12.list-manage.com/track/click?u=%s&amp;id=a1&amp;e=4d2c1b0a9f">KB-2210</a>). De uitrol start op 22 juli in batches; terminals in uw winkels worden automatisch bijgewerkt tussen 01:00 en 05:00.</p>
<h2 style="font-size:18px">Zomeronderhoud betaalplatform</h2>
<p>In de nacht van dinsdag 23 juli (02:00&ndash;04:00) voeren wij onderhoud uit aan het terminalbeheer. Volg de status op <a href="https://status.rsnl.nl">status.rsnl.nl</a>.</p>
<h2 style="font-size:18px">Actie labelprinters</h2>
<p>Tot 31 augustus 15%% korting op een onderhoudscontract voor labelprinters, vanaf &euro; 29,- per printer per maand.</p>
<p>Vragen? Bel 088 776 4800 of mail <a href="mailto:support@rsnl.nl">support@rsnl.nl</a>.</p>
</td></tr>
<tr><td style="padding:18px 24px;font-family:Helvetica;font-size:12px;color:#656565;text-align:center">U ontvangt deze e-mail omdat u klant bent van RSNL Retail Services B.V.<br>
<a href="https://rsnl.us12.list-manage.com/unsubscribe?u=%s&amp;id=%s&amp;e=4d2c1b0a9f&amp;c=7e6d5c4b3a">Afmelden</a> &middot; <a href="https://rsnl.us12.list-manage.com/profile?u=%s&amp;id=%s&amp;e=4d2c1b0a9f">Voorkeuren wijzigen</a><br>
RSNL Retail Services B.V. &middot; Kelvinbaan 12 &middot; Nieuwegein 3439 MT &middot; Netherlands</td></tr>
</table></td></tr></table></center>
<img src="https://rsnl.us12.list-manage.com/track/open.php?u=%s&amp;id=7e6d5c4b3a&amp;e=4d2c1b0a9f" height="1" width="1" alt=""></body></html>
""" % (u, u, lid, u, lid, u)
    h = [("Return-Path", "<bounce-mc.us12_%s.7e6d5c4b3a-4d2c1b0a9f@mail167.sea91.mcsv.net>" % u[:8]),
         received("mail167.sea91.mcsv.net", "205.201.133.167", m["dt"]),
         authres("mail.rsnl.nl", spf_domain="mail167.sea91.mcsv.net"),
         dkim("mail.rsnl.nl", "k3", m["key"]),
         ("Subject", ew("RSNL Retail Update juli: nieuwe firmware voor kaartlezers en ons zomeronderhoud", "Q", "utf-8")),
         ("From", addr("RSNL", "nieuwsbrief@mail.rsnl.nl")),
         ("Reply-To", addr("RSNL", "marketing@rsnl.nl")),
         ("To", addr("StoreDesk", US)),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("List-Unsubscribe", "<https://rsnl.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=4d2c1b0a9f&c=7e6d5c4b3a>,\n"
                              " <mailto:unsubscribe-mc.us12_%s.7e6d5c4b3a-4d2c1b0a9f@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (u, lid, u[:8])),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("List-Id", "%smcsv.net list <%s.%s.list-id.mcsv.net>" % (u[:8], u, lid)),
         ("X-Mailer", "Mailchimp Mailer - **CID7e6d5c4b3a4d2c1b0a9f**"),
         ("X-Campaign", "mailchimp%s.7e6d5c4b3a" % u),
         ("X-campaignid", "mailchimp%s.7e6d5c4b3a" % u),
         ("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=7e6d5c4b3a&e=4d2c1b0a9f" % u),
         ("X-MC-User", u),
         ("Feedback-ID", "47110:47110-7e6d5c4b3a:us12:mc"),
         ("X-Accounttype", "pd"),
         ("Precedence", "bulk")]
    b = "_----------=_MCPart_" + str(int(hx(m["key"], 10), 16))
    return message(h, multipart("alternative", [text(txt, charset="utf-8", quote_cs=True),
                                                text(html, "html", charset="utf-8", quote_cs=True)], b))


# ---------------------------------------------------------------- STORE-218  Sirportly (en) + human Thunderbird (en)
def sirportly_message(m, subj, body, in_reply=None, refs=None, auto=False):
    x = I(218)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">' + paras_html(body) +
            '<div style="border-top:1px solid #ddd;margin-top:20px;padding-top:8px;font-size:12px;color:#888">'
            'Ticket reference: KP-771204<br><a href="https://rsnl.sirportly.com/support/tickets/KP-771204/3b9f02d7">View your ticket online</a></div>'
            '</body></html>\n')
    txt = body + "\n--\nTicket reference: KP-771204\nView your ticket online: https://rsnl.sirportly.com/support/tickets/KP-771204/3b9f02d7\n"
    h = [("Return-Path", "<bounces+kp771204@mail.sirportly.com>"),
         received("mail.sirportly.com", "46.235.224.141", m["dt"]),
         authres("rsnl.nl", spf_domain="mail.sirportly.com"),
         dkim("rsnl.nl", "sirportly", m["key"]),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Support", "support@rsnl.nl")),
         ("To", addr("Sam Jansen", US)),
         ("Message-ID", m["mid"])]
    if in_reply:
        h += [("In-Reply-To", in_reply), ("References", refs or in_reply)]
    h += [("Subject", ew(subj, "Q", "UTF-8"))]
    if auto:
        h += [("Auto-Submitted", "auto-replied")]
    h += [("X-Sirportly-Ticket", "KP-771204")]
    b = "--==_mimepart_" + hx(m["key"], 13) + "_" + hx(m["key"] + "b", 6)
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b[2:]))


@mail("218a", datetime(2024, 7, 18, 8, 0, 52, tzinfo=BST), "sirportly-ticket-opened",
      mid="<66989a2c6d4e1_3f2a9c1d8e7b21184@sirportly-app-03.mail>", issue=218, vid="KP-771204", event="acknowledged",
      product="Sirportly", kind="product", lang="en",
      note="Sirportly auto-response (hosted, UK time zone): '[KP-771204] <our subject>', threaded to our mail, letters-dash-digits reference")
def _(m):
    x = I(218)
    body = """Hello Sam,

Thank you for contacting RSNL Support. This is an automated response to let you know that we have received your e-mail and opened ticket KP-771204.

A member of our team will respond as soon as possible. If you need to add anything, simply reply to this message and keep the reference in the subject line.

Kind regards,
RSNL Support
"""
    return sirportly_message(m, "[KP-771204] %s" % x["subject"], body, x["message_id"], auto=True)


@mail("nsp-other", datetime(2024, 7, 18, 11, 20, 31, tzinfo=CEST), "nsp-other-customer",
      mid="<NSP.REQ0021077.638568768312@nsp.rsnl.nl>", issue=None, vid=None, event="ignore",
      product="NSP (Nilex)", kind="trap", lang="en",
      note="Genuine RSNL helpdesk notification for ANOTHER customer (Bakkerij Vermeulen, Tilburg) on which we were CC'd by mistake; 'foutmelding E17' echoes our STORE-230 'Cash recycler error E17' but no store or tag of ours")
def _(m):
    rows = [("Ticket ID", "REQ0021077"), ("Subject", "Kassa 2 geeft foutmelding E17 bij opstarten"),
            ("Customer", "Bakkerij Vermeulen - Tilburg Heuvelstraat"), ("Category", "Cash recyclers"),
            ("Priority", "P3 - Normal"), ("Status", "Registered"), ("Registered", "2024-07-18 11:20")]
    return nsp_message(m, "Ticket registered: Kassa 2 geeft foutmelding E17 bij opstarten REFID: REQ0021077",
                       "Thank you for contacting RSNL Helpdesk. Your ticket has been registered and will be handled by our cash handling team.",
                       rows, "To add information, reply to this e-mail and keep the reference REFID: REQ0021077 in the subject.\n"
                             "Follow your ticket in the self-service portal: https://helpdesk.rsnl.nl/nsp/portal/#/tickets/REQ0021077",
                       to=addr("Bakkerij Vermeulen", "info@bakkerijvermeulen.nl"), cc=US, greeting="Hello Mr Vermeulen,")


@mail("218u", datetime(2024, 7, 19, 9, 40, 12, tzinfo=CEST), "thunderbird-partial-fix",
      mid="<8c1e4f2a-7b3d-4e9a-b6c5-2d1f0e9a8b7c@rsnl.nl>", issue=218, vid="KP-771204", event="update",
      product="Thunderbird", kind="human", lang="en",
      note="2nd-line engineer in Thunderbird, bottom-posted below the quoted original (format=flowed, 8bit): partial fix, two tills rolled back, third still failing; version numbers and disk space as noise")
def _(m):
    x = I(218)
    d = x["dt"]
    body = """On %02d/%02d/%d %02d:%02d, StoreDesk wrote:
%s
Hi Sam,

Quick status on KP-771204: I rolled tills 1 and 2 at Groningen Herestraat back to POS 5.2.1 remotely and both are trading normally again. Till 3 refuses the rollback (disk full, only 212 MB free), so that one still needs a visit - I'll plan it for early next week.

So: partly fixed, the ticket stays open.

Cheers,
Bram

-- 
Bram Hoekstra | 2nd line support | RSNL Retail Services B.V.
+31 30 760 2218
""" % (d.day, d.month, d.year, d.hour, d.minute, quote(orig_body(218)))
    h = [("Return-Path", "<bram.hoekstra@rsnl.nl>"),
         received("smtp-out2.rsnl.nl", "185.48.112.22", m["dt"]),
         authres("rsnl.nl"),
         ("Message-ID", m["mid"]),
         ("Date", date(m["dt"])),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("Content-Language", "en-GB"),
         ("To", addr(US_NAME, US)),
         ("References", x["message_id"]),
         ("From", addr("Bram Hoekstra", "bram.hoekstra@rsnl.nl")),
         ("In-Reply-To", x["message_id"])]
    return message(h, text(flow(body), charset="UTF-8", cte="8bit", ct_extra="; format=flowed", quote_cs=False))


@mail("218c", datetime(2024, 7, 30, 10, 0, 19, tzinfo=BST), "sirportly-ticket-closed",
      mid="<66a8ab4b91c2d_3f2a9c1d8e7b21931@sirportly-app-01.mail>", issue=218, vid="KP-771204", event="closed",
      product="Sirportly", kind="product", lang="en",
      note="Sirportly status notification: ticket marked Closed after the on-site visit; reply reopens; threaded to Sirportly's own earlier message")
def _(m):
    x = I(218)
    body = """Hello Sam,

Your ticket KP-771204 has been marked as Closed by Bram Hoekstra.

Till 3 at Groningen Herestraat was visited on 29 July: the disk was cleaned up, POS 5.3.0 was installed and all three tills are now on the same version and trading normally.

If you need any further help, simply reply to this e-mail and the ticket will be reopened.

Kind regards,
RSNL Support
"""
    return sirportly_message(m, "[KP-771204] %s" % x["subject"], body, mid_of("218a"),
                             refs=x["message_id"] + "\n " + mid_of("218a"))


# ---------------------------------------------------------------- STORE-219  Pylon (en)
@mail("219u", datetime(2024, 7, 19, 13, 20, 11, tzinfo=UTC), "pylon-agent-reply",
      mid="<0100019accd1e2f3-4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d-000000@email.amazonses.com>", issue=219, vid="812",
      event="update", product="Pylon", kind="product", lang="en",
      note="Pylon agent reply sent as support@rsnl.nl, threaded to our mail; 'Issue #812' only in the footer; firmware versions 2.11.4/2.14 and error 0x6F as decoy numbers")
def _(m):
    x = I(219)
    body = """Hi Sam,

Thanks for the photos of the error screen. The card reader at Antwerpen Meir runs firmware 2.11.4, which has a known fault in the contactless module (error 0x6F after a cold start). We've escalated it to the manufacturer and expect firmware 2.14 to be released next week; we'll roll it out to your readers as soon as it is available.

Workaround until then: restart the reader once at opening time (hold the red key for 5 seconds).

Best,
Sofie Claes
RSNL Support
"""
    foot = "Issue #812 - reply to this email to add a message to this issue."
    txt = body + "\n--\n" + foot + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#111">' +
            paras_html(body) + '</div><div style="margin-top:24px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:12px;color:#8a8f98">'
            + esc(foot) + '</div></body></html>\n')
    h = [("Return-Path", "<0100019accd1e2f3-bounce@amazonses.com>"),
         received("a8-30.smtp-out.amazonses.com", "54.240.8.30", m["dt"]),
         authres("rsnl.nl", spf_domain="amazonses.com"),
         dkim("rsnl.nl", "pylon1", m["key"]),
         ("From", addr("Sofie Claes (RSNL Support)", "support@rsnl.nl")),
         ("To", US),
         ("Subject", ew("Re: " + x["subject"], "B", "UTF-8")),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"]),
         ("Message-ID", m["mid"]),
         ("Date", date(m["dt"])),
         ("Feedback-ID", "::1.us-east-1.pylonemail=:AmazonSES"),
         ("X-SES-Outgoing", "2024.07.19-54.240.8.30")]
    b = "0000" + hx(m["key"], 28)
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b))


# ---------------------------------------------------------------- trap: status page maintenance notice
@mail("status", datetime(2024, 7, 20, 16, 0, 3, tzinfo=UTC), "statuspage-maintenance",
      mid="<6f2b1c9ad03e4a7b8c5d.statuspage.20240720160003@status.rsnl.nl>", issue=None, vid=None, event="ignore",
      product="Atlassian Statuspage", kind="trap", lang="nl",
      note="Scheduled-maintenance notice from status.rsnl.nl (subscriber list): payment terminals briefly unavailable on 23 July - mentions card terminals but no ticket of ours")
def _(m):
    url = "https://status.rsnl.nl/incidents/7x3kq9vb2m1r"
    txt = """RSNL Status - Gepland onderhoud

Gepland onderhoud: betaalplatform en terminalbeheer
GEPLAND: 23 jul, 02:00 - 04:00 CEST

20 jul, 18:00 CEST
Gepland - In de nacht van dinsdag 23 juli voeren wij onderhoud uit aan het betaalplatform en het terminalbeheer (TMS). Pinterminals kunnen in dit venster maximaal 15 minuten geen transacties verwerken; daarna hervatten ze automatisch. Er is geen actie van winkels nodig.

Betrokken componenten: Payment Gateway, Terminal Management (TMS)

Bekijk de melding: %s

--
U ontvangt deze e-mail omdat u geabonneerd bent op updates van RSNL Status.
Afmelden: https://status.rsnl.nl/subscriptions/%s/unsubscribe
Powered by Atlassian Statuspage
""" % (url, hx(m["key"], 12))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#f5f5f5;color:#333">'
            '<div style="max-width:560px;margin:24px auto;background:#fff;border-radius:4px;padding:24px">'
            '<div style="font-size:12px;color:#3498db;font-weight:bold">GEPLAND ONDERHOUD</div>'
            '<h1 style="font-size:20px">Gepland onderhoud: betaalplatform en terminalbeheer</h1>'
            '<p style="color:#777">23 jul, 02:00 - 04:00 CEST</p>'
            '<p><b>Gepland</b> - In de nacht van dinsdag 23 juli voeren wij onderhoud uit aan het betaalplatform en het terminalbeheer (TMS). '
            'Pinterminals kunnen in dit venster maximaal 15 minuten geen transacties verwerken; daarna hervatten ze automatisch. '
            'Er is geen actie van winkels nodig.</p><p style="color:#777;font-size:12px">20 jul, 18:00 CEST</p>'
            '<p>Betrokken componenten: Payment Gateway, Terminal Management (TMS)</p>'
            '<p><a href="%s" style="background:#3498db;color:#fff;padding:8px 16px;text-decoration:none;border-radius:3px">Bekijk de melding</a></p>'
            '<hr><p style="font-size:11px;color:#999">U ontvangt deze e-mail omdat u geabonneerd bent op updates van RSNL Status. '
            '<a href="https://status.rsnl.nl/subscriptions/%s/unsubscribe">Afmelden</a><br>Powered by Atlassian Statuspage</p>'
            '</div></body></html>\n') % (url, hx(m["key"], 12))
    h = [("Return-Path", "<bounces+statuspage@em.statuspage.io>"),
         received("o3.em.statuspage.io", "149.72.210.3", m["dt"]),
         authres("status.rsnl.nl", spf_domain="em.statuspage.io"),
         ("Date", date(m["dt"])),
         ("From", addr("RSNL Status", "noreply@status.rsnl.nl")),
         ("To", US),
         ("Message-ID", m["mid"]),
         ("Subject", "[RSNL Status] Gepland onderhoud: betaalplatform en terminalbeheer"),
         ("List-Unsubscribe", "<https://status.rsnl.nl/subscriptions/%s/unsubscribe>" % hx(m["key"], 12)),
         ("List-Id", "RSNL Status <status.rsnl.nl>"),
         ("Precedence", "bulk"),
         ("Auto-Submitted", "auto-generated")]
    b = "--==_mimepart_" + hx(m["key"], 20)
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b[2:]))


# ---------------------------------------------------------------- STORE-247  GoTo Resolve (en)
@mail("247r", datetime(2024, 7, 22, 8, 10, 27, tzinfo=UTC), "goto-resolve-resolved",
      mid="<0102019ad7e5c3b1-2f4e6a8c-1b3d-4f5a-8c7e-9d0b1a2c3e4f-000000@eu-west-1.amazonses.com>", issue=247, vid="412",
      event="resolved", product="GoTo Resolve (helpdesk)", kind="product", lang="en",
      note="GoTo Resolve helpdesk 'ticket resolved' notice for RSNL's Köln team, hosted sender, HTML only; short numeric id #412; paper width 80 mm as noise")
def _(m):
    x = I(247)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f9;font-family:'Lato',Helvetica,Arial,sans-serif;color:#1f2a37">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e5e9f0;font-size:16px"><b>RSNL Support K&ouml;ln</b></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px">
<p>Hello StoreDesk,</p>
<p>Your ticket <b>#412</b> has been resolved by Jonas Weber.</p>
<table cellpadding="0" cellspacing="0" style="font-size:14px;width:100%%;background:#f7f9fc;border-radius:6px">
<tr><td style="padding:8px 14px;color:#5b6b7f;width:110px">Ticket</td><td style="padding:8px 14px">#412 &ndash; %s</td></tr>
<tr><td style="padding:8px 14px;color:#5b6b7f">Status</td><td style="padding:8px 14px">Resolved</td></tr>
<tr><td style="padding:8px 14px;color:#5b6b7f">Resolution</td><td style="padding:8px 14px">The paper guide of receipt printer 2 was bent. We replaced the cover assembly and set the paper width back to 80 mm; 30 test receipts printed without a jam.</td></tr>
</table>
<p>If the issue persists, reply to this email and the ticket will be reopened.</p>
<p><a href="https://resolve.goto.com/helpdesk/tickets/412" style="background:#0057ff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">View ticket</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8a97a8;border-top:1px solid #e5e9f0">Sent by GoTo Resolve on behalf of RSNL Support K&ouml;ln.</td></tr>
</table></td></tr></table></body></html>
""" % esc(x["subject"])
    h = [("Return-Path", "<0102019ad7e5c3b1-bounce@eu-west-1.amazonses.com>"),
         received("b224-13.smtp-out.eu-west-1.amazonses.com", "76.223.180.13", m["dt"]),
         authres("goto.com", spf_domain="eu-west-1.amazonses.com"),
         dkim("goto.com", "gtr1", m["key"]),
         ("From", addr("RSNL Support Köln", "helpdesk-noreply@goto.com")),
         ("Reply-To", "ticket-412-%s@reply.resolve.goto.com" % hx(m["key"], 10)),
         ("To", US),
         ("Subject", ew("Ticket #412 resolved: " + x["subject"], "B", "UTF-8")),
         ("Message-ID", m["mid"]),
         ("Date", date(m["dt"])),
         ("Auto-Submitted", "auto-generated"),
         ("Feedback-ID", "1.eu-west-1.gtrHelpdesk:AmazonSES")]
    return message(h, text(html, "html", charset="UTF-8", cte="quoted-printable"))


# ---------------------------------------------------------------- STORE-248  human Outlook desktop (es, windows-1252)
@mail("248u", datetime(2024, 7, 22, 12, 15, 3, tzinfo=CEST), "outlook-desktop-plan",
      mid="<000901dadc2a$5b3e9c70$11bad550$@es.rsnl.nl>", issue=248, vid="MAD/24/0803", event="update",
      product="Outlook desktop (Outlook 16.0, IMAP)", kind="human", lang="es",
      note="Technician on Outlook 2016/365 desktop over IMAP, windows-1252 QP, Spanish, top-posted: remote reinstall planned tonight 22:00; phone 900 104 803 ends like the id; version and time numbers")
def _(m):
    x = I(248)
    reply = """Buenos días Sam:

Os comento el plan para la incidencia MAD/24/0803: esta noche, a partir de las 22:00 (después del cierre), reinstalaremos en remoto la versión 5.3.0 del software de caja en las cajas 1 a 4 de Madrid Preciados. El proceso dura unos 90 minutos por caja.

Si mañana a las 9:30 alguna caja no arranca, que la tienda llame al 900 104 803 (opción 2) indicando la referencia.

Saludos,
Javier Morales
Técnico de Sistemas | RSNL Iberia
Móvil: +34 612 480 319
"""
    fields = outlook_hdr_fields("StoreDesk [mailto:helpdesk@ops.storedesk.example]", outlook_when(x["dt"], "es"),
                                "RSNL Support <support@rsnl.nl>", x["subject"], "es")
    txt = reply + "\n" + outlook_hdr_text(fields) + "\n" + orig_body(248)
    html = outlook_html(reply, fields, orig_html(248), "ES").replace("charset=utf-8", "charset=windows-1252")
    h = [("Return-Path", "<javier.morales@es.rsnl.nl>"),
         received("mail-ej1-f45.google.com", "209.85.218.45", m["dt"]),
         authres("es.rsnl.nl"),
         dkim("es.rsnl.nl", "google", m["key"]),
         ("From", addr("Javier Morales", "javier.morales@es.rsnl.nl")),
         ("To", addr("'StoreDesk'", US)),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("Subject", ew_mixed("RE: " + x["subject"], "windows-1252")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("MIME-Version", "1.0"),
         ("X-Mailer", "Microsoft Outlook 16.0"),
         ("Thread-Index", thread_index(m["key"])),
         ("Content-Language", "es")]
    b = "----=_NextPart_000_000A_01DADC3B.1EC72570"
    return message(h, multipart("alternative", [text(txt, charset="windows-1252", cte="quoted-printable"),
                                                text(html, "html", charset="windows-1252", cte="quoted-printable")], b))


# ---------------------------------------------------------------- STORE-233  human Roundcube (fr)
@mail("233r", datetime(2024, 7, 5, 15, 48, 26, tzinfo=CEST), "roundcube-resolu",
      mid="<3f9c1a7e5d2b4c80e6a1f4d7b2c9e0a5@fr.rsnl.nl>", issue=233, vid="DI-24-01842", event="resolved",
      product="Roundcube Webmail", kind="human", lang="fr",
      note="Level-1 agent in Roundcube (format=flowed, 8bit), French, top-posted: reconfigured remotely, 'cela devrait être réglé, pouvez-vous confirmer', auto-closure in 48 h announced; same Isilog id family as STORE-209")
def _(m):
    x = I(233)
    d = x["dt"]
    body = """Bonjour,

Le scanner de la caisse 4 à Lille Euralille avait perdu sa configuration (suffixe « Entrée » désactivé). Nous l'avons reconfiguré à distance depuis le poste de caisse et le magasin a pu scanner de nouveau.

Cela devrait être réglé ; pouvez-vous nous confirmer que tout fonctionne de votre côté ? Sans retour de votre part, la demande DI-24-01842 sera clôturée sous 48 h.

Cordialement,
-- 
Camille Durand
Support niveau 1 - RSNL France

Le %d-%02d-%02d %02d:%02d, StoreDesk a écrit :
%s""" % (d.year, d.month, d.day, d.hour, d.minute, quote(orig_body(233)))
    h = [("Return-Path", "<camille.durand@fr.rsnl.nl>"),
         received("webmail.fr.rsnl.nl", "185.48.113.44", m["dt"]),
         authres("fr.rsnl.nl"),
         ("MIME-Version", "1.0"),
         ("Date", date(m["dt"])),
         ("From", addr("Camille Durand", "camille.durand@fr.rsnl.nl")),
         ("To", addr(US_NAME, US)),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"]),
         ("Message-ID", m["mid"]),
         ("X-Sender", "camille.durand@fr.rsnl.nl"),
         ("User-Agent", "Roundcube Webmail/1.6.6")]
    return message(h, text(flow(body), charset="UTF-8", cte="8bit", ct_extra=";\n format=flowed", quote_cs=False))


# ---------------------------------------------------------------- trap: unrelated MSP (Tigerpaw) service order
@mail("stranger", datetime(2024, 7, 22, 16, 10, 40, tzinfo=CEST), "tigerpaw-other-vendor",
      mid="<TP.SO77120.20240722161040.5521@netvision-ict.nl>", issue=None, vid=None, event="ignore",
      product="Tigerpaw (other vendor)", kind="trap", lang="en+nl",
      note="Service-order completion from a different IT vendor (NetVision ICT, Tigerpaw) that names our store Rotterdam Lijnbaan - a stranger, not RSNL; SO number, hours and a Wi-Fi job that is not one of our issues")
def _(m):
    txt = """Service Order Completed

Service Order #77120 has been completed.

Account: Retailgroep - filiaal Rotterdam Lijnbaan
Site contact: filiaalmanager
Problem: Installatie extra access point magazijn (uitbreiding dekking)
Resolution: Access point geplaatst aan plafond magazijn, PoE-poort 14 op switch aangesloten, SSID's overgenomen van bestaande controller. Dekking gemeten: -62 dBm in hele magazijn.
Technician: Kevin de Boer
Labor: 2.0 hrs
Completed: 22-07-2024 15:55

Please review the service order and contact us within 5 business days if anything is not in order.

NetVision ICT B.V. | Servicedesk | +31 10 302 7712 | servicedesk@netvision-ict.nl
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial;font-size:10pt"><h3 style="color:#c8102e">Service Order Completed</h3>' +
            paras_html(txt.split("\n", 2)[2]) + "</body></html>\n")
    h = [("Return-Path", "<servicedesk@netvision-ict.nl>"),
         received("mail.netvision-ict.nl", "194.109.6.77", m["dt"]),
         authres("netvision-ict.nl"),
         ("From", addr("NetVision ICT Servicedesk", "servicedesk@netvision-ict.nl")),
         ("To", US),
         ("Subject", "Service Order #77120 - Completed"),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("X-Mailer", "Tigerpaw Software"),
         ("Auto-Submitted", "auto-generated")]
    b = "=_TP_" + hxu(m["key"], 16)
    return message(h, multipart("alternative", [text(txt), text(html, "html")], b))


# ---------------------------------------------------------------- STORE-223  human Apple Mail (de)
@mail("223u", datetime(2024, 7, 23, 11, 48, 20, tzinfo=CEST), "apple-mail-zwischenstand",
      mid="<6F2B8E41-93C7-4D0A-B5E2-7C1A9F3D6B08@de.rsnl.nl>", issue=223, vid=None, event="update",
      product="Apple Mail (macOS)", kind="human", lang="de",
      note="Network engineer on Apple Mail, German, top-posted: DSL line faulty, Telekom technician Thursday, LTE backup; the only ticket number is the carrier's (Störungsnummer 1-4471190823) - RSNL gives none, so vendor id is null")
def _(m):
    x = I(223)
    d = x["dt"]
    body = """Hallo Sam,

kurzer Zwischenstand: Der VPN-Tunnel aus Köln Schildergasse kommt nicht hoch, weil der DSL-Anschluss selbst gestört ist. Wir haben bei der Telekom eine Störung aufgemacht (Störungsnummer 1-4471190823); laut Telekom ist ein Techniker für Donnerstag, 25.07., zwischen 8 und 12 Uhr eingeplant.

Bis dahin läuft die Filiale über den LTE-Backup-Router. Kartenzahlung funktioniert, nur die Warenwirtschaft synchronisiert langsamer.

Ich melde mich, sobald die Leitung wieder steht.

Viele Grüße
Katrin

--
Katrin Vogel
Netzwerk & Connectivity
RSNL Deutschland GmbH
Tel. +49 221 9876 4412


> Am %02d.%02d.%d um %02d:%02d schrieb StoreDesk <helpdesk@ops.storedesk.example>:
> 
%s""" % (d.day, d.month, d.year, d.hour, d.minute, quote(orig_body(223)))
    h = [("Return-Path", "<katrin.vogel@de.rsnl.nl>"),
         received("mail.de.rsnl.nl", "185.48.113.12", m["dt"]),
         authres("de.rsnl.nl"),
         ("Content-Type", "text/plain;\n\tcharset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable"),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
         ("Subject", ew("Re: " + x["subject"], "Q")),
         ("From", addr("Katrin Vogel", "katrin.vogel@de.rsnl.nl")),
         ("In-Reply-To", x["message_id"]),
         ("Date", date(m["dt"])),
         ("Message-Id", m["mid"]),
         ("References", x["message_id"]),
         ("To", addr(US_NAME, US)),
         ("X-Mailer", "Apple Mail (2.3774.600.62)")]
    return hdr_bytes(h) + b"\r\n" + enc_qp(body, "utf-8")


# ---------------------------------------------------------------- STORE-222  Peppermint (en)
PEPPER = "3f6c2a9e-8b1d-4e57-9c0a-52d7e1b4a6f3"


@mail("222r", datetime(2024, 7, 23, 15, 2, 11, tzinfo=CEST), "peppermint-status-completed",
      mid="<d41e7a90-2c5b-8f13-6e0a-b97c3d2f1e58@rsnl.nl>", issue=222, vid=PEPPER, event="resolved",
      product="Peppermint", kind="product", lang="en",
      note="Peppermint (self-hosted, nodemailer) status mail: subject 'Ticket <UUID> status is now COMPLETED' - the id is a UUID; our subject only appears as the ticket title in the HTML part; no threading")
def _(m):
    x = I(222)
    txt = "Hello there, Ticket %s, now has a status of COMPLETED" % PEPPER
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /></head>
<body style="background-color:#ffffff;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Oxygen-Sans,Ubuntu,Cantarell,'Helvetica Neue',sans-serif">
<table align="center" role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%%" style="max-width:37.5em;margin:0 auto;padding:20px 0 48px">
<tr><td>
<h1 style="color:#1d1c1d;font-size:24px;font-weight:700;margin:30px 0;padding:0;line-height:42px">Ticket Update</h1>
<p style="font-size:14px;line-height:24px;margin:16px 0;color:#000">Your Ticket, now has a status of <strong>COMPLETED</strong></p>
<p style="font-size:14px;line-height:24px;margin:16px 0;color:#000">Ticket: %s</p>
<p style="font-size:14px;line-height:24px;margin:16px 0;color:#898989">Kind regards,<br>RSNL POS Team</p>
<p style="font-size:12px;line-height:15px;margin:16px 0;color:#b7b7b7;text-align:left;margin-bottom:50px">This was an automated message sent by peppermint.sh -&gt; An open source helpdesk solution</p>
</td></tr></table></body></html>
""" % esc(x["subject"])
    h = [("Return-Path", "<pos-support@rsnl.nl>"),
         received("helpdesk.rsnl.nl", "185.48.112.66", m["dt"]),
         authres("rsnl.nl"),
         ("Content-Type", None),
         ("From", "pos-support@rsnl.nl"),
         ("To", US),
         ("Subject", "Ticket %s status is now COMPLETED" % PEPPER),
         ("Message-ID", m["mid"]),
         ("Date", date(m["dt"])),
         ("MIME-Version", "1.0")]
    h = [hh for hh in h if hh[1] is not None]
    b = "--_NmP-" + hx(m["key"], 16) + "-Part_1"
    return message(h, multipart("alternative", [text(txt, charset="utf-8", cte="7bit", quote_cs=False),
                                                text(html, "html", charset="utf-8", cte="quoted-printable", quote_cs=False)], b))


# ---------------------------------------------------------------- STORE-246  human iPhone (pt)
@mail("246c", datetime(2024, 7, 24, 16, 30, 5, tzinfo=WEST), "iphone-fechar-pedido",
      mid="<E7D0B3A1-6C4F-4E28-9A51-3B8D2F7C0E94@pt.rsnl.nl>", issue=246, vid="31702", event="closed",
      product="iPhone Mail", kind="human", lang="pt",
      note="Coordinator on iPhone Mail, European Portuguese, top-posted: switch replaced on Tuesday, no complaints since, 'vamos fechar a avaria #31702' -> closed; pt-PT iOS attribution line")
def _(m):
    x = I(246)
    d = x["dt"].astimezone(WEST)
    body = """Olá Sam,

O switch da loja Porto Santa Catarina foi substituído na terça-feira e desde então não voltou a apitar. Como não recebemos mais nenhuma reclamação da loja, vamos fechar a avaria #31702 do nosso lado.

Obrigada,
Ana Sousa
RSNL Portugal

Enviado do meu iPhone

> A %02d/%02d/%d, às %02d:%02d, StoreDesk <helpdesk@ops.storedesk.example> escreveu:
> 
> \ufeff%s""" % (d.day, d.month, d.year, d.hour, d.minute, quote(orig_body(246))[2:])
    h = [("Return-Path", "<ana.sousa@pt.rsnl.nl>"),
         received("mail-qt1-f178.google.com", "209.85.160.178", m["dt"]),
         authres("pt.rsnl.nl"),
         dkim("pt.rsnl.nl", "google", m["key"]),
         ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "quoted-printable"),
         ("From", addr("Ana Sousa", "ana.sousa@pt.rsnl.nl")),
         ("Mime-Version", "1.0 (1.0)"),
         ("Subject", ew("Re: " + x["subject"], "Q")),
         ("Date", date(m["dt"])),
         ("Message-Id", m["mid"]),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("To", addr(US_NAME, US)),
         ("X-Mailer", "iPhone Mail (21F90)")]
    return hdr_bytes(h) + b"\r\n" + enc_qp(body, "utf-8")


# ---------------------------------------------------------------- trap: relationship survey (Qualtrics)
@mail("survey", datetime(2024, 7, 24, 8, 30, 0, tzinfo=UTC), "qualtrics-survey",
      mid="<20240724083000.QM_2a7Bq9xZ4kLm1Ns@qemailserver.com>", issue=None, vid=None, event="ignore",
      product="Qualtrics survey", kind="trap", lang="nl",
      note="Half-yearly customer-satisfaction survey on behalf of RSNL (hosted survey platform), not tied to any ticket; survey and distribution ids look like ticket ids")
def _(m):
    link = "https://rsnl.eu.qualtrics.com/jfe/form/SV_3xQ7bN2kLm9pRtV?Q_DL=EMD_a1B2c3D4e5F6g7H_3xQ7bN2kLm9pRtV_CGC_4kP2sW8vYq1ZrXn&Q_CHL=email"
    txt = """Beste relatie,

Twee keer per jaar vragen wij onze klanten hoe tevreden zij zijn over de dienstverlening van RSNL. Wilt u ons helpen door een korte vragenlijst in te vullen? Het kost ongeveer 3 minuten.

Start de vragenlijst: %s

Uw antwoorden worden vertrouwelijk verwerkt en gebruikt om onze service te verbeteren. De vragenlijst is open tot en met 9 augustus 2024.

Alvast hartelijk dank!

Hanneke de Groot
Accountmanager, RSNL Retail Services B.V.

Wilt u geen uitnodigingen meer ontvangen? Afmelden: https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&RID=CGC_4kP2sW8vYq1ZrXn
""" % link
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><div style="max-width:600px">'
            '<p>Beste relatie,</p><p>Twee keer per jaar vragen wij onze klanten hoe tevreden zij zijn over de dienstverlening van RSNL. '
            'Wilt u ons helpen door een korte vragenlijst in te vullen? Het kost ongeveer 3 minuten.</p>'
            '<p><a href="%s" style="background:#00557f;color:#fff;padding:10px 20px;text-decoration:none">Start de vragenlijst</a></p>'
            '<p>Uw antwoorden worden vertrouwelijk verwerkt en gebruikt om onze service te verbeteren. De vragenlijst is open tot en met 9 augustus 2024.</p>'
            '<p>Alvast hartelijk dank!</p><p>Hanneke de Groot<br>Accountmanager, RSNL Retail Services B.V.</p>'
            '<p style="font-size:11px;color:#999"><a href="https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&amp;RID=CGC_4kP2sW8vYq1ZrXn">Afmelden</a></p>'
            '</div></body></html>\n') % esc(link)
    h = [("Return-Path", "<bounce+SV_3xQ7bN2kLm9pRtV@qemailserver.com>"),
         received("smtp-fra1-12.qemailserver.com", "162.247.216.112", m["dt"]),
         authres("qemailserver.com"),
         dkim("qemailserver.com", "q1", m["key"]),
         ("From", addr("RSNL Klanttevredenheid", "noreply@qemailserver.com")),
         ("Reply-To", "klantenservice@rsnl.nl"),
         ("To", US),
         ("Subject", ew("Hoe tevreden bent u over RSNL? Uw mening telt (± 3 minuten)", "Q", "UTF-8")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("List-Unsubscribe", "<https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true&RID=CGC_4kP2sW8vYq1ZrXn>"),
         ("X-Mailer", "Qualtrics Mailer"),
         ("Precedence", "bulk")]
    b = "----=_Part_" + str(int(hx(m["key"], 10), 16))
    return message(h, multipart("alternative", [text(txt, charset="UTF-8"), text(html, "html", charset="UTF-8")], b))


# ---------------------------------------------------------------- STORE-225  OneDesk (en)
def onedesk_message(m, subj, inner):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Open Sans',Arial,sans-serif;font-size:13px;color:#333;background:#f0f2f5">
<div style="max-width:620px;margin:16px auto;background:#fff;border-radius:4px;overflow:hidden">
<div style="background:#2d3e50;color:#fff;padding:12px 18px;font-size:15px">RSNL Support</div>
<div style="padding:18px">%s</div>
<div style="padding:10px 18px;font-size:11px;color:#98a2ad;border-top:1px solid #e6e9ee">Reply to this email to add a comment to your ticket, or view it in the
<a href="https://rsnl.onedesk.com/customer-portal/tickets/3381">customer portal</a>.<br>Powered by OneDesk</div>
</div></body></html>
""" % inner
    h = [("Return-Path", "<bounces@mail.onedesk.com>"),
         received("mail.onedesk.com", "168.245.33.20", m["dt"]),
         authres("onedesk.com", spf_domain="mail.onedesk.com"),
         dkim("onedesk.com", "s1", m["key"]),
         ("From", addr("RSNL Support", "rsnl-support@mail.onedesk.com")),
         ("Reply-To", "rsnl-support+ticket-3381@mail.onedesk.com"),
         ("To", US),
         ("Subject", ew(subj, "B", "UTF-8")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("X-SG-EID", "u001." + b64id(m["key"], 36).replace("/", "q").replace("+", "z"))]
    return message(h, text(html, "html", charset="UTF-8", cte="quoted-printable"))


@mail("225a", datetime(2024, 7, 25, 7, 1, 9, tzinfo=UTC), "onedesk-ticket-created",
      mid="<od.ticket.3381.created.1721890869@mail.onedesk.com>", issue=225, vid="3381", event="acknowledged",
      product="OneDesk", kind="product", lang="en",
      note="OneDesk ticket-created auto-reply, hosted (mail.onedesk.com, SendGrid), HTML only, subject 'Ticket #3381 created: <our subject>', no threading")
def _(m):
    x = I(225)
    inner = ("<p>Hi StoreDesk,</p><p>We've received your request and created ticket <b>#3381</b>. Our team will get back to you soon.</p>"
             '<table cellpadding="5" style="font-size:13px;border:1px solid #e6e9ee"><tr><td style="color:#777">Ticket</td><td>#3381</td></tr>'
             '<tr><td style="color:#777">Name</td><td>%s</td></tr><tr><td style="color:#777">Status</td><td>New</td></tr>'
             '<tr><td style="color:#777">Priority</td><td>High</td></tr></table>') % esc(x["subject"])
    return onedesk_message(m, "Ticket #3381 created: %s" % x["subject"], inner)


@mail("225c", datetime(2024, 7, 31, 16, 44, 50, tzinfo=UTC), "onedesk-status-closed",
      mid="<od.ticket.3381.status.1722444290@mail.onedesk.com>", issue=225, vid="3381", event="closed",
      product="OneDesk", kind="product", lang="en",
      note="OneDesk status-change notice Resolved -> Closed; the agent renamed the ticket (tag dropped), so the issue is only findable from title 'UPS alarm in server cupboard' + store 'Amsterdam Centraal' (title also matches STORE-255 Antwerpen)")
def _(m):
    inner = ("<p>Hi StoreDesk,</p><p>The status of your ticket <b>#3381</b> &ldquo;UPS alarm in server cupboard &ndash; Amsterdam Centraal&rdquo; "
             "has changed from <b>Resolved</b> to <b>Closed</b>.</p>"
             "<p><i>Latest comment by Joost van Leeuwen:</i><br>Battery pack of the UPS replaced on 26 July, self-test passed, alarm cleared. "
             "No further alarms reported in the last 5 days, so we are closing this ticket.</p>")
    return onedesk_message(m, "Ticket #3381 status changed to Closed", inner)


# ---------------------------------------------------------------- STORE-226  Libredesk (en)
@mail("226u", datetime(2024, 7, 26, 11, 30, 18, tzinfo=CEST), "libredesk-agent-reply",
      mid="<0190ee6b-7a21-7c3d-9e45-b2f1a8c4d6e0@rsnl.nl>", issue=226, vid="1342", event="update",
      product="Libredesk", kind="product", lang="en",
      note="Libredesk agent reply from the shared inbox, threaded to our mail (keeps our subject), asks the store to try a fix; conversation reference #1342 only in the footer; KB-1043 and page numbers as decoys")
def _(m):
    x = I(226)
    body = """Hi Sam,

A scanner that beeps but sends nothing to the till is almost always set to the wrong interface mode (USB-COM instead of USB-HID) - this can happen after a firmware update.

Could the store in Utrecht Hoog Catharijne scan the "USB HID Keyboard" barcode on page 4 of the quick start guide (also in our knowledge base, article KB-1043) and let us know whether that fixes it? If not, we will send a replacement scanner the same day.

Kind regards,
Tom Peeters
RSNL Support
"""
    foot = "Conversation #1342 - reply to this e-mail to continue."
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#18181b">' + paras_html(body) +
            '</div><p style="font-size:12px;color:#a1a1aa">' + esc(foot) + "</p></body></html>\n")
    h = [("Return-Path", "<support@rsnl.nl>"),
         received("smtp-out1.rsnl.nl", "185.48.112.21", m["dt"]),
         authres("rsnl.nl"),
         dkim("rsnl.nl", "so2023", m["key"]),
         ("From", addr("RSNL Support", "support@rsnl.nl")),
         ("To", addr(US_NAME, US)),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("In-Reply-To", x["message_id"]),
         ("References", x["message_id"])]
    b = hx(m["key"], 30)
    return message(h, multipart("alternative", [text(body + "\n-- \n" + foot + "\n", charset="utf-8", quote_cs=False),
                                                text(html, "html", charset="utf-8", quote_cs=False)], b))


# ---------------------------------------------------------------- STORE-224  human Gmail for Android (es)
@mail("224u", datetime(2024, 7, 26, 18, 20, 44, tzinfo=CEST), "gmail-android-todavia-no",
      mid="<CAKp3m9w1xQf7ZtU2bN0rL8eYh5JsA4dVg6cT1oWnE3iPq+Rk2w@mail.gmail.com>", issue=224, vid="MAD/24/0771",
      event="update", product="Gmail for Android", kind="human", lang="es",
      note="Technician on Gmail for Android, Spanish, short top-post: 'todavía no está resuelto', base station arrives Tuesday 30th; ticket stays open")
def _(m):
    x = I(224)
    d = x["dt"]
    reply = """Hola Sam, te pongo al día: todavía no está resuelto. Las etiquetas del pasillo 3 siguen en blanco porque falla la estación base; la nueva llega el martes 30 y la instalamos ese mismo día. Seguimos con la incidencia MAD/24/0771 abierta.

Un saludo, Pablo
"""
    attrib = "El %s, %d %s %d, %d:%02d, StoreDesk <%s> escribió:" % (
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][d.weekday()], d.day,
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago"][d.month - 1], d.year, d.hour, d.minute, US)
    txt = reply + "\n" + attrib + "\n\n" + quote(orig_body(224))
    html = ('<div dir="auto">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>\n') % (
        "<div dir=\"auto\"><br></div>".join(esc(p) for p in reply.strip().split("\n\n")), esc(attrib), orig_html(224))
    h = [("Return-Path", "<pablo.ruiz@es.rsnl.nl>"),
         received("mail-sor-f69.google.com", "209.85.220.69", m["dt"], proto="SMTPS"),
         authres("es.rsnl.nl"),
         dkim("es.rsnl.nl", "google", m["key"]),
         ("MIME-Version", "1.0"),
         ("References", x["message_id"]),
         ("In-Reply-To", x["message_id"]),
         ("From", addr("Pablo Ruiz", "pablo.ruiz@es.rsnl.nl")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Subject", ew("Re: " + x["subject"], "Q", "UTF-8")),
         ("To", addr(US_NAME, US))]
    b = "000000000000" + hx(m["key"], 16)
    return message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b))


# ---------------------------------------------------------------- STORE-255  Facilitor (nl-BE)
@mail("255u", datetime(2024, 7, 29, 9, 15, 2, tzinfo=CEST), "facilitor-wijziging-melding",
      mid="<FCLT.melding.7731.20240729091502@rsnl.facilitor.nl>", issue=255, vid="7731", event="update",
      product="Facilitor", kind="product", lang="nl",
      note="Facilitor (hosted) change notice for melding 7731, Flemish Dutch: status Ingepland, visit Monday 5 August 07:30; no STORE tag and no threading: title 'UPS alarm in server cupboard' (shared with STORE-225) + store 'Antwerpen Meir'; battery part number as noise")
def _(m):
    rows = [("Melding", "7731"), ("Omschrijving", "UPS alarm in server cupboard"), ("Locatie", "Antwerpen Meir"),
            ("Status", "Ingepland"), ("Geplande datum", "maandag 5 augustus 2024, 07:30"), ("Uitvoerder", "RSNL Field Service BE"),
            ("Opmerking", "Batterijset voor de UPS (APC RBC7) besteld; vervanging ingepland vóór de opening van de winkel.")]
    txt = "Beste StoreDesk,\n\nEr is een wijziging op uw melding.\n\n" + "\n".join("%s: %s" % r for r in rows) + \
        "\n\nU kunt uw melding opvolgen via https://rsnl.facilitor.nl/appl/mld/mld_melding.asp?mld_key=7731\n\nMet vriendelijke groeten,\nRSNL Servicedesk België\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial;font-size:10pt"><p>Beste StoreDesk,</p><p>Er is een wijziging op uw melding.</p><table>' +
            "".join('<tr><td style="padding-right:12px;color:#666">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows) +
            '</table><p>U kunt uw melding opvolgen via <a href="https://rsnl.facilitor.nl/appl/mld/mld_melding.asp?mld_key=7731">Facilitor</a>.</p>'
            '<p>Met vriendelijke groeten,<br>RSNL Servicedesk België</p></body></html>\n')
    h = [("Return-Path", "<noreply@facilitor.nl>"),
         received("mail.facilitor.nl", "212.123.240.17", m["dt"]),
         authres("facilitor.nl"),
         ("From", addr("RSNL Servicedesk België", "noreply@facilitor.nl")),
         ("Reply-To", "servicedesk@be.rsnl.nl"),
         ("To", US),
         ("Subject", "Wijziging melding 7731: UPS alarm in server cupboard - Antwerpen Meir"),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("X-Mailer", "Facilitor"),
         ("Auto-Submitted", "auto-generated")]
    b = "_FCLT_" + hx(m["key"], 24)
    return message(h, multipart("alternative", [text(txt), text(html, "html")], b))


# ---------------------------------------------------------------- STORE-227  SunView ChangeGear (en)
def changegear_message(m, subj, heading, rows, refs=None):
    x = I(227)
    trs = "".join('<tr><td style="padding:5px 10px;background:#eef3f8;font-weight:bold;width:130px">%s</td>'
                  '<td style="padding:5px 10px">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Tahoma,Arial,sans-serif;font-size:13px;color:#222">
<p style="font-size:15px"><b>%s</b></p>
<table cellspacing="1" style="font-size:13px;background:#d6dee6">%s</table>
<p>You can view this incident in the <a href="https://changegear.rsnl.nl/ChangeGear/SelfService/Incident/20415">Self Service portal</a>.
To add a comment, reply to this message and keep [INC:20415] in the subject.</p>
<p style="color:#888;font-size:11px">This notification was generated by ChangeGear Service Desk.</p>
</body></html>
""" % (esc(heading), trs)
    h = [("Return-Path", "<servicedesk@nl.rsnl.nl>"),
         received("changegear.rsnl.nl", "185.48.112.77", m["dt"]),
         authres("nl.rsnl.nl"),
         ("From", addr("RSNL ServiceDesk", "servicedesk@nl.rsnl.nl")),
         ("To", US),
         ("Subject", ew(subj, "B")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"])]
    if refs:
        h += [("References", refs)]
    h += [("X-Mailer", "ChangeGear Notification Service"), ("Auto-Submitted", "auto-generated")]
    return message(h, text(html, "html", cte="quoted-printable"))


@mail("227r", datetime(2024, 7, 29, 16, 0, 33, tzinfo=CEST), "changegear-incident-resolved",
      mid="<CG.Incident.20415.Resolved.638578656337@changegear.rsnl.nl>", issue=227, vid="20415", event="resolved",
      product="SunView ChangeGear", kind="product", lang="en",
      note="ChangeGear incident notification 'Incident 20415 [INC:20415] ... - Resolved', HTML only with field table; BIOS version and soak-test hours as noise")
def _(m):
    x = I(227)
    rows = [("Incident", "20415"), ("Summary", x["subject"]), ("Status", "Resolved"), ("Assigned To", "Mark Visser"),
            ("Resolution", "Replaced the power supply of till 2 and updated the BIOS to version 1.21; 72-hour soak test without a reboot.")]
    return changegear_message(m, "Incident 20415 [INC:20415] %s - Resolved" % x["subject"],
                              "Incident 20415 has been resolved.", rows)


@mail("227u", datetime(2024, 8, 1, 8, 55, 12, tzinfo=CEST), "changegear-incident-reopened",
      mid="<CG.Incident.20415.Reopened.638581125121@changegear.rsnl.nl>", issue=227, vid="20415", event="update",
      product="SunView ChangeGear", kind="product", lang="en",
      note="ChangeGear 'Reopened' notification after the store reported new reboots - a reopen is an update, not a new ticket; date 31-07 and 2 August visit in the text")
def _(m):
    x = I(227)
    rows = [("Incident", "20415"), ("Summary", x["subject"]), ("Status", "Reopened"), ("Reopened By", "Mark Visser"),
            ("Comment", "Store reports till 2 rebooted twice on 31-07 during the lunch peak. We will check the mains socket "
                        "and the UPS output on site on Friday 2 August.")]
    return changegear_message(m, "Incident 20415 [INC:20415] %s - Reopened" % x["subject"],
                              "Incident 20415 has been reopened.", rows, refs=mid_of("227r"))


# ---------------------------------------------------------------- trap: meeting invitation (Exchange)
def ics_fold(lines):
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while b:
            lim = 75 if first else 74
            cut = min(lim, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
    return "\n".join(out) + "\n"


@mail("invite", datetime(2024, 7, 30, 14, 5, 27, tzinfo=CEST), "exchange-meeting-invite",
      mid="<AM0PR07MB6195B2C4D8E1F3A5C7E9B1D3F5A7C9E1@AM0PR07MB6195.eurprd07.prod.outlook.com>", issue=None, vid=None,
      event="ignore", product="Outlook meeting request (text/calendar)", kind="trap", lang="nl",
      note="Quarterly service-review meeting request (text/calendar METHOD:REQUEST) from RSNL's account manager; the agenda names STORE-227 and STORE-248 and RSNL ticket numbers, but an invitation is not a ticket event")
def _(m):
    desc = ("Hoi Sam,\n\nZoals besproken plannen we het kwartaaloverleg over onze dienstverlening.\n\nAgenda:\n"
            "1. SLA-rapportage Q2 (reactie- en oplostijden)\n"
            "2. Openstaande meldingen, o.a. STORE-227 (herhaalde reboots kassa 2 Rotterdam, incident 20415) en STORE-248 (software-update Madrid, MAD/24/0803)\n"
            "3. Planning firmware-uitrol kaartlezers (2.14)\n4. Rondvraag\n\nGroet,\nHanneke")
    txt = desc + "\n\n________________________________________________________________________________\n" \
        "Microsoft Teams-vergadering\nDeelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ2@thread.v2/0\n" \
        "Vergadering-id: 382 915 774 06\nWachtwoord: Yt7Kq2\n________________________________________________________________________________\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + paras_html(desc) +
            '<hr><p><b>Microsoft Teams-vergadering</b><br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ2@thread.v2/0">Nu deelnemen</a><br>'
            'Vergadering-id: 382 915 774 06<br>Wachtwoord: Yt7Kq2</p></div></body></html>\n')
    esc_desc = desc.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Hanneke de Groot:mailto:hanneke.degroot@rsnl.nl",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:helpdesk@ops.storedesk.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mark Visser:mailto:mark.visser@rsnl.nl",
        "DESCRIPTION;LANGUAGE=nl-NL:" + esc_desc,
        "UID:040000008200E00074C5B7101A82E0080000000071C4B2A7E9E2DA01000000000000000010000000" + hxu(m["key"], 32),
        "SUMMARY;LANGUAGE=nl-NL:Kwartaaloverleg service StoreDesk / RSNL (Q3)",
        "DTSTART;TZID=W. Europe Standard Time:20240808T100000",
        "DTEND;TZID=W. Europe Standard Time:20240808T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20240730T120527Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2122449375",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    cal = text(ics, "calendar", charset="utf-8", cte="base64", ct_extra="; method=REQUEST")
    h = [("Return-Path", "<hanneke.degroot@rsnl.nl>"),
         received("EUR02-VE1-obe.outbound.protection.outlook.com", "40.107.14.55", m["dt"]),
         authres("rsnl.nl"),
         ("From", addr("Hanneke de Groot", "hanneke.degroot@rsnl.nl")),
         ("To", addr("StoreDesk", US)),
         ("CC", addr("Mark Visser", "mark.visser@rsnl.nl")),
         ("Subject", "Kwartaaloverleg service StoreDesk / RSNL (Q3)"),
         ("Thread-Topic", "Kwartaaloverleg service StoreDesk / RSNL (Q3)"),
         ("Thread-Index", thread_index(m["key"])),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Accept-Language", "nl-NL, en-US"),
         ("Content-Language", "nl-NL"),
         ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAABxxLKn6eLaAQAAAAAAAAAAEAAAA" + hxu(m["key"] + "s", 16)),
         ("x-ms-publictraffictype", "Email")]
    b = "_000_" + m["mid"][1:33] + "_"
    return message(h, multipart("alternative", [text(txt, cte="quoted-printable"), text(html, "html", cte="quoted-printable"), cal], b))


# ---------------------------------------------------------------- trap: invoice (Exact Online)
def tiny_pdf(title):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"]
    stream = "BT /F1 14 Tf 60 780 Td (%s) Tj ET" % title
    objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offs = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


@mail("invoice", datetime(2024, 8, 1, 5, 30, 0, tzinfo=UTC), "exact-online-factuur",
      mid="<EOL.Factuur.2024-10877.638580946000@mail.exactonline.nl>", issue=None, vid=None, event="ignore",
      product="Exact Online invoice", kind="trap", lang="nl",
      note="RSNL invoice (Exact Online, PDF attachment) whose specification lists work done under request 48213 (SSD till 3 Amsterdam Centraal) - money, invoice, contract and ticket numbers, but not a ticket event")
def _(m):
    body = """Geachte relatie,

Bijgaand ontvangt u factuur 2024-10877 d.d. 01-08-2024.

Specificatie:
- Servicecontract SC-2291, periode juli 2024: EUR 3.950,00
- Werkzaamheden buiten contract: vervanging SSD kassa 3 Amsterdam Centraal (verzoek 48213): EUR 212,40
- Voorrijkosten 3x: EUR 186,00

Totaal excl. btw: EUR 4.348,40
Totaal incl. 21% btw: EUR 5.261,56
Vervaldatum: 31-08-2024

Wij verzoeken u het bedrag voor de vervaldatum over te maken op IBAN NL91 ABNA 0417 1643 00 t.n.v. RSNL Retail Services B.V., onder vermelding van het factuurnummer.

Met vriendelijke groet,

RSNL Retail Services B.V.
Financiële administratie
facturatie@rsnl.nl
"""
    parts = [text(body, charset="utf-8", cte="quoted-printable"),
             binary("application/pdf", tiny_pdf("RSNL Retail Services B.V. - Factuur 2024-10877"), "Factuur_2024-10877.pdf")]
    h = [("Return-Path", "<noreply@exactonline.nl>"),
         received("smtp12.exactonline.nl", "185.94.229.12", m["dt"]),
         authres("rsnl.nl", spf_domain="exactonline.nl"),
         dkim("rsnl.nl", "exact", m["key"]),
         ("Sender", "noreply@exactonline.nl"),
         ("From", addr("RSNL Facturatie", "facturatie@rsnl.nl")),
         ("To", addr("StoreDesk crediteurenadministratie", US)),
         ("Subject", "Factuur 2024-10877 van RSNL Retail Services B.V."),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("X-Mailer", "Exact Online")]
    b = "----=_NextPart_EOL_" + hxu(m["key"], 16)
    return message(h, multipart("mixed", parts, b))


# ---------------------------------------------------------------- trap: cold sales e-mail from a competitor
@mail("coldsales", datetime(2024, 8, 2, 10, 12, 36, tzinfo=CEST), "cold-sales-competitor",
      mid="<CAF9hX2qV7mZp0Rk4sL1nBt8yWc3jD6eUa5oGi9fQw2xT+Ev7Hg@mail.gmail.com>", issue=None, vid=None, event="ignore",
      product="Gmail (cold sales mail)", kind="trap", lang="nl",
      note="Cold sales mail from a competitor with a fake 'Re:' subject about POS faults; no threading; lots of numbers (4.821 faults, 92%, 4 hours, phone)")
def _(m):
    reply = """Goedemorgen,

Ik mail u even omdat retailketens zoals de uwe vaak met meerdere leveranciers voor kassa's, pinterminals en netwerk werken. Dat kan eenvoudiger.

Vorig jaar losten onze monteurs 4.821 kassastoringen op, 92% daarvan binnen 4 uur, in heel Nederland en België. Eén aanspreekpunt, één ticketnummer, één factuur.

Zullen we volgende week 15 minuten bellen? Ik ben bereikbaar op 06 2873 1190.

Met vriendelijke groet,

Martijn Koster
Accountmanager Retail | Kassa Service Nederland
www.kassaservice-nederland.nl

Geen interesse? Laat het me weten, dan mail ik u niet meer.
"""
    html = '<div dir="ltr">' + "<br>".join(esc(l) for l in reply.strip().split("\n")) + "</div>\n"
    h = [("Return-Path", "<m.koster@kassaservice-nederland.nl>"),
         received("mail-wm1-f44.google.com", "209.85.128.44", m["dt"]),
         authres("kassaservice-nederland.nl"),
         dkim("kassaservice-nederland.nl", "google", m["key"]),
         ("MIME-Version", "1.0"),
         ("From", addr("Martijn Koster", "m.koster@kassaservice-nederland.nl")),
         ("Date", date(m["dt"])),
         ("Message-ID", m["mid"]),
         ("Subject", "Re: storingen kassasystemen"),
         ("To", US)]
    b = "000000000000" + hx(m["key"], 16)
    return message(h, multipart("alternative", [text(reply, charset="UTF-8", quote_cs=False),
                                                text(html, "html", charset="UTF-8", quote_cs=False)], b))

# ====================================================================== checks and output
def strip_html(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    for a, b in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&"),
                 ("&ndash;", "-"), ("&rarr;", "->"), ("&rArr;", "=>"), ("&middot;", "."), ("&copy;", "(c)")):
        s = s.replace(a, b)
    return s


def check(m, data, sent_ids, seen_ids, prev_dt):
    errs = []
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    if b"\r" in data.replace(b"\r\n", b""):
        errs.append("bare CR")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("line over 998 octets")
            break
    head = data.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        errs.append("non-ASCII in top-level headers")
    msg = message_from_bytes(data, policy=policy.default)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header %s defects %r" % (k, v.defects))
        raw_hdr = part.as_bytes().split(b"\n\n", 1)[0] if part is not msg else b""
        try:
            raw_hdr.decode("ascii")
        except UnicodeDecodeError:
            errs.append("non-ASCII part headers")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True)
            try:
                t = payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("text part does not decode as %s: %s" % (cs, e))
                continue
            texts.append(strip_html(t) if part.get_content_subtype() == "html" else t)
    hdrtext = " ".join(str(v) for k, v in msg.items())
    alltext = hdrtext + "\n" + "\n".join(texts)
    flat = re.sub(r"\s+", " ", alltext)
    dt = msg["Date"].datetime
    if dt is None:
        errs.append("unparseable Date")
    else:
        if prev_dt is not None and not dt > prev_dt:
            errs.append("Date not strictly increasing")
        if m["issue"]:
            if not dt > I(m["issue"])["dt"]:
                errs.append("Date not later than issue's sent date")
    mid = str(msg["Message-ID"]).strip()
    if mid != m["mid"]:
        errs.append("Message-ID mismatch %s" % mid)
    if mid in sent_ids or mid in seen_ids:
        errs.append("duplicate Message-ID")
    if m["event"] == "ignore":
        if m["issue"] or m["vid"]:
            errs.append("ignore mail with issue/vid")
    else:
        x = I(m["issue"])
        refs = (str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", "")))
        findable = (x["issue_ref"] in flat or x["message_id"] in refs or
                    (x["title"].lower() in flat.lower() and x["store"].lower() in flat.lower()))
        if not findable:
            errs.append("issue not findable")
        if m["vid"] and m["vid"] not in flat:
            errs.append("vendor id %s not in mail" % m["vid"])
        for other in ISSUES.values():
            if other["issue_ref"] != x["issue_ref"] and re.search(re.escape(other["issue_ref"]) + r"(?!\d)", flat):
                errs.append("mentions another issue %s" % other["issue_ref"])
    return errs, dt, mid


def run():
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    sent_ids = set()
    for f in (INPUT / "sent").glob("*.eml"):
        sent_ids.add(str(message_from_bytes(f.read_bytes(), policy=policy.default)["Message-ID"]).strip())
    mails = sorted(MAILS, key=lambda m: m["dt"])
    keys = [m["key"] for m in mails]
    assert len(keys) == len(set(keys)), "duplicate keys"
    seen, prev, failures, expected = set(), None, 0, []
    for i, m in enumerate(mails, 1):
        m["file"] = "%02d-%s.eml" % (i, m["slug"])
    for m in mails:
        data = m["build"](m)
        errs, dt, mid = check(m, data, sent_ids, seen, prev)
        seen.add(mid)
        prev = dt
        (HERE / m["file"]).write_bytes(data)
        if errs:
            failures += 1
            print("FAIL %s: %s" % (m["file"], "; ".join(errs)))
        expected.append({"file": m["file"], "issue_ref": ("STORE-%d" % m["issue"]) if m["issue"] else None,
                         "vendor_ticket_id": m["vid"], "event": m["event"], "note": "%s; %s; %s" % (m["product"], m["lang"], m["note"])})
    (HERE / "expected.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in expected), encoding="utf-8")
    write_readme(mails)
    counts = {}
    for m in mails:
        counts[m["event"]] = counts.get(m["event"], 0) + 1
    print("%d mails written, %d failing; events: %s" % (len(mails), failures, counts))
    return failures


def write_readme(mails):
    ev, lang, kinds, products = {}, {}, {}, {}
    for m in mails:
        ev[m["event"]] = ev.get(m["event"], 0) + 1
        for l in m["lang"].split("+"):
            lang[l] = lang.get(l, 0) + 1
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        if m["kind"] == "product":
            products[m["product"]] = products.get(m["product"], 0) + 1
    names = {"en": "English", "nl": "Dutch", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian"}
    out = ["# blind11 - held-out mail corpus for StoreDesk's RSNL mail triage", "",
           "60 realistic mails arriving in `helpdesk@ops.storedesk.example`: replies from RSNL's helpdesk /",
           "ITSM / field-service / CMMS / CRM products and from RSNL staff in many mail clients, plus traps.",
           "They answer the 60 messages in `input/sent/` (issues STORE-201 ... STORE-260, see `input/issues.json`).", "",
           "## How to run", "",
           "    python3 make.py", "",
           "Python 3.11, standard library only, deterministic. It deletes old `NN-*.eml`, writes `01-...eml` ... `60-...eml`,",
           "`expected.jsonl` (one object per mail, in file order) and this README, and checks every mail while writing:",
           "CRLF only; ASCII-only headers (RFC 2047 for anything else); every line under 998 octets; no defects from",
           "`email.message_from_bytes(data, policy=email.policy.default)` on any part or header; every text part decodes",
           "strictly with its declared charset; Date headers strictly increasing in file order and later than the `sent`",
           "date of the issue concerned; Message-IDs unique (also against `input/sent/`); every non-ignore mail names its",
           "issue by tag, threading header, or title+store; the expected vendor id literally occurs in the decoded mail;",
           "no other STORE tag appears in a non-ignore mail. It prints `FAIL ...` lines and exits 1 if a check fails.", "",
           "`expected.jsonl` fields: `file`, `issue_ref` (STORE-n or null), `vendor_ticket_id` (RSNL's id exactly as",
           "written, or null when the message does not state it), `event` (acknowledged / update / resolved / closed /",
           "ignore), `note` (product or client imitated; language; what makes the mail tricky).", "",
           "## Counts", "",
           "| event | mails |", "|---|---|"]
    for e in ("acknowledged", "update", "resolved", "closed", "ignore"):
        out.append("| %s | %d |" % (e, ev.get(e, 0)))
    out += ["", "| language | mails (a bilingual mail counts for both) |", "|---|---|"]
    for l, c in sorted(lang.items(), key=lambda kv: -kv[1]):
        out.append("| %s | %d |" % (names.get(l, l), c))
    out += ["", "Kinds: %d helpdesk-product notifications (%d distinct products), %d human replies, %d traps." % (
        kinds.get("product", 0), len(products), kinds.get("human", 0), kinds.get("trap", 0)), "",
        "## Mails", "",
        "| file | product or client imitated | lang | event | issue_ref | vendor_ticket_id |", "|---|---|---|---|---|---|"]
    for m in mails:
        out.append("| %s | %s | %s | %s | %s | %s |" % (m["file"], m["product"], m["lang"], m["event"],
                                                       ("STORE-%d" % m["issue"]) if m["issue"] else "-", m["vid"] or "-"))
    out.append("")
    (HERE / "README.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(1 if run() else 0)
