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


def loaded_by(*args: str, db_url: str, **environment: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), FACTCHECK_DB=db_url)
    for name in ("NO_COLOR", "FORCE_COLOR"):  # colour or not: as the test says, not the shell
        env.pop(name, None)
    env.update(environment)
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


# What a listing never needs: the ORM (it reads plain rows), pydantic (typer would build a
# validator per option with it: cli/fast_params.py), the derivation of disputes.
NOT_FOR_A_LISTING = (
    "sqlalchemy.orm",
    "factcheck.models",
    "pydantic",
    "factcheck.services.disputes.derive",
)


def test_claims_list_as_json_loads_no_table_template_or_model_code(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    modules = loaded_by("claims", "list", "-f", "json", "--limit", "5", db_url=db_url)
    assert "factcheck.services.claim_filters" in modules  # it did run the listing
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, *NOT_FOR_A_LISTING, "rich")) == []


# A table is aligned text (cli/text_table.py): rich only measures its cells (rich.cells) and,
# with colour, writes the codes (rich.style). Laying it out with rich's console and Table
# cost 100-150 ms a listing.
NOT_FOR_A_TABLE = ("rich.console", "rich.table", "rich.text", "rich.markup", "rich.pretty")


def test_claims_list_as_a_table_loads_no_rich_console_orm_or_template(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    args = ("claims", "list", "--sort", "status", "--min-score", "0", "--disputed")
    modules = loaded_by(*args, db_url=db_url)
    assert "factcheck.cli.text_table" in modules and "rich.cells" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, *NOT_FOR_A_LISTING, *NOT_FOR_A_TABLE)) == []
    coloured = loaded_by(*args, db_url=db_url, FORCE_COLOR="1")
    assert "rich.style" in coloured
    assert heavy(coloured, NOT_FOR_A_TABLE) == []


def test_articles_list_as_a_table_loads_no_rich_console_or_orm(ledger, db_url):
    ledger.article("Fees rose 4 percent in May.")
    modules = loaded_by("articles", "list", db_url=db_url)
    assert "factcheck.cli.text_table" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, *NOT_FOR_A_LISTING, *NOT_FOR_A_TABLE)) == []


def test_articles_list_loads_no_orm(ledger, db_url):
    ledger.article("Fees rose 4 percent in May.")
    modules = loaded_by("articles", "list", "-f", "json", db_url=db_url)
    assert "factcheck.services.article_rows" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, *NOT_FOR_A_LISTING, "rich")) == []


def test_help_and_version_load_no_database_code(db_url):
    for args in (("--help",), ("--version",)):
        assert heavy(loaded_by(*args, db_url=db_url), ("sqlalchemy", "spacy", "rich")) == []


def test_claims_show_loads_no_orm(ledger, db_url):
    article = ledger.article("Fees rose 4 percent in May. Officials denied it.")
    claim = ledger.claim(article, "Fees rose 4 percent")
    ledger.review(claim, "false", note="the tariff sheet says 3")
    modules = loaded_by("claims", "show", str(claim), "-f", "json", db_url=db_url)
    assert "factcheck.services.claim_views" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, *NOT_FOR_A_LISTING, "rich")) == []


def test_disputes_load_no_orm(ledger, db_url):
    article = ledger.article("Fees rose 4 percent in May. The ministry denied that fees rose.")
    claim = ledger.claim(article, "Fees rose 4 percent")
    denial = ledger.claim(article, "The ministry denied that fees rose")
    ledger.link(denial, claim, "denies")
    modules = loaded_by("disputes", "-f", "json", db_url=db_url)
    assert "factcheck.services.disputes.derive" in modules
    assert heavy(modules, (*NEVER_ON_THE_READ_PATH, "sqlalchemy.orm", "pydantic", "rich")) == []


AFTER = """
import gc, json, runpy, sys
sys.argv = ["factcheck", *json.loads(sys.argv[1])]
try:
    runpy.run_module("factcheck", run_name="__main__")
except SystemExit:
    pass
tables = sys.modules.get("factcheck.tables")
built = sorted(tables.table("claims").metadata.tables) if tables else []
print(json.dumps({"collector": gc.isenabled(), "tables": built}), file=sys.stderr)
"""


def after(*args: str, db_url: str) -> dict:
    """What a command run as a new process leaves: the garbage collector on or off, and
    the tables factcheck/tables.py built (those of `claims` at least, for the probe)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), FACTCHECK_DB=db_url)
    result = subprocess.run(
        [sys.executable, "-c", AFTER, json.dumps(args)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stderr.strip().splitlines()[-1])


def test_a_listing_builds_only_the_tables_it_reads(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    # claims (with articles, sources and citations, which its keys name) for the page.
    expected = ["articles", "citations", "claims", "sources"]
    assert after("claims", "list", db_url=db_url)["tables"] == expected
    assert after("articles", "list", "-f", "json", db_url=db_url)["tables"] == expected
    # --speaker reads the aliases too, --disputed the links, evidence and reviews.
    speaker = after("claims", "list", "--speaker", "ministry", db_url=db_url)["tables"]
    assert speaker == sorted([*expected, "source_aliases"])
    disputed = after("claims", "list", "--disputed", db_url=db_url)["tables"]
    assert disputed == sorted([*expected, "evidence", "links", "reviews"])


def test_only_the_short_reads_run_without_the_garbage_collector(ledger, db_url):
    ledger.claim(ledger.article("Fees rose 4 percent in May."), "Fees rose 4 percent")
    assert after("claims", "list", db_url=db_url)["collector"] is False
    assert after("disputes", "-f", "json", db_url=db_url)["collector"] is False
    # Anything else may run long (serve, ingest, report): it has the collector back.
    assert after("config", "show", db_url=db_url)["collector"] is True
    assert after("db", "current", db_url=db_url)["collector"] is True
