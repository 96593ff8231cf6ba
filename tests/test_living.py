"""One living store: every way in assigns stories through one incremental step, the same stream
gives the same stories however it is batched, late articles join the story open at their time,
a restart changes nothing, and article versions are kept, listed and diffed."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsprism.cli import app as cli_app
from newsprism.ingest import iter_files, read_path
from newsprism.models import Article
from newsprism.pipeline import analyze, ingest_articles, run_stages
from newsprism.store import open_store
from newsprism.stories import timestamp
from newsprism.tracker import assign_pending
from newsprism.web import create_app

pytestmark = pytest.mark.slow
TOKEN = "living-token"


@pytest.fixture(scope="module")
def stream() -> list[Article]:
    """Every example article, in published order (the stream a live feed would deliver)."""
    from conftest import EXAMPLES

    arts = [a for f in iter_files([EXAMPLES]) for a in read_path(f).articles]
    return sorted(arts, key=lambda a: (timestamp(a.published), a.id))


class _Result:
    def __init__(self, files, articles):
        self.path, self.fmt, self.articles, self.problems = files, "jsonl", articles, []


def _ingest(db: str, batches: list[list[Article]]) -> dict[str, str]:
    """Each batch through ``ingest_articles`` on a freshly opened store (a new process each time)."""
    for b in batches:
        with open_store(db) as s:
            ingest_articles(s, [_Result("batch", b)])
    return _partition(db)


def _partition(db: str) -> dict[str, str]:
    with open_store(db) as s:
        return {i: st.id for st in s.list_stories() for i in st.article_ids}


def _records(db: str) -> list[tuple]:
    """Every stored story as the list and pages show it: members in order, outlets, dates, title,
    and the list columns (counts, outlets, search words)."""
    with open_store(db) as s:
        cols = {
            r[0]: (r[1], r[2], r[3], sorted(set(r[4].split())))
            for r in s.conn.execute("SELECT id, n_articles, n_outlets, outlets, search_text FROM stories")
        }
        return [
            (st.id, st.article_ids, st.outlets, st.first_published, st.last_published, st.title,
             st.duplicates, cols[st.id])
            for st in s.list_stories()
        ]  # fmt: skip


def _split(seq: list, n: int) -> list[list]:
    k = -(-len(seq) // n)
    return [seq[i : i + k] for i in range(0, len(seq), k)]


def test_ingest_assigns_stories_and_batching_changes_nothing(stream, tmp_path):
    one = _ingest(str(tmp_path / "one.db"), [stream])
    assert len(one) == len(stream) and len(set(one.values())) == 3
    three = _ingest(str(tmp_path / "three.db"), _split(stream, 3))
    each = _ingest(str(tmp_path / "each.db"), [[a] for a in stream])
    assert three == one and each == one  # the same ids, not only the same partition
    # the same records, whether a story was written whole or extended one article at a time
    assert (
        _records(str(tmp_path / "each.db"))
        == _records(str(tmp_path / "three.db"))
        == _records(str(tmp_path / "one.db"))
    )
    with open_store(str(tmp_path / "each.db")) as s:
        assert s.pending_articles() == []


def test_analyze_in_batches_joins_the_stored_stories(stream, tmp_path):
    one = tmp_path / "one.db"
    three = tmp_path / "three.db"
    many = tmp_path / "many.db"
    for name, batches in ((one, [stream]), (three, _split(stream, 3)), (many, _split(stream, 4))):
        for k, b in enumerate(batches):
            folder = tmp_path / f"{name.stem}-{k}"
            folder.mkdir()
            (folder / "b.jsonl").write_text("\n".join(json.dumps(a.to_dict()) for a in b), encoding="utf-8")
            last = analyze(folder, db=str(name))
    assert _partition(str(many)) == _partition(str(one)) == _partition(str(three))
    assert len(set(_partition(str(many)).values())) == 3  # not 3 per batch
    # the last batch's report covers the whole of every story it touched, stored members included
    touched = {st.id for st in last.stories}
    with open_store(str(many)) as s:
        members = {i for sid in touched for i in s.get_story(sid).article_ids}
    assert {a.id for a in last.articles} == members and len(members) > len(_split(stream, 4)[-1])


def test_web_upload_in_batches_gives_the_same_stories(stream, tmp_path):
    ref = _ingest(str(tmp_path / "ref.db"), [stream])
    for n in (3, len(stream)):  # 3 uploads, then one article per upload
        db = str(tmp_path / f"web-{n}.db")
        on = TestClient(create_app(db, allow_ingest=True, token=TOKEN))
        auth = {"Authorization": f"Bearer {TOKEN}"}
        for b in _split(stream, n):
            body = "\n".join(json.dumps(a.to_dict()) for a in b).encode()
            r = on.post("/api/ingest", files={"files": ("b.jsonl", body, "application/json")}, headers=auth)
            assert r.status_code == 200, r.text
            assert set(r.json()["assignments"]) == {a.id for a in b}
        assert _partition(db) == ref
    # and the CLI lists them straight after ingest
    listed = CliRunner().invoke(cli_app, ["stories", "--db", db, "--json"])
    assert listed.exit_code == 0 and len(listed.output.strip().splitlines()) == 3


def test_a_late_article_joins_the_story_open_at_its_time(stream, tmp_path):
    # Move the Okonjo story a month earlier: it has closed by the time the others arrive.
    early = [replace(a, published=a.published.replace("2026-03-", "2026-02-")) if "konjo" in (a.title or "")
             else a for a in stream]  # fmt: skip
    early.sort(key=lambda a: (timestamp(a.published), a.id))
    ref = _ingest(str(tmp_path / "ref.db"), [early])
    okonjo = [a for a in early if "konjo" in (a.title or "")]
    bridge = [a for a in early if "Kessling" in (a.title or "")]
    held = {okonjo[-1].id, bridge[1].id}  # one from a closed story, one from a story still open
    db = str(tmp_path / "late.db")
    _ingest(db, [[a for a in early if a.id not in held]])
    with open_store(db) as s:
        report = ingest_articles(s, [_Result("late", [a for a in early if a.id in held])])
    assert report.late == 2
    got = _partition(db)
    assert got == ref  # each joined its own story, not the newest one
    assert got[okonjo[-1].id] == got[okonjo[0].id] and got[bridge[1].id] == got[bridge[0].id]
    # the late articles did not move the clock: a later article still finds the open stories
    with open_store(db) as s:
        st = s.get_story(got[okonjo[0].id])
        assert [a.id for a in s.get_articles(st.article_ids)] == [a.id for a in okonjo]  # published order


def test_a_restart_between_batches_and_a_crash_before_assigning(stream, tmp_path):
    from newsprism import tracker

    ref = _ingest(str(tmp_path / "ref.db"), [stream])
    db = str(tmp_path / "restart.db")
    half = len(stream) // 2
    _ingest(db, [stream[:half]])
    tracker._TRACKERS.clear()  # a new process: nothing in memory
    with open_store(db) as s:
        s.add_articles(stream[half:])  # stored, then "killed" before the stories step
        assert len(s.pending_articles()) == len(stream) - half
    tracker._TRACKERS.clear()
    with open_store(db) as s:
        done = assign_pending(s)  # any later way in assigns what is pending
        assert len(done.stories) == len(stream) - half and not s.pending_articles()
        assert s.load_engine(tracker.ENGINE_NAME).articles == len(stream)
    assert _partition(db) == ref


CORRECTED = """Correction: An earlier version of this article gave the repair cost as £4m; it is £6m.

Kessling Bridge will stay shut for eight weeks while engineers replace a cracked support cable,
the county council said on Thursday. Repairs will cost £6m, up from the £2m first estimated.
"We will not reopen the bridge until every cable has been tested," said council engineer Priya Nandakumar.
"""


def test_versions_are_kept_listed_diffed_and_reingest_is_a_no_op(stream, tmp_path):
    db = str(tmp_path / "v.db")
    _ingest(db, [stream])
    orig = next(a for a in stream if "Kessling" in (a.title or ""))
    newer = replace(orig, text=CORRECTED, title=orig.title + " (updated)")
    with open_store(db) as s:
        sid = s.story_of(orig.id)
        run_stages(s, [orig.id])  # caches the story's analysis
        assert s.get_story_analysis(sid, _version()) is not None
        rep = ingest_articles(s, [_Result("v2", [newer])])
        assert (rep.updated, rep.added, rep.duplicates) == (1, 0, 0)
        assert s.get_article(orig.id).text == CORRECTED and s.story_of(orig.id) == sid
        assert s.get_story_analysis(sid, _version()) is None  # rebuilt on next use
        again = ingest_articles(s, [_Result("again", [orig, newer])])  # any stored version: no-op
        assert (again.updated, again.added, again.duplicates) == (0, 0, 2)
        versions = s.article_versions(orig.id)
    assert [v.version for v in versions] == [1, 2] and versions[0].text == orig.text
    r = CliRunner().invoke(cli_app, ["history", orig.id, "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    h = json.loads(r.output)
    assert [v["version"] for v in h["versions"]] == [1, 2]
    [d] = h["diffs"]
    kinds = {f["kind"]: f["detail"] for f in d["flags"]}
    assert set(kinds) == {"headline", "correction", "numbers", "quotes"}
    assert kinds["correction"].startswith("Correction: An earlier version")
    assert "+£6m" in kinds["numbers"] or "-> £6m" in kinds["numbers"]
    for c in d["changes"]:  # spans are true offsets into each version's text
        assert orig.text[slice(*c["old_span"])] == c["old"] and CORRECTED[slice(*c["new_span"])] == c["new"]
    text = CliRunner().invoke(cli_app, ["history", orig.id, "--db", db])
    assert "v1 -> v2" in text.output and "correction" in text.output
    web = TestClient(create_app(db))
    api = web.get(f"/api/articles/{orig.id}/versions").json()
    assert [v["version"] for v in api["versions"]] == [1, 2] and api["diffs"][0]["flags"] == d["flags"]
    page = web.get(f"/articles/{orig.id}").text
    assert "Versions" in page and "Correction: An earlier version" in page
    assert web.get("/api/articles/nope/versions").status_code == 404


def test_a_retired_story_id_keeps_resolving(stream, tmp_path):
    db = str(tmp_path / "alias.db")
    part = _ingest(db, [stream])
    sid = next(iter(part.values()))
    with open_store(db) as s:
        s.alias_story("s-old-id", sid)
        assert s.get_story("s-old-id").id == sid


def _version() -> str:
    from newsprism.pipeline import ANALYSIS_VERSION

    return ANALYSIS_VERSION


def test_ingest_cli_reports_stories(tmp_path, examples_dir: Path):
    db = str(tmp_path / "cli.db")
    r = CliRunner().invoke(cli_app, ["ingest", str(examples_dir), "--db", db])
    assert r.exit_code == 0 and "3 stories joined or started" in r.output
    listed = CliRunner().invoke(cli_app, ["stories", "--db", db, "--json"])
    assert len(listed.output.strip().splitlines()) == 3


def test_two_writers_on_one_store_never_interleave(stream, tmp_path):
    """Two processes' worth of writers (own connections, own trackers) ingest at once: the
    compare-and-swap commit makes one redo its chunk, so every article is in exactly one story and
    the saved engine has seen each once."""
    import threading

    from newsprism.tracker import ENGINE_NAME, StoryTracker

    db = str(tmp_path / "two.db")
    open_store(db).close()
    errors: list[BaseException] = []

    def writer(part: list[Article]) -> None:
        try:
            with open_store(db) as s:
                for a in part:
                    s.add_articles([a])
                    StoryTracker().assign(s)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(stream[k::2],)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    part = _partition(db)
    with open_store(db) as s:
        assert sorted(part) == sorted(a.id for a in stream) and not s.pending_articles()
        assert s.load_engine(ENGINE_NAME).articles == len(stream)
        members = [i for st in s.list_stories() for i in st.article_ids]
        assert len(members) == len(set(members))


def test_word_diff_reads_like_a_correction():
    from newsprism.store.base import ArticleVersion
    from newsprism.versions import history

    v1 = ArticleVersion(
        1, "Bridge shut", "The bridge will close for six weeks at a cost of £4m, he said.", None, "t1"
    )
    v2 = ArticleVersion(
        2, "Bridge shut", "Correction: the cost is £6m.\n\nThe bridge will close for eight weeks at a cost of £6m.",
        None, "t2",
    )  # fmt: skip
    [d] = history([v1, v2])
    f = {x.kind: x.detail for x in d.flags}
    assert set(f) == {"correction", "numbers"} and "£4m -> £6m" in f["numbers"]
    assert [(c.op, c.old, c.new) for c in d.changes] == [
        ("insert", "", "Correction: the cost is £6m."),
        ("replace", "six", "eight"),
        ("replace", "£4m, he said.", "£6m."),
    ]


def test_a_store_from_before_the_living_store_is_replayed_once(stream, tmp_path):
    """Stories stored, but no saved engine state (a store written by an earlier version): the
    first way in replays the stored assignments, so later articles join the stored stories."""
    from newsprism import tracker

    ref = _ingest(str(tmp_path / "ref.db"), [stream])
    db = str(tmp_path / "legacy.db")
    half = len(stream) // 2
    _ingest(db, [stream[:half]])
    with open_store(db) as s:
        s.conn.execute("DELETE FROM engine_state")  # what a store of the earlier version holds
    tracker._TRACKERS.clear()
    _ingest(db, [stream[half:]])
    assert _partition(db) == ref
    with open_store(db) as s:
        assert s.load_engine(tracker.ENGINE_NAME).articles == len(stream)


def test_a_saved_engine_this_code_cannot_read_is_rebuilt(stream, tmp_path):
    """A state saved by other code (another format, a class renamed or gone) is never misread:
    it is rebuilt from the stored assignments, so the stories come out as with one process.
    A state of the first format, whose copy index class was then private, still loads."""
    import pickle
    import zlib

    from newsprism import stories, tracker

    ref = _ingest(str(tmp_path / "ref.db"), [stream])
    half = len(stream) // 2
    for name, blob in [
        ("garbage", zlib.compress(b"not a pickle")),
        ("other format", zlib.compress(pickle.dumps((tracker.STATE_FORMAT + 1, "engine")))),
        ("gone class", zlib.compress(b"cnewsprism.stories\nNoSuchEngine\n.")),  # a GLOBAL that is gone
    ]:
        db = str(tmp_path / f"{name}.db")
        _ingest(db, [stream[:half]])
        with open_store(db) as s:
            s.conn.execute("UPDATE engine_state SET data = ?", (blob,))
        tracker._TRACKERS.clear()
        assert _ingest(db, [stream[half:]]) == ref, name
    # format 1: the bare engine, its copy index pickled under the class's old name
    db = str(tmp_path / "format1.db")
    _ingest(db, [stream[:half]])
    with open_store(db) as s:
        eng = tracker._load_engine(s.load_engine(tracker.ENGINE_NAME).data)
        stories.CopyIndex.__qualname__, stories._CopyIndex = "_CopyIndex", stories.CopyIndex
        try:
            blob = zlib.compress(pickle.dumps(eng))
        finally:
            stories.CopyIndex.__qualname__ = "CopyIndex"
            del stories._CopyIndex
        assert b"_CopyIndex" in zlib.decompress(blob)
        assert isinstance(tracker._load_engine(blob), stories.OnlineClusterer)
        s.conn.execute("UPDATE engine_state SET data = ?", (blob,))
    tracker._TRACKERS.clear()
    assert _ingest(db, [stream[half:]]) == ref


def test_a_backfilled_story_of_late_articles_holds_together(stream, tmp_path):
    """A whole story arrives after later ones (a backfill): its articles are all late, and each
    finds the others through the uncommitted assignments of its group."""
    early = [replace(a, published=a.published.replace("2026-03-", "2026-02-")) if "konjo" in (a.title or "")
             else a for a in stream]  # fmt: skip
    early.sort(key=lambda a: (timestamp(a.published), a.id))
    ref = _ingest(str(tmp_path / "ref.db"), [early])
    okonjo = [a for a in early if "konjo" in (a.title or "")]
    db = str(tmp_path / "backfill.db")
    _ingest(db, [[a for a in early if a not in okonjo]])
    with open_store(db) as s:
        report = ingest_articles(s, [_Result("backfill", okonjo)])
    assert report.late == len(okonjo) == 4
    assert _partition(db) == ref


def test_merged_stories_move_whole_and_their_ids_redirect(stream, tmp_path):
    """Consolidation (stories.py step 5) in the store: forced here by a merge threshold every pair
    of candidate stories passes. The older story keeps its id and every member, stored in an
    earlier batch or not; the retired id resolves to it; no article is lost or left pending."""
    from newsprism.stories import ClusterConfig, story_id_for
    from newsprism.tracker import StoryTracker

    cfg = ClusterConfig(int8=False, merge_threshold=-1.0)
    db = str(tmp_path / "merge.db")
    half = len(stream) - 1  # the last article's arrival merges two stories stored before it
    with open_store(db) as s:
        s.add_articles(stream[:half])
        StoryTracker(cfg).assign(s)
        before = {st.id: list(st.article_ids) for st in s.list_stories()}
    with open_store(db) as s:
        s.add_articles(stream[half:])
        StoryTracker(cfg).assign(s)  # a new process: the engine comes from the store
        after = s.list_stories()
        assert not s.pending_articles()
        members = [i for st in after for i in st.article_ids]
        assert sorted(members) == sorted(a.id for a in stream)  # each article once
        retired = set(before) - {st.id for st in after}
        assert retired  # the forced threshold merged stories of the first batch
        for old in retired:
            survivor = s.get_story(old)
            assert survivor is not None and set(before[old]) <= set(survivor.article_ids)
        first = stream[0]  # the oldest story survives every merge it takes part in
        assert s.story_of(first.id) == story_id_for(first.id)
