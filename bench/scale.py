"""A 1M-article stream through the Spark batch path against the single-process path.

  python bench/scale.py [--n 1000000] [--chunk-days 28] [--e2e]

The stream (as in bench/scale_stories.py): the 2,622 real UCI dev headlines and their real
newsprism representations (MiniLM vectors, terms, names), repeated with a small Gaussian
perturbation of the vectors (sigma 0.02; seeded by stream position, so every engine sees the same
stream), a per-copy marker in the text, dates 200 s apart and shifted 8 days per repetition, so
that stories close under the 7-day window as in a months-long archive. Embedding 1M texts would
take ~35 minutes on these 2 cores and is the same constant per-article cost on both paths, so it
is measured separately: `--e2e` runs the WikiRef220 full texts through both paths end to end
(reading, cleaning, embeddings, stories, quotes).

Measured on 2 cores:
  * single process: `OnlineClusterer` over the whole stream (what `newsprism cluster` runs);
  * Spark (local[2]): `newsprism.batch`'s story stage, the same engine per time chunk of
    `chunk-days` after replaying one window, stitched; each task builds its chunk of the stream
    itself from the broadcast base representations.
Throughput, peak memory (summed over the process tree: driver, JVM, Python workers) and the
agreement of the two story assignments (B-cubed F1 of one against the other).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import bcubed, scratch, uci_rows, wikiref_files  # noqa: E402

T0 = 1_577_836_800.0  # 2020-01-01
STEP, REPEAT_GAP = 200.0, 8 * 86400.0


def base_stream():
    from newsprism.ingest import article_from_json, finish
    from newsprism.similarity import represent

    rows = uci_rows()
    base = [finish(article_from_json({"id": r["ID"], "text": r["TITLE"]}), [], "b", None) for r in rows]
    return base, represent(base, fast=True)


def item(p: int, base, reps, orders: dict):
    """Stream position p -> (article, representation), the same for every engine."""
    n = len(base)
    k, j = divmod(p, n)
    if k not in orders:
        o = list(range(n))
        random.Random(k).shuffle(o)
        orders[k] = o
    i = orders[k][j]
    a, r = base[i], reps[i]
    ts = T0 + REPEAT_GAP * k + STEP * j
    art = a.__class__(text=f"{a.text} ({k})", id=f"{a.id}-{k}", language="en",
                      published=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)))  # fmt: skip
    v = r.text_vec + np.random.default_rng(p).normal(0, 0.02, r.text_vec.shape)
    v = (v / np.linalg.norm(v)).astype(np.float32)
    rep = r.__class__(title_vec=v, text_vec=v, full_vec=v, terms=r.terms, names=r.names, nums=r.nums, lang=r.lang,
                      n_words=r.n_words, headline_only=r.headline_only)  # fmt: skip
    return art, rep


def stream_times(n: int, n_base: int) -> list[float]:
    return [T0 + REPEAT_GAP * (p // n_base) + STEP * (p % n_base) for p in range(n)]


class TreeRSS:
    """Peak resident memory of this process and all its descendants (sampled from /proc)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _tree_kib(self) -> int:
        parent: dict[int, int] = {}
        rss: dict[int, int] = {}
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/status") as f:
                    for line in f:
                        if line.startswith("PPid:"):
                            parent[int(d)] = int(line.split()[1])
                        elif line.startswith("VmRSS:"):
                            rss[int(d)] = int(line.split()[1])
            except OSError:
                continue
        me, total = os.getpid(), 0
        for pid in rss:
            x = pid
            while x and x != me:
                x = parent.get(x, 0)
            if x == me:
                total += rss[pid]
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_kib())
            time.sleep(0.5)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._t.join()


def single(n: int) -> dict:
    """Child process: the single-process engine over the stream."""
    import resource

    from newsprism.stories import OnlineClusterer

    base, reps = base_stream()
    eng = OnlineClusterer()
    orders: dict = {}
    out = {}
    t = time.perf_counter()
    for p in range(n):
        a, r = item(p, base, reps, orders)
        out[a.id] = eng._add(a, r).story_id
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": dt, "peak_mib": peak, "assign": out}


def _chunk_job(chunk, n_total: int, bcast):
    import pickle

    from newsprism.batch import cluster_chunk

    base, reps = pickle.loads(bcast.value)
    orders: dict = {}
    pairs = [item(p, base, reps, orders) for p in range(chunk.warm_from, min(chunk.end, n_total))]
    return cluster_chunk(chunk, [a for a, _ in pairs], [r for _, r in pairs])


def _gen_partition(idx, it, n_total, per, bcast):
    import pickle

    base, reps = pickle.loads(bcast.value)
    orders: dict = {}
    for p in range(idx * per, min(n_total, (idx + 1) * per)):
        a, r = item(p, base, reps, orders)
        yield a, r


def spark_run(n: int, chunk_days: float, replay_days: float, mode: str) -> dict:
    import pickle

    from newsprism.batch import chunk_plan, spark_session, stitch
    from newsprism.stories import OnlineClusterer

    base, reps = base_stream()
    with TreeRSS() as mem:
        t = time.perf_counter()
        spark = spark_session("local[2]", "newsprism-scale")
        sc = spark.sparkContext
        t_start = time.perf_counter() - t
        t = time.perf_counter()
        b = sc.broadcast(pickle.dumps((base, reps)))
        if mode == "sequential":  # representations in parallel, one engine over the ordered stream
            per = 5000
            parts = -(-n // per)
            rdd = sc.parallelize(range(parts), parts).mapPartitionsWithIndex(
                lambda i, it: _gen_partition(i, it, n, per, b)
            )
            eng = OnlineClusterer()
            final = {}
            for a, r in rdd.toLocalIterator(prefetchPartitions=True):
                final[a.id] = eng._add(a, r).story_id
                if len(final) % 100_000 == 0:
                    print(
                        f"  sequential: {len(final):,} in {time.perf_counter() - t:.0f} s",
                        file=sys.stderr,
                        flush=True,
                    )
            chunks, replayed = 1, 0
        else:
            plan = chunk_plan(stream_times(n, len(base)), chunk_days, replay_days)
            results = sc.parallelize(plan, len(plan)).flatMap(lambda c: _chunk_job(c, n, b)).collect()
            orders: dict = {}
            owned = {}
            for c in plan:
                for p in range(c.start, c.end):
                    owned[f"{base[_base_index(p, len(base), orders)].id}-{p // len(base)}"] = c.index
            final = {k: v[0] for k, v in stitch(results, owned).items()}
            chunks, replayed = len(plan), sum(c.start - c.warm_from for c in plan)
        dt = time.perf_counter() - t
        spark.stop()
    return {"seconds": dt, "startup": t_start, "peak_mib": mem.peak / 1024, "chunks": chunks, "replayed": replayed,
            "assign": final}  # fmt: skip


def _base_index(p: int, n: int, orders: dict) -> int:
    k, j = divmod(p, n)
    if k not in orders:
        o = list(range(n))
        random.Random(k).shuffle(o)
        orders[k] = o
    return orders[k][j]


def e2e() -> None:
    """WikiRef220 full texts through both paths, end to end."""
    import shutil

    from newsprism.batch import read_parquet, run_spark, spark_session
    from newsprism.pipeline import analyze

    files = wikiref_files()
    tmp = scratch("np-e2e-")
    for f in files:
        shutil.copy(f, tmp / f.name)
    from newsprism import nlp

    nlp.embedder(True), nlp.spacy_nlp()
    t = time.perf_counter()
    ref = analyze(tmp)
    t_single = time.perf_counter() - t
    spark = spark_session("local[2]", "newsprism-e2e")
    t = time.perf_counter()
    run_spark([tmp], tmp / "out", spark=spark)
    t_spark = time.perf_counter() - t
    spark.stop()
    a = {r["id"]: r["story_id"] for r in read_parquet(str(tmp / "out" / "stories"))}
    b = {aid: st.id for st in ref.stories for aid in st.article_ids}
    p, r, f = bcubed(a, b)
    n = len(files)
    print(f"\nend to end, WikiRef220 ({n} full articles; read, clean, embeddings, stories, quotes, compare):")
    print("| path | seconds | articles/s | per core |")
    print("|---|---|---|---|")
    print(
        f"| single process (`analyze`, all stages) | {t_single:.1f} | {n / t_single:.1f} | {n / t_single:.1f} |"
    )
    print(
        f"| Spark local[2] (`batch`: read, clean, stories, quotes) | {t_spark:.1f} | {n / t_spark:.1f} | {n / t_spark / 2:.1f} |"
    )
    print(f"agreement of the story assignments: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--chunk-days", type=float, default=84.0)
    ap.add_argument("--replay-days", type=float, default=28.0)
    ap.add_argument("--e2e", action="store_true")
    ap.add_argument("--modes", default="sequential,chunked", help="Spark story modes to run")
    ap.add_argument("--no-single", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--single-worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.single_worker:
        res = single(args.single_worker)
        Path(args.out).write_text(json.dumps(res))
        return
    if args.e2e:
        e2e()
        return

    out = os.path.join(scratch("np-scale-"), "single.json")
    subprocess.run([sys.executable, __file__, "--single-worker", str(args.n), "--out", out], check=True)
    one = json.loads(Path(out).read_text())
    n = args.n
    print(f"{n:,}-article stream (UCI-based, see module doc), 2 cores")
    print("| path | seconds | articles/s | peak memory | stories | B-cubed F1 against single process |")
    print("|---|---|---|---|---|---|")
    print(f"| single process (`cluster` engine) | {one['seconds']:.0f} | {n / one['seconds']:,.0f} | "
          f"{one['peak_mib']:.0f} MiB | {len(set(one['assign'].values())):,} | (reference) |", flush=True)  # fmt: skip
    for mode in args.modes.split(","):
        sp = spark_run(n, args.chunk_days, args.replay_days, mode)
        p, r, f = bcubed(sp["assign"], one["assign"])
        label = ("Spark local[2], stories sequential (representations in parallel)" if mode == "sequential" else
                 f"Spark local[2], stories chunked ({sp['chunks']} chunks of {args.chunk_days:g} days, "
                 f"{args.replay_days:g} replayed: +{sp['replayed'] / n:.0%} work)")  # fmt: skip
        print(f"| {label} | {sp['seconds']:.0f} | {n / sp['seconds']:,.0f} | {sp['peak_mib']:.0f} MiB (process tree) | "
              f"{len(set(sp['assign'].values())):,} | {f:.4f} (P {p:.4f}, R {r:.4f}) |", flush=True)  # fmt: skip
    print(f"Spark startup {sp['startup']:.1f} s, not included.")


if __name__ == "__main__":
    main()
