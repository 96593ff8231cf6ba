"""What the API and the pages share: limits, the per-app state (store connections, token, ingest
lock), the FastAPI dependencies over it, upload reading and ingest, templates, and safe rendering
helpers. Imports nothing from the other web modules."""

from __future__ import annotations

import hmac
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlparse

from fastapi import Depends, Form, Header, HTTPException, Request, UploadFile
from jinja2 import Environment
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from newsprism import __version__
from newsprism.models import Story
from newsprism.store import Store, open_store

STATIC = Path(__file__).parent / "static"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # per file
MAX_UPLOAD_FILES = 20
# pasted text: the multipart parser (Starlette) caps a form field at 1 MiB; say so rather than fail
MAX_PASTE_CHARS = 1_000_000
# the whole body of an ingest request: every file at its limit, plus the form's other fields
MAX_BODY_BYTES = MAX_UPLOAD_FILES * MAX_UPLOAD_BYTES + 1024 * 1024
INGEST_PATHS = ("/ingest", "/api/ingest")
UPLOAD_TYPES = (".txt", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss", ".atom", ".warc", ".warc.gz")
PAGE_SIZE = 25
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


class IngestOut(BaseModel):
    files: int
    articles_read: int
    added: int
    updated: int = Field(0, description="new versions of stored articles (same URL or id, new text)")
    duplicates: int
    problems: list[str]
    assignments: dict[str, str] = Field(description="article id -> story id")


# --------------------------------------------------------------------------- per-app state


class _Local(threading.local):
    store: Store | None = None


class AppState:
    """One app's store target (a connection per worker thread), ingest switch and token, and the
    lock that serialises ingest. Lives on ``app.state.newsprism``."""

    def __init__(self, target: str, *, allow_ingest: bool, token: str | None) -> None:
        self.target = target
        self.allow_ingest = allow_ingest
        self.token = token if allow_ingest else None
        self.ingest_lock = threading.Lock()
        self._local = _Local()

    def store(self) -> Store:
        if self._local.store is None:
            self._local.store = open_store(self.target)
        return self._local.store

    def check_token(self, given: str | None) -> None:
        """403 when ingest is off, 401 without the right token (compared in constant time)."""
        if not self.allow_ingest or self.token is None:
            raise HTTPException(403, "ingest is off: start the server with --allow-ingest")
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(401, "a valid ingest token is required")


def app_state(request: Request) -> AppState:
    """The app's :class:`AppState` (a dependency)."""
    return request.app.state.newsprism


def get_store(request: Request) -> Store:
    """This worker thread's connection to the app's store (a dependency)."""
    return app_state(request).store()


State = Annotated[AppState, Depends(app_state)]
StoreDep = Annotated[Store, Depends(get_store)]


def api_token(
    state: State,
    authorization: Annotated[str | None, Header()] = None,
    token: Annotated[str | None, Form(max_length=200)] = None,
) -> None:
    """The API's write check (a dependency): ``Authorization: Bearer ...`` or a ``token`` form field."""
    state.check_token(bearer(authorization) or token)


def form_token(state: State, token: Annotated[str | None, Form(max_length=200)] = None) -> None:
    """The ingest page's write check (a dependency): the ``token`` form field."""
    state.check_token(token)


_FLIGHT_GUARD = threading.Lock()
_FLIGHT_LOCKS: dict[str, tuple[threading.Lock, int]] = {}  # key -> (lock, holders and waiters)


@contextmanager
def single_flight(key: str) -> Iterator[None]:
    """One build per key at a time: the first caller builds, the others wait for it and then
    find the result cached (200 requests for 5 uncached stories build 5 analyses, not 200).
    A key's lock lives only while someone holds or waits for it."""
    with _FLIGHT_GUARD:
        lock, n = _FLIGHT_LOCKS.get(key, (threading.Lock(), 0))
        _FLIGHT_LOCKS[key] = (lock, n + 1)
    try:
        with lock:
            yield
    finally:
        with _FLIGHT_GUARD:
            n = _FLIGHT_LOCKS[key][1] - 1
            if n:
                _FLIGHT_LOCKS[key] = (lock, n)
            else:
                del _FLIGHT_LOCKS[key]


def story_or_404(store: Store, sid: str) -> Story:
    st = store.get_story(sid)
    if st is None:
        raise HTTPException(404, f"no story {sid!r}")
    return st


def view_or_404(store: Store, sid: str) -> dict[str, Any]:
    """A story's analysis (cached, or computed now): ``pipeline.story_view``."""
    from newsprism.pipeline import story_view

    story_or_404(store, sid)
    where = getattr(store, "path", None) or getattr(store, "url", None) or str(id(store))
    with single_flight(f"{where}\0{sid}"):  # per database and story: threads hold their own connections
        view = story_view(store, sid)
    if view is None:
        raise HTTPException(404, f"no story {sid!r}")
    return view


# --------------------------------------------------------------------------- uploads and ingest


async def read_uploads(
    files: list[UploadFile] | None, text: str | None, meta: dict[str, str]
) -> list[tuple[str, bytes]]:
    """The uploaded files (type and size checked, named by :func:`safe_name`) and the pasted text
    (with its metadata as a header block), as ``(name, bytes)``."""
    uploads: list[tuple[str, bytes]] = []
    for f in (files or [])[: MAX_UPLOAD_FILES + 1]:
        if not f.filename:
            continue
        name = safe_name(f.filename)
        if not name.lower().endswith(UPLOAD_TYPES):
            raise HTTPException(415, f"{name}: not a supported type ({', '.join(UPLOAD_TYPES)})")
        data = await f.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"{name}: larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
        uploads.append((name, data))
    if len(uploads) > MAX_UPLOAD_FILES:
        raise HTTPException(413, f"at most {MAX_UPLOAD_FILES} files at once")
    if text and text.strip():
        if len(text) > MAX_PASTE_CHARS:
            raise HTTPException(
                413, f"pasted text is longer than {MAX_PASTE_CHARS:,} characters: upload it as a file"
            )
        header = "".join(f"{k}: {v.strip()}\n" for k, v in meta.items() if v and v.strip() and "\n" not in v)
        uploads.append(("pasted.txt", (header + ("\n" if header else "") + text).encode("utf-8")))
    if not uploads:
        raise HTTPException(422, "nothing to ingest: attach files or paste an article")
    return uploads


async def ingest_off_loop(state: AppState, uploads: list[tuple[str, bytes]]) -> IngestOut:
    """:func:`do_ingest` in a worker thread: the server keeps answering other requests meanwhile."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(do_ingest, state, uploads)


def do_ingest(state: AppState, uploads: list[tuple[str, bytes]]) -> IngestOut:
    """Read the uploads and add them through the living store's step (``pipeline.ingest_articles``),
    one ingest at a time."""
    from newsprism.ingest import read_bytes
    from newsprism.pipeline import ingest_articles

    results = [read_bytes(data, name) for name, data in uploads]
    store = state.store()
    with state.ingest_lock:
        report = ingest_articles(store, results)
        assignments = {i: sid for i in dict.fromkeys(report.article_ids) if (sid := store.story_of(i))}
    return IngestOut(
        files=report.files,
        articles_read=report.articles_read,
        added=report.added,
        updated=report.updated,
        duplicates=report.duplicates,
        problems=[p.line() for p in report.problems],
        assignments=assignments,
    )


def form_meta(
    title: str | None, outlet: str | None, url: str | None, published: str | None
) -> dict[str, str]:
    return {"Title": title or "", "Outlet": outlet or "", "URL": url or "", "Published": published or ""}


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def safe_name(filename: str) -> str:
    """A display name for an upload: the last path component, odd characters replaced. It names
    the input in problem reports and picks the reader by extension; it is never opened."""
    base = re.split(r"[\\/]", filename)[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:120] or "upload"


# --------------------------------------------------------------------------- rendering


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are ever rendered as links (no javascript:, data:, ...)."""
    if not url:
        return None
    try:
        scheme = urlparse(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def path_id(value: object) -> str:
    """An id as one URL path segment: every reserved character encoded (ids may hold / ? #)."""
    return quote(str(value), safe="")


def query_string(params: dict[str, Any], **change: Any) -> str:
    merged = {
        k: v for k, v in {**params, **change}.items() if v not in (None, "", 1) or k == "page" and v != 1
    }
    return "?" + urlencode(merged) if merged else ""


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """``text`` with classed ``<span>``s over ``(start, end, class, title)`` spans (they may nest or
    overlap: cut at every boundary). Everything is escaped."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        on = [(c, t) for s, e, c, t in spans if s <= a and b <= e]
        seg = escape(text[a:b])
        if on:
            cls = " ".join(dict.fromkeys(c for c, _ in on))
            title = "; ".join(dict.fromkeys(t for _, t in on if t))
            out.append(Markup('<span class="{}" title="{}">{}</span>').format(cls, title, seg))
        else:
            out.append(seg)
    return Markup("").join(out)


def env() -> Environment:
    """The report's template environment, plus what the pages use."""
    from newsprism.report import env as report_env

    e = report_env()
    if "safe_url" not in e.globals:
        e.globals.update(version=__version__, safe_url=safe_url, query_string=query_string)
        e.filters["path_id"] = path_id
    return e


def render(name: str, **ctx: Any) -> str:
    return env().get_template(f"web/{name}").render(**ctx)


# --------------------------------------------------------------------------- the ingest guard


class _TooLarge(Exception):
    pass


class IngestGuard:
    """ASGI middleware in front of the ingest endpoints, acting **before the body is read**: 403
    when ingest is off, 401 when an ``Authorization`` header carries a wrong token, 413 when the
    declared length passes :data:`MAX_BODY_BYTES`, and 413 as soon as a streamed body does (a
    form's ``token`` field can only be checked once the form is read: the cap bounds that)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in INGEST_PATHS:
            await self.app(scope, receive, send)
            return
        state: AppState = scope["app"].state.newsprism
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            if not state.allow_ingest:
                state.check_token(None)  # raises 403
            given = bearer(headers.get("authorization"))
            if given is not None:
                state.check_token(given)
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                raise _TooLarge
        except HTTPException as exc:
            await _reject(scope, send, exc.status_code, str(exc.detail))
            return
        except _TooLarge:
            await _reject(scope, send, 413, _too_large())
            return
        await self._capped(scope, receive, send)

    async def _capped(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        seen, over, started = 0, False, False

        async def capped_receive() -> dict[str, Any]:
            nonlocal seen, over
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > MAX_BODY_BYTES:
                over = True
                raise _TooLarge
            return msg

        async def guarded_send(msg: dict[str, Any]) -> None:
            nonlocal started
            if over:  # whatever the app answers to a body cut off, the answer is 413
                if not started:
                    started = True
                    await _reject(scope, send, 413, _too_large())
                return
            await send(msg)

        try:
            await self.app(scope, capped_receive, guarded_send)
        except _TooLarge:
            if not started:
                await _reject(scope, send, 413, _too_large())


def _too_large() -> str:
    return f"request body larger than {MAX_BODY_BYTES // (1024 * 1024)} MB"


async def _reject(scope: dict[str, Any], send: Any, status: int, detail: str) -> None:
    import json

    if scope["path"].startswith("/api/"):
        body, ctype = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, ctype = render("error.html", status=status, detail=detail).encode(), b"text/html; charset=utf-8"
    headers = [
        (b"content-type", ctype),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
