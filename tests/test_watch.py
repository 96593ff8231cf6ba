"""`newsprism watch` against a local HTTP server (in-process, 127.0.0.1) whose feeds, sitemaps
and pages change between polls: new entries, a corrected page, 304s, a 500 then recovery, a slow
source timing out while the others go on, a redirect loop, an oversized body, robots.txt, a
restart between polls."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.store import open_store
from newsprism.watch import FetchConfig, Fetcher, poll_source, watch

pytestmark = pytest.mark.slow
FAST = FetchConfig(timeout=0.5, retries=1, backoff=0.01, host_delay=0.0, max_bytes=200_000)


def page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


TUNNEL = [
    "The Kessling harbour tunnel reopened on Monday after six weeks of repairs, the port authority said.",
    "Engineers replaced 14 cracked panels in the western bore, and traffic returned to normal by the evening.",
    "Buses that had been diverted over the Carrow Road crossing were back on their usual routes.",
]
FERRY = [
    "The Harbour ferry will run a new timetable from June, with sailings every 20 minutes at peak times.",
    "The operator said the change follows a survey of 3,000 passengers who asked for later evening boats.",
    "Fares stay the same, and the first boat will leave Port Elling at 6am on weekdays.",
]


class Site:
    """Routes -> (status, headers, body); a route may be changed between polls. Counts requests."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.slow: dict[str, float] = {}
        self.hits: dict[str, int] = {}

    def set(self, path: str, body: str | bytes, status: int = 200, **headers: str) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, {k.replace("_", "-"): v for k, v in headers.items()}, data)


@pytest.fixture
def site():
    s = Site()

    class H(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            s.hits[self.path] = s.hits.get(self.path, 0) + 1
            if self.path in s.slow:
                time.sleep(s.slow[self.path])
            status, headers, body = s.routes.get(self.path, (404, {}, b"not found"))
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield s
    server.shutdown()


def feed(site: Site, items: list[tuple[str, str]], etag: str) -> None:
    xml = "".join(
        f"<item><title>{t}</title><link>{site.base}{p}</link><pubDate>Mon, 16 Mar 2026 09:00:00 GMT</pubDate></item>"
        for p, t in items
    )
    site.set(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>{xml}</channel></rss>',
        ETag=etag,
    )


def test_new_entries_304s_a_correction_and_a_restart(site, tmp_path):
    site.set("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    site.set("/tunnel", page("Tunnel reopens", TUNNEL), ETag='"t1"')
    site.set("/ferry", page("Ferry timetable changes", FERRY), ETag='"f1"')
    feed(site, [("/tunnel", "Tunnel reopens"), ("/ferry", "Ferry timetable changes")], '"feed1"')
    db = str(tmp_path / "w.db")
    with open_store(db) as s:
        rep = poll_source(s, site.base + "/feed.xml", Fetcher(FAST), "Harbour Gazette")
        assert (rep.new, rep.updated, rep.errors) == (2, 0, [])
        tunnel = next(a for a in s.iter_articles() if a.url.endswith("/tunnel"))
        assert s.story_of(tunnel.id) and tunnel.outlet == "Harbour Gazette"
    # a restart: a new process (store and fetcher) resumes with the saved validators
    with open_store(db) as s:
        rep = poll_source(s, site.base + "/feed.xml", Fetcher(FAST))
        assert rep.not_modified and rep.new == 0 and site.hits["/tunnel"] == 1
    # a correction: the page changes and the feed says so
    site.set(
        "/tunnel", page("Tunnel reopens", [TUNNEL[0], TUNNEL[1].replace("14", "16"), TUNNEL[2]]), ETag='"t2"'
    )
    feed(site, [("/tunnel", "Tunnel reopens"), ("/ferry", "Ferry timetable changes")], '"feed2"')
    with open_store(db) as s:
        rep = poll_source(s, site.base + "/feed.xml", Fetcher(FAST))
        assert (rep.new, rep.updated, rep.unchanged) == (0, 1, 1)  # the ferry page answered 304
        versions = s.article_versions(tunnel.id)
        assert [v.version for v in versions] == [1, 2] and "16 cracked panels" in versions[-1].text
        (src,) = s.watch_sources()
        assert (src.polls, src.new_articles, src.updated_articles, src.errors) == (3, 2, 1, 0)


def test_a_failing_source_never_stops_the_others_and_recovers(site, tmp_path):
    site.set("/ferry", page("Ferry timetable changes", FERRY))
    feed(site, [("/ferry", "Ferry timetable changes")], '"f"')
    site.set("/broken.xml", "oops", status=500)
    site.set("/slow.xml", "<rss/>")
    site.slow["/slow.xml"] = 2.0
    site.set("/loop1", "", status=302, Location="/loop2")
    site.set("/loop2", "", status=302, Location="/loop1")
    site.set("/big.xml", b"<rss>" + b" " * 500_000 + b"</rss>")
    db = str(tmp_path / "w.db")
    urls = ["/broken.xml", "/slow.xml", "/loop1", "/big.xml", "/feed.xml"]
    with open_store(db) as s:
        t = time.perf_counter()
        reps = watch(s, [(site.base + u, None) for u in urls], once=True, fetcher=Fetcher(FAST))
        assert time.perf_counter() - t < 15
    by = {r.source.removeprefix(site.base): r for r in reps}
    assert "HTTP 500" in by["/broken.xml"].errors[0] and site.hits["/broken.xml"] == 2  # one retry
    assert "Timeout" in by["/slow.xml"].errors[0]
    assert "redirect loop" in by["/loop1"].errors[0]
    assert "too large" in by["/big.xml"].errors[0]
    assert by["/feed.xml"].new == 1 and not by["/feed.xml"].errors
    site.set(
        "/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    )
    with open_store(db) as s:
        rep = poll_source(s, site.base + "/broken.xml", Fetcher(FAST))
        assert rep.errors == []
        src = next(x for x in s.watch_sources() if x.url.endswith("/broken.xml"))
        assert src.errors == 1 and src.last_ok is not None


def test_robots_sitemaps_and_headline_only_entries(site, tmp_path):
    site.set("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    site.set("/private/tunnel", page("Tunnel reopens", TUNNEL))
    site.set("/ferry", page("Ferry timetable changes", FERRY))
    urls = "".join(
        f"<url><loc>{site.base}{p}</loc><news:news><news:title>{t}</news:title>"
        "<news:publication_date>2026-03-16T09:00:00Z</news:publication_date></news:news></url>"
        for p, t in [
            ("/private/tunnel", "Kessling tunnel reopens after repairs"),
            ("/ferry", "Ferry timetable"),
        ]
    )
    site.set("/news.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')  # fmt: skip
    site.set("/index.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{site.base}/news.xml</loc></sitemap></sitemapindex>")  # fmt: skip
    with open_store(str(tmp_path / "w.db")) as s:
        rep = poll_source(s, site.base + "/index.xml", Fetcher(FAST), "Harbour Gazette")
        assert rep.new == 2 and "/private/tunnel" not in site.hits  # robots.txt honoured
        assert any("robots.txt" in e for e in rep.errors)
        texts = {a.url.removeprefix(site.base): a.text for a in s.iter_articles()}
        assert texts["/private/tunnel"] == "Kessling tunnel reopens after repairs"  # headline-only
        assert "20 minutes" in texts["/ferry"]


def test_watch_and_sources_commands(site, tmp_path):
    site.set("/ferry", page("Ferry timetable changes", FERRY))
    feed(site, [("/ferry", "Ferry timetable changes")], '"f"')
    lst = tmp_path / "feeds.txt"
    lst.write_text(f"# our feeds\n{site.base}/feed.xml Harbour Gazette\n")
    db = str(tmp_path / "w.db")
    r = CliRunner().invoke(
        app, ["watch", "--sources", str(lst), "--once", "--db", db], catch_exceptions=False
    )
    assert r.exit_code == 0 and "1 new" in r.output
    r = CliRunner().invoke(app, ["sources", "--db", db, "--json"])
    assert '"outlet": "Harbour Gazette"' in r.output and '"new_articles": 1' in r.output
    assert CliRunner().invoke(app, ["watch", "--once", "--db", db, "ftp://x"]).exit_code == 2


def test_the_web_app_lists_the_sources(site, tmp_path):
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    site.set("/ferry", page("Ferry timetable changes", FERRY))
    feed(site, [("/ferry", "Ferry timetable changes")], '"f"')
    db = str(tmp_path / "w.db")
    with open_store(db) as s:
        poll_source(s, site.base + "/feed.xml", Fetcher(FAST), "Harbour Gazette")
    c = TestClient(create_app(db))
    api = c.get("/api/sources").json()
    assert api[0]["outlet"] == "Harbour Gazette" and api[0]["new_articles"] == 1
    html = c.get("/sources").text
    assert "Harbour Gazette" in html and site.base + "/feed.xml" in html
