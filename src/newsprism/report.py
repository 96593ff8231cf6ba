"""Report: render an :class:`Analysis` as a self-contained HTML page, Markdown, or JSON.

All article-derived text goes through Jinja2 autoescaping (HTML) or is written as data (JSON);
nothing from an article is ever interpreted as markup.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from newsprism.models import IGNORED_KINDS, Analysis, Article

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
                    f"- **{_md(a.outlet or '?')}**, {a.published or 'undated'}: {_md(a.title or a.id)}{copy}"
                )
            lines.append("")
            groups = analysis.quote_groups.get(st.id, [])
            if groups:
                lines += ["Quotes carried by several outlets:", ""]
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
            f"| `{a.id}` | {_md(a.outlet or '')} | {a.published or ''} | {_md(a.title or '')} | {len(a.ignored)} |"
        )
    if analysis.ingest.problems:
        lines += ["", "## Input problems", ""]
        lines += [f"- {_md(p.line())}" for p in analysis.ingest.problems]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


_ENV: Environment | None = None


def env() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=PackageLoader("newsprism", "templates"), autoescape=select_autoescape(default=True)
        )
        _ENV.filters["when"] = when
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
