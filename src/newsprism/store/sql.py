"""The store's SQL, shared by the SQLite and Postgres backends: the same migrations, queries and
transaction boundaries (one per batch). A backend supplies the connection (``?`` placeholders;
rows indexable by position and by name), how a write transaction begins, and "no limit"."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import astuple
from datetime import UTC, datetime
from typing import Any

from newsprism.ingest import text_key
from newsprism.models import Annotation, Article, Story
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
from newsprism.store.migrations import MIGRATIONS

_ART_COLS = "id, url, outlet, title, text, published, language, author, source"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_hash(text: str) -> str:
    return hashlib.sha1(text_key(text).encode("utf-8")).hexdigest()


class SQLStore(Store):
    """Everything but the connection. Subclasses set ``self.conn`` and call ``self._open()``."""

    BEGIN = "BEGIN"
    NO_LIMIT: int | None = None
    conn: Any  # a DB-API connection (sqlite3, or psycopg through store.postgres)

    def _open(self) -> None:
        self._migrate()
        stale = [r[0] for r in self.conn.execute("SELECT id FROM stories WHERE search_text IS NULL")]
        if stale:  # stories stored before migration 3
            self.conn.execute(self.BEGIN)
            self._reindex(stale)
            self.conn.execute("COMMIT")

    def _before_migrate(self) -> None:
        """Hook: serialise concurrent migrations (Postgres takes an advisory lock)."""

    def _lock_articles(self) -> None:
        """Hook: serialise concurrent writers of ``articles.seq`` (SQLite's BEGIN IMMEDIATE does)."""

    # ------------------------------------------------------------------ schema

    def _migrate(self) -> None:
        c = self.conn
        c.execute(self.BEGIN)
        try:
            self._before_migrate()
            c.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            have = {r[0] for r in c.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in MIGRATIONS:
                if version in have:
                    continue
                for stmt in filter(str.strip, sql.split(";")):
                    c.execute(stmt)
                c.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]

    # ------------------------------------------------------------------ articles

    def _existing(self, art: Article, h: str) -> AddResult | None:
        """A stored article this one is (a duplicate: same text as any version) or updates (same
        URL or id, new text: status "updated", applied by the caller)."""
        c = self.conn
        row = c.execute("SELECT id FROM articles WHERE text_hash = ?", (h,)).fetchone()
        if row:
            return AddResult(row[0], "duplicate", "same text")
        row = c.execute("SELECT article_id FROM article_versions WHERE text_hash = ?", (h,)).fetchone()
        if row:
            return AddResult(row[0], "duplicate", "earlier version")
        if art.url:
            row = c.execute("SELECT id FROM articles WHERE url = ?", (art.url,)).fetchone()
            if row:
                return AddResult(row[0], "updated", "same url")
        row = c.execute("SELECT id FROM articles WHERE id = ?", (art.id,)).fetchone()
        if row:
            return AddResult(row[0], "updated", "same id")
        return None

    def _new_version(self, stored_id: str, art: Article, h: str, now: str) -> None:
        """Keep the stored text as an earlier version and show ``art``'s (inside the transaction)."""
        c = self.conn
        cur = c.execute(
            "SELECT version, title, text, published, text_hash, ingested_at, updated_at FROM articles WHERE id = ?",
            (stored_id,),
        ).fetchone()
        c.execute(
            "INSERT INTO article_versions (article_id, version, title, text, published, text_hash, seen_at) "
            "VALUES (?,?,?,?,?,?,?)",
            (stored_id, cur["version"], cur["title"], cur["text"], cur["published"], cur["text_hash"],
             cur["updated_at"] or cur["ingested_at"]),
        )  # fmt: skip
        c.execute(
            "UPDATE articles SET text = ?, title = ?, published = COALESCE(?, published), "
            "outlet = COALESCE(?, outlet), author = COALESCE(?, author), language = COALESCE(?, language), "
            "source = COALESCE(?, source), text_hash = ?, version = ?, updated_at = ? WHERE id = ?",
            (art.text, art.title if art.title is not None else cur["title"], art.published, art.outlet,
             art.author, art.language, art.source, h, cur["version"] + 1, now, stored_id),
        )  # fmt: skip
        c.execute("DELETE FROM annotations WHERE article_id = ?", (stored_id,))
        c.executemany(
            "INSERT INTO annotations (article_id, kind, start_pos, end_pos, label) VALUES (?,?,?,?,?)",
            [(stored_id, a.kind, a.start, a.end, a.label) for a in art.annotations],
        )
        self._reindex(
            [
                r[0]
                for r in c.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (stored_id,))
            ]
        )  # its story's cached analysis is stale now

    def add_articles(self, articles: Sequence[Article]) -> list[AddResult]:
        c = self.conn
        results: list[AddResult] = []
        c.execute(self.BEGIN)
        try:
            self._lock_articles()
            seq = c.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
            now = _now()
            for art in articles:
                h = text_hash(art.text)
                known = self._existing(art, h)
                if known and known.status == "updated":
                    self._new_version(known.id, art, h, now)
                if known:
                    results.append(known)
                    continue
                seq += 1
                c.execute(
                    f"INSERT INTO articles ({_ART_COLS}, seq, text_hash, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (art.id, art.url, art.outlet, art.title, art.text, art.published, art.language, art.author,
                     art.source, seq, h, now),
                )  # fmt: skip
                c.executemany(
                    "INSERT INTO annotations (article_id, kind, start_pos, end_pos, label) VALUES (?,?,?,?,?)",
                    [(art.id, a.kind, a.start, a.end, a.label) for a in art.annotations],
                )
                c.execute("INSERT INTO pending_articles (article_id) VALUES (?)", (art.id,))
                results.append(AddResult(art.id, "added"))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return results

    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        c = self.conn
        rows = c.execute(
            "SELECT version, title, text, published, seen_at FROM article_versions WHERE article_id = ? "
            "ORDER BY version",
            (article_id,),
        ).fetchall()
        cur = c.execute(
            "SELECT version, title, text, published, COALESCE(updated_at, ingested_at) AS seen FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if cur is None:
            return []
        out = [
            ArticleVersion(r["version"], r["title"], r["text"], r["published"], r["seen_at"]) for r in rows
        ]
        return [
            *out,
            ArticleVersion(cur["version"], cur["title"], cur["text"], cur["published"], cur["seen"]),
        ]

    def pending_articles(self) -> list[Pending]:
        rows = self.conn.execute(
            "SELECT a.id, a.published, a.ingested_at, a.seq FROM pending_articles p "
            "JOIN articles a ON a.id = p.article_id"
        ).fetchall()  # sorted here: ORDER BY a.seq would have SQLite walk every article by seq
        return sorted((Pending(r[0], r[1], r[2], r[3]) for r in rows), key=lambda p: p.seq)

    def assignments(self) -> list[tuple[Pending, str]]:
        rows = self.conn.execute(
            "SELECT a.id, a.published, a.ingested_at, a.seq, sa.story_id FROM articles a "
            "JOIN story_articles sa ON sa.article_id = a.id ORDER BY a.seq"
        ).fetchall()
        return [(Pending(r[0], r[1], r[2], r[3]), r[4]) for r in rows]

    def engine_generation(self, name: str) -> tuple[int, int] | None:
        row = self.conn.execute(
            "SELECT generation, articles FROM engine_state WHERE name = ?", (name,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def last_member(self, story_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position DESC LIMIT 1",
            (story_id,),
        ).fetchone()
        return row[0] if row else None

    def load_engine(self, name: str) -> EngineState | None:
        row = self.conn.execute(
            "SELECT generation, articles, clock, data FROM engine_state WHERE name = ?", (name,)
        ).fetchone()
        return EngineState(row[0], row[1], row[2], bytes(row[3])) if row else None

    def commit_stories(
        self,
        stories: Sequence[Story],
        engine: tuple[str, int, EngineState] | None = None,
        appends: Sequence[Story] = (),
        aliases: Sequence[tuple[str, str]] = (),
    ) -> bool:
        c = self.conn
        c.execute(self.BEGIN)
        try:
            if engine is not None:
                name, expected, st = engine
                if expected == 0:
                    cur = c.execute(
                        "INSERT INTO engine_state (name, generation, articles, clock, data, updated_at) "
                        "VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO NOTHING",
                        (name, st.generation, st.articles, st.clock, st.data, _now()),
                    )
                else:
                    cur = c.execute(
                        "UPDATE engine_state SET generation = ?, articles = ?, clock = ?, data = ?, updated_at = ? "
                        "WHERE name = ? AND generation = ?",
                        (st.generation, st.articles, st.clock, st.data, _now(), name, expected),
                    )
                if cur.rowcount != 1:
                    c.execute("ROLLBACK")
                    return False
            self._write_stories(stories)
            self._append_stories(appends)
            for old_id, story_id in aliases:
                self._alias(old_id, story_id)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return True

    def stories_between(self, since: str, until: str, limit: int = 200) -> list[Story]:
        return self._stories(
            "WHERE id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            "WHERE a.published >= ? AND a.published <= ?)",
            (since, until, limit, 0),
            order="last_published DESC, id",
            page=True,
        )

    def alias_story(self, old_id: str, story_id: str) -> None:
        c = self.conn
        c.execute(self.BEGIN)
        try:
            self._alias(old_id, story_id)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _alias(self, old_id: str, story_id: str) -> None:
        """``old_id`` and every id already redirected to it now resolve to ``story_id`` (inside
        the caller's transaction)."""
        c = self.conn
        c.execute("UPDATE story_aliases SET story_id = ? WHERE story_id = ?", (story_id, old_id))
        c.execute(
            "INSERT INTO story_aliases (old_id, story_id) VALUES (?, ?) "
            "ON CONFLICT(old_id) DO UPDATE SET story_id = excluded.story_id",
            (old_id, story_id),
        )

    def _load(self, rows: list) -> list[Article]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        anns: dict[str, list[Annotation]] = {i: [] for i in ids}
        for chunk in _chunks(ids, 500):
            q = f"SELECT article_id, kind, start_pos, end_pos, label FROM annotations WHERE article_id IN ({','.join('?' * len(chunk))}) ORDER BY start_pos, end_pos"
            for a in self.conn.execute(q, chunk):
                anns[a[0]].append(Annotation(a[1], a[2], a[3], a[4]))
        return [
            Article(
                text=r["text"], id=r["id"], title=r["title"], url=r["url"], outlet=r["outlet"],
                published=r["published"], language=r["language"], author=r["author"], source=r["source"],
                annotations=anns[r["id"]],
            )
            for r in rows
        ]  # fmt: skip

    def get_article(self, article_id: str) -> Article | None:
        rows = self.conn.execute(f"SELECT {_ART_COLS} FROM articles WHERE id = ?", (article_id,)).fetchall()
        got = self._load(rows)
        return got[0] if got else None

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        found: dict[str, Article] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), 500):
            q = f"SELECT {_ART_COLS} FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
            for a in self._load(self.conn.execute(q, chunk).fetchall()):
                found[a.id] = a
        return [found[i] for i in ids if i in found]

    def iter_articles(
        self, outlet: str | None = None, limit: int | None = None, offset: int = 0
    ) -> Iterator[Article]:
        where = "WHERE outlet = ?" if outlet else ""
        params: list[Any] = [outlet] if outlet else []
        q = f"SELECT {_ART_COLS} FROM articles {where} ORDER BY seq LIMIT ? OFFSET ?"
        params += [self.NO_LIMIT if limit is None else limit, offset]
        cur = self.conn.execute(q, params)
        while rows := cur.fetchmany(500):
            yield from self._load(rows)

    def count_articles(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------------ stories

    def save_stories(self, stories: Iterable[Story]) -> None:
        c = self.conn
        c.execute(self.BEGIN)
        try:
            self._write_stories(stories)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _write_stories(self, stories: Iterable[Story]) -> None:
        """Insert or replace stories and their membership (inside the caller's transaction)."""
        c = self.conn
        now = _now()
        touched: set[str] = set()
        dropped: set[str] = set()
        for s in stories:
            touched.add(s.id)
            dropped.update(
                r[0] for r in c.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (s.id,))
            )
            touched.update(
                r[0]
                for r in c.execute(
                    f"SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({','.join('?' * len(s.article_ids))})",
                    s.article_ids,
                )
            )  # stories losing an article to this one change too
            c.execute("DELETE FROM story_articles WHERE story_id = ?", (s.id,))
            c.execute(
                "INSERT INTO stories (id, title, first_published, last_published, updated_at) VALUES (?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET title=excluded.title, first_published=excluded.first_published, "
                "last_published=excluded.last_published, updated_at=excluded.updated_at",
                (s.id, s.title, s.first_published, s.last_published, now),
            )
            for pos, aid in enumerate(s.article_ids):
                c.execute("DELETE FROM story_articles WHERE article_id = ?", (aid,))
                c.execute(
                    "INSERT INTO story_articles (story_id, article_id, position, duplicate_of) VALUES (?,?,?,?)",
                    (s.id, aid, pos, s.duplicates.get(aid)),
                )
            c.executemany("DELETE FROM pending_articles WHERE article_id = ?", [(a,) for a in s.article_ids])
        for aid in dropped:  # an article a rewrite left out of every story waits for one again
            if not c.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (aid,)).fetchone():
                c.execute(
                    "INSERT INTO pending_articles (article_id) VALUES (?) ON CONFLICT (article_id) DO NOTHING",
                    (aid,),
                )
        emptied = [
            t
            for t in touched
            if not c.execute("SELECT 1 FROM story_articles WHERE story_id = ?", (t,)).fetchone()
        ]
        for sid in emptied:
            c.execute("DELETE FROM stories WHERE id = ?", (sid,))
        self._reindex(touched - set(emptied))

    def _append_stories(self, appends: Sequence[Story]) -> None:
        """Add members after the stored ones of existing stories (inside the caller's transaction):
        each record holds only the new members, all in no story yet and published no earlier than
        the story's last member, so the result is the record a full rewrite would give, at a cost
        that does not grow with the story."""
        c = self.conn
        now = _now()
        for s in appends:
            row = c.execute(
                "SELECT first_published, last_published, outlets, search_text FROM stories WHERE id = ?",
                (s.id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no stored story {s.id} to append to")
            pos = c.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM story_articles WHERE story_id = ?", (s.id,)
            ).fetchone()[0]
            c.executemany(
                "INSERT INTO story_articles (story_id, article_id, position, duplicate_of) VALUES (?,?,?,?)",
                [(s.id, aid, pos + k, s.duplicates.get(aid)) for k, aid in enumerate(s.article_ids)],
            )
            c.executemany("DELETE FROM pending_articles WHERE article_id = ?", [(a,) for a in s.article_ids])
            titles = [
                r[0] or ""
                for r in c.execute(
                    f"SELECT title FROM articles WHERE id IN ({','.join('?' * len(s.article_ids))})",
                    s.article_ids,
                )
            ]
            outlets = list(dict.fromkeys([*filter(None, (row[2] or "").split("|")), *s.outlets]))
            dated = [d for d in (row[0], row[1], s.first_published, s.last_published) if d]
            search = (row[3] or " ").rstrip() + " " + " ".join(_words(" ".join([*titles, *s.outlets]))) + " "
            c.execute(
                "UPDATE stories SET first_published = ?, last_published = ?, updated_at = ?, "
                "n_articles = n_articles + ?, n_outlets = ?, outlets = ?, search_text = ? WHERE id = ?",
                (min(dated) if dated else None, max(dated) if dated else None, now, len(s.article_ids),
                 len(outlets), "|" + "|".join(outlets) + "|", search, s.id),
            )  # fmt: skip
            c.execute("DELETE FROM story_analysis WHERE story_id = ?", (s.id,))

    def _stories(
        self,
        where: str = "",
        params: Sequence[object] = (),
        order: str = "first_published, id",
        page: bool = False,
    ) -> list[Story]:
        limit = " LIMIT ? OFFSET ?" if page else ""
        rows = self.conn.execute(
            f"SELECT id, title, first_published, last_published FROM stories {where} ORDER BY {order}{limit}",
            params,
        ).fetchall()
        out = []
        for r in rows:
            members = self.conn.execute(
                "SELECT sa.article_id, sa.duplicate_of, a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                "WHERE sa.story_id = ? ORDER BY sa.position",
                (r["id"],),
            ).fetchall()
            outlets = list(dict.fromkeys(m["outlet"] for m in members if m["outlet"]))
            out.append(
                Story(
                    id=r["id"], article_ids=[m["article_id"] for m in members], title=r["title"], outlets=outlets,
                    first_published=r["first_published"], last_published=r["last_published"],
                    duplicates={m["article_id"]: m["duplicate_of"] for m in members if m["duplicate_of"]},
                )
            )  # fmt: skip
        return out

    def _reindex(self, story_ids: Iterable[str]) -> None:
        """Refresh the story-list columns (counts, outlets, search text) of these stories and drop
        their cached analyses (inside the caller's transaction)."""
        c = self.conn
        for sid in story_ids:
            rows = c.execute(
                "SELECT a.outlet, a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                "WHERE sa.story_id = ? ORDER BY sa.position",
                (sid,),
            ).fetchall()
            c.execute("DELETE FROM story_analysis WHERE story_id = ?", (sid,))
            if not rows:
                continue
            outlets = list(dict.fromkeys(r[0] for r in rows if r[0]))
            title = c.execute("SELECT title FROM stories WHERE id = ?", (sid,)).fetchone()
            search = " ".join([title[0] if title and title[0] else "", *(r[1] or "" for r in rows), *outlets])
            c.execute(
                "UPDATE stories SET n_articles = ?, n_outlets = ?, outlets = ?, search_text = ? WHERE id = ?",
                (
                    len(rows),
                    len(outlets),
                    "|" + "|".join(outlets) + "|",
                    " " + " ".join(_words(search)) + " ",
                    sid,
                ),
            )

    def search_stories(self, query: StoryQuery) -> tuple[int, list[Story]]:
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        for w in _words(query.q or ""):  # every word, matched at the start of a word
            where.append("search_text LIKE ? ESCAPE '\\'")
            params.append("% " + _like(w) + "%")
        if query.outlet:
            where.append("outlets LIKE ? ESCAPE '\\'")
            params.append("%|" + _like(query.outlet) + "|%")
        if query.since:
            where.append("last_published >= ?")
            params.append(query.since)
        if query.until:
            where.append("first_published <= ?")
            params.append(query.until + ("T99" if len(query.until) == 10 else ""))
        if query.min_outlets > 1:
            where.append("n_outlets >= ?")
            params.append(query.min_outlets)
        cond = " AND ".join(where)
        total = self.conn.execute(f"SELECT COUNT(*) FROM stories WHERE {cond}", params).fetchone()[0]
        order = {
            "covered": "n_outlets DESC, n_articles DESC, last_published DESC, id",
            "earliest": "first_published, id",
        }.get(query.sort, "last_published DESC, id")
        page = self._stories(
            f"WHERE {cond}", [*params, max(0, query.limit), max(0, query.offset)], order=order, page=True
        )
        return total, page

    def articles_since(self, published: str) -> list[Article]:
        rows = self.conn.execute(
            f"SELECT {_ART_COLS} FROM articles WHERE published >= ? ORDER BY published, seq", (published,)
        ).fetchall()
        return self._load(rows)

    def save_story_analysis(self, story_id: str, version: str, data: dict) -> None:
        c = self.conn
        c.execute(self.BEGIN)
        try:
            if c.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
                c.execute(
                    "INSERT INTO story_analysis (story_id, version, data, updated_at) VALUES (?,?,?,?) "
                    "ON CONFLICT(story_id) DO UPDATE SET version=excluded.version, data=excluded.data, "
                    "updated_at=excluded.updated_at",
                    (story_id, version, json.dumps(data, ensure_ascii=False), _now()),
                )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def get_story_analysis(self, story_id: str, version: str) -> dict | None:
        row = self.conn.execute(
            "SELECT data FROM story_analysis WHERE story_id = ? AND version = ?", (story_id, version)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def list_stories(self) -> list[Story]:
        return self._stories()

    def get_story(self, story_id: str) -> Story | None:
        got = self._stories("WHERE id = ?", (story_id,))
        if not got:
            alias = self.conn.execute(
                "SELECT story_id FROM story_aliases WHERE old_id = ?", (story_id,)
            ).fetchone()
            got = self._stories("WHERE id = ?", (alias[0],)) if alias else []
        return got[0] if got else None

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------------ watch state

    _SOURCE_COLS = "url, outlet, etag, last_modified, last_poll, last_ok, polls, new_articles, updated_articles, errors, last_error"
    _PAGE_COLS = "url, source, etag, last_modified, first_seen, last_fetch, status"

    def watch_sources(self) -> list[WatchSource]:
        rows = self.conn.execute(f"SELECT {self._SOURCE_COLS} FROM watch_sources ORDER BY url").fetchall()
        return [WatchSource(*tuple(r)) for r in rows]

    def save_watch_source(self, source: WatchSource) -> None:
        self._upsert("watch_sources", self._SOURCE_COLS, [astuple(source)])

    def watch_page(self, url: str) -> WatchPage | None:
        row = self.conn.execute(f"SELECT {self._PAGE_COLS} FROM watch_pages WHERE url = ?", (url,)).fetchone()
        return WatchPage(*tuple(row)) if row else None

    def save_watch_pages(self, pages: Sequence[WatchPage]) -> None:
        if pages:
            self._upsert("watch_pages", self._PAGE_COLS, [astuple(p) for p in pages])

    def _upsert(self, table: str, cols: str, rows: list[tuple]) -> None:
        names = [c.strip() for c in cols.split(",")]
        sets = ", ".join(f"{c} = excluded.{c}" for c in names[1:])
        marks = ", ".join("?" for _ in names)
        self.conn.execute(self.BEGIN)
        try:
            self.conn.executemany(
                f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT ({names[0]}) DO UPDATE SET {sets}",
                rows,
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise


def _fold(text: str) -> str:
    """Lower case without accents: what story search matches on."""
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _fold(re.sub(r"['’]s\b", "", text)))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(seq: list, n: int) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
