"""Facts (numbers, money, percentages, dates, years, durations) and the conflicts between them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.clean import match_view
from newsprism.compare.model import Fact, Sentence
from newsprism.models import Article, Span
from newsprism.nlp import words

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    "a dozen": 12, "dozens of": 24, "a hundred": 100, "half a": 0.5,
}  # fmt: skip
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTHS = {m.lower(): i + 1 for i, m in enumerate(_MON[3:-1].split("|"))}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = r"(?:" + "|".join(sorted((re.escape(w) for w in _NUM_WORDS), key=len, reverse=True)) + r")"
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "trillion": 1e12, "tn": 1e12}  # fmt: skip
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365,
         "decade": 3650}  # fmt: skip

_FACT = re.compile(
    rf"""(?P<money>(?P<cur>[£$€])\s?(?P<mnum>{_NUMBER})\s?(?P<mscale>bn|mn|m|k|million|billion|trillion|thousand)?\b)
       |(?P<pct>(?P<pnum>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b))
       |(?P<since>\bsince\s+(?P<syear>(?:19|20)\d\d)\b)
       |(?P<date>(?:(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<dmon>{_MON})(?:\s+(?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+(?P<dyear>(?:19|20)\d\d)\b)
       |(?P<dur>\b(?P<dnum>{_NUMBER}|{_WORDNUM})[\s-]+(?P<dunit>minute|hour|day|week|fortnight|month|year|decade)s?\b(?P<ago>\s+ago)?(?!\s+old|-old))
       |(?P<year>\b(?:19|20)\d\d\b)
       |(?P<count>(?<![\w.,£$€])(?P<cnum>{_NUMBER})(?:\s(?P<cscale>million|billion|thousand))?\s+(?:(?:more|new|extra|additional|other|[a-z]+-[a-z]+)\s+)?(?P<cunit>[a-z]{{3,}}))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_UNITS = words(
    "and the for per from with that than who which were was are have has had will would votes "
    "to of in on at or by"
)


def _num(s: str) -> float:
    s = s.lower().strip()
    if s in _NUM_WORDS:
        return float(_NUM_WORDS[s])
    return float(s.replace(",", ""))


def _singular(w: str) -> str:
    w = w.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def extract_facts(article: Article, sentences: Sequence[Sentence]) -> list[Fact]:
    """Numbers, money, percentages, dates, years and durations per sentence, with a normalised
    value (money in units, durations in days, dates as year*100+month) and the thing measured."""
    pub_year = _year(article.published)
    out: list[Fact] = []
    for s in sentences:
        text = article.text[s.span.start : s.span.end]
        view = match_view(text)
        for m in _FACT.finditer(view):
            kind, key, value = None, "", 0.0
            if m.group("money"):
                kind, key = "money", m.group("cur")
                value = _num(m.group("mnum")) * _SCALE.get((m.group("mscale") or "").lower(), 1)
            elif m.group("pct"):
                kind, key, value = "percent", "percent", _num(m.group("pnum"))
            elif m.group("since"):
                kind, key, value = "start_year", "start_year", float(m.group("syear"))
            elif m.group("date"):
                mon = _MONTHS[m.group("dmon").lower()]
                kind, key, value = "date", "date", float(int(m.group("dyear")) * 100 + mon)
            elif m.group("dur"):
                unit = m.group("dunit").lower()
                n = _num(m.group("dnum"))
                if m.group("ago") and unit in ("year", "decade") and pub_year:
                    kind, key, value = (
                        "start_year",
                        "start_year",
                        float(pub_year - round(n * _DAYS[unit] / 365)),
                    )
                else:
                    kind, key, value = "duration", "duration", n * _DAYS[unit]
                    before = view[max(0, m.start() - 12) : m.start()].lower()
                    if (
                        unit in ("year", "decade")
                        and pub_year
                        and re.search(r"\bfor\s+(?:the\s+(?:last|past)\s+)?$", before)
                    ):
                        # "has held the post for two years" -> started pub_year - 2: comparable with "since 2024"
                        out.append(
                            _fact(
                                article,
                                s,
                                "start_year",
                                "start_year",
                                float(pub_year - round(n * _DAYS[unit] / 365)),
                                m,
                            )
                        )
            elif m.group("year"):
                kind, key, value = "year", "year", float(m.group("year"))
            elif m.group("count"):
                unit = m.group("cunit").lower()
                if unit in _NOT_UNITS or unit in _DAYS or unit.rstrip("s") in _DAYS:
                    continue
                kind, key = "count", _singular(unit)
                value = _num(m.group("cnum")) * _SCALE.get((m.group("cscale") or "").lower(), 1)
            if kind == "date" and view[m.start("dmon")].islower():
                continue  # "may 2027" is a verb before a year, not a month
            if kind:
                out.append(_fact(article, s, kind, key, value, m))
    return out


def _fact(article: Article, s: Sentence, kind: str, key: str, value: float, m: re.Match) -> Fact:
    start = s.span.start + m.start()
    end = s.span.start + m.end()
    return Fact(article.id, kind, key, value, article.text[start:end], Span(start, end), s.id)


def _year(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


def states(values: set[tuple], f: Fact) -> bool:
    """Does an article state ``f``'s value (same kind and key) anywhere? Then it does not dispute it."""
    return (f.kind, f.key, round(f.value, 6)) in values


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def fact_conflicts(fa: Sequence[Fact], fb: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Facts of two aligned sentences that measure the same thing with different values. A kind
    (per key) is compared only when each side states exactly one value for it."""
    ka: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    kb: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in fa:
        ka[(f.kind, f.key)].append(f)
    for f in fb:
        kb[(f.kind, f.key)].append(f)
    out = []
    for k, xs in ka.items():
        ys = kb.get(k)
        if not ys or len(xs) != 1 or len(ys) != 1:
            continue
        x, y = xs[0], ys[0]
        if same_value(x.value, y.value):
            continue
        if k[0] == "year" and (ka.get(("date", "date")) or kb.get(("date", "date"))):
            continue  # a year beside a full date: the date decides
        out.append((x, y))
    return out
