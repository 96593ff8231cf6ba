"""The pipeline: ingest -> clean -> store -> stories -> ... -> report.

``ingest_paths`` reads files into a store (one transaction per batch); ``analyze`` runs every
stage over the articles read and returns the :class:`Analysis` every interface renders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence

from newsprism.ingest import DEFAULT_MAX_BYTES, iter_files, read_path
from newsprism.models import Analysis, Article, IngestReport, Problem
from newsprism.store import Store, open_store

BATCH_SIZE = 200

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

    for path in iter_files(paths):
        res = read_path(path, max_bytes=max_bytes)
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
        if progress:
            progress("file", str(path))
    flush()
    if report.files == 0:
        report.problems.append(Problem(", ".join(map(str, paths)) or "(none)", "no input files found"))
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
    return analysis


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
