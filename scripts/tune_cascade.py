"""Choose the stories cascade's undecided band on the UCI training-half stories.

  python scripts/tune_cascade.py [--seeds 0 1]

The cascade (:mod:`newsprism.stories`, step 3) decides an article from static vectors alone when
its best cheap score is below ``cheap_low`` (a new story) or at least ``cheap_high`` (join), and
calls MiniLM in between. A wider band calls MiniLM more and agrees with it more. This clusters the
even-rank UCI News Aggregator dev stories (the half the headline head was trained on; the odd half
stays unseen) in shuffled orders, for a grid of bands, and prints B-cubed F1 and the share of
articles MiniLM embedded beside MiniLM for every article (``cascade=False``). The rule: the band
with the fewest MiniLM calls whose mean F1 is within ``--tolerance`` (0.015) of MiniLM's.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

LOWS = (0.25, 0.3, 0.35, 0.4)
HIGHS = (0.5, 0.55, 0.6, 0.65, 0.7)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--tolerance", type=float, default=0.015)
    a = ap.parse_args()
    from _data import bcubed, uci_rows
    from newsprism.ingest import article_from_json, finish
    from newsprism.similarity import represent
    from newsprism.stories import ClusterConfig, OnlineClusterer

    rows = uci_rows()
    train = set(sorted({r["STORY"] for r in rows})[0::2])
    rows = [r for r in rows if r["STORY"] in train]
    arts = [
        finish(article_from_json({"id": r["ID"], "text": r["TITLE"], "language": "en"}), [], "uci", None)
        for r in rows
    ]
    gold = {r["ID"]: r["STORY"] for r in rows}
    orders = []
    for seed in a.seeds:
        idx = list(range(len(arts)))
        random.Random(seed).shuffle(idx)
        orders.append(idx)

    def run(cfg: ClusterConfig) -> tuple[float, float]:
        fs, used = [], []
        for idx in orders:
            eng = OnlineClusterer(cfg)
            reps = represent([arts[i] for i in idx], fast=True, int8=False, cheap=cfg.cascade)
            asg = eng.add_batch([arts[i] for i in idx], reps)
            fs.append(bcubed({x.id: x.story_id for x in asg}, gold)[2])
            used.append(eng.transformer_calls / len(idx) if cfg.cascade else 1.0)
        return float(np.mean(fs)), float(np.mean(used))

    base, _ = run(ClusterConfig(cascade=False, int8=False))
    print(f"UCI training half: {len(arts)} headlines, {len(train)} stories; MiniLM for all: F1 {base:.4f}")
    print(f"{'low':>6}{'high':>6}{'F1':>8}{'MiniLM share':>14}")
    best = None
    for lo in LOWS:
        for hi in HIGHS:
            f, used = run(ClusterConfig(cascade=True, cheap_low=lo, cheap_high=hi))
            print(f"{lo:>6.2f}{hi:>6.2f}{f:>8.4f}{used:>14.3f}")
            if f >= base - a.tolerance and (best is None or used < best[0]):
                best = (used, lo, hi, f)
    if best is None:
        print("no band within the tolerance")
    else:
        print(
            f"chosen: cheap_low={best[1]}, cheap_high={best[2]} (F1 {best[3]:.4f}, MiniLM share {best[0]:.3f})"
        )


if __name__ == "__main__":
    main()
