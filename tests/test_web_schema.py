"""Property-based API testing with schemathesis against the published /openapi.json: generated
requests (valid and invalid) to every operation must never produce a server error."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newsprism.pipeline import analyze
from newsprism.web import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_no_server_errors(tmp_path):
    db = tmp_path / "s.db"
    analyze(EXAMPLES, db=str(db))
    app = create_app(str(db), allow_ingest=True, token="schema-token")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 8
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            case.call_and_validate(
                checks=[not_a_server_error], headers={"Authorization": "Bearer schema-token"}
            )

        check()
