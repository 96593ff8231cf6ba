"""Provenance: who published first, whom each article credits, where shared quotes first appear."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from newsprism.compare.config import DEFAULT, CompareConfig
from newsprism.compare.model import Credit, Provenance, ProvenanceEdge, ProvenanceNode, Reuse
from newsprism.models import Article, Story

if TYPE_CHECKING:
    from newsprism.quotes import CitedOutlet, QuoteGroup


def _norm_outlet(name: str | None) -> str:
    return re.sub(r"^the\s+|[^a-z0-9]+", "", (name or "").lower())


def provenance(
    story: Story,
    arts: Sequence[Article],
    cited: Mapping[str, Sequence[CitedOutlet]],
    quote_groups: Sequence[QuoteGroup],
    reuse: Sequence[Reuse],
    units: Mapping[str, str],
    config: CompareConfig = DEFAULT,
) -> Provenance:
    """Who published first, whom each article credits, where each shared quote first appears, and
    the graph of it all: nodes are the story's articles and the outside outlets they credit;
    edges are ``copy_of``, ``cites``, ``reuses`` (text of an earlier article) and ``quote_first_in``."""
    order = {a.id: i for i, a in enumerate(arts)}
    dated = [a.published for a in arts if a.published]
    first_time = min(dated, default=None)
    first = [a.id for a in arts if a.published == first_time] if first_time else [arts[0].id]
    nodes = [ProvenanceNode(a.id, "article", a.outlet, a.title, a.published, a.id in first) for a in arts]
    edges, credits, external = _citations(arts, cited)
    nodes += [
        ProvenanceNode(nid, "outlet", nid.split(":", 1)[1], None, None, False) for nid in external.values()
    ]
    for dup, orig in story.duplicates.items():
        if dup in order and orig in order:
            edges.append(ProvenanceEdge(dup, orig, "copy_of", "near-verbatim copy"))
    by_id = {a.id: a for a in arts}
    for r in reuse:
        if r.copy or r.containment < config.reuse_edge or units.get(r.source) == units.get(r.target):
            continue  # copies of one original are shown as copies, not as reusing each other
        a, b = by_id[r.source], by_id[r.target]
        if (a.published or "") <= (b.published or "") and order[a.id] < order[b.id]:
            edges.append(ProvenanceEdge(b.id, a.id, "reuses", f"{r.containment:.0%} of its text"))
    quote_first = _quote_first(arts, quote_groups, order, edges)
    return Provenance(first, credits, quote_first, nodes, edges)


def _citations(
    arts: Sequence[Article], cited: Mapping[str, Sequence[CitedOutlet]]
) -> tuple[list[ProvenanceEdge], dict[str, list[Credit]], dict[str, str]]:
    """``cites`` edges (one per article and outlet credited), the credits of each article, and the
    outside outlets credited (normalised name -> node id)."""
    by_outlet: dict[str, str] = {}
    for a in arts:
        by_outlet.setdefault(_norm_outlet(a.outlet), a.id)
    edges: list[ProvenanceEdge] = []
    external: dict[str, str] = {}
    credits: dict[str, list[Credit]] = {}
    for a in arts:
        credits[a.id] = []
        for c in cited.get(a.id, []):
            target = by_outlet.get(_norm_outlet(c.name))
            if target == a.id:
                continue
            if target is None:
                target = external.setdefault(_norm_outlet(c.name), "outlet:" + c.name)
            credits[a.id].append(Credit(c.name, c.span, c.cue))
            if not any(e.source == a.id and e.target == target and e.kind == "cites" for e in edges):
                edges.append(ProvenanceEdge(a.id, target, "cites", c.name))
    return edges, credits, external


def _quote_first(
    arts: Sequence[Article],
    quote_groups: Sequence[QuoteGroup],
    order: dict[str, int],
    edges: list[ProvenanceEdge],
) -> dict[str, str]:
    """Where each shared quote first appears (earliest published, then story order); a
    ``quote_first_in`` edge from every later article to it, counting the quotes."""
    published = {a.id: a.published or "" for a in arts}
    quote_first = {}
    for g in quote_groups:
        ids = [v.article_id for v in g.variants if v.article_id in order]
        if not ids:
            continue
        f = min(ids, key=lambda x: (published[x], order[x]))
        quote_first[g.id] = f
        for x in ids:
            if x == f:
                continue
            e = next(
                (e for e in edges if e.source == x and e.target == f and e.kind == "quote_first_in"), None
            )
            if e is None:
                edges.append(ProvenanceEdge(x, f, "quote_first_in", "1 quote"))
            else:
                e.evidence = f"{int(e.evidence.split()[0]) + 1} quotes"
    return quote_first
