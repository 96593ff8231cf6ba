import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.report import SCHEMA_PATH

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_analyze_examples_all_report_kinds(tmp_path: Path, examples_dir: Path):
    db = tmp_path / "e.db"
    html, md, js = tmp_path / "r.html", tmp_path / "r.md", tmp_path / "r.json"
    r = run("analyze", examples_dir, "--db", db, "--out", html)
    assert r.exit_code == 0, r.output
    assert "11 articles" in r.output and "5 outlets" in r.output
    page = html.read_text(encoding="utf-8")
    assert "Kessling Bridge shut after cracks found in support cables" in page
    assert 'data-kind="caption"' in page and 'data-kind="boilerplate"' in page
    assert "3 stories" in r.output and page.count('class="story"') == 3 and "copy of Meridian Wire" in page
    # the second run finds everything already stored
    r = run("analyze", examples_dir, "--db", db, "--out", md)
    assert r.exit_code == 0 and "11 already stored" in r.output
    assert md.read_text(encoding="utf-8").startswith("# newsprism report")
    # a quote two articles carry may come from one outlet: the heading says articles, not outlets
    assert "Quotes carried by several articles" in page and "several outlets:" not in md.read_text(
        encoding="utf-8"
    )
    r = run("analyze", examples_dir, "--db", db, "--out", js, "--quiet")
    assert r.exit_code == 0
    report = json.loads(js.read_text(encoding="utf-8"))
    jsonschema.validate(report, json.loads(SCHEMA_PATH.read_text()))
    assert len(report["articles"]) == 11
    assert sorted(len(s["article_ids"]) for s in report["stories"]) == [3, 4, 4]
    outlets = {a["outlet"] for a in report["articles"]}
    assert outlets == {
        "The Harbour Gazette",
        "Northgate Chronicle",
        "Daily Lantern",
        "Riverside Post",
        "Meridian Wire",
    }
    for a in report["articles"]:
        for ann in a["annotations"]:
            assert 0 <= ann["start"] < ann["end"] <= len(a["text"])


def test_ingest_reports_bad_files_and_goes_on(tmp_path: Path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text(
        "Good headline\n\nA readable article about the tram line extension.", encoding="utf-8"
    )
    (inp / "empty.txt").write_bytes(b"")
    (inp / "binary.html").write_bytes(b"\x00\x01\x02\x03" * 100)
    (inp / "broken.jsonl").write_text(
        '{"text": "Half an article about trams."}\n{"text": "cut', encoding="utf-8"
    )
    db = tmp_path / "b.db"
    r = run("ingest", inp, "--db", db, "--json")
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout.strip().splitlines()[-1])
    assert rep["added"] == 2 and rep["files"] == 4 and rep["files_failed"] == 2 and rep["errors"] == 3
    assert (
        "empty.txt: empty file" in r.stderr
        and "binary.html" in r.stderr
        and "broken.jsonl:line 2" in r.stderr
    )
    assert run("ingest", inp, "--db", db, "--strict", "--quiet").exit_code == 1
    assert run("ingest", tmp_path / "nope", "--db", db).exit_code == 2


def test_articles_show_and_stories_commands(tmp_path: Path, examples_dir: Path):
    db = tmp_path / "s.db"
    assert run("ingest", examples_dir, "--db", db, "--quiet").exit_code == 0
    r = run("articles", "--db", db, "--json", "--limit", "100")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 11
    r = run("articles", "--db", db, "--outlet", "Riverside Post", "--json")
    assert len(r.stdout.splitlines()) == 3
    r = run("show", "dl-okonjo-spokesman", "--db", db, "--json")
    assert json.loads(r.stdout)["outlet"] == "Daily Lantern"
    r = run("show", "dl-okonjo-spokesman", "--db", db)
    assert "Sign up to our politics newsletter" in r.stdout and "[boilerplate]" in r.stdout
    assert run("show", "missing-id", "--db", db).exit_code == 1
    assert run("stories", "--db", db).exit_code == 0


def test_env_var_selects_db(tmp_path: Path, examples_dir: Path, monkeypatch):
    monkeypatch.setenv("NEWSPRISM_DB", str(tmp_path / "env.db"))
    assert run("ingest", examples_dir / "daily-lantern", "--quiet").exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_bad_report_suffix(tmp_path: Path, examples_dir: Path):
    assert run("analyze", examples_dir, "--db", tmp_path / "x.db", "--out", tmp_path / "r.pdf").exit_code == 2


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("newsprism ")
