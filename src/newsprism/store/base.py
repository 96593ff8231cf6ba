"""The storage interface. The pipeline talks only to :class:`Store`; SQLite implements it today,
and another engine (Postgres) implements the same methods with the same migrations."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from newsprism.models import Article, Story


@dataclass(slots=True)
class WatchSource:
    """A source `newsprism watch` polls, with its HTTP validators and running counts."""

    url: str
    outlet: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_ok: str | None = None
    polls: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    errors: int = 0
    last_error: str | None = None


@dataclass(slots=True)
class WatchPage:
    """A page `newsprism watch` fetched: its validators for the next conditional GET."""

    url: str
    source: str
    etag: str | None = None
    last_modified: str | None = None
    first_seen: str = ""
    last_fetch: str | None = None
    status: int | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one article offered to the store."""

    id: str  # the stored id (the existing one for a duplicate)
    status: str  # "added" | "updated" (a new version of a stored article) | "duplicate"
    reason: str | None = None  # "same text", "earlier version"; for updates: "same url" | "same id"


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """One stored version of an article's text (version 1 is the first seen)."""

    version: int
    title: str | None
    text: str
    published: str | None
    seen_at: str  # when the store first saw this text (UTC, ISO 8601)


@dataclass(frozen=True, slots=True)
class Pending:
    """A stored article in no story yet, with what orders it in the stream."""

    id: str
    published: str | None
    ingested_at: str
    seq: int


@dataclass(frozen=True, slots=True)
class EngineState:
    """The story engine's saved state: ``data`` is opaque to the store; ``generation`` counts saves."""

    generation: int
    articles: int  # articles the engine has assigned
    clock: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """A page of the story list: free-text search, filters and a sort order."""

    q: str | None = None  # words that must all appear in the title, a member headline or an outlet
    outlet: str | None = None
    since: str | None = None  # last published at or after (ISO 8601 date or time)
    until: str | None = None  # first published at or before
    min_outlets: int = 1
    sort: str = "latest"  # latest | covered | earliest
    limit: int = 50
    offset: int = 0


class Store(abc.ABC):
    """A store of articles and the analysis derived from them."""

    @abc.abstractmethod
    def add_articles(self, articles: Sequence[Article]) -> list[AddResult]:
        """Store a batch in one transaction. A text already stored (the normalised text of any
        article's current or earlier version) changes nothing and is reported as a duplicate. The
        same URL or id with a new text is a new version: the article now shows it, the earlier one
        is kept (:meth:`article_versions`), and its story's cached analysis is dropped."""

    @abc.abstractmethod
    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        """Every stored version of an article, oldest first (empty for an unknown id)."""

    @abc.abstractmethod
    def pending_articles(self) -> list[Pending]:
        """Stored articles that belong to no story, in ingest order."""

    @abc.abstractmethod
    def assignments(self) -> list[tuple[Pending, str]]:
        """Every stored article in a story, with its story id, in ingest order."""

    @abc.abstractmethod
    def load_engine(self, name: str) -> EngineState | None: ...

    @abc.abstractmethod
    def engine_generation(self, name: str) -> tuple[int, int] | None:
        """``(generation, articles)`` of a saved engine state, without reading the state itself."""

    @abc.abstractmethod
    def last_member(self, story_id: str) -> str | None:
        """The id of the last member of stored story ``story_id`` (no alias followed)."""

    @abc.abstractmethod
    def commit_stories(
        self,
        stories: Sequence[Story],
        engine: tuple[str, int, EngineState] | None = None,
        appends: Sequence[Story] = (),
        aliases: Sequence[tuple[str, str]] = (),
    ) -> bool:
        """Save ``stories`` and, in the same transaction, the engine state ``(name, expected
        generation, state)``. When the stored generation is not the expected one (another writer
        moved on), nothing is written and False is returned. ``appends`` are records of stored
        stories holding only new members (in no story yet, published no earlier than the
        story's last member): they are added after the stored ones. ``aliases`` are ``(retired
        id, surviving id)`` of merged stories (:meth:`alias_story`), whose members ``stories``
        has moved."""

    @abc.abstractmethod
    def stories_between(self, since: str, until: str, limit: int = 200) -> list[Story]:
        """Stories with an article published in ``[since, until]`` (ISO 8601), latest first."""

    @abc.abstractmethod
    def alias_story(self, old_id: str, story_id: str) -> None:
        """Make ``old_id`` resolve to ``story_id`` (a merged story's id keeps working)."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles in the order of ``ids`` (unknown ids skipped)."""

    @abc.abstractmethod
    def iter_articles(
        self, outlet: str | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[Article]:
        """Articles in ingest order."""

    @abc.abstractmethod
    def count_articles(self) -> int: ...

    @abc.abstractmethod
    def save_stories(self, stories: Iterable[Story]) -> None:
        """Insert or replace stories (and their membership) in one transaction."""

    @abc.abstractmethod
    def list_stories(self) -> list[Story]: ...

    @abc.abstractmethod
    def get_story(self, story_id: str) -> Story | None:
        """The story with this id, or with the id it was merged into (aliases are followed)."""

    @abc.abstractmethod
    def story_of(self, article_id: str) -> str | None: ...

    @abc.abstractmethod
    def search_stories(self, query: StoryQuery) -> tuple[int, list[Story]]:
        """One page of stories matching ``query`` and the total number matching."""

    @abc.abstractmethod
    def articles_since(self, published: str) -> list[Article]:
        """Articles published at or after ``published`` (ISO 8601), in published order."""

    @abc.abstractmethod
    def save_story_analysis(self, story_id: str, version: str, data: dict) -> None:
        """Cache a story's analysis (quotes, comparison, brief) until its membership changes."""

    @abc.abstractmethod
    def get_story_analysis(self, story_id: str, version: str) -> dict | None:
        """The cached analysis, if one was saved by this ``version`` since the story last changed."""

    @abc.abstractmethod
    def watch_sources(self) -> list[WatchSource]:
        """Every source `newsprism watch` has polled, by URL."""

    @abc.abstractmethod
    def save_watch_source(self, source: WatchSource) -> None:
        """Insert or replace a source's state (its own transaction)."""

    @abc.abstractmethod
    def watch_page(self, url: str) -> WatchPage | None:
        """What `watch` knows of a page it fetched before, or None."""

    @abc.abstractmethod
    def save_watch_pages(self, pages: Sequence[WatchPage]) -> None:
        """Insert or replace pages' states in one transaction."""

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
