"""Read commands start fast: a new process imports only what the command uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

PROBE = """
import json, runpy, sys
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    runpy.run_module("factcheck", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""

NEVER_ON_THE_READ_PATH = (
    "spacy",
    "jinja2",
    "alembic",
    "factcheck.extract",
    "factcheck.reporting",
    "factcheck.services.triage",
    "factcheck.services.matching",
    "factcheck.cli.ingest",
    "factcheck.cli.report",
)


def loaded_by(*args: str, db_url: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), FACTCHECK_DB=db_url)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def heavy(modules: set[str], forbidden) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


def test_claims_list_as_json_loads_no_table_template_or_model_code(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    modules = loaded_by("claims", "list", "-f", "json", "--limit", "5", db_url=db_url)
    assert "factcheck.services.claim_filters" in modules  # it did run the listing
    # pydantic: typer would build a validator per option with it (cli/fast_params.py)
    forbidden = (*NEVER_ON_THE_READ_PATH, "rich", "pydantic", "factcheck.services.disputes.derive")
    assert heavy(modules, forbidden) == []


def test_claims_list_as_a_table_loads_rich_but_no_template_or_pydantic(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    modules = loaded_by("claims", "list", "--sort", "status", "--min-score", "0", db_url=db_url)
    assert "rich" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, "pydantic")) == []


def test_help_and_version_load_no_database_code(db_url):
    for args in (("--help",), ("--version",)):
        assert heavy(loaded_by(*args, db_url=db_url), ("sqlalchemy", "spacy", "rich")) == []
