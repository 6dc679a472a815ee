"""Drives the built StoreDesk app in its real WebKit webview over WebDriver (tauri-driver).

Each test gets its own data folder (STOREDESK_DATA_DIR), so a run starts from a first start.
Waits are conditions with deadlines, never sleeps.
"""
import os
import subprocess
import threading
import shutil
import tempfile
import unittest

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

APP = os.environ.get("STOREDESK_APP", os.path.abspath("target/debug/storedesk"))
DRIVER = os.environ.get("TAURI_DRIVER_URL", "http://127.0.0.1:4444")
ARTIFACTS = os.environ.get("E2E_ARTIFACTS", os.path.abspath("target/e2e"))
DEADLINE = float(os.environ.get("E2E_DEADLINE", "30"))


class AppTest(unittest.TestCase):
    """Opens the app with a fresh data folder before each test and closes it after."""

    def setUp(self):
        self.data_dir = tempfile.mkdtemp(prefix="storedesk-e2e-")
        # tauri-driver hands the environment of its own process to the app; the data folder is
        # read from a file beside the binary's expectations instead: STOREDESK_DATA_DIR is set
        # for tauri-driver by scripts/e2e-test.sh to a folder we empty per test.
        shared = os.environ["STOREDESK_DATA_DIR"]
        shutil.rmtree(shared, ignore_errors=True)
        os.makedirs(shared)
        self.driver = self.open_app()

    def open_app(self):
        options = ArgOptions()
        options.set_capability("browserName", "wry")
        options.set_capability("tauri:options", {"application": APP})
        return webdriver.Remote(command_executor=DRIVER, options=options)

    def restart_app(self):
        self.driver.quit()
        self.driver = self.open_app()

    def tearDown(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    # -- helpers -------------------------------------------------------------------------------
    def wait(self, condition, timeout=DEADLINE):
        # The UI re-renders while we look: an element gone stale is looked up again.
        return WebDriverWait(
            self.driver, timeout, ignored_exceptions=(StaleElementReferenceException,)
        ).until(condition)

    def find(self, css):
        return self.wait(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def visible(self, css):
        return self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))

    def click(self, css):
        el = self.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, css)))
        # As a person scrolls a pane to reach a button: WebKitWebDriver does not scroll inside
        # an overflowing pane by itself.
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
        el.click()

    def text_of(self, css):
        return self.find(css).text

    def wait_text(self, css, text, timeout=DEADLINE):
        """Waits until the element's text contains `text`; fails with what it saw instead."""
        seen = []

        def has_text(d):
            # textContent: WebKitWebDriver's element text is empty for ellipsised grid cells.
            els = [e for e in d.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]
            seen[:] = [e.get_attribute("textContent") for e in els]
            return any(text in t for t in seen)

        try:
            self.wait(has_text, timeout)
        except Exception:
            self.screenshot(f"failed-{self.id().rsplit('.', 1)[-1]}")
            self.fail(f"{css!r} never showed {text!r}; it showed {seen!r}")

    def type_into(self, css, text):
        el = self.visible(css)
        el.clear()
        el.send_keys(text)

    def screenshot(self, name):
        os.makedirs(ARTIFACTS, exist_ok=True)
        self.driver.save_screenshot(os.path.join(ARTIFACTS, f"{name}.png"))


class Notifications:
    """Watches the session bus for notifications sent to the desktop's notification daemon (the
    plugin's `show()` succeeds even with no daemon, so only the bus proves one was shown)."""

    def __init__(self):
        self.proc = subprocess.Popen(
            ["dbus-monitor", "--session",
             "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
            stdout=subprocess.PIPE, text=True)
        self.seen = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            with self.changed:
                self.seen.append(line)
                self.changed.notify_all()

    def wait_for(self, text, timeout=DEADLINE):
        with self.changed:
            if not self.changed.wait_for(lambda: any(text in line for line in self.seen), timeout):
                raise AssertionError(f"no notification with {text!r} on the session bus; saw {self.seen[-10:]}")

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=DEADLINE)
