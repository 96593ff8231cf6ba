"""Stories benchmarks: same-story scoring and online clustering, each beside baselines run here.

  python bench/stories.py semeval     Pearson r(score, -Overall), SemEval-2022 Task 8 train.csv
  python bench/stories.py uci         B-cubed of `cluster` on UCI headlines (shuffled, no dates)
  python bench/stories.py wikiref     B-cubed of `cluster` on WikiRef220 full texts (topic gold)
  python bench/stories.py throughput  articles/s of `cluster`, all NLP included, 2 cores
  python bench/stories.py scale       per-article cost and peak memory at 10k / 100k / 1M
  python bench/stories.py all         the first four

Data is read from ../shared/data (NEWSPRISM_SHARED to override); absent data -> SKIP.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT, bcubed, semeval_article, semeval_rows, uci_rows, wikiref_files, wikiref_label  # noqa: E402
from newsprism import nlp  # noqa: E402
from newsprism.ingest import article_from_json, finish, read_path  # noqa: E402
from newsprism.models import Article  # noqa: E402
from newsprism.stories import ClusterConfig, cluster  # noqa: E402

OUT = ROOT / "bench" / "out"


def _art(d: dict) -> Article:
    return finish(article_from_json(d), [], "bench", None)


def _tfidf_matrix(texts: list[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(sublinear_tf=True).fit_transform(texts)


def _row(name: str, *vals) -> None:
    print(f"  {name:44s}" + "".join(f"{v:>10.4f}" if isinstance(v, float) else f"{v!s:>10}" for v in vals))


# --------------------------------------------------------------------------- SemEval


def bench_semeval() -> dict:
    from newsprism.similarity import DocFreq, represent_pairs, score_pairs

    rows = semeval_rows()
    arts = [
        _art(semeval_article(r["text" + k], r["lang" + k], f"{r['pair_id']}_{k}")) for r in rows for k in "12"
    ]
    y = np.array([-float(r["Overall"]) for r in rows])
    en = np.array([r["lang1"] == r["lang2"] == "en" for r in rows])
    t0 = time.perf_counter()
    reps = represent_pairs(arts)  # what `newsprism similarity` does
    df = DocFreq()
    for r in reps:
        df.add(r.terms)
    ours = score_pairs([(reps[2 * i], reps[2 * i + 1]) for i in range(len(rows))], df)
    dt = time.perf_counter() - t0
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "semeval-pred.jsonl", "w") as f:
        for r, s in zip(rows, ours, strict=True):
            f.write(json.dumps({"pair_id": r["pair_id"], "score": float(s)}) + "\n")
    raw = [r["text" + k].strip() for r in rows for k in "12"]
    X = _tfidf_matrix(raw)
    tf = np.asarray(X[0::2].multiply(X[1::2]).sum(1)).ravel()
    E = nlp.embed(raw, max_tokens=256)
    mini = (E[0::2] * E[1::2]).sum(1)
    spec = json.loads((ROOT / "src/newsprism/data/similarity-model.json").read_text())
    print(f"SemEval-2022 Task 8 train.csv: {len(rows)} pairs ({en.sum()} en-en); Pearson r(score, -Overall)")
    _row("", "en-en", "all")
    _row("TF-IDF cosine (baseline)", pearsonr(tf[en], y[en])[0], pearsonr(tf, y)[0])
    _row("MiniLM cosine, 256 tokens (baseline)", pearsonr(mini[en], y[en])[0], pearsonr(mini, y)[0])
    _row("newsprism, shipped model (in-sample)", pearsonr(ours[en], y[en])[0], pearsonr(ours, y)[0])
    cv = spec["cv"]  # (scripts/train_similarity.py writes these with the e5 heads)
    _row("newsprism, 5-fold CV (train script)", cv["semeval_en_en_e5"], cv["semeval_all_e5"])
    _row("  the same without e5 (en, any_use heads)", cv["semeval_en_en_now"], cv["semeval_all_any_use_now"])
    _row("  the same without USE or e5 (any head)", cv["semeval_en_en_now"], cv["semeval_all_any_now"])
    print(
        f"  scoring time {dt:.1f} s for {len(rows)} pairs ({len(arts) / dt:.1f} articles/s, fp32, 3 MiniLM views, e5)"
    )
    langs = np.array([f"{r['lang1']}-{r['lang2']}" for r in rows])
    cross = langs != np.array([f"{r['lang1']}-{r['lang1']}" for r in rows])
    _row("newsprism, shipped model (in-sample), cross-lingual", "", pearsonr(ours[cross], y[cross])[0])
    for lp in sorted(set(langs[cross]), key=lambda k: -(langs == k).sum()):
        m = langs == lp
        if m.sum() >= 20:
            _row(f"  {lp} ({m.sum()} pairs)", "", pearsonr(ours[m], y[m])[0])
    return {"en_en": float(pearsonr(ours[en], y[en])[0]), "all": float(pearsonr(ours, y)[0])}


# --------------------------------------------------------------------------- clustering baselines


def single_pass(vecs: np.ndarray, threshold: float) -> list[int]:
    """Baseline: each item joins the most similar centroid above ``threshold`` or starts one."""
    cents: list[np.ndarray] = []
    sums: list[np.ndarray] = []
    labels = []
    for v in vecs:
        if cents:
            sims = np.asarray(cents) @ v
            j = int(np.argmax(sims))
            if sims[j] >= threshold:
                sums[j] = sums[j] + v
                cents[j] = sums[j] / np.linalg.norm(sums[j])
                labels.append(j)
                continue
        sums.append(v.copy())
        cents.append(v / (np.linalg.norm(v) or 1))
        labels.append(len(cents) - 1)
    return labels


def agglomerative(X, threshold: float) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering

    X = X.toarray() if hasattr(X, "toarray") else X
    return (
        AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        )
        .fit_predict(X)
        .tolist()
    )


def _score(labels, ids, gold) -> tuple[float, float, float]:
    return bcubed({i: str(label) for i, label in zip(ids, labels, strict=True)}, gold)


def _baselines(texts: list[str], ids: list[str], gold: dict, vecs: np.ndarray) -> None:
    X = _tfidf_matrix(texts)
    for name, fn in (
        ("MiniLM single-pass online (cos>=t)", lambda t: single_pass(vecs, t)),
        ("MiniLM agglomerative, average (offline)", lambda t: agglomerative(vecs, 1 - t)),
        ("TF-IDF agglomerative, average (offline)", lambda t: agglomerative(X, 1 - t)),
    ):
        best = max(
            ((t, _score(fn(t), ids, gold)) for t in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)),
            key=lambda x: x[1][2],
        )
        _row(f"{name}, best t={best[0]}", *best[1])


def _cluster_scored(
    arts: list[Article], gold: dict[str, str], config: ClusterConfig | None = None
) -> tuple[dict[str, str], tuple, float]:
    """newsprism's online clustering of ``arts``: predicted story per id, B-cubed, seconds."""
    t0 = time.perf_counter()
    pred = {a.id: a.story_id for a in cluster(arts, config)}
    return pred, bcubed(pred, gold), time.perf_counter() - t0


def _cascade_row(arts: list[Article], gold: dict[str, str], name: str) -> dict[str, str]:
    """The same clustering with ``--cascade`` (static vectors first), in the same run."""
    pred, (P, R, F), dt = _cluster_scored(arts, gold, ClusterConfig(cascade=True))
    _row(name, P, R, F)
    print(f"  --cascade: {len(set(pred.values()))} stories predicted; {dt:.1f} s")
    return pred


def _baseline_table(header: str, texts: list[str], ids: list[str], gold: dict, max_tokens: int) -> None:
    print(header)
    _row("", "P", "R", "F1")
    _baselines(texts, ids, gold, nlp.embed(texts, max_tokens=max_tokens))


def bench_uci(seed: int = 13) -> dict:
    rows = uci_rows()
    random.Random(seed).shuffle(rows)  # shuffled order, no dates: as the held-out check does
    arts = [
        _art({"id": r["ID"], "text": r["TITLE"], "outlet": r["PUBLISHER"], "language": "en"}) for r in rows
    ]
    gold = {r["ID"]: r["STORY"] for r in rows}
    stories = sorted(set(gold.values()))
    unseen = set(stories[1::2])  # odd-rank stories: never seen by the headline head's training
    pred, (P, R, F), dt = _cluster_scored(arts, gold)
    _baseline_table(
        f"UCI News Aggregator dev: {len(rows)} headlines, {len(stories)} stories, shuffled (seed {seed}), no dates; B-cubed",
        [r["TITLE"] for r in rows], [r["ID"] for r in rows], gold, 48,
    )  # fmt: skip
    _row("newsprism cluster (online), all stories", P, R, F)
    sub = {i: g for i, g in gold.items() if g in unseen}
    Pu, Ru, Fu = bcubed({i: pred[i] for i in sub}, sub)
    _row("newsprism cluster, unseen-story half only", Pu, Ru, Fu)
    cpred = _cascade_row(arts, gold, "newsprism cluster --cascade, all stories")
    _row("newsprism cluster --cascade, unseen half", *bcubed({i: cpred[i] for i in sub}, sub))
    print(
        f"  {len(set(pred.values()))} stories predicted; {dt:.1f} s ({len(rows) / dt:.0f} headlines/s incl. embedding)"
    )
    return {"P": P, "R": R, "F1": F, "F1_unseen": Fu}


def bench_wikiref() -> dict:
    files = wikiref_files()
    arts, gold, problems = [], {}, 0
    for p in files:
        res = read_path(p)
        problems += sum(pr.level == "error" for pr in res.problems)
        for a in res.articles:
            arts.append(a)
            gold[a.id] = wikiref_label(p.name)
    pred, (P, R, F), dt = _cluster_scored(arts, gold)
    _baseline_table(
        f"WikiRef220: {len(arts)} articles read from {len(files)} files ({problems} errors), {len(set(gold.values()))} topics; B-cubed",
        [(a.title or "") + "\n" + a.text for a in arts], [a.id for a in arts], gold, 256,
    )  # fmt: skip
    _row("newsprism cluster (online)", P, R, F)
    _cascade_row(arts, gold, "newsprism cluster --cascade")
    print(
        f"  {len(set(pred.values()))} stories predicted; {dt:.1f} s ({len(arts) / dt:.0f} articles/s incl. embedding)"
    )
    return {"P": P, "R": R, "F1": F}


def main(argv: list[str]) -> None:
    what = argv[1] if len(argv) > 1 else "all"
    jobs = {"semeval": bench_semeval, "uci": bench_uci, "wikiref": bench_wikiref}
    if what in ("throughput", "scale"):
        import scale_stories

        getattr(scale_stories, what)()
        return
    for name, fn in jobs.items():
        if what in (name, "all"):
            fn()
            print()


if __name__ == "__main__":
    main(sys.argv)
