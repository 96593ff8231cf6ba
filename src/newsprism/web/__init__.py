"""The web app and REST API (FastAPI): ``newsprism serve`` or ``create_app(db=...)``.

Pages render server-side with Jinja2 autoescaping (every article-derived string is escaped; no
article text is ever marked safe), under a Content-Security-Policy that allows only this site's
own script and styles. The one script (upload progress) is optional: every page works without it.

Write endpoints (``POST /ingest``, ``POST /api/ingest``) exist only when the app is created with
``allow_ingest=True`` and then need the token (``Authorization: Bearer ...`` or a ``token`` form
field). Uploads are read in memory, checked for size and type, and parsed by name only: no path
from a request ever reaches the file system.

Modules: ``common`` (limits, per-app state, the store and token dependencies, uploads, rendering
helpers), ``api`` (the ``/api`` router and its response models), ``pages`` (the HTML router).
Both routers import ``common`` only; this module puts them together.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from newsprism import __version__
from newsprism.store import open_store, resolve_db
from newsprism.web import api, pages
from newsprism.web.common import CSP, STATIC, AppState, IngestGuard, render

__all__ = ["CSP", "create_app"]


def create_app(db: str | None = None, *, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    """The app over the store ``db`` names (a SQLite path by default). One store connection per
    worker thread; ingest is serialised. With ``allow_ingest`` and no ``token``, one is drawn."""
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
    app.state.newsprism = AppState(target, allow_ingest=allow_ingest, token=token)
    app.state.token = app.state.newsprism.token  # what `newsprism serve` prints
    app.add_middleware(IngestGuard)  # inside the security headers: its answers carry them too
    app.middleware("http")(_security_headers)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_api_route("/static/{name}", _static, include_in_schema=False)
    app.add_exception_handler(HTTPException, _errors)  # type: ignore[arg-type]
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    resp = await call_next(request)
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


def _static(name: str) -> FileResponse:
    if name not in {p.name for p in STATIC.iterdir()}:  # a fixed list: no path from the request
        raise HTTPException(404)
    return FileResponse(STATIC / name)


async def _errors(request: Request, exc: HTTPException) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    body = render("error.html", status=exc.status_code, detail=str(exc.detail))
    return HTMLResponse(body, status_code=exc.status_code)
