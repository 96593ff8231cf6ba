"""Every threshold of the compare stage, named in one place (like ``stories.ClusterConfig``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CompareConfig:
    """Thresholds of :func:`newsprism.compare.compare_story` and the brief it writes.

    Alignment scores a sentence pair by ``embed_weight`` * MiniLM cosine + (1 - ``embed_weight``)
    * TF-IDF cosine. At ``align_threshold`` the pair is linked (chosen on our own example corpus and
    checked on the seed articles; see tests/test_compare.py); at ``support_threshold`` each
    carries the other's information, and its outlet is named beside it (chosen on hand-labelled
    outlet claims of DUC 2007 briefs; bench/support_sample.py).
    """

    embed_weight: float = 0.7
    align_threshold: float = 0.5
    # an outlet is named as carrying a sentence only from this close (or when the two quote the same
    # words): between the two thresholds the sentences are linked (one is redundant beside the other
    # in the brief) but may share only part of the information (hand-labelled claims, BENCHMARKS.md)
    support_threshold: float = 0.6
    # ... or when one quotes words the other uses, if they are the quote's own: a pair of words in
    # at most this many of the story's sentences (or this share of them, if more). Read on DUC:
    # of 40 supports this took away, about 20 had been false (opposite claims: "will cause neither
    # environmental nor cultural damage" / "without damaging the cultural and environmental values")
    quoted_pair_sentences: int = 4
    quoted_pair_share: float = 0.03
    # "only in" one report is a claim too: a sentence this close to another report's is not listed
    # (between 0.45 and 0.5, 11 of 36 read were said elsewhere: "Only in AP: Greek Cypriot police
    # arrested two Israeli men ..."; BENCHMARKS.md)
    only_in_related: float = 0.45
    # two sentences this close that state different values of the same kind of fact conflict
    conflict_threshold: float = 0.42
    # figures published further apart are updates of a developing story, not conflicts: counts,
    # money and percentages move within days; dates, years and durations of fixed events rarely
    conflict_trust_sim: float = 0.6  # sentences this close state the same figure unless its words differ
    conflict_window_hours: float = 24.0
    fixed_window_hours: float = 168.0
    reuse_shingle: int = 5  # words per shingle for text reuse
    min_passage_words: int = 8  # shortest common passage reported
    max_passages: int = 10  # common passages kept per pair, longest first
    reuse_edge: float = 0.2  # share of B found in an earlier A that draws a "reuses" provenance edge
    # the brief
    brief_sentences: int = 5  # at most this many sentences
    brief_unique_fill: int = 3  # a story with little in common is filled from one report up to this
    brief_position_weight: float = 0.1  # centrality given up per article length of position
    brief_min_words: int = 6  # shorter sentences are not brief material
    brief_max_quoted: float = 0.4  # a sentence mostly inside quote marks is a quote, not a statement
    brief_same_sim: float = 0.7  # this close to a chosen sentence: it says the same, skipped
    brief_same_terms: float = 0.7  # this share of its content words already in the brief: skipped
    brief_alt_sim: float = 0.6  # an aligned sentence this close may stand in, when it is shorter
    lede_max_quoted: float = 0.1  # the lede the brief opens on (``brief._with_lede``) is not a quote
    max_only_in: int = 10  # "only in" bullets in a brief
    only_in_per_report: int = 2  # per report up to ``only_in_few_reports`` reports, then one
    only_in_few_reports: int = 4
    # a report (of three or more) whose three most central sentences average below this shares
    # little with the rest of its story: on DUC 2007 all 9 below 0.30 were of another event (7 of
    # another topic: a Microsoft appeal among reports of the line-item veto ruling), and 9 of the
    # 23 reports of another topic in its stories of three or more; it gives no brief sentence,
    # "only in" line or key quote, and the brief names it instead (``brief._loose``)
    loose_fit: float = 0.30
    key_quote_groups: int = 5  # quotes carried by several articles, most outlets first
    min_key_quotes: int = 3  # filled up with single-outlet direct quotes to this many
    min_key_quote_words: int = 5
    # one speaker's quotes that a single outlet repeats stop at this many, so that others are heard
    key_quotes_per_speaker: int = 2
    # a speaker's quote that goes on from their quote before it stands alone as a key quote only
    # at this many words ("“What would you do?”" does not; a paragraph of an interview does)
    continuation_alone_words: int = 12
    max_brief_conflicts: int = 6  # the comparison keeps them all
    # a story of more articles is compared on a sample of this many (the rule is in the output):
    # alignment and reuse are quadratic in the story's size
    max_articles: int = 40


DEFAULT = CompareConfig()
