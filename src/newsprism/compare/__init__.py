"""Compare the articles of one story: sentence alignment, consensus and unique content, facts and
conflicts, text reuse, provenance, entities, and the attributed brief.

Everything is a pure function of the story's articles (plus the quotes stage's output), so the
same code runs in the batch pipeline, a web request or a Spark task. Every span is a
``(start, end)`` into the article's stored text.

Units of support: an article and its syndicated copies (``Story.duplicates``) count as *one*
report, so a wire story carried by three outlets is one source, not a consensus of three.

The package, ground floor first (each module imports only those above it):

==============  ===============================================================================
``config``      :class:`CompareConfig`: every threshold, named
``model``       the records: Sentence, Fact, Conflict (ConflictSide), Reuse (Passage), Entity,
                Provenance (nodes, edges, credits), Comparison
``sentences``   sentence spans, never split inside a quote
``facts``       numbers, money, dates, durations per sentence; conflicting values
``align``       same-information scores of sentence pairs (MiniLM + TF-IDF)
``reuse``       shingle containment and common passages
``entities``    people, organisations, places per outlet; role conflicts
``provenance``  who was first, who credits whom, where quotes first appear
``brief``       the attributed extractive brief
``story``       :func:`compare_story`: all of the above over one story
==============  ===============================================================================

Plain-text renderings of a comparison and a brief live in :mod:`newsprism.report`.
"""

from newsprism.compare.align import align
from newsprism.compare.brief import brief
from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.compare.entities import entities
from newsprism.compare.facts import extract_facts, fact_conflicts
from newsprism.compare.model import (
    Comparison,
    Conflict,
    ConflictSide,
    Credit,
    Entity,
    Fact,
    Mention,
    Passage,
    Provenance,
    ProvenanceEdge,
    ProvenanceNode,
    Reuse,
    Sentence,
)
from newsprism.compare.provenance import provenance
from newsprism.compare.reuse import Words, text_reuse
from newsprism.compare.sentences import split_sentences
from newsprism.compare.story import SAMPLE_RULE, compare_story, sample_articles, units

ALIGN_THRESHOLD = DEFAULT.align_threshold  # the default, for scripts that score alignment themselves

__all__ = [
    "ALIGN_THRESHOLD", "DEFAULT", "CompareConfig", "Comparison", "Conflict", "ConflictSide", "Credit", "Entity",
    "Fact", "Mention", "Passage", "Provenance", "ProvenanceEdge", "ProvenanceNode", "Reuse", "Sentence", "Words",
    "align", "brief", "compare_story", "entities", "extract_facts", "fact_conflicts", "provenance",
    "split_sentences", "text_reuse", "units", "sample_articles", "SAMPLE_RULE",
]  # fmt: skip
