"""Train the same-story scorer's heads and write src/newsprism/data/similarity-model.json.

Reproducible (fixed seeds, deterministic models). Reads ../shared/data (never copied here):
  * SemEval-2022 Task 8 train.csv -> the full-text heads (``en``: en-en pairs; ``any``: all pairs;
    ``any_use``: all pairs, with the multilingual USE cosine; ``en_e5``, ``any_e5``: the same
    with the multilingual-e5 cosine too);
  * UCI News Aggregator dev.csv, stories with an even rank only -> the ``headline`` head
    (the odd-rank stories stay unseen, and bench/stories.py reports them separately).

Prints 5-fold cross-validated Pearson r(score, -Overall) so the shipped numbers can be checked.
Run: .venv/bin/python scripts/train_similarity.py [--only-any-use | --only-e5]
(``--only-any-use`` adds or refits the ``any_use`` head in the shipped model, leaving the rest;
``--only-e5`` the ``en_e5`` and ``any_e5`` heads, with the multilingual-e5 cosine.)
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr
from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingRegressor
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import KFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _data import semeval_article, semeval_rows, uci_rows  # noqa: E402
from newsprism.ingest import article_from_json, finish  # noqa: E402
from newsprism.similarity import FEATURES, DocFreq, add_e5, head_for, pair_features, represent  # noqa: E402

OUT = ROOT / "src" / "newsprism" / "data" / "similarity-model.json"
EN_FEATURES = ["cos_title", "cos_text", "cos_full", "cos_cross"]
EN_E5_FEATURES = [*EN_FEATURES, "cos_e5"]
ANY_FEATURES = [f for f in FEATURES if f not in ("cos_use", "cos_e5")]  # articles without USE vectors
ANY_USE_FEATURES = [f for f in FEATURES if f != "cos_e5"]
ANY_E5_FEATURES = list(FEATURES)
HEADLINE_FEATURES = ["cos_title", "tfidf", "names", "numbers"]
# Against a story, the centroid cosine carries the decision; the story's pooled terms and names
# made it worse in ablation (UCI training half), so the join head leaves them out.
JOIN_FEATURES = ["cos_title", "cos_nearest"]
GB = dict(
    n_estimators=300, max_depth=3, learning_rate=0.03, subsample=0.8, min_samples_leaf=15, random_state=0
)
# The ``any_e5`` head averages the boosted trees with randomised trees grown to small leaves: two
# tree families err differently (5-fold CV, all pairs: boosting 0.7965, the average 0.8008; stop 63)
ET = dict(n_estimators=100, min_samples_leaf=5, max_features=0.7, random_state=0, n_jobs=2)


class Blend:
    """The mean of a gradient-boosted and an extremely-randomised forest, both on ``GB``/``ET``."""

    def fit(self, X, y):
        self.gb = GradientBoostingRegressor(**GB).fit(X, y)
        self.et = ExtraTreesRegressor(**ET).fit(X, y)
        return self

    def predict(self, X):
        return (self.gb.predict(X) + self.et.predict(X)) / 2


def articles_from_rows(rows):
    arts = []
    for r in rows:
        for k in ("1", "2"):
            d = semeval_article(r["text" + k], r["lang" + k], f"{r['pair_id']}_{k}")
            arts.append(finish(article_from_json(d), [], "semeval", None))
    return arts


def semeval_features():
    rows = semeval_rows()
    arts = articles_from_rows(rows)
    print(f"SemEval: {len(rows)} pairs, embedding {len(arts)} texts ...", file=sys.stderr)
    reps = represent(arts, multilingual=True)
    add_e5(arts, reps)  # the features of every head; each head reads its own
    df = DocFreq()
    for r in reps:
        df.add(r.terms)
    X = np.vstack([pair_features(reps[2 * i], reps[2 * i + 1], df) for i in range(len(rows))])
    # the head family of each pair as the shipped model without the e5 heads would pick it
    heads = [head_for(reps[2 * i], reps[2 * i + 1]).removesuffix("_e5") for i in range(len(rows))]
    y = np.array([(4.0 - float(r["Overall"])) / 3.0 for r in rows])
    langs = np.array([f"{r['lang1']}-{r['lang2']}" for r in rows])
    return X, y, np.array(heads), langs


def cols(names):
    return [FEATURES.index(f) for f in names]


def fit_en(X, y, features=EN_FEATURES):
    return Ridge(alpha=0.1).fit(X[:, cols(features)], y)


def fit_any(X, y, features=ANY_FEATURES, blend=False):
    model = Blend() if blend else GradientBoostingRegressor(**GB)
    return model.fit(X[:, cols(features)], y)


def predict(models, X, heads, features=ANY_FEATURES, en_features=EN_FEATURES):
    en, any_ = models
    p = any_.predict(X[:, cols(features)])
    m = heads == "en"
    if m.any():
        p[m] = en.predict(X[m][:, cols(en_features)])
    return np.clip(p, 0, 1)


def cross_validate(
    X, y, heads, langs, seeds=(0, 1, 2), features=ANY_FEATURES, by_pair=False, en_features=EN_FEATURES,
    fixed=None, blend=False,
):  # fmt: skip
    """5-fold CV Pearson (three seeds): en-en, all pairs; ``by_pair``: also each language pair.
    ``fixed``: (mask, scores) of pairs a head not fitted here scores (the UCI-trained headline
    head on English headline pairs, as at run time); ``blend``: the ``any`` head is a ``Blend``."""
    en_mask = langs == "en-en"
    res, per = [], defaultdict(list)
    for s in seeds:
        p = np.zeros(len(y))
        for tr, te in KFold(5, shuffle=True, random_state=s).split(X):
            trm = tr[heads[tr] == "en"]
            models = (fit_en(X[trm], y[trm], en_features), fit_any(X[tr], y[tr], features, blend))
            p[te] = predict(models, X[te], heads[te], features, en_features)
        if fixed is not None:
            p[fixed[0]] = fixed[1][fixed[0]]
        res.append((pearsonr(p[en_mask], y[en_mask])[0], pearsonr(p, y)[0]))
        for lp in set(langs):
            m = langs == lp
            if m.sum() >= 20:
                per[lp].append(pearsonr(p[m], y[m])[0])
    if by_pair:
        return np.mean(res, axis=0), {
            lp: (float(np.mean(v)), int((langs == lp).sum())) for lp, v in per.items()
        }
    return np.mean(res, axis=0)


def _tree(est, weight: float) -> dict:
    t = est.tree_
    return {
        "feature": t.feature.tolist(),
        "threshold": [round(float(v), 8) for v in t.threshold],
        "left": t.children_left.tolist(),
        "right": t.children_right.tolist(),
        "value": [round(float(v) * weight, 8) for v in t.value[:, 0, 0]],
    }


def export_trees(model: GradientBoostingRegressor | Blend, features=ANY_FEATURES) -> dict:
    """A head of summed trees: the boosted trees (each times the learning rate) after their
    starting constant; a ``Blend`` halves those and adds each randomised tree over twice their
    count, so the sum is the blend's mean."""
    gb, et = (model.gb, model.et) if isinstance(model, Blend) else (model, None)
    share = 0.5 if et is not None else 1.0
    trees = [_tree(est, gb.learning_rate * share) for est in gb.estimators_[:, 0]]
    if et is not None:
        trees += [_tree(est, share / len(et.estimators_)) for est in et.estimators_]
    return {
        "kind": "trees",
        "features": list(features),
        "baseline": float(gb.init_.constant_[0][0]) * share,
        "trees": trees,
    }


def uci_pairs(seed: int = 0, per_story_pos: int = 60, neg_per_story: int = 120):
    rows = uci_rows()
    stories = sorted({r["STORY"] for r in rows})
    train_stories = set(stories[0::2])
    rows = [r for r in rows if r["STORY"] in train_stories]
    arts = [
        finish(article_from_json({"id": r["ID"], "text": r["TITLE"], "language": "en"}), [], "uci", None)
        for r in rows
    ]
    print(f"UCI headline head: {len(train_stories)} training stories, {len(arts)} headlines", file=sys.stderr)
    reps = represent(arts, multilingual=True)
    df = DocFreq()
    for r in reps:
        df.add(r.terms)
    by_story = defaultdict(list)
    for i, r in enumerate(rows):
        by_story[r["STORY"]].append(i)
    rng = random.Random(seed)
    T = np.vstack([r.title_vec for r in reps])
    pairs, labels = [], []
    for _story, idx in sorted(by_story.items()):
        pos = [(a, b) for k, a in enumerate(idx) for b in idx[k + 1 :]]
        rng.shuffle(pos)
        for a, b in pos[:per_story_pos]:
            pairs.append((a, b))
            labels.append(1)
        others = np.array([j for j in range(len(rows)) if rows[j]["STORY"] != rows[idx[0]]["STORY"]])
        for a in rng.sample(idx, min(len(idx), 20)):
            sims = T[others] @ T[a]
            hard = others[np.argsort(-sims)[: neg_per_story // 40]]  # hardest negatives
            easy = rng.sample(list(others), neg_per_story // 40)
            for b in list(hard) + easy:
                pairs.append((a, int(b)))
                labels.append(0)
    X = np.vstack([pair_features(reps[a], reps[b], df) for a, b in pairs])
    return X, np.array(labels)


def tune_join_threshold(seeds=(0, 1, 2)) -> tuple[float, float]:
    """The join threshold maximising B-cubed F1 of online clustering on the training stories
    (shuffled, no dates; three orders)."""
    from _data import bcubed
    from newsprism.similarity import load_model
    from newsprism.stories import ClusterConfig, OnlineClusterer

    load_model.cache_clear()
    rows = uci_rows()
    stories = sorted({r["STORY"] for r in rows})
    rows = [r for r in rows if r["STORY"] in set(stories[0::2])]
    arts = [
        finish(article_from_json({"id": r["ID"], "text": r["TITLE"], "language": "en"}), [], "uci", None)
        for r in rows
    ]
    reps = represent(arts, fast=True)
    gold = {r["ID"]: r["STORY"] for r in rows}
    results = []
    for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
        fs = []
        for seed in seeds:
            idx = list(range(len(arts)))
            random.Random(seed).shuffle(idx)
            eng = OnlineClusterer(ClusterConfig(threshold=t))
            asg = eng.add_batch([arts[i] for i in idx], [reps[i] for i in idx])
            fs.append(bcubed({a.id: a.story_id for a in asg}, gold)[2])
        results.append((float(np.mean(fs)), t))
    f, t = max(results)
    return t, f


def add_any_use(X, y, heads, langs) -> None:
    """Fit the ``any_use`` head (all pairs, USE cosine included) into the shipped model."""
    (cv_en, cv_all), per = cross_validate(X, y, heads, langs, features=ANY_FEATURES, by_pair=True)
    (_, cv_use), per_use = cross_validate(X, y, heads, langs, features=ANY_USE_FEATURES, by_pair=True)
    print(f"SemEval 5-fold CV (3 seeds), all pairs: any {cv_all:.4f}, any_use {cv_use:.4f}")
    for lp in sorted(per, key=lambda k: -per[k][1]):
        print(f"  {lp:6s} {per[lp][1]:5d} pairs: any {per[lp][0]:.3f}  any_use {per_use[lp][0]:.3f}")
    spec = json.loads(OUT.read_text())
    spec["features"] = list(FEATURES)
    spec["any_use"] = export_trees(fit_any(X, y, ANY_USE_FEATURES), ANY_USE_FEATURES)
    spec["cv"]["semeval_all_any_use"] = round(float(cv_use), 4)
    spec["trained_on"] = spec["trained_on"].replace("(en, any)", "(en, any, any_use)")
    OUT.write_text(json.dumps(spec, separators=(",", ":")))
    print(f"wrote any_use into {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")


def add_e5_heads(X, y, heads, langs) -> None:
    """Fit the ``en_e5`` and ``any_e5`` heads (the e5 cosine beside the ``en`` and ``any_use``
    features) into the shipped model, printing the cross-validation of both configurations."""
    from newsprism.similarity import ScoreModel

    spec = json.loads(OUT.read_text())
    english_headlines = (heads == "headline") & (langs == "en-en")
    fixed = (english_headlines, ScoreModel(spec).predict("headline", X))
    _, cv_any = cross_validate(X, y, heads, langs, features=ANY_FEATURES, fixed=fixed)
    (cv_en, cv_all), per = cross_validate(
        X, y, heads, langs, features=ANY_USE_FEATURES, by_pair=True, fixed=fixed
    )
    (cv_en5, cv_all5), per5 = cross_validate(
        X, y, heads, langs, features=ANY_E5_FEATURES, by_pair=True, en_features=EN_E5_FEATURES, fixed=fixed,
        blend=True,
    )  # fmt: skip
    _, cv_all5_gb = cross_validate(
        X, y, heads, langs, features=ANY_E5_FEATURES, en_features=EN_E5_FEATURES, fixed=fixed
    )
    print(
        "SemEval 5-fold CV (3 seeds; English headline pairs scored by the headline head, other pairs"
        f" by the fitted heads): en-en {cv_en:.4f} -> {cv_en5:.4f}, all pairs {cv_all:.4f} -> {cv_all5:.4f}"
        f" (any head, no USE: {cv_any:.4f}; any_e5 as boosted trees alone: {cv_all5_gb:.4f})"
    )
    for lp in sorted(per, key=lambda k: -per[k][1]):
        print(f"  {lp:6s} {per[lp][1]:5d} pairs: en/any_use {per[lp][0]:.3f}  en_e5/any_e5 {per5[lp][0]:.3f}")
    spec["features"] = list(FEATURES)
    en = fit_en(X[heads == "en"], y[heads == "en"], EN_E5_FEATURES)
    spec["en_e5"] = {
        "kind": "linear",
        "features": EN_E5_FEATURES,
        "coef": en.coef_.tolist(),
        "intercept": float(en.intercept_),
    }
    spec["any_e5"] = export_trees(fit_any(X, y, ANY_E5_FEATURES, blend=True), ANY_E5_FEATURES)
    spec["cv"].update(
        semeval_en_en_e5=round(float(cv_en5), 4),
        semeval_all_e5=round(float(cv_all5), 4),
        semeval_en_en_now=round(float(cv_en), 4),
        semeval_all_any_use_now=round(float(cv_all), 4),
        semeval_all_any_now=round(float(cv_any), 4),
        semeval_all_e5_boosted_only=round(float(cv_all5_gb), 4),
    )
    if "en_e5" not in spec["trained_on"]:
        spec["trained_on"] = spec["trained_on"].replace(
            "(en, any, any_use)", "(en, any, any_use, en_e5, any_e5)"
        )
    OUT.write_text(json.dumps(spec, separators=(",", ":")))
    print(f"wrote en_e5, any_e5 into {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")


def main() -> None:
    X, y, heads, langs = semeval_features()
    if "--only-any-use" in sys.argv[1:]:
        add_any_use(X, y, heads, langs)
        return
    if "--only-e5" in sys.argv[1:]:
        add_e5_heads(X, y, heads, langs)
        return
    cv_en, cv_all = cross_validate(X, y, heads, langs)
    print(f"SemEval 5-fold CV (3 seeds): en-en Pearson {cv_en:.4f}, all pairs {cv_all:.4f}")
    en_mask = heads == "en"
    en_model, any_model = fit_en(X[en_mask], y[en_mask]), fit_any(X, y)

    Xh, yh = uci_pairs()
    hl = LogisticRegression(C=1.0, max_iter=1000).fit(Xh[:, cols(HEADLINE_FEATURES)], yh)
    acc = hl.score(Xh[:, cols(HEADLINE_FEATURES)], yh)
    print(f"headline head: {len(yh)} pairs ({yh.mean():.2f} positive), training accuracy {acc:.3f}")

    spec = {
        "version": 1,
        "threshold": 0.5,
        "features": list(FEATURES),
        "trained_on": "SemEval-2022 Task 8 train (en, any); UCI News Aggregator dev, even-rank stories (headline)",
        "cv": {"semeval_en_en": round(float(cv_en), 4), "semeval_all": round(float(cv_all), 4)},
        "en": {
            "kind": "linear",
            "features": EN_FEATURES,
            "coef": en_model.coef_.tolist(),
            "intercept": float(en_model.intercept_),
        },
        "any": export_trees(any_model),
        "headline": {
            "kind": "logistic",
            "features": HEADLINE_FEATURES,
            "coef": hl.coef_[0].tolist(),
            "intercept": float(hl.intercept_[0]),
        },
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(spec, separators=(",", ":")))  # the join pass below loads the pair heads
    from newsprism.similarity import load_model

    load_model.cache_clear()
    # The headline join head: w * (cosine to the story's nearest recent member) + (1 - w) * (cosine
    # to its centroid), with w and the decision point chosen by clustering the training stories
    # for real. The decision is argmax-then-threshold against starting a new story, so a
    # per-candidate classifier's calibration is the wrong target (a logistic head did worse).
    best = None
    for w in (0.0, 0.2, 0.3, 0.4, 0.5, 0.7):
        spec["join_headline"] = {
            "kind": "linear",
            "features": JOIN_FEATURES,
            "coef": [1 - w, w],
            "intercept": 0.0,
        }
        OUT.write_text(json.dumps(spec, separators=(",", ":")))
        t, f = tune_join_threshold()
        print(
            f"  join weight {w:.1f}: best threshold {t:.2f}, training-half B-cubed F1 {f:.4f}",
            file=sys.stderr,
        )
        if best is None or f > best[0]:
            best = (f, w, t)
    best_f, w, best_t = best
    # shift so that the documented 0.35 is the decision point found here; a feature weighted 0 is
    # left out, so the clusterer does not compute it
    kept = [(f, c) for f, c in zip(JOIN_FEATURES, (1 - w, w), strict=True) if c]
    spec["join_headline"] = {
        "kind": "linear",
        "features": [f for f, _ in kept],
        "coef": [c for _, c in kept],
        "intercept": 0.35 - best_t,
    }
    spec["cv"]["uci_train_half_bcubed_f1"] = round(best_f, 4)
    print(
        f"join head: weight {w:.1f} on the nearest member, decision at {best_t:.2f} (training-half B-cubed F1 {best_f:.4f})"
    )
    OUT.write_text(json.dumps(spec, separators=(",", ":")))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    add_any_use(X, y, heads, langs)
    add_e5_heads(X, y, heads, langs)


if __name__ == "__main__":
    main()
