"""The storage interface. The pipeline talks only to :class:`Store`; SQLite implements it today,
and another engine (Postgres) implements the same methods with the same migrations."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from newsprism.models import Article, Story


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one article offered to the store."""

    id: str  # the stored id (the existing one for a duplicate)
    status: str  # "added" | "duplicate"
    reason: str | None = None  # for duplicates: "same url", "same text", "same id"


class Store(abc.ABC):
    """A store of articles and the analysis derived from them."""

    @abc.abstractmethod
    def add_articles(self, articles: Sequence[Article]) -> list[AddResult]:
        """Store a batch in one transaction. An article already stored (same URL, same normalised
        text, or same id) changes nothing and is reported as a duplicate of the stored one."""

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
    def get_story(self, story_id: str) -> Story | None: ...

    @abc.abstractmethod
    def story_of(self, article_id: str) -> str | None: ...

    @abc.abstractmethod
    def schema_version(self) -> int: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
