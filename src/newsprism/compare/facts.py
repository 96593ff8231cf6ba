"""Facts (numbers, money, percentages, dates, years, durations) and the conflicts between them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsprism.clean import match_view
from newsprism.compare.model import Fact, Sentence
from newsprism.lexicon import CALENDAR
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
    rf"""(?P<money>(?P<cur>[£$€]|US\$|dlrs\.?(?=\s?\d))\s?(?P<mnum>{_NUMBER})\s?(?P<mscale>bn|mn|m|k|million|billion|trillion|thousand)?\b)
       |(?P<usd>(?<![\w.,£$€])(?P<unum>{_NUMBER})(?:\s(?P<uscale>million|billion|trillion|thousand))?\s(?:U\.S\.\s|US\s)?dollars\b)
       |(?P<pct>(?P<pnum>{_NUMBER})\s?(?:%|per\s?cent\b|percent\b))
       |(?P<since>\bsince\s+(?P<syear>(?:19|20)\d\d)\b)
       |(?P<date>(?:(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<dmon>{_MON})(?:\s+(?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+(?P<dyear>(?:19|20)\d\d)\b)
       |(?P<dur>\b(?P<dnum>{_NUMBER}|{_WORDNUM})[\s-]+(?P<dunit>minute|hour|day|week|fortnight|month|year|decade)s?\b(?P<ago>\s+ago)?(?!\s+old|-old))
       |(?P<year>\b(?:19|20)\d\d\b)
       |(?P<count>(?<![\w.,£$€])(?P<cnum>{_NUMBER})(?:\s(?P<cscale>million|billion|thousand))?\s+(?:of\s+(?:(?:its|their|the|his|her)\s+)?)?(?:(?:more|new|extra|additional|other|[a-z]+-[a-z]+)\s+)?(?P<cunit>[a-z]{{3,}}))
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_A_COUNT = re.compile(
    rf"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\b{_MON})\s*$|\d\s*[-–]\s*$", re.I
)
# A count added to one before ("another 187 members", "a further 20 arrests"), and the total it
# brings ("bringing the total to 702 arrested"), which counts the increment's unit.
_INCREMENT = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)
_TOTAL = re.compile(r"\b(?:total|tally|number|toll)(?:\s+of\s+\w+)?\s+to\s+$", re.I)
_OF_NOUN = re.compile(r"\s+of\s+([a-z]{3,})\b(?!['’])")
_NOT_UNITS = words(
    "and the for per from with that than who which were was are have has had will would votes them those these "
    "its his her their our this all "
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


def _count_key(view: str, m: re.Match, unit: str, last_unit: str) -> str | None:
    """What count ``m`` counts: its unit, singular ("members" -> "member"), with the plain noun of
    an "of" after it ("129 members of parliament": not party members); a total's the unit of the
    increment before it ("another 187 members ..., bringing the total to 702 arrested"). None:
    no count ("30 and", "Jan. 29 bombing", "a 6-3 decision")."""
    if unit in _NOT_UNITS or unit in _DAYS or unit.rstrip("s") in _DAYS or unit in _SCALE:
        return None  # (and "287 million U.S. dollars": money the pattern did not read)
    if _NOT_A_COUNT.search(view[max(0, m.start() - 12) : m.start()]):
        return None
    if _TOTAL.search(view[max(0, m.start() - 40) : m.start()]) and unit.endswith("ed") and last_unit:
        unit = last_unit
    key = _singular(unit)
    if (of := _OF_NOUN.match(view, m.end())) is not None and of.group(1).lower() not in _NOT_UNITS:
        key += " of " + _singular(of.group(1))
    return key


def extract_facts(article: Article, sentences: Sequence[Sentence]) -> list[Fact]:
    """Numbers, money, percentages, dates, years and durations per sentence, with a normalised
    value (money in units, durations in days, dates as year*100+month) and the thing measured."""
    pub_year = published_year(article.published)
    out: list[Fact] = []
    for s in sentences:
        text = article.text[s.span.start : s.span.end]
        view = match_view(text)
        last_unit = ""  # the unit of the sentence's last increment ("another 187 members")
        for m in _FACT.finditer(view):
            kind, key, value = None, "", 0.0
            if m.group("money"):
                # (the wires' "dlrs 34 million", "(dlrs 1.6 million)" and "US$" are dollars)
                kind, key = "money", m.group("cur") if m.group("cur") in ("£", "$", "€") else "$"
                value = _num(m.group("mnum")) * _SCALE.get((m.group("mscale") or "").lower(), 1)
            elif m.group("usd"):  # "450 million U.S. dollars", Xinhua's way
                kind, key = "money", "$"
                value = _num(m.group("unum")) * _SCALE.get((m.group("uscale") or "").lower(), 1)
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
                if m.group("dnum").lower() in ("a", "an") and re.search(
                    r"(?:percent|per cent|%|\d|times)\s*$", view[max(0, m.start() - 12) : m.start()], re.I
                ):
                    continue  # "grew 20 percent a year": a rate, not a duration
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
                lead = view[max(0, m.start() - 12) : m.start()]
                if _INCREMENT.search(lead):
                    last_unit = unit if unit not in _NOT_UNITS else last_unit
                    continue  # "another 187 members": what was added, not a total to compare
                counted = _count_key(view, m, unit, last_unit)
                if counted is None:
                    continue
                kind, key = "count", counted
                value = _num(m.group("cnum")) * _SCALE.get((m.group("cscale") or "").lower(), 1)
            if kind in _RANGED and _RANGE_NEXT.match(view, m.end()):
                continue  # the low end of a range: the range is stated by its upper end
            if kind == "date" and view[m.start("dmon")].islower():
                continue  # "may 2027" is a verb before a year, not a month
            if kind:
                out.append(_fact(article, s, kind, key, value, m))
    return out


# Words before a figure that make it approximate or a bound: the values it allows, as factors of
# the figure (None: no bound). "about 600" allows 540..660; "more than 10" allows 10 and above.
QUALIFIERS: dict[str, tuple[float | None, float | None]] = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0), "close to": (0.85, 1.0), "more than": (1.0, None), "over": (1.0, None),
    "at least": (1.0, None), "upwards of": (1.0, None), "less than": (0.0, 1.0),
    "fewer than": (0.0, 1.0), "under": (0.0, 1.0), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "as much as": (0.0, 1.0), "at most": (0.0, 1.0),
}  # fmt: skip
_QUALIFIER = re.compile(
    r"\b(?P<q>" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+[£$€]?$", re.I
)
# Words after a figure that make it a bound or approximate ("15 percent or higher", "20 or so").
AFTER_QUALIFIERS: dict[str, tuple[float | None, float | None]] = {
    "more": (1.0, None), "higher": (1.0, None), "above": (1.0, None), "greater": (1.0, None),
    "over": (1.0, None), "older": (1.0, None), "less": (0.0, 1.0), "fewer": (0.0, 1.0),
    "lower": (0.0, 1.0), "below": (0.0, 1.0), "under": (0.0, 1.0), "younger": (0.0, 1.0),
    "so": (0.9, 1.1),
}  # fmt: skip
_AFTER_QUALIFIER = re.compile(r"\s+or\s+(?P<q>" + "|".join(AFTER_QUALIFIERS) + r")\b", re.I)
# "30 to 40 feet", "between 30 and 40", "30-40", "40 feet or so to 60 feet", "$5 million to $7
# million": the figure before the range's upper end (its unit, when it repeats one, is the same)
_SCALES = "|".join(_SCALE)
_RANGE_LOW = re.compile(
    rf"(?P<from>\bfrom\s+)?(?P<between>\bbetween\s+)?[£$€]?(?<![\d/.,])(?P<low>{_NUMBER})(?:\s?(?:{_SCALES})\b)?"
    r"(?:\s*(?:%|per\s?cent\b|percent\b)|\s+(?P<lunit>[a-z]{3,}))?(?:\s+or\s+so)?"
    r"\s*(?P<join>to|-|–|and)\s*[£$€]?$",
    re.I,
)
# after a figure: it is the low end of a range whose upper end follows ("40 feet or so to 60 feet")
_RANGE_NEXT = re.compile(r"(?:\s+or\s+so)?\s*(?:to|-|–)\s*(?:about\s+)?[£$€]?\d")


def _bounds(view: str, m: re.Match, kind: str, value: float) -> tuple[float | None, float | None]:
    """The values a figure's wording allows: qualifiers, ranges, and the rounding of a figure
    given in millions or with trailing zeros ("22 million": 21.5M..22.5M; "3,900": 3,850..3,950)."""
    if kind not in ("count", "money", "percent", "duration"):
        return value, value
    before = view[max(0, m.start() - 24) : m.start()]
    q = _QUALIFIER.search(before)
    if q:
        lo, hi = QUALIFIERS[q.group("q").lower()]
        return (value * lo if lo is not None else None), (value * hi if hi is not None else None)
    after = _AFTER_QUALIFIER.match(view, m.end())
    if after and not _RANGE_NEXT.match(view, m.end()):
        lo, hi = AFTER_QUALIFIERS[after.group("q").lower()]
        return (value * lo if lo is not None else None), (value * hi if hi is not None else None)
    r = _RANGE_LOW.search(before)
    if r and _is_range(r, m):
        scale = value / max(_num(_number_text(m)), 1e-9)
        return min(_num(r.group("low")) * scale, value), value
    digits = _number_text(m).replace(",", "")
    try:
        scale = value / _num(digits) if _num(digits) else 1.0
    except ValueError:  # a number word ("three days"): exact
        return value, value
    if scale > 1.5:  # "22 million", "$7.4bn": rounded to their last digit
        step = (
            10.0 ** -len(digits.split(".")[1])
            if "." in digits
            else 10.0 ** (len(digits) - len(digits.rstrip("0")))
        )
        return value - step * scale / 2, value + step * scale / 2
    zeros = len(digits) - len(digits.rstrip("0"))
    if "." not in digits and zeros >= 2 and len(digits) >= 4:  # "3,900": to the hundred
        return value - 10**zeros / 2, value + 10**zeros / 2
    if kind == "money" and "." not in digits:  # "15 U.S. dollars": to the dollar ("$15.41")
        return value - 0.5, value + 0.5
    return value, value


def _is_range(r: re.Match, m: re.Match) -> bool:
    """Is the low end ``r`` found before figure ``m`` the start of a range? "and" joins a range
    only after "between"; a unit word after the low end is the figure's own ("30 people and 40
    others" is two counts)."""
    if r.group("from") or (r.group("join").lower() == "and" and not r.group("between")):
        return False  # "rose from 10 to 14": a change, not a range
    unit = r.group("lunit")
    return not unit or (bool(m.group("cunit")) and _singular(unit) == _singular(m.group("cunit")))


def _number_text(m: re.Match) -> str:
    for g in ("mnum", "unum", "pnum", "dnum", "cnum"):
        if m.group(g):
            return m.group(g)
    return "0"


def _fact(article: Article, s: Sentence, kind: str, key: str, value: float, m: re.Match) -> Fact:
    start = s.span.start + m.start()
    end = s.span.start + m.end()
    view = match_view(article.text[s.span.start : s.span.end])
    low, high = _bounds(view, m, kind, value)
    stated = kind in _RANGED and low is not None and low < value and _range_start(view, m)
    return Fact(
        article.id, kind, key, value, article.text[start:end], Span(start, end), s.id, low, high, stated
    )


_RANGED = ("count", "money", "percent", "duration")


def _range_start(view: str, m: re.Match) -> bool:
    """Is figure ``m`` the upper end of a stated range ("30 to 40 feet")?"""
    r = _RANGE_LOW.search(view[max(0, m.start() - 40) : m.start()])
    return bool(r and _is_range(r, m))


def compatible(x: Fact, y: Fact) -> bool:
    """Can both figures hold? Their allowed values overlap (exact figures: the same value). Two
    stated ranges are two statements of one estimate: they agree when their ends are the same
    ("40 to 60 feet" and "40 feet or so to 60 feet"; not "40 to 90 feet")."""
    if x.stated_range and y.stated_range:
        return same_value(x.value, y.value) and same_value(_lo(x), _lo(y))
    xl, xh = _lo(x), _hi(x)
    yl, yh = _lo(y), _hi(y)
    return same_value(x.value, y.value) or (xl <= yh and yl <= xh)


def holds(f: Fact, value: float) -> bool:
    """Is ``f`` a bound or a range ("more than 2,600", "30 to 40") that holds ``value``?"""
    return _lo(f) < _hi(f) and _lo(f) <= value <= _hi(f)


def _bounded(f: Fact) -> bool:
    """Does ``f`` allow values on both sides, a rounding or an estimate, not an open bound?"""
    return f.low is not None and f.high is not None


def _lo(f: Fact) -> float:
    return f.low if f.low is not None else float("-inf")


def _hi(f: Fact) -> float:
    return f.high if f.high is not None else float("inf")


_FULL_STOP = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")


def anchors(text: str, sentence: Span, f: Fact, reach: int = 6, year: int | None = None) -> set[str]:
    """What a figure is about: the content words within ``reach`` words of it in its sentence,
    cut to a 5-letter stem ("crossing" -> "cross"), not the unit, numbers or qualifiers; a name
    (capitalised, not opening the sentence, not a month or weekday) is kept whole with a leading "=":
    "22,000 residents in the rest of Alder" -> {"rest", "=alder"}. Words of one meaning share a
    token (``SAME_MEANING``: "growing"/"increasing", "annually"/"year"), and the year the figure is
    of, the nearest one written beside it ("in 1991"; "last year" with the article's ``year``),
    is kept as "@1991". A figure inside a quotation is about the quoted words only, not the
    attribution around them ("... killed 12 people,” Smith said")."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    word = re.compile(r"[A-Za-z][\w'-]+")
    # not past a full stop: a quoted passage of two sentences is one compare sentence
    start, end = _quoted(text, sentence, f)
    stops = [m.end() for m in _FULL_STOP.finditer(text, start, f.span.start)]
    start = stops[-1] if stops else start
    nxt = _FULL_STOP.search(text, f.span.end, end)
    end = nxt.start() + 1 if nxt else end
    before = list(word.finditer(text, start, f.span.start))
    after = list(word.finditer(text, f.span.end, end))
    left, right = before[-reach:], after[:reach]
    unit = f.key.lower()
    out = set()
    for m in (*left, *right):
        w = m.group()
        low = w.lower()
        if (
            len(w) < 3
            or low in ENGLISH_STOP_WORDS
            or low in _SCALE
            or low in QUALIFIERS
            or _singular(w) == unit
        ):
            continue
        # a month or a weekday is a word, not a name: it says when, not which thing
        name = w[0].isupper() and m.start() > sentence.start and low not in CALENDAR
        out.add("=" + low if name else _MEANING.get(_stem(low), _stem(low)))
    # the window reaches to the next word out, so a year after its last word is in it ("fiscal 1999")
    lo = before[-reach - 1].end() if len(before) > reach else start
    hi = after[reach].start() if len(after) > reach else end
    when = _year_of(text, lo, hi, f, year) if f.kind not in EVENT_KINDS else None
    # a figure someone asked for is a demand, not what happened ("had asked the jury for nearly $12
    # million" / "awarded Ann Avery $250,000")
    asked = {ASKED} if any(m.group().lower() in _ASKING for m in left) else set()
    return out | ({f"@{when}"} if when else set()) | asked


ASKED = "!asked"
_ASKING = words(
    "ask asks asked asking sought seek seeks seeking demand demands demanded demanding request requests requested requesting"
)


_YEAR_REF = re.compile(r"\b(?:(?P<rel>last|this|next)\s+year|(?P<year>(?:19|20)\d\d))\b", re.I)
_REL_YEAR = {"last": -1, "this": 0, "next": 1}


def _year_of(text: str, lo: int, hi: int, f: Fact, year: int | None) -> int | None:
    """The year nearest figure ``f`` among those written between ``lo`` and ``hi`` ("in 1991",
    "fiscal 1999"; "last year" counted from the article's ``year``); a year that is the figure
    itself is not its year."""
    best: tuple[int, int] | None = None
    for m in _YEAR_REF.finditer(text, lo, hi):
        if f.span.start <= m.start() < f.span.end:
            continue
        if m.group("year"):
            y = int(m.group("year"))
        elif year:
            y = year + _REL_YEAR[m.group("rel").lower()]
        else:
            continue
        gap = f.span.start - m.end() if m.end() <= f.span.start else m.start() - f.span.end
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


def _quoted(text: str, sentence: Span, f: Fact) -> tuple[int, int]:
    """The part of the sentence a figure's words come from: inside a quotation (after a “ not
    yet closed, or an odd count of straight marks), the quotation; else the whole sentence."""
    before = text[sentence.start : f.span.start]
    curly = before.rfind("“") > before.rfind("”")
    if curly or before.count('"') % 2:
        mark = "”" if curly else '"'
        close = text.find(mark, f.span.end, sentence.end)
        return sentence.start + before.rfind("“" if curly else '"') + 1, close if close >= 0 else sentence.end
    return sentence.start, sentence.end


_INFLECTION = re.compile(r"(?:ies|ied|ing|ed|(?<!s)s)$")


def _stem(word: str) -> str:
    """A word's first five letters after its inflection ("studied" and "study" -> "study",
    "tested" -> "test", "increasing" and "increased" -> "incre")."""
    if len(word) > 4:
        end = _INFLECTION.search(word)
        if end:
            word = word[: end.start()] + ("y" if end.group() in ("ies", "ied") else "")
    return word[:5]


# Words that say one thing in news figures, kept as one anchor token: a figure "growing at 20
# percent annually" and one "increasing about 20 percent a year" are about the same thing.
SAME_MEANING: dict[str, tuple[str, ...]] = {
    "rise": ("grow", "growing", "grew", "grown", "growth", "increase", "increasing", "rise", "rising",
             "rose", "risen", "climb", "climbing", "jump", "soar", "soaring", "swell"),
    "fall": ("fall", "falling", "fell", "fallen", "decline", "declining", "drop", "dropping",
             "decrease", "decreasing", "shrink", "shrinking", "shrank", "plunge", "slump"),
    "year": ("year", "annual", "annually", "yearly"),
    "kill": ("kill", "killing", "dead", "death", "die", "died", "dying", "fatal", "fatalities", "slain"),
    "injur": ("injure", "injuring", "injury", "injuries", "wound", "wounded", "hurt"),
    "expec": ("expect", "expecting", "expectation", "estimate", "estimating", "forecast",
              "predict", "predicting", "prediction", "anticipate", "anticipated"),
    "arres": ("arrest", "arresting", "detain", "detained", "detention"),
}  # fmt: skip
CHANGE_WORDS = frozenset({"rise", "fall"})  # say that a figure moved, not what it measures
_MEANING = {_stem(w): token for token, ws in SAME_MEANING.items() for w in ws}


def shared(a: set[str], b: set[str]) -> set[str]:
    """The anchor words two figures have in common, a word written two ways counted once: a name
    that opens one sentence (kept as its stem: "Starbucks said" -> "starb") and sits inside the
    other ("=starbucks"), and a four-letter word that begins the other's stem ("earn" /
    "earni" of "earnings"). A year ("@1991") is when, not what: never a word in common."""
    out = {w for w in a & b if w[0] != "@"}
    for x, y in ((a, b), (b, a)):
        for w in x - out:
            if w[0] == "@":
                continue
            if (w[0] == "=" and _stem(w[1:]) in y) or (
                len(w) == 4 and w[0] != "=" and any(v[0] != "=" and v.startswith(w) for v in y)
            ):
                out.add(w)
    return out


def same_thing(a: set[str], b: set[str], share: float = 0.2) -> bool:
    """Do two figures' anchors say they measure the same thing? Two shared words, or one that is
    ``share`` of all their words when each figure has two ("for treatment" alone is too little)."""
    n = len(shared(a, b))
    return n >= 2 or (n >= 1 and min(len(a), len(b)) >= 2 and n / len(a | b) >= share)


def different_things(a: set[str], b: set[str], described: bool = True) -> bool:
    """Do the words beside two figures say they are about different things? Both name something
    and share no name ("Fenwick's 7,400 residents" / "22,000 residents in the rest of
    Alder"), or of different years ("@1998" / "@1999"), or one is a figure asked for and the other
    not, or (``described``) both have three words or more and share none."""
    na, nb = {w for w in a if w[0] == "="}, {w for w in b if w[0] == "="}
    if na and nb and not any(w[0] == "=" for w in shared(a, b)):
        return True
    # "Last year, the company earned 44 cents" / "would earn 60 cents per share for fiscal 1999"
    ya, yb = {w for w in a if w[0] == "@"}, {w for w in b if w[0] == "@"}
    if ya and yb and not ya & yb:
        return True
    if (ASKED in a) != (ASKED in b):  # what was asked for against what was given
        return True
    # "the figure for 1998 was 37 states" / "obesity increased in 33 states": well described, and
    # with nothing in common but, at most, a verb of change ("a decline of 31 percent" of a share
    # price in afternoon trading / "lost 28 percent of their value Thursday, falling ... to close")
    return described and min(len(a), len(b)) >= 3 and not shared(a, b) - CHANGE_WORDS


EVENT_KINDS = frozenset({"year", "date", "start_year"})


def same_event(a: set[str], b: set[str]) -> bool:
    """Do two dates or years stamp the same event? A year is the year of what its words say
    happened: when both sides say it in plain words (not only names), they share one. "Parliament
    passed the Harbour Safety Act in 1998" and "first proposed the Harbour Safety rules in 2003"
    share only names: two events of one law, not a dispute over one year."""
    wa, wb = {w for w in a if w[0] != "="}, {w for w in b if w[0] != "="}
    return not (wa and wb) or bool(wa & wb)


def published_year(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


def states(values: set[tuple], f: Fact, ranges: Sequence[Fact] = ()) -> bool:
    """Does an article state ``f``'s value (same kind and key) anywhere, exactly (``values``) or
    inside one of its stated ranges ("10 to 15 percent" holds 13 percent)? Then it does not
    dispute it. The end of a range is no value a range holds: "40 to 60 feet" and "40 feet or so
    to 90 feet" are two estimates whose ends disagree (``compatible``), though 60 lies in the other."""
    return (f.kind, f.key, round(f.value, 6)) in values or (
        not f.stated_range
        and any(r.kind == f.kind and r.key == f.key and _lo(r) <= f.value <= r.value for r in ranges)
    )


_FIGURE = re.compile(_NUMBER)


def stated_span(text: str, f: Fact) -> Span:
    """The words that state ``f`` in ``text`` (its article's): a stated range from its low end, as
    a reader should see it beside the other side of a conflict ("40 to 60 feet", "40 feet or so
    to 90 feet", "$5 million to $7 million"), else the figure itself, without trailing space."""
    span = Span(f.span.start, f.span.start + len(text[f.span.start : f.span.end].rstrip()))
    high = _FIGURE.search(text, f.span.start, f.span.end)
    written = _num(high.group()) if high is not None else 0.0
    if not f.stated_range or f.low is None or not written:
        return span
    scale = f.value / written  # "$7 million": 7 written, 7e6 meant
    for m in reversed(list(_FIGURE.finditer(text, max(0, f.span.start - 40), f.span.start))):
        if same_value(_num(m.group()) * scale, f.low):
            start = m.start() - 1 if m.start() and text[m.start() - 1] in "$£€" else m.start()
            return Span(start, span.end)
    return span


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _by_kind(facts: Sequence[Fact]) -> dict[tuple[str, str], list[Fact]]:
    out: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        out[(f.kind, f.key)].append(f)
    return out


def fact_conflicts(
    fa: Sequence[Fact], fb: Sequence[Fact], *, changes: bool = False
) -> list[tuple[Fact, Fact]]:
    """Facts of two aligned sentences that measure the same thing with values that cannot both
    hold (``changes``: with different values, e.g. "at least 10" then "at least 40"). A kind (per
    key) is compared only when each side states exactly one value for it."""
    ka, kb = _by_kind(fa), _by_kind(fb)
    out = []
    for k, xs in ka.items():
        ys = kb.get(k)
        if not ys or len(xs) != 1 or len(ys) != 1:
            continue
        x, y = xs[0], ys[0]
        if same_value(x.value, y.value) or (
            compatible(x, y) and (not changes or _bounded(x) and _bounded(y))
        ):
            # "about 600" and "612", "30 to 40 feet" and "30 feet", "22 million" and "22.3 million";
            # nor, for a change, one figure given rounder ("$15" and "$15.41"), though "more than
            # 500" and then "702" is one
            continue
        if k[0] == "year" and (ka.get(("date", "date")) or kb.get(("date", "date"))):
            continue  # a year beside a full date: the date decides
        out.append((x, y))
    return out


def crowded_pairs(fa: Sequence[Fact], fb: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Figures of a kind (per key) that a sentence states more than once ("40 feet or so to 90
    feet"): every pair whose values cannot both hold, where neither figure fits any value of the
    other side. Which figure is about which thing is left to the caller (``anchors``). A total
    and its parts do not clash: "killed 12 people" / "killed 9 people in two houses and 3 people
    on the road"."""
    ka, kb = _by_kind(fa), _by_kind(fb)
    out = []
    for k, xs in ka.items():
        ys = kb.get(k, [])
        if not ys or (len(xs) == 1 and len(ys) == 1) or k[0] in ("year", "date") or total_of(xs, ys):
            continue
        for x in xs:
            if any(compatible(x, y) for y in ys):
                continue
            out += [(x, y) for y in ys if not any(compatible(y, z) for z in xs)]
    return out


def total_of(xs: Sequence[Fact], ys: Sequence[Fact]) -> bool:
    """Is one side's one figure (of a kind) the sum of the other side's figures?"""
    return any(
        len(one) == 1 and len(many) > 1 and same_value(one[0].value, sum(f.value for f in many))
        for one, many in ((xs, ys), (ys, xs))
    )


def listed_pairs(
    sa: Sentence, fa: Sequence[Fact], sb: Sentence, fb: Sequence[Fact]
) -> list[tuple[Fact, Fact]]:
    """Figures of a kind listed in order by two sentences, all alike but one ("53.8 percent ...,
    compared with 23.5 percent and 9.1 percent" / "23.5 percent of control subjects ... and 13.6
    percent of subjects who watched videos"): the one in the same place is the same figure. The
    shorter list must sit at one place in the longer, with every other figure the same value, and
    the odd figure must be joined to the list by "and" in both ("54 cents a share ..., rather than
    the 60 cents analysts had expected" lists nothing)."""
    ka, kb = _by_kind(fa), _by_kind(fb)
    out = []
    for k, xs in ka.items():
        ys = kb.get(k, [])
        if len(xs) < 2 or len(ys) < 2 or k[0] in ("year", "date"):
            continue
        flip = len(xs) > len(ys)
        (short, ss), (long_, sl) = ((ys, sb), (xs, sa)) if flip else ((xs, sa), (ys, sb))
        fits = []
        for at in range(len(long_) - len(short) + 1):
            odd = [
                i
                for i, (f, g) in enumerate(zip(short, long_[at:], strict=False))
                if not same_value(f.value, g.value)
            ]
            if len(odd) == 1 and _in_list(ss, short, odd[0]) and _in_list(sl, long_, at + odd[0]):
                fits.append((short[odd[0]], long_[at + odd[0]]))
        if len(fits) == 1 and not compatible(*fits[0]):  # a list that fits two ways says nothing
            f, g = fits[0]
            out.append((g, f) if flip else (f, g))
    return out


def left_over(
    pairs: Sequence[tuple[Fact, Fact]], x: Fact, y: Fact, fa: Sequence[Fact], fb: Sequence[Fact]
) -> bool:
    """Is ``(x, y)`` the one figure of one sentence (``fa`` or ``fb``) and the one figure of the
    other's several that its report does not give elsewhere (``pairs``: :func:`crowded_pairs` less
    the figures each report gives)? "80.7 percent of the subjects who had needles inserted" /
    "53.8 percent of those receiving the acupuncture technique ..., compared with 23.5 percent and
    9.1 percent in the two control groups", where the first report gives 23.5 and 9.1 in its next
    sentence: what is left is the same figure, however differently its words run. Not two figures
    left of two each ("54 cents ..., rather than the 90 cents analysts had expected" / "54 cents
    ..., with earnings ... coming up 3 cents short")."""
    kind = (x.kind, x.key)
    na = sum((f.kind, f.key) == kind for f in fa)
    nb = sum((f.kind, f.key) == kind for f in fb)
    return min(na, nb) == 1 and sum(p[0] is x or p[1] is y for p in pairs) == 1


def _in_list(s: Sentence, fs: Sequence[Fact], k: int) -> bool:
    """Is the ``k``-th figure of ``fs`` joined by "and" to the one before or after it?"""
    gaps = [(fs[i].span.end, fs[i + 1].span.start) for i in (k - 1, k) if 0 <= i < len(fs) - 1]
    return any(re.search(r"\band\b", s.text[a - s.span.start : b - s.span.start]) for a, b in gaps)


def measured_apart(fa: Sequence[Fact], fb: Sequence[Fact], x: Fact, y: Fact) -> bool:
    """Do two sentences' other figures, of a kind both state, all disagree? Then they report two
    measurements (another moment, another tally), not one figure in dispute: "shares skidded
    $11.68 to $25.87, a decline of 31 percent" in afternoon trading / "lost 28 percent ...,
    falling $10.625 to close at $26.9375"."""
    return figures_apart([f for f in fa if f is not x], [g for g in fb if g is not y])


def figures_apart(fa: Sequence[Fact], fb: Sequence[Fact]) -> bool:
    """Do two sentences state figures of one kind (counts of one unit, sums of one currency,
    percentages) and none of them agree? Then neither carries the other's information, however
    alike the words: "awarded Victoria Keenan $250,000 and Jason Keenan $80,000" / "had asked the
    jury for nearly $12 million"."""
    ka = _by_kind([f for f in fa if f.kind in ("count", "money", "percent")])
    kb = _by_kind([f for f in fb if f.kind in ("count", "money", "percent")])
    both = ka.keys() & kb.keys()
    return bool(both) and not any(compatible(f, g) for k in both for f in ka[k] for g in kb[k])
