"""Learn the cue-verb lexicon from PolNeAR train -> src/newsprism/data/cue-lexicon.json.

For every verb lemma in the training articles (spaCy parse), count how often a token with that
lemma lies inside an annotated Cue span. Lemmas seen at least MIN_COUNT times whose cue rate is
at least MIN_RATE become cues; the hand-written list in newsprism.quotes stays for lemmas the
training set never shows. Deterministic. Reads ../shared/data/polnear/train (never copied here).
Run: .venv/bin/python scripts/train_cues.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

MIN_COUNT = 4
MIN_RATE = 0.35
OUT = ROOT / "src" / "newsprism" / "data" / "cue-lexicon.json"


def main() -> None:
    from newsprism import nlp
    from quotes import load_split

    docs = load_split("train")
    names = sorted(docs)
    seen: Counter = Counter()
    cue: Counter = Counter()
    spacy = nlp.spacy_nlp()
    parsed = spacy.pipe((docs[n][0] for n in names), batch_size=8, n_process=2)
    for name, doc in zip(names, parsed, strict=True):
        _, rels = docs[name]
        cue_spans = [s for r in rels for s in r.get("Cue", [])]
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            seen[lemma] += 1
            if any(s <= tok.idx < e for s, e in cue_spans):
                cue[lemma] += 1
    lexicon = {
        lemma: round(cue[lemma] / n, 3)
        for lemma, n in sorted(seen.items())
        if n >= MIN_COUNT and cue[lemma] / n >= MIN_RATE
    }
    rejected = {
        lemma: round(cue[lemma] / n, 3) for lemma, n in seen.items() if n >= 20 and cue[lemma] / n < 0.1
    }
    OUT.write_text(json.dumps({"trained_on": "PolNeAR 1.0 train", "min_count": MIN_COUNT, "min_rate": MIN_RATE,
                               "cues": lexicon, "rarely_cues": dict(sorted(rejected.items()))}, indent=1))  # fmt: skip
    print(
        f"{len(docs)} documents; {len(lexicon)} cue lemmas (rate >= {MIN_RATE}, seen >= {MIN_COUNT}); wrote {OUT.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
