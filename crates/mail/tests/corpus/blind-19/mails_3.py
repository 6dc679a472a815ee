"""STORE-209 (Bob! Desk + Scalix), STORE-210 (SAPO Mail), STORE-211 (ADITO), STORE-238 bounce,
STORE-212 (Fixner ack)."""
from common import *

BOB_PORTAL = "https://rsnl-fr.bobdesk.com/portail/demandes/24-01873"


@mail(slug="bobdesk-demande-enregistree", issue=209, vid="24-01873", event="acknowledged",
      lang="fr", kind="product", family="Bob! Desk", named="title-store",
      note="Bob! Desk: French 'Votre demande n° 24-01873 a bien été enregistrée' with a replaced "
           "subject, no tag and no threading: only 'Titre :' and 'Site :' fields name the issue; "
           "decoys: phone 03 20 14 52 60, 4 h ouvrées, expected resolution date 09/07/2024 13:04")
def _():
    n = 209
    body = (
        "Bonjour,\n\n"
        "Votre demande a bien été enregistrée. Voici son récapitulatif :\n\n"
        "N° de demande : 24-01873\n"
        f"Titre : {title(n)}\n"
        f"Site : {store(n)}\n"
        "Demandeur : StoreDesk (helpdesk@ops.storedesk.example)\n"
        "Catégorie : Réseau > Routeur\n"
        "Priorité : Haute\n"
        "Statut : Nouvelle\n"
        "Date de résolution prévue : 09/07/2024 13:04\n\n"
        "Délai de prise en charge : 4 h ouvrées.\n"
        "Support téléphonique : 03 20 14 52 60\n\n"
        f"Suivre votre demande sur le portail : {BOB_PORTAL}\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n")
    return msg([
        ("Date", "Tue, 09 Jul 2024 09:04:10 +0200"),
        ("From", addr("RSNL France - Support", "support@fr.rsnl.nl")),
        ("Sender", "notification@bobdesk.com"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "[BOB! Desk] Votre demande n° 24-01873 a bien été enregistrée"),
        ("Message-ID", "<bobdesk-24-01873-1@rsnl-fr.bobdesk.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body, cs="iso-8859-1", cte="quoted-printable"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cte="quoted-printable")], "bobdesk_alt_01873"))


@mail(slug="bobdesk-en-attente-operateur", issue=209, vid="24-01873", event="update", lang="fr",
      kind="product", family="Bob! Desk", named="title-store",
      note="Bob! Desk: French status change 'En cours -> En attente (opérateur)': the router is "
           "not at fault ('n'est pas en cause'), fibre cut; title in « » and store in brackets "
           "only; decoy: the telecom operator's own incident ref 1-9ZK44TQ")
def _():
    n = 209
    body = (
        "Bonjour,\n\n"
        f"Votre demande « {title(n)} » ({store(n)}) a été mise à jour.\n\n"
        "N° de demande : 24-01873\n"
        "Ancien statut : En cours\n"
        "Nouveau statut : En attente (opérateur)\n"
        "Intervenant : Julien Caron\n\n"
        "Commentaire :\n"
        "Le routeur n'est pas en cause : la ligne fibre du centre commercial est coupée depuis "
        "hier 22h. Nous avons ouvert un incident chez l'opérateur (réf. opérateur 1-9ZK44TQ), "
        "rétablissement annoncé demain matin. En attendant, le routeur est basculé sur le "
        "secours 4G et les caisses fonctionnent en mode dégradé.\n\n"
        f"Suivre la demande : {BOB_PORTAL}\n")
    return msg([
        ("Date", "Wed, 10 Jul 2024 11:20:48 +0200"),
        ("From", addr("RSNL France - Support", "support@fr.rsnl.nl")),
        ("Sender", "notification@bobdesk.com"),
        ("To", "helpdesk@ops.storedesk.example"),
        ("Subject", "[BOB! Desk] Votre demande n° 24-01873 a été mise à jour"),
        ("Message-ID", "<bobdesk-24-01873-2@rsnl-fr.bobdesk.com>"),
        ("References", "<bobdesk-24-01873-1@rsnl-fr.bobdesk.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cs="iso-8859-1", cte="quoted-printable"))


@mail(slug="scalix-fibre-repaired", issue=209, vid="24-01873", event="resolved", lang="fr",
      kind="human", family="Scalix", named="subject-tag",
      note="Scalix: French webmail reply of the network technician, Outlook-like 'Message "
           "d'origine' block: fibre repaired, router green, 'le problème est résolu' but request "
           "24-01873 left open until Monday; windows-1252; decoy: mobile 06 71 22 48 90")
def _():
    n = 209
    body = (
        "Bonjour Sam,\n\n"
        "L'opérateur a réparé la fibre ce matin (coupure due à des travaux dans le parking). Le "
        "routeur est repassé au vert à 10h12, les caisses sont revenues sur la ligne principale "
        "et le secours 4G est désactivé. J'ai vérifié le VPN et les paiements : tout est OK.\n\n"
        "Pour nous le problème est résolu. Je laisse la demande 24-01873 ouverte jusqu'à lundi "
        "au cas où ; sans retour de votre part elle sera clôturée automatiquement.\n\n"
        "Bonne soirée,\n"
        "Julien Caron\nTechnicien réseau – RSNL France\n06 71 22 48 90\n\n"
        "-----Message d'origine-----\n"
        "De : StoreDesk [mailto:helpdesk@ops.storedesk.example]\n"
        "Envoyé : mardi 9 juillet 2024 09:00\n"
        "À : RSNL Support\n"
        f"Objet : {subj(n)}\n\n" + our_body(n))
    return msg([
        ("Date", "Thu, 11 Jul 2024 18:05:26 +0200"),
        ("From", addr("Julien Caron", "j.caron@fr.rsnl.nl")),
        ("To", OUR),
        ("Subject", f"RE: {subj(n)}"),
        ("Message-ID", "<SWA.6b1f0e2c.20240711180526@mail.fr.rsnl.nl>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "Scalix Web Access 11.4.6.18"),
    ], text(body, cs="windows-1252", cte="quoted-printable"))


SAPO_ACK = "<1720603335.7712.helena.costa.rsnl@sapo.pt>"


def _sapo_ack_body(n):
    return (
        "Bom dia,\n\n"
        "Recebemos o vosso pedido, que ficou registado com o nº de processo 2024/07/0412.\n\n"
        "Pela descrição parece-nos a célula de carga ou a calibração. Conseguem indicar-nos o "
        "número de série da balança (etiqueta por baixo do prato, começa por SN) e se o desvio "
        "é sempre o mesmo? Entretanto agendei a visita de um técnico para sexta-feira, 12/07, "
        "de manhã.\n\n"
        "Obrigada,\nHelena Costa\nAssistência Técnica RSNL Portugal (subcontratada)\n"
        "+351 22 208 3400\n\n"
        "Em 10/07/2024 08:00, StoreDesk <helpdesk@ops.storedesk.example> escreveu:\n"
        + quote(our_body(n)))


@mail(slug="sapo-processo-registado", issue=210, vid="2024/07/0412", event="acknowledged",
      lang="pt", kind="human", family="SAPO Mail", named="subject-tag",
      note="SAPO Mail: Portuguese reply from a subcontracted technician's private sapo.pt address "
           "(+0100, quote header gives our 09:00 +0200 as 08:00): 'ficou registado com o nº de "
           "processo 2024/07/0412' (date-based with slashes), asks for the scale serial; decoy: "
           "phone +351 22 208 3400")
def _():
    n = 210
    return msg([
        ("Date", "Wed, 10 Jul 2024 10:22:15 +0100"),
        ("From", addr("Helena Costa", "helena.costa.rsnl@sapo.pt")),
        ("To", OUR),
        ("Subject", f"Re: {subj(n)}"),
        ("Message-ID", SAPO_ACK),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("X-Mailer", "SAPO Mail"),
    ], text(_sapo_ack_body(n), cs="iso-8859-15", cte="quoted-printable"))


@mail(slug="sapo-celula-substituida", issue=210, vid="2024/07/0412", event="resolved",
      lang="pt", kind="human", family="SAPO Mail", named="threading",
      note="SAPO Mail: Portuguese follow-up with a hand-written subject and no tag, threaded via "
           "References to our Message-ID: load cell replaced, 'O problema está resolvido', case "
           "closed only on Monday; decoys: verification certificate 1207/24 (slash id), 2 kg / "
           "15 kg weights")
def _():
    n = 210
    body = (
        "Boa tarde,\n\n"
        "O técnico esteve hoje na loja: a célula de carga estava danificada (provavelmente por "
        "uma pancada) e foi substituída. A balança foi recalibrada e verificada com pesos "
        "certificados de 2 kg e 15 kg, erro 0 g. Fica emitido o certificado de verificação "
        "n.º 1207/24, que seguirá por correio.\n\n"
        "O problema está resolvido. Se não houver mais nenhuma questão, fechamos o processo "
        "2024/07/0412 na segunda-feira.\n\n"
        "Cumprimentos,\nHelena Costa\n\n"
        "Em 10/07/2024 10:22, Helena Costa <helena.costa.rsnl@sapo.pt> escreveu:\n"
        + quote(_sapo_ack_body(n)))
    return msg([
        ("Date", "Fri, 12 Jul 2024 17:30:41 +0100"),
        ("From", addr("Helena Costa", "helena.costa.rsnl@sapo.pt")),
        ("To", OUR),
        ("Subject", "Balança Porto - processo 2024/07/0412"),
        ("Message-ID", "<1720801841.9034.helena.costa.rsnl@sapo.pt>"),
        ("In-Reply-To", SAPO_ACK),
        ("References", f"{mid(n)} {SAPO_ACK}"),
        ("X-Mailer", "SAPO Mail"),
    ], text(body, cs="iso-8859-15", cte="quoted-printable"))


ADITO_ACK = "<adito.TK-2407-1183.1@crm.de.rsnl.nl>"
ADITO_FOOT = ("\nRSNL Deutschland GmbH · Hansaring 61 · 50670 Köln · Amtsgericht Köln HRB 98123 · "
              "Geschäftsführer: Dr. Frank Weber\n")


def _adito(n, lines, intro, extra=""):
    return ("Guten Tag,\n\n" + intro + "\n\n" + "".join(f"{k}: {v}\n" for k, v in lines)
            + extra + "\nMit freundlichen Grüßen\nIhr RSNL Kundenservice\n" + ADITO_FOOT)


@mail(slug="adito-ticket-angelegt", issue=211, vid="TK-2407-1183", event="acknowledged",
      lang="de", kind="product", family="ADITO", named="subject-tag",
      note="ADITO: German 'Ticket TK-2407-1183 angelegt' with our subject behind the product's "
           "text; decoys: due date 12.07.2024 13:00, phone 0221 277 310-20, HRB 98123")
def _():
    n = 211
    body = _adito(n, [("Ticketnummer", "TK-2407-1183"), ("Betreff", subj(n)),
                      ("Kategorie", "Hardware / Kundendisplay"), ("Priorität", "Hoch"),
                      ("Status", "Neu"), ("Fällig bis", "12.07.2024 13:00"),
                      ("Bearbeiter", "noch nicht zugewiesen")],
                  "vielen Dank für Ihre Nachricht. Wir haben dazu folgendes Ticket angelegt:",
                  "\nBitte geben Sie bei Rückfragen immer die Ticketnummer an. Telefonisch "
                  "erreichen Sie uns unter 0221 277 310-20 (Mo–Fr 7–19 Uhr).\n")
    return msg([
        ("Date", "Thu, 11 Jul 2024 09:05:33 +0200"),
        ("From", addr("RSNL Deutschland Kundenservice", "kundenservice@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", f"Ticket TK-2407-1183 angelegt: {subj(n)}"),
        ("Message-ID", ADITO_ACK),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "ADITO"),
    ], text(body, cs="windows-1252", cte="quoted-printable"))


@mail(slug="adito-warten-auf-ersatzteil", issue=211, vid="TK-2407-1183", event="update",
      lang="de", kind="product", family="ADITO", named="field-tag",
      note="ADITO: German 'Ticket TK-2407-1183 aktualisiert', status In Bearbeitung -> Warten auf "
           "Ersatzteil; our tag only in the 'Betreff:' field; decoys: order 4711-2207, delivery "
           "17.07.2024, visit 12.07.")
def _():
    n = 211
    body = _adito(n, [("Ticketnummer", "TK-2407-1183"), ("Betreff", subj(n)),
                      ("Status", "In Bearbeitung → Warten auf Ersatzteil"),
                      ("Bearbeiter", "Tobias Lange")],
                  "Ihr Ticket wurde aktualisiert.",
                  "\nNeuer Kommentar:\nVor-Ort-Prüfung am 12.07.: Das Flackern kommt vom "
                  "Displaypanel selbst, Kabel und Netzteil sind in Ordnung. Ein "
                  "Austauschdisplay ist bestellt (Bestellnr. 4711-2207), Liefertermin "
                  "17.07.2024. Bis dahin kann das Display weiter genutzt werden.\n")
    return msg([
        ("Date", "Mon, 15 Jul 2024 14:12:50 +0200"),
        ("From", addr("RSNL Deutschland Kundenservice", "kundenservice@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Ticket TK-2407-1183 aktualisiert"),
        ("Message-ID", "<adito.TK-2407-1183.2@crm.de.rsnl.nl>"),
        ("References", ADITO_ACK),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "ADITO"),
    ], text(body, cte="quoted-printable"))


@mail(slug="adito-ticket-geschlossen", issue=211, vid="TK-2407-1183", event="closed", lang="de",
      kind="product", family="ADITO", named="field-tag",
      note="ADITO: German 'Ticket TK-2407-1183 geschlossen' with a Lösung text and a 14-day reopen "
           "note; our tag only in the 'Betreff:' field; decoy: panel serial KD-5512-0098")
def _():
    n = 211
    body = _adito(n, [("Ticketnummer", "TK-2407-1183"), ("Betreff", subj(n)),
                      ("Status", "Geschlossen"),
                      ("Lösung", "Kundendisplay am 17.07.2024 getauscht (neues Panel SN "
                                 "KD-5512-0098), Testlauf 30 Minuten ohne Flackern."),
                      ("Geschlossen am", "18.07.2024 10:30")],
                  "Ihr Ticket wurde geschlossen.",
                  "\nSollte das Problem erneut auftreten, antworten Sie bitte innerhalb von 14 "
                  "Tagen auf diese E-Mail; das Ticket wird dann wieder geöffnet.\n")
    return msg([
        ("Date", "Thu, 18 Jul 2024 10:30:16 +0200"),
        ("From", addr("RSNL Deutschland Kundenservice", "kundenservice@de.rsnl.nl")),
        ("To", OUR),
        ("Subject", "Ticket TK-2407-1183 geschlossen"),
        ("Message-ID", "<adito.TK-2407-1183.3@crm.de.rsnl.nl>"),
        ("References", f"{ADITO_ACK} <adito.TK-2407-1183.2@crm.de.rsnl.nl>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "ADITO"),
    ], text(body, cte="base64"))


@mail(slug="haraka-bounce", issue=None, vid=None, event="ignore", lang="en", kind="product",
      family="Haraka", named="n/a",
      note="Haraka: English RFC 3464 bounce from RSNL's MX: an internal alias target of "
           "support@rsnl.nl is unknown; our STORE-238 headers in text/rfc822-headers; a "
           "delivery failure, not a vendor answer")
def _():
    n = 238
    i = I(n)
    import base64 as b64
    enc = "=?UTF-8?B?" + b64.b64encode(i["subject"].encode()).decode() + "?="
    orig = (f"From: StoreDesk <helpdesk@ops.storedesk.example>\nTo: RSNL Support <support@rsnl.nl>\n"
            f"Reply-To: StoreDesk <helpdesk@ops.storedesk.example>\nSubject: {enc}\n"
            f"Date: {i['sent']}\nMessage-ID: {i['message_id']}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
            f"X-StoreDesk-Issue: {tag(n)}\n")
    txt = ("This is the mail system at host mx1.rsnl.nl.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to the postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "<it-intake@tickets.rsnl.nl> (expanded from <support@rsnl.nl>): host\n"
           "    tickets.rsnl.nl[10.20.4.11] said: 550 5.1.1 <it-intake@tickets.rsnl.nl>:\n"
           "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.rsnl.nl\n"
          "X-Haraka-Queue-ID: 6C1F8B52-3E0A-4D51-9F27-0B8A2C44D913.1\n"
          "Arrival-Date: Wed, 10 Jul 2024 09:00:03 +0200\n\n"
          "Final-Recipient: rfc822; it-intake@tickets.rsnl.nl\n"
          "Original-Recipient: rfc822; support@rsnl.nl\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; tickets.rsnl.nl\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <it-intake@tickets.rsnl.nl>: Recipient address\n"
          " rejected: User unknown\n")
    return msg([
        ("Received", "(Haraka 3.0.3); Wed, 10 Jul 2024 09:00:07 +0200"),
        ("Date", "Wed, 10 Jul 2024 09:00:07 +0200"),
        ("From", addr("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.rsnl.nl")),
        ("To", "<helpdesk@ops.storedesk.example>"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-ID", "<6C1F8B52-3E0A-4D51-9F27-0B8A2C44D913.bounce@mx1.rsnl.nl>"),
        ("Auto-Submitted", "auto-replied"),
    ], multi("report", [text(txt, cs="us-ascii", cte="7bit"),
                        raw("message/delivery-status", ds),
                        raw("text/rfc822-headers; charset=us-ascii", orig)],
             "HARAKA-6C1F8B52-bounce", params="report-type=delivery-status",
             preamble="This is a MIME-encapsulated message\n"))


@mail(slug="fixner-aviso-alta", issue=212, vid="000731", event="acknowledged", lang="es",
      kind="product", family="Fixner", named="subject-tag",
      note="Fixner: Spanish 'nuevo aviso de servicio técnico' with zero-padded aviso number "
           "000731 in front of our subject; decoys: CIF B-28123456, postcode 28013, phone "
           "91 523 44 80, price 45,00 € + IVA")
def _():
    n = 212
    body = (
        "Estimado cliente:\n\n"
        "Le confirmamos que hemos dado de alta un nuevo aviso de servicio técnico.\n\n"
        "Nº de aviso: 000731\n"
        "Cliente: StoreDesk Retail S.L. (CIF B-28123456)\n"
        "Dirección: Calle de Preciados 23, 28013 Madrid\n"
        "Equipo: PC de trastienda\n"
        f"Descripción: {title(n)}\n"
        "Prioridad: Normal\n"
        "Fecha prevista: pendiente de asignar\n"
        "Técnico: pendiente de asignar\n\n"
        "Desplazamiento: 45,00 € + IVA (incluido en su contrato de mantenimiento)\n\n"
        "Para cualquier consulta llame al 91 523 44 80 indicando el número de aviso.\n\n"
        "Un saludo,\nRSNL Ibérica - Servicio Técnico\n\nEnviado con Fixner\n")
    return msg([
        ("Date", "Fri, 12 Jul 2024 09:40:09 +0200"),
        ("From", addr("RSNL Ibérica - Servicio Técnico", "sat@es.rsnl.nl")),
        ("Sender", "notificaciones@fixner.com"),
        ("To", OUR),
        ("Subject", f"Aviso 000731 - {subj(n)}"),
        ("Message-ID", "<aviso-000731-alta.1720770009@fixner.com>"),
        ("In-Reply-To", mid(n)),
        ("References", mid(n)),
        ("Auto-Submitted", "auto-generated"),
    ], multi("alternative", [text(body, cte="quoted-printable"),
                             text("<html><body>" + html_from_text(body) + "</body></html>",
                                  "html", cte="quoted-printable")], "fixner-000731-a"))
