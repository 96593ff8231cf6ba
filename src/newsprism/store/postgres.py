"""The Postgres store (psycopg 3): the same migrations, queries and transactions as SQLite.

Selected by ``--db postgresql://...`` (or ``NEWSPRISM_DB``). Concurrent writers are serialised by
a table lock per batch (``articles.seq`` is the ingest order), concurrent first opens by an
advisory lock around the migrations.
"""

from __future__ import annotations

from newsprism.store.sql import SQLStore

_MIGRATION_LOCK = 7_305_911  # pg_advisory_xact_lock key for schema migrations


class _Row(tuple):
    """A result row indexable by position and by column name (as sqlite3.Row is)."""

    names: dict[str, int]

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)


def _row_factory(cursor):
    names = {d.name: i for i, d in enumerate(cursor.description or ())}
    cls = type("Row", (_Row,), {"names": names})
    return lambda values: cls(values)


class _Conn:
    """The psycopg connection seen through SQLite's ``?`` placeholders."""

    def __init__(self, conn) -> None:
        self.raw = conn

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params=()):
        return self.raw.execute(self._sql(sql), tuple(params) if params else None)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(SQLStore):
    BEGIN = "BEGIN"
    NO_LIMIT = None  # LIMIT NULL: no limit

    def __init__(self, url: str):
        import psycopg

        self.url = url
        # autocommit: the store issues BEGIN/COMMIT itself, one transaction per batch, as on SQLite
        self.conn = _Conn(psycopg.connect(url, autocommit=True, row_factory=_row_factory))
        self._open()

    def _before_migrate(self) -> None:
        self.conn.execute(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")

    def _lock_articles(self) -> None:
        self.conn.execute("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE")
