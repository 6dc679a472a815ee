#!/usr/bin/env python3
"""Scores `mail triage` on a corpus folder against its expected.jsonl, as issue 9 measures it.

    python3 crates/mail/tests/corpus/score.py [--bin target/release/storedesk-mail-triage] blind-1 blind-2 ...

Each folder's messages are triaged in the order of its expected.jsonl (later replies may rely on
ticket links learnt from earlier ones), with the corpus's sent/ folder, vendor domain rsnl.nl and
no vendor profile: what a fresh install knows. Prints one line per miss, then the scores.
"""
import argparse, json, pathlib, subprocess, sys

HERE = pathlib.Path(__file__).parent


def run(bin_, folder):
    exp = [json.loads(l) for l in (folder / "expected.jsonl").read_text().splitlines() if l.strip()]
    args = [bin_, "--sent", str(HERE / "sent"), "--vendor-domain", "rsnl.nl"]
    args += [str(folder / e["file"]) for e in exp]
    out = subprocess.run(args, capture_output=True, text=True)
    got = {pathlib.Path(j["file"]).name: j for j in map(json.loads, out.stdout.splitlines())}
    return exp, got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/storedesk-mail-triage")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("folders", nargs="+")
    a = ap.parse_args()
    n = issue_ok = id_ok = ev_ok = attached = kept = 0
    sure = sure_ok = 0
    for name in a.folders:
        exp, got = run(a.bin, HERE / name)
        for e in exp:
            g = got.get(e["file"], {})
            n += 1
            g_event = g.get("event", "error")
            if e["event"] == "ignore":
                right_issue = g_event == "ignore" or g.get("issue_ref") is None
                right_id = True
                if g_event != "ignore" and g.get("issue_ref"):
                    attached += 1
            else:
                kept += 1
                right_issue = g.get("issue_ref") == e["issue_ref"]
                right_id = g.get("vendor_ticket_id") == e["vendor_ticket_id"]
            right_event = g_event == e["event"]
            issue_ok += right_issue
            id_ok += right_id if e["event"] != "ignore" else 0
            ev_ok += right_event
            if not g.get("needs_confirmation", False):
                sure += 1
                sure_ok += right_issue and right_id and right_event
            if not (right_issue and right_id and right_event) and not a.quiet:
                print(f"MISS {name}/{e['file']}: want {e['issue_ref']} {e['vendor_ticket_id']!r} {e['event']}"
                      f" got {g.get('issue_ref')} {g.get('vendor_ticket_id')!r} {g_event}"
                      f"{' (asks)' if g.get('needs_confirmation') else ''} | {g.get('reason', g.get('error', ''))[:160]}")
    pct = lambda x, d: f"{100 * x / d:.1f} %" if d else "n/a"
    print(json.dumps({"messages": n, "right_issue": pct(issue_ok, n), "vendor_id_right": pct(id_ok, kept),
                      "event_right": pct(ev_ok, n), "ignored_attached": attached,
                      "right_when_not_asking": pct(sure_ok, sure), "not_asking": sure}))


if __name__ == "__main__":
    sys.exit(main())
