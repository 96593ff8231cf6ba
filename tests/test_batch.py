"""The batch path: its pure pieces, and the whole of it on Spark in local mode (pyspark + Java)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.batch import chunk_plan, dedupe, stitch
from newsprism.cli import app
from newsprism.pipeline import analyze
from newsprism.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DAY = 86400.0


def test_chunk_plan_replays_one_window_before_each_chunk():
    times = [k * DAY / 2 for k in range(60)]  # every 12 hours for 30 days
    plan = chunk_plan(times, chunk_days=10, window_days=3)
    assert [(c.start, c.end) for c in plan] == [(0, 20), (20, 40), (40, 60)]
    assert [c.warm_from for c in plan] == [0, 14, 34]  # 3 days = 6 positions back
    assert chunk_plan([], 10, 3) == []


def test_stitch_renames_stories_continued_across_a_boundary():
    owned = {"a": 0, "b": 0, "c": 1, "d": 1}
    results = [
        (0, "a", "sA", None, None),
        (0, "b", "sA", None, 0.9),
        (1, "b", "sB", None, None),  # replayed in chunk 1, where its story got a local id
        (1, "c", "sB", None, 0.8),  # continues it
        (1, "d", "sD", None, None),  # a new story
    ]
    final = stitch(results, owned)
    assert final == {
        "a": ("sA", None, None),
        "b": ("sA", None, 0.9),
        "c": ("sA", None, 0.8),
        "d": ("sD", None, None),
    }


def test_dedupe_folds_exact_reposts_like_the_store():
    rows = [
        {"order": 0, "id": "x1", "url": "https://a.example/1", "text": "The council met on Monday."},
        {"order": 1, "id": "x2", "url": "https://a.example/1", "text": "Other words."},  # same url
        {"order": 2, "id": "x3", "url": None, "text": "The council  met on Monday!"},  # same text
        {"order": 3, "id": "x1", "url": None, "text": "Yet more words."},  # same id
        {"order": 4, "id": "x4", "url": None, "text": "A different article."},
    ]
    assert [r["id"] for r in dedupe(rows)] == ["x1", "x4"]
    # same URL or same id with a text not seen yet: a new version of x1, kept as one
    later: list[dict] = []
    dedupe([*rows, {"order": 5, "id": "x5", "url": "https://a.example/1", "text": "Other words."}], later)
    assert [r["order"] for r in later] == [1, 3]  # order 5 repeats the text of order 1: a re-post


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    if not shutil.which("java"):
        pytest.skip("no Java for Spark")
    from newsprism.batch import spark_session

    s = spark_session("local[2]", "newsprism-tests")
    yield s
    s.stop()


def test_spark_batch_gives_the_same_stories_as_analyze(spark, tmp_path):
    from newsprism.batch import read_parquet, run_spark

    inp = tmp_path / "in"
    shutil.copytree(EXAMPLES, inp)
    (inp / "broken.jsonl").write_text('{"text": "cut', encoding="utf-8")
    first = json.loads((EXAMPLES / "daily-lantern" / "articles.jsonl").read_text(encoding="utf-8"))
    edited = {**first, "text": first["text"] + "\n\nCorrection: an earlier version misspelled Westbridge."}
    (inp / "zz-later").mkdir()  # read last (a folder's own files come before its sub-folders)
    (inp / "zz-later" / "edit.jsonl").write_text(json.dumps(edited), encoding="utf-8")  # same URL
    out = tmp_path / "out"
    res = run_spark([inp], out, spark=spark)
    assert res.articles == 11 and res.stories == 3 and res.duplicates == 2
    problems = read_parquet(str(out / "problems"))
    assert [p["path"].endswith("broken.jsonl") for p in problems] == [True]
    quotes = {r["id"]: r["quotes"] for r in read_parquet(str(out / "quotes"))}
    assert len(quotes) == 11 and any('"anonymous"' in q for q in quotes.values())

    reference = analyze(EXAMPLES)
    db = str(tmp_path / "loaded.db")
    r = CliRunner().invoke(app, ["load", str(out), "--db", db])
    assert r.exit_code == 0, r.output
    assert "11 added, 1 updated" in r.output
    with open_store(db) as s:
        loaded = s.list_stories()
        versions = s.article_versions(first["id"])
    assert [x.to_dict() for x in loaded] == [x.to_dict() for x in reference.stories]
    # the edit is a version of the article, kept beside the first
    assert [v.version for v in versions] == [1, 2] and "misspelled" in versions[1].text
    assert "misspelled" not in versions[0].text
    r = CliRunner().invoke(app, ["load", str(out), "--db", db])  # loading twice changes nothing
    assert "0 added, 12 already stored" in r.output


def test_spark_chunked_stories_stitch_across_chunks(spark, tmp_path):
    from newsprism.batch import read_parquet, run_spark

    out = tmp_path / "out"
    res = run_spark(
        [EXAMPLES], out, spark=spark, stories="chunked", chunk_days=1, replay_days=3, with_quotes=False
    )
    assert res.chunks >= 3  # the examples span six days: several chunks, stitched
    got = {r["id"]: (r["story_id"], r["duplicate_of"]) for r in read_parquet(str(out / "stories"))}
    ref = analyze(EXAMPLES)
    want = {a: (st.id, st.duplicates.get(a)) for st in ref.stories for a in st.article_ids}
    assert got == want


def test_spark_batch_into_postgres(spark, tmp_path, pg_url):
    from newsprism.batch import load, run_spark

    out = tmp_path / "out"
    run_spark([EXAMPLES], out, spark=spark, with_quotes=False)
    with open_store(pg_url) as s:
        got = load(out, s)
        stories = s.list_stories()
    assert got["stories"] == 3 and got["added"] == 11
    assert sorted(len(x.article_ids) for x in stories) == [3, 4, 4]
