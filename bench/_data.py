"""Shared loaders for the benchmarks: the data lives in ../shared/data and is never copied here."""

from __future__ import annotations

import atexit
import csv
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared" / "data"))
csv.field_size_limit(10**9)


def need(path: Path) -> Path:
    if not path.exists():
        print(
            f"SKIP: {path} not found (benchmarks read ../shared/data; set NEWSPRISM_SHARED)", file=sys.stderr
        )
        sys.exit(0)
    return path


def scratch(prefix: str) -> Path:
    """A working folder for one run (stores, reports), removed when the run ends; kept, and named
    on stderr, when ``NEWSPRISM_KEEP_WORK`` is set (to read the stores afterwards)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    if os.environ.get("NEWSPRISM_KEEP_WORK"):
        atexit.register(lambda: print(f"working folder kept: {work}", file=sys.stderr))
    else:
        atexit.register(shutil.rmtree, work, True)
    return work


def semeval_rows() -> list[dict]:
    p = need(SHARED / "semeval2022-task8" / "train.csv")
    with open(p, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def semeval_article(text: str, lang: str, aid: str) -> dict:
    """SemEval texts are 'title  body' with the title first; split at the first run of spaces."""
    t = text.strip()
    parts = re.split(r"\s{2,}", t, maxsplit=1)
    title, body = (parts[0], parts[1]) if len(parts) > 1 else ("", t)
    return {"id": aid, "title": title, "text": body or title, "language": lang}


def uci_rows() -> list[dict]:
    p = need(SHARED / "uci-news-headlines" / "dev.csv")
    with open(p, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def wikiref_files() -> list[Path]:
    d = need(SHARED / "wikiref220")
    return sorted(p for p in d.iterdir() if p.suffix == ".txt" and not p.name.startswith("README"))


def wikiref_label(name: str) -> str:
    return re.sub(r"(\.\d+| \(\d+\))\.txt$", "", name)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the ids both hold. Linear time: item i in predicted
    cluster p and gold cluster g shares n(p, g) items with both, so precision sums n(p, g)^2 / |p|
    over the (p, g) cells (a per-item set intersection is quadratic in cluster size)."""
    from collections import Counter

    ids = [i for i in gold if i in pred]
    if not ids:
        return 0.0, 0.0, 0.0
    cell = Counter((pred[i], gold[i]) for i in ids)
    size_p = Counter(pred[i] for i in ids)
    size_g = Counter(gold[i] for i in ids)
    P = sum(n * n / size_p[p] for (p, _), n in cell.items()) / len(ids)
    R = sum(n * n / size_g[g] for (_, g), n in cell.items()) / len(ids)
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)
