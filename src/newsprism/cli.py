"""The ``newsprism`` command line. Data goes to standard output; logs, problems and progress
bars go to standard error.

Exit status of ``ingest`` and ``analyze``: 0 when everything readable was stored (unreadable
files are reported and counted but do not fail the run), 1 with ``--strict`` when any input had
an error, 2 for a usage error, no input files, or a store that cannot be opened or written.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsprism import __version__
from newsprism.ingest import DEFAULT_MAX_BYTES, iter_files
from newsprism.models import Article, Problem
from newsprism.store import open_store, resolve_db

app = typer.Typer(
    name="newsprism",
    help="See one news story through every outlet that covers it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

DbOpt = Annotated[
    str | None,
    typer.Option("--db", envvar="NEWSPRISM_DB", help="Store: a SQLite file path (default ./newsprism.db)."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries on stderr.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse input files larger than this.")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 1 when any input file had an error.")]


def _version(value: bool) -> None:
    if value:
        print(f"newsprism {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """newsprism: ingest articles, group them into stories, compare outlets."""


def _open(db: str | None):
    try:
        return open_store(db)
    except Exception as exc:  # noqa: BLE001
        err.print(f"[red]error:[/] cannot open store {escape(repr(resolve_db(db)))}: {escape(str(exc))}")
        raise typer.Exit(2) from exc


@contextmanager
def _progress(total: int, quiet: bool, what: str):
    if quiet or total == 0:
        yield lambda event, detail: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[detail]}", style="dim"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(what, total=total, detail="")
        stories: list = []

        def tick(event: str, detail: str) -> None:
            if event == "file":
                bar.update(task, advance=1, detail=Path(detail).name[:40])
            elif event == "stage":
                bar.update(task, description=detail, detail="")
            elif event == "assign":  # "done/total" articles of the stories step
                done, n = map(int, detail.split("/"))
                if not stories:
                    stories.append(bar.add_task("stories", total=n, detail="articles assigned"))
                bar.update(stories[0], completed=done, total=n)

        yield tick


def _problem_printer(quiet: bool):
    def show(p: Problem) -> None:  # one line per problem, never wrapped, even with --quiet
        style = "red" if p.level == "error" else "yellow"
        err.print(Text.assemble((f"{p.level}:", style), p.line()[len(p.level) + 1 :]))

    return show


def _check_inputs(paths: list[Path]) -> int:
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error:[/] {escape(str(p))}: no such file or folder")
    return len(missing)


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders: .txt .html .jsonl RSS/Atom .warc[.gz]")
    ],
    db: DbOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Read articles into the store. Re-ingesting the same article changes nothing."""
    from newsprism.pipeline import ingest_paths

    missing = _check_inputs(paths)
    store = _open(db)
    files = list(iter_files([p for p in paths if p.exists()]))
    try:
        with _progress(len(files), quiet, "ingest") as tick:
            report = ingest_paths(
                store, files, max_bytes=max_bytes, progress=tick, on_problem=_problem_printer(quiet)
            )
    except Exception as exc:  # noqa: BLE001 - a store failure: what was committed stays committed
        err.print(f"[red]error:[/] store failure, stopped: {escape(str(exc))}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    if not quiet:
        err.print(
            f"{report.files} files: {report.added} articles added, {report.updated} updated, "
            f"{report.duplicates} already stored, {len(set(report.stories.values()))} stories joined or started, "
            f"{len(report.errors)} errors, {len(report.problems) - len(report.errors)} warnings "
            f"({report.files_failed} files unreadable) -> {resolve_db(db)}"
        )
    if missing or not files:
        raise typer.Exit(2)
    if strict and report.errors:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOpt = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many.")] = 0,
    as_json: JsonOpt = False,
) -> None:
    """List stored articles (JSON Lines with --json)."""
    store = _open(db)
    try:
        rows = list(store.iter_articles(outlet=outlet, limit=limit, offset=offset))
        total = store.count_articles()
        if as_json:
            for a in rows:
                d = a.to_dict()
                d["story_id"] = store.story_of(a.id)
                print(json.dumps(d, ensure_ascii=False))
            return
        t = Table(title=f"{len(rows)} of {total} articles")
        for col in ("id", "outlet", "published", "title", "story"):
            t.add_column(col, overflow="fold")
        for a in rows:
            t.add_row(
                *map(
                    Text, (a.id, a.outlet or "", a.published or "", a.title or "", store.story_of(a.id) or "")
                )
            )
        out.print(t)
    finally:
        store.close()


@app.command()
def stories(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """List stories: headline, outlets, article count, first and last published, copies."""
    store = _open(db)
    try:
        rows = store.list_stories()
        if as_json:
            for s in rows:
                print(json.dumps(s.to_dict(), ensure_ascii=False))
            return
        t = Table(title=f"{len(rows)} stories")
        for col in ("story", "headline", "outlets", "articles", "first", "last", "copies"):
            t.add_column(col, overflow="fold")
        for s in rows:
            t.add_row(*map(Text, (s.id, s.title or "", ", ".join(s.outlets), str(len(s.article_ids)),
                                  s.first_published or "", s.last_published or "", str(len(s.duplicates)))))  # fmt: skip
        out.print(t)
    finally:
        store.close()


@app.command()
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="An article id or a story id.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show one article (text with ignored spans marked) or one story."""
    store = _open(db)
    try:
        art = store.get_article(item_id)
        story = None if art else store.get_story(item_id)
        if art is None and story is None:
            err.print(f"[red]error:[/] no article or story with id {escape(repr(item_id))}")
            raise typer.Exit(1)
        if story is not None:
            members = store.get_articles(story.article_ids)
            if as_json:
                d = story.to_dict()
                d["articles"] = [a.to_dict() for a in members]
                print(json.dumps(d, ensure_ascii=False))
                return
            out.print(Text(f"{story.title or story.id}  ({story.id})", style="bold"))
            out.print(Text(f"{len(members)} articles, outlets: {', '.join(story.outlets)}"))
            for a in members:
                line = Text(f"  {a.published or 'undated'}  {a.outlet or '?'}: {a.title or a.id}  ")
                line.append(a.id, style="dim")
                if a.id in story.duplicates:
                    line.append(f"  (copy of {story.duplicates[a.id]})", style="yellow")
                out.print(line)
            return
        if as_json:
            d = art.to_dict()
            d["story_id"] = store.story_of(art.id)
            print(json.dumps(d, ensure_ascii=False))
            return
        from newsprism.report import segments

        out.print(Text(art.title or "(untitled)", style="bold"))
        out.print(
            Text(
                f"{art.id} · {art.outlet or '?'} · {art.published or 'undated'} · {art.language or '?'} · {art.url or art.source}",
                style="dim",
            )
        )
        out.print()
        body = Text()
        for seg, kind in segments(art):
            if kind:
                body.append(seg, style="dim strike")
                body.append(f" [{kind}]", style="dim")
            else:
                body.append(seg)
        out.print(body)
    finally:
        store.close()


@app.command()
def history(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id.")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List an article's stored versions with a word-level diff between consecutive ones."""
    from newsprism.versions import history as diffs

    store = _open(db)
    try:
        versions = store.article_versions(article_id)
    finally:
        store.close()
    if not versions:
        err.print(f"[red]error:[/] no article with id {escape(repr(article_id))}")
        raise typer.Exit(1)
    changes = diffs(versions)
    if as_json:
        print(json.dumps({
            "id": article_id,
            "versions": [{"version": v.version, "seen_at": v.seen_at, "title": v.title, "published": v.published,
                          "words": len(v.text.split())} for v in versions],
            "diffs": [d.to_dict() for d in changes],
        }, ensure_ascii=False))  # fmt: skip
        return
    for v in versions:
        out.print(
            Text(f"v{v.version}  seen {v.seen_at}  {len(v.text.split())} words  {v.title or '(untitled)'}")
        )
    for d in changes:
        out.print()
        out.print(Text(f"v{d.from_version} -> v{d.to_version} ({d.seen_at}): -{d.words_removed} +{d.words_added} words",
                       style="bold"))  # fmt: skip
        for f in d.flags:
            out.print(Text.assemble(("  ! ", "yellow"), (f"{f.kind}: ", "yellow"), f.detail))
        for c in d.changes:
            line = Text("  ... " + c.before + " ")
            if c.old:
                line.append(c.old, style="red strike")
                line.append(" ")
            if c.new:
                line.append(c.new, style="green")
                line.append(" ")
            line.append(c.after + " ...")
            out.print(line)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to analyse.")],
    report_out: Annotated[Path, typer.Option("--out", "-o", help="Report: .html, .md or .json")] = Path(
        "newsprism-report.html"
    ),
    db: DbOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Ingest, run every analysis stage, write a report, print a one-screen summary."""
    from newsprism.pipeline import ingest_paths, run_stages, with_ingest
    from newsprism.report import summary, write_report

    if report_out.suffix.lower() not in (".html", ".htm", ".md", ".json"):
        err.print(
            f"[red]error:[/] --out must end in .html, .md or .json, not {escape(repr(report_out.suffix))}"
        )
        raise typer.Exit(2)
    missing = _check_inputs(paths)
    files = list(iter_files([p for p in paths if p.exists()]))
    store = _open(db)
    try:
        with _progress(len(files) + 1, quiet, "ingest") as tick:
            printer = _problem_printer(quiet)
            report = ingest_paths(store, files, max_bytes=max_bytes, progress=tick, on_problem=printer)
            analysis = with_ingest(run_stages(store, report.article_ids, progress=tick), report, printer)
    finally:
        store.close()
    write_report(analysis, report_out)
    if not quiet:
        _print_summary(summary(analysis), analysis, report_out, resolve_db(db))
    if missing or not files:
        raise typer.Exit(2)
    if strict and report.errors:
        raise typer.Exit(1)


def _print_summary(s: dict, analysis, report_out: Path, db: str) -> None:
    err.print(
        f"[bold]newsprism[/] read {s['files']} files: {s['articles']} articles "
        f"({s['added']} new, {s['already_stored']} already stored) from {len(s['outlets'])} outlets; "
        f"{s['errors']} errors, {s['warnings']} warnings."
    )
    ign = ", ".join(f"{v} {k}" for k, v in s["ignored_spans"].items()) or "none"
    err.print(f"Ignored spans: {ign}.")
    err.print(
        f"Quotes: {s['quotes']}; {s['shared_quotes']} carried by several articles, {s['flagged_quotes']} with "
        "altered wording or attribution."
    )
    if analysis.stories:
        t = Table(
            title=f"{s['stories']} stories ({s['multi_outlet_stories']} multi-outlet, {s['copies']} copies)"
        )
        for col in ("story", "headline", "articles", "outlets"):
            t.add_column(col, overflow="fold")
        for st in analysis.stories[:12]:
            t.add_row(*map(Text, (st.id, st.title or "", str(len(st.article_ids)), ", ".join(st.outlets))))
        err.print(t)
    err.print(Text(f"Report: {report_out}   Store: {db}"))


# --------------------------------------------------------------------------- JSONL interfaces

InPath = Annotated[
    str, typer.Argument(metavar="INPUT.jsonl", help="JSON Lines file, or - for standard input.")
]
OutOpt = Annotated[
    str | None, typer.Option("--out", help="Write JSON Lines here instead of standard output.")
]


def _read_jsonl(path: str) -> tuple[list[tuple[int, dict]], int]:
    """(line number, object) for each good line; bad lines are reported on stderr as
    ``{"line": N, "error": "..."}``. Returns the objects and the number of bad lines."""
    try:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="strict")  # noqa: SIM115
        raw = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/] cannot read {escape(path)}: {escape(str(exc))}")
        raise typer.Exit(2) from exc
    good, bad = [], 0
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            good.append((n, obj))
        except ValueError as exc:
            _line_error(n, f"invalid JSON: {exc}")
            bad += 1
    return good, bad


def _line_error(n: int, msg: str) -> None:
    print(json.dumps({"line": n, "error": msg}), file=sys.stderr)


def _article(obj: object, n: int, what: str, parsed: Article | None = None):
    from newsprism.ingest import article_from_json, finish

    art = parsed or article_from_json(obj)
    problems: list[Problem] = []
    done = finish(art, problems, "input", f"line {n}", detect=parsed is None)
    if done is None:
        raise ValueError(f"{what}: " + "; ".join(p.reason for p in problems))
    return done


def _read_articles(path: str) -> tuple[list, int]:
    """Article lines of a JSONL input; each bad line is reported and counted. The languages of
    all lines are identified in one batch."""
    from newsprism.ingest import article_from_json, identify_languages

    lines, bad = _read_jsonl(path)
    parsed = []
    for n, obj in lines:
        try:
            parsed.append((n, article_from_json(obj)))
        except ValueError as exc:
            _line_error(n, str(exc))
            bad += 1
    identify_languages([a for _, a in parsed])
    arts = []
    for n, art in parsed:
        try:
            arts.append(_article(None, n, "article", art))
        except ValueError as exc:
            _line_error(n, str(exc))
            bad += 1
    return arts, bad


def _write_jsonl(rows: list[dict], out_path: str | None) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if out_path:
        Path(out_path).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


@app.command()
def similarity(input_path: InPath, out_path: OutOpt = None, quiet: QuietOpt = False) -> None:
    """Same-story score in [0, 1] for each pair: {"pair_id", "a": Article, "b": Article} -> {"pair_id", "score"}."""
    from newsprism.similarity import DocFreq, represent_pairs, score_pairs

    lines, bad = _read_jsonl(input_path)
    pairs = []
    for n, obj in lines:
        try:
            pid = obj.get("pair_id")
            if pid is None:
                raise ValueError("missing 'pair_id'")
            pairs.append((n, pid, _article(obj.get("a"), n, "a"), _article(obj.get("b"), n, "b")))
        except ValueError as exc:
            _line_error(n, str(exc))
            bad += 1
    arts = [x for _, _, a, b in pairs for x in (a, b)]
    if not quiet:
        err.print(f"similarity: {len(pairs)} pairs, embedding {len(arts)} articles ...")
    reps = represent_pairs(arts)
    df = DocFreq()  # document frequencies over every distinct article of the input
    seen = set()
    for a, r in zip(arts, reps, strict=True):
        if a.id not in seen:
            seen.add(a.id)
            df.add(r.terms)
    scores = score_pairs([(reps[2 * i], reps[2 * i + 1]) for i in range(len(pairs))], df)
    _write_jsonl(
        [{"pair_id": p[1], "score": round(float(s), 6)} for p, s in zip(pairs, scores, strict=True)], out_path
    )
    if bad:
        raise typer.Exit(1)


@app.command()
def cluster(
    input_path: InPath,
    out_path: OutOpt = None,
    window: Annotated[
        float | None,
        typer.Option("--window", help="Days a story stays open after its latest article (default: 7)."),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option("--threshold", help="Score against a story needed to join it (default: 0.35)."),
    ] = None,
    cascade: Annotated[
        bool,
        typer.Option(
            "--cascade",
            help="Decide from cheap static vectors where they are clear, MiniLM only in between: "
            "several times faster, slightly less accurate (see BENCHMARKS.md).",
        ),
    ] = False,
    timings: Annotated[
        bool,
        typer.Option(
            "--timings",
            help="Load the models first, then print the seconds spent reading, loading, clustering "
            "and writing to stderr (also with --quiet).",
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> None:
    """Online story clustering: Article lines -> {"id", "story_id", "duplicate_of"} in input order."""
    import time
    from dataclasses import replace

    from newsprism.stories import ClusterConfig, OnlineClusterer, Redirects, mixes_languages, order

    clock = [time.perf_counter()]
    if timings:  # the language identifier loads on first use: counted with the models, not reading
        _warm_language_model()
    clock.append(time.perf_counter())
    arts, bad = _read_articles(input_path)
    clock.append(time.perf_counter())
    cfg = ClusterConfig()  # the defaults, where an option is not given
    mixed = mixes_languages(a.language for a in arts)  # USE for all, so the languages meet
    cfg = replace(
        cfg,
        threshold=cfg.threshold if threshold is None else threshold,
        cascade=cascade,
        multilingual=True if mixed and arts else None,
    )
    engine = OnlineClusterer(replace(cfg, window_days=cfg.window_days if window is None else window))
    idx = order(arts)
    if timings and arts:
        engine.warm(arts[idx[0]])  # what loads on first use otherwise, timed on its own
    clock.append(time.perf_counter())
    result: dict[int, dict] = {}
    redirects = Redirects()
    with _progress(len(idx), quiet, "cluster") as tick:
        for j, asg in zip(idx, engine.run([arts[j] for j in idx]), strict=True):
            redirects.add(asg)
            result[j] = {"id": asg.id, "story_id": asg.story_id, "duplicate_of": asg.duplicate_of}
            tick("file", asg.id)
    for row in result.values():  # the story that holds each article at the end (merges resolved)
        row["story_id"] = redirects.resolve(row["story_id"])
    clock.append(time.perf_counter())
    _write_jsonl([result[i] for i in range(len(arts))], out_path)
    clock.append(time.perf_counter())
    if timings:
        err.print("timings (s):", _spent(clock), highlight=False)
    if not quiet:
        used = f" (MiniLM for {engine.transformer_calls})" if cascade else ""
        err.print(
            f"cluster: {len(arts)} articles -> {len(set(r['story_id'] for r in result.values()))} stories{used}"
        )
    if bad:
        raise typer.Exit(1)


def _warm_language_model() -> None:
    from newsprism.ingest import detect_language

    detect_language("a sentence that loads the language identifier")


def _spent(clock: list[float]) -> str:
    """'read=0.351 models=4.562 cluster=1.442 write=0.010' from the clock readings of ``cluster``
    (language model, read, the engine's models, cluster, write)."""
    d = [b - a for a, b in zip(clock, clock[1:], strict=False)]
    return f"read={d[1]:.3f} models={d[0] + d[2]:.3f} cluster={d[3]:.3f} write={d[4]:.3f}"


@app.command()
def quotes(
    input_path: InPath,
    out_path: OutOpt = None,
    processes: Annotated[int, typer.Option("--processes", "-j", help="spaCy worker processes.")] = 2,
    quiet: QuietOpt = False,
) -> None:
    """Quotes with cue, source and resolved speaker: Article lines -> {"id", "quotes": [...]} in input order."""
    from newsprism.quotes import extract_many

    arts, bad = _read_articles(input_path)
    rows = []
    failed = []

    def report(a, message: str) -> None:  # one article's defect: reported, and the batch goes on
        failed.append(a.id)
        err.print(f"[red]error:[/] {escape(a.id)}: quotes not extracted ({escape(message)})")

    with _progress(len(arts), quiet, "quotes") as tick:
        for a, found in zip(arts, extract_many(arts, processes=processes, on_error=report), strict=True):
            rows.append({"id": a.id, "quotes": [q.to_dict() for q in found]})
            tick("file", a.id)
    _write_jsonl(rows, out_path)
    if bad or failed:
        raise typer.Exit(1)


StoryArg = Annotated[str, typer.Argument(metavar="STORY_ID", help="A story id (see `newsprism stories`).")]


def _story_analysis(db: str | None, story_id: str):
    from newsprism.pipeline import story_analysis

    store = _open(db)
    try:
        analysis = story_analysis(store, story_id)
    finally:
        store.close()
    if analysis is None:
        err.print(f"[red]error:[/] no story with id {escape(repr(story_id))} in {resolve_db(db)}")
        raise typer.Exit(1)
    if story_id not in analysis.comparisons:
        err.print(f"[yellow]note:[/] story {escape(story_id)} has one article: nothing to compare")
    return analysis


@app.command()
def compare(story_id: StoryArg, db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Compare a story's articles: consensus, unique content, conflicts, text reuse, provenance, entities."""
    analysis = _story_analysis(db, story_id)
    comp = analysis.comparisons.get(story_id)
    if as_json:
        print(
            json.dumps(
                comp.to_dict()
                if comp
                else {"story_id": story_id, "article_ids": analysis.stories[0].article_ids},
                ensure_ascii=False,
            )
        )
        return
    if comp is None:
        return
    from newsprism.report import comparison_text

    by_id = {a.id: a for a in analysis.articles}
    out.print(Text(comparison_text(comp, by_id, analysis.stories[0].title)))


@app.command()
def brief(story_id: StoryArg, db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """A short neutral brief of a story; every sentence names the outlets that carry it."""
    analysis = _story_analysis(db, story_id)
    comp = analysis.comparisons.get(story_id)
    story = analysis.stories[0]
    if as_json:
        d = {"story_id": story_id, "title": story.title, "outlets": story.outlets}
        from newsprism.compare.brief import EMPTY_BRIEF

        d.update(comp.brief if comp else EMPTY_BRIEF)
        print(json.dumps(d, ensure_ascii=False))
        return
    if comp is not None:
        from newsprism.report import brief_text

        out.print(Text(brief_text(comp, story.title)))


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_ingest: Annotated[
        bool,
        typer.Option(
            "--allow-ingest", help="Enable uploads (POST /ingest, /api/ingest); they need the token."
        ),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="NEWSPRISM_TOKEN", help="Ingest token (default: a random one, printed at start)."
        ),
    ] = None,
) -> None:
    """The web app and REST API (FastAPI + uvicorn): story list, story pages, articles, ingest."""
    import uvicorn

    from newsprism.web import create_app

    try:
        web = create_app(db, allow_ingest=allow_ingest, token=token)
    except Exception as exc:  # noqa: BLE001 - a store that cannot be opened
        err.print(f"[red]error:[/] cannot open the store {escape(resolve_db(db))}: {escape(str(exc))}")
        raise typer.Exit(2) from exc
    err.print(
        f"newsprism serving {escape(resolve_db(db))} on http://{host}:{port}/ (API schema: /openapi.json)"
    )
    if allow_ingest:
        err.print(f"ingest is on; token: {escape(web.state.token)}")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def watch(
    sources: Annotated[
        list[str] | None, typer.Argument(metavar="SOURCE...", help="RSS/Atom feed or news sitemap URLs.")
    ] = None,
    sources_file: Annotated[
        Path | None, typer.Option("--sources", help="A file of sources, one per line: URL [outlet name].")
    ] = None,
    every: Annotated[float, typer.Option("--every", help="Seconds between polls of every source.")] = 600.0,
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and exit (for cron).")] = False,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one host.")] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for a server.")] = 15.0,
    db: DbOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Follow feeds and sitemaps: fetch new pages, add them to their stories, catch corrections."""
    import signal
    import threading

    from newsprism.watch import FetchConfig, Fetcher, read_sources
    from newsprism.watch import watch as run_watch

    todo: list[tuple[str, str | None]] = [(u, None) for u in sources or []]
    if sources_file is not None:
        try:
            todo += read_sources(sources_file.read_text(encoding="utf-8").splitlines())
        except OSError as exc:
            err.print(f"[red]error:[/] cannot read {escape(str(sources_file))}: {escape(str(exc))}")
            raise typer.Exit(2) from exc
    bad = [u for u, _ in todo if not u.startswith(("http://", "https://"))]
    if not todo or bad:
        err.print(
            f"[red]error:[/] give http(s) source URLs{': not ' + escape(', '.join(bad)) if bad else ''}"
        )
        raise typer.Exit(2)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):  # finish the page in hand, store it, then exit
        signal.signal(sig, lambda *_: stop.set())

    def show(rep) -> None:
        if not quiet:
            style = "red" if rep.errors else "green"
            err.print(Text.assemble(("poll ", style), rep.line()))
            for e in rep.errors[:5]:
                err.print(Text.assemble(("  error: ", "red"), e))

    store = _open(db)
    try:
        fetcher = Fetcher(FetchConfig(host_delay=max(0.0, delay), timeout=timeout))
        run_watch(store, todo, every=every, once=once, stop=stop, on_poll=show, fetcher=fetcher)
    finally:
        store.close()


@app.command("sources")
def sources_cmd(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """The sources `watch` follows: last poll, new and updated articles, errors."""
    from dataclasses import asdict

    store = _open(db)
    try:
        rows = store.watch_sources()
    finally:
        store.close()
    if as_json:
        for r in rows:
            print(json.dumps(asdict(r), ensure_ascii=False))
        return
    t = Table(title=f"{len(rows)} sources")
    for col in (
        "source",
        "outlet",
        "last poll",
        "last ok",
        "polls",
        "new",
        "updated",
        "errors",
        "last error",
    ):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(*map(Text, (r.url, r.outlet or "", r.last_poll or "", r.last_ok or "", str(r.polls),
                              str(r.new_articles), str(r.updated_articles), str(r.errors), r.last_error or "")))  # fmt: skip
    out.print(t)


@app.command()
def batch(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders: .jsonl, .warc[.gz] and every other input format.")
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", help="Output folder (Parquet: articles, stories, quotes, problems).")
    ],
    engine: Annotated[str, typer.Option(help="The distributed engine: spark.")] = "spark",
    master: Annotated[
        str, typer.Option(help="Spark master URL (local[*], spark://host:7077, yarn, ...).")
    ] = "local[*]",
    stories: Annotated[
        str, typer.Option(help="sequential: exactly the online stories; chunked: time chunks in parallel.")
    ] = "sequential",
    chunk_days: Annotated[float, typer.Option(help="chunked: days per story-assignment task.")] = 84.0,
    replay_days: Annotated[float, typer.Option(help="chunked: days replayed before each chunk.")] = 28.0,
    window: Annotated[
        float | None, typer.Option(help="Days a story stays open (default: as `cluster`).")
    ] = None,
    no_quotes: Annotated[bool, typer.Option("--no-quotes", help="Skip quote extraction.")] = False,
) -> None:
    """Archive-scale batch on Spark: read + clean, syndicated copies, stories, quotes -> Parquet."""
    if engine != "spark":
        err.print(f"[red]error:[/] unknown engine {escape(repr(engine))}: use spark")
        raise typer.Exit(2)
    missing = _check_inputs(paths)
    try:
        from newsprism.batch import run_spark
    except ImportError as exc:
        err.print("[red]error:[/] the Spark path needs pyspark: pip install 'newsprism[spark]'")
        raise typer.Exit(2) from exc
    res = run_spark([p for p in paths if p.exists()], out_dir, master=master, chunk_days=chunk_days,
                    window_days=window, with_quotes=not no_quotes, stories=stories, replay_days=replay_days)  # fmt: skip
    err.print(f"{res.articles} articles, {res.stories} stories ({res.duplicates} copies), {res.problems} input problems, "
              f"stories {stories} ({res.chunks} task(s)) -> {escape(str(res.out))}")  # fmt: skip
    if missing:
        raise typer.Exit(2)


@app.command()
def load(
    out_dir: Annotated[Path, typer.Argument(help="A `newsprism batch` output folder.")],
    db: DbOpt = None,
) -> None:
    """Load a batch output (Parquet) into the store: articles (idempotent) and their stories."""
    from newsprism.batch import load as load_batch

    if not (out_dir / "articles").exists():
        err.print(
            f"[red]error:[/] {escape(str(out_dir))} has no articles/ folder: not a `newsprism batch` output"
        )
        raise typer.Exit(2)
    store = _open(db)
    try:
        r = load_batch(out_dir, store)
    finally:
        store.close()
    upd = f", {r['updated']} updated" if r["updated"] else ""
    err.print(f"{r['articles']} articles ({r['added']} added{upd}, {r['already_stored']} already stored), "
              f"{r['stories']} stories -> {escape(resolve_db(db))}")  # fmt: skip


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `newsprism articles --json | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()
