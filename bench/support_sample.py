"""Who carries a brief sentence: a sample of the brief's outlet claims, printed for hand-checking.

  python bench/support_sample.py [--topics D0742J,D0710C,...] [--days 7]

Each brief sentence names the outlets that carry it. That is a claim a reader will repeat ("AP
and The New York Times both report ..."), and no annotated set scores it, so it is checked by
hand. For each DUC 2007 topic given, its densest window of ``--days`` days is the story (as in
bench/brief.py); all windows go through `newsprism analyze` (the command users run) in one store.
For every brief sentence and every outlet it names other than its own, the script prints that
outlet's sentences aligned with it (same alignment group in the JSON report), without any score,
so that a reader can judge, blind to the machine's confidence, whether the outlet carries the
sentence's information: yes (T), in part (P: a shared background detail, one of two facts) or no
(F). BENCHMARKS.md records the judgements with the topics and the code they were made at.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import SHARED, need, scratch  # noqa: E402
from brief import densest_window, run_analyze  # noqa: E402

TOPICS = "D0742J,D0710C,D0741I,D0745J,D0701A,D0728G"


def claims(rep: dict, ids: set[str]) -> list[dict]:
    """The cross-outlet claims of the story holding most of ``ids``: one per (brief sentence,
    named outlet other than the sentence's own), with that outlet's aligned sentences."""
    story = max(rep["stories"], key=lambda s: len(ids & set(s["article_ids"])))
    comp = rep["comparisons"].get(story["id"])
    if not comp:
        return []
    outlet_of = {a["id"]: a.get("outlet") or "" for a in rep["articles"]}
    members: dict[int, list[dict]] = defaultdict(list)
    for s in comp["sentences"]:
        if s["group"] >= 0:
            members[s["group"]].append(s)
    out = []
    for b in comp["brief"]["sentences"]:
        own = outlet_of[b["article_id"]]
        start = b["span"]["start"]  # the brief may trim a dateline or a bullet: the sentence holds it
        group = next(
            (s["group"] for s in comp["sentences"]
             if s["article_id"] == b["article_id"] and s["span"]["start"] <= start < s["span"]["end"]),
            -1,
        )  # fmt: skip
        for name in b["outlets"]:
            if name == own:
                continue
            theirs = [s for s in members.get(group, []) if s["outlet"] == name]
            # those that name the brief sentence's article as carrying them: the matches themselves
            direct = [s for s in theirs if b["article_id"] in s["support_articles"]]
            aligned = [s["text"] for s in direct or theirs]
            out.append({"sentence": b["text"], "own": own, "outlet": name, "aligned": aligned})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topics", default=TOPICS)
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args()
    base = SHARED / "duc2007-main"
    arts = {r["id"]: r for r in map(json.loads, need(base / "articles.jsonl").open())}
    topic_of = dict(line.rstrip("\n").split("\t") for line in (base / "topics.tsv").open() if "\t" in line)
    wanted = a.topics.split(",")
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for aid, t in topic_of.items():
        if aid in arts and t in wanted:
            by_topic[t].append(arts[aid])
    windows = {t: densest_window(by_topic[t], a.days) for t in wanted}
    rep = run_analyze(windows, scratch("np-support-"))
    n = 0
    for t, win in windows.items():
        for c in claims(rep, {x["id"] for x in win}):
            n += 1
            print(f"\n[{n}] {t}: {c['own']} -> named: {c['outlet']}\n    BRIEF: {c['sentence']}")
            for s in c["aligned"]:
                print(f"      - {' '.join(s.split())}")
    print(f"\n{n} claims on {len(windows)} stories")


if __name__ == "__main__":
    main()
