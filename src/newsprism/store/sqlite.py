"""The embedded SQLite store: WAL journal, versioned migrations, one transaction per batch.

SQLite's transactions make a batch all-or-nothing, so a process killed mid-ingest (SIGKILL
included) leaves the database as it was after the last committed batch; because ingest is
idempotent, the next run stores what is missing and skips the rest.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsprism.store.sql import SQLStore


class SQLiteStore(SQLStore):
    BEGIN = "BEGIN IMMEDIATE"  # take the write lock now: a batch never waits half-way
    NO_LIMIT = -1

    def __init__(self, path: str | Path = "newsprism.db", *, timeout: float = 30.0):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch.
        self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes in WAL mode
        self._open()
