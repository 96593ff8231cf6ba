"""Speed of the comparison stage on a 50-article story, beside baselines measured in the same run.

  python bench/compare.py [--topic malaysia.airlines.flight] [--articles 50]

The story: every WikiRef220 article of one topic (the largest, 39 articles of real news text)
read through newsprism's own ingest and cleaning, topped up to 50 with re-posts of the earliest
ones (every third sentence dropped, a day later, another outlet name): real stories carry such
copies, and the comparison must fold them into their originals.

Measured on 2 cores (torch and BLAS limited to 2 threads):
  * alignment speed in sentences/s: newsprism's blended MiniLM + TF-IDF alignment of all the
    story's content sentences; baselines: TF-IDF cosine alone, and rapidfuzz token-set ratio over
    all pairs (the obvious lexical approach);
  * the time to build the full comparison and brief (spaCy parse, quotes, alignment, facts,
    conflicts, reuse, provenance, entities, brief) for the 50 articles, stage by stage.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import wikiref_files, wikiref_label  # noqa: E402


def story_articles(topic: str, n: int):
    from newsprism.clean import annotate
    from newsprism.ingest import read_path
    from newsprism.models import Article

    files = [p for p in wikiref_files() if wikiref_label(p.name) == topic]
    arts = []
    for k, p in enumerate(files):
        for a in read_path(p).articles:
            a.id, a.outlet, a.published = f"w{k}", f"Outlet {k}", f"2026-01-{1 + k % 20:02d}T08:00:00Z"
            arts.append(a)
    k = 0
    while len(arts) < n:
        src = arts[k]
        sents = re.split(r"(?<=[.!?])\s+", src.text)
        text = " ".join(s for i, s in enumerate(sents) if i % 3 != 2)
        arts.append(Article(text=text, id=f"r{k}", outlet=f"Reposter {k}", title=src.title,
                            published=f"2026-01-{2 + k % 20:02d}T09:00:00Z", annotations=annotate(text)))  # fmt: skip
        k += 1
    return arts[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topic", default="malaysia.airlines.flight")
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    import numpy as np
    import torch

    torch.set_num_threads(2)
    from rapidfuzz import fuzz, process
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsprism import compare, nlp, stories
    from newsprism.models import Analysis
    from newsprism.pipeline import _compare_stage, _quotes_stage

    arts = story_articles(args.topic, args.articles)
    words = sum(len(a.text.split()) for a in arts)
    print(f"story: {len(arts)} articles ({args.topic}), {words:,} words")
    nlp.embed(["warm up"], fast=True)  # model load is not part of either figure
    nlp.spacy_nlp()

    spans = {a.id: compare.split_sentences(a) for a in arts}
    texts = [a.text[s.start : s.end] for a in arts for s in spans[a.id]]
    owners = [k for k, a in enumerate(arts) for _ in spans[a.id]]
    n = len(texts)
    print(f"{n:,} content sentences")

    t = time.perf_counter()
    sim = compare.align(texts, owners)
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    m = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    lex = (m @ m.T).toarray()
    t_tfidf = time.perf_counter() - t
    t = time.perf_counter()
    process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=2, dtype=np.uint8)
    t_fuzz = time.perf_counter() - t
    pairs = int((sim >= compare.ALIGN_THRESHOLD).sum() // 2)
    print()
    print("| alignment | sentences/s | seconds | aligned pairs |")
    print("|---|---|---|---|")
    print(f"| newsprism (MiniLM int8 + TF-IDF blend) | {n / t_ours:,.0f} | {t_ours:.2f} | {pairs:,} |")
    print(f"| baseline: TF-IDF cosine only | {n / t_tfidf:,.0f} | {t_tfidf:.2f} | "
          f"{int(((lex >= 0.5).sum() - n) // 2):,} (cos >= 0.5) |")  # fmt: skip
    print(f"| baseline: rapidfuzz token-set ratio, all pairs | {n / t_fuzz:,.0f} | {t_fuzz:.2f} | - |")

    # the full comparison and brief, as the pipeline builds it
    t0 = time.perf_counter()
    sts = stories.cluster_into_stories(arts)
    t1 = time.perf_counter()
    st = max(sts, key=lambda s: len(s.article_ids))
    st.article_ids = [a.id for a in arts]  # compare the whole set as one story
    an = Analysis(articles=arts, stories=[st])
    _quotes_stage(None, an)
    t2 = time.perf_counter()
    _compare_stage(None, an)
    t3 = time.perf_counter()
    comp = an.comparisons[st.id]
    print()
    print(
        f"| 50-article story, {len(sts)} story(ies) found by clustering, {len(st.duplicates)} copies | seconds |"
    )
    print("|---|---|")
    print(f"| clustering (embedding included) | {t1 - t0:.1f} |")
    print(f"| spaCy parse + quotes + cited outlets + cross-outlet quote matching | {t2 - t1:.1f} |")
    print(
        f"| comparison + brief (alignment, facts, conflicts, reuse, provenance, entities) | {t3 - t2:.1f} |"
    )
    print(f"| **total** | **{t3 - t0:.1f}** |")
    print()
    print(f"independent reports {comp.sources}; sentences: {len(comp.by_status('consensus'))} consensus, "
          f"{len(comp.by_status('partial'))} partial, {len(comp.by_status('unique'))} unique; "
          f"{len(comp.conflicts)} conflicts; {sum(r.copy for r in comp.reuse)} copy pairs")  # fmt: skip
    print()
    print(compare.brief_text(comp, st.title)[:2500])


if __name__ == "__main__":
    main()
