"""Clean: find what is not the article (boilerplate, captions, credits, repeated pull quotes).

Nothing here rewrites the stored text. The cleaner returns :class:`Annotation` spans over the
text, and :func:`match_view` gives a *same-length* normalised copy for matching, so an offset
found in the view is an offset in the stored text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from rapidfuzz import fuzz

from newsprism.models import IGNORED_KINDS, Annotation, Article, Span
from newsprism.nlp import words

# A wire dateline or a bullet before a sentence: "PORT ELLING, March 12 (Meridian Wire) - ",
# "MOBILE, Ala. (AP) -- ", "WASHINGTON _ ", "NAIROBI, January 4 (Xinhua) -- ", and a town in
# title case before its state's abbreviation and a spaced dash ("Andrews, N.C. _ "; not the
# "Madison, N.J.-based" of a compound).
DATELINE = re.compile(
    r"^(?:[•*·▪_-]\s*|[A-Z](?:[A-Z .'-]|(?<= )(?:d'|de |du |la |le ))+(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\s+\d{1,2})?)?"
    r"\s*(?:\([^)]{2,40}\))?\s*(?:[-–—]+|_)\s*"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s*[A-Z][a-z]*\.(?:[A-Z]\.)?(?:\s*\([^)]{2,40}\))?\s+(?:-{2,}|[–—_])\s+)"
)


# One character in, one character out: offsets in the view are offsets in the original.
_MATCH_TABLE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " ", "\r": " ",
        "\u2026": ".",
    }
)  # fmt: skip


def match_view(text: str) -> str:
    """Quotes, dashes and odd spaces normalised, same length as ``text`` (offsets stay valid)."""
    return text.translate(_MATCH_TABLE)


_NON_WORD = re.compile(r"[^\w]+")


def normalize_key(text: str) -> str:
    """A lossy key for equality tests: case-folded words joined by single spaces."""
    return _view_key(match_view(text))


def _view_key(view: str) -> str:
    """:func:`normalize_key` of text already in the match view."""
    return " ".join(_NON_WORD.sub(" ", view.casefold()).split())


def paragraphs(text: str) -> Iterator[Span]:
    """Non-blank lines of ``text`` as spans, trimmed of surrounding whitespace."""
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield Span(s, e)


# Whole lines that are aggregator furniture, teasers, prompts. Checked on the match view.
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:read|see|watch|listen)\s+(?:more|also|next|now)\b.*
      | (?:more|related|recommended|trending|latest|also\s+read)\s*(?:stories|articles|news|reading)?\s*[:|>-].*
      | related\s+(?:articles?|stories|topics|content)\b.*
      | source\s*:\s*read\s+(?:the\s+)?full\s+(?:article|story).*
      | .{0,80}\bread\s+(?:the\s+)?full\s+(?:article|story)\s*\.?
      | (?:sign\s+up|subscribe|register)(?:\s+(?:to|for|now|here|today|and)\b.{0,120}|\s*[.!]?)
      | (?:click|tap)\s+(?:here|to)\b.*
      | (?:share|email|tweet|print|save)\s+(?:this|on|via|the)\b.{0,80}
      | (?:follow|like)\s+us\b.*
      | (?:join|download)\s+(?:our|the)\b.{0,80}(?:newsletter|app|community|channel|whatsapp).*
      | advertisement\s*|advert\s*|sponsored(?:\s+content)?\s*|story\s+continues\s+(?:below|after).*
      | (?:copyright|\(c\)|©).{0,120}|all\s+rights\s+reserved\.?.*
      | we\s+use\s+your\s+sign[-\s]up.*|our\s+privacy\s+(?:notice|policy).*
      | (?:comments?|\d+\s+comments?|view\s+comments|show\s+comments)\s*
      | (?:this\s+(?:article|story)\s+(?:was\s+)?(?:originally\s+)?(?:appeared|published|first\s+appeared)).{0,160}
      | (?:zum\s+weiterlesen|weiterlesen|lesen\s+sie\s+(?:auch|mehr|hier)|mehr\s+zum\s+thema|lire\s+aussi
         |[aà]\s+lire\s+aussi|lire\s+la\s+suite|lee\s+(?:también|más)|leia\s+(?:também|mais)|saiba\s+mais
         |leggi\s+anche|per\s+saperne\s+di\s+più|lees\s+ook|meer\s+lezen|läs\s+(?:också|mer))\b.{0,160}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Wire-service editorial lines: instructions to editors, not the story. Whole lines.
_EDITORIAL = re.compile(
    r"""^\(?\s*(?:
        story\s+can\s+end\s+here\b.{0,60}
      | (?:begin|end)?\s*optional\s+(?:trim|material|add|sidebar|take)\b.{0,40}
      | optional\s+(?:material|add|take|sidebar)\s+follows\b.{0,20}
      | endit|end\s+of\s+story|\(?more\)?\s*\w{0,4}|(?:first|second|third|\d+(?:st|nd|rd|th))\s+(?:take|add|lead)\b.{0,40}
      | editors?\s*:.{0,200}|attn\s*:?\s*editors?\b.{0,200}|the\s+weekend\s+duty\s+editors\s+are\s*:?
      | (?:non-?)?subscribers\s*:.{0,300}  # "NONSUBSCRIBERS: To publish a feature, it must be purchased"
      | photo\s+and\s+graphics\s+information\b.{0,160}
      | .{0,60}\bsaid\s+in\s+an?\s+editorial\s+(?:for|on)\b.{0,50}:  # the slug over a syndicated editorial
      | .{0,160}\bcontributed\s+to\s+this\s+report\.?\)?
      | .{0,120}\bplans?\s+to\s+move\s+(?:the\s+following|.{0,80}\bwire\b).{0,400}  # a wire's budget of stories
      | .{0,60}\b[\w.+-]+(?:@|\(at\))[\w-]+(?:\.[\w-]+)+\b.{0,60}  # ("E-mail: channelsurfer(at)ajc.com")
      | [_=*-]{1,80}
    )\s*\)?\s*\.?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A note in parentheses on who wrote the piece: "(Cindy Pearlman is a Chicago-based free-lance
# writer.)", "(Andy Glass is a columnist for Cox News Service ...)". Not the story.
_AUTHOR_NOTE = re.compile(
    r"^\(\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s+is\s+(?:a|an|the)\b[^()]{0,160}?"
    r"\b(?:writer|reporter|correspondent|columnist|editor|journalist|critic|contributor|author)\b.*$"
)

# A reporter's contact note that wire copy runs into the end of a paragraph: "Steve Yozwiak can be
# reached at 444-8810 or at steve.yozwiak(at)pni.com via e-mail.", "E-mail Benny Evangelista at
# bennye(AT)sfgate.com .", "(Judy Holland can be reached at 202-298-6920 ...)". Its words, then an
# e-mail address or a telephone number after them, then at most CONTACT_TAIL characters.
_CONTACT_WORDS = re.compile(
    r"\b(?:can\s+be\s+reached|you\s+can\s+(?:reach|call|write)|e-?mail|electronic\s+mail)\b", re.IGNORECASE
)
_EMAIL = re.compile(r"[\w.+-]+(?:@|\((?:at|AT)\))[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}-\d{4}\b|\b\d{3}-\d{4}\b")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+(?=[“\"(]?[A-Z])")
CONTACT_TAIL = 160


def _contact_start(par: str) -> int | None:
    """Where a contact note that closes the paragraph starts in it (0: the whole paragraph, as a
    bracketed note on the writer), or None. An e-mail word needs an address after it ("issued
    nationwide e-mail alerts ... toll-free phone number" is news); "can be reached" an address or
    a telephone number."""
    low = par.lower()
    if "mail" not in low and "reach" not in low and "you can" not in low:
        return None  # (every contact word holds one: a cheap test before the scan)
    for cue in _CONTACT_WORDS.finditer(par):
        by_mail = "mail" in cue.group().lower()
        reach = _EMAIL.search(par, cue.end()) or (None if by_mail else _PHONE.search(par, cue.end()))
        if reach is None or reach.start() - cue.end() > 80 or len(par) - reach.end() > CONTACT_TAIL:
            continue
        if par.startswith("(") and ")" in par[-6:] and len(par) <= 500:
            return 0  # "(Mark McGuire is the television writer for ... E-mail: ...)"
        return max((m.end() for m in _SENTENCE_BREAK.finditer(par, 0, cue.start() + 1)), default=0)
    return None


# A syndicate's sales notice: "(To publish this article, it must be purchased ... from New York Times
# Syndicate ...)", "___ (To publish this TIMELY 500-word article, ...)". From it to the paragraph's end.
_SYNDICATION_NOTICE = re.compile(r"(?:[_=*-]{3,}\s*)?\(\s*to\s+publish\s+this\b", re.IGNORECASE)

# A wire budget's notes on when a story moves and its slugged entries (whole lines): "(story to
# move at 9:45 p.m. ET)", "(The story is scheduled to move by 9:45 p.m. ET in the "e" category.) 900
# words.", "On Thursday, we will move a feature on ...", "We call your attention to the spot feature
# described below ...", "For more information, please call ...", "SEINFELD-BROADWAY (New York) _
# Jerry Seinfeld ... monologue. By Frank Bruni.". Tried only on a line holding one of
# ``_BUDGET_WORDS`` (its scans from every position cost more than all other rules on headlines).
_BUDGET = re.compile(
    r"""^\(?\s*(?:
        (?:the\s+)?(?:story|stories|feature|article)\s+(?:is\s+|are\s+)?(?:scheduled\s+to|will|to)\s+move\b.{0,200}
      | .{0,40}\bwe\s+(?:will|plan\s+to|expect\s+to)\s+move\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:feature|story|stories|article|package|sidebar)\b.{0,300}
      | we\s+call\s+your\s+attention\s+to\b.{0,300}
      | (?-i:[A-Z][A-Z0-9]*(?:[-\ ][A-Z0-9]+)*)\s*\([^)_]{1,40}(?:\)\s*_|_)\s.{5,1500}?\b(?-i:By\s+[A-Z])[\w.'’\ -]{1,80}
      | .{0,200}\b(?:for\s+more\s+information|for\s+questions|if\s+you\s+have\s+(?:any\s+)?questions),\s+please\s+call\b.{0,120}
    )\s*\)?\s*\.?$""",
    re.IGNORECASE | re.VERBOSE,
)
_BUDGET_WORDS = ("move", "please call", "your attention", "_")


def _budget_line(par: str) -> bool:
    low = par.lower()
    return any(w in low for w in _BUDGET_WORDS) and _BUDGET.match(par) is not None


# Image captions and credits: "(Image: Getty)", "Photo: Jo Smith/PA", "Picture by ...".
_CREDIT = re.compile(
    r"""(?:\(\s*)?(?:image|images|photo|photograph|picture|pic|credit|video|illustration)s?\s*(?:by|:|credit:?)\s*[^.!?]{1,80}
      |\b(?:getty\s+images|shutterstock|alamy|afp\s+via\s+getty|reuters/|ap\s+photo|pa\s+wire|pa\s+images)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# (a word every credit holds: the search runs only where one is, as it costs by the position)
_CREDIT_WORDS = ("image", "photo", "pic", "credit", "video", "illustration", "getty", "shutterstock", "alamy",
                 "reuters/", "pa wire", "pa images")  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*\s*$|['\"’”]\s*$")
_LABEL_COLON = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+\S")
_QUOTE_MARKS = "\"'“”‘’«»"
_BULLETS = "•*-–—·▪►"


def _is_caption_like(par: str) -> str | None:
    """'caption', 'credit', 'heading' or None for a short line that is not a sentence."""
    words = par.split()
    if not words:
        return None
    short = len(words) <= 14 and not par.rstrip().endswith((",", ";"))
    sentence = bool(_SENTENCE_END.search(par))
    low = par.lower()
    if len(words) <= 30 and any(w in low for w in _CREDIT_WORDS) and _CREDIT.search(par):
        return (
            "credit"
            if len(words) <= 6 or par.lstrip("(").lower().startswith(("image", "photo", "picture", "credit"))
            else "caption"
        )
    if short and not sentence and par[0] not in _QUOTE_MARKS and par[0] not in _BULLETS:
        # "Incumbent: A with B in 2016" is how captions are scraped; a bare short line is a subhead.
        return "caption" if _LABEL_COLON.match(par) else "heading"
    return None


def annotate(text: str, *, repeat_ratio: float = 92.0) -> list[Annotation]:
    """Annotations for ``text``: every span the analysis stages must ignore, with a reason.

    * boilerplate: teaser and aggregator lines, sign-up and share prompts, copyright lines;
    * caption / credit: photo captions ("Label: description", "(Image: Getty)") and credits;
    * heading: short non-sentence lines (subheads) inside the body;
    * repeated: a paragraph whose text already stands in a longer paragraph or earlier in the
      article (pull quotes, summary bullets quoting the body). The longest occurrence is kept.
    """
    view = match_view(text)
    pars = list(paragraphs(text))
    out: list[Annotation] = []
    kept: list[tuple[Span, str]] = []
    headings: list[tuple[Span, str]] = []
    for sp in pars:
        par = view[sp.start : sp.end]
        if _BOILERPLATE.match(par):
            out.append(Annotation("boilerplate", sp.start, sp.end, _label(par)))
            continue
        if _EDITORIAL.match(par) or _AUTHOR_NOTE.match(par) or _budget_line(par):
            out.append(Annotation("boilerplate", sp.start, sp.end, "wire editorial line"))
            continue
        contact = _contact_start(par)
        if contact is not None:
            out.append(Annotation("boilerplate", sp.start + contact, sp.end, "contact line"))
            if contact == 0:
                continue
        notice = _SYNDICATION_NOTICE.search(par)
        if notice is not None:  # (run into the paragraph's end, after a rule of underscores or not)
            out.append(Annotation("boilerplate", sp.start + notice.start(), sp.end, "syndication notice"))
            if notice.start() == 0:
                continue
        kind = _is_caption_like(par)
        if kind in ("caption", "credit"):
            out.append(Annotation(kind, sp.start, sp.end, None))
            continue
        if kind == "heading":  # a pull quote repeating the body looks like a subhead: check first
            headings.append((sp, _view_key(par)))
            continue
        kept.append((sp, _view_key(par)))

    # Repeated paragraphs: longest first (earliest on ties) are retained; a paragraph whose words
    # stand in a retained one is the copy (a pull quote, a bullet quoting the body).
    # Ranking on the words without an attribution lead, bullets last, so that the body paragraph
    # is kept and the bullet or pull quote that repeats it is ignored. Only paragraphs sharing
    # word trigrams with a retained one are compared fuzzily (an inverted index, not all pairs).
    retained: list[tuple[Span, str]] = []
    index: dict[str, list[int]] = {}
    ranked = [(sp, key, _strip_lead(key), view[sp.start] in _BULLETS) for sp, key in kept]
    for sp, key, stripped, _bullet in sorted(ranked, key=lambda t: (t[3], -len(t[2]), t[0].start)):
        grams = _trigrams(stripped)
        if len(stripped) >= 20 and grams:
            hits: dict[int, int] = {}
            for g in grams:
                for j in index.get(g, ()):
                    hits[j] = hits.get(j, 0) + 1
            near = [j for j, h in sorted(hits.items(), key=lambda kv: -kv[1]) if h >= 0.3 * len(grams)]
            src = next(
                (retained[j][0] for j in near if _repeats(stripped, retained[j][1], repeat_ratio)), None
            )
            if src is not None:
                out.append(Annotation("repeated", sp.start, sp.end, f"repeats {src.start}-{src.end}"))
                continue
        for g in grams if stripped == key else _trigrams(key):
            index.setdefault(g, []).append(len(retained))
        retained.append((sp, key))
    for sp, key in headings:
        found = {j for g in _trigrams(key) for j in index.get(g, ())} if len(key) >= 20 else set()
        src = next(
            (retained[j][0] for j in sorted(found) if _repeats(key, retained[j][1], repeat_ratio)), None
        )
        if src is not None:
            out.append(Annotation("repeated", sp.start, sp.end, f"repeats {src.start}-{src.end}"))
        else:
            out.append(Annotation("heading", sp.start, sp.end, None))
    if len(out) >= len(pars) and any(a.kind == "heading" for a in out):
        # Never annotate away the whole article: a lone short line is the content, not a subhead.
        out = [a for a in out if a.kind != "heading"]
    out.sort(key=lambda a: (a.start, a.end))
    return out


def _trigrams(key: str) -> set[str]:
    w = key.split()
    return {f"{a} {b} {c}" for a, b, c in zip(w, w[1:], w[2:], strict=False)}


def _repeats(short: str, long: str, ratio: float) -> bool:
    """True when ``short`` stands in ``long``: verbatim, fuzzily, or as a light paraphrase."""
    if short in long or fuzz.partial_ratio(short, long, score_cutoff=ratio):
        return True
    words = short.split()
    if len(words) < 10:
        return False
    have = set(long.split())
    return sum(w in have for w in words) / len(words) >= 0.85


_LEAD = re.compile(r"^(?:(?:an?|the|one)\s+[\w ]{1,40}?\s+(?:said|says|added|told\s+\w+)\s+)")


def _strip_lead(key: str) -> str:
    """Drop a bullet's attribution lead ("an ally said ...") so the quoted words are compared."""
    return _LEAD.sub("", key, count=1) or key


def _label(par: str) -> str:
    return " ".join(par.split()[:4])[:40]


def ignored_spans(annotations: list[Annotation]) -> list[Span]:
    return [a.span for a in annotations if a.kind in IGNORED_KINDS]


def content_spans(text: str, annotations: list[Annotation]) -> list[Span]:
    """The paragraphs of ``text`` that no ignored annotation covers: what analysis reads. A
    paragraph whose end an ignored span covers (a contact note run into its last line) is cut
    before it."""
    ign = sorted(ignored_spans(annotations), key=lambda s: s.start)
    starts = [s.start for s in ign]
    reach = list(accumulate((s.end for s in ign), max))  # the furthest end of a span starting here or before
    out = []
    for p in paragraphs(text):
        i = bisect_right(starts, p.start)
        if i and reach[i - 1] >= p.end:
            continue
        j = bisect_right(starts, p.end - 1)
        cut = min((s.start for s in ign[i:j] if s.end >= p.end), default=p.end)
        end = len(text[p.start : cut].rstrip()) + p.start
        if end > p.start:
            out.append(Span(p.start, end))
    return out


def content_text(text: str, annotations: list[Annotation]) -> str:
    """Content paragraphs joined by newlines (a *derived* string for models, never stored)."""
    return "\n".join(text[s.start : s.end] for s in content_spans(text, annotations))


# What a wire service puts in a headline field that is no headline: a priority or handling word
# ("Urgent", "Advisory"), and a dateline run into the headline with the end of a sentence after it
# ("TEHRAN, Iran: newspaper reported Saturday.", "UNITED NATIONS: speedily lifted.").
WIRE_SLUGS = frozenset(
    {"urgent", "bulletin", "flash", "advisory", "correction", "corrected", "correct", "repeat",
     "repeating", "kill", "withdrawal", "elimination", "update", "updated", "eds", "editors"}
)  # fmt: skip
_DATELINE_LEFTOVER = re.compile(
    r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?:\s+[a-z].*\.$"
)


def headline(article: Article) -> str | None:
    """The article's headline, if it reads as one (not a wire slug or a dateline's leftover), its
    machine casing undone (:func:`recased`)."""
    title = " ".join((article.title or "").split())
    if not title or _is_slug(title) or _DATELINE_LEFTOVER.match(title):
        return None
    title = _SLUG_PREFIX.sub("", title) or title  # ("URGENT: Ferry Sinks Off Orrin")
    title = _HEADLINE_NOTE.sub("", title) or title
    return recased(title, article.text)


def shown_title(article: Article) -> str:
    """What a page or report shows for an article: its headline as :func:`headline` reads it
    (machine casing undone, a desk's note dropped); for a wire slug given as the title
    ("Urgent"), the headline line the text opens with, else its lead (:func:`lead_line`); else
    the title as given, else the id. The stored title, and every machine-readable output, keep
    what the source gave."""
    if (found := headline(article)) is not None:
        return found
    if article.title and _is_slug(article.title):
        return _opening_headline(article.text) or lead_line(article) or article.title
    return article.title or article.id


def _is_slug(title: str) -> bool:
    return " ".join(title.split()).lower().strip(".!:- ") in WIRE_SLUGS


# a wire's handling word before a headline ("URGENT: ", "BULLETIN: ")
_SLUG_PREFIX = re.compile(r"^(?:URGENT|BULLETIN|FLASH|ADVISORY)\s*:\s*", re.IGNORECASE)


def _opening_headline(text: str) -> str | None:
    """A text's first line when it stands as a headline: a paragraph of its own, of at most 15
    words, with no dateline and no closing stop ("Harbour pilots call off strike" over "KESSLING,
    Norland (Meridian) _ ...")."""
    first, _, rest = text.lstrip().partition("\n")
    first = " ".join(first.split())
    if not first or (rest.strip() and not rest.startswith("\n")) or len(first.split()) > 15:
        return None
    if first[-1] in ".!?\"”’'" or DATELINE.match(first) or not first[0].isupper():
        return None
    return first


# A wire desk's note at the end of a headline: an editor's initials ("(Dw)", "(Jt)") or a
# handling note ("(Art Adv: Photo Has Been Sent To Nytns Clients)", "(Note: Sidebar Material At
# End Of Story)", "(For Release The Week Of Mon., Nov. 23, 1998)"); not a part number ("(2)"), a
# country's code ("(UK)") nor a headline's own aside ("(We Hope)").
_HEADLINE_NOTE = re.compile(
    r"\s*\((?:[A-Z][a-z]|(?:Art\s+)?Adv\b[^)]*|Note:[^)]*|For\s+Release\b[^)]*|Eds?\b[^)]*|Optional\b[^)]*)\)\s*$"
)


# A headline a program capitalised word by word (Python's ``str.title``: "Microsoft To Offer
# Rebuttal On Ibm Executive'S Charge", "Shooting Of 5Th Endangered Wolf"): the letters it raised
# after an apostrophe or a number, and the acronyms it lowered.
_RAISED_AFTER_APOSTROPHE = re.compile(r"(?<=[a-z])['’](S|T|D|M|Ll|Re|Ve)\b")
_RAISED_ORDINAL = re.compile(r"\b(\d+)(St|Nd|Rd|Th)\b")
_SMALL_WORDS = words("a an and as at by for from in of on or the to with")
_COMMON_SHORT = _SMALL_WORDS | words("us it we he me my is be am do go no so up")


def recased(title: str, body: str) -> str:
    """``title`` with a program's word-by-word capitals undone: "'S" and "5Th" lowered
    ("Executive's", "5th"), and a word written "Ibm" that ``body`` gives only as "IBM" in its
    running text. Only a title so cased (every word capitalised, small words past the first
    included, or a "'S" or "5Th" no person writes); any other (a headline in capitals, or one a
    person cased) is returned as it is."""
    small = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title)[1:] if w.lower() in _SMALL_WORDS]
    raised = _RAISED_AFTER_APOSTROPHE.search(title) or _RAISED_ORDINAL.search(title)  # no person writes "'S"
    if title.isupper() or not (raised or small and all(w[0].isupper() for w in small)):
        return title
    title = _RAISED_AFTER_APOSTROPHE.sub(lambda m: m.group(0).lower(), title)
    title = _RAISED_ORDINAL.sub(lambda m: m.group(1) + m.group(2).lower(), title)

    def acronym(m: re.Match) -> str:
        w = m.group(0)
        up = w.upper()
        if w.lower() in _COMMON_SHORT:  # ("Let Us Pray": not the "US" of the body)
            return w
        # (in the body's running text, not in a line of capitals: "NEW YORK _" says nothing of "New")
        alone = rf"(?<![A-Z][ ,.])\b{up}\b(?![ ,.]+[A-Z]{{2}})"
        if re.search(alone, body) and not re.search(rf"\b{w}\b", body):
            return up
        return w

    return re.sub(r"\b[A-Z][a-z]{1,5}\b", acronym, title)


def lead_line(article: Article, limit: int = 80) -> str:
    """A stand-in headline from the article's first content paragraph: its dateline left out
    ("WASHINGTON _ "), cut at a word within ``limit`` characters, with "…" where cut."""
    body = content_text(article.text, article.annotations) or article.text
    first = next((line for line in body.split("\n") if line.strip()), "")
    dateline = DATELINE.match(first)
    first = " ".join(first[dateline.end() if dateline else 0 :].split())
    if len(first) <= limit:
        return first
    cut = first.rfind(" ", 0, limit)
    return first[: cut if cut > limit // 2 else limit].rstrip(" ,;:-") + "…"
