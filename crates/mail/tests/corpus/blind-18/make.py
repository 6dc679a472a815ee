#!/usr/bin/env python3
"""Builds a corpus of 60 vendor replies (RSNL -> helpdesk@ops.storedesk.example).

Deterministic: no randomness, no clock.  Writes NN-<slug>.eml, expected.jsonl and
README.md next to this script, validates every mail and prints `OK: 60 mails`.
Python 3 standard library only.
"""
import email
import email.policy
import email.utils
import email.header
import html as htmlmod
import json
import pathlib
import re
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

HERE = pathlib.Path(__file__).resolve().parent
INPUT = HERE / "input"
POL = email.policy.SMTP
ISSUES = {int(i["issue_ref"].split("-")[1]): i for i in json.loads((INPUT / "issues.json").read_text())}
OURS = "helpdesk@ops.storedesk.example"
EVENTS = {"acknowledged", "update", "resolved", "closed", "ignore"}
LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "it": "Italian", "pl": "Polish", "cs": "Czech", "no": "Norwegian"}

MAILS = []


def T(n):
    return ISSUES[n]["title"]


def S(n):
    return ISSUES[n]["store"]


def SUBJ(n):
    return ISSUES[n]["subject"]


def MID(n):
    return ISSUES[n]["message_id"]


def OURBODY(n):
    return f"Store: {S(n)}\nPriority: high\nReported by: Sam Jansen\n\n{T(n)}.\n"


def gt(text):
    return "".join("> " + l if l else ">" for l in text.splitlines(True)) if text.endswith("\n") else \
        "\n".join("> " + l if l else ">" for l in text.split("\n"))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def to_html(text, title=None, footer=None):
    """Simple notification-style HTML: 'Label: value' lines become table rows."""
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           f"<title>{htmlmod.escape(title or '')}</title></head>",
           "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">"]
    rows = []

    def flush():
        if rows:
            out.append("<table cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">")
            for k, v in rows:
                out.append(f"<tr><td style=\"color:#666\"><b>{htmlmod.escape(k)}</b></td>"
                           f"<td>{linkify(v)}</td></tr>")
            out.append("</table>")
            rows.clear()

    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(re.match(r"^[^:\s][^:]{0,40}: \S", l) and not l.startswith("http") for l in lines):
            for l in lines:
                k, v = l.split(": ", 1)
                rows.append((k, v))
            flush()
        else:
            flush()
            out.append("<p>" + "<br>\n".join(linkify(l) for l in lines) + "</p>")
    if footer:
        out.append(f"<p style=\"font-size:11px;color:#999\">{htmlmod.escape(footer)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def linkify(s):
    s = htmlmod.escape(s, quote=False)
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def mail(slug, when, tz, issue, event, vid, lang, kind, family, note, headers, body=None,
         html=None, stub=None, charset="utf-8", cte=None, attach=(), raw=None, calendar=None):
    hh, mm = divmod(int(round(tz * 60)), 60)
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))
    MAILS.append(dict(slug=slug, dt=dt, issue=issue, event=event, vid=vid, lang=lang, kind=kind,
                      family=family if isinstance(family, list) else [family], note=note,
                      headers=headers, body=body, html=html, stub=stub, charset=charset, cte=cte,
                      attach=attach, raw=raw, calendar=calendar))


def build(m, idx):
    date = email.utils.format_datetime(m["dt"])
    if m["raw"] is not None:
        data = m["raw"].replace("{DATE}", date).replace("\r\n", "\n").replace("\n", "\r\n")
        return data.encode("ascii")
    msg = EmailMessage(policy=POL)
    frm = dict(m["headers"]).get("From", "")
    addr = email.utils.parseaddr(frm)[1]
    dom = addr.split("@")[1]
    h = hash_str(m["slug"])
    ip = f"{(192, 198, 203)[h % 3]}.{(0, 51, 0)[h % 3]}.{(2, 100, 113)[h % 3]}.{10 + h % 200}"
    rdate = email.utils.format_datetime((m["dt"] + timedelta(seconds=3 + h % 50)).astimezone(timezone(timedelta(hours=2))))
    msg["Return-Path"] = f"<{addr}>"
    msg["Received"] = (f"from {('mail' if dom.count('.') < 2 else 'smtp')}.{dom} ({('mail' if dom.count('.') < 2 else 'smtp')}.{dom} [{ip}]) "
                       f"by mx1.ops.storedesk.example (Postfix) with ESMTPS id 4W{h % 10**8:08d}Z "
                       f"for <helpdesk@ops.storedesk.example>; {rdate}")
    placed = False
    for k, v in m["headers"]:
        if k == "Date":
            msg["Date"] = date
            placed = True
        else:
            msg[k] = v
    if not placed:
        msg["Date"] = date

    def cte_for(s, cs):
        if m["cte"]:
            return m["cte"]
        try:
            s.encode("ascii")
            return "7bit"
        except UnicodeEncodeError:
            return "quoted-printable"

    if m["stub"] is not None:  # HTML-only body with stub plain part
        msg.set_content(m["stub"], charset="utf-8", cte=cte_for(m["stub"], "utf-8"))
        msg.add_alternative(m["html"], subtype="html", charset="utf-8",
                            cte=m["cte"] or "quoted-printable")
    else:
        msg.set_content(m["body"], charset=m["charset"], cte=cte_for(m["body"], m["charset"]))
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset=m["charset"],
                                cte=m["cte"] or "quoted-printable")
    if m["calendar"]:
        msg.add_alternative(m["calendar"], subtype="calendar", charset="utf-8", cte="quoted-printable",
                            params={"method": "REQUEST"})
    for a in m["attach"]:
        if a[0] == "ics":
            msg.add_attachment(a[2], subtype="calendar", charset="utf-8", filename=a[1], cte="base64")
        else:
            msg.add_attachment(a[2], maintype="application", subtype=a[0], filename=a[1])
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{idx:02d}_{n}_{abs(hash_str(m['slug'])) % 10**10:010d}")
    return msg.as_bytes(policy=POL)


def hash_str(s):
    h = 0
    for ch in s.encode():
        h = (h * 131 + ch) % (2 ** 61 - 1)
    return h


def PDF(text):
    body = f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


TO = "StoreDesk <helpdesk@ops.storedesk.example>"

# =====================================================================================
# 01  Jira Service Management: request received (STORE-201)
# =====================================================================================
JSM_LINK = "https://rsnl.atlassian.net/servicedesk/customer/portal/4/RSD-4821"
b = f"""\u2014-\u2014-\u2014-\u2014-
Reply above this line.

Sam Jansen raised this request via email.
View request \u00b7 Turn off this request's notifications
{JSM_LINK}

Hi Sam,

Thanks for contacting the RSNL Service Desk. We've received your request and one of
our engineers will pick it up shortly. Your reference is RSD-4821.

Request type: Hardware fault (POS)
Priority: High
Status: Waiting for support

This is shared with Sam Jansen.
Help center, powered by Jira Service Management, sent you this message.
"""
mail("jsm-request-received", "2024-07-01 09:02", 2, 201, "acknowledged", "RSD-4821", "en", "product",
     "Jira Service Management",
     "Jira Service Management customer notification 'Reply above this line' with portal link; English; "
     "issue key RSD-4821 prefixed to our kept subject, threaded to our mail",
     [("From", "RSNL Service Desk <jira@rsnl.atlassian.net>"), ("Reply-To", "RSNL Service Desk <support@rsnl.atlassian.net>"),
      ("To", TO), ("Subject", f"RSD-4821 {SUBJ(201)}"), ("Date", None),
      ("Message-ID", "<JIRA.104822.1719817320000.58121.1719817321044@Atlassian.JIRA>"),
      ("In-Reply-To", MID(201)), ("References", MID(201)), ("Auto-Submitted", "auto-generated"),
      ("X-JIRA-FingerPrint", "8b1f0a6c2d93e4f5a7b6c0d1e2f3a4b5"), ("Precedence", "bulk")],
     body=b, html=to_html(b, "RSD-4821"))

# 02 Optimaint: DI created, threading only (STORE-257)
b = """Bonjour,

Votre demande d'intervention a bien été enregistrée dans notre GMAO.

N° DI : DI-24-00671
Date de la demande : 01/07/2024 09:06
Site : LILLE EURALILLE - Centre commercial Euralille, 59777 Lille
Équipement : CAISSE-02
Nature : Dépannage matériel
Priorité : P2 - intervention sous 48 h ouvrées
Demandeur : helpdesk@ops.storedesk.example

Vous serez informé(e) par e-mail de la planification de l'intervention.

--
Ceci est un message automatique envoyé par Optimaint, merci de ne pas y répondre.
RSNL France SAS - Service après-vente - 03 20 55 41 90
"""
OPTI_ACK = "<optimaint.di.24-00671.1719817560@gmao.fr.rsnl.nl>"
mail("optimaint-di-enregistree", "2024-07-01 09:06", 2, 257, "acknowledged", "DI-24-00671", "fr", "product",
     "Optimaint",
     "Optimaint GMAO 'demande d'intervention enregistrée'; French; subject replaced, no STORE tag: only "
     "In-Reply-To/References to our Message-ID; decoys postcode 59777, phone",
     [("From", "GMAO RSNL France <no-reply@gmao.fr.rsnl.nl>"), ("To", TO),
      ("Subject", "Demande d'intervention DI-24-00671 enregistrée"), ("Date", None),
      ("Message-ID", OPTI_ACK), ("In-Reply-To", MID(257)), ("References", MID(257)),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Optimaint 9.4 notification service")],
     body=b)

# 03 Citrix Secure Mail: human receipt, no number (STORE-229)
b = f"""Hoi Sam,

Goed ontvangen, dank je. Ik heb het doorgezet naar onze planning; je hoort vandaag
nog wanneer er een nieuwe kabel voor het PIN-pad komt.

Groet,
Ruud

Verzonden vanuit Citrix Secure Mail

Van: StoreDesk <helpdesk@ops.storedesk.example>
Datum: maandag 1 juli 2024 om 09:00
Aan: RSNL Support <support@rsnl.nl>
Onderwerp: {SUBJ(229)}

{OURBODY(229)}"""
mail("citrix-securemail-goed-ontvangen", "2024-07-01 13:48", 2, 229, "acknowledged", None, "nl", "human",
     "Citrix Secure Mail",
     "Citrix Secure Mail for iOS reply; Dutch; person confirms receipt without any number (acknowledged, "
     "vendor id null); top-posted above Outlook-style Dutch header block",
     [("From", "Ruud Verhoeven <r.verhoeven@rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(229)),
      ("Date", None), ("Message-ID", "<5C1E9A7B-0D44-4F2B-9E61-3A8F2C7D1B90@rsnl.nl>"),
      ("In-Reply-To", MID(229)), ("References", MID(229)),
      ("X-Mailer", "Citrix Secure Mail for iOS 24.5.0")],
     body=b)

# 04 CloudRadial: ticket submitted (STORE-202)
b = f"""Your ticket has been submitted

Hi Sam,

Thanks for reaching out. We have received your request and created a ticket.

Ticket: #48122
Title: {SUBJ(202)}
Status: New
Priority: High
Company: StoreDesk Retail B.V.
Agreement: SLA-GOLD-2023-117 (response within 4 business hours)

View ticket: https://rsnl.cloudradial.com/app/tickets/48122

Prefer e-mail? Reply to this message and your reply will be added to the ticket.

RSNL Client Portal - powered by CloudRadial
"""
mail("cloudradial-ticket-submitted", "2024-07-02 09:01", 2, 202, "acknowledged", "48122", "en", "product",
     "CloudRadial",
     "CloudRadial client-portal 'Your ticket has been submitted'; English; HTML-only body with stub plain part; "
     "id written '#48122'; decoy agreement SLA-GOLD-2023-117",
     [("From", "RSNL Client Portal <notifications@rsnl.cloudradial.com>"), ("To", TO),
      ("Subject", f"Ticket #48122 submitted: {SUBJ(202)}"), ("Date", None),
      ("Message-ID", "<0100019071a3c1d2-48122-notify@rsnl.cloudradial.com>"),
      ("In-Reply-To", MID(202)), ("References", MID(202)), ("Auto-Submitted", "auto-generated")],
     stub="This message is best viewed in an HTML capable e-mail client.\n",
     html=to_html(b, "Ticket #48122", "You are receiving this because you submitted a ticket."))

# 05 Firmao: zgłoszenie przyjęte, tag only in body field (STORE-230)
b = f"""Dzień dobry,

dziękujemy za zgłoszenie. Zostało ono zarejestrowane w naszym systemie serwisowym.

Numer zgłoszenia: ZS/2024/07/118
Temat: {SUBJ(230)}
Klient: StoreDesk Retail B.V.
Urządzenie: recykler gotówki CR-5000, nr seryjny CR5K-22-004719
Status: Przyjęte
Data przyjęcia: 02.07.2024 09:03

Prosimy o podawanie numeru zgłoszenia w dalszej korespondencji.

Z poważaniem
Dział Serwisu RSNL Polska
ul. Marynarska 15, 02-674 Warszawa
tel. +48 22 395 71 40

Wiadomość wygenerowana automatycznie przez system Firmao.
"""
mail("firmao-zgloszenie-przyjete", "2024-07-02 09:03", 2, 230, "acknowledged", "ZS/2024/07/118", "pl", "product",
     "Firmao",
     "Firmao CRM service-request receipt; Polish; subject replaced by the product, STORE tag only in the "
     "'Temat:' body field, no threading; slash id; decoys serial CR5K-22-004719, postcode, phone",
     [("From", "Serwis RSNL Polska <serwis@pl.rsnl.nl>"), ("To", TO),
      ("Subject", "Zgłoszenie serwisowe ZS/2024/07/118 zostało przyjęte"), ("Date", None),
      ("Message-ID", "<firmao-zs-2024-07-118-1719903780@firmao.pl.rsnl.nl>"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Firmao CRM")],
     body=b, html=to_html(b, "ZS/2024/07/118"))

# 06 Xiaomi Mail: question (STORE-202)
b = f"""Hoi Sam,

Kun je even kijken of de bonprinter in Utrecht nog een IP-adres krijgt? Houd de
FEED-knop ingedrukt bij het aanzetten, dan komt er een testbon met het IP-adres.
Staat daar 0.0.0.0 of 169.254.x.x, dan ligt het aan de DHCP van jullie switch en
niet aan de printer.

Ik ben morgen toch in Utrecht, bel me gerust: 06 41 22 87 90.

Mark

Verzonden vanaf mijn Xiaomi

-------- Oorspronkelijk bericht --------
Van: StoreDesk <helpdesk@ops.storedesk.example>
Datum: 02-07-2024 09:00
Aan: RSNL Support <support@rsnl.nl>
Onderwerp: {SUBJ(202)}

{OURBODY(202)}"""
mail("xiaomi-mail-vraag-ip-adres", "2024-07-02 10:40", 2, 202, "update", None, "nl", "human",
     "Xiaomi Mail",
     "Xiaomi Mail (MIUI) app reply of a field engineer; Dutch; asks a diagnostic question, no vendor id; "
     "decoys mobile number, IP addresses",
     [("From", "Mark Hoekstra <mark.hoekstra@rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(202)),
      ("Date", None), ("Message-ID", "<mail.1719909600412.c37b@xiaomi.mark-hoekstra>"),
      ("In-Reply-To", MID(202)), ("References", MID(202)), ("X-Mailer", "Xiaomi Mail 14.0.3")],
     body=b)

# 07 ManWinWin: pedido registado (STORE-258)
b = f"""Exmo.(a) Senhor(a),

O seu pedido foi registado no sistema de gestão de manutenção da RSNL Portugal.

N.º do pedido: PT/2024/0312
Data: 02-07-2024 12:19
Descrição: {SUBJ(258)}
Local: Rua de Santa Catarina 312, 4000-443 Porto
Equipamento: Impressora de talões - n.º de série TM8-PT-551902
Prioridade: Alta
Estado: Pedido registado

Será contactado assim que o pedido for aprovado e atribuído a um técnico.

Esta mensagem foi gerada automaticamente pelo ManWinWin. Por favor não responda.
"""
mail("manwinwin-pedido-registado", "2024-07-02 12:19", 1, 258, "acknowledged", "PT/2024/0312", "pt", "product",
     "ManWinWin",
     "ManWinWin CMMS work-request notice; Portuguese; product subject tag plus our kept STORE tag; "
     "decoy street number 312 next to id PT/2024/0312, postcode, serial; Date in +0100",
     [("From", "ManWinWin - RSNL Portugal <manwinwin@pt.rsnl.nl>"), ("To", TO),
      ("Subject", f"[ManWinWin] Pedido de trabalho PT/2024/0312 registado - {SUBJ(258)}"), ("Date", None),
      ("Message-ID", "<mww.20240702.121900.0312@pt.rsnl.nl>"), ("In-Reply-To", MID(258)),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "ManWinWin 2024 Mail Agent")],
     body=b)

# 08 Salesforce Email-to-Case auto-response, tag only in body (STORE-203)
SF_REF = "ref:!00D7Q02AbCd.!5007Q01XyZw:ref"
b = f"""Beste Sam Jansen,

Bedankt voor uw bericht. Uw aanvraag is bij ons geregistreerd onder casenummer 00045821.

Onderwerp: {SUBJ(203)}
Prioriteit: Hoog
Status: Nieuw

Onze servicedesk is op werkdagen bereikbaar van 08:00 tot 18:00 via 088 776 54 00.
Wilt u informatie toevoegen? Beantwoord dan deze e-mail en laat de referentie in de
onderwerpregel staan.

Met vriendelijke groet,
RSNL Klantenservice

{SF_REF}
"""
mail("salesforce-case-geregistreerd", "2024-07-03 09:01", 2, 203, "acknowledged", "00045821", "nl", "product",
     "Salesforce",
     "Salesforce Email-to-Case auto-response rule with thread token ref:!...:ref; Dutch; subject replaced, "
     "STORE tag only in the 'Onderwerp:' field, no threading headers; decoys thread id, phone",
     [("From", "RSNL Klantenservice <klantenservice@rsnl.nl>"), ("To", TO),
      ("Subject", f"Uw aanvraag is ontvangen - Case 00045821 [ {SF_REF} ]"), ("Date", None),
      ("Message-ID", "<kX3pQ000000000000000000000000000000000000000000000SG0RT1@sfdc.net>"),
      ("Auto-Submitted", "auto-generated"), ("X-SFDC-LK", "00D7Q000002AbCd"),
      ("X-SFDC-User", "0057Q000004xYzA"), ("X-Sender", "postmaster@salesforce.com"),
      ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp")],
     body=b, html=to_html(b, "Case 00045821"))

# 09 Userlike ticket auto-reply (STORE-259)
b = """Hallo,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen als Ticket #583112 aufgenommen.
Ein Mitarbeiter unseres Teams meldet sich in Kürze bei Ihnen.

Unsere Servicezeiten: Mo-Fr 8-18 Uhr.

Ihr RSNL Support-Team

--
Diese Nachricht wurde über Userlike versendet.
"""
mail("userlike-ticket-aufgenommen", "2024-07-03 09:02", 2, 259, "acknowledged", "583112", "de", "product",
     "Userlike",
     "Userlike ticket auto-reply; German; product tag [Ticket #583112] before our kept subject; "
     "Auto-Submitted auto-replied but it is the helpdesk receipt",
     [("From", "RSNL Support <support@de.rsnl.nl>"), ("To", TO),
      ("Subject", f"[Ticket #583112] Re: {SUBJ(259)}"), ("Date", None),
      ("Message-ID", "<ticket-583112-1719990120@mail.userlike.com>"), ("In-Reply-To", MID(259)),
      ("References", MID(259)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body=b, html=to_html(b))

# 10 JSM comment (STORE-201)
b = f"""\u2014-\u2014-\u2014-\u2014-
Reply above this line.

Sanne de Vries commented:

Hallo Sam,

Dank voor de foto's. Kassa 3 blijft hangen op het BIOS-logo; waarschijnlijk is de SSD
defect. Onze monteur komt donderdag 4 juli tussen 10:00 en 12:00 met een vervangende
SSD (artikel 90-1123-01). Kun je vóór die tijd het serienummer van kassa 3 doorgeven?
Het staat op de sticker onder de kast en begint met 7D2K.

Met vriendelijke groet,
Sanne de Vries
RSNL Service Desk | +31 20 794 1180

View request \u00b7 Turn off this request's notifications
{JSM_LINK}

This is shared with Sam Jansen.
Help center, powered by Jira Service Management, sent you this message.
"""
mail("jsm-comment-monteur-donderdag", "2024-07-03 11:15", 2, 201, "update", "RSD-4821", "nl", "product",
     "Jira Service Management",
     "Jira Service Management 'commented' customer notification; Dutch agent comment; plans an engineer "
     "visit and asks for the serial number; decoys article number, phone, date",
     [("From", "Sanne de Vries (RSNL Service Desk) <jira@rsnl.atlassian.net>"), ("To", TO),
      ("Subject", f"RSD-4821 {SUBJ(201)}"), ("Date", None),
      ("Message-ID", "<JIRA.104822.1719817320000.58177.1719997500321@Atlassian.JIRA>"),
      ("In-Reply-To", "<JIRA.104822.1719817320000.58121.1719817321044@Atlassian.JIRA>"),
      ("References", f"{MID(201)} <JIRA.104822.1719817320000.58121.1719817321044@Atlassian.JIRA>"),
      ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body=b, html=to_html(b, "RSD-4821"))

# 11 Acumatica case created, title+store only (STORE-232)
b = f"""Dear Sam Jansen,

Thank you for contacting RSNL Customer Support. A new case has been created for your request.

Case ID: 000457
Subject: {T(232)} \u2014 {S(232)}
Class: HARDWARE
Severity: High
Contract: SC-0019 Retail Gold
Status: Open

You can follow the case in our customer portal:
https://rsnl.acumatica.com/Portal/Cases/Details?CaseCD=000457

Kind regards,
RSNL Customer Support
"""
mail("acumatica-case-created", "2024-07-04 09:05", 2, 232, "acknowledged", "000457", "en", "product",
     "Acumatica",
     "Acumatica CRM case-created notification; English; our STORE tag stripped from the subject and no "
     "threading: only title and store in the text; zero-padded id; decoy contract SC-0019",
     [("From", "RSNL Customer Support <cases@rsnl.acumatica.com>"), ("To", TO),
      ("Subject", f"Case 000457 has been created - {T(232)} \u2014 {S(232)}"), ("Date", None),
      ("Message-ID", "<acumatica.cr.000457.638556219050000000@rsnl.acumatica.com>"),
      ("Auto-Submitted", "auto-generated")],
     body=b, html=to_html(b, "Case 000457"))

# 12 Astroid inline reply (STORE-204)
b = f"""Hi Sam,

Excerpts from StoreDesk's message of July 4, 2024 9:00 am:
> Store: Den Haag Spui
> Priority: high
> Reported by: Sam Jansen

Terminal TID 30219847 is ours, I can see it in the TMS.

> Card terminal declines all cards.

All declines since 06:12 carry response code 91 (issuer or switch inoperative).
That's not the terminal itself: the acquirer host rejected the key exchange.
I've raised it with Worldline, their incident is WL-INC-0938812. Our internal
ref is PAY-1042 if you need to chase us.

Until then the store can take cash or use the spare terminal (S/N 54112398),
it's in the back office in the grey box.

I'll update you as soon as Worldline comes back to me.

-- 
Pieter Kok
RSNL Payments | +31 70 219 44 80
"""
mail("astroid-inline-worldline", "2024-07-04 12:15", 2, 204, "update", "PAY-1042", "en", "human",
     "Astroid",
     "Astroid (notmuch GUI) plain-text inline reply with 'Excerpts from ...' quote header; English; "
     "diagnosis, third-party acquirer incident WL-INC-0938812 as decoy, TID and S/N decoys",
     [("From", "Pieter Kok <pieter.kok@rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(204)),
      ("Date", None), ("Message-ID", "<1720087930.k2v9x1yq4m.astroid@pkok-t14.rsnl.nl>"),
      ("In-Reply-To", MID(204)), ("References", MID(204)),
      ("User-Agent", "astroid/0.16 (https://github.com/astroidmail/astroid)")],
     body=b)

# 13 JSM resolved (STORE-201)
b = f"""\u2014-\u2014-\u2014-\u2014-
Reply above this line.

Your request RSD-4821 has been resolved.

Sanne de Vries changed the status to Resolved.
Resolution: Done

Sanne de Vries commented:
The SSD in till 3 was replaced this morning (old drive S/N 7D2K-55190). The till boots
normally again and the POS software was restored from the nightly image.

If you're still having problems, reply to this email within 5 days and we'll reopen
the request.

View request \u00b7 Turn off this request's notifications
{JSM_LINK}

This is shared with Sam Jansen.
Help center, powered by Jira Service Management, sent you this message.
"""
mail("jsm-request-resolved", "2024-07-04 15:30", 2, 201, "resolved", "RSD-4821", "en", "product",
     "Jira Service Management",
     "Jira Service Management 'request resolved' notification; English; status Resolved with resolution "
     "Done and a reopen window; decoy serial 7D2K-55190",
     [("From", "RSNL Service Desk <jira@rsnl.atlassian.net>"), ("To", TO),
      ("Subject", f"RSD-4821 {SUBJ(201)}"), ("Date", None),
      ("Message-ID", "<JIRA.104822.1719817320000.58302.1720099800877@Atlassian.JIRA>"),
      ("In-Reply-To", "<JIRA.104822.1719817320000.58177.1719997500321@Atlassian.JIRA>"),
      ("References", f"{MID(201)} <JIRA.104822.1719817320000.58121.1719817321044@Atlassian.JIRA> "
                     "<JIRA.104822.1719817320000.58177.1719997500321@Atlassian.JIRA>"),
      ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body=b, html=to_html(b, "RSD-4821"))

# 14 BoldDesk ticket created (STORE-205)
b = f"""##- Please type your reply above this line -##

Hi Sam Jansen,

Thank you for contacting us. Your request has been received and a ticket has been
created. Our support team will respond shortly.

Ticket ID: 10432
Subject: {SUBJ(205)}
Priority: High
Status: Open

View Ticket: https://rsnl.bolddesk.com/support/tickets/10432

Regards,
RSNL Helpdesk
"""
mail("bolddesk-ticket-created", "2024-07-05 09:03", 2, 205, "acknowledged", "10432", "en", "product",
     "BoldDesk",
     "BoldDesk 'ticket created' notification from the hosted domain; English; HTML-only with stub plain; "
     "reply-above marker; subject tag [Ticket #10432] before our kept subject",
     [("From", "RSNL Helpdesk <support@rsnl.bolddesk.com>"), ("To", TO),
      ("Subject", f"[Ticket #10432] {SUBJ(205)}"), ("Date", None),
      ("Message-ID", "<bd-10432-1720163000@rsnl.bolddesk.com>"), ("In-Reply-To", MID(205)),
      ("References", MID(205)), ("Auto-Submitted", "auto-generated")],
     stub="Please view this message in an HTML-capable e-mail client.\n",
     html=to_html(b, "Ticket #10432"))

# 15 Astroid resolved (STORE-204)
b = f"""Hi Sam,

Worldline fixed the key injection on their side at 07:40 (their WL-INC-0938812 is
closed now). I pushed a fresh key set to TID 30219847 and ran a test transaction of
EUR 0,01 - approved. The terminal is working again, so from our side PAY-1042 is
resolved. Could the store confirm with a real card sale this morning?

Excerpts from Pieter Kok's message of July 4, 2024 12:15 pm:
> Hi Sam,
>
> All declines since 06:12 carry response code 91 (issuer or switch inoperative).
> I've raised it with Worldline, their incident is WL-INC-0938812. Our internal
> ref is PAY-1042 if you need to chase us.

-- 
Pieter Kok
RSNL Payments | +31 70 219 44 80
"""
mail("astroid-terminal-fixed", "2024-07-05 10:10", 2, 204, "resolved", "PAY-1042", "en", "human",
     "Astroid",
     "Astroid plain-text follow-up quoting his own mail; English; fault fixed and awaiting store confirmation; "
     "trap: the third party's incident is 'closed', ours only resolved; amount EUR 0,01",
     [("From", "Pieter Kok <pieter.kok@rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(204)),
      ("Date", None), ("Message-ID", "<1720167000.p8n2c5wd0s.astroid@pkok-t14.rsnl.nl>"),
      ("In-Reply-To", "<1720087930.k2v9x1yq4m.astroid@pkok-t14.rsnl.nl>"),
      ("References", f"{MID(204)} <1720087930.k2v9x1yq4m.astroid@pkok-t14.rsnl.nl>"),
      ("User-Agent", "astroid/0.16 (https://github.com/astroidmail/astroid)")],
     body=b)

# 16 VTENEXT update (STORE-260)
b = f"""Gentile cliente,

il ticket TT1187 è stato aggiornato.

Oggetto: {SUBJ(260)}
Stato: In lavorazione
Assegnato a: Laboratorio Firmware - Bologna

Commento:
Abbiamo analizzato il log inviato dal riciclatore (matricola RCY-IT-770215).
L'errore E17 indica un inceppamento nel modulo di ricircolo banconote. Oggi abbiamo
spedito un modulo sostitutivo (codice ricambio 7701-0342) alla filiale di Madrid;
il tecnico di RSNL Ibérica lo installerà appena arrivato.

Puoi consultare il ticket nell'area clienti:
https://assistenza.it.rsnl.nl/portal/index.php?module=HelpDesk&action=index&ticketid=1187

Cordiali saluti,
RSNL Italia - Assistenza tecnica
"""
mail("vtenext-ticket-aggiornato", "2024-07-05 11:00", 2, 260, "update", "TT1187", "it", "product",
     "VTENEXT",
     "VTENEXT CRM HelpDesk ticket-update notification; Italian; part shipped, technician to install; "
     "decoys matricola, spare-part code 7701-0342, portal ticketid=1187",
     [("From", "RSNL Italia Assistenza <assistenza@it.rsnl.nl>"), ("To", TO),
      ("Subject", f"[TT1187] Aggiornamento ticket: {SUBJ(260)}"), ("Date", None),
      ("Message-ID", "<vte.tt1187.20240705110000@assistenza.it.rsnl.nl>"), ("In-Reply-To", MID(260)),
      ("References", MID(260)), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "VTENEXT 23.12 mailer")],
     body=b, html=to_html(b, "TT1187"))

# 17 Citrix Secure Mail resolved (STORE-202)
b = f"""Hallo Sam,

Mark is vanochtend in Utrecht geweest. De bonprinter had een defecte netwerkinterface;
hij heeft hem vervangen door een leenprinter (TM-m30III, S/N X7PL013388) en er worden
weer bonnen afgedrukt. De defecte printer gaat voor reparatie naar ons servicecentrum
onder RMA-240705-12.

Bij ons staat het onder werkorder WO-55812. Die laat ik nog open tot jullie bevestigen
dat alles goed blijft gaan.

Groet,
Ilse Bakker
Planning RSNL Nederland
T +31 30 760 12 40

Verzonden vanuit Citrix Secure Mail

Van: Mark Hoekstra <mark.hoekstra@rsnl.nl>
Datum: dinsdag 2 juli 2024 om 10:40
Aan: StoreDesk <helpdesk@ops.storedesk.example>
Onderwerp: Re: {SUBJ(202)}

Hoi Sam,

Kun je even kijken of de bonprinter in Utrecht nog een IP-adres krijgt?
"""
mail("citrix-securemail-printer-vervangen", "2024-07-05 13:00", 2, 202, "resolved", "WO-55812", "nl", "human",
     "Citrix Secure Mail",
     "Citrix Secure Mail reply from the planner; Dutch; printer swapped and printing again, work order left "
     "open until we confirm; decoys RMA-240705-12, S/N, phone",
     [("From", "Ilse Bakker <i.bakker@rsnl.nl>"), ("To", TO), ("Cc", "Mark Hoekstra <mark.hoekstra@rsnl.nl>"),
      ("Subject", "RE: " + SUBJ(202)), ("Date", None),
      ("Message-ID", "<9E2C44B1-7A3D-4C15-B0A8-61D2F9E3C417@rsnl.nl>"),
      ("In-Reply-To", "<mail.1719909600412.c37b@xiaomi.mark-hoekstra>"),
      ("References", f"{MID(202)} <mail.1719909600412.c37b@xiaomi.mark-hoekstra>"),
      ("X-Mailer", "Citrix Secure Mail for iOS 24.5.0")],
     body=b)

# 18 Optimaint planned (STORE-257)
b = """Bonjour,

Une intervention a été planifiée pour votre demande.

N° DI : DI-24-00671
Technicien : Julien Marchand
Date prévue : lundi 08/07/2024, créneau 08h00 - 10h00
Site : LILLE EURALILLE
Statut : Planifiée

Merci de prévenir le responsable du magasin. En cas d'empêchement, contactez le
planning au 03 20 55 41 90.

--
Ceci est un message automatique envoyé par Optimaint, merci de ne pas y répondre.
"""
OPTI_PLAN = "<optimaint.di.24-00671.1720183200@gmao.fr.rsnl.nl>"
mail("optimaint-intervention-planifiee", "2024-07-05 16:40", 2, 257, "update", "DI-24-00671", "fr", "product",
     "Optimaint",
     "Optimaint GMAO planning notice; French; visit planned; no STORE tag, only References to our Message-ID; "
     "decoys date, phone",
     [("From", "GMAO RSNL France <no-reply@gmao.fr.rsnl.nl>"), ("To", TO),
      ("Subject", "Demande d'intervention DI-24-00671 : intervention planifiée"), ("Date", None),
      ("Message-ID", OPTI_PLAN), ("In-Reply-To", OPTI_ACK), ("References", f"{MID(257)} {OPTI_ACK}"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Optimaint 9.4 notification service")],
     body=b)

# 19 ClickSoftware appointment (STORE-206), tag in body only
b = """Beste klant,

Uw afspraak voor een monteursbezoek is ingepland.

Taaknummer: T-0098812
Uw referentie: STORE-206
Locatie: Herestraat 71, 9711 LC Groningen
Datum: maandag 8 juli 2024
Tijdvenster: 08:00 - 12:00
Monteur: Erik Post
Soort werk: Storing kassalade

U ontvangt ongeveer 30 minuten voor aankomst een sms van de monteur.
Wilt u de afspraak wijzigen? Bel 050 820 33 10 of ga naar
https://planning.rsnl.nl/appointment/T-0098812

Met vriendelijke groet,
RSNL Field Service
"""
mail("clicksoftware-afspraak-ingepland", "2024-07-06 11:20", 2, 206, "update", "T-0098812", "nl", "product",
     "ClickSoftware",
     "ClickSoftware Field Service Edge appointment confirmation; Dutch; subject replaced, STORE tag only in "
     "'Uw referentie:' field, no threading; decoys postcode, house number, phone",
     [("From", "RSNL Field Service <planning@rsnl.nl>"), ("To", TO),
      ("Subject", "Afspraakbevestiging monteursbezoek - taak T-0098812"), ("Date", None),
      ("Message-ID", "<clicksoftware.task.T-0098812.appt@fse.rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
      ("X-Mailer", "ClickSoftware Field Service Edge 8.3")],
     stub="Uw afspraak is ingepland. Bekijk deze e-mail in HTML voor de details.\n",
     html=to_html(b, "Afspraak T-0098812"))

# 20 Kube: German receipt with number (STORE-235)
b = f"""Guten Morgen Herr Jansen,

vielen Dank für Ihre Meldung. Wir haben den Vorgang unter der Nummer 24-1178 angelegt
und schauen uns heute Vormittag die Controller-Logs der Filiale an.

Mit freundlichen Grüßen
Jörg Schäfer

RSNL Deutschland GmbH - Netzwerkservice
Hohenzollernring 72, 50672 Köln
Tel. +49 221 988 34 10

On Sonntag, 7. Juli 2024 09:00:00 CEST, StoreDesk wrote:
{quote(OURBODY(235))}"""
mail("kube-vorgang-angelegt", "2024-07-08 08:50", 2, 235, "acknowledged", "24-1178", "de", "human",
     "Kube",
     "Kube (KDE) plain-text reply, ISO-8859-1 8bit; German; person logs the request under 24-1178 "
     "(looks like a date/phone fragment); decoys address, phone",
     [("From", "Jörg Schäfer <joerg.schaefer@de.rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(235)),
      ("Date", None), ("Message-ID", "<3184925.kube.joerg@nb-schaefer.de.rsnl.nl>"),
      ("In-Reply-To", MID(235)), ("References", MID(235)), ("User-Agent", "Kube 0.9.0")],
     body=b, charset="iso-8859-1", cte="8bit")

# 21 Doodle booking = calendar invite (ignore) (tag in summary)
ics = f"""BEGIN:VCALENDAR
PRODID:-//Doodle AG//Doodle Booking//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:doodle-bk-7f3a9c21e04b@doodle.com
DTSTAMP:20240708T053000Z
DTSTART:20240709T080000Z
DTEND:20240709T083000Z
SUMMARY:Diagnóstico remoto {SUBJ(260)}
ORGANIZER;CN=Carlos Ruiz:mailto:carlos.ruiz@es.rsnl.nl
ATTENDEE;CN=StoreDesk;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:helpdesk@ops.storedesk.example
LOCATION:https://meet.jit.si/rsnl-diag-preciados
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
b = f"""Carlos Ruiz le ha invitado a una reunión

Diagnóstico remoto {SUBJ(260)}
Cuándo: martes, 9 de julio de 2024, 10:00 - 10:30 (CEST)
Dónde: https://meet.jit.si/rsnl-diag-preciados
Organizador: Carlos Ruiz (carlos.ruiz@es.rsnl.nl)

Aceptar: https://doodle.com/bp/rsnl-iberica/booking/7f3a9c21e04b/accept
Rechazar: https://doodle.com/bp/rsnl-iberica/booking/7f3a9c21e04b/decline

Doodle - Programa reuniones más rápido
"""
mail("doodle-invitacion-diagnostico", "2024-07-08 07:30", 2, None, "ignore", None, "es", "product",
     "Doodle",
     "Doodle booking-page invitation with iCalendar METHOD:REQUEST part; Spanish; calendar invitation "
     "carrying our STORE-260 subject in the summary -> ignore",
     [("From", "Carlos Ruiz via Doodle <mailer@doodle.com>"), ("Reply-To", "carlos.ruiz@es.rsnl.nl"), ("To", TO),
      ("Subject", f"Invitación: Diagnóstico remoto {SUBJ(260)} - mar 9 jul 2024 10:00"), ("Date", None),
      ("Message-ID", "<bk.7f3a9c21e04b.invite@doodle.com>")],
     body=b, html=to_html(b), calendar=ics)

# 22 Firmao update (STORE-230)
b = f"""Dzień dobry,

status zgłoszenia ZS/2024/07/118 uległ zmianie.

Temat: {SUBJ(230)}
Status: W realizacji -> Oczekuje na części
Serwisant: Tomasz Wiśniewski

Komentarz serwisanta:
Diagnoza: uszkodzony czujnik w module wydawania banknotów. Zamówiliśmy część
nr 5502-1180 (zamówienie ZAM/2024/07/0931), przewidywana dostawa 12.07.2024.
Zgłoszenie nie jest jeszcze rozwiązane - poinformujemy Państwa po wymianie części.

Z poważaniem
Dział Serwisu RSNL Polska

Wiadomość wygenerowana automatycznie przez system Firmao.
"""
mail("firmao-oczekuje-na-czesci", "2024-07-08 10:30", 2, 230, "update", "ZS/2024/07/118", "pl", "product",
     "Firmao",
     "Firmao CRM status-change notification; Polish; waiting for parts, explicitly 'not yet resolved'; "
     "decoy order number ZAM/2024/07/0931 in the same slash shape, part number",
     [("From", "Serwis RSNL Polska <serwis@pl.rsnl.nl>"), ("To", TO),
      ("Subject", "Zmiana statusu zgłoszenia ZS/2024/07/118: Oczekuje na części"), ("Date", None),
      ("Message-ID", "<firmao-zs-2024-07-118-1720427400@firmao.pl.rsnl.nl>"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Firmao CRM")],
     body=b, html=to_html(b, "ZS/2024/07/118"))

# 23 BoldDesk agent reply (STORE-205)
b = f"""##- Please type your reply above this line -##

Bas Willems heeft gereageerd op uw ticket.

Hallo Sam,

We hebben de access points in Eindhoven Piazza vannacht bijgewerkt naar firmware
8.10.0.12 en kanaal 11 vervangen door kanaal 6 (er zat een buurnetwerk op). We zetten
het ticket nog niet op opgelost: kijk eerst 24 uur aan of de verbinding nog wegvalt
en laat het ons weten.

Groet,
Bas Willems
RSNL Netwerkbeheer

Ticket ID: 10432
Status: Wachten op klant

View Ticket: https://rsnl.bolddesk.com/support/tickets/10432
"""
mail("bolddesk-agent-firmware-monitoren", "2024-07-08 11:00", 2, 205, "update", "10432", "nl", "product",
     "BoldDesk",
     "BoldDesk agent-reply notification; Dutch; firmware updated but 'nog niet op opgelost', waiting on us; "
     "decoys firmware version, channel numbers",
     [("From", "Bas Willems via RSNL Helpdesk <support@rsnl.bolddesk.com>"), ("To", TO),
      ("Subject", f"[Ticket #10432] {SUBJ(205)}"), ("Date", None),
      ("Message-ID", "<bd-10432-1720429200@rsnl.bolddesk.com>"),
      ("In-Reply-To", "<bd-10432-1720163000@rsnl.bolddesk.com>"),
      ("References", f"{MID(205)} <bd-10432-1720163000@rsnl.bolddesk.com>")],
     stub="Please view this message in an HTML-capable e-mail client.\n",
     html=to_html(b, "Ticket #10432"))

# 24 ClickSoftware completed (STORE-206)
b = """Beste klant,

De monteur heeft de werkzaamheden afgerond.

Taaknummer: T-0098812
Uw referentie: STORE-206
Status: Voltooid
Resultaat: Opgelost
Uitgevoerd: solenoid van de kassalade vervangen (artikel 77-0419), lade opent weer bij elke transactie
Bestede tijd: 0:45 uur
Werkbon afgetekend door: J. de Boer (filiaalmanager)

De werkbon vindt u als PDF in de bijlage.

Met vriendelijke groet,
RSNL Field Service
"""
mail("clicksoftware-taak-voltooid", "2024-07-08 13:30", 2, 206, "resolved", "T-0098812", "nl", "product",
     "ClickSoftware",
     "ClickSoftware Field Service Edge task-completed notice with PDF work order; Dutch; 'Resultaat: Opgelost'; "
     "tag only in body field; decoys article number, time spent",
     [("From", "RSNL Field Service <planning@rsnl.nl>"), ("To", TO),
      ("Subject", "Werkzaamheden afgerond - taak T-0098812"), ("Date", None),
      ("Message-ID", "<clicksoftware.task.T-0098812.done@fse.rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
      ("X-Mailer", "ClickSoftware Field Service Edge 8.3")],
     body=b, html=to_html(b, "T-0098812"),
     attach=[("pdf", "Werkbon T-0098812.pdf", PDF("Werkbon T-0098812 - Groningen Herestraat"))])

# 25 Mailo resolved with future-tense close (STORE-233)
b = f"""Bonjour,

J'ai pris la main à distance sur la caisse 1 ce matin : le scanner était passé en mode
RS-232 après la mise à jour. Je l'ai reconfiguré en USB-HID (code de programmation
9999-02) et les codes EAN-13 sont de nouveau lus correctement. Le problème est donc
résolu de notre côté.

Je clôturerai le ticket LIL-4712 dès que vous m'aurez confirmé que tout fonctionne en
caisse.

Cordialement,
Camille Lefèvre
Technicienne support - RSNL France
2 rue de Tenremonde, 59000 Lille
+33 3 20 18 64 02

-----Message d'origine-----
De : StoreDesk <helpdesk@ops.storedesk.example>
Envoyé : vendredi 5 juillet 2024 09:00
À : RSNL Support <support@rsnl.nl>
Objet : {SUBJ(233)}

{OURBODY(233)}"""
mail("mailo-scanner-resolu", "2024-07-08 14:45", 2, 233, "resolved", "LIL-4712", "fr", "human",
     "Mailo",
     "Mailo webmail reply (windows-1252, quoted-printable); French; fault fixed, future tense "
     "'Je clôturerai le ticket ... dès que' is not a closure; decoys programming code, postcode, phone",
     [("From", "Camille Lefèvre <camille.lefevre@fr.rsnl.nl>"), ("To", TO), ("Subject", "RE: " + SUBJ(233)),
      ("Date", None), ("Message-ID", "<1720442700.417.camille.lefevre@webmail.mailo.com>"),
      ("In-Reply-To", MID(233)), ("References", MID(233)), ("X-Mailer", "Mailo Webmail")],
     body=b, charset="windows-1252", cte="quoted-printable")

# 26 Optimaint resolved (STORE-257)
b = """Bonjour,

L'intervention sur votre demande est terminée.

N° DI : DI-24-00671
Site : LILLE EURALILLE
Statut : Réalisée - en attente de validation
Compte rendu : Bloc d'alimentation de la caisse 2 remplacé (réf. PSU-180W-12), tests de redémarrage OK sur 2 heures. Problème résolu.

Sans réponse de votre part, la demande sera clôturée automatiquement sous 5 jours ouvrés.

--
Ceci est un message automatique envoyé par Optimaint, merci de ne pas y répondre.
"""
mail("optimaint-intervention-terminee", "2024-07-08 16:00", 2, 257, "resolved", "DI-24-00671", "fr", "product",
     "Optimaint",
     "Optimaint GMAO completion notice; French; 'Réalisée - en attente de validation', auto-close in the "
     "future; only References threading; decoy part reference",
     [("From", "GMAO RSNL France <no-reply@gmao.fr.rsnl.nl>"), ("To", TO),
      ("Subject", "Demande d'intervention DI-24-00671 : intervention terminée"), ("Date", None),
      ("Message-ID", "<optimaint.di.24-00671.1720447200@gmao.fr.rsnl.nl>"), ("In-Reply-To", OPTI_PLAN),
      ("References", f"{MID(257)} {OPTI_ACK} {OPTI_PLAN}"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Optimaint 9.4 notification service")],
     body=b)

# 27 Flexmail newsletter (ignore)
b = """Bekijk deze e-mail in je browser: https://rsnl.flexmail.eu/view/4471/zomeractie

Zomeractie bij RSNL Belgium

Tot 31 augustus 15% korting op thermische bonrollen (80 mm x 80 m) en
etiketrollen voor alle labelprinters. Bestel vóór 15:00, morgen geleverd.

Prijsvoorbeeld: doos 50 bonrollen EUR 42,50 excl. btw (normaal EUR 50,00).

Bestel via https://shop.rsnl.be/zomer?utm_source=flexmail&utm_campaign=zomer24

Je ontvangt deze nieuwsbrief omdat je klant bent van RSNL Belgium NV,
Noorderlaan 139, 2030 Antwerpen.
Uitschrijven: https://rsnl.flexmail.eu/unsubscribe/4471/abc93f
"""
mail("flexmail-zomeractie", "2024-07-08 17:00", 2, None, "ignore", None, "nl", "product",
     "Flexmail",
     "Flexmail newsletter from be.rsnl.nl with List-Unsubscribe; Dutch (Flemish); marketing with prices "
     "and an emoji subject -> ignore",
     [("From", "RSNL Belgium <nieuws@be.rsnl.nl>"), ("To", TO),
      ("Subject", "Zomeractie: 15% korting op bonrollen en etiketten \u2600\ufe0f"), ("Date", None),
      ("Message-ID", "<4471.abc93f.20240708170000@mailing.flexmail.eu>"),
      ("List-Unsubscribe", "<https://rsnl.flexmail.eu/unsubscribe/4471/abc93f>, <mailto:unsubscribe-4471@flexmail.eu>"),
      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
      ("X-Mailer", "Flexmail")],
     body=b, html=to_html(b, "Zomeractie"))

# 28 Salesforce closed (STORE-203)
SF_CLOSED_MID = "<pLm7Q000000000000000000000000000000000000000000000SG4ZA9@sfdc.net>"
b = f"""Beste Sam Jansen,

Uw case 00045821 is gesloten.

Onderwerp: {SUBJ(203)}
Status: Gesloten
Oplossing: De scanner aan kassa 1 stond na een firmware-update in de verkeerde interfacemodus. Volgens kennisbankartikel KB-000318 opnieuw geconfigureerd naar USB-HID; de scanner leest weer.

Niet tevreden over de oplossing? Beantwoord deze e-mail binnen 7 dagen, dan heropenen
we de case.

Met vriendelijke groet,
RSNL Klantenservice

{SF_REF}
"""
mail("salesforce-case-gesloten", "2024-07-09 09:00", 2, 203, "closed", "00045821", "nl", "product",
     "Salesforce",
     "Salesforce case-closed e-mail alert with thread token; Dutch; 'Status: Gesloten' with solution; "
     "tag only in body; decoy knowledge article KB-000318",
     [("From", "RSNL Klantenservice <klantenservice@rsnl.nl>"), ("To", TO),
      ("Subject", f"Case 00045821 is gesloten [ {SF_REF} ]"), ("Date", None),
      ("Message-ID", SF_CLOSED_MID), ("Auto-Submitted", "auto-generated"),
      ("X-SFDC-LK", "00D7Q000002AbCd"), ("X-Sender", "postmaster@salesforce.com")],
     body=b, html=to_html(b, "Case 00045821"))

# 29 Userlike agent update (STORE-259)
b = """Hallo Herr Jansen,

wir schicken Ihnen heute ein neues PIN-Pad-Kabel (Artikel 4410-0917, USB-C auf RJ45,
3 m) per DHL. Sendungsnummer: JJD000390007712345678. Das Kabel sollte morgen bis
12 Uhr in der Filiale sein. Sie können es selbst tauschen oder auf unseren Techniker
warten, den Termin schicken wir separat.

Viele Grüße
Lena Vogt
RSNL Support Deutschland
+49 221 988 34 00

--
Diese Nachricht wurde über Userlike versendet.
"""
mail("userlike-kabel-versandt", "2024-07-09 10:30", 2, 259, "update", "583112", "de", "product",
     "Userlike",
     "Userlike ticket agent reply; German; replacement cable shipped; decoys DHL tracking "
     "JJD000390007712345678, article number, phone",
     [("From", "Lena Vogt | RSNL Support <support@de.rsnl.nl>"), ("To", TO),
      ("Subject", f"[Ticket #583112] Re: {SUBJ(259)}"), ("Date", None),
      ("Message-ID", "<ticket-583112-1720513800@mail.userlike.com>"),
      ("In-Reply-To", "<ticket-583112-1719990120@mail.userlike.com>"),
      ("References", f"{MID(259)} <ticket-583112-1719990120@mail.userlike.com>")],
     body=b, html=to_html(b))

# 30 Alchemer survey (ignore) with tag
b = f"""Hello Sam,

Your request "{SUBJ(201)}" (RSD-4821) was recently resolved by the RSNL Service Desk.
Would you take two minutes to tell us how we did?

How satisfied are you with the handling of your request?
1 - 2 - 3 - 4 - 5
https://survey.alchemer.eu/s3/90321877/RSNL-CSAT?ref=RSD-4821

Thank you,
RSNL Customer Experience

You received this survey because you recently contacted RSNL support.
Unsubscribe: https://survey.alchemer.eu/s3/unsub/90321877
"""
mail("alchemer-csat-survey", "2024-07-09 12:10", 2, None, "ignore", None, "en", "product",
     "Alchemer",
     "Alchemer CSAT survey invitation in our thread; English; carries our STORE-201 subject and the RSNL "
     "ticket id but is a survey -> ignore",
     [("From", "RSNL Customer Experience <survey@rsnl.nl>"), ("To", TO),
      ("Subject", f"How did we do? {SUBJ(201)}"), ("Date", None),
      ("Message-ID", "<alchemer.90321877.inv.55120981@survey.alchemer.eu>"),
      ("References", MID(201)), ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
      ("List-Unsubscribe", "<https://survey.alchemer.eu/s3/unsub/90321877>")],
     stub="This survey invitation requires an HTML capable e-mail client.\n", html=to_html(b, "Survey"))

# 31 Acumatica pending customer (STORE-232)
b = f"""Dear Sam Jansen,

There is a new activity on your case.

Case ID: 000457
Subject: {T(232)} \u2014 {S(232)}
Status: Pending Customer
Owner: Thomas Peeters

Thomas Peeters wrote:
Hello Sam, the printer answers ping but the spooler refuses every job. Please send us a
photo of the self-test print (hold FEED while switching the printer on). If the
interface board has to be replaced, the cost outside your contract is EUR 189.00 excl.
VAT - please let us know whether you approve.

Case link: https://rsnl.acumatica.com/Portal/Cases/Details?CaseCD=000457

Kind regards,
RSNL Customer Support
"""
mail("acumatica-pending-customer", "2024-07-09 13:00", 2, 232, "update", "000457", "en", "product",
     "Acumatica",
     "Acumatica case-activity notification; English; waiting on us for a photo and a cost approval; "
     "title and store only, no tag, no threading; decoy amount EUR 189.00",
     [("From", "RSNL Customer Support <cases@rsnl.acumatica.com>"), ("To", TO),
      ("Subject", f"Case 000457 - {T(232)} \u2014 {S(232)}: status changed to Pending Customer"),
      ("Date", None), ("Message-ID", "<acumatica.cr.000457.638561088000000000@rsnl.acumatica.com>"),
      ("Auto-Submitted", "auto-generated")],
     body=b, html=to_html(b, "Case 000457"))

# 32 Kube visit (STORE-235)
b = f"""Hallo Herr Jansen,

> Wir haben den Vorgang unter der Nummer 24-1178 angelegt und schauen uns heute
> Vormittag die Controller-Logs der Filiale an.

In den Logs sieht man, dass der Access Point im Lager jede Stunde neu startet.
Unser Techniker Stefan Krämer kommt am Donnerstag, 11.07., zwischen 9 und 12 Uhr
und bringt ein Austauschgerät mit. Bitte sorgen Sie dafür, dass er ins Lager kommt.

Vorgang 24-1178 bleibt bis dahin offen.

Mit freundlichen Grüßen
Jörg Schäfer
RSNL Deutschland GmbH - Netzwerkservice
Tel. +49 221 988 34 10
"""
mail("kube-techniker-donnerstag", "2024-07-09 16:00", 2, 235, "update", "24-1178", "de", "human",
     "Kube",
     "Kube (KDE) inline reply quoting his own earlier mail; German; technician visit planned Thursday; "
     "'bleibt offen'; ISO-8859-1 quoted-printable",
     [("From", "Jörg Schäfer <joerg.schaefer@de.rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(235)),
      ("Date", None), ("Message-ID", "<3190277.kube.joerg@nb-schaefer.de.rsnl.nl>"),
      ("In-Reply-To", "<3184925.kube.joerg@nb-schaefer.de.rsnl.nl>"),
      ("References", f"{MID(235)} <3184925.kube.joerg@nb-schaefer.de.rsnl.nl>"), ("User-Agent", "Kube 0.9.0")],
     body=b, charset="iso-8859-1", cte="quoted-printable")

# 33 Valuekeep request registered (STORE-210)
b = f"""Olá,

O seu pedido de intervenção foi registado.

Pedido: PI.2024.0457
Assunto: {SUBJ(210)}
Ativo: Balança Mettler UC3-GTT (n.º de série 3125118-4J)
Prioridade: Alta
Estado: Registado
Data de registo: 10/07/2024 08:03

Nota: a calibração metrológica desta balança é válida até 31/12/2024.

Acompanhe o pedido em https://rsnl.valuekeep.com/requests/PI.2024.0457

Valuekeep - RSNL Portugal, Lda.
"""
mail("valuekeep-pedido-registado", "2024-07-10 08:04", 1, 210, "acknowledged", "PI.2024.0457", "pt", "product",
     "Valuekeep",
     "Valuekeep CMMS request notification from its own domain on behalf of RSNL Portugal; Portuguese; "
     "dotted id PI.2024.0457; decoys serial, calibration date; Date in +0100",
     [("From", "RSNL Portugal via Valuekeep <noreply@valuekeep.com>"), ("Reply-To", "manutencao@pt.rsnl.nl"),
      ("To", TO), ("Subject", f"{SUBJ(210)} | Pedido PI.2024.0457 registado"), ("Date", None),
      ("Message-ID", "<vk-pi-2024-0457-created@valuekeep.com>"), ("In-Reply-To", MID(210)),
      ("References", MID(210)), ("Auto-Submitted", "auto-generated")],
     stub="Veja esta mensagem num cliente de e-mail com suporte para HTML.\n",
     html=to_html(b, "PI.2024.0457"))

# 34 Barracuda block notice (ignore) of our follow-up
b = f"""Your message to: joerg.schaefer@de.rsnl.nl
was blocked by the Barracuda Email Security Gateway of rsnl.nl.

The message you sent with the following subject has NOT BEEN DELIVERED:

Subject: Re: {SUBJ(235)}
Sent: Wed, 10 Jul 2024 10:52:03 +0200
Reason: Message content rejected (blocked attachment type: .zip)

If you believe this is an error, contact postmaster@rsnl.nl.

--
Barracuda Email Security Gateway
"""
mail("barracuda-message-blocked", "2024-07-10 11:00", 2, None, "ignore", None, "en", "product",
     "Barracuda",
     "Barracuda Email Security Gateway block notice for our own STORE-235 follow-up; English; bounce that "
     "carries our tag -> ignore",
     [("From", "Barracuda Email Security <postmaster@barracuda.rsnl.nl>"), ("To", TO),
      ("Subject", f"**Message you sent blocked by our bulk email filter** Re: {SUBJ(235)}"), ("Date", None),
      ("Message-ID", "<bsg.1720601999.27715@barracuda.rsnl.nl>"), ("Auto-Submitted", "auto-replied"),
      ("X-Barracuda-Spam-Status", "No"), ("X-Barracuda-Connect", "mail.ops.storedesk.example[198.51.100.24]")],
     body=b)

# 35 Hostinger Webmail update, tag only in quoted text (STORE-258)
b = f"""Bom dia Sam,

Estive hoje na loja do Porto: a guilhotina da impressora de talões partiu-se (a
lâmina móvel está torta). Encomendámos uma lâmina nova, referência 2131884-02,
encomenda n.º EC-24-07781, com entrega prevista para 15/07. Até lá a impressora
imprime mas não corta; os colaboradores podem destacar o talão à mão.

O pedido PT/2024/0312 continua em aberto até à reparação.

Cumprimentos,
Rui Carvalho
Técnico de Campo | RSNL Portugal
Tel.: +351 22 600 41 87

----- Mensagem original -----
De: StoreDesk <helpdesk@ops.storedesk.example>
Para: RSNL Support <support@rsnl.nl>
Enviada: terça-feira, 2 de julho de 2024 09:00
Assunto: {SUBJ(258)}

{quote(OURBODY(258))}"""
mail("hostinger-webmail-lamina-encomendada", "2024-07-10 14:00", 1, 258, "update", "PT/2024/0312", "pt", "human",
     "Hostinger Webmail",
     "Hostinger Webmail reply with rewritten subject; Portuguese; STORE tag only in the quoted original; "
     "part ordered, 'continua em aberto'; decoys order EC-24-07781, part reference, date",
     [("From", "Rui Carvalho <rui.carvalho@pt.rsnl.nl>"), ("To", TO),
      ("Subject", "Lâmina de corte encomendada - Porto Santa Catarina"), ("Date", None),
      ("Message-ID", "<a7c21e0f4b9d3e58f6a1@pt.rsnl.nl>"), ("X-Mailer", "Hostinger Webmail")],
     body=b)

# 36 one.com webmail: update while quoting the closed notice (STORE-203)
b = f"""Hallo Sam,

Negeer het bericht hieronder even: de case is door het systeem gesloten, maar we zijn
nog niet klaar. De scanner van kassa 2 in Rotterdam heeft hetzelfde probleem en is nog
niet omgezet; dat doe ik morgenochtend op afstand. Ik heb case 00045821 weer op
'In behandeling' gezet.

Groet,
Dennis Smit
RSNL Servicedesk | 088 776 54 00

-----Oorspronkelijk bericht-----
Van: RSNL Klantenservice <klantenservice@rsnl.nl>
Verzonden: dinsdag 9 juli 2024 09:00
Aan: helpdesk@ops.storedesk.example
Onderwerp: Case 00045821 is gesloten [ {SF_REF} ]

Beste Sam Jansen,

Uw case 00045821 is gesloten.

Onderwerp: {SUBJ(203)}
Status: Gesloten
"""
mail("onecom-webmail-toch-niet-klaar", "2024-07-10 17:30", 2, 203, "update", "00045821", "nl", "human",
     "one.com Webmail",
     "one.com Webmail reply quoting the earlier 'Status: Gesloten' notice; Dutch; new text says not done yet "
     "and case put back in progress -> update, not closed",
     [("From", "Dennis Smit <dennis.smit@rsnl.nl>"), ("To", TO),
      ("Subject", f"RE: Case 00045821 is gesloten [ {SF_REF} ]"), ("Date", None),
      ("Message-ID", "<20240710153000.Horde.dsmit.4Kq2@webmail.one.com>"), ("In-Reply-To", SF_CLOSED_MID),
      ("References", SF_CLOSED_MID), ("X-Mailer", "one.com Webmail")],
     body=b)

# 37 TecArt ticket created (STORE-211)
b = f"""Sehr geehrte Damen und Herren,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer TA-20240711-0042
erfasst. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an.

Betreff: {SUBJ(211)}
Kategorie: Hardware / Kundendisplay
Priorität: Normal
Reaktionszeit laut Servicevertrag SV-2022-0187: 2 Werktage

Mit freundlichen Grüßen
Ihr RSNL Service-Team

RSNL Deutschland GmbH, Hohenzollernring 72, 50672 Köln
Amtsgericht Köln HRB 88412 - Geschäftsführer: Dr. Holger Brandt
"""
mail("tecart-ticket-erfasst", "2024-07-11 09:05", 2, 211, "acknowledged", "TA-20240711-0042", "de", "product",
     "TecArt",
     "TecArt CRM ticket-created mail; German; date-based id TA-20240711-0042 written '[#...]' in the "
     "subject before our kept subject; decoys contract SV-2022-0187, HRB number",
     [("From", "RSNL Service <service@de.rsnl.nl>"), ("To", TO),
      ("Subject", f"[#TA-20240711-0042] {SUBJ(211)}"), ("Date", None),
      ("Message-ID", "<tecart.ticket.TA-20240711-0042@crm.de.rsnl.nl>"), ("In-Reply-To", MID(211)),
      ("References", MID(211)), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "TecArt-CRM 7.4")],
     body=b, html=to_html(b, "TA-20240711-0042"))

# 38 Kube closed (STORE-235)
b = f"""Hallo Herr Jansen,

Herr Krämer hat heute Vormittag den Access Point im Lager getauscht (altes Gerät
S/N CN-4452-AX19, defektes Netzteil). Seit 10 Uhr gibt es keine Abbrüche mehr.

Ich schließe den Vorgang 24-1178 hiermit ab. Sollte das WLAN wieder ausfallen,
schicken Sie bitte eine neue Meldung.

Mit freundlichen Grüßen
Jörg Schäfer
RSNL Deutschland GmbH - Netzwerkservice
Tel. +49 221 988 34 10
"""
mail("kube-vorgang-abgeschlossen", "2024-07-11 12:00", 2, 235, "closed", "24-1178", "de", "human",
     "Kube",
     "Kube (KDE) plain-text reply; German; AP replaced and 'Ich schließe den Vorgang ... ab' -> closed; "
     "decoy serial number",
     [("From", "Jörg Schäfer <joerg.schaefer@de.rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(235)),
      ("Date", None), ("Message-ID", "<3201455.kube.joerg@nb-schaefer.de.rsnl.nl>"),
      ("In-Reply-To", "<3190277.kube.joerg@nb-schaefer.de.rsnl.nl>"),
      ("References", f"{MID(235)} <3184925.kube.joerg@nb-schaefer.de.rsnl.nl> "
                     "<3190277.kube.joerg@nb-schaefer.de.rsnl.nl>"), ("User-Agent", "Kube 0.9.0")],
     body=b, charset="iso-8859-1", cte="8bit")

# 39 one.com read receipt (ignore) - raw multipart/report
raw = f"""From: Dennis Smit <dennis.smit@rsnl.nl>
To: StoreDesk <helpdesk@ops.storedesk.example>
Subject: {email.header.Header("Gelezen: Re: " + SUBJ(203), "utf-8", header_name="Subject").encode()}
Date: {{DATE}}
Message-ID: <mdn.20240711120000.dsmit.77@webmail.one.com>
In-Reply-To: <followup-203.20240711@ops.storedesk.example>
References: {MID(203)} <followup-203.20240711@ops.storedesk.example>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Mailer: one.com Webmail
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_MDN_39_one"

------=_MDN_39_one
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Het bericht dat u aan dennis.smit@rsnl.nl hebt verzonden, is op 11-07-2024 14:00
weergegeven. Dit betekent niet dat het bericht is gelezen of begrepen.

------=_MDN_39_one
Content-Type: message/disposition-notification

Reporting-UA: webmail.one.com; one.com Webmail
Original-Recipient: rfc822;dennis.smit@rsnl.nl
Final-Recipient: rfc822;dennis.smit@rsnl.nl
Original-Message-ID: <followup-203.20240711@ops.storedesk.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_39_one--
"""
mail("onecom-leesbevestiging", "2024-07-11 14:00", 2, None, "ignore", None, "nl", "human",
     "one.com Webmail",
     "one.com Webmail read receipt (RFC 8098 multipart/report) for our STORE-203 follow-up; Dutch; "
     "read receipt carrying our tag -> ignore",
     [], raw=raw)

# 40 inConcert case opened (STORE-212)
b = f"""Estimado cliente:

Hemos recibido su solicitud y hemos abierto el caso número 2024-000318. Un técnico se
pondrá en contacto con usted en un plazo máximo de 8 horas laborables.

Asunto: {SUBJ(212)}
Prioridad: Media
Estado: Abierto

Si prefiere llamarnos: 91 524 88 30 (L-V 8:00-19:00).

Atentamente,
RSNL Ibérica S.L. - Atención al cliente
C/ Alcalá 265, 28027 Madrid
"""
mail("inconcert-caso-abierto", "2024-07-12 09:02", 2, 212, "acknowledged", "2024-000318", "es", "product",
     "inConcert",
     "inConcert Allegro contact-centre e-mail case auto-reply; Spanish; year-based id 2024-000318 in a product "
     "subject tag plus our kept subject; decoys phone, postcode, hours",
     [("From", "RSNL Ibérica - Atención al cliente <soporte@es.rsnl.nl>"), ("To", TO),
      ("Subject", f"[Caso 2024-000318] Hemos recibido su solicitud: {SUBJ(212)}"), ("Date", None),
      ("Message-ID", "<inconcert.case.2024-000318.a41f@crm.es.rsnl.nl>"), ("In-Reply-To", MID(212)),
      ("References", MID(212)), ("Auto-Submitted", "auto-replied"), ("X-Mailer", "inConcert Allegro Mail")],
     body=b, html=to_html(b, "Caso 2024-000318"))

# 41 BoldDesk resolved (STORE-205)
BD_RES = "<bd-10432-1720769400@rsnl.bolddesk.com>"
b = f"""##- Please type your reply above this line -##

Hi Sam Jansen,

Your ticket #10432 has been resolved.

Subject: {SUBJ(205)}
Status: Resolved
Resolution note: No disconnects have been logged since 9 July after the channel change. We consider the issue fixed.

If the problem comes back, simply reply to this email within 7 days to reopen the ticket.

View Ticket: https://rsnl.bolddesk.com/support/tickets/10432

Regards,
RSNL Helpdesk
"""
mail("bolddesk-ticket-resolved", "2024-07-12 09:30", 2, 205, "resolved", "10432", "en", "product",
     "BoldDesk",
     "BoldDesk 'ticket resolved' notification; English; subject replaced by the product, tag only in the "
     "'Subject:' field plus References; reopen window",
     [("From", "RSNL Helpdesk <support@rsnl.bolddesk.com>"), ("To", TO),
      ("Subject", "Your ticket #10432 has been resolved"), ("Date", None), ("Message-ID", BD_RES),
      ("In-Reply-To", "<bd-10432-1720429200@rsnl.bolddesk.com>"),
      ("References", f"{MID(205)} <bd-10432-1720163000@rsnl.bolddesk.com> <bd-10432-1720429200@rsnl.bolddesk.com>"),
      ("Auto-Submitted", "auto-generated")],
     stub="Please view this message in an HTML-capable e-mail client.\n", html=to_html(b, "Ticket #10432"))

# 42 Hushmail forward, resolved (STORE-260)
b = f"""Hola Sam:

Os reenvío la nota del laboratorio de Bolonia. Ayer instalé el módulo de reciclaje
nuevo en la tienda de Preciados y hemos hecho 200 ciclos de billetes sin ningún error
E17. La incidencia TT1187 queda resuelta; el laboratorio la cerrará cuando haya
analizado el módulo defectuoso.

Un saludo,
Carlos Ruiz
Técnico de campo - RSNL Ibérica
Móvil: +34 612 448 902

---------- Mensaje reenviado ----------
De: RSNL Italia Assistenza <assistenza@it.rsnl.nl>
Fecha: 11 jul 2024 16:20
Asunto: [TT1187] Aggiornamento ticket: {SUBJ(260)}
Para: carlos.ruiz@es.rsnl.nl

Gentile cliente,

il ticket TT1187 è stato aggiornato.

Stato: In attesa di verifica sul campo
Commento:
Il modulo sostitutivo è stato consegnato a Madrid. Attendiamo l'esito dei test in
negozio e il rientro del modulo difettoso (RMA IT-24-0791).
"""
mail("hushmail-reenvio-laboratorio", "2024-07-12 11:00", 2, 260, "resolved", "TT1187", "es", "human",
     "Hushmail",
     "Hushmail for Business forward with Spanish text on top of an Italian lab notice; Spanish (+Italian "
     "quote); fault fixed, lab will close later; decoys RMA IT-24-0791, mobile number",
     [("From", "Carlos Ruiz <carlos.ruiz@es.rsnl.nl>"), ("To", TO),
      ("Subject", f"RV: [TT1187] Aggiornamento ticket: {SUBJ(260)}"), ("Date", None),
      ("Message-ID", "<20240712090000.5D3A2C41@smtp.hushmail.com>"), ("X-Mailer", "Hushmail")],
     body=b)

# 43 JSM other customer's request (ignore)
b = """\u2014-\u2014-\u2014-\u2014-
Reply above this line.

Joris Maas commented:

Hallo Femke,

De nieuwe bonprinter voor jullie filiaal in Breda is vandaag verstuurd. Hij wordt
morgen tussen 09:00 en 13:00 bezorgd.

Groet,
Joris Maas
RSNL Service Desk

View request \u00b7 Turn off this request's notifications
https://rsnl.atlassian.net/servicedesk/customer/portal/4/RSD-4907

This is shared with Femke Dijkstra and helpdesk@ops.storedesk.example.
Help center, powered by Jira Service Management, sent you this message.
"""
mail("jsm-other-customer-breda", "2024-07-12 14:00", 2, None, "ignore", None, "nl", "product",
     "Jira Service Management",
     "Jira Service Management comment on another customer's request (MediaStore Breda) where we were added "
     "as participant by mistake; Dutch; same title as our STORE-202 but no tag -> ignore",
     [("From", "Joris Maas (RSNL Service Desk) <jira@rsnl.atlassian.net>"), ("To", TO),
      ("Cc", "Femke Dijkstra <f.dijkstra@mediastore-retail.example>"),
      ("Subject", "RSD-4907 Receipt printer offline - MediaStore Breda"), ("Date", None),
      ("Message-ID", "<JIRA.105110.1720600000000.59944.1720792800450@Atlassian.JIRA>"),
      ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body=b, html=to_html(b, "RSD-4907"))

# 44 Seznam resolved (STORE-229), rewritten subject, tag in quote
b = f"""Dear Sam,

the damaged PIN pad cable from Eindhoven Piazza arrived in our Brno repair centre under
RMA 24-07-0388. We replaced the cable and the connector housing, tested the PIN pad
(S/N 190-2248-331) for 4 hours and shipped it back today with PPL, tracking number
4021 5566 7781. The loan cable your store received last week can stay there as a spare.

So the problem is fixed from our side.

Best regards
Petra Dvořáková
RSNL Repair Centre Brno
Holandská 878/2, 639 00 Brno
+420 543 211 906

---------- Původní e-mail ----------
Od: StoreDesk <helpdesk@ops.storedesk.example>
Komu: RSNL Support <support@rsnl.nl>
Datum: 1. 7. 2024 9:00:00
Předmět: {SUBJ(229)}

{OURBODY(229)}"""
mail("seznam-repair-report", "2024-07-12 15:00", 2, 229, "resolved", None, "en", "human",
     "Seznam Email",
     "Seznam Email (Email.cz Profi) reply, UTF-8 quoted-printable; English with Czech quote header; "
     "rewritten subject, tag only in quoted text; fixed, no ticket id; decoys RMA 24-07-0388, tracking, S/N",
     [("From", "Petra Dvořáková <petra.dvorakova@cz.rsnl.nl>"), ("To", TO),
      ("Subject", "PIN pad cable - repair report Eindhoven"), ("Date", None),
      ("Message-ID", "<Ka8.P1D.4eRtVq3{M1f.1cQxZW@email.seznam.cz>"), ("X-Mailer", "Email.cz")],
     body=b, charset="utf-8", cte="quoted-printable")

# 45 Richpanel weekend auto-ack (STORE-213)
b = """Hi there,

Thanks for reaching out to RSNL Support! This is an automatic confirmation that we've
received your email.

Our team is offline for the weekend. We'll get back to you on Monday, usually within
4 business hours.

Need to add something? Just reply to this email - it will be added to the same
conversation.

RSNL Support
Powered by Richpanel
"""
mail("richpanel-weekend-auto-reply", "2024-07-13 09:03", 2, 213, "acknowledged", None, "en", "product",
     "Richpanel",
     "Richpanel helpdesk auto-reply with Auto-Submitted: auto-replied; English; 'offline for the weekend' "
     "reads like an out-of-office but it is the vendor helpdesk's receipt -> acknowledged, no id",
     [("From", "RSNL Support <support@rsnl.nl>"), ("To", TO), ("Subject", "Re: " + SUBJ(213)),
      ("Date", None), ("Message-ID", "<rp-conv-66a1f03e9b2c4d0012ab34cd@mail.richpanel.com>"),
      ("In-Reply-To", MID(213)), ("References", MID(213)), ("Auto-Submitted", "auto-replied"),
      ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
     body=b, html=to_html(b))

# 46 Xiaomi reopened (STORE-205)
b = f"""Hoi Sam,

De filiaalmanager van Eindhoven belde me net: de wifi viel vanochtend om 07:55 en
08:50 weer weg, dus helaas toch niet opgelost. Ik heb ticket 10432 weer opengezet en
kom woensdag 17 juli langs met een nieuw access point.

Mark

Verzonden vanaf mijn Xiaomi

-------- Oorspronkelijk bericht --------
Van: RSNL Helpdesk <support@rsnl.bolddesk.com>
Datum: 12-07-2024 09:30
Aan: helpdesk@ops.storedesk.example
Onderwerp: Your ticket #10432 has been resolved

Hi Sam Jansen,

Your ticket #10432 has been resolved.

Subject: {SUBJ(205)}
Status: Resolved
"""
mail("xiaomi-mail-ticket-heropend", "2024-07-15 08:10", 2, 205, "update", "10432", "nl", "human",
     "Xiaomi Mail",
     "Xiaomi Mail reply of the field engineer quoting the 'has been resolved' notice; Dutch; ticket "
     "reopened, not fixed after all, visit planned -> update",
     [("From", "Mark Hoekstra <mark.hoekstra@rsnl.nl>"), ("To", TO),
      ("Subject", "Re: Your ticket #10432 has been resolved"), ("Date", None),
      ("Message-ID", "<mail.1721023800155.e81a@xiaomi.mark-hoekstra>"), ("In-Reply-To", BD_RES),
      ("References", f"{MID(205)} {BD_RES}"), ("X-Mailer", "Xiaomi Mail 14.0.3")],
     body=b)

# 47 Firmao closed (STORE-230)
b = f"""Dzień dobry,

zgłoszenie ZS/2024/07/118 zostało zamknięte.

Temat: {SUBJ(230)}
Status: Zamknięte
Rozwiązanie: wymieniono czujnik w module wydawania banknotów (część 5502-1180); recykler przeszedł test 500 banknotów bez błędu E17.
Data zamknięcia: 15.07.2024 09:00

Dziękujemy za skorzystanie z usług serwisu RSNL Polska.

Wiadomość wygenerowana automatycznie przez system Firmao.
"""
mail("firmao-zgloszenie-zamkniete", "2024-07-15 09:00", 2, 230, "closed", "ZS/2024/07/118", "pl", "product",
     "Firmao",
     "Firmao CRM closure notification; Polish; 'Status: Zamknięte' with resolution; tag only in body field; "
     "decoys part number, counts",
     [("From", "Serwis RSNL Polska <serwis@pl.rsnl.nl>"), ("To", TO),
      ("Subject", "Zgłoszenie serwisowe ZS/2024/07/118 zostało zamknięte"), ("Date", None),
      ("Message-ID", "<firmao-zs-2024-07-118-1721026800@firmao.pl.rsnl.nl>"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Firmao CRM")],
     body=b, html=to_html(b, "ZS/2024/07/118"))

# 48 Valuekeep concluded (STORE-210)
b = f"""Olá,

O seu pedido de intervenção foi concluído.

Pedido: PI.2024.0457
Assunto: {SUBJ(210)}
Estado: Concluído
Trabalho realizado: célula de carga recalibrada com massas-padrão de 2 kg e 5 kg; desvio corrigido de +35 g para 0 g. Selo metrológico n.º 24-0577 aplicado.

O pedido será fechado após a sua confirmação e continua visível no portal durante 30 dias:
https://rsnl.valuekeep.com/requests/PI.2024.0457

Valuekeep - RSNL Portugal, Lda.
"""
mail("valuekeep-pedido-concluido", "2024-07-15 09:30", 1, 210, "resolved", "PI.2024.0457", "pt", "product",
     "Valuekeep",
     "Valuekeep CMMS 'pedido concluído' notification; Portuguese; work done, no closure stated; "
     "decoys weights, seal number 24-0577",
     [("From", "RSNL Portugal via Valuekeep <noreply@valuekeep.com>"), ("To", TO),
      ("Subject", f"{SUBJ(210)} | Pedido PI.2024.0457 concluído"), ("Date", None),
      ("Message-ID", "<vk-pi-2024-0457-done@valuekeep.com>"),
      ("References", f"{MID(210)} <vk-pi-2024-0457-created@valuekeep.com>"),
      ("Auto-Submitted", "auto-generated")],
     stub="Veja esta mensagem num cliente de e-mail com suporte para HTML.\n",
     html=to_html(b, "PI.2024.0457"))

# 49 Seznam OOO (ignore) bilingual
b = """Dobrý den,

do 26. 7. 2024 čerpám dovolenou a nemám přístup k e-mailu. V naléhavých případech
kontaktujte prosím servis@cz.rsnl.nl nebo volejte +420 543 211 900.

Hello,

I am on holiday until 26 July 2024 with no access to e-mail. For urgent matters please
contact servis@cz.rsnl.nl or call +420 543 211 900.

Tomáš Novák
RSNL Repair Centre Brno
"""
mail("seznam-automaticka-odpoved", "2024-07-15 13:00", 2, None, "ignore", None, "cs", "human",
     "Seznam Email",
     "Seznam Email vacation auto-reply of an RSNL person, Auto-Submitted: auto-replied; Czech/English; "
     "threaded to our STORE-229 follow-up and carries the tag -> ignore",
     [("From", "Tomáš Novák <tomas.novak@cz.rsnl.nl>"), ("To", TO),
      ("Subject", f"Automatická odpověď: Re: {SUBJ(229)}"), ("Date", None),
      ("Message-ID", "<Ab3.Q9x.7YtRm2{Z4k.1cRbUy@email.seznam.cz>"),
      ("In-Reply-To", "<followup-229.20240715@ops.storedesk.example>"),
      ("References", f"{MID(229)} <followup-229.20240715@ops.storedesk.example>"),
      ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Email.cz")],
     body=b)

# 50 Linear issue done, title+store only (STORE-241)
b = f"""Jelle Visser marked POS-482 as Done

POS-482 {T(241)} \u2014 {S(241)}
Status: In Review \u2192 Done
Team: POS Software

Jelle Visser commented:
Root cause: the 2.14.3 display driver set the refresh rate of the LD-220 pole displays
to 50 Hz. Fixed in POS build 2.14.4, rolled out to {S(241)} last night; the store
manager confirmed the customer display is stable again.

View issue: https://linear.app/rsnl/issue/POS-482/customer-display-flickering-eindhoven-piazza

Linear - You are receiving this because you are subscribed to this issue.
Unsubscribe: https://linear.app/rsnl/settings/notifications
"""
mail("linear-issue-done", "2024-07-16 09:00", 2, 241, "resolved", "POS-482", "en", "product",
     "Linear",
     "Linear issue notification 'marked as Done' sent to an e-mail subscriber; English; no tag, no threading: "
     "title and store in the text only; decoys version numbers 2.14.3/2.14.4, model LD-220",
     [("From", "Jelle Visser (Linear) <notifications@linear.app>"), ("To", TO),
      ("Subject", f"[RSNL] POS-482 {T(241)} \u2014 {S(241)}"), ("Date", None),
      ("Message-ID", "<issue-POS-482-update-7d1e2f@linear.app>"), ("Auto-Submitted", "auto-generated"),
      ("List-Unsubscribe", "<https://linear.app/rsnl/settings/notifications>")],
     body=b, html=to_html(b, "POS-482"))

# 51 ManWinWin closed (STORE-258)
b = f"""Exmo.(a) Senhor(a),

O pedido de trabalho abaixo foi fechado.

N.º do pedido: PT/2024/0312
Descrição: {SUBJ(258)}
Estado: Fechado
Data de fecho: 16-07-2024 08:55
Trabalho realizado: substituição da lâmina de corte (ref. 2131884-02); 50 talões de teste cortados corretamente.
Tempo de intervenção: 1,5 h

Esta mensagem foi gerada automaticamente pelo ManWinWin. Por favor não responda.
"""
mail("manwinwin-pedido-fechado", "2024-07-16 09:00", 1, 258, "closed", "PT/2024/0312", "pt", "product",
     "ManWinWin",
     "ManWinWin CMMS work-request closure; Portuguese; 'Estado: Fechado'; product subject without our "
     "tag, tag in 'Descrição:' field; decoys part reference, hours",
     [("From", "ManWinWin - RSNL Portugal <manwinwin@pt.rsnl.nl>"), ("To", TO),
      ("Subject", "[ManWinWin] Pedido de trabalho PT/2024/0312 fechado"), ("Date", None),
      ("Message-ID", "<mww.20240716.085500.0312@pt.rsnl.nl>"), ("Auto-Submitted", "auto-generated"),
      ("X-Mailer", "ManWinWin 2024 Mail Agent")],
     body=b)

# 52 GyazMail question (STORE-212)
b = f"""Hola Sam,

El lunes ampliamos la RAM del PC de la trastienda a 16 GB y actualizamos la BIOS a la
versión 1.22. ¿Nos podéis confirmar si sigue lento? Sin vuestra confirmación no
podemos cerrar el caso 2024-000318.

Saludos,
Lucía Fernández
Soporte técnico - RSNL Ibérica
Tel. 91 524 88 36

El 12/07/2024, a las 9:02, RSNL Ibérica - Atención al cliente <soporte@es.rsnl.nl> escribió:
> Estimado cliente:
>
> Hemos recibido su solicitud y hemos abierto el caso número 2024-000318.
"""
mail("gyazmail-podeis-confirmar", "2024-07-16 12:00", 2, 212, "update", "2024-000318", "es", "human",
     "GyazMail",
     "GyazMail (macOS) reply to the CRM receipt; Spanish; work done but asks us to confirm, "
     "'no podemos cerrar' negation -> update; decoys RAM size, BIOS version",
     [("From", "Lucía Fernández <lucia.fernandez@es.rsnl.nl>"), ("To", TO),
      ("Subject", f"Re: [Caso 2024-000318] Hemos recibido su solicitud: {SUBJ(212)}"), ("Date", None),
      ("Message-ID", "<20240716120000.3F61.LUCIA.FERNANDEZ@es.rsnl.nl>"),
      ("In-Reply-To", "<inconcert.case.2024-000318.a41f@crm.es.rsnl.nl>"),
      ("References", f"{MID(212)} <inconcert.case.2024-000318.a41f@crm.es.rsnl.nl>"),
      ("X-Mailer", "GyazMail version 1.7.3")],
     body=b, charset="iso-8859-1", cte="quoted-printable")

# 53 Acumatica closed (STORE-232)
b = f"""Dear Sam Jansen,

Your case has been closed.

Case ID: 000457
Subject: {T(232)} \u2014 {S(232)}
Status: Closed
Resolution: Interface board replaced under contract SC-0019; no charge. Printer tested with 20 receipts.

If you need further help with this matter, reply to this e-mail and mention Case ID 000457.

Kind regards,
RSNL Customer Support
"""
mail("acumatica-case-closed", "2024-07-17 09:00", 2, 232, "closed", "000457", "en", "product",
     "Acumatica",
     "Acumatica case-closed notification; English; 'Status: Closed'; title and store only; "
     "decoy contract SC-0019",
     [("From", "RSNL Customer Support <cases@rsnl.acumatica.com>"), ("To", TO),
      ("Subject", f"Case 000457 - {T(232)} \u2014 {S(232)} has been closed"), ("Date", None),
      ("Message-ID", "<acumatica.cr.000457.638567964000000000@rsnl.acumatica.com>"),
      ("Auto-Submitted", "auto-generated")],
     body=b, html=to_html(b, "Case 000457"))

# 54 Userlike closed (STORE-259)
b = f"""Hallo Herr Jansen,

Ihr Ticket #583112 wurde geschlossen. Laut Filiale wurde das neue Kabel am 10.07.
eingesetzt, das PIN-Pad funktioniert wieder.

Falls noch etwas offen ist, antworten Sie einfach auf diese E-Mail - das Ticket wird
dann automatisch wieder geöffnet.

Ihr RSNL Support-Team

--
Diese Nachricht wurde über Userlike versendet.
"""
mail("userlike-ticket-geschlossen", "2024-07-17 11:00", 2, 259, "closed", "583112", "de", "product",
     "Userlike",
     "Userlike ticket-closed notification; German; closed with reopen-by-reply note; product tag before "
     "our kept subject",
     [("From", "RSNL Support <support@de.rsnl.nl>"), ("To", TO),
      ("Subject", f"[Ticket #583112] Geschlossen: {SUBJ(259)}"), ("Date", None),
      ("Message-ID", "<ticket-583112-1721206800@mail.userlike.com>"),
      ("References", f"{MID(259)} <ticket-583112-1720513800@mail.userlike.com>"),
      ("Auto-Submitted", "auto-generated")],
     body=b, html=to_html(b))

# 55 Kiyoh review invitation (ignore)
b = """Beste klant,

U had onlangs contact met RSNL Nederland. Wilt u in één minuut een review schrijven?

Hoe waarschijnlijk is het dat u RSNL Nederland aanbeveelt? Geef een cijfer van 1 tot 10:
https://www.kiyoh.com/r/rsnl-nederland/invite/1081776?score=

Alvast bedankt!
RSNL Nederland

Deze uitnodiging is verstuurd via Kiyoh. Geen uitnodigingen meer ontvangen?
https://www.kiyoh.com/unsubscribe/1081776
"""
mail("kiyoh-review-uitnodiging", "2024-07-18 08:00", 2, None, "ignore", None, "nl", "product",
     "Kiyoh",
     "Kiyoh review invitation on behalf of RSNL Nederland; Dutch; survey/review request, no tag -> ignore",
     [("From", "RSNL Nederland via Kiyoh <noreply@kiyoh.com>"), ("To", TO),
      ("Subject", "Hoe tevreden bent u over RSNL Nederland?"), ("Date", None),
      ("Message-ID", "<invite.1081776.20240718@kiyoh.com>"), ("Precedence", "bulk"),
      ("List-Unsubscribe", "<https://www.kiyoh.com/unsubscribe/1081776>")],
     body=b, html=to_html(b))

# 56 inConcert closed (STORE-212)
b = f"""Estimado cliente:

Le informamos de que el caso 2024-000318 ha sido cerrado.

Asunto: {SUBJ(212)}
Estado: Cerrado
Resolución: Ampliación de memoria a 16 GB y actualización de BIOS 1.22. La tienda ha confirmado que el equipo arranca en menos de un minuto.
Fecha de cierre: 19/07/2024 10:00

Si el problema persiste, puede reabrir el caso respondiendo a este correo en los próximos 10 días.

Atentamente,
RSNL Ibérica S.L. - Atención al cliente
"""
mail("inconcert-caso-cerrado", "2024-07-19 10:00", 2, 212, "closed", "2024-000318", "es", "product",
     "inConcert",
     "inConcert Allegro case-closure notification; Spanish; 'Estado: Cerrado' with resolution and a reopen window; "
     "decoys BIOS version, dates",
     [("From", "RSNL Ibérica - Atención al cliente <soporte@es.rsnl.nl>"), ("To", TO),
      ("Subject", f"[Caso 2024-000318] Caso cerrado: {SUBJ(212)}"), ("Date", None),
      ("Message-ID", "<inconcert.case.2024-000318.c9e2@crm.es.rsnl.nl>"),
      ("References", f"{MID(212)} <inconcert.case.2024-000318.a41f@crm.es.rsnl.nl>"),
      ("Auto-Submitted", "auto-generated"), ("X-Mailer", "inConcert Allegro Mail")],
     body=b, html=to_html(b, "Caso 2024-000318"))

# 57 Checkmk alert, other customer (ignore)
b = """Host:     vpn-gw01.bakkerij-dejong
Alias:    Bakkerij de Jong - Zwolle
Address:  10.64.12.1
Service:  IPsec Tunnel HQ
Event:    OK -> CRIT
Output:   CRIT - Tunnel down (peer 84.23.112.9 not responding for 300 s)
Date / Time: Tue Jul 23 10:58:12 CEST 2024

Host Metrics: rta=0.000ms;200.000;500.000;0; pl=100%;80;100;;
Service Metrics:

--
Checkmk notification - RSNL NOC (site noc)
"""
mail("checkmk-other-customer-alert", "2024-07-23 10:58", 2, None, "ignore", None, "en", "product",
     "Checkmk",
     "Checkmk default plain-text notification from the RSNL NOC about another customer's VPN gateway; "
     "English; resembles our VPN issues but concerns another customer -> ignore",
     [("From", "Checkmk RSNL NOC <checkmk@noc.rsnl.nl>"), ("To", TO),
      ("Subject", "Check_MK: vpn-gw01.bakkerij-dejong/IPsec Tunnel HQ OK -> CRIT"), ("Date", None),
      ("Message-ID", "<20240723085812.1F2A.checkmk@noc.rsnl.nl>"), ("Auto-Submitted", "auto-generated")],
     body=b)

# 58 PagerDuty resolved (STORE-223)
b = f"""RSNL NOC has resolved an incident you are subscribed to.

Incident #2291: {T(223)} \u2014 {S(223)}
Status: Resolved
Resolved at: Jul 23, 2024 3:38 PM CEST
Customer reference: STORE-223

Update from RSNL NOC:
Deutsche Telekom repaired a damaged fibre at the street cabinet (Telekom ticket
1-3468825391). The IPsec tunnel re-established at 15:31 CEST and has been stable
since. No action is needed on the store router.

View status: https://rsnl.pagerduty.com/status-dashboard/incidents/Q2KD7RZ1XW0A3M

You're receiving this e-mail because you subscribed to status updates for this service.
Unsubscribe: https://rsnl.pagerduty.com/status_subscriptions/unsubscribe
"""
mail("pagerduty-incident-resolved", "2024-07-23 15:40", 2, 223, "resolved", "2291", "en", "product",
     "PagerDuty",
     "PagerDuty stakeholder status-update e-mail; English; subject replaced, tag only in the 'Customer "
     "reference:' field, no threading; decoys carrier ticket 1-3468825391, incident key Q2KD7RZ1XW0A3M",
     [("From", "PagerDuty <no-reply@pagerduty.com>"), ("Reply-To", "noc@rsnl.nl"), ("To", TO),
      ("Subject", f"Resolved: Incident #2291 {T(223)} \u2014 {S(223)}"), ("Date", None),
      ("Message-ID", "<status-update.Q2KD7RZ1XW0A3M.3@pagerduty.com>"), ("Auto-Submitted", "auto-generated")],
     stub="This message is best viewed in an HTML e-mail client.\n", html=to_html(b, "Incident #2291"))

# 59 DocuSign phishing (ignore)
b = """RSNL sent you a document to review and sign.

Service Agreement Renewal 2024-2025 - StoreDesk Retail B.V.

REVIEW DOCUMENT: http://rsnl-docs-sign.com/review/8f2e1c?u=helpdesk@ops.storedesk.example

Please complete the signature before 26/07/2024 or your support contract will be suspended.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or
access code with others.
"""
mail("docusign-phishing", "2024-07-24 08:00", 2, None, "ignore", None, "en", "product",
     "DocuSign",
     "Phishing imitating a DocuSign envelope from the look-alike domain rsnl-docs-sign.com; English; "
     "stranger domain, urgency threat -> ignore",
     [("From", "RSNL via DocuSign <dse@rsnl-docs-sign.com>"), ("To", TO),
      ("Subject", "RSNL sent you documents to review and sign: Service Agreement Renewal 2024-2025"),
      ("Date", None), ("Message-ID", "<8f2e1c0d.20240724060000@rsnl-docs-sign.com>")],
     stub="Please view this document notification in HTML.\n", html=to_html(b, "DocuSign"))

# 60 Runbox closed, Norwegian, threading only (STORE-225)
b = f"""Hei Sam,

UPS-en i serverskapet i {S(225)} (Eaton 5P 1550, S/N G115L27014) hadde et utbrent
batterisett. Teknikeren vår byttet batteriene i går kl. 14:30, og alarmen er borte.
Selvtesten er OK.

Jeg har lukket saken UPS-24-0118 hos oss.
(Short version in English: batteries replaced yesterday, alarm gone, I have closed
case UPS-24-0118.)

Med vennlig hilsen
Ola Haugen
RSNL Nordic - UPS & Power
Tlf. +47 22 84 16 30
"""
mail("runbox-saken-lukket", "2024-07-26 09:00", 2, 225, "closed", "UPS-24-0118", "no", "human",
     "Runbox",
     "Runbox 7 webmail reply with rewritten subject; Norwegian with an English summary line; no tag: "
     "only In-Reply-To/References to our Message-ID; decoys S/N, model, time",
     [("From", "Ola Haugen <ola.haugen@no.rsnl.nl>"), ("To", TO),
      ("Subject", f"SV: UPS-alarm {S(225)} - sak UPS-24-0118"), ("Date", None),
      ("Message-ID", "<20240726070000.b41c.ola.haugen@runbox.com>"), ("In-Reply-To", MID(225)),
      ("References", MID(225)), ("X-Mailer", "Runbox 7")],
     body=b, charset="iso-8859-1", cte="quoted-printable")


# =====================================================================================
# validation
# =====================================================================================
MID_RE = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")
TAG_RE = re.compile(r"STORE-\d+")


def fail(f, why):
    print(f"FAIL {f}: {why}")
    sys.exit(1)


def text_of(msg, f):
    """Decoded subject + headers + all text parts; fails on undecodable parts/defects."""
    texts, hdrs = [], []
    for part in msg.walk():
        if part.defects:
            fail(f, f"defects {part.defects}")
        for k, v in part.raw_items():
            try:
                v.encode("ascii")
            except UnicodeEncodeError:
                fail(f, f"non-ASCII header {k}")
        for k in part.keys():
            for v in part.get_all(k):
                if getattr(v, "defects", None):
                    fail(f, f"header {k} defects {v.defects}")
                hdrs.append(str(v))
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = part.get_payload(decode=True).decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                fail(f, f"text part does not decode as {cs}: {e}")
            texts.append(t)
            if part.get_content_subtype() == "html":
                texts.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", t)))
    return texts, hdrs


def validate(files):
    covered = (INPUT / "covered-products.txt").read_text(encoding="utf-8").lower()
    sent_ids = set()
    for p in sorted((INPUT / "sent").glob("*.eml")):
        sm = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        sent_ids.add(str(sm["Message-ID"]).strip())
    our_mids = {i["message_id"]: n for n, i in ISSUES.items()}
    seen, prev = set(), None
    for (fname, data), m in zip(files, MAILS):
        f = fname
        if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
            fail(f, "line endings not CRLF-only")
        head = data.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            fail(f, "non-ASCII header bytes")
        for line in data.split(b"\r\n"):
            if len(line) >= 998:
                fail(f, "line too long")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts, hdrs = text_of(msg, f)
        subj = str(msg["Subject"] or "")
        body_all = "\n".join(texts)
        everything = "\n".join([subj, body_all, "\n".join(hdrs), data.decode("latin-1")])
        # 6 dates
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if prev is not None and not d > prev:
            fail(f, "Date not strictly increasing")
        prev = d
        concerned = set(int(t.split("-")[1]) for t in TAG_RE.findall(everything))
        refs = (str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))).split()
        concerned |= {our_mids[r] for r in refs if r in our_mids}
        if m["issue"]:
            concerned.add(m["issue"])
        for n in concerned:
            if n not in ISSUES:
                fail(f, f"unknown issue STORE-{n}")
            if not d > email.utils.parsedate_to_datetime(ISSUES[n]["sent"]):
                fail(f, f"Date not after sent date of STORE-{n}")
        # 7 message-id
        mid = str(msg["Message-ID"] or "").strip()
        if not MID_RE.match(mid):
            fail(f, f"malformed Message-ID {mid!r}")
        if mid in seen or mid in sent_ids:
            fail(f, "duplicate Message-ID")
        seen.add(mid)
        # 11
        if m["event"] not in EVENTS:
            fail(f, "unknown event")
        if m["lang"] not in LANGS:
            fail(f, "unknown language")
        if m["event"] == "ignore":
            if m["issue"] is not None or m["vid"] is not None:
                fail(f, "ignore mail with issue or vendor id")
        else:
            if m["issue"] is None:
                fail(f, "non-ignore mail without issue")
            n = m["issue"]
            tag = f"STORE-{n}"
            named = (re.search(rf"STORE-{n}(?!\d)", everything) is not None or MID(n) in refs or
                     (T(n) in subj + "\n" + body_all and S(n) in subj + "\n" + body_all))
            if not named:
                fail(f, "issue not named")
            others = {t for t in TAG_RE.findall(everything) if t != tag}
            if others:
                fail(f, f"foreign STORE tags {others}")
        if m["vid"] is not None:
            if m["vid"].startswith("#"):
                fail(f, "vendor id with leading #")
            if m["vid"] not in subj + "\n" + body_all:
                fail(f, f"vendor id {m['vid']} not in subject/body")
        # 12
        for fam in m["family"]:
            if fam.lower() in covered:
                fail(f, f"product family {fam!r} is in covered-products.txt")
        if not m["note"].lower().startswith(m["family"][0].lower()) and \
                not m["note"].lower().startswith("phishing"):
            fail(f, "note does not start with the product family")


def main():
    MAILS.sort(key=lambda m: m["dt"])
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    files, rows = [], []
    for i, m in enumerate(MAILS, 1):
        fname = f"{i:02d}-{m['slug']}.eml"
        data = build(m, i)
        files.append((fname, data))
        rows.append({"file": fname, "issue_ref": f"STORE-{m['issue']}" if m["issue"] else None,
                     "vendor_ticket_id": m["vid"], "event": m["event"], "note": m["note"]})
    if len(files) != 60:
        print(f"FAIL: expected 60 mails, built {len(files)}")
        sys.exit(1)
    for fname, data in files:
        (HERE / fname).write_bytes(data)
    (HERE / "expected.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    write_readme(rows)
    validate(files)
    print(f"OK: {len(files)} mails")


def write_readme(rows):
    from collections import Counter
    ev = Counter(m["event"] for m in MAILS)
    lg = Counter(LANGS[m["lang"]] for m in MAILS)
    kd = Counter(m["kind"] for m in MAILS)
    fams = sorted({m["family"][0] for m in MAILS}, key=str.lower)
    naming = Counter()
    lines = []
    for r, m in zip(rows, MAILS):
        nm = how_named(m)
        naming[nm] += 1
        lines.append(f"| {r['file']} | {r['issue_ref'] or '-'} | {r['vendor_ticket_id'] or '-'} | {r['event']} | "
                     f"{m['lang']} | {m['kind']} | {m['family'][0]} | {nm} |")
    def cnt(c):
        return ", ".join(f"{k}: {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    txt = f"""# Vendor-reply corpus (RSNL -> StoreDesk), 60 mails

Realistic replies from the equipment vendor RSNL (rsnl.nl, its country subdomains and
its hosted helpdesk products) as they arrive in `helpdesk@ops.storedesk.example`,
answering the StoreDesk mails in `input/sent/` (issues STORE-201 .. STORE-260,
listed in `input/issues.json`).

## How to run

    python3 make.py

Python 3 standard library only; deterministic (no randomness, no clock: all dates,
Message-IDs and MIME boundaries are fixed). It deletes old `NN-*.eml`, writes
`01-<slug>.eml` .. `60-<slug>.eml` in arrival order, `expected.jsonl` and this README,
validates every mail and prints `OK: 60 mails` (or `FAIL <file>: <reason>`, exit 1).

## expected.jsonl fields (one object per mail, in file order)

- `file`: the .eml file name
- `issue_ref`: "STORE-n" the mail is about, or null
- `vendor_ticket_id`: RSNL's ticket/case/work-order/incident id for our issue exactly as
  written in the mail (without a leading '#'), or null if the mail states none; always
  null for ignore mails
- `event`: acknowledged / update / resolved / closed / ignore
- `note`: product or mail client imitated first, then language, then what is tricky

## Validation performed by make.py (every mail)

1. CRLF line endings only. 2. Header bytes ASCII-only (RFC 2047 words, RFC 2231
parameters), also in sub-part headers. 3. Every line < 998 octets. 4. No defects from
`email.message_from_bytes(data, policy=email.policy.default)` on any part, and every header
of every part parsed through the header registry without defects. 5. Every text/* part
decodes strictly with its declared charset (us-ascii if none). 6. Date headers strictly
increasing in file order and later than the sent date of every issue the mail concerns
(expected issue, any STORE tag, any of our Message-IDs in In-Reply-To/References).
7. Message-IDs well-formed and unique, also against `input/sent/`. 8. Every non-ignore
mail names its issue by STORE-n tag, by our Message-ID in In-Reply-To/References, or by
title AND store in the decoded subject/text. 9. The expected vendor_ticket_id occurs
literally in the decoded subject or a decoded text part. 10. No STORE tag other than the
expected one anywhere (raw, headers, decoded parts) in a non-ignore mail. 11. Known
event/language; ignore mails have neither issue_ref nor vendor id; no leading '#'.
12. Every product/client family name used is absent (case-insensitive substring) from
`input/covered-products.txt`.

## Counts

- by event: {cnt(ev)}
- by language: {cnt(lg)}
- by kind: {cnt(kd)} (product = helpdesk/ITSM/FSM/CMMS/CRM/portal/automated mail;
  human = person writing from a mail client)
- how the issue is named: {cnt(naming)}
- product/client families ({len(fams)}): {", ".join(fams)}

## How issues are referenced

- **tag in subject**: our `[STORE-n] <title> — <store>` kept (often behind the product's own
  tag such as `[Ticket #10432]`, `RSD-4821`, `[#TA-20240711-0042]`, `[Caso 2024-000318]`).
- **tag only in quoted text**: subject rewritten by a person, our mail quoted below.
- **tag only in a body field**: the product replaced the subject (`Temat:`, `Onderwerp:`,
  `Uw referentie:`, `Customer reference:`, `Descrição:`, `Subject:`).
- **threading only**: no tag anywhere, our Message-ID in In-Reply-To/References
  (Optimaint, Runbox).
- **title and store only**: no tag, no threading (Acumatica, Linear).
- ignore mails sometimes carry our tag (calendar invitation, survey, block notice, read
  receipt, out-of-office) and stay ignore.

## All mails

| file | issue | vendor id | event | lang | kind | family | issue named by |
|---|---|---|---|---|---|---|---|
""" + "\n".join(lines) + "\n"
    (HERE / "README.md").write_text(txt, encoding="utf-8")


def how_named(m):
    if m["event"] == "ignore":
        return "n/a (ignore)"
    n = m["issue"]
    subj = dict((k, v) for k, v in m["headers"]).get("Subject", "")
    hdr = dict((k, v) for k, v in m["headers"])
    body = (m["body"] or "") + (m["html"] or "")
    if f"STORE-{n}" in subj:
        return "tag in subject"
    if f"STORE-{n}" in body:
        if re.search(rf"^(> ?)?(Subject|Onderwerp|Objet|Assunto|Předmět|Asunto|Oggetto) ?:.*STORE-{n}", body, re.M) \
                and ("Oorspronkelijk" in body or "original" in body.lower() or "Původní" in body
                     or "reenviado" in body or "> " in body):
            return "tag in quoted text"
        return "tag in body field"
    if MID(n) in hdr.get("In-Reply-To", "") + hdr.get("References", ""):
        return "threading only"
    return "title and store only"


if __name__ == "__main__":
    main()
