"""Started at login (`--hidden`), StoreDesk waits in the tray with no window on screen; a second
launch shows the first one's window (one instance at a time). The built app itself under the
run's X display, watched with xwininfo; no WebDriver (tauri-driver always shows a window)."""
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

APP = os.environ.get("STOREDESK_APP", os.path.abspath("target/debug/storedesk"))
DEADLINE = float(os.environ.get("E2E_DEADLINE", "30"))


def main_window_state():
    """The map state of the main window ("IsViewable", "IsUnMapped"), or None before it exists."""
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    ids = re.findall(r'^\s+(0x[0-9a-f]+) "StoreDesk": \(', out, re.M)
    states = []
    for wid in ids:
        info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True).stdout
        m = re.search(r"Map State: (\w+)", info)
        if m:
            states.append(m.group(1))
    if "IsViewable" in states:
        return "IsViewable"
    return states[0] if states else None


def tray_icon_exists():
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    return "tray-icon tray app" in out


def wait_for(condition, what):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {DEADLINE} s")


class StartHidden(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="storedesk-hidden-")
        self.env = dict(os.environ, HOME=os.path.join(self.dir, "home"),
                        STOREDESK_DATA_DIR=os.path.join(self.dir, "data"))
        os.makedirs(self.env["HOME"])
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def launch(self, *args):
        p = subprocess.Popen([APP, *args], env=self.env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        self.procs.append(p)
        return p

    def test_hidden_at_login_then_a_second_launch_shows_it(self):
        first = self.launch("--hidden")
        # Ready: its database exists and its tray icon is up.
        wait_for(lambda: os.path.exists(os.path.join(self.env["STOREDESK_DATA_DIR"],
                                                     "storedesk.sqlite3")) and tray_icon_exists(),
                 "the hidden app's tray icon")
        self.assertNotEqual(main_window_state(), "IsViewable", "no window on screen")
        self.assertIsNone(first.poll(), "it keeps running")

        second = self.launch()
        wait_for(lambda: second.poll() is not None, "the second launch hands over and ends")
        wait_for(lambda: main_window_state() == "IsViewable", "the first one's window shown")
        self.assertIsNone(first.poll(), "the first one still runs")


if __name__ == "__main__":
    unittest.main(verbosity=2)
