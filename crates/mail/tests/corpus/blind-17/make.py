#!/usr/bin/env python3
"""Deterministic generator of 60 RSNL vendor replies (as received by helpdesk@ops.storedesk.example)
plus expected.jsonl and README.md. Standard library only; no randomness, no clock."""
import email, email.policy, json, pathlib, re, sys, datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime, make_msgid
from email.headerregistry import Address

HERE = pathlib.Path(__file__).resolve().parent
INP = HERE / "input"
ISSUES = {i["issue_ref"]: i for i in json.loads((INP / "issues.json").read_text(encoding="utf-8"))}
COVERED = (INP / "covered-products.txt").read_text(encoding="utf-8").lower()
OURS = "StoreDesk <helpdesk@ops.storedesk.example>"
POL = email.policy.SMTP  # CRLF, RFC 2047 / 2231 encoding of non-ASCII
LANGS = {"en", "nl", "de", "fr", "es", "pt", "it", "pl", "sv"}
EVENTS = {"acknowledged", "update", "resolved", "closed", "ignore"}
DOW = {"en": "Mon Tue Wed Thu Fri Sat Sun", "nl": "ma di wo do vr za zo", "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
       "fr": "lun. mar. mer. jeu. ven. sam. dim.", "es": "lun mar mié jue vie sáb dom"}
MON = {"en": "Jan Feb Mar Apr May Jun Jul Aug", "nl": "jan feb mrt apr mei jun jul aug",
       "fr": "janv. févr. mars avr. mai juin juil. août", "es": "ene feb mar abr may jun jul ago"}

def I(n): return ISSUES[f"STORE-{n}"]
def sent_dt(n): return parsedate_to_datetime(I(n)["sent"])
def orig_body(n):
    i = I(n); return f"Store: {i['store']}\nPriority: high\nReported by: Sam Jansen\n\n{i['title']}.\n"
def quoted(n, prefix="> "):
    return "".join(prefix + l + "\n" if l else prefix.rstrip() + "\n" for l in orig_body(n).splitlines())
def gmail_attr(n, lang):
    d = sent_dt(n); dw = DOW[lang].split()[d.weekday()]; mo = MON[lang].split()[d.month - 1]
    if lang == "nl": return f"Op {dw} {d.day} {mo} {d.year} om 09:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:"
    if lang == "es": return f"El {dw}, {d.day} {mo} {d.year} a las 9:00, StoreDesk (<helpdesk@ops.storedesk.example>) escribió:"
    return f"On {dw}, {d.day} {mo} {d.year} at 09:00, StoreDesk <helpdesk@ops.storedesk.example> wrote:"
def subj(n): return I(n)["subject"]
def title(n): return I(n)["title"]
def store(n): return I(n)["store"]

MAILS = []
def M(**kw): MAILS.append(kw)

def html_page(body, footer=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333\">\n"
            + body + "\n" + footer + "\n</body></html>\n")
def table(rows):
    return "<table cellpadding=\"4\" cellspacing=\"0\" border=\"0\">\n" + "\n".join(
        f"<tr><td style=\"color:#777\"><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "\n</table>"

# ---------------------------------------------------------------- the 60 mails (arrival order)
# 1
M(slug="useresponse-ack", issue=201, event="acknowledged", lang="en", family="UseResponse", kind="notification",
  vid="10583", at=(9, 3), tz=2, frm="RSNL Support <support@rsnl.useresponse.com>", thread=True,
  subject=f"[Ticket #10583] Re: {subj(201)}", auto="auto-replied",
  extra=[("X-Mailer", "UseResponse"), ("Reply-To", "RSNL Support <support+t10583@rsnl.useresponse.com>")],
  body="alt", plain=f"""Hello StoreDesk,

Thank you for contacting RSNL Support. Your ticket has been created and our team will get back to you shortly.

Ticket: #10583
Subject: {subj(201)}
Status: New
Priority: High

You can view the ticket here:
https://rsnl.useresponse.com/tickets/10583

Please do not change the subject line when replying so your message is added to the same ticket.

--
RSNL Support | +31 20 794 1100 | Mon-Fri 08:00-18:00
""", html=html_page(f"<p>Hello StoreDesk,</p><p>Thank you for contacting RSNL Support. Your ticket has been created and our team will get back to you shortly.</p>"
  + table([("Ticket", "#10583"), ("Subject", subj(201)), ("Status", "New"), ("Priority", "High")])
  + "<p><a href=\"https://rsnl.useresponse.com/tickets/10583\">View ticket</a></p>", "<p style=\"color:#999\">RSNL Support | +31 20 794 1100</p>"),
  note="UseResponse helpdesk auto-reply from hosted domain rsnl.useresponse.com; English; product subject prefix '[Ticket #10583]' keeps our tag; decoy phone number")
# 2
M(slug="cmcom-ontvangen", issue=229, event="acknowledged", lang="nl", family="CM.com", kind="notification",
  vid="2024070100382", at=(9, 11), tz=2, frm="RSNL Klantenservice <service@rsnl.nl>", thread=True,
  subject="We hebben je vraag ontvangen (2024070100382)", auto="auto-replied",
  extra=[("X-Mailer", "CM.com Mobile Service Cloud")],
  body="stub", plain="Deze e-mail bevat HTML. Open hem in een e-mailprogramma dat HTML ondersteunt.\n",
  html=html_page("<p>Beste klant,</p><p>Bedankt voor je bericht. We hebben je vraag in goede orde ontvangen en in behandeling genomen.</p>"
  + table([("Ticketnummer", "2024070100382"), ("Ontvangen op", "01-07-2024 09:00"), ("Kanaal", "E-mail")])
  + "<p>Je hoeft niet opnieuw te mailen; we reageren binnen 1 werkdag. Bellen kan ook: 085 208 1100.</p>",
  "<p style=\"font-size:11px;color:#999\">RSNL B.V. · Postbus 2210 · 3800 CE Amersfoort · KvK 30127741</p>"),
  note="CM.com Mobile Service Cloud; Dutch; HTML body with stub plain part, subject replaced, linked only via In-Reply-To/References; decoys KvK number, postcode, phone")
# 3
M(slug="tririga-demande", issue=257, event="acknowledged", lang="fr", family="TRIRIGA", kind="notification",
  vid="1000457", at=(10, 41), tz=2, frm="RSNL Maintenance <tririga-noreply@fr.rsnl.nl>", thread=False,
  subject="Demande de service 1000457 créée",
  extra=[("X-Mailer", "IBM TRIRIGA Application Platform 4.2")],
  body="plain", cte="quoted-printable", plain=f"""Bonjour,

Votre demande de service a été créée.

ID de la demande : 1000457
Nom : Till 2 reboots randomly
Référence client : STORE-257
Site : Lille Euralille - Centre commercial, 59777 Lille
Type : Réparation matériel caisse
Priorité : 2 - Haute
Statut : Soumise

Vous pouvez suivre la demande dans le portail :
https://fr.rsnl.nl/tririga/html/en/default/rest/Request?recordId=1000457

Ceci est un message automatique, merci de ne pas y répondre.
""", note="IBM TRIRIGA service-request notification; French; subject replaced, our tag only in the 'Référence client' body field, no threading; decoy postcode 59777")
# 4
M(slug="powermail-vraag", issue=202, event="update", lang="nl", family="PowerMail", kind="human",
  vid=None, at=(14, 22), tz=2, frm="Ruud Verbeek <r.verbeek@rsnl.nl>", thread=False,
  subject="Vraag over bonprinter Utrecht",
  extra=[("X-Mailer", "CTM PowerMail version 6.2.2 build 4851 English (Intel) <http://www.ctmdev.com>")],
  body="plain", cte="8bit", plain=f"""Goedemiddag,

Ik heb jullie melding over de bonprinter gekregen. Voordat ik iemand langs stuur:
brandt het oranje lampje op de TM-T88VI, of is de printer helemaal uit? En kunnen
jullie kijken of de netwerkkabel achter de printer nog goed vastzit?

Bel gerust: 030 262 4410 (tot 17:00).

Met vriendelijke groet,
Ruud Verbeek
RSNL Field Service Midden

On 02-07-2024 09:00, StoreDesk wrote:

>Subject: {subj(202)}
>
{quoted(202, '>')}""",
  note="PowerMail (Mac) reply; Dutch; subject rewritten by hand, our tag only in the quoted text; question to us; decoys printer model and phone number")
# 5
M(slug="iet-melding", issue=230, event="acknowledged", lang="nl", family="iET Solutions", kind="notification",
  vid="IN-240703-0019", at=(8, 5), tz=2, frm="RSNL Servicedesk <servicedesk@rsnl.nl>", thread=True,
  subject=f"[IN-240703-0019] {subj(230)}", auto="auto-generated",
  extra=[("X-Mailer", "iET ITSM Notification Service")],
  body="alt", plain=f"""Geachte heer/mevrouw,

Uw melding is geregistreerd in ons servicemanagementsysteem.

Meldingsnummer:   IN-240703-0019
Omschrijving:     {subj(230)}
Categorie:        Hardware > Geldautomaat/recycler
Status:           Geregistreerd
Behandelgroep:    Cash Management 2e lijn
SLA:              Reactie binnen 4 uur (contract SVC-2023-0447)

Vermeld bij contact altijd het meldingsnummer.

RSNL Servicedesk
""", html=html_page("<p>Geachte heer/mevrouw,</p><p>Uw melding is geregistreerd in ons servicemanagementsysteem.</p>" + table([
  ("Meldingsnummer", "IN-240703-0019"), ("Omschrijving", subj(230)), ("Categorie", "Hardware &gt; Geldautomaat/recycler"),
  ("Status", "Geregistreerd"), ("SLA", "Reactie binnen 4 uur (contract SVC-2023-0447)")])),
  note="iET ITSM incident-registration notice; Dutch; '[IN-240703-0019]' prefix before our subject; decoys contract number, error code E17 in title")
# 6
M(slug="obi4wan-autoreply", issue=231, event="acknowledged", lang="nl", family="OBI4wan", kind="notification",
  vid=None, at=(13, 47), tz=2, frm="RSNL België <klantendienst@be.rsnl.nl>", thread=True,
  subject=f"Re: {subj(231)}", auto="auto-replied",
  extra=[("X-Auto-Response-Suppress", "All"), ("X-Mailer", "OBI4wan")],
  body="plain", cte="quoted-printable", plain="""Hallo,

Bedankt voor je bericht! We hebben het goed ontvangen en een van onze collega's
neemt het zo snel mogelijk in behandeling. Op werkdagen antwoorden we meestal
binnen 8 uur.

Dringend? Bel ons op +32 3 292 18 00.

Vriendelijke groeten,
Team Klantendienst RSNL België
""", note="OBI4wan webcare/mail auto-acknowledgement; Flemish Dutch; Auto-Submitted receipt from the vendor itself (acknowledged, no number); our subject kept with Re:")
# 7
M(slug="sapphireims-logged", issue=203, event="acknowledged", lang="en", family="SapphireIMS", kind="notification",
  vid="INC000812", at=(8, 30), tz=2, frm="RSNL ServiceDesk <sapphire@rsnl.nl>", thread=True,
  subject=f"Incident INC000812 logged : {subj(203)}",
  body="stub", plain="This is an HTML message. Please use an HTML capable mail program to read this message.\n",
  html=html_page("<p>Dear StoreDesk,</p><p>Your incident has been logged successfully. Details are given below.</p>" + table([
  ("Incident ID", "INC000812"), ("Title", subj(203)), ("Category", "POS Peripherals"), ("Impact / Urgency", "Medium / High"),
  ("Status", "Logged"), ("Logged On", "03-Jul-2024 09:12")]) + "<p><a href=\"https://servicedesk.rsnl.nl/SapphireIMS/SelfService?ticket=INC000812\">Track this incident</a></p>"),
  note="SapphireIMS 'incident logged' HTML notification with stub plain part; English; our tag kept after the product's prefix")
# 8
M(slug="sults-chamado", issue=258, event="acknowledged", lang="pt", family="SULTS", kind="notification",
  vid="48211", at=(14, 5), tz=1, frm="RSNL Portugal <suporte@pt.rsnl.nl>", thread=True,
  subject=f"Chamado #48211 aberto - {subj(258)}",
  body="alt", cte="base64", plain=f"""Olá,

O seu chamado foi aberto com sucesso.

Chamado: #48211
Assunto: {subj(258)}
Departamento: Assistência Técnica Porto
Situação: Aberto

Acompanhe pelo portal: https://rsnl.sults.com.br/chamados/48211

RSNL Portugal, Lda. · NIPC 509 442 118 · Rua de Santa Catarina 1040, 4000-447 Porto
""", html=html_page("<p>Olá,</p><p>O seu chamado foi aberto com sucesso.</p>" + table([("Chamado", "#48211"), ("Assunto", subj(258)),
  ("Departamento", "Assistência Técnica Porto"), ("Situação", "Aberto")]) + "<p><a href=\"https://rsnl.sults.com.br/chamados/48211\">Acompanhar chamado</a></p>"),
  note="SULTS helpdesk ticket-opened notification (hosted domain in link, base64 parts); Portuguese; decoys NIPC tax number and postcode")
# 9
M(slug="kiwi-foto", issue=232, event="update", lang="nl", family="Kiwi for Gmail", kind="human",
  vid="77120", at=(8, 58), tz=2, frm="Lotte Peeters <lotte.peeters@be.rsnl.nl>", thread=True,
  subject=f"Re: {subj(232)}",
  extra=[("X-Mailer", "Kiwi for Gmail 3.1.0")],
  body="plain", cte="quoted-printable", plain=f"""Dag Sam,

Ik heb de melding onder nummer 77120 gezet. Kunnen jullie een foto sturen van het
statusbriefje dat de printer afdrukt als je de FEED-knop ingedrukt houdt bij het
aanzetten? Dan weet ik of het de interfacekaart is.

Groetjes,
Lotte Peeters
Technisch support RSNL België
+32 9 265 74 00

{gmail_attr(232, 'nl')}

{quoted(232)}""",
  note="Kiwi for Gmail reply (Gmail-style attribution and quoting); Flemish Dutch; asks the store for a self-test photo, gives the ticket number in prose")
# 10
M(slug="powerautomate-ontvangst", issue=204, event="acknowledged", lang="nl", family="Power Automate", kind="notification",
  vid="913", at=(14, 40), tz=2, frm="RSNL Storingsdienst <storingen@rsnl.nl>", thread=True,
  subject=f"RE: {subj(204)}", auto="auto-generated",
  extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")],
  body="alt", plain=f"""Beste melder,

Uw storingsmelding is automatisch vastgelegd in onze storingslijst.

Registratienummer: 913
Onderwerp: {subj(204)}
Ontvangen: 05-07-2024 14:39

Bij vragen over uw melding kunt u het registratienummer vermelden.
Pinstoringen die buiten kantoortijd ontstaan, kunt u doorgeven via 088 776 5200.

Dit bericht is automatisch verzonden door een Power Automate-stroom.
""", html=html_page(f"<p>Beste melder,</p><p>Uw storingsmelding is automatisch vastgelegd in onze storingslijst.</p>"
  + table([("Registratienummer", "913"), ("Onderwerp", subj(204)), ("Ontvangen", "05-07-2024 14:39")])
  + "<p><a href=\"https://rsnl.sharepoint.com/sites/Storingen/Lists/Meldingen/DispForm.aspx?ID=913\">Melding bekijken</a></p>",
  "<p style=\"font-size:10px;color:#999\">Verzonden door Microsoft Power Automate · flow run 08584766122051234567</p>"),
  note="Microsoft Power Automate flow writing to a SharePoint list; Dutch; registration number is a plain 3-digit list item id; decoys flow run id, phone number")
# 11
M(slug="nomadia-rdv", issue=233, event="update", lang="fr", family="Nomadia", kind="notification",
  vid="INT-240706-017", at=(9, 15), tz=2, frm="RSNL France Interventions <no-reply@fr.rsnl.nl>", thread=False,
  subject="Confirmation de votre rendez-vous d'intervention",
  body="alt", plain=f"""Bonjour,

Nous vous confirmons le rendez-vous suivant :

Intervention : INT-240706-017
Objet : Barcode scanner not reading - Lille Euralille
Date : mardi 9 juillet 2024
Créneau : 08h00 - 10h00
Technicien : Julien Morel
Adresse : Centre commercial Euralille, 100 Centre Commercial, 59777 Lille

Si ce créneau ne vous convient pas, appelez le 03 20 74 18 90 au moins 24 h à l'avance.

Cordialement,
RSNL France - Service Interventions
""", html=html_page("<p>Bonjour,</p><p>Nous vous confirmons le rendez-vous suivant :</p>" + table([
  ("Intervention", "INT-240706-017"), ("Objet", "Barcode scanner not reading - Lille Euralille"), ("Date", "mardi 9 juillet 2024"),
  ("Créneau", "08h00 - 10h00"), ("Technicien", "Julien Morel")])),
  note="Nomadia field-service appointment confirmation; French; no tag and no threading, issue named only by title and store; decoys date, postcode, phone")
# 12
M(slug="mainconnection-completed", issue=205, event="resolved", lang="en", family="Maintenance Connection", kind="notification",
  vid="118305", at=(15, 2), tz=-4, frm="Maintenance Connection <noreply@rsnl.mcconnect.com>", thread=False,
  subject="Work Order #118305 - Completed",
  body="plain", cte="7bit", plain="""*** This is an automated message from Maintenance Connection ***

Work Order:      118305
Status:          Completed
Reason:          Wi-Fi drops every hour
Reference:       STORE-205
Location:        Eindhoven Piazza / Back office
Asset:           AP-EHV-02 (access point, S/N 2318K0091)
Completed Date:  07/06/2024 11:47 AM
Completion Note: Access point firmware upgraded to 6.5.0.3 and channel fixed to 36.
                 Monitored for 2 hours, no more disconnects. Issue resolved.
Labor Hours:     1.50

View: https://rsnl.mcconnect.com/mc_web/mapp_v12/#/workorder/118305
""", note="Maintenance Connection CMMS work-order completed notice from a US-hosted domain (-0400); English; tag only in 'Reference' field; decoys asset tag, serial, firmware version, US date format")
# 13
M(slug="tanss-ticket", issue=206, event="acknowledged", lang="de", family="TANSS", kind="notification",
  vid="318207", at=(9, 33), tz=2, frm="RSNL Service Deutschland <ticket@de.rsnl.nl>", thread=True,
  subject=f"[Ticket #318207] {subj(206)}", auto="auto-generated",
  body="plain", cte="quoted-printable", plain=f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Zu Ihrer Anfrage wurde folgendes Ticket angelegt:

Ticket-Nr.:  318207
Betreff:     {subj(206)}
Status:      neu
Techniker:   noch nicht zugewiesen

Bitte lassen Sie "[Ticket #318207]" im Betreff stehen, wenn Sie antworten.

Mit freundlichen Grüßen
Ihr RSNL Service-Team
RSNL Deutschland GmbH · Amtsgericht Köln HRB 88412
""", note="TANSS ticket-created mail; German; '[Ticket #318207]' prefix keeps our tag; decoy commercial-register number")
# 14
M(slug="primavera-pedido", issue=234, event="acknowledged", lang="pt", family="Primavera", kind="notification",
  vid="PA/2024/00871", at=(14, 18), tz=1, frm="RSNL Portugal Assistência <assistencia@pt.rsnl.nl>", thread=True,
  subject=f"Pedido de assistência PA/2024/00871 - {subj(234)}",
  body="plain", cte="8bit", plain=f"""Exmos. Senhores,

Informamos que o vosso pedido de assistência foi registado.

Documento: PA/2024/00871
Data: 06/07/2024
Cliente: 21045 - StoreDesk / Porto Santa Catarina
Equipamento: Terminal de pagamento, n.º série 80-219-447
Estado: Pendente de atribuição

Com os melhores cumprimentos,
RSNL Portugal - Assistência Técnica
Tel. 222 043 900
""", note="PRIMAVERA ERP service-request (pedido de assistência) notice; Portuguese; id with slashes; decoys customer number, serial number, phone")
# 15
M(slug="hmailserver-ooo", issue=None, about=207, event="ignore", lang="nl", family="hMailServer", kind="notification",
  vid=None, at=(9, 2), tz=2, frm="Koen Maes <koen.maes@be.rsnl.nl>", thread=True,
  subject=f"Afwezig: {subj(207)}", auto="auto-replied",
  body="plain", cte="quoted-printable", plain="""Beste,

Ik ben met verlof tot en met maandag 22 juli. Uw bericht wordt niet doorgestuurd.
Voor dringende technische vragen kunt u terecht bij support@rsnl.nl of +32 3 292 18 00.

Koen Maes
""", note="hMailServer personal out-of-office auto-reply of an RSNL engineer in our thread; Flemish Dutch; carries our tag but must be ignored")
# 16
M(slug="xentral-ticket", issue=235, event="acknowledged", lang="de", family="Xentral", kind="notification",
  vid="202407080007", at=(13, 16), tz=2, frm="RSNL Support <support@de.rsnl.nl>", thread=True,
  subject="Ihre Anfrage wurde erfasst - Ticket 202407080007",
  body="alt", plain="""Guten Tag,

vielen Dank für Ihre Anfrage. Wir haben diese unter der Ticketnummer 202407080007 erfasst
und melden uns schnellstmöglich.

Ihr Ansprechpartner: Support-Team Netzwerk
Servicezeiten: Mo.-Fr. 8:00-17:00 Uhr

Bitte antworten Sie direkt auf diese E-Mail; die Ticketnummer im Betreff ordnet Ihre Antwort zu.
""", html=html_page("<p>Guten Tag,</p><p>vielen Dank für Ihre Anfrage. Wir haben diese unter der Ticketnummer <b>202407080007</b> erfasst und melden uns schnellstmöglich.</p><p>Servicezeiten: Mo.-Fr. 8:00-17:00 Uhr</p>"),
  note="Xentral ERP ticket-system receipt; German; subject replaced, linked only by In-Reply-To/References; date-based 12-digit ticket number")
# 17
M(slug="cxone-acuse", issue=236, event="acknowledged", lang="es", family="NICE CXone", kind="notification",
  vid=None, at=(9, 48), tz=2, frm="RSNL España Atención al Cliente <atencion@es.rsnl.nl>", thread=True,
  subject=f"RE: {subj(236)}", auto="auto-replied",
  body="alt", plain="""Estimado cliente:

Hemos recibido su correo electrónico y ya está en la cola de nuestro equipo técnico.
Uno de nuestros agentes le responderá en un plazo máximo de 24 horas laborables.

Horario de atención: lunes a viernes de 9:00 a 18:00 h. Teléfono: 900 834 310.

Atentamente,
RSNL España
""", html=html_page("<p>Estimado cliente:</p><p>Hemos recibido su correo electrónico y ya está en la cola de nuestro equipo técnico. Uno de nuestros agentes le responderá en un plazo máximo de 24 horas laborables.</p><p>Horario: lunes a viernes de 9:00 a 18:00 h. Tel. 900 834 310.</p>"),
  note="NICE CXone e-mail channel auto-acknowledgement; Spanish; Auto-Submitted vendor receipt without a number; decoy phone and hours")
# 18
M(slug="klipboard-scheduled", issue=208, event="update", lang="en", family="Klipboard", kind="notification",
  vid="J-0042183", at=(15, 30), tz=1, frm="RSNL Field Service <notifications@rsnl.klipboard.io>", thread=False,
  subject="Your job J-0042183 has been scheduled",
  body="stub", plain="Your job has been scheduled. View this email in a browser to see the details.\n",
  html=html_page("<h3>Your job has been scheduled</h3>" + table([
  ("Job Number", "J-0042183"), ("Your reference", "STORE-208"), ("Description", "Self-checkout screen black"),
  ("Site", "Gent Veldstraat, Veldstraat 47, 9000 Gent"), ("Date", "11/07/2024"), ("Time window", "08:00 - 12:00"),
  ("Engineer", "Pieter De Smet")]) + "<p><a href=\"https://rsnl.klipboard.io/portal/jobs/J-0042183\">View job</a></p>"),
  note="Klipboard field-service 'job scheduled' notification from its hosted domain; English; subject replaced, tag only in 'Your reference' field; decoys address, UK-style date")
# 19
M(slug="bluemind-routeur", issue=209, event="update", lang="fr", family="BlueMind", kind="human",
  vid="8812", at=(8, 12), tz=2, frm="Camille Lefèvre <camille.lefevre@fr.rsnl.nl>", thread=True,
  subject=f"Re: {subj(209)}",
  extra=[("User-Agent", "BlueMind Webmail 4.9")],
  body="plain", cte="quoted-printable", plain=f"""Bonjour Sam,

Le routeur de Lille Euralille n'est pas en cause : la ligne fibre est coupée côté
opérateur. J'ai ouvert un incident chez Orange Business (réf. opérateur 24070912345)
et je suis le dossier dans notre ticket 8812. Le problème n'est donc pas encore résolu ;
je vous tiens au courant dès que l'opérateur a rétabli la ligne.

Cordialement,
Camille Lefèvre
Support Réseau - RSNL France
Tél. +33 3 20 74 18 95

Le 09/07/2024 à 09:00, StoreDesk a écrit :
{quoted(209)}""",
  note="BlueMind webmail reply; French; carrier (Orange) ticket number as decoy next to RSNL ticket 8812; 'pas encore résolu' negation")
# 20
M(slug="helprace-gesloten", issue=237, event="closed", lang="nl", family="Helprace", kind="notification",
  vid="3065", at=(14, 50), tz=2, frm="RSNL Support <support@rsnl.helprace.com>", thread=True,
  subject=f"[#3065] {subj(237)}",
  body="alt", plain=f"""Uw ticket #3065 is gesloten.

Onderwerp: {subj(237)}
Status: Gesloten

Laatste reactie van Mark de Boer:
"De printkop was vervuild door labels met verkeerd lijmtype. Printkop gereinigd en
temperatuurinstelling op 12 gezet; testlabels zijn in orde. Ik sluit het ticket."

Is het probleem terug? Antwoord dan op deze e-mail, dan wordt het ticket heropend.
""", html=html_page(f"<p>Uw ticket <b>#3065</b> is gesloten.</p><p>Onderwerp: {subj(237)}<br>Status: Gesloten</p><blockquote>De printkop was vervuild door labels met verkeerd lijmtype. Printkop gereinigd en temperatuurinstelling op 12 gezet; testlabels zijn in orde. Ik sluit het ticket.</blockquote><p>Is het probleem terug? Antwoord op deze e-mail om het ticket te heropenen.</p>"),
  note="Helprace ticket-closed notification from hosted domain; Dutch; closed directly (no prior receipt in corpus); reopen hint")
# 21
M(slug="facilio-onhold", issue=210, event="update", lang="en", family="Facilio", kind="notification",
  vid="WO-2291", at=(9, 5), tz=1, frm="Facilio <noreply@facilio.com>", thread=False,
  subject="Work Order WO-2291 status changed to On Hold",
  body="stub", plain="You are receiving this because you are the requester of a work order. Please view in HTML.\n",
  html=html_page("<p>Hi StoreDesk,</p><p>The status of work order <b>WO-2291</b> has changed from <i>In Progress</i> to <b>On Hold</b>.</p>" + table([
  ("Subject", subj(210)), ("Site", "Porto Santa Catarina"), ("Hold reason", "Waiting for spare parts (load cell LC-30kg, PO 4500198731)"),
  ("Expected resume", "16 Jul 2024")]) + "<p><a href=\"https://app.facilio.com/app/wo/orders/summary/2291\">View Work Order</a></p>"),
  note="Facilio CMMS status-change notification; English; our subject only inside a body field; waiting for parts; decoys part and purchase-order numbers")
# 22
M(slug="orocrm-case", issue=238, event="update", lang="en", family="OroCRM", kind="notification",
  vid="1043", at=(15, 44), tz=2, frm="RSNL Customer Care <crm@rsnl.nl>", thread=True,
  subject="Case #1043 updated: Self-checkout screen black",
  body="alt", plain="""Case #1043 has been updated.

Status: In Progress
Priority: High
Assigned to: Femke Smit

Comment:
We checked the self-checkout remotely: the PC boots, but the display gets no signal.
A technician will bring a replacement DisplayPort cable and monitor on Monday.

Do not reply below this line.
""", html=html_page("<p>Case <b>#1043</b> has been updated.</p>" + table([("Status", "In Progress"), ("Priority", "High"), ("Assigned to", "Femke Smit")])
  + "<p><b>Comment:</b><br>We checked the self-checkout remotely: the PC boots, but the display gets no signal. A technician will bring a replacement DisplayPort cable and monitor on Monday.</p>"),
  note="OroCRM case-update notification; English; no tag, title without store, linked only by threading; visit planned")
# 23
M(slug="synology-teil", issue=211, event="update", lang="de", family="Synology MailPlus", kind="human",
  vid="240711-03", at=(8, 27), tz=2, frm="Jonas Hartmann <j.hartmann@de.rsnl.nl>", thread=True,
  subject=f"AW: {subj(211)}",
  extra=[("X-Mailer", "Synology MailPlus")],
  body="plain", cte="quoted-printable", plain=f"""Hallo Herr Jansen,

das Flackern kommt vom Displaykabel des Kundendisplays. Ich habe ein Ersatzkabel
bestellt (Art.-Nr. 4711-220), Lieferung voraussichtlich am 15.07. Danach kommt ein
Kollege vorbei und tauscht es. Unser Vorgang dazu: 240711-03.

Viele Grüße
Jonas Hartmann
RSNL Deutschland GmbH, Technischer Service
Tel. 0221 925 331-14

Am 11.07.2024 um 09:00 schrieb StoreDesk:
{quoted(211)}""",
  note="Synology MailPlus reply; German; part ordered, visit later; decoys article number, date, phone; date-like ticket id 240711-03")
# 24
BOUNCE_239 = True
M(slug="mimecast-bounce", issue=None, about=239, event="ignore", lang="en", family="Mimecast", kind="notification",
  vid=None, at=(13, 3), tz=0, frm="Mimecast <postmaster@rsnl.nl>", thread=True,
  subject=f"Undeliverable: {subj(239)}", auto="auto-replied", body="bounce",
  plain="""Our system has detected that this message is undeliverable.

The message was sent to: b.vos@rsnl.nl
Reason: 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550

This message has been rejected by the Mimecast gateway. Please do not resend it to this address.
""", note="Mimecast rejection notice with RFC 3464 parts for our STORE-239 mail to a stale RSNL address; English; bounce that carries our tag, ignore")
# 25
M(slug="helpshift-resuelto", issue=212, event="resolved", lang="es", family="Helpshift", kind="notification",
  vid="8730", at=(9, 40), tz=2, frm="RSNL España <rsnl-es@helpshift.com>", thread=False,
  subject="Tu incidencia #8730 se ha resuelto",
  body="alt", plain=f"""Hola,

Nuestro equipo ha marcado tu incidencia #8730 como resuelta.

Respuesta de Álvaro (RSNL España):
"Hemos limpiado el disco del PC de trastienda y desinstalado el antivirus duplicado.
El equipo arranca en 40 segundos y va fluido. Si vuelve a ir lento, dínoslo."

¿No se ha solucionado? Responde a este correo y reabriremos la incidencia.

--- Tu mensaje original ---
{subj(212)}
{orig_body(212)}""", html=html_page(f"<p>Hola,</p><p>Nuestro equipo ha marcado tu incidencia <b>#8730</b> como resuelta.</p><blockquote>Hemos limpiado el disco del PC de trastienda y desinstalado el antivirus duplicado. El equipo arranca en 40 segundos y va fluido.</blockquote><p>¿No se ha solucionado? Responde a este correo.</p><hr><p style=\"color:#999\">Tu mensaje original:<br>{subj(212)}</p>"),
  note="Helpshift resolved notification; Spanish; subject replaced, our tag only in the quoted original message; reopen invitation is not a negation")
# 26
M(slug="zenworks-logged", issue=240, event="acknowledged", lang="en", family="ZENworks Service Desk", kind="notification",
  vid="2457", at=(14, 12), tz=2, frm="RSNL Service Desk <servicedesk@rsnl.nl>", thread=True,
  subject=f"Request #2457 - {subj(240)}",
  body="plain", cte="quoted-printable", plain=f"""Dear StoreDesk,

Your request has been logged with the Service Desk.

Request #:   2457
Subject:     {subj(240)}
Item:        Scale (Bizerba KH II 800, S/N 1904-3321)
Status:      Pending
Team:        Weighing & Labelling

To view the request, log in to https://servicedesk.rsnl.nl/LiveTime/WebObjects/LiveTime.woa with reference 2457.

Regards,
RSNL Service Desk
""", note="Micro Focus ZENworks Service Desk 'request logged' mail; English; tag kept; decoys model and serial number")
# 27
M(slug="mailsmith-accu", issue=213, event="update", lang="nl", family="Mailsmith", kind="human",
  vid="55918", at=(8, 9), tz=2, frm="Erik Hoekstra <e.hoekstra@rsnl.nl>", thread=True,
  subject=f"Re: {subj(213)}",
  extra=[("X-Mailer", "Mailsmith 2.4.1 (539)")],
  body="plain", cte="8bit", plain=f"""Hoi Sam,

Nieuwe accu voor de handscanner is vandaag verstuurd met PostNL, track & trace
3SRSNL0711902, ordernummer 4500128841. Zit er morgen voor 12:00 bij de winkel.
De oude accu graag retour in dezelfde doos (retourlabel zit erin).
Ik laat melding 55918 openstaan tot je bevestigt dat de scanner het weer doet.

Erik

At 09:00 +0200 13-07-2024, StoreDesk wrote:
{quoted(213)}""",
  note="Mailsmith reply; Dutch; part shipped, ticket kept open pending confirmation (update, not resolved); decoys track & trace and order number")
# 28
M(slug="kbsupport-received", issue=241, event="acknowledged", lang="en", family="KB Support", kind="notification",
  vid="1187", at=(13, 55), tz=2, frm="RSNL Support <support@rsnl.nl>", thread=False,
  subject="[Ticket #1187] We have received your support request",
  body="alt", plain=f"""Hi StoreDesk,

Thanks for getting in touch. We have received your support request and one of our agents will respond soon.

Ticket ID: #1187
Subject: {subj(241)}

You can view your ticket and reply at https://rsnl.nl/support/view-ticket/?ticket=1187&key=8f2a1c

Regards,
RSNL Support
""", html=html_page(f"<p>Hi StoreDesk,</p><p>Thanks for getting in touch. We have received your support request and one of our agents will respond soon.</p><p>Ticket ID: #1187<br>Subject: {subj(241)}</p><p><a href=\"https://rsnl.nl/support/view-ticket/?ticket=1187&amp;key=8f2a1c\">View ticket</a></p>"),
  note="KB Support (WordPress) ticket-received mail; English; subject replaced, tag in 'Subject:' body field, no threading")
# 29
M(slug="carbonio-inline", issue=214, event="update", lang="nl", family="Carbonio", kind="human",
  vid=None, at=(8, 44), tz=2, frm="Bas Mulder <bas.mulder@rsnl.nl>", thread=True,
  subject=f"Re: {subj(214)}",
  extra=[("X-Mailer", "Carbonio Webmail (Zextras) 24.5")],
  body="plain", cte="quoted-printable", plain=f"""Hallo Sam, zie mijn antwoorden hieronder.

----- Oorspronkelijk bericht -----
Van: "StoreDesk" <helpdesk@ops.storedesk.example>
Aan: "RSNL Support" <support@rsnl.nl>
Verzonden: Zondag 14 juli 2024 09:00:00
Onderwerp: {subj(214)}

> Store: Utrecht Hoog Catharijne
> Priority: high

Genoteerd.

> Price checker offline.

De prijschecker (10.14.2.55) krijgt geen DHCP-adres meer. Ik zie op de switch dat
poort 14 uit staat. Kan iemand in de winkel controleren of de kabel in poort 14
zit? Daarna kan ik hem op afstand weer aanzetten.

Bas Mulder | RSNL Netwerkbeheer | 030 262 4433
""",
  note="Carbonio (Zextras) webmail inline reply inside Zimbra-style original header block; Dutch; asks the store to check a cable; decoys IP address, port numbers")
# 30
M(slug="typeform-survey", issue=None, about=242, event="ignore", lang="nl", family="Typeform", kind="notification",
  vid=None, at=(14, 31), tz=2, frm="RSNL Klanttevredenheid <feedback@rsnl.nl>", thread=False,
  subject="Hoe tevreden bent u over onze service? (2 minuten)",
  extra=[("List-Unsubscribe", "<https://rsnl.typeform.com/unsubscribe?u=storedesk>")],
  body="alt", plain="""Beste klant,

U had onlangs contact met RSNL Support. Wilt u ons laten weten hoe tevreden u bent?
De vragenlijst duurt ongeveer 2 minuten.

Start de vragenlijst: https://rsnl.typeform.com/to/Kq8Zr2?ticket=RSNL-CSAT-2024-07

Onder de deelnemers verloten we een cadeaubon van € 50.
""", html=html_page("<p>Beste klant,</p><p>U had onlangs contact met RSNL Support. Wilt u ons laten weten hoe tevreden u bent?</p><p><a href=\"https://rsnl.typeform.com/to/Kq8Zr2\">Start de vragenlijst</a></p><p>Onder de deelnemers verloten we een cadeaubon van € 50.</p>"),
  note="Typeform customer-satisfaction survey invitation; Dutch; survey must be ignored; decoy amount and survey code")
# 31
M(slug="agilecrm-closed", issue=215, event="closed", lang="en", family="Agile CRM", kind="notification",
  vid="5203", at=(9, 20), tz=2, frm="RSNL Helpdesk <helpdesk@rsnl.agilecrm.com>", thread=True,
  subject=f"Re: {subj(215)} [Ticket#5203]",
  body="alt", plain="""Hi StoreDesk,

Your ticket #5203 has been closed.

Last reply from Tom Bakker:
> The keyboard of till 2 has been replaced (part KB-78-NL, QWERTY layout); the old
> one had liquid damage. The keys work normally again.

If you need anything else, just reply and we will reopen the ticket.

Thanks,
RSNL Helpdesk
""", html=html_page("<p>Hi StoreDesk,</p><p>Your ticket <b>#5203</b> has been closed.</p><blockquote>The keyboard of till 2 has been replaced (part KB-78-NL, QWERTY layout); the old one had liquid damage. The keys work normally again.</blockquote><p>If you need anything else, just reply and we will reopen the ticket.</p>"),
  note="Agile CRM helpdesk ticket-closed notification from hosted domain, '[Ticket#5203]' suffix after our subject; English; decoy part number")
# 32
M(slug="gmelius-accu", issue=243, event="update", lang="nl", family="Gmelius", kind="human",
  vid="BE-24-0715", at=(13, 26), tz=2, frm="Nathalie Claes <nathalie.claes@be.rsnl.nl>", thread=True,
  subject=f"Re: {subj(243)}",
  extra=[("X-Gmelius-Inbox", "support-be")],
  body="alt", plain=f"""Hallo,

Wij hebben een vervangaccu besteld voor de handscanner (dossier BE-24-0715).
Mogen we die naar het winkeladres sturen, Meir 78, 2000 Antwerpen, of liever naar
jullie magazijn? Graag even bevestigen, dan vertrekt hij vandaag nog.

Met vriendelijke groeten,
Nathalie Claes
RSNL België - Support
+32 3 292 18 07

{gmail_attr(243, 'nl')}
{quoted(243)}""", html=html_page(f"<div>Hallo,</div><div><br></div><div>Wij hebben een vervangaccu besteld voor de handscanner (dossier BE-24-0715).<br>Mogen we die naar het winkeladres sturen, Meir 78, 2000 Antwerpen, of liever naar jullie magazijn? Graag even bevestigen, dan vertrekt hij vandaag nog.</div><div><br>Met vriendelijke groeten,<br>Nathalie Claes<br>RSNL België - Support<br>+32 3 292 18 07</div><div class=\"gmail_quote\">{gmail_attr(243, 'nl').replace('<','&lt;').replace('>','&gt;')}<blockquote class=\"gmail_quote\">{orig_body(243).replace(chr(10), '<br>')}</blockquote></div>"),
  note="Gmelius shared Gmail inbox agent reply (Gmail-style multipart/alternative); Flemish Dutch; asks to confirm delivery address; decoys postcode, phone")
# 33
M(slug="servicepower-scheduled", issue=244, event="update", lang="en", family="ServicePower", kind="notification",
  vid="SC-7731204", at=(8, 36), tz=1, frm="RSNL Service Scheduling <noreply@rsnl.servicepower.com>", thread=False,
  subject="Service Call SC-7731204 Scheduled",
  body="plain", cte="7bit", plain="""Your service call has been scheduled.

Service Call:     SC-7731204
Product:          Price checker PC-15 (S/N PC15-00481273)
Fault:            Price checker offline
Site:             Gent Veldstraat, 9000 Gent
Appointment:      Thu 18/07/2024, AM (08:00-13:00)
Engineer:         Wim Jacobs

To reschedule call +32 3 292 18 10 quoting the service call number.
This mailbox is not monitored.
""", note="ServicePower field-service scheduling notice from its hosted domain; English; subject replaced, no tag and no threading, issue named only by fault title and site; decoys serial, date, phone")
# 34
M(slug="mew-switch", issue=216, event="resolved", lang="nl", family="Mew", kind="human",
  vid="24-1190", at=(14, 58), tz=2, frm="Dirk van Leeuwen <noc@rsnl.nl>", thread=True,
  subject="switch Den Haag piept niet meer",
  extra=[("X-Mailer", "Mew version 6.8 on Emacs 29.3")],
  body="plain", cte="8bit", plain="""Hallo,

De switch piepte omdat het PoE-budget overschreden was (kassa-printer en twee
accesspoints op dezelfde switch). Ik heb poort 22 op afstand van PoE afgehaald en
de printer op zijn eigen adapter gezet. Het piepen is gestopt, alles is bereikbaar.
Voor ons is NOC-incident 24-1190 hiermee opgelost.

> Network switch beeping.

--
Dirk van Leeuwen, RSNL NOC, 088 776 5299
""", note="Mew (Emacs) reply; Dutch; subject rewritten without tag, linked only via In-Reply-To/References; fix stated; decoy port number and phone")
# 35
M(slug="fieldmotion-completed", issue=217, event="resolved", lang="en", family="Fieldmotion", kind="notification",
  vid="51207", at=(9, 8), tz=1, frm="RSNL Field Service <jobs@rsnl.fieldmotion.com>", thread=False,
  subject="Job Completed: Job #51207",
  body="alt", plain=f"""Job #51207 has been completed.

Job Description: {subj(217)}
Engineer: Sander Wijnen
Work carried out: Replaced worn paper guide (part no. PG-88-01) and cleaned the
cutter. Printed 50 test receipts without a jam. Fault resolved.
Charge: EUR 0.00 (covered by contract SLA-2023-118)

The signed job sheet is attached.
""", html=html_page(f"<p>Job <b>#51207</b> has been completed.</p>" + table([("Job Description", subj(217)), ("Engineer", "Sander Wijnen"),
  ("Work carried out", "Replaced worn paper guide (part no. PG-88-01) and cleaned the cutter. Printed 50 test receipts without a jam. Fault resolved."),
  ("Charge", "EUR 0.00 (covered by contract SLA-2023-118)")])),
  attach=("Jobblad_51207_Eindhoven_Piazza_ondertekend.pdf", b"%PDF-1.4\n% job sheet 51207\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  note="Fieldmotion job-completed mail with PDF job sheet; English; tag only in 'Job Description' field; decoys part number, money amount, contract number")
# 36
M(slug="blesta-ouvert", issue=245, event="acknowledged", lang="fr", family="Blesta", kind="notification",
  vid="5631942", at=(13, 41), tz=2, frm="Support RSNL France <support@fr.rsnl.nl>", thread=True,
  subject=f"[RSNL France] Ticket #5631942 - {subj(245)}",
  body="plain", cte="quoted-printable", plain=f"""Bonjour StoreDesk,

Nous avons bien reçu votre demande et un ticket a été ouvert.

Ticket n° : 5631942
Objet : {subj(245)}
Département : Support matériel
Priorité : Haute
Statut : Ouvert

Vous pouvez consulter le ticket ici : https://fr.rsnl.nl/client/tickets/reply/5631942/

Cordialement,
RSNL France
""", note="Blesta support-ticket opened mail; French; 7-digit ticket code; tag kept in subject")
# 37
M(slug="dragapp-remote", issue=218, event="update", lang="nl", family="DragApp", kind="human",
  vid=None, at=(8, 50), tz=2, frm="Iris Jonker <iris.jonker@rsnl.nl>", thread=True,
  subject=f"Re: {subj(218)}",
  extra=[("X-Drag-Board", "POS-support")],
  body="plain", cte="quoted-printable", plain=f"""Hoi,

De update van de kassasoftware (versie 8.4.2) is halverwege afgebroken. Ik wil hem
op afstand opnieuw installeren, maar daarvoor moet iemand in Groningen de kassa
aanzetten en mij het TeamViewer-ID doorgeven (9 cijfers, staat rechtsonder op het scherm).
Kunnen jullie dat vanmiddag regelen? Dan kan ik tussen 14:00 en 16:00 aan de slag.

Groet,
Iris Jonker
RSNL POS Support

{gmail_attr(218, 'nl')}

{quoted(218)}""",
  note="DragApp shared Gmail inbox agent reply; Dutch; waiting on us for a remote session; decoys version number and time window")
# 38
M(slug="onlyoffice-rma", issue=246, event="update", lang="pt", family="OnlyOffice", kind="human",
  vid="PT-2024-1877", at=(14, 24), tz=1, frm="Rui Carvalho <rui.carvalho@pt.rsnl.nl>", thread=True,
  subject=f"RE: {subj(246)}",
  extra=[("X-Mailer", "ONLYOFFICE Mail")],
  body="plain", cte="quoted-printable", plain=f"""Bom dia,

O switch de Porto Santa Catarina está a apitar porque a ventoinha avariou. Já pedimos
um switch de substituição ao fabricante (RMA 24-0719-88) e um técnico vai trocá-lo
assim que chegar, previsivelmente na terça-feira. O processo do vosso lado é o
PT-2024-1877.

Cumprimentos,
Rui Carvalho
RSNL Portugal · 222 043 911

-------- Mensagem original --------
De: StoreDesk <helpdesk@ops.storedesk.example>
Data: 18/07/2024 09:00
Assunto: {subj(246)}

{orig_body(246)}""",
  note="ONLYOFFICE Mail reply; Portuguese; manufacturer RMA number as decoy next to the RSNL process id; replacement planned")
# 39
M(slug="webtma-closed", issue=219, event="closed", lang="en", family="TMA Systems", kind="notification",
  vid="2024-004819", at=(9, 27), tz=2, frm="WebTMA <webtma@rsnl.nl>", thread=False,
  subject="Work Order 2024-004819 has been closed",
  body="plain", cte="7bit", plain="""Work Order 2024-004819 has been closed.

Work Type:          Corrective
Description:        Card reader firmware error
Location:           Antwerpen Meir - Till area
Action Taken:       Reader re-flashed with firmware 2.31.7 and re-keyed by acquirer.
Status:             Closed
Closed Date:        07/20/2024

Please do not reply to this message.
""", note="TMA Systems WebTMA work-order closed notice; English; no tag, no threading, named by description and location only; decoys firmware version, US date")
# 40
M(slug="eptura-geloest", issue=247, event="resolved", lang="de", family="Eptura", kind="notification",
  vid="SR-24-00815", at=(13, 19), tz=2, frm="RSNL Facility Service <eptura-noreply@de.rsnl.nl>", thread=False,
  subject="Serviceanfrage SR-24-00815: Status geändert auf Gelöst",
  body="stub", plain="Diese Nachricht wird im HTML-Format angezeigt.\n",
  html=html_page("<p>Guten Tag,</p><p>der Status Ihrer Serviceanfrage wurde geändert.</p>" + table([
  ("Serviceanfrage", "SR-24-00815"), ("Ihre Referenz", "STORE-247"), ("Beschreibung", "Receipt paper jams"), ("Standort", "Köln Schildergasse"),
  ("Alter Status", "In Bearbeitung"), ("Neuer Status", "Gelöst"), ("Lösung", "Papierführung am Bondrucker ersetzt, Rollenhalter justiert. Test mit 3 Rollen ohne Stau.")])
  + "<p>Die Anfrage wird nach 5 Werktagen automatisch geschlossen, wenn Sie nicht widersprechen.</p>"),
  note="Eptura (Archibus) work-request status notification; German; tag only in 'Ihre Referenz' field; resolved with auto-close in 5 working days (future close)")
# 41
M(slug="cypht-kitchen", issue=220, event="resolved", lang="en", family="Cypht", kind="human",
  vid="66102", at=(8, 17), tz=2, frm="Hannah Willems <hannah.willems@be.rsnl.nl>", thread=True,
  subject=f"Re: {subj(220)}",
  extra=[("X-Mailer", "Cypht")],
  body="plain", cte="7bit", plain=f"""Hi Sam,

Our technician was in Gent Veldstraat this morning. The kitchen printer's interface
board was faulty; he replaced it (P/N 2141734) and the kitchen tickets print again.

We will keep ticket 66102 open for five days and then close it, unless you tell us
the problem is back.

Best regards,
Hannah Willems
RSNL Belgium Service Desk | +32 3 292 18 00

On Sat, 20 Jul 2024 09:00, StoreDesk wrote:
{quoted(220)}""",
  note="Cypht webmail reply; English; fixed but 'we will close' in the future (resolved, not closed); decoy part number")
# 42
M(slug="mailplane-noresuelto", issue=248, event="update", lang="es", family="Mailplane", kind="human",
  vid="INC-ES-30655", at=(14, 45), tz=2, frm="Marta Gil <marta.gil@es.rsnl.nl>", thread=True,
  subject=f"Re: {subj(248)}",
  extra=[("X-Mailer", "Mailplane 4.3.6")],
  body="plain", cte="quoted-printable", plain=f"""Hola Sam:

Hemos vuelto a lanzar la actualización del TPV de Madrid Preciados, pero se ha
quedado otra vez en el 87 %, así que todavía no está resuelto. Necesitamos acceso
remoto fuera del horario de la tienda: ¿os va bien el martes 23/07 a las 22:00?

La incidencia sigue abierta con el número INC-ES-30655.

Un saludo,
Marta Gil
RSNL España · Soporte TPV · 910 612 440

{gmail_attr(248, 'es')}
{quoted(248)}""",
  note="Mailplane (Gmail wrapper) reply; Spanish; negation 'todavía no está resuelto' and a question; decoys percentage, date, phone")
# 43
M(slug="axelor-resolu", issue=221, event="resolved", lang="fr", family="Axelor", kind="notification",
  vid="TCK0000387", at=(9, 12), tz=2, frm="RSNL France Helpdesk <helpdesk@fr.rsnl.nl>", thread=True,
  subject=f"[TCK0000387] {subj(221)}",
  body="alt", plain=f"""Bonjour,

Le ticket TCK0000387 « {subj(221)} » est passé au statut Résolu.

Commentaire : Les anciennes vidéos de plus de 30 jours ont été purgées et la
rétention ramenée à 21 jours. Le disque de l'enregistreur est maintenant à 62 %.

Si le problème persiste, répondez à ce message dans les 7 jours.

RSNL France
""", html=html_page(f"<p>Bonjour,</p><p>Le ticket <b>TCK0000387</b> « {subj(221)} » est passé au statut <b>Résolu</b>.</p><p>Commentaire : Les anciennes vidéos de plus de 30 jours ont été purgées et la rétention ramenée à 21 jours. Le disque de l'enregistreur est maintenant à 62 %.</p>"),
  note="Axelor helpdesk ticket-status notification; French; status 'Résolu'; decoys percentages and day counts")
# 44
M(slug="overit-completato", issue=249, event="resolved", lang="it", family="OverIT", kind="notification",
  vid="2024/IT/00931", at=(14, 6), tz=2, frm="RSNL Italia Laboratorio Firmware <fsm@it.rsnl.nl>", thread=True,
  subject=f"Intervento 2024/IT/00931 completato - {subj(249)}",
  body="plain", cte="quoted-printable", plain=f"""Gentile cliente,

l'intervento in oggetto è stato completato.

Numero intervento: 2024/IT/00931
Descrizione: {subj(249)}
Attività svolta: aggiornamento da remoto del firmware del lettore carte alla versione
3.12.4 e nuovo caricamento delle chiavi. Transazione di prova da € 0,01 riuscita.
Esito: problema risolto

Cordiali saluti,
RSNL Italia - Laboratorio Firmware
""", note="OverIT Geo field-service completion notice; Italian; id with slashes; decoys firmware version and money amount")
# 45
M(slug="mautic-nieuwsbrief-pt", issue=None, about=None, event="ignore", lang="pt", family="Mautic", kind="notification",
  vid=None, at=(9, 31), tz=1, frm="RSNL Portugal <novidades@pt.rsnl.nl>", thread=False,
  subject="Novidades de julho: novos terminais de pagamento e campanha de verão",
  extra=[("List-Unsubscribe", "<https://marketing.pt.rsnl.nl/email/unsubscribe/66a1f0c2>"), ("Precedence", "bulk"), ("X-Mailer", "Mautic")],
  body="alt", plain="""Olá!

Em julho apresentamos os novos terminais de pagamento RSNL T40, com contactless mais
rápido. Até 31/08 oferecemos 15 % de desconto na manutenção anual.

Saiba mais: https://marketing.pt.rsnl.nl/r/terminais-t40

Para deixar de receber estas mensagens, clique aqui: https://marketing.pt.rsnl.nl/email/unsubscribe/66a1f0c2
""", html=html_page("<h2>Novidades de julho</h2><p>Apresentamos os novos terminais de pagamento RSNL T40. Até 31/08 oferecemos 15 % de desconto na manutenção anual.</p><p><a href=\"https://marketing.pt.rsnl.nl/r/terminais-t40\">Saiba mais</a></p>"),
  note="Mautic marketing newsletter from pt.rsnl.nl; Portuguese; bulk mail, ignore")
# 46
M(slug="wanderlust-kitchen", issue=250, event="resolved", lang="en", family="Wanderlust", kind="human",
  vid="77534", at=(14, 37), tz=2, frm="Pieter Bos <p.bos@rsnl.nl>", thread=True,
  subject=f"Re: {subj(250)}",
  extra=[("User-Agent", "Wanderlust/2.15.9 (Almost Unreal) SEMI-EPG/1.14.7 (Harue) FLIM-LB/1.14.9 (Goj\u014d) APEL-LB/10.8 EasyPG/1.0.0 Emacs/28.2 (x86_64-pc-linux-gnu) MULE/6.0 (HANACHIRUSATO)")],
  body="plain", cte="7bit", plain=f"""Hi,

The kitchen printer in Utrecht had lost its IP reservation after the router swap last
week and was printing to nowhere. I have set the reservation back (192.168.20.41) and the
kitchen orders print again. Ticket 77534 is resolved on our side.

Pieter

At Mon, 22 Jul 2024 09:00:00 +0200,
StoreDesk wrote:
{quoted(250)}""",
  note="Wanderlust (Emacs) reply with SEMI-style attribution; English; fixed; decoy IP address; non-ASCII User-Agent encoded")
# 47
M(slug="yetiforce-zamkniete", issue=223, event="closed", lang="pl", family="YetiForce", kind="notification",
  vid="TT4128", at=(9, 44), tz=2, frm="RSNL Centrum Sieciowe <yetiforce@pl.rsnl.nl>", thread=True,
  subject=f"Zgłoszenie TT4128 zostało zamknięte - {subj(223)}",
  body="alt", plain=f"""Dzień dobry,

Zgłoszenie TT4128 zostało zamknięte.

Temat: {subj(223)}
Status: Zamknięte
Rozwiązanie: Certyfikat tunelu VPN wygasł 22.07.2024. Wygenerowano nowy certyfikat
i tunel do centrali działa ponownie od 10:15.

Pozdrawiamy,
RSNL Polska - Centrum Sieciowe
""", html=html_page(f"<p>Dzień dobry,</p><p>Zgłoszenie <b>TT4128</b> zostało zamknięte.</p>" + table([("Temat", subj(223)), ("Status", "Zamknięte"),
  ("Rozwiązanie", "Certyfikat tunelu VPN wygasł 22.07.2024. Wygenerowano nowy certyfikat i tunel do centrali działa ponownie od 10:15.")])),
  note="YetiForce HelpDesk ticket-closed notification; Polish; closed without earlier mail; decoy date")
# 48
M(slug="eudora-cctv", issue=251, event="update", lang="nl", family="Eudora", kind="human",
  vid="5113", at=(14, 20), tz=2, frm="Henk Dijkstra <h.dijkstra@rsnl.nl>", thread=True,
  subject=f"Re: {subj(251)}",
  extra=[("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9")],
  body="plain", cte="quoted-printable", plain=f"""Goedemiddag,

Het is nog niet opgelost: de schijf van de CCTV-recorder in Rotterdam Lijnbaan is
vol en ook defect (SMART-fouten). We komen vrijdag 26 juli een nieuwe schijf van 4 TB
plaatsen (ordernummer 88012). Tot die tijd neemt de recorder niets op.
Melding 5113 blijft open.

Henk Dijkstra
RSNL Beveiligingssystemen, 010 414 2290

At 09:00 23-7-2024, you wrote:
{quoted(251)}""",
  note="Eudora reply; Dutch; 'nog niet opgelost' negation, visit planned; decoys order number, disk size, date")
# 49
M(slug="mailpile-esl", issue=224, event="resolved", lang="es", family="Mailpile", kind="human",
  vid="ES-9184", at=(9, 3), tz=2, frm="Diego Navarro <diego.navarro@es.rsnl.nl>", thread=True,
  subject=f"Re: {subj(224)}",
  extra=[("User-Agent", "Mailpile")],
  body="plain", cte="quoted-printable", plain=f"""Buenos días:

Las etiquetas electrónicas de Madrid Preciados estaban en blanco porque la estación
base perdió la configuración tras el corte de luz. La hemos reconfigurado en remoto
y las 1.240 etiquetas vuelven a mostrar precios. El problema está solucionado
(caso ES-9184).

Saludos,
Diego Navarro
RSNL España

{gmail_attr(224, 'es')}
{quoted(224)}""",
  note="Mailpile reply; Spanish; fixed remotely; decoy label count 1.240")
# 50
M(slug="citadel-touchscreen", issue=252, event="resolved", lang="nl", family="Citadel", kind="human",
  vid="88431", at=(14, 52), tz=2, frm="Sanne Kok <s.kok@rsnl.nl>", thread=True,
  subject=f"Re: {subj(252)}",
  extra=[("X-Mailer", "WebCit 928")],
  body="plain", cte="quoted-printable", plain=f"""Hallo Sam,

Ik heb het touchscreen van kassa 1 in Den Haag Spui op afstand opnieuw gekalibreerd
(5-punts kalibratie) en met de filiaalmanager getest: de knoppen reageren weer op de
juiste plek. Melding 88431 is daarmee opgelost. Laat het weten als het terugkomt.

Sanne Kok
RSNL Kassasystemen - 070 362 1180

-----Original Message-----
From: StoreDesk <helpdesk@ops.storedesk.example>
Subject: {subj(252)}

{orig_body(252)}""",
  note="Citadel WebCit webmail reply; Dutch; fixed remotely; decoys calibration point count, phone")
# 51
M(slug="firstclass-stangt", issue=225, event="closed", lang="sv", family="FirstClass", kind="human",
  vid="NU-240311", at=(9, 19), tz=2, frm="Lars Nilsson <lars.nilsson@se.rsnl.nl>", thread=True,
  subject=f"Sv: {subj(225)}",
  extra=[("X-Mailer", "FirstClass 12.1")],
  body="plain", cte="quoted-printable", plain=f"""Hej Sam,

UPS:en i serverskåpet i Amsterdam Centraal larmade för att batterierna var slut
(tillverkade 2019). Vår tekniker bytte båda batterimodulerna i går och självtestet
är godkänt. Ärendet NU-240311 är nu stängt.

Med vänlig hälsning
Lars Nilsson
RSNL Nordic UPS-team
+46 8 410 922 35

-----Ursprungligt meddelande-----
Från: StoreDesk <helpdesk@ops.storedesk.example>
Ämne: {subj(225)}

{orig_body(225)}""",
  note="FirstClass client reply; Swedish; ticket closed; date-like id NU-240311; decoys year, phone")
# 52
M(slug="iet-gesloten", issue=230, event="closed", lang="nl", family="iET Solutions", kind="notification",
  vid="IN-240703-0019", at=(13, 30), tz=2, frm="RSNL Servicedesk <servicedesk@rsnl.nl>", thread=True,
  subject=f"[IN-240703-0019] Gesloten: {subj(230)}", auto="auto-generated",
  body="alt", plain=f"""Geachte heer/mevrouw,

Uw melding is gesloten.

Meldingsnummer:   IN-240703-0019
Omschrijving:     {subj(230)}
Status:           Gesloten
Oplossing:        Transportband van de recycler gereinigd en sensor S3 vervangen
                  (onderdeel 1750190345). Foutcode E17 komt niet meer terug.

Bent u het niet eens met het sluiten? Reageer binnen 10 dagen op dit bericht.

RSNL Servicedesk
""", html=html_page(f"<p>Geachte heer/mevrouw,</p><p>Uw melding is gesloten.</p>" + table([("Meldingsnummer", "IN-240703-0019"), ("Omschrijving", subj(230)),
  ("Status", "Gesloten"), ("Oplossing", "Transportband van de recycler gereinigd en sensor S3 vervangen (onderdeel 1750190345). Foutcode E17 komt niet meer terug.")])),
  note="iET ITSM closure notice, second mail of the STORE-230 thread; Dutch; decoys part number, error code, 10-day window")
# 53
M(slug="mailjet-zomeractie", issue=None, about=None, event="ignore", lang="nl", family="Mailjet", kind="notification",
  vid=None, at=(9, 5), tz=2, frm="RSNL <nieuws@rsnl.nl>", thread=False,
  subject="Zomeractie: 20% korting op bonrollen en etiketten",
  extra=[("List-Unsubscribe", "<mailto:unsub-8841@bnc3.mailjet.com>"), ("Precedence", "bulk"), ("X-MJ-Mid", "AAAAAEt2cZAAAAAAAAAAAFn1mFYAAV")],
  body="alt", plain="""Beste relatie,

Alleen in juli en augustus: 20% korting op bonrollen, etiketten en printkoppen.
Bestel voor 31 augustus via https://shop.rsnl.nl/zomer met code ZOMER24.

Uitschrijven: https://rsnl.nl/uitschrijven
""", html=html_page("<h2>Zomeractie</h2><p>Alleen in juli en augustus: 20% korting op bonrollen, etiketten en printkoppen.</p><p><a href=\"https://shop.rsnl.nl/zomer\">Bestel nu</a> met code ZOMER24.</p>"),
  note="Mailjet marketing newsletter from rsnl.nl; Dutch; bulk promotion, ignore")
# 54
M(slug="bookings-remote", issue=None, about=253, event="ignore", lang="en", family="Microsoft Bookings", kind="notification",
  vid=None, at=(15, 37), tz=2, frm="RSNL Remote Support <remotesupport@rsnl.nl>", thread=False,
  subject=f"Booking confirmed: Remote diagnosis session - {subj(253)}", body="calendar",
  plain=f"""Your booking is confirmed.

Service: Remote diagnosis session (30 minutes)
Date: Mon 29 Jul 2024, 10:00-10:30 (Amsterdam)
Notes: {subj(253)}

Add this appointment to your calendar using the attached invitation.
""", note="Microsoft Bookings booking confirmation with iCalendar METHOD:REQUEST; English; calendar invitation mentioning our tag: ignore")
# 55
M(slug="useresponse-closed", issue=201, event="closed", lang="en", family="UseResponse", kind="notification",
  vid="10583", at=(9, 11), tz=2, frm="RSNL Support <support@rsnl.useresponse.com>", thread=True,
  subject=f"[Ticket #10583] Re: {subj(201)}",
  body="alt", plain=f"""Hello StoreDesk,

Ticket #10583 "{subj(201)}" has been closed by Anouk Visser.

Anouk Visser wrote:
Earlier we sent you an update saying "this is not resolved yet, waiting for the new SSD".
The SSD of till 3 has now been replaced and the till boots normally. As agreed with the
store manager we are closing this ticket.

You can reopen it within 14 days by replying to this e-mail.
https://rsnl.useresponse.com/tickets/10583
""", html=html_page(f"<p>Hello StoreDesk,</p><p>Ticket #10583 \"{subj(201)}\" has been closed by Anouk Visser.</p><blockquote>The SSD of till 3 has now been replaced and the till boots normally. As agreed with the store manager we are closing this ticket.</blockquote><p><a href=\"https://rsnl.useresponse.com/tickets/10583\">View ticket</a></p>"),
  note="UseResponse ticket-closed notification, second mail of the STORE-201 thread; English; quotes an earlier 'not resolved yet' sentence as decoy")
# 56
M(slug="sendgrid-phishing", issue=None, about=254, event="ignore", lang="en", family="SendGrid", kind="notification",
  vid=None, at=(14, 54), tz=0, frm="RSNL Service Portal <no-reply@rsnl-serviceportal.net>", thread=True,
  subject=f"Action required: {subj(254)}",
  extra=[("X-SG-EID", "u001.Zq8v1Fh3cXk9")],
  body="alt", plain="""Dear customer,

Your ticket 240726-8891 cannot be processed because your service account has been
suspended. Verify your login within 24 hours to avoid cancellation of your support contract:

https://rsnl-serviceportal.net/verify?acc=storedesk

RSNL Service Portal
""", html=html_page("<p>Dear customer,</p><p>Your ticket 240726-8891 cannot be processed because your service account has been suspended. Verify your login within 24 hours:</p><p><a href=\"https://rsnl-serviceportal.net/verify?acc=storedesk\">Verify account</a></p>"),
  note="Phishing sent through SendGrid from lookalike domain rsnl-serviceportal.net, threaded to our STORE-254 mail with a fake ticket number; ignore")
# 57
M(slug="trustpilot-review", issue=None, about=None, event="ignore", lang="en", family="Trustpilot", kind="notification",
  vid=None, at=(8, 40), tz=0, frm="RSNL <noreply.invitations@trustpilotmail.com>", thread=False,
  subject="How did RSNL do? Share your experience",
  body="alt", plain="""Hi StoreDesk,

You recently had contact with RSNL. Would you take a minute to review your experience?

Write a review: https://www.trustpilot.com/evaluate/rsnl.nl?a=cf1e7

Thanks,
RSNL
""", html=html_page("<p>Hi StoreDesk,</p><p>You recently had contact with RSNL. Would you take a minute to review your experience?</p><p><a href=\"https://www.trustpilot.com/evaluate/rsnl.nl\">Write a review</a></p>"),
  note="Trustpilot review invitation on behalf of RSNL; English; review request, ignore")
# 58
M(slug="entourage-cerrado", issue=236, event="closed", lang="es", family="Entourage", kind="human",
  vid="ES-7781", at=(9, 22), tz=2, frm="Lucía Romero <lucia.romero@es.rsnl.nl>", thread=True,
  subject=f"Re: {subj(236)}",
  extra=[("User-Agent", "Microsoft-Entourage/13.0.0.100521")],
  body="plain", cte="quoted-printable", plain=f"""Hola Sam:

El técnico cambió ayer el cajón portamonedas de la caja 4 (el solenoide estaba
quemado) y la tienda confirma que abre bien. Cerramos el caso ES-7781.

Gracias y un saludo,
Lucía Romero
RSNL España · 910 612 433

El 8/7/24 9:00, "StoreDesk" <helpdesk@ops.storedesk.example> escribió:

{quoted(236)}""",
  note="Microsoft Entourage reply; Spanish; case number only given at closure (earlier receipt had none); decoy till number")
# 59
M(slug="retently-nps", issue=None, about=None, event="ignore", lang="de", family="Retently", kind="notification",
  vid=None, at=(14, 2), tz=2, frm="RSNL Deutschland <feedback@de.rsnl.nl>", thread=False,
  subject="Wie wahrscheinlich ist es, dass Sie RSNL weiterempfehlen?",
  extra=[("List-Unsubscribe", "<https://rsnl.retently.com/unsubscribe/9a7c>")],
  body="alt", plain="""Guten Tag,

wie wahrscheinlich ist es, dass Sie RSNL einem Kollegen weiterempfehlen?
Bitte bewerten Sie uns auf einer Skala von 0 bis 10:

https://rsnl.retently.com/survey/9a7c?score=

Vielen Dank!
""", html=html_page("<p>Guten Tag,</p><p>wie wahrscheinlich ist es, dass Sie RSNL einem Kollegen weiterempfehlen?</p><p>" + " ".join(f"<a href=\"https://rsnl.retently.com/survey/9a7c?score={i}\">{i}</a>" for i in range(11)) + "</p>"),
  note="Retently NPS survey on behalf of RSNL Germany; German; survey, ignore")
# 60
M(slug="sapphireims-other-customer", issue=None, about=None, event="ignore", lang="en", family="SapphireIMS", kind="notification",
  vid=None, at=(15, 10), tz=2, frm="RSNL ServiceDesk <sapphire@rsnl.nl>", thread=False,
  subject="Incident INC000845 logged : Weegschaal afdeling kaas - Bakkerij de Vries Zwolle",
  body="stub", plain="This is an HTML message. Please use an HTML capable mail program to read this message.\n",
  html=html_page("<p>Dear Bakkerij de Vries,</p><p>Your incident has been logged successfully. Details are given below.</p>" + table([
  ("Incident ID", "INC000845"), ("Title", "Weegschaal afdeling kaas - Bakkerij de Vries Zwolle"), ("Customer", "Bakkerij de Vries B.V."),
  ("Status", "Logged")])),
  note="SapphireIMS 'incident logged' notification for another customer sent to us by mistake; English template; ignore despite being a genuine receipt")

# ---------------------------------------------------------------- building
def arrival(k):  # k = 1..60; two slots per day from 1 July 2024
    day = 1 + (k - 1) // 2
    return day

class RawMsg:
    def __init__(self, b): self.b = b
    def as_bytes(self, policy=None): return self.b

def build(k, m):
    h, mi = m["at"]
    when = dt.datetime(2024, 7, arrival(k), h, mi, 0, tzinfo=dt.timezone.utc) - dt.timedelta(hours=2)
    tz = dt.timezone(dt.timedelta(hours=m["tz"]))
    # 'at' is local time in +0200 (Amsterdam); express it in the sender's own zone
    local = when.astimezone(tz)
    msg = EmailMessage(policy=POL)
    msg["From"] = m["frm"]
    msg["To"] = OURS
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(local)
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<{m['slug']}.{k:02d}.20240701@{dom}>"
    ref = m.get("issue") or m.get("about")
    if m.get("thread") and ref:
        mid = I(ref)["message_id"]
        msg["In-Reply-To"] = mid
        msg["References"] = mid
    msg["MIME-Version"] = "1.0"
    if m.get("auto"):
        msg["Auto-Submitted"] = m["auto"]
    for k2, v in m.get("extra", []):
        msg[k2] = v
    lang_tag = {"en": "en-US", "nl": "nl-NL", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "it": "it-IT", "pl": "pl-PL", "sv": "sv-SE"}[m["lang"]]
    msg["Content-Language"] = lang_tag
    kind = m["body"]; cte = m.get("cte")
    if kind == "plain":
        msg.set_content(m["plain"], charset="utf-8", cte=cte)
    elif kind in ("alt", "stub"):
        msg.set_content(m["plain"], charset="utf-8", cte=cte or "quoted-printable")
        msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte=cte or "quoted-printable")
    elif kind == "bounce":
        B = "=_mimecast_bounce_239"
        msg["Content-Type"] = f'multipart/report; report-type=delivery-status; boundary="{B}"'
        hdrs = (f"From: StoreDesk <helpdesk@ops.storedesk.example>\r\nTo: RSNL Support <support@rsnl.nl>\r\n"
                f"Subject: =?UTF-8?B?{__import__('base64').b64encode(subj(239).encode()).decode()}?=\r\n"
                f"Date: {I(239)['sent']}\r\nMessage-ID: {I(239)['message_id']}\r\n")
        body = (f"This is a MIME-encapsulated message.\r\n\r\n--{B}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + m["plain"].replace("\n", "\r\n") +
                f"\r\n--{B}\r\nContent-Type: message/delivery-status\r\n\r\n"
                "Reporting-MTA: dns; eu-smtp-inbound-1.mimecast.com\r\n\r\n"
                "Final-Recipient: rfc822; b.vos@rsnl.nl\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                "Diagnostic-Code: smtp; 550 Invalid Recipient\r\n"
                f"\r\n--{B}\r\nContent-Type: text/rfc822-headers; charset=us-ascii\r\n\r\n" + hdrs +
                f"\r\n--{B}--\r\n")
        head = msg.as_bytes(policy=POL).split(b"\r\n\r\n", 1)[0]
        return RawMsg(head + b"\r\n\r\n" + body.encode("ascii"))
    elif kind == "calendar":
        msg.set_content(m["plain"], charset="utf-8", cte="quoted-printable")
        ics = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
               "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008000000000A1F3C2E61DBDA01\r\n"
               "DTSTAMP:20240725T073700Z\r\nDTSTART:20240729T080000Z\r\nDTEND:20240729T083000Z\r\n"
               f"SUMMARY:Remote diagnosis session\r\nDESCRIPTION:{subj(253)}\r\n"
               "ORGANIZER;CN=RSNL Remote Support:mailto:remotesupport@rsnl.nl\r\n"
               "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:helpdesk@ops.storedesk.example\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n")
        msg.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                            params={"method": "REQUEST", "charset": "utf-8"})
    if m.get("attach"):
        fn, data = m["attach"]
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
    return msg

# ---------------------------------------------------------------- validation
def fail(f, why):
    print(f"FAIL {f}: {why}"); sys.exit(1)

MID_RE = re.compile(r"^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>$")
def decoded_texts(parsed, fname):
    out = []
    for part in parsed.walk():
        if part.get_content_maintype() == "multipart": continue
        for d in part.defects: fail(fname, f"part defect {d!r}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try: txt = raw.decode(cs, errors="strict")
            except Exception as e: fail(fname, f"charset {cs}: {e}")
            out.append(txt)
        elif part.get_content_type() == "message/delivery-status":
            out.append(str(part))
    return out

def validate(fname, data, exp, sent_ids, seen_ids, last_date):
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data): fail(fname, "non-CRLF line ending")
    for ln in data.split(b"\r\n"):
        if len(ln) >= 998: fail(fname, "line too long")
    head = data.split(b"\r\n\r\n", 1)[0]
    try: head.decode("ascii")
    except UnicodeDecodeError: fail(fname, "non-ASCII header")
    p = email.message_from_bytes(data, policy=email.policy.default)
    for part in p.walk():
        for d in part.defects: fail(fname, f"defect {d!r}")
        for k, v in part.items():
            if getattr(v, "defects", None): fail(fname, f"header {k} defect {v.defects}")
    texts = decoded_texts(p, fname)
    subject = str(p["Subject"])
    alltext = subject + "\n" + "\n".join(texts)
    d = p["Date"].datetime
    if d is None or d.tzinfo is None: fail(fname, "bad Date")
    if last_date and d <= last_date: fail(fname, "Date not increasing")
    if exp["issue_ref"]:
        if d <= parsedate_to_datetime(ISSUES[exp["issue_ref"]]["sent"]): fail(fname, "Date before issue sent")
    mid = str(p["Message-ID"]).strip()
    if not MID_RE.match(mid): fail(fname, f"malformed Message-ID {mid}")
    if mid in sent_ids or mid in seen_ids: fail(fname, "duplicate Message-ID")
    seen_ids.add(mid)
    for h in ("In-Reply-To", "References"):
        if p[h]:
            for x in str(p[h]).split():
                if not MID_RE.match(x): fail(fname, f"malformed {h}")
    if exp["event"] not in EVENTS: fail(fname, "unknown event")
    if exp["_lang"] not in LANGS: fail(fname, "unknown language")
    if exp["event"] == "ignore":
        if exp["issue_ref"] or exp["vendor_ticket_id"]: fail(fname, "ignore mail with issue or vendor id")
    else:
        ref = exp["issue_ref"]; iss = ISSUES[ref]
        thr = iss["message_id"] in (str(p["In-Reply-To"] or "") + " " + str(p["References"] or ""))
        tag = re.search(rf"\b{ref}\b", alltext)
        ts = iss["title"] in alltext and iss["store"] in alltext
        if not (thr or tag or ts): fail(fname, "issue not named")
        tags = set(re.findall(r"STORE-\d+", alltext)) | set(re.findall(r"STORE-\d+", data.decode("latin-1")))
        if tags - {ref}: fail(fname, f"foreign STORE tags {tags - {ref}}")
    vid = exp["vendor_ticket_id"]
    if vid is not None:
        if vid.startswith("#"): fail(fname, "leading # in vendor id")
        if vid not in alltext: fail(fname, "vendor id not in subject/body")
    fam = exp["_family"]
    if fam.lower() in COVERED: fail(fname, f"family {fam} is in covered-products.txt")
    return d

def main():
    assert len(MAILS) == 60, len(MAILS)
    for old in HERE.glob("[0-9][0-9]-*.eml"): old.unlink()
    sent_ids = set()
    for f in (INP / "sent").glob("*.eml"):
        sent_ids.add(str(email.message_from_bytes(f.read_bytes(), policy=email.policy.default)["Message-ID"]).strip())
    seen, last, rows = set(), None, []
    for k, m in enumerate(MAILS, 1):
        fname = f"{k:02d}-{m['slug']}.eml"
        data = build(k, m).as_bytes(policy=POL)
        ref = f"STORE-{m['issue']}" if m.get("issue") else None
        exp = {"file": fname, "issue_ref": ref, "vendor_ticket_id": m["vid"], "event": m["event"], "note": m["note"],
               "_lang": m["lang"], "_family": m["family"]}
        last = validate(fname, data, exp, sent_ids, seen, last)
        (HERE / fname).write_bytes(data)
        rows.append((exp, m))
    with open(HERE / "expected.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for exp, m in rows:
            fh.write(json.dumps({k: v for k, v in exp.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    write_readme(rows)
    print(f"OK: {len(rows)} mails")

def naming(m):
    if m["event"] == "ignore": return "-"
    s = m["subject"]; ref = f"STORE-{m['issue']}"
    if ref in s: return "tag in subject" + (" + thread" if m.get("thread") else "")
    if m.get("thread"): return "threading only" if ref not in (m.get("plain", "") + m.get("html", "")) else "thread + tag in quote/body"
    if ref in m.get("plain", "") + m.get("html", ""): return "tag in body/quote only"
    return "title + store in text"

def write_readme(rows):
    from collections import Counter
    ev = Counter(m["event"] for _, m in rows); lg = Counter(m["lang"] for _, m in rows)
    kd = Counter(m["kind"] for _, m in rows); nm = Counter(naming(m) for _, m in rows)
    fams = sorted({m["family"] for _, m in rows}, key=str.lower)
    L = ["# RSNL vendor-reply corpus (blind17)", "",
         "60 e-mails as they would arrive in `helpdesk@ops.storedesk.example` from the vendor RSNL (and from strangers),",
         "in reply to the StoreDesk issue mails in `input/sent/`.", "",
         "## How to run", "", "    python3 make.py", "",
         "Python 3 standard library only, deterministic (no randomness, no clock). It rewrites `NN-<slug>.eml`, `expected.jsonl`",
         "and this README, and prints `OK: 60 mails` (or `FAIL <file>: <reason>` and exit status 1).", "",
         "## expected.jsonl fields", "",
         "- `file`: the .eml file name (file order = arrival order)",
         "- `issue_ref`: the StoreDesk issue (`STORE-n`) the mail is about, or null",
         "- `vendor_ticket_id`: RSNL's own ticket/case/work-order id for that issue, exactly as written in the mail, without a leading `#`; null when none is stated and always null for ignore mails",
         "- `event`: acknowledged / update / resolved / closed / ignore",
         "- `note`: product or client imitated; language; what is tricky", "",
         "## Validation performed by make.py (every mail)", "",
         "1. CRLF line endings only. 2. Headers ASCII-only (RFC 2047/2231 by the email package). 3. Lines < 998 octets.",
         "4. No defects from `email.message_from_bytes(..., policy=email.policy.default)` on any part or header.",
         "5. Every text/* part decodes strictly with its declared charset.",
         "6. Date headers strictly increasing and later than the sent date of the issue concerned.",
         "7. Message-IDs well-formed and unique, also against `input/sent/`.",
         "8. Every non-ignore mail names its issue by STORE tag, by our Message-ID in In-Reply-To/References, or by title and store.",
         "9. The vendor ticket id occurs literally in the decoded subject or body.",
         "10. No STORE tag other than the expected one in a non-ignore mail.",
         "11. Known event and language; ignore mails carry neither issue nor vendor id; no leading '#'.",
         "12. Every product/client family is absent (case-insensitive) from `input/covered-products.txt`.", "",
         "## Counts", "",
         "By event: " + ", ".join(f"{k} {v}" for k, v in sorted(ev.items())),
         "", "By language: " + ", ".join(f"{k} {v}" for k, v in sorted(lg.items())),
         "", "By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kd.items())),
         "", "How the issue is named: " + ", ".join(f"{k} {v}" for k, v in sorted(nm.items())),
         "", f"Families ({len(fams)}): " + ", ".join(fams), "",
         "## All mails", "", "| file | event | issue | vendor id | lang | kind | named by | product/client |", "|---|---|---|---|---|---|---|---|"]
    for exp, m in rows:
        L.append(f"| {exp['file']} | {exp['event']} | {exp['issue_ref'] or '-'} | {exp['vendor_ticket_id'] or '-'} | {m['lang']} | {m['kind']} | {naming(m)} | {m['family']} |")
    (HERE / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")

main()
