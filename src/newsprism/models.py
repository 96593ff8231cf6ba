"""The typed data model shared by every stage (ingest -> clean -> store -> stories -> ... -> report).

Every span is a ``(start, end)`` pair of Python ``str`` indices into ``Article.text`` exactly as
stored; no stage ever rewrites the stored text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

# Annotation kinds the cleaner produces that analysis ignores.
IGNORED_KINDS = ("boilerplate", "caption", "credit", "repeated")
# "heading" annotations (subheads) are informational: kept as content.


if TYPE_CHECKING:  # the stages' records, named here for the types only (no import at run time)
    from spacy.tokens import Doc

    from newsprism.compare import Comparison
    from newsprism.quotes import CitedOutlet, Quote, QuoteGroup


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Annotation:
    """A span of the stored text with a meaning, e.g. ``kind="caption"`` (ignored for analysis)."""

    kind: str
    start: int
    end: int
    label: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Article:
    """One article as stored. ``text`` is what the source said; cleaning only adds annotations."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601, UTC "Z" when a time is known, else a date
    language: str | None = None
    author: str | None = None
    source: str | None = None  # where it came from: "path" or "path#record"
    annotations: list[Annotation] = field(default_factory=list)

    @property
    def ignored(self) -> list[Annotation]:
        return [a for a in self.annotations if a.kind in IGNORED_KINDS]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["annotations"] = [asdict(a) for a in self.annotations]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        anns = [Annotation(**a) for a in d.get("annotations") or []]
        get = d.get
        return cls(
            id=get("id") or "", title=get("title"), url=get("url"), outlet=get("outlet"), published=get("published"),
            language=get("language"), author=get("author"), source=get("source"), text=d["text"], annotations=anns,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Problem:
    """A per-file (or per-record) problem found while reading input. ``level`` is error or warning."""

    path: str
    reason: str
    level: str = "error"
    record: str | None = None  # "line 7", "entry 3", "record 2" within the file

    def line(self) -> str:
        """One line, always: control characters in a file name or a reason (newlines that would
        forge extra ``error:`` lines, terminal escapes) are shown escaped."""
        where = f"{self.path}:{self.record}" if self.record else self.path
        return _printable(f"{self.level}: {where}: {self.reason}")


def _printable(s: str) -> str:
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in s)


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    files_failed: int = 0
    articles_read: int = 0
    added: int = 0
    updated: int = 0  # new versions of stored articles (same URL or id, new text)
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # stored ids of every article read, in order
    stories: dict[str, str] = field(default_factory=dict)  # article id -> story id, assigned by this run
    late: int = 0  # of those, published before stories already stored (see newsprism.tracker)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["errors"] = len(self.errors)
        return d


@dataclass(slots=True)
class Story:
    """A group of articles about the same news story."""

    id: str
    article_ids: list[str]
    title: str | None = None
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    duplicates: dict[str, str] = field(default_factory=dict)  # article id -> id of its original

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Analysis:
    """What ``newsprism.analyze`` returns and every report renders."""

    articles: list[Article]
    stories: list[Story] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)  # article id -> its quotes
    cited: dict[str, list[CitedOutlet]] = field(default_factory=dict)  # article id -> outlets it credits
    quote_groups: dict[str, list[QuoteGroup]] = field(default_factory=dict)  # story id -> shared quotes
    comparisons: dict[str, Comparison] = field(default_factory=dict)  # story id -> its comparison
    # the hand-off from the quotes stage to the compare stage (entities and titles read the parse):
    # the spaCy parses of multi-article stories' articles; compare releases them, never saved
    docs: dict[str, Doc] = field(default_factory=dict, repr=False)
    entity_spans: dict[str, list[list]] = field(
        default_factory=dict, repr=False
    )  # id -> [[start, end, label]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "newsprism_version": _version(),
            "articles": [a.to_dict() for a in self.articles],
            "stories": [s.to_dict() for s in self.stories],
            "quotes": {aid: [q.to_dict() for q in qs] for aid, qs in self.quotes.items()},
            "cited_outlets": {aid: [asdict(c) for c in cs] for aid, cs in self.cited.items()},
            "quote_groups": {sid: [g.to_dict() for g in gs] for sid, gs in self.quote_groups.items()},
            "comparisons": {sid: c.to_dict() for sid, c in self.comparisons.items()},
            "ingest": self.ingest.to_dict(),
        }


def _version() -> str:
    from newsprism import __version__

    return __version__


def outlet_label(a: Article) -> str:
    """The outlet's name, or, when the input named none, the file (or id) the article came from:
    two unnamed articles must not look like one outlet."""
    if a.outlet:
        return a.outlet
    src = (a.source or "").split("#")[0]
    return f"unnamed ({src.rsplit('/', 1)[-1] or a.id})"


def pair_labels(a: Article, b: Article) -> tuple[str, str]:
    """The names two articles go by side by side (an altered quote, reused text): their outlets,
    or, when one outlet wrote both, the outlet with each article's date (or, on the same day, its
    title), so that a line never reads "X has ... where X has ..." or "X in X"."""
    la, lb = outlet_label(a), outlet_label(b)
    if la != lb:
        return la, lb
    da, db = (a.published or "")[:10], (b.published or "")[:10]
    if da and db and da != db:
        return f"{la} ({da})", f"{lb} ({db})"
    ta, tb = (a.title or a.id).strip(), (b.title or b.id).strip()
    if ta == tb:
        ta, tb = a.id, b.id
    return f"{la} ('{_short(ta)}')", f"{lb} ('{_short(tb)}')"


def _short(title: str, words: int = 8) -> str:
    ws = title.split()
    return " ".join(ws[:words]) + (" …" if len(ws) > words else "")


def stable_id(key: str, prefix: str = "a") -> str:
    """A short stable identifier derived from ``key`` (a URL or normalised text)."""
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]
