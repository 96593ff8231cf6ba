import sqlite3

import pytest

from newsprism.ingest import read_path
from newsprism.models import Annotation, Article, Story
from newsprism.store import SQLiteStore, open_store
from newsprism.store.migrations import MIGRATIONS


def art(text, **kw):
    from newsprism.ingest import finish

    return finish(Article(text=text, **kw), [], "test", None)


def test_migrations_applied_once_and_versioned(db_path):
    s = SQLiteStore(db_path)
    assert s.schema_version() == MIGRATIONS[-1][0]
    s.close()
    s = SQLiteStore(db_path)  # reopening applies nothing twice
    rows = s.conn.execute("SELECT version FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == [m[0] for m in MIGRATIONS]
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_add_is_idempotent_by_text_and_versions_by_url(db_path):
    s = SQLiteStore(db_path)
    a = art("The council met on Monday and voted for the plan.", url="https://x.example/1", outlet="X")
    r1 = s.add_articles([a])
    assert [r.status for r in r1] == ["added"]
    # same text with other quote marks and spacing, no URL: the same article
    c = art("The council  met on Monday and voted for the plan!")
    # same URL, different text: a new version of the stored article
    b = art("Totally different words here.", url="https://x.example/1")
    r2 = s.add_articles([c, b])
    assert [(r.status, r.reason, r.id) for r in r2] == [
        ("duplicate", "same text", a.id),
        ("updated", "same url", a.id),
    ]
    # every stored version's text is a no-op now, the first one included
    r3 = s.add_articles([a, b])
    assert [(r.status, r.reason) for r in r3] == [
        ("duplicate", "earlier version"),
        ("duplicate", "same text"),
    ]
    assert s.count_articles() == 1
    assert s.get_article(a.id).text == b.text
    assert [v.text for v in s.article_versions(a.id)] == [a.text, b.text]
    assert [v.version for v in s.article_versions(a.id)] == [1, 2]
    s.close()


def test_duplicates_inside_one_batch(db_path):
    s = SQLiteStore(db_path)
    a = art("Alpha beta gamma delta.", id="k1")
    b = art("Alpha beta gamma delta.", id="k2")
    res = s.add_articles([a, b])
    assert [r.status for r in res] == ["added", "duplicate"] and res[1].id == "k1"


def test_round_trip_keeps_text_and_annotations(db_path, examples_dir):
    [a] = read_path(examples_dir / "harbour-gazette" / "okonjo-mayor.txt").articles
    s = SQLiteStore(db_path)
    s.add_articles([a])
    b = s.get_article(a.id)
    assert b.text == a.text and b.annotations == a.annotations and b.published == a.published
    assert [x.id for x in s.iter_articles()] == [a.id]
    assert s.get_articles(["nope", a.id]) == [b]


def test_failed_batch_rolls_back_entirely(db_path):
    s = SQLiteStore(db_path)
    good = art("A perfectly good article about ferries.")
    bad = art("Another article about buses.")
    bad.annotations = [Annotation(None, 0, 1)]  # violates NOT NULL after the article row went in
    with pytest.raises(sqlite3.IntegrityError):
        s.add_articles([good, bad])
    assert s.count_articles() == 0
    s.add_articles([good])
    assert s.count_articles() == 1


def test_stories_saved_and_replaced(db_path):
    s = SQLiteStore(db_path)
    a, b = art("Story one text here.", outlet="A"), art("Story two text here.", outlet="B")
    s.add_articles([a, b])
    s.save_stories([Story(id="s1", article_ids=[a.id, b.id], title="T", duplicates={b.id: a.id})])
    st = s.get_story("s1")
    assert st.article_ids == [a.id, b.id] and st.outlets == ["A", "B"] and st.duplicates == {b.id: a.id}
    s.save_stories([Story(id="s2", article_ids=[b.id])])  # b moves: s1 keeps a only
    assert s.story_of(b.id) == "s2" and s.get_story("s1").article_ids == [a.id]


def test_open_store_env_and_urls(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSPRISM_DB", str(tmp_path / "env.db"))
    open_store().close()
    assert (tmp_path / "env.db").exists()
    open_store(f"sqlite:///{tmp_path / 'url.db'}").close()
    assert (tmp_path / "url.db").exists()
    # a Postgres URL selects the Postgres backend: nothing listens on port 1, so it fails to connect
    # (or, without psycopg installed, says how to get it)
    with pytest.raises(Exception, match="(?i)connect|psycopg"):
        open_store("postgresql://127.0.0.1:1/x?connect_timeout=3")


def test_pending_set_survives_the_upgrade_and_rewrites(db_path):
    """Articles in no story are kept as a set (migration 5 fills it from a schema-4 store); a
    story rewrite that leaves a member out puts that member back in it."""
    s = SQLiteStore(db_path)
    a, b, c = (art(t, id=i) for t, i in (("One text here.", "a"), ("Two text here.", "b"), ("Three.", "c")))
    s.add_articles([a, b, c])
    assert [p.id for p in s.pending_articles()] == ["a", "b", "c"]
    s.save_stories([Story(id="s1", article_ids=["a", "b"], title="T")])
    assert [p.id for p in s.pending_articles()] == ["c"]
    # back to schema 4 (no pending set), then reopen: the migration rebuilds it from membership
    s.conn.executescript("DROP TABLE pending_articles; DELETE FROM schema_migrations WHERE version = 5;")
    s.close()
    s = SQLiteStore(db_path)
    assert [p.id for p in s.pending_articles()] == ["c"]
    s.save_stories([Story(id="s1", article_ids=["a"], title="T")])
    assert [p.id for p in s.pending_articles()] == ["b", "c"]
    s.close()
