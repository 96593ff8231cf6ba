"""Same-story scoring: two articles -> a score in [0, 1], high when they report the same event.

Each article becomes a :class:`DocRepr` once (MiniLM embeddings of the headline and of headline
plus lead, a USE vector where not English, content-term counts, capitalised name keys, numbers,
language, length). A pair of representations becomes a short feature vector
(:func:`pair_features`), and a small learned model turns it into the score. The model has six
heads, all trained by
``scripts/train_similarity.py`` and shipped in ``newsprism/data/similarity-model.json``:

* ``en``: both articles English with body text: a linear model over the embedding similarities
  (trained on SemEval-2022 Task 8 en-en pairs);
* ``any``: other full-text pairs, any languages: gradient-boosted trees over all features but
  the USE cosine, whose language flags and name/number overlap carry the cross-lingual pairs;
* ``any_use``: the same pairs when both sides have a multilingual USE vector (non-English
  articles get one; :func:`represent`), with the USE cosine as one more feature (SemEval, all
  pairs, cross-validated: 0.704 -> 0.767; zh-en 0.56 -> 0.87);
* ``en_e5`` and ``any_e5``: the ``en`` and ``any_use`` pairs when both sides also have a
  multilingual-e5 vector (:func:`add_e5`; ``newsprism similarity`` gives every article one,
  story clustering none), with its cosine as one more feature;
* ``headline``: either side is a headline without body: a logistic model over headline features
  (trained on story-disjoint UCI News Aggregator pairs).

All heads are calibrated to the same scale: the full-text heads predict (4 - Overall) / 3 of the
SemEval rating, the headline head the probability of the same story. **0.5 is the same-story
threshold** on both (SemEval Overall 2.5, between "somewhat similar" and "somewhat dissimilar").
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsprism import nlp
from newsprism.clean import content_text
from newsprism.models import Article

THRESHOLD = 0.5
JOIN_EXTRA = ("log_story_size", "cos_nearest")  # article-vs-story features appended after FEATURES
HEADLINE_WORDS = 25  # a body shorter than this is treated as headline-only
LEAD_TOKENS = 96
MODEL_FILE = Path(__file__).parent / "data" / "similarity-model.json"

FEATURES = (
    "cos_title", "cos_text", "cos_full", "cos_cross", "tfidf", "names", "numbers",
    "same_lang", "both_en", "log_min_words", "cjk", "cos_use", "cos_e5",
)  # fmt: skip


@dataclass(slots=True)
class DocRepr:
    title_vec: np.ndarray
    text_vec: np.ndarray
    full_vec: np.ndarray
    terms: Counter
    names: frozenset
    nums: frozenset
    lang: str | None
    n_words: int
    headline_only: bool
    cjk: bool = False
    vec: dict | None = field(default=None)  # cached TF-IDF weights (DocFreq.weigh), or None
    norm: float = field(default=0.0)
    static_vec: np.ndarray | None = field(default=None)  # cheap vector (represent(cheap=True))
    use_vec: np.ndarray | None = field(default=None)  # multilingual USE vector (represent(multilingual=...))
    e5_vec: np.ndarray | None = field(default=None)  # multilingual-e5 vector (add_e5)
    views: tuple[str, str] | None = field(default=None)  # texts awaiting MiniLM; None: embedded

    @property
    def embedded(self) -> bool:
        return self.views is None


class DocFreq:
    """Document frequencies, updated online (a stream only ever sees what came before)."""

    def __init__(self) -> None:
        self.n = 0
        self.df: Counter = Counter()

    def add(self, terms: Counter) -> None:
        self.n += 1
        self.df.update(terms.keys())

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def vector(self, terms: Counter) -> dict[str, float]:
        return {t: (1.0 + math.log(c)) * self.idf(t) for t, c in terms.items()}

    def weigh(self, r: DocRepr) -> DocRepr:
        """Cache ``r``'s TF-IDF weights and norm with the current frequencies (a stream calls this
        once per article and once per story update instead of on every comparison)."""
        r.vec = self.vector(r.terms)
        r.norm = math.sqrt(sum(w * w for w in r.vec.values()))
        return r


def _split_title(article: Article) -> tuple[str, str]:
    """(headline, cleaned body). Without a headline, the title is empty: the lead stands in."""
    title = (article.title or "").strip()
    body = content_text(article.text, article.annotations) if article.annotations else article.text
    body = body.strip() or article.text.strip()
    if not title and nlp.word_count(body) < HEADLINE_WORDS:
        title, body = body, ""  # a bare headline given as text
    return title, body


def lead(body: str, words: int = 120) -> str:
    return " ".join(body.split()[:words])


def represent(
    articles: Sequence[Article],
    *,
    fast: bool = False,
    int8: bool | None = None,
    cheap: bool = False,
    multilingual: bool | None = None,
) -> list[DocRepr]:
    """Representations for a batch of articles (embeddings computed in batches).

    Views: the headline (48 tokens), headline plus lead (96 tokens) and, unless ``fast``, headline
    plus body up to 256 tokens. A missing view falls back to the next one, so features stay defined.
    ``int8`` (default: ``fast``) embeds with the int8-quantised model (:func:`newsprism.nlp._int8`:
    fixed activation ranges, so a text's vector is the same in any batch, as with float32; about
    0.993 cosine from its float32 vector).

    ``cheap``: no transformer yet. Each representation gets the static vector of its headline plus
    lead (:func:`newsprism.nlp.static_embed`) and keeps its view texts; :func:`embed_views` adds the
    MiniLM vectors later, for the few the stories cascade cannot decide cheaply (``fast`` views).

    ``multilingual``: which articles with a body get a USE vector (:func:`newsprism.nlp.use_embed`
    of headline plus lead), read by the ``any_use`` head when both sides of a pair have one: all
    (True), none (False), or (None, the default) those not known to be English.
    """
    int8 = fast if int8 is None else int8
    parts = [_split_title(a) for a in articles]
    leads = [(t + ". " + lead(b)).strip(". ") if b else t for t, b in parts]
    titles = [t if b else "" for t, b in parts]
    if cheap:
        statics = nlp.static_embed(leads, max_tokens=LEAD_TOKENS)
        zero = np.zeros(nlp.EMBED_DIM, np.float32)
        vecs = [(zero, zero, zero)] * len(articles)
    else:
        text_vecs = nlp.embed(leads, max_tokens=LEAD_TOKENS, fast=int8)
        title_vecs = nlp.embed(titles, max_tokens=48, fast=int8)
        if fast:
            full_vecs = text_vecs
        else:
            fulls = [(t + ". " + lead(b, 400)).strip(". ") if len(b.split()) > 70 else "" for t, b in parts]
            full_vecs = nlp.embed(fulls, max_tokens=256, fast=False)
        vecs = list(zip(title_vecs, text_vecs, full_vecs, strict=True))
    langs = [(a.language or "").split("-")[0].lower() or None for a in articles]
    want = [
        bool(b) and (multilingual or (multilingual is None and lang != "en"))
        for (_, b), lang in zip(parts, langs, strict=True)
    ]
    uses = nlp.use_embed([x if w else "" for x, w in zip(leads, want, strict=True)]) if any(want) else None
    out = []
    for k, (a, (t, b), (tv, xv, fv)) in enumerate(zip(articles, parts, vecs, strict=True)):
        full = t + "\n" + b
        n_words = nlp.word_count(b)
        has_title = bool(a.title and a.title.strip()) and bool(b)
        r = DocRepr(
            title_vec=xv,
            text_vec=xv,
            full_vec=xv,
            terms=Counter(nlp.content_terms(full)),
            names=frozenset(nlp.name_keys(full)),
            nums=frozenset(nlp.numbers(full)),
            lang=langs[k],
            n_words=n_words,
            headline_only=n_words < HEADLINE_WORDS,
            cjk=bool(nlp._CJK.search(full[:2000])),
        )
        if uses is not None and want[k]:
            r.use_vec = uses[k]
        if cheap:
            r.static_vec = statics[k]
            r.views = (titles[k] if has_title else "", leads[k])
        else:
            _set_vectors(r, tv if has_title else None, xv, fv)
        out.append(r)
    return out


def add_use(articles: Sequence[Article], reprs: Sequence[DocRepr]) -> None:
    """Give the representations of ``articles`` that have none a USE vector (an English article
    scored against one in another language)."""
    todo = [(a, r) for a, r in zip(articles, reprs, strict=True) if r.use_vec is None and not r.headline_only]
    if todo:
        for (_, r), v in zip(todo, nlp.use_embed(_headline_leads([a for a, _ in todo])), strict=True):
            r.use_vec = v


def _headline_leads(articles: Sequence[Article], words: int = 120) -> list[str]:
    """Each article's headline and the first ``words`` words of its body, the text the USE and
    e5 views embed."""
    out = []
    for a in articles:
        t, b = _split_title(a)
        out.append((t + ". " + lead(b, words)).strip(". "))
    return out


def add_e5(articles: Sequence[Article], reprs: Sequence[DocRepr]) -> None:
    """Give the representations of ``articles`` an e5 vector of headline plus lead
    (:func:`newsprism.nlp.e5_embed`), read by the ``en_e5`` and ``any_e5`` heads."""
    todo = [(a, r) for a, r in zip(articles, reprs, strict=True) if r.e5_vec is None]
    if todo:
        texts = _headline_leads([a for a, _ in todo], nlp.E5_WORDS)
        for (_, r), v in zip(todo, nlp.e5_embed(texts), strict=True):
            r.e5_vec = v


def represent_pairs(articles: Sequence[Article]) -> list[DocRepr]:
    """Representations of pairs given flat (``a0, b0, a1, b1, ...``): :func:`represent`, then a
    USE vector also for the English side of each pair that crosses languages, and an e5 vector
    for every article (pair scoring's quality view; story clustering leaves it out
    for speed: ~19 articles/s on 2 cores)."""
    reps = represent(articles)
    cross = [k for k in range(len(reps)) if reps[k ^ 1].lang != reps[k].lang]  # k ^ 1: its partner
    add_use([articles[k] for k in cross], [reps[k] for k in cross])
    add_e5(articles, reps)
    return reps


def _set_vectors(r: DocRepr, tv: np.ndarray | None, xv: np.ndarray, fv: np.ndarray) -> None:
    """The MiniLM views of ``r``, each falling back to the headline-plus-lead vector when empty."""
    r.title_vec = tv if tv is not None and tv.any() else xv
    r.text_vec = xv
    r.full_vec = fv if fv.any() else xv


def embed_views(reprs: Sequence[DocRepr], *, int8: bool = False, threads: int = 1) -> int:
    """Add the MiniLM vectors (``fast`` views: headline, headline plus lead) to the cheap
    representations among ``reprs``, in one model call (a call costs ~5 ms beyond its texts);
    returns how many. A headline is cut at 96 tokens here instead of represent()'s 48, which only
    a headline of over 40-odd words notices. float32 by default. ``threads``: see :func:`newsprism.nlp.embed`."""
    todo = [r for r in reprs if r.views is not None]
    views = [r.views for r in todo if r.views is not None]
    if not views:
        return 0
    texts = [*(v[0] for v in views), *(v[1] for v in views)]
    vecs = nlp.embed(texts, max_tokens=LEAD_TOKENS, fast=int8, threads=threads)
    for r, v, tv, xv in zip(todo, views, vecs[: len(views)], vecs[len(views) :], strict=True):
        _set_vectors(r, tv if v[0] else None, xv, xv)
        r.views = None
    return len(todo)


def tfidf_cos(a: Counter, b: Counter, df: DocFreq) -> float:
    if not a or not b:
        return 0.0
    va, vb = df.vector(a), df.vector(b)
    return _cos(
        va, vb, math.sqrt(sum(w * w for w in va.values())), math.sqrt(sum(w * w for w in vb.values()))
    )


def _cos(va: dict, vb: dict, na: float, nb: float) -> float:
    if not na or not nb:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(w * vb.get(t, 0.0) for t, w in va.items()) / (na * nb)


def _tfidf(a: DocRepr, b: DocRepr, df: DocFreq) -> float:
    if a.vec is not None and b.vec is not None:
        return _cos(a.vec, b.vec, a.norm, b.norm)
    return tfidf_cos(a.terms, b.terms, df)


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def pair_features(a: DocRepr, b: DocRepr, df: DocFreq) -> np.ndarray:
    cos_title = float(a.title_vec @ b.title_vec)
    cos_text = float(a.text_vec @ b.text_vec)
    cos_full = float(a.full_vec @ b.full_vec)
    cos_cross = float(a.title_vec @ b.text_vec + a.text_vec @ b.title_vec) / 2
    same = float(a.lang is not None and a.lang == b.lang)
    both_en = float(a.lang == "en" and b.lang == "en")
    return np.array(
        [
            cos_title, cos_text, cos_full, cos_cross, _tfidf(a, b, df),
            _jaccard(a.names, b.names), _jaccard(a.nums, b.nums), same, both_en,
            math.log1p(min(a.n_words, b.n_words)), float(a.cjk or b.cjk),
            float(a.use_vec @ b.use_vec) if a.use_vec is not None and b.use_vec is not None else 0.0,
            float(a.e5_vec @ b.e5_vec) if a.e5_vec is not None and b.e5_vec is not None else 0.0,
        ],
        dtype=np.float64,
    )  # fmt: skip


def head_for(a: DocRepr, b: DocRepr) -> str:
    both_e5 = a.e5_vec is not None and b.e5_vec is not None
    both_use = a.use_vec is not None and b.use_vec is not None
    return head_for_sides(a.headline_only, a.lang, b.headline_only, b.lang, both_use, both_e5)


def head_for_sides(
    a_headline: bool,
    a_lang: str | None,
    b_headline: bool,
    b_lang: str | None,
    both_use: bool = False,
    both_e5: bool = False,
) -> str:
    """The head that scores a pair. Two English articles: ``headline`` if either has no body,
    else ``en_e5`` when both have e5 vectors (and the shipped model has that head), else ``en``.
    Other languages: ``any_e5`` when both have e5 vectors (and, with bodies, USE vectors; the
    headline head reads MiniLM, which is English), else ``headline`` if either has no body, else
    ``any_use`` when both have USE vectors, else ``any``."""
    english = a_lang == "en" and b_lang == "en"
    headline = a_headline or b_headline
    # (the model is looked up only where a head depends on it: this runs per story candidate)
    if both_e5 and not english and (both_use or headline) and load_model().has("any_e5"):
        return "any_e5"
    if headline:
        return "headline"
    if english:
        return "en_e5" if both_e5 and load_model().has("en_e5") else "en"
    return "any_use" if both_use and load_model().has("any_use") else "any"


# --------------------------------------------------------------------------- the shipped model


class ScoreModel:
    """The three heads, loaded from JSON (linear heads as weights, trees as node arrays)."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.threshold = spec.get("threshold", THRESHOLD)
        self._forests: dict[str, _Forest] = {}

    def has(self, head: str) -> bool:
        return head in self.spec

    def uses(self, feature: str) -> bool:
        """True when some head reads ``feature`` (so the caller need not compute it otherwise)."""
        return any(isinstance(h, dict) and feature in h.get("features", ()) for h in self.spec.values())

    def features(self, head: str) -> list[str]:
        return list(self.spec[head]["features"])

    def _cols(self, head: str) -> list[int]:
        names = (*FEATURES, *JOIN_EXTRA)
        return [names.index(f) for f in self.spec[head]["features"]]

    def predict(self, head: str, X: np.ndarray) -> np.ndarray:
        h = self.spec[head]
        Z = X[:, self._cols(head)]
        if h["kind"] == "linear":
            y = Z @ np.asarray(h["coef"]) + h["intercept"]
        elif h["kind"] == "logistic":
            y = 1.0 / (1.0 + np.exp(-(Z @ np.asarray(h["coef"]) + h["intercept"])))
        elif h["kind"] == "trees":
            y = self._forest(head).predict(Z, h["baseline"])
        else:
            raise ValueError(f"unknown head kind {h['kind']!r}")
        return np.clip(y * h.get("scale", 1.0) + h.get("shift", 0.0), 0.0, 1.0)

    def _forest(self, head: str) -> _Forest:
        if head not in self._forests:
            self._forests[head] = _Forest(self.spec[head]["trees"])
        return self._forests[head]


class _Forest:
    """A head's trees as padded node arrays (one row per tree), walked together: every row of
    ``Z`` goes down every tree at once, one level per step. The trees' outputs are added in the
    trees' order (a running sum, as the per-tree loop it replaces did), so scores are unchanged."""

    def __init__(self, trees: list[dict]):
        width = max(len(t["feature"]) for t in trees)

        def pad(key: str, fill: float, dtype: type) -> np.ndarray:
            out: np.ndarray = np.full((len(trees), width), fill, dtype=dtype)
            for i, t in enumerate(trees):
                out[i, : len(t[key])] = t[key]
            return out

        self.left, self.right = pad("left", -1, np.int64), pad("right", -1, np.int64)
        self.leaf = self.left < 0
        self.feature = np.where(self.leaf, 0, pad("feature", 0, np.int64))  # leaves read column 0
        self.threshold, self.value = pad("threshold", 0.0, np.float64), pad("value", 0.0, np.float64)
        self.trees = np.arange(len(trees))[None, :]

    def predict(self, Z: np.ndarray, baseline: float) -> np.ndarray:
        t = self.trees
        node = np.zeros((len(Z), t.shape[1]), dtype=np.int64)
        rows = np.arange(len(Z))[:, None]
        for _ in range(64):
            leaf = self.leaf[t, node]
            if leaf.all():
                break
            go_left = Z[rows, self.feature[t, node]] <= self.threshold[t, node]
            node = np.where(leaf, node, np.where(go_left, self.left[t, node], self.right[t, node]))
        outs = np.concatenate([np.full((len(Z), 1), baseline, dtype=np.float64), self.value[t, node]], axis=1)
        return np.cumsum(outs, axis=1)[:, -1]  # baseline, then tree by tree: the same sums as a loop


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> ScoreModel:
    p = Path(path) if path else MODEL_FILE
    if not p.exists():
        raise RuntimeError(f"similarity model missing: {p} (run scripts/train_similarity.py)")
    return ScoreModel(json.loads(p.read_text()))


def score_features(heads: Sequence[str], X: np.ndarray, model: ScoreModel | None = None) -> np.ndarray:
    model = model or load_model()
    out = np.zeros(len(heads))
    heads_arr = np.asarray(heads)
    for h in set(heads):
        m = heads_arr == h
        out[m] = model.predict(h, X[m])
    return out


def score_pairs(
    pairs: Sequence[tuple[DocRepr, DocRepr]], df: DocFreq, model: ScoreModel | None = None
) -> np.ndarray:
    if not pairs:
        return np.zeros(0)
    X = np.vstack([pair_features(a, b, df) for a, b in pairs])
    return score_features([head_for(a, b) for a, b in pairs], X, model)


def similarity(a: Article, b: Article) -> float:
    """Same-story score of two articles (document frequencies from the pair itself), as
    ``newsprism similarity`` scores a pair."""
    ra, rb = represent_pairs([a, b])
    df = DocFreq()
    df.add(ra.terms)
    df.add(rb.terms)
    return float(score_pairs([(ra, rb)], df)[0])
