from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Tests never read ../shared, and nothing may download a model.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def extract_fails_on(monkeypatch):
    """Call with an article id: quote extraction then raises an IndexError on that article (a
    defect in the extractor) and works on the others."""
    from newsprism import quotes

    def arm(article_id: str) -> None:
        real = quotes.extract

        def flaky(article, doc=None):
            if article.id == article_id:
                raise IndexError("a defect on this article")
            return real(article, doc)

        monkeypatch.setattr(quotes, "extract", flaky)

    return arm


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL: ``$NEWSPRISM_TEST_PG`` (``.ci/run`` starts one on a private port and data
    folder), else one started here with ``scripts/pg-test-server.sh``, else the test is skipped."""
    import subprocess
    import tempfile

    url = os.environ.get("NEWSPRISM_TEST_PG")
    if url:
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tempfile.mkdtemp(prefix="np-pg-")  # short: the server's socket lives here
    script = ROOT / "scripts" / "pg-test-server.sh"
    r = subprocess.run(["bash", str(script), "start", folder, str(port)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"no PostgreSQL here: {r.stderr.strip()[-300:]}")
    yield r.stdout.strip()
    subprocess.run(["bash", str(script), "stop", folder], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)  # (a cluster's files: 60 MB a test run)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server, dropped afterwards."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(pg_server)
    yield urlunsplit(parts._replace(path="/" + name))
    with psycopg.connect(pg_server, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
