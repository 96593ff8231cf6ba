"""Living stories: the one step every way in goes through (``ingest``, ``analyze``, the Python
API, web upload, ``load`` of a Spark batch). It assigns the stored articles that are in no story
yet to stories, with the online engine of :mod:`newsprism.stories`, against what the store holds.

1. **Pending.** The articles in no story (:meth:`Store.pending_articles`) in stream order: by
   ``published``, an undated article by the time the store first saw it, then ingest order.
   Nothing else decides membership, so a crash between storing and assigning loses nothing: the
   next run of any way in assigns what is pending.
2. **State.** The engine's state lives in the store (table ``engine_state``): a snapshot written
   in the same transaction as the stories it produced, with a generation number. A process loads
   it when the stored generation differs from the one it holds. Engine decisions read only the
   window and the running document frequencies (see :mod:`newsprism.stories`), so a snapshot,
   pruned to the window, continues exactly as an engine that never stopped: the same
   published-ordered stream gives the same stories in 1 batch, 3 batches or one article at a
   time, and a restart changes nothing. (Rebuilding from the store instead would mean replaying
   every stored article since the first: the document frequencies cover the whole stream.)
3. **In order.** An article at or after the engine's clock (the latest time it has assigned)
   goes through the engine as in a stream.
4. **Late.** An article published before the clock is scored against the stories that were open
   at its time: stored stories with an article published within ``window_days`` of it, each the
   engine's live state while still in the window, else rebuilt from up to ``LATE_MEMBERS`` of its
   members nearest in time. It joins the best one at the join threshold, or one it copies, or
   starts its own story. No earlier assignment is revised and the clock does not move. Late
   articles go first (they are the earliest), in groups of ``LATE_BATCH`` that see each other's
   assignments before they commit together.
5. **Commit.** Touched stories and the new snapshot commit together, compare-and-swap on the
   generation: when another writer moved the state on meanwhile, nothing is written and the
   chunk is redone from the stored state. A store with stories but no saved state (one written
   before the living store) is replayed once: each assigned article, in stream order, into its
   stored story (:meth:`OnlineClusterer.replay`). Story ids are the engine's (a hash of the first
   article), never reused; an id that a later merge retires resolves through ``story_aliases``.
"""

from __future__ import annotations

import io
import logging
import math
import pickle
import weakref
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsprism.models import Article, Story
from newsprism.store.base import EngineState, Pending, Store
from newsprism.stories import (
    COPY_CONTAINMENT,
    Assignment,
    ClusterConfig,
    CopyIndex,
    OnlineClusterer,
    Redirects,
    story_id_for,
    story_record,
    timestamp,
)

if TYPE_CHECKING:
    from newsprism.similarity import DocRepr

log = logging.getLogger(__name__)

ENGINE_NAME = "stories"
# The saved engine is a pickle of (STATE_FORMAT, OnlineClusterer). Bump STATE_FORMAT when the
# engine's attributes change shape: a state of another format is rebuilt by replaying the stored
# assignments (exact, as for a store written before the living store), never misread.
STATE_FORMAT = 6  # 5: the copy index keeps CRC-32 shingle hashes, not SHA-1 sketches; 6: DocRepr.e5_vec
# Classes renamed since a state format was written, so that those states still load.
_RENAMED = {("newsprism.stories", "_CopyIndex"): ("newsprism.stories", "CopyIndex")}
CHUNK = 1000  # in-order articles assigned and committed together
LATE_MEMBERS = 32  # members of a closed story re-represented to score a late article against it
LATE_CANDIDATES = 200  # stored stories a late article is scored against at most
LATE_BATCH = 64  # late articles assigned and committed together
MAX_RETRIES = 5

# progress(done, total): articles assigned so far
AssignProgress = Callable[[int, int], None]


@dataclass(slots=True)
class Assigned:
    """What one call of :meth:`StoryTracker.assign` did."""

    stories: dict[str, str]  # article id -> story id, for every article assigned now
    late: int = 0  # of which published before the engine's clock


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(max(ts, 0.0), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stream_time(p: Pending) -> float:
    t = timestamp(p.published)
    return t if t is not None else (timestamp(p.ingested_at) or 0.0)


class StoryTracker:
    """Keeps one store's stories current. One per store (:func:`tracker_for`); safe to run from
    several processes on one store (the commit is compare-and-swap)."""

    def __init__(self, config: ClusterConfig | None = None, *, chunk: int = CHUNK) -> None:
        # int8 embeddings: an article's vectors do not depend on the batch it arrived in (fixed
        # activation ranges, nlp._int8)
        self.cfg = config or ClusterConfig()
        self.chunk = chunk
        self.engine: OnlineClusterer | None = None
        self.generation = 0
        self.articles = 0  # articles the saved state has assigned
        self._reprs: dict[str, DocRepr] = {}
        self._shingles: dict[str, set[bytes]] = {}
        self._arts: dict[str, Article] = {}
        self._overlay: dict[str, list[Article]] = {}

    # ------------------------------------------------------------------ state

    def _sync(self, store: Store) -> OnlineClusterer:
        """The engine as the store last saved it (loaded only when the store's is newer)."""
        saved = store.engine_generation(ENGINE_NAME)
        if saved is None:
            if self.engine is None or self.generation != 0:
                self.engine, self.generation, self.articles = OnlineClusterer(self.cfg), 0, 0
                self._rebuild(store, self.engine)
                if self.engine is None:  # another writer saved a state meanwhile: take that
                    return self._sync(store)
        elif self.engine is None or saved[0] != self.generation:
            state = store.load_engine(ENGINE_NAME)
            if state is None:  # gone meanwhile (never in practice): start over
                self.engine = None
                return self._sync(store)
            self.engine = _load_engine(state.data)
            self.generation, self.articles = state.generation, state.articles
            if self.engine is None:  # saved by code whose engine this code cannot read: replay
                log.warning("the saved story engine is from an incompatible version; rebuilding it")
                self.engine, self.articles = OnlineClusterer(self.cfg), 0
                self._rebuild(store, self.engine)
                if self.engine is None:
                    return self._sync(store)
        assert self.engine is not None
        return self.engine

    def _rebuild(self, store: Store, eng: OnlineClusterer) -> None:
        """A store with stories but no saved state (written before the living store): replay its
        assigned articles, in stream order, into the engine, each into its stored story, once."""
        from newsprism.similarity import represent

        done = sorted(store.assignments(), key=lambda ps: (_stream_time(ps[0]), ps[0].seq))
        for i in range(0, len(done), self.chunk):
            chunk = done[i : i + self.chunk]
            arts = {a.id: a for a in store.get_articles([p.id for p, _ in chunk])}
            stream = [(arts[p.id] if arts[p.id].published else replace(arts[p.id], published=p.ingested_at), sid)
                      for p, sid in chunk if p.id in arts]  # fmt: skip
            reprs = represent([a for a, _ in stream], fast=self.cfg.fast, int8=self.cfg.int8)
            for (a, sid), r in zip(stream, reprs, strict=True):
                eng.replay(a, r, sid)
        if done:
            self._commit(store, eng, ([], []), len(done))

    def _commit(
        self,
        store: Store,
        eng: OnlineClusterer,
        records: tuple[list[Story], list[Story]],
        n: int,
        aliases: Sequence[tuple[str, str]] = (),
    ) -> bool:
        eng.prune()
        state = EngineState(
            generation=self.generation + 1,
            articles=self.articles + n,
            clock=_iso(eng.clock) if math.isfinite(eng.clock) else None,
            data=zlib.compress(pickle.dumps((STATE_FORMAT, eng), protocol=pickle.HIGHEST_PROTOCOL), 1),
        )
        full, appends = records
        if store.commit_stories(full, (ENGINE_NAME, self.generation, state), appends, aliases):
            self.generation, self.articles = state.generation, state.articles
            return True
        self.engine = None  # someone else moved on: reload and redo
        return False

    # ------------------------------------------------------------------ the step

    def assign(self, store: Store, progress: AssignProgress | None = None) -> Assigned:
        """Assign every pending article of ``store`` to a story; commits as it goes."""
        from newsprism.similarity import represent

        pend = sorted(store.pending_articles(), key=lambda p: (_stream_time(p), p.seq))
        out = Assigned({})
        merged = Redirects()
        # stored articles, their representations and shingles, for late articles; late assignments
        # made but not yet committed
        self._reprs, self._shingles, self._arts, self._overlay = {}, {}, {}, {}
        if not pend:
            return out
        if progress:
            progress(0, len(pend))
        eng = self._sync(store)
        clock = eng.clock
        late = [p for p in pend if _stream_time(p) < clock]
        now = [p for p in pend if _stream_time(p) >= clock]
        for k in range(0, len(late), LATE_BATCH):
            group = late[k : k + LATE_BATCH]
            for _ in range(MAX_RETRIES):
                eng = self._sync(store)
                arts = {a.id: a for a in store.get_articles([p.id for p in group])}
                todo = [p for p in group if p.id in arts and not store.story_of(p.id)]
                if not todo:
                    break
                self._overlay = {}
                pairs = []
                for p in todo:
                    a = arts[p.id]
                    art = a if a.published else replace(a, published=p.ingested_at)
                    asg = self._late(store, eng, art, self._represent([art])[0])
                    self._overlay.setdefault(asg.story_id, []).append(art)
                    pairs.append((a, asg))
                if self._commit(store, eng, self._records(store, pairs), len(pairs)):
                    out.stories.update((a.id, g.story_id) for a, g in pairs)
                    out.late += len(pairs)
                    break
            if progress:
                progress(len(out.stories), len(pend))
        for i in range(0, len(now), self.chunk):
            chunk = now[i : i + self.chunk]
            arts = {a.id: a for a in store.get_articles([p.id for p in chunk])}
            stream = [arts[p.id] if arts[p.id].published else replace(arts[p.id], published=p.ingested_at)
                      for p in chunk if p.id in arts]  # fmt: skip
            reprs = represent(stream, fast=self.cfg.fast, int8=self.cfg.int8)
            for _ in range(MAX_RETRIES):
                eng = self._sync(store)
                new = [(a, r) for a, r in zip(stream, reprs, strict=True) if not store.story_of(a.id)]
                if not new:
                    break
                asgs = eng.add_batch([a for a, _ in new], [r for _, r in new])
                redirects = Redirects()
                for g in asgs:
                    redirects.add(g)
                # merges (stories.py step 5): each article in the story holding it after the chunk,
                # the retired stories' stored members moved into their survivors, their ids redirected
                for g in asgs:
                    g.story_id = redirects.resolve(g.story_id)
                aliases = [(old, redirects.resolve(old)) for old in redirects.to]
                pairs = [(arts[a.id], g) for (a, _), g in zip(new, asgs, strict=True)]
                if self._commit(store, eng, self._records(store, pairs, aliases), len(pairs), aliases):
                    merged.to.update(aliases)
                    out.stories.update((a.id, g.story_id) for a, g in pairs)
                    break
            if progress:
                progress(len(out.stories), len(pend))
        out.stories = {a: merged.resolve(sid) for a, sid in out.stories.items()}  # a later chunk's merges
        return out

    def _late(self, store: Store, eng: OnlineClusterer, art: Article, r) -> Assignment:
        """Assign an article published before the engine's clock (step 4)."""
        t = timestamp(art.published) or 0.0
        win = self.cfg.window_days * 86400
        eng.df.add(r.terms)
        eng.df.weigh(r)
        stored = store.stories_between(_iso(t - win), _iso(t + win), LATE_CANDIDATES)
        cands = {s.id: list(s.article_ids) for s in stored}
        for sid, extra in self._overlay.items():  # this group's late assignments, not yet committed
            if any(abs((timestamp(e.published) or math.inf) - t) <= win for e in extra):
                if sid not in cands:
                    st = store.get_story(sid)
                    cands[sid] = list(st.article_ids) if st and st.id == sid else []
                cands[sid] += [e.id for e in extra if e.id not in cands[sid]]
        members = {
            m.id: m
            for m in self._articles(store, [i for ids in cands.values() for i in ids][:4000])
            if abs((timestamp(m.published) or math.inf) - t) <= win  # the members of its time
        }
        earlier = [m for m in members.values() if (timestamp(m.published) or math.inf) <= t]
        dup = _copied(art, t, earlier, self._shingles)
        if dup is not None:
            return self._late_join(eng, art, r, t, next(s for s, ids in cands.items() if dup in ids), dup)
        states = []
        for cand, ids in cands.items():
            if cand in eng.stories:
                states.append(eng.stories[cand])
                continue
            near = sorted(
                (members[i] for i in ids if i in members),
                key=lambda m: abs((timestamp(m.published) or t) - t),
            )[:LATE_MEMBERS]
            if near:
                times = [timestamp(m.published) or t for m in near]
                states.append(eng.detached_state(cand, self._represent(near), times))
        if not states:
            return self._late_join(eng, art, r, t, None, None)
        scores = eng.join_scores(r, states)
        best = max(range(len(states)), key=lambda k: (scores[k], -k))
        joined = states[best].sid if scores[best] >= self.cfg.threshold else None
        return self._late_join(eng, art, r, t, joined, None, float(scores[best]) if joined else None)

    def _articles(self, store: Store, ids: Sequence[str]) -> list[Article]:
        """Stored articles by id, each read once per :meth:`assign` call."""
        missing = [i for i in ids if i not in self._arts]
        if missing:
            self._arts.update((a.id, a) for a in store.get_articles(missing))
        return [self._arts[i] for i in ids if i in self._arts]

    def _represent(self, articles: Sequence[Article]) -> list:
        """Representations of stored articles, each computed once per :meth:`assign` call."""
        from newsprism.similarity import represent

        todo = [a for a in articles if a.id not in self._reprs]
        if todo:
            self._reprs.update(
                zip(
                    (a.id for a in todo), represent(todo, fast=self.cfg.fast, int8=self.cfg.int8), strict=True
                )
            )
        return [self._reprs[a.id] for a in articles]

    def _late_join(
        self, eng: OnlineClusterer, art: Article, r, t: float, sid: str | None, dup: str | None, score=None
    ) -> Assignment:
        if sid is None:
            sid = story_id_for(art.id)
            if t >= eng.clock - self.cfg.window_days * 86400:  # still in the window: later articles may join
                eng.new_story(art.id, t)
        if sid in eng.stories:
            eng.file_member(sid, art.id, r, t)
        return Assignment(art.id, sid, dup, score)

    def _records(
        self,
        store: Store,
        pairs: Sequence[tuple[Article, Assignment]],
        aliases: Sequence[tuple[str, str]] = (),
    ) -> tuple[list[Story], list[Story]]:
        """What to write for every story the assignments touched: whole records (stored members
        included) of new stories, of stories a late article lands inside and of stories that
        absorbed others (``aliases``: their stored members move in), and appends (the new members
        only) where every new member comes at or after the stored last one, the in-order case,
        so a write costs the same whatever the story's size."""
        by_story: dict[str, list[tuple[Article, Assignment]]] = {}
        for a, g in pairs:
            by_story.setdefault(g.story_id, []).append((a, g))
        absorbed: dict[str, list[str]] = {}
        for old_id, sid in aliases:
            absorbed.setdefault(sid, []).append(old_id)
        full, appends = [], []
        for sid, new in by_story.items():
            arts = [a for a, _ in new]
            dups = {a.id: g.duplicate_of for a, g in new if g.duplicate_of}
            last_id = store.last_member(sid)
            last = store.get_articles([last_id]) if last_id else []
            if sid not in absorbed and last and min(_order(a) for a in arts) >= _order(last[0]):
                appends.append(story_record(sid, arts, dups))
                continue
            olds = []
            for x in [sid, *absorbed.get(sid, [])]:
                o = store.get_story(x)
                if o is not None and o.id == x:  # an alias: never write under a retired id
                    olds.append(o)
            stored = store.get_articles([i for o in olds for i in o.article_ids])  # never a retired id's
            title = next((o.title for o in olds if o.id == sid), None)
            for o in olds:
                dups = {**o.duplicates, **dups}
            full.append(story_record(sid, [*stored, *arts], dups, title))
        return full, appends


def _order(a: Article) -> float:
    """Where an article sorts in its story's record (:func:`story_record`: undated last)."""
    t = timestamp(a.published)
    return t if t is not None else math.inf


def _copied(art: Article, t: float, earlier: Sequence[Article], cache: dict[str, set[bytes]]) -> str | None:
    """The earliest of ``earlier`` whose shingles ``art`` contains at the copy threshold (exact
    containment: a handful of candidates, no sketch needed); ``cache`` keeps shingles by id."""
    from newsprism.clean import content_text

    def shingles(a: Article) -> set[bytes]:
        if a.id not in cache:
            cache[a.id] = CopyIndex._shingles(
                content_text(a.text, a.annotations) if a.annotations else a.text
            )
        return cache[a.id]

    mine = shingles(art)
    if len(mine) < 8:
        return None
    for m in sorted(earlier, key=lambda m: (timestamp(m.published) or t, m.id)):
        if m.id != art.id and len(mine & shingles(m)) >= COPY_CONTAINMENT * len(mine):
            return m.id
    return None


_TRACKERS: weakref.WeakKeyDictionary[Store, StoryTracker] = weakref.WeakKeyDictionary()


def tracker_for(store: Store) -> StoryTracker:
    """The tracker of this open store (its engine stays loaded while the store is open)."""
    t = _TRACKERS.get(store)
    if t is None:
        t = _TRACKERS[store] = StoryTracker()
    return t


def assign_pending(store: Store, progress: AssignProgress | None = None) -> Assigned:
    """Assign every article of ``store`` that is in no story yet (see the module docstring)."""
    return tracker_for(store).assign(store, progress)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        return super().find_class(*_RENAMED.get((module, name), (module, name)))


def _load_engine(data: bytes) -> OnlineClusterer | None:
    """The saved engine, or None when this code cannot read it (another state format, a class
    that no longer exists). Format 1 (issue 13's first states) is the bare engine."""
    try:
        obj = _Unpickler(io.BytesIO(zlib.decompress(data))).load()  # noqa: S301 - the store's own state
    except Exception as exc:  # noqa: BLE001 - any unreadable state is rebuilt, whatever broke
        log.info("saved engine unreadable: %s: %s", type(exc).__name__, exc)
        return None
    if isinstance(obj, OnlineClusterer):
        return obj
    if (
        isinstance(obj, tuple)
        and len(obj) == 2
        and obj[0] == STATE_FORMAT
        and isinstance(obj[1], OnlineClusterer)
    ):
        return obj[1]
    return None
