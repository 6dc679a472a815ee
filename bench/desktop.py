"""Desktop figures of the release build, in its real WebKit webview over WebDriver: cold start
to the first screen, sign-in to the interactive list of the 10,000-issue demo, idle memory of
the app with all its WebKit processes, and the binary's size.

Run by bench/desktop.sh (which builds the release app and starts Xvfb, the session bus and
tauri-driver through scripts/e2e-test.sh). Prints a Markdown table and writes it to
bench/results/desktop-<date>.md.
"""
import datetime
import os
import shutil
import statistics
import subprocess
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import WebDriverWait

APP = os.environ["STOREDESK_APP"]
DRIVER = os.environ.get("TAURI_DRIVER_URL", "http://127.0.0.1:4444")
RUNS = int(os.environ.get("DESKTOP_RUNS", "5"))
IDLE_SECONDS = 20
ADMIN = {"display_name": "Ada Lovelace", "username": "ada", "email": "ada@example.com",
         "password": "analytical-engine"}


def open_app():
    options = ArgOptions()
    options.set_capability("browserName", "wry")
    options.set_capability("tauri:options", {"application": APP})
    return webdriver.Remote(command_executor=DRIVER, options=options)


def until(driver, condition, timeout=180):
    return WebDriverWait(
        driver, timeout, poll_frequency=0.01,
        ignored_exceptions=(StaleElementReferenceException,),
    ).until(condition)


# Each check is one script in the page: a WebDriver call per element would add its own
# round trips (milliseconds each) to what is measured.
def shows(css, text):
    script = ("return [...document.querySelectorAll(arguments[0])]"
              ".some(e => e.offsetParent !== null && e.textContent.includes(arguments[1]))")
    return lambda d: d.execute_script(script, css, text)


def list_ready(d):
    # Interactive: the count says the whole demo and rows are on screen to click.
    return d.execute_script(
        "const c = document.querySelector('#result-count');"
        "return !!c && c.textContent.includes('10,000 issues')"
        " && [...document.querySelectorAll('.issue-row')]"
        ".filter(r => r.offsetParent !== null).length > 10")


def type_into(d, css, text):
    el = until(d, lambda d: d.find_element(By.CSS_SELECTOR, css))
    el.clear()
    el.send_keys(text)


def first_run():
    d = open_app()
    try:
        until(d, shows("h1", "Welcome to StoreDesk"))
        d.find_element(By.CSS_SELECTOR, "#choose-local").click()
        until(d, shows("h1", "Create the first administrator"))
        for field, value in ADMIN.items():
            type_into(d, f"#{field}", value)
        d.find_element(By.CSS_SELECTOR, "#create-admin").click()
        until(d, list_ready, timeout=600)
    finally:
        d.quit()


def descendants(root):
    """The app and every process it started (WebKit's web and network processes)."""
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        children.setdefault(ppid, []).append(int(pid))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def memory_kib(pids):
    """PSS and RSS of each process, KiB: PSS shares the libraries fairly between them."""
    out = []
    for pid in pids:
        try:
            pss = rss = uss = 0
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss = int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss = int(line.split()[1])
                    elif line.startswith(("Private_Clean:", "Private_Dirty:")):
                        uss += int(line.split()[1])
            with open(f"/proc/{pid}/comm") as f:
                out.append((f.read().strip(), pss, rss, uss))
        except OSError:
            continue
    return out


def app_pid():
    binary = os.path.realpath(APP)
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.readlink(f"/proc/{pid}/exe") == binary:
                pids.append(int(pid))
        except OSError:
            continue
    if len(pids) != 1:
        raise SystemExit(f"expected one app process for {binary}, found {pids}")
    return pids[0]


def main():
    shared = os.environ["STOREDESK_DATA_DIR"]
    shutil.rmtree(shared, ignore_errors=True)
    os.makedirs(shared)
    first_run()

    to_screen, to_list, memory = [], [], None
    for run in range(RUNS):
        start = time.perf_counter()
        d = open_app()
        try:
            until(d, shows("h1", "Sign in to StoreDesk"))
            screen = time.perf_counter() - start
            type_into(d, "#login", ADMIN["email"])
            type_into(d, "#password", ADMIN["password"])
            signed = time.perf_counter()
            d.find_element(By.CSS_SELECTOR, "#sign-in").click()
            until(d, list_ready)
            to_list.append(time.perf_counter() - signed)
            to_screen.append(screen)
            if run == RUNS - 1:
                # Idle memory: the list shown, nothing touched for a while.
                time.sleep(IDLE_SECONDS)
                memory = memory_kib(descendants(app_pid()))
        finally:
            d.quit()

    size = os.path.getsize(APP)
    stripped = os.path.join(os.path.dirname(APP), "storedesk.stripped")
    subprocess.run(["strip", "-o", stripped, APP], check=True)
    stripped_size = os.path.getsize(stripped)
    os.remove(stripped)

    ms = lambda xs: f"p50 {statistics.median(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"
    pss = sum(m[1] for m in memory)
    rss = sum(m[2] for m in memory)
    parts = ", ".join(f"{n} {p / 1024:.0f} (own {u / 1024:.0f})"
                      for n, p, _, u in sorted(memory, key=lambda m: -m[1]))
    rows = [
        ("cold start to the sign-in screen (process start, WebKit, UI loaded)", ms(to_screen)),
        ("sign-in to the interactive list of 10,000 issues", ms(to_list)),
        ("cold start to the list, sum of medians",
         f"{(statistics.median(to_screen) + statistics.median(to_list)) * 1000:.0f} ms"),
        (f"idle memory after {IDLE_SECONDS} s, all processes",
         f"PSS {pss / 1024:.1f} MiB ({parts}); RSS sum {rss / 1024:.1f} MiB"),
        ("release binary", f"{size / 2**20:.1f} MiB ({stripped_size / 2**20:.1f} MiB stripped)"),
    ]
    table = "| what | figure |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    header = f"Desktop release build, {datetime.date.today()}, {RUNS} runs, {os.cpu_count()} cores\n\n"
    print(header + table)
    results = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, f"desktop-{datetime.date.today()}.md"), "w") as f:
        f.write(header + table + "\n")


if __name__ == "__main__":
    main()
