"""STORE-253 (SqWebMail NOC), status-page maintenance, STORE-226 (Comm100), forwarded ticket of
another customer, STORE-228 (Liferay + Qboxmail), STORE-224, STORE-225, STORE-227."""
from common import *


@mail(slug="sqwebmail-noc-inline", issue=253, vid="20240725-0031", event="update", lang="en",
      kind="human", family="SqWebMail", named="quoted-tag",
      note="SqWebMail: English plain-text inline reply from the RSNL NOC with a hand-written "
           "subject; our tag only in the quoted 'Original message' header block; date-based "
           "incident 20240725-0031 stated in prose, asks the store to power-cycle, 'Not closing "
           "anything until it's stable'; decoys: 10.44.0.2, 06:12, 24/7 number")
def _():
    n = 253
    body = (
        "Sam,\n\nanswers inline, sorry for the short style, busy morning.\n\n"
        "> -------- Original message --------\n"
        "> From: StoreDesk <helpdesk@ops.storedesk.example>\n"
        "> Date: Thu, 25 Jul 2024 09:00:00 +0200\n"
        f"> Subject: {subj(n)}\n>\n"
        "> Store: Eindhoven Piazza\n> Priority: high\n\n"
        "Logged as incident 20240725-0031 on our side.\n\n"
        "> VPN to head office down.\n\n"
        "Tunnel is up from our hub. Your store router fails IKE phase 1 since 06:12, PSK "
        "mismatch after last night's config push (not ours - it came from 10.44.0.2, your "
        "MSP's management box). I've re-sent the correct profile.\n"
        "Can someone power-cycle the router (the black box in the cupboard, NOT the fibre "
        "modem) and tell me whether the VPN LED turns green?\n\n"
        "Not closing anything until it's stable for a few hours.\n\n"
        "Kees\n-- \nRSNL NOC | 24/7 +31 40 750 1190\n")
    return msg([
        ("Date", "Thu, 25 Jul 2024 10:30:05 +0200"),
        ("From", addr("Kees Dijkstra", "k.dijkstra@noc.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Re: VPN Eindhoven Piazza"),
        ("Message-ID", "<courier.66A20D9D.00003A1F@noc.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "SqWebMail 6.2.4"),
    ], text(body, cs="utf-8", cte="8bit", params="format=flowed"))


@mail(slug="statuspal-maintenance", issue=None, vid=None, event="ignore", lang="en",
      kind="product", family="Statuspal", named="n/a",
      note="Statuspal: English status-page subscriber notice of scheduled maintenance of the "
           "service portal and e-mail ticket intake (27 Jul 22:00 - 28 Jul 02:00 CEST); bulk, "
           "no issue")
def _():
    body = (
        "Scheduled maintenance: Service portal and e-mail ticket intake\n\n"
        "When: Sat 27 Jul 2024 22:00 - Sun 28 Jul 2024 02:00 (CEST)\n"
        "Affected: Service portal, E-mail ticket intake\n\n"
        "During this window e-mails to support@rsnl.nl will be queued; tickets and "
        "acknowledgements will be created once the maintenance is completed. Phone support "
        "is not affected.\n\n"
        "View details: https://status.rsnl.nl/maintenance/4412\n\n"
        "You are receiving this because you subscribed to RSNL Status updates.\n"
        "Unsubscribe: https://status.rsnl.nl/subscriptions/unsubscribe?s=b81c\n")
    return msg([
        ("Date", "Thu, 25 Jul 2024 14:00:00 +0000"),
        ("From", addr("RSNL Status", "noreply@statuspal.io")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "[RSNL Status] Scheduled maintenance: Service portal and e-mail ticket intake"),
        ("Message-ID", "<maint-4412.sub-b81c@statuspal.io>"),
        ("List-Unsubscribe", "<https://status.rsnl.nl/subscriptions/unsubscribe?s=b81c>"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cs="us-ascii", cte="7bit"))


C100_ACK = "<c100.ticket.10294.0@mail.comm100.io>"


@mail(slug="comm100-ticket-received", issue=226, vid="10294", event="acknowledged", lang="en",
      kind="product", family="Comm100", named="threading",
      note="Comm100: English ticket auto-reply 'We've received your ticket #10294' with a "
           "replaced subject, no tag, title or store; identified only by In-Reply-To; decoys: "
           "knowledge-base article 318, submitted 2024-07-26 09:00")
def _():
    body = (
        "Dear customer,\n\n"
        "Thanks for getting in touch. Your ticket #10294 has been created and our team will "
        "get back to you as soon as possible.\n\n"
        "Ticket ID: 10294\nStatus: New\nPriority: High\nSubmitted: 2024-07-26 09:00\n\n"
        "Did you know? Our self-service portal answers most scanner questions:\n"
        "https://rsnl.comm100.io/kb/article/318\n\n"
        "Kind regards,\nRSNL Support\n")
    return msg([
        ("Date", "Fri, 26 Jul 2024 09:07:14 +0200"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Sender", "ticket@mail.comm100.io"),
        ("To", OUR),
        ("Subject", "We've received your ticket #10294"),
        ("Message-ID", C100_ACK),
        ("In-Reply-To", mid(226)),
        ("Auto-Submitted", "auto-replied"),
    ], multi("alternative", [text(body, cte="7bit"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cte="7bit")], "c100-10294-0"))


@mail(slug="comm100-agent-suffix-fixed", issue=226, vid="10294", event="resolved", lang="en",
      kind="human", family="Comm100", named="threading",
      note="Comm100: English agent reply through the ticketing channel ('Reply above this line' "
           "footer), threaded by References only, no tag: scanner config reset fixed remotely, "
           "'this should be resolved', ticket 10294 left open until Monday")
def _():
    body = (
        "##- Please type your reply above this line -##\n\n"
        "Hi Sam,\n\n"
        "I connected to the back-office PC in Utrecht and checked the scanner on till 1: it "
        "beeped on every scan but sent nothing, because its configuration had been reset to "
        "'no suffix / keyboard layout BE'. I had the shift manager scan the three setup codes "
        "from our guide (factory reset, USB-HID, Enter suffix) and it now types the EAN "
        "straight into the POS.\n\n"
        "So this should be resolved. I'll leave ticket 10294 open until Monday in case it "
        "happens again after the nightly restart.\n\n"
        "Best regards,\nPriya Raman\nRSNL Support - remote team\n\n"
        "Ticket #10294 | Status: Pending customer\n")
    return msg([
        ("Date", "Fri, 26 Jul 2024 14:55:49 +0200"),
        ("From", addr("Priya Raman (RSNL Support)", "support@rsnl.nl")),
        ("Sender", "ticket@mail.comm100.io"),
        ("To", OUR),
        ("Subject", "RE: We've received your ticket #10294"),
        ("Message-ID", "<c100.ticket.10294.3@mail.comm100.io>"),
        ("In-Reply-To", C100_ACK),
        ("References", f"{mid(226)} {C100_ACK}"),
    ], text(body, cte="quoted-printable"))


@mail(slug="mailboxorg-forward-other-customer", issue=None, vid=None, event="ignore", lang="de",
      kind="human", family="mailbox.org", named="n/a",
      note="mailbox.org: German 'WG:' forward by an RSNL agent of another customer's ticket 7781 "
           "(cold-display alarm at a Bonn supermarket) sent to us by mistake; no STORE tag")
def _():
    body = (
        "Hallo Sam,\n\nzur Info, kannst du da mal draufschauen? Ist dringend.\n\nGruß\nJan\n\n"
        "-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Ticket 7781 - Kühlregal Alarm Filiale Bonn\n"
        "Datum: 26.07.2024 16:58\n"
        "Von: Frischmarkt Rheinland GmbH <technik@frischmarkt-rheinland.example>\n"
        "An: service@de.rsnl.nl\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "unser Kühlregal 3 in der Filiale Bonn-Beuel meldet seit heute Mittag Alarm "
        "(Temperatur 9 °C). Bitte schicken Sie heute noch einen Techniker. Ticket 7781.\n\n"
        "Mit freundlichen Grüßen\nA. Schuster\n")
    return msg([
        ("Date", "Fri, 26 Jul 2024 17:22:10 +0200"),
        ("From", addr("Jan Hoffmann", "j.hoffmann@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", "WG: Ticket 7781 - Kühlregal Alarm Filiale Bonn"),
        ("Message-ID", "<1538104729.12044.1722007330871@office.mailbox.org>"),
    ], text(body, cte="quoted-printable"))


LR_MID = "<liferay.portal.RSNL-IT-24-0918.1722150937@assistenza.it.rsnl.nl>"


def _liferay_body(n):
    return (
        "Gentile cliente,\n\n"
        "la sua richiesta è stata registrata nel Portale Assistenza RSNL Italia.\n\n"
        "Numero richiesta: RSNL-IT-24-0918\n"
        f"Oggetto: {subj(n)}\n"
        "Categoria: Stampanti / Taglierina\n"
        "Stato: Aperta\n"
        "Data di chiusura: \n\n"
        "Può seguire lo stato della richiesta all'indirizzo:\n"
        "https://assistenza.it.rsnl.nl/web/portale/richieste/-/richiesta/RSNL-IT-24-0918\n\n"
        "La preghiamo di non rispondere a questo messaggio: per aggiungere informazioni utilizzi "
        "il portale.\n\n"
        "RSNL Italia S.r.l. - Via dell'Industria 14, 40138 Bologna - P.IVA 03124560378\n")


@mail(slug="liferay-richiesta-registrata", issue=228, vid="RSNL-IT-24-0918", event="acknowledged",
      lang="it", kind="product", family="Liferay", named="subject-tag",
      note="Liferay: Italian customer-portal notification 'Richiesta registrata' with the portal "
           "id RSNL-IT-24-0918 in a subject prefix before our subject and in the portal path; "
           "empty 'Data di chiusura:' field; decoys: P.IVA 03124560378, postcode 40138")
def _():
    n = 228
    return msg([
        ("Date", "Sun, 28 Jul 2024 09:15:37 +0200"),
        ("From", addr("RSNL Italia - Portale Assistenza", "portale@it.rsnl.nl")),
        ("To", OUR),
        ("Subject", f"[RSNL-IT-24-0918] Richiesta registrata: {subj(n)}"),
        ("Message-ID", LR_MID),
        ("In-Reply-To", mid(n)),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(_liferay_body(n)),
                             text("<html><body>" + html_from_text(_liferay_body(n))
                                  + "</body></html>", "html")], "liferay-0918-alt"))


@mail(slug="qboxmail-taglierina-risolto", issue=228, vid="RSNL-IT-24-0918", event="resolved",
      lang="it", kind="human", family="Qboxmail", named="quoted-tag",
      note="Qboxmail: Italian webmail reply from the printer lab with a rewritten subject; our tag "
           "only in the quoted portal notification ('Oggetto:' line); cutter replaced, request "
           "'si può considerare risolta', closed after the store confirms; decoys: RMA 24-5567, "
           "200 test cuts")
def _():
    n = 228
    body = (
        "Buongiorno,\n\n"
        "vi confermo che la stampante è rientrata dal laboratorio: la taglierina è stata "
        "sostituita (RMA 24-5567) e abbiamo fatto 200 tagli di prova senza inceppamenti. Il "
        "corriere la riconsegna domani mattina in negozio.\n\n"
        "Per noi la richiesta RSNL-IT-24-0918 si può considerare risolta; la chiuderemo dopo "
        "la conferma del negozio.\n\n"
        "Cordiali saluti,\nMarco Ferri\nLaboratorio stampanti RSNL Italia\n\n"
        "----- Messaggio originale -----\n"
        "Da: \"RSNL Italia - Portale Assistenza\" <portale@it.rsnl.nl>\n"
        "A: \"StoreDesk\" <helpdesk@ops.storedesk.example>\n"
        "Inviato: Domenica, 28 luglio 2024 9:15:37\n"
        f"Oggetto: [RSNL-IT-24-0918] Richiesta registrata: {subj(n)}\n\n"
        + _liferay_body(n))
    return msg([
        ("Date", "Wed, 31 Jul 2024 16:40:18 +0200"),
        ("From", addr("Marco Ferri", "m.ferri@it.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Taglierina stampante Den Haag Spui"),
        ("Message-ID", "<5e1b7c3a90d24f6e8a2b@webmail.qboxmail.com>"),
        ("In-Reply-To", LR_MID),
        ("References", LR_MID),
        ("X-Mailer", "Qboxmail Webmail"),
    ], text(body, cte="quoted-printable"))


@mail(slug="movistar-orden-cerrada", issue=224, vid="ESL-2407-077", event="closed", lang="es",
      kind="human", family="Movistar Mail", named="title-store",
      note="Movistar Mail: Spanish fresh mail (no Re:, no threading, no tag) from a subcontracted "
           "technician's private address naming our title in quotes and the store; 'cierro la "
           "orden de trabajo ESL-2407-077'; decoys: 1.480 etiquetas, firmware 3.2.1, mobile "
           "612 48 93 07")
def _():
    n = 224
    body = (
        "Hola Sam:\n\n"
        f"Te escribo por lo de las etiquetas de Preciados (vuestro aviso \"{title(n)}\", tienda "
        f"{store(n)}).\n\n"
        "El viernes cambiamos la estación base del techo (la antigua tenía la fuente quemada) y "
        "actualizamos el firmware a 3.2.1. Hoy he vuelto a pasar: las 1.480 etiquetas muestran "
        "precio y se refrescan bien.\n\n"
        "Con esto cierro la orden de trabajo ESL-2407-077 por mi parte. Si vuelve a pasar, "
        "abrid un aviso nuevo.\n\n"
        "Un saludo,\nJavier Martín\nTécnico colaborador de RSNL Ibérica\nMóvil 612 48 93 07\n")
    return msg([
        ("Date", "Mon, 29 Jul 2024 12:40:03 +0200"),
        ("From", addr("Javier Martín", "javimartin.tecnico@movistar.es")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Cc", "sat@es.rsnl.nl"),
        ("Subject", "Etiquetas electrónicas Madrid Preciados"),
        ("Message-ID", "<20240729104003.7F2A1C@correo.movistar.es>"),
    ], multi("alternative", [text(body, cs="iso-8859-1", cte="quoted-printable"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cs="iso-8859-1", cte="quoted-printable")],
             "=_mv_7F2A1C"))


@mail(slug="apacta-sag-afsluttet", issue=225, vid="24-1187", event="closed", lang="da",
      kind="product", family="Apacta", named="field-tag",
      note="Apacta: Danish 'Sag 24-1187 er afsluttet' from the Nordic UPS team; our tag only in "
           "'Jeres reference:'; decoys: 2 × 12 V 9 Ah batteries, 1,5 hours, phone "
           "+45 70 27 41 00, 'Faktura følger'")
def _():
    n = 225
    body = (
        "Hej StoreDesk\n\nVi har afsluttet sagen.\n\n"
        "Sagsnummer: 24-1187\n"
        f"Jeres reference: {tag(n)}\n"
        f"Lokation: {store(n)}\n"
        "Opgave: UPS-alarm i serverskab\n"
        "Udført arbejde: Batteriblok udskiftet (2 × 12 V 9 Ah), selvtest gennemført uden fejl, "
        "alarmlog nulstillet.\n"
        "Tekniker: Mads Kjær\n"
        "Timer: 1,5\n"
        "Faktura følger særskilt.\n\n"
        "Venlig hilsen\nRSNL Nordic UPS-service\nTlf. +45 70 27 41 00\n")
    return msg([
        ("Date", "Tue, 30 Jul 2024 16:00:29 +0200"),
        ("From", addr("RSNL Nordic UPS-service", "ups-service@dk.rsnl.nl")),
        ("Sender", "noreply@apacta.com"),
        ("To", OUR),
        ("Subject", "Sag 24-1187 er afsluttet"),
        ("Message-ID", "<apacta.case.24-1187.closed@mail.apacta.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="base64"))


@mail(slug="elisa-vika-korjattu", issue=227, vid="FI-24-0311", event="resolved", lang="fi",
      kind="human", family="Elisa Webmail", named="subject-tag",
      note="Elisa Webmail: Finnish reply (+0300) from a subcontracted repair shop's elisanet.fi "
           "address: faulty PSU replaced, 'Vika on korjattu' but ticket FI-24-0311 stays open "
           "over the weekend; Finnish 'kirjoitti' quote line; decoys: PSU serial PSU-88410-K, "
           "150 W, phone 040 718 2290")
def _():
    n = 227
    body = (
        "Hei,\n\n"
        "kassa 2:n satunnaiset uudelleenkäynnistykset johtuivat viallisesta virtalähteestä "
        "(150 W, sarjanumero PSU-88410-K). Virtalähde vaihdettiin paikallisen huoltomiehen "
        "kanssa meidän ohjeillamme ja ajoimme 24 tunnin rasitustestin: ei yhtään "
        "uudelleenkäynnistystä.\n\n"
        "Vika on korjattu. Tikettimme FI-24-0311 jätetään vielä auki viikonlopun yli "
        "seurantaa varten.\n\n"
        "Ystävällisin terveisin\nMikko Laine\nRSNL Suomi, korjaamo (alihankkija)\n"
        "puh. 040 718 2290\n\n"
        "StoreDesk <helpdesk@ops.storedesk.example> kirjoitti 27.7.2024 klo 10.00:\n"
        + quote(our_body(n)))
    return msg([
        ("Date", "Wed, 31 Jul 2024 10:15:22 +0300"),
        ("From", addr("Mikko Laine", "mikko.laine@elisanet.fi")),
        ("To", OUR),
        ("Subject", f"Re: {subj(n)}"),
        ("Message-ID", "<1722410122.3344.mikko.laine@webmail.elisa.fi>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
    ], text(body, cs="iso-8859-15", cte="quoted-printable"))
