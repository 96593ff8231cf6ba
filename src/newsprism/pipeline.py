"""The pipeline: ingest -> clean -> store -> stories -> ... -> report.

``ingest_paths`` reads files into a store (one transaction per batch); ``analyze`` runs every
stage over the articles read and returns the :class:`Analysis` every interface renders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from newsprism import __version__
from newsprism.ingest import DEFAULT_MAX_BYTES, FileResult, iter_files, read_path
from newsprism.models import Analysis, Article, IngestReport, Problem, Story
from newsprism.store import Store, open_store

BATCH_SIZE = 200
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
# Cached story analyses are reused only when written by this version of the analysis code.
ANALYSIS_VERSION = f"{__version__}+compare-1"

# progress(event, detail): "file" (one file read), "stage" (a stage starts), "assign" ("done/total" of the stories step)
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

    report = ingest_articles(
        store, results(), batch_size=batch_size, on_problem=on_problem, progress=progress
    )
    if report.files == 0:
        report.problems.append(Problem(", ".join(map(str, paths)) or "(none)", "no input files found"))
    return report


def ingest_articles(
    store: Store,
    results: Iterable[FileResult],
    *,
    batch_size: int = BATCH_SIZE,
    on_problem: Callable[[Problem], None] | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Store what readers returned (``ingest.FileResult``s: articles and problems per input), then
    assign every article in no story yet to its story (:mod:`newsprism.tracker`): the one step
    every way in shares."""
    report = IngestReport()
    pending: list[Article] = []

    def flush() -> None:
        # one transaction per ``batch_size`` articles, even within one big file: a kill loses
        # at most the batch in flight, and the next run stores the rest (ingest is idempotent)
        for i in range(0, len(pending), batch_size):
            for res in store.add_articles(pending[i : i + batch_size]):
                report.article_ids.append(res.id)
                if res.status == "added":
                    report.added += 1
                elif res.status == "updated":
                    report.updated += 1
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
    assign_stories(store, report, progress)
    return report


def assign_stories(
    store: Store, report: IngestReport | None = None, progress: Progress | None = None
) -> None:
    """The stories step: every stored article in no story joins one (recorded in ``report``)."""
    from newsprism.tracker import assign_pending

    if progress:
        progress("stage", "stories")
    done = assign_pending(store, (lambda d, n: progress("assign", f"{d}/{n}")) if progress else None)
    if report is not None:
        report.stories.update(done.stories)
        report.late += done.late


def run_stages(store: Store, article_ids: Sequence[str], progress: Progress | None = None) -> Analysis:
    """Every analysis stage over the stories the given stored articles belong to, with all their
    stored members (a batch that extends a stored story is analysed with the whole story)."""
    ids = list(dict.fromkeys(article_ids))
    analysis = Analysis(articles=store.get_articles(ids))
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


def _stories_stage(store: Store, analysis: Analysis) -> None:
    """The stories the articles belong to (assigning any still pending), and all their members."""
    assign_stories(store)
    sids = dict.fromkeys(sid for a in analysis.articles if (sid := store.story_of(a.id)))
    analysis.stories = sorted(
        (st for sid in sids if (st := store.get_story(sid)) is not None),
        key=lambda st: (st.first_published or "", st.id),
    )
    analysis.articles = store.get_articles([i for st in analysis.stories for i in st.article_ids])


def _quotes_stage(store: Store, analysis: Analysis) -> None:
    from newsprism import compare, nlp, quotes

    english = [a for a in analysis.articles if (a.language or "en") == "en"]
    by_id = {a.id: a for a in analysis.articles}
    compared: dict[str, list[Article]] = {}  # story id -> the members its comparison reads
    for st in analysis.stories:
        if len(st.article_ids) > 1:
            members = [by_id[i] for i in st.article_ids if i in by_id]
            compared[st.id] = compare.sample_articles(st, members, compare.DEFAULT.max_articles)[0]
    multi = {a.id for members in compared.values() for a in members}
    procs = 2 if len(english) >= 64 else 1
    for a, doc in zip(
        english, nlp.parse_many((a.text for a in english), batch_size=8, n_process=procs), strict=True
    ):
        analysis.quotes[a.id] = _quotes_of(analysis, a, doc)
        analysis.entity_spans[a.id] = [
            [e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in ENTITY_LABELS
        ]
        if a.id in multi:
            analysis.docs[a.id] = doc  # the compare stage reads entities from it
    for a in analysis.articles:
        analysis.cited[a.id] = quotes.cited_outlets(a)
    for sid, members in compared.items():
        groups = quotes.match_across(members, analysis.quotes)
        if groups:
            analysis.quote_groups[sid] = groups


def _quotes_of(analysis: Analysis, a: Article, doc) -> list:
    """The article's quotes; a defect on one article is reported and its quotes left empty, so the
    batch goes on (and spaCy's worker processes are not left blocked behind a raised error)."""
    from newsprism import quotes

    try:
        return quotes.extract(a, doc)
    except Exception as e:  # noqa: BLE001 - one article's failure must not stop the batch
        analysis.ingest.problems.append(
            Problem(a.id, f"quotes not extracted ({type(e).__name__}: {e})", level="warning")
        )
        return []


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
    from newsprism import compare

    story = store.get_story(story_id)
    if story is None:
        return None
    # a huge story is read on the sample its comparison uses: a page costs the same at 50 or 5,000
    members, sample = compare.sample_articles(
        story, store.get_articles(story.article_ids), compare.DEFAULT.max_articles
    )
    analysis = Analysis(articles=members, stories=[story])
    _quotes_stage(store, analysis)
    if len(story.article_ids) > 1:
        _compare_stage(store, analysis)
    if sample and story.id in analysis.comparisons:
        analysis.comparisons[story.id].sample = sample
    return analysis


def with_ingest(
    analysis: Analysis, report: IngestReport, on_problem: Callable[[Problem], None] | None = None
) -> Analysis:
    """``analysis`` with the ingest ``report`` it ran on; the stages' own problems (one article's
    defect) are added to the report's and passed to ``on_problem``."""
    for problem in analysis.ingest.problems:
        report.problems.append(problem)
        if on_problem is not None:
            on_problem(problem)
    analysis.ingest = report
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
        return with_ingest(run_stages(store, report.article_ids, progress=progress), report, on_problem)
    finally:
        store.close()
