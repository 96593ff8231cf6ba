"""The comparison of one story: the other compare modules put together (:func:`compare_story`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.clean import ignored_spans
from newsprism.compare.align import align, quoted_words, word_pairs
from newsprism.compare.brief import DATELINE, brief
from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.compare.entities import entities
from newsprism.compare.facts import (
    EVENT_KINDS,
    anchors,
    compatible,
    crowded_pairs,
    different_things,
    extract_facts,
    fact_conflicts,
    figures_apart,
    holds,
    left_over,
    listed_pairs,
    measured_apart,
    published_year,
    same_event,
    same_thing,
    same_value,
    shared,
    stated_span,
    states,
    total_of,
)
from newsprism.compare.model import Comparison, Conflict, ConflictSide, Fact, Mention, Reuse, Sentence, Update
from newsprism.compare.provenance import provenance
from newsprism.compare.reuse import Words, text_reuse
from newsprism.lexicon import CALENDAR, MEASURES, RUNNING_TOTAL_WORDS
from newsprism.models import Article, Span, Story, outlet_label
from newsprism.stories import timestamp

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsprism.quotes import CitedOutlet, Quote, QuoteGroup


def units(story: Story, articles: Sequence[Article]) -> dict[str, str]:
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
    quotes: Mapping[str, Sequence[Quote]] | None = None,
    cited: Mapping[str, Sequence[CitedOutlet]] | None = None,
    quote_groups: Sequence[QuoteGroup] = (),
    docs: Mapping[str, Doc] | None = None,
    fast: bool = True,
    config: CompareConfig = DEFAULT,
) -> Comparison:
    """Compare a story's articles (in the story's order). ``quotes``/``cited``/``quote_groups``
    come from the quotes stage and ``docs`` are spaCy parses (entities); any left out are skipped.

    1. Sentences of every article (never split inside a quote), and the facts they state.
    2. Alignment: each sentence's best match in every other article; a match at
       ``config.conflict_threshold`` whose facts disagree is a conflict (between different
       reports); one at ``config.only_in_related`` keeps both out of "only in", one at
       ``config.align_threshold`` links them (redundant in the brief, one colour in reports).
    3. Support: a sentence's outlets and independent reports whose match reaches
       ``config.support_threshold``, or that quote the same words (a copy counts with its
       original); consensus when most reports carry it.
    4. Conflicts merged per thing measured; counts of one unit that disagree anywhere; role conflicts.
    5. Text reuse both ways, provenance, and the brief.
    """
    quotes = quotes or {}
    cited = cited or {}
    arts = [a for a in articles if a.id in set(story.article_ids)] or list(articles)
    arts, sample = sample_articles(story, arts, config.max_articles)
    unit = units(story, arts)
    outlet = {a.id: outlet_label(a) for a in arts}
    sents, per_art, marks = _sentences(arts, outlet)
    facts = [f for a in arts for f in extract_facts(a, [sents[i] for i in per_art[a.id]])]
    pos = {a.id: k for k, a in enumerate(arts)}
    owners = [pos[s.article_id] for s in sents]
    sim = align([DATELINE.sub("", s.text) for s in sents], owners, fast=fast, config=config)
    # a figure its own outlet later replaced is an earlier stage of a developing story, not a claim
    # another outlet disputes ("10 dead", then "14 dead" from the same outlet a day later)
    current = _current(facts, arts, outlet)
    span_of = {s.id: s.span for s in sents}
    text_of = {a.id: a.text for a in arts}
    year_of = {a.id: published_year(a.published) for a in arts}
    about = {
        f: anchors(text_of[f.article_id], span_of[f.sentence], f, year=year_of[f.article_id]) for f in facts
    }
    when = {a.id: timestamp(a.published) for a in arts}
    al = _Alignment(sents, current, sim, unit, [a.id for a in arts], outlets=outlet, about=about, when=when)
    for f in facts:  # figures a later report replaced too: a sentence states them all the same
        al.stated[f.sentence].append(f)
    al.quoted = [quoted_words(text_of[s.article_id], s.span, marks[s.article_id]) for s in sents]
    al.pairs = [word_pairs(s.text) for s in sents]
    al.pair_count = Counter(p for ps in al.pairs for p in ps)
    al.rare_pair = max(config.quoted_pair_sentences, round(config.quoted_pair_share * len(sents)))
    pairs = al.run(per_art, config)
    al.changes += _own_updates(facts, current, al, config)
    al.support(outlet)
    group_of = {s.id: s.group if s.group >= 0 else -1 - k for k, s in enumerate(sents)}
    source = {a.id: al.source(a.id, outlet) for a in arts}
    pairs += _unit_conflicts(current, source, {(x.kind, x.key) for x, _, _ in pairs}, about, when, config)
    conflicts = _merge_conflicts(pairs, current, arts, outlet, group_of)
    ents, role_conflicts = entities(arts, docs or {}, quotes)
    conflicts += role_conflicts
    reuse = _reuse(story, arts, quotes, marks, config)
    prov = provenance(story, arts, cited, quote_groups, reuse, unit, config)
    outlets = list(dict.fromkeys(outlet[a.id] for a in arts))
    n_sources = len(set(source.values()))
    comp = Comparison(
        story.id, [a.id for a in arts], outlets, n_sources, sents, facts, conflicts, reuse, prov, ents,
        units=unit,
    )  # fmt: skip
    comp.updates = _updates(facts, al.changes, arts, outlet)
    comp.brief = brief(comp, arts, quotes, quote_groups, sim, al.links, config, al.near)
    comp.sample = sample
    return comp


# figures a developing story revises (a toll, a cost, a share); dates and years of fixed events do
# not move, so two of them that differ are two events, never an update
MOVING_KINDS = ("count", "money", "percent")


def _close(ta: float | None, tb: float | None, kind: str, config: CompareConfig) -> bool:
    """Published close enough that a figure of ``kind`` should not have moved (undated: yes)."""
    hours = config.conflict_window_hours if kind in MOVING_KINDS else config.fixed_window_hours
    return ta is None or tb is None or abs(ta - tb) <= hours * 3600


SAMPLE_RULE = (
    "syndicated copies folded into their originals, then the first article of each outlet, "
    "then articles spread evenly over the story's time"
)


def sample_articles(
    story: Story, articles: Sequence[Article], cap: int
) -> tuple[list[Article], dict[str, Any] | None]:
    """At most ``cap`` of a story's articles, in story order, and the rule that chose them (None
    when all are kept). Copies say what their original says; every outlet is heard before any
    outlet twice; the rest is spread over the story's order so a developing story keeps its
    later reports. Deterministic."""
    if len(articles) <= cap:
        return list(articles), None
    unit = units(story, articles)
    originals = [a for a in articles if unit[a.id] == a.id] or list(articles)
    chosen: dict[str, Article] = {}
    for a in originals:  # the first article of each outlet, in story order
        if len(chosen) < cap and all(outlet_label(c) != outlet_label(a) for c in chosen.values()):
            chosen[a.id] = a
    rest = [a for a in originals if a.id not in chosen]
    room = cap - len(chosen)
    if room > 0 and rest:
        step = len(rest) / room
        for k in range(min(room, len(rest))):
            a = rest[int(k * step)]
            chosen[a.id] = a
    kept = [a for a in articles if a.id in chosen]
    return kept, {"compared": len(kept), "of": len(articles), "rule": SAMPLE_RULE}


def _sentences(
    arts: Sequence[Article], outlet: Mapping[str, str]
) -> tuple[list[Sentence], dict[str, list[int]], dict[str, list[Span]]]:
    """Every article's sentences (with the share of each inside quote marks), the indexes of each
    article's sentences, and each article's quote marks."""
    from newsprism.compare.sentences import split_sentences
    from newsprism.quotes import quote_spans

    sents: list[Sentence] = []
    per_art: dict[str, list[int]] = {}
    marks: dict[str, list[Span]] = {}
    for a in arts:
        marks[a.id] = quote_spans(a.text, ignored_spans(a.annotations))
        per_art[a.id] = []
        for k, sp in enumerate(split_sentences(a, marks[a.id])):
            inside = sum(max(0, min(sp.end, q.end) - max(sp.start, q.start)) for q in marks[a.id])
            per_art[a.id].append(len(sents))
            quoted = round(inside / max(1, sp.end - sp.start), 3)
            sents.append(Sentence(f"{a.id}#{k}", a.id, outlet[a.id], sp, a.text[sp.start : sp.end], quoted))
    return sents, per_art, marks


@dataclass(slots=True)
class _Alignment:
    """Steps 2 and 3: the aligned pairs (as a union-find over sentences), who supports each
    sentence, and the fact conflicts found on the way."""

    sents: list[Sentence]
    facts: list[Fact]
    sim: np.ndarray
    unit: dict[str, str]
    order: list[str]  # article ids in story order
    outlets: dict[str, str] = field(default_factory=dict)  # article id -> outlet label
    about: dict[Fact, set[str]] = field(default_factory=dict)  # a figure's anchor words (facts.anchors)
    when: dict[str, float | None] = field(default_factory=dict)  # article id -> published (epoch s)
    links: set[tuple[int, int]] = field(default_factory=set)
    near: set[int] = field(default_factory=set)  # sentences close to another report's
    changes: list[tuple[Fact, Fact]] = field(default_factory=list)  # updates, not conflicts
    facts_of: dict[str, list[Fact]] = field(default_factory=dict)  # sentence id -> its facts
    values: dict[str, set[tuple[str, str, float]]] = field(default_factory=dict)  # what each article states
    ranges: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))  # ... its stated ranges
    parent: list[int] = field(default_factory=list)
    per_art: Mapping[str, list[int]] = field(default_factory=dict)  # article id -> its sentences
    supp: list[set[str]] = field(default_factory=list)
    stated: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))  # all its figures
    quoted: list[set[tuple[str, str]]] = field(default_factory=list)  # each sentence's quoted word pairs
    pairs: list[set[tuple[str, str]]] = field(default_factory=list)  # ... and all its word pairs
    pair_count: Counter = field(default_factory=Counter)  # sentences each word pair is in
    rare_pair: int = 0  # a quoted pair in at most this many sentences is the quotation's own

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def run(self, per_art: Mapping[str, list[int]], config: CompareConfig) -> list[tuple[Fact, Fact, str]]:
        sents, sim, unit = self.sents, self.sim, self.unit
        self.parent, self.per_art = list(range(len(sents))), per_art
        self.supp = [{s.article_id} for s in sents]
        facts_of: dict[str, list[Fact]] = defaultdict(list)
        values: dict[str, set[tuple[str, str, float]]] = defaultdict(set)  # what each article states anywhere
        for f in self.facts:
            facts_of[f.sentence].append(f)
            values[f.article_id].add((f.kind, f.key, round(f.value, 6)))
            if f.stated_range:
                self.ranges[f.article_id].append(f)
        self.facts_of, self.values = facts_of, values
        pairs: list[tuple[Fact, Fact, str]] = []
        for a in self.order:
            for b in self.order:
                if a == b or not per_art[a] or not per_art[b]:
                    continue
                ia, ib = per_art[a], per_art[b]
                block = sim[np.ix_(ia, ib)]
                best = block.argmax(axis=1)
                back = block.argmax(axis=0)  # each sentence of b's best match in a
                for r, i in enumerate(ia):
                    c = int(best[r])
                    j = ib[c]
                    score = block[r, c]
                    if score < config.conflict_threshold:
                        continue
                    mutual = int(back[c]) == r
                    moved, clash = self.clash(i, j, a, b, score, mutual, config)
                    # a value that changes between two articles of one outlet, or between reports
                    # a day or more apart, is an update of a developing story, not a conflict
                    if moved and (
                        self.outlets[a] == self.outlets[b]
                        or not self.comparable(a, b, moved[0][0].kind, config)
                    ):
                        self.changes.extend(m for m in moved if m[0].kind in MOVING_KINDS)
                        continue  # not the same information: "10 dead" is not support for "40 dead"
                    if clash and unit[a] != unit[b]:
                        why = f"aligned sentences (similarity {score:.2f})"
                        pairs.extend((x, y, why) for x, y in clash)
                        continue
                    pairs += self.side_clashes(a, b, i, ib, block[r], c, config)
                    if score >= config.only_in_related and self.source(a, self.outlets) != self.source(
                        b, self.outlets
                    ):
                        self.near |= {i, j}  # close to another report's: not "only in" its own
                    if score < config.align_threshold:
                        continue
                    if (
                        score >= config.support_threshold or self.quote_each_other(i, j)
                    ) and not figures_apart(self.stated[sents[i].id], self.stated[sents[j].id]):
                        self.supp[i].add(b)  # symmetric: each carries the other's information
                        self.supp[j].add(a)
                    self.links |= {(i, j), (j, i)}
                    self.parent[self.find(i)] = self.find(j)
        return pairs

    def says(self, article: str, f: Fact) -> bool:
        """Does ``article`` state ``f``'s value anywhere, or a range that holds it? Then it does not
        dispute it: "interferon helps in 40 percent of cases ... Only 10 to 15 percent of patients
        remain in remission" does not dispute "13 percent of those treated with only interferon"."""
        return states(self.values[article], f, self.ranges[article])

    def quote_each_other(self, i: int, j: int) -> bool:
        """Related sentences where one quotes words the other also uses ("'dramatically
        overstated'") report the same statement, however differently the rest is worded. The words
        must be the quote's own, not the story's: "nuclear tests" or "arms race", in dozens of a
        story's sentences, say nothing of who quoted whom (``rare_pair``)."""
        if not self.quoted:
            return False
        shared = (self.quoted[i] & self.pairs[j]) | (self.quoted[j] & self.pairs[i])
        return any(self.pair_count[p] <= self.rare_pair for p in shared)

    def clash(
        self, i: int, j: int, a: str, b: str, score: float, mutual: bool, config: CompareConfig
    ) -> tuple[list[tuple[Fact, Fact]], list[tuple[Fact, Fact]]]:
        """The figures of sentences ``i`` (of article ``a``) and ``j`` (of ``b``) that differ
        about the same thing (``moved``: an update or a conflict), and those of them, or of
        crowded sentences, that cannot both hold (``clash``)."""
        sents, facts_of = self.sents, self.facts_of
        fi, fj = facts_of[sents[i].id], facts_of[sents[j].id]
        moved = [
            (x, y)
            for x, y in fact_conflicts(fi, fj, changes=True)
            if not self.says(b, x)
            and not self.says(a, y)
            and self.about_same(x, y, self.trusted(x, y, score, mutual, config))
            and not measured_apart(fi, fj, x, y)
        ]
        clash = [(x, y) for x, y in moved if not compatible(x, y)]
        # figures listed in the same order, all alike but one: that one is paired by its place
        listed = [
            (x, y)
            for x, y in listed_pairs(sents[i], fi, sents[j], fj)
            if not self.says(b, x)
            and not self.says(a, y)
            # list items are worded apart ("in the two control groups" / "of patients given a
            # placebo"): only names or years tell them apart
            and not different_things(self.about.get(x, set()), self.about.get(y, set()), described=False)
        ]
        # other sentences with several figures of one kind: a figure is paired with the
        # other's by its own words only ("40 feet or so to 90 feet" / "40 to 60 feet")
        paired = {(f.kind, f.key) for f, _ in listed}
        crowded = [
            (x, y)
            for x, y in crowded_pairs(fi, fj)
            if (x.kind, x.key) not in paired
            and not self.says(b, x)
            and not self.says(a, y)
            and not measured_apart(fi, fj, x, y)
        ]
        sure = score >= config.conflict_trust_sim and mutual
        clash += listed + [
            (x, y) for x, y in crowded if self.about_same(x, y, sure and left_over(crowded, x, y, fi, fj))
        ]
        return moved, clash

    def trusted(self, x: Fact, y: Fact, score: float, mutual: bool, config: CompareConfig) -> bool:
        """Do two sentences say their figures are about the same thing? They are close enough
        (``conflict_trust_sim``), or each is the other's best match, they carry the same
        information (``align_threshold``) and their one count of the unit shares a word beside
        it ("believed to infect about 7 million Americans" / "including 4 million Americans,
        are believed to have hepatitis C"). A sum or a percentage does not say what it measures."""
        if score >= config.conflict_trust_sim:
            return True
        near = shared(self.about.get(x, set()), self.about.get(y, set()))
        return mutual and score >= config.align_threshold and x.kind == "count" and bool(near)

    def side_clashes(
        self, a: str, b: str, i: int, ib: Sequence[int], row: np.ndarray, best: int, config: CompareConfig
    ) -> list[tuple[Fact, Fact, str]]:
        """Figures of sentence ``i`` that clash with a figure of another sentence of ``b`` than
        its best match, close enough (``conflict_threshold``) and about the same thing by the
        figures' own words."""
        if self.unit[a] == self.unit[b] or self.outlets[a] == self.outlets[b]:
            return []
        if not self.facts_of.get(self.sents[i].id):
            return []
        out = []
        for c in np.flatnonzero(row >= config.conflict_threshold):
            if int(c) == best:
                continue
            moved, clash = self.clash(i, ib[int(c)], a, b, 0.0, False, config)
            if clash and self.comparable(a, b, clash[0][0].kind, config):
                why = f"similar sentences (similarity {row[c]:.2f})"
                out += [(x, y, why) for x, y in clash]
        return out

    def about_same(self, x: Fact, y: Fact, aligned: bool) -> bool:
        """Are two figures of matched sentences about the same thing? Sentences close enough
        (``conflict_trust_sim``) say so unless the names beside the figures differ; others need
        the figures' own words to match (``facts.anchors``): "an early bid of £20,000" and "the
        winning bid of £26,000" sit in similar sentences but are different bids."""
        ax, ay = self.about.get(x, set()), self.about.get(y, set())
        if x.kind in EVENT_KINDS and not same_event(ax, ay):
            return False
        return not different_things(ax, ay) and (aligned or same_thing(ax, ay))

    def comparable(self, a: str, b: str, kind: str, config: CompareConfig) -> bool:
        return _close(self.when.get(a), self.when.get(b), kind, config)

    def source(self, x: str, outlet: Mapping[str, str]) -> str:
        """The independent source an article counts as: the outlet of its report (a copy counts
        with its original; two articles of one outlet are one source)."""
        return outlet.get(self.unit[x], outlet[x])

    def support(self, outlet: Mapping[str, str]) -> None:
        """Each sentence's supporting articles, outlets, reports, status and alignment group."""
        pos = {aid: k for k, aid in enumerate(self.order)}
        n_sources = len({self.source(x, outlet) for x in self.order})
        roots: dict[int, int] = {}
        members: dict[int, set[str]] = defaultdict(set)
        for k, s in enumerate(self.sents):
            members[self.find(k)].add(s.article_id)
        for i, s in enumerate(self.sents):
            arts_i = sorted(self.supp[i], key=pos.__getitem__)
            s.support_articles = arts_i
            s.support = list(dict.fromkeys(outlet[x] for x in arts_i))
            s.sources = len({self.source(x, outlet) for x in arts_i})
            if s.sources >= 2 and 2 * s.sources > n_sources:
                s.status = "consensus"
            elif s.sources >= 2:
                s.status = "partial"
            r = self.find(i)
            if len(members[r]) >= 2:
                s.group = roots.setdefault(r, len(roots))


def _reuse(
    story: Story,
    arts: Sequence[Article],
    quotes: Mapping[str, Sequence[Quote]],
    marks: Mapping[str, list[Span]],
    config: CompareConfig,
) -> list[Reuse]:
    """Text reuse of every ordered pair; words inside direct (or mixed) quotes are marked so that
    reuse outside quotes can be told from shared quotes."""
    words = {
        a.id: Words.of(
            a,
            [c for q in quotes.get(a.id, []) if q.kind != "indirect" for c in q.content] or marks[a.id],
            config.reuse_shingle,
        )
        for a in arts
    }
    reuse = []
    for a in arts:
        for b in arts:
            if a.id != b.id:
                r = text_reuse(a, b, words[a.id], words[b.id], config)
                r.copy = story.duplicates.get(b.id) == a.id
                reuse.append(r)
    return reuse


def _merge_conflicts(
    pairs: Sequence[tuple[Fact, Fact, str]],
    facts: Sequence[Fact],
    arts: Sequence[Article],
    outlet: Mapping[str, str],
    group_of: Mapping[str, int],
) -> list[Conflict]:
    """One conflict per thing measured and set of values; each side lists every outlet that states
    that value in the sentences aligned with the conflicting one."""
    order = {a.id: k for k, a in enumerate(arts)}
    text_of = {a.id: a.text for a in arts}
    merged: dict[tuple[Any, ...], list[Fact]] = {}
    why: dict[tuple[Any, ...], str] = {}
    for x, y, reason in pairs:
        key = (x.kind, x.key, *sorted({round(x.value, 6), round(y.value, 6)}))
        merged.setdefault(key, [])
        merged[key] += [f for f in (x, y) if f not in merged[key]]
        why.setdefault(key, reason)
    out = []
    for (kind, key, *rest), fs in merged.items():
        items = []
        values = {round(f.value, 6) for f in fs}
        first_at = {v: min(order[f.article_id] for f in fs if round(f.value, 6) == v) for v in values}
        for value in sorted(values, key=first_at.__getitem__):
            side = [f for f in fs if round(f.value, 6) == value]
            groups = {group_of[f.sentence] for f in side}
            agree = [
                g
                for g in facts
                if g.kind == kind
                and g.key == key
                and same_value(g.value, value)
                and group_of[g.sentence] in groups
            ]
            side = sorted({*side, *agree}, key=lambda f: (order[f.article_id], f.span.start))
            f = side[0]
            outlets = list(dict.fromkeys(outlet[g.article_id] for g in side))
            mentions = [Mention(g.article_id, g.span) for g in side]
            sp = stated_span(text_of[f.article_id], f)  # a range as the report states it
            items.append(
                ConflictSide(
                    f.article_id, outlets, text_of[f.article_id][sp.start : sp.end], sp, f.value, mentions
                )
            )
        what = key if kind == "count" else kind.replace("_", " ")
        reason = (
            f"{what}: different outlets give values that cannot both hold (neither is an approximation, "
            f"range or rounding of the other) for the same thing, published close together, "
            f"in {why[(kind, key, *rest)]}"
        )
        out.append(Conflict(kind, key, items, reason))
    return out


def _updates(
    facts: Sequence[Fact],
    changes: Sequence[tuple[Fact, Fact]],
    arts: Sequence[Article],
    outlet: Mapping[str, str],
) -> list[Update]:
    """The figures that moved over the story, each as a timeline of its values (first statement
    of each value, in publication order)."""
    order = {a.id: (a.published or "", k) for k, a in enumerate(arts)}
    pub = {a.id: a.published for a in arts}
    # one timeline per thing that moved: the figures linked by changes (two counts of members, of
    # the party arrested and of its lawmakers among them, are two timelines of one key)
    parent: dict[Fact, Fact] = {}

    def root(f: Fact) -> Fact:
        while (up := parent.setdefault(f, f)) != f:
            f = up
        return f

    for x, y in changes:
        parent[root(x)] = root(y)
    chains: dict[Fact, set[Fact]] = defaultdict(set)
    for f in list(parent):
        chains[root(f)].add(f)
    out = []
    for fs in chains.values():
        kind, key = next(iter(fs)).kind, next(iter(fs)).key
        steps: list[dict[str, Any]] = []
        for f in sorted(fs, key=lambda f: (order[f.article_id], f.span.start)):
            if steps and same_value(steps[-1]["value"], f.value):
                continue
            steps.append(
                {
                    "value": f.value, "text": f.text, "outlet": outlet[f.article_id], "article_id": f.article_id,
                    "published": pub[f.article_id], "span": f.span.to_dict(),
                }
            )  # fmt: skip
        if len(steps) >= 2:
            out.append(Update(kind, key, steps))
    return out


def _own_updates(
    facts: Sequence[Fact], current: Sequence[Fact], al: _Alignment, config: CompareConfig
) -> list[tuple[Fact, Fact]]:
    """The figures an outlet's own later report replaced (``_current`` leaves them out of the
    comparison), each paired with the running total that replaced it (``_replaces``): "more than
    500 members ... since May, party leaders said Wednesday", then "bringing the total to 702
    arrested since ... May, the party said Friday" (AP both). They join the story's update
    timelines, and the brief gives the latest."""
    kept = set(current)
    idx = {s.id: k for k, s in enumerate(al.sents)}
    stated = Counter((f.sentence, f.kind, f.key) for f in facts)
    counts_of: dict[str, set[float]] = defaultdict(set)  # every count each article states
    for f in facts:
        if f.kind == "count":
            counts_of[f.article_id].add(round(f.value, 6))
    out = []
    for f in (f for f in facts if f not in kept and f.kind == "count" and f.key not in MEASURES):
        if stated[(f.sentence, f.kind, f.key)] > 1:
            continue  # "12,000 square miles (31,000 square kilometers)": which is which, unsaid
        later = [
            g
            for g in current
            if _replaces(al, idx, f, g, config)
            and stated[(g.sentence, g.kind, g.key)] == 1
            # (a later report that still states the figure, of whatever: "194 members of
            # parliament" is in "702 of its members, including 194 elected members")
            and round(f.value, 6) not in counts_of[g.article_id]
        ]
        if later:
            out.append((f, max(later, key=lambda g: al.sim[idx[f.sentence], idx[g.sentence]])))
    return out


def _replaces(al: _Alignment, idx: Mapping[str, int], f: Fact, g: Fact, config: CompareConfig) -> bool:
    """Does count ``g`` of a later report of ``f``'s outlet replace ``f``? A count of the same
    thing (not "percent" or "feet": a study's many shares and a plane's many heights are not one
    figure moving), a day or more later, in sentences that carry the same information (each the
    other's best match), that ``f`` does not already hold ("more than 2,600 lawsuits" after
    "2,615 lawsuits"), and told as a running total ("bringing the total to", "so far", "since
    May"; not "was signed by 121 nations in Ottawa last December", another figure of a kind)."""
    score = al.sim[idx[f.sentence], idx[g.sentence]]
    return (
        (g.kind, g.key) == (f.kind, f.key)
        and al.outlets[g.article_id] == al.outlets[f.article_id]
        and not al.comparable(f.article_id, g.article_id, "count", config)
        and al.trusted(f, g, score, _mutual(al, idx, f, g), config)
        and al.about_same(f, g, True)
        and not holds(g, f.value)
        and RUNNING_TOTAL.search(al.sents[idx[g.sentence]].text) is not None
        and not _counted_from_apart(al.sents[idx[f.sentence]].text, al.sents[idx[g.sentence]].text)
    )


_SINCE = re.compile(r"\bsince\b((?:\W+\w+){1,6})", re.I)


def _counted_from_apart(a: str, b: str) -> bool:
    """Do two running totals count from different starts, each named by a day, a month or a year
    within a few words of "since" ("more than 300 ... since Sunday" and "702 ... since a crackdown
    began in May")? Then neither replaces the other."""

    def start(text: str) -> str | None:
        m = _SINCE.search(text)
        words_after = re.findall(r"\w+", m.group(1).lower()) if m else []
        return next((w for w in words_after if w in CALENDAR or re.fullmatch(r"(?:19|20)\d\d", w)), None)

    x, y = start(a), start(b)
    return x is not None and y is not None and x != y


# a figure told as a running total (``lexicon.RUNNING_TOTAL_WORDS``)
RUNNING_TOTAL = re.compile(r"\b(?:" + "|".join(map(re.escape, RUNNING_TOTAL_WORDS)) + r")\b", re.I)


def _mutual(al: _Alignment, idx: Mapping[str, int], f: Fact, g: Fact) -> bool:
    """Are the sentences of ``f`` and ``g`` each the other's best match in the other's article?"""
    i, j = idx[f.sentence], idx[g.sentence]
    ia, ib = al.per_art[f.article_id], al.per_art[g.article_id]
    return ib[int(al.sim[i, ib].argmax())] == j and ia[int(al.sim[j, ia].argmax())] == i


def _current(facts: Sequence[Fact], arts: Sequence[Article], outlet: Mapping[str, str]) -> list[Fact]:
    """The facts no later article of the same outlet replaced with another value of the same
    kind and key (an outlet's own update supersedes its earlier figure)."""
    when = {a.id: (a.published or "", k) for k, a in enumerate(arts)}
    latest: dict[tuple[str, str, str], tuple[tuple[str, int], set[float]]] = {}
    for f in facts:
        key = (outlet[f.article_id], f.kind, f.key)
        t = when[f.article_id]
        seen = latest.get(key)
        if seen is None or t > seen[0]:
            latest[key] = (t, {round(f.value, 6)})
        elif t == seen[0]:
            seen[1].add(round(f.value, 6))
    return [
        f
        for f in facts
        if when[f.article_id] == latest[(outlet[f.article_id], f.kind, f.key)][0]
        or round(f.value, 6) in latest[(outlet[f.article_id], f.kind, f.key)][1]
    ]


def _unit_conflicts(
    facts: Sequence[Fact],
    unit: Mapping[str, str],
    known: set[tuple[str, str]],
    about: Mapping[Fact, set[str]],
    when: Mapping[str, float | None],
    config: CompareConfig,
) -> list[tuple[Fact, Fact, str]]:
    """Counts of the same unit noun ("28,000 vehicles" / "30,000 vehicles") that disagree across
    sources (``unit``: article id -> its independent source) even where the sentences did not
    align: a figure of one source that fits no value the other source gives, about the same thing
    (two words beside each figure in common, no differing names) and published within the
    conflict window. Counts only: a sum or a percentage alone does not say what it measures."""
    by_key: dict[tuple[str, str], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    in_sentence: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == "count":  # a unit noun says what is counted; "$" and "percent" say nothing
            by_key[(f.kind, f.key)][unit[f.article_id]].append(f)
            in_sentence[(f.sentence, f.kind, f.key)].append(f)
    out = []
    for key, per in by_key.items():
        if key in known:
            continue
        hit = next(
            (
                (x, y)
                for u, xs in per.items()
                for v, ys in per.items()
                if u < v
                for x in xs
                for y in ys
                # neither source states a value the other's figure allows
                if not any(compatible(x, z) for z in ys)
                and not any(compatible(y, z) for z in xs)
                and _disputes(x, y, about, when, config)
                # a total and its parts: "killed 12 people" / "9 people in two houses and 3 on the road"
                and not total_of(in_sentence[(x.sentence, *key)], in_sentence[(y.sentence, *key)])
            ),
            None,
        )
        if hit is not None:
            x, y = hit
            common = ", ".join(sorted(w.lstrip("=") for w in shared(about[x], about[y]))[:4])
            out.append((x, y, f"statements of the same {key[1]} figure (both about: {common})"))
    return out


def _disputes(
    x: Fact, y: Fact, about: Mapping[Fact, set[str]], when: Mapping[str, float | None], config: CompareConfig
) -> bool:
    close = _close(when.get(x.article_id), when.get(y.article_id), x.kind, config)
    ax, ay = about[x], about[y]
    return close and not compatible(x, y) and not different_things(ax, ay) and len(shared(ax, ay)) >= 2
