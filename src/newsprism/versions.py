"""Article versions: what changed between two stored texts of one article, as a reader cares.

The store keeps every version of an article seen at the same URL or id (:meth:`Store.article_versions`).
This module compares consecutive versions, the way NewsDiffs and diffengine show stealth edits:

1. **Words.** A word-level diff (the standard library's ``difflib.SequenceMatcher`` over
   whitespace-separated words, offsets kept): each change is ``equal`` context elided, or
   ``delete``/``insert``/``replace`` with the old and new words and their spans in each text.
2. **Flags.** What a reader should notice, each with its evidence:
   ``headline`` (the title changed), ``correction`` (a correction or update note appears in the
   new text: ``CORRECTION_PATTERNS``), ``numbers`` (figures the edits changed, removed or added,
   read off the word diff: ``2019 -> 2018``), ``quotes`` (quoted passages removed or added, by
   their words).

Pure functions over :class:`~newsprism.store.base.ArticleVersion`: the CLI (``history``), the REST
API and the article page render the same :func:`history` data.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from newsprism.store.base import ArticleVersion

# Notes newsrooms add when they change a published article (kept as data, one rule a line).
CORRECTION_PATTERNS: tuple[str, ...] = (
    r"\bcorrections?\s*[:\-–—]",
    r"\bclarification\s*[:\-–—]",
    r"\ban earlier version of this (?:article|story|report)\b",
    r"\bthis (?:article|story|report) (?:has been|was) (?:updated|corrected|amended)\b",
    r"\bupdated? (?:at|on)\s+\d",
    r"\beditor'?s note\s*[:\-–—]",
    r"\bwe (?:have )?corrected\b",
    r"\bthis (?:article|story) (?:originally|previously|incorrectly) (?:said|stated|reported)\b",
)
_CORRECTION = re.compile("|".join(CORRECTION_PATTERNS), re.IGNORECASE)
_WORD = re.compile(r"\S+")
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]|(?<!\w)[‘']([^‘’']{8,}?)[’'](?!\w)")
# A figure as a reader sees it: currency, digits with separators, a scale word or sign after it.
_FIGURE = re.compile(
    r"[£$€¥]?\d[\d,.]*\d?(?:\s?(?:%|per ?cent|percent|m\b|bn\b|k\b|million|billion|trillion))?",
    re.IGNORECASE,
)
CONTEXT_WORDS = 6  # words of unchanged text shown either side of a change


@dataclass(slots=True)
class Change:
    op: str  # "delete" | "insert" | "replace"
    old: str  # the words removed ("" for an insert)
    new: str  # the words added ("" for a delete)
    old_span: tuple[int, int]  # (start, end) in the earlier version's text
    new_span: tuple[int, int]  # (start, end) in the later version's text
    before: str  # unchanged words just before, for reading the change in place
    after: str


@dataclass(slots=True)
class Flag:
    kind: str  # "headline" | "correction" | "numbers" | "quotes"
    detail: str


@dataclass(slots=True)
class VersionDiff:
    """From version ``from_version`` to ``to_version`` of one article."""

    from_version: int
    to_version: int
    seen_at: str
    words_removed: int
    words_added: int
    changes: list[Change] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> list[Change]:
    """Word-level changes from ``old`` to ``new``, spans into each text."""
    a, b = _words(old), _words(new)
    sm = difflib.SequenceMatcher(None, [m.group() for m in a], [m.group() for m in b], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        o_span = (a[i1].start(), a[i2 - 1].end()) if i2 > i1 else ((a[i1 - 1].end() if i1 else 0),) * 2
        n_span = (b[j1].start(), b[j2 - 1].end()) if j2 > j1 else ((b[j1 - 1].end() if j1 else 0),) * 2
        out.append(
            Change(
                op=op,
                old=old[o_span[0] : o_span[1]],
                new=new[n_span[0] : n_span[1]],
                old_span=o_span,
                new_span=n_span,
                before=" ".join(m.group() for m in a[max(0, i1 - context) : i1]),
                after=" ".join(m.group() for m in a[i2 : i2 + context]),
            )
        )
    return out


def _quotes(text: str) -> set[str]:
    return {" ".join((m.group(1) or m.group(2)).lower().split()) for m in _QUOTED.finditer(text)}


def _figure_changes(changes: Sequence[Change]) -> list[str]:
    """Figures the edits touched, read off the word diff: "2019 -> 2018" where one replaced
    another in place, "-£4m" where one was removed, "+£6m" where one was added."""
    out = []
    for c in changes:
        before, after = (
            [m.group(0).rstrip(".,") for m in _FIGURE.finditer(c.old)],
            [m.group(0).rstrip(".,") for m in _FIGURE.finditer(c.new)],
        )
        if c.op == "replace" and len(before) == len(after):
            out += [f"{a} -> {b}" for a, b in zip(before, after, strict=True) if a != b]
        else:
            out += [f"-{a}" for a in before if a not in after] + [f"+{b}" for b in after if b not in before]
    return list(dict.fromkeys(out))


def flags(old: ArticleVersion, new: ArticleVersion, changes: Sequence[Change] | None = None) -> list[Flag]:
    """What changed that a reader cares about, with the evidence."""
    changes = word_diff(old.text, new.text) if changes is None else changes
    out = []
    if (old.title or "").strip() != (new.title or "").strip():
        out.append(Flag("headline", f"{old.title or '(none)'} -> {new.title or '(none)'}"))
    old_notes = {m.group(0).lower() for m in _CORRECTION.finditer(old.text)}
    for m in _CORRECTION.finditer(new.text):
        if m.group(0).lower() not in old_notes:
            line_start = new.text.rfind("\n", 0, m.start()) + 1
            line_end = new.text.find("\n", m.end())
            out.append(
                Flag("correction", new.text[line_start : line_end if line_end >= 0 else None].strip()[:300])
            )
            break
    figures = _figure_changes(changes)
    if figures:
        out.append(Flag("numbers", ", ".join(figures[:12]) + (" ..." if len(figures) > 12 else "")))
    qo, qn = _quotes(old.text), _quotes(new.text)
    if qo != qn:
        out.append(
            Flag("quotes", f"{len(qo - qn)} quoted passage(s) removed or reworded, {len(qn - qo)} added")
        )
    return out


def history(versions: Sequence[ArticleVersion]) -> list[VersionDiff]:
    """The diff between each version and the next, oldest first."""
    out = []
    for old, new in zip(versions, versions[1:], strict=False):
        changes = word_diff(old.text, new.text)
        out.append(
            VersionDiff(
                from_version=old.version,
                to_version=new.version,
                seen_at=new.seen_at,
                words_removed=sum(len(c.old.split()) for c in changes),
                words_added=sum(len(c.new.split()) for c in changes),
                changes=changes,
                flags=flags(old, new, changes),
            )
        )
    return out
