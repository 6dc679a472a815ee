"""Helpers shared by mails_*.py: issue data, RFC 2047 headers, MIME parts, quoting.

Bodies are written with '\\n' and converted to CRLF here.  Nothing here is random and
nothing reads the clock, so the output is byte-for-byte reproducible.
"""
import base64
import json
import pathlib
import quopri
import re

ROOT = pathlib.Path(__file__).resolve().parent
INPUT = ROOT.parent / "input"
ISSUES = {int(x["issue_ref"].split("-")[1]): x
          for x in json.loads((INPUT / "issues.json").read_text(encoding="utf-8"))}

OUR_EMAIL = "helpdesk@ops.storedesk.example"
OUR = "StoreDesk <helpdesk@ops.storedesk.example>"

REG = []  # filled by the @mail decorator, in module order


def mail(**meta):
    """Register a mail builder with its expected metadata."""
    def deco(fn):
        meta["build"] = fn
        REG.append(meta)
        return fn
    return deco


# ---------------------------------------------------------------- issue data
def I(n):
    return ISSUES[n]


def tag(n):
    return f"STORE-{n}"


def subj(n):
    return ISSUES[n]["subject"]


def mid(n):
    return ISSUES[n]["message_id"]


def title(n):
    return ISSUES[n]["title"]


def store(n):
    return ISSUES[n]["store"]


def our_body(n):
    i = ISSUES[n]
    return (f"Store: {i['store']}\nPriority: high\nReported by: Sam Jansen\n\n"
            f"{i['title']}.\n")


def quote(text, p="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((p + line) if line else p.rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- headers
_SPECIALS = set('()<>[]:;@\\,."')


def _ew_chunks(s, charset, mode):
    """Split s into RFC 2047 encoded words of at most 75 characters each."""
    pre = f"=?{charset}?{mode}?"
    room = 75 - len(pre) - 2
    words, cur = [], ""

    def enc(t):
        b = t.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        o = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                o.append("_")
            elif c.isascii() and c.isalnum():
                o.append(c)
            else:
                o.append("=%02X" % byte)
        return "".join(o)

    for ch in s:
        if cur and len(enc(cur + ch)) > room:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return words


def hdr(s, charset="utf-8", mode="B"):
    """Unstructured header text: plain if ASCII, else encoded words."""
    if s.isascii():
        return s
    return " ".join(_ew_chunks(s, charset, mode))


def addr(name, email, charset="utf-8", mode="Q"):
    if not name:
        return email
    if not name.isascii():
        return " ".join(_ew_chunks(name, charset, mode)) + f" <{email}>"
    if any(c in _SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def fold(name, value, width=78):
    """Fold 'name: value' at spaces so that lines stay near width."""
    line = f"{name}: {value}"
    if len(line) <= width:
        return line
    tokens = line.split(" ")
    lines, cur = [], tokens[0]
    for t in tokens[1:]:
        if len(cur) + 1 + len(t) > width and cur.strip() and cur != tokens[0]:
            lines.append(cur)
            cur = " " + t
        else:
            cur += " " + t
    lines.append(cur)
    return "\r\n".join(lines)


_ADDR_HEADERS = {"from", "to", "cc", "reply-to", "sender", "bcc", "return-receipt-to",
                 "disposition-notification-to"}
_RAW_HEADERS = {"received", "dkim-signature", "arc-seal", "list-unsubscribe", "references",
                "in-reply-to", "message-id", "authentication-results", "content-type"}


def _hline(name, value):
    if not value.isascii():
        if name.lower() in _ADDR_HEADERS or name.lower() in _RAW_HEADERS:
            raise ValueError(f"non-ASCII in {name}: use addr()")
        value = hdr(value)
    if "\n" in value:                       # pre-folded by the author
        return f"{name}: " + value.replace("\r\n", "\n").replace("\n", "\r\n")
    return fold(name, value)


# ---------------------------------------------------------------- MIME parts
def _crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # bytes, CRLF

    def render_headers(self):
        return "".join(_hline(n, v) + "\r\n" for n, v in self.headers).encode("ascii")

    def render(self):
        return self.render_headers() + b"\r\n" + self.body


def _encode_body(data, cte):
    """data: bytes with CRLF line ends."""
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        return q.replace(b"\n", b"\r\n")
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII"
    return data


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=()):
    data = _crlf(s).encode(cs)
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    body = _encode_body(data, cte)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    ct = f"text/{sub}; charset={cs}" if not params else f"text/{sub}; charset={cs}; {params}"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hs, body)


def raw(ctype, s, cte="7bit", extra=()):
    data = _crlf(s).encode("ascii") if isinstance(s, str) else s
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra),
                _encode_body(data, cte))


def rfc2231(fn):
    if fn.isascii() and '"' not in fn:
        return f'filename="{fn}"'
    from urllib.parse import quote as q
    return "filename*=utf-8''" + q(fn.encode("utf-8"), safe="")


def attach(data, ctype, filename, disp="attachment", ascii_name=None):
    nm = ascii_name or (filename if filename.isascii() else None)
    ct = f'{ctype}; name="{nm}"' if nm else ctype
    cd = f"{disp}; {rfc2231(filename)}"
    return Part([("Content-Type", ct), ("Content-Disposition", cd),
                 ("Content-Transfer-Encoding", "base64")], _encode_body(data, "base64"))


def multi(sub, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += _crlf(preamble).encode("ascii")
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
        out += b"\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p.render()
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    ct = f'multipart/{sub}; boundary="{boundary}"' + (f"; {params}" if params else "")
    return Part([("Content-Type", ct)], out)


def msg(headers, part, mime_version=True):
    """Top-level message: headers, then MIME-Version and the part's own headers."""
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    top = "".join(_hline(n, v) + "\r\n" for n, v in hs).encode("ascii")
    return top + part.render_headers() + b"\r\n" + part.body


def fake_pdf(label):
    """A tiny but well-formed-looking PDF; deterministic."""
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            f"% {label}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(s):
    """Cheap HTML rendering of a plain text body (for multipart/alternative)."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html_escape(x) for x in p.split("\n")) + "</p>")
    return "\n".join(out)
