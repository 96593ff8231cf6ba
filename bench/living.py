"""The living store: what adding articles to a store that already holds many costs.

  python bench/living.py [--sizes 10000,100000] [--probes 10] [--baseline-max 10000]
  python bench/living.py --duc

`--duc` measures the other promise of the living store: the stories do not depend on how the
articles arrived. The 1,024 real DUC 2007 articles (full texts, 41 topics), in published order,
go through `newsprism ingest` in 1 batch, 3 batches and 24 batches (a new process each time, the
store reopened: a restart between every batch), and as a backfill (the later half first, then the
earlier half, every one of which is then a late article). Printed: how many articles sit in a
different story than with 1 batch (the story ids compared too), B-cubed of each against 1 batch,
and B-cubed of each against the DUC topics, beside the baseline `newsprism cluster` run on the
whole file at once.

For each size N, through the command line users run:
  1. `newsprism ingest stream.jsonl --db X` stores N articles and assigns their stories (bulk:
     articles/s, peak memory of the process, the saved engine state's size);
  2. `newsprism ingest one.jsonl --db X`, `--probes` times, each a new article published after
     the stream: wall time of the whole command (Python start-up and model loading included);
  3. the same single-article ingest through the Python API (`pipeline.ingest_paths`, the code the
     command runs) in one process, after start-up: the first call (which loads the engine state
     from the store) and the median of the others: the "answers after start-up" figure;
  4. baseline, same run: what a store without incremental stories pays for one new article,
     re-clustering everything stored (`newsprism cluster all.jsonl`, the same engine, from scratch),
     run up to `--baseline-max` stored articles (it costs what the bulk ingest costs: it embeds
     every article again).

The stream: the 2,622 real UCI dev headlines (../shared/data), repeated with a per-copy marker in
the text, dates 200 s apart in a shuffled order, shifted 8 days per repetition, so that stories
close under the 7-day window as in a months-long archive (as bench/scale.py). Headlines, not full
articles: the per-article embedding cost is a constant (see BENCHMARKS.md, stories throughput);
what this measures is how the cost of the stories step grows with the store.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT, scratch, uci_rows  # noqa: E402

T0 = 1_577_836_800.0  # 2020-01-01
STEP, REPEAT_GAP = 200.0, 8 * 86400.0
CLI = [str(Path(sys.executable).parent / "newsprism")]


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stream(n: int) -> list[dict]:
    rows = uci_rows()
    out = []
    for p in range(n):
        k, j = divmod(p, len(rows))
        order = list(range(len(rows)))
        random.Random(k).shuffle(order)
        r = rows[order[j]]
        out.append({
            "id": f"u{k}-{r['ID']}", "title": f"{r['TITLE']} [{k}]", "text": f"{r['TITLE']} [{k}]",
            "outlet": r["PUBLISHER"], "published": _iso(T0 + k * REPEAT_GAP + j * STEP), "language": "en",
        })  # fmt: skip
    return out


def probe(n: int, i: int) -> dict:
    """A new article published after the stream: a headline of a story of the last repetition."""
    rows = uci_rows()
    r = rows[(i * 97) % len(rows)]
    k = n // len(rows)
    return {"id": f"probe-{n}-{i}", "title": f"{r['TITLE']} (update {i})", "text": f"{r['TITLE']} (update {i})",
            "outlet": "Probe Wire", "published": _iso(T0 + k * REPEAT_GAP + len(rows) * STEP + 60 * (i + 1)),
            "language": "en"}  # fmt: skip


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and this child's peak RSS (MiB) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def cpu() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text()
        name = next(
            line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")
        )
        flags = next(line for line in info.splitlines() if line.startswith("flags"))
        isa = "avx512" if "avx512f" in flags else "avx2" if "avx2" in flags else "sse"
        return f"{name}, {os.cpu_count()} cores, {isa}"
    except (OSError, StopIteration):
        return "unknown CPU"


def bench_size(n: int, probes: int, baseline: bool, work: Path, reuse: bool = False) -> dict:
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store
    from newsprism.tracker import ENGINE_NAME

    db = work / f"store-{n}.db"
    reuse = reuse and db.exists()
    for p in [] if reuse else work.glob(f"store-{n}.db*"):
        p.unlink()
    rows = stream(n)
    data = work / f"stream-{n}.jsonl"  # for the baseline (`cluster` reads one file)
    write_jsonl(data, rows)
    folder = work / f"stream-{n}"  # ingest reads files of at most 20 MB (--max-bytes): 5,000 lines each
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.jsonl"):
        old.unlink()
    for i in range(0, n, 5000):
        write_jsonl(folder / f"part-{i // 5000:04d}.jsonl", rows[i : i + 5000])
    # --reuse: the store of an earlier run (its bulk figures are that run's; probes are redone)
    bulk_s, bulk_mb = (
        (math.nan, math.nan) if reuse else run([*CLI, "ingest", str(folder), "--db", str(db), "--quiet"])
    )
    with open_store(str(db)) as s:
        state = s.load_engine(ENGINE_NAME)
        n_stories = len({s.story_of(f"u0-{r['ID']}") for r in uci_rows()[:50]})
        stored = s.count_articles()  # the stream repeats a few exact headlines: stored once
        assert state is not None and (reuse or state.articles == stored), (state and state.articles, stored)
    cli_walls = []
    first = 100 if reuse else 0  # probes not yet in the reused store
    for i in range(first, first + probes):
        f = work / f"probe-{n}-{i}.jsonl"
        write_jsonl(f, [probe(n, i)])
        cli_walls.append(run([*CLI, "ingest", str(f), "--db", str(db), "--quiet"])[0])
    from newsprism import nlp
    from newsprism.similarity import load_model

    nlp.embed(["start-up"], max_tokens=48, fast=True)  # start-up: the models load once per process
    load_model()
    api = []
    with open_store(str(db)) as s:
        for i in range(first + probes, first + 2 * probes + 1):
            f = work / f"probe-{n}-{i}.jsonl"
            write_jsonl(f, [probe(n, i)])
            t = time.perf_counter()
            rep = ingest_paths(s, [f])
            api.append(time.perf_counter() - t)
            assert rep.added == 1 and len(rep.stories) == 1
        state = s.load_engine(ENGINE_NAME)
        size = len(state.data)
    out = {
        "stored": stored, "stream": n, "bulk_s": bulk_s, "bulk_per_s": stored / bulk_s, "bulk_peak_mib": bulk_mb,
        "state_mib": size / 2**20, "cli_one_median_s": statistics.median(cli_walls),
        "api_first_s": api[0], "api_one_median_s": statistics.median(api[1:]), "sample_stories": n_stories,
    }  # fmt: skip
    if baseline:
        out["recluster_s"] = run([*CLI, "cluster", str(data), "--out", str(work / "c.jsonl")])[0]
    return out


def partition(db: Path) -> dict[str, str]:
    from newsprism.store import open_store

    with open_store(str(db)) as s:
        return {a: st.id for st in s.list_stories() for a in st.article_ids}


def bench_duc(work: Path) -> dict:
    from _data import SHARED, bcubed, need

    src = need(SHARED / "duc2007-main")
    arts = [
        json.loads(line) for line in (src / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    arts.sort(key=lambda a: (a.get("published") or "", a["id"]))
    topics = dict(line.split("\t") for line in (src / "topics.tsv").read_text().splitlines()[1:] if line)
    plans = {
        "1 batch": [arts],
        "3 batches": [arts[i : i + 342] for i in range(0, len(arts), 342)],
        "24 batches": [arts[i : i + 43] for i in range(0, len(arts), 43)],
        "backfill (later half, then earlier half)": [arts[len(arts) // 2 :], arts[: len(arts) // 2]],
    }
    parts, walls = {}, {}
    for name, batches in plans.items():
        tag = name.split(" (")[0].replace(" ", "-")
        db = work / f"duc-{tag}.db"
        for p in work.glob(f"duc-{tag}.db*"):
            p.unlink()
        walls[name] = 0.0
        for i, b in enumerate(batches):
            f = work / f"duc-{tag}-{i:02d}.jsonl"
            write_jsonl(f, b)
            walls[name] += run([*CLI, "ingest", str(f), "--db", str(db), "--quiet"])[0]
        parts[name] = partition(db)
    data = work / "duc-all.jsonl"
    write_jsonl(data, arts)
    out_c = work / "duc-cluster.jsonl"
    walls["baseline: cluster"] = run([*CLI, "cluster", str(data), "--out", str(out_c)])[0]
    base = {r["id"]: str(r["story_id"]) for r in map(json.loads, out_c.read_text().splitlines()) if r}
    ref = parts["1 batch"]
    rows = []
    for name, part in [*parts.items(), ("baseline: `cluster`, whole file", base)]:
        same_ids = sum(part.get(a) == ref[a] for a in ref)
        rows.append({
            "run": name, "articles": len(part), "same_story_id_as_1_batch": same_ids,
            "vs_1_batch_f1": bcubed(part, ref)[2], "vs_topics": bcubed(part, topics),
            "wall_s": walls.get(name, walls["baseline: cluster"]),
        })  # fmt: skip
    return {"duc": rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--probes", type=int, default=10)
    ap.add_argument("--baseline-max", type=int, default=10000)
    ap.add_argument("--work", default=None, help="folder for the stores (default: a temporary one)")
    ap.add_argument("--duc", action="store_true", help="batching invariance on DUC 2007 instead")
    ap.add_argument(
        "--reuse", action="store_true", help="keep a store of an earlier run in --work: probes only"
    )
    a = ap.parse_args()
    print(f"CPU: {cpu()}")
    work = Path(a.work) if a.work else scratch("np-living-")
    work.mkdir(parents=True, exist_ok=True)
    if a.duc:
        res = bench_duc(work)
        print(
            "| run | articles | same story (id) as 1 batch | B-cubed F1 vs 1 batch "
            "| B-cubed P / R / F1 vs DUC topics | wall s |"
        )
        print("|---|---|---|---|---|---|")
        for r in res["duc"]:
            p, rc, f = r["vs_topics"]
            print(
                f"| {r['run']} | {r['articles']} | {r['same_story_id_as_1_batch']} | {r['vs_1_batch_f1']:.4f} "
                f"| {p:.4f} / {rc:.4f} / {f:.4f} | {r['wall_s']:.1f} |"
            )
        out = ROOT / "bench" / "out"
        out.mkdir(exist_ok=True)
        (out / "living-duc.json").write_text(json.dumps({"cpu": cpu(), **res}, indent=1))
        return
    rows = []
    for n in map(int, a.sizes.split(",")):
        r = bench_size(n, a.probes, n <= a.baseline_max, work, a.reuse)
        rows.append(r)
        print(json.dumps(r), flush=True)
    print()
    print(
        "| stored articles | bulk ingest (articles/s) | bulk peak MiB | engine state MiB | one article, CLI wall s "
        "| one article, API after start-up s (first / median) | baseline: re-cluster the store s |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        base = f"{r['recluster_s']:.1f}" if "recluster_s" in r else "-"
        print(
            f"| {r['stored']:,} | {r['bulk_per_s']:.0f} | {r['bulk_peak_mib']:.0f} | {r['state_mib']:.2f} "
            f"| {r['cli_one_median_s']:.2f} | {r['api_first_s']:.3f} / {r['api_one_median_s']:.3f} | {base} |"
        )
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "living.json").write_text(json.dumps({"cpu": cpu(), "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
