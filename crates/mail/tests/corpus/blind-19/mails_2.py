"""STORE-204, STORE-233, STORE-205 (WerkbonApp + survey), STORE-260, STORE-234, STORE-259,
STORE-237 (read receipt)."""
from common import *


@mail(slug="apptivo-case-created", issue=204, vid="2217", event="acknowledged", lang="en",
      kind="product", family="Apptivo", named="field-tag",
      note="Apptivo: English 'New Case Created - Case# 2217' with a replaced subject and no "
           "threading; our tag only in the 'Customer Reference' field of the label: value block; "
           "empty 'Date Resolved:' field; decoys: terminal S/N 80422991, 24/7 line 085 303 2200")
def _():
    n = 204
    rows = [("Case Number", "2217"), ("Case Summary", title(n)), ("Customer", "StoreDesk"),
            ("Customer Reference", tag(n)), ("Case Type", "Incident"), ("Priority", "High"),
            ("Status", "New"), ("Assigned To", "NL Payments Team"), ("Date Resolved", ""),
            ("Terminal S/N", "80422991")]
    plain = ("Dear StoreDesk,\n\n"
             "Thank you for contacting RSNL Nederland. A new case has been created for your "
             "request.\n\n"
             + "".join(f"{k}: {v}\n" for k, v in rows) +
             "\nOur payments desk can also be reached at 085 303 2200 (24/7 for card terminal "
             "outages).\n\nRegards,\nRSNL Nederland Customer Care\n\nPowered by Apptivo\n")
    html = ("<html><body><p>Dear StoreDesk,</p><p>Thank you for contacting RSNL Nederland. A new "
            "case has been created for your request.</p>\n<table border=\"1\" cellpadding=\"4\">\n"
            + "".join(f"<tr><td><b>{k}</b></td><td>{html_escape(v) or '&nbsp;'}</td></tr>\n"
                      for k, v in rows) +
            "</table>\n<p>Our payments desk can also be reached at 085 303 2200 (24/7 for card "
            "terminal outages).</p><p>Regards,<br>RSNL Nederland Customer Care</p>\n"
            "<p style=\"font-size:10px;color:#888\">Powered by Apptivo</p></body></html>")
    return msg([
        ("Date", "Thu, 04 Jul 2024 07:11:27 +0000"),
        ("From", addr("RSNL Nederland Customer Care", "no-reply@apptivo.com")),
        ("Reply-To", "cases+rsnl-2217@apptivo.com"),
        ("To", OUR),
        ("Subject", "New Case Created - Case# 2217"),
        ("Message-ID", "<apptivo.case.2217.1720077087@apptivo.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(plain, cte="7bit"), text(html, "html", cte="quoted-printable")],
             "=_apptivo_2217_a"))


@mail(slug="typeapp-acquirer-whitelist", issue=204, vid="2217", event="update", lang="en",
      kind="human", family="TypeApp", named="subject-tag",
      note="TypeApp: English top-posted reply from an engineer on the road: acquirer has not "
           "whitelisted the terminal, 'Not solved yet', possible swap after 12:00; case 2217 "
           "stated in prose; decoys: TID 40128833, response code 05")
def _():
    n = 204
    plain = (
        "Hi Sam,\n\n"
        "Quick one from the road re case 2217. The terminal in Den Haag Spui was moved to the "
        "new acquirer profile last night, but TID 40128833 was not whitelisted on their side, "
        "so every card comes back 'declined - 05'. We've asked the acquirer to fix it, they "
        "promise before 12:00 today.\n\n"
        "Not solved yet. If it still declines after 12:00 I'll drive over and swap the "
        "terminal, the spare is in the van.\n\n"
        "Mark\n\nSent from TypeApp\n\n"
        "On Jul 4, 2024, at 09:00, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n"
        + quote(our_body(n), ">"))
    html = ("<html><head></head><body><div dir=\"auto\">" + html_from_text(plain.split("On Jul 4")[0])
            + "</div><div class=\"gmail_quote\">On Jul 4, 2024, at 09:00, StoreDesk &lt;"
            "helpdesk@ops.storedesk.example&gt; wrote:<blockquote style=\"margin:0 0 0 .8ex;"
            "border-left:1px #ccc solid;padding-left:1ex\">"
            + html_from_text(our_body(n)) + "</blockquote></div></body></html>")
    return msg([
        ("Date", "Fri, 05 Jul 2024 08:25:44 +0200"),
        ("From", addr("Mark Hoekstra", "m.hoekstra@rsnl.nl")),
        ("To", OUR),
        ("Subject", f"Re: {subj(n)}"),
        ("Message-ID", "<8a4c1d7e-2b5f-4c11-9a55-0f3e7d2c8b61@typeapp.com>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "TypeApp for Android"),
    ], multi("alternative", [text(plain, cte="quoted-printable"),
                             text(html, "html", cte="quoted-printable")],
             "----8CBU3ZMYQ8J0E6JNNAWT3ZP1W0P9XO"))


@mail(slug="kiamo-accuse-reception", issue=233, vid="2024.07.05.0117", event="acknowledged",
      lang="fr", kind="product", family="Kiamo", named="subject-tag",
      note="Kiamo: French contact-centre auto-acknowledgement, date-based dossier number "
           "2024.07.05.0117 with dots behind our tag in the subject; decoys: free number "
           "0 805 290 114, 4 heures ouvrées, postcode 59000, received date 05/07/2024")
def _():
    n = 233
    body = (
        "Bonjour,\n\n"
        "Nous accusons réception de votre e-mail du 05/07/2024 à 09:00, enregistré sous le "
        "numéro de dossier 2024.07.05.0117.\n\n"
        "Un conseiller vous répondra dans un délai de 4 heures ouvrées (du lundi au vendredi, "
        "8h30 - 18h00). Pour toute urgence, appelez le 0 805 290 114 (service et appel "
        "gratuits) en indiquant ce numéro de dossier.\n\n"
        "Merci de ne pas modifier l'objet de ce message si vous nous répondez.\n\n"
        "Cordialement,\n"
        "Le service clients RSNL France\n12 rue de Tournai, 59000 Lille\n\n"
        "Ce message a été généré automatiquement, merci de ne pas y répondre directement.\n")
    return msg([
        ("Date", "Fri, 05 Jul 2024 09:20:18 +0200"),
        ("From", addr("RSNL France - Service clients", "serviceclients@fr.rsnl.nl")),
        ("To", OUR),
        ("Subject", f"RE: {subj(n)} [Dossier 2024.07.05.0117]"),
        ("Message-ID", "<kiamo-mail-0117-20240705092018@crc.fr.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Kiamo"),
    ], text(body, cs="windows-1252", cte="quoted-printable"))


WB_ACK = "<wb-24-0731.created@werkbonapp.nl>"


@mail(slug="werkbonapp-created", issue=205, vid="WB-24-0731", event="acknowledged", lang="nl",
      kind="product", family="WerkbonApp", named="threading",
      note="WerkbonApp: Dutch 'Nieuwe werkbon WB-24-0731 aangemaakt'; neither tag nor title in "
           "the mail (own Dutch description), identified only by In-Reply-To to our Message-ID; "
           "decoys: postcode 5611 AE, planned date 08-07-2024, phone 040 291 33 70")
def _():
    body = (
        "Beste klant,\n\n"
        "Voor uw melding is werkbon WB-24-0731 aangemaakt.\n\n"
        "Werkbonnummer: WB-24-0731\n"
        "Opdrachtgever: StoreDesk B.V.\n"
        "Adres: Piazza 12, 5611 AE Eindhoven\n"
        "Omschrijving: storing draadloos netwerk winkel, verbinding valt regelmatig weg\n"
        "Geplande datum: 08-07-2024\n"
        "Monteur: nog niet toegewezen\n\n"
        "U ontvangt een bericht zodra de monteur onderweg is.\n\n"
        "Met vriendelijke groet,\nRSNL Service Zuid\n040 291 33 70\n\n"
        "Deze e-mail is verstuurd via WerkbonApp\n")
    return msg([
        ("Date", "Fri, 05 Jul 2024 09:31:40 +0200"),
        ("From", addr("RSNL Service Zuid", "noreply@werkbonapp.nl")),
        ("Reply-To", addr("RSNL Service Zuid", "planning@rsnl.nl")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Nieuwe werkbon WB-24-0731 aangemaakt"),
        ("Message-ID", WB_ACK),
        ("In-Reply-To", mid(205)),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(slug="werkbonapp-afgerond", issue=205, vid="WB-24-0731", event="closed", lang="nl",
      kind="product", family="WerkbonApp", named="title-store",
      note="WerkbonApp: Dutch 'Werkbon WB-24-0731 is afgerond en afgesloten' with the signed work "
           "order as PDF; no tag and no threading, title and store only in 'Werkomschrijving'; "
           "decoys: invoice 2024-1187, prices € 78,50 / € 349,00 / € 466,75")
def _():
    n = 205
    body = (
        "Beste klant,\n\n"
        "Werkbon WB-24-0731 is afgerond en afgesloten.\n\n"
        f"Werkomschrijving: {title(n)} — {store(n)}\n"
        "Uitgevoerde werkzaamheden: access point boven de kassa's vervangen (oude AP raakte "
        "oververhit), firmware van de controller bijgewerkt, kanalen 1/6/11 ingesteld. Twee uur "
        "gemonitord: geen onderbrekingen meer.\n"
        "Monteur: Youssef El Amrani\n"
        "Arbeid: 1,5 uur à € 78,50\n"
        "Materiaal: 1x access point € 349,00\n"
        "Totaal excl. btw: € 466,75\n"
        "Factuurnummer: 2024-1187 (volgt apart per e-mail)\n\n"
        "De getekende werkbon vindt u in de bijlage.\n\n"
        "Met vriendelijke groet,\nRSNL Service Zuid\n")
    return msg([
        ("Date", "Tue, 09 Jul 2024 17:45:03 +0200"),
        ("From", addr("RSNL Service Zuid", "noreply@werkbonapp.nl")),
        ("Reply-To", addr("RSNL Service Zuid", "planning@rsnl.nl")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Werkbon WB-24-0731 is afgerond"),
        ("Message-ID", "<wb-24-0731.completed@werkbonapp.nl>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", [text(body, cte="quoted-printable"),
                       attach(fake_pdf("Werkbon WB-24-0731"), "application/pdf",
                              "Werkbon WB-24-0731.pdf")], "wb_0731_mixed"))


@mail(slug="surveysparrow-nps", issue=None, vid=None, event="ignore", lang="nl",
      kind="product", family="SurveySparrow", named="n/a",
      note="SurveySparrow: Dutch satisfaction survey about the closed work order, our STORE-205 "
           "tag in the subject and a 0-10 rating scale with links: a survey, not a status event")
def _():
    scale = "  ".join(f"[{i}] https://rsnl.surveysparrow.com/s/nps/wb?r={i}" for i in (0, 5, 10))
    body = (
        "Beste klant,\n\n"
        f"Onlangs hebben wij uw melding {subj(205)} afgehandeld (werkbon WB-24-0731).\n\n"
        "Hoe waarschijnlijk is het dat u RSNL aanbeveelt aan een collega? (0 = zeer "
        "onwaarschijnlijk, 10 = zeer waarschijnlijk)\n\n" + scale + "\n\n"
        "Het invullen duurt minder dan een minuut.\n\n"
        "Geen enquêtes meer ontvangen? https://rsnl.surveysparrow.com/unsubscribe?u=8812\n")
    return msg([
        ("Date", "Wed, 10 Jul 2024 10:00:00 +0000"),
        ("From", addr("RSNL Klantenservice", "surveys@mail.surveysparrow.com")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", f"Hoe tevreden bent u over de afhandeling van [{tag(205)}]?"),
        ("Message-ID", "<nps.wb0731.8812@mail.surveysparrow.com>"),
        ("List-Unsubscribe", "<https://rsnl.surveysparrow.com/unsubscribe?u=8812>"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(slug="lark-ro-recycler-fixed", issue=260, vid="RO-B7K-2291", event="resolved", lang="ro",
      kind="human", family="Lark Mail", named="subject-tag",
      note="Lark Mail: Romanian reply from the Bucharest cash centre (+0300): E17 sensor cleaned "
           "remotely, 'Problema este rezolvată' but ticket RO-B7K-2291 (dashed letter-digit "
           "groups) stays open one more day; decoys: 20 × 50 €, caseta 3, phone +40 21 310 44 92")
def _():
    n = 260
    body = (
        "Bună ziua,\n\n"
        "Am preluat de la distanță reciclatorul din Madrid Preciados. Eroarea E17 venea de la "
        "senzorul de transport al casetei 3, acoperit cu praf de bancnote; colegul din magazin "
        "l-a curățat după instrucțiunile noastre, iar eu am resetat contoarele și am rulat "
        "testul de depunere/retragere de 3 ori (20 × 50 €).\n\n"
        "Problema este rezolvată. Tichetul nostru RO-B7K-2291 rămâne deschis până mâine seară "
        "pentru monitorizare, apoi îl închidem.\n\n"
        "Cu stimă,\nAndrei Popescu\nCentrul de competență numerar RSNL, București\n"
        "+40 21 310 44 92\n\n"
        "Pe 4 iul. 2024, la 09:00, StoreDesk <helpdesk@ops.storedesk.example> a scris:\n"
        + quote(our_body(n)))
    return msg([
        ("Date", "Fri, 05 Jul 2024 18:02:11 +0300"),
        ("From", addr("Andrei Popescu", "andrei.popescu@ro.rsnl.nl")),
        ("To", OUR),
        ("Cc", "support@rsnl.nl"),
        ("Subject", f"Re: {subj(n)}"),
        ("Message-ID", "<f3c9e21a7b0d4e5c8a1b2c3d4e5f6071@ro.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "Lark Mail"),
    ], text(body, cte="base64"))


@mail(slug="fieldcontrol-os-concluida", issue=234, vid="5520", event="resolved", lang="pt",
      kind="product", family="Field Control", named="threading",
      note="Field Control: Portuguese 'Ordem de serviço nº 5520 concluída' from a Brazilian server "
           "(-0300), own Portuguese service description, no tag, identified by In-Reply-To only; "
           "decoys: NIF 501 234 567 in spaced digits, postcode 4000-443, 0,00 €")
def _():
    body = (
        "Olá, StoreDesk!\n\n"
        "A ordem de serviço nº 5520 foi concluída pelo técnico Rui Almeida em 08/07/2024 às "
        "10:48.\n\n"
        "Serviço: Terminal de pagamento - recusa todos os cartões\n"
        "Cliente: StoreDesk (NIF 501 234 567)\n"
        "Morada: Rua de Santa Catarina 312, 4000-443 Porto\n"
        "Descrição da execução: terminal reinicializado e chaves do adquirente recarregadas; "
        "três transações de teste aprovadas (Visa, Mastercard, Multibanco).\n"
        "Valor: 0,00 € (contrato de manutenção)\n\n"
        "Avalie o atendimento: https://app.fieldcontrol.com.br/avaliacao/5520?t=Qm9yZGE\n\n"
        "Field Control\n")
    return msg([
        ("Date", "Mon, 08 Jul 2024 07:00:52 -0300"),
        ("From", addr("RSNL Portugal - Assistência Técnica", "naoresponda@fieldcontrol.com.br")),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Ordem de serviço nº 5520 concluída"),
        ("Message-ID", "<os-5520-concluida.1720432852@fieldcontrol.com.br>"),
        ("In-Reply-To", mid(234)),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body, cte="8bit"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cte="base64")], "fc-5520-alt"))


@mail(slug="combit-ersatzteil-bestellt", issue=259, vid="SA-24-0291", event="update", lang="de",
      kind="product", family="combit CRM", named="field-tag",
      note="combit CRM: German 'Serviceauftrag SA-24-0291 – Statusänderung' (Neu -> Ersatzteil "
           "bestellt), our tag only in 'Ihre Referenz:', empty 'Erledigt am: –'; decoys: article "
           "300-0147-02, appointment 09.07.2024 08:00–10:00, phone 0221 277 310-0")
def _():
    n = 259
    body = (
        "Sehr geehrte Damen und Herren,\n\n"
        "der Status Ihres Serviceauftrags hat sich geändert.\n\n"
        "Serviceauftrag: SA-24-0291\n"
        f"Ihre Referenz: {tag(n)}\n"
        f"Betreff: {title(n)}\n"
        f"Standort: {store(n)}\n"
        "Status alt: Neu\n"
        "Status neu: Ersatzteil bestellt\n"
        "Erledigt am: –\n"
        "Nächster Termin: Di., 09.07.2024, 08:00–10:00 Uhr\n\n"
        "Bemerkung des Technikers:\n"
        "Das Spiralkabel zum PIN-Pad ist am Stecker gebrochen. Ersatzkabel (Art.-Nr. "
        "300-0147-02) ist bestellt, Lieferung voraussichtlich Montag. Bis dahin das Gerät "
        "bitte nicht mehr bewegen.\n\n"
        "Mit freundlichen Grüßen\nIhr RSNL Service-Team\n"
        "Hansaring 61, 50670 Köln · Tel. 0221 277 310-0\n\n"
        "Diese Nachricht wurde automatisch von combit CRM erstellt.\n")
    return msg([
        ("Date", "Thu, 04 Jul 2024 14:00:40 +0200"),
        ("From", addr("RSNL Deutschland Service", "service@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Serviceauftrag SA-24-0291 – Statusänderung"),
        ("Message-ID", "<SA-24-0291.3.20240704140040@crm.de.rsnl.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "combit CRM"),
    ], text(body, cte="quoted-printable"))


@mail(slug="kolab-read-receipt", issue=None, vid=None, event="ignore", lang="nl",
      kind="product", family="Kolab", named="n/a",
      note="Kolab: Dutch read receipt (multipart/report disposition-notification) 'Gelezen: "
           "[STORE-237] ...' from an RSNL mailbox: says only that the mail was displayed")
def _():
    n = 237
    txt = ("Dit is een leesbevestiging voor het bericht dat u verstuurde aan m.kuipers@rsnl.nl.\n\n"
           f"Onderwerp: {subj(n)}\n"
           "Verzonden: 09-07-2024 09:00\n\n"
           "Opmerking: dit betekent alleen dat het bericht op de computer van de ontvanger is "
           "weergegeven. Er is geen garantie dat de ontvanger de inhoud heeft gelezen of "
           "begrepen.\n")
    mdn = ("Reporting-UA: Kolab Webclient; kolabnow.com\n"
           "Original-Recipient: rfc822;m.kuipers@rsnl.nl\n"
           "Final-Recipient: rfc822;m.kuipers@rsnl.nl\n"
           f"Original-Message-ID: {mid(n)}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    return msg([
        ("Date", "Tue, 09 Jul 2024 09:41:00 +0200"),
        ("From", addr("Marieke Kuipers", "m.kuipers@rsnl.nl")),
        ("To", OUR),
        ("Subject", f"Gelezen: {subj(n)}"),
        ("Message-ID", "<a7c10be4f2d93e5b6c0d1e2f3a4b5c6d@kolabnow.com>"),
        ("References", mid(n)),
        ("User-Agent", "Kolab Webclient"),
    ], multi("report", [text(txt, cte="quoted-printable"),
                        raw("message/disposition-notification", mdn)],
             "=_f2a1c9d0e8b7a6c5", params="report-type=disposition-notification"))
