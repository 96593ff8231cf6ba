"""The REST API (``/api/...``): JSON in the documented shapes, typed by the response models."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, UploadFile
from pydantic import BaseModel, Field

from newsprism.compare.brief import EMPTY_BRIEF
from newsprism.models import Article
from newsprism.store import StoryQuery
from newsprism.web.common import (
    MAX_PASTE_CHARS,
    IngestOut,
    State,
    StoreDep,
    api_token,
    form_meta,
    ingest_off_loop,
    read_uploads,
    story_or_404,
    view_or_404,
)

router = APIRouter(prefix="/api")


class ErrorOut(BaseModel):
    detail: str = Field(description="what went wrong, in words")


NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "no such story or article"}
}
INGEST_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "a valid ingest token is required"},
    403: {"model": ErrorOut, "description": "ingest is off (start the server with --allow-ingest)"},
    413: {"model": ErrorOut, "description": "a file, the pasted text or the whole body is too large"},
    415: {"model": ErrorOut, "description": "a file of a type newsprism does not read"},
    422: {"description": "nothing to ingest (`{detail: str}`), or a field that fails validation "
                         "(`{detail: [{loc, msg, type}]}`)"},
}  # fmt: skip


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

    @classmethod
    def of(cls, a: Article, story_id: str | None, full: bool = False) -> ArticleOut:
        notes = [{"kind": x.kind, "start": x.start, "end": x.end, "label": x.label} for x in a.annotations]
        return cls(
            id=a.id, title=a.title, outlet=a.outlet, url=a.url, published=a.published, language=a.language,
            author=a.author, story_id=story_id, text=a.text if full else None, annotations=notes if full else None,
        )  # fmt: skip


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


@router.get("/stories", response_model=StoryPage, tags=["stories"])
def api_stories(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="words in a headline or outlet")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}", max_length=30)] = None,
    until: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}", max_length=30)] = None,
    min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
    sort: Annotated[str, Query(pattern="^(latest|covered|earliest)$")] = "latest",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> StoryPage:
    total, items = store.search_stories(StoryQuery(q, outlet, since, until, min_outlets, sort, limit, offset))
    return StoryPage(total=total, limit=limit, offset=offset, items=[StoryOut(**s.to_dict()) for s in items])


@router.get("/stories/{story_id}", response_model=StoryOut, tags=["stories"], responses=NOT_FOUND)
def api_story(story_id: str, store: StoreDep) -> StoryOut:
    return StoryOut(**story_or_404(store, story_id).to_dict())


@router.get("/stories/{story_id}/quotes", tags=["stories"], responses=NOT_FOUND)
def api_story_quotes(story_id: str, store: StoreDep) -> dict[str, Any]:
    v = view_or_404(store, story_id)
    return {
        "story_id": story_id,
        "quotes": v["quotes"],
        "quote_groups": v["quote_groups"],
        "cited": v["cited"],
    }


@router.get("/stories/{story_id}/comparison", tags=["stories"], responses=NOT_FOUND)
def api_story_comparison(story_id: str, store: StoreDep) -> dict[str, Any]:
    v = view_or_404(store, story_id)
    if v["comparison"] is None:
        raise HTTPException(404, "this story has one article: nothing to compare")
    comparison: dict[str, Any] = v["comparison"]
    return comparison


@router.get("/stories/{story_id}/brief", tags=["stories"], responses=NOT_FOUND)
def api_story_brief(story_id: str, store: StoreDep) -> dict[str, Any]:
    v = view_or_404(store, story_id)
    st = v["story"]
    b = (v["comparison"] or {}).get("brief") or EMPTY_BRIEF
    return {"story_id": story_id, "title": st["title"], "outlets": st["outlets"], **b}


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def api_articles(
    store: StoreDep,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ArticlePage:
    items = [
        ArticleOut.of(a, store.story_of(a.id))
        for a in store.iter_articles(outlet=outlet, limit=limit, offset=offset)
    ]
    return ArticlePage(total=store.count_articles(), limit=limit, offset=offset, items=items)


@router.get(
    "/articles/{article_id:path}/versions", response_model=VersionsOut, tags=["articles"], responses=NOT_FOUND
)
def api_article_versions(article_id: str, store: StoreDep) -> VersionsOut:
    from newsprism.versions import history

    versions = store.article_versions(article_id)
    if not versions:
        raise HTTPException(404, f"no article {article_id!r}")
    return VersionsOut(
        id=article_id,
        versions=[
            VersionOut(
                version=v.version, seen_at=v.seen_at, title=v.title, published=v.published, text=v.text
            )
            for v in versions
        ],
        diffs=[d.to_dict() for d in history(versions)],
    )


@router.get("/articles/{article_id:path}", response_model=ArticleOut, tags=["articles"], responses=NOT_FOUND)
def api_article(article_id: str, store: StoreDep) -> ArticleOut:
    a = store.get_article(article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return ArticleOut.of(a, store.story_of(a.id), full=True)


class SourceOut(BaseModel):
    url: str
    outlet: str | None
    last_poll: str | None
    last_ok: str | None
    polls: int
    new_articles: int
    updated_articles: int
    errors: int
    last_error: str | None


@router.get("/sources", response_model=list[SourceOut], tags=["sources"])
def api_sources(store: StoreDep) -> list[SourceOut]:
    """The feeds and sitemaps `newsprism watch` follows, with their last poll and counts."""
    return [SourceOut(**{k: getattr(s, k) for k in SourceOut.model_fields}) for s in store.watch_sources()]


@router.post(
    "/ingest",
    response_model=IngestOut,
    tags=["ingest"],
    dependencies=[Depends(api_token)],
    responses=INGEST_ERRORS,
)
async def api_ingest(
    state: State,
    files: Annotated[list[UploadFile] | None, File(description="articles in any input format")] = None,
    text: Annotated[str | None, Form(max_length=MAX_PASTE_CHARS)] = None,
    title: Annotated[str | None, Form(max_length=500)] = None,
    outlet: Annotated[str | None, Form(max_length=200)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    published: Annotated[str | None, Form(max_length=40)] = None,
) -> IngestOut:
    uploads = await read_uploads(files, text, form_meta(title, outlet, url, published))
    return await ingest_off_loop(state, uploads)
