#!/usr/bin/env python3
"""blind-8: writes 60 raw RFC 5322 messages as they would arrive in
helpdesk@ops.storedesk.example from RSNL (and from strangers), plus expected.jsonl.

Standard library only, deterministic.  Checks while writing: CRLF only, ASCII-only
headers, lines < 998 octets, every MIME part parses without defects, Dates strictly
increasing in file order, each Date later than the sent date of the issue it concerns,
unique Message-IDs."""
import base64, datetime as dt, email, email.policy, email.utils, hashlib, html, json, pathlib, quopri
from email.charset import Charset, QP, BASE64
from email.header import Header

OUT = pathlib.Path(__file__).resolve().parent
OUR = "helpdesk@ops.storedesk.example"

# The issues this set refers to (copied from ../../issues.json).
ISSUES = {
    201: ("Till 3 frozen on boot", "Amsterdam Centraal", "a514125788625439"),
    202: ("Receipt printer offline", "Utrecht Hoog Catharijne", "b488dac3de51c836"),
    203: ("Barcode scanner not reading", "Rotterdam Lijnbaan", "2d67c2848217c950"),
    205: ("Wi-Fi drops every hour", "Eindhoven Piazza", "2961ecd8c8facbb0"),
    207: ("Label printer prints blank labels", "Antwerpen Meir", "33ebc5ce45ddbd42"),
    208: ("Self-checkout screen black", "Gent Veldstraat", "86ccd2b69a56f18f"),
    209: ("Router LEDs red", "Lille Euralille", "6c599771ba337240"),
    211: ("Customer display flickering", "Köln Schildergasse", "46a52276770e3c8a"),
    212: ("Back-office PC slow", "Madrid Preciados", "b900fbf49c7f1cfd"),
    213: ("Handheld scanner battery dead", "Amsterdam Centraal", "06ccb76aa3a41c3e"),
    216: ("Network switch beeping", "Den Haag Spui", "2b08cb31b95e5f7c"),
    219: ("Card reader firmware error", "Antwerpen Meir", "4d08f5f747a443b6"),
    220: ("Kitchen printer not printing", "Gent Veldstraat", "4c57ca49b5b56fd8"),
    223: ("VPN to head office down", "Köln Schildergasse", "e5947ce32827da71"),
    224: ("Electronic shelf labels blank", "Madrid Preciados", "dbbac21346b4f205"),
    225: ("UPS alarm in server cupboard", "Amsterdam Centraal", "3ab620fd111444fd"),
    228: ("Printer cutter broken", "Den Haag Spui", "a8239f22f360c277"),
    229: ("PIN pad cable damaged", "Eindhoven Piazza", "aef530e6905f0614"),
    230: ("Cash recycler error E17", "Groningen Herestraat", "98f6b97276ef62da"),
    231: ("Till 3 frozen on boot", "Antwerpen Meir", "0f0cf0156610d9c9"),
    232: ("Receipt printer offline", "Gent Veldstraat", "598ed3df5e0c9ac8"),
    233: ("Barcode scanner not reading", "Lille Euralille", "da5e7ba2a0af076b"),
    234: ("Card terminal declines all cards", "Porto Santa Catarina", "bb063a24fe46bb07"),
    236: ("Cash drawer will not open", "Madrid Preciados", "92fe823113496bb7"),
    239: ("Router LEDs red", "Rotterdam Lijnbaan", "44cdf3becea7bb6d"),
    240: ("Scale shows wrong weight", "Den Haag Spui", "b5c1cedb6435037c"),
    242: ("Back-office PC slow", "Groningen Herestraat", "324e21e365b7a3da"),
    245: ("Till keyboard keys stuck", "Lille Euralille", "5d16e3d55b3d70fb"),
    248: ("POS software update failed", "Madrid Preciados", "3ef14c8ad452bbc6"),
    257: ("Till 2 reboots randomly", "Lille Euralille", "6f96f484827088c0"),
    258: ("Printer cutter broken", "Porto Santa Catarina", "84612fbd1061a80e"),
    259: ("PIN pad cable damaged", "Köln Schildergasse", "1f2da0600c983b2d"),
    260: ("Cash recycler error E17", "Madrid Preciados", "26f313c3d6e8bab0"),
}
CEST = dt.timezone(dt.timedelta(hours=2))


def MID(n):
    return f"<issue-{n}.{ISSUES[n][2]}@ops.storedesk.example>"


def S(n):
    t, s, _ = ISSUES[n]
    return f"[STORE-{n}] {t} \u2014 {s}"


def SENT(n):
    return dt.datetime(2024, 7, 1 + (n - 201) % 28, 9, 0, 0, tzinfo=CEST)


def ORIG(n):
    t, s, _ = ISSUES[n]
    return f"Store: {s}\nPriority: high\nReported by: Sam Jansen\n\n{t}.\n"


def gt(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def tz(off):
    sign = 1 if off[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def at(mo, d, h, mi, s, off="+0200"):
    """A moment given in CEST, expressed in the sender's zone `off`."""
    return dt.datetime(2024, mo, d, h, mi, s, tzinfo=CEST).astimezone(tz(off))


def fmt(d):
    return email.utils.format_datetime(d)


def h8(*xs):
    return hashlib.sha256("|".join(map(str, xs)).encode()).hexdigest()


# ---------------------------------------------------------------- header helpers
def enc(s, charset="utf-8", q=False, name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset(charset)
    cs.header_encoding = QP if q else BASE64
    return Header(s, cs, maxlinelen=76, header_name=name).encode(linesep="\r\n")


def A(name, addr, charset="utf-8", q=False):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    return f"{enc(name, charset, q, 'From')} <{addr}>"


def refs(*ids):
    return "\r\n ".join(ids)


# ---------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        h = "".join(f"{k}: {v}\r\n" for k, v in self.headers).encode("ascii")
        return h + b"\r\n" + self.body


def exchange_charset(text):
    """The charset Exchange / Outlook picks for a Western-European text part: the smallest
    that holds every character (iso-8859-1, else Windows-1252 for curly quotes, dashes and
    the euro sign, else utf-8)."""
    for cs in ("us-ascii", "iso-8859-1", "Windows-1252"):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8"


def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    t = text.replace("\r\n", "\n")
    try:
        t.encode(charset or "ascii")
    except UnicodeEncodeError as e:
        # A real client never declares a charset that cannot hold the text; fail loudly
        # instead of writing '?' or mislabelled bytes.
        raise ValueError(f"text for a {ctype} part declared {charset or 'no charset (ASCII)'} holds "
                         f"{t[e.start:e.end]!r} (U+{ord(t[e.start]):04X}); choose the charset the client would use") from None
    if cte == "base64":
        raw = t.replace("\n", "\r\n").encode(charset or "ascii")
        body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(t.encode(charset or "ascii")).replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        body = t.replace("\n", "\r\n").encode(charset or "ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    ct = ctype + (f'; charset="{charset}"' if charset else "") + params
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, body)


def multi(subtype, parts, boundary, params="", preamble=None, extra=()):
    b = b""
    if preamble:
        b += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        b += f"--{boundary}\r\n".encode() + p.bytes() + b"\r\n"
    b += f"--{boundary}--\r\n".encode()
    return Part([("Content-Type", f'multipart/{subtype};{params}\r\n\tboundary="{boundary}"')] + list(extra), b)


def received(frm_host, ip, d, tok):
    arr = (d + dt.timedelta(seconds=2 + int(tok[:2], 16) % 9)).astimezone(CEST)
    return ("Received", f"from {frm_host} ({frm_host} [{ip}])\r\n\tby mx1.ops.storedesk.example (Postfix) with ESMTPS id "
                        f"4W{tok[2:12].upper()}\r\n\tfor <{OUR}>; {fmt(arr)} (CEST)")


MAILS = []  # (file, bytes, date, concerns-issue-number-or-None, expected)


def mail(file, date, frm, subject, mid, part, to=None, irt=None, references=None, extra=(), top=(), concerns=None,
         expect=None, subj_charset="utf-8", subj_q=False, received_from=("mx.rsnl.nl", "195.35.12.40")):
    tok = h8(file)
    hs = [("Return-Path", f"<{email.utils.parseaddr(frm)[1]}>")] if not any(k == "Return-Path" for k, _ in top) else []
    hs += list(top)
    if received_from[0] == "local":  # generated by our own Postfix (bounce/delay notice)
        rcv = ("Received", f"by mx1.ops.storedesk.example (Postfix)\r\n\tid {received_from[1]}; {fmt(date.astimezone(CEST))} (CEST)")
    else:
        rcv = received(received_from[0], received_from[1], date, tok)
    hs += [("Delivered-To", OUR), rcv]
    hs += [("From", frm), ("To", to or A("StoreDesk", OUR)), ("Subject", enc(subject, subj_charset, subj_q)),
           ("Date", fmt(date)), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    data = "".join(f"{k}: {v}\r\n" for k, v in hs).encode("ascii") + part.bytes()
    MAILS.append((file, data, date, concerns, expect))


def E(issue, vid, event, note):
    return {"issue_ref": f"STORE-{issue}" if issue else None, "vendor_ticket_id": vid, "event": event, "note": note}


def esc(s):
    return html.escape(s).replace("\n", "<br>\n")


def paras_html(text):
    return "\n".join(f"<p>{esc(p)}</p>" for p in text.strip("\n").split("\n\n"))


def outlook_html(body_text, quote_hdr, quote_text, lang="fr", font="Calibri"):
    q = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in quote_hdr)
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}} --></style></head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                        for p in body_text.strip("\n").split("\n\n")) +
            f'\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{q}<o:p></o:p></p></div>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">{esc(quote_text)}<o:p></o:p></p>\n'
            f'</div>\n</body>\n</html>\n')


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + b"\x01\x02").decode()


def outlook_headers(seed, lang, topic):
    return [("Thread-Topic", enc(topic, name="Thread-Topic")), ("Thread-Index", thread_index(seed)),
            ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]


def attribution_block(lines):
    return "\n".join(f"{k} {v}" for k, v in lines) + "\n"


SUP = A("RSNL Support", "support@rsnl.nl")

# =====================================================================================
# 01  KIX — automatic receipt, OTRS-style ticket hook in subject
d = at(7, 1, 9, 1, 12)
body = f"""Geachte heer/mevrouw,

Hartelijk dank voor uw bericht. Uw melding is geregistreerd in ons servicesysteem
onder ticketnummer 2024070110000037.

Onze servicedesk Kassa & POS neemt binnen 4 werkuren contact met u op.
Laat bij verdere correspondentie het ticketnummer [Ticket#2024070110000037] in de
onderwerpregel staan, dan komt uw reactie direct bij de juiste collega terecht.

Met vriendelijke groet,

RSNL Servicedesk
T +31 30 799 4100 (ma-vr 08:00-18:00)
Klantportaal: https://support.rsnl.nl/kix/customer/tickets/4812

-- Uw oorspronkelijke bericht --
{gt(ORIG(201))}"""
mail("01-kix-receipt.eml", d, A("RSNL Servicedesk", "support@rsnl.nl"),
     f"[Ticket#2024070110000037] {S(201)}", f"<1719817272.774102.418273@support.rsnl.nl>",
     leaf(body), irt=MID(201), references=MID(201),
     extra=[("Auto-Submitted", "auto-replied"), ("X-KIX-Loop", "yes"), ("Precedence", "bulk"),
            ("X-Mailer", "KIX 18 Mail Service"), ("Organization", "RSNL B.V.")],
     concerns=201,
     expect=E(201, "2024070110000037", "acknowledged",
              "KIX auto-receipt in Dutch; the OTRS-style hook [Ticket#2024070110000037] is in subject and body; decoys: portal TicketID 4812 in the link, phone number."))

# 02  ServiceMax — work order created, HTML only, base64, no In-Reply-To
d = at(7, 1, 9, 3, 40, "+0000")
rows = [("Work Order Number", "WO-00048213"), ("Status", "Open"), ("Priority", "High"),
        ("Order Type", "Corrective Maintenance"), ("Customer Reference", "STORE-229"),
        ("Problem Description", "PIN pad cable damaged"),
        ("Installed Product", "Ingenico Lane/3000 \u2013 S/N 2291774403"),
        ("Site", "Eindhoven Piazza, Piazza 12, 5611 AE Eindhoven"),
        ("Account", "StoreDesk Retail B.V. (Account No. 100482)")]
tbl = "\n".join(f'<tr><td style="padding:4px 12px 4px 0;color:#54698d;font-weight:bold">{esc(k)}</td>'
                f'<td style="padding:4px 0">{esc(v)}</td></tr>' for k, v in rows)
body = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Work Order WO-00048213</title></head>
<body style="font-family:Salesforce Sans,Arial,sans-serif;font-size:13px;color:#16325c">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d8dde6">
<tr><td style="background:#0b5cab;color:#fff;padding:14px 18px;font-size:16px">RSNL Field Service</td></tr>
<tr><td style="padding:18px">
<p>Dear StoreDesk,</p>
<p>Thank you for your service request. We have received it and created the work order below.
A dispatcher will schedule a field technician and confirm the appointment by e-mail.</p>
<table cellpadding="0" cellspacing="0" style="margin:12px 0">
{tbl}
</table>
<p>Please quote the work order number when you contact us about this request.</p>
<p>Kind regards,<br>RSNL Field Service Dispatch<br>+31 40 851 2200</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#8a96a8">This message was sent by ServiceMax on behalf of RSNL B.V.
Please do not reply to this automated notification.</td></tr>
</table>
</body></html>
"""
mail("02-servicemax-workorder-created.eml", d, A("RSNL Field Service", "fieldservice@rsnl.nl"),
     "Work Order WO-00048213 has been created", "<Ks7Qb000000000000000000000000000000000000000000000SG2KAB3C9x8PTeyQwNa9Lr4@sfdc.net>",
     leaf(body, "text/html", "UTF-8", "base64"),
     top=[("Return-Path", "<fieldservice=rsnl.nl__0-9x2kq7c1v4@5lk3w9.6-1mxvuaa.eu30.bnc.salesforce.com>")],
     extra=[("X-SFDC-LK", "00D5g000004XyZ1"), ("X-SFDC-User", "0055g00000Bq7TA"), ("X-Sender", "postmaster@salesforce.com"),
            ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"), ("X-SFDC-EmailCategory", "workflowActionAlert"),
            ("Auto-Submitted", "auto-generated")],
     received_from=("smtp07-ia4-sp3.mta.salesforce.com", "13.110.6.222"), concerns=229,
     expect=E(229, "WO-00048213", "acknowledged",
              "ServiceMax 'work order created' HTML-only base64 mail with a replaced subject and no In-Reply-To; our issue only as 'Customer Reference: STORE-229' in the table; decoys: serial number, account number, postcode."))

# 03  Outlook automatic reply (French) — trap
d = at(7, 1, 9, 7, 2)
body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 8 juillet inclus, sans accès à ma messagerie.
Pour toute demande urgente, merci de contacter le support RSNL France au +33 3 20 55 41 00
ou d'écrire à support@rsnl.nl.

Hello, I am out of the office until Monday 8 July. For urgent matters please call
+33 3 20 55 41 00 or write to support@rsnl.nl.

Claire Dubois
Responsable d'agence – RSNL France, Lille
"""
mail("03-outlook-autoreply-fr.eml", d, A("Claire Dubois", "claire.dubois@fr.rsnl.nl"),
     f"Réponse automatique : {S(257)}", "<3b1e0f2c9a7d4e18b2c6a0f19d7e5c44@EX02.fr.rsnl.nl>",
     leaf(body, charset="windows-1252"), irt=MID(257), references=MID(257),
     extra=outlook_headers("oof257", "fr-FR", S(257)) + [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                                        ("X-MS-Exchange-Inbox-Rules-Loop", "claire.dubois@fr.rsnl.nl")],
     subj_charset="windows-1252", subj_q=True, concerns=257,
     expect=E(None, None, "ignore",
              "Outlook out-of-office auto-reply (French/English) threaded to our STORE-257 mail; says nothing about the fault; decoy phone number and return date."))

# 04  Outlook for Windows, French — person logs the request (acknowledged)
d = at(7, 1, 15, 41, 9)
txt = """Bonjour,

Nous accusons bonne réception de votre demande concernant la caisse 2 du magasin de Lille Euralille.
Elle est enregistrée chez nous sous la référence LIL-24-0713 et a été transmise à notre équipe d'intervention de Lille.

Merci de rappeler cette référence dans vos prochains échanges.

Cordialement,

Julien Lefebvre
Technicien support – RSNL France
Tél. : +33 3 20 55 41 12
17 boulevard de Turin – 59777 Lille"""
qh = [("De :", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Envoyé :", "lundi 1 juillet 2024 09:00"),
      ("À :", "RSNL Support <support@rsnl.nl>"), ("Objet :", S(257))]
plain = txt + "\n\n" + attribution_block(qh) + "\n" + ORIG(257)
MID04 = "<PR3P191MB1120A4C2E9D81F7B3E55C0A1D8F02@PR3P191MB1120.EURP191.PROD.OUTLOOK.COM>"
mail("04-outlook-win-fr-logged.eml", d, A("Julien Lefebvre", "julien.lefebvre@fr.rsnl.nl"), f"RE: {S(257)}", MID04,
     multi("alternative", [leaf(plain, charset="Windows-1252"),
                           leaf(outlook_html(txt, qh, ORIG(257)), "text/html", "utf-8")],
           "_000_PR3P191MB1120A4C2E9D81F7B3E55C0A1D8F02PR3P191MB1120EURP_"),
     irt=MID(257), references=MID(257), extra=outlook_headers("p257a", "fr-FR", S(257)),
     received_from=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101"), concerns=257,
     expect=E(257, "LIL-24-0713", "acknowledged",
              "RSNL France technician (Outlook for Windows, French) confirms receipt and gives the reference LIL-24-0713 in prose; French 'De :/Envoyé :' quote header; decoys: phone, postcode."))

# 05  KIX — agent asks a question
d = at(7, 2, 8, 42, 31)
txt = f"""Beste collega's van StoreDesk,

Ik heb uw melding over kassa 3 in Amsterdam Centraal in behandeling genomen.
Om te bepalen of het om de SSD of om het BIOS gaat heb ik twee vragen:

1. Welke melding staat er precies op het scherm als de kassa blijft hangen
   (bijv. "Error 0x0004" of het RSNL-logo)?
2. Is de kassa sinds 28 juni nog van stroom af geweest?

U kunt ook kennisbankartikel KB-2291 ("Kassa start niet op") volgen; als het probleem
daarna blijft, plannen wij een monteur in.

Met vriendelijke groet,

Martijn de Vries
Servicedesk Kassa & POS, RSNL B.V.
T +31 30 799 4100 | M +31 6 4172 8830

[Ticket#2024070110000037]

-- 
{gt(ORIG(201))}"""
hb = paras_html(txt.split("-- \n")[0]) + "<blockquote type=\"cite\" style=\"border-left:2px solid #1e73be;padding-left:8px\">" + esc(ORIG(201)) + "</blockquote>"
mail("05-kix-agent-question.eml", d, A("Martijn de Vries via RSNL Servicedesk", "support@rsnl.nl"),
     f"[Ticket#2024070110000037] RE: {S(201)}", "<1719902551.290014.418273@support.rsnl.nl>",
     multi("alternative", [leaf(txt), leaf(f"<html><body style=\"font-family:Arial\">{hb}</body></html>\n", "text/html")],
           "----=_Part_5512_1719902551"),
     irt=MID(201), references=refs(MID(201), "<1719817272.774102.418273@support.rsnl.nl>"),
     extra=[("X-Mailer", "KIX 18 Mail Service"), ("Organization", "RSNL B.V.")], concerns=201,
     expect=E(201, "2024070110000037", "update",
              "KIX agent reply asking two questions; ticket hook in subject and at the end of the body; decoys: KB-2291, error code 0x0004, date 28 June, phone numbers."))

# 06  Cerb — group auto-reply with ticket mask
d = at(7, 2, 9, 2, 5, "+0000")
body = f"""Hello,

Thanks for contacting RSNL Kassa Support. This is an automatic message to let you know
that we received your request and assigned it the reference #QZB-84120-337.

A member of our team will get back to you shortly. To add information, simply reply to
this message and keep the reference in the subject line.

You can also follow your request online: https://support.rsnl.nl/portal/history/QZB-84120-337

--
RSNL Kassa Support
Mon-Sat 07:00-22:00 | 030 799 4100

> {S(202)}
{gt(ORIG(202))}"""
mail("06-cerb-autoreply.eml", d, A("RSNL Kassa Support", "kassa@support.rsnl.nl"),
     f"[Kassa #QZB-84120-337] Re: {S(202)}", "<20240702070205.1d3a9f2b@support.rsnl.nl>",
     leaf(body, cte="8bit"), irt=MID(202), references=MID(202),
     extra=[("X-Mailer", "Cerb 10.4.12"), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
            ("X-Cerb-Group", "Kassa")], concerns=202,
     expect=E(202, "QZB-84120-337", "acknowledged",
              "Cerb group auto-reply; the ticket mask QZB-84120-337 appears in the subject tag [Kassa #...], the prose and the portal link; decoy phone number."))

# 07  Vision Helpdesk — new ticket, HTML only, quoted-printable
d = at(7, 2, 9, 31, 44, "+0000")
body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial;font-size:12px;color:#333">
<p>Dear StoreDesk,</p>
<p>Thank you for contacting <b>RSNL Support</b>. A new support ticket has been created for your request.
Our Cash Handling team will respond as soon as possible.</p>
<table border="0" cellpadding="4" cellspacing="0" style="border:1px solid #ccc;background:#f7f7f7">
<tr><td><b>Ticket ID:</b></td><td>#RSN-553-19027</td></tr>
<tr><td><b>Subject:</b></td><td>{esc(S(230))}</td></tr>
<tr><td><b>Department:</b></td><td>Cash Handling</td></tr>
<tr><td><b>Priority:</b></td><td>High</td></tr>
<tr><td><b>Status:</b></td><td>Open</td></tr>
<tr><td><b>Site:</b></td><td>Herestraat 41, 9711 LH Groningen</td></tr>
</table>
<p>Error code reported: E17 (note cassette jam). Please do not open the recycler safe yourself.</p>
<p>You can check the status of your ticket at any time in our customer portal:<br>
<a href="https://rsnl.visionhelpdesk.com/index.php?/Tickets/Ticket/View/19027">https://rsnl.visionhelpdesk.com/index.php?/Tickets/Ticket/View/19027</a></p>
<p style="color:#888">##- Please type your reply above this line -##</p>
<p style="font-size:10px;color:#999">RSNL B.V. &middot; Powered by Vision Helpdesk</p>
</body></html>
"""
MID07 = "<vh.19027.1719912704.5f2a@rsnl.visionhelpdesk.com>"
mail("07-visionhelpdesk-new-ticket.eml", d, A("RSNL Support", "support@rsnl.nl"), f"[#RSN-553-19027]: {S(230)}", MID07,
     leaf(body, "text/html"), irt=MID(230), references=MID(230),
     top=[("Return-Path", "<bounce+19027@rsnl.visionhelpdesk.com>")],
     extra=[("X-Mailer", "Vision Helpdesk"), ("Auto-Submitted", "auto-replied")],
     received_from=("mail.visionhelpdesk.com", "52.28.144.17"), concerns=230,
     expect=E(230, "RSN-553-19027", "acknowledged",
              "Vision Helpdesk 'new ticket' HTML-only QP mail; id #RSN-553-19027 in subject and table; decoys: error code E17, postcode, the numeric tail 19027 alone in the portal URL."))

# 08  ServiceMax — appointment scheduled
d = at(7, 2, 13, 12, 10, "+0000")
txt = """Dear StoreDesk,

An appointment has been scheduled for your work order.

Work Order Number:   WO-00048213
Customer Reference:  STORE-229
Site:                Eindhoven Piazza
Technician:          Ruud Peeters
Scheduled Start:     03-Jul-2024 08:00 CEST
Scheduled End:       03-Jul-2024 12:00 CEST
Parts reserved:      296114-01 PIN pad cable (1)

The technician will call the store about 30 minutes before arrival.
If the time does not suit, please call dispatch on +31 40 851 2200.

RSNL Field Service Dispatch
"""
hb = "<html><body style=\"font-family:Arial;font-size:13px\">" + "<pre style=\"font-family:Arial\">" + esc(txt) + "</pre></body></html>\n"
mail("08-servicemax-appointment.eml", d, A("RSNL Field Service", "fieldservice@rsnl.nl"),
     "Appointment confirmed for Work Order WO-00048213", "<Ar9Xc000000000000000000000000000000000000000000000SG2LQ1R0kW7cTmp4Yhv2@sfdc.net>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "----=_Part_81023_1129384756.1719925930221"),
     top=[("Return-Path", "<fieldservice=rsnl.nl__0-9x2kq7c1v4@5lk3w9.6-1mxvuaa.eu30.bnc.salesforce.com>")],
     extra=[("X-SFDC-LK", "00D5g000004XyZ1"), ("X-SFDC-User", "0055g00000Bq7TA"), ("X-Sender", "postmaster@salesforce.com"),
            ("Auto-Submitted", "auto-generated")],
     received_from=("smtp07-ia4-sp3.mta.salesforce.com", "13.110.6.222"), concerns=229,
     expect=E(229, "WO-00048213", "update",
              "ServiceMax appointment confirmation (technician, time window) with replaced subject; issue only as 'Customer Reference: STORE-229'; decoys: part number 296114-01, dispatch phone."))

# 09  Outlook for Android, Portuguese — question (update)
d = at(7, 2, 16, 5, 52, "+0100")
txt = """Olá,

Relativamente ao pedido PT.2024.0658 (guilhotina da impressora de talões, Porto Santa Catarina):
o técnico Tiago Moreira tem visita marcada para sexta-feira, 5 de julho, de manhã.

Para levar a peça certa, podem indicar-nos o modelo e o número de série da impressora?
(Normalmente está numa etiqueta por baixo, p. ex. "TM-m30II X4J0123456".)

Obrigada,
Ana Sousa
Service desk – RSNL Portugal
+351 22 040 8170"""
qh = [("De:", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Enviado:", "terça-feira, 2 de julho de 2024 08:00"),
      ("Para:", "RSNL Support <support@rsnl.nl>"), ("Assunto:", S(258))]
plain = txt + "\n\nObter o Outlook para Android\n________________________________\n" + attribution_block(qh) + "\n" + ORIG(258)
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div dir=\"auto\">"
      + paras_html(txt) + "</div><div dir=\"auto\">Obter o <a href=\"https://aka.ms/AAb9ysg\">Outlook para Android</a></div>"
      "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
      + "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in qh) + "</font><div>&nbsp;</div></div><div>" + esc(ORIG(258)) + "</div></body></html>\n")
MID09 = "<DB9P195MB18727D1C0A95E2B3F4A61C7E902@DB9P195MB1872.EURP195.PROD.OUTLOOK.COM>"
mail("09-outlook-android-pt-question.eml", d, A("Ana Sousa", "ana.sousa@pt.rsnl.nl"), f"RE: {S(258)}", MID09,
     multi("alternative", [leaf(plain, charset=exchange_charset(plain)), leaf(hb, "text/html")],
           "_000_DB9P195MB18727D1C0A95E2B3F4A61C7E902DB9P195MB1872EURP_"),
     irt=MID(258), references=MID(258), extra=outlook_headers("p258a", "pt-PT", S(258)),
     received_from=("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.93"), concerns=258,
     expect=E(258, "PT.2024.0658", "update",
              "RSNL Portugal service desk (Outlook for Android, Portuguese) schedules a visit and asks for model/serial; dotted id PT.2024.0658 in prose; decoys: example serial, date, phone."))

# 10  Outlook for iOS, French — visit planned, no id in this mail
d = at(7, 3, 7, 55, 3)
txt = """Bonjour,

Karim, notre technicien, passera demain jeudi 4 juillet entre 8h et 10h pour remplacer l'alimentation de la caisse 2.
Merci de prévenir l'équipe du magasin et de laisser la caisse accessible.

Julien"""
qh = [("De :", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Envoyé :", "Monday, July 1, 2024 9:00:00 AM"),
      ("À :", "RSNL Support <support@rsnl.nl>"), ("Objet :", S(257))]
plain = txt + "\n\nObtenir Outlook pour iOS<https://aka.ms/o0ukef>\n________________________________\n" + attribution_block(qh) + "\n" + ORIG(257)
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div dir=\"ltr\">"
      + paras_html(txt) + "</div><div id=\"ms-outlook-mobile-signature\">Obtenir <a href=\"https://aka.ms/o0ukef\">Outlook pour iOS</a></div>"
      "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
      + "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in qh) + "</font></div><div>" + esc(ORIG(257)) + "</div></body></html>\n")
mail("10-outlook-ios-fr-visit.eml", d, A("Julien Lefebvre", "julien.lefebvre@fr.rsnl.nl"), f"RE: {S(257)}",
     "<PR3P191MB11209F0E2D17C4B6A388E1D5C4A90@PR3P191MB1120.EURP191.PROD.OUTLOOK.COM>",
     multi("alternative", [leaf(plain), leaf(hb, "text/html")], "_000_PR3P191MB11209F0E2D17C4B6A388E1D5C4A90PR3P191MB1120EURP_"),
     irt=MID(257), references=MID(257), extra=outlook_headers("p257b", "fr-FR", S(257)),
     received_from=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101"), concerns=257,
     expect=E(257, None, "update",
              "Outlook for iOS reply in French announcing the technician visit; the mail itself states no id (LIL-24-0713 was given only in file 04 of the same thread), so vendor_ticket_id is null; decoy date and time window."))

# 11  Frappe Helpdesk — acknowledgement (site time zone Asia/Kolkata)
d = at(7, 3, 9, 4, 18, "+0530")
txt = f"""Hi StoreDesk,

We have received your request and created Ticket #1289. Our Benelux support team
will get back to you as soon as possible.

Subject: {S(231)}
Priority: High
Team: Benelux POS

You can view the ticket and add replies here:
https://rsnl.frappe.cloud/helpdesk/my-tickets/1289

Regards,
RSNL Helpdesk
Meir 78, 2000 Antwerpen | +32 3 808 21 40
"""
hb = ("<div style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f272e\">" + paras_html(txt) +
      "<hr><p style=\"font-size:12px;color:#7c7c7c\">Sent via Frappe Helpdesk</p></div>\n")
MID11 = "<nodfv6tg5u.1720000458.rsnl@rsnl.frappe.cloud>"
mail("11-frappe-helpdesk-ack.eml", d, A("RSNL Helpdesk", "support@rsnl.nl"), "Ticket #1289: We've received your request", MID11,
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "===============4718309221356082170=="),
     irt=MID(231), references=MID(231),
     top=[("Return-Path", "<notifications@rsnl.frappe.cloud>")],
     extra=[("X-Frappe-Site", "rsnl.frappe.cloud"), ("Auto-Submitted", "auto-replied"), ("Reply-To", "support@rsnl.nl")],
     received_from=("mail.frappe.cloud", "65.0.214.101"), concerns=231,
     expect=E(231, "1289", "acknowledged",
              "Frappe Helpdesk acknowledgement with a replaced subject 'Ticket #1289: ...' and Date in +0530; our tag only in the body 'Subject:' line and In-Reply-To; decoys: street number, phone."))

# 12  Outlook read receipt (MDN) — trap
d = at(7, 3, 10, 10, 27)
txt = f"""Ihre Nachricht

  An: RSNL Support
  Betreff: {S(259)}
  Gesendet: Mittwoch, 3. Juli 2024 09:00:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 3. Juli 2024 10:10:27 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
"""
mdn = f"""Reporting-UA: EXCH01.de.rsnl.nl; Microsoft Exchange Server 2019
Final-Recipient: rfc822;support@rsnl.nl
Original-Message-ID: {MID(259)}
Disposition: manual-action/MDN-sent-manually; displayed
"""
mail("12-outlook-read-receipt-de.eml", d, A("Pieter Schmitz", "pieter.schmitz@de.rsnl.nl"), f"Gelesen: {S(259)}",
     "<9c41d2b0e7a84f3d8e12c0b6a5f7d3e1@EXCH01.de.rsnl.nl>",
     multi("report", [leaf(txt), leaf(mdn, "message/disposition-notification", None, "7bit")],
           "_67d1d3f0-8c2e-4d55-9a31-4f0b2e7a9c11_", params=" report-type=disposition-notification;"),
     irt=MID(259), references=MID(259), extra=[("Thread-Topic", enc(S(259), name="Thread-Topic")), ("Content-Language", "de-DE"),
                                              ("X-MS-Exchange-Organization-SCL", "-1")], concerns=259,
     expect=E(None, None, "ignore",
              "Exchange read receipt (multipart/report disposition-notification, German 'Gelesen:') for our STORE-259 mail; only says the mail was read."))

# 13  ServiceMax — work order completed (resolved)
d = at(7, 3, 11, 48, 0, "+0000")
txt = """Dear StoreDesk,

Work Order WO-00048213 has been completed.

Customer Reference:  STORE-229
Site:                Eindhoven Piazza
Technician:          Ruud Peeters
Completed:           03-Jul-2024 11:35 CEST
Work performed:      Replaced damaged PIN pad cable (part 296114-01, qty 1).
                     PIN pad tested with 3 card transactions, all approved.
Resolution code:     FIXED - ON SITE
Labour:              0.75 h (covered by contract SLA-NL-0331)

The fault has been resolved. A service report signed by the store (M. Bakker) is
available in the customer portal. If the problem returns, reply within 10 days
quoting the work order number.

RSNL Field Service
"""
hb = "<html><body style=\"font-family:Arial;font-size:13px\"><pre style=\"font-family:Arial\">" + esc(txt) + "</pre></body></html>\n"
mail("13-servicemax-completed.eml", d, A("RSNL Field Service", "fieldservice@rsnl.nl"),
     "Work Order WO-00048213 completed", "<Cz4Pd000000000000000000000000000000000000000000000SG2N7H5aUq3eRb8Lmf1@sfdc.net>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "----=_Part_82711_1720007280145"),
     top=[("Return-Path", "<fieldservice=rsnl.nl__0-9x2kq7c1v4@5lk3w9.6-1mxvuaa.eu30.bnc.salesforce.com>")],
     extra=[("X-SFDC-LK", "00D5g000004XyZ1"), ("X-SFDC-User", "0055g00000Bq7TA"), ("X-Sender", "postmaster@salesforce.com"),
            ("Auto-Submitted", "auto-generated")],
     received_from=("smtp07-ia4-sp3.mta.salesforce.com", "13.110.6.222"), concerns=229,
     expect=E(229, "WO-00048213", "resolved",
              "ServiceMax work-order-completed notice ('The fault has been resolved'); issue only as Customer Reference STORE-229; decoys: part number, contract SLA-NL-0331, times."))

# 14  Zoho Mail, Dutch — engineer plans a visit; no id in this mail
d = at(7, 3, 14, 37, 40)
txt = """Hoi,

Ik ben vandaag bij een andere klant in Utrecht, maar kan morgen (donderdag 4 juli) rond 10:00 bij Hoog Catharijne langskomen voor de bonprinter.
Volgens de remote check heeft de printer (Epson TM-T88VI, sn X5CK019283) een defecte netwerkinterface; ik neem een vervangende printer mee.

Groet,
Sanne Vermeulen
Field engineer RSNL regio Midden
06-2841 7730"""
quote = f"---- On Tue, 02 Jul 2024 09:00:00 +0200 StoreDesk <helpdesk@ops.storedesk.example> wrote ---\n\n{ORIG(202)}"
plain = txt + "\n\n\n\n\n" + quote
hb = ("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head>"
      "<body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + paras_html(txt) +
      "<br><div class=\"zmail_extra_hr\" style=\"border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;\"><br></div>"
      "<div class=\"zmail_extra\" data-zbluepencil-ignore=\"true\"><div><br></div><div id=\"Zm-_Id_-Sgn1\">---- On Tue, 02 Jul 2024 09:00:00 +0200 <b>StoreDesk &lt;helpdesk@ops.storedesk.example&gt;</b> wrote ---<br></div><br>"
      "<blockquote style=\"border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;\">" + esc(ORIG(202)) +
      "</blockquote></div></div></body></html>\n")
mail("14-zohomail-nl-visit.eml", d, A("Sanne Vermeulen", "sanne.vermeulen@rsnl.nl"), f"Re: {S(202)}",
     "<19077a3b2c1.10a3e4f2a51234.5213458723487812345@rsnl.nl>",
     multi("alternative", [leaf(plain), leaf(hb, "text/html")], "----=_Part_228115_1402937612.1720010260471"),
     irt=MID(202), references=MID(202), extra=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail"), ("Importance", "Medium")],
     received_from=("sender4-op-o12.zoho.eu", "136.143.188.12"), concerns=202,
     expect=E(202, None, "update",
              "Zoho Mail reply from an RSNL engineer planning a visit for the receipt printer; the mail states no id (the Cerb mask QZB-84120-337 came only in file 06), so vendor_ticket_id is null; decoys: serial number, mobile number, date."))

# 15  Chatwoot — agent reply over the email channel, no ticket number shown
d = at(7, 3, 15, 20, 11, "+0000")
txt = """Hoi,

Bedankt voor je melding over de scanner in Rotterdam Lijnbaan. Kun je de scanner één keer resetten door de
configuratiebarcode "Set Factory Defaults" te scannen (pagina 4 van de snelstartgids)?

Leest hij daarna nog steeds niets, laat het even weten: dan sturen we een vervangende scanner
(Zebra DS2208, artikelnr. 110-4471) met de koerier.

Groet,
Lotte
RSNL Support"""
hb = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div>" + paras_html(txt) + "</div>"
      "<p style=\"color:#999;font-size:12px\">Powered by <a href=\"https://www.chatwoot.com?utm_source=email\">Chatwoot</a></p></body></html>\n")
mail("15-chatwoot-agent-reply.eml", d, A("Lotte from RSNL Support", "support@rsnl.nl"), f"Re: {S(203)}",
     "<conversation/7b1f2c3e-58a4-4d9e-a61b-0c3f9e2d4a71/messages/88231@rsnl.nl>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "--==_mimepart_66856d0b3e4a1_1a2f7c4e12899"),
     irt=MID(203), references=MID(203),
     extra=[("Reply-To", "reply+7b1f2c3e-58a4-4d9e-a61b-0c3f9e2d4a71@rsnl.nl"), ("X-Mailer", "Chatwoot")],
     received_from=("o1.ptr4471.chatwoot.com", "149.72.44.71"), concerns=203,
     expect=E(203, None, "update",
              "Chatwoot email-channel agent reply asking the store to reset the scanner; no ticket id anywhere (the Message-ID's message number 88231 is not one); decoy article number 110-4471."))

# 16  Postfix delayed-delivery DSN from our own MTA — trap (delay_warning_time = 4h)
d = at(7, 4, 13, 0, 52)
txt = f"""This is the mail system at host mx1.ops.storedesk.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<support@rsnl.nl>: connect to mx.rsnl.nl[195.35.12.40]:25: Connection timed out
"""
ds = f"""Reporting-MTA: dns; mx1.ops.storedesk.example
X-Postfix-Queue-ID: 4WF7d21Qq1z8Y
X-Postfix-Sender: rfc822; helpdesk@ops.storedesk.example
Arrival-Date: Thu,  4 Jul 2024 09:00:00 +0200 (CEST)

Final-Recipient: rfc822; support@rsnl.nl
Original-Recipient: rfc822;support@rsnl.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.rsnl.nl[195.35.12.40]:25: Connection
    timed out
Will-Retry-Until: Tue,  9 Jul 2024 09:00:00 +0200 (CEST)
"""
subj_b64 = base64.b64encode(S(232).encode()).decode()
rh = f"""Return-Path: <helpdesk@ops.storedesk.example>
From: StoreDesk <helpdesk@ops.storedesk.example>
To: RSNL Support <support@rsnl.nl>
Reply-To: StoreDesk <helpdesk@ops.storedesk.example>
Subject: =?UTF-8?B?{subj_b64}?=
Date: Mon, 04 Jul 2024 09:00:00 +0200
Message-ID: {MID(232)}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
X-StoreDesk-Issue: STORE-232
"""
mail("16-postfix-delayed-dsn.eml", d, A("Mail Delivery System", "MAILER-DAEMON@mx1.ops.storedesk.example"),
     "Delayed Mail (still being retried)", "<20240704110052.3C1F81A0D2@mx1.ops.storedesk.example>",
     multi("report", [leaf(txt, "text/plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
                      leaf(ds, "message/delivery-status", None, "7bit", extra=[("Content-Description", "Delivery report")]),
                      leaf(rh, "text/rfc822-headers", None, "7bit", extra=[("Content-Description", "Undelivered Message Headers")])],
           "4WF7d21Qq1z8Y.1720090852/mx1.ops.storedesk.example", params=" report-type=delivery-status;",
           preamble="This is a MIME-encapsulated message."),
     top=[("Return-Path", "<>")], extra=[("Auto-Submitted", "auto-replied")],
     received_from=("local", "3C1F81A0D2"), concerns=232,
     expect=E(None, None, "ignore",
              "Postfix delayed-delivery DSN from our own MTA about our STORE-232 mail (headers attached as text/rfc822-headers); not a vendor reply; decoys: queue id, IP, status 4.4.1."))

# 17  Agiloft — support case received (server in US Pacific time)
d = at(7, 4, 13, 5, 33, "-0700")
txt = f"""Dear StoreDesk,

Thank you for contacting RSNL Support. Your support case has been received and assigned
number 30417.

Case Summary:   {S(260)}
Priority:       High
Status:         Open - Unassigned
Contract:       SLA-GOLD-0093
Received:       07/04/2024 04:05 AM PDT

Our Spain cash-handling team will contact you within the response time of your contract.
When replying, please keep "Support Case #30417" in the subject line.

RSNL Soporte España | +34 91 123 45 67
https://rsnl.agiloft.com/gui2/portal.jsp?kb=rsnl&case=30417
"""
mail("17-agiloft-case-received.eml", d, A("RSNL Support", "support@rsnl.nl"), "Support Case #30417 Received",
     "<agiloft.1720091133.30417.8821@rsnl.agiloft.com>", leaf(txt),
     top=[("Return-Path", "<rsnl-bounces@rsnl.agiloft.com>")],
     extra=[("X-Mailer", "Agiloft"), ("Auto-Submitted", "auto-generated"), ("Reply-To", "RSNL Support <support@rsnl.agiloft.com>")],
     received_from=("mail.agiloft.com", "38.124.232.14"), concerns=260,
     expect=E(260, "30417", "acknowledged",
              "Agiloft 'Support Case #30417 Received' with replaced subject, no In-Reply-To, Date in -0700; our tag only in the Case Summary line; decoys: contract SLA-GOLD-0093, US-format date, phone."))

# 18  KIX — state changed to resolved
d = at(7, 4, 16, 22, 7)
txt = f"""Beste StoreDesk,

Uw ticket [Ticket#2024070110000037] is door onze monteur op de status "opgelost" gezet.

Oplossing: de SSD van kassa 3 (serienummer NCR-7745-3318-02) gaf leesfouten bij het opstarten.
De SSD is vervangen en het kassa-image opnieuw geplaatst; de kassa start weer binnen 40 seconden.
Werkbon 55190 is door de bedrijfsleider afgetekend.

Komt de storing terug? Reageer dan binnen 7 dagen op deze e-mail, dan wordt het ticket heropend.
Daarna wordt het ticket automatisch gesloten.

Met vriendelijke groet,
RSNL Servicedesk
"""
mail("18-kix-resolved.eml", d, A("RSNL Servicedesk", "support@rsnl.nl"),
     f"[Ticket#2024070110000037] Opgelost: {S(201)}", "<1720102927.118244.418273@support.rsnl.nl>",
     leaf(txt), irt="<1719902551.290014.418273@support.rsnl.nl>",
     references=refs(MID(201), "<1719817272.774102.418273@support.rsnl.nl>", "<1719902551.290014.418273@support.rsnl.nl>"),
     extra=[("X-Mailer", "KIX 18 Mail Service"), ("Auto-Submitted", "auto-generated")], concerns=201,
     expect=E(201, "2024070110000037", "resolved",
              "KIX state-change notice 'Opgelost' (resolved, auto-close after 7 days); ticket hook in subject and body; decoys: till serial NCR-7745-3318-02, work order 55190."))

# 19  Outlook for Windows, French — should be fixed, please confirm (resolved)
d = at(7, 4, 17, 31, 45)
txt = """Bonjour,

Karim est passé ce matin : l'alimentation de la caisse 2 (PSU 180 W, réf. 4410-PS-180) a été remplacée et la caisse a fonctionné 6 heures sans redémarrer.

Le problème devrait donc être résolu. Pouvez-vous nous confirmer d'ici vendredi que tout est rentré dans l'ordre ? Sans retour de votre part, nous clôturerons la demande le 11/07.

Cordialement,

Julien Lefebvre
Technicien support – RSNL France
Tél. : +33 3 20 55 41 12"""
q04 = txt04 = None
qh = [("De :", "Julien Lefebvre <julien.lefebvre@fr.rsnl.nl>"), ("Envoyé :", "lundi 1 juillet 2024 15:41"),
      ("À :", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Objet :", f"RE: {S(257)}")]
prev = ("Bonjour,\n\nNous accusons bonne réception de votre demande concernant la caisse 2 du magasin de Lille Euralille.\n"
        "Elle est enregistrée chez nous sous la référence LIL-24-0713 et a été transmise à notre équipe d'intervention de Lille.\n\n"
        "Cordialement,\n\nJulien Lefebvre\n")
plain = txt + "\n\n" + attribution_block(qh) + "\n" + prev
subj = f"RE: {S(257)} (réf. LIL-24-0713)"
mail("19-outlook-win-fr-fixed.eml", d, A("Julien Lefebvre", "julien.lefebvre@fr.rsnl.nl"), subj,
     "<PR3P191MB1120E3B7A04C91D2F6B8E0C39D571@PR3P191MB1120.EURP191.PROD.OUTLOOK.COM>",
     multi("alternative", [leaf(plain, charset="Windows-1252"), leaf(outlook_html(txt, qh, prev), "text/html")],
           "_000_PR3P191MB1120E3B7A04C91D2F6B8E0C39D571PR3P191MB1120EURP_"),
     irt=MID04, references=refs(MID(257), MID04), extra=outlook_headers("p257c", "fr-FR", S(257)),
     received_from=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101"), concerns=257,
     subj_charset="windows-1252", subj_q=True,
     expect=E(257, "LIL-24-0713", "resolved",
              "Outlook for Windows (French): power supply replaced, 'devrait être résolu', asks us to confirm; reference appended to the rewritten subject and in the quoted earlier mail; decoys: part ref 4410-PS-180, date 11/07."))

# 20  Marval MSM — request logged (server on UK time)
d = at(7, 5, 9, 8, 14, "+0100")
txt = f"""Dear StoreDesk,

Thank you for contacting the RSNL Service Desk. Your request has been logged with the following details:

Request Number:      104522
Request Type:        Incident
Description:         {S(205)}
Priority:            P2 - High
Assigned Group:      Network Support NL
Configuration Item:  AP-EHV-PIAZZA-03
Target Response:     05/07/2024 12:08
Target Resolution:   08/07/2024 17:00

Please quote your request number in all correspondence.

RSNL Service Desk | +31 30 799 4100

This is an automated message generated by Marval MSM. Please do not alter the subject line.
"""
MID20 = "<MSM.104522.638557001940000000@msm.rsnl.nl>"
mail("20-marval-request-logged.eml", d, A("RSNL Service Desk", "servicedesk@rsnl.nl"),
     f"Request 104522 has been logged - {S(205)}", MID20, leaf(txt, charset="utf-8", cte="base64"),
     irt=MID(205), references=MID(205), extra=[("X-Mailer", "Marval MSM 15"), ("Auto-Submitted", "auto-generated")],
     concerns=205,
     expect=E(205, "104522", "acknowledged",
              "Marval MSM 'request logged' notice (base64 text, Date in +0100); request number 104522 in subject and body; decoys: CI AP-EHV-PIAZZA-03, target dates, phone."))

# 21  Samsung Email, Portuguese — fixed (resolved), id only earlier in thread
d = at(7, 5, 11, 30, 2, "+0100")
txt = """Bom dia,

Substituí hoje a guilhotina da impressora de talões na loja de Santa Catarina (Epson TM-m30II, peça 2141879).
Já imprime e corta normalmente, testei com 20 talões.

Deve estar resolvido, podem confirmar com a loja?

Cumprimentos,
Tiago Moreira
Técnico de campo RSNL Portugal



Enviado a partir do meu smartphone Samsung Galaxy.
"""
quote = f"""-------- Mensagem original --------
De: StoreDesk <helpdesk@ops.storedesk.example>
Data: 02/07/24 08:00 (GMT+00:00)
Para: RSNL Support <support@rsnl.nl>
Assunto: {S(258)}

{ORIG(258)}"""
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">"
      + paras_html(txt) + "</div><div><br></div><div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>-------- Mensagem original --------</div>"
      "<div>De: StoreDesk &lt;helpdesk@ops.storedesk.example&gt; </div><div>Data: 02/07/24 08:00 (GMT+00:00) </div>"
      "<div>Para: RSNL Support &lt;support@rsnl.nl&gt; </div><div>Assunto: " + esc(S(258)) + " </div><div><br></div></div>"
      + esc(ORIG(258)) + "</body></html>\n")
mail("21-samsung-email-pt-fixed.eml", d, A("Tiago Moreira", "tiago.moreira@pt.rsnl.nl"), f"RE: {S(258)}",
     "<jx8e2w5q1mfk9c0tz7ba3n4d.1720175402123@email.android.com>",
     multi("alternative", [leaf(txt + "\n" + quote, charset="utf-8", cte="base64"), leaf(hb, "text/html", "utf-8", "base64")],
           "--_com.samsung.android.email_1720175402210530"),
     irt=MID(258), references=MID(258), concerns=258,
     expect=E(258, None, "resolved",
              "Samsung Email (Portuguese, base64) from the field technician: cutter replaced, 'deve estar resolvido', asks for confirmation; the mail states no id (PT.2024.0658 came only in file 09), so vendor_ticket_id is null; decoys: part 2141879, model."))

# 22  Frappe Helpdesk — agent reply marking resolved
d = at(7, 5, 14, 2, 36, "+0530")
txt = """Hi,

We connected to till 3 in Antwerpen Meir remotely this morning. The boot loop was caused by a corrupt
POS update (build 7.12.4). We rolled the till back to build 7.12.3 and it has been running normally
since 11:20; the store manager confirmed sales are going through.

I have marked this ticket as Resolved. If the till freezes again, just reply to this e-mail and the
ticket will reopen automatically.

Kind regards,
Wim Jacobs
RSNL Helpdesk - Benelux POS

---
Ticket #1289 · https://rsnl.frappe.cloud/helpdesk/my-tickets/1289
"""
hb = ("<div style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f272e\">" + paras_html(txt) + "</div>\n")
mail("22-frappe-helpdesk-resolved.eml", d, A("Wim Jacobs (RSNL Helpdesk)", "support@rsnl.nl"), f"Re: {S(231)}",
     "<4s1kq8ab2p.1720168356.rsnl@rsnl.frappe.cloud>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "===============0936615120741181324=="),
     irt=MID11, references=refs(MID(231), MID11),
     top=[("Return-Path", "<notifications@rsnl.frappe.cloud>")],
     extra=[("X-Frappe-Site", "rsnl.frappe.cloud"), ("Reply-To", "support@rsnl.nl")],
     received_from=("mail.frappe.cloud", "65.0.214.101"), concerns=231,
     expect=E(231, "1289", "resolved",
              "Frappe Helpdesk agent reply: till rolled back, 'marked this ticket as Resolved'; Ticket #1289 in the footer; decoys: build numbers 7.12.4/7.12.3, time 11:20."))

# 23  Outlook on the web, Dutch — progress, rewritten subject
d = at(7, 8, 8, 20, 41, "+0000")
txt = """Goedemorgen,

In de controllerlogs zien we dat access point AP-EHV-PIAZZA-03 elk uur herstart doordat het PoE-budget op poort 12 van de winkelswitch wordt overschreden.
Ik heb een losse PoE-injector besteld (levering dinsdag 9 juli); tot die tijd hebben we de automatische herstart uitgeschakeld, zodat de wifi in de winkel in elk geval blijft staan.

Ik laat het weten zodra de injector geplaatst is.

Met vriendelijke groet,
Bram Hendriks
Netwerkbeheer | RSNL B.V.
T 030 799 4188"""
qh = [("Van:", "RSNL Service Desk <servicedesk@rsnl.nl>"), ("Verzonden:", "vrijdag 5 juli 2024 09:08"),
      ("Aan:", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Onderwerp:", f"Request 104522 has been logged - {S(205)}")]
prev = ("Dear StoreDesk,\n\nThank you for contacting the RSNL Service Desk. Your request has been logged with the following details:\n\n"
        f"Request Number:      104522\nRequest Type:        Incident\nDescription:         {S(205)}\n...")
plain = txt + "\n\n________________________________\n" + attribution_block(qh) + "\n" + prev + "\n"
hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head>"
      "<body dir=\"ltr\"><div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;\">"
      + paras_html(txt) + "</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
      "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
      + "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in qh) + "</font><div>&nbsp;</div></div><div>" + esc(prev) + "</div></body></html>\n")
mail("23-owa-nl-progress.eml", d, A("Bram Hendriks", "bram.hendriks@rsnl.nl"), "RE: Request 104522 \u2013 wifi Eindhoven Piazza",
     "<AM8P190MB0977B61D2C0E4F5A9B3D7E11C6A20@AM8P190MB0977.EURP190.PROD.OUTLOOK.COM>",
     multi("alternative", [leaf(plain), leaf(hb, "text/html")], "_000_AM8P190MB0977B61D2C0E4F5A9B3D7E11C6A20AM8P190MB0977EURP_"),
     irt=MID20, references=refs(MID(205), MID20), extra=outlook_headers("p205a", "nl-NL", "Request 104522 \u2013 wifi Eindhoven Piazza"),
     received_from=("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.21.64"), concerns=205,
     expect=E(205, "104522", "update",
              "Outlook on the web (Dutch) progress report with a rewritten subject 'Request 104522 - wifi Eindhoven Piazza' (no STORE tag there; our tag in the quoted Marval mail and References); decoys: port 12, AP name, delivery date, phone."))

# 24  Kapture CX — resolved, HTML only, base64, no threading headers
d = at(7, 8, 10, 15, 9, "+0530")
body = f"""<html><body style="margin:0;padding:0;background:#f2f4f8">
<table align="center" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d3748">
<tr><td style="padding:20px 24px;border-bottom:3px solid #ff6b00"><b>RSNL Customer Care</b></td></tr>
<tr><td style="padding:20px 24px">
<p>Dear Customer,</p>
<p>Your ticket with <b>Ticket ID : 4002817763</b> has been <b>resolved</b>.</p>
<p><b>Resolution:</b> The payment terminal (TID 71204455) had lost its encryption keys after the last network outage.
The keys were reloaded remotely and test transactions with Visa and Multibanco cards were approved.</p>
<p><b>Your query:</b> {esc(S(234))}</p>
<p>Merchant ID: 000123409876 &nbsp;|&nbsp; Store: Porto Santa Catarina</p>
<p>If the issue persists, simply reply to this email within 72 hours and your ticket will be re-opened.</p>
<p>Warm regards,<br>Team RSNL Customer Care<br>+351 22 040 8100</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#a0aec0">This is a system generated email. Powered by Kapture CX.</td></tr>
</table></body></html>
"""
mail("24-kapture-resolved.eml", d, A("RSNL Customer Care", "care@rsnl.nl"), "Ticket ID : 4002817763 | Your ticket has been resolved",
     "<1720426509913.4002817763.kapture@rsnl.kapturecrm.com>", leaf(body, "text/html", "UTF-8", "base64"),
     top=[("Return-Path", "<bounces+1184220-9f3a-helpdesk=ops.storedesk.example@em7731.kapturecrm.com>")],
     extra=[("X-Mailer", "Kapture CRM"), ("Auto-Submitted", "auto-generated")],
     received_from=("o3.em7731.kapturecrm.com", "167.89.30.77"), concerns=234,
     expect=E(234, "4002817763", "resolved",
              "Kapture CX HTML-only base64 'ticket resolved' mail, no In-Reply-To; our tag only in 'Your query:'; decoys: terminal TID 71204455, merchant id 000123409876, phone."))

# 25  eM Client, Flemish — question (update), id in signature-like line
d = at(7, 8, 11, 2, 56)
txt = """Dag collega's,

De labelprinter in Antwerpen Meir (Zebra ZD421, sn D4J221904411) drukt blanco omdat er direct-thermische etiketten in zitten, terwijl de printer op thermal transfer staat.

Kunnen jullie laten weten welk artikelnummer er op de etiketrol staat? Dan zet ik de printer op afstand in de juiste modus, of we sturen de juiste rollen mee met de volgende levering.

Groetjes,
Joris Claes
RSNL Belgium – Field Support
Ref. dossier: 24-7731"""
quote = f"""------ Original Message ------
From "StoreDesk" <helpdesk@ops.storedesk.example>
To "RSNL Support" <support@rsnl.nl>
Date 7/07/2024 09:00:00
Subject {S(207)}

{ORIG(207)}"""
hb = ("<html><head><style id=\"css_styles\"> blockquote.cite { margin-left: 5px; margin-right: 0px; padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc }</style></head>"
      "<body><div>" + paras_html(txt) + "</div><div><br></div><div>------ Original Message ------</div>"
      "<div>From \"StoreDesk\" &lt;<a href=\"mailto:helpdesk@ops.storedesk.example\">helpdesk@ops.storedesk.example</a>&gt;</div>"
      "<div>To \"RSNL Support\" &lt;support@rsnl.nl&gt;</div><div>Date 7/07/2024 09:00:00</div><div>Subject " + esc(S(207)) + "</div><div><br></div>"
      "<div id=\"xfe6b4e6b2f2a4bd\"><blockquote cite=\"" + MID(207)[1:-1] + "\" type=\"cite\" class=\"cite2\">" + esc(ORIG(207)) + "</blockquote></div></body></html>\n")
mail("25-emclient-be-question.eml", d, A("Joris Claes", "joris.claes@be.rsnl.nl"), f"Re: {S(207)}",
     "<em4f2a9c1d-6b3e-4d8a-9f01-2c7e5b8a3d64@e7b2c90a.com>",
     multi("alternative", [leaf(txt + "\n\n" + quote), leaf(hb, "text/html")], "------=_MB3E9D1C2A-7F41-4B60-8E2D-5A1C0B9F7E33"),
     irt=MID(207), references=MID(207), extra=[("User-Agent", "eM_Client/9.2.2230.0"), ("Reply-To", A("Joris Claes", "joris.claes@be.rsnl.nl"))],
     received_from=("smtp.be.rsnl.nl", "195.35.14.22"), concerns=207,
     expect=E(207, "24-7731", "update",
              "eM Client reply (Flemish) explaining the blank labels and asking which label roll is used; id in the signature line 'Ref. dossier: 24-7731'; eM Client '------ Original Message ------' quote; decoy serial number."))

# 26  BlueFolder — service request assigned (US Central time)
d = at(7, 8, 15, 44, 30, "-0500")
txt = f"""Service Request #2207 has been updated.

Status changed: New -> Assigned
Assigned to:    Javier Ortega (RSNL España)
Scheduled:      Tue 7/9/2024 10:00 AM - 12:00 PM (Madrid)

Description:
{S(236)}
Cash drawer will not open. Solenoid suspected; technician will bring a replacement drawer
(part CD-410-ES) and check the till interface cable.

Customer:  StoreDesk Retail (Acct 5530)
Location:  Calle de Preciados 9, 28013 Madrid

View this service request:
https://rsnl.bluefolder.com/serviceRequests/serviceRequest.aspx?serviceRequestId=2207

-- RSNL Service, powered by BlueFolder
"""
hb = "<html><body style=\"font-family:Segoe UI,Arial;font-size:13px\">" + paras_html(txt) + "</body></html>\n"
mail("26-bluefolder-assigned.eml", d, A("RSNL Service", "service@rsnl.nl"), "Service Request #2207 - Assigned",
     "<bf.2207.638561006700000000.a71c@rsnl.bluefolder.com>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "--boundary_0_6e5c1f2d-3a7b-4c90-b8e1-2f4d6a9c0b17"),
     top=[("Return-Path", "<noreply@bluefolder.com>")],
     extra=[("Reply-To", "RSNL Service <service@rsnl.nl>"), ("Sender", "BlueFolder <noreply@bluefolder.com>"), ("Auto-Submitted", "auto-generated")],
     received_from=("mail.bluefolder.com", "52.4.88.211"), concerns=236,
     expect=E(236, "2207", "update",
              "BlueFolder status notice (New -> Assigned, technician scheduled) with replaced subject, no threading headers, US-format date; our tag in the description; decoys: part CD-410-ES, account 5530, postcode 28013."))

# 27  Mailchimp newsletter from RSNL — trap
d = at(7, 9, 9, 12, 0, "+0000")
txt = """RSNL Retail Update - juli 2024

Nieuwe kassa-firmware 5.4.2
Vanaf 15 juli rollen we firmware 5.4.2 uit voor alle RSNL-kassa's. Zie kennisbankartikel KB-3312.

Zomeronderhoud
Plan uw preventief onderhoud vóór 31 augustus en ontvang 10% korting (actiecode ZOMER24).

Webinar: contactloos betalen in 2025 - donderdag 18 juli, 10:00

Vragen? Bel 030 799 4100.

U ontvangt deze e-mail omdat u klant bent van RSNL B.V.
Afmelden: https://rsnl.us14.list-manage.com/unsubscribe?u=3f9a1c2b7d&id=0a8e5d4c21
RSNL B.V., Papendorpseweg 100, 3528 BJ Utrecht
"""
hb = ("<!doctype html><html><head><meta charset=\"UTF-8\"><title>RSNL Retail Update</title></head><body style=\"background:#f4f4f4\">"
      "<center><table width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial\"><tr><td style=\"padding:24px\">"
      + paras_html(txt) + "</td></tr></table></center><img src=\"https://rsnl.us14.list-manage.com/track/open.php?u=3f9a1c2b7d&id=9b7e&e=5c2a\" height=\"1\" width=\"1\"></body></html>\n")
mail("27-mailchimp-newsletter.eml", d, A("RSNL", "nieuws@rsnl.nl"), "RSNL Retail Update juli: nieuwe kassa-firmware & zomeronderhoud",
     "<f4a2c8e91b0d3a5c7e6f1b2d4a9c8e70.1720516320@mail181.atl221.mcdlv.net>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "_----------=_MCPart_1823740655"),
     top=[("Return-Path", "<bounce-mc.us14_3f9a1c2b7d.9b7e-5c2a@mail181.atl221.mcdlv.net>")],
     extra=[("Reply-To", "RSNL <nieuws@rsnl.nl>"), ("List-Unsubscribe", "<https://rsnl.us14.list-manage.com/unsubscribe?u=3f9a1c2b7d&id=0a8e5d4c21>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Mailchimp Mailer - **CID9b7e5c2a**"),
            ("Precedence", "bulk"), ("X-MC-User", "3f9a1c2b7d")],
     received_from=("mail181.atl221.mcdlv.net", "198.2.181.221"), concerns=None,
     expect=E(None, None, "ignore",
              "RSNL marketing newsletter sent through Mailchimp (List-Unsubscribe, Precedence: bulk); no issue; decoys: firmware 5.4.2, KB-3312, promo code, dates."))

# 28  Vision Helpdesk — ticket closed, subject replaced
d = at(7, 9, 10, 2, 18, "+0000")
txt = f"""Dear StoreDesk,

Your ticket #RSN-553-19027 has been closed.

Subject:     {S(230)}
Department:  Cash Handling
Resolution:  Jammed note cassette cleared, transport belt replaced, recycler tested with 200 notes.
Closed by:   Henk Mulder

If you feel the issue has not been resolved, reply to this email within 14 days to reopen the ticket.

How did we do? Rate this ticket: https://rsnl.visionhelpdesk.com/index.php?/Tickets/Rating/19027

RSNL Support
"""
hb = "<html><body style=\"font-family:Verdana,Arial;font-size:12px\">" + paras_html(txt) + "</body></html>\n"
mail("28-visionhelpdesk-closed.eml", d, A("RSNL Support", "support@rsnl.nl"), "[#RSN-553-19027]: Ticket Closed",
     "<vh.19027.1720512138.77c1@rsnl.visionhelpdesk.com>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "=_vh_b1c9e3f0a2d54e86"),
     irt=MID07, references=refs(MID(230), MID07),
     top=[("Return-Path", "<bounce+19027@rsnl.visionhelpdesk.com>")],
     extra=[("X-Mailer", "Vision Helpdesk"), ("Auto-Submitted", "auto-generated")],
     received_from=("mail.visionhelpdesk.com", "52.28.144.17"), concerns=230,
     expect=E(230, "RSN-553-19027", "closed",
              "Vision Helpdesk 'Ticket Closed' with replaced subject; id in subject and body, our tag in the Subject line of the body and References; decoy: rating link (part of the close notice, not a separate survey)."))

# 29  Superhuman, English — should be fixed now (resolved)
d = at(7, 9, 16, 40, 3)
txt = """Hi team,

Quick update on RSNL-BE-4410: the black screen on the self-checkout in Gent was a failed backlight inverter. Our tech swapped the display assembly this afternoon (part 5590-LCD-15) and the unit passed its self-test and a couple of test baskets.

It should be fixed now - could you confirm with the Gent store tomorrow morning?

Thanks,
Elise"""
quote = f"On Mon, Jul 08, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n\n{gt(ORIG(208))}"
sig = "\n\nElise Van den Broeck\nService Coordinator Belgium | RSNL\n+32 9 298 14 70\n"
hb = ("<html><head></head><body><div><div>" + paras_html(txt) + "</div><div><br></div><div class=\"gmail_signature\">" + esc(sig.strip()) +
      "</div><div><br></div><div class=\"gmail_quote sh-signature\">On Mon, Jul 08, 2024 at 9:00 AM, StoreDesk &lt;<a href=\"mailto:helpdesk@ops.storedesk.example\">helpdesk@ops.storedesk.example</a>&gt; wrote:<br>"
      "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + esc(ORIG(208)) +
      "</blockquote></div></div><img class=\"sh-pixel\" width=\"1\" height=\"1\" src=\"https://r.superhuman.com/j9Pk2cX1.gif\"></body></html>\n")
mail("29-superhuman-en-fixed.eml", d, A("Elise Van den Broeck", "elise.vandenbroeck@be.rsnl.nl"), f"Re: {S(208)}",
     "<lyd3k9q2.6b1f0a2e-4c3d-4e8a-9b7f-1d2c3e4f5a6b@we.are.superhuman.com>",
     multi("alternative", [leaf(txt + sig + "\n" + quote), leaf(hb, "text/html")], "5f1c2e8a9b3d4f60a7e1c2b3d4e5f6a7"),
     irt=MID(208), references=MID(208), extra=[("X-Mailer", "Superhuman Desktop (2024-07-08T14:12:30Z)"), ("X-Superhuman-ID", "lyd3k9q2.6b1f0a2e")],
     received_from=("mail-wm1-f41.google.com", "209.85.128.41"), concerns=208,
     expect=E(208, "RSNL-BE-4410", "resolved",
              "Superhuman reply in English: display assembly swapped, 'It should be fixed now', asks us to confirm; id RSNL-BE-4410 in the first sentence; decoys: part 5590-LCD-15, phone."))

# 30  Fastmail, French — closing the ticket
d = at(7, 10, 11, 20, 47)
txt = """Bonjour,

Le routeur du magasin de Lille Euralille a été remplacé hier soir après la fermeture (nouveau routeur FortiGate 60F, n° de série FGT60FTK23456789).
Le magasin nous confirme ce matin que tous les voyants sont revenus au vert et que la caisse et le TPE communiquent normalement.

Je clôture donc le ticket TKT-0912 de notre côté. N'hésitez pas à ouvrir une nouvelle demande si le problème réapparaît.

Bien à vous,
Nicolas Martin
Réseaux & sécurité – RSNL France"""
quote = f"On Tue, 9 Jul 2024, at 09:00, StoreDesk wrote:\n{gt(ORIG(209))}"
hb = ("<!DOCTYPE html><html><head><title></title><style type=\"text/css\">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head><body>"
      "<div style=\"font-family:Arial;\">" + paras_html(txt) + "</div><div><br></div><div>On Tue, 9 Jul 2024, at 09:00, StoreDesk wrote:<br></div>"
      "<blockquote type=\"cite\" id=\"qt\" style=\"\">" + esc(ORIG(209)) + "</blockquote><div><br></div></body></html>\n")
mail("30-fastmail-fr-closing.eml", d, A("Nicolas Martin", "nicolas.martin@fr.rsnl.nl"), f"Re: {S(209)}",
     "<5e2a9c41-7d3b-4f18-a6c0-9b1e2d3f4a58@app.fastmail.com>",
     multi("alternative", [leaf(txt + "\n\n" + quote), leaf(hb, "text/html")], "dd4c1a7e2b9f4e3a8c5d6b7a9e0f1c2d"),
     irt=MID(209), references=MID(209), extra=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-566-g3812ddbbc-fm-20240701.001-g3812ddbb"),
                                              ("X-ME-Sender", "<xms:yP2NZi1uTn8aD9x>")],
     received_from=("wfout3-smtp.messagingengine.com", "64.147.123.146"), concerns=209,
     expect=E(209, "TKT-0912", "closed",
              "Fastmail web reply (French): router replaced, store confirmed, 'Je clôture donc le ticket TKT-0912'; id in prose; Fastmail 'On ..., at ..., wrote:' quote; decoy router serial."))

# 31  KIX — automatic close after 7 days
d = at(7, 11, 2, 0, 0)
txt = """Beste StoreDesk,

Uw ticket [Ticket#2024070110000037] is automatisch gesloten, omdat wij binnen 7 dagen na de
oplossing geen reactie van u hebben ontvangen.

Heeft u toch nog een probleem met deze kassa? Maak dan een nieuwe melding aan via
support@rsnl.nl of bel 030 799 4100.

Met vriendelijke groet,
RSNL Servicedesk
"""
mail("31-kix-autoclosed.eml", d, A("RSNL Servicedesk", "support@rsnl.nl"),
     f"[Ticket#2024070110000037] Gesloten: {S(201)}", "<1720656000.550617.418273@support.rsnl.nl>",
     leaf(txt, charset="iso-8859-1"), irt="<1720102927.118244.418273@support.rsnl.nl>",
     references=refs(MID(201), "<1719817272.774102.418273@support.rsnl.nl>", "<1719902551.290014.418273@support.rsnl.nl>",
                     "<1720102927.118244.418273@support.rsnl.nl>"),
     extra=[("X-Mailer", "KIX 18 Mail Service"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], concerns=201,
     expect=E(201, "2024070110000037", "closed",
              "KIX automatic close notice ('Gesloten') sent at 02:00 after 7 days without reaction; ticket hook in subject and body; decoy phone number."))

# 32  Pulseway PSA — ticket created
d = at(7, 11, 9, 6, 29, "+0000")
txt = f"""##- Please type your reply above this line -##

Hello StoreDesk,

A new ticket has been created for your request.

Ticket:    #10482
Title:     {S(211)}
Status:    New
Priority:  P2 - High
Queue:     Field Service DE
Contract:  Managed POS Gold (MSA-2023-118)

Reply to this email to add a comment to the ticket.

Thank you,
RSNL Service Desk
Pulseway PSA
"""
MID32 = "<psa.ticket.10482.0.638562783890000000@rsnl.pulseway.com>"
mail("32-pulseway-ticket-created.eml", d, A("RSNL Service Desk", "servicedesk@rsnl.nl"), f"Ticket #10482 - {S(211)} - Created", MID32,
     leaf(txt), irt=MID(211), references=MID(211),
     top=[("Return-Path", "<bounces@psa.pulseway.com>")],
     extra=[("Reply-To", "RSNL Service Desk <servicedesk@rsnl.nl>"), ("X-Pulseway-PSA", "ticket-created"), ("Auto-Submitted", "auto-generated")],
     received_from=("smtp.psa.pulseway.com", "20.54.89.120"), concerns=211,
     expect=E(211, "10482", "acknowledged",
              "Pulseway PSA 'ticket created' notice with reply-above-this-line marker; Ticket #10482 in subject and body; decoy contract MSA-2023-118."))

# 33  mutt, English — NOC update inline-quoted
d = at(7, 11, 13, 55, 10)
txt = f"""On Thu, Jul 11, 2024 at 09:00:00AM +0200, StoreDesk wrote:
> Store: Rotterdam Lijnbaan
> Priority: high

Hi,

> Router LEDs red.

Seen from the NOC side too: the WAN uplink for Rotterdam Lijnbaan (KPN circuit
31-RTM-008842) has been flapping since 08:47 this morning, so the router drops
to its red "no WAN" state. The LTE backup is carrying card payments for now.

I've raised it with KPN (their reference 1-2045573920) and logged it on our side
as NOC-55102. Next update once KPN has a field engineer booked, probably
tomorrow morning.

Koen

-- 
Koen Smit  | RSNL Network Operations Centre | +31 10 820 3300
"""
mail("33-mutt-noc-update.eml", d, A("Koen Smit", "k.smit@noc.rsnl.nl"), f"Re: {S(239)}", "<Zo_q8a2KcL9xT3wE@noc-ws07.noc.rsnl.nl>",
     leaf(txt, charset="us-ascii", cte="7bit", params="; format=flowed" if False else ""),
     irt=MID(239), references=MID(239), extra=[("User-Agent", "Mutt/2.2.12 (2023-09-09)"), ("Mail-Followup-To", "StoreDesk <helpdesk@ops.storedesk.example>")],
     received_from=("smtp.noc.rsnl.nl", "195.35.12.58"), concerns=239,
     expect=E(239, "NOC-55102", "update",
              "mutt plain-text inline reply from the RSNL NOC: WAN circuit flapping, raised with the carrier; RSNL's id NOC-55102 in prose; decoys: carrier reference 1-2045573920, circuit id, time."))

# 34  ServiceTonic — incidencia registrada (Spanish, ISO-8859-1)
d = at(7, 12, 9, 10, 44)
txt = """Estimado cliente:

Le informamos de que su solicitud ha sido registrada con el número de incidencia 004381.

Asunto:            [STORE-212] Back-office PC slow - Madrid Preciados
Estado:            Abierta
Prioridad:         Alta
Fecha de apertura: 12/07/2024 09:10
Grupo asignado:    Soporte N2 España

Puede consultar el estado de su incidencia en el portal: https://rsnl.servicetonic.com/portal/
Por favor, no modifique el asunto de este mensaje si desea responder.

Atentamente,
Servicio de Atención al Cliente - RSNL España
Tel. 910 55 62 00
"""
MID34 = "<ST.004381.20240712091044.6612@rsnl.servicetonic.com>"
mail("34-servicetonic-registrada.eml", d, A("RSNL Soporte España", "soporte@es.rsnl.nl"),
     f"Incidencia 004381 registrada: {S(212)}", MID34, leaf(txt, charset="ISO-8859-1"), irt=MID(212), references=MID(212),
     top=[("Return-Path", "<noreply@rsnl.servicetonic.com>")],
     extra=[("X-Mailer", "ServiceTonic"), ("Auto-Submitted", "auto-replied"), ("Reply-To", "soporte@es.rsnl.nl")],
     subj_charset="utf-8", received_from=("mail.servicetonic.com", "185.93.229.30"), concerns=212,
     expect=E(212, "004381", "acknowledged",
              "ServiceTonic receipt in Spanish (ISO-8859-1 QP): 'registrada con el número de incidencia 004381' (zero-padded) in subject and body; decoys: date 12/07/2024, phone."))

# 35  Thunderbird, German — technician update, quoting the Pulseway mail
d = at(7, 12, 10, 21, 37)
txt = """Hallo zusammen,

ich war heute Vormittag in der Schildergasse. Das Kundendisplay flackert nur, wenn es über den USB-Hub angeschlossen ist – direkt am Kassen-PC läuft es stabil.
Ich habe ein neues USB-Kabel mit Ferritkern (Art.-Nr. 7740-118) bestellt und komme am Dienstag, 16.07., zum Tauschen vorbei.

Bis dahin bitte das Display direkt am PC lassen.

Viele Grüße
Markus Weber

-- 
Markus Weber
Servicetechniker | RSNL Deutschland GmbH
Tel. +49 221 9988 4410
"""
prevq = gt(f"Hello StoreDesk,\n\nA new ticket has been created for your request.\n\nTicket:    #10482\nTitle:     {S(211)}\nStatus:    New\nPriority:  P2 - High\nQueue:     Field Service DE\n")
plain = txt + "\nAm 11.07.24 um 09:06 schrieb RSNL Service Desk:\n" + prevq
mail("35-thunderbird-de-update.eml", d, A("Markus Weber", "markus.weber@de.rsnl.nl"), f"Re: Ticket #10482 - {S(211)} - Created",
     "<8c2f6a1e-3d94-4b7a-a5e0-71c9d2f3b4a6@de.rsnl.nl>", leaf(plain, charset="UTF-8", cte="8bit", params="; format=flowed"),
     irt=MID32, references=refs(MID(211), MID32),
     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"), ("Organization", "RSNL Deutschland GmbH")],
     received_from=("mail.de.rsnl.nl", "195.35.16.9"), concerns=211,
     expect=E(211, "10482", "update",
              "Thunderbird reply (German, 8bit UTF-8) from the technician: cause found, cable ordered, visit planned; Ticket #10482 in the kept subject and the quoted Pulseway mail; decoys: article 7740-118, date 16.07., phone."))

# 36  Ultimo — melding geregistreerd, subject replaced
d = at(7, 13, 9, 20, 5)
txt = """Beste StoreDesk,

Uw melding is ontvangen en geregistreerd onder nummer 0024631.

Omschrijving:   Handheld scanner battery dead
Locatie:        Amsterdam Centraal (vestiging 1012)
Uw referentie:  STORE-213
Object:         HHT-AMS-07 (Zebra TC52)
Prioriteit:     2 - Binnen 1 werkdag
Status:         Nieuw

U ontvangt bericht zodra een monteur de melding heeft ingepland.

Met vriendelijke groet,
RSNL Onderhoud & Service
"""
hb = ("<html><body style=\"font-family:Segoe UI,Arial;font-size:10pt\"><p>Beste StoreDesk,</p><p>Uw melding is ontvangen en geregistreerd onder nummer <b>0024631</b>.</p>"
      "<table style=\"font-size:10pt\"><tr><td>Omschrijving:</td><td>Handheld scanner battery dead</td></tr><tr><td>Locatie:</td><td>Amsterdam Centraal (vestiging 1012)</td></tr>"
      "<tr><td>Uw referentie:</td><td>STORE-213</td></tr><tr><td>Object:</td><td>HHT-AMS-07 (Zebra TC52)</td></tr><tr><td>Prioriteit:</td><td>2 - Binnen 1 werkdag</td></tr>"
      "<tr><td>Status:</td><td>Nieuw</td></tr></table><p>U ontvangt bericht zodra een monteur de melding heeft ingepland.</p><p>Met vriendelijke groet,<br>RSNL Onderhoud &amp; Service</p>"
      "<p style=\"color:#888;font-size:8pt\">Verzonden via Ultimo</p></body></html>\n")
mail("36-ultimo-melding.eml", d, A("RSNL Onderhoud", "onderhoud@rsnl.nl"), "Melding 0024631 geregistreerd",
     "<ultimo.job.0024631.20240713092005@rsnl.ultimo.net>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "ULT_0024631_b7e1f0c2"),
     irt=MID(213), references=MID(213), top=[("Return-Path", "<noreply@rsnl.ultimo.net>")],
     extra=[("Reply-To", "onderhoud@rsnl.nl"), ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Ultimo")],
     received_from=("smtp.ultimo.net", "185.107.52.20"), concerns=213,
     expect=E(213, "0024631", "acknowledged",
              "Ultimo EAM receipt in Dutch with replaced subject 'Melding 0024631 geregistreerd'; our tag only as 'Uw referentie: STORE-213' and In-Reply-To; decoys: branch 1012, object HHT-AMS-07."))

# 37  iPhone Mail, Dutch — battery ordered, no id in this mail
d = at(7, 14, 8, 11, 50)
txt = """Hoi,

Nieuwe accu voor de TC52 is besteld, ik breng hem donderdag 18 juli langs in Amsterdam CS. Kan de winkel de oude accu en de lader klaarleggen?

Groet, Dennis

Verstuurd vanaf mijn iPhone
"""
quote = "\n> Op 13 jul 2024 om 09:00 heeft StoreDesk <helpdesk@ops.storedesk.example> het volgende geschreven:\n>\n" + gt("\ufeff" + ORIG(213))
mail("37-iphone-nl-battery.eml", d, A("Dennis Bakker", "dennis.bakker@rsnl.nl"), f"Re: {S(213)}",
     "<3F7A2C91-8B4D-4E6F-A1C2-9D0E5B7F3A18@rsnl.nl>", leaf(txt + quote, charset="utf-8"),
     irt=MID(213), references=MID(213), extra=[("X-Mailer", "iPhone Mail (21F90)")],
     received_from=("smtp.rsnl.nl", "195.35.12.41"), concerns=213,
     expect=E(213, None, "update",
              "iPhone Mail reply (Dutch) saying a new battery is ordered and when it will be brought; the mail states no id (Ultimo number 0024631 came only in file 36), so vendor_ticket_id is null; decoy date 18 juli."))

# 38  Outlook for Mac, Spanish — remote action, rewritten subject
d = at(7, 15, 12, 4, 33)
txt = """Hola,

Hemos accedido en remoto al PC de trastienda (equipo ES-MAD-BO01). El disco estaba al 97 % y el antivirus lanzaba un análisis completo cada hora.
Hemos liberado 40 GB y movido el análisis programado a las 03:00.

¿Podéis decirnos mañana si el equipo va mejor? Si sigue lento, cambiaremos el disco por un SSD.

Un saludo,

Lucía Fernández
Soporte N2 – RSNL España
+34 910 55 62 10"""
qh = [("De:", "StoreDesk <helpdesk@ops.storedesk.example>"), ("Fecha:", "viernes, 12 de julio de 2024, 9:00"),
      ("Para:", "RSNL Support <support@rsnl.nl>"), ("Asunto:", S(212))]
plain = txt + "\n\n" + attribution_block(qh) + "\n" + ORIG(212)
hb = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
      "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head><body lang=\"ES\" style=\"word-wrap:break-word\"><div class=\"WordSection1\">"
      + "".join(f"<p class=\"MsoNormal\"><span style=\"font-size:11.0pt\">{esc(p)}</span></p><p class=\"MsoNormal\">&nbsp;</p>" for p in txt.split("\n\n")) +
      "<div id=\"mail-editor-reference-message-container\"><div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
      "<p class=\"MsoNormal\" style=\"margin-bottom:12.0pt\">" + "<br>".join(f"<b>{esc(k)} </b>{esc(v)}" for k, v in qh) + "</p></div>"
      "<p class=\"MsoNormal\">" + esc(ORIG(212)) + "</p></div></div></body></html>\n")
mail("38-outlook-mac-es-update.eml", d, A("Lucía Fernández", "lucia.fernandez@es.rsnl.nl"),
     "RE: Incidencia 004381 - PC lento Madrid Preciados [STORE-212]",
     "<A1C3E5F7-2B4D-4F6A-8C0E-9D1B3F5A7C92@es.rsnl.nl>",
     multi("alternative", [leaf(plain), leaf(hb, "text/html")], "B_3803723073_1184927335"),
     irt=MID(212), references=MID(212),
     extra=[("User-Agent", "Microsoft-MacOutlook/16.86.24062313"), ("Thread-Topic", "Incidencia 004381 - PC lento Madrid Preciados [STORE-212]"),
            ("Thread-Index", thread_index("p212a")), ("Content-Language", "es-ES")],
     received_from=("EUR04-VI1-obe.outbound.protection.outlook.com", "40.107.8.52"), concerns=212,
     expect=E(212, "004381", "update",
              "Outlook for Mac reply (Spanish) reporting remote clean-up and asking whether the PC is faster; id only in the rewritten subject 'Incidencia 004381 - ... [STORE-212]'; decoys: 97 %, 40 GB, host name, phone."))

# 39  Outlook calendar invitation — trap
d = at(7, 15, 15, 0, 0)
txt = """Beste Sam,

Graag plan ik ons kwartaaloverleg in om de servicecijfers van Q2, de openstaande meldingen en de planning voor het zomeronderhoud door te nemen.

Tot dan!
Hanna de Wit
Accountmanager Retail | RSNL B.V.
________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTQ1@thread.v2/0
Vergaderings-id: 312 445 918 772
Wachtwoordcode: Xk7pQ2
________________________________________________________________________________
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Hanna de Wit:mailto:hanna.dewit@rsnl.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=StoreDesk:mailto:helpdesk@ops.storedesk.example
DESCRIPTION;LANGUAGE=nl-NL:Kwartaaloverleg servicecijfers Q2\\, openstaande meldingen en zomeronderhoud.
UID:040000008200E00074C5B7101A82E008000000003D2C9A1F2BD6DA01000000000000000010000000B7E4F2A1C3D5
SUMMARY;LANGUAGE=nl-NL:Kwartaaloverleg service StoreDesk / RSNL (Q3)
DTSTART;TZID=W. Europe Standard Time:20240725T100000
DTEND;TZID=W. Europe Standard Time:20240725T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240715T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
mail("39-outlook-calendar-invite.eml", d, A("Hanna de Wit", "hanna.dewit@rsnl.nl"),
     "Kwartaaloverleg service StoreDesk / RSNL (Q3)", "<AM9P190MB1288C7E2A4B6D8F0E1A3C5B7D9F21@AM9P190MB1288.EURP190.PROD.OUTLOOK.COM>",
     multi("alternative", [leaf(txt), leaf(ics, "text/calendar", "utf-8", "base64", params="; method=REQUEST")],
           "_000_AM9P190MB1288C7E2A4B6D8F0E1A3C5B7D9F21AM9P190MB1288EURP_"),
     to=A("StoreDesk", OUR),
     extra=outlook_headers("cal0725", "nl-NL", "Kwartaaloverleg service StoreDesk / RSNL (Q3)") + [("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA9LJofK9baAQAAAAAAAAAAEAAAALfk8qHD1Q=="),
                                                                                               ("X-MS-Exchange-Organization-MeetingRequest", "true")],
     received_from=("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.21.64"), concerns=None,
     expect=E(None, None, "ignore",
              "Outlook/Teams meeting invitation (text/calendar METHOD:REQUEST) from RSNL's account manager for a quarterly review; not about any fault; decoys: meeting id 312 445 918 772, passcode."))

# 40  Sunrise ITSM — call resolved
d = at(7, 16, 10, 30, 17, "+0100")
txt = f"""Dear StoreDesk,

Your call reference 118603 has been RESOLVED.

Summary:     {S(216)}
Resolution:  Failed fan module replaced on switch SW-DH-SPUI-01 (HPE Aruba 2930F, S/N CN12KP0345).
             The alarm has stopped and the switch temperature is back to 38 °C. Related change: CHG-2207.
Resolved by: Network Field Team
Resolved on: 16/07/2024 09:28

If you are not satisfied with the resolution, please reply to this e-mail within 5 working days
quoting your call reference and the call will be re-opened.

Regards,
RSNL IT Service Desk
"""
mail("40-sunrise-call-resolved.eml", d, A("RSNL IT Service Desk", "servicedesk@rsnl.nl"), f"Call 118603 Resolved - {S(216)}",
     "<SR.Call.118603.20240716093017.4c2e@servicedesk.rsnl.nl>", leaf(txt), irt=MID(216), references=MID(216),
     extra=[("X-Mailer", "Sunrise ITSM"), ("Auto-Submitted", "auto-generated")], concerns=216,
     expect=E(216, "118603", "resolved",
              "Sunrise ITSM 'Call 118603 Resolved' notice; call reference in subject and body; decoys: change CHG-2207, switch serial, temperature, resolve date."))

# 41  Gorelo — ticket closed (Australian server time, next calendar day)
d = at(7, 16, 17, 3, 12, "+1000")
txt = f"""Hi StoreDesk,

Ticket #3318 has been closed.

Resolution note:
The scale was recalibrated on site using 5 kg and 10 kg test weights (certificate NMi-24-88213)
and the legal-for-trade seal was renewed. Weighing is now within tolerance.

If you need further help with this issue, reply to this email within 7 days to reopen the ticket.

----
Ticket summary
Ticket:   #3318
Title:    {S(240)}
Status:   Closed
Company:  StoreDesk Retail
Contact:  Sam Jansen
Created:  12 Jul 2024 09:14

RSNL Support · sent via Gorelo
"""
hb = "<html><body style=\"font-family:-apple-system,Segoe UI,Arial;font-size:14px\">" + paras_html(txt) + "</body></html>\n"
mail("41-gorelo-ticket-closed.eml", d, A("RSNL Support", "support@rsnl.nl"), f"Ticket #3318 closed: {S(240)}",
     "<t3318.c.01J2YQ6R8ZK4V1M9XH3B7D2F5N@mail.gorelo.io>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "000000000000a1b2c3061d5f7e90"),
     irt=MID(240), references=MID(240), top=[("Return-Path", "<bounces+rsnl@mail.gorelo.io>")],
     extra=[("Reply-To", "RSNL Support <support+t3318@rsnl.gorelo.io>"), ("Auto-Submitted", "auto-generated")],
     received_from=("mail.gorelo.io", "54.206.41.33"), concerns=240,
     expect=E(240, "3318", "closed",
              "Gorelo 'Ticket #3318 has been closed' notice dated in +1000 (next calendar day there); decoys: certificate NMi-24-88213, weights, created date."))

# 42  Alloy Navigator — incident updated (US Eastern time)
d = at(7, 17, 9, 14, 26, "-0400")
txt = f"""Incident I004512 has been updated by Sophie Garnier.

Summary:   {S(245)}
Status:    In Progress
Priority:  2 - High

New activity:
Remplacement du clavier prévu le 19/07. Un clavier de prêt (Cherry G86-71411, n° de série 0724-55813)
a été envoyé ce jour par Chronopost, colis n° XK 8840 2291 5FR. Merci de le brancher à la place
du clavier défectueux en attendant le technicien.

To add information, reply to this message. Please keep the incident number in the subject line.

RSNL Service Desk
https://alloy.rsnl.nl/AlloyPortal/Incidents/I004512
"""
mail("42-alloy-incident-updated.eml", d, A("RSNL Service Desk", "alloy@rsnl.nl"), f"Incident I004512 updated: {S(245)}",
     "<AN.I004512.638568116660000000@alloy.rsnl.nl>", leaf(txt, charset="utf-8", cte="quoted-printable"),
     irt=MID(245), references=MID(245), extra=[("X-Mailer", "Alloy Navigator Mail Connector"), ("Auto-Submitted", "auto-generated")],
     concerns=245,
     expect=E(245, "I004512", "update",
              "Alloy Navigator 'incident updated' notice with a French activity note (loan keyboard shipped, replacement planned); id I004512 in subject, body and link; decoys: tracking number with spaces, serial, date 19/07."))

# 43  Qualtrics relationship survey — trap
d = at(7, 17, 11, 0, 0, "-0600")
body = """<html><body style="font-family:Arial;font-size:14px;color:#333">
<p>Beste klant,</p>
<p>Elk halfjaar vragen wij onze klanten hoe tevreden zij zijn over RSNL als leverancier. Het invullen duurt ongeveer 2 minuten.</p>
<p style="font-size:16px"><b>Hoe waarschijnlijk is het dat u RSNL aanbeveelt aan een collega?</b></p>
<table><tr>""" + "".join(f'<td style="padding:6px 9px;border:1px solid #ccc"><a href="https://rsnl.eu.qualtrics.com/jfe/form/SV_5d2kQ8?Q_R={i}&amp;id=NPS-2024-H1">{i}</a></td>' for i in range(11)) + """</tr></table>
<p>Referentie: NPS-2024-H1 &middot; De enquête sluit op 31 juli 2024.</p>
<p>Met vriendelijke groet,<br>Klantenservice RSNL B.V.</p>
<p style="font-size:11px;color:#999"><a href="https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true">Afmelden voor enquêtes</a></p>
</body></html>
"""
mail("43-qualtrics-survey.eml", d, A("RSNL Klantenservice", "noreply@qemailserver.com"), "Hoe tevreden bent u over RSNL? (2 minuten)",
     "<0.0.2A.7F1.1DAD8293B3C4E5A.0@pmta07.qemailserver.com>", leaf(body, "text/html", "UTF-8", "quoted-printable"),
     top=[("Return-Path", "<bounce-SV_5d2kQ8-42@qemailserver.com>")],
     extra=[("Reply-To", "klantenservice@rsnl.nl"), ("List-Unsubscribe", "<https://rsnl.eu.qualtrics.com/CP/Register.php?OptOut=true>"), ("Precedence", "bulk")],
     received_from=("pmta07.qemailserver.com", "162.247.216.45"), concerns=None,
     expect=E(None, None, "ignore",
              "Qualtrics half-yearly NPS survey on behalf of RSNL, not about any fault or ticket; decoys: survey reference NPS-2024-H1, closing date."))

# 44  ServiceTonic — incidencia cerrada
d = at(7, 18, 8, 30, 0)
txt = """Estimado cliente:

La incidencia 004381 ha sido cerrada.

Asunto:    [STORE-212] Back-office PC slow - Madrid Preciados
Solución:  Sustitución del disco duro por un SSD de 512 GB y reinstalación del perfil de usuario
           (albarán de entrega 24-AL-3391). El equipo arranca en 35 segundos.
Fecha de cierre: 18/07/2024 08:30

Si el problema persiste, puede abrir una nueva incidencia respondiendo a este correo.

Atentamente,
Servicio de Atención al Cliente - RSNL España
"""
mail("44-servicetonic-cerrada.eml", d, A("RSNL Soporte España", "soporte@es.rsnl.nl"), f"Incidencia 004381 cerrada: {S(212)}",
     "<ST.004381.20240718083000.9a1d@rsnl.servicetonic.com>", leaf(txt, charset="ISO-8859-1"),
     irt=MID34, references=refs(MID(212), MID34), top=[("Return-Path", "<noreply@rsnl.servicetonic.com>")],
     extra=[("X-Mailer", "ServiceTonic"), ("Auto-Submitted", "auto-generated"), ("Reply-To", "soporte@es.rsnl.nl")],
     received_from=("mail.servicetonic.com", "185.93.229.30"), concerns=212,
     expect=E(212, "004381", "closed",
              "ServiceTonic close notice in Spanish: 'La incidencia 004381 ha sido cerrada' with the solution; decoys: delivery note 24-AL-3391, 512 GB, close date."))

# 45  ITarian Service Desk — ticket closed (US Eastern time)
d = at(7, 18, 14, 45, 10, "-0400")
txt = f"""Dear StoreDesk,

Your ticket #486925 has been closed.

Subject: {S(242)}
Department: Managed IT Benelux
Last response from Erik Smit:
  Malware scan came back clean. The PC had 4 GB RAM; we upgraded it to 16 GB and
  removed two start-up programs. Boot time is now under one minute.

If you still need help, please open a new ticket in the portal:
https://rsnl.servicedesk.itarian.com/clients/index.php

Thank you,
RSNL Service Desk
"""
hb = "<html><body style=\"font-family:Tahoma,Arial;font-size:12px\">" + paras_html(txt) + "</body></html>\n"
mail("45-itarian-ticket-closed.eml", d, A("RSNL Service Desk", "support@rsnl.servicedesk.itarian.com"), "Ticket #486925 has been closed",
     "<itarian-486925-1721328310@rsnl.servicedesk.itarian.com>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "=_b4d1e7f2c9a03658e1f0d2c4b6a8e9f1"),
     irt=MID(242), references=MID(242), extra=[("X-Mailer", "ITarian Service Desk"), ("Auto-Submitted", "auto-generated"),
                                              ("Reply-To", "support@rsnl.servicedesk.itarian.com")],
     received_from=("mail.itarian.com", "178.255.82.5"), concerns=242,
     expect=E(242, "486925", "closed",
              "ITarian Service Desk close notice sent from rsnl.servicedesk.itarian.com with a replaced subject; our tag in the body and In-Reply-To; decoys: 4 GB/16 GB, portal link."))

# 46  Windows Mail, Dutch (Flemish) — firmware push planned, id in signature-like line
d = at(7, 19, 15, 12, 39)
txt = """Hallo,

De kaartlezer in Antwerpen Meir meldt "FW ERR 31" omdat de firmwaredownload van gisteren halverwege is afgebroken.
We pushen vannacht om 02:00 opnieuw versie 4.2.1 naar terminal TID 40019877.

Mogen de kassa's in de winkel die nacht aan blijven staan? Graag een seintje voor 18:00.

Stijn
Ref. 240719.033

Verzonden vanuit Mail voor Windows
"""
qh = [("Van:", "StoreDesk"), ("Verzonden:", "vrijdag 19 juli 2024 09:00"), ("Aan:", "RSNL Support"), ("Onderwerp:", S(219))]
plain = txt + "\n" + attribution_block(qh) + "\n" + ORIG(219)
hb = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
      "<body lang=\"NL-BE\"><div class=\"WordSection1\">" + "".join(f"<p class=\"MsoNormal\">{esc(p)}</p><p class=\"MsoNormal\">&nbsp;</p>" for p in txt.split("\n\n")) +
      "<div style=\"mso-element:para-border-div;border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\" style=\"border:none;padding:0cm\">"
      + "<br>".join(f"<b>{esc(k)} </b>{esc(v)}" for k, v in qh) + "</p></div><p class=\"MsoNormal\">" + esc(ORIG(219)) + "</p></div></body></html>\n")
mail("46-windowsmail-nl-firmware.eml", d, A("Stijn Peeters", "stijn.peeters@be.rsnl.nl"), f"RE: {S(219)}",
     "<6697b2f1.170a0220.3c0e4.8f21@be.rsnl.nl>",
     multi("alternative", [leaf(plain), leaf(hb, "text/html")], "_A1C2E3F4-B5D6-4E7F-8A9B-0C1D2E3F4A5B_"),
     irt=MID(219), references=MID(219), received_from=("smtp.be.rsnl.nl", "195.35.14.22"), concerns=219,
     expect=E(219, "240719.033", "update",
              "Windows Mail reply (Flemish) planning a firmware re-push and asking whether tills may stay on; dotted date-based id in the signature-like line 'Ref. 240719.033'; decoys: error FW ERR 31, version 4.2.1, TID 40019877, times."))

# 47  Vision Helpdesk — another customer's ticket sent to us by mistake — trap
d = at(7, 20, 10, 5, 0, "+0000")
body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial;font-size:12px;color:#333">
<p>Dear Henk van Dam,</p>
<p>Thank you for contacting <b>RSNL Support</b>. A new support ticket has been created for your request.</p>
<table border="0" cellpadding="4" cellspacing="0" style="border:1px solid #ccc;background:#f7f7f7">
<tr><td><b>Ticket ID:</b></td><td>#RSN-553-19544</td></tr>
<tr><td><b>Subject:</b></td><td>Koffieautomaat lekt water &ndash; Bakkerij Van Dam Zwolle</td></tr>
<tr><td><b>Department:</b></td><td>Horeca Equipment</td></tr>
<tr><td><b>Priority:</b></td><td>Normal</td></tr>
<tr><td><b>Status:</b></td><td>Open</td></tr>
<tr><td><b>Site:</b></td><td>Diezerstraat 12, 8011 RH Zwolle</td></tr>
</table>
<p>You can check the status of your ticket at any time in our customer portal:<br>
<a href="https://rsnl.visionhelpdesk.com/index.php?/Tickets/Ticket/View/19544">https://rsnl.visionhelpdesk.com/index.php?/Tickets/Ticket/View/19544</a></p>
<p style="color:#888">##- Please type your reply above this line -##</p>
<p style="font-size:10px;color:#999">RSNL B.V. &middot; Powered by Vision Helpdesk</p>
</body></html>
"""
mail("47-visionhelpdesk-other-customer.eml", d, A("RSNL Support", "support@rsnl.nl"),
     "[#RSN-553-19544]: Koffieautomaat lekt water \u2013 Bakkerij Van Dam Zwolle", "<vh.19544.1721469900.3b9e@rsnl.visionhelpdesk.com>",
     leaf(body, "text/html"), to=A("Henk van Dam", OUR), top=[("Return-Path", "<bounce+19544@rsnl.visionhelpdesk.com>")],
     extra=[("X-Mailer", "Vision Helpdesk"), ("Auto-Submitted", "auto-replied")],
     received_from=("mail.visionhelpdesk.com", "52.28.144.17"), concerns=None,
     expect=E(None, None, "ignore",
              "Vision Helpdesk new-ticket mail for another customer (Bakkerij Van Dam, coffee machine) misaddressed to our mailbox; same id shape as ours (#RSN-553-19544) but no STORE reference or threading."))

# 48  SupportBee — agent reply, no ticket number in SupportBee mails
d = at(7, 20, 13, 41, 22, "+0000")
txt = """Hi,

The kitchen printer in Gent (Star TSP143IV, IP 10.44.7.21) isn't receiving jobs because it picked up a new DHCP address after Thursday's power cut, so the POS is still sending to the old one.

Could someone at the store print a self-test page (hold FEED while switching the printer on) and send us a photo of it? With the new address we can fix the mapping remotely in five minutes.

Thanks,
Pieter Janssens
RSNL Support"""
quote = f"On Sat, Jul 20, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n{gt(ORIG(220))}"
hb = ("<div>" + paras_html(txt) + "</div><br><div class=\"sb_quote\">On Sat, Jul 20, 2024 at 9:00 AM, StoreDesk &lt;helpdesk@ops.storedesk.example&gt; wrote:"
      "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">" + esc(ORIG(220)) + "</blockquote></div>\n")
mail("48-supportbee-agent-reply.eml", d, A("Pieter Janssens", "support@rsnl.supportbee.com"), f"Re: {S(220)}",
     "<669bbe12a4c1f_7e2b3fd1c8a4b0e41291f@sb-web-03.mail>",
     multi("alternative", [leaf(txt + "\n\n" + quote), leaf(hb, "text/html")], "--==_mimepart_669bbe12a3f06_7e2b3fd1c8a4b0e41290d"),
     irt=MID(220), references=MID(220), extra=[("Reply-To", "RSNL Support <support@rsnl.supportbee.com>"), ("X-Mailer", "SupportBee")],
     received_from=("o5.mail.supportbee.com", "167.89.115.54"), concerns=220,
     expect=E(220, None, "update",
              "SupportBee agent reply asking the store for a printer self-test photo; SupportBee shows no ticket number, so no vendor id; decoys: IP address, printer model."))

# 49  Apple Mail, Italian — repair lab update, new mail (no threading headers)
d = at(7, 22, 9, 48, 15)
txt = """Buongiorno,

vi scrivo dal laboratorio riparazioni RSNL di Milano, dove è arrivato ieri il modulo di riciclo banconote del negozio di Madrid Preciados (caso 30417, RMA 7712-IT).

L'errore E17 è causato da un sensore di trasporto sporco e da una cinghia usurata. Sostituiremo la cinghia (codice 01750133-02), puliremo i sensori e rispediremo il modulo a Madrid entro venerdì 26 luglio con corriere BRT.

Vi terremo aggiornati con il numero di spedizione.

Cordiali saluti,

Giulia Romano
RSNL Italia – Centro riparazioni
Via Toffetti 104, 20139 Milano
Tel. +39 02 8734 5512
"""
hb = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
      "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
      + "".join(f"<div>{esc(p)}</div><div><br></div>" for p in txt.strip().split("\n\n")) + "</body></html>\n")
mail("49-applemail-it-repair-lab.eml", d, A("Giulia Romano", "giulia.romano@it.rsnl.nl"),
     "Caso 30417 \u2013 modulo riciclatore Madrid Preciados (STORE-260)", "<B7E2A9C4-1F3D-4A6B-9C8E-2D5F7A1B3C60@it.rsnl.nl>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "Apple-Mail=_0E4B2A71-9C3D-4F85-B6A2-7D1E0C9F3B48"),
     extra=[("X-Mailer", "Apple Mail (2.3774.600.62)"), ("Cc", A("RSNL Soporte España", "soporte@es.rsnl.nl"))],
     received_from=("smtp.it.rsnl.nl", "195.35.18.30"), concerns=260,
     expect=E(260, "30417", "update",
              "Apple Mail new message (Italian) from RSNL's repair lab about the recycler module: diagnosis and return date; our tag only in the subject '(STORE-260)', case 30417 in subject and prose; decoys: RMA 7712-IT, part code, postcode."))

# 50  Spark, Spanish — update, id with spaces in the signature
d = at(7, 22, 16, 20, 55)
txt = """Hola,

El paquete de actualización 8.3.0 falló en la caja 4 por falta de espacio en la partición /var.
Esta mañana lo hemos relanzado en remoto en las cajas 1 a 3 y ha ido bien; la caja 4 la dejamos para esta noche a las 22:00, después del cierre.

Mañana os confirmo el resultado.

Saludos,
Diego Navarro
RSNL España – Soporte POS
Caso SR 24 0391"""
quote = f"El 20 jul 2024, 9:00 +0200, StoreDesk <helpdesk@ops.storedesk.example>, escribió:\n{gt(ORIG(248))}"
hb = ("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title></head><body><div name=\"messageBodySection\"><div dir=\"auto\">"
      + paras_html(txt) + "</div></div><div name=\"messageReplySection\">El 20 jul 2024, 9:00 +0200, StoreDesk &lt;helpdesk@ops.storedesk.example&gt;, escribió:<br>"
      "<blockquote type=\"cite\" class=\"spark_quote\" style=\"margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;\">" + esc(ORIG(248)) +
      "</blockquote></div></body></html>\n")
mail("50-spark-es-update.eml", d, A("Diego Navarro", "diego.navarro@es.rsnl.nl"), f"Re: {S(248)}",
     "<7c1e9b2a-4f3d-4e85-a0b6-2d9c8f1e7a34@Spark>",
     multi("alternative", [leaf(txt + "\n" + quote), leaf(hb, "text/html")], "66a1b2c3_4d5e6f70_1f2e"),
     irt=MID(248), references=MID(248), received_from=("smtp.es.rsnl.nl", "195.35.20.11"), concerns=248,
     expect=E(248, "SR 24 0391", "update",
              "Spark reply (Spanish): update rolled out on tills 1-3, till 4 tonight; id with spaces 'SR 24 0391' in the signature line; Spark 'El ..., escribió:' quote; decoys: version 8.3.0, /var, times."))

# 51  N-able MSP Manager — ticket received (US Eastern time)
d = at(7, 23, 9, 15, 31, "-0400")
txt = f"""Hello,

Your ticket has been received by RSNL Managed Services.

Ticket number:  58812
Title:          {S(223)}
Customer:       StoreDesk Retail GmbH
Priority:       Critical
Status:         New

A technician will contact you shortly. Reply to this email to update the ticket.

RSNL Managed Services
Hohenzollernring 54, 50672 Köln | +49 221 9988 4400
"""
MID51 = "<mspm.ticket.58812.1721718931@rsnl.mspmanager.com>"
mail("51-nable-ticket-received.eml", d, A("RSNL Managed Services", "msp@rsnl.nl"), f"[Ticket 58812] Received: {S(223)}", MID51,
     leaf(txt), irt=MID(223), references=MID(223), top=[("Return-Path", "<bounce@rsnl.mspmanager.com>")],
     extra=[("X-Mailer", "N-able MSP Manager"), ("Auto-Submitted", "auto-replied")],
     received_from=("smtp.mspmanager.com", "34.226.71.190"), concerns=223,
     expect=E(223, "58812", "acknowledged",
              "N-able MSP Manager receipt '[Ticket 58812] Received:'; pure-digit id in subject and body; decoys: postcode 50672, phone."))

# 52  Lookalike domain phishing — trap
d = at(7, 23, 12, 2, 44, "+0300")
body = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Dear customer,</p>
<p>Your support ticket <b>INC0098812</b> ({esc(S(223))}) has been put on hold because your
service contract could not be verified.</p>
<p>To avoid suspension of your RSNL support services within 24 hours, please confirm your account details:</p>
<p><a href="https://rsnl-servicedesk.com/verify?ticket=INC0098812&amp;u=helpdesk%40ops.storedesk.example" style="background:#d32f2f;color:#fff;padding:10px 18px;text-decoration:none">VERIFY ACCOUNT NOW</a></p>
<p>RSNL Service Desk Team</p>
</body></html>
"""
mail("52-lookalike-phish.eml", d, A("RSNL Support", "support@rsnl-servicedesk.com"), f"{S(223)} - ACTION REQUIRED",
     "<20240723090244.7f3c1a@rsnl-servicedesk.com>", leaf(body, "text/html", "utf-8", "base64"),
     top=[("Return-Path", "<bounce@mailer.rsnl-servicedesk.com>"),
          ("Authentication-Results", "mx1.ops.storedesk.example;\r\n\tspf=pass smtp.mailfrom=rsnl-servicedesk.com;\r\n\tdkim=none; dmarc=none header.from=rsnl-servicedesk.com")],
     extra=[("Reply-To", "verify@rsnl-servicedesk.com"), ("X-Priority", "1 (Highest)")],
     received_from=("vps-41872.hostsrv-cloud.ru", "185.244.31.72"), concerns=223,
     expect=E(None, None, "ignore",
              "Phishing from the lookalike domain rsnl-servicedesk.com copying our STORE-223 subject and demanding account verification; decoy ticket number INC0098812; not RSNL."))

# 53  KMail, German — fixed, please confirm (resolved), ISO-8859-1
d = at(7, 23, 15, 40, 9)
txt = """Hallo,

zu Ticket 58812: Das Zertifikat des IPsec-Tunnels zwischen der Filiale Schildergasse (Firewall FW-K-0211) und unserem Rechenzentrum ist heute Nacht um 00:00 abgelaufen.
Ich habe es erneuert und den Tunnel neu aufgebaut; seit 15:20 Uhr steht die Verbindung zur Zentrale wieder.

Das Problem sollte damit behoben sein. Könnt ihr das bitte kurz mit der Filiale bestätigen?

Gruß
Jens

Am Dienstag, 23. Juli 2024, 09:00:00 MESZ schrieb StoreDesk:
""" + gt(ORIG(223)) + """
-- 
Jens Hoffmann
Netzwerktechnik | RSNL Deutschland GmbH
Hohenzollernring 54, 50672 Köln
"""
mail("53-kmail-de-fixed.eml", d, A("Jens Hoffmann", "jens.hoffmann@de.rsnl.nl"), f"Re: {S(223)}",
     "<2318445.kQ7rLmN3pF@jh-workstation>", leaf(txt, charset="iso-8859-1"),
     irt=MID(223), references=MID(223), extra=[("User-Agent", "KMail/5.24.5 (Linux/6.9.9-arch1-1; KDE/6.3.0; x86_64; ; )")],
     received_from=("mail.de.rsnl.nl", "195.35.16.9"), concerns=223,
     expect=E(223, "58812", "resolved",
              "KMail reply (German, ISO-8859-1 QP): tunnel certificate renewed, 'Das Problem sollte damit behoben sein', asks for confirmation; 'zu Ticket 58812' in prose; decoys: firewall FW-K-0211, times, postcode."))

# 54  Simpro — job scheduled (Australian time)
d = at(7, 24, 11, 25, 18, "+1000")
txt = """Hello StoreDesk,

We've scheduled a technician for Job #10442.

Your reference:  STORE-224
Site:            Madrid Preciados, Calle de Preciados 9, 28013 Madrid
Technician:      Álvaro Gil
Date:            Friday 26 July 2024, 07:30 - 09:30 (before opening)
Work:            Check ESL base station BS-MAD-02 and re-sync approx. 1,240 shelf labels
Quote:           Q-5531 (approved)

If this time doesn't suit, please reply to this email or call +34 91 123 45 60.

Kind regards,
RSNL Field Services
"""
hb = "<html><body style=\"font-family:Helvetica,Arial;font-size:13px\">" + paras_html(txt) + "<p style=\"font-size:10px;color:#999\">Sent from simPRO</p></body></html>\n"
mail("54-simpro-job-scheduled.eml", d, A("RSNL Field Services", "jobs@rsnl.nl"), "Job #10442 - Schedule confirmation",
     "<simpro.job.10442.1721813118.55a7@rsnl.simprocloud.com>",
     multi("alternative", [leaf(txt, cte="base64"), leaf(hb, "text/html", cte="base64")], "=_simPRO_7e2a91c4d5b3"),
     top=[("Return-Path", "<no-reply@rsnl.simprocloud.com>")],
     extra=[("Reply-To", "RSNL Field Services <jobs@rsnl.nl>"), ("X-Mailer", "simPRO"), ("Auto-Submitted", "auto-generated")],
     received_from=("mail.simprocloud.com", "13.54.92.17"), concerns=224,
     expect=E(224, "10442", "update",
              "Simpro job schedule confirmation (base64, Date in +1000) with replaced subject and no threading headers; our tag only as 'Your reference: STORE-224'; decoys: quote Q-5531, base station id, postcode, phone."))

# 55  Gmail (Google Workspace), Dutch — fixed (resolved), id in signature
d = at(7, 25, 17, 8, 40)
txt = """Hallo,

De UPS in de serverkast (APC Smart-UPS 1500, sn AS1934112587) gaf alarm omdat de batterijset aan het einde van zijn levensduur was.
Ik heb vanmiddag de batterij (RBC7) vervangen en een zelftest gedaan: alles groen, geschatte looptijd 38 minuten.

De storing is verholpen.

Groeten,
Femke Visser
Servicemonteur RSNL Noord-Holland
Ticket: AMS/2024/0718"""
quote = f"Op do 25 jul 2024 om 09:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:\n\n{gt(ORIG(225))}"
hb = ("<div dir=\"ltr\">" + "".join(f"<div>{esc(p)}</div><div><br></div>" for p in txt.split("\n\n")) + "</div><br><div class=\"gmail_quote\">"
      "<div dir=\"ltr\" class=\"gmail_attr\">Op do 25 jul 2024 om 09:00 schreef StoreDesk &lt;<a href=\"mailto:helpdesk@ops.storedesk.example\">helpdesk@ops.storedesk.example</a>&gt;:<br></div>"
      "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + esc(ORIG(225)) + "</blockquote></div>\n")
mail("55-gmail-nl-fixed.eml", d, A("Femke Visser", "femke.visser@rsnl.nl"), f"Re: {S(225)}",
     "<CAJ7vK2p9RxQmT4s1bW8nE3yZc6Hd0uLfGa5jXw2oNq-Pk7Br1A@mail.gmail.com>",
     multi("alternative", [leaf(txt + "\n\n" + quote, charset="UTF-8"), leaf(hb, "text/html", "UTF-8")], "0000000000004f2c7a061e1b3d55"),
     irt=MID(225), references=MID(225), received_from=("mail-ej1-f48.google.com", "209.85.218.48"), concerns=225,
     expect=E(225, "AMS/2024/0718", "resolved",
              "Gmail reply (Dutch) from a field engineer: UPS battery replaced, 'De storing is verholpen'; slash-shaped id in the signature line 'Ticket: AMS/2024/0718'; decoys: UPS serial, battery type RBC7, 38 minutes."))

# 56  Status page scheduled maintenance — trap
d = at(7, 26, 22, 0, 0, "+0000")
txt = """RSNL Status - Scheduled maintenance

Klantportaal en e-mailverwerking
Scheduled for Saturday 27 July 2024, 22:00 - Sunday 28 July 2024, 02:00 CEST

During this window the customer portal will be unavailable and e-mails to support@rsnl.nl will be
queued and processed after the maintenance. Telephone support (030 799 4100) is not affected.

Components: Customer portal, E-mail ticket intake
Maintenance ID: 8kq2m5x7r3zt

You are receiving this because you subscribed to RSNL Status updates.
Manage your subscription: https://status.rsnl.nl/subscriptions/f81c2a9e
"""
hb = "<html><body style=\"font-family:-apple-system,Helvetica,Arial;font-size:14px\">" + paras_html(txt) + "</body></html>\n"
mail("56-statuspage-maintenance.eml", d, A("RSNL Status", "noreply@status.rsnl.nl"),
     "[RSNL Status] Scheduled maintenance: Klantportaal en e-mailverwerking", "<8kq2m5x7r3zt.0.notify@status.rsnl.nl>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "--==_mimepart_66a41c30d1e2f_3a7f2ac4d8e1c10981a"),
     top=[("Return-Path", "<bounces+4410231-8f2e@em.statuspage.io>")],
     extra=[("List-Unsubscribe", "<https://status.rsnl.nl/subscriptions/f81c2a9e/unsubscribe>"), ("Precedence", "bulk"),
            ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Statuspage")],
     received_from=("o1.em.statuspage.io", "167.89.94.12"), concerns=None,
     expect=E(None, None, "ignore",
              "Statuspage-style scheduled-maintenance notice from status.rsnl.nl about the portal and mail intake; no issue; decoys: maintenance id, phone, time window."))

# 57  Spam — trap
d = at(7, 28, 3, 12, 9, "-0700")
txt = """Hi there,

I was looking at ops.storedesk.example and noticed it isn't ranking on page 1 of Google for
"retail helpdesk". We helped 312 companies grow their organic traffic by 240% in 90 days.

Can I send you a free audit? Just reply "YES".

Best,
Maria Lopez
Growth Partner | LeadsGlobal
+1 (415) 555-0143

To stop receiving these emails reply "STOP".
"""
mail("57-spam-seo.eml", d, A("Maria Lopez", "maria.lopez@promo-leadsglobal.biz"), "Quick question about ops.storedesk.example",
     "<CAM9x7Rt2sQ1vYz8KpLw3nH4jB6cD0eFgA5uVx2mNo1Pq9Tr7Sk@mail.gmail.com>", leaf(txt, charset="us-ascii", cte="7bit"),
     received_from=("mail-pl1-f170.google.com", "209.85.214.170"), concerns=None,
     expect=E(None, None, "ignore",
              "Unsolicited SEO pitch from a stranger domain; no issue, no vendor; decoy numbers (312 companies, 240%, phone)."))

# 58  ServiceM8 — job received (Australian time)
d = at(7, 29, 8, 15, 22, "+1000")
txt = f"""Hi Sam,

Thanks for getting in touch. We've received your request and created Job #1187 for:

{S(228)}

Our Den Haag team will call the store to arrange a visit.

RSNL Field Service
KvK 30128877 | +31 70 361 4400
"""
hb = "<html><body style=\"font-family:Helvetica,Arial;font-size:14px\">" + paras_html(txt) + "<p style=\"font-size:11px;color:#999\">Sent with ServiceM8</p></body></html>\n"
MID58 = "<sm8.job.1187.a2f41c.1722204922@servicem8.com>"
mail("58-servicem8-job-received.eml", d, A("RSNL Field Service", "service@rsnl.nl"), "Job #1187 - We've received your request", MID58,
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "sm8_b1f0c2e7d9a4"),
     irt=MID(228), references=MID(228), top=[("Return-Path", "<bounce@servicem8.com>")],
     extra=[("Sender", "ServiceM8 <noreply@servicem8.com>"), ("Reply-To", "RSNL Field Service <service@rsnl.nl>"), ("Auto-Submitted", "auto-replied")],
     received_from=("mail.servicem8.com", "52.62.77.14"), concerns=228,
     expect=E(228, "1187", "acknowledged",
              "ServiceM8 'we've received your request' with replaced subject, Date in +1000; Job #1187 in subject and body, our subject line quoted in the body; decoys: KvK number, phone."))

# 59  Synchroteam — intervention planned (French, ISO-8859-15, base64)
d = at(7, 30, 9, 30, 0)
txt = """Bonjour,

Nous vous confirmons la planification de l'intervention n° 15872.

Client :      StoreDesk - Lille Euralille
Date :        mercredi 31 juillet 2024, 14h00 - 16h00
Technicien :  Karim Benali
Motif :       [STORE-233] Barcode scanner not reading
Matériel :    Honeywell Xenon 1950g, n° de série 23114B0572

Le technicien vous appellera 30 minutes avant son arrivée.
Pour modifier ce rendez-vous : 03 20 55 41 00.

RSNL France - Service Terrain
"""
mail("59-synchroteam-intervention.eml", d, A("RSNL France", "rsnl-france@synchroteam.com"),
     "Intervention n° 15872 planifiée le 31/07/2024", "<syt.job.15872.20240730093000@rsnl.synchroteam.com>",
     leaf(txt, charset="iso-8859-15", cte="base64"), top=[("Return-Path", "<noreply@synchroteam.com>")],
     extra=[("Reply-To", "RSNL France <terrain@fr.rsnl.nl>"), ("X-Mailer", "Synchroteam"), ("Auto-Submitted", "auto-generated")],
     subj_charset="iso-8859-15", subj_q=True, received_from=("mail.synchroteam.com", "51.91.7.108"), concerns=233,
     expect=E(233, "15872", "update",
              "Synchroteam field-service appointment in French (ISO-8859-15 base64), replaced subject, no threading headers, sent via synchroteam.com with Reply-To at fr.rsnl.nl; our tag only in 'Motif :'; decoys: scanner serial, dates, phone."))

# 60  ServiceM8 — job complete (Australian time, next calendar day there)
d = at(7, 31, 16, 48, 3, "+1000")
txt = f"""Hi Sam,

Job #1187 is complete.

Work carried out at Den Haag Spui:
- Replaced the auto-cutter unit of the receipt printer (Epson TM-T88VI, part 2141845)
- Tested 50 receipts, full and partial cut OK

Your reference: {S(228)}
Your PO: 4500021873

The fault is fixed. Our invoice will follow separately. Thanks for choosing RSNL!

RSNL Field Service
"""
hb = "<html><body style=\"font-family:Helvetica,Arial;font-size:14px\">" + paras_html(txt) + "<p style=\"font-size:11px;color:#999\">Sent with ServiceM8</p></body></html>\n"
mail("60-servicem8-job-complete.eml", d, A("RSNL Field Service", "service@rsnl.nl"), "Job #1187 - Job complete",
     "<sm8.job.1187.e7c93b.1722437283@servicem8.com>",
     multi("alternative", [leaf(txt), leaf(hb, "text/html")], "sm8_4c8e2a1f7b06"),
     irt=MID58, references=refs(MID(228), MID58), top=[("Return-Path", "<bounce@servicem8.com>")],
     extra=[("Sender", "ServiceM8 <noreply@servicem8.com>"), ("Reply-To", "RSNL Field Service <service@rsnl.nl>"), ("Auto-Submitted", "auto-generated")],
     received_from=("mail.servicem8.com", "52.62.77.14"), concerns=228,
     expect=E(228, "1187", "resolved",
              "ServiceM8 'Job complete' notice ('The fault is fixed') in +1000 (1 Aug there); Job #1187 in subject and body; decoys: part 2141845, PO 4500021873, 50 receipts."))


# ---------------------------------------------------------------- checks and output
def check(file, data, date, concerns):
    assert b"\n" not in data.replace(b"\r\n", b""), f"{file}: bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), f"{file}: bare CR"
    for i, line in enumerate(data.split(b"\r\n")):
        assert len(line) + 2 < 998, f"{file}: line {i} too long"
    head = data.split(b"\r\n\r\n", 1)[0]
    assert all(b < 128 for b in head), f"{file}: non-ASCII header"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{file}: defects {part.defects} in {part.get_content_type()}"
        for k, v in part.items():
            str(v)
            assert not getattr(v, "defects", ()), f"{file}: header {k} defects {v.defects}"
        if not part.is_multipart() and part.get_content_maintype() == "text":
            part.get_content()
        if not part.is_multipart() and part.get_content_type() not in ("message/disposition-notification", "message/delivery-status"):
            part.get_payload(decode=True)
    assert email.utils.parsedate_to_datetime(msg["Date"]) == date, file
    if concerns:
        assert date > SENT(concerns), f"{file}: earlier than the issue's sent date"
    return msg


def main():
    assert len(MAILS) == 60, len(MAILS)
    prev, mids, lines = None, set(), []
    for i, (file, data, date, concerns, exp) in enumerate(MAILS, 1):
        assert file.startswith(f"{i:02d}-"), file
        msg = check(file, data, date, concerns)
        if prev is not None:
            assert date > prev, f"{file}: Date not after the previous file"
        prev = date
        mid = msg["Message-ID"]
        assert mid not in mids, f"{file}: duplicate Message-ID"
        mids.add(mid)
        if exp["issue_ref"]:
            assert exp["issue_ref"] == f"STORE-{concerns}", file
        (OUT / file).write_bytes(data)
        lines.append(json.dumps({"file": file, **exp}, ensure_ascii=False))
    for old in OUT.glob("*.eml"):
        assert old.name in {m[0] for m in MAILS}, f"stray file {old.name}"
    (OUT / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for *_, exp in MAILS:
        counts[exp["event"]] = counts.get(exp["event"], 0) + 1
    print(f"wrote {len(MAILS)} messages; events: {counts}")


main()
