"""Report: render an :class:`Analysis` as a self-contained HTML page, Markdown, or JSON.

All article-derived text goes through Jinja2 autoescaping (HTML) or is written as data (JSON);
nothing from an article is ever interpreted as markup.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from newsprism.clean import shown_title
from newsprism.compare.brief import one_line
from newsprism.models import IGNORED_KINDS, Analysis, Article, outlet_label, pair_labels

if TYPE_CHECKING:
    from newsprism.compare import Comparison
    from newsprism.compare.model import Update

SCHEMA_PATH = Path(__file__).parent / "schema" / "analysis.schema.json"


def segments(article: Article) -> list[tuple[str, str | None]]:
    """The article text cut at annotation boundaries: (text, ignored-kind or None)."""
    ign = sorted((a for a in article.annotations if a.kind in IGNORED_KINDS), key=lambda a: a.start)
    out: list[tuple[str, str | None]] = []
    pos = 0
    for a in ign:
        if a.start < pos:
            continue
        if a.start > pos:
            out.append((article.text[pos : a.start], None))
        out.append((article.text[a.start : a.end], a.kind))
        pos = a.end
    if pos < len(article.text):
        out.append((article.text[pos:], None))
    return out


def summary(analysis: Analysis) -> dict[str, Any]:
    outlets = Counter(a.outlet or "unknown" for a in analysis.articles)
    multi = [s for s in analysis.stories if len(s.outlets) > 1]
    ing = analysis.ingest
    return {
        "files": ing.files,
        "files_failed": ing.files_failed,
        "articles": len(analysis.articles),
        "added": ing.added,
        "already_stored": ing.duplicates,
        "errors": len(ing.errors),
        "warnings": len(ing.problems) - len(ing.errors),
        "outlets": dict(outlets.most_common()),
        "stories": len(analysis.stories),
        "multi_outlet_stories": len(multi),
        "copies": sum(len(s.duplicates) for s in analysis.stories),
        "ignored_spans": dict(Counter(a.kind for art in analysis.articles for a in art.ignored)),
        "quotes": sum(len(q) for q in analysis.quotes.values()),
        "shared_quotes": sum(len(g) for g in analysis.quote_groups.values()),
        "flagged_quotes": sum(1 for gs in analysis.quote_groups.values() for g in gs if g.flags),
    }


def to_json(analysis: Analysis) -> str:
    d = analysis.to_dict()
    d["summary"] = summary(analysis)
    return json.dumps(d, ensure_ascii=False, indent=2)


def to_markdown(analysis: Analysis) -> str:
    s = summary(analysis)
    by_id = {a.id: a for a in analysis.articles}
    lines = [
        "# newsprism report",
        "",
        f"{s['articles']} articles from {len(s['outlets'])} outlets in {s['files']} files; "
        f"{s['stories']} stories ({s['multi_outlet_stories']} covered by several outlets).",
        "",
    ]
    if analysis.stories:
        lines += ["## Stories", ""]
        for st in analysis.stories:
            lines.append(f"### {_md(st.title or st.id)}")
            lines.append("")
            lines.append(f"`{st.id}` · {len(st.article_ids)} articles · {', '.join(map(_md, st.outlets))} · "
                         f"{st.first_published or '?'} to {st.last_published or '?'}")  # fmt: skip
            lines.append("")
            for aid in st.article_ids:
                a = by_id.get(aid)
                if a is None:
                    continue
                copy = f" (copy of `{st.duplicates[aid]}`)" if aid in st.duplicates else ""
                lines.append(
                    f"- **{_md(a.outlet or '?')}**, {a.published or 'undated'}: {_md(shown_title(a))}{copy}"
                )
            lines.append("")
            comp = analysis.comparisons.get(st.id)
            if comp is not None:
                lines += _comparison_md(comp, by_id)
            groups = analysis.quote_groups.get(st.id, [])
            if groups:
                lines += ["Quotes carried by several articles (same outlet or not):", ""]
                for g in groups:
                    who = g.speaker.name or g.speaker.description or "unknown"
                    flags = "; ".join(g.flags) or "same wording"
                    lines.append(
                        f"- {_md(g.text)} ({_md(who)}; {', '.join(map(_md, g.outlets))}): {_md(flags)}"
                    )
                lines.append("")
    lines += [
        "## Articles",
        "",
        "| id | outlet | published | title | ignored spans |",
        "|---|---|---|---|---|",
    ]
    for a in analysis.articles:
        lines.append(
            f"| `{a.id}` | {_md(a.outlet or '')} | {a.published or ''} | {_md(shown_title(a) if a.title else '')} | {len(a.ignored)} |"
        )
    if analysis.ingest.problems:
        lines += ["", "## Input problems", ""]
        lines += [f"- {_md(p.line())}" for p in analysis.ingest.problems]
    return "\n".join(lines) + "\n"


# how a report that shares little with the rest of its story (``brief._loose``) is named
LOOSE_LABEL = "Shares little with the rest of the story (perhaps another event)"


def _voiced(only_in: dict, esc) -> str:
    """' (the speaker: Robert Hill)' after an "only in" sentence spoken by a bare "he"."""
    return f" (the speaker: {esc(only_in['speaker'])})" if only_in.get("speaker") else ""


def _comparison_md(comp: Comparison, by_id: dict[str, Article]) -> list[str]:
    b = comp.brief
    lines = ["**Brief**", ""]
    lines += [
        f"{k}. {_md(s['text'])} *({', '.join(map(_md, s['outlets']))})*"
        for k, s in enumerate(b["sentences"], 1)
    ]
    lines.append("")
    lines += [f"- Only in {_md(o['outlet'])}: {_md(o['text'])}{_voiced(o, _md)}" for o in b["only_in"]]
    lines += [
        f"- {LOOSE_LABEL}: {_md(shown_title(by_id[x['article_id']]))} ({_md(x['outlet'])})"
        for x in b.get("loosely_related", [])
        if x["article_id"] in by_id
    ]
    if comp.conflicts:
        lines += ["", "**Conflicts**", ""] + [f"- {_md(c.describe())}" for c in comp.conflicts]
    if comp.updates:
        lines += ["", "**How figures changed**", ""] + [f"- {_md(update_line(u))}" for u in comp.updates]
    top = sorted((r for r in comp.reuse if r.containment >= 0.2), key=lambda r: -r.containment)
    if top:
        lines += ["", "**Text reuse** (share of B found in A)", ""]
        for r in top:
            copy = " (syndicated copy)" if r.copy else ""
            b_name, a_name = pair_labels(by_id[r.target], by_id[r.source])
            lines.append(f"- {_md(b_name)} in {_md(a_name)}: "
                         f"{r.containment:.0%}, longest passage {r.longest_passage} words{copy}")  # fmt: skip
    first = ", ".join(
        dict.fromkeys(_md(by_id[f].outlet or f) for f in comp.provenance.first)
    )  # (an outlet once)
    lines += ["", f"**First:** {first}", ""]
    return lines


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def _md(text: str) -> str:
    """Article-derived text as inert Markdown: every character Markdown could read as syntax
    (links, images, emphasis, code, tables) is backslash-escaped, and HTML is entity-escaped."""
    text = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


_ENV: Environment | None = None


def env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=PackageLoader("newsprism", "templates"), autoescape=select_autoescape(default=True)
        )
        _ENV.filters["when"] = when
        _ENV.filters["shown_title"] = shown_title
        _ENV.globals["provenance_svg"] = provenance_svg
    return _ENV


def when(iso: str | None) -> str:
    """'2026-03-10T07:30:00Z' -> '10 Mar 2026 07:30 UTC' (a date-only value stays a date)."""
    if not iso:
        return "undated"
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return dt.strftime("%-d %b %Y") if len(iso) == 10 else dt.strftime("%-d %b %Y %H:%M UTC")


_EDGE_STYLE = {  # kind -> (colour, dash, label)
    "copy_of": ("#b45309", "", "copy of"),
    "cites": ("#2453a6", "", "credits"),
    "reuses": ("#6b7280", "6 3", "reuses text of"),
    "quote_first_in": ("#15803d", "2 3", "quote first in"),
}


def provenance_svg(comp: Any, by_id: dict[str, Article]) -> Markup:
    """The provenance graph as inline SVG (no script): outside outlets in the left column, the
    story's articles left to right in publication order, arrows from the later to the earlier."""
    if hasattr(comp, "to_dict"):
        comp = comp.to_dict()
    prov = comp["provenance"]
    sid = comp["story_id"]
    ext = [n for n in prov["nodes"] if n["kind"] == "outlet"]
    arts = [n for n in prov["nodes"] if n["kind"] == "article"]
    w, h, gap = 150, 44, 40
    pos: dict[str, tuple[float, float]] = {}
    for k, n in enumerate(ext):
        pos[n["id"]] = (10, 20 + k * (h + gap))
    x0 = 10 + (w + gap if ext else 0)
    for k, n in enumerate(arts):
        pos[n["id"]] = (x0 + k * (w + gap), 20 + (k % 2) * (h + gap))
    width = max(x + w for x, _ in pos.values()) + 10
    height = max(y + h for _, y in pos.values()) + 60
    parts = [f'<svg class="prov" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" role="img" '
             f'aria-label="provenance graph" xmlns="http://www.w3.org/2000/svg"><defs>']  # fmt: skip
    for kind, (col, _, _) in _EDGE_STYLE.items():
        parts.append(f'<marker id="ar-{kind}-{sid}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                     f'markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="{col}"/></marker>')  # fmt: skip
    parts.append("</defs>")
    for e in prov["edges"]:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        col, dash, label = _EDGE_STYLE.get(e["kind"], ("#888", "", e["kind"]))
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        sx, sy, tx, ty = x1 + w / 2, y1 + h / 2, x2 + w / 2, y2 + h / 2
        bend = 18 * (list(_EDGE_STYLE).index(e["kind"]) - 1.5 if e["kind"] in _EDGE_STYLE else 0)
        mx, my = (sx + tx) / 2, (sy + ty) / 2 - 30 - bend
        # stop at the target box's edge
        tx2 = tx - (w / 2 if tx > mx else -w / 2) * 0.9 if abs(tx - mx) > abs(ty - my) else tx
        ty2 = ty - (h / 2 if ty > my else -h / 2) if abs(tx - mx) <= abs(ty - my) else ty
        parts.append(f'<path d="M{sx:.0f},{sy:.0f} Q{mx:.0f},{my:.0f} {tx2:.0f},{ty2:.0f}" fill="none" stroke="{col}" '
                     f'stroke-width="1.6" stroke-dasharray="{dash}" marker-end="url(#ar-{e["kind"]}-{sid})">'
                     f"<title>{escape(_node_name(e['source'], by_id))} {label} {escape(_node_name(e['target'], by_id))}: "
                     f"{escape(e['evidence'])}</title></path>")  # fmt: skip
    for n in [*ext, *arts]:
        x, y = pos[n["id"]]
        cls = "ext" if n["kind"] == "outlet" else "art first" if n.get("first") else "art"
        sub = "outside source" if n["kind"] == "outlet" else when(n.get("published"))
        parts.append(f'<g class="{cls}"><rect x="{x:.0f}" y="{y:.0f}" width="{w}" height="{h}" rx="6"/>'
                     f'<text x="{x + 8:.0f}" y="{y + 18:.0f}">{escape(_short(n["outlet"] or "?", 22))}</text>'
                     f'<text x="{x + 8:.0f}" y="{y + 34:.0f}" fill="#5c6475">{escape(sub)}</text>'
                     f"<title>{escape(shown_title(by_id[n['id']]) if n['id'] in by_id else n.get('title') or n['outlet'] or '')}</title></g>")  # fmt: skip
    lx = 10
    for _kind, (col, dash, label) in _EDGE_STYLE.items():
        y = height - 20
        parts.append(f'<line x1="{lx}" y1="{y}" x2="{lx + 28}" y2="{y}" stroke="{col}" stroke-width="2" '
                     f'stroke-dasharray="{dash}"/><text x="{lx + 34}" y="{y + 4}">{label}</text>')  # fmt: skip
        lx += 140
    parts.append("</svg>")
    return Markup("".join(parts))


def _node_name(nid: str, by_id: dict[str, Article]) -> str:
    a = by_id.get(nid)
    return (a.outlet or nid) if a else nid.removeprefix("outlet:")


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def to_html(analysis: Analysis) -> str:
    by_id = {a.id: a for a in analysis.articles}
    story_of = {aid: st.id for st in analysis.stories for aid in st.article_ids}
    return (
        env()
        .get_template("report.html")
        .render(
            analysis=analysis,
            summary=summary(analysis),
            by_id=by_id,
            story_of=story_of,
            segments=segments,
        )
    )


def write_report(analysis: Analysis, out: str | Path) -> Path:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix in (".html", ".htm"):
        body = to_html(analysis)
    elif suffix == ".md":
        body = to_markdown(analysis)
    elif suffix == ".json":
        body = to_json(analysis)
    else:
        raise ValueError(f"unknown report type {suffix!r}: use .html, .md or .json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(body, encoding="utf-8")
    return out


# --------------------------------------------------------------------------- plain text


def _sampled(comp: Comparison) -> list[str]:
    s = comp.sample
    return [f"Compared {s['compared']} of {s['of']} articles ({s['rule']})."] if s else []


def brief_text(comp: Comparison, title: str | None = None) -> str:
    """The brief as plain text (what ``newsprism brief`` prints)."""
    b = comp.brief
    out = [title or comp.story_id, *_sampled(comp), ""]
    for s in b["sentences"]:
        out.append(f"{s['text']} [{', '.join(s['outlets'])}]")
    if b["only_in"]:
        out.append("")
        for o in b["only_in"]:
            out.append(f"- Only in {o['outlet']}: {o['text']}{_voiced(o, str)}")
    if b.get("loosely_related"):
        out.append("")
        out += [f"- {LOOSE_LABEL}: {x['outlet']}, {x['article_id']}" for x in b["loosely_related"]]
    if b["key_quotes"]:
        out += ["", "Key quotes:"]
        for q in b["key_quotes"]:
            flags = f" ({'; '.join(q['flags'])})" if q["flags"] else ""
            out.append(f"- {q['speaker']}: {q['text']} [{', '.join(q['outlets'])}]{flags}")
    if b["conflicts"]:
        out += ["", "Conflicts:"]
        out += [f"- {c}" for c in b["conflicts"]]
    return "\n".join(out)


def comparison_text(comp: Comparison, articles: dict[str, Article], title: str | None = None) -> str:
    """The comparison as plain text (what ``newsprism compare`` prints)."""
    name = {aid: outlet_label(articles[aid]) for aid in comp.article_ids}
    head = f"{len(comp.article_ids)} articles, {comp.sources} independent reports: " + ", ".join(comp.outlets)
    out = [title or comp.story_id, head, *_sampled(comp)]
    out += [
        f"{LOOSE_LABEL}: {name[x['article_id']]} ({articles[x['article_id']].published})"
        for x in comp.brief.get("loosely_related", [])
        if x["article_id"] in name
    ]
    out.append("")
    for status, label in (("consensus", "Consensus"), ("partial", "Partial"), ("unique", "Only one report")):
        rows = [
            s for s in comp.by_status(status) if comp.units.get(s.article_id, s.article_id) == s.article_id
        ]
        if not rows:
            continue
        seen: set[int] = set()
        out.append(f"{label}:")
        for s in rows:
            if s.group >= 0 and s.group in seen and status != "unique":
                continue
            seen.add(s.group)
            out.append(f"  - {one_line(s.text)} [{', '.join(s.support)}]")
        out.append("")
    if comp.conflicts:
        out.append("Conflicts:")
        for c in comp.conflicts:
            out += [f"  - {c.describe()}", f"    why: {c.reason}"] if c.reason else [f"  - {c.describe()}"]
        out.append("")
    if comp.updates:
        out.append("How figures changed:")
        out += [f"  - {update_line(u)}" for u in comp.updates]
        out.append("")
    out.append("Text reuse (share of B found in A):")
    for r in sorted(comp.reuse, key=lambda r: -r.containment):
        if r.containment >= 0.05:
            tag = " (syndicated copy)" if r.copy else ""
            b_name, a_name = pair_labels(articles[r.target], articles[r.source])
            out.append(
                f"  - {b_name} in {a_name}: {r.containment:.0%} "
                f"({r.containment_outside_quotes:.0%} outside quotes), longest passage {r.longest_passage} words{tag}"
            )
    p = comp.provenance
    out += [
        "",
        "Provenance:",
        "  first: " + ", ".join(f"{name[a]} ({articles[a].published})" for a in p.first),
    ]
    for e in p.edges:
        tgt = name.get(e.target, e.target.removeprefix("outlet:"))
        out.append(f"  - {name[e.source]} {e.kind.replace('_', ' ')} {tgt} ({e.evidence})")
    out += ["", "Entities:"]
    for ent in comp.entities[:15]:
        roles = ", ".join(
            f"{o} {n}x{' (speaker)' if ent.roles.get(o) == 'speaker' else ''}"
            for o, n in ent.mentions.items()
        )
        out.append(f"  - {ent.name} [{ent.type}]: {roles}")
    return "\n".join(out)


def update_line(u: Update) -> str:
    """One update timeline on a line: "count people: '10 people' (Meridian Wire, 2026-03-12) ->
    '40 people' (The Harbour Gazette, 2026-03-15)"."""
    what = f"{u.kind.replace('_', ' ')}" + (f" {u.key}" if u.kind == "count" else "")
    steps = " -> ".join(
        f"'{st['text']}' ({st['outlet']}, {(st['published'] or 'undated')[:10]})" for st in u.steps
    )
    return f"{what}: {steps}"
