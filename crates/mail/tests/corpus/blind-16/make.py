#!/usr/bin/env python3
"""Writes the blind16 corpus: 60 RSNL vendor mails to StoreDesk, expected.jsonl and README.md, and validates them."""
import base64, hashlib, json, quopri
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

CRLF = b"\r\n"

def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))

def dt(y, mo, d, h, mi, s=0, off=2):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))

def fmt(d, zero=True):
    s = format_datetime(d)
    if not zero:  # "Mon, 1 Jul 2024" style used by some MUAs
        parts = s.split(" ")
        parts[1] = str(int(parts[1]))
        s = " ".join(parts)
    return s

def h(seed, n=16, alpha=False):
    x = hashlib.sha256(seed.encode()).digest()
    if alpha:
        s = base64.b64encode(x + hashlib.sha256(x).digest()).decode()
        s = "".join(c for c in s if c.isalnum())
        return s[:n]
    return (x.hex() + hashlib.sha256(x).hexdigest())[:n]

def is_ascii(s):
    return all(ord(c) < 128 for c in s)

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")

def _qword(b):
    out = []
    for c in b:
        if c in _QSAFE:
            out.append(chr(c))
        elif c == 0x20:
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)

def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encode a whole string as encoded-words (folded)."""
    if is_ascii(s):
        return s
    pre = "=?%s?%s?" % (cs, mode)
    def enc(chunk):
        b = chunk.encode(cs)
        body = base64.b64encode(b).decode() if mode == "B" else _qword(b)
        return pre + body + "?="
    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\r\n ".join(words)

SPECIALS = set('()<>@,;:\\".[]')

def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email if email.startswith("<") else "<%s>" % email
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, mode), email)

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) ASCII
        self.body = body        # bytes, CRLF

def _lf(s):
    return s.replace("\r\n", "\n")

def encode_body(raw, cte):
    if cte == "quoted-printable":
        b = quopri.encodestring(raw)
    elif cte == "base64":
        b = base64.encodebytes(raw)
    elif cte in ("7bit", "8bit"):
        b = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    b = b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not b.endswith(CRLF):
        b += CRLF
    return b

def text(s, sub="plain", cs="utf-8", cte="quoted-printable", ctparams="", disp=None, quote_cs=False, extra=None):
    raw = _lf(s).encode(cs)
    csv = '"%s"' % cs if quote_cs else cs
    hdrs = [("Content-Type", "text/%s; charset=%s%s" % (sub, csv, ctparams)),
            ("Content-Transfer-Encoding", cte)]
    if disp:
        hdrs.append(("Content-Disposition", disp))
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, encode_body(raw, cte))

def rfc2231(param, value):
    if is_ascii(value):
        return '%s="%s"' % (param, value)
    q = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "-._~")) else "%%%02X" % c for c in value.encode("utf-8"))
    return "%s*=utf-8''%s" % (param, q)

def attachment(data, ctype, filename, disp="attachment", extra=None):
    hdrs = [("Content-Type", "%s;\r\n %s" % (ctype, rfc2231("name", filename))),
            ("Content-Disposition", "%s;\r\n %s" % (disp, rfc2231("filename", filename))),
            ("Content-Transfer-Encoding", "base64")]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, encode_body(data, "base64"))

def raw_part(ctype, body_text, cte="7bit", extra=None):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, encode_body(_lf(body_text).encode("utf-8"), cte or "7bit"))

def multipart(sub, parts, boundary, params="", preamble=None):
    hdrs = [("Content-Type", 'multipart/%s;%s\r\n boundary="%s"' % (sub, params, boundary))]
    out = b""
    if preamble:
        out += preamble.encode() + CRLF
    for p in parts:
        out += b"--" + boundary.encode() + CRLF
        for k, v in p.headers:
            out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
        out += CRLF + p.body
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part(hdrs, out)

def message(headers, part):
    out = b""
    for k, v in list(headers) + [("MIME-Version", "1.0")] + part.headers:
        if v is None:
            continue
        out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
    return out + CRLF + part.body

def mini_pdf(title):
    """A tiny but well-formed one-page PDF (deterministic)."""
    t = title.encode("latin-1", "replace")
    stream = b"BT /F1 12 Tf 50 780 Td (" + t.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out

# ---------------------------------------------------------------------------
# Corpus data
# ---------------------------------------------------------------------------
import html as _html, json as _json, pathlib as _pl

HERE = _pl.Path(__file__).resolve().parent
ISSUES = {i["issue_ref"]: i for i in _json.loads((HERE / "input" / "issues.json").read_text(encoding="utf-8"))}
OUR = "helpdesk@ops.storedesk.example"
TO = "StoreDesk <helpdesk@ops.storedesk.example>"
ROOT = "<%s>" % OUR

def I(n):
    return ISSUES["STORE-%d" % n]

def ours_body(n):
    i = I(n)
    return "Store: %s\nPriority: high\nReported by: Sam Jansen\n\n%s.\n" % (i["store"], i["title"])

def quote(s, p="> "):
    return "".join((p + l).rstrip() + "\n" for l in s.rstrip("\n").split("\n"))

def received(frm, ip, d, by="mx1.ops.storedesk.example", helo=None, proto="ESMTPS"):
    sid = h("rcv" + frm + fmt(d), 10).upper()
    return ("from %s (%s [%s])\r\n\tby %s with %s id %s\r\n\tfor <%s>; %s"
            % (helo or frm, frm, ip, by, proto, sid, OUR, fmt(d)))

def esc(s):
    return _html.escape(s, quote=False)

MAILS = []

def mail(**kw):
    def deco(fn):
        kw["build"] = fn
        MAILS.append(kw)
        return fn
    return deco

# 01 ------------------------------------------------------------------------
@mail(slug="itflow-ticket-created", issue=201, event="acknowledged", lang="en", kind="notification",
      family="ITFlow", naming="subject", vid="TCK-412",
      note="ITFlow; English; default 'Ticket created - [TCK-412] - <subject>' HTML-only mail via PHPMailer with the "
           "'##- Please type your reply above this line -##' marker; our [STORE-201] subject kept. Decoy: the portal "
           "link carries the internal ticket id 1187, not the ticket number; company phone number")
def m01(m):
    i = I(201); d = dt(2024, 7, 1, 9, 3, 12)
    s = "Ticket created - [TCK-412] - " + i["subject"]
    body = ("<html><body><i style='color: #808080'>##- Please type your reply above this line -##</i><br><br>"
            "Hello StoreDesk,<br><br>A ticket regarding \"%s\" has been created for you.<br><br>"
            "--------------------------------<br>%s--------------------------------<br><br>"
            "Ticket: TCK-412<br>Subject: %s<br>Status: New<br>"
            "Portal: <a href='https://support.rsnl.nl/portal/ticket.php?id=1187'>https://support.rsnl.nl/portal/ticket.php?id=1187</a><br><br>"
            "--<br>RSNL - Support<br>support@rsnl.nl<br>+31 20 794 1180</body></html>\n"
            % (esc(i["subject"]), esc(ours_body(201)).replace("\n", "<br>"), esc(i["subject"])))
    hd = [("Return-Path", "<support@rsnl.nl>"),
          ("Received", received("support.rsnl.nl", "192.0.2.41", d)),
          ("Date", fmt(d)), ("To", TO), ("From", addr("RSNL Support", "support@rsnl.nl")),
          ("Reply-To", addr("RSNL Support", "support@rsnl.nl")),
          ("Subject", ew(s)), ("Message-ID", "<%s@support.rsnl.nl>" % h("m01", 43, True)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "html", "UTF-8", "quoted-printable"))

# 02 ------------------------------------------------------------------------
@mail(slug="easiware-accuse-reception", issue=257, event="acknowledged", lang="fr", kind="notification",
      family="Easiware", naming="field", vid="240701-000318",
      note="Easiware; French; automatic acknowledgement with subject replaced by 'Accusé de réception de votre demande "
           "n° 240701-000318' (date-based reference), HTML body with a stub plain part, our tag only in the 'Objet de "
           "votre demande' field, no threading headers. Decoys: free phone number 0 800 94 12 12, '48 heures ouvrées'")
def m02(m):
    i = I(257); d = dt(2024, 7, 1, 9, 6, 40)
    plain = ("Ce message est au format HTML. Si vous ne parvenez pas à le lire, consultez votre demande sur\n"
             "https://rsnl-fr.easiware.fr/suivi\n")
    htmlb = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Accusé de réception</title></head>\n"
             "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">\n"
             "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><tr><td style=\"background:#0b4f8a;color:#fff;padding:16px\">"
             "<strong>RSNL France &ndash; Service Client</strong></td></tr>\n"
             "<tr><td style=\"padding:16px\"><p>Bonjour,</p>\n"
             "<p>Nous accusons réception de votre demande et vous en remercions. Elle a été enregistrée sous la référence "
             "<strong>240701-000318</strong>.</p>\n"
             "<table cellpadding=\"4\" style=\"border:1px solid #ddd\">\n"
             "<tr><td>Date de réception</td><td>01/07/2024 09:06</td></tr>\n"
             "<tr><td>Canal</td><td>E-mail</td></tr>\n"
             "<tr><td>Objet de votre demande</td><td>%s</td></tr>\n"
             "<tr><td>Statut</td><td>Reçue</td></tr>\n</table>\n"
             "<p>Un conseiller reviendra vers vous sous 48&nbsp;heures ouvrées. Pour suivre l'avancement de votre demande :<br>\n"
             "<a href=\"https://rsnl-fr.easiware.fr/suivi?ref=240701-000318&amp;k=9fd2c1\">https://rsnl-fr.easiware.fr/suivi?ref=240701-000318</a></p>\n"
             "<p>Cordialement,<br>Le Service Client RSNL France<br>0 800 94 12 12 (service et appel gratuits) &ndash; du lundi au vendredi de 8h à 18h</p>\n"
             "<p style=\"font-size:11px;color:#888\">Merci de ne pas répondre directement à ce message automatique.</p>\n"
             "</td></tr></table></body></html>\n" % esc(i["subject"]))
    hd = [("Return-Path", "<bounce-318@mta2.easiware.fr>"),
          ("Received", received("mta2.easiware.fr", "198.51.100.23", d)),
          ("From", addr("Service Client RSNL France", "service-client@fr.rsnl.nl")),
          ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", ew("Accusé de réception de votre demande n° 240701-000318", "utf-8", "Q")),
          ("Date", fmt(d)), ("Message-ID", "<ewr.240701-000318.%s@mta2.easiware.fr>" % h("m02", 10)),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("Content-Language", "fr-FR")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "=_ew_" + h("b02", 20))
    return message(hd, p)

# 03 ------------------------------------------------------------------------
@mail(slug="newton-engineer-asks-serial", issue=229, event="update", lang="en", kind="human",
      family="Newton Mail", naming="subject", vid=None,
      note="Newton Mail; English; field-service coordinator replies in our thread asking for the PIN pad serial and a "
           "connector photo before ordering a cable; no vendor ticket number. Decoys: part numbers CBL-IPP-350-02/-05, "
           "phone number, example serial prefix")
def m03(m):
    i = I(229); d = dt(2024, 7, 1, 11, 42, 5)
    body = ("Hi Sam,\n\nThanks for the report. Before I order a replacement cable I need two things from the store:\n\n"
            "1. The serial number of the PIN pad (sticker on the back, starts with PP, e.g. PP3502xxxxxx).\n"
            "2. A photo of the connector end, so I know whether it is the RJ45 or the USB-C variant\n"
            "   (part no. CBL-IPP-350-02 vs CBL-IPP-350-05).\n\n"
            "If the store sends it before 15:00, the cable can still go out with tonight's courier from Nieuwegein.\n\n"
            "Best regards,\nRuben\n\nRuben de Graaf\nField Service Coordinator | RSNL\n+31 30 602 44 70 | r.degraaf@rsnl.nl\n\n"
            "Sent with Newton Mail\n\n"
            "On Mon, Jul 01, 2024 at 9:00 AM, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n" + quote(ours_body(229)))
    hd = [("Received", received("mail.rsnl.nl", "192.0.2.10", d)),
          ("Date", fmt(d)), ("From", addr("Ruben de Graaf", "r.degraaf@rsnl.nl")), ("To", TO),
          ("Subject", ew("Re: " + i["subject"])),
          ("Message-ID", "<%s@newtonhq.com>" % h("m03", 24)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "Newton Mail/11.0.72 (iOS)")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable", '; format=flowed'))

# 04 ------------------------------------------------------------------------
@mail(slug="perfectview-servicemelding", issue=202, event="acknowledged", lang="nl", kind="notification",
      family="PerfectView", naming="field", vid="SM-24-00193",
      note="PerfectView CRM service-desk module; Dutch; 'Servicemelding SM-24-00193 aangemaakt' with the subject "
           "replaced, our tag only in the 'Onderwerp' field, no threading. Decoys: debiteurnummer 104522, contract "
           "SC-2021-044, postcode 3511 DZ, reaction-time SLA")
def m04(m):
    i = I(202); d = dt(2024, 7, 2, 9, 12, 30)
    body = ("Geachte heer/mevrouw,\n\nWij hebben uw melding ontvangen en in ons servicesysteem vastgelegd.\n\n"
            "Meldingsnummer : SM-24-00193\n"
            "Onderwerp      : %s\n"
            "Relatie        : StoreDesk Retail (debiteurnummer 104522)\n"
            "Contract       : SLA Goud - SC-2021-044 (reactietijd 4 uur)\n"
            "Status         : Nieuw\n"
            "Behandelaar    : nog niet toegewezen\n"
            "Vestiging      : Utrecht Hoog Catharijne, Godebaldkwartier 74, 3511 DZ Utrecht\n\n"
            "Wilt u bij verdere correspondentie over deze melding altijd het meldingsnummer vermelden?\n\n"
            "Met vriendelijke groet,\n\nRSNL Servicedesk\nT 030 602 44 00 | servicedesk@rsnl.nl\n\n"
            "Dit bericht is automatisch verzonden vanuit PerfectView.\n" % i["subject"])
    hd = [("Received", received("smtp.perfectview.nl", "198.51.100.61", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Servicedesk", "servicedesk@rsnl.nl")), ("To", TO),
          ("Subject", "Servicemelding SM-24-00193 aangemaakt"),
          ("Message-ID", "<pv-%s@smtp.perfectview.nl>" % h("m04", 20)),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 05 ------------------------------------------------------------------------
@mail(slug="talkdesk-pedido-registado", issue=258, event="acknowledged", lang="pt", kind="notification",
      family="Talkdesk", naming="subject", vid="482731",
      note="Talkdesk e-mail channel auto-acknowledgement; Portuguese (pt-PT); 'Re:' our subject, Auto-Submitted "
           "auto-replied, sent through Amazon SES from a server in +0100. The number is written '#482731' in the "
           "body. Decoys: phone number, opening hours 9h00-18h00, '1 dia útil'")
def m05(m):
    i = I(258); d = dt(2024, 7, 2, 10, 31, 8, off=1)
    body = ("Olá,\n\nObrigado por contactar o Apoio ao Cliente da RSNL Portugal.\n\n"
            "Recebemos o seu e-mail e criámos o pedido #482731. Um técnico irá responder-lhe no prazo de 1 dia útil.\n"
            "Para acrescentar informação, basta responder a este e-mail sem alterar o assunto.\n\n"
            "Horário de atendimento: segunda a sexta, 9h00-18h00\nTelefone: +351 22 010 4455\n\n"
            "Com os melhores cumprimentos,\nEquipa de Apoio RSNL Portugal\n")
    hd = [("Received", received("a8-31.smtp-out.eu-west-1.amazonses.com", "198.51.100.131", d)),
          ("From", addr("Apoio RSNL Portugal", "apoio@pt.rsnl.nl")), ("To", TO),
          ("Subject", ew("Re: " + i["subject"])), ("Date", fmt(d)),
          ("Message-ID", "<0102019073%s-000000@eu-west-1.amazonses.com>" % h("m05", 28)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("Feedback-ID", "1.eu-west-1.talkdesk:AmazonSES")]
    return message(hd, text(body, "plain", "UTF-8", "base64"))

# 06 ------------------------------------------------------------------------
@mail(slug="novomind-eingangsbestaetigung", issue=259, event="acknowledged", lang="de", kind="notification",
      family="novomind", naming="subject", vid="DE240703-0117",
      note="novomind iAGENT automatic receipt; German; subject keeps our tag and appends '(Vorgang DE240703-0117)', "
           "ISO-8859-15 quoted-printable body, Auto-Submitted auto-replied. Decoys: hotline 0221 98765-0, HRB number, "
           "postcode 50672, service hours")
def m06(m):
    i = I(259); d = dt(2024, 7, 3, 9, 40, 2)
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Dies ist eine automatische Eingangsbestätigung.\n\n"
            "Ihre Anfrage ist bei uns eingegangen und wurde unter der Vorgangsnummer DE240703-0117 erfasst.\n"
            "Bitte geben Sie diese Nummer bei Rückfragen immer an.\n\n"
            "Unsere Servicezeiten: Mo-Fr 8:00-18:00 Uhr, Hotline 0221 98765-0.\n\n"
            "Mit freundlichen Grüßen\nIhr RSNL Kundenservice\n\n"
            "RSNL Deutschland GmbH · Hohenzollernring 72 · 50672 Köln\nAmtsgericht Köln HRB 98213 · Geschäftsführer: Dr. Frank Albers\n")
    hd = [("Received", received("iagent.de.rsnl.nl", "192.0.2.77", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Kundenservice", "service@de.rsnl.nl")), ("To", TO),
          ("Subject", ew("%s (Vorgang DE240703-0117)" % i["subject"])),
          ("Message-ID", "<iagent.%s.DE240703-0117@de.rsnl.nl>" % h("m06", 12)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
          ("X-Mailer", "novomind iAGENT")]
    return message(hd, text(body, "plain", "ISO-8859-15", "quoted-printable"))

# 07 ------------------------------------------------------------------------
@mail(slug="group-office-inline-questions", issue=203, event="update", lang="nl", kind="human",
      family="Group-Office", naming="subject", vid=None,
      note="Group-Office webmail; Dutch; support engineer answers inline between our quoted lines, asks which till "
           "and which barcodes fail, attaches a configuration sheet PDF; no ticket number. Decoys: till numbers, "
           "scanner model 1950g, phone number with opening hours")
def m07(m):
    i = I(203); d = dt(2024, 7, 3, 15, 25, 44)
    ob = ours_body(203).split("\n")
    body = ("Hallo Sam,\n\nZie mijn vragen hieronder tussen de tekst.\n\n"
            "Op 3 juli 2024 09:00:00 schreef StoreDesk <helpdesk@ops.storedesk.example>:\n"
            "> %s\n\n"
            "Welke kassa? In Lijnbaan staan er vier, en alleen kassa 2 en 4 hebben de nieuwe 1950g-scanner.\n\n"
            "> %s\n> %s\n>\n> %s\n\n"
            "Leest hij helemaal niets, of alleen bepaalde barcodes niet (bijv. de GS1 DataBar op groente en fruit)?\n"
            "Piept hij wel bij het scannen? Als hij piept maar er verschijnt niets op de kassa, staat hij waarschijnlijk\n"
            "in de verkeerde interfacemodus. Laat de winkel dan de barcode op het configuratieblad in de bijlage scannen,\n"
            "dat zet hem terug op USB-toetsenbord.\n\n"
            "Groet,\nJoost Verhoeven\nTechnisch Support Retail - RSNL\n010 - 714 22 90 (ma-vr 8-17 u)\n"
            % (ob[0], ob[1], ob[2], ob[4]))
    hd = [("Received", received("groupoffice.rsnl.nl", "192.0.2.15", d)),
          ("Message-ID", "<%s@groupoffice.rsnl.nl>" % h("m07", 32)),
          ("Date", fmt(d)), ("Subject", ew("Re: " + i["subject"])),
          ("From", addr("Joost Verhoeven", "j.verhoeven@rsnl.nl")), ("To", TO),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "Group-Office 6.8.62")]
    p = multipart("mixed", [text(body, "plain", "UTF-8", "quoted-printable"),
                            attachment(mini_pdf("Scanner configuratieblad - USB keyboard"), "application/pdf",
                                       "configuratieblad-usb-hid.pdf")], "_=_swift_" + h("b07", 24) + "_=_")
    return message(hd, p)

# 08 ------------------------------------------------------------------------
@mail(slug="pandora-itsm-ticket-creado", issue=260, event="acknowledged", lang="es", kind="notification",
      family="Pandora ITSM", naming="subject", vid="3318",
      note="Pandora ITSM (ex Integria IMS) new-ticket notification; Spanish; subject '[Pandora ITSM] Ticket #3318 "
           "creado - <our subject>', field list with SLA, echo of our description and a dashboard link with id=3318. "
           "Decoys: error code E17, SLA '4 horas laborables', creation timestamp")
def m08(m):
    i = I(260); d = dt(2024, 7, 4, 9, 1, 15)
    body = ("Se ha creado un nuevo ticket.\n\n"
            "Ticket #3318: %s\n"
            "Estado: Nuevo\nPrioridad: Alta\nGrupo: Soporte Retail Ibérica\n"
            "Creado por: helpdesk@ops.storedesk.example\nFecha: 2024-07-04 09:00:43\n"
            "SLA: primera respuesta en 4 horas laborables\n\n"
            "Descripción:\n%s\n"
            "Puede consultar el ticket en:\n"
            "https://itsm.es.rsnl.nl/pandoraitsm/index.php?sec=incidents&sec2=operation/incidents/incident_dashboard_detail&id=3318\n\n"
            "---\nEste mensaje ha sido generado automáticamente por Pandora ITSM. Si responde a este correo, "
            "su respuesta se añadirá al ticket.\n" % (i["subject"], ours_body(260)))
    hd = [("Received", received("itsm.es.rsnl.nl", "192.0.2.88", d)),
          ("Date", fmt(d)), ("From", addr("Soporte RSNL Ibérica", "soporte@es.rsnl.nl")), ("To", TO),
          ("Subject", ew("[Pandora ITSM] Ticket #3318 creado - " + i["subject"])),
          ("Message-ID", "<%s@itsm.es.rsnl.nl>" % h("m08", 32)),
          ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "utf-8", "8bit"))

# 09 ------------------------------------------------------------------------
@mail(slug="itflow-ticket-closed", issue=201, event="closed", lang="en", kind="notification",
      family="ITFlow", naming="subject", vid="TCK-412",
      note="ITFlow; English; default 'Ticket closed - [TCK-412] - <subject>' HTML-only mail; closing note says the "
           "SSD was replaced, the footer asks to raise a new ticket rather than reply. Decoys: SSD serial, portal id "
           "1187, 'Please do not reply'")
def m09(m):
    i = I(201); d = dt(2024, 7, 4, 11, 30, 51)
    s = "Ticket closed - [TCK-412] - " + i["subject"]
    body = ("<html><body>Hello StoreDesk,<br><br>Your ticket regarding \"%s\" has been closed.<br><br>"
            "--------------------------------<br>Till 3 would not get past the BIOS splash screen. The SSD "
            "(S/N S6PTNZ0T712345) had failed; our technician replaced it on site this morning and restored the till "
            "image. The till booted and was tested with a sale and a refund.<br>"
            "--------------------------------<br><br>"
            "We hope the request/issue was resolved to your satisfaction. If you need further assistance, please raise "
            "a new ticket using the below details. Please do not reply to this email.<br><br>"
            "Ticket: TCK-412<br>Subject: %s<br>"
            "Portal: <a href='https://support.rsnl.nl/portal/ticket.php?id=1187'>https://support.rsnl.nl/portal/ticket.php?id=1187</a><br><br>"
            "--<br>RSNL - Support<br>support@rsnl.nl<br>+31 20 794 1180</body></html>\n" % (esc(i["subject"]), esc(i["subject"])))
    hd = [("Return-Path", "<support@rsnl.nl>"),
          ("Received", received("support.rsnl.nl", "192.0.2.41", d)),
          ("Date", fmt(d)), ("To", TO), ("From", addr("RSNL Support", "support@rsnl.nl")),
          ("Reply-To", addr("RSNL Support", "support@rsnl.nl")),
          ("Subject", ew(s)), ("Message-ID", "<%s@support.rsnl.nl>" % h("m09", 43, True)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "html", "UTF-8", "quoted-printable"))

# 10 ------------------------------------------------------------------------
@mail(slug="supportcandy-ticket-ontvangen", issue=232, event="acknowledged", lang="nl", kind="notification",
      family="SupportCandy", naming="subject", vid="872",
      note="SupportCandy (WordPress) new-ticket e-mail; Dutch (Flemish template); subject '[Ticket #872] <our "
           "subject>', HTML-only via PHPMailer. Decoys: auth-code in the ticket link, the '#' before 872")
def m10(m):
    i = I(232); d = dt(2024, 7, 4, 16, 2, 9)
    body = ("<html><body style=\"font-family:Arial\"><p>Beste StoreDesk,</p>"
            "<p>Bedankt om ons te contacteren. We hebben uw ticket goed ontvangen; een van onze medewerkers neemt zo snel "
            "mogelijk contact met u op.</p>"
            "<p><strong>Ticket:</strong> #872<br><strong>Onderwerp:</strong> %s<br><strong>Categorie:</strong> Printers<br>"
            "<strong>Prioriteit:</strong> Hoog</p>"
            "<p><strong>Beschrijving:</strong><br>%s</p>"
            "<p>U kunt uw ticket volgen via <a href=\"https://support.be.rsnl.nl/support/?wpsc-section=ticket-list&amp;ticket-id=872&amp;auth-code=8f3a21c9\">"
            "ons supportportaal</a>.</p>"
            "<p>Met vriendelijke groeten,<br>RSNL België - Support<br>+32 9 265 18 00</p></body></html>\n"
            % (esc(i["subject"]), esc(ours_body(232)).replace("\n", "<br>")))
    hd = [("Date", fmt(d)), ("To", "helpdesk@ops.storedesk.example"),
          ("From", addr("RSNL België Support", "support@be.rsnl.nl")),
          ("Subject", ew("[Ticket #872] " + i["subject"])),
          ("Message-ID", "<%s@support.be.rsnl.nl>" % h("m10", 32, True)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    hd.insert(0, ("Received", received("support.be.rsnl.nl", "192.0.2.52", d)))
    return message(hd, text(body, "html", "UTF-8", "quoted-printable"))

# 11 ------------------------------------------------------------------------
@mail(slug="eloquant-accuse-sans-numero", issue=233, event="acknowledged", lang="fr", kind="notification",
      family="Eloquant", naming="thread", vid=None,
      note="Eloquant customer-service platform auto-acknowledgement; French; subject replaced by 'Accusé de réception "
           "- RSNL France', no ticket number given yet ('le numéro de dossier vous sera communiqué'), issue only via "
           "In-Reply-To/References. Decoys: phone number, 'meilleurs délais'")
def m11(m):
    i = I(233); d = dt(2024, 7, 5, 9, 4, 27)
    body = ("Bonjour,\n\nVotre message a bien été reçu par le support technique RSNL France. Il a été transmis à "
            "l'équipe concernée, qui vous répondra dans les meilleurs délais.\n\n"
            "Nous ne sommes pas encore en mesure de vous communiquer un numéro de dossier : il vous sera indiqué dans "
            "la première réponse de nos techniciens.\n\n"
            "Pour toute urgence (magasin à l'arrêt), appelez le 03 20 55 41 00.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n\nRSNL France - Support technique\n")
    hd = [("Received", received("out-3.eloquant.cloud", "198.51.100.74", d)),
          ("Date", fmt(d)), ("From", addr("RSNL France Support", "support@fr.rsnl.nl")), ("To", TO),
          ("Subject", ew("Accusé de réception - RSNL France", "iso-8859-1", "Q")),
          ("Message-ID", "<elq.%s@out-3.eloquant.cloud>" % h("m11", 20)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return message(hd, text(body, "plain", "iso-8859-1", "quoted-printable"))

# 12 ------------------------------------------------------------------------
@mail(slug="zonka-csat-survey", issue=None, related=201, event="ignore", lang="en", kind="notification",
      family="Zonka Feedback", naming="tag-in-ignore", vid=None,
      note="Zonka Feedback CSAT survey; English; sent on behalf of RSNL after TCK-412 was closed, carries our "
           "[STORE-201] subject and the word 'closed' plus 1-5 rating links: a survey, must be ignored")
def m12(m):
    i = I(201); d = dt(2024, 7, 5, 8, 0, 0, off=0)
    links = "".join("<a href=\"https://survey.zonkafeedback.com/s/rsnl-csat?t=TCK-412&amp;r=%d\" style=\"padding:8px 14px;border:1px solid #999;margin:2px;text-decoration:none\">%d</a>" % (k, k) for k in range(1, 6))
    htmlb = ("<html><body style=\"font-family:Helvetica,Arial\"><p>Hi StoreDesk,</p>"
             "<p>Your ticket <b>TCK-412 &ndash; %s</b> was recently closed.</p>"
             "<p>How satisfied are you with the support you received from RSNL?</p><p>%s</p>"
             "<p style=\"font-size:11px;color:#777\">1 = very dissatisfied, 5 = very satisfied. This survey takes less than a minute.<br>"
             "Powered by Zonka Feedback &middot; <a href=\"https://survey.zonkafeedback.com/unsubscribe?u=7f3a\">Unsubscribe</a></p></body></html>\n"
             % (esc(i["subject"]), links))
    plain = ("Hi StoreDesk,\n\nYour ticket TCK-412 - %s was recently closed.\n"
             "How satisfied are you with the support you received from RSNL? Rate 1-5:\n"
             "https://survey.zonkafeedback.com/s/rsnl-csat?t=TCK-412\n\nPowered by Zonka Feedback\n" % i["subject"])
    hd = [("Received", received("mail-out.zonkafeedback.com", "198.51.100.90", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Support via Zonka Feedback", "surveys@zonkafeedback.com")),
          ("Reply-To", "support@rsnl.nl"), ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", ew("How did we do? " + i["subject"])),
          ("Message-ID", "<zf-%s@zonkafeedback.com>" % h("m12", 24)),
          ("List-Unsubscribe", "<https://survey.zonkafeedback.com/unsubscribe?u=7f3a>"),
          ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "zf_" + h("b12", 24))
    return message(hd, p)

# 13 ------------------------------------------------------------------------
@mail(slug="netsupport-call-updated", issue=204, event="update", lang="en", kind="notification",
      family="NetSupport ServiceDesk", naming="field", vid="17734",
      note="NetSupport ServiceDesk call-update notification; English; subject replaced by 'Call 17734 updated - "
           "Awaiting Customer', our tag only in the Summary field, latest action asks the store to check the "
           "terminal after a restart. Decoys: TID 60012874, merchant id 400012345, SLA target date")
def m13(m):
    i = I(204); d = dt(2024, 7, 5, 13, 20, 3)
    body = ("Dear StoreDesk,\n\nYour call has been updated.\n\n"
            "Call Number:  17734\nSummary:      %s\nStatus:       Awaiting Customer\nPriority:     P2 - High\n"
            "Assigned To:  Payments Team (M. Bakker)\nLogged:       04/07/2024 09:02\nSLA Target:   05/07/2024 13:02\n\n"
            "Latest Action (05/07/2024 13:18, M. Bakker):\n"
            "The acquirer confirms the terminal (TID 60012874) is still registered under the old merchant ID 400012345.\n"
            "We have asked them to move it to the new contract. In the meantime, could the store check whether the\n"
            "terminal shows 'Gereed' and not 'Niet aangemeld' after a restart? Please reply to this e-mail with the result.\n\n"
            "To view this call, go to https://servicedesk.rsnl.nl/NSD/Portal/Call.aspx?CallID=17734\n\n"
            "Please do not change the subject line when replying.\n\nRSNL ServiceDesk\n" % i["subject"])
    hd = [("Received", received("nsd.rsnl.nl", "192.0.2.33", d)),
          ("From", addr("RSNL ServiceDesk", "servicedesk@rsnl.nl")), ("To", TO),
          ("Subject", "Call 17734 updated - Awaiting Customer"), ("Date", fmt(d)),
          ("Message-ID", "<NSD.17734.%s@nsd.rsnl.nl>" % h("m13", 12).upper()),
          ("X-Priority", "3")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 14 ------------------------------------------------------------------------
@mail(slug="deskcenter-ticket-erstellt", issue=235, event="acknowledged", lang="de", kind="notification",
      family="DeskCenter", naming="field", vid="DC-004711",
      note="DeskCenter Management Suite service-desk notification; German; Sunday receipt 'Ticket DC-004711 wurde "
           "erstellt' with the subject replaced and our tag in the 'Betreff' field; notes that weekend tickets are "
           "handled next working day. Decoys: hotline, service hours, postcode 50667")
def m14(m):
    i = I(235); d = dt(2024, 7, 7, 9, 12, 40)
    body = ("Guten Tag,\n\nIhr Ticket wurde in unserem Service Desk erfasst.\n\n"
            "Ticketnummer:  DC-004711\nBetreff:       %s\nKategorie:     Netzwerk / WLAN\nPriorität:     2 - hoch\n"
            "Status:        Neu\nErstellt am:   07.07.2024 09:11\nStandort:      Köln Schildergasse, Schildergasse 84, 50667 Köln\n\n"
            "Außerhalb unserer Servicezeiten (Mo-Fr 07:00-19:00 Uhr, Sa 08:00-16:00 Uhr) eingehende Tickets werden am "
            "nächsten Werktag bearbeitet. In dringenden Fällen erreichen Sie die Störungshotline unter +49 221 98765-55.\n\n"
            "Den Bearbeitungsstand können Sie jederzeit im Self-Service-Portal einsehen:\n"
            "https://servicedesk.de.rsnl.nl/DeskCenter/SelfService/Ticket/DC-004711\n\n"
            "Mit freundlichen Grüßen\nIhr RSNL Service Desk\n" % i["subject"])
    hd = [("Received", received("dcms.de.rsnl.nl", "192.0.2.78", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Service Desk", "servicedesk@de.rsnl.nl")), ("To", TO),
          ("Subject", "Ticket DC-004711 wurde erstellt"),
          ("Message-ID", "<DC-004711.%s@dcms.de.rsnl.nl>" % h("m14", 16)),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "DR, OOF, AutoReply")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 15 ------------------------------------------------------------------------
@mail(slug="infor-eam-werkorder-gepland", issue=207, event="update", lang="nl", kind="notification",
      family="Infor EAM", naming="field", vid="118273",
      note="Infor EAM work-order alert; Dutch (Flemish); 'Werkorder 118273 - Gepland' with 'Uw referentie: STORE-207' "
           "(no brackets) as the only tag, technician slot Tuesday 09-07-2024 08:00-12:00. Decoys: asset serial "
           "D4J214500123, part P1112640-218, technician phone, postcode 2000")
def m15(m):
    i = I(207); d = dt(2024, 7, 8, 7, 40, 0)
    body = ("Werkorder:        118273\nOmschrijving:     %s\nUw referentie:    STORE-207\n"
            "Locatie:          BE-ANT-MEIR - %s, Meir 78, 2000 Antwerpen\n"
            "Object:           ZD421 thermal transfer / S/N D4J214500123\n"
            "Status:           Gepland (was: Open)\nPrioriteit:       2\n"
            "Geplande datum:   di 09-07-2024, tijdvak 08:00 - 12:00\n"
            "Technicus:        Kris Peeters (+32 3 298 41 60)\n"
            "Onderdelen:       printkop P1112640-218 (gereserveerd)\n\n"
            "Opmerking planner:\nVermoedelijk defecte printkop of verkeerd lint (wax in plaats van wax/resin). "
            "De technicus neemt een nieuwe printkop en twee rollen lint mee.\n\n"
            "Dit is een automatisch bericht van Infor EAM. Gelieve niet te antwoorden.\n" % (i["title"], i["store"]))
    hd = [("Received", received("eam.rsnl.nl", "192.0.2.96", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Planning", "planning@be.rsnl.nl")), ("To", TO),
          ("Subject", ew("Werkorder 118273 – Gepland")),
          ("Message-ID", "<EAM.WO118273.%s@eam.rsnl.nl>" % h("m15", 10)),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "windows-1252", "quoted-printable"))

# 16 ------------------------------------------------------------------------
@mail(slug="group-office-scanner-fixed", issue=203, event="resolved", lang="nl", kind="human",
      family="Group-Office", naming="thread", vid="55190",
      note="Group-Office webmail; Dutch; same engineer, subject rewritten to 'scanner kassa 2 leest weer', no quote, "
           "issue only via References (In-Reply-To points at his own previous mail). States the fault fixed and that "
           "melding 55190 stays open until Friday ('sluiten we hem'): resolved, not closed. Decoy: RS-232 mode")
def m16(m):
    i = I(203); d = dt(2024, 7, 8, 8, 40, 17)
    prev = "<%s@groupoffice.rsnl.nl>" % h("m07", 32)
    body = ("Hoi Sam,\n\nDe winkel heeft het configuratieblad gescand en de scanner op kassa 2 leest weer alles, ook de "
            "GS1 DataBar-codes. Oorzaak: iemand had hem per ongeluk in RS-232-modus gezet, waarschijnlijk door een "
            "barcode op een leveranciersdoos.\n\n"
            "Ik laat melding 55190 nog tot vrijdag openstaan; als het dan nog goed gaat, sluiten we hem.\n\n"
            "Groet,\nJoost\n\n--\nJoost Verhoeven\nTechnisch Support Retail - RSNL\n010 - 714 22 90\n")
    hd = [("Received", received("groupoffice.rsnl.nl", "192.0.2.15", d)),
          ("Message-ID", "<%s@groupoffice.rsnl.nl>" % h("m16", 32)),
          ("Date", fmt(d)), ("Subject", "scanner kassa 2 leest weer"),
          ("From", addr("Joost Verhoeven", "j.verhoeven@rsnl.nl")), ("To", TO),
          ("In-Reply-To", prev), ("References", "%s\r\n %s" % (i["message_id"], prev)),
          ("X-Mailer", "Group-Office 6.8.62")]
    return message(hd, text(body, "plain", "UTF-8", "quoted-printable"))

# 17 ------------------------------------------------------------------------
@mail(slug="moxier-cajon-visita-tecnico", issue=236, event="update", lang="es", kind="human",
      family="Moxier Mail", naming="subject", vid="ES-24-0981",
      note="Moxier Mail (Android Exchange client); Spanish; top-posted reply with '-----Mensaje original-----' block; "
           "names incidencia ES-24-0981, says 'Todavía no está resuelto' and plans a technician for Tuesday 9 "
           "10:00-14:00. Decoys: spare part SOL-24V-118, RJ12 cable, phone number, till 3")
def m17(m):
    i = I(236); d = dt(2024, 7, 8, 10, 18, 36)
    body = ("Hola Sam:\n\nSobre la incidencia ES-24-0981: he hablado con la encargada de Preciados. El cajón no abre ni "
            "con la llave, así que no es un problema de software. Probablemente es el solenoide (repuesto SOL-24V-118) "
            "o el cable RJ12 entre la impresora y el cajón.\n\n"
            "Todavía no está resuelto: el técnico pasará mañana martes 9 entre las 10:00 y las 14:00 con las dos piezas. "
            "Mientras tanto pueden usar el cajón de la caja 3.\n\n"
            "Un saludo,\nLucía Navarro\nRSNL Ibérica - Soporte Técnico\nTel. +34 91 555 01 23\n\n"
            "Enviado desde Moxier Mail\n\n"
            "-----Mensaje original-----\nDe: StoreDesk <helpdesk@ops.storedesk.example>\n"
            "Enviado: lunes, 8 de julio de 2024 9:00\nPara: RSNL Support <support@rsnl.nl>\n"
            "Asunto: %s\n\n%s" % (i["subject"], ours_body(236)))
    hd = [("Received", received("mail.es.rsnl.nl", "192.0.2.121", d)),
          ("From", addr("Lucía Navarro", "lucia.navarro@es.rsnl.nl", "iso-8859-1", "Q")), ("To", TO),
          ("Subject", ew("RE: " + i["subject"])), ("Date", fmt(d)),
          ("Message-ID", "<MOXIER.%s@es.rsnl.nl>" % h("m17", 20).upper()),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "Moxier Mail 2.9.4 (Android)"), ("Importance", "Normal")]
    return message(hd, text(body, "plain", "utf-8", "base64"))

# 18 ------------------------------------------------------------------------
@mail(slug="profimail-terminal-nao-resolvido", issue=234, event="update", lang="pt", kind="human",
      family="ProfiMail", naming="subject", vid="PT-24-0614",
      note="ProfiMail for Android; Portuguese (pt-PT); reply from +0100 with 'Em ... escreveu:' quote header showing "
           "our 09:00 +0200 mail as 08:00; 'O problema ainda não está resolvido', remote reconfiguration tonight, "
           "swap on Wednesday. Decoys: third-party SIBS reference 2024-55123, TID 40217788, error 05")
def m18(m):
    i = I(234); d = dt(2024, 7, 8, 11, 5, 22, off=1)
    body = ("Bom dia Sam,\n\nRelativamente ao processo PT-24-0614: o terminal (TID 40217788) recusa todos os cartões "
            "com o código 'Erro 05 - Comunicação'. Verificámos que perdeu a configuração de IP fixo depois do corte de "
            "energia de sábado. Já pedimos à SIBS (ref. SIBS 2024-55123) a confirmação dos parâmetros do host.\n\n"
            "O problema ainda não está resolvido. Vamos enviar a configuração remotamente esta noite; se não resultar, "
            "trocamos o terminal na quarta-feira (10/07).\n\n"
            "Cumprimentos,\nTiago Moreira\nRSNL Portugal · Suporte Pagamentos\n+351 22 010 4460\n\n"
            "Enviado com ProfiMail\n\n"
            "Em 06/07/2024 08:00, StoreDesk <helpdesk@ops.storedesk.example> escreveu:\n" + quote(ours_body(234)))
    hd = [("Received", received("mail.pt.rsnl.nl", "192.0.2.140", d)),
          ("Date", fmt(d)), ("From", addr("Tiago Moreira", "tiago.moreira@pt.rsnl.nl")), ("To", TO),
          ("Subject", ew("Re: " + i["subject"])),
          ("Message-ID", "<profimail.%s@pt.rsnl.nl>" % h("m18", 18)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "ProfiMail 4.36.10 (Android)")]
    return message(hd, text(body, "plain", "ISO-8859-1", "quoted-printable"))

# 19 ------------------------------------------------------------------------
@mail(slug="pandora-itsm-resuelto", issue=260, event="resolved", lang="es", kind="notification",
      family="Pandora ITSM", naming="subject", vid="3318",
      note="Pandora ITSM ticket-update notification; Spanish; status Asignado -> Resuelto with a resolution comment "
           "and an auto-close-in-5-days warning (not closed yet). Decoys: part RC-BLT-0042, '40 ciclos', amounts "
           "10 € and 20 €, error code E17")
def m19(m):
    i = I(260); d = dt(2024, 7, 8, 12, 30, 41)
    body = ("El ticket #3318 ha sido actualizado.\n\n"
            "Ticket #3318: %s\nEstado: Asignado -> Resuelto\nResolución: Solucionado\n"
            "Actualizado por: jmartin (Javier Martín)\n\n"
            "Comentario:\nSe ha limpiado el sensor de billetes del módulo reciclador y se ha sustituido la correa del "
            "casete 2 (pieza RC-BLT-0042). El reciclador acepta y devuelve billetes sin el error E17. Se han hecho "
            "40 ciclos de prueba con billetes de 10 € y 20 €.\n\n"
            "Si no recibimos respuesta, el ticket se cerrará automáticamente dentro de 5 días. Si el problema persiste, "
            "responda a este correo y el ticket se reabrirá.\n\n"
            "https://itsm.es.rsnl.nl/pandoraitsm/index.php?sec=incidents&sec2=operation/incidents/incident_dashboard_detail&id=3318\n\n"
            "---\nEste mensaje ha sido generado automáticamente por Pandora ITSM.\n" % i["subject"])
    hd = [("Received", received("itsm.es.rsnl.nl", "192.0.2.88", d)),
          ("Date", fmt(d)), ("From", addr("Soporte RSNL Ibérica", "soporte@es.rsnl.nl")), ("To", TO),
          ("Subject", ew("[Pandora ITSM] Ticket #3318 actualizado - " + i["subject"])),
          ("Message-ID", "<%s@itsm.es.rsnl.nl>" % h("m19", 32)),
          ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "utf-8", "8bit"))

# 20 ------------------------------------------------------------------------
@mail(slug="x2crm-service-case-created", issue=208, event="acknowledged", lang="en", kind="notification",
      family="X2CRM", naming="field", vid="00318",
      note="X2CRM Services module case-created e-mail; English; subject replaced by 'Your service case 00318 has been "
           "created', zero-padded case number, our tag only in the Subject field, sent from a US server in -0500. "
           "Decoys: contract SLA-BE-2022-17, the '#' in 'Case #: 00318'")
def m20(m):
    i = I(208); d = dt(2024, 7, 8, 8, 0, 12, off=-5)
    body = ("Hello StoreDesk,\n\nThank you for contacting RSNL Technical Support. A service case has been created for "
            "your request.\n\n"
            "Case #: 00318\nSubject: %s\nStatus: New\nImpact: 2 - High\nAssigned to: Benelux Retail Support\n"
            "Contract: SLA-BE-2022-17 (next business day on site)\n\n"
            "Please keep the case number in the subject line when you reply.\n\n"
            "View your case: https://crm.rsnl.nl/index.php/services/view/id/318\n\n"
            "RSNL Technical Support\n" % i["subject"])
    hd = [("Received", received("crm.rsnl.nl", "203.0.113.18", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Technical Support", "techsupport@rsnl.nl")), ("To", TO),
          ("Subject", "Your service case 00318 has been created"),
          ("Message-ID", "<%s@crm.rsnl.nl>" % h("m20", 32, True)),
          ("X-Mailer", "PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)")]
    return message(hd, text(body, "plain", "utf-8", "7bit" if is_ascii(body) else "quoted-printable"))

# 21 ------------------------------------------------------------------------
@mail(slug="unibox-call-closed-quoted", issue=204, event="closed", lang="en", kind="human",
      family="Unibox", naming="quoted", vid="17734",
      note="Unibox (macOS); English; payments engineer replies to the NetSupport notification (threading points at "
           "that mail, not ours) with a rewritten subject; our tag appears only in the quoted Summary line; 'I've "
           "closed call 17734 on our side'. Decoys: TID, test payment € 0,01, 'we'll reopen it'")
def m21(m):
    i = I(204); d = dt(2024, 7, 8, 17, 30, 2)
    parent = "<NSD.17734.%s@nsd.rsnl.nl>" % h("m13", 12).upper()
    body = ("Hi Sam,\n\nThe acquirer moved terminal TID 60012874 to the new merchant contract this morning and the store "
            "confirmed at 14:05 that cards are accepted again (test payment of € 0,01 approved and refunded).\n\n"
            "I've closed call 17734 on our side. If it comes back, just reply to this mail and we'll reopen it.\n\n"
            "Kind regards,\nMaarten\n\n--\nMaarten Bakker | Payments Team | RSNL\n+31 70 345 87 10\n\n\n"
            "> On 5 Jul 2024, at 13:20, RSNL ServiceDesk <servicedesk@rsnl.nl> wrote:\n>\n"
            "> Dear StoreDesk,\n>\n> Your call has been updated.\n>\n"
            "> Call Number:  17734\n> Summary:      %s\n> Status:       Awaiting Customer\n>\n"
            "> Latest Action (05/07/2024 13:18, M. Bakker):\n"
            "> The acquirer confirms the terminal (TID 60012874) is still registered under the old merchant ID 400012345.\n"
            "> [...]\n" % i["subject"])
    hd = [("Received", received("mail.rsnl.nl", "192.0.2.10", d)),
          ("From", addr("Maarten Bakker", "m.bakker@rsnl.nl")), ("To", TO),
          ("Subject", "Card terminal Den Haag - call 17734 closed"), ("Date", fmt(d)),
          ("Message-ID", "<%s@rsnl.nl>" % h("m21", 36).upper()),
          ("In-Reply-To", parent), ("References", parent),
          ("X-Mailer", "Unibox 1.9.3 (macOS 14.5)")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable", "; format=flowed; delsp=yes"))

# 22 ------------------------------------------------------------------------
@mail(slug="infomaniak-routeur-operateur", issue=209, event="update", lang="fr", kind="human",
      family="Infomaniak Mail", naming="subject", vid="LIL-2407-0091",
      note="Infomaniak Mail webmail; French; network technician: the problem is at the carrier, 'Le problème n'est donc "
           "pas encore résolu', fallback to 4G. Decoys: third-party Orange Business ticket 8812345-F, two phone "
           "numbers, times 06h12/18h")
def m22(m):
    i = I(209); d = dt(2024, 7, 9, 9, 25, 50)
    body = ("Bonjour Sam,\n\nPour le dossier LIL-2407-0091 : le routeur d'Euralille ne monte plus sa session PPP depuis "
            "06h12 ce matin, d'où les voyants rouges. Côté RSNL tout est correct ; le problème est chez l'opérateur. "
            "J'ai ouvert un ticket chez Orange Business (n° 8812345-F), ils annoncent un rétablissement d'ici 18h.\n\n"
            "Le problème n'est donc pas encore résolu. En attendant, le magasin peut basculer sur la clé 4G de secours "
            "(port WAN2, voyant bleu).\n\nJe vous tiens au courant.\n\nBien cordialement,\n\n"
            "Camille Lefèvre\nTechnicienne réseau - RSNL France\n03 20 55 41 07 | 06 71 23 45 90\n\n"
            "Le 9 juil. 2024 à 09:00, StoreDesk <helpdesk@ops.storedesk.example> a écrit :\n" + quote(ours_body(209)))
    htmlb = "<div>" + "<br>".join(esc(l) for l in body.split("\n")) + "</div>\n"
    hd = [("Received", received("smtp.infomaniak.ch", "198.51.100.200", d)),
          ("Date", fmt(d)), ("From", addr("Camille Lefèvre", "camille.lefevre@fr.rsnl.nl")), ("To", TO),
          ("Subject", ew("RE: " + i["subject"])),
          ("Message-ID", "<%s@fr.rsnl.nl>" % h("m22", 32)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("User-Agent", "Infomaniak Mail (web)")]
    p = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "----=_InfomaniakMail_" + h("b22", 16))
    return message(hd, p)

# 23 ------------------------------------------------------------------------
@mail(slug="richmond-call-logged", issue=238, event="acknowledged", lang="en", kind="notification",
      family="Richmond ServiceDesk", naming="subject", vid="118803",
      note="Richmond ServiceDesk e-mail-import receipt; English; 'RE: <our subject> {Call:118803}' subject token, "
           "Auto-Submitted auto-replied. Decoys: P2 response target, log timestamp")
def m23(m):
    i = I(238); d = dt(2024, 7, 10, 9, 7, 33)
    body = ("Thank you for your e-mail. Your call has been logged on the RSNL ServiceDesk.\n\n"
            "Call No:      118803\nLogged:       10/07/2024 09:07\nPriority:     P2 (response within 4 business hours)\n"
            "Call Type:    Incident - Self-checkout\nStatus:       Logged\n\n"
            "Please quote the call number {Call:118803} in the subject of any further e-mails about this call so that "
            "they are added to the call automatically.\n\nRSNL ServiceDesk\n+31 30 602 44 00\n")
    hd = [("Received", received("rsd.rsnl.nl", "192.0.2.36", d)),
          ("Date", fmt(d)), ("From", addr("RSNL ServiceDesk", "servicedesk@rsnl.nl")), ("To", TO),
          ("Subject", ew("RE: %s {Call:118803}" % i["subject"])),
          ("Message-ID", "<RSD118803.%s@rsd.rsnl.nl>" % h("m23", 14)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return message(hd, text(body, "plain", "us-ascii", "7bit"))

# 24 ------------------------------------------------------------------------
@mail(slug="akio-demande-resolue", issue=209, event="resolved", lang="fr", kind="notification",
      family="Akio", naming="field", vid="LIL-2407-0091",
      note="Akio customer-service notification; French; HTML body with a stub plain part, subject replaced by 'Votre "
           "demande LIL-2407-0091 : problème résolu', our subject quoted in «...»; states the incident resolved, "
           "auto-closure after 72 h. Decoy: the carrier's ticket 8812345-F is 'clôturé' (third party)")
def m24(m):
    i = I(209); d = dt(2024, 7, 10, 11, 55, 6)
    plain = "Pour lire ce message, veuillez utiliser un logiciel de messagerie compatible HTML.\n"
    htmlb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
             "<body style=\"font-family:Verdana;font-size:13px\">\n<p>Bonjour,</p>\n"
             "<p>Nous avons le plaisir de vous informer que votre demande <b>LIL-2407-0091</b> "
             "&laquo;&nbsp;%s&nbsp;&raquo; a été traitée.</p>\n"
             "<p><u>Réponse de votre conseiller :</u><br>\n"
             "L'opérateur Orange Business a remplacé l'équipement défectueux au central le 09/07 à 17h40 (ticket "
             "opérateur 8812345-F clôturé). La session PPP est remontée et les voyants du routeur sont verts depuis. "
             "Nous considérons l'incident comme résolu.</p>\n"
             "<p>Sans retour de votre part sous 72 heures, votre demande sera clôturée automatiquement.</p>\n"
             "<p>Cordialement,<br>Camille Lefèvre<br>RSNL France</p>\n"
             "<p style=\"font-size:10px;color:#999\">Réf. interne : LIL-2407-0091 &ndash; "
             "<a href=\"https://rsnl.akio.com/selfcare/demande/LIL-2407-0091\">suivre ma demande</a></p>\n"
             "</body></html>\n" % esc(i["subject"]))
    hd = [("Received", received("mailer.akio.com", "198.51.100.77", d)),
          ("Date", fmt(d)), ("From", addr("RSNL France", "support@fr.rsnl.nl")), ("To", TO),
          ("Subject", ew("Votre demande LIL-2407-0091 : problème résolu", "utf-8", "Q")),
          ("Message-ID", "<akio-%s@mailer.akio.com>" % h("m24", 22)),
          ("Auto-Submitted", "auto-generated")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "7bit"),
                                  text(htmlb, "html", "utf-8", "base64")], "AKIO-" + h("b24", 18).upper())
    return message(hd, p)

# 25 ------------------------------------------------------------------------
@mail(slug="supportcandy-ticket-gesloten", issue=232, event="closed", lang="nl", kind="notification",
      family="SupportCandy", naming="subject", vid="872",
      note="SupportCandy (WordPress) 'ticket closed' e-mail; Dutch (Flemish); '[Ticket #872] <our subject>', status "
           "Gesloten, reply to reopen. (Turns out to be a mistake - see the next mail in the thread.)")
def m25(m):
    i = I(232); d = dt(2024, 7, 10, 15, 0, 4)
    body = ("<html><body style=\"font-family:Arial\"><p>Beste StoreDesk,</p>"
            "<p>Uw ticket <strong>#872</strong> werd gesloten.</p>"
            "<p><strong>Onderwerp:</strong> %s<br><strong>Status:</strong> Gesloten</p>"
            "<p>Heeft u nog vragen? Antwoord dan op deze e-mail, dan wordt het ticket opnieuw geopend.</p>"
            "<p>Met vriendelijke groeten,<br>RSNL België - Support</p></body></html>\n" % esc(i["subject"]))
    hd = [("Received", received("support.be.rsnl.nl", "192.0.2.52", d)),
          ("Date", fmt(d)), ("To", "helpdesk@ops.storedesk.example"),
          ("From", addr("RSNL België Support", "support@be.rsnl.nl")),
          ("Subject", ew("[Ticket #872] " + i["subject"])),
          ("Message-ID", "<%s@support.be.rsnl.nl>" % h("m25", 32, True)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    return message(hd, text(body, "html", "UTF-8", "quoted-printable"))

# 26 ------------------------------------------------------------------------
@mail(slug="maildroid-closed-by-mistake", issue=232, event="update", lang="nl", kind="human",
      family="MailDroid", naming="subject", vid="872",
      note="MailDroid (Android); Dutch (Flemish); engineer replies to the SupportCandy 'gesloten' notice: closed by "
           "mistake, reopened, printer not yet replaced, part arrives Thursday. The quoted older text says 'gesloten' "
           "while the new text is an update. Decoy: order number 4500219876")
def m26(m):
    i = I(232); d = dt(2024, 7, 10, 17, 45, 30)
    parent = "<%s@support.be.rsnl.nl>" % h("m25", 32, True)
    body = ("Sam,\n\nExcuses, dat ticket werd per vergissing gesloten door een collega die twee tickets door elkaar "
            "haalde. Ik heb #872 terug geopend.\n\nDe printer in Gent is nog niet vervangen: de vervangende TM-m30III "
            "(bestelnr. 4500219876) komt pas donderdag binnen, dan plannen we de technicus in.\n\n"
            "Groeten,\nPieter Claes\nRSNL België\n\nVerzonden vanaf MailDroid\n\n"
            "-----Original message-----\nFrom: RSNL België Support <support@be.rsnl.nl>\n"
            "To: helpdesk@ops.storedesk.example\nSent: wo 10 jul. 2024 15:00\n"
            "Subject: [Ticket #872] %s\n\n"
            "Beste StoreDesk,\n\nUw ticket #872 werd gesloten.\n\nStatus: Gesloten\n\n"
            "Heeft u nog vragen? Antwoord dan op deze e-mail, dan wordt het ticket opnieuw geopend.\n" % i["subject"])
    hd = [("Received", received("mail.be.rsnl.nl", "192.0.2.55", d)),
          ("Date", fmt(d)), ("From", addr("Pieter Claes", "pieter.claes@be.rsnl.nl")),
          ("To", TO), ("Subject", ew("RE: [Ticket #872] " + i["subject"])),
          ("Message-ID", "<%s.maildroid@be.rsnl.nl>" % h("m26", 20)),
          ("In-Reply-To", parent), ("References", "%s\r\n %s" % (i["message_id"], parent)),
          ("X-Mailer", "MailDroid/5.11 (Android 13)")]
    return message(hd, text(body, "plain", "UTF-8", "quoted-printable"))

# 27 ------------------------------------------------------------------------
@mail(slug="ionos-abwesenheitsnotiz", issue=None, related=211, event="ignore", lang="de", kind="notification",
      family="IONOS", naming="tag-in-ignore", vid=None,
      note="IONOS mail autoresponder; German; personal out-of-office of an RSNL Germany employee who is on the "
           "support@ alias, subject 'Abwesenheitsnotiz: <our subject>', Auto-Submitted auto-replied, threaded to "
           "STORE-211. A person's absence notice, not a helpdesk receipt: ignore")
def m27(m):
    i = I(211); d = dt(2024, 7, 11, 9, 2, 11)
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 12.07.2024 nicht im Büro und habe keinen "
            "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an unseren Service Desk unter +49 221 98765-0 oder "
            "service@de.rsnl.nl.\n\nMit freundlichen Grüßen\nStefan Krämer\n")
    hd = [("Received", received("mout.kundenserver.de", "198.51.100.126", d)),
          ("Date", fmt(d)), ("From", addr("Stefan Krämer", "s.kraemer@de.rsnl.nl")), ("To", OUR),
          ("Subject", ew("Abwesenheitsnotiz: " + i["subject"])),
          ("Message-ID", "<%s@mout.kundenserver.de>" % h("m27", 24)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "junk")]
    return message(hd, text(body, "plain", "ISO-8859-1", "quoted-printable"))

# 28 ------------------------------------------------------------------------
@mail(slug="himalaya-noc-router-psu", issue=239, event="update", lang="en", kind="human",
      family="himalaya", naming="subject", vid="NOC-24-1577",
      note="himalaya CLI mail client; English; terse NOC reply with interleaved quote: uplink fine, router reboots, "
           "PSU suspected, 'Not fixed yet', field service will send an appointment. Decoys: a carrier ticket "
           "24-ZZ-8830151 that IS closed ('no fault found'), hostname, uptime figures")
def m28(m):
    i = I(239); d = dt(2024, 7, 11, 14, 50, 9)
    body = ("Hi,\n\nOn Thu, 11 Jul 2024 09:00:00 +0200, StoreDesk <helpdesk@ops.storedesk.example> wrote:\n"
            "> Router LEDs red.\n\n"
            "Checked from the NOC. The line is fine: Ziggo Zakelijk tested it under their ticket 24-ZZ-8830151 and\n"
            "closed it with 'no fault found'. The router itself (rt-nl-rtm-lijn-01) rebooted 14 times since 06:00,\n"
            "uptime never above 40 min, and the PSU voltage sensor reads 10.8 V. So it's the router, most likely\n"
            "the power supply.\n\n"
            "Not fixed yet. I've asked field service to swap the router; you'll get an appointment confirmation\n"
            "from our planning system. Our reference is NOC-24-1577.\n\n"
            "-- \nDennis Vos\nRSNL Network Operations Centre\n+31 88 776 1200 (24/7)\n")
    hd = [("Received", received("mail.rsnl.nl", "192.0.2.10", d)),
          ("Message-ID", "<%s@noc.rsnl.nl>" % h("m28", 20)),
          ("Date", fmt(d)), ("From", addr("Dennis Vos", "noc@rsnl.nl")), ("To", TO),
          ("Subject", ew("Re: " + i["subject"])),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("User-Agent", "himalaya v1.0.0")]
    return message(hd, text(body, "plain", "utf-8", "8bit"))

# 29 ------------------------------------------------------------------------
@mail(slug="tobit-david-techniker-montag", issue=211, event="update", lang="de", kind="human",
      family="Tobit David", naming="subject", vid="24-07-3391",
      note="Tobit David.fx; German; formal reply with '-----Ursprüngliche Nachricht-----' block, windows-1252 QP, "
           "technician booked for Monday 15.07. 9-12, Vorgangsnummer 24-07-3391 in the signature area. Decoys: "
           "display serial 7201-22-004518, fax number, model DSP-7201")
def m29(m):
    i = I(211); d = dt(2024, 7, 11, 16, 20, 48)
    body = ("Hallo Herr Jansen,\n\ndanke für die Meldung. Das Flackern am Kundendisplay (Modell DSP-7201, "
            "SN 7201-22-004518) kennen wir bei dieser Serie, meist ist es das Anschlusskabel oder der Inverter.\n\n"
            "Ich habe einen Techniker für Montag, 15.07., zwischen 9 und 12 Uhr eingeplant. Er bringt ein Ersatzdisplay "
            "mit. Bitte sorgen Sie dafür, dass die Kasse in dieser Zeit kurz heruntergefahren werden kann.\n\n"
            "Unsere Vorgangsnummer: 24-07-3391\n\nMit freundlichen Grüßen\n\nAndreas Vogel\nTechnischer Kundendienst\n"
            "RSNL Deutschland GmbH\nTel. +49 221 98765-31\nFax +49 221 98765-99\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: StoreDesk [mailto:helpdesk@ops.storedesk.example]\n"
            "Gesendet: Donnerstag, 11. Juli 2024 09:00\nAn: RSNL Support\nBetreff: %s\n\n%s"
            % (i["subject"], ours_body(211)))
    hd = [("Received", received("david.de.rsnl.nl", "192.0.2.80", d)),
          ("From", addr("Andreas Vogel", "a.vogel@de.rsnl.nl")), ("To", TO),
          ("Subject", ew("AW: " + i["subject"], "windows-1252", "Q")),
          ("Date", fmt(d)), ("Message-ID", "<DAVID.%s@de.rsnl.nl>" % h("m29", 16).upper()),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "Tobit David.fx 14")]
    return message(hd, text(body, "plain", "windows-1252", "quoted-printable"))

# 30 ------------------------------------------------------------------------
@mail(slug="servicetrade-appointment-scheduled", issue=239, event="update", lang="en", kind="notification",
      family="ServiceTrade", naming="field", vid="2736104",
      note="ServiceTrade 'Appointment Scheduled' notification sent from servicetrade.com (US-East server, -0400); "
           "English; HTML with a full plain alternative, 'Customer PO: STORE-239' is the only tag, job 2736104 also in "
           "the link; plans a visit. Decoys: router model, street address and postcode 3012 EL, reschedule phone")
def m30(m):
    i = I(239); d = dt(2024, 7, 12, 2, 30, 15, off=-4)
    rows = [("Location", "%s &mdash; Lijnbaan 61, 3012 EL Rotterdam" % i["store"]),
            ("Job", "2736104 (Router replacement)"), ("Customer PO", "STORE-239"),
            ("Appointment", "Friday, July 12, 2024, 1:00 PM - 3:00 PM CEST"),
            ("Technician", "Youssef El Amrani"),
            ("Services", "Replace store router (C1111-4P), verify WAN and VPN")]
    plain = ("Appointment Scheduled\n\nRSNL Field Service has scheduled a service appointment.\n\n" +
             "".join("%s: %s\n" % (k, _html.unescape(v)) for k, v in rows) +
             "\nView job details: https://app.servicetrade.com/job/2736104\n"
             "Need to reschedule? Reply to this email or call +31 88 776 1250.\n")
    htmlb = ("<html><body style=\"font-family:Helvetica,Arial;font-size:14px\">"
             "<h2 style=\"color:#1f5fa8\">Appointment Scheduled</h2><p>RSNL Field Service has scheduled a service appointment.</p>"
             "<table cellpadding=\"6\">" + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (k, v) for k, v in rows) +
             "</table><p><a href=\"https://app.servicetrade.com/job/2736104\">View job details</a></p>"
             "<p>Need to reschedule? Reply to this email or call +31 88 776 1250.</p></body></html>\n")
    hd = [("Received", received("mail.servicetrade.com", "203.0.113.44", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Field Service", "notifications@servicetrade.com")),
          ("Reply-To", "fieldservice@rsnl.nl"), ("To", TO),
          ("Subject", "Appointment Scheduled: Rotterdam Lijnbaan on Jul 12"),
          ("Message-ID", "<%s@servicetrade.com>" % h("m30", 32)),
          ("Auto-Submitted", "auto-generated")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "st-" + h("b30", 28))
    return message(hd, p)

# 31 ------------------------------------------------------------------------
@mail(slug="richmond-call-resolved", issue=238, event="resolved", lang="en", kind="notification",
      family="Richmond ServiceDesk", naming="subject", vid="118803",
      note="Richmond ServiceDesk resolution notice; English; status 'Resolved - awaiting confirmation', auto-close "
           "date 19/07/2024 and reply-to-reopen window. Decoys: part 43K-INV-220, KB-0412, '30 minutes'")
def m31(m):
    i = I(238); d = dt(2024, 7, 12, 16, 45, 0)
    body = ("Your call has been resolved.\n\nCall No:      118803\nStatus:       Resolved - awaiting confirmation\n"
            "Resolved By:  Niels Smit\n\nResolution:\nThe backlight inverter board in the self-checkout monitor "
            "(SCO-3, part 43K-INV-220) was replaced on site. Screen tested at full brightness for 30 minutes, receipt "
            "printing and payment tested OK. Known issue, see KB-0412 \"Black screen after firmware 3.2\".\n\n"
            "If you are not satisfied with this resolution, simply reply to this e-mail within 5 working days and the "
            "call will be re-opened. Otherwise the call will be closed automatically on 19/07/2024.\n\nRSNL ServiceDesk\n")
    hd = [("Received", received("rsd.rsnl.nl", "192.0.2.36", d)),
          ("Date", fmt(d)), ("From", addr("RSNL ServiceDesk", "servicedesk@rsnl.nl")), ("To", TO),
          ("Subject", ew("RE: %s {Call:118803} - Resolved" % i["subject"])),
          ("Message-ID", "<RSD118803.%s@rsd.rsnl.nl>" % h("m31", 14)),
          ("In-Reply-To", "<RSD118803.%s@rsd.rsnl.nl>" % h("m23", 14)),
          ("References", "%s\r\n <RSD118803.%s@rsd.rsnl.nl>" % (i["message_id"], h("m23", 14))),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "us-ascii", "7bit"))

# 32 ------------------------------------------------------------------------
@mail(slug="icloud-geregistreerd-rs-2407-0558", issue=241, event="acknowledged", lang="nl", kind="human",
      family="iCloud Mail", naming="subject", vid="RS-2407-0558",
      note="iCloud Mail (web, custom domain); Dutch; service-desk agent: 'Ik heb dit in ons systeem geregistreerd als "
           "RS-2407-0558' and the field team will call the store to plan a visit: a human acknowledgement (the visit "
           "is only announced, not planned). Apple-style quote header. Decoy: phone number")
def m32(m):
    i = I(241); d = dt(2024, 7, 15, 8, 20, 55)
    body = ("Hoi Sam,\n\nOntvangen, dank je. Ik heb dit in ons systeem geregistreerd als RS-2407-0558 en doorgezet naar "
            "het field team Benelux. Zij nemen vandaag nog contact op met de winkel om een bezoek in te plannen.\n\n"
            "Groet,\nLisa\n\nLisa van Dijk\nService Desk | RSNL\n+31 30 602 44 12\n\n"
            "Op 13 jul 2024, om 09:00, schreef StoreDesk <helpdesk@ops.storedesk.example>:\n\n" + quote(ours_body(241)))
    paras = body.split("\n\nOp 13 jul")[0].split("\n\n")
    htmlb = ("<html><body>" + "".join("<div>%s</div><div><br></div>" % esc(p).replace("\n", "<br>") for p in paras) +
             "<div><blockquote type=\"cite\"><div>Op 13 jul 2024, om 09:00, schreef StoreDesk &lt;helpdesk@ops.storedesk.example&gt;:</div>"
             "<div>%s</div></blockquote></div></body></html>\n" % esc(ours_body(241)).replace("\n", "<br>"))
    hd = [("Received", received("p00-icloudmta-asmtp-us-west-2a-60-percent-5.icloud.com", "198.51.100.5", d, helo="st43p00im-ztfb10071701.me.com")),
          ("From", addr("Lisa van Dijk", "l.vandijk@rsnl.nl")), ("To", TO),
          ("Subject", ew("Re: " + i["subject"])), ("Date", fmt(d)),
          ("Message-ID", "<%s@me.com>" % h("m32", 36).upper()),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "iCloud MailClient2407B19 MailServer2407B19.39117-2.0")]
    p = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "Apple-Webmail-42--" + h("b32", 12))
    return message(hd, p)

# 33 ------------------------------------------------------------------------
@mail(slug="r2mail2-pc-preciados-solucionado", issue=212, event="resolved", lang="es", kind="human",
      family="R2Mail2", naming="text", vid="24/0712/ES-07",
      note="R2Mail2 (Android); Spanish; new message without tag or threading, names our issue only as «Back-office PC "
           "slow» de Madrid Preciados; states 'Queda solucionado'. Id with slashes 24/0712/ES-07. Decoys: 38 GB, "
           "480 GB SSD, 99 %, 03:00, 40 segundos")
def m33(m):
    d = dt(2024, 7, 15, 9, 50, 31)
    body = ("Hola Sam,\n\nTe escribo por vuestra incidencia «Back-office PC slow» de Madrid Preciados (nuestra "
            "referencia 24/0712/ES-07).\n\n"
            "El viernes por la tarde me conecté en remoto al PC de la trastienda: el disco estaba al 99 % y el antivirus "
            "hacía un análisis completo cada hora. He liberado 38 GB, he cambiado la programación del análisis a las 03:00 "
            "y esta mañana el técnico ha sustituido el disco mecánico por un SSD de 480 GB.\n\n"
            "El equipo arranca en 40 segundos y la aplicación de inventario va con normalidad. Queda solucionado; si la "
            "tienda nota algo raro esta semana, dímelo y lo miramos.\n\n"
            "Saludos,\nJavier Martín\nRSNL Ibérica · Soporte Técnico\n+34 91 555 01 40\n\nEnviado con R2Mail2\n")
    hd = [("Received", received("mail.es.rsnl.nl", "192.0.2.121", d)),
          ("Date", fmt(d)), ("From", addr("Javier Martín", "javier.martin@es.rsnl.nl")), ("To", TO),
          ("Subject", "PC de oficina Preciados"),
          ("Message-ID", "<r2mail2.%s@es.rsnl.nl>" % h("m33", 20)),
          ("X-Mailer", "R2Mail2 (Android) 3.6.2")]
    return message(hd, text(body, "plain", "UTF-8", "8bit"))

# 34 ------------------------------------------------------------------------
@mail(slug="thulium-zgloszenie-przyjete", issue=243, event="acknowledged", lang="pl", kind="notification",
      family="Thulium", naming="subject", vid="2024/07/0153",
      note="Thulium ticket module auto-reply from the RSNL Poland repair centre; Polish; ISO-8859-2 QP body, subject "
           "'[#2024/07/0153] Re: <our subject>', Auto-Submitted auto-replied. Id with slashes. Decoys: postcode "
           "53-609, phone, '1 dnia roboczego'")
def m34(m):
    i = I(243); d = dt(2024, 7, 15, 11, 5, 3)
    body = ("Dzień dobry,\n\ndziękujemy za wiadomość. Przyjęliśmy Twoje zgłoszenie i nadaliśmy mu numer 2024/07/0153.\n"
            "Odpowiemy najszybciej jak to możliwe, zwykle w ciągu 1 dnia roboczego.\n\n"
            "Prosimy nie zmieniać tematu wiadomości w odpowiedzi - dzięki temu trafi ona do właściwego zgłoszenia.\n\n"
            "Pozdrawiamy,\nCentrum Serwisowe RSNL Polska\nul. Fabryczna 12, 53-609 Wrocław\ntel. +48 71 750 22 10\n")
    hd = [("Received", received("mx.thulium.com", "198.51.100.150", d)),
          ("Date", fmt(d)), ("From", addr("Serwis RSNL Polska", "serwis@pl.rsnl.nl")), ("To", TO),
          ("Subject", ew("[#2024/07/0153] Re: " + i["subject"])),
          ("Message-ID", "<thl.%s@thulium.rsnl.pl>" % h("m34", 20)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return message(hd, text(body, "plain", "iso-8859-2", "quoted-printable"))

# 35 ------------------------------------------------------------------------
@mail(slug="cleverreach-service-news", issue=None, event="ignore", lang="de", kind="notification",
      family="CleverReach", naming="none", vid=None,
      note="CleverReach newsletter from news@de.rsnl.nl; German; bulk mail with List-Unsubscribe, "
           "List-Unsubscribe-Post and X-CSA-Complaints headers; talks about tickets, 'gelöst' and the portal: "
           "marketing, must be ignored")
def m35(m):
    d = dt(2024, 7, 16, 7, 0, 0)
    plain = ("RSNL Service-News Juli 2024\n\nLiebe Kundinnen und Kunden,\n\n"
             "im ersten Halbjahr haben wir 98 % aller Störungen an Kassensystemen innerhalb von 4 Stunden gelöst.\n"
             "Ab 1. August erreichen Sie unser neues Kundenportal unter https://portal.de.rsnl.nl - dort sehen Sie alle\n"
             "offenen und geschlossenen Tickets Ihrer Filialen auf einen Blick.\n\n"
             "Sommer-Servicezeiten: Samstags 08:00-16:00 Uhr, Hotline 0221 98765-0.\n\n"
             "Newsletter abbestellen: https://news.de.rsnl.nl/unsubscribe?r=8812\n\n"
             "RSNL Deutschland GmbH, Hohenzollernring 72, 50672 Köln\n")
    htmlb = ("<html><body style=\"margin:0;background:#f2f2f2\"><table width=\"100%%\"><tr><td align=\"center\">"
             "<table width=\"600\" style=\"background:#fff;font-family:Arial\"><tr><td style=\"padding:20px\">"
             "<h1 style=\"color:#0b4f8a\">RSNL Service-News Juli 2024</h1>"
             "<p>Liebe Kundinnen und Kunden,</p>"
             "<p>im ersten Halbjahr haben wir <b>98&nbsp;%%</b> aller Störungen an Kassensystemen innerhalb von 4 Stunden gelöst.</p>"
             "<p>Ab 1. August erreichen Sie unser neues <a href=\"https://portal.de.rsnl.nl\">Kundenportal</a> &ndash; dort sehen Sie alle "
             "offenen und geschlossenen Tickets Ihrer Filialen auf einen Blick.</p>"
             "<p>Sommer-Servicezeiten: Samstags 08:00&ndash;16:00 Uhr, Hotline 0221 98765-0.</p>"
             "<p style=\"font-size:11px;color:#888\"><a href=\"https://news.de.rsnl.nl/unsubscribe?r=8812\">Newsletter abbestellen</a> | "
             "RSNL Deutschland GmbH, Hohenzollernring 72, 50672 Köln</p>"
             "</td></tr></table></td></tr></table></body></html>\n")
    hd = [("Received", received("mta-212.crsend.com", "198.51.100.212", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Deutschland", "news@de.rsnl.nl")), ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", ew("RSNL Service-News Juli 2024: neues Kundenportal & Sommer-Servicezeiten")),
          ("Message-ID", "<%s.8812@crsend.com>" % h("m35", 24)),
          ("List-Unsubscribe", "<https://news.de.rsnl.nl/unsubscribe?r=8812>,\r\n <mailto:unsubscribe-8812@crsend.com>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("X-CSA-Complaints", "csa-complaints@eco.de"), ("Precedence", "bulk"),
          ("Feedback-ID", "8812:143877:cleverreach")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "=_cr_" + h("b35", 24))
    return message(hd, p)

# 36 ------------------------------------------------------------------------
@mail(slug="c2atom-request-closed", issue=214, event="closed", lang="en", kind="notification",
      family="C2 Atom", naming="thread", vid="7731",
      note="C2 Atom service-portal closure notice; English; subject 'Request 7731 - Closed', no tag and no title/store "
           "in the text, issue only via In-Reply-To/References. Decoys: RMA 660214, serial 31A0229917, survey link, "
           "'raise a new request'")
def m36(m):
    i = I(214); d = dt(2024, 7, 16, 12, 0, 38)
    body = ("Hello,\n\nRequest 7731 has been closed.\n\n"
            "Reference:      7731\nCategory:       Store hardware > Price checker\nClosed by:      Emma Jacobs\n"
            "Closure code:   Resolved - hardware replaced\n"
            "Closure notes:  Price checker PC-310 (S/N 31A0229917) swapped for a loan unit; the faulty unit goes to\n"
            "                the repair centre under RMA 660214. The store confirmed prices are shown again.\n\n"
            "If this issue re-occurs please raise a new request quoting reference 7731.\n\n"
            "How did we do? https://rsnl.c2atom.com/survey?r=7731\n\n"
            "C2 Atom - RSNL Service Portal\n")
    hd = [("Received", received("mail.c2atom.com", "203.0.113.71", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Service Portal", "noreply@rsnl.c2atom.com")),
          ("Reply-To", "servicedesk@rsnl.nl"), ("To", TO),
          ("Subject", "Request 7731 - Closed"),
          ("Message-ID", "<c2atom.7731.%s@rsnl.c2atom.com>" % h("m36", 16)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "us-ascii", "7bit"))

# 37 ------------------------------------------------------------------------
@mail(slug="mymail-baterie-wymienione", issue=213, event="resolved", lang="pl", kind="human",
      family="myMail", naming="subject", vid="2024/07/0149",
      note="myMail for Android; Polish with an English translation below; repair-centre engineer: 'Naprawa zakończona' "
           "and asks 'Czy możemy zamknąć zgłoszenie?' (a question, so resolved not closed). Decoys: RMA-PL-24-0871, "
           "battery serials, DPD tracking number, 8-hour test")
def m37(m):
    i = I(213); d = dt(2024, 7, 17, 13, 10, 26)
    body = ("Dzień dobry,\n\nbaterie do skanerów z Amsterdam Centraal (zgłoszenie nr 2024/07/0149) zostały wymienione w naszym "
            "centrum serwisowym: 3 szt. BAT-CT40-EXT (nr seryjne 22171B0412, 22171B0415, 22171B0419). Skanery przeszły "
            "8-godzinny test ładowania. Naprawa zakończona, sprzęt wraca dziś kurierem DPD (list przewozowy "
            "0000 4412 7783 21), numer RMA: RMA-PL-24-0871.\nCzy możemy zamknąć zgłoszenie?\n\n--\n"
            "Hello,\n\nthe batteries of the Amsterdam Centraal handheld scanners (ticket 2024/07/0149) have been replaced in "
            "our service centre (3 x BAT-CT40-EXT). The units passed an 8-hour charge test. Repair completed; the devices "
            "are shipped back today with DPD, tracking 0000 4412 7783 21, RMA number RMA-PL-24-0871.\n"
            "Can we close the ticket?\n\n"
            "Pozdrawiam / Best regards\nMarek Nowak\nCentrum Serwisowe RSNL Polska\ntel. +48 71 750 22 14\n\n"
            "Wysłano z aplikacji myMail dla Androida\n\n"
            "sobota, 13 lipca 2024, 09:00 +02:00 od StoreDesk <helpdesk@ops.storedesk.example>:\n\n" + quote(ours_body(213)))
    hd = [("Received", received("mail.pl.rsnl.nl", "192.0.2.160", d)),
          ("Date", fmt(d)), ("From", addr("Marek Nowak", "marek.nowak@pl.rsnl.nl")), ("To", TO),
          ("Subject", ew("Odp: " + i["subject"])),
          ("Message-ID", "<%s@mymail.android>" % h("m37", 26)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("X-Mailer", "myMail for Android")]
    return message(hd, text(body, "plain", "utf-8", "base64"))

# 38 ------------------------------------------------------------------------
@mail(slug="mailgun-phishing-portal", issue=None, event="ignore", lang="en", kind="notification",
      family="Mailgun", naming="none", vid=None,
      note="Phishing sent through Mailgun from the lookalike domain rsnl-portal.eu (SPF/DKIM/DMARC pass for the "
           "lookalike); English; claims '3 tickets awaiting your confirmation', threatens call-out charges of "
           "€ 149,00 and links to a credential page. Stranger's domain: ignore")
def m38(m):
    d = dt(2024, 7, 18, 12, 2, 44, off=0)
    plain = ("Dear customer,\n\n3 service tickets for your stores are awaiting your confirmation.\n"
             "Unconfirmed tickets will be closed automatically and charged at € 149,00 per call-out.\n\n"
             "Confirm now: https://rsnl-portal.eu.login-verify.top/confirm?u=helpdesk%40ops.storedesk.example\n\n"
             "RSNL Service Portal\n")
    htmlb = ("<html><body style=\"font-family:Segoe UI,Arial\"><img src=\"https://rsnl-portal.eu/logo.png\" alt=\"RSNL\">"
             "<p>Dear customer,</p><p><b>3 service tickets</b> for your stores are awaiting your confirmation.</p>"
             "<p>Unconfirmed tickets will be closed automatically and charged at &euro;&nbsp;149,00 per call-out.</p>"
             "<p><a href=\"https://rsnl-portal.eu.login-verify.top/confirm?u=helpdesk%40ops.storedesk.example\" "
             "style=\"background:#0b4f8a;color:#fff;padding:10px 18px\">Confirm tickets</a></p>"
             "<p>RSNL Service Portal</p></body></html>\n")
    hd = [("Received", received("m42-7.mailgun.net", "198.51.100.42", d, helo="m42-7.mailgun.net")),
          ("Authentication-Results", "mx1.ops.storedesk.example;\r\n\tspf=pass smtp.mailfrom=mg.rsnl-portal.eu;\r\n"
                                     "\tdkim=pass header.d=rsnl-portal.eu;\r\n\tdmarc=pass header.from=rsnl-portal.eu"),
          ("Date", fmt(d)), ("From", addr("RSNL Service Portal", "no-reply@rsnl-portal.eu")),
          ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", "Action required: 3 tickets awaiting your confirmation"),
          ("Message-ID", "<20240718120244.%s@mg.rsnl-portal.eu>" % h("m38", 16)),
          ("X-Mailgun-Sid", "WyI4ZjNhIiwgImhlbHBkZXNrQG9wcy5zdG9yZWRlc2suZXhhbXBsZSIsICIxYjI3Il0="),
          ("X-Mailgun-Sending-Ip", "198.51.100.42")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], h("b38", 32))
    return message(hd, p)

# 39 ------------------------------------------------------------------------
@mail(slug="flyspray-requires-testing", issue=218, event="resolved", lang="en", kind="notification",
      family="Flyspray", naming="subject", vid="FS#812",
      note="Flyspray task-changed notification from the POS software team; English; 'FS#812' task token (the '#' is "
           "inside the id, not leading), Status Researching -> Requires testing with a comment stating the fix was "
           "deployed and 'we will close FS#812' after confirmation: resolved. Decoys: versions 7.12.2/7.12.3, 40%->90%")
def m39(m):
    i = I(218); d = dt(2024, 7, 19, 10, 10, 0)
    body = ("THIS IS AN AUTOMATED MESSAGE, DO NOT REPLY.\n\nThe following task has changed:\n\n"
            "FS#812 - %s\nUser who did this: Tom Hendriks (thendriks)\n\n"
            "Status: Researching -> Requires testing\nPercent Complete: 40%% -> 90%%\n\n"
            "Comment:\nThe update package 7.12.2 for Groningen had a wrong checksum in the manifest, so the till rejected "
            "it and rolled back. Fix deployed: package 7.12.3 was re-pushed last night and the till installed it "
            "successfully at 02:14. Please confirm on your side that the till runs 7.12.3; we will close FS#812 "
            "after your confirmation.\n\n"
            "More information can be found at the following URL:\nhttps://bugs.rsnl.nl/index.php?do=details&task_id=812\n\n"
            "You are receiving this message because you have requested it from the Flyspray bugtracking system.\n"
            "If you did not request this message or if you wish to stop receiving it, please contact the project manager.\n"
            % i["subject"])
    hd = [("Received", received("bugs.rsnl.nl", "192.0.2.99", d)),
          ("Date", fmt(d)), ("From", addr("RSNL POS Software", "flyspray@bugs.rsnl.nl")), ("To", TO),
          ("Subject", ew("[RSNL POS Software] FS#812: " + i["subject"])),
          ("Message-ID", "<%s@bugs.rsnl.nl>" % h("m39", 32)),
          ("X-Mailer", "Flyspray"), ("Precedence", "list"), ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 40 ------------------------------------------------------------------------
@mail(slug="egroupware-fall-angelegt", issue=247, event="acknowledged", lang="de", kind="human",
      family="EGroupware", naming="subject", vid="K-24-0719-02",
      note="EGroupware Mail; German; customer-service agent: 'Ich habe den Fall ... unter der Nummer K-24-0719-02 "
           "angelegt' and passed it to field service: a human acknowledgement. HTML+plain, '-------- Ursprüngliche "
           "Nachricht --------' quote. Decoy: phone number")
def m40(m):
    i = I(247); d = dt(2024, 7, 19, 10, 40, 12)
    body = ("Guten Tag Herr Jansen,\n\nvielen Dank für Ihre Meldung. Ich habe den Fall bei uns unter der Nummer "
            "K-24-0719-02 angelegt und an den Außendienst weitergegeben. Sie hören heute noch von uns.\n\n"
            "Freundliche Grüße\nJana Schulte\nKundenservice | RSNL Deutschland GmbH\nTel. +49 221 98765-20\n\n"
            "-------- Ursprüngliche Nachricht --------\nVon: StoreDesk <helpdesk@ops.storedesk.example>\n"
            "Datum: 19. Juli 2024 09:00:00 MESZ\nAn: RSNL Support <support@rsnl.nl>\nBetreff: %s\n\n%s"
            % (i["subject"], ours_body(247)))
    htmlb = "<html><body><div style=\"font-family:Arial\">" + "<br>".join(esc(l) for l in body.split("\n")) + "</div></body></html>\n"
    hd = [("Received", received("egw.de.rsnl.nl", "192.0.2.84", d)),
          ("Date", fmt(d)), ("From", addr("Jana Schulte", "j.schulte@de.rsnl.nl")), ("To", TO),
          ("Subject", ew("AW: " + i["subject"])),
          ("Message-ID", "<%s@egw.de.rsnl.nl>" % h("m40", 30)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("User-Agent", "EGroupware API 23.1.20240624")]
    p = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "b1_" + h("b40", 30))
    return message(hd, p)

# 41 ------------------------------------------------------------------------
@mail(slug="tiledesk-nuova-risposta", issue=219, event="update", lang="it", kind="notification",
      family="Tiledesk", naming="field", vid="2719",
      note="Tiledesk e-mail ticketing notification from the RSNL Italia firmware lab, sent from tiledesk.com; Italian; "
           "subject 'Nuova risposta alla richiesta #2719', our subject only inside the body, agent says 'Il problema non "
           "è ancora stato risolto' and promises firmware 2.5.1 by Friday 26 July. Decoys: versions 2.4.1/2.5.0/2.5.1, "
           "serial CR4-2203-77120, project id in the link")
def m41(m):
    i = I(219); d = dt(2024, 7, 19, 15, 40, 20)
    msg = ("Abbiamo analizzato il log che ci avete inviato: il lettore (modello CR-400, S/N CR4-2203-77120) si blocca "
           "durante l'aggiornamento dalla versione 2.4.1 alla 2.5.0. Il problema non è ancora stato risolto. Stiamo "
           "preparando un pacchetto firmware 2.5.1 con il bootloader corretto; lo riceverete entro venerdì 26 luglio. "
           "Nel frattempo non spegnete il lettore durante il riavvio.")
    link = "https://panel.tiledesk.com/v3/dashboard/#/project/64f1a2b3c4d5e6f708192a3b/wsrequest/support-group-64f1a2b3c4d5e6f708192a3b-2719/messages"
    plain = ("Ciao StoreDesk,\n\nMarco Ferri (Laboratorio Firmware RSNL Italia) ha risposto alla tua richiesta #2719 "
             "\"%s\":\n\n%s\n\nRispondi direttamente a questa email per continuare la conversazione.\n%s\n" % (i["subject"], msg, link))
    htmlb = ("<html><body style=\"font-family:Roboto,Arial\"><p>Ciao StoreDesk,</p>"
             "<p><b>Marco Ferri</b> (Laboratorio Firmware RSNL Italia) ha risposto alla tua richiesta <b>#2719</b> "
             "&laquo;%s&raquo;:</p><blockquote style=\"border-left:3px solid #ccc;padding-left:10px\">%s</blockquote>"
             "<p>Rispondi direttamente a questa email per continuare la conversazione.</p>"
             "<p><a href=\"%s\">Visualizza la conversazione</a></p>"
             "<p style=\"font-size:11px;color:#999\">Powered by Tiledesk</p></body></html>\n" % (esc(i["subject"]), esc(msg), link))
    hd = [("Received", received("mail.tiledesk.com", "198.51.100.176", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Italia Laboratorio Firmware", "noreply@tiledesk.com")),
          ("Reply-To", "support-group-64f1a2b3c4d5e6f708192a3b-2719@tiledesk.com"), ("To", TO),
          ("Subject", "Nuova risposta alla richiesta #2719"),
          ("Message-ID", "<%s@tiledesk.com>" % h("m41", 32)),
          ("Auto-Submitted", "auto-generated")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "--tiledesk-" + h("b41", 20))
    return message(hd, p)

# 42 ------------------------------------------------------------------------
@mail(slug="sellsy-ticket-cloture", issue=245, event="closed", lang="fr", kind="notification",
      family="Sellsy", naming="text", vid="TKT-000458",
      note="Sellsy support-ticket closure e-mail; French; the product stripped our [STORE-245] tag, so the issue is "
           "named only by title and store in «Till keyboard keys stuck — Lille Euralille», no threading; 'a été "
           "clôturé'. Decoys: serial 78A-220914, '0,00 € HT', 15-day reopen window, zero-padded id TKT-000458")
def m42(m):
    i = I(245); d = dt(2024, 7, 19, 16, 30, 5)
    t = "%s — %s" % (i["title"], i["store"])
    plain = ("Bonjour,\n\nVotre ticket TKT-000458 « %s » a été clôturé par Julien Morel.\n\n"
             "Dernier message de notre équipe :\n« Le clavier POS (KB-RS78, S/N 78A-220914) a été remplacé ce matin ; les "
             "touches 4, 5 et Entrée collaient à cause d'un liquide renversé. Remplacement effectué sous contrat, montant "
             "facturé : 0,00 € HT. »\n\n"
             "Si votre demande n'est pas entièrement traitée, vous pouvez rouvrir ce ticket depuis votre espace client dans "
             "les 15 jours :\nhttps://rsnl-fr.sellsy.fr/support/ticket/458\n\nL'équipe RSNL France\n" % t)
    htmlb = "<html><body><div style=\"font-family:Open Sans,Arial\">" + "<br>".join(esc(l) for l in plain.split("\n")) + "</div></body></html>\n"
    hd = [("Received", received("smtp.sellsy.com", "198.51.100.188", d)),
          ("Date", fmt(d)), ("From", addr("RSNL France", "support@fr.rsnl.nl")), ("To", TO),
          ("Subject", ew("Votre ticket TKT-000458 a été clôturé")),
          ("Message-ID", "<sellsy-%s@sellsy.com>" % h("m42", 24))]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "base64")], "sellsy_" + h("b42", 20))
    return message(hd, p)

# 43 ------------------------------------------------------------------------
@mail(slug="kizeo-rapport-intervention", issue=221, event="resolved", lang="fr", kind="notification",
      family="Kizeo Forms", naming="field", vid="INT-24-07-0512",
      note="Kizeo Forms intervention-report e-mail with a PDF whose file name needs RFC 2231 "
           "(Rapport d'intervention n°...); French; 'Référence client : STORE-221' field, 'Résultat : intervention "
           "terminée - problème résolu'. Decoys: disk sizes 4 To/8 To, serial NV16-1908-3321, 30 jours")
def m43(m):
    d = dt(2024, 7, 22, 17, 5, 44)
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le rapport d'intervention réalisé le 22/07/2024 par Hugo Lambert.\n\n"
            "N° d'intervention : INT-24-07-0512\nClient : Retail - magasin Lille Euralille\nRéférence client : STORE-221\n"
            "Matériel : enregistreur vidéo NVR-16 (S/N NV16-1908-3321)\n"
            "Travaux réalisés : disque 4 To remplacé par un disque 8 To, rétention reconfigurée à 30 jours, purge "
            "automatique activée.\nRésultat : intervention terminée - problème résolu\n"
            "Signature client : M. Dubois (responsable magasin)\n\n"
            "Ce message a été envoyé automatiquement via Kizeo Forms.\n")
    hd = [("Received", received("smtp.kizeo.com", "198.51.100.99", d)),
          ("Date", fmt(d)), ("From", addr("RSNL France Interventions", "interventions@fr.rsnl.nl")),
          ("Sender", "noreply@kizeo.com"), ("To", TO),
          ("Subject", ew("Rapport d'intervention INT-24-07-0512 - Lille Euralille")),
          ("Message-ID", "<kizeo.%s@kizeo.com>" % h("m43", 24))]
    p = multipart("mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                            attachment(mini_pdf("Rapport d'intervention INT-24-07-0512"), "application/pdf",
                                       "Rapport d'intervention n°INT-24-07-0512.pdf")], "kz" + h("b43", 26))
    return message(hd, p)

# 44 ------------------------------------------------------------------------
@mail(slug="crm-in-cloud-ticket-risolto", issue=249, event="resolved", lang="it", kind="notification",
      family="CRM in Cloud", naming="field", vid="TK24-0935",
      note="CRM in Cloud (TeamSystem) ticket notification from the RSNL Italia firmware lab; Italian; HTML-only, base64; "
           "'Stato: Risolto', 'non possiamo chiudere il ticket finché non riceviamo la vostra conferma' (negated close). "
           "Decoys: another customer's ticket TK24-0912, firmware 2.5.1, 7 giorni")
def m44(m):
    i = I(249); d = dt(2024, 7, 23, 14, 20, 9)
    htmlb = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial;font-size:13px\">\n"
             "<p>Gentile cliente,</p>\n<p>il ticket <b>TK24-0935</b> è stato aggiornato.</p>\n"
             "<table cellpadding=\"4\" border=\"0\">\n"
             "<tr><td><b>Oggetto</b></td><td>%s</td></tr>\n"
             "<tr><td><b>Stato</b></td><td>Risolto</td></tr>\n"
             "<tr><td><b>Assegnatario</b></td><td>Marco Ferri &ndash; Laboratorio Firmware</td></tr>\n</table>\n"
             "<p><b>Nota:</b> il firmware 2.5.1 è stato installato da remoto sul lettore di carte; il lettore si avvia "
             "correttamente e accetta pagamenti contactless e con chip. Lo stesso problema era stato risolto allo stesso "
             "modo per il ticket TK24-0912 di un altro cliente.</p>\n"
             "<p>Non possiamo chiudere il ticket finché non riceviamo la vostra conferma; in assenza di risposta entro "
             "7 giorni verrà chiuso d'ufficio.</p>\n"
             "<p>Cordiali saluti,<br>RSNL Italia S.r.l.</p>\n"
             "<p style=\"font-size:10px;color:#888\">Messaggio inviato da CRM in Cloud</p>\n</body></html>\n" % esc(i["subject"]))
    hd = [("Received", received("mailer.crmincloud.it", "198.51.100.117", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Italia Assistenza", "assistenza@it.rsnl.nl")), ("To", TO),
          ("Subject", "[CRM in Cloud] Ticket TK24-0935 - stato: Risolto"),
          ("Message-ID", "<%s@crmincloud.it>" % h("m44", 30)),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(htmlb, "html", "utf-8", "base64"))

# 45 ------------------------------------------------------------------------
@mail(slug="tine-vpn-zwischenstand", issue=223, event="update", lang="de", kind="human",
      family="Tine", naming="quoted", vid=None,
      note="Tine groupware e-mail client; German; subject rewritten to 'AW: VPN Köln', reply to an internal forward so "
           "no threading to our mail, our tag only in the quoted lines; 'Das Problem besteht weiterhin' (expired "
           "certificate, new one requested). Decoys: FortiGate serial, date 22.07., 24 Stunden")
def m45(m):
    i = I(223); d = dt(2024, 7, 23, 16, 10, 37)
    fwd = "<%s@de.rsnl.nl>" % h("m45fwd", 24)
    body = ("Hallo Herr Jansen,\n\nkurzer Zwischenstand: Der IPsec-Tunnel von der Filiale zur Zentrale kommt nicht hoch, "
            "weil das Zertifikat auf der Filial-Firewall (FortiGate 40F, SN FGT40FTK21012345) am 22.07. abgelaufen ist. "
            "Ein neues Zertifikat ist beantragt, die Ausstellung dauert erfahrungsgemäß 24 Stunden.\n\n"
            "Das Problem besteht also weiterhin. Bis dahin läuft die Kasse im Offline-Modus, Kartenzahlung funktioniert "
            "über das Mobilfunk-Backup.\n\nViele Grüße\nThomas Becker\nNetzwerkteam RSNL Deutschland\n+49 221 98765-40\n\n"
            "Am 23.07.2024 um 09:12 schrieb RSNL Service Desk <service@de.rsnl.nl>:\n"
            "> -------- Weitergeleitete Nachricht --------\n> Betreff: %s\n"
            "> Datum: Tue, 23 Jul 2024 09:00:00 +0200\n> Von: StoreDesk <helpdesk@ops.storedesk.example>\n"
            "> An: RSNL Support <support@rsnl.nl>\n>\n" % i["subject"] + quote(ours_body(223)))
    hd = [("Received", received("tine.de.rsnl.nl", "192.0.2.86", d)),
          ("Date", fmt(d)), ("From", addr("Thomas Becker", "t.becker@de.rsnl.nl")), ("To", TO),
          ("Cc", "service@de.rsnl.nl"), ("Subject", ew("AW: VPN Köln")),
          ("Message-ID", "<%s@tine.de.rsnl.nl>" % h("m45", 28)),
          ("In-Reply-To", fwd), ("References", fwd),
          ("User-Agent", "Tine 2.0 Email Client (version 2024.11.3)")]
    return message(hd, text(body, "plain", "UTF-8", "quoted-printable"))

# 46 ------------------------------------------------------------------------
@mail(slug="hornetsecurity-ndr", issue=None, related=252, event="ignore", lang="en", kind="notification",
      family="Hornetsecurity", naming="tag-in-ignore", vid=None,
      note="Hornetsecurity gateway non-delivery report (RFC 3464 multipart/report) for our STORE-252 mail: one member "
           "of the support@rsnl.nl alias no longer exists; English/German; carries our headers incl. "
           "X-StoreDesk-Issue in text/rfc822-headers. A bounce: ignore")
def m46(m):
    i = I(252); d = dt(2024, 7, 24, 9, 5, 2)
    sent = (HERE / "input" / "sent" / "store-252.eml").read_bytes()
    ohdr = sent.split(b"\r\n\r\n", 1)[0].decode("ascii") + "\n"
    expl = ("This is the Hornetsecurity mail delivery service.\n\n"
            "Your message could not be delivered to one or more recipients.\n"
            "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\n\n"
            "<t.devries@rsnl.nl> (expanded from <support@rsnl.nl>):\n"
            "    host mail.rsnl.nl[192.0.2.10] said: 550 5.1.1 <t.devries@rsnl.nl>:\n"
            "    Recipient address rejected: User unknown in local recipient table\n\n"
            "The other recipients of the alias received your message.\n")
    ds = ("Reporting-MTA: dns; mx-gate-07.hornetsecurity.com\nX-Hornet-Queue-ID: 4WTr1y0Gz7z1xqP\n"
          "Arrival-Date: Wed, 24 Jul 2024 09:00:03 +0200\n\n"
          "Final-Recipient: rfc822; t.devries@rsnl.nl\nOriginal-Recipient: rfc822; support@rsnl.nl\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.rsnl.nl\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <t.devries@rsnl.nl>: Recipient address rejected: User unknown\n")
    hd = [("Received", received("mx-gate-07.hornetsecurity.com", "198.51.100.7", d)),
          ("Date", fmt(d)), ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx-gate-07.hornetsecurity.com")),
          ("To", OUR), ("Subject", "Undeliverable: " + ew(i["subject"])),
          ("Message-ID", "<20240724070502.%s@mx-gate-07.hornetsecurity.com>" % h("m46", 12).upper()),
          ("Auto-Submitted", "auto-replied")]
    p = multipart("report", [text(expl, "plain", "utf-8", "quoted-printable"),
                             raw_part("message/delivery-status", ds, "7bit"),
                             raw_part("text/rfc822-headers", ohdr, "7bit")],
                  "4WTr1y0Gz7z1xqP.1721804702/mx-gate-07.hornetsecurity.com", params=" report-type=delivery-status;")
    return message(hd, p)

# 47 ------------------------------------------------------------------------
@mail(slug="mulberry-papierstau-erledigt", issue=247, event="closed", lang="de", kind="human",
      family="Mulberry", naming="quoted", vid="K-24-0719-02",
      note="Mulberry 4.0.8; German; field technician, subject rewritten to 'Papierstau Kasse 2 - erledigt', "
           "'--On ... wrote:' quote header, reply to an internal forward (no threading to our mail), our tag only "
           "two quote levels deep; 'Vorgang K-24-0719-02 ist damit bei uns geschlossen'. Decoys: part "
           "TM-88-GUIDE-07, 50 Testbons, mobile number")
def m47(m):
    i = I(247); d = dt(2024, 7, 24, 9, 15, 49)
    fwd = "<%s@de.rsnl.nl>" % h("m47fwd", 24)
    body = ("Hallo Herr Jansen,\n\nich war heute früh in der Filiale: An Kasse 2 war die Papierführung des Bondruckers "
            "verbogen und der Abrisskamm gebrochen. Beides getauscht (Teil TM-88-GUIDE-07), danach 50 Testbons ohne Stau.\n\n"
            "Der Vorgang K-24-0719-02 ist damit bei uns geschlossen.\n\n"
            "Gruß\nMichael Braun\nAußendienst RSNL Deutschland\nMobil +49 171 445 2301\n\n"
            "--On Friday, July 19, 2024 10:40 +0200 Jana Schulte <j.schulte@de.rsnl.nl> wrote:\n\n"
            "> Guten Tag Herr Jansen,\n>\n> vielen Dank für Ihre Meldung. Ich habe den Fall bei uns unter der Nummer\n"
            "> K-24-0719-02 angelegt und an den Außendienst weitergegeben.\n>\n"
            ">> Von: StoreDesk <helpdesk@ops.storedesk.example>\n>> Betreff: %s\n>>\n" % i["subject"] +
            quote(ours_body(247), ">> "))
    hd = [("Received", received("mail.de.rsnl.nl", "192.0.2.81", d)),
          ("Date", fmt(d)), ("From", addr("Michael Braun", "m.braun@de.rsnl.nl")), ("To", TO),
          ("Cc", addr("Jana Schulte", "j.schulte@de.rsnl.nl")), ("Subject", ew("Papierstau Kasse 2 – erledigt")),
          ("Message-ID", "<%s@laptop-mbraun.de.rsnl.nl>" % h("m47", 20).upper()),
          ("In-Reply-To", fwd), ("References", fwd),
          ("User-Agent", "Mulberry/4.0.8 (Linux/x86)")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable", "; format=flowed"))

# 48 ------------------------------------------------------------------------
@mail(slug="projektron-bcs-geloest", issue=223, event="resolved", lang="de", kind="notification",
      family="Projektron BCS", naming="subject", vid="12045",
      note="Projektron BCS ticket notification; German; subject with „…“ quotes around our subject and 'Status "
           "geändert auf „Gelöst“', planned closure 31.07.2024 if no answer (future, so resolved). Decoys: 17 "
           "offline receipts, time 10:52, oid in the link")
def m48(m):
    i = I(223); d = dt(2024, 7, 24, 11, 20, 0)
    body = ("Projektron BCS - Benachrichtigung\n\nDas Ticket 12045 wurde von Thomas Becker bearbeitet.\n\n"
            "Ticket:              12045 - %s\nKunde:               StoreDesk Retail\n"
            "Status:              In Bearbeitung -> Gelöst\n"
            "Lösung:              Neues Gerätezertifikat auf der Filial-Firewall installiert, IPsec-Tunnel zur Zentrale\n"
            "                     steht seit 10:52 Uhr stabil. Kassen wieder online, 17 Offline-Belege nachsynchronisiert.\n"
            "Geplante Schließung: 31.07.2024, sofern keine Rückmeldung erfolgt\n\n"
            "Zum Ticket: https://bcs.de.rsnl.nl/bcs/mybcs/ticket/display?oid=12045_JTicket\n\n"
            "Diese E-Mail wurde automatisch von Projektron BCS erzeugt.\n" % i["subject"])
    hd = [("Received", received("bcs.de.rsnl.nl", "192.0.2.87", d)),
          ("Date", fmt(d)), ("From", addr("Projektron BCS", "bcs@de.rsnl.nl")), ("To", TO),
          ("Subject", ew("[BCS] Ticket 12045 „%s“: Status geändert auf „Gelöst“" % i["subject"])),
          ("Message-ID", "<bcs.12045.%s@bcs.de.rsnl.nl>" % h("m48", 14)),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "UTF-8", "base64"))

# 49 ------------------------------------------------------------------------
@mail(slug="s-nail-noc-vpn-carrier", issue=253, event="update", lang="en", kind="human",
      family="s-nail", naming="subject", vid=None,
      note="s-nail (mailx) plain-text reply from the RSNL NOC; English; 'Not on our side', store on LTE backup, 'Will "
           "report when KPN closes their ticket'. No RSNL ticket number. Decoys: third-party KPN carrier ticket "
           "1-2840193311 and its fix window 13:00-17:00")
def m49(m):
    i = I(253); d = dt(2024, 7, 25, 11, 30, 14)
    body = ("Hello,\n\nVPN Eindhoven Piazza: the tunnel is down because the store's DSL line has had no sync since 09:14.\n"
            "KPN carrier ticket: 1-2840193311, promised fix window 25-07 13:00-17:00. Not on our side, the router\n"
            "config is fine.\n\nStore is on LTE backup, payments OK, head office apps slow.\n\n"
            "Will report when KPN closes their ticket.\n\n-- \nBas Hermans, RSNL NOC\n+31 88 776 1200\n\n"
            "StoreDesk <helpdesk@ops.storedesk.example> wrote:\n" + quote(ours_body(253)))
    hd = [("Received", received("noc-jump.rsnl.nl", "192.0.2.12", d)),
          ("Date", fmt(d)), ("To", TO), ("Subject", ew("Re: " + i["subject"])),
          ("Message-ID", "<%s@noc-jump.rsnl.nl>" % ("20240725093014." + h("m49", 8) + "%bas")),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("User-Agent", "s-nail v14.9.24"), ("From", addr("Bas Hermans", "noc@rsnl.nl"))]
    return message(hd, text(body, "plain", "us-ascii", "7bit"))

# 50 ------------------------------------------------------------------------
@mail(slug="startmail-keukenprinter-gesloten", issue=250, event="closed", lang="nl", kind="human",
      family="StartMail", naming="text", vid="24-UTR-0093",
      note="StartMail webmail (custom domain); Dutch; new message, no tag and no threading, names 'Kitchen printer not "
           "printing' in Utrecht Hoog Catharijne; 'Ik heb ticket 24-UTR-0093 gesloten'. Decoys: serial X5D0123456, "
           "IP address 10.41.22.37, mobile number, instruction to mail support@ with the number")
def m50(m):
    d = dt(2024, 7, 25, 15, 40, 3)
    body = ("Hoi Sam,\n\nEven een korte terugkoppeling over jullie melding 'Kitchen printer not printing' in Utrecht Hoog "
            "Catharijne.\n\nDe keukenprinter (TM-U220, S/N X5D0123456) had een kapotte netwerkkaart. Ik heb de printer "
            "vanochtend omgewisseld voor een exemplaar uit onze voorraad en het IP-adres (10.41.22.37) overgenomen. De bonnen "
            "komen weer door in de keuken.\n\nIk heb ticket 24-UTR-0093 gesloten. Mocht er nog iets zijn, mail dan naar "
            "support@rsnl.nl met dat nummer erbij.\n\nGroet,\nNoor\n—\nNoor El Idrissi · Field Engineer · RSNL\n06 48 21 77 03\n")
    hd = [("Received", received("smtp.startmail.com", "198.51.100.230", d)),
          ("Date", fmt(d)), ("From", addr("Noor El Idrissi", "n.elidrissi@rsnl.nl")), ("To", TO),
          ("Subject", ew("Keukenprinter Utrecht – afgerond")),
          ("Message-ID", "<%s@startmail.com>" % h("m50", 32)),
          ("X-Mailer", "StartMail")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 51 ------------------------------------------------------------------------
@mail(slug="servicely-incident-resolved", issue=253, event="resolved", lang="en", kind="notification",
      family="Servicely", naming="thread", vid="INC0024917",
      note="Servicely ITSM 'Incident INC0024917 has been resolved' notification; English; short description paraphrased "
           "(no tag, no title/store), issue only via In-Reply-To/References; 'reply within 3 days to reopen ... "
           "otherwise it will be closed'. Decoys: KPN carrier ticket 1-2840193311, '17 hours'")
def m51(m):
    i = I(253); d = dt(2024, 7, 26, 8, 5, 27)
    body = ("Hello StoreDesk,\n\nIncident INC0024917 has been resolved.\n\n"
            "Short description:  Site-to-site tunnel down (carrier DSL outage)\n"
            "Resolution code:    Solved (Third party)\n"
            "Resolution notes:   KPN repaired the DSL line at 14:32 (carrier ticket 1-2840193311). The tunnel came back\n"
            "                    automatically; monitoring has been green for 17 hours.\n\n"
            "If you feel the incident has not been resolved, reply to this email within 3 days to reopen it. Otherwise it "
            "will be closed automatically.\n\nView incident: https://rsnl.servicely.ai/portal/incident/INC0024917\n\n"
            "Servicely | RSNL Service Portal\n")
    hd = [("Received", received("outbound.servicely.ai", "203.0.113.120", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Service Portal", "rsnl@servicely.ai")), ("To", TO),
          ("Subject", "Incident INC0024917 has been resolved"),
          ("Message-ID", "<INC0024917.%s@servicely.ai>" % h("m51", 20)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "us-ascii", "7bit"))

# 52 ------------------------------------------------------------------------
@mail(slug="stalwart-vakantie-auto", issue=None, related=226, event="ignore", lang="nl", kind="notification",
      family="Stalwart", naming="tag-in-ignore", vid=None,
      note="Stalwart Mail Server Sieve vacation response; Dutch; 'Auto: <our subject>', Auto-Submitted auto-replied, "
           "threaded to STORE-226; a person's holiday notice that points to support@: ignore")
def m52(m):
    i = I(226); d = dt(2024, 7, 26, 9, 1, 0)
    body = ("Bedankt voor je bericht. Ik ben met vakantie tot en met maandag 12 augustus en lees mijn mail niet.\n"
            "Je bericht wordt niet doorgestuurd.\n\nVoor storingen: support@rsnl.nl of 030 602 44 00.\n\n"
            "Groet,\nSanne de Wit\n")
    hd = [("Received", received("mail2.rsnl.nl", "192.0.2.11", d)),
          ("From", addr("Sanne de Wit", "s.dewit@rsnl.nl")), ("To", OUR),
          ("Subject", ew("Auto: " + i["subject"])), ("Date", fmt(d)),
          ("Message-ID", "<%s@mail2.rsnl.nl>" % h("m52", 24)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 53 ------------------------------------------------------------------------
@mail(slug="lime-crm-arende-uppdaterat", issue=225, event="update", lang="sv", kind="notification",
      family="Lime CRM", naming="subject", vid="48102",
      note="Lime CRM case ('ärende') update from the RSNL Nordic power team; Swedish template with an English agent "
           "comment; status 'Väntar på kund', asks for the UPS serial. Decoys: alarm code 0x21, battery kit "
           "APCRBC55, price € 389,00, contract NL-PWR-2022-009, year 2019")
def m53(m):
    i = I(225); d = dt(2024, 7, 26, 9, 30, 45)
    body = ("Hej,\n\nDitt ärende har uppdaterats.\n\nÄrendenummer: 48102\nRubrik: %s\nStatus: Väntar på kund\n"
            "Handläggare: Oskar Lindqvist, RSNL Nordic Power Team\n\nSenaste kommentar:\n"
            "\"The alarm code 0x21 in the UPS log means the battery self-test failed. The batteries are from 2019 and at "
            "end of life. Please send us the UPS serial number (label at the rear, starts with AS) so we can order the "
            "correct battery kit. Quote: 1 x APCRBC55, € 389,00 excl. VAT, covered under contract NL-PWR-2022-009.\"\n\n"
            "Svara på detta mejl för att lägga till information i ärendet.\n\nMed vänliga hälsningar\nRSNL Nordic\n" % i["subject"])
    hd = [("Received", received("lime.rsnl.se", "192.0.2.170", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Nordic", "arende@nordic.rsnl.nl")), ("To", TO),
          ("Subject", ew("Ärende 48102 har uppdaterats: " + i["subject"])),
          ("Message-ID", "<lime.48102.%s@lime.rsnl.se>" % h("m53", 14)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 54 ------------------------------------------------------------------------
@mail(slug="kundo-vi-har-tagit-emot", issue=255, event="acknowledged", lang="sv", kind="notification",
      family="Kundo", naming="thread", vid="219347",
      note="Kundo mail auto-reply (Saturday) from the RSNL Nordic power team; Swedish with English summary; subject "
           "'Vi har tagit emot ditt mejl (ärende 219347)', no tag, no title/store, issue only via threading headers, "
           "Auto-Submitted auto-replied. Decoys: Stockholm postcode 112 33, phone, 'två arbetsdagar'")
def m54(m):
    i = I(255); d = dt(2024, 7, 27, 10, 14, 38)
    body = ("Hej!\n\nTack för ditt mejl till RSNL Nordic Power Team. Vi har tagit emot ditt ärende och det har fått "
            "ärendenummer 219347. Vi svarar normalt inom två arbetsdagar.\n\n"
            "Ange gärna ärendenumret om du kontaktar oss igen.\n\n--\n"
            "Thank you for your e-mail. We have received your case (case number 219347) and will normally reply within "
            "two working days.\n\nRSNL Nordic AB · Kronobergsgatan 21 · 112 33 Stockholm · +46 8 120 450 00\n")
    hd = [("Received", received("mail.kundo.se", "198.51.100.181", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Nordic Power Team", "power@nordic.rsnl.nl")), ("To", TO),
          ("Subject", ew("Vi har tagit emot ditt mejl (ärende 219347)", "iso-8859-1", "Q")),
          ("Message-ID", "<kundo-219347-%s@mail.kundo.se>" % h("m54", 12)),
          ("In-Reply-To", i["message_id"]), ("References", i["message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return message(hd, text(body, "plain", "iso-8859-1", "quoted-printable"))

# 55 ------------------------------------------------------------------------
@mail(slug="cal-com-remote-session-invite", issue=None, related=227, event="ignore", lang="en", kind="notification",
      family="Cal.com", naming="tag-in-ignore", vid=None,
      note="Cal.com booking confirmation with an iCalendar METHOD:REQUEST part for a remote diagnosis session about "
           "STORE-227 (tag in the event title); English; a calendar invitation, not a ticket event: ignore")
def m55(m):
    i = I(227); d = dt(2024, 7, 29, 8, 12, 0, off=0)
    title = "Remote diagnosis %s" % i["subject"]
    plain = ("Your event has been scheduled\n\nWhat: %s\nWhen: Tuesday, 30 July 2024 14:00 - 14:30 (Europe/Amsterdam)\n"
             "Who: Kevin de Boer - Organizer (k.deboer@rsnl.nl), StoreDesk (helpdesk@ops.storedesk.example)\n"
             "Where: Cal Video https://app.cal.com/video/8Hq2LmV0sKx3\n\n"
             "Need to make a change? Reschedule: https://app.cal.com/reschedule/8Hq2LmV0sKx3  Cancel: https://app.cal.com/booking/8Hq2LmV0sKx3?cancel=true\n" % title)
    htmlb = "<html><body><div style=\"font-family:Inter,Arial\">" + "<br>".join(esc(l) for l in plain.split("\n")) + "</div></body></html>\n"
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Cal.com Inc.//Cal.com Event//EN\nVERSION:2.0\nMETHOD:REQUEST\nCALSCALE:GREGORIAN\n"
           "BEGIN:VEVENT\nUID:8Hq2LmV0sKx3@cal.com\nDTSTAMP:20240729T081200Z\nDTSTART:20240730T120000Z\nDTEND:20240730T123000Z\n"
           "SUMMARY:Remote diagnosis [STORE-227] Till 2 reboots randomly\n"
           "DESCRIPTION:Remote session with RSNL support\\, please have the till powered on.\n"
           "LOCATION:https://app.cal.com/video/8Hq2LmV0sKx3\n"
           "ORGANIZER;CN=Kevin de Boer:mailto:k.deboer@rsnl.nl\n"
           "ATTENDEE;CN=StoreDesk;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:helpdesk@ops.storedesk.example\n"
           "STATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n").replace("\n", "\r\n")
    hd = [("Received", received("mail.cal.com", "198.51.100.140", d)),
          ("Date", fmt(d)), ("From", addr("Kevin de Boer", "no-reply@cal.com")), ("Reply-To", "k.deboer@rsnl.nl"),
          ("To", TO), ("Subject", ew("Confirmed: %s between Kevin de Boer and StoreDesk" % title)),
          ("Message-ID", "<%s@cal.com>" % h("m55", 28))]
    alt = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                    text(htmlb, "html", "utf-8", "quoted-printable"),
                                    text(ics, "calendar", "utf-8", "7bit", "; method=REQUEST")], "calalt_" + h("b55", 18))
    p = multipart("mixed", [alt, text(ics, "calendar", "utf-8", "base64", "; method=REQUEST; name=invite.ics",
                                      disp="attachment; filename=invite.ics")], "calmix_" + h("b55m", 18))
    return message(hd, p)

# 56 ------------------------------------------------------------------------
@mail(slug="really-simple-systems-case-closed", issue=227, event="closed", lang="en", kind="notification",
      family="Really Simple Systems", naming="field", vid="20931",
      note="Really Simple Systems CRM case-closed notification; English; subject 'Case 20931 has been closed', our tag "
           "only in the Subject field of the body; resolution after the 30/07 remote session. Decoys: part "
           "PSU-150W-RT, '€ 0,00 under warranty', brown-out count")
def m56(m):
    i = I(227); d = dt(2024, 7, 30, 16, 40, 18)
    body = ("Dear StoreDesk,\n\nCase 20931 has been closed.\n\n"
            "Case: 20931\nCompany: StoreDesk Retail Group\nSubject: %s\nStatus: Closed\n"
            "Resolution: During the remote session on 30/07 the till logged 23 power brown-outs in the last week. "
            "The power supply (part PSU-150W-RT) was replaced under warranty, € 0,00 charged. No reboots since.\n"
            "Closed by: Kevin de Boer\n\nThank you for contacting RSNL Support.\n" % i["subject"])
    hd = [("Received", received("mail.reallysimplesystems.com", "203.0.113.160", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Support", "support@rsnl.nl")), ("To", TO),
          ("Subject", "Case 20931 has been closed"),
          ("Message-ID", "<rss.case.20931.%s@reallysimplesystems.com>" % h("m56", 12)),
          ("Auto-Submitted", "auto-generated")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# 57 ------------------------------------------------------------------------
@mail(slug="e-goi-newsletter-pt", issue=None, event="ignore", lang="pt", kind="notification",
      family="E-goi", naming="none", vid=None,
      note="E-goi newsletter from novidades@pt.rsnl.nl; Portuguese; List-Unsubscribe, campaign headers, words like "
           "'pedido' and 'resolvido' in promotional text: marketing, ignore")
def m57(m):
    d = dt(2024, 7, 31, 8, 0, 0, off=1)
    plain = ("Novidades RSNL Portugal - julho 2024\n\n"
             "Terminais de pagamento contactless: troque o seu terminal antigo até 30 de setembro e beneficie de 20 % de desconto.\n"
             "Em 2024, 96 % dos pedidos de assistência foram resolvidos na primeira visita.\n\n"
             "Saiba mais: https://pt.rsnl.nl/campanha-verao\n\nCancelar subscrição: https://e-goi.pt/u/rsnl/7741\n")
    htmlb = ("<html><body style=\"font-family:Arial\"><h2>Novidades RSNL Portugal &ndash; julho 2024</h2>"
             "<p>Terminais de pagamento contactless: troque o seu terminal antigo até 30 de setembro e beneficie de "
             "<b>20&nbsp;%</b> de desconto.</p><p>Em 2024, 96&nbsp;% dos pedidos de assistência foram resolvidos na primeira visita.</p>"
             "<p><a href=\"https://pt.rsnl.nl/campanha-verao\">Saiba mais</a></p>"
             "<p style=\"font-size:11px\"><a href=\"https://e-goi.pt/u/rsnl/7741\">Cancelar subscrição</a></p></body></html>\n")
    hd = [("Received", received("mta7.e-goi.com", "198.51.100.207", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Portugal", "novidades@pt.rsnl.nl")), ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", ew("Novidades RSNL: terminais contactless e campanha de verão")),
          ("Message-ID", "<egoi.7741.%s@e-goi.com>" % h("m57", 20)),
          ("List-Unsubscribe", "<https://e-goi.pt/u/rsnl/7741>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"), ("X-Campaign", "rsnl-pt-2024-07")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "egoi" + h("b57", 24))
    return message(hd, p)

# 58 ------------------------------------------------------------------------
@mail(slug="better-stack-status-resolved", issue=None, event="ignore", lang="en", kind="notification",
      family="Better Stack", naming="none", vid=None,
      note="Better Stack status-page subscriber notification 'Resolved: Delayed e-mail notifications from the service "
           "portal'; English; the word 'Resolved' refers to RSNL's platform incident, not to any of our issues: ignore")
def m58(m):
    d = dt(2024, 7, 31, 14, 0, 0, off=0)
    plain = ("RSNL Status\n\nResolved: Delayed e-mail notifications from the service portal\n\n"
             "We've resolved the issue causing delayed e-mail notifications between 13:10 and 15:45 CEST. All queued "
             "notifications have been sent. Ticket handling itself was not affected.\n\n"
             "Affected components: Service portal, E-mail notifications\n\n"
             "View status page: https://status.rsnl.nl\nUnsubscribe: https://status.rsnl.nl/unsubscribe/3c1d7\n")
    htmlb = "<html><body><div style=\"font-family:Arial\">" + "<br>".join(esc(l) for l in plain.split("\n")) + "</div></body></html>\n"
    hd = [("Received", received("mail.betterstack.com", "198.51.100.35", d)),
          ("Date", fmt(d)), ("From", addr("RSNL Status", "status@status.rsnl.nl")), ("To", "helpdesk@ops.storedesk.example"),
          ("Subject", "[RSNL Status] Resolved: Delayed e-mail notifications from the service portal"),
          ("Message-ID", "<%s@betterstack.com>" % h("m58", 30)),
          ("List-Unsubscribe", "<https://status.rsnl.nl/unsubscribe/3c1d7>"), ("Auto-Submitted", "auto-generated")]
    p = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                  text(htmlb, "html", "utf-8", "quoted-printable")], "bs_" + h("b58", 24))
    return message(hd, p)

# 59 ------------------------------------------------------------------------
@mail(slug="aruba-inoltro-taglierina", issue=228, event="resolved", lang="it", kind="human",
      family="Aruba Webmail", naming="quoted", vid="LAB/2024/0728-03",
      note="Aruba Webmail; Italian; forward ('I:') of an internal lab note to us, subject rewritten without tag, our "
           "tag only in the doubly quoted original; 'Il guasto è risolto' with the lab reference LAB/2024/0728-03 "
           "(slashes). The quoted colleague writes 'Chiudi pure tu con il cliente' - nobody says it is closed. "
           "Decoys: GLS tracking, serial X4YZ027781, 500 tagli")
def m59(m):
    i = I(228); d = dt(2024, 8, 2, 10, 30, 12)
    body = ("Buongiorno Sam,\n\nle inoltro l'esito del laboratorio sulla stampante di Den Haag. La taglierina (gruppo "
            "autocutter AC-T88-V) è stata sostituita e la stampante ha superato 500 tagli di prova. Il guasto è risolto; "
            "la stampante è stata spedita ieri con GLS (tracking 3311042587) e arriverà a Den Haag entro lunedì.\n\n"
            "Riferimento laboratorio: LAB/2024/0728-03\n\nCordiali saluti,\nGiulia Romano\nRSNL Italia - Laboratorio Stampanti\n"
            "Tel. +39 02 8734 5510\n\n"
            "-------- Messaggio originale --------\nDa: Luca Greco <luca.greco@it.rsnl.nl>\nData: 01/08/2024 17:12\n"
            "A: Giulia Romano <giulia.romano@it.rsnl.nl>\nOggetto: test taglierina OK\n\n"
            "Giulia, la TM-T88VI (S/N X4YZ027781) è a posto, 500 tagli senza errori. Chiudi pure tu con il cliente.\n\n"
            "> Da: StoreDesk <helpdesk@ops.storedesk.example>\n> Oggetto: %s\n>\n" % i["subject"] + quote(ours_body(228)))
    hd = [("Received", received("smtpdh.aruba.it", "198.51.100.21", d)),
          ("Date", fmt(d)), ("From", addr("Giulia Romano", "giulia.romano@it.rsnl.nl")), ("To", TO),
          ("Subject", ew("I: Esito riparazione stampante Den Haag")),
          ("Message-ID", "<%s@webmail.aruba.it>" % h("m59", 32)),
          ("X-Mailer", "Aruba Webmail")]
    return message(hd, text(body, "plain", "UTF-8", "quoted-printable"))

# 60 ------------------------------------------------------------------------
@mail(slug="rackspace-other-customer", issue=None, event="ignore", lang="en", kind="human",
      family="Rackspace Webmail", naming="none", vid=None,
      note="Rackspace Webmail; English; RSNL account manager writes about another customer (Bakkerij Vos Zwolle, "
           "case 55817) and reaches us by address autocomplete; contains 'can be closed once'. Another customer's "
           "ticket: ignore")
def m60(m):
    d = dt(2024, 8, 5, 9, 20, 40)
    body = ("Hi Peter,\n\nAs discussed on the phone: the two replacement tills for Zwolle are scheduled for Thursday 8 August, "
            "08:00-10:00. Kevin will bring the receipt printers as well.\n\n"
            "Case 55817 can be closed once the store has signed the delivery note.\n\n"
            "Best,\nHanna\n\nHanna Visser\nAccount Manager Retail | RSNL\n+31 6 21 44 90 17\n\n"
            "-----Original Message-----\nFrom: \"Peter Vos\" <peter@bakkerijvos.example>\nSent: Friday, August 2, 2024 16:41\n"
            "Subject: Case 55817 - Bakkerij Vos Zwolle - replacement tills\n\n"
            "Hanna, when can we expect the new tills in Zwolle? Our current ones are failing every morning.\n")
    hd = [("Received", received("smtp.emailsrvr.com", "198.51.100.96", d)),
          ("Date", fmt(d)), ("From", addr("Hanna Visser", "h.visser@rsnl.nl")),
          ("To", addr("Peter Vos", "helpdesk@ops.storedesk.example")),
          ("Subject", "RE: Case 55817 - Bakkerij Vos Zwolle - replacement tills"),
          ("Message-ID", "<%s@webmail.emailsrvr.com>" % h("m60", 28)),
          ("X-Mailer", "Rackspace Webmail (https://apps.rackspace.com)")]
    return message(hd, text(body, "plain", "utf-8", "quoted-printable"))

# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
import email, email.policy, re, sys
from email.utils import parsedate_to_datetime

EVENTS = {"acknowledged", "update", "resolved", "closed", "ignore"}
LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
         "it": "Italian", "pl": "Polish", "sv": "Swedish"}
KINDS = {"notification", "human"}
NAMINGS = {"subject": "our [STORE-n] tag kept in the Subject",
           "field": "tag only in a body field/line (subject replaced by the product)",
           "quoted": "tag only in quoted text (subject rewritten, no threading to our mail)",
           "thread": "only In-Reply-To/References to our Message-ID",
           "text": "title and store named in the text only (no tag, no threading)",
           "tag-in-ignore": "ignore mail that nevertheless carries/threads to one of our issues",
           "none": "ignore mail unrelated to any issue"}
MID_RE = re.compile(r"^<[^<>@\s]+@[^<>@\s.]+(\.[^<>@\s.]+)+>$")
TAG_RE = re.compile(r"STORE-(\d+)", re.I)

FAILS = []

def fail(f, why):
    FAILS.append("FAIL %s: %s" % (f, why))

def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _html.unescape(s)

def validate(fname, data, spec, prev_dt, seen_mids):
    # 1. CRLF only
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(fname, "bare LF or CR line ending")
    # 3. line length
    for ln, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) >= 998:
            fail(fname, "line %d is %d octets" % (ln, len(line)))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    subject = ""
    texts, hdr_texts = [], []
    for part in msg.walk():
        if part.defects:
            fail(fname, "defects in part %s: %r" % (part.get_content_type(), part.defects))
        for k, v in part.raw_items():
            try:
                v.encode("ascii")
                k.encode("ascii")
            except UnicodeEncodeError:
                fail(fname, "non-ASCII header %s" % k)
        for k in set(part.keys()):
            for v in part.get_all(k):
                if getattr(v, "defects", None):
                    fail(fname, "header %s defects %r" % (k, v.defects))
                hdr_texts.append(str(v))
        for pk in ("content-type", "content-disposition"):
            raw = part.get(pk)
            if raw is not None and "=?" in str(part.get(pk, "")) and pk == "content-disposition":
                fail(fname, "RFC 2047 in parameter")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True) or b""
            try:
                t = payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                fail(fname, "text part %s does not decode as %s: %s" % (part.get_content_type(), cs, e))
                continue
            if part.get_content_subtype() == "html":
                texts.append(t)
                texts.append(html_to_text(t))
            else:
                texts.append(t)
    for raw_v in [v for k, v in msg.raw_items() if k.lower() in ("content-type", "content-disposition")]:
        pass
    # RFC 2231 check for every parameter value
    for part in msg.walk():
        for k in ("content-type", "content-disposition"):
            for _, v in [(kk, vv) for kk, vv in part.raw_items() if kk.lower() == k]:
                if re.search(r'(name|filename)="?=\?', v):
                    fail(fname, "RFC 2047 encoded parameter in %s" % k)
    subject = str(msg.get("subject", ""))
    body_all = "\n".join(texts)
    everything = "\n".join([body_all] + hdr_texts)
    # 6. dates
    try:
        d = parsedate_to_datetime(str(msg["date"]))
    except Exception as e:
        fail(fname, "bad Date: %s" % e)
        d = None
    if d is not None:
        if prev_dt is not None and not d > prev_dt:
            fail(fname, "Date not after previous mail")
        ref = spec["issue"] or spec.get("related")
        if ref:
            sent = parsedate_to_datetime(I(ref)["sent"])
            if not d > sent:
                fail(fname, "Date not after sent date of STORE-%d" % ref)
    # 7. Message-ID
    mid = str(msg.get("message-id", "")).strip()
    if not MID_RE.match(mid):
        fail(fname, "malformed Message-ID %r" % mid)
    if mid in seen_mids:
        fail(fname, "duplicate Message-ID %s" % mid)
    seen_mids.add(mid)
    for k in ("in-reply-to", "references"):
        for v in msg.get_all(k) or []:
            for x in str(v).split():
                if not MID_RE.match(x):
                    fail(fname, "malformed id %r in %s" % (x, k))
    thread = " ".join(str(v) for k in ("in-reply-to", "references") for v in (msg.get_all(k) or []))
    # 11. event/lang/ids
    if spec["event"] not in EVENTS:
        fail(fname, "unknown event")
    if spec["lang"] not in LANGS:
        fail(fname, "unknown language")
    if spec["kind"] not in KINDS or spec["naming"] not in NAMINGS:
        fail(fname, "unknown kind/naming")
    vid = spec["vid"]
    if vid is not None and vid.startswith("#"):
        fail(fname, "vendor id starts with '#'")
    if spec["event"] == "ignore":
        if spec["issue"] is not None or vid is not None:
            fail(fname, "ignore mail with issue_ref or vendor id")
        if spec["naming"] not in ("tag-in-ignore", "none"):
            fail(fname, "ignore mail with a non-ignore naming")
        if spec["naming"] == "tag-in-ignore":
            r = spec["related"]
            if ("STORE-%d" % r) not in everything and I(r)["message_id"] not in thread:
                fail(fname, "tag-in-ignore mail carries no reference to STORE-%d" % r)
        return d
    n = spec["issue"]
    iss = I(n)
    tag = "STORE-%d" % n
    tag_re = re.compile(r"(?<![A-Za-z0-9])STORE-%d(?!\d)" % n)
    has_tag = bool(tag_re.search(subject) or tag_re.search(body_all))
    has_thread = iss["message_id"] in thread
    has_text = iss["title"] in body_all + "\n" + subject and iss["store"] in body_all + "\n" + subject
    # 8. issue is named
    if not (has_tag or has_thread or has_text):
        fail(fname, "issue %s not named by tag, threading or title+store" % tag)
    # naming method as documented
    nm = spec["naming"]
    if nm == "subject" and not tag_re.search(subject):
        fail(fname, "naming=subject but tag not in subject")
    if nm in ("field", "quoted", "thread", "text") and tag_re.search(subject):
        fail(fname, "naming=%s but tag in subject" % nm)
    if nm == "field" and not tag_re.search(body_all):
        fail(fname, "naming=field but no tag in body")
    if nm == "quoted":
        lines = [l for l in body_all.split("\n") if tag_re.search(l)]
        if not lines or any(not l.lstrip().startswith(">") for l in lines):
            fail(fname, "naming=quoted but tag not only in quoted lines")
        if has_thread:
            fail(fname, "naming=quoted but threaded to our mail")
    if nm == "thread" and (has_tag or has_text or not has_thread):
        fail(fname, "naming=thread but tag/text present or threading absent")
    if nm == "text" and (has_tag or has_thread or not has_text):
        fail(fname, "naming=text but tag/threading present or title+store absent")
    # 9. vendor id literally present
    if vid is not None and vid not in subject and vid not in body_all:
        fail(fname, "vendor id %r not found in subject/body" % vid)
    # 10. no other STORE tag
    for mt in TAG_RE.finditer(everything):
        if mt.group(0) != tag:
            fail(fname, "foreign tag %s" % mt.group(0))
    return d

def check_families():
    cov = (HERE / "input" / "covered-products.txt").read_text(encoding="utf-8").lower()
    bad = False
    for fam in sorted({m["family"] for m in MAILS}):
        if fam.lower() in cov:
            print("FAIL family %s: found in covered-products.txt" % fam)
            bad = True
    return bad

def readme(rows, counts):
    ev, lg, kd, nm = counts
    fams = sorted({m["family"] for m in MAILS}, key=str.lower)
    L = []
    L.append("# StoreDesk <- RSNL vendor reply corpus (set blind16)\n")
    L.append("Self-contained test corpus; written blind (without looking at the code under test).\n")
    L.append("60 e-mails as they would arrive in `helpdesk@ops.storedesk.example`, replies and notifications from the "
             "vendor RSNL (rsnl.nl, its country subdomains and the hosted domains of its helpdesk/field-service "
             "products) to the issues StoreDesk sent (`input/sent/`, `input/issues.json`).\n")
    L.append("## How to run\n\n```\ncd /tmp/blind16\npython3 make.py\n```\n\nStandard library only, no randomness, "
             "no clock: every run writes byte-identical files `01-<slug>.eml` ... `60-<slug>.eml`, `expected.jsonl` "
             "and this README, validates every mail and prints `OK: 60 mails` (or `FAIL <file>: <reason>` lines and "
             "exit status 1). Old `NN-*.eml` files are removed first.\n")
    L.append("## expected.jsonl\n\nOne JSON object per mail, in file (= arrival) order:\n\n"
             "| field | meaning |\n|---|---|\n"
             "| `file` | file name of the mail |\n"
             "| `issue_ref` | `STORE-n` the mail is about, or `null` |\n"
             "| `vendor_ticket_id` | RSNL's ticket/case/call/work-order/incident id for our issue exactly as written in the mail (no leading `#`; an inner `#` as in `FS#812` is kept), or `null` if the mail gives none; always `null` for ignore |\n"
             "| `event` | `acknowledged`, `update`, `resolved`, `closed` or `ignore` |\n"
             "| `note` | product/client imitated, then language, then what makes the mail tricky |\n")
    L.append("Event definitions: *acknowledged* = request received/logged/opened (automatic receipts included, with "
             "or without number); *update* = answer, question, plan, progress, waiting, parts, reopened, without saying "
             "the fault is fixed or the ticket closed; *resolved* = fault stated fixed/solved (ticket may stay open for "
             "confirmation or auto-close later); *closed* = ticket/case stated closed; *ignore* = must not touch any "
             "issue (personal out-of-office, bounces, newsletters, surveys, calendar invitations, phishing, other "
             "customers, platform status notices).\n")
    L.append("## Validation performed by make.py\n\n"
             "1. CRLF line endings only.\n2. All header fields ASCII (RFC 2047 encoded-words for non-ASCII, split on "
             "character boundaries; RFC 2231 for non-ASCII attachment names; an RFC 2047 word inside a parameter fails).\n"
             "3. Every line shorter than 998 octets.\n"
             "4. `email.message_from_bytes(data, policy=email.policy.default)`: no defects on any part, and every header "
             "of every part parsed through the header registry without defects.\n"
             "5. Every `text/*` part decodes strictly with its declared charset (us-ascii if none).\n"
             "6. `Date` strictly increasing in file order and later than the sent date of the issue concerned (for "
             "ignore mails that carry one of our tags/threads: that issue).\n"
             "7. Message-IDs well formed (`<left@right>`) and unique, also against `input/sent/`; ids in "
             "In-Reply-To/References well formed.\n"
             "8. Every non-ignore mail names its issue by STORE-n tag, by our Message-ID in In-Reply-To/References, or "
             "by title AND store in the decoded text; additionally the documented naming method is checked (e.g. "
             "`thread` mails contain neither tag nor title+store; `quoted` mails have the tag only on `>` lines and are "
             "not threaded to our mail; `text` mails have no tag and no threading).\n"
             "9. The expected vendor_ticket_id occurs literally in the decoded subject or a decoded body part.\n"
             "10. No STORE tag other than the expected one anywhere (decoded headers of all parts, all text parts) in a "
             "non-ignore mail.\n"
             "11. Known event/language/kind; ignore mails carry neither issue_ref nor vendor id; no leading `#`.\n"
             "12. Every product/client family used is grepped case-insensitively in `input/covered-products.txt`; a "
             "hit fails the run.\n")
    L.append("## Counts\n")
    L.append("By event: " + ", ".join("%s %d" % (k, ev[k]) for k in ["acknowledged", "update", "resolved", "closed", "ignore"]) + "\n")
    L.append("By language: " + ", ".join("%s %d" % (LANGS[k], v) for k, v in sorted(lg.items(), key=lambda x: -x[1])) + "\n")
    L.append("By kind: " + ", ".join("%s %d" % (k, v) for k, v in sorted(kd.items())) +
             " (notification = generated by a helpdesk/ITSM/CRM/field-service/contact-centre/survey/newsletter/MTA "
             "product; human = written by a person in a mail client)\n")
    L.append("## How issues are referenced\n\n| naming | meaning | mails |\n|---|---|---|\n" +
             "".join("| `%s` | %s | %d |\n" % (k, NAMINGS[k], nm.get(k, 0)) for k in NAMINGS) + "\n")
    L.append("Vendor ids vary in shape: plain digits (3318, 7731, 118803), zero-padded (00318, TKT-000458), prefixed "
             "(TCK-412, DC-004711, INC0024917), dashed letter/digit groups (SM-24-00193, K-24-0719-02, "
             "INT-24-07-0512), date-based (240701-000318, DE240703-0117, RS-2407-0558), with slashes "
             "(2024/07/0153, 24/0712/ES-07, LAB/2024/0728-03) and with an inner '#' (FS#812).\n")
    L.append("## Product / client families (%d)\n\n%s\n" % (len(fams), ", ".join(fams)))
    L.append("## All mails\n\n| # | file | issue | event | lang | kind | naming | vendor id | note |\n|---|---|---|---|---|---|---|---|---|\n")
    T = []
    for r in rows:
        T.append("| %s | `%s` | %s | %s | %s | %s | %s | %s | %s |\n" % (
            r["n"], r["file"], r["issue_ref"] or "-", r["event"], r["lang"], r["kind"], r["naming"],
            ("`%s`" % r["vendor_ticket_id"]) if r["vendor_ticket_id"] else "-", r["note"].replace("|", "/")))
    L[-1] += "".join(T)
    return "\n".join(x.rstrip("\n") + "\n" for x in L)

def main():
    for old in HERE.glob("[0-9][0-9]-*.eml"):
        old.unlink()
    seen = set()
    for f in sorted((HERE / "input" / "sent").glob("*.eml")):
        mm = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        seen.add(str(mm["message-id"]).strip())
    if len(MAILS) != 60:
        print("FAIL corpus: %d mails defined" % len(MAILS))
        sys.exit(1)
    bad = check_families()
    prev = None
    rows, out = [], []
    from collections import Counter
    ev, lg, kd, nmc = Counter(), Counter(), Counter(), Counter()
    for idx, spec in enumerate(MAILS, 1):
        fname = "%02d-%s.eml" % (idx, spec["slug"])
        data = spec["build"](spec)
        (HERE / fname).write_bytes(data)
        prev = validate(fname, data, spec, prev, seen) or prev
        lang_name = LANGS.get(spec["lang"], "?")
        if not spec["note"].split(";")[1].strip().startswith(lang_name):
            fail(fname, "note does not name the language second")
        if not spec["note"].lower().startswith(spec["family"].lower().split()[0]) and spec["family"].lower() not in spec["note"].lower().split(";")[0]:
            fail(fname, "note does not start with the product family")
        rec = {"file": fname, "issue_ref": ("STORE-%d" % spec["issue"]) if spec["issue"] else None,
               "vendor_ticket_id": spec["vid"], "event": spec["event"], "note": spec["note"]}
        out.append(json.dumps(rec, ensure_ascii=False))
        rows.append(dict(rec, n=idx, lang=spec["lang"], kind=spec["kind"], naming=spec["naming"]))
        ev[spec["event"]] += 1; lg[spec["lang"]] += 1; kd[spec["kind"]] += 1; nmc[spec["naming"]] += 1
    (HERE / "expected.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(rows, (ev, lg, kd, nmc)), encoding="utf-8")
    if FAILS or bad:
        for x in FAILS:
            print(x)
        sys.exit(1)
    print("events:", dict(ev)); print("languages:", dict(lg)); print("kinds:", dict(kd)); print("naming:", dict(nmc))
    print("OK: %d mails" % len(MAILS))

if __name__ == "__main__":
    main()
