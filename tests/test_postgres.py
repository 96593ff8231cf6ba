"""The Postgres backend against a real local PostgreSQL: same migrations and behaviour as SQLite,
and the pipeline, CLI and web app unchanged on it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.ingest import finish
from newsprism.models import Article
from newsprism.pipeline import ANALYSIS_VERSION, analyze
from newsprism.store import StoryQuery, open_store
from newsprism.store.migrations import MIGRATIONS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def art(text, **kw):
    return finish(Article(text=text, **kw), [], "test", None)


def _stories(db):
    with open_store(db) as s:
        return {st.id: (st.article_ids, st.duplicates, st.title) for st in s.list_stories()}


def test_migrations_and_idempotent_ingest(pg_url):
    s = open_store(pg_url)
    assert type(s).__name__ == "PostgresStore" and s.schema_version() == MIGRATIONS[-1][0]
    s.close()
    s = open_store(pg_url)  # reopening applies nothing twice
    assert [r[0] for r in s.conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == [
        m[0] for m in MIGRATIONS
    ]
    a = art("The council met on Monday and voted for the plan.", url="https://x.example/1", outlet="X")
    assert [r.status for r in s.add_articles([a])] == ["added"]
    b = art("Totally different words here.", url="https://x.example/1")
    c = art("The council  met on Monday and voted for the plan!")
    assert [(r.status, r.reason, r.id) for r in s.add_articles([c, b])] == [
        ("duplicate", "same text", a.id),
        ("updated", "same url", a.id),
    ]
    assert [r.status for r in s.add_articles([a, b])] == ["duplicate", "duplicate"]
    got = s.get_article(a.id)
    assert got.text == b.text and got.annotations == b.annotations and s.count_articles() == 1
    assert [v.text for v in s.article_versions(a.id)] == [a.text, b.text]
    s.close()


def test_a_failed_batch_leaves_nothing(pg_url, monkeypatch):
    s = open_store(pg_url)
    good = art("First article about the harbour tunnel.", id="g1")
    s.add_articles([good])
    bad = [art("Second article about the tram line.", id="b1"), art("Third one.", id="b2")]
    real = s._existing
    calls = {"n": 0}

    def boom(a, h):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(a, h)

    monkeypatch.setattr(s, "_existing", boom)
    with pytest.raises(RuntimeError):
        s.add_articles(bad)
    monkeypatch.undo()
    assert [a.id for a in s.iter_articles()] == ["g1"]  # the batch rolled back whole
    assert [r.status for r in s.add_articles(bad)] == ["added", "added"]
    s.close()


def test_concurrent_writers(pg_url):
    open_store(pg_url).close()
    errors = []

    def write(k: int) -> None:
        try:
            with open_store(pg_url) as s:
                for j in range(10):
                    s.add_articles(
                        [art(f"Writer {k} article {j} about the ferry timetable.", id=f"w{k}-{j}")]
                    )
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(pg_url) as s:
        assert s.count_articles() == 40
        seqs = [r[0] for r in s.conn.execute("SELECT seq FROM articles ORDER BY seq")]
        assert seqs == list(range(1, 41))


def test_examples_give_the_same_stories_as_sqlite(pg_url, tmp_path):
    lite = str(tmp_path / "lite.db")
    a = analyze(EXAMPLES, db=lite)
    b = analyze(EXAMPLES, db=pg_url)
    assert [s.to_dict() for s in a.stories] == [s.to_dict() for s in b.stories]
    assert _stories(lite) == _stories(pg_url)
    assert {k: v.to_dict() for k, v in a.comparisons.items()} == {
        k: v.to_dict() for k, v in b.comparisons.items()
    }
    with open_store(pg_url) as s:
        total, page = s.search_stories(StoryQuery(q="bridge"))
        assert total == 1 and page[0].title.startswith("Kessling")
        assert s.get_story_analysis(page[0].id, ANALYSIS_VERSION)


def test_cli_and_web_unchanged_on_postgres(pg_url, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", pg_url, "-q"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", pg_url, "--json", "-q"])
    assert '"added": 0' in r.stdout  # re-ingesting is a no-op
    r = runner.invoke(
        app, ["analyze", str(EXAMPLES), "--db", pg_url, "--out", str(tmp_path / "r.json"), "-q"]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["stories", "--db", pg_url, "--json"])
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 3
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    c = TestClient(create_app(pg_url))
    assert "Kessling Bridge shut" in c.get("/").text
    sid = c.get("/api/stories", params={"q": "kessling"}).json()["items"][0]["id"]
    assert "Conflicting facts" in c.get(f"/stories/{sid}").text
    r = runner.invoke(app, ["brief", sid, "--db", pg_url])
    assert r.exit_code == 0 and "[Meridian Wire" in r.stdout
