import gzip
import json
from pathlib import Path

import pytest

from newsprism.ingest import (
    decode_text,
    detect_format,
    fragment_to_text,
    iter_files,
    normalize_date,
    outlet_from_url,
    read_bytes,
    read_path,
)

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry fares rise | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier">
<meta property="article:published_time" content="2026-04-02T10:00:00+02:00">
<link rel="canonical" href="https://www.coastcourier.example/news/ferry-fares"></head>
<body><article><h1>Ferry fares rise</h1>
<p>Ferry fares on the Tessel route will rise by 12 per cent from May, the operator said on Wednesday.</p>
<p>"We have held prices for three years," said the operator's chief executive, Maria Lund.</p>
<p>Passenger groups said the rise would hit island residents hardest, and called for a review.</p>
</article></body></html>"""


def test_txt_header_block_headline_and_body(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(
        "Outlet: Coast Courier\nURL: https://coastcourier.example/x\nPublished: 2026-04-02\n\nBreaking: ferry fares rise\n\nFares rise by 12 per cent from May.\nSecond paragraph.\n",
        encoding="utf-8",
    )
    r = read_path(p)
    assert r.problems == []
    [a] = r.articles
    assert a.title == "Breaking: ferry fares rise"  # not taken for a header: unknown key
    assert a.text == "Fares rise by 12 per cent from May.\nSecond paragraph."
    assert a.outlet == "Coast Courier" and a.url == "https://coastcourier.example/x"
    assert a.published == "2026-04-02"
    assert a.language == "en"
    assert a.id.startswith("a") and len(a.id) == 16


def test_txt_without_header_uses_first_line_as_headline(tmp_path: Path):
    p = tmp_path / "b.txt"
    p.write_text("Ferry fares rise\n\nFares on the island route rise by a tenth in May.", encoding="utf-8")
    [a] = read_path(p).articles
    assert a.title == "Ferry fares rise" and a.text.startswith("Fares on the island")
    assert a.outlet is None


def test_windows_1252_with_crlf_is_decoded_and_flagged(tmp_path: Path):
    p = tmp_path / "c.txt"
    p.write_bytes(
        "Caf\u00e9 owners \u2018furious\u2019\r\n\r\nThe owners said they were \u201cfurious\u201d about the rent \u2013 again.\r\n".encode(
            "cp1252"
        )
    )
    r = read_path(p)
    [a] = r.articles
    assert a.title == "Café owners ‘furious’"
    assert "“furious”" in a.text and "–" in a.text
    assert any("cp1252" in pr.reason and pr.level == "warning" for pr in r.problems)


def test_decode_utf8_bom_and_declared():
    assert decode_text("\ufeffhé".encode())[0] == "hé"
    assert decode_text("h\u00e9".encode("latin-1"), "latin-1") == ("hé", "latin-1")


def test_html_extraction_with_metadata(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    r = read_path(p)
    [a] = r.articles
    assert a.title == "Ferry fares rise"
    assert a.outlet == "Coast Courier"
    assert a.published == "2026-04-02T08:00:00Z"
    assert a.url == "https://www.coastcourier.example/news/ferry-fares"
    assert a.text.startswith("Ferry fares on the Tessel route")  # the <h1> is not repeated in the text
    assert "Maria Lund" in a.text


def test_truncated_html_still_yields_text_with_a_warning(tmp_path: Path):
    p = tmp_path / "cut.html"
    p.write_text(HTML[: HTML.index("Passenger groups")], encoding="utf-8")
    r = read_path(p)
    assert len(r.articles) == 1
    assert [pr.level for pr in r.problems] == ["warning"] and "truncated" in r.problems[0].reason


def test_jsonl_bad_lines_are_reported_and_others_kept(tmp_path: Path):
    p = tmp_path / "x.jsonl"
    good = {
        "id": "k1",
        "url": "https://riverbank.example/a",
        "title": "T",
        "text": "Some text about the river.",
        "published": "2026-04-01T09:30:00+01:00",
    }
    p.write_text(
        "\n".join(
            [
                json.dumps(good),
                "{not json",
                json.dumps({"title": "no text"}),
                json.dumps({"text": "x", "published": "not a date"}),
                '{"text": "cut off',
            ]
        ),
        encoding="utf-8",
    )
    r = read_path(p)
    assert [a.id for a in r.articles][:1] == ["k1"] and len(
        r.articles
    ) == 2  # an unreadable date: kept undated
    assert r.articles[1].published is None
    assert r.articles[0].published == "2026-04-01T08:30:00Z"
    assert r.articles[0].outlet == "riverbank.example"
    reasons = {pr.record: pr.reason for pr in r.problems}
    assert set(reasons) == {"line 2", "line 3", "line 4", "line 5"}
    assert "invalid JSON" in reasons["line 2"] and "text" in reasons["line 3"] and "date" in reasons["line 4"]
    assert {pr.record for pr in r.problems if pr.level == "warning"} == {"line 4"}


def test_jsonl_text_is_stored_exactly_as_given(tmp_path: Path):
    text = "  Leading spaces, “curly” quotes\u00a0and\r\nCRLF stay.  "
    p = tmp_path / "y.jsonl"
    p.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    [a] = read_path(p).articles
    assert a.text == text


def test_feed_entries(examples_dir: Path):
    r = read_path(examples_dir / "riverside-post" / "feed.rss")
    assert r.problems == []
    assert [a.outlet for a in r.articles] == ["Riverside Post"] * 3
    assert r.articles[0].published == "2026-03-10T12:40:00Z"
    assert r.articles[0].author == "Nadia Ferris"
    assert r.articles[2].text.count("\n") == 3  # four paragraphs from <p> blocks
    assert r.articles[0].source.endswith("#entry 1")


def test_truncated_feed_reports_and_keeps_complete_entries(tmp_path: Path, examples_dir: Path):
    data = (examples_dir / "riverside-post" / "feed.rss").read_bytes()
    cut = data[: data.index(b"<item>", data.index(b"<item>") + 10) + 40]
    r = read_bytes(cut, "cut.rss")
    assert len(r.articles) >= 1
    assert r.problems and "malformed" in r.problems[0].reason


def test_garbage_feed_is_an_error():
    r = read_bytes(b"<rss><channel><item><title>x", "bad.rss")
    assert r.articles == [] and r.problems[0].level == "error"


def test_warc_response_records_only(examples_dir: Path):
    r = read_path(examples_dir / "meridian-wire" / "wire-2026-03-12.warc.gz")
    assert r.problems == []
    [a] = r.articles  # the robots.txt response and the request record are skipped
    assert a.outlet == "Meridian Wire"
    assert a.url == "https://meridianwire.example/news/2026/03/12/kessling-bridge-shut"
    assert a.published == "2026-03-12T06:00:00Z"
    assert a.source.endswith("#record 1")


def test_truncated_warc_gz_keeps_earlier_records(examples_dir: Path):
    data = (examples_dir / "meridian-wire" / "wire-2026-03-12.warc.gz").read_bytes()
    r = read_bytes(data[:-60], "cut.warc.gz")  # the robots.txt record is cut
    assert len(r.articles) == 1
    assert any("truncated" in p.reason for p in r.problems)


def test_truncated_uncompressed_warc(examples_dir: Path):
    raw = gzip.decompress((examples_dir / "meridian-wire" / "wire-2026-03-12.warc.gz").read_bytes())
    cut = raw[: raw.index(b"Ruiz said repairs")]
    r = read_bytes(cut, "cut.warc")
    assert r.articles == []
    assert any("truncated" in p.reason for p in r.problems)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.jsonl", b"\n \n", "empty file"),
        ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("bin.txt", b"abc\x00\x01\x02def" * 20, "binary"),
        ("notes.docx", b"PK\x03\x04 some zip", "binary"),
        ("notes.md", b"# Plain notes, not an article format", "unknown file type"),
        ("fake.warc", b"WARC/1.0\r\nnothing useful", "WARC"),
        ("fake.warc.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
    ],
)
def test_bad_inputs_give_one_clear_error(name, data, reason):
    r = read_bytes(data, name)
    assert r.articles == []
    assert any(reason.lower() in p.reason.lower() for p in r.problems), r.problems
    assert all(p.path == name for p in r.problems)


def test_size_cap(tmp_path: Path):
    p = tmp_path / "big.txt"
    p.write_text("Headline\n\n" + "word " * 1000, encoding="utf-8")
    r = read_path(p, max_bytes=1000)
    assert r.articles == [] and "cap" in r.problems[0].reason


def test_unreadable_file(tmp_path: Path):
    r = read_path(tmp_path / "missing.txt")
    assert r.articles == [] and "cannot read" in r.problems[0].reason


def test_detect_format_by_content():
    assert detect_format("feed", b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert detect_format("page", b"<!DOCTYPE html><html>") == "html"
    assert detect_format("dump", b'{"text": "x"}') == "jsonl"
    assert detect_format("crawl", b"WARC/1.1\r\n") == "warc"


def test_iter_files_sorted_and_skips_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [p.name for p in iter_files([tmp_path])] == ["a.txt", "2.txt"]


def test_helpers():
    assert normalize_date("Tue, 10 Mar 2026 12:40:00 +0000") == "2026-03-10T12:40:00Z"
    assert normalize_date(1394470372535) == "2014-03-10T16:52:52Z"
    assert normalize_date("nonsense") is None
    assert outlet_from_url("https://www.example.org/a") == "example.org"
    assert fragment_to_text("<p>One <b>two</b></p><p>Three</p><script>x()</script>") == "One two\nThree"
