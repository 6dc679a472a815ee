#!/usr/bin/env python3
"""The live channel under 1,000 connected clients: memory per connection, and the time from a
commit to the last client's wake-up.

Opens N server-sent-event streams on /api/sync/live (raw asyncio sockets, stdlib only), reads
the server's resident memory before and after (from /proc, so the server must run on this
machine: --pid), then R times: logs an issue (the commit) and waits until every stream has
seen a `changes` event, timing from the write's response to the last client's event.

    python3 bench/live.py --base http://127.0.0.1:3000 --pid $(pgrep -f 'storedesk-server.*serve')
"""
import argparse
import asyncio
import json
import statistics
import time
import urllib.parse
import urllib.request


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def login(base: str, user: str, password: str) -> str:
    body = json.dumps({"login": user, "password": password}).encode()
    req = urllib.request.Request(base + "/api/auth/login", body, {"content-type": "application/json"})
    return json.load(urllib.request.urlopen(req))["access_token"]


class Stream:
    def __init__(self) -> None:
        self.events = 0
        self.changed = asyncio.Event()

    async def run(self, host: str, port: int, token: str, ready: asyncio.Event, counter: list) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write((f"GET /api/sync/live HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                      "Accept: text/event-stream\r\n\r\n").encode())
        await writer.drain()
        buf = b""
        while True:
            chunk = await reader.read(4096)
            if not chunk:
                return
            buf += chunk
            while b"\n\n" in buf:
                block, buf = buf.split(b"\n\n", 1)
                if b"event: ready" in block:
                    counter[0] += 1
                    if counter[0] == counter[1]:
                        ready.set()
                elif b"event: changes" in block:
                    self.events += 1
                    self.changed.set()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:3000")
    ap.add_argument("--login", default="admin")
    ap.add_argument("--password", default="storedesk-demo")
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--clients", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=30)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.base)
    token = login(a.base, a.login, a.password)
    stores = json.load(urllib.request.urlopen(urllib.request.Request(
        a.base + "/api/stores", headers={"authorization": f"Bearer {token}"})))
    before = rss_kib(a.pid)
    streams = [Stream() for _ in range(a.clients)]
    ready = asyncio.Event()
    counter = [0, a.clients]
    tasks = [asyncio.create_task(s.run(u.hostname, u.port, token, ready, counter)) for s in streams]
    await asyncio.wait_for(ready.wait(), 60)
    await asyncio.sleep(1)  # let the server settle before reading its memory (not a sync point)
    after = rss_kib(a.pid)
    loop = asyncio.get_running_loop()
    wake = []
    for r in range(a.rounds):
        for s in streams:
            s.changed.clear()
        body = json.dumps({"store_id": stores[r % len(stores)]["id"], "title": f"live bench {r}",
                           "priority": "low"}).encode()
        req = urllib.request.Request(a.base + "/api/issues", body, {
            "content-type": "application/json", "authorization": f"Bearer {token}"})
        await loop.run_in_executor(None, lambda: urllib.request.urlopen(req).read())
        committed = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(s.changed.wait() for s in streams)), 10)
        wake.append((time.perf_counter() - committed) * 1000)
    for t in tasks:
        t.cancel()
    wake.sort()
    pct = lambda f: wake[min(len(wake) - 1, int(f * len(wake)))]
    print(json.dumps({
        "clients": a.clients, "rss_before_mib": round(before / 1024, 1), "rss_after_mib": round(after / 1024, 1),
        "kib_per_connection": round((after - before) / a.clients, 1),
        "last_client_wake_ms": {"p50": round(pct(0.5), 1), "p99": round(pct(0.99), 1), "max": round(wake[-1], 1),
                                "mean": round(statistics.mean(wake), 1)}}))


if __name__ == "__main__":
    asyncio.run(main())
