"""Compare the articles of one story: sentence alignment, consensus and unique content, facts and
conflicts, text reuse, provenance, entities. ``brief`` turns a comparison into the attributed brief.

Everything is a pure function of the story's articles (plus the quotes stage's output), so the
same code runs in the batch pipeline, a web request or a Spark task. Every span is a
``(start, end)`` into the article's stored text.

Units of support: an article and its syndicated copies (``Story.duplicates``) count as *one*
report, so a wire story carried by three outlets is one source, not a consensus of three.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from newsprism.clean import content_spans, ignored_spans, match_view
from newsprism.models import Article, Span, Story, outlet_label
from newsprism.nlp import words

# Alignment: a sentence pair carries the same information when this blend of MiniLM cosine and
# TF-IDF cosine reaches ALIGN_THRESHOLD (chosen on our own example corpus and checked on the seed
# articles; see tests/test_compare.py and bench/compare.py).
EMBED_WEIGHT = 0.7
ALIGN_THRESHOLD = 0.5
# Two sentences this close that state different values of the same kind of fact conflict.
CONFLICT_THRESHOLD = 0.42
REUSE_SHINGLE = 5  # words per shingle for text reuse
MIN_PASSAGE_WORDS = 8  # shortest common passage reported
MAX_ONLY_IN = 10  # "only in" bullets in a brief (two per report up to four reports, then one)
MAX_BRIEF_CONFLICTS = 6  # the comparison keeps them all
REUSE_EDGE = 0.2  # share of B found in an earlier A that draws a "reuses" provenance edge


# --------------------------------------------------------------------------- data model


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
        d = asdict(self)
        d["span"] = self.span.to_dict()
        return d


@dataclass(frozen=True, slots=True)
class Fact:
    article_id: str
    kind: str  # money | count | percent | date | year | duration | start_year
    key: str  # what it measures: a unit noun ("vehicles"), a currency, or the kind itself
    value: float
    text: str
    span: Span
    sentence: str  # Sentence.id

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = self.span.to_dict()
        return d


@dataclass(slots=True)
class Conflict:
    kind: str  # a Fact kind, or "role"
    key: str
    items: list[dict[str, Any]]  # [{article_id, outlet, text, span, value}], one per side

    def describe(self) -> str:
        sides = " vs ".join(f"'{i['text']}' ({', '.join(i['outlets'])})" for i in self.items)
        what = self.key if self.kind in ("count", "role") else self.kind.replace("_", " ")
        return f"{what}: {sides}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "items": self.items, "description": self.describe()}


@dataclass(slots=True)
class Reuse:
    source: str  # article A
    target: str  # article B: containment is the share of B's text found in A
    containment: float
    containment_outside_quotes: float  # the same, not counting words inside direct quotes
    longest_passage: int  # words
    passages: list[dict[str, Any]]  # [{"source": span in A, "target": span in B, "words": n}]
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
    provenance: dict[str, Any]
    entities: list[Entity]
    brief: dict[str, Any] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # article id -> its report (a copy -> its original)

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
            "reuse": [r.to_dict() for r in self.reuse],
            "provenance": self.provenance,
            "entities": [e.to_dict() for e in self.entities],
            "brief": self.brief,
        }


# --------------------------------------------------------------------------- sentences

_ABBREV = words(
    "mr mrs ms dr st prof sen rep gov gen col lt sgt capt cllr no vs etc inc ltd co corp jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx fig est"
)
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
            word = re.search(r"([\w.]+)[.!?…]+[\"'’”)\]]*\s+$", text[start:cut])
            prev = word.group(1).lower().rstrip(".") if word else ""
            if prev in _ABBREV or (len(prev) == 1 and prev.isalpha()):
                continue
            if any(q.start < m.start() and m.end() < q.end for q in quote_marks):
                continue
            out.append(Span(start, len(text[:cut].rstrip()) if cut > start else cut))
            start = cut
        if start < par.end:
            out.append(Span(start, par.end))
    return [s for s in out if len(text[s.start : s.end].split()) >= 3]


# --------------------------------------------------------------------------- facts

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


def _states(values: set[tuple], f: Fact) -> bool:
    """Does an article state ``f``'s value (same kind and key) anywhere? Then it does not dispute it."""
    return (f.kind, f.key, round(f.value, 6)) in values


def _same(a: float, b: float) -> bool:
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
        if _same(x.value, y.value):
            continue
        if k[0] == "year" and (ka.get(("date", "date")) or kb.get(("date", "date"))):
            continue  # a year beside a full date: the date decides
        out.append((x, y))
    return out


# --------------------------------------------------------------------------- alignment


def align(
    texts: Sequence[str], owners: Sequence[int], *, fast: bool = True, threshold: float = ALIGN_THRESHOLD
) -> np.ndarray:
    """Pairwise same-information scores of sentences (MiniLM cosine blended with TF-IDF cosine);
    pairs from the same article score 0. Returns a dense matrix (n x n)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsprism import nlp

    n = len(texts)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    emb = nlp.embed(list(texts), max_tokens=64, fast=fast)
    cos = emb @ emb.T
    try:
        tf = TfidfVectorizer(
            tokenizer=nlp.content_terms, lowercase=False, token_pattern=None, sublinear_tf=True
        )
        m = tf.fit_transform([match_view(t) for t in texts])
        lex = (m @ m.T).toarray().astype(np.float32)
    except ValueError:  # no terms at all
        lex = np.zeros((n, n), dtype=np.float32)
    sim = EMBED_WEIGHT * cos + (1 - EMBED_WEIGHT) * lex
    own = np.asarray(owners)
    sim[own[:, None] == own[None, :]] = 0.0
    return sim


# --------------------------------------------------------------------------- text reuse

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(slots=True)
class Words:
    """An article's content words with their spans, its shingle index and which words sit inside
    direct quotes: built once per article, read by every pair it takes part in."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    shingles: list[tuple[str, ...]]
    index: dict[tuple[str, ...], list[int]]
    quoted: np.ndarray  # bool per word

    @classmethod
    def of(cls, article: Article, quoted: Sequence[Span] = (), k: int = REUSE_SHINGLE) -> Words:
        view = match_view(article.text)
        toks = [
            m
            for p in content_spans(article.text, article.annotations)
            for m in _TOKEN.finditer(view, p.start, p.end)
        ]
        words = [m.group(0).lower() for m in toks]
        shingles = [tuple(words[i : i + k]) for i in range(len(words) - k + 1)]
        index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, sh in enumerate(shingles):
            index[sh].append(i)
        starts = np.array([m.start() for m in toks], dtype=np.int64)
        mask = np.zeros(len(words), dtype=bool)
        for q in quoted:
            mask |= (starts >= q.start) & (starts < q.end)
        return cls(words, starts.tolist(), [m.end() for m in toks], shingles, index, mask)


def text_reuse(a: Article, b: Article, wa: Words, wb: Words, k: int = REUSE_SHINGLE) -> Reuse:
    """How much of B is found in A: shingle containment and the longest common passages (maximal
    runs of B's shingles that continue a run in A), with spans in both texts."""
    if not wa.shingles or not wb.shingles:
        return Reuse(a.id, b.id, 0.0, 0.0, 0, [])
    hit = [wa.index.get(sh) for sh in wb.shingles]
    covered = np.zeros(len(wb.words), dtype=bool)
    for j, h in enumerate(hit):
        if h:
            covered[j : j + k] = True
    outside = ~wb.quoted
    contain = float(covered.mean())
    contain_out = float((covered & outside).sum() / outside.sum()) if outside.any() else 0.0
    passages = []
    j, nb = 0, len(wb.shingles)
    while j < nb:
        if not hit[j]:
            j += 1
            continue
        best_len, best_i = 0, hit[j][0]
        for i in hit[j]:  # extend each A occurrence while words keep matching
            n = k
            while j + n < len(wb.words) and i + n < len(wa.words) and wa.words[i + n] == wb.words[j + n]:
                n += 1
            if n > best_len:
                best_len, best_i = n, i
        if best_len >= MIN_PASSAGE_WORDS:
            passages.append({
                "source": {"start": wa.starts[best_i], "end": wa.ends[best_i + best_len - 1]},
                "target": {"start": wb.starts[j], "end": wb.ends[j + best_len - 1]},
                "words": best_len,
            })  # fmt: skip
        j += max(1, best_len - k + 1)
    passages.sort(key=lambda p: -p["words"])
    longest = passages[0]["words"] if passages else 0
    return Reuse(a.id, b.id, round(contain, 4), round(contain_out, 4), longest, passages[:10])


# --------------------------------------------------------------------------- entities and roles

_ROLE_MODS = words("deputy former acting interim vice assistant shadow ex junior senior sitting")
_TITLE_WORDS = words(
    "mr mrs ms miss dr sir dame lord lady cllr prof councillor mayor president senator governor minister "
    "judge commissioner chancellor secretary general captain officer inspector sheriff rev father the"
)


def _canonical(name: str) -> str:
    """An entity's name without titles, a leading article, a possessive or trailing debris."""
    name = re.split(r"[:;“”\"‘(\n]", name.strip())[0].strip()
    name = re.sub(r"['’]s$", "", name)
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words).strip(" ,.'’")


def _role_of(ent) -> tuple[str, Span] | None:
    """The title a text gives a person, with its span: prenominal ("council leader Tom Avery") or
    appositive ("Ana Ruiz, the city's transport commissioner"; "the sitting mayor, Daniel Frost")."""
    root = ent.root
    skip = ("det", "punct", "poss", "case")
    mods = [
        t
        for t in root.children
        if t.dep_ in ("compound", "amod") and t.i < ent.start and t.ent_type_ != ent.label_
    ]
    toks = []
    if mods:
        toks = [t for t in ent.doc[min(t.left_edge.i for t in mods) : ent.start] if t.dep_ not in skip]
    else:
        app = next((t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"), None)
        if app is not None:
            toks = [x for x in app.subtree if x.dep_ not in skip and x.i >= app.left_edge.i and x.i <= app.i]
        elif root.dep_ == "appos" and root.head.pos_ == "NOUN":
            toks = [x for x in root.head.subtree if x.i <= root.head.i and x.dep_ not in skip]
    while toks and toks[-1].pos_ == "PROPN" and toks[-1].ent_type_ == ent.label_:
        toks.pop()
    toks = [t for t in toks if not t.ent_type_ or t.ent_type_ == "ORG"]
    if not toks or not any(t.pos_ == "NOUN" for t in toks):
        return None
    return " ".join(t.text for t in toks), Span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _role_key(title: str) -> tuple[frozenset, str]:
    words = [w.lower() for w in title.split()]
    return frozenset(w for w in words if w in _ROLE_MODS and w != "sitting"), words[-1] if words else ""


_ENT_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}


class _Names:
    """Canonical person names within a story: "Ms Okonjo", "Okonjo" and "Margaret" -> "Margaret Okonjo"."""

    def __init__(self, full_names) -> None:
        self.by_part: dict[str, set[str]] = defaultdict(set)
        for n in full_names:
            for part in n.split():
                self.by_part[part.lower()].add(n)

    def __call__(self, name: str) -> str:
        name = _canonical(name)
        parts = name.split()
        if len(parts) == 1 or name.lower() != name.lower().strip():
            hits = self.by_part.get(parts[-1].lower(), set()) if parts else set()
            if len(hits) == 1:
                return next(iter(hits))
        return name


def entities(
    articles: Sequence[Article], docs: dict[str, Any], quotes: dict[str, list[Any]]
) -> tuple[list[Entity], list[Conflict]]:
    """People, organisations and places with mentions per outlet, role (speaker or subject) and
    the titles each outlet gives them. A person given the same office at different ranks by
    different outlets ("deputy leader" against "leader") is a ``role`` conflict."""
    mentions: list[tuple[Article, Any]] = []
    for a in articles:
        doc = docs.get(a.id)
        if doc is None:
            continue
        ign = ignored_spans(a.annotations)
        mentions += [(a, e) for e in doc.ents
                     if e.label_ in _ENT_TYPES and not any(s.start <= e.start_char < s.end for s in ign)]  # fmt: skip
    names = _Names(
        {
            _canonical(e.text)
            for _, e in mentions
            if e.label_ == "PERSON" and len(_canonical(e.text).split()) >= 2
        }
    )
    found: dict[str, Entity] = {}
    kinds: dict[str, Counter] = defaultdict(Counter)
    titles: dict[str, dict[str, list[tuple[str, str, Span]]]] = defaultdict(lambda: defaultdict(list))
    for a, ent in mentions:
        kind = _ENT_TYPES[ent.label_]
        name = names(ent.text) if kind == "person" else _canonical(ent.text)
        if len(name) < 2 or not name[0].isupper():
            continue
        o = outlet_label(a)
        if kind == "person" and (role := _role_of(ent)):
            titles[name][o].append((role[0], a.id, role[1]))
        e = found.setdefault(name, Entity(name, kind, {}, {}))
        kinds[name][kind] += 1
        e.mentions[o] = e.mentions.get(o, 0) + 1
        e.roles.setdefault(o, "subject")
    for a in articles:
        for q in quotes.get(a.id, []):
            if q.speaker.name and q.speaker.type in ("person", "organization"):
                name = names(q.speaker.name) if q.speaker.type == "person" else _canonical(q.speaker.name)
                e = found.setdefault(name, Entity(name, q.speaker.type, {}, {}))
                kinds[name][q.speaker.type] += 1
                e.roles[outlet_label(a)] = "speaker"
                e.mentions.setdefault(outlet_label(a), 1)
    for name, e in found.items():
        e.type = kinds[name].most_common(1)[0][0]
    conflicts = []
    for name, per in titles.items():
        found[name].titles = {o: list(dict.fromkeys(t for t, _, _ in ts)) for o, ts in per.items()}
        keys: dict[tuple, list[tuple[str, str, str, Span]]] = defaultdict(list)
        for o, ts in per.items():
            for t, aid, sp in ts:
                keys[_role_key(t)].append((o, t, aid, sp))
        if len(keys) >= 2 and len({k[1] for k in keys}) == 1:
            items = []
            for k in sorted(keys, key=lambda k: (len(k[0]), sorted(k[0]))):
                _o, t, aid, sp = keys[k][0]
                items.append({"article_id": aid, "outlets": list(dict.fromkeys(x[0] for x in keys[k])), "text": t,
                              "span": sp.to_dict(), "value": t,
                              "mentions": [{"article_id": x[2], "span": x[3].to_dict()} for x in keys[k]]})  # fmt: skip
            conflicts.append(Conflict("role", name, items))
    ents = sorted(found.values(), key=lambda e: (-sum(e.mentions.values()), e.name))
    return ents, conflicts


# --------------------------------------------------------------------------- the comparison


def _units(story: Story, articles: Sequence[Article]) -> dict[str, str]:
    """article id -> the id of the report it belongs to (a copy belongs to its original)."""
    unit = {}
    for a in articles:
        x, seen = a.id, set()
        while x in story.duplicates and x not in seen:
            seen.add(x)
            x = story.duplicates[x]
        unit[a.id] = x
    return unit


def compare_story(
    story: Story,
    articles: Sequence[Article],
    *,
    quotes: dict[str, list[Any]] | None = None,
    cited: dict[str, list[Any]] | None = None,
    quote_groups: Sequence[Any] = (),
    docs: dict[str, Any] | None = None,
    fast: bool = True,
) -> Comparison:
    """Compare a story's articles (in the story's order). ``quotes``/``cited``/``quote_groups``
    come from the quotes stage and ``docs`` are spaCy parses (entities); any left out are skipped."""
    from newsprism.quotes import quote_spans

    quotes = quotes or {}
    cited = cited or {}
    docs = docs or {}
    arts = [a for a in articles if a.id in set(story.article_ids)] or list(articles)
    unit = _units(story, arts)
    n_sources = len(set(unit.values()))
    outlet = {a.id: outlet_label(a) for a in arts}

    # sentences
    sents: list[Sentence] = []
    per_art: dict[str, list[int]] = {}
    marks: dict[str, list[Span]] = {}
    for a in arts:
        marks[a.id] = quote_spans(a.text, ignored_spans(a.annotations))
        per_art[a.id] = []
        for k, sp in enumerate(split_sentences(a, marks[a.id])):
            inside = sum(max(0, min(sp.end, q.end) - max(sp.start, q.start)) for q in marks[a.id])
            per_art[a.id].append(len(sents))
            sents.append(Sentence(f"{a.id}#{k}", a.id, outlet[a.id], sp, a.text[sp.start : sp.end],
                                  round(inside / max(1, sp.end - sp.start), 3)))  # fmt: skip
    art_of = {a.id: a for a in arts}
    facts = [f for a in arts for f in extract_facts(a, [sents[i] for i in per_art[a.id]])]
    facts_of: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        facts_of[f.sentence].append(f)

    # alignment: for each sentence, the best match in every other report
    pos = {aid: k for k, aid in enumerate(art_of)}
    owners = [pos[s.article_id] for s in sents]
    sim = align([_DATELINE.sub("", s.text) for s in sents], owners, fast=fast)
    links: set[tuple[int, int]] = set()
    parent = list(range(len(sents)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs: list[tuple[Fact, Fact]] = []
    values: dict[str, set[tuple]] = defaultdict(set)  # what each article states anywhere
    for f in facts:
        values[f.article_id].add((f.kind, f.key, round(f.value, 6)))
    supp: list[set[str]] = [{s.article_id} for s in sents]
    for a in arts:
        for b in arts:
            if a.id == b.id or not per_art[a.id] or not per_art[b.id]:
                continue
            ia, ib = per_art[a.id], per_art[b.id]
            block = sim[np.ix_(ia, ib)]
            best = block.argmax(axis=1)
            for r, i in enumerate(ia):
                j = ib[int(best[r])]
                score = block[r, best[r]]
                if score < CONFLICT_THRESHOLD:
                    continue
                clash = [
                    (x, y)
                    for x, y in fact_conflicts(facts_of[sents[i].id], facts_of[sents[j].id])
                    if not _states(values[b.id], x) and not _states(values[a.id], y)
                ]
                if clash and unit[a.id] != unit[b.id]:
                    pairs.extend(clash)
                    continue
                if score < ALIGN_THRESHOLD:
                    continue
                supp[i].add(b.id)  # alignment is symmetric: each carries the other's information
                supp[j].add(a.id)
                links |= {(i, j), (j, i)}
                parent[find(i)] = find(j)
    # groups and support
    roots: dict[int, int] = {}
    members: dict[int, set[str]] = defaultdict(set)
    for k, s in enumerate(sents):
        members[find(k)].add(s.article_id)
    for i, s in enumerate(sents):
        arts_i = sorted(supp[i], key=pos.__getitem__)
        s.support_articles = arts_i
        s.support = list(dict.fromkeys(outlet[x] for x in arts_i))
        s.sources = len({unit[x] for x in arts_i})
        if s.sources >= 2 and 2 * s.sources > n_sources:
            s.status = "consensus"
        elif s.sources >= 2:
            s.status = "partial"
        r = find(i)
        if len(members[r]) >= 2:
            s.group = roots.setdefault(r, len(roots))

    group_of = {s.id: s.group if s.group >= 0 else -1 - k for k, s in enumerate(sents)}
    pairs += _unit_conflicts(facts, unit, {(x.kind, x.key) for x, _ in pairs})
    conflicts = _merge_conflicts(pairs, facts, arts, outlet, group_of)
    ents, role_conflicts = entities(arts, docs, quotes)
    conflicts += role_conflicts

    # text reuse, both directions
    words = {
        a.id: Words.of(
            a, [c for q in quotes.get(a.id, []) if q.kind != "indirect" for c in q.content] or marks[a.id]
        )
        for a in arts
    }
    reuse = []
    for a in arts:
        for b in arts:
            if a.id != b.id:
                r = text_reuse(a, b, words[a.id], words[b.id])
                r.copy = story.duplicates.get(b.id) == a.id
                reuse.append(r)

    prov = provenance(story, arts, cited, quote_groups, reuse, unit)
    outlets = list(dict.fromkeys(outlet[a.id] for a in arts))
    comp = Comparison(story.id, [a.id for a in arts], outlets, n_sources, sents, facts, conflicts, reuse,
                      prov, ents, units=unit)  # fmt: skip
    comp.brief = brief(comp, arts, quotes, quote_groups, sim, links)
    return comp


def _merge_conflicts(pairs, facts: Sequence[Fact], arts, outlet, group_of) -> list[Conflict]:
    """One conflict per thing measured and set of values; each side lists every outlet that states
    that value in the sentences aligned with the conflicting one."""
    order = [a.id for a in arts]
    merged: dict[tuple, list[Fact]] = {}
    for x, y in pairs:
        key = (x.kind, x.key, *sorted({round(x.value, 6), round(y.value, 6)}))
        merged.setdefault(key, [])
        merged[key] += [f for f in (x, y) if f not in merged[key]]
    out = []
    for (kind, key, *_), fs in merged.items():
        items = []
        for value in sorted({round(f.value, 6) for f in fs}, key=lambda v: min(
                order.index(f.article_id) for f in fs if round(f.value, 6) == v)):  # fmt: skip
            side = [f for f in fs if round(f.value, 6) == value]
            groups = {group_of[f.sentence] for f in side}
            agree = [g for g in facts if g.kind == kind and g.key == key and _same(g.value, value)
                     and group_of[g.sentence] in groups]  # fmt: skip
            side = sorted({*side, *agree}, key=lambda f: (order.index(f.article_id), f.span.start))
            f = side[0]
            items.append({"article_id": f.article_id, "outlets": list(dict.fromkeys(outlet[g.article_id] for g in side)),
                          "text": f.text, "span": f.span.to_dict(), "value": f.value,
                          "mentions": [{"article_id": g.article_id, "span": g.span.to_dict()} for g in side]})  # fmt: skip
        out.append(Conflict(kind, key, items))
    return out


def _unit_conflicts(facts: Sequence[Fact], unit: dict[str, str], known: set) -> list[tuple[Fact, Fact]]:
    """Counts of the same unit noun ("28,000 vehicles" / "30,000 vehicles") that disagree across
    reports even where the sentences did not align: compared when each report states one value."""
    by_key: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    first: dict[tuple[str, float], Fact] = {}
    for f in facts:
        if f.kind == "count":
            by_key[f.key][unit[f.article_id]].add(f.value)
            first.setdefault((f.key, f.value), f)
    out = []
    for key, per in by_key.items():
        single = {u: next(iter(v)) for u, v in per.items() if len(v) == 1}
        values = sorted(set(single.values()))
        if len(values) == 2 and len(single) >= 2 and ("count", key) not in known:
            out.append((first[(key, values[0])], first[(key, values[1])]))
    return out


# --------------------------------------------------------------------------- provenance


def _norm_outlet(name: str | None) -> str:
    return re.sub(r"^the\s+|[^a-z0-9]+", "", (name or "").lower())


def provenance(
    story: Story,
    arts: Sequence[Article],
    cited: dict[str, list[Any]],
    quote_groups,
    reuse,
    units: dict[str, str],
) -> dict:
    """Who published first, whom each article credits, where each shared quote first appears, and
    the graph of it all: nodes are the story's articles and the outside outlets they credit;
    edges are ``copy_of``, ``cites``, ``reuses`` (text of an earlier article) and ``quote_first_in``."""
    order = {a.id: i for i, a in enumerate(arts)}
    dated = [a for a in arts if a.published]
    first_time = min((a.published for a in dated), default=None)
    first = [a.id for a in arts if a.published == first_time] if first_time else [arts[0].id]
    by_outlet = {}
    for a in arts:
        by_outlet.setdefault(_norm_outlet(a.outlet), a.id)
    nodes = [{"id": a.id, "kind": "article", "outlet": a.outlet, "title": a.title, "published": a.published,
              "first": a.id in first} for a in arts]  # fmt: skip
    edges: list[dict[str, Any]] = []
    external: dict[str, str] = {}
    credits: dict[str, list[dict[str, Any]]] = {}
    for a in arts:
        credits[a.id] = []
        for c in cited.get(a.id, []):
            target = by_outlet.get(_norm_outlet(c.name))
            if target == a.id:
                continue
            if target is None:
                target = external.setdefault(_norm_outlet(c.name), "outlet:" + c.name)
            credits[a.id].append({"name": c.name, "span": c.span.to_dict(), "cue": c.cue})
            if not any(e["source"] == a.id and e["target"] == target and e["kind"] == "cites" for e in edges):
                edges.append({"source": a.id, "target": target, "kind": "cites", "evidence": c.name})
    for key, nid in external.items():
        name = nid.split(":", 1)[1]
        nodes.append({"id": nid, "kind": "outlet", "outlet": name, "title": None, "published": None,
                      "first": False})  # fmt: skip
        del key
    for dup, orig in story.duplicates.items():
        if dup in order and orig in order:
            edges.append({"source": dup, "target": orig, "kind": "copy_of", "evidence": "near-verbatim copy"})
    for r in reuse:
        if r.copy or r.containment < REUSE_EDGE or units.get(r.source) == units.get(r.target):
            continue  # copies of one original are shown as copies, not as reusing each other
        a, b = next(x for x in arts if x.id == r.source), next(x for x in arts if x.id == r.target)
        if (a.published or "") <= (b.published or "") and order[a.id] < order[b.id]:
            edges.append({"source": b.id, "target": a.id, "kind": "reuses",
                          "evidence": f"{r.containment:.0%} of its text"})  # fmt: skip
    quote_first = {}
    for g in quote_groups:
        ids = [v.article_id for v in g.variants if v.article_id in order]
        if not ids:
            continue
        f = min(ids, key=lambda x: (next(a.published or "" for a in arts if a.id == x), order[x]))
        quote_first[g.id] = f
        for x in ids:
            if x != f:
                e = next(
                    (
                        e
                        for e in edges
                        if e["source"] == x and e["target"] == f and e["kind"] == "quote_first_in"
                    ),
                    None,
                )
                if e is None:
                    edges.append({"source": x, "target": f, "kind": "quote_first_in", "evidence": "1 quote"})
                else:
                    n = int(e["evidence"].split()[0]) + 1
                    e["evidence"] = f"{n} quotes"
    return {"first": first, "credits": credits, "quote_first": quote_first, "nodes": nodes, "edges": edges}


# --------------------------------------------------------------------------- brief

_PRONOUN_START = re.compile(
    r"^[\"'‘“]?(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|also)\b", re.I
)


def _briefable(s: Sentence) -> bool:
    return s.quoted < 0.4 and len(s.text.split()) >= 6 and not _PRONOUN_START.match(s.text)


_DATELINE = re.compile(
    r"^(?:[•*·▪-]\s*|[A-Z][A-Z .'-]+(?:,\s*[A-Z][a-z]+\.? \d{1,2})?\s*(?:\([^)]{2,40}\))?\s*[-–—]+\s*)"
)


def _brief_span(s: Sentence) -> Span:
    """The sentence without a wire dateline ("PORT ELLING, March 12 (Meridian Wire) - ") or bullet."""
    m = _DATELINE.match(s.text)
    return Span(s.span.start + m.end(), s.span.end) if m else s.span


def brief(comp: Comparison, arts: Sequence[Article], quotes, quote_groups, sim: np.ndarray,
          links: set[tuple[int, int]] = frozenset(), max_sentences: int = 5) -> dict[str, Any]:  # fmt: skip
    """A neutral extractive brief: 3-6 sentences from consensus (then partial) information, one
    per alignment group, redundant ones dropped, in the order the articles tell it; each sentence
    names the outlets that carry it. A sentence stating a value other outlets dispute is left to
    the conflicts list. Then what only one report says, the key quotes and the conflicts.
    Deterministic: ties break on article order and position."""
    sents = comp.sentences
    idx = {s.id: i for i, s in enumerate(sents)}
    art_pos = {a.id: k for k, a in enumerate(arts)}
    text_of = {a.id: a.text for a in arts}
    per_art_n = Counter(s.article_id for s in sents)
    rel = {s.id: int(s.id.rsplit("#", 1)[1]) / max(1, per_art_n[s.article_id]) for s in sents}
    disputed = {
        (c.kind, c.key, round(i["value"], 6)) for c in comp.conflicts if c.kind != "role" for i in c.items
    }
    contested = {f.sentence for f in comp.facts if (f.kind, f.key, round(f.value, 6)) in disputed}
    for c in comp.conflicts:  # role conflicts: the sentences that give the disputed titles
        for m in (m for i in c.items for m in i["mentions"]):
            contested |= {s.id for s in sents if s.article_id == m["article_id"]
                          and s.span.start <= m["span"]["start"] < s.span.end}  # fmt: skip

    def ok(s: Sentence) -> bool:
        return _briefable(s) and s.id not in contested

    tier = {"consensus": 0, "partial": 1, "unique": 2}
    cands = sorted((s for s in sents if ok(s)),
                   key=lambda s: (tier[s.status], -s.sources, rel[s.id], art_pos[s.article_id], idx[s.id]))  # fmt: skip
    from newsprism.nlp import content_terms

    terms = {s.id: set(content_terms(s.text)) for s in sents}
    chosen: list[Sentence] = []
    said: set[str] = set()
    for s in cands:
        if len(chosen) >= max_sentences or (s.status == "unique" and len(chosen) >= 3):
            break
        if s.status == "unique" and s.article_id != comp.article_ids[0]:
            continue  # fill-ins (stories with little in common) come from the first report only
        if any((idx[s.id], idx[c.id]) in links or sim[idx[s.id], idx[c.id]] >= 0.7 for c in chosen):
            continue  # says what a chosen sentence says
        if terms[s.id] and len(terms[s.id] & said) >= 0.7 * len(terms[s.id]):
            continue  # its words are already in the brief
        # the plainest way to say it: the shortest aligned sentence with as much support
        alts = [sents[j] for i, j in links if i == idx[s.id] and ok(sents[j]) and sents[j].sources >= s.sources
                and sim[i, j] >= 0.6]  # fmt: skip
        s = min([s, *alts], key=lambda x: (len(x.text.split()), art_pos[x.article_id], idx[x.id]))
        chosen.append(s)
        said |= terms[s.id]
    chosen.sort(key=lambda s: (rel[s.id], art_pos[s.article_id], idx[s.id]))
    lines = []
    for s in chosen:
        sp = _brief_span(s)
        lines.append({"text": _one_line(text_of[s.article_id][sp.start : sp.end]), "outlets": s.support,
                      "article_id": s.article_id, "span": sp.to_dict(), "status": s.status})  # fmt: skip

    only_in = []
    if comp.sources > 1:
        copies_of: dict[str, list[str]] = defaultdict(list)
        for a in arts:
            copies_of[_root(comp, a.id)].append(outlet_label(a))
        for a in arts:
            if _root(comp, a.id) != a.id:
                continue  # a copy says what its original says
            mine = [s for s in sents if s.article_id == a.id and s.status == "unique" and s not in chosen]
            mine.sort(key=lambda s: (s.quoted >= 0.4, s.id in contested, -len(_facts_in(comp, s)), idx[s.id]))
            for s in mine[: 2 if comp.sources <= 4 else 1]:
                sp = _brief_span(s)
                only_in.append({"outlet": outlet_label(a), "outlets": list(dict.fromkeys(copies_of[a.id])),
                                "text": _one_line(a.text[sp.start : sp.end]), "article_id": a.id,
                                "span": sp.to_dict()})  # fmt: skip

    key_quotes = []
    for g in sorted(quote_groups, key=lambda g: (-len(g.outlets), g.id))[:5]:
        key_quotes.append({"speaker": _speaker_label(g.speaker), "text": _one_line(g.text), "outlets": g.outlets,
                           "flags": list(g.flags)})  # fmt: skip
    if len(key_quotes) < 3:
        grouped = {(v.article_id, v.quote_index) for g in quote_groups for v in g.variants}
        for a in arts:
            for k, q in enumerate(quotes.get(a.id, [])):
                if (a.id, k) in grouped or q.kind != "direct" or not q.speaker.name or len(key_quotes) >= 3:
                    continue
                text = _one_line(" … ".join(a.text[c.start : c.end] for c in q.content))
                if len(text.split()) >= 5:
                    key_quotes.append({"speaker": _speaker_label(q.speaker), "text": text,
                                       "outlets": [outlet_label(a)], "flags": []})  # fmt: skip
    return {
        "sentences": lines,
        "only_in": only_in[:MAX_ONLY_IN],
        "key_quotes": key_quotes,
        # the conflicts with most outlets on both sides first
        "conflicts": [c.describe() for c in sorted(comp.conflicts, key=_weight)[:MAX_BRIEF_CONFLICTS]],
    }


def _weight(c: Conflict) -> tuple:
    return (-min(len(i["outlets"]) for i in c.items), -sum(len(i["outlets"]) for i in c.items))


def _root(comp: Comparison, aid: str) -> str:
    return comp.units.get(aid, aid)


def _facts_in(comp: Comparison, s: Sentence) -> list[Fact]:
    return [f for f in comp.facts if f.sentence == s.id]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _speaker_label(sp: Any) -> str:
    if sp.type == "anonymous":
        return sp.description or sp.name or "anonymous source"
    return sp.name or "unattributed"


def brief_text(comp: Comparison, title: str | None = None) -> str:
    """The brief as plain text (what ``newsprism brief`` prints)."""
    b = comp.brief
    out = [title or comp.story_id, ""]
    for s in b["sentences"]:
        out.append(f"{s['text']} [{', '.join(s['outlets'])}]")
    if b["only_in"]:
        out.append("")
        for o in b["only_in"]:
            out.append(f"- Only in {o['outlet']}: {o['text']}")
    if b["key_quotes"]:
        out += ["", "Key quotes:"]
        for q in b["key_quotes"]:
            flags = f" ({'; '.join(q['flags'])})" if q["flags"] else ""
            out.append(f"- {q['speaker']}: {q['text']} [{', '.join(q['outlets'])}]{flags}")
    if b["conflicts"]:
        out += ["", "Conflicts:"]
        out += [f"- {c}" for c in b["conflicts"]]
    return "\n".join(out)


def comparison_text(comp: Comparison, articles: dict[str, Article], title: str | None = None) -> str:
    """The comparison as plain text (what ``newsprism compare`` prints)."""
    name = {aid: outlet_label(articles[aid]) for aid in comp.article_ids}
    out = [title or comp.story_id, f"{len(comp.article_ids)} articles, {comp.sources} independent reports: "
           + ", ".join(comp.outlets), ""]  # fmt: skip
    for status, label in (("consensus", "Consensus"), ("partial", "Partial"), ("unique", "Only one report")):
        rows = [
            s for s in comp.by_status(status) if comp.units.get(s.article_id, s.article_id) == s.article_id
        ]
        if not rows:
            continue
        seen: set[int] = set()
        out.append(f"{label}:")
        for s in rows:
            if s.group >= 0 and s.group in seen and status != "unique":
                continue
            seen.add(s.group)
            out.append(f"  - {_one_line(s.text)} [{', '.join(s.support)}]")
        out.append("")
    if comp.conflicts:
        out.append("Conflicts:")
        out += [f"  - {c.describe()}" for c in comp.conflicts]
        out.append("")
    out.append("Text reuse (share of B found in A):")
    for r in sorted(comp.reuse, key=lambda r: -r.containment):
        if r.containment >= 0.05:
            tag = " (syndicated copy)" if r.copy else ""
            out.append(f"  - {name[r.target]} in {name[r.source]}: {r.containment:.0%} "
                       f"({r.containment_outside_quotes:.0%} outside quotes), longest passage {r.longest_passage} words{tag}")  # fmt: skip
    p = comp.provenance
    out += [
        "",
        "Provenance:",
        "  first: " + ", ".join(f"{name[a]} ({articles[a].published})" for a in p["first"]),
    ]
    for e in p["edges"]:
        tgt = name.get(e["target"], e["target"].removeprefix("outlet:"))
        out.append(f"  - {name[e['source']]} {e['kind'].replace('_', ' ')} {tgt} ({e['evidence']})")
    out += ["", "Entities:"]
    for e in comp.entities[:15]:
        roles = ", ".join(
            f"{o} {n}x{' (speaker)' if e.roles.get(o) == 'speaker' else ''}" for o, n in e.mentions.items()
        )
        out.append(f"  - {e.name} [{e.type}]: {roles}")
    return "\n".join(out)
