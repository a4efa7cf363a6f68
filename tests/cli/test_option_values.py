"""Option values: plain ones are read as typer reads them, bad ones refused in typer's words."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "abc"], "Input should be a valid integer"),
        (["--limit", "-1"], "Input should be greater than or equal to 0"),
        (["--min-score", "1.5"], "Input should be less than or equal to 1"),
        (["--sort", "newest"], "'newest' is not one of 'id', 'checkworthiness'"),
    ],
)
def test_a_bad_value_is_refused_naming_the_option(ledger, db_url, args, message):
    result = runner.invoke(app, ["claims", "list", "--db", db_url, *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


def test_plain_values_select_the_claims_they_say(ledger, db_url):
    article = ledger.article("Fees rose 4 percent in May. Rents fell 2 percent in June.")
    first = ledger.claim(article, "Fees rose 4 percent")
    ledger.claim(article, "Rents fell 2 percent")
    ledger.review(first, "false", note="the tariff sheet says 3")
    args = ["claims", "list", "--db", db_url, "-f", "json", "--status", "false,verified"]
    result = runner.invoke(app, [*args, "--limit", "007", "--min-score", "0", "--sort", "id"])
    assert result.exit_code == 0, result.output
    assert [row["quote"] for row in json.loads(result.output)] == ["Fees rose 4 percent"]


def test_article_filter_lists_only_that_articles_claims(ledger, db_url):
    first = ledger.article("Fees rose 4 percent in May.", url="https://example.org/fees")
    second = ledger.article("Rents fell 2 percent in June.", title="Rents")
    ledger.claim(first, "Fees rose 4 percent")
    ledger.claim(second, "Rents fell 2 percent")
    for ref, quote in (
        (str(second), "Rents fell 2 percent"),
        ("https://example.org/fees", "Fees rose 4 percent"),
    ):
        result = runner.invoke(
            app, ["claims", "list", "--db", db_url, "-f", "json", "--article", ref]
        )
        assert result.exit_code == 0, result.output
        assert [row["quote"] for row in json.loads(result.output)] == [quote]
