"""Conflicts on real coverage: how many `newsprism analyze` raises on DUC 2007, and each one, to read.

  python bench/conflicts.py [--show 40]

Runs `newsprism analyze` (the command users run) on the 1,024 real AP/NYT/Xinhua articles of
../shared/data/duc2007-main in one store, then reads its JSON report: the number of stories
compared, conflicts by kind, how many conflicts have one outlet on both sides (a sign of an
outlet's own update taken for a dispute), and the first ``--show`` conflict descriptions with
their story, so that each can be read against the articles. Prefer silence to a false alarm: the
figure to watch is how many of the printed conflicts a reader would defend.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, need, scratch  # noqa: E402
from living import cpu  # noqa: E402

CLI = [str(Path(sys.executable).parent / "newsprism")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    src = need(SHARED / "duc2007-main" / "articles.jsonl")
    work = scratch("np-conflicts-")
    report = work / "duc.json"
    t = time.perf_counter()
    subprocess.run(
        [*CLI, "analyze", str(src), "--db", str(work / "duc.db"), "--out", str(report), "--quiet"], check=True
    )
    wall = time.perf_counter() - t
    rep = json.loads(report.read_text())
    comps = rep["comparisons"]
    kinds: Counter[str] = Counter()
    both = 0
    rows = []
    for sid, c in comps.items():
        for x in c["conflicts"]:
            kinds[x["kind"]] += 1
            outlets = [o for i in x["items"] for o in i["outlets"]]
            both += len(set(outlets)) < len(outlets)
            rows.append((sid, x["description"]))
    print(f"CPU: {cpu()}")
    print(f"DUC 2007: {len(rep['articles'])} articles, {len(comps)} stories compared, analyze {wall:.0f} s")
    print(f"conflicts: {len(rows)} ({dict(kinds.most_common())}); with one outlet on both sides: {both}")
    for sid, d in rows[: a.show]:
        print(f"  {sid}: {d[:150]}")


if __name__ == "__main__":
    main()
