"""People, organisations and places across a story's outlets, and role (title) conflicts."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsprism.clean import ignored_spans
from newsprism.compare.model import Conflict, ConflictSide, Entity, Mention
from newsprism.models import Article, Span, outlet_label
from newsprism.nlp import words

if TYPE_CHECKING:
    from newsprism.quotes import Quote

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
        self.full = set(full_names)  # the names of two or more words the story gives
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
    articles: Sequence[Article], docs: Mapping[str, Any], quotes: Mapping[str, Sequence[Quote]]
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
        sides = [{x[0] for x in v} for v in keys.values()]
        one_outlet_both_ways = len(set().union(*sides)) < sum(len(s) for s in sides) if sides else False
        # a dispute is between outlets: an outlet that uses both titles itself is not disputing one
        if len(keys) >= 2 and len({k[1] for k in keys}) == 1 and not one_outlet_both_ways:
            items = []
            for k in sorted(keys, key=lambda k: (len(k[0]), sorted(k[0]))):
                _o, t, aid, sp = keys[k][0]
                outlets = list(dict.fromkeys(x[0] for x in keys[k]))
                said = [Mention(x[2], x[3]) for x in keys[k]]
                items.append(ConflictSide(aid, outlets, t, sp, t, said))
            reason = (
                f"{name}: outlets give the same kind of title with different ranks or posts, none using both"
            )
            conflicts.append(Conflict("role", name, items, reason))
    conflicts += _age_conflicts(articles, names)
    ents = sorted(found.values(), key=lambda e: (-sum(e.mentions.values()), e.name))
    return ents, conflicts


# a person's age beside the name: "Udi Hargov, 27," and "11-year-old Matthew"
_AGE_AFTER = re.compile(r",\s*(\d{1,3})(?=\s*(?:,|;|\)|\band\b|\.(?!\d)))")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")


def _age_conflicts(articles: Sequence[Article], names: _Names) -> list[Conflict]:
    """A person whose age two outlets give differently ("Udi Hargov, 27," against "Udi Hargov,
    37,"), by the same full name, none of them giving both: an ``age`` conflict. Every full name
    the story's recogniser found is looked for in every article's text (the recogniser misses some
    mentions: "Suspects Udi Hargov, 37,")."""
    full = {n for n in names.full if n[:1].isupper()}
    ages: dict[str, dict[int, list[tuple[str, str, Span]]]] = defaultdict(lambda: defaultdict(list))
    for a in articles:
        ign = ignored_spans(a.annotations)
        for name in full:
            for n in re.finditer(rf"\b{re.escape(name)}\b", a.text):
                if any(s.start <= n.start() < s.end for s in ign):
                    continue
                after = _AGE_AFTER.match(a.text, n.end())
                before = _AGE_BEFORE.search(a.text, max(0, n.start() - 16), n.start())
                for m, whole in ((after, (n.start(), after.end(1) if after else 0)),
                                 (before, (before.start(1) if before else 0, n.end()))):  # fmt: skip
                    if m is not None and 0 < int(m.group(1)) < 120:
                        ages[names(name)][int(m.group(1))].append((outlet_label(a), a.id, Span(*whole)))
    conflicts = []
    for name, by_age in ages.items():
        outlets = [{o for o, _, _ in said} for said in by_age.values()]
        if len(by_age) < 2 or len(set().union(*outlets)) < sum(len(o) for o in outlets):
            continue  # one age, or an outlet that gives both (a correction, a typo of its own)
        items = []
        for age, said in sorted(by_age.items()):
            _o, aid, sp = said[0]
            text = next(a.text[sp.start : sp.end] for a in articles if a.id == aid)
            items.append(
                ConflictSide(
                    aid,
                    list(dict.fromkeys(o for o, _, _ in said)),
                    text,
                    sp,
                    float(age),
                    [Mention(x[1], x[2]) for x in said],
                )
            )
        conflicts.append(Conflict("age", name, items, f"{name}: outlets give different ages"))
    return conflicts
