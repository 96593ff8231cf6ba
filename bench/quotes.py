"""Quote extraction on PolNeAR dev, beside a baseline measured in the same run.

  python bench/quotes.py [dev|train] [FROM:TO]   (FROM:TO: only those documents, in name order)

Metric (the issue's, and ../shared/tools/score.py quotes): per role (content, source, cue), spans
trimmed of surrounding whitespace, quote marks and .,;: and dashes; exact = identical trimmed
spans; overlap = a predicted span overlapping a gold span of the role (precision over predicted,
recall over gold); relation = a predicted quote whose content overlaps a gold relation's content
and whose source overlaps that relation's source (or both have none). First annotator's file.

Baseline (same run): quotation marks only, i.e. every quoted passage is a direct quote whose
source is the nearest preceding PERSON or ORG entity and whose cue is missing. Ablation (same run):
newsprism's rules without the learned attributions (``extract(..., learned=False)``).
Peer (not run here): BBC R&D's Citron on PolNeAR dev, figures from the issue.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT, SHARED, need  # noqa: E402
from newsprism import nlp  # noqa: E402
from newsprism.models import Article  # noqa: E402
from newsprism.quotes import extract, extract_many, quote_spans  # noqa: E402

# spaCy's worker processes re-import this module: keep the run under `if __name__ == "__main__"`.

TRIM = " \t\r\n\"'“”‘’«».,;:-–—"
CITRON = {
    "content_overlap": 0.613,
    "source_overlap": 0.587,
    "cue_exact": 0.476,
    "relation": 0.537,
    "docs_per_s": 3.5,
}


def load_split(split: str) -> dict[str, tuple[str, list[dict]]]:
    base = need(SHARED / "polnear" / split)
    docs = {}
    anns = sorted((base / "attributions").glob("*.ann"))
    for txt in sorted((base / "text").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        mine = [a for a in anns if a.name.startswith(txt.stem + "_")]
        rels = _read_ann(mine[0]) if mine else []
        docs[txt.stem] = (text, rels)
    return docs


def _read_ann(path: Path) -> list[dict]:
    spans, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:  # a few lines are malformed
            tid, info = parts[0], parts[1]
            typ, rng = info.split(" ", 1)
            spans[tid] = (typ, [tuple(map(int, part.split())) for part in rng.split(";")])
        elif line.startswith("E"):
            _, body = line.split("\t", 1)
            rel = {}
            for part in body.split():
                role, tid = part.split(":")
                if role != "Attribution" and tid in spans:
                    rel.setdefault(role, []).extend(spans[tid][1])
            rels.append(rel)
    return rels


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def _ov(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(preds: dict[str, list[dict]], docs: dict) -> dict:
    st = {k: [0, 0, 0, 0, 0, 0] for k in ("content", "source", "cue")}  # tp_p np tp_g ng ex_p ex_g
    rel = [0, 0, 0, 0]
    for name, (text, rels) in docs.items():
        pq = preds.get(name, [])
        for role, key in (("Content", "content"), ("Source", "source"), ("Cue", "cue")):
            gold = [g for g in (_trim(text, s, e) for r in rels for s, e in r.get(role, [])) if g[0] < g[1]]
            pr = []
            for q in pq:
                v = q.get(key)
                for sp in v if isinstance(v, list) else [v] if v else []:
                    pr.append(_trim(text, sp["start"], sp["end"]))
            pr = [p for p in pr if p[0] < p[1]]
            s = st[key]
            s[0] += sum(any(_ov(p, g) for g in gold) for p in pr)
            s[1] += len(pr)
            s[2] += sum(any(_ov(p, g) for p in pr) for g in gold)
            s[3] += len(gold)
            gs, ps = set(gold), set(pr)
            s[4] += sum(p in gs for p in pr)
            s[5] += sum(g in ps for g in gold)

        def match(q, r):
            qc = [(c["start"], c["end"]) for c in q.get("content") or []]
            if not any(_ov(a, b) for a in qc for b in r.get("Content", [])):
                return False
            qs, gs = q.get("source"), r.get("Source", [])
            if not qs or not gs:
                return not qs and not gs
            return any(_ov((qs["start"], qs["end"]), b) for b in gs)

        rel[0] += sum(any(match(q, r) for r in rels) for q in pq)
        rel[1] += len(pq)
        rel[2] += sum(any(match(q, r) for q in pq) for r in rels)
        rel[3] += len(rels)

    def prf(tp_p, np_, tp_g, ng):
        p, r = (tp_p / np_ if np_ else 0.0), (tp_g / ng if ng else 0.0)
        return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}

    out = {}
    for k, s in st.items():
        out[k + "_overlap"] = prf(s[0], s[1], s[2], s[3])
        out[k + "_exact"] = prf(s[4], s[1], s[5], s[3])
    out["relation"] = prf(*rel)
    return out


def baseline(text: str, doc) -> list[dict]:
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    out = []
    for q in quote_spans(text):
        before = [e for e in ents if e.end_char <= q.start]
        src = {"start": before[-1].start_char, "end": before[-1].end_char} if before else None
        out.append(
            {"kind": "direct", "content": [{"start": q.start, "end": q.end}], "cue": None, "source": src}
        )
    return out


def main(split: str = "dev", docs_range: str | None = None) -> None:
    docs = load_split(split)
    if docs_range:  # "700:840": documents 700-839 in name order (train checks of rules written on others)
        lo, hi = (int(x) for x in docs_range.split(":"))
        docs = {n: docs[n] for n in sorted(docs)[lo:hi]}
        split_label = f"{split} documents {lo}-{min(hi, lo + len(docs)) - 1}"
    else:
        split_label = split
    names = list(docs)
    spacy = nlp.spacy_nlp()  # model loading is outside the timing, as in the other benchmarks
    arts = [Article(text=docs[n][0], id=n) for n in names]
    t0 = time.perf_counter()
    found = list(extract_many(arts, processes=2))  # as `newsprism quotes`: parse + extract, 2 processes
    dt = time.perf_counter() - t0
    preds = {n: [q.to_dict() for q in f] for n, f in zip(names, found, strict=True)}
    parsed = list(spacy.pipe(docs[n][0] for n in names))  # for the baseline
    base = {n: baseline(docs[n][0], d) for n, d in zip(names, parsed, strict=True)}
    rules = {  # the rules without the learned attributions, over the same parses (an ablation)
        n: [q.to_dict() for q in extract(a, d, learned=False)]
        for n, a, d in zip(names, arts, parsed, strict=True)
    }
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    pred_path = out / f"polnear-{split}-quotes.jsonl"
    pred_path.write_text("".join(json.dumps({"id": n, "quotes": preds[n]}) + "\n" for n in names))
    ours, theirs = score(preds, docs), score(base, docs)
    print(
        f"PolNeAR {split_label}: {len(docs)} documents, {sum(len(r) for _, r in docs.values())} gold attributions"
    )
    print(
        f"  {'F1':34s}{'content ov':>12}{'source ov':>11}{'cue exact':>11}{'cue ov':>9}{'relation':>10}{'docs/s':>8}"
    )

    def row(name, r, speed=""):
        print(f"  {name:34s}{r['content_overlap']['F1']:>12.3f}{r['source_overlap']['F1']:>11.3f}{r['cue_exact']['F1']:>11.3f}"
              f"{r['cue_overlap']['F1']:>9.3f}{r['relation']['F1']:>10.3f}{speed:>8}")  # fmt: skip

    row("quote marks + nearest entity (base)", theirs)
    row("newsprism rules alone (no learned)", score(rules, docs))
    print(f"  {'Citron (CRF; issue figures)':34s}{CITRON['content_overlap']:>12.3f}{CITRON['source_overlap']:>11.3f}"
          f"{CITRON['cue_exact']:>11.3f}{'-':>9}{CITRON['relation']:>10.3f}{CITRON['docs_per_s']:>8}")  # fmt: skip
    row("newsprism", ours, f"{len(docs) / dt:.1f}")
    print(
        "  newsprism P/R:",
        {k: f"{v['P']:.3f}/{v['R']:.3f}" for k, v in ours.items() if k.endswith(("overlap", "relation"))},
    )
    print(f"  newsprism source exact F1: {ours['source_exact']['F1']:.3f}")
    ref = SHARED.parent / "tools" / "score.py"
    if ref.exists() and not docs_range:
        res = subprocess.run([sys.executable, str(ref), "quotes", str(pred_path), str(SHARED / "polnear" / split)],
                             capture_output=True, text=True)  # fmt: skip
        print(
            "  reference scorer (shared/tools/score.py):",
            res.stdout.strip().splitlines()[-1] if res.stdout else res.stderr[-300:],
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dev", sys.argv[2] if len(sys.argv) > 2 else None)
