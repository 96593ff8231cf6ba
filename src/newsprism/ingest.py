"""Ingest: files and folders of .txt, .html, .jsonl, RSS/Atom feeds and WARC archives -> Articles.

Every reader is a pure function ``bytes -> (articles, problems)`` so that the same code serves a
CLI batch, a web upload and a Spark task. Problems are reported per file (or per record inside a
file) and never stop the batch.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsprism.clean import annotate, normalize_key
from newsprism.language import detect_languages
from newsprism.models import Article, Problem, stable_id

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000  # one article's text; longer records are refused, not truncated
# Decompression (a .warc.gz, a gzip-encoded WARC record body) stops at this many bytes out, and at
# this many times the compressed size: a 2 MB gzip bomb cannot grow into gigabytes in memory.
MAX_INFLATED_BYTES = 128 * 1024 * 1024
MAX_INFLATE_RATIO = 64

_EXT = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip

log = logging.getLogger(__name__)
for _noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


@dataclass(slots=True)
class FileResult:
    path: str
    format: str | None
    articles: list[Article]
    problems: list[Problem]


# --------------------------------------------------------------------------- discovery


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named, and files under folders named (sorted, hidden files skipped)."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def detect_format(name: str, head: bytes) -> str | None:
    """The reader for a file, by extension first and content sniffing second."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    fmt = _EXT.get(os.path.splitext(lower)[1])
    if fmt:
        return fmt
    h = head.lstrip()[:512].lower()
    if head.startswith(b"WARC/"):
        return "warc"
    if head[:2] == b"\x1f\x8b":
        try:
            return "warc" if gzip.GzipFile(fileobj=io.BytesIO(head)).read(5) == b"WARC/" else None
        except (OSError, EOFError):
            return None
    if h.startswith(b"{"):
        return "jsonl"
    if b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h:
        return "feed"
    if h.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


# --------------------------------------------------------------------------- decoding


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by byte-order mark, else UTF-16 without one when text-like: most code
    units of a Latin-script UTF-16 text have one zero byte, always on the same side."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.4 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.4 and z_odd < 0.05:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if _wide_encoding(data):
        return False
    if b"\x00" in sample:
        return True
    ctrl = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return bool(sample) and ctrl / len(sample) > 0.05


def _decode_lines(data: bytes) -> tuple[str, str] | None:
    """Each line as UTF-8 where it is valid, else as Windows-1252 (pasted and concatenated files
    mix them: "café" in one line, "caf\xe9" in the next). None when some line is neither, or
    when no line needs UTF-8 (then the whole is simply Windows-1252)."""
    out, utf8 = [], False
    for line in data.splitlines(keepends=True):
        try:
            s = line.decode("utf-8")
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                s = line.decode("cp1252")
            except UnicodeDecodeError:
                return None
        out.append(s)
    return ("".join(out), "utf-8 and cp1252 lines") if utf8 else None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 (with or without BOM) first, then a declared charset,
    then detection; Windows-1252 is the last resort (it maps almost every byte)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    wide = _wide_encoding(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared is None:  # a file mixing UTF-8 and Windows-1252 lines: each line on its own
        mixed = _decode_lines(data)
        if mixed is not None:
            return mixed
    for enc in filter(None, [declared]):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------- helpers


def normalize_date(value: object) -> str | None:
    """ISO 8601: UTC ``...Z`` when a time is known, ``YYYY-MM-DD`` when only a date is."""
    if value is None or value == "" or isinstance(value, bool):  # `true` is not a date
        return None
    if isinstance(value, (int, float)):
        secs = value / 1000 if value > 1e11 else value  # ms since epoch
        try:
            return datetime.fromtimestamp(secs, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        except (OverflowError, OSError, ValueError):  # 1e20, NaN: no such time
            return None
    s = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    from dateutil import parser as dparser

    try:
        dt = dparser.parse(s)
    except (ValueError, OverflowError):
        dt = _parse_other_language(s)
        if dt is None:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_other_language(s: str) -> datetime | None:
    """Dates written in other languages ("Seg, 23 Nov 2026 10:00:00 -0300", "23. März 2026"):
    dateparser, only when dateutil cannot read them (it is slower to load)."""
    import dateparser

    try:
        return dateparser.parse(s[:100], settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
    except (ValueError, OverflowError, TypeError):
        return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.")
    return OUTLET_ALIASES.get(_registrable(host), host) or None


# One outlet, one name: the registrable part of a host (reuters.co.uk, in.reuters.com ->
# "reuters") or a site name as pages give it ("ReutersIndia") -> the outlet's name. Data, not code:
# extend it as new sources show up. Hosts not listed keep their host name.
OUTLET_ALIASES = {
    "reuters": "Reuters", "reutersindia": "Reuters", "reutersuk": "Reuters", "apnews": "Associated Press",
    "ap": "Associated Press", "associatedpress": "Associated Press", "bbc": "BBC", "bbcnews": "BBC",
    "nytimes": "The New York Times", "thenewyorktimes": "The New York Times", "newyorktimes": "The New York Times",
    "theguardian": "The Guardian", "guardian": "The Guardian", "washingtonpost": "The Washington Post",
    "thewashingtonpost": "The Washington Post", "cnn": "CNN", "wired": "WIRED", "huffpost": "HuffPost",
    "huffingtonpost": "HuffPost", "xinhua": "Xinhua", "xinhuanet": "Xinhua", "afp": "AFP",
}  # fmt: skip
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}


def _registrable(host: str) -> str:
    """The name part of a host: news.bbc.co.uk -> bbc, in.reuters.com -> reuters."""
    parts = host.lower().split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def normalize_outlet(name: str | None, url: str | None = None) -> str | None:
    """A usable outlet name: not a year, a copyright line or a file-name-like slug; a known
    outlet under its one name (``OUTLET_ALIASES``); else from the URL's host."""
    name = " ".join((name or "").split())
    if name and (
        re.fullmatch(r"[\d\W_]+", name) or re.match(r"(?i)(copyright|\(c\)|©)", name) or len(name) > 80
    ):
        name = ""
    if name:
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        return OUTLET_ALIASES.get(key, name)
    return outlet_from_url(url)


def text_key(text: str) -> str:
    """The normalised text an article is deduplicated on."""
    return normalize_key(text)


def finish(
    article: Article, problems: list[Problem], path: str, record: str | None, *, detect: bool = True
) -> Article | None:
    """Fill defaults (id, outlet, language), validate, annotate. None when unusable. With
    ``detect=False`` a missing language stays missing (``finish_all`` has looked for it)."""
    text = article.text
    if not text or not text.strip():
        problems.append(Problem(path, "no article text", record=record))
        return None
    if len(text) > MAX_TEXT_CHARS:
        problems.append(Problem(path, f"article text over {MAX_TEXT_CHARS:,} characters", record=record))
        return None
    article.outlet = normalize_outlet(article.outlet, article.url)
    if not article.id:
        article.id = stable_id(article.url or text_key(text))
    if not article.language and detect:
        article.language = detect_language(text)
    if article.title:
        article.title = " ".join(article.title.split())
    article.annotations = annotate(text)
    article.source = f"{path}#{record}" if record else path
    return article


def finish_all(
    items: Sequence[tuple[Article, str | None]], problems: list[Problem], path: str
) -> list[Article]:
    """``finish`` for the records of one file, their languages identified in one batch (a
    headline costs the identifier a sixth of what it does alone). Unusable records are left out."""
    identify_languages([a for a, _ in items])
    done = (finish(art, problems, path, rec, detect=False) for art, rec in items)
    return [a for a in done if a is not None]


def identify_languages(articles: Sequence[Article]) -> None:
    """Set the language of each article that has none (and a text ``finish`` accepts), in one batch."""
    todo = [a for a in articles if not a.language and a.text and len(a.text) <= MAX_TEXT_CHARS]
    for art, lang in zip(todo, detect_languages([a.text for a in todo]), strict=True):
        art.language = lang


def detect_language(text: str) -> str | None:
    """The language of one text (an ISO 639 code), or None when unsure or under three words."""
    return detect_languages([text])[0]


# --------------------------------------------------------------------------- readers

_TXT_KEYS = {
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "url": "url", "link": "url",
    "published": "published", "date": "published", "author": "author", "by": "author",
    "title": "title", "headline": "title", "language": "language", "lang": "language", "id": "id",
}  # fmt: skip
_TXT_HEADER = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}):\s*(.*?)\s*$")


def read_txt(data: bytes, path: str) -> tuple[list[Article], list[Problem]]:
    """Plain text: optional ``Key: value`` header block, then the headline line, then the body.
    The stored text is the body exactly as decoded (line endings included)."""
    problems: list[Problem] = []
    text, enc = decode_text(data)
    if enc not in ("utf-8", "utf-8-sig"):
        problems.append(Problem(path, f"not UTF-8; decoded as {enc}", level="warning"))
    meta: dict[str, str] = {}
    pos = 0
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):  # header block: only known keys count, so "Breaking: ..." stays a headline
        m = _TXT_HEADER.match(lines[i].strip())
        if not m or m.group(1).strip().lower() not in _TXT_KEYS:
            break
        meta[_TXT_KEYS[m.group(1).strip().lower()]] = m.group(2)
        pos += len(lines[i])
        i += 1
    while i < len(lines) and not lines[i].strip():
        pos += len(lines[i])
        i += 1
    title = meta.pop("title", None)
    if title is None and i < len(lines):
        title = lines[i].strip()
        pos += len(lines[i])
        i += 1
    body = text[pos:]
    lead = len(body) - len(body.lstrip())
    body = body[lead:].rstrip()
    get = lambda k: meta.get(k) or None  # noqa: E731
    art = Article(
        text=body, title=title or None, id=get("id") or "", url=get("url"), outlet=get("outlet"),
        language=get("language"), author=get("author"),
    )  # fmt: skip
    art.published = normalize_date(meta.get("published"))
    if meta.get("published") and not art.published:
        problems.append(Problem(path, f"unreadable date {meta['published']!r}", level="warning"))
    out = finish(art, problems, path, None)
    return ([out] if out else []), problems


def _html_truncated(html: str) -> bool:
    tail = html[-2048:].lower()
    return "</html" not in tail and "</body" not in tail


class NotAnArticle(ValueError):
    """A page that is readable but not an article (an HTTP error page)."""


_ERROR_TITLE = re.compile(
    r"(?i)^\W*(?:(?:error\s*)?(?:400|401|403|404|410|429|500|502|503|504)\b|(?:access\s+)?(?:forbidden|denied)\b"
    r"|(?:page|file)\s+not\s+found|not\s+found\b|service\s+unavailable|bad\s+gateway|too\s+many\s+requests)"
)


def error_page(title: str | None, text: str) -> bool:
    """An HTTP error page ("403 Forbidden", "Page not found"): short, and saying so up front."""
    head = (title or "") + "\n" + text[:200]
    return len(text.split()) < 150 and any(
        _ERROR_TITLE.match(line.strip()) for line in head.splitlines()[:3] if line.strip()
    )


def _name_key(name: str) -> str:
    """ "The Harbour Gazette" -> "harbourgazette": letters and digits, no leading article."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"(?i)^\s*the\s+", "", name).lower())


def strip_site_suffix(title: str | None, names: Sequence[str | None]) -> str | None:
    """ "Tunnel reopens | WIRED" -> "Tunnel reopens": a trailing (or leading) part after | - – — :
    that is the site's name, its outlet name, or its domain's name part."""
    if not title:
        return title
    keys = {_name_key(n) for n in names if n}
    keys |= {_registrable(urlsplit(n).hostname or "") for n in names if n and "//" in n}
    keys.discard("")
    parts = re.split(r"\s*:\s+|\s+[|\-–—·•]\s+", title)
    if len(parts) < 2:
        return title

    def is_site(p: str) -> bool:
        k = _name_key(p)
        near = any(min(len(k), len(key)) >= 5 and (key.startswith(k) or k.startswith(key)) for key in keys)
        return bool(k) and (k in keys or near) and len(p.split()) <= 5

    if is_site(parts[-1]):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·•") or title
    if is_site(parts[0]):
        return title[len(parts[0]) :].lstrip(" |-–—:·•") or title
    return title


def html_to_article(html: str, url: str | None = None) -> Article | None:
    """Main text and metadata of a web page (trafilatura, with its own fallbacks)."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_recall=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if doc is None or not (doc.text or "").strip():
        return None
    text = doc.text.strip()
    if error_page(doc.title, text):
        raise NotAnArticle(
            f"an HTTP error page ({' '.join((doc.title or text).split())[:60]!r}), not an article"
        )
    first, _, rest = text.partition("\n")
    if doc.title and rest.strip() and normalize_key(first) == normalize_key(doc.title):
        text = rest.strip()  # trafilatura keeps the <h1> as the first line
    outlet = normalize_outlet(doc.sitename, url or doc.url)
    return Article(
        text=text,
        title=strip_site_suffix(doc.title, [doc.sitename, outlet, url or doc.url]),
        url=url or doc.url,
        outlet=outlet,
        published=normalize_date(_meta_published(html) or doc.date),
        author=doc.author,
        language=doc.language,
    )


_PUBLISHED_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|"""
    r"""pubdate|publish[_-]?date|dc\.date(?:\.issued)?|sailthru\.date|parsely-pub-date)["'][^>]*>""",
    re.IGNORECASE,
)


def _meta_published(html: str) -> str | None:
    """The publication time a page declares in its meta tags (more precise than a URL's date)."""
    for m in _PUBLISHED_META.finditer(html[:100_000]):
        content = re.search(r"""content=["']([^"']+)["']""", m.group(0), re.IGNORECASE)
        if content and normalize_date(content.group(1)):
            return content.group(1)
    ld = re.search(r'"datePublished"\s*:\s*"([^"]+)"', html[:200_000])
    return ld.group(1) if ld else None


_WRAPPERS = (
    r"(?:div|span|section|article|main|font|b|i|em|strong|center|table|tbody|tr|td|ul|ol|li|blockquote)"
)
_DEEP_OPEN = re.compile(rf"(?:<{_WRAPPERS}\b[^>]*>\s*){{64,}}", re.IGNORECASE)
_DEEP_CLOSE = re.compile(rf"(?:</{_WRAPPERS}\s*>\s*){{64,}}", re.IGNORECASE)


def read_html(
    data: bytes, path: str, url: str | None = None, charset: str | None = None
) -> tuple[list[Article], list[Problem]]:
    problems: list[Problem] = []
    html, _enc = decode_text(data, _meta_charset(data) or charset)
    if "<" not in html[:4096]:
        return [], [Problem(path, "not HTML: no markup found")]
    if _html_truncated(html):
        problems.append(
            Problem(
                path,
                "HTML looks truncated (no closing </body> or </html>); extracted what was there",
                level="warning",
            )
        )
    try:
        art = html_to_article(html, url)
    except NotAnArticle as exc:
        return [], problems + [Problem(path, str(exc))]
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the batch
        return [], [Problem(path, f"HTML extraction failed: {type(exc).__name__}: {exc}")]
    if art is None and _DEEP_OPEN.search(html):
        # the parser (libxml2) stops at 256 levels: a page nested deeper loses its text; runs of
        # wrapper tags carry no content, so collapse them and read the page again
        try:
            art = html_to_article(_DEEP_CLOSE.sub("</div>", _DEEP_OPEN.sub("<div>", html)), url)
        except Exception:  # noqa: BLE001 - the first attempt's problem stands
            art = None
        if art is not None:
            problems.append(
                Problem(
                    path, "HTML nested hundreds of levels deep; read after collapsing its wrappers", "warning"
                )
            )
    if art is None:
        return [], problems + [Problem(path, "no article text found in HTML")]
    out = finish(art, problems, path, None)
    return ([out] if out else []), problems


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii", "ignore") if m else None


_ARTICLE_FIELDS = ("id", "url", "outlet", "title", "text", "published", "language", "author")


def article_from_json(obj: object) -> Article:
    """An Article from a spec-shaped JSON object. Raises ValueError with a clear reason."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("missing or non-string 'text'")
    vals: dict[str, Any] = {}
    for k in _ARTICLE_FIELDS[:-1]:
        v = obj.get(k)
        if v is not None and not isinstance(v, (str, int, float)):
            raise ValueError(f"field {k!r} must be a string")
        vals[k] = None if v is None else (v if k == "published" else str(v))
    published = normalize_date(vals.pop("published"))  # unreadable: undated (the reader warns)
    author = obj.get("author")
    return Article(
        text=text,
        published=published,
        author=author if isinstance(author, str) else None,
        **{k: v for k, v in vals.items() if k != "text"},
    )


def read_jsonl(data: bytes, path: str) -> tuple[list[Article], list[Problem]]:
    problems: list[Problem] = []
    text, enc = decode_text(data)
    if enc not in ("utf-8", "utf-8-sig"):
        problems.append(Problem(path, f"not UTF-8; decoded as {enc}", level="warning"))
    stripped = text.lstrip()
    if path.lower().endswith(".json") and stripped.startswith(("[", "{")) and "\n{" not in stripped:
        try:  # a .json file holding one object or an array of them
            obj = json.loads(text)
            items = obj if isinstance(obj, list) else [obj]
            records = [(f"item {i + 1}", it) for i, it in enumerate(items)]
        except json.JSONDecodeError as exc:
            return [], [Problem(path, f"invalid JSON: {exc.msg} at line {exc.lineno}")]
        except RecursionError:
            return [], [Problem(path, "JSON nested too deeply to read")]
    else:
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            if "\x00" in line:
                problems.append(Problem(path, "binary data (NUL bytes) in this line", record=f"line {n}"))
                continue
            try:
                records.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                problems.append(
                    Problem(path, f"invalid JSON ({exc.msg}, column {exc.colno})", record=f"line {n}")
                )
            except RecursionError:
                problems.append(Problem(path, "JSON nested too deeply to read", record=f"line {n}"))
    pending: list[tuple[Article, str | None]] = []
    for rec, obj in records:
        try:
            art = article_from_json(obj)
        except (ValueError, RecursionError) as exc:
            problems.append(Problem(path, str(exc) or "unreadable record", record=rec))
            continue
        when = obj.get("published") if isinstance(obj, dict) else None
        if when not in (None, "") and art.published is None:
            problems.append(
                Problem(path, f"unreadable date {str(when)[:80]!r}; kept undated", "warning", rec)
            )
        pending.append((art, rec))
    out = finish_all(pending, problems, path)
    if not out and looks_binary(data):
        return [], [Problem(path, "binary content in a .jsonl file")]
    if not out and not problems:
        problems.append(Problem(path, "no records"))
    return out, problems


def fragment_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry), one line per block element."""
    from lxml import html as lxml_html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath(".//script|.//style|.//figure|.//figcaption"):
        bad.drop_tree()
    for br in root.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in blocks:
            el.tail = "\n" + (el.tail or "")
            if el.text:
                el.text = "\n" + el.text
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# C0 controls other than tab, LF, CR: not allowed anywhere in XML 1.0 (a single one makes the
# whole feed not well-formed, and the strict parser gives up on every entry)
_XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_feed(data: bytes, path: str) -> tuple[list[Article], list[Problem]]:
    import feedparser

    problems: list[Problem] = []
    clean = _XML_ILLEGAL.sub(b"", data)
    if len(clean) != len(data):
        problems.append(
            Problem(
                path,
                f"dropped {len(data) - len(clean)} control characters XML does not allow",
                level="warning",
            )
        )
    parsed = feedparser.parse(clean)
    if parsed.get("bozo") and not parsed.entries:
        exc = parsed.get("bozo_exception")
        return [], [Problem(path, f"not a readable RSS/Atom feed: {exc or 'no entries'}")]
    if parsed.get("bozo"):
        problems.append(
            Problem(
                path,
                f"feed is malformed ({parsed.get('bozo_exception')}); read {len(parsed.entries)} entries",
                level="warning",
            )
        )
    if not parsed.entries:
        return [], [Problem(path, "feed has no entries")]
    feed_title = (parsed.feed.get("title") or "").strip()
    outlet = re.split(r"\s+[-|:–—]\s+", feed_title)[0] if feed_title else None
    pending: list[tuple[Article, str | None]] = []
    for n, e in enumerate(parsed.entries, 1):
        html = ""
        if e.get("content"):
            html = max((c.get("value", "") for c in e.content), key=len)
        html = html or e.get("summary", "") or e.get("description", "")
        when = e.get("published") or e.get("updated")
        text = fragment_to_text(html) or (e.get("title") or "").strip()  # a headline-only entry: its headline
        art = Article(
            text=text,
            title=e.get("title"),
            url=e.get("link"),
            outlet=outlet,
            published=normalize_date(when),
            author=e.get("author"),
        )
        if when and art.published is None:
            problems.append(
                Problem(path, f"unreadable date {when[:80]!r}; kept undated", "warning", f"entry {n}")
            )
        pending.append((art, f"entry {n}"))
    out = finish_all(pending, problems, path)
    if not out and parsed.get("bozo"):
        return [], [Problem(path, f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")]
    return out, problems


def read_warc(data: bytes, path: str) -> tuple[list[Article], list[Problem]]:
    """HTTP response records holding HTML, each through the HTML reader."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    problems: list[Problem] = []
    out: list[Article] = []
    n = 0
    try:
        for rec in ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.response, parse_http=True):
            n += 1
            where = f"record {n}"
            uri = rec.headers.get("WARC-Target-URI") if rec.headers else None
            http = rec.http_headers
            if http is None:
                problems.append(
                    Problem(path, "truncated or malformed record (no HTTP headers)", record=where)
                )
                break
            ctype = (http.get("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            status = getattr(http, "status_code", 200) or 200
            if status >= 300:  # an error page or a redirect: not the article
                problems.append(Problem(path, f"HTTP {status} response, not an article", "warning", where))
                continue
            if rec.stream_pos + rec.content_length > len(data):
                problems.append(Problem(path, "truncated record (archive ends inside it)", record=where))
                continue
            body = rec.reader.read()
            body, why = _decoded_body(body, (http.get("Content-Encoding") or "").strip().lower())
            if why:
                problems.append(Problem(path, why, record=where, level="error" if not body else "warning"))
                if not body:
                    continue
            charset = re.search(r"charset=([\w-]+)", ctype)
            arts, probs = read_html(body, path, url=uri, charset=charset.group(1) if charset else None)
            for p in probs:
                problems.append(Problem(p.path, p.reason, p.level, record=where))
            for a in arts:
                a.source = f"{path}#{where}"
                out.append(a)
    except Exception as exc:  # noqa: BLE001 - fastwarc raises a variety of errors on damaged input
        problems.append(Problem(path, f"WARC damaged after {n} records ({type(exc).__name__}: {exc})"))
    if n == 0 and not problems:
        problems.append(Problem(path, "no HTTP response records found (is this a WARC file?)"))
    return out, problems


def _decoded_body(body: bytes, encoding: str) -> tuple[bytes, str | None]:
    """An HTTP body as sent with ``Content-Encoding: gzip`` / ``deflate`` (crawlers often archive
    it so), decompressed under the same limits as a .warc.gz. Returns (body, problem or None)."""
    if encoding in ("", "identity") or not body:
        return body, None
    if encoding in ("gzip", "x-gzip") or body[:2] == b"\x1f\x8b":
        got = gunzip_lenient(body)
        if got.capped:
            return b"", _capped_reason(len(got.data)).split(";")[0] + ": record skipped"
        return got.data, None if got.complete else "gzip-encoded body is truncated; reading what precedes it"
    if encoding == "deflate":
        for wbits in (15, -15):  # zlib-wrapped as the RFC says, or raw as some servers send
            d = zlib.decompressobj(wbits=wbits)
            try:
                out = d.decompress(body, inflate_limit(len(body)))
            except zlib.error:
                continue
            if d.unconsumed_tail:
                return b"", "deflate-encoded body decompresses past the limit: record skipped"
            return out, None
        return b"", "deflate-encoded body is corrupt: record skipped"
    return b"", f"body has Content-Encoding {encoding!r}, which this reader does not decode: record skipped"


READERS = {"txt": read_txt, "html": read_html, "jsonl": read_jsonl, "feed": read_feed, "warc": read_warc}


def read_bytes(data: bytes, name: str, fmt: str | None = None) -> FileResult:
    """Read one input given as bytes (a file's content, an upload). Never raises."""
    if not data or not data.strip():
        return FileResult(name, fmt, [], [Problem(name, "empty file")])
    fmt = fmt or detect_format(name, data[:4096])
    problems: list[Problem] = []
    if fmt == "warc" and data[:2] == b"\x1f\x8b":
        got = gunzip_lenient(data)
        data = got.data
        if got.capped:
            problems.append(Problem(name, _capped_reason(len(got.data)), level="warning"))
        elif not got.complete:
            problems.append(
                Problem(
                    name,
                    "gzip stream is truncated or corrupt; reading the records before the damage",
                    level="warning",
                )
            )
    if fmt is None:
        if looks_binary(data):
            return FileResult(name, None, [], [Problem(name, "binary file, not a supported article format")])
        return FileResult(
            name,
            None,
            [],
            [Problem(name, "unknown file type (expected .txt, .html, .jsonl, RSS/Atom, .warc[.gz])")],
        )
    if fmt not in ("warc", "jsonl") and looks_binary(data):  # JSONL: checked line by line
        return FileResult(name, fmt, [], [Problem(name, f"binary content in a .{fmt} file")])
    try:
        arts, probs = READERS[fmt](data, name)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch; say what failed
        log.exception("reader crashed on %s", name)
        return FileResult(
            name, fmt, [], [Problem(name, f"could not read as {fmt}: {type(exc).__name__}: {exc}")]
        )
    return FileResult(name, fmt, arts, problems + probs)


@dataclass(slots=True)
class Inflated:
    """What :func:`gunzip_lenient` got out: the bytes, whether the stream ended cleanly, and
    whether it stopped at the output limit."""

    data: bytes
    complete: bool
    capped: bool = False


def inflate_limit(compressed: int) -> int:
    """Bytes a gzip of ``compressed`` bytes may inflate to: the ratio limit, never above the cap."""
    return min(MAX_INFLATED_BYTES, max(1024 * 1024, compressed * MAX_INFLATE_RATIO))


def gunzip_lenient(data: bytes, limit: int | None = None) -> Inflated:
    """Decompress a multi-member gzip (as WARC.gz is), keeping what precedes any damage, and
    stopping at ``limit`` bytes out (default :func:`inflate_limit`): memory stays bounded whatever
    the input claims. Decompression runs in steps of at most 1 MiB of output."""
    limit = inflate_limit(len(data)) if limit is None else limit
    out = io.BytesIO()
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=31)
        buf = data[pos:]
        try:
            while buf and not d.eof:
                room = limit - out.tell()
                if room <= 0:
                    return Inflated(out.getvalue(), False, capped=True)
                out.write(d.decompress(buf, min(room, 1 << 20)))
                buf = d.unconsumed_tail
            if not d.eof:  # input ended inside the member
                flushed = d.flush()
                out.write(flushed[: max(0, limit - out.tell())])
                return Inflated(out.getvalue(), False)
        except zlib.error:
            return Inflated(out.getvalue(), False)
        pos = len(data) - len(d.unused_data)
        if not d.unused_data.strip(b"\x00"):
            break
    return Inflated(out.getvalue(), True)


def _capped_reason(n: int) -> str:
    return (
        f"decompresses past {n // (1024 * 1024)} MiB (limits: {MAX_INFLATED_BYTES // (1024 * 1024)} MiB "
        f"and {MAX_INFLATE_RATIO}x the compressed size): a gzip bomb or an oversized archive; "
        "reading the records before the limit"
    )


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Read one file from disk. Never raises: problems come back in the result."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return FileResult(name, None, [], [Problem(name, f"cannot read: {exc.strerror or exc}")])
    if not path.is_file():
        return FileResult(name, None, [], [Problem(name, "not a regular file")])
    if size > max_bytes:
        return FileResult(
            name,
            None,
            [],
            [Problem(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte cap (--max-bytes)")],
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(name, None, [], [Problem(name, f"cannot read: {exc.strerror or exc}")])
    return read_bytes(data, name)
