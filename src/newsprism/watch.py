"""Follow the news: poll RSS/Atom feeds and news sitemaps, fetch new pages, keep stories current.

``newsprism watch SOURCE... --db X`` (``--once`` for cron). Each poll of a source:

1. Fetch the source with a conditional GET (its ``ETag`` / ``Last-Modified`` from the last poll;
   a 304 costs nothing). Parse it as a feed (feedparser) or a sitemap (``urlset`` with ``news:``
   fields, or a ``sitemapindex`` whose child sitemaps are fetched the same way).
2. For each linked page: fetch it (conditional again when fetched before: a 304 means unchanged),
   extract it with the HTML path (``ingest.read_html``: trafilatura). A page that cannot be fetched
   but has a headline in its entry is kept as a headline-only article.
3. Add what was read through the one incremental step (``pipeline.ingest_articles``): new
   articles join their stories at once; a page whose text changed becomes a new version of its
   article (corrections are caught by watching).
4. Save the source's and pages' state (validators, counts, the last error) in the store, so a
   restart resumes where it stopped.

Polite and robust (:class:`FetchConfig`, every default on it): a clear User-Agent; robots.txt
honoured (``urllib.robotparser``, fetched once per host and poll); a per-host delay between
requests; timeouts; retries with exponential backoff on 5xx and connection errors; redirects
followed up to a limit (a loop is an error); every body read in chunks up to a size limit, and
gzip decoded within it. A failing source is reported and retried at the next poll; it never
stops the others. Written with httpx (the client) and feedparser; the sitemap reader is a few
lines of lxml, because the maintained sitemap libraries fetch by themselves and would bypass
this politeness and these limits.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from newsprism import __version__
from newsprism.ingest import FileResult, normalize_date, read_html
from newsprism.models import Article, Problem
from newsprism.store.base import Store, WatchPage, WatchSource

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True, slots=True)
class FetchConfig:
    user_agent: str = f"newsprism/{__version__} (+https://github.com/newsprism; news story tracker)"
    timeout: float = 15.0  # seconds, connect and each read
    retries: int = 2  # after the first try, on 5xx and connection errors
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_redirects: int = 5
    max_bytes: int = 5 * 1024 * 1024  # per body, decoded
    host_delay: float = 1.0  # seconds between two requests to one host
    max_pages: int = 200  # new pages fetched per source and poll (the rest wait for the next)


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, 304, or the error status
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None


@dataclass(slots=True)
class PollReport:
    source: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    not_modified: bool = False

    def line(self) -> str:
        what = (
            "not modified"
            if self.not_modified
            else f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        )
        return f"{self.source}: {what}, {len(self.errors)} errors, {self.seconds:.1f} s"


class Fetcher:
    """Polite HTTP GETs: robots.txt, a per-host delay, retries, a redirect limit, a size limit."""

    def __init__(self, config: FetchConfig | None = None, client: httpx.Client | None = None) -> None:
        import httpx

        self.cfg = config or FetchConfig()
        self.client = client or httpx.Client(
            headers={"User-Agent": self.cfg.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=self.cfg.timeout,
            follow_redirects=False,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def allowed(self, url: str) -> bool:
        """Does the host's robots.txt let our User-Agent fetch ``url``? (No robots.txt: yes.)"""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            got = self._get(host + "/robots.txt", {}, robots=False)
            rp: urllib.robotparser.RobotFileParser | None = None
            if got.status == 200:
                rp = urllib.robotparser.RobotFileParser()
                rp.parse(got.body.decode("utf-8", "replace").splitlines())
            self._robots[host] = rp
        rp = self._robots[host]
        return rp is None or rp.can_fetch(self.cfg.user_agent, url)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, robots=True)

    def _get(self, url: str, headers: dict[str, str], robots: bool) -> Fetched:
        seen = {url}
        for _ in range(self.cfg.max_redirects + 1):
            if robots and not self.allowed(url):
                return Fetched(url, 0, error="disallowed by robots.txt")
            got = self._with_retries(url, headers)
            if got.status in (301, 302, 303, 307, 308) and got.error is None:
                nxt = urljoin(url, got.body.decode("latin-1"))
                if nxt in seen:
                    return Fetched(url, got.status, error=f"redirect loop at {nxt}")
                seen.add(nxt)
                url = nxt
                continue
            return got
        return Fetched(url, 0, error=f"more than {self.cfg.max_redirects} redirects")

    def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched:
        import httpx

        wait = self.cfg.backoff
        for attempt in range(self.cfg.retries + 1):
            self._pace(url)
            try:
                got = self._once(url, headers)
            except (httpx.TransportError, httpx.DecodingError) as exc:
                got = Fetched(url, 0, error=f"{type(exc).__name__}: {exc}".rstrip(": "))
            if not (got.status >= 500 or (got.status == 0 and got.error and "too large" not in got.error)):
                return got
            if attempt < self.cfg.retries:
                time.sleep(wait)
                wait *= 2
        return got

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        with self.client.stream("GET", url, headers=headers) as r:
            if r.is_redirect:
                return Fetched(
                    url, r.status_code, body=(r.headers.get("location") or "").encode("latin-1", "replace")
                )
            if r.status_code == 304:
                return Fetched(
                    url, 304, etag=r.headers.get("etag"), last_modified=r.headers.get("last-modified")
                )
            if r.status_code >= 400:
                return Fetched(url, r.status_code, error=f"HTTP {r.status_code}")
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.cfg.max_bytes:
                return Fetched(url, 0, error=f"body too large ({int(declared):,} bytes)")
            chunks, size = [], 0
            for chunk in r.iter_bytes():  # decoded (gzip) as it streams: the limit holds after decoding
                size += len(chunk)
                if size > self.cfg.max_bytes:
                    return Fetched(url, 0, error=f"body too large (over {self.cfg.max_bytes:,} bytes)")
                chunks.append(chunk)
            return Fetched(
                url, r.status_code, b"".join(chunks), r.headers.get("etag"), r.headers.get("last-modified")
            )

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self._lock:
            wait = self._last.get(host, 0.0) + self.cfg.host_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class Entry:
    """A page a source lists: its URL, and what the source says of it."""

    url: str
    title: str | None = None
    published: str | None = None


def parse_sitemap(body: bytes) -> tuple[list[Entry], list[str]]:
    """A sitemap's pages (``urlset``, with ``news:title``/``news:publication_date`` when given)
    and, for a ``sitemapindex``, its child sitemaps."""
    from lxml import etree

    root = etree.fromstring(
        body, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    )
    local = etree.QName(root).localname
    if local == "sitemapindex":
        return [], [t.strip() for t in root.xpath("//*[local-name()='sitemap']/*[local-name()='loc']/text()")]
    entries = []
    for u in root.xpath("//*[local-name()='url']"):
        loc = u.xpath("./*[local-name()='loc']/text()")
        if not loc:
            continue
        title = u.xpath(".//*[local-name()='news']/*[local-name()='title']/text()")
        when = u.xpath(".//*[local-name()='publication_date']/text()") or u.xpath(
            "./*[local-name()='lastmod']/text()"
        )
        entries.append(
            Entry(loc[0].strip(), title[0].strip() if title else None, when[0].strip() if when else None)
        )
    return entries, []


def entries_of(body: bytes, url: str) -> tuple[list[Entry], list[str], str | None]:
    """(entries, child sitemaps, outlet) of a fetched source: a sitemap or a feed."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        entries, children = parse_sitemap(body)
        return entries, children, None
    import feedparser

    parsed = feedparser.parse(body)
    title = (parsed.feed.get("title") or "").strip() or None
    out = [
        Entry(e.get("link"), e.get("title"), e.get("published") or e.get("updated"))
        for e in parsed.entries
        if e.get("link")
    ]
    if not out and parsed.get("bozo"):
        raise ValueError(f"neither a feed nor a sitemap ({parsed.get('bozo_exception')})")
    return out, [], title


# --------------------------------------------------------------------------- the poll


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def poll_source(
    store: Store, url: str, fetcher: Fetcher, outlet: str | None = None, stop: threading.Event | None = None
) -> PollReport:
    """One poll of one source (steps 1-4 of the module doc). Never raises for a source's fault."""
    from newsprism.pipeline import ingest_articles

    t0 = time.perf_counter()
    rep = PollReport(url)
    state = next((s for s in store.watch_sources() if s.url == url), None) or WatchSource(url, outlet)
    state.outlet = outlet or state.outlet
    state.last_poll, state.polls = _now(), state.polls + 1
    try:
        entries, feed_outlet = _list_entries(fetcher, url, state, rep)
        results, pages = _read_pages(store, fetcher, entries, url, state.outlet or feed_outlet, rep, stop)
        if results:
            done = ingest_articles(store, results)
            rep.new, rep.updated = done.added, done.updated
            rep.unchanged += done.duplicates
        store.save_watch_pages(pages)
        state.last_ok = _now() if not rep.errors else state.last_ok
    except Exception as exc:  # noqa: BLE001 - a source's failure is reported, never fatal to the others
        rep.errors.append(f"{type(exc).__name__}: {exc}")
    state.new_articles += rep.new
    state.updated_articles += rep.updated
    state.errors += len(rep.errors)
    state.last_error = rep.errors[-1] if rep.errors else state.last_error
    store.save_watch_source(state)
    rep.seconds = time.perf_counter() - t0
    return rep


def _list_entries(
    fetcher: Fetcher, url: str, state: WatchSource, rep: PollReport
) -> tuple[list[Entry], str | None]:
    got = fetcher.get(url, state.etag, state.last_modified)
    if got.status == 304:
        rep.not_modified = True
        return [], None
    if got.error:
        raise RuntimeError(got.error)
    state.etag, state.last_modified = got.etag, got.last_modified
    entries, children, title = entries_of(got.body, url)
    for child in children[:50]:  # a sitemap index: its sitemaps, unconditionally (they are small)
        sub = fetcher.get(child)
        if sub.error:
            rep.errors.append(f"{child}: {sub.error}")
            continue
        entries += entries_of(sub.body, child)[0]
    return entries, title


def _read_pages(
    store: Store,
    fetcher: Fetcher,
    entries: Sequence[Entry],
    source: str,
    outlet: str | None,
    rep: PollReport,
    stop: threading.Event | None,
) -> tuple[list[FileResult], list[WatchPage]]:
    results: list[FileResult] = []
    pages: list[WatchPage] = []
    for e in list(dict.fromkeys(entries))[: fetcher.cfg.max_pages]:
        if stop is not None and stop.is_set():
            break
        known = store.watch_page(e.url)
        got = fetcher.get(e.url, known.etag if known else None, known.last_modified if known else None)
        page = WatchPage(
            e.url,
            source,
            got.etag,
            got.last_modified,
            known.first_seen if known else _now(),
            _now(),
            got.status,
        )
        if got.status == 304:
            rep.unchanged += 1
            page.etag, page.last_modified = (
                known.etag if known else None,
                known.last_modified if known else None,
            )
            pages.append(page)
            continue
        if got.error:
            rep.errors.append(f"{e.url}: {got.error}")
            if known is None and e.title:  # headline-only: the entry's headline stands for the page
                results.append(_headline_only(e, outlet))
            pages.append(page)
            continue
        arts, probs = read_html(got.body, e.url, url=got.url)
        for a in arts:
            a.url = e.url  # the entry's URL names the article (versions follow it), not a redirect's
            a.outlet = outlet or a.outlet
            a.published = a.published or normalize_date(e.published)
        if not arts and e.title and known is None:
            arts = [_headline_only(e, outlet).articles[0]]
        results.append(FileResult(e.url, "html", arts, probs))
        pages.append(page)
    return results, pages


def _headline_only(e: Entry, outlet: str | None) -> FileResult:
    from newsprism.ingest import finish

    problems: list[Problem] = []
    art = finish(Article(text=e.title or "", title=e.title, url=e.url, outlet=outlet, published=normalize_date(e.published)),
                 problems, e.url, None)  # fmt: skip
    return FileResult(e.url, "feed", [art] if art else [], problems)


def watch(
    store: Store,
    sources: Iterable[tuple[str, str | None]],
    *,
    every: float = 600.0,
    once: bool = False,
    fetcher: Fetcher | None = None,
    stop: threading.Event | None = None,
    on_poll: Callable[[PollReport], None] | None = None,
) -> list[PollReport]:
    """Poll every ``(url, outlet)`` source, then again every ``every`` seconds until ``stop`` is set
    (or once). Returns the reports of the last round."""
    fetcher = fetcher or Fetcher()
    stop = stop or threading.Event()
    sources = list(sources)
    try:
        while True:
            reports = []
            for url, outlet in sources:
                if stop.is_set():
                    break
                rep = poll_source(store, url, fetcher, outlet, stop)
                reports.append(rep)
                if on_poll:
                    on_poll(rep)
            if once or stop.wait(every):
                return reports
    finally:
        fetcher.close()


def read_sources(lines: Iterable[str]) -> list[tuple[str, str | None]]:
    """``--sources`` file lines: ``URL [outlet name]``; blank lines and ``#`` comments skipped."""
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        url, _, name = line.partition(" ")
        out.append((url, name.strip() or None))
    return out
