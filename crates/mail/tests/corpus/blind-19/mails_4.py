"""STORE-212 close, STORE-214 OOO, newsletter, STORE-213, STORE-240, STORE-239, STORE-215,
STORE-244 phishing, another customer's case, STORE-216."""
from common import *


@mail(slug="fixner-aviso-cerrado", issue=212, vid="000731", event="closed", lang="es",
      kind="product", family="Fixner", named="field-tag",
      note="Fixner: Spanish 'el aviso 000731 ha sido cerrado' with the signed work report as PDF "
           "(RFC 2231 file name); our tag only in 'Referencia cliente:'; decoys: albarán "
           "2024-3318, 16 GB / 512 GB, intervention date 16/07/2024 08:30 - 10:15")
def _():
    n = 212
    body = (
        "Estimado cliente:\n\n"
        "Le informamos de que el aviso 000731 ha sido cerrado.\n\n"
        f"Referencia cliente: {tag(n)}\n"
        "Técnico: Álvaro Ruiz\n"
        "Fecha de intervención: 16/07/2024, 08:30 - 10:15\n"
        "Trabajos realizados: ampliación de memoria a 16 GB, sustitución del disco duro por SSD "
        "de 512 GB, clonado del sistema y limpieza de programas de inicio. Tiempo de arranque: "
        "48 s (antes 6 min).\n"
        "Estado: Cerrado\n"
        "Albarán nº: 2024-3318 (firmado por el encargado de tienda)\n\n"
        "Se adjunta el parte de trabajo firmado.\n\n"
        "Un saludo,\nRSNL Ibérica - Servicio Técnico\n\nEnviado con Fixner\n")
    return msg([
        ("Date", "Wed, 17 Jul 2024 13:15:30 +0200"),
        ("From", addr("RSNL Ibérica - Servicio Técnico", "sat@es.rsnl.nl")),
        ("Sender", "notificaciones@fixner.com"),
        ("To", OUR),
        ("Subject", "Aviso 000731 cerrado"),
        ("Message-ID", "<aviso-000731-cierre.1721214930@fixner.com>"),
        ("References", "<aviso-000731-alta.1720770009@fixner.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", [text(body, cs="iso-8859-1", cte="quoted-printable"),
                       attach(fake_pdf("Parte 000731"), "application/pdf",
                              "Parte de trabajo nº 000731.pdf",
                              ascii_name="Parte_de_trabajo_000731.pdf")], "fixner-000731-m"))


@mail(slug="posteio-out-of-office", issue=None, vid=None, event="ignore", lang="nl",
      kind="product", family="Poste.io", named="n/a",
      note="Poste.io: bilingual Dutch/English out-of-office auto-reply of an RSNL engineer, "
           "threaded to our STORE-214 mail with our tag in the subject; holiday until 26 July, "
           "phone numbers; not a vendor answer")
def _():
    n = 214
    body = ("Ik ben met vakantie tot en met vrijdag 26 juli en lees mijn e-mail niet. Uw bericht "
            "wordt niet doorgestuurd. Voor storingen: support@rsnl.nl of 030 711 40 20.\n\n"
            "I am on holiday until Friday 26 July and will not read my e-mail. For faults please "
            "contact support@rsnl.nl or +31 30 711 40 20.\n\nBram Visser\n")
    return msg([
        ("Date", "Sun, 14 Jul 2024 09:00:40 +0200"),
        ("From", addr("Bram Visser", "b.visser@rsnl.nl")),
        ("To", OUR),
        ("Subject", f"Automatisch antwoord: {subj(n)}"),
        ("Message-ID", "<autoreply.1720940440.b.visser@mail.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
    ], text(body, cte="7bit"))


@mail(slug="inxmail-service-news", issue=None, vid=None, event="ignore", lang="de",
      kind="product", family="Inxmail", named="n/a",
      note="Inxmail: German marketing newsletter from news.de.rsnl.nl with List-Unsubscribe: "
           "ticket-portal feature news, maintenance window 27.07., prices; no issue")
def _():
    plain = (
        "RSNL Service-News Juli 2024\n\n"
        "1) Neue Firmware 4.12 für Kartenterminals\n"
        "Ab 22.07. spielen wir die Firmware schrittweise ein. Ein Ticket müssen Sie dafür nicht "
        "eröffnen.\n\n"
        "2) Ticket-Portal: Statusverlauf\n"
        "Im Portal sehen Sie jetzt für jedes Ticket den kompletten Statusverlauf - von "
        "'Neu' bis 'Geschlossen'.\n\n"
        "3) Wartungsfenster\n"
        "Sa., 27.07.2024, 22:00 bis So. 02:00 Uhr: Portal und E-Mail-Eingang eingeschränkt.\n\n"
        "Angebot des Monats: 15 % auf Thermobonrollen 80 mm (Karton à 50 Stück 39,90 € statt "
        "46,90 €).\n\n"
        "Abmelden: https://news.de.rsnl.nl/u?m=4471A&l=de\n"
        "RSNL Deutschland GmbH, Hansaring 61, 50670 Köln\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
            "<table width=\"600\" align=\"center\"><tr><td><h1>RSNL Service-News Juli 2024</h1>"
            + html_from_text(plain.split("\n", 2)[2]) + "</td></tr></table>"
            "<img src=\"https://news.de.rsnl.nl/o/4471A.gif\" width=\"1\" height=\"1\" alt=\"\">"
            "</body></html>")
    return msg([
        ("Date", "Mon, 15 Jul 2024 07:00:00 +0200"),
        ("From", addr("RSNL Deutschland", "newsletter@news.de.rsnl.nl")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Service-News Juli: neue Terminal-Firmware & 15 % auf Bonrollen"),
        ("Message-ID", "<4471A.20240715070000.nl-de@mta.inxmail.com>"),
        ("List-Id", "RSNL Service-News <service-news.news.de.rsnl.nl>"),
        ("List-Unsubscribe", "<https://news.de.rsnl.nl/u?m=4471A&l=de>,\n"
                             " <mailto:unsubscribe-4471A@news.de.rsnl.nl>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Inxmail Professional"),
    ], multi("alternative", [text(plain), text(html, "html", cte="base64")], "inx_4471A_alt"))


@mail(slug="pocomail-battery-shipped", issue=213, vid=None, event="update", lang="en",
      kind="human", family="PocoMail", named="threading",
      note="PocoMail: British English reply from the spares desk with a shortened hand-made "
           "subject and no tag; In-Reply-To our Message-ID; battery shipped, 'nothing has been "
           "fixed yet'; no RSNL ticket id at all; decoys: DHL waybill 1234567890, RMA 88213, "
           "postcode M1 3PQ")
def _():
    n = 213
    body = (
        "Hello Sam,\n\n"
        "Replacement battery pack for the handheld (model HS-40, 3.7 V 5200 mAh) went out this "
        "morning with DHL Express, waybill 1234567890 - should be with the store tomorrow "
        "before 12:00.\n\n"
        "Please send the old pack back in the same box using the enclosed return label, RMA "
        "88213. Don't ship it loose, it's a lithium battery.\n\n"
        "I'll let you know once the carrier confirms delivery; nothing has been fixed yet at the "
        "store end until the new pack is in.\n\n"
        "Regards\nGareth Price\nRSNL Spares & Logistics, Unit 4, Ashford Road, Manchester M1 3PQ\n"
        "+44 161 496 0732\n\n"
        "On 13/07/2024 08:00, StoreDesk wrote:\n" + quote(our_body(n)))
    return msg([
        ("Date", "Mon, 15 Jul 2024 10:50:13 +0200"),
        ("From", addr("Gareth Price", "gareth.price@uk.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Re: Handheld scanner battery"),
        ("Message-ID", "<20240715095013.0A12@uk.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "PocoMail 4.8 (5000) - Licensed Version"),
    ], text(body, cs="us-ascii", cte="7bit"))


@mail(slug="interia-waga-w-serwisie", issue=240, vid="PL/2024/0719", event="update", lang="pl",
      kind="human", family="Interia Poczta", named="subject-tag",
      note="Interia Poczta: Polish reply of the scale workshop from a private interia.pl address, "
           "'Odp:' prefix, ISO-8859-2; number PL/2024/0719 with slashes; 'Waga nie jest jeszcze "
           "naprawiona' (not yet repaired); decoys: NIP 527-123-45-67, postcode 01-217, "
           "address 5/7")
def _():
    n = 240
    body = (
        "Dzień dobry,\n\n"
        "waga z Den Haag Spui dotarła do naszego serwisu w piątek. Zgłoszenie prowadzimy pod "
        "numerem PL/2024/0719.\n\n"
        "Diagnoza: uszkodzony czujnik tensometryczny, do wymiany. Część jest zamówiona, czas "
        "oczekiwania ok. 5 dni roboczych. Waga nie jest jeszcze naprawiona - do tego czasu "
        "proszę korzystać z wagi zastępczej, którą technik zostawił w sklepie.\n\n"
        "Pozdrawiam\nTomasz Wójcik\nSerwis wag RSNL Polska\nul. Kolejowa 5/7, 01-217 Warszawa\n"
        "NIP 527-123-45-67, tel. 22 631 08 44\n\n"
        "Dnia 12 lipca 2024 09:00 StoreDesk <helpdesk@ops.storedesk.example> napisał(a):\n"
        + quote(our_body(n)))
    return msg([
        ("Date", "Mon, 15 Jul 2024 12:20:07 +0200"),
        ("From", addr("Tomasz Wójcik", "tomasz.wojcik.serwis@interia.pl")),
        ("To", OUR),
        ("Subject", f"Odp: {subj(n)}"),
        ("Message-ID", "<ffa0b3c2d1e94f87a6b5c4d3e2f1a0b9@interia.pl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "interia.pl/pf09"),
    ], text(body, cs="iso-8859-2", cte="quoted-printable"))


@mail(slug="helpdeskeddy-reopened", issue=239, vid="6640", event="update", lang="en",
      kind="product", family="HelpdeskEddy", named="subject-tag",
      note="HelpdeskEddy: English 'Request reopened' notice after our follow-up: status Resolved "
           "-> Open, 'Resolved on' cleared; plain-digit id 6640 in the [#...] prefix; decoys: "
           "dates 12.07.2024 / 15.07.2024")
def _():
    n = 239
    body = (
        "Hello,\n\n"
        "Request #6640 has been reopened because a new message was received after it was "
        "marked as resolved.\n\n"
        "Request: #6640\n"
        f"Subject: {subj(n)}\n"
        "Status: Resolved -> Open\n"
        "Resolved on: 12.07.2024 16:00 (cleared)\n"
        "Assigned to: NOC team\n\n"
        "Latest message (StoreDesk, 15.07.2024 08:40):\n"
        "\"The router LEDs are red again since opening this morning.\"\n\n"
        "An engineer will contact you shortly.\n\n"
        "-- \nRSNL Support - https://rsnl.helpdeskeddy.com/ticket/6640\n")
    return msg([
        ("Date", "Mon, 15 Jul 2024 08:45:12 +0200"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Sender", "noreply@helpdeskeddy.com"),
        ("To", OUR),
        ("Subject", f"[#6640] Request reopened: {subj(n)}"),
        ("Message-ID", "<hde.6640.reopen.1721025912@helpdeskeddy.com>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(slug="livechat-ticket-solved", issue=215, vid="7XK2QN", event="resolved", lang="en",
      kind="product", family="LiveChat", named="threading",
      note="LiveChat: English 'Your ticket has been solved' with a generic subject and no tag, "
           "threaded by References to our Message-ID; alphanumeric ticket id 7XK2QN in footer "
           "and link; rating links; reply-to-reopen sentence")
def _():
    body = (
        "Hello,\n\n"
        "Your ticket has been marked as solved by Eva de Boer:\n\n"
        "\"Hi Sam, our engineer replaced the keyboard on the till this morning and tested every "
        "key, nothing sticks any more. The old keyboard had a spilled drink under the keycaps.\"\n\n"
        "If you feel the issue is not resolved, simply reply to this email and the ticket will "
        "be reopened.\n\n"
        "How would you rate the support you received?\n"
        "Good: https://my.livechatinc.com/rate/7XK2QN?r=good\n"
        "Bad: https://my.livechatinc.com/rate/7XK2QN?r=bad\n\n"
        "Ticket ID: 7XK2QN\nhttps://my.livechatinc.com/tickets/7XK2QN\n\n"
        "RSNL Support, powered by LiveChat\n")
    return msg([
        ("Date", "Tue, 16 Jul 2024 10:03:19 +0000"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Sender", "tickets@livechatinc.com"),
        ("To", OUR),
        ("Subject", "Your ticket has been solved"),
        ("Message-ID", "<ticket-solved-1721124199.4409@livechatinc.com>"),
        ("References", mid(215)),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body, cte="7bit"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cte="7bit")], "lc_7XK2QN_solved"))


@mail(slug="elasticemail-phishing", issue=None, vid=None, event="ignore", lang="en",
      kind="product", family="Elastic Email", named="n/a",
      note="Elastic Email: English phishing from the look-alike domain rsnl-ticketdesk.com sent "
           "through a bulk-mail service, copying our STORE-244 subject and demanding payment of "
           "an 'outstanding invoice' with a verify link; failed SPF/DKIM")
def _():
    n = 244
    body = (
        "Dear customer,\n\n"
        f"Your ticket {subj(n)} has been put ON HOLD due to an unpaid invoice "
        "(INV-24-55871, EUR 1.284,50).\n\n"
        "To avoid suspension of ALL service contracts, verify your payment details within "
        "24 hours:\n\nhttp://rsnl-ticketdesk.com/secure/verify?acc=helpdesk%40ops.storedesk.example\n\n"
        "Regards,\nRSNL Billing Department\n")
    return msg([
        ("Authentication-Results", "mx.ops.storedesk.example; spf=fail\n"
                                   " smtp.mailfrom=bounces.elasticemail.net; dkim=none;"
                                   " dmarc=fail header.from=rsnl-ticketdesk.com"),
        ("Date", "Wed, 17 Jul 2024 07:12:44 +0200"),
        ("From", addr("RSNL Support Billing", "billing@rsnl-ticketdesk.com")),
        ("Reply-To", "rsnl.billing.dept@gmx-mail.example"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", f"URGENT {tag(n)}: service suspended - outstanding invoice"),
        ("Message-ID", "<4f7a1c2e.ee.8821@api.elasticemail.com>"),
        ("X-Msg-EID", "4f7a1c2e-ee-8821"),
        ("List-Unsubscribe", "<https://api.elasticemail.com/unsubscribe?id=4f7a1c2e>"),
    ], text(body, cte="8bit"))


@mail(slug="apptivo-other-customer", issue=None, vid=None, event="ignore", lang="en",
      kind="product", family="Apptivo", named="n/a",
      note="Apptivo: English 'New Case Created - Case# 2231' for another customer (Bakkerij Van "
           "Dam, coffee machine) mis-addressed to our mailbox; same template as our case 2217")
def _():
    rows = [("Case Number", "2231"), ("Case Summary", "Koffiemachine lekt water"),
            ("Customer", "Bakkerij Van Dam"), ("Customer Reference", "BVD-0716-2"),
            ("Case Type", "Incident"), ("Priority", "Medium"), ("Status", "New"),
            ("Assigned To", "NL Field Service"), ("Date Resolved", "")]
    plain = ("Dear Bakkerij Van Dam,\n\n"
             "Thank you for contacting RSNL Nederland. A new case has been created for your "
             "request.\n\n" + "".join(f"{k}: {v}\n" for k, v in rows) +
             "\nRegards,\nRSNL Nederland Customer Care\n\nPowered by Apptivo\n")
    return msg([
        ("Date", "Tue, 16 Jul 2024 08:30:00 +0000"),
        ("From", addr("RSNL Nederland Customer Care", "no-reply@apptivo.com")),
        ("Reply-To", "cases+rsnl-2231@apptivo.com"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "New Case Created - Case# 2231"),
        ("Message-ID", "<apptivo.case.2231.1721118600@apptivo.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(plain, cte="7bit"))


@mail(slug="clickup-status-complete", issue=216, vid="86c0k3x2m", event="resolved", lang="en",
      kind="product", family="ClickUp", named="subject-tag",
      note="ClickUp: English task notification 'changed status from in progress to complete' "
           "for a task named after our subject; the task id 86c0k3x2m appears only in the "
           "'View task' / unfollow links; decoys: fan module FAN-T2-01, firmware 16.12.4, 41 °C")
def _():
    n = 216
    body = (
        "Jeroen Bos changed status from in progress to complete\n\n"
        f"RSNL NOC > Store network > {subj(n)}\n\n"
        "Jeroen Bos commented:\n"
        "Fan tray in the access switch had failed, that was the beeping (alarm every 30 s). "
        "Swapped fan module FAN-T2-01 on site, switch temperature back to 41 °C and no alarms "
        "for 12 h. Firmware left on 16.12.4. Marking this complete, the store can shout if it "
        "beeps again.\n\n"
        "View task: https://app.clickup.com/t/86c0k3x2m\n\n"
        "Reply to this email to comment on the task.\n"
        "Unfollow this task: https://app.clickup.com/notifications/unfollow/86c0k3x2m\n")
    html = ("<html><body><p><b>Jeroen Bos</b> changed status from <span style=\"color:#7b68ee\">"
            "in progress</span> to <span style=\"color:#6bc950\">complete</span></p>"
            + html_from_text(body.split("\n\n", 1)[1].split("View task")[0]) +
            "<p><a href=\"https://app.clickup.com/t/86c0k3x2m\">View task</a></p></body></html>")
    return msg([
        ("Date", "Wed, 17 Jul 2024 09:40:02 +0000"),
        ("From", addr("ClickUp", "notifications@tasks.clickup.com")),
        ("Reply-To", "reply+a7f3e92b1c@tasks.clickup.com"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", f"Jeroen Bos changed the status of {subj(n)}"),
        ("Message-ID", "<0100019019b2c7d4-5e2a8f31-7c1b-4f0e-9d3a-2b6e81c4f5a7-000000@email.clickup.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body), text(html, "html")], "cu-status-complete"))
