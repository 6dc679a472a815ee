"""Connected mode, end to end in the built app against a real StoreDesk server (its own
PostgreSQL database, seeded small): connect and sign in, log an issue and see its STORE number
come back, find it by search, move it, stop the server and log another issue offline, start the
server and see both synced, a change made by someone else appear live, and the session kept
across a restart (the refresh token in the real keychain of the test session)."""
import json
import os
import subprocess
import time
import unittest
import urllib.request
import uuid

from selenium.common.exceptions import ElementNotInteractableException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from app_driver import DEADLINE, AppTest, Notifications

SERVER_BIN = os.environ.get("STOREDESK_SERVER_BIN", os.path.abspath("../../target/debug/storedesk-server"))
PG = os.environ.get("STOREDESK_PG", "postgres://postgres@127.0.0.1:5432")
PORT = int(os.environ.get("E2E_SERVER_PORT", "18490"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "storedesk-demo"  # seed-demo's password for every person


class Server:
    """`storedesk-server serve` on its own database, which it drops at the end."""

    def __init__(self):
        self.db = f"storedesk_e2e_{uuid.uuid4().hex[:12]}"
        self.env = dict(os.environ, DATABASE_URL=f"{PG}/{self.db}", RUST_LOG="warn",
                        JWT_SECRET="e2e-" + uuid.uuid4().hex + uuid.uuid4().hex,
                        STOREDESK_BIND=f"127.0.0.1:{PORT}")
        self.proc = None
        subprocess.run([SERVER_BIN, "seed-demo", "--stores", "3", "--users", "6", "--issues", "30",
                        "--comments", "30"], env=self.env, check=True, stdout=subprocess.DEVNULL)

    def start(self):
        with open(os.path.join(os.environ.get("E2E_ARTIFACTS", "."), "e2e-server.log"), "ab") as log:
            self.proc = subprocess.Popen([SERVER_BIN, "serve"], env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + DEADLINE
        while True:
            try:
                urllib.request.urlopen(f"{BASE}/readyz", timeout=1).read()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("the server did not start (see e2e-server.log)")
                time.sleep(0.1)  # polling the condition "the port answers", with a deadline

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=DEADLINE)
            self.proc = None

    def drop(self):
        self.stop()
        subprocess.run(["psql", f"{PG}/postgres", "-qc", f'drop database if exists "{self.db}" with (force)'],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def call(self, method, path, body=None, token=None):
        req = urllib.request.Request(f"{BASE}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"content-type": "application/json"})
        if token:
            req.add_header("authorization", f"Bearer {token}")
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"null")

    def token(self):
        return self.call("POST", "/api/auth/login", {"login": "admin", "password": PASSWORD})["access_token"]


class ConnectedMode(AppTest):
    def setUp(self):
        self.server = Server()
        self.addCleanup(self.server.drop)
        self.server.start()
        super().setUp()

    def log_issue(self, title):
        """The log-issue dialog (key c): the first store, `title`; waits for the saved issue."""
        self.find("body").send_keys("c")
        self.visible("#log-issue-dialog")
        Select(self.find("#new-store")).select_by_index(1)
        self.type_into("#new-title", title)
        self.click("#save-issue")
        self.wait_text("#detail-title", title)

    def test_connect_log_offline_and_back_live_and_restart(self):
        # Welcome: connect. A wrong address and a wrong password are refused in sentences.
        self.wait_text("#connect-title", "Connect to your company's StoreDesk server")
        self.type_into("#server", "storedesk.example.com")
        self.type_into("#connect-login", "admin")
        self.type_into("#connect-password", PASSWORD)
        self.click("#connect")
        self.wait_text("#server-msg", "Server must be an address such as https://storedesk.example.com.")
        self.type_into("#server", BASE)
        self.type_into("#connect-password", "not-the-password")
        self.click("#connect")
        self.wait_text("#connect-error", "The login or password is not right.")
        self.screenshot("c01-connect-error")
        self.type_into("#connect-password", PASSWORD)
        self.click("#connect")

        # The workspace fills from the server: 30 seeded issues, synced.
        self.wait_text("#result-count", "30 issues")
        self.wait_text("#sync-state", "Synced")
        self.wait_text("footer", BASE)
        self.screenshot("c02-connected")

        # Log an issue: saved here at once, then numbered by the server.
        self.log_issue("Card terminal declines all cards qwkz")
        self.wait_text("#detail-reference", "STORE-31")
        self.wait_text("#sync-state", "Synced")

        # Find it by search and move it; the move reaches the server.
        self.type_into("#search", "qwk")
        self.wait_text("#result-count", "1 issue")
        self.click('#status-buttons [data-status="in_progress"]')
        self.wait_text("#detail-status", "In Progress")
        token = self.server.token()
        self.wait(lambda d: any(i["status"] == "in_progress" for i in
                                self.server.call("GET", "/api/issues?q=qwkz", token=token)["items"]))
        search = self.find("#search")
        search.send_keys(Keys.CONTROL, "a")
        search.send_keys(Keys.BACKSPACE)
        self.wait_text("#result-count", "31 issues")

        # The server goes away: the next issue is saved here, pending, and the bar says so.
        self.server.stop()
        self.log_issue("Receipt printer offline since the storm")
        self.wait_text(".issue-row", "pending")
        self.wait_text("#sync-state", "Offline · 1 change waiting")
        self.visible("#sync-retry")
        self.screenshot("c03-offline")

        # Back: "Retry now" sends it at once (unless the app's own retry, backing off from 1 s,
        # got there first); both issues are on the server.
        self.server.start()
        for button in self.driver.find_elements(By.CSS_SELECTOR, "#sync-retry"):
            try:
                button.click()
            except (StaleElementReferenceException, ElementNotInteractableException):
                pass  # gone: the automatic retry synced meanwhile
        self.wait_text("#sync-state", "Synced")
        self.wait_text("#detail-reference", "STORE-32")
        self.assertFalse([r for r in self.driver.find_elements(By.CSS_SELECTOR, ".issue-row")
                          if "pending" in r.get_attribute("textContent")])
        token = self.server.token()
        titles = [i["title"] for i in self.server.call("GET", "/api/issues?per_page=100", token=token)["items"]]
        self.assertIn("Receipt printer offline since the storm", titles)
        self.assertIn("Card terminal declines all cards qwkz", titles)

        # Someone else logs an issue on the server: it appears here live.
        store = self.server.call("GET", "/api/stores", token=token)[0]["id"]
        self.server.call("POST", "/api/issues", {"store_id": store, "title": "Self-checkout screen black",
                                                  "priority": "high"}, token=token)
        self.wait_text(".issue-row .issue-title", "Self-checkout screen black", timeout=20)
        self.wait_text("#result-count", "33 issues")
        self.screenshot("c04-live")

        # Another person moves my issue: a native notification (seen on the session bus, where
        # the desktop's notification daemon listens) and the bell's list say so.
        bus = Notifications()
        self.addCleanup(bus.close)
        self.server.call("POST", "/api/users", {"username": "ana", "email": "ana@demo.storedesk.dev",
                                                "display_name": "Ana Visser", "role": "admin",
                                                "password": PASSWORD}, token=token)
        ana = self.server.call("POST", "/api/auth/login", {"login": "ana", "password": PASSWORD})["access_token"]
        mine = self.server.call("GET", "/api/issues?q=qwkz", token=token)["items"][0]
        self.server.call("POST", f"/api/issues/{mine['id']}/status", {"status": "waiting_on_vendor"}, token=ana)
        bus.wait_for("STORE-31 is now Waiting on vendor")
        self.wait_text("#notice-unread", "1")
        self.click("#notice-bell")
        self.wait_text("#notice-list", "STORE-31 is now Waiting on vendor")
        self.wait_text("#notice-list", "Card terminal declines all cards qwkz (")
        self.screenshot("c05-notification")
        self.click('#notice-list [data-notice="status"]')
        self.wait_text("#detail-reference", "STORE-31")
        self.wait_text("#detail-status", "Waiting on vendor")
        self.wait(lambda d: not d.find_elements(By.CSS_SELECTOR, "#notice-unread"))

        # A comment: an empty one is refused in a sentence; a real one joins the timeline and
        # reaches the server.
        self.click("#add-comment")
        self.wait_text("#comment-error", "Body must not be empty.")
        self.type_into("#comment-body", "Called RSNL, they are on it.")
        self.click("#add-comment")
        self.wait_text("#timeline", "Called RSNL, they are on it.")
        self.wait(lambda d: [c["body"] for c in self.server.call(
            "GET", f"/api/issues/{mine['id']}/comments", token=token)] == ["Called RSNL, they are on it."])
        self.screenshot("c06-comment")

        # Restarted, the app is signed in again from the keychain: no password asked.
        self.restart_app()
        self.wait_text("#result-count", "33 issues")
        self.wait_text("#sync-state", "Synced")

        # Signing out keeps the cache and asks for the password at the same server.
        self.click("#sign-out")
        self.wait_text("h1", "Sign in to StoreDesk")
        self.wait_text("#login-location", BASE)
        self.type_into("#login", "admin")
        self.type_into("#password", PASSWORD)
        self.click("#sign-in")
        self.wait_text("#result-count", "33 issues")


if __name__ == "__main__":
    unittest.main(verbosity=2)
