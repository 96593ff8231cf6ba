"""Sentence alignment: which sentences of different articles carry the same information."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.clean import match_view
from newsprism.compare.config import DEFAULT, CompareConfig


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
