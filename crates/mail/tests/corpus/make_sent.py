#!/usr/bin/env python3
"""Writes sent/: the messages StoreDesk sent to RSNL for the corpus issues (our outgoing
convention: subject tag, HMAC-signed Message-ID), and issues.json, the list the corpus
writers were briefed with. Rerun only to change the issue list; the files are committed."""
import hashlib, hmac, json, pathlib

KEY = b"storedesk-test-key"
OUR = "ops.storedesk.example"
STORES = ["Amsterdam Centraal", "Utrecht Hoog Catharijne", "Rotterdam Lijnbaan", "Den Haag Spui",
          "Eindhoven Piazza", "Groningen Herestraat", "Antwerpen Meir", "Gent Veldstraat",
          "Lille Euralille", "Porto Santa Catarina", "Köln Schildergasse", "Madrid Preciados"]
TITLES = ["Till 3 frozen on boot", "Receipt printer offline", "Barcode scanner not reading",
          "Card terminal declines all cards", "Wi-Fi drops every hour", "Cash drawer will not open",
          "Label printer prints blank labels", "Self-checkout screen black", "Router LEDs red",
          "Scale shows wrong weight", "Customer display flickering", "Back-office PC slow",
          "Handheld scanner battery dead", "Price checker offline", "Till keyboard keys stuck",
          "Network switch beeping", "Receipt paper jams", "POS software update failed",
          "Card reader firmware error", "Kitchen printer not printing", "CCTV recorder full",
          "Till 1 touchscreen misaligned", "VPN to head office down", "Electronic shelf labels blank",
          "UPS alarm in server cupboard", "Scanner beeps but no input", "Till 2 reboots randomly",
          "Printer cutter broken", "PIN pad cable damaged", "Cash recycler error E17"]

def token(n):
    return hmac.new(KEY, f"issue-{n}".encode(), hashlib.sha256).hexdigest()[:16]

def main():
    out = pathlib.Path(__file__).parent
    issues = []
    for i in range(60):
        n = 201 + i
        title, store = TITLES[i % len(TITLES)], STORES[i % len(STORES)]
        mid = f"<issue-{n}.{token(n)}@{OUR}>"
        subject = f"[STORE-{n}] {title} — {store}"
        day = 1 + i % 28
        mail = (f"From: StoreDesk <helpdesk@{OUR}>\r\nTo: RSNL Support <support@rsnl.nl>\r\n"
                f"Reply-To: StoreDesk <helpdesk@{OUR}>\r\n"
                f"Subject: =?UTF-8?B?{__import__('base64').b64encode(subject.encode()).decode()}?=\r\n"
                f"Date: Mon, {day:02d} Jul 2024 09:00:00 +0200\r\nMessage-ID: {mid}\r\n"
                f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Transfer-Encoding: 8bit\r\nX-StoreDesk-Issue: STORE-{n}\r\n\r\n"
                f"Store: {store}\r\nPriority: high\r\nReported by: Sam Jansen\r\n\r\n{title}.\r\n")
        (out / "sent" / f"store-{n}.eml").write_bytes(mail.encode())
        issues.append({"issue_ref": f"STORE-{n}", "title": title, "store": store,
                       "message_id": mid, "subject": subject, "sent": f"Mon, {day:02d} Jul 2024 09:00:00 +0200"})
    (out / "issues.json").write_text(json.dumps(issues, indent=1, ensure_ascii=False) + "\n")

main()
