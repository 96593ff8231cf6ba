"""The brief: a short neutral summary of a comparison in which every sentence names its outlets."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.clean import DATELINE
from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.compare.model import Comparison, Conflict, Sentence
from newsprism.lexicon import CALENDAR
from newsprism.models import Article, Span, outlet_label

if TYPE_CHECKING:
    from newsprism.quotes import Quote, QuoteGroup, Speaker

# A sentence that leans on the one before it: a pronoun, or a connective that compares or adds
# to what was just said ("In comparison, 23.5 percent of control subjects ...").
_PRONOUN_START = re.compile(
    r"^[\"'‘“]?(?:he|she|it|they|this|that|these|those|his|her|their|its|but|and|also|instead|however|"
    r"moreover|furthermore|nevertheless|nonetheless|one(?=,)|then|back\s+then|(?:in|by)\s+(?:comparison|contrast)|"
    r"in\s+addition|additionally|similarly|likewise|still(?=,)|yet|even\s+so|otherwise|thus|therefore|since\s+then|"
    r"indeed(?=,)|in\s+fact(?=,)|on\s+the\s+other\s+hand|"
    r"the\s+(?:latter|former)|another|others?|such|both|"
    # one of several the sentences before counted: "A third guard is a fugitive", "The other suspect"
    r"(?:a|the)\s+(?:second|third|fourth|fifth)|the\s+other)\b",
    re.I,
)

# A sentence that leans on the one before from inside: a pronoun after a short lead-in ("Hours
# later, he killed himself ..."), a contrast set off in it ("Hours after ..., however, Barton"),
# or a thing named before that "also" said more ("The statement also said ...", "NBC News also
# reported that ...": what another report added to the one just before).
_LEANS_INSIDE = re.compile(
    r"^[^,]{1,30},\s+(?:he|she|they|it|this|these|those|such(?!\s+as\b))\b|,\s*(?:however|though),"
    # "The statement also said ...", "The phone poll of 400 islanders also showed ..."
    r"|^[\"'‘“]?(?:the|its|his|her|their)\s+(?:[\w,'’-]+\s+){1,6}also\b"
    r"|^[\"'‘“]?(?:[\w.&-]+\s+){1,3}also\s+(?:said|says|reported|reports|told|quoted)\b"
    # a report named before, pointed at by its noun alone ("According to the report, the number
    # of hate groups ... increased again last year": which report, the brief does not say)
    r"|^[\"'‘“]?according\s+to\s+the\s+(?:report|study|survey|statement|letter|poll|document)s?\s*,"
    # a thing named before, pointed at from an opening clause ("If that report was not
    # satisfactory, the bureau said ...", "Under this plan, ..."); not a time ("In this year's ...")
    r"|^[\"'‘“]?(?:if|when|after|because|although|though|while|since|before|until|unless|despite|"
    r"under|with|without|in|by|for)\s+(?:that|this|these|those)\s+(?!year|week|month|day|time|century|decade)\w",
    re.I,
)

# A sentence that names what the one before set up, by a bare noun of its role ("The target is
# Napster, ...", "The exception was the Compaq Computer Corp.", "The first was Ben Jonson"):
# which target, the brief does not say. Case-sensitive: a name follows the verb.
_NAMES_WHAT_CAME_BEFORE = re.compile(r"^[\"'‘“]?The\s+[a-z]+\s+(?:is|was|are|were)\s+(?:the\s+)?[A-Z]")

# A sentence whose subject is a pronoun, at its start or after a short lead-in ("Unfortunately, he
# won't be around to make change for a $20.", "Now it cranks up no more than six hours."): listed
# alone ("only in"), it names no one.
_PRONOUN_LED = re.compile(
    r"^[\"'‘“]?(?:[^,\"“]{1,30},\s+|(?:now|then|today|still|later|soon)\s+)?"
    r"(?:he|she|it|they|this|that|these|those|his|her|their|its|such(?!\s+as\b))\b",
    re.I,
)

# A sentence that goes on from the one before it, read alone: "Nor will Iran ... do so", "Such as
# Lot No. 1049 _ two trophies ...", or a connective and a person it does not name ("But not once
# has he flown on British Airways.", "But the Justice Department asked him Thursday ..."). "But
# Britain has always insisted ..." stands.
_GOES_ON = re.compile(
    r"^[\"'‘“]?(?:nor|neither|such\s+as|others?|\w+\s+others|indeed(?=,)|in\s+fact(?=,)|on\s+the\s+other\s+hand)\b",
    re.I,
)
_CONNECTIVE_LED = re.compile(r"^[\"'‘“]?(?:but|and|yet|or|so)\b", re.I)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|his|their)\b", re.I)
_CONNECTIVE_THE = re.compile(r"^[\"'‘“]?(?:but|and|yet|or|so)\s+the\b", re.I)


def _goes_on(text: str) -> bool:
    return (
        bool(_GOES_ON.match(text))
        or bool(_CONNECTIVE_LED.match(text) and _PERSON_PRONOUN.search(text))
        # a short one on a thing the sentence before set up ("But the damage was far worse.")
        or bool(_CONNECTIVE_THE.match(text) and len(text.split()) <= 10)
        or _unnamed_place(text)
    )


# "the state's adults", "the city's schools": a place the sentences before named
_THE_PLACE = re.compile(r"\bthe\s+(?:state|city|county|province|town)\b(?!\s+of\b)", re.I)


def _unnamed_place(text: str) -> bool:
    """Does the sentence speak of "the state" or "the city" without naming any ("In 1991, 9.2
    percent of the state's adults were obese"): no capitalised word after its first but a weekday
    or a month?"""
    names = [w for w in re.findall(r"\b[A-Z][a-z]+", text.strip()[1:]) if w.lower() not in CALENDAR]
    return bool(_THE_PLACE.search(text)) and not names


# A chronology's item: a paragraph that opens on a date and a dash ("May 30 _ The Federal Trade
# Commission staff opens an antitrust probe of Microsoft Corp.", "Oct. 20 - The Justice Department
# sues ...", "1876: A doctor takes over ..."): background listed in the present tense, not news
# of the story, in a brief or alone.
_CHRONOLOGY_ITEM = re.compile(
    r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|(?:1[5-9]|20)\d\d)"
    r"\s*(?:_|--?|[–—:])\s"
)


def _chronology_items(comp: Comparison, arts: Sequence[Article]) -> set[str]:
    """The ids of sentences in a chronology's items (``_CHRONOLOGY_ITEM`` opens the paragraph)."""
    text_of = {a.id: a.text for a in arts}
    out = set()
    for s in comp.sentences:
        text = text_of.get(s.article_id, "")
        if _CHRONOLOGY_ITEM.match(text, text.rfind("\n", 0, s.span.start) + 1):
            out.add(s.id)
    return out


# A list's item: under a label in capitals, with no full stop ("BEST ACTRESS, DRAMA: Lena Morrow,
# “Harbour Lights”"; not a dateline's "NEW YORK: The city said ..."), or a thing and its price
# at its end, with no full stop ("Player of the year trophy from 1973, $1,700", "Tennis player
# figure $1,200"): a line of a results box or a catalogue.
_LABELLED_ITEM = re.compile(r"^[\"'‘“]?[A-Z][A-Z0-9.'&-]*(?:[ ,/]+[A-Z0-9.'&-]+)+\s*:\s.*(?<![.!?])[\"'’”]?$")
_PRICED_ITEM = re.compile(r"\s\$\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?\s*$")


def _listed_item(text: str) -> bool:
    """Is the line a results box's or a catalogue's item (``_LABELLED_ITEM``, ``_PRICED_ITEM``)?"""
    text = text.strip()
    return bool(_LABELLED_ITEM.match(text) or _PRICED_ITEM.search(text))


# An editor's lead-in to a text that follows, not news: "Following are excerpts from Thursday's
# Supreme Court decision ...", "Following are major news items in leading newspapers today:".
_LEAD_IN = re.compile(r"^(?:the\s+)?following\s+(?:are|is)\b|:\s*$", re.I)


# "Napster, he said, had hijacked his music", "Barton had the motive, they believed: ...": in a
# brief, "he" names no one.
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|adds|told|noted|argued|explained|warned|insisted)\b"
    r"|,\s*(?:he|she|they)\s+(?:believed?|believes|thought|thinks?|suspected)\b",  # (set off, as an aside)
    re.I,
)


# A time told from the sentence before ("Barton said he killed his two children ... the next
# evening", "later that day"): set in a brief after another sentence, it dates the wrong event.
_TIME_BEFORE = re.compile(
    r"\b(?:the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week)"
    r"|that\s+(?:same\s+)?(?:morning|afternoon|evening|night)|later\s+that\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?:before|after)"
    # ("Two days earlier, the Klan had nailed a flier to the church door": earlier than what?)
    r"|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:(?:earlier|later)\b(?!\s+than\b)|(?:before|after)\s*,))",
    re.I,
)


# A sentence that opens on words said, closed by their own stop or comma ('“I never thought a ferry
# could sink here,” the skipper said, thanking ...'): a quote, however long the rest; not a title
# ('“Harbour Lights” led the nominees')
_OPENS_ON_WORDS_SAID = re.compile(r"[“”\"][^“”\"]{3,}?[,.!?]\s*[”\"]")


def _briefable(s: Sentence, config: CompareConfig = DEFAULT) -> bool:
    m = DATELINE.match(s.text)
    body = s.text[m.end() :] if m else s.text
    return (
        s.quoted < config.brief_max_quoted
        and not _OPENS_ON_WORDS_SAID.match(body)
        and len(s.text.split()) >= config.brief_min_words
        and not _PRONOUN_START.match(body)
        and not _LEANS_INSIDE.search(body)
        and not _NAMES_WHAT_CAME_BEFORE.match(body)
        and not _unnamed_place(body)
        and not _PRONOUN_SPEAKER.search(body)
        and not _LEAD_IN.search(body)
        and not _TIME_BEFORE.search(body)
        and not _listed_item(body)
        and not _reports_nothing(body)
        and not _STANDING.match(body)
    )


# A standing fact a wire repeats in every report of a story, of how things have been since a year
# long past ("Myanmar has been ruled by the military since 1962.", "Turkey has occupied the
# northern third of Cyprus since an invasion in 1974."): background, not what happened
_STANDING = re.compile(
    r"^(?:\S+\s+){1,12}?(?:has|have)\s+(?:\S+\s+){1,10}?since\s+(?:an?\s+\w+\s+in\s+)?(?:1[89]|20)\d\d\.?\s*$",
    re.I,
)


# "you" and "your", "we", "our" and "I" in a writer's own words: a feature speaking to its reader,
# a column in its writer's voice ("We all know the tale of the Orrin ferry", "Frankly, I have never
# met a ferry fan ..."); not "World War I" nor "the US"
_TO_THE_READER = re.compile(
    r"\b(?i:you(?:r|rs|rself|'ll|'re|'d|'ve|’ll|’re|’d|’ve)?|we|our|ours|ourselves)\b|\bus\b|\bUs\b"
    r"|(?<!War )\bI\b(?!\.)|\b[Mm]y\b|\bme\b"
)
_QUOTED = re.compile(r"[“”][^“”]*[“”]|\"[^\"]*\"|‘[^’]*’")  # (the wire's ”...” too)
# ... or bidding the reader, a verb of the imperative before a word in lower case ("Forget about
# finding a warm kipper roll in Kessling after nine", "Imagine a town ..."; not "Ask Harbour Inc.
# said")
_BIDDING_THE_READER = re.compile(
    r"^[\"'‘“]?(?i:ask|forget|imagine|consider|suppose|try|take|remember|don[’']t|do\s+not)\s+[a-z]"
)


def _reports_nothing(text: str) -> bool:
    """A question the article asks ("Q. Is there anything special ...?"), an editor's lead-in
    ("Excerpts of deposition testimony by ..., introduced by House prosecutors Thursday:"), a line
    saying there is nothing more to say ("There were no other details."), a short one saying
    someone could not be asked ("Calls ... seeking comment weren't immediately returned"), a
    note of another name ("Myanmar is also known as Burma."), a writer's rhetorical question ("Who
    can forget ..."), or a question put to someone without the answer ("Seinfeld was asked what it
    was like to ..."), or a feature's words to the reader, or its writer's own voice, outside any
    quote ("Order a kipper roll in Orrin and you may get some odd looks", "You may have heard last
    week of ...", "Forget about finding ...", "We all know the tale ..."): it reports nothing."""
    return (
        text.rstrip().rstrip("\"'”’").endswith("?")  # ('Q: “Was that about the job again?”')
        or bool(_TO_THE_READER.search(_QUOTED.sub("", text)) or _BIDDING_THE_READER.match(text))
        or bool(_RHETORICAL.match(text))  # ("Who can forget Linda Tripp ... assuring ...: “I'm you.”")
        or bool(_LEAD_IN.search(text))  # an editor's lead-in to what follows: "Excerpts of ... :"
        or bool(_NOTHING_MORE.match(text))
        or (len(text.split()) <= 20 and bool(_NOT_REACHED.search(text)))
        or bool(_ALIAS_NOTE.match(text))
        or (bool(_ASKED.search(text)) and not _ANSWERED.search(text))
    )


# A writer's rhetorical question, however it ends ("Who can forget Tripp ... assuring the American
# people: “I'm you.”", "Who could blame them"): a columnist's aside, not news
_RHETORICAL = re.compile(r"\s*[\"“]?Who\s+(?:can|could|would)\b")


# A question put to someone, told without the answer ("During a press conference Tuesday, Jerry
# Seinfeld was asked what it was like to end the run of his hit comedy series."): the set-up for
# what follows, not news itself
_ASKED = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?asked\s+(?:what|whether|how|why|if|when|who|where)\b", re.I)
_ANSWERED = re.compile(r"\b(?:said|says|replied|answered|responded|told|declined|refused)\b", re.I)


# A wire's note of another name ("Myanmar is also known as Burma."): background, not news
_ALIAS_NOTE = re.compile(
    r"\s*[^,;]{1,40}?\s+(?:is|are|was)\s+(?:also\s+)?(?:known|called)\s+as\s+[^,;]{1,40}\.?\s*$", re.I
)


# "There were no other details.", "No further details were available.", "Details were not
# immediately available.": the wire's way of saying it has nothing more
_NOTHING_MORE = re.compile(
    r"\s*(?:there\s+(?:were|was|are|is)\s+no\s+(?:other|further|more|immediate)\s+details"
    r"|no\s+(?:other|further|more)\s+details\s+(?:were|was|are|is)\s+(?:immediately\s+)?(?:available|given|released)"
    r"|(?:further\s+|other\s+)?details\s+(?:were|was)\s+not\s+(?:immediately\s+)?(?:available|released))"
    r"\W*$",
    re.I,
)


# "could not be reached for comment", "Calls ... weren't immediately returned", "did not return
# phone calls": the reporter tried to ask, and no one answered
_NOT_REACHED = re.compile(
    r"\b(?:could\s*(?:n't|\s+not)|cannot)\s+be\s+reached\b"
    r"|\b(?:calls?|messages?)\b.*\b(?:were|was)\s*(?:n't|\s+not)\s+(?:immediately\s+)?returned\b"
    r"|\bdid\s*(?:n't|\s+not)\s+(?:immediately\s+)?return\s+(?:\w+\s+)?(?:calls?|messages?)\b",
    re.I,
)


# An interview's turn markers ("Q. Is there anything special about the plane?" / "A. The Piper
# Saratoga II is ..."), in an article that has them: a "Q." line opening a paragraph.
_QA_MARK = re.compile(r"[QA][.:]\s+(?=\S)")  # matched at the sentence start ("A." or "A:")
_QA_ARTICLE = re.compile(r"(?m)^\s*Q[.:]\s+\S")


def _brief_span(s: Sentence, text: str = "") -> Span:
    """The sentence without a wire dateline ("PORT ELLING, March 12 (Meridian Wire) - "), bullet
    or, in an interview written as questions and answers (``text``), the "A." or "Q." before it."""
    m = DATELINE.match(s.text)
    start = s.span.start + m.end() if m else s.span.start
    if text and (qa := _QA_MARK.match(text, start, s.span.end)) and _QA_ARTICLE.search(text):
        start = qa.end()
    if text and (bullet := _BULLET.match(text, start, s.span.end)):
        start = bullet.end()  # ("- Player of the year trophy from ABC Wide World of Sports in 1973, $1,700")
    return Span(start, s.span.end)


_BULLET = re.compile(r"[-–—•*]\s+(?=\S)")


# the brief of a story with no comparison (one report)
EMPTY_BRIEF: dict[str, list[Any]] = {
    "sentences": [], "only_in": [], "key_quotes": [], "conflicts": [], "loosely_related": []
}  # fmt: skip


def brief(
    comp: Comparison,
    arts: Sequence[Article],
    quotes: Mapping[str, Sequence[Quote]],
    quote_groups: Sequence[QuoteGroup],
    sim: np.ndarray,
    links: AbstractSet[tuple[int, int]] = frozenset(),
    config: CompareConfig = DEFAULT,
    near: AbstractSet[int] = frozenset(),
) -> dict[str, Any]:
    """A neutral extractive brief: 3-6 sentences from consensus (then partial) information, one
    per alignment group, redundant ones dropped, in the order the articles tell it; each sentence
    names the outlets that carry it. A sentence stating a value other outlets dispute is left to
    the conflicts list. Then what only one report says, the key quotes and the conflicts.
    Deterministic: ties break on article order and position."""
    contested = _contested(comp)
    chronology = _chronology_items(comp, arts)
    # a report that shares little with the rest (most often of another event the clustering
    # joined) gives no brief sentence, "only in" line or key quote; it is named as such instead
    loose = _loose(comp.sentences, sim, config)
    off = {s.id for s in comp.sentences if s.article_id in loose}
    chosen = _choose(comp, arts, sim, links, contested | chronology | off, config)
    on_story = [a for a in arts if a.id not in loose]
    text_of = {a.id: a.text for a in arts}
    lines = []
    for s in chosen:
        sp = _brief_span(s, text_of[s.article_id])
        text = one_line(text_of[s.article_id][sp.start : sp.end])
        lines.append(
            {
                "text": text,
                "outlets": s.support,
                "article_id": s.article_id,
                "span": sp.to_dict(),
                "status": s.status,
            }
        )
    return {
        "sentences": lines,
        "only_in": _only_in(comp, on_story, chosen, contested, config, quotes, near, chronology)[
            : config.max_only_in
        ],
        "key_quotes": _key_quotes(on_story, quotes, quote_groups, config),
        # the conflicts with most outlets on both sides first
        "conflicts": [
            c.describe() for c in sorted(comp.conflicts, key=_weight)[: config.max_brief_conflicts]
        ],
        "loosely_related": [{"article_id": a.id, "outlet": outlet_label(a)} for a in arts if a.id in loose],
    }


def _contested(comp: Comparison) -> set[str]:
    """Sentences that state a disputed value, give a disputed title (role conflicts), or state a
    figure a later report replaced (update timelines: the brief gives the latest)."""
    disputed = {
        (c.kind, c.key, round(i.value, 6))
        for c in comp.conflicts
        for i in c.items
        if not isinstance(i.value, str)
    }
    contested = {f.sentence for f in comp.facts if (f.kind, f.key, round(f.value, 6)) in disputed}
    # a figure a later report replaced ("10 dead", then "40 dead"): the brief gives the latest
    for u in comp.updates:
        for st in u.steps[:-1]:
            contested |= {
                s.id
                for s in comp.sentences
                if s.article_id == st["article_id"] and s.span.start <= st["span"]["start"] < s.span.end
            }
    for c in comp.conflicts:
        for m in (m for i in c.items for m in i.mentions):
            contested |= {
                s.id
                for s in comp.sentences
                if s.article_id == m.article_id and s.span.start <= m.span.start < s.span.end
            }
    return contested


def _choose(
    comp: Comparison,
    arts: Sequence[Article],
    sim: np.ndarray,
    links: AbstractSet[tuple[int, int]],
    left_out: set[str],
    config: CompareConfig,
) -> list[Sentence]:
    """The brief's sentences, in the order the articles tell them: the best supported first (then
    the most central, ``_centrality``), one per piece of information, each in its plainest
    (shortest aligned) wording. A story with little in common is filled with its most central
    single-outlet sentences, up to ``brief_unique_fill``, those among their report's first three
    (where a report says what happened) before the rest. ``left_out``: sentences that may not
    stand in it (a disputed figure, a chronology's item)."""
    from newsprism.nlp import content_terms

    sents = comp.sentences
    idx = {s.id: i for i, s in enumerate(sents)}
    art_pos = {a.id: k for k, a in enumerate(arts)}
    per_art_n = Counter(s.article_id for s in sents)
    rel = {s.id: _place(s) / max(1, per_art_n[s.article_id]) for s in sents}

    def ok(s: Sentence) -> bool:
        return _briefable(s, config) and s.id not in left_out

    tier = {"consensus": 0, "partial": 1, "unique": 2}
    cen = _centrality(sents, sim)
    # best supported first; among equally supported sentences the most central to the story, a
    # little earlier in its article preferred (the lede is about the event, not a side detail); of
    # the sentences one report alone carries, its lede's first ("Myanmar has been ruled by the
    # military since 1962", in every report of a story, is central but no news)
    cands = sorted(
        (s for s in sents if ok(s)),
        key=lambda s: (
            tier[s.status],
            -s.sources,
            s.status == "unique" and _place(s) >= LEDE_PLACES,
            -(cen[idx[s.id]] - config.brief_position_weight * rel[s.id]),
            art_pos[s.article_id],
            idx[s.id],
        ),
    )
    terms = {s.id: set(content_terms(s.text)) for s in sents}
    chosen: list[Sentence] = []
    said: set[str] = set()

    def repeats(x: Sentence) -> bool:
        return any(
            (idx[x.id], idx[c.id]) in links or sim[idx[x.id], idx[c.id]] >= config.brief_same_sim
            for c in chosen
        )

    for s in cands:
        if len(chosen) >= config.brief_sentences or (
            s.status == "unique" and len(chosen) >= config.brief_unique_fill
        ):
            break
        if repeats(s):
            continue  # says what a chosen sentence says
        if terms[s.id] and len(terms[s.id] & said) >= config.brief_same_terms * len(terms[s.id]):
            continue  # its words are already in the brief
        # the plainest way to say it: the shortest aligned sentence with as much support
        alts = [
            sents[j]
            for i, j in links
            if i == idx[s.id]
            and ok(sents[j])
            and sents[j].sources >= s.sources
            and sim[i, j] >= config.brief_alt_sim
            and not repeats(sents[j])  # a wording of what another chosen sentence says
        ]
        s = min([s, *alts], key=lambda x: (len(x.text.split()), art_pos[x.article_id], idx[x.id]))
        chosen.append(s)
        said |= terms[s.id]
    chosen = _with_lede(chosen, cands, sim, cen, idx, config)
    chosen.sort(key=lambda s: (rel[s.id], art_pos[s.article_id], idx[s.id]))
    return chosen


def _with_lede(
    chosen: list[Sentence],
    cands: Sequence[Sentence],
    sim: np.ndarray,
    cen: np.ndarray,
    idx: Mapping[str, int],
    config: CompareConfig,
) -> list[Sentence]:
    """The brief opens on what happened. When no chosen sentence is among the first three of its
    article (where a report says what happened), the most central of the reports' ledes takes the
    last place: details several outlets carry ("Turkey has occupied the northern third of Cyprus
    since 1974") do not make a lede, however well supported. A report's lede is its first sentence
    that can stand in a brief: its third ("What was unclear to investigators was why the pickup
    was not reported stolen ...") is no lede when its first can stand."""

    def lede(s: Sentence) -> bool:  # a report's own words: a passer-by's quote is no lede
        return _place(s) < LEDE_PLACES and s.quoted <= config.lede_max_quoted

    if not chosen or any(lede(c) for c in chosen):
        return chosen
    first: dict[str, Sentence] = {}
    for s in sorted(cands, key=lambda s: idx[s.id]):
        first.setdefault(s.article_id, s)
    ledes = [
        s
        for s in first.values()
        if lede(s) and all(sim[idx[s.id], idx[c.id]] < config.brief_same_sim for c in chosen)
    ]
    if not ledes:
        return chosen
    best = max(ledes, key=lambda s: (cen[idx[s.id]], -idx[s.id]))
    return [*chosen[: config.brief_sentences - 1], best]


# A report says what happened in its first sentences: its first three are its lede.
LEDE_PLACES = 3


def _place(s: Sentence) -> int:
    """The sentence's place in its article (its id is "<article id>#<n>")."""
    return int(s.id.rsplit("#", 1)[1])


def _centrality(sents: Sequence[Sentence], sim: np.ndarray) -> np.ndarray:
    """How central each sentence is to the story: its best match in each other article, averaged
    over those articles, each article weighing the same (a long article of a side story, one
    article among six, does not pull the brief its way by its length); among its own article's
    other sentences when it is the only one."""
    n = len(sents)
    if n == 0:
        return np.zeros(0)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sents):
        groups[s.article_id].append(i)
    if len(groups) == 1:
        other = ~np.eye(n, dtype=bool)
        counts = other.sum(axis=1)
        return np.where(counts > 0, (sim * other).sum(axis=1) / np.maximum(counts, 1), 0.0)
    best = np.stack([sim[:, ix].max(axis=1) for ix in groups.values()], axis=1)  # (n, articles)
    own = np.zeros_like(best, dtype=bool)
    for k, ix in enumerate(groups.values()):
        own[ix, k] = True
    return np.where(own, 0.0, best).sum(axis=1) / (len(groups) - 1)


def _loose(sents: Sequence[Sentence], sim: np.ndarray, config: CompareConfig) -> set[str]:
    """The reports of a story whose three most central sentences (``_centrality``) average below
    ``config.loose_fit``: they share little with the rest, and are most often of another event the
    clustering joined (a Microsoft appeal among reports of the line-item veto ruling). Half of a
    story or more is not (it has no core to be apart from), but of two reports that both fit below
    it, the later is: it joined the story the earlier began (Greece backing Turkey's bid for the
    EU, then a central banker on the euro against the dollar), and one brief of both would tell
    two events as one."""
    rows: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sents):
        rows[s.article_id].append(i)
    if len(rows) < 2:
        return set()
    cen = _centrality(sents, sim)
    loose = {a for a, ix in rows.items() if float(np.sort(cen[ix])[-3:].mean()) < config.loose_fit}
    if len(rows) == 2:
        return {list(rows)[-1]} if len(loose) == 2 else set()
    return loose if 2 * len(loose) < len(rows) else set()


def _only_in(
    comp: Comparison,
    arts: Sequence[Article],
    chosen: list[Sentence],
    contested: set[str],
    config: CompareConfig,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
    near: AbstractSet[int] = frozenset(),
    chronology: AbstractSet[str] = frozenset(),
) -> list[dict[str, Any]]:
    """What only one report says: its unique sentences, statements before quotes, undisputed
    before disputed, those with facts first; a copy says what its original says. A sentence whose
    speaker is a bare "he", "she" or "they" carries who that is (``speaker``), as the quotes
    stage resolved it: alone in a list, "He said he was astonished ..." names no one."""
    if comp.sources <= 1:
        return []
    idx = {s.id: i for i, s in enumerate(comp.sentences)}
    n_facts = Counter(f.sentence for f in comp.facts)
    per_report = config.only_in_per_report if comp.sources <= config.only_in_few_reports else 1
    copies_of: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        copies_of[_root(comp, a.id)].append(outlet_label(a))
    # a sentence close to another report's (``near``, ``CompareConfig.only_in_related``) is not its
    # own, even where the match is too loose to name that outlet as carrying it
    related = {comp.sentences[i].id for i in near}
    from newsprism.nlp import content_terms

    only_in = []
    terms = {s.id: set(content_terms(s.text)) for s in comp.sentences}
    listed: list[set[str]] = []
    for a in arts:
        if _root(comp, a.id) != a.id:
            continue
        said_by = (quotes or {}).get(a.id, ())
        mine = [
            s
            for s in comp.sentences
            if s.article_id == a.id
            and s.status == "unique"
            and s.id not in related
            and s not in chosen
            and s.id not in chronology
            and not _reports_nothing(s.text)
            and _stands_alone(s, a.text, said_by)
        ]
        # (a summary bullet restates the report's own body, which says it with its source and
        # context: the body's sentences first)
        mine.sort(
            key=lambda s: (
                s.quoted >= config.brief_max_quoted,
                s.id in contested,
                bool(_BULLET.match(a.text, s.span.start, s.span.end)),
                -n_facts[s.id],
                idx[s.id],
            )
        )
        for s in _fresh(mine, terms, listed, per_report, config):
            sp = _brief_span(s, a.text)
            item = {
                "outlet": outlet_label(a), "outlets": list(dict.fromkeys(copies_of[a.id])),
                "text": one_line(a.text[sp.start : sp.end]), "article_id": a.id, "span": sp.to_dict(),
            }  # fmt: skip
            if (who := _pronoun_speaker(a.text, s, said_by)) is not None:
                item["speaker"] = who
            only_in.append(item)
    return only_in


def _stands_alone(s: Sentence, text: str, said_by: Sequence[Quote]) -> bool:
    """Can ``s`` be listed alone: no list's item, and not leaning on the sentence before unless
    it is a "he" or "she" the quotes stage named?"""
    shown = _shown(s, text)
    return not _listed_item(shown) and not (_leans_back(shown) and _pronoun_speaker(text, s, said_by) is None)


def _shown(s: Sentence, text: str) -> str:
    """The words of ``s`` as a brief shows them (no dateline, bullet or answer mark)."""
    sp = _brief_span(s, text)
    return text[sp.start : sp.end]


def _leans_back(text: str) -> bool:
    """Does the sentence need the one before it to be understood ("He would have to ...", "But not
    once has he ...", "Nor will ...")?"""
    return bool(_PRONOUN_LED.match(text)) or _goes_on(text)


def _fresh(
    mine: Sequence[Sentence],
    terms: Mapping[str, set[str]],
    listed: list[set[str]],
    per_report: int,
    config: CompareConfig,
) -> list[Sentence]:
    """Up to ``per_report`` of a report's sentences (in ``mine``'s order) that repeat none listed
    before, nor one another: another report's sentence reworded a little ("the two" / "the two men
    would be brought before a remand hearing"), or the report's own (a summary bullet and the
    paragraph it sums up). Each one taken is added to ``listed``."""
    fresh: list[Sentence] = []
    for s in mine:
        if len(fresh) < per_report and not _repeats_any(terms[s.id], listed, config):
            fresh.append(s)
            listed.append(terms[s.id])
    return fresh


def _repeats_any(words: set[str], listed: Sequence[set[str]], config: CompareConfig) -> bool:
    """Are ``brief_same_terms`` of a sentence's content words in one sentence already listed?"""
    return bool(words) and any(len(words & w) >= config.brief_same_terms * len(words) for w in listed)


def _pronoun_speaker(text: str, s: Sentence, quotes: Sequence[Quote]) -> str | None:
    """Who the bare "he", "she" or "they" speaking in sentence ``s`` is, by the quote whose source
    it is, when the quotes stage named or described that speaker; else None."""
    for q in quotes:
        src = q.source
        if src is None or not (s.span.start <= src.start < s.span.end):
            continue
        if text[src.start : src.end].strip().lower() in ("he", "she", "they"):
            sp = q.speaker
            if sp.name or (sp.type == "anonymous" and sp.description):
                return _speaker_label(sp)
    return None


def _key_quotes(
    arts: Sequence[Article],
    quotes: Mapping[str, Sequence[Quote]],
    quote_groups: Sequence[QuoteGroup],
    config: CompareConfig,
) -> list[dict[str, Any]]:
    """The quotes most outlets carry, then (up to ``min_key_quotes``) named direct quotes of one
    that carry their own attribution.
    A speaker's quotes that one outlet repeats stop at ``key_quotes_per_speaker``: five quotes of an
    agent at one news conference, repeated in one paper's follow-ups, leave out everyone else."""
    key_quotes: list[dict[str, Any]] = []
    heard: Counter = Counter()
    text_of = {a.id: a.text for a in arts}
    for g in sorted(quote_groups, key=lambda g: (-len(g.outlets), g.id)):
        if len(key_quotes) >= config.key_quote_groups:
            break
        who = _speaker_label(g.speaker)
        if len(g.outlets) < 2 and g.speaker.name and heard[who] >= config.key_quotes_per_speaker:
            continue
        if (
            len(g.outlets) < 2
            and not g.speaker.name
            and g.speaker.type != "anonymous"
            and _quoted_words(g.text) < config.min_key_quote_words
        ):
            continue  # one outlet's 'protesters shouted at them to stop their “message of hate.”', no one named
        if all(_continues(text_of, quotes, v.article_id, v.quote_index, config) for v in g.variants):
            continue  # more of a quote before it ("What would you do?"), however often repeated
        heard[who] += 1
        key_quotes.append(
            {
                "speaker": who,
                "text": one_line(g.text),
                "outlets": g.outlets,
                "flags": list(g.flags),
            }
        )
    if len(key_quotes) >= config.min_key_quotes:
        return key_quotes
    grouped = {(v.article_id, v.quote_index) for g in quote_groups for v in g.variants}
    from newsprism.quotes import fullest_names

    fuller = fullest_names(q.speaker for a in arts for q in quotes.get(a.id, []))  # one name per person
    for a in arts:
        for k, q in enumerate(quotes.get(a.id, [])):
            if (
                (a.id, k) in grouped
                or q.kind != "direct"
                or not q.speaker.name
                or _continues(text_of, quotes, a.id, k, config)
            ):
                continue  # (a continuation stands on the quote before it: "That was the first thought.")
            if len(key_quotes) >= config.min_key_quotes:
                return key_quotes
            text = one_line(" … ".join(a.text[c.start : c.end] for c in q.content))
            if len(text.split()) >= config.min_key_quote_words:
                key_quotes.append(
                    {
                        "speaker": (fuller(q.speaker.name) if q.speaker.type == "person" else None)
                        or _speaker_label(q.speaker),
                        "text": text,
                        "outlets": [outlet_label(a)],
                        "flags": [],
                    }
                )
    return key_quotes


def _quoted_words(text: str) -> int:
    """How many words of ``text`` stand inside double quote marks (all of them if it has none; a
    single mark is also an apostrophe: "don’t")."""
    inside = re.findall(r"[“\"”](.*?)[”\"“]", text)
    return sum(len(x.split()) for x in inside) if inside else len(text.split())


def _continues(
    arts_text: Mapping[str, str],
    quotes: Mapping[str, Sequence[Quote]],
    aid: str,
    k: int,
    config: CompareConfig,
) -> bool:
    """Does quote ``k`` of article ``aid`` stand on the speaker's quote before it: a continuation
    shorter than ``continuation_alone_words`` ("“What would you do?”")?"""
    qs = quotes.get(aid, ())
    if not 0 <= k < len(qs) or not qs[k].continuation:
        return False
    text = arts_text.get(aid, "")
    return sum(len(text[c.start : c.end].split()) for c in qs[k].content) < config.continuation_alone_words


def _weight(c: Conflict) -> tuple[int, int]:
    return (-min(len(i.outlets) for i in c.items), -sum(len(i.outlets) for i in c.items))


def _root(comp: Comparison, aid: str) -> str:
    return comp.units.get(aid, aid)


def one_line(text: str) -> str:
    return " ".join(text.split())


def _speaker_label(sp: Speaker) -> str:
    """A key quote's speaker as the reader sees it: the name, an anonymous source's description
    ("a Labour insider"), or the words that stand for a speaker the quotes stage could not type
    ("the majority opinion", "the study"); "unattributed" only when the article gives none."""
    if sp.type == "anonymous":
        return sp.description or sp.name or "anonymous source"
    if sp.type == "unknown" and not sp.name and sp.description:
        return sp.description
    return sp.name or "unattributed"
