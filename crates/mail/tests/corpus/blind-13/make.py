#!/usr/bin/env python3
"""Blind test corpus #13 for the StoreDesk mail-triage component.

Writes NN-<product>-<what>.eml (01..60), expected.jsonl and README.md next to this
script, validating every mail while writing it.  Standard library only, fully
deterministic (no randomness, no clock).  Run:  python3 make.py
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

HERE = pathlib.Path(__file__).resolve().parent
INP = HERE / "input"
ISSUES = {x["issue_ref"]: x for x in json.loads((INP / "issues.json").read_text(encoding="utf-8"))}
OURADDR = "helpdesk@ops.storedesk.example"
OUR = "StoreDesk <helpdesk@ops.storedesk.example>"
CRLF = "\r\n"


# ----------------------------------------------------------------- issue helpers
def iss(n):
    return ISSUES[f"STORE-{n}"]


def subj(n):
    return iss(n)["subject"]


def mid(n):
    return iss(n)["message_id"]


def title(n):
    return iss(n)["title"]


def store(n):
    return iss(n)["store"]


def orig_body(n):
    return f"Store: {store(n)}\nPriority: high\nReported by: Sam Jansen\n\n{title(n)}."


def quoted(n, p="> ", blank=">"):
    return "\n".join((p + l) if l else blank for l in orig_body(n).split("\n"))


# ----------------------------------------------------------------- dates / ids
def D(month, day, hh, mm, ss=0, tz="+0200"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime(2024, month, day, hh, mm, ss, tzinfo=dt.timezone(off))


def fmt_date(d):
    return email.utils.format_datetime(d)


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b62(seed, n):
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    x = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = ""
    for _ in range(n):
        x, r = divmod(x, 62)
        out += alpha[r]
    return out


# ----------------------------------------------------------------- headers
class Raw(str):
    """A header value that is already RFC 5322/2047 encoded."""


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _ew(chunk, cs, enc):
    b = chunk.encode(cs)
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
    safe = b"!*+-/"
    q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or x in safe)
                else ("_" if x == 32 else "=%02X" % x) for x in b)
    return f"=?{cs}?Q?{q}?="


def ew_words(text, cs="utf-8", enc="B"):
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_ew(chunk + ch, cs, enc)) > 75:
            words.append(_ew(chunk, cs, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_ew(chunk, cs, enc))
    return words


def partial_tokens(text, cs, enc):
    """Encode only the runs of words that contain non-ASCII (Thunderbird style)."""
    toks = text.split(" ")
    out, run = [], []
    for t in toks + [None]:
        if t is not None and not is_ascii(t):
            run.append(t)
            continue
        if run:
            out.extend(ew_words(" ".join(run), cs, enc))
            run = []
        if t is not None:
            out.append(t)
    return out


def wrap(name, tokens, width=76):
    lines, cur = [], name + ":"
    for t in tokens:
        if len(cur) + 1 + len(t) > width and cur.strip() not in (name + ":", ""):
            lines.append(cur)
            cur = " " + t
        else:
            cur += " " + t
    lines.append(cur)
    return CRLF.join(lines)


def hdr(name, value, cs="utf-8", enc="B", partial=False):
    if isinstance(value, Raw):
        return f"{name}: {value}"
    if is_ascii(value):
        return wrap(name, value.split(" "))
    toks = partial_tokens(value, cs, enc) if partial else ew_words(value, cs, enc)
    return wrap(name, toks)


def addr(name, mail, cs="utf-8"):
    if name is None:
        return Raw(mail)
    return Raw(email.utils.formataddr((name, mail), charset=cs))


# ----------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of header lines (already encoded)
        self.body = body        # bytes, CRLF, ends with CRLF

    def bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def _crlf(b):
    b = b.replace(b"\r\n", b"\n")
    b = b.replace(b"\n", b"\r\n")
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return b


def encode_body(s, cs, cte):
    s = s.replace("\r\n", "\n")
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(s.encode(cs)))
    if cte == "base64":
        return _crlf(base64.encodebytes(s.replace("\n", "\r\n").encode(cs)))
    if cte in ("7bit", "8bit"):
        return _crlf(s.encode(cs))
    raise ValueError(cte)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=(), quote_cs=True):
    csv = f'"{cs}"' if quote_cs else cs
    hs = [f"Content-Type: text/{sub}; charset={csv}{params}", f"Content-Transfer-Encoding: {cte}"]
    hs += list(extra)
    return Part(hs, encode_body(s, cs, cte))


def raw_part(ctype, body, cte=None, extra=()):
    hs = [f"Content-Type: {ctype}"]
    if cte:
        hs.append(f"Content-Transfer-Encoding: {cte}")
    hs += list(extra)
    if isinstance(body, str):
        body = body.encode("ascii")
    return Part(hs, _crlf(body))


def binary(ctype, data, filename, disposition="attachment"):
    hs = [f'Content-Type: {ctype}; name="{filename}"', "Content-Transfer-Encoding: base64",
          f'Content-Disposition: {disposition}; filename="{filename}"']
    return Part(hs, _crlf(base64.encodebytes(data)))


def multi(sub, parts, boundary, params="", preamble=None, extra=()):
    hs = [f'Content-Type: multipart/{sub};{CRLF} boundary="{boundary}"{params}'] + list(extra)
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes()
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part(hs, body)


def alt(plain, htm, boundary):
    return multi("alternative", [plain, htm], boundary)


# ----------------------------------------------------------------- HTML helpers
URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(line):
    e = html.escape(line, quote=False)
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', e)


def p2h(txt):
    """Plain text to simple HTML: paragraphs, <br>, quoted blocks, links."""
    out = []
    for para in txt.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "\n".join(l[1:].lstrip() if l.startswith(">") else l for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + p2h(inner) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_inline(l) for l in lines) + "</p>")
    return "\n".join(out)


def page(body_html, cs="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f"</head>\n<body style=\"{style}\">\n{body_html}\n</body>\n</html>\n")


def table(rows, style='border-collapse:collapse;font-size:13px', td='padding:4px 8px;border:1px solid #ddd'):
    r = "\n".join(f'<tr><td style="{td};font-weight:bold">{html.escape(k)}</td>'
                  f'<td style="{td}">{_inline(v)}</td></tr>' for k, v in rows)
    return f'<table style="{style}">\n{r}\n</table>'


def kv(rows, w=None):
    w = w or max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{(k + ':').ljust(w)}{v}" for k, v in rows)


# =================================================================== the mails
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def re_subj(n, prefix="Re: "):
    return prefix + subj(n)


GIVA_FROM = addr("RSNL Customer Support", "rsnl.support@givainc.net")


@mail
def m01():
    n = 201
    d = D(7, 1, 9, 7, 12)
    body = f"""*** Please reply ABOVE this line to update ticket # 118204 ***

Dear StoreDesk,

Thank you for contacting RSNL Customer Support. Your request has been received
and assigned ticket # 118204. A support analyst will contact you shortly.

{kv([("Ticket #", "118204"), ("Status", "Open"), ("Priority", "2 - High"),
     ("Category", "POS Hardware > Till"), ("Queue", "NL Retail 1st Line"),
     ("Customer ID", "CUS-40077"), ("Date Opened", "07/01/2024 09:07 AM"),
     ("Target Response", "07/01/2024 01:07 PM")], 18)}

Problem Description:
{orig_body(n)}

To view the status of this ticket, go to:
https://rsnl.givainc.com/eservice/ticket.aspx?tkt=118204&cust=CUS-40077

Please do not change the subject line when replying.

RSNL Customer Support | +31 20 794 1100 | Mon-Sat 07:00-22:00
"""
    return dict(slug="giva-ticket-received", product="Giva eService Desk 'Ticket # ... Received' notice",
                kind="product", lang="en", event="acknowledged", issue_ref=n, vendor_ticket_id="118204",
                note="tag kept in subject after Giva's own 'Ticket # 118204 Received -' prefix; reply-above-this-line "
                     "marker; decoys: customer id CUS-40077, phone number, target-response time",
                date=d, relay="smtp02.givainc.net", rpath="bounces@givainc.net", how=["tag", "thread"],
                headers=[("From", GIVA_FROM), ("To", Raw(OUR)),
                         ("Subject", f"Ticket # 118204 Received - {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<GIVA.118204.{h('m01', 12)}@givainc.net>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-Mailer", "Giva eService Desk Notification Engine")],
                body=text(body, cs="us-ascii", cte="7bit"))


EASIT_FROM = addr("RSNL Nordic Servicedesk", "servicedesk@se.rsnl.nl")


def easit_html(intro, rows, after, link):
    return page(p2h(intro) + "\n" + table(rows) + "\n" + p2h(after) +
                f'\n<p><a href="{link}" style="background:#00587a;color:#fff;padding:6px 12px;'
                f'text-decoration:none">Öppna ärendet</a></p>\n'
                '<p style="color:#777;font-size:11px">Detta meddelande skickades från Easit GO.</p>')


@mail
def m02():
    n = 229
    d = D(7, 1, 9, 12, 40)
    link = "https://rsnl.easitgo.com/selfservice/#/arende/24-10873"
    rows = [("Ärendenummer", "24-10873"), ("Rubrik", subj(n)), ("Status", "Registrerat"),
            ("Prioritet", "2 – Hög"), ("Kategori", "Betalterminaler"), ("Handläggargrupp", "Nordic 2nd line")]
    intro = "Hej StoreDesk,\n\nTack för ditt ärende. Vi har tagit emot det och registrerat det i vårt ärendehanteringssystem."
    after = ("Ange alltid ärendenumret i ämnesraden om du svarar på detta mejl.\n"
             f"Du kan följa ärendet i självserviceportalen:\n{link}\n\n"
             "Med vänliga hälsningar\nRSNL Nordic Servicedesk\nTel. 08-555 190 40 (vardagar 07–18)")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + after + "\n"
    return dict(slug="easitgo-arende-registrerat", product="Easit GO 'Ärende ... har registrerats' notification",
                kind="product", lang="sv", event="acknowledged", issue_ref=n, vendor_ticket_id="24-10873",
                note="Swedish Nordic desk for a Dutch store; id 24-10873 looks like a year-prefixed counter; "
                     "decoys: priority '2 – Hög', phone 08-555 190 40; tag in subject and in the Rubrik field",
                date=d, relay="mail.se.rsnl.nl", rpath="servicedesk@se.rsnl.nl", how=["tag", "thread"],
                headers=[("From", EASIT_FROM), ("To", Raw(OUR)),
                         ("Subject", f"Ärende #24-10873 har registrerats: {subj(n)}", {"enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<easit.{h('m02')}@se.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Easit GO")],
                body=alt(text(plain), text(easit_html(intro, rows, after, link), "html"), f"easit_{h('b02', 20)}"))


@mail
def m03():
    n = 230
    d = D(7, 2, 9, 1, 3)
    orig = (INP / "sent" / f"store-{n}.eml").read_bytes()
    notice = """The original message was received at Tue, 2 Jul 2024 09:00:41 +0200
from mx1.rsnl.nl [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<j.verhoeven@service.rsnl.nl>
    (reason: 550 5.1.1 <j.verhoeven@service.rsnl.nl>... User unknown)
    (expanded from: <support@rsnl.nl>)

   ----- Transcript of session follows -----
... while talking to mailstore3.service.rsnl.nl.:
>>> DATA
<<< 550 5.1.1 <j.verhoeven@service.rsnl.nl>... User unknown
550 5.1.1 <j.verhoeven@service.rsnl.nl>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""
    ds = """Reporting-MTA: dns; mail2.service.rsnl.nl
Received-From-MTA: DNS; mx1.rsnl.nl
Arrival-Date: Tue, 2 Jul 2024 09:00:41 +0200

Final-Recipient: RFC822; j.verhoeven@service.rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore3.service.rsnl.nl
Diagnostic-Code: SMTP; 550 5.1.1 <j.verhoeven@service.rsnl.nl>... User unknown
Last-Attempt-Date: Tue, 2 Jul 2024 09:01:03 +0200
"""
    b = f"462910{h('m03', 2).upper()}.1719903663/mail2.service.rsnl.nl"
    body = multi("report", [text(notice, cs="us-ascii", cte="7bit"),
                            raw_part("message/delivery-status", ds),
                            raw_part("message/rfc822", orig, extra=["Content-Description: Returned message"])],
                 b, params="; report-type=delivery-status")
    return dict(slug="sendmail-dsn-user-unknown", product="Sendmail 8.17 'Returned mail: see transcript' DSN",
                kind="product", lang="en", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="bounce from an RSNL internal relay: one alias member of support@rsnl.nl no longer exists; "
                     "the returned message/rfc822 part carries our full STORE-230 mail incl. X-StoreDesk-Issue, "
                     "but it is no vendor statement, so issue_ref is null",
                date=d, relay="mail2.service.rsnl.nl", rpath="",
                headers=[("From", addr("Mail Delivery Subsystem", "MAILER-DAEMON@mail2.service.rsnl.nl")),
                         ("To", Raw(f"<{OURADDR}>")), ("Subject", "Returned mail: see transcript for details"),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<202407020701.462910{h('m03', 4)}@mail2.service.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated (failure)")],
                body=body)


DM_FROM = addr("RSNL Portugal - Suporte", "naoresponda@rsnl.desk.ms")


def dm_html(title_txt, intro, rows, outro, cs="iso-8859-1"):
    def enc(s):
        return html.escape(s, quote=False).replace("—", "&mdash;")
    r = "\n".join(f'<tr><td style="background:#f2f5f9;padding:5px 10px;width:180px"><b>{enc(k)}</b></td>'
                  f'<td style="padding:5px 10px">{enc(v)}</td></tr>' for k, v in rows)
    inner = (f'<table width="640" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;font-size:12px">'
             f'<tr><td style="background:#1d4f91;color:#ffffff;padding:12px;font-size:16px">{enc(title_txt)}</td></tr>'
             f'<tr><td style="padding:12px">{intro}</td></tr>'
             f'<tr><td><table width="100%" style="font-size:12px">\n{r}\n</table></td></tr>'
             f'<tr><td style="padding:12px">{outro}</td></tr>'
             f'<tr><td style="color:#888;font-size:10px;padding:12px">Mensagem autom&aacute;tica enviada pelo '
             f'Desk Manager. Por favor n&atilde;o responda a este e-mail.</td></tr></table>')
    return page(inner, cs)


@mail
def m04():
    n = 258
    d = D(7, 2, 10, 31, 5, "+0100")
    rows = [("Código do chamado", "0702-000231"), ("Data de abertura", "02/07/2024 10:31"),
            ("Solicitante", "StoreDesk (helpdesk@ops.storedesk.example)"), ("Assunto", subj(n)),
            ("Categoria", "Impressoras > Guilhotina"), ("Prioridade", "Alta"),
            ("Contrato", "2023/PT/044 - Manutenção Retalho"), ("SLA de atendimento", "04:00 h"),
            ("Operador", "(não atribuído)")]
    intro = ("Prezado(a) StoreDesk,<br><br>O seu pedido foi recebido pela nossa equipa e deu origem ao "
             "chamado abaixo. Guarde este n&uacute;mero para futuras consultas.")
    outro = ('Para acompanhar o atendimento, aceda a <a href="https://rsnl.desk.ms/?Chamado=0702-000231">'
             'https://rsnl.desk.ms/?Chamado=0702-000231</a>.<br><br>Atenciosamente,<br>RSNL Portugal &ndash; Service Desk')
    htm = dm_html("Chamado 0702-000231 aberto", intro, rows, outro)
    return dict(slug="deskmanager-chamado-aberto", product="Desk Manager (desk.ms) 'Chamado ... aberto' HTML-only notification",
                kind="product", lang="pt", event="acknowledged", issue_ref=n, vendor_ticket_id="0702-000231",
                note="HTML-only ISO-8859-1 QP with HTML entities (em dash as &mdash;); the id embeds the date "
                     "(0702 = 2 July); decoys: contract 2023/PT/044, SLA 04:00 h, date 02/07/2024; tag in subject",
                date=d, relay="mta1.desk.ms", rpath="bounce@desk.ms", how=["tag", "thread"],
                headers=[("From", DM_FROM), ("To", Raw(OUR)),
                         ("Subject", f"Chamado 0702-000231 aberto | {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<dm-0702-000231-{h('m04', 10)}@rsnl.desk.ms>")),
                         ("In-Reply-To", Raw(mid(n))), ("Auto-Submitted", "auto-generated")],
                body=text(htm, "html", cs="iso-8859-1"))


ALVAO_FROM = addr("RSNL CZ Servis", "servicedesk@cz.rsnl.nl")


@mail
def m05():
    n = 259
    d = D(7, 3, 11, 20, 9)
    body = f"""Dobrý den,

Váš požadavek byl zaevidován v systému ALVAO Service Desk pod číslem R-45120.

{kv([("Název", subj(n)), ("Služba", "Opravy platebních terminálů"), ("Stav", "Nový"),
     ("Řešitel", "Skupina Opravárenské centrum Brno"), ("Termín vyřešení (SLA)", "05.07.2024 11:20")])}

Detail požadavku:
https://servicedesk.cz.rsnl.nl/Alvao/Request/RequestEdit.aspx?id=45120

Při odpovědi prosím ponechte číslo požadavku v předmětu zprávy.

S pozdravem
RSNL CZ s.r.o. – Opravárenské centrum
Vídeňská 104, 619 00 Brno
tel. +420 543 210 777
"""
    return dict(slug="alvao-pozadavek-zaevidovan", product="ALVAO Service Desk 'Požadavek ... byl zaevidován' notification",
                kind="product", lang="cs", event="acknowledged", issue_ref=n, vendor_ticket_id="R-45120",
                note="Czech repair centre, windows-1250 QP; subject replaced by ALVAO's own (Q-encoded windows-1250), "
                     "tag only in the Název field; portal link carries id=45120 without the R- prefix; "
                     "decoys: postcode 619 00, phone, SLA date",
                date=d, relay="mail.cz.rsnl.nl", rpath="servicedesk@cz.rsnl.nl", how=["tag", "thread"],
                headers=[("From", ALVAO_FROM), ("To", Raw(OUR)),
                         ("Subject", "Požadavek R-45120 byl zaevidován", {"cs": "windows-1250", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<ALVAO.R45120.{h('m05', 12)}@cz.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "ALVAO Service Desk 11.2")],
                body=text(body, cs="windows-1250"))


@mail
def m06():
    n = 201
    d = D(7, 3, 16, 45, 30)
    body = f"""*** Please reply ABOVE this line to update ticket # 118204 ***

Dear StoreDesk,

Ticket # 118204 has been marked as Resolved by Pieter Bakker.

Resolution:
The boot freeze on Till 3 was caused by a corrupted BIOS setting after the
power cut of 28 June. Our engineer reset the CMOS remotely with the help of the
store manager, reloaded image POS-IMG 4.12.2 and the till has been trading
normally since 14:20. No parts were needed.

If the problem returns, simply reply to this e-mail within 7 days and the ticket
will be re-opened automatically. After 7 days the ticket will be closed.

{kv([("Ticket #", "118204"), ("Status", "Resolved"), ("Time Spent", "1h 15m"),
     ("Related Ticket", "117988 (store network outage 06/28/2024)")], 16)}

https://rsnl.givainc.com/eservice/ticket.aspx?tkt=118204&cust=CUS-40077

RSNL Customer Support | +31 20 794 1100 | Mon-Sat 07:00-22:00
"""
    return dict(slug="giva-ticket-resolved", product="Giva eService Desk 'Ticket # ... Resolved' notice",
                kind="product", lang="en", event="resolved", issue_ref=n, vendor_ticket_id="118204",
                note="resolved with a 7-day auto-close warning (not yet closed); decoys: related ticket 117988, "
                     "image version 4.12.2, US-format dates; threaded to the Giva receipt and our mail",
                date=d, relay="smtp02.givainc.net", rpath="bounces@givainc.net", how=["tag", "thread"],
                headers=[("From", GIVA_FROM), ("To", Raw(OUR)),
                         ("Subject", f"Ticket # 118204 Resolved - {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<GIVA.118204.{h('m06', 12)}@givainc.net>")),
                         ("In-Reply-To", Raw(f"<GIVA.118204.{h('m01', 12)}@givainc.net>")),
                         ("References", Raw(f"{mid(n)} <GIVA.118204.{h('m01', 12)}@givainc.net>")),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Giva eService Desk Notification Engine")],
                body=text(body, cs="us-ascii", cte="7bit"))


@mail
def m07():
    n = 229
    d = D(7, 4, 10, 2, 18)
    link = "https://rsnl.easitgo.com/selfservice/#/arende/24-10873"
    rows = [("Ärendenummer", "24-10873"), ("Status", "Väntar på leverantör (tidigare: Under utredning)"),
            ("Handläggare", "Johanna Lindqvist")]
    intro = "Hej StoreDesk,\n\nDitt ärende har uppdaterats."
    after = ("Ny kommentar:\nVi har beställt en ny spiralkabel för PIN-terminalen (artikelnr 296114-002) från "
             "tillverkaren.\nBeräknad leverans till butiken är fredag 5 juli. Butiken kan fortsätta med den "
             "reservterminal\nsom skickades i går. Vi återkommer när kabeln har levererats och monterats.\n\n"
             f"Följ ärendet: {link}\n\nMed vänliga hälsningar\nRSNL Nordic Servicedesk")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + after + "\n"
    return dict(slug="easitgo-vantar-pa-leverantor", product="Easit GO 'Ärende ... har uppdaterats' notification",
                kind="product", lang="sv", event="update", issue_ref=n, vendor_ticket_id="24-10873",
                note="status 'Väntar på leverantör' = waiting for a part; decoys: article number 296114-002, "
                     "delivery date; tag kept in subject",
                date=d, relay="mail.se.rsnl.nl", rpath="servicedesk@se.rsnl.nl", how=["tag", "thread"],
                headers=[("From", EASIT_FROM), ("To", Raw(OUR)),
                         ("Subject", f"Ärende #24-10873 har uppdaterats: {subj(n)}", {"enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<easit.{h('m07')}@se.rsnl.nl>")),
                         ("In-Reply-To", Raw(f"<easit.{h('m02')}@se.rsnl.nl>")),
                         ("References", Raw(f"{mid(n)} <easit.{h('m02')}@se.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Easit GO")],
                body=alt(text(plain), text(easit_html(intro, rows, after, link), "html"), f"easit_{h('b07', 20)}"))


@mail
def m08():
    n = 203
    d = D(7, 5, 15, 30, 0, "+0100")
    rows = [("Job No.", "24-018833"), ("Customer Order No.", "STORE-203"),
            ("Site", "Rotterdam Lijnbaan, Lijnbaan 112, 3012 EP Rotterdam"), ("Job Type", "Reactive - Barcode Scanner"),
            ("Job Status", "Further Visit Required"), ("Engineer", "Daan Vos"),
            ("Visit", "05/07/2024 13:10 - 14:55 (CEST)")]
    notes = ("Scanner on checkout 2 tested. Scan window heavily scratched and decode board intermittent. "
             "Cleaned and re-flashed to firmware CAABJS00-005-R07, temporary improvement only. Replacement scan "
             "engine (part no. SE-4750-SR) ordered; quote Q-2207 not required (covered by contract). "
             "Return visit to be booked on arrival of part.")
    plain = ("Dear StoreDesk,\n\nPlease find below an update for the job at your site.\n\n" + kv(rows) +
             "\n\nEngineer Notes:\n" + notes + "\n\nCustomer Signature: M. de Groot (shift manager)\n\n"
             "Kind regards,\nRSNL Field Service\nTel: +31 10 303 8800\n\n"
             "This email was sent from Joblogic on behalf of RSNL Field Service.\n")
    htm = page('<div style="max-width:620px"><h2 style="color:#e4572e;font-size:18px">Job Update</h2>'
               + p2h("Dear StoreDesk,\n\nPlease find below an update for the job at your site.") + table(rows)
               + "<h3 style=\"font-size:14px\">Engineer Notes</h3>" + p2h(notes)
               + p2h("Customer Signature: M. de Groot (shift manager)\n\nKind regards,\nRSNL Field Service\nTel: +31 10 303 8800")
               + '<p style="font-size:10px;color:#999">This email was sent from Joblogic on behalf of RSNL Field Service.</p></div>')
    return dict(slug="joblogic-further-visit-required", product="Joblogic job-update e-mail 'Further Visit Required'",
                kind="product", lang="en", event="update", issue_ref=n, vendor_ticket_id="24-018833",
                note="UK field-service system, subject replaced, no threading; our tag only as 'Customer Order No.: STORE-203' "
                     "without brackets; partial work, part ordered; decoys: firmware string, part SE-4750-SR, quote Q-2207, "
                     "postcode 3012 EP",
                date=d, relay="mail.joblogic.com", rpath="noreply@joblogic.com", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Field Service", "noreply@joblogic.com")), ("To", Raw(OUR)),
                         ("Reply-To", addr("RSNL Field Service", "fieldservice@rsnl.nl")),
                         ("Subject", "Job Update - Job No. 24-018833 - Further Visit Required"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m08', 8)}-{h('m08a', 4)}-{h('m08b', 4)}-{h('m08c', 12)}@joblogic.com>"))],
                body=alt(text(plain), text(htm, "html", cte="base64"), f"----=_JL_{h('b08', 24)}"))


@mail
def m09():
    n = 234
    d = D(7, 6, 9, 40, 22, "+0100")
    rows = [("Chamado", "1187342"), ("Título", subj(n)), ("Cliente", "StoreDesk Retail BV"),
            ("Contato", "helpdesk@ops.storedesk.example"), ("Situação", "Aguardando atendimento"),
            ("Prioridade", "P2 - Alta"), ("Equipamento", "TPA caixa 2 - S/N 19K4-0552"),
            ("Previsão de solução", "06/07/2024 18:40")]
    intro = ("Prezado(a) StoreDesk,\n\nInformamos que a sua solicitação foi registada com sucesso no Qualitor. "
             "Um técnico\nda equipa de pagamentos irá analisá-la dentro do prazo acordado.")
    outro = ("Consulte o andamento em https://qualitor.pt.rsnl.nl/html/hd/hdchamado/cadastro_chamado.php?cdchamado=1187342\n\n"
             "Atenciosamente,\nRSNL Portugal | Centro de Suporte\nLinha de apoio: 808 20 44 10")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + outro + "\n"
    htm = page(p2h(intro) + table(rows) + p2h(outro), "windows-1252")
    return dict(slug="qualitor-abertura-chamado", product="Qualitor '[Qualitor] Chamado ... - Abertura' notification",
                kind="product", lang="pt", event="acknowledged", issue_ref=n, vendor_ticket_id="1187342",
                note="windows-1252 QP multipart/alternative; subject replaced, tag only in the Título field of the table; "
                     "decoys: terminal serial 19K4-0552, hotline 808 20 44 10, forecast date",
                date=d, relay="qualitor.pt.rsnl.nl", rpath="qualitor@pt.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("RSNL Portugal | Qualitor", "qualitor@pt.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "[Qualitor] Chamado 1187342 - Abertura"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<qualitor.1187342.{h('m09', 10)}@pt.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cs="windows-1252"), text(htm, "html", cs="windows-1252"), f"=_qualitor_{h('b09', 16)}"))


@mail
def m10():
    n = 235
    d = D(7, 8, 8, 15, 47)
    body = f"""Dzień dobry,

dziękujemy za wiadomość. Zgłoszenie zostało przyjęte i otrzymało numer TK00248119.
Nasz konsultant skontaktuje się z Państwem w ciągu 4 godzin roboczych.

Numer zgłoszenia: TK00248119
Kolejka: Sieci i Wi-Fi (DE/NL)
Priorytet: Wysoki
Status: Otwarte

Prosimy nie zmieniać tematu wiadomości przy odpowiedzi - numer zgłoszenia w
temacie pozwala nam przypisać korespondencję.

--
RSNL Polska Sp. z o.o.
ul. Grabiszyńska 241, 53-234 Wrocław
Infolinia: +48 71 733 20 20
NIP 899-28-44-117

-----Wiadomość oryginalna-----
{quoted(n)}
"""
    return dict(slug="daktela-potwierdzenie-zgloszenia", product="Daktela ticket auto-reply '[TK...] Potwierdzenie przyjęcia zgłoszenia'",
                kind="product", lang="pl", event="acknowledged", issue_ref=n, vendor_ticket_id="TK00248119",
                note="Polish desk, ISO-8859-2 QP body and Q-encoded ISO-8859-2 subject; subject replaced and no tag anywhere: "
                     "only In-Reply-To/References plus the quoted store and title; decoys: NIP tax number, postcode, hotline",
                date=d, relay="mail.pl.rsnl.nl", rpath="wsparcie@pl.rsnl.nl", how=["!tag", "thread", "title"],
                headers=[("From", addr("RSNL Polska - Dział Wsparcia", "wsparcie@pl.rsnl.nl", "iso-8859-2")),
                         ("To", Raw(OUR)),
                         ("Subject", "[TK00248119] Potwierdzenie przyjęcia zgłoszenia", {"cs": "iso-8859-2", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<daktela-TK00248119-{h('m10', 14)}@rsnl.daktela.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Daktela Contact Centre")],
                body=text(body, cs="iso-8859-2"))


@mail
def m11():
    n = 260
    d = D(7, 8, 12, 20, 4)
    plain = f"""Buenas tardes,

Ayer por la tarde estuvo nuestro técnico en Preciados. El error E17 lo provocaba
el módulo de depósito de billetes: el sensor de atasco estaba sucio y la correa
de transporte desgastada. Se ha cambiado la correa (ref. RC-8821-B), limpiado el
sensor y actualizado el firmware del reciclador a la 3.08.1. Hemos hecho 40 ciclos
de ingreso y devolución sin errores, así que por nuestra parte queda solucionado.

Si os parece bien, confirmadme y lo cierro. La incidencia en nuestro sistema es la
INC-ES-24/0719.

Un saludo,
Javier

Sent with Edison Mail

El jue, 4 jul 2024 a las 9:00, StoreDesk <helpdesk@ops.storedesk.example> escribió:
{quoted(n)}
"""
    htm = page(p2h(plain.split("El jue,")[0]) + '<div class="edo-quote"><p>El jue, 4 jul 2024 a las 9:00, StoreDesk '
               '&lt;helpdesk@ops.storedesk.example&gt; escribió:</p>' + p2h(quoted(n)) + "</div>",
               style="font-family:-apple-system,Helvetica,sans-serif")
    return dict(slug="edisonmail-reciclador-solucionado", product="Edison Mail for iOS reply from an RSNL Ibérica technician",
                kind="client", lang="es", event="resolved", issue_ref=n, vendor_ticket_id="INC-ES-24/0719",
                note="human reply: fixed, awaiting our confirmation before closing; id with a slash; decoys: error code E17, "
                     "part RC-8821-B, firmware 3.08.1, '40 ciclos'",
                date=d, relay="mail.es.rsnl.nl", rpath="javier.ortega@es.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Javier Ortega Ruiz", "javier.ortega@es.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m11', 8).upper()}-{h('m11a', 4).upper()}-{h('m11b', 4).upper()}-{h('m11c', 12).upper()}@edison.tech>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Edison Mail for iOS (2.24.1)")],
                body=alt(text(plain), text(htm, "html"), f"edo-{h('b11', 24)}"))


@mail
def m12():
    n = 236
    d = D(7, 8, 14, 0, 31)
    q = f"""-----"StoreDesk" <helpdesk@ops.storedesk.example> escribió: -----
Para: "RSNL Support" <support@rsnl.nl>
De: "StoreDesk" <helpdesk@ops.storedesk.example>
Fecha: 08/07/2024 09:00
Asunto: {subj(n)}

Store: Madrid Preciados
Priority: high
Reported by: Sam Jansen

[RSNL] ¿El cajón se abre con la llave? ¿Se oye el "clac" del electroimán al pulsar apertura?

Cash drawer will not open.

[RSNL] ¿Ocurre en todas las cajas o sólo en la caja 1 (la que cambiamos en mayo)?
[RSNL] Mandadnos, por favor, una foto de la etiqueta de la impresora de tiques (modelo y número de serie)."""
    plain = f"""Hola,

Antes de mandar a alguien necesitamos un par de datos. Os contesto dentro de
vuestro correo (las líneas que empiezan por "[RSNL]").

Gracias,

Lucía Fernández
Soporte Nivel 2 | RSNL Ibérica S.L.
C/ de Alcalá 265, 28027 Madrid | +34 91 748 33 10

{q}
"""
    htm = page(p2h(plain.split("-----\"StoreDesk\"")[0]) +
               '<div style="border-top:1px solid #b5c4df;padding-top:3px">' +
               "<br>\n".join(_inline(l) for l in q.split("\n")) + "</div>",
               style="font-family:'HCL Sans',Arial,sans-serif;font-size:10pt")
    return dict(slug="hclverse-preguntas-inline", product="HCL Verse (Domino) reply with Notes-style header block and inline answers",
                kind="client", lang="es", event="update", issue_ref=n, vendor_ticket_id=None,
                note="questions to the store typed inline into our quoted mail; no RSNL ticket number at all; "
                     "Notes-style '-----... escribió: -----' block; decoys: postcode 28027, phone; X-MIMETrack headers",
                date=d, relay="domino01.es.rsnl.nl", rpath="lucia.fernandez@es.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Lucía Fernández", "lucia.fernandez@es.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<OF{h('m12', 8).upper()}.{h('m12a', 8).upper()}-ON{h('m12b', 8).upper()}@es.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "HCL Verse Build V12.0.2_20230921"),
                         ("X-KeepSent", Raw(f"{h('m12k', 8).upper()}:{h('m12l', 8).upper()}-C1258B4D:0047A3F1; type=4; name=$KeepSent")),
                         ("X-MIMETrack", "Serialize by HCL Verse on domino01/RSNL-ES(Release 12.0.2|September 2023) at 08-07-2024 14:00:31")],
                body=alt(text(plain), text(htm, "html", cte="base64"), f"=_alternative 0047A3F1C1258B4D_="))


@mail
def m13():
    n = 209
    d = D(7, 9, 10, 5, 50)
    rows = [("Référence", "DEM-2024-004417"), ("Titre", title(n)),
            ("Site", f"{store(n)} (Centre commercial Euralille, 59777 Lille)"),
            ("Demandeur", "StoreDesk - Sam Jansen"), ("Catégorie", "Réseau > Routeur"), ("Urgence", "Haute"),
            ("Date de création", "09/07/2024 10:05"), ("Équipement", "RTR-LIL-01 (n° de série FGT40F-TK24118822)")]
    intro = "Bonjour,\n\nUne demande a été créée pour votre compte suite à votre appel de ce matin."
    outro = ("Vous pouvez suivre l'avancement de votre demande sur le portail :\n"
             "https://support.fr.rsnl.nl/clarilog/portal/demande/DEM-2024-004417\n\n"
             "Pour toute précision, répondez à ce message en conservant la référence dans l'objet.\n\n"
             "Le Centre de Services RSNL France")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + outro + "\n"
    htm = page('<div style="font-family:Segoe UI,Arial;font-size:13px"><div style="background:#3b7dc4;color:#fff;'
               'padding:8px">Clarilog One - Centre de Services</div>' + p2h(intro) + table(rows) + p2h(outro) + "</div>",
               "iso-8859-1")
    return dict(slug="clarilog-creation-demande", product="Clarilog One 'Création de la demande' notification",
                kind="product", lang="fr", event="acknowledged", issue_ref=n, vendor_ticket_id="DEM-2024-004417",
                note="created after a phone call: no tag, no threading, only title 'Router LEDs red' + store name; "
                     "ISO-8859-1 QP; decoys: postcode 59777, router serial FGT40F-TK24118822, asset RTR-LIL-01",
                date=d, relay="mail.fr.rsnl.nl", rpath="clarilog@fr.rsnl.nl", how=["!tag", "!thread", "title"],
                headers=[("From", addr("Support RSNL France", "clarilog@fr.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "[Clarilog] Création de la demande DEM-2024-004417", {"cs": "iso-8859-1", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<{h('m13', 32)}@clarilog.fr.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cs="iso-8859-1"), text(htm, "html", cs="iso-8859-1"), f"----=_NextPart_CLR_{h('b13', 16)}"))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
       b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (Job sheet 99121) Tj ET\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


@mail
def m14():
    n = 204
    d = D(7, 9, 11, 0, 5, "-0400")
    rows = [("Job #", "99121"), ("Customer", "StoreDesk Retail BV"), ("Location", "Den Haag Spui, Spui 70, 2511 BT Den Haag"),
            ("Description", subj(n)), ("Technician", "Ruben Mulder"), ("Completed", "09/07/2024 16:52 CEST"),
            ("Parts used", "none"), ("Status", "Completed - awaiting customer sign-off"),
            ("Billing", "not chargeable (contract SC-2023-117)")]
    work = ("Terminal had lost its acquirer parameters after the PSP migration. Reloaded terminal profile TID 60418832, "
            "performed key exchange and two test transactions (EUR 0.01 contactless and chip) - both approved. "
            "Terminal handed back to store manager.")
    outro = ("A copy of the job sheet is attached. If anything is still not working, please reply to this e-mail "
             "within 5 working days; otherwise the job will be closed automatically.\n\nRSNL Field Service")
    plain = "Hi StoreDesk,\n\nYour job has been completed by our technician.\n\n" + kv(rows) + \
            "\n\nWork performed:\n" + work + "\n\n" + outro + "\n"
    htm = page('<h2 style="color:#2a9d8f">Job Completed</h2>' + p2h("Hi StoreDesk,\n\nYour job has been completed by our technician.")
               + table(rows) + "<p><b>Work performed:</b><br>" + _inline(work) + "</p>" + p2h(outro))
    body = multi("mixed", [alt(text(plain), text(htm, "html"), f"fa-alt-{h('b14a', 16)}"),
                           binary("application/pdf", PDF, "JobSheet_99121.pdf")], f"fa-mix-{h('b14', 16)}")
    return dict(slug="fieldaware-job-completed", product="FieldAware 'Job #... completed' notification with PDF job sheet",
                kind="product", lang="en", event="resolved", issue_ref=n, vendor_ticket_id="99121",
                note="US-hosted FSM (Date in -0400); completed and awaiting sign-off, mentions future automatic closure "
                     "(still resolved); subject replaced with job + store, tag only in Description; decoys: TID 60418832, "
                     "contract SC-2023-117, postcode 2511 BT, EUR 0.01",
                date=d, relay="mail.fieldaware.net", rpath="bounce@fieldaware.net", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Field Service", "notifications@fieldaware.net")), ("To", Raw(OUR)),
                         ("Reply-To", addr("RSNL Field Service", "fieldservice@rsnl.nl")),
                         ("Subject", "Job #99121 completed - Den Haag Spui"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m14', 24)}@fieldaware.net>"))],
                body=body)


@mail
def m15():
    n = 234
    d = D(7, 9, 18, 30, 12, "+0100")
    rows = [("Chamado", "1187342"), ("Título", f"{title(n)} — {store(n)}"), ("Situação", "Solucionado"),
            ("Técnico", "Rui Carvalho"), ("Tempo de atendimento", "11h 50min"),
            ("Chamado pai", "1187001 (Incidente geral: renovação de certificados do adquirente)")]
    sol = ("A TPA da caixa 2 voltou a aceitar cartões depois da renovação do certificado do adquirente e "
           "do descarregamento de parâmetros. Foram feitas 3 transações de teste com sucesso.")
    intro = "Prezado(a) StoreDesk,\n\nO seu chamado foi marcado como solucionado."
    outro = ("Se a solução não resolveu o problema, pode reabrir o chamado nos próximos 3 dias:\n"
             "https://qualitor.pt.rsnl.nl/html/hd/hdchamado/cadastro_chamado.php?cdchamado=1187342&acao=reabrir\n\n"
             "Atenciosamente,\nRSNL Portugal | Centro de Suporte")
    plain = intro + "\n\n" + kv(rows) + "\n\nSolução aplicada:\n" + sol + "\n\n" + outro + "\n"
    htm = page(p2h(intro) + table(rows) + "<p><b>Solução aplicada:</b><br>" + _inline(sol) + "</p>" + p2h(outro), "windows-1252")
    return dict(slug="qualitor-chamado-solucionado", product="Qualitor '[Qualitor] Chamado ... - Solucionado' notification",
                kind="product", lang="pt", event="resolved", issue_ref=n, vendor_ticket_id="1187342",
                note="solved, reopen possible for 3 days; no tag: only threading plus title + store (with em dash in windows-1252); "
                     "decoy: parent incident 1187001 for the acquirer certificate problem",
                date=d, relay="qualitor.pt.rsnl.nl", rpath="qualitor@pt.rsnl.nl", how=["!tag", "thread", "title"],
                headers=[("From", addr("RSNL Portugal | Qualitor", "qualitor@pt.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "[Qualitor] Chamado 1187342 - Solucionado"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<qualitor.1187342.{h('m15', 10)}@pt.rsnl.nl>")),
                         ("In-Reply-To", Raw(f"<qualitor.1187342.{h('m09', 10)}@pt.rsnl.nl>")),
                         ("References", Raw(f"{mid(n)} <qualitor.1187342.{h('m09', 10)}@pt.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cs="windows-1252"), text(htm, "html", cs="windows-1252"), f"=_qualitor_{h('b15', 16)}"))


@mail
def m16():
    n = 233
    d = D(7, 10, 10, 15, 0)
    plain = f"""Bonjour,

Je suis passé ce matin à Euralille. Le lecteur de la caisse 4 avait la fenêtre
de lecture fêlée et le câble USB abîmé au niveau du pied. J'ai remplacé le lecteur
complet par un modèle d'échange standard (n° de série S24-0071593) et reconfiguré
les préfixes/suffixes pour le logiciel de caisse. Tests OK sur 30 articles, y
compris les codes GS1 DataBar des fruits et légumes.

Pour nous l'incident est résolu ; je laisse le dossier ouvert jusqu'à votre retour.

Cordialement,

Thomas Lefebvre
Technicien itinérant Hauts-de-France
RSNL France SAS – 12 rue de Tournai, 59200 Tourcoing
Tél. : +33 3 20 11 45 90 – Mob. : +33 6 71 22 08 14

Le 05/07/2024 à 09:00, StoreDesk a écrit :
{quoted(n)}
"""
    htm = page(p2h(plain), style="font-family:Arial;font-size:13px")
    return dict(slug="snappymail-lecteur-remplace", product="SnappyMail webmail reply from an RSNL France field technician",
                kind="client", lang="fr", event="resolved", issue_ref=n, vendor_ticket_id=None,
                note="human reply: scanner swapped, 'l'incident est résolu' but file left open awaiting our answer; "
                     "no ticket number (null); decoys: serial S24-0071593, postcode 59200, two phone numbers",
                date=d, relay="webmail.fr.rsnl.nl", rpath="t.lefebvre@fr.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Thomas Lefebvre", "t.lefebvre@fr.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n, "RE: "), {"enc": "Q"}), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m16', 32)}@fr.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "SnappyMail/2.36.3")],
                body=alt(text(plain), text(htm, "html"), f"_=_swift_{h('b16', 24)}_=_"))


@mail
def m17():
    n = 210
    d = D(7, 10, 16, 0, 44, "+0100")
    inner = f"""<table width="600" align="center" style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#22215b;padding:16px"><img src="https://app.auvo.com.br/static/email/logo-branco.png" alt="Auvo" height="28"></td></tr>
<tr><td style="padding:20px">
<h2 style="font-size:20px">Olá, StoreDesk!</h2>
<p>A tarefa <b>nº 4471023</b> foi agendada pela equipa <b>RSNL Portugal - Assistência Técnica</b>.</p>
<table style="font-size:14px">
<tr><td><b>Tipo de tarefa:</b></td><td>Calibração de balança</td></tr>
<tr><td><b>Descrição:</b></td><td>{title(n)} - {store(n)}</td></tr>
<tr><td><b>Técnico:</b></td><td>Nuno Ferreira</td></tr>
<tr><td><b>Data:</b></td><td>11/07/2024, entre 09:00 e 11:00</td></tr>
<tr><td><b>Endereço:</b></td><td>Rua de Santa Catarina 312, 4000-443 Porto</td></tr>
</table>
<p>Acompanhe a deslocação do técnico em tempo real:</p>
<p><a href="https://app.auvo.com.br/acompanhamento/4471023?k=8f2a19c7" style="background:#3ebd93;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Acompanhar tarefa</a></p>
<p style="font-size:12px;color:#777">Este e-mail foi enviado automaticamente pelo Auvo. Não responda.</p>
</td></tr></table>"""
    return dict(slug="auvo-tarefa-agendada", product="Auvo (field service) 'Tarefa agendada' HTML-only notification",
                kind="product", lang="pt", event="update", issue_ref=n, vendor_ticket_id="4471023",
                note="HTML-only base64; no tag, no threading: only title + store in the Descrição field; technician visit planned; "
                     "decoys: postcode 4000-443, tracking key k=8f2a19c7, house number 312",
                date=d, relay="mail.auvo.com.br", rpath="bounce@auvo.com.br", how=["!tag", "!thread", "title"],
                headers=[("From", addr("RSNL Portugal - Assistência Técnica", "naoresponda@auvo.com.br")), ("To", Raw(OUR)),
                         ("Subject", f"Tarefa agendada: {title(n)} - {store(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m17', 20)}.4471023@auvo.com.br>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(page(inner), "html", cte="base64"))


HM_FROM = addr("RSNL Deutschland Service Desk", "servicedesk@de.rsnl.nl")
HM_SIG = """Mit freundlichen Grüßen
Ihr RSNL Service Desk
Hotline 0221 998 877-0 · Mo–Fr 7–20 Uhr
RSNL Deutschland GmbH · Hohenzollernring 57 · 50672 Köln
Amtsgericht Köln HRB 104417 · Geschäftsführer: Dr. Markus Feld"""


@mail
def m18():
    n = 211
    d = D(7, 11, 9, 3, 27)
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und hat die
Ticket-Nr. HM-240711-0318 erhalten.

{kv([("Betreff", subj(n)), ("Kategorie", "Hardware / Kundendisplay"), ("Priorität", "hoch"),
     ("Status", "neu"), ("Bearbeitergruppe", "2nd Level Hardware West")])}

Bitte geben Sie bei Rückfragen immer die Ticket-Nr. im Betreff an. Den aktuellen
Stand können Sie jederzeit im Self-Service-Portal einsehen:
https://helpmatics.de.rsnl.nl/selfservice/ticket/HM-240711-0318

{HM_SIG}
"""
    return dict(slug="helpmatics-ticket-eroeffnet", product="HelpMatics Service Desk 'Ticket eröffnet' notification",
                kind="product", lang="de", event="acknowledged", issue_ref=n, vendor_ticket_id="HM-240711-0318",
                note="windows-1252 QP body, subject Q-encoded windows-1252 with the vendor id in brackets before our tag; "
                     "id embeds the date 240711; decoys: HRB 104417, postcode 50672, hotline",
                date=d, relay="mail.de.rsnl.nl", rpath="servicedesk@de.rsnl.nl", how=["tag", "thread"],
                headers=[("From", HM_FROM), ("To", Raw(OUR)),
                         ("Subject", f"[HM-240711-0318] Ticket eröffnet: {subj(n)}", {"cs": "windows-1252", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<HM-240711-0318.{h('m18', 10)}@helpmatics.de.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "HelpMatics Notification Service 8.4")],
                body=text(body, cs="windows-1252"))


def eam_body(status, extra):
    n = 237
    return f"""Dit is een automatisch bericht van HxGN EAM. Niet beantwoorden.

{kv([("Werkorder", "10447215"), ("Omschrijving", title(n)), ("Object", "PRN-AMS-LBL-02 (labelprinter kassazone)"),
     ("Locatie", "NL-AMS-CS / Amsterdam CS"), ("Referentie klant", "STORE-237"), ("Status", status),
     ("Afdeling", "FS-NOORD"), ("Toegewezen aan", "K. de Wit"),
     ("Gerelateerde WO", "10446980 (preventief onderhoud Q3)")], 19)}

{extra}

Bekijk de werkorder:
https://eam.nl.rsnl.nl/web/base/logindisp?tenant=RSNL_PRD&workordernum=10447215
"""


@mail
def m19():
    d = D(7, 11, 11, 40, 2)
    extra = ("Activiteit 10 - Storingsanalyse:\nPrintkop vermoedelijk defect; monteur neemt een vervangende printkop\n"
             "(art. 103-7781) mee. Ook de labelrollen van de winkel worden gecontroleerd\n(mogelijk verkeerd type: "
             "thermisch transfer i.p.v. direct thermisch). Winkel is geïnformeerd.\nGepland: 11-07-2024 13:00 - 15:00")
    return dict(slug="hxgneam-werkorder-in-uitvoering", product="HxGN EAM (Infor EAM) work-order status e-mail",
                kind="product", lang="nl", event="update", issue_ref=237, vendor_ticket_id="10447215",
                note="ISO-8859-15 QP; subject replaced, no threading, our tag only as 'Referentie klant: STORE-237'; "
                     "store shown as 'Amsterdam CS' only; visit planned; decoys: related WO 10446980, article 103-7781",
                date=d, relay="eam.nl.rsnl.nl", rpath="eam-noreply@nl.rsnl.nl", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Servicebeheer", "eam-noreply@nl.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "Werkorder 10447215 - status gewijzigd naar In uitvoering"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<EAM.WO10447215.{h('m19', 12)}@eam.nl.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(eam_body("In uitvoering (was: Vrijgegeven)", extra), cs="iso-8859-15"))


@mail
def m20():
    n = 238
    d = D(7, 11, 12, 25, 9, "+0000")
    plain = """Hoi StoreDesk,

Dank voor de foto's van vanochtend. De zelfscankassa krijgt wel stroom (de LED op
de pc-unit brandt), maar het scherm blijft zwart, ook op een externe monitor. Dat
wijst op de grafische kaart of de voeding van het paneel. We hebben een nieuwe
paneelvoeding (onderdeelnr. 24V-PSU-180W) besteld; die is er naar verwachting
vrijdag. Daarna plannen we een monteur in en laten we jullie het tijdvak weten.

Tot die tijd kan SCO 3 beter uit blijven.

Groet,
Sanne Vermeulen
RSNL Support – Team Self-Checkout
"""
    htm = page('<div style="font-family:Helvetica,Arial;font-size:14px">' + p2h(plain) +
               f'<img src="https://rsnl.api.kustomerapp.com/v1/email/open/{h("m20o", 24)}.gif" width="1" height="1" alt=""></div>')
    return dict(slug="kustomer-paneelvoeding-besteld", product="Kustomer e-mail channel reply from an RSNL agent",
                kind="product", lang="nl", event="update", issue_ref=n, vendor_ticket_id=None,
                note="conversation-based CRM without ticket numbers (null); part ordered, visit to be planned; "
                     "From is support@rsnl.nl but Message-ID from kustomerapp; decoys: part 24V-PSU-180W, 'SCO 3'",
                date=d, relay="mail.kustomerapp.com", rpath="bounces+rsnl@mail.kustomerapp.com", how=["tag", "thread"],
                headers=[("From", addr("Sanne Vermeulen | RSNL Support", "support@rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m20', 24)}@mail.kustomerapp.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Kustomer")],
                body=alt(text(plain), text(htm, "html"), f"kustomer-{h('b20', 20)}"))


@mail
def m21():
    n = 206
    d = D(7, 11, 16, 50, 40)
    body = f"""Hallo,

Vanmiddag bij Herestraat geweest. De kassalade ging niet open omdat de RJ12-kabel
tussen bonprinter en lade in de kassakast was doorgeknikt. Kabel vervangen en de
lade-instelling in de printerdriver teruggezet op 'pin 2, 120 ms'. De lade opent
nu bij elke contante betaling en ook met de no-sale-toets. Voor ons is de storing
daarmee opgelost. De nieuwe kabel is geïnstalleerd
met een trekontlasting, zodat hij niet weer kan knikken.

Gr. Henk

--
Henk Postma
Servicemonteur Noord
RSNL B.V. - 050 711 2290

On Sat, July 6, 2024 9:00 am, StoreDesk wrote:
{quoted(n)}
"""
    return dict(slug="squirrelmail-lade-kabel", product="SquirrelMail 1.4 webmail reply from an RSNL service engineer",
                kind="client", lang="nl", event="resolved", issue_ref=n, vendor_ticket_id=None,
                note="plain ISO-8859-1 8bit, subject B-encoded UTF-8; 'storing daarmee opgelost' -> resolved; no ticket number; "
                     "decoys: 'pin 2, 120 ms', phone 050 711 2290",
                date=d, relay="webmail.service.rsnl.nl", rpath="h.postma@service.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Henk Postma", "h.postma@service.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m21', 32)}.squirrel@webmail.service.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("User-Agent", "SquirrelMail/1.4.23 [SVN]"), ("X-Priority", "3 (Normal)"),
                         ("Importance", "Normal")],
                body=text(body, cs="iso-8859-1", cte="8bit", quote_cs=False))


@mail
def m22():
    n = 258
    d = D(7, 12, 8, 30, 16, "+0100")
    rows = [("Código do chamado", "0702-000231"), ("Assunto original", subj(n)), ("Situação", "Encerrado"),
            ("Motivo", "Sem retorno do solicitante 5 dias úteis após a solução"),
            ("Solução", "Substituída a guilhotina da impressora (peça GL-80-PT) em 04/07/2024; corte testado com 50 talões."),
            ("Data de encerramento", "12/07/2024 08:30")]
    intro = ("Prezado(a) StoreDesk,<br><br>Informamos que o chamado abaixo foi <b>encerrado automaticamente</b>, "
             "uma vez que n&atilde;o recebemos resposta &agrave; solu&ccedil;&atilde;o proposta.")
    outro = ("Se o problema persistir, abra um novo chamado e indique a refer&ecirc;ncia 0702-000231.<br><br>"
             "Atenciosamente,<br>RSNL Portugal &ndash; Service Desk")
    htm = dm_html("Chamado 0702-000231 encerrado", intro, rows, outro)
    return dict(slug="deskmanager-chamado-encerrado", product="Desk Manager (desk.ms) 'Chamado ... encerrado' HTML-only notification",
                kind="product", lang="pt", event="closed", issue_ref=n, vendor_ticket_id="0702-000231",
                note="closed automatically for lack of response after the solution; tag only in 'Assunto original'; "
                     "invites a NEW ticket if needed; decoys: part GL-80-PT, '50 talões', dates",
                date=d, relay="mta1.desk.ms", rpath="bounce@desk.ms", how=["tag", "!thread"],
                headers=[("From", DM_FROM), ("To", Raw(OUR)), ("Subject", "Chamado 0702-000231 encerrado"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<dm-0702-000231-{h('m22', 10)}@rsnl.desk.ms>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(htm, "html", cs="iso-8859-1"))


@mail
def m23():
    n = 259
    d = D(7, 12, 10, 10, 58)
    plain = f"""Dobrý den,

Váš požadavek R-45120 byl vyřešen a uzavřen.

{kv([("Název", subj(n)), ("Stav", "Uzavřený"), ("Řešitel", "Petr Novák"),
     ("Související požadavek", "R-45098 (zaslání náhradního terminálu)")])}

Řešení:
Vyměněn spirálový kabel PIN padu (díl 8-PIN-CBL-1.5). Terminál byl otestován
platbou kartou i bezkontaktně a vrácen do prodejny. Náhradní terminál si kurýr
vyzvedne 15.07.

Pokud s uzavřením nesouhlasíte, můžete požadavek do 5 dnů znovu otevřít odpovědí
na tento e-mail.

S pozdravem
RSNL CZ s.r.o. – Opravárenské centrum
"""
    htm = page(p2h(plain), "windows-1250")
    return dict(slug="alvao-pozadavek-uzavren", product="ALVAO Service Desk 'Požadavek ... byl uzavřen' notification",
                kind="product", lang="cs", event="closed", issue_ref=259, vendor_ticket_id="R-45120",
                note="windows-1250 QP multipart/alternative; 'vyřešen a uzavřen' (resolved and closed) with a 5-day reopen "
                     "option -> closed; decoys: related request R-45098, part 8-PIN-CBL-1.5, date 15.07.",
                date=d, relay="mail.cz.rsnl.nl", rpath="servicedesk@cz.rsnl.nl", how=["tag", "thread"],
                headers=[("From", ALVAO_FROM), ("To", Raw(OUR)),
                         ("Subject", "Požadavek R-45120 byl uzavřen", {"cs": "windows-1250", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<ALVAO.R45120.{h('m23', 12)}@cz.rsnl.nl>")),
                         ("In-Reply-To", Raw(f"<ALVAO.R45120.{h('m05', 12)}@cz.rsnl.nl>")),
                         ("References", Raw(f"{mid(n)} <ALVAO.R45120.{h('m05', 12)}@cz.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "ALVAO Service Desk 11.2")],
                body=alt(text(plain, cs="windows-1250"), text(htm, "html", cs="windows-1250"), f"alvao-{h('b23', 18)}"))


@mail
def m24():
    n = 212
    d = D(7, 12, 15, 0, 13)
    plain = f"""Hola,

Hemos revisado en remoto el PC de trastienda: el disco está al 97 % y el antivirus
lanza un análisis completo cada vez que se arranca. Hemos liberado espacio y
cambiado la programación del análisis, pero sigue tardando casi 6 minutos en
arrancar, así que aún no está resuelto.

¿Podéis decirnos si el equipo hace ruido (clic) al arrancar y mandarnos una foto
de la pegatina trasera con el número de serie? Con eso pedimos un SSD de
sustitución.

Gracias,
Marta

--
Marta Gil · Soporte técnico remoto
RSNL Ibérica S.L.
Ref. incidencia: MAD-24-1193
Tel. +34 91 748 33 10

Enviado con el correo electrónico seguro de Proton Mail.

El viernes, 12 de julio de 2024 a las 9:00, StoreDesk <helpdesk@ops.storedesk.example> escribió:

{quoted(n)}
"""
    top, q = plain.split("El viernes,")
    htm = page('<div style="font-family:Arial,sans-serif;font-size:14px">' + p2h(top) +
               '<div class="protonmail_quote">El viernes, 12 de julio de 2024 a las 9:00, StoreDesk &lt;helpdesk@ops.storedesk.example&gt; escribió:<br>'
               '<blockquote class="protonmail_quote" type="cite">' + "<br>".join(_inline(l) for l in orig_body(n).split("\n")) +
               "</blockquote></div></div>")
    return dict(slug="protonmail-aun-no-resuelto", product="Proton Mail (custom domain) reply from an RSNL Ibérica remote engineer",
                kind="client", lang="es", event="update", issue_ref=n, vendor_ticket_id="MAD-24-1193",
                note="partial work + questions, 'aún no está resuelto'; the vendor id appears only in the signature block; "
                     "base64 parts; decoys: '97 %', '6 minutos', phone",
                date=d, relay="mail-4318.protonmail.ch", rpath="marta.gil@es.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Marta Gil", "marta.gil@es.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{b62('m24', 43)}=@es.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Feedback-ID", Raw(f"{b62('m24f', 20)}==:Ext:ProtonMail"))],
                body=alt(text(plain, cte="base64"), text(htm, "html", cte="base64"), f"b1_{b62('b24', 40)}"))


SPR_FROM = addr("RSNL Customer Care", "rsnl.care@mail.sprinklr.com")


@mail
def m25():
    n = 213
    d = D(7, 13, 7, 1, 19, "+0000")
    plain = """Hello,

Thanks for reaching out to RSNL Customer Care. We have created case #04418723 for
your request and one of our specialists will get back to you within 1 business day.

Case number: 04418723
Channel: Email
Created: 13 Jul 2024, 07:01 UTC
Conversation ID: 3f9c2a71-55e0-4d1b-8c2e-90a7d1c4e6b8

Please keep the case number in the subject line of any follow-up e-mails.

RSNL Customer Care
This mailbox is monitored Monday to Friday, 08:00-18:00 CET.
"""
    htm = page('<table width="600" style="font-family:Arial;font-size:14px"><tr><td style="border-top:4px solid #0a5;padding:16px">'
               + p2h(plain) + "</td></tr></table>")
    return dict(slug="sprinklr-case-created", product="Sprinklr Service 'Your case #... has been created' auto-reply",
                kind="product", lang="en", event="acknowledged", issue_ref=n, vendor_ticket_id="04418723",
                note="subject replaced, no tag, no title/store: only In-Reply-To/References threading; zero-padded id; "
                     "decoy: conversation UUID, business-hours text",
                date=d, relay="mta-eu1.sprinklr.com", rpath="bounce-rsnl@mail.sprinklr.com", how=["!tag", "thread", "!title"],
                headers=[("From", SPR_FROM), ("To", Raw(OUR)), ("Subject", "Your case #04418723 has been created"),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<spr.{h('m25', 20)}@mail.sprinklr.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                body=alt(text(plain, cs="us-ascii", cte="7bit"), text(htm, "html", cte="base64"), f"SPR_{h('b25', 20)}"))


@mail
def m26():
    n = 214
    d = D(7, 14, 9, 2, 5)
    body = """Beste StoreDesk,

Bedankt voor uw e-mail. Uw bericht is bij ons binnengekomen en staat in de
wachtrij van het team Winkelsystemen.

Omdat het weekend is, wordt uw bericht maandag vanaf 08:00 uur opgepakt. Zodra
een medewerker de storing heeft beoordeeld, ontvangt u een apart bericht met uw
meldingsnummer.

Heeft u een spoedstoring die de verkoop stillegt? Bel dan de storingslijn
088 776 5400 (24/7).

Met vriendelijke groet,
RSNL Klantenservice

Interactie-ID: 6c1f0d2e-8b47-4a8f-9e33-1f02c5a7b9d4
"""
    return dict(slug="genesyscloud-ontvangstbevestiging", product="Genesys Cloud e-mail routing auto-acknowledgement",
                kind="product", lang="nl", event="acknowledged", issue_ref=n, vendor_ticket_id=None,
                note="weekend auto-ack that promises a ticket number later: acknowledged with null id; "
                     "decoys: interaction UUID, phone 088 776 5400; tag in subject",
                date=d, relay="mail.mypurecloud.de", rpath="bounce@mypurecloud.de", how=["tag", "thread"],
                headers=[("From", addr("RSNL Klantenservice", "klantenservice@rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", f"Ontvangstbevestiging: {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m26', 8)}-{h('m26a', 4)}-{h('m26b', 4)}-{h('m26c', 4)}-{h('m26d', 12)}@mypurecloud.de>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")],
                body=text(body, cte="8bit"))


@mail
def m27():
    n = 207
    d = D(7, 15, 13, 30, 21)
    body = f"""Dag StoreDesk,

Jullie collega in de Meir bevestigde vandaag telefonisch dat de labelprinter
sinds de nieuwe printkop van vorige week weer perfect print. Ik heb melding
24.0719 daarom afgesloten.

Voor de volledigheid: de oorzaak was een combinatie van een versleten printkop en
verkeerde labelrollen (thermisch transfer i.p.v. direct thermisch). Bestel
voortaan art. LR-58x40-DT (€ 0,00 onder het servicecontract).

Met vriendelijke groeten,
Wim Claes
RSNL Belgium - Field Support Antwerpen
T +32 3 286 40 10

On Thu, 11 Jul 2024 16:02:10 +0200
Wim Claes <wim.claes@be.rsnl.nl> wrote:

> Dag,
>
> Printkop vervangen, testlabels zijn in orde. Graag even laten weten of het
> in de winkel ook goed blijft gaan, dan sluit ik melding 24.0719 af.
>
> Wim
>
> On Sun, 7 Jul 2024 09:00:00 +0200
> StoreDesk <helpdesk@ops.storedesk.example> wrote:
>
{quoted(n, "> > ", "> >")}
"""
    return dict(slug="sylpheed-melding-afgesloten", product="Sylpheed 3.7 plain-text reply from an RSNL Belgium engineer",
                kind="client", lang="nl", event="closed", issue_ref=n, vendor_ticket_id="24.0719",
                note="Flemish engineer closes after phone confirmation; the id 24.0719 looks like a date; quotes his own earlier "
                     "'resolved' mail (nested quote) - the newest text is the closure; ISO-8859-15 8bit; decoy: article LR-58x40-DT",
                date=d, relay="smtp.be.rsnl.nl", rpath="wim.claes@be.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Wim Claes", "wim.claes@be.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n), {"partial": True, "enc": "Q"}), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<20240715133021.{h('m27', 16).upper()}@be.rsnl.nl>")),
                         ("In-Reply-To", Raw(f"<20240711160210.{h('m27p', 16).upper()}@be.rsnl.nl>")),
                         ("References", Raw(f"{mid(n)} <20240711160210.{h('m27p', 16).upper()}@be.rsnl.nl>")),
                         ("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")],
                body=text(body, cs="ISO-8859-15", cte="8bit", quote_cs=False))


@mail
def m28():
    n = 207
    d = D(7, 16, 8, 0, 0, "+0000")
    base = f"https://delighted.com/r/{b62('m28', 22)}"
    plain = f"""Hallo,

Onlangs hebt u contact gehad met RSNL Belgium over melding 24.0719
("{subj(n)}").

Hoe waarschijnlijk is het dat u RSNL zou aanbevelen aan een vriend of collega?

""" + "\n".join(f"{i}: {base}?score={i}" for i in range(11)) + f"""

0 = helemaal niet waarschijnlijk, 10 = zeer waarschijnlijk

Geen enquêtes meer ontvangen? Uitschrijven: https://delighted.com/u/{b62('m28u', 22)}
Aangedreven door Delighted
"""
    cells = "".join(f'<td style="padding:2px"><a href="{base}?score={i}" style="display:block;width:34px;line-height:34px;'
                    f'text-align:center;border:1px solid #ccc;text-decoration:none;color:#333">{i}</a></td>' for i in range(11))
    htm = page('<div style="max-width:520px;margin:auto;font-family:Helvetica,Arial;font-size:15px">'
               + p2h(f'Hallo,\n\nOnlangs hebt u contact gehad met RSNL Belgium over melding 24.0719\n("{subj(n)}").')
               + "<p><b>Hoe waarschijnlijk is het dat u RSNL zou aanbevelen aan een vriend of collega?</b></p>"
               + f"<table><tr>{cells}</tr></table>"
               + '<p style="font-size:12px;color:#888">0 = helemaal niet waarschijnlijk, 10 = zeer waarschijnlijk</p>'
               + f'<p style="font-size:11px;color:#aaa"><a href="https://delighted.com/u/{b62("m28u", 22)}">Uitschrijven</a>'
                 " &middot; Aangedreven door Delighted</p></div>")
    return dict(slug="delighted-nps-enquete", product="Delighted NPS survey e-mail sent on behalf of RSNL Belgium",
                kind="product", lang="nl", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="survey that quotes our [STORE-207] subject and the vendor id 24.0719 after the ticket was closed; "
                     "no status statement, so ignore with issue_ref and vendor id null; 0-10 score links; List-Unsubscribe",
                date=d, relay="o1.email.delighted.com", rpath="bounces@email.delighted.com",
                headers=[("From", addr("RSNL Belgium", "rsnl-belgium@survey.delighted.com")), ("To", Raw(OUR)),
                         ("Reply-To", Raw("reply+" + b62("m28r", 16) + "@survey.delighted.com")),
                         ("Subject", "Hoe waarschijnlijk is het dat u RSNL zou aanbevelen?"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m28', 24)}@survey.delighted.com>")),
                         ("List-Unsubscribe", Raw(f"<https://delighted.com/u/{b62('m28u', 22)}>")),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
                body=alt(text(plain), text(htm, "html"), f"--==_mimepart_{h('b28', 20)}"))


@mail
def m29():
    n = 241
    d = D(7, 16, 11, 10, 33, "+0300")
    plain = f"""Hei,

korjaustilauksemme KT-24-0866 on nyt valmis. Asiakasnäytön välkkyminen johtui
viallisesta taustavalon invertteristä. Vaihdoimme näyttöyksikön korjaamolla
(sarjanumero CD-2209-44817 tilalle CD-2311-00562), ja uusi yksikkö lähetettiin
myymälään eilen PostNordilla, seurantakoodi 00370712345678901234. Myymälä asensi
sen tänä aamuna ja vahvisti, että kuva on nyt vakaa.

Vika on meidän osaltamme korjattu. Ilmoittakaa, jos välkyntä palaa.

Ystävällisin terveisin
Mikko Virtanen
Korjaamo / RSNL Nordic Oy, Tampere
puh. +358 40 712 3390

13.7.2024 klo 10.00 StoreDesk kirjoitti:
{quoted(n)}
"""
    htm = page(p2h(plain))
    return dict(slug="nextcloudmail-naytto-korjattu", product="Nextcloud Mail reply from the RSNL Nordic repair workshop",
                kind="client", lang="fi", event="resolved", issue_ref=n, vendor_ticket_id="KT-24-0866",
                note="Finnish repair order (korjaustilaus) 'on nyt valmis' / 'vika on korjattu' -> resolved; "
                     "decoys: old and new serial numbers, 20-digit PostNord tracking code, phone",
                date=d, relay="cloud.fi.rsnl.nl", rpath="mikko.virtanen@fi.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Mikko Virtanen", "mikko.virtanen@fi.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m29', 32)}@fi.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("User-Agent", "Nextcloud Mail")],
                body=alt(text(plain), text(htm, "html"), f"=_{h('b29', 32)}"))


@mail
def m30():
    n = 211
    d = D(7, 16, 14, 0, 48)
    body = f"""Sehr geehrte Damen und Herren,

Ihr Ticket HM-240711-0318 wurde auf den Status „gelöst“ gesetzt.

Lösung:
Das Flachbandkabel zwischen Kassen-PC und Kundendisplay war am Stecker
angebrochen und wurde ersetzt (Teilenummer 44-1090-07). Zusätzlich wurde die
Displayfirmware von 2.1.8 auf 2.1.9 aktualisiert. Die Filiale hat das Display
nach dem Tausch eine Stunde beobachtet – kein Flackern mehr.

Bitte bestätigen Sie die Lösung über folgenden Link oder antworten Sie auf diese
E-Mail:
https://helpmatics.de.rsnl.nl/selfservice/ticket/HM-240711-0318/confirm

Ohne Rückmeldung wird das Ticket nach 5 Werktagen automatisch geschlossen.

{HM_SIG}
"""
    return dict(slug="helpmatics-ticket-geloest", product="HelpMatics Service Desk 'Ticket gelöst' notification",
                kind="product", lang="de", event="resolved", issue_ref=n, vendor_ticket_id="HM-240711-0318",
                note="status „gelöst“ with a confirm link and 5-day auto-close warning -> resolved, not closed; "
                     "windows-1252 quotes/dash; decoys: part 44-1090-07, firmware versions, HRB number",
                date=d, relay="mail.de.rsnl.nl", rpath="servicedesk@de.rsnl.nl", how=["tag", "thread"],
                headers=[("From", HM_FROM), ("To", Raw(OUR)),
                         ("Subject", f"[HM-240711-0318] Ticket gelöst: {subj(n)}", {"cs": "windows-1252", "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<HM-240711-0318.{h('m30', 10)}@helpmatics.de.rsnl.nl>")),
                         ("In-Reply-To", Raw(f"<HM-240711-0318.{h('m18', 10)}@helpmatics.de.rsnl.nl>")),
                         ("References", Raw(f"{mid(n)} <HM-240711-0318.{h('m18', 10)}@helpmatics.de.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "HelpMatics Notification Service 8.4")],
                body=text(body, cs="windows-1252"))


@mail
def m31():
    n = 213
    d = D(7, 16, 17, 20, 2, "+0000")
    plain = """Hello,

Your case #04418723 has been resolved by Aisha Rahman.

Latest response:
"We sent a replacement battery pack (part BTRY-MC93-52MA) by courier yesterday,
DHL tracking JVGL0612345678901234. The store fitted it this morning and the
handheld now charges in the cradle and holds its charge through a full shift.
The old pack can go back in the same box with the prepaid return label."

If you need further help, simply reply to this e-mail within 72 hours and your
case will be reopened.

RSNL Customer Care
"""
    htm = page('<table width="600" style="font-family:Arial;font-size:14px"><tr><td style="border-top:4px solid #0a5;padding:16px">'
               + p2h(plain) + "</td></tr></table>")
    return dict(slug="sprinklr-case-resolved", product="Sprinklr Service 'Your case #... has been resolved' notification",
                kind="product", lang="en", event="resolved", issue_ref=n, vendor_ticket_id="04418723",
                note="resolved with a 72-hour reopen window; again only threading (References carries our Message-ID); "
                     "decoys: part BTRY-MC93-52MA, DHL tracking number",
                date=d, relay="mta-eu1.sprinklr.com", rpath="bounce-rsnl@mail.sprinklr.com", how=["!tag", "thread", "!title"],
                headers=[("From", SPR_FROM), ("To", Raw(OUR)), ("Subject", "Your case #04418723 has been resolved"),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<spr.{h('m31', 20)}@mail.sprinklr.com>")),
                         ("In-Reply-To", Raw(f"<spr.{h('m25', 20)}@mail.sprinklr.com>")),
                         ("References", Raw(f"{mid(n)} <spr.{h('m25', 20)}@mail.sprinklr.com>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cs="us-ascii", cte="7bit"), text(htm, "html", cte="base64"), f"SPR_{h('b31', 20)}"))


CARL_FROM = addr("GMAO RSNL France", "carl-noreply@fr.rsnl.nl")


@mail
def m32():
    n = 245
    d = D(7, 17, 9, 30, 15)
    body = f"""Bonjour,

Votre demande d'intervention a été enregistrée dans CARL Source.

{kv([("N° DI", "DI24-00612"), ("Libellé", subj(n)), ("Équipement", "CAI-LIL-03 / Clavier caisse 3"),
     ("Localisation", "FR-59 / LILLE EURALILLE / Zone caisses"), ("Demandeur", "helpdesk@ops.storedesk.example"),
     ("Priorité", "2 - Urgente (intervention < 24 h)"), ("Statut", "Attente validation"),
     ("Date souhaitée", "18/07/2024")], 17)}

Une fois validée, la DI sera transformée en ordre de travail (OT) et un
technicien vous sera affecté.

Consulter la DI : https://gmao.fr.rsnl.nl/carlsource/di?code=DI24-00612

--
Message automatique CARL Source - merci de ne pas répondre.
"""
    return dict(slug="carlsource-demande-intervention", product="CARL Source (CMMS) 'Nouvelle demande d'intervention' notification",
                kind="product", lang="fr", event="acknowledged", issue_ref=n, vendor_ticket_id="DI24-00612",
                note="CMMS work request (DI) registered, status 'Attente validation'; UTF-8 8bit plain; tag kept in subject "
                     "after the CARL prefix; decoys: equipment CAI-LIL-03, 'FR-59', '< 24 h', date",
                date=d, relay="gmao.fr.rsnl.nl", rpath="carl-noreply@fr.rsnl.nl", how=["tag", "!thread"],
                headers=[("From", CARL_FROM), ("To", Raw(OUR)),
                         ("Subject", f"[CARL] DI24-00612 - Nouvelle demande d'intervention - {subj(n)}", {"partial": True, "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<carl.DI24-00612.{h('m32', 12)}@gmao.fr.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(body, cte="8bit"))


@mail
def m33():
    d = D(7, 17, 10, 45, 0)
    rows = [("Ordine di servizio", "SO-2407-01183"), ("Cliente", "Supermercati Bianchi S.p.A."),
            ("Punto vendita", "Verona Borgo Trento, Via Nino Bixio 14, 37126 Verona"),
            ("Problema", "Receipt printer offline"), ("Priorità", "Alta"), ("Tecnico", "Luca Marchetti"),
            ("Appuntamento", "18/07/2024 08:30 - 10:30")]
    intro = ("Gentile cliente Supermercati Bianchi,\n\nle confermiamo la pianificazione dell'ordine di servizio "
             "indicato di seguito.")
    outro = ("Per modifiche all'appuntamento risponda a questa e-mail o chiami il numero 045 800 1290.\n\n"
             "Cordiali saluti\nRSNL Italia - Assistenza Tecnica")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + outro + "\n"
    htm = page(p2h(intro) + table(rows) + p2h(outro))
    return dict(slug="astea-ordine-altro-cliente", product="Astea Alliance service-order confirmation (misdirected)",
                kind="product", lang="it", event="ignore", issue_ref=None, vendor_ticket_id=None,
                note="genuine RSNL Italia mail about ANOTHER customer's service order (Supermercati Bianchi, Verona) sent to "
                     "us by mistake; the fault title 'Receipt printer offline' equals our STORE-202/232 titles but the store does "
                     "not match -> ignore",
                date=d, relay="alliance.it.rsnl.nl", rpath="alliance-noreply@it.rsnl.nl",
                headers=[("From", addr("RSNL Italia - Assistenza Tecnica", "alliance-noreply@it.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "Ordine di servizio SO-2407-01183 - Receipt printer offline - Supermercati Bianchi, Verona"),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<ASTEA.SO240701183.{h('m33', 10)}@alliance.it.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cte="base64"), text(htm, "html", cte="base64"), f"astea_{h('b33', 18)}"))


@mail
def m34():
    n = 216
    d = D(7, 17, 13, 0, 7, "+0000")
    rows = [("Job", "JOB-0041877"), ("Description", title(n)), ("Location", f"{store(n)}, Spui 70, 2511 BT Den Haag"),
            ("Date", "Thursday 25 July 2024"), ("Arrival window", "08:00 – 10:00"), ("Technician", "Lars Hendriks"),
            ("Customer PO", "4500213377")]
    what = ("What to expect: the technician will replace the fan module of the core switch in the back office "
            "(about 45 minutes network outage). Please make sure the server cupboard is accessible.")
    outro = ("Need to reschedule? Reply to this e-mail or call 070 204 8800.\n"
             "Track your technician on the day: https://rsnl.my.skedulo.com/track/JOB-0041877")
    plain = "Your appointment is confirmed\n\n" + kv(rows) + "\n\n" + what + "\n\n" + outro + "\n\nRSNL Field Scheduling\n"
    htm = page('<div style="max-width:560px;font-family:Helvetica,Arial"><h1 style="font-size:22px">Your appointment is confirmed</h1>'
               + table(rows) + p2h(what + "\n\n" + outro + "\n\nRSNL Field Scheduling") + "</div>")
    return dict(slug="skedulo-appointment-confirmed", product="Skedulo appointment-confirmation notification",
                kind="product", lang="en", event="update", issue_ref=n, vendor_ticket_id="JOB-0041877",
                note="visit planned; no tag and no threading, only title 'Network switch beeping' + store (Porto has the "
                     "same title); decoys: customer PO 4500213377, postcode 2511 BT, phone, arrival window",
                date=d, relay="mail.skedulo.com", rpath="bounce@skedulo.com", how=["!tag", "!thread", "title"],
                headers=[("From", addr("RSNL Field Scheduling", "notifications@skedulo.com")), ("To", Raw(OUR)),
                         ("Reply-To", addr("RSNL Planning", "planning@nl.rsnl.nl")),
                         ("Subject", f"Appointment confirmed: Thu 25 Jul, 08:00–10:00 – {store(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m34', 20)}@notifications.skedulo.com>"))],
                body=alt(text(plain), text(htm, "html"), f"sked-{h('b34', 22)}"))


def summit_html(header, rows, note):
    r = "\n".join(f'<tr><td style="background:#e8eef7;padding:4px 8px;border:1px solid #c5d0e0;width:200px">{html.escape(k)}</td>'
                  f'<td style="padding:4px 8px;border:1px solid #c5d0e0">{_inline(v)}</td></tr>' for k, v in rows)
    return page(f'<p style="font-size:13px">{header}</p>\n<table style="border-collapse:collapse;font-size:12px;'
                f'font-family:Tahoma,Verdana">\n{r}\n</table>\n<p style="font-size:12px">{note}</p>\n'
                '<p style="font-size:11px;color:#888">This is a system generated e-mail from SUMMIT. '
                'Please do not reply to this mail.</p>')


SUMMIT_FROM = addr("RSNL IT Service Desk", "summit@rsnl.symphonysummit.com")


@mail
def m35():
    n = 218
    d = D(7, 18, 12, 34, 10, "+0530")
    rows = [("Incident ID", "IM0124587"), ("Status", "New"), ("Logged Time", "18-07-2024 12:34 IST"),
            ("Priority", "P2"), ("Impact", "Single Site"), ("Urgency", "High"),
            ("Category", "Retail Applications > POS > Software Deployment"), ("Workgroup", "RSNL-L2-POS"),
            ("SLA Resolution Deadline", "19-07-2024 12:34 IST"), ("Symptom", subj(n)),
            ("Description", orig_body(n).replace("\n\n", "\n").replace("\n", " / ")),
            ("Related Change", "CR0008812 (POS 24.3 rollout wave 4)")]
    link = "https://rsnl.symphonysummit.com/Summit_SelfService/IM/IncidentDetails.aspx?TicketID=124587"
    htm = summit_html("Dear StoreDesk,<br><br>Your incident has been logged with the following details:", rows,
                      f'To update the incident, use the Self Service Portal: <a href="{link}">{link}</a>')
    return dict(slug="summit-incident-logged", product="Symphony SUMMIT ITSM 'Incident ... Logged' HTML table notification",
                kind="product", lang="en", event="acknowledged", issue_ref=n, vendor_ticket_id="IM0124587",
                note="HTML-only base64, Date in +0530; subject replaced, tag only in the Symptom row; portal link uses "
                     "TicketID=124587 without the IM0 prefix; decoys: related change CR0008812, version 24.3, SLA deadline",
                date=d, relay="smtp.symphonysummit.com", rpath="summit@rsnl.symphonysummit.com", how=["tag", "thread"],
                headers=[("From", SUMMIT_FROM), ("To", Raw(OUR)),
                         ("Subject", "SUMMIT – Incident IM0124587 Logged"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<SUMMIT.IM0124587.{h('m35', 12)}@rsnl.symphonysummit.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("Auto-Submitted", "auto-generated")],
                body=text(htm, "html", cte="base64"))


@mail
def m36():
    n = 246
    d = D(7, 18, 9, 20, 26)
    body = f"""Hei,

Takk for henvendelsen. Den er registrert hos oss med saksnummer 118833, og vil bli
behandlet av nettverksteamet vårt i prioritert rekkefølge. Normal svartid er
innen 8 arbeidstimer.

Ved svar, behold saksnummeret i emnefeltet.

Med vennlig hilsen
RSNL Norden Kundeservice
Telefon: +47 22 90 41 00
Org.nr. 918 332 471

-------- Opprinnelig melding --------
Fra: StoreDesk <helpdesk@ops.storedesk.example>
Sendt: 18.07.2024 09:00
Til: RSNL Support <support@rsnl.nl>
Emne: {subj(n)}

{orig_body(n)}
"""
    return dict(slug="puzzel-henvendelse-mottatt", product="Puzzel Case Management auto-reply 'Vi har mottatt henvendelsen din [Sak: ...]'",
                kind="product", lang="no", event="acknowledged", issue_ref=n, vendor_ticket_id="118833",
                note="Norwegian desk; subject replaced and no threading headers: our tag appears only in the quoted "
                     "'Emne:' line of the original; decoys: org.nr. 918 332 471, phone, '8 arbeidstimer'",
                date=d, relay="mail.puzzel.com", rpath="noreply@puzzel.com", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Norden Kundeservice", "kundeservice@no.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "Vi har mottatt henvendelsen din [Sak: 118833]"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<puzzel-{h('m36', 8)}-{h('m36a', 4)}-{h('m36b', 4)}-{h('m36c', 12)}@puzzel.com>")),
                         ("Auto-Submitted", "auto-replied")],
                body=text(body))


@mail
def m37():
    n = 243
    d = D(7, 18, 16, 10, 55)
    plain = f"""Hi,

The replacement battery (part BTRY-HS-4400) arrived in Meir this morning and I
fitted it myself while I was there for another call. The scanner charged to 100 %
in the cradle and has been in use for four hours without dropping below 80 %. The
old pack was swollen, so it has gone to recycling.

So from our side this is fixed - I've set RSNL ticket 2024-1543 to resolved. Let me
know if the store sees anything odd and I'll reopen it.

Cheers,
Noor

Noor Peeters | Field Engineer | RSNL Belgium
+32 3 286 40 12

On Mon, Jul 15, 2024 at 9:00 AM StoreDesk <helpdesk@ops.storedesk.example> wrote:

{quoted(n)}
"""
    top = plain.split("On Mon,")[0]
    htm = ('<div dir="ltr">' + p2h(top).replace("<p>", "<div>").replace("</p>", "</div><br>") +
           '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jul 15, 2024 at 9:00 AM StoreDesk '
           '&lt;<a href="mailto:helpdesk@ops.storedesk.example">helpdesk@ops.storedesk.example</a>&gt; wrote:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + "<br>".join(_inline(l) for l in orig_body(n).split("\n")) + "</blockquote></div>\n")
    return dict(slug="shortwave-battery-fitted", product="Shortwave (Google Workspace) reply from an RSNL Belgium field engineer",
                kind="client", lang="en", event="resolved", issue_ref=n, vendor_ticket_id="2024-1543",
                note="engineer says fixed and ticket set to resolved, offers to reopen; id 2024-1543 looks like a year; "
                     "Gmail-style quote; decoys: part BTRY-HS-4400, '100 %', '80 %', phone",
                date=d, relay="mail-wr1-f45.google.com", rpath="noor.peeters@be.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Noor Peeters", "noor.peeters@be.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<CAK{b62('m37', 40)}@mail.gmail.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Shortwave")],
                body=alt(text(plain), text(htm, "html"), f"000000000000{h('b37', 16)}"))


@mail
def m38():
    n = 219
    d = D(7, 19, 9, 45, 3)
    human = f"""Ihre Nachricht

    An: RSNL Support
    Betreff: {subj(n)}
    Gesendet: Freitag, 19. Juli 2024 09:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Freitag, 19. Juli 2024 09:44:51 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
"""
    mdn = f"""Reporting-UA: webapp.de.rsnl.nl; Kopano WebApp 6.0.1
Final-Recipient: rfc822;stefan.krueger@de.rsnl.nl
Original-Message-ID: {mid(n)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    body = multi("report", [text(human), raw_part("message/disposition-notification", mdn, "7bit")],
                 f"----=_KopanoMDN_{h('b38', 16)}", params="; report-type=disposition-notification")
    return dict(slug="kopano-gelesen-mdn", product="Kopano WebApp read receipt (MDN)",
                kind="client", lang="de", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="'Gelesen:' read receipt quoting our [STORE-219] subject and Message-ID: only says the mail was "
                     "displayed, no vendor statement -> ignore, issue_ref null",
                date=d, relay="mail.de.rsnl.nl", rpath="stefan.krueger@de.rsnl.nl",
                headers=[("From", addr("Stefan Krüger", "stefan.krueger@de.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", f"Gelesen: {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<kc.{h('m38', 24)}@webapp.de.rsnl.nl>")),
                         ("References", Raw(mid(n))), ("X-Mailer", "Kopano 8.7.25")],
                body=body)


@mail
def m39():
    n = 247
    d = D(7, 19, 13, 0, 41)
    rows = [("Serviceauftrag", "8004112"), ("Betreff", title(n)), ("Externe Referenz", "STORE-247"),
            ("Einsatzort", f"{store(n)}, Schildergasse 65–67, 50667 Köln"),
            ("Aktivität", "8004112/20 – Vor-Ort-Reparatur Bondrucker"),
            ("Techniker", "Jonas Becker (+49 171 442 9087)"), ("Termin", "Montag, 22.07.2024, 10:00–12:00 Uhr"),
            ("Material", "Papierführung (Mat.-Nr. 2147903), Andruckwalze (Mat.-Nr. 2147911)")]
    intro = "Guten Tag,\n\nfür Ihren Serviceauftrag wurde ein Einsatz geplant."
    outro = ("Der Techniker meldet sich ca. 30 Minuten vor Ankunft telefonisch in der Filiale.\n\n"
             "Mit freundlichen Grüßen\nRSNL Deutschland GmbH – Field Service")
    plain = intro + "\n\n" + kv(rows) + "\n\n" + outro + "\n"
    htm = page('<div style="font-family:72,Arial,sans-serif;font-size:14px"><div style="background:#354a5f;color:#fff;'
               'padding:10px">SAP Field Service Management</div>' + p2h(intro) + table(rows) + p2h(outro) + "</div>")
    return dict(slug="sapfsm-einsatz-geplant", product="SAP Field Service Management 'Einsatz geplant' notification",
                kind="product", lang="de", event="update", issue_ref=n, vendor_ticket_id="8004112",
                note="visit planned; subject replaced, no threading, tag only as 'Externe Referenz: STORE-247'; "
                     "decoys: activity 8004112/20 (contains the id), material numbers, postcode 50667, mobile number",
                date=d, relay="mail.eu.fsm.cloud.sap", rpath="no-reply@eu.fsm.cloud.sap", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Außendienst", "no-reply@eu.fsm.cloud.sap")), ("To", Raw(OUR)),
                         ("Reply-To", addr("RSNL Disposition", "dispo@de.rsnl.nl")),
                         ("Subject", f"Einsatz geplant: Serviceauftrag 8004112 – {title(n)}", {"enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<fsm.{h('m39', 24)}@eu.fsm.cloud.sap>"))],
                body=alt(text(plain), text(htm, "html"), f"fsm_{h('b39', 22)}"))


@mail
def m40():
    n = 244
    d = D(7, 19, 15, 30, 9)
    plain = f"""Buongiorno,

vi aggiorno sulla pratica IT-PC-2407-118: il price checker di Gent è tornato
online dopo il reset di fabbrica di ieri, ma stamattina alle 7:40 si è di nuovo
scollegato dalla rete. Dai log risulta che perde il lease DHCP (IP 10.44.18.201).
Quindi purtroppo il difetto non è risolto.

Abbiamo chiesto al negozio di lasciarlo acceso con il cavo di rete al posto del
Wi-Fi fino a lunedì; nel frattempo verifichiamo il firmware 5.3.0 in laboratorio.

Cordiali saluti,
Giulia Romano
RSNL Italia S.r.l. — Laboratorio firmware
Via Gallarate 184, 20151 Milano
Tel. +39 02 3809 4410

Sent with Canary

Il giorno mar 16 lug 2024 alle 09:00 StoreDesk <helpdesk@ops.storedesk.example> ha scritto:
{quoted(n)}
"""
    htm = page(p2h(plain), style="font-family:-apple-system,Helvetica;font-size:14px")
    return dict(slug="canary-difetto-non-risolto", product="Canary Mail reply from the RSNL Italia firmware lab",
                kind="client", lang="it", event="update", issue_ref=n, vendor_ticket_id="IT-PC-2407-118",
                note="subject rewritten by hand without tag ('Price checker Gent – aggiornamento'); issue named by threading "
                     "and the quoted title + store; 'il difetto non è risolto' after a temporary fix; "
                     "decoys: IP 10.44.18.201, firmware 5.3.0, postcode 20151",
                date=d, relay="mail.it.rsnl.nl", rpath="giulia.romano@it.rsnl.nl", how=["!tag", "thread", "title"],
                headers=[("From", addr("Giulia Romano", "giulia.romano@it.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "Price checker Gent – aggiornamento"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m40', 8).upper()}-{h('m40a', 4).upper()}-{h('m40b', 4).upper()}-{h('m40c', 12).upper()}@canarymail.io>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Canary Mail for macOS 4.52")],
                body=alt(text(plain), text(htm, "html", cte="base64"), f"Apple-Mail-{h('b40', 8).upper()}"))


@mail
def m41():
    n = 240
    d = D(7, 19, 17, 5, 20)
    body = f"""Guten Tag,

die Waage in Den Haag wurde am Mittwoch von unserem Kollegen aus Rotterdam neu
geeicht (Eichmarke 24-NL-0771 angebracht), die Filiale hat heute bestätigt, dass
die Gewichte stimmen. Ich schließe damit unseren Vorgang W-24-00871.

Hinweis: Der Vorgang W-24-00845 war ein Duplikat Ihrer Meldung und wurde bereits
am 13.07. zusammengeführt.

Mit freundlichen Grüßen

Klaus Hoffmann
RSNL Waagen-Kompetenzzentrum
Tel. +49 2131 66 19-42


On 12 Jul 2024 at 9:00, StoreDesk wrote:

{quoted(n)}
"""
    return dict(slug="pegasusmail-vorgang-geschlossen", product="Pegasus Mail for Windows reply from the RSNL scales centre",
                kind="client", lang="de", event="closed", issue_ref=n, vendor_ticket_id="W-24-00871",
                note="human closure after the store confirmed; decoy: duplicate ticket W-24-00845 merged earlier, "
                     "calibration mark 24-NL-0771, phone; ISO-8859-1 QP",
                date=d, relay="mail.waagen.de.rsnl.nl", rpath="k.hoffmann@waagen.de.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Klaus Hoffmann", "k.hoffmann@waagen.de.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<669A{h('m41', 4).upper()}.{h('m41a', 4).upper()}.{h('m41b', 6).upper()}@waagen.de.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Priority", "normal"), ("X-mailer", "Pegasus Mail for Windows (4.80.1028)")],
                body=text(body, cs="ISO-8859-1", quote_cs=False))


@mail
def m42():
    d = D(7, 22, 8, 5, 14)
    trk = f"https://trk.lemlist.com/api/c/{b62('m42', 24)}"
    plain = f"""Bonjour,

Je me permets de vous écrire car j'ai vu que StoreDesk gère le support de
plusieurs enseignes, dont le magasin de Lille Euralille.

Chez ProxiCaisse, nos techniciens interviennent en moins de 4 h sur les caisses,
TPE et imprimantes, toutes marques confondues - y compris le matériel RSNL.
Nos clients réduisent en moyenne de 38 % le temps d'indisponibilité de leurs caisses.

Seriez-vous disponible 15 minutes jeudi ou vendredi pour en parler ?

Bien à vous,

Camille Dubois
Responsable grands comptes | ProxiCaisse
06 12 48 90 33 | {trk}

Si vous ne souhaitez plus recevoir d'e-mails de ma part, répondez simplement "stop".
"""
    htm = page(p2h(plain).replace(trk, "proxicaisse.fr") +
               f'<img src="https://trk.lemlist.com/api/o/{b62("m42o", 24)}" width="1" height="1" alt="">',
               style="font-family:Arial;font-size:14px")
    return dict(slug="lemlist-prospection-proxicaisse", product="lemlist cold-outreach e-mail from a stranger",
                kind="product", lang="fr", event="ignore", issue_ref=None, vendor_ticket_id=None,
                note="unsolicited sales mail from an unrelated company; names one of our stores and RSNL hardware but is "
                     "not from the vendor; tracking pixel and lemlist links",
                date=d, relay="mail-ej1-f53.google.com", rpath="camille@proxicaisse.fr",
                headers=[("From", addr("Camille Dubois", "camille@proxicaisse.fr")), ("To", Raw(OUR)),
                         ("Subject", "StoreDesk x ProxiCaisse : vos caisses à Lille ?", {"enc": "Q"}), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<CAH{b62('m42', 40)}@mail.gmail.com>")),
                         ("X-Lemlist-Campaign", Raw(f"cam_{b62('m42c', 17)}"))],
                body=alt(text(plain), text(htm, "html"), f"000000000000{h('b42', 16)}"))


@mail
def m43():
    n = 250
    d = D(7, 22, 11, 0, 36)
    plain = f"""Buongiorno,

ho preso in carico la segnalazione: la stampante cucina di Utrecht è una delle
unità con scheda Ethernet del lotto 2311 che seguiamo noi da Milano. Trovate il
riferimento della pratica qui sotto, vi chiedo di citarlo nelle prossime mail.

Riferimento: TKT-IT-24/0391

Nel pomeriggio mi collego in remoto alla stampante (IP fisso 192.168.20.45, se
non è cambiato) e vi faccio sapere.

Saluti,
Marco Bellini
RSNL Italia – Supporto stampanti

Il 22 luglio 2024 alle 09:00:00, StoreDesk (helpdesk@ops.storedesk.example) ha scritto:
{quoted(n)}
"""
    top = plain.split("Il 22 luglio")[0]
    htm = page('<div id="bloop_customfont" style="font-family:Helvetica,Arial;font-size:13px">' + p2h(top) + "</div>"
               '<div class="airmail_on">Il 22 luglio 2024 alle 09:00:00, StoreDesk (helpdesk@ops.storedesk.example) ha scritto:</div>'
               '<blockquote type="cite" class="clean_bq">' + "<br>".join(_inline(l) for l in orig_body(n).split("\n")) + "</blockquote>")
    return dict(slug="airmail-presa-in-carico", product="Airmail for Mac reply from RSNL Italia printer support",
                kind="client", lang="it", event="acknowledged", issue_ref=n, vendor_ticket_id="TKT-IT-24/0391",
                note="human acknowledgement giving a reference with a slash; also announces a remote check (still an ack); "
                     "decoys: 'lotto 2311', IP 192.168.20.45",
                date=d, relay="mail.it.rsnl.nl", rpath="marco.bellini@it.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Marco Bellini", "marco.bellini@it.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<etPan.{h('m43', 8)}.{h('m43a', 8)}.{h('m43b', 4)}@it.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Airmail (700)")],
                body=alt(text(plain), text(htm, "html"), f"{h('b43', 8)}_{h('b43a', 8)}_{h('b43b', 4)}"))


@mail
def m44():
    n = 221
    d = D(7, 22, 14, 40, 0)
    comment = ("Purge manuelle des enregistrements de plus de 30 jours effectuée : le disque est passé de 100 % à 82 %. "
               "Le disque 2 (4 To) remonte des secteurs défectueux, son remplacement est nécessaire. "
               "Pièce commandée (commande d'achat PO-FR-24-1187), en attente de livraison.")
    plain = (f"Thomas L. a commenté l'intervention #58321 « {title(n)} – {store(n)} »\n\n« {comment} »\n\n"
             "Statut : En cours\nPriorité : Moyenne\n\nVoir l'intervention : https://app.mobility-work.com/interventions/58321\n\n"
             "Vous recevez cet e-mail car vous suivez cette intervention sur Mobility Work.\n")
    htm = page('<div style="max-width:600px;font-family:Lato,Arial"><p><b>Thomas L.</b> a commenté l\'intervention '
               f'<a href="https://app.mobility-work.com/interventions/58321">#58321 « {html.escape(title(n))} – {html.escape(store(n))} »</a></p>'
               f'<div style="background:#f4f6f8;padding:12px;border-radius:6px">{html.escape(comment)}</div>'
               "<p>Statut : <b>En cours</b><br>Priorité : Moyenne</p>"
               '<p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous suivez cette intervention sur Mobility Work.</p></div>')
    return dict(slug="mobilitywork-commentaire-intervention", product="Mobility Work (CMMS) 'Nouveau commentaire' notification",
                kind="product", lang="fr", event="update", issue_ref=n, vendor_ticket_id="58321",
                note="partial work, part on order; no tag and no threading: title 'CCTV recorder full' + store only; "
                     "decoys: purchase order PO-FR-24-1187, '100 % à 82 %', '30 jours', '4 To'",
                date=d, relay="mail.mobility-work.com", rpath="bounce@mobility-work.com", how=["!tag", "!thread", "title"],
                headers=[("From", addr("RSNL France via Mobility Work", "notifications@mobility-work.com")), ("To", Raw(OUR)),
                         ("Subject", f"Nouveau commentaire sur l'intervention #58321 - {title(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m44', 24)}@mobility-work.com>"))],
                body=alt(text(plain, cte="8bit"), text(htm, "html", cte="base64"), f"mw_{h('b44', 20)}"))


@mail
def m45():
    d = D(7, 23, 10, 20, 11)
    extra = ("Afsluitcode: OPGL - Opgelost, onderdeel vervangen\n"
             "Uitgevoerde werkzaamheden: printkop vervangen (art. 103-7781), labelrollen\n"
             "vervangen door het juiste type; testafdruk 50 labels in orde. Winkel is geïnformeerd.\n"
             "Gereed gemeld: 11-07-2024 14:35 / Gesloten: 23-07-2024 10:20")
    return dict(slug="hxgneam-werkorder-gesloten", product="HxGN EAM (Infor EAM) work-order status e-mail",
                kind="product", lang="nl", event="closed", issue_ref=237, vendor_ticket_id="10447215",
                note="status 'Gesloten (was: Gereed)' with closing code; ISO-8859-15 QP; tag only as 'Referentie klant'; "
                     "decoys: related WO 10446980, article 103-7781, '50 labels', dates",
                date=d, relay="eam.nl.rsnl.nl", rpath="eam-noreply@nl.rsnl.nl", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Servicebeheer", "eam-noreply@nl.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "Werkorder 10447215 - status gewijzigd naar Gesloten"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<EAM.WO10447215.{h('m45', 12)}@eam.nl.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(eam_body("Gesloten (was: Gereed)", extra), cs="iso-8859-15"))


@mail
def m46():
    n = 222
    d = D(7, 24, 9, 15, 48, "+0100")
    body = f"""Bom dia,

Estive hoje na loja de Santa Catarina. O ecrã táctil da caixa 1 estava
descalibrado depois da atualização do driver (versão 7.2.14). Reinstalei o
driver 7.2.11, fiz a calibração de 9 pontos e testei com a operadora durante
meia hora sem desvios. Está resolvido.

Se voltar a acontecer digam-me e abro nova ocorrência; esta fica com o
n.º PT-OC-5512 para referência.

Rui

Enviado do meu dispositivo Android com o BlueMail

Em 22 de jul. de 2024, às 08:00, StoreDesk <helpdesk@ops.storedesk.example> escreveu:
{quoted(n)}
"""
    return dict(slug="bluemail-ecra-calibrado", product="BlueMail for Android reply from an RSNL Portugal technician",
                kind="client", lang="pt", event="resolved", issue_ref=n, vendor_ticket_id="PT-OC-5512",
                note="plain text base64 from a phone; 'Está resolvido', mentions opening a NEW occurrence if it recurs "
                     "(not a closure); decoys: driver versions 7.2.14/7.2.11, '9 pontos'",
                date=d, relay="mail.pt.rsnl.nl", rpath="rui.carvalho@pt.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Rui Carvalho", "rui.carvalho@pt.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m46', 8)}-{h('m46a', 4)}-{h('m46b', 4)}-{h('m46c', 12)}@pt.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "BlueMail for Android 1.9.8.51")],
                body=text(body, cte="base64"))


@mail
def m47():
    n = 223
    d = D(7, 24, 11, 30, 5)
    body = f"""Hallo zusammen,

kurzer Zwischenstand zu unserem Ticket RS-DE-30977: Der IPsec-Tunnel der Filiale
Schildergasse ist seit heute 06:12 Uhr wieder aufgebaut, bricht aber alle 20–40
Minuten ab (DPD-Timeout). Die Ursache liegt nach unserer Analyse auf der
DSL-Strecke; wir haben beim Provider eine Störung eröffnet
(Telekom-Störungsnummer 0815-447-1902). Bis zur Klärung läuft die Filiale über
das LTE-Backup, Kartenzahlung ist möglich.

Wir melden uns, sobald der Provider die Leitung durchgemessen hat.

Viele Grüße
Andreas Schulz
RSNL Network Operations Center Köln
+49 221 998877-310

Am 23.07.24 um 09:00 schrieb StoreDesk:
{quoted(n)}
"""
    return dict(slug="betterbird-tunnel-instabil", product="Betterbird 115 plain-text reply from the RSNL NOC",
                kind="client", lang="de", event="update", issue_ref=n, vendor_ticket_id="RS-DE-30977",
                note="partly restored, still unstable, provider involved -> update; decoy: third-party Telekom fault number "
                     "0815-447-1902, '20–40 Minuten'; UTF-8 8bit format=flowed",
                date=d, relay="smtp.de.rsnl.nl", rpath="andreas.schulz@noc.de.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Andreas Schulz", "andreas.schulz@noc.de.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n), {"partial": True, "enc": "Q"}), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m47', 8)}-{h('m47a', 4)}-{h('m47b', 4)}-{h('m47c', 4)}-{h('m47d', 12)}@noc.de.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Betterbird/115.12.0"),
                         ("Content-Language", "de-DE")],
                body=text(body, cte="8bit", params="; format=flowed", quote_cs=False))


@mail
def m48():
    n = 245
    d = D(7, 24, 16, 0, 2)
    body = f"""Bonjour,

La demande d'intervention ci-dessous a été clôturée.

{kv([("N° DI", "DI24-00612"), ("Libellé", subj(n)), ("Statut", "Clôturée"),
     ("OT associé", "OT24-01377 (soldé le 23/07/2024)"),
     ("Travaux réalisés", "remplacement du clavier caisse (réf. KB-POS-78-FR), test des 78 touches"),
     ("Date de clôture", "24/07/2024 16:00")], 19)}

Consulter la DI : https://gmao.fr.rsnl.nl/carlsource/di?code=DI24-00612

--
Message automatique CARL Source - merci de ne pas répondre.
"""
    return dict(slug="carlsource-demande-cloturee", product="CARL Source (CMMS) 'Demande d'intervention clôturée' notification",
                kind="product", lang="fr", event="closed", issue_ref=n, vendor_ticket_id="DI24-00612",
                note="request closed; decoy: the linked work order OT24-01377 'soldé' is a child record, the id stays the DI "
                     "given in the acknowledgement; tag only in the Libellé field; decoys: ref KB-POS-78-FR, '78 touches'",
                date=d, relay="gmao.fr.rsnl.nl", rpath="carl-noreply@fr.rsnl.nl", how=["tag", "!thread"],
                headers=[("From", CARL_FROM), ("To", Raw(OUR)),
                         ("Subject", "[CARL] DI24-00612 - Demande d'intervention clôturée", {"partial": True, "enc": "Q"}),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<carl.DI24-00612.{h('m48', 12)}@gmao.fr.rsnl.nl>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(body, cte="8bit"))


@mail
def m49():
    n = 253
    d = D(7, 25, 9, 1, 2)
    plain = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 09.08.2024 nicht im Büro. Ihre Nachricht wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Service
Desk unter support@rsnl.nl oder +49 221 998877-0.

Thank you for your message. I am out of the office until 9 August 2024.

Petra Lange
"""
    htm = page(p2h(plain), style="font-family:Calibri,sans-serif;font-size:11pt")
    return dict(slug="grommunio-abwesenheitsnotiz", product="grommunio automatic reply (out of office)",
                kind="client", lang="de", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="out-of-office of an RSNL staff member on the support@ list, threaded to our STORE-253 mail and quoting "
                     "its tag in the subject; says nothing about the fault -> ignore, issue_ref null; bilingual de/en",
                date=d, relay="mail.de.rsnl.nl", rpath="",
                headers=[("From", addr("Petra Lange", "petra.lange@de.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", f"Automatische Antwort: {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<gromox.{h('m49', 10)}.{h('m49a', 6)}@mail.de.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-Mailer", "gromox-delivery")],
                body=alt(text(plain), text(htm, "html"), f"grommunio-{h('b49', 18)}"))


@mail
def m50():
    n = 225
    d = D(7, 25, 10, 10, 17)
    plain = f"""Goedemorgen,

Je melding over de UPS is bij ons binnen en ik heb er werkorder WB-24-3317 van
gemaakt voor het energieteam. Volgens de monitoring piept de UPS (serienr.
AS2219338471) omdat de automatische batterijtest faalt; de batterijset RBC7 is
vermoedelijk aan vervanging toe. We plannen dat in en laten het tijdstip weten.

Tot die tijd mag het alarm gedempt worden met de knop op het display, de UPS werkt
gewoon door.

Met vriendelijke groet,
Erik van Dijk
RSNL B.V. | Power & Infra

Op 25-7-2024 9:00:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:
{quoted(n)}
"""
    top = plain.split("Op 25-7-2024")[0]
    htm = page('<div>' + p2h(top) + '<p style="font-size:10px;color:#999">Sent with '
               '<a href="https://www.getmailbird.com/?utm_source=mailbird&amp;utm_medium=email">Mailbird</a></p></div>'
               '<div class="mb_quote">Op 25-7-2024 9:00:00 schreef StoreDesk &lt;helpdesk@ops.storedesk.example&gt;:</div>'
               '<blockquote style="border-left:1px solid #ccc;padding-left:8px">'
               + "<br>".join(_inline(l) for l in orig_body(n).split("\n")) + "</blockquote>",
               style="font-family:Segoe UI;font-size:10pt")
    return dict(slug="mailbird-werkorder-aangemaakt", product="Mailbird (Windows) reply from an RSNL power engineer",
                kind="client", lang="nl", event="acknowledged", issue_ref=n, vendor_ticket_id="WB-24-3317",
                note="human acknowledgement: 'ik heb er werkorder WB-24-3317 van gemaakt' plus a first diagnosis and a "
                     "promise to plan; decoys: UPS serial AS2219338471, battery set RBC7",
                date=d, relay="smtp.nl.rsnl.nl", rpath="erik.vandijk@nl.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Erik van Dijk", "erik.vandijk@nl.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m50', 8)}.{h('m50a', 8)}@getmailbird.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("User-Agent", "Mailbird/3.0.15.0")],
                body=alt(text(plain), text(htm, "html"), f"__MailbirdMimeBoundary_{b62('b50', 24)}"))


@mail
def m51():
    n = 252
    d = D(7, 25, 9, 45, 30, "-0400")
    link = "https://rsnl.assetessentials.com/WorkOrders/Details/738215"
    rows = [("Status", "On Hold - Awaiting Parts (previously: In Progress)"), ("Description", subj(n)),
            ("Site", f"NL - {store(n)}"), ("Asset", "TILL-DHS-01 (Serial 7Q19K22041)"), ("Requested By", "StoreDesk"),
            ("Assigned To", "NL Field Team South")]
    comment = ("Recalibration did not hold; the digitizer is delaminating at the lower edge. Replacement touch panel "
               "(P/N TP-15-8831) ordered, ETA 2 working days.")
    plain = ("The following work order has been updated.\n\n" + kv(rows) + "\n\nComments:\n" + comment +
             f"\n\nView Work Order: {link}\n\nThis message was sent by Brightly Asset Essentials on behalf of RSNL Facilities.\n")
    htm = page('<div style="max-width:600px;font-family:Arial"><h3>The following work order has been updated.</h3>' + table(rows)
               + f"<p><b>Comments:</b><br>{html.escape(comment)}</p>"
               f'<p><a href="{link}" style="background:#ef7d00;color:#fff;padding:8px 14px;text-decoration:none">View Work Order</a></p>'
               '<p style="font-size:11px;color:#888">This message was sent by Brightly Asset Essentials on behalf of RSNL Facilities.</p></div>')
    return dict(slug="assetessentials-wo-on-hold", product="Brightly Asset Essentials work-order status update",
                kind="product", lang="en", event="update", issue_ref=n, vendor_ticket_id="738215",
                note="the work-order number appears only in the 'View Work Order' URL; status On Hold - Awaiting Parts; "
                     "US-East Date; subject replaced, tag in Description; decoys: serial 7Q19K22041, P/N TP-15-8831",
                date=d, relay="smtp.brightlysoftware.com", rpath="bounce@brightlysoftware.com", how=["tag", "!thread"],
                headers=[("From", addr("RSNL Facilities (via Asset Essentials)", "donotreply@brightlysoftware.com")), ("To", Raw(OUR)),
                         ("Subject", "Work Order Status Update: On Hold - Awaiting Parts"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m51', 8)}-{h('m51a', 4)}-{h('m51b', 4)}-{h('m51c', 4)}-{h('m51d', 12)}@brightlysoftware.com>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain), text(htm, "html"), f"bas_{h('b51', 20)}"))


@mail
def m52():
    n = 218
    d = D(7, 26, 11, 31, 44, "+0530")
    rows = [("Incident ID", "IM0124587"), ("Status", "Closed"), ("Closure Type", "Auto-closed (no response in 3 days)"),
            ("Symptom", subj(n)),
            ("Resolution", "Rolled back the POS client to 24.2.7 and re-ran the 24.3.1 deployment package with the "
                           "corrected pre-requisite check. Tills 2 and 4 updated successfully and were tested with a sale."),
            ("Resolved Time", "22-07-2024 16:05 IST"), ("Closed Time", "26-07-2024 11:31 IST"),
            ("Related Change", "CR0008812 (POS 24.3 rollout wave 4)")]
    htm = summit_html("Dear StoreDesk,<br><br>The incident below has been <b>closed</b>.", rows,
                      'Please rate our service: <a href="https://rsnl.symphonysummit.com/Summit_SelfService/Feedback.aspx?TicketID=124587">'
                      "Give feedback</a>")
    return dict(slug="summit-incident-closed", product="Symphony SUMMIT ITSM 'Incident ... Closed' HTML table notification",
                kind="product", lang="en", event="closed", issue_ref=n, vendor_ticket_id="IM0124587",
                note="auto-closed 3 days after resolution, no threading headers; tag only in the Symptom row; "
                     "Groningen issue with the same title as STORE-248 (Madrid) in the next mail; decoys: versions 24.2.7 / "
                     "24.3.1, change CR0008812",
                date=d, relay="smtp.symphonysummit.com", rpath="summit@rsnl.symphonysummit.com", how=["tag", "!thread"],
                headers=[("From", SUMMIT_FROM), ("To", Raw(OUR)),
                         ("Subject", "SUMMIT – Incident IM0124587 Closed"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<SUMMIT.IM0124587.{h('m52', 12)}@rsnl.symphonysummit.com>")),
                         ("Auto-Submitted", "auto-generated")],
                body=text(htm, "html", cte="base64"))


@mail
def m53():
    n = 248
    d = D(7, 26, 4, 0, 27, "-0500")
    rows = [("Resumen", f"{title(n)} - {store(n)}"), ("Tipo", "Incidente"), ("Prioridad", "2-Alta"),
            ("Grupo", "Aplicaciones TPV"), ("Motivo de cierre", "Solucionado - confirmado por el cliente"),
            ("Fecha de apertura", "20/07/2024 09:14"), ("Fecha de cierre", "26/07/2024 11:00")]
    sol = ("Se reinstaló el paquete de actualización 24.3.1 tras liberar espacio en la partición de sistema; "
           "la caja 2 arranca con la nueva versión.")
    intro = "Estimado/a StoreDesk:\n\nLe informamos de que el ticket 200417 ha pasado al estado Cerrado."
    outro = ("Si el problema vuelve a producirse, abra un nuevo ticket haciendo referencia al 200417.\n\n"
             "Mesa de Servicio RSNL Ibérica\nTel. +34 91 748 33 00")
    plain = intro + "\n\n" + kv(rows) + "\n\nSolución:\n" + sol + "\n\n" + outro + "\n"
    htm = page(p2h(intro) + table(rows) + f"<p><b>Solución:</b><br>{html.escape(sol)}</p>" + p2h(outro), "iso-8859-1")
    return dict(slug="serviceaide-ticket-cerrado", product="Serviceaide Cloud Service Management 'Ticket ... cerrado' notification",
                kind="product", lang="es", event="closed", issue_ref=n, vendor_ticket_id="200417",
                note="closed after customer confirmation; no tag, no threading: title + store only, and the same title "
                     "belongs to STORE-218 (Groningen); ISO-8859-1 QP; Date in -0500; decoys: version 24.3.1, dates",
                date=d, relay="mail.serviceaide.com", rpath="bounce@rsnl.serviceaide.com", how=["!tag", "!thread", "title"],
                headers=[("From", addr("Mesa de Servicio RSNL Ibérica", "servicedesk@rsnl.serviceaide.com", "iso-8859-1")),
                         ("To", Raw(OUR)), ("Subject", f"Ticket 200417 cerrado: {title(n)} - {store(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<CSM.200417.{h('m53', 14)}@rsnl.serviceaide.com>")),
                         ("Auto-Submitted", "auto-generated")],
                body=alt(text(plain, cs="iso-8859-1"), text(htm, "html", cs="iso-8859-1"), f"csm_{h('b53', 20)}"))


@mail
def m54():
    n = 254
    d = D(7, 26, 14, 0, 50)
    plain = f"""Hoi,

Ik heb op afstand naar het ESL-systeem in Groningen gekeken. Het basisstation in
het plafond bij kassa 1 is offline (laatste contact 25-07 22:14), daardoor krijgen
ruim 1.800 labels geen updates meer en vallen ze na een tijd op blanco.

Een monteur komt dinsdag 30 juli tussen 7:00 en 9:00, vóór opening, om het
basisstation te vervangen. Werkbon 2607-118 staat op zijn naam.

Groet,
Jeroen Bos
RSNL B.V. - Store Systems

On Fri, Jul 26, 2024 at 09:00, StoreDesk <helpdesk@ops.storedesk.example> wrote:
{quoted(n)}
"""
    htm = page(p2h(plain), style="font-family:Cantarell,sans-serif")
    return dict(slug="geary-monteur-dinsdag", product="GNOME Geary reply from an RSNL store-systems engineer",
                kind="client", lang="nl", event="update", issue_ref=n, vendor_ticket_id="2607-118",
                note="visit planned; work-order number 2607-118 looks like a date (26-07); decoys: '25-07 22:14', '1.800 labels', "
                     "times",
                date=d, relay="smtp.nl.rsnl.nl", rpath="jeroen.bos@nl.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Jeroen Bos", "jeroen.bos@nl.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{b62('m54', 6)}.{h('m54', 8)}.{b62('m54b', 6)}@nl.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("X-Mailer", "Geary/44.1")],
                body=alt(text(plain), text(htm, "html"), f"=-{b62('b54', 20)}"))


@mail
def m55():
    n = 227
    d = D(7, 27, 9, 0, 38)
    body = """Ik ben met vakantie tot en met maandag 12 augustus en lees mijn mail niet.
Voor storingen: support@rsnl.nl of 088 776 5400.

I am on holiday until Monday 12 August and not reading e-mail.
For faults please use support@rsnl.nl or +31 88 776 5400.

Bas Kuipers
"""
    return dict(slug="sieve-vakantie-autoreply", product="Dovecot Pigeonhole Sieve vacation auto-reply",
                kind="client", lang="nl", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="'Auto:' vacation reply (Auto-Submitted: auto-replied) from an RSNL engineer, threaded to our STORE-227 "
                     "mail and repeating its tag; no statement about the fault -> ignore, issue_ref null; bilingual nl/en",
                date=d, relay="mail.service.rsnl.nl", rpath="",
                headers=[("From", addr("Bas Kuipers", "b.kuipers@service.rsnl.nl")), ("To", Raw(f"<{OURADDR}>")),
                         ("Subject", f"Auto: {subj(n)}"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<dovecot-sieve-1722063638-{int(h('m55', 6), 16)}-0@mail.service.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
                body=text(body))


@mail
def m56():
    n = 226
    d = D(7, 29, 8, 12, 33)
    link = "https://rsnl.nl.portal-verify.com/login?ticket=RS-77120&session=9f2e1c"
    htm = page(f"""<table width="600" style="font-family:Arial;font-size:14px"><tr><td style="background:#0b3c5d;color:#fff;padding:12px">
<b>RSNL Service Portal</b></td></tr><tr><td style="padding:16px">
<p>Dear customer,</p>
<p>Your ticket <b>#RS-77120</b> regarding <i>{html.escape(subj(n))}</i> is on hold pending verification of your
service contract. Engineers cannot be dispatched until the verification is completed.</p>
<p>Please log in to the RSNL customer portal within <b>24 hours</b> to avoid suspension of your service level:</p>
<p><a href="{link}" style="background:#e63946;color:#fff;padding:10px 16px;text-decoration:none">Verify account now</a></p>
<p>Kind regards,<br>RSNL Support Team</p>
<p style="font-size:10px;color:#999">RSNL B.V. | This is an automated message.</p>
</td></tr></table>""")
    return dict(slug="phishing-rnsl-lookalike", product="phishing via Swift Mailer from the lookalike domain rnsl.nl",
                kind="product", lang="en", event="ignore", issue_ref=None, vendor_ticket_id=None, concerns=n,
                note="From support@rnsl.nl (letters swapped), Reply-To on another domain, References our STORE-226 mail and "
                     "copies its subject, invents ticket #RS-77120 and a credential-harvesting link; SPF/DKIM fail -> ignore",
                date=d, relay="vps-48213.hosting-cheap.example", rpath="www-data@vps-48213.hosting-cheap.example",
                headers=[("Authentication-Results", Raw("mx1.ops.storedesk.example; spf=softfail smtp.mailfrom=rnsl.nl;"
                                                        f"{CRLF}\tdkim=none; dmarc=fail header.from=rnsl.nl")),
                         ("From", addr("RSNL Support", "support@rnsl.nl")), ("To", Raw(OUR)),
                         ("Reply-To", addr("RSNL Billing", "billing@rnsl-portal.com")),
                         ("Subject", f"{re_subj(n)} - Action required"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m56', 32)}@rnsl.nl>")), ("References", Raw(mid(n))),
                         ("X-Mailer", "Swift Mailer 5.4.12"), ("X-Priority", "1 (Highest)")],
                body=text(htm, "html", cte="base64"))


@mail
def m57():
    n = 227
    d = D(7, 29, 10, 30, 12)
    plain = f"""Hi StoreDesk team,

Quick update on till 2 in Lijnbaan. We pulled the event log remotely: 14 unexpected
restarts since Saturday, all logged as Kernel-Power 41 without a bugcheck code, which
usually points at power rather than software. Our engineer Bas is on leave this
week, so before we send someone else out, could the store please:

1. Plug the till into a different wall socket (not the power strip under the counter).
2. Tell us whether the restarts coincide with the bake-off oven or coffee machine
   being switched on.

We'll keep the ticket on "Waiting on customer" until we hear back.

Best,
Lotte de Jong
RSNL Support — Store Systems

On Sat, Jul 27, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:
{quoted(n)}
"""
    top = plain.split("On Sat,")[0]
    htm = page('<div>' + p2h(top) + '</div><div class="front-blockquote">On Sat, Jul 27, 2024 at 9:00 AM, StoreDesk '
               '&lt;helpdesk@ops.storedesk.example&gt; wrote:<blockquote>' + "<br>".join(_inline(l) for l in orig_body(n).split("\n"))
               + "</blockquote></div>", style="font-family:Helvetica;font-size:14px")
    return dict(slug="front-waiting-on-customer", product="Front shared inbox reply with ticket ID in the subject",
                kind="client", lang="en", event="update", issue_ref=n, vendor_ticket_id="RSNL-8841",
                note="agent asks the store two questions; Front appended its ticket id '[#RSNL-8841]' after our subject; "
                     "refers to the engineer whose vacation reply came earlier; decoys: 'Kernel-Power 41', '14 unexpected restarts'",
                date=d, relay="mail.frontapp.com", rpath="bounce+rsnl@frontapp.com", how=["tag", "thread"],
                headers=[("From", addr("Lotte de Jong", "support@rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", f"{re_subj(n)} [#RSNL-8841]"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m57', 24)}@frontapp.com>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n)))],
                body=alt(text(plain), text(htm, "html"), f"front-{h('b57', 24)}"))


@mail
def m58():
    n = 255
    d = D(7, 30, 9, 50, 8)
    body = f"""Hej,

Vi har skiftet batterimodulet i UPS'en i Meir i formiddags (ny batteripakke
RBC-48V-9Ah, produktionsdato 05/2024). Selvtesten er bestået, og alarmen er
væk. Fejlen er hermed udbedret fra vores side – giv lyd, hvis alarmen kommer igen.

Sag: DK-SRV-20418

Mvh
Mads Jørgensen
RSNL Nordic A/S · Power & UPS
+45 86 12 40 77

Sendt med AquaMail til Android
https://www.mobisystems.com/aqua-mail

Den 27. juli 2024 09:00:00 skrev StoreDesk <helpdesk@ops.storedesk.example>:
{quoted(n)}
"""
    return dict(slug="aquamail-ups-udbedret", product="Aqua Mail for Android reply from the RSNL Nordic UPS team",
                kind="client", lang="da", event="resolved", issue_ref=n, vendor_ticket_id="DK-SRV-20418",
                note="Danish 'Fejlen er hermed udbedret' -> resolved (not closed); id on its own 'Sag:' line; "
                     "decoys: battery RBC-48V-9Ah, production date 05/2024, phone",
                date=d, relay="mail.dk.rsnl.nl", rpath="mads.jorgensen@dk.rsnl.nl", how=["tag", "thread"],
                headers=[("From", addr("Mads Jørgensen", "mads.jorgensen@dk.rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", re_subj(n)), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m58', 10)}.{h('m58a', 10)}@dk.rsnl.nl>")),
                         ("In-Reply-To", Raw(mid(n))), ("References", Raw(mid(n))),
                         ("User-Agent", "AquaMail/1.51.1 (build: 105101501)")],
                body=text(body))


def ics_fold(s):
    """RFC 5545 folding: content lines of at most 75 octets, UTF-8 safe."""
    out = []
    for line in s.split("\n"):
        b, first = line.encode("utf-8"), True
        while True:
            lim = 75 if first else 74
            if len(b) <= lim:
                out.append(("" if first else " ") + b.decode("utf-8"))
                break
            cut = lim
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b, first = b[cut:], False
    return "\n".join(out)


@mail
def m59():
    d = D(7, 30, 14, 0, 0)
    join = "https://rsnl.zoom.us/j/83412277590?pwd=bEt4cTZxV2hMRkQyT0lJZz09"
    plain = f"""Laura Sánchez le está invitando a una reunión de Zoom programada.

Tema: Revisión trimestral de servicio StoreDesk / RSNL Ibérica
Hora: 6 ago 2024 10:00 Madrid

Unirse a la reunión Zoom
{join}

ID de reunión: 834 1227 7590
Código de acceso: 551204

Orden del día: SLA del segundo trimestre, incidencias abiertas de Madrid
Preciados, calendario de renovación de terminales.
"""
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20240730T120000Z
DTSTART;TZID=Europe/Madrid:20240806T100000
DTEND;TZID=Europe/Madrid:20240806T110000
SUMMARY:Revisión trimestral de servicio StoreDesk / RSNL Ibérica
UID:ZOOM83412277590@rsnl.zoom.us
TZID:Europe/Madrid
DESCRIPTION:Laura Sánchez le está invitando a una reunión de Zoom programada.\\n\\nUnirse a la reunión Zoom\\n{join}\\n\\nID de reunión: 834 1227 7590\\nCódigo de acceso: 551204
LOCATION:{join}
ORGANIZER;CN=Laura Sánchez:mailto:laura.sanchez@es.rsnl.nl
ATTENDEE;CN=StoreDesk;RSVP=TRUE:mailto:helpdesk@ops.storedesk.example
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    ics = ics_fold(ics)
    htm = page(p2h(plain))
    body = multi("mixed", [alt(text(plain), text(htm, "html"), f"zm-alt-{h('b59a', 16)}"),
                           text(ics, "calendar", cte="base64", params="; method=REQUEST",
                                extra=['Content-Disposition: attachment; filename="invite.ics"'])],
                 f"zm-mix-{h('b59', 16)}")
    return dict(slug="zoom-invitacion-revision", product="Zoom meeting invitation with iCalendar REQUEST",
                kind="product", lang="es", event="ignore", issue_ref=None, vendor_ticket_id=None,
                note="calendar invitation from an RSNL account manager for a quarterly service review; mentions open "
                     "incidents in Madrid Preciados but no issue and no status -> ignore; decoys: meeting id, passcode",
                date=d, relay="zoom.us", rpath="bounce@zoom.us",
                headers=[("From", addr("Laura Sánchez via Zoom", "no-reply@zoom.us")), ("To", Raw(OUR)),
                         ("Reply-To", addr("Laura Sánchez", "laura.sanchez@es.rsnl.nl")),
                         ("Subject", "Invitación: Revisión trimestral de servicio StoreDesk / RSNL Ibérica"), ("Date", "@DATE"),
                         ("Message-ID", Raw(f"<{h('m59', 20)}.ZOOM83412277590@zoom.us>"))],
                body=body)


@mail
def m60():
    d = D(7, 31, 10, 0, 0)
    unsub = f"https://preview.mailerlite.io/unsubscribe/{b62('m60u', 26)}"
    plain = f"""RSNL Service Update – augustus 2024

Beste relatie,

1. Nieuw klantportaal
Vanaf 1 september meldt u storingen via mijn.rsnl.nl. Meldingsnummers krijgen dan
het formaat RS-2024-000000; oude nummers blijven gewoon werken.

2. Storingslijn 24/7
De storingslijn 088 776 5400 is voortaan ook 's nachts bemand voor
kassa- en betaalstoringen.

3. Onderhoudsvenster
Op zondag 18 augustus tussen 02:00 en 06:00 is het portaal niet beschikbaar.

Met vriendelijke groet,
Team RSNL

U ontvangt deze e-mail omdat u klant bent van RSNL B.V. (klantnummer 40077).
Afmelden: {unsub}
RSNL B.V., Prins Bernhardplein 200, 1097 JB Amsterdam
"""
    htm = page('<table width="600" align="center" style="font-family:Georgia,serif;font-size:15px"><tr><td>'
               '<img src="https://storage.mlcdn.com/account_image/88123/rsnl-logo.png" alt="RSNL" width="120">'
               + p2h(plain) + "</td></tr></table>")
    return dict(slug="mailerlite-service-update", product="MailerLite newsletter from nieuws@rsnl.nl",
                kind="product", lang="nl", event="ignore", issue_ref=None, vendor_ticket_id=None,
                note="genuine RSNL bulk newsletter (List-Unsubscribe, Precedence: bulk), unthreaded; talks about ticket "
                     "numbers and the fault line but not about any of our issues; decoys: customer number 40077, "
                     "example id format RS-2024-000000, postcode",
                date=d, relay="mail1.mlsend.com", rpath=f"bounce-{b62('m60r', 10)}@mlsend.com",
                headers=[("From", addr("RSNL Nieuws", "nieuws@rsnl.nl")), ("To", Raw(OUR)),
                         ("Subject", "RSNL Service Update – augustus: nieuw klantportaal en storingslijn 24/7"),
                         ("Date", "@DATE"), ("Message-ID", Raw(f"<{h('m60', 24)}@mlsend.com>")),
                         ("List-Unsubscribe", Raw(f"<{unsub}>")), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Precedence", "bulk"), ("X-MailerLite-Campaign", "117734582")],
                body=alt(text(plain), text(htm, "html"), f"ml_{h('b60', 22)}"))

# ----------------------------------------------------------------- building
RELAY_IP = ["192.0.2.", "198.51.100.", "203.0.113."]


def build(m):
    d = m["date"]
    lines = []
    relay = m.get("relay")
    if relay:
        ip = RELAY_IP[int(h(m["slug"], 2), 16) % 3] + str(10 + int(h(m["slug"] + "ip", 2), 16) % 200)
        rdate = fmt_date((d + dt.timedelta(seconds=3 + int(h(m["slug"], 1), 16))).astimezone(
            dt.timezone(dt.timedelta(hours=2))))
        lines.append(f"Return-Path: <{m.get('rpath', '')}>")
        lines.append(f"Received: from {relay} ({relay} [{ip}]){CRLF}\tby mx1.ops.storedesk.example "
                     f"(Postfix) with ESMTPS id {h(m['slug'] + 'q', 10).upper()}{CRLF}\tfor <{OURADDR}>; {rdate}")
    for item in m["headers"]:
        name, value = item[0], item[1]
        opts = item[2] if len(item) > 2 else {}
        if value == "@DATE":
            value = fmt_date(d)
        lines.append(hdr(name, value, **opts))
    lines.append("MIME-Version: 1.0")
    body = m["body"]
    lines += body.headers
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + body.body


# ----------------------------------------------------------------- validation
TAG_RE = re.compile(r"STORE-(\d+)")


def sent_dt(ref):
    return email.utils.parsedate_to_datetime(ISSUES[ref]["sent"])


def collect(msg):
    """Return (texts, defects, problems) over all parts and headers."""
    texts, defects, problems = [], [], []
    for part in msg.walk():
        for dfx in part.defects:
            defects.append(f"{part.get_content_type()}: {dfx!r}")
        for k, v in part.raw_items():
            if not is_ascii(k + str(v)):
                problems.append(f"non-ASCII header {k}")
        for k, v in part.items():
            for dfx in getattr(v, "defects", ()):
                defects.append(f"header {k}: {dfx!r}")
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        cs = part.get_content_charset("us-ascii")
        try:
            t = payload.decode(cs, "strict")
        except (UnicodeDecodeError, LookupError) as e:
            problems.append(f"{part.get_content_type()} does not decode as {cs}: {e}")
            continue
        texts.append(t)
        if part.get_content_subtype() == "html":
            texts.append(html.unescape(t))
    return texts, defects, problems


def validate(m, data, state):
    f = m["file"]
    errs = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line endings are not CRLF only")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) >= 998:
            errs.append(f"line {i + 1} is {len(line)} octets")
    head = data.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        errs.append("top-level header block is not ASCII")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts, defects, problems = collect(msg)
    errs += [f"defect {x}" for x in defects] + problems
    subject = str(msg["subject"] or "")
    alltext = subject + "\n" + "\n".join(texts)
    hdrtext = "\n".join(f"{k}: {v}" for part in msg.walk() for k, v in part.items())
    # date
    try:
        d = msg["date"].datetime
    except Exception as e:  # noqa
        errs.append(f"bad Date: {e}")
        d = None
    if d is not None:
        if d.tzinfo is None:
            errs.append("Date without zone")
        elif state["last"] is not None and d <= state["last"]:
            errs.append(f"Date {d} not after previous mail {state['last']}")
        for ref in {m["issue_ref"], m.get("concerns")} - {None}:
            if d <= sent_dt(ref):
                errs.append(f"Date {d} not after sent date of {ref}")
        state["last"] = d
    # message-id
    mids = msg.get_all("message-id") or []
    if len(mids) != 1:
        errs.append(f"{len(mids)} Message-ID headers")
    else:
        x = str(mids[0]).strip()
        if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", x):
            errs.append(f"odd Message-ID {x}")
        if x in state["mids"]:
            errs.append(f"Message-ID {x} not unique")
        state["mids"].add(x)
    # expectations
    ev = m["event"]
    if ev not in ("acknowledged", "update", "resolved", "closed", "ignore"):
        errs.append(f"bad event {ev}")
    ref = m["issue_ref"]
    if ev == "ignore" and ref is not None:
        errs.append("ignore mail with issue_ref")
    if ev != "ignore":
        if ref is None:
            errs.append("non-ignore mail without issue_ref")
        else:
            n = ref.split("-")[1]
            by_tag = re.search(rf"STORE-{n}(?!\d)", alltext) is not None
            thr = " ".join(str(v) for v in (msg.get_all("in-reply-to") or []) + (msg.get_all("references") or []))
            by_thread = ISSUES[ref]["message_id"] in thr
            by_title = ISSUES[ref]["title"] in alltext and ISSUES[ref]["store"] in alltext
            if not (by_tag or by_thread or by_title):
                errs.append(f"{ref} not named by tag, threading or title+store")
            if m.get("how"):
                got = {"tag": by_tag, "thread": by_thread, "title": by_title}
                for k in m["how"]:
                    if got[k.lstrip("!")] != (not k.startswith("!")):
                        errs.append(f"reference mode {k} not as designed ({got})")
            others = set(TAG_RE.findall(alltext + "\n" + hdrtext)) - {n}
            if others:
                errs.append(f"other STORE tags present: {sorted(others)}")
    vid = m["vendor_ticket_id"]
    if vid is not None:
        if vid.startswith("#"):
            errs.append("vendor id starts with #")
        if vid not in alltext:
            errs.append(f"vendor id {vid!r} not in decoded subject/body")
    if ev == "ignore" and vid is not None:
        errs.append("ignore mail with vendor id")
    return errs


# ----------------------------------------------------------------- output
LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "it": "Italian", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
         "fi": "Finnish", "pl": "Polish", "cs": "Czech"}
EVENTS = ["acknowledged", "update", "resolved", "closed", "ignore"]


def readme(mails):
    ev_count = {e: sum(1 for m in mails if m["event"] == e) for e in EVENTS}
    langs = sorted({m["lang"] for m in mails}, key=lambda l: (-sum(1 for m in mails if m["lang"] == l), l))
    kinds = {"notification": sum(1 for m in mails if m["kind"] == "product"),
             "client": sum(1 for m in mails if m["kind"] == "client")}
    out = ["# Blind corpus 13 - RSNL vendor mails arriving at StoreDesk", "",
           "Sixty mails as they arrive in `helpdesk@ops.storedesk.example`, answering (or not) the 60",
           "faults StoreDesk sent to RSNL (`input/sent/`, issues STORE-201..STORE-260).",
           "`expected.jsonl` holds one JSON object per mail, in file order, with the fields",
           "`file`, `issue_ref`, `vendor_ticket_id`, `event` and `note`.", "",
           "## How to run", "", "```", "cd /tmp/blind13", "python3 make.py", "```", "",
           "`make.py` (Python 3.11, standard library only, deterministic) deletes the old `NN-*.eml`,",
           "writes the 60 mails, `expected.jsonl` and this README, validates every mail while writing",
           "and prints `FAIL <file>: <reason>` and exits 1 on the first failing mail.", "",
           "## Validation performed on every mail", "",
           "- CRLF line endings only; every line shorter than 998 octets;",
           "- ASCII-only headers in every part (non-ASCII via RFC 2047);",
           "- no defects reported by `email.message_from_bytes(data, policy=email.policy.default)` on any part or header;",
           "- every text part decodes strictly with its declared charset;",
           "- Date headers strictly increasing in file order and later than the sent date of the issue concerned",
           "  (for traps that quote one of our mails: that mail);",
           "- Message-IDs unique, also against `input/sent/`;",
           "- every non-ignore mail names its issue by tag, In-Reply-To/References, or title + store name",
           "  (and the designed way of referencing is checked);",
           "- the expected `vendor_ticket_id` literally occurs in the decoded subject or body;",
           "- no STORE tag other than the expected one appears in a non-ignore mail;",
           "- ignore mails have `issue_ref` and `vendor_ticket_id` null.", "",
           "## Counts by event", "", "| event | mails |", "|---|---|"]
    out += [f"| {e} | {ev_count[e]} |" for e in EVENTS] + [f"| **total** | {len(mails)} |", ""]
    out += ["## Counts by language", "", "| language | mails |", "|---|---|"]
    out += [f"| {LANGS[l]} ({l}) | {sum(1 for m in mails if m['lang'] == l)} |" for l in langs]
    out += ["", f"Product notifications (helpdesk/ITSM/FSM/CMMS/CRM/bulk mailers/MTAs): {kinds['notification']};"
            f" human replies from mail clients: {kinds['client']}.", ""]
    out += ["## All mails", "", "| file | product or client imitated | lang | event | issue_ref | vendor_ticket_id |",
            "|---|---|---|---|---|---|"]
    for m in mails:
        out.append(f"| {m['file']} | {m['product']} | {m['lang']} | {m['event']} | {m['issue_ref'] or 'null'} |"
                   f" {m['vendor_ticket_id'] or 'null'} |")
    out.append("")
    return "\n".join(out)


def main():
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    state = {"last": None, "mids": set()}
    for p in sorted((INP / "sent").glob("*.eml")):
        mm = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        state["mids"].add(str(mm["message-id"]).strip())
    mails = []
    for i, fn in enumerate(MAILS, 1):
        m = fn()
        m["file"] = f"{i:02d}-{m['slug']}.eml"
        if m["issue_ref"] is not None and not isinstance(m["issue_ref"], str):
            m["issue_ref"] = f"STORE-{m['issue_ref']}"
        if m.get("concerns") is not None and not isinstance(m["concerns"], str):
            m["concerns"] = f"STORE-{m['concerns']}"
        data = build(m)
        errs = validate(m, data, state)
        if errs:
            for e in errs:
                print(f"FAIL {m['file']}: {e}")
            sys.exit(1)
        (HERE / m["file"]).write_bytes(data)
        mails.append(m)
    if len(mails) != 60:
        print(f"FAIL corpus: {len(mails)} mails instead of 60")
        sys.exit(1)
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for m in mails:
            note = f"{m['product']}; {LANGS[m['lang']]}; {m['note']}"
            fh.write(json.dumps({"file": m["file"], "issue_ref": m["issue_ref"],
                                 "vendor_ticket_id": m["vendor_ticket_id"], "event": m["event"],
                                 "note": note}, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme(mails), encoding="utf-8", newline="\n")
    counts = {e: sum(1 for m in mails if m["event"] == e) for e in EVENTS}
    print(f"OK {len(mails)} mails written; " + ", ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
