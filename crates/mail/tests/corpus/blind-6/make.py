#!/usr/bin/env python3
"""Blind held-out set 6: 60 mails that RSNL (and a few impostors/automata) sent back to
StoreDesk about the STORE-201..260 faults, written only from issues.json, sent/*.eml and
public notification/quote layouts of helpdesk products and mail clients.

Deterministic: rerunning rewrites the same bytes.  python3 make.py
Writes NN-<product-or-client>-<what>.eml (CRLF) and expected.jsonl next to this file."""
import base64, datetime as dt, email.utils, hashlib, html, json, pathlib, quopri

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent.parent
ISSUES = {x["issue_ref"]: x for x in json.loads((CORPUS / "issues.json").read_text(encoding="utf-8"))}
OUR = "StoreDesk <helpdesk@ops.storedesk.example>"
OUR_ADDR = "helpdesk@ops.storedesk.example"
SUPPORT = "RSNL Support <support@rsnl.nl>"

CEST = dt.timezone(dt.timedelta(hours=2))
WEST = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc
EEST = dt.timezone(dt.timedelta(hours=3))
CDT = dt.timezone(dt.timedelta(hours=-5))


def T(day, h, m, s=0, tz=CEST):
    return dt.datetime(2024, 7, day, h, m, s, tzinfo=tz)


def iss(n):
    return ISSUES[f"STORE-{n}"]


def sent(n):
    return email.utils.parsedate_to_datetime(iss(n)["sent"])


def our_body(n):
    i = iss(n)
    return f"Store: {i['store']}\nPriority: high\nReported by: Sam Jansen\n\n{i['title']}.\n"


def tok(seed, n=16, alpha="0123456789abcdef"):
    h = hashlib.sha256(seed.encode()).digest()
    out = ""
    while len(out) < n:
        for b in h:
            out += alpha[b % len(alpha)]
        h = hashlib.sha256(h).digest()
    return out[:n]


UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+"


def outlook_mid(seed, srv="AM0PR04MB6724", dom="eurprd04.prod.outlook.com"):
    return f"<{srv}{tok(seed, 32, '0123456789ABCDEF')}@{srv}.{dom}>"


def gmail_mid(seed):
    return f"<CA{tok(seed, 14, B64A)}{tok(seed + 'x', 26, B64A)}=={tok(seed + 'y', 8, B64A)}@mail.gmail.com>"


def apple_mid(seed, dom="rsnl.nl"):
    h = tok(seed, 32, "0123456789ABCDEF")
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"


def tb_mid(seed, dom="rsnl.nl"):
    h = tok(seed, 32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"


def thread_index(seed, extra=0):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22 + 5 * extra]).decode()


# ---------------------------------------------------------------- headers (RFC 2047)
def _ew_b(s, cs="UTF-8"):
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 45:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return [f"=?{cs}?B?{base64.b64encode(w).decode()}?=" for w in words]


def _ew_q(s, cs="utf-8"):
    safe = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
    words, cur = [], ""
    for ch in s:
        if ch == " ":
            e = "_"
        elif ch in safe:
            e = ch
        else:
            e = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(cur) + len(e) > 62:
            words.append(cur)
            cur = ""
        cur += e
    if cur:
        words.append(cur)
    return [f"=?{cs}?Q?{w}?=" for w in words]


def H(s, mode="B", scope="full", cs=None):
    """Encode a header text the way mail software does: whole value or only the non-ASCII span."""
    if s.isascii():
        return s
    enc = (lambda x: _ew_b(x, cs or "UTF-8")) if mode == "B" else (lambda x: _ew_q(x, cs or "utf-8"))
    if scope == "full":
        return "\n ".join(enc(s))
    idx = [i for i, c in enumerate(s) if not c.isascii()]
    a, b = idx[0], idx[-1] + 1
    while a > 0 and s[a - 1] != " ":
        a -= 1
    while b < len(s) and s[b] != " ":
        b += 1
    pre, mid, suf = s[:a].rstrip(" "), s[a:b], s[b:].lstrip(" ")
    toks = ([pre] if pre else []) + enc(mid) + ([suf] if suf else [])
    return "\n ".join(toks)


def A(name, addr, mode="B"):
    if name is None:
        return addr
    if not name.isascii():
        return f"{H(name, mode)} <{addr}>"
    if any(c in name for c in ',.()@:;"[]'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def received(by_from, ip, when, mid_host="mx1.ops.storedesk.example", tls=True):
    idx = tok(by_from + str(when), 12, "0123456789ABCDEF")
    w = "ESMTPS" if tls else "ESMTP"
    return ("Received", f"from {by_from} ({by_from} [{ip}])\n\tby {mid_host} (Postfix) with {w} id {idx}\n"
            f"\tfor <{OUR_ADDR}>; {email.utils.format_datetime((when + dt.timedelta(seconds=3)).astimezone(CEST))}")


# ---------------------------------------------------------------- MIME entities
def leaf(ctype, text, cte="quoted-printable", charset="utf-8", params="", disp=None, extra=()):
    hdrs = []
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    hdrs.append(("Content-Type", ct))
    if isinstance(text, bytes):
        data = text
    else:
        data = text.encode(charset or "ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert data.isascii(), ctype
        body = data.decode(charset or "ascii")
    else:
        raise ValueError(cte)
    hdrs.append(("Content-Transfer-Encoding", cte))
    if disp:
        hdrs.append(("Content-Disposition", disp))
    hdrs.extend(extra)
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def multi(subtype, children, boundary, params="", preamble=None, extra=()):
    hdrs = [("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{boundary}"')] + list(extra)
    body = (preamble + "\n\n") if preamble else ""
    for c in children:
        body += f"--{boundary}\n" + ser(c) + "\n"
    body += f"--{boundary}--\n"
    return (hdrs, body)


def ser(ent):
    hdrs, body = ent
    return "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n" + body


def message(headers, ent):
    hdrs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hdrs):
        hdrs.append(("MIME-Version", "1.0"))
    raw = "".join(f"{k}: {v}\n" for k, v in hdrs + ent[0]) + "\n" + ent[1]
    assert "\r" not in raw
    return raw.replace("\n", "\r\n").encode("utf-8")


def esc(s):
    return html.escape(s, quote=False)


def p_html(text):
    """Plain paragraphs -> simple HTML paragraphs (blank line separates paragraphs)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def msonormal(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def gt(text, empty=">"):
    return "\n".join(("> " + l) if l else empty for l in text.rstrip("\n").split("\n")) + "\n"


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long unquoted lines, leaving a trailing space on each soft break."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- localized dates
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
}
JULY = {"en": "July", "nl": "juli", "de": "Juli", "fr": "juillet", "es": "julio", "pt": "julho"}


def outlook_sent(d, lang):
    wd = DAYS[lang][d.weekday()]
    if lang == "en":
        h12 = d.hour % 12 or 12
        return f"{wd}, July {d.day}, 2024 {h12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if lang == "nl":
        return f"{wd} {d.day} juli 2024 {d.hour:02d}:{d.minute:02d}"
    if lang == "de":
        return f"{wd}, {d.day}. Juli 2024 {d.hour:02d}:{d.minute:02d}"
    if lang == "fr":
        return f"{wd} {d.day} juillet 2024 {d.hour:02d}:{d.minute:02d}"
    if lang == "es":
        return f"{wd}, {d.day} de julio de 2024 {d.hour}:{d.minute:02d}"
    if lang == "pt":
        return f"{wd}, {d.day} de julho de 2024 {d.hour:02d}:{d.minute:02d}"


OL_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:"),
}


def outlook_hdr(lang, frm, when, to, subject, cc=None):
    f, s, t, o = OL_LABELS[lang]
    lines = [f"{f} {frm}", f"{s} {outlook_sent(when, lang)}", f"{t} {to}"]
    if cc:
        lines.append({"en": "Cc:", "nl": "CC:", "de": "Cc:", "fr": "Cc :", "es": "CC:", "pt": "Cc:"}[lang] + " " + cc)
    lines.append(f"{o} {subject}")
    return "\n".join(lines) + "\n"


def outlook_html(new_text, hdr_text, quoted_html, lang="en"):
    labels = list(OL_LABELS[lang]) + ["Cc:", "CC:", "Cc :"]
    rows = []
    for l in hdr_text.strip("\n").split("\n"):
        lab = next((x for x in labels if l.startswith(x + " ")), None)
        rows.append(f"<b>{esc(lab)}</b> {esc(l[len(lab) + 1:])}" if lab else esc(l))
    hdr_html = "<br>\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
        f'<body lang="{ {"en": "EN-US", "nl": "NL", "de": "DE", "fr": "FR", "es": "ES", "pt": "PT"}[lang] }" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + msonormal(new_text) + "\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{hdr_html}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quoted_html + "\n</div>\n</body>\n</html>\n")


def our_html(n):
    return msonormal(our_body(n))


def gmail_html(new_text, attribution, quoted_text):
    new = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new_text.rstrip("\n").split("\n"))
    q = "<br>".join(esc(l) for l in quoted_text.rstrip("\n").split("\n"))
    return (f'<div dir="ltr">{new}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{q}<br></blockquote></div>\n")


# ---------------------------------------------------------------- message registry
MSGS = []
MID = {}  # names of vendor Message-IDs later mails refer to


def add(slug, when, issue, raw, issue_ref, vid, event, note, about=None):
    MSGS.append(dict(slug=slug, when=when, about=about if about is not None else issue, raw=raw,
                     exp={"issue_ref": issue_ref, "vendor_ticket_id": vid, "event": event, "note": note}))


def hdrs(frm, to, subject, when, mid, irt=None, refs=None, rcv=None, extra=(), cc=None, reply_to=None):
    h = []
    if rcv:
        h.append(received(*rcv, when))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", email.utils.format_datetime(when)), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def table_html(rows, head_bg="#f3f5f7"):
    tr = "\n".join(
        f'<tr><td style="padding:6px 10px;background:{head_bg};font-weight:bold;width:170px;border:1px solid #dde2e6">{esc(k)}</td>'
        f'<td style="padding:6px 10px;border:1px solid #dde2e6">{esc(v) if v else "&nbsp;"}</td></tr>' for k, v in rows)
    return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">\n{tr}\n</table>'


def table_text(rows, w=None):
    w = w or max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{(k + ':').ljust(w)} {v}".rstrip() for k, v in rows) + "\n"


def shell(inner, brand="RSNL", color="#0b5394", foot=""):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="margin:0;padding:0;background:#eef1f4">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px 0">\n'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;font-size:18px;font-weight:bold">{esc(brand)}</td></tr>\n'
            f'<tr><td style="padding:20px 24px">\n{inner}\n</td></tr>\n'
            f'<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5">{foot}</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n')


RSNL_MX = ("mail-out1.rsnl.nl", "185.44.21.17")
RSNL_O365 = ("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.84")
GMAIL_OUT = ("mail-sor-f41.google.com", "209.85.220.41")


# ================================================================ Thread A: STORE-204, Zammad (nl)
def thread_a():
    n = 204
    i = iss(n)
    # A1 receipt
    when = T(4, 9, 0, 37)
    mid = "<zammad_31057_1.1720076437.184471@helpdesk.rsnl.nl>"
    MID["A1"] = mid
    subj = f"Bedankt voor uw aanvraag ({i['subject']})"
    txt = ("Uw aanvraag (Ticket#31057) is ontvangen en wordt bekeken door ons supportteam.\n\n"
           "Wilt u aanvullende informatie geven? Beantwoord dan deze e-mail of klik op de volgende link:\n"
           "https://helpdesk.rsnl.nl/#ticket/zoom/4482\n\n"
           "Uw RSNL Support Team\n\n"
           "Zammad, uw klantenservicesysteem\n")
    htm = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:Geneva,Helvetica,Arial,sans-serif;font-size:12px">\n'
           '<div>Uw aanvraag <b>(Ticket#31057)</b> is ontvangen en wordt bekeken door ons supportteam.</div>\n<br>\n'
           '<div>Wilt u aanvullende informatie geven? Beantwoord dan deze e-mail of klik op de volgende link:\n'
           '<a href="https://helpdesk.rsnl.nl/#ticket/zoom/4482">https://helpdesk.rsnl.nl/#ticket/zoom/4482</a>\n</div>\n<br>\n'
           '<div>Uw RSNL Support Team</div>\n<br>\n'
           '<div><i><a href="https://zammad.com">Zammad</a>, uw klantenservicesysteem</i></div>\n</body></html>\n')
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", htm)], "mimepart_66864a75c1a2f_1c2d3a4b15f7")
    raw = message(hdrs(SUPPORT, OUR, H(subj), when, mid, irt=i["message_id"], refs=i["message_id"], rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("X-Loop", "yes"), ("Precedence", "bulk"), ("X-Mailer", "Zammad Mail Service")]), ent)
    add("zammad-receipt", when, n, raw, "STORE-204", "31057", "acknowledged",
        "Zammad stock 'auto reply (on new tickets)' trigger in Dutch; ticket hook Ticket#31057 in body. "
        "Decoy: 4482 in the zoom link is Zammad's internal ticket id, not the number.")

    # A2 agent reply
    when2 = T(4, 13, 18, 2)
    mid2 = "<zammad_31057_3.1720091882.551203@helpdesk.rsnl.nl>"
    MID["A2"] = mid2
    subj2 = f"Re: {i['subject']} [Ticket#31057]"
    body = ("Goedemiddag,\n\n"
            "Dank voor uw melding. In ons beheerportaal zien wij dat de betaalterminal in Den Haag Spui sinds "
            "vanochtend 07:52 alle transacties weigert met foutcode 1031 (certificaat verlopen).\n\n"
            "Kunt u ons het serienummer van de terminal doorgeven? Het staat op de sticker aan de onderkant en "
            "begint met 310-. Dan zetten wij een nieuwe sleutel klaar of sturen wij een vervangend toestel.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marloes Dijkstra\n"
            "RSNL Support | +31 88 310 5700\n")
    quote = f"Op 04-07-2024 09:00 schreef StoreDesk:\n" + gt(our_body(n))
    txt2 = body + "\n" + quote
    htm2 = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Geneva,Helvetica,Arial,sans-serif;font-size:12px">'
            + p_html(body) +
            '<br><blockquote type="cite" style="border-left:2px solid #ccc;margin:0 0 0 4px;padding:0 0 0 8px">'
            '<div>Op 04-07-2024 09:00 schreef StoreDesk:</div>' + p_html(our_body(n)) + "</blockquote></body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt2), leaf("text/html", htm2)], "mimepart_6686858a2b9c4_1c2d3a4b16a3")
    raw = message(hdrs(A("Marloes Dijkstra via RSNL Support", "support@rsnl.nl"), OUR, H(subj2), when2, mid2,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_MX,
                       extra=[("X-Mailer", "Zammad Mail Service"), ("Organization", "RSNL B.V.")]), ent)
    add("zammad-agent-question", when2, n, raw, "STORE-204", "31057", "update",
        "Zammad agent reply, ticket hook at the right of the subject. Agent asks for the serial number (question). "
        "Decoys: error code 1031, phone +31 88 310 5700 (starts like the ticket number), prefix 310-.")

    # A3 closed, subject retitled by the agent, no STORE tag, no threading headers
    when3 = T(10, 8, 55, 40)
    mid3 = "<zammad_31057_7.1720594540.902114@helpdesk.rsnl.nl>"
    title = "Betaalterminal weigert alle kaarten - Den Haag Spui"
    subj3 = f"Ticket gesloten: {title} [Ticket#31057]"
    txt3 = (f"Uw ticket (Ticket#31057) \u201e{title}\u201d is gesloten.\n\n"
            "Oplossing: de betaalterminal is vervangen (nieuw toestel S/N 310-5781-22) en getest met pin en contactloos betalen.\n\n"
            "Komt het probleem terug? Beantwoord dan deze e-mail; het ticket wordt dan automatisch heropend.\n"
            "https://helpdesk.rsnl.nl/#ticket/zoom/4482\n\n"
            "Uw RSNL Support Team\n")
    htm3 = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Geneva,Helvetica,Arial,sans-serif;font-size:12px">'
            f"<div>Uw ticket <b>(Ticket#31057)</b> \u201e{esc(title)}\u201d is gesloten.</div><br>"
            "<div>Oplossing: de betaalterminal is vervangen (nieuw toestel S/N 310-5781-22) en getest met pin en contactloos betalen.</div><br>"
            '<div>Komt het probleem terug? Beantwoord dan deze e-mail; het ticket wordt dan automatisch heropend.<br>'
            '<a href="https://helpdesk.rsnl.nl/#ticket/zoom/4482">https://helpdesk.rsnl.nl/#ticket/zoom/4482</a></div><br>'
            "<div>Uw RSNL Support Team</div></body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt3), leaf("text/html", htm3)], "mimepart_668e303c77d1e_1c2d3a4b1b0f")
    raw = message(hdrs(SUPPORT, OUR, H(subj3), when3, mid3, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("X-Loop", "yes"), ("Precedence", "bulk"), ("X-Mailer", "Zammad Mail Service")]), ent)
    add("zammad-closed", when3, n, raw, "STORE-204", "31057", "closed",
        "Zammad 'ticket closed' trigger after the agent retitled the ticket in Dutch: no STORE tag, no In-Reply-To/References; "
        "only the vendor hook [Ticket#31057] known from mails 'zammad-receipt'/'zammad-agent-question' ties it to STORE-204. "
        "Decoys: new terminal S/N 310-5781-22, internal id 4482.")


# ================================================================ Thread B: STORE-212, Dynamics 365 (es) + Outlook
def thread_b():
    n = 212
    i = iss(n)
    when = T(12, 7, 3, 15, UTC)
    mid = outlook_mid("B1", "DB9PR05MB8821", "eurprd05.prod.outlook.com")
    MID["B1"] = mid
    subj = f"Hemos recibido su solicitud: {i['subject']} CRM:0004217"
    fields = [("Número de caso", "CAS-04217-L3X9Q2"), ("Título", i["subject"]), ("Prioridad", "Normal"),
              ("Origen", "Correo electrónico"), ("Fecha de creación", "12/07/2024 9:03")]
    intro = ("Estimado/a cliente:\n\n"
             "Gracias por ponerse en contacto con el Servicio Técnico de RSNL. Hemos registrado su solicitud con los siguientes datos:\n")
    outro = ("Un técnico se pondrá en contacto con usted en un plazo máximo de 8 horas laborables. "
             "Para añadir información, responda a este correo sin modificar el asunto.\n\n"
             "Atentamente,\n\nServicio Técnico RSNL España\nTel. +34 910 604 217\n")
    txt = intro + "\n" + table_text(fields) + "\n" + outro
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
           + p_html(intro) + table_html(fields) + p_html(outro) + "</div></body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", htm)], "_000_DB9PR05MB8821B1_")
    raw = message(hdrs(A("RSNL Servicio Técnico", "servicio.es@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(subj)), ("Thread-Index", thread_index("B1")), ("Accept-Language", "es-ES, en-US"),
                              ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]), ent)
    add("dynamics365-case-created", when, n, raw, "STORE-212", "CAS-04217-L3X9Q2", "acknowledged",
        "Dynamics 365 Customer Service automatic case-created reply (Spanish), our subject kept plus tracking token. "
        "Decoys: email tracking token CRM:0004217 (not the case number), phone +34 910 604 217.")
    b1_txt, b1_subj, b1_when = txt, subj, when

    # B2 engineer Outlook reply (es, windows-1252)
    when2 = T(15, 10, 22, 48)
    mid2 = outlook_mid("B2", "PAXPR04MB9120", "eurprd04.prod.outlook.com")
    subj2 = "RE: " + subj
    body = ("Buenos días:\n\n"
            "Le escribo en relación con el caso CAS-04217-L3X9Q2. Hemos revisado en remoto el PC de back-office de Madrid Preciados: "
            "el disco está al 97 % y el antivirus lanza un análisis completo cada hora. El problema todavía no está resuelto.\n\n"
            "Plan: el jueves 18/07, entre las 8:00 y las 10:00, pasará nuestro técnico para sustituir el disco por un SSD "
            "(pedido 4500871204). ¿Pueden confirmarnos que habrá alguien en tienda a esa hora?\n\n"
            "Un saludo,\n\n"
            "Javier Morales Ruiz\nTécnico de Campo – Zona Centro\nRSNL Iberia S.L. | C/ de Alcalá 265, 28027 Madrid\n"
            "Tel. +34 910 604 217 | Móvil +34 612 345 901\nCIF B87654321\n\n"
            "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. "
            "Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine.\n")
    hdr = outlook_hdr("es", "RSNL Servicio Técnico <servicio.es@rsnl.nl>", b1_when.astimezone(CEST), OUR, b1_subj)
    txt2 = body + "\n" + hdr + "\n" + b1_txt
    htm2 = outlook_html(body, hdr, msonormal(b1_txt), "es")
    ent = multi("alternative", [leaf("text/plain", txt2, charset="windows-1252"), leaf("text/html", htm2.replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252")],
                "_000_PAXPR04MB9120B2_")
    raw = message(hdrs(A("Javier Morales Ruiz", "javier.morales@rsnl.nl"), OUR, H(subj2), when2, mid2, irt=mid, refs=mid, rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(subj)), ("Thread-Index", thread_index("B1", 1)), ("Accept-Language", "es-ES, en-US"),
                              ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]), ent)
    add("outlook-es-plan", when2, n, raw, "STORE-212", "CAS-04217-L3X9Q2", "update",
        "Engineer replies from Outlook (windows-1252, QP) to the D365 receipt (In-Reply-To = vendor Message-ID); plan and question, "
        "explicitly 'todavía no está resuelto'. Decoys: CRM:0004217, purchase order 4500871204, phones, CIF.")

    # B3 D365 resolved: no STORE tag, no threading
    when3 = T(19, 13, 47, 9, UTC)
    mid3 = outlook_mid("B3", "DB9PR05MB8821", "eurprd05.prod.outlook.com")
    subj3 = "Caso resuelto: CAS-04217-L3X9Q2 CRM:0004217"
    fields = [("Número de caso", "CAS-04217-L3X9Q2"), ("Título", "PC de back-office lento - Madrid Preciados"),
              ("Estado", "Resuelto"), ("Tipo de resolución", "Problema solucionado"), ("Tiempo facturable", "0 min (contrato)")]
    intro = "Estimado/a cliente:\n\nLe informamos de que su caso se ha resuelto.\n"
    outro = ("Resolución: sustituido el disco duro por un SSD de 512 GB y reprogramado el análisis antivirus fuera del horario comercial. "
             "El equipo arranca en 40 segundos y las aplicaciones responden con normalidad.\n\n"
             "Si el problema persiste, responda a este correo en los próximos 5 días y reabriremos el caso.\n\n"
             "Atentamente,\n\nServicio Técnico RSNL España\n")
    txt3 = intro + "\n" + table_text(fields) + "\n" + outro
    htm3 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            + p_html(intro) + table_html(fields) + p_html(outro) + "</div></body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt3), leaf("text/html", htm3)], "_000_DB9PR05MB8821B3_")
    raw = message(hdrs(A("RSNL Servicio Técnico", "servicio.es@rsnl.nl"), OUR, subj3, when3, mid3, rcv=RSNL_O365,
                       extra=[("Thread-Topic", subj3), ("Thread-Index", thread_index("B3")), ("Content-Language", "es-ES"),
                              ("X-MS-Has-Attach", "")]), ent)
    add("dynamics365-case-resolved", when3, n, raw, "STORE-212", "CAS-04217-L3X9Q2", "resolved",
        "D365 case-resolved notification: no STORE tag and no In-Reply-To/References; only the case number CAS-04217-L3X9Q2 "
        "(and token CRM:0004217) from mails 'dynamics365-case-created'/'outlook-es-plan' link it to STORE-212.")


# ================================================================ Thread C: STORE-221, Oracle B2C Service / RightNow (fr)
def rnt_mid(seed):
    return f"<RNTT.{tok(seed, 4, B64A)}~{tok(seed + '1', 6, B64A)}~Rb~{tok(seed + '2', 4, B64A)}~{tok(seed + '3', 10, B64A)}~Mrc~.{tok(seed + '4', 10, '0123456789')}.xBPEG8YR6iGsN~gleEF_m48!@utilmw02.int.rightnowtech.com>"


def oracle_html(top, discussion, details):
    d = "".join(
        f'<tr><td style="background:#e8eef4;padding:6px;font-weight:bold">{esc(who)}</td><td style="background:#e8eef4;padding:6px;text-align:right">{esc(when)}</td></tr>'
        f'<tr><td colspan="2" style="padding:6px 6px 14px 6px">{p_html(text)}</td></tr>' for who, when, text in discussion)
    return shell(
        '<div style="color:#999;font-size:11px">[===&gt; Veuillez saisir votre réponse au-dessus de cette ligne &lt;===]</div><br>'
        + p_html(top) +
        '<h3 style="font-size:14px;border-bottom:1px solid #ccc">Discussion</h3>'
        f'<table width="100%" cellpadding="0" cellspacing="0">{d}</table>'
        '<h3 style="font-size:14px;border-bottom:1px solid #ccc">Détails de la question</h3>' + table_html(details),
        brand="RSNL France – Service clients", color="#7a1f2b",
        foot="RSNL France SAS · 12 rue de Tournai, 59000 Lille")


def oracle_text(top, discussion, details):
    t = "[===> Veuillez saisir votre réponse au-dessus de cette ligne <===]\n\n" + top + "\nDiscussion\n"
    for who, when, text in discussion:
        t += f"\n{who}    {when}\n{text}"
    return t + "\nDétails de la question\n" + table_text(details)


def thread_c():
    n = 221
    i = iss(n)
    when = T(21, 9, 4, 19)
    mid = rnt_mid("C1")
    subj = f"[Incident: 240721-000031] {i['subject']}"
    top = ("Objet\n" + i["subject"] + "\n\n"
           "Nous avons bien reçu votre question. Un conseiller vous répondra sous 24 heures ouvrées.\n\n"
           "Pour mettre à jour votre question, répondez à ce message ou connectez-vous à votre espace client :\n"
           "https://rsnl.custhelp.com/app/account/questions/detail/i_id/88412\n\n"
           "En attendant, l'article de notre base de connaissances n° 2210 « Enregistreur plein : purger les anciennes vidéos » "
           "peut vous aider : https://rsnl.custhelp.com/app/answers/detail/a_id/2210\n")
    disc = [("Client (StoreDesk)", "21/07/2024 09.00", our_body(n))]
    det = [("Référence n°", "240721-000031"), ("Catégorie", "Vidéosurveillance"), ("Date de création", "21/07/2024 09.04"),
           ("Dernière mise à jour", "21/07/2024 09.04"), ("Statut", "Non résolu")]
    ent = multi("alternative", [leaf("text/plain", oracle_text(top, disc, det)), leaf("text/html", oracle_html(top, disc, det))],
                "----=_Part_88412_1.1721545459")
    raw = message(hdrs(A("Support RSNL France", "support.fr@rsnl.nl"), OUR, H(subj), when, mid,
                       rcv=("rsnl.custhelp.com", "148.87.23.40"), extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("oracle-b2c-receipt", when, n, raw, "STORE-221", "240721-000031", "acknowledged",
        "Oracle B2C Service (RightNow) acknowledgement in French: date-based reference YYMMDD-NNNNNN in [Incident: ...] subject prefix and details table. "
        "'Statut: Non résolu' is just the initial status. Decoys: i_id 88412 in portal link, KB answer 2210, dates.")

    when2 = T(23, 10, 31, 5)
    mid2 = rnt_mid("C2")
    subj2 = "[Incident: 240721-000031] Réponse à votre question"
    resp2 = ("Bonjour,\n\n"
             "Nous avons libéré 1,2 To sur l'enregistreur à distance et ramené la durée de conservation à 30 jours. "
             "L'enregistrement a repris, mais le problème n'est pas encore résolu : le disque n° 3 remonte des erreurs SMART. "
             "Un technicien passera le jeudi 25/07 pour le remplacer (RMA 724-0031).\n\n"
             "Cordialement,\nJulien Moreau\n")
    top2 = "Réponse à votre question\n"
    disc2 = [("Réponse (Julien Moreau)", "23/07/2024 10.31", resp2)]
    det2 = [("Référence n°", "240721-000031"), ("Catégorie", "Vidéosurveillance"), ("Date de création", "21/07/2024 09.04"),
            ("Dernière mise à jour", "23/07/2024 10.31"), ("Statut", "En attente - intervention planifiée")]
    ent = leaf("text/html", oracle_html(top2, disc2, det2), cte="base64")
    raw = message(hdrs(A("Support RSNL France", "support.fr@rsnl.nl"), OUR, H(subj2), when2, mid2,
                       rcv=("rsnl.custhelp.com", "148.87.23.40"), extra=[]), ent)
    add("oracle-b2c-response", when2, n, raw, "STORE-221", "240721-000031", "update",
        "Oracle B2C agent response, HTML only (base64). Subject replaced: only [Incident: 240721-000031] from 'oracle-b2c-receipt' ties it to STORE-221; "
        "no threading headers. Says 'pas encore résolu', technician planned. Decoy: RMA 724-0031.")
    when3 = T(26, 15, 9, 44)
    mid3 = rnt_mid("C3")
    subj3 = "[Incident: 240721-000031] Votre question a été résolue"
    resp3 = ("Bonjour,\n\n"
             "Le disque défectueux a été remplacé jeudi et la grappe RAID est reconstruite. L'enregistreur fonctionne normalement "
             "et conserve 30 jours d'images. Nous considérons donc l'incident comme résolu.\n\n"
             "Sans retour de votre part sous 7 jours, la question sera fermée automatiquement.\n\n"
             "Cordialement,\nJulien Moreau\n")
    disc3 = [("Réponse (Julien Moreau)", "26/07/2024 15.09", resp3), ("Réponse (Julien Moreau)", "23/07/2024 10.31", resp2)]
    det3 = [("Référence n°", "240721-000031"), ("Catégorie", "Vidéosurveillance"), ("Date de création", "21/07/2024 09.04"),
            ("Dernière mise à jour", "26/07/2024 15.09"), ("Statut", "Résolu")]
    top3 = "Votre question a été résolue\n"
    ent = multi("alternative", [leaf("text/plain", oracle_text(top3, disc3, det3)), leaf("text/html", oracle_html(top3, disc3, det3))],
                "----=_Part_88412_7.1721999384")
    raw = message(hdrs(A("Support RSNL France", "support.fr@rsnl.nl"), OUR, H(subj3), when3, mid3,
                       rcv=("rsnl.custhelp.com", "148.87.23.40"), extra=[]), ent)
    add("oracle-b2c-solved", when3, n, raw, "STORE-221", "240721-000031", "resolved",
        "Oracle B2C 'solved' response: newest thread entry says resolved; the older entry below still says 'pas encore résolu'. "
        "Only the [Incident: ...] tag links it to STORE-221. Ticket stays open 7 days (not closed).")


# ================================================================ Thread D: STORE-238, ManageEngine ServiceDesk Plus (en)
def sdp_mid(seed, t):
    return f"<{int(t.timestamp() * 1000)}.{tok(seed, 5, '0123456789')}.JavaMail.sdpadmin@sdp01.rsnl.nl>"


def thread_d():
    n = 238
    i = iss(n)
    when = T(10, 9, 1, 58)
    mid = sdp_mid("D1", when)
    MID["D1"] = mid
    subj = f"[Request ID :##48213##] : {i['subject']}"
    inner = (f"<p>Dear StoreDesk,</p>"
             "<p>This is an acknowledgement mail for your request. Your request has been logged with request id <b>48213</b>. "
             "Our technicians will attend to it shortly.</p>"
             + table_html([("Subject", i["subject"]), ("Description", our_body(n).replace("\n", " ").strip()),
                           ("Site", "Utrecht Hoog Catharijne"), ("Asset", "SCO-UT-04 (S/N 8J4821306)"), ("Priority", "High"),
                           ("Created Date", "Jul 10, 2024 09:01 AM")]) +
             '<p>You can view the request at: <a href="https://servicedesk.rsnl.nl/WorkOrder.do?woMode=viewWO&amp;woID=48213">'
             "https://servicedesk.rsnl.nl/WorkOrder.do?woMode=viewWO&amp;woID=48213</a></p>"
             "<p>Regards,<br>RSNL Service Desk</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL Service Desk", color="#1d6fb8",
                                  foot="Please do not change the subject line when replying; it carries the request id."), charset="UTF-8")
    raw = message(hdrs(A("RSNL Service Desk", "servicedesk@rsnl.nl"), OUR, H(subj, "Q", "span"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("sdp-acknowledgement", when, n, raw, "STORE-238", "48213", "acknowledged",
        "ManageEngine ServiceDesk Plus 'acknowledge request' notification, subject '[Request ID :##48213##] : <our subject>', HTML only. "
        "Decoy: asset serial 8J4821306 contains 4821-3; woID=48213 in link is the same id.")

    when2 = T(16, 14, 10, 33)
    mid2 = sdp_mid("D2", when2)
    subj2 = "[Request ID :##48213##] : Request resolved"
    rows = [("Request ID", "48213"), ("Subject", i["subject"]), ("Status", "Resolved"), ("Technician", "Bram Hoekstra"),
            ("Resolved Time", "Jul 16, 2024 02:10 PM"), ("Completed Time", ""), ("Billable", "No (contract SC-2024-0482)")]
    inner2 = ("<p>Dear StoreDesk,</p><p>Your request has been resolved by the technician. Details are given below.</p>"
              + table_html(rows) +
              "<p><b>Resolution:</b><br>Replaced the LCD backlight inverter of the self-checkout and updated the display driver to 2.4.8. "
              "Screen tested OK together with the store staff.</p>"
              "<p>If the issue persists, reply to this mail within 3 days and the request will be reopened.</p>"
              "<p>Regards,<br>RSNL Service Desk</p>")
    ent = leaf("text/html", shell(inner2, brand="RSNL Service Desk", color="#1d6fb8",
                                  foot="Please do not change the subject line when replying; it carries the request id."), charset="UTF-8")
    raw = message(hdrs(A("RSNL Service Desk", "servicedesk@rsnl.nl"), OUR, subj2, when2, mid2, irt=mid, refs=mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("sdp-resolved", when2, n, raw, "STORE-238", "48213", "resolved",
        "SDP 'request resolved' notification: subject has only the vendor ##48213## token; In-Reply-To/References point to the vendor's own "
        "acknowledgement; our subject appears in the field table. Empty 'Completed Time' field. Decoy: contract SC-2024-0482.")


# ================================================================ Thread E: STORE-246, Gmail then Thunderbird (pt)
def thread_e():
    n = 246
    i = iss(n)
    when = T(18, 10, 12, 31, WEST)
    mid = gmail_mid("E1")
    MID["E1"] = mid
    body = ("Bom dia,\n\n"
            "Confirmo a receção do vosso pedido. Ficou registado no nosso sistema com o número de processo 2407 1846.\n"
            "Vou analisar os logs do switch remotamente ainda hoje e depois dou notícias.\n\n"
            "Cumprimentos,\n"
            "Rui Carvalho\n"
            "Suporte Técnico | RSNL Portugal, Lda.\n"
            "Rua de Santa Catarina 312, 4000-443 Porto\n"
            "Tel.: +351 220 184 600\n"
            "NIPC 514 123 987\n")
    attr = f"Em qui., 18 de jul. de 2024 às 08:00, StoreDesk <{OUR_ADDR}> escreveu:"
    txt = body + "\n" + attr + "\n\n" + gt(our_body(n))
    ent = multi("alternative", [leaf("text/plain", txt, charset="UTF-8"), leaf("text/html", gmail_html(body, attr, our_body(n)), charset="UTF-8")],
                "0000000000003f2a1b061d8e4c77")
    subj = "Re: " + i["subject"]
    raw = message(hdrs(A("Rui Carvalho", "rui.carvalho@rsnl.nl"), OUR, H(subj), when, mid, irt=i["message_id"], refs=i["message_id"],
                       rcv=GMAIL_OUT, extra=[("X-Gm-Message-State", "AOJu0Yw" + tok("E1g", 20, B64A))]), ent)
    add("gmail-pt-ack", when, n, raw, "STORE-246", "24071846", "acknowledged",
        "Google Workspace/Gmail reply in Portuguese confirming receipt; process number written with a space '2407 1846' and nowhere else, "
        "so given without the space. Decoys: phone 220 184 600 (contains 1846), postcode 4000-443, NIPC 514 123 987.")

    when2 = T(22, 17, 5, 12, WEST)
    mid2 = tb_mid("E2")
    body2 = ("Olá,\n\n"
             "Ponto de situação do processo 24071846: a fonte de alimentação redundante do switch estava avariada, daí o alarme sonoro. "
             "Substituí a fonte esta tarde e o switch já não apita; todas as portas estão ativas.\n\n"
             "Dou o problema como resolvido.\n\n"
             "Cumprimentos,\nRui\n")
    attr2 = "Em 18/07/2024 10:12, Rui Carvalho escreveu:"
    q = body + "\n" + attr + "\n" + gt(our_body(n))
    txt2 = body2 + "\n" + attr2 + "\n" + gt(q)
    htm2 = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
            + p_html(body2) + f'\n    <div class="moz-cite-prefix">{esc(attr2)}<br>\n    </div>\n'
            f'    <blockquote type="cite" cite="mid:{mid[1:-1]}">\n' + p_html(q) + "\n    </blockquote>\n  </body>\n</html>\n")
    ent = multi("alternative", [leaf("text/plain", flowed(txt2), cte="8bit", charset="UTF-8", params="; format=flowed"),
                                leaf("text/html", htm2, cte="8bit", charset="UTF-8")], "------------" + tok("E2b", 24, UP[:26] + "0123456789"))
    raw = message(hdrs(A("Rui Carvalho", "rui.carvalho@rsnl.nl"), OUR, H(subj, "B", "span"), when2, mid2, irt=mid,
                       refs=f"{i['message_id']}\n {mid}", rcv=GMAIL_OUT,
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pt-PT")]), ent)
    add("thunderbird-pt-resolved", when2, n, raw, "STORE-246", "24071846", "resolved",
        "Thunderbird (format=flowed, 8bit) follow-up by the same engineer: 'Dou o problema como resolvido'. The id appears as 24071846 "
        "in the new text and as '2407 1846' in the quote. Quoted older mail only acknowledged.")


# ================================================================ Thread F: STORE-259, OMNITRACKER (de) + Outlook
def thread_f():
    n = 259
    i = iss(n)
    when = T(3, 9, 3, 51)
    mid = f"<OT.{tok('F1', 12, '0123456789ABCDEF')}.20240703090351@ot.de.rsnl.nl>"
    subj = f"Ihre Meldung wurde erfasst [IM-2407-0187] {i['subject']}"
    rows = [("Ticketnummer", "IM-2407-0187"), ("Kurzbeschreibung", i["subject"]), ("Kategorie", "Zahlungsterminals"),
            ("Priorität", "2 - hoch"), ("Status", "Erfasst"), ("Erfasst am", "03.07.2024 09:03"), ("Kundennummer", "100259"),
            ("Standort", "Schildergasse 65, 50667 Köln")]
    intro = ("Sehr geehrte Damen und Herren,\n\n"
             "vielen Dank für Ihre Meldung. Wir haben Ihr Anliegen unter der folgenden Ticketnummer erfasst:\n")
    outro = ("Bitte geben Sie bei Rückfragen stets die Ticketnummer im Betreff an.\n\n"
             "Mit freundlichen Grüßen\nIhr RSNL Service Desk\n\n"
             "RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln\n"
             "Amtsgericht Köln HRB 98765 · Geschäftsführer: Pieter van Dam\n")
    txt = intro + "\n" + table_text(rows) + "\n" + outro
    htm = shell(p_html(intro) + table_html(rows) + p_html(outro), brand="RSNL Service Desk", color="#2e5c8a")
    ent = multi("alternative", [leaf("text/plain", txt, charset="windows-1252"),
                                leaf("text/html", htm.replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252")],
                "=_OT_" + tok("F1b", 20, "0123456789ABCDEF"))
    raw = message(hdrs(A("RSNL Kundendienst", "kundendienst@de.rsnl.nl"), OUR, H(subj), when, mid, irt=i["message_id"], rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]), ent)
    MID["F1"] = mid
    add("omnitracker-erfasst", when, n, raw, "STORE-259", "IM-2407-0187", "acknowledged",
        "OMNITRACKER-style 'Meldung erfasst' mail (windows-1252 QP, field table). Decoys: Kundennummer 100259 (ends in our 259), "
        "postcodes 50667/50672, HRB 98765.")
    f1_txt, f1_subj, f1_when = txt, subj, when

    when2 = T(5, 11, 12, 20)
    mid2 = outlook_mid("F2", "FR3P281MB1534", "DEUP281.PROD.OUTLOOK.COM")
    subj2 = "AW: " + f1_subj
    body = ("Hallo zusammen,\n\n"
            "kurzer Zwischenstand zu IM-2407-0187: Ich war heute Vormittag vor Ort. Das Kabel zwischen PIN-Pad und Kasse 2 ist am Stecker "
            "gequetscht. Ein Provisorium läuft, das Problem ist aber noch nicht behoben.\n\n"
            "Das Ersatzkabel ist bestellt (Bestellnr. 4500187259) und wird am Montag, 08.07., eingebaut.\n\n"
            "Viele Grüße\n\nStefan Krüger\nServicetechniker Region West\nRSNL Deutschland GmbH\nMobil: +49 171 4459018\n")
    hdr = outlook_hdr("de", "RSNL Kundendienst <kundendienst@de.rsnl.nl>", f1_when, OUR, f1_subj)
    txt2 = body + "\n" + hdr + "\n" + f1_txt
    ent = multi("alternative", [leaf("text/plain", txt2), leaf("text/html", outlook_html(body, hdr, msonormal(f1_txt), "de"))],
                "_000_FR3P281MB1534F2_")
    raw = message(hdrs(A("Stefan Krüger", "stefan.krueger@de.rsnl.nl"), OUR, H(subj2, "Q", "full", "utf-8"), when2, mid2, irt=mid, refs=mid,
                       rcv=RSNL_O365, extra=[("Thread-Topic", H(f1_subj)), ("Thread-Index", thread_index("F1", 1)),
                                             ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")]), ent)
    add("outlook-de-zwischenstand", when2, n, raw, "STORE-259", "IM-2407-0187", "update",
        "Engineer's Outlook reply (AW:) to the OMNITRACKER receipt: progress, 'noch nicht behoben'. Decoys: order number 4500187259 "
        "(contains 0187 and 259), mobile number, Kundennummer 100259 in the quote.")

    when3 = T(9, 15, 45, 2)
    mid3 = f"<OT.{tok('F3', 12, '0123456789ABCDEF')}.20240709154502@ot.de.rsnl.nl>"
    subj3 = "Ticket IM-2407-0187 wurde geschlossen"
    rows3 = [("Ticketnummer", "IM-2407-0187"), ("Kurzbeschreibung", "PIN-Pad-Kabel beschädigt (Kasse 2)"), ("Status", "Geschlossen"),
             ("Geschlossen am", "09.07.2024 15:45"), ("Lösungskategorie", "Hardware getauscht")]
    intro3 = "Sehr geehrte Damen und Herren,\n\nIhr Ticket wurde geschlossen.\n"
    outro3 = ("Lösung: Verbindungskabel PIN-Pad/Kasse 2 ersetzt (Teil aus Bestellung 4500187259), Funktionstest mit girocard und "
              "Kreditkarte erfolgreich.\n\n"
              "Sollten Sie mit der Lösung nicht einverstanden sein, antworten Sie bitte innerhalb von 5 Tagen auf diese E-Mail.\n\n"
              "Mit freundlichen Grüßen\nIhr RSNL Service Desk\n")
    txt3 = intro3 + "\n" + table_text(rows3) + "\n" + outro3
    htm3 = shell(p_html(intro3) + table_html(rows3) + p_html(outro3), brand="RSNL Service Desk", color="#2e5c8a")
    ent = multi("alternative", [leaf("text/plain", txt3, charset="windows-1252"),
                                leaf("text/html", htm3.replace("charset=utf-8", "charset=windows-1252"), charset="windows-1252")],
                "=_OT_" + tok("F3b", 20, "0123456789ABCDEF"))
    raw = message(hdrs(A("RSNL Kundendienst", "kundendienst@de.rsnl.nl"), OUR, subj3, when3, mid3, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]), ent)
    add("omnitracker-geschlossen", when3, n, raw, "STORE-259", "IM-2407-0187", "closed",
        "OMNITRACKER closure notice: no STORE tag, no threading headers; only IM-2407-0187 (known from the two earlier mails) links it. "
        "Status Geschlossen with closing date.")


# ================================================================ Thread G: STORE-227, Cireson portal on SCSM (en)
def thread_g():
    n = 227
    i = iss(n)
    when = T(27, 9, 5, 30)
    mid = f"<{tok('G1', 8, '0123456789abcdef')}.{tok('G1b', 4)}@scsm-wf01.rsnl.nl>"
    subj = f"[IR41877] {i['subject']}"
    rows = [("ID", "IR41877"), ("Title", i["subject"]), ("Status", "Active"), ("Priority", "2"),
            ("Support Group", "Store Systems - 2nd Line"), ("Created", "27-7-2024 09:05")]
    inner = ("<h2 style=\"font-size:18px;color:#0f4c81\">Your incident has been logged</h2>"
             "<p>Hello StoreDesk,</p><p>Thank you for contacting the RSNL Service Desk. Your incident <b>IR41877</b> has been logged "
             "and assigned to the Store Systems support group.</p>" + table_html(rows) +
             "<p>Related incident: IR41871 (till reboot loop at another site) is being investigated as a possible common cause.</p>"
             '<p><a href="https://portal.rsnl.nl/Incident/Edit/IR41877" style="background:#0f4c81;color:#fff;padding:8px 14px;text-decoration:none">View incident</a></p>'
             "<p style=\"color:#666\">To update this incident, reply to this email and keep [IR41877] in the subject.</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL Self-Service Portal", color="#0f4c81"), cte="base64")
    raw = message(hdrs(A("RSNL Service Portal", "serviceportal@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]), ent)
    add("cireson-incident-logged", when, n, raw, "STORE-227", "IR41877", "acknowledged",
        "Cireson portal / SCSM Exchange-connector style '[IR41877]' subject prefix, HTML only base64, 'incident has been logged'. "
        "Decoy: related incident IR41871 (other site).")

    when2 = T(30, 11, 40, 7)
    mid2 = f"<{tok('G2', 8, '0123456789abcdef')}.{tok('G2b', 4)}@scsm-wf01.rsnl.nl>"
    subj2 = "[IR41877] Your incident has been resolved"
    rows2 = [("ID", "IR41877"), ("Title", "Till 2 reboots randomly"), ("Status", "Resolved"),
             ("Resolution Category", "Fixed by hardware replacement"), ("Resolved Date", "30-7-2024 11:39")]
    inner2 = ("<h2 style=\"font-size:18px;color:#0f4c81\">Your incident has been resolved</h2>" + table_html(rows2) +
              "<p><b>Resolution description:</b> replaced the faulty 24 V power supply of till 2; the till has run 48 hours without a reboot.</p>"
              "<p style=\"color:#666\">If you believe the issue is not resolved, reply to this email within 5 days with [IR41877] in the subject and the incident will be reactivated.</p>")
    ent = leaf("text/html", shell(inner2, brand="RSNL Self-Service Portal", color="#0f4c81"), cte="base64")
    raw = message(hdrs(A("RSNL Service Portal", "serviceportal@rsnl.nl"), OUR, subj2, when2, mid2, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]), ent)
    add("cireson-incident-resolved", when2, n, raw, "STORE-227", "IR41877", "resolved",
        "Cireson/SCSM resolved notice; only [IR41877] (from 'cireson-incident-logged') links it. Title 'Till 2 reboots randomly' alone "
        "is ambiguous (STORE-227 Rotterdam and STORE-257 Lille share it).")


# ================================================================ Thread H: STORE-243, Hiver auto-responder, then Outlook iOS (nl-BE)
def thread_h():
    n = 243
    i = iss(n)
    when = T(15, 9, 0, 48)
    mid = gmail_mid("H1")
    MID["H1"] = mid
    subj = "We hebben uw bericht ontvangen"
    txt = ("Beste,\n\n"
           "Bedankt voor uw bericht aan RSNL Support België. Wij hebben uw e-mail goed ontvangen; één van onze medewerkers "
           "neemt zo snel mogelijk contact met u op (tijdens kantooruren binnen 4 uur).\n\n"
           "Voor dringende storingen buiten kantooruren kunt u ons bellen op +32 3 808 24 30.\n\n"
           "Met vriendelijke groeten,\nRSNL Support België\n")
    ent = multi("alternative", [leaf("text/plain", txt, charset="UTF-8"),
                                leaf("text/html", '<div dir="ltr">' + p_html(txt) + "</div>\n", charset="UTF-8")], "000000000000b7c1e2061d4b2a90")
    raw = message(hdrs(A("RSNL Support België", "support.be@rsnl.nl"), OUR, subj, when, mid, irt=i["message_id"], rcv=GMAIL_OUT,
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]), ent)
    add("hiver-autoresponder", when, n, raw, "STORE-243", None, "acknowledged",
        "Hiver shared-inbox auto-responder (Gmail), auto-reply headers, replaced subject with no tag and no number; only In-Reply-To "
        "points to our STORE-243 Message-ID. A receipt, not an out-of-office. Decoy: phone +32 3 808 24 30.")

    when2 = T(17, 8, 31, 16)
    mid2 = outlook_mid("H2", "AS4PR10MB5503", "EURPRD10.PROD.OUTLOOK.COM")
    body = ("Goeiemorgen,\n\n"
            "De handscanner van Antwerpen Meir had een defecte batterij. Ik heb gisteren een nieuwe batterij geplaatst en de oude "
            "teruggestuurd onder RMA 2407-1193. De scanner laadt terug normaal op en houdt de lading de hele dag: probleem opgelost.\n\n"
            "Groetjes,\nWout\n\n"
            "Outlook voor iOS downloaden<https://aka.ms/o0ukef>\n")
    hdr = ("________________________________\n" +
           outlook_hdr("nl", "RSNL Support België <support.be@rsnl.nl>", when, OUR, subj))
    txt2 = body + hdr + "\n" + txt
    htm2 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + p_html(body) + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "<br>".join(esc(l) for l in hdr.strip("\n").split("\n")[1:]) + "</font><div>&nbsp;</div></div>" + p_html(txt) + "</body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt2, cte="base64"), leaf("text/html", htm2, cte="base64")], "_000_AS4PR10MB5503H2_")
    raw = message(hdrs(A("Wout Peeters", "wout.peeters@rsnl.nl"), OUR, "Re: " + subj, when2, mid2, irt=mid, refs=mid, rcv=RSNL_O365,
                       extra=[("Thread-Topic", subj), ("Thread-Index", thread_index("H2")), ("Content-Language", "nl-BE"),
                              ("X-MS-Has-Attach", "")]), ent)
    add("outlook-ios-nlbe-resolved", when2, n, raw, "STORE-243", None, "resolved",
        "Engineer hits reply on the Hiver auto-response from Outlook for iOS: subject 'Re: We hebben uw bericht ontvangen', "
        "In-Reply-To/References = only the auto-responder's Message-ID (mail 'hiver-autoresponder'), nothing else identifies the issue. "
        "Flemish 'probleem opgelost'. Decoy: RMA 2407-1193. No vendor ticket number anywhere.")


# ================================================================ Thread I: STORE-250, Outlook web / desktop / iOS (nl)
FEMKE_SIG = ("Femke Visser\nCoördinator Servicedesk\nRSNL B.V. | Papendorpseweg 100, 3528 BJ Utrecht\n"
             "T +31 30 712 3400 | www.rsnl.nl\nKvK 30123456 | BTW NL812345678B01\n\n"
             "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als u dit bericht onterecht ontvangt, "
             "wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n")


def thread_i():
    n = 250
    i = iss(n)
    femke = "Femke Visser <femke.visser@rsnl.nl>"
    when = T(22, 10, 5, 9)
    mid = outlook_mid("I1", "AM9PR04MB8290")
    subj = "RE: " + i["subject"]
    body = ("Goedemorgen,\n\n"
            "Wij hebben uw melding in goede orde ontvangen en geregistreerd onder ons ticketnummer 0034127. "
            "Een monteur neemt vandaag nog contact op met de filiaalmanager.\n\n"
            "Met vriendelijke groet,\n\n" + FEMKE_SIG)
    hdr = "________________________________\n" + outlook_hdr("nl", OUR, sent(n), SUPPORT, i["subject"])
    txt = body + "\n" + hdr + "\n" + our_body(n)
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", outlook_html(body, hdr.split("\n", 1)[1], our_html(n), "nl"))],
                "_000_AM9PR04MB8290I1_")
    raw = message(hdrs(A("Femke Visser", "femke.visser@rsnl.nl"), OUR, H(subj, "B", "full", "utf-8"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index("I")), ("Content-Language", "nl-NL"),
                              ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1")]), ent)
    add("owa-nl-ack", when, n, raw, "STORE-250", "0034127", "acknowledged",
        "Outlook on the web reply (underscore separator, nl headers Van/Verzonden/Aan/Onderwerp): melding ontvangen en geregistreerd, "
        "zero-padded ticket 0034127. Decoys: KvK 30123456, BTW number, phone, postcode 3528 BJ.")
    i1 = (txt, when, mid)

    when2 = T(24, 16, 40, 27)
    mid2 = outlook_mid("I2", "AM9PR04MB8290")
    body2 = ("Hallo,\n\n"
             "Een update over ticket 0034127: de monteur is gisteren langs geweest. De keukenprinter krijgt wel stroom, maar de "
             "netwerkinterface reageert niet. Het probleem is dus nog niet opgelost. De vervangende interfacekaart is besteld "
             "(bestelnummer PO-24-5521) en wordt donderdag verwacht.\n\n"
             "Groet,\n\n" + FEMKE_SIG)
    hdr2 = outlook_hdr("nl", femke, when, OUR, subj)
    txt2 = body2 + "\n" + hdr2 + "\n" + txt
    ent = multi("alternative", [leaf("text/plain", txt2), leaf("text/html", outlook_html(body2, hdr2, msonormal(txt), "nl"))],
                "_000_AM9PR04MB8290I2_")
    raw = message(hdrs(A("Femke Visser", "femke.visser@rsnl.nl"), OUR, H(subj, "B", "full", "utf-8"), when2, mid2,
                       irt=mid, refs=f"{i['message_id']}\n {mid}", rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index("I", 1)), ("Content-Language", "nl-NL"),
                              ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]), ent)
    add("outlook-nl-not-fixed", when2, n, raw, "STORE-250", "0034127", "update",
        "Outlook desktop follow-up: 'nog niet opgelost', part on order. The quoted earlier mail says 'ontvangen'. Decoy: PO-24-5521.")

    when3 = T(26, 11, 2, 44)
    mid3 = outlook_mid("I3", "AM9PR04MB8290")
    body3 = ("Goedemiddag,\n\nDe interfacekaart is vanochtend geplaatst en de keukenprinter print weer alle bonnen. Opgelost!\n\n"
             "Groet, Femke\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n")
    hdr3 = "________________________________\n" + outlook_hdr("nl", femke, when2, OUR, subj)
    txt3 = body3 + hdr3 + "\n" + body2
    htm3 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + p_html(body3) + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + "<br>".join(esc(l) for l in hdr3.strip("\n").split("\n")[1:]) + "</font><div>&nbsp;</div></div>" + p_html(body2) + "</body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt3, cte="base64"), leaf("text/html", htm3, cte="base64")], "_000_AM9PR04MB8290I3_")
    raw = message(hdrs(A("Femke Visser", "femke.visser@rsnl.nl"), OUR, H(subj, "B", "full", "utf-8"), when3, mid3,
                       irt=mid2, refs=f"{i['message_id']}\n {mid}\n {mid2}", rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index("I", 2)), ("Content-Language", "nl-NL"),
                              ("X-MS-Has-Attach", "")]), ent)
    add("outlook-ios-nl-resolved", when3, n, raw, "STORE-250", "0034127", "resolved",
        "Short 'Opgelost!' from Outlook for iOS (base64); the ticket number appears only in the quoted previous mail, which still says "
        "'nog niet opgelost'.")


# ================================================================ single helpdesk notifications
def singles_helpdesk():
    # S1 SupportPal closed — STORE-202
    n = 202
    i = iss(n)
    when = T(5, 16, 20, 9, UTC)
    mid = f"<{tok('S1', 32)}@support.rsnl.nl>"
    subj = f"[#639204]: Ticket closed - {i['subject']}"
    rows = [("Number", "639204"), ("Department", "Store Hardware"), ("Status", "Closed"), ("Priority", "High"),
            ("Last Action", "Receipt printer swapped, new unit S/N X5UF639204A"), ("Invoice", "INV-0639205 (warranty, EUR 0.00)")]
    intro = (f"Hello StoreDesk,\n\nYour ticket #639204 \"{i['title']}\" has been closed. If you need further assistance regarding this "
             "ticket, simply reply to this email and it will be reopened.\n")
    link = "https://support.rsnl.nl/en/tickets/view/639204?token=7f3c92aa1e"
    txt = ("-- Please reply above this line --\n\n" + intro + "\n" + table_text(rows) + f"\nView ticket: {link}\n\nRSNL Hardware Support\n")
    htm = shell('<div style="color:#aaa;font-size:11px">-- Please reply above this line --</div>' + p_html(intro) + table_html(rows) +
                f'<p><a href="{link}">View ticket</a></p><p>RSNL Hardware Support</p>', brand="RSNL Hardware Support", color="#34495e",
                foot="Powered by SupportPal")
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", htm)], "_=_swift_" + tok("S1b", 24) + "_=_")
    raw = message(hdrs(A("RSNL Hardware Support", "hardware@support.rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("supportpal-closed", when, n, raw, "STORE-202", "639204", "closed",
        "SupportPal 'ticket closed' user notification with '[#639204]' subject prefix, reply-above marker, field table. "
        "Decoys: new printer serial X5UF639204A contains the ticket number; invoice INV-0639205; link token.")

    # S2 SAP Service Cloud (de) update — STORE-235
    n = 235
    i = iss(n)
    when = T(8, 11, 2, 40)
    mid = f"<{tok('S2', 20, UP)}.{tok('S2b', 6, '0123456789')}@service.rsnl.nl>"
    subj = f"Ihr Ticket 8000034521 wurde aktualisiert: {i['subject']}"
    rows = [("Ticket-ID", "8000034521"), ("Betreff", i["subject"]), ("Status", "In Bearbeitung"), ("Bearbeiter", "Lena Brandt"),
            ("Kundennummer", "1000235")]
    reply = ("Wir haben festgestellt, dass der Access Point AP-02 stündlich neu startet (DHCP-Lease-Konflikt). Die Lease-Zeit wurde "
             "angepasst; wir beobachten die Verbindung jetzt 48 Stunden. Bitte melden Sie sich, falls die Abbrüche weiterhin auftreten.")
    inner = ("<p>Guten Tag,</p><p>zu Ihrem Ticket gibt es eine neue Antwort:</p>" + table_html(rows) +
             f'<p style="border-left:3px solid #0a6ed1;padding-left:10px">{esc(reply)}</p>'
             "<p>Bitte antworten Sie direkt auf diese E-Mail und ändern Sie den Betreff nicht.</p>"
             "<p>Mit freundlichen Grüßen<br>Ihr RSNL Kundenservice</p>"
             '<p style="color:#999;font-size:10px">[Ref:TKT-8000034521]</p>')
    ent = leaf("text/html", shell(inner, brand="RSNL Kundenservice", color="#0a6ed1",
                                  foot="RSNL Deutschland GmbH · USt-IdNr. DE312345678"), charset="utf-8")
    raw = message(hdrs(A("RSNL Kundenservice", "no-reply@service.rsnl.nl"), OUR, H(subj), when, mid, reply_to="kundenservice@rsnl.nl",
                       rcv=("mail.service.rsnl.nl", "185.44.21.40"), extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("sap-service-cloud-update", when, n, raw, "STORE-235", "8000034521", "update",
        "SAP Service Cloud (C4C)-style German 'ticket updated' mail with 10-digit ticket id; status In Bearbeitung, agent note. "
        "Decoy: Kundennummer 1000235 (ends in 235), AP-02.")

    # S3 OpenText SMAX resolved — STORE-220
    n = 220
    i = iss(n)
    when = T(23, 12, 15, 0)
    mid = f"<{tok('S3', 8, '0123456789')}.{tok('S3b', 6, '0123456789')}.{int(when.timestamp())}@smax.rsnl.nl>"
    subj = f"Request 30418 has been resolved: {i['subject']}"
    rows = [("Request ID", "30418"), ("Title", i["subject"]), ("Status", "Resolved"), ("Service", "Store printing"),
            ("Resolved on", "23/07/2024 12:14")]
    inner = ("<p>Dear StoreDesk,</p><p>Your request has been resolved.</p>" + table_html(rows) +
             "<p><b>Solution:</b> the kitchen printer had an IP conflict with the new KDS screen (both 10.22.20.44). "
             "The printer was moved to reserved address 10.22.20.60 and test tickets printed correctly.</p>"
             "<p>If the solution is not satisfactory, you can reject it in the Service Portal within 5 days:<br>"
             '<a href="https://smax.rsnl.nl/saw/ess/viewRequest/30418?TENANTID=318742305">https://smax.rsnl.nl/saw/ess/viewRequest/30418?TENANTID=318742305</a></p>')
    ent = leaf("text/html", shell(inner, brand="RSNL Service Portal", color="#31485e"), cte="base64", charset="UTF-8")
    raw = message(hdrs(A("RSNL Service Management", "smax-noreply@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("smax-resolved", when, n, raw, "STORE-220", "30418", "resolved",
        "OpenText SMAX-style 'request resolved' notification, HTML only base64, reject-within-5-days portal link. "
        "Decoys: TENANTID 318742305, IP addresses.")

    # S4 IBM Maximo status change — STORE-216
    n = 216
    i = iss(n)
    when = T(17, 9, 20, 11)
    mid = f"<{tok('S4', 10, '0123456789')}.{tok('S4b', 4, '0123456789')}.JavaMail.maximo@mxapp02.assets.rsnl.nl>"
    subj = f"SR 1043 status changed to INPROG - {i['subject']}"
    rows = [("Ticket ID", "1043"), ("Class", "SR"), ("Summary", i["subject"]), ("Status", "INPROG"), ("Status Date", "17-07-2024 09:20"),
            ("Owner Group", "NETWORK"), ("Location", "NL-DH-SPUI"), ("Asset", "10430 (Cisco C1000-24P)"), ("Work Order", "WO-51216"),
            ("Target Finish", "18-07-2024 17:00"), ("Actual Finish", ""), ("Reported By", "STOREDESK")]
    txt = ("Service Request 1043 has been updated.\n\n" + table_text(rows) +
           "\nWork log (R. de Groot, 17-07-2024 09:18):\nFan module alarm confirmed remotely. Replacement fan tray shipped, "
           "engineer visit planned 18-07 in the morning.\n\n-- This is an automated message from Maximo. --\n")
    ent = leaf("text/plain", txt)
    raw = message(hdrs(A("RSNL Maximo", "maximo@assets.rsnl.nl"), OUR, H(subj, "Q", "span"), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("maximo-status-inprog", when, n, raw, "STORE-216", "1043", "update",
        "IBM Maximo communication-template style plain-text status change (SR 1043 -> INPROG) with field list; empty 'Actual Finish'. "
        "Decoys: asset 10430, WO-51216, location code.")

    # S5 Axios assyst logged — STORE-230, subject without STORE tag, threading only
    n = 230
    i = iss(n)
    when = T(2, 9, 1, 20)
    mid = f"<assyst.{tok('S5', 12, '0123456789')}@assyst.rsnl.nl>"
    subj = "Call logged - S2203141"
    rows = [("Reference", "S2203141"), ("Short description", "Cash recycler error E17"), ("Location", "Groningen Herestraat"),
            ("Date logged", "02/07/2024 09:01"), ("Assigned to", "Cash Handling Support")]
    intro = "Thank you for contacting the RSNL Service Desk.\n\nYour call has been logged with the details below.\n"
    outro = ("Please quote the reference S2203141 in all correspondence.\n\nTrack your call: https://assyst.rsnl.nl/assystnet/#/event/2203141\n\n"
             "RSNL IT Service Desk | +31 50 312 2031\n")
    txt = intro + "\n" + table_text(rows) + "\n" + outro
    ent = multi("alternative", [leaf("text/plain", txt, cte="base64"),
                                leaf("text/html", shell(p_html(intro) + table_html(rows) + p_html(outro), brand="RSNL IT Service Desk", color="#5b2c6f"), cte="base64")],
                "----=_NextPart_" + tok("S5b", 12, "0123456789ABCDEF"))
    raw = message(hdrs(A("RSNL IT Service Desk", "assyst@rsnl.nl"), OUR, subj, when, mid, irt=i["message_id"], refs=i["message_id"], rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("assyst-call-logged", when, n, raw, "STORE-230", "S2203141", "acknowledged",
        "Axios assyst-style 'call logged' mail: subject replaced (no STORE tag), body short description 'Cash recycler error E17' is shared "
        "by STORE-230 and STORE-260; In-Reply-To our STORE-230 Message-ID decides. Decoys: error E17, link path 2203141 without the S, phone.")

    # S6 Alemba vFire closed — STORE-244
    n = 244
    i = iss(n)
    when = T(19, 16, 2, 55)
    mid = f"<vFire.{tok('S6', 16)}@vfire.rsnl.nl>"
    subj = f"Call 104233 Closed - {i['subject']}"
    rows = [("Call Ref", "104233"), ("Summary", i["subject"]), ("Closure Code", "Resolved - Configuration"),
            ("Logged", "16/07/2024 09:12"), ("Closed", "19/07/2024 16:02"), ("Linked Calls", "104223 (SSID change - Gent Veldstraat)")]
    inner = ("<p>Dear StoreDesk,</p><p>Your call has been closed.</p>" + table_html(rows) +
             "<p><b>Closure description:</b> the price checker had lost its Wi-Fi profile after the store SSID change; the profile was "
             "re-applied and the device is back online.</p><p>Kind regards,<br>RSNL Service Desk</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL Service Desk", color="#00607a"))
    raw = message(hdrs(A("RSNL Service Desk", "vfire@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("vfire-call-closed", when, n, raw, "STORE-244", "104233", "closed",
        "Alemba vFire-style call closure notification. Decoy: linked call 104223 (a different call).")

    # S7 TeamDynamix update — STORE-206, id only in link
    n = 206
    i = iss(n)
    when = T(8, 3, 14, 22, CDT)
    mid = f"<{tok('S7', 8)}-{tok('S7a', 4)}-{tok('S7b', 4)}-{tok('S7c', 4)}-{tok('S7d', 12)}@teamdynamix.com>"
    subj = f"Ticket Updated: {i['subject']}"
    link = "https://rsnl.teamdynamix.com/TDClient/1902/Portal/Requests/TicketRequests/TicketDet?TicketID=21457893"
    inner = (f'<p style="font-size:16px"><b>{esc(i["subject"])}</b></p>'
             + table_html([("Status", "In Process"), ("Requestor", "StoreDesk"), ("Responsible", "Store Hardware NL"),
                           ("Updated By", "Kevin Smit"), ("Modified", "Mon 7/8/24 10:14 AM")]) +
             "<p><b>Comments:</b><br>Replacement solenoid for the cash drawer is ordered and expected on 10 July. "
             "Until then the drawer can be opened with the manual key.</p>"
             f'<p><a href="{link}">View this ticket in the Client Portal</a></p>')
    ent = leaf("text/html", shell(inner, brand="RSNL Client Services", color="#2b6cb0",
                                  foot="You are receiving this because you are the requestor on this ticket."), cte="base64")
    raw = message(hdrs(A("RSNL Client Services", "clientservices@rsnl.nl"), OUR, H(subj), when, mid,
                       rcv=("smtp.teamdynamix.com", "52.23.44.101"), extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("teamdynamix-updated", when, n, raw, "STORE-206", "21457893", "update",
        "TeamDynamix-style 'Ticket Updated' notification (HTML base64); the ticket id appears only in the portal link TicketID=21457893. "
        "Decoy: 1902 (application id) in the same link.")

    # S8 Efecte resolved — STORE-254
    n = 254
    i = iss(n)
    when = T(30, 9, 45, 18, EEST)
    mid = f"<efecte.{tok('S8', 14, '0123456789')}@efecte.rsnl.nl>"
    subj = f"Incident INC-0012873 resolved: {i['subject']}"
    intro = "Hello,\n\nYour incident INC-0012873 has been resolved.\n"
    rows = [("Incident", "INC-0012873"), ("Subject", i["subject"]), ("Status", "Resolved"), ("Resolved", "30.07.2024 09:44")]
    outro = ("Resolution: ESL base station BS-0012837 was rebooted and its firmware updated; all shelf labels refreshed.\n\n"
             "Please let us know if the problem persists. If we do not hear from you within 3 working days, the incident will be closed automatically.\n\n"
             "RSNL Service Desk\n")
    txt = intro + "\n" + table_text(rows) + "\n" + outro
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", shell(p_html(intro) + table_html(rows) + p_html(outro), brand="RSNL Service Desk", color="#008577"))],
                "----=_Part_" + tok("S8b", 10, "0123456789"))
    raw = message(hdrs(A("RSNL Service Desk", "efecte@rsnl.nl"), OUR, H(subj), when, mid, rcv=("mx.efecte.rsnl.nl", "185.44.21.55"),
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("efecte-resolved", when, n, raw, "STORE-254", "INC-0012873", "resolved",
        "Efecte-style incident resolved mail (+0300 server); auto-close in 3 days, so resolved not closed. "
        "Decoy: base station BS-0012837 (digit transposition of the id).")

    # S9 USU status change (de) — STORE-211
    n = 211
    i = iss(n)
    when = T(12, 8, 30, 51)
    mid = f"<USU.{tok('S9', 18, '0123456789ABCDEF')}@vm.de.rsnl.nl>"
    subj = f"Statusänderung zu Ticket 24-031544: {i['subject']}"
    rows = [("Ticket", "24-031544"), ("Kurzbeschreibung", i["subject"]), ("Alter Status", "In Bearbeitung"),
            ("Neuer Status", "Warten auf Kunde"), ("Gelöst am", ""), ("Geschlossen am", "")]
    txt = ("Guten Tag,\n\nder Status Ihres Tickets hat sich geändert.\n\n" + table_text(rows) +
           "\nKommentar des Bearbeiters:\nBitte teilen Sie uns mit, ob das Flackern der Kundenanzeige nur bei eingeschalteter "
           "Deckenbeleuchtung auftritt. Das Netzteil wurde bereits getauscht.\n\n"
           "Mit freundlichen Grüßen\nRSNL Service Desk Deutschland\n")
    ent = leaf("text/plain", txt, cte="8bit")
    raw = message(hdrs(A("RSNL Service Desk DE", "servicedesk@de.rsnl.nl"), OUR, H(subj, "Q", "full"), when, mid,
                       rcv=RSNL_MX, extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("usu-status-waiting", when, n, raw, "STORE-211", "24-031544", "update",
        "USU Service Manager (Valuemation)-style status-change mail in German, plain text 8bit; status 'Warten auf Kunde' with a question; "
        "'Gelöst am' and 'Geschlossen am' fields are empty.")

    # S10 Atera resolved — STORE-218
    n = 218
    i = iss(n)
    when = T(19, 14, 22, 37, UTC)
    mid = f"<0102019{tok('S10', 13)}-{tok('S10a', 8)}-{tok('S10b', 4)}-{tok('S10c', 4)}-{tok('S10d', 4)}-{tok('S10e', 12)}-000000@eu-west-1.amazonses.com>"
    subj = f"Ticket #1187 - {i['subject']} - has been resolved"
    intro = (f"Hi StoreDesk,\n\nYour ticket #1187 \"{i['subject']}\" has been resolved by technician Ruben Bos.\n\n"
             "Resolution: the failed update left POS 7.5.0 half-installed. We rolled back to 7.4.2, cleared the update cache and reinstalled "
             "7.5.0; the tills in Groningen Herestraat start normally again.\n\n"
             "If you still experience issues, simply reply to this email to reopen your ticket.\n\n"
             "How did we do? https://survey.rsnl.nl/t/1187\n\nRSNL Support\n")
    ent = multi("alternative", [leaf("text/plain", intro), leaf("text/html", shell(p_html(intro), brand="RSNL Support", color="#1a4d8f",
                                                                                foot="Sent via Atera"))], "=_" + tok("S10z", 20))
    raw = message(hdrs(A("RSNL Support", "helpdesk@rsnl.nl"), OUR, H(subj), when, mid, rcv=("a7-17.smtp-out.eu-west-1.amazonses.com", "54.240.7.17"),
                       extra=[("Feedback-ID", "1.eu-west-1.atera:AmazonSES"), ("Auto-Submitted", "auto-generated")]), ent)
    add("atera-resolved", when, n, raw, "STORE-218", "1187", "resolved",
        "Atera-style 'ticket resolved' customer email sent through Amazon SES with an rsnl.nl From. "
        "Decoys: version numbers 7.5.0/7.4.2; survey link repeats 1187.")

    # S11 NinjaOne comment — STORE-241
    n = 241
    i = iss(n)
    when = T(15, 12, 5, 40, UTC)
    mid = f"<ninja.{tok('S11', 24)}@ninjarmm.rsnl.nl>"
    subj = f"[Ticket #4471] {i['subject']}"
    inner = ("<p>A new comment was added to ticket <b>#4471</b> by Eva Meijer:</p>"
             '<blockquote style="border-left:3px solid #337ab7;margin:0;padding-left:10px">The flicker matches a known issue with display '
             "firmware 1.8. We will push firmware 1.9.3 remotely tonight at 22:00; no action is needed in the store.</blockquote>"
             + table_html([("Status", "Open"), ("Priority", "Medium"), ("Device", "EHV-POS-02"), ("Organization", "StoreDesk Retail")]) +
             "<p>Reply to this email to add a comment to the ticket.</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL Managed Services", color="#337ab7"))
    raw = message(hdrs(A("RSNL Managed Services", "msp@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("ninjaone-comment", when, n, raw, "STORE-241", "4471", "update",
        "NinjaOne ticketing-style 'new comment' notification with [Ticket #4471] prefix: plan (firmware push tonight). "
        "Decoys: firmware versions, device EHV-POS-02.")

    # S12 Pega Customer Service (pt) — STORE-258
    n = 258
    i = iss(n)
    when = T(2, 8, 1, 10, WEST)
    mid = f"<{tok('S12', 20, '0123456789')}.JavaMail.pega@pega.pt.rsnl.nl>"
    subj = f"Pedido registado C-10432: {i['subject']}"
    rows = [("Número do caso", "C-10432"), ("Assunto", i["subject"]), ("Estado", "Novo"), ("Data de abertura", "02/07/2024 08:01")]
    intro = ("Caro cliente,\n\nO seu pedido foi registado com sucesso. Será contactado por um técnico no prazo de 1 dia útil.\n")
    outro = ("Para acompanhar o pedido, responda a este e-mail mantendo o número do caso no assunto.\n\n"
             "Com os melhores cumprimentos,\nRSNL Apoio ao Cliente\nRSNL Portugal, Lda. · NIPC 514 123 987 · Capital social 50 000 EUR\n")
    txt = intro + "\n" + table_text(rows) + "\n" + outro
    ent = multi("alternative", [leaf("text/plain", txt, cte="base64"),
                                leaf("text/html", shell(p_html(intro) + table_html(rows) + p_html(outro), brand="RSNL Apoio ao Cliente", color="#a4282a"), cte="base64")],
                "----=_Part_" + tok("S12b", 12, "0123456789") + "_1")
    raw = message(hdrs(A("RSNL Apoio ao Cliente", "apoio@pt.rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("pega-pedido-registado", when, n, raw, "STORE-258", "C-10432", "acknowledged",
        "Pega Customer Service-style Portuguese case-created mail, case id C-10432. Decoys: NIPC, capital social.")

    # S13 WHMCS ticket opened — STORE-226
    n = 226
    i = iss(n)
    when = T(26, 7, 0, 55, UTC)
    mid = f"<{tok('S13', 32)}@care.rsnl.nl>"
    subj = f"[Ticket ID: KRT-583201] {i['subject']}"
    link = "https://care.rsnl.nl/viewticket.php?tid=KRT-583201&c=Xk3Lp9Qz"
    txt = ("Dear StoreDesk,\n\nThank you for contacting our support team. A support ticket has now been opened for your request. "
           "You will be notified when a response is made by email. The details of your ticket are shown below.\n\n"
           f"Subject: {i['subject']}\nPriority: High\nStatus: Open\n\nYou can view the ticket at any time at {link}\n\n"
           "RSNL Customer Care\nhttps://care.rsnl.nl/\n")
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", shell(p_html(txt).replace(esc(link), f'<a href="{esc(link)}">{esc(link)}</a>'),
                                                                              brand="RSNL Customer Care", color="#155724"))], "b1_" + tok("S13b", 32))
    raw = message(hdrs(A("RSNL Customer Care", "care@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), ("Auto-Submitted", "auto-generated")]), ent)
    add("whmcs-ticket-opened", when, n, raw, "STORE-226", "KRT-583201", "acknowledged",
        "WHMCS 'Support Ticket Opened' style with a letters-digits ticket mask KRT-583201 in subject and viewticket link. "
        "Decoy: access code c=Xk3Lp9Qz.")

    # S14 GitLab Service Desk thank-you — STORE-260
    n = 260
    i = iss(n)
    when = T(4, 7, 0, 31, UTC)
    mid = f"<{tok('S14', 20, '0123456789abcdef')}_{tok('S14b', 6, '0123456789')}@gitlab.rsnl.nl.mail>"
    subj = f"Re: {i['subject']} (#117)"
    txt = ("Thank you for your support request! We are tracking your request as ticket #117, and will respond as soon as we can.\n\n"
           "-- \nRSNL Support Desk · https://gitlab.rsnl.nl/support/desk\n")
    ent = multi("alternative", [leaf("text/plain", txt),
                                leaf("text/html", '<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>'
                                     '<body><p>Thank you for your support request! We are tracking your request as ticket #117, and will respond as soon as we can.</p>'
                                     '<div style="color:#666">RSNL Support Desk</div></body></html>\n', charset="UTF-8")],
                f"--==_mimepart_{tok('S14c', 13)}_{tok('S14d', 5, '0123456789')}")
    raw = message(hdrs(A("RSNL Support Bot", "support-bot@gitlab.rsnl.nl"), OUR, H(subj), when, mid, irt=i["message_id"], refs=i["message_id"],
                       rcv=("gitlab.rsnl.nl", "185.44.21.60"),
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-GitLab-Project", "desk"),
                              ("X-GitLab-Project-Path", "support/desk"), ("X-GitLab-Issue-IID", "117")]), ent)
    add("gitlab-service-desk-thanks", when, n, raw, "STORE-260", "117", "acknowledged",
        "Self-hosted GitLab Service Desk thank-you email ('We are tracking your request as ticket #117'), subject 'Re: <ours> (#117)'. "
        "Decoy: error E17 in our title.")

    # S15 Dolibarr ticket module (fr) — STORE-257
    n = 257
    i = iss(n)
    when = T(1, 9, 2, 44)
    mid = f"<{int(when.timestamp())}.phpmailer@erp.rsnl.nl>"
    subj = f"[RSNL France] Nouveau ticket créé - {i['subject']}"
    inner = ("<p>Bonjour,</p><p>Votre demande a bien été enregistrée. Notre équipe la traitera dans les meilleurs délais.</p>"
             + table_html([("Référence du ticket", "TS2407-0012"), ("Code de suivi", "k3w9zq7x2mfa"), ("Sujet", i["subject"]),
                           ("Type", "Incident"), ("Sévérité", "Haute")]) +
             '<p>Vous pouvez suivre l\'avancement de votre ticket sur l\'interface publique :<br>'
             '<a href="https://erp.rsnl.nl/public/ticket/view.php?track_id=k3w9zq7x2mfa">https://erp.rsnl.nl/public/ticket/view.php?track_id=k3w9zq7x2mfa</a></p>'
             "<p>Cordialement,<br>L'assistance RSNL France</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL France – Assistance", color="#263c5c"), cte="8bit", charset="UTF-8")
    raw = message(hdrs(A("RSNL France – Assistance", "assistance@fr.rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("X-Mailer", "Dolibarr version 19.0.2 (using php)"), ("X-Dolibarr-TRACKID", "tic87@erp.rsnl.nl")]), ent)
    add("dolibarr-ticket-cree", when, n, raw, "STORE-257", "TS2407-0012", "acknowledged",
        "Dolibarr ticket-module creation mail in French (HTML 8bit). Ticket reference TS2407-0012 (date-based ref); the public "
        "'code de suivi' k3w9zq7x2mfa is the tracking token and X-Dolibarr-TRACKID tic87 the internal row, both decoys.")


# ================================================================ single mails from people
def outlook_reply(n, who, addr, lang, when, body, seed, srv, sep=None, cs="utf-8", cte="quoted-printable", mailer=None,
                  subj_prefix="RE: ", subj_suffix="", hdr_mode="B", extra_hdr=()):
    """Reply to our original mail from Outlook (desktop / web)."""
    i = iss(n)
    local = sent(n).astimezone(when.tzinfo)
    hdr = outlook_hdr(lang, OUR, local, SUPPORT, i["subject"])
    if sep == "underscore":
        hdr_t = "________________________________\n" + hdr
    elif sep:
        hdr_t = sep + "\n" + hdr
    else:
        hdr_t = hdr
    txt = body + "\n" + hdr_t + "\n" + our_body(n)
    htm = outlook_html(body, hdr, our_html(n), lang)
    if cs != "utf-8":
        htm = htm.replace("charset=utf-8", f"charset={cs}")
    ent = multi("alternative", [leaf("text/plain", txt, cte=cte, charset=cs), leaf("text/html", htm, cte=cte, charset=cs)], f"_000_{srv}{seed}_")
    mid = outlook_mid(seed, srv)
    subj = subj_prefix + i["subject"] + subj_suffix
    ex = [("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index(seed)),
          ("Content-Language", {"en": "en-GB", "nl": "nl-NL", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT"}[lang]),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if mailer:
        ex.append(("X-Mailer", mailer))
    ex += list(extra_hdr)
    raw = message(hdrs(A(who, addr), OUR, H(subj, hdr_mode, "full", "utf-8"), when, mid, irt=i["message_id"], refs=i["message_id"],
                       rcv=RSNL_O365, extra=ex), ent)
    return raw


def singles_people():
    # P1 Outlook desktop, classic plain reply header (en) — STORE-201
    n = 201
    when = T(1, 14, 37, 12)
    body = ("Hi Sam,\n\n"
            "Thanks for reporting this. I had a look at the remote logs for till 3 at Amsterdam Centraal: it hangs in the BIOS POST after "
            "last night's Windows update, so this is not something the store can fix themselves.\n\n"
            "Plan: I will be on site on Wednesday 3 July between 08:00 and 10:00 to reflash the BIOS and, if needed, swap the SSD "
            "(spare part 2010-334 is in my van). Our ticket number is RS-240701-07; please quote it if you call our planning desk.\n\n"
            "Kind regards,\n\n"
            "Paul de Vries\nField Service Engineer - Noord-Holland\nRSNL B.V.\nPapendorpseweg 100 | 3528 BJ Utrecht | The Netherlands\n"
            "T +31 88 776 0100 | M +31 6 4120 1701\nChamber of Commerce 30123456\n\n"
            "The information contained in this communication is confidential and may be legally privileged. It is intended solely for "
            "the use of the addressee. If you are not the intended recipient, please notify the sender and delete this message.\n")
    raw = outlook_reply(n, "Paul de Vries", "paul.devries@rsnl.nl", "en", when, body, "P1", "AM0PR04MB6724",
                        sep="-----Original Message-----", mailer="Microsoft Outlook 16.0")
    add("outlook-en-site-visit-plan", when, n, raw, "STORE-201", "RS-240701-07", "update",
        "Outlook desktop reply with '-----Original Message-----' header block; engineer's plan (site visit). "
        "Decoys: spare part 2010-334 (contains 201), mobile 4120 1701, KvK 30123456, dates. Same title as STORE-231 (other store).")

    # P2 Apple Mail on iPhone (nl) — STORE-215
    n = 215
    i = iss(n)
    when = T(16, 17, 52, 3)
    mid = apple_mid("P2")
    body = ("Hoi,\n\nToetsenbord van kassa 2 in de Lijnbaan vervangen en alle toetsen getest. Werkt weer prima, wat mij betreft is de "
            "melding opgelost.\n\nGr. Sander\n\nVerstuurd vanaf mijn iPhone\n\n")
    quote = f"Op 15 jul 2024 om 09:00 heeft StoreDesk <{OUR_ADDR}> het volgende geschreven:\n\n" + our_body(n)
    txt = body + gt(quote, empty="> ")
    ent = leaf("text/plain", txt)
    raw = message(hdrs(A("Sander Mulder", "sander.mulder@rsnl.nl"), OUR, H("Re: " + i["subject"]), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=("mail-out2.rsnl.nl", "185.44.21.18"),
                       extra=[("X-Mailer", "iPhone Mail (21F90)"), ("Mime-Version", "1.0 (1.0)")]), ent)
    add("iphone-nl-fixed", when, n, raw, "STORE-215", None, "resolved",
        "Apple Mail on iPhone, plain text QP, 'Verstuurd vanaf mijn iPhone' and Dutch '> Op ... heeft ... het volgende geschreven:' quote. "
        "Keyboard replaced, 'opgelost'. No vendor id.")

    # P3 Gmail (fr) — STORE-233
    n = 233
    i = iss(n)
    when = T(8, 9, 15, 33)
    mid = gmail_mid("P3")
    body = ("Bonjour,\n\n"
            "Suite à votre signalement (dossier FR24-05512), nous avons testé le scanner à distance : le module de lecture ne répond plus. "
            "Le problème n'est pas encore résolu.\n\n"
            "Un scanner de remplacement (réf. DS2208-SR) part aujourd'hui par transporteur, livraison prévue mercredi 10/07 avant 13h.\n\n"
            "Bien cordialement,\n\n"
            "Camille Laurent\nSupport technique – RSNL France SAS\n12 rue de Tournai, 59000 Lille\nTél. : 03 20 55 12 33\nSIRET 812 345 678 00021\n")
    attr = f"Le ven. 5 juil. 2024 à 09:00, StoreDesk <{OUR_ADDR}> a écrit :"
    txt = body + "\n" + attr + "\n\n" + gt(our_body(n))
    ent = multi("alternative", [leaf("text/plain", txt, charset="UTF-8"), leaf("text/html", gmail_html(body, attr, our_body(n)), charset="UTF-8")],
                "000000000000e3a9c4061ca1f2d5")
    raw = message(hdrs(A("Camille Laurent", "camille.laurent@rsnl.nl"), OUR, H("Re: " + i["subject"]), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=GMAIL_OUT), ent)
    add("gmail-fr-pas-encore", when, n, raw, "STORE-233", "FR24-05512", "update",
        "Gmail reply in French with 'Le ven. 5 juil. 2024 à 09:00, ... a écrit :' attribution; 'pas encore résolu', replacement shipped. "
        "Decoys: phone 03 20 55 12 33 (contains 5512), SIRET, postcode 59000, part ref DS2208-SR.")

    # P4 Thunderbird plain text (de) — STORE-247
    n = 247
    i = iss(n)
    when = T(23, 10, 48, 9)
    mid = tb_mid("P4", "de.rsnl.nl")
    body = ("Hallo,\n\n"
            "der Bondrucker an Kasse 1 wurde heute gereinigt, Papierführung und Abrissklinge wurden getauscht. Seitdem wurden 200 Testbons "
            "ohne Papierstau gedruckt. Das Problem ist behoben.\n\n"
            "Viele Grüße\nMarkus Schmitt\n\n-- \nMarkus Schmitt | Servicetechniker\nRSNL Deutschland GmbH\nHohenzollernring 72, 50672 Köln\n"
            "Tel. +49 221 998 2247\n\n")
    txt = body + "Am 19.07.24 um 09:00 schrieb StoreDesk:\n" + gt(our_body(n))
    ent = leaf("text/plain", flowed(txt), cte="8bit", charset="UTF-8", params="; format=flowed")
    raw = message(hdrs(A("Markus Schmitt", "markus.schmitt@de.rsnl.nl"), OUR, H("Re: " + i["subject"], "B", "span"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_MX,
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]), ent)
    add("thunderbird-de-behoben", when, n, raw, "STORE-247", None, "resolved",
        "Thunderbird plain text (format=flowed, 8bit, '-- ' signature) 'Am 19.07.24 um 09:00 schrieb StoreDesk:'. 'Problem ist behoben'. "
        "No vendor id. Decoy: phone 998 2247 (ends in 247), 200 test receipts.")

    # P5 Outlook (es) closed with dotted number — STORE-224
    n = 224
    when = T(29, 12, 0, 41)
    body = ("Hola:\n\n"
            "Les informamos de que hemos cerrado la incidencia 61.508. Tras sustituir la estación base del pasillo 4 y resincronizar "
            "las 1.240 etiquetas, todas muestran de nuevo el precio correcto. Si vuelve a ocurrir, abran una incidencia nueva indicando esta referencia.\n\n"
            "Saludos cordiales,\n\n"
            "Lucía Fernández\nCoordinadora de Soporte | RSNL Iberia S.L.\nC/ de Alcalá 265, 28027 Madrid | Tel. +34 910 604 200\n")
    raw = outlook_reply(n, "Lucía Fernández", "lucia.fernandez@rsnl.nl", "es", when, body, "P5", "PAXPR04MB9120",
                        subj_suffix=" (Ref. RSNL 61508)", mailer="Microsoft Outlook 16.0")
    add("outlook-es-cerrada", when, n, raw, "STORE-224", "61508", "closed",
        "Outlook desktop reply in Spanish: 'hemos cerrado la incidencia 61.508' (thousands dot); canonical 61508 is in the subject suffix "
        "'(Ref. RSNL 61508)'. Decoys: 1.240 labels, aisle 4, postcode 28027, phone.")

    # P6 Outlook on the web (fr), windows-1252 — STORE-245
    n = 245
    when = T(17, 9, 40, 26)
    body = ("Bonjour,\n\n"
            "Nous accusons bonne réception de votre demande, enregistrée sous la référence REQ-2024-001387. Un technicien vous "
            "recontactera dans la journée pour convenir d'un créneau d'intervention.\n\n"
            "Cordialement,\n\n"
            "Sébastien Lefèvre\nCentre de services – RSNL France SAS\n12 rue de Tournai, 59000 Lille\nTél. : 03 20 55 12 00\n")
    raw = outlook_reply(n, "Sébastien Lefèvre", "sebastien.lefevre@rsnl.nl", "fr", when, body, "P6", "PR1P264MB2071",
                        sep="underscore", cs="windows-1252", hdr_mode="Q")
    add("owa-fr-accuse-reception", when, n, raw, "STORE-245", "REQ-2024-001387", "acknowledged",
        "Outlook on the web reply in French (windows-1252 QP, 'De : / Envoyé : / À : / Objet :'): accusé de réception with reference "
        "REQ-2024-001387. Decoys: phone, postcode.")

    # P7 Gmail (es) question — STORE-236
    n = 236
    i = iss(n)
    when = T(8, 12, 41, 57)
    mid = gmail_mid("P7")
    body = ("Hola,\n\n"
            "¿Nos podéis confirmar si el cajón abre con la llave manual y si en la pantalla de la caja aparece algún error al cobrar en "
            "efectivo? Con eso sabremos si es el solenoide o el cable antes de desplazarnos a la tienda.\n\n"
            "Gracias,\nDiego Navarro\nRSNL Iberia S.L. · Soporte de campo\nMóvil 612 408 336\n")
    attr = f"El lun, 8 jul 2024 a las 9:00, StoreDesk (<{OUR_ADDR}>) escribió:"
    txt = body + "\n" + attr + "\n\n" + gt(our_body(n))
    ent = multi("alternative", [leaf("text/plain", txt, charset="UTF-8"), leaf("text/html", gmail_html(body, attr, our_body(n)), charset="UTF-8")],
                "0000000000008d41f7061cb0aa3e")
    raw = message(hdrs(A("Diego Navarro", "diego.navarro@rsnl.nl"), OUR, H("Re: " + i["subject"]), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=GMAIL_OUT), ent)
    add("gmail-es-pregunta", when, n, raw, "STORE-236", None, "update",
        "Gmail reply in Spanish with 'El lun, 8 jul 2024 a las 9:00, StoreDesk (<...>) escribió:' attribution: a question, no id.")

    # P8 Outlook for Android (pt) — STORE-210
    n = 210
    i = iss(n)
    when = T(12, 16, 18, 30, WEST)
    mid = outlook_mid("P8", "DU0PR09MB6046", "eurprd09.prod.outlook.com")
    body = ("Boa tarde,\n\n"
            "A balança da loja de Santa Catarina foi recalibrada hoje com pesos certificados (certificado n.º 2024/0710-17). "
            "Já está a pesar corretamente. Damos o problema por resolvido.\n\n"
            "Ana Sousa\nRSNL Portugal\n\nObter o Outlook para Android<https://aka.ms/AAb9ysg>\n")
    hdr = "________________________________\n" + outlook_hdr("pt", OUR, sent(n).astimezone(WEST), SUPPORT, i["subject"])
    txt = body + hdr + "\n" + our_body(n)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div dir="auto">' + p_html(body) + '</div><hr style="display:inline-block;width:98%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           + "<br>".join(esc(l) for l in hdr.strip("\n").split("\n")[1:]) + "</font><div>&nbsp;</div></div>" + p_html(our_body(n)) + "</body></html>\n")
    ent = multi("alternative", [leaf("text/plain", txt, cte="base64"), leaf("text/html", htm, cte="base64")], "_000_DU0PR09MB6046P8_")
    raw = message(hdrs(A("Ana Sousa", "ana.sousa@rsnl.nl"), OUR, H("RE: " + i["subject"], "B", "full", "utf-8"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index("P8")), ("Content-Language", "pt-PT"),
                              ("X-MS-Has-Attach", "")]), ent)
    add("outlook-android-pt-resolvido", when, n, raw, "STORE-210", None, "resolved",
        "Outlook for Android reply (base64, pt headers De/Enviado/Para/Assunto, time shown in Lisbon time 08:00): scale recalibrated, "
        "'Damos o problema por resolvido'. Decoy: certificate 2024/0710-17. No vendor id.")

    # P9 Apple Mail macOS (en) closed, spaced id with canonical in subject — STORE-231
    n = 231
    i = iss(n)
    when = T(8, 10, 10, 4)
    mid = apple_mid("P9")
    body = ("Hello,\n\n"
            "Till 3 at Antwerpen Meir has been running without problems since the motherboard swap on Friday, so I have closed ticket "
            "2024 0815 on our side. If it freezes again, just reply to this mail and I will reopen it.\n\n"
            "Best regards,\n\nThomas Claes\nService Engineer Belgium\nRSNL Belgium BV | Frankrijklei 115, 2000 Antwerpen\n+32 3 808 24 31\n"
            "BTW BE 0765.432.109\n\n")
    quote = f"On 3 Jul 2024, at 09:00, StoreDesk <{OUR_ADDR}> wrote:\n\n" + our_body(n)
    txt = body + gt(quote, empty="> ")
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + p_html(body) + '<div><br><blockquote type="cite"><div>' + esc(quote.split("\n")[0]) + "</div><br>"
           + p_html(our_body(n)) + "</blockquote></div></body></html>\n")
    bnd = "Apple-Mail=_" + apple_mid("P9b")[1:37]
    ent = multi("alternative", [leaf("text/plain", txt, charset="us-ascii" if txt.isascii() else "utf-8"), leaf("text/html", htm)], bnd)
    subj = "Re: " + i["subject"] + " [RSNL 2024-0815]"
    raw = message(hdrs(A("Thomas Claes", "thomas.claes@rsnl.nl"), OUR, H(subj, "Q", "span"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=("mail-out2.rsnl.nl", "185.44.21.18"),
                       extra=[("X-Mailer", "Apple Mail (2.3774.600.62)"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))")]), ent)
    add("applemail-en-closed", when, n, raw, "STORE-231", "2024-0815", "closed",
        "Apple Mail (macOS) reply, 'On 3 Jul 2024, at 09:00, ... wrote:' quote. Body writes 'ticket 2024 0815' with a space; canonical "
        "'2024-0815' is in the subject tag [RSNL 2024-0815]. Decoys: BTW BE 0765.432.109 (dotted), phone. Title shared with STORE-201 "
        "(Amsterdam) - the store part of the subject/quote tells them apart.")

    # P10 Outlook desktop (nl-BE) plan — STORE-219
    n = 219
    when = T(19, 15, 33, 50)
    body = ("Dag Sam,\n\n"
            "Uw melding staat bij ons geregistreerd onder nummer 7731-BE. De kaartlezer draait firmware 4.2.17, die een gekende fout heeft "
            "bij het opstarten. We plannen de update naar 4.3.2 op donderdag 25/07 om 07u30, vóór de winkel opengaat. De terminal zal dan "
            "ongeveer 20 minuten niet beschikbaar zijn.\n\n"
            "Met vriendelijke groeten,\n\n"
            "Lotte Janssens\nServicecoördinator\nRSNL Belgium BV\nFrankrijklei 115, 2000 Antwerpen\nT +32 3 808 24 00\n"
            "BTW BE 0765.432.109 – RPR Antwerpen\n")
    raw = outlook_reply(n, "Lotte Janssens", "lotte.janssens@rsnl.nl", "nl", when, body, "P10", "AS4PR10MB5503",
                        mailer="Microsoft Outlook 16.0")
    add("outlook-nlbe-planning", when, n, raw, "STORE-219", "7731-BE", "update",
        "Outlook desktop (Flemish) reply: registered number 7731-BE and a planned firmware update. "
        "Decoys: firmware 4.2.17/4.3.2, BTW BE 0765.432.109, date 25/07, 07u30.")

    # P11 Outlook on the web (de) question — STORE-223
    n = 223
    when = T(23, 13, 26, 14)
    body = ("Guten Tag,\n\n"
            "wir haben uns den VPN-Tunnel der Filiale angesehen: Phase 1 zur Zentrale steht, Phase 2 scheitert aber mit "
            "„NO_PROPOSAL_CHOSEN“. Vermutlich wurde auf Ihrer Seite (Zentrale) die Verschlüsselung umgestellt.\n\n"
            "Können Sie uns bitte bestätigen, ob am 22.07. an der Firewall in der Zentrale etwas geändert wurde, und uns die aktuellen "
            "Phase-2-Parameter schicken? Bis dahin läuft die Filiale über das LTE-Backup.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jonas Hoffmann\nNetzwerk-Support\nRSNL Deutschland GmbH | Hohenzollernring 72 | 50672 Köln\nTel. +49 221 998 2230\n"
            "Amtsgericht Köln HRB 98765 | USt-IdNr. DE312345678\n")
    raw = outlook_reply(n, "Jonas Hoffmann", "jonas.hoffmann@de.rsnl.nl", "de", when, body, "P11", "FR3P281MB1534",
                        sep="underscore", subj_prefix="AW: ")
    add("owa-de-rueckfrage", when, n, raw, "STORE-223", None, "update",
        "Outlook on the web reply in German (AW:, underscore separator, Von/Gesendet/An/Betreff): diagnosis and a question back to us. "
        "No vendor id. Decoys: date 22.07., HRB, phone.")


# ================================================================ traps (all event "ignore")
def ooo(n, who, addr, lang, when, prefix, text, seed, srv):
    i = iss(n)
    subj = prefix + i["subject"]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">' + p_html(text) + "</div></body></html>\n")
    ent = multi("alternative", [leaf("text/plain", text), leaf("text/html", htm)], f"_000_{srv}{seed}_")
    mid = outlook_mid(seed, srv)
    return message(hdrs(A(who, addr), OUR, H(subj, "B", "full", "utf-8"), when, mid, irt=i["message_id"], refs=i["message_id"], rcv=RSNL_O365,
                        extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index(seed)), ("Auto-Submitted", "auto-replied"),
                               ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", addr),
                               ("Content-Language", {"nl": "nl-NL", "fr": "fr-FR", "de": "de-DE"}[lang])]), ent)


def traps():
    # T1 OOO nl — STORE-205
    n = 205
    when = T(5, 9, 0, 5)
    text = ("Bedankt voor je bericht.\n\n"
            "Ik ben met vakantie tot en met vrijdag 19 juli en lees in die periode mijn e-mail niet. Je bericht wordt niet doorgestuurd.\n\n"
            "Voor storingen kun je terecht bij support@rsnl.nl of bel +31 88 776 0100.\n\n"
            "Met vriendelijke groet,\nErik van Leeuwen\n")
    add("exchange-ooo-nl", when, n, ooo(n, "Erik van Leeuwen", "erik.vanleeuwen@rsnl.nl", "nl", when, "Automatisch antwoord: ", text, "T1", "AM0PR04MB6724"),
        None, None, "ignore", "Exchange out-of-office (Dutch, 'Automatisch antwoord:') from an RSNL mailbox on the support distribution list; "
        "keeps our subject and In-Reply-To but says nothing about the fault.", about=n)

    # T2 OOO fr — STORE-209
    n = 209
    when = T(9, 9, 0, 9)
    text = ("Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 22 juillet inclus, avec un accès limité à ma messagerie.\n"
            "Pour toute demande urgente, merci de contacter le support au 03 20 55 12 00 ou support.fr@rsnl.nl.\n\n"
            "Cordialement,\nNathalie Dubois\n")
    add("exchange-ooo-fr", when, n, ooo(n, "Nathalie Dubois", "nathalie.dubois@rsnl.nl", "fr", when, "Réponse automatique : ", text, "T2", "PR1P264MB2071"),
        None, None, "ignore", "Exchange out-of-office in French ('Réponse automatique :'), Auto-Submitted: auto-replied.", about=n)

    # T3 OOO de — STORE-223
    n = 223
    when = T(23, 9, 0, 12)
    text = ("Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 2. August 2024 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
            "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Service Desk unter +49 221 998 2230 oder "
            "kundendienst@de.rsnl.nl.\n\n"
            "Mit freundlichen Grüßen\nKatrin Weber\n")
    add("exchange-ooo-de", when, n, ooo(n, "Katrin Weber", "katrin.weber@de.rsnl.nl", "de", when, "Automatische Antwort: ", text, "T3", "FR3P281MB1534"),
        None, None, "ignore", "Exchange out-of-office in German ('Automatische Antwort:') from an rsnl.nl subdomain; the real reply for "
        "STORE-223 is 'owa-de-rueckfrage'.", about=n)

    # T4 Postfix DSN from an rsnl.nl MX — STORE-239
    n = 239
    i = iss(n)
    when = T(11, 9, 0, 3)
    qid = "4WKq2R0xYzz9sVb"
    human = ("This is the mail system at host mx2.rsnl.nl.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<jeroen.bakker@rsnl.nl> (expanded from <support@rsnl.nl>): host\n"
             "    mailstore.int.rsnl.nl[10.20.1.14] said: 550 5.1.1 <jeroen.bakker@rsnl.nl>:\n"
             "    Recipient address rejected: User unknown in virtual mailbox table (in\n    reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx2.rsnl.nl\nX-Postfix-Queue-ID: " + qid + "\nX-Postfix-Sender: rfc822; " + OUR_ADDR + "\n"
              "Arrival-Date: Thu, 11 Jul 2024 09:00:01 +0200 (CEST)\n\n"
              "Final-Recipient: rfc822; jeroen.bakker@rsnl.nl\nOriginal-Recipient: rfc822;support@rsnl.nl\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mailstore.int.rsnl.nl\nDiagnostic-Code: smtp; 550 5.1.1 <jeroen.bakker@rsnl.nl>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    orig = (f"Return-Path: <{OUR_ADDR}>\nReceived: from mx1.ops.storedesk.example (mx1.ops.storedesk.example [198.51.100.25])\n"
            f"\tby mx2.rsnl.nl (Postfix) with ESMTPS id {qid}\n\tfor <support@rsnl.nl>; Thu, 11 Jul 2024 09:00:01 +0200 (CEST)\n"
            f"From: StoreDesk <{OUR_ADDR}>\nTo: RSNL Support <support@rsnl.nl>\nReply-To: StoreDesk <{OUR_ADDR}>\n"
            f"Subject: =?UTF-8?B?{base64.b64encode(i['subject'].encode()).decode()}?=\nDate: {i['sent']}\nMessage-ID: {i['message_id']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nX-StoreDesk-Issue: STORE-239\n")
    ent = multi("report", [
        (["Content-Description: Notification".split(": ", 1), ("Content-Type", "text/plain; charset=us-ascii")], human),
        ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig),
    ], f"{qid}.1720681203/mx2.rsnl.nl", params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    mid = f"<20240711070003.{qid}@mx2.rsnl.nl>"
    raw = message(hdrs(A("Mail Delivery System", "MAILER-DAEMON@mx2.rsnl.nl"), OUR_ADDR, "Undelivered Mail Returned to Sender", when, mid,
                       rcv=("mx2.rsnl.nl", "185.44.21.25"), extra=[("Auto-Submitted", "auto-replied")]), ent)
    add("postfix-dsn-bounce", when, n, raw, None, None, "ignore",
        "Postfix DSN from MAILER-DAEMON@mx2.rsnl.nl: an alias member of support@rsnl.nl no longer exists. Contains our STORE-239 headers "
        "(subject, Message-ID, X-StoreDesk-Issue) in text/rfc822-headers but is a bounce, not a vendor message.", about=n)

    # T5 maintenance newsletter
    when = T(24, 16, 0, 0)
    mid = f"<{tok('T5', 20, '0123456789abcdef')}@mail176.suw101.mcdlv.net>"
    subj = "Gepland onderhoud RSNL-klantportaal | Scheduled maintenance 27 July"
    txt = ("RSNL Klantenservice - nieuwsbrief juli 2024\n\n"
           "Gepland onderhoud\n"
           "Op zaterdag 27 juli tussen 22:00 en 02:00 voeren wij onderhoud uit aan het klantportaal en ons ticketsysteem. "
           "Meldingen die u in deze periode per e-mail stuurt, worden na afloop verwerkt; de status van uw lopende tickets verandert niet.\n\n"
           "Scheduled maintenance\n"
           "On Saturday 27 July between 22:00 and 02:00 (CEST) the customer portal and ticketing system will be unavailable. "
           "E-mails sent during the window will be processed afterwards; the status of your open tickets is not affected.\n\n"
           "Nieuw: storingen melden via WhatsApp op +31 88 776 0199.\n\n"
           "U ontvangt deze e-mail omdat u klant bent van RSNL B.V. Afmelden: https://rsnl.us21.list-manage.com/unsubscribe?u=4f1c2e&id=9a7b\n"
           "RSNL B.V. · Papendorpseweg 100 · 3528 BJ Utrecht\n")
    htm = shell(p_html(txt), brand="RSNL Klantenservice", color="#e8561e",
                foot='<a href="https://rsnl.us21.list-manage.com/unsubscribe?u=4f1c2e&amp;id=9a7b">Afmelden</a>')
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", htm, cte="base64")], "_----------=_MCPart_" + tok("T5b", 10, "0123456789"))
    raw = message(hdrs(A("RSNL Klantenservice", "nieuwsbrief@news.rsnl.nl"), A("StoreDesk", OUR_ADDR), H(subj), when, mid,
                       rcv=("mail176.suw101.mcdlv.net", "198.2.176.12"),
                       extra=[("List-Unsubscribe", "<https://rsnl.us21.list-manage.com/unsubscribe?u=4f1c2e&id=9a7b>, <mailto:unsubscribe-mc.us21_4f1c2e@unsubscribe.mailchimpapp.net>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Mailer", "MailChimp Mailer - **CID9a7b**")]), ent)
    add("mailchimp-maintenance-notice", when, None, raw, None, None, "ignore",
        "RSNL maintenance announcement / newsletter via Mailchimp from news.rsnl.nl; talks about tickets in general, no issue.", about=None)

    # T6 other customer's ticket (misdirected CC)
    when = T(18, 10, 21, 30)
    mid = f"<{tok('T6', 32)}@helpdesk.rsnl.nl>"
    subj = "[RSNL #58812] Status gewijzigd naar Opgelost: Koelcel alarm - Bakkerij Vermeulen Zwolle"
    rows = [("Ticket", "#58812"), ("Klant", "Bakkerij Vermeulen B.V."), ("Locatie", "Zwolle, Diezerstraat 12"), ("Status", "Opgelost"),
            ("Behandelaar", "Henk Post")]
    inner = ("<p>Beste Facilitair Bakkerij Vermeulen,</p><p>De status van uw ticket is gewijzigd naar <b>Opgelost</b>.</p>" + table_html(rows) +
             "<p>Oplossing: temperatuursensor koelcel 2 vervangen, alarm gereset.</p>"
             '<p><a href="https://helpdesk.rsnl.nl/portal/tickets/58812">Bekijk ticket</a></p>')
    ent = leaf("text/html", shell(inner, brand="RSNL Service Desk", color="#0b5394"))
    raw = message(hdrs(A("RSNL Service Desk", "noreply@helpdesk.rsnl.nl"), A("Facilitair Bakkerij Vermeulen", "facilitair@bakkerijvermeulen.nl"),
                       subj, when, mid, cc=A("StoreDesk", OUR_ADDR), rcv=RSNL_MX, extra=[("Auto-Submitted", "auto-generated")]), ent)
    add("rsnl-other-customer-ticket", when, None, raw, None, None, "ignore",
        "Genuine RSNL helpdesk notification, but for another customer's ticket #58812 (Bakkerij Vermeulen), we are only in Cc by mistake. "
        "Says 'Opgelost' - not about any STORE issue.", about=None)

    # T7 lookalike domain phishing quoting our tag — STORE-228
    n = 228
    i = iss(n)
    when = T(29, 8, 12, 40, UTC)
    mid = f"<{tok('T7', 24)}@rsnl.nl-servicedesk.com>"
    inner = ("<p>Dear customer,</p><p>Your ticket <b>#RS-228441</b> regarding <i>" + esc(i["title"]) + "</i> has been <b>resolved</b>.</p>"
             "<p>To keep your service contract active, please confirm payment of the outstanding invoice INV-2024-07228 (EUR 1.486,20) "
             "within 24 hours via our secure portal:</p>"
             '<p><a href="https://rsnl.nl-servicedesk.com/pay/INV-2024-07228">https://portal.rsnl.nl/invoices/INV-2024-07228</a></p>'
             "<p>RSNL Support Team</p><hr><p style=\"color:#666\">" + esc(f"From: StoreDesk <{OUR_ADDR}>") + "<br>"
             + esc("Subject: " + i["subject"]) + "</p>" + p_html(our_body(n)))
    ent = leaf("text/html", "<html><body>" + inner + "</body></html>\n")
    raw = message(hdrs(A("RSNL Support", "support@rsnl.nl-servicedesk.com"), OUR, H("RE: " + i["subject"]), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=("vps-31-7-22.hosting-eu.example", "203.0.113.77"),
                       reply_to="billing@rsnl.nl-servicedesk.com",
                       extra=[("Authentication-Results", "mx1.ops.storedesk.example; spf=pass smtp.mailfrom=rsnl.nl-servicedesk.com; dkim=none; dmarc=none")]), ent)
    add("lookalike-domain-phish", when, n, raw, None, None, "ignore",
        "Lookalike domain rsnl.nl-servicedesk.com (not rsnl.nl or a subdomain) quoting our STORE-228 subject and Message-ID, "
        "claims 'resolved' and asks for payment. Not RSNL.", about=n)

    # T8 stranger (paper supplier) quoting our tag — STORE-217
    n = 217
    i = iss(n)
    when = T(17, 11, 30, 2)
    body = ("Goedemiddag,\n\n"
            "Deze melding is door RSNL aan ons doorgestuurd. De bonrollen 80x80 mm voor Eindhoven Piazza zijn vandaag verzonden, "
            "ordernummer 2170344, track & trace volgt per mail. Met de nieuwe rollen zou het vastlopen opgelost moeten zijn.\n\n"
            "Met vriendelijke groet,\n\nIlse Bosman\nBinnendienst PaperPoint B.V.\nT 040 217 03 44\n")
    hdr = outlook_hdr("nl", OUR, sent(n), SUPPORT, i["subject"])
    txt = body + "\n" + hdr + "\n" + our_body(n)
    ent = multi("alternative", [leaf("text/plain", txt), leaf("text/html", outlook_html(body, hdr, our_html(n), "nl"))], "_000_VI1PR08MB3310T8_")
    mid = outlook_mid("T8", "VI1PR08MB3310", "eurprd08.prod.outlook.com")
    raw = message(hdrs(A("PaperPoint Verkoop", "verkoop@paperpoint.nl"), OUR, H("RE: " + i["subject"], "B", "full", "utf-8"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.20.98"),
                       extra=[("Thread-Topic", H(i["subject"])), ("Thread-Index", thread_index("T8")), ("Content-Language", "nl-NL")]), ent)
    add("stranger-supplier-reply", when, n, raw, None, None, "ignore",
        "Another supplier (paperpoint.nl) answering with our STORE-217 subject and In-Reply-To; mentions 'opgelost' but is not RSNL.", about=n)

    # T9 meeting request from an RSNL engineer — STORE-251
    n = 251
    i = iss(n)
    when = T(23, 14, 0, 36)
    mid = outlook_mid("T9", "AM9PR04MB8290")
    subj = "Bezoek monteur: " + i["subject"]
    desc = ("Zoals besproken kom ik donderdag de CCTV-recorder vervangen. Graag iemand met de sleutel van de serverkast aanwezig.\n\n"
            "Bram Hoekstra\nRSNL B.V. | +31 6 2251 0913\n")
    uid = "040000008200E00074C5B7101A82E008000000" + tok("T9u", 32, "0123456789ABCDEF")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\n"
           "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
           "BEGIN:VEVENT\nORGANIZER;CN=Bram Hoekstra:mailto:bram.hoekstra@rsnl.nl\n"
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:{OUR_ADDR}\n"
           "DESCRIPTION;LANGUAGE=nl-NL:Zoals besproken kom ik donderdag de CCTV-recorder vervangen. Graag iemand met\n"
           "  de sleutel van de serverkast aanwezig.\\n\n"
           f"UID:{uid}\nSUMMARY;LANGUAGE=nl-NL:{subj}\nDTSTART;TZID=W. Europe Standard Time:20240725T100000\n"
           "DTEND;TZID=W. Europe Standard Time:20240725T120000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20240723T120036Z\nTRANSP:OPAQUE\n"
           "STATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=nl-NL:Lijnbaan 87\\, 3012 EM Rotterdam\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\n"
           "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    ent = multi("alternative", [leaf("text/plain", desc), leaf("text/html", "<html><body>" + p_html(desc) + "</body></html>\n"),
                                leaf("text/calendar", ics, cte="base64", params="; method=REQUEST")], "_000_AM9PR04MB8290T9_")
    raw = message(hdrs(A("Bram Hoekstra", "bram.hoekstra@rsnl.nl"), OUR, H(subj, "B", "full", "utf-8"), when, mid, rcv=RSNL_O365,
                       extra=[("Thread-Topic", H(subj)), ("Thread-Index", thread_index("T9")), ("Content-Language", "nl-NL"),
                              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Calendar-Originator-Id", tok("T9o", 36))]), ent)
    add("outlook-meeting-request", when, n, raw, None, None, "ignore",
        "Exchange meeting request (text/calendar; method=REQUEST) from an RSNL engineer about STORE-251: an invitation, "
        "to be ignored per the brief.", about=n)

    # T10 satisfaction survey — STORE-232
    n = 232
    i = iss(n)
    when = T(11, 10, 0, 0)
    mid = f"<survey.{tok('T10', 20)}@survey.rsnl.nl>"
    subj = "Hoe tevreden bent u? " + i["subject"]
    stars = "".join(f'<a href="https://survey.rsnl.nl/r/{tok("T10r", 10)}?score={k}" style="font-size:22px;text-decoration:none;padding:0 6px">{k}</a>' for k in range(1, 6))
    inner = ("<p>Beste klant,</p><p>Onlangs had u contact met onze servicedesk over de onderstaande melding. Wilt u één minuut nemen om ons te beoordelen?</p>"
             f'<p style="background:#f3f5f7;padding:10px">{esc(i["subject"])}</p><p>Hoe waarschijnlijk is het dat u RSNL aanbeveelt? (1 = zeer onwaarschijnlijk, 5 = zeer waarschijnlijk)</p>'
             f"<p>{stars}</p><p>Deze enquête is anoniem en duurt minder dan een minuut.</p>")
    ent = leaf("text/html", shell(inner, brand="RSNL Klanttevredenheid", color="#0b5394",
                                  foot='<a href="https://survey.rsnl.nl/optout">Geen enquêtes meer ontvangen</a>'))
    raw = message(hdrs(A("RSNL Klanttevredenheid", "survey@rsnl.nl"), OUR, H(subj), when, mid, rcv=RSNL_MX,
                       extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]), ent)
    add("rsnl-satisfaction-survey", when, n, raw, None, None, "ignore",
        "RSNL satisfaction survey quoting our STORE-232 subject; no status statement (neither resolved nor closed).", about=n)

    # T11 read receipt (MDN) — STORE-240
    n = 240
    i = iss(n)
    when = T(12, 9, 47, 26)
    mid = outlook_mid("T11", "AM0PR04MB6724")
    human = (f"Uw bericht\n\n  Aan: RSNL Support\n  Onderwerp: {i['subject']}\n  Verzonden: vrijdag 12 juli 2024 09:00:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\n\n"
             "is gelezen op vrijdag 12 juli 2024 09:47:26 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.\n")
    mdn = ("Reporting-UA: AM0PR04MB6724.eurprd04.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;pieter.smits@rsnl.nl\n"
           f"Original-Message-ID: {i['message_id']}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    ent = multi("report", [leaf("text/plain", human), ([("Content-Type", "message/disposition-notification")], mdn)],
                "_000_AM0PR04MB6724T11_", params=" report-type=disposition-notification;")
    raw = message(hdrs(A("Pieter Smits", "pieter.smits@rsnl.nl"), OUR, H("Gelezen: " + i["subject"], "B", "full", "utf-8"), when, mid,
                       irt=i["message_id"], refs=i["message_id"], rcv=RSNL_O365, extra=[("Content-Language", "nl-NL"), ("Auto-Submitted", "auto-replied")]), ent)
    add("exchange-read-receipt", when, n, raw, None, None, "ignore",
        "Exchange read receipt (multipart/report; disposition-notification, 'Gelezen:') for our STORE-240 mail; carries no status.", about=n)


# ================================================================ README metadata: slug -> (group, imitates, language, thread)
META = {
    "zammad-receipt": ("helpdesk", "Zammad: stock 'auto reply (on new tickets)' trigger, ticket hook Ticket#, zoom link", "nl", "A1"),
    "zammad-agent-question": ("helpdesk", "Zammad: agent article, 'Name via Group' sender, hook at right of subject, quoted article", "nl", "A2"),
    "zammad-closed": ("helpdesk", "Zammad: closed-ticket trigger after retitle", "nl", "A3"),
    "dynamics365-case-created": ("helpdesk", "Dynamics 365 Customer Service: auto-response on case creation, CRM: tracking token, CAS- case number", "es", "B1"),
    "outlook-es-plan": ("person", "Outlook desktop (windows-1252 QP, 'De:/Enviado el:/Para:/Asunto:' block) replying to the D365 mail", "es", "B2"),
    "dynamics365-case-resolved": ("helpdesk", "Dynamics 365 Customer Service: case resolved email", "es", "B3"),
    "oracle-b2c-receipt": ("helpdesk", "Oracle B2C Service (RightNow): acknowledgement, [Incident: YYMMDD-NNNNNN], reply-above-line marker, discussion thread, details table", "fr", "C1"),
    "oracle-b2c-response": ("helpdesk", "Oracle B2C Service: agent response (HTML only, base64)", "fr", "C2"),
    "oracle-b2c-solved": ("helpdesk", "Oracle B2C Service: solved response with thread history", "fr", "C3"),
    "sdp-acknowledgement": ("helpdesk", "ManageEngine ServiceDesk Plus: acknowledgement, [Request ID :##n##] subject, JavaMail Message-ID", "en", "D1"),
    "sdp-resolved": ("helpdesk", "ManageEngine ServiceDesk Plus: request resolved notification with field table", "en", "D2"),
    "gmail-pt-ack": ("person", "Gmail / Google Workspace web (pt-PT attribution 'Em qui., 18 de jul. de 2024 às 08:00, ... escreveu:')", "pt", "E1"),
    "thunderbird-pt-resolved": ("person", "Thunderbird (format=flowed + HTML, moz-cite-prefix)", "pt", "E2"),
    "omnitracker-erfasst": ("helpdesk", "OMNITRACKER: 'Meldung erfasst' mail, windows-1252, field table, German company footer", "de", "F1"),
    "outlook-de-zwischenstand": ("person", "Outlook desktop (AW:, 'Von:/Gesendet:/An:/Betreff:')", "de", "F2"),
    "omnitracker-geschlossen": ("helpdesk", "OMNITRACKER: ticket closed mail", "de", "F3"),
    "cireson-incident-logged": ("helpdesk", "Cireson portal / SCSM Exchange connector: [IR...] subject tag, incident logged (HTML base64)", "en", "G1"),
    "cireson-incident-resolved": ("helpdesk", "Cireson portal / SCSM: incident resolved", "en", "G2"),
    "hiver-autoresponder": ("helpdesk", "Hiver shared-inbox auto-responder sent via Gmail (auto-reply headers, no number)", "nl", "H1"),
    "outlook-ios-nlbe-resolved": ("person", "Outlook for iOS (base64, 'Outlook voor iOS downloaden', underscore separator)", "nl", "H2"),
    "owa-nl-ack": ("person", "Outlook on the web (underscore separator, nl header block)", "nl", "I1"),
    "outlook-nl-not-fixed": ("person", "Outlook desktop (reply to own sent mail, nested quote)", "nl", "I2"),
    "outlook-ios-nl-resolved": ("person", "Outlook for iOS (base64)", "nl", "I3"),
    "supportpal-closed": ("helpdesk", "SupportPal: ticket closed user email, [#number] prefix, reply-above line", "en", ""),
    "sap-service-cloud-update": ("helpdesk", "SAP Service Cloud (C4C): ticket updated mail with agent reply and ref line", "de", ""),
    "smax-resolved": ("helpdesk", "OpenText (Micro Focus) SMAX: request resolved, reject-in-portal link (HTML base64)", "en", ""),
    "maximo-status-inprog": ("helpdesk", "IBM Maximo: communication template on SR status change (plain text, field list)", "en", ""),
    "assyst-call-logged": ("helpdesk", "Axios assyst: call logged (subject replaced, threading by In-Reply-To)", "en", ""),
    "vfire-call-closed": ("helpdesk", "Alemba vFire: call closed with closure code and linked calls", "en", ""),
    "teamdynamix-updated": ("helpdesk", "TeamDynamix: ticket updated notification, id only in TDClient link", "en", ""),
    "efecte-resolved": ("helpdesk", "Efecte: incident resolved, auto-close notice", "en", ""),
    "usu-status-waiting": ("helpdesk", "USU Service Manager (Valuemation): status change mail, plain text 8bit", "de", ""),
    "atera-resolved": ("helpdesk", "Atera: ticket resolved customer email via Amazon SES", "en", ""),
    "ninjaone-comment": ("helpdesk", "NinjaOne ticketing: new comment notification", "en", ""),
    "pega-pedido-registado": ("helpdesk", "Pega Customer Service: case created (C- case id), base64", "pt", ""),
    "whmcs-ticket-opened": ("helpdesk", "WHMCS: 'Support Ticket Opened' with ticket mask and viewticket.php link", "en", ""),
    "gitlab-service-desk-thanks": ("helpdesk", "GitLab Service Desk: thank-you email ('tracking your request as ticket #n')", "en", ""),
    "dolibarr-ticket-cree": ("helpdesk", "Dolibarr ticket module: ticket created with reference and public track id", "fr", ""),
    "outlook-en-site-visit-plan": ("person", "Outlook desktop, '-----Original Message-----' block, legal disclaimer", "en", ""),
    "iphone-nl-fixed": ("person", "Apple Mail on iPhone (plain text, 'Verstuurd vanaf mijn iPhone', 'Op ... heeft ... het volgende geschreven:')", "nl", ""),
    "gmail-fr-pas-encore": ("person", "Gmail web ('Le ven. 5 juil. 2024 à 09:00, ... a écrit :')", "fr", ""),
    "thunderbird-de-behoben": ("person", "Thunderbird plain text, format=flowed, 'Am 19.07.24 um 09:00 schrieb'", "de", ""),
    "outlook-es-cerrada": ("person", "Outlook desktop (es header block)", "es", ""),
    "owa-fr-accuse-reception": ("person", "Outlook on the web (windows-1252, 'De : / Envoyé : / À : / Objet :')", "fr", ""),
    "gmail-es-pregunta": ("person", "Gmail web ('El lun, 8 jul 2024 a las 9:00, ... escribió:')", "es", ""),
    "outlook-android-pt-resolvido": ("person", "Outlook for Android (base64, 'Obter o Outlook para Android')", "pt", ""),
    "applemail-en-closed": ("person", "Apple Mail macOS (multipart/alternative, 'On 3 Jul 2024, at 09:00, ... wrote:')", "en", ""),
    "outlook-nlbe-planning": ("person", "Outlook desktop (Flemish signature, BE company number)", "nl", ""),
    "owa-de-rueckfrage": ("person", "Outlook on the web (AW:, underscore separator)", "de", ""),
    "exchange-ooo-nl": ("trap", "Exchange automatic reply (out of office)", "nl", ""),
    "exchange-ooo-fr": ("trap", "Exchange automatic reply (out of office)", "fr", ""),
    "exchange-ooo-de": ("trap", "Exchange automatic reply (out of office)", "de", ""),
    "postfix-dsn-bounce": ("trap", "Postfix DSN (multipart/report; delivery-status, text/rfc822-headers)", "en", ""),
    "mailchimp-maintenance-notice": ("trap", "Mailchimp campaign (List-Unsubscribe, Precedence: bulk)", "nl+en", ""),
    "rsnl-other-customer-ticket": ("trap", "RSNL helpdesk status notification for another customer's ticket (Cc to us)", "nl", ""),
    "lookalike-domain-phish": ("trap", "Phishing from lookalike domain quoting our mail", "en", ""),
    "stranger-supplier-reply": ("trap", "Third-party supplier replying from Outlook with our tag", "nl", ""),
    "outlook-meeting-request": ("trap", "Exchange meeting request (text/calendar; method=REQUEST)", "nl", ""),
    "rsnl-satisfaction-survey": ("trap", "CSAT/NPS survey email with score links", "nl", ""),
    "exchange-read-receipt": ("trap", "Exchange read receipt (multipart/report; disposition-notification)", "nl", ""),
}

THREADS = [
    ("A", "STORE-204", "Zammad receipt with Ticket#31057 -> agent question (hook in subject) -> closed notice whose subject was retitled: "
     "no STORE tag, no In-Reply-To/References, only [Ticket#31057] links it (relies on A1/A2)."),
    ("B", "STORE-212", "Dynamics 365 receipt (CAS-04217-L3X9Q2, token CRM:0004217) -> engineer's Outlook reply threaded only to the D365 "
     "Message-ID (subject still carries our tag) -> D365 resolved notice with no STORE tag and no threading: relies on the case number/token."),
    ("C", "STORE-221", "Oracle B2C receipt [Incident: 240721-000031] with our subject -> agent response and solved response whose subjects "
     "are replaced: both rely only on the [Incident: ...] tag of C1."),
    ("D", "STORE-238", "SDP acknowledgement ##48213## -> resolved notice threaded to the vendor's own first Message-ID; subject has only the ##48213## token (our subject only in the field table)."),
    ("E", "STORE-246", "Gmail ack with spaced number '2407 1846' -> Thunderbird resolved (24071846) threaded to E1 and to us."),
    ("F", "STORE-259", "OMNITRACKER receipt IM-2407-0187 -> engineer Outlook update threaded to the vendor Message-ID -> closure notice with no STORE tag and no threading: relies on IM-2407-0187."),
    ("G", "STORE-227", "Cireson [IR41877] logged -> resolved notice with only [IR41877] and a title shared with STORE-257: relies on G1."),
    ("H", "STORE-243", "Hiver auto-responder (replaced subject, no number, In-Reply-To our Message-ID only) -> engineer reply from Outlook iOS "
     "threaded only to the auto-responder's Message-ID, no tag/number anywhere: relies on H1."),
    ("I", "STORE-250", "OWA ack 0034127 -> Outlook 'nog niet opgelost' -> Outlook iOS 'Opgelost!' (id only in the quoted part)."),
]


def write_readme(rows):
    from collections import Counter
    lang = Counter()
    ev = Counter(r["event"] for r in rows)
    out = ["# held-out/blind-6", "",
           "Sixty mails as StoreDesk would receive them back after mailing RSNL (support@rsnl.nl) about STORE-201..260. "
           "Written blind from `issues.json`, `sent/*.eml` and public layouts of helpdesk notifications and mail-client replies. "
           "`make.py` (plain python3, deterministic) writes every `.eml` (CRLF), `expected.jsonl` and this README.", "",
           "| # | file | group | imitates | lang | thread | expected |", "|---|---|---|---|---|---|---|"]
    for k, r in enumerate(rows, 1):
        slug = r["file"][3:-4]
        g, imit, lg, th = META[slug]
        lang[lg] += 1
        exp = f"{r['event']} {r['issue_ref'] or ''} {r['vendor_ticket_id'] or ''}".strip()
        out.append(f"| {k:02d} | `{r['file']}` | {g} | {imit} | {lg} | {th} | {exp} |")
    out += ["", "## Threads (later mails that rely on earlier ones)", ""]
    for t, ref, d in THREADS:
        files = [r["file"] for r in rows if META[r["file"][3:-4]][3].startswith(t) and r["issue_ref"] == ref]
        out.append(f"- **{t} {ref}** ({', '.join(files)}): {d}")
    out += ["- STORE-223: an out-of-office (ignore) arrives before the real engineer reply.", "",
            "## Products and clients", "",
            "Helpdesk/ITSM products (none from the list of products the brief marks as already covered): " + ", ".join(sorted({
                "Zammad", "ManageEngine ServiceDesk Plus", "Dynamics 365 Customer Service", "Oracle B2C Service (RightNow)", "OMNITRACKER",
                "Cireson portal (SCSM)", "Hiver", "SupportPal", "SAP Service Cloud", "OpenText SMAX", "IBM Maximo", "Axios assyst",
                "Alemba vFire", "TeamDynamix", "Efecte", "USU Service Manager", "Atera", "NinjaOne", "Pega Customer Service", "WHMCS",
                "GitLab Service Desk", "Dolibarr"})) + ".", "",
            "Mail clients: Outlook desktop, Outlook on the web, Outlook for iOS, Outlook for Android, Gmail web, Apple Mail (macOS and iPhone), "
            "Thunderbird; traps: Exchange auto-replies / read receipt / meeting request, Postfix DSN, Mailchimp.", "",
            "## Counts", "",
            "Languages (whole mail): " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items())) + ".", "",
            "Events: " + ", ".join(f"{k} {ev[k]}" for k in ("acknowledged", "update", "resolved", "closed", "ignore")) + ".", "",
            "Each line of `expected.jsonl` has a `note` naming the decoy numbers in that mail.", "",
            "## How faithful the imitations are", "",
            "Checked against public material: Zammad's stock trigger wording and ticket hook ('Your request (Ticket#n) has been received...', "
            "zoom link), the ServiceDesk Plus reply subject '[Request ID :##n##] : subject', Oracle B2C Service's reference-number format "
            "(6-digit date + 6-digit daily sequence) and RNTT tracking Message-IDs. Mail-client quote headers (Outlook, Gmail, Apple Mail, "
            "Thunderbird, per language) follow the clients' well-known formats. "
            "The other products' layouts (field names, subject wording, Message-ID shapes) are imitated from general knowledge of those "
            "products and are plausible rather than byte-exact; product-specific X- headers were left out when unsure.", "",
            "Judgement calls in `expected.jsonl`: Dolibarr mail (ticket reference vs public track code), assyst link without the 'S' prefix, "
            "the out-of-office / survey / meeting request / read receipt from genuine RSNL addresses are `ignore`, "
            "Oracle receipt showing 'Statut: Non résolu' is `acknowledged`, resolved-but-auto-closing-later mails are `resolved`.", ""]
    (HERE / "README.md").write_text("\n".join(out), encoding="utf-8")


# ================================================================ main
def main():
    thread_a(); thread_b(); thread_c(); thread_d(); thread_e(); thread_f(); thread_g(); thread_h(); thread_i()
    singles_helpdesk(); singles_people(); traps()
    assert len(MSGS) == 60, len(MSGS)
    MSGS.sort(key=lambda m: m["when"])
    for old in HERE.glob("*.eml"):
        old.unlink()
    seen_mid, seen_date = set(), set()
    lines = []
    for k, m in enumerate(MSGS, 1):
        name = f"{k:02d}-{m['slug']}.eml"
        raw = m["raw"]
        # sanity: CRLF only, distinct Date/Message-ID, after the issue was sent, parses without defects
        assert b"\n" not in raw.replace(b"\r\n", b""), name
        import email as _e, email.policy as _p
        msg = _e.message_from_bytes(raw, policy=_p.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        mid, date = msg["Message-ID"], msg["Date"]
        assert mid not in seen_mid and date not in seen_date, name
        seen_mid.add(mid); seen_date.add(date)
        if m["about"]:
            assert m["when"] > sent(m["about"]), name
        (HERE / name).write_bytes(raw)
        lines.append(json.dumps({"file": name, **m["exp"]}, ensure_ascii=False))
    (HERE / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_readme([json.loads(l) for l in lines])
    print(f"wrote {len(lines)} messages")


if __name__ == "__main__":
    main()
