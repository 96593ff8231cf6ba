"""Story briefs against human summaries: ROUGE on DUC 2007, beside LexRank, TextRank and lead-3.

  python bench/brief.py [--days 7] [--resamples 10000]

For each of the 19 DUC 2007 topics with human summaries (../shared/data/duc2007-main), the
topic's densest window of ``--days`` days (the most articles) is the story, as a user following
the news would see it. All 19 windows go through `newsprism analyze` (the command users run) in
one store; each topic's story is the one holding most of its window's articles, and its brief is
the ``brief.sentences`` of the JSON report (the text only: no outlet names, no datelines).

Baselines, computed in the same run on the same story's articles, from the same sentences
(``newsprism.compare.sentences.split_sentences``, datelines trimmed as the brief trims them), each
cut to the brief's length in words:
  * lead-3: the first sentences of the story's earliest article;
  * LexRank (Erkan & Radev 2004): TF-IDF cosine graph, threshold 0.1, power iteration; top
    sentences, skipping any with cosine > 0.5 to one already taken;
  * TextRank (Mihalcea & Tarau 2004): word-overlap similarity normalised by log lengths,
    PageRank with d = 0.85; the same selection.
LexRank and TextRank are written here (a few lines each over scikit-learn's TF-IDF) because the
packaged implementations (sumy) need NLTK data downloaded at run time.

Score: ROUGE-1 and ROUGE-2 F1 with Porter stemming (Google's ``rouge-score``), averaged over a
topic's human summaries, then over topics. A paired bootstrap over topics (``--resamples``) gives a
95% interval for newsprism minus each baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, need, scratch  # noqa: E402
from living import cpu  # noqa: E402

CLI = [str(Path(sys.executable).parent / "newsprism")]


def densest_window(arts: list[dict], days: int) -> list[dict]:
    """The articles of the ``days``-day window (starting at an article's date) holding the most."""
    dated = sorted(arts, key=lambda a: a["published"])
    when = [datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in dated]
    best = (0, 0)
    j = 0
    for i in range(len(dated)):
        while j < len(dated) and when[j] < when[i] + timedelta(days=days):
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
    return dated[best[0] : best[1]]


def sentences_of(art: dict) -> list[str]:
    from newsprism.compare.brief import DATELINE, one_line
    from newsprism.compare.sentences import split_sentences
    from newsprism.ingest import article_from_json, finish

    a = finish(article_from_json(art), [], "bench", None)
    out = []
    for sp in split_sentences(a):
        t = a.text[sp.start : sp.end]
        m = DATELINE.match(t)
        t = one_line(t[m.end() :] if m else t)
        if len(t.split()) >= 5:
            out.append(t)
    return out


def cut(sents: list[str], words: int) -> str:
    """Sentences in order, cut to ``words`` words."""
    return " ".join(" ".join(sents).split()[:words])


def rank_select(sents: list[str], sim: np.ndarray, words: int, tfidf_sim: np.ndarray) -> str:
    """PageRank (d = 0.85) over ``sim``; the best sentences, skipping near-repeats, to ``words``."""
    n = len(sents)
    if n == 0:
        return ""
    w = sim.copy()
    np.fill_diagonal(w, 0.0)
    rows = w.sum(axis=1, keepdims=True)
    p = np.where(rows > 0, w / np.where(rows > 0, rows, 1), 1.0 / n)
    r = np.full(n, 1.0 / n)
    for _ in range(100):
        r = 0.15 / n + 0.85 * p.T @ r
    chosen: list[int] = []
    total = 0
    for i in np.argsort(-r, kind="stable"):
        if any(tfidf_sim[i, j] > 0.5 for j in chosen):
            continue
        chosen.append(int(i))
        total += len(sents[i].split())
        if total >= words:
            break
    return cut([sents[i] for i in chosen], words)


def lexrank(sents: list[str], words: int, cos: np.ndarray) -> str:
    return rank_select(sents, (cos > 0.1).astype(float), words, cos)


def textrank(sents: list[str], words: int, cos: np.ndarray) -> str:
    toks = [set(re.findall(r"\w+", s.lower())) for s in sents]
    n = len(sents)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            denom = np.log(len(toks[i]) + 1) + np.log(len(toks[j]) + 1)
            sim[i, j] = sim[j, i] = len(toks[i] & toks[j]) / denom if denom > 0 else 0.0
    return rank_select(sents, sim, words, cos)


def bootstrap(diff: np.ndarray, resamples: int, seed: int = 0) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(diff), size=(resamples, len(diff)))
    means = diff[idx].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def run_analyze(windows: dict[str, list[dict]], work: Path) -> dict:
    src = work / "windows.jsonl"
    with src.open("w") as f:
        for arts in windows.values():
            for a in arts:
                f.write(json.dumps(a) + "\n")
    report = work / "report.json"
    subprocess.run(
        [*CLI, "analyze", str(src), "--db", str(work / "duc.db"), "--out", str(report), "--quiet"], check=True
    )
    return json.loads(report.read_text())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--resamples", type=int, default=10000)
    ap.add_argument("--show", action="store_true", help="print each topic's brief and LexRank summary")
    a = ap.parse_args()
    from rouge_score import rouge_scorer
    from sklearn.feature_extraction.text import TfidfVectorizer

    base = SHARED / "duc2007-main"
    arts = {r["id"]: r for r in map(json.loads, need(base / "articles.jsonl").open())}
    topic_of = dict(line.rstrip("\n").split("\t") for line in (base / "topics.tsv").open() if "\t" in line)
    refs: dict[str, list[str]] = defaultdict(list)
    for r in map(json.loads, (base / "references.jsonl").open()):
        refs[r["topic"]].append(r["text"])
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for aid, t in topic_of.items():
        if aid in arts and t in refs:
            by_topic[t].append(arts[aid])
    windows = {t: densest_window(v, a.days) for t, v in sorted(by_topic.items())}
    work = scratch("np-brief-")
    t0 = time.perf_counter()
    rep = run_analyze(windows, work)
    wall = time.perf_counter() - t0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    systems = ["newsprism", "LexRank", "TextRank", "lead-3"]
    scores: dict[str, dict[str, list[float]]] = {s: {"rouge1": [], "rouge2": []} for s in systems}
    by_id = {x["id"]: x for x in rep["articles"]}
    lengths = []
    for t, win in windows.items():
        ids = {x["id"] for x in win}
        story = max(rep["stories"], key=lambda s: len(ids & set(s["article_ids"])))
        comp = rep["comparisons"].get(story["id"])
        mine = " ".join(s["text"] for s in comp["brief"]["sentences"]) if comp else ""
        words = max(1, len(mine.split()))
        lengths.append(words)
        story_arts = sorted(
            (by_id[i] for i in story["article_ids"] if i in by_id), key=lambda x: x.get("published") or ""
        )
        sents = [s for x in story_arts for s in sentences_of(x)]
        cos = np.zeros((0, 0))
        if sents:
            m = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sents)
            cos = (m @ m.T).toarray()
        outs = {
            "newsprism": mine,
            "LexRank": lexrank(sents, words, cos),
            "TextRank": textrank(sents, words, cos),
            "lead-3": cut(sentences_of(story_arts[0])[:3], words) if story_arts else "",
        }
        for name, summ in outs.items():
            for k in ("rouge1", "rouge2"):
                scores[name][k].append(float(np.mean([scorer.score(r, summ)[k].fmeasure for r in refs[t]])))
        if a.show:
            r1 = {n: scores[n]["rouge1"][-1] for n in ("newsprism", "LexRank")}
            print(f"\n## {t} ({len(story['article_ids'])} articles of {len(win)} in the window)", end=" ")
            print(f"ROUGE-1 newsprism {r1['newsprism']:.4f}, LexRank {r1['LexRank']:.4f}")
            print("newsprism:", mine[:600])
            print("LexRank:  ", outs["LexRank"][:600])
    print(f"CPU: {cpu()}")
    print(
        f"DUC 2007: {len(windows)} topics with human summaries, densest {a.days}-day window each, "
        f"{sum(len(w) for w in windows.values())} articles; analyze {wall:.0f} s; "
        f"brief length: median {int(np.median(lengths))} words (every system cut to it)"
    )
    print(f"{'system':<12}{'ROUGE-1 F1':>12}{'ROUGE-2 F1':>12}")
    for s in systems:
        print(f"{s:<12}{np.mean(scores[s]['rouge1']):>12.4f}{np.mean(scores[s]['rouge2']):>12.4f}")
    print(f"paired bootstrap over topics ({a.resamples} resamples), newsprism minus baseline, 95% interval:")
    for s in systems[1:]:
        for k in ("rouge1", "rouge2"):
            d = np.array(scores["newsprism"][k]) - np.array(scores[s][k])
            lo, hi = bootstrap(d, a.resamples)
            print(f"  vs {s:<9} {k}: {d.mean():+.4f}  [{lo:+.4f}, {hi:+.4f}]")
    # how much the interval's low end owes to the resampling itself, and topic by topic
    d = np.array(scores["newsprism"]["rouge1"]) - np.array(scores["LexRank"]["rouge1"])
    lows = [bootstrap(d, a.resamples, seed)[0] for seed in range(10)]
    print(
        f"vs LexRank rouge1: low end over bootstrap seeds 0-9 {min(lows):+.4f} to {max(lows):+.4f}; "
        f"newsprism ahead on {int((d > 0).sum())} of {len(d)} topics"
    )


if __name__ == "__main__":
    main()
