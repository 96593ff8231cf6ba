"""Stories: online clustering of articles into news stories, and syndicated-copy detection.

Articles are taken in ``published`` order (input order where equal or missing). Each article
only sees what came before it:

1. **Copies.** A MinHash (datasketch) of the article's word 4-shingles is looked up in an LSH
   index of recent articles; a candidate whose shingles contain >= 75% of this article's
   (counted exactly on the shingles' CRC-32 hashes, which the index keeps; the sketch only
   finds the candidates) makes this article a copy: ``duplicate_of`` is the earliest such
   original, and the copy joins the original's story.
2. **Candidates.** Open stories sharing a rare term or name with the article (an inverted index,
   postings capped to the most recent stories) or an LSH bucket of their embedding centroid
   (random-hyperplane SimHash). The store is never scanned: the cost per article depends on the
   postings and buckets it touches, not on how many articles came before.
3. **Scoring.** Each candidate story is a pseudo-document (centroid embeddings, summed term
   counts, its frequent names and numbers) scored against the article with the same-story
   model (:mod:`newsprism.similarity`). The article joins the best story scoring at least the
   threshold (0.35, see ``JOIN_THRESHOLD``), else it starts a new story. Story representations update incrementally.

   **Cascade** (``ClusterConfig.cascade``, ``cluster --cascade``). Articles come with static
   vectors only (:func:`newsprism.nlp.static_embed`: model2vec's distillation of MiniLM,
   projected back into MiniLM's space; ~50x cheaper), and candidates are found by their LSH
   buckets. (a) The cheap score of each candidate is the cosine of the article's static vector
   to the story's static centroid. (b) Best below ``cheap_low``: a new story; at ``cheap_high``
   or more: the article joins the best (the cheap score is its score). In between, an article
   that shares ``cheap_hits`` of its key terms with the best (the postings of step 2) joins it:
   words in common settle what the vectors leave open. (c) Otherwise, and only then, MiniLM
   embeds the article (alone: its vectors depend on its text only) and the join head
   scores the ``cheap_top`` best candidates as above. A member decided cheaply counts in its
   story's MiniLM centroids by its projected static vector, so every centroid covers all members
   (centroids over the few embedded members only were worse: WikiRef220 F1 0.886 vs 0.907).
4. **Window.** A story stays open for ``window_days`` (default 7) after its latest article; closed
   stories leave the indexes. Every decision reads only what is inside the window (open stories,
   copies of articles within it) and the running document frequencies, so when the indexes are
   pruned never changes a result: an engine pruned and saved (:mod:`newsprism.tracker` keeps it
   in the store between runs) continues exactly as one that never stopped. Undated articles take
   the latest date seen so far (the store gives them their ingest time instead).

5. **Consolidation.** Online assignment splits a big story when its first articles come from
   different angles: each starts a story, and later articles fill both. Whenever an article joins
   a story, the story's headline centroid is compared with those of the article's other candidate
   stories; two that reach ``merge_threshold`` (cosine 0.6, chosen on the UCI training-half
   stories: B-cubed there 0.887 -> 0.890, on the unseen half 0.882 -> 0.916) become one. The older
   story (the one started first) keeps its id and takes the other's members; the younger id is
   retired and redirects to it: ``Assignment.merged`` lists the ids the article's arrival retired,
   and :class:`Redirects` resolves any id a stream has emitted to the story that holds it now.

**Bridging policy.** An article that matches two open stories joins the higher-scoring one
(the other is reported in ``Assignment.runner_up``); no assignment is revised except by a merge,
which moves a whole story, so two articles once together stay together.
"""

from __future__ import annotations

import hashlib
import math
import os
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np

from newsprism import nlp
from newsprism.clean import content_text, headline, lead_line, match_view
from newsprism.models import Article, Story
from newsprism.similarity import (
    FEATURES,
    JOIN_EXTRA,
    DocFreq,
    DocRepr,
    embed_views,
    head_for_sides,
    load_model,
    pair_features,
    represent,
)

DEFAULT_WINDOW_DAYS = 7.0
# An article joins a story at a score >= 0.35 against it. This is lower than the pair threshold
# (0.5, "same narrative") because a story's centroid is broader than any one article; the
# headline join head is calibrated so that its 0.35 is P(right story) = 0.5.
JOIN_THRESHOLD = 0.35
SHINGLE = 4
NUM_PERM = 64
COPY_CONTAINMENT = 0.75
RECENT_MEMBERS = 8  # per story, for the nearest-member feature (bounded memory)


@dataclass(slots=True)
class ClusterConfig:
    threshold: float = JOIN_THRESHOLD
    window_days: float = DEFAULT_WINDOW_DAYS
    fast: bool = True  # two embedding views (headline, headline + lead), not the 256-token body view
    int8: bool = True  # int8 embeddings: faster, ~0.993 cosine from float32 (see nlp._int8)
    cascade: bool = False  # cheap static vectors first, MiniLM only where they cannot decide
    # USE vectors (similarity.represent): None: articles not in English; True: every article, so
    # English stories have a USE centroid to meet other languages with (`cluster` sets it when
    # its input mixes languages); False: none
    multilingual: bool | None = None
    max_candidates: int = 48
    postings_cap: int = 64
    key_terms: int = 12
    lsh_tables: int = 12
    lsh_bits: int = 8
    # The cascade's band (step 3b), chosen on the UCI training-half stories by
    # scripts/tune_cascade.py with the key terms below: MiniLM for 3.8% of headlines there, B-cubed
    # F1 0.889 against MiniLM's 0.885 for all (the band without key terms, 0.35-0.50: 7.4%, 0.877).
    cheap_low: float = 0.30
    cheap_high: float = 0.50
    # Full articles' static vectors sit closer together (any two news texts share much of their
    # vocabulary), so their band is higher: chosen on DUC 2007 events by the same script (`--text`:
    # MiniLM for 29% of articles there, F1 0.013 below MiniLM's; 0.30-0.70 called it for 33%).
    cheap_low_text: float = 0.35
    cheap_high_text: float = 0.70
    cheap_top: int = 3
    # In the band, an article whose best cheap candidate shares at least this many of its key terms
    # (step 2's postings) joins it without MiniLM (None: never); headlines, then full articles. The
    # same script: MiniLM joined that candidate for 95% of such headlines; 4 for full articles keeps
    # the band's F1 on DUC 2007 events (0.934) with MiniLM for 23% of articles instead of 29%.
    cheap_hits: int | None = 2
    cheap_hits_text: int | None = 4
    merge_threshold: float | None = 0.60  # step 5 (None: never merge)


@dataclass(slots=True)
class Assignment:
    id: str
    story_id: str
    duplicate_of: str | None
    score: float | None  # score against the story it joined (None: started a story)
    runner_up: str | None = None  # another story that also passed the threshold (a bridge)
    merged: tuple[str, ...] = ()  # story ids this article's arrival retired into story_id (step 5)


class Redirects:
    """Where each story id a stream emitted lives now: a retired id (``Assignment.merged``)
    resolves to the story that absorbed it, through any later merges."""

    def __init__(self) -> None:
        self.to: dict[str, str] = {}

    def add(self, asg: Assignment) -> None:
        for old in asg.merged:
            self.to[old] = asg.story_id

    def resolve(self, sid: str) -> str:
        seen = sid
        while sid in self.to:
            sid = self.to[sid]
        if sid != seen:
            self.to[seen] = sid  # path compression: the next lookup is one step
        return sid


@dataclass(slots=True)
class _StoryState:
    sid: str
    title_sum: np.ndarray
    text_sum: np.ndarray
    full_sum: np.ndarray
    terms: Counter
    names: Counter
    nums: Counter
    langs: Counter
    words: int
    headline_votes: int
    count: int
    last_ts: float
    keys: list[tuple[int, int]] = field(default_factory=list)  # LSH buckets it is filed under
    recent: deque = field(default_factory=lambda: deque(maxlen=RECENT_MEMBERS))  # latest headline vectors
    static_sum: np.ndarray | None = None  # sum of members' static vectors (the cascade's cheap centroid)
    born: int = 0  # articles the engine had seen when the story started: the older one survives a merge
    posted: set[str] = field(default_factory=set)  # terms whose postings list it (capped deques may drop it)
    use_sum: np.ndarray | None = None  # sum of members' USE vectors (non-English members)
    use_count: int = 0
    _repr: DocRepr | None = None
    _units: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    _static_unit: np.ndarray | None = None

    def units(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unit (title, text, full) centroids: the pseudo-document's vectors without its terms."""
        if self._units is None:
            self._units = (_unit(self.title_sum), _unit(self.text_sum), _unit(self.full_sum))
        return self._units

    def head_side(self) -> tuple[bool, str | None]:
        """(headline only, language) of the pseudo-document, for :func:`head_for`."""
        return self.headline_votes * 2 > self.count, self.langs.most_common(1)[0][0]

    def use_unit(self) -> np.ndarray | None:
        """The story's USE centroid, when at least half its members have a USE vector."""
        if self.use_sum is None or self.use_count * 2 < self.count:
            return None
        return _unit(self.use_sum)

    def nearest_cos(self, r: DocRepr) -> float:
        """Cosine of ``r`` to the closest recent member (a broad story has several angles)."""
        return max((float(v @ r.title_vec) for v in self.recent), default=0.0)

    def static_cos(self, r: DocRepr) -> float:
        """Cosine of ``r``'s static vector to the story's static centroid (the cascade's cheap score)."""
        if self.static_sum is None or r.static_vec is None:
            return 0.0
        if self._static_unit is None:
            self._static_unit = _unit(self.static_sum)
        return float(self._static_unit @ r.static_vec)

    def add(self, r: DocRepr, ts: float) -> None:
        if r.static_vec is not None:
            self.static_sum = (
                r.static_vec.copy() if self.static_sum is None else self.static_sum + r.static_vec
            )
        if r.use_vec is not None:
            self.use_sum = r.use_vec.copy() if self.use_sum is None else self.use_sum + r.use_vec
            self.use_count += 1
        # a member the cascade decided cheaply counts in the MiniLM centroids by its static vector,
        # projected into MiniLM's space: centroids of every member beat MiniLM-only ones of a few
        v = r.static_vec if not r.embedded and r.static_vec is not None else None
        self.title_sum += r.title_vec if v is None else v
        self.recent.append(r.title_vec if v is None else v)
        self.text_sum += r.text_vec if v is None else v
        self.full_sum += r.full_vec if v is None else v
        self.terms.update(r.terms)
        if len(self.terms) > 400:  # keep the story's vocabulary bounded
            self.terms = Counter(dict(self.terms.most_common(250)))
        self.names.update(r.names)
        self.nums.update(r.nums)
        for name in ("names", "nums"):  # bounded too: a story that never closes must not slow down
            c = getattr(self, name)
            if len(c) > 400:
                setattr(self, name, Counter(dict(c.most_common(250))))
        self.langs[r.lang] += 1
        self.words += r.n_words
        self.headline_votes += r.headline_only
        self.count += 1
        self.last_ts = max(self.last_ts, ts)
        self._repr = None
        self._units = None
        self._static_unit = None

    def pseudo(self, df: DocFreq | None = None) -> DocRepr:
        """The story as one document: what the scorer compares an article against."""
        if self._repr is None:
            need = max(1, math.ceil(self.count * 0.2))
            n = self.count
            title_vec, text_vec, full_vec = self.units()
            self._repr = DocRepr(
                title_vec=title_vec,
                text_vec=text_vec,
                full_vec=full_vec,
                terms=Counter(
                    {t: max(1, round(c / n)) for t, c in self.terms.items() if c * 2 >= n or n <= 2}
                )
                or self.terms,
                names=frozenset(k for k, c in self.names.items() if c >= need),
                nums=frozenset(k for k, c in self.nums.items() if c >= need),
                lang=self.head_side()[1],
                n_words=self.words // n,
                headline_only=self.head_side()[0],
                use_vec=self.use_unit(),
            )
            if df is not None:
                df.weigh(self._repr)
        return self._repr


_CENTROID_FEATURES = frozenset(
    ["cos_title", "cos_text", "cos_full", "cos_cross", "log_story_size", "cos_nearest"]
)


def _head_for_story(r: DocRepr, st: _StoryState) -> str:
    """:func:`~newsprism.similarity.head_for` against a story, without building its pseudo-document."""
    return head_for_sides(
        r.headline_only, r.lang, *st.head_side(), r.use_vec is not None and st.use_unit() is not None
    )


def _unit(v: np.ndarray) -> np.ndarray:
    # (the sum of squares and its square root as np.linalg.norm takes them for a vector, without
    # its checks: this runs several times per article)
    n = float(np.sqrt(v.dot(v)))
    return (v / n).astype(np.float32, copy=False) if n else v.astype(np.float32)


def timestamp(published: str | None) -> float | None:
    """POSIX seconds of an ISO 8601 date or time (UTC where no zone is given); None if unreadable."""
    if not published:
        return None
    try:
        s = published.replace("Z", "+00:00")
        dt = datetime.fromisoformat(s if "T" in s else s + "T00:00:00+00:00")
        return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()
    except ValueError:
        return None


def stream_order(times: Sequence[float | None]) -> list[tuple[int, float]]:
    """The stream order of items given in input order with their times (None: undated):
    ``(index, stream time)`` sorted by time, input order where equal (a stable sort). An undated
    item takes the time of the last dated one before it in the input (-inf when none), so it keeps
    its place after them. The one order of every way of clustering (``cluster``, the Spark batch)."""
    keyed, last = [], -math.inf
    for i, t in enumerate(times):
        last = t if t is not None else last
        keyed.append((last if t is None else t, i))
    return [(i, t) for t, i in sorted(keyed)]


def mixes_languages(languages: Iterable[str | None]) -> bool:
    """Do articles of these languages (BCP 47 tags) need USE vectors to meet across languages:
    two languages, or one that is not English? A language no one could tell (a one-line note:
    "(Margaret Talbot is a senior editor at The New Republic.)") decides nothing: one such
    article among 1,024 English DUC articles had made `cluster` embed all of them with USE too,
    twice the time."""
    known = {tag.split("-")[0].lower() for tag in languages if tag}
    return len(known) > 1 or not known <= {"en"}


def order(articles: Sequence[Article]) -> list[int]:
    """Indices of ``articles`` in stream order (:func:`stream_order` of their ``published``)."""
    return [i for i, _ in stream_order([timestamp(a.published) for a in articles])]


def story_id_for(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=1)
def _permutations():
    """The MinHash permutations of seed 1, drawn once (datasketch draws them per MinHash)."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    return m.permutations, m.scheme


class CopyIndex:
    """Near-verbatim copy detection: MinHash LSH over word shingles, containment-tested."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=0.3, num_perm=NUM_PERM)
        self.sigs: dict[str, tuple[np.ndarray, float]] = {}  # shingle hashes, filing time
        self.exact: dict[str, tuple[str, float]] = {}  # normalised short text -> (first id, time)
        self.exact_fifo: deque[tuple[float, str]] = deque()
        self.fifo: deque[str] = deque()

    @staticmethod
    def _shingles(text: str) -> set[bytes]:
        return CopyIndex._token_shingles(nlp.tokens(match_view(text)))

    @staticmethod
    def _token_shingles(toks: list[str]) -> set[bytes]:
        if len(toks) < SHINGLE:
            return set()
        return {" ".join(toks[i : i + SHINGLE]).encode("utf-8") for i in range(len(toks) - SHINGLE + 1)}

    def find(self, aid: str, text: str, ts: float, since: float = -math.inf) -> str | None:
        """The earliest indexed article (filed at or after ``since``) that ``text`` copies; files it."""
        from datasketch import MinHash

        toks = nlp.tokens(match_view(text))
        sh = self._token_shingles(toks)
        if len(sh) < 8:  # headlines and fragments: only an exact (normalised) repeat is a copy
            key = " ".join(toks)
            orig = self.exact.get(key)
            if orig is not None and orig[1] < since:  # outside the window: no longer a source
                orig = None
            if orig is None and key:
                self.exact[key] = (aid, ts)
                self.exact_fifo.append((ts, key))
            return orig[0] if orig else None
        # each shingle's CRC-32, sorted: the exact containment below intersects them, and the
        # sketch takes them as its hashes (datasketch's default, SHA-1 in Python, cost a tenth of
        # clustering full articles; the scheme's fmix32 scrambles them before the permutations)
        hv = np.unique(np.fromiter(map(zlib.crc32, sh), dtype=np.uint32, count=len(sh)))
        perms, scheme = _permutations()
        mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=perms, scheme=scheme, hashfunc=int)
        mh.update_batch(hv)
        best, best_c = None, 0.0
        # by filing time, then id: the LSH answers with a set, whose order changes from process to
        # process (string hashing), and two sources alike within 0.02 go to the earlier-listed one
        for other in sorted(self.lsh.query(mh), key=lambda o: (self.sigs[o][1], o)):
            ohv, ots = self.sigs[other]
            if ots < since:
                continue
            # the sketch finds candidates; the decision is exact: |this ∩ other| / |this|
            c = np.intersect1d(hv, ohv, assume_unique=True).size / hv.size
            if c >= COPY_CONTAINMENT and (
                c > best_c + 0.02 or (abs(c - best_c) <= 0.02 and best and ots < self.sigs[best][1])
            ):
                best, best_c = other, c
        self.lsh.insert(aid, mh, check_duplication=False)  # the index keeps the bands, not the sketch
        self.sigs[aid] = (hv, ts)
        self.fifo.append(aid)
        return best

    def held(self) -> set[str]:
        """Ids of the articles :meth:`find` can still return."""
        return set(self.sigs).union(a for a, _ in self.exact.values())

    def evict_before(self, ts: float) -> None:
        while self.exact_fifo and self.exact_fifo[0][0] < ts:
            _, key = self.exact_fifo.popleft()
            if key in self.exact and self.exact[key][1] < ts:
                del self.exact[key]
        while self.fifo and self.sigs[self.fifo[0]][1] < ts:
            aid = self.fifo.popleft()
            self.lsh.remove(aid)
            del self.sigs[aid]


_ENGINE_FIELDS = ("cfg", "df", "stories", "story_of", "copies", "clock", "_seen", "transformer_calls")


class OnlineClusterer:
    """Streaming story clustering. Feed articles in order with :meth:`add_batch`."""

    def __init__(self, config: ClusterConfig | None = None):
        self.cfg = config or ClusterConfig()
        self.model = load_model()
        self._need_nearest = self.model.uses("cos_nearest")  # the trainer sets it to compare heads
        self.df = DocFreq()
        self.stories: dict[str, _StoryState] = {}
        self.story_of: dict[str, str] = {}
        self.postings: dict[str, deque[str]] = defaultdict(lambda: deque(maxlen=self.cfg.postings_cap))
        # tables 0..T-1: MiniLM (or static) centroids; T..2T-1: USE centroids (other languages)
        self.buckets: list[dict[int, set[str]]] = [defaultdict(set) for _ in range(2 * self.cfg.lsh_tables)]
        self.copies = CopyIndex()
        self.clock = -math.inf
        self._seen = 0
        self.transformer_calls = 0  # articles the cascade embedded with MiniLM
        self._worker: Future | None = None  # run()'s representation of the next batch, if any
        self._planes()

    def _planes(self) -> None:
        """The SimHash hyperplanes (a fixed seed: the same for every engine of one config)."""
        rng = np.random.default_rng(20260312)
        self.planes = rng.standard_normal((self.cfg.lsh_tables, self.cfg.lsh_bits, nlp.EMBED_DIM)).astype(
            np.float32
        )
        self.use_planes = (
            np.random.default_rng(20261124)
            .standard_normal((self.cfg.lsh_tables, self.cfg.lsh_bits, nlp.USE_DIM))
            .astype(np.float32)
        )
        self._bit_weights = (1 << np.arange(self.cfg.lsh_bits)).astype(np.int64)

    # ------------------------------------------------------------------ index helpers

    def _lsh_keys(self, vec: np.ndarray, use: np.ndarray | None = None) -> list[tuple[int, int]]:
        """(table, code) of ``vec``'s buckets, then those of the USE vector ``use`` when given."""
        bits = (self.planes @ vec) > 0  # (tables, bits)
        codes = bits.astype(np.int64) @ self._bit_weights
        keys = list(enumerate(codes.tolist()))
        if use is not None:
            ucodes = ((self.use_planes @ use) > 0).astype(np.int64) @ self._bit_weights
            keys += [(self.cfg.lsh_tables + t, c) for t, c in enumerate(ucodes.tolist())]
        return keys

    def _file_story(self, st: _StoryState) -> None:
        key = st.static_sum if self.cfg.cascade and st.static_sum is not None else st.text_sum
        new = self._lsh_keys(_unit(key), st.use_unit())
        if new == st.keys:
            return
        for t, code in st.keys:
            self.buckets[t][code].discard(st.sid)
        for t, code in new:
            self.buckets[t][code].add(st.sid)
        st.keys = new

    def _key_terms(self, r: DocRepr) -> list[str]:
        """The article's most salient terms by TF-IDF (a term seen in no other article yet is a
        poor key: nothing can be retrieved by it), names first among equals."""
        n = self.df.n

        def weight(t: str) -> float:
            df = self.df.df.get(t, 0)
            rare = 0.25 if df <= 1 and n > 50 else 1.0
            return (1.0 + math.log(r.terms[t])) * self.df.idf(t) * rare * (1.3 if t in r.names else 1.0)

        return sorted(r.terms, key=lambda t: (-weight(t), t))[: self.cfg.key_terms]

    def _open(self, st: _StoryState) -> bool:
        if not math.isfinite(st.last_ts):  # undated so far: nothing to close it by
            return True
        return self.clock - st.last_ts <= self.cfg.window_days * 86400

    def _close_old(self) -> None:
        cutoff = self.clock - self.cfg.window_days * 86400
        closed = [s for s, st in self.stories.items() if math.isfinite(st.last_ts) and st.last_ts < cutoff]
        for sid in closed:
            st = self.stories.pop(sid)
            for t, code in st.keys:
                self.buckets[t][code].discard(sid)
        self.copies.evict_before(cutoff)
        if closed:  # what only closed stories used goes with them
            for term in [t for t, d in self.postings.items() if all(s not in self.stories for s in d)]:
                del self.postings[term]
        # an article can be found as a copy only while the copy index holds it: the map keeps
        # those alone, so it is bounded by the window, not by how long a story stays open
        live = self.copies.held()
        self.story_of = {a: s for a, s in self.story_of.items() if s in self.stories and a in live}

    def prune(self) -> None:
        """Drop what the window has closed (results never depend on when this runs): what is left
        is the state worth saving. A story's cached pseudo-document stays: its TF-IDF weights are
        those of the frequencies when it was built, and rebuilding it later would change scores."""
        if math.isfinite(self.clock):
            self._close_old()

    def file_member(self, sid: str, aid: str, r: DocRepr, ts: float) -> None:
        """Add an article the caller assigned itself (a late one, :mod:`newsprism.tracker`) to the
        open story ``sid``; its document frequencies are the caller's to count."""
        self._join(sid, aid, r, ts, self._key_terms(r))

    def __getstate__(self) -> dict:
        """Everything but the loaded model (shared, reloaded on unpickling); postings as plain lists."""
        state = {k: getattr(self, k) for k in _ENGINE_FIELDS}
        state["postings"] = {t: list(d) for t, d in self.postings.items()}
        state["buckets"] = [{c: set(v) for c, v in b.items() if v} for b in self.buckets]
        return state

    def __setstate__(self, state: dict) -> None:
        for k in _ENGINE_FIELDS:
            setattr(self, k, state[k])
        self.model = load_model()
        self._need_nearest = self.model.uses("cos_nearest")
        self._worker = None
        self._planes()
        cap = self.cfg.postings_cap
        self.postings = defaultdict(lambda: deque(maxlen=cap))
        for t, sids in state["postings"].items():
            self.postings[t] = deque(sids, maxlen=cap)
        self.buckets = [defaultdict(set, b) for b in state["buckets"]]

    # ------------------------------------------------------------------ the stream

    def run(self, articles: Sequence[Article], batch: int = 256) -> Iterator[Assignment]:
        """Assign ``articles`` (already in stream order), embedding the next batch in a worker
        thread while this one is clustered: the model runs outside the GIL, so the two overlap."""
        chunks = [articles[i : i + batch] for i in range(0, len(articles), batch)]
        if not chunks:
            return
        with ThreadPoolExecutor(max_workers=1) as pool:
            if self.cfg.cascade:  # load MiniLM while the first batch gets its static vectors
                pool.submit(nlp.one_text_embedder, self.cfg.int8)
            pending = pool.submit(self._represent, chunks[0])
            for k, chunk in enumerate(chunks):
                reprs = pending.result()
                if k + 1 < len(chunks):
                    pending = self._worker = pool.submit(self._represent, chunks[k + 1])
                yield from self.add_batch(chunk, reprs)
        self._worker = None

    def warm(self, sample: Article) -> None:
        """Load every model this configuration reads, by representing ``sample`` (the engine's
        state does not change); they load on first use otherwise. For timing the work alone."""
        self._represent([sample])
        load_model()
        if self.cfg.cascade:
            nlp.one_text_embedder(self.cfg.int8)

    def _represent(self, articles: Sequence[Article]) -> list[DocRepr]:
        """Representations as this engine's configuration asks for them."""
        cfg = self.cfg
        return represent(
            articles, fast=cfg.fast, int8=cfg.int8, cheap=cfg.cascade, multilingual=cfg.multilingual
        )

    def add_batch(
        self, articles: Sequence[Article], reprs: Sequence[DocRepr] | None = None
    ) -> list[Assignment]:
        """Assign each article in the order given (call with articles already in stream order)."""
        reprs = list(reprs) if reprs is not None else self._represent(articles)
        return [self._add(a, r) for a, r in zip(articles, reprs, strict=True)]

    def _embed(self, r: DocRepr) -> None:
        """MiniLM for an article the cheap stage left undecided, on its own (int8 when configured:
        alone in its batch, its vectors depend on its text only), counted."""
        idle = self._worker is None or self._worker.done()
        # More torch threads for a lead while the worker is idle (WikiRef220 `--cascade`, 2 cores:
        # MiniLM's calls ~12% faster); one for a headline (the UCI headlines' calls took 50% longer
        # on two) or while the worker runs (the two wait on each other: nlp._forward).
        threads = (os.cpu_count() or 1) if idle and not r.headline_only else 1
        self.transformer_calls += embed_views([r], int8=self.cfg.int8, threads=threads)

    def candidates(self, r: DocRepr, keys: list[str]) -> list[str]:
        """Open stories sharing key terms or an embedding LSH bucket with ``r``, most hits first."""
        hits: Counter = Counter()
        for k in keys:
            for sid in self.postings.get(k, ()):
                hits[sid] += 1
        key = r.static_vec if self.cfg.cascade and r.static_vec is not None else r.text_vec
        for t, code in self._lsh_keys(key, r.use_vec):
            for sid in self.buckets[t].get(code, ()):
                hits[sid] += 2
        live = Counter({s: n for s, n in hits.items() if s in self.stories and self._open(self.stories[s])})
        ranked = sorted(live.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by id: no set order leaks in
        return [sid for sid, _ in ranked[: self.cfg.max_candidates]]

    def new_story(self, aid: str, ts: float) -> str:
        sid = story_id_for(aid)
        self.stories[sid] = self._blank(sid, ts)
        self.stories[sid].born = self._seen
        return sid

    @staticmethod
    def _blank(sid: str, ts: float) -> _StoryState:
        z = np.zeros(nlp.EMBED_DIM, np.float32)
        return _StoryState(
            sid, z.copy(), z.copy(), z.copy(), Counter(), Counter(), Counter(), Counter(), 0, 0, 0, ts
        )

    def detached_state(self, sid: str, reprs: Sequence[DocRepr], times: Sequence[float]) -> _StoryState:
        """A story's state built from member representations, outside the indexes: how a story
        that has left the window is scored against an article published while it was open."""
        st = self._blank(sid, -math.inf)
        for r, ts in zip(reprs, times, strict=True):
            st.add(r, ts)
        return st

    def join_features(self, r: DocRepr, states: list[_StoryState]) -> np.ndarray:
        """Article-vs-story features: the pair features against each story's pseudo-document, then
        JOIN_EXTRA (log story size, cosine to the nearest recent member)."""
        X = np.vstack([pair_features(r, st.pseudo(self.df), self.df) for st in states])
        near = self._need_nearest
        extra = np.array([[math.log1p(st.count), st.nearest_cos(r) if near else 0.0] for st in states])
        return np.hstack([X, extra])

    def join_scores(self, r: DocRepr, states: list[_StoryState]) -> np.ndarray:
        """How well ``r`` fits each candidate story: the ``join_<head>`` model where the shipped
        model has one (trained on article-vs-story decisions), else the pair head."""
        heads = [_head_for_story(r, st) for st in states]
        scores = np.zeros(len(states))
        for h in set(heads):
            m = np.array([x == h for x in heads])
            group = [st for st, x in zip(states, heads, strict=True) if x == h]
            if self.model.has("join_" + h):
                need = frozenset(self.model.features("join_" + h))
                if need <= _CENTROID_FEATURES:
                    X = self._centroid_features(r, group, need)  # no pseudo-document needed
                else:
                    X = self.join_features(r, group)
                scores[m] = self.model.predict("join_" + h, X)
            else:
                scores[m] = self.model.predict(h, self.join_features(r, group)[:, : len(FEATURES)])
        return scores

    def _centroid_features(self, r: DocRepr, states: list[_StoryState], need: frozenset[str]) -> np.ndarray:
        """The join features in ``need`` that read only embeddings and story size (the others left
        at 0): the cheap path when a head reads nothing else, as the shipped headline join head does."""
        units = [st.units() for st in states]
        X = np.zeros((len(states), len(FEATURES) + len(JOIN_EXTRA)))
        col = {f: i for i, f in enumerate((*FEATURES, *JOIN_EXTRA))}
        T = np.vstack([u[0] for u in units]) if need & {"cos_title", "cos_cross"} else None
        V = np.vstack([u[1] for u in units]) if need & {"cos_text", "cos_cross"} else None
        if "cos_title" in need:
            X[:, col["cos_title"]] = T @ r.title_vec
        if "cos_text" in need:
            X[:, col["cos_text"]] = V @ r.text_vec
        if "cos_full" in need:
            X[:, col["cos_full"]] = np.vstack([u[2] for u in units]) @ r.full_vec
        if "cos_cross" in need:
            X[:, col["cos_cross"]] = (V @ r.title_vec + T @ r.text_vec) / 2
        if "log_story_size" in need:
            X[:, col["log_story_size"]] = [math.log1p(st.count) for st in states]
        if "cos_nearest" in need:
            X[:, col["cos_nearest"]] = [st.nearest_cos(r) for st in states]
        return X

    def replay(self, art: Article, r: DocRepr, sid: str) -> None:
        """Take an article whose story is already decided (``sid``) as if the engine had decided
        it: frequencies, copy index, story state and indexes. Rebuilds an engine from a store."""
        ts = timestamp(art.published)
        self.clock = max(self.clock, ts) if ts is not None else self.clock
        ts = self.clock if ts is None else ts
        self._seen += 1
        if self._seen % 2000 == 0 and math.isfinite(self.clock):
            self._close_old()
        self.df.add(r.terms)
        self.df.weigh(r)
        text = content_text(art.text, art.annotations) if art.annotations else art.text
        self.copies.find(
            art.id, text, ts if math.isfinite(ts) else 0.0, self.clock - self.cfg.window_days * 86400
        )
        if sid not in self.stories:
            self.stories[sid] = self._blank(sid, ts)
            self.stories[sid].born = self._seen
        self._join(sid, art.id, r, ts, self._key_terms(r))

    def _add(self, art: Article, r: DocRepr) -> Assignment:
        ts = timestamp(art.published)
        self.clock = max(self.clock, ts) if ts is not None else self.clock
        ts = self.clock if ts is None else ts
        self._seen += 1
        if self._seen % 2000 == 0 and math.isfinite(self.clock):
            self._close_old()
        self.df.add(r.terms)
        self.df.weigh(r)
        keys = self._key_terms(r)
        text = content_text(art.text, art.annotations) if art.annotations else art.text
        since = self.clock - self.cfg.window_days * 86400
        dup = self.copies.find(art.id, text, ts if math.isfinite(ts) else 0.0, since)
        sid = self.story_of.get(dup) if dup is not None else None
        if sid is not None and sid in self.stories and self._open(self.stories[sid]):
            self._join(sid, art.id, r, ts, keys)
            return Assignment(art.id, sid, dup, None)

        cands = self.candidates(r, keys)
        best = runner = None
        best_s = -1.0
        found = cands
        if cands and self.cfg.cascade and r.static_vec is not None:
            cands, decided = self._cheap(r, cands, keys)
            if decided is not None:
                best, best_s, runner = decided
                cands = []
        if cands:
            if not r.embedded:
                self._embed(r)
            scores = self.join_scores(r, [self.stories[s] for s in cands])
            ranked = np.argsort(-scores, kind="stable")
            if scores[ranked[0]] >= self.cfg.threshold:
                best, best_s = cands[ranked[0]], float(scores[ranked[0]])
                if len(ranked) > 1 and scores[ranked[1]] >= self.cfg.threshold:
                    runner = cands[ranked[1]]
        if best is None:
            best = self.new_story(art.id, ts)
            self._join(best, art.id, r, ts, keys)
            return Assignment(art.id, best, dup, None)
        self._join(best, art.id, r, ts, keys)
        best, merged = self._consolidate(best, [c for c in found if c != best])
        if runner is not None and runner in merged:
            runner = None
        return Assignment(art.id, best, dup, best_s, runner, tuple(merged))

    def _consolidate(self, sid: str, others: list[str]) -> tuple[str, list[str]]:
        """Step 5: merge story ``sid``, just grown, with each of ``others`` (the article's other
        candidates) whose headline centroid has come within ``merge_threshold`` of its own.
        Returns the surviving id and the retired ones."""
        if self.cfg.merge_threshold is None:
            return sid, []
        retired = []
        for other in others:
            st, ot = self.stories[sid], self.stories.get(other)
            if ot is None or not self._open(ot):
                continue
            if float(st.units()[0] @ ot.units()[0]) >= self.cfg.merge_threshold:
                keep, gone = (sid, other) if (st.born, sid) <= (ot.born, other) else (other, sid)
                self._merge(keep, gone)
                retired.append(gone)
                sid = keep
        return sid, retired

    def _merge(self, keep: str, gone: str) -> None:
        """Story ``gone`` joins ``keep``: members, centroids, terms and index entries."""
        k, g = self.stories[keep], self.stories.pop(gone)
        for name in ("title_sum", "text_sum", "full_sum"):
            setattr(k, name, getattr(k, name) + getattr(g, name))
        if g.static_sum is not None:
            k.static_sum = g.static_sum.copy() if k.static_sum is None else k.static_sum + g.static_sum
        if g.use_sum is not None:
            k.use_sum = g.use_sum.copy() if k.use_sum is None else k.use_sum + g.use_sum
            k.use_count += g.use_count
        for counter in ("terms", "names", "nums", "langs"):
            getattr(k, counter).update(getattr(g, counter))
        k.words += g.words
        k.headline_votes += g.headline_votes
        k.count += g.count
        k.last_ts = max(k.last_ts, g.last_ts)
        k.recent.extend(g.recent)
        k._repr = None
        k._units = None
        k._static_unit = None
        for aid, s in self.story_of.items():  # the articles a copy could still be found of
            if s == gone:
                self.story_of[aid] = keep
        for t, code in g.keys:
            self.buckets[t][code].discard(gone)
        for term in g.posted:  # the postings that list the retired story now list the survivor
            d = self.postings.get(term)
            if d is not None and gone in d and keep not in d:
                d.append(keep)
                k.posted.add(term)
        self._file_story(k)

    def _cheap(
        self, r: DocRepr, cands: list[str], keys: Sequence[str] = ()
    ) -> tuple[list[str], tuple[str | None, float, str | None] | None]:
        """The cascade's cheap stage: ``(candidates left for MiniLM, decision)``. The decision is
        ``(story, score, runner-up)`` when the static cosines settle it (story None: start one)."""
        lo, hi = (
            (self.cfg.cheap_low, self.cfg.cheap_high)
            if r.headline_only
            else (self.cfg.cheap_low_text, self.cfg.cheap_high_text)
        )
        cos = np.array([self.stories[s].static_cos(r) for s in cands])
        ranked = np.argsort(-cos, kind="stable")
        top = float(cos[ranked[0]])
        if top < lo:
            return [], (None, -1.0, None)
        if top >= hi:
            runner = cands[ranked[1]] if len(ranked) > 1 and cos[ranked[1]] >= hi else None
            return [], (cands[ranked[0]], top, runner)
        best = cands[ranked[0]]
        need = self.cfg.cheap_hits if r.headline_only else self.cfg.cheap_hits_text
        if need is not None and sum(best in self.postings.get(k, ()) for k in keys) >= need:
            return [], (best, top, None)
        return [cands[i] for i in ranked[: self.cfg.cheap_top] if cos[i] >= lo], None

    def _join(self, sid: str, aid: str, r: DocRepr, ts: float, keys: list[str]) -> None:
        st = self.stories[sid]
        st.add(r, ts)
        self.story_of[aid] = sid
        for k in keys:
            d = self.postings[k]
            if sid not in d:
                d.append(sid)
                st.posted.add(k)
        self._file_story(st)


def cluster(
    articles: Sequence[Article], config: ClusterConfig | None = None, batch: int = 256
) -> list[Assignment]:
    """Online clustering of ``articles``; assignments come back in input order, each with the
    story that holds the article at the end (a story retired by a merge resolved to its survivor;
    ``merged`` still says which merges each article's arrival caused)."""
    idx = order(articles)
    engine = OnlineClusterer(config)
    out: dict[int, Assignment] = {}
    redirects = Redirects()
    for j, asg in zip(idx, engine.run([articles[i] for i in idx], batch=batch), strict=True):
        out[j] = asg
        redirects.add(asg)
    for asg in out.values():  # every article in the story that holds it at the end
        asg.story_id = redirects.resolve(asg.story_id)
    return [out[i] for i in range(len(articles))]


def story_record(
    sid: str, members: Sequence[Article], duplicates: dict[str, str], title: str | None = None
) -> Story:
    """The one way a :class:`Story` record is built: members in published order (undated last),
    outlets in that order, the published range, and a title: ``title`` when the story already has
    one (a shown title stays, unless the member it came from no longer reads like the rest), else
    the earliest headline that reads as one (not a wire slug such as "Urgent",
    :func:`clean.headline`) of a member that reads like the rest of the story
    (:func:`title_members`), else the longest such original's first line."""
    arts = sorted(members, key=lambda a: timestamp(a.published) or math.inf)
    dated = [a.published for a in arts if a.published]
    fit = title_members(arts)
    named = next((a for a in arts[:TITLE_POOL] if title and headline(a) == title), None)
    if named is not None and all(a.id != named.id for a in fit):
        title = None  # the story outgrew the article that named it (another event that came first)
    originals = [a for a in fit if a.id not in duplicates]
    lead = max(originals or fit, key=lambda a: (len(a.text), -(timestamp(a.published) or 0)))
    return Story(
        id=sid,
        article_ids=[a.id for a in arts],
        title=(title or next(filter(None, map(headline, fit)), None) or lead_line(lead)).strip(),
        outlets=list(dict.fromkeys(a.outlet for a in arts if a.outlet)),
        first_published=min(dated) if dated else None,
        last_published=max(dated) if dated else None,
        duplicates={a.id: duplicates[a.id] for a in arts if a.id in duplicates},
    )


TITLE_WORDS = 200  # content words of each member's text compared for its fit
TITLE_FIT = 0.6  # of the story's median overlap: a member below it does not title the story
TITLE_POOL = 50  # the earliest members compared (a title is an early member's): bounded work per record


def title_members(
    arts: Sequence[Article], fit: float = TITLE_FIT, n_words: int = TITLE_WORDS
) -> list[Article]:
    """The members (of three or more) that may title a story, in the order given: those whose
    words the others carry at least ``fit`` times as well as the story's median member's. A
    member's score is the share of the other members that hold each of its first ``n_words``
    content words, averaged over its words (linear in the story's size). An article of another
    event that joined first (an appeals court on Microsoft, two days before the line-item veto
    ruling it sits with) shares few words with the rest and does not name the story. Words, not
    embeddings: a record is built from the articles alone, wherever it is built. Only the earliest
    ``TITLE_POOL`` members are compared, each by the start of its text, so a record of a story of
    any size costs the same."""
    arts = list(arts)[:TITLE_POOL]
    if len(arts) < 3:
        return arts
    heads = (content_text(a.text[: n_words * 12], a.annotations) for a in arts)
    bags = [set(nlp.content_terms(h)[:n_words]) for h in heads]
    held = Counter(w for bag in bags for w in bag)
    others = len(arts) - 1
    scores = [sum(held[w] - 1 for w in bag) / (others * len(bag)) if bag else 0.0 for bag in bags]
    bar = fit * float(np.median(scores))
    return [a for a, s in zip(arts, scores, strict=True) if s >= bar]


def build_stories(articles: Sequence[Article], assignments: Iterable[Assignment]) -> list[Story]:
    """Story records from assignments, earliest story first."""
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[Assignment]] = defaultdict(list)
    for asg in assignments:
        groups[asg.story_id].append(asg)
    stories = [
        story_record(
            sid, [by_id[m.id] for m in members], {m.id: m.duplicate_of for m in members if m.duplicate_of}
        )
        for sid, members in groups.items()
    ]
    stories.sort(key=lambda s: (s.first_published or "", s.id))
    return stories


def cluster_into_stories(articles: Sequence[Article], config: ClusterConfig | None = None) -> list[Story]:
    return build_stories(articles, cluster(articles, config))
