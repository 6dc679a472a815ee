"""Local mode's vendor loop, end to end in the built app against real Dovecot + Postfix (started
by scripts/mail-fixture.sh): an administrator sets the mail account in Settings (refused under
a field once), logs an issue, the vendor's mailbox receives it through Postfix, the vendor's
receipt comes back, and the issue moves to Waiting on vendor with the vendor's ticket on its
panel and a native notification on the session bus."""
import email
import email.policy
import imaplib
import os
import smtplib
import ssl
import subprocess
import time
import unittest

from selenium.webdriver.remote.file_detector import UselessFileDetector
from selenium.webdriver.support.ui import Select

from app_driver import DEADLINE, AppTest, Notifications

FIXTURE = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../scripts/mail-fixture.sh"))
ADMIN = {"display_name": "Ada Lovelace", "username": "ada", "email": "ada@example.com",
         "password": "analytical-engine"}
TITLE = "Till 3 frozen on boot"


class MailFixture:
    """A throwaway Dovecot + Postfix on loopback; the vendor's side is driven with Python's own
    IMAP and SMTP clients."""

    def __init__(self):
        out = subprocess.run(["bash", FIXTURE, "start"], check=True, capture_output=True, text=True)
        self.env = dict(l.split("=", 1) for l in out.stdout.splitlines() if "=" in l)
        assert self.env.get("MAIL_FIXTURE_MTA") == "postfix", "the fixture runs without Postfix"
        self.tls = ssl.create_default_context(cafile=self.env["MAIL_CA_PEM"])

    def stop(self):
        subprocess.run(["bash", FIXTURE, "stop", self.env["MAIL_FIXTURE_DIR"]],
                       env={**os.environ, "STOP_GRACE_S": "0"}, check=False)

    def vendor_inbox_message(self, subject_part, timeout=DEADLINE):
        """The first message in the vendor's inbox whose subject holds `subject_part`."""
        deadline = time.monotonic() + timeout
        while True:
            with imaplib.IMAP4_SSL("localhost", int(self.env["IMAPS_PORT"]), ssl_context=self.tls) as imap:
                imap.login(self.env["VENDOR_USER"], self.env["VENDOR_PASS"])
                imap.select("INBOX")
                _, ids = imap.search(None, "ALL")
                for n in ids[0].split():
                    _, data = imap.fetch(n, "(RFC822)")
                    msg = email.message_from_bytes(data[0][1], policy=email.policy.default)
                    if subject_part in str(msg["Subject"]):
                        return msg
            if time.monotonic() > deadline:
                raise AssertionError(f"no mail about {subject_part!r} reached the vendor")
            time.sleep(0.2)  # polling the vendor's mailbox, a condition with a deadline

    def vendor_sends(self, raw):
        with smtplib.SMTP_SSL("localhost", int(self.env["SMTPS_PORT"]), context=self.tls) as smtp:
            smtp.login(self.env["VENDOR_USER"], self.env["VENDOR_PASS"])
            smtp.sendmail(self.env["VENDOR_USER"], [self.env["OPS_USER"]], raw.encode())


class LocalMail(AppTest):
    def setUp(self):
        self.mail = MailFixture()
        self.addCleanup(self.mail.stop)
        super().setUp()

    def fill(self, css, value):
        # A path typed into a text field is text, not a file for Selenium to upload.
        self.driver.file_detector = UselessFileDetector()
        el = self.visible(css)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
        el.clear()
        el.send_keys(value)

    def test_an_issue_goes_to_the_vendor_and_its_receipt_comes_back(self):
        notices = Notifications()
        self.addCleanup(notices.close)
        self.click("#choose-local")
        self.wait_text("h1", "Create the first administrator")
        for field, value in ADMIN.items():
            self.type_into(f"#{field}", value)
        self.click("#create-admin")
        self.wait_text("#result-count", "10,000 issues", timeout=120)

        # Settings -> Vendor mail: a bad address is refused under its field, then it saves.
        self.click("#open-settings")
        self.wait_text("h2", "Vendor mail")
        env = self.mail.env
        self.fill("#mail-vendor-address", "support")
        self.fill("#mail-our-address", env["OPS_USER"])
        self.fill("#mail-user", env["OPS_USER"])
        self.fill("#mail-password", env["OPS_PASS"])
        self.fill("#mail-smtp-host", "localhost")
        self.fill("#mail-smtp-port", env["SMTP_PORT"])
        Select(self.find("#mail-smtp-security")).select_by_value("starttls")
        self.fill("#mail-imap-host", "localhost")
        self.fill("#mail-imap-port", env["IMAPS_PORT"])
        Select(self.find("#mail-imap-security")).select_by_value("tls")
        self.fill("#mail-ca-file", env["MAIL_CA_PEM"])
        self.click("#save-mail-account")
        self.wait_text("#mail-vendor-address-msg", "Not a valid email address.")
        self.wait_text("#mail-account-form [role=alert]", "Some fields above need attention.")
        self.screenshot("m01-mail-settings-error")
        self.fill("#mail-vendor-address", "support@vendor.test")
        self.fill("#mail-password", env["OPS_PASS"])
        self.click("#save-mail-account")
        self.wait_text("#mail-account-saved", "Issues logged from now on are mailed to RSNL")
        self.screenshot("m02-mail-settings-saved")

        # Log an issue: it is mailed to the vendor through Postfix, and its panel says so.
        self.click("#view-all")
        self.find("body").send_keys("c")
        self.visible("#log-issue-dialog")
        Select(self.find("#new-store")).select_by_index(1)
        self.type_into("#new-title", TITLE)
        self.click("#save-issue")
        self.wait_text("#detail-reference", "STORE-10001")
        at_vendor = self.mail.vendor_inbox_message("[STORE-10001]")
        self.assertIn(TITLE, str(at_vendor["Subject"]))
        self.wait_text("#vendor-mail", "Mailed to the vendor")

        # The vendor's receipt: RSNL's ticket on the panel, Waiting on vendor, a notification.
        ours = at_vendor["Message-ID"]
        self.mail.vendor_sends(
            f"From: RSNL Support <{env['VENDOR_USER']}>\r\nTo: {env['OPS_USER']}\r\n"
            f"Subject: Re: [STORE-10001] {TITLE}\r\nMessage-ID: <ack-e2e@vendor.test>\r\n"
            f"In-Reply-To: {ours}\r\nReferences: {ours}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Your request has been received and logged as ticket 482913.\r\n")
        self.wait_text("#vendor-ticket", "482913")
        self.wait_text("#detail-status", "Waiting on vendor")
        self.wait_text("#timeline", "recorded the vendor's ticket RSNL 482913")
        notices.wait_for("RSNL ticket 482913 opened for STORE-10001")
        self.screenshot("m03-vendor-panel")


if __name__ == "__main__":
    unittest.main()
