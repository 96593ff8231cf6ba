"""The code's own contracts: word lists without repeats, rules with docstrings, thresholds named
once, and the layering (no module imports a later stage)."""

import ast
import re
from pathlib import Path

from typer.testing import CliRunner

SRC = Path(__file__).resolve().parent.parent / "src" / "newsprism"


def test_lexicon_lists_have_no_repeats():
    text = (SRC / "lexicon.py").read_text()
    blocks = re.findall(r'(\w+) = words\(\s*"""(.*?)"""\s*\)', text, re.S)
    blocks += re.findall(r'(\w+) = words\("([^"]*)"\)', text)
    assert len(blocks) >= 8
    for name, body in blocks:
        seen = body.split()
        repeated = {w for w in seen if seen.count(w) > 1}
        assert not repeated, f"{name} repeats {sorted(repeated)}"


def test_no_module_binds_a_top_level_name_twice():
    """A second ``X = ...`` silently replaces the first list (and every rule that reads it)."""
    for path in sorted(SRC.rglob("*.py")):
        names = [
            t.id
            for node in ast.parse(path.read_text()).body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name)
        ]
        twice = sorted({n for n in names if names.count(n) > 1 and n != "__all__"})
        assert not twice, f"{path.name} binds {twice} twice"


def test_quote_rules_are_small_documented_functions():
    from newsprism import quotes

    assert [r.__name__ for r in quotes.RULES] == [
        "according_to", "fronted_cues", "cue_verbs", "polls", "noun_cues", "name_colon_lines", "colon_after_noun",
        "dash_names", "continuations",
    ]  # fmt: skip
    for rule in quotes.RULES:
        assert rule.__doc__ and "Leaves" in rule.__doc__, rule.__name__  # what it catches and leaves


def test_no_function_over_80_lines():
    long = []
    for p in SRC.rglob("*.py"):
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.end_lineno - n.lineno + 1 > 80:
                long.append(f"{p.relative_to(SRC)}:{n.lineno} {n.name}")
    assert not long


def test_no_private_imports_across_modules():
    bad = []
    for p in SRC.rglob("*.py"):
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("newsprism"):
                bad += [
                    f"{p.relative_to(SRC)}: {n.module}.{a.name}"
                    for a in n.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
    assert not bad


def test_stages_import_only_earlier_stages():
    order = ["models", "nlp", "lexicon", "clean", "ingest", "store", "similarity", "stories", "tracker",
             "versions", "quotes", "compare", "pipeline", "report"]  # fmt: skip
    rank = {m: k for k, m in enumerate(order)}
    bad = []
    for p in SRC.rglob("*.py"):
        mine = p.relative_to(SRC).parts[0].removesuffix(".py")
        if mine not in rank:
            continue
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("newsprism."):
                theirs = n.module.split(".")[1]
                if theirs in rank and rank[theirs] > rank[mine] and not _type_only(p, n):
                    bad.append(f"{mine} imports {n.module}")
    assert not bad


def _type_only(path: Path, node: ast.ImportFrom) -> bool:
    """An import under ``if TYPE_CHECKING:`` names types only: no run-time dependency."""
    for n in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(n, ast.If)
            and getattr(n.test, "id", "") == "TYPE_CHECKING"
            and any(getattr(b, "lineno", -1) == node.lineno for b in n.body)
        ):
            return True
    return False


def test_cluster_help_shows_the_engine_defaults():
    from newsprism.cli import app
    from newsprism.stories import ClusterConfig

    out = CliRunner().invoke(app, ["cluster", "--help"], env={"COLUMNS": "200"}).output
    out = re.sub(r"[\s│]+", " ", out)
    cfg = ClusterConfig()
    assert f"(default: {cfg.window_days:g})" in out and f"(default: {cfg.threshold:g})" in out
