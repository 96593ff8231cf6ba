"""Sentence alignment: which sentences of different articles carry the same information."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from newsprism.clean import match_view
from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.models import Span


def align(
    texts: Sequence[str], owners: Sequence[int], *, fast: bool = True, config: CompareConfig = DEFAULT
) -> np.ndarray:
    """Pairwise same-information scores of sentences (MiniLM cosine blended with TF-IDF cosine,
    ``config.embed_weight``); pairs from the same article score 0. Returns a dense matrix (n x n):
    a pair aligns at ``config.align_threshold``."""
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
    sim = config.embed_weight * cos + (1 - config.embed_weight) * lex
    own = np.asarray(owners)
    sim[own[:, None] == own[None, :]] = 0.0
    return sim


def quoted_words(text: str, span: Span, marks: Sequence[Span]) -> set[tuple[str, str]]:
    """The pairs of consecutive content words quoted inside ``span`` of ``text``: the words an
    outlet puts in quote marks, so that another outlet quoting them too can be found. A title or a
    name in quote marks ("The Satanic Verses") is no quotation of anyone's words: pairs of two
    capitalised words are left out."""
    from newsprism.nlp import content_terms

    pairs: set[tuple[str, str]] = set()
    for q in marks:
        start, end = max(span.start, q.start), min(span.end, q.end)
        if end - start < 3:
            continue
        # each word with its content term, where it has one
        kept = [(w, term[0]) for w in re.findall(r"[\w'’-]+", text[start:end]) if (term := content_terms(w))]
        pairs |= {
            (a, b)
            for (wa, a), (wb, b) in zip(kept, kept[1:], strict=False)
            if not (wa[:1].isupper() and wb[:1].isupper())
        }
    return pairs


def word_pairs(text: str) -> set[tuple[str, str]]:
    """Every pair of consecutive content words of ``text`` (lower case)."""
    from newsprism.nlp import content_terms

    terms = content_terms(text)
    return set(zip(terms, terms[1:], strict=False))
