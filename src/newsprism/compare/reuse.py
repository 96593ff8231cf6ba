"""Text reuse: how much of one article is found in another, and the longest common passages."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.clean import content_spans, match_view
from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.compare.model import Passage, Reuse
from newsprism.models import Article, Span

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
    def of(cls, article: Article, quoted: Sequence[Span] = (), k: int = DEFAULT.reuse_shingle) -> Words:
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


def text_reuse(a: Article, b: Article, wa: Words, wb: Words, config: CompareConfig = DEFAULT) -> Reuse:
    """How much of B is found in A: shingle containment, the longest common run of words, and the
    common passages of ``config.min_passage_words`` or more (maximal runs of B's shingles that
    continue a run in A), with spans in both texts. ``wa`` and ``wb``
    hold shingles of ``config.reuse_shingle`` words."""
    k = config.reuse_shingle
    if not wa.shingles or not wb.shingles:
        return Reuse(a.id, b.id, 0.0, 0.0, 0, [])
    hit = [wa.index.get(sh, []) for sh in wb.shingles]
    covered = np.zeros(len(wb.words), dtype=bool)
    for j, h in enumerate(hit):
        if h:
            covered[j : j + k] = True
    outside = ~wb.quoted
    contain = float(covered.mean())
    contain_out = float((covered & outside).sum() / outside.sum()) if outside.any() else 0.0
    passages: list[Passage] = []
    longest = 0  # the longest common run, listed as a passage or not (shorter than min_passage_words)
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
        longest = max(longest, best_len)
        if best_len >= config.min_passage_words:
            src = Span(wa.starts[best_i], wa.ends[best_i + best_len - 1])
            passages.append(Passage(src, Span(wb.starts[j], wb.ends[j + best_len - 1]), best_len))
        j += max(1, best_len - k + 1)
    passages.sort(key=lambda p: -p.words)
    return Reuse(
        a.id, b.id, round(contain, 4), round(contain_out, 4), longest, passages[: config.max_passages]
    )
