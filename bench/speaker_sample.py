"""Draw the DUC 2007 quote samples that BENCHMARKS.md's "Speakers, hand-checked" scores were read
from, and print each quote with its speaker and the text around it, for a person to judge.

  python bench/speaker_sample.py FROM TO [DRAW [N_DIRECT N_OTHERS]]
  (rows FROM..TO-1 of the shuffled articles; e.g. 150 170)

The draw: ``random.Random(16).shuffle`` of ``duc2007-main/articles.jsonl`` rows; of the quotes
found in rows FROM..TO-1 (``extract_many``, as ``newsprism quotes`` runs it), the first 20
direct quotes after ``random.Random(5).shuffle`` and the first 15 others after
``random.Random(6).shuffle``. Every row has been read that way (stops 20-35), so a new reading
takes another DRAW k > 0: the quote shuffles become ``random.Random(1000 + 2k)`` and
``(1001 + 2k)``, which picks quotes never read before (from articles that may have been). From
draw 109 on, the articles are read through ingest, as the CLI reads them (``FIRST_INGESTED_DRAW``).
There is no score here: the judging is a reader's.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, need  # noqa: E402
from newsprism.ingest import article_from_json, finish  # noqa: E402
from newsprism.models import Article  # noqa: E402
from newsprism.quotes import extract_many  # noqa: E402

# spaCy's worker processes re-import this module: keep the run under `if __name__ == "__main__"`.

# From this draw on, articles go through ingest as `newsprism quotes` reads them (clean's
# annotations included: wire editorial and contact lines are not read for quotes); draws 0-108
# read the raw text, and still do, so that their recorded ids can be re-checked.
FIRST_INGESTED_DRAW = 109


def main(lo: int, hi: int, draw: int = 0, n_direct: int = 20, n_other: int = 15) -> None:
    rows = [json.loads(line) for line in need(SHARED / "duc2007-main" / "articles.jsonl").open()]
    random.Random(16).shuffle(rows)
    if draw >= FIRST_INGESTED_DRAW:  # the text as `newsprism quotes` reads it: cleaned, boilerplate marked
        read = (finish(article_from_json(r), [], "duc2007-main/articles.jsonl", None) for r in rows[lo:hi])
        arts = [a for a in read if a is not None]
    else:  # the text alone, as draws 0-108 were read (kept so that anyone can re-check them)
        arts = [Article(id=r["id"], text=r["text"]) for r in rows[lo:hi]]
    direct, other = [], []
    for a, qs in zip(arts, extract_many(arts, processes=2), strict=True):
        for i, q in enumerate(qs):
            (direct if q.kind == "direct" else other).append((a, i, q))
    random.Random(1000 + 2 * draw if draw else 5).shuffle(direct)
    random.Random(1001 + 2 * draw if draw else 6).shuffle(other)
    print(f"rows {lo}-{hi - 1}, draw {draw}: {len(direct)} direct quotes, {len(other)} others")
    for label, group, n in (("DIRECT", direct, n_direct), ("OTHERS", other, n_other)):
        print(f"\n######### {label}")
        for a, i, q in group[:n]:
            t = a.text
            c0, c1 = q.content[0].start, q.content[-1].end
            lo_, hi_ = min(c0, q.source.start if q.source else c0), max(c1, q.source.end if q.source else c1)
            sp = q.speaker
            print(f"--- {a.id} ({i}) {q.kind} speaker={sp.name!r}/{sp.type}/{sp.description!r}")
            print("   source: ", t[q.source.start : q.source.end] if q.source else None)
            print("   content:", " ".join(t[c0:c1].split())[:200])
            print("   context:", " ".join(t[max(0, lo_ - 250) : hi_ + 80].split())[:700])


if __name__ == "__main__":
    main(*map(int, sys.argv[1:6]))
