"""The pipeline: ingest -> clean -> store -> stories -> ... -> report.

``ingest_paths`` reads files into a store (one transaction per batch); ``analyze`` runs every
stage over the articles read and returns the :class:`Analysis` every interface renders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsprism import __version__
from newsprism.ingest import DEFAULT_MAX_BYTES, iter_files, read_path
from newsprism.models import Analysis, Article, IngestReport, Problem, Story
from newsprism.store import Store, open_store

BATCH_SIZE = 200
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
# Cached story analyses are reused only when written by this version of the analysis code.
ANALYSIS_VERSION = f"{__version__}+compare-1"

# progress(event, detail): event is "file" (one file read) or "stage" (a stage starts)
Progress = Callable[[str, str], None]


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestReport:
    """Read every file under ``paths`` into ``store``. Bad files are reported and skipped; every
    readable article is stored (or found already stored). Batches commit as they fill."""

    def results():
        for path in iter_files(paths):
            yield read_path(path, max_bytes=max_bytes)
            if progress:
                progress("file", str(path))

    report = ingest_articles(store, results(), batch_size=batch_size, on_problem=on_problem)
    if report.files == 0:
        report.problems.append(Problem(", ".join(map(str, paths)) or "(none)", "no input files found"))
    return report


def ingest_articles(
    store: Store,
    results: Iterable[Any],
    *,
    batch_size: int = BATCH_SIZE,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestReport:
    """Store what readers returned (``ingest.FileResult``s: articles and problems per input)."""
    report = IngestReport()
    pending: list[Article] = []

    def flush() -> None:
        if not pending:
            return
        for res in store.add_articles(pending):
            report.article_ids.append(res.id)
            if res.status == "added":
                report.added += 1
            else:
                report.duplicates += 1
        pending.clear()

    for res in results:
        report.files += 1
        if res.problems:
            report.problems.extend(res.problems)
            if on_problem:
                for p in res.problems:
                    on_problem(p)
        if not res.articles and any(p.level == "error" for p in res.problems):
            report.files_failed += 1
        report.articles_read += len(res.articles)
        pending.extend(res.articles)
        if len(pending) >= batch_size:
            flush()
    flush()
    return report


def run_stages(store: Store, article_ids: Sequence[str], progress: Progress | None = None) -> Analysis:
    """Every analysis stage over the given stored articles (input order, duplicates folded)."""
    ids = list(dict.fromkeys(article_ids))
    articles = store.get_articles(ids)
    analysis = Analysis(articles=articles)
    for name, stage in STAGES:
        if progress:
            progress("stage", name)
        stage(store, analysis)
    for st in analysis.stories:  # the web app and `compare`/`brief` read these without recomputing
        store.save_story_analysis(st.id, ANALYSIS_VERSION, story_payload(analysis, st))
    return analysis


def story_payload(analysis: Analysis, story: Story) -> dict[str, Any]:
    """Everything the interfaces show about one story, as plain JSON data."""
    from dataclasses import asdict

    comp = analysis.comparisons.get(story.id)
    ids = story.article_ids
    return {
        "story": story.to_dict(),
        "quotes": {i: [q.to_dict() for q in analysis.quotes.get(i, [])] for i in ids},
        "cited": {i: [asdict(c) for c in analysis.cited.get(i, [])] for i in ids},
        "quote_groups": [g.to_dict() for g in analysis.quote_groups.get(story.id, [])],
        "entities": {i: analysis.entity_spans.get(i, []) for i in ids},
        "comparison": comp.to_dict() if comp is not None else None,
    }


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story's analysis: the cached one when its membership has not changed since, else
    computed now (quotes, comparison, brief) and cached."""
    cached = store.get_story_analysis(story_id, ANALYSIS_VERSION)
    if cached is not None:
        return cached
    analysis = story_analysis(store, story_id)
    if analysis is None:
        return None
    payload = story_payload(analysis, analysis.stories[0])
    store.save_story_analysis(story_id, ANALYSIS_VERSION, payload)
    return payload


class LiveStories:
    """Assigns articles that arrive one upload at a time (the web app's ingest) to the stories
    already stored, with the same online engine ``cluster`` uses.

    On first use the engine replays the stored articles published within one window before the
    newest stored one, and maps each replayed story to the stored story its first member belongs
    to, so an article joining an existing story extends that stored story."""

    def __init__(self, config: Any = None) -> None:
        from newsprism.stories import ClusterConfig

        self.cfg = config or ClusterConfig()
        self.engine: Any = None
        self.ids: dict[str, str] = {}  # engine story id -> stored story id

    def _warm(self, store: Store, exclude: set[str]) -> None:
        from datetime import UTC, datetime, timedelta

        from newsprism.stories import OnlineClusterer, order

        self.engine = OnlineClusterer(self.cfg)
        newest = max((s.last_published or "" for s in store.list_stories()), default="")
        try:
            since = datetime.fromisoformat(newest.replace("Z", "+00:00")) - timedelta(
                days=self.cfg.window_days
            )
            arts = store.articles_since(since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        except ValueError:
            arts = []
        arts = [a for a in arts if a.id not in exclude and store.story_of(a.id)]  # not the new ones
        arts = [arts[i] for i in order(arts)]
        for asg in self.engine.add_batch(arts) if arts else []:
            stored = store.story_of(asg.id)
            if stored:
                self.ids.setdefault(asg.story_id, stored)

    def add(self, store: Store, article_ids: Sequence[str]) -> dict[str, str]:
        """Assign the stored articles ``article_ids`` not yet in a story; returns id -> story id."""
        from newsprism.stories import order

        if self.engine is None:
            self._warm(store, set(article_ids))
        out: dict[str, str] = {}
        fresh = []
        for aid in dict.fromkeys(article_ids):
            sid = store.story_of(aid)
            if sid:
                out[aid] = sid
            else:
                fresh.append(aid)
        arts = store.get_articles(fresh)
        arts = [arts[i] for i in order(arts)]
        for a, asg in zip(arts, self.engine.add_batch(arts) if arts else [], strict=True):
            sid = self.ids.setdefault(asg.story_id, asg.story_id)
            story = store.get_story(sid) or Story(sid, [])
            members = store.get_articles([*story.article_ids, a.id])
            dup = {**story.duplicates}
            if asg.duplicate_of:
                dup[a.id] = asg.duplicate_of
            store.save_stories([_story_record(sid, members, dup, story.title)])
            out[a.id] = sid
        return out


def _story_record(sid: str, members: list[Article], duplicates: dict[str, str], title: str | None) -> Story:
    from newsprism.stories import _ts

    members = sorted(members, key=lambda a: _ts(a.published) or float("inf"))
    dated = [a.published for a in members if a.published]
    return Story(
        id=sid,
        article_ids=[a.id for a in members],
        title=title or members[0].title or members[0].text[:80].strip(),
        outlets=list(dict.fromkeys(a.outlet for a in members if a.outlet)),
        first_published=min(dated) if dated else None,
        last_published=max(dated) if dated else None,
        duplicates=duplicates,
    )


def _stories_stage(store: Store, analysis: Analysis) -> None:
    from newsprism import stories

    analysis.stories = stories.cluster_into_stories(analysis.articles)
    store.save_stories(analysis.stories)


def _quotes_stage(store: Store, analysis: Analysis) -> None:
    from newsprism import nlp, quotes

    spacy = nlp.spacy_nlp()
    english = [a for a in analysis.articles if (a.language or "en") == "en"]
    multi = {i for st in analysis.stories if len(st.article_ids) > 1 for i in st.article_ids}
    procs = 2 if len(english) >= 64 else 1
    for a, doc in zip(
        english, spacy.pipe((a.text for a in english), batch_size=8, n_process=procs), strict=True
    ):
        analysis.quotes[a.id] = quotes.extract(a, doc)
        analysis.entity_spans[a.id] = [
            [e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in ENTITY_LABELS
        ]
        if a.id in multi:
            analysis.docs[a.id] = doc  # the compare stage reads entities from it
    for a in analysis.articles:
        analysis.cited[a.id] = quotes.cited_outlets(a)
    by_id = {a.id: a for a in analysis.articles}
    for st in analysis.stories:
        if len(st.article_ids) > 1:
            groups = quotes.match_across([by_id[i] for i in st.article_ids if i in by_id], analysis.quotes)
            if groups:
                analysis.quote_groups[st.id] = groups


def _compare_stage(store: Store, analysis: Analysis) -> None:
    from newsprism import compare

    by_id = {a.id: a for a in analysis.articles}
    for st in analysis.stories:
        if len(st.article_ids) > 1:
            analysis.comparisons[st.id] = compare.compare_story(
                st,
                [by_id[i] for i in st.article_ids if i in by_id],
                quotes=analysis.quotes,
                cited=analysis.cited,
                quote_groups=analysis.quote_groups.get(st.id, []),
                docs=analysis.docs,
            )
    analysis.docs.clear()


STAGES: list[tuple[str, Callable[[Store, Analysis], None]]] = [
    ("stories", _stories_stage),
    ("quotes", _quotes_stage),
    ("compare", _compare_stage),
]


def story_analysis(store: Store, story_id: str) -> Analysis | None:
    """Quotes and the comparison of one stored story (``newsprism compare``/``brief``, the web
    app): the stages after ``stories`` over that story's articles only."""
    story = store.get_story(story_id)
    if story is None:
        return None
    analysis = Analysis(articles=store.get_articles(story.article_ids), stories=[story])
    _quotes_stage(store, analysis)
    if len(story.article_ids) > 1:
        _compare_stage(store, analysis)
    return analysis


def analyze(
    paths: str | os.PathLike | Sequence[str | os.PathLike],
    *,
    db: str | None = ":memory:",
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> Analysis:
    """Ingest ``paths`` (files or folders) and run every analysis stage over what was read.

    The Python API defaults to an in-memory store; pass ``db`` (a path) to keep the results.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    store = open_store(db)
    try:
        report = ingest_paths(store, paths, max_bytes=max_bytes, progress=progress, on_problem=on_problem)
        analysis = run_stages(store, report.article_ids, progress=progress)
        analysis.ingest = report
        return analysis
    finally:
        store.close()
