"""Stories: scoring, online clustering of the example corpus, copies, determinism, no look-ahead, window."""

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.ingest import article_from_json, finish, iter_files, read_path
from newsprism.similarity import similarity
from newsprism.stories import ClusterConfig, cluster, cluster_into_stories, order

pytestmark = pytest.mark.slow
runner = CliRunner()

EXPECTED = {
    "okonjo": {
        "dl-okonjo-spokesman",
        "harbour-gazette/okonjo-mayor.txt",
        "northgate-chronicle/okonjo-allies.html",
        "riverside-post/feed.rss#entry 1",
    },
    "bridge": {
        "meridian-wire/wire-2026-03-12.warc.gz#record 1",
        "northgate-chronicle/kessling-bridge-wire.html",
        "riverside-post/feed.rss#entry 2",
        "harbour-gazette/kessling-bridge.txt",
    },
    "barrier": {
        "hg-pellworth-barrier",
        "daily-lantern/pellworth-barrier.txt",
        "riverside-post/feed.rss#entry 3",
    },
}


@pytest.fixture(scope="module")
def corpus(examples_dir=Path(__file__).resolve().parent.parent / "examples"):
    arts = []
    for p in iter_files([examples_dir]):
        arts.extend(read_path(p).articles)
    return arts


def _key(a) -> str:
    """A readable handle: the JSONL id where given, else the path under examples/."""
    if a.id.startswith(("dl-", "hg-")):
        return a.id
    return a.source.split("examples/")[1]


def test_example_stories_recovered_exactly_with_wire_copies(corpus):
    stories = cluster_into_stories(corpus)
    by_id = {a.id: a for a in corpus}
    got = sorted(sorted(_key(by_id[i]) for i in s.article_ids) for s in stories)
    assert got == sorted(sorted(v) for v in EXPECTED.values())
    bridge = next(s for s in stories if "Kessling" in (s.title or ""))
    copies = {_key(by_id[c]): _key(by_id[o]) for c, o in bridge.duplicates.items()}
    wire = "meridian-wire/wire-2026-03-12.warc.gz#record 1"
    assert copies == {
        "northgate-chronicle/kessling-bridge-wire.html": wire,
        "riverside-post/feed.rss#entry 2": wire,
    }
    assert bridge.title == "Kessling Bridge shut after cracks found in support cables"
    assert bridge.first_published == "2026-03-12T06:00:00Z"
    assert set(bridge.outlets) == {
        "Meridian Wire",
        "Northgate Chronicle",
        "Riverside Post",
        "The Harbour Gazette",
    }
    okonjo = next(s for s in stories if "Okonjo" in (s.title or ""))
    assert okonjo.duplicates == {} and okonjo.last_published == "2026-03-11T08:00:00Z"


def test_deterministic(corpus):
    a = [(x.id, x.story_id, x.duplicate_of) for x in cluster(corpus)]
    b = [(x.id, x.story_id, x.duplicate_of) for x in cluster(list(corpus))]
    assert a == b


def test_no_look_ahead(corpus):
    """An article's assignment depends only on what came before it: cutting the stream after any
    article leaves the earlier assignments unchanged."""
    idx = order(corpus)
    full = {x.id: (x.story_id, x.duplicate_of) for x in cluster(corpus)}
    for cut in (3, 6, 9):
        prefix = [corpus[i] for i in idx[:cut]]
        for x in cluster(prefix):
            assert full[x.id] == (x.story_id, x.duplicate_of)


def test_window_closes_stories(corpus):
    arts = [a for a in corpus if a.outlet == "Daily Lantern" or "okonjo" in (a.url or "")]
    okonjo = [a for a in arts if "Okonjo" in (a.title or "")]
    assert len(okonjo) == 4
    together = {x.story_id for x in cluster(okonjo)}
    assert len(together) == 1
    # the Daily Lantern follow-up came a day after the others: a half-day window splits it off
    apart = {x.id: x.story_id for x in cluster(okonjo, ClusterConfig(window_days=0.5))}
    lantern = next(a.id for a in okonjo if a.outlet == "Daily Lantern")
    assert len(set(apart.values())) == 2
    assert sum(v == apart[lantern] for v in apart.values()) == 1


def test_similarity_scores_same_story_high_and_others_low(corpus):
    by_key = {_key(a): a for a in corpus}
    same = similarity(
        by_key["harbour-gazette/okonjo-mayor.txt"], by_key["northgate-chronicle/okonjo-allies.html"]
    )
    other = similarity(
        by_key["harbour-gazette/okonjo-mayor.txt"], by_key["daily-lantern/pellworth-barrier.txt"]
    )
    assert 0.0 <= other < 0.5 <= same <= 1.0


def _jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_cluster_follows_the_spec(tmp_path, corpus):
    rows = [
        {
            "id": a.id,
            "url": a.url,
            "outlet": a.outlet,
            "title": a.title,
            "text": a.text,
            "published": a.published,
        }
        for a in corpus
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, "{broken json")
    inp = tmp_path / "arts.jsonl"
    inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["cluster", str(inp), "--out", str(out), "--quiet"])
    assert r.exit_code == 1  # one malformed line: reported, the rest processed
    err = json.loads(r.stderr.strip().splitlines()[0])
    assert err["line"] == 3 and "invalid JSON" in err["error"]
    got = [json.loads(x) for x in out.read_text().splitlines()]
    assert [g["id"] for g in got] == [a.id for a in corpus]  # input order
    assert all(set(g) == {"id", "story_id", "duplicate_of"} for g in got)
    assert len({g["story_id"] for g in got}) == 3
    assert sum(g["duplicate_of"] is not None for g in got) == 2


def test_cli_similarity_follows_the_spec(tmp_path, corpus):
    by_key = {_key(a): a for a in corpus}

    def art(k):
        a = by_key[k]
        return {"title": a.title, "text": a.text, "outlet": a.outlet}

    pairs = [
        {
            "pair_id": "same",
            "a": art("harbour-gazette/kessling-bridge.txt"),
            "b": art("meridian-wire/wire-2026-03-12.warc.gz#record 1"),
        },
        {
            "pair_id": "diff",
            "a": art("harbour-gazette/kessling-bridge.txt"),
            "b": art("hg-pellworth-barrier"),
        },
        {"pair_id": "bad", "a": {"title": "no text"}, "b": art("hg-pellworth-barrier")},
    ]
    inp = _jsonl(tmp_path / "pairs.jsonl", pairs)
    r = runner.invoke(app, ["similarity", str(inp), "--quiet"])
    assert r.exit_code == 1
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["pair_id"] for o in out] == ["same", "diff"]
    scores = {o["pair_id"]: o["score"] for o in out}
    assert scores["same"] >= 0.5 > scores["diff"] >= 0.0
    assert json.loads(r.stderr.strip().splitlines()[-1])["line"] == 3


HEADS = [
    "Central bank of Norland raises interest rates to 4 percent",
    "Norland central bank lifts rates to 4% to fight inflation",
    "Norland raises key interest rate to four percent",
    "Volcano erupts on Tessa island, flights cancelled",
    "Flights grounded as Tessa island volcano erupts",
]


def _heads(heads: list[str]):
    return [
        finish(article_from_json({"id": f"h{i}", "text": h, "language": "en"}), [], "t", None)
        for i, h in enumerate(heads)
    ]


def test_headlines_cluster():
    sid = {x.id: x.story_id for x in cluster(_heads(HEADS))}
    assert sid["h0"] == sid["h1"] == sid["h2"] and sid["h3"] == sid["h4"] and sid["h0"] != sid["h3"]


# --------------------------------------------------------------------------- the cascade


def test_static_vectors_depend_on_the_text_only():
    from newsprism import nlp

    texts = ["Tessa island volcano erupts", "Norland raises rates", "", "Flights grounded on Tessa"]
    together = nlp.static_embed(texts)
    alone = np.vstack([nlp.static_embed([t]) for t in texts])
    assert together.shape == (4, nlp.EMBED_DIM)
    np.testing.assert_allclose(together, alone, atol=1e-6)
    assert not together[2].any()  # an empty text has no vector
    assert np.allclose(np.linalg.norm(together[[0, 1, 3]], axis=1), 1.0, atol=1e-5)
    # in MiniLM's space: a text's static vector points where its MiniLM vector does
    minilm = nlp.embed(texts)
    assert float(together[0] @ minilm[0]) > float(together[0] @ minilm[1]) + 0.2


def test_cheap_representations_get_the_fast_views_later():
    from newsprism.similarity import embed_views, represent

    arts = _heads(["Norland central bank lifts rates to 4% to fight inflation"])
    full = represent(arts, fast=True, int8=False)[0]
    cheap = represent(arts, fast=True, int8=False, cheap=True)[0]
    assert full.embedded and not cheap.embedded and cheap.static_vec is not None
    assert cheap.terms == full.terms and cheap.names == full.names
    assert embed_views([cheap]) == 1 and cheap.embedded
    np.testing.assert_allclose(cheap.text_vec, full.text_vec, atol=1e-5)
    np.testing.assert_allclose(cheap.title_vec, full.title_vec, atol=1e-5)
    assert embed_views([cheap]) == 0  # nothing left to embed


def test_cascade_clusters_headlines_and_calls_minilm_only_in_between():
    from newsprism.stories import OnlineClusterer

    heads = [
        *HEADS,
        "Tessa island volcano eruption grounds flights",
        "Harbourside library reopens after two-year restoration",
    ]
    engine = OnlineClusterer(ClusterConfig(cascade=True))
    sid = {x.id: x.story_id for x in engine.run(_heads(heads))}
    assert sid["h0"] == sid["h1"] == sid["h2"]
    assert sid["h3"] == sid["h4"] == sid["h5"]
    assert len({sid["h0"], sid["h3"], sid["h6"]}) == 3
    assert engine.transformer_calls < len(heads)  # the clear cases never reach MiniLM
    # the band decides: with an empty band nothing reaches MiniLM; with all of it every article
    # with a candidate story does (all but the first of each of the three stories)
    none = OnlineClusterer(ClusterConfig(cascade=True, cheap_low=0.5, cheap_high=0.5))
    list(none.run(_heads(heads)))
    assert none.transformer_calls == 0
    every = OnlineClusterer(ClusterConfig(cascade=True, cheap_low=-1.0, cheap_high=2.0, cheap_hits=None))
    list(every.run(_heads(heads)))
    assert every.transformer_calls == len(heads) - 3


def test_key_terms_in_common_settle_the_cascade_band():
    from newsprism.stories import OnlineClusterer

    heads = [
        *HEADS,
        "Tessa island volcano eruption grounds flights",
        "Norland monetary authority tightens policy",
    ]
    band = {"cascade": True, "cheap_low": -1.0, "cheap_high": 2.0}
    minilm = OnlineClusterer(ClusterConfig(**band, cheap_hits=None))
    want = {x.id: x.story_id for x in minilm.run(_heads(heads))}
    shared = OnlineClusterer(ClusterConfig(**band))
    got = {x.id: x.story_id for x in shared.run(_heads(heads))}
    assert got == want  # the same stories
    # only the headline that shares fewer than two of its key terms with its best story needs MiniLM
    assert minilm.transformer_calls == len(heads) - 2 and shared.transformer_calls == 1


def test_the_cascade_gives_a_lead_more_threads_only_while_the_worker_is_idle(corpus, monkeypatch):
    import os
    import time

    from newsprism import stories

    asked: list[tuple[bool, int]] = []
    real = stories.embed_views

    def spy(reprs, *, int8=False, threads=1):
        asked.append((reprs[0].headline_only, threads))
        return real(reprs, int8=int8, threads=threads)

    monkeypatch.setattr(stories, "embed_views", spy)
    every = ClusterConfig(
        cascade=True,
        cheap_low=-1.0,
        cheap_high=2.0,
        cheap_low_text=-1.0,
        cheap_high_text=2.0,
        cheap_hits=None,
        cheap_hits_text=None,
    )
    list(stories.OnlineClusterer(every).run([*corpus, *_heads(HEADS)]))  # one batch: no worker left
    assert {(True, 1), (False, os.cpu_count() or 1)} == set(asked)
    asked.clear()
    engine = stories.OnlineClusterer(every)
    with stories.ThreadPoolExecutor(1) as pool:
        engine._worker = pool.submit(time.sleep, 2)  # as if representing the next batch
        engine.add_batch(corpus)
    assert {threads for _, threads in asked} == {1}


def test_a_copy_goes_to_one_source_whatever_order_the_index_lists_candidates_in(monkeypatch):
    from newsprism.stories import CopyIndex

    base = (
        "The Kessling harbour board voted on Tuesday to close the north pier for six weeks of repairs "
        "after divers found cracked pilings beneath the ferry berth, the board's engineer said"
    )
    answers = []
    for flip in (False, True):
        index = CopyIndex()
        index.find("a-first", base + " on Monday.", 100.0)  # filed at the same time, copied alike
        index.find("b-second", base + " on Friday.", 100.0)
        real = index.lsh.query
        monkeypatch.setattr(
            index.lsh, "query", lambda mh, real=real, flip=flip: sorted(real(mh), reverse=flip)
        )
        answers.append(index.find("c-copy", base + ".", 200.0))
    assert answers == ["a-first", "a-first"]  # the same, and by id


def test_cascade_on_the_example_articles_matches_the_full_model(corpus):
    full = cluster_into_stories(corpus)
    fast = cluster_into_stories(corpus, ClusterConfig(cascade=True))
    assert sorted(sorted(s.article_ids) for s in fast) == sorted(sorted(s.article_ids) for s in full)


def test_cli_cluster_cascade(tmp_path, corpus):
    keys = ("id", "url", "outlet", "title", "text", "published")
    src = _jsonl(tmp_path / "in.jsonl", [{k: getattr(a, k) for k in keys} for a in corpus])
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["cluster", str(src), "--out", str(out), "--cascade"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [a.id for a in corpus]
    assert set(rows[0]) == {"id", "story_id", "duplicate_of"}
    assert len({r["story_id"] for r in rows}) == len(EXPECTED)
    assert "MiniLM for" in res.stderr


def test_cli_cluster_times_its_work_apart_from_its_models(tmp_path, corpus):
    keys = ("id", "url", "outlet", "title", "text", "published")
    src = _jsonl(tmp_path / "in.jsonl", [{k: getattr(a, k) for k in keys} for a in corpus])
    plain = tmp_path / "plain.jsonl"
    assert runner.invoke(app, ["cluster", str(src), "--out", str(plain), "--quiet"]).exit_code == 0
    timed = tmp_path / "timed.jsonl"
    res = runner.invoke(app, ["cluster", str(src), "--out", str(timed), "--quiet", "--timings", "--cascade"])
    assert res.exit_code == 0, res.output
    line = res.stderr.strip().splitlines()[-1]
    assert line.startswith("timings (s): ")
    spent = dict(kv.split("=") for kv in line.split(": ", 1)[1].split())
    assert list(spent) == ["read", "models", "cluster", "write"]
    assert all(float(v) >= 0 for v in spent.values())
    # the models loaded first do not change a decision
    nocascade = tmp_path / "nocascade.jsonl"
    assert (
        runner.invoke(app, ["cluster", str(src), "--out", str(nocascade), "-q", "--timings"]).exit_code == 0
    )
    assert nocascade.read_text() == plain.read_text()


# --------------------------------------------------------------------------- consolidation


def test_a_merge_keeps_the_older_id_and_redirects_the_younger(corpus):
    from newsprism.stories import OnlineClusterer, Redirects, story_id_for

    arts = [corpus[i] for i in order(corpus)]
    forced = OnlineClusterer(ClusterConfig(merge_threshold=-1.0))  # every candidate pair merges
    asgs = forced.add_batch(arts)
    merges = [(g.id, g.story_id, old) for g in asgs for old in g.merged]
    assert merges
    redirects = Redirects()
    for g in asgs:
        redirects.add(g)
    for _, survivor, old in merges:
        assert old not in forced.stories
        assert redirects.resolve(old) == redirects.resolve(survivor) in forced.stories
    # the engine's own view agrees with the redirects, article by article
    for g in asgs:
        assert forced.story_of[g.id] == redirects.resolve(g.story_id)
    # the oldest story's id survives: it is the first article's
    assert forced.story_of[arts[0].id] == story_id_for(arts[0].id)
    # cluster() reports every article in the story holding it at the end
    final = {g.id: g.story_id for g in cluster(corpus, ClusterConfig(merge_threshold=-1.0))}
    assert final == {g.id: forced.story_of[g.id] for g in asgs}
    # no merging: the same stream gives no merges
    none = OnlineClusterer(ClusterConfig(merge_threshold=None)).add_batch(arts)
    assert not any(g.merged for g in none)


# --------------------------------------------------------------------------- languages


def _multilingual_stream():
    from test_similarity import _FJORD, _OTHER_DE

    lib_de = _OTHER_DE + " Der Umbau kostete nach Angaben der Stadt rund vier Millionen Euro."
    lib_en = (
        "Lorendal's city library reopens after two years of renovation, with a new reading room and "
        "a collection of rare eighteenth-century maps. The city said the rebuilding cost about four "
        "million euros, more than it had first planned."
    )
    rows = [
        ("en", _FJORD["en"], "en"), ("de", _FJORD["de"], "de"), ("es", _FJORD["es"], "es"),
        ("lib", lib_de, "de"), ("lib-en", lib_en, "en"),
    ]  # fmt: skip
    return [
        {"id": i, "text": t, "language": lang, "published": f"2026-03-01T0{k}:00:00Z"}
        for k, (i, t, lang) in enumerate(rows)
    ]


def test_only_known_languages_decide_whether_use_is_needed():
    from newsprism.stories import mixes_languages

    assert not mixes_languages(["en", "en-GB", None, "EN"])  # a note no one could tell: English
    assert not mixes_languages([None, None])
    assert mixes_languages(["en", "de"])
    assert mixes_languages(["es", None])


def test_stories_cross_languages_with_use(tmp_path):
    rows = _multilingual_stream()
    arts = [finish(article_from_json(r), [], "t", None) for r in rows]
    sid = {g.id: g.story_id for g in cluster(arts, ClusterConfig(multilingual=True))}
    assert sid["en"] == sid["de"] == sid["es"]
    assert sid["lib"] == sid["lib-en"] != sid["en"]
    # `cluster` turns USE on for every article when its input mixes languages
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["cluster", str(_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out)])
    assert res.exit_code == 0, res.output
    cli = {r["id"]: r["story_id"] for r in map(json.loads, out.read_text().splitlines())}
    assert cli == sid


def test_a_story_title_is_a_headline_not_a_wire_slug_or_a_datelines_leftover():
    """The earliest headline that reads as one names the story; without any, the first line of the
    longest report, its dateline left out, cut at a word."""
    from newsprism.models import Article
    from newsprism.stories import story_record

    def art(i, title, when, text="PORT ELLING (Meridian Wire) _ The harbour board voted on Monday."):
        return Article(text=text, id=i, title=title, outlet="Meridian Wire", published=when)

    slugs = [
        art("a", "Urgent", "2026-03-12T06:00:00Z"),
        art("b", "PORT ELLING, Alder: the board said Monday.", "2026-03-12T07:00:00Z"),
        art("c", "Harbour board votes to keep the ferry", "2026-03-12T08:00:00Z"),
    ]
    assert story_record("s", slugs, {}).title == "Harbour board votes to keep the ferry"
    long = (
        "PORT ELLING _ The harbour board voted on Monday to keep the winter ferry to Orrin Island "
        "running through the storms, against the advice of its own engineers.\n\nMore."
    )
    untitled = [art("a", None, "2026-03-12T06:00:00Z", long), art("b", "Urgent", "2026-03-12T07:00:00Z")]
    assert story_record("s", untitled, {}).title == (
        "The harbour board voted on Monday to keep the winter ferry to Orrin Island…"
    )


def test_an_article_of_another_event_that_came_first_does_not_title_the_story():
    """The earliest headline names the story only if its article reads like the rest: one on
    another event that joined first is passed over for the next."""
    from newsprism.models import Article
    from newsprism.stories import story_record, title_members

    ferry = (
        "PORT ELLING (Meridian Wire) _ The harbour board voted on Monday to keep the winter ferry to "
        "Orrin Island running through the storm season, against the advice of its engineers. "
        "Board chair Ida Venn said the island's families needed the ferry."
    )
    stray = (
        "CALDER FALLS (Meridian Wire) _ A regional appeals panel lifted an order against the Calder "
        "mill on Saturday, letting the paper plant reopen its eastern furnace after a safety review."
    )
    arts = [
        Article(
            text=stray,
            id="x",
            title="Panel lifts order against Calder mill",
            published="2026-03-10T06:00:00Z",
        ),
        *(
            Article(text=ferry + f" Update {i}.", id=f"f{i}", title=t, published=f"2026-03-12T0{i}:00:00Z")
            for i, t in enumerate(
                ["Harbour board keeps the Orrin ferry", "Orrin ferry stays", "Ferry vote"], 1
            )
        ),
    ]
    assert [a.id for a in title_members(arts)] == ["f1", "f2", "f3"]
    assert story_record("s", arts, {}).title == "Harbour board keeps the Orrin ferry"
    assert (
        story_record("s", arts[:2], {}).title == "Panel lifts order against Calder mill"
    )  # two: no majority
    # A shown title stays while its article reads like the rest; one the story outgrew does not.
    assert story_record("s", arts, {}, "Ferry vote").title == "Ferry vote"
    assert story_record("s", arts, {}, "Panel lifts order against Calder mill").title == (
        "Harbour board keeps the Orrin ferry"
    )
    # a story of any size: only its earliest members are compared
    from newsprism.stories import TITLE_POOL

    many = [arts[0], *(Article(text=ferry, id=f"m{i}", title="Ferry vote") for i in range(2 * TITLE_POOL))]
    fit = title_members(many)
    assert len(fit) == TITLE_POOL - 1 and "x" not in {a.id for a in fit}


def test_a_copy_is_decided_on_its_exact_share_of_the_source_s_shingles():
    """Near the 75% threshold a sketch's estimate errs either way; the count does not."""
    from itertools import product

    from newsprism.stories import COPY_CONTAINMENT, SHINGLE, CopyIndex

    words = ["".join(p) for p in product(("ka", "lo", "mer", "tu", "vin", "sa"), repeat=3)]
    source, spare = words[:40], words[40:]
    index = CopyIndex()
    index.find("source", " ".join(source), 100.0)
    decided = []
    for n, kept in enumerate(range(26, 41)):  # of 40 words: kept from the source, the rest new
        text = source[:kept] + spare[n * 14 : n * 14 + 40 - kept]
        share = (kept - SHINGLE + 1) / (len(text) - SHINGLE + 1)
        decided.append((round(share, 3), index.find(f"c{n}", " ".join(text), 200.0) == "source"))
    assert decided == [(share, share >= COPY_CONTAINMENT) for share, _ in decided]
    assert {d for _, d in decided} == {True, False}
