"""How fast can MiniLM embed headlines on this machine? newsprism's runtime beside ONNX Runtime.

  pip install onnxruntime onnx   # optional: not a newsprism dependency, only for this check
  python bench/embed_runtimes.py

Embeds the 2,622 UCI dev headlines (96 tokens at most, batches of 64, 2 threads) with:
torch fp32 and torch int8 (newsprism's ``nlp.embed``, the baseline and the shipped path),
and, when onnxruntime is installed, the same model exported to ONNX in fp32 and dynamically
quantised to int8. Prints headlines/s and the mean cosine of each to torch fp32. The export is
written to a temporary folder and nothing is downloaded.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import uci_rows  # noqa: E402
from newsprism import nlp  # noqa: E402

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _rate(n: int, fn) -> tuple[float, np.ndarray]:
    fn()  # warm up
    t = time.perf_counter()
    out = fn()
    return n / (time.perf_counter() - t), out


def _onnx_sessions(tmp: Path):
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    path = str(nlp.model_path())
    tok = AutoTokenizer.from_pretrained(path)
    bert = AutoModel.from_pretrained(path).eval()

    class Last(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    enc = tok(["a headline"], return_tensors="pt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Last(bert).eval(), tuple(enc[k] for k in INPUTS), str(tmp / "m.onnx"),
                          input_names=list(INPUTS), output_names=["last"], opset_version=17, dynamo=False,
                          dynamic_axes={k: {0: "b", 1: "s"} for k in (*INPUTS, "last")})  # fmt: skip
    quantize_dynamic(str(tmp / "m.onnx"), str(tmp / "m8.onnx"), weight_type=QuantType.QInt8)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sessions = {
        name: ort.InferenceSession(str(tmp / f), so, providers=["CPUExecutionProvider"])
        for name, f in (("ONNX Runtime fp32", "m.onnx"), ("ONNX Runtime int8", "m8.onnx"))
    }
    return tok, sessions


def _ort_embed(tok, sess, texts: list[str], batch: int = 64) -> np.ndarray:
    order = np.argsort([len(t) for t in texts])  # as sentence-transformers does: less padding
    out = np.zeros((len(texts), nlp.EMBED_DIM), np.float32)
    for i in range(0, len(texts), batch):
        idx = order[i : i + batch]
        e = tok([texts[j] for j in idx], padding=True, truncation=True, max_length=96, return_tensors="np")
        last = sess.run(None, {k: e[k].astype(np.int64) for k in INPUTS})[0]
        m = e["attention_mask"][..., None].astype(np.float32)
        v = (last * m).sum(1) / m.sum(1)
        out[idx] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def main() -> None:
    rows = uci_rows()
    random.Random(1).shuffle(rows)
    texts = [r["TITLE"] for r in rows]
    n = len(texts)
    print(f"MiniLM on {n} UCI headlines, 96 tokens at most, 2 threads")
    fp32_rate, ref = _rate(n, lambda: nlp.embed(texts, max_tokens=96, fast=False))
    print(f"  {'torch fp32 (baseline)':28s} {fp32_rate:8.0f} /s   cosine to torch fp32 1.0000")
    rate, v = _rate(n, lambda: nlp.embed(texts, max_tokens=96, fast=True))
    print(
        f"  {'torch int8 (newsprism)':28s} {rate:8.0f} /s   cosine to torch fp32 {float((v * ref).sum(1).mean()):.4f}"
    )
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        print("  ONNX Runtime: not installed (pip install onnxruntime onnx), skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        tok, sessions = _onnx_sessions(Path(tmp))
        for name, sess in sessions.items():
            rate, v = _rate(n, lambda s=sess: _ort_embed(tok, s, texts))
            print(f"  {name:28s} {rate:8.0f} /s   cosine to torch fp32 {float((v * ref).sum(1).mean()):.4f}")


if __name__ == "__main__":
    main()
