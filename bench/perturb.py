"""Conflicts that should be found: change one outlet's count of a thing on real coverage, and see.

  python bench/perturb.py [--trials 60] [--seed 0] [--rounds 1]

1. `newsprism analyze` (the command users run) on the 1,024 DUC 2007 articles
   (../shared/data/duc2007-main): the unmodified coverage. Its conflicts are the false alarms
   to read (the coverage has few real disputes).
2. Trials: in each multi-outlet story, a count ("12 people", "3,900 students") that two outlets
   state with the same value in articles published within a day of each other (agreed, so any
   conflict after the change is the change). One trial per story, up to ``--trials``; with
   ``--rounds R``, R rounds, round k changing each story's k-th agreed figure (of another thing or
   value), each round analysed in its own store: more trials from the same coverage.
3. In the later of the two articles, every statement of that count is changed to another value
   (x1.5, at least +3), as an outlet that got the figure wrong would print it.
4. `newsprism analyze` on the changed stories (each story's articles, one changed), in one store:
   a trial is **caught** when the changed article's story reports a conflict on that count with
   the old and the new value on opposite sides.
5. A change can leave the two statements compatible: the changed figure was the end of a range
   or a bound ("31 to 38 percent" -> "31 to 57 percent" still holds 38; "more than 15 percent"
   -> "more than 22 percent" against "15 percent or higher"). Such a trial makes no
   disagreement; the catch rate is printed over all trials and over those whose new value's
   allowed range (the old one scaled) no longer overlaps the other outlet's.

Baseline (same run): a naive detector that flags any count of the same unit noun given with two
values by two outlets of a story. Its catch rate and its flags on the unmodified coverage are
printed beside newsprism's.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, need, scratch  # noqa: E402
from living import cpu  # noqa: E402

CLI = [str(Path(sys.executable).parent / "newsprism")]


def analyze(src: Path, work: Path, name: str) -> dict:
    report = work / f"{name}.json"
    subprocess.run(
        [*CLI, "analyze", str(src), "--db", str(work / f"{name}.db"), "--out", str(report), "--quiet"],
        check=True,
    )
    return json.loads(report.read_text())


def _t(published: str | None) -> float | None:
    if not published:
        return None
    return datetime.fromisoformat(published.replace("Z", "+00:00")).timestamp()


def naive_flags(comp: dict, outlet_of: dict[str, str]) -> set[tuple[str, float, float]]:
    """(unit, value, value) for every count unit (money, percent) given with two values by two outlets."""
    per: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in comp["facts"]:
        if f["kind"] in ("count", "money", "percent"):
            per[f["key"]][round(f["value"], 6)].add(outlet_of[f["article_id"]])
    out = set()
    for key, vals in per.items():
        vs = sorted(vals)
        for i, a in enumerate(vs):
            for b in vs[i + 1 :]:
                if vals[a] - vals[b] or vals[b] - vals[a]:
                    out.add((key, a, b))
    return out


def trials(rep: dict, n: int, seed: int, rounds: int = 1) -> list[list[dict]]:
    """Per round, one agreed count per multi-outlet story: the fact, the article to change, its
    story. Round k takes each story's k-th agreed figure (by unit and value)."""
    arts = {a["id"]: a for a in rep["articles"]}
    per_story: list[list[dict]] = []
    for sid, comp in sorted(rep["comparisons"].items()):
        if len(comp["outlets"]) < 2:
            continue
        disputed = {c["key"] for c in comp["conflicts"]}
        seen: dict[tuple[str, float], list[dict]] = defaultdict(list)
        for f in comp["facts"]:
            digits = re.match(r"\d[\d,]*", f["text"])
            if (
                f["kind"] in ("count", "money", "percent")
                and digits
                and f["key"] not in disputed
                and f["value"] >= 2
            ):
                seen[(f["key"], f["value"])].append(f)
        found = []
        for (_key, _value), fs in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            # the first two statements of it by different outlets within a day: the later one changes
            pair = next(
                (
                    (x, y)
                    for x in fs
                    for y in fs
                    if arts[x["article_id"]]["outlet"] != arts[y["article_id"]]["outlet"]
                    and _within_a_day(arts[x["article_id"]], arts[y["article_id"]])
                ),
                None,
            )
            if pair:
                found.append(
                    {"story": sid, "fact": pair[1], "other": pair[0], "articles": comp["article_ids"]}
                )
        if found:
            per_story.append(found)
    random.Random(seed).shuffle(per_story)
    return [[found[k] for found in per_story if len(found) > k][:n] for k in range(rounds)]


def _within_a_day(x: dict, y: dict) -> bool:
    tx, ty = _t(x.get("published")), _t(y.get("published"))
    return tx is not None and ty is not None and 0 <= ty - tx <= 86400


def perturb(text: str, fact: dict) -> tuple[str, float]:
    """Every statement of the fact's number before its unit changed (x1.5, at least +3, in the
    figure's own scale: "4 million" -> "7 million"); with the new normalised value."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", fact["text"]).group()  # type: ignore[union-attr]
    num = float(digits.replace(",", ""))
    new_num = max(round(num * 1.5, 1 if "." in digits else 0), num + 3)
    shown = f"{new_num:,.0f}" if "," in digits else (f"{new_num:.1f}" if "." in digits else f"{new_num:.0f}")
    rest = re.escape(fact["text"][len(digits) :])
    return re.sub(rf"(?<![\d,.]){re.escape(digits)}(?={rest})", shown, text), fact["value"] / num * new_num


def disagrees(t: dict) -> bool:
    """Does the changed figure fail to fit the other outlet's statement of it? Its wording's allowed
    range moves with it ("about 600" -> "about 900"), but a stated range keeps its low end ("31 to
    38 percent" -> "31 to 57 percent" still holds 38). Two stated ranges of one estimate disagree
    when an end differs."""
    f, o, k = t["fact"], t["other"], t["new"] / t["fact"]["value"]
    if f["stated_range"] and o["stated_range"]:
        return True  # the upper end changed
    inf = float("inf")
    lo = f["low"] if f["stated_range"] else (f["low"] * k if f["low"] is not None else -inf)
    hi = f["high"] * k if f["high"] is not None else inf
    olo = o["low"] if o["low"] is not None else -inf
    ohi = o["high"] if o["high"] is not None else inf
    return hi < olo or ohi < lo


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=1, help="trials per story (one store each)")
    ap.add_argument("--show", type=int, default=10, help="print this many missed trials")
    a = ap.parse_args()
    src = need(SHARED / "duc2007-main" / "articles.jsonl")
    raw = {r["id"]: r for r in map(json.loads, src.open())}
    work = scratch("np-perturb-")
    t0 = time.perf_counter()
    base = analyze(src, work, "unmodified")
    outlet_of = {x["id"]: x["outlet"] for x in base["articles"]}
    false_np = sum(len(c["conflicts"]) for c in base["comparisons"].values())
    false_naive = sum(len(naive_flags(c, outlet_of)) for c in base["comparisons"].values())
    rounds = trials(base, a.trials, a.seed, a.rounds)
    caught = naive = 0
    missed, hits = [], []
    for rnd, ts in enumerate(rounds):
        lines = []
        for t in ts:
            for aid in t["articles"]:
                art = dict(raw[aid])
                if aid == t["fact"]["article_id"]:
                    art["text"], t["new"] = perturb(art["text"], t["fact"])
                    assert art["text"] != raw[aid]["text"], t
                lines.append(json.dumps(art))
        changed = work / f"changed-{rnd}.jsonl"
        changed.write_text("\n".join(dict.fromkeys(lines)) + "\n")
        rep = analyze(changed, work, f"changed-{rnd}")
        story_of = {aid: s["id"] for s in rep["stories"] for aid in s["article_ids"]}
        for t in ts:
            f, new = t["fact"], round(float(t["new"]), 6)
            comp = rep["comparisons"].get(story_of.get(f["article_id"], ""), {})
            hit = any(
                c["kind"] == f["kind"]
                and c["key"] == f["key"]
                and {round(f["value"], 6), round(new, 6)} <= {round(i["value"], 6) for i in c["items"]}
                for c in comp.get("conflicts", [])
            )
            caught += hit
            hits.append((t, hit))
            if not hit:
                missed.append(t)
            flags = naive_flags(comp, outlet_of) if comp else set()
            naive += any(k == f["key"] and {round(f["value"], 6), new} == {x, y} for k, x, y in flags)
    wall = time.perf_counter() - t0
    ts = [t for r in rounds for t in r]
    n = len(ts)
    print(f"CPU: {cpu()}")
    print(
        f"DUC 2007: {len(base['articles'])} articles, {len(base['comparisons'])} stories compared; {n} trials in {len(rounds)} round(s); {wall:.0f} s"
    )
    print(f"{'':<28}{'caught':>10}{'flags on unmodified':>22}")
    print(f"{'newsprism':<28}{caught / max(n, 1):>10.1%}{false_np:>22}")
    print(f"{'naive: same unit, 2 values':<28}{naive / max(n, 1):>10.1%}{false_naive:>22}")
    made = [hit for t, hit in hits if disagrees(t)]
    print(
        f"trials whose change makes a disagreement: {len(made)} of {n}; newsprism caught "
        f"{sum(made)} ({sum(made) / max(len(made), 1):.1%})"
    )
    for t in missed[: a.show]:
        f = t["fact"]
        print(
            f"  missed: {t['story']}: '{f['text']}' -> {t['new']} in {f['article_id']} (agreed with {t['other']['article_id']})"
            + ("" if disagrees(t) else "; still compatible")
        )


if __name__ == "__main__":
    main()
