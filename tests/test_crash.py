"""A process killed with SIGKILL mid-ingest leaves a consistent database; the next run completes it."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N = 1500


def _make_corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(N):
        (folder / f"{i:05d}.txt").write_text(
            f"Outlet: Test Wire\nURL: https://testwire.example/{i}\n\nItem {i} headline\n\n"
            f"Report number {i} says the harbour crane {i % 7} was repaired on day {i}. "
            f"Officials said the work cost {i * 13} pounds and took {i % 11 + 1} days.\n",
            encoding="utf-8",
        )


def _ingest(folder: Path, db: str) -> subprocess.Popen:
    code = "from newsprism.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(folder), "--db", db, "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _count(db: str) -> int:
    try:
        con = sqlite3.connect(db, timeout=30)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def test_sigkill_mid_ingest_then_rerun(tmp_path: Path):
    corpus = tmp_path / "corpus"
    _make_corpus(corpus)
    db = str(tmp_path / "crash.db")
    proc = _ingest(corpus, db)
    deadline = time.time() + 120
    while time.time() < deadline and _count(db) == 0 and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 0 < partial < N, "the kill must land mid-ingest"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored article has its annotations rows' article present (no half-written batch)
    orphans = con.execute(
        "SELECT COUNT(*) FROM annotations WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    con.close()

    proc = _ingest(corpus, db)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    assert _count(db) == N
    proc = _ingest(corpus, db)  # and once more: a no-op
    assert proc.wait(timeout=300) == 0
    assert _count(db) == N


def test_a_quote_extraction_defect_on_one_article_is_reported_and_the_batch_goes_on(
    tmp_path, extract_fails_on
):
    """A bug on one article must not stop (or hang) the run: it is a warning, its quotes empty."""
    import json

    from newsprism.pipeline import analyze

    src = tmp_path / "two.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "outlet": "Meridian Wire",
                    "title": t,
                    "text": f'{t}. "We will reopen it," the mayor said.',
                }
            )
            + "\n"
            for i, t in (("good", "The Alder bridge reopens"), ("bad", "Pellworth ferry resumes"))
        )
    )
    extract_fails_on("bad")
    an = analyze(src)
    assert an.quotes["bad"] == [] and an.quotes["good"]
    assert any(p.path == "bad" and "IndexError" in p.reason for p in an.ingest.problems)
