"""`newsprism cluster` throughput through the CLI, beside baselines run on the same machine.

  python bench/throughput.py [--isa avx2] [--limit 0] [--repeat 3]

What users run: `newsprism cluster INPUT.jsonl`. Three inputs, written from ../shared/data:
UCI News Aggregator dev headlines (text = TITLE, shuffled), the WikiRef220 full articles (text
only), and the DUC 2007 articles as a feed gives them (title, outlet, time, text). The
CLI times itself (``--timings``: it loads its models first and times them apart), so the figure
is articles per second of the work itself: reading, clustering, writing. (Until stop 38 the
start-up was measured on a one-article input in another process and subtracted, which moved one
round's ratio by 20-30%.) Beside it, in the same run, in one process each:
  * baseline: the packaged MiniLM in fp32, one embedding per article (its title and text; 48
    tokens for headlines, 256 for articles) and a single-pass centroid scan (cosine 0.4) - the
    naive clusterer;
  * ceiling of cheap vectors: the model2vec distillation of that MiniLM
    (scripts/distill_static.py; skipped when not built) with the same single pass.
``--isa avx2`` forces PyTorch's AVX2 kernels (ATEN_CPU_CAPABILITY=avx2) in every process, so a
machine with AVX-512 can show the AVX2-only figure. The CPU and its instruction set are printed.
Each input runs ``--repeat`` rounds of the three systems, interleaved; the figures are the medians
and each round's ratios are printed under them (one round moved by 20-30% on this 2-core machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT, SHARED, need, scratch, uci_rows, wikiref_files  # noqa: E402
from living import cpu  # noqa: E402

CLI = [str(Path(sys.executable).parent / "newsprism")]
STATIC = ROOT / "src" / "newsprism" / "data" / "static-minilm"
DUC = SHARED / "duc2007-main" / "articles.jsonl"

_BASELINE = r"""
import json, sys, time
import numpy as np
sys.path.insert(0, sys.argv[3])
from stories import single_pass
rows = [json.loads(l) for l in open(sys.argv[1])]
texts = [(r.get("title", "") + "\n\n" + r["text"]).strip() for r in rows]  # the title too, where given
kind, tokens = sys.argv[2], int(sys.argv[4])
if kind == "minilm":
    from newsprism import nlp
    nlp.embedder(False)
    nlp.embed(["warm up"], max_tokens=tokens)
    t = time.perf_counter()
    single_pass(nlp.embed(texts, max_tokens=tokens), 0.4)
else:
    from model2vec import StaticModel
    m = StaticModel.from_pretrained(sys.argv[5])
    m.encode(["warm up"])
    t = time.perf_counter()
    v = m.encode([" ".join(x.split()[: tokens]) for x in texts])
    v = v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)
    single_pass(v.astype(np.float32), 0.4)
print(time.perf_counter() - t)
"""


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _cli_seconds(src: Path, env: dict, *opts: str) -> float:
    """Seconds of work in one `newsprism cluster` run, as the CLI itself times it (``--timings``:
    reading, clustering and writing; its models are loaded first and timed apart, so no start-up
    measured in another process has to be subtracted)."""
    cmd = [*CLI, "cluster", str(src), "--out", os.devnull, "--quiet", "--timings", *opts]
    out = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
    line = next(x for x in out.stderr.splitlines() if x.startswith("timings (s):"))
    spent = dict(kv.split("=") for kv in line.split(":", 1)[1].split())
    return sum(float(spent[k]) for k in ("read", "cluster", "write"))


def _baseline(src: Path, kind: str, tokens: int, env: dict) -> float:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _BASELINE,
            str(src),
            kind,
            str(Path(__file__).parent),
            str(tokens),
            str(STATIC),
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _inputs(work: Path, limit: int) -> dict[str, tuple[Path, int]]:
    rows = uci_rows()
    random.Random(1).shuffle(rows)
    heads = [{"id": r["ID"], "text": r["TITLE"], "outlet": r["PUBLISHER"]} for r in rows]
    arts = []
    for p in wikiref_files():
        text = p.read_bytes().decode("utf-8", "replace")
        arts.append({"id": p.stem, "text": text})
    # full articles as feeds give them, with a title, an outlet and a time (the cascade embeds a
    # titled article's headline and lead: two one-text calls)
    keep = ("id", "title", "text", "outlet", "published")
    duc = [{k: r[k] for k in keep if k in r} for r in map(json.loads, need(DUC).open())]
    if limit:
        heads, arts, duc = heads[:limit], arts[:limit], duc[:limit]
    return {
        f"headlines (UCI, {len(heads)})": (_write(work / "heads.jsonl", heads), 48),
        f"full articles (WikiRef220, {len(arts)})": (_write(work / "arts.jsonl", arts), 256),
        f"titled articles (DUC 2007, {len(duc)})": (_write(work / "duc.jsonl", duc), 256),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--isa", choices=["native", "avx2"], default="native")
    ap.add_argument("--limit", type=int, default=0, help="at most this many of each input (0: all)")
    ap.add_argument(
        "--repeat", type=int, default=3, help="rounds of (cluster, --cascade, baseline), interleaved; medians"
    )
    a = ap.parse_args()
    env = dict(os.environ)
    if a.isa == "avx2":
        env["ATEN_CPU_CAPABILITY"] = "avx2"
    work = scratch("np-throughput-")
    print(
        f"CPU: {cpu()}; PyTorch kernels: {a.isa} (ATEN_CPU_CAPABILITY={env.get('ATEN_CPU_CAPABILITY', 'unset')})"
    )
    print(
        "`newsprism cluster --timings`: reading, clustering and writing, as the CLI times them (models apart)"
    )
    print(
        f"{'input':<34}{'cluster':>12}{'cluster --cascade':>20}{'fp32 MiniLM + single pass':>28}"
        f"{'ratios':>16}{'model2vec + single pass':>26}"
    )
    for name, (src, tokens) in _inputs(work, a.limit).items():
        n = sum(1 for _ in src.open())
        rounds = []  # interleaved, so a slow spell of the machine hits every system alike
        for _ in range(max(1, a.repeat)):
            rounds.append(
                (
                    _cli_seconds(src, env),
                    _cli_seconds(src, env, "--cascade"),
                    _baseline(src, "minilm", tokens, env),
                )
            )
        ours, casc, base = (statistics.median(r[k] for r in rounds) for k in range(3))
        static = (
            f"{n / _baseline(src, 'static', tokens, env):>20.0f}/s"
            if STATIC.exists()
            else f"{'(not built)':>22}"
        )
        ratios = f"{base / ours:.2f}x, {base / casc:.2f}x"
        spread = ", ".join(f"{b / o:.2f}x/{b / c:.2f}x" for o, c, b in rounds)
        print(f"{name:<34}{n / ours:>10.0f}/s{n / casc:>18.0f}/s{n / base:>26.0f}/s{ratios:>16}{static:>26}")
        print(f"{'':<34}rounds (cluster/--cascade ratio each): {spread}")


if __name__ == "__main__":
    main()
