#!/usr/bin/env python3
"""Blind test corpus #12 for the StoreDesk mail-triage component.

Writes 60 mails that arrive in helpdesk@ops.storedesk.example (NN-<product>-<what>.eml),
expected.jsonl and README.md next to this script, validating every mail while writing.
Standard library only, deterministic (no randomness, no current time).
Run:  python3 make.py
"""
import base64
import datetime as dt
import email
import email.policy
import glob
import html
import json
import os
import pathlib
import quopri
import re
import sys
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

HERE = pathlib.Path(__file__).resolve().parent
INP = HERE / "input"
US_ADDR = "helpdesk@ops.storedesk.example"
US = f"StoreDesk <{US_ADDR}>"
CEST = dt.timezone(dt.timedelta(hours=2))

ISSUES = {int(x["issue_ref"].split("-")[1]): x for x in json.loads((INP / "issues.json").read_text("utf-8"))}


def T(n):
    return ISSUES[n]["title"]


def S(n):
    return ISSUES[n]["store"]


def SUBJ(n):
    return ISSUES[n]["subject"]


def MID(n):
    return ISSUES[n]["message_id"]


def SENT(n):
    return parsedate_to_datetime(ISSUES[n]["sent"])


def orig(n):
    """Body of the mail we sent for issue n (as the vendor sees it)."""
    return f"Store: {S(n)}\nPriority: high\nReported by: Sam Jansen\n\n{T(n)}.\n"


def q(text, p="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(p + line if line else p.rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- MIME building

class Leaf:
    def __init__(self, ctype, body, charset="utf-8", cte="8bit", params="", headers=()):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.params, self.headers = params, list(headers)


class Multi:
    def __init__(self, subtype, parts, boundary, params="", headers=(), preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.headers, self.preamble = params, list(headers), preamble


def _crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(leaf):
    b = leaf.body
    if isinstance(b, bytes):
        raw = b
        if leaf.cte == "base64":
            return base64.encodebytes(raw).replace(b"\n", b"\r\n")
        return raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    text = b.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    cs = leaf.charset or "us-ascii"
    if leaf.cte in ("7bit", "8bit"):
        return text.replace("\n", "\r\n").encode(cs)
    if leaf.cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs)).replace(b"\n", b"\r\n")
    if leaf.cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(cs)).replace(b"\n", b"\r\n")
    raise ValueError(leaf.cte)


def ser(part):
    lines = []
    if isinstance(part, Leaf):
        ct = part.ctype
        if part.charset and part.ctype.lower().startswith("text/"):
            ct += f"; charset={part.charset}"
        ct += part.params
        lines.append(f"Content-Type: {ct}")
        for h in part.headers:
            lines.append(h)
        lines.append(f"Content-Transfer-Encoding: {part.cte}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + encode_body(part)
    lines.append(f'Content-Type: multipart/{part.subtype};{part.params}\r\n\tboundary="{part.boundary}"')
    for h in part.headers:
        lines.append(h)
    out = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    if part.preamble:
        out += _crlf(part.preamble.rstrip("\n") + "\n").encode("ascii") + b"\r\n"
    for p in part.parts:
        out += f"--{part.boundary}\r\n".encode("ascii") + ser(p)
    out += f"--{part.boundary}--\r\n".encode("ascii")
    return out


def H(s, charset="utf-8", name="Subject"):
    if s.isascii():
        return s
    return Header(s, charset, header_name=name).encode(linesep="\r\n")


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    if name.isascii():
        if any(c in name for c in '(),:;<>@[]".\\'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return f"{name} <{addr}>"
    return f"{Header(name, charset).encode()} <{addr}>"


def D(when, tzmin=120):
    """when: 'YYYY-MM-DD HH:MM[:SS]' in CEST; rendered in a zone of tzmin minutes."""
    fmt = "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M"
    t = dt.datetime.strptime(when, fmt).replace(tzinfo=CEST)
    return t.astimezone(dt.timezone(dt.timedelta(minutes=tzmin)))


def rcvd(host, ip, t, sec=4, tls=True):
    t2 = t + dt.timedelta(seconds=sec)
    w = "ESMTPS" if tls else "ESMTP"
    idpart = "4W" + format(abs(hash_det(host + str(t))) % (36 ** 8), "x").upper()[:9]
    return (f"from {host} ({host} [{ip}])\r\n\tby mx1.ops.storedesk.example (Postfix) with {w} id {idpart}\r\n"
            f"\tfor <{US_ADDR}>; {format_datetime(t2.astimezone(CEST))}")


def hash_det(s):
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def message(frm, subject, t, mid, root, to=US, cc=None, irt=None, refs=None, extra=(), subj_cs="utf-8",
            host=None, ip="198.51.100.25", reply_to=None, pre=()):
    hs = list(pre)
    if host:
        hs.append(("Received", rcvd(host, ip, t)))
    hs.append(("From", frm))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", H(subject, subj_cs)))
    hs.append(("Date", format_datetime(t)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\r\n ".join(refs)))
    hs.extend(extra)
    hs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii")
    return head + ser(root)


def p_html(text):
    """Plain text -> simple HTML paragraphs (lines joined with <br>)."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in p.split("\n")) + "</p>")
    return "\n".join(out)


def page(inner, charset="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body style="{style}">\n{inner}\n</body>\n</html>\n')


def alt(text, htmltext, b, cs="utf-8", cte="quoted-printable", hcte=None):
    return Multi("alternative", [Leaf("text/plain", text, cs, cte), Leaf("text/html", htmltext, cs, hcte or cte)], b)


def table(rows):
    return ('<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;border:1px solid #ccc">\n' +
            "\n".join(f'<tr><td style="border:1px solid #ccc;background:#f4f4f4"><b>{html.escape(k)}</b></td>'
                      f'<td style="border:1px solid #ccc">{html.escape(v)}</td></tr>' for k, v in rows) + "\n</table>")


def rows_text(rows, w=None):
    w = w or max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{(k + ':').ljust(w)}{v}" for k, v in rows)


AUTO = [("Auto-Submitted", "auto-generated")]
AUTOREPLY = [("Auto-Submitted", "auto-replied")]

# ---------------------------------------------------------------- the mails

MAILS = []


def add(file, when, issue, event, vid, lang, product, tricky, build, tz=120):
    """tz: UTC offset (minutes) in which the sender's Date header is written."""
    MAILS.append(dict(file=file, when=when, issue=issue, event=event, vid=vid, lang=lang,
                      product=product, tricky=tricky, build=build, tz=tz))


# 01 ---------------------------------------------------------------- OTRS auto reply (nl)
def m01(t):
    n = 201
    txt = f"""Dit is een automatisch gegenereerd bericht.

Beste StoreDesk,

Dank u voor uw bericht. Uw melding
"{SUBJ(n)}"
is bij ons binnengekomen en geregistreerd onder ticketnummer 2024070110000191.

Wilt u bij verdere correspondentie over deze melding de code
[Ticket#2024070110000191] in de onderwerpregel laten staan?

Onze servicedesk is op werkdagen bereikbaar van 08:00 tot 18:00 uur via
020 755 4100.

Met vriendelijke groet,

RSNL Servicedesk

--
 RSNL B.V. - Servicedesk
 Keienbergweg 12 - 1101 GB Amsterdam
 E-mail: support@rsnl.nl - Web: https://www.rsnl.nl/
--
"""
    return message(A("RSNL Servicedesk", "support@rsnl.nl"),
                   "[Ticket#2024070110000191] RE: [STORE-201] Till 3 froze[...]", t,
                   "<1719817383.603121.827165910@otrs.rsnl.nl>",
                   Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                   irt=MID(n), refs=[MID(n)], host="otrs.rsnl.nl", ip="195.8.211.40",
                   extra=AUTOREPLY + [("Precedence", "bulk"), ("X-Loop", "yes"),
                                      ("X-Mailer", "OTRS Mail Service (6.0.40)"),
                                      ("X-Powered-By", "OTRS - Open Ticket Request System (http://otrs.org/)")])


add("01-otrs-autoreply.eml", "2024-07-01 09:03:03", 201, "acknowledged", "2024070110000191", "nl",
    "OTRS 6 default auto reply",
    "subject built from OTRS' RE: <OTRS_CUSTOMER_SUBJECT[24]> so the tag survives but the title is cut to "
    "'Till 3 froze[...]' and the store name is lost; ticket number is a 16-digit date-like Ticket# hook; "
    "decoys: phone 020 755 4100, postcode 1101 GB", m01)


# 02 ---------------------------------------------------------------- Exim bounce (en) TRAP
def m02(t):
    n = 229
    ours = (INP / "sent" / f"store-{n}.eml").read_bytes()
    t0 = SENT(n)
    copy = (f"Received: from mx1.ops.storedesk.example ([203.0.113.10])\r\n\tby mx2.rsnl.nl with esmtps "
            f"(TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <{US_ADDR}>)\r\n"
            f"\tid 1sOCw9-0003Jm-1F\r\n\tfor support@rsnl.nl;\r\n\t{format_datetime(t0)}\r\n").encode() + ours
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  t.devries@rsnl.nl
    (generated from support@rsnl.nl)
    Unrouteable address
"""
    status = """Reporting-MTA: dns; mx2.rsnl.nl

Action: failed
Final-Recipient: rfc822;t.devries@rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Status: 5.0.0
"""
    root = Multi("report", [Leaf("text/plain", text, "us-ascii", "7bit"),
                            Leaf("message/delivery-status", status, None, "7bit"),
                            Leaf("message/rfc822", copy, None, "8bit")],
                 "1719817502-eximdsn-1808326467", params=" report-type=delivery-status;")
    return message(A("Mail Delivery System", "Mailer-Daemon@mx2.rsnl.nl"),
                   "Mail delivery failed: returning message to sender", t,
                   "<E1sOCxR-0003Kq-2B@mx2.rsnl.nl>", root, host="mx2.rsnl.nl", ip="195.8.211.26",
                   extra=[("X-Failed-Recipients", "t.devries@rsnl.nl"), ("Auto-Submitted", "auto-replied")],
                   pre=[("Return-path", "<>")])


add("02-exim-bounce.eml", "2024-07-01 09:05:02", None, "ignore", None, "en",
    "Exim 4.97 RFC 3464 bounce from mx2.rsnl.nl",
    "DSN from the vendor's own MX: alias member t.devries@ of support@rsnl.nl is unrouteable; the full copy "
    "of our STORE-229 mail (tag, title, store, our Message-ID) is attached as message/rfc822, but no vendor "
    "statement -> issue_ref null", m02)


# 03 ---------------------------------------------------------------- SOGo webmail reply (fr)
def m03(t):
    n = 257
    body = """Bonjour,

Bien reçu. J'ai ouvert le dossier n° 2407-LIL-046 pour la caisse 2 du magasin
Lille Euralille.

Pouvez-vous demander au magasin de noter l'heure des prochains redémarrages ?
Je passerai demain matin (mardi 02/07) entre 8h30 et 10h pour récupérer les
journaux système.

Cordialement,

Julien Lefèvre
Technicien terrain Hauts-de-France
RSNL France - 59000 Lille
Tél. : +33 3 20 55 12 46
"""
    attr = f'Le lundi, juillet 01, 2024 09:00 CEST, "StoreDesk" <{US_ADDR}> a écrit:'
    text = body + "\n" + attr + " \n \n" + q(orig(n))
    h = page(p_html(body) + f"\n<br>\n{html.escape(attr)}<br>\n<blockquote type=\"cite\">\n{p_html(orig(n))}\n</blockquote>",
             "iso-8859-1", "font-family:Verdana;font-size:13px")
    return message(A("Julien Lefèvre", "j.lefevre@fr.rsnl.nl", "iso-8859-1"), f"Re: {SUBJ(n)}", t,
                   "<3a7-66827bb0-9-5e7e1b80@113845221>", alt(text, h, "----=_=-_OpenGroupware_org_NGMime-935-1719827220.412117-4------", "iso-8859-1"),
                   cc="RSNL Support <support@rsnl.nl>", irt=MID(n), refs=[MID(n)],
                   host="mail.fr.rsnl.nl", ip="195.8.212.14",
                   extra=[("User-Agent", "SOGoMail 5.10.0"), ("Content-Language", "fr")])


add("03-sogo-ack.eml", "2024-07-01 11:47:00", 257, "acknowledged", "2407-LIL-046", "fr",
    "SOGo webmail (fr.rsnl.nl technician)",
    "human receipt in iso-8859-1 quoted-printable multipart/alternative with SOGo's 'Le lundi, juillet 01, 2024 "
    "... a écrit:' attribution; dossier id has letters and dashes; decoys: 'caisse 2' (till 2), date 02/07, "
    "postcode 59000, phone", m03)


# 04 ---------------------------------------------------------------- SolarWinds Web Help Desk (en)
WHD_LINK = "https://helpdesk.rsnl.nl/helpdesk/WebObjects/Helpdesk.woa/wa/TicketActions/view?ticket=31207"


def m04(t):
    n = 202
    rows = [("Ticket No.", "31207"), ("Request Type", "Hardware > Printers > Receipt printer"),
            ("Status", "Open"), ("Priority", "High"), ("Location", "Utrecht Hoog Catharijne (3511 CE Utrecht)"),
            ("Asset No.", "RSNL-PRN-04417"), ("Subject", SUBJ(n))]
    intro = """Dear StoreDesk,

Thank you for contacting the RSNL Service Desk. Your e-mail has been received and a
ticket has been created."""
    outro = f"""A technician will be assigned shortly. You can check the status of your ticket at any
time here:
{WHD_LINK}

RSNL Service Desk
+31 88 776 0100"""
    text = "---- Reply ABOVE THIS LINE to add a Note to this Ticket ----\n\n" + intro + "\n\n" + rows_text(rows) + "\n\n" + outro + "\n"
    h = page('<div style="color:#999">---- Reply ABOVE THIS LINE to add a Note to this Ticket ----</div>\n' +
             p_html(intro) + "\n" + table(rows) + "\n" +
             f'<p>A technician will be assigned shortly. You can check the status of your ticket at any time '
             f'<a href="{WHD_LINK}">here</a>.</p>\n<p>RSNL Service Desk<br>\n+31 88 776 0100</p>')
    return message(A("RSNL Service Desk", "support@rsnl.nl"), f"Ticket 31207: {SUBJ(n)}", t,
                   "<1573622914.1187.1719903722417.JavaMail.whd@helpdesk.rsnl.nl>",
                   alt(text, h, "----=_Part_1186_1429771301.1719903722417", cte="quoted-printable"),
                   irt=MID(n), refs=[MID(n)], host="helpdesk.rsnl.nl", ip="195.8.211.51", extra=AUTO)


add("04-webhelpdesk-ack.eml", "2024-07-02 09:02:02", 202, "acknowledged", "31207", "en",
    "SolarWinds Web Help Desk new-ticket e-mail",
    "'Ticket 31207:' prefixed to our full subject; reply-above-this-line marker; id also in the "
    "TicketActions/view?ticket= link; decoys: asset no. RSNL-PRN-04417, postcode 3511 CE, phone", m04)


# 05 ---------------------------------------------------------------- AFAS Profit workflow (nl), title+store only
def m05(t):
    n = 229
    inner = f"""<p>Geachte heer/mevrouw,</p>
<p>Wij hebben uw melding in goede orde ontvangen en geregistreerd onder dossieritem <b>88412</b>.</p>
{table([("Onderwerp", T(n)), ("Vestiging", S(n)), ("Type", "Storing hardware"), ("Ontvangen op", "01-07-2024 09:00")])}
<p>Onze planning neemt binnen één werkdag contact met u op. Vermeld bij correspondentie altijd het nummer van het dossieritem.</p>
<p>Met vriendelijke groet,</p>
<p>RSNL Klantenservice<br>
T 088 776 0100 | klantenservice@rsnl.nl</p>
<p style="font-size:11px;color:#777">RSNL B.V. | KvK 34218872 | BTW NL812345678B01 | Dit bericht is automatisch verzonden vanuit AFAS Profit.</p>"""
    return message(A("RSNL Klantenservice", "klantenservice@rsnl.nl"), "Uw melding 88412 is geregistreerd", t,
                   "<AFAS.d41f3a9e0c2b4e5d8a7f6b1c2d3e4f50@mail.afasonline.com>",
                   Leaf("text/html", page(inner, "windows-1252", "font-family:Calibri;font-size:11pt"), "windows-1252", "base64"),
                   host="smtp.afasonline.com", ip="185.100.72.19")


add("05-afas-ack.eml", "2024-07-02 10:24:00", 229, "acknowledged", "88412", "nl",
    "AFAS Profit dossier workflow notification",
    "no tag and no threading: the agent retyped our mail as a dossieritem, only title 'PIN pad cable damaged' "
    "+ store 'Eindhoven Piazza' identify the issue; HTML-only windows-1252 base64; decoys: KvK 34218872, "
    "BTW number, phone, our sent date 01-07-2024 09:00", m05)


# 06 ---------------------------------------------------------------- Trengo agent reply (nl)
def m06(t):
    n = 230
    body = """Hoi,

Foutcode E17 op de cash recycler betekent dat de transporteur een biljet niet
kan terugvoeren naar cassette 3. Meestal zit er een gevouwen of beschadigd
biljet in de transportbaan.

Kun je de winkel vragen om:
1. de recycler uit te zetten via het servicemenu (optie 'Afsluiten');
2. klep B te openen en te kijken of er een biljet klem zit;
3. cassette 3 eruit te halen en weer terug te plaatsen tot hij klikt.

Laat je weten of de melding daarna terugkomt? Dan plannen we meteen een
monteur in.

Groet,
Sanne de Boer
RSNL Support | 088 776 0100
"""
    attr = f"Op di 2 jul 2024 om 09:00 schreef StoreDesk <{US_ADDR}>:"
    text = body + "\n" + attr + "\n" + q(orig(n))
    h = page(p_html(body) + f'\n<div class="trengo-quote"><p>{html.escape(attr)}</p>\n'
             f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{p_html(orig(n))}</blockquote></div>')
    return message(A("Sanne | RSNL Support", "support@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<b7e5c1a0f3d24e9a8c6d1f2e3a4b5c6d@mail.trengo.eu>",
                   alt(text, h, "_=_swift_1719923460_8d3a1f0c7e_=_"), irt=MID(n), refs=[MID(n)],
                   host="mail.trengo.eu", ip="185.12.64.201")


add("06-trengo-update.eml", "2024-07-02 14:31:00", 230, "update", None, "nl",
    "Trengo shared-inbox agent reply",
    "agent explains E17 and asks the store to check; no ticket number at all; decoys: error code E17, "
    "cassette 3, phone; em dash subject in RFC 2047", m06)


# 07 ---------------------------------------------------------------- Kerio Connect (pt), tag only in quoted text
def m07(t):
    n = 258
    body = """Boa tarde,

Recebemos o pedido sobre a guilhotina da impressora de talões. Para encomendar a
peça certa preciso do número de série da impressora (etiqueta por baixo,
começa por "TM" seguido de 10 caracteres) e da versão de firmware que aparece
no talão de auto-teste.

Entretanto a loja pode continuar a cortar o papel à mão; a impressora imprime
normalmente.

Cumprimentos,
Rui Almeida
Técnico de assistência – RSNL Portugal
Rua de Santa Catarina 312, 4000-443 Porto
+351 22 340 1187
"""
    fwd = f"""-------- Mensagem original --------
De: StoreDesk <{US_ADDR}>
Para: RSNL Support <support@rsnl.nl>
Data: 02/07/2024 09:00
Assunto: {SUBJ(n)}

""" + orig(n)
    text = body + "\n" + fwd
    h = page(p_html(body) + '\n<div style="border-top:1px solid #b5c4df;padding-top:4px">' + p_html(fwd) + "</div>",
             "windows-1252", "font-family:Tahoma;font-size:10pt")
    return message(A("Rui Almeida", "r.almeida@pt.rsnl.nl"), "Guilhotina da impressora - Porto Santa Catarina", t,
                   "<29E7B5F1C4A04E6D9B1F3C2A8D7E6F51@pt.rsnl.nl>",
                   alt(text, h, "=-Kerio-Connect-7ddb2f0c1e9a", "windows-1252"),
                   cc="RSNL Support <support@rsnl.nl>", host="kerio.pt.rsnl.nl", ip="195.8.215.9",
                   extra=[("X-Mailer", "Kerio Connect Client 10.0.3 patch 1"), ("Content-Language", "pt-PT")])


add("07-kerio-update.eml", "2024-07-02 16:55:00", 258, "update", None, "pt",
    "Kerio Connect Client webmail",
    "engineer started a new message with a Portuguese subject (no tag, no In-Reply-To); [STORE-258] only in the "
    "pasted 'Mensagem original' block; asks for the serial number; windows-1252 QP; decoy: phone ending 1187 "
    "(the later PHC job is 2024/1187)", m07)


# 08 ---------------------------------------------------------------- Groove autoresponder (en)
def m08(t):
    n = 203
    body = """Hi StoreDesk,

Thanks for getting in touch with RSNL Support! This is an automatic reply to let
you know that we've received your message and created ticket #8816.

Our team answers most requests within 4 business hours (Mon-Fri, 08:00-18:00
CET). Just reply to this email if you want to add anything to ticket #8816.

The RSNL Support team
"""
    text = "-- Reply above this line to respond --\n\n" + body
    h = page('<div style="color:#b5b5b5;font-size:11px">-- Reply above this line to respond --</div>\n' + p_html(body) +
             '\n<p style="font-size:11px;color:#aaa">Sent by <a href="https://www.groovehq.com/?utm_source=autoreply">Groove</a></p>')
    return message(A("RSNL Support", "support@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<groove.8816.1719990244.a91c@rsnl.groovehq.com>", alt(text, h, "--==_mimepart_6684f2e42a1b7_3f2c5d8a11429e1"),
                   irt=MID(n), refs=[MID(n)], host="outbound.groovehq.com", ip="167.89.40.12",
                   reply_to="RSNL Support <support@rsnl.nl>", extra=AUTOREPLY)


add("08-groove-autoreply.eml", "2024-07-03 09:04:00", 203, "acknowledged", "8816", "en",
    "Groove shared-inbox autoresponder",
    "ticket number written '#8816' only inside the prose (twice); reply-above marker; '4 business hours' "
    "and '08:00-18:00' decoys", m08, tz=0)


# 09 ---------------------------------------------------------------- Spacewell (nl-BE), title+store only
def m09(t):
    n = 231
    rows = [("Meldingsnummer", "240703-0032"), ("Omschrijving", T(n)), ("Locatie", f"{S(n)} (Meir 78, 2000 Antwerpen)"),
            ("Categorie", "Kassasystemen > Hardware"), ("Prioriteit", "P2 - binnen 8 werkuren"),
            ("Gemeld door", f"StoreDesk ({US_ADDR})"), ("Datum melding", "03/07/2024 09:00")]
    inner = ("<p>Beste,</p>\n<p>Uw melding werd geregistreerd en wordt zo spoedig mogelijk behandeld.</p>\n" + table(rows) +
             '\n<p>U kan de opvolging van uw melding raadplegen via het <a href="https://rsnl-be.spacewell.com/portal/#/requests/240703-0032">'
             "klantenportaal</a>.</p>\n<p>Gelieve niet te antwoorden op deze e-mail.</p>\n"
             "<p>Met vriendelijke groeten,<br>\nRSNL Belgium - Servicedesk<br>\n"
             '<span style="font-size:10px;color:#888">BTW BE 0456.789.123 - Powered by Spacewell</span></p>')
    text = ("Beste,\n\nUw melding werd geregistreerd en wordt zo spoedig mogelijk behandeld.\n\n" + rows_text(rows) +
            "\n\nU kan de opvolging van uw melding raadplegen via het klantenportaal:\n"
            "https://rsnl-be.spacewell.com/portal/#/requests/240703-0032\n\nGelieve niet te antwoorden op deze e-mail.\n\n"
            "Met vriendelijke groeten,\nRSNL Belgium - Servicedesk\nBTW BE 0456.789.123 - Powered by Spacewell\n")
    return message(A("RSNL Belgium Servicedesk", "noreply@be.rsnl.nl"), "Melding 240703-0032 werd geregistreerd", t,
                   "<SW.240703-0032.1.1719994320@mcs.spacewell.com>", alt(text, page(inner), "=_spacewell_mime_5c3f1a20"),
                   host="smtp.spacewell.com", ip="52.48.113.7", extra=AUTO)


add("09-spacewell-ack.eml", "2024-07-03 10:12:00", 231, "acknowledged", "240703-0032", "nl",
    "Spacewell (MCS) FM notification, Flemish",
    "no tag, no threading, replaced subject; title 'Till 3 frozen on boot' is shared with STORE-201 (Amsterdam) "
    "so only the store 'Antwerpen Meir' decides the issue; id looks like a date (240703-0032); decoys: P2, "
    "Meir 78 / 2000, BTW number", m09)


# 10 ---------------------------------------------------------------- Fieldcode (de)
FC_MID10 = "<fc-notif-7f3e0a1b2c44.SA-2407-1182@de.rsnl.nl>"


def fc_rows_10(n):
    return [("Auftragsnummer", "SA-2407-1182"), ("Ihre Referenz", "STORE-259"),
            ("Standort", f"{S(n)}, Schildergasse 65, 50667 Köln"), ("Gerät", "PIN-Pad, Seriennummer 8P31-0045-7Z"),
            ("Kundennummer", "100482"), ("Status", "Neu - Disposition"), ("SLA", "Next Business Day")]


def m10(t):
    n = 259
    text = ("Guten Tag,\n\nzu Ihrer Meldung wurde folgender Serviceauftrag angelegt:\n\n" + rows_text(fc_rows_10(n)) +
            "\n\nSie werden informiert, sobald ein Techniker eingeplant ist.\n\nMit freundlichen Grüßen\n"
            "Ihr RSNL Service-Team\nHotline: +49 221 9876 5500\n")
    return message(A("RSNL Service Deutschland", "service@de.rsnl.nl"),
                   f"{SUBJ(n)} | Serviceauftrag SA-2407-1182 angelegt", t, FC_MID10,
                   Leaf("text/plain", text, "iso-8859-1", "quoted-printable"), irt=MID(n), refs=[MID(n)],
                   host="notify.fieldcode.com", ip="91.198.44.80", extra=AUTO + [("X-Mailer", "Fieldcode Notification Service")])


add("10-fieldcode-ack.eml", "2024-07-03 13:40:00", 259, "acknowledged", "SA-2407-1182", "de",
    "Fieldcode FSM work-order notification",
    "our subject kept and the id appended after '|'; 'Ihre Referenz: STORE-259' repeated in a field; "
    "iso-8859-1 QP body; decoys: Kundennummer 100482, PIN-pad serial 8P31-0045-7Z, postcode 50667, hotline", m10)


# 11 ---------------------------------------------------------------- Mailspring (en) reply to Groove
def m11(t):
    n = 203
    body = """Hi,

I picked up ticket 8816. The scanner at Lijnbaan is the DS2208 on till 1, right?
Could you ask the store to scan the "Set Factory Defaults" barcode in the quick
start guide (page 3) and then the "USB HID Keyboard" barcode?

If it still doesn't read after that I'll send a replacement unit; we have stock
in Nieuwegein.

Please also send me the firmware version printed on the config sheet (should
look like PAAFNS00-011-R05).

Daan Verhoeven
Service Engineer | RSNL Nederland
+31 6 4187 2290
"""
    gq = """-- Reply above this line to respond --

Hi StoreDesk,

Thanks for getting in touch with RSNL Support! This is an automatic reply to let
you know that we've received your message and created ticket #8816.
"""
    attr = "On Jul 3 2024, at 9:04 am, RSNL Support <support@rsnl.nl> wrote:"
    text = body + "\n" + attr + "\n" + q(gq)
    h = page('<div dir="ltr">' + p_html(body) + '</div>\n<br>\n<div class="gmail_quote_attribution">' + html.escape(attr) +
             '</div>\n<blockquote>\n' + p_html(gq) + '\n</blockquote>\n<img class="mailspring-open" alt="Sent from Mailspring" width="0" height="0" '
             'style="border:0;width:0;height:0" src="https://link.getmailspring.com/open/8C1F0A4E-3B2D-4E5F-9A6B-7C8D9E0F1A2B?me=2f1c4b8a&amp;recipient=aGVscGRlc2s%3D">',
             style="font-family:sans-serif")
    return message(A("Daan Verhoeven", "d.verhoeven@nl.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<8C1F0A4E-3B2D-4E5F-9A6B-7C8D9E0F1A2B@getmailspring.com>",
                   alt(text, h, "5f9c3e21_6b8b4567_a3f"), cc="RSNL Support <support@rsnl.nl>",
                   irt="<groove.8816.1719990244.a91c@rsnl.groovehq.com>",
                   refs=[MID(n), "<groove.8816.1719990244.a91c@rsnl.groovehq.com>"], host="mail.nl.rsnl.nl", ip="195.8.211.77")


add("11-mailspring-update.eml", "2024-07-03 15:22:00", 203, "update", "8816", "en",
    "Mailspring (macOS) engineer reply",
    "In-Reply-To is the Groove autoreply, our Message-ID only in References; Mailspring 'On Jul 3 2024, at 9:04 am' "
    "attribution and tracking pixel; asks the store to reset the scanner; decoys: DS2208, till 1, page 3, "
    "firmware PAAFNS00-011-R05, mobile number", m11)


# 12 ---------------------------------------------------------------- Trengo resolved (nl)
def m12(t):
    n = 230
    body = """Hoi,

De monteur is vanmiddag bij de cash recycler in Groningen Herestraat geweest. Er
zat een gevouwen briefje van 20 in de transportbaan achter klep B. Verwijderd,
sensoren schoongemaakt en 30 stortingen getest zonder E17.

Wat ons betreft is de storing daarmee verholpen. Laat je het weten als de fout
toch terugkomt?

Groet,
Sanne de Boer
RSNL Support | 088 776 0100
"""
    h = page(p_html(body))
    return message(A("Sanne | RSNL Support", "support@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<0c9d1e2f3a4b45c6d7e8f9a0b1c2d3e4@mail.trengo.eu>", alt(body, h, "_=_swift_1719999900_1a2b3c4d5e_=_"),
                   irt="<b7e5c1a0f3d24e9a8c6d1f2e3a4b5c6d@mail.trengo.eu>",
                   refs=[MID(n), "<b7e5c1a0f3d24e9a8c6d1f2e3a4b5c6d@mail.trengo.eu>"], host="mail.trengo.eu", ip="185.12.64.201")


add("12-trengo-resolved.eml", "2024-07-03 16:45:00", 230, "resolved", None, "nl",
    "Trengo shared-inbox agent reply",
    "'storing daarmee verholpen' with a request to report back = resolved, not closed; no ticket number; "
    "decoys: 'briefje van 20', 30 stortingen, E17", m12)


# 13 ---------------------------------------------------------------- SmarterMail out-of-office TRAP
def m13(t):
    n = 232
    text = """Beste afzender,

Ik ben afwezig tot en met maandag 15 juli en lees mijn e-mail niet. Uw bericht wordt
niet doorgestuurd. Voor storingen kunt u terecht bij de servicedesk via
support@rsnl.nl of +32 3 201 44 00.

Dear sender,

I am out of the office until Monday 15 July and will not read e-mail. Your message
will not be forwarded. For faults please contact support@rsnl.nl or
+32 3 201 44 00.

Koen Claes
"""
    return message(A("Koen Claes", "k.claes@be.rsnl.nl"), f"Automatisch antwoord: {SUBJ(n)}", t,
                   "<a3f9c2e1d4b54f11a0c7@mail.be.rsnl.nl>", Leaf("text/plain", text, "utf-8", "quoted-printable"),
                   irt=MID(n), refs=[MID(n)], host="mail.be.rsnl.nl", ip="195.8.213.5",
                   extra=AUTOREPLY + [("X-Autoreply", "yes"), ("X-SmarterMail-Autoresponder", "true"),
                                      ("X-Mailer", "SmarterMail Enterprise Build 8877")])


add("13-smartermail-ooo.eml", "2024-07-04 09:01:00", None, "ignore", None, "nl",
    "SmarterMail auto-responder (be.rsnl.nl engineer), bilingual nl/en",
    "out-of-office threaded to our STORE-232 mail with the tag in the subject and an rsnl subdomain sender; "
    "it says nothing about the issue -> ignore, issue_ref null", m13)


# 14 ---------------------------------------------------------------- Spike (es)
def m14(t):
    n = 260
    body = """Hola:

Recibido. He abierto la incidencia MAD-0704-22 y la he asignado a Javier Prieto,
que hoy está por la zona centro.

El error E17 del reciclador suele ser un atasco en el casete 3. Mientras tanto la
tienda puede seguir cobrando en efectivo con el cajón manual.

Un saludo,
Lucía Ortega
Coordinadora de servicio técnico · RSNL Iberia
Tel. 910 48 22 17
"""
    attr = f"El 4 jul 2024, 9:00 +0200, StoreDesk <{US_ADDR}>, escribió:"
    text = body + "\nEnviado con Spike\n\n" + attr + "\n" + q(orig(n))
    h = page('<div class="spike-body">' + p_html(body) + '</div>\n<p style="color:#999;font-size:12px">Enviado con '
             '<a href="https://spikenow.com/r/a/?ref=spike-organic-signature">Spike</a></p>\n<p>' + html.escape(attr) +
             '</p>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p_html(orig(n)) + "</blockquote>")
    return message(A("Lucía Ortega", "l.ortega@es.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<ZoZAb3L9.spike.1720078860.e1@es.rsnl.nl>", alt(text, h, "===============1720078860==spike"),
                   irt=MID(n), refs=[MID(n)], host="mail.es.rsnl.nl", ip="195.8.216.3",
                   extra=[("X-Mailer", "Spike Email")])


add("14-spike-ack.eml", "2024-07-04 09:41:00", 260, "acknowledged", "MAD-0704-22", "es",
    "Spike (conversational e-mail client), es.rsnl.nl coordinator",
    "human receipt: 'He abierto la incidencia MAD-0704-22'; the id contains the date; decoys: E17, casete 3, "
    "phone 910 48 22 17, technician name", m14)


# 15 ---------------------------------------------------------------- Oracle Field Service (en), no threading
def m15(t):
    n = 204
    rows = [("Work order", "4400182"), ("Your reference", "STORE-204"), ("Location", f"{S(n)}, Spui 70, 2511 BT Den Haag"),
            ("Date", "Friday 5 July 2024"), ("Arrival window", "08:00 - 10:00"), ("Technician", "Bram (RSNL Field Service)"),
            ("Work type", "Card terminal - exchange / repair")]
    intro = "Dear StoreDesk,\n\nYour service appointment has been scheduled."
    outro = ("On the day of the visit you will receive a message when Bram is on his way, with a link to follow him live.\n\n"
             "Need to reschedule? Call +31 88 776 0155 and mention the work order number.\n\nRSNL Field Service")
    text = intro + "\n\n" + rows_text(rows) + "\n\n" + outro + "\n"
    h = page('<div style="background:#312d2a;color:#fff;padding:10px;font-size:18px">RSNL Field Service</div>\n' + p_html(intro) +
             "\n" + table(rows) + "\n" + p_html(outro) +
             '\n<p style="font-size:10px;color:#888">This is an automated message from Oracle Field Service. Please do not reply.</p>')
    return message(A("RSNL Field Service", "fieldservice@service.rsnl.nl"), "Your RSNL service appointment on Friday 5 July", t,
                   "<OFS.88123410.1720085400.notify@service.rsnl.nl>", alt(text, h, "----=_Part_40211_88123410.1720085400"),
                   host="notify.fs.ocs.oraclecloud.com", ip="138.1.33.90", extra=AUTO)


add("15-oraclefs-visit.eml", "2024-07-04 11:30:00", 204, "update", "4400182", "en",
    "Oracle Field Service appointment notification",
    "no threading, replaced subject; only the 'Your reference: STORE-204' field ties it to us; technician visit "
    "planned = update; decoys: arrival window, postcode 2511 BT, phone", m15, tz=0)


# 16 ---------------------------------------------------------------- Mojo Helpdesk (en)
def m16(t):
    n = 232
    link = "https://rsnl.mojohelpdesk.com/ma/#/tickets/1204537"
    body = f"""Hello StoreDesk,

Your ticket has been received and assigned number 1204537. One of our agents
will get back to you soon.

Ticket: #1204537 {T(n)} — {S(n)}
Priority: Normal (3)
Queue: Benelux - POS hardware

You can view the ticket here:
{link}

Thank you,
RSNL Support
"""
    text = "--- Please reply above this line ---\n\n" + body
    h = page('<div style="color:#aaa">--- Please reply above this line ---</div>\n' + p_html(body).replace(
        html.escape(link), f'<a href="{link}">{html.escape(link)}</a>'))
    return message(A("RSNL Support", "support@rsnl.nl"), f"[Ticket #1204537] {SUBJ(n)}", t,
                   "<ticket-1204537-created@rsnl.mojohelpdesk.com>", alt(text, h, "--==_mimepart_66868387_1204537"),
                   irt=MID(n), refs=[MID(n)], host="mail.mojohelpdesk.com", ip="208.94.147.11", extra=AUTO)


add("16-mojo-ack.eml", "2024-07-04 13:15:00", 232, "acknowledged", "1204537", "en",
    "Mojo Helpdesk new-ticket notification",
    "comes four hours after an out-of-office in the same thread (file 13); '[Ticket #1204537]' prefix plus tag; "
    "decoy: 'Priority: Normal (3)'", m16, tz=-240)


# 17 ---------------------------------------------------------------- PHC CS (pt), resolved
def m17(t):
    n = 258
    text = """Exmos. Senhores,

Informamos que a intervenção técnica abaixo foi realizada e que a avaria ficou
resolvida.

N.º do pedido:          2024/1187
Referência do cliente:  STORE-258
Loja:                   Porto Santa Catarina
Equipamento:            Impressora de talões, n.º série TM88X-4JQF025511
Intervenção:            substituição do conjunto da guilhotina (ref. peça 2141589)
                        e teste de corte com 50 talões
Técnico:                Rui Almeida
Data da intervenção:    04/07/2024 15:10 - 16:05
Estado:                 Resolvido - aguarda confirmação do cliente

A fatura FT 2024/3318 será enviada em separado (intervenção coberta pelo
contrato de manutenção n.º CM-0412, valor 0,00 EUR).

Com os melhores cumprimentos,
RSNL Portugal, Lda.
Assistência Técnica
NIF 509 876 543

Mensagem gerada automaticamente pelo PHC CS.
"""
    return message(A("RSNL Portugal - Assistência Técnica", "assistencia@pt.rsnl.nl", "iso-8859-1"),
                   "Pedido de Assistência Técnica n.º 2024/1187 - Intervenção realizada", t,
                   "<PHC.20240704174500.2024-1187@pt.rsnl.nl>", Leaf("text/plain", text, "iso-8859-1", "8bit"),
                   subj_cs="iso-8859-1", host="phc.pt.rsnl.nl", ip="195.8.215.30", extra=AUTO)


add("17-phc-resolved.eml", "2024-07-04 17:45:00", 258, "resolved", "2024/1187", "pt",
    "PHC CS (Portuguese ERP) technical-assistance notice",
    "'avaria ficou resolvida', status awaiting customer confirmation = resolved; replaced subject, no threading, tag only in 'Referência do cliente'; id contains a slash; 8bit iso-8859-1; "
    "decoys: invoice FT 2024/3318 (same shape as the id), contract CM-0412, part 2141589, serial, NIF", m17)


# 18 ---------------------------------------------------------------- Laposta newsletter TRAP
def m18(t):
    body = """RSNL Servicenieuws - juli 2024

Nieuwe firmware 4.12 voor PIN-terminals
Vanaf 15 juli rollen we firmware 4.12 uit op alle PIN-terminals in de Benelux.
De update gebeurt 's nachts; u hoeft niets te doen.

Zomerrooster servicedesk
Van 22 juli t/m 16 augustus is de servicedesk op zaterdag bereikbaar van
09:00 tot 13:00 uur. Storingen meldt u zoals altijd via support@rsnl.nl.

Bonrollen 80 mm - 10% zomerkorting
Bestel voor 31 juli met actiecode ZOMER24.

Met vriendelijke groet,
Team RSNL

U ontvangt deze e-mail omdat u klant bent van RSNL.
Afmelden: https://rsnl.email-provider.eu/unsubscribe/xq7k2m/9f3a1c5e
"""
    h = page('<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#00457c;color:#fff;padding:16px;font-size:22px">'
             'RSNL Servicenieuws</td></tr><tr><td style="padding:16px">\n' + p_html(body) + "\n</td></tr></table>")
    return message(A("RSNL", "nieuws@rsnl.nl"), "RSNL Servicenieuws juli: nieuwe PIN-firmware en zomerrooster servicedesk", t,
                   "<20240705061000.4a1b2c3d5e6f@laposta.nl>", alt(body, h, "b1_9f3a1c5e7d2b4a6c8e0f", cte="quoted-printable"),
                   host="m12.laposta.nl", ip="159.100.251.12",
                   extra=[("List-Unsubscribe", "<https://rsnl.email-provider.eu/unsubscribe/xq7k2m/9f3a1c5e>,\r\n <mailto:unsubscribe-xq7k2m@laposta.nl>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                          ("Feedback-ID", "xq7k2m:9f3a1c5e:laposta"), ("X-Mailer", "Laposta")],
                   pre=[("Return-Path", "<bounce-xq7k2m-9f3a1c5e@bounce.laposta.nl>")])


add("18-laposta-newsletter.eml", "2024-07-05 08:10:00", None, "ignore", None, "nl",
    "Laposta newsletter from nieuws@rsnl.nl",
    "bulk mail from the vendor's own domain with List-Unsubscribe; mentions firmware, faults and "
    "support@rsnl.nl but no issue of ours", m18)


# 19 ---------------------------------------------------------------- HelpCrunch autoreply (fr), no id
def m19(t):
    n = 233
    body = """Bonjour,

Merci pour votre message ! Notre équipe support l'a bien reçu et un technicien
vous répondra dans un délai de 4 heures ouvrées.

Vous pouvez répondre directement à cet e-mail pour ajouter des informations
(photos, numéro de série, etc.).

L'équipe RSNL Support France
"""
    h = page(p_html(body) + '\n<p style="font-size:11px;color:#9aa">Powered by <a href="https://helpcrunch.com">HelpCrunch</a></p>')
    return message(A("RSNL Support France", "support-fr@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<hc-reply-6f2a91d0c4b3@mail.helpcrunch.com>", alt(body + "\nPowered by HelpCrunch\n", h, "hc_boundary_6f2a91d0c4b3"),
                   irt=MID(n), refs=[MID(n)], host="mail.helpcrunch.com", ip="3.120.18.44", extra=AUTOREPLY)


add("19-helpcrunch-autoreply.eml", "2024-07-05 09:03:00", 233, "acknowledged", None, "fr",
    "HelpCrunch e-mail channel auto-reply",
    "receipt that implies a ticket but gives no number at all (vendor_ticket_id null); '4 heures ouvrées' decoy", m19)


# 20 ---------------------------------------------------------------- Horde IMP (de) reply to Fieldcode
def m20(t):
    n = 259
    body = """Hallo zusammen,

das Ersatzkabel für das PIN-Pad ist bestellt (Bestellnummer 4500123987, Artikel
10-4471-02) und soll Montag, 08.07., bei uns im Lager Köln-Ossendorf eintreffen.
Ich komme dann direkt am Montagnachmittag in die Schildergasse und tausche es.

Bis dahin bitte das PIN-Pad nicht mehr bewegen, der Wackelkontakt sitzt direkt
am Stecker.

Auftrag bleibt SA-2407-1182.

Gruß
Jürgen Weiß
Servicetechniker West
RSNL Deutschland GmbH · Mobil +49 171 445 2290
"""
    fc = ("Guten Tag,\n\nzu Ihrer Meldung wurde folgender Serviceauftrag angelegt:\n\n" + rows_text(fc_rows_10(n)) + "\n")
    text = body + "\nZitat von RSNL Service Deutschland <service@de.rsnl.nl>:\n\n" + q(fc)
    return message(A("Jürgen Weiß", "j.weiss@de.rsnl.nl"), f"Re: {SUBJ(n)} | Serviceauftrag SA-2407-1182 angelegt", t,
                   "<20240705144012.Horde.aBcD9eFgHiJkLmNoPqRs1_0@webmail.de.rsnl.nl>",
                   Leaf("text/plain", text, "utf-8", "quoted-printable", params="; format=flowed; DelSp=Yes"),
                   cc="RSNL Service Deutschland <service@de.rsnl.nl>", irt=FC_MID10, refs=[MID(n), FC_MID10],
                   host="webmail.de.rsnl.nl", ip="195.8.214.21",
                   extra=[("User-Agent", "Horde Application Framework 5"), ("Content-Disposition", "inline")])


add("20-horde-update.eml", "2024-07-05 14:40:00", 259, "update", "SA-2407-1182", "de",
    "Horde IMP webmail (de.rsnl.nl technician)",
    "reply to the Fieldcode notice with Horde's 'Zitat von ...:' attribution, format=flowed QP; part ordered "
    "and visit planned; decoys: Bestellnummer 4500123987, Artikel 10-4471-02, Kundennummer and serial in the quote", m20)


# 21 ---------------------------------------------------------------- Postbox (nl-BE) reply to Spacewell
SW_MID09 = "<SW.240703-0032.1.1719994320@mcs.spacewell.com>"


def m21(t):
    n = 231
    body = """Goeiemiddag,

Ik ben vanmorgen in Antwerpen Meir langs geweest voor kassa 3. Het toestel blijft
hangen op het BIOS-logo; een BIOS-update via USB is mislukt (melding "Secure
Flash verification failed"). Ik heb een nieuw moederbord besteld, levering
voorzien dinsdag 9/07. Ik plan dan meteen een tweede interventie in.

Kassa 3 staat voorlopig uit, de winkel draait op kassa 1 en 2.

Mvg,
Wim Peeters
Technieker - RSNL Belgium
+32 3 201 44 18
"""
    quoted = ("Beste,\n\nUw melding werd geregistreerd en wordt zo spoedig mogelijk behandeld.\n\n"
              f"Meldingsnummer: 240703-0032\nOmschrijving: {T(n)}\nLocatie: {S(n)} (Meir 78, 2000 Antwerpen)\n"
              "Prioriteit: P2 - binnen 8 werkuren\n")
    attr = "On 3/07/2024 10:12, RSNL Belgium Servicedesk wrote:"
    text = body + "\n" + attr + "\n" + q(quoted)
    h = page('<div class="moz-text-html">' + p_html(body) + '</div>\n<div class="moz-cite-prefix">' + html.escape(attr) +
             '<br></div>\n<blockquote type="cite" cite="mid:SW.240703-0032.1.1719994320@mcs.spacewell.com">' + p_html(quoted) + "</blockquote>",
             style="font-family:Helvetica;font-size:13px")
    return message(A("Wim Peeters", "w.peeters@be.rsnl.nl"), "Re: Melding 240703-0032 werd geregistreerd", t,
                   "<4f7c2b1a-9e3d-4b8a-a1c2-5d6e7f8a9b0c@be.rsnl.nl>", alt(text, h, "------------Ks0dXq2eJ7hW3mZ1rV8uP4yN", cte="8bit"),
                   cc="RSNL Support <support@rsnl.nl>", irt=SW_MID09, refs=[SW_MID09],
                   host="mail.be.rsnl.nl", ip="195.8.213.5", extra=[("User-Agent", "Postbox 7.0.60"), ("Content-Language", "nl-BE")])


add("21-postbox-update.eml", "2024-07-05 16:02:00", 231, "update", "240703-0032", "nl",
    "Postbox (macOS) technician reply, Flemish",
    "reply to the Spacewell notice: threading points only at Spacewell's Message-ID, no tag anywhere; only "
    "title+store in the quote identify STORE-231 (the title is shared with STORE-201); part ordered = update; "
    "decoys: kassa 3, date 9/07, P2", m21)


# 22 ---------------------------------------------------------------- Milvus (pt-BR template)
def m22(t):
    n = 234
    link = "https://rsnlpt.milvus.com.br/chamados/48102"
    rows = [("Número do chamado", "#48102"), ("Assunto", SUBJ(n)), ("Categoria", "Terminal de pagamento"),
            ("Prioridade", "Alta"), ("Mesa de trabalho", "Suporte Portugal")]
    inner = ('<div style="background:#1f6feb;color:#fff;padding:12px">Seu chamado foi aberto com sucesso</div>\n'
             "<p>Olá, StoreDesk!</p>\n" + table(rows) +
             f'\n<p><a href="{link}" style="background:#1f6feb;color:#fff;padding:8px 14px;text-decoration:none">Acompanhar chamado</a></p>\n'
             "<p>Atenciosamente,<br>\nEquipe RSNL Portugal</p>")
    return message(A("RSNL Portugal", "suporte@pt.rsnl.nl"), "Chamado #48102 aberto com sucesso", t,
                   "<milvus.48102.opened.1720249500@mail.milvus.com.br>", Leaf("text/html", page(inner), "utf-8", "base64"),
                   host="mail.milvus.com.br", ip="177.70.110.9", extra=AUTO)


add("22-milvus-ack.eml", "2024-07-06 09:05:00", 234, "acknowledged", "48102", "pt",
    "Milvus helpdesk (Brazilian template) new-ticket mail",
    "HTML-only base64, replaced subject, no threading; tag and title only in the 'Assunto' table cell; "
    "Brazilian 'chamado' wording to a Portuguese store; id written '#48102'", m22, tz=-180)


# 23 ---------------------------------------------------------------- Lansweeper (nl)
LS_MID23 = "<LS.ticket.1522.created.1720250400@helpdesk.nl.rsnl.nl>"


def m23(t):
    n = 206
    link = "https://helpdesk.nl.rsnl.nl/helpdesk/ticket.aspx?tid=1522"
    body = f"""Beste StoreDesk,

Uw ticket is aangemaakt met ticketnummer 1522. Een medewerker van de RSNL
helpdesk pakt uw melding zo snel mogelijk op.

Tickettype: Incident
Status: Open
Agent: (nog niet toegewezen)
Onderwerp: {SUBJ(n)}

Bekijk uw ticket in het portaal: {link}

Met vriendelijke groet,
RSNL Helpdesk
"""
    text = "--- Antwoord boven deze lijn ---\n\n" + body
    h = page('<div style="color:#aaa">--- Antwoord boven deze lijn ---</div>\n' + p_html(body) +
             '\n<p style="font-size:10px;color:#999">Powered by Lansweeper</p>')
    return message(A("RSNL Helpdesk", "helpdesk@nl.rsnl.nl"), f"Ticket 1522 aangemaakt: {SUBJ(n)}", t, LS_MID23,
                   alt(text, h, "--boundary_0_6c3e1b55-1522"), irt=MID(n), refs=[MID(n)],
                   host="helpdesk.nl.rsnl.nl", ip="195.8.211.60", extra=AUTO)


add("23-lansweeper-ack.eml", "2024-07-06 09:20:00", 206, "acknowledged", "1522", "nl",
    "Lansweeper Helpdesk ticket-created notification (Dutch template)",
    "short 4-digit id in 'Ticket 1522 aangemaakt:' prefix and portal link tid=1522; Saturday morning", m23)


# 24 ---------------------------------------------------------------- OTRS agent note (nl), tag removed
OTRS_MID24 = "<1720427700.441902.551837702@otrs.rsnl.nl>"


def m24(t):
    n = 201
    body = f"""Beste StoreDesk,

Vandaag is onze monteur bij kassa 3 in Amsterdam Centraal geweest. De kassa
komt niet verder dan het opstartlogo; bij een koude start zakt de spanning van
de voeding in. Er is een vervangende voeding (artikel 7731-240) besteld, de
levering wordt dinsdag 9 juli verwacht.

De status van het ticket is gewijzigd naar "wacht op onderdelen".

Met vriendelijke groet,

Mark de Wit
RSNL Servicedesk

01-07-2024 09:00 - StoreDesk schreef:
""" + q(orig(n)) + """
--
 RSNL B.V. - Servicedesk
 Keienbergweg 12 - 1101 GB Amsterdam
 E-mail: support@rsnl.nl - Web: https://www.rsnl.nl/
--
"""
    return message(A("Mark de Wit via RSNL Servicedesk", "support@rsnl.nl"),
                   f"[Ticket#2024070110000191] {T(n)} — {S(n)}", t, OTRS_MID24,
                   Leaf("text/plain", body, "utf-8", "quoted-printable"), irt=MID(n), refs=[MID(n)],
                   host="otrs.rsnl.nl", ip="195.8.211.40", extra=[("X-Mailer", "OTRS Mail Service (6.0.40)")])


add("24-otrs-update.eml", "2024-07-08 10:35:00", 201, "update", "2024070110000191", "nl",
    "OTRS 6 agent reply ('<agent> via <queue>' sender)",
    "agent removed [STORE-201] from the ticket title: only the Ticket# hook, threading and title+store remain; "
    "'wacht op onderdelen' = update; decoys: artikel 7731-240, dinsdag 9 juli, postcode", m24)


# 25 ---------------------------------------------------------------- Intercom (en)
def m25(t):
    n = 208
    body = """Hi there,

Thanks for your patience. I checked self-checkout SCO-2 in Gent Veldstraat
remotely: the PC is running and the checkout software is up, so the screen
itself (or its cable) seems to be the problem.

Could you ask the store to:
- check that the DisplayPort cable at the back of the screen is pushed in firmly;
- send us a photo of the LED at the bottom right of the screen (orange, white or off?)

With that we can decide whether to send a technician with a replacement screen.

Femke
RSNL Customer Support
"""
    h = page('<div class="intercom-container" style="max-width:600px">' + p_html(body) +
             '</div>\n<div style="font-size:12px;color:#999;margin-top:24px">Reply to this email directly or '
             '<a href="https://app.intercom.com/a/apps/rsnl/conversations/28471930015">view it in the browser</a>.<br>\n'
             '<a href="https://www.intercom.com/intercom-link?company=RSNL&amp;solution=customer-support&amp;utm_campaign=intercom-link">We run on Intercom</a></div>')
    return message(A("Femke from RSNL", "support@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<conversation_reply.28471930015.9d3c@intercom-mail.com>", alt(body, h, "--==_mimepart_668bc0a6e7f1c_19"),
                   irt=MID(n), refs=[MID(n)], reply_to="RSNL <reply+c2dd1a70e@rsnl.intercom-mail.com>",
                   host="mail.intercom-mail.com", ip="167.89.12.18")


add("25-intercom-update.eml", "2024-07-08 11:50:00", 208, "update", None, "en",
    "Intercom conversation reply e-mail",
    "agent asks the store for checks and a photo; no ticket number (the long number in the 'view it in the "
    "browser' link is Intercom's conversation id, not stated as a ticket); decoy: SCO-2", m25, tz=0)


# 26 ---------------------------------------------------------------- Fieldcode completion (de) + PDF
def m26(t):
    n = 259
    rows = [("Auftragsnummer", "SA-2407-1182"), ("Ihre Referenz", "STORE-259"), ("Standort", S(n)),
            ("Techniker", "Jürgen Weiß"), ("Arbeitsbeginn", "08.07.2024 14:05"), ("Arbeitsende", "08.07.2024 14:50"),
            ("Durchgeführte Arbeiten", "Anschlusskabel PIN-Pad getauscht (Art.-Nr. 10-4471-02), Testzahlung 0,01 EUR erfolgreich"),
            ("Status", "Technisch erledigt - Rückmeldung Kunde ausstehend"), ("Ergebnis", "Störung behoben")]
    text = ("Guten Tag,\n\ndie Arbeiten zu folgendem Serviceauftrag wurden durchgeführt:\n\n" + rows_text(rows) +
            "\n\nDen Servicebericht mit Kundenunterschrift finden Sie im Anhang.\n\nMit freundlichen Grüßen\n"
            "Ihr RSNL Service-Team\nHotline: +49 221 9876 5500\n")
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    root = Multi("mixed", [Leaf("text/plain", text, "utf-8", "quoted-printable"),
                           Leaf("application/pdf", pdf, None, "base64", params='; name="Servicebericht_SA-2407-1182.pdf"',
                                headers=['Content-Disposition: attachment; filename="Servicebericht_SA-2407-1182.pdf"'])],
                 "=_fc_7f3e0a1b2c45_mixed")
    return message(A("RSNL Service Deutschland", "service@de.rsnl.nl"),
                   f"Serviceauftrag SA-2407-1182: Arbeiten durchgeführt – {T(n)} ({S(n)})", t,
                   "<fc-notif-7f3e0a1b2c45.SA-2407-1182@de.rsnl.nl>", root,
                   host="notify.fieldcode.com", ip="91.198.44.80", extra=AUTO + [("X-Mailer", "Fieldcode Notification Service")])


add("26-fieldcode-resolved.eml", "2024-07-08 16:10:00", 259, "resolved", "SA-2407-1182", "de",
    "Fieldcode FSM work-order completion with PDF service report",
    "no threading, replaced subject; 'Ergebnis: Störung behoben', status 'technisch erledigt', customer feedback pending = resolved; multipart/mixed with a PDF whose "
    "file name repeats the id; decoys: Art.-Nr. 10-4471-02, 0,01 EUR, times", m26)


# 27 ---------------------------------------------------------------- HP Service Manager opened (en)
def m27(t):
    n = 237
    text = f"""Incident IM10234567 has been opened on your behalf.

Title:             {SUBJ(n)}
Status:            Open
Priority:          3 - Average
Assignment Group:  NL-FIELD-PRINTERS
Affected CI:       ZEB-AMS-0117
Opened:            09/07/24 09:12:03

Please quote IM10234567 in all correspondence about this incident.

This is an automatically generated message from HP Service Manager.
Do not reply to this e-mail.
"""
    return message(A("RSNL Service Desk", "servicemanager@rsnl.nl"), f"Incident IM10234567 has been opened: {SUBJ(n)}", t,
                   "<SM.IM10234567.open.1720509123@sm.rsnl.nl>", Leaf("text/plain", text, "utf-8", "8bit"),
                   host="sm.rsnl.nl", ip="195.8.211.70", extra=AUTO)


add("27-hpsm-ack.eml", "2024-07-09 09:12:10", 237, "acknowledged", "IM10234567", "en",
    "HP Service Manager incident-opened notification",
    "no threading but our subject is copied into 'Title'; IM-prefixed incident number; decoys: "
    "CI ZEB-AMS-0117, priority 3, date 09/07/24", m27)


# 28 ---------------------------------------------------------------- Evolution (nl) resolved
def m28(t):
    n = 201
    otrs = """Beste StoreDesk,

Vandaag is onze monteur bij kassa 3 in Amsterdam Centraal geweest. De kassa
komt niet verder dan het opstartlogo; bij een koude start zakt de spanning van
de voeding in. Er is een vervangende voeding (artikel 7731-240) besteld, de
levering wordt dinsdag 9 juli verwacht.
"""
    body = """Hoi,

Kassa 3 in Amsterdam Centraal draait weer. De nieuwe voeding is vanochtend
geplaatst; daarna vijf keer koud gestart zonder problemen. De oude voeding
(S/N FSP250-60-1187) neem ik mee voor RMA.

Wat ons betreft is ticket 2024070110000191 daarmee opgelost. Als de winkel nog
iets merkt hoor ik het graag, anders sluit het systeem het ticket over 7 dagen
automatisch.

Groet,
Erik Mulder
Servicemonteur regio Noord-Holland
RSNL Nederland B.V.

Op ma, 08-07-2024 om 10:35 +0200 schreef Mark de Wit via RSNL Servicedesk:
""" + q(otrs)
    return message(A("Erik Mulder", "e.mulder@nl.rsnl.nl"), f"Re: [Ticket#2024070110000191] {T(n)} — {S(n)}", t,
                   "<7f3b9c1e2d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c.camel@nl.rsnl.nl>",
                   Leaf("text/plain", body, "UTF-8", "8bit"), cc="RSNL Servicedesk <support@rsnl.nl>",
                   irt=OTRS_MID24, refs=[MID(n), OTRS_MID24], host="mail.nl.rsnl.nl", ip="195.8.211.77",
                   extra=[("X-Mailer", "Evolution 3.52.1 (3.52.1-1.fc40)"), ("Content-Language", "nl")])


add("28-evolution-resolved.eml", "2024-07-09 10:05:00", 201, "resolved", "2024070110000191", "nl",
    "GNOME Evolution technician reply",
    "'opgelost' but the auto-close is still 7 days away = resolved, not closed; no STORE tag, only "
    "References/Ticket# and title+store; decoys: serial FSP250-60-1187, artikel 7731-240 in the quote", m28)


# 29 ---------------------------------------------------------------- Zimbra Web Client (fr) still not fixed
def m29(t):
    n = 209
    body = """Bonjour,

Point sur le dossier 2407-LIL-061 : j'ai remplacé le routeur ce matin (ancien
n° de série CNX9-22814), mais les voyants WAN restent rouges. Le problème n'est
donc pas résolu.

La ligne fibre ne synchronise pas : j'ai ouvert un signalement chez l'opérateur
(réf. opérateur ORG-7781-5520), délai d'intervention annoncé 48 h. Comme pour
le dossier 2407-LIL-046 (caisse 2), je vous tiens au courant dès que j'ai un
retour.

En attendant, le magasin peut utiliser le routeur 4G de secours (bouton
« Backup » sur le coffret).

Cordialement,
Sophie Marchand
RSNL France - Support réseau
03 20 55 12 40
"""
    quoted = f"""----- Mail original -----
De: "StoreDesk" <{US_ADDR}>
À: "RSNL Support" <support@rsnl.nl>
Envoyé: Mardi 9 Juillet 2024 09:00:00
Objet: {SUBJ(n)}

""" + orig(n)
    text = body + "\n" + quoted
    h = page('<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' + p_html(body) +
             '<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">' +
             p_html(quoted.split("\n\n", 1)[0]) + '</div><div data-marker="__QUOTED_TEXT__">' + p_html(orig(n)) + "</div></div>")
    return message(A("Sophie Marchand", "s.marchand@sav.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<1874563920.4471.1720524600123.JavaMail.zimbra@sav.rsnl.nl>",
                   alt(text, h, "=_8a1b47f2-3c5d-4e6f-a7b8-c9d0e1f2a3b4"), irt=MID(n), refs=[MID(n)],
                   host="zimbra.sav.rsnl.nl", ip="195.8.212.40",
                   extra=[("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF127 (Linux)/10.0.8_GA_4611)"),
                          ("Thread-Topic", H(SUBJ(n), name="Thread-Topic")), ("Thread-Index", "kT9xq2Lr4s6V0oP8n3mZ1wQ7bYcAeF==")])


add("29-zimbra-update.eml", "2024-07-09 13:30:00", 209, "update", "2407-LIL-061", "fr",
    "Zimbra Web Client (sav.rsnl.nl) network engineer",
    "'Le problème n'est donc pas résolu' = update despite the router swap; decoy: another dossier 2407-LIL-046 "
    "(the STORE-257 case) in the same format, operator ref ORG-7781-5520, old serial; Zimbra '----- Mail original -----' "
    "header block quoting our subject", m29)


# 30 ---------------------------------------------------------------- Matrix42 resolved (de), References only
def m30(t):
    n = 235
    body = f"""Sehr geehrte Damen und Herren,

Ihr Ticket TCK00045187 „{T(n)} — {S(n)}“ wurde gelöst.

Lösung:
Der Access Point im Verkaufsraum (AP-KS-02) hat sich wegen eines
DHCP-Lease-Konflikts stündlich neu angemeldet. Wir haben die Lease-Zeit auf dem
WLAN-Controller auf 24 h gesetzt und die Firmware auf 8.10.130 aktualisiert.
Seit gestern 14:00 Uhr wurden keine Abbrüche mehr gemessen.

Dieses Ticket war dem übergeordneten Ticket TCK00045102 (Störung WLAN-Controller
Region West) zugeordnet.

Falls das Problem weiterhin besteht, antworten Sie bitte innerhalb von 5 Werktagen
auf diese E-Mail; danach wird das Ticket automatisch geschlossen.

Mit freundlichen Grüßen
Ihr RSNL Service Desk
"""
    h = page('<div style="border-top:4px solid #0a6ebd;padding:8px">' + p_html(body) +
             '</div>\n<p style="font-size:10px;color:#888">Matrix42 Enterprise Service Management</p>')
    return message(A("RSNL Service Desk", "servicedesk@de.rsnl.nl"), f"Ihr Ticket TCK00045187 wurde gelöst: {T(n)} — {S(n)}", t,
                   "<M42.TCK00045187.solved.638561124000000000@de.rsnl.nl>", alt(body, h, "--boundary_m42_3f1c_638561124", cte="base64"),
                   refs=[MID(n)], host="m42.de.rsnl.nl", ip="195.8.214.50", extra=AUTO)


add("30-matrix42-resolved.eml", "2024-07-09 15:00:00", 235, "resolved", "TCK00045187", "de",
    "Matrix42 ESM solved notification",
    "only a References header to our mail (no In-Reply-To), subject replaced without tag; base64 "
    "multipart/alternative; decoys: parent ticket TCK00045102 in the same format, AP-KS-02, firmware 8.10.130, "
    "'5 Werktagen' auto-close warning (not yet closed)", m30)


# 31 ---------------------------------------------------------------- Mojo: other customer TRAP
def m31(t):
    body = """--- Please reply above this line ---

Hello Marieke,

A new comment was added to ticket #1204890 "Scale shows wrong weight — Bakkerij
Visser Leiden":

"Our technician recalibrated the scale at your Leiden shop this afternoon with
certified test weights (2 kg and 5 kg). Could you confirm the weight is now
correct at checkout 2?"

View the ticket: https://rsnl.mojohelpdesk.com/ma/#/tickets/1204890

Thank you,
RSNL Support
"""
    return message(A("RSNL Support", "support@rsnl.nl"), "[Ticket #1204890] Scale shows wrong weight — Bakkerij Visser Leiden", t,
                   "<ticket-1204890-comment-3@rsnl.mojohelpdesk.com>", Leaf("text/plain", body, "utf-8", "quoted-printable"),
                   to="Marieke Visser <marieke@bakkerijvisser.example>", cc=US,
                   host="mail.mojohelpdesk.com", ip="208.94.147.11", extra=AUTO)


add("31-mojo-othercustomer.eml", "2024-07-09 16:40:00", None, "ignore", None, "en",
    "Mojo Helpdesk comment notification for another customer",
    "real vendor notification (same helpdesk as file 16) but about another customer's ticket #1204890; we are "
    "only in Cc by mistake; its title equals ours for STORE-210/STORE-240 but the store is 'Bakkerij Visser Leiden'", m31, tz=-240)


# 32 ---------------------------------------------------------------- AFAS closed (nl), title+store only
def m32(t):
    n = 229
    inner = f"""<p>Geachte heer/mevrouw,</p>
<p>Uw melding 88412 ({T(n)}, {S(n)}) is afgehandeld en gesloten. De kabel van de PIN-pad is op 09-07-2024 vervangen door onze monteur; zie werkbon WB-24-15530.</p>
<p>Bent u niet tevreden over de afhandeling? Neem dan binnen 14 dagen contact met ons op onder vermelding van het meldingsnummer.</p>
<p>Met vriendelijke groet,</p>
<p>RSNL Klantenservice<br>
T 088 776 0100 | klantenservice@rsnl.nl</p>
<p style="font-size:11px;color:#777">RSNL B.V. | KvK 34218872 | BTW NL812345678B01 | Dit bericht is automatisch verzonden vanuit AFAS Profit.</p>"""
    return message(A("RSNL Klantenservice", "klantenservice@rsnl.nl"), "Uw melding 88412 is afgehandeld", t,
                   "<AFAS.7c2e9b1f04a34d6e9f1a2b3c4d5e6f70@mail.afasonline.com>",
                   Leaf("text/html", page(inner, "windows-1252", "font-family:Calibri;font-size:11pt"), "windows-1252", "base64"),
                   host="smtp.afasonline.com", ip="185.100.72.19")


add("32-afas-closed.eml", "2024-07-10 08:30:00", 229, "closed", "88412", "nl",
    "AFAS Profit dossier workflow notification",
    "'afgehandeld en gesloten' = closed; still no tag or threading, title+store in parentheses; decoys: "
    "werkbon WB-24-15530, '14 dagen', KvK", m32)


# 33 ---------------------------------------------------------------- Claws Mail MDN TRAP
def m33(t):
    n = 210
    text = f"""This is a Return Receipt for the mail that you sent to r.sousa@pt.rsnl.nl.

Note: This Return Receipt only acknowledges that the message was displayed on the
recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

Subject: {SUBJ(n)}
"""
    mdn = f"""Reporting-UA: pc-rsousa.pt.rsnl.nl; Claws Mail 4.2.0
Final-Recipient: rfc822; r.sousa@pt.rsnl.nl
Original-Message-ID: {MID(n)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    root = Multi("report", [Leaf("text/plain", text, "utf-8", "8bit"), Leaf("message/disposition-notification", mdn, None, "7bit")],
                 "Multipart=_Wed__10_Jul_2024_09_30_02_+0200_c1Ku4s", params=" report-type=disposition-notification;")
    return message(A("Ricardo Sousa", "r.sousa@pt.rsnl.nl"), f"Return Receipt (displayed) - {SUBJ(n)}", t,
                   "<20240710093002.2f1c4b8a@pc-rsousa.pt.rsnl.nl>", root, irt=MID(n), refs=[MID(n)],
                   host="mail.pt.rsnl.nl", ip="195.8.215.4", extra=[("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")])


add("33-claws-mdn.eml", "2024-07-10 09:30:02", None, "ignore", None, "en",
    "Claws Mail message disposition notification (read receipt)",
    "MDN from an RSNL engineer threaded to our STORE-210 mail with tag/title/store in subject; a read receipt "
    "is not a vendor statement -> issue_ref null", m33)


# 34 ---------------------------------------------------------------- DeskDirector (en), id only in link
def m34(t):
    n = 238
    link = "https://rsnl.deskdirector.com/portal/tickets/77410"
    rows = [("Summary", SUBJ(n)), ("Board", "Service Desk NL"), ("Status", "New"), ("Priority", "Priority 2 - High"),
            ("Company", "StoreDesk B.V."), ("Agreement", "Retail Care Gold (AGR-2291)")]
    intro = "Hi StoreDesk,\n\nThanks - we've logged your request and our team will be in touch shortly."
    text = intro + "\n\n" + rows_text(rows) + f"\n\nView your ticket: {link}\n\nRSNL Service Portal\n"
    h = page(p_html(intro) + "\n" + table(rows) + f'\n<p><a href="{link}">{html.escape(link)}</a></p>\n<p>RSNL Service Portal</p>'
             '\n<p style="font-size:10px;color:#999">Sent by DeskDirector</p>')
    return message(A("RSNL Service Portal", "noreply@rsnl.deskdirector.com"), f"New ticket created - {SUBJ(n)}", t,
                   "<dd.notify.77410.created.1720597800@rsnl.deskdirector.com>", alt(text, h, "dd-5c7e3b1a-77410-alt"),
                   irt=MID(n), refs=[MID(n)], host="mail.deskdirector.com", ip="52.64.18.201", extra=AUTO)


add("34-deskdirector-ack.eml", "2024-07-10 09:50:00", 238, "acknowledged", "77410", "en",
    "DeskDirector portal (hosted rsnl.deskdirector.com) ticket-created notice",
    "hosted helpdesk domain with RSNL display name; the ticket id 77410 appears only in the portal URL; "
    "decoys: agreement AGR-2291, 'Priority 2'", m34, tz=720)


# 35 ---------------------------------------------------------------- WHD resolved (en)
def m35(t):
    n = 202
    body = f"""---- Reply ABOVE THIS LINE to add a Note to this Ticket ----

Ticket No.: 31207
Status: Resolved
Tech: Joost van Leeuwen

Note from Joost van Leeuwen (10/07/2024 16:18):
Replaced the USB interface board of the receipt printer (part 2130114) at
Utrecht Hoog Catharijne. Printer is back online on till 2 and till 4, test
receipts OK. Old board taken back for RMA 88-3307.

If the problem comes back, simply reply to this e-mail and the ticket will be
re-opened.

{WHD_LINK}

RSNL Service Desk
"""
    h = page(p_html(body).replace(html.escape(WHD_LINK), f'<a href="{WHD_LINK}">View ticket</a>'))
    return message(A("RSNL Service Desk", "support@rsnl.nl"), f"Ticket 31207: {SUBJ(n)}", t,
                   "<1884290377.2210.1720621223418.JavaMail.whd@helpdesk.rsnl.nl>",
                   alt(body, h, "----=_Part_2209_1036415226.1720621223418"),
                   refs=[MID(n), "<1573622914.1187.1719903722417.JavaMail.whd@helpdesk.rsnl.nl>"],
                   host="helpdesk.rsnl.nl", ip="195.8.211.51", extra=AUTO)


add("35-webhelpdesk-resolved.eml", "2024-07-10 16:20:00", 202, "resolved", "31207", "en",
    "SolarWinds Web Help Desk status/note e-mail",
    "'Status: Resolved' with a tech note, reopen-by-reply; the HTML alternative hides the ticket link behind "
    "'View ticket'; decoys: part 2130114, RMA 88-3307, till 2 / till 4", m35)


# 36 ---------------------------------------------------------------- Open-Xchange (de), threading only
def m36(t):
    n = 211
    body = """Hallo StoreDesk-Team,

zu Auftrag 711-0385: ein Techniker ist für Dienstag, 16.07.2024, zwischen 10:00
und 12:00 Uhr eingeplant. Er bringt ein Ersatz-Kundendisplay (Typ VFD-220) mit.

Bitte informieren Sie die Filiale in der Schildergasse, dass Kasse 1 während des
Tauschs ca. 30 Minuten nicht verfügbar ist.

Viele Grüße
Katrin Hoffmann
Disposition Service West
RSNL Deutschland GmbH
Tel. +49 221 9876 5512

RSNL Deutschland GmbH · Sitz Köln · Amtsgericht Köln HRB 98765
Geschäftsführer: Dirk Janssen, Petra Lorenz
"""
    h = page('<div class="default-style">' + p_html(body) + "</div>", style="font-family:Arial;font-size:10pt")
    return message(A("Katrin Hoffmann", "k.hoffmann@de.rsnl.nl"), "AW: Kundendisplay Kasse 1 – Termin", t,
                   "<1293847561.18224.1720689240987@ox.de.rsnl.nl>", alt(body, h, "----=_Part_18223_530214419.1720689240987"),
                   irt=MID(n), refs=[MID(n)], host="ox.de.rsnl.nl", ip="195.8.214.33",
                   extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"), ("X-Originating-Client", "open-xchange-appsuite"),
                          ("Importance", "Normal"), ("X-Priority", "3")])


add("36-openxchange-update.eml", "2024-07-11 11:14:00", 211, "update", "711-0385", "de",
    "Open-Xchange App Suite webmail (de.rsnl.nl dispatcher)",
    "subject rewritten in German, quote deleted: no tag, no title, store only as 'Schildergasse' - In-Reply-To/"
    "References are the only link to STORE-211; visit planned; decoys: VFD-220, Kasse 1, times, phone, HRB 98765 in the disclaimer", m36)


# 37 ---------------------------------------------------------------- Webex invitation TRAP
def m37(t):
    desc = ("Marloes Bakker invites you to join this Webex meeting.\n\nRSNL x StoreDesk - service review Q3\n"
            "Thursday, 25 July 2024 14:00 | 1 hour | (UTC+02:00) Amsterdam, Berlin, Rome\n\n"
            "Join meeting: https://rsnl.webex.com/rsnl/j.php?MTID=m5c1e8a7f2b3d4c6e9f0a1b2c3d4e5f60\n"
            "Meeting number (access code): 2734 118 0032\nMeeting password: Q3review!\n\n"
            "Agenda: SLA figures Q2, open tickets, firmware roll-out PIN terminals, summer schedule.\n")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
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
UID:m5c1e8a7f2b3d4c6e9f0a1b2c3d4e5f60@rsnl.webex.com
DTSTAMP:20240711T120000Z
DTSTART;TZID=Europe/Amsterdam:20240725T140000
DTEND;TZID=Europe/Amsterdam:20240725T150000
SUMMARY:RSNL x StoreDesk - service review Q3
ORGANIZER;CN=Marloes Bakker:mailto:m.bakker@rsnl.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:{US_ADDR}
LOCATION:https://rsnl.webex.com/rsnl/j.php?MTID=m5c1e8a7f2b3d4c6e9f0a1b2c3d4e5f60
DESCRIPTION:Meeting number (access code): 2734 118 0032\\nMeeting password:
  Q3review!\\nAgenda: SLA figures Q2\\, open tickets\\, firmware roll-out.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    root = Multi("alternative", [Leaf("text/plain", desc, "utf-8", "quoted-printable"),
                                 Leaf("text/html", page(p_html(desc)), "utf-8", "quoted-printable"),
                                 Leaf("text/calendar", ics, "utf-8", "7bit", params="; method=REQUEST")],
                 "----=_Part_771204_1312866913.1720699200000")
    return message(A("Marloes Bakker (via Webex)", "messenger@webex.com"),
                   "Webex meeting invitation: RSNL x StoreDesk - service review Q3", t,
                   "<1312866913.771205.1720699200000@webex.com>", root, reply_to=A("Marloes Bakker", "m.bakker@rsnl.nl"),
                   host="mx-out.webex.com", ip="66.163.32.10")


add("37-webex-invite.eml", "2024-07-11 14:00:00", None, "ignore", None, "en",
    "Cisco Webex meeting invitation (text/calendar METHOD:REQUEST)",
    "calendar invitation from the RSNL account manager for a quarterly review; mentions open tickets but no issue; "
    "decoys: meeting number 2734 118 0032, password", m37, tz=0)


# 38 ---------------------------------------------------------------- HPSM resolved (en)
def m38(t):
    n = 237
    text = f"""Incident IM10234567 has been resolved.

Title:             {SUBJ(n)}
Status:            Resolved
Closure Code:      Solved by Replacement
Resolution:        Printhead of label printer ZD421 (S/N D4J221601187)
                   replaced; the old head had a broken heating element.
                   Media sensor calibrated, 20 test labels printed OK.
Resolved:          11/07/24 17:04:51
Related Problem:   PM10000871

If you do not agree with this resolution, reply within 3 working days quoting
IM10234567. Otherwise the incident will be closed automatically.

This is an automatically generated message from HP Service Manager.
"""
    return message(A("RSNL Service Desk", "servicemanager@rsnl.nl"), "Incident IM10234567 has been resolved", t,
                   "<SM.IM10234567.resolve.1720710291@sm.rsnl.nl>", Leaf("text/plain", text, "utf-8", "8bit"),
                   host="sm.rsnl.nl", ip="195.8.211.70", extra=AUTO)


add("38-hpsm-resolved.eml", "2024-07-11 17:05:00", 237, "resolved", "IM10234567", "en",
    "HP Service Manager incident-resolved notification",
    "subject has only the IM number; tag and title/store in the 'Title' field; 'Closure Code' wording but status "
    "Resolved with a 3-day window = resolved; decoys: problem PM10000871 (same shape), serial D4J221601187", m38)


# 39 ---------------------------------------------------------------- Spacewell closed (nl-BE)
def m39(t):
    n = 231
    rows = [("Meldingsnummer", "240703-0032"), ("Omschrijving", T(n)), ("Locatie", S(n)), ("Status", "Afgesloten"),
            ("Oplossing", "Moederbord kassa 3 vervangen op 09/07/2024 (interventie INT-24-07713). Kassa 3 start normaal op."),
            ("Afgesloten op", "12/07/2024 07:59")]
    inner = ("<p>Beste,</p>\n<p>Uw melding werd afgesloten.</p>\n" + table(rows) +
             "\n<p>Gelieve niet te antwoorden op deze e-mail. Voor een nieuwe storing maakt u een nieuwe melding aan.</p>\n"
             "<p>Met vriendelijke groeten,<br>\nRSNL Belgium - Servicedesk</p>")
    text = ("Beste,\n\nUw melding werd afgesloten.\n\n" + rows_text(rows) +
            "\n\nGelieve niet te antwoorden op deze e-mail. Voor een nieuwe storing maakt u een nieuwe melding aan.\n\n"
            "Met vriendelijke groeten,\nRSNL Belgium - Servicedesk\n")
    return message(A("RSNL Belgium Servicedesk", "noreply@be.rsnl.nl"), "Melding 240703-0032 werd afgesloten", t,
                   "<SW.240703-0032.7.1720763990@mcs.spacewell.com>", alt(text, page(inner), "=_spacewell_mime_7d01e2f3"),
                   host="smtp.spacewell.com", ip="52.48.113.7", extra=AUTO)


add("39-spacewell-closed.eml", "2024-07-12 08:00:00", 231, "closed", "240703-0032", "nl",
    "Spacewell (MCS) FM notification, Flemish",
    "'werd afgesloten' with the fix in 'Oplossing' = closed; title+store only (title shared with STORE-201); "
    "decoy: interventie INT-24-07713, dates", m39)


# 40 ---------------------------------------------------------------- Teamwork Desk closed (en)
def m40(t):
    n = 205
    body = f"""Hi StoreDesk,

Your ticket #2380118 "{T(n)} — {S(n)}" has been closed by Anouk Jacobs.

Last message from Anouk:
"We replaced the PoE injector of access point AP-EHV-03 and moved the store
SSID to channel 36. The store confirmed this morning that the Wi-Fi has been
stable for 3 days, so I'm closing this ticket."

If you need anything else, just reply to this email and we'll reopen the ticket.

RSNL Support
"""
    h = page(p_html(body) + '\n<p style="font-size:11px;color:#aaa">Powered by Teamwork Desk</p>')
    return message(A("RSNL Support", "support@rsnl.nl"), "Your ticket #2380118 has been closed", t,
                   "<desk.ticket.2380118.closed.1720768500@rsnl.teamwork.com>", alt(body, h, "=_tw_desk_2380118_closed"),
                   refs=[MID(n)], host="mail.teamwork.com", ip="54.229.7.134", extra=AUTO)


add("40-teamworkdesk-closed.eml", "2024-07-12 09:15:00", 205, "closed", "2380118", "en",
    "Teamwork Desk ticket-closed notification",
    "first mail we see for STORE-205 is already the closure (after store confirmation); subject replaced, "
    "only References; decoys: AP-EHV-03, channel 36, '3 days'", m40, tz=60)


# 41 ---------------------------------------------------------------- Nine (es)
def m41(t):
    n = 212
    body = """Hola,

He revisado en remoto el PC de la trastienda (incidencia MAD-0712-07). El disco
está al 98 % y el antivirus lleva desde el lunes escaneando la carpeta de
copias de seguridad de la báscula. He pausado el análisis y he liberado 40 GB
de temporales; va algo mejor, pero todavía no está bien.

Dos preguntas para la tienda:
1. ¿Alguien ha conectado un disco USB externo esta semana?
2. ¿El PC va lento también por la mañana, antes de abrir?

Mañana a primera hora vuelvo a conectarme.

Javier Prieto
RSNL Iberia

Enviado desde Nine

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a
su destinatario y pueden contener información confidencial. RSNL Iberia, S.L.
(CIF B-87654321) trata sus datos conforme al RGPD. Si ha recibido este mensaje
por error, le rogamos que lo comunique al remitente y lo elimine.
"""
    quoted = f"""-----Mensaje original-----
De: StoreDesk [mailto:{US_ADDR}]
Enviado: viernes, 12 de julio de 2024 9:00
Para: RSNL Support
Asunto: {SUBJ(n)}

""" + orig(n)
    text = body + "\n" + quoted
    h = page(p_html(body) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + p_html(quoted) + "</div>")
    return message(A("Javier Prieto", "j.prieto@es.rsnl.nl"), f"RE: {SUBJ(n)}", t,
                   "<c1f5a8e2-77b1-4b1e-9f2c-1d3e5f7a9b0c@es.rsnl.nl>", alt(text, h, "--_com.ninefolders.hd3.email_18823417429930_alt"),
                   irt=MID(n), refs=[MID(n)], host="mail.es.rsnl.nl", ip="195.8.216.3",
                   extra=[("X-Mailer", "Nine for Android 5.4.4"), ("Importance", "Normal")])


add("41-nine-update.eml", "2024-07-12 10:40:00", 212, "update", "MAD-0712-07", "es",
    "Nine (Android Exchange client) engineer reply",
    "partial remote fix 'todavía no está bien' plus questions = update; Outlook-style Spanish header block; "
    "decoys: 98 %, 40 GB, CIF in the legal disclaimer", m41)


# 42 ---------------------------------------------------------------- FairEmail (da/en)
def m42(t):
    n = 240
    body = """Hej,

Jeg har kigget på loggen fra vægten i Den Haag Spui via fjernadgang. Vejecellen
driver ca. 15 g, og fabrikskalibreringen blev overskrevet ved softwareopdateringen
i juni. Vægten skal genkalibreres på stedet med certificerede lodder, så jeg har
bedt vores hollandske kolleger om at sende en tekniker i næste uge.

(English: the load cell drifts about 15 g because the June software update
overwrote the factory calibration. It needs an on-site recalibration with
certified weights; our Dutch colleagues will send a technician next week.)

Venlig hilsen / Kind regards
Mikkel Sørensen
Vægtspecialist, RSNL Danmark
Sagsnr. 24-07-0291 · Tlf. +45 70 22 14 90
"""
    attr = f"Den 12.07.2024 kl. 09:00 skrev StoreDesk <{US_ADDR}>:"
    text = body + "\n" + attr + "\n" + q(orig(n))
    h = page(p_html(body) + '\n<p class="fairemail-reply">' + html.escape(attr) + '</p>\n<blockquote style="border-left:3px solid #ccc;padding-left:3px">' +
             p_html(orig(n)) + "</blockquote>")
    return message(A("Mikkel Sørensen", "mikkel.sorensen@dk.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<7a8b9c0d-1e2f-4a4b-8c6d-7e8f9a0b1c2d@dk.rsnl.nl>", alt(text, h, "----=_Part_3_201907321.1720782300123"),
                   irt=MID(n), refs=[MID(n)], host="mail.dk.rsnl.nl", ip="195.8.217.12",
                   extra=[("User-Agent", "FairEmail 1.2212"), ("Content-Language", "da")])


add("42-fairemail-update.eml", "2024-07-12 13:05:00", 240, "update", "24-07-0291", "da",
    "FairEmail (Android) reply from a Danish specialist, Danish with English summary",
    "bilingual da/en; diagnosis and technician to be sent = update; the case number 'Sagsnr. 24-07-0291' "
    "sits in the signature line next to the phone number; decoy: 15 g", m42)


# 43 ---------------------------------------------------------------- eMaint completed (en), title+store only
def m43(t):
    n = 239
    rows = [("Work Order", "120447"), ("Description", f"{T(n)} — {S(n)}"), ("Site", S(n)),
            ("Asset", "Edge router (Asset ID RTR-RTM-0042)"), ("Work Type", "Corrective"), ("Completed By", "T. Bakker"),
            ("Date Completed", "07/12/2024"),
            ("Completion Notes", "Replaced failed SFP module on WAN port; all LEDs green, VPN to head office re-established."),
            ("Labor Hours", "1.50")]
    inner = ('<div style="background:#5b2c83;color:#fff;padding:10px">eMaint CMMS - Work Order Completed</div>\n'
             "<p>The following work order has been completed.</p>\n" + table(rows) +
             '\n<p style="font-size:10px;color:#888">This is an automated notification from RSNL Facilities &amp; Service (eMaint X5).</p>')
    return message(A("RSNL Facilities & Service", "noreply@emaint.com"), f"Work Order 120447 Completed - {T(n)} ({S(n)})", t,
                   "<emaint.wo.120447.complete.1720791000@x5.emaint.com>", Leaf("text/html", page(inner), "utf-8", "quoted-printable"),
                   host="mail.emaint.com", ip="64.78.22.140", extra=AUTO)


add("43-emaint-resolved.eml", "2024-07-12 15:30:00", 239, "resolved", "120447", "en",
    "eMaint CMMS work-order-completed notification",
    "HTML-only QP from the product's own domain (RSNL display name); no tag, no threading, title+store only; "
    "US date 07/12/2024; completed with fix = resolved; decoys: Asset ID RTR-RTM-0042, labor hours", m43, tz=-240)


# 44 ---------------------------------------------------------------- K-9 (nl) reply to Lansweeper
def m44(t):
    n = 206
    body = """Lade van kassa 2 in Groningen gaat weer open. Magneetspoel was niet kapot, de
RJ12-kabel naar de bonprinter zat los (de printer stuurt de lade aan). Kabel
vervangen en vastgezet. Ticket 1522 mag wat mij betreft dicht zodra de winkel
het bevestigt.

Henk
-- 
Verzonden van mijn Android apparaat met K-9 Mail. Excuseer mijn beknoptheid.
"""
    quoted = f"""--- Antwoord boven deze lijn ---

Beste StoreDesk,

Uw ticket is aangemaakt met ticketnummer 1522. Een medewerker van de RSNL
helpdesk pakt uw melding zo snel mogelijk op.

Onderwerp: {SUBJ(n)}
"""
    text = body + "\nOp 6 juli 2024 09:20:00 CEST schreef RSNL Helpdesk <helpdesk@nl.rsnl.nl>:\n" + q(quoted, ">")
    return message(A("Henk Bos", "h.bos@nl.rsnl.nl"), f"Re: Ticket 1522 aangemaakt: {SUBJ(n)}", t,
                   "<A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF@email.android.com>", Leaf("text/plain", text, "UTF-8", "8bit"),
                   cc="RSNL Helpdesk <helpdesk@nl.rsnl.nl>", irt=LS_MID23, refs=[MID(n), LS_MID23],
                   host="mail.nl.rsnl.nl", ip="195.8.211.77", extra=[("User-Agent", "K-9 Mail for Android")])


add("44-k9-resolved.eml", "2024-07-12 17:20:00", 206, "resolved", "1522", "nl",
    "K-9 Mail for Android technician reply",
    "terse mobile reply: fixed, 'mag dicht zodra de winkel het bevestigt' = resolved awaiting confirmation; "
    "'>' quoting without space of the Lansweeper notice; decoys: kassa 2, RJ12", m44)


# 45 ---------------------------------------------------------------- Milvus closed (pt)
def m45(t):
    n = 234
    rows = [("Chamado", "#48102"), ("Assunto", SUBJ(n)),
            ("Solução", "Terminal substituído (n.º série 805-771-302) e parametrizado com o TID 20488193; pagamentos de teste aprovados."),
            ("Finalizado em", "13/07/2024 09:00")]
    inner = ('<div style="background:#1f6feb;color:#fff;padding:12px">Chamado finalizado</div>\n<p>Olá, StoreDesk!</p>\n'
             "<p>O chamado #48102 foi finalizado.</p>\n" + table(rows) +
             '\n<p>Como foi o nosso atendimento? <a href="https://rsnlpt.milvus.com.br/avaliacao/48102?nota=5">Avaliar</a></p>\n'
             "<p>Atenciosamente,<br>\nEquipe RSNL Portugal</p>")
    return message(A("RSNL Portugal", "suporte@pt.rsnl.nl"), "Chamado #48102 finalizado", t,
                   "<milvus.48102.closed.1720854000@mail.milvus.com.br>", Leaf("text/html", page(inner), "utf-8", "base64"),
                   host="mail.milvus.com.br", ip="177.70.110.9", extra=AUTO)


add("45-milvus-closed.eml", "2024-07-13 09:00:00", 234, "closed", "48102", "pt",
    "Milvus helpdesk ticket-finished mail",
    "'finalizado' = closed (Milvus' final state) with the solution and a rating link; HTML-only base64; "
    "decoys: serial 805-771-302, TID 20488193", m45, tz=-180)


# 46 ---------------------------------------------------------------- Alpine (en) NOC
def m46(t):
    n = 214
    body = """Hi,

NOC here, picked this up from the queue as NOC-24-1418.

The price checker at Utrecht HC (MAC 00:1b:4f:22:14:18) stopped getting a DHCP
lease after Friday's switch config push; its port ended up in VLAN 1 instead of
VLAN 214. I've put the port back in the POS VLAN but the device still doesn't
show up, so it probably needs a power cycle. Can someone in the store pull the
power for 10 s? I'll check again tomorrow 08:00.

-- 
Tom Visser
RSNL Network Operations Centre, 24/7
+31 88 776 0199

On Sun, 14 Jul 2024, StoreDesk wrote:

""" + q(orig(n))
    return message(A("Tom Visser", "t.visser@noc.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<alpine.DEB.2.22.394.2407142138110.3311@noc-ws01>",
                   Leaf("TEXT/PLAIN", body, "US-ASCII", "7bit", params="; format=flowed"),
                   irt=MID(n), refs=[MID(n)], host="mail.noc.rsnl.nl", ip="195.8.211.99",
                   extra=[("User-Agent", "Alpine 2.26 (DEB 649 2022-06-02)")])


add("46-alpine-update.eml", "2024-07-14 21:40:00", 214, "update", "NOC-24-1418", "en",
    "Alpine 2.26 plain-text reply from the RSNL NOC",
    "US-ASCII format=flowed, Sunday night; still not working, asks for a power cycle = update; decoys: "
    "VLAN 214 (same digits as the issue), MAC ending 14:18 (same digits as the id), 10 s, 08:00", m46)


# 47 ---------------------------------------------------------------- SurveyMonkey TRAP
def m47(t):
    n = 202
    link = "https://www.surveymonkey.com/tr/v1/te/Rk7x2Lq9_2FZp3mB8sT0vW1yN4cE6gH"
    body = f"""Hello,

Recently you contacted RSNL about "{SUBJ(n)}" (ticket 31207).
We'd love to hear how we did. The survey takes about 2 minutes.

Begin Survey: {link}

Please do not forward this email as its survey link is unique to you.
Privacy | Unsubscribe
Powered by SurveyMonkey
"""
    h = page(p_html(body).replace(html.escape(link), f'<a href="{link}" style="background:#00bf6f;color:#fff;padding:8px 16px">Begin Survey</a>'))
    return message(A("RSNL Customer Care", "member@surveymonkeyuser.com"), "How did we do? Your feedback on ticket 31207", t,
                   "<0.0.2A.9F3.1DAD6A3C4B2E8F0.0@mail.surveymonkeyuser.com>", alt(body, h, "===============6480217739148031==",
                                                                                    cte="quoted-printable"),
                   reply_to="customercare@rsnl.nl", host="mail.surveymonkeyuser.com", ip="66.135.198.20",
                   extra=[("List-Unsubscribe", "<https://www.surveymonkey.com/optout.aspx?sm=Rk7x2Lq9>"), ("Precedence", "bulk")])


add("47-surveymonkey-survey.eml", "2024-07-15 10:00:00", None, "ignore", None, "en",
    "SurveyMonkey e-mail invitation on behalf of RSNL",
    "satisfaction survey quoting our [STORE-202] subject and WHD ticket 31207; not a status statement -> ignore, issue_ref null", m47, tz=-420)


# 48 ---------------------------------------------------------------- Comarch Field Service (pl)
CFS_MID48 = "<CFS.ZS-2024-07-0153.status.1721038200@serwis.pl.rsnl.nl>"
CFS_TEXT48 = """Szanowni Państwo,

status zlecenia serwisowego został zmieniony.

Numer zlecenia:              ZS/2024/07/0153
Numer zgłoszenia klienta:    STORE-213
Urządzenie:                  terminal mobilny MC3300, nr seryjny 21187522100431
Lokalizacja klienta:         Amsterdam Centraal
Poprzedni status:            Przyjęte do serwisu
Nowy status:                 W naprawie
Opis:                        wymiana akumulatora oraz styków ładowania,
                             przewidywany czas naprawy 3 dni robocze
Nr listu przewozowego:       6203 9981 0044 17

Wiadomość wygenerowana automatycznie przez system Comarch Field Service.
Prosimy na nią nie odpowiadać.

RSNL Polska Sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, NIP 894-312-45-67
"""


def m48(t):
    return message(A("RSNL Centrum Serwisowe Wrocław", "serwis@pl.rsnl.nl"),
                   "Zlecenie serwisowe ZS/2024/07/0153 – zmiana statusu: W naprawie", t, CFS_MID48,
                   Leaf("text/plain", CFS_TEXT48, "iso-8859-2", "quoted-printable"),
                   host="serwis.pl.rsnl.nl", ip="195.8.218.7", extra=AUTO)


add("48-comarch-update.eml", "2024-07-15 12:10:00", 213, "update", "ZS/2024/07/0153", "pl",
    "Comarch Field Service status-change notification",
    "Polish, iso-8859-2 QP; replaced subject, no threading, tag only in 'Numer zgłoszenia klienta'; id with "
    "slashes; status 'W naprawie' (in repair) = update; decoys: serial 21187522100431, waybill, NIP, postcode", m48)


# 49 ---------------------------------------------------------------- OTRS auto close (nl)
def m49(t):
    n = 201
    body = f"""Beste StoreDesk,

Ticket [Ticket#2024070110000191] met onderwerp
"{T(n)} — {S(n)}" is automatisch gesloten, omdat we na de oplossing op 09-07-2024 geen reactie meer
van u hebben ontvangen.

Reageert u binnen 30 dagen op deze e-mail, dan wordt het ticket heropend.

Met vriendelijke groet,

RSNL Servicedesk

--
 RSNL B.V. - Servicedesk
 Keienbergweg 12 - 1101 GB Amsterdam
 E-mail: support@rsnl.nl - Web: https://www.rsnl.nl/
--
"""
    return message(A("RSNL Servicedesk", "support@rsnl.nl"), "[Ticket#2024070110000191] Uw ticket is gesloten", t,
                   "<1721088000.118204.660193827@otrs.rsnl.nl>", Leaf("text/plain", body, "utf-8", "quoted-printable"),
                   refs=[MID(n), OTRS_MID24], host="otrs.rsnl.nl", ip="195.8.211.40",
                   extra=AUTO + [("X-Mailer", "OTRS Mail Service (6.0.40)")])


add("49-otrs-autoclose.eml", "2024-07-16 02:00:00", 201, "closed", "2024070110000191", "nl",
    "OTRS 6 generic-agent auto-close notification",
    "sent at 02:00 by a nightly job; closed after no response following the fix; no STORE tag, References + "
    "title+store; decoys: '30 dagen', date 09-07-2024", m49)


# 50 ---------------------------------------------------------------- phishing TRAP
def m50(t):
    n = 236
    link = "https://service.rsnl.nl.case-update.net/es/validar?case=STORE-236&token=8f2k1m9q"
    body = f"""Estimado cliente:

Para continuar con la gestión de su incidencia "{T(n)} — {S(n)}" debe validar
su cuenta del portal de soporte en las próximas 24 horas. De lo contrario, el
caso se cerrará y su contrato de mantenimiento quedará suspendido.

Validar cuenta: {link}

Atentamente,
Departamento de Soporte RSNL
"""
    h = page(p_html(body).replace(html.escape(link), f'<a href="{html.escape(link)}">https://support.rsnl.nl/validar</a>'))
    return message(A("RSNL Soporte", "soporte@service.rsnl.nl.case-update.net"), f"RE: {SUBJ(n)}", t,
                   "<d41d8cd98f00b204e9800998ecf8427e@service.rsnl.nl.case-update.net>", alt(body, h, "b1=_kV9d2Qm7xR4"),
                   irt=MID(n), refs=[MID(n)], reply_to="soporte-rsnl@case-update.net",
                   host="vps-2213.case-update.net", ip="203.0.113.77",
                   extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])


add("50-phishing-lookalike.eml", "2024-07-16 10:20:00", None, "ignore", None, "es",
    "PHPMailer phishing from the lookalike host service.rsnl.nl.case-update.net",
    "threads to our STORE-236 mail, keeps the tag and RSNL display name; the domain merely starts with "
    "'service.rsnl.nl.' (registered domain case-update.net); HTML link text shows support.rsnl.nl -> ignore, issue_ref null", m50, tz=180)


# 51 ---------------------------------------------------------------- GroupWise OOO (fr) TRAP, no threading
def m51(t):
    n = 245
    body = """Bonjour,

Je suis en congés du 15 au 26 juillet inclus, sans accès à mes e-mails.
Pour toute demande d'intervention, merci d'écrire à support@rsnl.nl ou
d'appeler le 03 20 55 12 00.

Cordialement,
Claire Dubois
RSNL France
"""
    return message(A("Claire Dubois", "c.dubois@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<66977F2E020000A1000B3C4D@gw.rsnl.nl>", Leaf("text/plain", body, "iso-8859-1", "8bit"),
                   host="gw.rsnl.nl", ip="195.8.211.12",
                   extra=[("X-Mailer", "GroupWise 18.5.0"), ("Auto-Submitted", "auto-replied"), ("Precedence", "junk")])


add("51-groupwise-ooo.eml", "2024-07-17 09:02:00", None, "ignore", None, "fr",
    "GroupWise rule-based out-of-office reply",
    "plain 'Re: [STORE-245] ...' subject like a real reply but no In-Reply-To/References; only Auto-Submitted "
    "and the holiday text show it is an auto-reply -> ignore, issue_ref null", m51)


# 52 ---------------------------------------------------------------- Hippo CMMS closed (en)
def m52(t):
    n = 241
    link = "https://rsnl.hippocmms.com/workorders/3391"
    rows = [("Work Order", f"#3391 – {T(n)}"), ("Facility", S(n)), ("Requested by", US_ADDR),
            ("Request reference", "STORE-241"), ("Status", "Closed"), ("Closed on", "18-Jul-2024 08:44"),
            ("Notes", "Display cable replaced on 16-Jul; store confirmed no more flickering on 17-Jul.")]
    intro = "Hello StoreDesk,\n\nWork Order #3391 has been closed."
    text = intro + "\n\n" + rows_text(rows) + f"\n\nView work order: {link}\n\nRSNL Service\n"
    h = page(p_html(intro) + "\n" + table(rows) + f'\n<p><a href="{link}">View work order</a></p>\n<p>RSNL Service</p>'
             '\n<p style="font-size:10px;color:#999">Sent from Hippo CMMS</p>')
    return message(A("RSNL Service", "rsnl@notifications.hippocmms.com"), "Work Order #3391 has been closed", t,
                   "<hippo.wo3391.closed.1721285100@notifications.hippocmms.com>", alt(text, h, "==hippo_3391_alt=="),
                   host="notifications.hippocmms.com", ip="23.253.40.6", extra=AUTO)


add("52-hippo-closed.eml", "2024-07-18 08:45:00", 241, "closed", "3391", "en",
    "Hippo CMMS work-order-closed notification",
    "hosted product domain with RSNL display name; closed after the store confirmed; tag only in "
    "'Request reference'; decoys: dates 16-Jul/17-Jul", m52, tz=-240)


# 53 ---------------------------------------------------------------- Pipedrive cold mail TRAP (it)
def m53(t):
    body = """Buongiorno,

mi chiamo Marco Bellini e mi occupo dello sviluppo commerciale di POS Rigenera.
Ho visto che gestite l'assistenza per negozi a Madrid, Porto e Colonia: ripariamo
stampanti fiscali, terminali POS e lettori barcode in 48 ore, con ricambi
originali e un prezzo fisso a intervento, in media il 30% in meno rispetto ai
contratti di RSNL.

Avrebbe 15 minuti la prossima settimana per una breve call?

Cordiali saluti,
Marco Bellini
Business Development - POS Rigenera S.r.l.
Via Emilia Ovest 118, 41123 Modena
+39 059 820 4471
"""
    h = page(p_html(body) + '\n<img src="https://track.pipedrive.com/ot/7Hk2mQ9xL4" width="1" height="1" alt="">')
    return message(A("Marco Bellini", "marco.bellini@posrigenera.it"), "Riparazione POS e stampanti per le vostre filiali", t,
                   "<pd.7Hk2mQ9xL4.20240718@posrigenera.it>", alt(body, h, "pd_boundary_7Hk2mQ9xL4"),
                   host="smtp-out.pipedrive.com", ip="185.36.204.18",
                   extra=[("X-Mailer", "Pipedrive"), ("X-Pipedrive-Mail-Id", "7Hk2mQ9xL4")])


add("53-pipedrive-coldmail.eml", "2024-07-18 14:10:00", None, "ignore", None, "it",
    "Pipedrive-sent cold sales mail from a stranger",
    "unsolicited Italian pitch from an unrelated domain; mentions RSNL and our store cities but no issue", m53, tz=0)


# 54 ---------------------------------------------------------------- IceWarp (it)
def m54(t):
    n = 219
    body = """Buongiorno,

sono Giulia del laboratorio firmware di RSNL Italia (Bologna); il collega belga
mi ha girato la pratica RSNL-IT-24-0388.

Abbiamo provato da remoto a reinstallare il firmware 5.3.2 sul lettore di carte
di Antwerpen Meir, ma l'aggiornamento si interrompe al 60% con l'errore
"SIG_ERR 0x2F": il lettore continua a mostrare l'errore, quindi il guasto non è
stato ancora eliminato. Sospettiamo un blocco del modulo di sicurezza; lunedì
22/07 spediamo al negozio un lettore sostitutivo già configurato.

Cordiali saluti,
Giulia Ferrari
RSNL Italia S.r.l. – Laboratorio firmware
Via dell'Industria 21, 40138 Bologna
Tel. +39 051 604 2211
"""
    quoted = f"""-------- Messaggio originale --------
Da: StoreDesk <{US_ADDR}>
Data: 19/07/2024 09:00
A: RSNL Support <support@rsnl.nl>
Oggetto: {SUBJ(n)}

""" + orig(n)
    text = body + "\n" + quoted
    h = page(p_html(body) + '\n<div style="border-top:1px solid #ccc">' + p_html(quoted) + "</div>", style="font-family:Verdana;font-size:10pt")
    return message(A("Giulia Ferrari", "g.ferrari@it.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<web-71620233@webmail.it.rsnl.nl>", alt(text, h, "_===71620233====webmail.it.rsnl.nl===_"),
                   cc="RSNL Support <support@rsnl.nl>", irt=MID(n), refs=[MID(n)],
                   host="webmail.it.rsnl.nl", ip="195.8.219.3", extra=[("X-Mailer", "IceWarp WebClient 13.0.3.6 RHEL7 x64")])


add("54-icewarp-update.eml", "2024-07-19 15:30:00", 219, "update", "RSNL-IT-24-0388", "it",
    "IceWarp WebClient reply from RSNL Italia firmware lab",
    "Italian to a Belgian store; firmware fix failed and replacement to be shipped = update; decoys: firmware "
    "5.3.2, error SIG_ERR 0x2F, 60%, date 22/07, postcode 40138", m54)


# 55 ---------------------------------------------------------------- Gorgias closed no response (nl-BE)
def m55(t):
    n = 207
    body = """Dag StoreDesk,

We hebben nog geen antwoord ontvangen op onze vraag van 10 juli (een foto van de
printkop en van het testlabel). Daarom sluiten we ticket 38211947 nu af.

Is het probleem met de labelprinter in Antwerpen Meir toch nog niet opgelost?
Antwoord dan gewoon op deze e-mail, dan openen we het ticket opnieuw.

Vriendelijke groeten,
Lotte - RSNL Support België
"""
    h = page(p_html(body) + '\n<div style="font-size:11px;color:#999">Powered by Gorgias</div>')
    return message(A("RSNL Support België", "support@be.rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<gorgias.38211947.m9.1721524500@email.gorgias.com>", alt(body, h, "===============gorgias38211947=="),
                   irt=MID(n), refs=[MID(n)], host="email.gorgias.com", ip="198.2.180.40")


add("55-gorgias-closed.eml", "2024-07-21 03:15:00", 207, "closed", "38211947", "nl",
    "Gorgias helpdesk rule message (Flemish)",
    "closed because we never answered (no fix stated, 'toch nog niet opgelost?' is conditional); "
    "Sunday 03:15 rule run; decoy: date 10 juli", m55, tz=0)


# 56 ---------------------------------------------------------------- The Bat! (pl) resolved
def m56(t):
    body = """Dzień dobry,

naprawa terminala MC3300 (nr seryjny 21187522100431) ze zlecenia
ZS/2024/07/0153 została zakończona: wymieniony akumulator i styki ładowania,
test ładowania 4 h OK. Urządzenie wysłaliśmy dziś kurierem do sklepu
Amsterdam Centraal, nr przesyłki 6203 9981 0071 02.

(EN: repair finished, battery and charging contacts replaced, unit shipped back
to the store today.)

-- 
Pozdrawiam,
 Marek Nowak                            mailto:m.nowak@pl.rsnl.nl
 RSNL Centrum Serwisowe Wrocław, tel. +48 71 345 20 11

W dniu 15 lipca 2024, 12:10:00 napisałeś:

""" + q(CFS_TEXT48.split("\n\nWiadomość")[0] + "\n")
    return message(A("Marek Nowak", "m.nowak@pl.rsnl.nl", "windows-1250"),
                   "Re: Zlecenie serwisowe ZS/2024/07/0153 – zmiana statusu: W naprawie", t,
                   "<1721638800.20240722110000@pl.rsnl.nl>", Leaf("text/plain", body, "windows-1250", "8bit"),
                   irt=CFS_MID48, refs=[CFS_MID48], host="mail.pl.rsnl.nl", ip="195.8.218.2",
                   extra=[("X-Mailer", "The Bat! (v10.5.2) Professional"), ("Reply-To", "Marek Nowak <m.nowak@pl.rsnl.nl>")])


add("56-thebat-resolved.eml", "2024-07-22 11:00:00", 213, "resolved", "ZS/2024/07/0153", "pl",
    "The Bat! Professional reply from the Polish repair centre",
    "windows-1250 8bit Polish with an English one-liner; In-Reply-To points to the Comarch notice, tag "
    "only inside the quoted Comarch text; repaired and shipped back = resolved; decoys: new waybill, serial, 4 h", m56)


# 57 ---------------------------------------------------------------- Re:amaze closed no response (es)
def m57(t):
    n = 236
    body = """Por favor, responde por encima de esta línea
--------------------------------------------------

Hola:

Como no hemos recibido respuesta a nuestro último mensaje del 9 de julio, hemos
cerrado esta conversación. Si el cajón de Madrid Preciados sigue sin abrir,
responde a este correo y la reabriremos automáticamente.

Un saludo,
Equipo de Soporte RSNL Iberia
"""
    h = page(p_html(body) + '\n<p style="font-size:11px;color:#aaa">Enviado con <a href="https://www.reamaze.com">Re:amaze</a></p>')
    return message(A("RSNL Soporte", "soporte@rsnl.nl"), f"Re: {SUBJ(n)}", t,
                   "<reamaze.conv.c7a2e4.closed.1721710800@mail.reamaze.com>", alt(body, h, "--==_mimepart_669f3ad0_reamaze"),
                   irt=MID(n), refs=[MID(n)], host="mail.reamaze.com", ip="50.31.156.60", extra=AUTO)


add("57-reamaze-closed.eml", "2024-07-23 06:00:00", 236, "closed", None, "es",
    "Re:amaze conversation auto-close message",
    "closed for lack of response, no id given; comes a week after the lookalike phishing in the same thread "
    "(file 50); decoy: 9 de julio", m57, tz=-420)


# 58 ---------------------------------------------------------------- Nilex registered (sv)
def m58(t):
    n = 224
    body = f"""Hej!

Ditt ärende har registrerats hos RSNL Nordic Servicedesk.

Ärendenummer: 118344
Rubrik: {SUBJ(n)}
Kategori: ESL / Hyllkantsetiketter
Prioritet: 2 - Hög
Registrerat: 2024-07-24 09:07

Du kan följa ärendet i självserviceportalen:
https://servicedesk.se.rsnl.nl/selfservice/#/case/118344

Vänliga hälsningar
RSNL Nordic Servicedesk
Org.nr 556677-8899
"""
    h = page(p_html(body), charset="utf-8")
    return message(A("RSNL Nordic Servicedesk", "servicedesk@se.rsnl.nl"), f"Ärende 118344 har registrerats - {SUBJ(n)}", t,
                   "<nilex.118344.registered.1721805420@se.rsnl.nl>", alt(body, h, "NilexBoundary_118344_a"),
                   irt=MID(n), refs=[MID(n)], host="nilex.se.rsnl.nl", ip="195.8.220.5", extra=AUTO)


add("58-nilex-ack.eml", "2024-07-24 09:07:00", 224, "acknowledged", "118344", "sv",
    "Nilex Service Management registration mail",
    "Swedish template sent to a Spanish store (central ESL desk); subject mixes Swedish prefix and our tag; "
    "decoys: priority 2, Org.nr 556677-8899, timestamp", m58)


# 59 ---------------------------------------------------------------- Commusoft job completed (en)
def m59(t):
    n = 225
    link = "https://app.commusoft.co.uk/customer_portal/rsnl/jobs/52307"
    rows = [("Job number", "52307"), ("Customer reference", "STORE-225"),
            ("Job address", f"{S(n)}, Stationsplein 15, 1012 AB Amsterdam"), ("Engineer", "Ravi Kalloe"),
            ("Arrived", "25/07/2024 14:02"), ("Completed", "25/07/2024 16:31"),
            ("Work carried out", "Replaced the battery pack (2 x 12 V 9 Ah, part RBC-17) of the UPS in the server cupboard. Alarm cleared, self-test passed, runtime 14 min at current load."),
            ("Outcome", "Fault fixed")]
    intro = "Dear StoreDesk,\n\nYour engineer has completed the work on job 52307."
    outro = (f"Your job report and the signed job sheet are available in the customer portal:\n{link}\n\n"
             "Invoice INV-2024-10552 will follow separately if the work is chargeable.\n\nRSNL Field Service")
    text = intro + "\n\n" + rows_text(rows) + "\n\n" + outro + "\n"
    h = page(p_html(intro) + "\n" + table(rows) + "\n" + p_html(outro) + '\n<p style="font-size:10px;color:#999">Sent using Commusoft</p>')
    return message(A("RSNL Field Service", "noreply@commusoft.co.uk"), f"Job 52307 completed – {T(n)}, {S(n)}", t,
                   "<commusoft.job52307.completed.1721918460@commusoft.co.uk>", alt(text, h, "_commusoft_52307_alt_"),
                   host="mail.commusoft.co.uk", ip="35.176.20.91", extra=AUTO)


add("59-commusoft-resolved.eml", "2024-07-25 16:40:00", 225, "resolved", "52307", "en",
    "Commusoft job-completed notification",
    "FSM product domain with RSNL display name; no threading, replaced subject, tag in 'Customer reference'; "
    "decoys: invoice INV-2024-10552, part RBC-17, postcode 1012 AB, 14 min", m59, tz=60)


# 60 ---------------------------------------------------------------- Nilex solved (sv)
def m60(t):
    n = 224
    body = f"""Hej!

Ditt ärende 118344 "{SUBJ(n)}" har fått status Löst.

Lösning:
Basstationen i butikens lager hade tappat anslutningen till ESL-servern efter
ett strömavbrott. Vi har startat om basstationen och tvingat fram en ny
synkronisering; alla 2 418 etiketter visar priser igen.

Om problemet kvarstår, svara på detta mejl inom 5 arbetsdagar så öppnas ärendet
igen. Annars stängs det automatiskt.

Vänliga hälsningar
RSNL Nordic Servicedesk
"""
    return message(A("RSNL Nordic Servicedesk", "servicedesk@se.rsnl.nl"), "Ärende 118344 är löst", t,
                   "<nilex.118344.solved.1721996400@se.rsnl.nl>", Leaf("text/plain", body, "utf-8", "quoted-printable"),
                   subj_cs="iso-8859-1", refs=[MID(n), "<nilex.118344.registered.1721805420@se.rsnl.nl>"],
                   host="nilex.se.rsnl.nl", ip="195.8.220.5", extra=AUTO)


add("60-nilex-resolved.eml", "2024-07-26 14:20:00", 224, "resolved", "118344", "sv",
    "Nilex Service Management solved notification",
    "Swedish 'status Löst' with a 5-day reopen window = resolved (not closed); only References, Swedish "
    "subject without tag (tag quoted in the body); decoy: '2 418 etiketter'", m60)


# ---------------------------------------------------------------- validation

TAG_RE = re.compile(r"STORE-\d+")


def fail(file, reason):
    print(f"FAIL {file}: {reason}")
    sys.exit(1)


def validate(m, data, seen_mids, prev_date):
    f = m["file"]
    if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
        fail(f, "bare CR or LF (CRLF only)")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) + 2 > 998:
            fail(f, f"line {i + 1} is {len(line)} octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.defects:
            fail(f, f"defects in part {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                fail(f, f"header {k} defects: {v.defects}")
        for k, v in part._headers:  # raw header values must be ASCII
            if not (k.isascii() and str(v).isascii()):
                fail(f, f"non-ASCII header {k}")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                fail(f, f"text part does not decode as {cs}: {e}")
    raw_head = data.split(b"\r\n\r\n", 1)[0]
    for line in raw_head.split(b"\r\n"):
        if not line.isascii():
            fail(f, "non-ASCII top-level header line")
    subject = str(msg.get("Subject", ""))
    alltext = subject + "\n" + "\n".join(texts)
    date = msg["Date"].datetime if msg["Date"] is not None else None
    if date is None or date.tzinfo is None:
        fail(f, "missing/naive Date")
    if prev_date is not None and not date > prev_date:
        fail(f, f"Date {date} not after previous {prev_date}")
    mid = str(msg.get("Message-ID", "")).strip()
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
        fail(f, f"bad Message-ID {mid!r}")
    if mid in seen_mids:
        fail(f, f"duplicate Message-ID {mid}")
    seen_mids.add(mid)
    n = m["issue"]
    if m["event"] != "ignore":
        if n is None:
            fail(f, "non-ignore mail without issue")
        if not date > SENT(n):
            fail(f, f"Date {date} not after sent date of STORE-{n}")
        thread = str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))
        low = alltext.casefold()
        named = (f"STORE-{n}" in alltext or MID(n) in thread or
                 (T(n).casefold() in low and S(n).casefold() in low))
        if not named:
            fail(f, f"STORE-{n} not named by tag, threading or title+store")
        others = {x for x in TAG_RE.findall(alltext + thread + raw_head.decode("ascii")) if x != f"STORE-{n}"}
        if others:
            fail(f, f"other STORE tags present: {sorted(others)}")
        if m["vid"] is not None and m["vid"] not in alltext:
            fail(f, f"vendor id {m['vid']!r} not in decoded text")
    else:
        if n is not None or m["vid"] is not None:
            fail(f, "ignore mail must have issue_ref/vendor_ticket_id null")
    if m["vid"] is not None and m["vid"].startswith("#"):
        fail(f, "vendor id with leading #")
    return date


def main():
    for old in glob.glob(str(HERE / "[0-9][0-9]-*.eml")):
        os.remove(old)
    seen = set()
    for p in sorted((INP / "sent").glob("*.eml")):
        sm = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        seen.add(str(sm["Message-ID"]).strip())
    if len(MAILS) != 60:
        fail("-", f"{len(MAILS)} mails defined, expected 60")
    prev = None
    expected = []
    for i, m in enumerate(MAILS, 1):
        if not m["file"].startswith(f"{i:02d}-"):
            fail(m["file"], f"file number does not match position {i}")
        t = D(m["when"], m["tz"])
        data = m["build"](t)
        prev = validate(m, data, seen, prev)
        (HERE / m["file"]).write_bytes(data)
        expected.append({"file": m["file"], "issue_ref": f"STORE-{m['issue']}" if m["issue"] else None,
                         "vendor_ticket_id": m["vid"], "event": m["event"],
                         "note": f"{m['product']}; {LANGS[m['lang']]}; {m['tricky']}"})
    (HERE / "expected.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in expected), "utf-8")
    write_readme(expected)
    ev = {}
    for e in expected:
        ev[e["event"]] = ev.get(e["event"], 0) + 1
    print(f"OK: {len(expected)} mails written; events: {ev}")


LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
         "it": "Italian", "pl": "Polish", "sv": "Swedish", "da": "Danish (with English summary)"}
EVENTS = ["acknowledged", "update", "resolved", "closed", "ignore"]


def write_readme(expected):
    ev = {k: 0 for k in EVENTS}
    lang = {}
    for m in MAILS:
        ev[m["event"]] += 1
        lang[m["lang"]] = lang.get(m["lang"], 0) + 1
    out = ["# Blind corpus 12 - vendor mail arriving at StoreDesk", "",
           "60 e-mails as they arrive in `helpdesk@ops.storedesk.example`, replies and notifications from the equipment "
           "vendor RSNL (support@rsnl.nl, rsnl.nl and its subdomains, or hosted helpdesk/FSM/CMMS domains under RSNL's "
           "display name) about the faults StoreDesk reported as STORE-201..STORE-260 (see `input/sent/`), plus traps.",
           "", "## How to run", "", "    cd /tmp/blind12 && python3 make.py", "",
           "Python 3.11, standard library only, deterministic (fixed dates, no randomness). The script deletes old "
           "`NN-*.eml`, writes the 60 mails, `expected.jsonl` (one object per mail, in file order: file, issue_ref, "
           "vendor_ticket_id, event, note) and this README. It prints `FAIL <file>: <reason>` and exits 1 on the "
           "first failed check.", "", "## Validation performed on every mail", "",
           "- CRLF line endings only (no bare CR or LF);",
           "- ASCII-only headers (non-ASCII via RFC 2047 encoded words);",
           "- every line under 998 octets;",
           "- no defects reported by `email.message_from_bytes(data, policy=email.policy.default)` on any part or header;",
           "- every text part decodes strictly with its declared charset;",
           "- Date headers strictly increasing in file order, and later than the sent date of the issue concerned;",
           "- Message-IDs well-formed and unique, also against `input/sent/`;",
           "- every non-ignore mail names its issue by [STORE-n] tag, by In-Reply-To/References to our Message-ID, "
           "or by title + store name;",
           "- the expected vendor_ticket_id occurs literally in the decoded subject or body text;",
           "- no STORE tag other than the expected one appears in a non-ignore mail;",
           "- ignore mails have issue_ref and vendor_ticket_id null.", "",
           "## Counts by event", "", "| event | mails |", "|---|---|"]
    for k in EVENTS:
        out.append(f"| {k} | {ev[k]} |")
    out += ["", "## Counts by language", "", "| language | mails |", "|---|---|"]
    for k, v in sorted(lang.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {LANGS[k]} | {v} |")
    out += ["", "## All mails", "", "| file | product or client imitated | lang | event | issue_ref | vendor_ticket_id |",
            "|---|---|---|---|---|---|"]
    for m, e in zip(MAILS, expected):
        out.append(f"| {m['file']} | {m['product']} | {m['lang']} | {m['event']} | {e['issue_ref'] or '-'} | "
                   f"{e['vendor_ticket_id'] or '-'} |")
    out += ["", "Notes per mail (what makes it tricky) are in `expected.jsonl`.", ""]
    (HERE / "README.md").write_text("\n".join(out), "utf-8")


if __name__ == "__main__":
    main()
