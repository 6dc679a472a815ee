"""STORE-201 (Omnidesk thread), STORE-202 (Usedesk thread), STORE-231, STORE-229, STORE-230."""
from common import *

OMNI_ACK = "<case.482310775.1719817361.a1@rsnl.omnidesk.ru>"
OMNI_REPLY = "<case.482310775.1719839829.r2@rsnl.omnidesk.ru>"
USEDESK_ACK = "<ud-31207745-0@mail.usedesk.com>"


@mail(slug="omnidesk-ack", issue=201, vid="482-310775", event="acknowledged", lang="nl",
      kind="product", family="Omnidesk", named="subject-tag",
      note="Omnidesk: Dutch auto-acknowledgement, case number 482-310775 as dashed digit groups in "
           "the product's [#...] subject prefix in front of our tag; decoys: phone 020 794 11 80, "
           "postcode 1012 AB, office hours 08:00-18:00")
def _():
    n = 201
    body = (
        "Beste Sam Jansen,\n\n"
        "Bedankt voor uw bericht. Wij hebben uw verzoek ontvangen en geregistreerd onder "
        "nummer 482-310775.\n\n"
        "Een medewerker van de RSNL Service Desk neemt zo snel mogelijk contact met u op. "
        "Tijdens kantooruren (ma-vr 08:00-18:00) is dat meestal binnen 2 uur.\n\n"
        "Wilt u nog iets aanvullen? Beantwoord dan deze e-mail en laat [#482-310775] in het "
        "onderwerp staan.\n\n"
        "Met vriendelijke groet,\n"
        "RSNL Service Desk\n"
        "Stationsplein 45, 1012 AB Amsterdam\n"
        "T 020 794 11 80 | support@rsnl.nl\n\n"
        "--- Uw bericht ---\n" + our_body(n))
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px">'
            + html_from_text(body) + '<p style="color:#999;font-size:11px">Omnidesk</p></div>')
    return msg([
        ("Received", "from mx3.omnidesk.ru (mx3.omnidesk.ru [185.12.92.40])\n"
                     " by mx.ops.storedesk.example with ESMTPS id 4WCq1F0kz9;\n"
                     " Mon, 01 Jul 2024 07:02:43 +0000"),
        ("Date", "Mon, 01 Jul 2024 07:02:41 +0000"),
        ("From", addr("RSNL Service Desk", "support@rsnl.nl")),
        ("Sender", "rsnl@omnidesk.ru"),
        ("Reply-To", "support@rsnl.nl"),
        ("To", OUR),
        ("Subject", f"[#482-310775] {subj(n)}"),
        ("Message-ID", OMNI_ACK),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", "Omnidesk"),
    ], multi("alternative", [text(body), text(html, "html")], "omni-b1-482310775"))


@mail(slug="omnidesk-agent-visit", issue=201, vid="482-310775", event="update", lang="nl",
      kind="human", family="Omnidesk", named="subject-tag",
      note="Omnidesk: Dutch agent reply sent through the helpdesk, reply-above-this-line marker, "
           "engineer visit planned for Tuesday 2 July 08:00-10:00, 'Nog niet opgelost'; decoys: "
           "technician mobile 06 41 22 87 09")
def _():
    n = 201
    body = (
        "## Graag boven deze regel antwoorden ##\n\n"
        "Hallo Sam,\n\n"
        "Ik heb de logging van kassa 3 op afstand bekeken: hij blijft hangen in de POST, nog "
        "voordat Windows start. Een software-oorzaak is dus onwaarschijnlijk.\n\n"
        "Morgen (dinsdag 2 juli) komt onze monteur Ruud tussen 08:00 en 10:00 langs met een "
        "vervangende SSD en een nieuw BIOS-batterijtje. Kan iemand hem via de "
        "personeelsingang binnenlaten? Hij belt vanaf 06 41 22 87 09 als hij voor de deur "
        "staat.\n\n"
        "Het is dus nog niet opgelost, ik houd jullie op de hoogte.\n\n"
        "Met vriendelijke groet,\n"
        "Lotte Vermeulen\n"
        "RSNL Service Desk - 2e lijn\n\n"
        "Case: 482-310775 | Status: In behandeling | Prioriteit: Hoog\n")
    return msg([
        ("Date", "Mon, 01 Jul 2024 13:17:09 +0000"),
        ("From", addr("Lotte Vermeulen (RSNL Service Desk)", "support@rsnl.nl")),
        ("Sender", "rsnl@omnidesk.ru"),
        ("To", OUR),
        ("Subject", f"[#482-310775] {subj(n)}"),
        ("Message-ID", OMNI_REPLY),
        ("In-Reply-To", OMNI_ACK),
        ("References", f"{mid(n)} {OMNI_ACK}"),
        ("X-Mailer", "Omnidesk"),
    ], text(body, cte="quoted-printable"))


@mail(slug="ziggo-technician-fixed", issue=201, vid="482-310775", event="resolved", lang="nl",
      kind="human", family="Ziggo Mail", named="subject-tag",
      note="Ziggo Mail: Dutch reply of a freelance engineer from a private ziggo.nl address (not "
           "rsnl.nl): till starts again, 'probleem opgelost' but he leaves the case open for the "
           "agent to close; decoys: SSD serial S6PNNX0T412873K, CR2032")
def _():
    n = 201
    quoted = (
        "## Graag boven deze regel antwoorden ##\n\nHallo Sam,\n\n"
        "Ik heb de logging van kassa 3 op afstand bekeken: hij blijft hangen in de POST, nog\n"
        "voordat Windows start. Een software-oorzaak is dus onwaarschijnlijk.\n"
        "[...]\nMet vriendelijke groet,\nLotte Vermeulen\nRSNL Service Desk - 2e lijn\n")
    body = (
        "Hoi Sam, Lotte,\n\n"
        "Kassa 3 in Amsterdam Centraal start weer normaal op. De SSD gaf SMART-fouten en is "
        "vervangen (nieuwe schijf SN S6PNNX0T412873K), image teruggezet en de kassa opnieuw "
        "aangemeld bij de POS-server. Ook het BIOS-batterijtje (CR2032) vervangen, de klok "
        "liep 3 dagen achter.\n\n"
        "Wat mij betreft is het probleem opgelost. Ik laat de case nog open tot de winkel "
        "vanavond een dagafsluiting heeft gedraaid, daarna kan Lotte hem sluiten.\n\n"
        "Werkbon komt via RSNL.\n\n"
        "Gr. Ruud\n\n"
        "Op 01-07-2024 15:17 schreef Lotte Vermeulen (RSNL Service Desk) <support@rsnl.nl>:\n"
        + quote(quoted))
    return msg([
        ("Date", "Tue, 02 Jul 2024 11:48:30 +0200"),
        ("From", addr("Ruud de Graaf", "ruud.degraaf@ziggo.nl")),
        ("To", addr("RSNL Service Desk", "support@rsnl.nl")),
        ("Cc", OUR),
        ("Subject", f"Re: [#482-310775] {subj(n)}"),
        ("Message-ID", "<1893270417.48211.1719913710512@webmail.ziggo.nl>"),
        ("In-Reply-To", OMNI_REPLY),
        ("References", f"{mid(n)} {OMNI_ACK} {OMNI_REPLY}"),
        ("Importance", "Normal"),
    ], text(body, cs="iso-8859-1", cte="quoted-printable"))


@mail(slug="omnidesk-closed", issue=201, vid="482-310775", event="closed", lang="nl",
      kind="product", family="Omnidesk", named="field-tag",
      note="Omnidesk: Dutch 'Uw verzoek is gesloten' notice; subject carries only the product's "
           "[#482-310775] token, our tag only in the 'Onderwerp:' field; 14-day reopen window and "
           "rating link; decoys: dates 02-07-2024 / 04-07-2024")
def _():
    n = 201
    body = (
        "Beste Sam Jansen,\n\n"
        "Uw verzoek [#482-310775] is gesloten.\n\n"
        f"Onderwerp: {subj(n)}\n"
        "Medewerker: Lotte Vermeulen\n"
        "Oplossing: SSD en BIOS-batterij vervangen door de monteur op 02-07-2024; "
        "dagafsluiting van 04-07-2024 zonder fouten.\n\n"
        "Is het probleem toch niet opgelost? Beantwoord deze e-mail binnen 14 dagen, dan wordt "
        "het verzoek automatisch heropend.\n\n"
        "Hoe hebben we het gedaan? https://rsnl.omnidesk.ru/rate?case=482-310775&s=5\n\n"
        "Met vriendelijke groet,\nRSNL Service Desk\n")
    return msg([
        ("Date", "Fri, 05 Jul 2024 07:30:00 +0000"),
        ("From", addr("RSNL Service Desk", "support@rsnl.nl")),
        ("Sender", "rsnl@omnidesk.ru"),
        ("To", OUR),
        ("Subject", "[#482-310775] Uw verzoek is gesloten"),
        ("Message-ID", "<case.482310775.1720164600.c9@rsnl.omnidesk.ru>"),
        ("References", f"{OMNI_ACK} {OMNI_REPLY}"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Omnidesk"),
    ], text(body, cte="base64"))


@mail(slug="usedesk-received", issue=202, vid="31207745", event="acknowledged", lang="en",
      kind="product", family="Usedesk", named="quoted-tag",
      note="Usedesk: English auto-acknowledgement with a replaced subject 'Your request #31207745 "
           "has been received', no threading headers, our tag only in the quoted original; "
           "decoys: knowledge-base article KB-2291, response time 3 h 10 min")
def _():
    n = 202
    body = (
        "Hello!\n\n"
        "Thank you for contacting RSNL Support. Your request has been registered under "
        "number #31207745.\n\n"
        "Our engineers work Monday to Friday, 08:00-18:00 CET. Average first response time "
        "this week: 3 h 10 min.\n\n"
        "While you wait: many printer problems are solved with knowledge base article KB-2291 "
        "\"Receipt printer shows offline after a power cut\":\n"
        "https://help.rsnl.nl/kb/2291\n\n"
        "Please keep the request number in the subject when you reply.\n\n"
        "Best regards,\nRSNL Support\n\n"
        "-------- Your message --------\n"
        "From: StoreDesk <helpdesk@ops.storedesk.example>\n"
        "Date: 02.07.2024 09:00\n"
        f"Subject: {subj(n)}\n\n" + our_body(n))
    return msg([
        ("Date", "Tue, 02 Jul 2024 07:06:12 +0000"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Sender", "robot@usedesk.com"),
        ("To", OUR),
        ("Subject", "Your request #31207745 has been received"),
        ("Message-ID", USEDESK_ACK),
        ("Auto-Submitted", "auto-replied"),
        ("X-Usedesk-Ticket-Id", "31207745"),
    ], multi("alternative", [text(body), text("<html><body>" + html_from_text(body)
                                              + "</body></html>", "html")],
             "----=_Usedesk_31207745_0"))


@mail(slug="usedesk-waiting-parts", issue=202, vid="31207745", event="update", lang="en",
      kind="product", family="Usedesk", named="threading",
      note="Usedesk: English status-change notice 'Open -> Waiting for parts' threaded to our "
           "Message-ID only; trap field 'Closed: No' and an empty 'Resolved at:'; decoys: "
           "purchase order 4500917733, due date 08.07.2024")
def _():
    body = (
        "Hello,\n\n"
        "The status of your request #31207745 has been changed.\n\n"
        "Status: Open -> Waiting for parts\n"
        "Assignee: Dennis Bakker\n"
        "Closed: No\n"
        "Resolved at: \n"
        "Due date: 08.07.2024\n\n"
        "Comment from Dennis Bakker:\n"
        "The print head is faulty (error LED blinks 3 times). A replacement is on order, "
        "purchase order 4500917733, expected delivery Friday. The printer stays offline until "
        "then, please use the printer of till 2 in the meantime.\n\n"
        "View the request: https://support.rsnl.nl/requests/31207745\n\n"
        "--\nRSNL Support\n")
    return msg([
        ("Date", "Wed, 03 Jul 2024 14:40:55 +0000"),
        ("From", addr("RSNL Support", "support@rsnl.nl")),
        ("Sender", "robot@usedesk.com"),
        ("To", OUR),
        ("Subject", 'Request #31207745: status changed to "Waiting for parts"'),
        ("Message-ID", "<ud-31207745-1@mail.usedesk.com>"),
        ("In-Reply-To", USEDESK_ACK),
        ("References", f"{mid(202)} {USEDESK_ACK}"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Usedesk-Ticket-Id", "31207745"),
    ], text(body, cte="7bit"))


@mail(slug="usedesk-agent-resolved", issue=202, vid="31207745", event="resolved", lang="en",
      kind="human", family="Usedesk", named="title-store",
      note="Usedesk: English agent reply in a new conversation without threading headers or tag; "
           "the helpdesk stripped our [STORE-n] prefix so only title and store name the issue; "
           "print head fitted, set to Resolved with a 7-day reopen window; decoy: phone "
           "+31 30 711 40 20")
def _():
    n = 202
    body = (
        "Hi Sam,\n\n"
        "Dennis from RSNL Support here. The new print head arrived on Friday and our engineer "
        "fitted it this morning at 07:30, before opening. Test receipts print fine and the "
        "printer reports online on the POS again.\n\n"
        "I have set your request to Resolved. If anything is still wrong, just reply to this "
        "email within 7 days and it reopens; otherwise it closes automatically.\n\n"
        "Kind regards,\nDennis Bakker\nRSNL Support | +31 30 711 40 20\n\n"
        f"Request #31207745 - {title(n)} — {store(n)} - Status: Resolved\n")
    return msg([
        ("Date", "Mon, 08 Jul 2024 08:12:37 +0000"),
        ("From", addr("Dennis Bakker | RSNL Support", "support@rsnl.nl")),
        ("Sender", "robot@usedesk.com"),
        ("To", OUR),
        ("Subject", f"Request #31207745: {title(n)} — {store(n)}"),
        ("Message-ID", "<ud-31207745-7@mail.usedesk.com>"),
        ("X-Usedesk-Ticket-Id", "31207745"),
    ], text(body, cte="quoted-printable"))


@mail(slug="bigfoot-work-request", issue=231, vid="3391", event="acknowledged", lang="en",
      kind="product", family="Bigfoot CMMS", named="title-store",
      note="Bigfoot CMMS: English 'Work Request #3391 Received' from a US-Eastern server (-0400, "
           "US date 07/03/2024); no tag, no threading; the title 'Till 3 frozen on boot' is the "
           "same as STORE-201, only the location Antwerpen Meir identifies STORE-231; decoy: "
           "asset tag AM-0417")
def _():
    body = (
        "A new work request has been submitted and is awaiting approval.\n\n"
        "Work Request #: 3391\n"
        "Requested By: helpdesk@ops.storedesk.example\n"
        "Date Requested: 07/03/2024 03:11 AM\n"
        "Location: Antwerpen Meir\n"
        "Asset: TILL-03 (Asset Tag AM-0417)\n"
        "Description: Till 3 frozen on boot\n"
        "Priority: High\n"
        "Status: Pending Approval\n\n"
        "You will receive another e-mail when the request is approved and converted to a "
        "work order.\n\n"
        "Check the status of your request: https://rsnl.bigfootcmms.com/wr/status?id=3391\n\n"
        "This is an automated message from Bigfoot CMMS. Please do not reply.\n")
    return msg([
        ("Date", "Wed, 03 Jul 2024 03:12:03 -0400"),
        ("From", addr("RSNL Facilities", "noreply@bigfootcmms.com")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Work Request #3391 Received"),
        ("Message-ID", "<wr3391.20240703071203@bigfootcmms.com>"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
    ], text(body, cs="us-ascii", cte="7bit"))


@mail(slug="centrum-cz-cable-closed", issue=229, vid="CZ-0133", event="closed", lang="cs",
      kind="human", family="Centrum.cz", named="subject-tag",
      note="Centrum.cz: Czech webmail reply of the Brno repair centre: cable replaced, test "
           "payment OK, 'Požadavek CZ-0133 tímto uzavírám'; decoys: RMA 601-2291, cable serial "
           "7C-20931-B, postcode 639 00, amount 0,01 €")
def _():
    n = 229
    body = (
        "Dobrý den,\n\n"
        "kabel k PIN padu jsme vyměnili - technik z naší pobočky v Eindhovenu ho včera "
        "odpoledne přivezl a zapojil, terminál od té doby funguje bez chyb (testovací platba "
        "0,01 € prošla).\n\n"
        "Požadavek CZ-0133 tímto uzavírám. Pokud by se závada objevila znovu, založte prosím "
        "nový požadavek.\n\n"
        "Starý kabel (sériové číslo 7C-20931-B) posíláme výrobci k reklamaci, RMA 601-2291.\n\n"
        "S pozdravem\nJiří Novotný\nRSNL opravárenské centrum, Vídeňská 89, 639 00 Brno\n"
        "tel. +420 543 211 908\n\n"
        "----- Původní zpráva -----\n"
        "Od: StoreDesk <helpdesk@ops.storedesk.example>\n"
        "Komu: RSNL Support <support@rsnl.nl>\n"
        "Datum: 1. 7. 2024 9:00:00\n"
        f"Předmět: {subj(n)}\n\n" + our_body(n))
    return msg([
        ("Date", "Wed, 03 Jul 2024 13:10:55 +0200"),
        ("From", addr("Jiří Novotný", "jiri.novotny@centrum.cz")),
        ("To", OUR),
        ("Cc", "support@rsnl.nl"),
        ("Subject", f"Re: {subj(n)}"),
        ("Message-ID", "<20240703131055.8B2F.jiri.novotny@centrum.cz>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "Centrum Email 5.3"),
    ], text(body, cte="quoted-printable"))


@mail(slug="minicrm-waiting-part", issue=230, vid="7719", event="update", lang="hu",
      kind="product", family="miniCRM", named="field-tag",
      note="miniCRM: Hungarian status-change notice 'Folyamatban -> Alkatrészre vár' with our tag "
           "only in the 'Ügyfél hivatkozás' field, ISO-8859-2 body, empty 'Lezárás dátuma:' "
           "(closing date) field; decoys: part number 01750-220-118, dates 2024.07.08./09.")
def _():
    n = 230
    body = (
        "Tisztelt Ügyfelünk!\n\n"
        "A(z) 7719 azonosítójú ügyének állapota megváltozott.\n\n"
        "Ügy azonosító: 7719\n"
        f"Tárgy: {title(n)}\n"
        f"Ügyfél hivatkozás: {tag(n)}\n"
        f"Helyszín: {store(n)}\n"
        "Régi állapot: Folyamatban\n"
        "Új állapot: Alkatrészre vár\n"
        "Felelős: Kovács Péter\n"
        "Lezárás dátuma: \n"
        "Határidő: 2024.07.09.\n\n"
        "Megjegyzés:\n"
        "Az E17 hibakód a bankjegy-továbbító modul szenzorhibáját jelzi. A cserealkatrészt "
        "(cikkszám 01750-220-118) megrendeltük, várható szállítás: 2024.07.08.\n\n"
        "Üdvözlettel:\nRSNL Készpénzkezelési Kompetenciaközpont\n+36 1 445 2870\n")
    return msg([
        ("Date", "Thu, 04 Jul 2024 10:45:00 +0200"),
        ("From", addr("RSNL Ügyfélszolgálat", "ugyfelszolgalat@hu.rsnl.nl")),
        ("Sender", "noreply@r3.minicrm.hu"),
        ("To", OUR),
        ("Subject", f"Ügy állapota megváltozott: #7719 {title(n)}"),
        ("Message-ID", "<minicrm.7719.status.1720082700@r3.minicrm.hu>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cs="iso-8859-2", cte="quoted-printable"))
