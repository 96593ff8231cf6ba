"""Following feeds: articles/s through `newsprism watch --once` against a local server, beside
plain `newsprism ingest` of the same pages read from files (issue 18).

  python bench/watch.py [--n 220]

The pages are the real WikiRef220 full texts (../shared/data), written as HTML pages and served
with a feed listing them from 127.0.0.1 (an in-process HTTP server: no network in the figure).
Both commands run as users run them, in a fresh store each, so both pay for start-up, extraction
(trafilatura), storing and story assignment; `watch` adds its HTTP requests (robots.txt, the
feed, one conditional GET per page) with `--delay 0` (the per-host politeness delay is a setting,
not a cost of the code). A second `watch --once` on the unchanged site measures a poll that finds
nothing new (304s).
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import scratch, wikiref_files  # noqa: E402
from living import cpu  # noqa: E402

CLI = [str(Path(sys.executable).parent / "newsprism")]


def build_site(root: Path, n: int, base: str) -> int:
    items = []
    for k, f in enumerate(wikiref_files()[:n]):
        text = f.read_text(encoding="utf-8", errors="replace").strip()
        title, _, body = text.partition("\n")
        paras = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
        name = f"a{k:04d}.html"
        (root / name).write_text(
            f"<html><head><title>{html.escape(title.strip())}</title></head><body><article>"
            f"<h1>{html.escape(title.strip())}</h1>{paras}</article></body></html>",
            encoding="utf-8",
        )
        items.append(f"<item><title>{html.escape(title.strip())}</title><link>{base}/{name}</link></item>")
    (root / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>{"".join(items)}</channel></rss>',
        encoding="utf-8",
    )
    return len(items)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a: object) -> None:
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=220)
    a = ap.parse_args()
    print(f"CPU: {cpu()}")
    work = scratch("np-watch-")
    site = work / "site"
    site.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    n = build_site(site, a.n, base)
    pages = work / "pages"
    pages.mkdir()
    for f in site.glob("a*.html"):
        (pages / f.name).write_bytes(f.read_bytes())

    def timed(cmd: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t

    ingest_s = timed([*CLI, "ingest", str(pages), "--db", str(work / "ingest.db"), "--quiet"])
    watch_cmd = [
        *CLI,
        "watch",
        base + "/feed.xml",
        "--once",
        "--delay",
        "0",
        "--db",
        str(work / "watch.db"),
        "--quiet",
    ]
    watch_s = timed(watch_cmd)
    again_s = timed(watch_cmd)
    server.shutdown()
    print(f"{n} pages (WikiRef220 full texts) served from 127.0.0.1")
    print(
        f"  newsprism watch --once (fetch + extract + store + stories): {n / watch_s:6.1f} articles/s ({watch_s:.1f} s)"
    )
    print(
        f"  baseline, same run: newsprism ingest of the same pages as files: {n / ingest_s:6.1f} articles/s ({ingest_s:.1f} s)"
    )
    print(f"  ratio watch / ingest: {ingest_s / watch_s:.2f}")
    print(f"  a second watch --once, nothing changed (304s): {again_s:.1f} s")


if __name__ == "__main__":
    main()
