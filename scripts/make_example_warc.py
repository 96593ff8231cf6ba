"""Build examples/meridian-wire/wire-2026-03-12.warc.gz from scripts/example-warc/ (stdlib only).

The archive holds what a crawl really stores: a warcinfo record, a request, the HTML response of
the Meridian Wire story, and a non-HTML response (robots.txt) that ingest must skip.
Run: python scripts/make_example_warc.py
"""

from __future__ import annotations

import gzip
import hashlib
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "scripts" / "example-warc"
OUT = ROOT / "examples" / "meridian-wire" / "wire-2026-03-12.warc.gz"
DATE = "2026-03-12T06:05:00Z"


def record(rtype: str, uri: str | None, block: bytes, content_type: str, n: int) -> bytes:
    rid = uuid.UUID(int=int(hashlib.sha1(f"{rtype}{uri}{n}".encode()).hexdigest()[:32], 16))
    headers = [
        "WARC/1.1",
        f"WARC-Type: {rtype}",
        f"WARC-Record-ID: <urn:uuid:{rid}>",
        f"WARC-Date: {DATE}",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    raw = ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(raw, mtime=0)  # one gzip member per record, as crawlers write them


def http_response(body: bytes, ctype: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def main() -> None:
    page = (SRC / "meridian-kessling.html").read_bytes()
    url = "https://meridianwire.example/news/2026/03/12/kessling-bridge-shut"
    parts = [
        record("warcinfo", None, b"software: newsprism example builder\r\nformat: WARC File Format 1.1\r\n",
               "application/warc-fields", 0),
        record("request", url, b"GET /news/2026/03/12/kessling-bridge-shut HTTP/1.1\r\nHost: meridianwire.example\r\n\r\n",
               "application/http; msgtype=request", 1),
        record("response", url, http_response(page, "text/html; charset=utf-8"), "application/http; msgtype=response", 2),
        record("response", "https://meridianwire.example/robots.txt",
               http_response(b"User-agent: *\nAllow: /\n", "text/plain"), "application/http; msgtype=response", 3),
    ]  # fmt: skip
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(b"".join(parts))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
