"""Storage: an interface (:class:`Store`) and its backends, chosen by a URL or path."""

from __future__ import annotations

import os

from newsprism.store.base import (
    AddResult,
    ArticleVersion,
    EngineState,
    Pending,
    Store,
    StoryQuery,
    WatchPage,
    WatchSource,
)
from newsprism.store.sqlite import SQLiteStore

DEFAULT_DB = "newsprism.db"


def resolve_db(db: str | None) -> str:
    """``--db`` if given, else ``$NEWSPRISM_DB``, else ``./newsprism.db``."""
    return db or os.environ.get("NEWSPRISM_DB") or DEFAULT_DB


def open_store(db: str | None = None) -> Store:
    """Open the store a path or URL names: a file path or ``sqlite:///path`` for SQLite."""
    target = resolve_db(db)
    if target.startswith(("postgresql://", "postgres://")):
        try:
            from newsprism.store.postgres import PostgresStore
        except ImportError as exc:  # psycopg is an optional dependency
            raise ValueError("the Postgres backend needs psycopg: pip install 'newsprism[postgres]'") from exc
        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target.removeprefix("sqlite:///")
    return SQLiteStore(target)


__all__ = [
    "AddResult",
    "ArticleVersion",
    "EngineState",
    "Pending",
    "DEFAULT_DB",
    "SQLiteStore",
    "Store",
    "StoryQuery",
    "WatchPage",
    "WatchSource",
    "open_store",
    "resolve_db",
]
