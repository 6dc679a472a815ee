#!/usr/bin/env python3
"""Build the RSNL reply corpus: 60 .eml files, expected.jsonl, README.md; then validate.

Run:  python3 make.py      (in this directory; standard library only, deterministic)
"""
import collections
import email
import email.policy
import email.utils
import importlib
import json
import re
import sys

import common

MODULES = ["mails_1", "mails_2", "mails_3", "mails_4", "mails_5", "mails_6"]
EVENTS = {"acknowledged", "update", "resolved", "closed", "ignore"}
LANGS = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish",
         "pt": "Portuguese", "it": "Italian", "pl": "Polish", "sv": "Swedish", "da": "Danish",
         "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian"}
NAMED = {"subject-tag": "STORE tag in the subject",
         "quoted-tag": "subject rewritten, STORE tag only in quoted text",
         "field-tag": "STORE tag only in a body field",
         "threading": "only In-Reply-To/References to our Message-ID",
         "title-store": "only title and store (no tag, no threading)",
         "n/a": "ignore mail"}
TAG_RE = re.compile(r"STORE-(\d+)", re.I)
MID_RE = re.compile(r"^<[^<>@\s\"]+@[A-Za-z0-9.-]+>$")
OUT = common.ROOT


def fail(fn, why):
    print(f"FAIL {fn}: {why}")
    sys.exit(1)


def parse_date(s):
    return email.utils.parsedate_to_datetime(s)


def load():
    for m in MODULES:
        try:
            importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
    mails = []
    for meta in common.REG:
        data = meta["build"]()
        m = email.message_from_bytes(data, policy=email.policy.default)
        meta = dict(meta, data=data, dt=parse_date(str(m["Date"])))
        mails.append(meta)
    mails.sort(key=lambda x: x["dt"])
    for i, m in enumerate(mails, 1):
        m["file"] = f"{i:02d}-{m['slug']}.eml"
    return mails


def decoded_texts(m):
    """(subject, [decoded text parts], [all decoded header values of all parts])"""
    texts, hvals = [], []
    for part in m.walk():
        for name, h in part.items():
            hvals.append(str(h))
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    return str(m["Subject"] or ""), texts, hvals


def validate(meta, covered, sent_mids, seen_mids, prev_dt):
    fn, data = meta["file"], meta["data"]
    # 1 CRLF
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(fn, "bare LF or CR")
    # 3 line length
    for ln in data.split(b"\r\n"):
        if len(ln) >= 998:
            fail(fn, "line of %d octets" % len(ln))
    m = email.message_from_bytes(data, policy=email.policy.default)
    # 2 ASCII headers in every part
    for part in m.walk():
        for name, v in part.raw_items():
            if not (name + str(v)).isascii():
                fail(fn, f"non-ASCII header {name}")
    # 5 text parts decode strictly (decode before collecting defects)
    for part in m.walk():
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs, "strict")
            except (LookupError, UnicodeDecodeError) as e:
                fail(fn, f"text part does not decode as {cs}: {e}")
        elif not part.is_multipart():
            part.get_payload(decode=True)
    # 4 defects
    for part in m.walk():
        if part.defects:
            fail(fn, f"defects {part.defects}")
        for name, h in part.items():
            if getattr(h, "defects", None):
                fail(fn, f"header {name} defects {h.defects}")
    subject, texts, hvals = decoded_texts(m)
    alltext = "\n".join([subject] + texts)
    issue = meta["issue"]
    # 7 Message-ID
    mid = str(m["Message-ID"] or "").strip()
    if not MID_RE.match(mid):
        fail(fn, f"bad Message-ID {mid!r}")
    if mid in sent_mids or mid in seen_mids:
        fail(fn, "duplicate Message-ID")
    seen_mids.add(mid)
    # tags and threading
    raw = data.decode("latin-1")
    tags = set()
    for blob in [raw, alltext] + hvals:
        tags |= {int(x) for x in TAG_RE.findall(blob)}
    refs = " ".join(str(m[h] or "") for h in ("In-Reply-To", "References"))
    ref_issues = {n for n, i in common.ISSUES.items() if i["message_id"] in refs}
    # 6 dates
    dt = meta["dt"]
    if prev_dt is not None and not dt > prev_dt:
        fail(fn, "Date not strictly increasing")
    concerned = set(tags) | ref_issues | ({issue} if issue else set())
    for n in concerned:
        if n not in common.ISSUES:
            fail(fn, f"unknown issue STORE-{n}")
        if not dt > parse_date(common.ISSUES[n]["sent"]):
            fail(fn, f"Date before sent date of STORE-{n}")
    # 11 event / language / ignore
    ev, vid = meta["event"], meta["vid"]
    if ev not in EVENTS:
        fail(fn, f"unknown event {ev}")
    if meta["lang"] not in LANGS:
        fail(fn, f"unknown language {meta['lang']}")
    if ev == "ignore" and (issue is not None or vid is not None):
        fail(fn, "ignore mail with issue or vendor id")
    if ev != "ignore" and issue is None:
        fail(fn, "non-ignore mail without issue")
    if vid is not None and vid.startswith("#"):
        fail(fn, "vendor id with leading #")
    if meta["kind"] not in ("product", "human"):
        fail(fn, "kind")
    if not meta["note"].startswith(meta["family"]):
        fail(fn, "note does not start with family")
    if meta["named"] not in NAMED:
        fail(fn, "named")
    # 12 families
    if meta["family"].lower() in covered:
        fail(fn, f"family {meta['family']} is in covered-products.txt")
    if ev == "ignore":
        return dt
    t = tag(issue)
    # 8 naming
    by_tag = t.lower() in alltext.lower()
    by_mid = issue in ref_issues
    i = common.ISSUES[issue]
    by_ts = i["title"] in alltext and i["store"] in alltext
    if not (by_tag or by_mid or by_ts):
        fail(fn, "issue not named")
    # consistency of the 'named' claim
    nm = meta["named"]
    in_subj = t.lower() in subject.lower()
    want = ("subject-tag" if in_subj else
            ("quoted-tag", "field-tag") if by_tag else
            "threading" if by_mid else "title-store")
    if (nm not in want) if isinstance(want, tuple) else nm != want:
        fail(fn, f"named={nm} but mail looks like {want}")
    # 9 vendor id
    if vid is not None and vid not in alltext:
        fail(fn, f"vendor id {vid!r} not in decoded subject/text")
    # 10 other tags
    if tags - {issue}:
        fail(fn, f"other STORE tags {sorted(tags - {issue})}")
    return dt


def tag(n):
    return f"STORE-{n}"


def readme(mails):
    c = lambda k: collections.Counter(m[k] for m in mails)
    L = ["# RSNL reply corpus (blind19)", "",
         "Sixty e-mails as they would arrive in helpdesk@ops.storedesk.example from the "
         "equipment vendor RSNL (its staff, its helpdesk / field-service / CRM products and "
         "assorted automated senders), replying to the StoreDesk mails in `../input/sent/`.", "",
         "## How to run", "", "    cd /tmp/blind19/out && python3 make.py", "",
         "Standard library only, no randomness, no clock.  The generator is split into "
         "`common.py` (issue data, RFC 2047 / MIME / quoting helpers), `mails_1.py` .. "
         "`mails_6.py` (ten mail builders each) and `make.py` (collects the builders, sorts "
         "by Date, writes `NN-<slug>.eml`, `expected.jsonl` and this README, validates every "
         "mail and prints `OK: 60 mails` or `FAIL <file>: <reason>` with exit status 1).", "",
         "## expected.jsonl", "",
         "One object per mail, in file order:", "",
         "- `file`: the .eml file name",
         "- `issue_ref`: `STORE-n` the mail is about, or null",
         "- `vendor_ticket_id`: RSNL's ticket/case/work-order/incident id for our issue exactly "
         "as written in the mail (no leading '#'), or null if the mail states none; always null "
         "for ignore mails",
         "- `event`: acknowledged / update / resolved / closed / ignore",
         "- `note`: product or mail-client family first, then the language, then what is tricky",
         "", "## Validations (make.py, every mail)", "",
         "1. CRLF line endings only.",
         "2. Header bytes ASCII-only (RFC 2047 words, RFC 2231 parameters), also in sub-part headers.",
         "3. Every line < 998 octets.",
         "4. No defects from `email.message_from_bytes(data, policy=email.policy.default)` on any "
         "part, and every header of every part parsed through the header registry without defects.",
         "5. Every text/* part decodes strictly with its declared charset (us-ascii if none).",
         "6. Date headers strictly increasing in file order and later than the sent date of every "
         "issue the mail concerns (expected issue, any STORE tag, any of our Message-IDs in "
         "In-Reply-To/References).",
         "7. Message-IDs well-formed and unique, also against `input/sent/`.",
         "8. Every non-ignore mail names its issue by STORE-n tag, by our Message-ID in "
         "In-Reply-To/References, or by title AND store in the decoded subject/text (and the "
         "'named by' column below is checked against the mail).",
         "9. The expected vendor_ticket_id occurs literally in the decoded subject or a decoded text part.",
         "10. No STORE tag other than the expected one anywhere (raw, headers, decoded parts) in a "
         "non-ignore mail.",
         "11. Known event/language; ignore mails have neither issue_ref nor vendor id; no leading '#'.",
         "12. Every product/client family name used is absent (case-insensitive substring) from "
         "`input/covered-products.txt`.", "", "## Counts", ""]
    for key, label, names in (("event", "Event", None), ("lang", "Language", LANGS),
                              ("kind", "Kind", None), ("named", "Issue named by", NAMED)):
        L.append(f"| {label} | mails |")
        L.append("|---|---|")
        for k, v in sorted(c(key).items(), key=lambda kv: (-kv[1], kv[0])):
            L.append(f"| {k}" + (f" ({names[k]})" if names else "") + f" | {v} |")
        L.append("")
    fam = collections.OrderedDict()
    for m in mails:
        fam.setdefault(m["family"], set()).add(m["kind"])
    L += [f"## Families ({len(fam)})", ""]
    for f, kinds in sorted(fam.items(), key=lambda kv: kv[0].lower()):
        L.append(f"- {f} ({'/'.join(sorted(kinds))})")
    L += ["", "## Mails", "",
          "| file | issue | vendor id | event | lang | kind | family | issue named by |",
          "|---|---|---|---|---|---|---|---|"]
    for m in mails:
        iss = f"STORE-{m['issue']}" if m["issue"] else "—"
        vid = m["vid"] if m["vid"] is not None else "—"
        L.append(f"| {m['file']} | {iss} | {vid} | {m['event']} | {m['lang']} | {m['kind']} "
                 f"| {m['family']} | {m['named']} |")
    L += ["", "## Notes", ""]
    for m in mails:
        L.append(f"- `{m['file']}`: {m['note']}")
    return "\n".join(L) + "\n"


def main():
    mails = load()
    for old in OUT.glob("*.eml"):
        old.unlink()
    for m in mails:
        (OUT / m["file"]).write_bytes(m["data"])
    with open(OUT / "expected.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for m in mails:
            f.write(json.dumps({"file": m["file"],
                                "issue_ref": f"STORE-{m['issue']}" if m["issue"] else None,
                                "vendor_ticket_id": m["vid"], "event": m["event"],
                                "note": m["note"]}, ensure_ascii=False) + "\n")
    (OUT / "README.md").write_text(readme(mails), encoding="utf-8")
    covered = (common.INPUT / "covered-products.txt").read_text(encoding="utf-8").lower()
    sent_mids = set()
    for p in sorted((common.INPUT / "sent").glob("*.eml")):
        s = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        sent_mids.add(str(s["Message-ID"]).strip())
    seen, prev = set(), None
    for m in mails:
        prev = validate(m, covered, sent_mids, seen, prev)
    slugs = [m["slug"] for m in mails]
    if len(set(slugs)) != len(slugs):
        fail("-", "duplicate slugs")
    if len(mails) != 60:
        fail("-", f"{len(mails)} mails, expected 60")
    print(f"OK: {len(mails)} mails")


if __name__ == "__main__":
    main()
