#!/usr/bin/env python3
"""Generate the blind-5 corpus: 36 vendor (RSNL) e-mails as they arrive at StoreDesk.

Run:  python3 make.py      (writes *.eml, expected.jsonl, README.md next to this file)

Everything is deterministic (seeded RNG).  Messages are written as raw bytes with LF
line endings.  Each message is defined further down by a small function; the helpers
here only take care of MIME plumbing, RFC 2047 words and per-client quote headers.
"""
import base64
import html
import json
import os
import quopri
import random
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ISSUES = {i["issue_ref"]: i for i in json.load(open(os.path.join(CORPUS, "issues.json")))}
RNG = random.Random(20240705)

CEST = timezone(timedelta(hours=2))
WEST = timezone(timedelta(hours=1))
UTC = timezone.utc

SD_NAME, SD_ADDR = "StoreDesk", "helpdesk@ops.storedesk.example"
SUP_NAME, SUP_ADDR = "RSNL Support", "support@rsnl.nl"
SD = f"{SD_NAME} <{SD_ADDR}>"
SUP = f"{SUP_NAME} <{SUP_ADDR}>"

# --------------------------------------------------------------------------- ids


def rhex(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid(upper=False):
    h = rhex(32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def mid_exo(server="AM9PR08MB6548"):
    return f"<{server}{rhex(15, True)}@{server}.eurprd08.prod.outlook.com>"


def mid_gmail():
    return "<CA" + ralnum(3) + ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") + "@mail.gmail.com>"


def mid_apple(domain="rsnl.nl"):
    return f"<{ruuid(True)}@{domain}>"


def mid_tb(domain):
    return f"<{ruuid()}@{domain}>"


def mid_notes(domain="it.rsnl.nl"):
    return f"<OF{rhex(8, True)}.{rhex(8, True)}-ONC1258B5A.00{rhex(6, True)}-C1258B5A.00{rhex(6, True)}@{domain}>"


def mid_zimbra(dt, domain="fr.rsnl.nl"):
    ms = int(dt.timestamp() * 1000) + RNG.randrange(999)
    return f"<{RNG.randrange(10**8, 10**9)}.{RNG.randrange(10**5, 10**6)}.{ms}.JavaMail.zimbra@{domain}>"


def mid_roundcube(domain):
    return f"<{rhex(32)}@{domain}>"


def mid_yahoo(dt):
    ms = int(dt.timestamp() * 1000) + RNG.randrange(999)
    return f"<{RNG.randrange(10**9, 10**10)}.{RNG.randrange(10**6, 10**7)}.{ms}@mail.yahoo.com>"


def mid_proton(domain="partner.rsnl.nl"):
    return "<" + ralnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=@" + domain + ">"


def thread_index(parent=None):
    if parent is None:
        raw = bytes([1, 0xDA]) + bytes(RNG.randrange(256) for _ in range(20))
    else:
        raw = base64.b64decode(parent) + bytes(RNG.randrange(256) for _ in range(5))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------- dates

WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}


def at(m, d, H, M, tz=CEST, S=None):
    if S is None:
        S = RNG.randrange(60)
    return datetime(2024, m, d, H, M, S, tzinfo=tz)


def rfc(dt):
    return format_datetime(dt)


def rfc_exo(dt):
    """Exchange Online stamps Date in UTC without a leading zero on the day."""
    u = dt.astimezone(UTC)
    return u.strftime("%a, ") + str(u.day) + u.strftime(" %b %Y %H:%M:%S +0000")


def hm(dt):
    return dt.strftime("%H:%M")


def outlook_date(dt, lang, style="desktop"):
    w, d, mo, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    if lang == "en-gb":
        return f"{d:02d} {MO['en'][mo]} {y} {hm(dt)}"
    if lang == "en-us":
        h12 = dt.strftime("%I").lstrip("0")
        return f"{WD['en'][w]}, {MO['en'][mo]} {d}, {y} {h12}:{dt.strftime('%M')} {dt.strftime('%p')}"
    if lang == "nl":
        return f"{WD['nl'][w]} {d} {MO['nl'][mo]} {y} {hm(dt)}"
    if lang == "de":
        return f"{WD['de'][w]}, {d}. {MO['de'][mo]} {y} {hm(dt)}"
    if lang == "fr":
        return f"{WD['fr'][w]} {d} {MO['fr'][mo]} {y} {hm(dt)}"
    if lang == "es":
        return f"{WD['es'][w]}, {d} de {MO['es'][mo]} de {y} {dt.hour}:{dt.strftime('%M')}"
    if lang == "pt":
        return f"{WD['pt'][w]}, {d} de {MO['pt'][mo]} de {y} {hm(dt)}"
    if lang == "it":
        return f"{WD['it'][w]} {d} {MO['it'][mo]} {y} {hm(dt)}"
    raise KeyError(lang)


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
}
MAC_LABELS = {
    "en": ("From", "Date", "To", "Cc", "Subject"),
    "fr": ("De", "Date", "À", "Cc", "Objet"),
    "pt": ("De", "Data", "Para", "Cc", "Assunto"),
}


def mac_date(dt, lang):
    w, d, mo, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    if lang == "en":
        return f"{WD['en'][w]}, {d} {MO['en'][mo]} {y} at {hm(dt)}"
    if lang == "fr":
        return f"{WD['fr'][w]}, {d} {MO['fr'][mo]} {y} à {hm(dt)}"
    if lang == "pt":
        return f"{WD['pt'][w]}, {d} de {MO['pt'][mo]} de {y} às {hm(dt)}"
    raise KeyError(lang)


# --------------------------------------------------------------------------- RFC 2047


def _q_encode_char(ch, cs):
    out = []
    for b in ch.encode(cs):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(s, cs="utf-8", mode="B", label=None):
    """Encode a header text as one or more RFC 2047 encoded words (only if needed)."""
    if all(ord(c) < 128 for c in s):
        return s
    label = label or cs
    words, cur = [], ""
    if mode == "B":
        for ch in s:
            if len((cur + ch).encode(cs)) > 45:
                words.append(cur)
                cur = ""
            cur += ch
        words.append(cur)
        return "\n ".join(f"=?{label}?B?{base64.b64encode(w.encode(cs)).decode()}?=" for w in words)
    room = 75 - len(f"=?{label}?Q??=")
    for ch in s:
        e = _q_encode_char(ch, cs)
        if len(cur) + len(e) > room:
            words.append(cur)
            cur = ""
        cur += e
    words.append(cur)
    return "\n ".join(f"=?{label}?Q?{w}?=" for w in words)


def addr(name, email, cs="utf-8", mode="Q", label=None, quote=False):
    if not name:
        return f"<{email}>"
    if any(ord(c) > 127 for c in name):
        return f"{ew(name, cs, mode, label)} <{email}>"
    if quote:
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


# --------------------------------------------------------------------------- MIME


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (already folded)
        self.body = body  # bytes


def leaf(ctype, text, cs="utf-8", cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode(cs))
    elif cte == "base64":
        body = base64.encodebytes(text.encode(cs))
    else:  # 7bit / 8bit
        body = text.encode(cs)
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hdrs, body)


def raw_leaf(ctype, body_bytes, extra=()):
    return Part([f"Content-Type: {ctype}"] + list(extra), body_bytes)


def multipart(ctype, boundary, parts, preamble=b"", extra=()):
    out = bytearray(preamble)
    for p in parts:
        out += f"--{boundary}\n".encode()
        out += ("\n".join(p.headers) + "\n\n").encode()
        out += p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{boundary}--\n".encode()
    return Part([f'Content-Type: {ctype};\n\tboundary="{boundary}"'] + list(extra), bytes(out))


def message(headers, part, top_extra_last=()):
    """headers: list of (name, value) in order; MIME headers of `part` are appended."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines += part.headers
    lines += list(top_extra_last)
    return ("\n".join(lines) + "\n\n").encode() + part.body


def received(dt, from_host, from_ip, by="mx.ops.storedesk.example"):
    loc = dt.astimezone(CEST) + timedelta(seconds=RNG.randrange(2, 9))
    qid = ralnum(12, "BCDFGHJKLMNPQRSTVWXYZ0123456789bcdfghjklmnpqrstvwxyz")
    return ("Received", f"from {from_host} ({from_host} [{from_ip}])\n\tby {by} (Postfix) with ESMTPS id 4W{qid}\n"
                        f"\tfor <{SD_ADDR}>; {format_datetime(loc)} (CEST)")


# --------------------------------------------------------------------------- text helpers


def gt(text):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append("> " + line)
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed wrapping for the unquoted lines of a text."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        segs = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out += [s + " " for s in segs[:-1]] + [segs[-1]]
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    return text.strip("\n").split("\n\n")


def html_lines(text):
    return "<br>\n".join(esc(l) for l in text.split("\n"))


def addr_disp(a):
    return a


# ---------------------------------------------------------------- quoted headers


def outlook_block(entry, lang, date_lang=None, sep=False, tz=CEST, labels=None):
    lab = labels or OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    dl = date_lang or lang
    lines = []
    if sep:
        lines.append("________________________________")
    lines.append(f"{lab[0]}{colon} {entry['frm']}")
    lines.append(f"{lab[1]}{colon} {outlook_date(entry['dt'].astimezone(tz), dl)}")
    lines.append(f"{lab[2]}{colon} {entry['to']}")
    if entry.get("cc"):
        lines.append(f"{lab[3]}{colon} {entry['cc']}")
    lines.append(f"{lab[4]}{colon} {entry['subject']}")
    return "\n".join(lines)


def mac_block(entry, lang, tz=CEST):
    lab = MAC_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    lines = [f"{lab[0]}{colon} {entry['frm']}",
             f"{lab[1]}{colon} {mac_date(entry['dt'].astimezone(tz), lang)}",
             f"{lab[2]}{colon} {entry['to']}"]
    if entry.get("cc"):
        lines.append(f"{lab[3]}{colon} {entry['cc']}")
    lines.append(f"{lab[4]}{colon} {entry['subject']}")
    return "\n".join(lines)


OUTLOOK_CSS = """<style><!--
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
--></style>"""


def _mso_p(text, color=None):
    inner = html_lines(text)
    if color:
        inner = f'<span style="color:{color}">{inner}</span>'
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>'


def _mso_body(text, inline_tag=None):
    out = []
    for i, p in enumerate(paras(text)):
        if i:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        if inline_tag and p.startswith(inline_tag):
            out.append(_mso_p(p, "#C00000"))
        else:
            out.append(_mso_p(p))
    return "\n".join(out)


def outlook_html(reply, quoted=None, lang_attr="EN-GB", charset="utf-8", inline_tag=None):
    """reply: plain text.  quoted: (header_block_text, body_text) or None."""
    parts = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        OUTLOOK_CSS,
        "</head>",
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
        '<div class="WordSection1">',
        _mso_body(reply),
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
    ]
    if quoted:
        hdr, body = quoted
        hlines = [l for l in hdr.split("\n") if not l.startswith("____")]
        cells = []
        for l in hlines:
            k, _, v = l.partition(":")
            if k.endswith(" "):  # French "De :"
                cells.append(f"<b>{esc(k)}:</b>{esc(v)}")
            else:
                cells.append(f"<b>{esc(k)}:</b>{esc(v)}")
        parts += [
            '<div id="mail-editor-reference-message-container">',
            '<div>',
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            '<p class="MsoNormal" style="margin-bottom:12.0pt">' + "<br>\n".join(cells) + "<o:p></o:p></p>",
            "</div>",
            "</div>",
            _mso_body(body, inline_tag),
            "</div>",
        ]
    parts += ["</div>", "</body>", "</html>", ""]
    return "\n".join(parts)


def gmail_html(reply, attrib, quoted_text):
    rp = "".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in paras(reply))
    return (f'<div dir="ltr">{rp}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(quoted_text)}</blockquote></div>\n')


def simple_html(reply, quote_html="", font="Arial, sans-serif"):
    rp = "".join(f"<p>{html_lines(p)}</p>" for p in paras(reply))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body><div style="font-family: {font}; font-size: 12pt;">{rp}</div>{quote_html}</body></html>\n')


# --------------------------------------------------------------------------- thread data


def sent_body(n):
    raw = open(os.path.join(CORPUS, "sent", f"store-{n}.eml"), "rb").read()
    return message_from_bytes(raw).get_payload(decode=True).decode("utf-8").strip("\n")


def orig(n):
    i = ISSUES[f"STORE-{n}"]
    return dict(frm=SD, to=SUP, cc=None, subject=i["subject"], msgid=i["message_id"],
                dt=parsedate_to_datetime(i["sent"]), body=sent_body(n), refs=[])


def title(n):
    return ISSUES[f"STORE-{n}"]["subject"]


def refs_of(entry):
    return entry.get("refs", []) + [entry["msgid"]]


def fold_refs(ids):
    return "\n ".join(ids)


def ours(n, dt, to, body, subject=None, parent=None, cc=None, tag=None):
    """One of our own follow-ups (not a corpus file; only quoted or referenced)."""
    return dict(frm=SD, to=to, cc=cc, subject=subject or ("Re: " + title(n)),
                msgid=f"<reply-{n}{'-' + tag if tag else ''}.{rhex(16)}@ops.storedesk.example>",
                dt=dt, body=body, refs=refs_of(parent) if parent else [])


# --------------------------------------------------------------------------- registry

MESSAGES = []   # (filename, bytes)
EXPECTED = []   # dicts
README = []     # (filename, description)


def emit(fname, data, issue, vid, event, note, desc):
    MESSAGES.append((fname, data))
    EXPECTED.append({"file": fname, "issue_ref": issue, "vendor_ticket_id": vid, "event": event, "note": note})
    README.append((fname, desc))


# =========================================================================== client builders

EXO_RCVD = ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91")
GMAIL_RCVD = ("mail-ej1-f54.google.com", "209.85.218.54")
RSNL_RCVD = ("smtp.rsnl.nl", "195.35.112.14")

RSNL_NL_FOOTER = ("RSNL B.V. | Zuiderzeelaan 41 | 8017 JV Zwolle | KvK 08123456 | BTW NL812345678B01\n"
                  "Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per abuis "
                  "ontvangen, verwijder het dan en informeer de afzender.")
RSNL_EN_FOOTER = ("RSNL B.V. is registered with the Dutch Chamber of Commerce under number 08123456. "
                  "This e-mail and any attachments are confidential and intended solely for the addressee. "
                  "If you received it in error, please notify the sender and delete it.")


def outlook_msg(kind, lang, frm, to, subject, dt, reply, quoted, cc=None, charset="utf-8",
                subj_label="utf-8", subj_mode="B", parent_ti=None, inline_tag=None, date_lang=None,
                server="AM9PR08MB6548", content_lang="en-GB", accept_lang="nl-NL, en-US",
                in_reply_to=None, references=None, thread_topic=None, extra=(), tz=CEST, html_lang="EN-GB"):
    """kind: desktop | owa | ios | android | mac.  quoted: entry dict or None.
    Returns (bytes, entry)."""
    msgid = mid_exo(server)
    block = None
    if quoted is not None:
        if kind == "mac":
            block = mac_block(quoted, lang, tz=tz)
        else:
            block = outlook_block(quoted, lang, date_lang=date_lang, sep=(kind != "desktop"), tz=tz)
    plain = reply.rstrip("\n")
    if block:
        plain += "\n\n" + block + "\n\n" + quoted["body"].rstrip("\n")
    plain += "\n"
    htmltext = outlook_html(reply, (block, quoted["body"]) if block else None, lang_attr=html_lang,
                            charset=charset, inline_tag=inline_tag)
    if kind == "mac":
        bnd = f"B_{RNG.randrange(10**9, 4 * 10**9)}_{RNG.randrange(10**8, 10**9)}"
    else:
        bnd = f"_000_{msgid[1:msgid.index('@')]}{server}eurp_"
    body = multipart("multipart/alternative", bnd, [
        leaf(f'text/plain; charset="{charset}"', plain, charset, "quoted-printable"),
        leaf(f'text/html; charset="{charset}"', htmltext, charset, "quoted-printable"),
    ])
    ti = thread_index(parent_ti)
    topic = thread_topic or (quoted["subject"].split("] ", 0)[0] if quoted else subject)
    if thread_topic is None and quoted is not None:
        t = quoted["subject"]
        for pre in ("Re: ", "RE: ", "AW: ", "Fwd: ", "FW: "):
            if t.startswith(pre):
                t = t[len(pre):]
        topic = t
    h = [("Return-Path", "<" + frm[frm.index("<") + 1:-1] + ">"), received(dt, *EXO_RCVD),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", ew(subject, charset if subj_label != "utf-8" else "utf-8", subj_mode, subj_label)),
          ("Thread-Topic", ew(topic, "utf-8", "B")),
          ("Thread-Index", ti),
          ("Date", rfc_exo(dt) if kind != "mac" else rfc(dt)),
          ("Message-ID", msgid)]
    if references:
        h.append(("References", fold_refs(references)))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if kind == "mac":
        h += [("User-Agent", "Microsoft-MacOutlook/16.86.24060916"), ("Content-Language", content_lang)]
    else:
        h += [("Accept-Language", accept_lang), ("Content-Language", content_lang),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        if kind == "ios":
            h.append(("x-ms-reactions", "allow"))
        h.append(("x-ms-publictraffictype", "Email"))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    data = message(h, body)
    entry = dict(frm=frm, to=to, cc=cc, subject=subject, dt=dt, msgid=msgid, body=plain,
                 refs=list(references or []), ti=ti)
    return data, entry


def gmail_msg(frm, to, subject, dt, reply, attrib, quoted, cc=None, in_reply_to=None, references=None,
              mobile=False, extra=()):
    msgid = mid_gmail()
    qtext = quoted["body"].rstrip("\n")
    plain = reply.rstrip("\n") + "\n\n" + attrib + "\n\n" + gt(qtext) + "\n"
    bnd = "000000000000" + rhex(16)
    body = multipart("multipart/alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', plain, "utf-8", "quoted-printable"),
        leaf('text/html; charset="UTF-8"', gmail_html(reply, attrib, qtext), "utf-8", "quoted-printable"),
    ])
    h = [("Return-Path", "<" + frm[frm.index("<") + 1:-1] + ">"), received(dt, *GMAIL_RCVD),
         ("MIME-Version", "1.0")]
    if references:
        h.append(("References", fold_refs(references)))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    h += [("From", frm), ("Date", rfc(dt)), ("Message-ID", msgid),
          ("Subject", ew(subject, "utf-8", "B", "UTF-8")), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += list(extra)
    data = message(h, body)
    return data, dict(frm=frm, to=to, cc=cc, subject=subject, dt=dt, msgid=msgid, body=plain,
                      refs=list(references or []))


def plain_msg(headers_before, headers_after, text, cs="utf-8", cte="quoted-printable", ctype=None):
    ctype = ctype or f"text/plain; charset={cs}"
    return message(headers_before + headers_after, leaf(ctype, text, cs, cte))


# =========================================================================== the messages

THREAD = {}   # name -> entry, for later quoting


def m01():
    o = orig(231)
    dt = at(7, 3, 10, 14)
    reply = """Hello,

Thank you for your e-mail. Your case is now 4471 in our system; please keep that number in the subject line when you write back, so it ends up with the right team.

Could the store check whether till 3 shows the RSNL logo and then stops, or stays completely black? If the logo shows, it is most likely hardware and we will send someone. The Meir store is on our Antwerp route on Thursdays and Fridays.

For anything urgent outside office hours our hotline is +32 3 808 41 70 (24/7, option 2).

Kind regards,

Mark Peeters
Service Desk Benelux
RSNL B.V.
T +31 88 776 0200 | M +31 6 4120 8837
www.rsnl.nl

""" + RSNL_EN_FOOTER
    data, e = outlook_msg("desktop", "en", "Mark Peeters <mark.peeters@rsnl.nl>", SD, "RE: " + o["subject"], dt,
                          reply, o, cc=SUP, date_lang="en-gb", in_reply_to=o["msgid"], references=[o["msgid"]])
    THREAD["231-ack"] = e
    emit("01-outlook-en-ack.eml", data, "STORE-231", "4471", "acknowledged",
         "'Your case is now 4471 in our system'; hotline number and KvK in footer are decoys",
         "Outlook desktop (Exchange Online), English, top-posted HTML+plain QP reply to our mail; first "
         "statement of RSNL case 4471. Decoys: hotline +32 3 808 41 70, mobile, KvK 08123456.")


def m02():
    o = orig(232)
    dt = at(7, 4, 11, 2)
    attrib = f"Op do 4 jul 2024 om 09:00 schreef StoreDesk <{SD_ADDR}>:"
    reply = """Beste,

Bedankt voor uw melding. Deze is bij ons geregistreerd onder nummer RSNL-24-0815.

Het gaat om de bonprinter in Gent Veldstraat (Epson TM-T88VI, serienummer X5KF047215). Kunt u laten nakijken of het lampje 'Error' oranje knippert? In dat geval is het meestal de papiersensor en kan de winkel die zelf schoonmaken. Blijft het lampje uit, dan plannen we een technieker in.

Met vriendelijke groeten,

Femke de Groot
RSNL Belgium – Klantendienst
Tel. +32 9 265 30 12
RSNL Belgium BV · Ondernemingsnummer 0712.345.678"""
    data, e = gmail_msg("Femke de Groot <f.degroot@be.rsnl.nl>", SD, "Re: " + o["subject"], dt, reply, attrib, o,
                        cc=SUP, in_reply_to=o["msgid"], references=[o["msgid"]])
    THREAD["232-ack"] = e
    emit("02-gmail-nl-ack.eml", data, "STORE-232", "RSNL-24-0815", "acknowledged",
         "'geregistreerd onder nummer RSNL-24-0815'; serial number and Belgian company number are decoys",
         "Gmail web (Google Workspace on subdomain be.rsnl.nl), Dutch, Gmail 'Op ... schreef' attribution. "
         "Decoys: printer serial X5KF047215, phone, ondernemingsnummer 0712.345.678 (dotted).")


def m03():
    o = orig(259)
    dt = at(7, 4, 15, 26)
    odt = o["dt"].astimezone(CEST)
    text = f"""Guten Tag,

wir waren heute Vormittag in der Schildergasse. Das Kabel des PIN-Pads an Kasse 2 war tatsächlich gequetscht (unter der Kassenschublade eingeklemmt). Wir haben es ersetzt und neu verlegt, die Testzahlung über 0,01 € ging problemlos durch. Das PIN-Pad funktioniert wieder einwandfrei.

Zu Ihrer Info: bei uns lief das als Ticket #9917.
Ersatzteil: Anschlusskabel 1,8 m, Art.-Nr. 68-40211 (läuft über Ihren Servicevertrag, keine Extrakosten).

Viele Grüße
Stefan Brandt
RSNL Deutschland GmbH · Field Service
Tel. +49 221 987 654-31


> Am {odt.strftime('%d.%m.%Y')} um {hm(odt)} schrieb StoreDesk <{SD_ADDR}>:
> 
{gt(o['body'])}
"""
    msgid = mid_apple()
    h = [("Return-Path", "<s.brandt@rsnl.nl>"), received(dt, *RSNL_RCVD),
         ("From", "Stefan Brandt <s.brandt@rsnl.nl>"),
         ("Content-Type", "text/plain;\n\tcharset=windows-1252"),
         ("Content-Transfer-Encoding", "quoted-printable"),
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
         ("Subject", ew("Re: " + o["subject"], "utf-8", "Q")),
         ("Date", rfc(dt)), ("References", o["msgid"]), ("To", SD), ("Cc", SUP),
         ("In-Reply-To", o["msgid"]), ("Message-Id", msgid),
         ("X-Mailer", "Apple Mail (2.3774.600.62)")]
    data = ("\n".join(f"{k}: {v}" for k, v in h) + "\n\n").encode() + quopri.encodestring(text.encode("windows-1252"))
    emit("03-applemail-de-resolved.eml", data, "STORE-259", "9917", "resolved",
         "cable replaced, 'funktioniert wieder einwandfrei'; ticket written '#9917' (hook stripped); Art.-Nr. is a decoy",
         "Apple Mail (macOS), German, plain text in windows-1252 quoted-printable (euro sign), bottom quote with '> Am ... schrieb'. "
         "Ticket given as '#9917'. Decoys: article number 68-40211, amount 0,01 €, phone.")


def m04():
    o = orig(233)
    dt = at(7, 5, 14, 37)
    odt = o["dt"].astimezone(CEST)
    reply = """Bonjour,

Nous avons bien reçu votre demande, elle est enregistrée chez nous sous le numéro SR88231.

Je passerai moi-même à Euralille le mardi 9 juillet entre 14h et 16h pour contrôler le lecteur (Zebra DS2208, n° de série 21034520501822). Merci de prévenir le responsable du magasin ; en cas de souci d'accès, vous pouvez me joindre au 06 71 24 58 90.

Cordialement,

-- 
Julien Moreau
Technicien itinérant Hauts-de-France
RSNL France SAS – 12 rue de Tournai, 59000 Lille
Standard : 03 20 55 01 40
RCS Lille Métropole 812 345 678"""
    attrib = f"Le {odt.strftime('%d/%m/%Y')} à {hm(odt)}, StoreDesk a écrit :"
    text = flowed(reply) + "\n\n" + attrib + "\n" + gt(o["body"]) + "\n"
    msgid = mid_tb("fr.rsnl.nl")
    h = [("Return-Path", "<julien.moreau@fr.rsnl.nl>"), received(dt, *RSNL_RCVD),
         ("Message-ID", msgid), ("Date", rfc(dt)), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Subject", ew("Re: " + o["subject"], "utf-8", "Q", "UTF-8")),
         ("Content-Language", "fr"), ("To", SD), ("Cc", SUP), ("References", o["msgid"]),
         ("From", "Julien Moreau <julien.moreau@fr.rsnl.nl>"),
         ("Organization", "RSNL France"), ("In-Reply-To", o["msgid"])]
    data = message(h, leaf("text/plain; charset=UTF-8; format=flowed", text, "utf-8", "8bit"))
    THREAD["233-ack"] = dict(frm="Julien Moreau <julien.moreau@fr.rsnl.nl>", to=SD, cc=SUP,
                             subject="Re: " + o["subject"], dt=dt, msgid=msgid, body=text, refs=[o["msgid"]])
    emit("04-thunderbird-fr-ack-visit.eml", data, "STORE-233", "SR88231", "acknowledged",
         "'bien reçu votre demande, enregistrée sous le numéro SR88231' plus a planned visit -> acknowledged",
         "Thunderbird, French, format=flowed 8bit UTF-8, 'Le ... a écrit :' attribution, signature after '-- '. "
         "Receipt confirmation and visit plan in one mail. Decoys: scanner serial, mobile, RCS number.")


def m05():
    dt = at(7, 5, 17, 52)
    reply = """Hi,

Quick update on case 4471 (till 3 at Meir that froze on boot).

It was not the cable or the SSD as we first thought; the mainboard swap this afternoon has fixed it. The till booted five times in a row without hanging and the store ran a test sale on it.

The old board goes back to our workshop under RMA 33-71902, nothing needed from your side.

Best regards,
Koen Wouters
Field Engineer Antwerp | RSNL B.V.
+32 478 21 90 64"""
    subject = "Case 4471 - Till 3 Antwerpen Meir"
    msgid = mid_exo("DB9PR08MB7180")
    bnd = f"B_{RNG.randrange(10**9, 4 * 10**9)}_{RNG.randrange(10**8, 10**9)}"
    body = multipart("multipart/alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', reply + "\n", "utf-8", "quoted-printable"),
        leaf('text/html; charset="UTF-8"', outlook_html(reply, None, "EN-US", "UTF-8"), "utf-8", "quoted-printable"),
    ])
    h = [("Return-Path", "<koen.wouters@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("From", "Koen Wouters <koen.wouters@rsnl.nl>"), ("To", SD),
         ("Subject", subject), ("Thread-Topic", subject), ("Thread-Index", thread_index()),
         ("Date", rfc(dt)), ("Message-ID", msgid),
         ("User-Agent", "Microsoft-MacOutlook/16.86.24060916"), ("Content-Language", "en-US"),
         ("MIME-Version", "1.0")]
    emit("05-outlookmac-en-newmail-resolved.eml", message(h, body), "STORE-231", "4471", "resolved",
         "new mail, no STORE ref: case 4471 comes from 01; 'not the cable ...; the mainboard swap has fixed it'; RMA decoy",
         "Outlook for Mac, English, brand-new mail (no In-Reply-To/References, no STORE-n) that only names RSNL "
         "case 4471 given in 01. Negation + resolution in one sentence. Decoy: RMA 33-71902.")


def m06():
    o = orig(234)
    dt = at(7, 8, 9, 12, tz=WEST)
    reply = """Bom dia,

Confirmamos a receção do vosso pedido. Foi aberto o processo CASE-000412 para o terminal de pagamento da loja de Santa Catarina.

Para avançarmos precisamos do número de série do terminal (etiqueta na parte de baixo, começa por PX7) e de uma fotografia do erro que aparece no ecrã quando o cartão é recusado.

Horário do suporte: dias úteis, 8h00–19h00. Linha direta: +351 22 012 3456.

Com os melhores cumprimentos,

Inês Carvalho
Suporte Técnico | RSNL Portugal
RSNL Portugal, Unipessoal Lda. · NIPC 514 278 903
Rua de Fernandes Tomás 120, 4000-213 Porto"""
    data, e = outlook_msg("owa", "pt", ew("Inês Carvalho", "utf-8", "B") + " <ines.carvalho@rsnl.nl>", SD,
                          "RE: " + o["subject"], dt, reply, o, cc=SUP, tz=WEST, server="AS8PR08MB9241",
                          content_lang="pt-PT", accept_lang="pt-PT, en-US", html_lang="PT",
                          in_reply_to=o["msgid"], references=[o["msgid"]])
    e["frm"] = "Inês Carvalho <ines.carvalho@rsnl.nl>"
    THREAD["234-ack"] = e
    emit("06-owa-pt-ack.eml", data, "STORE-234", "CASE-000412", "acknowledged",
         "'Confirmamos a receção ... Foi aberto o processo CASE-000412'; NIPC, postcode and phone are decoys",
         "Outlook on the web, Portuguese (pt-PT), '____' separator + De/Enviada/Para/Assunto header, quoted time "
         "shown in Lisbon time. Decoys: NIPC 514 278 903 (spaced), phone, postcode 4000-213.")


def m07():
    o = orig(260)
    dt = at(7, 8, 11, 40)
    odt = o["dt"].astimezone(CEST)
    attrib = (f"El {WD['es'][odt.weekday()]}, {odt.day} de {MO['es'][odt.month - 1]} de 2024, "
              f"{odt.strftime('%H:%M:%S')} CEST, StoreDesk <{SD_ADDR}> escribió:")
    reply = """Buenos días:

Les informo de que el viernes sustituimos el módulo de transporte de billetes del reciclador de Preciados (el error E17 indica atasco en ese módulo). Se hicieron 20 ciclos de ingreso y dispensación sin ningún error y la encargada firmó el albarán AL-2024-5531.

Con esto damos por cerrada la incidencia 30418.

Saludos,
Javier Ruiz
Técnico subcontratado – RSNL Iberia
Tel. 622 418 097"""
    indented = "\n".join(("    " + l) if l else "" for l in o["body"].split("\n"))
    plain = reply + "\n\n\n    " + attrib + "  \n\n" + indented + "\n"
    yq = (f'<div id="ydp{rhex(8)}yahoo_quoted_{RNG.randrange(10**9, 10**10)}" class="ydp{rhex(8)}yahoo_quoted">'
          f'<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
          f'<div>{esc(attrib)}</div><div><br></div><div><br></div><div><div dir="ltr">{html_lines(o["body"])}</div></div>'
          f'</div></div>')
    htm = (f'<html><head></head><body><div class="ydp{rhex(8)}yahoo-style-wrap" style="font-family:Helvetica Neue, '
           f'Helvetica, Arial, sans-serif;font-size:13px;">'
           + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{html_lines(p)}</div><div><br></div>" for p in paras(reply))
           + f"</div>{yq}</body></html>\n")
    bnd = f"----=_Part_{RNG.randrange(10**6, 10**7)}_{RNG.randrange(10**8, 10**9)}.{int(dt.timestamp() * 1000)}"
    body = multipart("multipart/alternative", bnd, [
        leaf("text/plain; charset=UTF-8", plain, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable"),
    ])
    msgid = mid_yahoo(dt)
    h = [("Return-Path", "<javier.ruiz@ext.rsnl.nl>"),
         received(dt, "sonic301-20.consmr.mail.ir2.yahoo.com", "77.238.176.145"),
         ("Date", rfc(dt).replace(" +0200", " +0000") if False else format_datetime(dt.astimezone(UTC))),
         ("From", "Javier Ruiz <javier.ruiz@ext.rsnl.nl>"), ("To", SD), ("Cc", SUP),
         ("Message-ID", msgid), ("In-Reply-To", o["msgid"]), ("References", o["msgid"]),
         ("Subject", ew("Re: " + o["subject"], "utf-8", "Q", "UTF-8")), ("MIME-Version", "1.0")]
    data = message(h, body, top_extra_last=["X-Mailer: WebService/1.1.22501 YMailNorrin"])
    emit("07-yahoo-es-closed.eml", data, "STORE-260", "30418", "closed",
         "'damos por cerrada la incidencia 30418'; albarán AL-2024-5531 and error E17 are decoys",
         "Yahoo Mail web (subcontractor on ext.rsnl.nl), Spanish, yahoo_quoted HTML, indented plain quote, "
         "Date in +0000. Decoys: delivery note AL-2024-5531, error code E17, phone.")


def m08():
    o = orig(235)
    dt = at(7, 8, 16, 5)
    odt = o["dt"].astimezone(CEST)
    reply = """Hallo,

zu Ihrer Meldung (bei uns Ticket 61 004): ich bin am Donnerstag, 11.07., gegen 8:30 Uhr vor Ort, also vor Ladenöffnung. Bitte sagen Sie der Filiale Bescheid, dass ich Zugang zum Technikraum brauche, der Schlüssel liegt laut letzter Begehung bei der Filialleitung.

Ich spiele dann zuerst die neue Firmware auf den Access Point und schaue mir die Kanalbelegung an.

Gruß
Jens Köhler
RSNL Field Service West
Mobil +49 171 552 9034

Von meinem iPhone gesendet"""
    text = reply + "\n\n" + f"> Am {odt.strftime('%d.%m.%Y')} um {hm(odt)} schrieb StoreDesk <{SD_ADDR}>:\n> \n" + gt(o["body"]) + "\n"
    msgid = mid_apple()
    frm = ew("Jens Köhler", "utf-8", "Q") + " <j.koehler@rsnl.nl>"
    h = [("Return-Path", "<j.koehler@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
         ("From", frm), ("Mime-Version", "1.0 (1.0)"),
         ("Subject", ew("Re: " + o["subject"], "utf-8", "Q")), ("Date", rfc(dt)),
         ("Message-Id", msgid), ("References", o["msgid"]), ("Cc", SUP), ("In-Reply-To", o["msgid"]),
         ("To", SD), ("X-Mailer", "iPhone Mail (21F90)")]
    data = ("\n".join(f"{k}: {v}" for k, v in h) + "\n\n").encode() + quopri.encodestring(text.encode("utf-8"))
    THREAD["235-visit"] = dict(frm="Jens Köhler <j.koehler@rsnl.nl>", to=SD, cc=SUP, subject="Re: " + o["subject"],
                               dt=dt, msgid=msgid, body=text, refs=[o["msgid"]])
    emit("08-iphone-de-visit.eml", data, "STORE-235", "61004", "update",
         "plans a visit; ticket written with a space '61 004'; no receipt/registration wording",
         "iPhone Mail, German, plain QP, 'Von meinem iPhone gesendet', '> Am ... schrieb' quote. Ticket id "
         "written with a space (61 004). Decoys: date 11.07., time 8:30, mobile number.")


def m09():
    o = orig(236)
    dt = at(7, 9, 8, 47)
    reply = """Buenos días:

Hemos registrado su solicitud. Indique la referencia W-77102 cuando llame al 900 834 211 o cuando responda a este correo.

Mañana por la mañana llamo a la tienda de Preciados para hacer una prueba remota del cajón con la encargada.

Un saludo,
Lucía Martín
RSNL Iberia – Soporte

Obtener Outlook para Android<https://aka.ms/AAb9ysg>"""
    data, e = outlook_msg("android", "es", ew("Lucía Martín", "utf-8", "B") + " <lucia.martin@rsnl.nl>", SD,
                          "RE: " + o["subject"], dt, reply, o, cc=SUP, server="PA4PR08MB7412",
                          content_lang="es-ES", accept_lang="es-ES, en-US", html_lang="ES",
                          in_reply_to=o["msgid"], references=[o["msgid"]])
    e["frm"] = "Lucía Martín <lucia.martin@rsnl.nl>"
    THREAD["236-ack"] = e
    emit("09-outlookandroid-es-ack.eml", data, "STORE-236", "W-77102", "acknowledged",
         "'Hemos registrado su solicitud. Indique la referencia W-77102 cuando llame al 900 834 211'",
         "Outlook for Android, Spanish, short top-post with 'Obtener Outlook para Android', '____' + De/Enviado el "
         "header. Decoy right next to the id: free-phone number 900 834 211.")


def notes_quote(entry, lang="it"):
    dt = entry["dt"].astimezone(CEST)
    frm = entry["frm"]
    name, _, mail = frm.partition(" <")
    qfrm = f'"{name}" <{mail}'
    to = entry["to"]
    tn, _, tm = to.partition(" <")
    qto = f'"{tn}" <{tm}'
    if lang == "it":
        return (f"-----{qfrm} ha scritto: -----\nPer: {qto}\nDa: {qfrm}\n"
                f"Data: {dt.strftime('%d/%m/%Y %H:%M')}\nOggetto: {entry['subject']}")
    return (f"-----{qfrm} a écrit : -----\nA : {qto}\nDe : {qfrm}\n"
            f"Date : {dt.strftime('%d/%m/%Y %H:%M')}\nObjet : {entry['subject']}")


def notes_msg(frm, to, subject, dt, reply, quoted, cc=None, in_reply_to=None, references=None,
              domain="it.rsnl.nl", who="Giulia Ferri/IT/RSNL", lang="it"):
    msgid = mid_notes(domain)
    plain = reply.rstrip("\n") + "\n"
    qhtml = ""
    if quoted is not None:
        qblock = notes_quote(quoted, lang)
        plain += "\n\n" + qblock + "\n\n" + quoted["body"].rstrip("\n") + "\n"
        qhtml = (f'<br><br><font size=2 color=#5F5F5F face="sans-serif">{html_lines(qblock)}</font><br><br>'
                 f'<div><font size=2 face="sans-serif">{html_lines(quoted["body"])}</font></div>')
    htm = (f'<html><body><font size=2 face="sans-serif">{html_lines(reply)}</font>{qhtml}</body></html>\n')
    bnd = f"=_alternative 00{rhex(6, True)}C1258B5A_="
    body = multipart("multipart/alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', plain, "utf-8", "quoted-printable"),
        leaf('text/html; charset="UTF-8"', htm, "utf-8", "quoted-printable"),
    ], preamble=b"This is a multipart message in MIME format.\n")
    loc = dt.astimezone(CEST)
    stamp = loc.strftime("%d/%m/%Y %H:%M:%S")
    h = [("Return-Path", "<" + frm[frm.rindex("<") + 1:-1] + ">"), received(dt, "mail.it.rsnl.nl", "195.35.113.20"),
         ("Subject", ew(subject, "utf-8", "B", "UTF-8")), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("From", frm), ("Date", rfc(dt)), ("Message-ID", msgid)]
    if references:
        h.append(("References", fold_refs(references)))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    h += [("X-KeepSent", f"{rhex(8, True)}:{rhex(8, True)}-C1258B5A:00{rhex(6, True)};\n type=4; name=$KeepSent"),
          ("X-Mailer", "HCL Notes Release 12.0.2 FP2 August 22, 2023"),
          ("X-MIMETrack", f"Serialize by Notes Client on {who}(Release 12.0.2FP2|August 22, 2023) at\n {stamp},\n"
                          f"\tSerialize complete at {stamp},\n\tSerialize by Router on RSNLMAIL02/RSNL(Release 12.0.2FP2|August 22, 2023) at\n {stamp}"),
          ("MIME-Version", "1.0")]
    return message(h, body), dict(frm=frm, to=to, cc=cc, subject=subject, dt=dt, msgid=msgid, body=plain,
                                  refs=list(references or []))


def m10():
    o = orig(258)
    dt = at(7, 9, 11, 30)
    reply = """Gentili signori,

confermiamo di aver ricevuto la Vostra segnalazione relativa alla taglierina della stampante scontrini del negozio di Porto Santa Catarina. La pratica è stata aperta con il numero 48213.

La stampante deve essere inviata al nostro centro riparazioni di Bologna: il corriere BRT passerà a ritirarla con l'autorizzazione al reso RMA 700-3321. Nel frattempo il negozio riceverà un'unità sostitutiva.

Tempi previsti di riparazione: 5-7 giorni lavorativi.

Cordiali saluti

Giulia Ferri
Centro Riparazioni RSNL Italia
Via dell'Industria 18, 40138 Bologna
Tel. +39 051 602 1144
RSNL Italia S.r.l. - P.IVA 03456780371 - REA BO-512345"""
    data, e = notes_msg("Giulia Ferri <giulia.ferri@it.rsnl.nl>", SD, "Re: " + o["subject"], dt, reply, o,
                        cc=SUP, in_reply_to=o["msgid"], references=[o["msgid"]])
    THREAD["258-ack"] = e
    emit("10-notes-it-ack.eml", data, "STORE-258", "48213", "acknowledged",
         "'confermiamo di aver ricevuto ... La pratica è stata aperta con il numero 48213'; RMA 700-3321 is a decoy",
         "HCL Notes 12, Italian, multipart/alternative with Notes '-----\"X\" ha scritto: -----' history block, "
         "X-MIMETrack/X-KeepSent headers. Decoys: RMA 700-3321, P.IVA, REA, phone.")


def m11():
    o = orig(233)
    ack = THREAD["233-ack"]
    ourdt = at(7, 5, 16, 2)
    ours_ = ours(233, ourdt, "Julien Moreau <julien.moreau@fr.rsnl.nl>",
                 "Thanks Julien, the store manager knows you are coming on Tuesday afternoon.\n\nRegards,\n"
                 "StoreDesk Helpdesk\n\n"
                 f"On Fri, 5 Jul 2024 at 14:37, Julien Moreau <julien.moreau@fr.rsnl.nl> wrote:\n" + gt(ack["body"]),
                 subject=ack["subject"], parent=ack, cc=SUP)
    dt = at(7, 9, 17, 10)
    reply = """Bonjour,

Je sors d'Euralille. Le problème ne venait ni du câble USB ni du paramétrage de la caisse : la fenêtre du lecteur était rayée. J'ai remplacé le lecteur par un neuf (nouveau n° de série 21034520509917) et il lit de nouveau tous les codes, y compris les étiquettes froissées. Le dossier SR88231 est résolu de notre côté.

L'ancien lecteur repart chez nous pour expertise.

Julien

Obtenir Outlook pour iOS<https://aka.ms/o0ukef>"""
    data, e = outlook_msg("ios", "fr", "Julien Moreau <julien.moreau@fr.rsnl.nl>", SD, "RE: " + title(233), dt,
                          reply, ours_, cc=SUP, server="PR3PR08MB5722", content_lang="fr-FR",
                          accept_lang="fr-FR, en-US", html_lang="FR",
                          in_reply_to=ours_["msgid"], references=refs_of(ours_))
    emit("11-outlookios-fr-resolved.eml", data, "STORE-233", "SR88231", "resolved",
         "'Le problème ne venait ni du câble ... ; lit de nouveau tous les codes. Le dossier SR88231 est résolu'",
         "Outlook for iOS, French, replying to our follow-up; quoted thread contains our mail, his Thunderbird ack "
         "(04) and our original. Negation then resolution. Decoy: new scanner serial 21034520509917.")


def m12():
    o = orig(237)
    dt = at(7, 10, 9, 55)
    reply = """Goedemorgen,

Wij hebben uw melding in goede orde ontvangen. Het ticketnummer is 0093317; wilt u dit nummer vermelden bij verdere correspondentie?

Blanco etiketten bij de Zebra ZD421 betekenen vaak dat er direct-thermisch papier in de printer zit terwijl de printer op thermal transfer staat (of andersom). Kan iemand in de winkel controleren welk type rol er nu in zit? Het artikelnummer staat op de binnenkant van de kern.

Met vriendelijke groet,

Sanne Visser
Servicedesk | RSNL B.V.
T 088 776 0200 (optie 1)

""" + RSNL_NL_FOOTER
    data, e = outlook_msg("desktop", "nl", "Sanne Visser <sanne.visser@rsnl.nl>", SD, "RE: " + o["subject"], dt,
                          reply, o, cc=SUP, charset="windows-1252", subj_label="Windows-1252", subj_mode="Q",
                          server="AM0PR08MB5345", content_lang="nl-NL", accept_lang="nl-NL, en-US", html_lang="NL",
                          in_reply_to=o["msgid"], references=[o["msgid"]])
    THREAD["237-ack"] = e
    emit("12-outlook-nl-ack.eml", data, "STORE-237", "0093317", "acknowledged",
         "'in goede orde ontvangen. Het ticketnummer is 0093317' (leading zeros kept); KvK/BTW in footer",
         "Outlook desktop, Dutch, windows-1252 QP body and Windows-1252 Q-encoded subject (em dash =97), "
         "Van/Verzonden/Aan/CC/Onderwerp header. Leading-zero id. Decoys: phone 088 776 0200, KvK, BTW.")


def m13():
    o = orig(257)
    dt = at(7, 10, 15, 20)
    reply = """Bonjour,

Suite à l'intervention du 8 juillet (remplacement de l'alimentation du poste 2, pièce réf. PSU-250W-FSP), la caisse n'a plus redémarré depuis 48 h ; le magasin nous l'a confirmé ce matin par téléphone.

Le ticket 4502 est donc clôturé. N'hésitez pas à nous recontacter en citant ce numéro si le problème réapparaît.

Bien cordialement,

Thomas Lefèvre
Responsable support – RSNL France
+33 3 20 55 01 44"""
    data, e = outlook_msg("mac", "fr", ew("Thomas Lefèvre", "utf-8", "Q") + " <thomas.lefevre@rsnl.nl>", SD,
                          "Re: " + o["subject"], dt, reply, o, cc=SUP, content_lang="fr-FR", html_lang="FR",
                          in_reply_to=o["msgid"], references=[o["msgid"]])
    emit("13-outlookmac-fr-closed.eml", data, "STORE-257", "4502", "closed",
         "'Le ticket 4502 est donc clôturé' after the fix was confirmed; part ref and phone are decoys",
         "Outlook for Mac, French, 'De : / Date : / À : / Objet :' quote header, HTML+plain. Closes the ticket "
         "(fix confirmed). Decoys: part PSU-250W-FSP, '48 h', date 8 juillet, phone.")


def m14():
    o = orig(238)
    dt = at(7, 11, 9, 3)
    odt = o["dt"].astimezone(CEST)
    tzname = "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"
    human = (f"Uw bericht\n\n    Aan: RSNL Support\n    Onderwerp: {o['subject']}\n"
             f"    Verzonden: {WD['nl'][odt.weekday()]} {odt.day} {MO['nl'][odt.month - 1]} 2024 {odt.strftime('%H:%M:%S')} {tzname}\n\n"
             f"is gelezen op {WD['nl'][dt.weekday()]} {dt.day} {MO['nl'][dt.month - 1]} 2024 {dt.strftime('%H:%M:%S')} {tzname}.\n")
    mdn = ("Reporting-UA: AM9PR08MB6548.eurprd08.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;pieter.bakker@rsnl.nl\n"
           f"Original-Message-ID: {o['msgid']}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    bnd = f"_001_{rhex(12, True)}"
    body = multipart("multipart/report; report-type=disposition-notification", bnd, [
        leaf('text/plain; charset="utf-8"', human, "utf-8", "base64"),
        raw_leaf("message/disposition-notification", mdn.encode()),
    ])
    h = [("Return-Path", "<pieter.bakker@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("From", "Pieter Bakker <pieter.bakker@rsnl.nl>"), ("To", SD),
         ("Subject", ew("Gelezen: " + o["subject"], "utf-8", "B")),
         ("Thread-Topic", ew(o["subject"], "utf-8", "B")), ("Thread-Index", thread_index()),
         ("Date", rfc_exo(dt)), ("Message-ID", mid_exo()), ("References", o["msgid"]), ("In-Reply-To", o["msgid"]),
         ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("MIME-Version", "1.0")]
    emit("14-outlook-nl-readreceipt.eml", message(h, body), None, None, "ignore",
         "read receipt ('Gelezen:', multipart/report disposition-notification)",
         "Outlook/Exchange read receipt in Dutch for our STORE-238 mail: 'Gelezen: ...', multipart/report with "
         "message/disposition-notification. Trap: says nothing about the request.")


def m15():
    ack = THREAD["236-ack"]
    dt = at(7, 11, 12, 30)
    reply = """Hola de nuevo:

Ayer por la mañana hicimos con Marta (encargada de Preciados) la prueba remota del cajón: después de reiniciar el servicio de periféricos del TPV el cajón abrió tres veces seguidas. No se ha cambiado ninguna pieza.

¿Nos pueden confirmar si el cajón sigue abriendo con normalidad a lo largo del día? Si no recibimos respuesta antes del viernes 12 a las 18:00, cerraremos la incidencia W-77102.

Un saludo,

Lucía Martín
Soporte Técnico | RSNL Iberia
Tel. +34 91 123 45 67
RSNL Iberia, S.L. – CIF B87654321 – C/ de Alcalá 265, 28027 Madrid"""
    data, e = outlook_msg("desktop", "es", ew("Lucía Martín", "utf-8", "B") + " <lucia.martin@rsnl.nl>", SD,
                          ack["subject"], dt, reply, ack, cc=SUP, server="PA4PR08MB7412", content_lang="es-ES",
                          accept_lang="es-ES, en-US", html_lang="ES", parent_ti=ack["ti"],
                          in_reply_to=ack["msgid"], references=refs_of(ack))
    emit("15-outlook-es-ask-will-close.eml", data, "STORE-236", "W-77102", "update",
         "asks for confirmation; 'cerraremos la incidencia W-77102' only if no answer -> future, update",
         "Outlook desktop, Spanish, reply on her own earlier mail (09) with Thread-Index extended; De/Enviado el/"
         "Para/CC/Asunto header; asks a question and announces a conditional closure. Decoys: CIF, phone, time 18:00.")


def m16():
    ack = THREAD["234-ack"]
    dt = at(7, 11, 15, 45, tz=WEST)
    adt = ack["dt"].astimezone(WEST)
    reply = """Boa tarde,

Estive hoje na loja de Santa Catarina por causa do processo CASE-000412. O terminal (n.º de série PX7-21-558190) recusa todos os cartões com o código 05. O problema não é da rede, é o módulo de leitura de chip, e ainda não está resolvido.

Já pedi um terminal de substituição ao armazém (guia de remessa n.º 88104). Prevejo a troca na segunda-feira, 15 de julho, de manhã. Até lá a loja pode usar o terminal da caixa 2.

Cumprimentos,
Rui Sousa
Técnico de campo – RSNL Portugal
Tel. 912 345 678"""
    attrib = f"Em {adt.strftime('%Y-%m-%d %H:%M')}, Inês Carvalho escreveu:"
    text = flowed(reply) + "\n\n" + attrib + "\n" + gt(ack["body"].rstrip("\n")) + "\n"
    msgid = mid_roundcube("pt.rsnl.nl")
    h = [("Return-Path", "<rui.sousa@pt.rsnl.nl>"), received(dt, "webmail.pt.rsnl.nl", "195.35.113.41"),
         ("MIME-Version", "1.0"), ("Date", rfc(dt)), ("From", "Rui Sousa <rui.sousa@pt.rsnl.nl>"),
         ("To", SD), ("Cc", "Inês Carvalho <ines.carvalho@rsnl.nl>".replace("Inês Carvalho", ew("Inês Carvalho", "utf-8", "Q", "UTF-8")) + ", " + SUP),
         ("Subject", ew(ack["subject"].replace("RE: ", "Re: "), "utf-8", "Q", "UTF-8")),
         ("In-Reply-To", ack["msgid"]), ("References", fold_refs(refs_of(ack))),
         ("Message-ID", msgid), ("X-Sender", "rui.sousa@pt.rsnl.nl"), ("User-Agent", "Roundcube Webmail/1.6.7")]
    data = message(h, leaf("text/plain; charset=UTF-8;\n format=flowed", text, "utf-8", "8bit"))
    emit("16-roundcube-pt-update.eml", data, "STORE-234", "CASE-000412", "update",
         "field visit, cause found, 'ainda não está resolvido', replacement planned Monday 15 July",
         "Roundcube 1.6, Portuguese, format=flowed 8bit, 'Em <date>, X escreveu:' quoting the OWA ack (06) with its "
         "own quoted header inside. Decoys: serial PX7-21-558190, guia de remessa 88104, code 05, phone.")


def m17():
    ack = THREAD["237-ack"]
    ourdt = at(7, 11, 16, 40)
    qbody = """Hi Sanne,

Thanks. The store checked: the roll is the same type as always (direct thermal, 57x32 mm). A few questions:

1. Can the engineer come before Saturday? Saturday is their busiest day.

[SV] Helaas, vóór zaterdag lukt niet. Onze monteur Ruud komt maandag 15 juli tussen 13:00 en 15:00.

2. Should the store order new label rolls in the meantime?

[SV] Nee, niet nodig. Het lijkt op de thermische printkop, niet op de rollen.

3. Is this covered by our service contract?

[SV] Ja, valt onder servicecontract SC-2291-NL, geen extra kosten.

Best regards,
StoreDesk Helpdesk"""
    ourmail = dict(frm=SD, to="Sanne Visser <sanne.visser@rsnl.nl>", cc=SUP, subject="Re: " + title(237),
                   msgid=f"<reply-237.{rhex(16)}@ops.storedesk.example>", dt=ourdt,
                   body=qbody + "\n\n" + outlook_block(ack, "nl") + "\n\n" + ack["body"].split("\n\nVan:")[0],
                   refs=refs_of(ack))
    # the quoted chain as Sanne sees it: our mail (with her inline answers) followed by her own ack
    chain = dict(ourmail)
    chain["body"] = (qbody + "\n\n" + outlook_block(ack, "nl") + "\n\n" + ack["body"].rstrip("\n"))
    dt = at(7, 12, 10, 20)
    reply = """Hallo Sam,

Zie mijn antwoorden hieronder in de tekst [SV]. Melding 0093317 blijft open tot de monteur is geweest.

Groet,
Sanne

Sanne Visser
Servicedesk | RSNL B.V.
T 088 776 0200 (optie 1)"""
    data, e = outlook_msg("desktop", "nl", "Sanne Visser <sanne.visser@rsnl.nl>", SD, "RE: " + title(237), dt,
                          reply, chain, cc=SUP, server="AM0PR08MB5345", content_lang="nl-NL",
                          accept_lang="nl-NL, en-US", html_lang="NL", inline_tag="[SV]", parent_ti=ack["ti"],
                          in_reply_to=ourmail["msgid"], references=refs_of(ourmail))
    emit("17-outlook-nl-inline.eml", data, "STORE-237", "0093317", "update",
         "inline answers inside our quoted mail: visit planned Monday; 'Melding 0093317 blijft open'",
         "Outlook desktop, Dutch, inline reply: answers marked [SV] (red in HTML) inside our quoted questions, "
         "above her own ack (12). Decoys: contract SC-2291-NL, roll size 57x32 mm, times 13:00-15:00.")


def m18():
    visit = THREAD["235-visit"]
    ourdt = at(7, 9, 9, 20)
    ourmail = ours(235, ourdt, "Jens Köhler <j.koehler@rsnl.nl>",
                   "Hi Jens,\n\nThanks. Access to the technical room is arranged for Thursday morning, please ask "
                   "for Mrs Yilmaz (store manager).\n\nRegards,\nStoreDesk Helpdesk\n\n"
                   f"On Mon, 8 Jul 2024 at 16:05, Jens Köhler <j.koehler@rsnl.nl> wrote:\n" + gt(visit["body"].rstrip("\n")),
                   subject=visit["subject"], parent=visit, cc=SUP)
    dt = at(7, 12, 17, 45)
    reply = """Hallo zusammen,

kurze Rückmeldung zu Ticket 61 004: Das Firmware-Update auf 8.10.3, das ich am Donnerstag vor Ort eingespielt habe, hat leider nicht geholfen. Laut Controller-Log bricht das WLAN weiterhin ungefähr alle 60 Minuten ab (heute zuletzt um 14:02 und 15:03 Uhr).

Wir tauschen jetzt den Access Point im Verkaufsraum. Das Gerät ist bestellt (Bestellung 4500231977), Lieferung voraussichtlich Dienstag, 16.07. Ich melde mich dann mit einem Termin.

Viele Grüße

Jens Köhler
Field Service West | RSNL Deutschland GmbH
Mobil +49 171 552 9034
Hansaring 61, 50670 Köln · Amtsgericht Köln HRB 98765"""
    data, e = outlook_msg("desktop", "de", ew("Jens Köhler", "utf-8", "B") + " <j.koehler@rsnl.nl>", SD,
                          "AW: " + title(235), dt, reply, ourmail, cc=SUP, server="FR4P281MB3410",
                          content_lang="de-DE", accept_lang="de-DE, en-US", html_lang="DE",
                          in_reply_to=ourmail["msgid"], references=refs_of(ourmail))
    emit("18-outlook-de-fix-failed.eml", data, "STORE-235", "61004", "update",
         "the firmware fix failed ('hat leider nicht geholfen'), AP replacement ordered; '61 004' again",
         "Outlook desktop, German, 'AW:' prefix, Von/Gesendet/An/Cc/Betreff header above a three-level thread "
         "(our mail quoting his iPhone mail 08). Decoys: order 4500231977, firmware 8.10.3, times, HRB.")


def m19():
    o = orig(232)
    dt = at(7, 15, 14, 0)
    attrib = f"Op do 4 jul 2024 om 09:00 schreef StoreDesk <{SD_ADDR}>:"
    reply = """Hallo,

De technieker heeft vanochtend de printkop en de voedingskabel van de bonprinter vervangen. De printer staat weer online en is getest met een proefbon (werkbon WB-55120).

Melding RSNL-24-0815 is hiermee opgelost en gesloten. Komt het probleem terug, antwoord dan gewoon op deze mail.

Groetjes,
Femke"""
    data, e = gmail_msg("Femke de Groot <f.degroot@be.rsnl.nl>", SD, "Re: " + o["subject"], dt, reply, attrib, o,
                        cc=SUP, in_reply_to=o["msgid"], references=[o["msgid"]], mobile=True)
    emit("19-gmailmobile-nl-closed.eml", data, "STORE-232", "RSNL-24-0815", "closed",
         "'Melding RSNL-24-0815 is hiermee opgelost en gesloten' (resolved + closed -> closed); werkbon decoy",
         "Gmail app (Android), Dutch, short reply from the same agent as 02, quoting our original. Resolved and "
         "closed in one sentence. Decoy: werkbon WB-55120.")


def m20():
    o = orig(242)
    dt = at(7, 15, 18, 40)
    odt = o["dt"].astimezone(CEST)
    attrib = (f"On {WD['en'][odt.weekday()]}, {MO['en'][odt.month - 1]} {odt.day}th, 2024 at {hm(odt)}, "
              f"StoreDesk <{SD_ADDR}> wrote:")
    reply = """Hi,

I'm the engineer RSNL has put on this one (ticket 5521 on their side; I work for them as a subcontractor).

I had a remote look this afternoon. The PC isn't infected or anything like that: the SSD is 98% full and SMART reports over 1,200 reallocated sectors, so the disk is dying. I'll come by on Wednesday 17 July around 09:00 with a replacement 512 GB SSD and clone the old one. Expect about two hours without the back-office PC.

If that doesn't suit the store, call me on +31 6 2874 1190.

Cheers,
Daniel Keller
Keller IT Services (on behalf of RSNL)
KvK 71234567"""
    sig = "\n\nSent with Proton Mail secure email."
    plain = reply + sig + "\n\n" + attrib + "\n\n" + gt(o["body"]) + "\n"
    htm = (f'<div style="font-family: Arial, sans-serif; font-size: 14px;">'
           + "".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in paras(reply))
           + '</div><div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
             '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">'
             'Proton Mail</a> secure email.</div></div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
           + f'<div class="protonmail_quote">{esc(attrib)}<br><br><blockquote class="protonmail_quote" type="cite">'
             f'{html_lines(o["body"])}</blockquote><br></div>\n')
    bnd = "b1=_" + ralnum(42)
    body = multipart("multipart/alternative", bnd, [
        leaf("text/plain; charset=utf-8", plain, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "base64"),
    ], preamble=b"This is a multi-part message in MIME format.\n\n")
    msgid = mid_proton()
    h = [("Return-Path", "<d.keller@partner.rsnl.nl>"), received(dt, "mail-40131.protonmail.ch", "185.70.40.131"),
         ("Date", rfc(dt.astimezone(UTC))), ("To", SD), ("From", "Daniel Keller <d.keller@partner.rsnl.nl>"),
         ("Cc", SUP), ("Subject", ew("Re: " + o["subject"], "utf-8", "B")), ("Message-ID", msgid),
         ("In-Reply-To", o["msgid"]), ("References", o["msgid"]),
         ("Feedback-ID", ralnum(20) + ":user:proton"), ("X-Pm-Message-ID", ralnum(30) + "="),
         ("MIME-Version", "1.0")]
    emit("20-proton-en-update.eml", message(h, body), "STORE-242", "5521", "update",
         "subcontractor names 'ticket 5521 on their side', diagnosis + visit planned; KvK and phone decoys",
         "Proton Mail (custom domain partner.rsnl.nl), English, subcontractor engineer, 'On Sunday, July 14th, 2024 "
         "at ...' attribution, base64 HTML part. Decoys: 1,200 sectors, 512 GB, 98%, phone, KvK 71234567.")


def m21():
    ack = THREAD["258-ack"]
    ourdt = at(7, 15, 10, 0)
    ourmail = ours(258, ourdt, "Giulia Ferri <giulia.ferri@it.rsnl.nl>",
                   "Hi Giulia,\n\nAny news on the printer? The store is using the loan unit for now.\n\nRegards,\n"
                   "StoreDesk Helpdesk\n\n"
                   f"On Tue, 9 Jul 2024 at 11:30, Giulia Ferri <giulia.ferri@it.rsnl.nl> wrote:\n" + gt(ack["body"].rstrip("\n")),
                   subject=ack["subject"], parent=ack)
    dt = at(7, 16, 10, 5)
    reply = """Buongiorno,

Vi aggiorno sulla pratica 48213: abbiamo ricevuto la stampante il 12 luglio e sostituito il gruppo taglierina (codice ricambio 2141735). Il collaudo è ancora in corso; la spedizione di ritorno a Porto è prevista per giovedì 18 luglio con BRT, lettera di vettura 059 331 847 20.

Vi scriverò quando la stampante sarà rientrata in negozio, così potremo chiudere la pratica.

Cordiali saluti

Giulia Ferri
Centro Riparazioni RSNL Italia
Tel. +39 051 602 1144"""
    data, e = notes_msg("Giulia Ferri <giulia.ferri@it.rsnl.nl>", SD,
                        "Pratica 48213 - stampante Porto: spedizione di ritorno", dt, reply, ourmail,
                        in_reply_to=ourmail["msgid"], references=refs_of(ourmail))
    emit("21-notes-it-update.eml", data, "STORE-258", "48213", "update",
         "subject rewritten without STORE ref; thread (References) and pratica 48213 from 10; repair in progress",
         "HCL Notes, Italian, she rewrote the subject ('Pratica 48213 - ...') so only References and the id link it "
         "to STORE-258. Decoys: spare part 2141735, waybill '059 331 847 20' (spaced), dates.")


def m22():
    dt = at(7, 16, 11, 15)
    rep_dt = at(7, 16, 8, 47)
    report = """Hi Olivia,

Report from yesterday's visit, can you pass it on to the customer?

Ticket: RSNL-24-0902
Site: Eindhoven Piazza, till 4
Arrival: 15-07-2024 13:40   Departure: 15-07-2024 14:55
Found: customer display flickering, worse when the till is moved. Display unit itself OK (tested on till 2).
Action: replaced the combined video/power cable (part 48-1120-03) and reseated the display bracket.
Result: no flicker after 30 minutes of operation; store manager signed the work order.
Status: resolved

Bram Hendriks
Field Engineer South | RSNL B.V."""
    fwd_entry = dict(frm="Bram Hendriks <bram.hendriks@rsnl.nl>", to="Olivia Brandt <olivia.brandt@rsnl.nl>", cc=None,
                     subject="Service report RSNL-24-0902 - Eindhoven Piazza - customer display", dt=rep_dt,
                     body=report, msgid=mid_exo("AM8PR08MB5617"))
    reply = """Hi StoreDesk team,

Forwarding Bram's visit report for your STORE-241 (customer display flickering at Eindhoven Piazza). Short version: it's fixed, the cable was the culprit and the flicker is gone.

Let me know if the store still notices anything odd.

Best,
Olivia

Olivia Brandt
Account Manager Retail | RSNL B.V.
M +31 6 1098 7766"""
    block = outlook_block(fwd_entry, "en", date_lang="en-us", sep=True)
    data, e = outlook_msg("owa", "en", "Olivia Brandt <olivia.brandt@rsnl.nl>", SD, "FW: " + fwd_entry["subject"],
                          dt, reply, fwd_entry, server="AM8PR08MB5617", content_lang="en-US", html_lang="EN-US",
                          date_lang="en-us", thread_topic=fwd_entry["subject"])
    emit("22-owa-en-forward-resolved.eml", data, "STORE-241", "RSNL-24-0902", "resolved",
         "forward of the engineer's report (ticket RSNL-24-0902, 'Status: resolved'); STORE-241 named in the prose",
         "Outlook on the web, English, account manager forwards ('FW:', no In-Reply-To) an internal engineer report "
         "to us; STORE-241 only in the body. Decoys: part 48-1120-03, dashed dates 15-07-2024, times, mobile.")


def m23():
    dt = at(7, 18, 14, 22, tz=WEST)
    inner_dt = at(7, 17, 18, 5, tz=WEST)
    inner = dict(frm="Rui Sousa <rui.sousa@pt.rsnl.nl>", to="Ricardo Almeida <ricardo.almeida@rsnl.nl>",
                 cc="Inês Carvalho <ines.carvalho@rsnl.nl>",
                 subject="[Interno] CASE-000398 Supermercados Ribeira - TPA sem comunicação em Gaia", dt=inner_dt,
                 msgid=mid_exo("AS8PR08MB9241"),
                 body="""Ricardo,

Fiz o diagnóstico na loja da Ribeira em Vila Nova de Gaia. A rede da loja já ficou resolvida (era o router do operador), mas o TPA continua sem comunicar com o banco e tem de ser trocado.

Não digas ao cliente que o caso está fechado, porque ainda não está. Margem na troca: 38 % sobre 420 €.

Rui""")
    reply = """Bom dia,

Conforme falámos ao telefone, segue abaixo o ponto de situação. O técnico passa amanhã às 9h na loja de Vila Nova de Gaia para trocar o TPA.

Cumprimentos,

Ricardo Almeida
Gestor de Conta | RSNL Portugal
+351 919 004 321"""
    data, e = outlook_msg("desktop", "pt", "Ricardo Almeida <ricardo.almeida@rsnl.nl>", SD,
                          "ENC: " + inner["subject"], dt, reply, inner, tz=WEST, server="AS8PR08MB9241",
                          content_lang="pt-PT", accept_lang="pt-PT, en-US", html_lang="PT",
                          thread_topic=inner["subject"])
    emit("23-outlook-pt-internal-misdirected.eml", data, None, None, "ignore",
         "internal RSNL thread about another customer (Supermercados Ribeira, CASE-000398) sent to us by mistake",
         "Outlook desktop, Portuguese, 'ENC:' forward of an internal '[Interno]' mail about another customer "
         "(Supermercados Ribeira, Gaia) misaddressed to our helpdesk. Trap: not ours despite a similar Porto card "
         "terminal issue (STORE-234).")


def m24():
    o = orig(247)
    dt = at(7, 19, 10, 40)
    odt = o["dt"].astimezone(CEST)
    reply = """Guten Tag,

vielen Dank für Ihre Meldung. Wir haben dazu den Vorgang VG-1180441 angelegt.

Papierstaus am Bondrucker entstehen häufig durch Rollen mit zu großem Durchmesser (max. 80 mm) oder durch Papier minderer Qualität. Könnten Sie uns bitte mitteilen, welche Rollen die Filiale aktuell verwendet (Artikelnummer / Lieferant)? Handelt es sich um Originalrollen (Art.-Nr. 80-8034), schicken wir einen Techniker.

Mit freundlichen Grüßen

Katrin Vogel
Kundenservice
-- 
RSNL Deutschland GmbH · Hansaring 61 · 50670 Köln
Tel. +49 221 987 654-0 · support@rsnl.nl
Amtsgericht Köln HRB 98765 · Geschäftsführer: P. van Dijk"""
    attrib = f"Am {odt.strftime('%d.%m.%y')} um {hm(odt)} schrieb StoreDesk:"
    text = flowed(reply) + "\n\n" + attrib + "\n" + gt(o["body"]) + "\n"
    msgid = mid_tb("rsnl.nl")
    h = [("Return-Path", "<katrin.vogel@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("Message-ID", msgid), ("Date", rfc(dt)), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"), ("Subject", ew("Re: " + o["subject"], "utf-8", "Q", "UTF-8")),
         ("To", SD), ("Cc", SUP), ("References", o["msgid"]), ("Content-Language", "de-DE"),
         ("From", "Katrin Vogel <katrin.vogel@rsnl.nl>"), ("In-Reply-To", o["msgid"])]
    data = message(h, leaf("text/plain; charset=UTF-8; format=flowed", text, "utf-8", "8bit"))
    THREAD["247-ack"] = dict(frm="Katrin Vogel <katrin.vogel@rsnl.nl>", to=SD, cc=SUP, subject="Re: " + o["subject"],
                             dt=dt, msgid=msgid, body=text, refs=[o["msgid"]])
    emit("24-thunderbird-de-ack.eml", data, "STORE-247", "VG-1180441", "acknowledged",
         "'Wir haben dazu den Vorgang VG-1180441 angelegt'; article number, 80 mm and HRB are decoys",
         "Thunderbird, German, format=flowed, 'Am 19.07.24 um 09:00 schrieb StoreDesk:' attribution, signature "
         "separator. Decoys: Art.-Nr. 80-8034, 80 mm, phone, HRB 98765.")


def m25():
    o = orig(244)
    dt = at(7, 19, 16, 2)
    reply = """Closing ticket 6120, thanks.

Mark

Get Outlook for iOS<https://aka.ms/o0ukef>"""
    data, e = outlook_msg("ios", "en", "Mark Peeters <mark.peeters@rsnl.nl>", SD, "RE: " + o["subject"], dt, reply, o,
                          cc=SUP, date_lang="en-us", in_reply_to=o["msgid"], references=[o["msgid"]])
    emit("25-outlookios-en-closing.eml", data, "STORE-244", "6120", "closed",
         "one-liner 'Closing ticket 6120, thanks.'",
         "Outlook for iOS, English, one-line reply that only closes ticket 6120, quoting our original.")


def m26():
    ack = THREAD["247-ack"]
    ourdt = at(7, 22, 7, 50)
    ourmail = ours(247, ourdt, "Katrin Vogel <katrin.vogel@rsnl.nl>",
                   "Hi Katrin,\n\nThe store uses your original rolls (80-8034). Please send an engineer.\n\nRegards,\n"
                   "StoreDesk Helpdesk", subject=ack["subject"], parent=ack)
    dt = at(7, 22, 8, 5)
    reply = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. August 2024 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Kundenservice unter +49 221 987 654-0 oder support@rsnl.nl und geben Sie dabei Ihre Vorgangsnummer an.

Mit freundlichen Grüßen
Katrin Vogel"""
    data, e = outlook_msg("desktop", "de", "Katrin Vogel <katrin.vogel@rsnl.nl>", SD,
                          "Automatische Antwort: " + ourmail["subject"], dt, reply, None, server="FR4P281MB3410",
                          content_lang="de-DE", accept_lang="de-DE, en-US", html_lang="DE",
                          thread_topic=title(247), in_reply_to=ourmail["msgid"], references=[ourmail["msgid"]],
                          extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "katrin.vogel@rsnl.nl")])
    emit("26-outlook-de-ooo.eml", data, None, None, "ignore",
         "Exchange out-of-office ('Automatische Antwort:', Auto-Submitted: auto-generated)",
         "Exchange/Outlook out-of-office in German with Auto-Submitted and X-Auto-Response-Suppress headers, "
         "subject 'Automatische Antwort: Re: [STORE-247] ...'. Trap.")


def m27():
    dt = at(7, 22, 9, 30)
    reply = """Bonjour,

Je vous écris au sujet de votre demande STORE-245 (touches bloquées sur le clavier de la caisse 1 à Lille Euralille). Chez nous, c'est le dossier SR88467.

J'ai commandé un clavier de remplacement (Cherry G86, réf. 61400-0021). Je passerai l'installer jeudi 25 juillet vers 10h. En attendant, le magasin peut brancher un clavier USB standard sur le port arrière de la caisse.

Cordialement,
Nicolas Garnier
Technicien – RSNL France
06 12 98 45 70"""
    subject = "STORE-245 clavier caisse Euralille"
    htm = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
           + "".join(f"<div>{html_lines(p)}</div><div><br data-mce-bogus=\"1\"></div>" for p in paras(reply))
           + "</div></body></html>\n")
    bnd = f"=_{ruuid()}"
    body = multipart("multipart/alternative", bnd, [
        leaf("text/plain; charset=utf-8", reply + "\n", "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable"),
    ])
    msgid = mid_zimbra(dt)
    h = [("Return-Path", "<n.garnier@fr.rsnl.nl>"), received(dt, "zimbra.fr.rsnl.nl", "195.35.113.77"),
         ("Date", rfc(dt)), ("From", "Nicolas Garnier <n.garnier@fr.rsnl.nl>"), ("To", SD), ("Cc", SUP),
         ("Message-ID", msgid), ("Subject", subject), ("MIME-Version", "1.0"),
         ("X-Originating-IP", "[10.20.1.44]"),
         ("X-Mailer", "Zimbra 10.0.7_GA_0042 (ZimbraWebClient - FF127 (Win)/10.0.7_GA_0042)"),
         ("Thread-Index", ralnum(20) + "=="), ("Thread-Topic", subject)]
    emit("27-zimbra-fr-newmail.eml", message(h, body), "STORE-245", "SR88467", "update",
         "new mail, typed subject 'STORE-245 clavier ...' without brackets; dossier SR88467; replacement visit planned",
         "Zimbra web client, French, brand-new mail (no In-Reply-To) with a typed subject 'STORE-245 clavier caisse "
         "Euralille'. Decoys: part ref 61400-0021, date/time, mobile number.")


def m28():
    o = orig(246)
    dt = at(7, 22, 15, 0, tz=WEST)
    reply = """Olá,

Ponto de situação da ordem de serviço n.º 31207: não era o switch. O aviso sonoro vinha da fonte de alimentação redundante, que tinha a ventoinha bloqueada. A fonte foi substituída hoje às 11h30 e o problema está resolvido: o switch já não apita e todas as portas estão ativas.

A fonte avariada segue para o fabricante com a RMA 4470-PT.

Cumprimentos,
Tiago Ferreira
RSNL Portugal – Serviços de Campo
+351 936 112 457"""
    data, e = outlook_msg("mac", "pt", "Tiago Ferreira <tiago.ferreira@rsnl.nl>", SD, "Re: " + o["subject"], dt,
                          reply, o, cc=SUP, tz=WEST, content_lang="pt-PT", html_lang="PT",
                          in_reply_to=o["msgid"], references=[o["msgid"]])
    emit("28-outlookmac-pt-resolved.eml", data, "STORE-246", "31207", "resolved",
         "'não era o switch ... o problema está resolvido'; id in 'ordem de serviço n.º 31207'; RMA 4470-PT decoy",
         "Outlook for Mac, Portuguese, 'De:/Data:/Para:/Assunto:' header with 'às', quoted time in Lisbon time. "
         "Negation + resolution. Decoys: RMA 4470-PT, time 11h30, phone.")


def fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def m29():
    dt = at(7, 23, 9, 15)
    subject = "Engineer visit: kitchen printer Utrecht Hoog Catharijne (RSNL-24-1133, STORE-250)"
    desc = ("Hi,\n\nI've blocked Thursday morning for the kitchen printer at Hoog Catharijne (our ticket "
            "RSNL-24-1133). Please accept so the store knows I'm coming, or propose another time.\n\nRuud Jacobs\n"
            "Field Engineer Midden | RSNL B.V.\n+31 6 5512 0043")
    when_line = "When: Thursday, 25 July 2024 09:30-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna."
    where = "Utrecht Hoog Catharijne - kitchen / back office"
    plain = f"{when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    htm = outlook_html(f"{when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}", None, "EN-GB")
    uid = "040000008200E00074C5B7101A82E00800000000" + rhex(16, True) + "01000000000000000010000000" + rhex(32, True)
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Ruud Jacobs:mailto:ruud.jacobs@rsnl.nl",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:{SD_ADDR}",
        "DESCRIPTION;LANGUAGE=en-GB:" + desc.replace(",", "\\,").replace("\n", "\\n") + "\\n",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-GB:{subject.replace(',', chr(92) + ',')}",
        "DTSTART;TZID=W. Europe Standard Time:20240725T093000",
        "DTEND;TZID=W. Europe Standard Time:20240725T110000",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-GB:{where}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2122567041",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(fold_ics(l) for l in ics_lines) + "\r\n"
    msgid = mid_exo("AM9PR08MB6548")
    bnd = f"_000_{msgid[1:msgid.index('@')]}AM9PR08MB6548eurp_"
    body = multipart("multipart/alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "utf-8", "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "utf-8", "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "utf-8", "base64"),
    ])
    h = [("Return-Path", "<ruud.jacobs@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("From", "Ruud Jacobs <ruud.jacobs@rsnl.nl>"), ("To", SD), ("Subject", subject),
         ("Thread-Topic", subject), ("Thread-Index", thread_index()), ("Date", rfc_exo(dt)), ("Message-ID", msgid),
         ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
         ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-calendar-series-instance-id",
                                         "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + ralnum(40) + "=="),
         ("MIME-Version", "1.0")]
    emit("29-outlook-en-invite.eml", message(h, body), None, None, "ignore",
         "meeting invitation (text/calendar METHOD:REQUEST) about our ticket",
         "Outlook/Exchange meeting request in English: multipart/alternative with text/plain, text/html and "
         "text/calendar; method=REQUEST (base64 ICS), subject names RSNL-24-1133 and STORE-250. Trap.")


def m30():
    o = orig(248)
    dt = at(7, 24, 12, 10)
    odt = o["dt"].astimezone(CEST)
    attrib = (f"El {['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'][odt.weekday()]}, {odt.day} jul 2024 a las "
              f"{odt.hour}:{odt.strftime('%M')}, StoreDesk (<{SD_ADDR}>) escribió:")
    reply = """Hola,

Os cuento cómo va el caso 0099812. Anoche aplicamos en remoto el parche 5.2.1 que recomienda el artículo KB-10442, pero no ha solucionado el problema: la actualización vuelve a fallar al 78 % con el error 0x80070643 en las cajas 1 y 3.

Lo hemos escalado a desarrollo (equipo de producto en Eindhoven). En cuanto tengamos una versión corregida os propongo una ventana de actualización nocturna, probablemente la semana del 29 de julio.

Mientras tanto las cajas siguen funcionando con la versión 5.1.9, sin pérdida de datos.

Un saludo,
Pablo Navarro
RSNL Iberia · Soporte de Aplicaciones
+34 91 123 45 80"""
    data, e = gmail_msg("Pablo Navarro <pablo.navarro@es.rsnl.nl>", SD, "Re: " + o["subject"], dt, reply, attrib, o,
                        cc=SUP, in_reply_to=o["msgid"], references=[o["msgid"]])
    emit("30-gmail-es-fix-failed.eml", data, "STORE-248", "0099812", "update",
         "patch 'no ha solucionado el problema', escalated; id 'caso 0099812' (leading zeros); KB-10442 is a decoy",
         "Gmail web (Workspace on es.rsnl.nl), Spanish, 'El sáb, 20 jul 2024 a las 9:00, StoreDesk (<...>) "
         "escribió:' attribution. Failed fix. Decoys: KB-10442, versions 5.2.1/5.1.9, error 0x80070643, 78 %.")


def m31():
    dt = at(7, 25, 9, 0)
    o = orig(252)
    reply = """Dear Customer,

We are pleased to inform you that your service request regarding the Till 1 touchscreen (Den Haag Spui) has been resolved by our technician.

To view the service report and confirm the closure of ticket RS-55817, please sign in to the RSNL customer portal within 48 hours:

https://portal.rsnl.co/login?ref=RS-55817

If the closure is not confirmed, the ticket will be re-opened and a call-out fee of EUR 145,00 may be charged.

Kind regards,
RSNL Support Team
RSNL B.V. | support@rsnl.co"""
    msgid = f"<{rhex(24)}@rsnl.co>"
    bnd = f"b1_{rhex(32)}"
    body = multipart("multipart/alternative", bnd, [
        leaf("text/plain; charset=us-ascii", reply + "\n", "ascii", "7bit"),
        leaf("text/html; charset=us-ascii",
             simple_html(reply.replace("https://portal.rsnl.co/login?ref=RS-55817",
                                       "https://portal.rsnl.co/login?ref=RS-55817")), "ascii", "quoted-printable"),
    ])
    h = [("Return-Path", "<bounce@rsnl.co>"), received(dt, "vps-4417.hostnet-eu.net", "45.84.206.17"),
         ("Authentication-Results", "mx.ops.storedesk.example; spf=softfail smtp.mailfrom=rsnl.co; dkim=none; dmarc=none"),
         ("Date", rfc(dt)), ("To", SD), ("From", "RSNL Support <support@rsnl.co>"),
         ("Reply-To", "support@rsnl.co"), ("Subject", ew("RE: " + o["subject"], "utf-8", "B")),
         ("Message-ID", msgid), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")]
    emit("31-outlook-en-lookalike.eml", message(h, body), None, None, "ignore",
         "lookalike domain rsnl.co (not rsnl.nl) claiming a fix, phishing link",
         "Phishing from lookalike domain rsnl.co claiming STORE-252 is resolved, with a portal link and fee threat; "
         "forged Outlook X-Mailer, SPF softfail. Trap.")


def m32():
    o = orig(251)
    dt = at(7, 25, 14, 30)
    odt = o["dt"].astimezone(CEST)
    text = f"""Hi,

Quick note to let you know that ticket 5502 is closed.

I was at Lijnbaan this morning. The recorder's 2 TB disk was full because overwrite had been switched off after the firmware reset in June. I've fitted an 8 TB disk (invoice follows under PO 45-778120), switched overwrite back on and set retention to 30 days as per your policy. All 16 cameras are recording again.

Regards,
Tom

Tom Verbeek
Field Engineer Security | RSNL B.V.
+31 6 3377 2145

> On {odt.day} Jul 2024, at {hm(odt)}, StoreDesk <{SD_ADDR}> wrote:
> 
{gt(o['body'])}
"""
    msgid = mid_apple()
    h = [("Return-Path", "<tom.verbeek@rsnl.nl>"), received(dt, *EXO_RCVD),
         ("From", "Tom Verbeek <tom.verbeek@rsnl.nl>"), ("Content-Type", "text/plain;\n\tcharset=us-ascii"),
         ("Content-Transfer-Encoding", "7bit"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
         ("Subject", ew("Re: " + o["subject"], "utf-8", "Q")), ("Date", rfc(dt)), ("References", o["msgid"]),
         ("To", SD), ("Cc", SUP), ("In-Reply-To", o["msgid"]), ("Message-Id", msgid),
         ("X-Mailer", "Apple Mail (2.3774.600.62)")]
    data = ("\n".join(f"{k}: {v}" for k, v in h) + "\n\n").encode() + text.encode("ascii")
    emit("32-applemail-en-closed.eml", data, "STORE-251", "5502", "closed",
         "'ticket 5502 is closed' plus the work done; PO 45-778120, 2 TB/8 TB, 30 days are decoys",
         "Apple Mail (macOS), English, us-ascii 7bit plain text, '> On 23 Jul 2024, at 09:00, ... wrote:' quote. "
         "Decoys: PO 45-778120, disk sizes, 16 cameras, 30 days.")


def m33():
    o = orig(249)
    dt = at(7, 26, 10, 0)
    odt = o["dt"].astimezone(CEST)
    reply = """Buongiorno,

il lettore di carte di Amsterdam Centraal (S/N 5S2208774410), arrivato al nostro laboratorio con RMA 700-3390, è stato riparato: il firmware era corrotto e lo abbiamo reinstallato (versione 4.3.2). Il dispositivo ha superato tutti i test di pagamento.

Per la pratica RSNL-24-1207 il problema risulta quindi risolto. Il lettore è stato rispedito oggi con DHL, tracking 3312 8840 6073.

Cordiali saluti,
Marco Bellini
Laboratorio Riparazioni – RSNL Italia
Tel. +39 051 602 1150"""
    attrib = f"Il {odt.strftime('%Y-%m-%d %H:%M')} StoreDesk ha scritto:"
    text = flowed(reply) + "\n\n" + attrib + "\n" + gt(o["body"]) + "\n"
    msgid = mid_roundcube("it.rsnl.nl")
    h = [("Return-Path", "<marco.bellini@it.rsnl.nl>"), received(dt, "webmail.it.rsnl.nl", "195.35.113.21"),
         ("MIME-Version", "1.0"), ("Date", rfc(dt)), ("From", "Marco Bellini <marco.bellini@it.rsnl.nl>"),
         ("To", SD), ("Cc", SUP), ("Subject", ew("Re: " + o["subject"], "utf-8", "Q", "UTF-8")),
         ("In-Reply-To", o["msgid"]), ("References", o["msgid"]), ("Message-ID", msgid),
         ("X-Sender", "marco.bellini@it.rsnl.nl"), ("User-Agent", "Roundcube Webmail/1.6.7")]
    data = message(h, leaf("text/plain; charset=UTF-8;\n format=flowed", text, "utf-8", "quoted-printable"))
    emit("33-roundcube-it-resolved.eml", data, "STORE-249", "RSNL-24-1207", "resolved",
         "'è stato riparato ... Per la pratica RSNL-24-1207 il problema risulta quindi risolto'; RMA/S/N/tracking decoys",
         "Roundcube 1.6, Italian, format=flowed QP, 'Il 2024-07-21 09:00 StoreDesk ha scritto:'. Decoys: S/N, "
         "RMA 700-3390, firmware 4.3.2, DHL tracking '3312 8840 6073' written with spaces.")


def m34():
    o = orig(254)
    dt = at(7, 29, 13, 10)
    odt = o["dt"].astimezone(CEST)
    attrib = (f"Il giorno {['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'][odt.weekday()]} {odt.day} lug 2024 "
              f"alle ore {hm(odt)} StoreDesk <{SD_ADDR}> ha scritto:")
    reply = """Buongiorno,

aggiornamento sul caso CASE-000431 (etichette elettroniche vuote a Groningen): il problema non è ancora risolto. Ho reinstallato da remoto il firmware della base station (AP 2 di 3) e circa 140 etichette su 600 sono tornate a mostrare i prezzi, le altre restano bianche.

Sospetto un problema di batterie su un lotto di etichette (lotto 23W41). Domani mattina faccio una verifica in negozio insieme al collega olandese e vi aggiorno entro mercoledì 31 luglio.

Luca Rinaldi
Specialista ESL (partner RSNL)
+39 347 221 9087"""
    data, e = gmail_msg("Luca Rinaldi <luca.rinaldi@partner.rsnl.nl>", SD, "Re: " + o["subject"], dt, reply, attrib, o,
                        cc=SUP, in_reply_to=o["msgid"], references=[o["msgid"]], mobile=True)
    emit("34-gmailmobile-it-not-yet.eml", data, "STORE-254", "CASE-000431", "update",
         "'il problema non è ancora risolto', partial progress, next check planned",
         "Gmail app (iPhone), Italian, partner engineer on partner.rsnl.nl, 'Il giorno ven 26 lug 2024 alle ore "
         "09:00 ... ha scritto:'. 'not yet resolved'. Decoys: 140/600 labels, lot 23W41, AP 2 di 3, phone.")


def m35():
    o = orig(256)
    dt = at(7, 30, 9, 1)
    ourdt = dt - timedelta(seconds=47)
    ourmail = ours(256, ourdt, "wim.declercq@rsnl.nl",
                   "Hi Wim,\n\nThe store says you handled the last scanner problem at Veldstraat. Could you have a look "
                   "at this one? The scanner beeps but nothing appears on the till.\n\nRegards,\nStoreDesk Helpdesk\n",
                   subject="Re: " + o["subject"], parent=o, cc=None)
    human = ("Your message to wim.declercq@rsnl.nl couldn't be delivered.\n\n"
             "wim.declercq wasn't found at rsnl.nl.\n\n"
             "helpdesk        Office 365        wim.declercq\nAction Required                    Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "  * Send the message again following these steps: ...\n"
             "  * Contact the recipient by some other means (by phone, for example) to confirm you're using the "
             "right address.\n\n"
             "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
             "Original Message Details\n"
             f"Created Date:    {ourdt.astimezone(UTC).strftime('%-m/%-d/%Y %-I:%M:%S %p')}\n"
             f"Sender Address:  {SD_ADDR}\nRecipient Address: wim.declercq@rsnl.nl\n"
             f"Subject:  {ourmail['subject']}\n")
    htm = simple_html(human, font="Segoe UI, Frutiger, Arial, sans-serif")
    dsn = ("Reporting-MTA: dns;AM0PR08MB5345.eurprd08.prod.outlook.com\n"
           "Received-From-MTA: dns;mx.ops.storedesk.example\n"
           f"Arrival-Date: {rfc_exo(ourdt)}\n\n"
           "Final-Recipient: rfc822;wim.declercq@rsnl.nl\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient wim.declercq@rsnl.nl not "
           "found by SMTP address lookup\n")
    orig_msg = (f"From: {SD}\nTo: wim.declercq@rsnl.nl\nSubject: {ew(ourmail['subject'], 'utf-8', 'B', 'UTF-8')}\n"
                f"Date: {rfc(ourdt)}\nMessage-ID: {ourmail['msgid']}\nIn-Reply-To: {o['msgid']}\n"
                f"References: {o['msgid']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                f"Content-Transfer-Encoding: 8bit\n\n{ourmail['body']}").encode("utf-8")
    alt = multipart("multipart/alternative", f"_002_{rhex(12, True)}", [
        leaf('text/plain; charset="utf-8"', human, "utf-8", "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "utf-8", "quoted-printable"),
    ])
    body = multipart("multipart/report; report-type=delivery-status", f"_000_{rhex(12, True)}", [
        alt, raw_leaf("message/delivery-status", dsn.encode()), raw_leaf("message/rfc822", orig_msg)])
    h = [("Return-Path", "<>"), received(dt, *EXO_RCVD),
         ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rsnl.nl>"),
         ("To", f"<{SD_ADDR}>"), ("Date", rfc_exo(dt)), ("Content-Language", "en-US"),
         ("Message-ID", mid_exo("AM0PR08MB5345")), ("In-Reply-To", ourmail["msgid"]),
         ("References", ourmail["msgid"]), ("Thread-Topic", ew(o["subject"], "utf-8", "B")),
         ("Subject", ew("Undeliverable: " + ourmail["subject"], "utf-8", "B")),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
    emit("35-exchange-en-bounce.eml", message(h, body), None, None, "ignore",
         "Exchange NDR (Undeliverable, 550 5.1.10) for our mail to a departed engineer",
         "Exchange Online non-delivery report from rsnl.nl: multipart/report delivery-status with our STORE-256 "
         "follow-up attached as message/rfc822. Trap.")


def m36():
    dt = at(8, 1, 8, 30)
    text = """Je serai absente du bureau à partir du  29/07/2024 et ne serai pas de retour avant le 19/08/2024.

Pour toute demande technique, merci de contacter le support RSNL France au 03 20 55 01 40 ou support@rsnl.nl en rappelant votre numéro de dossier.
Pour les questions commerciales urgentes : Thomas Lefèvre (thomas.lefevre@rsnl.nl).

Claire Dubois
Responsable de compte – RSNL France
"""
    msgid = mid_notes("fr.rsnl.nl")
    stamp = dt.strftime("%d/%m/%Y %H:%M:%S")
    h = [("Return-Path", "<claire.dubois@fr.rsnl.nl>"), received(dt, "mail.fr.rsnl.nl", "195.35.113.70"),
         ("Subject", "Claire Dubois est absente du bureau."), ("To", SD),
         ("From", "Claire Dubois <claire.dubois@fr.rsnl.nl>"), ("Date", rfc(dt)), ("Message-ID", msgid),
         ("X-MIMETrack", f"Serialize by Router on RSNLMAIL03/RSNL(Release 12.0.2FP2|August 22, 2023) at\n {stamp}"),
         ("MIME-Version", "1.0")]
    data = message(h, leaf("text/plain; charset=ISO-8859-1", text.replace("–", "-"), "iso-8859-1", "quoted-printable"))
    emit("36-notes-fr-ooo.eml", data, None, None, "ignore",
         "Notes out-of-office ('est absente du bureau') without Auto-Submitted headers",
         "HCL Notes/Domino out-of-office notice in French, iso-8859-1 QP, classic subject 'Claire Dubois est absente "
         "du bureau.', no Auto-Submitted / In-Reply-To, dates with slashes in the body. Trap.")


# =========================================================================== main


def main():
    for f in sorted(n for n in globals() if n.startswith("m") and n[1:].isdigit()):
        globals()[f]()
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    for fname, data in MESSAGES:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "expected.jsonl"), "w") as fh:
        for e in EXPECTED:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(README_HEAD)
        for fname, desc in README:
            fh.write(f"| `{fname}` | {desc} |\n")
    print(f"wrote {len(MESSAGES)} messages")


README_HEAD = """# blind-5 — RSNL people writing from real mail clients

36 raw messages as they would arrive at StoreDesk (`helpdesk@ops.storedesk.example`), written by RSNL staff
(service desk agents, field engineers, account managers, repair centre, subcontractors on `ext.`/`partner.`
subdomains) in English, Dutch, French, German, Portuguese, Spanish and Italian, using Outlook (desktop, web, Mac,
iOS, Android), Gmail (web, mobile), Apple Mail, iPhone Mail, Thunderbird, HCL Notes, Zimbra, Roundcube, Yahoo Mail
and Proton Mail. Issues STORE-231 … STORE-260. Generated by `make.py` (deterministic); `expected.jsonl` holds the
answers in processing order (file order = arrival order, Dates ascend).

Threads inside the set: 01→05 (case 4471 in a new mail), 04→11 (SR88231), 06→16 (CASE-000412),
08→18 (61 004), 09→15 (W-77102), 10→21 (pratica 48213, rewritten subject), 12→17 (0093317),
02→19 (RSNL-24-0815), 24→26 (OOO on the same thread).

Traps (event `ignore`): 14 read receipt, 23 internal RSNL mail about another customer, 26 Exchange OOO
(with Auto-Submitted), 29 meeting request (text/calendar), 31 lookalike domain `rsnl.co`, 35 Exchange NDR,
36 Notes OOO (no auto headers).

| file | imitates |
|---|---|
"""

if __name__ == "__main__":
    main()
