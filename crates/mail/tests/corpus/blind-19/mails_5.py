"""STORE-218 (Upsales + Wavebox), STORE-221 (Yuman), STORE-249 (Wrike), STORE-223 (WEB.DE,
T-Online), webinar invitation."""
from common import *

UPS_ACK = "<upsales.ticket.5810.created@mail.upsales.com>"


def _upsales_ack_body(n):
    return (
        "Hej!\n\n"
        "Tack för att du kontaktade RSNL Nordic POS-support. Ditt ärende har registrerats med "
        "nummer #5810 och en tekniker återkommer så snart som möjligt, normalt inom 4 timmar "
        "(vardagar 08-17).\n\n"
        "Svara på det här mejlet om du vill lägga till information och behåll ärendenumret i "
        "ämnesraden.\n\n"
        "Med vänliga hälsningar\nRSNL Nordic POS-support\nTelefon 08-522 311 40\n\n"
        "-------- Ursprungligt meddelande --------\n"
        "Från: StoreDesk <helpdesk@ops.storedesk.example>\n"
        "Datum: 2024-07-18 09:00\n"
        f"Ämne: {subj(n)}\n\n" + our_body(n))


@mail(slug="upsales-arende-registrerat", issue=218, vid="5810", event="acknowledged", lang="sv",
      kind="product", family="Upsales", named="quoted-tag",
      note="Upsales: Swedish 'Vi har tagit emot ditt ärende (#5810)' with a replaced subject and "
           "no threading; our tag only in the quoted original below an 'Ursprungligt meddelande' "
           "separator; decoys: phone 08-522 311 40, '4 timmar', date 2024-07-18")
def _():
    return msg([
        ("Date", "Thu, 18 Jul 2024 09:20:51 +0200"),
        ("From", addr("RSNL Nordic POS-support", "support@se.rsnl.nl")),
        ("Sender", "noreply@mail.upsales.com"),
        ("To", OUR),
        ("Subject", "Vi har tagit emot ditt ärende (#5810)"),
        ("Message-ID", UPS_ACK),
        ("Auto-Submitted", "auto-replied"),
    ], text(_upsales_ack_body(218), cte="quoted-printable"))


@mail(slug="wavebox-uppdatering-misslyckades", issue=218, vid="5810", event="update", lang="sv",
      kind="human", family="Wavebox", named="quoted-tag",
      note="Wavebox: Swedish engineer reply to the Upsales receipt ('SV:' prefix, Outlook-style "
           "Från/Skickat/Till/Ämne block), threaded to the receipt not to our mail; update failed "
           "again, 'inte löst än', rollback tonight 22.00; decoys: versions 24.3.1 / 24.2.7, "
           "error 0x80070643")
def _():
    body = (
        "Hej Sam,\n\n"
        "Kort lägesrapport: uppdateringen till kassaprogrammet 24.3.1 misslyckades igen i natt "
        "på två av fyra kassor i Groningen (felkod 0x80070643 vid databasmigreringen). Det är "
        "alltså inte löst än.\n\n"
        "Vi kör en manuell återställning till 24.2.7 ikväll kl. 22.00 och installerar om därifrån. "
        "Butiken behöver inte göra något, men kassorna ska vara påslagna.\n\n"
        "Jag återkommer i morgon bitti.\n\n/Linnea\nRSNL Nordic POS-support\n\n"
        "________________________________\n"
        "Från: RSNL Nordic POS-support <support@se.rsnl.nl>\n"
        "Skickat: torsdag 18 juli 2024 09:20\n"
        "Till: StoreDesk <helpdesk@ops.storedesk.example>\n"
        "Ämne: Vi har tagit emot ditt ärende (#5810)\n\n" + _upsales_ack_body(218))
    return msg([
        ("Date", "Fri, 19 Jul 2024 08:10:38 +0200"),
        ("From", addr("Linnea Berg", "linnea.berg@se.rsnl.nl")),
        ("To", OUR),
        ("Subject", "SV: Vi har tagit emot ditt ärende (#5810)"),
        ("Message-ID", "<CAF9q2wX7Lk0r3Tb8eN1pQ6vZ4yH5mJ2sD9gA0cU3iR7oE1nW8k@mail.se.rsnl.nl>"),
        ("In-Reply-To", UPS_ACK),
        ("References", UPS_ACK),
        ("User-Agent", "Wavebox/10.126.7.2"),
    ], multi("alternative", [text(body), text("<div dir=\"ltr\">" + html_from_text(body)
                                              + "</div>", "html")], "000000000000a1b2c3d4e5f6"))


@mail(slug="upsales-arende-lost", issue=218, vid="5810", event="resolved", lang="sv",
      kind="product", family="Upsales", named="title-store",
      note="Upsales: Swedish 'Ärende #5810 har markerats som löst' with neither tag nor threading: "
           "only 'Rubrik:' (title) and 'Butik:' (store); 5-day reopen window; decoys: versions "
           "24.2.7 / 24.3.1, time 23.40")
def _():
    n = 218
    body = (
        "Hej!\n\n"
        "Ditt ärende har markerats som löst av Linnea Berg.\n\n"
        "Ärende: #5810\n"
        f"Rubrik: {title(n)}\n"
        f"Butik: {store(n)}\n"
        "Lösning: Kassorna återställdes till 24.2.7 och uppdaterades därefter till 24.3.1 en "
        "och en. Alla fyra kassor startade och synkade mot servern kl. 23.40.\n\n"
        "Om problemet kvarstår kan du svara på det här mejlet inom 5 dagar, så öppnas ärendet "
        "igen.\n\n"
        "Med vänliga hälsningar\nRSNL Nordic POS-support\n")
    return msg([
        ("Date", "Sat, 20 Jul 2024 07:55:00 +0200"),
        ("From", addr("RSNL Nordic POS-support", "support@se.rsnl.nl")),
        ("Sender", "noreply@mail.upsales.com"),
        ("To", OUR),
        ("Subject", "Ärende #5810 har markerats som löst"),
        ("Message-ID", "<upsales.ticket.5810.solved@mail.upsales.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cs="iso-8859-1", cte="quoted-printable"))


def _yuman(lines, intro, outro):
    return ("Bonjour,\n\n" + intro + "\n\n" + "".join(f"{k} : {v}\n" for k, v in lines)
            + "\n" + outro + "\n\nCordialement,\nRSNL France – Service Interventions\n\n"
            "Envoyé via Yuman\n")


@mail(slug="yuman-demande-creee", issue=221, vid="DI-000193", event="acknowledged", lang="fr",
      kind="product", family="Yuman", named="field-tag",
      note="Yuman: French 'Nouvelle demande d'intervention DI-000193' (prefixed, zero-padded), our "
           "tag only in 'Votre référence :'; empty 'Date d'intervention : —' and 'Technicien : —'; "
           "decoys: postcode 59777, travel fee 89,00 € HT")
def _():
    n = 221
    body = _yuman([("Demande", "DI-000193"), ("Votre référence", tag(n)), ("Client", "StoreDesk"),
                   ("Site", "Euralille – 1 place François Mitterrand, 59777 Lille"),
                   ("Équipement", "Enregistreur vidéo (NVR)"),
                   ("Description", "Disque plein, plus aucun enregistrement"),
                   ("Statut", "À planifier"), ("Date d'intervention", "—"), ("Technicien", "—")],
                  "Votre demande d'intervention a bien été créée.",
                  "Forfait déplacement : 89,00 € HT (hors contrat).\nVous recevrez un e-mail dès "
                  "que l'intervention sera planifiée.")
    return msg([
        ("Date", "Sun, 21 Jul 2024 09:02:27 +0200"),
        ("From", addr("RSNL France – Interventions", "interventions@fr.rsnl.nl")),
        ("Sender", "no-reply@yuman.io"),
        ("To", OUR),
        ("Subject", "Nouvelle demande d'intervention DI-000193"),
        ("Message-ID", "<yuman.DI-000193.created@mail.yuman.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body), text("<html><body>" + html_from_text(body)
                                              + "</body></html>", "html")], "yuman-000193-1"))


@mail(slug="yuman-intervention-planifiee", issue=221, vid="DI-000193", event="update", lang="fr",
      kind="product", family="Yuman", named="field-tag",
      note="Yuman: French 'Intervention planifiée – DI-000193', visit on Wednesday 24/07/2024 "
           "09:00-12:00; our tag only in 'Votre référence :'; decoy: technician phone "
           "06 12 48 90 33")
def _():
    n = 221
    body = _yuman([("Demande", "DI-000193"), ("Votre référence", tag(n)),
                   ("Statut", "Planifiée"),
                   ("Date d'intervention", "mercredi 24/07/2024, entre 09:00 et 12:00"),
                   ("Technicien", "Karim Benali"), ("Téléphone du technicien", "06 12 48 90 33")],
                  "L'intervention liée à votre demande a été planifiée.",
                  "Merci de prévoir un accès à la baie technique et la présence du responsable "
                  "de magasin pour la signature du rapport.")
    return msg([
        ("Date", "Mon, 22 Jul 2024 15:45:12 +0200"),
        ("From", addr("RSNL France – Interventions", "interventions@fr.rsnl.nl")),
        ("Sender", "no-reply@yuman.io"),
        ("To", OUR),
        ("Subject", "Intervention planifiée – DI-000193"),
        ("Message-ID", "<yuman.DI-000193.planned@mail.yuman.io>"),
        ("References", "<yuman.DI-000193.created@mail.yuman.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="quoted-printable"))


@mail(slug="yuman-rapport-cloture", issue=221, vid="DI-000193", event="closed", lang="fr",
      kind="product", family="Yuman", named="subject-tag",
      note="Yuman: French intervention report 'la demande DI-000193 est clôturée' with our subject "
           "in the mail subject and the signed report as PDF (RFC 2231 name with a typographic "
           "apostrophe); decoys: NVR serial 2J0931C, 4 To / 8 To, 16 caméras")
def _():
    n = 221
    body = (
        "Bonjour,\n\n"
        "L'intervention du 24/07/2024 est terminée et la demande DI-000193 est clôturée.\n\n"
        "Travaux réalisés : remplacement du disque 4 To défectueux par un disque 8 To, "
        "réactivation de l'écrasement automatique des enregistrements (conservation 30 jours), "
        "contrôle des 16 caméras.\n"
        "N° de série NVR : 2J0931C\n"
        "Durée : 1 h 40\n"
        "Signé par : M. Lefebvre (responsable magasin)\n\n"
        "Vous trouverez le rapport d'intervention signé en pièce jointe.\n\n"
        "Cordialement,\nRSNL France – Service Interventions\n\nEnvoyé via Yuman\n")
    return msg([
        ("Date", "Wed, 24 Jul 2024 13:20:44 +0200"),
        ("From", addr("RSNL France – Interventions", "interventions@fr.rsnl.nl")),
        ("Sender", "no-reply@yuman.io"),
        ("To", OUR),
        ("Subject", f"Rapport d'intervention – DI-000193 – {subj(n)}"),
        ("Message-ID", "<yuman.DI-000193.report@mail.yuman.io>"),
        ("References", "<yuman.DI-000193.created@mail.yuman.io> <yuman.DI-000193.planned@mail.yuman.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", [text(body, cte="quoted-printable"),
                       attach(fake_pdf("Rapport DI-000193"), "application/pdf",
                              "Rapport d’intervention DI-000193.pdf",
                              ascii_name="Rapport_intervention_DI-000193.pdf")],
             "yuman-000193-report"))


@mail(slug="wrike-waiting-on-vendor", issue=249, vid="1432098765", event="update", lang="en",
      kind="product", family="Wrike", named="subject-tag",
      note="Wrike: English task-follower notification, status In Progress -> Waiting on vendor, "
           "'Not resolved yet'; the task id 1432098765 appears only in the open.htm?id= link; "
           "decoys: the manufacturer's case 01928374, firmware 3.8.2 / 3.8.1")
def _():
    n = 249
    body = (
        "Sophie de Wit updated a task you follow\n\n"
        f"{subj(n)}\n"
        "Folder: RSNL Payments / Firmware escalations\n\n"
        "Status: In Progress -> Waiting on vendor\n"
        "Due date: Jul 26\n\n"
        "Sophie de Wit commented:\n"
        "Reader on till 4 reports FW_SIG_INVALID after the 3.8.2 push. Rolled back to 3.8.1 "
        "remotely; the reader boots but still refuses contactless. Escalated to the "
        "manufacturer (their case 01928374). Not resolved yet, the store can use chip & PIN "
        "in the meantime.\n\n"
        "Open in Wrike: https://www.wrike.com/open.htm?id=1432098765\n\n"
        "You're receiving this because you follow this task.\n"
        "Manage notifications: https://www.wrike.com/settings/notifications\n")
    html = ("<html><body style=\"font-family:Helvetica,Arial\">" + html_from_text(
        body.split("Open in Wrike")[0]) + "<p><a href=\"https://www.wrike.com/open.htm?id="
        "1432098765\">Open in Wrike</a></p></body></html>")
    return msg([
        ("Date", "Mon, 22 Jul 2024 10:00:31 +0000"),
        ("From", addr("Sophie de Wit (Wrike)", "notification@wrike.com")),
        ("Reply-To", "reply-t3k9q2@wrike.com"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", f"{subj(n)}: status changed to Waiting on vendor"),
        ("Message-ID", "<wrk.n.5c21e07f9a@wrike.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body), text(html, "html")], "wrike-alt-5c21e07f9a"))


WEBDE_MID = "<trinity-3b1c8f2a-9d4e-4f7a-b2c1-6e5d4c3b2a19-1721720938512@3c-app-webde-bs52>"


def _webde_body(n):
    return (
        "Guten Morgen Herr Jansen,\n\n"
        "wir sind als Service-Partner der RSNL für Köln zuständig. Ihre Störung läuft bei uns "
        "unter 318 442.\n\n"
        "Erste Prüfung aus der Ferne: Der Router in der Schildergasse ist online, aber der "
        "IPsec-Tunnel zur Zentrale kommt nicht hoch (Phase 1 schlägt fehl). Ich vermute ein "
        "abgelaufenes Zertifikat. Wir melden uns heute bis 14 Uhr mit dem Ergebnis.\n\n"
        "Rückfragen gerne unter 0221 9934 120.\n\n"
        "Mit freundlichen Grüßen\nFrank Brandt\n"
        "Brandt Netzwerktechnik, Service-Partner RSNL Köln\n\n"
        "Gesendet: Dienstag, 23. Juli 2024 um 09:00 Uhr\n"
        "Von: \"StoreDesk\" <helpdesk@ops.storedesk.example>\n"
        "An: \"RSNL Support\" <support@rsnl.nl>\n"
        f"Betreff: {subj(n)}\n\n" + our_body(n))


@mail(slug="webde-stoerung-aufgenommen", issue=223, vid="318 442", event="acknowledged",
      lang="de", kind="human", family="WEB.DE", named="subject-tag",
      note="WEB.DE: German webmail reply of RSNL's Cologne service partner from a web.de address, "
           "'AW:' prefix and WEB.DE's 'Gesendet/Von/An/Betreff' quote block; the number is "
           "written with a space '318 442' ('Ihre Störung läuft bei uns unter'); decoy: phone "
           "0221 9934 120")
def _():
    n = 223
    body = _webde_body(n)
    return msg([
        ("Date", "Tue, 23 Jul 2024 09:48:58 +0200"),
        ("From", addr("Frank Brandt", "brandt.netzwerktechnik@web.de")),
        ("To", OUR),
        ("Cc", "support@rsnl.nl"),
        ("Subject", f"AW: {subj(n)}"),
        ("Message-ID", WEBDE_MID),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("X-Priority", "3"),
        ("X-UI-Message-Type", "mail"),
    ], multi("alternative", [text(body), text("<html><head></head><body><div style=\"font-family:"
                                              " Verdana;font-size: 12.0px;\">" + html_from_text(body)
                                              + "</div></body></html>", "html")],
             "abmob-3b1c8f2a-9d4e-4f7a-b2c1-6e5d4c3b2a19"))


@mail(slug="tonline-noch-nicht-geloest", issue=223, vid="318 442", event="update", lang="de",
      kind="human", family="T-Online", named="subject-tag",
      note="T-Online: German follow-up of the service partner ('AW: AW:'), T-Online's "
           "'-----Original-Nachricht-----' block with ISO date; tunnel still drops, 'noch nicht "
           "gelöst'; decoy: the carrier's own ticket 2407-DTAG-55102")
def _():
    n = 223
    body = (
        "Hallo Herr Jansen,\n\n"
        "kurzer Zwischenstand zur Störung 318 442: Das Zertifikat haben wir gestern erneuert, "
        "der Tunnel steht seitdem, bricht aber alle 40-50 Minuten wieder ab. Das Problem ist "
        "also leider noch nicht gelöst.\n\n"
        "Beim Provider haben wir ein Ticket aufgemacht (Provider-Ticket 2407-DTAG-55102), weil "
        "die Leitung Paketverluste zeigt. Morgen früh um 8 Uhr ist ein Techniker vor Ort.\n\n"
        "Viele Grüße\nSabine Brandt\nBrandt Netzwerktechnik\n\n"
        "-----Original-Nachricht-----\n"
        f"Betreff: AW: {subj(n)}\n"
        "Datum: 2024-07-23T09:48:58+0200\n"
        "Von: \"Frank Brandt\" <brandt.netzwerktechnik@web.de>\n"
        "An: \"StoreDesk\" <helpdesk@ops.storedesk.example>\n\n"
        + quote(_webde_body(n)))
    return msg([
        ("Date", "Wed, 24 Jul 2024 17:05:20 +0200"),
        ("From", addr("Sabine Brandt", "sabine.brandt@t-online.de")),
        ("To", OUR),
        ("Cc", "brandt.netzwerktechnik@web.de, support@rsnl.nl"),
        ("Subject", f"AW: AW: {subj(n)}"),
        ("Message-ID", "<1721833520316.2299140.7c5ab61e@t-online.de>"),
        ("In-Reply-To", WEBDE_MID),
        ("References", f"{mid(n)} {WEBDE_MID}"),
        ("X-TOI-MSGID", "7c5ab61e-4b0d-4f21-a8e3-19d2c6f0b577"),
        ("X-Mailer", "T-Online eMail"),
    ], text(body, cte="quoted-printable"))


@mail(slug="livestorm-webinar-invite", issue=None, vid=None, event="ignore", lang="fr",
      kind="product", family="Livestorm", named="n/a",
      note="Livestorm: French webinar invitation from RSNL France with an iCalendar "
           "METHOD:REQUEST part (5 September 2024, 10:00); a calendar invitation, no issue")
def _():
    txt = ("Bonjour,\n\n"
           "RSNL France vous invite au webinaire « Nouveaux terminaux de paiement : ce qui change "
           "pour vos magasins », le jeudi 5 septembre 2024 de 10:00 à 11:00.\n\n"
           "Rejoindre : https://app.livestorm.co/rsnl-france/nouveaux-terminaux\n\n"
           "Ajoutez l'événement à votre agenda grâce à l'invitation jointe.\n\n"
           "L'équipe RSNL France\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Livestorm//Events//FR\nVERSION:2.0\nMETHOD:REQUEST\n"
           "BEGIN:VEVENT\nUID:evt-7f3a2b91-rsnl-webinaire@livestorm.co\n"
           "DTSTAMP:20240718T140009Z\nDTSTART:20240905T080000Z\nDTEND:20240905T090000Z\n"
           "SUMMARY:Webinaire RSNL - Nouveaux terminaux de paiement\n"
           "ORGANIZER;CN=RSNL France:mailto:events@fr.rsnl.nl\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;\n"
           " RSVP=TRUE:mailto:helpdesk@ops.storedesk.example\n"
           "LOCATION:https://app.livestorm.co/rsnl-france/nouveaux-terminaux\n"
           "DESCRIPTION:Webinaire en ligne\\, 60 minutes.\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "END:VEVENT\nEND:VCALENDAR\n")
    return msg([
        ("Date", "Thu, 18 Jul 2024 16:00:09 +0200"),
        ("From", addr("RSNL France via Livestorm", "no-reply@livestorm.co")),
        ("Reply-To", "events@fr.rsnl.nl"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "Invitation : Webinaire RSNL – Nouveaux terminaux de paiement "
                    "(jeu. 5 sept. 2024 10:00)"),
        ("Message-ID", "<inv.7f3a2b91.helpdesk@livestorm.co>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("mixed", [text(txt), raw("text/calendar; charset=us-ascii; method=REQUEST", ics,
                                      extra=[("Content-Disposition",
                                              'attachment; filename="invite.ics"')])],
             "ls-inv-7f3a2b91"))
