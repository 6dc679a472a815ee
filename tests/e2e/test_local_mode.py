"""Local mode, end to end in the built app: the first start, the demo, logging an issue with a
field error first, finding it by search, moving its status, the admin pages (a store and a
person, each refused once under a field first), signing out and in again, and the data still
there after the app restarts."""
import os
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from app_driver import AppTest

ADMIN = {"display_name": "Ada Lovelace", "username": "ada", "email": "ada@example.com",
         "password": "analytical-engine"}
MARKER = "zqxv"


class LocalModeFirstRun(AppTest):
    def test_first_run_to_a_logged_and_moved_issue(self):
        # Welcome: two choices; take "on this computer".
        self.wait_text("h1", "Welcome to StoreDesk")
        self.screenshot("01-welcome")
        self.click("#choose-local")

        # The first-run form refuses blanks with a sentence under each field.
        self.wait_text("h1", "Create the first administrator")
        self.click("#create-admin")
        self.wait_text("#display_name-msg", "Display name must not be empty.")
        self.wait_text("#username-msg", "Username must be at least 3 characters.")
        self.wait_text("#password-msg", "Password must be at least 10 characters.")
        self.screenshot("02-first-run-errors")
        for field, value in ADMIN.items():
            self.type_into(f"#{field}", value)
        self.click("#create-admin")

        # The workspace with the demo: 10,000 issues, rows rendered on screen only.
        self.wait_text("#result-count", "10,000 issues", timeout=120)
        rows = self.driver.find_elements(By.CSS_SELECTOR, ".issue-row")
        self.assertGreater(len(rows), 10)
        self.assertLess(len(rows), 400, "the list renders the visible window, not 10,000 rows")
        self.wait_text("#sync-state", "Saved on this computer")
        self.wait_text("nav[aria-label=Views]", "10,000")
        self.wait_text('[data-status-filter="open"]', ",")
        self.screenshot("03-list-10000")

        # The administrator works in no store: their store queue is empty and says so.
        self.click("#view-my-stores")
        self.wait_text("#empty-list", "Nothing open in your stores.")
        self.click("#view-all")
        self.wait_text("#result-count", "10,000 issues")

        # Log an issue: an empty title is refused under the field, then it saves.
        self.find("body").send_keys("c")
        self.visible("#log-issue-dialog")
        self.click("#save-issue")
        self.wait_text("#new-title-msg", "Title must not be empty.")
        self.wait_text("#new-store-msg", "Choose the store with the fault.")
        self.visible("#new-title-msg.field-error")
        self.screenshot("04-log-issue-error")
        Select(self.find("#new-store")).select_by_index(1)
        self.type_into("#new-title", f"Receipt printer at till 7 prints blank receipts {MARKER}")
        self.type_into("#new-description", "Since the update this morning; paper is fine.")
        self.find("#new-title").send_keys(Keys.CONTROL, Keys.ENTER)
        self.wait(lambda d: not d.find_elements(By.CSS_SELECTOR, "#log-issue-dialog"))
        self.wait_text("#detail-title", f"prints blank receipts {MARKER}")
        self.wait_text("#detail-reference", "STORE-10001")
        self.wait_text("#detail-status", "Open")
        self.wait_text("#result-count", "10,001 issues")

        # Find it by search, as typed (prefix of the last word).
        self.type_into("#search", MARKER[:3])
        self.wait_text("#result-count", "1 issue")
        self.assertEqual(self.text_of("#result-count"), "1 issue")
        self.wait_text(".issue-row .issue-title", MARKER)
        self.screenshot("05-search")
        self.wait_text("#detail-title", MARKER)  # the open issue stays open while searching

        # Move it along the state machine; the timeline records the move.
        self.click('#status-buttons [data-status="in_progress"]')
        self.wait_text("#detail-status", "In Progress")
        self.wait_text("#timeline", "moved it from Open to In Progress")
        self.assertEqual(
            sorted(b.get_attribute("data-status") for b in
                   self.driver.find_elements(By.CSS_SELECTOR, "#status-buttons button")),
            ["resolved", "waiting_on_vendor"],
        )

        # Give it to one of the store's people; the timeline says who; then a comment.
        picker = Select(self.find("#detail-assignee"))
        someone = picker.options[1]
        name = someone.text
        picker.select_by_index(1)
        self.wait_text("#timeline", f"assigned it to {name}")
        self.wait(lambda d: Select(d.find_element(By.CSS_SELECTOR, "#detail-assignee")).first_selected_option.text == name)
        self.type_into("#comment-body", "Paper roll replaced, watching it.")
        self.click("#add-comment")
        self.wait_text("#timeline", "Paper roll replaced, watching it.")
        self.screenshot("06-detail")

        # Admin: a store with a code already taken is refused under its field; a new one with
        # an engineer is listed and can at once be chosen when logging an issue.
        self.click("#admin-stores")
        self.wait_text("h1", "Stores")
        taken = self.text_of("#stores-table tbody tr td")
        self.click("#add-store")
        self.type_into("#store-code", taken.lower())
        self.type_into("#store-name", "Eindhoven Station")
        self.click("#save-store")
        self.wait_text("#store-code-msg", "Code is already used by another store.")
        self.type_into("#store-code", "EHV-01")
        self.type_into("#store-address", "Stationsplein 1, Eindhoven")
        self.click("#store-form input[name=store-engineer]")
        self.click("#save-store")
        self.wait_text("#admin-done", "Added EHV-01 · Eindhoven Station.")
        self.wait_text("#stores-table tr[data-store=EHV-01]", "Stationsplein 1, Eindhoven")
        # An edit sends what changed and keeps the rest (the engineer stays).
        self.type_into("#store-name", "Eindhoven Centraal")
        self.click("#save-store")
        self.wait_text("#admin-done", "Saved EHV-01 · Eindhoven Centraal.")
        self.wait_text("#stores-table tr[data-store=EHV-01]", "Eindhoven Centraal")
        self.screenshot("07-admin-stores")
        self.click("#log-issue")
        self.wait_text("#new-store", "EHV-01 · Eindhoven Centraal")
        self.driver.find_element(By.CSS_SELECTOR, "#new-store").send_keys(Keys.ESCAPE)
        self.wait(lambda d: not d.find_elements(By.CSS_SELECTOR, "#log-issue-dialog"))

        # People: a short password is refused under its field; the new engineer is listed.
        self.click("#admin-people")
        self.wait_text("h1", "People")
        self.click("#add-person")
        self.type_into("#person-name", "Noor Bakker")
        self.type_into("#person-username", "noor.bakker")
        self.type_into("#person-email", "noor@stores.example")
        self.type_into("#person-password", "short")
        self.click("#save-person")
        self.wait_text("#person-password-msg", "Password must be at least 10 characters.")
        self.type_into("#person-password", "a-long-first-password")
        self.click("#save-person")
        self.wait_text("#admin-done", "Noor Bakker can now sign in as noor.bakker.")
        self.wait_text("#people-table tr[data-person='noor.bakker']", "Engineer")
        self.click("#toggle-active")
        self.wait_text("#admin-done", "Noor Bakker is deactivated and can no longer sign in.")
        self.wait_text("#people-table tr[data-person='noor.bakker']", "Deactivated")
        self.screenshot("08-admin-people")
        # Settings: dark at once and after a restart; start at login writes the system's
        # autostart entry, which starts StoreDesk hidden in the tray, and removes it again.
        self.click("#open-settings")
        self.wait_text("#settings-where", "keeps everything in a file on this computer")
        self.click("#theme-dark")
        self.wait_text("#settings-saved", "Saved.")
        self.wait(lambda d: d.execute_script(
            "return document.documentElement.classList.contains('dark')"))
        self.click("#start-at-login")
        # The app's home for this run (scripts/e2e-test.sh), where XDG autostart entries go.
        autostart = os.path.join(os.environ["E2E_HOME"], ".config", "autostart", "StoreDesk.desktop")
        self.wait(lambda d: os.path.exists(autostart))
        with open(autostart, encoding="utf-8") as f:
            entry = f.read()
        self.assertIn("--hidden", entry)
        self.screenshot("09-settings-dark")
        self.click("#start-at-login")
        self.wait(lambda d: not os.path.exists(autostart))

        # Back to the list, as it was left (the search still applies).
        self.click("#view-all")
        self.wait_text(".issue-row .issue-title", MARKER)

        # Sign out; a wrong password is refused in a sentence; the right one signs in.
        self.click("#sign-out")
        self.wait_text("h1", "Sign in to StoreDesk")
        self.type_into("#login", "ADA")
        self.type_into("#password", "not-the-password")
        self.click("#sign-in")
        self.wait_text("[role=alert]", "The login or password is not right.")
        self.type_into("#password", ADMIN["password"])
        self.click("#sign-in")
        self.wait_text("#result-count", "10,001 issues")

        # Everything is still there after the app restarts (the database is a file).
        self.restart_app()
        self.wait_text("h1", "Sign in to StoreDesk")
        self.wait(lambda d: d.execute_script(
            "return document.documentElement.classList.contains('dark')"))
        self.type_into("#login", ADMIN["email"])
        self.type_into("#password", ADMIN["password"])
        self.click("#sign-in")
        self.type_into("#search", MARKER)
        self.wait_text(".issue-row .issue-title", MARKER)
        self.click(".issue-row")
        self.wait_text("#detail-status", "In Progress")


if __name__ == "__main__":
    unittest.main(verbosity=2)
