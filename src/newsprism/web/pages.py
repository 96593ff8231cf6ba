"""The HTML pages: story list, story, article, ingest. Server-rendered, escaped, script-free
except for the optional upload progress script."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from newsprism.clean import shown_title
from newsprism.models import IGNORED_KINDS, Article
from newsprism.store import StoryQuery
from newsprism.web.common import (
    MAX_PASTE_CHARS,
    MAX_UPLOAD_BYTES,
    PAGE_SIZE,
    UPLOAD_TYPES,
    State,
    StoreDep,
    form_meta,
    form_token,
    highlight,
    ingest_off_loop,
    path_id,
    read_uploads,
    render,
    story_or_404,
    view_or_404,
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

ENTITY_CLASS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


@router.get("/")
def story_list(
    store: StoreDep,
    state: State,
    q: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(max_length=30)] = None,
    until: Annotated[str | None, Query(max_length=30)] = None,
    min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
    sort: Annotated[str, Query(pattern="^(latest|covered|earliest)$")] = "latest",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> str:
    since = since if since and _is_date(since) else None
    until = until if until and _is_date(until) else None
    total, items = store.search_stories(
        StoryQuery(q, outlet, since, until, min_outlets, sort, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    )
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "min_outlets": min_outlets,
              "sort": sort if sort != "latest" else None}  # fmt: skip
    return render(
        "list.html", stories=items, total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
        params=params, q=q or "", outlet=outlet or "", since=since or "", until=until or "",
        min_outlets=min_outlets, sort=sort, allow_ingest=state.allow_ingest,
    )  # fmt: skip


@router.get("/stories/{story_id}")
def story_page(
    story_id: str, store: StoreDep, state: State, joined: Annotated[str | None, Query(max_length=200)] = None
) -> str:
    view = view_or_404(store, story_id)
    st = story_or_404(store, story_id)
    articles = store.get_articles(st.article_ids)
    by_id = {a.id: a for a in articles}
    return render(
        "story.html", st=st, view=view, comp=view["comparison"], by_id=by_id, articles=articles,
        timeline=timeline_svg(articles), joined=joined if joined in by_id else None,
        allow_ingest=state.allow_ingest,
    )  # fmt: skip


@router.get("/articles/{article_id:path}")
def article_page(article_id: str, store: StoreDep, state: State) -> str:
    from newsprism.versions import history

    a = store.get_article(article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id!r}")
    sid = store.story_of(a.id)
    view = view_or_404(store, sid) if sid else None
    quotes = (view or {}).get("quotes", {}).get(a.id, [])
    ents = (view or {}).get("entities", {}).get(a.id, [])
    versions = store.article_versions(a.id)
    return render(
        "article.html", a=a, story_id=sid, quotes=quotes, body=article_html(a, quotes, ents),
        allow_ingest=state.allow_ingest, versions=versions, diffs=history(versions),
    )  # fmt: skip


@router.get("/sources")
def sources_page(store: StoreDep, state: State) -> str:
    return render("sources.html", sources=store.watch_sources(), allow_ingest=state.allow_ingest)


@router.get("/ingest")
def ingest_form(state: State) -> str:
    return _ingest_page(state.allow_ingest, None)


@router.post("/ingest", dependencies=[Depends(form_token)])
async def ingest_post(
    state: State,
    files: Annotated[list[UploadFile] | None, File()] = None,
    text: Annotated[str | None, Form(max_length=MAX_PASTE_CHARS)] = None,
    title: Annotated[str | None, Form(max_length=500)] = None,
    outlet: Annotated[str | None, Form(max_length=200)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    published: Annotated[str | None, Form(max_length=40)] = None,
) -> Response:
    uploads = await read_uploads(files, text, form_meta(title, outlet, url, published))
    result = await ingest_off_loop(state, uploads)
    sids = list(dict.fromkeys(result.assignments.values()))
    if len(sids) == 1 and not result.problems:
        aid = next(iter(result.assignments))
        return RedirectResponse(f"/stories/{path_id(sids[0])}?joined={path_id(aid)}", status_code=303)
    return HTMLResponse(_ingest_page(True, result))


def _ingest_page(allow_ingest: bool, result: Any) -> str:
    return render("ingest.html", allow_ingest=allow_ingest, types=", ".join(UPLOAD_TYPES),
                  max_mb=MAX_UPLOAD_BYTES // (1024 * 1024), result=result)  # fmt: skip


def _is_date(s: str) -> bool:
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", s))


def article_html(a: Article, quotes: list[dict[str, Any]], entities: list[list[Any]]) -> Markup:
    """The article's stored text with quotes, speakers' cues and entities highlighted and ignored
    boilerplate greyed, as escaped markup."""
    spans: list[tuple[int, int, str, str]] = []
    for x in a.annotations:
        if x.kind in IGNORED_KINDS:
            spans.append((x.start, x.end, f"ign ign-{x.kind}", f"ignored: {x.kind}"))
    for q in quotes:
        who = q["speaker"]["name"] or q["speaker"]["description"] or "unknown speaker"
        for c in q["content"]:
            spans.append((c["start"], c["end"], f"q q-{q['kind']}", f"{q['kind']} quote: {who}"))
        if q["source"]:
            spans.append((q["source"]["start"], q["source"]["end"], "src", f"speaker: {who}"))
        if q["cue"]:
            spans.append((q["cue"]["start"], q["cue"]["end"], "cue", "attribution cue"))
    for s, e, label in entities:
        spans.append((s, e, f"ent ent-{ENTITY_CLASS.get(label, 'other')}", label.lower()))
    return highlight(a.text, spans)


def timeline_svg(articles: Sequence[Article]) -> Markup:
    """Coverage over time: one row per outlet, a dot per article at its publication time."""
    from datetime import datetime

    from newsprism.report import when

    pts = []
    for a in articles:
        try:
            pts.append((datetime.fromisoformat((a.published or "").replace("Z", "+00:00")).timestamp(), a))
        except ValueError:
            continue
    if not pts:
        return Markup('<p class="meta">No publication times to plot.</p>')
    outlets = list(dict.fromkeys(a.outlet or "unknown" for _, a in sorted(pts, key=lambda p: p[0])))
    t0, t1 = min(t for t, _ in pts), max(t for t, _ in pts)
    span = max(t1 - t0, 3600.0)
    left, width, row = 170, 560, 26
    height = 30 + row * len(outlets) + 30
    out = ['<div class="timeline-wrap" tabindex="0" aria-label="coverage timeline (scrolls sideways)">',
           f'<svg class="timeline" viewBox="0 0 {left + width + 30} {height}" role="img" '
           f'aria-label="articles per outlet over time" xmlns="http://www.w3.org/2000/svg">']  # fmt: skip
    for k, o in enumerate(outlets):
        y = 30 + k * row
        out.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{escape(o[:24])}</text>'
                   f'<line x1="{left}" y1="{y}" x2="{left + width}" y2="{y}" class="grid"/>')  # fmt: skip
    for t, a in pts:
        x = left + width * (t - t0) / span
        y = 30 + outlets.index(a.outlet or "unknown") * row
        out.append(f'<a href="/articles/{escape(path_id(a.id))}"><circle cx="{x:.1f}" cy="{y}" r="6">'
                   f"<title>{escape(a.outlet or '')}: {escape(shown_title(a))} ({escape(when(a.published))})</title>"
                   "</circle></a>")  # fmt: skip
    yb = height - 12
    first = min(pts, key=lambda p: p[0])[1]
    out.append(f'<text x="{left}" y="{yb}">{escape(when(first.published))}</text>')
    last = max(pts, key=lambda p: p[0])[1]
    out.append(f'<text x="{left + width}" y="{yb}" text-anchor="end">{escape(when(last.published))}</text>')
    out.append("</svg></div>")
    return Markup("".join(out))
