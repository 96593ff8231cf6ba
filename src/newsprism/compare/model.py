"""The compare stage's data model: the ground floor every other compare module builds on (it
imports nothing from them). ``to_dict`` gives the documented JSON of each record."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from newsprism.models import Span


@dataclass(slots=True)
class Sentence:
    id: str  # "<article id>#<n>"
    article_id: str
    outlet: str
    span: Span
    text: str
    quoted: float = 0.0  # share of the sentence inside direct-quote marks
    group: int = -1  # alignment group (same information across articles); colour in reports
    support: list[str] = field(default_factory=list)  # outlets carrying the same information
    support_articles: list[str] = field(default_factory=list)
    sources: int = 1  # independent reports carrying it (a copy counts with its original)
    status: str = "unique"  # consensus | partial | unique

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # spans become {"start", "end"}


@dataclass(frozen=True, slots=True)
class Fact:
    article_id: str
    kind: str  # money | count | percent | date | year | duration | start_year
    key: str  # what it measures: a unit noun ("vehicles"), a currency, or the kind itself
    value: float
    text: str
    span: Span
    sentence: str  # Sentence.id
    # the values the wording allows: "about 600" -> 540..660, "more than 10" -> 10..None (no upper
    # bound), "30 to 40 feet" -> 30..40, "22 million" -> 21.5M..22.5M (rounded); exact: value..value
    low: float | None = None
    high: float | None = None
    # the upper end of a stated range ("30 to 40 feet"): two ranges of one thing agree only when
    # they state the same ends
    stated_range: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # spans become {"start", "end"}


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an article states one side of a conflict."""

    article_id: str
    span: Span


@dataclass(slots=True)
class ConflictSide:
    """One value of a conflict: the first statement of it (article, text, span) and every outlet
    and mention that states it."""

    article_id: str
    outlets: list[str]
    text: str
    span: Span
    value: float | str  # the normalised fact value, or the title for a role conflict
    mentions: list[Mention]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Conflict:
    kind: str  # a Fact kind, "role" or "age"
    key: str
    items: list[ConflictSide]  # one per value
    reason: str = ""  # why the values cannot both hold

    def describe(self) -> str:
        sides = " vs ".join(f"'{i.text}' ({', '.join(i.outlets)})" for i in self.items)
        what = {"age": f"{self.key}'s age"}.get(self.kind) or (
            self.key if self.kind in ("count", "role") else self.kind.replace("_", " ")
        )
        return f"{what}: {sides}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "items": [i.to_dict() for i in self.items],
            "description": self.describe(),
            "reason": self.reason,
        }


@dataclass(slots=True)
class Update:
    """A figure that changed over a developing story: each value with who stated it and when,
    in time order (an outlet's own later figure, or another outlet's figure a day or more later)."""

    kind: str
    key: str
    steps: list[dict[str, Any]]  # {"value", "text", "outlet", "article_id", "published", "span"}

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "steps": self.steps}


@dataclass(frozen=True, slots=True)
class Passage:
    """A common passage of two articles: its span in each and its length in words."""

    source: Span
    target: Span
    words: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Reuse:
    source: str  # article A
    target: str  # article B: containment is the share of B's text found in A
    containment: float
    containment_outside_quotes: float  # the same, not counting words inside direct quotes
    # words of the longest common run (``passages`` lists those of ``min_passage_words`` or more)
    longest_passage: int
    passages: list[Passage]
    copy: bool = False  # B is a syndicated copy of A (stories stage)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Entity:
    name: str
    type: str  # person | organization | place
    mentions: dict[str, int]  # outlet -> mentions
    roles: dict[str, str]  # outlet -> speaker | subject
    titles: dict[str, list[str]] = field(default_factory=dict)  # outlet -> titles given

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Credit:
    """An outlet an article credits ("first reported by X", "told X")."""

    name: str
    span: Span
    cue: str


@dataclass(slots=True)
class ProvenanceNode:
    id: str  # an article id, or "outlet:<name>" for an outlet outside the story
    kind: str  # article | outlet
    outlet: str | None
    title: str | None
    published: str | None
    first: bool  # among the first published


@dataclass(slots=True)
class ProvenanceEdge:
    source: str
    target: str
    kind: str  # copy_of | cites | reuses | quote_first_in
    evidence: str


@dataclass(slots=True)
class Provenance:
    """Who published first, whom each article credits, where each shared quote first appears, and
    the graph of it all."""

    first: list[str]
    credits: dict[str, list[Credit]]
    quote_first: dict[str, str]  # quote group id -> article id
    nodes: list[ProvenanceNode]
    edges: list[ProvenanceEdge]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Comparison:
    story_id: str
    article_ids: list[str]
    outlets: list[str]
    sources: int  # independent reports
    sentences: list[Sentence]
    facts: list[Fact]
    conflicts: list[Conflict]
    reuse: list[Reuse]
    provenance: Provenance
    entities: list[Entity]
    brief: dict[str, Any] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # article id -> its report (a copy -> its original)
    sample: dict[str, Any] | None = None  # {"compared", "of", "rule"} when the story was sampled
    updates: list[Update] = field(default_factory=list)  # figures that changed over the story

    def by_status(self, status: str) -> list[Sentence]:
        return [s for s in self.sentences if s.status == status]

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "article_ids": self.article_ids,
            "outlets": self.outlets,
            "sources": self.sources,
            "units": self.units,
            "sentences": [s.to_dict() for s in self.sentences],
            "consensus": [s.id for s in self.by_status("consensus")],
            "partial": [s.id for s in self.by_status("partial")],
            "unique": [s.id for s in self.by_status("unique")],
            "facts": [f.to_dict() for f in self.facts],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "updates": [u.to_dict() for u in self.updates],
            "reuse": [r.to_dict() for r in self.reuse],
            "provenance": self.provenance.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "brief": self.brief,
            "sample": self.sample,
        }
