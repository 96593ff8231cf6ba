"""The web app and REST API (FastAPI): ``newsprism serve`` or ``create_app(db=...)``.

Pages render server-side with Jinja2 autoescaping (every article-derived string is escaped; no
article text is ever marked safe), under a Content-Security-Policy that allows only this site's
own script and styles. The one script (upload progress) is optional: every page works without it.

Write endpoints (``POST /ingest``, ``POST /api/ingest``) exist only when the app is created with
``allow_ingest=True`` and then need the token (``Authorization: Bearer ...`` or a ``token`` form
field). Uploads are read in memory, checked for size and type, and parsed by name only: no path
from a request ever reaches the file system.
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlparse

from fastapi import FastAPI, File, Form, Header, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from newsprism import __version__
from newsprism.store import Store, StoryQuery, open_store, resolve_db

STATIC = Path(__file__).parent / "static"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # per file
MAX_UPLOAD_FILES = 20
UPLOAD_TYPES = (".txt", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss", ".atom", ".warc", ".warc.gz")
PAGE_SIZE = 25
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


# --------------------------------------------------------------------------- response models


class StoryOut(BaseModel):
    id: str
    title: str | None
    article_ids: list[str]
    outlets: list[str]
    first_published: str | None
    last_published: str | None
    duplicates: dict[str, str]


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StoryOut]


class ArticleOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    author: str | None
    story_id: str | None
    text: str | None = None
    annotations: list[dict[str, Any]] | None = None


class VersionOut(BaseModel):
    version: int
    seen_at: str
    title: str | None
    published: str | None
    text: str


class VersionsOut(BaseModel):
    id: str
    versions: list[VersionOut] = Field(description="oldest first; the last is what the article shows")
    diffs: list[dict[str, Any]] = Field(
        description="between consecutive versions: word changes (spans into each text) and flags "
        "(headline, correction, numbers, quotes)"
    )


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleOut]


class IngestOut(BaseModel):
    files: int
    articles_read: int
    added: int
    updated: int = Field(0, description="new versions of stored articles (same URL or id, new text)")
    duplicates: int
    problems: list[str]
    assignments: dict[str, str] = Field(description="article id -> story id")


# --------------------------------------------------------------------------- the app


class _Stores(threading.local):
    store: Store | None = None


def create_app(db: str | None = None, *, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    """The app over the store ``db`` names (a SQLite path by default). One store connection per
    worker thread; ingest is serialised."""
    target = resolve_db(db)
    open_store(target).close()  # create and migrate now: a bad --db fails at start, not per request
    if allow_ingest and not token:
        token = secrets.token_urlsafe(18)
    app = FastAPI(
        title="newsprism",
        version=__version__,
        description="One news story through every outlet that covers it: stories, quotes, comparisons, briefs.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: not offline, not under our CSP
        redoc_url=None,
    )
    app.state.token = token if allow_ingest else None
    app.state.allow_ingest = allow_ingest
    local = _Stores()
    ingest_lock = threading.Lock()

    def store() -> Store:
        if local.store is None:
            local.store = open_store(target)
        return local.store

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        return resp

    def check_token(given: str | None) -> None:
        if not app.state.allow_ingest:
            raise HTTPException(403, "ingest is off: start the server with --allow-ingest")
        if not given or not hmac.compare_digest(given.encode(), app.state.token.encode()):
            raise HTTPException(401, "a valid ingest token is required")

    def story_or_404(sid: str):
        st = store().get_story(sid)
        if st is None:
            raise HTTPException(404, f"no story {sid!r}")
        return st

    def view_or_404(sid: str) -> dict[str, Any]:
        from newsprism.pipeline import story_view

        story_or_404(sid)
        return story_view(store(), sid)

    # ------------------------------------------------------------------ REST API

    @app.get("/api/stories", response_model=StoryPage, tags=["stories"])
    def api_stories(
        q: Annotated[str | None, Query(max_length=200, description="words in a headline or outlet")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}", max_length=30)] = None,
        until: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}", max_length=30)] = None,
        min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
        sort: Annotated[str, Query(pattern="^(latest|covered|earliest)$")] = "latest",
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> StoryPage:
        total, items = store().search_stories(
            StoryQuery(q, outlet, since, until, min_outlets, sort, limit, offset)
        )
        return StoryPage(
            total=total, limit=limit, offset=offset, items=[StoryOut(**s.to_dict()) for s in items]
        )

    @app.get("/api/stories/{story_id}", response_model=StoryOut, tags=["stories"])
    def api_story(story_id: str) -> StoryOut:
        return StoryOut(**story_or_404(story_id).to_dict())

    @app.get("/api/stories/{story_id}/quotes", tags=["stories"])
    def api_story_quotes(story_id: str) -> dict[str, Any]:
        v = view_or_404(story_id)
        return {
            "story_id": story_id,
            "quotes": v["quotes"],
            "quote_groups": v["quote_groups"],
            "cited": v["cited"],
        }

    @app.get("/api/stories/{story_id}/comparison", tags=["stories"])
    def api_story_comparison(story_id: str) -> dict[str, Any]:
        v = view_or_404(story_id)
        if v["comparison"] is None:
            raise HTTPException(404, "this story has one article: nothing to compare")
        return v["comparison"]

    @app.get("/api/stories/{story_id}/brief", tags=["stories"])
    def api_story_brief(story_id: str) -> dict[str, Any]:
        v = view_or_404(story_id)
        st = v["story"]
        b = (v["comparison"] or {}).get("brief") or {
            "sentences": [],
            "only_in": [],
            "key_quotes": [],
            "conflicts": [],
        }
        return {"story_id": story_id, "title": st["title"], "outlets": st["outlets"], **b}

    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def api_articles(
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> ArticlePage:
        s = store()
        items = [
            _article_out(a, s.story_of(a.id))
            for a in s.iter_articles(outlet=outlet, limit=limit, offset=offset)
        ]
        return ArticlePage(total=s.count_articles(), limit=limit, offset=offset, items=items)

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, tags=["articles"])
    def api_article(article_id: str) -> ArticleOut:
        a = store().get_article(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return _article_out(a, store().story_of(a.id), full=True)

    @app.get("/api/articles/{article_id}/versions", response_model=VersionsOut, tags=["articles"])
    def api_article_versions(article_id: str) -> VersionsOut:
        from newsprism.versions import history

        versions = store().article_versions(article_id)
        if not versions:
            raise HTTPException(404, f"no article {article_id!r}")
        return VersionsOut(
            id=article_id,
            versions=[VersionOut(version=v.version, seen_at=v.seen_at, title=v.title, published=v.published,
                                 text=v.text) for v in versions],
            diffs=[d.to_dict() for d in history(versions)],
        )  # fmt: skip

    def do_ingest(uploads: list[tuple[str, bytes]]) -> IngestOut:
        from newsprism.ingest import read_bytes
        from newsprism.pipeline import ingest_articles

        results = [read_bytes(data, name) for name, data in uploads]
        with ingest_lock:
            report = ingest_articles(store(), results)
            assignments = {i: sid for i in dict.fromkeys(report.article_ids) if (sid := store().story_of(i))}
        return IngestOut(
            files=report.files,
            articles_read=report.articles_read,
            added=report.added,
            updated=report.updated,
            duplicates=report.duplicates,
            problems=[p.line() for p in report.problems],
            assignments=assignments,
        )

    async def read_uploads(files: list[UploadFile] | None, text: str | None, meta: dict[str, str]) -> list:
        uploads: list[tuple[str, bytes]] = []
        for f in (files or [])[: MAX_UPLOAD_FILES + 1]:
            if not f.filename:
                continue
            name = _safe_name(f.filename)
            if not name.lower().endswith(UPLOAD_TYPES):
                raise HTTPException(415, f"{name}: not a supported type ({', '.join(UPLOAD_TYPES)})")
            data = await f.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise HTTPException(413, f"{name}: larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB")
            uploads.append((name, data))
        if len(uploads) > MAX_UPLOAD_FILES:
            raise HTTPException(413, f"at most {MAX_UPLOAD_FILES} files at once")
        if text and text.strip():
            if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
                raise HTTPException(413, "pasted text is too long")
            header = "".join(
                f"{k}: {v.strip()}\n" for k, v in meta.items() if v and v.strip() and "\n" not in v
            )
            uploads.append(("pasted.txt", (header + ("\n" if header else "") + text).encode("utf-8")))
        if not uploads:
            raise HTTPException(422, "nothing to ingest: attach files or paste an article")
        return uploads

    @app.post("/api/ingest", response_model=IngestOut, tags=["ingest"])
    async def api_ingest(
        files: Annotated[list[UploadFile] | None, File(description="articles in any input format")] = None,
        text: Annotated[str | None, Form(max_length=5_000_000)] = None,
        title: Annotated[str | None, Form(max_length=500)] = None,
        outlet: Annotated[str | None, Form(max_length=200)] = None,
        url: Annotated[str | None, Form(max_length=2000)] = None,
        published: Annotated[str | None, Form(max_length=40)] = None,
        authorization: Annotated[str | None, Header()] = None,
        token: Annotated[str | None, Form(max_length=200)] = None,
    ) -> IngestOut:
        check_token(_bearer(authorization) or token)
        uploads = await read_uploads(files, text, _meta(title, outlet, url, published))
        return do_ingest(uploads)

    # ------------------------------------------------------------------ pages

    from newsprism.web import pages

    pages.register(app, store, view_or_404, story_or_404, check_token, read_uploads, do_ingest)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str):
        if name not in {p.name for p in STATIC.iterdir()}:  # a fixed list: no path from the request
            raise HTTPException(404)
        return FileResponse(STATIC / name)

    @app.exception_handler(HTTPException)
    async def errors(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        body = pages.render("error.html", status=exc.status_code, detail=str(exc.detail))
        return HTMLResponse(body, status_code=exc.status_code)

    return app


def _article_out(a, story_id: str | None, full: bool = False) -> ArticleOut:
    return ArticleOut(
        id=a.id, title=a.title, outlet=a.outlet, url=a.url, published=a.published, language=a.language,
        author=a.author, story_id=story_id, text=a.text if full else None,
        annotations=[{"kind": x.kind, "start": x.start, "end": x.end, "label": x.label} for x in a.annotations] if full else None,
    )  # fmt: skip


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _meta(title, outlet, url, published) -> dict[str, str]:
    return {"Title": title or "", "Outlet": outlet or "", "URL": url or "", "Published": published or ""}


def _safe_name(filename: str) -> str:
    """A display name for an upload: the last path component, odd characters replaced. It names
    the input in problem reports and picks the reader by extension; it is never opened."""
    base = re.split(r"[\\/]", filename)[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:120] or "upload"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are ever rendered as links (no javascript:, data:, ...)."""
    if not url:
        return None
    try:
        scheme = urlparse(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


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
