#!/usr/bin/env python3
"""make.py: writes 60 test e-mails (NN-name.eml) from the vendor RSNL plus expected.jsonl.
Deterministic, standard library only. Run: python3 make.py"""
import base64
import datetime as dt
import email.utils
import hashlib
import html
import json
import pathlib
import quopri

HERE = pathlib.Path(__file__).resolve().parent
CRLF = "\r\n"
OUR_ADDR = "helpdesk@ops.storedesk.example"
OUR = "StoreDesk <helpdesk@ops.storedesk.example>"
MX = "mx1.ops.storedesk.example"

TZ = {h: dt.timezone(dt.timedelta(hours=h)) for h in (-7, -4, 0, 1, 2)}


def T(s, off=2):
    """'2024-07-01 09:00:38' in UTC+off."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[off])


# ---------------------------------------------------------------- issues
_ISSUES = {x["issue_ref"]: x for x in json.loads((HERE / "issues.json").read_text(encoding="utf-8"))}


class Issue:
    def __init__(self, n):
        x = _ISSUES[f"STORE-{n}"]
        self.n = n
        self.ref = x["issue_ref"]
        self.title = x["title"]
        self.store = x["store"]
        self.mid = x["message_id"]
        self.subject = x["subject"]
        self.sent = email.utils.parsedate_to_datetime(x["sent"])

    def body(self):
        return (f"Store: {self.store}\nPriority: high\nReported by: Sam Jansen\n\n"
                f"{self.title}.\n")

    def sent_in(self, off):
        return self.sent.astimezone(TZ[off])


def I(n):
    return Issue(n)


# ---------------------------------------------------------------- tokens
def h(seed, n=16, alpha="0123456789abcdef"):
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        for b in d:
            if b < 256 - (256 % len(alpha)):
                out += alpha[b % len(alpha)]
        i += 1
    return out[:n]


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def guid(seed, upper=False):
    x = h(seed, 32)
    g = f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
    return g.upper() if upper else g


def b64tok(seed, nbytes):
    raw = bytes.fromhex(h(seed, nbytes * 2))
    return base64.b64encode(raw).decode()


def thread_index(seed, replies=0):
    return b64tok(seed, 22 + 5 * replies)


def exo_mid(seed, server="AM9PR07MB7123", region="eurprd07"):
    return f"<{server}{h(seed, 32).upper()}@{server}.{region}.prod.outlook.com>"


def gmail_mid(seed):
    return "<CA" + h(seed, 1, "FHJKMNP") + h(seed + "x", 46, B62 + "+_-") + "@mail.gmail.com>"


# ---------------------------------------------------------------- dates
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
DAY_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTH_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"]
DAY_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTH_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"]
DAY_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
          "sábado", "domingo"]
MONTH_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"]
WD_PT = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MON_PT = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
          "nov.", "dez."]


def rfcdate(d, pad=False):
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{WD_EN[d.weekday()]}, {day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M:%S} {d:%z}"


def rcvdate(d):
    s = rfcdate(d)
    if d.utcoffset() == dt.timedelta(hours=2):
        s += " (CEST)"
    elif d.utcoffset() == dt.timedelta(0):
        s += " (UTC)"
    return s


# ---------------------------------------------------------------- headers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (several, space separated) for text; ASCII passes through."""
    if is_ascii(text):
        return text
    words, cur = [], ""
    limit = 45 if enc == "B" else 60

    def qenc(ch):
        out = ""
        for b in ch.encode(charset):
            c = chr(b)
            if c.isalnum() and b < 128:
                out += c
            elif c == " ":
                out += "_"
            else:
                out += f"={b:02X}"
        return out

    chunks, cur_chars = [], ""
    for ch in text:
        trial = cur_chars + ch
        size = (len(trial.encode(charset)) * 4 + 2) // 3 if enc == "B" else len(qenc(trial))
        if size > limit and cur_chars:
            chunks.append(cur_chars)
            cur_chars = ch
        else:
            cur_chars = trial
    if cur_chars:
        chunks.append(cur_chars)
    for c in chunks:
        if enc == "B":
            payload = base64.b64encode(c.encode(charset)).decode()
        else:
            payload = qenc(c)
        words.append(f"=?{charset}?{enc}?{payload}?=")
    return " ".join(words)


def addr(name, mail, charset="utf-8", enc="Q", quote=False):
    if not name:
        return mail
    if not is_ascii(name):
        return f"{ew(name, charset, enc)} <{mail}>"
    if quote or any(c in name for c in ',.;:()[]@"<>'):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


def _split_outside_quotes(v):
    parts, cur, q = [], "", False
    for ch in v:
        if ch == '"':
            q = not q
        if ch == " " and not q:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return parts


def fold(name, value, width=78, cont=" "):
    if "\r\n" in value or "\n" in value:
        return f"{name}: {value}".replace("\r\n", "\n").replace("\n", CRLF)
    line = f"{name}: {value}" if value != "" else f"{name}: "
    if len(line) <= width:
        return line
    words = _split_outside_quotes(value)
    out, cur = [], f"{name}:"
    for w in words:
        if cur.strip() and len(cur) + 1 + len(w) > width and cur != f"{name}:":
            out.append(cur)
            cur = cont + w if cont != " " else " " + w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return CRLF.join(out)


def header_block(headers):
    lines = [fold(n, v) for n, v in headers]
    s = CRLF.join(lines) + CRLF
    return s.encode("ascii")


# ---------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        return header_block(self.headers) + b"\r\n" + self.body


def _crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset) if charset else text.encode("ascii")
    if cte in ("7bit", "8bit", None):
        if cte == "7bit":
            data.decode("ascii")
        return _crlf(data)
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(data))
    if cte == "base64":
        return _crlf(base64.encodebytes(_crlf(data)))
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=(), lead=()):
    """ctype is the full Content-Type value; charset is what the text is encoded with."""
    hs = list(lead) + [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    return Part(hs, encode_body(text, charset, cte))


def binleaf(ctype, data, extra=()):
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")] + list(extra)
    return Part(hs, _crlf(base64.encodebytes(data)))


def multipart(subtype, boundary, parts, params="", preamble=None, extra=(), lead=(), tab=True):
    sep = "\r\n\t" if tab else "\r\n "
    ctype = f"multipart/{subtype};{params}{sep}boundary=\"{boundary}\""
    hs = list(lead) + [("Content-Type", ctype)] + list(extra)
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii").replace(b"\n", b"\r\n") + b"\r\n"
    for p in parts:
        body += b"\r\n--" + b + b"\r\n" + p.to_bytes()
    body += b"\r\n--" + b + b"--\r\n"
    if not preamble:
        body = body[2:]  # first delimiter needs no leading CRLF
    return Part(hs, body)


def message_bytes(headers, part):
    return header_block(list(headers) + part.headers) + b"\r\n" + part.body


# ---------------------------------------------------------------- text helpers
def quote(text, prefix="> "):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln == "":
            out.append(prefix.rstrip())
        elif ln.startswith(">"):
            out.append(prefix.rstrip() + ln)
        else:
            out.append(prefix + ln)
    return "\n".join(out) + "\n"


def flow(text, width=72):
    """format=flowed: wrap paragraphs, soft breaks end with a space."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">") or para == "-- ":
            out.append(para)
            continue
        words, cur = para.split(" "), ""
        lines = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
        out.extend(lines)
    return "\n".join(out)


def wrap(text, width=76):
    """Hard wrap (no trailing spaces) for clients that wrap plain text."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def e(s):
    return html.escape(s, quote=False)


def html_lines(text, sep="<br>\n"):
    return sep.join(e(x) for x in text.rstrip("\n").split("\n"))


def html_paras(text, tag="p", attrs=""):
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(e(x) for x in para.split("\n"))
        out.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "\n".join(out)


def received(frm, by, with_, qid, d, for_=OUR_ADDR, extra=""):
    s = f"from {frm} by {by} with {with_} id {qid}"
    if extra:
        s += " " + extra
    if for_:
        s += f" for <{for_}>"
    return ("Received", s + "; " + rcvdate(d))

# ---------------------------------------------------------------- delivery trace
def sent_headers(i):
    raw = (HERE / "sent" / f"store-{i.n}.eml").read_bytes()
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii") + "\r\n"


def trace(d, env_from, relay, relay_ip, seed, dkim=None, spf="pass", dmarc="pass",
          hops=(), secs=4, tls="ESMTPS"):
    """Headers our MX prepends on delivery, plus sender-side hops (list of (from, by, with, -secs))."""
    arr = d + dt.timedelta(seconds=secs)
    qid = "4W" + h(seed + "qid", 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    hs = [("Return-Path", f"<{env_from}>" if env_from else "<>"),
          ("Delivered-To", OUR_ADDR),
          ("Received", f"from {relay} ({relay} [{relay_ip}])\r\n\tby {MX} (Postfix) with {tls} id {qid}"
                       f"\r\n\tfor <{OUR_ADDR}>; {rcvdate(arr)}")]
    dom = env_from.split("@")[-1] if env_from else relay
    ar = f"{MX};"
    if dkim:
        ar += f"\r\n\tdkim=pass (2048-bit key) header.d={dkim} header.b={h(seed + 'dk', 8, B62)};"
    else:
        ar += "\r\n\tdkim=none;"
    ar += (f"\r\n\tspf={spf} smtp.mailfrom={dom};" if env_from else f"\r\n\tspf={spf} smtp.helo={relay};")
    hdr_from_dom = dkim or dom
    ar += f"\r\n\tdmarc={dmarc} header.from={hdr_from_dom}"
    hs.append(("Authentication-Results", ar))
    for frm, by, with_, back in hops:
        when = d + dt.timedelta(seconds=back)
        if "outlook.com" in by:
            when = when.astimezone(TZ[0])
        hs.append(("Received", f"from {frm}\r\n\tby {by} with {with_};\r\n\t{rcvdate(when)}"))
    return hs


# ---------------------------------------------------------------- Outlook family
OUTLOOK_CSS = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:12.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.E-mailStijl18
\t{mso-style-type:personal-reply;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>"""


def mso_paras(text, lang="NL"):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip() == "":
            out.append(f"<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>")
        else:
            out.append(f"<p class=MsoNormal><span style='font-size:11.0pt'>{e(ln)}<o:p></o:p></span></p>")
    return "\n".join(out)


def outlook_win_part(seed, reply, hdr_labels, hdr_values, quoted, charset="windows-1252", lang="NL"):
    """Outlook 2016+/365 desktop (Word editor), SMTP account: multipart/alternative, cp1252 QP."""
    labels = hdr_labels
    plain = reply.rstrip("\n") + "\n\n"
    plain += "\n".join(f"{l} {v}" + (" " if i == 0 else "") for i, (l, v) in enumerate(zip(labels, hdr_values)))
    plain += "\n\n" + quoted
    hblock = "<br>\n".join(f"<b>{e(l)}</b> {e(v)}" for l, v in zip(labels, hdr_values))
    html_ = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
             f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">{OUTLOOK_CSS}'
             f'<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
             f'</head><body lang={lang} link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
             f'<div class=WordSection1>\n{mso_paras(reply, lang)}\n'
             f"<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
             f"<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
             f"{hblock}<o:p></o:p></span></p></div>\n"
             f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n{mso_paras(quoted, lang)}\n</div></body></html>\n")
    bnd = f"----=_NextPart_000_{h(seed, 4, '0123456789ABCDEF')}_01DA{h(seed + 'b', 4, '0123456789ABCDEF')}.{h(seed + 'c', 8, '0123456789ABCDEF')}"
    return multipart("alternative", bnd, [
        leaf(f'text/plain;\r\n\tcharset="{charset}"', plain, charset, "quoted-printable"),
        leaf(f'text/html;\r\n\tcharset="{charset}"', html_, charset, "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.")


def exo_headers(seed, d, topic, replies, lang, server, extra_diag=True):
    """Headers Exchange Online adds to a message sent from an Outlook client."""
    hs = [("Thread-Topic", ew(topic, "utf-8", "B")),
          ("Thread-Index", thread_index(seed, replies)),
          ("Accept-Language", f"{lang}, en-US"),
          ("Content-Language", lang),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("msip_labels", ""),
          ("x-ms-publictraffictype", "Email"),
          ("x-ms-traffictypediagnostic", f"{server}:EE_|DB8PR07MB{h(seed + 't', 4, '0123456789')}:EE_"),
          ("x-ms-office365-filtering-correlation-id", guid(seed + "corr")),
          ("x-ms-exchange-senderadcheck", "1"),
          ("x-ms-exchange-antispam-relay", "0")]
    return hs


def exo_tail(seed, d, tenant="3f6b2a1e-7c4d-4e8a-9b1f-2d5c6e7f8a90"):
    return [("X-OriginatorOrg", "rsnl.nl"),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
            ("X-MS-Exchange-CrossTenant-AuthSource", "AM9PR07MB7123.eurprd07.prod.outlook.com"),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", guid(seed + "nm")),
            ("X-MS-Exchange-CrossTenant-originalarrivaltime",
             f"{d.astimezone(TZ[0]):%d %b %Y %H:%M:%S}.{h(seed + 'ms', 4, '0123456789')} (UTC)"),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tenant),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "DB8PR07MB6443")]


def exo_trace(d, seed, env_from, secs=3):
    return trace(d, env_from, "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71",
                 seed, dkim=env_from.split("@")[1], secs=secs,
                 hops=[("AM9PR07MB7123.eurprd07.prod.outlook.com (2603:10a6:20b:2d0::14)",
                        "DB8PR07MB6443.eurprd07.prod.outlook.com (2603:10a6:10:11a::19)",
                        "Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7741.29", 1)])


def owa_part(seed, reply, labels, values, quoted, charset="utf-8", sig_html=""):
    """Outlook on the web / new Outlook: divRplyFwdMsg, plain part with underscore rule."""
    plain = reply.rstrip("\n") + "\n\n________________________________\n"
    plain += "\n".join(f"{l} {v}" for l, v in zip(labels, values)) + "\n\n" + quoted
    hblock = "<br>\n".join(f"<b>{e(l)}</b> {e(v)}" for l, v in zip(labels, values))
    body_html = "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">{e(x) if x else "<br>"}</div>\n'
                        for x in reply.rstrip("\n").split("\n"))
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
             '</head>\n<body dir="ltr">\n' + body_html + sig_html +
             '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             + hblock + '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n'
             + "\n".join(f'<div>{e(x) if x else "<br>"}</div>' for x in quoted.rstrip("\n").split("\n"))
             + '\n</div>\n</body>\n</html>\n')
    bnd = f"_000_{h(seed, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
    return multipart("alternative", bnd, [
        leaf(f'text/plain; charset="{charset}"', plain, charset, "quoted-printable"),
        leaf(f'text/html; charset="{charset}"', html_, charset, "quoted-printable"),
    ])


def outlook_mobile_part(seed, reply, sig_text, sig_url, labels, values, quoted):
    plain = reply.rstrip("\n") + "\n\n" + f"{sig_text}<{sig_url}>\n________________________________\n"
    plain += "\n".join(f"{l} {v}" for l, v in zip(labels, values)) + "\n\n" + quoted
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
             + "".join(f'<div dir="auto">{e(x) if x else "<br>"}</div>\n' for x in reply.rstrip("\n").split("\n"))
             + '<div dir="auto"><br></div>\n<div id="ms-outlook-mobile-signature" dir="auto">'
             + f'{e(sig_text.split(" Outlook")[0])} <a href="{sig_url}">Outlook{e(sig_text.split("Outlook", 1)[1])}</a></div>\n'
             + '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
             + '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             + "<br>\n".join(f"<b>{e(l)}</b> {e(v)}" for l, v in zip(labels, values))
             + '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n'
             + "\n".join(f'<div>{e(x) if x else "<br>"}</div>' for x in quoted.rstrip("\n").split("\n"))
             + '\n</div>\n</body>\n</html>\n')
    bnd = f"_000_{h(seed, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
    return multipart("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "utf-8", "base64"),
        leaf('text/html; charset="utf-8"', html_, "utf-8", "base64"),
    ])


def outlook_mac_part(seed, reply, labels, values, quoted):
    plain = reply.rstrip("\n") + "\n\n" + "\n".join(f"{l} {v}" for l, v in zip(labels, values)) + "\n" + "\n" + quoted
    hblock = "<br>\n".join(f"<b><span style='font-size:12.0pt;color:black'>{e(l)} </span></b>"
                           f"<span style='font-size:12.0pt;color:black'>{e(v)}</span>" for l, v in zip(labels, values))
    html_ = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
             '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
             '<meta name=Generator content="Microsoft Word 15 (filtered medium)">' + OUTLOOK_CSS +
             '</head><body lang=NL-BE link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
             '<div class=WordSection1>\n' + mso_paras(reply) + '\n'
             '<div id="mail-editor-reference-message-container"><div class=MsoNormal style=\'text-align:center\' align=center>'
             '<span style=\'color:black\'><hr size=1 width="100%" align=center></span></div>\n'
             '<p class=MsoNormal style=\'margin-bottom:12.0pt\'>' + hblock + '<o:p></o:p></p>\n'
             + mso_paras(quoted) + '\n</div></div></body></html>\n')
    bnd = f"B_{h(seed, 10, '0123456789')}_{h(seed + 'b', 10, '0123456789')}"
    return multipart("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', plain, "utf-8", "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html_, "utf-8", "quoted-printable"),
    ], preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                "this format, some or all of this message may not be legible.")


# ---------------------------------------------------------------- Gmail / Apple / Thunderbird / Roundcube
def gmail_part(seed, reply, attribution, quoted_text):
    plain = reply.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote(quoted_text) + ">\n"
    divs = "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in reply.rstrip("\n").split("\n"))
    html_ = (f'<div dir="ltr">{divs}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{e(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(quoted_text, "<br>")}<br>'
             f'</blockquote></div>\n')
    bnd = "0000000000" + h(seed, 18, "0123456789abcdef")
    need_qp = not is_ascii(plain)
    return multipart("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', plain, "utf-8", "quoted-printable" if need_qp else "7bit"),
        leaf('text/html; charset="UTF-8"', html_, "utf-8", "quoted-printable"),
    ], tab=False)


def apple_lines(text):
    ls = text.rstrip("\n").split("\n")
    return e(ls[0]) + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in ls[1:])


def apple_part(seed, reply, attribution, quoted_text, nested_attr=None):
    plain = reply.rstrip("\n") + "\n\n" + quote(attribution + "\n\n" + quoted_text) + "\n"
    html_ = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
             + apple_lines(reply) + '<div><br><blockquote type="cite"><div>'
             + e(attribution) + '</div><br class="Apple-interchange-newline"><div><div>'
             + html_lines(quoted_text, "<br>") + '</div></div></blockquote></div><br></body></html>\n')
    bnd = f"Apple-Mail=_{guid(seed, upper=True)}"
    return multipart("alternative", bnd, [
        leaf("text/plain;\r\n\tcharset=utf-8", plain, "utf-8", "quoted-printable"),
        leaf("text/html;\r\n\tcharset=utf-8", html_, "utf-8", "quoted-printable"),
    ])
# ---------------------------------------------------------------- registry
REG = []
MIDS = {}


class Ctx:
    def __init__(self, r):
        self.__dict__.update(r)
        self.i = I(r["issue"]) if r["issue"] else None


def M(when, slug, issue, event, vid, product, lang, note, mid):
    def deco(fn):
        REG.append(dict(d=when, slug=slug, issue=issue, event=event, vid=vid, product=product,
                        lang=lang, note=note, mid=mid, fn=fn))
        MIDS[slug] = mid
        return fn
    return deco


def std(m, frm, to=OUR, subject=None, extra=(), irt=None, refs=None, date_pad=False, utc=False):
    hs = [("From", frm), ("To", to), ("Subject", subject),
          ("Date", rfcdate(m.d.astimezone(TZ[0]) if utc else m.d, date_pad)),
          ("Message-ID", m.mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return hs


RSNL_SIG_EN = "RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht | +31 30 210 44 00"


# ================================================================ 1 July
@M(T("2024-07-01 09:00:38"), "osticket-ticket-opened", 201, "acknowledged", "482913",
   "osTicket 1.18 (New Ticket Autoresponse)", "en",
   "osTicket default 'Support Ticket Opened [#482913]' autoresponse threaded to our STORE-201 mail; decoys: service-desk phone number and the auth token in the view.php link.",
   "<Zq7kWm3RxT0bYc-" + h("ost1", 22, B62) + "@support.rsnl.nl>")
def _(m):
    i = m.i
    link = f"https://support.rsnl.nl/view.php?auth=o%3A{h('ostauth', 6)}x{h('ostauth2', 12, B62)}"
    txt = ("Dear StoreDesk,\n\n"
           "A request for support has been created and assigned #482913. A\n"
           "representative will follow-up with you as soon as possible. You can view\n"
           f"this ticket's progress online <{link}>.\n\n"
           "Your RSNL Service Desk Team,\n\n"
           "RSNL Service Desk\n" + RSNL_SIG_EN + "\n\n"
           "-------------------------------------------------------------------------------\n\n"
           "If you wish to provide additional comments or information regarding the\n"
           f"issue, please reply to this email or login to your account <{link}>\n"
           "for a complete archive of your support requests.\n")
    htm = ('<h3><strong>Dear StoreDesk,</strong></h3>\n<p>\nA request for support has been created and assigned #482913.\n'
           'A representative will follow-up with you as soon as possible. You can\n'
           f'<a href="{link}">view this ticket\'s progress\nonline</a>.\n</p>\n<br>\n'
           '<div style="color: rgb(127, 127, 127)">\nYour RSNL Service Desk Team,\n<br>\n'
           f'<p>RSNL Service Desk<br>{e(RSNL_SIG_EN)}</p>\n</div>\n<hr>\n'
           '<div style="color: rgb(127, 127, 127); font-size: small; "><em>If you\nwish to provide additional comments or '
           'information regarding the issue,\nplease reply to this email or <a href="' + link + '"><span\n'
           'style="color: rgb(84, 141, 212);" >login to your account</span></a> for\na complete archive of your support requests.</em></div>\n')
    bnd = "=_" + h("ostb1", 32)
    part = multipart("alternative", bnd, [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")])
    hs = trace(m.d, "support@rsnl.nl", "support.rsnl.nl", "203.0.113.24", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Support", "support@rsnl.nl"), addr("StoreDesk", OUR_ADDR, quote=True),
              "Support Ticket Opened [#482913]", irt=i.mid, refs=[i.mid],
              extra=[("X-Mailer", "osTicket Mailer"), ("Precedence", "auto_reply"), ("X-Autoreply", "yes"),
                     ("X-Auto-Response-Suppress", "DR, RN, OOF, AutoReply"), ("Auto-Submitted", "auto-replied")])
    return hs, part


@M(T("2024-07-01 09:00:59"), "exchange-ooo-fr", 257, "ignore", None,
   "Microsoft Exchange / Outlook automatic reply (OOF)", "fr",
   "French Exchange out-of-office ('Réponse automatique') threaded to STORE-257 that quotes our tag in its subject; decoys: return date, hotline phone number and a 'votre demande sera traitée' phrase that reads like an acknowledgement.",
   exo_mid("ooo-fr", "PA4PR07MB8391", "eurprd07"))
def _(m):
    i = m.i
    txt = ("Bonjour,\n\n"
           "Je suis absente du bureau jusqu'au lundi 15 juillet 2024 inclus et n'ai qu'un accès\n"
           "limité à ma messagerie. Votre message ne sera pas transféré ; votre demande sera\n"
           "traitée à mon retour.\n\n"
           "Pour toute urgence SAV (magasins Hauts-de-France), merci de contacter la hotline\n"
           "au 03 20 45 67 89 ou d'écrire à sav@fr.rsnl.nl en indiquant le numéro du magasin.\n\n"
           "Cordialement,\n"
           "Claire Dubois\n"
           "Responsable SAV - RSNL France\n")
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
           '<body dir="ltr">\n' + "".join(f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">{e(x) if x else "<br>"}</div>\n' for x in txt.rstrip().split("\n")) + '</body>\n</html>\n')
    bnd = f"_000_{h('ooofr', 40, UP)}_"
    part = multipart("alternative", bnd, [
        leaf('text/plain; charset="iso-8859-1"', txt, "iso-8859-1", "quoted-printable"),
        leaf('text/html; charset="iso-8859-1"', htm, "iso-8859-1", "quoted-printable")])
    hs = exo_trace(m.d, m.slug, "claire.dubois@fr.rsnl.nl")
    hs += std(m, addr("DUBOIS Claire", "claire.dubois@fr.rsnl.nl"), OUR,
              ew("Réponse automatique : " + i.subject, "utf-8", "B"), irt=i.mid, refs=[i.mid], utc=True,
              extra=[("Thread-Topic", ew(i.subject, "utf-8", "B")), ("Thread-Index", thread_index("ooofr", 1)),
                     ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                     ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR"),
                     ("X-MS-Exchange-Organization-AutoReplyV2", "1"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "claire.dubois@fr.rsnl.nl"),
                     ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")])
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-01 09:01:12"), "rt-autoreply", 229, "acknowledged", "73190",
   "Request Tracker 5.0 (Autoreply template)", "en",
   "RT default AutoReply with '[rsnl.nl #73190]' subject tag and the quoted original; decoys: the rtname 'rsnl.nl' inside the tag and the RT-Ticket header.",
   "<rt-5.0.5-2871-1719817272-1412.73190-6-0@rsnl.nl>")
def _(m):
    i = m.i
    txt = ("\nGreetings,\n\n"
           "This message has been automatically generated in response to the\n"
           "creation of a trouble ticket regarding:\n"
           f"\t\"{i.subject}\",\n"
           "a summary of which appears below.\n\n"
           "There is no need to reply to this message right now.  Your ticket has been\n"
           "assigned an ID of [rsnl.nl #73190].\n\n"
           "Please include the string:\n\n"
           "         [rsnl.nl #73190]\n\n"
           "in the subject line of all future correspondence about this issue. To do so,\n"
           "you may reply to this message.\n\n"
           "                        Thank you,\n"
           "                        support@rsnl.nl\n\n"
           "-------------------------------------------------------------------------\n"
           + i.body())
    part = leaf('text/plain; charset="utf-8"', txt, "utf-8", "8bit",
                extra=[("X-RT-Original-Encoding", "utf-8")])
    hs = trace(m.d, "support@rsnl.nl", "rt.rsnl.nl", "203.0.113.31", m.slug, dkim="rsnl.nl")
    hs += [("Subject", ew(f"[rsnl.nl #73190] AutoReply: {i.subject}", "utf-8", "B")),
           ("From", addr("RSNL Support via RT", "support@rsnl.nl", quote=True)),
           ("Reply-To", "support@rsnl.nl"),
           ("In-Reply-To", i.mid), ("References", f"<RT-Ticket-73190@rsnl.nl> {i.mid}"),
           ("Message-ID", m.mid), ("Precedence", "bulk"), ("X-RT-Loop-Prevention", "rsnl.nl"),
           ("X-RT-Ticket", "rsnl.nl #73190"), ("X-Managed-BY", "RT 5.0.5 (http://www.bestpractical.com/rt/)"),
           ("X-RT-Originator", OUR_ADDR), ("Auto-Submitted", "auto-replied"),
           ("To", OUR_ADDR), ("Date", rfcdate(m.d)), ("MIME-Version", "1.0")]
    return hs, part


@M(T("2024-07-01 10:12:31"), "thunderbird-fr-accuse", 257, "acknowledged", "SAV-240701-017",
   "Mozilla Thunderbird 115 (bottom-posted, format=flowed)", "fr",
   "A technician at fr.rsnl.nl acknowledges STORE-257 from Thunderbird, bottom-posting under the quoted original and giving the date-based reference SAV-240701-017; decoys: phone number and '24 h' callback promise.",
   f"<{guid('tbfr')}@fr.rsnl.nl>")
def _(m):
    i = m.i
    sent = i.sent_in(2)
    reply = ("Bonjour,\n\n"
             "Nous accusons réception de votre demande concernant la caisse 2 du magasin Lille Euralille. "
             "Elle a été enregistrée dans notre outil SAV sous la référence SAV-240701-017 ; merci de rappeler "
             "cette référence dans vos prochains échanges.\n\n"
             "Un technicien de notre agence de Villeneuve-d'Ascq vous contactera sous 24 h ouvrées pour convenir "
             "d'un passage.\n\n"
             "Bien cordialement,\n\n"
             "-- \n"
             "Marc Lefèvre\n"
             "Technicien support - RSNL France\n"
             "Tél. : +33 3 20 12 34 56\n")
    txt = (f"Le {sent:%d/%m/%Y} à {sent:%H:%M}, StoreDesk a écrit :\n" + quote(i.body()) + "\n" + flow(reply))
    part = leaf("text/plain; charset=UTF-8; format=flowed", txt, "utf-8", "8bit")
    hs = trace(m.d, "marc.lefevre@fr.rsnl.nl", "smtp.fr.rsnl.nl", "198.51.100.17", m.slug, dkim="fr.rsnl.nl",
               hops=[("[10.33.1.54] (lille-pc-0412.fr.rsnl.nl [10.33.1.54])", "smtp.fr.rsnl.nl (Postfix)",
                      "ESMTPSA id 4WCvG70x2Rz1xnk", -1)])
    hs += [("Message-ID", m.mid), ("Date", rfcdate(m.d)), ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Subject", ew("Re: " + i.subject, "UTF-8", "Q")), ("Content-Language", "fr"),
           ("To", addr("StoreDesk", OUR_ADDR)), ("Cc", addr("RSNL Support", "support@rsnl.nl")),
           ("References", i.mid), ("From", addr("Marc Lefèvre", "marc.lefevre@fr.rsnl.nl", "UTF-8", "Q")),
           ("In-Reply-To", i.mid)]
    return hs, part


# ================================================================ 2 July
HS_KEY = "18342qwxkzm"


@M(T("2024-07-02 07:00:47", 0), "helpspot-autoresponse", 202, "acknowledged", "18342",
   "HelpSpot (hosted, rsnl.helpspot.com) auto-response", "en",
   "HelpSpot-style auto-response from the hosted domain rsnl.helpspot.com giving 'Request ID: 18342' and a portal access key; decoys: the access key 18342qwxkzm that embeds the id, opening hours and phone number.",
   f"<{h('hs1', 32)}@rsnl.helpspot.com>")
def _(m):
    i = m.i
    url = f"https://rsnl.helpspot.com/index.php?pg=request.check&id={HS_KEY}"
    txt = ("Thank you for contacting RSNL Support.\n\n"
           "This is an automated message to let you know that we have received your\n"
           "request and a member of our staff will respond as soon as possible.\n\n"
           "  Request ID: 18342\n"
           f"  Access key: {HS_KEY}\n\n"
           "You can check the status of your request, or add information to it, at:\n"
           f"{url}\n\n"
           "Service desk opening hours: Mon-Fri 08:00-18:00 CET, Sat 09:00-13:00.\n"
           "For store outages call +31 30 210 44 00.\n\n"
           "--\nRSNL Support\n")
    htm = ("<html><body style=\"font-family: Helvetica, Arial, sans-serif; font-size: 13px;\">\n"
           "<p>Thank you for contacting RSNL Support.</p>\n"
           "<p>This is an automated message to let you know that we have received your request and a member of our staff will respond as soon as possible.</p>\n"
           f"<p>Request ID: <b>18342</b><br>\nAccess key: <b>{HS_KEY}</b></p>\n"
           f"<p>You can check the status of your request, or add information to it, at:<br>\n<a href=\"{url}\">{url}</a></p>\n"
           "<p style=\"color:#777\">Service desk opening hours: Mon-Fri 08:00-18:00 CET, Sat 09:00-13:00.<br>\nFor store outages call +31 30 210 44 00.</p>\n"
           "<p>--<br>RSNL Support</p>\n</body></html>\n")
    bnd = "b1_" + h("hsb1", 32)
    part = multipart("alternative", bnd, [leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "bounces+rsnl@rsnl.helpspot.com", "mail3.helpspot.com", "198.51.100.140", m.slug,
               dkim="rsnl.helpspot.com")
    hs += std(m, addr("RSNL Support", "support@rsnl.helpspot.com"), OUR,
              ew("Re: " + i.subject, "UTF-8", "B"), irt=i.mid, refs=[i.mid],
              extra=[("Reply-To", addr("RSNL Support", "support@rsnl.helpspot.com")),
                     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return hs, part


def kace_body(i, intro, fields, comment=None, comment_label="Comment"):
    s = intro + "\n\n"
    if comment:
        s += f"{comment_label}:\n{comment}\n\n"
    s += "\n".join(f"{k}: {v}" for k, v in fields) + "\n\n"
    s += ("To view this ticket, log on to the User Console:\n"
          "https://kace.rsnl.nl/userui/ticket.php?ID=1187\n\n"
          "To add a comment, reply to this e-mail and keep [TICK:1187] in the subject line.\n"
          "--\nRSNL Service Desk | Quest KACE Systems Management Appliance\n")
    return s


def kace_msg(m, subject_kind, body):
    i = m.i
    htm = "<html><body><pre style=\"font-family: Arial, sans-serif; white-space: pre-wrap\">" + e(body) + "</pre></body></html>\n"
    bnd = "b1_" + h(m.slug + "b", 32)
    part = multipart("alternative", bnd, [leaf("text/plain; charset=utf-8", body, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "servicedesk@rsnl.nl", "kace.rsnl.nl", "203.0.113.45", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Service Desk", "servicedesk@rsnl.nl"), OUR,
              ew(f"[TICK:1187] {subject_kind}: {i.subject}", "utf-8", "B"))
    return hs, part


@M(T("2024-07-02 09:01:30"), "kace-ticket-created", 230, "acknowledged", "1187",
   "Quest KACE SMA Service Desk (ticket created e-mail)", "en",
   "KACE service desk 'Ticket Created' notice with the [TICK:1187] subject tag and a User Console link; decoys: error code E17, queue name and priority fields.",
   f"<{h('kace1', 24)}@kace.rsnl.nl>")
def _(m):
    i = m.i
    body = kace_body(i, "Your ticket has been received and has been assigned ticket number 1187.",
                     [("Ticket", "TICK:1187"), ("Title", i.subject), ("Queue", "RSNL Hardware Support"),
                      ("Priority", "High"), ("Status", "New"), ("Category", "Cash handling :: Recycler"),
                      ("Submitter", f"StoreDesk ({OUR_ADDR})")],
                     comment=i.body().rstrip("\n"), comment_label="Description")
    return kace_msg(m, "Ticket Created", body)


@M(T("2024-07-02 13:40:20"), "rt-correspondence", 229, "update", "73190",
   "Request Tracker 5.0 (Correspondence)", "en",
   "RT correspondence from an agent announcing a replacement cable shipment on ticket [rsnl.nl #73190]; decoys: RMA number 24-0617, part number 4471-0022 and a UPS tracking number.",
   "<rt-5.0.5-3310-1719920420-88.73190-9-0@rsnl.nl>")
def _(m):
    i = m.i
    txt = ("Hello Sam,\n\n"
           "A replacement PIN pad cable (RJ45-to-USB, part no. 4471-0022) left our warehouse in\n"
           "Nieuwegein today under RMA 24-0617 and should arrive at Eindhoven Piazza tomorrow\n"
           "before 12:00. UPS tracking: 1Z 8V4 29E 68 1234 5678.\n\n"
           "The store can swap the cable themselves: switch off the terminal, unplug the old\n"
           "cable at both ends, plug in the new one and wait until the terminal shows GEREED.\n"
           "Please return the damaged cable in the same box using the prepaid label.\n\n"
           "We will keep the ticket open until you confirm the terminal works.\n\n"
           "Best regards,\n"
           "Lotte Hendriks\n"
           "RSNL Service Desk\n")
    part = leaf('text/plain; charset="utf-8"', txt, "utf-8", "8bit", extra=[("X-RT-Original-Encoding", "utf-8")])
    hs = trace(m.d, "support@rsnl.nl", "rt.rsnl.nl", "203.0.113.31", m.slug, dkim="rsnl.nl")
    hs += [("Subject", ew(f"[rsnl.nl #73190] {i.subject}", "utf-8", "B")),
           ("From", addr("Lotte Hendriks via RT", "support@rsnl.nl", quote=True)),
           ("Reply-To", "support@rsnl.nl"),
           ("In-Reply-To", MIDS["rt-autoreply"]),
           ("References", f"<RT-Ticket-73190@rsnl.nl> {i.mid} {MIDS['rt-autoreply']}"),
           ("Message-ID", m.mid), ("Precedence", "bulk"), ("X-RT-Loop-Prevention", "rsnl.nl"),
           ("X-RT-Ticket", "rsnl.nl #73190"), ("X-Managed-BY", "RT 5.0.5 (http://www.bestpractical.com/rt/)"),
           ("X-RT-Originator", "lotte.hendriks@rsnl.nl"),
           ("To", OUR_ADDR), ("Date", rfcdate(m.d)), ("MIME-Version", "1.0")]
    return hs, part


@M(T("2024-07-02 15:20:12", 1), "gmail-pt-visita", 258, "update", None,
   "Gmail (Google Workspace web, pt-BR UI)", "pt",
   "Portuguese Gmail reply from pt.rsnl.nl scheduling a technician for Thursday 4 July and asking for the printer serial number; decoys: phone number, visit time window and serial-number prefix, and no vendor ticket number anywhere.",
   gmail_mid("gm-pt"))
def _(m):
    i = m.i
    s = i.sent_in(1)
    reply = ("Bom dia Sam,\n\n"
             "Obrigado pelo aviso. A guilhotina da TM-m30II da caixa 1 tem de ser substituída; já temos a peça em stock no armazém da Maia.\n\n"
             "O nosso técnico, Tiago Costa, pode passar na loja na quinta-feira, dia 4 de julho, entre as 9h e as 12h. "
             "Conseguem confirmar se alguém da loja estará presente e enviar-nos o número de série da impressora (etiqueta por baixo, começa por X4)?\n\n"
             "Cumprimentos,\n"
             "Rui Almeida\n"
             "RSNL Portugal | Assistência Técnica\n"
             "+351 22 123 4567\n")
    attr = (f"Em {WD_PT[s.weekday()]}, {s.day} de {MON_PT[s.month - 1]} de {s.year} às {s:%H:%M}, "
            f"StoreDesk <{OUR_ADDR}> escreveu:")
    part = gmail_part(m.slug, reply, attr, i.body())
    hs = trace(m.d, "rui.almeida@pt.rsnl.nl", "mail-sor-f41.google.com", "209.85.220.41", m.slug,
               dkim="pt.rsnl.nl", tls="ESMTPS",
               hops=[("mail-sor-f41.google.com", "2002:a05:6a10:8f12::", "SMTP id o18csp2281923pxs", -1)])
    hs += [("MIME-Version", "1.0"), ("References", i.mid), ("In-Reply-To", i.mid),
           ("From", addr("Rui Almeida", "rui.almeida@pt.rsnl.nl")), ("Date", rfcdate(m.d)),
           ("Message-ID", m.mid), ("Subject", ew("Re: " + i.subject, "UTF-8", "Q")),
           ("To", addr("StoreDesk", OUR_ADDR)), ("Cc", addr("RSNL Support", "support@rsnl.nl"))]
    return hs, part


# ================================================================ 3 July
@M(T("2024-07-03 08:14:05"), "osticket-agent-reply", 201, "update", "482913",
   "osTicket 1.18 (Response/Reply template)", "en",
   "osTicket agent reply 'Re: [STORE-201] ... [#482913]' asking for a photo and the serial number; decoys: KB article KB-0193, a hardware-line phone number and the serial prefix TP7-.",
   "<Mx2rPb8QnU4eLd-" + h("ost2", 22, B62) + "@support.rsnl.nl>")
def _(m):
    i = m.i
    link = f"https://support.rsnl.nl/view.php?auth=o%3A{h('ostauth', 6)}x{h('ostauth2', 12, B62)}"
    resp = ("Thank you for the report. Till 3 at Amsterdam Centraal is a TP-7 with the 2023\n"
            "mainboard revision; a freeze on the boot logo is usually caused by the BIOS boot\n"
            "order being reset after a power cut (see KB-0193 in the portal).\n\n"
            "Could you ask the store to send us a photo of the screen where the till hangs,\n"
            "and the serial number from the sticker under the till (it starts with TP7-)?\n"
            "If the till does not even reach the BIOS screen, please call our hardware line on\n"
            "+31 20 794 1100 and we will send an engineer the same day.\n\n"
            "Kind regards,\nDaan Visser\n")
    txt = ("Dear StoreDesk,\n\n" + resp + "\n"
           "Your RSNL Service Desk Team,\n\nRSNL Service Desk\n" + RSNL_SIG_EN + "\n\n"
           "-------------------------------------------------------------------------------\n\n"
           "We hope this response has sufficiently answered your questions. If not,\n"
           "please do not send another email. Instead, reply to this email or login to\n"
           f"your account <{link}> for a complete archive of all your support requests\n"
           "and responses.\n")
    htm = ('<h3><strong>Dear StoreDesk,</strong></h3>\n' + html_paras(resp) + '\n<br>\n<br>\n'
           '<div style="color: rgb(127, 127, 127);">\nYour RSNL Service Desk Team,<br>\n'
           f'<p>RSNL Service Desk<br>{e(RSNL_SIG_EN)}</p>\n</div>\n<hr>\n'
           '<div style="color: rgb(127, 127, 127); font-size: small; text-align: center;"\n><em>We hope this response has '
           'sufficiently answered your questions. If\nnot, please do not send another email. Instead, reply to this email or\n'
           f'<a href="{link}" style="color: rgb(84, 141, 212);" >login\nto your account</a> for a complete archive of all '
           'your support requests\nand responses.</em></div>\n')
    bnd = "=_" + h("ostb2", 32)
    part = multipart("alternative", bnd, [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")])
    hs = trace(m.d, "support@rsnl.nl", "support.rsnl.nl", "203.0.113.24", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Support", "support@rsnl.nl"), addr("StoreDesk", OUR_ADDR, quote=True),
              ew(f"Re: {i.subject} [#482913]", "utf-8", "B"), irt=i.mid,
              refs=[i.mid, MIDS["osticket-ticket-opened"]],
              extra=[("X-Mailer", "osTicket Mailer")])
    return hs, part


@M(T("2024-07-03 09:02:10"), "casdm-incident-opened", 203, "acknowledged", "240217",
   "Broadcom CA Service Desk Manager 17.3 (contact notification)", "en",
   "CA SDM 'Incident 240217 opened' notification echoing our description, with a pdmweb.exe self-service link and a %INCIDENT_ID token; decoys: numeric priority 2, dd/mm/yyyy timestamp and group name.",
   f"<{h('sdm1', 12, '0123456789')}.{h('sdm1b', 6, '0123456789')}.JavaMail.sdm@itsm.rsnl.nl>")
def _(m):
    i = m.i
    url = "https://itsm.rsnl.nl/CAisd/pdmweb.exe?OP=SEARCH+FACTORY=in+SKIPLIST=1+QBE.EQ.ref_num=240217"
    txt = ("Incident 240217 has been opened on your behalf.\n\n"
           f"Summary: {i.subject}\n"
           "Priority: 2\n"
           "Status: Open\n"
           "Group: RSNL Retail Hardware\n"
           "Opened: 03/07/2024 09:02:06\n\n"
           "Description:\n" + i.body() + "\n"
           "You can review this incident in the Self Service portal:\n" + url + "\n\n"
           "Please do not change the subject line when replying to this message.\n"
           "%INCIDENT_ID=240217\n")
    part = leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable")
    hs = trace(m.d, "sdm@itsm.rsnl.nl", "itsm.rsnl.nl", "203.0.113.52", m.slug, dkim="itsm.rsnl.nl")
    hs += std(m, addr("RSNL Service Desk", "sdm@itsm.rsnl.nl"), OUR,
              ew(f"Incident 240217 opened: {i.subject}", "UTF-8", "Q"), date_pad=True)
    return hs, part


@M(T("2024-07-03 11:48:22"), "outlook-mac-nlbe-bios", 231, "update", None,
   "Microsoft Outlook for Mac 16.86", "nl",
   "Flemish Outlook for Mac reply threaded to STORE-231 asking the store to try three steps and send a BIOS photo; decoys: the same title 'Till 3 frozen on boot' as STORE-201, a planned Wednesday visit and a phone number, with no vendor ticket number.",
   f"<{guid('omac1', upper=True)}@be.rsnl.nl>")
def _(m):
    i = m.i
    s = i.sent_in(2)
    reply = ("Dag Sam,\n\n"
             "Bedankt voor de melding. Kassa 3 in Antwerpen Meir is een TP-7 van de nieuwe reeks; bij die toestellen zien we na een stroompanne soms dat de kassa blijft hangen op het logo.\n\n"
             "Kunnen jullie het volgende laten proberen door de winkel?\n"
             "1. Kassa volledig uitschakelen en de stekker 30 seconden uittrekken.\n"
             "2. Opnieuw opstarten en F2 ingedrukt houden tot het BIOS-scherm verschijnt.\n"
             "3. Een foto van dat scherm doorsturen.\n\n"
             "Als de kassa daarna nog altijd niet opstart, plannen we woensdag een technieker in.\n\n"
             "Met vriendelijke groeten,\n"
             "Pieter Claes\n"
             "RSNL Belgium – Field Support\n"
             "+32 3 555 01 23\n")
    labels = ["Van:", "Datum:", "Aan:", "Onderwerp:"]
    values = [f"StoreDesk <{OUR_ADDR}>", f"{DAY_NL[s.weekday()]}, {s.day} {MONTH_NL[s.month - 1]} {s.year} om {s:%H:%M}",
              "RSNL Support <support@rsnl.nl>", i.subject]
    part = outlook_mac_part(m.slug, reply, labels, values, i.body())
    hs = exo_trace(m.d, m.slug, "pieter.claes@be.rsnl.nl")
    hs += std(m, addr("Pieter Claes", "pieter.claes@be.rsnl.nl"), OUR, ew("Re: " + i.subject, "utf-8", "B"),
              irt=i.mid, refs=[i.mid],
              extra=[("User-Agent", "Microsoft-MacOutlook/16.86.24060916")] +
                    exo_headers(m.slug, m.d, i.subject, 1, "nl-BE", "AM9PR07MB7123"))
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-03 15:31:40"), "outlook-win-nl-monteur", 202, "update", "18342",
   "Microsoft Outlook 2021 for Windows (SMTP account, Windows-1252)", "nl",
   "Dutch Outlook for Windows reply quoting the HelpSpot auto-response, planning an engineer for Thursday and proposing a USB workaround; the id 18342 appears in the body and in the quoted auto-response; decoys: printer serial number, mobile number and the access key.",
   f"<001701dacd3a${h('owin1', 8)}${h('owin1b', 8)}@rsnl.nl>")
def _(m):
    i = m.i
    hs_d = REG_BY_SLUG["helpspot-autoresponse"]["d"].astimezone(TZ[2])
    reply = ("Hoi Sam,\n\n"
             "Ik zag jullie melding binnenkomen (bij ons request 18342). De bonprinter in Hoog Catharijne "
             "(Epson TM-T88VI, serienr. X5JT012345) meldt zich niet meer op het netwerk; waarschijnlijk is het "
             "vaste IP-adres na de routerwissel van vorige week vervallen.\n\n"
             "We plannen een monteur voor donderdag 4 juli tussen 13:00 en 17:00. Kan de filiaalmanager tot die "
             "tijd de printer via USB op kassa 1 aansluiten? Dan kunnen jullie in ieder geval bonnen printen.\n\n"
             "Mocht het eerder opgelost zijn, bel me even op 06-12345678.\n\n"
             "Met vriendelijke groet,\n\n"
             "Jeroen Bakker\n"
             "Field Service Coördinator\n"
             "RSNL B.V. | Papendorpseweg 100 | 3528 BJ Utrecht\n"
             "T +31 30 210 44 00\n")
    labels = ["Van:", "Verzonden:", "Aan:", "Onderwerp:"]
    values = ["RSNL Support <support@rsnl.helpspot.com>",
              f"{DAY_NL[hs_d.weekday()]} {hs_d.day} {MONTH_NL[hs_d.month - 1]} {hs_d.year} {hs_d:%H:%M}",
              f"StoreDesk <{OUR_ADDR}>", "Re: " + i.subject]
    quoted = ("Thank you for contacting RSNL Support.\n\n"
              "This is an automated message to let you know that we have received your request and a member of "
              "our staff will respond as soon as possible.\n\n"
              "  Request ID: 18342\n"
              f"  Access key: {HS_KEY}\n\n"
              "You can check the status of your request, or add information to it, at:\n"
              f"https://rsnl.helpspot.com/index.php?pg=request.check&id={HS_KEY}\n\n"
              "Service desk opening hours: Mon-Fri 08:00-18:00 CET, Sat 09:00-13:00.\n"
              "For store outages call +31 30 210 44 00.\n\n--\nRSNL Support\n")
    part = outlook_win_part(m.slug, wrap(reply, 76), labels, values, quoted)
    hs = trace(m.d, "jeroen.bakker@rsnl.nl", "smtp.rsnl.nl", "203.0.113.10", m.slug, dkim="rsnl.nl",
               hops=[("UTR-NB-0231 (utr-nb-0231.office.rsnl.nl [10.10.4.31])", "smtp.rsnl.nl (Postfix)",
                      "ESMTPSA id 4WDHr20b9Bz2yQ1", -2)])
    hs += [("From", addr("Bakker, Jeroen", "jeroen.bakker@rsnl.nl")),
           ("To", addr("StoreDesk", OUR_ADDR, quote=True)),
           ("Cc", addr("RSNL Support", "support@rsnl.nl", quote=True)),
           ("References", f"{i.mid} {MIDS['helpspot-autoresponse']}"),
           ("In-Reply-To", MIDS["helpspot-autoresponse"]),
           ("Subject", ew("RE: " + i.subject, "utf-8", "B")),
           ("Date", rfcdate(m.d)), ("Message-ID", m.mid), ("MIME-Version", "1.0"),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(m.slug, 2)),
           ("Content-Language", "nl")]
    return hs, part
# ================================================================ 4 July
AS_URL = "https://be.rsnl.nl/ticket/store-232-receipt-printer-offline-gent-veldstraat/"


def awesome_msg(m, subject, inner):
    htm = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
           '<title>RSNL Belgi\u00eb</title></head>\n<body style="margin:0;padding:0;background:#f2f2f2;">\n'
           '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center">\n'
           '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#444;">\n'
           '<tr><td style="padding:20px 30px;background:#0b3d6e;color:#ffffff;font-size:18px;">RSNL Belgi\u00eb &ndash; Support</td></tr>\n'
           f'<tr><td style="padding:30px;">{inner}</td></tr>\n'
           '<tr><td style="padding:15px 30px;font-size:11px;color:#999;border-top:1px solid #eee;">'
           'RSNL Belgium BV &middot; Noorderlaan 133 &middot; 2030 Antwerpen &middot; BTW BE 0712.345.678</td></tr>\n'
           '</table>\n</td></tr></table>\n</body></html>\n')
    part = leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")
    hs = trace(m.d, "support@be.rsnl.nl", "web01.be.rsnl.nl", "198.51.100.61", m.slug, dkim="be.rsnl.nl")
    hs += std(m, addr("RSNL België", "support@be.rsnl.nl"), OUR_ADDR, ew(subject, "UTF-8", "B"),
              extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])
    return hs, part


@M(T("2024-07-04 09:00:52"), "awesome-support-received", 232, "acknowledged", "5531",
   "Awesome Support (WordPress) new-ticket confirmation", "en",
   "Awesome Support default 'Request received:' confirmation giving '(#5531)'; decoys: the ticket permalink slug contains 'store-232', and the footer has a VAT number and postcode; not threaded (no In-Reply-To).",
   f"<{h('as1', 32, B62)}@be.rsnl.nl>")
def _(m):
    i = m.i
    inner = (f'<p>Hi <strong><em>StoreDesk</em>,</strong></p><p>Your request (<a href="{AS_URL}">#5531</a>) has been '
             'received, and is being reviewed by our support staff.</p><p>To add additional comments, follow the link '
             f'below:</p><h2><a href="{AS_URL}">View Ticket</a></h2><p>or follow this link: <a href="{AS_URL}">{AS_URL}</a>'
             '</p><hr><p>Regards,<br>RSNL Belgi\u00eb</p>')
    return awesome_msg(m, "Request received: " + i.subject, inner)


@M(T("2024-07-04 09:03:05"), "planon-melding-geregistreerd", 204, "acknowledged", "0046121",
   "Planon Self-Service / Service Management notification", "nl",
   "Dutch Planon-style 'Melding 0046121 is geregistreerd' notice with a zero-padded number and our subject as description; decoys: store address with postcode 2511 BL, target time and a 'do not reply' line; not threaded.",
   f"<{h('pl1', 10, '0123456789')}.{h('pl1b', 2, '0123456789')}.1720076585004@planon-app01.rsnl.nl>")
def _(m):
    i = m.i
    txt = ("Geachte heer/mevrouw,\n\n"
           "Uw melding is geregistreerd in ons systeem.\n\n"
           "Meldingnummer:    0046121\n"
           f"Omschrijving:     {i.subject}\n"
           "Locatie:          Den Haag Spui, Spui 41, 2511 BL Den Haag\n"
           "Datum melding:    04-07-2024 09:00\n"
           "Status:           Geregistreerd\n"
           "Streefdatum:      04-07-2024 13:00 (prioriteit 1 - storing kassa/betalen)\n\n"
           "Wij nemen zo spoedig mogelijk contact met u op. Vermeld bij vragen altijd het meldingnummer.\n\n"
           "Met vriendelijke groet,\n\nRSNL Servicedesk\n\n"
           "Dit is een automatisch gegenereerd bericht. U kunt niet op dit bericht reageren.\n")
    rows = [("Meldingnummer", "0046121"), ("Omschrijving", i.subject),
            ("Locatie", "Den Haag Spui, Spui 41, 2511 BL Den Haag"), ("Datum melding", "04-07-2024 09:00"),
            ("Status", "Geregistreerd"), ("Streefdatum", "04-07-2024 13:00 (prioriteit 1 - storing kassa/betalen)")]
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           "<body style=\"font-family:Verdana,sans-serif;font-size:12px\">\n<p>Geachte heer/mevrouw,</p>\n"
           "<p>Uw melding is geregistreerd in ons systeem.</p>\n<table cellpadding=\"3\">\n"
           + "\n".join(f"<tr><td><b>{e(k)}:</b></td><td>{e(v)}</td></tr>" for k, v in rows)
           + "\n</table>\n<p>Wij nemen zo spoedig mogelijk contact met u op. Vermeld bij vragen altijd het meldingnummer.</p>\n"
           "<p>Met vriendelijke groet,<br><br>RSNL Servicedesk</p>\n"
           "<p style=\"color:#888\">Dit is een automatisch gegenereerd bericht. U kunt niet op dit bericht reageren.</p>\n</body></html>\n")
    bnd = f"----=_Part_{h('pl1p', 5, '0123456789')}_{h('pl1q', 9, '0123456789')}.1720076585004"
    part = multipart("alternative", bnd, [leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "planon@rsnl.nl", "planon-app01.rsnl.nl", "203.0.113.70", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Servicedesk", "planon@rsnl.nl"), OUR_ADDR, "Melding 0046121 is geregistreerd",
              extra=[("Auto-Submitted", "auto-generated")])
    return hs, part


@M(T("2024-07-04 10:22:00"), "kace-ticket-changed", 230, "update", "1187",
   "Quest KACE SMA Service Desk (ticket changed e-mail)", "en",
   "KACE 'Ticket Changed' notice for [TICK:1187]: status Open -> Awaiting Parts with an engineer comment; decoys: purchase order number 4500123987, a delivery date and error code E17.",
   f"<{h('kace2', 24)}@kace.rsnl.nl>")
def _(m):
    i = m.i
    body = kace_body(i, "Ticket 1187 has been changed by Mark de Boer.\n\n"
                        "Status changed from \"Open\" to \"Awaiting Parts\".\n"
                        "Owner changed from \"Unassigned\" to \"Mark de Boer\".",
                     [("Ticket", "TICK:1187"), ("Title", i.subject), ("Queue", "RSNL Hardware Support"),
                      ("Priority", "High"), ("Status", "Awaiting Parts"), ("Owner", "Mark de Boer")],
                     comment=("The E17 code on the CR-5 recycler points to a worn note transport belt. We have ordered "
                              "a replacement belt kit (purchase order 4500123987, expected delivery 9 July) and an "
                              "engineer will fit it the same day. The recycler can stay in coin-only mode until then."))
    return kace_msg(m, "Ticket Changed", body)


@M(T("2024-07-04 12:30:44"), "roundcube-es-preguntas", 260, "update", None,
   "Roundcube Webmail 1.6 (format=flowed)", "es",
   "Spanish Roundcube reply from es.rsnl.nl asking three diagnostic questions about the E17 error; decoys: error code E17 (also in STORE-230), serial format CR5-XXXXXX and phone number, no vendor ticket id.",
   f"<{h('rc-es', 32)}@es.rsnl.nl>")
def _(m):
    i = m.i
    s = i.sent_in(2)
    reply = ("Hola Sam:\n\n"
             "Para poder diagnosticar el error E17 del reciclador necesitamos un poco más de información:\n\n"
             "- ¿Aparece el error al ingresar billetes, al dispensar cambio o en ambos casos?\n"
             "- ¿Podéis enviarnos una foto de la pantalla de estado (menú Mantenimiento > Contadores)?\n"
             "- Número de serie del módulo de billetes (etiqueta lateral, formato CR5-XXXXXX).\n\n"
             "Con esos datos os decimos si hace falta enviar un técnico o basta con una limpieza del sensor.\n\n"
             "Un saludo,\n\n"
             "-- \n"
             "Javier Ruiz\n"
             "Soporte técnico | RSNL Iberia\n"
             "Tel. +34 91 555 23 40\n")
    txt = flow(reply) + "\n" + f"El {s:%Y-%m-%d %H:%M}, StoreDesk escribió:\n" + quote(i.body())
    part = leaf("text/plain; charset=UTF-8; format=flowed", txt, "utf-8", "8bit")
    hs = trace(m.d, "javier.ruiz@es.rsnl.nl", "webmail.es.rsnl.nl", "198.51.100.90", m.slug, dkim="es.rsnl.nl",
               hops=[("webmail.es.rsnl.nl (localhost [127.0.0.1])", "webmail.es.rsnl.nl (Postfix)",
                      "ESMTPSA id 4WFB0c3hW2z9tK5", -1)])
    hs += [("MIME-Version", "1.0"), ("Date", rfcdate(m.d)), ("From", addr("Javier Ruiz", "javier.ruiz@es.rsnl.nl")),
           ("To", addr("StoreDesk", OUR_ADDR)), ("Cc", "support@rsnl.nl"),
           ("Subject", ew("Re: " + i.subject, "UTF-8", "Q")), ("In-Reply-To", i.mid), ("References", i.mid),
           ("Message-ID", m.mid), ("X-Sender", "javier.ruiz@es.rsnl.nl"),
           ("User-Agent", "Roundcube Webmail/1.6.6")]
    return hs, part


@M(T("2024-07-04 17:45:09", 1), "iphone-pt-resolvido", 258, "resolved", None,
   "Apple iPhone Mail (iOS 17.5)", "pt",
   "Portuguese iPhone Mail reply saying the cutter was replaced and works, asking us to confirm, quoting the earlier Gmail message; decoys: '50 talões de teste', nested quote with a phone number, and no ticket number.",
   f"<{guid('iph-pt', upper=True)}@pt.rsnl.nl>")
def _(m):
    i = m.i
    g = REG_BY_SLUG["gmail-pt-visita"]["d"]
    s = i.sent_in(1)
    prev = ("Bom dia Sam,\n\n"
            "Obrigado pelo aviso. A guilhotina da TM-m30II da caixa 1 tem de ser substituída; já temos a peça em stock no armazém da Maia.\n\n"
            "O nosso técnico, Tiago Costa, pode passar na loja na quinta-feira, dia 4 de julho, entre as 9h e as 12h. "
            "Conseguem confirmar se alguém da loja estará presente e enviar-nos o número de série da impressora (etiqueta por baixo, começa por X4)?\n\n"
            "Cumprimentos,\nRui Almeida\nRSNL Portugal | Assistência Técnica\n+351 22 123 4567\n\n"
            f"Em {WD_PT[s.weekday()]}, {s.day} de {MON_PT[s.month - 1]} de {s.year} às {s:%H:%M}, StoreDesk <{OUR_ADDR}> escreveu:\n\n"
            + quote(i.body()))
    reply = ("Boa tarde,\n\n"
             "A guilhotina foi substituída hoje de manhã pelo Tiago e a impressora já corta normalmente (fizemos 50 talões de teste). "
             "Podem confirmar do vosso lado que está tudo bem?\n\n"
             "Enviado do meu iPhone\n")
    attr = f"A {g.day} de {MON_PT[g.month - 1]} de {g.year}, à(s) {g:%H:%M}, Rui Almeida <rui.almeida@pt.rsnl.nl> escreveu:"
    txt = reply + "\n" + quote(attr + "\n\n" + prev)
    part = leaf("text/plain;\r\n\tcharset=utf-8", txt, "utf-8", "quoted-printable")
    hs = trace(m.d, "rui.almeida@pt.rsnl.nl", "mail-wm1-f52.google.com", "209.85.128.52", m.slug, dkim="pt.rsnl.nl",
               hops=[("smtpclient.apple ([2001:818:e8f1:3c00:9d1a:44b2:7e0f:1a2b])", "smtp.gmail.com",
                      "ESMTPSA id 5b1f17b1804b1-4264a2f1e0asm41823515e9.20", -2)])
    hs += [("From", addr("Rui Almeida", "rui.almeida@pt.rsnl.nl")), ("Mime-Version", "1.0 (1.0)"),
           ("Subject", ew("Re: " + i.subject, "utf-8", "Q")), ("Date", rfcdate(m.d)), ("Message-Id", m.mid),
           ("References", f"{i.mid} {MIDS['gmail-pt-visita']}"), ("Cc", addr("RSNL Support", "support@rsnl.nl")),
           ("In-Reply-To", MIDS["gmail-pt-visita"]), ("To", addr("StoreDesk", OUR_ADDR)),
           ("X-Mailer", "iPhone Mail (21F90)")]
    return hs, part


# ================================================================ 5 July
@M(T("2024-07-05 08:30:14"), "planon-monteur-ingepland", 204, "update", "0046121",
   "Planon Self-Service / Service Management notification", "nl",
   "Planon-style 'Melding 0046121: monteur ingepland' notice scheduling the terminal swap; decoys: work-order number 0046121-01 that extends the melding number, terminal model, date/time slot and postcode.",
   f"<{h('pl2', 10, '0123456789')}.{h('pl2b', 2, '0123456789')}.1720161014221@planon-app01.rsnl.nl>")
def _(m):
    i = m.i
    txt = ("Geachte heer/mevrouw,\n\n"
           "Voor uw melding 0046121 is een werkorder aangemaakt en ingepland.\n\n"
           "Werkorder:        0046121-01\n"
           f"Omschrijving:     {i.subject}\n"
           "Monteur:          R. Janssens\n"
           "Gepland:          vrijdag 05-07-2024, 12:00 - 14:00\n"
           "Locatie:          Den Haag Spui, Spui 41, 2511 BL Den Haag\n"
           "Status:           Ingepland\n\n"
           "De monteur vervangt de betaalterminal (Ingenico Lane/3000) en laat de nieuwe terminal aanmelden bij de "
           "acquirer. Tot die tijd kunnen pinbetalingen via kassa 2 worden afgehandeld.\n\n"
           "Met vriendelijke groet,\n\nRSNL Servicedesk\n\n"
           "Dit is een automatisch gegenereerd bericht. U kunt niet op dit bericht reageren.\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           "<body style=\"font-family:Verdana,sans-serif;font-size:12px\">\n" + html_paras(txt) + "\n</body></html>\n")
    bnd = f"----=_Part_{h('pl2p', 5, '0123456789')}_{h('pl2q', 9, '0123456789')}.1720161014221"
    part = multipart("alternative", bnd, [leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "planon@rsnl.nl", "planon-app01.rsnl.nl", "203.0.113.70", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Servicedesk", "planon@rsnl.nl"), OUR_ADDR, "Melding 0046121: monteur ingepland",
              extra=[("Auto-Submitted", "auto-generated")])
    return hs, part


@M(T("2024-07-05 10:05:37"), "awesome-support-agent-reply", 232, "update", "5531",
   "Awesome Support (WordPress) 'New reply from agent' notification", "en",
   "Awesome Support default 'New reply to:' notice saying an agent replied to ticket #5531 without including the reply text; decoys: permalink slug with store-232 and the footer VAT number.",
   f"<{h('as2', 32, B62)}@be.rsnl.nl>")
def _(m):
    i = m.i
    inner = (f'<p>Hi <strong><em>StoreDesk</em>,</strong></p><p>An agent just replied to your ticket "<strong>{e(i.subject)}'
             f'</strong>" (<a href="{AS_URL}">#5531</a>). To view his reply or add additional comments, click the button '
             f'below:</p><h2><a href="{AS_URL}">View Ticket</a></h2><p>or follow this link: <a href="{AS_URL}">{AS_URL}</a>'
             '</p><hr><p>Regards,<br>RSNL Belgi\u00eb</p>')
    return awesome_msg(m, "New reply to: " + i.subject, inner)


ROUNDUP_FOOT = ("\n_______________________________________\n"
                "RSNL tracker <tracker@rsnl.nl>\n"
                "<https://tracker.rsnl.nl/issue2291>\n"
                "_______________________________________\n")


def roundup_msg(m, body, status, irt, refs):
    i = m.i
    part = leaf('text/plain; charset="utf-8"', body, "utf-8", "quoted-printable")
    hs = trace(m.d, "tracker@rsnl.nl", "tracker.rsnl.nl", "203.0.113.88", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("Bram Verhoeven", "tracker@rsnl.nl"), OUR_ADDR,
              ew(f"[issue2291] {i.subject}", "utf-8", "B"), irt=irt, refs=refs,
              extra=[("Reply-To", addr("RSNL tracker", "tracker@rsnl.nl")),
                     ("X-Roundup-Name", "RSNL tracker"), ("X-Roundup-Loop", "hello"),
                     ("X-Roundup-Version", "2.3.0"), ("X-Roundup-issue-status", status),
                     ("X-Roundup-issue-priority", "urgent"), ("X-Roundup-issue-assignedto", "bram"),
                     ("Precedence", "bulk")])
    return hs, part


@M(T("2024-07-05 11:20:03"), "roundup-nosy-chatting", 205, "update", "issue2291",
   "Roundup issue tracker 2.3 (nosy message)", "en",
   "Roundup nosy message '[issue2291]' with an engineer comment and the change block 'status: unread -> chatting', threaded to our STORE-205 mail; decoys: switch port Gi1/0/14, '60 minutes' and the serial prefix Q2.",
   f"<1720171203.47.0.839211456021.issue2291@tracker.rsnl.nl>")
def _(m):
    i = m.i
    body = ("\nBram Verhoeven <bram.verhoeven@rsnl.nl> added the comment:\n\n"
            "Hi Sam,\n\n"
            "The controller logs for Eindhoven Piazza show the access point in the stockroom\n"
            "rebooting every 60 minutes on the dot, which matches the scheduled PoE power cycle\n"
            "that was configured for the old AP model. I have removed the schedule on the switch\n"
            "(port Gi1/0/14) just now.\n\n"
            "Could you let me know tomorrow whether the drops have stopped? If they haven't, I'll\n"
            "ask the store to read out the serial number on the AP (sticker starts with Q2).\n\n"
            "----------\n"
            "assignedto:  -> bram\n"
            "nosy: +bram\n"
            "priority:  -> urgent\n"
            "status: unread -> chatting\n" + ROUNDUP_FOOT)
    return roundup_msg(m, body, "chatting", i.mid, [i.mid])


@M(T("2024-07-05 15:40:26"), "praxedo-rdv-intervention", 233, "update", "2024-07-05-0083",
   "Praxedo field service (customer appointment notification)", "fr",
   "French Praxedo-style appointment confirmation for intervention 2024-07-05-0083 with 'Votre référence : STORE-233'; decoys: the date-shaped intervention number, appointment date and slot, postcode 59777 and phone number; not threaded.",
   f"<{h('prax1', 20, '0123456789')}.{h('prax1b', 8)}@mail.praxedo.com>")
def _(m):
    i = m.i
    rows = [("Intervention n°", "2024-07-05-0083"), ("Votre référence", "STORE-233"),
            ("Objet", i.title), ("Site", "Lille Euralille - 100 centre commercial Euralille, 59777 Lille"),
            ("Date", "mardi 9 juillet 2024"), ("Créneau", "08h00 - 10h00"), ("Technicien", "Julien M.")]
    txt = ("Bonjour,\n\nNous vous confirmons le rendez-vous suivant :\n\n"
           + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n"
           "Le technicien vous préviendra environ 30 minutes avant son arrivée. En cas d'empêchement, merci de nous "
           "contacter au 03 20 98 76 54 au plus tard la veille avant 17h00.\n\n"
           "Cordialement,\nRSNL France - Service Interventions\n\n"
           "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n")
    htm = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">\n"
           "<p>Bonjour,</p>\n<p>Nous vous confirmons le rendez-vous suivant :</p>\n"
           "<table style=\"border-collapse:collapse\">\n"
           + "\n".join(f"<tr><td style=\"padding:4px 12px 4px 0;color:#777\">{e(k)}</td><td style=\"padding:4px 0\"><b>{e(v)}</b></td></tr>" for k, v in rows)
           + "\n</table>\n<p>Le technicien vous pr\u00e9viendra environ 30 minutes avant son arriv\u00e9e. En cas d'emp\u00eachement, merci de nous contacter au 03 20 98 76 54 au plus tard la veille avant 17h00.</p>\n"
           "<p>Cordialement,<br>RSNL France - Service Interventions</p>\n"
           "<p style=\"font-size:11px;color:#999\">Ce message est envoy\u00e9 automatiquement, merci de ne pas y r\u00e9pondre.</p>\n</body></html>\n")
    bnd = "=_" + h("praxb", 28, B62)
    part = multipart("alternative", bnd, [leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "bounce-7731@mail.praxedo.com", "mail.praxedo.com", "198.51.100.201", m.slug, dkim="fr.rsnl.nl")
    hs += std(m, addr("RSNL France - Interventions", "interventions@fr.rsnl.nl", quote=True), OUR_ADDR,
              ew("Confirmation de votre rendez-vous - Intervention 2024-07-05-0083", "UTF-8", "Q"),
              extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return hs, part


@M(T("2024-07-05 16:02:44"), "rt-resolved", 229, "resolved", "73190",
   "Request Tracker 5.0 (Resolved template)", "en",
   "RT default 'Resolved:' notification for [rsnl.nl #73190] ('According to our records, your request has been resolved'); decoys: RT-Ticket header and rtname in the tag.",
   "<rt-5.0.5-3312-1720188164-1021.73190-13-0@rsnl.nl>")
def _(m):
    i = m.i
    txt = ("According to our records, your request has been resolved. If you have any\n"
           "further questions or concerns, please respond to this message.\n")
    part = leaf('text/plain; charset="utf-8"', txt, "utf-8", "8bit", extra=[("X-RT-Original-Encoding", "utf-8")])
    hs = trace(m.d, "support@rsnl.nl", "rt.rsnl.nl", "203.0.113.31", m.slug, dkim="rsnl.nl")
    hs += [("Subject", ew(f"[rsnl.nl #73190] Resolved: {i.subject}", "utf-8", "B")),
           ("From", addr("Lotte Hendriks via RT", "support@rsnl.nl", quote=True)),
           ("Reply-To", "support@rsnl.nl"),
           ("In-Reply-To", MIDS["rt-correspondence"]),
           ("References", f"<RT-Ticket-73190@rsnl.nl> {i.mid} {MIDS['rt-correspondence']}"),
           ("Message-ID", m.mid), ("Precedence", "bulk"), ("X-RT-Loop-Prevention", "rsnl.nl"),
           ("X-RT-Ticket", "rsnl.nl #73190"), ("X-Managed-BY", "RT 5.0.5 (http://www.bestpractical.com/rt/)"),
           ("X-RT-Originator", "lotte.hendriks@rsnl.nl"),
           ("To", OUR_ADDR), ("Date", rfcdate(m.d)), ("MIME-Version", "1.0")]
    return hs, part


# ================================================================ 6-9 July
def trudesk_msg(m, subject, inner_html):
    htm = ("<!doctype html>\n<html>\n<head>\n    <meta charset=\"UTF-8\">\n"
           f"    <title>{'Updated: ' if 'Updated' in subject else ''}Ticket #1042</title>\n</head>\n<body>\n    <div>\n"
           + inner_html + "\n    </div>\n</body>\n</html>\n")
    # nodemailer generateTextFromHTML-style plain text
    import re as _re
    plain = _re.sub(r"<br\s*/?>", "\n", htm)
    plain = _re.sub(r"</(p|h2|h4|h5|li|div)>", "\n", plain)
    plain = _re.sub(r"<hr\s*/?>", "\n----------\n", plain)
    plain = _re.sub(r"<title>.*?</title>", "", plain, flags=_re.S)
    plain = _re.sub(r"<[^>]+>", "", plain)
    plain = html.unescape(plain)
    plain = "\n".join(x.strip() for x in plain.split("\n"))
    plain = _re.sub(r"\n{3,}", "\n\n", plain).strip() + "\n"
    bnd = f"--_NmP-{h(m.slug + 'nm', 16)}-Part_1"
    part = multipart("alternative", bnd, [leaf("text/plain; charset=utf-8", plain, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "noreply@desk.rsnl.nl", "desk.rsnl.nl", "203.0.113.95", m.slug, dkim="desk.rsnl.nl")
    hs += std(m, addr("RSNL Helpdesk", "noreply@desk.rsnl.nl"), OUR_ADDR, ew(subject, "utf-8", "Q"), date_pad=True)
    return hs, part


TRUDESK_META = ("        <h5>Ticket Group: Retail Benelux</h5>\n"
                "        <h5>Ticket Submitted by: StoreDesk</h5>\n"
                "        <h5>Submitted Date: 07/06/2024 09:00</h5>\n"
                "        <h5>Ticket Type: Issue</h5>\n"
                "        <h5>Ticket Priority: High</h5>\n"
                "        <h5>\n            <span class=\"strong\">Tags:</span>\n            <ul>\n"
                "                    <li>cash-drawer</li>\n                    <li>groningen</li>\n            </ul>\n        </h5>\n")


@M(T("2024-07-06 09:01:08"), "trudesk-new-ticket", 206, "acknowledged", "1042",
   "Trudesk 1.2 (new-ticket mail template)", "en",
   "Trudesk default new-ticket mail 'Ticket #1042-[STORE-206] ...' listing group, type, priority and tags and echoing our description; decoys: US-style submitted date 07/06/2024 and tag names; not threaded.",
   f"<{guid('trd1')}@desk.rsnl.nl>")
def _(m):
    i = m.i
    inner = ("        <p>\n            A ticket has been submitted by StoreDesk. The ticket details are listed below.\n        </p>\n"
             f"        <hr>\n        <h2>{e(i.subject)}</h2>\n" + TRUDESK_META +
             "        <br/>\n        <h4>Ticket Issue</h4>\n        <hr/>\n"
             f"        <p class=\"issue\">{html_lines(i.body(), '<br>')}</p>")
    return trudesk_msg(m, f"Ticket #1042-{i.subject}", inner)


@M(T("2024-07-06 11:55:41", 1), "outlook-android-pt", 234, "update", None,
   "Microsoft Outlook for Android (Exchange Online)", "pt",
   "Portuguese Outlook for Android reply explaining that the acquirer keys expired and asking the store to restart the terminal after 15:00; decoys: mobile number, times, the SIBS key reload and the 'Obter o Outlook para Android' signature; no vendor ticket id.",
   exo_mid("oand-pt", "DU0PR07MB9122", "eurprd07"))
def _(m):
    i = m.i
    s = i.sent_in(1)
    reply = ("Olá Sam,\n\n"
             "O terminal de pagamento da loja de Santa Catarina está a recusar os cartões porque a chave de cifra expirou ontem à noite. "
             "Já pedimos à SIBS uma nova carga de chaves; a loja só tem de reiniciar o terminal hoje depois das 15h00.\n\n"
             "Se às 16h00 ainda recusar, liguem-me para o 912 345 678.\n\n"
             "Ana\n")
    labels = ["De:", "Enviado:", "Para:", "Assunto:"]
    values = [f"StoreDesk <{OUR_ADDR}>",
              f"{DAY_PT[s.weekday()]}, {s.day} de {MONTH_PT[s.month - 1]} de {s.year} {s:%H:%M:%S}",
              "RSNL Support <support@rsnl.nl>", i.subject]
    part = outlook_mobile_part(m.slug, reply, "Obter o Outlook para Android", "https://aka.ms/AAb9ysg",
                               labels, values, i.body())
    hs = exo_trace(m.d, m.slug, "ana.ferreira@pt.rsnl.nl")
    hs += std(m, addr("Ana Ferreira", "ana.ferreira@pt.rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew("Re: " + i.subject, "utf-8", "B"), irt=i.mid, refs=[i.mid], utc=True,
              extra=exo_headers(m.slug, m.d, i.subject, 1, "pt-PT", "DU0PR07MB9122"))
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-07 13:01:19"), "exchange-delay-de", 235, "ignore", None,
   "Microsoft Exchange Online delivery-delay DSN", "de",
   "German Exchange 'Zustellung verzögert' delay notification (multipart/report, Action: delayed) for our STORE-235 mail to a forwarded Köln mailbox; decoys: our tag in the subject and returned headers, retry duration and status code 4.4.7.",
   f"<{guid('dsn-de')}@DB8PR07MB6443.eurprd07.prod.outlook.com>")
def _(m):
    i = m.i
    arr = i.sent.astimezone(TZ[0]) + dt.timedelta(seconds=4)
    txt = ("Die Zustellung verzögert sich für diese Empfänger oder Gruppen:\n\n"
           "service-koeln@de.rsnl.nl (service-koeln@de.rsnl.nl)\n\n"
           f"Betreff: {i.subject}\n\n"
           "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
           "Der Server wird noch 1 Tag, 19 Stunden und 58 Minuten lang versuchen, die Nachricht zuzustellen. "
           "Sie werden benachrichtigt, wenn die Nachricht nicht zugestellt werden kann.\n\n"
           "Sie müssen nichts weiter tun.\n\n\n\n\n\n\n"
           "Diagnoseinformationen für Administratoren:\n\n"
           "Generierender Server: DB8PR07MB6443.eurprd07.prod.outlook.com\n"
           "Empfangender Server: mx01.koeln.de.rsnl.nl (192.0.2.77)\n\n"
           "service-koeln@de.rsnl.nl\n"
           "Remoteserver hat '421 4.4.7 Service not available, closing transmission channel' zurückgegeben.\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
           + html_paras(txt, "p", " style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px\"") + "\n</body></html>\n")
    alt = multipart("alternative", f"_001_{h('dsnde1', 40, UP)}_", [
        leaf('text/plain; charset="utf-8"', txt, "utf-8", "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "utf-8", "quoted-printable")])
    ds = ("Reporting-MTA: dns;DB8PR07MB6443.eurprd07.prod.outlook.com\n"
          f"Received-From-MTA: dns;{MX}\n"
          f"Arrival-Date: {rfcdate(arr)}\n\n"
          "Final-Recipient: rfc822;service-koeln@de.rsnl.nl\n"
          "Action: delayed\n"
          "Status: 4.4.7\n"
          "Diagnostic-Code: smtp;421 4.4.7 Service not available, closing transmission channel\n"
          f"Will-Retry-Until: {rfcdate(arr + dt.timedelta(days=2))}\n")
    dsp = leaf("message/delivery-status", ds, None, "7bit")
    orig = sent_headers(i)
    hdrp = leaf("text/rfc822-headers", orig, None, "7bit")
    part = multipart("report", f"_002_{h('dsnde2', 40, UP)}_", [alt, dsp, hdrp],
                     params=" report-type=delivery-status;")
    hs = exo_trace(m.d, m.slug, "postmaster@de.rsnl.nl")
    hs[0] = ("Return-Path", "<>")
    hs += std(m, addr("Microsoft Outlook", "postmaster@de.rsnl.nl"), OUR_ADDR,
              ew("Zustellung verzögert: " + i.subject, "utf-8", "B"), utc=True,
              extra=[("Thread-Topic", ew(i.subject, "utf-8", "B")), ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                     ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"),
                     ("X-MS-Exchange-Message-Is-Ndr", "")])
    return hs, part


@M(T("2024-07-08 10:15:27"), "trudesk-comment-added", 206, "update", "1042",
   "Trudesk 1.2 (ticket-comment-added mail template)", "en",
   "Trudesk default comment-added mail 'Updated: Ticket #1042-...' with the agent's comment about a replacement drawer; decoys: DHL tracking number, key code 004 and the US-style dates.",
   f"<{guid('trd2')}@desk.rsnl.nl>")
def _(m):
    i = m.i
    inner = (f"        <h2>Updated: {e(i.subject)}</h2>\n" + TRUDESK_META +
             "\n        <br/><br/>\n        <h4>Ticket Issue</h4>\n        <hr/>\n"
             f"        <p class=\"issue\">{html_lines(i.body(), '<br>')}</p>\n\n        <br/><br/>\n"
             "        <h4>Comments</h4>\n        <hr/>\n"
             "            <h5>Femke de Graaf</h5>\n            <h5>07/08/2024 10:14</h5>\n            <br/>\n"
             "            <p class=\"issue\">The solenoid of the cash drawer (APG VB320) is stuck. A replacement drawer is on its "
             "way (DHL 3SRSNL0012345) and should arrive on Wednesday; until then the drawer can be opened with the key "
             "(key code 004).</p>\n            <br/>\n            <hr/>")
    return trudesk_msg(m, f"Updated: Ticket #1042-{i.subject}", inner)


@M(T("2024-07-08 14:10:52"), "casdm-incident-resolved", 203, "resolved", "240217",
   "Broadcom CA Service Desk Manager 17.3 (contact notification)", "en",
   "CA SDM 'Incident 240217 resolved' notice with a resolution text and a 5-working-day auto-close warning; decoys: Broadcom KB id TEC1934412, till number 4 and the word 'closed' in the auto-close sentence.",
   f"<{h('sdm2', 12, '0123456789')}.{h('sdm2b', 6, '0123456789')}.JavaMail.sdm@itsm.rsnl.nl>")
def _(m):
    i = m.i
    url = "https://itsm.rsnl.nl/CAisd/pdmweb.exe?OP=SEARCH+FACTORY=in+SKIPLIST=1+QBE.EQ.ref_num=240217"
    txt = ("Incident 240217 has been resolved.\n\n"
           f"Summary: {i.subject}\n"
           "Status: Resolved\n"
           "Assignee: Kevin Smits\n"
           "Resolved: 08/07/2024 14:10:44\n\n"
           "Resolution:\n"
           "The DS2208 scanner at till 4 had been reset to factory defaults (USB-CDC mode). Reprogrammed it to\n"
           "USB-HID with the RSNL configuration barcode from TEC1934412; scanning tested OK together with the store.\n\n"
           "If the problem has not been solved, reply to this message within 5 working days to reopen the\n"
           "incident. After that period the incident will be closed automatically.\n\n"
           + url + "\n\n"
           "Please do not change the subject line when replying to this message.\n"
           "%INCIDENT_ID=240217\n")
    part = leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable")
    hs = trace(m.d, "sdm@itsm.rsnl.nl", "itsm.rsnl.nl", "203.0.113.52", m.slug, dkim="itsm.rsnl.nl")
    hs += std(m, addr("RSNL Service Desk", "sdm@itsm.rsnl.nl"), OUR,
              ew(f"Incident 240217 resolved: {i.subject}", "UTF-8", "Q"), date_pad=True)
    return hs, part


@M(T("2024-07-09 11:05:33"), "helpspot-request-closed", 202, "closed", "18342",
   "HelpSpot (hosted, rsnl.helpspot.com) closing note", "en",
   "HelpSpot-style notice 'Your request 18342 has been closed' with a staff closing note, from the hosted domain; decoys: printer IP address, a 4 July date, the access key and the phrase 'If this issue is not resolved'.",
   f"<{h('hs2', 32)}@rsnl.helpspot.com>")
def _(m):
    i = m.i
    url = f"https://rsnl.helpspot.com/index.php?pg=request.check&id={HS_KEY}"
    txt = ("Hello,\n\n"
           "Your request 18342 has been closed. Jeroen Bakker added the following note:\n\n"
           "  \"Static IP restored on the TM-T88VI (192.168.10.40) and test print OK on\n"
           "  4 July; no further reports from the store.\"\n\n"
           "If this issue is not resolved, simply reply to this message and your request\n"
           "will be reopened.\n\n"
           f"Access key: {HS_KEY}\n{url}\n\n--\nRSNL Support\n")
    htm = ("<html><body style=\"font-family: Helvetica, Arial, sans-serif; font-size: 13px;\">\n"
           + html_paras(txt.replace(url, "@@URL@@")).replace("@@URL@@", f'<a href="{url}">{url}</a>') + "\n</body></html>\n")
    bnd = "b1_" + h("hsb2", 32)
    part = multipart("alternative", bnd, [leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
                                          leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")],
                     tab=False)
    hs = trace(m.d, "bounces+rsnl@rsnl.helpspot.com", "mail3.helpspot.com", "198.51.100.140", m.slug,
               dkim="rsnl.helpspot.com")
    hs += std(m, addr("RSNL Support", "support@rsnl.helpspot.com"), OUR,
              ew("Re: " + i.subject, "UTF-8", "B"), irt=MIDS["outlook-win-nl-monteur"],
              refs=[i.mid, MIDS["helpspot-autoresponse"], MIDS["outlook-win-nl-monteur"]],
              extra=[("Reply-To", addr("RSNL Support", "support@rsnl.helpspot.com"))])
    return hs, part
# ================================================================ 10-13 July
@M(T("2024-07-10 07:30:00", 0), "mailchimp-service-update", None, "ignore", None,
   "Mailchimp newsletter (RSNL Service Update)", "nl",
   "RSNL monthly service newsletter sent through Mailchimp with List-Unsubscribe and campaign headers; decoys: KB article 40112, firmware version 4.2.1, a maintenance date, support phone numbers and advice about quoting ticket numbers.",
   f"<{h('mc1', 20)}.{h('mc1b', 10, '0123456789')}@mail177.atl221.rsgsv.net>")
def _(m):
    u, lid, cid = h("mcu", 25), h("mcl", 10), h("mcc", 10)
    txt = ("** RSNL Service Update | juli 2024\n"
           "------------------------------------------------------------\n\n"
           "Beste relatie,\n\n"
           "In deze editie:\n\n"
           "** Firmware 4.2.1 voor Lane/3000 PIN-pads\n"
           "Vanaf 15 juli rollen we firmware 4.2.1 uit. Deze versie lost het probleem op waarbij contactloze "
           "betalingen na een stroomstoring geweigerd werden. Meer informatie vindt u in KB 40112 op "
           "https://help.rsnl.nl/kb/40112\n\n"
           "** Onderhoud serviceportal op 3 augustus\n"
           "Op zaterdag 3 augustus tussen 22:00 en 02:00 uur is het serviceportal niet beschikbaar. "
           "Storingen kunt u dan telefonisch melden via 030 210 44 00.\n\n"
           "** Tip van de servicedesk\n"
           "Vermeld bij een storingsmelding altijd uw eigen referentie- of ticketnummer in het onderwerp, "
           "dan koppelen wij uw reactie direct aan de juiste melding.\n\n"
           "Met vriendelijke groet,\nTeam RSNL Service\n\n"
           "============================================================\n"
           "Copyright (C) 2024 RSNL B.V. Alle rechten voorbehouden.\n"
           "U ontvangt deze e-mail omdat u klant bent van RSNL.\n\n"
           "Ons postadres is:\nRSNL B.V.\nPapendorpseweg 100\nUtrecht 3528 BJ\nNetherlands\n\n"
           f"Wilt u deze e-mails niet meer ontvangen? Afmelden: https://rsnl.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={h('mce', 10)}&c={cid}\n")
    htm = ("<!doctype html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
           "xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta charset=\"UTF-8\">\n"
           "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>RSNL Service Update | juli 2024</title>\n</head>\n<body>\n<center>\n"
           "<table align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" height=\"100%\" width=\"100%\" id=\"bodyTable\">\n"
           "<tr><td align=\"center\" valign=\"top\" id=\"bodyCell\">\n"
           + html_paras(txt.split("====")[0]) +
           f"\n<p class=\"mcnTextContent\" style=\"font-size:11px\">Copyright &copy; 2024 RSNL B.V. Alle rechten voorbehouden.<br>"
           f"<a href=\"https://rsnl.us21.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;c={cid}\">Afmelden</a></p>\n"
           f"<img src=\"https://rsnl.us21.list-manage.com/track/open.php?u={u}&amp;id={cid}&amp;e={h('mce', 10)}\" height=\"1\" width=\"1\" alt=\"\">\n"
           "</td></tr>\n</table>\n</center>\n</body>\n</html>\n")
    bnd = f"_----------=_MCPart_{h('mcpart', 10, '0123456789')}"
    part = multipart("alternative", bnd, [leaf('text/plain; charset="utf-8"; format="fixed"', txt, "utf-8", "quoted-printable"),
                                          leaf('text/html; charset="utf-8"', htm, "utf-8", "quoted-printable")])
    env = f"bounce-mc.us21_{h('mcb1', 8, '0123456789')}.{h('mcb2', 6, '0123456789')}-helpdesk=ops.storedesk.example@mail177.atl221.rsgsv.net"
    hs = trace(m.d, env, "mail177.atl221.rsgsv.net", "198.2.177.221", m.slug, dkim="rsnl.nl")
    hs += [("Subject", "RSNL Service Update | juli 2024"), ("From", addr("RSNL", "nieuws@rsnl.nl")),
           ("Reply-To", addr("RSNL", "nieuws@rsnl.nl")), ("To", OUR_ADDR), ("Date", rfcdate(m.d)),
           ("Message-ID", m.mid),
           ("List-Unsubscribe", f"<https://rsnl.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={h('mce', 10)}&c={cid}>,"
                                f" <mailto:unsubscribe-mc.us21_{u}.{cid}-{h('mce', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("X-Mailer", f"Mailchimp Mailer - **CID{cid}{h('mccid', 10)}**"),
           ("X-Campaign", f"mailchimp{u}.{cid}"), ("X-campaignid", f"mailchimp{u}.{cid}"),
           ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={h('mce', 10)}"),
           ("X-MC-User", u), ("Feedback-ID", f"{h('fb1', 6, '0123456789')}:{h('fb2', 6, '0123456789')}.{h('fb3', 6, '0123456789')}:us21:mc"),
           ("List-ID", f"{u}mc list <{u}.{h('lid', 6, '0123456789')}.list-id.mcsv.net>"),
           ("X-Accounttype", "pd")]
    hs += [("Precedence", "bulk"), ("MIME-Version", "1.0")]
    return hs, part


@M(T("2024-07-10 16:40:18"), "outlook-mac-nlbe-opgelost", 231, "resolved", None,
   "Microsoft Outlook for Mac 16.86 (new, unthreaded message)", "nl",
   "New unthreaded Flemish Outlook for Mac message (no tag, no In-Reply-To) saying 'Till 3 frozen on boot' in Antwerpen Meir is fixed; decoys: the identical title of STORE-201 (Amsterdam Centraal), a CMOS battery replacement and no ticket number.",
   f"<{guid('omac2', upper=True)}@be.rsnl.nl>")
def _(m):
    reply = ("Dag Sam,\n\n"
             "Even een korte update over jullie melding \u201cTill 3 frozen on boot\u201d voor Antwerpen Meir: onze technieker is "
             "vanochtend langs geweest, heeft de CMOS-batterij vervangen en de BIOS-instellingen hersteld. Kassa 3 start nu "
             "normaal op en heeft de hele voormiddag zonder problemen gedraaid.\n\n"
             "Voor ons is het probleem hiermee opgelost. Laat gerust iets weten als de kassa toch nog eens blijft hangen.\n\n"
             "Met vriendelijke groeten,\n"
             "Pieter Claes\n"
             "RSNL Belgium – Field Support\n"
             "+32 3 555 01 23\n")
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)">' + OUTLOOK_CSS +
           '</head><body lang=NL-BE link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>\n'
           + mso_paras(reply) + '\n</div></body></html>\n')
    part = multipart("alternative", f"B_{h('omac2b', 10, '0123456789')}_{h('omac2c', 10, '0123456789')}", [
        leaf('text/plain; charset="UTF-8"', reply, "utf-8", "quoted-printable"),
        leaf('text/html; charset="UTF-8"', htm, "utf-8", "quoted-printable")],
        preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                 "this format, some or all of this message may not be legible.")
    subj = "Till 3 frozen on boot - Antwerpen Meir: opgelost"
    hs = exo_trace(m.d, m.slug, "pieter.claes@be.rsnl.nl")
    hs += std(m, addr("Pieter Claes", "pieter.claes@be.rsnl.nl"), addr("StoreDesk", OUR_ADDR), subj,
              extra=[("User-Agent", "Microsoft-MacOutlook/16.86.24060916")] +
                    exo_headers(m.slug, m.d, subj, 0, "nl-BE", "AM9PR07MB7123"))
    hs += exo_tail(m.slug, m.d)
    return hs, part


WECLAPP_FOOT = ("Mit freundlichen Grüßen\nIhr RSNL Service-Team\n\n"
                "RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln\n"
                "Tel. +49 221 555 0140 · Amtsgericht Köln HRB 98765 · Geschäftsführer: J. de Wit\n")


def weclapp_msg(m, subject, txt):
    htm = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Open Sans',Arial,sans-serif;font-size:13px;color:#222\">\n"
           + html_paras(txt) + "\n<p style=\"font-size:10px;color:#999\">Gesendet mit weclapp</p>\n</body></html>\n")
    part = multipart("alternative", f"----=_Part_{h(m.slug + 'w', 6, '0123456789')}_{h(m.slug + 'x', 10, '0123456789')}.{h(m.slug + 'y', 13, '0123456789')}", [
        leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, f"bounce-{h(m.slug + 'bb', 12)}@mail.weclapp.com", "mail-out2.weclapp.com", "198.51.100.230",
               m.slug, dkim="de.rsnl.nl")
    hs += std(m, addr("RSNL Deutschland Service", "service@de.rsnl.nl"), OUR_ADDR, ew(subject, "UTF-8", "Q"),
              extra=[("Reply-To", "service@de.rsnl.nl"), ("Auto-Submitted", "auto-generated")])
    return hs, part


@M(T("2024-07-11 09:02:47"), "weclapp-ticket-erstellt", 211, "acknowledged", "T-10234",
   "weclapp ERP/CRM ticketing (ticket created notification)", "de",
   "German weclapp-style notice 'Ihr Ticket T-10234 wurde erstellt' quoting our subject; decoys: commercial register number HRB 98765, postcode 50672 and phone number.",
   f"<{h('wc1', 10, '0123456789')}.{h('wc1b', 3, '0123456789')}.{h('wc1c', 13, '0123456789')}@weclapp.com>")
def _(m):
    i = m.i
    txt = ("Guten Tag,\n\n"
           "vielen Dank für Ihre Anfrage. Wir haben Ihr Ticket unter der Nummer T-10234 angelegt und melden uns "
           "schnellstmöglich bei Ihnen.\n\n"
           "Ticketnummer: T-10234\n"
           f"Betreff: {i.subject}\n"
           "Status: Neu\n"
           "Priorität: Hoch\n\n"
           "Wenn Sie weitere Informationen ergänzen möchten, antworten Sie einfach auf diese E-Mail. "
           "Bitte entfernen Sie die Ticketnummer nicht aus dem Betreff.\n\n" + WECLAPP_FOOT)
    return weclapp_msg(m, f"Ihr Ticket T-10234 wurde erstellt: {i.subject}", txt)


@M(T("2024-07-11 15:20:09"), "awesome-support-closed", 232, "closed", "5531",
   "Awesome Support (WordPress) 'Ticket closed (by agent)' notification", "en",
   "Awesome Support default 'Request closed:' notice 'Your request (#5531) has been closed by An Peeters' (template's own malformed HTML kept); decoys: permalink slug with store-232 and footer VAT number.",
   f"<{h('as3', 32, B62)}@be.rsnl.nl>")
def _(m):
    i = m.i
    inner = (f'<p>Hi <strong><em>StoreDesk,</em></strong></p>Your request (<a href="{AS_URL}">#5531</a>) has been closed by '
             '<strong>An Peeters</strong>.</p><hr><p>Regards,<br>RSNL Belgi\u00eb</p>')
    return awesome_msg(m, "Request closed: " + i.subject, inner)


FRACTTAL_FOOT = ("Atentamente,\nRSNL Iberia - Departamento de Mantenimiento\n\n"
                 "Este correo ha sido generado automáticamente por Fracttal. Por favor, no responda a este mensaje.\n")


def fracttal_msg(m, subject, txt):
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px;color:#37474f\">\n"
           "<div style=\"background:#00a19a;color:#fff;padding:12px 20px;font-size:16px\">RSNL Iberia &middot; Mantenimiento</div>\n"
           "<div style=\"padding:20px\">\n" + html_paras(txt) + "\n</div>\n</body></html>\n")
    part = multipart("alternative", h(m.slug + "fb", 60, "0123456789abcdef"), [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    env = f"bounces+{h(m.slug + 'sg', 7, '0123456789')}-{h(m.slug + 'sh', 4)}-helpdesk=ops.storedesk.example@em8841.fracttal.com"
    hs = trace(m.d, env, "o1.ptr8841.fracttal.com", "198.51.100.99", m.slug, dkim="es.rsnl.nl")
    hs += [("From", addr("RSNL Iberia Mantenimiento", "mantenimiento@es.rsnl.nl")), ("To", OUR_ADDR),
           ("Subject", ew(subject, "UTF-8", "B")), ("Date", rfcdate(m.d)), ("Message-ID", m.mid),
           ("Reply-To", "no-reply@es.rsnl.nl"), ("MIME-Version", "1.0"), ("X-Entity-ID", h(m.slug + "ent", 22, B62))]
    return hs, part


@M(T("2024-07-12 07:03:29", 0), "fracttal-solicitud-recibida", 212, "acknowledged", "SOL-0000412",
   "Fracttal One CMMS (service request received)", "es",
   "Spanish Fracttal-style 'Solicitud SOL-0000412 recibida' notice (zero-padded, prefixed id) sent via SendGrid with our subject as asunto; decoys: store address with postcode 28013 and 'Pendiente de aprobación' status.",
   f"<{h('fr1', 22, B62)}@geopod-ismtpd-7>")
def _(m):
    i = m.i
    txt = ("Hola,\n\n"
           "Hemos recibido su solicitud de servicio. Estos son los datos registrados:\n\n"
           "Nº de solicitud: SOL-0000412\n"
           f"Asunto: {i.subject}\n"
           "Ubicación: Madrid Preciados - C/ Preciados 9, 28013 Madrid\n"
           "Fecha de registro: 12/07/2024 09:03\n"
           "Estado: Pendiente de aprobación\n\n"
           "Le informaremos cuando la solicitud se convierta en una orden de trabajo.\n\n" + FRACTTAL_FOOT)
    return fracttal_msg(m, f"Solicitud SOL-0000412 recibida - {i.subject}", txt)


@M(T("2024-07-12 10:40:55"), "apple-mail-de-techniker", 211, "update", "T-10234",
   "Apple Mail 16 (macOS Sonoma)", "de",
   "German Apple Mail reply from de.rsnl.nl scheduling a technician visit for Tuesday 16.07. and naming ticket T-10234 in the body; decoys: display series VFD-220, the 8-10 time window and phone number.",
   f"<{guid('apde', upper=True)}@de.rsnl.nl>")
def _(m):
    i = m.i
    s = i.sent_in(2)
    reply = ("Hallo Herr Jansen,\n\n"
             "danke für die Meldung (bei uns Ticket T-10234). Das Flackern am Kundendisplay der Kasse 2 kommt sehr "
             "wahrscheinlich vom Displaykabel, bei der Serie VFD-220 ist das ein bekanntes Problem.\n\n"
             "Unser Techniker Herr Krüger kommt am Dienstag, 16.07., zwischen 8 und 10 Uhr vorbei und bringt ein neues "
             "Kabel und zur Sicherheit ein Ersatzdisplay mit. Bitte geben Sie der Filiale Bescheid.\n\n"
             "Viele Grüße\n"
             "Stefan Becker\n\n"
             "RSNL Deutschland GmbH\n"
             "Technischer Service\n"
             "Tel. +49 221 555 0140\n")
    attr = f"Am {s:%d.%m.%Y} um {s:%H:%M} schrieb StoreDesk <{OUR_ADDR}>:"
    part = apple_part(m.slug, reply, attr, i.body())
    hs = trace(m.d, "stefan.becker@de.rsnl.nl", "smtp.de.rsnl.nl", "198.51.100.33", m.slug, dkim="de.rsnl.nl",
               hops=[("smtpclient.apple (p5b2c3d4e.dip0.t-ipconnect.de [91.44.61.78])", "smtp.de.rsnl.nl (Postfix)",
                      "ESMTPSA id 4WL7Qk2pS8z3wBn", -1)])
    hs += [("From", addr("Stefan Becker", "stefan.becker@de.rsnl.nl")),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
           ("Subject", ew("Re: " + i.subject, "utf-8", "Q")), ("Date", rfcdate(m.d)),
           ("References", i.mid), ("To", addr("StoreDesk", OUR_ADDR)),
           ("In-Reply-To", i.mid), ("Message-Id", m.mid),
           ("X-Mailer", "Apple Mail (2.3774.600.62)")]
    return hs, part


@M(T("2024-07-12 12:10:40"), "roundup-nosy-resolved", 205, "resolved", "issue2291",
   "Roundup issue tracker 2.3 (nosy message)", "en",
   "Roundup nosy message '[issue2291]' with the change block 'status: chatting -> resolved' and 'resolution: -> fixed'; decoys: AP name AP-EHV-03, uptime figure and 'reply to reopen' wording.",
   f"<1720779040.12.0.552197340118.issue2291@tracker.rsnl.nl>")
def _(m):
    i = m.i
    body = ("\nBram Verhoeven <bram.verhoeven@rsnl.nl> added the comment:\n\n"
            "No drops for five days now according to the controller (uptime of AP-EHV-03 is\n"
            "6d 2h). Marking this as resolved; reply to this mail if the Wi-Fi starts dropping\n"
            "again and the issue will be reopened.\n\n"
            "----------\n"
            "resolution:  -> fixed\n"
            "status: chatting -> resolved\n" + ROUNDUP_FOOT)
    prev = MIDS["roundup-nosy-chatting"]
    return roundup_msg(m, body, "resolved", prev, [i.mid, prev])


@M(T("2024-07-12 14:00:12"), "nicereply-csat-survey", None, "ignore", None,
   "Nicereply CSAT survey", "nl",
   "Dutch Nicereply customer-satisfaction survey about the closed Belgian ticket #5531 with 1-10 rating links; decoys: it names our ticket number and agent and reads like a closure follow-up, but is a survey.",
   f"<{h('nr1', 24)}@mailer.nicereply.com>")
def _(m):
    base = "https://www.nicereply.com/rsnl-belgie/an-peeters"
    txt = ("Beste StoreDesk,\n\n"
           "Uw ticket #5531 (\"Receipt printer offline\") is onlangs door An Peeters afgehandeld.\n"
           "Hoe tevreden bent u over de geboden hulp? Klik op een cijfer:\n\n"
           + "\n".join(f"{n} - {base}?ticket=5531&score={n}" for n in range(10, 0, -1)) + "\n\n"
           "Het invullen duurt minder dan een minuut. Alvast bedankt!\n\n"
           "RSNL België - Klantenservice\n\n"
           "Powered by Nicereply. Geen enquêtes meer ontvangen? https://www.nicereply.com/unsubscribe/"
           + h("nrun", 20) + "\n")
    cells = "".join(f'<td style="padding:2px"><a href="{base}?ticket=5531&amp;score={n}" style="display:block;width:36px;'
                    f'line-height:36px;text-align:center;background:#f0f3f7;color:#0b3d6e;text-decoration:none">{n}</a></td>'
                    for n in range(1, 11))
    htm = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n"
           "<p>Beste StoreDesk,</p>\n<p>Uw ticket #5531 (&quot;Receipt printer offline&quot;) is onlangs door An Peeters "
           "afgehandeld.<br>\nHoe tevreden bent u over de geboden hulp?</p>\n"
           f"<table><tr>{cells}</tr></table>\n<p>Het invullen duurt minder dan een minuut. Alvast bedankt!</p>\n"
           "<p>RSNL Belgi\u00eb - Klantenservice</p>\n<p style=\"font-size:10px;color:#aaa\">Powered by Nicereply</p>\n</body></html>\n")
    part = multipart("alternative", "=_" + h("nrb", 30), [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, "bounce@mailer.nicereply.com", "mailer.nicereply.com", "198.51.100.170", m.slug,
               dkim="mailer.nicereply.com", dmarc="none")
    hs += std(m, addr("RSNL België", "survey@mailer.nicereply.com"), OUR_ADDR,
              ew("Hoe tevreden bent u over onze hulp? (ticket #5531)", "UTF-8", "Q"),
              extra=[("Reply-To", "support@be.rsnl.nl"), ("Precedence", "bulk"),
                     ("List-Unsubscribe", f"<https://www.nicereply.com/unsubscribe/{h('nrun', 20)}>")])
    return hs, part


@M(T("2024-07-13 09:00:40"), "enchant-autoreply", 213, "acknowledged", None,
   "Enchant (hosted helpdesk) auto-reply", "en",
   "Enchant-style automatic reply threaded to STORE-213 confirming the message was received, without any ticket number; decoys: office hours, a '4 business hours' promise and a knowledge-base link.",
   f"<{h('en1', 24)}.{h('en1b', 6, '0123456789')}@rsnl.enchant.com>")
def _(m):
    i = m.i
    txt = ("Hi StoreDesk,\n\n"
           "Thanks for getting in touch! This is an automatic reply to let you know that we've received your "
           "message.\n\n"
           "Our team is online Monday to Friday from 08:00 to 18:00 (CET) and usually replies within 4 business "
           "hours. Messages sent at the weekend are answered on Monday morning.\n\n"
           "In the meantime, our knowledge base has answers to many common questions: https://help.rsnl.nl\n\n"
           "RSNL Support\n")
    htm = ("<div style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5\">\n"
           + html_paras(txt) + "\n</div>\n")
    part = multipart("alternative", "--==_mimepart_" + h("enb", 13, "0123456789abcdef") + "_" + h("enc", 6, "0123456789"), [
        leaf("text/plain; charset=UTF-8", wrap(txt), "utf-8", "7bit"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "7bit")], tab=False)
    hs = trace(m.d, f"bounces+{h('enbn', 10)}@rsnl.enchant.com", "smtp-out.enchant.com", "198.51.100.120", m.slug,
               dkim="rsnl.nl")
    hs += std(m, addr("RSNL Support", "support@rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew("Re: " + i.subject, "UTF-8", "Q"), irt=i.mid, refs=[i.mid], date_pad=True,
              extra=[("Reply-To", addr("RSNL Support", "support@rsnl.nl")), ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All")])
    return hs, part


@M(T("2024-07-13 10:47:12"), "outlook-read-receipt-nl", 241, "ignore", None,
   "Microsoft Outlook / Exchange read receipt (MDN)", "nl",
   "Dutch Outlook read receipt 'Gelezen: [STORE-241] ...' (multipart/report; report-type=disposition-notification) with Original-Message-ID of our mail; decoys: our tag in the subject and the sent/read timestamps.",
   exo_mid("mdn-nl", "AS8PR07MB7990", "eurprd07"))
def _(m):
    i = m.i
    s = i.sent_in(2)
    d = m.d
    zone = "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"
    txt = ("Uw bericht\n\n"
           "  Aan: RSNL Support\n"
           f"  Onderwerp: {i.subject}\n"
           f"  Verzonden: {DAY_NL[s.weekday()]} {s.day} {MONTH_NL[s.month - 1]} {s.year} {s:%H:%M:%S} {zone}\n\n"
           f"is gelezen op {DAY_NL[d.weekday()]} {d.day} {MONTH_NL[d.month - 1]} {d.year} {d:%H:%M:%S} {zone}.\n")
    p1 = leaf('text/plain; charset="utf-8"', txt, "utf-8", "quoted-printable")
    mdn = ("Reporting-UA: AS8PR07MB7990.eurprd07.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;sanne.willems@rsnl.nl\n"
           f"Original-Message-ID: {i.mid}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    p2 = leaf("message/disposition-notification", mdn, None, "7bit")
    part = multipart("report", f"_000_{h('mdnb', 40, UP)}_", [p1, p2],
                     params=" report-type=disposition-notification;")
    hs = exo_trace(m.d, m.slug, "sanne.willems@rsnl.nl")
    hs += std(m, addr("Willems, Sanne", "sanne.willems@rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew("Gelezen: " + i.subject, "utf-8", "B"), utc=True,
              extra=[("Thread-Topic", ew(i.subject, "utf-8", "B")), ("Thread-Index", thread_index("mdnnl", 1)),
                     ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    hs += exo_tail(m.slug, m.d)
    return hs, part
# ================================================================ 14-17 July
@M(T("2024-07-14 09:00:31"), "gmail-vacation-nl-en", 214, "ignore", None,
   "Gmail vacation responder (Google Workspace)", "nl",
   "Bilingual Dutch/English Gmail vacation auto-reply threaded to STORE-214; decoys: return date 2 August, service-desk phone number with option 2, and 'quote your ticket number' advice.",
   gmail_mid("gm-vac"))
def _(m):
    i = m.i
    txt = ("Beste afzender,\n\n"
           "Ik ben met vakantie tot en met vrijdag 2 augustus en lees mijn e-mail niet. Uw bericht wordt niet doorgestuurd.\n\n"
           "Voor storingen en tickets: bel de servicedesk op 030 210 44 00 (keuze 2) of mail support@rsnl.nl en vermeld uw ticketnummer.\n\n"
           "Met vriendelijke groet,\nTom Haverkamp\nAccountmanager Retail\n\n"
           "--\n\n"
           "Dear sender,\n\n"
           "I am on holiday until Friday 2 August and will not be reading e-mail. Your message will not be forwarded.\n\n"
           "For faults and tickets please call the service desk on +31 30 210 44 00 (option 2) or e-mail support@rsnl.nl quoting your ticket number.\n\n"
           "Kind regards,\nTom Haverkamp\nAccount Manager Retail\n")
    htm = '<div dir="ltr">' + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in txt.rstrip().split("\n")) + "</div>\n"
    part = multipart("alternative", "0000000000" + h("gmvac", 18), [
        leaf('text/plain; charset="UTF-8"', txt, "utf-8", "7bit"),
        leaf('text/html; charset="UTF-8"', htm, "utf-8", "7bit")], tab=False)
    hs = trace(m.d, "tom.haverkamp@rsnl.nl", "mail-sor-f69.google.com", "209.85.220.69", m.slug, dkim="rsnl.nl")
    hs += [("MIME-Version", "1.0"), ("From", addr("Tom Haverkamp", "tom.haverkamp@rsnl.nl")),
           ("Date", rfcdate(m.d)), ("Message-ID", m.mid), ("Subject", "Afwezig / Out of office"),
           ("To", addr("StoreDesk", OUR_ADDR)), ("In-Reply-To", i.mid), ("References", i.mid),
           ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")]
    return hs, part


@M(T("2024-07-15 10:00:24"), "tawkto-agent-reply", 214, "update", "8812",
   "tawk.to ticketing (agent reply e-mail)", "en",
   "tawk.to-style ticket reply where the ticket number appears only as the subject tag [#8812]: the agent restarted the price-lookup service remotely and asks us to check; decoys: device IP 10.21.4.57, device name PC-15 and a '5 minutes' delay.",
   f"<{h('tw1', 24)}@tickets.tawk.to>")
def _(m):
    i = m.i
    txt = ("Hi Sam,\n\n"
           "I've checked the price checker (PC-15, IP 10.21.4.57) from here: it answers ping, but the price lookup "
           "service on it stopped after last night's catalogue push. I've restarted the service remotely and the "
           "device should show prices again within 5 minutes.\n\n"
           "Could you ask the store whether it works now? If it still shows \"Geen verbinding\", please have them "
           "power-cycle it once.\n\n"
           "Noor El Amrani\nRSNL Support\n\n"
           "--\nReply to this email to add a comment to your ticket.\n")
    htm = ("<div style=\"font-family:Lato,Arial,sans-serif;font-size:14px;color:#333\">\n" + html_paras(txt) +
           "\n<div style=\"font-size:11px;color:#aaa\">Powered by tawk.to</div>\n</div>\n")
    part = multipart("alternative", "----" + h("twb", 32), [
        leaf("text/plain; charset=utf-8", wrap(txt), "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, f"bounce-{h('twbn', 10)}@tickets.tawk.to", "mta-out1.tawk.to", "198.51.100.150", m.slug,
               dkim="rsnl.nl")
    hs += std(m, addr("Noor El Amrani (RSNL Support)", "support@rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew(f"Re: {i.subject} [#8812]", "UTF-8", "Q"), irt=i.mid, refs=[i.mid],
              extra=[("Reply-To", "support@rsnl.nl")])
    return hs, part


@M(T("2024-07-15 16:20:03", 0), "fracttal-ot-finalizada", 212, "resolved", "SOL-0000412",
   "Fracttal One CMMS (work order finished)", "es",
   "Spanish Fracttal-style notice that work order OT-3309 created from request SOL-0000412 is finalizada, asking the store to confirm performance; decoys: the work-order number OT-3309, SSD size, timestamps and boot time.",
   f"<{h('fr2', 22, B62)}@geopod-ismtpd-4>")
def _(m):
    i = m.i
    txt = ("Hola,\n\n"
           "La orden de trabajo OT-3309, generada a partir de su solicitud SOL-0000412, ha sido finalizada.\n\n"
           f"Solicitud: SOL-0000412 - {i.subject}\n"
           "Orden de trabajo: OT-3309\n"
           "Técnico: Javier Ruiz\n"
           "Fecha de finalización: 15/07/2024 18:05\n"
           "Tareas realizadas: sustitución del disco duro por un SSD de 512 GB, reinstalación de la imagen corporativa "
           "y actualización de Windows.\n"
           "Observaciones: el equipo arranca ahora en 40 segundos. Rogamos a la tienda que confirme que el rendimiento "
           "es correcto.\n\n" + FRACTTAL_FOOT)
    return fracttal_msg(m, "Orden de trabajo OT-3309 finalizada - Solicitud SOL-0000412", txt)


@M(T("2024-07-16 08:30:08", 1), "sirportly-staff-reply", 215, "update", "RX-294817",
   "Sirportly (hosted, rsnl.sirportly.com) staff reply", "en",
   "Sirportly-style staff reply from the hosted domain rsnl.sirportly.com with the dashed reference RX-294817 in subject and footer link, arranging a keyboard swap; decoys: sales order SO-118842, model KB-78 and the till number.",
   f"<{h('sp1', 20)}@rsnl.sirportly.com>")
def _(m):
    i = m.i
    url = "https://rsnl.sirportly.com/support/tickets/RX-294817"
    txt = ("Hi Sam,\n\n"
           "Thanks for the photos. The keyboard on till 2 is a KB-78 with the spill-resistant membrane; keys that "
           "keep sticking after cleaning usually mean liquid got under the membrane, so cleaning won't help. We'll "
           "swap the keyboard.\n\n"
           "A new KB-78 (sales order SO-118842) goes out with tomorrow's route to Rotterdam and the driver will take "
           "the old one back. No engineer visit is needed: the store can plug the new keyboard into the same USB port.\n\n"
           "Kind regards,\n\nRuben Kok\nRSNL Service Desk\n\n"
           "--\n"
           f"Ticket reference: RX-294817 | {url}\n"
           "Please reply above this line to update your ticket.\n")
    htm = ("<div style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n" + html_paras(txt.split("--\n")[0]) +
           f"\n<hr style=\"border:0;border-top:1px solid #ddd\">\n<p style=\"font-size:11px;color:#888\">Ticket reference: "
           f"<a href=\"{url}\">RX-294817</a><br>Please reply above this line to update your ticket.</p>\n</div>\n")
    part = multipart("alternative", "--==_mimepart_" + h("spb", 13) + "_" + h("spc", 5, "0123456789"), [
        leaf("text/plain; charset=UTF-8", wrap(txt), "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, "bounces@rsnl.sirportly.com", "mail.sirportly.com", "198.51.100.181", m.slug,
               dkim="rsnl.sirportly.com")
    hs += std(m, addr("Ruben Kok", "support@rsnl.sirportly.com"), addr("StoreDesk", OUR_ADDR),
              ew(f"Re: {i.subject} [RX-294817]", "UTF-8", "B"), irt=i.mid, refs=[i.mid], date_pad=True,
              extra=[("Reply-To", addr("RSNL Service Desk", "support@rsnl.sirportly.com"))])
    return hs, part


@M(T("2024-07-16 12:45:51", 0), "corrigo-wo-scheduled", 216, "update", "18273645",
   "Corrigo Enterprise (work order status notification)", "en",
   "Corrigo-style 'Work Order 18273645 - Scheduled' notification with 'Customer Reference: STORE-216' and a technician slot; decoys: US-format date 07/17/2024, alarm code 0x2F, postcode and the SES-style Message-ID; not threaded.",
   f"<0102019{h('cg1', 9)}-{h('cg2', 8)}-{h('cg3', 4)}-{h('cg4', 4)}-{h('cg5', 4)}-{h('cg6', 12)}-000000@eu-west-1.amazonses.com>")
def _(m):
    i = m.i
    url = "https://am-ce99.corrigo.com/corpnet/workorder/workorderdetails.aspx/18273645"
    txt = ("Work Order Status Update\n\n"
           "Work Order #: 18273645\n"
           "Status: Scheduled\n"
           "Customer Reference: STORE-216\n"
           "Location: Den Haag Spui, Spui 41, 2511 BL Den Haag\n"
           f"Task: {i.title}\n"
           "Scheduled: 07/17/2024 08:00 AM - 10:00 AM (CEST)\n"
           "Technician: Vincent Bos\n\n"
           "Notes from dispatcher:\n"
           "The switch in the comms cabinet reports a fan failure (alarm code 0x2F). The technician will bring a "
           "replacement fan tray; expect up to 15 minutes of network downtime during the swap.\n\n"
           f"To view this work order, visit:\n{url}\n\n"
           "This is an automated message from Corrigo. Please do not reply.\n")
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n"
           "<h2 style=\"color:#1f5f8b\">Work Order Status Update</h2>\n"
           + html_paras(txt.split("\n\n", 1)[1].replace(url, "@@U@@")).replace("@@U@@", f'<a href="{url}">{url}</a>')
           + "\n</body></html>\n")
    part = multipart("alternative", "----=_Part_" + h("cgb", 7, "0123456789") + "_" + h("cgc", 9, "0123456789") + ".1721133951" + h("cgd", 3, "0123456789"), [
        leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, f"0102019{h('cgrp', 9)}-{h('cgrq', 8)}-000000@eu-west-1.amazonses.com",
               "a7-12.smtp-out.eu-west-1.amazonses.com", "54.240.7.12", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Field Service", "fieldservice@rsnl.nl"), OUR_ADDR,
              ew(f"Work Order 18273645 - Scheduled - {i.subject}", "UTF-8", "Q"),
              extra=[("Sender", "noreply@corrigo.com"), ("Feedback-ID", "1.eu-west-1.abcdEFGHij0123456789KLmnop=:AmazonSES")])
    return hs, part


@M(T("2024-07-16 16:00:37"), "kace-ticket-closed", 230, "closed", "1187",
   "Quest KACE SMA Service Desk (ticket closed e-mail)", "en",
   "KACE 'Ticket Closed' notice for [TICK:1187] with a resolution text describing the fix and a 14-day reopen window; decoys: work order WO-55610, the words 'replaced' and 'Resolution', dates 9 and 15 July.",
   f"<{h('kace3', 24)}@kace.rsnl.nl>")
def _(m):
    i = m.i
    body = kace_body(i, "Ticket 1187 has been closed by Mark de Boer.\n\n"
                        "Status changed from \"Awaiting Parts\" to \"Closed\".",
                     [("Ticket", "TICK:1187"), ("Title", i.subject), ("Queue", "RSNL Hardware Support"),
                      ("Priority", "High"), ("Status", "Closed"), ("Owner", "Mark de Boer")],
                     comment=("Note transport belt replaced on 9 July (work order WO-55610); 200 test notes processed "
                              "without error. The store manager confirmed on 15 July that E17 has not returned.\n"
                              "If the problem comes back, reply to this e-mail within 14 days and keep [TICK:1187] "
                              "in the subject line to reopen the ticket."),
                     comment_label="Resolution")
    return kace_msg(m, "Ticket Closed", body)


@M(T("2024-07-17 09:00:06"), "postfix-bounce-user-unknown", 217, "ignore", None,
   "Postfix non-delivery report (MAILER-DAEMON)", "en",
   "Postfix 'Undelivered Mail Returned to Sender' DSN from mx1.rsnl.nl for an alias member of support@rsnl.nl, with our STORE-217 headers attached; decoys: our tag and Message-ID inside text/rfc822-headers, status 5.1.1 and a queue id.",
   f"<20240717070006.{h('pfq', 10, UP)}@mx1.rsnl.nl>")
def _(m):
    i = m.i
    qid = "4WPB" + h("pfbq", 8, "BCDFGHJKLMNPQRSTVWXYZ0123456789")
    arr = i.sent + dt.timedelta(seconds=4)
    txt = ("This is the mail system at host mx1.rsnl.nl.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<p.smit@rsnl.nl> (expanded from <support@rsnl.nl>): host\n"
           "    mailstore2.rsnl.nl[10.20.0.12] said: 550 5.1.1 <p.smit@rsnl.nl>:\n"
           "    Recipient address rejected: User unknown in local recipient table (in\n"
           "    reply to RCPT TO command)\n")
    p1 = leaf("text/plain; charset=us-ascii", txt, None, None, lead=[("Content-Description", "Notification")])
    ds = ("Reporting-MTA: dns; mx1.rsnl.nl\n"
          f"X-Postfix-Queue-ID: {qid}\n"
          f"X-Postfix-Sender: rfc822; {OUR_ADDR}\n"
          f"Arrival-Date: {rcvdate(arr)}\n\n"
          "Final-Recipient: rfc822; p.smit@rsnl.nl\n"
          "Original-Recipient: rfc822;support@rsnl.nl\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mailstore2.rsnl.nl\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <p.smit@rsnl.nl>: Recipient address rejected:\n"
          "    User unknown in local recipient table\n")
    p2 = leaf("message/delivery-status", ds, None, None, lead=[("Content-Description", "Delivery report")])
    orig_h = header_block([
        ("Return-Path", f"<{OUR_ADDR}>"),
        ("Received", f"from {MX} ({MX} [192.0.2.25])\r\n\tby mx1.rsnl.nl (Postfix) with ESMTPS id {qid}\r\n\tfor <support@rsnl.nl>; {rcvdate(arr)}")]).decode("ascii") + sent_headers(i)
    p3 = leaf("text/rfc822-headers", orig_h, None, None, lead=[("Content-Description", "Undelivered Message Headers")])
    bnd = f"{qid}.1721199606/mx1.rsnl.nl"
    part = multipart("report", bnd, [p1, p2, p3], params=" report-type=delivery-status;", tab=True,
                     preamble="This is a MIME-encapsulated message.",
                     lead=[("Content-Description", "Notification / Delivery report / Undelivered Message Headers")])
    hs = trace(m.d, "", "mx1.rsnl.nl", "203.0.113.5", m.slug, dkim=None, spf="none", dmarc="none")
    hs += [("Date", rcvdate(m.d)), ("From", "MAILER-DAEMON@mx1.rsnl.nl (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", OUR_ADDR),
           ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("Message-Id", m.mid)]
    return hs, part


@M(T("2024-07-17 11:20:44"), "phishing-lookalike-invoice", 244, "ignore", None,
   "Thread-hijack phishing from lookalike domain rsnl-nl.com (forged Outlook)", "en",
   "Phishing reply from the lookalike domain rsnl-nl.com that threads to our STORE-244 mail and demands payment of invoice INV-2024-07881 to new bank details; decoys: correct In-Reply-To and subject, a fake case reference 71-4452, an IBAN and a portal link.",
   f"<000a01dad81c${h('ph1', 8)}${h('ph2', 8)}@rsnl-nl.com>")
def _(m):
    i = m.i
    txt = ("Dear Sam,\n\n"
           "Thank you for your report. Before our engineer can be dispatched to Gent Veldstraat we need you to settle "
           "the open invoice INV-2024-07881 (EUR 1.284,50), which is now 45 days overdue.\n\n"
           "Please note that our bank details have changed because of an audit. Use only the new account below:\n"
           "IBAN: BE71 0961 2345 6769\nBIC: GKCCBEBB\nBeneficiary: RSNL Service BV\n\n"
           "Payment confirmation and the updated invoice: https://rsnl-nl.com/portal/invoice?id=INV-2024-07881\n\n"
           "Your case reference: 71-4452\n\n"
           "Regards,\nAccounts Receivable\nRSNL\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>\n"
           + html_paras(txt.replace("https://rsnl-nl.com/portal/invoice?id=INV-2024-07881", "@@L@@")).replace(
               "@@L@@", '<a href="http://45.132.18.77/rsnl/inv.php?id=07881">https://rsnl-nl.com/portal/invoice?id=INV-2024-07881</a>')
           + "\n</body></html>\n")
    part = multipart("alternative", f"----=_NextPart_000_000B_01DAD81C.{h('phb', 8, '0123456789ABCDEF')}", [
        leaf('text/plain;\r\n\tcharset="us-ascii"', wrap(txt), "ascii", "7bit"),
        leaf('text/html;\r\n\tcharset="us-ascii"', htm, "ascii", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    hs = trace(m.d, "support@rsnl-nl.com", "vps-4471.hostzone.example", "45.132.18.77", m.slug, dkim=None,
               spf="pass", dmarc="none")
    hs += [("From", addr("RSNL Support", "support@rsnl-nl.com", quote=True)),
           ("Reply-To", addr("RSNL Accounts", "accounts@rsnl-nl.com", quote=True)),
           ("To", addr("StoreDesk", OUR_ADDR, quote=True)),
           ("References", i.mid), ("In-Reply-To", i.mid),
           ("Subject", ew("RE: " + i.subject, "utf-8", "B")), ("Date", rfcdate(m.d)), ("Message-ID", m.mid),
           ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", thread_index("phish", 1)), ("Content-Language", "en-gb")]
    return hs, part


# ================================================================ 18-20 July
def netsuite_msg(m, subject, txt):
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:10pt\">\n" + html_paras(txt) +
           f"\n<img src=\"https://system.netsuite.com/core/media/track.nl?c=TSTDRV1839201&amp;m={h(m.slug + 'tr', 10, '0123456789')}\" width=\"1\" height=\"1\">\n</body></html>\n")
    part = multipart("alternative", f"----=_Part_{h(m.slug + 'np', 7, '0123456789')}_{h(m.slug + 'nq', 9, '0123456789')}.{h(m.slug + 'nr', 13, '0123456789')}", [
        leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    env = f"bounce-{h(m.slug + 'bn', 12, '0123456789')}-1839201@sent-via.netsuite.com"
    hs = trace(m.d, env, "smtp-out-e5.sent-via.netsuite.com", "198.51.100.210", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Customer Care", "customercare@rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew(subject, "UTF-8", "Q"), date_pad=True,
              extra=[("Reply-To", "cases.1839201.11873.a3f09c@cases.netsuite.com")])
    return hs, part


@M(T("2024-07-18 00:04:12", -7), "netsuite-case-received", 218, "acknowledged", "11873",
   "Oracle NetSuite Customer Service (case auto-reply)", "en",
   "NetSuite-style case auto-reply 'Case # 11873 Received' from a Pacific-time server with a case reply address in Reply-To; decoys: the account number 1839201 inside Reply-To and the tracking pixel, d-m-yyyy date, status 'Not Started'.",
   f"<{h('ns1', 10, '0123456789')}.{h('ns1b', 5, '0123456789')}.1721286252{h('ns1c', 3, '0123456789')}@sent-via.netsuite.com>")
def _(m):
    i = m.i
    txt = ("Dear StoreDesk,\n\n"
           "Thank you for contacting RSNL Customer Care. Your case has been received and assigned case number 11873.\n\n"
           "Case Number: 11873\n"
           f"Subject: {i.subject}\n"
           "Status: Not Started\n"
           "Priority: High\n"
           "Date Received: 18-7-2024 09:04\n\n"
           "A support representative will review your case and contact you shortly. When replying to this email, "
           "please keep the case number in the subject line so that your reply is added to the case.\n\n"
           "Sincerely,\nRSNL Customer Care\n")
    return netsuite_msg(m, f"Case # 11873 Received: {i.subject}", txt)


@M(T("2024-07-19 14:30:27"), "owa-fr-cloture", 257, "closed", "SAV-240701-017",
   "Outlook on the web (new Outlook, Exchange Online)", "fr",
   "French Outlook-on-the-web reply closing dossier SAV-240701-017 after a power supply swap, quoting the Thunderbird acknowledgement in a divRplyFwdMsg block; decoys: intervention slip BI-77812, a 30-day reopen window and postcode 59777.",
   exo_mid("owa-fr", "PA4PR07MB8391", "eurprd07"))
def _(m):
    i = m.i
    tb = REG_BY_SLUG["thunderbird-fr-accuse"]["d"].astimezone(TZ[2])
    s = i.sent_in(2)
    reply = ("Bonjour,\n\n"
             "Suite au remplacement de l'alimentation de la caisse 2 le 16/07 (bon d'intervention n° BI-77812) et après "
             "trois jours d'observation sans aucun redémarrage, nous clôturons le dossier SAV-240701-017.\n\n"
             "Si le problème réapparaît, il suffit de répondre à ce message dans les 30 jours pour rouvrir le dossier.\n\n"
             "Cordialement,\n\n"
             "Sophie Martin\n"
             "Coordinatrice SAV | RSNL France\n"
             "Centre d'affaires Euralille, 59777 Lille\n")
    labels = ["De :", "Envoyé :", "À :", "Cc :", "Objet :"]
    values = ["Marc Lefèvre <marc.lefevre@fr.rsnl.nl>",
              f"{DAY_FR[tb.weekday()]} {tb.day} {MONTH_FR[tb.month - 1]} {tb.year} {tb:%H:%M}",
              f"StoreDesk <{OUR_ADDR}>", "RSNL Support <support@rsnl.nl>", "Re: " + i.subject]
    prev_reply = ("Bonjour,\n\nNous accusons réception de votre demande concernant la caisse 2 du magasin Lille Euralille. "
                  "Elle a été enregistrée dans notre outil SAV sous la référence SAV-240701-017 ; merci de rappeler cette "
                  "référence dans vos prochains échanges.\n\nUn technicien de notre agence de Villeneuve-d'Ascq vous "
                  "contactera sous 24 h ouvrées pour convenir d'un passage.\n\nBien cordialement,\n\n-- \nMarc Lefèvre\n"
                  "Technicien support - RSNL France\nTél. : +33 3 20 12 34 56\n")
    quoted = f"Le {s:%d/%m/%Y} à {s:%H:%M}, StoreDesk a écrit :\n" + quote(i.body()) + "\n" + prev_reply
    part = owa_part(m.slug, reply, labels, values, quoted)
    hs = exo_trace(m.d, m.slug, "sophie.martin@fr.rsnl.nl")
    hs += std(m, addr("MARTIN Sophie", "sophie.martin@fr.rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew("RE: " + i.subject, "utf-8", "B"), irt=MIDS["thunderbird-fr-accuse"], utc=True,
              refs=[i.mid, MIDS["thunderbird-fr-accuse"]],
              extra=[("Cc", addr("RSNL Support", "support@rsnl.nl"))] +
                    exo_headers(m.slug, m.d, i.subject, 2, "fr-FR", "PA4PR07MB8391"))
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-19 15:10:48"), "weclapp-ticket-geschlossen", 211, "closed", "T-10234",
   "weclapp ERP/CRM ticketing (ticket closed notification)", "de",
   "German weclapp-style notice 'Ihr Ticket T-10234 wurde geschlossen' with a Lösung text and a 14-day reopen note; decoys: service report EB-24-3317, the fix description, HRB number and postcode.",
   f"<{h('wc2', 10, '0123456789')}.{h('wc2b', 3, '0123456789')}.{h('wc2c', 13, '0123456789')}@weclapp.com>")
def _(m):
    i = m.i
    txt = ("Guten Tag,\n\n"
           "Ihr Ticket T-10234 wurde geschlossen.\n\n"
           f"Betreff: {i.subject}\n"
           "Lösung: Displaykabel an Kasse 2 am 16.07.2024 getauscht, das Kundendisplay läuft seitdem ohne Flackern "
           "(Einsatzbericht EB-24-3317).\n\n"
           "Sollte das Problem erneut auftreten, antworten Sie bitte innerhalb von 14 Tagen auf diese E-Mail. "
           "Das Ticket wird dann automatisch wieder geöffnet.\n\n" + WECLAPP_FOOT)
    return weclapp_msg(m, f"Ihr Ticket T-10234 wurde geschlossen: {i.subject}", txt)


@M(T("2024-07-20 10:00:15"), "teamsupport-other-customer", None, "ignore", None,
   "TeamSupport (ticket update e-mail, misaddressed CC)", "en",
   "TeamSupport-style ticket update for another customer (Voskamp Bakkerijen, Zwolle) that reached us as a wrong CC; decoys: the title 'Till 2 reboots randomly' shared with STORE-227 and STORE-257, ticket number 31877 and a Monday scheduling question.",
   f"<{guid('ts1')}@mail.teamsupport.com>")
def _(m):
    txt = ("Hello Henk,\n\n"
           "Erik Prins has added an update to your ticket.\n\n"
           "Ticket Number: 31877\n"
           "Ticket Name: Till 2 reboots randomly - Zwolle Stadshagen\n"
           "Customer: Voskamp Bakkerijen B.V.\n"
           "Status: Waiting on Customer\n"
           "Severity: Medium\n\n"
           "----------------------------------------\n"
           "Erik Prins wrote:\n\n"
           "Hi Henk, the crash logs from till 2 point to a failing power supply. Can you confirm the store's opening "
           "hours for Monday so we can schedule the swap before 10:00?\n"
           "----------------------------------------\n\n"
           "View ticket: https://rsnl.teamsupport.com/customer/ticket/31877\n\n"
           "Please do not change the subject line when replying to this message.\n"
           "[TS:31877]\n")
    htm = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:13px\">\n" + html_paras(txt) + "\n</body></html>\n")
    part = multipart("alternative", "--boundary_" + h("tsb", 6, "0123456789") + "_" + guid("tsbg"), [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    hs = trace(m.d, f"bounce+{h('tsbn', 10)}@mail.teamsupport.com", "mail.teamsupport.com", "198.51.100.44", m.slug,
               dkim="rsnl.nl")
    hs += std(m, addr("RSNL Support", "support@rsnl.nl"), addr("Henk Voskamp", "henk@voskamp-bakkerijen.example"),
              "[TS:31877] Ticket Updated: Till 2 reboots randomly - Zwolle Stadshagen",
              extra=[("Cc", addr("StoreDesk", OUR_ADDR)), ("Reply-To", "support@rsnl.nl")])
    return hs, part
# ================================================================ 22-29 July
@M(T("2024-07-22 08:10:33", 0), "maintainx-wo-done", 219, "resolved", "4821937",
   "MaintainX CMMS (work order status notification)", "en",
   "MaintainX-style 'Work Order Completed' notification sent from the product's own domain where the work-order id 4821937 appears only in the 'View Work Order' link; decoys: firmware version 11.02.03, a EUR 0,01 test transaction and the completion time.",
   f"<{h('mx1', 22, B62)}@geopod-ismtpd-12>")
def _(m):
    i = m.i
    url = "https://app.getmaintainx.com/workorders/4821937"
    txt = ("Wout Jacobs marked a work order as Done\n\n"
           f"{i.subject}\n"
           "Status: Done\n"
           "Location: Antwerpen Meir\n"
           "Asset: Card reader - till 1 (Ingenico Lane/3000)\n"
           "Completed: Jul 22, 2024, 10:08 AM\n\n"
           "Last comment from Wout Jacobs:\n"
           "\"Firmware reflashed to 11.02.03 from the service laptop, terminal re-registered with the acquirer. "
           "Test transaction of EUR 0,01 approved. Ready for the store to confirm.\"\n\n"
           f"View Work Order: {url}\n\n"
           "You're receiving this email because you are a requester on this work order.\n"
           "Manage your notification settings: https://app.getmaintainx.com/settings/notifications\n\n"
           "MaintainX, Inc. · 1 Letterman Drive, San Francisco, CA 94129\n")
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"background:#f5f7fa;font-family:Inter,Helvetica,Arial,sans-serif\">\n"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"560\" style=\"background:#fff;border-radius:8px;padding:24px\">\n"
           "<tr><td style=\"font-size:14px;color:#5c6670\">Wout Jacobs marked a work order as <b style=\"color:#1aa36f\">Done</b></td></tr>\n"
           f"<tr><td style=\"font-size:18px;font-weight:600;padding:12px 0\">{e(i.subject)}</td></tr>\n"
           "<tr><td style=\"font-size:14px;line-height:22px\">Location: Antwerpen Meir<br>Asset: Card reader - till 1 (Ingenico Lane/3000)<br>Completed: Jul 22, 2024, 10:08 AM</td></tr>\n"
           "<tr><td style=\"font-size:14px;padding:12px 0;color:#333\"><i>&ldquo;Firmware reflashed to 11.02.03 from the service laptop, terminal re-registered with the acquirer. Test transaction of EUR 0,01 approved. Ready for the store to confirm.&rdquo;</i></td></tr>\n"
           f"<tr><td style=\"padding:16px 0\"><a href=\"{url}\" style=\"background:#2f6bff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none\">View Work Order</a></td></tr>\n"
           "<tr><td style=\"font-size:11px;color:#9aa3ab\">You're receiving this email because you are a requester on this work order.</td></tr>\n"
           "</table></td></tr></table>\n</body></html>\n")
    part = multipart("alternative", h("mxb", 60), [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    env = f"bounces+{h('mxsg', 8, '0123456789')}-{h('mxsh', 4)}-helpdesk=ops.storedesk.example@em2911.getmaintainx.com"
    hs = trace(m.d, env, "o3.ptr2911.getmaintainx.com", "149.72.51.60", m.slug, dkim="getmaintainx.com")
    hs += [("From", addr("RSNL Belgium via MaintainX", "notifications@getmaintainx.com")),
           ("To", OUR_ADDR), ("Subject", ew(f"Work Order Completed: {i.subject}", "UTF-8", "Q")),
           ("Date", rfcdate(m.d)), ("Message-ID", m.mid), ("MIME-Version", "1.0"),
           ("Reply-To", "no-reply@getmaintainx.com"), ("X-Entity-ID", h("mxent", 22, B62))]
    return hs, part


@M(T("2024-07-22 13:00:05"), "brevo-zomeractie", None, "ignore", None,
   "Brevo (Sendinblue) marketing campaign", "nl",
   "Dutch RSNL summer promotion for receipt rolls and label printers sent through Brevo; decoys: discount code ZOMER24, an end date, customer number K-004417, KvK number, postcode and phone number.",
   f"<{h('br1', 20)}@smtp-relay.mailin.fr>")
def _(m):
    txt = ("Zomeractie bij RSNL\n\n"
           "Beste klant,\n\n"
           "Deze zomer krijgt u 15% korting op thermische bonrollen, labelrollen en de nieuwe RSNL LP-40 labelprinter. "
           "Bestel vóór 31 augustus 2024 via de webshop en gebruik actiecode ZOMER24. Vanaf € 150 bezorgen we gratis.\n\n"
           "Uw klantnummer: K-004417\n\n"
           "Bekijk de actie: https://shop.rsnl.nl/zomeractie?utm_source=brevo&utm_campaign=zomer24\n\n"
           "Vragen? Bel onze verkoopafdeling op 030 210 44 10.\n\n"
           "RSNL B.V. · Papendorpseweg 100 · 3528 BJ Utrecht · KvK 12345678\n"
           "Wilt u geen aanbiedingen meer ontvangen? Uitschrijven: https://r.rsnl.nl/unsubscribe/" + h("brun", 24) + "\n")
    htm = ("<!DOCTYPE html><html lang=\"nl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"margin:0;background:#fff7e6\">\n<div style=\"max-width:600px;margin:0 auto;font-family:Arial,sans-serif\">\n"
           "<h1 style=\"color:#e67e00\">Zomeractie bij RSNL &#9728;</h1>\n" + html_paras(txt.split("\n\n", 1)[1]) +
           f"\n<img width=\"1\" height=\"1\" src=\"https://r.rsnl.nl/tr/op/{h('brtr', 30, B62)}\" alt=\"\">\n</div>\n</body></html>\n")
    part = multipart("alternative", h("brb", 32), [
        leaf("text/plain; charset=utf-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=utf-8", htm, "utf-8", "quoted-printable")], tab=False)
    env = f"bounces-{h('brbn', 10, '0123456789')}-helpdesk=ops.storedesk.example@sendibt3.com"
    hs = trace(m.d, env, "smtp-relay.sendinblue.com", "185.41.28.109", m.slug, dkim="rsnl.nl")
    hs += [("From", addr("RSNL", "marketing@rsnl.nl")), ("To", OUR_ADDR),
           ("Subject", ew("Zomeractie: 15% korting op bonrollen en labelprinters ☀", "UTF-8", "B")),
           ("Date", rfcdate(m.d)), ("Message-Id", m.mid), ("MIME-Version", "1.0"),
           ("X-Mailer", "Sendinblue"), ("X-sib-id", h("sibid", 60, B62)),
           ("X-Mailin-EID", f"{h('eid1', 8, '0123456789')}~{h('eid2', 20, B62)}~<{h('br1', 20)}@smtp-relay.mailin.fr>~{h('eid3', 6, '0123456789')}"),
           ("List-Unsubscribe", f"<https://r.rsnl.nl/unsubscribe/{h('brun', 24)}>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Feedback-ID", f"{h('brfb', 6, '0123456789')}:{h('brfc', 8, '0123456789')}:campaign:brevo"),
           ("Precedence", "bulk")]
    return hs, part


def tiny_pdf(title, lines):
    objs = []
    content = "BT /F1 11 Tf 50 780 Td 14 TL (" + title + ") Tj " + " ".join(f"T* ({x}) Tj" for x in lines) + " ET"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = "%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{n} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


@M(T("2024-07-23 13:30:19"), "ifs-fsm-sr-completed", 220, "resolved", "SR-00118273",
   "IFS Cloud Field Service Management (service request completed)", "en",
   "IFS FSM-style notice that service request SR-00118273 ('Your reference: STORE-220') was completed, with a PDF visit report attached; decoys: visit report VR-2024-077415, interface card UB-E04, arrival/completion times and postcode 9000.",
   f"<{h('ifs1', 10, '0123456789')}.{h('ifs1b', 4, '0123456789')}.1721734219{h('ifs1c', 3, '0123456789')}@fsm.rsnl.nl>")
def _(m):
    i = m.i
    txt = ("Dear customer,\n\n"
           "The service visit for your request has been completed.\n\n"
           "Service request: SR-00118273\n"
           "Your reference: STORE-220\n"
           f"Description: {i.title}\n"
           "Site: Gent Veldstraat, Veldstraat 47, 9000 Gent\n"
           "Engineer: Lars Maes\n"
           "Arrival: 23/07/2024 11:02    Completion: 23/07/2024 12:41\n"
           "Work carried out: Replaced the Ethernet interface card (UB-E04) in the kitchen printer and re-added the "
           "printer to the KDS routing. Five test orders printed correctly.\n"
           "Visit report: VR-2024-077415 (attached)\n\n"
           "If the problem is not solved, please reply within 5 working days quoting the service request number.\n\n"
           "Kind regards,\nRSNL Field Service\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
           "<body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:13px\">\n" + html_paras(txt) + "\n</body></html>\n")
    alt = multipart("alternative", f"----=_Part_{h('ifsa', 6, '0123456789')}_{h('ifsb', 9, '0123456789')}.1721734219001", [
        leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    pdf = tiny_pdf("RSNL Field Service - Visit report VR-2024-077415",
                   ["Service request SR-00118273", "Site: Gent Veldstraat", "Engineer: Lars Maes",
                    "Replaced Ethernet interface card UB-E04", "Result: OK"])
    att = binleaf('application/pdf; name="VR-2024-077415.pdf"', pdf,
                  extra=[("Content-Disposition", 'attachment; filename="VR-2024-077415.pdf"')])
    part = multipart("mixed", f"----=_Part_{h('ifsm', 6, '0123456789')}_{h('ifsn', 9, '0123456789')}.1721734219000",
                     [alt, att], tab=False)
    hs = trace(m.d, "fieldservice@rsnl.nl", "fsm.rsnl.nl", "203.0.113.140", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Field Service", "fieldservice@rsnl.nl"), OUR_ADDR,
              "Service request SR-00118273 completed - Gent Veldstraat",
              extra=[("Auto-Submitted", "auto-generated")])
    return hs, part


@M(T("2024-07-23 15:02:41"), "thunderbird-de-vpn-wieder-da", 223, "resolved", None,
   "Mozilla Thunderbird 128 (top-posted, format=flowed)", "de",
   "German Thunderbird reply (top-posted) saying the store VPN tunnel is back since 14:20 after a certificate renewal and asking for a short confirmation; decoys: firewall model and serial number, a time and the word 'erledigt', no ticket id.",
   f"<{guid('tbde')}@de.rsnl.nl>")
def _(m):
    i = m.i
    s = i.sent_in(2)
    reply = ("Hallo Sam,\n\n"
             "der VPN-Tunnel der Filiale Köln Schildergasse ist seit 14:20 Uhr wieder aufgebaut. Ursache war ein "
             "abgelaufenes Zertifikat auf der Firewall (FortiGate 60F, Seriennummer FGT60FTK2209A1B2); wir haben ein "
             "neues Zertifikat eingespielt und den Tunnel neu gestartet.\n\n"
             "Die Kassen synchronisieren wieder mit der Zentrale. Könnt ihr bitte kurz bestätigen, dass bei euch alles "
             "ankommt? Dann ist das Thema für uns erledigt.\n\n"
             "Viele Grüße\n"
             "Katrin Hoffmann\n\n"
             "-- \n"
             "RSNL Deutschland GmbH | Netzwerk & Security\n"
             "Tel. +49 221 555 0177\n")
    txt = flow(reply) + "\n" + f"Am {s:%d.%m.%y} um {s:%H:%M} schrieb StoreDesk:\n" + quote(i.body())
    part = leaf("text/plain; charset=UTF-8; format=flowed", txt, "utf-8", "8bit")
    hs = trace(m.d, "katrin.hoffmann@de.rsnl.nl", "smtp.de.rsnl.nl", "198.51.100.33", m.slug, dkim="de.rsnl.nl",
               hops=[("[10.49.2.118] (koe-nb-0118.de.rsnl.nl [10.49.2.118])", "smtp.de.rsnl.nl (Postfix)",
                      "ESMTPSA id 4WT1b51Xy9z7qLm", -1)])
    hs += [("Message-ID", m.mid), ("Date", rfcdate(m.d)), ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"), ("Subject", ew("Re: " + i.subject, "UTF-8", "Q")),
           ("Content-Language", "de-DE"), ("To", addr("StoreDesk", OUR_ADDR)),
           ("References", i.mid), ("From", addr("Katrin Hoffmann", "katrin.hoffmann@de.rsnl.nl")),
           ("Organization", "RSNL Deutschland GmbH"), ("In-Reply-To", i.mid)]
    return hs, part


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


@M(T("2024-07-24 11:00:09"), "teams-invite-kwartaaloverleg", None, "ignore", None,
   "Microsoft Outlook / Exchange Online meeting request (Teams)", "nl",
   "Dutch Teams meeting invitation (text/calendar METHOD:REQUEST) for a quarterly service review whose agenda lists STORE-229 / #73190 and STORE-230 / TICK:1187; decoys: real issue tags and vendor ticket ids, meeting id and passcode, KB 40112.",
   exo_mid("inv1", "AM9PR07MB7123", "eurprd07"))
def _(m):
    uid = "040000008200E00074C5B7101A82E00800000000" + h("icsuid", 16, "0123456789ABCDEF") + "0000000000000000100000000" + h("icsuid2", 32, "0123456789ABCDEF")
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('teams', 48, B62)}%40thread.v2/0?context=%7b%22Tid%22%3a%223f6b2a1e-7c4d-4e8a-9b1f-2d5c6e7f8a90%22%7d"
    txt = ("Beste Sam,\n\n"
           "Graag plannen we ons kwartaaloverleg over de servicemeldingen van juni en juli. Agenda:\n"
           "1. Openstaande meldingen (o.a. STORE-229 / #73190 en STORE-230 / TICK:1187)\n"
           "2. SLA-rapportage Q2\n"
           "3. Planning firmware-uitrol PIN-pads (KB 40112)\n\n"
           "Groet,\nIngrid Vos\nService Delivery Manager RSNL\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams Hulp nodig?<https://aka.ms/JoinTeamsMeeting?omkt=nl-NL>\n"
           f"Nu deelnemen aan de vergadering<{join}>\n"
           "Vergaderings-id: 348 112 907 551\n"
           "Wachtwoordcode: Xq7bN3\n"
           "________________________________\n"
           "Inbellen via telefoon\n"
           "+31 20 794 8513,,601223844#   Netherlands, Amsterdam\n"
           "Telefonische conferentie-id: 601 223 844#\n"
           "________________________________________________________________________________\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
           + html_paras(txt.split("____")[0]) +
           f"\n<div style=\"margin-bottom:24px;overflow:hidden;white-space:nowrap\">________________________________________________________________________________</div>\n"
           f"<div><span style=\"font-size:24px;font-weight:700\">Microsoft Teams</span> <a href=\"https://aka.ms/JoinTeamsMeeting?omkt=nl-NL\">Hulp nodig?</a></div>\n"
           f"<div><a href=\"{join}\" style=\"font-size:20px;font-weight:700\">Nu deelnemen aan de vergadering</a></div>\n"
           "<div>Vergaderings-id: 348 112 907 551</div><div>Wachtwoordcode: Xq7bN3</div>\n</body></html>\n")
    desc = txt.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        'ORGANIZER;CN="Vos, Ingrid":mailto:ingrid.vos@rsnl.nl',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:{OUR_ADDR}",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lotte Hendriks:mailto:lotte.hendriks@rsnl.nl",
        "DESCRIPTION;LANGUAGE=nl-NL:" + desc,
        "UID:" + uid,
        "SUMMARY;LANGUAGE=nl-NL:Kwartaaloverleg service RSNL / StoreDesk (Q3)",
        "DTSTART;TZID=W. Europe Standard Time:20240805T100000",
        "DTEND;TZID=W. Europe Standard Time:20240805T110000",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{m.d.astimezone(TZ[0]):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2122334455",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join,
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(ics_fold(x) for x in ics_lines) + "\n"
    part = multipart("alternative", f"_000_{h('invb', 40, UP)}_", [
        leaf('text/plain; charset="utf-8"', txt, "utf-8", "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "utf-8", "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "utf-8", "base64")])
    hs = exo_trace(m.d, m.slug, "ingrid.vos@rsnl.nl")
    subj = "Kwartaaloverleg service RSNL / StoreDesk (Q3)"
    hs += std(m, addr("Vos, Ingrid", "ingrid.vos@rsnl.nl"), addr("StoreDesk", OUR_ADDR), subj,
              extra=[("Cc", addr("Hendriks, Lotte", "lotte.hendriks@rsnl.nl"))] +
                    exo_headers(m.slug, m.d, subj, 0, "nl-NL", "AM9PR07MB7123") +
                    [("X-MS-Exchange-Calendar-Series-Instance-Id", b64tok("inv-series", 40)),
                     ("X-MS-Exchange-Organization-SCL", "-1")])
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-25 02:00:44", -7), "netsuite-case-closed", 218, "closed", "11873",
   "Oracle NetSuite Customer Service (case closed notification)", "en",
   "NetSuite-style 'Case # 11873 Closed' notice from a Pacific-time server with a resolution describing a rollback and reinstall; decoys: software versions 8.4.2 and 8.4.3 build 1127, a 10-day reopen window and the account number in Reply-To.",
   f"<{h('ns2', 10, '0123456789')}.{h('ns2b', 5, '0123456789')}.1721898044{h('ns2c', 3, '0123456789')}@sent-via.netsuite.com>")
def _(m):
    i = m.i
    txt = ("Dear StoreDesk,\n\n"
           "Your case 11873 has been closed.\n\n"
           "Case Number: 11873\n"
           f"Subject: {i.subject}\n"
           "Status: Closed\n"
           "Resolution: The failed update (POS 8.4.2 → 8.4.3) was rolled back on all four tills and reinstalled "
           "overnight on 24 July; version 8.4.3 build 1127 is now active.\n\n"
           "If you need further assistance with this issue, reply to this email within 10 days and the case will be "
           "reopened.\n\n"
           "Sincerely,\nRSNL Customer Care\n")
    return netsuite_msg(m, f"Case # 11873 Closed: {i.subject}", txt)


@M(T("2024-07-26 12:00:27", 0), "statuspage-maintenance", None, "ignore", None,
   "Atlassian Statuspage (scheduled maintenance notification)", "en",
   "RSNL status-page subscription notice about scheduled maintenance of the service portal and e-mail ticket intake; decoys: maintenance window dates, the words 'tickets' and 'ticket numbers', and affected component names.",
   f"<{h('sp-st', 24)}.{h('sp-st2', 8, '0123456789')}@statuspage.io>")
def _(m):
    u = h("stun", 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    txt = ("Scheduled Maintenance\n\n"
           "Service portal and e-mail ticket intake\n\n"
           "THIS IS A SCHEDULED EVENT Aug 3, 22:00 - Aug 4, 02:00 CEST\n\n"
           "Jul 26, 14:00 CEST\n"
           "Scheduled - We will upgrade the RSNL service portal and the e-mail intake platform. During the window "
           "e-mails sent to support@rsnl.nl will be queued and turned into tickets after the maintenance; existing "
           "ticket numbers do not change. The phone line 030 210 44 00 stays available.\n\n"
           "Components affected: Service Portal (Under Maintenance), E-mail intake (Under Maintenance)\n\n"
           f"View the event: https://status.rsnl.nl/incidents/{h('stinc', 12, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n\n"
           "--\nYou are receiving this because you are subscribed to RSNL Status updates.\n"
           f"Unsubscribe: https://status.rsnl.nl/?unsubscribe={u}\n")
    htm = ("<html><body style=\"font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333\">\n"
           "<div style=\"background:#3498db;color:#fff;padding:10px 16px\">RSNL Status</div>\n" + html_paras(txt) +
           "\n<p style=\"font-size:11px;color:#999\">Powered by Atlassian Statuspage</p>\n</body></html>\n")
    part = multipart("alternative", "--==_mimepart_" + h("stb", 13) + "_" + h("stc", 6, "0123456789"), [
        leaf("text/plain; charset=UTF-8", txt, "utf-8", "quoted-printable"),
        leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")], tab=False)
    env = f"bounce+{h('stbn', 6)}.{h('stbo', 6)}-helpdesk=ops.storedesk.example@mg.statuspage.io"
    hs = trace(m.d, env, "m228-12.mailgun.net", "159.135.228.12", m.slug, dkim="statuspage.io")
    hs += [("Date", rfcdate(m.d)), ("From", addr("RSNL Status", "noreply@statuspage.io")),
           ("Reply-To", "noreply@statuspage.io"), ("To", OUR_ADDR), ("Message-ID", m.mid),
           ("Subject", "[RSNL Status] Scheduled Maintenance: Service portal and e-mail ticket intake"),
           ("MIME-Version", "1.0"), ("List-Unsubscribe", f"<https://status.rsnl.nl/?unsubscribe={u}>"),
           ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
           ("X-Mailgun-Sid", b64tok("mgsid", 30).rstrip("="))]
    return hs, part


@M(T("2024-07-26 17:12:40"), "outlook-ios-fixed", 226, "resolved", None,
   "Microsoft Outlook for iOS (Exchange Online)", "en",
   "English Outlook for iOS reply saying the scanner was reset from Bluetooth SPP to USB HID and asking us to confirm before they close it; decoys: 'we'll close it' wording, 'code 2 on the quick guide', till number and the 'Get Outlook for iOS' signature; no ticket id.",
   exo_mid("oios", "AS8PR07MB7990", "eurprd07"))
def _(m):
    i = m.i
    s = i.sent_in(2)
    reply = ("Hi Sam,\n\n"
             "Fixed this afternoon – the scanner at till 3 had been switched to Bluetooth SPP mode after someone scanned a "
             "setup barcode from the manual. I reset it to USB HID (code 2 on the quick guide) and it types into the POS again.\n\n"
             "Can you confirm with the store tomorrow morning? If it's fine on your side we'll close it.\n\n"
             "Mila\n")
    labels = ["From:", "Sent:", "To:", "Subject:"]
    hr12 = s.strftime("%I:%M:%S %p").lstrip("0")
    values = [f"StoreDesk <{OUR_ADDR}>", f"{DAY_EN[s.weekday()]}, {MONTH_EN[s.month - 1]} {s.day}, {s.year} {hr12}",
              "RSNL Support <support@rsnl.nl>", i.subject]
    part = outlook_mobile_part(m.slug, reply, "Get Outlook for iOS", "https://aka.ms/o0ukef", labels, values, i.body())
    hs = exo_trace(m.d, m.slug, "mila.dekker@rsnl.nl")
    hs += std(m, addr("Mila Dekker", "mila.dekker@rsnl.nl"), addr("StoreDesk", OUR_ADDR),
              ew("Re: " + i.subject, "utf-8", "B"), irt=i.mid, refs=[i.mid], utc=True,
              extra=exo_headers(m.slug, m.d, i.subject, 1, "en-US", "AS8PR07MB7990"))
    hs += exo_tail(m.slug, m.d)
    return hs, part


@M(T("2024-07-29 02:12:06", -4), "servicechannel-checkin", 228, "update", "193847562",
   "ServiceChannel (work order check-in notification)", "en",
   "ServiceChannel-style 'WO# 193847562 Check-In' notice from a US-East server saying the RSNL technician is on site, with 'PO #: STORE-228'; decoys: 'Store #2511' location number, US date 07/29/2024 and the IN PROGRESS / ON SITE status.",
   f"<{guid('sc1')}@mail.servicechannel.com>")
def _(m):
    i = m.i
    url = "https://www.servicechannel.com/sc/wo/Workorders/index?id=193847562"
    txt = ("Provider RSNL Service B.V. has checked in for the following work order:\n\n"
           "Tracking #: 193847562\n"
           "PO #: STORE-228\n"
           "Location: Den Haag Spui (Store #2511)\n"
           "Category: REPAIR / POS Equipment\n"
           f"Problem: {i.title}\n"
           "Check-in: 07/29/2024 08:10 AM (local time)\n"
           "Technician: Hakan Yilmaz\n"
           "Status: IN PROGRESS / ON SITE\n\n"
           f"To view the work order, go to {url}\n\n"
           "This is an automated notification from ServiceChannel. Please do not reply to this e-mail.\n")
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:12px\">\n" +
           html_paras(txt.replace(url, "@@U@@")).replace("@@U@@", f'<a href="{url}">{url}</a>') + "\n</body></html>\n")
    part = multipart("alternative", "----=_NextPart_" + h("scb", 24, "0123456789ABCDEF"), [
        leaf("text/plain; charset=us-ascii", txt, "ascii", "7bit"),
        leaf("text/html; charset=us-ascii", htm, "ascii", "quoted-printable")], tab=False)
    hs = trace(m.d, "noreply@servicechannel.com", "mail.servicechannel.com", "198.51.100.77", m.slug,
               dkim="servicechannel.com")
    hs += std(m, addr("ServiceChannel", "noreply@servicechannel.com"), OUR_ADDR,
              f"WO# 193847562 Check-In: Den Haag Spui - {i.title}", date_pad=True,
              extra=[("X-Priority", "3"), ("Auto-Submitted", "auto-generated")])
    return hs, part


@M(T("2024-07-29 10:00:51"), "fluent-support-closed", 225, "closed", "884",
   "Fluent Support (WordPress) 'ticket closed by agent' e-mail", "en",
   "Fluent Support default closed-by-agent mail for an e-mail mailbox, threaded to STORE-225, where the ticket id #884 appears only in the subject; decoys: the template's 'resolved to your satisfaction' and 'has not been resolved' wording.",
   f"<{h('fl1', 32, B62)}@rsnl.nl>")
def _(m):
    i = m.i
    htm = (f'<p>Hi <strong><em>StoreDesk,</strong></p><p>Your ticket - {e(i.subject)}</p><p>We hope that the ticket was '
           'resolved to your satisfaction. If you feel that the ticket should not be closed or if the ticket has not been '
           'resolved, please feel free to reply back.<p>Regards,<br />RSNL Support</p>\n')
    part = leaf("text/html; charset=UTF-8", htm, "utf-8", "quoted-printable")
    hs = trace(m.d, "support@rsnl.nl", "wp01.rsnl.nl", "203.0.113.150", m.slug, dkim="rsnl.nl")
    hs += std(m, addr("RSNL Support", "support@rsnl.nl"), OUR_ADDR, ew(f"Re: {i.subject} #884", "UTF-8", "B"),
              irt=i.mid, refs=[i.mid],
              extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                     ("Reply-To", "support@rsnl.nl")])
    return hs, part


# ================================================================ main
REG_BY_SLUG = {}


def check(raw, r, fname, seen_mids):
    import email as _email
    import email.policy as _pol
    import re as _re
    assert not _re.search(rb"(?<!\r)\n", raw), f"{fname}: bare LF"
    assert not _re.search(rb"\r(?!\n)", raw), f"{fname}: bare CR"
    longest = max(len(x) for x in raw.split(b"\r\n"))
    assert longest < 998, f"{fname}: line of {longest} octets"
    msg = _email.message_from_bytes(raw, policy=_pol.default)
    for part in msg.walk():
        assert not part.defects, f"{fname}: part defects {part.defects}"
        for k, v in part._headers:
            v.encode("ascii")
        for k in part.keys():
            hv = part[k]
            assert not getattr(hv, "defects", ()), f"{fname}: header {k} defects {hv.defects}"
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            part.get_payload(decode=True).decode(cs, "strict")
            part.get_content()
    d = msg["Date"].datetime
    assert d == r["d"], f"{fname}: Date header mismatch"
    mid = msg["Message-ID"]
    assert mid and mid not in seen_mids, f"{fname}: duplicate/missing Message-ID"
    seen_mids.add(mid)
    if r["issue"]:
        assert d > I(r["issue"]).sent, f"{fname}: not later than the issue's sent date"
    return msg


def main():
    import email as _email
    import email.policy as _pol
    REG.sort(key=lambda r: r["d"])
    REG_BY_SLUG.update({r["slug"]: r for r in REG})
    assert len(REG) == 60, len(REG)
    for a, b in zip(REG, REG[1:]):
        assert a["d"] < b["d"], (a["slug"], b["slug"])
    seen = set()
    for p in HERE.glob("sent/*.eml"):
        seen.add(_email.message_from_bytes(p.read_bytes(), policy=_pol.default)["Message-ID"])
    for p in HERE.glob("[0-9][0-9]-*.eml"):
        p.unlink()
    lines = []
    for n, r in enumerate(REG, 1):
        fname = f"{n:02d}-{r['slug']}.eml"
        hs, part = r["fn"](Ctx(r))
        raw = message_bytes(hs, part)
        check(raw, r, fname, seen)
        (HERE / fname).write_bytes(raw)
        ign = r["event"] == "ignore"
        assert not ign or r["vid"] is None
        lines.append(json.dumps({"file": fname,
                                 "issue_ref": None if ign else f"STORE-{r['issue']}",
                                 "vendor_ticket_id": None if ign else r["vid"],
                                 "event": r["event"], "note": r["note"]}, ensure_ascii=False))
    (HERE / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for r in REG:
        counts[r["event"]] = counts.get(r["event"], 0) + 1
    print(f"wrote {len(REG)} messages to {HERE}: {counts}")


if __name__ == "__main__":
    main()
