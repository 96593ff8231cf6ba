"""Throughput and scale of `cluster` (imported by bench/stories.py: `throughput`, `scale`).

throughput: end to end, all NLP included (read + clean + language + embeddings + clustering),
  on UCI headlines (text = TITLE) and on WikiRef220 full articles read from their files, on this
  machine's 2 cores; beside it, the MiniLM single-pass baseline (embedding + centroid scan).
scale: the clustering engine alone (the per-article NLP cost is constant and measured by
  `throughput`) on streams of 10k, 100k and 1M articles built from the UCI headlines: the 2,622
  real headline representations are repeated with a small Gaussian perturbation of their
  embeddings (sigma 0.02, renormalised), a per-copy marker in the text (so copies are not exact
  repeats), and dates shifted 8 days per repetition (so a repetition's stories close, as in a
  months-long archive with the default 7-day window). Each size runs in its own process for a
  clean peak-memory reading; the per-article cost is the mean over the stream's last 10k.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import uci_rows, wikiref_files  # noqa: E402
from newsprism import nlp  # noqa: E402
from newsprism.ingest import article_from_json, detect_language, finish, read_path  # noqa: E402
from newsprism.similarity import represent  # noqa: E402
from newsprism.stories import OnlineClusterer, cluster  # noqa: E402


def _rate(n: int, dt: float) -> str:
    return f"{n / dt:8.1f}/s"


def throughput() -> None:
    import stories as bench

    rows = uci_rows()
    random.Random(1).shuffle(rows)
    nlp.embedder(True)
    nlp.embedder(False)  # model loading is not counted
    detect_language("warm up the language identifier")  # nor is the language model's
    t0 = time.perf_counter()
    arts = [
        finish(
            article_from_json({"id": r["ID"], "text": r["TITLE"], "outlet": r["PUBLISHER"]}), [], "b", None
        )
        for r in rows
    ]
    cluster(arts)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    bench.single_pass(nlp.embed([r["TITLE"] for r in rows], max_tokens=48), 0.4)
    db = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp.embed([r["TITLE"] for r in rows], max_tokens=96, fast=True)
    de = time.perf_counter() - t0
    print("cluster throughput, 2 cores, all NLP included (model load excluded)")
    print(
        f"  headlines (UCI, {len(rows)}):      newsprism {_rate(len(rows), dt)}   MiniLM single-pass baseline {_rate(len(rows), db)}"
    )
    print(f"    ceiling: newsprism's int8 MiniLM embedding alone, nothing else {_rate(len(rows), de)}")
    files = wikiref_files()
    t0 = time.perf_counter()
    arts = [a for p in files for a in read_path(p).articles]
    cluster(arts)
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    texts = [p.read_bytes().decode("utf-8", "replace") for p in files]
    bench.single_pass(nlp.embed(texts, max_tokens=256), 0.4)
    db = time.perf_counter() - t0
    print(
        f"  full articles (WikiRef, {len(arts)}): newsprism {_rate(len(arts), dt)}   MiniLM single-pass baseline {_rate(len(arts), db)}"
    )


def _perturb(v: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    w = v + rng.normal(0, 0.02, v.shape)
    return (w / np.linalg.norm(w)).astype(np.float32)


def _stream_worker(n: int) -> None:
    rows = uci_rows()
    base = [finish(article_from_json({"id": r["ID"], "text": r["TITLE"]}), [], "b", None) for r in rows]
    reps = represent(base, fast=True)
    rng = np.random.default_rng(0)
    t0_date = datetime(2020, 1, 1, tzinfo=UTC)
    eng = OnlineClusterer()
    order = list(range(len(base)))
    times = []
    done = 0
    k = 0
    while done < n:
        random.Random(k).shuffle(order)
        arts, rs = [], []
        for j, i in enumerate(order[: n - done]):
            a, r = base[i], reps[i]
            when = t0_date + timedelta(days=8 * k, seconds=j * 200)
            arts.append(
                a.__class__(
                    text=f"{a.text} ({k})",
                    id=f"{a.id}-{k}",
                    published=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    language="en",
                )
            )
            tv = _perturb(r.text_vec, rng)
            rs.append(r.__class__(title_vec=tv, text_vec=tv, full_vec=tv, terms=r.terms, names=r.names, nums=r.nums,
                                  lang=r.lang, n_words=r.n_words, headline_only=r.headline_only))  # fmt: skip
        t = time.perf_counter()
        for a, r in zip(arts, rs, strict=True):
            eng._add(a, r)
        times.append((len(arts), time.perf_counter() - t))
        done += len(arts)
        k += 1
    last, secs = 0, 0.0
    for cnt, dt in reversed(times):
        last += cnt
        secs += dt
        if last >= 10_000:
            break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(dt for _, dt in times)
    print(json.dumps({"n": n, "ms_per_article_last10k": 1000 * secs / last, "ms_per_article_all": 1000 * total / n,
                      "peak_rss_mib": round(peak), "open_stories": len(eng.stories)}))  # fmt: skip


def scale(sizes=(10_000, 100_000, 1_000_000)) -> None:
    print("cluster engine per-article cost and peak memory (stream built from UCI headlines; see module doc)")
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(n)], capture_output=True, text=True, check=True
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"  {n:>9,} articles: {r['ms_per_article_last10k']:.3f} ms/article (last 10k), {r['ms_per_article_all']:.3f} ms mean, "
              f"peak RSS {r['peak_rss_mib']} MiB, {r['open_stories']} open stories at the end", flush=True)  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        _stream_worker(int(sys.argv[2]))
    else:
        scale(tuple(int(x) for x in sys.argv[1:]) or (10_000, 100_000, 1_000_000))
