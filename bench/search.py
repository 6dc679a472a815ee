#!/usr/bin/env python3
"""Search latency of GET /api/issues?q=... end to end (HTTP, JSON), every request a page-cache miss.

The page cache would answer a repeated query from memory, so each measured request is a query not
asked before: one of the demo data's words or phrases, with a varying page, page size and
optional status or priority filter. Sequential (one client), so the figure is the latency of one
search, not throughput.

    python3 bench/search.py --base http://127.0.0.1:3000 --login admin --password storedesk-demo
"""
import argparse
import itertools
import json
import statistics
import time
import urllib.parse
import urllib.request

WORDS = ["printer", "scanner", "till drawer", "network switch", "blue screen", "battery",
         "card reader", "terminal", "\"label printer\"", "wi-fi", "display flickers", "scale error",
         "printer -label", "jams", "offline", "restarted", "update", "peak hours", "cable", "lane"]
FILTERS = ["", "&status=open", "&status=open,in_progress", "&priority=high,critical", "&status=resolved"]
SIZES = [(1, 50), (2, 50), (1, 20), (3, 20), (1, 100)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:3000")
    ap.add_argument("--login", default="admin")
    ap.add_argument("--password", default="storedesk-demo")
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    body = json.dumps({"login": a.login, "password": a.password}).encode()
    req = urllib.request.Request(a.base + "/api/auth/login", body, {"content-type": "application/json"})
    token = json.load(urllib.request.urlopen(req))["access_token"]
    combos = list(itertools.product(WORDS, FILTERS, SIZES))
    times, totals = [], []
    for word, filt, (page, per_page) in combos[: a.requests]:
        q = urllib.parse.quote(word)
        url = f"{a.base}/api/issues?q={q}&page={page}&per_page={per_page}{filt}"
        r = urllib.request.Request(url, headers={"authorization": f"Bearer {token}"})
        t = time.perf_counter()
        with urllib.request.urlopen(r) as res:
            data = res.read()
            assert res.headers["x-storedesk-cache"] == "miss", url
        times.append((time.perf_counter() - t) * 1000)
        totals.append(json.loads(data)["total"])
    times.sort()
    p = lambda f: times[min(len(times) - 1, int(f * len(times)))]
    print(json.dumps({"label": a.label, "requests": len(times), "p50_ms": round(p(0.50), 2),
                      "p90_ms": round(p(0.90), 2), "p99_ms": round(p(0.99), 2),
                      "max_ms": round(times[-1], 2), "median_matches": statistics.median(totals)}))


if __name__ == "__main__":
    main()
