"""Sentences of an article's content paragraphs, never split inside a direct quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.clean import content_spans, ignored_spans
from newsprism.models import Article, Span
from newsprism.nlp import LETTER_NAMED, words

_ABBREV = words(
    "mr mrs ms dr st prof sen rep gov gen col lt sgt capt cllr no vs etc inc ltd co corp jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig est "
    # titles wire copy abbreviates before a name ("the Rev. Dr. Martin Luther King Jr.", "Sens.
    # John Warner and ...", "Adm. Ali Shamkhani")
    "rev sens reps gens adm maj cmdr cpl pvt msgr supt det atty hon ft mt"
)
# After an initialism ("U.S.", "U.N.", "p.m."), a sentence ends only if a word that usually starts
# one follows ("... in the U.S. The company said"): "the U.S. Navy", "4 p.m. Eastern" go on.
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_STARTERS = words(
    "the a an he she it they we i you but and in on at for this that these those there his her their its our "
    "after before when while as if meanwhile however also some many most officials police"
)
_AGENCY_DATELINE = re.compile(r"\([A-Z][\w .&-]{0,30}\)\s*(?:[-–—]+|_)")
# A party-and-state label after a politician's name ("D-Wash.", "R-N.Y.") ends a sentence whatever
# word follows it.
_PARTY_LABEL = re.compile(r"(?<![\w-])[DRI]-[A-Z][A-Za-z.]*(?=\.?$)")
_BOUNDARY = re.compile(r"[.!?…]+[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9£$€])")


def split_sentences(article: Article, quote_marks: Sequence[Span] | None = None) -> list[Span]:
    """Sentence spans over the article's content paragraphs (ignored spans take no part). A
    boundary never falls inside a direct quote, so a two-sentence quote stays with its cue."""
    from newsprism.quotes import quote_spans

    text = article.text
    if quote_marks is None:
        quote_marks = quote_spans(text, ignored_spans(article.annotations))
    headings = [(a.start, a.end) for a in article.annotations if a.kind == "heading"]
    out: list[Span] = []
    for par in content_spans(text, article.annotations):
        if any(s <= par.start and par.end <= e for s, e in headings):
            continue
        start = par.start
        for m in _BOUNDARY.finditer(text, par.start, par.end):
            cut = m.end()
            # "said Rep. Edolphus Towns, D-N.Y. The president ...": a party label closes the name
            if not _PARTY_LABEL.search(text, start, m.start()) and _goes_on(text, start, m):
                continue
            if any(q.start < m.start() and m.end() < q.end for q in quote_marks):
                continue
            out.append(Span(start, len(text[:cut].rstrip()) if cut > start else cut))
            start = cut
        if start < par.end:
            out.append(Span(start, par.end))
    return [s for s in out if len(text[s.start : s.end].split()) >= 3]


def _goes_on(text: str, start: int, m: re.Match) -> bool:
    """Does the sentence from ``start`` go on past the boundary ``m`` (a full stop and a capital):
    after an abbreviation or an initial, into an agency dateline, or after an initialism unless a
    word that usually starts a sentence follows?"""
    cut = m.end()
    word = re.search(r"([\w.]+)[.!?…]+[\"'’”)\]]*\s+$", text[start:cut])
    prev = word.group(1).lower().rstrip(".") if word else ""
    if prev in _ABBREV or (len(prev) == 1 and prev.isalpha() and not _letter_named(text, start, m.start())):
        return True
    if _AGENCY_DATELINE.match(text, cut):  # "MOBILE, Ala. (AP) -- ...": the dateline goes on
        return True
    if _INITIALISM.fullmatch(prev):
        nxt = re.match(r"[\"'‘“(\[]?([A-Za-z]+)", text[cut : cut + 30])
        return not nxt or nxt.group(1).lower() not in _STARTERS
    return False


def _letter_named(text: str, start: int, stop: int) -> bool:
    """Is the letter that ends ``text[start:stop]`` the name of a thing ("hepatitis C", "vitamin
    B"), not an initial: a full stop after it ends the sentence."""
    before = re.search(r"([A-Za-z]+)\s+[A-Za-z]$", text[start:stop])
    return before is not None and before.group(1).lower() in LETTER_NAMED
