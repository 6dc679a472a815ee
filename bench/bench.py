#!/usr/bin/env python3
"""StoreDesk vs the peer (the seed's Django/DRF stack): the driver behind bench/run.sh.

Stdlib only; needs `wrk` and `psql` on PATH.  Both servers must already run (run.sh starts them).
Adapted from the shared harness (../shared/bench/run.py): same wrk settings, same alternation
(A B, then B A), same idle wait between runs, same RSS/CPU sampling and SQL counting.  What differs
is that each target has its own paths, login body and data reset (StoreDesk: UUIDs, `STORE-<n>`
references, triggers that write history and the sync change log).

  bench.py --target peer=URL,pid=PIDFILE|PID,db=DB,kind=peer \
           --target storedesk=URL,pid=PID,db=DB,kind=storedesk [options]

kind=peer uses the shared scenarios ($PEER_BENCH/scenarios) and the Django paths;
kind=storedesk uses bench/scenarios and StoreDesk's paths.
"""
import argparse, json, os, re, statistics, subprocess, sys, threading, time, urllib.request, urllib.error
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
# Login last (after all rounds of the others): argon2id memory stays in the allocator after a
# login burst and would hide the other scenarios' own peak RSS (see README).
ALL_SCENARIOS = ["list", "detail", "create", "mixed", "token"]
WRITE_SCENARIOS = ("create", "mixed", "token")   # token: StoreDesk stores a refresh token per login

# ------------------------------------------------------------------ helpers

def log(*a):
    print(*a, flush=True)


def psql(db, sql):
    env = dict(os.environ)
    env.setdefault("PGHOST", "127.0.0.1"); env.setdefault("PGUSER", "bench"); env.setdefault("PGPASSWORD", "bench")
    r = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql],
                       capture_output=True, text=True, env=env)
    if r.returncode:
        raise RuntimeError(f"psql {db}: {r.stderr.strip()}")
    return r.stdout.strip()


def http(method, url, body=None, token=None, timeout=600):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read(); code = r.status
    except urllib.error.HTTPError as e:
        raw = e.read(); code = e.code
    dt = time.perf_counter() - t0
    try:
        js = json.loads(raw) if raw else None
    except ValueError:
        js = None
    return code, js, len(raw), dt


# ------------------------------------------------------------------ targets

class Target:
    def __init__(self, spec, a):
        name, rest = spec.split("=", 1)
        parts = rest.split(",")
        self.name, self.url = name, parts[0].rstrip("/")
        kv = dict(p.split("=", 1) for p in parts[1:])
        self.pid_spec, self.db, self.kind = kv.get("pid"), kv.get("db"), kv.get("kind", name)
        if self.kind not in ("peer", "storedesk"):
            raise SystemExit(f"unknown kind {self.kind!r} (peer|storedesk)")
        self.a = a
        self.base = None
        self.store_ids = []

    def describe(self):
        return {"name": self.name, "url": self.url, "pid": self.pid_spec, "db": self.db, "kind": self.kind}

    def root_pid(self):
        p = self.pid_spec
        if not p:
            return None
        if p.isdigit():
            return int(p)
        try:
            return int(open(p).read().split()[0])
        except Exception:
            return None

    # --- per-kind paths
    @property
    def scen_dir(self):
        return os.path.join(self.a.peer_bench, "scenarios") if self.kind == "peer" else os.path.join(HERE, "scenarios")

    def list_path(self, per_page=50, page=1):
        if self.kind == "peer":
            return f"/api/tickets/?page={page}"
        return f"/api/issues?page={page}&per_page={per_page}&include=comments&sort=number"

    def detail_path(self, n):
        return f"/api/tickets/{n}/" if self.kind == "peer" else f"/api/issues/STORE-{n}"

    def login(self, user):
        """(http code, access token or None, seconds)"""
        if self.kind == "peer":
            code, js, _, dt = http("POST", self.url + "/api/token/", {"username": user, "password": self.a.password})
            return code, (js or {}).get("access") if code == 200 else None, dt
        code, js, _, dt = http("POST", self.url + "/api/auth/login", {"login": user, "password": self.a.password})
        return code, (js or {}).get("access_token") if code == 200 else None, dt

    def token(self):
        # The peer has no permission filter; StoreDesk's admin sees everything: the same work.
        user = "user0001" if self.kind == "peer" else "admin"
        code, tok, _ = self.login(user)
        if not tok:
            raise RuntimeError(f"{self.name}: login as {user} returned HTTP {code}")
        return tok

    def create_body(self, i):
        if self.kind == "peer":
            return "/api/tickets/", {"title": f"qc {i}", "description": "qc", "status": "Open", "priority": "Low"}
        return "/api/issues", {"store_id": self.store_ids[i % len(self.store_ids)], "title": f"qc {i}",
                               "description": "qc", "priority": "low"}

    def comment_req(self, i):
        if self.kind == "peer":
            return "/api/comments/", {"ticket": 1 + i, "text": "qc"}
        return f"/api/issues/STORE-{1 + i}/comments", {"body": "qc"}

    # --- data reset: every run starts from the loaded data
    def snapshot(self):
        if not self.db:
            return
        if self.kind == "peer":
            self.base = {"ticket": int(psql(self.db, "SELECT coalesce(max(id),0) FROM tickets_ticket")),
                         "comment": int(psql(self.db, "SELECT coalesce(max(id),0) FROM tickets_comment"))}
        else:
            z = "00000000-0000-0000-0000-000000000000"
            q = lambda sql: psql(self.db, sql) or None
            # Ids are UUIDv7 (time-ordered), so rows written later sort after the loaded maximum.
            # (PostgreSQL 15 has no max(uuid): ORDER BY ... DESC LIMIT 1.)
            top = lambda tbl: q(f"SELECT id FROM {tbl} ORDER BY id DESC LIMIT 1") or z
            self.base = {"issue": top("issues"), "comment": top("comments"), "refresh": top("refresh_tokens"),
                         "event": int(q("SELECT coalesce(max(id),0) FROM issue_events")),
                         "change": int(q("SELECT coalesce(max(seq),0) FROM changes")),
                         "issues": int(q("SELECT count(*) FROM issues")),
                         "comments": int(q("SELECT count(*) FROM comments"))}

    def reset(self):
        if not self.db or not self.base:
            return 0
        b = self.base
        if self.kind == "peer":
            n = psql(self.db, f"WITH c AS (DELETE FROM tickets_comment WHERE id > {b['comment']} RETURNING 1), "
                              f"t AS (DELETE FROM tickets_ticket WHERE id > {b['ticket']} RETURNING 1) "
                              f"SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM t)")
            psql(self.db, "VACUUM ANALYZE tickets_ticket, tickets_comment")
            return int(n)
        # Order matters: deleting comments/issues fires the change-log triggers, so the change
        # log is trimmed last.  Deleting an issue cascades to its comments and history.
        n = psql(self.db,
                 f"WITH c AS (DELETE FROM comments WHERE id > '{b['comment']}' RETURNING 1) SELECT count(*) FROM c")
        n2 = psql(self.db,
                  f"WITH i AS (DELETE FROM issues WHERE id > '{b['issue']}' RETURNING 1) SELECT count(*) FROM i")
        psql(self.db, f"DELETE FROM issue_events WHERE id > {b['event']}")
        psql(self.db, f"DELETE FROM refresh_tokens WHERE id > '{b['refresh']}'")
        psql(self.db, f"DELETE FROM changes WHERE seq > {b['change']}")
        psql(self.db, "VACUUM ANALYZE issues, comments, issue_events, changes, refresh_tokens")
        got = (int(psql(self.db, "SELECT count(*) FROM issues")), int(psql(self.db, "SELECT count(*) FROM comments")))
        if got != (b["issues"], b["comments"]):
            raise RuntimeError(f"{self.name}: reset left issues/comments = {got}, expected {(b['issues'], b['comments'])}")
        return int(n) + int(n2)


# ------------------------------------------------------------------ process sampling (as run.py)

def proc_tree(root):
    kids = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            st = open(f"/proc/{d}/stat").read()
            ppid = int(st[st.rindex(")") + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(d))
        except Exception:
            pass
    out, todo = [], [root]
    while todo:
        p = todo.pop(); out.append(p); todo.extend(kids.get(p, []))
    return out


def mem_cpu(pids):
    rss = pss = 0; cpu = 0.0; hz = os.sysconf("SC_CLK_TCK")
    for p in pids:
        try:
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmRSS:"):
                    rss += int(line.split()[1]); break
            try:
                for line in open(f"/proc/{p}/smaps_rollup"):
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]); break
            except Exception:
                pass
            st = open(f"/proc/{p}/stat").read()
            f = st[st.rindex(")") + 2:].split()
            cpu += (int(f[11]) + int(f[12]) + int(f[13]) + int(f[14])) / hz
        except Exception:
            pass
    return rss, pss, cpu


class Sampler(threading.Thread):
    """Peak RSS/PSS (KiB, summed over the process tree, every 250 ms) and CPU seconds used."""
    def __init__(self, root, interval=0.25):
        super().__init__(daemon=True)
        self.root, self.interval, self.stop_ev = root, interval, threading.Event()
        self.peak_rss = self.peak_pss = 0
        self.cpu_used = 0.0

    def _cpu_map(self):
        return {p: mem_cpu([p])[2] for p in proc_tree(self.root)}

    def run(self):
        c0 = self._cpu_map()
        while not self.stop_ev.is_set():
            rss, pss, _ = mem_cpu(proc_tree(self.root))
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.stop_ev.wait(self.interval)
        c1 = self._cpu_map()
        self.cpu_used = sum(v - c0.get(p, 0.0) for p, v in c1.items())

    def stop(self):
        self.stop_ev.set(); self.join()
        return {"peak_rss_mib": round(self.peak_rss / 1024, 1), "peak_pss_mib": round(self.peak_pss / 1024, 1),
                "cpu_s": round(self.cpu_used, 2)}


def postgres_pid():
    try:
        out = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout.split()
        return int(open(os.path.join(out[5], "postmaster.pid")).readline())
    except Exception:
        return None


def wait_idle(pids, max_s=180, window=0.5, thresh=0.03):
    """Wait until the server and PG trees are idle: a closed-loop client leaves requests queued in
    the server's backlog when it stops; they must not leak into the next measurement."""
    roots = [p for p in pids if p]
    if not roots:
        time.sleep(2); return 0.0
    t0 = time.time(); t_end = t0 + max_s
    prev = sum(mem_cpu(proc_tree(r))[2] for r in roots)
    while time.time() < t_end:
        time.sleep(window)
        cur = sum(mem_cpu(proc_tree(r))[2] for r in roots)
        if cur - prev < thresh:
            break
        prev = cur
    return round(time.time() - t0, 1)


# ------------------------------------------------------------------ SQL counting, checks

def count_queries(t, tok, n=5):
    """Statements executed in t's DB per request (pg_stat_statements; utility statements such as
    BEGIN/COMMIT are not tracked).  `sql` counts every statement incl. those run inside trigger
    functions (track = all); `sql_toplevel` only those the server sent."""
    if not t.db:
        return {}
    oid = psql(t.db, "SELECT oid FROM pg_database WHERE datname = current_database()")
    u = t.url
    cases = {
        "token": lambda i: http("POST", u + ("/api/token/" if t.kind == "peer" else "/api/auth/login"),
                                {("username" if t.kind == "peer" else "login"): f"user{i+1:04d}",
                                 "password": t.a.password}),
        "list": lambda i: http("GET", u + t.list_path(50), token=tok),
        "detail": lambda i: http("GET", u + t.detail_path(1 + (i * 997) % t.a.n_issues), token=tok),
        "create": lambda i: http("POST", u + t.create_body(i)[0], t.create_body(i)[1], token=tok),
        "comment": lambda i: http("POST", u + t.comment_req(i)[0], t.comment_req(i)[1], token=tok),
    }
    if t.kind == "storedesk":
        # "<= 3 statements per request whatever the page size", and past the last page.
        for pp in (1, 10, 100):
            cases[f"list_per_page_{pp}"] = (lambda pp: lambda i: http("GET", u + t.list_path(pp), token=tok))(pp)
        cases["list_past_last_page"] = lambda i: http("GET", u + t.list_path(50, page=1000), token=tok)
    out = {}
    for name, fn in cases.items():
        time.sleep(0.3)
        psql(t.db, "SELECT pg_stat_statements_reset()")
        codes = [fn(i)[0] for i in range(n)]
        time.sleep(0.3)
        # StoreDesk's commit watcher polls pg_current_snapshot() 40 times a second on its own
        # connection, whatever the load: a per-process cost, not a per-request one.
        row = psql(t.db, f"SELECT coalesce(sum(calls),0), coalesce(sum(calls) FILTER (WHERE toplevel),0) "
                         f"FROM pg_stat_statements WHERE dbid = {oid} AND query !~* 'pg_stat_statements' "
                         f"AND query !~* 'pg_current_snapshot'")
        tot, top = (int(x) for x in row.split("|"))
        out[name] = {"sql_per_request": round(tot / n, 1), "sql_toplevel_per_request": round(top / n, 1),
                     "http": sorted(set(codes))}
    t.reset()
    return out


def slow_statements(t, limit=5):
    """The statements that took the most time in this DB since the last reset of the stats."""
    if not t.db:
        return []
    oid = psql(t.db, "SELECT oid FROM pg_database WHERE datname = current_database()")
    rows = psql(t.db, f"SELECT calls, round(mean_exec_time::numeric, 2), round(total_exec_time::numeric), "
                      f"toplevel, regexp_replace(left(query, 160), '\\s+', ' ', 'g') FROM pg_stat_statements "
                      f"WHERE dbid = {oid} AND query !~* 'pg_stat_statements' ORDER BY total_exec_time DESC LIMIT {limit}")
    out = []
    for line in rows.splitlines():
        c, mean, tot, top, q = line.split("|", 4)
        out.append({"calls": int(c), "mean_ms": float(mean), "total_ms": float(tot), "toplevel": top == "t", "query": q})
    return out


def contract_check(t, tok):
    """Same work per request: page size, nesting, comments on the page, bytes."""
    u, bad = t.url, []
    code, js, size, dt = http("GET", u + t.list_path(50), token=tok)
    info = {"list_page_bytes": size, "list_page_first_ms": round(dt * 1000, 1)}
    if code != 200 or not isinstance(js, dict):
        bad.append(f"list: HTTP {code}")
        js = {}
    items = js.get("results" if t.kind == "peer" else "items") or []
    info["list_total"] = js.get("count" if t.kind == "peer" else "total")
    info["list_items"] = len(items)
    if items:
        x = items[0]
        if not isinstance(x.get("created_by"), dict) or "username" not in x["created_by"]:
            bad.append("list item created_by is not a nested user")
        if "assigned_to" not in x:
            bad.append("list item lacks assigned_to")
        cs = [c for i in items for c in (i.get("comments") or [])]
        info["list_comments_on_page"] = len(cs)
        if not cs or not isinstance(cs[0].get("author"), dict):
            bad.append("comments missing or comment author not nested")
        info["list_unassigned_on_page"] = sum(1 for i in items if i.get("assigned_to") is None)
    code, js, size, _ = http("GET", u + t.detail_path(1), token=tok)
    info["detail_bytes"] = size
    if code != 200 or not isinstance(js, dict):
        bad.append(f"detail 1: HTTP {code}")
    else:
        info["detail_comments"] = len(js.get("comments") or [])
    code, _, _, _ = http("GET", u + t.list_path(50), token=None)
    if code not in (401, 403):
        bad.append(f"unauthenticated list returned {code} (expected 401)")
    if t.kind == "storedesk":
        code, js, _, _ = http("GET", u + "/api/stores", token=tok)
        if code != 200 or not isinstance(js, list) or not js:
            bad.append(f"/api/stores: HTTP {code}")
        else:
            t.store_ids = [s["id"] for s in js]
            info["stores"] = len(t.store_ids)
    info["problems"] = bad
    return info


def time_logins(t, n=5):
    """ONE login, timed (the first), plus n-1 more for a median; users rotate."""
    out = []
    for i in range(n):
        code, tok, dt = t.login(f"user{(i * 37) % t.a.n_users + 1:04d}")
        out.append({"http": code, "ms": round(dt * 1000, 1)})
    ok = [x["ms"] for x in out if x["http"] == 200]
    return {"first_ms": out[0]["ms"], "median_ms": round(statistics.median(ok), 1) if ok else None, "all": out}


# ------------------------------------------------------------------ wrk

def run_wrk(t, scenario, duration, token):
    a = t.a
    env = dict(os.environ, TOKEN=token or "", N_TICKETS=str(a.n_issues), N_ISSUES=str(a.n_issues),
               N_USERS=str(a.n_users), BENCH_PASSWORD=a.password, SCEN_DIR=t.scen_dir,
               STORE_IDS=",".join(t.store_ids), PER_PAGE="50")
    cmd = ["wrk", "-t", str(a.threads), "-c", str(a.conns), "-d", f"{duration}s", "--timeout", f"{a.wrk_timeout}s",
           "-s", os.path.join(t.scen_dir, f"{scenario}.lua"), t.url + "/"]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    m = re.search(r"^JSON:(\{.*\})$", r.stdout, re.M)
    if not m:
        raise RuntimeError(f"wrk failed: {r.stdout}\n{r.stderr}")
    d = json.loads(m.group(1))
    secs = d["duration_us"] / 1e6
    errs = d["err_connect"] + d["err_read"] + d["err_write"] + d["err_status"] + d["err_timeout"]
    return {"rps": round(d["requests"] / secs, 2), "p50_ms": round(d["p50_us"] / 1000, 2),
            "p90_ms": round(d["p90_us"] / 1000, 2), "p99_ms": round(d["p99_us"] / 1000, 2),
            "max_ms": round(d["max_us"] / 1000, 1), "requests": d["requests"], "errors": errs,
            "non2xx": d.get("non2xx"),
            "err_detail": {k[4:]: v for k, v in d.items() if k.startswith("err_") and v},
            "kib_per_req": round(d["bytes"] / max(1, d["requests"]) / 1024, 1), "duration_s": duration}


def measure(t, scenario, duration, pgpid):
    wait_idle([t.root_pid(), pgpid])
    token = None if scenario == "token" else t.token()
    s = Sampler(t.root_pid()) if t.root_pid() else None
    pg = Sampler(pgpid) if pgpid else None
    for x in (s, pg):
        if x: x.start()
    time.sleep(0.3)
    res = run_wrk(t, scenario, duration, token)
    if s:
        res.update(s.stop())
    res["drain_s"] = wait_idle([t.root_pid(), pgpid])
    if pg:
        res["pg_cpu_s"] = pg.stop()["cpu_s"]
    if res["requests"]:
        if "cpu_s" in res:
            res["server_cpu_ms_per_req"] = round(res["cpu_s"] * 1000 / res["requests"], 2)
        if "pg_cpu_s" in res:
            res["pg_cpu_ms_per_req"] = round(res["pg_cpu_s"] * 1000 / res["requests"], 2)
    return res


# ------------------------------------------------------------------ summary

def fmt(x, nd=1):
    if x is None:
        return "—"
    if isinstance(x, float):
        if abs(x) >= 100:
            return f"{x:,.0f}"
        return f"{x:.{nd}f}"
    return str(x)


def summarize(report, targets, scenarios):
    summ = {}
    for t in targets:
        for sc in scenarios:
            rs = [x for x in report["runs"] if x["target"] == t.name and x["scenario"] == sc]
            if not rs:
                continue
            def med(k):
                v = [x[k] for x in rs if x.get(k) is not None]
                return round(statistics.median(v), 2) if v else None
            summ.setdefault(t.name, {})[sc] = {
                "rps": med("rps"), "rps_min": min(x["rps"] for x in rs), "rps_max": max(x["rps"] for x in rs),
                "p50_ms": med("p50_ms"), "p99_ms": med("p99_ms"), "p99_ms_max": max(x["p99_ms"] for x in rs),
                "requests": sum(x["requests"] for x in rs),
                "errors": sum(x["errors"] for x in rs), "non2xx": sum((x.get("non2xx") or 0) for x in rs),
                "peak_rss_mib": max((x.get("peak_rss_mib") or 0) for x in rs) or None,
                "peak_pss_mib": max((x.get("peak_pss_mib") or 0) for x in rs) or None,
                "server_cpu_ms_per_req": med("server_cpu_ms_per_req"), "pg_cpu_ms_per_req": med("pg_cpu_ms_per_req"),
                "kib_per_req": med("kib_per_req"), "rounds": len(rs)}
    return summ


def print_table(report, targets, scenarios):
    summ = report["summary"]
    peer = next((t for t in targets if t.kind == "peer"), None)
    ours = next((t for t in targets if t.kind == "storedesk"), None)
    label = {"token": "login (POST, argon2id vs PBKDF2)", "list": "list page, 50 nested + comments",
             "detail": "one issue + comments", "create": "create issue", "mixed": "mixed 80/20"}
    sqlkey = {"token": "token", "list": "list", "detail": "detail", "create": "create", "mixed": None}
    lines = []
    lines.append(f"\nMedians of {report['config']['rounds']} rounds, wrk {report['config']['threads']} threads / "
                 f"{report['config']['conns']} connections (durations: {report['durations']}).\n")
    lines.append("| scenario | target | req/s (min–max) | p50 ms | p99 ms | SQL/req | peak RSS MiB | srv CPU ms/req | PG CPU ms/req | errors | ratio req/s ours/peer |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for sc in scenarios:
        for t in targets:
            s = summ.get(t.name, {}).get(sc)
            if not s:
                continue
            q = report["queries"].get(t.name, {})
            if sc == "mixed":
                sql = "—"
            else:
                qq = q.get(sqlkey[sc], {})
                sql = fmt(qq.get("sql_per_request"))
                if qq and qq.get("sql_toplevel_per_request") != qq.get("sql_per_request"):
                    sql += f" ({fmt(qq.get('sql_toplevel_per_request'))} sent)"
            ratio = ""
            if t is ours and peer and summ.get(peer.name, {}).get(sc, {}).get("rps"):
                ratio = f"**{s['rps'] / summ[peer.name][sc]['rps']:,.1f}x**"
            errs = f"{s['errors']}" + (f" (+{s['non2xx']} non-2xx)" if s.get("non2xx") else "")
            lines.append(f"| {label.get(sc, sc)} | {t.name} | {fmt(s['rps'])} ({fmt(s['rps_min'])}–{fmt(s['rps_max'])}) | "
                         f"{fmt(s['p50_ms'])} | {fmt(s['p99_ms'])} | {sql} | {fmt(s['peak_rss_mib'])} | "
                         f"{fmt(s['server_cpu_ms_per_req'], 2)} | {fmt(s['pg_cpu_ms_per_req'], 2)} | {errs} | {ratio} |")
    if ours:
        q = report["queries"].get(ours.name, {})
        pp = {k: v.get("sql_per_request") for k, v in q.items() if k.startswith("list")}
        lines.append(f"\nStoreDesk list SQL statements/request by page size: {pp}")
        if "comment" in q:
            lines.append(f"Comment POST SQL/request: ours {q['comment']} ; peer {report['queries'].get(peer.name, {}).get('comment') if peer else '—'}")
    for t in targets:
        lg = report["logins"].get(t.name)
        if lg:
            lines.append(f"One login ({t.name}): first {lg['first_ms']} ms, median of {len(lg['all'])} sequential {lg['median_ms']} ms")
    # targets of issue 2
    if ours and peer:
        lines.append("\nTargets (issue 2):")
        so, sp = summ.get(ours.name, {}), summ.get(peer.name, {})
        q = report["queries"].get(ours.name, {})
        def ratio(sc):
            if so.get(sc) and sp.get(sc) and sp[sc]["rps"]:
                return so[sc]["rps"] / sp[sc]["rps"]
        checks = []
        r = ratio("list")
        mx = max((v.get("sql_per_request") or 0) for k, v in q.items() if k.startswith("list")) if q else None
        checks.append(("list >= 300x the peer", r is not None and r >= 300, f"{r:,.1f}x" if r else "n/a"))
        checks.append(("list <= 3 SQL statements/request at every page size", mx is not None and mx <= 3, f"max {mx}"))
        for sc, want in (("detail", 50), ("create", 30)):
            r = ratio(sc)
            checks.append((f"{sc} >= {want}x the peer", r is not None and r >= want, f"{r:,.1f}x" if r else "n/a"))
        for sc in ("list", "detail", "create", "mixed"):
            if so.get(sc):
                p = so[sc]["p99_ms"]
                checks.append((f"{sc} p99 < 50 ms at {report['config']['conns']} connections (median of rounds; worst round {so[sc]['p99_ms_max']} ms)",
                               p is not None and p < 50, f"{p} ms"))
        errs = sum(s.get("errors", 0) + (s.get("non2xx") or 0) for s in so.values())
        checks.append(("no errors / non-2xx on StoreDesk", errs == 0, str(errs)))
        for name, ok, val in checks:
            lines.append(f"- [{'x' if ok else ' '}] {name}: {val} — {'MET' if ok else 'NOT MET'}")
        report["targets_met"] = {name: {"met": ok, "value": val} for name, ok, val in checks}
    text = "\n".join(lines)
    print(text, flush=True)
    return text


# ------------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", action="append", required=True)
    ap.add_argument("--scenarios", default=",".join(ALL_SCENARIOS))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--duration", type=int, default=20, help="seconds per wrk run (detail, create, mixed)")
    ap.add_argument("--list-duration", type=int, default=60,
                    help="seconds per list run (the peer completes ~1.4 req/s; 20 s runs are too short for it)")
    ap.add_argument("--login-duration", type=int, default=15, help="seconds per login throughput run")
    ap.add_argument("--conns", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--wrk-timeout", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5, help="seconds of 'mixed' per target before measuring")
    ap.add_argument("--password", default="benchpass")
    ap.add_argument("--n-issues", type=int, default=10000)
    ap.add_argument("--n-users", type=int, default=200)
    ap.add_argument("--peer-bench", default=os.environ.get("PEER_BENCH", os.path.join(REPO, "..", "shared", "bench")))
    ap.add_argument("--label", default="")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    a.peer_bench = os.path.abspath(a.peer_bench)
    targets = [Target(s, a) for s in a.target]
    scenarios = a.scenarios.split(",")
    durations = {sc: (a.list_duration if sc == "list" else a.login_duration if sc == "token" else a.duration)
                 for sc in scenarios}
    pgpid = postgres_pid()
    started = datetime.now(timezone.utc)
    report = {"started": started.isoformat(timespec="seconds"), "label": a.label,
              "machine": {"cores": os.cpu_count(), "uname": os.uname().release,
                          "loadavg_at_start": os.getloadavg(),
                          "mem_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
              "config": {k: v for k, v in vars(a).items() if k != "target"}, "durations": durations,
              "targets": [t.describe() for t in targets], "checks": {}, "queries": {}, "logins": {},
              "slow_statements": {}, "runs": []}
    for t in targets:
        if t.pid_spec and not (t.root_pid() and os.path.exists(f"/proc/{t.root_pid()}")):
            raise SystemExit(f"{t.name}: server process {t.pid_spec} is not running")
        tok = t.token()
        report["checks"][t.name] = contract_check(t, tok)
        log(f"[{t.name}] contract: {report['checks'][t.name]}")
        t.snapshot()
        report["queries"][t.name] = count_queries(t, tok)
        log(f"[{t.name}] SQL statements/request: {report['queries'][t.name]}")
        wait_idle([t.root_pid(), pgpid])
        report["logins"][t.name] = time_logins(t)
        log(f"[{t.name}] login timing: {report['logins'][t.name]}")
        t.reset()
        if a.warmup:
            run_wrk(t, "mixed", a.warmup, t.token())
            wait_idle([t.root_pid(), pgpid])
            t.reset()
        if t.db:
            psql(t.db, "SELECT pg_stat_statements_reset()")
    # Login runs after all rounds of the other scenarios (still alternating): an argon2id burst
    # leaves gigabytes in our allocator, which would otherwise show up as the later scenarios' RSS.
    phases = [[sc for sc in scenarios if sc != "token"], [sc for sc in scenarios if sc == "token"]]
    plan = [(r, sc) for ph in phases for r in range(a.rounds) for sc in ph]
    for r, sc in plan:
        order = targets if r % 2 == 0 else list(reversed(targets))
        for t in order:
            res = measure(t, sc, durations[sc], pgpid)
            res.update(target=t.name, scenario=sc, round=r + 1)
            if sc in WRITE_SCENARIOS:
                res["rows_reset"] = t.reset()
            report["runs"].append(res)
            log(f"round {r+1} {sc:7s} {t.name:10s} rps={res['rps']:9.1f} p50={res['p50_ms']:9.1f}ms "
                f"p99={res['p99_ms']:9.1f}ms err={res['errors']} non2xx={res.get('non2xx')} "
                f"rss={res.get('peak_rss_mib')}MiB cpu/req={res.get('server_cpu_ms_per_req')}ms "
                f"pg_cpu/req={res.get('pg_cpu_ms_per_req')}ms drain={res.get('drain_s')}s")
    for t in targets:
        report["slow_statements"][t.name] = slow_statements(t)
    report["summary"] = summarize(report, targets, scenarios)
    report["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    report["table_md"] = print_table(report, targets, scenarios)
    for t in targets:
        log(f"\n[{t.name}] statements with the most total time during the measured runs:")
        for s in report["slow_statements"][t.name]:
            log(f"  calls={s['calls']} mean={s['mean_ms']} ms total={s['total_ms']} ms top={s['toplevel']}: {s['query'][:120]}")
    out = a.out or os.path.join(HERE, "results", started.strftime("%Y%m%dT%H%M%SZ") + (f"-{a.label}" if a.label else "") + ".json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    json.dump(report, open(out, "w"), indent=1)
    log(f"\nwritten {out}")


if __name__ == "__main__":
    main()
