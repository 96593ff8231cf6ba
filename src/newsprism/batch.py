"""The batch path for archives: ``newsprism batch --engine spark INPUT... --out DIR``.

Spark distributes the work; the analysis code is the same as the online path's:

1. **Read and clean** (per input file, in parallel): the same readers, cleaner and language
   detection as ``ingest``. Exact re-posts (same URL, same normalised text, same id) are folded
   into the first one, as the store does.
2. **Stories**, with the online engine of ``newsprism cluster`` (MinHash LSH over shingles for
   syndicated copies, candidate stories from key-term postings and embedding LSH buckets, the
   same learned scorer, the same join policy), in one of two modes:

   * ``sequential`` (default): the representations (embeddings, terms, names: nearly all of the
     work) are computed in parallel, then streamed in ``published`` order to one engine
     (``toLocalIterator``, one partition in memory at a time): exactly the single-process
     stories; the sequential part costs ~0.4 ms per article.
   * ``chunked``: the stream is cut into chunks of ``chunk_days``; each task runs its own engine
     over its chunk after replaying the ``replay_days`` before it, and the chunks are stitched (a
     story holding replayed articles takes the id the earlier chunk gave them). Fully parallel,
     but a story's state at a boundary is rebuilt from the replay only, so some decisions differ
     (agreement measured in ``bench/scale.py``).
3. **Quotes** (per article partition): spaCy and the quote extractor, as ``newsprism quotes``.
4. **Output**: Parquet under ``DIR``: ``articles/``, ``stories/`` (id, story_id, duplicate_of,
   score), ``quotes/`` (id, quotes as JSON), ``problems/``. ``newsprism load DIR`` puts it in a store.

Pure functions (``read_file``, ``cluster_chunk``, ``stitch``, ``chunk_plan``) carry the logic;
``run_spark`` only wires them into Spark, so they are tested without a cluster too.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.models import Annotation, Article

DEFAULT_CHUNK_DAYS = 84.0
DEFAULT_REPLAY_DAYS = 28.0


# --------------------------------------------------------------------------- read


def read_file(indexed_path: tuple[int, str]) -> Iterator[dict[str, Any]]:
    """One input file -> ``{"kind": "article"|"problem", ...}`` rows (never raises)."""
    from pathlib import Path

    from newsprism.ingest import read_path

    k, path = indexed_path
    res = read_path(Path(path))
    for p in res.problems:
        yield {"kind": "problem", "path": p.path, "record": p.record, "level": p.level, "reason": p.reason}
    for j, a in enumerate(res.articles):
        yield {"kind": "article", "order": k * 1_000_000 + j, **article_row(a)}


def article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "text": a.text, "published": a.published,
        "language": a.language, "author": a.author, "source": a.source,
        "annotations": json.dumps([[x.kind, x.start, x.end, x.label] for x in a.annotations]),
    }  # fmt: skip


def row_article(r: dict[str, Any]) -> Article:
    anns = [Annotation(k, s, e, lab) for k, s, e, lab in json.loads(r.get("annotations") or "[]")]
    return Article(
        text=r["text"], id=r["id"], title=r.get("title"), url=r.get("url"), outlet=r.get("outlet"),
        published=r.get("published"), language=r.get("language"), author=r.get("author"), source=r.get("source"),
        annotations=anns,
    )  # fmt: skip


def dedupe(
    rows: Iterable[dict[str, Any]], versions: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Fold exact re-posts into the first (input order): same URL, same normalised text, or same
    id, the store's rule. A row with the URL or id of an earlier one but a text not seen yet is a
    new version of that article (the store keeps it as one): appended to ``versions`` when given."""
    from newsprism.store.sql import text_hash

    seen: set[str] = set()
    out = []
    for r in sorted(rows, key=lambda r: r["order"]):
        text = "t:" + text_hash(r["text"])
        names = {f"i:{r['id']}", *([f"u:{r['url']}"] if r.get("url") else [])}
        if text in seen or names & seen:
            if text not in seen and versions is not None:
                versions.append(r)
            seen.add(text)
            continue
        seen |= names | {text}
        out.append(r)
    return out


# --------------------------------------------------------------------------- stories by time chunk


@dataclass(frozen=True, slots=True)
class Chunk:
    index: int
    warm_from: int  # stream position where the replay starts
    start: int  # first position this chunk assigns
    end: int  # one past the last


def chunk_plan(times: Sequence[float], chunk_days: float, window_days: float) -> list[Chunk]:
    """Cut a time-sorted stream (seconds; NaN-free) into chunks of ``chunk_days``, each with the
    positions of the ``window_days`` before it to replay."""
    import bisect

    if not times:
        return []
    chunks, start, k = [], 0, 0
    while start < len(times):
        end = bisect.bisect_left(times, times[start] + chunk_days * 86400, lo=start + 1)
        warm = bisect.bisect_left(times, times[start] - window_days * 86400, hi=start)
        chunks.append(Chunk(k, warm, start, end))
        start, k = end, k + 1
    return chunks


def cluster_chunk(
    chunk: Chunk, articles: Sequence[Article], reprs: Sequence[Any] | None = None, config: Any = None
) -> list[tuple[int, str, str, str | None, float | None]]:
    """Run the online engine over ``articles`` (the chunk's replay then its own, in stream order).
    Returns ``(chunk index, article id, local story id, duplicate_of, score)`` for every article,
    replayed ones included (``stitch`` needs them)."""
    from newsprism.stories import OnlineClusterer, Redirects

    engine = OnlineClusterer(config)
    out = []
    asgs = engine.add_batch(articles, reprs) if articles else []
    merged = Redirects()
    for asg in asgs:
        merged.add(asg)
    for a, asg in zip(articles, asgs, strict=True):  # each in the story holding it at the end
        out.append((chunk.index, a.id, merged.resolve(asg.story_id), asg.duplicate_of, asg.score))
    return out


def stitch(
    results: Iterable[tuple[int, str, str, str | None, float | None]], owned: dict[str, int]
) -> dict[str, tuple[str, str | None, float | None]]:
    """Global assignments from per-chunk ones. ``owned`` maps each article id to the chunk that
    assigns it. Chunks are applied in order; a local story of chunk k that holds articles owned by
    an earlier chunk takes that chunk's story id (the most common one among them)."""
    from collections import Counter, defaultdict

    by_chunk: dict[int, list] = defaultdict(list)
    for r in results:
        by_chunk[r[0]].append(r)
    final: dict[str, tuple[str, str | None, float | None]] = {}
    for k in sorted(by_chunk):
        rows = by_chunk[k]
        votes: dict[str, Counter] = defaultdict(Counter)
        for _, aid, local, _, _ in rows:
            if owned.get(aid, k) < k and aid in final:
                votes[local][final[aid][0]] += 1
        rename = {local: c.most_common(1)[0][0] for local, c in votes.items()}
        for _, aid, local, dup, score in rows:
            if owned.get(aid) == k:
                final[aid] = (rename.get(local, local), dup, score)
    return final


# --------------------------------------------------------------------------- Spark


def spark_session(master: str = "local[*]", app: str = "newsprism"):
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", os.environ.get("PYSPARK_PYTHON") or __import__("sys").executable)
    session = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", os.environ.get("NEWSPRISM_SPARK_DRIVER_MEMORY", "2g"))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


@dataclass(slots=True)
class BatchResult:
    articles: int
    stories: int
    duplicates: int
    problems: int
    chunks: int
    out: str


def _chunk_task(payload) -> list:
    chunk, rows, window_days = payload
    from newsprism.stories import ClusterConfig

    return cluster_chunk(chunk, [row_article(r) for r in rows], config=ClusterConfig(window_days=window_days))


def _represent_partition(items: Iterator[tuple[int, dict[str, Any]]]) -> Iterator[tuple[int, str, Any, Any]]:
    """(position, row) -> (position, id, article, representation), embeddings in batches."""
    from newsprism.similarity import represent

    rows = list(items)
    for i in range(0, len(rows), 256):
        part = rows[i : i + 256]
        arts = [row_article(r) for _, r in part]
        for (pos, _), a, rep in zip(part, arts, represent(arts, fast=True), strict=True):
            yield pos, a.id, a, rep


def _quotes_partition(rows: Iterator[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    from newsprism import nlp, quotes

    arts = [row_article(r) for r in rows]
    english = [a for a in arts if (a.language or "en") == "en"]
    done = {
        a.id: quotes.extract(a, doc)
        for a, doc in zip(english, nlp.parse_many(a.text for a in english), strict=True)
    }
    for a in arts:
        yield a.id, json.dumps([q.to_dict() for q in done.get(a.id, [])], ensure_ascii=False)


def _stream(
    meta: list[tuple[str, float | None, int]],
) -> tuple[list[tuple[str, float | None, int]], list[float]]:
    """(id, time, input position) rows in stream order (``stories.stream_order``), with each row's
    stream time (0.0 before the first dated row) for the chunk plan."""
    from newsprism.stories import stream_order

    meta = sorted(meta, key=lambda m: m[2])
    ordered = stream_order([m[1] for m in meta])
    return [meta[i] for i, _ in ordered], [t if math.isfinite(t) else 0.0 for _, t in ordered]


def _write(
    spark: Any,
    out: str,
    rows: Any,
    arts: Any,
    later_b: Any,
    final: dict[str, tuple[str, str | None, float | None]],
    problems: list[dict[str, Any]],
    with_quotes: bool,
) -> None:
    """The batch's Parquet tables under ``out``: articles, versions (when any), stories, quotes
    and problems."""
    from pyspark.sql import Row

    os.makedirs(out, exist_ok=True)
    arts.map(lambda r: Row(**{k: v for k, v in r.items() if k != "kind"})).toDF().write.mode(
        "overwrite"
    ).parquet(os.path.join(out, "articles"))
    if later_b is not None:
        rows.filter(lambda r: r["kind"] == "article" and r["order"] in later_b.value).map(
            lambda r: Row(**{k: v for k, v in r.items() if k != "kind"})
        ).toDF().write.mode("overwrite").parquet(os.path.join(out, "versions"))
    story_rows = [
        Row(id=aid, story_id=sid, duplicate_of=dup, score=score) for aid, (sid, dup, score) in final.items()
    ]
    if story_rows:
        spark.createDataFrame(
            story_rows, "id string, story_id string, duplicate_of string, score double"
        ).write.mode("overwrite").parquet(os.path.join(out, "stories"))
    if with_quotes:
        arts.mapPartitions(_quotes_partition).map(lambda x: Row(id=x[0], quotes=x[1])).toDF().write.mode(
            "overwrite"
        ).parquet(os.path.join(out, "quotes"))
    spark.createDataFrame(
        [Row(**{k: p.get(k) for k in ("path", "record", "level", "reason")}) for p in problems],
        "path string, record string, level string, reason string",
    ).write.mode("overwrite").parquet(os.path.join(out, "problems"))


def _sequential(
    arts: Any, pos_b: Any, n: int, window_days: float
) -> dict[str, tuple[str, str | None, float | None]]:
    """One engine on the driver over the stream; articles are represented on the executors, in
    stream order, a partition at a time."""
    from newsprism.stories import ClusterConfig, OnlineClusterer, Redirects

    engine = OnlineClusterer(ClusterConfig(window_days=window_days))
    merged = Redirects()
    reprs = (
        arts.map(lambda r: (pos_b.value[r["id"]], r))
        .sortByKey(numPartitions=max(1, n // 2000))
        .mapPartitions(_represent_partition)
    )
    final = {}
    for _, aid, a, rep in reprs.toLocalIterator(prefetchPartitions=True):
        asg = engine.add_batch([a], [rep])[0]
        merged.add(asg)
        final[aid] = (asg.story_id, asg.duplicate_of, asg.score)
    return {aid: (merged.resolve(sid), dup, score) for aid, (sid, dup, score) in final.items()}


def _chunked(
    sc: Any,
    arts: Any,
    pos_b: Any,
    meta: list[tuple[str, float | None, int]],
    plan: list[Chunk],
    window_days: float,
) -> dict[str, tuple[str, str | None, float | None]]:
    """Time chunks clustered in parallel, each warmed up on the days before it, then stitched."""
    owned = {meta[i][0]: c.index for c in plan for i in range(c.start, c.end)}
    plan_b = sc.broadcast(plan)

    def to_chunks(r):
        i = pos_b.value[r["id"]]
        for c in plan_b.value:
            if c.warm_from <= i < c.end:
                yield c.index, (i, r)

    def task(kv):
        rows = [r for _, r in sorted(kv[1], key=lambda x: x[0])]
        return _chunk_task((plan_b.value[kv[0]], rows, window_days))

    by_chunk = arts.flatMap(to_chunks).groupByKey(numPartitions=max(1, len(plan)))
    return stitch(by_chunk.flatMap(task).collect(), owned)


def run_spark(
    inputs: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    master: str = "local[*]",
    chunk_days: float = DEFAULT_CHUNK_DAYS,
    window_days: float | None = None,
    with_quotes: bool = True,
    stories: str = "sequential",
    replay_days: float | None = None,
    spark: Any = None,
) -> BatchResult:
    """The whole batch on Spark; Parquet under ``out``."""

    from newsprism.ingest import iter_files
    from newsprism.stories import DEFAULT_WINDOW_DAYS, timestamp

    window_days = window_days or DEFAULT_WINDOW_DAYS
    replay_days = replay_days or DEFAULT_REPLAY_DAYS
    spark = spark or spark_session(master)
    sc = spark.sparkContext
    files = [str(p) for p in iter_files(inputs)]
    n_slices = max(1, min(len(files), sc.defaultParallelism * 4))
    rows = sc.parallelize(list(enumerate(files)), n_slices).flatMap(read_file).cache()
    problems = rows.filter(lambda r: r["kind"] == "problem").collect()
    # exact re-posts: fold by text hash across the whole input (the driver holds ids and keys only)
    keys = rows.filter(lambda r: r["kind"] == "article").map(
        lambda r: {"order": r["order"], "id": r["id"], "url": r["url"], "text": r["text"]}
    )
    later: list[dict[str, Any]] = []  # same URL or id, new text: versions, loaded after the articles
    kept = {r["order"] for r in dedupe(keys.collect(), later)}
    kept_b = sc.broadcast(kept)
    later_b = sc.broadcast({r["order"] for r in later})
    arts = rows.filter(lambda r: r["kind"] == "article" and r["order"] in kept_b.value).cache()
    # the stream order: published, then input order (as `cluster`)
    meta, times = _stream(arts.map(lambda r: (r["id"], timestamp(r["published"]), r["order"])).collect())
    position = {aid: i for i, (aid, _, _) in enumerate(meta)}
    pos_b = sc.broadcast(position)
    if stories == "sequential":
        final, plan = _sequential(arts, pos_b, len(meta), window_days), []
    elif stories == "chunked":
        plan = chunk_plan(times, chunk_days, replay_days)
        final = _chunked(sc, arts, pos_b, meta, plan, window_days)
    else:
        raise ValueError(f"unknown stories mode {stories!r}: sequential or chunked")

    out = str(out)
    _write(spark, out, rows, arts, later_b if later else None, final, problems, with_quotes)
    return BatchResult(
        articles=len(meta),
        stories=len({v[0] for v in final.values()}),
        duplicates=sum(1 for v in final.values() if v[1]),
        problems=len(problems),
        chunks=len(plan) or 1,
        out=out,
    )


# --------------------------------------------------------------------------- load


def read_parquet(path: str) -> list[dict[str, Any]]:
    """Rows of a Parquet folder (pyarrow)."""
    import pyarrow.parquet as pq

    if not os.path.exists(path):
        return []
    return pq.read_table(path).to_pylist()


def load(out: str | os.PathLike, store: Any) -> dict[str, int]:
    """Put a batch output into a store through the one way in (:mod:`newsprism.tracker`): articles
    (idempotent, as ingest), then their stories from the store's engine, which continues the
    stories already stored (for a batch into an empty store, ``sequential`` mode's stories are
    the same); the story analyses are left to be built on first use."""
    from newsprism.pipeline import assign_stories

    out = str(out)

    def rows(name: str) -> list[Article]:
        return [
            row_article(r) for r in sorted(read_parquet(os.path.join(out, name)), key=lambda r: r["order"])
        ]

    arts, later = rows("articles"), rows("versions")
    added = dup = updated = 0
    for part in (arts, later):  # the articles, then their later versions (as `ingest` would see them)
        for i in range(0, len(part), 500):
            for res in store.add_articles(part[i : i + 500]):
                added += res.status == "added"
                dup += res.status == "duplicate"
                updated += res.status == "updated"
    assign_stories(store)
    stories = {sid for a in arts if (sid := store.story_of(a.id))}
    return {
        "articles": len(arts), "added": added, "updated": updated, "already_stored": dup, "stories": len(stories),
    }  # fmt: skip
